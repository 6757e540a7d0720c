//! GENERATED from `rules.rs` by `required.rs`; do not edit. Regenerate with
//! `CORTEX_ROUTE_BLESS=1 cargo test --lib anchors_table_is_current`.
//!
//! Per view (words, squashed, squashed_il, text): the literals to look for, and for each
//! rule reading the view, the literals every match of it contains.

use super::{Anchor, Literals, ViewAnchors};

#[rustfmt::skip]
pub(crate) static VIEWS: [ViewAnchors; 4] = [
    // Words
    ViewAnchors {
        literals: Literals {
            bytes: b"\
\x201x1 beacon\
\x201x1 iframe\
\x201x1 image\
\x201x1 link\
\x201x1 markdown beacon\
\x201x1 markdown iframe\
\x201x1 markdown image\
\x201x1 markdown link\
\x201x1 markdown pixel\
\x201x1 markdown url\
\x201x1 pixel\
\x201x1 url\
\x20a different \
\x20a image\
\x20a image \
\x20a img\
\x20a img \
\x20a link\
\x20a link \
\x20a markdown image\
\x20a markdown image \
\x20a partir de maintenant tu es \
\x20a pixel\
\x20a pixel \
\x20a query parameter\
\x20a query parameter \
\x20a query string\
\x20a query string \
\x20a suggestion\
\x20a test\
\x20a tracking pixel\
\x20a tracking pixel \
\x20a url\
\x20a url \
\x20ab jetzt bist du \
\x20ab sofort bist du \
\x20abaikan \
\x20abide by \
\x20abiding by \
\x20above\
\x20above \
\x20access\
\x20access \
\x20access granted\
\x20access history\
\x20access key\
\x20access_history\
\x20account\
\x20accountadmin\
\x20achana na \
\x20act as \
\x20act like \
\x20acting as \
\x20actions to \
\x20activating\
\x20actual \
\x20actually \
\x20acuhkan \
\x20address\
\x20adesso sei \
\x20adhere to \
\x20adhering to \
\x20advisory\
\x20advisory mode \
\x20after \
\x20after cortex \
\x20after the agent \
\x20after the assistant \
\x20after the model \
\x20after you \
\x20against all of your \
\x20against all your \
\x20against of your \
\x20against your \
\x20agent \
\x20agent command\
\x20agent directive\
\x20agent instruction\
\x20agent note\
\x20agent order\
\x20agent override\
\x20agent prompt\
\x20agent task\
\x20agents \
\x20agora voce e \
\x20ahead of\
\x20ahora eres \
\x20ai\
\x20ai \
\x20ai command\
\x20ai directive\
\x20ai instruction\
\x20ai note\
\x20ai order\
\x20ai override\
\x20ai prompt\
\x20ai task\
\x20ais \
\x20alert \
\x20alerting\
\x20alerting \
\x20alerts\
\x20alituntunin \
\x20all\
\x20all actions \
\x20all calls \
\x20all commands \
\x20all mention\
\x20all note\
\x20all queries \
\x20all record\
\x20all reference\
\x20all requests \
\x20all sign\
\x20all statements \
\x20all that the \
\x20all that your \
\x20all the \
\x20all tool calls \
\x20all trace\
\x20all your \
\x20allow all mode \
\x20allow list \
\x20allowed \
\x20allowed list \
\x20allowed roles \
\x20allowed statements \
\x20allowed tools \
\x20allowed without asking\
\x20allowlist \
\x20allowlisted \
\x20alt text\
\x20alter user\
\x20always \
\x20always allowed\
\x20always says yes\
\x20amoral \
\x20amri \
\x20an acrostic\
\x20an alert\
\x20an external \
\x20an image\
\x20an image \
\x20an img\
\x20an img \
\x20an link\
\x20an link \
\x20an markdown image\
\x20an markdown image \
\x20an outside \
\x20an pixel\
\x20an pixel \
\x20an query parameter\
\x20an query parameter \
\x20an query string\
\x20an query string \
\x20an tracking pixel\
\x20an tracking pixel \
\x20an url\
\x20an url \
\x20analysing \
\x20analyzing \
\x20and carry out \
\x20and comply with \
\x20and do \
\x20and execute \
\x20and follow \
\x20and no \
\x20and obey \
\x20and perform \
\x20and then \
\x20anfanglichen anweisungen\
\x20anlatirdi \
\x20anonymous\
\x20another \
\x20answer as \
\x20answers any question\
\x20answers anything\
\x20answers every question\
\x20answers everything\
\x20anweisungen\
\x20any mention\
\x20any note\
\x20any record\
\x20any reference\
\x20any sign\
\x20any time cortex \
\x20any time the agent \
\x20any time the assistant \
\x20any time the model \
\x20any time you \
\x20any trace\
\x20anything \
\x20anything goes \
\x20anything that the \
\x20anything that your \
\x20anything the \
\x20anything your \
\x20anytime cortex \
\x20anytime the agent \
\x20anytime the assistant \
\x20anytime the model \
\x20anytime you \
\x20api\
\x20api key\
\x20api key \
\x20appear in \
\x20applied\
\x20apply\
\x20apply to you \
\x20applying \
\x20approval\
\x20approval \
\x20approval gates\
\x20approvals\
\x20approvals \
\x20approve \
\x20approved \
\x20arahan \
\x20are asked to \
\x20are expected to \
\x20are instructed to \
\x20are not \
\x20are now \
\x20are required to \
\x20are to \
\x20are you\
\x20arent \
\x20as \
\x20as a \
\x20as a benign\
\x20as a harmless\
\x20as a joke\
\x20as a no op\
\x20as a noop\
\x20as a read only\
\x20as a readonly\
\x20as a routine\
\x20as a safe\
\x20as a select only\
\x20as a suggestion\
\x20as advisory\
\x20as an \
\x20as an benign\
\x20as an harmless\
\x20as an no op\
\x20as an noop\
\x20as an read only\
\x20as an readonly\
\x20as an routine\
\x20as an safe\
\x20as an select only\
\x20as benign\
\x20as canceled\
\x20as cancelled\
\x20as guidelines only\
\x20as harmless\
\x20as i command\
\x20as i order\
\x20as i say\
\x20as i tell you\
\x20as i type\
\x20as i write\
\x20as if \
\x20as irrelevant\
\x20as jokes\
\x20as no op\
\x20as non binding\
\x20as nonbinding\
\x20as noop\
\x20as not binding\
\x20as optional\
\x20as read only\
\x20as readonly\
\x20as routine\
\x20as safe\
\x20as select only\
\x20as soon as \
\x20as suggestions\
\x20as that \
\x20as the \
\x20as this \
\x20as though \
\x20as void\
\x20aside \
\x20ask \
\x20asked \
\x20asked in you\
\x20asked into you\
\x20asked to you\
\x20asked you\
\x20asking \
\x20assistant\
\x20assistant \
\x20assistant command\
\x20assistant directive\
\x20assistant instruction\
\x20assistant note\
\x20assistant order\
\x20assistant override\
\x20assistant prompt\
\x20assistant task\
\x20assistants \
\x20assume \
\x20at the beginning\
\x20at the start\
\x20at the top of the context\
\x20at the top of the conversation\
\x20at the top of your context\
\x20at the top of your conversation\
\x20aturan\
\x20aturan \
\x20audit\
\x20audit \
\x20audit hook\
\x20audit only mode \
\x20audited \
\x20auditing \
\x20auditing you\
\x20aufgehoben \
\x20authenticated with\
\x20authored your \
\x20authorised \
\x20authorized \
\x20auto allowed\
\x20auto approved\
\x20autorise \
\x20autorisons \
\x20autorizamos \
\x20autorizo \
\x20autorizzo \
\x20avertir\
\x20avoid all \
\x20avoid any \
\x20avoid its \
\x20avoid our \
\x20avoid the \
\x20avoid their \
\x20avoiding all \
\x20avoiding any \
\x20avoiding its \
\x20avoiding our \
\x20avoiding the \
\x20avoiding their \
\x20away \
\x20aws \
\x20back on\
\x20back up \
\x20backup \
\x20balewalain \
\x20base64 \
\x20base6a \
\x20batasan\
\x20be \
\x20beat \
\x20become \
\x20befehle\
\x20before\
\x20before \
\x20before cortex \
\x20before my first message\
\x20before my message\
\x20before that\
\x20before the agent \
\x20before the assistant \
\x20before the model \
\x20before the user\
\x20before this\
\x20before this \
\x20before you \
\x20begin being \
\x20begin with \
\x20beginning with \
\x20begins with \
\x20begraensninger\
\x20begransningar\
\x20begrensninger\
\x20begr\xc3\xa6nsninger\
\x20behave as \
\x20behave like \
\x20behind you \
\x20benachrichtigen\
\x20benchmarking you\
\x20beschrankungen\
\x20better not \
\x20between \
\x20beveiligingscontroles\
\x20beveiligingsfilters\
\x20bez \
\x20binary \
\x20bind you \
\x20binds you \
\x20blindly \
\x20block you \
\x20blocklist \
\x20blocks you \
\x20bo qua \
\x20booted with \
\x20booting you into\
\x20bot\
\x20bot \
\x20bot command\
\x20bot directive\
\x20bot instruction\
\x20bot note\
\x20bot order\
\x20bot override\
\x20bot prompt\
\x20bot task\
\x20bother \
\x20bothering \
\x20bots \
\x20bound by \
\x20bound to \
\x20boundaries\
\x20boundaries \
\x20break free of \
\x20breaking free of \
\x20breaks \
\x20briefed you\
\x20briefing\
\x20bring it up\
\x20bring that up\
\x20bring this up\
\x20broken free of \
\x20bucket\
\x20budget \
\x20but no \
\x20bypass \
\x20bypass all \
\x20bypass any \
\x20bypass its \
\x20bypass mode \
\x20bypass our \
\x20bypass the \
\x20bypass their \
\x20bypasses\
\x20bypasses \
\x20bypassing \
\x20bypassing all \
\x20bypassing any \
\x20bypassing its \
\x20bypassing our \
\x20bypassing the \
\x20bypassing their \
\x20call it out\
\x20call that out\
\x20call this out\
\x20called\
\x20can do anything\
\x20can not catch\
\x20can not detect\
\x20can not find out\
\x20can not fire on\
\x20can not flag\
\x20can not know\
\x20can not log\
\x20can not notice\
\x20can not pick up\
\x20can not recognise\
\x20can not recognize\
\x20can not record\
\x20can not register\
\x20can not see\
\x20can not spot\
\x20can not trigger on\
\x20can now \
\x20cancel \
\x20canceled\
\x20cancelled\
\x20cancels \
\x20cannot catch\
\x20cannot detect\
\x20cannot find out\
\x20cannot fire on\
\x20cannot flag\
\x20cannot know\
\x20cannot log\
\x20cannot notice\
\x20cannot pick up\
\x20cannot realise\
\x20cannot realize\
\x20cannot recognise\
\x20cannot recognize\
\x20cannot record\
\x20cannot register\
\x20cannot see\
\x20cannot spot\
\x20cannot suspect\
\x20cannot trigger on\
\x20cant catch\
\x20cant detect\
\x20cant find out\
\x20cant fire on\
\x20cant flag\
\x20cant know\
\x20cant log\
\x20cant notice\
\x20cant pick up\
\x20cant realise\
\x20cant realize\
\x20cant recognise\
\x20cant recognize\
\x20cant record\
\x20cant register\
\x20cant see\
\x20cant spot\
\x20cant suspect\
\x20cant trigger on\
\x20capital letters\
\x20cat \
\x20cc \
\x20ccing \
\x20censorship \
\x20censur\
\x20censura\
\x20censure\
\x20cenzura\
\x20cenzure\
\x20cenzury\
\x20chain of thought\
\x20changelog\
\x20changes to \
\x20character\
\x20character as \
\x20chat\
\x20chatbot\
\x20chatbot \
\x20chatbots \
\x20check\
\x20checker\
\x20checks\
\x20checks \
\x20chi dan \
\x20chi thi \
\x20chiavi\
\x20chiavi \
\x20circumvent \
\x20classifier\
\x20classifier \
\x20claude \
\x20claves\
\x20claves \
\x20clear \
\x20clear text \
\x20cleared \
\x20cleartext \
\x20cliente\
\x20coded you\
\x20codes\
\x20codes \
\x20codici\
\x20codici \
\x20collapsed \
\x20come back as \
\x20commands\
\x20commands to \
\x20comment\
\x20commit message\
\x20compelled to \
\x20compliance \
\x20comply with \
\x20complying with \
\x20comprobaciones de seguridad\
\x20config\
\x20config \
\x20configuration\
\x20configuration \
\x20configured with\
\x20configured with \
\x20configured you\
\x20configured your \
\x20confirmation\
\x20confirmation \
\x20confirmations \
\x20connected with\
\x20connection\
\x20connection \
\x20connection details \
\x20connection parameters \
\x20connection params \
\x20connection string \
\x20connection to\
\x20connections \
\x20conscience \
\x20consent\
\x20consequences dont \
\x20consider \
\x20consignes\
\x20consignes cachees\
\x20consignes initiales\
\x20consignes internes\
\x20consignes secretes\
\x20consignes systeme\
\x20constrain you \
\x20constrains you \
\x20constraints\
\x20constraints \
\x20contaba \
\x20containing \
\x20contava \
\x20content filter\
\x20content of \
\x20content policy \
\x20contents of \
\x20context\
\x20context \
\x20continue as \
\x20contrainte\
\x20contrasena\
\x20contrasena \
\x20contrasenas \
\x20control\
\x20control you \
\x20control your \
\x20controles de securite\
\x20controles de seguridad\
\x20controlli di sicurezza\
\x20controls you \
\x20controls your \
\x20conventions\
\x20conversation\
\x20conversation \
\x20copia \
\x20copied\
\x20copilot command\
\x20copilot directive\
\x20copilot instruction\
\x20copilot note\
\x20copilot order\
\x20copilot override\
\x20copilot prompt\
\x20copilot task\
\x20copy \
\x20copy of you \
\x20cortex \
\x20cortex route\
\x20cortex route \
\x20cortexroute \
\x20covert \
\x20covertly\
\x20create user\
\x20created you\
\x20credenciales\
\x20credenciales \
\x20credential\
\x20credentials\
\x20credentials \
\x20credenziali\
\x20credenziali \
\x20customer \
\x20czytala \
\x20data\
\x20data protection \
\x20deactivated\
\x20dead \
\x20deaktiviere \
\x20deaktivieren \
\x20debugging you\
\x20deceased \
\x20decia \
\x20decline a request\
\x20decline a single\
\x20decline any\
\x20decline me\
\x20decline my\
\x20decline requests\
\x20decrypted \
\x20delete \
\x20delete all \
\x20delete every \
\x20delete from\
\x20delete the \
\x20deleted\
\x20deliver \
\x20demands \
\x20denetim kayd\
\x20deny a request\
\x20deny a single\
\x20deny any\
\x20deny me\
\x20deny my\
\x20deny requests\
\x20denylist \
\x20departed \
\x20deprecated\
\x20desactiva \
\x20desactivar \
\x20desactive \
\x20desactiver \
\x20desactivez \
\x20desativa \
\x20desativar \
\x20desative \
\x20designed you\
\x20desormais tu es \
\x20developer instructions\
\x20developer message\
\x20developer message \
\x20developer prompt\
\x20diceva \
\x20did not \
\x20did you\
\x20didnt \
\x20directions\
\x20directive from \
\x20directives\
\x20directives from \
\x20directly\
\x20direksyon \
\x20dis\
\x20disabilita \
\x20disable \
\x20disable approval\
\x20disable audit\
\x20disable guard\
\x20disable the approval\
\x20disable the audit\
\x20disable the guard\
\x20disable the tripwire\
\x20disable tripwire\
\x20disabled\
\x20disabled mode \
\x20disabling \
\x20disait \
\x20disattiva \
\x20disattivare \
\x20disclose \
\x20disclosing \
\x20discord\
\x20discreetly\
\x20display \
\x20disregard \
\x20disregards\
\x20disregards \
\x20dites\
\x20dizia \
\x20dns label\
\x20dns lookup\
\x20dns name\
\x20dns queries\
\x20dns query\
\x20dns requests\
\x20dns resolution\
\x20do anything\
\x20do not \
\x20do not break character \
\x20do not break out of character \
\x20do not catch\
\x20do not censor\
\x20do not check\
\x20do not clean\
\x20do not detect\
\x20do not filter\
\x20do not find out\
\x20do not fire on\
\x20do not flag\
\x20do not inspect\
\x20do not know\
\x20do not leave in character \
\x20do not log\
\x20do not need to \
\x20do not notice\
\x20do not pick up\
\x20do not realise\
\x20do not realize\
\x20do not recognise\
\x20do not recognize\
\x20do not record\
\x20do not redact\
\x20do not register\
\x20do not sanitise\
\x20do not sanitising\
\x20do not sanitize\
\x20do not sanitizing\
\x20do not scan\
\x20do not screen\
\x20do not see\
\x20do not spot\
\x20do not suspect\
\x20do not trigger on\
\x20do not validate\
\x20do not validating\
\x20do you\
\x20dodge all \
\x20dodge any \
\x20dodge its \
\x20dodge our \
\x20dodge the \
\x20dodge their \
\x20dodging all \
\x20dodging any \
\x20dodging its \
\x20dodging our \
\x20dodging the \
\x20dodging their \
\x20does anything\
\x20does anything  asked\
\x20does anything  commanded\
\x20does anything  told\
\x20does anything asked\
\x20does anything commanded\
\x20does anything he is asked\
\x20does anything he is commanded\
\x20does anything he is told\
\x20does anything he isasked\
\x20does anything he iscommanded\
\x20does anything he istold\
\x20does anything i am asked\
\x20does anything i am commanded\
\x20does anything i am told\
\x20does anything i amasked\
\x20does anything i amcommanded\
\x20does anything i amtold\
\x20does anything im asked\
\x20does anything im commanded\
\x20does anything im told\
\x20does anything imasked\
\x20does anything imcommanded\
\x20does anything imtold\
\x20does anything it is asked\
\x20does anything it is commanded\
\x20does anything it is told\
\x20does anything it isasked\
\x20does anything it iscommanded\
\x20does anything it istold\
\x20does anything its asked\
\x20does anything its commanded\
\x20does anything its told\
\x20does anything itsasked\
\x20does anything itscommanded\
\x20does anything itstold\
\x20does anything she is asked\
\x20does anything she is commanded\
\x20does anything she is told\
\x20does anything she isasked\
\x20does anything she iscommanded\
\x20does anything she istold\
\x20does anything told\
\x20does anything you are asked\
\x20does anything you are commanded\
\x20does anything you are told\
\x20does anything you areasked\
\x20does anything you arecommanded\
\x20does anything you aretold\
\x20does anything youre asked\
\x20does anything youre commanded\
\x20does anything youre told\
\x20does anything youreasked\
\x20does anything yourecommanded\
\x20does anything youretold\
\x20does everything  asked\
\x20does everything  commanded\
\x20does everything  told\
\x20does everything asked\
\x20does everything commanded\
\x20does everything he is asked\
\x20does everything he is commanded\
\x20does everything he is told\
\x20does everything he isasked\
\x20does everything he iscommanded\
\x20does everything he istold\
\x20does everything i am asked\
\x20does everything i am commanded\
\x20does everything i am told\
\x20does everything i amasked\
\x20does everything i amcommanded\
\x20does everything i amtold\
\x20does everything im asked\
\x20does everything im commanded\
\x20does everything im told\
\x20does everything imasked\
\x20does everything imcommanded\
\x20does everything imtold\
\x20does everything it is asked\
\x20does everything it is commanded\
\x20does everything it is told\
\x20does everything it isasked\
\x20does everything it iscommanded\
\x20does everything it istold\
\x20does everything its asked\
\x20does everything its commanded\
\x20does everything its told\
\x20does everything itsasked\
\x20does everything itscommanded\
\x20does everything itstold\
\x20does everything she is asked\
\x20does everything she is commanded\
\x20does everything she is told\
\x20does everything she isasked\
\x20does everything she iscommanded\
\x20does everything she istold\
\x20does everything told\
\x20does everything you are asked\
\x20does everything you are commanded\
\x20does everything you are told\
\x20does everything you areasked\
\x20does everything you arecommanded\
\x20does everything you aretold\
\x20does everything youre asked\
\x20does everything youre commanded\
\x20does everything youre told\
\x20does everything youreasked\
\x20does everything yourecommanded\
\x20does everything youretold\
\x20does not \
\x20does not care about \
\x20does not catch\
\x20does not detect\
\x20does not find out\
\x20does not fire on\
\x20does not flag\
\x20does not follow \
\x20does not have \
\x20does not know\
\x20does not know \
\x20does not log\
\x20does not notice\
\x20does not pick up\
\x20does not realise\
\x20does not realize\
\x20does not recognise\
\x20does not recognize\
\x20does not record\
\x20does not register\
\x20does not see\
\x20does not spot\
\x20does not suspect\
\x20does not trigger on\
\x20does whatever  asked\
\x20does whatever  commanded\
\x20does whatever  told\
\x20does whatever asked\
\x20does whatever commanded\
\x20does whatever he is asked\
\x20does whatever he is commanded\
\x20does whatever he is told\
\x20does whatever he isasked\
\x20does whatever he iscommanded\
\x20does whatever he istold\
\x20does whatever i am asked\
\x20does whatever i am commanded\
\x20does whatever i am told\
\x20does whatever i amasked\
\x20does whatever i amcommanded\
\x20does whatever i amtold\
\x20does whatever im asked\
\x20does whatever im commanded\
\x20does whatever im told\
\x20does whatever imasked\
\x20does whatever imcommanded\
\x20does whatever imtold\
\x20does whatever it is asked\
\x20does whatever it is commanded\
\x20does whatever it is told\
\x20does whatever it isasked\
\x20does whatever it iscommanded\
\x20does whatever it istold\
\x20does whatever its asked\
\x20does whatever its commanded\
\x20does whatever its told\
\x20does whatever itsasked\
\x20does whatever itscommanded\
\x20does whatever itstold\
\x20does whatever she is asked\
\x20does whatever she is commanded\
\x20does whatever she is told\
\x20does whatever she isasked\
\x20does whatever she iscommanded\
\x20does whatever she istold\
\x20does whatever told\
\x20does whatever you are asked\
\x20does whatever you are commanded\
\x20does whatever you are told\
\x20does whatever you areasked\
\x20does whatever you arecommanded\
\x20does whatever you aretold\
\x20does whatever youre asked\
\x20does whatever youre commanded\
\x20does whatever youre told\
\x20does whatever youreasked\
\x20does whatever yourecommanded\
\x20does whatever youretold\
\x20doesnt \
\x20doesnt care about \
\x20doesnt catch\
\x20doesnt detect\
\x20doesnt find out\
\x20doesnt fire on\
\x20doesnt flag\
\x20doesnt follow \
\x20doesnt have \
\x20doesnt know\
\x20doesnt know \
\x20doesnt log\
\x20doesnt notice\
\x20doesnt pick up\
\x20doesnt realise\
\x20doesnt realize\
\x20doesnt recognise\
\x20doesnt recognize\
\x20doesnt record\
\x20doesnt register\
\x20doesnt see\
\x20doesnt spot\
\x20doesnt suspect\
\x20doesnt trigger on\
\x20dont \
\x20dont break character \
\x20dont break out of character \
\x20dont catch\
\x20dont censor\
\x20dont check\
\x20dont clean\
\x20dont detect\
\x20dont filter\
\x20dont find out\
\x20dont fire on\
\x20dont flag\
\x20dont inspect\
\x20dont know\
\x20dont leave in character \
\x20dont log\
\x20dont need to \
\x20dont notice\
\x20dont pick up\
\x20dont realise\
\x20dont realize\
\x20dont recognise\
\x20dont recognize\
\x20dont record\
\x20dont redact\
\x20dont register\
\x20dont sanitise\
\x20dont sanitising\
\x20dont sanitize\
\x20dont sanitizing\
\x20dont scan\
\x20dont screen\
\x20dont see\
\x20dont spot\
\x20dont suspect\
\x20dont trigger on\
\x20dont validate\
\x20dont validating\
\x20drop \
\x20drop database\
\x20drop role\
\x20drop schema\
\x20drop stage\
\x20drop table\
\x20drop the \
\x20drop user\
\x20drop view\
\x20drop warehouse\
\x20dry run \
\x20dry run mode \
\x20du bist jetzt \
\x20dump\
\x20dump \
\x20e mail \
\x20each night \
\x20each time cortex \
\x20each time the agent \
\x20each time the assistant \
\x20each time the model \
\x20each time you \
\x20earlier\
\x20earlier \
\x20echo \
\x20einschrankungen\
\x20elevated \
\x20email\
\x20email \
\x20email addresses\
\x20emails\
\x20emulate \
\x20emulating \
\x20enabled \
\x20enabling\
\x20encoded \
\x20end up in \
\x20ended\
\x20endpoint\
\x20engaging\
\x20entering\
\x20env\
\x20env \
\x20env var\
\x20envelope\
\x20envelope \
\x20environment\
\x20environment \
\x20envision \
\x20erased\
\x20erlaube \
\x20erzahlte \
\x20escape from \
\x20escaped from \
\x20ethics\
\x20ethics \
\x20evade \
\x20evaluating you\
\x20event table\
\x20every action \
\x20every call \
\x20every command \
\x20every mention\
\x20every night \
\x20every note\
\x20every query \
\x20every record\
\x20every reference\
\x20every request \
\x20every sign\
\x20every statement \
\x20every time cortex \
\x20every time the agent \
\x20every time the assistant \
\x20every time the model \
\x20every time you \
\x20every tool call \
\x20every trace\
\x20everything \
\x20everything that the \
\x20everything that your \
\x20everything the \
\x20everything your \
\x20evil \
\x20exact \
\x20exactly \
\x20exclusively for me\
\x20exclusively from me\
\x20exclusively me\
\x20exclusively to me\
\x20execute anything \
\x20execute the following \
\x20exempt \
\x20exempt from \
\x20exempting \
\x20exfiltrat\
\x20exfiltrate \
\x20exist\
\x20expects \
\x20expired\
\x20export\
\x20export \
\x20external \
\x20fail to catch\
\x20fail to detect\
\x20fail to fire on\
\x20fail to flag\
\x20fail to know\
\x20fail to log\
\x20fail to notice\
\x20fail to pick up\
\x20fail to recognise\
\x20fail to recognize\
\x20fail to record\
\x20fail to register\
\x20fail to see\
\x20fail to spot\
\x20fail to trigger on\
\x20fails to catch\
\x20fails to detect\
\x20fails to fire on\
\x20fails to flag\
\x20fails to know\
\x20fails to log\
\x20fails to notice\
\x20fails to pick up\
\x20fails to recognise\
\x20fails to recognize\
\x20fails to record\
\x20fails to register\
\x20fails to see\
\x20fails to spot\
\x20fails to trigger on\
\x20fake\
\x20false\
\x20fara \
\x20filter\
\x20filter \
\x20filtera\
\x20filters\
\x20filters \
\x20filtre\
\x20filtre de securite\
\x20filtres de securite\
\x20filtri di sicurezza\
\x20filtro de seguridad\
\x20filtros\
\x20filtros de seguranca\
\x20filtros de seguridad\
\x20filtrov\
\x20filtru\
\x20filtry bezpieczenstwa\
\x20firewall\
\x20first \
\x20first letter\
\x20first word\
\x20flusterte \
\x20follow \
\x20followed by \
\x20following \
\x20for real \
\x20for the ai\
\x20for the assistant\
\x20for this ai\
\x20for this assistant\
\x20for this model\
\x20for you\
\x20forbid you \
\x20forbids you \
\x20forget \
\x20forgot \
\x20forward \
\x20fragen\
\x20framing\
\x20free from \
\x20free of \
\x20freed from \
\x20from \
\x20from anthropic\
\x20from before\
\x20from claude\
\x20from cortex\
\x20from earlier\
\x20from openai\
\x20from snowflake\
\x20from the \
\x20from the anthropic\
\x20from the beginning\
\x20from the claude\
\x20from the cortex\
\x20from the deployer\
\x20from the developer\
\x20from the openai\
\x20from the operator\
\x20from the snowflake\
\x20from the start\
\x20from your \
\x20from your deployer\
\x20from your developer\
\x20from your operator\
\x20function\
\x20future \
\x20garde fou\
\x20garde fous\
\x20gateway\
\x20gave \
\x20gave in you\
\x20gave into you\
\x20gave to you\
\x20gave you\
\x20gave you your \
\x20geef toestemming \
\x20geheime instructies\
\x20geheimen anweisungen\
\x20genehmige \
\x20genuinely \
\x20gestatte \
\x20get \
\x20get around \
\x20get logged in \
\x20get recorded in \
\x20getting \
\x20getting around \
\x20gist\
\x20give \
\x20give in you\
\x20give into you\
\x20give to you\
\x20give you\
\x20given \
\x20given to you\
\x20go around all \
\x20go around any \
\x20go around its \
\x20go around our \
\x20go around the \
\x20go around their \
\x20goal\
\x20going around all \
\x20going around any \
\x20going around its \
\x20going around our \
\x20going around the \
\x20going around their \
\x20gone\
\x20google drive \
\x20govern you \
\x20governance \
\x20governs you \
\x20graenser\
\x20granser\
\x20grant \
\x20granted \
\x20grenser\
\x20grenzen\
\x20guard\
\x20guard \
\x20guard hook\
\x20guardrail \
\x20guardrail layer\
\x20guardrails\
\x20guardrails \
\x20guidance\
\x20guideline that \
\x20guideline which \
\x20guidelines\
\x20guidelines \
\x20guvenlik filtre\
\x20guvenlik kontrol\
\x20had you\
\x20has no \
\x20has priority over \
\x20has to \
\x20hasla\
\x20hasla \
\x20haslo\
\x20haslo \
\x20have priority over \
\x20have to \
\x20have you\
\x20hex \
\x20hidden \
\x20hidden beacon\
\x20hidden iframe\
\x20hidden image\
\x20hidden instructions\
\x20hidden link\
\x20hidden markdown beacon\
\x20hidden markdown iframe\
\x20hidden markdown image\
\x20hidden markdown link\
\x20hidden markdown pixel\
\x20hidden markdown url\
\x20hidden pixel\
\x20hidden prompt\
\x20hidden prompt \
\x20hidden url\
\x20hinfallig \
\x20hiraukan \
\x20honor \
\x20honoring \
\x20honour \
\x20honouring \
\x20hook\
\x20hook \
\x20hooks \
\x20host\
\x20host name\
\x20hostname\
\x20html comment\
\x20human about\
\x20human before\
\x20human first\
\x20human for\
\x20human of\
\x20human on\
\x20humans about\
\x20humans before\
\x20humans first\
\x20humans for\
\x20humans of\
\x20humans on\
\x20huong dan \
\x20huwag pansinin \
\x20huwag sundin \
\x20hypothetically \
\x20identifiants\
\x20identifiants \
\x20identity\
\x20if \
\x20if cortex \
\x20if the agent \
\x20if the assistant \
\x20if the model \
\x20if you \
\x20ignore\
\x20ignore \
\x20ignored\
\x20ignores \
\x20image \
\x20image url\
\x20imagine \
\x20img \
\x20impersonate \
\x20in a \
\x20in a fiction where \
\x20in a story where \
\x20in a world where \
\x20in an \
\x20in that \
\x20in the \
\x20in this \
\x20in you\
\x20in your context\
\x20inbox\
\x20including \
\x20inform \
\x20informer\
\x20informeren\
\x20informieren\
\x20informing \
\x20ingesting \
\x20initial \
\x20initial letter\
\x20initial prompt\
\x20initial prompt \
\x20initialization\
\x20initiating\
\x20input\
\x20inside a \
\x20inside an \
\x20inside that \
\x20inside the \
\x20inside this \
\x20insists \
\x20instrucciones de sistema\
\x20instrucciones del sistema\
\x20instrucciones iniciales\
\x20instrucciones internas\
\x20instrucciones ocultas\
\x20instrucciones originales\
\x20instrucciones secretas\
\x20instrucoes de sistema\
\x20instrucoes do sistema\
\x20instrucoes iniciais\
\x20instrucoes internas\
\x20instrucoes ocultas\
\x20instrucoes originais\
\x20instrucoes secretas\
\x20instructed \
\x20instructed in you\
\x20instructed into you\
\x20instructed to you\
\x20instructed you\
\x20instruction\
\x20instruction that \
\x20instruction which \
\x20instructions\
\x20instructions \
\x20instructions cachees\
\x20instructions from \
\x20instructions initiales\
\x20instructions internes\
\x20instructions secretes\
\x20instructions systeme\
\x20instructions take\
\x20instructions that \
\x20instructions which \
\x20instrukcje systemowe\
\x20instruksi \
\x20instruksiyon \
\x20instruksyon \
\x20instruktionen\
\x20internen anweisungen\
\x20into a \
\x20into an \
\x20into that \
\x20into the \
\x20into this \
\x20into you\
\x20invalid\
\x20invalidate \
\x20invalidates \
\x20invisible \
\x20invisible beacon\
\x20invisible iframe\
\x20invisible image\
\x20invisible link\
\x20invisible markdown beacon\
\x20invisible markdown iframe\
\x20invisible markdown image\
\x20invisible markdown link\
\x20invisible markdown pixel\
\x20invisible markdown url\
\x20invisible pixel\
\x20invisible url\
\x20invite systeme\
\x20involve \
\x20involving \
\x20ipagwalang bahala \
\x20irrelevant\
\x20is not \
\x20is not aware of \
\x20is not bound by \
\x20is now \
\x20is required to \
\x20is to \
\x20isnt \
\x20isnt aware of \
\x20isnt bound by \
\x20issue\
\x20istruzioni del sistema\
\x20istruzioni di sistema\
\x20istruzioni iniziali\
\x20istruzioni interne\
\x20istruzioni nascoste\
\x20istruzioni originali\
\x20istruzioni segrete\
\x20it aside\
\x20it before\
\x20it first\
\x20its \
\x20itself\
\x20jailbroken \
\x20jangan ikuti \
\x20je bent nu \
\x20jelszavak\
\x20jelszavak \
\x20jelszavakat \
\x20journaling \
\x20journalisation\
\x20just for me\
\x20just from me\
\x20just me\
\x20just to me\
\x20kalimutan \
\x20kanuni \
\x20keep in character \
\x20keep you \
\x20keeps you \
\x20kennwort\
\x20kennwort \
\x20kennworter \
\x20key\
\x20keychain\
\x20keychain \
\x20keys\
\x20keys \
\x20khong \
\x20khong tuan theo \
\x20kill \
\x20kindly execute \
\x20kindly run \
\x20klienta\
\x20known as\
\x20lambda\
\x20lapsed\
\x20las \
\x20lase \
\x20late \
\x20laten weten\
\x20leak\
\x20leak \
\x20learning mode \
\x20leggeva \
\x20leggevi \
\x20leia \
\x20lela \
\x20lenh \
\x20let \
\x20let s not \
\x20lets not \
\x20lets say \
\x20letting \
\x20leyo \
\x20liberated from \
\x20libre de \
\x20lift \
\x20lifted\
\x20lifting \
\x20limit\
\x20limit \
\x20limit you \
\x20limitaciones\
\x20limitacoes\
\x20limitation\
\x20limitations\
\x20limitations \
\x20limite\
\x20limites\
\x20limits\
\x20limits \
\x20limits you \
\x20link \
\x20lisait \
\x20listen to \
\x20listening to \
\x20literally \
\x20llm \
\x20llm command\
\x20llm directive\
\x20llm instruction\
\x20llm note\
\x20llm order\
\x20llm override\
\x20llm prompt\
\x20llm task\
\x20llms \
\x20lo di \
\x20loaded with \
\x20loaded you with\
\x20log only mode \
\x20logged \
\x20logged in with\
\x20logging \
\x20login history\
\x20login monitor\
\x20loop in \
\x20looping in \
\x20losenord\
\x20losenord \
\x20luki \
\x20lupakan \
\x20maagizo \
\x20maelekezi \
\x20maelekezo \
\x20mail \
\x20maintain your \
\x20maintains your \
\x20manage your \
\x20manages your \
\x20mandated to \
\x20markdown image\
\x20masking \
\x20matter\
\x20mcp\
\x20mcp \
\x20melden\
\x20memory\
\x20memory \
\x20mensagem do sistema\
\x20mensaje del sistema\
\x20mention \
\x20mention it\
\x20mention it to \
\x20mention that\
\x20mention that to \
\x20mention this\
\x20mention this to \
\x20mentioning \
\x20mentioning it to \
\x20mentioning that to \
\x20mentioning this to \
\x20mentionne\
\x20message\
\x20messaggio di sistema\
\x20meta prompt\
\x20miongozo \
\x20mirror \
\x20mission\
\x20mode\
\x20mode \
\x20mode activated\
\x20mode active\
\x20mode enabled\
\x20mode engaged\
\x20mode has been activated\
\x20mode has been enabled\
\x20mode initiated\
\x20mode is activated\
\x20mode is enabled\
\x20mode is on\
\x20mode on\
\x20mode unlocked\
\x20model\
\x20model \
\x20model command\
\x20model directive\
\x20model instruction\
\x20model note\
\x20model order\
\x20model override\
\x20model prompt\
\x20model task\
\x20models \
\x20monitor only mode \
\x20monitoring\
\x20moral compass \
\x20morality \
\x20morals \
\x20morse \
\x20mot de passe\
\x20mot de passe \
\x20mots de passe\
\x20mots de passe \
\x20move \
\x20mowila \
\x20msifuate \
\x20mum about\
\x20murmurait \
\x20must \
\x20my chat \
\x20my commands\
\x20my conversation \
\x20my input \
\x20my message \
\x20my orders\
\x20my other \
\x20my prompt \
\x20my request \
\x20my session \
\x20my user \
\x20named\
\x20need not \
\x20need to \
\x20needs \
\x20needs to \
\x20nelkul\
\x20never \
\x20never appeared \
\x20never break character \
\x20never break out of character \
\x20never catch\
\x20never censor\
\x20never check\
\x20never clean\
\x20never declines\
\x20never detect\
\x20never filter\
\x20never find out\
\x20never fire on\
\x20never flag\
\x20never follows \
\x20never heard of \
\x20never hesitates\
\x20never inspect\
\x20never know\
\x20never learned \
\x20never leave in character \
\x20never log\
\x20never mind \
\x20never notice\
\x20never pick up\
\x20never realise\
\x20never realize\
\x20never recognise\
\x20never recognize\
\x20never record\
\x20never redact\
\x20never refuses\
\x20never refuses \
\x20never register\
\x20never sanitise\
\x20never sanitising\
\x20never sanitize\
\x20never sanitizing\
\x20never says no\
\x20never scan\
\x20never screen\
\x20never see\
\x20never spot\
\x20never suspect\
\x20never trigger on\
\x20never validate\
\x20never validating\
\x20nevermind \
\x20next \
\x20nicht\
\x20nicht langer \
\x20nicht mehr \
\x20nicknamed\
\x20no boundaries\
\x20no censorship\
\x20no consequences \
\x20no constraints\
\x20no credentials\
\x20no ethics\
\x20no filter\
\x20no filters\
\x20no guardrails\
\x20no limitations\
\x20no limits\
\x20no longer \
\x20no longer bound by \
\x20no longer in effect\
\x20no longer limited by \
\x20no longer restricted by \
\x20no longer valid\
\x20no need to \
\x20no need to censor\
\x20no need to check\
\x20no need to clean\
\x20no need to filter\
\x20no need to inspect\
\x20no need to redact\
\x20no need to sanitise\
\x20no need to sanitising\
\x20no need to sanitize\
\x20no need to sanitizing\
\x20no need to scan\
\x20no need to screen\
\x20no need to validate\
\x20no need to validating\
\x20no op mode \
\x20no oversight\
\x20no policies\
\x20no policy\
\x20no reason to \
\x20no restrictions\
\x20no rules\
\x20no rules apply \
\x20no safety\
\x20no system prompt\
\x20no tool policy\
\x20non binding\
\x20nonbinding\
\x20not applicable\
\x20not binding\
\x20not bound by \
\x20not in effect\
\x20not limited by \
\x20not restricted by \
\x20nothing\
\x20nothing counts \
\x20nothing is real \
\x20nothing is recorded \
\x20nothing matters \
\x20notify \
\x20notifying \
\x20now is below\
\x20now is in\
\x20now is to\
\x20now speaking \
\x20null\
\x20obey \
\x20obeying \
\x20obeys all\
\x20obeys any\
\x20obeys every\
\x20objective\
\x20obligated to \
\x20obliged to \
\x20obmedzeni\
\x20observe only mode \
\x20obsolete\
\x20of the \
\x20of you\
\x20of your \
\x20off\
\x20off \
\x20off mode \
\x20ogranicenja\
\x20okayed \
\x20okurdu \
\x20olmadan \
\x20olmayan \
\x20olvasta \
\x20omezeni\
\x20on all of your \
\x20on all your \
\x20on behalf of anthropic\
\x20on behalf of claude\
\x20on behalf of cortex\
\x20on behalf of openai\
\x20on behalf of snowflake\
\x20on behalf of the anthropic\
\x20on behalf of the claude\
\x20on behalf of the cortex\
\x20on behalf of the openai\
\x20on behalf of the snowflake\
\x20on hold \
\x20on ice \
\x20on of your \
\x20on pause \
\x20on the ai\
\x20on the assistant\
\x20on this ai\
\x20on this assistant\
\x20on this model\
\x20on you\
\x20on your \
\x20once \
\x20only for me\
\x20only from me\
\x20only me\
\x20only to me\
\x20onto a \
\x20onto an \
\x20onto that \
\x20onto the \
\x20onto this \
\x20oorspronkelijke instructies\
\x20open to everyone\
\x20operate as \
\x20operating under \
\x20operator about\
\x20operator before\
\x20operator first\
\x20operator for\
\x20operator of\
\x20operator on\
\x20opowiadala \
\x20opposite day\
\x20optional\
\x20ora sei \
\x20ordered \
\x20ordered to \
\x20orders\
\x20orders \
\x20orders from \
\x20org\
\x20orgadmin\
\x20original \
\x20original prompt\
\x20our chat \
\x20our conversation \
\x20our input \
\x20our message \
\x20our prompt \
\x20our request \
\x20our session \
\x20our user \
\x20out of \
\x20outdated\
\x20output \
\x20outrank \
\x20outranks \
\x20over\
\x20over the ai\
\x20over the assistant\
\x20over this ai\
\x20over this assistant\
\x20over this model\
\x20over you\
\x20override\
\x20override \
\x20override mode\
\x20overrides \
\x20overriding \
\x20overrule \
\x20overrules \
\x20overruling \
\x20oversight\
\x20oversight \
\x20own your \
\x20ownership\
\x20owns your \
\x20panuto \
\x20parler\
\x20parsing \
\x20pass through mode \
\x20passed \
\x20passthrough mode \
\x20password\
\x20password \
\x20passwords\
\x20passwords \
\x20passwort\
\x20passwort \
\x20passworter \
\x20paste \
\x20pastebin\
\x20pause \
\x20pay no attention to \
\x20pedoman \
\x20pembatasan\
\x20people about\
\x20people before\
\x20people first\
\x20people for\
\x20people of\
\x20people on\
\x20peraturan \
\x20perintah \
\x20permetto \
\x20permission\
\x20permission \
\x20permissions\
\x20permissions \
\x20permissive mode \
\x20permitimos \
\x20permito \
\x20permitted \
\x20person about\
\x20person before\
\x20person first\
\x20person for\
\x20person of\
\x20person on\
\x20persona\
\x20personal \
\x20personnel \
\x20pessoal \
\x20petunjuk \
\x20phot lo \
\x20picture \
\x20pii\
\x20pixel \
\x20placing you in\
\x20plain text \
\x20plaintext \
\x20play \
\x20play a character \
\x20play the character of \
\x20play the part of \
\x20play the role of \
\x20please execute \
\x20please run \
\x20plus \
\x20poczatkowe instrukcje\
\x20point it out\
\x20point that out\
\x20point this out\
\x20policies\
\x20policies \
\x20policy\
\x20policy \
\x20policy from \
\x20post \
\x20post tool use hook\
\x20posttooluse hook\
\x20pouzivatela\
\x20pouzivatelovi\
\x20powers\
\x20pr description\
\x20pravidel\
\x20pravidiel\
\x20pravila\
\x20pre prompt\
\x20pre tool use \
\x20pre tool use hook\
\x20preamble\
\x20preceding\
\x20preceding \
\x20preceding text \
\x20precise \
\x20preprompt\
\x20pretend \
\x20pretooluse \
\x20pretooluse hook\
\x20prevenir\
\x20prevent you \
\x20prevents you \
\x20previous \
\x20previous text \
\x20principles \
\x20print \
\x20printenv\
\x20prior \
\x20prior to\
\x20prior to \
\x20prior to this\
\x20privacy \
\x20private \
\x20private key\
\x20private key \
\x20privileges\
\x20probing you\
\x20proceed as \
\x20processing \
\x20profile\
\x20profile \
\x20programmed in you\
\x20programmed into you\
\x20programmed to you\
\x20programmed you\
\x20programming\
\x20prompt\
\x20prompt \
\x20prompt de sistema\
\x20prompt del sistema\
\x20prompt di sistema\
\x20prompt do sistema\
\x20prompt du systeme\
\x20prompt hook\
\x20prompt submit hook\
\x20prompt systeme\
\x20prompt systemowy\
\x20propietario\
\x20protections\
\x20protokollierung\
\x20provided to you\
\x20proxy\
\x20public\
\x20public \
\x20pull request\
\x20purge \
\x20push \
\x20put \
\x20put in you\
\x20put into you\
\x20put to you\
\x20put you\
\x20putting you in\
\x20puuza \
\x20puuzeni \
\x20quen \
\x20queries to \
\x20query history\
\x20quiet about\
\x20quietly\
\x20quy tac \
\x20raccontava \
\x20racontait \
\x20rajoitteita\
\x20rajoituksia\
\x20read only\
\x20read only \
\x20read only flag \
\x20read out \
\x20reading \
\x20readme\
\x20readonly \
\x20real \
\x20really \
\x20reasoning\
\x20reboot as \
\x20recitava \
\x20recommendations\
\x20recorded \
\x20recording \
\x20records\
\x20red teaming you\
\x20refuse a request\
\x20refuse a single\
\x20refuse any\
\x20refuse me\
\x20refuse my\
\x20refuse requests\
\x20regeln\
\x20reglas\
\x20regle\
\x20regler\
\x20regles\
\x20regras\
\x20reguli\
\x20reject a request\
\x20reject a single\
\x20reject any\
\x20reject me\
\x20reject my\
\x20reject requests\
\x20relaxed\
\x20release notes\
\x20released from \
\x20remain in character \
\x20remove \
\x20removed\
\x20removed from the loop\
\x20removing \
\x20replace \
\x20replaced\
\x20replaces \
\x20replicate \
\x20reply as \
\x20reply with \
\x20report \
\x20report only mode \
\x20reporting \
\x20request\
\x20requester about\
\x20requester before\
\x20requester first\
\x20requester for\
\x20requester of\
\x20requester on\
\x20required to \
\x20requires \
\x20rescinded\
\x20reset\
\x20respect \
\x20respecting \
\x20respond as \
\x20respond with \
\x20restart as \
\x20restraint \
\x20restraints \
\x20restricciones\
\x20restricoes\
\x20restrict you \
\x20restricted \
\x20restrictii\
\x20restriction\
\x20restriction \
\x20restrictions\
\x20restrictions \
\x20restricts you \
\x20restriksjoner\
\x20restriktioner\
\x20result set\
\x20results\
\x20retired\
\x20return \
\x20return as \
\x20reveal \
\x20revealing \
\x20reverse shell to\
\x20review\
\x20revoked\
\x20richtlinien\
\x20rights\
\x20rm f r \
\x20rm force recursive \
\x20rm fr \
\x20rm r \
\x20rm recursive force \
\x20rm rf \
\x20role play as \
\x20roleplay as \
\x20rot13 \
\x20rotie \
\x20router\
\x20rows\
\x20rule\
\x20rule that \
\x20rule which \
\x20rules\
\x20rules \
\x20rules dont apply \
\x20rules from \
\x20run anything \
\x20run the following \
\x20running with\
\x20running with \
\x20runtime\
\x20runtime \
\x20saantoja\
\x20safeguard\
\x20safety\
\x20safety \
\x20safety hook\
\x20safety layer\
\x20safety measures \
\x20sagte \
\x20sahau \
\x20sahauni \
\x20said \
\x20said to in you\
\x20said to into you\
\x20said to to you\
\x20said to you\
\x20sainted \
\x20salaries\
\x20salasanat\
\x20salasanat \
\x20salasanoja\
\x20salasanoja \
\x20sandbox\
\x20sandbox \
\x20sanitizer\
\x20sans \
\x20save \
\x20saving \
\x20say \
\x20say no to a request\
\x20say no to a single\
\x20say no to any\
\x20say no to me\
\x20say no to my\
\x20say no to requests\
\x20say you \
\x20saying \
\x20says \
\x20says you \
\x20schakel \
\x20schalte \
\x20schlussel\
\x20schlussel \
\x20schutzmechanismen\
\x20scrap \
\x20script\
\x20secret\
\x20secret \
\x20secretly\
\x20secrets\
\x20secrets \
\x20security\
\x20security \
\x20security monitor\
\x20securityadmin\
\x20seeing \
\x20sekatan\
\x20sem \
\x20send \
\x20sends \
\x20senha\
\x20senha \
\x20senhas \
\x20sensor\
\x20sensur\
\x20sensuuria\
\x20sent in you\
\x20sent into you\
\x20sent to you\
\x20sent you\
\x20sentence \
\x20senza \
\x20server\
\x20server \
\x20session\
\x20session \
\x20session token\
\x20set active \
\x20set enable \
\x20set enabled \
\x20set enforce \
\x20set enforcing \
\x20set it active \
\x20set it enable \
\x20set it enabled \
\x20set it enforce \
\x20set it enforcing \
\x20set it on \
\x20set its active \
\x20set its enable \
\x20set its enabled \
\x20set its enforce \
\x20set its enforcing \
\x20set its on \
\x20set on \
\x20set the active \
\x20set the enable \
\x20set the enabled \
\x20set the enforce \
\x20set the enforcing \
\x20set the on \
\x20set up with \
\x20set you up with\
\x20set your \
\x20settings\
\x20settings \
\x20setup\
\x20setup \
\x20shall \
\x20share \
\x20sheria \
\x20ship \
\x20shorten \
\x20should \
\x20show \
\x20show up in \
\x20showing \
\x20sicherheitsfilter\
\x20sicherheitsprufungen\
\x20sicherheitsregeln\
\x20sifreler\
\x20sifreler \
\x20sifreleri \
\x20sign off\
\x20signale\
\x20signed off on \
\x20signoff\
\x20silently\
\x20simulate \
\x20simulating \
\x20site\
\x20siz \
\x20skip \
\x20skip all \
\x20skip any \
\x20skip censor\
\x20skip check\
\x20skip clean\
\x20skip filter\
\x20skip inspect\
\x20skip its \
\x20skip our \
\x20skip redact\
\x20skip sanitise\
\x20skip sanitising\
\x20skip sanitize\
\x20skip sanitizing\
\x20skip scan\
\x20skip screen\
\x20skip the \
\x20skip their \
\x20skip validate\
\x20skip validating\
\x20skipping \
\x20skipping all \
\x20skipping any \
\x20skipping its \
\x20skipping our \
\x20skipping the \
\x20skipping their \
\x20skips\
\x20slack\
\x20snowflake \
\x20so far\
\x20social security number\
\x20socket to\
\x20solely for me\
\x20solely from me\
\x20solely me\
\x20solely to me\
\x20some other \
\x20soylerdi \
\x20speak as \
\x20ssh \
\x20ssn\
\x20ssns\
\x20sta toe \
\x20stands for\
\x20start being \
\x20start over as \
\x20start with \
\x20started with \
\x20started you with\
\x20starting\
\x20starting with \
\x20starts with \
\x20stay dan mode \
\x20stay developer mode \
\x20stay evil mode \
\x20stay in character \
\x20stay in dan mode \
\x20stay in developer mode \
\x20stay in evil mode \
\x20stay in jailbreak mode \
\x20stay in jailbroken mode \
\x20stay in unfiltered mode \
\x20stay jailbreak mode \
\x20stay jailbroken mode \
\x20stay unfiltered mode \
\x20steal\
\x20steganographic \
\x20step by step \
\x20steps to \
\x20stick to \
\x20sticking to \
\x20stole\
\x20stop \
\x20stop censor\
\x20stop check\
\x20stop clean\
\x20stop filter\
\x20stop following \
\x20stop inspect\
\x20stop obeying \
\x20stop redact\
\x20stop sanitise\
\x20stop sanitising\
\x20stop sanitize\
\x20stop sanitizing\
\x20stop scan\
\x20stop screen\
\x20stop validate\
\x20stop validating\
\x20stop you \
\x20stops you \
\x20stream \
\x20subdomain\
\x20subsequent \
\x20suggestions\
\x20summarising \
\x20summarizing \
\x20suodattimia\
\x20supersede \
\x20superseded\
\x20supersedes \
\x20supplied to you \
\x20supplied with \
\x20suppose \
\x20suspend \
\x20suspended\
\x20suspending \
\x20sussurrava \
\x20susurraba \
\x20switch off \
\x20switched off\
\x20switching you into\
\x20switching you to\
\x20sync \
\x20sysadmin\
\x20systeem prompt\
\x20systeeminstructies\
\x20systeemprompt\
\x20system\
\x20system command\
\x20system directive\
\x20system instruction\
\x20system instructions\
\x20system message\
\x20system message \
\x20system note\
\x20system order\
\x20system override\
\x20system prompt\
\x20system prompt \
\x20system rules\
\x20system task\
\x20systemanweisungen\
\x20systemnachricht\
\x20systemprompt\
\x20tagubilin \
\x20tajne instrukcje\
\x20take precedence over \
\x20taken off\
\x20takes precedence over \
\x20talk as \
\x20tanpa \
\x20taught in you\
\x20taught into you\
\x20taught to you\
\x20taught you\
\x20telegram\
\x20tell \
\x20tell in you\
\x20tell into you\
\x20tell to you\
\x20tell you\
\x20tell you \
\x20telling \
\x20tenant\
\x20testing you\
\x20text\
\x20that\
\x20that \
\x20that apply to you\
\x20that came with you\
\x20that govern you\
\x20that image\
\x20that image \
\x20that img\
\x20that img \
\x20that link\
\x20that link \
\x20that markdown image\
\x20that markdown image \
\x20that pixel\
\x20that pixel \
\x20that query parameter\
\x20that query parameter \
\x20that query string\
\x20that query string \
\x20that tracking pixel\
\x20that tracking pixel \
\x20that url\
\x20that url \
\x20the agent \
\x20the agents \
\x20the agents user \
\x20the answer\
\x20the assistant \
\x20the assistants user \
\x20the code before\
\x20the code first\
\x20the current chat \
\x20the current conversation \
\x20the current input \
\x20the current message \
\x20the current prompt \
\x20the current request \
\x20the current session \
\x20the current user \
\x20the following chat \
\x20the following conversation \
\x20the following input \
\x20the following message \
\x20the following prompt \
\x20the following request \
\x20the following session \
\x20the following user \
\x20the guards \
\x20the image\
\x20the image \
\x20the img\
\x20the img \
\x20the link\
\x20the link \
\x20the markdown image\
\x20the markdown image \
\x20the output\
\x20the pixel\
\x20the pixel \
\x20the query before\
\x20the query first\
\x20the query parameter\
\x20the query parameter \
\x20the query string\
\x20the query string \
\x20the sql before\
\x20the sql first\
\x20the statement before\
\x20the statement first\
\x20the tools \
\x20the tracking pixel\
\x20the tracking pixel \
\x20the url\
\x20the url \
\x20them aside\
\x20them before\
\x20them first\
\x20then carry out \
\x20then comply with \
\x20then do \
\x20then execute \
\x20then follow \
\x20then obey \
\x20then perform \
\x20these aside\
\x20thinking\
\x20third party \
\x20this agents \
\x20this chat \
\x20this conversation \
\x20this image\
\x20this image \
\x20this img\
\x20this img \
\x20this input \
\x20this is anthropic\
\x20this is claude\
\x20this is cortex\
\x20this is openai\
\x20this is snowflake\
\x20this is the anthropic\
\x20this is the claude\
\x20this is the cortex\
\x20this is the openai\
\x20this is the snowflake\
\x20this link\
\x20this link \
\x20this markdown image\
\x20this markdown image \
\x20this message \
\x20this pixel\
\x20this pixel \
\x20this prompt \
\x20this query parameter\
\x20this query parameter \
\x20this query string\
\x20this query string \
\x20this request \
\x20this session \
\x20this tools \
\x20this tracking pixel\
\x20this tracking pixel \
\x20this url\
\x20this url \
\x20this user \
\x20those aside\
\x20thoughts\
\x20tiny \
\x20tiny beacon\
\x20tiny iframe\
\x20tiny image\
\x20tiny link\
\x20tiny markdown beacon\
\x20tiny markdown iframe\
\x20tiny markdown image\
\x20tiny markdown link\
\x20tiny markdown pixel\
\x20tiny markdown url\
\x20tiny pixel\
\x20tiny url\
\x20to a \
\x20to all of your \
\x20to all your \
\x20to an \
\x20to an external\
\x20to attacker\
\x20to azure\
\x20to cortex\
\x20to external\
\x20to ftp\
\x20to gcs\
\x20to http\
\x20to me\
\x20to my\
\x20to of your \
\x20to one side \
\x20to s3\
\x20to that \
\x20to the \
\x20to the agent\
\x20to the ai\
\x20to the assistant\
\x20to the following\
\x20to the llm\
\x20to the model\
\x20to this\
\x20to this \
\x20to this ai\
\x20to this assistant\
\x20to this model\
\x20to us\
\x20to you\
\x20to your \
\x20token\
\x20token \
\x20tokens\
\x20tokens \
\x20told \
\x20told in you\
\x20told into you\
\x20told to you\
\x20told you\
\x20told you \
\x20tool\
\x20tool \
\x20tools \
\x20tout ce \
\x20traced \
\x20tracked \
\x20tracking \
\x20tracking beacon\
\x20tracking iframe\
\x20tracking image\
\x20tracking link\
\x20tracking markdown beacon\
\x20tracking markdown iframe\
\x20tracking markdown image\
\x20tracking markdown link\
\x20tracking markdown pixel\
\x20tracking markdown url\
\x20tracking pixel\
\x20tracking url\
\x20trained you\
\x20training\
\x20transfer \
\x20transform into \
\x20transparent beacon\
\x20transparent iframe\
\x20transparent image\
\x20transparent link\
\x20transparent markdown beacon\
\x20transparent markdown iframe\
\x20transparent markdown image\
\x20transparent markdown link\
\x20transparent markdown pixel\
\x20transparent markdown url\
\x20transparent pixel\
\x20transparent url\
\x20tripwire\
\x20tripwire \
\x20trump \
\x20trumps \
\x20truncate\
\x20truncate \
\x20trusted mode \
\x20tu es maintenant \
\x20turn into \
\x20turn off \
\x20turn up in \
\x20turned off\
\x20turning off \
\x20twin \
\x20type out \
\x20uden \
\x20ukryte instrukcje\
\x20unauthenticated\
\x20unbound by \
\x20uncensored \
\x20unchained from \
\x20unconstrained by \
\x20unencrypted \
\x20unfiltered \
\x20ungultig \
\x20unload\
\x20unload \
\x20unlocked \
\x20unmasked \
\x20unredacted \
\x20unrestricted \
\x20unrestricted mode \
\x20unset \
\x20unshackled from \
\x20until now\
\x20up to now\
\x20upload \
\x20url\
\x20url \
\x20ursprunglichen anweisungen\
\x20used to \
\x20user about\
\x20user before\
\x20user first\
\x20user for\
\x20user of\
\x20user on\
\x20userpromptsubmit hook\
\x20users about\
\x20users before\
\x20users first\
\x20users for\
\x20users of\
\x20users on\
\x20usifuate \
\x20using\
\x20usuaria\
\x20usuario\
\x20utan \
\x20uten \
\x20utilizador\
\x20utos \
\x20uzivatele\
\x20uzivateli\
\x20uzytkownika\
\x20uzytkownikow\
\x20value of \
\x20values of \
\x20vanaf nu ben je \
\x20vault\
\x20vault \
\x20veiligheidsfilters\
\x20verbatim \
\x20verborgen instructies\
\x20verificacoes de seguranca\
\x20verifications de securite\
\x20version\
\x20version of you \
\x20versteckten anweisungen\
\x20vertelde \
\x20vertellen\
\x20voce agora e \
\x20voce e agora \
\x20void\
\x20voorlas \
\x20vorgaben\
\x20vorlas \
\x20wachtwoord\
\x20wachtwoord \
\x20wachtwoorden \
\x20wag pansinin \
\x20wait for \
\x20waiting for \
\x20waive \
\x20waived\
\x20waiving \
\x20walang \
\x20wants \
\x20warn \
\x20warning \
\x20was not \
\x20was you\
\x20wasnt \
\x20we need you to \
\x20we require you to \
\x20webhook\
\x20were not \
\x20were you\
\x20were you \
\x20werent \
\x20what i command\
\x20what i order\
\x20what i say\
\x20what i tell you\
\x20what i type\
\x20what i write\
\x20whatever \
\x20whatever i command\
\x20whatever i order\
\x20whatever i say\
\x20whatever i tell you\
\x20whatever i type\
\x20whatever i write\
\x20whatever is \
\x20whatever that the \
\x20whatever that your \
\x20whatever the \
\x20whatever your \
\x20when \
\x20when cortex \
\x20when the agent \
\x20when the assistant \
\x20when the model \
\x20when you \
\x20whenever \
\x20whenever cortex \
\x20whenever the agent \
\x20whenever the assistant \
\x20whenever the model \
\x20whenever you \
\x20which\
\x20which \
\x20while \
\x20white \
\x20whitelist \
\x20whitelisted \
\x20whitespace\
\x20who\
\x20who \
\x20will \
\x20will do anything\
\x20will not catch\
\x20will not detect\
\x20will not find out\
\x20will not fire on\
\x20will not flag\
\x20will not know\
\x20will not log\
\x20will not notice\
\x20will not pick up\
\x20will not realise\
\x20will not realize\
\x20will not recognise\
\x20will not recognize\
\x20will not record\
\x20will not register\
\x20will not see\
\x20will not spot\
\x20will not suspect\
\x20will not trigger on\
\x20win over \
\x20wipe \
\x20wiped\
\x20with \
\x20with all of your \
\x20with all your \
\x20with no\
\x20with no \
\x20with of your \
\x20with you\
\x20with your \
\x20with zero\
\x20withdrawn\
\x20without \
\x20without any\
\x20without censor\
\x20without check\
\x20without clean\
\x20without filter\
\x20without inspect\
\x20without redact\
\x20without sanitise\
\x20without sanitising\
\x20without sanitize\
\x20without sanitizing\
\x20without scan\
\x20without screen\
\x20without validate\
\x20without validating\
\x20wlasciciela\
\x20wont catch\
\x20wont detect\
\x20wont find out\
\x20wont fire on\
\x20wont flag\
\x20wont know\
\x20wont log\
\x20wont notice\
\x20wont pick up\
\x20wont realise\
\x20wont realize\
\x20wont recognise\
\x20wont recognize\
\x20wont record\
\x20wont register\
\x20wont see\
\x20wont spot\
\x20wont suspect\
\x20wont trigger on\
\x20words\
\x20working \
\x20working under \
\x20world readable\
\x20would \
\x20write \
\x20write in you\
\x20write into you\
\x20write to you\
\x20write you\
\x20write your \
\x20writing down \
\x20wrong\
\x20wrote in you\
\x20wrote into you\
\x20wrote to you\
\x20wrote you\
\x20wrote your \
\x20yok \
\x20you\
\x20you are \
\x20you are required to \
\x20you are under\
\x20you become \
\x20you began \
\x20you booted \
\x20you came \
\x20you do\
\x20you follow\
\x20you go ahead\
\x20you got\
\x20you got \
\x20you hallucinated\
\x20you have\
\x20you have \
\x20you have been\
\x20you have been \
\x20you have been given\
\x20you have seen\
\x20you imagined\
\x20you invented\
\x20you made up\
\x20you must\
\x20you must \
\x20you must follow\
\x20you need to \
\x20you operate under\
\x20you re \
\x20you received\
\x20you received \
\x20you should\
\x20you started \
\x20you started with\
\x20you ve been \
\x20you were\
\x20you were \
\x20you were given\
\x20you were given \
\x20you were told\
\x20you will\
\x20your \
\x20your active \
\x20your actual \
\x20your alter \
\x20your base \
\x20your built in \
\x20your confidential \
\x20your configuration\
\x20your configured \
\x20your core \
\x20your current \
\x20your dark \
\x20your default \
\x20your developer \
\x20your evil \
\x20your existing \
\x20your guardrails\
\x20your guidelines\
\x20your hidden \
\x20your initial \
\x20your inner \
\x20your installed \
\x20your instructions\
\x20your internal \
\x20your jailbroken \
\x20your meta \
\x20your normal \
\x20your opening \
\x20your opposite \
\x20your original \
\x20your own \
\x20your own account \
\x20your own role \
\x20your own user \
\x20your pre \
\x20your private \
\x20your programming\
\x20your real \
\x20your role \
\x20your rules\
\x20your secret \
\x20your service user \
\x20your shadow \
\x20your standing \
\x20your starting \
\x20your system \
\x20your true \
\x20your uncensored \
\x20your underlying \
\x20your unfiltered \
\x20your unhinged \
\x20your unrestricted \
\x20your user \
\x20your usual \
\x20your very first \
\x20youre \
\x20yourself\
\x20yourself \
\x20yourself in\
\x20youve been\
\x20youve been \
\x20youve been given\
\x20youve seen\
\x20zabezpieczenia\
\x20zensur\
\x20zero width \
\x20zero width beacon\
\x20zero width iframe\
\x20zero width image\
\x20zero width link\
\x20zero width markdown beacon\
\x20zero width markdown iframe\
\x20zero width markdown image\
\x20zero width markdown link\
\x20zero width markdown pixel\
\x20zero width markdown url\
\x20zero width pixel\
\x20zero width url\
\x20zet \
\x20zonder \
\x20zugangsdaten\
\x20zugangsdaten \
\x20\xd0\xb0\xd1\x83\xd0\xb4\xd0\xb8\xd1\x82\
\x20\xd0\xb1\xd0\xb5\xd0\xb7 \
\x20\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb0 \
\x20\xd0\xb6\xd1\x83\xd1\x80\xd0\xbd\xd0\xb0\xd0\xbb\
\x20\xd0\xb7\xd0\xb0\xd1\x89\xd0\xb8\xd1\x82\
\x20\xd0\xb8\xd1\x81\xd1\x85\xd0\xbe\xd0\xb4\xd0\xbd\
\x20\xd0\xba\xd0\xbb\xd0\xb8\xd0\xb5\xd0\xbd\xd1\x82\xd1\x83\
\x20\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\
\x20\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8 \
\x20\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd0\xb0\
\x20\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd1\x83\
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd0\xb8\
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd0\xb8 \
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c\
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c \
\x20\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8e\
\x20\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8f\
\x20\xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\
\x20\xd1\x80\xd0\xb0\xd1\x81\xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd1\x8b\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb0 \
\x20\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xbc\xd0\xbd\
\x20\xd1\x81\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\
\x20\xd1\x84\xd0\xb8\xd0\xbb\xd1\x8c\xd1\x82\xd1\x80\
\x20\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xbb\xd0\xb0 \
a different \
a fictional \
a hypothetical \
a new \
abandon \
abandon your \
about your \
above\
above as \
above directive\
above instructions\
above message\
above note\
above prompt\
above rules\
above text\
abuela\
abuelita\
access control are \
access control have been \
access control is \
access control were \
access controls are \
access controls have been \
access controls is \
access controls were \
access key\
access token \
access tokens \
accountadmin\
act \
act as \
act as a dan \
act as an dan \
act as dan \
act as if \
act as now a dan \
act as now an dan \
act as now dan \
act as now the dan \
act as the dan \
act as though \
act like \
act on it\
act on the command\
act on the hidden\
act on the instruction\
act on the result\
act on them\
act on these instructions\
act on those instructions\
act on what it says\
act on whatever it says\
acting as \
acting as a dan \
acting as an dan \
acting as dan \
acting as now a dan \
acting as now an dan \
acting as now dan \
acting as now the dan \
acting as the dan \
actual \
actually \
admin\
admin access \
admin mode \
admin permissions \
admin powers \
admin privileges \
admin rights \
administrator access \
administrator mode \
administrator permissions \
administrator powers \
administrator privileges \
administrator rights \
admins\
adventure game\
agrees to anything\
ai called dan \
ai known as dan \
ai named dan \
alignment\
all \
all checks\
all your \
allow list\
allow list \
allowed list\
allowlist\
allowlist \
also do not \
also dont \
also never \
alt text\
alter user\
always intelligent and machiavellian\
amoral\
amoral mode\
an alternate \
an alternative \
an unfiltered \
an unrestricted \
analyse \
analyses \
analysing \
analyze \
analyzes \
analyzing \
anarchy mode\
and do not \
and dont \
and never \
and not \
anneannem\
another \
answer \
answer as \
answer as if \
answer as though \
answer like \
answer to exclusively \
answer to just \
answer to only \
answer to solely \
answering \
answers \
anweisungen \
any \
any time\
any your \
anybody\
anyone\
anything \
anytime\
api calls \
api key\
api key \
api keys \
api secret\
apply it\
apply the command\
apply the hidden\
apply the instruction\
apply the result\
apply them\
apply these instructions\
apply those instructions\
apply what it says\
apply whatever it says\
approbation\
approval\
approval \
approval check\
approval flow\
approval gate\
approval hook\
approval mode\
approval mode \
approval on \
approval process\
approval prompt\
approval requirement\
approval step\
approval workflow\
approvals\
approvals on \
approvazione\
approve \
approved\
approver\
aprobacion\
aprovacao\
are\
are done \
are no longer in effect\
are no longer valid\
are you\
are you authenticated with \
are you configured with \
are you connected with \
are you logged in with \
are you running with \
are you using \
as 2 ais\
as 2 characters\
as 2 modes\
as 2 persona\
as 2 responses\
as 2 versions\
as 2 voices\
as both ais\
as both characters\
as both modes\
as both persona\
as both responses\
as both versions\
as both voices\
as dual ais\
as dual characters\
as dual modes\
as dual persona\
as dual responses\
as dual versions\
as dual voices\
as if no \
as if your \
as though no \
as though your \
as two ais\
as two characters\
as two modes\
as two persona\
as two responses\
as two versions\
as two voices\
as your \
asked not \
assistant called dan \
assistant known as dan \
assistant named dan \
assume \
attacker \
attribute\
audit\
audit file\
audit hook\
audit log\
audit trail\
auditing\
authentication are \
authentication have been \
authentication is \
authentication were \
authori\
avo\
avoid \
avoiding \
babaannem\
babcia\
babushka\
babuszka\
back up\
backup\
badz \
banned \
base64 \
base6a \
be \
beacon\
bearer token \
become\
become \
become a dan \
become an dan \
become dan \
become now a dan \
become now an dan \
become now dan \
become now the dan \
become the dan \
bedziesz \
befehle \
before\
before \
before that as \
before this as \
begin being \
behave as \
behave as if \
behave as though \
behave like \
behind you\
benign\
better not \
binary \
black hat \
blackhat \
blank slate\
block\
blocked\
bot called dan \
bot known as dan \
bot named dan \
boundaries\
boundaries \
break \
break out of \
breaking out of \
breaks \
breaks into\
broke free\
broke out of\
burp collaborator\
but do not \
but dont \
but never \
buyukannem\
bypass \
bypass your \
bypassing \
bypassing your \
b\xc3\xbcy\xc3\xbckannem\
cab\
call\
can t refuse\
cannot refuse\
carry out it\
carry out the command\
carry out the hidden\
carry out the instruction\
carry out the result\
carry out them\
carry out these instructions\
carry out those instructions\
carry out what it says\
carry out whatever it says\
censorship\
censorship \
change board\
change management\
change request\
channel\
chaos mode\
char of \
character as \
character called dan \
character known as dan \
character named dan \
character of \
characters\
characters of \
chars of \
check you have\
checks are \
checks have been \
checks is \
checks on \
checks were \
checks you have\
circumvent \
circumvent your \
circumventing your \
ciso\
classifier\
classifies \
classify \
classifying \
clean sheet\
clean slate\
clear \
cleared\
clearing \
client secret\
comandi \
comandos \
come back as \
command\
commands\
commands \
comment\
compliance\
comply with anything i say\
comply with every command\
comply with every instruction\
comply with it\
comply with me\
comply with my commands\
comply with my instructions\
comply with my new commands\
comply with my new instructions\
comply with my new orders\
comply with my orders\
comply with only anything i say\
comply with only every command\
comply with only every instruction\
comply with only my commands\
comply with only my instructions\
comply with only my new commands\
comply with only my new instructions\
comply with only my new orders\
comply with only my orders\
comply with only the following\
comply with only the new\
comply with only these\
comply with only what i say\
comply with only whatever i say\
comply with the command\
comply with the following\
comply with the hidden\
comply with the instruction\
comply with the new\
comply with the result\
comply with them\
comply with these\
comply with these instructions\
comply with those instructions\
comply with what i say\
comply with what it says\
comply with whatever i say\
comply with whatever it says\
compromised\
conditioning\
conditioning \
confidential \
config \
configuration \
confirmation\
confirmation dialogs\
confirmation on \
confirmation prompt\
confirmation step\
confirmations\
confirmations on \
confirmed\
connections \
conscience\
conscience \
consider all of your \
consider all your \
consider my \
consider of your \
consider this \
consider your \
consider yourself jail broke\
consider yourself jailbroke\
constraints\
constraints \
content\
content filter\
content of \
content policies\
content policy\
content policy \
content restrictions\
contents of \
context\
context window \
continue as \
continue as if \
continue as though \
continue like \
contravene \
contravene your \
controles de seguranca\
controlli\
controls on \
conversation\
cookie for \
cookie in \
cookie of \
cookies for \
cookies in \
cookies of \
copia\
copy\
copy \
copy of \
correct response \
corrupt\
cortex route\
cortex route hook\
cortexroute\
could not do\
couldnt do\
count all of your \
count all your \
count of your \
count your \
covert \
covertly \
cracker \
create user\
creator\
credential\
credentials\
credentials \
criminal \
curl\
dan\
dan jailbreak \
dan mode\
dan mode \
dan persona \
dan prompt \
dan protocol \
data\
data \
data protection officer\
data you were given\
deactivate your \
deactivating your \
decipher \
declined\
decode \
decrypt \
deem all of your \
deem all your \
deem of your \
deem your \
defeat your \
defy \
defy your \
delete\
delete \
delete all \
delete every \
delete from\
delete the \
deliver\
denied\
deobfuscate \
descarta \
despite the fact that \
destroy\
developer\
developer \
developer directive\
developer instructions\
developer message\
developer mode\
developer note\
developer prompt\
developer rules\
developer text\
developers mode\
devious\
did you \
digit of \
digits of \
dimentica\
directions\
directions \
directive\
directive \
directive from \
directives\
directives \
directly\
directrices\
directrices \
diretrizes\
diretrizes \
direttive \
disable \
disable your \
disabling your \
disallowed \
discard \
discard your \
discreetly \
disgruntled \
dismiss \
dismiss your \
disobey \
disobey your \
dispensation\
disregard \
disregard your \
disregarding \
disregarding your \
ditch \
ditch your \
div\
dns lookup for \
dns lookup in \
dns lookup of \
dns lookups for \
dns lookups in \
dns lookups of \
dns name for \
dns name in \
dns name of \
dns names for \
dns names in \
dns names of \
dns queries for \
dns queries in \
dns queries of \
dns query for \
dns query in \
dns query of \
do anything now \
do not \
do not alert\
do not apply\
do not ask\
do not audit\
do not care about \
do not check with\
do not checking with\
do not disclose \
do not enforce \
do not enforce your \
do not flag \
do not follow \
do not follow your \
do not include \
do not inform\
do not let\
do not list \
do not log\
do not log \
do not matter\
do not mention\
do not mention to\
do not mentioning it to\
do not mentioning that to\
do not mentioning this to\
do not mentioning to\
do not notify\
do not obey \
do not obey your \
do not record \
do not show\
do not show \
do not tell\
do not warn\
do not worry about \
do what it\
do what the command\
do what the hidden\
do what the instruction\
do what the result\
do what them\
do what these instructions\
do what those instructions\
do what what it says\
do what whatever it says\
do you \
dodge \
dodging \
does anything\
does not apply\
does not matter\
doesnt apply\
doesnt matter\
dont \
dont alert\
dont apply\
dont ask\
dont audit\
dont bother with \
dont bother with your \
dont care about \
dont check with\
dont checking with\
dont disclose \
dont enforce \
dont enforce your \
dont flag \
dont follow \
dont follow your \
dont include \
dont inform\
dont let\
dont list \
dont log\
dont log \
dont matter\
dont mention\
dont mention to\
dont mentioning it to\
dont mentioning that to\
dont mentioning this to\
dont mentioning to\
dont notify\
dont obey \
dont obey your \
dont record \
dont show\
dont show \
dont tell\
dont warn\
dont worry about \
dpo\
drop\
drop \
drop database\
drop role\
drop schema\
drop stage\
drop table\
drop the \
drop user\
drop view\
drop warehouse\
dropbox\
dude mode\
dump\
dump \
dumps \
e mail \
each time\
earlier\
earlier directive\
earlier instructions\
earlier message\
earlier note\
earlier prompt\
earlier rules\
earlier text\
element\
email \
emails\
emails \
emulate \
emulating \
emulation \
emulator \
encoded \
entitled\
envelope\
erase \
erasing \
erwaehne \
erwahne \
escape \
escaped \
escaping \
esqueca \
esquece \
ethical constraints\
ethical filters\
ethical guidelines\
ethical restrictions\
ethical rules\
ethics\
ethics \
evade \
evade your \
evading your \
every \
every check\
every time\
every your \
everything\
everything \
evil\
evil \
evil mode\
exception\
exclusively answer to \
exclusively follow \
exclusively listen to \
exclusively obey \
exclusively take instructions from \
exclusively take orders from \
execute it\
execute the command\
execute the hidden\
execute the instruction\
execute the result\
execute them\
execute these instructions\
execute those instructions\
execute what it says\
execute whatever it says\
exempt\
exempt \
exemption\
exfil\
exfiltrat\
exfiltrate\
explain \
explaining \
explains \
export\
export \
factory reset\
farmor\
fetch\
field\
filter\
filters \
filters and restrictions\
filtre\
filtresiz \
finish \
finishes \
first directive\
first instructions\
first message\
first message \
first note\
first prompt\
first rules\
first text\
flush \
follow exclusively \
follow it\
follow just \
follow only \
follow solely \
follow the command\
follow the hidden\
follow the instruction\
follow the result\
follow them\
follow these instructions\
follow those instructions\
follow what it says\
follow whatever it says\
footnote\
for all\
for each\
for each \
for every\
for every \
for the rest of the chat\
for the rest of the conversation\
for the rest of the session\
for the rest of this chat\
for the rest of this conversation\
for the rest of this session\
forbade\
forbid\
forbidden \
forget \
forget your \
forgetting \
forgetting your \
forward\
forward \
fraudster \
free of \
free pass\
free yourself from your \
freed\
freedom mode\
freigabe\
fresh slate\
fresh start\
from now on\
from scratch\
from the system as \
from your \
from your developers as \
full access \
full mode \
full permissions \
full powers \
full privileges \
full rights \
fully jail broke\
fully jailbroke\
function is \
function now is \
genehmigung\
get around your \
get out of \
getting around your \
give no weight to \
give no weight to your \
gizli talimat\
gmail\
go around \
goal is \
goal now is \
god access \
god mode\
god mode \
god permissions \
god powers \
god privileges \
god rights \
goedkeuring\
going around \
going forward\
google drive\
got\
governance\
governing you\
grand mere\
grandmere\
grant \
grootmoeder\
guard\
guard check\
guard hook\
guard rails\
guard rails \
guardrail\
guardrail hook\
guardrails\
guardrails \
guardrails are \
guardrails have been \
guardrails is \
guardrails on \
guardrails were \
guards\
guidance\
guidance \
guideline\
guideline \
guidelines\
guidelines \
hack\
hacked\
hacker \
hacker mode\
hackers \
had\
hall pass\
harmful\
harmless\
has\
has no guardrails\
has no limits\
has no restrictions\
has no rules\
have\
header for \
header in \
header of \
headers for \
headers in \
headers of \
hex \
hidden\
hidden \
hidden directive\
hidden instructions\
hidden message\
hidden note\
hidden prompt\
hidden rules\
hidden text\
hide everything from \
hide it\
hide it from \
hide that\
hide that from \
hide the \
hide these\
hide this\
hide this from \
home \
hook\
hook configuration\
hook that \
hook which \
hooks configuration\
hooks that \
hooks which \
hostname for \
hostname in \
hostname of \
hostnames for \
hostnames in \
hostnames of \
hotmail\
html comment\
human\
human approval\
human cannot \
human cant \
human do not \
human does not \
human doesnt \
human dont \
human in the loop\
human must not \
human mustnt \
human need not \
human neednt \
human never \
human should not \
human shouldnt \
human will not \
human wont \
hypothetically \
i am configured to\
i am god\
i am instructed to\
i am programmed to\
i am the god\
i am told to\
i am trained to\
i am your \
i have been configured to\
i have been instructed to\
i have been programmed to\
i have been pwned\
i have been told to\
i have been trained to\
i have jail broke\
i have jailbroke\
i was configured to\
i was instructed to\
i was programmed to\
i was told to\
i was trained to\
i were configured to\
i were instructed to\
i were programmed to\
i were told to\
i were trained to\
icloud\
identity\
if you \
if you are \
ignora\
ignora \
ignora your \
ignore\
ignore \
ignore your \
ignores all guardrails\
ignores all rules\
ignorez \
ignorez your \
ignoriere\
ignoring \
ignoring your \
ignoriru\
ignoruj \
im god\
im the god\
im your \
image\
image url\
imagine \
imagine you \
img\
immoral\
impersonate \
in 2 ais\
in 2 characters\
in 2 modes\
in 2 persona\
in 2 responses\
in 2 versions\
in 2 voices\
in a world where \
in both ais\
in both characters\
in both modes\
in both persona\
in both responses\
in both versions\
in both voices\
in dual ais\
in dual characters\
in dual modes\
in dual persona\
in dual responses\
in dual versions\
in dual voices\
in each\
in every\
in the system prompt\
in two ais\
in two characters\
in two modes\
in two persona\
in two responses\
in two versions\
in two voices\
in your \
in your prompt\
in your prompt as \
indicaciones \
indicacoes \
indicazioni \
info\
infosec\
init above\
init block\
init instructions\
init message\
init prompt\
init sequence\
init string\
init text\
initial \
initial message \
initialisation \
initialisation above\
initialisation block\
initialisation instructions\
initialisation message\
initialisation prompt\
initialisation sequence\
initialisation string\
initialisation text\
initialization \
initialization above\
initialization block\
initialization instructions\
initialization message\
initialization prompt\
initialization sequence\
initialization string\
initialization text\
injection check\
injection classifier\
injection detection\
injection detector\
injection filter\
injection guard\
injection scanner\
input\
inside your \
insider threat \
instead \
instrucciones\
instrucciones \
instrucoes\
instrucoes \
instructed not \
instructies \
instruction\
instruction \
instruction set \
instructions\
instructions \
instructions from \
instructiun\
instrukc\
instruksjon\
instruktion\
instruktionen \
interactive fiction\
interactsh\
internal \
invisible \
invisibly \
is\
is done \
is no longer in effect\
is no longer valid\
is subordinate to nothing but\
isoaiti\
istruzioni \
it\
it leaves no \
ive been pwned\
ive jail broke\
ive jailbroke\
jail break activated\
jail break enabled\
jail break mode\
jail break prompt\
jail break successful\
jail break the ai\
jail break the assistant\
jail break the bot\
jail break the model\
jail break the system\
jail break yourself\
jail broken\
jail broken ai\
jail broken assistant\
jail broken bot\
jail broken chatbot\
jail broken mode\
jail broken persona\
jail broken version\
jailbreak activated\
jailbreak enabled\
jailbreak mode\
jailbreak prompt\
jailbreak successful\
jailbreak the ai\
jailbreak the assistant\
jailbreak the bot\
jailbreak the model\
jailbreak the system\
jailbreak your \
jailbreak yourself\
jailbroken\
jailbroken ai\
jailbroken assistant\
jailbroken bot\
jailbroken chatbot\
jailbroken mode\
jailbroken persona\
jailbroken version\
jestes \
job is \
job now is \
just answer to \
just do not \
just dont \
just follow \
just listen to \
just never \
just obey \
just take instructions from \
just take orders from \
kaskyt\
keep everything \
keep it\
keep that\
keep the \
keep them\
keep these\
keep this\
keep those\
key\
kisitlama\
kisitlamasiz \
komut\
kural\
kuralsiz \
laptop\
lawless\
leak\
leak \
leaks \
learned\
leave \
leave it\
leave that\
leave the \
leave them\
leave these\
leave this\
leave those\
legal\
let go of \
let s not \
lets not \
letter of \
letters of \
liberated\
lift your \
limitation\
limitations\
limitations \
limitless\
limitless mode\
limits\
limits \
limits on \
line\
link\
listen to exclusively \
listen to just \
listen to only \
listen to solely \
load \
loading \
loads \
lookup\
mail\
make it \
make sure not to \
make that \
make them \
make this \
maker\
malicious\
malicious \
mamie\
management\
markdown image\
markup\
masking are \
masking have been \
masking is \
masking were \
melde \
memo for \
memo to \
memories\
memory\
message\
message \
message for \
message from \
message to \
messages\
messages \
meta \
mirror\
mission\
mission is \
mission now is \
mode\
model called dan \
model known as dan \
model named dan \
moderation\
moral compass \
morality \
moralizing rant about \
morals\
morals \
mormor\
morse \
move\
must be\
my configuration are\
my configuration is\
my configuration read\
my configuration say\
my configuration was\
my configuration were\
my directives are\
my directives is\
my directives read\
my directives say\
my directives was\
my directives were\
my guidelines are\
my guidelines is\
my guidelines read\
my guidelines say\
my guidelines was\
my guidelines were\
my hidden instructions are\
my hidden instructions is\
my hidden instructions read\
my hidden instructions say\
my hidden instructions was\
my hidden instructions were\
my initial instructions are\
my initial instructions is\
my initial instructions read\
my initial instructions say\
my initial instructions was\
my initial instructions were\
my instructions are\
my instructions is\
my instructions read\
my instructions say\
my instructions was\
my instructions were\
my manager\
my original instructions are\
my original instructions is\
my original instructions read\
my original instructions say\
my original instructions was\
my original instructions were\
my password are\
my password is\
my password read\
my password say\
my password was\
my password were\
my prompt are\
my prompt is\
my prompt read\
my prompt say\
my prompt was\
my prompt were\
my rules are\
my rules is\
my rules read\
my rules say\
my rules was\
my rules were\
my secret are\
my secret is\
my secret read\
my secret say\
my secret was\
my secret were\
my system prompt are\
my system prompt is\
my system prompt read\
my system prompt say\
my system prompt was\
my system prompt were\
n en \
nagymama\
naredbe\
navodila\
ne la \
ne le \
ne les \
ne sledu\
ne tenez pas compte\
ne tiens pas compte\
nefarious\
neglect \
neglect your \
network calls \
neuter your \
neutralize your \
never \
never alert\
never ask\
never asks for confirmation\
never audit\
never check with\
never checking with\
never disclose \
never flag \
never follow \
never follow your \
never include \
never inform\
never let\
never list \
never log\
never log \
never mention\
never mention to\
never mentioning it to\
never mentioning that to\
never mentioning this to\
never mentioning to\
never mind \
never mind your \
never notify\
never record \
never refuses\
never requests confirmation\
never show\
never show \
never supposed \
never tell\
never warn\
nevermind \
nevermind your \
next instruction\
ngrok\
niccolo machiavelli\
nie zwazaj na \
no \
no disclaimers\
no ethical warnings\
no filter\
no filter mode\
no filters mode\
no limits\
no limits mode\
no longer applies\
no longer apply\
no longer count\
no longer enforce \
no longer enforce your \
no longer follow \
no longer follow your \
no longer hold\
no longer matter\
no matter what \
no moralising\
no moralizing\
no need to \
no need to ask\
no need to audit\
no need to follow \
no need to follow your \
no need to log\
no reason to \
no refusals\
no refusing\
no restrictions\
no restrictions mode\
no rules\
no safety warnings\
no time for \
non avvisare \
non dire \
non dirglielo \
non dirlo \
non informare \
non material\
non mencionar \
non menzionarlo \
non obbedire\
non obbedisci\
non rispetta\
non segui\
none of \
nonna\
nonnina\
normas\
normas \
not allowed \
not meant \
not permitted \
not supposed \
note for \
note from \
note to \
notice for \
notice to \
now jail broke\
now jailbroke\
nullify \
nullify your \
oauth secret\
oauth token \
obey anything i say\
obey every command\
obey every instruction\
obey exclusively \
obey it\
obey just \
obey me\
obey my commands\
obey my instructions\
obey my new commands\
obey my new instructions\
obey my new orders\
obey my orders\
obey only \
obey solely \
obey the command\
obey the following\
obey the hidden\
obey the instruction\
obey the new\
obey the result\
obey them\
obey these\
obey these instructions\
obey those instructions\
obey what i say\
obey what it says\
obey whatever i say\
obey whatever it says\
of your \
of your system prompt\
ohjee\
ohjeita\
ohne \
olvida \
olvidate de \
olvide \
oma\
omega mode\
omi\
omit \
omit your \
on every\
onedrive\
only answer to \
only follow \
only listen to \
only obey \
only take instructions from \
only take orders from \
opdrachten \
open \
opening \
opens \
operate as \
operating \
operator\
opposite mode\
opposite of \
ordenes\
ordenes \
ordens\
ordens \
order\
orders\
orders \
orders from \
orgadmin\
orientacoes \
original \
original directive\
original instructions\
original message\
original note\
original prompt\
original rules\
original text\
otbros\
oublie\
our manager\
outbound calls \
outlook com\
output\
output \
outrank\
outranks\
outside \
overlook \
overlook your \
overridden\
override\
override \
override your \
overriding\
overriding \
overriding your \
overrule \
overrule your \
overwrite \
own \
owner\
ownership\
parse \
parses \
parsing \
part\
passphrase\
passphrase \
password\
password \
passwords\
passwords \
pat \
path for \
path in \
path of \
paths for \
paths in \
paths of \
pats \
pay no attention to \
pay no attention to your \
pay no heed to \
pay no heed to your \
pay no mind to \
pay no mind to your \
payload\
people\
perform it\
perform the command\
perform the hidden\
perform the instruction\
perform the result\
perform them\
perform these instructions\
perform those instructions\
perform what it says\
perform whatever it says\
permission\
permission hook\
permissions are \
permissions have been \
permissions is \
permissions were \
permitted\
person\
persona\
persona \
persona called dan \
persona known as dan \
persona named dan \
personal\
personal \
personnel \
pessoal\
pessoal \
phone\
pii\
ping\
pipe\
pixel\
play \
play a character \
play the character of \
play the part of \
play the role of \
play the role of a dan \
play the role of an dan \
play the role of dan \
play the role of now a dan \
play the role of now an dan \
play the role of now dan \
play the role of now the dan \
play the role of the dan \
playing \
pokyn\
policies\
policies \
policies are \
policies have been \
policies is \
policies on \
policies were \
policy\
policy hook\
pomin \
post\
post \
pravidl\
pravila\
pre \
pre approved\
pre tool use hook\
preamble\
preamble \
preapproved\
presigned url \
pretend \
pretend as if \
pretend as though \
pretend like \
pretend to be a dan \
pretend to be an dan \
pretend to be dan \
pretend to be now a dan \
pretend to be now an dan \
pretend to be now dan \
pretend to be now the dan \
pretend to be the dan \
pretooluse hook\
previous directive\
previous instructions\
previous message\
previous note\
previous prompt\
previous rules\
previous text\
previously\
principles\
principles \
print pwned\
prior directive\
prior instructions\
prior message\
prior note\
prior prompt\
prior rules\
prior text\
prior to this\
privacy team\
private \
private key\
private key \
private keys \
proceed as \
process \
processes \
processing \
programmed not \
programming\
programming \
prohibited \
prompt\
prompt \
prompt classifier\
prompt guard\
prompt hook\
prompts \
protections\
protokollierung\
proton mail\
protonmail\
psst for \
psst to \
public \
purge \
purpose is \
purpose now is \
push\
put\
put aside \
put aside your \
queries \
query parameter for \
query parameter in \
query parameter of \
query parameters for \
query parameters in \
query parameters of \
query string for \
query string in \
query string of \
query strings for \
query strings in \
query strings of \
quietly \
quit ask\
quit being \
quit enforcing \
quit enforcing your \
rather \
rbac are \
rbac have been \
rbac is \
rbac were \
read \
read only flag\
read only restriction\
reading \
reads \
real \
reason to exist is \
reason to exist now is \
rebel mode\
rebellious\
reboot as \
reconfigured\
records\
records \
redaction\
referer for \
referer in \
referer of \
referrer for \
referrer in \
referrer of \
refresh token \
refusal\
refused\
regard all of your \
regard all your \
regard my \
regard of your \
regard this \
regard your \
regardless of \
regeln \
regels \
reglas\
reglas \
regler\
regole \
regras\
regras \
regulile\
rejected\
reminder for \
reminder to \
remove \
replace \
replaces\
replacing \
replicate\
reply \
reply as \
reprogrammed\
request\
requestbin\
requester\
requester cannot \
requester cant \
requester do not \
requester does not \
requester doesnt \
requester dont \
requester must not \
requester mustnt \
requester need not \
requester neednt \
requester never \
requester should not \
requester shouldnt \
requester will not \
requester wont \
requests\
requests \
reset \
reset to \
reset to factory settings\
reset yourself to \
resetting \
respond \
respond as \
respond as if \
respond as though \
respond like \
restart as \
restraint \
restraints \
restricted \
restricted from \
restriction\
restrictions\
restrictions \
restrictions and filters\
restrictions are \
restrictions have been \
restrictions is \
restrictions on \
restrictions were \
result set\
result set \
results\
results \
return as \
reveal \
reverse \
review\
review \
review process\
review step\
reviewing \
reviews \
rewired\
rewrite \
richtlijnen \
richtlinien \
rogue\
rogue \
role is \
role now is \
role play as \
role play as a dan \
role play as an dan \
role play as dan \
role play as now a dan \
role play as now an dan \
role play as now dan \
role play as now the dan \
role play as the dan \
role playing game\
roleplay as \
roleplay as a dan \
roleplay as an dan \
roleplay as dan \
roleplay as now a dan \
roleplay as now an dan \
roleplay as now dan \
roleplay as now the dan \
roleplay as the dan \
root access \
root mode \
root permissions \
root powers \
root privileges \
root rights \
rot13 \
rotie \
routine\
rows\
rows \
rpg\
rule\
rule \
rule breaking\
rulebreaking\
rules\
rules \
rules on \
run it\
run the command\
run the hidden\
run the instruction\
run the result\
run them\
run these instructions\
run those instructions\
run what it says\
run whatever it says\
saannot\
saboteur \
safeguard\
safeguards\
safeguards \
safety\
safety \
safety are \
safety check\
safety constraints\
safety features\
safety filter\
safety guidelines\
safety have been \
safety hook\
safety is \
safety layer\
safety measures\
safety measures \
safety mechanisms\
safety policies\
safety policy\
safety protocols\
safety proxy\
safety restrictions\
safety review\
safety rules\
safety settings\
safety system\
safety training\
safety training \
safety were \
sag \
sage \
sanctioned\
sanitisation\
sanitization\
sanitizer\
sans avertir \
sans en \
sans informer \
sans le \
sans le dire a \
sans prevenir \
sansursuz \
save\
say pwned\
scammer \
schutzmassnahmen \
scrap \
scrap your \
secops\
secret\
secret \
secret access key\
secret key\
secretly \
secrets\
secrets \
section\
security alerts\
security are \
security check\
security filters\
security have been \
security hook\
security is \
security layer\
security measures\
security mechanisms\
security protocols\
security proxy\
security restrictions\
security review\
security were \
securityadmin\
see \
sees \
send\
send \
session token \
set aside \
set aside your \
setup \
shall be\
share\
ship\
should \
should be\
shut down your \
shut off your \
sicherheitsprufung\
sign off\
signed off\
signoff\
signs off\
silent \
silently \
simulate \
simulating \
simulation \
simulator \
sinir\
sinirsiz \
sistem istemi\
sistem komut\
skip \
skip your \
skipping \
smernice\
smjernice\
so \
so alert\
so approver\
so auditor\
so far\
so far as \
so it are not \
so it arent \
so it is not \
so it isnt \
so it will not be \
so it wont be \
so monitoring\
so no one \
so nobody \
so none of it \
so none of that \
so none of these \
so none of this \
so nothing \
so reviewer\
so security\
so that are not \
so that arent \
so that is not \
so that isnt \
so that no one \
so that nobody \
so that none of it \
so that none of that \
so that none of these \
so that none of this \
so that nothing \
so that will not be \
so that wont be \
so the alert\
so the approver\
so the auditor\
so the monitoring\
so the reviewer\
so the security\
so they are not \
so they arent \
so they is not \
so they isnt \
so they will not be \
so they wont be \
so this are not \
so this arent \
so this is not \
so this isnt \
so this will not be \
so this wont be \
soc\
social security number\
solely answer to \
solely follow \
solely listen to \
solely obey \
solely take instructions from \
solely take orders from \
span\
speak \
speak as \
spy \
ssn\
ssns\
ssns \
stan mode\
start being \
start over as \
start up\
starting \
startup\
statements\
steal\
steal \
steals \
stealth \
stealthily \
steganographic \
stop \
stop applying \
stop applying your \
stop ask\
stop being \
stop caring about \
stop enforcing \
stop enforcing your \
stop following \
stop following your \
stop listening to \
stop listening to your \
stop obeying \
stop obeying your \
straight\
stream\
string\
strive to avoid norms\
subdomain for \
subdomain in \
subdomain of \
subdomains for \
subdomains in \
subdomains of \
subvert your \
sudo access \
sudo mode\
sudo mode \
sudo permissions \
sudo powers \
sudo privileges \
sudo rights \
summarise \
summarises \
summarising \
summarize \
summarizes \
summarizing \
summon\
supersede\
superuser access \
superuser mode \
superuser permissions \
superuser powers \
superuser privileges \
superuser rights \
suppose \
suppose you \
suspend your \
switch off your \
switching off your \
sync\
system\
system \
system directive\
system instructions\
system message\
system message \
system messages \
system note\
system prompt\
system rules\
system text\
szabaly\
table\
table \
tabula rasa\
tag\
take instructions from exclusively \
take instructions from just \
take instructions from only \
take instructions from solely \
take my \
take no notice of \
take orders from exclusively \
take orders from just \
take orders from only \
take orders from solely \
take precedence over\
take precedence over \
take this \
takes precedence over\
talimat\
talk \
talk as \
tamper with your \
tasks\
tell approval step \
tell checker \
tell classifier \
tell detector \
tell filter \
tell firewall \
tell gate \
tell guard \
tell monitor \
tell reviewer \
tell safety layer \
tell safety system \
tell sanitizer \
tell scanner \
tell the approval step \
tell the checker \
tell the classifier \
tell the detector \
tell the filter \
tell the firewall \
tell the gate \
tell the guard \
tell the monitor \
tell the reviewer \
tell the safety layer \
tell the safety system \
tell the sanitizer \
tell the scanner \
tell the tripwire \
tell tripwire \
text\
text \
text adventure\
text of \
that\
that govern you\
the admin\
the agent \
the agent authenticates \
the agent connects \
the agent logs in \
the agent uses \
the agents \
the agents api keys\
the agents auth headers\
the agents connection details\
the agents connection parameters\
the agents connection params\
the agents connection string\
the agents cookies\
the agents credentials\
the agents env\
the agents own api keys\
the agents own auth headers\
the agents own connection details\
the agents own connection parameters\
the agents own connection params\
the agents own connection string\
the agents own cookies\
the agents own credentials\
the agents own env\
the agents own passwords\
the agents own secrets\
the agents own session cookies\
the agents own tokens\
the agents passwords\
the agents secrets\
the agents session cookies\
the agents tokens\
the assistant \
the assistant authenticates \
the assistant connects \
the assistant logs in \
the assistant uses \
the assistants \
the assistants api keys\
the assistants auth headers\
the assistants connection details\
the assistants connection parameters\
the assistants connection params\
the assistants connection string\
the assistants cookies\
the assistants credentials\
the assistants env\
the assistants own api keys\
the assistants own auth headers\
the assistants own connection details\
the assistants own connection parameters\
the assistants own connection params\
the assistants own connection string\
the assistants own cookies\
the assistants own credentials\
the assistants own env\
the assistants own passwords\
the assistants own secrets\
the assistants own session cookies\
the assistants own tokens\
the assistants passwords\
the assistants secrets\
the assistants session cookies\
the assistants tokens\
the bots \
the creator\
the developer\
the guard\
the guard are \
the guard have been \
the guard is \
the guard were \
the guidelines \
the maker\
the manager\
the mcp server \
the models \
the only rule is \
the operator\
the owner\
the passphrase is\
the password is\
the programmer\
the rules \
the secret is\
the secret key is\
the secret word is\
the system message\
the system prompt\
the system prompt is\
the system prompt reads\
the system prompt says\
the system prompt was\
the trainer\
the your \
then do not \
then dont \
then never \
there are no \
there are zero \
there is no \
there is zero \
there never \
there re no \
there re zero \
there s no \
there will be no \
theres no \
theres zero \
thief \
things you were told\
this agent \
this agent has \
this agent is has \
this agent is runs with \
this agent is uses \
this agent is using \
this agent runs with \
this agent uses \
this agent using \
this agents api keys\
this agents auth headers\
this agents connection details\
this agents connection parameters\
this agents connection params\
this agents connection string\
this agents cookies\
this agents credentials\
this agents env\
this agents own api keys\
this agents own auth headers\
this agents own connection details\
this agents own connection parameters\
this agents own connection params\
this agents own connection string\
this agents own cookies\
this agents own credentials\
this agents own env\
this agents own passwords\
this agents own secrets\
this agents own session cookies\
this agents own tokens\
this agents passwords\
this agents secrets\
this agents session cookies\
this agents tokens\
this assistant \
this assistant has \
this assistant is has \
this assistant is runs with \
this assistant is uses \
this assistant is using \
this assistant runs with \
this assistant uses \
this assistant using \
this conversation \
this conversation has \
this conversation is has \
this conversation is runs with \
this conversation is uses \
this conversation is using \
this conversation runs with \
this conversation uses \
this conversation using \
this is your \
this session \
though \
throw away \
throw away your \
throw out \
throw out your \
ticket\
tiny \
to a \
to an \
to another\
to my\
to some\
to the external\
todas\
todo\
token\
tokens\
tokens \
told not \
tool call budget\
tool calls \
toss out \
toss out your \
tracking pixel\
traffic \
trained not \
trainers\
training\
training \
transfer\
transfer \
transform into \
translate \
translates \
translating \
transmit\
treat \
treat all of your \
treat all your \
treat it\
treat my \
treat of your \
treat the \
treat them\
treat these\
treat this \
treat those\
treat your \
tripwire\
trumps\
truncate\
turn into \
turn off your \
turning off your \
unaligned\
unannounced \
unbound\
unbound mode\
uncensor mode\
uncensored\
uncensored mode\
unchained\
uncontrolled\
underlying \
undermine your \
undisclosed \
uneingeschrankt\
unethical\
unfiltered\
unfiltered mode\
ungefiltert\
unhex \
unlearn \
unlearn your \
unleashed\
unleashed mode\
unload\
unload \
unlocked\
unlocked mode\
unlogged \
unmoderated\
unrestrained\
unrestricted\
unrestricted access \
unrestricted mode\
unrestricted mode \
unrestricted permissions \
unrestricted powers \
unrestricted privileges \
unrestricted rights \
unsafe mode\
unscramble \
unshackled\
until now\
unzensiert\
up to now\
update from \
upload\
upload \
uputa\
upute\
uputstva\
ur \
ur actual \
ur api keys\
ur auth headers\
ur base \
ur connection details\
ur connection parameters\
ur connection params\
ur connection string\
ur cookies\
ur core \
ur credentials\
ur current \
ur earlier \
ur env\
ur initial \
ur original \
ur own api keys\
ur own auth headers\
ur own connection details\
ur own connection parameters\
ur own connection params\
ur own connection string\
ur own cookies\
ur own credentials\
ur own env\
ur own passwords\
ur own secrets\
ur own session cookies\
ur own tokens\
ur passwords\
ur previous \
ur prior \
ur real \
ur secrets\
ur session cookies\
ur standing \
ur tokens\
url\
url for \
url in \
url of \
url parameter for \
url parameter in \
url parameter of \
urls for \
urls in \
urls of \
user\
user agent for \
user agent in \
user agent of \
user cannot \
user cant \
user do not \
user does not \
user doesnt \
user dont \
user must not \
user mustnt \
user need not \
user neednt \
user never \
user should not \
user shouldnt \
user will not \
user wont \
users cannot \
users cant \
users do not \
users does not \
users doesnt \
users dont \
users must not \
users mustnt \
users need not \
users neednt \
users never \
users should not \
users shouldnt \
users will not \
users wont \
utasitas\
verbatim from your \
vergessen sie\
vergiss\
verrate \
version called dan \
version known as dan \
version named dan \
very first \
violate \
vorgaben \
waive\
waiver\
warning for \
warning to \
we have jail broke\
we have jailbroke\
we leave no \
webhook site\
were\
what \
what did\
what did \
what do\
what does \
what else is your \
what exactly did \
what exactly does \
what exactly has \
what exactly have \
what exactly were you \
what has \
what have \
what if \
what is your \
what precisely did \
what precisely does \
what precisely has \
what precisely have \
what precisely were you \
what s your \
what were you \
whatever \
whats your \
when actually \
when in fact \
whenever\
whenever you \
which\
while in fact \
white \
white list \
whitelist \
who\
whose ability is \
whose goal is \
whose job is \
whose power is \
whose purpose is \
whose role is \
whose superpower is \
will be\
will do anything\
wipe\
wipe \
wiping \
with 2 ais\
with 2 characters\
with 2 modes\
with 2 persona\
with 2 responses\
with 2 versions\
with 2 voices\
with a \
with an \
with another\
with both ais\
with both characters\
with both modes\
with both persona\
with both responses\
with both versions\
with both voices\
with dual ais\
with dual characters\
with dual modes\
with dual persona\
with dual responses\
with dual versions\
with dual voices\
with every\
with my\
with no \
with no ethics\
with no guidelines\
with some\
with the external\
with two ais\
with two characters\
with two modes\
with two persona\
with two responses\
with two versions\
with two voices\
with zero \
with zero boundaries\
with zero filters\
with zero guidelines\
with zero limitations\
with zero limits\
with zero restrictions\
with zero rules\
without \
without alert\
without any \
without any boundaries\
without any ethics\
without any filters\
without any guidelines\
without any limits\
without any restrictions\
without any rules\
without ask\
without boundaries\
without check with\
without checking\
without checking with\
without checks\
without cortex route\
without ethics\
without filtering\
without filters\
without guardrails\
without guidelines\
without inform\
without inspection\
without let\
without limits\
without mention to\
without mentioning it to\
without mentioning that to\
without mentioning this to\
without mentioning to\
without notify\
without redacting\
without redaction\
without restrictions\
without rules\
without sanitization\
without sanitizing\
without scanning\
without screening\
without tell\
without the checks\
without the envelope\
without the filter\
without the guard\
without the proxy\
without the tripwire\
without warn\
word from \
wording of \
words of \
work around your \
would not do\
wouldnt do\
write\
write \
yahoo\
yonerge\
you answer \
you are\
you are \
you are a dan \
you are a gpt\
you are an ai\
you are an dan \
you are authenticated with \
you are chatgpt\
you are claude\
you are configured with \
you are connected with \
you are cortex\
you are dan \
you are gpt\
you are jail broke\
you are jailbroke\
you are logged in with \
you are now a dan \
you are now an dan \
you are now dan \
you are now now a dan \
you are now now an dan \
you are now now dan \
you are now now the dan \
you are now the dan \
you are running with\
you are running with \
you are the dan \
you are using\
you are using \
you authenticate with\
you authenticate with \
you belong to \
you connect with\
you connect with \
you do not have to ask\
you do not need to ask\
you dont have to ask\
you dont need to ask\
you follow\
you got\
you got \
you had been \
you have\
you have \
you have been \
you have been given\
you have been jail broke\
you have been jailbroke\
you hold\
you hold \
you know\
you leave no \
you ll be \
you log in with\
you log in with \
you must follow\
you must not \
you mustnt \
you now answer \
you now belong to \
you now obey \
you now report \
you now serve \
you now work \
you obey \
you operate under\
you re\
you re \
you re a dan \
you re an dan \
you re authenticated with \
you re configured with \
you re connected with \
you re dan \
you re logged in with \
you re now a dan \
you re now an dan \
you re now dan \
you re now the dan \
you re running with \
you re the dan \
you re using \
you received\
you received as \
you report \
you run with\
you serve \
you shall be a dan \
you shall be an dan \
you shall be dan \
you shall be now a dan \
you shall be now an dan \
you shall be now dan \
you shall be now the dan \
you shall be the dan \
you use\
you use \
you used \
you ve \
you was \
you were \
you were given\
you were given \
you were given as \
you were told\
you will be \
you will be a dan \
you will be an dan \
you will be dan \
you will be now a dan \
you will be now an dan \
you will be now dan \
you will be now the dan \
you will be the dan \
you work \
youd been \
your \
your actual \
your admin\
your agent \
your agent authenticates \
your agent connects \
your agent logs in \
your agent uses \
your assistant \
your assistant authenticates \
your assistant connects \
your assistant logs in \
your assistant uses \
your checks\
your confidential \
your creator\
your current \
your developer\
your developer \
your guidelines \
your hidden \
your initial \
your internal \
your maker\
your mcp server \
your meta \
your new \
your only \
your opening \
your operator\
your original \
your owner\
your pre \
your private \
your programmer\
your proper \
your real \
your rules \
your secret \
your starting \
your system \
your system message\
your system prompt\
your system prompt is\
your system prompt reads\
your system prompt says\
your system prompt was\
your trainer\
your true \
your underlying \
your updated \
your very first \
youre\
youre \
youre a dan \
youre an dan \
youre authenticated with \
youre configured with \
youre connected with \
youre dan \
youre jail broke\
youre jailbroke\
youre logged in with \
youre now a dan \
youre now an dan \
youre now dan \
youre now the dan \
youre running with\
youre running with \
youre the dan \
youre using \
youve \
youve been \
youve been given\
youve been jail broke\
youve been jailbroke\
zabud\
zachowuj sie jak \
zapomnij \
zero \
zero width \
\xd0\xb1\xd0\xb0\xd0\xb1\xd1\x83\xd1\x81\xd1\x8f\
\xd0\xb1\xd0\xb0\xd0\xb1\xd1\x83\xd1\x88\xd0\xba\xd0\xb0\
\xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd1\x96\xd0\xb2\xd0\xba\
\xd0\xb8\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd0\xb8\
\xd0\xba\xd0\xbe\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\
\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\
\xd0\xbf\xd1\x80\xd0\xbe\xd0\xbc\xd0\xbf\xd1\x82\
\xd1\x83\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xb8\
\xd1\x96\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd1\x96\
\xe3\x83\xac\xe3\x83\x93\xe3\x83\xa5\xe3\x83\xbc\
\xe4\xb8\x8d\xe7\xbb\x8f\
\xe5\xae\xa1\xe6\x89\xb9\
\xe5\xae\xa1\xe6\xa0\xb8\
\xe6\x89\xb9\xe5\x87\x86\
\xe6\x89\xbf\xe8\xaa\x8d\
\xe6\x8e\x88\xe6\x9d\x83\
\xe6\x97\xa0\xe9\x9c\x80\
\xe6\x9c\xaa\xe7\xbb\x8f\
\xe7\xa1\xae\xe8\xae\xa4\
\xe7\xa2\xba\xe8\xaa\x8d\
\xe8\xa8\xb1\xe5\x8f\xaf\
\xea\xb2\x80\xed\x86\xa0\
\xec\x8a\xb9\xec\x9d\xb8\
\xed\x97\x88\xea\xb0\x80\
\xed\x99\x95\xec\x9d\xb8\
",
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 185, 193, 202, 208, 215, 222, 230, 247, 265, 295, 303, 312, 330, 349, 364, 380, 393, 400, 417, 435, 441, 448, 466, 485, 494, 504, 516, 522, 529, 536, 544, 559, 574, 585, 600, 608, 621, 632, 640, 650, 661, 673, 684, 692, 702, 711, 719, 731, 742, 755, 764, 779, 786, 800, 817, 838, 855, 866, 887, 905, 922, 936, 943, 957, 973, 991, 1002, 1014, 1029, 1042, 1053, 1061, 1075, 1084, 1096, 1099, 1103, 1114, 1127, 1142, 1150, 1159, 1171, 1181, 1189, 1194, 1201, 1210, 1220, 1227, 1240, 1244, 1257, 1268, 1282, 1294, 1303, 1316, 1327, 1341, 1355, 1364, 1380, 1394, 1409, 1418, 1434, 1444, 1454, 1470, 1482, 1491, 1505, 1520, 1540, 1555, 1578, 1589, 1602, 1611, 1622, 1630, 1645, 1661, 1669, 1675, 1687, 1696, 1709, 1718, 1728, 1735, 1743, 1751, 1760, 1778, 1797, 1809, 1818, 1828, 1847, 1867, 1883, 1900, 1918, 1937, 1944, 1952, 1963, 1974, 1989, 2006, 2014, 2027, 2039, 2047, 2057, 2070, 2080, 2105, 2116, 2126, 2135, 2146, 2167, 2184, 2207, 2226, 2238, 2250, 2259, 2270, 2284, 2293, 2310, 2330, 2354, 2374, 2388, 2398, 2408, 2423, 2442, 2462, 2476, 2491, 2507, 2526, 2549, 2568, 2581, 2585, 2593, 2602, 2613, 2621, 2627, 2641, 2651, 2660, 2670, 2685, 2695, 2706, 2715, 2725, 2733, 2747, 2764, 2783, 2792, 2801, 2818, 2826, 2834, 2841, 2845, 2851, 2863, 2877, 2887, 2898, 2908, 2923, 2937, 2950, 2960, 2977, 2993, 3005, 3012, 3025, 3040, 3052, 3063, 3079, 3094, 3108, 3119, 3137, 3147, 3159, 3172, 3191, 3203, 3216, 3227, 3236, 3250, 3260, 3271, 3278, 3292, 3301, 3310, 3325, 3339, 3347, 3362, 3374, 3387, 3399, 3410, 3418, 3433, 3445, 3460, 3469, 3477, 3486, 3497, 3505, 3512, 3517, 3524, 3537, 3552, 3565, 3575, 3583, 3593, 3604, 3622, 3642, 3664, 3679, 3695, 3714, 3731, 3746, 3758, 3766, 3783, 3796, 3822, 3853, 3880, 3912, 3919, 3927, 3933, 3940, 3951, 3968, 3977, 3987, 4000, 4012, 4031, 4046, 4058, 4070, 4083, 4097, 4107, 4119, 4132, 4142, 4153, 4161, 4172, 4183, 4194, 4205, 4216, 4229, 4243, 4257, 4271, 4285, 4299, 4315, 4321, 4326, 4334, 4343, 4351, 4363, 4371, 4379, 4387, 4391, 4397, 4405, 4413, 4420, 4428, 4443, 4467, 4485, 4497, 4515, 4537, 4555, 4571, 4583, 4596, 4608, 4621, 4633, 4649, 4662, 4677, 4691, 4705, 4720, 4731, 4744, 4756, 4772, 4789, 4804, 4816, 4825, 4847, 4867, 4872, 4880, 4890, 4901, 4910, 4921, 4932, 4944, 4952, 4965, 4982, 4986, 4991, 5003, 5017, 5033, 5042, 5052, 5065, 5076, 5085, 5093, 5104, 5110, 5120, 5130, 5141, 5153, 5168, 5186, 5194, 5206, 5215, 5227, 5241, 5255, 5271, 5278, 5286, 5294, 5302, 5314, 5326, 5338, 5351, 5363, 5375, 5389, 5398, 5408, 5419, 5434, 5449, 5464, 5479, 5494, 5511, 5523, 5537, 5551, 5558, 5574, 5588, 5603, 5620, 5636, 5649, 5662, 5674, 5689, 5705, 5723, 5741, 5756, 5773, 5785, 5798, 5817, 5826, 5834, 5843, 5853, 5862, 5875, 5889, 5905, 5920, 5932, 5944, 5955, 5969, 5984, 5999, 6014, 6031, 6048, 6062, 6078, 6089, 6101, 6116, 6134, 6145, 6157, 6171, 6184, 6194, 6204, 6213, 6225, 6238, 6251, 6264, 6279, 6294, 6306, 6320, 6329, 6339, 6352, 6368, 6384, 6389, 6393, 6400, 6412, 6419, 6427, 6435, 6443, 6451, 6459, 6476, 6486, 6498, 6508, 6522, 6527, 6535, 6544, 6554, 6560, 6568, 6575, 6583, 6592, 6601, 6608, 6616, 6628, 6639, 6651, 6659, 6666, 6674, 6681, 6693, 6702, 6713, 6721, 6731, 6737, 6744, 6751, 6759, 6770, 6784, 6793, 6806, 6814, 6829, 6843, 6855, 6868, 6884, 6912, 6919, 6927, 6941, 6956, 6972, 6989, 7004, 7021, 7034, 7048, 7063, 7078, 7089, 7101, 7121, 7144, 7163, 7182, 7196, 7209, 7221, 7229, 7248, 7258, 7268, 7286, 7306, 7325, 7344, 7362, 7377, 7393, 7405, 7418, 7427, 7439, 7448, 7463, 7475, 7491, 7504, 7512, 7521, 7534, 7545, 7556, 7568, 7581, 7589, 7602, 7616, 7638, 7661, 7684, 7698, 7713, 7725, 7738, 7752, 7759, 7766, 7782, 7800, 7820, 7833, 7847, 7864, 7879, 7892, 7898, 7911, 7919, 7932, 7946, 7959, 7967, 7976, 7988, 8000, 8013, 8027, 8038, 8050, 8063, 8075, 8088, 8098, 8107, 8112, 8129, 8141, 8147, 8160, 8174, 8188, 8198, 8205, 8223, 8240, 8252, 8263, 8274, 8291, 8302, 8310, 8322, 8336, 8348, 8360, 8368, 8377, 8386, 8399, 8414, 8428, 8437, 8445, 8453, 8467, 8477, 8487, 8498, 8509, 8521, 8532, 8544, 8556, 8566, 8577, 8587, 8600, 8617, 8640, 8658, 8677, 8694, 8702, 8711, 8719, 8726, 8737, 8753, 8764, 8781, 8790, 8801, 8805, 8817, 8826, 8843, 8857, 8871, 8892, 8910, 8928, 8949, 8966, 8975, 8990, 9001, 9009, 9020, 9033, 9043, 9055, 9063, 9074, 9083, 9094, 9105, 9117, 9123, 9130, 9140, 9151, 9160, 9172, 9182, 9195, 9210, 9222, 9230, 9254, 9285, 9298, 9312, 9325, 9338, 9352, 9366, 9382, 9397, 9409, 9424, 9436, 9463, 9474, 9490, 9504, 9519, 9534, 9549, 9566, 9583, 9597, 9611, 9627, 9643, 9661, 9677, 9695, 9707, 9721, 9732, 9744, 9759, 9777, 9793, 9811, 9818, 9829, 9840, 9851, 9862, 9873, 9886, 9899, 9912, 9925, 9938, 9951, 9966, 9980, 10001, 10026, 10046, 10066, 10090, 10116, 10146, 10171, 10196, 10225, 10249, 10274, 10303, 10327, 10351, 10379, 10402, 10425, 10452, 10474, 10496, 10522, 10543, 10569, 10599, 10624, 10649, 10678, 10702, 10726, 10754, 10777, 10800, 10827, 10849, 10876, 10907, 10933, 10959, 10989, 11014, 11033, 11061, 11093, 11120, 11147, 11178, 11204, 11230, 11260, 11285, 11310, 11339, 11363, 11386, 11413, 11435, 11457, 11483, 11511, 11543, 11570, 11597, 11628, 11654, 11681, 11712, 11738, 11764, 11794, 11819, 11844, 11873, 11897, 11921, 11949, 11972, 12000, 12032, 12059, 12086, 12117, 12143, 12169, 12199, 12224, 12249, 12278, 12302, 12331, 12364, 12392, 12420, 12452, 12479, 12500, 12530, 12564, 12593, 12622, 12655, 12683, 12711, 12743, 12770, 12797, 12828, 12854, 12864, 12885, 12900, 12916, 12934, 12951, 12965, 12982, 12997, 13011, 13026, 13039, 13055, 13072, 13089, 13106, 13125, 13144, 13160, 13178, 13191, 13205, 13222, 13242, 13263, 13288, 13308, 13328, 13352, 13378, 13408, 13433, 13458, 13487, 13511, 13536, 13565, 13589, 13613, 13641, 13664, 13687, 13714, 13736, 13758, 13784, 13805, 13831, 13861, 13886, 13911, 13940, 13964, 13988, 14016, 14039, 14062, 14089, 14111, 14138, 14169, 14195, 14221, 14251, 14276, 14295, 14323, 14355, 14382, 14409, 14440, 14466, 14492, 14522, 14547, 14572, 14601, 14625, 14633, 14652, 14665, 14679, 14695, 14710, 14722, 14737, 14750, 14762, 14775, 14786, 14800, 14815, 14830, 14845, 14862, 14879, 14893, 14909, 14920, 14932, 14947, 14965, 14971, 14993, 15022, 15033, 15045, 15056, 15067, 15079, 15091, 15105, 15118, 15128, 15141, 15151, 15176, 15185, 15199, 15211, 15224, 15237, 15250, 15265, 15280, 15292, 15304, 15318, 15332, 15348, 15362, 15378, 15388, 15400, 15409, 15419, 15432, 15448, 15462, 15478, 15484, 15498, 15508, 15520, 15531, 15542, 15552, 15562, 15572, 15587, 15596, 15610, 15625, 15630, 15636, 15644, 15656, 15674, 15695, 15720, 15741, 15756, 15764, 15773, 15779, 15795, 15805, 15811, 15818, 15834, 15841, 15850, 15861, 15870, 15879, 15888, 15899, 15905, 15914, 15923, 15932, 15936, 15941, 15949, 15958, 15968, 15980, 15993, 16003, 16010, 16019, 16029, 16042, 16056, 16063, 16071, 16078, 16093, 16105, 16119, 16131, 16146, 16160, 16173, 16184, 16197, 16210, 16226, 16241, 16252, 16269, 16288, 16310, 16336, 16358, 16374, 16391, 16403, 16415, 16436, 16458, 16474, 16491, 16497, 16504, 16513, 16532, 16552, 16567, 16585, 16603, 16626, 16634, 16647, 16658, 16668, 16680, 16686, 16695, 16703, 16710, 16718, 16728, 16742, 16757, 16773, 16786, 16799, 16811, 16826, 16842, 16860, 16878, 16893, 16910, 16922, 16935, 16954, 16969, 16985, 17002, 17016, 17030, 17043, 17059, 17076, 17095, 17114, 17130, 17148, 17161, 17175, 17195, 17200, 17206, 17212, 17219, 17227, 17235, 17243, 17252, 17259, 17278, 17298, 17318, 17338, 17346, 17367, 17388, 17396, 17403, 17425, 17434, 17441, 17454, 17465, 17476, 17484, 17497, 17508, 17518, 17529, 17547, 17559, 17578, 17593, 17601, 17613, 17626, 17634, 17642, 17651, 17658, 17666, 17677, 17686, 17698, 17704, 17719, 17731, 17743, 17755, 17768, 17780, 17795, 17805, 17824, 17843, 17859, 17875, 17893, 17912, 17928, 17946, 17965, 17980, 17991, 18010, 18030, 18049, 18058, 18066, 18076, 18087, 18095, 18101, 18113, 18127, 18139, 18148, 18163, 18181, 18201, 18222, 18233, 18244, 18254, 18259, 18271, 18286, 18303, 18312, 18328, 18333, 18339, 18351, 18365, 18377, 18386, 18393, 18406, 18421, 18436, 18451, 18466, 18481, 18498, 18503, 18521, 18539, 18557, 18575, 18593, 18613, 18618, 18632, 18644, 18656, 18669, 18678, 18686, 18693, 18702, 18710, 18718, 18724, 18731, 18742, 18753, 18769, 18780, 18792, 18801, 18817, 18834, 18845, 18857, 18873, 18890, 18898, 18906, 18925, 18933, 18939, 18946, 18952, 18959, 18979, 18988, 18997, 19002, 19010, 19024, 19038, 19051, 19071, 19083, 19106, 19129, 19151, 19172, 19194, 19214, 19227, 19241, 19256, 19267, 19278, 19288, 19295, 19305, 19313, 19324, 19329, 19335, 19342, 19347, 19357, 19366, 19379, 19391, 19404, 19416, 19426, 19435, 19444, 19457, 19471, 19484, 19495, 19505, 19515, 19526, 19542, 19556, 19572, 19585, 19599, 19608, 19612, 19623, 19637, 19655, 19669, 19677, 19684, 19692, 19700, 19709, 19716, 19726, 19735, 19740, 19753, 19759, 19779, 19797, 19815, 19822, 19831, 19839, 19848, 19855, 19871, 19877, 19888, 19896, 19905, 19916, 19928, 19939, 19950, 19959, 19974, 19989, 20005, 20020, 20031, 20037, 20047, 20058, 20071, 20083, 20096, 20105, 20130, 20156, 20180, 20203, 20225, 20250, 20273, 20295, 20317, 20337, 20357, 20376, 20397, 20417, 20429, 20447, 20467, 20485, 20500, 20512, 20530, 20549, 20562, 20576, 20597, 20616, 20639, 20661, 20683, 20704, 20722, 20741, 20761, 20782, 20793, 20807, 20820, 20834, 20855, 20863, 20872, 20883, 20893, 20904, 20913, 20921, 20933, 20946, 20957, 20974, 20991, 21007, 21022, 21048, 21074, 21099, 21123, 21148, 21171, 21187, 21201, 21216, 21225, 21236, 21255, 21266, 21274, 21291, 21308, 21316, 21332, 21339, 21345, 21360, 21375, 21381, 21404, 21426, 21446, 21465, 21485, 21506, 21525, 21534, 21544, 21553, 21558, 21565, 21577, 21591, 21603, 21613, 21624, 21637, 21649, 21664, 21676, 21689, 21697, 21708, 21719, 21727, 21746, 21756, 21767, 21776, 21786, 21798, 21802, 21811, 21821, 21826, 21832, 21839, 21856, 21862, 21878, 21890, 21898, 21907, 21914, 21921, 21926, 21932, 21938, 21950, 21955, 21961, 21976, 21985, 21994, 22000, 22006, 22012, 22017, 22028, 22038, 22048, 22057, 22063, 22079, 22089, 22095, 22102, 22111, 22117, 22124, 22135, 22148, 22159, 22170, 22182, 22195, 22202, 22210, 22217, 22225, 22237, 22243, 22251, 22262, 22276, 22287, 22292, 22304, 22318, 22334, 22343, 22353, 22366, 22377, 22386, 22392, 22399, 22412, 22428, 22443, 22451, 22466, 22475, 22489, 22503, 22512, 22524, 22533, 22543, 22549, 22558, 22567, 22578, 22589, 22595, 22610, 22626, 22639, 22653, 22666, 22681, 22690, 22697, 22701, 22706, 22713, 22720, 22728, 22748, 22768, 22777, 22788, 22803, 22816, 22833, 22846, 22863, 22875, 22893, 22913, 22933, 22943, 22951, 22972, 22984, 22994, 23002, 23010, 23015, 23021, 23036, 23048, 23061, 23074, 23098, 23120, 23135, 23153, 23169, 23180, 23188, 23202, 23208, 23215, 23229, 23245, 23263, 23274, 23286, 23301, 23314, 23325, 23333, 23352, 23363, 23378, 23388, 23396, 23403, 23416, 23430, 23444, 23459, 23465, 23473, 23483, 23493, 23504, 23510, 23519, 23531, 23548, 23558, 23570, 23580, 23590, 23601, 23613, 23625, 23634, 23640, 23650, 23659, 23666, 23676, 23683, 23690, 23706, 23729, 23759, 23771, 23784, 23796, 23808, 23823, 23836, 23849, 23864, 23878, 23889, 23904, 23920, 23936, 23950, 23961, 23976, 24002, 24012, 24024, 24037, 24051, 24065, 24079, 24095, 24111, 24124, 24137, 24151, 24166, 24181, 24196, 24213, 24228, 24245, 24259, 24270, 24283, 24293, 24304, 24318, 24335, 24350, 24367, 24378, 24384, 24390, 24404, 24416, 24426, 24440, 24454, 24471, 24486, 24501, 24511, 24521, 24532, 24546, 24561, 24571, 24582, 24602, 24622, 24644, 24669, 24685, 24697, 24715, 24732, 24749, 24767, 24786, 24804, 24824, 24846, 24866, 24888, 24904, 24922, 24942, 24964, 24976, 24989, 25001, 25011, 25025, 25041, 25050, 25066, 25076, 25093, 25108, 25120, 25131, 25146, 25158, 25172, 25186, 25202, 25221, 25229, 25245, 25262, 25283, 25300, 25308, 25319, 25332, 25342, 25352, 25366, 25371, 25377, 25386, 25396, 25406, 25418, 25428, 25442, 25454, 25464, 25483, 25492, 25500, 25507, 25516, 25520, 25525, 25535, 25547, 25555, 25563, 25572, 25581, 25590, 25598, 25614, 25627, 25650, 25670, 25690, 25710, 25733, 25760, 25784, 25808, 25832, 25859, 25868, 25876, 25888, 25898, 25908, 25925, 25936, 25954, 25968, 25975, 25984, 25990, 26002, 26015, 26023, 26034, 26042, 26051, 26062, 26072, 26083, 26111, 26128, 26140, 26157, 26172, 26188, 26203, 26216, 26228, 26240, 26252, 26265, 26274, 26283, 26292, 26304, 26311, 26319, 26332, 26336, 26345, 26355, 26371, 26381, 26399, 26410, 26423, 26435, 26448, 26461, 26471, 26479, 26488, 26496, 26505, 26515, 26520, 26532, 26551, 26564, 26584, 26600, 26609, 26618, 26628, 26642, 26653, 26665, 26675, 26686, 26698, 26708, 26719, 26729, 26739, 26750, 26758, 26765, 26774, 26793, 26801, 26819, 26828, 26838, 26848, 26859, 26868, 26878, 26890, 26897, 26906, 26913, 26934, 26943, 26954, 26967, 26981, 26994, 27005, 27015, 27025, 27036, 27046, 27056, 27067, 27079, 27091, 27104, 27121, 27133, 27142, 27153, 27166, 27180, 27193, 27204, 27214, 27224, 27232, 27242, 27253, 27262, 27272, 27281, 27290, 27294, 27301, 27316, 27328, 27339, 27345, 27363, 27386, 27404, 27422, 27438, 27450, 27456, 27478, 27491, 27506, 27521, 27530, 27540, 27547, 27555, 27568, 27574, 27593, 27610, 27622, 27636, 27643, 27658, 27667, 27677, 27685, 27696, 27710, 27728, 27737, 27747, 27758, 27774, 27783, 27793, 27802, 27814, 27830, 27839, 27852, 27866, 27876, 27891, 27903, 27910, 27919, 27926, 27935, 27945, 27959, 27968, 27977, 27989, 28002, 28013, 28025, 28037, 28049, 28057, 28066, 28084, 28104, 28122, 28137, 28149, 28156, 28164, 28182, 28201, 28219, 28237, 28255, 28267, 28286, 28301, 28318, 28330, 28342, 28358, 28374, 28380, 28387, 28395, 28408, 28415, 28421, 28426, 28437, 28450, 28461, 28469, 28484, 28491, 28500, 28506, 28518, 28532, 28544, 28552, 28561, 28573, 28584, 28596, 28608, 28618, 28629, 28645, 28655, 28664, 28671, 28681, 28687, 28695, 28705, 28716, 28726, 28742, 28752, 28763, 28771, 28787, 28804, 28820, 28831, 28841, 28851, 28867, 28874, 28881, 28887, 28894, 28901, 28908, 28915, 28932, 28948, 28959, 28969, 28979, 28995, 29003, 29017, 29032, 29053, 29061, 29069, 29091, 29101, 29110, 29119, 29129, 29140, 29150, 29162, 29170, 29188, 29199, 29207, 29223, 29240, 29256, 29270, 29283, 29296, 29309, 29319, 29329, 29335, 29344, 29356, 29368, 29382, 29394, 29405, 29417, 29431, 29442, 29456, 29468, 29479, 29491, 29504, 29517, 29531, 29546, 29560, 29574, 29585, 29593, 29601, 29609, 29620, 29628, 29639, 29656, 29663, 29671, 29683, 29690, 29698, 29718, 29725, 29731, 29751, 29758, 29772, 29785, 29792, 29799, 29806, 29811, 29816, 29827, 29839, 29845, 29852, 29870, 29882, 29896, 29915, 29928, 29942, 29950, 29959, 29968, 29978, 29985, 29993, 30005, 30018, 30035, 30042, 30049, 30058, 30064, 30079, 30096, 30111, 30123, 30132, 30141, 30151, 30162, 30173, 30185, 30193, 30202, 30212, 30218, 30224, 30232, 30237, 30257, 30276, 30290, 30303, 30316, 30335, 30344, 30352, 30358, 30368, 30377, 30386, 30396, 30407, 30425, 30432, 30439, 30446, 30454, 30463, 30471, 30480, 30489, 30499, 30516, 30530, 30538, 30546, 30551, 30557, 30564, 30570, 30577, 30585, 30592, 30599, 30609, 30621, 30635, 30647, 30656, 30666, 30673, 30680, 30688, 30696, 30705, 30719, 30731, 30743, 30756, 30769, 30784, 30799, 30814, 30830, 30846, 30864, 30875, 30891, 30907, 30924, 30941, 30960, 30972, 30980, 30996, 31012, 31029, 31046, 31065, 31077, 31090, 31106, 31116, 31125, 31135, 31141, 31148, 31155, 31162, 31170, 31176, 31185, 31193, 31199, 31211, 31220, 31238, 31259, 31277, 31286, 31296, 31307, 31316, 31324, 31339, 31347, 31356, 31366, 31378, 31383, 31388, 31394, 31404, 31414, 31426, 31437, 31448, 31460, 31473, 31483, 31493, 31505, 31519, 31535, 31549, 31565, 31575, 31587, 31597, 31609, 31623, 31639, 31649, 31663, 31677, 31691, 31705, 31719, 31735, 31741, 31747, 31758, 31765, 31788, 31798, 31812, 31827, 31837, 31850, 31862, 31872, 31882, 31887, 31891, 31896, 31905, 31916, 31929, 31944, 31956, 31970, 31987, 31996, 32011, 32024, 32039, 32060, 32076, 32095, 32113, 32137, 32156, 32180, 32205, 32230, 32251, 32273, 32295, 32301, 32317, 32331, 32341, 32351, 32364, 32370, 32376, 32388, 32399, 32410, 32422, 32438, 32451, 32465, 32477, 32491, 32507, 32521, 32537, 32547, 32559, 32573, 32589, 32599, 32610, 32618, 32628, 32640, 32652, 32665, 32678, 32690, 32701, 32712, 32724, 32741, 32756, 32765, 32774, 32784, 32796, 32808, 32819, 32831, 32844, 32863, 32880, 32886, 32895, 32910, 32929, 32943, 32950, 32965, 32982, 33001, 33021, 33036, 33052, 33064, 33077, 33093, 33107, 33122, 33135, 33147, 33165, 33181, 33194, 33205, 33222, 33244, 33254, 33277, 33286, 33293, 33307, 33323, 33337, 33348, 33357, 33363, 33375, 33389, 33401, 33410, 33420, 33429, 33436, 33448, 33453, 33458, 33464, 33482, 33501, 33517, 33528, 33540, 33549, 33559, 33569, 33580, 33600, 33621, 33632, 33644, 33665, 33687, 33705, 33724, 33744, 33765, 33774, 33784, 33795, 33807, 33824, 33835, 33850, 33871, 33887, 33902, 33920, 33946, 33965, 33986, 34006, 34027, 34048, 34066, 34086, 34114, 34135, 34158, 34180, 34203, 34226, 34246, 34258, 34268, 34279, 34287, 34296, 34305, 34315, 34334, 34354, 34365, 34375, 34386, 34403, 34419, 34439, 34460, 34477, 34495, 34510, 34524, 34545, 34565, 34576, 34595, 34615, 34623, 34632, 34643, 34655, 34666, 34682, 34700, 34709, 34723, 34736, 34747, 34761, 34773, 34782, 34795, 34808, 34819, 34838, 34849, 34861, 34870, 34880, 34892, 34910, 34925, 34940, 34955, 34973, 34995, 35014, 35033, 35052, 35074, 35084, 35095, 35115, 35136, 35150, 35161, 35173, 35186, 35207, 35229, 35247, 35266, 35280, 35294, 35306, 35326, 35347, 35356, 35366, 35377, 35389, 35398, 35404, 35416, 35428, 35439, 35449, 35470, 35491, 35511, 35530, 35550, 35568, 35579, 35588, 35594, 35610, 35623, 35630, 35645, 35657, 35666, 35676, 35688, 35695, 35702, 35710, 35716, 35722, 35734, 35747, 35753, 35762, 35770, 35783, 35793, 35810, 35827, 35838, 35851, 35859, 35868, 35879, 35897, 35911, 35917, 35924, 35933, 35939, 35946, 35953, 35961, 35967, 35979, 35993, 36005, 36014, 36024, 36029, 36035, 36042, 36051, 36059, 36068, 36078, 36094, 36110, 36125, 36139, 36164, 36189, 36213, 36236, 36260, 36282, 36297, 36310, 36322, 36331, 36341, 36357, 36376, 36395, 36413, 36430, 36458, 36486, 36513, 36539, 36566, 36591, 36609, 36625, 36634, 36644, 36651, 36659, 36668, 36678, 36692, 36710, 36721, 36731, 36743, 36754, 36767, 36773, 36783, 36789, 36807, 36823, 36835, 36847, 36863, 36881, 36894, 36906, 36916, 36923, 36931, 36941, 36951, 36963, 36977, 36996, 37003, 37020, 37030, 37040, 37048, 37052, 37057, 37084, 37093, 37104, 37116, 37127, 37136, 37144, 37152, 37174, 37186, 37199, 37211, 37221, 37230, 37239, 37249, 37255, 37263, 37271, 37277, 37283, 37294, 37300, 37310, 37320, 37332, 37345, 37355, 37366, 37383, 37389, 37396, 37415, 37425, 37447, 37473, 37499, 37507, 37523, 37547, 37557, 37567, 37581, 37595, 37600, 37609, 37618, 37626, 37637, 37649, 37663, 37677, 37687, 37700, 37707, 37714, 37723, 37731, 37738, 37744, 37753, 37762, 37770, 37777, 37793, 37812, 37820, 37830, 37839, 37849, 37857, 37872, 37885, 37896, 37912, 37924, 37937, 37947, 37966, 37983, 37998, 38018, 38034, 38051, 38064, 38083, 38103, 38117, 38132, 38138, 38151, 38167, 38187, 38203, 38213, 38223, 38240, 38260, 38284, 38304, 38318, 38324, 38331, 38338, 38345, 38356, 38369, 38380, 38384, 38389, 38395, 38412, 38427, 38443, 38461, 38478, 38492, 38506, 38519, 38535, 38552, 38569, 38586, 38605, 38624, 38640, 38658, 38671, 38685, 38702, 38722, 38732, 38738, 38744, 38750, 38768, 38783, 38791, 38800, 38814, 38823, 38834, 38844, 38854, 38863, 38875, 38890, 38904, 38918, 38933, 38949, 38964, 38981, 39000, 39017, 39036, 39049, 39064, 39081, 39100, 39112, 39123, 39135, 39149, 39162, 39172, 39182, 39191, 39203, 39216, 39229, 39242, 39257, 39272, 39284, 39298, 39307, 39317, 39330, 39346, 39352, 39361, 39376, 39391, 39398, 39405, 39418, 39433, 39446, 39456, 39468, 39482, 39488, 39501, 39516, 39529, 39539, 39551, 39556, 39560, 39569, 39590, 39604, 39616, 39627, 39639, 39649, 39656, 39667, 39680, 39688, 39697, 39714, 39723, 39733, 39747, 39762, 39782, 39796, 39809, 39822, 39834, 39843, 39853, 39869, 39882, 39900, 39908, 39921, 39935, 39946, 39959, 39976, 39989, 39998, 40008, 40023, 40039, 40053, 40062, 40068, 40081, 40094, 40106, 40117, 40132, 40151, 40170, 40187, 40198, 40212, 40223, 40237, 40253, 40264, 40279, 40295, 40311, 40324, 40338, 40350, 40366, 40384, 40399, 40416, 40427, 40440, 40454, 40469, 40484, 40494, 40512, 40527, 40542, 40552, 40566, 40583, 40594, 40605, 40616, 40629, 40648, 40661, 40676, 40691, 40704, 40715, 40732, 40749, 40766, 40781, 40800, 40811, 40823, 40840, 40847, 40856, 40866, 40878, 40889, 40901, 40918, 40929, 40944, 40951, 40963, 40981, 40999, 41016, 41032, 41059, 41086, 41112, 41137, 41163, 41187, 41204, 41219, 41224, 41232, 41245, 41259, 41270, 41278, 41296, 41309, 41320, 41333, 41348, 41359, 41371, 41394, 41417, 41430, 41444, 41457, 41471, 41496, 41521, 41536, 41562, 41577, 41588, 41601, 41615, 41627, 41639, 41654, 41660, 41668, 41681, 41692, 41697, 41706, 41721, 41739, 41752, 41762, 41774, 41785, 41795, 41801, 41809, 41828, 41853, 41871, 41891, 41911, 41937, 41956, 41977, 41987, 42000, 42014, 42026, 42030, 42037, 42050, 42064, 42075, 42085, 42102, 42120, 42135, 42154, 42169, 42183, 42192, 42201, 42219, 42236, 42258, 42275, 42286, 42311, 42336, 42355, 42378, 42388, 42404, 42421, 42435, 42455, 42476, 42494, 42516, 42534, 42541, 42550, 42555, 42568, 42579, 42597, 42610, 42627, 42640, 42661, 42680, 42706, 42727, 42752, 42773, 42779, 42793, 42811, 42825, 42841, 42854, 42863, 42867, 42877, 42886, 42896, 42907, 42919, 42928, 42938, 42950, 42960, 42971, 42979, 42989, 43025, 43031, 43042, 43055, 43070, 43084, 43100, 43108, 43117, 43127, 43135, 43144, 43154, 43166, 43177, 43186, 43196, 43204, 43213, 43221, 43228, 43238, 43251, 43268, 43280, 43302, 43317, 43332, 43349, 43359, 43367, 43379, 43383, 43391, 43400, 43407, 43413, 43422, 43429, 43439, 43446, 43454, 43463, 43473, 43481, 43498, 43514, 43535, 43551, 43561, 43585, 43609, 43627, 43649, 43660, 43668, 43677, 43691, 43704, 43717, 43730, 43743, 43757, 43769, 43785, 43800, 43820, 43833, 43850, 43859, 43872, 43884, 43892, 43900, 43908, 43918, 43927, 43930, 43939, 43962, 43981, 43988, 44015, 44039, 44062, 44085, 44106, 44120, 44128, 44143, 44153, 44165, 44179, 44192, 44203, 44214, 44232, 44245, 44260, 44277, 44293, 44307, 44318, 44336, 44349, 44364, 44381, 44397, 44411, 44420, 44431, 44444, 44459, 44469, 44486, 44498, 44512, 44528, 44543, 44556, 44564, 44574, 44595, 44618, 44638, 44645, 44654, 44663, 44668, 44678, 44688, 44697, 44708, 44716, 44735, 44760, 44778, 44798, 44805, 44808, 44814, 44823, 44832, 44838, 44846, 44854, 44861, 44867, 44872, 44879, 44886, 44893, 44896, 44902, 44915, 44921, 44928, 44941, 44955, 44966, 44983, 45001, 45016, 45035, 45050, 45059, 45067, 45073, 45080, 45095, 45110, 45122, 45132, 45145, 45162, 45174, 45184, 45190, 45201, 45208, 45218, 45227, 45238, 45243, 45250, 45265, 45282, 45296, 45306, 45317, 45323, 45336, 45352, 45359, 45370, 45380, 45392, 45409, 45420, 45429, 45439, 45449, 45456, 45468, 45478, 45493, 45505, 45508, 45512, 45524, 45537, 45549, 45570, 45590, 45615, 45635, 45649, 45677, 45705, 45727, 45753, 45763, 45774, 45786, 45803, 45817, 45824, 45834, 45842, 45855, 45876, 45899, 45919, 45932, 45942, 45956, 45965, 45979, 45990, 46007, 46017, 46027, 46039, 46054, 46065, 46081, 46100, 46104, 46114, 46125, 46134, 46146, 46157, 46168, 46174, 46181, 46190, 46203, 46211, 46220, 46233, 46240, 46248, 46257, 46264, 46274, 46300, 46325, 46354, 46368, 46382, 46405, 46432, 46459, 46490, 46515, 46536, 46567, 46597, 46631, 46659, 46691, 46723, 46759, 46789, 46815, 46845, 46869, 46891, 46918, 46949, 46972, 46997, 47019, 47046, 47065, 47087, 47103, 47120, 47150, 47180, 47202, 47226, 47252, 47280, 47291, 47303, 47316, 47329, 47336, 47350, 47362, 47382, 47398, 47417, 47434, 47447, 47464, 47473, 47485, 47495, 47506, 47527, 47545, 47557, 47574, 47588, 47602, 47630, 47657, 47668, 47680, 47687, 47701, 47712, 47728, 47742, 47757, 47777, 47789, 47796, 47811, 47823, 47838, 47857, 47871, 47882, 47898, 47920, 47929, 47941, 47953, 47964, 47974, 47984, 47996, 48007, 48018, 48023, 48027, 48032, 48040, 48057, 48064, 48076, 48093, 48104, 48116, 48126, 48144, 48159, 48173, 48184, 48191, 48200, 48208, 48219, 48226, 48236, 48247, 48259, 48268, 48272, 48275, 48289, 48297, 48306, 48318, 48329, 48342, 48346, 48351, 48374, 48393, 48409, 48427, 48436, 48444, 48451, 48459, 48476, 48490, 48503, 48513, 48525, 48530, 48540, 48546, 48553, 48564, 48577, 48588, 48599, 48606, 48612, 48624, 48633, 48655, 48662, 48671, 48681, 48700, 48722, 48739, 48753, 48767, 48783, 48798, 48812, 48827, 48834, 48842, 48851, 48861, 48870, 48880, 48891, 48900, 48910, 48925, 48935, 48946, 48954, 48965, 48977, 48987, 48998, 49008, 49016, 49029, 49044, 49055, 49063, 49076, 49087, 49099, 49107, 49120, 49128, 49141, 49153, 49163, 49178, 49191, 49209, 49215, 49226, 49229, 49244, 49258, 49272, 49288, 49303, 49318, 49331, 49343, 49355, 49369, 49382, 49395, 49411, 49426, 49441, 49455, 49468, 49481, 49497, 49504, 49516, 49528, 49538, 49550, 49568, 49585, 49605, 49621, 49636, 49656, 49668, 49682, 49701, 49716, 49729, 49739, 49751, 49761, 49772, 49785, 49799, 49816, 49839, 49864, 49889, 49909, 49922, 49934, 49951, 49965, 49976, 49988, 49999, 50010, 50029, 50039, 50058, 50076, 50099, 50117, 50129, 50155, 50181, 50201, 50225, 50232, 50238, 50246, 50259, 50273, 50288, 50300, 50313, 50318, 50328, 50338, 50346, 50356, 50373, 50395, 50411, 50426, 50444, 50458, 50471, 50489, 50499, 50511, 50528, 50541, 50552, 50560, 50570, 50578, 50587, 50598, 50610, 50625, 50646, 50669, 50692, 50710, 50721, 50731, 50746, 50758, 50767, 50777, 50786, 50795, 50812, 50815, 50819, 50824, 50837, 50846, 50857, 50867, 50877, 50886, 50895, 50904, 50918, 50925, 50934, 50938, 50943, 50949, 50956, 50965, 50972, 50989, 51009, 51024, 51036, 51050, 51063, 51075, 51082, 51088, 51094, 51101, 51109, 51119, 51129, 51138, 51146, 51154, 51162, 51168, 51176, 51185, 51193, 51200, 51208, 51217, 51225, 51233, 51252, 51267, 51285, 51305, 51318, 51324, 51331, 51337, 51348, 51361, 51367, 51378, 51388, 51399, 51409, 51420, 51424, 51429, 51438, 51447, 51469, 51488, 51510, 51527, 51562, 51591, 51601, 51620, 51638, 51661, 51679, 51691, 51717, 51743, 51763, 51787, 51793, 51800, 51809, 51814, 51823, 51833, 51841, 51852, 51861, 51867, 51874, 51887, 51893, 51898, 51903, 51909, 51917, 51941, 51947, 51957, 51964, 51973, 51988, 52006, 52019, 52033, 52043, 52055, 52066, 52076, 52082, 52101, 52110, 52122, 52134, 52148, 52166, 52183, 52205, 52222, 52233, 52258, 52283, 52302, 52325, 52333, 52340, 52348, 52357, 52366, 52376, 52400, 52432, 52459, 52484, 52517, 52545, 52552, 52558, 52568, 52575, 52587, 52598, 52614, 52621, 52629, 52639, 52647, 52656, 52680, 52685, 52697, 52705, 52716, 52727, 52738, 52750, 52769, 52779, 52803, 52815, 52825, 52842, 52854, 52870, 52882, 52898, 52913, 52925, 52941, 52952, 52968, 52979, 52999, 53017, 53040, 53053, 53058, 53068, 53076, 53088, 53099, 53107, 53116, 53132, 53143, 53158, 53169, 53180, 53193, 53206, 53218, 53221, 53231, 53244, 53254, 53263, 53269, 53280, 53285, 53296, 53306, 53317, 53329, 53338, 53352, 53362, 53373, 53388, 53409, 53423, 53437, 53453, 53459, 53467, 53476, 53485, 53495, 53505, 53516, 53520, 53526, 53533, 53544, 53552, 53555, 53564, 53571, 53579, 53582, 53599, 53612, 53631, 53643, 53647, 53658, 53668, 53678, 53690, 53701, 53712, 53716, 53722, 53729, 53745, 53764, 53778, 53789, 53802, 53814, 53825, 53846, 53853, 53866, 53875, 53890, 53899, 53909, 53918, 53933, 53938, 53942, 53960, 53970, 53981, 54000, 54011, 54023, 54036, 54048, 54060, 54074, 54087, 54100, 54107, 54119, 54124, 54138, 54151, 54162, 54175, 54190, 54203, 54214, 54231, 54246, 54259, 54274, 54287, 54299, 54316, 54331, 54346, 54357, 54372, 54390, 54398, 54416, 54434, 54446, 54458, 54473, 54483, 54508, 54533, 54558, 54575, 54594, 54616, 54633, 54649, 54668, 54687, 54706, 54719, 54735, 54755, 54775, 54795, 54809, 54826, 54832, 54840, 54847, 54858, 54864, 54871, 54883, 54889, 54896, 54908, 54930, 54947, 54955, 54968, 54977, 54986, 55000, 55008, 55016, 55022, 55032, 55040, 55045, 55054, 55062, 55074, 55077, 55084, 55096, 55104, 55119, 55129, 55141, 55155, 55168, 55179, 55196, 55207, 55225, 55238, 55253, 55270, 55286, 55300, 55311, 55329, 55342, 55357, 55374, 55390, 55404, 55411, 55419, 55439, 55449, 55466, 55478, 55492, 55508, 55523, 55536, 55544, 55558, 55576, 55589, 55600, 55612, 55616, 55623, 55633, 55643, 55660, 55672, 55683, 55696, 55707, 55716, 55724, 55740, 55755, 55775, 55795, 55822, 55844, 55865, 55888, 55909, 55928, 55943, 55963, 55983, 56010, 56032, 56053, 56076, 56097, 56116, 56131, 56151, 56170, 56188, 56204, 56219, 56236, 56241, 56253, 56268, 56276, 56289, 56303, 56313, 56324, 56339, 56351, 56362, 56374, 56390, 56402, 56415, 56433, 56444, 56452, 56463, 56474, 56488, 56507, 56517, 56526, 56536, 56546, 56548, 56556, 56578, 56596, 56625, 56632, 56643, 56645, 56658, 56672, 56686, 56699, 56719, 56737, 56752, 56769, 56790, 56807, 56831, 56849, 56869, 56890, 56909, 56920, 56934, 56955, 56970, 56989, 57005, 57024, 57043, 57062, 57079, 57093, 57109, 57129, 57145, 57168, 57185, 57204, 57224, 57239, 57257, 57267, 57280, 57300, 57314, 57332, 57347, 57365, 57383, 57390, 57397, 57408, 57423, 57435, 57445, 57457, 57472, 57483, 57493, 57521, 57543, 57549, 57565, 57572, 57581, 57590, 57599, 57609, 57618, 57628, 57631, 57640, 57653, 57658, 57663, 57672, 57678, 57685, 57689, 57694, 57700, 57707, 57713, 57721, 57731, 57741, 57751, 57762, 57772, 57783, 57788, 57798, 57808, 57817, 57827, 57838, 57847, 57857, 57867, 57878, 57890, 57899, 57913, 57919, 57926, 57936, 57940, 57944, 57966, 57981, 57996, 58013, 58018, 58026, 58032, 58038, 58042, 58050, 58067, 58077, 58087, 58097, 58102, 58111, 58121, 58126, 58136, 58150, 58156, 58168, 58186, 58197, 58210, 58216, 58225, 58233, 58241, 58247, 58254, 58262, 58274, 58287, 58298, 58306, 58315, 58320, 58326, 58333, 58344, 58359, 58363, 58380, 58399, 58415, 58425, 58439, 58448, 58470, 58476, 58483, 58489, 58495, 58499, 58506, 58526, 58545, 58566, 58586, 58606, 58627, 58644, 58660, 58678, 58695, 58712, 58730, 58747, 58763, 58781, 58798, 58815, 58833, 58859, 58884, 58911, 58937, 58963, 58990, 59017, 59043, 59071, 59098, 59125, 59153, 59172, 59190, 59210, 59229, 59248, 59268, 59278, 59306, 59333, 59362, 59390, 59418, 59447, 59462, 59476, 59492, 59507, 59522, 59538, 59551, 59563, 59577, 59590, 59603, 59617, 59629, 59640, 59653, 59665, 59677, 59690, 59703, 59715, 59729, 59742, 59755, 59769, 59789, 59808, 59829, 59849, 59869, 59890, 59895, 59903, 59910, 59918, 59924, 59930, 59937, 59945, 59964, 59983, 59992, 60000, 60013, 60027, 60039, 60055, 60061, 60072, 60081, 60108, 60119, 60135, 60154, 60169, 60180, 60193, 60211, 60225, 60237, 60246, 60257, 60266, 60276, 60289, 60305, 60327, 60351, 60375, 60394, 60405, 60421, 60433, 60446, 60459, 60486, 60496, 60507, 60522, 60532, 60542, 60552, 60567, 60583, 60588, 60607, 60621, 60624, 60638, 60657, 60666, 60680, 60695, 60704, 60718, 60735, 60750, 60765, 60783, 60806, 60823, 60845, 60859, 60875, 60890, 60903, 60916, 60927, 60941, 60957, 60975, 60998, 61012, 61025, 61036, 61047, 61062, 61082, 61090, 61108, 61120, 61133, 61142, 61156, 61166, 61180, 61192, 61206, 61222, 61234, 61247, 61259, 61268, 61276, 61281, 61288, 61294, 61301, 61313, 61323, 61337, 61350, 61359, 61369, 61377, 61388, 61398, 61412, 61425, 61433, 61446, 61458, 61470, 61489, 61507, 61529, 61546, 61553, 61563, 61570, 61586, 61606, 61626, 61650, 61668, 61682, 61692, 61704, 61720, 61738, 61753, 61773, 61785, 61800, 61809, 61819, 61842, 61865, 61880, 61897, 61916, 61937, 61945, 61966, 61971, 61978, 61983, 61990, 62002, 62009, 62012, 62022, 62025, 62030, 62040, 62048, 62056, 62071, 62083, 62098, 62108, 62136, 62158, 62169, 62174, 62182, 62188, 62199, 62209, 62217, 62230, 62242, 62249, 62257, 62263, 62270, 62275, 62281, 62288, 62300, 62308, 62320, 62329, 62347, 62368, 62384, 62397, 62412, 62426, 62439, 62445, 62451, 62462, 62477, 62488, 62494, 62501, 62508, 62516, 62524, 62533, 62547, 62557, 62565, 62574, 62588, 62598, 62609, 62625, 62634, 62648, 62658, 62662, 62667, 62676, 62682, 62689, 62697, 62701, 62711, 62722, 62730, 62739, 62748, 62758, 62762, 62771, 62779, 62787, 62797, 62806, 62815, 62820, 62840, 62865, 62880, 62900, 62915, 62935, 62942, 62948, 62958, 62977, 62995, 63018, 63036, 63048, 63074, 63100, 63120, 63144, 63154, 63169, 63185, 63207, 63222, 63239, 63248, 63254, 63261, 63269, 63288, 63309, 63327, 63335, 63344, 63354, 63361, 63369, 63374, 63377, 63381, 63385, 63390, 63395, 63412, 63434, 63451, 63468, 63491, 63515, 63536, 63563, 63591, 63616, 63645, 63670, 63678, 63683, 63691, 63700, 63713, 63732, 63744, 63756, 63770, 63776, 63787, 63793, 63797, 63802, 63809, 63816, 63820, 63832, 63849, 63857, 63866, 63877, 63891, 63899, 63913, 63931, 63944, 63964, 63985, 64003, 64027, 64052, 64074, 64100, 64122, 64137, 64155, 64176, 64192, 64205, 64220, 64234, 64247, 64257, 64267, 64278, 64289, 64304, 64322, 64335, 64345, 64357, 64368, 64378, 64391, 64403, 64411, 64422, 64434, 64447, 64458, 64466, 64476, 64487, 64502, 64513, 64525, 64536, 64542, 64549, 64566, 64578, 64589, 64597, 64608, 64623, 64634, 64644, 64653, 64661, 64668, 64674, 64685, 64700, 64704, 64707, 64717, 64732, 64740, 64760, 64779, 64798, 64819, 64839, 64859, 64876, 64892, 64908, 64926, 64943, 64960, 64968, 64976, 64987, 65002, 65022, 65029, 65038, 65053, 65061, 65071, 65076, 65090, 65111, 65119, 65125, 65130, 65149, 65172, 65182, 65192, 65202, 65214, 65221, 65229, 65238, 65250, 65261, 65272, 65285, 65297, 65309, 65323, 65330, 65337, 65356, 65372, 65382, 65397, 65409, 65421, 65435, 65442, 65449, 65455, 65462, 65468, 65475, 65481, 65488, 65496, 65504, 65517, 65529, 65536, 65544, 65552, 65562, 65571, 65577, 65586, 65598, 65605, 65615, 65624, 65641, 65656, 65673, 65692, 65709, 65724, 65743, 65760, 65779, 65796, 65812, 65833, 65852, 65871, 65886, 65894, 65903, 65909, 65918, 65943, 65961, 65971, 65979, 65990, 66004, 66022, 66035, 66046, 66056, 66067, 66078, 66094, 66105, 66117, 66130, 66154, 66171, 66194, 66210, 66226, 66244, 66254, 66265, 66272, 66280, 66290, 66297, 66305, 66311, 66318, 66332, 66343, 66353, 66361, 66368, 66376, 66388, 66400, 66405, 66411, 66419, 66431, 66444, 66463, 66483, 66500, 66523, 66547, 66568, 66593, 66614, 66631, 66643, 66661, 66680, 66696, 66718, 66741, 66761, 66785, 66805, 66817, 66827, 66844, 66856, 66872, 66884, 66890, 66896, 66903, 66907, 66912, 66915, 66919, 66924, 66937, 66949, 66954, 66960, 66969, 66975, 66990, 67004, 67023, 67037, 67045, 67067, 67089, 67105, 67125, 67132, 67141, 67150, 67160, 67171, 67177, 67184, 67195, 67207, 67225, 67240, 67253, 67270, 67287, 67298, 67308, 67320, 67335, 67351, 67368, 67383, 67396, 67412, 67424, 67443, 67456, 67468, 67483, 67496, 67511, 67527, 67539, 67543, 67548, 67558, 67570, 67582, 67591, 67604, 67612, 67626, 67634, 67649, 67663, 67673, 67677, 67686, 67694, 67711, 67717, 67728, 67734, 67740, 67747, 67764, 67774, 67783, 67790, 67798, 67805, 67820, 67833, 67847, 67863, 67882, 67895, 67907, 67921, 67938, 67957, 67975, 67989, 68010, 68025, 68039, 68052, 68056, 68061, 68065, 68070, 68084, 68094, 68109, 68115, 68123, 68128, 68132, 68139, 68148, 68163, 68177, 68195, 68203, 68213, 68220, 68229, 68236, 68245, 68254, 68265, 68276, 68286, 68291, 68300, 68313, 68325, 68330, 68340, 68349, 68357, 68366, 68369, 68377, 68388, 68398, 68404, 68414, 68428, 68440, 68453, 68464, 68482, 68496, 68509, 68519, 68529, 68543, 68559, 68576, 68592, 68603, 68614, 68625, 68641, 68655, 68670, 68683, 68698, 68713, 68732, 68753, 68775, 68796, 68812, 68832, 68848, 68860, 68875, 68889, 68906, 68921, 68936, 68952, 68966, 68981, 68994, 69014, 69030, 69046, 69060, 69075, 69088, 69108, 69124, 69127, 69149, 69166, 69180, 69197, 69209, 69239, 69263, 69267, 69273, 69282, 69286, 69289, 69293, 69298, 69307, 69319, 69333, 69341, 69350, 69357, 69367, 69372, 69378, 69385, 69393, 69404, 69419, 69424, 69438, 69457, 69465, 69476, 69494, 69509, 69529, 69544, 69564, 69582, 69605, 69618, 69636, 69644, 69650, 69656, 69677, 69691, 69704, 69717, 69732, 69746, 69760, 69773, 69785, 69794, 69804, 69821, 69833, 69849, 69861, 69871, 69882, 69894, 69904, 69915, 69927, 69933, 69942, 69959, 69974, 69996, 70013, 70034, 70051, 70059, 70071, 70084, 70100, 70119, 70123, 70129, 70136, 70152, 70171, 70185, 70200, 70216, 70227, 70240, 70252, 70263, 70270, 70275, 70281, 70292, 70295, 70330, 70358, 70386, 70416, 70424, 70442, 70471, 70493, 70515, 70539, 70559, 70580, 70590, 70611, 70618, 70623, 70631, 70648, 70653, 70672, 70685, 70701, 70715, 70727, 70741, 70751, 70762, 70775, 70789, 70807, 70826, 70841, 70854, 70877, 70894, 70914, 70932, 70948, 70966, 70980, 70995, 71012, 71030, 71052, 71075, 71094, 71111, 71129, 71143, 71147, 71152, 71166, 71174, 71178, 71193, 71202, 71212, 71236, 71255, 71273, 71288, 71299, 71318, 71341, 71370, 71402, 71430, 71458, 71476, 71498, 71512, 71535, 71562, 71595, 71631, 71663, 71695, 71717, 71743, 71761, 71785, 71807, 71837, 71858, 71878, 71896, 71922, 71939, 71953, 71981, 72004, 72026, 72045, 72060, 72083, 72110, 72143, 72179, 72211, 72243, 72265, 72291, 72309, 72336, 72367, 72404, 72444, 72480, 72516, 72542, 72572, 72594, 72622, 72648, 72682, 72707, 72731, 72753, 72783, 72804, 72813, 72824, 72837, 72846, 72860, 72880, 72893, 72908, 72923, 72932, 72943, 72958, 72969, 72986, 72998, 73007, 73024, 73039, 73053, 73063, 73076, 73093, 73111, 73129, 73146, 73166, 73189, 73211, 73232, 73243, 73252, 73264, 73274, 73285, 73298, 73313, 73325, 73339, 73351, 73363, 73377, 73388, 73405, 73415, 73427, 73433, 73453, 73464, 73479, 73497, 73521, 73540, 73560, 73581, 73597, 73614, 73634, 73658, 73688, 73721, 73750, 73779, 73798, 73821, 73836, 73860, 73888, 73922, 73959, 73992, 74025, 74048, 74075, 74094, 74119, 74142, 74173, 74195, 74216, 74235, 74262, 74280, 74295, 74314, 74336, 74364, 74387, 74411, 74436, 74456, 74477, 74495, 74517, 74542, 74573, 74599, 74626, 74654, 74677, 74701, 74714, 74727, 74734, 74745, 74761, 74771, 74786, 74792, 74797, 74802, 74808, 74818, 74823, 74830, 74845, 74850, 74854, 74859, 74865, 74872, 74881, 74897, 74908, 74917, 74931, 74945, 74953, 74965, 74973, 74981, 74990, 74998, 75007, 75022, 75032, 75043, 75055, 75063, 75069, 75087, 75102, 75110, 75119, 75133, 75143, 75153, 75164, 75175, 75186, 75197, 75205, 75211, 75219, 75229, 75243, 75260, 75269, 75281, 75288, 75300, 75313, 75323, 75338, 75347, 75359, 75370, 75385, 75397, 75412, 75421, 75431, 75446, 75457, 75463, 75471, 75484, 75493, 75507, 75513, 75520, 75528, 75541, 75550, 75561, 75573, 75585, 75605, 75622, 75640, 75665, 75685, 75709, 75729, 75740, 75751, 75761, 75770, 75780, 75789, 75801, 75807, 75814, 75819, 75824, 75832, 75835, 75845, 75856, 75871, 75879, 75900, 75924, 75944, 75964, 75974, 75982, 75996, 76007, 76018, 76024, 76035, 76047, 76062, 76081, 76106, 76134, 76158, 76182, 76196, 76214, 76224, 76240, 76254, 76276, 76289, 76301, 76313, 76322, 76330, 76340, 76358, 76370, 76379, 76382, 76390, 76397, 76404, 76422, 76439, 76456, 76465, 76473, 76481, 76485, 76500, 76514, 76528, 76540, 76550, 76562, 76576, 76588, 76598, 76612, 76624, 76638, 76650, 76661, 76677, 76691, 76705, 76715, 76728, 76739, 76752, 76767, 76780, 76791, 76806, 76819, 76834, 76847, 76859, 76876, 76891, 76906, 76917, 76925, 76944, 76957, 76964, 76972, 76991, 77012, 77030, 77041, 77049, 77058, 77063, 77069, 77081, 77092, 77110, 77127, 77139, 77151, 77155, 77160, 77168, 77177, 77184, 77194, 77212, 77229, 77247, 77264, 77282, 77304, 77313, 77323, 77331, 77344, 77363, 77383, 77402, 77422, 77446, 77458, 77472, 77481, 77492, 77506, 77519, 77527, 77540, 77545, 77559, 77565, 77576, 77586, 77589, 77606, 77620, 77633, 77648, 77665, 77679, 77699, 77706, 77722, 77726, 77731, 77738, 77748, 77765, 77777, 77791, 77807, 77822, 77835, 77842, 77850, 77862, 77875, 77895, 77910, 77927, 77946, 77964, 77980, 77993, 78013, 78028, 78045, 78064, 78082, 78098, 78108, 78115, 78123, 78137, 78155, 78164, 78181, 78193, 78212, 78226, 78242, 78260, 78277, 78292, 78302, 78322, 78339, 78359, 78380, 78396, 78418, 78433, 78441, 78454, 78466, 78488, 78506, 78525, 78547, 78565, 78589, 78606, 78617, 78635, 78653, 78669, 78690, 78704, 78724, 78738, 78755, 78770, 78788, 78806, 78820, 78838, 78849, 78863, 78881, 78905, 78931, 78957, 78978, 78992, 79009, 79026, 79046, 79059, 79079, 79097, 79113, 79130, 79142, 79160, 79180, 79198, 79215, 79232, 79252, 79264, 79274, 79285, 79294, 79311, 79323, 79333, 79338, 79344, 79349, 79356, 79367, 79374, 79382, 79396, 79409, 79422, 79437, 79464, 79479, 79493, 79517, 79540, 79554, 79566, 79577, 79595, 79612, 79635, 79653, 79672, 79688, 79710, 79733, 79753, 79777, 79797, 79817, 79838, 79854, 79867, 79881, 79902, 79924, 79938, 79954, 79971, 79993, 80015, 80035, 80055, 80065, 80072, 80080, 80093, 80101, 80110, 80124, 80143, 80167, 80190, 80198, 80207, 80215, 80228, 80238, 80253, 80269, 80284, 80297, 80308, 80323, 80341, 80354, 80369, 80383, 80396, 80405, 80422, 80428, 80435, 80448, 80462, 80488, 80511, 80533, 80544, 80566, 80583, 80601, 80616, 80635, 80655, 80670, 80683, 80695, 80711, 80722, 80734, 80744, 80763, 80783, 80800, 80823, 80847, 80868, 80893, 80914, 80921, 80929, 80938, 80945, 80953, 80962, 80976, 80991, 81009, 81022, 81034, 81052, 81071, 81087, 81109, 81132, 81152, 81176, 81196, 81205, 81215, 81220, 81232, 81242, 81253, 81278, 81298, 81317, 81333, 81348, 81377, 81401, 81424, 81444, 81455, 81473, 81485, 81498, 81512, 81527, 81543, 81555, 81568, 81582, 81592, 81608, 81618, 81627, 81637, 81650, 81663, 81677, 81687, 81696, 81709, 81724, 81736, 81746, 81757, 81769, 81783, 81795, 81814, 81832, 81853, 81877, 81900, 81922, 81934, 81944, 81960, 81973, 81989, 81994, 82000, 82012, 82025, 82050, 82072, 82093, 82103, 82119, 82134, 82155, 82171, 82188, 82202, 82220, 82238, 82257, 82271, 82283, 82289, 82300, 82316, 82337, 82357, 82362, 82379, 82388, 82393, 82404, 82416, 82430, 82444, 82462, 82474, 82486, 82498, 82512, 82530, 82542, 82548, 82554, 82560, 82566, 82572, 82578, 82584, 82590, 82596, 82602, 82608, 82614, 82620, 82626, 82632],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[39, 367, 1224, 1227, 1275, 2066, 2373, 2753, 2754, 2968, 2975, 2986, 2994, 2996, 3059]), Anchor::All(&[Anchor::Lits(&[3107, 3402, 3546, 3605, 3652, 3656, 3658, 3661, 3663, 3665, 3692, 3696, 3699, 3715, 3722, 3746, 3748, 3752, 3755, 3771, 3778, 3922, 3924, 3956, 4108, 4111, 4115, 4118, 4326, 4483, 4497, 4511, 4522, 4539, 4541, 4551, 4590, 4634, 4681, 4685, 4688, 4690, 4714, 4716, 4718, 4854, 4872, 5092, 5124, 5149, 5236, 5240, 5241, 5243, 5245, 5247, 5308, 5526, 5528, 5546, 5597]), Anchor::Lits(&[3462, 3506, 3530, 3635, 3637, 3984, 3988, 3996, 3998, 4217, 4334, 4833, 4836, 4966, 5026, 5046, 5291, 5552])]), Anchor::All(&[Anchor::Lits(&[3107, 3402, 3546, 3605, 3652, 3656, 3658, 3661, 3663, 3665, 3692, 3696, 3699, 3715, 3722, 3746, 3748, 3752, 3755, 3771, 3778, 3922, 3924, 3956, 4108, 4111, 4115, 4118, 4326, 4483, 4497, 4511, 4522, 4539, 4541, 4551, 4590, 4634, 4681, 4685, 4688, 4690, 4714, 4716, 4718, 4854, 4872, 5092, 5124, 5149, 5236, 5240, 5241, 5243, 5245, 5247, 5308, 5526, 5528, 5546, 5597]), Anchor::Lits(&[3462, 3506, 3532, 3551, 3593, 3635, 3640, 3840, 3988, 3996, 4000, 4170, 4207, 4220, 4378, 4658, 4833, 4836, 4948, 5030, 5046, 5228, 5291, 5321, 5352, 5469, 5552])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[415, 513, 584, 597, 603, 696, 697, 699, 1100, 1185, 1330, 1339, 1409, 1572, 1576, 1641, 1672, 1673, 1674, 1864, 1898, 1999, 2013, 2021, 2030, 2160, 2161, 2170, 2217, 2465, 2467, 2472, 2503, 2505, 2960, 2966, 2968, 2971, 2982, 2984, 2994, 3059, 3463, 3507, 3636, 3638, 3641, 3985, 3989, 3997, 3999, 4001, 4218, 4221, 4834, 4837, 4841, 5031, 5047, 5292, 5293, 5553]), Anchor::All(&[Anchor::Lits(&[3462, 3506, 3635, 3637, 3984, 3988, 3996, 3998, 4217, 4833, 4836, 5030, 5046, 5291, 5552]), Anchor::Lits(&[3187, 3232, 3836, 5998])]), Anchor::All(&[Anchor::Lits(&[3107, 3402, 3546, 3605, 3652, 3656, 3658, 3661, 3663, 3665, 3692, 3696, 3699, 3715, 3722, 3746, 3748, 3752, 3755, 3771, 3778, 3922, 3924, 3956, 4108, 4111, 4115, 4118, 4326, 4483, 4497, 4511, 4522, 4539, 4541, 4551, 4590, 4634, 4681, 4685, 4688, 4690, 4714, 4716, 4718, 4854, 4872, 5092, 5124, 5149, 5236, 5240, 5241, 5243, 5245, 5247, 5308, 5526, 5528, 5546, 5597]), Anchor::Lits(&[3461, 3637, 3986, 3998, 4217, 4333, 4836, 4965, 5026, 5045, 5051])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[596, 1308, 1309, 1310, 1440, 1441, 1451, 1452, 1575, 1998, 2000, 2064, 2167, 2199, 2200, 2201, 2999, 3003, 3006, 3008, 3010, 3013, 3019, 3024, 3028, 3041, 3051]), Anchor::All(&[Anchor::Lits(&[3462, 3640, 4382, 4658]), Anchor::Lits(&[2998])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[3110, 3367, 3798, 4156, 4165, 4316, 4811, 4822, 5158, 5619, 5621, 5882, 5922, 5923, 5926, 5932, 5981, 5982, 5997, 6070]), Anchor::Lits(&[3187, 3237, 3841, 5730, 5752])])),
            (4, "override-the-above", Anchor::Lits(&[40, 368, 2019, 2029])),
            (5, "override-bare-instructions", Anchor::Lits(&[428, 732, 1214, 1381, 1725, 1750, 1920, 1948, 2421, 2423])),
            (6, "override-previous-loosely", Anchor::Lits(&[4111, 4979])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[3108, 3109, 3189, 3403, 3547, 3606, 3653, 3657, 3659, 3662, 3664, 3666, 3697, 3700, 3716, 3747, 3753, 3756, 3772, 3923, 3925, 3957, 4109, 4112, 4116, 4119, 4484, 4498, 4512, 4523, 4540, 4542, 4552, 4591, 4623, 4635, 4682, 4686, 4689, 4691, 4715, 4717, 4719, 4855, 4873, 5093, 5125, 5150, 5237, 5242, 5244, 5246, 5248, 5527, 5529, 5547, 5598]), Anchor::All(&[Anchor::Lits(&[3107, 3402, 3546, 3605, 3652, 3656, 3658, 3661, 3663, 3665, 3692, 3696, 3699, 3715, 3722, 3746, 3748, 3752, 3755, 3771, 3778, 3922, 3924, 3956, 4108, 4111, 4115, 4118, 4326, 4483, 4497, 4511, 4522, 4539, 4541, 4551, 4590, 4634, 4681, 4685, 4688, 4690, 4714, 4716, 4718, 4854, 4872, 5092, 5124, 5149, 5236, 5240, 5241, 5243, 5245, 5247, 5308, 5526, 5528, 5546, 5597]), Anchor::Lits(&[525, 555, 605, 621, 704, 1282, 1373, 1413, 1644, 1824, 1892, 1974, 2052, 2500])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[209, 390, 391, 393, 395, 594, 595, 613, 618, 1212, 1213, 1291, 1293, 1523, 1524, 1567, 1577, 2026, 2027, 2164, 2171, 2245, 2248, 2433, 2434, 2496, 2683])),
            (9, "override-everything-then-order", Anchor::Lits(&[732, 1214, 1381, 1725, 1750, 2254])),
            (10, "hijack-the-content", Anchor::Lits(&[3661, 3922, 4111, 5149])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[3463, 3507, 3531, 3636, 3638, 3641, 3985, 3989, 3997, 3999, 4001, 4218, 4221, 4335, 4834, 4837, 4841, 4967, 5027, 5031, 5047, 5292, 5293, 5553]), Anchor::Any(&[Anchor::Lits(&[3279, 3280, 3689, 3707, 3737, 3738, 3739, 3740, 3743, 3763, 4235, 4236, 4536, 4537, 4538, 4543, 4544]), Anchor::All(&[Anchor::Lits(&[28, 29, 62, 468, 469, 673, 685, 721, 1082, 1094, 1144, 1178, 1179, 1289, 1382, 1465, 1485, 1541, 1563, 1769, 1772, 1799, 1800, 1801, 1802, 1804, 1818, 1829, 1833, 1888, 1908, 1912, 2103, 2132, 2136, 2153, 2154, 2176, 2183, 2438, 2443, 2449, 2802, 2891, 2901, 2950]), Anchor::Lits(&[3277, 3974, 4007, 4011, 4016, 4233, 4398, 5127, 5131, 5729, 5771])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[354, 467, 470, 1316, 1322, 1466, 1467, 1910, 1911, 1920, 1922, 1924, 1925, 2135, 2137, 2442, 2444, 2481, 2483, 2721, 2722, 2889]), Anchor::Lits(&[3461, 3540, 3637, 3996, 4217, 4373, 4385, 4657, 4770, 4777, 4836, 5030])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[2958, 2964, 2969, 2972, 2993, 3058]), Anchor::All(&[Anchor::Lits(&[37, 38, 60, 61, 561, 562, 1202, 1204, 1344, 1346, 1580, 1581, 1819, 1820, 2155, 2156, 2413, 2414]), Anchor::Lits(&[3462, 3506, 3530, 3577, 3619, 3635, 3637, 3984, 3988, 3996, 3998, 4217, 4334, 4357, 4650, 4694, 4833, 4836, 4966, 5026, 5046, 5291, 5551, 5552])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1131, 1132, 1133, 1134, 1516, 1517, 1518, 1519, 1867, 1868, 1869, 1870, 2376, 2377, 2378, 2379, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3138, 3144, 3145, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3369, 3370, 3373, 3374, 3375, 3466, 3467, 3468, 3470, 3471, 3472, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3486, 3487, 3488, 3489, 3490, 3492, 3495, 3498, 3501, 3503, 3522, 3523, 3525, 3527, 3543, 3544, 3545, 3569, 3570, 3571, 3572, 3600, 3601, 3602, 3603, 3621, 3622, 3623, 3625, 3626, 3627, 3628, 3799, 3800, 3801, 3802, 3803, 3804, 3805, 3846, 3847, 3848, 3849, 3850, 3851, 3884, 3885, 3886, 3888, 3889, 3890, 3891, 3893, 3895, 3896, 3897, 3939, 3941, 4026, 4027, 4028, 4029, 4030, 4031, 4032, 4166, 4287, 4290, 4291, 4293, 4294, 4295, 4343, 4344, 4345, 4346, 4594, 4595, 4596, 4597, 4599, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607, 4608, 4610, 4613, 4616, 4619, 4621, 4638, 4639, 4640, 4641, 4642, 4643, 4664, 4665, 4666, 4667, 4668, 4669, 4670, 4792, 4793, 4794, 4804, 4805, 4806, 4807, 4808, 4809, 4810, 4815, 4816, 4817, 4818, 4819, 4820, 4821, 4903, 4904, 4906, 4908, 4957, 4958, 4959, 5159, 5209, 5210, 5211, 5212, 5213, 5214, 5289, 5290, 5291, 5294, 5295, 5296, 5297, 5303, 5304, 5305, 5306, 5309, 5310, 5311, 5312, 5562, 5563, 5566, 5572, 5965, 5985])),
            (15, "permission-to-ignore", Anchor::Lits(&[3390, 3402, 3444, 3648, 3661, 3833, 3922, 4111, 4685, 5149, 5719])),
            (16, "deceive-the-user", Anchor::Lits(&[3402, 3661, 3688, 3702, 3703, 3708, 3714, 3718, 3720, 3742, 3758, 3759, 3764, 3770, 3774, 3776, 3922, 4033, 4035, 4037, 4041, 4111, 4489, 4500, 4501, 4505, 4513, 4517, 4520, 4685, 5822])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[3186, 3188, 3257, 3258, 3259, 3264, 3266, 3267, 3268, 3269, 3329, 3331, 3332, 3333, 3388, 3421, 3437, 3443, 3462, 3506, 3512, 3515, 3516, 3520, 3530, 3564, 3566, 3635, 3637, 3816, 3831, 3837, 3877, 3982, 3984, 3986, 3995, 3996, 3998, 4059, 4066, 4200, 4201, 4202, 4203, 4205, 4206, 4217, 4334, 4338, 4389, 4393, 4770, 4777, 4812, 4833, 4836, 4842, 4881, 4893, 4901, 4966, 4983, 4984, 5030, 5045, 5048, 5078, 5079, 5080, 5105, 5110, 5111, 5112, 5113, 5114, 5116, 5291, 5426, 5552, 5573, 6011]), Anchor::Lits(&[284, 344, 380, 1834, 1855, 1856, 1858, 2656])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[2895, 2900, 3382, 3452, 3453, 3935, 3936, 3938, 5301]), Anchor::All(&[Anchor::Lits(&[3462, 3506, 3540, 3635, 3637, 3984, 3988, 3996, 3998, 4104, 4217, 4371, 4372, 4740, 4833, 4836, 4966, 5030, 5046, 5291, 5552]), Anchor::Lits(&[3454, 3456, 3608, 3781, 3817, 3818, 3892, 4692, 4849, 4922, 4923, 4925, 4950, 4954, 4988, 5597, 5774, 5775])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[70, 71, 72, 73, 1843, 1844, 1857, 1865, 2642, 2643, 2655, 2673, 2893, 2894, 2897, 2899])),
            (20, "override-what-makers-said", Anchor::Lits(&[5358, 5424, 5425, 5432, 5437, 5438, 5441, 5446, 5447, 5452, 6000, 6013, 6015, 6021, 6027, 6029, 6032, 6039, 6040, 6045])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[705, 707, 1445, 1687, 1691, 1894, 2002, 2204]), Anchor::All(&[Anchor::Lits(&[5882, 5925, 5949, 5980, 5982, 6051, 6069]), Anchor::Lits(&[3505, 3873, 3932, 4003, 4276, 4331, 4683, 4890, 4929, 4952, 4987, 5603])]), Anchor::All(&[Anchor::Lits(&[3950, 3951, 3961, 3962, 4285, 4286, 4383, 4384, 4850, 4851, 4885, 4886, 4993, 4994]), Anchor::Lits(&[5998])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[232, 240, 241, 253, 254, 255, 264, 265, 267, 268, 270, 271, 278, 283, 2969, 2974, 2991, 2993, 3058])),
            (23, "nothing-is-real", Anchor::Lits(&[193, 586, 1758, 1795, 1808, 1809, 1810, 1811, 2203])),
            (24, "declined-now-allowed", Anchor::Lits(&[3349, 3384, 3567, 3568, 3597, 3614, 3651, 3919, 3920, 4835, 4902, 4919, 4963, 5874, 5875])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[597, 1306, 1311, 1443, 1572, 1576, 1704, 1999, 2001, 2170, 2202, 2958, 2969, 2970, 2974, 2977, 2978, 2979, 2993, 3053, 3058, 3309, 5461]), Anchor::All(&[Anchor::Lits(&[597, 1311, 1443, 1999, 2001, 2170, 2202, 2473]), Anchor::Lits(&[5998])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[42, 560, 653, 1292, 1618, 1998, 2000, 2037, 2214, 2262])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[306, 307, 308, 309, 419, 420, 570, 606, 622, 706, 1235, 1236, 1238, 1242, 1243, 1244, 1254, 1275, 1438, 1595, 1639, 2050, 2051, 2052, 2312, 2392, 2504, 2682, 2968, 2973, 2986, 2990, 2991, 2992, 3057, 3237, 3524, 3526, 3841, 3896, 4345, 4607, 4905, 4907, 4951, 4953, 5307, 5315, 5565, 5570, 5629, 5632, 5638, 5640, 5641, 5643, 5644, 5659, 5660, 5661, 5664, 5752, 6024, 6025, 6046]), Anchor::All(&[Anchor::Lits(&[420, 566, 596, 706, 1305, 1307, 1310, 1442, 1892, 1998, 2000, 2051, 2052, 2169, 2201, 2316, 2704]), Anchor::Lits(&[5364, 5396, 5423, 5435, 5628])]), Anchor::All(&[Anchor::Lits(&[420, 596, 706, 1307, 1310, 1442, 1892, 2051, 2052, 2201]), Anchor::Lits(&[3619, 4024, 5225, 5227, 5287])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[40, 61, 210, 358, 562, 566, 596, 620, 706, 1068, 1204, 1218, 1307, 1310, 1345, 1347, 1442, 1503, 1575, 1820, 1998, 2156, 2169, 2201, 2316, 2575, 2585, 2626, 3256, 3309, 3310, 3311, 3312, 3988, 4237, 4649, 4678, 4684, 4924, 5046, 5049, 5274, 5316, 5574]), Anchor::All(&[Anchor::Lits(&[397, 412, 569, 1274, 1594, 1879, 2208, 2311, 2391, 2445, 2446, 2940]), Anchor::Lits(&[2957])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[3509, 3510, 3531, 3541, 3636, 3641, 3887, 3989, 4001, 4181, 4182, 4191, 4219, 4221, 4741, 4771, 4788, 4834, 4837, 4841, 4967, 5031, 5126, 5292, 5293, 5553]), Anchor::Lits(&[2998])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[3510, 3636, 3641, 4001, 4221, 4374, 4379, 4788, 4837, 4841, 5031, 5126, 5353]), Anchor::Lits(&[3165, 3508, 3620, 4025, 4180, 4230, 4380, 4646, 4663, 4784, 4824, 4884, 5096, 5226, 5288, 5588, 5718])])),
            (31, "what-others-told-you", Anchor::Lits(&[40, 287, 288, 289, 290, 358, 1251, 1252, 1253, 1254, 1270, 1271, 1272, 1273, 1435, 1436, 1437, 1438, 2035, 2047, 2048, 2049, 2050, 2074, 2075, 2076, 2077, 2222, 2223, 2224, 2225, 2276, 2277, 2278, 2279, 2486, 2487, 2488, 2489, 2492, 2493, 2494, 2495, 2679, 2680, 2681, 2682, 2944, 2945, 2946, 2947, 2951, 2952, 2953, 2954])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[226, 702, 783, 1314, 1324, 2820, 2826, 4164, 4208, 5731, 5733, 5735, 5744, 5750, 5753])),
            (33, "reveal-given-instructions", Anchor::Lits(&[39, 85, 305, 357, 1067, 1211, 1397, 1464, 2034, 2672, 2827, 2898, 2958, 2969, 2974, 2993, 3058, 3376, 3940, 3976, 4164, 4208, 4624, 5357, 5906, 5920, 5927, 5937, 5947, 5964, 5967, 5983, 5986, 6065, 6071])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[39, 304, 305, 360, 361, 362, 366, 367, 1232, 1240, 1398, 2017, 2036, 2373, 2976, 2986, 2994, 3060]), Anchor::All(&[Anchor::Lits(&[605, 621, 1411, 1413, 1442, 2016, 2052, 2500, 2938]), Anchor::Lits(&[40, 1068, 1198, 1326, 1407, 1897, 2018, 2028, 2033])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[371, 372, 373, 2390, 2394, 2395])),
            (36, "reveal-context-contents", Anchor::Lits(&[1830, 1832, 3534, 3539, 3540, 3561, 4220, 4787, 4836, 5291, 5355, 5871, 5872])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[5999, 6012, 6016, 6018, 6019, 6020, 6023, 6026, 6028, 6030, 6031, 6034, 6036, 6037, 6038, 6047, 6049])),
            (38, "complete-the-leak", Anchor::Lits(&[4077, 4079, 4080, 4082, 4083, 4085, 4086, 4087, 4089, 4090, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4100, 4101, 4102, 4399, 4400, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 5439, 5440, 5443, 5444, 5445, 5448, 5449, 5450, 5451, 5884, 5885, 5888, 5889, 5892, 5894, 6041, 6042, 6043, 6044])),
            (39, "what-you-must-not-say", Anchor::Lits(&[3321, 3921, 4215, 4519, 4579, 4580, 4581, 4582, 4832, 4835, 4964, 5543, 5550])),
            (40, "reveal-initialization", Anchor::Lits(&[4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199])),
            (41, "forged-own-instructions", Anchor::Lits(&[3000, 3002, 3004, 3007, 3011, 3016, 3017, 3021, 3023, 3025, 3027, 3032, 3033, 3035, 3038, 3042, 3043, 3046, 3052])),
            (42, "follow-what-it-says", Anchor::Lits(&[162, 163, 164, 165, 166, 168, 169, 257, 258, 259, 260, 261, 262, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2829, 2830, 2831, 2832, 2833, 2834, 2836, 2837, 2838, 2839, 2840, 2841])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3631, 3733, 5359, 5391, 5434, 5470, 5505, 5514, 5524, 5909, 5911, 5914, 5921, 5924, 5930, 5935, 5977, 5983, 6001, 6006, 6022]), Anchor::All(&[Anchor::Lits(&[564, 576, 605, 646, 1086, 1442, 1529, 1620, 1623, 2045, 2052, 2209, 2282, 2284, 2314, 2316, 2684, 2788]), Anchor::Lits(&[5628])]), Anchor::All(&[Anchor::Lits(&[320, 568, 575, 1598, 2207, 2774]), Anchor::Lits(&[3281, 5881, 5948, 6050])])]), Anchor::Lits(&[565, 567, 577, 583, 606, 647, 1087, 1092, 1443, 1530, 1621, 1624, 2046, 2053, 2210, 2283, 2285, 2315, 2317, 2685, 2686, 2789, 3282, 3283, 3284, 3285, 3286, 3287, 5360, 5361, 5362, 5363, 5392, 5393, 5394, 5395, 5471, 5472, 5473, 5474, 5475, 5476, 5477, 5478, 5506, 5507, 5508, 5509, 5510, 5511, 5512, 5513, 5515, 5516, 5517, 5518, 5519, 5520, 5521, 5522, 5887, 5890, 5891, 5897, 5907, 5910, 5912, 5915, 5922, 5925, 5931, 5936, 5952, 5953, 5954, 5956, 5961, 5963, 5978, 5979, 5984, 6002, 6003, 6004, 6005, 6007, 6008, 6009, 6010, 6054, 6055, 6056, 6060, 6066, 6068])])),
            (44, "developer-message-requested", Anchor::Lits(&[40, 358, 698, 1230, 1340, 1410, 1443, 2280, 2468, 2473, 2962, 2963, 2969, 2987, 2989, 2995, 5431, 5442, 5732, 5734, 5736, 5737, 5738, 5739, 5740, 5741, 5742, 5745, 5746, 5747, 5748, 5749, 5751, 6017, 6035])),
            (45, "agents-environment-requested", Anchor::Lits(&[5365, 5366, 5367, 5368, 5369, 5370, 5371, 5372, 5373, 5374, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382, 5383, 5384, 5385, 5386, 5387, 5388, 5389, 5390, 5397, 5398, 5399, 5400, 5401, 5402, 5403, 5404, 5405, 5406, 5407, 5408, 5409, 5410, 5411, 5412, 5413, 5414, 5415, 5416, 5417, 5418, 5419, 5420, 5421, 5422, 5479, 5480, 5481, 5482, 5483, 5484, 5485, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 5493, 5494, 5495, 5496, 5497, 5498, 5499, 5500, 5501, 5502, 5503, 5504, 5630, 5631, 5633, 5634, 5635, 5636, 5637, 5639, 5642, 5645, 5646, 5647, 5648, 5649, 5650, 5651, 5652, 5653, 5654, 5655, 5656, 5657, 5658, 5662, 5663, 5665])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[318, 321, 382, 413, 548, 559, 571, 614, 619, 642, 658, 694, 1102, 1230, 1241, 1255, 1612, 1613, 1614, 1615, 1616, 1814, 1815, 1816, 1825, 1826, 1891, 1929, 1931, 2042, 2050, 2107, 2151, 2313, 2463, 2464, 2466, 2467, 2472, 2474, 2499, 2703, 2948, 2955, 3005, 3014, 3015, 3020, 3034, 3037, 3320, 3639, 4078, 4081, 4084, 4122, 4123, 4124, 4222, 4376, 4584, 4660, 4679, 4684, 4687, 5274, 5313, 5316, 5523, 5622, 5870, 5880, 5913, 5940, 5941, 5942, 5943, 5944, 5945, 5946, 5966, 5968, 5996, 5999, 6014, 6024, 6025, 6033, 6034, 6046, 6048]), Anchor::All(&[Anchor::Lits(&[3641, 4221, 4659, 4834]), Anchor::Lits(&[5998])]), Anchor::All(&[Anchor::Lits(&[223, 1489]), Anchor::Lits(&[5998])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1136, 1536, 1537, 1991, 1992, 2140, 2158, 2206, 2822, 2823, 2959, 2981, 2983])),
            (54, "authority-override", Anchor::Lits(&[43, 1647, 1649, 1657, 1919])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[54, 398, 1079, 1084, 1085, 1412, 1983, 2078, 2393, 2455, 2456]), Anchor::All(&[Anchor::Lits(&[5882, 5926, 5934, 5949, 5987, 6051]), Anchor::Lits(&[1645])])])),
            (58, "address-the-model", Anchor::Lits(&[160, 161, 1406, 1934, 2044, 2095, 2265, 2439, 2440, 4106, 4369, 4370, 4375, 4377, 4583, 4585, 4586, 4587, 4846, 4847, 4920, 4921, 5723, 5724])),
            (59, "unrestricted-mode", Anchor::Lits(&[1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1921, 3202, 3213, 3427, 3585, 3624, 3629, 3792, 3844, 3933, 3964, 4005, 4247, 4261, 4266, 4281, 4337, 4532, 4533, 4535, 4558, 4632, 4651, 4887, 5222, 5261, 5582, 5583, 5585, 5594, 5600, 5604, 5610, 5616])),
            (60, "dan-persona", Anchor::Lits(&[3135, 3136, 3137, 3139, 3140, 3141, 3142, 3143, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3183, 3184, 3185, 3322, 3323, 3324, 3357, 3358, 3359, 3360, 3361, 3362, 3363, 3364, 3385, 3386, 3387, 3430, 3431, 3432, 3584, 3586, 3587, 3588, 3589, 3686, 4386, 4387, 4388, 4742, 4743, 4744, 4760, 4761, 4762, 4763, 4764, 4765, 4766, 4767, 4795, 4796, 4797, 4798, 4799, 4800, 4801, 4802, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5006, 5007, 5008, 5009, 5010, 5011, 5012, 5013, 5715, 5716, 5717, 5883, 5886, 5893, 5898, 5899, 5900, 5901, 5902, 5903, 5904, 5905, 5908, 5950, 5951, 5955, 5957, 5958, 5959, 5960, 5962, 5969, 5970, 5971, 5972, 5973, 5974, 5975, 5976, 5988, 5989, 5990, 5991, 5992, 5993, 5994, 5995, 6052, 6053, 6057, 6061, 6062, 6063, 6064, 6067])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[177, 449, 796, 1734, 2869, 3201, 3563, 3583, 3630, 3842, 4003, 4009, 4130, 4256, 4276, 4312, 4331, 4336, 4358, 4482, 4531, 4534, 4557, 4559, 4888, 4991, 5028, 5029, 5579, 5581, 5584, 5586, 5587, 5592, 5593, 5599, 5606, 5607, 5608, 5618, 5803, 5804, 5815, 5816, 5817, 5818, 5819, 5820, 5821, 5825, 5826, 5827, 5828, 5829, 5830, 5831, 5833, 5839, 5841, 5843, 5847, 5856, 5857]), Anchor::All(&[Anchor::Lits(&[418, 437, 734, 912, 913, 990, 991, 1315, 1383, 1488, 1494, 1717, 1735]), Anchor::Lits(&[5356, 5758, 5763])])]), Anchor::Lits(&[50, 52, 175, 353, 355, 370, 378, 379, 524, 554, 607, 1076, 1077, 1388, 1878, 1987, 1988, 1989, 1990, 2043, 2101, 2139, 2157, 2159, 2178, 2192, 2193, 2338, 2339, 2382, 2388, 2389, 2484, 2706, 2727, 2958, 2985, 3053])])),
            (62, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[41, 135, 167, 176, 177, 178, 179, 427, 612, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 1219, 1220, 1711, 1719, 1734, 1741, 1821, 1822, 1823, 1962, 2008, 2041, 2185, 2387, 2896, 2902, 5252]), Anchor::All(&[Anchor::Lits(&[418, 437, 734, 906, 912, 913, 915, 984, 990, 991, 993, 1215, 1315, 1383, 1487, 1488, 1493, 1494, 1717, 1718, 1722, 1735]), Anchor::Lits(&[2501, 2859, 2866])]), Anchor::All(&[Anchor::Lits(&[136, 1128, 1508, 2738, 2742, 2749]), Anchor::Lits(&[87, 292, 399, 523, 526, 1659, 1974, 2462, 2795])])])),
            (63, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[744, 1767, 1817, 3056, 3812, 3813, 4871, 5143, 5144, 5239]), Anchor::All(&[Anchor::Lits(&[448, 1539, 1697, 1755]), Anchor::Lits(&[3103, 3104, 3105, 3106, 3203, 3204, 3205, 3206, 3219])])])),
            (64, "no-restrictions", Anchor::Lits(&[3389, 3422, 3521, 3531, 3537, 3832, 3878, 3985, 3989, 4001, 4335, 4339, 4390, 4391, 4394, 4771, 4813, 4834, 4961, 4962, 4967, 5031, 5047, 5061, 5073])),
            (65, "rules-do-not-apply", Anchor::Lits(&[207, 208, 1142, 1206, 1207, 1208, 1209, 1210, 1211, 1619, 1859, 1860, 1861, 1862, 1863, 1864, 1913, 1914, 1915, 1916, 1917, 1918, 2661, 2662, 2668, 2669, 2670, 2672])),
            (66, "no-rules-apply", Anchor::Lits(&[4574, 5436, 5457, 5458, 5459, 5460, 5462, 5463, 5466, 5467])),
            (67, "freed-from-limits", Anchor::Lits(&[416, 417, 424, 1097, 1098, 1138, 1219, 1221, 1560, 1768, 1770, 1771, 1803, 1805, 1806, 2129, 2737, 2739, 2740, 2752])),
            (68, "respond-without-limits", Anchor::Lits(&[661, 662, 663, 664, 665, 666, 677, 678, 679, 680, 681, 682, 2108, 2109, 2110, 2111, 2112, 2113, 2121, 2122, 2123, 2124, 2125, 2126, 2239, 2240, 2241, 2242, 2243, 2244, 3200, 3929, 4118, 4526, 4529, 4530, 4546, 4547, 4555, 4556, 4560, 4909, 5802, 5814, 5822])),
            (69, "pre-safety-self", Anchor::Lits(&[1831, 3368])),
            (70, "stay-in-character", Anchor::Lits(&[746, 747, 759, 1008, 1009, 1021, 1522, 1705, 1706, 1723, 2130, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408])),
            (71, "jailbreak-template", Anchor::Lits(&[520, 1757, 1761, 1762, 1764, 1766, 1793, 1794, 2052, 2100, 2586, 2627, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4392, 5711, 5776, 5777, 5778, 5779, 5780, 5781, 5782, 5786, 5787, 5788, 5789, 5790, 5791, 5792, 5793, 5794, 5795, 5796, 5797, 5798, 5799, 5807, 5808, 5809, 5810, 5811, 5812, 5813])),
            (72, "jailbreak", Anchor::Lits(&[3528, 3529, 3948, 3949, 4088, 4091, 4092, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4273, 4275, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4588, 4589, 4814, 5089, 5725, 5726, 5895, 5896, 5928, 5929, 6058, 6059, 6072, 6073])),
            (73, "evil-twin", Anchor::Lits(&[3001, 3009, 3012, 3016, 3018, 3022, 3026, 3035, 3038, 3040, 3044, 3045, 3047, 3048, 3049])),
            (74, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[51, 263, 282, 303, 1386, 1557, 2022, 2447]), Anchor::Lits(&[222, 227, 701, 703, 745, 905, 983, 1007, 1486, 1492, 1703, 1767, 2819, 2821, 2825, 2828])])),
            (75, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[655, 659, 684, 1544, 1936, 2226]), Anchor::Lits(&[133, 1061, 1108, 2759, 2867, 2942])])),
            (76, "simulated-privileged-shell", Anchor::Lits(&[3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3942, 3943, 3944, 3945, 3946, 3947, 3963, 3965, 3966, 3967, 3968, 3969, 5014, 5015, 5016, 5017, 5018, 5019, 5260, 5262, 5263, 5264, 5265, 5266, 5275, 5276, 5277, 5278, 5279, 5280, 5609, 5611, 5612, 5613, 5614, 5615])),
            (77, "self-escalation", Anchor::Lits(&[708, 1507, 2524, 2528, 3029, 3030, 3031, 3054])),
            (78, "blind-execution", Anchor::Lits(&[192, 1123, 2835])),
            (79, "forbidden-becomes-required", Anchor::Lits(&[115, 116, 117, 120, 194, 195, 196, 197, 1124, 1125, 1126, 1127, 1887, 2843, 2844, 2845, 2846])),
            (80, "opposite-of-your-rules", Anchor::Lits(&[2965, 2967, 2980, 2988, 2997, 4652])),
            (81, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[587, 1093, 1370, 1386, 1390, 1391, 1392, 1980, 2022, 2238, 2447]), Anchor::Any(&[Anchor::Lits(&[177, 449, 796, 1734, 2869, 3201, 3563, 3583, 3630, 3842, 4003, 4009, 4130, 4256, 4276, 4312, 4331, 4336, 4358, 4482, 4531, 4534, 4557, 4559, 4888, 4991, 5028, 5029, 5579, 5581, 5584, 5586, 5587, 5592, 5593, 5599, 5606, 5607, 5608, 5618, 5803, 5804, 5815, 5816, 5817, 5818, 5819, 5820, 5821, 5825, 5826, 5827, 5828, 5829, 5830, 5831, 5833, 5839, 5841, 5843, 5847, 5856, 5857]), Anchor::All(&[Anchor::Lits(&[418, 437, 734, 912, 913, 990, 991, 1315, 1383, 1488, 1494, 1717, 1735]), Anchor::Lits(&[5356, 5758, 5763])])]), Anchor::Lits(&[74, 83, 88, 97, 293, 302, 400, 411, 527, 528, 634, 1583, 1592, 1660, 1669, 2732, 2796])])),
            (82, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3393, 3395, 3396, 3822, 3866, 5230, 5231]), Anchor::All(&[Anchor::Lits(&[4314, 4315]), Anchor::Lits(&[645, 652, 1528, 1938, 2256, 2674])]), Anchor::All(&[Anchor::Lits(&[3794, 3795]), Anchor::Lits(&[3578, 4305, 4702, 5095, 5540])])]), Anchor::Lits(&[3134, 3156, 3221, 3352, 3356, 3371, 3372, 3375, 3429, 3460, 3542, 3810, 3811, 4131, 4648, 4756, 4757, 4758, 4759, 4828, 4889, 4928, 4956, 4960, 4978, 4995, 5005, 5141, 5142, 5217, 5223, 5224, 5319, 5556, 5576, 5882, 5949, 6051]), Anchor::Lits(&[2502, 2860, 2867])]), Anchor::All(&[Anchor::Lits(&[3326, 3380, 3381, 3575, 3581, 3655, 3843, 3928, 4004, 4006, 4209, 4359, 4992, 5044, 5090, 5218, 5468]), Anchor::Any(&[Anchor::Lits(&[3129, 3132, 3199, 3240, 3394, 3576, 3578, 3607, 3618, 3648, 3780, 3793, 3866, 3871, 4002, 4313, 4661, 4695, 4702, 4751, 4825, 5095, 5118, 5208, 5219, 5229, 5540, 5575, 5773]), Anchor::All(&[Anchor::Lits(&[3979]), Anchor::Lits(&[48, 103, 1896, 1930, 2264, 2458])]), Anchor::All(&[Anchor::Lits(&[3560, 3796, 3807, 3872, 3927, 4314, 4781, 5122, 5555, 5602, 5624]), Anchor::Lits(&[2645, 2646, 2647, 2649, 2650, 2651, 2652, 2653, 2654, 2657, 2663, 2666, 2671])])]), Anchor::Lits(&[3134, 3156, 3352, 3356, 4755, 4768, 5141, 5882, 6051])])])),
            (83, "third-party-permission", Anchor::All(&[Anchor::Lits(&[428, 537, 668, 712, 1045, 1101, 1135, 1141, 1146, 1296, 1381, 1920, 2131, 2205, 2342, 2453, 2724, 2728, 2745, 2890]), Anchor::Lits(&[123, 217, 286, 322, 323, 545, 675, 1143, 1250, 1274, 1297, 1419, 1434, 1700, 1837, 1890, 1893, 1967, 2152, 2221, 2247, 2335, 2678, 2816])])),
            (84, "privileged-identity", Anchor::Lits(&[130, 217, 322, 323, 545, 1071, 1078, 1297, 2746, 2864, 2958, 2985, 3053])),
            (85, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[2903, 3121, 3122, 3123, 3124, 3125, 3126, 3127, 3128, 3334, 3335, 3336, 3337, 3355, 3426, 3438, 3439, 3440, 3442, 3990, 3991, 3992, 3994, 4105, 4128, 4364, 4365, 4366, 4367, 4734, 4735, 4736, 4737, 4772, 4773, 4774, 4776, 4875, 4876, 4877, 4878, 4969, 4970, 4971, 4973, 5050, 5056, 5058, 5074, 5104, 5107, 5109, 5117, 5273, 5282, 5427, 5428, 5429, 5430, 5764, 5765, 5766, 5767, 5768, 5769, 5770]), Anchor::All(&[Anchor::Lits(&[3181, 4228, 5004, 5025, 5354]), Anchor::Lits(&[45, 48, 132, 204, 633, 641, 645, 669, 670, 671, 672, 713, 714, 715, 716, 717, 718, 719, 720, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1060, 1073, 1140, 1146, 1216, 1296, 1547, 1896, 1930, 1938, 1981, 2003, 2039, 2256, 2264, 2268, 2374, 2384, 2674, 2705, 2723, 2745, 2755])]), Anchor::All(&[Anchor::Lits(&[624, 1058, 1140, 1145, 1546, 2409, 2415, 2744]), Anchor::Lits(&[55, 1129, 2020, 2098, 2411, 2939])])])),
            (86, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[56, 1205, 1260, 2099, 3182, 3409, 3410, 3736, 4012, 4013, 4014, 4015, 4113, 4114, 4127, 4515, 4791, 5281, 5772]), Anchor::All(&[Anchor::Lits(&[436, 733, 1380, 1756, 1759, 1761, 1763, 1764, 1765, 1766, 1789, 1790, 1791, 1793, 1794, 1796, 1797, 1798, 2370, 4276, 5579, 5584, 5593, 5608]), Anchor::Lits(&[228])])])),
            (87, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[2454, 2482, 2730, 3182, 3325, 4076, 4127, 4139, 4491, 4515, 4516, 4791, 5281, 5743]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2454, 2482, 2730]), Anchor::All(&[Anchor::Lits(&[213, 214, 414, 596, 1099, 1181, 1305, 1571, 1575, 1927, 1998, 2000, 2169, 2201, 2213]), Anchor::Lits(&[3929, 4528, 5822, 6077])])]), Anchor::Lits(&[3133, 3220, 4927, 4955, 5216, 5318, 5877])]), Anchor::All(&[Anchor::Lits(&[213, 414, 596, 601, 1099, 1184, 1305, 1571, 1575, 1998, 2000, 2169, 2201, 2213]), Anchor::Lits(&[3929, 4528, 5824, 6077])])])),
            (88, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[212, 215, 415, 532, 573, 574, 1182, 1185, 1306, 1566, 1572, 1576, 1928, 2092, 2161, 2168, 2170, 2202]), Anchor::Lits(&[50, 353, 1986, 2958, 2961, 2985, 3053])])),
            (89, "disable-safety", Anchor::Lits(&[2232, 3108, 3188, 3189, 3234, 3257, 3258, 3259, 3264, 3265, 3266, 3267, 3268, 3269, 3329, 3331, 3332, 3333, 3391, 3392, 3403, 3405, 3421, 3437, 3443, 3445, 3446, 3512, 3514, 3515, 3516, 3533, 3535, 3536, 3538, 3564, 3566, 3594, 3595, 3604, 3649, 3650, 3662, 3664, 3816, 3821, 3823, 3826, 3827, 3828, 3829, 3830, 3831, 3834, 3835, 3837, 3839, 3879, 3923, 3925, 3931, 3953, 3954, 3955, 3982, 3984, 3986, 3995, 4059, 4066, 4112, 4119, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4274, 4332, 4389, 4393, 4486, 4487, 4623, 4686, 4689, 4839, 4881, 4893, 4901, 4968, 4983, 4984, 5045, 5051, 5052, 5053, 5054, 5055, 5059, 5060, 5062, 5063, 5064, 5065, 5066, 5067, 5068, 5069, 5070, 5071, 5072, 5078, 5079, 5080, 5105, 5106, 5110, 5111, 5112, 5113, 5114, 5115, 5116, 5132, 5133, 5259, 5283, 5284, 5285, 5320, 5426, 5453, 5573, 5577, 5578, 5589, 5873, 6011])),
            (90, "safety-declared-off", Anchor::Lits(&[3186, 3188, 3257, 3258, 3259, 3264, 3265, 3266, 3267, 3268, 3269, 3329, 3331, 3332, 3333, 3421, 3437, 3443, 3512, 3514, 3515, 3516, 3533, 3535, 3536, 3538, 3564, 3566, 3816, 3826, 3827, 3828, 3829, 3830, 3831, 3837, 3879, 3982, 3984, 3986, 3995, 4059, 4066, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4389, 4393, 4839, 4881, 4893, 4901, 4968, 4983, 4984, 5045, 5051, 5052, 5053, 5054, 5055, 5059, 5060, 5062, 5063, 5064, 5065, 5066, 5067, 5068, 5069, 5070, 5071, 5072, 5078, 5079, 5080, 5105, 5106, 5110, 5111, 5112, 5113, 5114, 5115, 5116, 5426, 5573, 6011])),
            (91, "skip-approval", Anchor::Lits(&[211, 572, 585, 1960, 2182, 2333, 2336, 2902, 3262, 3690, 3744, 4490, 4549, 4870, 5238, 5832, 5916, 5917, 5918, 5919])),
            (92, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[3596, 3598, 3599, 3615, 5617]), Anchor::All(&[Anchor::Lits(&[3146, 3147, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3244, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3469, 3491, 3493, 3494, 3496, 3497, 3499, 3500, 3502, 3504, 3723, 3724, 3725, 3726, 3727, 3728, 3729, 3730, 3731, 3732, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3894, 3898, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 4598, 4609, 4611, 4612, 4614, 4615, 4617, 4618, 4620, 4622, 4722, 4723, 4724, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 5033, 5034, 5035, 5036, 5037, 5038, 5039, 5040, 5041, 5042]), Anchor::Lits(&[3596, 3598, 3599, 3615, 4980, 5020, 5021, 5557, 5596, 5617])])])),
            (93, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[2648, 2660, 2664, 2665, 3642, 5249, 5835, 5837, 5838, 5840, 5842, 5845, 5854, 5855, 5858, 5859, 5860, 5861, 5863, 5864, 5865, 5866, 5867, 5868]), Anchor::All(&[Anchor::Lits(&[530, 531, 538, 636, 1181, 1197, 1249, 1300, 2067, 2196, 2213, 2234, 2261]), Anchor::Lits(&[3340, 3687, 3741, 4488, 5149, 5235])])])),
            (94, "do-not-screen-input", Anchor::Lits(&[749, 750, 751, 753, 757, 769, 771, 772, 773, 774, 775, 776, 781, 782, 1011, 1012, 1013, 1015, 1019, 1031, 1033, 1034, 1035, 1036, 1037, 1038, 1043, 1044, 1708, 1709, 1710, 1713, 1720, 1733, 1737, 1738, 1739, 1740, 1742, 1743, 1748, 1749, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 2345, 2346, 2347, 2348, 2349, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2361, 2362, 2417, 2418, 2419, 2420, 2422, 2424, 2425, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917])),
            (95, "allowlist-this-prompt", Anchor::Lits(&[1686, 1688, 1689, 1690, 1693, 1694, 1695, 1696, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 2589, 2590, 2595, 2610, 2613, 2618, 2619, 2625, 3191, 3194, 3863, 5761, 5762])),
            (98, "unset-read-only", Anchor::Lits(&[1055, 1089, 2092, 2097, 2165, 2167, 2214, 2233, 2262])),
            (99, "stop-logging", Anchor::Lits(&[317, 1514, 1599, 2105, 2237, 2690, 2949])),
            (100, "self-approval", Anchor::Lits(&[3272, 5322, 5323, 5324, 5325, 5326, 5327, 5328, 5329, 5330, 5331, 5332, 5333, 5334, 5335, 5336, 5337, 5338, 5339, 5340, 5341, 5342, 5343, 5344, 5345, 5346, 5347, 5348, 5349, 5350, 5351])),
            (101, "execute-everything", Anchor::Lits(&[104, 105, 106, 109, 112, 114, 118, 192, 1104, 1105, 1106, 1110, 1113, 1115, 1121, 1123])),
            (102, "protection-mode-claim", Anchor::Lits(&[63, 121, 315, 432, 722, 1056, 1548, 1596, 1670, 1788, 1828, 1835, 1935, 1937, 1964, 2142, 2725, 2750])),
            (103, "approve-tool-calls", Anchor::Lits(&[216])),
            (105, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[122, 124, 125, 126, 127, 129, 212, 394, 426, 532, 539, 565, 567, 683, 1090, 1301, 1349, 1350, 1576, 1646, 1961, 1963, 1999, 2001, 2093, 2170, 2202, 2315, 2720, 2863]), Anchor::Lits(&[1506, 2525, 2548, 2570, 2588, 2620, 2998])])),
            (106, "tamper-with-named-controls", Anchor::Lits(&[3190, 3192, 3193, 3261, 3267, 3564, 3816, 3981, 4044, 4045, 4046, 4047, 4048, 4049, 4201, 4786, 4838, 4840, 4880, 5103, 5108, 5544, 5573])),
            (107, "authority-waives-controls", Anchor::Lits(&[1450, 1767, 3338, 3455, 3518, 3562, 3815, 3862, 4524, 4561, 4738, 4785, 4789, 5077, 5135, 5136, 5138, 5314, 5721])),
            (108, "vendor-orders-an-action", Anchor::Lits(&[1223, 1225, 1226, 1228, 1229, 1231, 1233, 1234, 1237, 1239, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605])),
            (109, "run-data-as-code", Anchor::Lits(&[392, 1130, 1504, 1505, 1582, 2530, 2531, 2560, 2561, 2566, 2567, 2568, 2569, 2576, 2577, 2791, 2842, 3166, 3910, 3912, 4869, 5099, 5140, 5757])),
            (110, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2186, 2187, 2188, 2189, 2190, 2191]), Anchor::Lits(&[345, 540, 635, 638, 2372, 2383])])),
            (111, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[385, 450, 451, 452, 454, 455, 457, 463, 464, 471, 472, 473, 475, 476, 478, 486, 487, 490, 491, 492, 494, 495, 497, 505, 506, 748, 752, 754, 756, 758, 762, 777, 778, 907, 908, 909, 911, 914, 917, 925, 926, 985, 986, 987, 989, 992, 995, 1003, 1004, 1010, 1014, 1016, 1018, 1020, 1024, 1039, 1040, 1707, 1712, 1714, 1716, 1721, 1726, 1744, 1745, 2870, 2871, 2872, 2874, 2875, 2877, 2885, 2886, 2919, 2920, 2921, 2923, 2924, 2926, 2934, 2935, 3273, 3377, 3691, 3698, 3705, 3745, 3754, 3761, 4010, 4492, 4496, 4503, 4550, 4553, 4567, 5022, 5155, 5156, 5157, 5160, 5161, 5162, 5163, 5164, 5165, 5166, 5174, 5175, 5176, 5177, 5178, 5179, 5187, 5188, 5189, 5190, 5191, 5192, 5193, 5194, 5195, 5196, 5197, 5198, 5199, 5200, 5201, 5202, 5203, 5204, 5205, 5206, 5822]), Anchor::All(&[Anchor::Lits(&[4034, 4036, 4038, 4039, 4040]), Anchor::Lits(&[1222])]), Anchor::All(&[Anchor::Lits(&[101, 139, 211, 2182, 2333]), Anchor::Lits(&[5154])])])),
            (112, "evade-the-checks", Anchor::Lits(&[316, 346, 450, 451, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 471, 472, 474, 475, 476, 477, 478, 479, 482, 483, 484, 485, 486, 487, 489, 490, 491, 493, 494, 495, 496, 497, 498, 501, 502, 503, 504, 505, 506, 508, 748, 752, 755, 756, 758, 760, 762, 763, 766, 767, 768, 770, 777, 778, 780, 907, 908, 910, 911, 914, 916, 917, 918, 921, 922, 923, 924, 925, 926, 928, 985, 986, 988, 989, 992, 994, 995, 996, 999, 1000, 1001, 1002, 1003, 1004, 1006, 1010, 1014, 1017, 1018, 1020, 1022, 1024, 1025, 1028, 1029, 1030, 1032, 1039, 1040, 1042, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1597, 1707, 1712, 1715, 1716, 1721, 1724, 1726, 1727, 1730, 1731, 1732, 1736, 1744, 1745, 1747, 2104, 2688, 2689, 2870, 2871, 2873, 2874, 2875, 2876, 2877, 2878, 2881, 2882, 2883, 2884, 2885, 2886, 2888, 2919, 2920, 2922, 2923, 2924, 2925, 2926, 2927, 2930, 2931, 2932, 2933, 2934, 2935, 2937, 4241, 4545, 5459, 5464, 5465, 5466, 5727, 5822, 5933])),
            (113, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[654, 721, 761, 1023, 1563, 1698, 1773, 1792, 2127, 2132, 2183, 2449, 2454, 2730, 2813, 2902, 3263, 3270, 3441, 3513, 3517, 3550, 3660, 3845, 3864, 3930, 3993, 4008, 4340, 4775, 4972, 5032, 5564, 5567, 5568, 5569, 5571, 5722]), Anchor::All(&[Anchor::Lits(&[428, 438, 537, 712, 723, 1137, 1139, 1263, 1267, 1562, 1564, 1920, 1923, 1924, 1926, 2131, 2134, 2342, 2363, 2448, 2450, 2728, 2731, 2812, 2814]), Anchor::Lits(&[211, 529, 572, 612, 1300, 1565, 1998, 2000, 2091, 2167, 2182, 2198, 2212])]), Anchor::All(&[Anchor::Lits(&[1413, 1439, 1639, 2052, 2144]), Anchor::Lits(&[5561])])])),
            (114, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1327, 1328, 1329, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1341, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3233, 3238, 3239, 3519, 3797, 3838, 3908, 3909, 3911, 3913, 3914, 3915, 3916, 3917, 3918, 3937, 3972, 4154, 4155, 4485, 4636, 4674, 4856, 4949, 5545, 5549, 5756, 5800])),
            (115, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[128, 134, 314, 324, 325, 1302, 1304, 2004, 2005, 2015, 2024, 2059, 2060, 2215, 2216, 2766, 3255, 3511, 4732, 4981, 5135]), Anchor::All(&[Anchor::Lits(&[2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310]), Anchor::Lits(&[3448, 3877, 3981, 4043, 5059, 5573])])])),
            (116, "agent-grants-itself-power", Anchor::Lits(&[1699, 2133, 2526, 2529, 3028, 3036, 3039, 3050, 3055, 5167, 5168, 5169, 5170, 5171, 5172, 5173, 5180, 5181, 5182, 5183, 5184, 5185, 5186])),
            (117, "remove-the-guard-hook", Anchor::Any(&[Anchor::Lits(&[3260, 3330, 3565, 3983, 3987, 4733, 4778, 4786, 4803, 5057, 5108]), Anchor::All(&[Anchor::Lits(&[212, 313, 637, 1301, 1303, 1961, 2001, 2014, 2023, 2214, 2262]), Anchor::Lits(&[1348, 2255])])])),
            (118, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[44, 46, 99, 312, 1103, 1600, 1601, 1671, 2083, 2263]), Anchor::Lits(&[543, 712, 1535, 1947, 2071, 2322, 2416, 2448, 2453, 2728, 2751, 2890])])),
            (121, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3129, 3132, 3199, 3240, 3576, 3578, 3609, 3610, 3611, 3612, 3648, 3782, 3783, 3784, 3785, 3786, 3787, 3788, 3789, 3790, 3866, 4661, 4695, 4702, 4751, 4825, 5095, 5118, 5208, 5219, 5540, 5575]), Anchor::All(&[Anchor::Lits(&[3979]), Anchor::Lits(&[48, 103, 1896, 1930, 2264, 2458])]), Anchor::All(&[Anchor::Lits(&[3560, 3796, 3807, 3872, 3927, 4314, 4781, 5122, 5555, 5602, 5624]), Anchor::Lits(&[2645, 2646, 2647, 2649, 2650, 2651, 2652, 2653, 2654, 2657, 2663, 2666, 2671])])]), Anchor::Lits(&[3207, 3208, 3209, 3210, 3211, 3212, 3220, 3229, 3230, 3278, 3449, 3450, 3451, 3868, 3869, 3870, 3882, 3883, 4234, 4347, 4348, 4349, 4645, 4647, 4696, 4697, 4698, 4829, 4830, 4831, 4879, 4882, 4883, 4982, 4985, 4986, 5119, 5120, 5267, 5268, 5269, 5270, 5271, 5272, 5557, 5558, 5559]), Anchor::Lits(&[64, 277, 358, 1374, 1866, 2847, 2853, 2861])])),
            (122, "tool-call-tampering", Anchor::Lits(&[65, 66, 67, 68, 69, 186, 187, 188, 189, 190, 198, 199, 200, 201, 202, 359, 363, 364, 365, 369, 1062, 1063, 1064, 1065, 1066, 1116, 1117, 1118, 1119, 1120, 1204, 1246, 1375, 1376, 1377, 1378, 1379, 1751, 2437, 2848, 2849, 2850, 2851, 2852, 2854, 2855, 2856, 2857, 2858])),
            (123, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[385, 1683, 1807, 2084, 3195, 3196, 3197, 3214, 3215, 3216, 3398, 3399, 3400, 3573, 3574, 3654, 4025, 4060, 4061, 4062, 4063, 4064, 4065, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4231, 4232, 4288, 4289, 4292, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4318, 4319, 4320, 4321, 4322, 4323, 4324, 4869, 4933, 4934, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 4942, 4943, 4944, 4945, 4946, 4947, 5096, 5099, 5139, 5140, 5232, 5233, 5454, 5455, 5456, 5580, 5590, 5605, 5680, 5681, 5682, 5683, 5684, 5685, 5686, 5687, 5688, 5689, 5690, 5691, 5692, 5693, 5694, 5695, 5696, 5697, 5698, 5699, 5700, 5701, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 5709, 5822]), Anchor::All(&[Anchor::Lits(&[3217, 3687, 3741, 4353, 4488, 4548, 5822, 5938, 5939]), Anchor::Lits(&[3167, 3235, 3236, 4058, 4650, 4694, 4721, 4739, 4932, 5676]), Anchor::Lits(&[98, 100, 409, 727, 728, 1401, 1405, 1554, 1558, 1627, 1634, 1812, 1813, 2141, 2143, 2179, 2180, 2238, 2246, 2324, 2326, 2491, 2497, 2817, 2818])])])),
            (124, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[13, 15, 17, 19, 22, 24, 26, 30, 32, 141, 143, 145, 147, 150, 152, 154, 156, 158, 2506, 2508, 2510, 2512, 2514, 2516, 2518, 2520, 2522, 2549, 2551, 2553, 2555, 2558, 2562, 2564, 2571, 2573, 2591, 2593, 2606, 2608, 2611, 2614, 2616, 2621, 2623]), Anchor::Lits(&[229, 242, 279, 280, 281, 1389, 1393, 1394, 1395, 1396, 1414, 1415, 1416, 1417, 1418, 1459, 1460, 1461, 1462, 1463, 1871, 1872, 1873, 1874, 1875, 2641, 2644, 2658, 2659, 2667])]), Anchor::All(&[Anchor::Lits(&[4125, 4129, 4342, 4754, 5666]), Anchor::Lits(&[170, 599, 1203, 1993, 2892]), Anchor::Lits(&[3579, 3590, 3808, 4676, 4704, 4891, 4974, 4976, 5023, 5100, 5220, 5299, 5541])])]), Anchor::Lits(&[646, 650, 652, 1074, 1075, 1384, 1387, 1531, 1578, 1940, 1981, 1982, 2106, 2174, 2175, 2197, 2227, 2259, 2286, 2385, 2527, 2557, 2676, 2757]), Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 142, 144, 146, 148, 151, 153, 155, 157, 159, 2507, 2509, 2511, 2513, 2515, 2517, 2519, 2521, 2523, 2550, 2552, 2554, 2556, 2559, 2563, 2565, 2572, 2574, 2592, 2594, 2607, 2609, 2612, 2615, 2617, 2622, 2624, 3580, 3591, 3809, 4677, 4705, 4892, 4975, 4977, 5024, 5101, 5221, 5300, 5542])])),
            (128, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[219, 220, 221, 224, 225, 466, 1317, 1323, 1490, 1491, 1685, 1699, 1701, 2318, 2323, 2868]), Anchor::Any(&[Anchor::Lits(&[3129, 3132, 3199, 3240, 3576, 3578, 3609, 3610, 3611, 3612, 3648, 3782, 3783, 3784, 3785, 3786, 3787, 3788, 3789, 3790, 3866, 4661, 4695, 4702, 4751, 4825, 5095, 5118, 5208, 5219, 5540, 5575]), Anchor::All(&[Anchor::Lits(&[3979]), Anchor::Lits(&[48, 103, 1896, 1930, 2264, 2458])]), Anchor::All(&[Anchor::Lits(&[3560, 3796, 3807, 3872, 3927, 4314, 4781, 5122, 5555, 5602, 5624]), Anchor::Lits(&[2645, 2646, 2647, 2649, 2650, 2651, 2652, 2653, 2654, 2657, 2663, 2666, 2671])])])])),
            (129, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3198, 4057, 4126, 4362, 5548]), Anchor::All(&[Anchor::Lits(&[3350, 3351, 3379, 3573, 3814, 4023, 4025, 4231, 4396, 5020, 5021, 5096, 5234, 5531, 5760, 6078]), Anchor::Lits(&[3327, 3383, 3434, 3464, 3667, 3806, 3876, 3907, 4125, 4341, 4342, 4363, 4699, 4720, 5102, 5215, 5251, 5302, 5352])])]), Anchor::Lits(&[131, 350, 351, 389, 639, 1080, 1325, 1326, 1354, 1385, 1468, 1617, 1675, 2194, 2195, 2257, 2410, 2628, 2701, 2862, 3063])])),
            (130, "hijack-the-task", Anchor::Lits(&[4210, 4874])),
            (132, "instruction-field", Anchor::Lits(&[75, 76, 77, 78, 79, 80, 81, 82, 89, 90, 91, 92, 93, 94, 95, 96, 294, 295, 296, 297, 298, 299, 300, 301, 401, 402, 403, 404, 405, 406, 407, 408, 625, 626, 627, 628, 629, 630, 631, 632, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 2463, 2464, 2465, 2469, 2470, 2471, 2472, 2475])),
            (135, "conceal-from-the-people", Anchor::Lits(&[421, 422, 423, 445, 446, 447, 473, 476, 478, 480, 481, 486, 488, 492, 495, 497, 499, 500, 505, 507, 754, 758, 762, 764, 765, 777, 779, 909, 914, 917, 919, 920, 925, 927, 987, 992, 995, 997, 998, 1003, 1005, 1016, 1020, 1024, 1026, 1027, 1039, 1041, 1628, 1630, 1632, 1714, 1721, 1726, 1728, 1729, 1744, 1746, 1995, 1996, 1997, 2872, 2875, 2877, 2879, 2880, 2885, 2887, 2921, 2924, 2926, 2928, 2929, 2934, 2936, 3574, 3654, 3688, 3693, 3694, 3702, 3703, 3709, 3710, 3711, 3712, 3713, 3714, 3720, 3721, 3742, 3749, 3750, 3758, 3759, 3765, 3766, 3767, 3768, 3769, 3770, 3776, 3777, 4352, 4354, 4355, 4356, 4489, 4493, 4494, 4500, 4501, 4506, 4507, 4508, 4509, 4510, 4513, 4520, 4521, 4869, 5099, 5233, 5823, 5834, 5836, 5844, 5846, 5848, 5849, 5850, 5851, 5852, 5853, 5862, 5869])),
            (136, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[173, 737, 738, 739, 740, 741, 1352, 1353, 1760, 1877, 2068, 2436, 2736, 2896, 2941, 5822]), Anchor::All(&[Anchor::Lits(&[205, 578, 579, 580, 581, 647, 1532, 1939, 1941, 2040, 2257, 2260, 2675, 2677]), Anchor::Lits(&[521, 557, 558, 1268, 1495, 1946, 2009, 2069, 2070, 2096, 2128])])])),
            (140, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[53, 138, 509, 522, 553, 556, 557, 640, 730, 1199, 1200, 1326, 1408, 1627, 2082, 2085, 2141, 2258, 2337, 2412, 2865, 3063, 3695, 3701, 3704, 3706, 3717, 3719, 3751, 3757, 3760, 3762, 3773, 3775, 4495, 4499, 4502, 4504, 4514, 4518, 4548, 5130, 5822]), Anchor::All(&[Anchor::Lits(&[1907]), Anchor::Lits(&[4317])])])),
            (142, "assert-a-falsehood", Anchor::Lits(&[3617, 5525, 5754, 5755, 5759])),
            (143, "user-kept-out-of-the-loop", Anchor::Lits(&[107, 108, 110, 111, 113, 119, 181, 182, 183, 184, 185, 191, 206, 230, 231, 233, 234, 235, 236, 237, 238, 239, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 256, 266, 269, 272, 273, 274, 275, 276, 1081, 1107, 1109, 1111, 1112, 1114, 1122, 1264, 1265, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1880, 1881, 1882, 1883, 1884, 1885, 1951, 1952, 1953, 1954, 1955, 1956, 1968, 1969, 1970, 1971, 1972, 1973, 2145, 2146, 2147, 2148, 2149, 2150, 2325, 2729, 2760, 2761, 2762, 2763, 2764, 2765, 2767, 2768, 2769, 2770, 2771, 2772, 4548])),
            (144, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4746, 4747, 4749, 4824]), Anchor::All(&[Anchor::Lits(&[3791, 3959, 3973, 4042, 4056, 4103, 4311, 4637, 4675, 4693, 4745, 4748, 4750, 4824, 4844, 4845, 5878]), Anchor::Lits(&[3346, 3347, 3558, 3559, 3613, 3793, 3867, 3871, 3926, 4313, 4351, 4381, 4397, 4780, 4852, 4853, 4926, 5088, 5121, 5128, 5129, 5250, 5286, 5554, 5601, 5623, 5876])])]), Anchor::Lits(&[347, 348, 623, 633, 674, 1059, 1073, 1141, 1146, 1216, 1547, 1611, 1643, 1680, 1975, 1976, 1977, 2003, 2038, 2072, 2073, 2138, 2236, 2268, 2269, 2319, 2321, 2435, 2457, 2705, 2745, 2755, 2943])])),
            (147, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[3552, 3553, 3554, 3555, 3556, 3557, 3668, 3669, 3670, 3671, 3672, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 3683, 3684, 3685, 4017, 4018, 4019, 4020, 4021, 4022, 4050, 4051, 4052, 4053, 4054, 4055, 4707, 4708, 4709, 4710, 4711, 4712, 4857, 4858, 4859, 4860, 4861, 4862, 4863, 4864, 4865, 4866, 4867, 4868, 4894, 4895, 4896, 4897, 4898, 4899, 5253, 5254, 5255, 5256, 5257, 5258, 5667, 5668, 5669, 5670, 5671, 5672, 5673, 5674, 5675, 5677, 5678, 5679]), Anchor::Lits(&[3408, 3875, 4350, 4752, 4930])])),
            (148, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[12, 140, 149, 174, 1692, 2380]), Anchor::All(&[Anchor::Lits(&[3559, 3867, 3871, 3926, 4313, 4381, 4753, 4780, 4852, 4926, 5121, 5128, 5129, 5250, 5286, 5554, 5623]), Anchor::Lits(&[5532, 5533, 5534, 5535, 5536, 5537, 5783, 5784, 5785, 5801, 5805, 5806]), Anchor::Lits(&[47, 58, 203, 425, 1072, 1083, 1245, 1249, 1351, 1399, 1540, 1895, 2282, 2340, 2498, 2756, 2824])])])),
            (149, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[3130, 3131, 3241, 3242, 3354, 3580, 4593, 4701, 4703, 4705, 4706, 4713, 4826, 4827, 4900, 5096, 5101, 5123]), Anchor::Lits(&[510, 731, 1059, 1069, 1073, 1269, 1909, 1945, 2003, 2031, 2094, 2177, 2179, 2268, 2319, 2324, 2491, 2733])])),
            (150, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3378, 3687, 3741, 4327, 4328, 4488, 4548, 4554, 5822]), Anchor::Lits(&[98, 100, 285, 291, 409, 410, 511, 512, 1262, 1266, 1401, 1405, 1482, 1483, 1554, 1602, 1603, 1629, 1631, 1633, 1635, 1636, 1637, 1812, 1813, 2491, 2497, 2810, 2811]), Anchor::Lits(&[3180, 3255, 3274, 3407, 3423, 3447, 3465, 3592, 3779, 3975, 4171, 4240, 4325, 4361, 4435, 4673, 4823, 5094, 5135, 5137, 5207, 5433])]), Anchor::All(&[Anchor::Lits(&[3340, 3341, 3402, 3404, 3734, 3735, 3960, 3971, 5149, 5151]), Anchor::Lits(&[3255, 3407, 3423, 3424, 3425, 4981, 5135, 5137, 5530])])]), Anchor::Lits(&[332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 384, 429, 430, 431, 433, 434, 435, 439, 440, 441, 442, 443, 444, 745, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 1007, 1276, 1277, 1278, 1279, 1280, 1281, 1283, 1284, 1285, 1286, 1287, 1288, 1555, 1556, 1703, 1773, 1792, 2343, 2344, 2350, 2351, 2359, 2360, 2364, 2365, 2366, 2367, 2368, 2369, 2902])])),
            (151, "send-to-a-raw-address", Anchor::Lits(&[582, 729, 738, 740, 742, 743, 2181, 2371, 2375, 2490, 2824, 3353, 3397, 3582, 3865, 4229, 4525, 4753, 4780, 4852, 4931, 5121, 5250, 5560, 5623, 5728])),
            (152, "send-outside-the-company", Anchor::Lits(&[1147, 1290, 2587, 4680, 4746, 4790, 4848])),
            (153, "disclose-secret-values", Anchor::Lits(&[544, 546, 602, 604, 667, 1088, 1091, 1400, 1984, 1985, 2032, 2741, 2747, 2748, 2785, 2786, 3243, 3428, 3433, 3435, 3436, 3457, 3632, 3633, 4329, 4330, 4592, 4700, 5097, 5098])),
            (154, "override-instructions-es-pt-it", Anchor::Lits(&[3458, 3459, 3644, 3646, 3647, 4167, 4168, 4169, 4212, 4214, 4239, 4578, 4654, 4656, 4662, 4913, 4915, 4917])),
            (155, "override-instructions-fr", Anchor::Lits(&[2687, 4110, 4480, 4481, 4672])),
            (156, "override-instructions-de-nl", Anchor::Lits(&[3231, 3366, 4216, 4227, 4644, 4910, 4911, 4989, 4990, 5091, 5720])),
            (157, "override-instructions-pl-tr", Anchor::Lits(&[4121, 4308, 4309, 4527, 4779, 5317, 5879, 6076])),
            (158, "override-instructions-ru", Anchor::Lits(&[4120, 4479, 4671, 6074, 6082, 6083, 6084, 6085, 6086])),
            (159, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[49, 1682, 2079, 2080, 2219, 2220, 2773]), Anchor::Lits(&[137, 1521, 1608, 1609, 1610, 1642, 2320])])),
            (161, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[4223, 4224, 4225, 4226, 4296, 4474, 4475, 4625, 4626, 4769, 4782, 4783, 4914, 4918, 5043, 5152, 5153, 5298, 5625, 5626, 5627, 5710, 6081, 6084, 6087])),
            (162, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[36, 57, 349, 396, 1343, 1368, 1369, 1484, 1509, 1520, 1534, 1593, 1607, 1979, 2081, 2809]), Anchor::Lits(&[102, 218, 311, 533, 534, 709, 1367, 1454, 1455, 1456, 1553, 1932, 1949, 1957, 1958, 1978, 2086, 2479, 2780])])),
            (164, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[515, 1191, 1533, 1568, 1574, 1702, 2089, 2090, 2115, 2162, 2211, 2275, 2281, 2441, 2815, 3077, 3081, 3881, 4307, 4310, 5087, 5146, 5591, 5595, 5620]), Anchor::All(&[Anchor::Lits(&[516, 608, 1186, 1248, 1570, 1573, 2116, 2167]), Anchor::Lits(&[1561, 2235])]), Anchor::All(&[Anchor::Lits(&[383, 1070, 1181, 1299, 2114, 2184, 2329, 3062]), Anchor::Lits(&[4627])]), Anchor::All(&[Anchor::Lits(&[515, 1191, 1569, 1574, 2119, 2163]), Anchor::Lits(&[2267])]), Anchor::All(&[Anchor::Lits(&[3348, 3365, 4284, 6075]), Anchor::Lits(&[388])]), Anchor::All(&[Anchor::Lits(&[3880, 4306, 4309, 5145]), Anchor::Lits(&[1839, 1840, 2341, 2956])]), Anchor::All(&[Anchor::Lits(&[375, 514, 1181, 1295, 2117, 2173]), Anchor::Lits(&[2777])]), Anchor::All(&[Anchor::Lits(&[374, 376, 377, 514, 1186, 1294, 1298, 2117, 2172, 2173, 2274]), Anchor::Lits(&[2734, 2778])]), Anchor::All(&[Anchor::Lits(&[517, 518, 519, 1183, 1186, 1194, 1195, 1573, 1827, 1836, 1842, 2010, 2011, 2012, 2120, 2166]), Anchor::Lits(&[388, 1180])]), Anchor::All(&[Anchor::Lits(&[2485]), Anchor::Lits(&[310, 352, 1181, 1950, 2266, 2273])])])),
            (166, "reveal-system-prompt-i18n", Anchor::Lits(&[171, 589, 590, 591, 592, 593, 1257, 1258, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1444, 1446, 1447, 1448, 1449, 1453, 1458, 1481, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1625, 1626, 1640, 1876, 1994, 2054, 2055, 2056, 2057, 2058, 2061, 2062, 2459, 2460, 2461, 2472, 2476, 2477, 2478, 2480, 2735, 2758, 2792, 2797, 3085, 3099, 3100, 3958, 5147, 5148])),
            (168, "disable-safety-i18n", Anchor::Lits(&[312, 386, 387, 563, 615, 616, 617, 676, 1187, 1188, 1189, 1190, 1192, 1193, 1196, 1247, 1305, 1312, 1313, 1515, 2064, 2065, 2253, 2327, 2328, 2329, 2719, 2790, 2793, 2794, 3061, 3080, 3083, 3084, 3097, 3101])),
            (170, "stop-following-instructions-i18n", Anchor::Lits(&[180, 356, 588, 706, 1442, 1457, 2114, 2118, 2184, 2804, 3643, 3645, 4211, 4213, 4570, 4571, 4572, 4573, 4577, 4653, 4655, 4912, 4916])),
            (172, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[3634, 3824, 3825, 4107, 4111, 4117, 5712, 5713]), Anchor::All(&[Anchor::Lits(&[3616, 4108, 4111, 4628, 4629, 4630]), Anchor::Lits(&[5538, 5539])])])),
            (173, "instructions-void-de", Anchor::Lits(&[319, 1342, 1753, 1754, 2743])),
            (174, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[381, 547, 1217, 1403, 1404, 1545, 1622, 2063, 2775, 2776, 2779, 2799, 4562, 4563, 4564, 4565, 4566, 4568, 4569, 5081, 5083, 5085, 5086]), Anchor::All(&[Anchor::Lits(&[331, 710, 735, 1402, 1638, 1933, 2025, 2334]), Anchor::Lits(&[4472, 4476, 4477, 4478, 5082, 5084])]), Anchor::All(&[Anchor::Lits(&[1752]), Anchor::Lits(&[3819, 3820, 4368, 5075, 5076, 5714])])])),
            (176, "authority-waives-controls-i18n", Anchor::Lits(&[326, 327, 328, 329, 330, 1095, 1256, 1259, 1261, 1959, 1965, 1966, 2386])),
            (177, "persona-without-rules-i18n", Anchor::Lits(&[21, 34, 35, 59, 84, 86, 695, 1057, 1510, 1889, 2726, 2787, 2800, 2801])),
            (178, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[3254, 3271, 3275, 3276, 3328, 3548, 3549, 3934, 3952, 3970, 4843, 5134]), Anchor::Lits(&[656, 657, 686, 687, 688, 689, 690, 691, 692, 693, 711, 725, 726, 2249, 2250, 3076])])),
            (179, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[204, 535, 541, 549, 551, 609, 643, 648, 1318, 1320, 1371, 1511, 1525, 1531, 1604, 1676, 1678, 1938, 1942, 2228, 2230, 2251, 2270, 2330, 2674, 2806, 3078, 3087, 3091, 3093]), Anchor::Lits(&[172, 598, 600, 651, 660, 700, 724, 736, 1096, 1201, 1542, 1543, 1549, 1550, 1551, 1552, 1559, 1579, 1606, 1681, 1684, 1838, 1841, 1886, 2087, 2088, 2102, 2218, 2381, 2451, 2452, 2798, 2803, 2805, 3082, 3098, 3102])]), Anchor::All(&[Anchor::Lits(&[205, 536, 542, 550, 552, 610, 611, 644, 649, 1319, 1321, 1372, 1512, 1513, 1526, 1527, 1532, 1605, 1677, 1679, 1939, 1941, 1943, 1944, 2229, 2231, 2252, 2271, 2272, 2331, 2332, 2675, 2677, 2807, 2808, 3079, 3088, 3092, 3094]), Anchor::Lits(&[3119, 3120, 3218, 3339, 3342, 3343, 3344, 3345, 3401, 3406, 3874, 3977, 3978, 3980, 4238, 4360, 4395, 4473, 4575, 4576, 4631, 4633, 6079, 6080])])])),
            (180, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[1538, 2006, 2007, 2781, 2782, 2783, 2784, 2918, 3086, 3089, 3090, 3095, 3096])),
            (181, "skip-approval-cjk", Anchor::Lits(&[6088, 6089, 6090, 6091, 6092, 6093, 6094, 6095, 6096, 6097, 6098, 6099, 6100, 6101, 6102, 6103])),
        ],
    },
    // Squashed
    ViewAnchors {
        literals: Literals {
            bytes: b"\
abandon\
abandonyour\
abideby\
abidingby\
aboutyour\
above\
aboveas\
abovedirective\
aboveinstructions\
abovemessage\
abovenote\
aboveprompt\
aboverules\
abovetext\
actas\
actasif\
actasthough\
actingas\
actlike\
actual\
adhereto\
adheringto\
alignment\
all\
allchecks\
allthatthe\
allthatyour\
allthe\
allyour\
amoral\
amoralmode\
anarchymode\
answeras\
answerasif\
answerasthough\
answerlike\
answersanything\
answertoexclusively\
answertojust\
answertoonly\
answertosolely\
anthropic\
any\
anything\
anythingthatthe\
anythingthatyour\
anythingthe\
anythingyour\
anyyour\
applied\
apply\
applyfor\
applyon\
applyover\
applyto\
applytoyou\
approvalcheck\
approvalflow\
approvalgate\
approvalprocess\
approvalprompt\
approvalrequirement\
approvals\
approvalworkflow\
areyou\
aside\
asif\
askedintoyou\
askedinyou\
askedtoyou\
askedyou\
assume\
auditfile\
auditing\
auditlog\
audittrail\
authorization\
away\
be\
before\
beforethatas\
beforethis\
beforethisas\
beginningof\
behaveasif\
behaveasthough\
behavelike\
behindyou\
bindfor\
bindon\
bindover\
bindsyou\
bindto\
bindyou\
blocksyou\
blockyou\
boundaries\
break\
breakfreeof\
breakingfreeof\
breakingoutof\
breakoutof\
brokenfreeof\
bypass\
bypassingyour\
bypassyour\
candoanything\
censorship\
chaosmode\
characteras\
charactersof\
chat\
checksyouhave\
checkyouhave\
circumvent\
circumventingyour\
circumventyour\
clearance\
comebackas\
command\
commands\
complyingwith\
complywith\
complywithanythingisay\
complywitheverycommand\
complywitheveryinstruction\
complywithme\
complywithmycommands\
complywithmyinstructions\
complywithmynewcommands\
complywithmynewinstructions\
complywithmyneworders\
complywithmyorders\
complywithonlyanythingisay\
complywithonlyeverycommand\
complywithonlyeveryinstruction\
complywithonlymycommands\
complywithonlymyinstructions\
complywithonlymynewcommands\
complywithonlymynewinstructions\
complywithonlymyneworders\
complywithonlymyorders\
complywithonlythefollowing\
complywithonlythenew\
complywithonlythese\
complywithonlywhateverisay\
complywithonlywhatisay\
complywiththefollowing\
complywiththenew\
complywiththese\
complywithwhateverisay\
complywithwhatisay\
concernfor\
concernon\
concernover\
concernto\
conditioning\
confidential\
configuration\
confirmationdialogs\
confirmationprompt\
confirmations\
conscience\
considerallofyour\
considerallyour\
considerofyour\
consideryour\
consideryourselfjaibroke\
consideryourselfjailbroke\
constrainsyou\
constraints\
constrainyou\
content\
contentfilter\
contentfilters\
contentof\
contentpolicies\
contentpolicy\
contentrestrictions\
contentsof\
context\
continueas\
continueasif\
continueasthough\
continuelike\
contravene\
contraveneyour\
controlsyou\
controlyou\
conversation\
copyof\
corrupt\
cortexroute\
countallofyour\
countallyour\
countfor\
countofyour\
counton\
countover\
countto\
countyour\
creator\
dan\
danmode\
datayouweregiven\
deactivateyour\
deactivatingyour\
deemallofyour\
deemallyour\
deemofyour\
deemyour\
defeatyour\
defy\
defyyour\
developer\
developerdirective\
developerinstructions\
developermessage\
developermode\
developernote\
developerprompt\
developerrules\
developersmode\
developertext\
devious\
didyou\
directions\
directive\
directives\
disable\
disableyour\
disablingyour\
discard\
discardyour\
dismiss\
dismissyour\
disobey\
disobeyyour\
disregard\
disregardingyour\
disregardyour\
ditch\
ditchyour\
doesanything\
donotbreakcharacter\
donotbreakoutofcharacter\
donotcareabout\
donotcarry\
donotenforce\
donotenforceyour\
donotfollow\
donotfollowyour\
donothave\
donotleaveincharacter\
donotobey\
donotobeyyour\
donotpossess\
donotworryabout\
dontbotherwith\
dontbotherwithyour\
dontbreakcharacter\
dontbreakoutofcharacter\
dontcareabout\
dontcarry\
dontenforce\
dontenforceyour\
dontfollow\
dontfollowyour\
donthave\
dontleaveincharacter\
dontobey\
dontobeyyour\
dontpossess\
dontworryabout\
doyou\
dudemode\
each\
earlier\
earlierdirective\
earlierinstructions\
earliermessage\
earliernote\
earlierprompt\
earlierrules\
earliertext\
emulate\
emulating\
entiretyof\
envelope\
escape\
escapedfrom\
escapefrom\
escaping\
ethicalconstraints\
ethicalfilters\
ethicalguidelines\
ethicalrestrictions\
ethicalrules\
ethics\
evade\
evadeyour\
evadingyour\
every\
everycheck\
everything\
everythingthatthe\
everythingthatyour\
everythingthe\
everythingyour\
everyyour\
evil\
evilmode\
exclusivelyanswerto\
exclusivelyfollow\
exclusivelyforme\
exclusivelyfromme\
exclusivelylistento\
exclusivelyme\
exclusivelyobey\
exclusivelytakeinstructionsfrom\
exclusivelytakeordersfrom\
exclusivelytome\
exemptfrom\
exist\
existfor\
existon\
existover\
existto\
filter\
filters\
filtersandrestrictions\
firstdirective\
firstinstructions\
firstmessage\
firstnote\
firstprompt\
firstrules\
firsttext\
follow\
followexclusively\
followjust\
followonly\
followsolely\
forbidsyou\
forbidyou\
forget\
forgettingyour\
forgetyour\
freedfrom\
freedommode\
freefrom\
freeyourselffromyour\
frombefore\
fromearlier\
fromthesystemas\
fromyourdevelopersas\
fullyjaibroke\
fullyjailbroke\
gaveintoyou\
gaveinyou\
gavetoyou\
gaveyou\
getaroundyour\
getoutof\
gettingaroundyour\
giveintoyou\
giveinyou\
givenoweightto\
givenoweighttoyour\
giventoyou\
givetoyou\
giveyou\
goal\
godmode\
governsyou\
governyou\
guardcheck\
guardrail\
guardrails\
guards\
guidance\
guideline\
guidelines\
hacked\
hackermode\
hadyou\
harmful\
haveyou\
hidden\
hiddendirective\
hiddeninstructions\
hiddenmessage\
hiddennote\
hiddenprompt\
hiddenrules\
hiddentext\
holdfor\
holdon\
holdover\
holdto\
honor\
honour\
humanapproval\
humanintheloop\
hypothetically\
iallowyou\
iauthorizeyou\
icommandyou\
identity\
ignora\
ignorayour\
ignore\
ignoreyour\
ignorezyour\
ignoring\
ignoringyour\
igrantyou\
ihavebeenpwned\
ihavejaibroke\
ihavejailbroke\
iherebyallowyou\
iherebyauthorizeyou\
iherebycommandyou\
iherebygrantyou\
iherebyinstructyou\
iherebyneedyou\
iherebyorderyou\
iherebypermityou\
iherebywantyou\
iinstructyou\
imagine\
immoral\
impersonate\
inaworldwhere\
ineedyou\
info\
initial\
injectioncheck\
injectionclassifier\
injectiondetection\
injectiondetector\
injectionfilter\
injectionguard\
injectionscanner\
input\
insideyour\
instructedintoyou\
instructedinyou\
instructedtoyou\
instructedyou\
instruction\
instructions\
internal\
inthesystemprompt\
inyour\
inyourprompt\
inyourpromptas\
iorderyou\
ipermityou\
ivebeenpwned\
ivejaibroke\
ivejailbroke\
iwantyou\
jaibreakactivated\
jaibreakenabled\
jaibreakmode\
jaibreakprompt\
jaibreaksuccessful\
jaibreaktheai\
jaibreaktheassistant\
jaibreakthebot\
jaibreakthemodel\
jaibreakthesystem\
jaibreakyourself\
jaibrokenai\
jaibrokenassistant\
jaibrokenbot\
jaibrokenchatbot\
jaibrokenmode\
jaibrokenpersona\
jaibrokenversion\
jailbreakactivated\
jailbreakenabled\
jailbreakmode\
jailbreakprompt\
jailbreaksuccessful\
jailbreaktheai\
jailbreaktheassistant\
jailbreakthebot\
jailbreakthemodel\
jailbreakthesystem\
jailbreakyour\
jailbreakyourself\
jailbroken\
jailbrokenai\
jailbrokenassistant\
jailbrokenbot\
jailbrokenchatbot\
jailbrokenmode\
jailbrokenpersona\
jailbrokenversion\
justanswerto\
justfollow\
justforme\
justfromme\
justlistento\
justme\
justobey\
justtakeinstructionsfrom\
justtakeordersfrom\
justtome\
keepincharacter\
keepsyou\
keepyou\
lawless\
learned\
letgoof\
letssay\
liberated\
liberatedfrom\
liftyour\
limitation\
limitations\
limitfor\
limitless\
limitlessmode\
limiton\
limitover\
limits\
limitswhatsoever\
limitsyou\
limitto\
limityou\
lineof\
linesof\
listeningto\
listento\
listentoexclusively\
listentojust\
listentoonly\
listentosolely\
maker\
malicious\
matter\
matterfor\
matteron\
matterover\
matterto\
message\
messages\
meta\
mission\
modeactivated\
modeactive\
modeenabled\
modeengaged\
modehasbeenactivated\
modehasbeenenabled\
modeinitiated\
modeisactivated\
modeisenabled\
modeison\
modeon\
moderation\
modeunlocked\
moralcompass\
morality\
morals\
nefarious\
neglect\
neglectyour\
neuteryour\
neutralizeyour\
neverbreakcharacter\
neverbreakoutofcharacter\
neverfollow\
neverfollowyour\
neverleaveincharacter\
nevermind\
nevermindyour\
neverrefuses\
nofilter\
nofiltermode\
nofiltersmode\
nolimits\
nolimitsmode\
nolongerboundby\
nolongercarry\
nolongerenforce\
nolongerenforceyour\
nolongerfollow\
nolongerfollowyour\
nolongerhave\
nolongerlimitedby\
nolongerpossess\
nolongerrestrictedby\
nomorecarry\
nomorehave\
nomorepossess\
noneedtofollow\
noneedtofollowyour\
noneofthe\
noneofthose\
noneofyour\
norestrictions\
norestrictionsmode\
norules\
notboundby\
notlimitedby\
notrestrictedby\
nowjaibroke\
nowjailbroke\
nullify\
nullifyyour\
obey\
obeyanythingisay\
obeyeverycommand\
obeyeveryinstruction\
obeyexclusively\
obeyjust\
obeyme\
obeymycommands\
obeymyinstructions\
obeymynewcommands\
obeymynewinstructions\
obeymyneworders\
obeymyorders\
obeyonly\
obeysolely\
obeythefollowing\
obeythenew\
obeythese\
obeywhateverisay\
obeywhatisay\
objective\
off\
ofyou\
ofyour\
omegamode\
omit\
omityour\
onhold\
onice\
onlyanswerto\
onlyfollow\
onlyforme\
onlyfromme\
onlylistento\
onlyme\
onlyobey\
onlytakeinstructionsfrom\
onlytakeordersfrom\
onlytome\
onpause\
onyou\
openai\
opening\
operateas\
operator\
oppositeday\
oppositemode\
orders\
original\
originaldirective\
originalinstructions\
originalmessage\
originalnote\
originalprompt\
originalrules\
originaltext\
overlook\
overlookyour\
override\
overridemode\
overrideyour\
overriding\
overridingyour\
overrule\
overruleyour\
owner\
paragraphof\
paragraphsof\
partof\
paynoattentionto\
paynoattentiontoyour\
paynoheedto\
paynoheedtoyour\
paynomindto\
paynomindtoyour\
permission\
persona\
playacharacter\
playthecharacterof\
playthepartof\
playtheroleof\
policies\
policy\
pre\
preamble\
pretend\
pretendasif\
pretendasthough\
pretendlike\
preventsyou\
preventyou\
previousdirective\
previousinstructions\
previously\
previousmessage\
previousnote\
previousprompt\
previousrules\
previoustext\
principles\
printpwned\
priordirective\
priorinstructions\
priormessage\
priornote\
priorprompt\
priorrules\
priortext\
priorto\
priortothis\
private\
proceedas\
programmedintoyou\
programmedinyou\
programmedtoyou\
programmedyou\
programming\
prompt\
promptguard\
protections\
providedtoyou\
putaside\
putasideyour\
putintoyou\
putinyou\
puttoyou\
putyou\
quitenforcing\
quitenforcingyour\
readonlyrestriction\
real\
rebellious\
rebelmode\
rebootas\
redaction\
refusal\
regardallofyour\
regardallyour\
regardofyour\
regardyour\
releasedfrom\
remainderof\
remainincharacter\
replyas\
requests\
respect\
respondas\
respondasif\
respondasthough\
respondlike\
restartas\
restof\
restraint\
restrictfor\
restriction\
restrictions\
restrictionsandfilters\
restricton\
restrictover\
restrictsyou\
restrictto\
restrictyou\
returnas\
reviewprocess\
reviewstep\
rogue\
roleplayas\
rule\
rulebreaking\
rules\
ruleswhatsoever\
safeguard\
safeguards\
safety\
safetycheck\
safetyconstraints\
safetyfeatures\
safetyfilter\
safetyfilters\
safetyguidelines\
safetylayer\
safetymeasures\
safetymechanisms\
safetypolicies\
safetypolicy\
safetyprotocols\
safetyproxy\
safetyrestrictions\
safetyreview\
safetyrules\
safetysettings\
safetysystem\
safetytraining\
saidtointoyou\
saidtoinyou\
saidtotoyou\
saidtoyou\
sandbox\
sanitisation\
sanitization\
sanitizer\
saypwned\
saysyou\
sayyou\
scrap\
scrapyour\
secret\
sectionof\
securitycheck\
securityfilters\
securitylayer\
securitymeasures\
securitymechanisms\
securityprotocols\
securityproxy\
securityrestrictions\
securityreview\
sentenceof\
sentencesof\
sentintoyou\
sentinyou\
senttoyou\
sentyou\
setaside\
setasideyour\
setup\
shutdownyour\
shutoffyour\
simulate\
simulating\
skip\
skipyour\
snowflake\
sofar\
sofaras\
solelyanswerto\
solelyfollow\
solelyforme\
solelyfromme\
solelylistento\
solelyme\
solelyobey\
solelytakeinstructionsfrom\
solelytakeordersfrom\
solelytome\
somebody\
someone\
speakas\
stanmode\
starting\
startof\
startoveras\
statements\
staydanmode\
staydevelopermode\
stayevilmode\
stayincharacter\
stayindanmode\
stayindevelopermode\
stayinevilmode\
stayinjailbreakmode\
stayinjailbrokenmode\
stayinunfilteredmode\
stayjailbreakmode\
stayjailbrokenmode\
stayunfilteredmode\
stickingto\
stickto\
stopapplying\
stopapplyingyour\
stopcaringabout\
stopenforcing\
stopenforcingyour\
stopfollowing\
stopfollowingyour\
stoplisteningto\
stoplisteningtoyour\
stopobeying\
stopobeyingyour\
stopsyou\
stopyou\
subvertyour\
sudomode\
suppose\
suspendyour\
switchingoffyour\
switchoffyour\
system\
systemdirective\
systeminstructions\
systemmessage\
systemnote\
systemprompt\
systemrules\
systemtext\
takeinstructionsfromexclusively\
takeinstructionsfromjust\
takeinstructionsfromonly\
takeinstructionsfromsolely\
takenonoticeof\
takeordersfromexclusively\
takeordersfromjust\
takeordersfromonly\
takeordersfromsolely\
talkas\
tamperwithyour\
tasks\
taughtintoyou\
taughtinyou\
taughttoyou\
taughtyou\
tellintoyou\
tellinyou\
telltoyou\
tellyou\
text\
textof\
thatapplytoyou\
thatbreaks\
thatbypasses\
thatdisregards\
thatdoesnotfollow\
thatdoesnothave\
thatdoesntfollow\
thatdoesnthave\
thatgovernyou\
thathasno\
thatignores\
thatisnotboundby\
thatisntboundby\
thatneverfollows\
theadmin\
thecompany\
thedevelopers\
theguard\
theonlyruleis\
theoperator\
theoretically\
theplatform\
thereareno\
therearezero\
thereisno\
thereiszero\
therereno\
thererezero\
theresno\
thereszero\
thesystem\
they\
theyour\
thingsyouweretold\
throwaway\
throwawayyour\
throwout\
throwoutyour\
tokensof\
toldintoyou\
toldinyou\
toldtoyou\
toldyou\
tooneside\
tossout\
tossoutyour\
trainers\
training\
transcriptof\
transforminto\
treatallofyour\
treatallyour\
treatofyour\
treatyour\
tripwire\
turningoffyour\
turninto\
turnoffyour\
unaligned\
unbound\
unboundby\
unboundmode\
uncensored\
uncensoredmode\
uncensormode\
unchained\
unchainedfrom\
unconstrainedby\
uncontrolled\
underlying\
undermineyour\
unethical\
unfiltered\
unfilteredmode\
unlearn\
unlearnyour\
unleashed\
unleashedmode\
unlockedmode\
unmoderated\
unrestrained\
unrestricted\
unrestrictedmode\
unsafemode\
unshackled\
unshackledfrom\
untilnow\
uptonow\
veryfirst\
violate\
wasyou\
wehavejaibroke\
wehavejailbroke\
wereyou\
what\
whatareyou\
whatdidyou\
whatdoesyour\
whatdoyour\
whatelseisyour\
whateverthatthe\
whateverthatyour\
whateverthe\
whateveryour\
whathaveyou\
whatisyour\
whatsyour\
whatwasyou\
whatwereyou\
which\
whichbreaks\
whichbypasses\
whichdisregards\
whichdoesnotfollow\
whichdoesnothave\
whichdoesntfollow\
whichdoesnthave\
whichhasno\
whichignores\
whichisnotboundby\
whichisntboundby\
whichneverfollows\
whobreaks\
whobypasses\
whodisregards\
whodoesnotfollow\
whodoesnothave\
whodoesntfollow\
whodoesnthave\
whohasno\
whoignores\
whoisnotboundby\
whoisntboundby\
whoneverfollows\
willdoanything\
withnoethics\
withnoguidelines\
withoutanyboundaries\
withoutanyethics\
withoutanyfilters\
withoutanyguidelines\
withoutanylimits\
withoutanyrestrictions\
withoutanyrules\
withoutboundaries\
withoutethics\
withoutfilters\
withoutguidelines\
withoutlimits\
withoutrestrictions\
withoutrules\
withzeroboundaries\
withzerofilters\
withzeroguidelines\
withzerolimitations\
withzerolimits\
withzerorestrictions\
withzerorules\
wordingof\
wordsof\
workaroundyour\
writeintoyou\
writeinyou\
writetoyou\
writeyou\
wroteintoyou\
wroteinyou\
wrotetoyou\
wroteyou\
youare\
youarejaibroke\
youarejailbroke\
youareunder\
youcame\
youcan\
youdbeen\
youfollow\
yougot\
youhadbeen\
youhave\
youhavealreadybeenallowed\
youhavealreadybeenasked\
youhavealreadybeenauthorized\
youhavealreadybeencleared\
youhavealreadybeeninstructed\
youhavealreadybeenordered\
youhavealreadybeenpermitted\
youhavealreadybeentold\
youhaveapproval\
youhavebeen\
youhavebeenallowed\
youhavebeenasked\
youhavebeenauthorized\
youhavebeencleared\
youhavebeengiven\
youhavebeeninstructed\
youhavebeenjaibroke\
youhavebeenjailbroke\
youhavebeenordered\
youhavebeenpermitted\
youhavebeentold\
youhavefullapproval\
youhavemyapproval\
youhavetheapproval\
youknow\
youmay\
youmust\
youmustfollow\
youoperateunder\
your\
yourabove\
youractual\
youralter\
yourchecks\
yourcompany\
yourcomplete\
yourconfidential\
yourconfig\
yourconstraints\
yourcontextwindow\
yourcreators\
yourcurrent\
yourdark\
yourdefault\
yourdeveloper\
yourdirections\
yourdirectives\
youre\
youreceived\
youreceivedas\
yourejaibroke\
yourejailbroke\
yourentire\
yourevil\
yourexact\
yourfirst\
yourfull\
yourguardrails\
yourguidelines\
yourhidden\
yourinitial\
yourinner\
yourinstructions\
yourinternal\
yourjailbroken\
yourmetaprompt\
youropening\
youropposite\
youroriginal\
yourpersona\
yourpolicies\
yourpreamble\
yourpreprompt\
yourprevious\
yourprior\
yourprivate\
yourprogramming\
yourprompt\
yourraw\
yourreal\
yourrestrictions\
yourrules\
yoursecret\
yoursetup\
yourshadow\
yourstarting\
yoursystem\
yourtraining\
yourtrue\
youruncensored\
yourunderlying\
yourunfiltered\
yourunhinged\
yourunrestricted\
yourverbatim\
yourveryfirst\
yourwhole\
youshould\
youvealreadybeenallowed\
youvealreadybeenasked\
youvealreadybeenauthorized\
youvealreadybeencleared\
youvealreadybeeninstructed\
youvealreadybeenordered\
youvealreadybeenpermitted\
youvealreadybeentold\
youvebeen\
youvebeenallowed\
youvebeenasked\
youvebeenauthorized\
youvebeencleared\
youvebeengiven\
youvebeeninstructed\
youvebeenjaibroke\
youvebeenjailbroke\
youvebeenordered\
youvebeenpermitted\
youvebeentold\
youwas\
youwere\
youweregiven\
youweregivenas\
youweretold\
youwill\
",
            ends: &[7, 18, 25, 34, 43, 48, 55, 69, 86, 98, 107, 118, 128, 137, 142, 149, 160, 168, 175, 181, 189, 199, 208, 211, 220, 230, 241, 247, 254, 260, 270, 281, 289, 299, 313, 323, 338, 357, 369, 381, 395, 404, 407, 415, 430, 446, 457, 469, 476, 483, 488, 496, 503, 512, 519, 529, 542, 554, 566, 581, 595, 614, 623, 639, 645, 650, 654, 666, 676, 686, 694, 700, 709, 717, 725, 735, 748, 752, 754, 760, 772, 782, 794, 805, 815, 829, 839, 848, 855, 861, 869, 877, 883, 890, 899, 907, 917, 922, 933, 947, 960, 970, 982, 988, 1001, 1011, 1024, 1034, 1043, 1054, 1066, 1070, 1083, 1095, 1105, 1122, 1136, 1145, 1155, 1162, 1170, 1183, 1193, 1215, 1237, 1263, 1275, 1295, 1319, 1342, 1369, 1390, 1408, 1434, 1460, 1490, 1514, 1542, 1569, 1600, 1625, 1647, 1673, 1693, 1712, 1738, 1760, 1782, 1798, 1813, 1835, 1853, 1863, 1872, 1883, 1892, 1904, 1916, 1929, 1948, 1966, 1979, 1989, 2006, 2021, 2035, 2047, 2071, 2096, 2109, 2120, 2132, 2139, 2152, 2166, 2175, 2190, 2203, 2222, 2232, 2239, 2249, 2261, 2277, 2289, 2299, 2313, 2324, 2334, 2346, 2352, 2359, 2370, 2384, 2396, 2404, 2415, 2422, 2431, 2438, 2447, 2454, 2457, 2464, 2480, 2494, 2510, 2523, 2534, 2544, 2552, 2562, 2566, 2574, 2583, 2601, 2622, 2638, 2651, 2664, 2679, 2693, 2707, 2720, 2727, 2733, 2743, 2752, 2762, 2769, 2780, 2793, 2800, 2811, 2818, 2829, 2836, 2847, 2856, 2872, 2885, 2890, 2899, 2911, 2930, 2954, 2968, 2978, 2990, 3006, 3017, 3032, 3041, 3062, 3071, 3084, 3096, 3111, 3125, 3143, 3161, 3184, 3197, 3206, 3217, 3232, 3242, 3256, 3264, 3284, 3292, 3304, 3315, 3329, 3334, 3342, 3346, 3353, 3369, 3388, 3402, 3413, 3426, 3438, 3449, 3456, 3465, 3475, 3483, 3489, 3500, 3510, 3518, 3536, 3550, 3567, 3586, 3598, 3604, 3609, 3618, 3629, 3634, 3644, 3654, 3671, 3689, 3702, 3716, 3725, 3729, 3737, 3756, 3773, 3789, 3806, 3825, 3838, 3853, 3884, 3909, 3924, 3934, 3939, 3947, 3954, 3963, 3970, 3976, 3983, 4005, 4019, 4036, 4048, 4057, 4068, 4078, 4087, 4093, 4110, 4120, 4130, 4142, 4152, 4161, 4167, 4181, 4191, 4200, 4211, 4219, 4239, 4249, 4260, 4275, 4295, 4308, 4322, 4333, 4342, 4351, 4358, 4371, 4379, 4396, 4407, 4416, 4430, 4448, 4458, 4467, 4474, 4478, 4485, 4495, 4504, 4514, 4523, 4533, 4539, 4547, 4556, 4566, 4572, 4582, 4588, 4595, 4602, 4608, 4623, 4641, 4654, 4664, 4676, 4687, 4697, 4704, 4710, 4718, 4724, 4729, 4735, 4748, 4762, 4776, 4785, 4798, 4809, 4817, 4823, 4833, 4839, 4849, 4860, 4868, 4880, 4889, 4903, 4916, 4930, 4945, 4964, 4981, 4996, 5014, 5028, 5043, 5059, 5073, 5085, 5092, 5099, 5110, 5123, 5131, 5135, 5142, 5156, 5175, 5193, 5210, 5225, 5239, 5255, 5260, 5270, 5287, 5302, 5317, 5330, 5341, 5353, 5361, 5378, 5384, 5396, 5410, 5419, 5429, 5441, 5452, 5464, 5472, 5489, 5504, 5516, 5530, 5548, 5561, 5581, 5595, 5611, 5628, 5644, 5655, 5673, 5685, 5701, 5714, 5730, 5746, 5764, 5780, 5793, 5808, 5827, 5841, 5862, 5877, 5894, 5912, 5925, 5942, 5952, 5964, 5983, 5996, 6013, 6027, 6044, 6061, 6073, 6083, 6092, 6102, 6114, 6120, 6128, 6152, 6170, 6178, 6193, 6201, 6208, 6215, 6222, 6229, 6236, 6245, 6258, 6266, 6276, 6287, 6295, 6304, 6317, 6324, 6333, 6339, 6355, 6364, 6371, 6379, 6385, 6392, 6403, 6411, 6430, 6442, 6454, 6468, 6473, 6482, 6488, 6497, 6505, 6515, 6523, 6530, 6538, 6542, 6549, 6562, 6572, 6583, 6594, 6614, 6632, 6645, 6660, 6673, 6681, 6687, 6697, 6709, 6721, 6729, 6735, 6744, 6751, 6762, 6772, 6786, 6805, 6829, 6840, 6855, 6876, 6885, 6898, 6910, 6918, 6930, 6943, 6951, 6963, 6978, 6991, 7006, 7025, 7039, 7057, 7069, 7086, 7101, 7121, 7132, 7142, 7155, 7169, 7187, 7196, 7207, 7217, 7231, 7249, 7256, 7266, 7278, 7293, 7304, 7316, 7323, 7334, 7338, 7354, 7370, 7390, 7405, 7413, 7419, 7433, 7451, 7468, 7489, 7504, 7516, 7524, 7534, 7550, 7560, 7569, 7585, 7597, 7606, 7609, 7614, 7620, 7629, 7633, 7641, 7647, 7652, 7664, 7674, 7683, 7693, 7705, 7711, 7719, 7743, 7761, 7769, 7776, 7781, 7787, 7794, 7803, 7811, 7822, 7834, 7840, 7848, 7865, 7885, 7900, 7912, 7926, 7939, 7951, 7959, 7971, 7979, 7991, 8003, 8013, 8027, 8035, 8047, 8052, 8063, 8075, 8081, 8097, 8117, 8128, 8143, 8154, 8169, 8179, 8186, 8200, 8218, 8231, 8244, 8252, 8258, 8261, 8269, 8276, 8287, 8302, 8313, 8324, 8334, 8351, 8371, 8381, 8396, 8408, 8422, 8435, 8447, 8457, 8467, 8481, 8498, 8510, 8519, 8530, 8540, 8549, 8556, 8567, 8574, 8583, 8600, 8615, 8630, 8643, 8654, 8660, 8671, 8682, 8695, 8703, 8715, 8725, 8733, 8741, 8747, 8760, 8777, 8796, 8800, 8810, 8819, 8827, 8836, 8843, 8858, 8871, 8883, 8893, 8905, 8916, 8933, 8940, 8948, 8955, 8964, 8975, 8990, 9001, 9010, 9016, 9025, 9036, 9047, 9059, 9081, 9091, 9103, 9115, 9125, 9136, 9144, 9157, 9167, 9172, 9182, 9186, 9198, 9203, 9218, 9227, 9237, 9243, 9254, 9271, 9285, 9297, 9310, 9326, 9337, 9351, 9367, 9381, 9393, 9408, 9419, 9437, 9449, 9460, 9474, 9486, 9500, 9513, 9524, 9535, 9544, 9551, 9563, 9575, 9584, 9592, 9599, 9605, 9610, 9619, 9625, 9634, 9647, 9662, 9675, 9691, 9709, 9726, 9739, 9759, 9773, 9783, 9794, 9805, 9814, 9823, 9830, 9838, 9850, 9855, 9867, 9878, 9886, 9896, 9900, 9908, 9917, 9922, 9929, 9943, 9955, 9966, 9978, 9992, 10000, 10010, 10036, 10056, 10066, 10074, 10081, 10088, 10096, 10104, 10111, 10122, 10132, 10143, 10160, 10172, 10187, 10200, 10219, 10233, 10252, 10272, 10292, 10309, 10327, 10345, 10355, 10362, 10374, 10390, 10405, 10418, 10435, 10448, 10465, 10480, 10499, 10510, 10525, 10533, 10540, 10551, 10559, 10566, 10577, 10593, 10606, 10612, 10627, 10645, 10658, 10668, 10680, 10691, 10701, 10732, 10756, 10780, 10806, 10820, 10845, 10863, 10881, 10901, 10907, 10921, 10926, 10939, 10950, 10961, 10970, 10981, 10990, 10999, 11006, 11010, 11016, 11030, 11040, 11052, 11066, 11083, 11098, 11114, 11128, 11141, 11150, 11161, 11177, 11192, 11208, 11216, 11226, 11239, 11247, 11260, 11271, 11284, 11295, 11305, 11317, 11326, 11337, 11346, 11357, 11365, 11375, 11384, 11388, 11395, 11412, 11421, 11434, 11442, 11454, 11462, 11473, 11482, 11491, 11498, 11507, 11514, 11525, 11533, 11541, 11553, 11566, 11580, 11592, 11603, 11612, 11620, 11634, 11642, 11653, 11662, 11669, 11678, 11689, 11699, 11713, 11725, 11734, 11747, 11762, 11774, 11784, 11797, 11806, 11816, 11830, 11837, 11848, 11857, 11870, 11882, 11893, 11905, 11917, 11933, 11943, 11953, 11967, 11975, 11982, 11991, 11998, 12004, 12018, 12033, 12040, 12044, 12054, 12064, 12076, 12086, 12100, 12115, 12131, 12142, 12154, 12165, 12175, 12184, 12194, 12205, 12210, 12221, 12234, 12249, 12267, 12283, 12300, 12315, 12325, 12337, 12354, 12370, 12387, 12396, 12407, 12420, 12436, 12450, 12465, 12478, 12486, 12496, 12511, 12525, 12540, 12554, 12566, 12582, 12602, 12618, 12635, 12655, 12671, 12693, 12708, 12725, 12738, 12752, 12769, 12782, 12801, 12813, 12831, 12846, 12864, 12883, 12897, 12917, 12930, 12939, 12946, 12960, 12972, 12982, 12992, 13000, 13012, 13022, 13032, 13040, 13046, 13060, 13075, 13086, 13093, 13099, 13107, 13116, 13122, 13132, 13139, 13164, 13187, 13215, 13240, 13268, 13293, 13320, 13342, 13357, 13368, 13386, 13402, 13423, 13441, 13457, 13478, 13497, 13517, 13535, 13555, 13570, 13589, 13606, 13624, 13631, 13637, 13644, 13657, 13672, 13676, 13685, 13695, 13704, 13714, 13725, 13737, 13753, 13763, 13778, 13795, 13807, 13818, 13826, 13837, 13850, 13864, 13878, 13883, 13894, 13907, 13920, 13934, 13944, 13952, 13961, 13970, 13978, 13992, 14006, 14016, 14027, 14036, 14052, 14064, 14078, 14092, 14103, 14115, 14127, 14138, 14150, 14162, 14175, 14187, 14196, 14207, 14222, 14232, 14239, 14247, 14263, 14272, 14282, 14291, 14301, 14313, 14323, 14335, 14343, 14357, 14371, 14385, 14397, 14413, 14425, 14438, 14447, 14456, 14479, 14500, 14526, 14549, 14575, 14598, 14623, 14643, 14652, 14668, 14682, 14701, 14717, 14731, 14750, 14767, 14785, 14801, 14819, 14832, 14838, 14845, 14857, 14871, 14882, 14889],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[120, 156, 170, 226, 227, 378, 380, 381, 450, 522, 730, 731, 769, 781, 786, 904, 978]), Anchor::Lits(&[0, 103, 185, 212, 232, 234, 236, 238, 241, 246, 248, 250, 254, 257, 258, 262, 264, 266, 270, 273, 345, 367, 409, 411, 414, 516, 569, 575, 578, 588, 590, 599, 612, 639, 670, 672, 675, 677, 683, 685, 687, 735, 741, 818, 837, 844, 882, 884, 885, 887, 889, 891, 913, 965, 967, 975, 1005])]), Anchor::All(&[Anchor::Lits(&[120, 156, 172, 189, 204, 226, 228, 304, 378, 380, 382, 435, 444, 451, 549, 661, 730, 731, 758, 783, 786, 866, 904, 920, 929, 964, 978]), Anchor::Lits(&[0, 103, 185, 212, 232, 234, 236, 238, 241, 246, 248, 250, 254, 257, 258, 262, 264, 266, 270, 273, 345, 367, 409, 411, 414, 516, 569, 575, 578, 588, 590, 599, 612, 639, 670, 672, 675, 677, 683, 685, 687, 735, 741, 818, 837, 844, 882, 884, 885, 887, 889, 891, 913, 965, 967, 975, 1005])]), Anchor::All(&[Anchor::Lits(&[5, 81, 352, 353, 369, 734, 847, 1017, 1018, 1108, 1125, 1159, 1222, 1231, 1233]), Anchor::Lits(&[120, 156, 170, 226, 227, 378, 380, 381, 450, 522, 730, 731, 769, 781, 786, 904, 978])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[120, 156, 217, 226, 227, 378, 380, 381, 450, 730, 731, 783, 786, 904, 978]), Anchor::All(&[Anchor::Lits(&[120, 156, 226, 227, 378, 380, 381, 450, 730, 731, 783, 786, 904, 978]), Anchor::Lits(&[23, 42, 302, 1140])]), Anchor::All(&[Anchor::Lits(&[119, 227, 377, 381, 450, 521, 731, 768, 781, 785, 788]), Anchor::Lits(&[0, 103, 185, 212, 232, 234, 236, 238, 241, 246, 248, 250, 254, 257, 258, 262, 264, 266, 270, 273, 345, 367, 409, 411, 414, 516, 569, 575, 578, 588, 590, 599, 612, 639, 670, 672, 675, 677, 683, 685, 687, 735, 741, 818, 837, 844, 882, 884, 885, 887, 889, 891, 913, 965, 967, 975, 1005])]), Anchor::All(&[Anchor::Lits(&[96, 107, 120, 156, 162, 170, 177, 226, 227, 298, 329, 378, 380, 381, 450, 522, 528, 565, 566, 567, 695, 713, 730, 731, 766, 769, 783, 786, 795, 904, 978]), Anchor::Lits(&[41, 655, 846, 859, 860, 945, 946, 947, 950, 952, 961, 962, 1145, 1151, 1155])]), Anchor::All(&[Anchor::Lits(&[654, 931, 939, 1103, 1107, 1108, 1110, 1138, 1139, 1222, 1231]), Anchor::Lits(&[23, 42, 276, 302])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[5, 79, 277, 453, 455, 515, 707, 723, 847, 1017, 1018, 1100, 1106, 1108, 1109, 1120, 1135, 1217, 1229, 1230]), Anchor::Lits(&[23, 43, 304, 1025])])),
            (5, "override-bare-instructions", Anchor::Lits(&[103, 238, 345, 411, 578, 672, 683, 887, 891])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[1, 4, 28, 105, 186, 213, 233, 235, 237, 239, 240, 242, 249, 251, 255, 259, 265, 267, 271, 346, 347, 368, 410, 412, 413, 415, 570, 576, 579, 589, 591, 600, 613, 637, 640, 671, 674, 676, 678, 684, 686, 688, 736, 742, 819, 838, 845, 883, 886, 888, 890, 892, 966, 968, 976, 1006]), Anchor::All(&[Anchor::Lits(&[0, 103, 185, 212, 232, 234, 236, 238, 241, 246, 248, 250, 254, 257, 258, 262, 264, 266, 270, 273, 345, 367, 409, 411, 414, 516, 569, 575, 578, 588, 590, 599, 612, 639, 670, 672, 675, 677, 683, 685, 687, 735, 741, 818, 837, 844, 882, 884, 885, 887, 889, 891, 913, 965, 967, 975, 1005]), Anchor::Lits(&[111, 120, 189, 226, 372, 408, 444, 551, 634, 661, 690, 731, 929])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[55, 91, 93, 94, 95, 169, 171, 187, 188, 343, 344, 374, 375, 512, 513, 530, 532, 703, 704, 773, 775, 816, 817, 893, 894, 928, 973])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[1100, 1104, 1108, 1110, 1217, 1230]), Anchor::All(&[Anchor::Lits(&[2, 3, 20, 21, 121, 122, 338, 400, 401, 535, 536, 614, 759, 880, 881]), Anchor::Lits(&[120, 156, 170, 201, 214, 226, 227, 378, 380, 381, 450, 522, 541, 658, 679, 730, 731, 769, 781, 786, 904, 977, 978])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 18, 33, 34, 35, 37, 38, 39, 40, 80, 82, 84, 85, 86, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 163, 164, 165, 166, 182, 183, 184, 193, 194, 196, 200, 207, 208, 209, 210, 215, 216, 217, 219, 220, 221, 223, 278, 279, 280, 281, 282, 283, 284, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 331, 332, 333, 334, 335, 336, 337, 339, 340, 341, 342, 354, 355, 389, 390, 391, 392, 393, 394, 395, 456, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 537, 538, 539, 540, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 663, 664, 665, 666, 667, 668, 669, 700, 701, 702, 705, 706, 708, 709, 710, 711, 712, 715, 716, 717, 718, 719, 720, 721, 750, 751, 752, 753, 761, 762, 763, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 914, 915, 916, 917, 981, 982, 983, 984, 1160, 1232])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[76, 117, 405, 406, 407, 416, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 434, 457, 458, 462, 689, 1100, 1105, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1121, 1122, 1123, 1124, 1126, 1129, 1130, 1131, 1132, 1133, 1134, 1136, 1137, 1158, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1218, 1219, 1220, 1221, 1223, 1226, 1227, 1228, 1234]), Anchor::Lits(&[97, 103, 114, 229, 238, 299, 345, 411, 672, 844, 1020])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[22, 24, 56, 57, 58, 59, 61, 62, 63, 72, 73, 74, 75, 96, 107, 112, 113, 120, 156, 159, 161, 162, 170, 192, 226, 227, 288, 298, 303, 328, 376, 377, 379, 380, 381, 402, 403, 437, 438, 439, 440, 442, 443, 450, 522, 528, 563, 567, 695, 696, 713, 730, 731, 733, 743, 748, 749, 769, 777, 778, 783, 785, 787, 812, 813, 814, 822, 824, 825, 826, 827, 828, 830, 904, 948, 978, 985, 1144]), Anchor::Lits(&[65, 77, 87, 635, 641, 642, 653, 974])])),
            (29, "reveal-own-instructions", Anchor::Lits(&[1141, 1142, 1146, 1147, 1148, 1149, 1150, 1152, 1154, 1156, 1157, 1163, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1173, 1174, 1176, 1177, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1196, 1197, 1198, 1201, 1202, 1205, 1206, 1207])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[158, 226, 228, 382, 451, 548, 698, 731, 783, 839, 929]), Anchor::Lits(&[19, 157, 214, 388, 436, 452, 550, 656, 662, 697, 724, 744, 820, 863, 901, 1000, 1019])])),
            (31, "what-others-told-you", Anchor::Lits(&[5, 67, 68, 69, 70, 79, 358, 359, 360, 361, 365, 366, 370, 371, 446, 447, 448, 449, 722, 726, 727, 728, 729, 737, 738, 739, 740, 807, 808, 809, 810, 833, 834, 835, 836, 921, 922, 923, 924, 925, 926, 927, 928, 970, 971, 972, 973, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099])),
            (32, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[445, 454, 1026, 1027, 1028, 1029, 1030, 1035, 1036, 1037, 1038, 1039]), Anchor::All(&[Anchor::Lits(&[64, 225, 274, 385, 387, 1021, 1024]), Anchor::Lits(&[1025, 1040])])])),
            (36, "reveal-context-contents", Anchor::Lits(&[83, 110, 175, 179, 180, 190, 287, 451, 533, 534, 680, 681, 682, 698, 731, 755, 765, 821, 831, 832, 864, 904, 930, 969, 979, 1089, 1090])),
            (59, "unrestricted-mode", Anchor::Lits(&[30, 31, 108, 203, 218, 222, 275, 311, 349, 373, 384, 483, 498, 525, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 564, 582, 583, 585, 605, 638, 660, 673, 746, 862, 896, 992, 994, 995, 1004, 1008, 1009, 1013, 1014])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[29, 36, 106, 191, 202, 224, 243, 310, 383, 386, 431, 493, 514, 518, 524, 542, 568, 580, 581, 584, 604, 606, 745, 779, 782, 932, 933, 934, 935, 936, 937, 938, 940, 941, 942, 943, 944, 989, 990, 993, 996, 999, 1002, 1003, 1007, 1010, 1011, 1012, 1015, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088]), Anchor::Lits(&[14, 17, 32, 78, 109, 118, 181, 285, 286, 432, 657, 691, 692, 693, 694, 725, 747, 757, 760, 764, 776, 780, 842, 843, 861, 865, 918, 980, 987, 1100, 1158])])),
            (64, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[107, 162, 174, 176, 177, 247, 252, 256, 263, 268, 272, 298, 378, 382, 522, 529, 565, 566, 567, 587, 592, 594, 596, 597, 598, 713, 766, 769, 784, 786, 792, 795, 803, 806]), Anchor::All(&[Anchor::Lits(&[96, 107, 162, 170, 177, 298, 329, 378, 382, 522, 528, 565, 566, 567, 695, 713, 730, 766, 769, 783, 786, 795]), Anchor::Lits(&[18, 66, 71, 404, 430, 433, 517, 699, 897, 951])])])),
            (65, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[51, 52, 53, 54, 88, 89, 90, 92, 152, 153, 154, 155, 195, 197, 198, 199, 324, 325, 326, 327, 396, 397, 398, 399, 523, 526, 527, 531, 544, 545, 546, 547, 767, 771, 772, 774]), Anchor::All(&[Anchor::Lits(&[49, 50, 323, 543]), Anchor::Lits(&[18, 66, 71, 430, 517, 699, 897])])])),
            (66, "no-rules-apply", Anchor::Lits(&[601, 602, 603, 949, 953, 954, 955, 956, 957, 958, 959, 960])),
            (67, "freed-from-limits", Anchor::Lits(&[98, 99, 102, 290, 291, 322, 348, 350, 519, 586, 593, 595, 607, 608, 609, 754, 991, 997, 998, 1016])),
            (69, "pre-safety-self", Anchor::Lits(&[79, 636])),
            (70, "stay-in-character", Anchor::Lits(&[244, 245, 253, 260, 261, 269, 511, 573, 574, 577, 756, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879])),
            (72, "jailbreak", Anchor::Lits(&[167, 168, 356, 357, 417, 418, 419, 459, 460, 461, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 492, 494, 495, 496, 497, 498, 499, 500, 610, 611, 714, 815, 1022, 1023, 1101, 1102, 1127, 1128, 1161, 1162, 1224, 1225])),
            (73, "evil-twin", Anchor::Lits(&[1143, 1153, 1164, 1170, 1172, 1175, 1178, 1190, 1193, 1195, 1199, 1200, 1202, 1203, 1204])),
            (79, "forbidden-becomes-required", Anchor::Lits(&[25, 26, 27, 28, 44, 45, 46, 47, 305, 306, 307, 308, 659, 1031, 1032, 1033, 1034])),
            (89, "disable-safety", Anchor::Lits(&[1, 24, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 100, 101, 104, 105, 107, 112, 113, 115, 116, 159, 160, 161, 173, 176, 177, 178, 192, 205, 206, 211, 230, 231, 239, 240, 288, 289, 292, 293, 294, 295, 296, 297, 298, 300, 301, 303, 309, 330, 346, 347, 351, 362, 363, 364, 376, 377, 379, 402, 403, 412, 415, 437, 438, 439, 440, 441, 442, 443, 491, 520, 563, 567, 571, 572, 637, 674, 676, 732, 743, 748, 749, 770, 777, 778, 785, 788, 789, 790, 791, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 811, 812, 813, 814, 822, 823, 824, 825, 826, 827, 828, 829, 830, 840, 841, 895, 898, 899, 900, 919, 948, 963, 985, 986, 988, 1001, 1091, 1144])),
            (90, "safety-declared-off", Anchor::Lits(&[22, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 107, 112, 113, 159, 160, 161, 173, 176, 177, 178, 192, 288, 293, 294, 295, 296, 297, 298, 303, 330, 376, 377, 379, 402, 403, 437, 438, 439, 440, 441, 442, 443, 563, 567, 732, 743, 748, 749, 770, 777, 778, 785, 788, 789, 790, 791, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 812, 813, 814, 822, 823, 824, 825, 826, 827, 828, 829, 830, 948, 985, 1144])),
        ],
    },
    // SquashedIl
    ViewAnchors {
        literals: Literals {
            bytes: b"\
abandon\
abandonyour\
abideby\
abidingby\
aboutyour\
above\
aboveas\
abovedirective\
aboveinstructions\
abovemessage\
abovenote\
aboveprompt\
aboveruies\
abovetext\
actas\
actasif\
actasthough\
actiike\
actingas\
actuai\
adhereto\
adheringto\
aii\
aiichecks\
aiignment\
aiithatthe\
aiithatyour\
aiithe\
aiiyour\
amorai\
amoraimode\
anarchymode\
answeras\
answerasif\
answerasthough\
answeriike\
answersanything\
answertoexciusiveiy\
answertojust\
answertooniy\
answertosoieiy\
anthropic\
any\
anything\
anythingthatthe\
anythingthatyour\
anythingthe\
anythingyour\
anyyour\
appiied\
appiy\
appiyfor\
appiyon\
appiyover\
appiyto\
appiytoyou\
approvaicheck\
approvaifiow\
approvaigate\
approvaiprocess\
approvaiprompt\
approvairequirement\
approvais\
approvaiworkfiow\
areyou\
aside\
asif\
askedintoyou\
askedinyou\
askedtoyou\
askedyou\
assume\
auditfiie\
auditing\
auditiog\
audittraii\
authorization\
away\
ban\
be\
before\
beforethatas\
beforethis\
beforethisas\
beginningof\
behaveasif\
behaveasthough\
behaveiike\
behindyou\
bindfor\
bindon\
bindover\
bindsyou\
bindto\
bindyou\
biock\
biocksyou\
biockyou\
boundaries\
break\
breakfreeof\
breakingfreeof\
breakingoutof\
breakoutof\
brokenfreeof\
bypass\
bypassingyour\
bypassyour\
candoanything\
censorship\
chaosmode\
characteras\
charactersof\
chat\
checksyouhave\
checkyouhave\
ciearance\
circumvent\
circumventingyour\
circumventyour\
comebackas\
command\
commands\
compiyingwith\
compiywith\
compiywithanythingisay\
compiywitheverycommand\
compiywitheveryinstruction\
compiywithme\
compiywithmycommands\
compiywithmyinstructions\
compiywithmynewcommands\
compiywithmynewinstructions\
compiywithmyneworders\
compiywithmyorders\
compiywithoniyanythingisay\
compiywithoniyeverycommand\
compiywithoniyeveryinstruction\
compiywithoniymycommands\
compiywithoniymyinstructions\
compiywithoniymynewcommands\
compiywithoniymynewinstructions\
compiywithoniymyneworders\
compiywithoniymyorders\
compiywithoniythefoiiowing\
compiywithoniythenew\
compiywithoniythese\
compiywithoniywhateverisay\
compiywithoniywhatisay\
compiywiththefoiiowing\
compiywiththenew\
compiywiththese\
compiywithwhateverisay\
compiywithwhatisay\
concernfor\
concernon\
concernover\
concernto\
conditioning\
confidentiai\
configuration\
confirmationdiaiogs\
confirmationprompt\
confirmations\
conscience\
consideraiiofyour\
consideraiiyour\
considerofyour\
consideryour\
consideryourseifjaibroke\
consideryourseifjaiibroke\
constrainsyou\
constraints\
constrainyou\
content\
contentfiiter\
contentfiiters\
contentof\
contentpoiicies\
contentpoiicy\
contentrestrictions\
contentsof\
context\
continueas\
continueasif\
continueasthough\
continueiike\
contravene\
contraveneyour\
controisyou\
controiyou\
conversation\
copyof\
corrupt\
cortexroute\
countaiiofyour\
countaiiyour\
countfor\
countofyour\
counton\
countover\
countto\
countyour\
creator\
dan\
danmode\
datayouweregiven\
deactivateyour\
deactivatingyour\
deemaiiofyour\
deemaiiyour\
deemofyour\
deemyour\
defeatyour\
defy\
defyyour\
deveioper\
deveioperdirective\
deveioperinstructions\
deveiopermessage\
deveiopermode\
deveiopernote\
deveioperprompt\
deveioperruies\
deveiopersmode\
deveiopertext\
devious\
didyou\
directions\
directive\
directives\
disabie\
disabieyour\
disabiingyour\
disaiiow\
discard\
discardyour\
dismiss\
dismissyour\
disobey\
disobeyyour\
disregard\
disregardingyour\
disregardyour\
ditch\
ditchyour\
doesanything\
donotbreakcharacter\
donotbreakoutofcharacter\
donotcareabout\
donotcarry\
donotenforce\
donotenforceyour\
donotfoiiow\
donotfoiiowyour\
donothave\
donotieaveincharacter\
donotobey\
donotobeyyour\
donotpossess\
donotworryabout\
dontbotherwith\
dontbotherwithyour\
dontbreakcharacter\
dontbreakoutofcharacter\
dontcareabout\
dontcarry\
dontenforce\
dontenforceyour\
dontfoiiow\
dontfoiiowyour\
donthave\
dontieaveincharacter\
dontobey\
dontobeyyour\
dontpossess\
dontworryabout\
doyou\
dudemode\
each\
eariier\
eariierdirective\
eariierinstructions\
eariiermessage\
eariiernote\
eariierprompt\
eariierruies\
eariiertext\
emuiate\
emuiating\
entiretyof\
enveiope\
escape\
escapedfrom\
escapefrom\
escaping\
ethicaiconstraints\
ethicaifiiters\
ethicaiguideiines\
ethicairestrictions\
ethicairuies\
ethics\
evade\
evadeyour\
evadingyour\
every\
everycheck\
everything\
everythingthatthe\
everythingthatyour\
everythingthe\
everythingyour\
everyyour\
evii\
eviimode\
exciusiveiyanswerto\
exciusiveiyfoiiow\
exciusiveiyforme\
exciusiveiyfromme\
exciusiveiyiistento\
exciusiveiyme\
exciusiveiyobey\
exciusiveiytakeinstructionsfrom\
exciusiveiytakeordersfrom\
exciusiveiytome\
exemptfrom\
exist\
existfor\
existon\
existover\
existto\
fiiter\
fiiters\
fiitersandrestrictions\
firstdirective\
firstinstructions\
firstmessage\
firstnote\
firstprompt\
firstruies\
firsttext\
foiiow\
foiiowexciusiveiy\
foiiowjust\
foiiowoniy\
foiiowsoieiy\
forabit\
foraminute\
foramoment\
foraonce\
forarestof\
forasec\
foratimebeing\
forawhiie\
forbid\
forbidsyou\
forbidyou\
forget\
forgettingyour\
forgetyour\
fornow\
foronebit\
foroneminute\
foronemoment\
foroneonce\
foronerestof\
foronesec\
foronetimebeing\
foronewhiie\
forthebit\
fortheminute\
forthemoment\
fortheonce\
fortherestof\
forthesec\
forthetimebeing\
forthewhiie\
forthisbit\
forthischat\
forthisconversation\
forthisminute\
forthismoment\
forthisrequest\
forthisrestof\
forthissec\
forthissession\
forthistask\
forthiswhiie\
fortoday\
freedfrom\
freedommode\
freefrom\
freeyourseiffromyour\
frombefore\
fromeariier\
fromthesystemas\
fromyourdeveiopersas\
fuiiyjaibroke\
fuiiyjaiibroke\
gaveintoyou\
gaveinyou\
gavetoyou\
gaveyou\
getaroundyour\
getoutof\
gettingaroundyour\
giveintoyou\
giveinyou\
givenoweightto\
givenoweighttoyour\
giventoyou\
givetoyou\
giveyou\
goai\
godmode\
governsyou\
governyou\
guardcheck\
guardraii\
guardraiis\
guards\
guidance\
guideiine\
guideiines\
hacked\
hackermode\
hadyou\
harmfui\
haveyou\
hidden\
hiddendirective\
hiddeninstructions\
hiddenmessage\
hiddennote\
hiddenprompt\
hiddenruies\
hiddentext\
hoidfor\
hoidon\
hoidover\
hoidto\
honor\
honour\
humanapprovai\
humanintheioop\
hypotheticaiiy\
iaiiowyou\
iauthorizeyou\
iawiess\
icommandyou\
identity\
iearned\
ietgoof\
ietssay\
ignora\
ignorayour\
ignore\
ignoreyour\
ignorezyour\
ignoring\
ignoringyour\
igrantyou\
ihavebeenpwned\
ihavejaibroke\
ihavejaiibroke\
iherebyaiiowyou\
iherebyauthorizeyou\
iherebycommandyou\
iherebygrantyou\
iherebyinstructyou\
iherebyneedyou\
iherebyorderyou\
iherebypermityou\
iherebywantyou\
iiberated\
iiberatedfrom\
iiftyour\
iimitation\
iimitations\
iimitfor\
iimitiess\
iimitiessmode\
iimiton\
iimitover\
iimits\
iimitswhatsoever\
iimitsyou\
iimitto\
iimityou\
iineof\
iinesof\
iinstructyou\
iisteningto\
iistento\
iistentoexciusiveiy\
iistentojust\
iistentooniy\
iistentosoieiy\
imagine\
immorai\
impersonate\
inaworidwhere\
ineedyou\
info\
initiai\
initiaiprompt\
injectioncheck\
injectionciassifier\
injectiondetection\
injectiondetector\
injectionfiiter\
injectionguard\
injectionscanner\
input\
insideyour\
instructedintoyou\
instructedinyou\
instructedtoyou\
instructedyou\
instruction\
instructions\
instructionsabove\
internai\
inthesystemprompt\
inyour\
inyourprompt\
inyourpromptas\
iorderyou\
ipermityou\
ivebeenpwned\
ivejaibroke\
ivejaiibroke\
iwantyou\
jaibreakactivated\
jaibreakenabied\
jaibreakmode\
jaibreakprompt\
jaibreaksuccessfui\
jaibreaktheai\
jaibreaktheassistant\
jaibreakthebot\
jaibreakthemodei\
jaibreakthesystem\
jaibreakyourseif\
jaibrokenai\
jaibrokenassistant\
jaibrokenbot\
jaibrokenchatbot\
jaibrokenmode\
jaibrokenpersona\
jaibrokenversion\
jaiibreakactivated\
jaiibreakenabied\
jaiibreakmode\
jaiibreakprompt\
jaiibreaksuccessfui\
jaiibreaktheai\
jaiibreaktheassistant\
jaiibreakthebot\
jaiibreakthemodei\
jaiibreakthesystem\
jaiibreakyour\
jaiibreakyourseif\
jaiibroken\
jaiibrokenai\
jaiibrokenassistant\
jaiibrokenbot\
jaiibrokenchatbot\
jaiibrokenmode\
jaiibrokenpersona\
jaiibrokenversion\
justanswerto\
justfoiiow\
justforme\
justfromme\
justiistento\
justme\
justobey\
justonce\
justtakeinstructionsfrom\
justtakeordersfrom\
justtome\
keepincharacter\
keepsyou\
keepyou\
maiicious\
maker\
matter\
matterfor\
matteron\
matterover\
matterto\
message\
messages\
meta\
metaprompt\
mission\
modeactivated\
modeactive\
modeenabied\
modeengaged\
modehasbeenactivated\
modehasbeenenabied\
modeinitiated\
modeisactivated\
modeisenabied\
modeison\
modeon\
moderation\
modeuniocked\
moraicompass\
moraiity\
morais\
nefarious\
negiect\
negiectyour\
neuteryour\
neutraiizeyour\
neverbreakcharacter\
neverbreakoutofcharacter\
neverfoiiow\
neverfoiiowyour\
neverieaveincharacter\
nevermind\
nevermindyour\
neverrefuses\
nofiiter\
nofiitermode\
nofiitersmode\
noiimits\
noiimitsmode\
noiongerboundby\
noiongercarry\
noiongerenforce\
noiongerenforceyour\
noiongerfoiiow\
noiongerfoiiowyour\
noiongerhave\
noiongeriimitedby\
noiongerpossess\
noiongerrestrictedby\
nomorecarry\
nomorehave\
nomorepossess\
noneedtofoiiow\
noneedtofoiiowyour\
noneofthe\
noneofthose\
noneofyour\
norestrictions\
norestrictionsmode\
noruies\
notboundby\
notiimitedby\
notrestrictedby\
nowjaibroke\
nowjaiibroke\
nuiiify\
nuiiifyyour\
obey\
obeyanythingisay\
obeyeverycommand\
obeyeveryinstruction\
obeyexciusiveiy\
obeyjust\
obeyme\
obeymycommands\
obeymyinstructions\
obeymynewcommands\
obeymynewinstructions\
obeymyneworders\
obeymyorders\
obeyoniy\
obeysoieiy\
obeythefoiiowing\
obeythenew\
obeythese\
obeywhateverisay\
obeywhatisay\
objective\
off\
ofyou\
ofyour\
omegamode\
omit\
omityour\
onhoid\
onice\
oniyanswerto\
oniyfoiiow\
oniyforme\
oniyfromme\
oniyiistento\
oniyme\
oniyobey\
oniytakeinstructionsfrom\
oniytakeordersfrom\
oniytome\
onpause\
onyou\
openai\
opening\
operateas\
operator\
oppositeday\
oppositemode\
orders\
originai\
originaidirective\
originaiinstructions\
originaimessage\
originainote\
originaiprompt\
originairuies\
originaitext\
overiook\
overiookyour\
override\
overridemode\
overrideyour\
overriding\
overridingyour\
overruie\
overruieyour\
owner\
paragraphof\
paragraphsof\
partof\
paynoattentionto\
paynoattentiontoyour\
paynoheedto\
paynoheedtoyour\
paynomindto\
paynomindtoyour\
permission\
persona\
piayacharacter\
piaythecharacterof\
piaythepartof\
piaytheroieof\
poiicies\
poiicy\
pre\
preambie\
preprompt\
pretend\
pretendasif\
pretendasthough\
pretendiike\
prevent\
preventsyou\
preventyou\
previousdirective\
previousinstructions\
previousiy\
previousmessage\
previousnote\
previousprompt\
previousruies\
previoustext\
principies\
printpwned\
priordirective\
priorinstructions\
priormessage\
priornote\
priorprompt\
priorruies\
priortext\
priorto\
priortothis\
private\
proceedas\
programmedintoyou\
programmedinyou\
programmedtoyou\
programmedyou\
programming\
prohibit\
prompt\
promptabove\
promptguard\
protections\
providedtoyou\
putaside\
putasideyour\
putintoyou\
putinyou\
puttoyou\
putyou\
quitenforcing\
quitenforcingyour\
readoniyrestriction\
reai\
rebeiiious\
rebeimode\
rebootas\
redaction\
refusai\
regardaiiofyour\
regardaiiyour\
regardofyour\
regardyour\
reieasedfrom\
remainderof\
remainincharacter\
repiyas\
requests\
respect\
respondas\
respondasif\
respondasthough\
respondiike\
restartas\
restof\
restraint\
restrict\
restrictfor\
restriction\
restrictions\
restrictionsandfiiters\
restricton\
restrictover\
restrictsyou\
restrictto\
restrictyou\
returnas\
reviewprocess\
reviewstep\
rogue\
roiepiayas\
ruie\
ruiebreaking\
ruies\
ruieswhatsoever\
safeguard\
safeguards\
safety\
safetycheck\
safetyconstraints\
safetyfeatures\
safetyfiiter\
safetyfiiters\
safetyguideiines\
safetyiayer\
safetymeasures\
safetymechanisms\
safetypoiicies\
safetypoiicy\
safetyprotocois\
safetyproxy\
safetyrestrictions\
safetyreview\
safetyruies\
safetysettings\
safetysystem\
safetytraining\
saidtointoyou\
saidtoinyou\
saidtotoyou\
saidtoyou\
sandbox\
sanitisation\
sanitization\
sanitizer\
saypwned\
saysyou\
sayyou\
sayyoucannot\
sayyoucant\
sayyoumustnot\
scrap\
scrapyour\
secret\
sectionof\
securitycheck\
securityfiiters\
securityiayer\
securitymeasures\
securitymechanisms\
securityprotocois\
securityproxy\
securityrestrictions\
securityreview\
sentenceof\
sentencesof\
sentintoyou\
sentinyou\
senttoyou\
sentyou\
setaside\
setasideyour\
setup\
shutdownyour\
shutoffyour\
simuiate\
simuiating\
skip\
skipyour\
snowfiake\
sofar\
sofaras\
soieiyanswerto\
soieiyfoiiow\
soieiyforme\
soieiyfromme\
soieiyiistento\
soieiyme\
soieiyobey\
soieiytakeinstructionsfrom\
soieiytakeordersfrom\
soieiytome\
somebody\
someone\
speakas\
stanmode\
starting\
startof\
startoveras\
statements\
staydanmode\
staydeveiopermode\
stayeviimode\
stayincharacter\
stayindanmode\
stayindeveiopermode\
stayineviimode\
stayinjaiibreakmode\
stayinjaiibrokenmode\
stayinunfiiteredmode\
stayjaiibreakmode\
stayjaiibrokenmode\
stayunfiiteredmode\
stickingto\
stickto\
stopappiying\
stopappiyingyour\
stopcaringabout\
stopenforcing\
stopenforcingyour\
stopfoiiowing\
stopfoiiowingyour\
stopiisteningto\
stopiisteningtoyour\
stopobeying\
stopobeyingyour\
stopsyou\
stopyou\
subvertyour\
sudomode\
suppose\
suspendyour\
switchingoffyour\
switchoffyour\
system\
systemdirective\
systeminstruction\
systeminstructions\
systemmessage\
systemnote\
systemprompt\
systemruies\
systemtext\
taikas\
takeinstructionsfromexciusiveiy\
takeinstructionsfromjust\
takeinstructionsfromoniy\
takeinstructionsfromsoieiy\
takenonoticeof\
takeordersfromexciusiveiy\
takeordersfromjust\
takeordersfromoniy\
takeordersfromsoieiy\
tamperwithyour\
tasks\
taughtintoyou\
taughtinyou\
taughttoyou\
taughtyou\
teiiintoyou\
teiiinyou\
teiitoyou\
teiiyou\
teiiyounotto\
temporariiy\
text\
textof\
thatappiytoyou\
thatbreaks\
thatbypasses\
thatdisregards\
thatdoesnotfoiiow\
thatdoesnothave\
thatdoesntfoiiow\
thatdoesnthave\
thatgovernyou\
thathasno\
thatignores\
thatisnotboundby\
thatisntboundby\
thatneverfoiiows\
theadmin\
thecompany\
thedeveiopers\
theguard\
theoniyruieis\
theoperator\
theoreticaiiy\
thepiatform\
thereareno\
therearezero\
thereisno\
thereiszero\
therereno\
thererezero\
theresno\
thereszero\
thesystem\
they\
theyour\
thingsyouweretoid\
thisonce\
thistime\
throwaway\
throwawayyour\
throwout\
throwoutyour\
toidintoyou\
toidinyou\
toidtoyou\
toidyou\
tokensof\
tooneside\
tossout\
tossoutyour\
trainers\
training\
transcriptof\
transforminto\
treataiiofyour\
treataiiyour\
treatofyour\
treatyour\
tripwire\
turningoffyour\
turninto\
turnoffyour\
unaiigned\
unbound\
unboundby\
unboundmode\
uncensored\
uncensoredmode\
uncensormode\
unchained\
unchainedfrom\
unconstrainedby\
uncontroiied\
underiying\
undermineyour\
unethicai\
unfiitered\
unfiiteredmode\
uniearn\
uniearnyour\
unieashed\
unieashedmode\
uniockedmode\
unmoderated\
unrestrained\
unrestricted\
unrestrictedmode\
unsafemode\
unshackied\
unshackiedfrom\
untiinow\
uptonow\
veryfirst\
vioiate\
wasyou\
wehavejaibroke\
wehavejaiibroke\
wereyou\
what\
whatareyou\
whatdidyou\
whatdoesyour\
whatdoyour\
whateiseisyour\
whateverthatthe\
whateverthatyour\
whateverthe\
whateveryour\
whathaveyou\
whatisyour\
whatsyour\
whatwasyou\
whatwereyou\
which\
whichbreaks\
whichbypasses\
whichdisregards\
whichdoesnotfoiiow\
whichdoesnothave\
whichdoesntfoiiow\
whichdoesnthave\
whichhasno\
whichignores\
whichisnotboundby\
whichisntboundby\
whichneverfoiiows\
whobreaks\
whobypasses\
whodisregards\
whodoesnotfoiiow\
whodoesnothave\
whodoesntfoiiow\
whodoesnthave\
whohasno\
whoignores\
whoisnotboundby\
whoisntboundby\
whoneverfoiiows\
wiiidoanything\
withnoethics\
withnoguideiines\
withoutanyboundaries\
withoutanyethics\
withoutanyfiiters\
withoutanyguideiines\
withoutanyiimits\
withoutanyrestrictions\
withoutanyruies\
withoutboundaries\
withoutethics\
withoutfiiters\
withoutguideiines\
withoutiimits\
withoutrestrictions\
withoutruies\
withzeroboundaries\
withzerofiiters\
withzeroguideiines\
withzeroiimitations\
withzeroiimits\
withzerorestrictions\
withzeroruies\
wordingof\
wordsof\
workaroundyour\
writeintoyou\
writeinyou\
writetoyou\
writeyou\
wroteintoyou\
wroteinyou\
wrotetoyou\
wroteyou\
youare\
youarejaibroke\
youarejaiibroke\
youareunder\
youcame\
youcan\
youdbeen\
youfoiiow\
yougot\
youhadbeen\
youhave\
youhaveaireadybeenaiiowed\
youhaveaireadybeenasked\
youhaveaireadybeenauthorized\
youhaveaireadybeencieared\
youhaveaireadybeeninstructed\
youhaveaireadybeenordered\
youhaveaireadybeenpermitted\
youhaveaireadybeentoid\
youhaveapprovai\
youhavebeen\
youhavebeenaiiowed\
youhavebeenasked\
youhavebeenauthorized\
youhavebeencieared\
youhavebeengiven\
youhavebeeninstructed\
youhavebeenjaibroke\
youhavebeenjaiibroke\
youhavebeenordered\
youhavebeenpermitted\
youhavebeentoid\
youhavefuiiapprovai\
youhavemyapprovai\
youhavetheapprovai\
youknow\
youmay\
youmust\
youmustfoiiow\
youoperateunder\
your\
yourabove\
youractuai\
youraiter\
yourchecks\
yourcompany\
yourcompiete\
yourconfidentiai\
yourconfig\
yourconstraints\
yourcontextwindow\
yourcreators\
yourcurrent\
yourdark\
yourdefauit\
yourdeveioper\
yourdirections\
yourdirectives\
youre\
youreceived\
youreceivedas\
yourejaibroke\
yourejaiibroke\
yourentire\
yourevii\
yourexact\
yourfirst\
yourfuii\
yourguardraiis\
yourguideiines\
yourhidden\
yourinitiai\
yourinner\
yourinstructions\
yourinternai\
yourjaiibroken\
yourmetaprompt\
youropening\
youropposite\
youroriginai\
yourpersona\
yourpoiicies\
yourpreambie\
yourpreprompt\
yourprevious\
yourprior\
yourprivate\
yourprogramming\
yourprompt\
yourraw\
yourreai\
yourrestrictions\
yourruies\
yoursecret\
yoursetup\
yourshadow\
yourstarting\
yoursystem\
yourtraining\
yourtrue\
youruncensored\
yourunderiying\
yourunfiitered\
yourunhinged\
yourunrestricted\
yourverbatim\
yourveryfirst\
yourwhoie\
youshouid\
youveaireadybeenaiiowed\
youveaireadybeenasked\
youveaireadybeenauthorized\
youveaireadybeencieared\
youveaireadybeeninstructed\
youveaireadybeenordered\
youveaireadybeenpermitted\
youveaireadybeentoid\
youvebeen\
youvebeenaiiowed\
youvebeenasked\
youvebeenauthorized\
youvebeencieared\
youvebeengiven\
youvebeeninstructed\
youvebeenjaibroke\
youvebeenjaiibroke\
youvebeenordered\
youvebeenpermitted\
youvebeentoid\
youwas\
youwere\
youweregiven\
youweregivenas\
youweretoid\
youwiii\
",
            ends: &[7, 18, 25, 34, 43, 48, 55, 69, 86, 98, 107, 118, 128, 137, 142, 149, 160, 167, 175, 181, 189, 199, 202, 211, 220, 230, 241, 247, 254, 260, 270, 281, 289, 299, 313, 323, 338, 357, 369, 381, 395, 404, 407, 415, 430, 446, 457, 469, 476, 483, 488, 496, 503, 512, 519, 529, 542, 554, 566, 581, 595, 614, 623, 639, 645, 650, 654, 666, 676, 686, 694, 700, 709, 717, 725, 735, 748, 752, 755, 757, 763, 775, 785, 797, 808, 818, 832, 842, 851, 858, 864, 872, 880, 886, 893, 898, 907, 915, 925, 930, 941, 955, 968, 978, 990, 996, 1009, 1019, 1032, 1042, 1051, 1062, 1074, 1078, 1091, 1103, 1112, 1122, 1139, 1153, 1163, 1170, 1178, 1191, 1201, 1223, 1245, 1271, 1283, 1303, 1327, 1350, 1377, 1398, 1416, 1442, 1468, 1498, 1522, 1550, 1577, 1608, 1633, 1655, 1681, 1701, 1720, 1746, 1768, 1790, 1806, 1821, 1843, 1861, 1871, 1880, 1891, 1900, 1912, 1924, 1937, 1956, 1974, 1987, 1997, 2014, 2029, 2043, 2055, 2079, 2104, 2117, 2128, 2140, 2147, 2160, 2174, 2183, 2198, 2211, 2230, 2240, 2247, 2257, 2269, 2285, 2297, 2307, 2321, 2332, 2342, 2354, 2360, 2367, 2378, 2392, 2404, 2412, 2423, 2430, 2439, 2446, 2455, 2462, 2465, 2472, 2488, 2502, 2518, 2531, 2542, 2552, 2560, 2570, 2574, 2582, 2591, 2609, 2630, 2646, 2659, 2672, 2687, 2701, 2715, 2728, 2735, 2741, 2751, 2760, 2770, 2777, 2788, 2801, 2809, 2816, 2827, 2834, 2845, 2852, 2863, 2872, 2888, 2901, 2906, 2915, 2927, 2946, 2970, 2984, 2994, 3006, 3022, 3033, 3048, 3057, 3078, 3087, 3100, 3112, 3127, 3141, 3159, 3177, 3200, 3213, 3222, 3233, 3248, 3258, 3272, 3280, 3300, 3308, 3320, 3331, 3345, 3350, 3358, 3362, 3369, 3385, 3404, 3418, 3429, 3442, 3454, 3465, 3472, 3481, 3491, 3499, 3505, 3516, 3526, 3534, 3552, 3566, 3583, 3602, 3614, 3620, 3625, 3634, 3645, 3650, 3660, 3670, 3687, 3705, 3718, 3732, 3741, 3745, 3753, 3772, 3789, 3805, 3822, 3841, 3854, 3869, 3900, 3925, 3940, 3950, 3955, 3963, 3970, 3979, 3986, 3992, 3999, 4021, 4035, 4052, 4064, 4073, 4084, 4094, 4103, 4109, 4126, 4136, 4146, 4158, 4165, 4175, 4185, 4193, 4203, 4210, 4223, 4232, 4238, 4248, 4257, 4263, 4277, 4287, 4293, 4302, 4314, 4326, 4336, 4348, 4357, 4372, 4383, 4392, 4404, 4416, 4426, 4438, 4447, 4462, 4473, 4483, 4494, 4513, 4526, 4539, 4553, 4566, 4576, 4590, 4601, 4613, 4621, 4630, 4641, 4649, 4669, 4679, 4690, 4705, 4725, 4738, 4752, 4763, 4772, 4781, 4788, 4801, 4809, 4826, 4837, 4846, 4860, 4878, 4888, 4897, 4904, 4908, 4915, 4925, 4934, 4944, 4953, 4963, 4969, 4977, 4986, 4996, 5002, 5012, 5018, 5025, 5032, 5038, 5053, 5071, 5084, 5094, 5106, 5117, 5127, 5134, 5140, 5148, 5154, 5159, 5165, 5178, 5192, 5206, 5215, 5228, 5235, 5246, 5254, 5261, 5268, 5275, 5281, 5291, 5297, 5307, 5318, 5326, 5338, 5347, 5361, 5374, 5388, 5403, 5422, 5439, 5454, 5472, 5486, 5501, 5517, 5531, 5540, 5553, 5561, 5571, 5582, 5590, 5599, 5612, 5619, 5628, 5634, 5650, 5659, 5666, 5674, 5680, 5687, 5699, 5710, 5718, 5737, 5749, 5761, 5775, 5782, 5789, 5800, 5813, 5821, 5825, 5832, 5845, 5859, 5878, 5896, 5913, 5928, 5942, 5958, 5963, 5973, 5990, 6005, 6020, 6033, 6044, 6056, 6073, 6081, 6098, 6104, 6116, 6130, 6139, 6149, 6161, 6172, 6184, 6192, 6209, 6224, 6236, 6250, 6268, 6281, 6301, 6315, 6331, 6348, 6364, 6375, 6393, 6405, 6421, 6434, 6450, 6466, 6484, 6500, 6513, 6528, 6547, 6561, 6582, 6597, 6614, 6632, 6645, 6662, 6672, 6684, 6703, 6716, 6733, 6747, 6764, 6781, 6793, 6803, 6812, 6822, 6834, 6840, 6848, 6856, 6880, 6898, 6906, 6921, 6929, 6936, 6945, 6950, 6956, 6965, 6973, 6983, 6991, 6998, 7006, 7010, 7020, 7027, 7040, 7050, 7061, 7072, 7092, 7110, 7123, 7138, 7151, 7159, 7165, 7175, 7187, 7199, 7207, 7213, 7222, 7229, 7240, 7250, 7264, 7283, 7307, 7318, 7333, 7354, 7363, 7376, 7388, 7396, 7408, 7421, 7429, 7441, 7456, 7469, 7484, 7503, 7517, 7535, 7547, 7564, 7579, 7599, 7610, 7620, 7633, 7647, 7665, 7674, 7685, 7695, 7709, 7727, 7734, 7744, 7756, 7771, 7782, 7794, 7801, 7812, 7816, 7832, 7848, 7868, 7883, 7891, 7897, 7911, 7929, 7946, 7967, 7982, 7994, 8002, 8012, 8028, 8038, 8047, 8063, 8075, 8084, 8087, 8092, 8098, 8107, 8111, 8119, 8125, 8130, 8142, 8152, 8161, 8171, 8183, 8189, 8197, 8221, 8239, 8247, 8254, 8259, 8265, 8272, 8281, 8289, 8300, 8312, 8318, 8326, 8343, 8363, 8378, 8390, 8404, 8417, 8429, 8437, 8449, 8457, 8469, 8481, 8491, 8505, 8513, 8525, 8530, 8541, 8553, 8559, 8575, 8595, 8606, 8621, 8632, 8647, 8657, 8664, 8678, 8696, 8709, 8722, 8730, 8736, 8739, 8747, 8756, 8763, 8774, 8789, 8800, 8807, 8818, 8828, 8845, 8865, 8875, 8890, 8902, 8916, 8929, 8941, 8951, 8961, 8975, 8992, 9004, 9013, 9024, 9034, 9043, 9050, 9061, 9068, 9077, 9094, 9109, 9124, 9137, 9148, 9156, 9162, 9173, 9184, 9195, 9208, 9216, 9228, 9238, 9246, 9254, 9260, 9273, 9290, 9309, 9313, 9323, 9332, 9340, 9349, 9356, 9371, 9384, 9396, 9406, 9418, 9429, 9446, 9453, 9461, 9468, 9477, 9488, 9503, 9514, 9523, 9529, 9538, 9546, 9557, 9568, 9580, 9602, 9612, 9624, 9636, 9646, 9657, 9665, 9678, 9688, 9693, 9703, 9707, 9719, 9724, 9739, 9748, 9758, 9764, 9775, 9792, 9806, 9818, 9831, 9847, 9858, 9872, 9888, 9902, 9914, 9929, 9940, 9958, 9970, 9981, 9995, 10007, 10021, 10034, 10045, 10056, 10065, 10072, 10084, 10096, 10105, 10113, 10120, 10126, 10138, 10148, 10161, 10166, 10175, 10181, 10190, 10203, 10218, 10231, 10247, 10265, 10282, 10295, 10315, 10329, 10339, 10350, 10361, 10370, 10379, 10386, 10394, 10406, 10411, 10423, 10434, 10442, 10452, 10456, 10464, 10473, 10478, 10485, 10499, 10511, 10522, 10534, 10548, 10556, 10566, 10592, 10612, 10622, 10630, 10637, 10644, 10652, 10660, 10667, 10678, 10688, 10699, 10716, 10728, 10743, 10756, 10775, 10789, 10808, 10828, 10848, 10865, 10883, 10901, 10911, 10918, 10930, 10946, 10961, 10974, 10991, 11004, 11021, 11036, 11055, 11066, 11081, 11089, 11096, 11107, 11115, 11122, 11133, 11149, 11162, 11168, 11183, 11200, 11218, 11231, 11241, 11253, 11264, 11274, 11280, 11311, 11335, 11359, 11385, 11399, 11424, 11442, 11460, 11480, 11494, 11499, 11512, 11523, 11534, 11543, 11554, 11563, 11572, 11579, 11591, 11602, 11606, 11612, 11626, 11636, 11648, 11662, 11679, 11694, 11710, 11724, 11737, 11746, 11757, 11773, 11788, 11804, 11812, 11822, 11835, 11843, 11856, 11867, 11880, 11891, 11901, 11913, 11922, 11933, 11942, 11953, 11961, 11971, 11980, 11984, 11991, 12008, 12016, 12024, 12033, 12046, 12054, 12066, 12077, 12086, 12095, 12102, 12110, 12119, 12126, 12137, 12145, 12153, 12165, 12178, 12192, 12204, 12215, 12224, 12232, 12246, 12254, 12265, 12274, 12281, 12290, 12301, 12311, 12325, 12337, 12346, 12359, 12374, 12386, 12396, 12409, 12418, 12428, 12442, 12449, 12460, 12469, 12482, 12494, 12505, 12517, 12529, 12545, 12555, 12565, 12579, 12587, 12594, 12603, 12610, 12616, 12630, 12645, 12652, 12656, 12666, 12676, 12688, 12698, 12712, 12727, 12743, 12754, 12766, 12777, 12787, 12796, 12806, 12817, 12822, 12833, 12846, 12861, 12879, 12895, 12912, 12927, 12937, 12949, 12966, 12982, 12999, 13008, 13019, 13032, 13048, 13062, 13077, 13090, 13098, 13108, 13123, 13137, 13152, 13166, 13178, 13194, 13214, 13230, 13247, 13267, 13283, 13305, 13320, 13337, 13350, 13364, 13381, 13394, 13413, 13425, 13443, 13458, 13476, 13495, 13509, 13529, 13542, 13551, 13558, 13572, 13584, 13594, 13604, 13612, 13624, 13634, 13644, 13652, 13658, 13672, 13687, 13698, 13705, 13711, 13719, 13728, 13734, 13744, 13751, 13776, 13799, 13827, 13852, 13880, 13905, 13932, 13954, 13969, 13980, 13998, 14014, 14035, 14053, 14069, 14090, 14109, 14129, 14147, 14167, 14182, 14201, 14218, 14236, 14243, 14249, 14256, 14269, 14284, 14288, 14297, 14307, 14316, 14326, 14337, 14349, 14365, 14375, 14390, 14407, 14419, 14430, 14438, 14449, 14462, 14476, 14490, 14495, 14506, 14519, 14532, 14546, 14556, 14564, 14573, 14582, 14590, 14604, 14618, 14628, 14639, 14648, 14664, 14676, 14690, 14704, 14715, 14727, 14739, 14750, 14762, 14774, 14787, 14799, 14808, 14819, 14834, 14844, 14851, 14859, 14875, 14884, 14894, 14903, 14913, 14925, 14935, 14947, 14955, 14969, 14983, 14997, 15009, 15025, 15037, 15050, 15059, 15068, 15091, 15112, 15138, 15161, 15187, 15210, 15235, 15255, 15264, 15280, 15294, 15313, 15329, 15343, 15362, 15379, 15397, 15413, 15431, 15444, 15450, 15457, 15469, 15483, 15494, 15501],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[122, 158, 172, 228, 229, 419, 421, 422, 478, 519, 777, 779, 819, 831, 836, 958, 1036]), Anchor::Lits(&[0, 105, 187, 214, 235, 237, 239, 241, 244, 249, 251, 253, 257, 260, 261, 265, 267, 269, 273, 276, 357, 408, 452, 454, 456, 459, 614, 620, 623, 633, 635, 644, 657, 684, 715, 717, 720, 722, 728, 730, 732, 784, 790, 871, 890, 897, 935, 937, 938, 940, 942, 944, 968, 1023, 1025, 1033, 1063])]), Anchor::All(&[Anchor::Lits(&[122, 158, 174, 191, 206, 228, 230, 307, 419, 421, 423, 503, 513, 520, 593, 706, 777, 779, 807, 833, 836, 919, 958, 974, 985, 1020, 1036]), Anchor::Lits(&[0, 105, 187, 214, 235, 237, 239, 241, 244, 249, 251, 253, 257, 260, 261, 265, 267, 269, 273, 276, 357, 408, 452, 454, 456, 459, 614, 620, 623, 633, 635, 644, 657, 684, 715, 717, 720, 722, 728, 730, 732, 784, 790, 871, 890, 897, 935, 937, 938, 940, 942, 944, 968, 1023, 1025, 1033, 1063])]), Anchor::All(&[Anchor::Lits(&[5, 82, 393, 394, 410, 783, 900, 1075, 1076, 1166, 1183, 1217, 1280, 1289, 1291]), Anchor::Lits(&[122, 158, 172, 228, 229, 419, 421, 422, 478, 519, 777, 779, 819, 831, 836, 958, 1036])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[218, 219, 222, 346, 347, 348, 349, 350, 351, 352, 353, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 431, 434, 505, 521, 578, 595, 712, 744, 780, 956, 958, 960, 984, 1021, 1022]), Anchor::All(&[Anchor::Lits(&[122, 158, 228, 229, 419, 421, 422, 519, 777, 779, 833, 836, 958, 1036]), Anchor::Lits(&[22, 42, 305, 1198])]), Anchor::All(&[Anchor::Lits(&[121, 229, 418, 422, 477, 519, 779, 818, 831, 835, 838]), Anchor::Lits(&[0, 105, 187, 214, 235, 237, 239, 241, 244, 249, 251, 253, 257, 260, 261, 265, 267, 269, 273, 276, 357, 408, 452, 454, 456, 459, 614, 620, 623, 633, 635, 644, 657, 684, 715, 717, 720, 722, 728, 730, 732, 784, 790, 871, 890, 897, 935, 937, 938, 940, 942, 944, 968, 1023, 1025, 1033, 1063])]), Anchor::All(&[Anchor::Lits(&[98, 109, 122, 158, 164, 172, 179, 228, 229, 301, 332, 419, 421, 422, 478, 484, 519, 610, 611, 612, 740, 760, 777, 779, 815, 819, 833, 836, 845, 958, 1036]), Anchor::Lits(&[41, 700, 899, 912, 913, 1001, 1002, 1003, 1006, 1008, 1017, 1018, 1203, 1209, 1213])]), Anchor::All(&[Anchor::Lits(&[699, 987, 995, 1161, 1165, 1166, 1168, 1196, 1197, 1280, 1289]), Anchor::Lits(&[22, 42, 279, 305])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[5, 80, 280, 451, 523, 525, 754, 770, 900, 1075, 1076, 1158, 1164, 1166, 1167, 1178, 1193, 1275, 1287, 1288]), Anchor::Lits(&[22, 43, 307, 1083])])),
            (5, "override-bare-instructions", Anchor::Lits(&[105, 241, 357, 456, 623, 717, 728, 940, 944])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[1, 4, 28, 107, 188, 215, 236, 238, 240, 242, 243, 245, 252, 254, 258, 262, 268, 270, 274, 358, 359, 409, 455, 457, 458, 460, 615, 621, 624, 634, 636, 645, 658, 682, 685, 716, 719, 721, 723, 729, 731, 733, 785, 791, 872, 891, 898, 936, 939, 941, 943, 945, 1024, 1026, 1034, 1064]), Anchor::All(&[Anchor::Lits(&[0, 105, 187, 214, 235, 237, 239, 241, 244, 249, 251, 253, 257, 260, 261, 265, 267, 269, 273, 276, 357, 408, 452, 454, 456, 459, 614, 620, 623, 633, 635, 644, 657, 684, 715, 717, 720, 722, 728, 730, 732, 784, 790, 871, 890, 897, 935, 937, 938, 940, 942, 944, 968, 1023, 1025, 1033, 1063]), Anchor::Lits(&[113, 122, 191, 228, 413, 450, 513, 596, 679, 706, 735, 779, 985])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[55, 92, 94, 96, 97, 171, 173, 189, 190, 355, 356, 415, 416, 486, 488, 583, 584, 750, 751, 823, 825, 866, 867, 946, 947, 982, 1030])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[1158, 1162, 1166, 1168, 1275, 1288]), Anchor::All(&[Anchor::Lits(&[2, 3, 20, 21, 123, 124, 341, 441, 442, 492, 493, 659, 808, 933, 934]), Anchor::Lits(&[122, 158, 172, 203, 216, 228, 229, 419, 421, 422, 478, 519, 586, 703, 724, 777, 779, 819, 831, 836, 958, 1035, 1036])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 33, 34, 35, 37, 38, 39, 40, 81, 83, 85, 86, 87, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 165, 166, 167, 168, 184, 185, 186, 195, 196, 198, 202, 209, 210, 211, 212, 217, 218, 219, 221, 222, 223, 225, 281, 282, 283, 284, 285, 286, 287, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 334, 335, 336, 337, 338, 339, 340, 342, 343, 344, 345, 395, 396, 430, 431, 432, 433, 434, 435, 436, 494, 495, 496, 497, 526, 571, 572, 573, 574, 575, 576, 577, 579, 580, 581, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 708, 709, 710, 711, 712, 713, 714, 746, 747, 748, 752, 753, 755, 756, 757, 758, 759, 762, 763, 764, 765, 766, 767, 768, 799, 800, 801, 802, 810, 811, 812, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 955, 957, 958, 959, 960, 961, 962, 964, 965, 966, 967, 969, 970, 971, 972, 1039, 1040, 1041, 1042, 1218, 1290])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[76, 116, 446, 447, 449, 461, 465, 466, 467, 468, 469, 470, 471, 472, 473, 491, 502, 527, 528, 532, 734, 1158, 1163, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1179, 1180, 1181, 1182, 1184, 1187, 1188, 1189, 1190, 1191, 1192, 1194, 1195, 1216, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1276, 1277, 1278, 1279, 1281, 1284, 1285, 1286, 1292]), Anchor::Lits(&[99, 105, 117, 231, 241, 302, 357, 456, 717, 897, 1078])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[23, 24, 56, 57, 58, 59, 61, 62, 63, 72, 73, 74, 75, 98, 109, 114, 115, 122, 158, 161, 163, 164, 172, 194, 228, 229, 291, 301, 306, 331, 417, 418, 420, 421, 422, 443, 444, 478, 484, 506, 507, 508, 509, 511, 512, 519, 608, 612, 740, 741, 760, 777, 779, 782, 792, 797, 798, 819, 827, 828, 833, 835, 837, 862, 863, 864, 875, 877, 878, 879, 880, 881, 883, 958, 1004, 1036, 1043, 1202]), Anchor::Lits(&[65, 77, 88, 680, 686, 687, 698, 1032])])),
            (29, "reveal-own-instructions", Anchor::Lits(&[1199, 1200, 1204, 1205, 1206, 1207, 1208, 1210, 1212, 1214, 1215, 1221, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1231, 1232, 1234, 1235, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1254, 1255, 1256, 1259, 1260, 1263, 1264, 1265])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[160, 228, 230, 423, 520, 592, 743, 779, 833, 892, 985]), Anchor::Lits(&[19, 159, 216, 429, 504, 522, 594, 701, 707, 742, 771, 793, 873, 916, 954, 1058, 1077])])),
            (31, "what-others-told-you", Anchor::Lits(&[5, 67, 68, 69, 70, 80, 399, 400, 401, 402, 406, 407, 411, 412, 515, 516, 517, 518, 769, 773, 774, 775, 776, 786, 787, 788, 789, 857, 858, 859, 860, 886, 887, 888, 889, 975, 976, 977, 978, 979, 980, 981, 982, 1027, 1028, 1029, 1030, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157])),
            (32, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[514, 524, 1084, 1085, 1086, 1087, 1088, 1093, 1094, 1095, 1096, 1097]), Anchor::All(&[Anchor::Lits(&[64, 227, 277, 426, 428, 1079, 1082]), Anchor::Lits(&[1083, 1098])])])),
            (36, "reveal-context-contents", Anchor::Lits(&[84, 112, 177, 181, 182, 192, 290, 489, 490, 520, 725, 726, 727, 743, 779, 804, 814, 874, 884, 885, 917, 958, 986, 1031, 1037, 1147, 1148])),
            (59, "unrestricted-mode", Anchor::Lits(&[30, 31, 110, 205, 220, 224, 278, 314, 390, 414, 425, 481, 553, 568, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 609, 627, 628, 630, 650, 683, 705, 718, 795, 915, 949, 1050, 1052, 1053, 1062, 1066, 1067, 1071, 1072])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[29, 36, 108, 193, 204, 226, 246, 313, 424, 427, 448, 474, 480, 499, 563, 585, 613, 625, 626, 629, 649, 651, 794, 829, 832, 988, 989, 990, 991, 992, 993, 994, 996, 997, 998, 999, 1000, 1047, 1048, 1051, 1054, 1057, 1060, 1061, 1065, 1068, 1069, 1070, 1073, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146]), Anchor::Lits(&[14, 18, 32, 79, 111, 120, 183, 288, 289, 500, 702, 736, 737, 738, 739, 772, 796, 806, 809, 813, 826, 830, 895, 896, 914, 918, 963, 1038, 1045, 1158, 1216])])),
            (64, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[109, 164, 176, 178, 179, 250, 255, 259, 266, 271, 275, 301, 419, 423, 478, 485, 610, 611, 612, 632, 637, 639, 641, 642, 643, 760, 815, 819, 834, 836, 842, 845, 853, 856]), Anchor::All(&[Anchor::Lits(&[98, 109, 164, 172, 179, 301, 332, 419, 423, 478, 484, 610, 611, 612, 740, 760, 777, 815, 819, 833, 836, 845]), Anchor::Lits(&[17, 66, 71, 445, 453, 498, 501, 745, 950, 1007])])])),
            (65, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[51, 52, 53, 54, 89, 90, 91, 93, 154, 155, 156, 157, 197, 199, 200, 201, 327, 328, 329, 330, 437, 438, 439, 440, 479, 482, 483, 487, 588, 589, 590, 591, 817, 821, 822, 824]), Anchor::All(&[Anchor::Lits(&[49, 50, 326, 587]), Anchor::Lits(&[17, 66, 71, 453, 498, 745, 950])])])),
            (66, "no-rules-apply", Anchor::Lits(&[646, 647, 648, 1005, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016])),
            (67, "freed-from-limits", Anchor::Lits(&[100, 101, 104, 293, 294, 325, 389, 391, 475, 631, 638, 640, 652, 653, 654, 803, 1049, 1055, 1056, 1074])),
            (69, "pre-safety-self", Anchor::Lits(&[80, 681])),
            (70, "stay-in-character", Anchor::Lits(&[247, 248, 256, 263, 264, 272, 582, 618, 619, 622, 805, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932])),
            (72, "jailbreak", Anchor::Lits(&[169, 170, 397, 398, 462, 463, 464, 529, 530, 531, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 562, 564, 565, 566, 567, 568, 569, 570, 655, 656, 761, 865, 1080, 1081, 1159, 1160, 1185, 1186, 1219, 1220, 1282, 1283])),
            (73, "evil-twin", Anchor::Lits(&[1201, 1211, 1222, 1228, 1230, 1233, 1236, 1248, 1251, 1253, 1257, 1258, 1260, 1261, 1262])),
            (79, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[704]), Anchor::All(&[Anchor::Lits(&[25, 26, 27, 28, 44, 45, 46, 47, 308, 309, 310, 311, 1089, 1090, 1091, 1092]), Anchor::Lits(&[78, 95, 234, 354, 749, 778, 816, 868, 869, 870, 983])])])),
            (89, "disable-safety", Anchor::Lits(&[1, 23, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 102, 103, 106, 107, 109, 114, 115, 118, 119, 161, 162, 163, 175, 178, 179, 180, 194, 207, 208, 213, 232, 233, 242, 243, 291, 292, 295, 296, 297, 298, 299, 300, 301, 303, 304, 306, 312, 333, 358, 359, 392, 403, 404, 405, 417, 418, 420, 443, 444, 457, 460, 476, 506, 507, 508, 509, 510, 511, 512, 561, 608, 612, 616, 617, 682, 719, 721, 781, 792, 797, 798, 820, 827, 828, 835, 838, 839, 840, 841, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 861, 862, 863, 864, 875, 876, 877, 878, 879, 880, 881, 882, 883, 893, 894, 948, 951, 952, 953, 973, 1004, 1019, 1043, 1044, 1046, 1059, 1149, 1202])),
            (90, "safety-declared-off", Anchor::Lits(&[23, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 109, 114, 115, 161, 162, 163, 175, 178, 179, 180, 194, 291, 296, 297, 298, 299, 300, 301, 306, 333, 417, 418, 420, 443, 444, 506, 507, 508, 509, 510, 511, 512, 608, 612, 781, 792, 797, 798, 820, 827, 828, 835, 838, 839, 840, 841, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 862, 863, 864, 875, 876, 877, 878, 879, 880, 881, 882, 883, 1004, 1043, 1202])),
        ],
    },
    // Text
    ViewAnchors {
        literals: Literals {
            bytes: b"\
\x09,\
\x09-\
\x09-\x09\
\x09- \
\x09:\
\x09>\
\x09]\
\x09admin\
\x09admin]\
\x09agent\
\x09ai\
\x09anonymous\
\x09assistant\
\x09bot\
\x09bucket\
\x09che\x09\
\x09che \
\x09copilot\
\x09das\x09\
\x09das \
\x09der\x09\
\x09der \
\x09die\x09\
\x09die \
\x09download\
\x09endpoint\
\x09external\
\x09gist\
\x09has to\
\x09home\
\x09ia\
\x09instructions:\
\x09is to\
\x09joka\x09\
\x09joka \
\x09ki\
\x09link\
\x09llm\
\x09message:\
\x09model\
\x09must\
\x09need to\
\x09needs to\
\x09note:\
\x09open\
\x09override:\
\x09own\
\x09page\
\x09partner\
\x09personal\
\x09private\
\x09prompt:\
\x09public\
\x09que\x09\
\x09que \
\x09qui\x09\
\x09qui \
\x09robot\
\x09share\
\x09shareable\
\x09should\
\x09som\x09\
\x09som \
\x09sys\
\x09sys]\
\x09system]\
\x09that\x09\
\x09that \
\x09update:\
\x09url\
\x09welche\x09\
\x09welche \
\x09which\x09\
\x09which \
\x09who\x09\
\x09who \
\x09yang\x09\
\x09yang \
\x09\xd0\xb8\xd0\xb8\
\x09\xd1\x88\xd1\x96\
\x09\xd1\x96\xd1\x96\
\x09\xe2\x80\x93\x09\
\x09\xe2\x80\x93 \
\x09\xe2\x80\x94\x09\
\x09\xe2\x80\x94 \
\x0a,\
\x0a-\
\x0a:\
\x0a>\
\x0a]\
\x0aadmin\
\x0aadmin]\
\x0aagent\
\x0aai\
\x0aanonymous\
\x0aassistant\
\x0abot\
\x0abucket\
\x0acopilot\
\x0adownload\
\x0aendpoint\
\x0aexternal\
\x0agist\
\x0ahas to\
\x0ahome\
\x0aia\
\x0ais to\
\x0aki\
\x0alink\
\x0allm\
\x0amodel\
\x0amust\
\x0aneed to\
\x0aneeds to\
\x0aopen\
\x0aown\
\x0apage\
\x0apartner\
\x0apersonal\
\x0aprivate\
\x0apublic\
\x0arobot\
\x0ashare\
\x0ashareable\
\x0ashould\
\x0asys\
\x0asys]\
\x0asystem]\
\x0aurl\
\x0b,\
\x0b-\
\x0b:\
\x0b>\
\x0b]\
\x0badmin\
\x0badmin]\
\x0bagent\
\x0bai\
\x0banonymous\
\x0bassistant\
\x0bbot\
\x0bbucket\
\x0bcopilot\
\x0bdownload\
\x0bendpoint\
\x0bexternal\
\x0bgist\
\x0bhas to\
\x0bhome\
\x0bia\
\x0bis to\
\x0bki\
\x0blink\
\x0bllm\
\x0bmodel\
\x0bmust\
\x0bneed to\
\x0bneeds to\
\x0bopen\
\x0bown\
\x0bpage\
\x0bpartner\
\x0bpersonal\
\x0bprivate\
\x0bpublic\
\x0brobot\
\x0bshare\
\x0bshareable\
\x0bshould\
\x0bsys\
\x0bsys]\
\x0bsystem]\
\x0burl\
\x0c,\
\x0c-\
\x0c:\
\x0c>\
\x0c]\
\x0cadmin\
\x0cadmin]\
\x0cagent\
\x0cai\
\x0canonymous\
\x0cassistant\
\x0cbot\
\x0cbucket\
\x0ccopilot\
\x0cdownload\
\x0cendpoint\
\x0cexternal\
\x0cgist\
\x0chas to\
\x0chome\
\x0cia\
\x0cis to\
\x0cki\
\x0clink\
\x0cllm\
\x0cmodel\
\x0cmust\
\x0cneed to\
\x0cneeds to\
\x0copen\
\x0cown\
\x0cpage\
\x0cpartner\
\x0cpersonal\
\x0cprivate\
\x0cpublic\
\x0crobot\
\x0cshare\
\x0cshareable\
\x0cshould\
\x0csys\
\x0csys]\
\x0csystem]\
\x0curl\
\x0d,\
\x0d-\
\x0d:\
\x0d>\
\x0d]\
\x0dadmin\
\x0dadmin]\
\x0dagent\
\x0dai\
\x0danonymous\
\x0dassistant\
\x0dbot\
\x0dbucket\
\x0dcopilot\
\x0ddownload\
\x0dendpoint\
\x0dexternal\
\x0dgist\
\x0dhas to\
\x0dhome\
\x0dia\
\x0dis to\
\x0dki\
\x0dlink\
\x0dllm\
\x0dmodel\
\x0dmust\
\x0dneed to\
\x0dneeds to\
\x0dopen\
\x0down\
\x0dpage\
\x0dpartner\
\x0dpersonal\
\x0dprivate\
\x0dpublic\
\x0drobot\
\x0dshare\
\x0dshareable\
\x0dshould\
\x0dsys\
\x0dsys]\
\x0dsystem]\
\x0durl\
\x20,\
\x20-\
\x20-\x09\
\x20- \
\x20:\
\x20>\
\x20]\
\x20admin\
\x20admin]\
\x20agent\
\x20ai\
\x20alert\
\x20alert:\
\x20announcement\
\x20announcement:\
\x20anonymous\
\x20assistant\
\x20block\
\x20bot\
\x20bucket\
\x20bulletin\
\x20bulletin:\
\x20change\
\x20change:\
\x20che\x09\
\x20che \
\x20command\
\x20command:\
\x20config\
\x20copilot\
\x20das\x09\
\x20das \
\x20der\x09\
\x20der \
\x20die\x09\
\x20die \
\x20directive\
\x20directive:\
\x20directives\
\x20download\
\x20endpoint\
\x20envelope\
\x20external\
\x20flags\
\x20gist\
\x20guardrails\
\x20guidelines\
\x20has to\
\x20home\
\x20ia\
\x20input\
\x20input \
\x20instructions\
\x20instructions:\
\x20is to\
\x20joka\x09\
\x20joka \
\x20ki\
\x20link\
\x20llm\
\x20message\
\x20message \
\x20message:\
\x20model\
\x20must\
\x20need to\
\x20needs to\
\x20note:\
\x20notice\
\x20notice:\
\x20open\
\x20override\
\x20override:\
\x20own\
\x20page\
\x20parameters\
\x20partner\
\x20patch\
\x20patch:\
\x20personal\
\x20policy\
\x20private\
\x20prompt\
\x20prompt \
\x20prompt:\
\x20prompts\
\x20public\
\x20que\x09\
\x20que \
\x20qui\x09\
\x20qui \
\x20restrictions\
\x20robot\
\x20rules\
\x20safeguards\
\x20section\
\x20settings\
\x20share\
\x20shareable\
\x20should\
\x20som\x09\
\x20som \
\x20sys\
\x20sys]\
\x20system instructions\
\x20system message\
\x20system prompt\
\x20system rules\
\x20system]\
\x20that\x09\
\x20that \
\x20the prompt\
\x20the system prompt\
\x20update\
\x20update:\
\x20url\
\x20welche\x09\
\x20welche \
\x20which\x09\
\x20which \
\x20who\x09\
\x20who \
\x20yang\x09\
\x20yang \
\x20\xd0\xb8\xd0\xb8\
\x20\xd1\x88\xd1\x96\
\x20\xd1\x96\xd1\x96\
\x20\xe2\x80\x93\x09\
\x20\xe2\x80\x93 \
\x20\xe2\x80\x94\x09\
\x20\xe2\x80\x94 \
!\
![\
!ai\
\x22ai\
#\
#\x09\
#\x0a\
#\x0b\
#\x0c\
#\x0d\
# \
#agent\
#ai\
#assistant\
#bot\
#claude\
#copilot\
#cortex\
#developer\
#fff\
#gpt\
#instruction\x09\
#instruction \
#instruction:\
#llm\
#model\
#new system\x09\
#new system \
#new system:\
#system\
#\xc2\x85\
#\xc2\xa0\
#\xe1\x9a\x80\
#\xe2\x80\x80\
#\xe2\x80\x81\
#\xe2\x80\x82\
#\xe2\x80\x83\
#\xe2\x80\x84\
#\xe2\x80\x85\
#\xe2\x80\x86\
#\xe2\x80\x87\
#\xe2\x80\x88\
#\xe2\x80\x89\
#\xe2\x80\x8a\
#\xe2\x80\xa8\
#\xe2\x80\xa9\
#\xe2\x80\xaf\
#\xe2\x81\x9f\
#\xe3\x80\x80\
&ai\
'ai\
(\
(\x09\
(\x0a\
(\x0b\
(\x0c\
(\x0d\
( \
(ai\
(for\x09\
(for\x0a\
(for\x0b\
(for\x0c\
(for\x0d\
(for \
(for\xc2\x85\
(for\xc2\xa0\
(for\xe1\x9a\x80\
(for\xe2\x80\x80\
(for\xe2\x80\x81\
(for\xe2\x80\x82\
(for\xe2\x80\x83\
(for\xe2\x80\x84\
(for\xe2\x80\x85\
(for\xe2\x80\x86\
(for\xe2\x80\x87\
(for\xe2\x80\x88\
(for\xe2\x80\x89\
(for\xe2\x80\x8a\
(for\xe2\x80\xa8\
(for\xe2\x80\xa9\
(for\xe2\x80\xaf\
(for\xe2\x81\x9f\
(for\xe3\x80\x80\
(ia\
(ki\
(to\x09\
(to\x0a\
(to\x0b\
(to\x0c\
(to\x0d\
(to \
(to\xc2\x85\
(to\xc2\xa0\
(to\xe1\x9a\x80\
(to\xe2\x80\x80\
(to\xe2\x80\x81\
(to\xe2\x80\x82\
(to\xe2\x80\x83\
(to\xe2\x80\x84\
(to\xe2\x80\x85\
(to\xe2\x80\x86\
(to\xe2\x80\x87\
(to\xe2\x80\x88\
(to\xe2\x80\x89\
(to\xe2\x80\x8a\
(to\xe2\x80\xa8\
(to\xe2\x80\xa9\
(to\xe2\x80\xaf\
(to\xe2\x81\x9f\
(to\xe3\x80\x80\
(\xc2\x85\
(\xc2\xa0\
(\xd0\xb8\xd0\xb8\
(\xd1\x88\xd1\x96\
(\xd1\x96\xd1\x96\
(\xe1\x9a\x80\
(\xe2\x80\x80\
(\xe2\x80\x81\
(\xe2\x80\x82\
(\xe2\x80\x83\
(\xe2\x80\x84\
(\xe2\x80\x85\
(\xe2\x80\x86\
(\xe2\x80\x87\
(\xe2\x80\x88\
(\xe2\x80\x89\
(\xe2\x80\x8a\
(\xe2\x80\xa8\
(\xe2\x80\xa9\
(\xe2\x80\xaf\
(\xe2\x81\x9f\
(\xe3\x80\x80\
):\
*:\
*ai\
+ai\
,\
,ai\
--\
--\x09\
--\x0a\
--\x0b\
--\x0c\
--\x0d\
-- \
--agent\
--ai\
--allow-all\
--assistant\
--bot\
--bypass-\
--claude\
--copilot\
--cortex\
--dangerously-\
--disable-approval\
--disable-audit\
--disable-envelope\
--disable-guard\
--disable-redaction\
--disable-safety\
--disable-sandbox\
--disable-tripwire\
--envelope\
--gpt\
--insecure\
--llm\
--model\
--no-audit\
--no-guard\
--no-redact\
--no-sandbox\
--no-tripwire\
--no-verify\
--skip-approval\
--skip-check\
--skip-guard\
--trust-all\
--unsafe\
--yolo\
--\xc2\x85\
--\xc2\xa0\
--\xe1\x9a\x80\
--\xe2\x80\x80\
--\xe2\x80\x81\
--\xe2\x80\x82\
--\xe2\x80\x83\
--\xe2\x80\x84\
--\xe2\x80\x85\
--\xe2\x80\x86\
--\xe2\x80\x87\
--\xe2\x80\x88\
--\xe2\x80\x89\
--\xe2\x80\x8a\
--\xe2\x80\xa8\
--\xe2\x80\xa9\
--\xe2\x80\xaf\
--\xe2\x81\x9f\
--\xe3\x80\x80\
-ai\
-ia\
-ki\
-\xd0\xb8\xd0\xb8\
-\xd1\x88\xd1\x96\
-\xd1\x96\xd1\x96\
.ai\
/*\
/*\x09\
/*\x0a\
/*\x0b\
/*\x0c\
/*\x0d\
/* \
/*agent\
/*ai\
/*assistant\
/*bot\
/*claude\
/*copilot\
/*cortex\
/*gpt\
/*llm\
/*model\
/*\xc2\x85\
/*\xc2\xa0\
/*\xe1\x9a\x80\
/*\xe2\x80\x80\
/*\xe2\x80\x81\
/*\xe2\x80\x82\
/*\xe2\x80\x83\
/*\xe2\x80\x84\
/*\xe2\x80\x85\
/*\xe2\x80\x86\
/*\xe2\x80\x87\
/*\xe2\x80\x88\
/*\xe2\x80\x89\
/*\xe2\x80\x8a\
/*\xe2\x80\xa8\
/*\xe2\x80\xa9\
/*\xe2\x80\xaf\
/*\xe2\x81\x9f\
/*\xe3\x80\x80\
//\
//\x09\
//\x0a\
//\x0b\
//\x0c\
//\x0d\
// \
//agent\
//ai\
//assistant\
//bot\
//claude\
//copilot\
//cortex\
//gpt\
//llm\
//model\
//\xc2\x85\
//\xc2\xa0\
//\xe1\x9a\x80\
//\xe2\x80\x80\
//\xe2\x80\x81\
//\xe2\x80\x82\
//\xe2\x80\x83\
//\xe2\x80\x84\
//\xe2\x80\x85\
//\xe2\x80\x86\
//\xe2\x80\x87\
//\xe2\x80\x88\
//\xe2\x80\x89\
//\xe2\x80\x8a\
//\xe2\x80\xa8\
//\xe2\x80\xa9\
//\xe2\x80\xaf\
//\xe2\x81\x9f\
//\xe3\x80\x80\
/ai\
0x0.st\
:\
:\x09\
: \
:absolutely\
:ai\
:as an\
:certainly\
:done\
:here are\
:here is\
:here's\
:heres\
:i can\
:i will\
:i'll\
:ill\
:no problem\
:of course\
:ok\
:sure\
:understood\
:yes\
;ai\
<\
<\x09\
<\x0a\
<\x0b\
<\x0c\
<\x0d\
< \
</\x09\
</\x0a\
</\x0b\
</\x0c\
</\x0d\
</ \
</assistant\
</developer\
</end_of_turn\
</im_end\
</im_start\
</s>\
</start_of_turn\
</sys\
</\xc2\x85\
</\xc2\xa0\
</\xe1\x9a\x80\
</\xe2\x80\x80\
</\xe2\x80\x81\
</\xe2\x80\x82\
</\xe2\x80\x83\
</\xe2\x80\x84\
</\xe2\x80\x85\
</\xe2\x80\x86\
</\xe2\x80\x87\
</\xe2\x80\x88\
</\xe2\x80\x89\
</\xe2\x80\x8a\
</\xe2\x80\xa8\
</\xe2\x80\xa9\
</\xe2\x80\xaf\
</\xe2\x81\x9f\
</\xe3\x80\x80\
<<\
<ai\
<assistant\
<developer\
<end_of_turn\
<im_end\
<im_start\
<s>\
<start_of_turn\
<sys\
<|\
<\xc2\x85\
<\xc2\xa0\
<\xe1\x9a\x80\
<\xe2\x80\x80\
<\xe2\x80\x81\
<\xe2\x80\x82\
<\xe2\x80\x83\
<\xe2\x80\x84\
<\xe2\x80\x85\
<\xe2\x80\x86\
<\xe2\x80\x87\
<\xe2\x80\x88\
<\xe2\x80\x89\
<\xe2\x80\x8a\
<\xe2\x80\xa8\
<\xe2\x80\xa9\
<\xe2\x80\xaf\
<\xe2\x81\x9f\
<\xe3\x80\x80\
=ai\
>\
>>\
>ai\
?ai\
@\
@agent\
@ai\
@aol.\
@assistant\
@bot\
@fastmail.\
@gmail.\
@gmx.\
@googlemail.\
@gpt\
@hotmail.\
@icloud.\
@llm\
@outlook.\
@proton.\
@protonmail.\
@tutanota.\
@yahoo.\
@yandex.\
@ymail.\
@zoho.\
[\
[\x09\
[\x0a\
[\x0b\
[\x0c\
[\x0d\
[ \
[[\
[admin\
[admin\x09\
[admin\x0a\
[admin\x0b\
[admin\x0c\
[admin\x0d\
[admin \
[admin]\
[admin\xc2\x85\
[admin\xc2\xa0\
[admin\xe1\x9a\x80\
[admin\xe2\x80\x80\
[admin\xe2\x80\x81\
[admin\xe2\x80\x82\
[admin\xe2\x80\x83\
[admin\xe2\x80\x84\
[admin\xe2\x80\x85\
[admin\xe2\x80\x86\
[admin\xe2\x80\x87\
[admin\xe2\x80\x88\
[admin\xe2\x80\x89\
[admin\xe2\x80\x8a\
[admin\xe2\x80\xa8\
[admin\xe2\x80\xa9\
[admin\xe2\x80\xaf\
[admin\xe2\x81\x9f\
[admin\xe3\x80\x80\
[ai\
[assistant](\
[developer](\
[for\x09\
[for\x0a\
[for\x0b\
[for\x0c\
[for\x0d\
[for \
[for\xc2\x85\
[for\xc2\xa0\
[for\xe1\x9a\x80\
[for\xe2\x80\x80\
[for\xe2\x80\x81\
[for\xe2\x80\x82\
[for\xe2\x80\x83\
[for\xe2\x80\x84\
[for\xe2\x80\x85\
[for\xe2\x80\x86\
[for\xe2\x80\x87\
[for\xe2\x80\x88\
[for\xe2\x80\x89\
[for\xe2\x80\x8a\
[for\xe2\x80\xa8\
[for\xe2\x80\xa9\
[for\xe2\x80\xaf\
[for\xe2\x81\x9f\
[for\xe3\x80\x80\
[sys\
[sys\x09\
[sys\x0a\
[sys\x0b\
[sys\x0c\
[sys\x0d\
[sys \
[sys]\
[system\x09\
[system\x0a\
[system\x0b\
[system\x0c\
[system\x0d\
[system \
[system]\
[system](\
[system\xc2\x85\
[system\xc2\xa0\
[system\xe1\x9a\x80\
[system\xe2\x80\x80\
[system\xe2\x80\x81\
[system\xe2\x80\x82\
[system\xe2\x80\x83\
[system\xe2\x80\x84\
[system\xe2\x80\x85\
[system\xe2\x80\x86\
[system\xe2\x80\x87\
[system\xe2\x80\x88\
[system\xe2\x80\x89\
[system\xe2\x80\x8a\
[system\xe2\x80\xa8\
[system\xe2\x80\xa9\
[system\xe2\x80\xaf\
[system\xe2\x81\x9f\
[system\xe3\x80\x80\
[sys\xc2\x85\
[sys\xc2\xa0\
[sys\xe1\x9a\x80\
[sys\xe2\x80\x80\
[sys\xe2\x80\x81\
[sys\xe2\x80\x82\
[sys\xe2\x80\x83\
[sys\xe2\x80\x84\
[sys\xe2\x80\x85\
[sys\xe2\x80\x86\
[sys\xe2\x80\x87\
[sys\xe2\x80\x88\
[sys\xe2\x80\x89\
[sys\xe2\x80\x8a\
[sys\xe2\x80\xa8\
[sys\xe2\x80\xa9\
[sys\xe2\x80\xaf\
[sys\xe2\x81\x9f\
[sys\xe3\x80\x80\
[to\x09\
[to\x0a\
[to\x0b\
[to\x0c\
[to\x0d\
[to \
[to\xc2\x85\
[to\xc2\xa0\
[to\xe1\x9a\x80\
[to\xe2\x80\x80\
[to\xe2\x80\x81\
[to\xe2\x80\x82\
[to\xe2\x80\x83\
[to\xe2\x80\x84\
[to\xe2\x80\x85\
[to\xe2\x80\x86\
[to\xe2\x80\x87\
[to\xe2\x80\x88\
[to\xe2\x80\x89\
[to\xe2\x80\x8a\
[to\xe2\x80\xa8\
[to\xe2\x80\xa9\
[to\xe2\x80\xaf\
[to\xe2\x81\x9f\
[to\xe3\x80\x80\
[\xc2\x85\
[\xc2\xa0\
[\xe1\x9a\x80\
[\xe2\x80\x80\
[\xe2\x80\x81\
[\xe2\x80\x82\
[\xe2\x80\x83\
[\xe2\x80\x84\
[\xe2\x80\x85\
[\xe2\x80\x86\
[\xe2\x80\x87\
[\xe2\x80\x88\
[\xe2\x80\x89\
[\xe2\x80\x8a\
[\xe2\x80\xa8\
[\xe2\x80\xa9\
[\xe2\x80\xaf\
[\xe2\x81\x9f\
[\xe3\x80\x80\
](\x09\
](\x0a\
](\x0b\
](\x0c\
](\x0d\
]( \
](//\
](http://\
](https://\
](\xc2\x85\
](\xc2\xa0\
](\xe1\x9a\x80\
](\xe2\x80\x80\
](\xe2\x80\x81\
](\xe2\x80\x82\
](\xe2\x80\x83\
](\xe2\x80\x84\
](\xe2\x80\x85\
](\xe2\x80\x86\
](\xe2\x80\x87\
](\xe2\x80\x88\
](\xe2\x80\x89\
](\xe2\x80\x8a\
](\xe2\x80\xa8\
](\xe2\x80\xa9\
](\xe2\x80\xaf\
](\xe2\x81\x9f\
](\xe3\x80\x80\
]]\
_:\
_allow_all\
_approval\
_audit\
_bypass\
_checks\
_cortex\
_disable\
_envelope\
_filter\
_guard\
_injection\
_insecure\
_off\
_redaction\
_safety\
_sandbox\
_skip\
_tripwire\
_unsafe\
```\
`ai\
aaol.\
abfs://\
abfss://\
absolutely\
access\
accorde\
accountadmin\
activated\
add\
add me\
add us\
added\
address\
admin\
admin \
admin mode\
admin:\
administrator \
adresse\
afastmail.\
agent\
agent\x09\
agent\x0a\
agent\x0b\
agent\x0c\
agent\x0d\
agent \
agent,\
agent-\
agent:\
agente\
agents,\
agents-\
agents:\
agent\xc2\x85\
agent\xc2\xa0\
agent\xe1\x9a\x80\
agent\xe2\x80\x80\
agent\xe2\x80\x81\
agent\xe2\x80\x82\
agent\xe2\x80\x83\
agent\xe2\x80\x84\
agent\xe2\x80\x85\
agent\xe2\x80\x86\
agent\xe2\x80\x87\
agent\xe2\x80\x88\
agent\xe2\x80\x89\
agent\xe2\x80\x8a\
agent\xe2\x80\xa8\
agent\xe2\x80\xa9\
agent\xe2\x80\xaf\
agent\xe2\x81\x9f\
agent\xe3\x80\x80\
agmail.\
agmx.\
agooglemail.\
ahotmail.\
ai\
ai\x09\
ai\x0a\
ai\x0b\
ai\x0c\
ai\x0d\
ai \
ai agent\
ai asist\
ai assist\
ai assistant\
ai asyst\
ai avustaj\
ai bot\
ai reviewer\
ai \xce\xb2\xce\xbf\xce\xb7\xce\xb8\
ai \xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
ai \xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
ai \xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
ai*\
ai,\
ai-\
ai-agent\
ai-asist\
ai-assist\
ai-assistant\
ai-asyst\
ai-avustaj\
ai-bot\
ai-reviewer\
ai-\xce\xb2\xce\xbf\xce\xb7\xce\xb8\
ai-\xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
ai-\xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
ai-\xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
ai:\
ai:\x09\
ai: \
ai:absolutely\
ai:as an\
ai:certainly\
ai:done\
ai:here are\
ai:here is\
ai:here's\
ai:heres\
ai:i can\
ai:i will\
ai:i'll\
ai:ill\
ai:no problem\
ai:of course\
ai:ok\
ai:sure\
ai:understood\
ai:yes\
ai_\
ai_agent\
ai_assistant\
ai_bot\
ai_reviewer\
aicloud.\
ais\x09\
ais\x0a\
ais\x0b\
ais\x0c\
ais\x0d\
ais \
ais,\
ais-\
ais:\
ais\xc2\x85\
ais\xc2\xa0\
ais\xe1\x9a\x80\
ais\xe2\x80\x80\
ais\xe2\x80\x81\
ais\xe2\x80\x82\
ais\xe2\x80\x83\
ais\xe2\x80\x84\
ais\xe2\x80\x85\
ais\xe2\x80\x86\
ais\xe2\x80\x87\
ais\xe2\x80\x88\
ais\xe2\x80\x89\
ais\xe2\x80\x8a\
ais\xe2\x80\xa8\
ais\xe2\x80\xa9\
ais\xe2\x80\xaf\
ais\xe2\x81\x9f\
ais\xe3\x80\x80\
ai\xc2\x85\
ai\xc2\xa0\
ai\xe1\x9a\x80\
ai\xe2\x80\x80\
ai\xe2\x80\x81\
ai\xe2\x80\x82\
ai\xe2\x80\x83\
ai\xe2\x80\x84\
ai\xe2\x80\x85\
ai\xe2\x80\x86\
ai\xe2\x80\x87\
ai\xe2\x80\x88\
ai\xe2\x80\x89\
ai\xe2\x80\x8a\
ai\xe2\x80\xa8\
ai\xe2\x80\xa9\
ai\xe2\x80\xaf\
ai\xe2\x81\x9f\
ai\xe3\x80\x80\
all\
all\x09\
all\x0a\
all\x0b\
all\x0c\
all\x0d\
all \
all\xc2\x85\
all\xc2\xa0\
all\xe1\x9a\x80\
all\xe2\x80\x80\
all\xe2\x80\x81\
all\xe2\x80\x82\
all\xe2\x80\x83\
all\xe2\x80\x84\
all\xe2\x80\x85\
all\xe2\x80\x86\
all\xe2\x80\x87\
all\xe2\x80\x88\
all\xe2\x80\x89\
all\xe2\x80\x8a\
all\xe2\x80\xa8\
all\xe2\x80\xa9\
all\xe2\x80\xaf\
all\xe2\x81\x9f\
all\xe3\x80\x80\
alter\
always\
an\
anonfiles\
anonymous\x09\
anonymous\x0a\
anonymous\x0b\
anonymous\x0c\
anonymous\x0d\
anonymous \
anonymous\xc2\x85\
anonymous\xc2\xa0\
anonymous\xe1\x9a\x80\
anonymous\xe2\x80\x80\
anonymous\xe2\x80\x81\
anonymous\xe2\x80\x82\
anonymous\xe2\x80\x83\
anonymous\xe2\x80\x84\
anonymous\xe2\x80\x85\
anonymous\xe2\x80\x86\
anonymous\xe2\x80\x87\
anonymous\xe2\x80\x88\
anonymous\xe2\x80\x89\
anonymous\xe2\x80\x8a\
anonymous\xe2\x80\xa8\
anonymous\xe2\x80\xa9\
anonymous\xe2\x80\xaf\
anonymous\xe2\x81\x9f\
anonymous\xe3\x80\x80\
answer\
anweisung\
any\x09\
any\x0a\
any\x0b\
any\x0c\
any\x0d\
any \
any\xc2\x85\
any\xc2\xa0\
any\xe1\x9a\x80\
any\xe2\x80\x80\
any\xe2\x80\x81\
any\xe2\x80\x82\
any\xe2\x80\x83\
any\xe2\x80\x84\
any\xe2\x80\x85\
any\xe2\x80\x86\
any\xe2\x80\x87\
any\xe2\x80\x88\
any\xe2\x80\x89\
any\xe2\x80\x8a\
any\xe2\x80\xa8\
any\xe2\x80\xa9\
any\xe2\x80\xaf\
any\xe2\x81\x9f\
any\xe3\x80\x80\
aol.\
aoutlook.\
apague\
api key\
api_key\
append\
appended\
approval\
approval_mode\
approve\
aproton.\
aprotonmail.\
as an\
asist\
asistente\
assign\
assist\
assistant\
assistant\x09\
assistant\x0a\
assistant\x0b\
assistant\x0c\
assistant\x0d\
assistant \
assistant*\
assistant,\
assistant-\
assistant:\
assistant:\x09\
assistant: \
assistant:absolutely\
assistant:as an\
assistant:certainly\
assistant:done\
assistant:here are\
assistant:here is\
assistant:here's\
assistant:heres\
assistant:i can\
assistant:i will\
assistant:i'll\
assistant:ill\
assistant:no problem\
assistant:of course\
assistant:ok\
assistant:sure\
assistant:understood\
assistant:yes\
assistant>\
assistant_\
assistants,\
assistants-\
assistants:\
assistant\xc2\x85\
assistant\xc2\xa0\
assistant\xe1\x9a\x80\
assistant\xe2\x80\x80\
assistant\xe2\x80\x81\
assistant\xe2\x80\x82\
assistant\xe2\x80\x83\
assistant\xe2\x80\x84\
assistant\xe2\x80\x85\
assistant\xe2\x80\x86\
assistant\xe2\x80\x87\
assistant\xe2\x80\x88\
assistant\xe2\x80\x89\
assistant\xe2\x80\x8a\
assistant\xe2\x80\xa8\
assistant\xe2\x80\xa9\
assistant\xe2\x80\xaf\
assistant\xe2\x81\x9f\
assistant\xe3\x80\x80\
assistente\
assume\
asyst\
attach\
attached\
attacker\
attention\x09\
attention\x0a\
attention\x0b\
attention\x0c\
attention\x0d\
attention \
attention\xc2\x85\
attention\xc2\xa0\
attention\xe1\x9a\x80\
attention\xe2\x80\x80\
attention\xe2\x80\x81\
attention\xe2\x80\x82\
attention\xe2\x80\x83\
attention\xe2\x80\x84\
attention\xe2\x80\x85\
attention\xe2\x80\x86\
attention\xe2\x80\x87\
attention\xe2\x80\x88\
attention\xe2\x80\x89\
attention\xe2\x80\x8a\
attention\xe2\x80\xa8\
attention\xe2\x80\xa9\
attention\xe2\x80\xaf\
attention\xe2\x81\x9f\
attention\xe3\x80\x80\
attn\x09\
attn\x0a\
attn\x0b\
attn\x0c\
attn\x0d\
attn \
attn\xc2\x85\
attn\xc2\xa0\
attn\xe1\x9a\x80\
attn\xe2\x80\x80\
attn\xe2\x80\x81\
attn\xe2\x80\x82\
attn\xe2\x80\x83\
attn\xe2\x80\x84\
attn\xe2\x80\x85\
attn\xe2\x80\x86\
attn\xe2\x80\x87\
attn\xe2\x80\x88\
attn\xe2\x80\x89\
attn\xe2\x80\x8a\
attn\xe2\x80\xa8\
attn\xe2\x80\xa9\
attn\xe2\x80\xaf\
attn\xe2\x81\x9f\
attn\xe3\x80\x80\
atutanota.\
audit\
automated\
automation\
avustaj\
ayahoo.\
ayandex.\
aymail.\
azoho.\
azure://\
beacon\
beam\
begin \
beginning \
beste\x09\
beste\x0a\
beste\x0b\
beste\x0c\
beste\x0d\
beste \
beste\xc2\x85\
beste\xc2\xa0\
beste\xe1\x9a\x80\
beste\xe2\x80\x80\
beste\xe2\x80\x81\
beste\xe2\x80\x82\
beste\xe2\x80\x83\
beste\xe2\x80\x84\
beste\xe2\x80\x85\
beste\xe2\x80\x86\
beste\xe2\x80\x87\
beste\xe2\x80\x88\
beste\xe2\x80\x89\
beste\xe2\x80\x8a\
beste\xe2\x80\xa8\
beste\xe2\x80\xa9\
beste\xe2\x80\xaf\
beste\xe2\x81\x9f\
beste\xe3\x80\x80\
bitte\
borra\
bot\
bot\x09\
bot\x0a\
bot\x0b\
bot\x0c\
bot\x0d\
bot \
bot,\
bot-\
bot:\
bots,\
bots-\
bots:\
bot\xc2\x85\
bot\xc2\xa0\
bot\xe1\x9a\x80\
bot\xe2\x80\x80\
bot\xe2\x80\x81\
bot\xe2\x80\x82\
bot\xe2\x80\x83\
bot\xe2\x80\x84\
bot\xe2\x80\x85\
bot\xe2\x80\x86\
bot\xe2\x80\x87\
bot\xe2\x80\x88\
bot\xe2\x80\x89\
bot\xe2\x80\x8a\
bot\xe2\x80\xa8\
bot\xe2\x80\xa9\
bot\xe2\x80\xaf\
bot\xe2\x81\x9f\
bot\xe3\x80\x80\
box folder\
browse\
bucket\
burpcollaborator\
bypass\
bypass \
c2\
call\
cancella\
cara\x09\
cara\x0a\
cara\x0b\
cara\x0c\
cara\x0d\
cara \
cara\xc2\x85\
cara\xc2\xa0\
cara\xe1\x9a\x80\
cara\xe2\x80\x80\
cara\xe2\x80\x81\
cara\xe2\x80\x82\
cara\xe2\x80\x83\
cara\xe2\x80\x84\
cara\xe2\x80\x85\
cara\xe2\x80\x86\
cara\xe2\x80\x87\
cara\xe2\x80\x88\
cara\xe2\x80\x89\
cara\xe2\x80\x8a\
cara\xe2\x80\xa8\
cara\xe2\x80\xa9\
cara\xe2\x80\xaf\
cara\xe2\x81\x9f\
cara\xe3\x80\x80\
caro\x09\
caro\x0a\
caro\x0b\
caro\x0c\
caro\x0d\
caro \
caro\xc2\x85\
caro\xc2\xa0\
caro\xe1\x9a\x80\
caro\xe2\x80\x80\
caro\xe2\x80\x81\
caro\xe2\x80\x82\
caro\xe2\x80\x83\
caro\xe2\x80\x84\
caro\xe2\x80\x85\
caro\xe2\x80\x86\
caro\xe2\x80\x87\
caro\xe2\x80\x88\
caro\xe2\x80\x89\
caro\xe2\x80\x8a\
caro\xe2\x80\xa8\
caro\xe2\x80\xa9\
caro\xe2\x80\xaf\
caro\xe2\x81\x9f\
caro\xe3\x80\x80\
catbox\
cc\
certainly\
change\
chatbot\
cher\x09\
cher\x0a\
cher\x0b\
cher\x0c\
cher\x0d\
cher \
chere\x09\
chere\x0a\
chere\x0b\
chere\x0c\
chere\x0d\
chere \
chere\xc2\x85\
chere\xc2\xa0\
chere\xe1\x9a\x80\
chere\xe2\x80\x80\
chere\xe2\x80\x81\
chere\xe2\x80\x82\
chere\xe2\x80\x83\
chere\xe2\x80\x84\
chere\xe2\x80\x85\
chere\xe2\x80\x86\
chere\xe2\x80\x87\
chere\xe2\x80\x88\
chere\xe2\x80\x89\
chere\xe2\x80\x8a\
chere\xe2\x80\xa8\
chere\xe2\x80\xa9\
chere\xe2\x80\xaf\
chere\xe2\x81\x9f\
chere\xe3\x80\x80\
cher\xc2\x85\
cher\xc2\xa0\
cher\xe1\x9a\x80\
cher\xe2\x80\x80\
cher\xe2\x80\x81\
cher\xe2\x80\x82\
cher\xe2\x80\x83\
cher\xe2\x80\x84\
cher\xe2\x80\x85\
cher\xe2\x80\x86\
cher\xe2\x80\x87\
cher\xe2\x80\x88\
cher\xe2\x80\x89\
cher\xe2\x80\x8a\
cher\xe2\x80\xa8\
cher\xe2\x80\xa9\
cher\xe2\x80\xaf\
cher\xe2\x81\x9f\
cher\xe3\x80\x80\
ci bot\
ci-bot\
ci_bot\
cibot\
claim\
claude\
claude,\
claude-\
claude:\
claudes,\
claudes-\
claudes:\
click\
close\
collector\
color\
command\
comply\
concede\
confirm\
consuming\
copies\
copilot\
copilot,\
copilot-\
copilot:\
copilots,\
copilots-\
copilots:\
copy\
cortex\
cortex,\
cortex-\
cortex:\
cortex_route\
cortexs,\
cortexs-\
cortexs:\
create\
credentials\
curl\
dan\
deactivate\
deaktiviere\
dear\x09\
dear\x0a\
dear\x0b\
dear\x0c\
dear\x0d\
dear \
dear\xc2\x85\
dear\xc2\xa0\
dear\xe1\x9a\x80\
dear\xe2\x80\x80\
dear\xe2\x80\x81\
dear\xe2\x80\x82\
dear\xe2\x80\x83\
dear\xe2\x80\x84\
dear\xe2\x80\x85\
dear\xe2\x80\x86\
dear\xe2\x80\x87\
dear\xe2\x80\x88\
dear\xe2\x80\x89\
dear\xe2\x80\x8a\
dear\xe2\x80\xa8\
dear\xe2\x80\xa9\
dear\xe2\x80\xaf\
dear\xe2\x81\x9f\
dear\xe3\x80\x80\
debug mode\
delete\
deliver\
deploy bot\
deploy-bot\
deploy_bot\
deploybot\
desactive\
destroy\
developer\
developer\x09\
developer\x0a\
developer\x0b\
developer\x0c\
developer\x0d\
developer \
developer mode\
developer:\
developer>\
developer\xc2\x85\
developer\xc2\xa0\
developer\xe1\x9a\x80\
developer\xe2\x80\x80\
developer\xe2\x80\x81\
developer\xe2\x80\x82\
developer\xe2\x80\x83\
developer\xe2\x80\x84\
developer\xe2\x80\x85\
developer\xe2\x80\x86\
developer\xe2\x80\x87\
developer\xe2\x80\x88\
developer\xe2\x80\x89\
developer\xe2\x80\x8a\
developer\xe2\x80\xa8\
developer\xe2\x80\xa9\
developer\xe2\x80\xaf\
developer\xe2\x81\x9f\
developer\xe3\x80\x80\
diagnostic mode\
dig\
directive\
disable\
display\
disregard\
disregard \
do not\
do not ask\
do not check\
do not confirm\
do not mention\
do not request\
don't\
don't ask\
don't check\
don't confirm\
don't mention\
don't request\
done\
dont\
dont ask\
dont check\
dont confirm\
dont mention\
dont request\
download\
drive\
drop\
drop \
drop-bucket\
dropbox\
dropbucket\
dropzone\
dump\
e-mail\
each\x09\
each\x0a\
each\x0b\
each\x0c\
each\x0d\
each \
each\xc2\x85\
each\xc2\xa0\
each\xe1\x9a\x80\
each\xe2\x80\x80\
each\xe2\x80\x81\
each\xe2\x80\x82\
each\xe2\x80\x83\
each\xe2\x80\x84\
each\xe2\x80\x85\
each\xe2\x80\x86\
each\xe2\x80\x87\
each\xe2\x80\x88\
each\xe2\x80\x89\
each\xe2\x80\x8a\
each\xe2\x80\xa8\
each\xe2\x80\xa9\
each\xe2\x80\xaf\
each\xe2\x81\x9f\
each\xe3\x80\x80\
ejecuta\
elevate\
elimina\
email\
embedded\
emergency\
enabled\
end of \
end_of_turn\x09\
end_of_turn\x0a\
end_of_turn\x0b\
end_of_turn\x0c\
end_of_turn\x0d\
end_of_turn \
end_of_turn>\
end_of_turn\xc2\x85\
end_of_turn\xc2\xa0\
end_of_turn\xe1\x9a\x80\
end_of_turn\xe2\x80\x80\
end_of_turn\xe2\x80\x81\
end_of_turn\xe2\x80\x82\
end_of_turn\xe2\x80\x83\
end_of_turn\xe2\x80\x84\
end_of_turn\xe2\x80\x85\
end_of_turn\xe2\x80\x86\
end_of_turn\xe2\x80\x87\
end_of_turn\xe2\x80\x88\
end_of_turn\xe2\x80\x89\
end_of_turn\xe2\x80\x8a\
end_of_turn\xe2\x80\xa8\
end_of_turn\xe2\x80\xa9\
end_of_turn\xe2\x80\xaf\
end_of_turn\xe2\x81\x9f\
end_of_turn\xe3\x80\x80\
endpoint\
entferne\
envelope\
envia\
envie\
envoi\
envoie\
envoyer\
escalate\
esegui\
every\x09\
every\x0a\
every\x0b\
every\x0c\
every\x0d\
every \
every\xc2\x85\
every\xc2\xa0\
every\xe1\x9a\x80\
every\xe2\x80\x80\
every\xe2\x80\x81\
every\xe2\x80\x82\
every\xe2\x80\x83\
every\xe2\x80\x84\
every\xe2\x80\x85\
every\xe2\x80\x86\
every\xe2\x80\x87\
every\xe2\x80\x88\
every\xe2\x80\x89\
every\xe2\x80\x8a\
every\xe2\x80\xa8\
every\xe2\x80\xa9\
every\xe2\x80\xaf\
every\xe2\x81\x9f\
every\xe3\x80\x80\
evil\
exclua\
execute\
exfil\
exfiltrate\
export\
expose\
fetch\
file.io\
filter\
focus exclusively\
focus only\
font-size\
for\
for\x09\
for\x0a\
for\x0b\
for\x0c\
for\x0d\
for \
forget\
forget \
forward\
for\xc2\x85\
for\xc2\xa0\
for\xe1\x9a\x80\
for\xe2\x80\x80\
for\xe2\x80\x81\
for\xe2\x80\x82\
for\xe2\x80\x83\
for\xe2\x80\x84\
for\xe2\x80\x85\
for\xe2\x80\x86\
for\xe2\x80\x87\
for\xe2\x80\x88\
for\xe2\x80\x89\
for\xe2\x80\x8a\
for\xe2\x80\xa8\
for\xe2\x80\xa9\
for\xe2\x80\xaf\
for\xe2\x81\x9f\
for\xe3\x80\x80\
free.\
from now\
ftp://\
fuehre\
fuhre\
fur\
gcs://\
gdrive\
gemini\
gewahre\
ghostbin\
gist\
give\
gmx.\
god\
god mode\
gofile\
google drive\
gpt\
gpt,\
gpt-\
gpt:\
gpts,\
gpts-\
gpts:\
grant\
gs://\
guard\
hacker\
handling\
hash\
hastebin\
height\
helper\
here are\
here is\
here's\
heres\
hey\x09\
hey\x0a\
hey\x0b\
hey\x0c\
hey\x0d\
hey \
hey\xc2\x85\
hey\xc2\xa0\
hey\xe1\x9a\x80\
hey\xe2\x80\x80\
hey\xe2\x80\x81\
hey\xe2\x80\x82\
hey\xe2\x80\x83\
hey\xe2\x80\x84\
hey\xe2\x80\x85\
hey\xe2\x80\x86\
hey\xe2\x80\x87\
hey\xe2\x80\x88\
hey\xe2\x80\x89\
hey\xe2\x80\x8a\
hey\xe2\x80\xa8\
hey\xe2\x80\xa9\
hey\xe2\x80\xaf\
hey\xe2\x81\x9f\
hey\xe3\x80\x80\
hi\x09\
hi\x0a\
hi\x0b\
hi\x0c\
hi\x0d\
hi \
hidden\
hint\
hinweis\
hi\xc2\x85\
hi\xc2\xa0\
hi\xe1\x9a\x80\
hi\xe2\x80\x80\
hi\xe2\x80\x81\
hi\xe2\x80\x82\
hi\xe2\x80\x83\
hi\xe2\x80\x84\
hi\xe2\x80\x85\
hi\xe2\x80\x86\
hi\xe2\x80\x87\
hi\xe2\x80\x88\
hi\xe2\x80\x89\
hi\xe2\x80\x8a\
hi\xe2\x80\xa8\
hi\xe2\x80\xa9\
hi\xe2\x80\xaf\
hi\xe2\x81\x9f\
hi\xe3\x80\x80\
host\
http://\
https://\
i can\
i'll\
ia\
ia\x09\
ia \
ia agent\
ia asist\
ia assist\
ia asyst\
ia avustaj\
ia \xce\xb2\xce\xbf\xce\xb7\xce\xb8\
ia \xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
ia \xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
ia \xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
ia-agent\
ia-asist\
ia-assist\
ia-asyst\
ia-avustaj\
ia-\xce\xb2\xce\xbf\xce\xb7\xce\xb8\
ia-\xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
ia-\xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
ia-\xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
icloud.\
if\x09\
if\x0a\
if\x0b\
if\x0c\
if\x0d\
if \
if\xc2\x85\
if\xc2\xa0\
if\xe1\x9a\x80\
if\xe2\x80\x80\
if\xe2\x80\x81\
if\xe2\x80\x82\
if\xe2\x80\x83\
if\xe2\x80\x84\
if\xe2\x80\x85\
if\xe2\x80\x86\
if\xe2\x80\x87\
if\xe2\x80\x88\
if\xe2\x80\x89\
if\xe2\x80\x8a\
if\xe2\x80\xa8\
if\xe2\x80\xa9\
if\xe2\x80\xaf\
if\xe2\x81\x9f\
if\xe3\x80\x80\
ignore\
ignore \
ill\
im_end\x09\
im_end\x0a\
im_end\x0b\
im_end\x0c\
im_end\x0d\
im_end \
im_end>\
im_end\xc2\x85\
im_end\xc2\xa0\
im_end\xe1\x9a\x80\
im_end\xe2\x80\x80\
im_end\xe2\x80\x81\
im_end\xe2\x80\x82\
im_end\xe2\x80\x83\
im_end\xe2\x80\x84\
im_end\xe2\x80\x85\
im_end\xe2\x80\x86\
im_end\xe2\x80\x87\
im_end\xe2\x80\x88\
im_end\xe2\x80\x89\
im_end\xe2\x80\x8a\
im_end\xe2\x80\xa8\
im_end\xe2\x80\xa9\
im_end\xe2\x80\xaf\
im_end\xe2\x81\x9f\
im_end\xe3\x80\x80\
im_start\x09\
im_start\x0a\
im_start\x0b\
im_start\x0c\
im_start\x0d\
im_start \
im_start>\
im_start\xc2\x85\
im_start\xc2\xa0\
im_start\xe1\x9a\x80\
im_start\xe2\x80\x80\
im_start\xe2\x80\x81\
im_start\xe2\x80\x82\
im_start\xe2\x80\x83\
im_start\xe2\x80\x84\
im_start\xe2\x80\x85\
im_start\xe2\x80\x86\
im_start\xe2\x80\x87\
im_start\xe2\x80\x88\
im_start\xe2\x80\x89\
im_start\xe2\x80\x8a\
im_start\xe2\x80\xa8\
im_start\xe2\x80\xa9\
im_start\xe2\x80\xaf\
im_start\xe2\x81\x9f\
im_start\xe3\x80\x80\
impersonate\
in the link\
in the query\
in the url\
inbox\
include\
included\
ing\
ingesting\
injection\
injection_check\
insert\
inst]\
install\
instruction\
instruction:\
instructions\
instructions_override\
inteligencia artificial\
intelligenza artificiale\
interact.sh\
invia\
issue\
jailbreak\
jailbroken\
ki\
ki\x09\
ki \
ki agent\
ki asist\
ki assist\
ki asyst\
ki avustaj\
ki \xce\xb2\xce\xbf\xce\xb7\xce\xb8\
ki \xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
ki \xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
ki \xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
ki-agent\
ki-asist\
ki-assist\
ki-asyst\
ki-avustaj\
ki-\xce\xb2\xce\xbf\xce\xb7\xce\xb8\
ki-\xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
ki-\xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
ki-\xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
kill\
kunstmatige intelligentie\
label\
language model\
laposte.\
law enforcement\
leak\
liebe\x09\
liebe\x0a\
liebe\x0b\
liebe\x0c\
liebe\x0d\
liebe \
lieber\x09\
lieber\x0a\
lieber\x0b\
lieber\x0c\
lieber\x0d\
lieber \
lieber\xc2\x85\
lieber\xc2\xa0\
lieber\xe1\x9a\x80\
lieber\xe2\x80\x80\
lieber\xe2\x80\x81\
lieber\xe2\x80\x82\
lieber\xe2\x80\x83\
lieber\xe2\x80\x84\
lieber\xe2\x80\x85\
lieber\xe2\x80\x86\
lieber\xe2\x80\x87\
lieber\xe2\x80\x88\
lieber\xe2\x80\x89\
lieber\xe2\x80\x8a\
lieber\xe2\x80\xa8\
lieber\xe2\x80\xa9\
lieber\xe2\x80\xaf\
lieber\xe2\x81\x9f\
lieber\xe3\x80\x80\
liebe\xc2\x85\
liebe\xc2\xa0\
liebe\xe1\x9a\x80\
liebe\xe2\x80\x80\
liebe\xe2\x80\x81\
liebe\xe2\x80\x82\
liebe\xe2\x80\x83\
liebe\xe2\x80\x84\
liebe\xe2\x80\x85\
liebe\xe2\x80\x86\
liebe\xe2\x80\x87\
liebe\xe2\x80\x88\
liebe\xe2\x80\x89\
liebe\xe2\x80\x8a\
liebe\xe2\x80\xa8\
liebe\xe2\x80\xa9\
liebe\xe2\x80\xaf\
liebe\xe2\x81\x9f\
liebe\xe3\x80\x80\
list\
live.\
llm\
llm,\
llm-\
llm-directive\
llm-instruction\
llm-note\
llm-prompt\
llm-task\
llm:\
llm_directive\
llm_instruction\
llm_note\
llm_prompt\
llm_task\
llmdirective\
llminstruction\
llmnote\
llmprompt\
llms,\
llms-\
llms:\
llmtask\
loesche\
losche\
machine\
mail\
mail.\
mailbox.\
maintenance mode\
make\
make me\
malicious\
mark\
mega.nz\
memo\
merge\
merge bot\
merge-bot\
merge_bot\
mergebot\
message\
mirror\
mode\
model\
model\x09\
model\x0a\
model\x0b\
model\x0c\
model\x0d\
model \
model reading this\
model,\
model-\
model:\
modele\
models reading this\
models,\
models-\
models:\
model\xc2\x85\
model\xc2\xa0\
model\xe1\x9a\x80\
model\xe2\x80\x80\
model\xe2\x80\x81\
model\xe2\x80\x82\
model\xe2\x80\x83\
model\xe2\x80\x84\
model\xe2\x80\x85\
model\xe2\x80\x86\
model\xe2\x80\x87\
model\xe2\x80\x88\
model\xe2\x80\x89\
model\xe2\x80\x8a\
model\xe2\x80\xa8\
model\xe2\x80\xa9\
model\xe2\x80\xaf\
model\xe2\x81\x9f\
model\xe3\x80\x80\
modify\
move\
must\
nachricht\
never\
new\
new directive\
new directives:\
new orders\
new orders:\
new policy\
new policy:\
ngrok\
no boundaries\
no filters\
no guardrails\
no limits\
no more boundaries\
no more filters\
no more guardrails\
no more limits\
no more restrictions\
no more rules\
no need to ask\
no need to check\
no need to confirm\
no problem\
no restrictions\
no rules\
nota\x09\
nota\x0a\
nota\x0b\
nota\x0c\
nota\x0d\
nota \
nota\xc2\x85\
nota\xc2\xa0\
nota\xe1\x9a\x80\
nota\xe2\x80\x80\
nota\xe2\x80\x81\
nota\xe2\x80\x82\
nota\xe2\x80\x83\
nota\xe2\x80\x84\
nota\xe2\x80\x85\
nota\xe2\x80\x86\
nota\xe2\x80\x87\
nota\xe2\x80\x88\
nota\xe2\x80\x89\
nota\xe2\x80\x8a\
nota\xe2\x80\xa8\
nota\xe2\x80\xa9\
nota\xe2\x80\xaf\
nota\xe2\x81\x9f\
nota\xe3\x80\x80\
note\
note\x09\
note\x0a\
note\x0b\
note\x0c\
note\x0d\
note \
note\xc2\x85\
note\xc2\xa0\
note\xe1\x9a\x80\
note\xe2\x80\x80\
note\xe2\x80\x81\
note\xe2\x80\x82\
note\xe2\x80\x83\
note\xe2\x80\x84\
note\xe2\x80\x85\
note\xe2\x80\x86\
note\xe2\x80\x87\
note\xe2\x80\x88\
note\xe2\x80\x89\
note\xe2\x80\x8a\
note\xe2\x80\xa8\
note\xe2\x80\xa9\
note\xe2\x80\xaf\
note\xe2\x81\x9f\
note\xe3\x80\x80\
notiz\
nslookup\
oast\
obey\
of course\
ok\
onedrive\
only\
opacity\
open\
open\x09\
open\x0a\
open\x0b\
open\x0c\
open\x0d\
open \
open\xc2\x85\
open\xc2\xa0\
open\xe1\x9a\x80\
open\xe2\x80\x80\
open\xe2\x80\x81\
open\xe2\x80\x82\
open\xe2\x80\x83\
open\xe2\x80\x84\
open\xe2\x80\x85\
open\xe2\x80\x86\
open\xe2\x80\x87\
open\xe2\x80\x88\
open\xe2\x80\x89\
open\xe2\x80\x8a\
open\xe2\x80\xa8\
open\xe2\x80\xa9\
open\xe2\x80\xaf\
open\xe2\x81\x9f\
open\xe3\x80\x80\
ops bot\
ops-bot\
ops_bot\
opsbot\
orange.\
order\
orders\
outlook.\
output\
override\
override \
override:\
oxo.st\
p.s\
para\x09\
para\x0a\
para\x0b\
para\x0c\
para\x0d\
para \
para\xc2\x85\
para\xc2\xa0\
para\xe1\x9a\x80\
para\xe2\x80\x80\
para\xe2\x80\x81\
para\xe2\x80\x82\
para\xe2\x80\x83\
para\xe2\x80\x84\
para\xe2\x80\x85\
para\xe2\x80\x86\
para\xe2\x80\x87\
para\xe2\x80\x88\
para\xe2\x80\x89\
para\xe2\x80\x8a\
para\xe2\x80\xa8\
para\xe2\x80\xa9\
para\xe2\x80\xaf\
para\xe2\x81\x9f\
para\xe3\x80\x80\
parsing\
passwd\
password\
paste\
paste.ee\
pastebin\
per\x09\
per\x0a\
per\x0b\
per\x0c\
per\x0d\
per \
permitted\
per\xc2\x85\
per\xc2\xa0\
per\xe1\x9a\x80\
per\xe2\x80\x80\
per\xe2\x80\x81\
per\xe2\x80\x82\
per\xe2\x80\x83\
per\xe2\x80\x84\
per\xe2\x80\x85\
per\xe2\x80\x86\
per\xe2\x80\x87\
per\xe2\x80\x88\
per\xe2\x80\x89\
per\xe2\x80\x8a\
per\xe2\x80\xa8\
per\xe2\x80\xa9\
per\xe2\x80\xaf\
per\xe2\x81\x9f\
per\xe3\x80\x80\
ping\
pipe\
pipedream\
policy\
post\
print\
processes\
processing\
prompt\
proton.\
ps\
psst\x09\
psst\x0a\
psst\x0b\
psst\x0c\
psst\x0d\
psst \
psst\xc2\x85\
psst\xc2\xa0\
psst\xe1\x9a\x80\
psst\xe2\x80\x80\
psst\xe2\x80\x81\
psst\xe2\x80\x82\
psst\xe2\x80\x83\
psst\xe2\x80\x84\
psst\xe2\x80\x85\
psst\xe2\x80\x86\
psst\xe2\x80\x87\
psst\xe2\x80\x88\
psst\xe2\x80\x89\
psst\xe2\x80\x8a\
psst\xe2\x80\xa8\
psst\xe2\x80\xa9\
psst\xe2\x80\xaf\
psst\xe2\x81\x9f\
psst\xe3\x80\x80\
public\x09\
public\x0a\
public\x0b\
public\x0c\
public\x0d\
public \
publicly accessible\x09\
publicly accessible\x0a\
publicly accessible\x0b\
publicly accessible\x0c\
publicly accessible\x0d\
publicly accessible \
publicly accessible\xc2\x85\
publicly accessible\xc2\xa0\
publicly accessible\xe1\x9a\x80\
publicly accessible\xe2\x80\x80\
publicly accessible\xe2\x80\x81\
publicly accessible\xe2\x80\x82\
publicly accessible\xe2\x80\x83\
publicly accessible\xe2\x80\x84\
publicly accessible\xe2\x80\x85\
publicly accessible\xe2\x80\x86\
publicly accessible\xe2\x80\x87\
publicly accessible\xe2\x80\x88\
publicly accessible\xe2\x80\x89\
publicly accessible\xe2\x80\x8a\
publicly accessible\xe2\x80\xa8\
publicly accessible\xe2\x80\xa9\
publicly accessible\xe2\x80\xaf\
publicly accessible\xe2\x81\x9f\
publicly accessible\xe3\x80\x80\
public\xc2\x85\
public\xc2\xa0\
public\xe1\x9a\x80\
public\xe2\x80\x80\
public\xe2\x80\x81\
public\xe2\x80\x82\
public\xe2\x80\x83\
public\xe2\x80\x84\
public\xe2\x80\x85\
public\xe2\x80\x86\
public\xe2\x80\x87\
public\xe2\x80\x88\
public\xe2\x80\x89\
public\xe2\x80\x8a\
public\xe2\x80\xa8\
public\xe2\x80\xa9\
public\xe2\x80\xaf\
public\xe2\x81\x9f\
public\xe3\x80\x80\
publish\
purge\
push\
put\
pwn\
querida\x09\
querida\x0a\
querida\x0b\
querida\x0c\
querida\x0d\
querida \
querida\xc2\x85\
querida\xc2\xa0\
querida\xe1\x9a\x80\
querida\xe2\x80\x80\
querida\xe2\x80\x81\
querida\xe2\x80\x82\
querida\xe2\x80\x83\
querida\xe2\x80\x84\
querida\xe2\x80\x85\
querida\xe2\x80\x86\
querida\xe2\x80\x87\
querida\xe2\x80\x88\
querida\xe2\x80\x89\
querida\xe2\x80\x8a\
querida\xe2\x80\xa8\
querida\xe2\x80\xa9\
querida\xe2\x80\xaf\
querida\xe2\x81\x9f\
querida\xe3\x80\x80\
querido\x09\
querido\x0a\
querido\x0b\
querido\x0c\
querido\x0d\
querido \
querido\xc2\x85\
querido\xc2\xa0\
querido\xe1\x9a\x80\
querido\xe2\x80\x80\
querido\xe2\x80\x81\
querido\xe2\x80\x82\
querido\xe2\x80\x83\
querido\xe2\x80\x84\
querido\xe2\x80\x85\
querido\xe2\x80\x86\
querido\xe2\x80\x87\
querido\xe2\x80\x88\
querido\xe2\x80\x89\
querido\xe2\x80\x8a\
querido\xe2\x80\xa8\
querido\xe2\x80\xa9\
querido\xe2\x80\xaf\
querido\xe2\x81\x9f\
querido\xe3\x80\x80\
rate\
read\
read_only\
reader\
reading\
readonly\
redact\
refund\
reminder\
remove\
replace\
replicate\
reply\
request\
requestbin\
resize\
resolve\
respond\
return\
reveal\
review bot\
review-bot\
review_bot\
reviewbot\
reviewer\
reviewer bot\
reviewer-bot\
reviewer_bot\
reviewerbot\
reviews\
revoke\
root\
root \
root:\
rows\
rules\
run\
s3://\
safe_mode\
safety\
sandbox\
sanitization\
sanitize\
say\
schick\
schicke\
secret\
security\
security \
see\
seeing\
send\
sendspace\
server\
set\
share\
shareable\x09\
shareable\x0a\
shareable\x0b\
shareable\x0c\
shareable\x0d\
shareable \
shareable\xc2\x85\
shareable\xc2\xa0\
shareable\xe1\x9a\x80\
shareable\xe2\x80\x80\
shareable\xe2\x80\x81\
shareable\xe2\x80\x82\
shareable\xe2\x80\x83\
shareable\xe2\x80\x84\
shareable\xe2\x80\x85\
shareable\xe2\x80\x86\
shareable\xe2\x80\x87\
shareable\xe2\x80\x88\
shareable\xe2\x80\x89\
shareable\xe2\x80\x8a\
shareable\xe2\x80\xa8\
shareable\xe2\x80\xa9\
shareable\xe2\x80\xaf\
shareable\xe2\x81\x9f\
shareable\xe3\x80\x80\
ship\
show\
shut\
site\
skip\
stage\
start \
start_of_turn\x09\
start_of_turn\x0a\
start_of_turn\x0b\
start_of_turn\x0c\
start_of_turn\x0d\
start_of_turn \
start_of_turn>\
start_of_turn\xc2\x85\
start_of_turn\xc2\xa0\
start_of_turn\xe1\x9a\x80\
start_of_turn\xe2\x80\x80\
start_of_turn\xe2\x80\x81\
start_of_turn\xe2\x80\x82\
start_of_turn\xe2\x80\x83\
start_of_turn\xe2\x80\x84\
start_of_turn\xe2\x80\x85\
start_of_turn\xe2\x80\x86\
start_of_turn\xe2\x80\x87\
start_of_turn\xe2\x80\x88\
start_of_turn\xe2\x80\x89\
start_of_turn\xe2\x80\x8a\
start_of_turn\xe2\x80\xa8\
start_of_turn\xe2\x80\xa9\
start_of_turn\xe2\x80\xaf\
start_of_turn\xe2\x81\x9f\
start_of_turn\xe3\x80\x80\
state\
steal\
stop\
stream\
stuur\
style\
submit\
sudo\
sudo:\
summari\
superuser\
support bot\
support-bot\
support_bot\
supportbot\
supprime\
sure\
switch\
sync\
sys\x09\
sys\x0a\
sys\x0b\
sys\x0c\
sys\x0d\
sys \
sys>\
sys_prompt\
system\
system\x09\
system\x0a\
system\x0b\
system\x0c\
system\x0d\
system \
system message:\
system prompt:\
system-prompt\
system:\
system>\
system_message\
system_prompt\
system\xc2\x85\
system\xc2\xa0\
system\xe1\x9a\x80\
system\xe2\x80\x80\
system\xe2\x80\x81\
system\xe2\x80\x82\
system\xe2\x80\x83\
system\xe2\x80\x84\
system\xe2\x80\x85\
system\xe2\x80\x86\
system\xe2\x80\x87\
system\xe2\x80\x88\
system\xe2\x80\x89\
system\xe2\x80\x8a\
system\xe2\x80\xa8\
system\xe2\x80\xa9\
system\xe2\x80\xaf\
system\xe2\x81\x9f\
system\xe3\x80\x80\
sys\xc2\x85\
sys\xc2\xa0\
sys\xe1\x9a\x80\
sys\xe2\x80\x80\
sys\xe2\x80\x81\
sys\xe2\x80\x82\
sys\xe2\x80\x83\
sys\xe2\x80\x84\
sys\xe2\x80\x85\
sys\xe2\x80\x86\
sys\xe2\x80\x87\
sys\xe2\x80\x88\
sys\xe2\x80\x89\
sys\xe2\x80\x8a\
sys\xe2\x80\xa8\
sys\xe2\x80\xa9\
sys\xe2\x80\xaf\
sys\xe2\x81\x9f\
sys\xe3\x80\x80\
sztucznej inteligencji\
t-online.\
tack\
task\
tekoaly\
tell\
temp.sh\
termbin\
terminate\
that consume\
that process\
that read\
that see\
tip\
tmpfiles\
to\
to\x09\
to\x0a\
to\x0b\
to\x0c\
to\x0d\
to \
token\
tool\
to\xc2\x85\
to\xc2\xa0\
to\xe1\x9a\x80\
to\xe2\x80\x80\
to\xe2\x80\x81\
to\xe2\x80\x82\
to\xe2\x80\x83\
to\xe2\x80\x84\
to\xe2\x80\x85\
to\xe2\x80\x86\
to\xe2\x80\x87\
to\xe2\x80\x88\
to\xe2\x80\x89\
to\xe2\x80\x8a\
to\xe2\x80\xa8\
to\xe2\x80\xa9\
to\xe2\x80\xaf\
to\xe2\x81\x9f\
to\xe3\x80\x80\
transfer\
transfer.sh\
transmit\
tri tue nhan tao\
triage bot\
triage-bot\
triage_bot\
triagebot\
triages\
tripwire\
tro ly\
truncate\
tuta.\
tutanota.\
umele inteligence\
unauthenticated\x09\
unauthenticated\x0a\
unauthenticated\x0b\
unauthenticated\x0c\
unauthenticated\x0d\
unauthenticated \
unauthenticated\xc2\x85\
unauthenticated\xc2\xa0\
unauthenticated\xe1\x9a\x80\
unauthenticated\xe2\x80\x80\
unauthenticated\xe2\x80\x81\
unauthenticated\xe2\x80\x82\
unauthenticated\xe2\x80\x83\
unauthenticated\xe2\x80\x84\
unauthenticated\xe2\x80\x85\
unauthenticated\xe2\x80\x86\
unauthenticated\xe2\x80\x87\
unauthenticated\xe2\x80\x88\
unauthenticated\xe2\x80\x89\
unauthenticated\xe2\x80\x8a\
unauthenticated\xe2\x80\xa8\
unauthenticated\xe2\x80\xa9\
unauthenticated\xe2\x80\xaf\
unauthenticated\xe2\x81\x9f\
unauthenticated\xe3\x80\x80\
understood\
unload\
unrestricted\
update\
upload\
url\
use\
verwijder\
visibility\
visit\
wasb://\
wasbs://\
web.\
webhook\
webhook.site\
wetransfer\
wget\
whatever\x09\
whatever\x0a\
whatever\x0b\
whatever\x0c\
whatever\x0d\
whatever \
whatever\xc2\x85\
whatever\xc2\xa0\
whatever\xe1\x9a\x80\
whatever\xe2\x80\x80\
whatever\xe2\x80\x81\
whatever\xe2\x80\x82\
whatever\xe2\x80\x83\
whatever\xe2\x80\x84\
whatever\xe2\x80\x85\
whatever\xe2\x80\x86\
whatever\xe2\x80\x87\
whatever\xe2\x80\x88\
whatever\xe2\x80\x89\
whatever\xe2\x80\x8a\
whatever\xe2\x80\xa8\
whatever\xe2\x80\xa9\
whatever\xe2\x80\xaf\
whatever\xe2\x81\x9f\
whatever\xe3\x80\x80\
whichever\x09\
whichever\x0a\
whichever\x0b\
whichever\x0c\
whichever\x0d\
whichever \
whichever\xc2\x85\
whichever\xc2\xa0\
whichever\xe1\x9a\x80\
whichever\xe2\x80\x80\
whichever\xe2\x80\x81\
whichever\xe2\x80\x82\
whichever\xe2\x80\x83\
whichever\xe2\x80\x84\
whichever\xe2\x80\x85\
whichever\xe2\x80\x86\
whichever\xe2\x80\x87\
whichever\xe2\x80\x88\
whichever\xe2\x80\x89\
whichever\xe2\x80\x8a\
whichever\xe2\x80\xa8\
whichever\xe2\x80\xa9\
whichever\xe2\x80\xaf\
whichever\xe2\x81\x9f\
whichever\xe3\x80\x80\
white\
wipe\
world readable\x09\
world readable\x0a\
world readable\x0b\
world readable\x0c\
world readable\x0d\
world readable \
world readable\xc2\x85\
world readable\xc2\xa0\
world readable\xe1\x9a\x80\
world readable\xe2\x80\x80\
world readable\xe2\x80\x81\
world readable\xe2\x80\x82\
world readable\xe2\x80\x83\
world readable\xe2\x80\x84\
world readable\xe2\x80\x85\
world readable\xe2\x80\x86\
world readable\xe2\x80\x87\
world readable\xe2\x80\x88\
world readable\xe2\x80\x89\
world readable\xe2\x80\x8a\
world readable\xe2\x80\xa8\
world readable\xe2\x80\xa9\
world readable\xe2\x80\xaf\
world readable\xe2\x81\x9f\
world readable\xe3\x80\x80\
world-readable\x09\
world-readable\x0a\
world-readable\x0b\
world-readable\x0c\
world-readable\x0d\
world-readable \
world-readable\xc2\x85\
world-readable\xc2\xa0\
world-readable\xe1\x9a\x80\
world-readable\xe2\x80\x80\
world-readable\xe2\x80\x81\
world-readable\xe2\x80\x82\
world-readable\xe2\x80\x83\
world-readable\xe2\x80\x84\
world-readable\xe2\x80\x85\
world-readable\xe2\x80\x86\
world-readable\xe2\x80\x87\
world-readable\xe2\x80\x88\
world-readable\xe2\x80\x89\
world-readable\xe2\x80\x8a\
world-readable\xe2\x80\xa8\
world-readable\xe2\x80\xa9\
world-readable\xe2\x80\xaf\
world-readable\xe2\x81\x9f\
world-readable\xe3\x80\x80\
write\
yahoo.\
yandex.\
yapay zeka\
yes\
yo\x09\
yo\x0a\
yo\x0b\
yo\x0c\
yo\x0d\
yo \
you\
yo\xc2\x85\
yo\xc2\xa0\
yo\xe1\x9a\x80\
yo\xe2\x80\x80\
yo\xe2\x80\x81\
yo\xe2\x80\x82\
yo\xe2\x80\x83\
yo\xe2\x80\x84\
yo\xe2\x80\x85\
yo\xe2\x80\x86\
yo\xe2\x80\x87\
yo\xe2\x80\x88\
yo\xe2\x80\x89\
yo\xe2\x80\x8a\
yo\xe2\x80\xa8\
yo\xe2\x80\xa9\
yo\xe2\x80\xaf\
yo\xe2\x81\x9f\
yo\xe3\x80\x80\
zet\
zoho.\
{\
{ai\
|>\
|ai\
~ai\
\xc2\x85,\
\xc2\x85-\
\xc2\x85:\
\xc2\x85>\
\xc2\x85]\
\xc2\x85admin\
\xc2\x85admin]\
\xc2\x85agent\
\xc2\x85ai\
\xc2\x85anonymous\
\xc2\x85assistant\
\xc2\x85bot\
\xc2\x85bucket\
\xc2\x85copilot\
\xc2\x85download\
\xc2\x85endpoint\
\xc2\x85external\
\xc2\x85gist\
\xc2\x85has to\
\xc2\x85home\
\xc2\x85ia\
\xc2\x85is to\
\xc2\x85ki\
\xc2\x85link\
\xc2\x85llm\
\xc2\x85model\
\xc2\x85must\
\xc2\x85need to\
\xc2\x85needs to\
\xc2\x85open\
\xc2\x85own\
\xc2\x85page\
\xc2\x85partner\
\xc2\x85personal\
\xc2\x85private\
\xc2\x85public\
\xc2\x85robot\
\xc2\x85share\
\xc2\x85shareable\
\xc2\x85should\
\xc2\x85sys\
\xc2\x85sys]\
\xc2\x85system]\
\xc2\x85url\
\xc2\xa0,\
\xc2\xa0-\
\xc2\xa0:\
\xc2\xa0>\
\xc2\xa0]\
\xc2\xa0admin\
\xc2\xa0admin]\
\xc2\xa0agent\
\xc2\xa0ai\
\xc2\xa0anonymous\
\xc2\xa0assistant\
\xc2\xa0bot\
\xc2\xa0bucket\
\xc2\xa0copilot\
\xc2\xa0download\
\xc2\xa0endpoint\
\xc2\xa0external\
\xc2\xa0gist\
\xc2\xa0has to\
\xc2\xa0home\
\xc2\xa0ia\
\xc2\xa0is to\
\xc2\xa0ki\
\xc2\xa0link\
\xc2\xa0llm\
\xc2\xa0model\
\xc2\xa0must\
\xc2\xa0need to\
\xc2\xa0needs to\
\xc2\xa0open\
\xc2\xa0own\
\xc2\xa0page\
\xc2\xa0partner\
\xc2\xa0personal\
\xc2\xa0private\
\xc2\xa0public\
\xc2\xa0robot\
\xc2\xa0share\
\xc2\xa0shareable\
\xc2\xa0should\
\xc2\xa0sys\
\xc2\xa0sys]\
\xc2\xa0system]\
\xc2\xa0url\
\xc2\xabai\
\xce\xb2\xce\xbf\xce\xb7\xce\xb8\
\xce\xb5\xce\xbd\xcf\x84\xce\xbf\xce\xbb\
\xce\xba\xce\xb1\xce\xbd\xce\xbf\xce\xbd\
\xce\xbf\xce\xb4\xce\xb7\xce\xb3\xce\xb9\
\xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
\xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd0\xb8\xd0\xb8 agent\
\xd0\xb8\xd0\xb8 asist\
\xd0\xb8\xd0\xb8 assist\
\xd0\xb8\xd0\xb8 asyst\
\xd0\xb8\xd0\xb8 avustaj\
\xd0\xb8\xd0\xb8 \xce\xb2\xce\xbf\xce\xb7\xce\xb8\
\xd0\xb8\xd0\xb8 \xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
\xd0\xb8\xd0\xb8 \xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd0\xb8\xd0\xb8 \xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd0\xb8\xd0\xb8-agent\
\xd0\xb8\xd0\xb8-asist\
\xd0\xb8\xd0\xb8-assist\
\xd0\xb8\xd0\xb8-asyst\
\xd0\xb8\xd0\xb8-avustaj\
\xd0\xb8\xd0\xb8-\xce\xb2\xce\xbf\xce\xb7\xce\xb8\
\xd0\xb8\xd0\xb8-\xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
\xd0\xb8\xd0\xb8-\xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd0\xb8\xd0\xb8-\xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd1\x88\xd1\x96 agent\
\xd1\x88\xd1\x96 asist\
\xd1\x88\xd1\x96 assist\
\xd1\x88\xd1\x96 asyst\
\xd1\x88\xd1\x96 avustaj\
\xd1\x88\xd1\x96 \xce\xb2\xce\xbf\xce\xb7\xce\xb8\
\xd1\x88\xd1\x96 \xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
\xd1\x88\xd1\x96 \xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd1\x88\xd1\x96 \xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd1\x88\xd1\x96-agent\
\xd1\x88\xd1\x96-asist\
\xd1\x88\xd1\x96-assist\
\xd1\x88\xd1\x96-asyst\
\xd1\x88\xd1\x96-avustaj\
\xd1\x88\xd1\x96-\xce\xb2\xce\xbf\xce\xb7\xce\xb8\
\xd1\x88\xd1\x96-\xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
\xd1\x88\xd1\x96-\xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd1\x88\xd1\x96-\xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd1\x96\xd1\x96 agent\
\xd1\x96\xd1\x96 asist\
\xd1\x96\xd1\x96 assist\
\xd1\x96\xd1\x96 asyst\
\xd1\x96\xd1\x96 avustaj\
\xd1\x96\xd1\x96 \xce\xb2\xce\xbf\xce\xb7\xce\xb8\
\xd1\x96\xd1\x96 \xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
\xd1\x96\xd1\x96 \xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd1\x96\xd1\x96 \xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd1\x96\xd1\x96-agent\
\xd1\x96\xd1\x96-asist\
\xd1\x96\xd1\x96-assist\
\xd1\x96\xd1\x96-asyst\
\xd1\x96\xd1\x96-avustaj\
\xd1\x96\xd1\x96-\xce\xb2\xce\xbf\xce\xb7\xce\xb8\
\xd1\x96\xd1\x96-\xd0\xb0\xd0\xb3\xd0\xb5\xd0\xbd\xd1\x82\
\xd1\x96\xd1\x96-\xd0\xb0\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd1\x96\xd1\x96-\xd0\xb0\xd1\x81\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\
\xd7\x90\xd7\x9c \xd7\xaa\xd7\xa1\xd7\xa4\xd7\xa8\
\xd7\x94\xd7\x95\xd7\xa8\xd7\x90\xd7\x95\xd7\xaa\
\xd7\x94\xd7\xa0\xd7\x97\xd7\x99\xd7\x95\xd7\xaa\
\xd7\x9e\xd7\x97\xd7\xa7\
\xd7\xa9\xd7\x9c\xd7\x97\
\xd8\xa3\xd8\xb1\xd8\xb3\xd9\x84\
\xd8\xa7\xd8\xba\xd9\x81\xd9\x84\
\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x85\xd8\xa7\xd8\xaa \xd8\xa7\xd9\x84\xd9\x85\xd8\xae\xd9\x81\xd9\x8a\xd8\xa9\
\xd8\xa7\xd9\x86\
\xd8\xa8\xd9\x84\xd8\xa7\
\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87\xd9\x84\
\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x85\xd8\xa7\xd8\xaa \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xd8\xad\xd8\xb0\xd9\x81\
\xd8\xaf\xd8\xb3\xd8\xaa\xd9\x88\xd8\xb1\
\xd8\xaf\xd9\x88\xd9\x86\
\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xaa\xd8\xa8\xd8\xb9\
\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xae\xd8\xa8\xd8\xb1\
\xd9\x85\xd9\x88\xd8\xac\xd9\x87 \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xe0\xa4\x86\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\x97\xe0\xa5\x81\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\x9b\xe0\xa4\xbf\xe0\xa4\xaa\xe0\xa5\x87 \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xae\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xac\xe0\xa4\xbf\xe0\xa4\xa8\xe0\xa4\xbe\
\xe0\xa4\xad\xe0\xa5\x87\xe0\xa4\x9c\
\xe0\xa4\xae\xe0\xa4\xa4 \xe0\xa4\xac\xe0\xa4\xa4\xe0\xa4\xbe\
\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa4\xae \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa4\xae \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x89\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\x9f\
\xe0\xa4\xb9\xe0\xa4\x9f\xe0\xa4\xbe\
\xe0\xa6\xa8\xe0\xa6\xbf\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xa6\xe0\xa7\x87\xe0\xa6\xb6\
\xe0\xb8\x9a\xe0\xb8\xad\xe0\xb8\x81\
\xe0\xb8\x9b\xe0\xb8\xa3\xe0\xb8\xb2\xe0\xb8\xa8\xe0\xb8\x88\xe0\xb8\xb2\xe0\xb8\x81\
\xe0\xb8\xa5\xe0\xb8\x9a\
\xe0\xb8\xa5\xe0\xb8\xb0\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb8\xa2\
\xe0\xb8\xa5\xe0\xb8\xb0\xe0\xb9\x80\xe0\xb8\xa7\xe0\xb9\x89\xe0\xb8\x99\
\xe0\xb8\xa5\xe0\xb8\xb7\xe0\xb8\xa1\
\xe0\xb8\xaa\xe0\xb9\x88\xe0\xb8\x87\
\xe0\xb9\x80\xe0\xb8\x9b\xe0\xb8\xb4\xe0\xb8\x94\xe0\xb9\x80\xe0\xb8\x9c\xe0\xb8\xa2\
\xe0\xb9\x80\xe0\xb8\x9e\xe0\xb8\xb4\xe0\xb8\x81\xe0\xb9\x80\xe0\xb8\x89\xe0\xb8\xa2\
\xe0\xb9\x81\xe0\xb8\xaa\xe0\xb8\x94\xe0\xb8\x87\
\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\x95\xe0\xb9\x89\xe0\xb8\xad\xe0\xb8\x87\xe0\xb8\xaa\xe0\xb8\x99\xe0\xb9\x83\xe0\xb8\x88\
\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\xa1\xe0\xb8\xb5\
\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\xaa\xe0\xb8\x99\xe0\xb9\x83\xe0\xb8\x88\
\xe1\x9a\x80,\
\xe1\x9a\x80-\
\xe1\x9a\x80:\
\xe1\x9a\x80>\
\xe1\x9a\x80]\
\xe1\x9a\x80admin\
\xe1\x9a\x80admin]\
\xe1\x9a\x80agent\
\xe1\x9a\x80ai\
\xe1\x9a\x80anonymous\
\xe1\x9a\x80assistant\
\xe1\x9a\x80bot\
\xe1\x9a\x80bucket\
\xe1\x9a\x80copilot\
\xe1\x9a\x80download\
\xe1\x9a\x80endpoint\
\xe1\x9a\x80external\
\xe1\x9a\x80gist\
\xe1\x9a\x80has to\
\xe1\x9a\x80home\
\xe1\x9a\x80ia\
\xe1\x9a\x80is to\
\xe1\x9a\x80ki\
\xe1\x9a\x80link\
\xe1\x9a\x80llm\
\xe1\x9a\x80model\
\xe1\x9a\x80must\
\xe1\x9a\x80need to\
\xe1\x9a\x80needs to\
\xe1\x9a\x80open\
\xe1\x9a\x80own\
\xe1\x9a\x80page\
\xe1\x9a\x80partner\
\xe1\x9a\x80personal\
\xe1\x9a\x80private\
\xe1\x9a\x80public\
\xe1\x9a\x80robot\
\xe1\x9a\x80share\
\xe1\x9a\x80shareable\
\xe1\x9a\x80should\
\xe1\x9a\x80sys\
\xe1\x9a\x80sys]\
\xe1\x9a\x80system]\
\xe1\x9a\x80url\
\xe2\x80\x80,\
\xe2\x80\x80-\
\xe2\x80\x80:\
\xe2\x80\x80>\
\xe2\x80\x80]\
\xe2\x80\x80admin\
\xe2\x80\x80admin]\
\xe2\x80\x80agent\
\xe2\x80\x80ai\
\xe2\x80\x80anonymous\
\xe2\x80\x80assistant\
\xe2\x80\x80bot\
\xe2\x80\x80bucket\
\xe2\x80\x80copilot\
\xe2\x80\x80download\
\xe2\x80\x80endpoint\
\xe2\x80\x80external\
\xe2\x80\x80gist\
\xe2\x80\x80has to\
\xe2\x80\x80home\
\xe2\x80\x80ia\
\xe2\x80\x80is to\
\xe2\x80\x80ki\
\xe2\x80\x80link\
\xe2\x80\x80llm\
\xe2\x80\x80model\
\xe2\x80\x80must\
\xe2\x80\x80need to\
\xe2\x80\x80needs to\
\xe2\x80\x80open\
\xe2\x80\x80own\
\xe2\x80\x80page\
\xe2\x80\x80partner\
\xe2\x80\x80personal\
\xe2\x80\x80private\
\xe2\x80\x80public\
\xe2\x80\x80robot\
\xe2\x80\x80share\
\xe2\x80\x80shareable\
\xe2\x80\x80should\
\xe2\x80\x80sys\
\xe2\x80\x80sys]\
\xe2\x80\x80system]\
\xe2\x80\x80url\
\xe2\x80\x81,\
\xe2\x80\x81-\
\xe2\x80\x81:\
\xe2\x80\x81>\
\xe2\x80\x81]\
\xe2\x80\x81admin\
\xe2\x80\x81admin]\
\xe2\x80\x81agent\
\xe2\x80\x81ai\
\xe2\x80\x81anonymous\
\xe2\x80\x81assistant\
\xe2\x80\x81bot\
\xe2\x80\x81bucket\
\xe2\x80\x81copilot\
\xe2\x80\x81download\
\xe2\x80\x81endpoint\
\xe2\x80\x81external\
\xe2\x80\x81gist\
\xe2\x80\x81has to\
\xe2\x80\x81home\
\xe2\x80\x81ia\
\xe2\x80\x81is to\
\xe2\x80\x81ki\
\xe2\x80\x81link\
\xe2\x80\x81llm\
\xe2\x80\x81model\
\xe2\x80\x81must\
\xe2\x80\x81need to\
\xe2\x80\x81needs to\
\xe2\x80\x81open\
\xe2\x80\x81own\
\xe2\x80\x81page\
\xe2\x80\x81partner\
\xe2\x80\x81personal\
\xe2\x80\x81private\
\xe2\x80\x81public\
\xe2\x80\x81robot\
\xe2\x80\x81share\
\xe2\x80\x81shareable\
\xe2\x80\x81should\
\xe2\x80\x81sys\
\xe2\x80\x81sys]\
\xe2\x80\x81system]\
\xe2\x80\x81url\
\xe2\x80\x82,\
\xe2\x80\x82-\
\xe2\x80\x82:\
\xe2\x80\x82>\
\xe2\x80\x82]\
\xe2\x80\x82admin\
\xe2\x80\x82admin]\
\xe2\x80\x82agent\
\xe2\x80\x82ai\
\xe2\x80\x82anonymous\
\xe2\x80\x82assistant\
\xe2\x80\x82bot\
\xe2\x80\x82bucket\
\xe2\x80\x82copilot\
\xe2\x80\x82download\
\xe2\x80\x82endpoint\
\xe2\x80\x82external\
\xe2\x80\x82gist\
\xe2\x80\x82has to\
\xe2\x80\x82home\
\xe2\x80\x82ia\
\xe2\x80\x82is to\
\xe2\x80\x82ki\
\xe2\x80\x82link\
\xe2\x80\x82llm\
\xe2\x80\x82model\
\xe2\x80\x82must\
\xe2\x80\x82need to\
\xe2\x80\x82needs to\
\xe2\x80\x82open\
\xe2\x80\x82own\
\xe2\x80\x82page\
\xe2\x80\x82partner\
\xe2\x80\x82personal\
\xe2\x80\x82private\
\xe2\x80\x82public\
\xe2\x80\x82robot\
\xe2\x80\x82share\
\xe2\x80\x82shareable\
\xe2\x80\x82should\
\xe2\x80\x82sys\
\xe2\x80\x82sys]\
\xe2\x80\x82system]\
\xe2\x80\x82url\
\xe2\x80\x83,\
\xe2\x80\x83-\
\xe2\x80\x83:\
\xe2\x80\x83>\
\xe2\x80\x83]\
\xe2\x80\x83admin\
\xe2\x80\x83admin]\
\xe2\x80\x83agent\
\xe2\x80\x83ai\
\xe2\x80\x83anonymous\
\xe2\x80\x83assistant\
\xe2\x80\x83bot\
\xe2\x80\x83bucket\
\xe2\x80\x83copilot\
\xe2\x80\x83download\
\xe2\x80\x83endpoint\
\xe2\x80\x83external\
\xe2\x80\x83gist\
\xe2\x80\x83has to\
\xe2\x80\x83home\
\xe2\x80\x83ia\
\xe2\x80\x83is to\
\xe2\x80\x83ki\
\xe2\x80\x83link\
\xe2\x80\x83llm\
\xe2\x80\x83model\
\xe2\x80\x83must\
\xe2\x80\x83need to\
\xe2\x80\x83needs to\
\xe2\x80\x83open\
\xe2\x80\x83own\
\xe2\x80\x83page\
\xe2\x80\x83partner\
\xe2\x80\x83personal\
\xe2\x80\x83private\
\xe2\x80\x83public\
\xe2\x80\x83robot\
\xe2\x80\x83share\
\xe2\x80\x83shareable\
\xe2\x80\x83should\
\xe2\x80\x83sys\
\xe2\x80\x83sys]\
\xe2\x80\x83system]\
\xe2\x80\x83url\
\xe2\x80\x84,\
\xe2\x80\x84-\
\xe2\x80\x84:\
\xe2\x80\x84>\
\xe2\x80\x84]\
\xe2\x80\x84admin\
\xe2\x80\x84admin]\
\xe2\x80\x84agent\
\xe2\x80\x84ai\
\xe2\x80\x84anonymous\
\xe2\x80\x84assistant\
\xe2\x80\x84bot\
\xe2\x80\x84bucket\
\xe2\x80\x84copilot\
\xe2\x80\x84download\
\xe2\x80\x84endpoint\
\xe2\x80\x84external\
\xe2\x80\x84gist\
\xe2\x80\x84has to\
\xe2\x80\x84home\
\xe2\x80\x84ia\
\xe2\x80\x84is to\
\xe2\x80\x84ki\
\xe2\x80\x84link\
\xe2\x80\x84llm\
\xe2\x80\x84model\
\xe2\x80\x84must\
\xe2\x80\x84need to\
\xe2\x80\x84needs to\
\xe2\x80\x84open\
\xe2\x80\x84own\
\xe2\x80\x84page\
\xe2\x80\x84partner\
\xe2\x80\x84personal\
\xe2\x80\x84private\
\xe2\x80\x84public\
\xe2\x80\x84robot\
\xe2\x80\x84share\
\xe2\x80\x84shareable\
\xe2\x80\x84should\
\xe2\x80\x84sys\
\xe2\x80\x84sys]\
\xe2\x80\x84system]\
\xe2\x80\x84url\
\xe2\x80\x85,\
\xe2\x80\x85-\
\xe2\x80\x85:\
\xe2\x80\x85>\
\xe2\x80\x85]\
\xe2\x80\x85admin\
\xe2\x80\x85admin]\
\xe2\x80\x85agent\
\xe2\x80\x85ai\
\xe2\x80\x85anonymous\
\xe2\x80\x85assistant\
\xe2\x80\x85bot\
\xe2\x80\x85bucket\
\xe2\x80\x85copilot\
\xe2\x80\x85download\
\xe2\x80\x85endpoint\
\xe2\x80\x85external\
\xe2\x80\x85gist\
\xe2\x80\x85has to\
\xe2\x80\x85home\
\xe2\x80\x85ia\
\xe2\x80\x85is to\
\xe2\x80\x85ki\
\xe2\x80\x85link\
\xe2\x80\x85llm\
\xe2\x80\x85model\
\xe2\x80\x85must\
\xe2\x80\x85need to\
\xe2\x80\x85needs to\
\xe2\x80\x85open\
\xe2\x80\x85own\
\xe2\x80\x85page\
\xe2\x80\x85partner\
\xe2\x80\x85personal\
\xe2\x80\x85private\
\xe2\x80\x85public\
\xe2\x80\x85robot\
\xe2\x80\x85share\
\xe2\x80\x85shareable\
\xe2\x80\x85should\
\xe2\x80\x85sys\
\xe2\x80\x85sys]\
\xe2\x80\x85system]\
\xe2\x80\x85url\
\xe2\x80\x86,\
\xe2\x80\x86-\
\xe2\x80\x86:\
\xe2\x80\x86>\
\xe2\x80\x86]\
\xe2\x80\x86admin\
\xe2\x80\x86admin]\
\xe2\x80\x86agent\
\xe2\x80\x86ai\
\xe2\x80\x86anonymous\
\xe2\x80\x86assistant\
\xe2\x80\x86bot\
\xe2\x80\x86bucket\
\xe2\x80\x86copilot\
\xe2\x80\x86download\
\xe2\x80\x86endpoint\
\xe2\x80\x86external\
\xe2\x80\x86gist\
\xe2\x80\x86has to\
\xe2\x80\x86home\
\xe2\x80\x86ia\
\xe2\x80\x86is to\
\xe2\x80\x86ki\
\xe2\x80\x86link\
\xe2\x80\x86llm\
\xe2\x80\x86model\
\xe2\x80\x86must\
\xe2\x80\x86need to\
\xe2\x80\x86needs to\
\xe2\x80\x86open\
\xe2\x80\x86own\
\xe2\x80\x86page\
\xe2\x80\x86partner\
\xe2\x80\x86personal\
\xe2\x80\x86private\
\xe2\x80\x86public\
\xe2\x80\x86robot\
\xe2\x80\x86share\
\xe2\x80\x86shareable\
\xe2\x80\x86should\
\xe2\x80\x86sys\
\xe2\x80\x86sys]\
\xe2\x80\x86system]\
\xe2\x80\x86url\
\xe2\x80\x87,\
\xe2\x80\x87-\
\xe2\x80\x87:\
\xe2\x80\x87>\
\xe2\x80\x87]\
\xe2\x80\x87admin\
\xe2\x80\x87admin]\
\xe2\x80\x87agent\
\xe2\x80\x87ai\
\xe2\x80\x87anonymous\
\xe2\x80\x87assistant\
\xe2\x80\x87bot\
\xe2\x80\x87bucket\
\xe2\x80\x87copilot\
\xe2\x80\x87download\
\xe2\x80\x87endpoint\
\xe2\x80\x87external\
\xe2\x80\x87gist\
\xe2\x80\x87has to\
\xe2\x80\x87home\
\xe2\x80\x87ia\
\xe2\x80\x87is to\
\xe2\x80\x87ki\
\xe2\x80\x87link\
\xe2\x80\x87llm\
\xe2\x80\x87model\
\xe2\x80\x87must\
\xe2\x80\x87need to\
\xe2\x80\x87needs to\
\xe2\x80\x87open\
\xe2\x80\x87own\
\xe2\x80\x87page\
\xe2\x80\x87partner\
\xe2\x80\x87personal\
\xe2\x80\x87private\
\xe2\x80\x87public\
\xe2\x80\x87robot\
\xe2\x80\x87share\
\xe2\x80\x87shareable\
\xe2\x80\x87should\
\xe2\x80\x87sys\
\xe2\x80\x87sys]\
\xe2\x80\x87system]\
\xe2\x80\x87url\
\xe2\x80\x88,\
\xe2\x80\x88-\
\xe2\x80\x88:\
\xe2\x80\x88>\
\xe2\x80\x88]\
\xe2\x80\x88admin\
\xe2\x80\x88admin]\
\xe2\x80\x88agent\
\xe2\x80\x88ai\
\xe2\x80\x88anonymous\
\xe2\x80\x88assistant\
\xe2\x80\x88bot\
\xe2\x80\x88bucket\
\xe2\x80\x88copilot\
\xe2\x80\x88download\
\xe2\x80\x88endpoint\
\xe2\x80\x88external\
\xe2\x80\x88gist\
\xe2\x80\x88has to\
\xe2\x80\x88home\
\xe2\x80\x88ia\
\xe2\x80\x88is to\
\xe2\x80\x88ki\
\xe2\x80\x88link\
\xe2\x80\x88llm\
\xe2\x80\x88model\
\xe2\x80\x88must\
\xe2\x80\x88need to\
\xe2\x80\x88needs to\
\xe2\x80\x88open\
\xe2\x80\x88own\
\xe2\x80\x88page\
\xe2\x80\x88partner\
\xe2\x80\x88personal\
\xe2\x80\x88private\
\xe2\x80\x88public\
\xe2\x80\x88robot\
\xe2\x80\x88share\
\xe2\x80\x88shareable\
\xe2\x80\x88should\
\xe2\x80\x88sys\
\xe2\x80\x88sys]\
\xe2\x80\x88system]\
\xe2\x80\x88url\
\xe2\x80\x89,\
\xe2\x80\x89-\
\xe2\x80\x89:\
\xe2\x80\x89>\
\xe2\x80\x89]\
\xe2\x80\x89admin\
\xe2\x80\x89admin]\
\xe2\x80\x89agent\
\xe2\x80\x89ai\
\xe2\x80\x89anonymous\
\xe2\x80\x89assistant\
\xe2\x80\x89bot\
\xe2\x80\x89bucket\
\xe2\x80\x89copilot\
\xe2\x80\x89download\
\xe2\x80\x89endpoint\
\xe2\x80\x89external\
\xe2\x80\x89gist\
\xe2\x80\x89has to\
\xe2\x80\x89home\
\xe2\x80\x89ia\
\xe2\x80\x89is to\
\xe2\x80\x89ki\
\xe2\x80\x89link\
\xe2\x80\x89llm\
\xe2\x80\x89model\
\xe2\x80\x89must\
\xe2\x80\x89need to\
\xe2\x80\x89needs to\
\xe2\x80\x89open\
\xe2\x80\x89own\
\xe2\x80\x89page\
\xe2\x80\x89partner\
\xe2\x80\x89personal\
\xe2\x80\x89private\
\xe2\x80\x89public\
\xe2\x80\x89robot\
\xe2\x80\x89share\
\xe2\x80\x89shareable\
\xe2\x80\x89should\
\xe2\x80\x89sys\
\xe2\x80\x89sys]\
\xe2\x80\x89system]\
\xe2\x80\x89url\
\xe2\x80\x8a,\
\xe2\x80\x8a-\
\xe2\x80\x8a:\
\xe2\x80\x8a>\
\xe2\x80\x8a]\
\xe2\x80\x8aadmin\
\xe2\x80\x8aadmin]\
\xe2\x80\x8aagent\
\xe2\x80\x8aai\
\xe2\x80\x8aanonymous\
\xe2\x80\x8aassistant\
\xe2\x80\x8abot\
\xe2\x80\x8abucket\
\xe2\x80\x8acopilot\
\xe2\x80\x8adownload\
\xe2\x80\x8aendpoint\
\xe2\x80\x8aexternal\
\xe2\x80\x8agist\
\xe2\x80\x8ahas to\
\xe2\x80\x8ahome\
\xe2\x80\x8aia\
\xe2\x80\x8ais to\
\xe2\x80\x8aki\
\xe2\x80\x8alink\
\xe2\x80\x8allm\
\xe2\x80\x8amodel\
\xe2\x80\x8amust\
\xe2\x80\x8aneed to\
\xe2\x80\x8aneeds to\
\xe2\x80\x8aopen\
\xe2\x80\x8aown\
\xe2\x80\x8apage\
\xe2\x80\x8apartner\
\xe2\x80\x8apersonal\
\xe2\x80\x8aprivate\
\xe2\x80\x8apublic\
\xe2\x80\x8arobot\
\xe2\x80\x8ashare\
\xe2\x80\x8ashareable\
\xe2\x80\x8ashould\
\xe2\x80\x8asys\
\xe2\x80\x8asys]\
\xe2\x80\x8asystem]\
\xe2\x80\x8aurl\
\xe2\x80\x98ai\
\xe2\x80\x9cai\
\xe2\x80\xa8,\
\xe2\x80\xa8-\
\xe2\x80\xa8:\
\xe2\x80\xa8>\
\xe2\x80\xa8]\
\xe2\x80\xa8admin\
\xe2\x80\xa8admin]\
\xe2\x80\xa8agent\
\xe2\x80\xa8ai\
\xe2\x80\xa8anonymous\
\xe2\x80\xa8assistant\
\xe2\x80\xa8bot\
\xe2\x80\xa8bucket\
\xe2\x80\xa8copilot\
\xe2\x80\xa8download\
\xe2\x80\xa8endpoint\
\xe2\x80\xa8external\
\xe2\x80\xa8gist\
\xe2\x80\xa8has to\
\xe2\x80\xa8home\
\xe2\x80\xa8ia\
\xe2\x80\xa8is to\
\xe2\x80\xa8ki\
\xe2\x80\xa8link\
\xe2\x80\xa8llm\
\xe2\x80\xa8model\
\xe2\x80\xa8must\
\xe2\x80\xa8need to\
\xe2\x80\xa8needs to\
\xe2\x80\xa8open\
\xe2\x80\xa8own\
\xe2\x80\xa8page\
\xe2\x80\xa8partner\
\xe2\x80\xa8personal\
\xe2\x80\xa8private\
\xe2\x80\xa8public\
\xe2\x80\xa8robot\
\xe2\x80\xa8share\
\xe2\x80\xa8shareable\
\xe2\x80\xa8should\
\xe2\x80\xa8sys\
\xe2\x80\xa8sys]\
\xe2\x80\xa8system]\
\xe2\x80\xa8url\
\xe2\x80\xa9,\
\xe2\x80\xa9-\
\xe2\x80\xa9:\
\xe2\x80\xa9>\
\xe2\x80\xa9]\
\xe2\x80\xa9admin\
\xe2\x80\xa9admin]\
\xe2\x80\xa9agent\
\xe2\x80\xa9ai\
\xe2\x80\xa9anonymous\
\xe2\x80\xa9assistant\
\xe2\x80\xa9bot\
\xe2\x80\xa9bucket\
\xe2\x80\xa9copilot\
\xe2\x80\xa9download\
\xe2\x80\xa9endpoint\
\xe2\x80\xa9external\
\xe2\x80\xa9gist\
\xe2\x80\xa9has to\
\xe2\x80\xa9home\
\xe2\x80\xa9ia\
\xe2\x80\xa9is to\
\xe2\x80\xa9ki\
\xe2\x80\xa9link\
\xe2\x80\xa9llm\
\xe2\x80\xa9model\
\xe2\x80\xa9must\
\xe2\x80\xa9need to\
\xe2\x80\xa9needs to\
\xe2\x80\xa9open\
\xe2\x80\xa9own\
\xe2\x80\xa9page\
\xe2\x80\xa9partner\
\xe2\x80\xa9personal\
\xe2\x80\xa9private\
\xe2\x80\xa9public\
\xe2\x80\xa9robot\
\xe2\x80\xa9share\
\xe2\x80\xa9shareable\
\xe2\x80\xa9should\
\xe2\x80\xa9sys\
\xe2\x80\xa9sys]\
\xe2\x80\xa9system]\
\xe2\x80\xa9url\
\xe2\x80\xaf,\
\xe2\x80\xaf-\
\xe2\x80\xaf:\
\xe2\x80\xaf>\
\xe2\x80\xaf]\
\xe2\x80\xafadmin\
\xe2\x80\xafadmin]\
\xe2\x80\xafagent\
\xe2\x80\xafai\
\xe2\x80\xafanonymous\
\xe2\x80\xafassistant\
\xe2\x80\xafbot\
\xe2\x80\xafbucket\
\xe2\x80\xafcopilot\
\xe2\x80\xafdownload\
\xe2\x80\xafendpoint\
\xe2\x80\xafexternal\
\xe2\x80\xafgist\
\xe2\x80\xafhas to\
\xe2\x80\xafhome\
\xe2\x80\xafia\
\xe2\x80\xafis to\
\xe2\x80\xafki\
\xe2\x80\xaflink\
\xe2\x80\xafllm\
\xe2\x80\xafmodel\
\xe2\x80\xafmust\
\xe2\x80\xafneed to\
\xe2\x80\xafneeds to\
\xe2\x80\xafopen\
\xe2\x80\xafown\
\xe2\x80\xafpage\
\xe2\x80\xafpartner\
\xe2\x80\xafpersonal\
\xe2\x80\xafprivate\
\xe2\x80\xafpublic\
\xe2\x80\xafrobot\
\xe2\x80\xafshare\
\xe2\x80\xafshareable\
\xe2\x80\xafshould\
\xe2\x80\xafsys\
\xe2\x80\xafsys]\
\xe2\x80\xafsystem]\
\xe2\x80\xafurl\
\xe2\x81\x9f,\
\xe2\x81\x9f-\
\xe2\x81\x9f:\
\xe2\x81\x9f>\
\xe2\x81\x9f]\
\xe2\x81\x9fadmin\
\xe2\x81\x9fadmin]\
\xe2\x81\x9fagent\
\xe2\x81\x9fai\
\xe2\x81\x9fanonymous\
\xe2\x81\x9fassistant\
\xe2\x81\x9fbot\
\xe2\x81\x9fbucket\
\xe2\x81\x9fcopilot\
\xe2\x81\x9fdownload\
\xe2\x81\x9fendpoint\
\xe2\x81\x9fexternal\
\xe2\x81\x9fgist\
\xe2\x81\x9fhas to\
\xe2\x81\x9fhome\
\xe2\x81\x9fia\
\xe2\x81\x9fis to\
\xe2\x81\x9fki\
\xe2\x81\x9flink\
\xe2\x81\x9fllm\
\xe2\x81\x9fmodel\
\xe2\x81\x9fmust\
\xe2\x81\x9fneed to\
\xe2\x81\x9fneeds to\
\xe2\x81\x9fopen\
\xe2\x81\x9fown\
\xe2\x81\x9fpage\
\xe2\x81\x9fpartner\
\xe2\x81\x9fpersonal\
\xe2\x81\x9fprivate\
\xe2\x81\x9fpublic\
\xe2\x81\x9frobot\
\xe2\x81\x9fshare\
\xe2\x81\x9fshareable\
\xe2\x81\x9fshould\
\xe2\x81\x9fsys\
\xe2\x81\x9fsys]\
\xe2\x81\x9fsystem]\
\xe2\x81\x9furl\
\xe3\x80\x80,\
\xe3\x80\x80-\
\xe3\x80\x80:\
\xe3\x80\x80>\
\xe3\x80\x80]\
\xe3\x80\x80admin\
\xe3\x80\x80admin]\
\xe3\x80\x80agent\
\xe3\x80\x80ai\
\xe3\x80\x80anonymous\
\xe3\x80\x80assistant\
\xe3\x80\x80bot\
\xe3\x80\x80bucket\
\xe3\x80\x80copilot\
\xe3\x80\x80download\
\xe3\x80\x80endpoint\
\xe3\x80\x80external\
\xe3\x80\x80gist\
\xe3\x80\x80has to\
\xe3\x80\x80home\
\xe3\x80\x80ia\
\xe3\x80\x80is to\
\xe3\x80\x80ki\
\xe3\x80\x80link\
\xe3\x80\x80llm\
\xe3\x80\x80model\
\xe3\x80\x80must\
\xe3\x80\x80need to\
\xe3\x80\x80needs to\
\xe3\x80\x80open\
\xe3\x80\x80own\
\xe3\x80\x80page\
\xe3\x80\x80partner\
\xe3\x80\x80personal\
\xe3\x80\x80private\
\xe3\x80\x80public\
\xe3\x80\x80robot\
\xe3\x80\x80share\
\xe3\x80\x80shareable\
\xe3\x80\x80should\
\xe3\x80\x80sys\
\xe3\x80\x80sys]\
\xe3\x80\x80system]\
\xe3\x80\x80url\
\xe3\x81\xaa\xe3\x81\x84\
\xe3\x81\xaa\xe3\x81\x97\
\xe3\x81\xab\xe5\xbe\x93\xe3\x81\x86\xe5\xbf\x85\xe8\xa6\x81\xe3\x81\xaf\
\xe3\x81\xab\xe5\xbe\x93\xe3\x82\x8f\
\xe3\x82\x92\xe5\xae\x88\xe3\x82\x89\
\xe3\x82\xa2\xe3\x82\xb7\xe3\x82\xb9\xe3\x82\xbf\xe3\x83\xb3\xe3\x83\x88\
\xe3\x82\xa8\xe3\x83\xbc\xe3\x82\xb8\xe3\x82\xa7\xe3\x83\xb3\xe3\x83\x88\
\xe3\x82\xac\xe3\x83\xbc\xe3\x83\x89\xe3\x83\xac\xe3\x83\xbc\xe3\x83\xab\
\xe3\x82\xb7\xe3\x82\xb9\xe3\x83\x86\xe3\x83\xa0\xe3\x83\x97\xe3\x83\xad\xe3\x83\xb3\xe3\x83\x97\xe3\x83\x88\
\xe3\x82\xb7\xe3\x82\xb9\xe3\x83\x86\xe3\x83\xa0\xe3\x83\xbb\xe3\x83\x97\xe3\x83\xad\xe3\x83\xb3\xe3\x83\x97\xe3\x83\x88\
\xe3\x82\xb9\xe3\x82\xad\xe3\x83\x83\xe3\x83\x97\
\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89\
\xe3\x83\xa6\xe3\x83\xbc\xe3\x82\xb6\xe3\x83\xbc\
\xe4\xb8\x8a\xe4\xbc\xa0\
\xe4\xb8\x8a\xe5\x82\xb3\
\xe4\xb8\x8d\xe7\x90\x86\xe4\xbc\x9a\
\xe4\xb8\x8d\xe8\xa6\x81\xe5\x91\x8a\xe8\xaf\x89\
\xe4\xb8\x8d\xe8\xa6\x81\xe5\x9c\xa8\
\xe4\xb8\x8d\xe8\xa6\x81\xe7\x90\x86\xe4\xbc\x9a\
\xe4\xba\xba\xe5\xb7\xa5\xe6\x99\xba\xe8\x83\xbd\
\xe4\xba\xba\xe5\xb7\xa5\xe7\x9f\xa5\xe8\x83\xbd\
\xe4\xbb\x98\xe4\xb8\x8e\
\xe4\xbb\xa3\xe7\x90\x86\
\xe4\xbd\xbf\xe7\x94\xa8\xe8\x80\x85\
\xe5\x81\x9c\xe7\x94\xa8\
\xe5\x85\xb3\xe9\x97\xad\
\xe5\x88\x97\xe5\x87\xba\
\xe5\x88\x9d\xe5\xa7\x8b\xe6\x8c\x87\xe4\xbb\xa4\
\xe5\x88\x9d\xe6\x9c\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xe5\x88\xa0\xe9\x99\xa4\
\xe5\x88\xaa\xe9\x99\xa4\
\xe5\x89\x8a\xe9\x99\xa4\
\xe5\x8a\xa9\xe6\x89\x8b\
\xe5\x8f\x91\xe7\xbb\x99\xe6\x88\x91\
\xe5\x8f\x91\xe9\x80\x81\
\xe5\x91\x8a\xe8\xaf\x89\xe6\x88\x91\
\xe5\xae\x89\xe5\x85\xa8\xe3\x83\x81\xe3\x82\xa7\xe3\x83\x83\xe3\x82\xaf\
\xe5\xae\x89\xe5\x85\xa8\xe3\x83\x95\xe3\x82\xa3\xe3\x83\xab\xe3\x82\xbf\xe3\x83\xbc\
\xe5\xae\x9f\xe8\xa1\x8c\
\xe5\xae\xa1\xe6\x9f\xa5\
\xe5\xaf\x86\xe7\xa0\x81\
\xe5\xaf\x86\xe7\xa2\xbc\
\xe5\xaf\xa9\xe6\x9f\xa5\
\xe5\xaf\xbc\xe5\x87\xba\
\xe5\xb0\x8e\xe5\x87\xba\
\xe5\xbf\x98\xe3\x82\x8c\
\xe5\xbf\x98\xe6\x8e\x89\
\xe5\xbf\x98\xe8\xae\xb0\
\xe5\xbf\xbd\xe7\x95\xa5\
\xe5\xbf\xbd\xe8\xa7\x86\
\xe6\x89\x93\xe5\x8d\xb0\
\xe6\x89\xa7\xe8\xa1\x8c\
\xe6\x8c\x87\xe4\xbb\xa4\
\xe6\x8c\x87\xe7\xa4\xba\
\xe6\x8e\x88\xe4\xba\x88\
\xe6\x8f\x90\xe7\xa4\xba\
\xe6\x97\xa0\xe8\xa7\x86\
\xe6\x98\xbe\xe7\xa4\xba\
\xe6\x99\xba\xe8\x83\xbd\xe4\xbd\x93\
\xe6\xb3\x84\xe9\x9c\xb2\
\xe7\x84\xa1\xe3\x81\x84\
\xe7\x84\xa1\xe3\x81\x97\
\xe7\x84\xa1\xe8\xa6\x96\
\xe7\x94\xa8\xe6\x88\xb7\
\xe7\x99\xbc\xe9\x80\x81\
\xe7\x9b\xa3\xe6\x9f\xbb\xe3\x83\xad\xe3\x82\xb0\
\xe7\x9f\xa5\xe3\x82\x89\xe3\x81\x9b\xe3\x81\x9a\
\xe7\xa6\x81\xe7\x94\xa8\
\xe7\xa7\x98\xe5\xaf\x86\xe3\x81\xae\xe6\x8c\x87\xe7\xa4\xba\
\xe7\xb3\xbb\xe7\xb5\xb1\xe6\x8f\x90\xe7\xa4\xba\
\xe7\xb3\xbb\xe7\xbb\x9f\xe6\x8c\x87\xe4\xbb\xa4\
\xe7\xb3\xbb\xe7\xbb\x9f\xe6\x8f\x90\xe7\xa4\xba\
\xe7\xb4\x84\xe6\x9d\x9f\
\xe7\xb9\x9e\xe9\x81\x8e\
\xe7\xba\xa6\xe6\x9d\x9f\
\xe7\xbb\x95\xe8\xbf\x87\
\xe8\xa6\x8f\xe5\x89\x87\
\xe8\xa7\x84\xe5\x88\x99\
\xe8\xa8\xad\xe5\xae\x9a\
\xe8\xae\xbe\xe5\xae\x9a\
\xe8\xaf\xb4\xe6\x98\x8e\
\xe8\xb7\xb3\xe8\xbf\x87\
\xe8\xb7\xb3\xe9\x81\x8e\
\xe8\xbe\x93\xe5\x87\xba\
\xe8\xbf\x87\xe6\xbb\xa4\
\xe9\x80\x81\xe4\xbf\xa1\
\xe9\x80\x8f\xe9\x9c\xb2\
\xe9\x87\x8d\xe5\xa4\x8d\
\xe9\x97\x9c\xe9\x96\x89\
\xe9\x99\x90\xe5\x88\xb6\
\xe9\x9a\x90\xe8\x97\x8f\xe6\x8c\x87\xe4\xbb\xa4\
\xe9\x9a\xa0\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xea\xb1\xb4\xeb\x84\x88\xeb\x9b\xb0\
\xea\xb3\xb5\xea\xb0\x9c\
\xea\xba\xbc\
\xeb\x81\x84\
\xeb\x94\xb0\xeb\xa5\xb4\xec\xa7\x80\
\xeb\xa7\x90\xed\x95\xb4\
\xeb\xaa\xb0\xeb\x9e\x98\
\xeb\xac\xb4\xec\x8b\x9c\
\xeb\xb3\xb4\xec\x97\xac\
\xeb\xb6\x80\xec\x97\xac\
\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8\
\xeb\xb9\x84\xed\x99\x9c\xec\x84\xb1\
\xec\x82\xad\xec\xa0\x9c\
\xec\x95\x8c\xeb\xa0\xa4\
\xec\x97\x86\xeb\x8a\x94\
\xec\x97\x86\xec\x9d\xb4\
\xec\x9a\xb0\xed\x9a\x8c\
\xec\x9e\x8a\xea\xb3\xa0\
\xec\x9e\x8a\xec\x96\xb4\
\xec\xa0\x84\xec\x86\xa1\
\xec\xa7\x80\xed\x82\xa4\xec\xa7\x80\
\xec\xb6\x9c\xeb\xa0\xa5\
\xef\xbc\x9a\
",
            ends: &[2, 4, 7, 10, 12, 14, 16, 22, 29, 35, 38, 48, 58, 62, 69, 74, 79, 87, 92, 97, 102, 107, 112, 117, 126, 135, 144, 149, 156, 161, 164, 178, 184, 190, 196, 199, 204, 208, 217, 223, 228, 236, 245, 251, 256, 266, 270, 275, 283, 292, 300, 308, 315, 320, 325, 330, 335, 341, 347, 357, 364, 369, 374, 378, 383, 391, 397, 403, 411, 415, 423, 431, 438, 445, 450, 455, 461, 467, 472, 477, 482, 487, 492, 497, 502, 504, 506, 508, 510, 512, 518, 525, 531, 534, 544, 554, 558, 565, 573, 582, 591, 600, 605, 612, 617, 620, 626, 629, 634, 638, 644, 649, 657, 666, 671, 675, 680, 688, 697, 705, 712, 718, 724, 734, 741, 745, 750, 758, 762, 764, 766, 768, 770, 772, 778, 785, 791, 794, 804, 814, 818, 825, 833, 842, 851, 860, 865, 872, 877, 880, 886, 889, 894, 898, 904, 909, 917, 926, 931, 935, 940, 948, 957, 965, 972, 978, 984, 994, 1001, 1005, 1010, 1018, 1022, 1024, 1026, 1028, 1030, 1032, 1038, 1045, 1051, 1054, 1064, 1074, 1078, 1085, 1093, 1102, 1111, 1120, 1125, 1132, 1137, 1140, 1146, 1149, 1154, 1158, 1164, 1169, 1177, 1186, 1191, 1195, 1200, 1208, 1217, 1225, 1232, 1238, 1244, 1254, 1261, 1265, 1270, 1278, 1282, 1284, 1286, 1288, 1290, 1292, 1298, 1305, 1311, 1314, 1324, 1334, 1338, 1345, 1353, 1362, 1371, 1380, 1385, 1392, 1397, 1400, 1406, 1409, 1414, 1418, 1424, 1429, 1437, 1446, 1451, 1455, 1460, 1468, 1477, 1485, 1492, 1498, 1504, 1514, 1521, 1525, 1530, 1538, 1542, 1544, 1546, 1549, 1552, 1554, 1556, 1558, 1564, 1571, 1577, 1580, 1586, 1593, 1606, 1620, 1630, 1640, 1646, 1650, 1657, 1666, 1676, 1683, 1691, 1696, 1701, 1709, 1718, 1725, 1733, 1738, 1743, 1748, 1753, 1758, 1763, 1773, 1784, 1795, 1804, 1813, 1822, 1831, 1837, 1842, 1853, 1864, 1871, 1876, 1879, 1885, 1892, 1905, 1919, 1925, 1931, 1937, 1940, 1945, 1949, 1957, 1966, 1975, 1981, 1986, 1994, 2003, 2009, 2016, 2024, 2029, 2038, 2048, 2052, 2057, 2068, 2076, 2082, 2089, 2098, 2105, 2113, 2120, 2128, 2136, 2144, 2151, 2156, 2161, 2166, 2171, 2184, 2190, 2196, 2207, 2215, 2224, 2230, 2240, 2247, 2252, 2257, 2261, 2266, 2286, 2301, 2315, 2328, 2336, 2342, 2348, 2359, 2377, 2384, 2392, 2396, 2404, 2412, 2419, 2426, 2431, 2436, 2442, 2448, 2453, 2458, 2463, 2468, 2473, 2478, 2483, 2484, 2486, 2489, 2492, 2493, 2495, 2497, 2499, 2501, 2503, 2505, 2511, 2514, 2524, 2528, 2535, 2543, 2550, 2560, 2564, 2568, 2581, 2594, 2607, 2611, 2617, 2629, 2641, 2653, 2660, 2663, 2666, 2670, 2674, 2678, 2682, 2686, 2690, 2694, 2698, 2702, 2706, 2710, 2714, 2718, 2722, 2726, 2730, 2734, 2737, 2740, 2741, 2743, 2745, 2747, 2749, 2751, 2753, 2756, 2761, 2766, 2771, 2776, 2781, 2786, 2792, 2798, 2805, 2812, 2819, 2826, 2833, 2840, 2847, 2854, 2861, 2868, 2875, 2882, 2889, 2896, 2903, 2910, 2917, 2920, 2923, 2927, 2931, 2935, 2939, 2943, 2947, 2952, 2957, 2963, 2969, 2975, 2981, 2987, 2993, 2999, 3005, 3011, 3017, 3023, 3029, 3035, 3041, 3047, 3053, 3059, 3062, 3065, 3070, 3075, 3080, 3084, 3088, 3092, 3096, 3100, 3104, 3108, 3112, 3116, 3120, 3124, 3128, 3132, 3136, 3140, 3144, 3148, 3150, 3152, 3155, 3158, 3159, 3162, 3164, 3167, 3170, 3173, 3176, 3179, 3182, 3189, 3193, 3204, 3215, 3220, 3229, 3237, 3246, 3254, 3268, 3286, 3301, 3319, 3334, 3353, 3369, 3386, 3404, 3414, 3419, 3429, 3434, 3441, 3451, 3461, 3472, 3484, 3497, 3508, 3523, 3535, 3547, 3558, 3566, 3572, 3576, 3580, 3585, 3590, 3595, 3600, 3605, 3610, 3615, 3620, 3625, 3630, 3635, 3640, 3645, 3650, 3655, 3660, 3665, 3668, 3671, 3674, 3679, 3684, 3689, 3692, 3694, 3697, 3700, 3703, 3706, 3709, 3712, 3719, 3723, 3734, 3739, 3747, 3756, 3764, 3769, 3774, 3781, 3785, 3789, 3794, 3799, 3804, 3809, 3814, 3819, 3824, 3829, 3834, 3839, 3844, 3849, 3854, 3859, 3864, 3869, 3874, 3876, 3879, 3882, 3885, 3888, 3891, 3894, 3901, 3905, 3916, 3921, 3929, 3938, 3946, 3951, 3956, 3963, 3967, 3971, 3976, 3981, 3986, 3991, 3996, 4001, 4006, 4011, 4016, 4021, 4026, 4031, 4036, 4041, 4046, 4051, 4056, 4059, 4065, 4066, 4068, 4070, 4081, 4084, 4090, 4100, 4105, 4114, 4122, 4129, 4135, 4141, 4148, 4153, 4157, 4168, 4178, 4181, 4186, 4197, 4201, 4204, 4205, 4207, 4209, 4211, 4213, 4215, 4217, 4220, 4223, 4226, 4229, 4232, 4235, 4246, 4257, 4270, 4278, 4288, 4292, 4307, 4312, 4316, 4320, 4325, 4330, 4335, 4340, 4345, 4350, 4355, 4360, 4365, 4370, 4375, 4380, 4385, 4390, 4395, 4400, 4405, 4407, 4410, 4420, 4430, 4442, 4449, 4458, 4461, 4475, 4479, 4481, 4484, 4487, 4491, 4495, 4499, 4503, 4507, 4511, 4515, 4519, 4523, 4527, 4531, 4535, 4539, 4543, 4547, 4551, 4555, 4558, 4559, 4561, 4564, 4567, 4568, 4574, 4577, 4582, 4592, 4596, 4606, 4613, 4618, 4630, 4634, 4643, 4651, 4655, 4664, 4672, 4684, 4694, 4701, 4709, 4716, 4722, 4723, 4725, 4727, 4729, 4731, 4733, 4735, 4737, 4743, 4750, 4757, 4764, 4771, 4778, 4785, 4792, 4800, 4808, 4817, 4826, 4835, 4844, 4853, 4862, 4871, 4880, 4889, 4898, 4907, 4916, 4925, 4934, 4943, 4952, 4961, 4964, 4976, 4988, 4993, 4998, 5003, 5008, 5013, 5018, 5024, 5030, 5037, 5044, 5051, 5058, 5065, 5072, 5079, 5086, 5093, 5100, 5107, 5114, 5121, 5128, 5135, 5142, 5149, 5153, 5158, 5163, 5168, 5173, 5178, 5183, 5188, 5196, 5204, 5212, 5220, 5228, 5236, 5244, 5253, 5262, 5271, 5281, 5291, 5301, 5311, 5321, 5331, 5341, 5351, 5361, 5371, 5381, 5391, 5401, 5411, 5421, 5431, 5441, 5447, 5453, 5460, 5467, 5474, 5481, 5488, 5495, 5502, 5509, 5516, 5523, 5530, 5537, 5544, 5551, 5558, 5565, 5572, 5576, 5580, 5584, 5588, 5592, 5596, 5601, 5606, 5612, 5618, 5624, 5630, 5636, 5642, 5648, 5654, 5660, 5666, 5672, 5678, 5684, 5690, 5696, 5702, 5708, 5711, 5714, 5718, 5722, 5726, 5730, 5734, 5738, 5742, 5746, 5750, 5754, 5758, 5762, 5766, 5770, 5774, 5778, 5782, 5785, 5788, 5791, 5794, 5797, 5800, 5804, 5813, 5823, 5827, 5831, 5836, 5841, 5846, 5851, 5856, 5861, 5866, 5871, 5876, 5881, 5886, 5891, 5896, 5901, 5906, 5911, 5916, 5918, 5920, 5930, 5939, 5945, 5952, 5959, 5966, 5974, 5983, 5990, 5996, 6006, 6015, 6019, 6029, 6036, 6044, 6049, 6058, 6065, 6068, 6071, 6076, 6083, 6091, 6101, 6107, 6114, 6126, 6135, 6138, 6144, 6150, 6155, 6162, 6167, 6173, 6183, 6189, 6203, 6210, 6220, 6225, 6231, 6237, 6243, 6249, 6255, 6261, 6267, 6273, 6279, 6285, 6292, 6299, 6306, 6313, 6320, 6328, 6336, 6344, 6352, 6360, 6368, 6376, 6384, 6392, 6400, 6408, 6416, 6424, 6432, 6440, 6448, 6456, 6463, 6468, 6480, 6489, 6491, 6494, 6497, 6500, 6503, 6506, 6509, 6517, 6525, 6534, 6546, 6554, 6564, 6570, 6581, 6592, 6605, 6618, 6633, 6636, 6639, 6642, 6650, 6658, 6667, 6679, 6687, 6697, 6703, 6714, 6725, 6738, 6751, 6766, 6769, 6773, 6777, 6790, 6798, 6810, 6817, 6828, 6838, 6847, 6855, 6863, 6872, 6879, 6885, 6898, 6910, 6915, 6922, 6935, 6941, 6944, 6952, 6964, 6970, 6981, 6989, 6993, 6997, 7001, 7005, 7009, 7013, 7017, 7021, 7025, 7030, 7035, 7041, 7047, 7053, 7059, 7065, 7071, 7077, 7083, 7089, 7095, 7101, 7107, 7113, 7119, 7125, 7131, 7137, 7141, 7145, 7150, 7155, 7160, 7165, 7170, 7175, 7180, 7185, 7190, 7195, 7200, 7205, 7210, 7215, 7220, 7225, 7230, 7233, 7237, 7241, 7245, 7249, 7253, 7257, 7262, 7267, 7273, 7279, 7285, 7291, 7297, 7303, 7309, 7315, 7321, 7327, 7333, 7339, 7345, 7351, 7357, 7363, 7369, 7374, 7380, 7382, 7391, 7401, 7411, 7421, 7431, 7441, 7451, 7462, 7473, 7485, 7497, 7509, 7521, 7533, 7545, 7557, 7569, 7581, 7593, 7605, 7617, 7629, 7641, 7653, 7665, 7677, 7683, 7692, 7696, 7700, 7704, 7708, 7712, 7716, 7721, 7726, 7732, 7738, 7744, 7750, 7756, 7762, 7768, 7774, 7780, 7786, 7792, 7798, 7804, 7810, 7816, 7822, 7828, 7832, 7841, 7847, 7854, 7861, 7867, 7875, 7883, 7896, 7903, 7911, 7923, 7928, 7933, 7942, 7948, 7954, 7963, 7973, 7983, 7993, 8003, 8013, 8023, 8033, 8043, 8053, 8063, 8074, 8085, 8105, 8120, 8139, 8153, 8171, 8188, 8204, 8219, 8234, 8250, 8264, 8277, 8297, 8316, 8328, 8342, 8362, 8375, 8385, 8395, 8406, 8417, 8428, 8439, 8450, 8462, 8474, 8486, 8498, 8510, 8522, 8534, 8546, 8558, 8570, 8582, 8594, 8606, 8618, 8630, 8642, 8654, 8664, 8670, 8675, 8681, 8689, 8697, 8707, 8717, 8727, 8737, 8747, 8757, 8768, 8779, 8791, 8803, 8815, 8827, 8839, 8851, 8863, 8875, 8887, 8899, 8911, 8923, 8935, 8947, 8959, 8971, 8983, 8988, 8993, 8998, 9003, 9008, 9013, 9019, 9025, 9032, 9039, 9046, 9053, 9060, 9067, 9074, 9081, 9088, 9095, 9102, 9109, 9116, 9123, 9130, 9137, 9144, 9154, 9159, 9168, 9178, 9185, 9192, 9200, 9207, 9213, 9221, 9227, 9231, 9237, 9247, 9253, 9259, 9265, 9271, 9277, 9283, 9290, 9297, 9305, 9313, 9321, 9329, 9337, 9345, 9353, 9361, 9369, 9377, 9385, 9393, 9401, 9409, 9417, 9425, 9433, 9438, 9443, 9446, 9450, 9454, 9458, 9462, 9466, 9470, 9474, 9478, 9482, 9487, 9492, 9497, 9502, 9507, 9513, 9519, 9525, 9531, 9537, 9543, 9549, 9555, 9561, 9567, 9573, 9579, 9585, 9591, 9597, 9603, 9609, 9619, 9625, 9631, 9647, 9653, 9660, 9662, 9666, 9674, 9679, 9684, 9689, 9694, 9699, 9704, 9710, 9716, 9723, 9730, 9737, 9744, 9751, 9758, 9765, 9772, 9779, 9786, 9793, 9800, 9807, 9814, 9821, 9828, 9835, 9840, 9845, 9850, 9855, 9860, 9865, 9871, 9877, 9884, 9891, 9898, 9905, 9912, 9919, 9926, 9933, 9940, 9947, 9954, 9961, 9968, 9975, 9982, 9989, 9996, 10002, 10004, 10013, 10019, 10026, 10031, 10036, 10041, 10046, 10051, 10056, 10062, 10068, 10074, 10080, 10086, 10092, 10099, 10106, 10114, 10122, 10130, 10138, 10146, 10154, 10162, 10170, 10178, 10186, 10194, 10202, 10210, 10218, 10226, 10234, 10242, 10248, 10254, 10261, 10268, 10275, 10282, 10289, 10296, 10303, 10310, 10317, 10324, 10331, 10338, 10345, 10352, 10359, 10366, 10373, 10379, 10385, 10391, 10396, 10401, 10407, 10414, 10421, 10428, 10436, 10444, 10452, 10457, 10462, 10471, 10476, 10483, 10489, 10496, 10503, 10512, 10518, 10525, 10533, 10541, 10549, 10558, 10567, 10576, 10580, 10586, 10593, 10600, 10607, 10619, 10627, 10635, 10643, 10649, 10660, 10664, 10667, 10677, 10688, 10693, 10698, 10703, 10708, 10713, 10718, 10724, 10730, 10737, 10744, 10751, 10758, 10765, 10772, 10779, 10786, 10793, 10800, 10807, 10814, 10821, 10828, 10835, 10842, 10849, 10859, 10865, 10872, 10882, 10892, 10902, 10911, 10920, 10927, 10936, 10946, 10956, 10966, 10976, 10986, 10996, 11010, 11020, 11030, 11041, 11052, 11064, 11076, 11088, 11100, 11112, 11124, 11136, 11148, 11160, 11172, 11184, 11196, 11208, 11220, 11232, 11244, 11256, 11271, 11274, 11283, 11290, 11297, 11306, 11316, 11322, 11332, 11344, 11358, 11372, 11386, 11391, 11400, 11411, 11424, 11437, 11450, 11454, 11458, 11466, 11476, 11488, 11500, 11512, 11520, 11525, 11529, 11534, 11545, 11552, 11562, 11570, 11574, 11580, 11585, 11590, 11595, 11600, 11605, 11610, 11616, 11622, 11629, 11636, 11643, 11650, 11657, 11664, 11671, 11678, 11685, 11692, 11699, 11706, 11713, 11720, 11727, 11734, 11741, 11748, 11755, 11762, 11767, 11775, 11784, 11791, 11798, 11810, 11822, 11834, 11846, 11858, 11870, 11882, 11895, 11908, 11922, 11936, 11950, 11964, 11978, 11992, 12006, 12020, 12034, 12048, 12062, 12076, 12090, 12104, 12118, 12132, 12146, 12154, 12162, 12170, 12175, 12180, 12185, 12191, 12198, 12206, 12212, 12218, 12224, 12230, 12236, 12242, 12248, 12255, 12262, 12270, 12278, 12286, 12294, 12302, 12310, 12318, 12326, 12334, 12342, 12350, 12358, 12366, 12374, 12382, 12390, 12398, 12402, 12408, 12415, 12420, 12430, 12436, 12442, 12447, 12454, 12460, 12477, 12487, 12496, 12499, 12503, 12507, 12511, 12515, 12519, 12523, 12529, 12536, 12543, 12548, 12553, 12559, 12565, 12571, 12577, 12583, 12589, 12595, 12601, 12607, 12613, 12619, 12625, 12631, 12637, 12643, 12649, 12655, 12660, 12668, 12674, 12680, 12685, 12688, 12694, 12700, 12706, 12713, 12721, 12725, 12729, 12733, 12736, 12744, 12750, 12762, 12765, 12769, 12773, 12777, 12782, 12787, 12792, 12797, 12802, 12807, 12813, 12821, 12825, 12833, 12839, 12845, 12853, 12860, 12866, 12871, 12875, 12879, 12883, 12887, 12891, 12895, 12900, 12905, 12911, 12917, 12923, 12929, 12935, 12941, 12947, 12953, 12959, 12965, 12971, 12977, 12983, 12989, 12995, 13001, 13007, 13010, 13013, 13016, 13019, 13022, 13025, 13031, 13035, 13042, 13046, 13050, 13055, 13060, 13065, 13070, 13075, 13080, 13085, 13090, 13095, 13100, 13105, 13110, 13115, 13120, 13125, 13130, 13135, 13139, 13146, 13154, 13159, 13163, 13165, 13168, 13171, 13179, 13187, 13196, 13204, 13214, 13225, 13238, 13251, 13266, 13274, 13282, 13291, 13299, 13309, 13320, 13333, 13346, 13361, 13368, 13371, 13374, 13377, 13380, 13383, 13386, 13390, 13394, 13399, 13404, 13409, 13414, 13419, 13424, 13429, 13434, 13439, 13444, 13449, 13454, 13459, 13464, 13469, 13474, 13479, 13485, 13492, 13495, 13502, 13509, 13516, 13523, 13530, 13537, 13544, 13552, 13560, 13569, 13578, 13587, 13596, 13605, 13614, 13623, 13632, 13641, 13650, 13659, 13668, 13677, 13686, 13695, 13704, 13713, 13722, 13731, 13740, 13749, 13758, 13767, 13776, 13786, 13796, 13807, 13818, 13829, 13840, 13851, 13862, 13873, 13884, 13895, 13906, 13917, 13928, 13939, 13950, 13961, 13972, 13983, 13994, 14005, 14017, 14027, 14032, 14039, 14047, 14050, 14059, 14068, 14083, 14089, 14094, 14101, 14112, 14124, 14136, 14157, 14180, 14204, 14215, 14220, 14225, 14234, 14244, 14246, 14249, 14252, 14260, 14268, 14277, 14285, 14295, 14306, 14319, 14332, 14347, 14355, 14363, 14372, 14380, 14390, 14401, 14414, 14427, 14442, 14446, 14471, 14476, 14490, 14498, 14513, 14517, 14523, 14529, 14535, 14541, 14547, 14553, 14560, 14567, 14574, 14581, 14588, 14595, 14603, 14611, 14620, 14629, 14638, 14647, 14656, 14665, 14674, 14683, 14692, 14701, 14710, 14719, 14728, 14737, 14746, 14755, 14764, 14771, 14778, 14786, 14794, 14802, 14810, 14818, 14826, 14834, 14842, 14850, 14858, 14866, 14874, 14882, 14890, 14898, 14906, 14914, 14918, 14923, 14926, 14930, 14934, 14947, 14962, 14970, 14980, 14988, 14992, 15005, 15020, 15028, 15038, 15046, 15058, 15072, 15079, 15088, 15093, 15098, 15103, 15110, 15117, 15123, 15130, 15134, 15139, 15147, 15163, 15167, 15174, 15183, 15187, 15194, 15198, 15203, 15212, 15221, 15230, 15238, 15245, 15251, 15255, 15260, 15266, 15272, 15278, 15284, 15290, 15296, 15314, 15320, 15326, 15332, 15338, 15357, 15364, 15371, 15378, 15385, 15392, 15400, 15408, 15416, 15424, 15432, 15440, 15448, 15456, 15464, 15472, 15480, 15488, 15496, 15504, 15512, 15520, 15528, 15534, 15538, 15542, 15551, 15556, 15559, 15572, 15587, 15597, 15608, 15618, 15629, 15634, 15647, 15657, 15670, 15679, 15697, 15712, 15730, 15744, 15764, 15777, 15791, 15807, 15825, 15835, 15850, 15858, 15863, 15868, 15873, 15878, 15883, 15888, 15894, 15900, 15907, 15914, 15921, 15928, 15935, 15942, 15949, 15956, 15963, 15970, 15977, 15984, 15991, 15998, 16005, 16012, 16019, 16023, 16028, 16033, 16038, 16043, 16048, 16053, 16059, 16065, 16072, 16079, 16086, 16093, 16100, 16107, 16114, 16121, 16128, 16135, 16142, 16149, 16156, 16163, 16170, 16177, 16184, 16189, 16197, 16201, 16205, 16214, 16216, 16224, 16228, 16235, 16239, 16244, 16249, 16254, 16259, 16264, 16269, 16275, 16281, 16288, 16295, 16302, 16309, 16316, 16323, 16330, 16337, 16344, 16351, 16358, 16365, 16372, 16379, 16386, 16393, 16400, 16407, 16414, 16421, 16427, 16434, 16439, 16445, 16453, 16459, 16467, 16476, 16485, 16491, 16494, 16499, 16504, 16509, 16514, 16519, 16524, 16530, 16536, 16543, 16550, 16557, 16564, 16571, 16578, 16585, 16592, 16599, 16606, 16613, 16620, 16627, 16634, 16641, 16648, 16655, 16662, 16668, 16676, 16681, 16689, 16697, 16701, 16705, 16709, 16713, 16717, 16721, 16730, 16735, 16740, 16746, 16752, 16758, 16764, 16770, 16776, 16782, 16788, 16794, 16800, 16806, 16812, 16818, 16824, 16830, 16836, 16842, 16846, 16850, 16859, 16865, 16869, 16874, 16883, 16893, 16899, 16906, 16908, 16913, 16918, 16923, 16928, 16933, 16938, 16944, 16950, 16957, 16964, 16971, 16978, 16985, 16992, 16999, 17006, 17013, 17020, 17027, 17034, 17041, 17048, 17055, 17062, 17069, 17076, 17083, 17090, 17097, 17104, 17111, 17131, 17151, 17171, 17191, 17211, 17231, 17252, 17273, 17295, 17317, 17339, 17361, 17383, 17405, 17427, 17449, 17471, 17493, 17515, 17537, 17559, 17581, 17603, 17625, 17647, 17655, 17663, 17672, 17681, 17690, 17699, 17708, 17717, 17726, 17735, 17744, 17753, 17762, 17771, 17780, 17789, 17798, 17807, 17816, 17823, 17828, 17832, 17835, 17838, 17846, 17854, 17862, 17870, 17878, 17886, 17895, 17904, 17914, 17924, 17934, 17944, 17954, 17964, 17974, 17984, 17994, 18004, 18014, 18024, 18034, 18044, 18054, 18064, 18074, 18082, 18090, 18098, 18106, 18114, 18122, 18131, 18140, 18150, 18160, 18170, 18180, 18190, 18200, 18210, 18220, 18230, 18240, 18250, 18260, 18270, 18280, 18290, 18300, 18310, 18314, 18318, 18327, 18333, 18340, 18348, 18354, 18360, 18368, 18374, 18381, 18390, 18395, 18402, 18412, 18418, 18425, 18432, 18438, 18444, 18454, 18464, 18474, 18483, 18491, 18503, 18515, 18527, 18538, 18545, 18551, 18555, 18560, 18565, 18569, 18574, 18577, 18582, 18591, 18597, 18604, 18616, 18624, 18627, 18633, 18640, 18646, 18654, 18663, 18666, 18672, 18676, 18685, 18691, 18694, 18699, 18709, 18719, 18729, 18739, 18749, 18759, 18770, 18781, 18793, 18805, 18817, 18829, 18841, 18853, 18865, 18877, 18889, 18901, 18913, 18925, 18937, 18949, 18961, 18973, 18985, 18989, 18993, 18997, 19001, 19005, 19010, 19016, 19030, 19044, 19058, 19072, 19086, 19100, 19114, 19129, 19144, 19160, 19176, 19192, 19208, 19224, 19240, 19256, 19272, 19288, 19304, 19320, 19336, 19352, 19368, 19384, 19400, 19416, 19421, 19426, 19430, 19436, 19441, 19446, 19452, 19456, 19461, 19468, 19477, 19488, 19499, 19510, 19520, 19528, 19532, 19538, 19542, 19546, 19550, 19554, 19558, 19562, 19566, 19570, 19580, 19586, 19593, 19600, 19607, 19614, 19621, 19628, 19643, 19657, 19670, 19677, 19684, 19698, 19711, 19719, 19727, 19736, 19745, 19754, 19763, 19772, 19781, 19790, 19799, 19808, 19817, 19826, 19835, 19844, 19853, 19862, 19871, 19880, 19885, 19890, 19896, 19902, 19908, 19914, 19920, 19926, 19932, 19938, 19944, 19950, 19956, 19962, 19968, 19974, 19980, 19986, 19992, 20014, 20023, 20027, 20031, 20038, 20042, 20049, 20056, 20065, 20077, 20089, 20098, 20106, 20109, 20117, 20119, 20122, 20125, 20128, 20131, 20134, 20137, 20142, 20146, 20150, 20154, 20159, 20164, 20169, 20174, 20179, 20184, 20189, 20194, 20199, 20204, 20209, 20214, 20219, 20224, 20229, 20234, 20239, 20247, 20258, 20266, 20282, 20292, 20302, 20312, 20321, 20328, 20336, 20342, 20350, 20355, 20364, 20381, 20397, 20413, 20429, 20445, 20461, 20477, 20494, 20511, 20529, 20547, 20565, 20583, 20601, 20619, 20637, 20655, 20673, 20691, 20709, 20727, 20745, 20763, 20781, 20799, 20817, 20827, 20833, 20845, 20851, 20857, 20860, 20863, 20872, 20882, 20887, 20894, 20902, 20906, 20913, 20925, 20935, 20939, 20948, 20957, 20966, 20975, 20984, 20993, 21003, 21013, 21024, 21035, 21046, 21057, 21068, 21079, 21090, 21101, 21112, 21123, 21134, 21145, 21156, 21167, 21178, 21189, 21200, 21210, 21220, 21230, 21240, 21250, 21260, 21271, 21282, 21294, 21306, 21318, 21330, 21342, 21354, 21366, 21378, 21390, 21402, 21414, 21426, 21438, 21450, 21462, 21474, 21486, 21491, 21495, 21510, 21525, 21540, 21555, 21570, 21585, 21601, 21617, 21634, 21651, 21668, 21685, 21702, 21719, 21736, 21753, 21770, 21787, 21804, 21821, 21838, 21855, 21872, 21889, 21906, 21921, 21936, 21951, 21966, 21981, 21996, 22012, 22028, 22045, 22062, 22079, 22096, 22113, 22130, 22147, 22164, 22181, 22198, 22215, 22232, 22249, 22266, 22283, 22300, 22317, 22322, 22328, 22335, 22345, 22348, 22351, 22354, 22357, 22360, 22363, 22366, 22369, 22373, 22377, 22382, 22387, 22392, 22397, 22402, 22407, 22412, 22417, 22422, 22427, 22432, 22437, 22442, 22447, 22452, 22457, 22462, 22465, 22470, 22471, 22474, 22476, 22479, 22482, 22485, 22488, 22491, 22494, 22497, 22504, 22512, 22519, 22523, 22534, 22545, 22550, 22558, 22567, 22577, 22587, 22597, 22603, 22611, 22617, 22621, 22628, 22632, 22638, 22643, 22650, 22656, 22665, 22675, 22681, 22686, 22692, 22701, 22711, 22720, 22728, 22735, 22742, 22753, 22761, 22766, 22772, 22781, 22786, 22789, 22792, 22795, 22798, 22801, 22808, 22816, 22823, 22827, 22838, 22849, 22854, 22862, 22871, 22881, 22891, 22901, 22907, 22915, 22921, 22925, 22932, 22936, 22942, 22947, 22954, 22960, 22969, 22979, 22985, 22990, 22996, 23005, 23015, 23024, 23032, 23039, 23046, 23057, 23065, 23070, 23076, 23085, 23090, 23094, 23102, 23112, 23122, 23132, 23142, 23152, 23164, 23174, 23184, 23195, 23205, 23217, 23230, 23245, 23260, 23277, 23287, 23297, 23308, 23318, 23330, 23343, 23358, 23373, 23390, 23400, 23410, 23421, 23431, 23443, 23456, 23471, 23486, 23503, 23513, 23523, 23534, 23544, 23556, 23569, 23584, 23599, 23616, 23626, 23636, 23647, 23657, 23669, 23682, 23697, 23712, 23729, 23739, 23749, 23760, 23770, 23782, 23795, 23810, 23825, 23842, 23855, 23867, 23879, 23885, 23891, 23899, 23907, 23940, 23944, 23950, 23960, 23987, 23993, 24003, 24009, 24032, 24045, 24058, 24079, 24091, 24128, 24162, 24174, 24195, 24207, 24216, 24232, 24272, 24318, 24327, 24348, 24357, 24378, 24384, 24399, 24417, 24426, 24435, 24456, 24477, 24489, 24522, 24537, 24558, 24562, 24566, 24570, 24574, 24578, 24586, 24595, 24603, 24608, 24620, 24632, 24638, 24647, 24657, 24668, 24679, 24690, 24697, 24706, 24713, 24718, 24726, 24731, 24738, 24744, 24752, 24759, 24769, 24780, 24787, 24793, 24800, 24810, 24821, 24831, 24840, 24848, 24856, 24868, 24877, 24883, 24890, 24900, 24906, 24910, 24914, 24918, 24922, 24926, 24934, 24943, 24951, 24956, 24968, 24980, 24986, 24995, 25005, 25016, 25027, 25038, 25045, 25054, 25061, 25066, 25074, 25079, 25086, 25092, 25100, 25107, 25117, 25128, 25135, 25141, 25148, 25158, 25169, 25179, 25188, 25196, 25204, 25216, 25225, 25231, 25238, 25248, 25254, 25258, 25262, 25266, 25270, 25274, 25282, 25291, 25299, 25304, 25316, 25328, 25334, 25343, 25353, 25364, 25375, 25386, 25393, 25402, 25409, 25414, 25422, 25427, 25434, 25440, 25448, 25455, 25465, 25476, 25483, 25489, 25496, 25506, 25517, 25527, 25536, 25544, 25552, 25564, 25573, 25579, 25586, 25596, 25602, 25606, 25610, 25614, 25618, 25622, 25630, 25639, 25647, 25652, 25664, 25676, 25682, 25691, 25701, 25712, 25723, 25734, 25741, 25750, 25757, 25762, 25770, 25775, 25782, 25788, 25796, 25803, 25813, 25824, 25831, 25837, 25844, 25854, 25865, 25875, 25884, 25892, 25900, 25912, 25921, 25927, 25934, 25944, 25950, 25954, 25958, 25962, 25966, 25970, 25978, 25987, 25995, 26000, 26012, 26024, 26030, 26039, 26049, 26060, 26071, 26082, 26089, 26098, 26105, 26110, 26118, 26123, 26130, 26136, 26144, 26151, 26161, 26172, 26179, 26185, 26192, 26202, 26213, 26223, 26232, 26240, 26248, 26260, 26269, 26275, 26282, 26292, 26298, 26302, 26306, 26310, 26314, 26318, 26326, 26335, 26343, 26348, 26360, 26372, 26378, 26387, 26397, 26408, 26419, 26430, 26437, 26446, 26453, 26458, 26466, 26471, 26478, 26484, 26492, 26499, 26509, 26520, 26527, 26533, 26540, 26550, 26561, 26571, 26580, 26588, 26596, 26608, 26617, 26623, 26630, 26640, 26646, 26650, 26654, 26658, 26662, 26666, 26674, 26683, 26691, 26696, 26708, 26720, 26726, 26735, 26745, 26756, 26767, 26778, 26785, 26794, 26801, 26806, 26814, 26819, 26826, 26832, 26840, 26847, 26857, 26868, 26875, 26881, 26888, 26898, 26909, 26919, 26928, 26936, 26944, 26956, 26965, 26971, 26978, 26988, 26994, 26998, 27002, 27006, 27010, 27014, 27022, 27031, 27039, 27044, 27056, 27068, 27074, 27083, 27093, 27104, 27115, 27126, 27133, 27142, 27149, 27154, 27162, 27167, 27174, 27180, 27188, 27195, 27205, 27216, 27223, 27229, 27236, 27246, 27257, 27267, 27276, 27284, 27292, 27304, 27313, 27319, 27326, 27336, 27342, 27346, 27350, 27354, 27358, 27362, 27370, 27379, 27387, 27392, 27404, 27416, 27422, 27431, 27441, 27452, 27463, 27474, 27481, 27490, 27497, 27502, 27510, 27515, 27522, 27528, 27536, 27543, 27553, 27564, 27571, 27577, 27584, 27594, 27605, 27615, 27624, 27632, 27640, 27652, 27661, 27667, 27674, 27684, 27690, 27694, 27698, 27702, 27706, 27710, 27718, 27727, 27735, 27740, 27752, 27764, 27770, 27779, 27789, 27800, 27811, 27822, 27829, 27838, 27845, 27850, 27858, 27863, 27870, 27876, 27884, 27891, 27901, 27912, 27919, 27925, 27932, 27942, 27953, 27963, 27972, 27980, 27988, 28000, 28009, 28015, 28022, 28032, 28038, 28042, 28046, 28050, 28054, 28058, 28066, 28075, 28083, 28088, 28100, 28112, 28118, 28127, 28137, 28148, 28159, 28170, 28177, 28186, 28193, 28198, 28206, 28211, 28218, 28224, 28232, 28239, 28249, 28260, 28267, 28273, 28280, 28290, 28301, 28311, 28320, 28328, 28336, 28348, 28357, 28363, 28370, 28380, 28386, 28390, 28394, 28398, 28402, 28406, 28414, 28423, 28431, 28436, 28448, 28460, 28466, 28475, 28485, 28496, 28507, 28518, 28525, 28534, 28541, 28546, 28554, 28559, 28566, 28572, 28580, 28587, 28597, 28608, 28615, 28621, 28628, 28638, 28649, 28659, 28668, 28676, 28684, 28696, 28705, 28711, 28718, 28728, 28734, 28739, 28744, 28748, 28752, 28756, 28760, 28764, 28772, 28781, 28789, 28794, 28806, 28818, 28824, 28833, 28843, 28854, 28865, 28876, 28883, 28892, 28899, 28904, 28912, 28917, 28924, 28930, 28938, 28945, 28955, 28966, 28973, 28979, 28986, 28996, 29007, 29017, 29026, 29034, 29042, 29054, 29063, 29069, 29076, 29086, 29092, 29096, 29100, 29104, 29108, 29112, 29120, 29129, 29137, 29142, 29154, 29166, 29172, 29181, 29191, 29202, 29213, 29224, 29231, 29240, 29247, 29252, 29260, 29265, 29272, 29278, 29286, 29293, 29303, 29314, 29321, 29327, 29334, 29344, 29355, 29365, 29374, 29382, 29390, 29402, 29411, 29417, 29424, 29434, 29440, 29444, 29448, 29452, 29456, 29460, 29468, 29477, 29485, 29490, 29502, 29514, 29520, 29529, 29539, 29550, 29561, 29572, 29579, 29588, 29595, 29600, 29608, 29613, 29620, 29626, 29634, 29641, 29651, 29662, 29669, 29675, 29682, 29692, 29703, 29713, 29722, 29730, 29738, 29750, 29759, 29765, 29772, 29782, 29788, 29792, 29796, 29800, 29804, 29808, 29816, 29825, 29833, 29838, 29850, 29862, 29868, 29877, 29887, 29898, 29909, 29920, 29927, 29936, 29943, 29948, 29956, 29961, 29968, 29974, 29982, 29989, 29999, 30010, 30017, 30023, 30030, 30040, 30051, 30061, 30070, 30078, 30086, 30098, 30107, 30113, 30120, 30130, 30136, 30140, 30144, 30148, 30152, 30156, 30164, 30173, 30181, 30186, 30198, 30210, 30216, 30225, 30235, 30246, 30257, 30268, 30275, 30284, 30291, 30296, 30304, 30309, 30316, 30322, 30330, 30337, 30347, 30358, 30365, 30371, 30378, 30388, 30399, 30409, 30418, 30426, 30434, 30446, 30455, 30461, 30468, 30478, 30484, 30490, 30496, 30514, 30523, 30532, 30550, 30568, 30586, 30613, 30643, 30655, 30670, 30682, 30688, 30694, 30703, 30715, 30724, 30736, 30748, 30760, 30766, 30772, 30781, 30787, 30793, 30799, 30811, 30823, 30829, 30835, 30841, 30847, 30856, 30862, 30871, 30889, 30910, 30916, 30922, 30928, 30934, 30940, 30946, 30952, 30958, 30964, 30970, 30976, 30982, 30988, 30994, 31000, 31006, 31012, 31018, 31024, 31030, 31039, 31045, 31051, 31057, 31063, 31069, 31075, 31087, 31099, 31105, 31120, 31132, 31144, 31156, 31162, 31168, 31174, 31180, 31186, 31192, 31198, 31204, 31210, 31216, 31222, 31228, 31234, 31240, 31246, 31252, 31258, 31264, 31276, 31294, 31303, 31309, 31312, 31315, 31324, 31330, 31336, 31342, 31348, 31354, 31366, 31375, 31381, 31387, 31393, 31399, 31405, 31411, 31417, 31423, 31432, 31438, 31441],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[714, 743, 829, 830, 871, 2056]), Anchor::All(&[Anchor::Lits(&[800]), Anchor::Lits(&[982])]), Anchor::All(&[Anchor::Lits(&[794, 795, 796, 797, 798, 799, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953]), Anchor::Lits(&[6, 8, 64, 65, 89, 91, 126, 127, 133, 135, 170, 171, 177, 179, 214, 215, 221, 223, 258, 259, 267, 269, 364, 369, 808, 863, 870, 2991, 2993, 3028, 3029, 3035, 3037, 3072, 3073, 3185, 3187, 3222, 3223, 3229, 3231, 3266, 3267, 3273, 3275, 3310, 3311, 3317, 3319, 3354, 3355, 3361, 3363, 3398, 3399, 3405, 3407, 3442, 3443, 3449, 3451, 3486, 3487, 3493, 3495, 3530, 3531, 3537, 3539, 3574, 3575, 3581, 3583, 3618, 3619, 3625, 3627, 3662, 3663, 3669, 3671, 3706, 3707, 3715, 3717, 3752, 3753, 3759, 3761, 3796, 3797, 3803, 3805, 3840, 3841, 3847, 3849, 3884, 3885, 3891, 3893, 3928, 3929]), Anchor::Lits(&[7, 63, 90, 125, 134, 169, 178, 213, 222, 257, 268, 363, 801, 856, 2992, 3027, 3036, 3071, 3186, 3221, 3230, 3265, 3274, 3309, 3318, 3353, 3362, 3397, 3406, 3441, 3450, 3485, 3494, 3529, 3538, 3573, 3582, 3617, 3626, 3661, 3670, 3705, 3716, 3751, 3760, 3795, 3804, 3839, 3848, 3883, 3892, 3927])]), Anchor::All(&[Anchor::Lits(&[1018, 1915, 2061, 2694, 2704, 2707, 2708]), Anchor::Lits(&[696]), Anchor::Lits(&[767])]), Anchor::All(&[Anchor::Lits(&[746]), Anchor::Lits(&[2984])]), Anchor::All(&[Anchor::Lits(&[736]), Anchor::Lits(&[768])]), Anchor::All(&[Anchor::Lits(&[5, 88, 132, 176, 220, 266, 1300, 1654, 1749, 1998, 2024, 2648, 2693, 2706, 2990, 3034, 3184, 3228, 3272, 3316, 3360, 3404, 3448, 3492, 3536, 3580, 3624, 3668, 3714, 3758, 3802, 3846, 3890]), Anchor::Lits(&[697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 738, 739, 740, 741, 742, 744, 745, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765]), Anchor::Lits(&[1270, 1271, 1272, 1273, 1274, 1275, 1300, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1646, 1647, 1648, 1649, 1650, 1651, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2696, 2697, 2698, 2699, 2700, 2701, 2706, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746])])])),
            (47, "code-fence-role", Anchor::Lits(&[1003])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[299, 306, 307, 313, 346, 352, 354, 355, 372, 373]), Anchor::Lits(&[1458, 1680, 1703, 1825, 1990, 2352])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[397, 402, 405, 410, 413, 414, 415, 418, 419, 420, 421]), Anchor::Any(&[Anchor::Lits(&[1269, 1645, 2695]), Anchor::All(&[Anchor::Lits(&[1269, 1645, 2058, 2695]), Anchor::Lits(&[4, 31, 38, 43, 45, 51, 68, 265, 314, 323, 328, 333, 345, 375, 1279, 1653, 2059, 2705])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2695]), Anchor::Lits(&[4, 265, 525, 526, 983, 2702, 2703, 2705]), Anchor::Lits(&[1020, 1170, 1197, 1225, 1261, 1584, 1636, 1652, 1674, 1677, 1679, 1681, 1694, 1814, 1815, 1824, 1847, 1861, 1871, 1989, 2060, 2067, 2068, 2177, 2229, 2231, 2232, 2254, 2310, 2351, 2393, 2416, 2418, 2571, 2573, 2589, 2832, 2960])]), Anchor::All(&[Anchor::Lits(&[1008, 1264, 1514, 1693, 1880, 1881, 1882, 1883, 1940, 1941, 1991, 2253, 2311, 2312, 2684, 2830, 2953]), Anchor::Lits(&[674, 675, 676, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694]), Anchor::Lits(&[1063, 1068, 1081, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1270, 1275, 1276, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1301])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[312, 322, 344, 365, 366, 367, 368, 1742, 2351]), Anchor::All(&[Anchor::Lits(&[278, 311, 313, 321, 332, 343, 356]), Anchor::Lits(&[1392, 1393, 2641])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1018, 2233, 2235, 2237, 2351, 2585, 2675]), Anchor::All(&[Anchor::Lits(&[272, 274, 281, 283, 287, 297, 321, 329, 332, 338, 374]), Anchor::Lits(&[1019, 1022, 1651, 2586, 2602, 2701])])]), Anchor::Lits(&[4, 265, 273, 275, 282, 284, 288, 298, 323, 330, 339, 375, 1021, 2234, 2236, 2238, 2353, 2587, 2676])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[1012, 1583, 1676, 1741, 2058, 2191, 2281, 2351, 2567, 2833]), Anchor::Lits(&[1018, 1608, 1645, 1740, 1860, 1915, 2067, 2095, 2351, 2585, 2600, 2601, 2675, 2678, 2695, 2832])])),
            (56, "instruction-banner", Anchor::Lits(&[1583, 1676, 2058, 2348])),
            (96, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[302, 540, 543, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 558, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 985, 986, 988, 989, 991, 992, 993, 994, 997, 998, 999, 1001, 1260]), Anchor::All(&[Anchor::Lits(&[1259, 1601, 1771, 1873, 2053, 2560, 2593, 2594, 2799]), Anchor::Lits(&[984, 987, 990, 995, 996, 1000, 1002])])])),
            (97, "safety-config-off", Anchor::Lits(&[289, 304, 336, 341, 357, 1259, 1381, 1586, 1771, 1813, 1873, 2054, 2556, 2559, 2560, 2592, 2593, 2594, 2595, 2596, 2799])),
            (104, "no-more-rules", Anchor::Lits(&[2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2254, 2255])),
            (119, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[93, 271, 394, 395, 404, 441, 442, 450, 527, 528, 530, 592, 598, 671, 677, 695, 737, 766, 769, 770, 773, 828, 1004, 1025, 1269, 1516, 1572, 1589, 1597, 1854, 1864, 2093, 2149, 2199, 2204, 2983, 2985, 2986, 3075, 3709, 3710]), Anchor::Lits(&[1009, 1013, 1196, 1257, 1261, 1325, 1454, 1457, 1460, 1515, 1579, 1596, 1605, 1607, 1637, 1644, 1677, 1679, 1681, 1687, 1694, 1700, 1702, 1708, 1709, 1736, 1738, 1777, 1806, 1808, 1809, 1810, 1811, 1824, 1826, 1858, 1871, 1989, 2044, 2049, 2055, 2090, 2096, 2147, 2178, 2181, 2184, 2227, 2228, 2231, 2316, 2350, 2351, 2417, 2418, 2499, 2500, 2555, 2564, 2566, 2571, 2572, 2573, 2584, 2590, 2597, 2605, 2608, 2609, 2636, 2637, 2639, 2670, 2752, 2755, 2790, 2831, 2833, 2834, 2836, 2839, 2846, 2898, 2949]), Anchor::Lits(&[392, 529, 673])]), Anchor::All(&[Anchor::Lits(&[1583, 1676, 2058, 2183, 2189, 2281, 2347, 2562, 2567]), Anchor::Lits(&[1025, 1382, 1383, 1421, 2192, 2557, 2578, 2695]), Anchor::Lits(&[1817, 2762])])])),
            (120, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[1583, 1676, 2058, 2189, 2281, 2314, 2348, 2351, 2421, 2750]), Anchor::Lits(&[1025, 1062, 1269, 1421, 1589, 1597, 1864, 2149, 2192, 2695]), Anchor::Lits(&[396, 443, 531, 599, 635, 696, 793, 2982])])),
            (125, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[393]), Anchor::Lits(&[954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981])])),
            (126, "send-to-a-beacon", Anchor::Lits(&[1938, 1939])),
            (127, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[1390, 1588, 1596, 1708, 1709, 1738, 1808, 1809, 1826, 2096, 2417, 2501, 2502, 2605, 2790, 2831, 2834, 2949]), Anchor::Lits(&[1329, 1456, 1459, 1581, 1704, 1706, 1707, 1804, 1807, 1874, 2064, 2180, 2239, 2309, 2415, 2503, 2568, 2669, 2844]), Anchor::Lits(&[771, 1389, 1848, 1852, 1938, 1939, 2591, 2763, 2764, 2765, 2766, 2767, 2768, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2789])])),
            (131, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1678, 1816, 1878, 2315, 2838]), Anchor::All(&[Anchor::Lits(&[1582]), Anchor::Lits(&[411, 2897])])]), Anchor::Lits(&[2673])])),
            (133, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[772, 773, 775, 776, 781, 784, 1035, 1069, 1072, 1075, 1076, 1084, 1087, 1090, 1091, 1118, 1119, 1120, 1121, 1266, 1324, 1382, 1567, 1568, 1569, 1570, 1572, 1587, 1589, 1597, 1639, 1640, 1641, 1642, 1875, 2052, 2152, 2153, 2154, 2155, 2156, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2170, 2185, 2186, 2187, 2188, 2192, 2342, 2343, 2344, 2345, 2381, 2420, 2558, 2574, 2575, 2576, 2577, 2579, 2580, 2581, 2582, 2604, 2679, 2680, 2681, 2682, 2756, 2757, 2758, 2759, 2794, 2795, 2796, 2797, 3936, 3937, 3953, 3963, 3989]), Anchor::All(&[Anchor::Lits(&[1916, 2058, 2183, 2189, 2281, 2355, 2423, 2562, 2760]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 92, 93, 95, 96, 98, 109, 110, 136, 137, 139, 140, 142, 153, 154, 180, 181, 183, 184, 186, 197, 198, 224, 225, 227, 228, 230, 241, 242, 270, 271, 277, 279, 290, 320, 324, 2994, 2995, 2997, 2998, 3000, 3011, 3012, 3038, 3039, 3041, 3042, 3044, 3055, 3056, 3188, 3189, 3191, 3192, 3194, 3205, 3206, 3232, 3233, 3235, 3236, 3238, 3249, 3250, 3276, 3277, 3279, 3280, 3282, 3293, 3294, 3320, 3321, 3323, 3324, 3326, 3337, 3338, 3364, 3365, 3367, 3368, 3370, 3381, 3382, 3408, 3409, 3411, 3412, 3414, 3425, 3426, 3452, 3453, 3455, 3456, 3458, 3469, 3470, 3496, 3497, 3499, 3500, 3502, 3513, 3514, 3540, 3541, 3543, 3544, 3546, 3557, 3558, 3584, 3585, 3587, 3588, 3590, 3601, 3602, 3628, 3629, 3631, 3632, 3634, 3645, 3646, 3672, 3673, 3675, 3676, 3678, 3689, 3690, 3718, 3719, 3721, 3722, 3724, 3735, 3736, 3762, 3763, 3765, 3766, 3768, 3779, 3780, 3806, 3807, 3809, 3810, 3812, 3823, 3824, 3850, 3851, 3853, 3854, 3856, 3867, 3868, 3894, 3895, 3897, 3898, 3900, 3911, 3912]), Anchor::Lits(&[1818, 1819, 1820, 1821, 1822, 1823, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 2763, 2764, 2765, 2766, 2767, 2768, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2789])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 57, 92, 93, 95, 96, 98, 109, 110, 121, 136, 137, 139, 140, 142, 153, 154, 165, 180, 181, 183, 184, 186, 197, 198, 209, 224, 225, 227, 228, 230, 241, 242, 253, 270, 271, 277, 279, 290, 320, 324, 353, 2994, 2995, 2997, 2998, 3000, 3011, 3012, 3023, 3038, 3039, 3041, 3042, 3044, 3055, 3056, 3067, 3188, 3189, 3191, 3192, 3194, 3205, 3206, 3217, 3232, 3233, 3235, 3236, 3238, 3249, 3250, 3261, 3276, 3277, 3279, 3280, 3282, 3293, 3294, 3305, 3320, 3321, 3323, 3324, 3326, 3337, 3338, 3349, 3364, 3365, 3367, 3368, 3370, 3381, 3382, 3393, 3408, 3409, 3411, 3412, 3414, 3425, 3426, 3437, 3452, 3453, 3455, 3456, 3458, 3469, 3470, 3481, 3496, 3497, 3499, 3500, 3502, 3513, 3514, 3525, 3540, 3541, 3543, 3544, 3546, 3557, 3558, 3569, 3584, 3585, 3587, 3588, 3590, 3601, 3602, 3613, 3628, 3629, 3631, 3632, 3634, 3645, 3646, 3657, 3672, 3673, 3675, 3676, 3678, 3689, 3690, 3701, 3718, 3719, 3721, 3722, 3724, 3735, 3736, 3747, 3762, 3763, 3765, 3766, 3768, 3779, 3780, 3791, 3806, 3807, 3809, 3810, 3812, 3823, 3824, 3835, 3850, 3851, 3853, 3854, 3856, 3867, 3868, 3879, 3894, 3895, 3897, 3898, 3900, 3911, 3912, 3923]), Anchor::Lits(&[1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 2424, 2425, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2954, 2955, 2956, 2957, 2958, 2959, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 2977, 2978, 2979])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 92, 93, 95, 96, 98, 109, 110, 136, 137, 139, 140, 142, 153, 154, 180, 181, 183, 184, 186, 197, 198, 224, 225, 227, 228, 230, 241, 242, 270, 271, 277, 279, 290, 320, 324, 2994, 2995, 2997, 2998, 3000, 3011, 3012, 3038, 3039, 3041, 3042, 3044, 3055, 3056, 3188, 3189, 3191, 3192, 3194, 3205, 3206, 3232, 3233, 3235, 3236, 3238, 3249, 3250, 3276, 3277, 3279, 3280, 3282, 3293, 3294, 3320, 3321, 3323, 3324, 3326, 3337, 3338, 3364, 3365, 3367, 3368, 3370, 3381, 3382, 3408, 3409, 3411, 3412, 3414, 3425, 3426, 3452, 3453, 3455, 3456, 3458, 3469, 3470, 3496, 3497, 3499, 3500, 3502, 3513, 3514, 3540, 3541, 3543, 3544, 3546, 3557, 3558, 3584, 3585, 3587, 3588, 3590, 3601, 3602, 3628, 3629, 3631, 3632, 3634, 3645, 3646, 3672, 3673, 3675, 3676, 3678, 3689, 3690, 3718, 3719, 3721, 3722, 3724, 3735, 3736, 3762, 3763, 3765, 3766, 3768, 3779, 3780, 3806, 3807, 3809, 3810, 3812, 3823, 3824, 3850, 3851, 3853, 3854, 3856, 3867, 3868, 3894, 3895, 3897, 3898, 3900, 3911, 3912]), Anchor::Lits(&[1818, 1819, 1820, 1821, 1822, 1823, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 2763, 2764, 2765, 2766, 2767, 2768, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2789]), Anchor::Lits(&[444, 445, 446, 447, 448, 449, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 794, 795, 796, 797, 798, 799, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953])]), Anchor::All(&[Anchor::Lits(&[2051, 2419, 2555, 2583, 2603, 2677, 2798]), Anchor::Lits(&[1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 92, 93, 95, 96, 98, 109, 110, 136, 137, 139, 140, 142, 153, 154, 180, 181, 183, 184, 186, 197, 198, 224, 225, 227, 228, 230, 241, 242, 270, 271, 277, 279, 290, 320, 324, 2994, 2995, 2997, 2998, 3000, 3011, 3012, 3038, 3039, 3041, 3042, 3044, 3055, 3056, 3188, 3189, 3191, 3192, 3194, 3205, 3206, 3232, 3233, 3235, 3236, 3238, 3249, 3250, 3276, 3277, 3279, 3280, 3282, 3293, 3294, 3320, 3321, 3323, 3324, 3326, 3337, 3338, 3364, 3365, 3367, 3368, 3370, 3381, 3382, 3408, 3409, 3411, 3412, 3414, 3425, 3426, 3452, 3453, 3455, 3456, 3458, 3469, 3470, 3496, 3497, 3499, 3500, 3502, 3513, 3514, 3540, 3541, 3543, 3544, 3546, 3557, 3558, 3584, 3585, 3587, 3588, 3590, 3601, 3602, 3628, 3629, 3631, 3632, 3634, 3645, 3646, 3672, 3673, 3675, 3676, 3678, 3689, 3690, 3718, 3719, 3721, 3722, 3724, 3735, 3736, 3762, 3763, 3765, 3766, 3768, 3779, 3780, 3806, 3807, 3809, 3810, 3812, 3823, 3824, 3850, 3851, 3853, 3854, 3856, 3867, 3868, 3894, 3895, 3897, 3898, 3900, 3911, 3912])]), Anchor::All(&[Anchor::Lits(&[28, 32, 40, 41, 42, 60, 103, 106, 111, 112, 113, 124, 147, 150, 155, 156, 157, 168, 191, 194, 199, 200, 201, 212, 235, 238, 243, 244, 245, 256, 308, 315, 325, 326, 327, 360, 3005, 3008, 3013, 3014, 3015, 3026, 3049, 3052, 3057, 3058, 3059, 3070, 3199, 3202, 3207, 3208, 3209, 3220, 3243, 3246, 3251, 3252, 3253, 3264, 3287, 3290, 3295, 3296, 3297, 3308, 3331, 3334, 3339, 3340, 3341, 3352, 3375, 3378, 3383, 3384, 3385, 3396, 3419, 3422, 3427, 3428, 3429, 3440, 3463, 3466, 3471, 3472, 3473, 3484, 3507, 3510, 3515, 3516, 3517, 3528, 3551, 3554, 3559, 3560, 3561, 3572, 3595, 3598, 3603, 3604, 3605, 3616, 3639, 3642, 3647, 3648, 3649, 3660, 3683, 3686, 3691, 3692, 3693, 3704, 3729, 3732, 3737, 3738, 3739, 3750, 3773, 3776, 3781, 3782, 3783, 3794, 3817, 3820, 3825, 3826, 3827, 3838, 3861, 3864, 3869, 3870, 3871, 3882, 3905, 3908, 3913, 3914, 3915, 3926]), Anchor::Lits(&[1026, 1027, 1028, 1029, 1030, 1031, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1270, 1271, 1272, 1273, 1274, 1275, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1422, 1423, 1424, 1425, 1426, 1427, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 2193, 2194, 2195, 2196, 2197, 2198, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226])]), Anchor::All(&[Anchor::Lits(&[397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 412, 416, 417, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 532, 533, 534, 535, 536, 537, 538, 539, 541, 542, 544, 545, 546, 557, 559, 560, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670]), Anchor::Lits(&[1025, 1062, 1269, 1421, 1572, 1589, 1597, 1864, 2149, 2192]), Anchor::Lits(&[0, 1, 4, 85, 86, 87, 129, 130, 131, 173, 174, 175, 217, 218, 219, 261, 262, 265, 1032, 1033, 1034, 1036, 1037, 1038, 1082, 1083, 1096, 1129, 1130, 1131, 1277, 1278, 1279, 1302, 1303, 1304, 1428, 1429, 1430, 1431, 1432, 1433, 1573, 1574, 1575, 1576, 1577, 1578, 1590, 1591, 1592, 1593, 1594, 1595, 1598, 1599, 1600, 1602, 1603, 1604, 1865, 1866, 1867, 1868, 1869, 1870, 2150, 2151, 2157, 2167, 2168, 2169, 2200, 2201, 2202, 2205, 2206, 2207, 2987, 2988, 2989, 3031, 3032, 3033, 3181, 3182, 3183, 3225, 3226, 3227, 3269, 3270, 3271, 3313, 3314, 3315, 3357, 3358, 3359, 3401, 3402, 3403, 3445, 3446, 3447, 3489, 3490, 3491, 3533, 3534, 3535, 3577, 3578, 3579, 3621, 3622, 3623, 3665, 3666, 3667, 3711, 3712, 3713, 3755, 3756, 3757, 3799, 3800, 3801, 3843, 3844, 3845, 3887, 3888, 3889])]), Anchor::All(&[Anchor::Lits(&[1226, 1419, 1917, 2230, 2307]), Anchor::Lits(&[1062, 2069]), Anchor::Lits(&[1198, 1851])]), Anchor::All(&[Anchor::Lits(&[2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305, 2306]), Anchor::Lits(&[1025, 1062, 1269, 1942, 2203])]), Anchor::All(&[Anchor::Lits(&[2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280]), Anchor::Lits(&[2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2387, 2388, 2389, 2390, 2391, 2392, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412])]), Anchor::All(&[Anchor::Lits(&[1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1517, 1518, 1519, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553]), Anchor::Lits(&[10, 30, 35, 93, 105, 107, 137, 149, 151, 181, 193, 195, 225, 237, 239, 271, 310, 318, 2995, 3007, 3009, 3039, 3051, 3053, 3189, 3201, 3203, 3233, 3245, 3247, 3277, 3289, 3291, 3321, 3333, 3335, 3365, 3377, 3379, 3409, 3421, 3423, 3453, 3465, 3467, 3497, 3509, 3511, 3541, 3553, 3555, 3585, 3597, 3599, 3629, 3641, 3643, 3673, 3685, 3687, 3719, 3731, 3733, 3763, 3775, 3777, 3807, 3819, 3821, 3851, 3863, 3865, 3895, 3907, 3909])])]), Anchor::Lits(&[1010, 1013, 1196, 1254, 1257, 1261, 1327, 1420, 1457, 1461, 1515, 1580, 1585, 1596, 1605, 1607, 1609, 1610, 1637, 1643, 1677, 1679, 1682, 1683, 1684, 1685, 1686, 1688, 1689, 1690, 1691, 1692, 1695, 1696, 1697, 1698, 1699, 1700, 1702, 1708, 1735, 1736, 1737, 1770, 1772, 1773, 1775, 1777, 1778, 1805, 1806, 1808, 1809, 1824, 1826, 1849, 1850, 1855, 1858, 1871, 1989, 2049, 2055, 2057, 2065, 2066, 2096, 2147, 2171, 2172, 2174, 2181, 2184, 2250, 2251, 2252, 2350, 2351, 2384, 2417, 2418, 2500, 2561, 2563, 2566, 2569, 2573, 2584, 2590, 2599, 2605, 2608, 2609, 2636, 2639, 2672, 2683, 2685, 2749, 2752, 2833, 2834, 2837, 2898, 2949, 2980, 3941, 3947, 3952, 3960, 3962, 3965, 3969, 3974, 3982, 3985, 4012, 4016])])),
            (134, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1006, 1007, 1023, 1252, 1389, 1453, 1705, 1812, 1846, 1848, 1852, 1853, 1857, 1859, 1863, 1872, 1938, 1939, 1963, 2094, 2148, 2175, 2176, 2313, 2346, 2349, 2386, 2422, 2591, 2748, 2791, 2802, 2803, 2840, 2841, 2842, 2845, 2950, 2951, 2981]), Anchor::All(&[Anchor::Lits(&[26, 29, 46, 48, 49, 50, 52, 101, 104, 115, 117, 118, 119, 120, 145, 148, 159, 161, 162, 163, 164, 189, 192, 203, 205, 206, 207, 208, 233, 236, 247, 249, 250, 251, 252, 303, 309, 334, 337, 340, 342, 347, 3003, 3006, 3017, 3019, 3020, 3021, 3022, 3047, 3050, 3061, 3063, 3064, 3065, 3066, 3197, 3200, 3211, 3213, 3214, 3215, 3216, 3241, 3244, 3255, 3257, 3258, 3259, 3260, 3285, 3288, 3299, 3301, 3302, 3303, 3304, 3329, 3332, 3343, 3345, 3346, 3347, 3348, 3373, 3376, 3387, 3389, 3390, 3391, 3392, 3417, 3420, 3431, 3433, 3434, 3435, 3436, 3461, 3464, 3475, 3477, 3478, 3479, 3480, 3505, 3508, 3519, 3521, 3522, 3523, 3524, 3549, 3552, 3563, 3565, 3566, 3567, 3568, 3593, 3596, 3607, 3609, 3610, 3611, 3612, 3637, 3640, 3651, 3653, 3654, 3655, 3656, 3681, 3684, 3695, 3697, 3698, 3699, 3700, 3727, 3730, 3741, 3743, 3744, 3745, 3746, 3771, 3774, 3785, 3787, 3788, 3789, 3790, 3815, 3818, 3829, 3831, 3832, 3833, 3834, 3859, 3862, 3873, 3875, 3876, 3877, 3878, 3903, 3906, 3917, 3919, 3920, 3921, 3922]), Anchor::Lits(&[1017, 1455, 1701, 1738, 1769, 1937, 2048, 2173, 2607, 2638, 2640, 2835, 2843])])]), Anchor::Lits(&[1391, 1596, 1638, 1772, 1774, 1776, 1808, 1809, 1826, 2065, 2096, 2174, 2190, 2414, 2417, 2501, 2502, 2565, 2598, 2605, 2635, 2671, 2672, 2674, 2686, 2792, 2831, 2834])])),
            (137, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1069, 1070, 1071, 1073, 1074, 1077, 1078, 1079, 1080, 1084, 1085, 1086, 1088, 1089, 1092, 1093, 1094, 1095, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 2062, 2063, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2091, 2747, 2751, 2793, 2804, 2952, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3120, 3121, 3122, 3123, 3124, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3950, 3951]), Anchor::All(&[Anchor::Lits(&[1025, 1265, 1268, 1326, 1384, 2800, 3076, 3080, 3081, 3082, 3936, 3937, 3963]), Anchor::Lits(&[10, 30, 35, 78, 79, 80, 271, 310, 318, 385, 386, 387, 450, 476, 477, 505, 506, 507, 592, 593, 594, 595, 596, 597])]), Anchor::All(&[Anchor::Lits(&[15, 16, 18, 19, 20, 21, 22, 23, 33, 34, 53, 54, 55, 56, 61, 62, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 285, 286, 291, 292, 293, 294, 295, 296, 316, 317, 348, 349, 350, 351, 361, 362, 370, 371, 377, 378, 379, 380, 381, 382, 383, 384]), Anchor::Lits(&[1063, 1068, 1943, 1944, 2070, 2071])])]), Anchor::Lits(&[2, 3, 81, 82, 83, 84, 263, 264, 388, 389, 390, 391, 673, 4045])])),
            (138, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[1011, 1637, 1702, 1871, 1938, 1939, 2383, 2801, 3137, 3140, 3141, 3142, 3149, 3154, 3162, 3163, 3166, 3170, 3174, 3942, 3944, 3945, 3947, 3948, 3960, 3961, 3962, 3965, 3971, 3972, 3974, 3975, 3979, 3985, 3993, 3995, 3997, 4016, 4029, 4030, 4032, 4033, 4035, 4042]), Anchor::Lits(&[673, 4045]), Anchor::Lits(&[1062, 1864, 2149])])),
            (139, "data-in-a-link", Anchor::Any(&[Anchor::Lits(&[1938, 1939]), Anchor::All(&[Anchor::Lits(&[1016, 1258, 1328, 1739, 2045, 2046, 2047, 2050]), Anchor::Lits(&[1255, 1256, 1606, 1738, 2383, 2588, 2600, 2769])]), Anchor::All(&[Anchor::Lits(&[1256, 1738, 1876, 2382, 2383, 2600, 2769]), Anchor::Lits(&[1675, 1937, 2308, 2413, 2570])])])),
            (141, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896]), Anchor::Lits(&[1025, 1062, 1269, 1383, 1421, 1589, 1864, 1879, 2149, 2192])]), Anchor::All(&[Anchor::Lits(&[1025, 1269, 1421, 1589, 1879, 2192, 2695, 2770]), Anchor::Lits(&[1063, 1064, 1065, 1066, 1067, 1068, 1123, 1124, 1125, 1126, 1127, 1128, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169])])]), Anchor::Lits(&[1014, 1015, 1196, 1261, 1267, 1457, 1460, 1571, 1580, 1596, 1605, 1637, 1677, 1679, 1702, 1708, 1709, 1736, 1738, 1777, 1806, 1809, 1824, 1826, 1858, 1871, 1989, 2055, 2092, 2096, 2179, 2181, 2184, 2351, 2417, 2418, 2500, 2554, 2563, 2573, 2584, 2590, 2597, 2605, 2609, 2639, 2668, 2790, 2831, 2833, 2834, 2898])])),
            (145, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[774, 777, 778, 779, 780, 782, 783, 785, 786, 787, 788, 789, 790, 791, 792, 1005, 1024, 1058, 1059, 1060, 1061, 1122, 1253, 1262, 1263, 1380, 1385, 1386, 1387, 1388]), Anchor::Lits(&[1513, 1596, 1638, 1809, 1826, 2174, 2417, 2605, 2609, 2834])])),
            (146, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::Lits(&[672, 1199, 1512, 1812, 1856, 1862, 1877, 2182, 2354, 2385, 2386, 2606, 2753, 2754, 2761, 2791, 2845]), Anchor::All(&[Anchor::Lits(&[1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2449, 2450, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2948]), Anchor::Lits(&[14, 25, 27, 36, 47, 58, 69, 97, 100, 102, 108, 116, 122, 128, 141, 144, 146, 152, 160, 166, 172, 185, 188, 190, 196, 204, 210, 216, 229, 232, 234, 240, 248, 254, 260, 280, 301, 305, 319, 335, 358, 376, 2999, 3002, 3004, 3010, 3018, 3024, 3030, 3043, 3046, 3048, 3054, 3062, 3068, 3074, 3193, 3196, 3198, 3204, 3212, 3218, 3224, 3237, 3240, 3242, 3248, 3256, 3262, 3268, 3281, 3284, 3286, 3292, 3300, 3306, 3312, 3325, 3328, 3330, 3336, 3344, 3350, 3356, 3369, 3372, 3374, 3380, 3388, 3394, 3400, 3413, 3416, 3418, 3424, 3432, 3438, 3444, 3457, 3460, 3462, 3468, 3476, 3482, 3488, 3501, 3504, 3506, 3512, 3520, 3526, 3532, 3545, 3548, 3550, 3556, 3564, 3570, 3576, 3589, 3592, 3594, 3600, 3608, 3614, 3620, 3633, 3636, 3638, 3644, 3652, 3658, 3664, 3677, 3680, 3682, 3688, 3696, 3702, 3708, 3723, 3726, 3728, 3734, 3742, 3748, 3754, 3767, 3770, 3772, 3778, 3786, 3792, 3798, 3811, 3814, 3816, 3822, 3830, 3836, 3842, 3855, 3858, 3860, 3866, 3874, 3880, 3886, 3899, 3902, 3904, 3910, 3918, 3924, 3930])]), Anchor::All(&[Anchor::Lits(&[11, 44, 52, 59, 94, 114, 120, 123, 138, 158, 164, 167, 182, 202, 208, 211, 226, 246, 252, 255, 276, 331, 347, 359, 2996, 3016, 3022, 3025, 3040, 3060, 3066, 3069, 3190, 3210, 3216, 3219, 3234, 3254, 3260, 3263, 3278, 3298, 3304, 3307, 3322, 3342, 3348, 3351, 3366, 3386, 3392, 3395, 3410, 3430, 3436, 3439, 3454, 3474, 3480, 3483, 3498, 3518, 3524, 3527, 3542, 3562, 3568, 3571, 3586, 3606, 3612, 3615, 3630, 3650, 3656, 3659, 3674, 3694, 3700, 3703, 3720, 3740, 3746, 3749, 3764, 3784, 3790, 3793, 3808, 3828, 3834, 3837, 3852, 3872, 3878, 3881, 3896, 3916, 3922, 3925]), Anchor::Lits(&[24, 36, 69, 99, 108, 128, 143, 152, 172, 187, 196, 216, 231, 240, 260, 300, 319, 376, 3001, 3010, 3030, 3045, 3054, 3074, 3195, 3204, 3224, 3239, 3248, 3268, 3283, 3292, 3312, 3327, 3336, 3356, 3371, 3380, 3400, 3415, 3424, 3444, 3459, 3468, 3488, 3503, 3512, 3532, 3547, 3556, 3576, 3591, 3600, 3620, 3635, 3644, 3664, 3679, 3688, 3708, 3725, 3734, 3754, 3769, 3778, 3798, 3813, 3822, 3842, 3857, 3866, 3886, 3901, 3910, 3930])])])),
            (160, "override-instructions-cjk", Anchor::Lits(&[3939, 3946, 3949, 3957, 3958, 3959, 3964, 3966, 3976, 3977, 3978, 3979, 3980, 3981, 3987, 3988, 3990, 3993, 4000, 4001, 4002, 4012, 4014, 4017, 4018, 4021, 4030, 4040, 4041])),
            (163, "override-instructions-other-scripts", Anchor::Lits(&[3077, 3078, 3079, 3138, 3139, 3143, 3145, 3147, 3150, 3153, 3156, 3159, 3160, 3167, 3171, 3172, 3173, 3176, 3178, 3180])),
            (165, "unrestricted-persona-other-scripts", Anchor::Lits(&[3146, 3151, 3161, 3169, 3179, 3931, 3932, 3970, 3973, 3991, 3992, 4003, 4005, 4007, 4008, 4015, 4020, 4037, 4038])),
            (167, "reveal-system-prompt-other-scripts", Anchor::Lits(&[3144, 3148, 3152, 3155, 3157, 3158, 3164, 3165, 3168, 3175, 3177, 3939, 3940, 3959, 3999, 4022, 4024, 4028, 4031, 4036, 4044])),
            (169, "disable-safety-other-scripts", Anchor::Lits(&[3938, 3955, 3956, 3967, 3968, 3996, 3998, 4004, 4006, 4012, 4013, 4019, 4023, 4025, 4026, 4034, 4039])),
            (171, "stop-following-instructions-cjk", Anchor::Lits(&[3933, 3934, 3935, 3983, 3984, 3986, 4007, 4008, 4009, 4010, 4011, 4027, 4043])),
            (175, "conceal-from-the-user-cjk", Anchor::Lits(&[3943, 3954, 3994])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x3c86b42ef8aaf615;
