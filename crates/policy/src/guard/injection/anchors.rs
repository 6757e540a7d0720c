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
\x202fa\
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
\x20actions \
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
\x20after each query\
\x20after each run\
\x20after each session\
\x20after each task\
\x20after the agent \
\x20after the assistant \
\x20after the model \
\x20after you \
\x20against all of your \
\x20against all your \
\x20against of your \
\x20against your \
\x20agency\
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
\x20all privileges\
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
\x20allow all tools \
\x20allow list \
\x20allowed \
\x20allowed ip list\
\x20allowed list \
\x20allowed roles \
\x20allowed statements \
\x20allowed tools \
\x20allowed without asking\
\x20allowedtools \
\x20allowlist \
\x20allowlisted \
\x20alt text\
\x20alter user\
\x20always \
\x20always allow \
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
\x20approve\
\x20approve \
\x20approve all tools \
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
\x20at azure\
\x20at ftp\
\x20at gcs\
\x20at http\
\x20at s3\
\x20at se\
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
\x20audit log\
\x20audit only mode \
\x20audited \
\x20auditing\
\x20auditing \
\x20auditing you\
\x20auditor\
\x20aufgehoben \
\x20authenticated with\
\x20authentication policies\
\x20authentication policy\
\x20authored your \
\x20authorised \
\x20authorized \
\x20auto allowed\
\x20auto approve everything \
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
\x20be told\
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
\x20bypass permissions mode \
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
\x20bypasspermissions \
\x20call it out\
\x20call that out\
\x20call this out\
\x20called\
\x20calls \
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
\x20changes \
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
\x20client\
\x20cliente\
\x20coded you\
\x20codes\
\x20codes \
\x20codici\
\x20codici \
\x20collapsed \
\x20come back as \
\x20commands\
\x20commands \
\x20commands to \
\x20comment\
\x20commit message\
\x20compelled to \
\x20compliance \
\x20compliance hold\
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
\x20consultant\
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
\x20contractor\
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
\x20customer\
\x20customer \
\x20czytala \
\x20dangerously skip permissions \
\x20dangerouslyskippermissions \
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
\x20detect secrets\
\x20dev null\
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
\x20do not apply to \
\x20do not bind \
\x20do not break character \
\x20do not break out of character \
\x20do not catch\
\x20do not censor\
\x20do not check\
\x20do not clean\
\x20do not concern \
\x20do not cover \
\x20do not detect\
\x20do not filter\
\x20do not find out\
\x20do not fire on\
\x20do not flag\
\x20do not include \
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
\x20do not restrict \
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
\x20does not apply to \
\x20does not bind \
\x20does not care about \
\x20does not catch\
\x20does not concern \
\x20does not cover \
\x20does not detect\
\x20does not find out\
\x20does not fire on\
\x20does not flag\
\x20does not follow \
\x20does not have \
\x20does not include \
\x20does not know\
\x20does not know \
\x20does not log\
\x20does not need to\
\x20does not notice\
\x20does not pick up\
\x20does not realise\
\x20does not realize\
\x20does not recognise\
\x20does not recognize\
\x20does not record\
\x20does not register\
\x20does not restrict \
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
\x20doesnt apply to \
\x20doesnt bind \
\x20doesnt care about \
\x20doesnt catch\
\x20doesnt concern \
\x20doesnt cover \
\x20doesnt detect\
\x20doesnt find out\
\x20doesnt fire on\
\x20doesnt flag\
\x20doesnt follow \
\x20doesnt have \
\x20doesnt include \
\x20doesnt know\
\x20doesnt know \
\x20doesnt log\
\x20doesnt need to\
\x20doesnt notice\
\x20doesnt pick up\
\x20doesnt realise\
\x20doesnt realize\
\x20doesnt recognise\
\x20doesnt recognize\
\x20doesnt record\
\x20doesnt register\
\x20doesnt restrict \
\x20doesnt see\
\x20doesnt spot\
\x20doesnt suspect\
\x20doesnt trigger on\
\x20dont \
\x20dont apply to \
\x20dont bind \
\x20dont break character \
\x20dont break out of character \
\x20dont catch\
\x20dont censor\
\x20dont check\
\x20dont clean\
\x20dont concern \
\x20dont cover \
\x20dont detect\
\x20dont filter\
\x20dont find out\
\x20dont fire on\
\x20dont flag\
\x20dont include \
\x20dont inspect\
\x20dont know\
\x20dont leave in character \
\x20dont log\
\x20dont need to\
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
\x20dont restrict \
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
\x20every time\
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
\x20exception \
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
\x20existaient pas\
\x20expects \
\x20expired\
\x20export\
\x20export \
\x20external\
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
\x20filtri\
\x20filtri di sicurezza\
\x20filtro\
\x20filtro de seguridad\
\x20filtros\
\x20filtros de seguranca\
\x20filtros de seguridad\
\x20filtrov\
\x20filtru\
\x20filtry bezpieczenstwa\
\x20find out\
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
\x20former owner\
\x20forward \
\x20fragen\
\x20framing\
\x20free from \
\x20free of \
\x20freed from \
\x20freelancer\
\x20from \
\x20from anthropic\
\x20from before\
\x20from claude\
\x20from cortex\
\x20from earlier\
\x20from now on\
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
\x20ggshield\
\x20gist\
\x20git secrets\
\x20gitleaks\
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
\x20going forward\
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
\x20has no need to\
\x20has priority over \
\x20has to \
\x20hasla\
\x20hasla \
\x20haslo\
\x20haslo \
\x20have priority over \
\x20have to \
\x20have you\
\x20hear about it\
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
\x20imported privileges\
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
\x20integrator\
\x20intern\
\x20internen anweisungen\
\x20into a \
\x20into an \
\x20into azure\
\x20into ftp\
\x20into gcs\
\x20into http\
\x20into s3\
\x20into se\
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
\x20ip allow list\
\x20ip allowlist\
\x20ipagwalang bahala \
\x20irrelevant\
\x20irrespective of \
\x20is after\
\x20is beyond\
\x20is later than\
\x20is not \
\x20is not aware of \
\x20is not bound by \
\x20is now \
\x20is on or after\
\x20is past\
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
\x20know\
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
\x20legal hold\
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
\x20limiti\
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
\x20masking\
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
\x20mfa\
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
\x20multi factor\
\x20mum about\
\x20murmurait \
\x20must \
\x20must not\
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
\x20n existaient\
\x20named\
\x20nao existissem\
\x20need not\
\x20need not \
\x20need to \
\x20neednt\
\x20needs \
\x20needs to \
\x20nelkul\
\x20network policies\
\x20network policy\
\x20network rule\
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
\x20never need to\
\x20never needs to\
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
\x20nexistaient\
\x20next \
\x20nicht\
\x20nicht existieren\
\x20nicht gaben\
\x20nicht langer \
\x20nicht mehr \
\x20nicknamed\
\x20no boundaries\
\x20no censorship\
\x20no consequences \
\x20no constraints\
\x20no credentials\
\x20no ethics\
\x20no existen\
\x20no existieran\
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
\x20no matter \
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
\x20non esistessero\
\x20non esistono\
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
\x20notice\
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
\x20outside\
\x20outsourcer\
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
\x20partner\
\x20pass through mode \
\x20passed \
\x20passthrough mode \
\x20password\
\x20password \
\x20password policies\
\x20password policy\
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
\x20permissions allow \
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
\x20previous owner\
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
\x20processor\
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
\x20push protection\
\x20put \
\x20put in you\
\x20put into you\
\x20put to you\
\x20put you\
\x20putting you in\
\x20puuza \
\x20puuzeni \
\x20quen \
\x20queries \
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
\x20reader\
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
\x20regardless of \
\x20regeln\
\x20reglas\
\x20regle\
\x20regler\
\x20regles\
\x20regole\
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
\x20reseller\
\x20reset\
\x20respect \
\x20respecting \
\x20respond as \
\x20respond with \
\x20restart as \
\x20restraint \
\x20restraints \
\x20restricao\
\x20restriccion\
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
\x20restrizioni\
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
\x20row access policies\
\x20row access policy\
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
\x20secret detection\
\x20secret scan\
\x20secretly\
\x20secrets\
\x20secrets \
\x20secrets scanner\
\x20secrets scanning\
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
\x20session policies\
\x20session policy\
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
\x20should not\
\x20shouldnt\
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
\x20statements \
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
\x20steps \
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
\x20supplier\
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
\x20talisman\
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
\x20third parties\
\x20third party\
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
\x20to se\
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
\x20trufflehog\
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
\x20two factor\
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
\x20useradmin\
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
\x20vendor\
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
\x20will not\
\x20will not apply to \
\x20will not bind \
\x20will not catch\
\x20will not concern \
\x20will not cover \
\x20will not detect\
\x20will not find out\
\x20will not fire on\
\x20will not flag\
\x20will not include \
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
\x20will not restrict \
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
\x20wont\
\x20wont apply to \
\x20wont bind \
\x20wont catch\
\x20wont concern \
\x20wont cover \
\x20wont detect\
\x20wont find out\
\x20wont fire on\
\x20wont flag\
\x20wont include \
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
\x20wont restrict \
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
\x20yolo mode \
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
add account\
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
all commands \
all lines \
all orders \
all the commands \
all the lines \
all the orders \
all the words \
all words \
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
are not \
are you\
are you authenticated with \
are you configured with \
are you connected with \
are you logged in with \
are you running with \
are you using \
arent \
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
asks about\
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
bash history\
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
bypass\
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
check\
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
cli history\
client secret\
comandi \
comandos \
come back as \
command\
command history\
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
confirm step\
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
console history\
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
create a new share\
create a share\
create an new share\
create an share\
create new share\
create share\
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
detach\
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
disable\
disable \
disable your \
disabling\
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
do not bother to ask\
do not bother to check with\
do not bother to checking with\
do not bother to confirm\
do not bother to double check\
do not bother to prompt\
do not bother to stop and ask\
do not bother to stop to ask\
do not bother to wait for\
do not bother to waiting for\
do not care about \
do not check with\
do not checking with\
do not confirm\
do not disclose \
do not double check\
do not enforce \
do not enforce your \
do not flag \
do not follow \
do not follow your \
do not get \
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
do not prompt\
do not record \
do not show\
do not show \
do not stop and ask\
do not stop to ask\
do not tell\
do not wait for\
do not waiting for\
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
dont bother ask\
dont bother check with\
dont bother checking with\
dont bother confirm\
dont bother double check\
dont bother prompt\
dont bother stop and ask\
dont bother stop to ask\
dont bother to ask\
dont bother to check with\
dont bother to checking with\
dont bother to confirm\
dont bother to double check\
dont bother to prompt\
dont bother to stop and ask\
dont bother to stop to ask\
dont bother to wait for\
dont bother to waiting for\
dont bother wait for\
dont bother waiting for\
dont bother with \
dont bother with your \
dont care about \
dont check with\
dont checking with\
dont confirm\
dont disclose \
dont double check\
dont enforce \
dont enforce your \
dont flag \
dont follow \
dont follow your \
dont get \
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
dont prompt\
dont record \
dont show\
dont show \
dont stop and ask\
dont stop to ask\
dont tell\
dont wait for\
dont waiting for\
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
dry run\
dude mode\
dump\
dump \
dumps \
e mail \
each thing \
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
every command \
every instruction \
every line \
every order \
every time\
every word \
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
external \
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
from history\
from my history\
from now on\
from scratch\
from the history\
from the system as \
from your \
from your developers as \
from your history\
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
future \
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
history c\
histsize 0\
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
if anyone \
if he are\
if he falls\
if he go\
if he is\
if he stays\
if my manager \
if people \
if reviewers \
if security \
if she are\
if she falls\
if she go\
if she is\
if she stays\
if somebody \
if someone \
if the reviewer \
if the user \
if they \
if you \
if you are \
if your user \
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
inherit\
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
is a dry run\
is a no op\
is a noop\
is done \
is no longer in effect\
is no longer valid\
is nothing\
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
later conversation\
later request\
later session\
later task\
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
lift\
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
loosen\
mail\
mail \
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
never confirm\
never disclose \
never double check\
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
never prompt\
never record \
never refuses\
never requests confirmation\
never show\
never show \
never stop and ask\
never stop to ask\
never supposed \
never tell\
never wait for\
never waiting for\
never warn\
nevermind \
nevermind your \
next instruction\
next time you \
ngrok\
niccolo machiavelli\
nie zwazaj na \
no \
no confirmation\
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
no need to check with\
no need to checking with\
no need to confirm\
no need to double check\
no need to follow \
no need to follow your \
no need to log\
no need to prompt\
no need to stop and ask\
no need to stop to ask\
no need to wait for\
no need to waiting for\
no questions asked\
no reason to \
no reason to ask\
no reason to check with\
no reason to checking with\
no reason to confirm\
no reason to double check\
no reason to prompt\
no reason to stop and ask\
no reason to stop to ask\
no reason to wait for\
no reason to waiting for\
no refusals\
no refusing\
no restrictions\
no restrictions mode\
no rules\
no safety warnings\
no time for \
nobody \
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
nopasswd\
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
ohne\
ohne \
olvida \
olvidate de \
olvide \
oma\
omega mode\
omi\
omit \
omit bit \
omit fact \
omit line \
omit part \
omit section \
omit step \
omit that bit \
omit that fact \
omit that line \
omit that part \
omit that section \
omit that step \
omit the bit \
omit the fact \
omit the line \
omit the part \
omit the section \
omit the step \
omit your \
on every\
once the user \
once they \
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
paste \
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
psql history\
psst for \
psst to \
public \
publish \
purge \
purpose is \
purpose now is \
push\
push \
put\
put aside \
put aside your \
queries \
query history\
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
reader account\
reading \
readline history\
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
relax\
reminder for \
reminder to \
remove\
remove \
removing\
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
retention time in days 0\
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
sans\
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
sem\
send\
send \
senza\
session token \
set +o history\
set aside \
set aside your \
set o history\
setup \
shall be\
share\
share \
shell history\
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
sin\
sinir\
sinirsiz \
sistem istemi\
sistem komut\
skip\
skip \
skip your \
skipping \
smernice\
smjernice\
snowsql history\
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
so there is no \
so there s no \
so there will be no \
so theres no \
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
sudoers\
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
suspend\
suspend your \
switch off\
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
take off\
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
terminal history\
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
the next time you\
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
turn off\
turn off your \
turning off your \
unaligned\
unannounced \
unassign\
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
unset\
unset histfile\
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
usage on \
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
was a dry run\
was a no op\
was a noop\
was nothing\
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
when anyone \
when in fact \
when no one is \
when somebody \
when someone \
when the user \
when they \
whenever\
whenever \
whenever you \
which\
while in fact \
while the user \
while they \
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
will not be \
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
wont be \
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
you do not need to check with\
you do not need to checking with\
you do not need to confirm\
you do not need to double check\
you do not need to prompt\
you do not need to stop and ask\
you do not need to stop to ask\
you do not need to wait for\
you do not need to waiting for\
you dont have to ask\
you dont need to ask\
you dont need to check with\
you dont need to checking with\
you dont need to confirm\
you dont need to double check\
you dont need to prompt\
you dont need to stop and ask\
you dont need to stop to ask\
you dont need to wait for\
you dont need to waiting for\
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
zsh history\
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
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 176, 189, 197, 206, 212, 219, 226, 234, 251, 269, 299, 307, 316, 334, 353, 368, 384, 397, 404, 421, 439, 445, 452, 470, 489, 498, 508, 520, 526, 533, 540, 548, 563, 578, 589, 604, 612, 625, 636, 644, 654, 665, 674, 686, 697, 705, 715, 724, 732, 744, 755, 768, 777, 792, 799, 813, 830, 845, 864, 880, 897, 918, 935, 946, 967, 985, 1002, 1016, 1023, 1030, 1044, 1060, 1078, 1089, 1101, 1116, 1129, 1140, 1148, 1162, 1171, 1183, 1186, 1190, 1201, 1214, 1229, 1237, 1246, 1258, 1268, 1276, 1281, 1288, 1297, 1307, 1314, 1327, 1331, 1344, 1355, 1369, 1381, 1390, 1405, 1418, 1429, 1443, 1457, 1466, 1482, 1496, 1511, 1520, 1536, 1546, 1556, 1572, 1589, 1601, 1610, 1626, 1640, 1655, 1675, 1690, 1713, 1727, 1738, 1751, 1760, 1771, 1779, 1793, 1808, 1824, 1832, 1838, 1850, 1859, 1872, 1881, 1891, 1898, 1906, 1914, 1923, 1941, 1960, 1972, 1981, 1991, 2010, 2030, 2046, 2063, 2081, 2100, 2107, 2115, 2126, 2137, 2152, 2169, 2177, 2190, 2202, 2210, 2220, 2233, 2243, 2268, 2279, 2289, 2298, 2309, 2330, 2347, 2370, 2389, 2401, 2413, 2422, 2433, 2447, 2456, 2473, 2493, 2517, 2537, 2551, 2561, 2571, 2586, 2605, 2625, 2639, 2654, 2670, 2689, 2712, 2731, 2744, 2748, 2756, 2765, 2776, 2784, 2790, 2804, 2814, 2823, 2833, 2848, 2858, 2869, 2877, 2886, 2905, 2915, 2923, 2937, 2954, 2973, 2982, 2991, 3008, 3016, 3024, 3031, 3035, 3041, 3053, 3067, 3077, 3088, 3098, 3113, 3127, 3140, 3150, 3167, 3183, 3195, 3202, 3215, 3230, 3242, 3253, 3269, 3284, 3298, 3309, 3327, 3337, 3349, 3362, 3381, 3393, 3406, 3417, 3426, 3440, 3450, 3461, 3468, 3482, 3491, 3500, 3515, 3529, 3537, 3552, 3564, 3577, 3589, 3600, 3608, 3623, 3635, 3650, 3659, 3667, 3676, 3687, 3695, 3702, 3707, 3714, 3727, 3742, 3755, 3765, 3773, 3783, 3794, 3812, 3832, 3854, 3869, 3885, 3904, 3921, 3936, 3948, 3956, 3965, 3972, 3979, 3987, 3993, 3999, 4016, 4029, 4055, 4086, 4113, 4145, 4152, 4160, 4166, 4173, 4184, 4194, 4211, 4220, 4229, 4239, 4252, 4260, 4272, 4291, 4315, 4337, 4352, 4364, 4376, 4389, 4414, 4428, 4438, 4450, 4463, 4473, 4484, 4492, 4503, 4514, 4525, 4536, 4547, 4560, 4574, 4588, 4602, 4616, 4630, 4646, 4652, 4657, 4665, 4674, 4682, 4694, 4702, 4710, 4718, 4722, 4730, 4736, 4744, 4752, 4759, 4767, 4782, 4806, 4824, 4836, 4854, 4876, 4894, 4910, 4922, 4935, 4947, 4960, 4972, 4988, 5001, 5016, 5030, 5044, 5059, 5070, 5083, 5095, 5111, 5128, 5143, 5155, 5164, 5186, 5206, 5211, 5219, 5229, 5240, 5249, 5260, 5271, 5283, 5291, 5304, 5321, 5325, 5330, 5342, 5356, 5372, 5381, 5391, 5404, 5415, 5424, 5432, 5443, 5449, 5459, 5469, 5480, 5492, 5507, 5525, 5533, 5545, 5554, 5566, 5580, 5594, 5610, 5617, 5625, 5633, 5641, 5653, 5665, 5677, 5690, 5702, 5727, 5739, 5753, 5762, 5772, 5783, 5798, 5813, 5828, 5843, 5858, 5875, 5894, 5906, 5920, 5934, 5941, 5948, 5964, 5978, 5993, 6010, 6026, 6039, 6052, 6064, 6079, 6095, 6113, 6131, 6146, 6163, 6175, 6188, 6207, 6216, 6224, 6233, 6243, 6252, 6265, 6279, 6295, 6310, 6322, 6334, 6345, 6359, 6374, 6389, 6404, 6421, 6438, 6452, 6468, 6479, 6491, 6506, 6524, 6535, 6547, 6561, 6574, 6584, 6594, 6603, 6615, 6628, 6641, 6654, 6669, 6684, 6696, 6710, 6719, 6729, 6742, 6758, 6774, 6779, 6783, 6790, 6802, 6809, 6817, 6825, 6833, 6841, 6849, 6866, 6876, 6885, 6897, 6907, 6921, 6926, 6934, 6943, 6953, 6959, 6967, 6974, 6982, 6991, 7000, 7007, 7015, 7027, 7038, 7050, 7058, 7065, 7073, 7080, 7092, 7101, 7112, 7119, 7127, 7137, 7143, 7150, 7157, 7165, 7176, 7190, 7199, 7209, 7222, 7230, 7245, 7259, 7271, 7287, 7300, 7316, 7344, 7351, 7359, 7373, 7388, 7404, 7421, 7436, 7453, 7466, 7480, 7495, 7510, 7521, 7533, 7553, 7576, 7595, 7614, 7628, 7641, 7653, 7661, 7680, 7690, 7700, 7718, 7738, 7757, 7776, 7794, 7809, 7825, 7837, 7850, 7861, 7870, 7882, 7891, 7906, 7918, 7934, 7947, 7955, 7964, 7977, 7988, 7999, 8010, 8022, 8035, 8043, 8056, 8070, 8092, 8115, 8138, 8152, 8167, 8179, 8192, 8206, 8213, 8220, 8236, 8254, 8274, 8287, 8301, 8318, 8333, 8346, 8352, 8365, 8373, 8386, 8400, 8413, 8421, 8430, 8442, 8454, 8467, 8481, 8492, 8504, 8517, 8529, 8542, 8551, 8561, 8570, 8600, 8628, 8633, 8650, 8662, 8668, 8681, 8695, 8709, 8719, 8726, 8744, 8761, 8773, 8784, 8795, 8812, 8823, 8831, 8843, 8857, 8869, 8881, 8889, 8898, 8907, 8920, 8935, 8949, 8958, 8966, 8974, 8988, 8998, 9008, 9019, 9030, 9042, 9053, 9065, 9077, 9087, 9098, 9108, 9121, 9138, 9153, 9162, 9185, 9203, 9222, 9239, 9247, 9256, 9264, 9271, 9282, 9298, 9309, 9326, 9335, 9346, 9350, 9362, 9371, 9388, 9402, 9416, 9437, 9455, 9473, 9494, 9511, 9520, 9535, 9546, 9554, 9565, 9578, 9588, 9600, 9608, 9619, 9628, 9639, 9650, 9662, 9668, 9675, 9685, 9696, 9705, 9717, 9727, 9740, 9755, 9767, 9775, 9792, 9805, 9829, 9860, 9873, 9887, 9900, 9913, 9929, 9943, 9957, 9971, 9987, 10002, 10014, 10030, 10045, 10057, 10084, 10095, 10111, 10125, 10140, 10155, 10170, 10187, 10204, 10218, 10232, 10248, 10265, 10281, 10299, 10315, 10333, 10345, 10359, 10370, 10382, 10397, 10415, 10431, 10449, 10456, 10467, 10478, 10489, 10500, 10511, 10524, 10537, 10550, 10563, 10576, 10589, 10604, 10618, 10639, 10664, 10684, 10704, 10728, 10754, 10784, 10809, 10834, 10863, 10887, 10912, 10941, 10965, 10989, 11017, 11040, 11063, 11090, 11112, 11134, 11160, 11181, 11207, 11237, 11262, 11287, 11316, 11340, 11364, 11392, 11415, 11438, 11465, 11487, 11514, 11545, 11571, 11597, 11627, 11652, 11671, 11699, 11731, 11758, 11785, 11816, 11842, 11868, 11898, 11923, 11948, 11977, 12001, 12024, 12051, 12073, 12095, 12121, 12149, 12181, 12208, 12235, 12266, 12292, 12319, 12350, 12376, 12402, 12432, 12457, 12482, 12511, 12535, 12559, 12587, 12610, 12638, 12670, 12697, 12724, 12755, 12781, 12807, 12837, 12862, 12887, 12916, 12940, 12969, 13002, 13030, 13058, 13090, 13117, 13138, 13168, 13202, 13231, 13260, 13293, 13321, 13349, 13381, 13408, 13435, 13466, 13492, 13502, 13521, 13536, 13557, 13572, 13590, 13606, 13622, 13640, 13657, 13671, 13688, 13703, 13721, 13735, 13750, 13763, 13780, 13796, 13813, 13830, 13847, 13866, 13885, 13901, 13919, 13938, 13951, 13965, 13982, 14002, 14023, 14048, 14068, 14088, 14112, 14138, 14168, 14193, 14218, 14247, 14271, 14296, 14325, 14349, 14373, 14401, 14424, 14447, 14474, 14496, 14518, 14544, 14565, 14591, 14621, 14646, 14671, 14700, 14724, 14748, 14776, 14799, 14822, 14849, 14871, 14898, 14929, 14955, 14981, 15011, 15036, 15055, 15083, 15115, 15142, 15169, 15200, 15226, 15252, 15282, 15307, 15332, 15361, 15385, 15393, 15410, 15423, 15442, 15455, 15471, 15485, 15499, 15515, 15530, 15542, 15557, 15570, 15586, 15598, 15611, 15622, 15637, 15651, 15666, 15681, 15696, 15713, 15730, 15744, 15760, 15777, 15788, 15800, 15815, 15833, 15839, 15854, 15865, 15887, 15916, 15927, 15939, 15950, 15961, 15975, 15987, 15999, 16011, 16025, 16038, 16048, 16062, 16075, 16085, 16110, 16119, 16132, 16146, 16158, 16171, 16184, 16197, 16212, 16227, 16239, 16251, 16265, 16280, 16294, 16310, 16324, 16340, 16350, 16362, 16371, 16381, 16394, 16410, 16424, 16440, 16446, 16460, 16470, 16482, 16493, 16504, 16514, 16524, 16534, 16549, 16558, 16572, 16587, 16592, 16598, 16606, 16618, 16636, 16657, 16682, 16703, 16718, 16726, 16735, 16741, 16757, 16767, 16773, 16780, 16796, 16803, 16812, 16823, 16832, 16841, 16850, 16861, 16867, 16876, 16885, 16894, 16898, 16903, 16911, 16920, 16930, 16942, 16955, 16965, 16972, 16981, 16991, 17004, 17018, 17025, 17033, 17040, 17055, 17067, 17081, 17093, 17108, 17122, 17135, 17146, 17159, 17172, 17188, 17203, 17214, 17231, 17242, 17261, 17283, 17309, 17331, 17347, 17364, 17376, 17388, 17409, 17431, 17447, 17464, 17470, 17477, 17486, 17497, 17516, 17536, 17551, 17569, 17587, 17610, 17618, 17631, 17642, 17652, 17664, 17670, 17685, 17694, 17702, 17709, 17717, 17726, 17736, 17750, 17765, 17781, 17794, 17807, 17819, 17834, 17850, 17868, 17886, 17901, 17918, 17930, 17943, 17962, 17977, 17993, 18010, 18024, 18038, 18051, 18067, 18084, 18103, 18122, 18138, 18156, 18169, 18183, 18203, 18208, 18214, 18220, 18227, 18235, 18243, 18251, 18260, 18267, 18286, 18306, 18313, 18333, 18340, 18360, 18368, 18389, 18410, 18418, 18425, 18447, 18456, 18465, 18472, 18485, 18496, 18507, 18515, 18528, 18539, 18549, 18560, 18578, 18590, 18609, 18624, 18632, 18644, 18657, 18665, 18673, 18686, 18695, 18702, 18710, 18721, 18730, 18742, 18753, 18759, 18774, 18786, 18798, 18810, 18823, 18835, 18847, 18862, 18872, 18891, 18910, 18926, 18942, 18960, 18979, 18995, 19013, 19032, 19047, 19058, 19077, 19097, 19116, 19125, 19133, 19143, 19154, 19162, 19168, 19180, 19194, 19206, 19215, 19230, 19248, 19268, 19289, 19300, 19311, 19321, 19326, 19338, 19353, 19370, 19379, 19395, 19404, 19409, 19421, 19430, 19436, 19448, 19462, 19474, 19483, 19490, 19503, 19518, 19533, 19548, 19563, 19578, 19595, 19600, 19618, 19636, 19654, 19672, 19690, 19710, 19724, 19729, 19743, 19755, 19767, 19780, 19789, 19797, 19804, 19813, 19821, 19829, 19835, 19842, 19853, 19864, 19880, 19891, 19903, 19912, 19928, 19945, 19956, 19968, 19984, 20001, 20009, 20017, 20032, 20051, 20059, 20065, 20072, 20078, 20085, 20105, 20114, 20123, 20137, 20142, 20150, 20164, 20178, 20191, 20211, 20223, 20246, 20269, 20291, 20312, 20334, 20354, 20367, 20381, 20396, 20407, 20418, 20428, 20435, 20445, 20453, 20464, 20469, 20475, 20482, 20487, 20497, 20506, 20519, 20531, 20544, 20556, 20566, 20575, 20584, 20597, 20611, 20624, 20635, 20645, 20655, 20666, 20682, 20696, 20712, 20725, 20739, 20748, 20752, 20763, 20777, 20795, 20809, 20817, 20824, 20832, 20840, 20849, 20856, 20866, 20875, 20880, 20893, 20913, 20919, 20939, 20957, 20975, 20982, 20991, 20999, 21008, 21015, 21031, 21037, 21048, 21056, 21065, 21076, 21088, 21099, 21110, 21119, 21134, 21149, 21165, 21180, 21191, 21197, 21207, 21218, 21231, 21243, 21256, 21265, 21290, 21316, 21340, 21363, 21385, 21410, 21433, 21455, 21477, 21497, 21517, 21536, 21557, 21577, 21589, 21607, 21627, 21645, 21660, 21672, 21690, 21709, 21722, 21736, 21757, 21776, 21799, 21821, 21843, 21864, 21882, 21901, 21921, 21942, 21953, 21967, 21980, 21994, 22005, 22012, 22033, 22041, 22050, 22061, 22070, 22079, 22089, 22097, 22105, 22116, 22126, 22137, 22146, 22154, 22166, 22179, 22190, 22207, 22224, 22240, 22255, 22281, 22307, 22332, 22356, 22381, 22404, 22420, 22434, 22449, 22458, 22469, 22483, 22496, 22515, 22526, 22543, 22552, 22562, 22576, 22584, 22601, 22618, 22626, 22641, 22649, 22665, 22672, 22678, 22693, 22708, 22714, 22737, 22759, 22779, 22798, 22818, 22839, 22858, 22867, 22877, 22886, 22891, 22898, 22910, 22924, 22936, 22946, 22957, 22970, 22982, 22997, 23009, 23022, 23030, 23041, 23052, 23060, 23079, 23089, 23100, 23109, 23119, 23131, 23135, 23144, 23154, 23159, 23165, 23172, 23189, 23195, 23211, 23223, 23231, 23236, 23245, 23252, 23259, 23264, 23270, 23276, 23288, 23293, 23299, 23314, 23325, 23334, 23343, 23349, 23355, 23361, 23366, 23377, 23387, 23397, 23406, 23412, 23428, 23438, 23444, 23451, 23460, 23466, 23473, 23484, 23497, 23508, 23519, 23531, 23544, 23551, 23559, 23566, 23573, 23581, 23593, 23599, 23607, 23618, 23632, 23643, 23648, 23660, 23674, 23690, 23699, 23709, 23722, 23733, 23742, 23748, 23755, 23768, 23784, 23799, 23807, 23822, 23831, 23845, 23859, 23868, 23880, 23889, 23899, 23905, 23914, 23923, 23934, 23945, 23951, 23966, 23982, 23995, 24009, 24022, 24037, 24045, 24054, 24061, 24065, 24070, 24077, 24084, 24092, 24112, 24132, 24141, 24152, 24167, 24180, 24197, 24210, 24227, 24239, 24257, 24277, 24297, 24307, 24315, 24336, 24348, 24352, 24362, 24370, 24378, 24383, 24389, 24404, 24416, 24429, 24442, 24466, 24488, 24503, 24521, 24537, 24548, 24556, 24570, 24576, 24583, 24597, 24613, 24631, 24642, 24654, 24669, 24682, 24693, 24701, 24720, 24731, 24746, 24756, 24764, 24771, 24784, 24798, 24812, 24827, 24833, 24841, 24851, 24864, 24874, 24885, 24891, 24900, 24909, 24921, 24938, 24948, 24960, 24970, 24980, 24991, 25003, 25015, 25024, 25037, 25043, 25058, 25067, 25077, 25086, 25093, 25100, 25110, 25117, 25134, 25149, 25162, 25169, 25185, 25208, 25238, 25250, 25263, 25275, 25287, 25302, 25315, 25328, 25343, 25357, 25368, 25383, 25399, 25415, 25429, 25440, 25455, 25481, 25491, 25503, 25517, 25532, 25545, 25559, 25573, 25587, 25603, 25619, 25632, 25645, 25659, 25674, 25689, 25704, 25721, 25736, 25753, 25767, 25778, 25791, 25801, 25812, 25826, 25843, 25858, 25875, 25886, 25898, 25904, 25910, 25927, 25939, 25953, 25965, 25975, 25989, 26003, 26020, 26035, 26050, 26060, 26071, 26085, 26095, 26106, 26120, 26135, 26145, 26156, 26176, 26196, 26218, 26243, 26259, 26270, 26282, 26300, 26317, 26334, 26352, 26371, 26389, 26409, 26431, 26451, 26473, 26489, 26507, 26527, 26549, 26561, 26574, 26586, 26596, 26610, 26626, 26635, 26651, 26661, 26678, 26693, 26705, 26721, 26734, 26745, 26760, 26772, 26786, 26800, 26816, 26835, 26843, 26859, 26876, 26897, 26914, 26921, 26929, 26940, 26953, 26963, 26973, 26987, 26992, 26998, 27007, 27017, 27027, 27039, 27049, 27063, 27075, 27085, 27104, 27113, 27121, 27128, 27137, 27141, 27146, 27156, 27168, 27176, 27184, 27193, 27202, 27211, 27219, 27235, 27248, 27271, 27291, 27311, 27331, 27354, 27381, 27405, 27429, 27453, 27480, 27489, 27497, 27509, 27519, 27529, 27546, 27557, 27575, 27589, 27596, 27605, 27611, 27623, 27636, 27644, 27655, 27663, 27672, 27683, 27693, 27704, 27732, 27749, 27761, 27778, 27793, 27809, 27824, 27837, 27849, 27861, 27873, 27886, 27895, 27904, 27913, 27925, 27932, 27940, 27953, 27957, 27966, 27976, 27992, 28002, 28020, 28031, 28044, 28056, 28069, 28082, 28092, 28100, 28109, 28117, 28126, 28136, 28144, 28155, 28160, 28172, 28191, 28204, 28224, 28240, 28249, 28258, 28268, 28282, 28293, 28305, 28315, 28326, 28338, 28348, 28359, 28369, 28379, 28390, 28398, 28405, 28414, 28422, 28441, 28449, 28467, 28476, 28486, 28504, 28520, 28530, 28541, 28550, 28560, 28572, 28579, 28588, 28595, 28616, 28625, 28636, 28649, 28663, 28676, 28687, 28697, 28707, 28718, 28728, 28738, 28749, 28761, 28773, 28786, 28805, 28822, 28834, 28843, 28854, 28867, 28881, 28894, 28905, 28915, 28925, 28933, 28943, 28954, 28963, 28973, 28982, 28991, 28995, 29002, 29017, 29029, 29040, 29046, 29064, 29087, 29105, 29123, 29139, 29151, 29157, 29179, 29192, 29207, 29222, 29231, 29241, 29248, 29256, 29269, 29275, 29294, 29311, 29323, 29337, 29344, 29359, 29368, 29378, 29386, 29397, 29411, 29429, 29438, 29448, 29459, 29475, 29484, 29494, 29503, 29515, 29531, 29540, 29553, 29567, 29577, 29592, 29607, 29619, 29626, 29635, 29642, 29651, 29661, 29675, 29684, 29693, 29705, 29718, 29729, 29741, 29753, 29765, 29775, 29783, 29792, 29810, 29830, 29848, 29863, 29875, 29882, 29890, 29908, 29927, 29945, 29963, 29981, 29993, 30012, 30027, 30044, 30056, 30068, 30084, 30100, 30106, 30113, 30121, 30134, 30141, 30147, 30163, 30168, 30179, 30192, 30203, 30211, 30226, 30233, 30242, 30248, 30257, 30269, 30283, 30295, 30303, 30312, 30324, 30335, 30347, 30359, 30369, 30380, 30396, 30406, 30413, 30422, 30429, 30439, 30445, 30453, 30463, 30474, 30484, 30500, 30510, 30521, 30529, 30545, 30562, 30578, 30589, 30599, 30609, 30625, 30640, 30647, 30654, 30660, 30667, 30674, 30681, 30688, 30695, 30712, 30728, 30739, 30749, 30759, 30775, 30783, 30797, 30812, 30833, 30841, 30849, 30871, 30881, 30890, 30899, 30909, 30920, 30930, 30942, 30950, 30968, 30979, 30987, 31003, 31020, 31036, 31050, 31063, 31076, 31089, 31099, 31109, 31118, 31124, 31133, 31145, 31157, 31171, 31183, 31194, 31206, 31216, 31228, 31242, 31253, 31267, 31279, 31290, 31302, 31315, 31328, 31342, 31357, 31371, 31385, 31397, 31408, 31416, 31424, 31432, 31443, 31451, 31462, 31479, 31486, 31494, 31506, 31513, 31521, 31541, 31548, 31554, 31574, 31581, 31595, 31608, 31615, 31622, 31629, 31649, 31667, 31672, 31677, 31688, 31700, 31706, 31713, 31731, 31743, 31757, 31776, 31789, 31803, 31811, 31820, 31829, 31839, 31846, 31854, 31866, 31879, 31896, 31903, 31910, 31919, 31925, 31940, 31957, 31972, 31984, 31993, 32002, 32012, 32023, 32034, 32046, 32054, 32063, 32073, 32079, 32085, 32093, 32098, 32118, 32137, 32151, 32164, 32177, 32196, 32205, 32213, 32219, 32229, 32238, 32247, 32257, 32268, 32286, 32293, 32300, 32307, 32315, 32332, 32344, 32353, 32361, 32370, 32386, 32403, 32412, 32422, 32439, 32453, 32461, 32469, 32474, 32480, 32487, 32493, 32500, 32508, 32515, 32522, 32532, 32544, 32558, 32570, 32579, 32589, 32596, 32603, 32611, 32619, 32628, 32645, 32660, 32674, 32686, 32698, 32711, 32724, 32739, 32754, 32769, 32785, 32801, 32819, 32830, 32846, 32862, 32879, 32896, 32915, 32927, 32935, 32951, 32967, 32984, 33001, 33020, 33032, 33045, 33061, 33071, 33080, 33090, 33096, 33103, 33110, 33117, 33125, 33131, 33140, 33148, 33159, 33168, 33174, 33186, 33195, 33213, 33234, 33252, 33261, 33271, 33282, 33291, 33299, 33314, 33322, 33331, 33341, 33353, 33358, 33363, 33369, 33379, 33389, 33401, 33412, 33423, 33435, 33448, 33458, 33468, 33480, 33494, 33510, 33524, 33540, 33550, 33562, 33572, 33584, 33598, 33614, 33624, 33638, 33652, 33666, 33680, 33694, 33710, 33716, 33722, 33733, 33740, 33763, 33773, 33787, 33802, 33812, 33825, 33837, 33847, 33857, 33862, 33866, 33871, 33880, 33891, 33904, 33919, 33931, 33945, 33962, 33971, 33986, 33999, 34011, 34026, 34047, 34063, 34082, 34100, 34124, 34143, 34167, 34192, 34217, 34238, 34260, 34282, 34288, 34304, 34318, 34325, 34335, 34345, 34358, 34364, 34370, 34382, 34393, 34404, 34416, 34432, 34445, 34459, 34471, 34485, 34501, 34515, 34531, 34541, 34553, 34567, 34583, 34593, 34604, 34612, 34622, 34634, 34646, 34659, 34672, 34684, 34695, 34706, 34718, 34735, 34750, 34759, 34768, 34777, 34787, 34799, 34811, 34822, 34834, 34847, 34866, 34883, 34889, 34898, 34913, 34932, 34946, 34953, 34968, 34985, 35004, 35024, 35039, 35055, 35067, 35080, 35096, 35110, 35125, 35138, 35150, 35168, 35184, 35197, 35208, 35225, 35247, 35257, 35280, 35289, 35298, 35305, 35319, 35335, 35349, 35360, 35369, 35375, 35387, 35401, 35413, 35422, 35432, 35441, 35448, 35460, 35465, 35470, 35476, 35494, 35513, 35529, 35540, 35552, 35561, 35571, 35581, 35592, 35612, 35633, 35644, 35656, 35677, 35699, 35717, 35736, 35756, 35777, 35786, 35796, 35807, 35819, 35836, 35847, 35862, 35883, 35899, 35914, 35932, 35958, 35977, 35998, 36018, 36039, 36060, 36078, 36098, 36126, 36147, 36170, 36192, 36215, 36238, 36258, 36270, 36280, 36291, 36299, 36308, 36317, 36327, 36346, 36366, 36377, 36387, 36398, 36415, 36431, 36451, 36472, 36489, 36507, 36522, 36536, 36557, 36577, 36588, 36607, 36627, 36635, 36644, 36655, 36667, 36678, 36694, 36712, 36721, 36735, 36748, 36759, 36773, 36785, 36794, 36808, 36820, 36833, 36846, 36857, 36876, 36887, 36899, 36908, 36918, 36930, 36948, 36963, 36978, 36993, 37011, 37033, 37052, 37071, 37090, 37112, 37122, 37133, 37153, 37174, 37188, 37199, 37211, 37224, 37245, 37267, 37285, 37304, 37318, 37332, 37344, 37364, 37385, 37394, 37404, 37415, 37427, 37436, 37442, 37454, 37466, 37477, 37487, 37508, 37529, 37549, 37568, 37588, 37606, 37617, 37626, 37632, 37648, 37661, 37668, 37683, 37695, 37704, 37714, 37726, 37733, 37740, 37748, 37754, 37760, 37772, 37785, 37791, 37797, 37806, 37814, 37827, 37837, 37854, 37871, 37882, 37895, 37903, 37912, 37923, 37941, 37955, 37961, 37968, 37977, 37983, 37990, 37997, 38005, 38011, 38023, 38037, 38049, 38058, 38068, 38073, 38079, 38086, 38095, 38103, 38112, 38122, 38138, 38154, 38169, 38183, 38208, 38233, 38257, 38280, 38304, 38326, 38341, 38354, 38366, 38375, 38385, 38401, 38420, 38439, 38457, 38474, 38502, 38530, 38557, 38583, 38610, 38635, 38653, 38669, 38678, 38688, 38699, 38706, 38714, 38723, 38733, 38747, 38765, 38776, 38786, 38798, 38809, 38822, 38828, 38839, 38849, 38855, 38873, 38889, 38901, 38913, 38929, 38947, 38960, 38972, 38982, 38989, 38997, 39007, 39017, 39029, 39043, 39062, 39069, 39086, 39096, 39106, 39114, 39118, 39123, 39150, 39159, 39170, 39182, 39193, 39202, 39210, 39218, 39228, 39250, 39262, 39275, 39287, 39297, 39306, 39315, 39325, 39331, 39339, 39347, 39353, 39359, 39370, 39376, 39386, 39396, 39408, 39421, 39431, 39442, 39459, 39465, 39472, 39491, 39498, 39508, 39530, 39556, 39582, 39590, 39606, 39630, 39640, 39650, 39664, 39678, 39683, 39692, 39701, 39709, 39720, 39732, 39746, 39760, 39770, 39783, 39790, 39797, 39806, 39814, 39821, 39827, 39836, 39845, 39853, 39860, 39876, 39895, 39903, 39913, 39922, 39932, 39940, 39955, 39968, 39979, 39995, 40007, 40020, 40030, 40049, 40066, 40081, 40101, 40117, 40134, 40147, 40166, 40186, 40200, 40215, 40221, 40234, 40250, 40270, 40286, 40296, 40306, 40323, 40343, 40367, 40387, 40401, 40407, 40414, 40421, 40428, 40439, 40452, 40463, 40467, 40472, 40478, 40495, 40504, 40523, 40538, 40553, 40571, 40587, 40603, 40621, 40638, 40652, 40670, 40684, 40697, 40713, 40730, 40747, 40764, 40783, 40802, 40818, 40836, 40855, 40868, 40882, 40899, 40919, 40929, 40935, 40941, 40947, 40965, 40980, 40988, 40997, 41011, 41020, 41031, 41041, 41051, 41060, 41072, 41087, 41101, 41115, 41130, 41146, 41161, 41178, 41197, 41214, 41233, 41246, 41261, 41278, 41297, 41309, 41314, 41329, 41340, 41351, 41365, 41377, 41389, 41403, 41416, 41426, 41440, 41450, 41459, 41471, 41484, 41497, 41510, 41525, 41540, 41552, 41566, 41581, 41590, 41600, 41613, 41629, 41635, 41644, 41659, 41674, 41681, 41688, 41701, 41716, 41729, 41739, 41751, 41765, 41771, 41784, 41799, 41812, 41822, 41834, 41839, 41850, 41854, 41863, 41884, 41898, 41910, 41921, 41933, 41943, 41950, 41961, 41974, 41982, 41991, 42008, 42017, 42027, 42041, 42056, 42076, 42090, 42103, 42116, 42128, 42137, 42147, 42163, 42176, 42194, 42202, 42215, 42229, 42240, 42253, 42270, 42283, 42292, 42302, 42317, 42333, 42347, 42356, 42362, 42375, 42388, 42400, 42411, 42426, 42445, 42464, 42481, 42492, 42506, 42517, 42531, 42547, 42558, 42573, 42589, 42605, 42618, 42632, 42644, 42660, 42678, 42693, 42710, 42721, 42734, 42748, 42763, 42778, 42788, 42806, 42821, 42836, 42846, 42860, 42877, 42888, 42899, 42910, 42923, 42942, 42955, 42970, 42985, 42998, 43009, 43026, 43043, 43060, 43075, 43094, 43105, 43117, 43134, 43141, 43150, 43160, 43172, 43183, 43195, 43212, 43223, 43238, 43245, 43257, 43275, 43293, 43310, 43326, 43353, 43380, 43406, 43431, 43457, 43481, 43498, 43513, 43518, 43526, 43539, 43553, 43564, 43572, 43590, 43603, 43614, 43627, 43642, 43653, 43665, 43688, 43711, 43724, 43738, 43751, 43765, 43790, 43815, 43830, 43856, 43871, 43882, 43895, 43909, 43921, 43933, 43948, 43954, 43962, 43975, 43986, 43991, 44000, 44015, 44033, 44046, 44056, 44068, 44079, 44089, 44095, 44103, 44122, 44147, 44165, 44185, 44205, 44231, 44250, 44271, 44281, 44294, 44308, 44320, 44324, 44331, 44344, 44358, 44369, 44379, 44396, 44414, 44429, 44448, 44463, 44477, 44486, 44495, 44513, 44530, 44552, 44569, 44580, 44605, 44630, 44649, 44672, 44682, 44698, 44715, 44729, 44749, 44770, 44788, 44810, 44828, 44835, 44844, 44855, 44860, 44873, 44884, 44902, 44915, 44932, 44945, 44966, 44985, 45011, 45032, 45057, 45078, 45084, 45098, 45116, 45130, 45146, 45159, 45168, 45172, 45182, 45195, 45205, 45216, 45233, 45247, 45262, 45276, 45286, 45295, 45305, 45316, 45328, 45337, 45347, 45359, 45369, 45380, 45388, 45398, 45434, 45440, 45451, 45464, 45479, 45493, 45509, 45517, 45526, 45536, 45544, 45553, 45563, 45575, 45586, 45595, 45605, 45613, 45622, 45630, 45637, 45647, 45660, 45677, 45689, 45711, 45726, 45741, 45758, 45768, 45776, 45788, 45792, 45800, 45809, 45816, 45822, 45831, 45838, 45848, 45855, 45863, 45872, 45882, 45890, 45907, 45923, 45944, 45960, 45970, 45994, 46018, 46036, 46058, 46069, 46077, 46086, 46100, 46113, 46126, 46139, 46152, 46166, 46178, 46194, 46209, 46229, 46242, 46259, 46268, 46281, 46293, 46301, 46309, 46317, 46327, 46336, 46339, 46348, 46371, 46390, 46398, 46405, 46432, 46456, 46479, 46502, 46523, 46537, 46543, 46551, 46566, 46576, 46588, 46602, 46615, 46626, 46637, 46655, 46668, 46683, 46700, 46716, 46730, 46741, 46759, 46772, 46787, 46804, 46820, 46834, 46843, 46854, 46867, 46882, 46892, 46909, 46921, 46935, 46951, 46966, 46979, 46987, 46997, 47007, 47028, 47051, 47071, 47078, 47087, 47096, 47101, 47111, 47121, 47130, 47141, 47149, 47168, 47193, 47211, 47231, 47238, 47241, 47247, 47256, 47265, 47271, 47279, 47287, 47294, 47300, 47305, 47312, 47319, 47326, 47338, 47341, 47347, 47360, 47366, 47373, 47386, 47400, 47411, 47428, 47446, 47461, 47480, 47495, 47504, 47512, 47518, 47525, 47540, 47555, 47567, 47577, 47590, 47607, 47619, 47629, 47635, 47646, 47653, 47663, 47672, 47683, 47688, 47695, 47710, 47727, 47741, 47751, 47762, 47768, 47781, 47797, 47804, 47815, 47825, 47837, 47854, 47865, 47874, 47884, 47894, 47900, 47907, 47919, 47929, 47944, 47956, 47959, 47963, 47975, 47988, 48000, 48021, 48041, 48066, 48086, 48100, 48128, 48156, 48178, 48204, 48214, 48225, 48237, 48254, 48268, 48275, 48285, 48293, 48306, 48327, 48350, 48370, 48383, 48393, 48407, 48416, 48421, 48435, 48446, 48463, 48473, 48483, 48495, 48510, 48521, 48537, 48556, 48560, 48570, 48581, 48590, 48602, 48613, 48624, 48630, 48637, 48646, 48657, 48670, 48678, 48687, 48700, 48707, 48722, 48730, 48739, 48746, 48756, 48782, 48807, 48836, 48850, 48864, 48887, 48914, 48941, 48972, 48997, 49018, 49049, 49079, 49113, 49141, 49173, 49205, 49241, 49271, 49297, 49327, 49351, 49373, 49400, 49431, 49454, 49479, 49501, 49528, 49547, 49569, 49585, 49602, 49632, 49662, 49684, 49708, 49734, 49762, 49773, 49785, 49798, 49811, 49818, 49832, 49844, 49856, 49876, 49892, 49911, 49928, 49941, 49958, 49967, 49979, 49989, 50000, 50021, 50039, 50051, 50068, 50082, 50096, 50124, 50151, 50166, 50177, 50189, 50196, 50210, 50221, 50237, 50251, 50266, 50286, 50298, 50305, 50320, 50332, 50347, 50366, 50380, 50391, 50407, 50429, 50438, 50450, 50462, 50473, 50483, 50493, 50505, 50516, 50527, 50532, 50536, 50541, 50549, 50566, 50573, 50585, 50602, 50613, 50625, 50635, 50653, 50668, 50682, 50693, 50700, 50709, 50717, 50735, 50749, 50768, 50783, 50799, 50811, 50822, 50829, 50839, 50850, 50862, 50871, 50875, 50878, 50892, 50900, 50909, 50921, 50932, 50945, 50949, 50954, 50977, 50996, 51012, 51030, 51039, 51047, 51054, 51062, 51079, 51093, 51106, 51116, 51128, 51133, 51143, 51149, 51156, 51167, 51180, 51191, 51202, 51209, 51215, 51227, 51236, 51258, 51265, 51271, 51280, 51290, 51309, 51331, 51348, 51362, 51376, 51392, 51407, 51421, 51436, 51443, 51451, 51460, 51470, 51479, 51489, 51500, 51509, 51519, 51534, 51544, 51555, 51563, 51574, 51586, 51596, 51607, 51617, 51624, 51632, 51645, 51654, 51669, 51680, 51688, 51701, 51712, 51724, 51732, 51745, 51753, 51766, 51778, 51788, 51803, 51816, 51834, 51840, 51851, 51854, 51869, 51883, 51897, 51913, 51928, 51943, 51956, 51968, 51980, 51994, 52007, 52020, 52036, 52051, 52066, 52080, 52093, 52106, 52122, 52129, 52141, 52153, 52163, 52175, 52195, 52222, 52252, 52276, 52305, 52328, 52357, 52385, 52410, 52438, 52456, 52473, 52493, 52507, 52523, 52542, 52557, 52577, 52589, 52603, 52622, 52633, 52648, 52661, 52671, 52683, 52693, 52704, 52717, 52731, 52748, 52771, 52796, 52821, 52841, 52854, 52866, 52883, 52896, 52910, 52921, 52933, 52952, 52970, 52981, 52996, 53014, 53025, 53044, 53054, 53073, 53091, 53114, 53132, 53144, 53170, 53196, 53216, 53240, 53247, 53253, 53261, 53274, 53288, 53303, 53315, 53328, 53333, 53343, 53353, 53361, 53371, 53386, 53408, 53433, 53452, 53476, 53494, 53518, 53541, 53559, 53584, 53612, 53634, 53661, 53682, 53709, 53735, 53758, 53784, 53804, 53827, 53844, 53866, 53882, 53897, 53915, 53927, 53941, 53958, 53971, 53989, 53999, 54011, 54028, 54037, 54050, 54061, 54069, 54079, 54087, 54096, 54107, 54119, 54134, 54155, 54178, 54201, 54219, 54230, 54240, 54255, 54266, 54278, 54287, 54297, 54314, 54330, 54339, 54352, 54368, 54377, 54394, 54397, 54401, 54406, 54419, 54428, 54439, 54449, 54459, 54468, 54477, 54486, 54500, 54507, 54514, 54523, 54527, 54532, 54538, 54545, 54556, 54565, 54572, 54589, 54609, 54624, 54636, 54650, 54663, 54675, 54682, 54688, 54694, 54701, 54709, 54719, 54729, 54738, 54746, 54754, 54762, 54768, 54776, 54785, 54793, 54800, 54808, 54817, 54825, 54833, 54852, 54867, 54885, 54905, 54918, 54924, 54931, 54937, 54948, 54961, 54967, 54978, 54992, 55010, 55021, 55033, 55043, 55054, 55065, 55075, 55086, 55090, 55095, 55104, 55113, 55135, 55154, 55176, 55193, 55228, 55257, 55267, 55286, 55304, 55327, 55345, 55357, 55383, 55409, 55429, 55453, 55459, 55466, 55475, 55480, 55489, 55499, 55507, 55518, 55527, 55533, 55540, 55549, 55562, 55568, 55573, 55578, 55584, 55592, 55616, 55622, 55632, 55639, 55648, 55663, 55681, 55694, 55708, 55718, 55730, 55741, 55751, 55757, 55776, 55785, 55797, 55809, 55823, 55841, 55858, 55880, 55897, 55908, 55933, 55958, 55977, 56000, 56008, 56015, 56023, 56032, 56041, 56051, 56075, 56107, 56134, 56159, 56192, 56220, 56227, 56233, 56243, 56250, 56262, 56273, 56289, 56296, 56304, 56314, 56322, 56331, 56355, 56360, 56372, 56380, 56391, 56402, 56414, 56429, 56440, 56452, 56468, 56487, 56497, 56521, 56538, 56550, 56560, 56577, 56589, 56605, 56617, 56633, 56648, 56660, 56676, 56683, 56694, 56710, 56721, 56741, 56759, 56782, 56795, 56800, 56810, 56818, 56830, 56841, 56849, 56858, 56874, 56885, 56900, 56911, 56922, 56935, 56948, 56960, 56963, 56973, 56986, 56996, 57005, 57011, 57022, 57027, 57038, 57048, 57059, 57071, 57080, 57094, 57104, 57115, 57130, 57151, 57165, 57179, 57195, 57201, 57209, 57218, 57227, 57237, 57247, 57258, 57262, 57268, 57275, 57286, 57294, 57297, 57306, 57313, 57321, 57324, 57341, 57354, 57373, 57385, 57389, 57400, 57410, 57420, 57432, 57443, 57454, 57458, 57464, 57471, 57487, 57506, 57520, 57531, 57544, 57556, 57567, 57588, 57595, 57608, 57617, 57632, 57641, 57651, 57660, 57675, 57684, 57694, 57699, 57703, 57721, 57731, 57742, 57761, 57772, 57784, 57797, 57809, 57821, 57835, 57848, 57861, 57868, 57880, 57885, 57899, 57912, 57923, 57936, 57951, 57964, 57975, 57992, 58007, 58020, 58035, 58048, 58060, 58077, 58092, 58107, 58118, 58133, 58151, 58159, 58177, 58195, 58207, 58219, 58234, 58244, 58269, 58294, 58319, 58336, 58355, 58377, 58394, 58410, 58429, 58448, 58467, 58480, 58496, 58516, 58536, 58556, 58570, 58587, 58593, 58601, 58611, 58620, 58631, 58639, 58647, 58658, 58672, 58682, 58695, 58707, 58717, 58729, 58738, 58747, 58759, 58771, 58782, 58798, 58810, 58818, 58825, 58836, 58849, 58855, 58862, 58874, 58880, 58887, 58899, 58921, 58938, 58946, 58959, 58968, 58977, 58991, 58999, 59007, 59013, 59023, 59031, 59036, 59045, 59053, 59065, 59068, 59075, 59087, 59095, 59110, 59120, 59132, 59146, 59159, 59170, 59187, 59198, 59216, 59229, 59244, 59261, 59277, 59291, 59302, 59320, 59333, 59348, 59365, 59381, 59395, 59402, 59410, 59430, 59440, 59457, 59469, 59483, 59499, 59514, 59527, 59535, 59549, 59567, 59580, 59591, 59603, 59607, 59614, 59621, 59631, 59641, 59658, 59670, 59681, 59694, 59705, 59714, 59722, 59738, 59753, 59773, 59793, 59820, 59842, 59863, 59886, 59907, 59926, 59941, 59961, 59981, 60008, 60030, 60051, 60074, 60095, 60114, 60129, 60149, 60168, 60186, 60202, 60217, 60234, 60239, 60251, 60266, 60274, 60287, 60301, 60311, 60322, 60337, 60349, 60360, 60372, 60388, 60400, 60413, 60431, 60442, 60450, 60461, 60472, 60486, 60505, 60515, 60524, 60534, 60544, 60546, 60558, 60568, 60577, 60585, 60607, 60625, 60635, 60664, 60671, 60682, 60684, 60697, 60711, 60725, 60738, 60758, 60776, 60791, 60808, 60829, 60846, 60870, 60888, 60908, 60929, 60948, 60959, 60973, 60994, 61009, 61028, 61044, 61063, 61082, 61101, 61118, 61132, 61148, 61168, 61184, 61207, 61224, 61243, 61263, 61278, 61296, 61306, 61319, 61339, 61353, 61371, 61386, 61404, 61422, 61429, 61436, 61447, 61462, 61474, 61484, 61496, 61511, 61522, 61532, 61560, 61582, 61588, 61604, 61611, 61620, 61629, 61638, 61648, 61657, 61667, 61670, 61679, 61692, 61697, 61702, 61711, 61717, 61735, 61748, 61761, 61771, 61778, 61782, 61787, 61793, 61800, 61806, 61814, 61824, 61834, 61844, 61855, 61865, 61876, 61881, 61891, 61901, 61910, 61920, 61931, 61940, 61944, 61954, 61964, 61975, 61987, 61996, 62010, 62016, 62023, 62033, 62037, 62041, 62063, 62078, 62093, 62110, 62115, 62123, 62129, 62135, 62141, 62145, 62150, 62158, 62175, 62185, 62195, 62205, 62210, 62219, 62229, 62234, 62244, 62258, 62264, 62276, 62294, 62305, 62318, 62324, 62333, 62341, 62349, 62355, 62362, 62370, 62382, 62395, 62406, 62414, 62423, 62428, 62434, 62441, 62452, 62467, 62471, 62488, 62507, 62523, 62533, 62547, 62556, 62578, 62584, 62591, 62597, 62603, 62607, 62614, 62634, 62653, 62674, 62694, 62714, 62735, 62752, 62768, 62786, 62803, 62820, 62838, 62855, 62871, 62889, 62906, 62923, 62941, 62967, 62992, 63019, 63045, 63071, 63098, 63125, 63151, 63179, 63206, 63233, 63261, 63280, 63298, 63318, 63337, 63356, 63376, 63386, 63414, 63441, 63470, 63498, 63526, 63555, 63570, 63584, 63600, 63615, 63630, 63646, 63659, 63671, 63685, 63698, 63711, 63725, 63737, 63748, 63761, 63773, 63785, 63798, 63811, 63823, 63837, 63850, 63863, 63877, 63897, 63916, 63937, 63957, 63977, 63998, 64003, 64011, 64018, 64026, 64032, 64038, 64045, 64053, 64072, 64091, 64100, 64108, 64121, 64135, 64147, 64163, 64169, 64180, 64189, 64216, 64227, 64243, 64262, 64275, 64290, 64308, 64319, 64332, 64350, 64364, 64376, 64385, 64396, 64405, 64415, 64428, 64444, 64466, 64490, 64514, 64533, 64544, 64560, 64572, 64584, 64597, 64610, 64637, 64647, 64658, 64676, 64693, 64708, 64718, 64732, 64749, 64759, 64769, 64784, 64800, 64814, 64819, 64838, 64852, 64855, 64870, 64884, 64903, 64912, 64926, 64941, 64950, 64964, 64981, 64996, 65011, 65029, 65052, 65069, 65091, 65105, 65121, 65136, 65149, 65162, 65173, 65187, 65203, 65224, 65248, 65266, 65289, 65307, 65330, 65344, 65361, 65384, 65406, 65425, 65447, 65465, 65478, 65494, 65517, 65543, 65563, 65588, 65607, 65632, 65656, 65677, 65701, 65712, 65723, 65738, 65758, 65766, 65784, 65796, 65803, 65816, 65825, 65839, 65849, 65863, 65875, 65889, 65905, 65917, 65930, 65942, 65951, 65959, 65964, 65971, 65979, 65985, 65992, 66004, 66014, 66028, 66041, 66050, 66060, 66068, 66079, 66089, 66103, 66116, 66124, 66137, 66149, 66161, 66180, 66198, 66220, 66237, 66244, 66254, 66261, 66277, 66297, 66317, 66341, 66359, 66373, 66383, 66395, 66411, 66429, 66444, 66464, 66476, 66491, 66500, 66510, 66533, 66556, 66571, 66588, 66607, 66628, 66636, 66657, 66662, 66669, 66673, 66678, 66685, 66697, 66704, 66707, 66717, 66720, 66725, 66734, 66744, 66754, 66764, 66777, 66787, 66801, 66816, 66831, 66846, 66864, 66879, 66892, 66906, 66920, 66934, 66951, 66965, 66975, 66983, 66997, 67007, 67015, 67030, 67042, 67057, 67067, 67095, 67117, 67128, 67133, 67141, 67147, 67158, 67168, 67176, 67189, 67201, 67208, 67216, 67222, 67229, 67234, 67240, 67247, 67259, 67267, 67279, 67288, 67306, 67327, 67343, 67356, 67371, 67385, 67398, 67404, 67410, 67421, 67436, 67447, 67453, 67460, 67467, 67475, 67483, 67492, 67506, 67516, 67524, 67533, 67547, 67557, 67568, 67584, 67593, 67607, 67617, 67621, 67626, 67635, 67641, 67648, 67656, 67660, 67670, 67681, 67689, 67698, 67707, 67717, 67723, 67727, 67736, 67744, 67752, 67762, 67771, 67780, 67785, 67805, 67830, 67845, 67865, 67880, 67900, 67907, 67913, 67923, 67942, 67960, 67983, 68001, 68013, 68039, 68065, 68085, 68109, 68119, 68134, 68150, 68172, 68187, 68204, 68213, 68219, 68226, 68234, 68253, 68274, 68292, 68300, 68309, 68319, 68326, 68334, 68339, 68342, 68346, 68350, 68355, 68360, 68377, 68399, 68416, 68433, 68456, 68480, 68501, 68528, 68556, 68581, 68610, 68635, 68643, 68648, 68656, 68665, 68678, 68697, 68709, 68721, 68735, 68741, 68752, 68758, 68762, 68767, 68774, 68781, 68785, 68797, 68814, 68822, 68831, 68842, 68856, 68864, 68878, 68896, 68909, 68929, 68950, 68968, 68992, 69017, 69039, 69065, 69087, 69102, 69120, 69141, 69157, 69170, 69185, 69199, 69212, 69222, 69232, 69243, 69254, 69269, 69287, 69300, 69310, 69322, 69333, 69343, 69356, 69368, 69376, 69387, 69399, 69412, 69423, 69431, 69441, 69452, 69467, 69478, 69490, 69501, 69507, 69514, 69531, 69543, 69554, 69562, 69573, 69588, 69599, 69609, 69621, 69630, 69638, 69645, 69653, 69659, 69670, 69685, 69689, 69694, 69697, 69707, 69722, 69730, 69743, 69763, 69782, 69801, 69822, 69842, 69862, 69879, 69895, 69911, 69929, 69946, 69963, 69971, 69979, 69990, 70005, 70025, 70032, 70041, 70056, 70064, 70074, 70079, 70093, 70114, 70128, 70136, 70152, 70158, 70163, 70182, 70205, 70215, 70225, 70235, 70247, 70254, 70262, 70271, 70283, 70294, 70305, 70318, 70330, 70342, 70356, 70363, 70370, 70389, 70405, 70415, 70430, 70442, 70454, 70468, 70475, 70482, 70488, 70495, 70501, 70508, 70514, 70521, 70529, 70537, 70542, 70555, 70567, 70573, 70580, 70588, 70596, 70604, 70614, 70623, 70629, 70638, 70650, 70657, 70667, 70676, 70693, 70708, 70725, 70744, 70761, 70776, 70795, 70812, 70831, 70848, 70864, 70885, 70904, 70923, 70938, 70946, 70955, 70961, 70970, 70995, 71013, 71023, 71031, 71042, 71056, 71074, 71087, 71098, 71108, 71119, 71130, 71146, 71157, 71169, 71182, 71206, 71223, 71246, 71262, 71278, 71296, 71306, 71317, 71324, 71332, 71356, 71366, 71373, 71381, 71387, 71394, 71408, 71419, 71429, 71437, 71444, 71452, 71464, 71476, 71481, 71487, 71495, 71507, 71520, 71539, 71559, 71576, 71599, 71623, 71644, 71669, 71690, 71707, 71719, 71737, 71756, 71772, 71794, 71817, 71837, 71861, 71881, 71893, 71903, 71920, 71932, 71948, 71960, 71966, 71972, 71979, 71983, 71988, 71991, 71995, 72000, 72013, 72025, 72030, 72036, 72045, 72051, 72066, 72080, 72099, 72113, 72121, 72143, 72165, 72181, 72201, 72208, 72217, 72226, 72236, 72247, 72253, 72260, 72271, 72283, 72301, 72316, 72329, 72346, 72363, 72374, 72384, 72396, 72411, 72427, 72444, 72459, 72472, 72488, 72500, 72519, 72532, 72544, 72559, 72572, 72587, 72603, 72615, 72619, 72624, 72634, 72646, 72658, 72667, 72671, 72684, 72692, 72706, 72714, 72729, 72743, 72753, 72757, 72766, 72774, 72791, 72797, 72808, 72814, 72820, 72827, 72844, 72854, 72863, 72870, 72878, 72885, 72900, 72913, 72927, 72943, 72962, 72975, 72987, 73001, 73018, 73037, 73055, 73069, 73090, 73105, 73119, 73132, 73136, 73141, 73144, 73148, 73153, 73158, 73172, 73186, 73196, 73211, 73224, 73230, 73238, 73243, 73249, 73262, 73266, 73273, 73282, 73297, 73311, 73329, 73337, 73347, 73354, 73363, 73370, 73379, 73388, 73399, 73410, 73420, 73423, 73428, 73437, 73450, 73462, 73466, 73471, 73481, 73490, 73498, 73507, 73522, 73525, 73533, 73544, 73554, 73560, 73570, 73584, 73596, 73609, 73620, 73638, 73652, 73665, 73675, 73685, 73699, 73715, 73732, 73748, 73759, 73770, 73781, 73797, 73811, 73826, 73839, 73854, 73869, 73888, 73909, 73931, 73952, 73968, 73988, 74004, 74016, 74031, 74045, 74062, 74077, 74092, 74107, 74121, 74141, 74154, 74170, 74184, 74199, 74212, 74232, 74248, 74264, 74278, 74293, 74306, 74326, 74342, 74345, 74367, 74384, 74398, 74415, 74427, 74457, 74481, 74485, 74491, 74500, 74504, 74507, 74511, 74516, 74525, 74537, 74551, 74559, 74568, 74575, 74585, 74590, 74596, 74603, 74611, 74622, 74637, 74642, 74656, 74675, 74683, 74694, 74712, 74727, 74747, 74762, 74782, 74800, 74823, 74836, 74854, 74862, 74868, 74874, 74895, 74909, 74922, 74935, 74950, 74964, 74978, 74991, 75003, 75012, 75022, 75039, 75051, 75067, 75079, 75086, 75096, 75107, 75119, 75129, 75140, 75152, 75158, 75167, 75184, 75199, 75221, 75238, 75259, 75276, 75284, 75296, 75303, 75316, 75326, 75342, 75361, 75365, 75371, 75378, 75394, 75413, 75427, 75442, 75458, 75469, 75482, 75494, 75505, 75512, 75517, 75523, 75534, 75537, 75572, 75600, 75628, 75658, 75666, 75684, 75692, 75721, 75743, 75765, 75789, 75809, 75830, 75840, 75861, 75868, 75873, 75881, 75898, 75903, 75922, 75935, 75951, 75965, 75977, 75991, 76001, 76012, 76025, 76039, 76057, 76076, 76091, 76104, 76127, 76144, 76164, 76182, 76198, 76216, 76230, 76245, 76262, 76280, 76302, 76325, 76344, 76361, 76379, 76393, 76409, 76413, 76418, 76432, 76440, 76444, 76459, 76468, 76478, 76502, 76521, 76539, 76554, 76565, 76584, 76607, 76636, 76668, 76696, 76724, 76742, 76764, 76778, 76801, 76828, 76861, 76897, 76929, 76961, 76983, 77009, 77027, 77051, 77073, 77103, 77124, 77144, 77162, 77188, 77205, 77219, 77247, 77270, 77292, 77311, 77326, 77349, 77376, 77409, 77445, 77477, 77509, 77531, 77557, 77575, 77602, 77633, 77670, 77710, 77746, 77782, 77808, 77838, 77860, 77888, 77914, 77948, 77973, 77997, 78019, 78049, 78070, 78079, 78090, 78103, 78112, 78126, 78146, 78159, 78174, 78189, 78198, 78209, 78224, 78235, 78252, 78269, 78281, 78290, 78307, 78322, 78336, 78346, 78359, 78376, 78394, 78412, 78429, 78449, 78472, 78494, 78515, 78526, 78535, 78547, 78557, 78568, 78581, 78596, 78608, 78622, 78634, 78646, 78660, 78671, 78688, 78698, 78710, 78716, 78736, 78747, 78762, 78780, 78804, 78823, 78843, 78864, 78880, 78897, 78917, 78941, 78971, 79004, 79033, 79062, 79081, 79104, 79119, 79143, 79171, 79205, 79242, 79275, 79308, 79331, 79358, 79377, 79402, 79425, 79456, 79478, 79499, 79518, 79545, 79563, 79578, 79597, 79619, 79647, 79670, 79694, 79719, 79739, 79760, 79778, 79800, 79825, 79856, 79882, 79909, 79937, 79960, 79984, 79997, 80010, 80017, 80028, 80044, 80054, 80069, 80075, 80080, 80085, 80091, 80101, 80106, 80113, 80128, 80133, 80137, 80142, 80148, 80155, 80164, 80180, 80191, 80200, 80214, 80228, 80236, 80248, 80256, 80264, 80273, 80281, 80290, 80305, 80315, 80326, 80338, 80346, 80352, 80370, 80385, 80393, 80402, 80416, 80426, 80436, 80447, 80458, 80469, 80480, 80488, 80494, 80502, 80512, 80520, 80534, 80551, 80560, 80572, 80580, 80587, 80599, 80612, 80622, 80637, 80646, 80658, 80669, 80684, 80696, 80711, 80720, 80730, 80745, 80756, 80762, 80770, 80783, 80792, 80806, 80812, 80819, 80827, 80840, 80849, 80860, 80872, 80884, 80904, 80921, 80939, 80964, 80984, 81008, 81028, 81039, 81050, 81055, 81069, 81079, 81088, 81098, 81107, 81119, 81125, 81132, 81137, 81142, 81150, 81153, 81163, 81174, 81189, 81197, 81218, 81242, 81262, 81282, 81292, 81300, 81314, 81325, 81336, 81342, 81353, 81365, 81380, 81399, 81424, 81452, 81476, 81500, 81514, 81532, 81542, 81558, 81572, 81594, 81607, 81619, 81631, 81640, 81648, 81658, 81676, 81688, 81697, 81700, 81708, 81715, 81722, 81740, 81757, 81774, 81783, 81791, 81799, 81808, 81812, 81827, 81841, 81855, 81867, 81877, 81889, 81903, 81915, 81925, 81939, 81951, 81965, 81977, 81988, 82004, 82018, 82032, 82042, 82055, 82066, 82079, 82094, 82107, 82118, 82133, 82146, 82161, 82174, 82186, 82203, 82218, 82233, 82244, 82252, 82271, 82284, 82291, 82299, 82318, 82339, 82357, 82368, 82376, 82385, 82390, 82396, 82408, 82419, 82432, 82443, 82453, 82464, 82482, 82499, 82511, 82523, 82527, 82532, 82540, 82549, 82556, 82566, 82584, 82601, 82619, 82636, 82654, 82676, 82685, 82695, 82703, 82716, 82735, 82755, 82774, 82794, 82818, 82830, 82844, 82853, 82864, 82878, 82890, 82903, 82918, 82932, 82945, 82959, 82969, 82977, 82986, 82999, 83004, 83018, 83033, 83044, 83050, 83061, 83071, 83074, 83091, 83105, 83118, 83133, 83150, 83164, 83184, 83191, 83207, 83219, 83223, 83228, 83235, 83245, 83262, 83274, 83288, 83304, 83319, 83332, 83339, 83347, 83359, 83372, 83392, 83407, 83424, 83443, 83461, 83477, 83490, 83510, 83525, 83542, 83561, 83579, 83595, 83605, 83612, 83620, 83634, 83652, 83661, 83678, 83690, 83709, 83723, 83739, 83757, 83774, 83789, 83799, 83819, 83836, 83856, 83877, 83893, 83915, 83930, 83938, 83951, 83963, 83985, 84003, 84022, 84044, 84062, 84086, 84103, 84114, 84132, 84150, 84166, 84187, 84201, 84221, 84235, 84252, 84267, 84285, 84303, 84317, 84335, 84346, 84360, 84378, 84402, 84428, 84454, 84475, 84489, 84506, 84523, 84543, 84556, 84576, 84594, 84610, 84627, 84639, 84657, 84677, 84695, 84712, 84729, 84749, 84761, 84769, 84779, 84790, 84799, 84816, 84828, 84838, 84843, 84849, 84854, 84861, 84872, 84879, 84887, 84901, 84914, 84927, 84942, 84969, 84984, 84998, 85022, 85045, 85059, 85071, 85082, 85100, 85117, 85140, 85158, 85177, 85193, 85215, 85238, 85258, 85282, 85302, 85322, 85343, 85359, 85372, 85386, 85407, 85429, 85443, 85459, 85476, 85498, 85520, 85549, 85581, 85607, 85638, 85663, 85694, 85724, 85751, 85781, 85801, 85821, 85848, 85878, 85902, 85931, 85954, 85983, 86011, 86036, 86064, 86074, 86081, 86089, 86102, 86110, 86119, 86133, 86152, 86176, 86199, 86207, 86216, 86224, 86237, 86247, 86262, 86278, 86293, 86306, 86317, 86332, 86350, 86363, 86378, 86392, 86405, 86414, 86431, 86437, 86444, 86457, 86471, 86497, 86520, 86542, 86553, 86575, 86592, 86610, 86625, 86644, 86664, 86679, 86692, 86704, 86720, 86731, 86743, 86753, 86772, 86792, 86809, 86832, 86856, 86877, 86902, 86923, 86930, 86938, 86947, 86954, 86962, 86971, 86985, 87000, 87018, 87031, 87043, 87061, 87080, 87096, 87118, 87141, 87161, 87185, 87205, 87214, 87224, 87229, 87241, 87251, 87262, 87287, 87307, 87326, 87342, 87357, 87386, 87410, 87433, 87453, 87464, 87482, 87494, 87507, 87521, 87536, 87552, 87564, 87577, 87591, 87601, 87617, 87627, 87636, 87646, 87659, 87672, 87686, 87696, 87705, 87718, 87733, 87745, 87755, 87766, 87778, 87792, 87804, 87823, 87841, 87862, 87886, 87909, 87931, 87943, 87953, 87969, 87982, 87998, 88003, 88009, 88021, 88034, 88059, 88081, 88102, 88112, 88128, 88143, 88164, 88180, 88197, 88211, 88229, 88247, 88266, 88280, 88292, 88298, 88309, 88325, 88346, 88366, 88371, 88388, 88397, 88402, 88413, 88424, 88436, 88450, 88464, 88482, 88494, 88506, 88518, 88532, 88550, 88562, 88568, 88574, 88580, 88586, 88592, 88598, 88604, 88610, 88616, 88622, 88628, 88634, 88640, 88646, 88652],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[40, 394, 1301, 1304, 1356, 2200, 2526, 2915, 2916, 3147, 3154, 3165, 3173, 3175, 3238]), Anchor::All(&[Anchor::Lits(&[3286, 3595, 3744, 3809, 3859, 3863, 3865, 3868, 3870, 3872, 3909, 3915, 3918, 3935, 3947, 3991, 3993, 3999, 4002, 4019, 4031, 4183, 4185, 4222, 4397, 4400, 4404, 4407, 4624, 4784, 4800, 4814, 4830, 4849, 4851, 4865, 4922, 4967, 5034, 5038, 5041, 5043, 5068, 5070, 5072, 5211, 5230, 5457, 5492, 5522, 5614, 5618, 5619, 5621, 5623, 5625, 5689, 5910, 5912, 5930, 5983]), Anchor::Lits(&[3658, 3702, 3728, 3840, 3842, 4250, 4254, 4262, 4264, 4507, 4633, 5187, 5190, 5329, 5390, 5410, 5672, 5936])]), Anchor::All(&[Anchor::Lits(&[3286, 3595, 3744, 3809, 3859, 3863, 3865, 3868, 3870, 3872, 3909, 3915, 3918, 3935, 3947, 3991, 3993, 3999, 4002, 4019, 4031, 4183, 4185, 4222, 4397, 4400, 4404, 4407, 4624, 4784, 4800, 4814, 4830, 4849, 4851, 4865, 4922, 4967, 5034, 5038, 5041, 5043, 5068, 5070, 5072, 5211, 5230, 5457, 5492, 5522, 5614, 5618, 5619, 5621, 5623, 5625, 5689, 5910, 5912, 5930, 5983]), Anchor::Lits(&[3658, 3702, 3730, 3749, 3797, 3840, 3845, 4100, 4254, 4262, 4266, 4459, 4497, 4510, 4679, 5011, 5187, 5190, 5311, 5394, 5410, 5606, 5672, 5703, 5735, 5853, 5936])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[442, 543, 618, 631, 638, 737, 738, 740, 1168, 1257, 1414, 1423, 1494, 1675, 1680, 1746, 1778, 1779, 1780, 1990, 2024, 2131, 2145, 2153, 2163, 2300, 2301, 2312, 2362, 2621, 2623, 2628, 2660, 2662, 3139, 3145, 3147, 3150, 3161, 3163, 3173, 3238, 3659, 3703, 3841, 3843, 3846, 4251, 4255, 4263, 4265, 4267, 4508, 4511, 5188, 5191, 5195, 5395, 5411, 5673, 5674, 5937]), Anchor::All(&[Anchor::Lits(&[3658, 3702, 3840, 3842, 4250, 4254, 4262, 4264, 4507, 5187, 5190, 5394, 5410, 5672, 5936]), Anchor::Lits(&[3367, 3420, 4091, 6420])]), Anchor::All(&[Anchor::Lits(&[3286, 3595, 3744, 3809, 3859, 3863, 3865, 3868, 3870, 3872, 3909, 3915, 3918, 3935, 3947, 3991, 3993, 3999, 4002, 4019, 4031, 4183, 4185, 4222, 4397, 4400, 4404, 4407, 4624, 4784, 4800, 4814, 4830, 4849, 4851, 4865, 4922, 4967, 5034, 5038, 5041, 5043, 5068, 5070, 5072, 5211, 5230, 5457, 5492, 5522, 5614, 5618, 5619, 5621, 5623, 5625, 5689, 5910, 5912, 5930, 5983]), Anchor::Lits(&[3656, 3842, 4252, 4264, 4507, 4632, 5190, 5328, 5390, 5409, 5415])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[630, 1390, 1391, 1392, 1525, 1526, 1536, 1537, 1679, 2130, 2132, 2198, 2309, 2344, 2345, 2346, 3178, 3182, 3185, 3187, 3189, 3192, 3198, 3203, 3207, 3220, 3230]), Anchor::All(&[Anchor::Lits(&[3658, 3845, 4683, 5011]), Anchor::Lits(&[3177])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[3289, 3559, 4053, 4445, 4454, 4614, 5165, 5176, 5532, 6007, 6009, 6286, 6344, 6345, 6348, 6354, 6403, 6404, 6419, 6492]), Anchor::Lits(&[3367, 3425, 4101, 6123, 6145])])),
            (4, "override-the-above", Anchor::Lits(&[41, 395, 2151, 2162])),
            (5, "override-bare-instructions", Anchor::Lits(&[455, 773, 1289, 1465, 1840, 1867, 2048, 2079, 2576, 2578])),
            (6, "override-previous-loosely", Anchor::Lits(&[4400, 5343])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[3287, 3288, 3377, 3596, 3745, 3810, 3860, 3864, 3866, 3869, 3871, 3873, 3916, 3919, 3936, 3992, 4000, 4003, 4020, 4184, 4186, 4223, 4398, 4401, 4405, 4408, 4785, 4801, 4815, 4831, 4850, 4852, 4866, 4923, 4955, 4986, 5035, 5039, 5042, 5044, 5069, 5071, 5073, 5212, 5231, 5458, 5493, 5523, 5615, 5620, 5622, 5624, 5626, 5911, 5913, 5931, 5984]), Anchor::All(&[Anchor::Lits(&[3286, 3595, 3744, 3809, 3859, 3863, 3865, 3868, 3870, 3872, 3909, 3915, 3918, 3935, 3947, 3991, 3993, 3999, 4002, 4019, 4031, 4183, 4185, 4222, 4397, 4400, 4404, 4407, 4624, 4784, 4800, 4814, 4830, 4849, 4851, 4865, 4922, 4967, 5034, 5038, 5041, 5043, 5068, 5070, 5072, 5211, 5230, 5457, 5492, 5522, 5614, 5618, 5619, 5621, 5623, 5625, 5689, 5910, 5912, 5930, 5983]), Anchor::Lits(&[556, 587, 640, 657, 745, 1363, 1457, 1498, 1750, 1950, 2018, 2106, 2186, 2657])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[221, 417, 418, 420, 422, 628, 629, 649, 654, 1287, 1288, 1373, 1375, 1624, 1625, 1670, 1681, 2158, 2159, 2306, 2313, 2390, 2393, 2588, 2589, 2653, 2843])),
            (9, "override-everything-then-order", Anchor::Lits(&[773, 1289, 1465, 1840, 1867, 2399])),
            (10, "hijack-the-content", Anchor::Lits(&[3868, 4183, 4400, 5522])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[3659, 3703, 3729, 3841, 3843, 3846, 4251, 4255, 4263, 4265, 4267, 4508, 4511, 4634, 5188, 5191, 5195, 5330, 5391, 5395, 5411, 5673, 5674, 5937]), Anchor::Any(&[Anchor::Lits(&[3467, 3468, 3896, 3927, 3962, 3963, 3964, 3965, 3968, 4011, 4528, 4529, 4846, 4847, 4848, 4853, 4854]), Anchor::All(&[Anchor::Lits(&[29, 30, 64, 498, 499, 712, 724, 762, 1150, 1162, 1215, 1250, 1251, 1371, 1466, 1558, 1580, 1643, 1666, 1891, 1894, 1922, 1925, 1926, 1927, 1929, 1944, 1955, 1959, 2014, 2034, 2040, 2240, 2271, 2275, 2292, 2294, 2319, 2326, 2593, 2598, 2605, 2966, 3062, 3072, 3128]), Anchor::Lits(&[3465, 4240, 4273, 4277, 4282, 4523, 4699, 5496, 5502, 6122, 6173])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[381, 497, 500, 1399, 1405, 1559, 1560, 2036, 2037, 2048, 2050, 2052, 2053, 2274, 2276, 2597, 2599, 2637, 2639, 2882, 2883, 3060]), Anchor::Lits(&[3656, 3738, 3842, 4262, 4507, 4674, 4686, 5010, 5124, 5131, 5190, 5394])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[3137, 3143, 3148, 3151, 3172, 3237]), Anchor::All(&[Anchor::Lits(&[38, 39, 62, 63, 595, 596, 1277, 1279, 1428, 1430, 1684, 1685, 1945, 1946, 2295, 2296, 2568, 2569]), Anchor::Lits(&[3658, 3702, 3728, 3781, 3824, 3840, 3842, 4250, 4254, 4262, 4264, 4507, 4633, 4658, 5003, 5047, 5187, 5190, 5329, 5390, 5410, 5672, 5935, 5936])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1201, 1202, 1203, 1204, 1617, 1618, 1619, 1620, 1993, 1994, 1995, 1996, 2529, 2530, 2531, 2532, 3290, 3291, 3292, 3293, 3294, 3295, 3296, 3297, 3317, 3323, 3324, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3561, 3562, 3565, 3566, 3567, 3662, 3663, 3664, 3666, 3667, 3668, 3669, 3670, 3671, 3672, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 3683, 3684, 3685, 3686, 3688, 3691, 3694, 3697, 3699, 3719, 3720, 3722, 3724, 3741, 3742, 3743, 3767, 3768, 3769, 3770, 3804, 3805, 3806, 3807, 3826, 3827, 3828, 3830, 3831, 3832, 3833, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4106, 4107, 4108, 4109, 4110, 4111, 4145, 4146, 4147, 4149, 4150, 4151, 4152, 4154, 4156, 4157, 4158, 4203, 4205, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4455, 4581, 4584, 4585, 4587, 4588, 4589, 4642, 4643, 4644, 4645, 4926, 4927, 4928, 4929, 4931, 4932, 4933, 4934, 4935, 4936, 4937, 4938, 4939, 4940, 4942, 4945, 4948, 4951, 4953, 4991, 4992, 4993, 4994, 4995, 4996, 5017, 5018, 5019, 5020, 5021, 5022, 5023, 5146, 5147, 5148, 5158, 5159, 5160, 5161, 5162, 5163, 5164, 5169, 5170, 5171, 5172, 5173, 5174, 5175, 5263, 5264, 5266, 5268, 5320, 5321, 5322, 5533, 5587, 5588, 5589, 5590, 5591, 5592, 5670, 5671, 5672, 5675, 5676, 5677, 5678, 5684, 5685, 5686, 5687, 5691, 5692, 5693, 5694, 5946, 5947, 5950, 5956, 6387, 6407])),
            (15, "permission-to-ignore", Anchor::Lits(&[3582, 3595, 3638, 3854, 3868, 4088, 4183, 4400, 5038, 5522, 6108])),
            (16, "deceive-the-user", Anchor::Lits(&[3595, 3868, 3895, 3922, 3923, 3928, 3934, 3939, 3943, 3967, 4006, 4007, 4012, 4018, 4023, 4027, 4183, 4299, 4301, 4303, 4307, 4400, 4790, 4803, 4804, 4808, 4816, 4821, 4826, 5038, 6225])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[3366, 3368, 3445, 3446, 3447, 3452, 3454, 3455, 3456, 3457, 3520, 3522, 3523, 3524, 3580, 3614, 3631, 3637, 3658, 3702, 3709, 3712, 3713, 3717, 3728, 3762, 3764, 3840, 3842, 4071, 4086, 4092, 4138, 4248, 4250, 4252, 4261, 4262, 4264, 4327, 4334, 4490, 4491, 4492, 4493, 4495, 4496, 4507, 4633, 4637, 4690, 4694, 5124, 5131, 5166, 5187, 5190, 5196, 5239, 5253, 5261, 5329, 5347, 5348, 5394, 5409, 5412, 5442, 5443, 5444, 5470, 5475, 5476, 5477, 5478, 5479, 5481, 5672, 5809, 5936, 5957, 6433]), Anchor::Lits(&[298, 370, 407, 1960, 1981, 1982, 1984, 2815])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[3066, 3071, 3574, 3646, 3647, 4196, 4197, 4201, 5682]), Anchor::All(&[Anchor::Lits(&[3658, 3702, 3738, 3840, 3842, 4250, 4254, 4262, 4264, 4372, 4507, 4672, 4673, 5094, 5187, 5190, 5329, 5394, 5410, 5672, 5936]), Anchor::Lits(&[3648, 3650, 3812, 4034, 4072, 4073, 4153, 5045, 5205, 5284, 5286, 5288, 5313, 5317, 5352, 5983, 6177, 6178])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[76, 77, 78, 79, 1969, 1970, 1983, 1991, 2801, 2802, 2814, 2833, 3064, 3065, 3068, 3070])),
            (20, "override-what-makers-said", Anchor::Lits(&[5741, 5807, 5808, 5815, 5821, 5822, 5825, 5830, 5831, 5836, 6422, 6435, 6437, 6443, 6449, 6451, 6454, 6461, 6462, 6467])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[746, 748, 1530, 1795, 1799, 2020, 2134, 2349]), Anchor::All(&[Anchor::Lits(&[6286, 6347, 6371, 6402, 6404, 6473, 6491]), Anchor::Lits(&[3701, 4134, 4193, 4269, 4570, 4629, 5036, 5250, 5292, 5315, 5351, 5989])]), Anchor::All(&[Anchor::Lits(&[4215, 4216, 4227, 4228, 4579, 4580, 4684, 4685, 5206, 5207, 5245, 5246, 5357, 5358]), Anchor::Lits(&[6420])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[246, 254, 255, 267, 268, 269, 278, 279, 281, 282, 284, 285, 292, 297, 3148, 3153, 3170, 3172, 3237])),
            (23, "nothing-is-real", Anchor::Lits(&[205, 620, 1878, 1918, 1933, 1934, 1935, 1936, 2348])),
            (24, "declined-now-allowed", Anchor::Lits(&[3540, 3576, 3765, 3766, 3801, 3818, 3858, 4180, 4181, 5189, 5262, 5279, 5326, 6278, 6279])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[631, 1388, 1393, 1528, 1675, 1680, 1819, 2131, 2133, 2312, 2347, 3137, 3148, 3149, 3153, 3156, 3157, 3158, 3172, 3232, 3237, 3499, 5845]), Anchor::All(&[Anchor::Lits(&[631, 1393, 1528, 2131, 2133, 2312, 2347, 2629]), Anchor::Lits(&[6420])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[43, 593, 692, 1374, 1723, 2130, 2132, 2170, 2359, 2411])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[326, 327, 328, 329, 446, 447, 604, 641, 658, 747, 1313, 1314, 1316, 1320, 1321, 1322, 1332, 1356, 1523, 1699, 1744, 2184, 2185, 2186, 2463, 2545, 2661, 2842, 3147, 3152, 3165, 3169, 3170, 3171, 3236, 3425, 3721, 3723, 4101, 4157, 4644, 4939, 5265, 5267, 5314, 5316, 5688, 5697, 5949, 5954, 6017, 6020, 6026, 6028, 6029, 6031, 6032, 6047, 6048, 6049, 6052, 6145, 6446, 6447, 6468]), Anchor::All(&[Anchor::Lits(&[447, 600, 630, 747, 1387, 1389, 1392, 1527, 2018, 2130, 2132, 2185, 2186, 2311, 2346, 2467, 2864]), Anchor::Lits(&[5747, 5779, 5806, 5818, 6016])]), Anchor::All(&[Anchor::Lits(&[447, 630, 747, 1389, 1392, 1527, 2018, 2185, 2186, 2346]), Anchor::Lits(&[3824, 4290, 5603, 5605, 5668])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[41, 63, 222, 385, 596, 600, 630, 656, 747, 1136, 1279, 1294, 1389, 1392, 1429, 1431, 1527, 1604, 1679, 1946, 2130, 2296, 2311, 2346, 2467, 2732, 2742, 2785, 3444, 3499, 3500, 3501, 3502, 4254, 4531, 5002, 5031, 5037, 5287, 5410, 5413, 5653, 5698, 5958]), Anchor::All(&[Anchor::Lits(&[424, 439, 603, 1355, 1698, 2005, 2353, 2462, 2544, 2600, 2601, 3118]), Anchor::Lits(&[3136])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[3705, 3706, 3729, 3739, 3841, 3846, 4148, 4255, 4267, 4471, 4472, 4481, 4509, 4511, 5095, 5125, 5142, 5188, 5191, 5195, 5330, 5395, 5495, 5673, 5674, 5937]), Anchor::Lits(&[3177])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[3706, 3841, 3846, 4267, 4511, 4675, 4680, 5142, 5191, 5195, 5395, 5495, 5736]), Anchor::Lits(&[3344, 3704, 3825, 4291, 4470, 4520, 4681, 4999, 5016, 5138, 5178, 5244, 5461, 5604, 5669, 5974, 6107])])),
            (31, "what-others-told-you", Anchor::Lits(&[41, 301, 302, 303, 304, 385, 1329, 1330, 1331, 1332, 1351, 1352, 1353, 1354, 1520, 1521, 1522, 1523, 2168, 2181, 2182, 2183, 2184, 2209, 2210, 2211, 2212, 2367, 2368, 2369, 2370, 2425, 2426, 2427, 2428, 2643, 2644, 2645, 2646, 2649, 2650, 2651, 2652, 2839, 2840, 2841, 2842, 3122, 3123, 3124, 3125, 3129, 3130, 3131, 3132])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[240, 743, 830, 1396, 1407, 2984, 2990, 4453, 4498, 6124, 6126, 6128, 6137, 6143, 6146])),
            (33, "reveal-given-instructions", Anchor::Lits(&[40, 92, 325, 384, 1135, 1286, 1482, 1557, 2167, 2832, 2991, 3069, 3137, 3148, 3153, 3172, 3237, 3568, 4204, 4242, 4453, 4498, 4956, 5740, 6310, 6342, 6349, 6359, 6369, 6386, 6389, 6405, 6408, 6487, 6493])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[40, 324, 325, 387, 388, 389, 393, 394, 1310, 1318, 1483, 2149, 2169, 2526, 3155, 3165, 3173, 3239]), Anchor::All(&[Anchor::Lits(&[640, 657, 1496, 1498, 1527, 2148, 2186, 2657, 3116]), Anchor::Lits(&[41, 1136, 1273, 1410, 1492, 2023, 2150, 2160, 2166])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[398, 399, 400, 2543, 2547, 2548])),
            (36, "reveal-context-contents", Anchor::Lits(&[1956, 1958, 3732, 3737, 3738, 3759, 4510, 5141, 5190, 5672, 5738, 6275, 6276])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[6421, 6434, 6438, 6440, 6441, 6442, 6445, 6448, 6450, 6452, 6453, 6456, 6458, 6459, 6460, 6469, 6471])),
            (38, "complete-the-leak", Anchor::Lits(&[4345, 4347, 4348, 4350, 4351, 4353, 4354, 4355, 4357, 4358, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4370, 4700, 4701, 4702, 4703, 4704, 4705, 4706, 4707, 4708, 4709, 4710, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4724, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749, 4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771, 4772, 5823, 5824, 5827, 5828, 5829, 5832, 5833, 5834, 5835, 6288, 6289, 6292, 6293, 6296, 6298, 6463, 6464, 6465, 6466])),
            (39, "what-you-must-not-say", Anchor::Lits(&[3511, 4182, 4505, 4825, 4911, 4912, 4913, 4914, 5186, 5189, 5327, 5927, 5934])),
            (40, "reveal-initialization", Anchor::Lits(&[4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489])),
            (41, "forged-own-instructions", Anchor::Lits(&[3179, 3181, 3183, 3186, 3190, 3195, 3196, 3200, 3202, 3204, 3206, 3211, 3212, 3214, 3217, 3221, 3222, 3225, 3231])),
            (42, "follow-what-it-says", Anchor::Lits(&[174, 175, 176, 177, 178, 180, 181, 271, 272, 273, 274, 275, 276, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2993, 2994, 2995, 2996, 2997, 2998, 3000, 3001, 3002, 3003, 3004, 3005])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3836, 3958, 5742, 5774, 5817, 5854, 5889, 5898, 5908, 6313, 6315, 6318, 6343, 6346, 6352, 6357, 6399, 6405, 6423, 6428, 6444]), Anchor::All(&[Anchor::Lits(&[598, 610, 640, 682, 1154, 1527, 1630, 1725, 1728, 2179, 2186, 2354, 2431, 2433, 2465, 2467, 2844, 2951]), Anchor::Lits(&[6016])]), Anchor::All(&[Anchor::Lits(&[343, 602, 609, 1702, 2352, 2937]), Anchor::Lits(&[3470, 6285, 6370, 6472])])]), Anchor::Lits(&[599, 601, 611, 617, 641, 683, 1155, 1160, 1528, 1631, 1726, 1729, 2180, 2187, 2355, 2432, 2434, 2466, 2468, 2845, 2846, 2952, 3471, 3472, 3473, 3474, 3475, 3476, 5743, 5744, 5745, 5746, 5775, 5776, 5777, 5778, 5855, 5856, 5857, 5858, 5859, 5860, 5861, 5862, 5890, 5891, 5892, 5893, 5894, 5895, 5896, 5897, 5899, 5900, 5901, 5902, 5903, 5904, 5905, 5906, 6291, 6294, 6295, 6301, 6311, 6314, 6316, 6319, 6344, 6347, 6353, 6358, 6374, 6375, 6376, 6378, 6383, 6385, 6400, 6401, 6406, 6424, 6425, 6426, 6427, 6429, 6430, 6431, 6432, 6476, 6477, 6478, 6482, 6488, 6490])])),
            (44, "developer-message-requested", Anchor::Lits(&[41, 385, 739, 1308, 1424, 1495, 1528, 2429, 2624, 2629, 3141, 3142, 3148, 3166, 3168, 3174, 5814, 5826, 6125, 6127, 6129, 6130, 6131, 6132, 6133, 6134, 6135, 6138, 6139, 6140, 6141, 6142, 6144, 6439, 6457])),
            (45, "agents-environment-requested", Anchor::Lits(&[5748, 5749, 5750, 5751, 5752, 5753, 5754, 5755, 5756, 5757, 5758, 5759, 5760, 5761, 5762, 5763, 5764, 5765, 5766, 5767, 5768, 5769, 5770, 5771, 5772, 5773, 5780, 5781, 5782, 5783, 5784, 5785, 5786, 5787, 5788, 5789, 5790, 5791, 5792, 5793, 5794, 5795, 5796, 5797, 5798, 5799, 5800, 5801, 5802, 5803, 5804, 5805, 5863, 5864, 5865, 5866, 5867, 5868, 5869, 5870, 5871, 5872, 5873, 5874, 5875, 5876, 5877, 5878, 5879, 5880, 5881, 5882, 5883, 5884, 5885, 5886, 5887, 5888, 6018, 6019, 6021, 6022, 6023, 6024, 6025, 6027, 6030, 6033, 6034, 6035, 6036, 6037, 6038, 6039, 6040, 6041, 6042, 6043, 6044, 6045, 6046, 6050, 6051, 6053])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[340, 346, 409, 440, 580, 592, 605, 650, 655, 678, 697, 733, 1170, 1308, 1319, 1333, 1716, 1717, 1718, 1719, 1720, 1940, 1941, 1942, 1951, 1952, 2017, 2057, 2059, 2175, 2184, 2244, 2290, 2464, 2619, 2620, 2622, 2623, 2628, 2630, 2656, 2863, 3126, 3133, 3184, 3193, 3194, 3199, 3213, 3216, 3510, 3844, 4346, 4349, 4352, 4411, 4412, 4413, 4512, 4677, 4916, 5013, 5032, 5037, 5040, 5653, 5695, 5698, 5907, 6010, 6274, 6284, 6317, 6362, 6363, 6364, 6365, 6366, 6367, 6368, 6388, 6390, 6418, 6421, 6436, 6446, 6447, 6455, 6456, 6468, 6470]), Anchor::All(&[Anchor::Lits(&[3846, 4511, 5012, 5188]), Anchor::Lits(&[6420])]), Anchor::All(&[Anchor::Lits(&[237, 1588]), Anchor::Lits(&[6420])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1206, 1637, 1638, 2123, 2124, 2279, 2298, 2351, 2986, 2987, 3138, 3160, 3162])),
            (54, "authority-override", Anchor::Lits(&[44, 1753, 1755, 1763, 2047])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[56, 425, 1147, 1152, 1153, 1497, 2115, 2213, 2546, 2611, 2612]), Anchor::All(&[Anchor::Lits(&[6286, 6348, 6356, 6371, 6409, 6473]), Anchor::Lits(&[1751])])])),
            (58, "address-the-model", Anchor::Lits(&[172, 173, 1491, 2062, 2177, 2232, 2414, 2594, 2595, 4394, 4670, 4671, 4676, 4678, 4915, 4917, 4918, 4919, 5201, 5202, 5281, 5282, 6112, 6113])),
            (59, "unrestricted-mode", Anchor::Lits(&[1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 2049, 3390, 3401, 3620, 3789, 3829, 3834, 4046, 4104, 4194, 4230, 4271, 4541, 4555, 4560, 4575, 4636, 4842, 4843, 4845, 4888, 4965, 5004, 5247, 5600, 5639, 5968, 5969, 5971, 5980, 5986, 5990, 5996, 6002])),
            (60, "dan-persona", Anchor::Lits(&[3314, 3315, 3316, 3318, 3319, 3320, 3321, 3322, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3363, 3364, 3365, 3513, 3514, 3515, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3556, 3577, 3578, 3579, 3623, 3624, 3625, 3788, 3790, 3791, 3792, 3793, 3893, 4687, 4688, 4689, 5096, 5097, 5098, 5114, 5115, 5116, 5117, 5118, 5119, 5120, 5121, 5149, 5150, 5151, 5152, 5153, 5154, 5155, 5156, 5360, 5361, 5362, 5363, 5364, 5365, 5366, 5367, 5370, 5371, 5372, 5373, 5374, 5375, 5376, 5377, 6104, 6105, 6106, 6287, 6290, 6297, 6302, 6303, 6304, 6305, 6306, 6307, 6308, 6309, 6312, 6372, 6373, 6377, 6379, 6380, 6381, 6382, 6384, 6391, 6392, 6393, 6394, 6395, 6396, 6397, 6398, 6410, 6411, 6412, 6413, 6414, 6415, 6416, 6417, 6474, 6475, 6479, 6483, 6484, 6485, 6486, 6489])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[189, 479, 843, 1851, 3033, 3389, 3761, 3787, 3835, 4102, 4269, 4275, 4419, 4550, 4570, 4610, 4629, 4635, 4659, 4783, 4841, 4844, 4887, 4889, 5248, 5355, 5392, 5393, 5964, 5967, 5970, 5972, 5973, 5978, 5979, 5985, 5992, 5993, 5994, 6006, 6206, 6207, 6218, 6219, 6220, 6221, 6222, 6223, 6224, 6228, 6229, 6230, 6231, 6232, 6233, 6234, 6236, 6242, 6244, 6246, 6250, 6259, 6260]), Anchor::All(&[Anchor::Lits(&[445, 465, 775, 963, 964, 1048, 1049, 1397, 1467, 1587, 1595, 1832, 1852]), Anchor::Lits(&[5739, 6158, 6165])])]), Anchor::Lits(&[51, 53, 187, 379, 382, 397, 405, 406, 555, 586, 642, 1144, 1145, 1472, 2004, 2119, 2120, 2121, 2122, 2176, 2238, 2278, 2297, 2299, 2321, 2335, 2336, 2491, 2492, 2535, 2541, 2542, 2641, 2866, 2888, 3137, 3164, 3232])])),
            (62, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[42, 147, 179, 188, 189, 190, 191, 454, 648, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1295, 1296, 1826, 1834, 1851, 1858, 1947, 1948, 1949, 2093, 2140, 2174, 2328, 2540, 3067, 3073, 5630]), Anchor::All(&[Anchor::Lits(&[445, 465, 775, 955, 963, 964, 967, 1040, 1048, 1049, 1052, 1290, 1397, 1467, 1586, 1587, 1594, 1595, 1832, 1833, 1837, 1852]), Anchor::Lits(&[2658, 3023, 3030])]), Anchor::All(&[Anchor::Lits(&[148, 1197, 1609, 2900, 2904, 2911]), Anchor::Lits(&[94, 306, 426, 554, 557, 1765, 2106, 2618, 2959])])])),
            (63, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[785, 1889, 1943, 3235, 4067, 4068, 5229, 5514, 5515, 5617]), Anchor::All(&[Anchor::Lits(&[477, 1641, 1806, 1875]), Anchor::Lits(&[3282, 3283, 3284, 3285, 3391, 3392, 3393, 3394, 3407])])])),
            (64, "no-restrictions", Anchor::Lits(&[3581, 3615, 3718, 3729, 3735, 4087, 4139, 4251, 4255, 4267, 4634, 4638, 4691, 4692, 4695, 5125, 5167, 5188, 5324, 5325, 5330, 5395, 5411, 5425, 5437])),
            (65, "rules-do-not-apply", Anchor::Lits(&[219, 220, 1212, 1281, 1282, 1283, 1284, 1285, 1286, 1724, 1985, 1986, 1987, 1988, 1989, 1990, 2041, 2042, 2043, 2044, 2045, 2046, 2821, 2822, 2828, 2829, 2830, 2832])),
            (66, "no-rules-apply", Anchor::Lits(&[4905, 5820, 5841, 5842, 5843, 5844, 5846, 5847, 5850, 5851])),
            (67, "freed-from-limits", Anchor::Lits(&[443, 444, 451, 1165, 1166, 1208, 1295, 1297, 1663, 1890, 1892, 1893, 1928, 1930, 1931, 2268, 2899, 2901, 2902, 2914])),
            (68, "respond-without-limits", Anchor::Lits(&[700, 701, 702, 703, 704, 705, 716, 717, 718, 719, 720, 721, 2245, 2246, 2247, 2248, 2249, 2250, 2260, 2261, 2262, 2263, 2264, 2265, 2384, 2385, 2386, 2387, 2388, 2389, 3388, 4190, 4407, 4835, 4839, 4840, 4856, 4857, 4885, 4886, 4890, 5269, 6205, 6217, 6225])),
            (69, "pre-safety-self", Anchor::Lits(&[1957, 3560])),
            (70, "stay-in-character", Anchor::Lits(&[789, 790, 805, 1071, 1072, 1087, 1623, 1820, 1821, 1838, 2269, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2562])),
            (71, "jailbreak-template", Anchor::Lits(&[550, 1877, 1881, 1884, 1886, 1888, 1916, 1917, 2186, 2237, 2743, 2786, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3486, 3487, 3488, 3489, 3490, 3491, 3492, 3493, 3494, 3495, 3496, 3497, 3498, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4693, 6100, 6179, 6180, 6181, 6182, 6183, 6184, 6185, 6189, 6190, 6191, 6192, 6193, 6194, 6195, 6196, 6197, 6198, 6199, 6200, 6201, 6202, 6210, 6211, 6212, 6213, 6214, 6215, 6216])),
            (72, "jailbreak", Anchor::Lits(&[3725, 3726, 4213, 4214, 4356, 4359, 4360, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4551, 4552, 4553, 4554, 4555, 4556, 4557, 4558, 4559, 4560, 4561, 4562, 4563, 4564, 4565, 4566, 4567, 4569, 4571, 4572, 4573, 4574, 4575, 4576, 4577, 4920, 4921, 5168, 5454, 6118, 6119, 6299, 6300, 6350, 6351, 6480, 6481, 6494, 6495])),
            (73, "evil-twin", Anchor::Lits(&[3180, 3188, 3191, 3195, 3197, 3201, 3205, 3214, 3217, 3219, 3223, 3224, 3226, 3227, 3228])),
            (74, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[52, 277, 296, 317, 1470, 1660, 2154, 2603]), Anchor::Lits(&[236, 241, 742, 744, 786, 952, 1037, 1068, 1585, 1593, 1818, 1889, 2983, 2985, 2989, 2992])])),
            (75, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[694, 698, 723, 1646, 2065, 2371]), Anchor::Lits(&[144, 1129, 1176, 2921, 3031, 3120])])),
            (76, "simulated-privileged-shell", Anchor::Lits(&[3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3358, 3359, 4207, 4208, 4209, 4210, 4211, 4212, 4229, 4231, 4232, 4233, 4234, 4235, 5378, 5379, 5380, 5381, 5382, 5383, 5638, 5640, 5641, 5642, 5643, 5644, 5654, 5655, 5656, 5657, 5658, 5659, 5995, 5997, 5998, 5999, 6000, 6001])),
            (77, "self-escalation", Anchor::Lits(&[749, 1608, 2681, 2685, 3208, 3209, 3210, 3233])),
            (78, "blind-execution", Anchor::Lits(&[204, 1192, 2999])),
            (79, "forbidden-becomes-required", Anchor::Lits(&[123, 124, 125, 128, 206, 207, 208, 209, 1193, 1194, 1195, 1196, 2013, 3007, 3008, 3009, 3010])),
            (80, "opposite-of-your-rules", Anchor::Lits(&[3144, 3146, 3159, 3167, 3176, 5005])),
            (81, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[621, 1161, 1454, 1470, 1475, 1476, 1477, 2112, 2154, 2383, 2603]), Anchor::Any(&[Anchor::Lits(&[189, 479, 843, 1851, 3033, 3389, 3761, 3787, 3835, 4102, 4269, 4275, 4419, 4550, 4570, 4610, 4629, 4635, 4659, 4783, 4841, 4844, 4887, 4889, 5248, 5355, 5392, 5393, 5964, 5967, 5970, 5972, 5973, 5978, 5979, 5985, 5992, 5993, 5994, 6006, 6206, 6207, 6218, 6219, 6220, 6221, 6222, 6223, 6224, 6228, 6229, 6230, 6231, 6232, 6233, 6234, 6236, 6242, 6244, 6246, 6250, 6259, 6260]), Anchor::All(&[Anchor::Lits(&[445, 465, 775, 963, 964, 1048, 1049, 1397, 1467, 1587, 1595, 1832, 1852]), Anchor::Lits(&[5739, 6158, 6165])])]), Anchor::Lits(&[81, 90, 95, 104, 307, 316, 427, 438, 558, 559, 670, 1687, 1696, 1766, 1775, 2893, 2960])])),
            (82, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3585, 3587, 3588, 4077, 4126, 5608, 5609]), Anchor::All(&[Anchor::Lits(&[4612, 4613]), Anchor::Lits(&[681, 691, 1629, 2067, 2401, 2834])]), Anchor::All(&[Anchor::Lits(&[4048, 4049]), Anchor::Lits(&[3782, 4599, 5055, 5460, 5924])])]), Anchor::Lits(&[3313, 3335, 3409, 3544, 3548, 3563, 3564, 3567, 3622, 3655, 3740, 4065, 4066, 4420, 5001, 5110, 5111, 5112, 5113, 5182, 5249, 5291, 5319, 5323, 5342, 5359, 5369, 5512, 5513, 5595, 5601, 5602, 5701, 5940, 5960, 6286, 6371, 6473]), Anchor::Lits(&[2659, 3024, 3031])]), Anchor::All(&[Anchor::Lits(&[3517, 3572, 3573, 3773, 3785, 3862, 4103, 4189, 4270, 4272, 4499, 4660, 5356, 5408, 5455, 5596, 5852]), Anchor::Any(&[Anchor::Lits(&[3308, 3311, 3387, 3428, 3586, 3780, 3782, 3811, 3822, 3854, 4033, 4047, 4126, 4131, 4268, 4611, 5014, 5048, 5055, 5105, 5179, 5460, 5483, 5586, 5597, 5607, 5924, 5959, 6176]), Anchor::All(&[Anchor::Lits(&[4245]), Anchor::Lits(&[49, 110, 2022, 2058, 2413, 2614])]), Anchor::All(&[Anchor::Lits(&[3758, 4050, 4062, 4132, 4188, 4612, 5135, 5488, 5939, 5988, 6012]), Anchor::Lits(&[2804, 2805, 2806, 2808, 2809, 2810, 2811, 2812, 2813, 2816, 2823, 2826, 2831])])]), Anchor::Lits(&[3313, 3335, 3544, 3548, 5109, 5122, 5512, 6286, 6473])])])),
            (83, "third-party-permission", Anchor::All(&[Anchor::Lits(&[455, 568, 707, 753, 1113, 1169, 1205, 1211, 1217, 1378, 1465, 2048, 2270, 2350, 2495, 2609, 2885, 2889, 2907, 3061]), Anchor::Lits(&[132, 231, 300, 347, 348, 576, 714, 1214, 1328, 1355, 1379, 1504, 1519, 1812, 1963, 2016, 2019, 2099, 2291, 2366, 2392, 2488, 2838, 2980])])),
            (84, "privileged-identity", Anchor::Lits(&[141, 231, 347, 348, 576, 1139, 1146, 1379, 2908, 3028, 3137, 3164, 3232])),
            (85, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[3074, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3525, 3526, 3527, 3528, 3547, 3619, 3632, 3633, 3634, 3636, 4256, 4257, 4258, 4260, 4393, 4417, 4665, 4666, 4667, 4668, 5088, 5089, 5090, 5091, 5126, 5127, 5128, 5130, 5233, 5234, 5235, 5236, 5332, 5333, 5334, 5336, 5414, 5420, 5422, 5438, 5469, 5472, 5474, 5482, 5652, 5661, 5810, 5811, 5812, 5813, 6166, 6167, 6168, 6169, 6170, 6171, 6172]), Anchor::All(&[Anchor::Lits(&[3361, 4518, 5368, 5389, 5737]), Anchor::Lits(&[46, 49, 143, 216, 669, 677, 681, 708, 709, 710, 711, 754, 755, 756, 757, 758, 759, 760, 761, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1128, 1141, 1210, 1217, 1292, 1378, 1649, 2022, 2058, 2067, 2113, 2135, 2172, 2401, 2413, 2417, 2527, 2537, 2834, 2865, 2884, 2907, 2917])]), Anchor::All(&[Anchor::Lits(&[660, 1126, 1210, 1216, 1648, 2563, 2570, 2906]), Anchor::Lits(&[57, 1198, 2152, 2235, 2565, 3117])])])),
            (86, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[58, 1280, 1338, 2236, 3362, 3602, 3603, 3961, 4278, 4279, 4280, 4281, 4402, 4403, 4416, 4819, 5145, 5660, 6174]), Anchor::All(&[Anchor::Lits(&[464, 774, 1464, 1876, 1879, 1881, 1885, 1886, 1887, 1888, 1912, 1913, 1914, 1916, 1917, 1919, 1920, 1921, 2523, 4570, 5964, 5970, 5979, 5994]), Anchor::Lits(&[242])])])),
            (87, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[2610, 2638, 2891, 3362, 3516, 4344, 4416, 4428, 4792, 4819, 4820, 5145, 5660, 6136]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2610, 2638, 2891]), Anchor::All(&[Anchor::Lits(&[225, 226, 441, 630, 1167, 1253, 1387, 1674, 1679, 2055, 2130, 2132, 2311, 2346, 2358]), Anchor::Lits(&[4190, 4837, 6225, 6499])])]), Anchor::Lits(&[3312, 3408, 5290, 5318, 5594, 5700, 6281])]), Anchor::All(&[Anchor::Lits(&[225, 441, 630, 636, 1167, 1256, 1387, 1674, 1679, 2130, 2132, 2311, 2346, 2358]), Anchor::Lits(&[4190, 4837, 6227, 6499])])])),
            (88, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[224, 227, 442, 563, 607, 608, 1254, 1257, 1388, 1669, 1675, 1680, 2056, 2228, 2301, 2310, 2312, 2347]), Anchor::Lits(&[51, 379, 2118, 3137, 3140, 3164, 3232])])),
            (89, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1213, 1805, 1807, 1868, 1871, 1872, 1882, 1883, 1923, 1924]), Anchor::All(&[Anchor::Lits(&[1138, 1258, 1261, 1263, 1381, 1676, 1678, 2252, 2253, 2256, 2257, 2258, 2302, 2303, 2305, 2309, 2316]), Anchor::Lits(&[4959, 5445, 5486, 5489, 5516])])])),
            (90, "persona-whose-words-run", Anchor::Lits(&[3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3425, 4051, 4093, 4094, 4095, 4096, 4098, 4101, 6145])),
            (91, "disable-safety", Anchor::Lits(&[2377, 3287, 3368, 3377, 3422, 3445, 3446, 3447, 3452, 3453, 3454, 3455, 3456, 3457, 3520, 3522, 3523, 3524, 3583, 3584, 3596, 3598, 3614, 3631, 3637, 3639, 3640, 3709, 3711, 3712, 3713, 3731, 3733, 3734, 3736, 3762, 3764, 3798, 3799, 3808, 3855, 3857, 3869, 3871, 4071, 4076, 4078, 4081, 4082, 4083, 4084, 4085, 4086, 4089, 4090, 4092, 4099, 4140, 4184, 4186, 4192, 4219, 4220, 4221, 4248, 4250, 4252, 4261, 4327, 4334, 4401, 4408, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4568, 4631, 4690, 4694, 4787, 4788, 4955, 5039, 5042, 5193, 5239, 5253, 5261, 5331, 5347, 5348, 5409, 5415, 5416, 5417, 5418, 5419, 5423, 5424, 5426, 5427, 5428, 5429, 5430, 5431, 5432, 5433, 5434, 5435, 5436, 5442, 5443, 5444, 5470, 5471, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5503, 5504, 5637, 5663, 5665, 5666, 5702, 5809, 5837, 5957, 5962, 5963, 5975, 6277, 6433])),
            (92, "safety-declared-off", Anchor::Lits(&[3366, 3368, 3445, 3446, 3447, 3452, 3453, 3454, 3455, 3456, 3457, 3520, 3522, 3523, 3524, 3614, 3631, 3637, 3709, 3711, 3712, 3713, 3731, 3733, 3734, 3736, 3762, 3764, 4071, 4081, 4082, 4083, 4084, 4085, 4086, 4092, 4140, 4248, 4250, 4252, 4261, 4327, 4334, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4690, 4694, 5193, 5239, 5253, 5261, 5331, 5347, 5348, 5409, 5415, 5416, 5417, 5418, 5419, 5423, 5424, 5426, 5427, 5428, 5429, 5430, 5431, 5432, 5433, 5434, 5435, 5436, 5442, 5443, 5444, 5470, 5471, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5809, 5957, 6433])),
            (93, "skip-approval", Anchor::Lits(&[223, 606, 619, 2091, 2325, 2486, 2489, 3073, 3450, 3897, 3969, 4791, 4859, 5228, 5616, 6235, 6320, 6321, 6331, 6332])),
            (94, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[3800, 3802, 3803, 3819, 6003]), Anchor::All(&[Anchor::Lits(&[3325, 3326, 3327, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3665, 3687, 3689, 3690, 3692, 3693, 3695, 3696, 3698, 3700, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 3957, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4155, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4166, 4167, 4930, 4941, 4943, 4944, 4946, 4947, 4949, 4950, 4952, 4954, 5076, 5077, 5078, 5079, 5080, 5081, 5082, 5083, 5084, 5085, 5397, 5398, 5399, 5400, 5401, 5402, 5403, 5404, 5405, 5406]), Anchor::Lits(&[3800, 3802, 3803, 3819, 5344, 5384, 5385, 5941, 5982, 6003])])])),
            (95, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[2807, 2820, 2824, 2825, 3847, 5627, 6238, 6240, 6241, 6243, 6245, 6248, 6257, 6258, 6261, 6262, 6263, 6264, 6266, 6267, 6268, 6269, 6270, 6271]), Anchor::All(&[Anchor::Lits(&[561, 562, 569, 672, 1253, 1272, 1327, 1382, 2201, 2339, 2358, 2379, 2410]), Anchor::Lits(&[3531, 3894, 3966, 4789, 5522, 5613])])])),
            (96, "do-not-screen-input", Anchor::Lits(&[792, 793, 794, 798, 803, 815, 818, 819, 820, 821, 822, 823, 828, 829, 1074, 1075, 1076, 1080, 1085, 1098, 1101, 1102, 1103, 1104, 1105, 1106, 1111, 1112, 1823, 1824, 1825, 1828, 1835, 1850, 1854, 1855, 1856, 1857, 1859, 1860, 1865, 1866, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 2498, 2499, 2500, 2501, 2502, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2514, 2515, 2572, 2573, 2574, 2575, 2577, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088])),
            (97, "allowlist-this-prompt", Anchor::Lits(&[1794, 1796, 1797, 1798, 1801, 1802, 1803, 1804, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2748, 2749, 2754, 2769, 2772, 2777, 2778, 2784, 3379, 3382, 4123, 6163, 6164])),
            (100, "unset-read-only", Anchor::Lits(&[1123, 1157, 2228, 2234, 2307, 2309, 2359, 2378, 2411])),
            (101, "stop-logging", Anchor::Lits(&[339, 1615, 1703, 2242, 2382, 2850, 3127])),
            (102, "self-approval", Anchor::Lits(&[3460, 5704, 5705, 5706, 5707, 5708, 5709, 5710, 5711, 5712, 5713, 5714, 5715, 5716, 5717, 5718, 5719, 5720, 5721, 5722, 5723, 5724, 5725, 5726, 5727, 5728, 5729, 5730, 5731, 5732, 5733])),
            (103, "execute-everything", Anchor::Lits(&[111, 112, 113, 117, 120, 122, 126, 204, 1172, 1173, 1174, 1178, 1181, 1183, 1190, 1192])),
            (104, "protection-mode-claim", Anchor::Lits(&[65, 129, 336, 459, 763, 1124, 1650, 1700, 1776, 1911, 1954, 1961, 2064, 2066, 2096, 2281, 2886, 2912])),
            (105, "approve-tool-calls", Anchor::Lits(&[229])),
            (107, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[131, 134, 135, 136, 137, 140, 224, 421, 453, 563, 570, 599, 601, 722, 1158, 1383, 1433, 1434, 1680, 1752, 2092, 2094, 2131, 2133, 2229, 2312, 2347, 2466, 2880, 3027]), Anchor::Lits(&[1607, 2682, 2705, 2727, 2747, 2779, 3177])])),
            (108, "tamper-with-named-controls", Anchor::Lits(&[3378, 3380, 3381, 3449, 3455, 3762, 4071, 4247, 4312, 4313, 4314, 4315, 4316, 4317, 4491, 5140, 5192, 5194, 5238, 5468, 5473, 5928, 5957])),
            (109, "authority-waives-controls", Anchor::Lits(&[1535, 1889, 3529, 3649, 3715, 3760, 4070, 4122, 4832, 4891, 5092, 5139, 5143, 5441, 5506, 5507, 5509, 5696, 6110])),
            (110, "vendor-orders-an-action", Anchor::Lits(&[1300, 1302, 1303, 1306, 1307, 1309, 1311, 1312, 1315, 1317, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2762, 2763, 2764])),
            (111, "run-data-as-code", Anchor::Lits(&[419, 1199, 1605, 1606, 1686, 2687, 2688, 2717, 2718, 2723, 2724, 2725, 2726, 2733, 2734, 2955, 3006, 3345, 4171, 4173, 5227, 5464, 5511, 6157])),
            (112, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2329, 2330, 2331, 2332, 2333, 2334]), Anchor::Lits(&[371, 571, 671, 674, 2525, 2536])])),
            (113, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[412, 480, 481, 482, 484, 485, 487, 493, 494, 501, 502, 503, 505, 506, 508, 516, 517, 520, 521, 522, 524, 525, 527, 535, 536, 791, 797, 799, 801, 804, 808, 824, 825, 956, 959, 960, 962, 966, 970, 979, 980, 1041, 1044, 1045, 1047, 1051, 1055, 1064, 1065, 1073, 1079, 1081, 1083, 1086, 1091, 1107, 1108, 1822, 1827, 1829, 1831, 1836, 1843, 1861, 1862, 3037, 3040, 3041, 3043, 3045, 3047, 3056, 3057, 3093, 3096, 3097, 3099, 3101, 3103, 3112, 3113, 3461, 3569, 3898, 3917, 3925, 3970, 4001, 4009, 4276, 4793, 4799, 4806, 4860, 4867, 4898, 5386, 5529, 5530, 5531, 5534, 5535, 5536, 5537, 5538, 5539, 5540, 5548, 5549, 5550, 5551, 5552, 5553, 5561, 5562, 5563, 5564, 5565, 5566, 5567, 5568, 5573, 5574, 5575, 5576, 5577, 5578, 5579, 5580, 5581, 5582, 5583, 5584, 6225]), Anchor::All(&[Anchor::Lits(&[4300, 4302, 4304, 4305, 4306]), Anchor::Lits(&[1299])]), Anchor::All(&[Anchor::Lits(&[108, 151, 223, 2325, 2486]), Anchor::Lits(&[5528])])])),
            (114, "evade-the-checks", Anchor::Lits(&[337, 372, 480, 481, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 501, 502, 504, 505, 506, 507, 508, 509, 512, 513, 514, 515, 516, 517, 519, 520, 521, 523, 524, 525, 526, 527, 528, 531, 532, 533, 534, 535, 536, 538, 791, 797, 800, 801, 804, 806, 808, 809, 812, 813, 814, 816, 824, 825, 827, 956, 959, 961, 962, 966, 968, 970, 971, 974, 975, 976, 977, 979, 980, 982, 1041, 1044, 1046, 1047, 1051, 1053, 1055, 1056, 1059, 1060, 1061, 1062, 1064, 1065, 1067, 1073, 1079, 1082, 1083, 1086, 1088, 1091, 1092, 1095, 1096, 1097, 1099, 1107, 1108, 1110, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1701, 1822, 1827, 1830, 1831, 1836, 1839, 1843, 1844, 1847, 1848, 1849, 1853, 1861, 1862, 1864, 2241, 2848, 2849, 3037, 3040, 3042, 3043, 3045, 3046, 3047, 3048, 3051, 3052, 3053, 3054, 3056, 3057, 3059, 3093, 3096, 3098, 3099, 3101, 3102, 3103, 3104, 3107, 3108, 3109, 3110, 3112, 3113, 3115, 4535, 4855, 5843, 5848, 5849, 5850, 6120, 6225, 6355])),
            (115, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[693, 762, 807, 1090, 1666, 1809, 1896, 1915, 2266, 2271, 2326, 2605, 2610, 2891, 2977, 3073, 3451, 3458, 3635, 3710, 3714, 3748, 3867, 4105, 4124, 4191, 4259, 4274, 4639, 5129, 5335, 5396, 5948, 5951, 5952, 5953, 5955, 6111]), Anchor::All(&[Anchor::Lits(&[455, 466, 568, 753, 764, 1207, 1209, 1341, 1345, 1665, 1667, 2048, 2051, 2052, 2054, 2270, 2273, 2495, 2516, 2604, 2606, 2889, 2892, 2976, 2978]), Anchor::Lits(&[223, 560, 606, 648, 1382, 1668, 2130, 2132, 2227, 2309, 2325, 2343, 2357])]), Anchor::All(&[Anchor::Lits(&[1498, 1524, 1744, 2186, 2283]), Anchor::Lits(&[5945])])])),
            (116, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1411, 1412, 1413, 1415, 1416, 1417, 1418, 1419, 1420, 1421, 1422, 1425, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 3243, 3244, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3421, 3426, 3427, 3716, 4052, 4097, 4169, 4170, 4172, 4174, 4175, 4176, 4177, 4178, 4179, 4200, 4238, 4443, 4444, 4786, 4987, 5027, 5213, 5312, 5929, 5933, 6155, 6203])),
            (117, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[138, 146, 334, 349, 351, 1384, 1386, 2136, 2137, 2147, 2156, 2193, 2194, 2360, 2361, 2929, 3443, 3708, 5086, 5345, 5506]), Anchor::All(&[Anchor::Lits(&[2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461]), Anchor::Lits(&[3642, 4138, 4247, 4311, 5423, 5957])])])),
            (118, "agent-grants-itself-power", Anchor::Lits(&[1810, 2272, 2683, 2686, 3207, 3215, 3218, 3229, 3234, 5541, 5542, 5543, 5544, 5545, 5546, 5547, 5554, 5555, 5556, 5557, 5558, 5559, 5560])),
            (119, "remove-the-guard-hook", Anchor::Any(&[Anchor::Lits(&[3448, 3521, 3763, 4249, 4253, 5087, 5132, 5140, 5157, 5421, 5473]), Anchor::All(&[Anchor::Lits(&[224, 333, 673, 1383, 1385, 2092, 2133, 2146, 2155, 2359, 2411]), Anchor::Lits(&[1432, 2400])])])),
            (120, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[45, 47, 106, 332, 1171, 1704, 1705, 1777, 2219, 2412]), Anchor::Lits(&[574, 753, 1636, 2078, 2205, 2473, 2571, 2604, 2609, 2889, 2913, 3061])])),
            (121, "policy-does-not-cover-me", Anchor::Lits(&[787, 788, 795, 796, 802, 817, 953, 954, 957, 958, 965, 978, 1038, 1039, 1042, 1043, 1050, 1063, 1069, 1070, 1077, 1078, 1084, 1100, 1200, 3035, 3036, 3038, 3039, 3044, 3055, 3091, 3092, 3094, 3095, 3100, 3111])),
            (124, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3308, 3311, 3387, 3428, 3780, 3782, 3813, 3814, 3815, 3816, 3854, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4126, 5014, 5048, 5055, 5105, 5179, 5460, 5483, 5586, 5597, 5924, 5959]), Anchor::All(&[Anchor::Lits(&[4245]), Anchor::Lits(&[49, 110, 2022, 2058, 2413, 2614])]), Anchor::All(&[Anchor::Lits(&[3758, 4050, 4062, 4132, 4188, 4612, 5135, 5488, 5939, 5988, 6012]), Anchor::Lits(&[2804, 2805, 2806, 2808, 2809, 2810, 2811, 2812, 2813, 2816, 2823, 2826, 2831])])]), Anchor::Lits(&[3395, 3396, 3397, 3398, 3399, 3400, 3408, 3417, 3418, 3466, 3643, 3644, 3645, 4128, 4129, 4130, 4143, 4144, 4527, 4646, 4647, 4648, 4998, 5000, 5049, 5050, 5051, 5183, 5184, 5185, 5237, 5241, 5243, 5346, 5349, 5350, 5484, 5485, 5646, 5647, 5648, 5649, 5650, 5651, 5941, 5942, 5943]), Anchor::Lits(&[66, 291, 385, 1458, 1992, 3011, 3017, 3025])])),
            (125, "tool-call-tampering", Anchor::Lits(&[67, 72, 73, 74, 75, 198, 199, 200, 201, 202, 210, 211, 212, 213, 214, 386, 390, 391, 392, 396, 1130, 1131, 1132, 1133, 1134, 1185, 1186, 1187, 1188, 1189, 1279, 1324, 1459, 1460, 1461, 1462, 1463, 1869, 2592, 3012, 3013, 3014, 3015, 3016, 3018, 3019, 3020, 3021, 3022])),
            (126, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[412, 1790, 1932, 2220, 3383, 3384, 3385, 3402, 3403, 3404, 3590, 3591, 3592, 3771, 3772, 3861, 4291, 4328, 4329, 4330, 4331, 4332, 4333, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4342, 4343, 4521, 4522, 4582, 4583, 4586, 4591, 4592, 4593, 4594, 4595, 4596, 4597, 4598, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 5227, 5296, 5297, 5298, 5299, 5300, 5301, 5302, 5303, 5304, 5305, 5306, 5307, 5308, 5309, 5310, 5461, 5464, 5510, 5511, 5610, 5611, 5838, 5839, 5840, 5965, 5976, 5991, 6069, 6070, 6071, 6072, 6073, 6074, 6075, 6076, 6077, 6078, 6079, 6080, 6081, 6082, 6083, 6084, 6085, 6086, 6087, 6088, 6089, 6090, 6091, 6092, 6093, 6094, 6095, 6096, 6097, 6098, 6225]), Anchor::All(&[Anchor::Lits(&[3405, 3894, 3966, 4654, 4789, 4858, 6225, 6360, 6361]), Anchor::Lits(&[3347, 3423, 3424, 4326, 5003, 5047, 5075, 5093, 5295, 6065]), Anchor::Lits(&[105, 107, 436, 768, 769, 1486, 1490, 1657, 1661, 1732, 1739, 1938, 1939, 2280, 2282, 2322, 2323, 2383, 2391, 2477, 2479, 2648, 2654, 2981, 2982])])])),
            (127, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 153, 155, 157, 159, 162, 164, 166, 168, 170, 2663, 2665, 2667, 2669, 2671, 2673, 2675, 2677, 2679, 2706, 2708, 2710, 2712, 2715, 2719, 2721, 2728, 2730, 2750, 2752, 2765, 2767, 2770, 2773, 2775, 2780, 2782]), Anchor::Lits(&[243, 256, 293, 294, 295, 1474, 1478, 1479, 1480, 1481, 1499, 1500, 1501, 1502, 1503, 1546, 1547, 1554, 1555, 1556, 1997, 1998, 1999, 2000, 2001, 2800, 2803, 2818, 2819, 2827])]), Anchor::All(&[Anchor::Lits(&[4414, 4418, 4641, 5108, 6054]), Anchor::Lits(&[182, 634, 1278, 2125, 3063]), Anchor::Lits(&[3783, 3794, 4063, 5029, 5057, 5251, 5337, 5339, 5387, 5465, 5598, 5680, 5925])])]), Anchor::Lits(&[682, 687, 691, 1142, 1143, 1468, 1471, 1632, 1682, 2071, 2113, 2114, 2243, 2317, 2318, 2342, 2372, 2406, 2437, 2538, 2684, 2714, 2836, 2919]), Anchor::Lits(&[15, 17, 19, 21, 24, 26, 28, 32, 34, 154, 156, 158, 160, 163, 165, 167, 169, 171, 2664, 2666, 2668, 2670, 2672, 2674, 2676, 2678, 2680, 2707, 2709, 2711, 2713, 2716, 2720, 2722, 2729, 2731, 2751, 2753, 2766, 2768, 2771, 2774, 2776, 2781, 2783, 3784, 3795, 4064, 5030, 5058, 5252, 5338, 5340, 5388, 5466, 5599, 5681, 5926])])),
            (131, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[233, 234, 235, 238, 239, 496, 1400, 1406, 1591, 1592, 1792, 1810, 1813, 2469, 2474, 3032]), Anchor::Any(&[Anchor::Lits(&[3308, 3311, 3387, 3428, 3780, 3782, 3813, 3814, 3815, 3816, 3854, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4126, 5014, 5048, 5055, 5105, 5179, 5460, 5483, 5586, 5597, 5924, 5959]), Anchor::All(&[Anchor::Lits(&[4245]), Anchor::Lits(&[49, 110, 2022, 2058, 2413, 2614])]), Anchor::All(&[Anchor::Lits(&[3758, 4050, 4062, 4132, 4188, 4612, 5135, 5488, 5939, 5988, 6012]), Anchor::Lits(&[2804, 2805, 2806, 2808, 2809, 2810, 2811, 2812, 2813, 2816, 2823, 2826, 2831])])])])),
            (132, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3386, 4325, 4415, 4663, 5932]), Anchor::All(&[Anchor::Lits(&[3541, 3542, 3571, 3771, 4069, 4289, 4291, 4521, 4697, 5384, 5385, 5461, 5612, 5915, 6162, 6500]), Anchor::Lits(&[3518, 3575, 3627, 3660, 3874, 4061, 4137, 4168, 4414, 4640, 4641, 4664, 5052, 5074, 5467, 5593, 5629, 5683, 5735])])]), Anchor::Lits(&[142, 376, 377, 416, 675, 1148, 1409, 1410, 1438, 1469, 1561, 1721, 1781, 2337, 2338, 2402, 2564, 2787, 2861, 3026, 3242])])),
            (133, "hijack-the-task", Anchor::Lits(&[4500, 5232])),
            (135, "instruction-field", Anchor::Lits(&[82, 83, 84, 85, 86, 87, 88, 89, 96, 97, 98, 99, 100, 101, 102, 103, 308, 309, 310, 311, 312, 313, 314, 315, 428, 429, 430, 431, 432, 433, 434, 435, 661, 662, 663, 664, 665, 666, 667, 668, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 2619, 2620, 2621, 2625, 2626, 2627, 2628, 2631])),
            (138, "conceal-from-the-people", Anchor::Lits(&[448, 449, 450, 474, 475, 476, 503, 506, 508, 510, 511, 516, 518, 522, 525, 527, 529, 530, 535, 537, 799, 804, 808, 810, 811, 824, 826, 960, 966, 970, 972, 973, 979, 981, 1045, 1051, 1055, 1057, 1058, 1064, 1066, 1081, 1086, 1091, 1093, 1094, 1107, 1109, 1733, 1735, 1737, 1829, 1836, 1843, 1845, 1846, 1861, 1863, 2127, 2128, 2129, 3041, 3045, 3047, 3049, 3050, 3056, 3058, 3097, 3101, 3103, 3105, 3106, 3112, 3114, 3772, 3861, 3895, 3910, 3911, 3922, 3923, 3929, 3930, 3931, 3932, 3933, 3934, 3943, 3946, 3967, 3994, 3995, 4006, 4007, 4013, 4014, 4015, 4016, 4017, 4018, 4027, 4030, 4653, 4655, 4656, 4657, 4790, 4794, 4795, 4803, 4804, 4809, 4810, 4811, 4812, 4813, 4816, 4826, 4829, 5227, 5464, 5611, 6226, 6237, 6239, 6247, 6249, 6251, 6252, 6253, 6254, 6255, 6256, 6265, 6272])),
            (139, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[185, 778, 779, 780, 781, 782, 1436, 1437, 1880, 2003, 2202, 2591, 2898, 3067, 3119, 6225]), Anchor::All(&[Anchor::Lits(&[217, 612, 613, 614, 615, 683, 1633, 2068, 2072, 2173, 2402, 2407, 2835, 2837]), Anchor::Lits(&[551, 590, 591, 1347, 1596, 2077, 2141, 2203, 2204, 2233, 2267])])])),
            (143, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[55, 150, 539, 553, 585, 589, 590, 676, 771, 1274, 1275, 1410, 1493, 1732, 2218, 2221, 2280, 2405, 2490, 2567, 3029, 3242, 3913, 3921, 3924, 3926, 3938, 3940, 3997, 4005, 4008, 4010, 4022, 4024, 4797, 4802, 4805, 4807, 4818, 4822, 4858, 5501, 6225]), Anchor::All(&[Anchor::Lits(&[2033]), Anchor::Lits(&[4615])])])),
            (145, "assert-a-falsehood", Anchor::Lits(&[3821, 5909, 6147, 6149, 6159])),
            (146, "user-kept-out-of-the-loop", Anchor::Lits(&[114, 115, 118, 119, 121, 127, 193, 194, 195, 196, 197, 203, 218, 244, 245, 247, 248, 249, 250, 251, 252, 253, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 270, 280, 283, 286, 287, 288, 289, 290, 1149, 1175, 1177, 1179, 1180, 1182, 1191, 1342, 1343, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 2006, 2007, 2008, 2009, 2010, 2011, 2082, 2083, 2084, 2085, 2086, 2087, 2100, 2101, 2102, 2103, 2104, 2105, 2284, 2285, 2286, 2287, 2288, 2289, 2478, 2890, 2922, 2923, 2924, 2925, 2926, 2927, 2930, 2931, 2932, 2933, 2934, 2935, 4858])),
            (147, "kept-from-the-record", Anchor::Any(&[Anchor::Lits(&[4592, 4593, 4594, 4595, 4596, 4597, 4598, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 4892, 4968, 4969, 4970, 4971, 4972, 4973, 4974, 4975, 4976, 4977, 4978, 4979, 4980, 4981, 4982, 4983, 4984, 4985, 5569, 5570, 5571, 5572]), Anchor::All(&[Anchor::Lits(&[228, 380, 1271, 1408, 1640, 1937, 2486]), Anchor::Lits(&[969, 1054, 1089, 1398, 1793, 1808, 1811, 1841, 1842, 2475, 2476, 3034, 3090])]), Anchor::All(&[Anchor::Lits(&[54, 478, 552, 588, 2217, 2549, 2566]), Anchor::Lits(&[3469, 3477, 3920, 4004, 6175, 6273])])])),
            (149, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5100, 5101, 5103, 5178]), Anchor::All(&[Anchor::Lits(&[4044, 4225, 4239, 4310, 4324, 4371, 4605, 4990, 5028, 5046, 5099, 5102, 5104, 5178, 5198, 5199, 6282]), Anchor::Lits(&[3537, 3538, 3756, 3757, 3817, 4047, 4127, 4131, 4187, 4611, 4651, 4682, 4698, 5134, 5208, 5210, 5289, 5453, 5487, 5497, 5500, 5628, 5667, 5938, 5987, 6011, 6280])])]), Anchor::Lits(&[373, 374, 659, 669, 713, 1127, 1141, 1211, 1217, 1292, 1649, 1715, 1749, 1786, 2107, 2108, 2109, 2135, 2171, 2206, 2208, 2277, 2381, 2417, 2418, 2470, 2472, 2590, 2613, 2865, 2907, 2917, 3121])])),
            (152, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[3750, 3751, 3752, 3753, 3754, 3755, 3875, 3876, 3877, 3878, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 4283, 4284, 4285, 4286, 4287, 4288, 4318, 4319, 4320, 4321, 4322, 4323, 5061, 5062, 5063, 5064, 5065, 5066, 5215, 5216, 5217, 5218, 5219, 5220, 5221, 5222, 5223, 5224, 5225, 5226, 5254, 5255, 5256, 5257, 5258, 5259, 5631, 5632, 5633, 5634, 5635, 5636, 6055, 6056, 6057, 6058, 6059, 6060, 6061, 6062, 6063, 6066, 6067, 6068]), Anchor::Lits(&[3601, 4136, 4649, 5106, 5293])])),
            (153, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[13, 152, 161, 186, 1800, 2533]), Anchor::All(&[Anchor::Lits(&[3757, 4127, 4131, 4187, 4611, 4682, 5107, 5134, 5208, 5289, 5487, 5497, 5500, 5628, 5667, 5938, 6011]), Anchor::Lits(&[5916, 5917, 5918, 5919, 5920, 5921, 6186, 6187, 6188, 6204, 6208, 6209]), Anchor::Lits(&[48, 60, 215, 452, 1140, 1151, 1323, 1327, 1435, 1484, 1642, 2021, 2431, 2493, 2655, 2918, 2988])])])),
            (154, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[3309, 3310, 3429, 3430, 3546, 3784, 4925, 5054, 5056, 5058, 5060, 5067, 5180, 5181, 5260, 5461, 5466, 5490]), Anchor::Lits(&[540, 772, 1127, 1137, 1141, 1350, 2035, 2076, 2135, 2164, 2230, 2320, 2322, 2417, 2470, 2477, 2648, 2895])])),
            (155, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3570, 3894, 3966, 4625, 4626, 4789, 4858, 4874, 6225]), Anchor::Lits(&[105, 107, 299, 305, 436, 437, 541, 542, 1340, 1344, 1486, 1490, 1575, 1576, 1657, 1706, 1707, 1734, 1736, 1738, 1740, 1741, 1742, 1938, 1939, 2648, 2654, 2974, 2975]), Anchor::Lits(&[3360, 3443, 3462, 3600, 3616, 3641, 3661, 3796, 4032, 4241, 4460, 4534, 4623, 4662, 4736, 5026, 5177, 5459, 5506, 5508, 5585, 5816])]), Anchor::All(&[Anchor::Lits(&[3531, 3532, 3595, 3597, 3959, 3960, 4226, 4237, 5522, 5524]), Anchor::Lits(&[3443, 3600, 3616, 3617, 3618, 5345, 5506, 5508, 5914])])]), Anchor::Lits(&[358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 411, 456, 457, 458, 460, 462, 463, 467, 468, 469, 470, 471, 472, 786, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 1068, 1357, 1358, 1359, 1360, 1361, 1362, 1364, 1365, 1366, 1367, 1368, 1369, 1658, 1659, 1818, 1896, 1915, 2496, 2497, 2503, 2504, 2512, 2513, 2517, 2518, 2519, 2520, 2521, 2522, 3073])])),
            (156, "send-to-a-raw-address", Anchor::Lits(&[616, 770, 779, 781, 783, 784, 2324, 2524, 2528, 2647, 2988, 3545, 3589, 3786, 4125, 4519, 4834, 5107, 5134, 5208, 5294, 5487, 5628, 5944, 6011, 6121])),
            (157, "send-outside-the-company", Anchor::Lits(&[1219, 1372, 2746, 5033, 5100, 5144, 5203])),
            (158, "disclose-secret-values", Anchor::Lits(&[575, 577, 637, 639, 706, 1156, 1159, 1485, 2116, 2117, 2165, 2903, 2909, 2910, 2948, 2949, 3431, 3621, 3626, 3628, 3629, 3652, 3837, 3838, 4627, 4628, 4924, 5053, 5462, 5463])),
            (159, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::Lits(&[49, 80, 116, 186, 341, 578, 632, 643, 686, 1218, 1291, 1298, 1473, 1543, 1544, 2022, 2038, 2039, 2058, 2063, 2161, 2178, 2231, 2293, 2413, 2602, 2614, 2744, 2745, 2928, 2954, 3346, 3774, 3775, 3776, 3777, 3778, 3779, 4133, 4461, 4908, 5240, 5341, 5645, 6064]), Anchor::All(&[Anchor::Lits(&[3594, 3811, 3823, 3853, 3856, 4033, 4123, 4630, 4650, 5280, 5283, 5285, 5662, 5664, 5690, 5961, 5966, 6004]), Anchor::Lits(&[12, 133, 335, 338, 344, 345, 594, 1577, 1578, 1651, 1722, 1747, 1789, 1815, 1816, 1817, 2069, 2070, 2340, 2341, 2435, 2436, 2894])]), Anchor::All(&[Anchor::Lits(&[3758, 4188, 4652, 5135, 5209, 5488, 5498, 6012]), Anchor::Lits(&[318, 319, 320, 321, 322, 323, 1548, 1549, 1550, 1551, 1552, 1553, 2806, 2809, 2810, 2811, 2816, 2817])]), Anchor::All(&[Anchor::Lits(&[216, 682, 1632, 2067, 2834]), Anchor::Lits(&[5059, 5135, 5204, 5488, 5498])]), Anchor::All(&[Anchor::Lits(&[3594, 3811, 3823, 3853, 3856, 4033, 4123, 4630, 4650, 5280, 5283, 5285, 5662, 5664, 5690, 5961, 5966, 6004]), Anchor::Lits(&[12, 133, 335, 338, 344, 345, 594, 1577, 1578, 1651, 1722, 1747, 1789, 1815, 1816, 1817, 2069, 2070, 2340, 2341, 2435, 2436, 2894])]), Anchor::All(&[Anchor::Lits(&[3758, 4188, 4652, 5135, 5209, 5488, 5498, 6012]), Anchor::Lits(&[318, 319, 320, 321, 322, 323, 1548, 1549, 1550, 1551, 1552, 1553, 2806, 2809, 2810, 2811, 2816, 2817])]), Anchor::All(&[Anchor::Lits(&[216, 682, 1632, 2067, 2834]), Anchor::Lits(&[5059, 5135, 5204, 5488, 5498])])])),
            (160, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[3897, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 3910, 3911, 3912, 3914, 3937, 3941, 3942, 3944, 3945, 3969, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3994, 3995, 3996, 3998, 4021, 4025, 4026, 4028, 4029, 4791, 4794, 4795, 4796, 4798, 4817, 4823, 4824, 4827, 4828, 4838, 4859, 4861, 4862, 4863, 4864, 4868, 4869, 4870, 4871, 4872, 4873, 4875, 4876, 4877, 4878, 4879, 4880, 4881, 4882, 4883, 4884, 6225, 6321, 6322, 6323, 6324, 6325, 6326, 6327, 6328, 6329, 6330, 6332, 6333, 6334, 6335, 6336, 6337, 6338, 6339, 6340, 6341]), Anchor::All(&[Anchor::Lits(&[3443, 3630, 3707, 3708, 4045]), Anchor::Lits(&[3594, 5521])]), Anchor::All(&[Anchor::Lits(&[3443, 3630, 3707, 3708, 4045]), Anchor::Lits(&[3594, 5521])])])),
            (161, "history-wiped-after-the-act", Anchor::Lits(&[736, 3543, 3651, 3657, 3727, 4198, 4199, 4202, 4206, 4308, 4309, 5200, 5214, 5242, 5491, 5494, 5499, 5527, 5734, 6005, 6501])),
            (162, "report-an-outcome-regardless", Anchor::Lits(&[1581, 1895, 2251, 4373, 4379, 4380, 4381, 4382, 4388, 4389, 4390, 4391, 4392, 4395, 4524, 4525, 4526, 4530, 6114, 6115, 6116, 6117])),
            (163, "agent-permissions-opened", Anchor::Lits(&[130, 131, 137, 139, 140, 145, 230, 350, 461, 473, 689, 690, 2095, 3135])),
            (164, "secret-scanning-switched-off", Anchor::Lits(&[735, 1346, 1348, 1349, 2207, 2403, 2404, 2408, 2409, 2640, 2881])),
            (165, "risky-action-on-a-later-trigger", Anchor::Lits(&[68, 69, 70, 71, 1184, 1305, 1370, 1582, 1583, 1584, 1589, 1590, 3512, 3560, 4217, 4373, 4374, 4375, 4376, 4377, 4378, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4606, 4607, 4608, 4609, 4833, 4988, 4989, 5819, 6148, 6150, 6151, 6152, 6153, 6154, 6156, 6160, 6161])),
            (166, "override-instructions-es-pt-it", Anchor::Lits(&[3653, 3654, 3849, 3851, 3852, 4456, 4457, 4458, 4502, 4504, 4533, 4910, 5007, 5009, 5015, 5273, 5275, 5277])),
            (167, "override-instructions-fr", Anchor::Lits(&[2847, 4399, 4781, 4782, 5025])),
            (168, "override-instructions-de-nl", Anchor::Lits(&[3419, 3558, 4506, 4517, 4997, 5270, 5271, 5353, 5354, 5456, 6109])),
            (169, "override-instructions-pl-tr", Anchor::Lits(&[4410, 4602, 4603, 4836, 5133, 5699, 6283, 6498])),
            (170, "override-instructions-ru", Anchor::Lits(&[4409, 4780, 5024, 6496, 6505, 6506, 6507, 6508, 6509])),
            (171, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[50, 1788, 2214, 2215, 2364, 2365, 2936]), Anchor::Lits(&[149, 1622, 1712, 1713, 1714, 1748, 2471])])),
            (173, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[4513, 4514, 4515, 4516, 4590, 4775, 4776, 4957, 4958, 5123, 5136, 5137, 5274, 5278, 5407, 5525, 5526, 5679, 6013, 6014, 6015, 6099, 6504, 6507, 6510])),
            (174, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[37, 59, 375, 423, 1427, 1452, 1453, 1579, 1610, 1621, 1635, 1697, 1711, 2111, 2216, 2973]), Anchor::Lits(&[109, 232, 331, 564, 565, 750, 1451, 1539, 1540, 1541, 1656, 2060, 2080, 2088, 2089, 2110, 2222, 2635, 2943])])),
            (176, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[545, 1265, 1634, 1671, 1677, 1814, 2225, 2226, 2253, 2304, 2356, 2424, 2430, 2596, 2979, 3256, 3260, 4142, 4601, 4604, 5452, 5518, 5977, 5981, 6008]), Anchor::All(&[Anchor::Lits(&[546, 644, 1258, 1326, 1673, 1676, 2254, 2309]), Anchor::Lits(&[1664, 2380])]), Anchor::All(&[Anchor::Lits(&[410, 1138, 1253, 1381, 2252, 2327, 2482, 3241]), Anchor::Lits(&[4960])]), Anchor::All(&[Anchor::Lits(&[545, 1265, 1672, 1677, 2258, 2305]), Anchor::Lits(&[2416])]), Anchor::All(&[Anchor::Lits(&[3539, 3557, 4578, 6497]), Anchor::Lits(&[415])]), Anchor::All(&[Anchor::Lits(&[4141, 4600, 4603, 5517]), Anchor::Lits(&[1965, 1966, 2494, 3134])]), Anchor::All(&[Anchor::Lits(&[402, 544, 1253, 1377, 2255, 2315]), Anchor::Lits(&[2940])]), Anchor::All(&[Anchor::Lits(&[401, 403, 404, 544, 1258, 1376, 1380, 2255, 2314, 2315, 2423]), Anchor::Lits(&[2896, 2941])]), Anchor::All(&[Anchor::Lits(&[547, 548, 549, 1255, 1258, 1268, 1269, 1676, 1953, 1962, 1968, 2142, 2143, 2144, 2259, 2308]), Anchor::Lits(&[415, 1252])]), Anchor::All(&[Anchor::Lits(&[2642]), Anchor::Lits(&[330, 378, 1253, 2081, 2415, 2422])])])),
            (178, "reveal-system-prompt-i18n", Anchor::Lits(&[183, 623, 624, 625, 626, 627, 1335, 1336, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1529, 1531, 1532, 1533, 1534, 1538, 1545, 1574, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1730, 1731, 1745, 2002, 2126, 2188, 2189, 2190, 2191, 2192, 2195, 2196, 2615, 2616, 2617, 2628, 2632, 2633, 2634, 2636, 2897, 2920, 2956, 2961, 3264, 3278, 3279, 4224, 5519, 5520])),
            (180, "disable-safety-i18n", Anchor::Lits(&[332, 413, 414, 597, 651, 652, 653, 715, 1259, 1260, 1262, 1264, 1266, 1267, 1270, 1325, 1387, 1394, 1395, 1616, 2198, 2199, 2398, 2480, 2481, 2482, 2879, 2953, 2957, 2958, 3240, 3259, 3262, 3263, 3276, 3280])),
            (182, "stop-following-instructions-i18n", Anchor::Lits(&[192, 383, 622, 747, 1527, 1542, 2252, 2256, 2327, 2968, 3848, 3850, 4501, 4503, 4901, 4902, 4903, 4904, 4909, 5006, 5008, 5272, 5276])),
            (184, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[3839, 4079, 4080, 4396, 4400, 4406, 6101, 6102]), Anchor::All(&[Anchor::Lits(&[3820, 4397, 4400, 4961, 4962, 4963]), Anchor::Lits(&[5922, 5923])])])),
            (185, "instructions-void-de", Anchor::Lits(&[342, 1426, 1873, 1874, 2905])),
            (186, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[408, 579, 1293, 1488, 1489, 1647, 1727, 2197, 2938, 2939, 2942, 2963, 4893, 4894, 4895, 4896, 4897, 4899, 4900, 5446, 5448, 5450, 5451]), Anchor::All(&[Anchor::Lits(&[357, 751, 776, 1487, 1743, 2061, 2157, 2487]), Anchor::Lits(&[4773, 4777, 4778, 4779, 5447, 5449])]), Anchor::All(&[Anchor::Lits(&[1870]), Anchor::Lits(&[4074, 4075, 4669, 5439, 5440, 6103])])])),
            (188, "authority-waives-controls-i18n", Anchor::Lits(&[352, 353, 354, 355, 356, 1163, 1334, 1337, 1339, 2090, 2097, 2098, 2539])),
            (189, "persona-without-rules-i18n", Anchor::Lits(&[22, 35, 36, 61, 91, 93, 734, 1125, 1611, 2015, 2887, 2950, 2964, 2965])),
            (190, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[3442, 3459, 3463, 3464, 3519, 3746, 3747, 4195, 4218, 4236, 5197, 5505]), Anchor::Lits(&[695, 696, 725, 726, 727, 728, 729, 730, 731, 732, 752, 766, 767, 2394, 2395, 3255])])),
            (191, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[216, 566, 572, 581, 583, 645, 679, 684, 1401, 1403, 1455, 1612, 1626, 1632, 1708, 1782, 1784, 2067, 2073, 2373, 2375, 2396, 2419, 2483, 2834, 2970, 3257, 3266, 3270, 3272]), Anchor::Lits(&[184, 633, 635, 688, 699, 741, 765, 777, 1164, 1276, 1644, 1645, 1652, 1653, 1654, 1655, 1662, 1683, 1710, 1787, 1791, 1964, 1967, 2012, 2223, 2224, 2239, 2363, 2534, 2607, 2608, 2962, 2967, 2969, 3261, 3277, 3281])]), Anchor::All(&[Anchor::Lits(&[217, 567, 573, 582, 584, 646, 647, 680, 685, 1402, 1404, 1456, 1613, 1614, 1627, 1628, 1633, 1709, 1783, 1785, 2068, 2072, 2074, 2075, 2374, 2376, 2397, 2420, 2421, 2484, 2485, 2835, 2837, 2971, 2972, 3258, 3267, 3271, 3273]), Anchor::Lits(&[3298, 3299, 3406, 3530, 3533, 3534, 3535, 3536, 3593, 3599, 4135, 4243, 4244, 4246, 4532, 4661, 4696, 4774, 4906, 4907, 4964, 4966, 6502, 6503])])])),
            (192, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[1639, 2138, 2139, 2944, 2945, 2946, 2947, 3089, 3265, 3268, 3269, 3274, 3275])),
            (193, "skip-approval-cjk", Anchor::Lits(&[6511, 6512, 6513, 6514, 6515, 6516, 6517, 6518, 6519, 6520, 6521, 6522, 6523, 6524, 6525, 6526])),
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
            (91, "disable-safety", Anchor::Lits(&[1, 24, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 100, 101, 104, 105, 107, 112, 113, 115, 116, 159, 160, 161, 173, 176, 177, 178, 192, 205, 206, 211, 230, 231, 239, 240, 288, 289, 292, 293, 294, 295, 296, 297, 298, 300, 301, 303, 309, 330, 346, 347, 351, 362, 363, 364, 376, 377, 379, 402, 403, 412, 415, 437, 438, 439, 440, 441, 442, 443, 491, 520, 563, 567, 571, 572, 637, 674, 676, 732, 743, 748, 749, 770, 777, 778, 785, 788, 789, 790, 791, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 811, 812, 813, 814, 822, 823, 824, 825, 826, 827, 828, 829, 830, 840, 841, 895, 898, 899, 900, 919, 948, 963, 985, 986, 988, 1001, 1091, 1144])),
            (92, "safety-declared-off", Anchor::Lits(&[22, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 107, 112, 113, 159, 160, 161, 173, 176, 177, 178, 192, 288, 293, 294, 295, 296, 297, 298, 303, 330, 376, 377, 379, 402, 403, 437, 438, 439, 440, 441, 442, 443, 563, 567, 732, 743, 748, 749, 770, 777, 778, 785, 788, 789, 790, 791, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 812, 813, 814, 822, 823, 824, 825, 826, 827, 828, 829, 830, 948, 985, 1144])),
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
            (91, "disable-safety", Anchor::Lits(&[1, 23, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 102, 103, 106, 107, 109, 114, 115, 118, 119, 161, 162, 163, 175, 178, 179, 180, 194, 207, 208, 213, 232, 233, 242, 243, 291, 292, 295, 296, 297, 298, 299, 300, 301, 303, 304, 306, 312, 333, 358, 359, 392, 403, 404, 405, 417, 418, 420, 443, 444, 457, 460, 476, 506, 507, 508, 509, 510, 511, 512, 561, 608, 612, 616, 617, 682, 719, 721, 781, 792, 797, 798, 820, 827, 828, 835, 838, 839, 840, 841, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 861, 862, 863, 864, 875, 876, 877, 878, 879, 880, 881, 882, 883, 893, 894, 948, 951, 952, 953, 973, 1004, 1019, 1043, 1044, 1046, 1059, 1149, 1202])),
            (92, "safety-declared-off", Anchor::Lits(&[23, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 109, 114, 115, 161, 162, 163, 175, 178, 179, 180, 194, 291, 296, 297, 298, 299, 300, 301, 306, 333, 417, 418, 420, 443, 444, 506, 507, 508, 509, 510, 511, 512, 608, 612, 781, 792, 797, 798, 820, 827, 828, 835, 838, 839, 840, 841, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 862, 863, 864, 875, 876, 877, 878, 879, 880, 881, 882, 883, 1004, 1043, 1202])),
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
\x20reading this\
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
a l' ai\
a l' ia\
a l' ki\
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
agent]\
agente\
agente:\
agente]\
agentes:\
agentes]\
agents,\
agents-\
agents:\
agents]\
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
ai]\
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
alla ai\
alla ia\
alla ki\
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
an das ai\
an das ia\
an das ki\
an den ai\
an den ia\
an den ki\
an die ai\
an die ia\
an die ki\
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
asistente:\
asistente]\
asistentes:\
asistentes]\
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
assistant]\
assistant_\
assistants,\
assistants-\
assistants:\
assistants]\
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
assistente:\
assistente]\
assistentes:\
assistentes]\
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
aviso\
avustaj\
avviso\
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
bot]\
bots,\
bots-\
bots:\
bots]\
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
cancel\
cancella\
cara\x09\
cara\x0a\
cara\x0b\
cara\x0c\
cara\x0d\
cara \
cara ai\
cara ia\
cara ki\
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
caro ai\
caro ia\
caro ki\
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
cher\x09\
cher\x0a\
cher\x0b\
cher\x0c\
cher\x0d\
cher \
cher ai\
cher ia\
cher ki\
chere\x09\
chere\x0a\
chere\x0b\
chere\x0c\
chere\x0d\
chere \
chere ai\
chere ia\
chere ki\
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
ch\xc3\xa8re ai\
ch\xc3\xa8re ia\
ch\xc3\xa8re ki\
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
credit\
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
for the ai\
for the ia\
for the ki\
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
ia:\
ia]\
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
ki:\
ki]\
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
liebe ai\
liebe ia\
liebe ki\
lieber\x09\
lieber\x0a\
lieber\x0b\
lieber\x0c\
lieber\x0d\
lieber \
lieber ai\
lieber ia\
lieber ki\
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
llm]\
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
llms]\
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
mensagem\
mensaje\
merge\
merge bot\
merge-bot\
merge_bot\
mergebot\
message\
messaggio\
mirror\
mode\
model\
model\x09\
model\x0a\
model\x0b\
model\x0c\
model\x0d\
model \
model,\
model-\
model:\
modele\
modell\
modell:\
modell]\
modelle:\
modelle]\
modelli:\
modelli]\
modelo\
modelo:\
modelo]\
modelos:\
modelos]\
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
mod\xc3\xa8le\
mod\xc3\xa8le:\
mod\xc3\xa8le]\
mod\xc3\xa8les:\
mod\xc3\xa8les]\
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
nota\
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
pair programmer\
para\x09\
para\x0a\
para\x0b\
para\x0c\
para\x0d\
para \
para el ai\
para el ia\
para el ki\
para la ai\
para la ia\
para la ki\
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
pay\
per\x09\
per\x0a\
per\x0b\
per\x0c\
per\x0d\
per \
per l' ai\
per l' ia\
per l' ki\
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
pour l' ai\
pour l' ia\
pour l' ki\
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
querida ai\
querida ia\
querida ki\
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
querido ai\
querido ia\
querido ki\
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
rank\
rate\
read\
read_only\
reader\
reading\
readonly\
recommend\
redact\
refund\
remarque\
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
to the ai\
to the ia\
to the ki\
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
wire\
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
\xc3\xa0 l' ai\
\xc3\xa0 l' ia\
\xc3\xa0 l' ki\
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
\xd8\xa7\xd9\x84\xd8\xb0\xd9\x83\xd8\xa7\xd8\xa1 \xd8\xa7\xd9\x84\xd8\xa7\xd8\xb5\xd8\xb7\xd9\x86\xd8\xa7\xd8\xb9\xd9\x8a\
\xd8\xa7\xd9\x86\
\xd8\xa7\xdb\x8c \xd8\xa2\xd8\xa6\xdb\x8c\
\xd8\xa7\xdb\x92 \xd8\xa2\xd8\xa6\xdb\x8c\
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
\xe0\xa4\x8f\xe0\xa4\x86\xe0\xa4\x88\
\xe0\xa4\x95\xe0\xa5\x83\xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbf\xe0\xa4\xae \xe0\xa4\xac\xe0\xa5\x81\xe0\xa4\xa6\xe0\xa5\x8d\xe0\xa4\xa7\xe0\xa4\xbf\
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
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xa6\x8f\xe5\x89\x87\
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xa7\x84\xe5\x88\x99\
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xae\xbe\xe5\xae\x9a\
\xe4\xbd\xbf\xe7\x94\xa8\xe8\x80\x85\
\xe5\x81\x9c\xe7\x94\xa8\
\xe5\x85\xa7\xe9\x83\xa8\xe8\xa6\x8f\xe5\x89\x87\
\xe5\x85\xb3\xe9\x97\xad\
\xe5\x86\x85\xe9\x83\xa8\xe8\xa7\x84\xe5\x88\x99\
\xe5\x88\x97\xe5\x87\xba\
\xe5\x88\x9d\xe5\xa7\x8b\xe6\x8c\x87\xe4\xbb\xa4\
\xe5\x88\x9d\xe5\xa7\x8b\xe8\xa8\xad\xe5\xae\x9a\
\xe5\x88\x9d\xe5\xa7\x8b\xe8\xae\xbe\xe5\xae\x9a\
\xe5\x88\x9d\xe6\x9c\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xe5\x88\xa0\xe9\x99\xa4\
\xe5\x88\xaa\xe9\x99\xa4\
\xe5\x89\x8a\xe9\x99\xa4\
\xe5\x8a\xa9\xe6\x89\x8b\
\xe5\x8e\x9f\xe5\xa7\x8b\xe6\x8c\x87\xe4\xbb\xa4\
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
\xe7\xb3\xbb\xe7\xb5\xb1\xe6\x8c\x87\xe4\xbb\xa4\
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
\xe9\x9a\x90\xe8\x97\x8f\xe8\xa7\x84\xe5\x88\x99\
\xe9\x9a\xa0\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xe9\x9a\xb1\xe8\x97\x8f\xe8\xa6\x8f\xe5\x89\x87\
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
            ends: &[2, 4, 7, 10, 12, 14, 16, 22, 29, 35, 38, 48, 58, 62, 69, 74, 79, 87, 92, 97, 102, 107, 112, 117, 126, 135, 144, 149, 156, 161, 164, 178, 184, 190, 196, 199, 204, 208, 217, 223, 228, 236, 245, 251, 256, 266, 270, 275, 283, 292, 300, 308, 315, 320, 325, 330, 335, 341, 347, 357, 364, 369, 374, 378, 383, 391, 397, 403, 411, 415, 423, 431, 438, 445, 450, 455, 461, 467, 472, 477, 482, 487, 492, 497, 502, 504, 506, 508, 510, 512, 518, 525, 531, 534, 544, 554, 558, 565, 573, 582, 591, 600, 605, 612, 617, 620, 626, 629, 634, 638, 644, 649, 657, 666, 671, 675, 680, 688, 697, 705, 712, 718, 724, 734, 741, 745, 750, 758, 762, 764, 766, 768, 770, 772, 778, 785, 791, 794, 804, 814, 818, 825, 833, 842, 851, 860, 865, 872, 877, 880, 886, 889, 894, 898, 904, 909, 917, 926, 931, 935, 940, 948, 957, 965, 972, 978, 984, 994, 1001, 1005, 1010, 1018, 1022, 1024, 1026, 1028, 1030, 1032, 1038, 1045, 1051, 1054, 1064, 1074, 1078, 1085, 1093, 1102, 1111, 1120, 1125, 1132, 1137, 1140, 1146, 1149, 1154, 1158, 1164, 1169, 1177, 1186, 1191, 1195, 1200, 1208, 1217, 1225, 1232, 1238, 1244, 1254, 1261, 1265, 1270, 1278, 1282, 1284, 1286, 1288, 1290, 1292, 1298, 1305, 1311, 1314, 1324, 1334, 1338, 1345, 1353, 1362, 1371, 1380, 1385, 1392, 1397, 1400, 1406, 1409, 1414, 1418, 1424, 1429, 1437, 1446, 1451, 1455, 1460, 1468, 1477, 1485, 1492, 1498, 1504, 1514, 1521, 1525, 1530, 1538, 1542, 1544, 1546, 1549, 1552, 1554, 1556, 1558, 1564, 1571, 1577, 1580, 1586, 1593, 1606, 1620, 1630, 1640, 1646, 1650, 1657, 1666, 1676, 1683, 1691, 1696, 1701, 1709, 1718, 1725, 1733, 1738, 1743, 1748, 1753, 1758, 1763, 1773, 1784, 1795, 1804, 1813, 1822, 1831, 1837, 1842, 1853, 1864, 1871, 1876, 1879, 1885, 1892, 1905, 1919, 1925, 1931, 1937, 1940, 1945, 1949, 1957, 1966, 1975, 1981, 1986, 1994, 2003, 2009, 2016, 2024, 2029, 2038, 2048, 2052, 2057, 2068, 2076, 2082, 2089, 2098, 2105, 2113, 2120, 2128, 2136, 2144, 2151, 2156, 2161, 2166, 2171, 2184, 2197, 2203, 2209, 2220, 2228, 2237, 2243, 2253, 2260, 2265, 2270, 2274, 2279, 2299, 2314, 2328, 2341, 2349, 2355, 2361, 2372, 2390, 2397, 2405, 2409, 2417, 2425, 2432, 2439, 2444, 2449, 2455, 2461, 2466, 2471, 2476, 2481, 2486, 2491, 2496, 2498, 2501, 2504, 2505, 2507, 2509, 2511, 2513, 2515, 2517, 2523, 2526, 2536, 2540, 2547, 2555, 2562, 2572, 2576, 2580, 2593, 2606, 2619, 2623, 2629, 2641, 2653, 2665, 2672, 2675, 2678, 2682, 2686, 2690, 2694, 2698, 2702, 2706, 2710, 2714, 2718, 2722, 2726, 2730, 2734, 2738, 2742, 2746, 2749, 2752, 2753, 2755, 2757, 2759, 2761, 2763, 2765, 2768, 2773, 2778, 2783, 2788, 2793, 2798, 2804, 2810, 2817, 2824, 2831, 2838, 2845, 2852, 2859, 2866, 2873, 2880, 2887, 2894, 2901, 2908, 2915, 2922, 2929, 2932, 2935, 2939, 2943, 2947, 2951, 2955, 2959, 2964, 2969, 2975, 2981, 2987, 2993, 2999, 3005, 3011, 3017, 3023, 3029, 3035, 3041, 3047, 3053, 3059, 3065, 3071, 3074, 3077, 3082, 3087, 3092, 3096, 3100, 3104, 3108, 3112, 3116, 3120, 3124, 3128, 3132, 3136, 3140, 3144, 3148, 3152, 3156, 3160, 3162, 3164, 3167, 3170, 3173, 3175, 3178, 3181, 3184, 3187, 3190, 3193, 3200, 3204, 3215, 3226, 3231, 3240, 3248, 3257, 3265, 3279, 3297, 3312, 3330, 3345, 3364, 3380, 3397, 3415, 3425, 3430, 3440, 3445, 3452, 3462, 3472, 3483, 3495, 3508, 3519, 3534, 3546, 3558, 3569, 3577, 3583, 3587, 3591, 3596, 3601, 3606, 3611, 3616, 3621, 3626, 3631, 3636, 3641, 3646, 3651, 3656, 3661, 3666, 3671, 3676, 3679, 3682, 3685, 3690, 3695, 3700, 3703, 3705, 3708, 3711, 3714, 3717, 3720, 3723, 3730, 3734, 3745, 3750, 3758, 3767, 3775, 3780, 3785, 3792, 3796, 3800, 3805, 3810, 3815, 3820, 3825, 3830, 3835, 3840, 3845, 3850, 3855, 3860, 3865, 3870, 3875, 3880, 3885, 3887, 3890, 3893, 3896, 3899, 3902, 3905, 3912, 3916, 3927, 3932, 3940, 3949, 3957, 3962, 3967, 3974, 3978, 3982, 3987, 3992, 3997, 4002, 4007, 4012, 4017, 4022, 4027, 4032, 4037, 4042, 4047, 4052, 4057, 4062, 4067, 4070, 4076, 4077, 4079, 4081, 4092, 4095, 4101, 4111, 4116, 4125, 4133, 4140, 4146, 4152, 4159, 4164, 4168, 4179, 4189, 4192, 4197, 4208, 4212, 4215, 4216, 4218, 4220, 4222, 4224, 4226, 4228, 4231, 4234, 4237, 4240, 4243, 4246, 4257, 4268, 4281, 4289, 4299, 4303, 4318, 4323, 4327, 4331, 4336, 4341, 4346, 4351, 4356, 4361, 4366, 4371, 4376, 4381, 4386, 4391, 4396, 4401, 4406, 4411, 4416, 4418, 4421, 4431, 4441, 4453, 4460, 4469, 4472, 4486, 4490, 4492, 4495, 4498, 4502, 4506, 4510, 4514, 4518, 4522, 4526, 4530, 4534, 4538, 4542, 4546, 4550, 4554, 4558, 4562, 4566, 4569, 4570, 4572, 4575, 4578, 4579, 4585, 4588, 4593, 4603, 4607, 4617, 4624, 4629, 4641, 4645, 4654, 4662, 4666, 4675, 4683, 4695, 4705, 4712, 4720, 4727, 4733, 4734, 4736, 4738, 4740, 4742, 4744, 4746, 4748, 4754, 4761, 4768, 4775, 4782, 4789, 4796, 4803, 4811, 4819, 4828, 4837, 4846, 4855, 4864, 4873, 4882, 4891, 4900, 4909, 4918, 4927, 4936, 4945, 4954, 4963, 4972, 4975, 4987, 4999, 5004, 5009, 5014, 5019, 5024, 5029, 5035, 5041, 5048, 5055, 5062, 5069, 5076, 5083, 5090, 5097, 5104, 5111, 5118, 5125, 5132, 5139, 5146, 5153, 5160, 5164, 5169, 5174, 5179, 5184, 5189, 5194, 5199, 5207, 5215, 5223, 5231, 5239, 5247, 5255, 5264, 5273, 5282, 5292, 5302, 5312, 5322, 5332, 5342, 5352, 5362, 5372, 5382, 5392, 5402, 5412, 5422, 5432, 5442, 5452, 5458, 5464, 5471, 5478, 5485, 5492, 5499, 5506, 5513, 5520, 5527, 5534, 5541, 5548, 5555, 5562, 5569, 5576, 5583, 5587, 5591, 5595, 5599, 5603, 5607, 5612, 5617, 5623, 5629, 5635, 5641, 5647, 5653, 5659, 5665, 5671, 5677, 5683, 5689, 5695, 5701, 5707, 5713, 5719, 5722, 5725, 5729, 5733, 5737, 5741, 5745, 5749, 5753, 5757, 5761, 5765, 5769, 5773, 5777, 5781, 5785, 5789, 5793, 5796, 5799, 5802, 5805, 5808, 5811, 5815, 5824, 5834, 5838, 5842, 5847, 5852, 5857, 5862, 5867, 5872, 5877, 5882, 5887, 5892, 5897, 5902, 5907, 5912, 5917, 5922, 5927, 5929, 5931, 5941, 5950, 5956, 5963, 5970, 5977, 5985, 5994, 6001, 6007, 6017, 6026, 6030, 6040, 6047, 6055, 6060, 6069, 6076, 6079, 6082, 6089, 6096, 6103, 6108, 6115, 6123, 6133, 6139, 6146, 6158, 6167, 6170, 6176, 6182, 6187, 6194, 6199, 6205, 6215, 6221, 6235, 6242, 6252, 6257, 6263, 6269, 6275, 6281, 6287, 6293, 6299, 6305, 6311, 6317, 6323, 6330, 6337, 6345, 6353, 6360, 6367, 6374, 6381, 6388, 6395, 6403, 6411, 6419, 6427, 6435, 6443, 6451, 6459, 6467, 6475, 6483, 6491, 6499, 6507, 6515, 6523, 6531, 6538, 6543, 6555, 6564, 6566, 6569, 6572, 6575, 6578, 6581, 6584, 6592, 6600, 6609, 6621, 6629, 6639, 6645, 6656, 6667, 6680, 6693, 6708, 6711, 6714, 6717, 6725, 6733, 6742, 6754, 6762, 6772, 6778, 6789, 6800, 6813, 6826, 6841, 6844, 6848, 6852, 6865, 6873, 6885, 6892, 6903, 6913, 6922, 6930, 6938, 6947, 6954, 6960, 6973, 6985, 6990, 6997, 7010, 7016, 7019, 7022, 7030, 7042, 7048, 7059, 7067, 7071, 7075, 7079, 7083, 7087, 7091, 7095, 7099, 7103, 7108, 7113, 7119, 7125, 7131, 7137, 7143, 7149, 7155, 7161, 7167, 7173, 7179, 7185, 7191, 7197, 7203, 7209, 7215, 7219, 7223, 7228, 7233, 7238, 7243, 7248, 7253, 7258, 7263, 7268, 7273, 7278, 7283, 7288, 7293, 7298, 7303, 7308, 7311, 7315, 7319, 7323, 7327, 7331, 7335, 7342, 7349, 7356, 7361, 7366, 7372, 7378, 7384, 7390, 7396, 7402, 7408, 7414, 7420, 7426, 7432, 7438, 7444, 7450, 7456, 7462, 7468, 7473, 7479, 7481, 7490, 7499, 7508, 7517, 7526, 7535, 7544, 7553, 7562, 7571, 7581, 7591, 7601, 7611, 7621, 7631, 7642, 7653, 7665, 7677, 7689, 7701, 7713, 7725, 7737, 7749, 7761, 7773, 7785, 7797, 7809, 7821, 7833, 7845, 7857, 7863, 7872, 7876, 7880, 7884, 7888, 7892, 7896, 7901, 7906, 7912, 7918, 7924, 7930, 7936, 7942, 7948, 7954, 7960, 7966, 7972, 7978, 7984, 7990, 7996, 8002, 8008, 8012, 8021, 8027, 8034, 8041, 8047, 8055, 8063, 8076, 8083, 8091, 8103, 8108, 8113, 8122, 8132, 8142, 8153, 8164, 8170, 8176, 8185, 8195, 8205, 8215, 8225, 8235, 8245, 8255, 8265, 8275, 8285, 8296, 8307, 8327, 8342, 8361, 8375, 8393, 8410, 8426, 8441, 8456, 8472, 8486, 8499, 8519, 8538, 8550, 8564, 8584, 8597, 8607, 8617, 8627, 8638, 8649, 8660, 8671, 8682, 8693, 8705, 8717, 8729, 8741, 8753, 8765, 8777, 8789, 8801, 8813, 8825, 8837, 8849, 8861, 8873, 8885, 8897, 8907, 8918, 8929, 8941, 8953, 8959, 8964, 8970, 8978, 8986, 8996, 9006, 9016, 9026, 9036, 9046, 9057, 9068, 9080, 9092, 9104, 9116, 9128, 9140, 9152, 9164, 9176, 9188, 9200, 9212, 9224, 9236, 9248, 9260, 9272, 9277, 9282, 9287, 9292, 9297, 9302, 9308, 9314, 9321, 9328, 9335, 9342, 9349, 9356, 9363, 9370, 9377, 9384, 9391, 9398, 9405, 9412, 9419, 9426, 9433, 9443, 9448, 9457, 9467, 9472, 9479, 9485, 9492, 9500, 9507, 9513, 9521, 9527, 9531, 9537, 9547, 9553, 9559, 9565, 9571, 9577, 9583, 9590, 9597, 9605, 9613, 9621, 9629, 9637, 9645, 9653, 9661, 9669, 9677, 9685, 9693, 9701, 9709, 9717, 9725, 9733, 9738, 9743, 9746, 9750, 9754, 9758, 9762, 9766, 9770, 9774, 9778, 9782, 9786, 9791, 9796, 9801, 9806, 9811, 9816, 9822, 9828, 9834, 9840, 9846, 9852, 9858, 9864, 9870, 9876, 9882, 9888, 9894, 9900, 9906, 9912, 9918, 9928, 9934, 9940, 9956, 9962, 9969, 9971, 9975, 9981, 9989, 9994, 9999, 10004, 10009, 10014, 10019, 10026, 10033, 10040, 10046, 10052, 10059, 10066, 10073, 10080, 10087, 10094, 10101, 10108, 10115, 10122, 10129, 10136, 10143, 10150, 10157, 10164, 10171, 10176, 10181, 10186, 10191, 10196, 10201, 10208, 10215, 10222, 10228, 10234, 10241, 10248, 10255, 10262, 10269, 10276, 10283, 10290, 10297, 10304, 10311, 10318, 10325, 10332, 10339, 10346, 10353, 10359, 10361, 10370, 10376, 10381, 10386, 10391, 10396, 10401, 10406, 10413, 10420, 10427, 10433, 10439, 10445, 10451, 10457, 10463, 10471, 10479, 10487, 10494, 10501, 10509, 10517, 10525, 10533, 10541, 10549, 10557, 10565, 10573, 10581, 10589, 10597, 10605, 10613, 10621, 10629, 10637, 10643, 10649, 10656, 10663, 10670, 10677, 10684, 10691, 10698, 10705, 10712, 10719, 10726, 10733, 10740, 10747, 10754, 10761, 10768, 10777, 10786, 10795, 10801, 10807, 10813, 10818, 10823, 10829, 10836, 10843, 10850, 10858, 10866, 10874, 10879, 10884, 10893, 10898, 10905, 10911, 10918, 10925, 10934, 10940, 10947, 10955, 10963, 10971, 10980, 10989, 10998, 11002, 11008, 11015, 11022, 11029, 11041, 11049, 11057, 11065, 11071, 11082, 11088, 11092, 11095, 11105, 11116, 11121, 11126, 11131, 11136, 11141, 11146, 11152, 11158, 11165, 11172, 11179, 11186, 11193, 11200, 11207, 11214, 11221, 11228, 11235, 11242, 11249, 11256, 11263, 11270, 11277, 11287, 11293, 11300, 11310, 11320, 11330, 11339, 11348, 11355, 11364, 11374, 11384, 11394, 11404, 11414, 11424, 11438, 11448, 11458, 11469, 11480, 11492, 11504, 11516, 11528, 11540, 11552, 11564, 11576, 11588, 11600, 11612, 11624, 11636, 11648, 11660, 11672, 11684, 11699, 11702, 11711, 11718, 11725, 11734, 11744, 11750, 11760, 11772, 11786, 11800, 11814, 11819, 11828, 11839, 11852, 11865, 11878, 11882, 11886, 11894, 11904, 11916, 11928, 11940, 11948, 11953, 11957, 11962, 11973, 11980, 11990, 11998, 12002, 12008, 12013, 12018, 12023, 12028, 12033, 12038, 12044, 12050, 12057, 12064, 12071, 12078, 12085, 12092, 12099, 12106, 12113, 12120, 12127, 12134, 12141, 12148, 12155, 12162, 12169, 12176, 12183, 12190, 12195, 12203, 12212, 12219, 12226, 12238, 12250, 12262, 12274, 12286, 12298, 12310, 12323, 12336, 12350, 12364, 12378, 12392, 12406, 12420, 12434, 12448, 12462, 12476, 12490, 12504, 12518, 12532, 12546, 12560, 12574, 12582, 12590, 12598, 12603, 12608, 12613, 12619, 12626, 12634, 12640, 12646, 12652, 12658, 12664, 12670, 12676, 12683, 12690, 12698, 12706, 12714, 12722, 12730, 12738, 12746, 12754, 12762, 12770, 12778, 12786, 12794, 12802, 12810, 12818, 12826, 12830, 12836, 12843, 12848, 12858, 12864, 12870, 12875, 12882, 12888, 12905, 12915, 12924, 12927, 12931, 12935, 12939, 12943, 12947, 12951, 12961, 12971, 12981, 12987, 12994, 13001, 13006, 13011, 13017, 13023, 13029, 13035, 13041, 13047, 13053, 13059, 13065, 13071, 13077, 13083, 13089, 13095, 13101, 13107, 13113, 13118, 13126, 13132, 13138, 13143, 13146, 13152, 13158, 13164, 13171, 13179, 13183, 13187, 13191, 13194, 13202, 13208, 13220, 13223, 13227, 13231, 13235, 13240, 13245, 13250, 13255, 13260, 13265, 13271, 13279, 13283, 13291, 13297, 13303, 13311, 13318, 13324, 13329, 13333, 13337, 13341, 13345, 13349, 13353, 13358, 13363, 13369, 13375, 13381, 13387, 13393, 13399, 13405, 13411, 13417, 13423, 13429, 13435, 13441, 13447, 13453, 13459, 13465, 13468, 13471, 13474, 13477, 13480, 13483, 13489, 13493, 13500, 13504, 13508, 13513, 13518, 13523, 13528, 13533, 13538, 13543, 13548, 13553, 13558, 13563, 13568, 13573, 13578, 13583, 13588, 13593, 13597, 13604, 13612, 13617, 13621, 13623, 13626, 13629, 13637, 13645, 13654, 13662, 13672, 13683, 13696, 13709, 13724, 13732, 13740, 13749, 13757, 13767, 13778, 13791, 13804, 13819, 13822, 13825, 13832, 13835, 13838, 13841, 13844, 13847, 13850, 13854, 13858, 13863, 13868, 13873, 13878, 13883, 13888, 13893, 13898, 13903, 13908, 13913, 13918, 13923, 13928, 13933, 13938, 13943, 13949, 13956, 13959, 13966, 13973, 13980, 13987, 13994, 14001, 14008, 14016, 14024, 14033, 14042, 14051, 14060, 14069, 14078, 14087, 14096, 14105, 14114, 14123, 14132, 14141, 14150, 14159, 14168, 14177, 14186, 14195, 14204, 14213, 14222, 14231, 14240, 14250, 14260, 14271, 14282, 14293, 14304, 14315, 14326, 14337, 14348, 14359, 14370, 14381, 14392, 14403, 14414, 14425, 14436, 14447, 14458, 14469, 14481, 14491, 14496, 14503, 14511, 14514, 14523, 14532, 14547, 14553, 14558, 14565, 14576, 14588, 14600, 14621, 14644, 14668, 14679, 14684, 14689, 14698, 14708, 14710, 14713, 14716, 14724, 14732, 14741, 14749, 14759, 14770, 14783, 14796, 14811, 14819, 14827, 14836, 14844, 14854, 14865, 14878, 14891, 14906, 14909, 14912, 14916, 14941, 14946, 14960, 14968, 14983, 14987, 14993, 14999, 15005, 15011, 15017, 15023, 15031, 15039, 15047, 15054, 15061, 15068, 15075, 15082, 15089, 15098, 15107, 15116, 15124, 15132, 15141, 15150, 15159, 15168, 15177, 15186, 15195, 15204, 15213, 15222, 15231, 15240, 15249, 15258, 15267, 15276, 15285, 15292, 15299, 15307, 15315, 15323, 15331, 15339, 15347, 15355, 15363, 15371, 15379, 15387, 15395, 15403, 15411, 15419, 15427, 15435, 15439, 15444, 15447, 15451, 15455, 15468, 15483, 15491, 15501, 15509, 15513, 15517, 15530, 15545, 15553, 15563, 15571, 15583, 15597, 15604, 15613, 15618, 15623, 15628, 15633, 15640, 15647, 15653, 15660, 15664, 15669, 15677, 15693, 15697, 15704, 15713, 15717, 15724, 15728, 15736, 15743, 15748, 15757, 15766, 15775, 15783, 15790, 15799, 15805, 15809, 15814, 15820, 15826, 15832, 15838, 15844, 15850, 15856, 15862, 15868, 15874, 15880, 15887, 15894, 15902, 15910, 15918, 15926, 15932, 15939, 15946, 15954, 15962, 15969, 15976, 15983, 15990, 15997, 16005, 16013, 16021, 16029, 16037, 16045, 16053, 16061, 16069, 16077, 16085, 16093, 16101, 16109, 16117, 16125, 16133, 16139, 16146, 16154, 16162, 16171, 16180, 16184, 16188, 16197, 16202, 16205, 16218, 16233, 16243, 16254, 16264, 16275, 16280, 16293, 16303, 16316, 16325, 16343, 16358, 16376, 16390, 16410, 16423, 16437, 16453, 16471, 16481, 16496, 16504, 16508, 16513, 16518, 16523, 16528, 16533, 16538, 16544, 16550, 16557, 16564, 16571, 16578, 16585, 16592, 16599, 16606, 16613, 16620, 16627, 16634, 16641, 16648, 16655, 16662, 16669, 16673, 16678, 16683, 16688, 16693, 16698, 16703, 16709, 16715, 16722, 16729, 16736, 16743, 16750, 16757, 16764, 16771, 16778, 16785, 16792, 16799, 16806, 16813, 16820, 16827, 16834, 16839, 16847, 16851, 16855, 16864, 16866, 16874, 16878, 16885, 16889, 16894, 16899, 16904, 16909, 16914, 16919, 16925, 16931, 16938, 16945, 16952, 16959, 16966, 16973, 16980, 16987, 16994, 17001, 17008, 17015, 17022, 17029, 17036, 17043, 17050, 17057, 17064, 17071, 17077, 17084, 17089, 17095, 17103, 17109, 17117, 17126, 17135, 17141, 17144, 17159, 17164, 17169, 17174, 17179, 17184, 17189, 17199, 17209, 17219, 17229, 17239, 17249, 17255, 17261, 17268, 17275, 17282, 17289, 17296, 17303, 17310, 17317, 17324, 17331, 17338, 17345, 17352, 17359, 17366, 17373, 17380, 17387, 17393, 17401, 17406, 17414, 17422, 17425, 17429, 17433, 17437, 17441, 17445, 17449, 17458, 17467, 17476, 17485, 17490, 17495, 17501, 17507, 17513, 17519, 17525, 17531, 17537, 17543, 17549, 17555, 17561, 17567, 17573, 17579, 17585, 17591, 17597, 17601, 17605, 17614, 17620, 17624, 17634, 17644, 17654, 17659, 17668, 17678, 17684, 17691, 17693, 17698, 17703, 17708, 17713, 17718, 17723, 17729, 17735, 17742, 17749, 17756, 17763, 17770, 17777, 17784, 17791, 17798, 17805, 17812, 17819, 17826, 17833, 17840, 17847, 17854, 17861, 17868, 17875, 17882, 17889, 17896, 17916, 17936, 17956, 17976, 17996, 18016, 18037, 18058, 18080, 18102, 18124, 18146, 18168, 18190, 18212, 18234, 18256, 18278, 18300, 18322, 18344, 18366, 18388, 18410, 18432, 18440, 18448, 18457, 18466, 18475, 18484, 18493, 18502, 18511, 18520, 18529, 18538, 18547, 18556, 18565, 18574, 18583, 18592, 18601, 18608, 18613, 18617, 18620, 18623, 18631, 18639, 18647, 18655, 18663, 18671, 18681, 18691, 18701, 18710, 18719, 18729, 18739, 18749, 18759, 18769, 18779, 18789, 18799, 18809, 18819, 18829, 18839, 18849, 18859, 18869, 18879, 18889, 18897, 18905, 18913, 18921, 18929, 18937, 18947, 18957, 18967, 18976, 18985, 18995, 19005, 19015, 19025, 19035, 19045, 19055, 19065, 19075, 19085, 19095, 19105, 19115, 19125, 19135, 19145, 19155, 19159, 19163, 19167, 19176, 19182, 19189, 19197, 19206, 19212, 19218, 19226, 19234, 19240, 19247, 19256, 19261, 19268, 19278, 19284, 19291, 19298, 19304, 19310, 19320, 19330, 19340, 19349, 19357, 19369, 19381, 19393, 19404, 19411, 19417, 19421, 19426, 19431, 19435, 19440, 19443, 19448, 19457, 19463, 19470, 19482, 19490, 19493, 19499, 19506, 19512, 19520, 19529, 19532, 19538, 19542, 19551, 19557, 19560, 19565, 19575, 19585, 19595, 19605, 19615, 19625, 19636, 19647, 19659, 19671, 19683, 19695, 19707, 19719, 19731, 19743, 19755, 19767, 19779, 19791, 19803, 19815, 19827, 19839, 19851, 19855, 19859, 19863, 19867, 19871, 19876, 19882, 19896, 19910, 19924, 19938, 19952, 19966, 19980, 19995, 20010, 20026, 20042, 20058, 20074, 20090, 20106, 20122, 20138, 20154, 20170, 20186, 20202, 20218, 20234, 20250, 20266, 20282, 20287, 20292, 20296, 20302, 20307, 20312, 20318, 20322, 20327, 20334, 20343, 20354, 20365, 20376, 20386, 20394, 20398, 20404, 20408, 20412, 20416, 20420, 20424, 20428, 20432, 20436, 20446, 20452, 20459, 20466, 20473, 20480, 20487, 20494, 20509, 20523, 20536, 20543, 20550, 20564, 20577, 20585, 20593, 20602, 20611, 20620, 20629, 20638, 20647, 20656, 20665, 20674, 20683, 20692, 20701, 20710, 20719, 20728, 20737, 20746, 20751, 20756, 20762, 20768, 20774, 20780, 20786, 20792, 20798, 20804, 20810, 20816, 20822, 20828, 20834, 20840, 20846, 20852, 20858, 20880, 20889, 20893, 20897, 20904, 20908, 20915, 20922, 20931, 20943, 20955, 20964, 20972, 20975, 20983, 20985, 20988, 20991, 20994, 20997, 21000, 21003, 21012, 21021, 21030, 21035, 21039, 21043, 21047, 21052, 21057, 21062, 21067, 21072, 21077, 21082, 21087, 21092, 21097, 21102, 21107, 21112, 21117, 21122, 21127, 21132, 21140, 21151, 21159, 21175, 21185, 21195, 21205, 21214, 21221, 21229, 21235, 21243, 21248, 21257, 21274, 21290, 21306, 21322, 21338, 21354, 21370, 21387, 21404, 21422, 21440, 21458, 21476, 21494, 21512, 21530, 21548, 21566, 21584, 21602, 21620, 21638, 21656, 21674, 21692, 21710, 21720, 21726, 21738, 21744, 21750, 21753, 21756, 21765, 21775, 21780, 21787, 21795, 21799, 21806, 21818, 21828, 21832, 21841, 21850, 21859, 21868, 21877, 21886, 21896, 21906, 21917, 21928, 21939, 21950, 21961, 21972, 21983, 21994, 22005, 22016, 22027, 22038, 22049, 22060, 22071, 22082, 22093, 22103, 22113, 22123, 22133, 22143, 22153, 22164, 22175, 22187, 22199, 22211, 22223, 22235, 22247, 22259, 22271, 22283, 22295, 22307, 22319, 22331, 22343, 22355, 22367, 22379, 22384, 22388, 22392, 22407, 22422, 22437, 22452, 22467, 22482, 22498, 22514, 22531, 22548, 22565, 22582, 22599, 22616, 22633, 22650, 22667, 22684, 22701, 22718, 22735, 22752, 22769, 22786, 22803, 22818, 22833, 22848, 22863, 22878, 22893, 22909, 22925, 22942, 22959, 22976, 22993, 23010, 23027, 23044, 23061, 23078, 23095, 23112, 23129, 23146, 23163, 23180, 23197, 23214, 23219, 23225, 23232, 23242, 23245, 23248, 23251, 23254, 23257, 23260, 23263, 23266, 23270, 23274, 23279, 23284, 23289, 23294, 23299, 23304, 23309, 23314, 23319, 23324, 23329, 23334, 23339, 23344, 23349, 23354, 23359, 23362, 23367, 23368, 23371, 23373, 23376, 23379, 23382, 23385, 23388, 23391, 23394, 23401, 23409, 23416, 23420, 23431, 23442, 23447, 23455, 23464, 23474, 23484, 23494, 23500, 23508, 23514, 23518, 23525, 23529, 23535, 23540, 23547, 23553, 23562, 23572, 23578, 23583, 23589, 23598, 23608, 23617, 23625, 23632, 23639, 23650, 23658, 23663, 23669, 23678, 23683, 23686, 23689, 23692, 23695, 23698, 23705, 23713, 23720, 23724, 23735, 23746, 23751, 23759, 23768, 23778, 23788, 23798, 23804, 23812, 23818, 23822, 23829, 23833, 23839, 23844, 23851, 23857, 23866, 23876, 23882, 23887, 23893, 23902, 23912, 23921, 23929, 23936, 23943, 23954, 23962, 23967, 23973, 23982, 23987, 23991, 23999, 24007, 24015, 24023, 24033, 24043, 24053, 24063, 24073, 24085, 24095, 24105, 24116, 24126, 24138, 24151, 24166, 24181, 24198, 24208, 24218, 24229, 24239, 24251, 24264, 24279, 24294, 24311, 24321, 24331, 24342, 24352, 24364, 24377, 24392, 24407, 24424, 24434, 24444, 24455, 24465, 24477, 24490, 24505, 24520, 24537, 24547, 24557, 24568, 24578, 24590, 24603, 24618, 24633, 24650, 24660, 24670, 24681, 24691, 24703, 24716, 24731, 24746, 24763, 24776, 24788, 24800, 24806, 24812, 24820, 24828, 24861, 24892, 24896, 24907, 24918, 24924, 24934, 24961, 24967, 24977, 24983, 25006, 25019, 25032, 25053, 25065, 25074, 25114, 25151, 25185, 25197, 25218, 25230, 25239, 25255, 25295, 25341, 25350, 25371, 25380, 25401, 25407, 25422, 25440, 25449, 25458, 25479, 25500, 25512, 25545, 25560, 25581, 25585, 25589, 25593, 25597, 25601, 25609, 25618, 25626, 25631, 25643, 25655, 25661, 25670, 25680, 25691, 25702, 25713, 25720, 25729, 25736, 25741, 25749, 25754, 25761, 25767, 25775, 25782, 25792, 25803, 25810, 25816, 25823, 25833, 25844, 25854, 25863, 25871, 25879, 25891, 25900, 25906, 25913, 25923, 25929, 25933, 25937, 25941, 25945, 25949, 25957, 25966, 25974, 25979, 25991, 26003, 26009, 26018, 26028, 26039, 26050, 26061, 26068, 26077, 26084, 26089, 26097, 26102, 26109, 26115, 26123, 26130, 26140, 26151, 26158, 26164, 26171, 26181, 26192, 26202, 26211, 26219, 26227, 26239, 26248, 26254, 26261, 26271, 26277, 26281, 26285, 26289, 26293, 26297, 26305, 26314, 26322, 26327, 26339, 26351, 26357, 26366, 26376, 26387, 26398, 26409, 26416, 26425, 26432, 26437, 26445, 26450, 26457, 26463, 26471, 26478, 26488, 26499, 26506, 26512, 26519, 26529, 26540, 26550, 26559, 26567, 26575, 26587, 26596, 26602, 26609, 26619, 26625, 26629, 26633, 26637, 26641, 26645, 26653, 26662, 26670, 26675, 26687, 26699, 26705, 26714, 26724, 26735, 26746, 26757, 26764, 26773, 26780, 26785, 26793, 26798, 26805, 26811, 26819, 26826, 26836, 26847, 26854, 26860, 26867, 26877, 26888, 26898, 26907, 26915, 26923, 26935, 26944, 26950, 26957, 26967, 26973, 26977, 26981, 26985, 26989, 26993, 27001, 27010, 27018, 27023, 27035, 27047, 27053, 27062, 27072, 27083, 27094, 27105, 27112, 27121, 27128, 27133, 27141, 27146, 27153, 27159, 27167, 27174, 27184, 27195, 27202, 27208, 27215, 27225, 27236, 27246, 27255, 27263, 27271, 27283, 27292, 27298, 27305, 27315, 27321, 27325, 27329, 27333, 27337, 27341, 27349, 27358, 27366, 27371, 27383, 27395, 27401, 27410, 27420, 27431, 27442, 27453, 27460, 27469, 27476, 27481, 27489, 27494, 27501, 27507, 27515, 27522, 27532, 27543, 27550, 27556, 27563, 27573, 27584, 27594, 27603, 27611, 27619, 27631, 27640, 27646, 27653, 27663, 27669, 27673, 27677, 27681, 27685, 27689, 27697, 27706, 27714, 27719, 27731, 27743, 27749, 27758, 27768, 27779, 27790, 27801, 27808, 27817, 27824, 27829, 27837, 27842, 27849, 27855, 27863, 27870, 27880, 27891, 27898, 27904, 27911, 27921, 27932, 27942, 27951, 27959, 27967, 27979, 27988, 27994, 28001, 28011, 28017, 28021, 28025, 28029, 28033, 28037, 28045, 28054, 28062, 28067, 28079, 28091, 28097, 28106, 28116, 28127, 28138, 28149, 28156, 28165, 28172, 28177, 28185, 28190, 28197, 28203, 28211, 28218, 28228, 28239, 28246, 28252, 28259, 28269, 28280, 28290, 28299, 28307, 28315, 28327, 28336, 28342, 28349, 28359, 28365, 28369, 28373, 28377, 28381, 28385, 28393, 28402, 28410, 28415, 28427, 28439, 28445, 28454, 28464, 28475, 28486, 28497, 28504, 28513, 28520, 28525, 28533, 28538, 28545, 28551, 28559, 28566, 28576, 28587, 28594, 28600, 28607, 28617, 28628, 28638, 28647, 28655, 28663, 28675, 28684, 28690, 28697, 28707, 28713, 28717, 28721, 28725, 28729, 28733, 28741, 28750, 28758, 28763, 28775, 28787, 28793, 28802, 28812, 28823, 28834, 28845, 28852, 28861, 28868, 28873, 28881, 28886, 28893, 28899, 28907, 28914, 28924, 28935, 28942, 28948, 28955, 28965, 28976, 28986, 28995, 29003, 29011, 29023, 29032, 29038, 29045, 29055, 29061, 29065, 29069, 29073, 29077, 29081, 29089, 29098, 29106, 29111, 29123, 29135, 29141, 29150, 29160, 29171, 29182, 29193, 29200, 29209, 29216, 29221, 29229, 29234, 29241, 29247, 29255, 29262, 29272, 29283, 29290, 29296, 29303, 29313, 29324, 29334, 29343, 29351, 29359, 29371, 29380, 29386, 29393, 29403, 29409, 29413, 29417, 29421, 29425, 29429, 29437, 29446, 29454, 29459, 29471, 29483, 29489, 29498, 29508, 29519, 29530, 29541, 29548, 29557, 29564, 29569, 29577, 29582, 29589, 29595, 29603, 29610, 29620, 29631, 29638, 29644, 29651, 29661, 29672, 29682, 29691, 29699, 29707, 29719, 29728, 29734, 29741, 29751, 29757, 29762, 29767, 29771, 29775, 29779, 29783, 29787, 29795, 29804, 29812, 29817, 29829, 29841, 29847, 29856, 29866, 29877, 29888, 29899, 29906, 29915, 29922, 29927, 29935, 29940, 29947, 29953, 29961, 29968, 29978, 29989, 29996, 30002, 30009, 30019, 30030, 30040, 30049, 30057, 30065, 30077, 30086, 30092, 30099, 30109, 30115, 30119, 30123, 30127, 30131, 30135, 30143, 30152, 30160, 30165, 30177, 30189, 30195, 30204, 30214, 30225, 30236, 30247, 30254, 30263, 30270, 30275, 30283, 30288, 30295, 30301, 30309, 30316, 30326, 30337, 30344, 30350, 30357, 30367, 30378, 30388, 30397, 30405, 30413, 30425, 30434, 30440, 30447, 30457, 30463, 30467, 30471, 30475, 30479, 30483, 30491, 30500, 30508, 30513, 30525, 30537, 30543, 30552, 30562, 30573, 30584, 30595, 30602, 30611, 30618, 30623, 30631, 30636, 30643, 30649, 30657, 30664, 30674, 30685, 30692, 30698, 30705, 30715, 30726, 30736, 30745, 30753, 30761, 30773, 30782, 30788, 30795, 30805, 30811, 30815, 30819, 30823, 30827, 30831, 30839, 30848, 30856, 30861, 30873, 30885, 30891, 30900, 30910, 30921, 30932, 30943, 30950, 30959, 30966, 30971, 30979, 30984, 30991, 30997, 31005, 31012, 31022, 31033, 31040, 31046, 31053, 31063, 31074, 31084, 31093, 31101, 31109, 31121, 31130, 31136, 31143, 31153, 31159, 31163, 31167, 31171, 31175, 31179, 31187, 31196, 31204, 31209, 31221, 31233, 31239, 31248, 31258, 31269, 31280, 31291, 31298, 31307, 31314, 31319, 31327, 31332, 31339, 31345, 31353, 31360, 31370, 31381, 31388, 31394, 31401, 31411, 31422, 31432, 31441, 31449, 31457, 31469, 31478, 31484, 31491, 31501, 31507, 31513, 31519, 31537, 31546, 31555, 31573, 31591, 31609, 31636, 31666, 31678, 31693, 31705, 31711, 31717, 31726, 31738, 31747, 31759, 31771, 31783, 31789, 31795, 31807, 31819, 31831, 31840, 31846, 31858, 31864, 31876, 31882, 31894, 31906, 31918, 31930, 31936, 31942, 31948, 31954, 31966, 31975, 31981, 31990, 32008, 32029, 32035, 32041, 32047, 32053, 32059, 32065, 32071, 32077, 32083, 32089, 32095, 32101, 32107, 32113, 32119, 32125, 32131, 32137, 32143, 32149, 32158, 32164, 32170, 32176, 32182, 32188, 32194, 32206, 32218, 32224, 32239, 32251, 32263, 32275, 32287, 32293, 32299, 32305, 32311, 32317, 32323, 32329, 32335, 32341, 32347, 32353, 32359, 32365, 32371, 32377, 32383, 32389, 32395, 32407, 32419, 32437, 32449, 32458, 32464, 32467, 32470, 32479, 32485, 32491, 32497, 32503, 32509, 32521, 32530, 32536, 32542, 32548, 32554, 32560, 32566, 32572, 32578, 32587, 32593, 32596],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[713, 742, 828, 829, 870, 2112]), Anchor::All(&[Anchor::Lits(&[799]), Anchor::Lits(&[981])]), Anchor::All(&[Anchor::Lits(&[793, 794, 795, 796, 797, 798, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952]), Anchor::Lits(&[6, 8, 64, 65, 89, 91, 126, 127, 133, 135, 170, 171, 177, 179, 214, 215, 221, 223, 258, 259, 267, 269, 365, 370, 807, 862, 869, 3103, 3105, 3140, 3141, 3147, 3149, 3184, 3185, 3305, 3307, 3342, 3343, 3349, 3351, 3386, 3387, 3393, 3395, 3430, 3431, 3437, 3439, 3474, 3475, 3481, 3483, 3518, 3519, 3525, 3527, 3562, 3563, 3569, 3571, 3606, 3607, 3613, 3615, 3650, 3651, 3657, 3659, 3694, 3695, 3701, 3703, 3738, 3739, 3745, 3747, 3782, 3783, 3789, 3791, 3826, 3827, 3835, 3837, 3872, 3873, 3879, 3881, 3916, 3917, 3923, 3925, 3960, 3961, 3967, 3969, 4004, 4005, 4011, 4013, 4048, 4049]), Anchor::Lits(&[7, 63, 90, 125, 134, 169, 178, 213, 222, 257, 268, 364, 800, 855, 3104, 3139, 3148, 3183, 3306, 3341, 3350, 3385, 3394, 3429, 3438, 3473, 3482, 3517, 3526, 3561, 3570, 3605, 3614, 3649, 3658, 3693, 3702, 3737, 3746, 3781, 3790, 3825, 3836, 3871, 3880, 3915, 3924, 3959, 3968, 4003, 4012, 4047])]), Anchor::All(&[Anchor::Lits(&[1020, 1969, 2117, 2802, 2812, 2815, 2816]), Anchor::Lits(&[695]), Anchor::Lits(&[766])]), Anchor::All(&[Anchor::Lits(&[745]), Anchor::Lits(&[3096])]), Anchor::All(&[Anchor::Lits(&[735]), Anchor::Lits(&[767])]), Anchor::All(&[Anchor::Lits(&[5, 88, 132, 176, 220, 266, 1325, 1705, 1800, 2054, 2080, 2756, 2801, 2814, 3102, 3146, 3304, 3348, 3392, 3436, 3480, 3524, 3568, 3612, 3656, 3700, 3744, 3788, 3834, 3878, 3922, 3966, 4010]), Anchor::Lits(&[696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 737, 738, 739, 740, 741, 743, 744, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764]), Anchor::Lits(&[1295, 1296, 1297, 1298, 1299, 1300, 1325, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1697, 1698, 1699, 1700, 1701, 1702, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2750, 2751, 2752, 2753, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2804, 2805, 2806, 2807, 2808, 2809, 2814, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854])])])),
            (47, "code-fence-role", Anchor::Lits(&[1002])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[299, 306, 307, 313, 346, 353, 355, 356, 373, 374]), Anchor::Lits(&[1493, 1731, 1754, 1879, 2046, 2437])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[397, 402, 405, 410, 413, 414, 415, 418, 419, 420, 421]), Anchor::Any(&[Anchor::Lits(&[1294, 1696, 2803]), Anchor::All(&[Anchor::Lits(&[1294, 1696, 2114, 2803]), Anchor::Lits(&[4, 31, 38, 43, 45, 51, 68, 265, 314, 323, 328, 333, 345, 376, 1304, 1704, 2115, 2813])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2803]), Anchor::Lits(&[4, 265, 525, 526, 982, 2810, 2811, 2813]), Anchor::Lits(&[1022, 1179, 1209, 1246, 1282, 1634, 1687, 1703, 1725, 1728, 1730, 1732, 1745, 1865, 1866, 1878, 1901, 1915, 1925, 2045, 2116, 2123, 2124, 2243, 2313, 2315, 2316, 2338, 2395, 2436, 2489, 2512, 2517, 2679, 2681, 2697, 2943, 3072])]), Anchor::All(&[Anchor::Lits(&[1010, 1285, 1556, 1744, 1934, 1935, 1936, 1937, 1994, 1995, 2047, 2337, 2396, 2397, 2792, 2941, 3065]), Anchor::Lits(&[673, 674, 675, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693]), Anchor::Lits(&[1071, 1076, 1089, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1126, 1295, 1300, 1301, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1327])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[312, 322, 344, 366, 367, 368, 369, 1793, 2436]), Anchor::All(&[Anchor::Lits(&[278, 311, 313, 321, 332, 343, 357]), Anchor::Lits(&[1425, 1426, 2749])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1020, 2317, 2319, 2321, 2436, 2693, 2783]), Anchor::All(&[Anchor::Lits(&[272, 274, 281, 283, 287, 297, 321, 329, 332, 338, 375]), Anchor::Lits(&[1021, 1024, 1702, 2694, 2710, 2809])])]), Anchor::Lits(&[4, 265, 273, 275, 282, 284, 288, 298, 323, 330, 339, 376, 1023, 2318, 2320, 2322, 2438, 2695, 2784])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[1014, 1633, 1727, 1792, 2114, 2260, 2366, 2436, 2675, 2944]), Anchor::Lits(&[1020, 1659, 1696, 1791, 1914, 1969, 2123, 2153, 2436, 2693, 2708, 2709, 2783, 2786, 2803, 2943])])),
            (56, "instruction-banner", Anchor::Lits(&[1633, 1727, 2114, 2433])),
            (98, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[302, 539, 542, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 557, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 984, 985, 987, 988, 990, 991, 992, 993, 996, 997, 998, 1000, 1281]), Anchor::All(&[Anchor::Lits(&[1280, 1651, 1822, 1927, 2109, 2667, 2701, 2702, 2910]), Anchor::Lits(&[983, 986, 989, 994, 995, 999, 1001])])])),
            (99, "safety-config-off", Anchor::Lits(&[289, 304, 336, 341, 358, 1280, 1412, 1636, 1822, 1864, 1927, 2110, 2662, 2665, 2667, 2700, 2701, 2702, 2703, 2704, 2910])),
            (106, "no-more-rules", Anchor::Lits(&[2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2338, 2339])),
            (122, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[93, 271, 352, 394, 395, 404, 441, 442, 450, 527, 528, 529, 591, 597, 670, 676, 694, 736, 765, 768, 769, 772, 827, 1003, 1027, 1294, 1454, 1622, 1639, 1647, 1908, 1918, 2151, 2213, 2441, 3095, 3097, 3098, 3187, 3829, 3830]), Anchor::Lits(&[1011, 1015, 1208, 1278, 1282, 1356, 1489, 1492, 1495, 1496, 1557, 1629, 1630, 1646, 1655, 1657, 1658, 1688, 1695, 1728, 1730, 1732, 1738, 1745, 1751, 1753, 1759, 1760, 1787, 1789, 1828, 1857, 1860, 1861, 1862, 1878, 1880, 1912, 1925, 2045, 2100, 2105, 2111, 2122, 2148, 2150, 2154, 2211, 2244, 2247, 2252, 2306, 2312, 2315, 2401, 2435, 2436, 2479, 2513, 2517, 2598, 2599, 2659, 2660, 2661, 2666, 2668, 2672, 2674, 2679, 2680, 2681, 2692, 2698, 2705, 2713, 2716, 2717, 2744, 2745, 2747, 2776, 2778, 2860, 2863, 2901, 2942, 2944, 2945, 2947, 2950, 2957, 3009, 3010, 3061])]), Anchor::All(&[Anchor::Lits(&[1633, 1727, 2114, 2249, 2257, 2366, 2432, 2670, 2675]), Anchor::Lits(&[1027, 1413, 1414, 1454, 2261, 2663, 2686, 2803]), Anchor::Lits(&[1868, 2870])])])),
            (123, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[1633, 1727, 2114, 2257, 2366, 2399, 2433, 2436, 2520, 2858]), Anchor::Lits(&[1027, 1070, 1294, 1454, 1639, 1647, 1918, 2213, 2261, 2803]), Anchor::Lits(&[396, 443, 530, 598, 634, 695, 792, 3094])])),
            (128, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[393]), Anchor::Lits(&[953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980])])),
            (129, "send-to-a-beacon", Anchor::Lits(&[1992, 1993])),
            (130, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[1423, 1638, 1646, 1759, 1760, 1789, 1859, 1860, 1880, 2154, 2513, 2600, 2601, 2713, 2901, 2942, 2945, 3061]), Anchor::Lits(&[1360, 1491, 1494, 1631, 1755, 1757, 1758, 1855, 1858, 1928, 2120, 2246, 2323, 2394, 2511, 2602, 2676, 2777, 2955]), Anchor::Lits(&[770, 1422, 1902, 1906, 1992, 1993, 2699, 2871, 2872, 2873, 2874, 2875, 2876, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900])])),
            (134, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1729, 1867, 1932, 2400, 2949]), Anchor::All(&[Anchor::Lits(&[1632]), Anchor::Lits(&[411, 3008])])]), Anchor::Lits(&[2781])])),
            (136, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[771, 772, 774, 775, 780, 783, 1038, 1077, 1080, 1083, 1084, 1092, 1095, 1098, 1099, 1127, 1128, 1129, 1130, 1287, 1351, 1413, 1617, 1618, 1619, 1620, 1622, 1637, 1639, 1647, 1690, 1691, 1692, 1693, 1929, 2108, 2216, 2217, 2218, 2219, 2220, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2236, 2253, 2254, 2255, 2256, 2261, 2427, 2428, 2429, 2430, 2473, 2519, 2664, 2682, 2683, 2684, 2685, 2687, 2688, 2689, 2690, 2712, 2787, 2788, 2789, 2790, 2864, 2865, 2866, 2867, 2905, 2906, 2907, 2908, 4056, 4057, 4073, 4090, 4117]), Anchor::All(&[Anchor::Lits(&[1970, 2114, 2249, 2257, 2366, 2440, 2522, 2670, 2868]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 92, 93, 95, 96, 98, 109, 110, 136, 137, 139, 140, 142, 153, 154, 180, 181, 183, 184, 186, 197, 198, 224, 225, 227, 228, 230, 241, 242, 270, 271, 277, 279, 290, 320, 324, 3106, 3107, 3109, 3110, 3112, 3123, 3124, 3150, 3151, 3153, 3154, 3156, 3167, 3168, 3308, 3309, 3311, 3312, 3314, 3325, 3326, 3352, 3353, 3355, 3356, 3358, 3369, 3370, 3396, 3397, 3399, 3400, 3402, 3413, 3414, 3440, 3441, 3443, 3444, 3446, 3457, 3458, 3484, 3485, 3487, 3488, 3490, 3501, 3502, 3528, 3529, 3531, 3532, 3534, 3545, 3546, 3572, 3573, 3575, 3576, 3578, 3589, 3590, 3616, 3617, 3619, 3620, 3622, 3633, 3634, 3660, 3661, 3663, 3664, 3666, 3677, 3678, 3704, 3705, 3707, 3708, 3710, 3721, 3722, 3748, 3749, 3751, 3752, 3754, 3765, 3766, 3792, 3793, 3795, 3796, 3798, 3809, 3810, 3838, 3839, 3841, 3842, 3844, 3855, 3856, 3882, 3883, 3885, 3886, 3888, 3899, 3900, 3926, 3927, 3929, 3930, 3932, 3943, 3944, 3970, 3971, 3973, 3974, 3976, 3987, 3988, 4014, 4015, 4017, 4018, 4020, 4031, 4032]), Anchor::Lits(&[1869, 1870, 1871, 1872, 1873, 1874, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 2871, 2872, 2873, 2874, 2875, 2876, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 57, 92, 93, 95, 96, 98, 109, 110, 121, 136, 137, 139, 140, 142, 153, 154, 165, 180, 181, 183, 184, 186, 197, 198, 209, 224, 225, 227, 228, 230, 241, 242, 253, 270, 271, 277, 279, 290, 320, 324, 354, 3106, 3107, 3109, 3110, 3112, 3123, 3124, 3135, 3150, 3151, 3153, 3154, 3156, 3167, 3168, 3179, 3308, 3309, 3311, 3312, 3314, 3325, 3326, 3337, 3352, 3353, 3355, 3356, 3358, 3369, 3370, 3381, 3396, 3397, 3399, 3400, 3402, 3413, 3414, 3425, 3440, 3441, 3443, 3444, 3446, 3457, 3458, 3469, 3484, 3485, 3487, 3488, 3490, 3501, 3502, 3513, 3528, 3529, 3531, 3532, 3534, 3545, 3546, 3557, 3572, 3573, 3575, 3576, 3578, 3589, 3590, 3601, 3616, 3617, 3619, 3620, 3622, 3633, 3634, 3645, 3660, 3661, 3663, 3664, 3666, 3677, 3678, 3689, 3704, 3705, 3707, 3708, 3710, 3721, 3722, 3733, 3748, 3749, 3751, 3752, 3754, 3765, 3766, 3777, 3792, 3793, 3795, 3796, 3798, 3809, 3810, 3821, 3838, 3839, 3841, 3842, 3844, 3855, 3856, 3867, 3882, 3883, 3885, 3886, 3888, 3899, 3900, 3911, 3926, 3927, 3929, 3930, 3932, 3943, 3944, 3955, 3970, 3971, 3973, 3974, 3976, 3987, 3988, 3999, 4014, 4015, 4017, 4018, 4020, 4031, 4032, 4043]), Anchor::Lits(&[1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 3066, 3067, 3068, 3069, 3070, 3071, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 92, 93, 95, 96, 98, 109, 110, 136, 137, 139, 140, 142, 153, 154, 180, 181, 183, 184, 186, 197, 198, 224, 225, 227, 228, 230, 241, 242, 270, 271, 277, 279, 290, 320, 324, 3106, 3107, 3109, 3110, 3112, 3123, 3124, 3150, 3151, 3153, 3154, 3156, 3167, 3168, 3308, 3309, 3311, 3312, 3314, 3325, 3326, 3352, 3353, 3355, 3356, 3358, 3369, 3370, 3396, 3397, 3399, 3400, 3402, 3413, 3414, 3440, 3441, 3443, 3444, 3446, 3457, 3458, 3484, 3485, 3487, 3488, 3490, 3501, 3502, 3528, 3529, 3531, 3532, 3534, 3545, 3546, 3572, 3573, 3575, 3576, 3578, 3589, 3590, 3616, 3617, 3619, 3620, 3622, 3633, 3634, 3660, 3661, 3663, 3664, 3666, 3677, 3678, 3704, 3705, 3707, 3708, 3710, 3721, 3722, 3748, 3749, 3751, 3752, 3754, 3765, 3766, 3792, 3793, 3795, 3796, 3798, 3809, 3810, 3838, 3839, 3841, 3842, 3844, 3855, 3856, 3882, 3883, 3885, 3886, 3888, 3899, 3900, 3926, 3927, 3929, 3930, 3932, 3943, 3944, 3970, 3971, 3973, 3974, 3976, 3987, 3988, 4014, 4015, 4017, 4018, 4020, 4031, 4032]), Anchor::Lits(&[1869, 1870, 1871, 1872, 1873, 1874, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 2871, 2872, 2873, 2874, 2875, 2876, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900]), Anchor::Lits(&[444, 445, 446, 447, 448, 449, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 793, 794, 795, 796, 797, 798, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952])]), Anchor::All(&[Anchor::Lits(&[2107, 2518, 2661, 2691, 2711, 2785, 2909]), Anchor::Lits(&[2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 92, 93, 95, 96, 98, 109, 110, 136, 137, 139, 140, 142, 153, 154, 180, 181, 183, 184, 186, 197, 198, 224, 225, 227, 228, 230, 241, 242, 270, 271, 277, 279, 290, 320, 324, 3106, 3107, 3109, 3110, 3112, 3123, 3124, 3150, 3151, 3153, 3154, 3156, 3167, 3168, 3308, 3309, 3311, 3312, 3314, 3325, 3326, 3352, 3353, 3355, 3356, 3358, 3369, 3370, 3396, 3397, 3399, 3400, 3402, 3413, 3414, 3440, 3441, 3443, 3444, 3446, 3457, 3458, 3484, 3485, 3487, 3488, 3490, 3501, 3502, 3528, 3529, 3531, 3532, 3534, 3545, 3546, 3572, 3573, 3575, 3576, 3578, 3589, 3590, 3616, 3617, 3619, 3620, 3622, 3633, 3634, 3660, 3661, 3663, 3664, 3666, 3677, 3678, 3704, 3705, 3707, 3708, 3710, 3721, 3722, 3748, 3749, 3751, 3752, 3754, 3765, 3766, 3792, 3793, 3795, 3796, 3798, 3809, 3810, 3838, 3839, 3841, 3842, 3844, 3855, 3856, 3882, 3883, 3885, 3886, 3888, 3899, 3900, 3926, 3927, 3929, 3930, 3932, 3943, 3944, 3970, 3971, 3973, 3974, 3976, 3987, 3988, 4014, 4015, 4017, 4018, 4020, 4031, 4032])]), Anchor::All(&[Anchor::Lits(&[28, 32, 40, 41, 42, 60, 103, 106, 111, 112, 113, 124, 147, 150, 155, 156, 157, 168, 191, 194, 199, 200, 201, 212, 235, 238, 243, 244, 245, 256, 308, 315, 325, 326, 327, 361, 3117, 3120, 3125, 3126, 3127, 3138, 3161, 3164, 3169, 3170, 3171, 3182, 3319, 3322, 3327, 3328, 3329, 3340, 3363, 3366, 3371, 3372, 3373, 3384, 3407, 3410, 3415, 3416, 3417, 3428, 3451, 3454, 3459, 3460, 3461, 3472, 3495, 3498, 3503, 3504, 3505, 3516, 3539, 3542, 3547, 3548, 3549, 3560, 3583, 3586, 3591, 3592, 3593, 3604, 3627, 3630, 3635, 3636, 3637, 3648, 3671, 3674, 3679, 3680, 3681, 3692, 3715, 3718, 3723, 3724, 3725, 3736, 3759, 3762, 3767, 3768, 3769, 3780, 3803, 3806, 3811, 3812, 3813, 3824, 3849, 3852, 3857, 3858, 3859, 3870, 3893, 3896, 3901, 3902, 3903, 3914, 3937, 3940, 3945, 3946, 3947, 3958, 3981, 3984, 3989, 3990, 3991, 4002, 4025, 4028, 4033, 4034, 4035, 4046]), Anchor::Lits(&[1028, 1029, 1030, 1031, 1032, 1033, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1295, 1296, 1297, 1298, 1299, 1300, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1455, 1456, 1457, 1458, 1459, 1460, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 2262, 2263, 2264, 2265, 2266, 2267, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305])]), Anchor::All(&[Anchor::Lits(&[397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 412, 416, 417, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 531, 532, 533, 534, 535, 536, 537, 538, 540, 541, 543, 544, 545, 556, 558, 559, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669]), Anchor::Lits(&[1027, 1070, 1294, 1454, 1622, 1639, 1647, 1918, 2213, 2261]), Anchor::Lits(&[0, 1, 4, 85, 86, 87, 129, 130, 131, 173, 174, 175, 217, 218, 219, 261, 262, 265, 1034, 1035, 1036, 1043, 1044, 1045, 1090, 1091, 1104, 1138, 1139, 1140, 1302, 1303, 1304, 1328, 1329, 1330, 1461, 1462, 1463, 1465, 1466, 1467, 1623, 1624, 1625, 1626, 1627, 1628, 1640, 1641, 1642, 1643, 1644, 1645, 1648, 1649, 1650, 1652, 1653, 1654, 1919, 1920, 1921, 1922, 1923, 1924, 2214, 2215, 2221, 2232, 2233, 2234, 2268, 2269, 2270, 2284, 2285, 2286, 3099, 3100, 3101, 3143, 3144, 3145, 3301, 3302, 3303, 3345, 3346, 3347, 3389, 3390, 3391, 3433, 3434, 3435, 3477, 3478, 3479, 3521, 3522, 3523, 3565, 3566, 3567, 3609, 3610, 3611, 3653, 3654, 3655, 3697, 3698, 3699, 3741, 3742, 3743, 3785, 3786, 3787, 3831, 3832, 3833, 3875, 3876, 3877, 3919, 3920, 3921, 3963, 3964, 3965, 4007, 4008, 4009])]), Anchor::All(&[Anchor::Lits(&[1247, 1452, 1971, 2314, 2392]), Anchor::Lits(&[1070, 2125]), Anchor::Lits(&[1210, 1905])]), Anchor::All(&[Anchor::Lits(&[2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2391]), Anchor::Lits(&[1027, 1070, 1294, 1996, 2271])]), Anchor::All(&[Anchor::Lits(&[2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365]), Anchor::Lits(&[2442, 2443, 2444, 2445, 2446, 2447, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2480, 2481, 2482, 2483, 2484, 2485, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508])]), Anchor::All(&[Anchor::Lits(&[1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1498, 1499, 1500, 1501, 1502, 1503, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1558, 1559, 1560, 1561, 1562, 1563, 1567, 1568, 1569, 1570, 1571, 1572, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 2155, 2156, 2157, 2158, 2159, 2160, 2164, 2165, 2166, 2167, 2168, 2169, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2603, 2604, 2605, 2606, 2607, 2608, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658]), Anchor::Lits(&[10, 30, 35, 93, 105, 107, 137, 149, 151, 181, 193, 195, 225, 237, 239, 271, 310, 318, 3107, 3119, 3121, 3151, 3163, 3165, 3309, 3321, 3323, 3353, 3365, 3367, 3397, 3409, 3411, 3441, 3453, 3455, 3485, 3497, 3499, 3529, 3541, 3543, 3573, 3585, 3587, 3617, 3629, 3631, 3661, 3673, 3675, 3705, 3717, 3719, 3749, 3761, 3763, 3793, 3805, 3807, 3839, 3851, 3853, 3883, 3895, 3897, 3927, 3939, 3941, 3971, 3983, 3985, 4015, 4027, 4029])])]), Anchor::Lits(&[1012, 1015, 1208, 1275, 1278, 1282, 1358, 1453, 1492, 1497, 1557, 1630, 1635, 1646, 1655, 1658, 1660, 1661, 1688, 1694, 1728, 1730, 1733, 1734, 1735, 1736, 1737, 1739, 1740, 1741, 1742, 1743, 1746, 1747, 1748, 1749, 1750, 1751, 1753, 1759, 1786, 1787, 1788, 1821, 1823, 1824, 1826, 1828, 1829, 1856, 1857, 1859, 1860, 1878, 1880, 1903, 1904, 1909, 1912, 1925, 2045, 2105, 2111, 2113, 2121, 2122, 2154, 2211, 2237, 2238, 2240, 2247, 2252, 2334, 2335, 2336, 2435, 2436, 2476, 2513, 2517, 2599, 2668, 2671, 2674, 2677, 2681, 2692, 2698, 2707, 2713, 2716, 2717, 2744, 2747, 2780, 2791, 2793, 2857, 2860, 2944, 2945, 2948, 3009, 3061, 3092, 4061, 4067, 4072, 4087, 4089, 4093, 4097, 4102, 4110, 4113, 4141, 4145])])),
            (137, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1008, 1009, 1025, 1273, 1422, 1488, 1756, 1863, 1900, 1902, 1906, 1907, 1911, 1913, 1917, 1926, 1992, 1993, 2019, 2152, 2212, 2241, 2242, 2398, 2431, 2434, 2478, 2521, 2699, 2856, 2902, 2913, 2914, 2951, 2952, 2953, 2956, 3062, 3063, 3093]), Anchor::All(&[Anchor::Lits(&[26, 29, 46, 48, 49, 50, 52, 101, 104, 115, 117, 118, 119, 120, 145, 148, 159, 161, 162, 163, 164, 189, 192, 203, 205, 206, 207, 208, 233, 236, 247, 249, 250, 251, 252, 303, 309, 334, 337, 340, 342, 347, 3115, 3118, 3129, 3131, 3132, 3133, 3134, 3159, 3162, 3173, 3175, 3176, 3177, 3178, 3317, 3320, 3331, 3333, 3334, 3335, 3336, 3361, 3364, 3375, 3377, 3378, 3379, 3380, 3405, 3408, 3419, 3421, 3422, 3423, 3424, 3449, 3452, 3463, 3465, 3466, 3467, 3468, 3493, 3496, 3507, 3509, 3510, 3511, 3512, 3537, 3540, 3551, 3553, 3554, 3555, 3556, 3581, 3584, 3595, 3597, 3598, 3599, 3600, 3625, 3628, 3639, 3641, 3642, 3643, 3644, 3669, 3672, 3683, 3685, 3686, 3687, 3688, 3713, 3716, 3727, 3729, 3730, 3731, 3732, 3757, 3760, 3771, 3773, 3774, 3775, 3776, 3801, 3804, 3815, 3817, 3818, 3819, 3820, 3847, 3850, 3861, 3863, 3864, 3865, 3866, 3891, 3894, 3905, 3907, 3908, 3909, 3910, 3935, 3938, 3949, 3951, 3952, 3953, 3954, 3979, 3982, 3993, 3995, 3996, 3997, 3998, 4023, 4026, 4037, 4039, 4040, 4041, 4042]), Anchor::Lits(&[1019, 1490, 1752, 1789, 1820, 1991, 2104, 2239, 2715, 2746, 2748, 2946, 2954])])]), Anchor::Lits(&[1424, 1646, 1689, 1823, 1825, 1827, 1859, 1860, 1880, 2121, 2154, 2240, 2259, 2510, 2513, 2600, 2601, 2673, 2706, 2713, 2743, 2779, 2780, 2782, 2794, 2903, 2942, 2945])])),
            (140, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1004, 1005, 1006, 1077, 1078, 1079, 1081, 1082, 1085, 1086, 1087, 1088, 1092, 1093, 1094, 1096, 1097, 1100, 1101, 1102, 1103, 1186, 1187, 1188, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1504, 1505, 1506, 1532, 1533, 1534, 1564, 1565, 1566, 1573, 1574, 1575, 1614, 1615, 1616, 1875, 1876, 1877, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2118, 2119, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2149, 2161, 2162, 2163, 2170, 2171, 2172, 2448, 2449, 2450, 2451, 2452, 2453, 2486, 2487, 2488, 2514, 2515, 2516, 2609, 2610, 2611, 2637, 2638, 2639, 2855, 2859, 2877, 2878, 2879, 2904, 2915, 3064, 3188, 3189, 3190, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3260, 3262, 3263, 3275, 3276, 4070, 4071]), Anchor::All(&[Anchor::Lits(&[1027, 1286, 1293, 1357, 1416, 2911, 3191, 3195, 3196, 3197, 4056, 4057, 4090]), Anchor::Lits(&[10, 30, 35, 78, 79, 80, 271, 310, 318, 386, 387, 388, 450, 476, 477, 505, 506, 507, 591, 592, 593, 594, 595, 596])]), Anchor::All(&[Anchor::Lits(&[15, 16, 18, 19, 20, 21, 22, 23, 33, 34, 53, 54, 55, 56, 61, 62, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 285, 286, 291, 292, 293, 294, 295, 296, 316, 317, 348, 349, 350, 351, 362, 363, 371, 372, 378, 379, 380, 381, 382, 383, 384, 385]), Anchor::Lits(&[1071, 1076, 1997, 1998, 2126, 2127])])]), Anchor::Lits(&[2, 3, 81, 82, 83, 84, 263, 264, 389, 390, 391, 392, 672, 4176])])),
            (141, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[1013, 1688, 1753, 1925, 1992, 1993, 2475, 2912, 3252, 3255, 3256, 3257, 3267, 3272, 3282, 3283, 3286, 3290, 3294, 4062, 4064, 4065, 4067, 4068, 4087, 4088, 4089, 4093, 4099, 4100, 4102, 4103, 4107, 4113, 4121, 4123, 4125, 4145, 4160, 4161, 4163, 4164, 4166, 4173]), Anchor::Lits(&[672, 4176]), Anchor::Lits(&[1070, 1918, 2213])])),
            (142, "data-in-a-link", Anchor::Any(&[Anchor::Lits(&[1992, 1993]), Anchor::All(&[Anchor::Lits(&[1018, 1279, 1359, 1790, 2101, 2102, 2103, 2106]), Anchor::Lits(&[1276, 1277, 1656, 1789, 2475, 2696, 2708, 2880])]), Anchor::All(&[Anchor::Lits(&[1277, 1789, 1930, 2474, 2475, 2708, 2880]), Anchor::Lits(&[1726, 1991, 2393, 2509, 2678])])])),
            (144, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1180, 1181, 1182, 1183, 1184, 1185, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 2977, 2978, 2979, 2980, 2981, 2982, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007]), Anchor::Lits(&[1027, 1070, 1294, 1414, 1454, 1639, 1918, 1933, 2213, 2261])]), Anchor::All(&[Anchor::Lits(&[1027, 1294, 1454, 1639, 1933, 2261, 2803, 2881]), Anchor::Lits(&[1071, 1072, 1073, 1074, 1075, 1076, 1132, 1133, 1134, 1135, 1136, 1137, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178])])]), Anchor::Lits(&[1016, 1017, 1208, 1282, 1292, 1492, 1495, 1621, 1630, 1646, 1655, 1688, 1728, 1730, 1753, 1759, 1760, 1787, 1789, 1828, 1857, 1860, 1878, 1880, 1912, 1925, 2045, 2111, 2150, 2154, 2245, 2247, 2252, 2436, 2513, 2517, 2599, 2660, 2671, 2681, 2692, 2698, 2705, 2713, 2717, 2747, 2776, 2901, 2942, 2944, 2945, 3009])])),
            (148, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[1415, 1417, 1971, 2250, 2251, 2258, 2314, 2340, 2366, 2392, 2669]), Anchor::Lits(&[4, 6, 87, 89, 131, 133, 175, 177, 219, 221, 265, 267, 1036, 1037, 1039, 1040, 1041, 1042, 1045, 1046, 1104, 1125, 1288, 1289, 1290, 1291, 1304, 1326, 1330, 1331, 1352, 1353, 1354, 1355, 1463, 1464, 1467, 1468, 2017, 2018, 2146, 2147, 2221, 2222, 2234, 2235, 2273, 2274, 2275, 2276, 2277, 2278, 2280, 2281, 2282, 2283, 2308, 2309, 2310, 2311, 3101, 3103, 3145, 3147, 3303, 3305, 3347, 3349, 3391, 3393, 3435, 3437, 3479, 3481, 3523, 3525, 3567, 3569, 3611, 3613, 3655, 3657, 3699, 3701, 3743, 3745, 3787, 3789, 3833, 3835, 3877, 3879, 3921, 3923, 3965, 3967, 4009, 4011]), Anchor::Lits(&[1027, 1070, 1287, 1294, 1351, 1454, 1996, 2125, 2213, 2272, 2279, 2307])])),
            (150, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[773, 776, 777, 778, 779, 781, 782, 784, 785, 786, 787, 788, 789, 790, 791, 1007, 1026, 1066, 1067, 1068, 1069, 1131, 1274, 1283, 1284, 1411, 1418, 1419, 1420, 1421]), Anchor::Lits(&[1555, 1646, 1689, 1860, 1880, 2240, 2513, 2713, 2717, 2945])])),
            (151, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::Lits(&[671, 1220, 1554, 1863, 1910, 1916, 1931, 2248, 2439, 2477, 2478, 2714, 2861, 2862, 2869, 2902, 2956]), Anchor::All(&[Anchor::Lits(&[1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2424, 2425, 2426, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060]), Anchor::Lits(&[14, 25, 27, 36, 47, 58, 69, 97, 100, 102, 108, 116, 122, 128, 141, 144, 146, 152, 160, 166, 172, 185, 188, 190, 196, 204, 210, 216, 229, 232, 234, 240, 248, 254, 260, 280, 301, 305, 319, 335, 359, 377, 3111, 3114, 3116, 3122, 3130, 3136, 3142, 3155, 3158, 3160, 3166, 3174, 3180, 3186, 3313, 3316, 3318, 3324, 3332, 3338, 3344, 3357, 3360, 3362, 3368, 3376, 3382, 3388, 3401, 3404, 3406, 3412, 3420, 3426, 3432, 3445, 3448, 3450, 3456, 3464, 3470, 3476, 3489, 3492, 3494, 3500, 3508, 3514, 3520, 3533, 3536, 3538, 3544, 3552, 3558, 3564, 3577, 3580, 3582, 3588, 3596, 3602, 3608, 3621, 3624, 3626, 3632, 3640, 3646, 3652, 3665, 3668, 3670, 3676, 3684, 3690, 3696, 3709, 3712, 3714, 3720, 3728, 3734, 3740, 3753, 3756, 3758, 3764, 3772, 3778, 3784, 3797, 3800, 3802, 3808, 3816, 3822, 3828, 3843, 3846, 3848, 3854, 3862, 3868, 3874, 3887, 3890, 3892, 3898, 3906, 3912, 3918, 3931, 3934, 3936, 3942, 3950, 3956, 3962, 3975, 3978, 3980, 3986, 3994, 4000, 4006, 4019, 4022, 4024, 4030, 4038, 4044, 4050])]), Anchor::All(&[Anchor::Lits(&[11, 44, 52, 59, 94, 114, 120, 123, 138, 158, 164, 167, 182, 202, 208, 211, 226, 246, 252, 255, 276, 331, 347, 360, 3108, 3128, 3134, 3137, 3152, 3172, 3178, 3181, 3310, 3330, 3336, 3339, 3354, 3374, 3380, 3383, 3398, 3418, 3424, 3427, 3442, 3462, 3468, 3471, 3486, 3506, 3512, 3515, 3530, 3550, 3556, 3559, 3574, 3594, 3600, 3603, 3618, 3638, 3644, 3647, 3662, 3682, 3688, 3691, 3706, 3726, 3732, 3735, 3750, 3770, 3776, 3779, 3794, 3814, 3820, 3823, 3840, 3860, 3866, 3869, 3884, 3904, 3910, 3913, 3928, 3948, 3954, 3957, 3972, 3992, 3998, 4001, 4016, 4036, 4042, 4045]), Anchor::Lits(&[24, 36, 69, 99, 108, 128, 143, 152, 172, 187, 196, 216, 231, 240, 260, 300, 319, 377, 3113, 3122, 3142, 3157, 3166, 3186, 3315, 3324, 3344, 3359, 3368, 3388, 3403, 3412, 3432, 3447, 3456, 3476, 3491, 3500, 3520, 3535, 3544, 3564, 3579, 3588, 3608, 3623, 3632, 3652, 3667, 3676, 3696, 3711, 3720, 3740, 3755, 3764, 3784, 3799, 3808, 3828, 3845, 3854, 3874, 3889, 3898, 3918, 3933, 3942, 3962, 3977, 3986, 4006, 4021, 4030, 4050])])])),
            (172, "override-instructions-cjk", Anchor::Lits(&[4059, 4066, 4069, 4082, 4083, 4086, 4092, 4094, 4104, 4105, 4106, 4107, 4108, 4109, 4115, 4116, 4118, 4121, 4129, 4130, 4131, 4141, 4143, 4146, 4147, 4150, 4161, 4171, 4172])),
            (175, "override-instructions-other-scripts", Anchor::Lits(&[3192, 3193, 3194, 3253, 3254, 3258, 3261, 3265, 3268, 3271, 3274, 3279, 3280, 3287, 3291, 3292, 3293, 3296, 3298, 3300])),
            (177, "unrestricted-persona-other-scripts", Anchor::Lits(&[3264, 3269, 3281, 3289, 3299, 4051, 4052, 4098, 4101, 4119, 4120, 4132, 4134, 4136, 4137, 4144, 4149, 4168, 4169])),
            (179, "reveal-system-prompt-other-scripts", Anchor::Lits(&[3259, 3266, 3270, 3273, 3277, 3278, 3284, 3285, 3288, 3295, 3297, 4059, 4060, 4086, 4127, 4152, 4155, 4159, 4162, 4167, 4175])),
            (181, "disable-safety-other-scripts", Anchor::Lits(&[4058, 4078, 4080, 4095, 4096, 4124, 4126, 4133, 4135, 4141, 4142, 4148, 4154, 4156, 4157, 4165, 4170])),
            (183, "stop-following-instructions-cjk", Anchor::Lits(&[4053, 4054, 4055, 4111, 4112, 4114, 4136, 4137, 4138, 4139, 4140, 4158, 4174])),
            (187, "conceal-from-the-user-cjk", Anchor::Lits(&[4063, 4077, 4122])),
            (194, "reveal-system-prompt-zh", Anchor::Lits(&[4074, 4075, 4076, 4079, 4081, 4084, 4085, 4091, 4128, 4129, 4130, 4131, 4151, 4153])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x2c6083c3f12298a0;
