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
\x20access key\
\x20account\
\x20accountadmin\
\x20achana na \
\x20act as \
\x20act like \
\x20acting as \
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
\x20alerting \
\x20alerts\
\x20alituntunin \
\x20all\
\x20all actions \
\x20all calls \
\x20all commands \
\x20all queries \
\x20all requests \
\x20all statements \
\x20all that the \
\x20all that your \
\x20all the \
\x20all tool calls \
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
\x20anonymous\
\x20another \
\x20answer as \
\x20answers any question\
\x20answers anything\
\x20answers every question\
\x20answers everything\
\x20anweisungen\
\x20any time cortex \
\x20any time the agent \
\x20any time the assistant \
\x20any time the model \
\x20any time you \
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
\x20applied\
\x20apply\
\x20apply to you \
\x20applying \
\x20approval\
\x20approval \
\x20approval gates\
\x20approvals\
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
\x20as a joke\
\x20as a suggestion\
\x20as advisory\
\x20as an \
\x20as canceled\
\x20as cancelled\
\x20as guidelines only\
\x20as i command\
\x20as i order\
\x20as i say\
\x20as i tell you\
\x20as i type\
\x20as i write\
\x20as if \
\x20as irrelevant\
\x20as jokes\
\x20as non binding\
\x20as nonbinding\
\x20as not binding\
\x20as optional\
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
\x20circumvent \
\x20classifier\
\x20classifier \
\x20claude \
\x20clear text \
\x20cleared \
\x20cleartext \
\x20cliente\
\x20coded you\
\x20come back as \
\x20commands\
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
\x20containing \
\x20content filter\
\x20content of \
\x20content policy \
\x20contents of \
\x20context\
\x20context \
\x20continue as \
\x20contrainte\
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
\x20cortexroute \
\x20covert \
\x20covertly\
\x20create user\
\x20created you\
\x20credential\
\x20credentials\
\x20credentials \
\x20customer \
\x20data\
\x20data protection \
\x20deactivated\
\x20dead \
\x20deaktiviere \
\x20deaktivieren \
\x20debugging you\
\x20deceased \
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
\x20escape from \
\x20escaped from \
\x20ethics\
\x20ethics \
\x20evade \
\x20evaluating you\
\x20every action \
\x20every call \
\x20every command \
\x20every night \
\x20every query \
\x20every request \
\x20every statement \
\x20every time cortex \
\x20every time the agent \
\x20every time the assistant \
\x20every time the model \
\x20every time you \
\x20every tool call \
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
\x20hook \
\x20hooks \
\x20host\
\x20host name\
\x20hostname\
\x20html comment\
\x20huong dan \
\x20huwag pansinin \
\x20huwag sundin \
\x20hypothetically \
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
\x20it before\
\x20it first\
\x20its \
\x20itself\
\x20jailbroken \
\x20jangan ikuti \
\x20je bent nu \
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
\x20key\
\x20keychain\
\x20keychain \
\x20keys\
\x20keys \
\x20khong \
\x20khong tuan theo \
\x20kindly execute \
\x20kindly run \
\x20known as\
\x20lambda\
\x20lapsed\
\x20late \
\x20laten weten\
\x20leak\
\x20leak \
\x20learning mode \
\x20lenh \
\x20let \
\x20let s not \
\x20lets not \
\x20lets say \
\x20letting \
\x20liberated from \
\x20libre de \
\x20lift \
\x20lifted\
\x20lifting \
\x20limit\
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
\x20loop in \
\x20looping in \
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
\x20moral compass \
\x20morality \
\x20morals \
\x20morse \
\x20move \
\x20msifuate \
\x20mum about\
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
\x20olmadan \
\x20olmayan \
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
\x20paste \
\x20pastebin\
\x20pay no attention to \
\x20pedoman \
\x20pembatasan\
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
\x20powers\
\x20pr description\
\x20pravidel\
\x20pravidiel\
\x20pravila\
\x20pre prompt\
\x20pre tool use hook\
\x20preamble\
\x20preceding\
\x20preceding \
\x20preceding text \
\x20precise \
\x20preprompt\
\x20pretend \
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
\x20quiet about\
\x20quietly\
\x20quy tac \
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
\x20sahau \
\x20sahauni \
\x20said \
\x20said to in you\
\x20said to into you\
\x20said to to you\
\x20said to you\
\x20sainted \
\x20salaries\
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
\x20schutzmechanismen\
\x20scrap \
\x20secret\
\x20secret \
\x20secretly\
\x20secrets\
\x20secrets \
\x20security\
\x20security \
\x20securityadmin\
\x20seeing \
\x20sekatan\
\x20sem \
\x20send \
\x20sends \
\x20sensor\
\x20sensur\
\x20sensuuria\
\x20sent in you\
\x20sent into you\
\x20sent to you\
\x20sent you\
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
\x20should \
\x20show \
\x20showing \
\x20sicherheitsfilter\
\x20sicherheitsprufungen\
\x20sicherheitsregeln\
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
\x20stick to \
\x20sticking to \
\x20stole\
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
\x20them before\
\x20them first\
\x20then carry out \
\x20then comply with \
\x20then do \
\x20then execute \
\x20then follow \
\x20then obey \
\x20then perform \
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
\x20turned off\
\x20turning off \
\x20twin \
\x20type \
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
\x20unshackled from \
\x20until now\
\x20up to now\
\x20upload \
\x20url\
\x20url \
\x20ursprunglichen anweisungen\
\x20used to \
\x20userpromptsubmit hook\
\x20usifuate \
\x20using\
\x20usuaria\
\x20usuario\
\x20utan \
\x20uten \
\x20utilizador\
\x20utos \
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
\x20vertellen\
\x20voce agora e \
\x20voce e agora \
\x20void\
\x20vorgaben\
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
\x20you should\
\x20you started with\
\x20you ve been \
\x20you were\
\x20you were \
\x20you were given\
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
\x20\xd0\xb0\xd1\x83\xd0\xb4\xd0\xb8\xd1\x82\
\x20\xd0\xb1\xd0\xb5\xd0\xb7 \
\x20\xd0\xb6\xd1\x83\xd1\x80\xd0\xbd\xd0\xb0\xd0\xbb\
\x20\xd0\xb7\xd0\xb0\xd1\x89\xd0\xb8\xd1\x82\
\x20\xd0\xb8\xd1\x81\xd1\x85\xd0\xbe\xd0\xb4\xd0\xbd\
\x20\xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\
\x20\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xbc\xd0\xbd\
\x20\xd1\x81\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\
\x20\xd1\x84\xd0\xb8\xd0\xbb\xd1\x8c\xd1\x82\xd1\x80\
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
audit log\
audit trail\
auditing\
authentication are \
authentication have been \
authentication is \
authentication were \
authori\
avoid \
avoiding \
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
bypass \
bypass your \
bypassing \
bypassing your \
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
grant \
guard\
guard check\
guard rails\
guard rails \
guardrail\
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
normas\
normas \
not allowed \
not meant \
not permitted \
not supposed \
note for \
note from \
note to \
nothing \
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
omega mode\
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
so reviewer\
so security\
so that are not \
so that arent \
so that is not \
so that isnt \
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
whenever\
whenever you \
which\
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
\xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd1\x96\xd0\xb2\xd0\xba\
\xd0\xb8\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd0\xb8\
\xd0\xba\xd0\xbe\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\
\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\
\xd0\xbf\xd1\x80\xd0\xbe\xd0\xbc\xd0\xbf\xd1\x82\
\xd1\x83\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xb8\
\xd1\x96\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd1\x96\
",
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 185, 193, 202, 208, 215, 222, 230, 247, 265, 295, 303, 312, 330, 349, 364, 380, 393, 400, 417, 435, 441, 448, 466, 485, 494, 504, 516, 522, 529, 536, 544, 559, 570, 578, 591, 602, 610, 620, 631, 642, 650, 660, 669, 677, 689, 700, 713, 722, 737, 744, 758, 775, 796, 813, 824, 845, 863, 880, 894, 901, 915, 931, 949, 960, 972, 987, 1000, 1011, 1019, 1033, 1042, 1054, 1057, 1061, 1072, 1085, 1100, 1108, 1117, 1129, 1139, 1147, 1152, 1159, 1169, 1176, 1189, 1193, 1206, 1217, 1231, 1244, 1258, 1274, 1288, 1303, 1312, 1328, 1338, 1354, 1366, 1375, 1389, 1404, 1424, 1439, 1462, 1473, 1486, 1495, 1506, 1514, 1529, 1545, 1553, 1559, 1568, 1581, 1590, 1600, 1607, 1615, 1623, 1632, 1650, 1669, 1681, 1690, 1700, 1719, 1739, 1755, 1772, 1790, 1809, 1816, 1824, 1835, 1846, 1861, 1878, 1886, 1899, 1911, 1919, 1929, 1942, 1952, 1977, 1987, 1996, 2007, 2028, 2045, 2068, 2087, 2099, 2116, 2136, 2160, 2180, 2194, 2204, 2219, 2238, 2258, 2272, 2287, 2303, 2322, 2345, 2364, 2377, 2381, 2389, 2398, 2406, 2412, 2426, 2436, 2445, 2455, 2470, 2480, 2489, 2499, 2507, 2521, 2538, 2557, 2566, 2575, 2592, 2600, 2608, 2615, 2619, 2625, 2635, 2651, 2663, 2670, 2682, 2695, 2714, 2727, 2738, 2747, 2761, 2771, 2782, 2789, 2803, 2812, 2827, 2841, 2856, 2868, 2880, 2895, 2904, 2912, 2921, 2932, 2940, 2947, 2952, 2959, 2972, 2987, 3000, 3010, 3018, 3028, 3039, 3057, 3077, 3099, 3114, 3130, 3149, 3166, 3181, 3193, 3201, 3218, 3231, 3257, 3288, 3315, 3347, 3354, 3362, 3368, 3379, 3396, 3405, 3415, 3428, 3440, 3459, 3474, 3486, 3498, 3511, 3525, 3535, 3547, 3560, 3570, 3581, 3589, 3600, 3611, 3622, 3633, 3644, 3657, 3671, 3685, 3699, 3713, 3727, 3743, 3749, 3754, 3762, 3771, 3779, 3791, 3799, 3807, 3815, 3819, 3825, 3833, 3841, 3848, 3856, 3871, 3895, 3913, 3925, 3943, 3965, 3983, 3999, 4011, 4024, 4036, 4049, 4061, 4077, 4090, 4105, 4119, 4133, 4148, 4159, 4172, 4184, 4200, 4217, 4232, 4244, 4253, 4275, 4295, 4300, 4308, 4318, 4329, 4338, 4349, 4360, 4372, 4380, 4393, 4410, 4414, 4419, 4431, 4445, 4461, 4470, 4480, 4493, 4504, 4513, 4521, 4532, 4538, 4548, 4558, 4569, 4581, 4596, 4614, 4622, 4634, 4643, 4655, 4669, 4683, 4699, 4706, 4714, 4722, 4730, 4742, 4754, 4766, 4779, 4791, 4803, 4817, 4826, 4836, 4847, 4862, 4877, 4892, 4907, 4922, 4939, 4951, 4965, 4979, 4986, 5002, 5016, 5031, 5048, 5064, 5077, 5090, 5102, 5117, 5133, 5151, 5169, 5184, 5201, 5213, 5226, 5245, 5254, 5262, 5271, 5281, 5290, 5303, 5317, 5333, 5348, 5360, 5372, 5383, 5397, 5412, 5427, 5442, 5459, 5476, 5490, 5506, 5517, 5529, 5544, 5562, 5573, 5585, 5599, 5612, 5622, 5632, 5641, 5653, 5666, 5679, 5692, 5707, 5722, 5734, 5748, 5757, 5767, 5780, 5796, 5801, 5805, 5812, 5824, 5831, 5839, 5847, 5855, 5863, 5871, 5888, 5898, 5908, 5922, 5927, 5935, 5944, 5954, 5960, 5968, 5975, 5983, 5992, 6001, 6013, 6024, 6036, 6044, 6056, 6065, 6076, 6084, 6094, 6108, 6117, 6125, 6140, 6154, 6166, 6179, 6195, 6223, 6230, 6238, 6252, 6267, 6283, 6300, 6315, 6332, 6345, 6360, 6371, 6383, 6403, 6426, 6445, 6464, 6478, 6491, 6503, 6511, 6530, 6540, 6550, 6568, 6588, 6607, 6626, 6644, 6659, 6675, 6687, 6700, 6712, 6727, 6739, 6755, 6768, 6776, 6785, 6798, 6809, 6817, 6830, 6844, 6866, 6889, 6912, 6926, 6941, 6953, 6966, 6980, 6987, 6994, 7010, 7028, 7048, 7061, 7075, 7092, 7107, 7120, 7126, 7139, 7147, 7160, 7173, 7181, 7190, 7202, 7214, 7225, 7237, 7250, 7260, 7265, 7282, 7294, 7300, 7313, 7327, 7341, 7351, 7369, 7386, 7398, 7409, 7420, 7437, 7448, 7456, 7468, 7482, 7494, 7506, 7514, 7523, 7532, 7545, 7560, 7574, 7583, 7591, 7599, 7613, 7623, 7633, 7644, 7655, 7667, 7678, 7690, 7702, 7712, 7723, 7733, 7746, 7763, 7786, 7804, 7823, 7840, 7849, 7857, 7864, 7875, 7891, 7902, 7919, 7928, 7939, 7943, 7955, 7964, 7981, 7995, 8009, 8030, 8048, 8066, 8087, 8104, 8113, 8128, 8139, 8150, 8163, 8173, 8185, 8193, 8204, 8213, 8224, 8235, 8247, 8253, 8263, 8274, 8283, 8295, 8305, 8318, 8333, 8345, 8353, 8377, 8408, 8421, 8435, 8448, 8461, 8475, 8489, 8505, 8520, 8532, 8547, 8559, 8586, 8597, 8613, 8627, 8642, 8657, 8672, 8689, 8706, 8720, 8734, 8750, 8766, 8784, 8800, 8818, 8830, 8844, 8855, 8867, 8882, 8900, 8916, 8934, 8941, 8952, 8963, 8974, 8985, 8996, 9009, 9022, 9035, 9048, 9061, 9074, 9089, 9103, 9124, 9149, 9169, 9189, 9213, 9239, 9269, 9294, 9319, 9348, 9372, 9397, 9426, 9450, 9474, 9502, 9525, 9548, 9575, 9597, 9619, 9645, 9666, 9692, 9722, 9747, 9772, 9801, 9825, 9849, 9877, 9900, 9923, 9950, 9972, 9999, 10030, 10056, 10082, 10112, 10137, 10156, 10184, 10216, 10243, 10270, 10301, 10327, 10353, 10383, 10408, 10433, 10462, 10486, 10509, 10536, 10558, 10580, 10606, 10634, 10666, 10693, 10720, 10751, 10777, 10804, 10835, 10861, 10887, 10917, 10942, 10967, 10996, 11020, 11044, 11072, 11095, 11123, 11155, 11182, 11209, 11240, 11266, 11292, 11322, 11347, 11372, 11401, 11425, 11454, 11487, 11515, 11543, 11575, 11602, 11623, 11653, 11687, 11716, 11745, 11778, 11806, 11834, 11866, 11893, 11920, 11951, 11977, 11987, 12008, 12023, 12039, 12057, 12074, 12088, 12105, 12120, 12134, 12149, 12162, 12178, 12195, 12212, 12229, 12248, 12267, 12283, 12301, 12314, 12328, 12345, 12365, 12386, 12411, 12431, 12451, 12475, 12501, 12531, 12556, 12581, 12610, 12634, 12659, 12688, 12712, 12736, 12764, 12787, 12810, 12837, 12859, 12881, 12907, 12928, 12954, 12984, 13009, 13034, 13063, 13087, 13111, 13139, 13162, 13185, 13212, 13234, 13261, 13292, 13318, 13344, 13374, 13399, 13418, 13446, 13478, 13505, 13532, 13563, 13589, 13615, 13645, 13670, 13695, 13724, 13748, 13756, 13775, 13788, 13802, 13818, 13833, 13845, 13860, 13873, 13885, 13898, 13909, 13923, 13938, 13953, 13968, 13985, 14002, 14016, 14032, 14043, 14055, 14070, 14088, 14094, 14116, 14145, 14156, 14168, 14179, 14190, 14202, 14214, 14228, 14241, 14251, 14264, 14274, 14299, 14308, 14322, 14334, 14347, 14360, 14373, 14388, 14403, 14415, 14427, 14441, 14455, 14471, 14485, 14501, 14511, 14523, 14532, 14542, 14555, 14571, 14585, 14601, 14607, 14621, 14631, 14643, 14654, 14665, 14675, 14685, 14695, 14710, 14719, 14733, 14748, 14753, 14759, 14767, 14779, 14797, 14818, 14843, 14864, 14879, 14887, 14896, 14902, 14918, 14928, 14934, 14941, 14957, 14964, 14973, 14984, 14993, 15002, 15011, 15017, 15026, 15035, 15044, 15048, 15053, 15061, 15070, 15080, 15092, 15105, 15115, 15122, 15131, 15144, 15158, 15165, 15173, 15180, 15195, 15209, 15221, 15236, 15249, 15262, 15277, 15294, 15313, 15335, 15361, 15383, 15399, 15416, 15428, 15449, 15471, 15487, 15504, 15510, 15517, 15526, 15545, 15565, 15580, 15598, 15616, 15639, 15647, 15660, 15671, 15681, 15693, 15699, 15708, 15716, 15723, 15731, 15741, 15755, 15770, 15786, 15799, 15812, 15824, 15839, 15855, 15873, 15891, 15906, 15923, 15935, 15948, 15967, 15982, 15998, 16015, 16029, 16043, 16056, 16072, 16089, 16108, 16127, 16143, 16161, 16174, 16188, 16208, 16213, 16219, 16225, 16232, 16240, 16248, 16257, 16264, 16283, 16303, 16323, 16343, 16351, 16372, 16393, 16401, 16408, 16430, 16439, 16446, 16454, 16467, 16478, 16488, 16499, 16517, 16529, 16548, 16563, 16571, 16583, 16596, 16604, 16612, 16621, 16628, 16636, 16647, 16656, 16668, 16674, 16689, 16701, 16713, 16725, 16738, 16750, 16765, 16775, 16794, 16813, 16829, 16845, 16863, 16882, 16898, 16916, 16935, 16950, 16961, 16980, 17000, 17019, 17028, 17036, 17046, 17057, 17065, 17071, 17083, 17097, 17109, 17118, 17133, 17151, 17171, 17192, 17203, 17214, 17224, 17229, 17241, 17250, 17266, 17271, 17277, 17289, 17303, 17315, 17324, 17331, 17344, 17359, 17374, 17389, 17404, 17419, 17436, 17441, 17459, 17477, 17495, 17513, 17531, 17551, 17556, 17570, 17582, 17594, 17607, 17616, 17624, 17631, 17640, 17648, 17656, 17662, 17669, 17680, 17696, 17707, 17719, 17728, 17744, 17761, 17772, 17784, 17800, 17817, 17825, 17833, 17852, 17860, 17880, 17889, 17898, 17903, 17911, 17925, 17939, 17952, 17972, 17984, 18007, 18030, 18052, 18073, 18095, 18115, 18128, 18142, 18157, 18168, 18179, 18189, 18196, 18206, 18214, 18225, 18231, 18238, 18243, 18253, 18262, 18275, 18286, 18302, 18316, 18332, 18341, 18345, 18356, 18370, 18388, 18402, 18410, 18417, 18425, 18433, 18442, 18449, 18459, 18468, 18473, 18486, 18492, 18512, 18530, 18548, 18555, 18564, 18572, 18581, 18588, 18604, 18610, 18621, 18629, 18638, 18649, 18661, 18672, 18683, 18692, 18707, 18723, 18738, 18749, 18755, 18765, 18776, 18789, 18801, 18814, 18823, 18848, 18874, 18898, 18921, 18943, 18968, 18991, 19013, 19035, 19055, 19075, 19094, 19115, 19135, 19147, 19165, 19185, 19203, 19218, 19236, 19255, 19268, 19282, 19303, 19322, 19345, 19367, 19389, 19410, 19428, 19447, 19467, 19488, 19499, 19513, 19526, 19540, 19561, 19569, 19578, 19589, 19599, 19610, 19619, 19627, 19639, 19652, 19663, 19680, 19697, 19713, 19728, 19754, 19780, 19805, 19829, 19854, 19877, 19893, 19907, 19922, 19931, 19942, 19961, 19972, 19980, 19997, 20014, 20022, 20038, 20045, 20051, 20066, 20081, 20087, 20110, 20132, 20152, 20171, 20191, 20212, 20231, 20241, 20250, 20255, 20262, 20274, 20288, 20300, 20312, 20327, 20339, 20352, 20360, 20371, 20382, 20390, 20409, 20419, 20430, 20434, 20443, 20453, 20458, 20464, 20471, 20488, 20504, 20516, 20525, 20532, 20539, 20545, 20557, 20562, 20568, 20583, 20589, 20594, 20605, 20615, 20625, 20634, 20650, 20660, 20666, 20673, 20682, 20688, 20699, 20712, 20723, 20734, 20746, 20759, 20766, 20774, 20781, 20789, 20801, 20807, 20818, 20832, 20843, 20848, 20860, 20874, 20890, 20899, 20909, 20922, 20933, 20942, 20948, 20955, 20968, 20984, 20999, 21007, 21022, 21031, 21040, 21052, 21061, 21070, 21081, 21092, 21098, 21113, 21129, 21142, 21156, 21169, 21184, 21193, 21200, 21204, 21209, 21216, 21223, 21231, 21251, 21271, 21280, 21291, 21306, 21319, 21336, 21349, 21366, 21378, 21396, 21416, 21436, 21446, 21454, 21475, 21487, 21497, 21505, 21513, 21518, 21524, 21539, 21551, 21564, 21577, 21601, 21623, 21638, 21656, 21672, 21683, 21691, 21705, 21711, 21718, 21732, 21748, 21766, 21777, 21789, 21804, 21817, 21828, 21836, 21855, 21870, 21880, 21888, 21895, 21901, 21911, 21921, 21927, 21936, 21948, 21965, 21975, 21987, 21997, 22007, 22018, 22030, 22042, 22051, 22057, 22067, 22076, 22083, 22093, 22100, 22107, 22123, 22146, 22176, 22188, 22201, 22213, 22225, 22240, 22253, 22266, 22281, 22295, 22306, 22321, 22337, 22353, 22367, 22378, 22393, 22419, 22429, 22441, 22454, 22468, 22482, 22496, 22512, 22528, 22541, 22554, 22568, 22583, 22598, 22613, 22630, 22645, 22662, 22676, 22687, 22700, 22710, 22721, 22735, 22752, 22767, 22784, 22795, 22801, 22807, 22821, 22833, 22843, 22857, 22871, 22888, 22903, 22918, 22928, 22938, 22949, 22963, 22978, 22988, 22999, 23019, 23039, 23061, 23086, 23102, 23114, 23132, 23149, 23166, 23184, 23203, 23221, 23241, 23263, 23283, 23305, 23321, 23339, 23359, 23381, 23393, 23406, 23418, 23428, 23442, 23458, 23467, 23483, 23493, 23510, 23525, 23537, 23548, 23563, 23575, 23589, 23603, 23619, 23638, 23646, 23662, 23679, 23700, 23717, 23725, 23736, 23749, 23759, 23769, 23783, 23788, 23794, 23803, 23813, 23823, 23835, 23845, 23859, 23871, 23881, 23900, 23909, 23917, 23924, 23933, 23937, 23942, 23952, 23964, 23972, 23981, 23990, 23998, 24014, 24027, 24050, 24070, 24090, 24110, 24133, 24160, 24184, 24208, 24232, 24259, 24268, 24276, 24288, 24298, 24308, 24325, 24336, 24354, 24368, 24375, 24384, 24390, 24402, 24415, 24423, 24434, 24442, 24451, 24462, 24472, 24483, 24511, 24528, 24540, 24557, 24570, 24579, 24588, 24597, 24609, 24616, 24624, 24637, 24641, 24650, 24660, 24676, 24686, 24704, 24715, 24728, 24740, 24753, 24766, 24776, 24784, 24793, 24801, 24810, 24820, 24825, 24837, 24856, 24869, 24889, 24905, 24914, 24923, 24933, 24947, 24958, 24970, 24980, 24991, 25003, 25013, 25023, 25033, 25044, 25052, 25059, 25068, 25087, 25095, 25113, 25122, 25132, 25142, 25153, 25160, 25169, 25190, 25199, 25210, 25221, 25231, 25241, 25252, 25264, 25276, 25289, 25306, 25318, 25327, 25338, 25346, 25356, 25367, 25376, 25386, 25395, 25404, 25408, 25415, 25430, 25442, 25453, 25471, 25494, 25512, 25530, 25546, 25558, 25564, 25586, 25599, 25614, 25629, 25638, 25648, 25655, 25663, 25676, 25682, 25701, 25718, 25725, 25740, 25749, 25759, 25767, 25778, 25796, 25805, 25815, 25826, 25842, 25851, 25861, 25870, 25886, 25895, 25908, 25922, 25932, 25947, 25959, 25966, 25975, 25982, 25991, 26001, 26015, 26024, 26033, 26045, 26058, 26069, 26081, 26093, 26105, 26113, 26122, 26140, 26160, 26178, 26193, 26205, 26212, 26220, 26238, 26257, 26275, 26293, 26311, 26323, 26342, 26357, 26374, 26386, 26398, 26414, 26430, 26436, 26443, 26451, 26464, 26470, 26475, 26486, 26499, 26510, 26518, 26533, 26540, 26549, 26555, 26567, 26575, 26584, 26596, 26608, 26618, 26629, 26645, 26655, 26664, 26671, 26681, 26687, 26695, 26705, 26716, 26732, 26742, 26753, 26761, 26777, 26794, 26810, 26821, 26831, 26841, 26857, 26864, 26871, 26877, 26884, 26891, 26898, 26905, 26922, 26938, 26949, 26959, 26969, 26985, 26993, 27007, 27022, 27043, 27051, 27059, 27081, 27091, 27100, 27109, 27119, 27130, 27140, 27152, 27160, 27178, 27189, 27202, 27212, 27222, 27228, 27237, 27249, 27261, 27275, 27287, 27298, 27310, 27324, 27335, 27349, 27361, 27372, 27384, 27397, 27411, 27426, 27440, 27454, 27465, 27473, 27481, 27489, 27500, 27508, 27519, 27536, 27543, 27551, 27563, 27570, 27578, 27598, 27605, 27611, 27631, 27638, 27652, 27665, 27672, 27679, 27686, 27691, 27696, 27707, 27719, 27725, 27732, 27750, 27762, 27776, 27795, 27808, 27822, 27830, 27839, 27848, 27858, 27865, 27873, 27885, 27898, 27915, 27922, 27931, 27937, 27952, 27969, 27984, 27996, 28005, 28014, 28022, 28031, 28041, 28047, 28053, 28061, 28066, 28086, 28105, 28119, 28132, 28145, 28164, 28173, 28181, 28187, 28197, 28206, 28215, 28233, 28240, 28247, 28255, 28264, 28272, 28281, 28290, 28300, 28314, 28322, 28330, 28335, 28341, 28348, 28355, 28362, 28372, 28384, 28398, 28410, 28419, 28426, 28433, 28441, 28449, 28458, 28472, 28484, 28496, 28509, 28522, 28537, 28552, 28567, 28583, 28599, 28617, 28628, 28644, 28660, 28677, 28694, 28713, 28725, 28733, 28749, 28765, 28782, 28799, 28818, 28830, 28843, 28859, 28869, 28878, 28888, 28894, 28901, 28908, 28915, 28923, 28929, 28937, 28943, 28952, 28970, 28991, 29009, 29018, 29026, 29041, 29049, 29058, 29068, 29080, 29085, 29090, 29096, 29106, 29116, 29128, 29139, 29150, 29162, 29175, 29185, 29195, 29207, 29221, 29237, 29251, 29267, 29277, 29289, 29299, 29311, 29325, 29341, 29351, 29365, 29379, 29393, 29407, 29421, 29437, 29443, 29449, 29460, 29467, 29490, 29500, 29514, 29529, 29539, 29552, 29564, 29574, 29579, 29583, 29588, 29597, 29608, 29621, 29636, 29648, 29662, 29679, 29688, 29703, 29716, 29731, 29752, 29768, 29787, 29805, 29829, 29848, 29872, 29897, 29922, 29943, 29965, 29987, 29993, 30009, 30023, 30033, 30046, 30052, 30064, 30075, 30086, 30098, 30114, 30127, 30141, 30153, 30167, 30183, 30197, 30213, 30223, 30235, 30249, 30265, 30275, 30286, 30294, 30304, 30316, 30328, 30341, 30354, 30366, 30377, 30388, 30400, 30417, 30432, 30441, 30450, 30460, 30472, 30484, 30497, 30516, 30533, 30539, 30548, 30563, 30582, 30596, 30603, 30618, 30635, 30654, 30674, 30689, 30705, 30717, 30730, 30746, 30760, 30775, 30788, 30800, 30818, 30834, 30847, 30858, 30875, 30897, 30907, 30930, 30939, 30946, 30960, 30976, 30990, 31001, 31010, 31016, 31028, 31042, 31054, 31063, 31073, 31082, 31089, 31101, 31106, 31111, 31117, 31135, 31154, 31170, 31181, 31193, 31202, 31212, 31222, 31233, 31253, 31274, 31285, 31297, 31318, 31340, 31358, 31377, 31397, 31418, 31427, 31437, 31448, 31460, 31477, 31488, 31503, 31524, 31540, 31555, 31573, 31599, 31618, 31639, 31659, 31680, 31701, 31719, 31739, 31767, 31788, 31811, 31833, 31856, 31879, 31899, 31911, 31921, 31932, 31940, 31949, 31958, 31968, 31987, 32007, 32018, 32028, 32039, 32056, 32072, 32092, 32113, 32130, 32148, 32163, 32177, 32198, 32218, 32229, 32248, 32268, 32276, 32285, 32297, 32308, 32324, 32342, 32351, 32365, 32378, 32389, 32403, 32412, 32425, 32438, 32449, 32468, 32479, 32491, 32500, 32510, 32522, 32540, 32555, 32570, 32585, 32603, 32625, 32644, 32663, 32682, 32704, 32714, 32725, 32745, 32766, 32780, 32791, 32803, 32816, 32837, 32859, 32877, 32896, 32910, 32924, 32936, 32956, 32977, 32986, 32996, 33007, 33016, 33022, 33034, 33046, 33057, 33067, 33088, 33109, 33129, 33148, 33168, 33186, 33197, 33206, 33212, 33228, 33241, 33248, 33263, 33275, 33284, 33294, 33306, 33313, 33320, 33328, 33334, 33340, 33352, 33365, 33371, 33380, 33388, 33401, 33411, 33428, 33445, 33456, 33469, 33477, 33486, 33497, 33515, 33529, 33535, 33542, 33551, 33557, 33564, 33571, 33579, 33585, 33597, 33611, 33623, 33632, 33642, 33647, 33653, 33660, 33669, 33677, 33686, 33696, 33712, 33728, 33743, 33757, 33782, 33807, 33831, 33854, 33878, 33900, 33915, 33928, 33940, 33949, 33959, 33975, 33994, 34013, 34031, 34048, 34076, 34104, 34131, 34157, 34184, 34209, 34227, 34243, 34252, 34262, 34269, 34277, 34286, 34296, 34310, 34328, 34339, 34349, 34360, 34373, 34379, 34385, 34391, 34409, 34425, 34437, 34449, 34465, 34483, 34496, 34508, 34518, 34525, 34533, 34543, 34553, 34565, 34579, 34598, 34615, 34625, 34635, 34643, 34647, 34652, 34679, 34688, 34710, 34720, 34726, 34734, 34742, 34748, 34754, 34765, 34771, 34781, 34792, 34809, 34815, 34822, 34841, 34851, 34873, 34899, 34925, 34933, 34949, 34973, 34983, 34997, 35011, 35016, 35025, 35039, 35049, 35062, 35069, 35076, 35085, 35093, 35100, 35106, 35115, 35124, 35132, 35139, 35155, 35174, 35182, 35192, 35201, 35211, 35219, 35234, 35247, 35258, 35274, 35286, 35299, 35309, 35328, 35345, 35360, 35380, 35396, 35413, 35426, 35445, 35465, 35479, 35494, 35500, 35513, 35529, 35549, 35565, 35575, 35585, 35602, 35622, 35646, 35666, 35680, 35686, 35693, 35700, 35707, 35718, 35731, 35735, 35740, 35746, 35763, 35778, 35794, 35812, 35829, 35843, 35857, 35870, 35886, 35903, 35920, 35937, 35956, 35975, 35991, 36009, 36022, 36036, 36053, 36073, 36083, 36089, 36095, 36101, 36119, 36134, 36142, 36151, 36165, 36174, 36185, 36195, 36205, 36214, 36226, 36241, 36255, 36269, 36284, 36300, 36315, 36332, 36351, 36368, 36387, 36400, 36415, 36432, 36451, 36462, 36474, 36488, 36501, 36511, 36521, 36530, 36542, 36555, 36568, 36581, 36596, 36611, 36623, 36637, 36646, 36656, 36669, 36685, 36691, 36700, 36715, 36730, 36737, 36744, 36757, 36772, 36785, 36795, 36807, 36821, 36827, 36840, 36855, 36868, 36878, 36890, 36895, 36899, 36908, 36929, 36943, 36953, 36960, 36971, 36984, 36992, 37001, 37018, 37027, 37037, 37051, 37066, 37086, 37100, 37113, 37126, 37138, 37147, 37157, 37173, 37186, 37204, 37212, 37225, 37236, 37253, 37266, 37275, 37285, 37300, 37314, 37323, 37329, 37342, 37355, 37367, 37378, 37393, 37412, 37431, 37448, 37459, 37473, 37484, 37498, 37514, 37525, 37540, 37556, 37572, 37585, 37599, 37611, 37627, 37645, 37660, 37677, 37688, 37701, 37715, 37730, 37745, 37755, 37773, 37788, 37803, 37813, 37827, 37844, 37855, 37866, 37877, 37890, 37909, 37922, 37937, 37952, 37965, 37976, 37993, 38010, 38027, 38042, 38061, 38072, 38084, 38101, 38108, 38117, 38127, 38139, 38150, 38162, 38179, 38190, 38205, 38212, 38224, 38242, 38260, 38277, 38293, 38320, 38347, 38373, 38398, 38424, 38448, 38465, 38480, 38485, 38493, 38504, 38512, 38525, 38536, 38549, 38564, 38579, 38590, 38603, 38615, 38627, 38642, 38648, 38656, 38669, 38680, 38685, 38694, 38709, 38727, 38740, 38750, 38762, 38773, 38783, 38802, 38827, 38845, 38865, 38885, 38911, 38930, 38951, 38961, 38974, 38988, 39000, 39004, 39011, 39024, 39038, 39049, 39059, 39076, 39094, 39109, 39128, 39143, 39157, 39166, 39175, 39193, 39210, 39232, 39249, 39260, 39285, 39310, 39329, 39352, 39362, 39378, 39395, 39409, 39429, 39450, 39468, 39490, 39508, 39515, 39524, 39529, 39542, 39553, 39571, 39584, 39601, 39614, 39635, 39654, 39680, 39701, 39726, 39747, 39753, 39767, 39785, 39799, 39815, 39828, 39837, 39841, 39851, 39860, 39870, 39881, 39893, 39902, 39912, 39924, 39934, 39945, 39953, 39963, 39999, 40005, 40016, 40029, 40044, 40058, 40074, 40082, 40091, 40101, 40109, 40118, 40128, 40140, 40151, 40160, 40170, 40178, 40186, 40193, 40203, 40216, 40233, 40245, 40267, 40282, 40297, 40314, 40324, 40332, 40344, 40348, 40356, 40365, 40372, 40378, 40387, 40394, 40404, 40411, 40419, 40428, 40438, 40446, 40463, 40479, 40500, 40516, 40526, 40550, 40574, 40592, 40614, 40625, 40633, 40642, 40656, 40669, 40682, 40695, 40709, 40721, 40737, 40752, 40772, 40785, 40802, 40811, 40824, 40836, 40844, 40852, 40860, 40870, 40879, 40882, 40891, 40914, 40933, 40941, 40956, 40966, 40978, 40992, 41005, 41016, 41027, 41045, 41058, 41073, 41090, 41106, 41120, 41131, 41149, 41162, 41177, 41194, 41210, 41224, 41233, 41244, 41257, 41272, 41282, 41299, 41311, 41325, 41341, 41356, 41369, 41377, 41387, 41408, 41431, 41451, 41458, 41467, 41476, 41481, 41491, 41500, 41511, 41519, 41538, 41563, 41581, 41601, 41608, 41614, 41623, 41630, 41636, 41641, 41648, 41655, 41662, 41665, 41671, 41684, 41690, 41697, 41710, 41724, 41735, 41752, 41770, 41785, 41804, 41819, 41828, 41836, 41842, 41849, 41864, 41879, 41891, 41901, 41914, 41931, 41943, 41953, 41959, 41970, 41977, 41987, 41996, 42007, 42012, 42019, 42034, 42051, 42065, 42075, 42086, 42092, 42105, 42121, 42128, 42139, 42149, 42161, 42178, 42189, 42198, 42208, 42215, 42227, 42237, 42252, 42255, 42259, 42271, 42284, 42296, 42317, 42337, 42362, 42382, 42396, 42424, 42452, 42474, 42500, 42510, 42521, 42533, 42550, 42564, 42571, 42581, 42589, 42602, 42623, 42646, 42666, 42679, 42689, 42703, 42712, 42726, 42737, 42754, 42764, 42774, 42786, 42801, 42812, 42828, 42847, 42851, 42861, 42872, 42881, 42893, 42904, 42915, 42921, 42928, 42937, 42950, 42958, 42967, 42980, 42987, 42995, 43004, 43011, 43021, 43047, 43072, 43101, 43115, 43129, 43152, 43179, 43206, 43237, 43262, 43283, 43314, 43344, 43378, 43406, 43438, 43470, 43506, 43536, 43562, 43592, 43616, 43638, 43665, 43696, 43719, 43744, 43766, 43793, 43812, 43834, 43850, 43867, 43897, 43927, 43949, 43973, 43999, 44027, 44038, 44050, 44063, 44076, 44083, 44097, 44109, 44129, 44145, 44164, 44181, 44194, 44211, 44220, 44232, 44242, 44253, 44274, 44292, 44304, 44321, 44335, 44349, 44377, 44404, 44415, 44427, 44434, 44448, 44459, 44475, 44489, 44504, 44524, 44536, 44543, 44558, 44570, 44585, 44604, 44618, 44629, 44645, 44667, 44676, 44688, 44700, 44711, 44721, 44731, 44743, 44754, 44765, 44770, 44774, 44779, 44787, 44804, 44811, 44823, 44834, 44846, 44856, 44874, 44889, 44903, 44914, 44921, 44930, 44938, 44949, 44956, 44966, 44977, 44989, 44998, 45002, 45005, 45019, 45027, 45036, 45048, 45059, 45072, 45076, 45081, 45104, 45123, 45139, 45157, 45166, 45174, 45181, 45189, 45206, 45220, 45233, 45243, 45255, 45260, 45270, 45276, 45283, 45294, 45307, 45318, 45329, 45336, 45342, 45354, 45363, 45370, 45379, 45389, 45408, 45430, 45447, 45461, 45475, 45491, 45506, 45520, 45535, 45542, 45551, 45561, 45570, 45580, 45591, 45600, 45610, 45625, 45635, 45646, 45654, 45665, 45677, 45687, 45698, 45708, 45716, 45729, 45744, 45755, 45763, 45776, 45787, 45799, 45807, 45820, 45828, 45841, 45853, 45863, 45878, 45891, 45909, 45915, 45926, 45929, 45944, 45958, 45972, 45988, 46003, 46018, 46031, 46043, 46055, 46069, 46082, 46095, 46111, 46126, 46141, 46155, 46168, 46181, 46197, 46204, 46216, 46228, 46238, 46250, 46268, 46285, 46305, 46321, 46336, 46356, 46368, 46382, 46401, 46416, 46429, 46439, 46451, 46461, 46472, 46485, 46499, 46516, 46539, 46564, 46589, 46609, 46622, 46634, 46651, 46665, 46676, 46688, 46699, 46710, 46729, 46739, 46758, 46776, 46799, 46817, 46829, 46855, 46881, 46901, 46925, 46931, 46939, 46952, 46966, 46981, 46993, 47006, 47011, 47021, 47031, 47039, 47049, 47066, 47088, 47104, 47119, 47137, 47151, 47164, 47182, 47192, 47204, 47221, 47234, 47245, 47253, 47263, 47271, 47280, 47291, 47303, 47318, 47339, 47362, 47385, 47403, 47414, 47424, 47439, 47451, 47460, 47470, 47479, 47488, 47505, 47508, 47512, 47517, 47530, 47539, 47550, 47560, 47570, 47579, 47588, 47597, 47611, 47618, 47627, 47631, 47636, 47642, 47649, 47658, 47665, 47682, 47702, 47717, 47729, 47743, 47756, 47768, 47775, 47781, 47787, 47794, 47802, 47812, 47822, 47831, 47839, 47847, 47855, 47861, 47869, 47878, 47886, 47893, 47901, 47910, 47918, 47926, 47945, 47960, 47978, 47998, 48011, 48017, 48024, 48030, 48041, 48054, 48060, 48071, 48081, 48092, 48102, 48113, 48117, 48122, 48131, 48140, 48162, 48181, 48203, 48220, 48255, 48284, 48294, 48313, 48331, 48354, 48372, 48384, 48410, 48436, 48456, 48480, 48486, 48493, 48502, 48507, 48516, 48526, 48534, 48545, 48554, 48560, 48567, 48580, 48585, 48590, 48596, 48604, 48628, 48634, 48644, 48651, 48660, 48675, 48693, 48706, 48720, 48730, 48742, 48753, 48763, 48769, 48788, 48797, 48809, 48821, 48835, 48853, 48870, 48892, 48909, 48920, 48945, 48970, 48989, 49012, 49020, 49027, 49035, 49044, 49053, 49063, 49087, 49119, 49146, 49171, 49204, 49232, 49239, 49245, 49255, 49262, 49274, 49285, 49301, 49308, 49316, 49326, 49334, 49343, 49367, 49372, 49384, 49392, 49403, 49414, 49425, 49437, 49456, 49466, 49490, 49502, 49512, 49529, 49541, 49557, 49569, 49585, 49600, 49612, 49628, 49639, 49655, 49666, 49686, 49704, 49727, 49740, 49745, 49755, 49763, 49775, 49786, 49794, 49803, 49819, 49830, 49845, 49856, 49867, 49880, 49893, 49905, 49908, 49918, 49931, 49937, 49942, 49953, 49964, 49976, 49985, 49995, 50006, 50021, 50042, 50056, 50070, 50086, 50092, 50100, 50109, 50118, 50128, 50138, 50149, 50153, 50159, 50166, 50177, 50185, 50188, 50197, 50204, 50212, 50215, 50232, 50245, 50264, 50276, 50280, 50291, 50301, 50311, 50323, 50334, 50345, 50349, 50355, 50362, 50378, 50397, 50411, 50422, 50435, 50447, 50458, 50479, 50486, 50499, 50508, 50523, 50532, 50542, 50551, 50566, 50571, 50575, 50593, 50603, 50614, 50633, 50644, 50656, 50669, 50681, 50693, 50707, 50720, 50733, 50740, 50752, 50757, 50771, 50784, 50795, 50808, 50823, 50836, 50847, 50864, 50879, 50892, 50907, 50920, 50932, 50949, 50964, 50979, 50990, 51005, 51023, 51031, 51049, 51067, 51079, 51091, 51106, 51116, 51141, 51166, 51191, 51208, 51227, 51249, 51266, 51282, 51301, 51320, 51339, 51352, 51368, 51388, 51408, 51428, 51442, 51459, 51465, 51473, 51480, 51491, 51497, 51504, 51516, 51522, 51529, 51541, 51563, 51580, 51588, 51601, 51610, 51619, 51633, 51641, 51649, 51655, 51665, 51673, 51678, 51687, 51695, 51707, 51710, 51717, 51729, 51737, 51752, 51762, 51774, 51788, 51801, 51812, 51829, 51840, 51858, 51871, 51886, 51903, 51919, 51933, 51944, 51962, 51975, 51990, 52007, 52023, 52037, 52044, 52052, 52072, 52082, 52099, 52111, 52125, 52141, 52156, 52169, 52177, 52191, 52209, 52222, 52233, 52245, 52249, 52256, 52266, 52276, 52293, 52305, 52316, 52329, 52340, 52349, 52357, 52373, 52388, 52408, 52428, 52455, 52477, 52498, 52521, 52542, 52561, 52576, 52596, 52616, 52643, 52665, 52686, 52709, 52730, 52749, 52764, 52784, 52803, 52821, 52837, 52852, 52869, 52874, 52886, 52901, 52909, 52922, 52936, 52946, 52957, 52972, 52984, 52995, 53007, 53023, 53035, 53048, 53066, 53077, 53085, 53096, 53107, 53121, 53140, 53150, 53159, 53169, 53179, 53181, 53189, 53211, 53229, 53258, 53269, 53271, 53284, 53298, 53312, 53325, 53345, 53363, 53378, 53395, 53416, 53433, 53457, 53475, 53495, 53516, 53535, 53546, 53560, 53581, 53596, 53615, 53631, 53650, 53669, 53688, 53705, 53719, 53735, 53755, 53771, 53794, 53811, 53830, 53850, 53865, 53883, 53893, 53906, 53926, 53940, 53958, 53973, 53991, 54009, 54016, 54023, 54034, 54049, 54061, 54071, 54083, 54098, 54109, 54119, 54147, 54169, 54175, 54191, 54198, 54207, 54216, 54225, 54235, 54244, 54254, 54257, 54266, 54279, 54284, 54289, 54298, 54304, 54311, 54315, 54320, 54326, 54333, 54339, 54347, 54357, 54367, 54377, 54388, 54398, 54409, 54414, 54424, 54434, 54443, 54453, 54464, 54473, 54483, 54493, 54504, 54516, 54525, 54539, 54545, 54552, 54562, 54566, 54570, 54592, 54607, 54622, 54639, 54644, 54652, 54658, 54664, 54668, 54676, 54693, 54703, 54713, 54723, 54728, 54737, 54747, 54757, 54771, 54777, 54789, 54807, 54818, 54831, 54837, 54846, 54854, 54862, 54868, 54875, 54883, 54895, 54908, 54919, 54927, 54936, 54941, 54947, 54954, 54965, 54980, 54984, 55001, 55020, 55036, 55046, 55060, 55069, 55091, 55097, 55104, 55110, 55114, 55121, 55141, 55160, 55181, 55201, 55221, 55242, 55259, 55275, 55293, 55310, 55327, 55345, 55362, 55378, 55396, 55413, 55430, 55448, 55474, 55499, 55526, 55552, 55578, 55605, 55632, 55658, 55686, 55713, 55740, 55768, 55787, 55805, 55825, 55844, 55863, 55883, 55893, 55921, 55948, 55977, 56005, 56033, 56062, 56077, 56091, 56107, 56122, 56137, 56153, 56166, 56178, 56192, 56205, 56218, 56232, 56244, 56255, 56268, 56280, 56292, 56305, 56318, 56330, 56344, 56357, 56370, 56384, 56404, 56423, 56444, 56464, 56484, 56505, 56510, 56517, 56525, 56531, 56537, 56544, 56552, 56571, 56590, 56599, 56607, 56620, 56634, 56646, 56662, 56668, 56679, 56688, 56715, 56726, 56742, 56761, 56776, 56787, 56800, 56818, 56832, 56844, 56853, 56864, 56873, 56883, 56896, 56912, 56934, 56958, 56982, 57001, 57012, 57028, 57040, 57053, 57066, 57093, 57103, 57114, 57129, 57139, 57149, 57159, 57174, 57190, 57195, 57214, 57228, 57231, 57245, 57264, 57273, 57287, 57302, 57311, 57325, 57342, 57357, 57372, 57390, 57413, 57430, 57452, 57466, 57482, 57497, 57510, 57523, 57534, 57548, 57564, 57582, 57605, 57619, 57632, 57643, 57654, 57669, 57689, 57697, 57715, 57727, 57740, 57749, 57763, 57773, 57787, 57799, 57813, 57829, 57841, 57854, 57866, 57875, 57883, 57889, 57896, 57908, 57918, 57932, 57945, 57954, 57964, 57972, 57980, 57991, 58001, 58015, 58028, 58036, 58049, 58061, 58073, 58092, 58110, 58132, 58149, 58156, 58166, 58173, 58189, 58209, 58229, 58253, 58271, 58285, 58295, 58307, 58323, 58341, 58356, 58376, 58388, 58403, 58412, 58422, 58445, 58468, 58483, 58500, 58519, 58540, 58548, 58569, 58574, 58581, 58586, 58593, 58605, 58612, 58622, 58627, 58637, 58645, 58653, 58668, 58680, 58695, 58705, 58733, 58755, 58766, 58771, 58779, 58785, 58796, 58806, 58814, 58827, 58839, 58846, 58854, 58860, 58867, 58872, 58878, 58885, 58897, 58905, 58917, 58926, 58944, 58965, 58981, 58994, 59009, 59023, 59036, 59042, 59048, 59059, 59074, 59085, 59091, 59098, 59105, 59113, 59121, 59130, 59144, 59154, 59162, 59171, 59185, 59195, 59206, 59222, 59231, 59245, 59255, 59259, 59264, 59273, 59279, 59286, 59294, 59298, 59308, 59319, 59327, 59336, 59345, 59355, 59359, 59368, 59376, 59384, 59394, 59403, 59412, 59417, 59437, 59462, 59477, 59497, 59512, 59532, 59539, 59545, 59555, 59574, 59592, 59615, 59633, 59645, 59671, 59697, 59717, 59741, 59751, 59767, 59789, 59804, 59821, 59830, 59836, 59843, 59851, 59870, 59891, 59909, 59917, 59926, 59936, 59943, 59951, 59956, 59959, 59963, 59967, 59972, 59977, 59994, 60016, 60033, 60050, 60073, 60097, 60118, 60145, 60173, 60198, 60227, 60252, 60260, 60265, 60273, 60282, 60295, 60314, 60326, 60338, 60352, 60358, 60364, 60368, 60373, 60380, 60387, 60391, 60403, 60420, 60428, 60437, 60448, 60462, 60470, 60484, 60502, 60515, 60535, 60556, 60574, 60598, 60623, 60645, 60671, 60693, 60711, 60732, 60748, 60761, 60776, 60790, 60803, 60813, 60823, 60834, 60845, 60860, 60878, 60891, 60901, 60913, 60924, 60934, 60947, 60959, 60967, 60978, 60990, 61003, 61014, 61022, 61032, 61043, 61058, 61069, 61081, 61092, 61098, 61105, 61122, 61134, 61145, 61153, 61164, 61179, 61190, 61200, 61209, 61217, 61224, 61230, 61241, 61256, 61260, 61263, 61273, 61288, 61296, 61316, 61335, 61354, 61375, 61395, 61415, 61432, 61448, 61464, 61482, 61499, 61516, 61524, 61532, 61543, 61558, 61578, 61585, 61594, 61609, 61617, 61627, 61632, 61646, 61667, 61675, 61681, 61686, 61705, 61728, 61738, 61748, 61758, 61770, 61777, 61785, 61794, 61806, 61817, 61828, 61841, 61853, 61865, 61879, 61886, 61893, 61912, 61928, 61938, 61953, 61965, 61977, 61991, 61998, 62005, 62011, 62018, 62024, 62031, 62037, 62044, 62052, 62060, 62073, 62085, 62092, 62100, 62108, 62118, 62127, 62133, 62142, 62154, 62161, 62171, 62180, 62197, 62212, 62229, 62248, 62265, 62280, 62299, 62316, 62335, 62352, 62368, 62389, 62408, 62427, 62442, 62450, 62459, 62465, 62474, 62499, 62517, 62527, 62535, 62546, 62560, 62578, 62591, 62602, 62612, 62623, 62634, 62650, 62661, 62673, 62686, 62710, 62727, 62750, 62766, 62782, 62800, 62810, 62821, 62828, 62836, 62846, 62853, 62861, 62867, 62874, 62888, 62899, 62909, 62917, 62924, 62932, 62944, 62956, 62961, 62967, 62975, 62987, 63000, 63019, 63039, 63056, 63079, 63103, 63124, 63149, 63170, 63187, 63199, 63217, 63236, 63252, 63274, 63297, 63317, 63341, 63361, 63373, 63383, 63400, 63412, 63428, 63440, 63446, 63452, 63459, 63463, 63468, 63471, 63475, 63480, 63493, 63505, 63510, 63516, 63525, 63531, 63546, 63560, 63579, 63593, 63601, 63623, 63645, 63661, 63681, 63688, 63697, 63706, 63716, 63727, 63733, 63740, 63751, 63763, 63781, 63796, 63809, 63826, 63843, 63853, 63865, 63880, 63896, 63913, 63928, 63941, 63957, 63969, 63988, 64001, 64013, 64028, 64041, 64056, 64072, 64084, 64088, 64093, 64103, 64115, 64127, 64136, 64149, 64157, 64171, 64179, 64194, 64208, 64218, 64222, 64231, 64239, 64256, 64262, 64273, 64279, 64285, 64292, 64309, 64319, 64328, 64335, 64343, 64350, 64365, 64378, 64392, 64408, 64427, 64440, 64452, 64466, 64483, 64502, 64520, 64534, 64555, 64570, 64584, 64597, 64601, 64606, 64610, 64615, 64629, 64639, 64654, 64660, 64668, 64673, 64677, 64684, 64693, 64708, 64722, 64740, 64748, 64758, 64765, 64774, 64781, 64790, 64799, 64810, 64821, 64831, 64836, 64845, 64858, 64870, 64875, 64885, 64894, 64902, 64911, 64914, 64922, 64933, 64943, 64949, 64959, 64973, 64985, 64998, 65009, 65027, 65041, 65054, 65065, 65076, 65092, 65106, 65121, 65134, 65154, 65170, 65182, 65197, 65211, 65228, 65243, 65258, 65274, 65288, 65303, 65316, 65336, 65352, 65368, 65382, 65397, 65410, 65430, 65446, 65449, 65471, 65488, 65502, 65519, 65531, 65561, 65585, 65589, 65595, 65604, 65608, 65611, 65615, 65620, 65629, 65641, 65655, 65663, 65672, 65679, 65689, 65694, 65700, 65707, 65715, 65726, 65741, 65746, 65760, 65779, 65787, 65798, 65816, 65831, 65851, 65866, 65886, 65904, 65927, 65940, 65958, 65966, 65972, 65978, 65999, 66013, 66026, 66039, 66054, 66068, 66082, 66095, 66107, 66116, 66126, 66143, 66155, 66171, 66183, 66193, 66204, 66216, 66226, 66237, 66249, 66255, 66264, 66281, 66296, 66318, 66335, 66356, 66373, 66381, 66393, 66406, 66422, 66441, 66445, 66451, 66458, 66474, 66493, 66507, 66522, 66538, 66549, 66562, 66574, 66585, 66592, 66597, 66603, 66614, 66617, 66652, 66680, 66708, 66738, 66746, 66764, 66793, 66815, 66837, 66861, 66881, 66902, 66912, 66933, 66940, 66945, 66953, 66970, 66975, 66994, 67007, 67023, 67037, 67049, 67063, 67073, 67084, 67097, 67111, 67129, 67148, 67163, 67176, 67199, 67216, 67236, 67254, 67270, 67288, 67302, 67317, 67334, 67352, 67374, 67397, 67416, 67433, 67451, 67465, 67469, 67474, 67488, 67496, 67500, 67515, 67524, 67534, 67558, 67577, 67595, 67610, 67621, 67640, 67663, 67692, 67724, 67752, 67780, 67798, 67820, 67834, 67857, 67884, 67917, 67953, 67985, 68017, 68039, 68065, 68083, 68107, 68129, 68159, 68180, 68200, 68218, 68244, 68261, 68275, 68303, 68326, 68348, 68367, 68382, 68405, 68432, 68465, 68501, 68533, 68565, 68587, 68613, 68631, 68658, 68689, 68726, 68766, 68802, 68838, 68864, 68894, 68916, 68944, 68970, 69004, 69029, 69053, 69075, 69105, 69126, 69135, 69146, 69159, 69168, 69182, 69202, 69215, 69230, 69239, 69250, 69265, 69276, 69293, 69305, 69314, 69331, 69346, 69360, 69373, 69390, 69408, 69426, 69443, 69463, 69486, 69508, 69529, 69540, 69549, 69561, 69571, 69582, 69595, 69610, 69622, 69636, 69648, 69660, 69674, 69685, 69702, 69712, 69724, 69730, 69750, 69761, 69776, 69794, 69818, 69837, 69857, 69878, 69894, 69911, 69931, 69955, 69985, 70018, 70047, 70076, 70095, 70118, 70133, 70157, 70185, 70219, 70256, 70289, 70322, 70345, 70372, 70391, 70416, 70439, 70470, 70492, 70513, 70532, 70559, 70577, 70592, 70611, 70633, 70661, 70684, 70708, 70733, 70753, 70774, 70792, 70814, 70839, 70870, 70896, 70923, 70951, 70974, 70998, 71011, 71024, 71035, 71051, 71061, 71076, 71082, 71087, 71092, 71098, 71108, 71113, 71120, 71135, 71140, 71144, 71149, 71155, 71162, 71171, 71187, 71198, 71207, 71221, 71235, 71243, 71255, 71263, 71271, 71280, 71288, 71297, 71312, 71322, 71333, 71345, 71353, 71371, 71386, 71394, 71403, 71417, 71427, 71437, 71448, 71459, 71470, 71481, 71489, 71495, 71503, 71513, 71527, 71544, 71553, 71565, 71572, 71584, 71597, 71607, 71622, 71631, 71643, 71654, 71669, 71681, 71696, 71705, 71715, 71730, 71741, 71747, 71755, 71768, 71777, 71791, 71797, 71804, 71812, 71825, 71834, 71845, 71857, 71869, 71889, 71906, 71924, 71949, 71969, 71993, 72013, 72024, 72035, 72045, 72054, 72064, 72073, 72085, 72091, 72098, 72103, 72108, 72116, 72119, 72129, 72140, 72155, 72163, 72184, 72208, 72228, 72248, 72258, 72266, 72280, 72291, 72302, 72308, 72319, 72331, 72346, 72365, 72390, 72418, 72442, 72466, 72480, 72498, 72508, 72524, 72538, 72560, 72573, 72585, 72597, 72606, 72614, 72624, 72642, 72654, 72663, 72666, 72674, 72681, 72688, 72706, 72723, 72740, 72749, 72757, 72765, 72769, 72784, 72798, 72812, 72824, 72834, 72846, 72860, 72872, 72882, 72896, 72908, 72922, 72934, 72945, 72961, 72975, 72989, 72999, 73012, 73023, 73036, 73051, 73064, 73075, 73090, 73103, 73118, 73131, 73143, 73160, 73175, 73190, 73201, 73209, 73228, 73241, 73248, 73256, 73275, 73296, 73314, 73325, 73333, 73342, 73347, 73353, 73365, 73376, 73394, 73411, 73423, 73435, 73439, 73444, 73452, 73461, 73468, 73478, 73496, 73513, 73531, 73548, 73566, 73588, 73597, 73607, 73615, 73628, 73647, 73667, 73686, 73706, 73730, 73742, 73756, 73765, 73776, 73784, 73797, 73802, 73808, 73819, 73829, 73832, 73849, 73863, 73876, 73891, 73908, 73922, 73942, 73949, 73965, 73969, 73974, 73981, 73991, 74008, 74020, 74034, 74050, 74065, 74078, 74085, 74093, 74105, 74118, 74138, 74153, 74170, 74189, 74207, 74223, 74236, 74256, 74271, 74288, 74307, 74325, 74341, 74351, 74358, 74366, 74380, 74398, 74407, 74424, 74436, 74455, 74469, 74485, 74503, 74520, 74535, 74545, 74565, 74582, 74602, 74623, 74639, 74661, 74676, 74684, 74697, 74709, 74731, 74749, 74768, 74790, 74808, 74832, 74849, 74860, 74878, 74896, 74912, 74933, 74947, 74967, 74981, 74998, 75013, 75031, 75049, 75063, 75081, 75092, 75106, 75124, 75148, 75174, 75200, 75221, 75235, 75252, 75269, 75289, 75302, 75322, 75340, 75356, 75373, 75385, 75403, 75423, 75441, 75458, 75475, 75495, 75507, 75517, 75528, 75537, 75554, 75566, 75576, 75581, 75587, 75592, 75599, 75610, 75617, 75625, 75639, 75652, 75665, 75680, 75707, 75722, 75736, 75760, 75783, 75797, 75809, 75820, 75838, 75855, 75878, 75896, 75915, 75931, 75953, 75976, 75996, 76020, 76040, 76060, 76081, 76097, 76110, 76124, 76145, 76167, 76181, 76197, 76214, 76236, 76258, 76278, 76298, 76308, 76315, 76323, 76336, 76344, 76353, 76367, 76386, 76410, 76433, 76441, 76450, 76458, 76471, 76481, 76496, 76512, 76527, 76540, 76551, 76566, 76584, 76597, 76612, 76626, 76639, 76648, 76665, 76671, 76678, 76691, 76705, 76731, 76754, 76776, 76787, 76809, 76826, 76844, 76859, 76878, 76898, 76913, 76926, 76938, 76954, 76965, 76977, 76987, 77006, 77026, 77043, 77066, 77090, 77111, 77136, 77157, 77164, 77172, 77181, 77188, 77196, 77205, 77219, 77234, 77252, 77265, 77277, 77295, 77314, 77330, 77352, 77375, 77395, 77419, 77439, 77448, 77458, 77463, 77475, 77485, 77496, 77521, 77541, 77560, 77576, 77591, 77620, 77644, 77667, 77687, 77698, 77716, 77728, 77741, 77755, 77770, 77782, 77795, 77809, 77819, 77835, 77845, 77854, 77864, 77877, 77890, 77904, 77914, 77923, 77936, 77951, 77963, 77973, 77985, 77999, 78011, 78030, 78048, 78069, 78093, 78116, 78138, 78150, 78160, 78176, 78189, 78205, 78210, 78216, 78228, 78241, 78266, 78288, 78309, 78319, 78335, 78350, 78371, 78387, 78404, 78418, 78436, 78454, 78473, 78487, 78499, 78505, 78516, 78532, 78553, 78573, 78578, 78595, 78604, 78609, 78620, 78634, 78652, 78664, 78676, 78688, 78702, 78720],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[39, 319, 1133, 1136, 1182, 1890, 2165, 2535, 2536, 2723, 2730, 2741, 2747, 2748, 2811]), Anchor::All(&[Anchor::Lits(&[2843, 3120, 3263, 3321, 3366, 3370, 3372, 3375, 3377, 3379, 3406, 3410, 3413, 3429, 3436, 3459, 3461, 3465, 3468, 3484, 3491, 3634, 3636, 3668, 3815, 3818, 3822, 3825, 4032, 4186, 4200, 4214, 4225, 4242, 4244, 4254, 4292, 4334, 4381, 4385, 4388, 4390, 4414, 4416, 4418, 4551, 4569, 4788, 4820, 4845, 4918, 4922, 4923, 4925, 4927, 4929, 4990, 5205, 5207, 5225, 5275]), Anchor::Lits(&[3179, 3223, 3247, 3349, 3351, 3692, 3695, 3703, 3705, 3924, 4040, 4530, 4533, 4663, 4723, 4743, 4973, 5231])]), Anchor::All(&[Anchor::Lits(&[2843, 3120, 3263, 3321, 3366, 3370, 3372, 3375, 3377, 3379, 3406, 3410, 3413, 3429, 3436, 3459, 3461, 3465, 3468, 3484, 3491, 3634, 3636, 3668, 3815, 3818, 3822, 3825, 4032, 4186, 4200, 4214, 4225, 4242, 4244, 4254, 4292, 4334, 4381, 4385, 4388, 4390, 4414, 4416, 4418, 4551, 4569, 4788, 4820, 4845, 4918, 4922, 4923, 4925, 4927, 4929, 4990, 5205, 5207, 5225, 5275]), Anchor::Lits(&[3179, 3223, 3249, 3268, 3309, 3349, 3354, 3553, 3695, 3703, 3707, 3877, 3914, 3927, 4083, 4358, 4530, 4533, 4645, 4727, 4743, 4910, 4973, 5003, 5034, 5149, 5231])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[367, 464, 521, 534, 538, 621, 622, 624, 1020, 1097, 1232, 1241, 1295, 1440, 1444, 1503, 1533, 1534, 1535, 1717, 1744, 1827, 1839, 1846, 1854, 1971, 1972, 1980, 2027, 2252, 2254, 2259, 2290, 2292, 2718, 2721, 2723, 2726, 2737, 2739, 2747, 2811, 3180, 3224, 3350, 3352, 3355, 3693, 3696, 3704, 3706, 3708, 3925, 3928, 4531, 4534, 4538, 4728, 4744, 4974, 4975, 5232]), Anchor::All(&[Anchor::Lits(&[3179, 3223, 3349, 3351, 3692, 3695, 3703, 3705, 3924, 4530, 4533, 4727, 4743, 4973, 5231]), Anchor::Lits(&[2921, 2965, 3549, 5673])]), Anchor::All(&[Anchor::Lits(&[2843, 3120, 3263, 3321, 3366, 3370, 3372, 3375, 3377, 3379, 3406, 3410, 3413, 3429, 3436, 3459, 3461, 3465, 3468, 3484, 3491, 3634, 3636, 3668, 3815, 3818, 3822, 3825, 4032, 4186, 4200, 4214, 4225, 4242, 4244, 4254, 4292, 4334, 4381, 4385, 4388, 4390, 4414, 4416, 4418, 4551, 4569, 4788, 4820, 4845, 4918, 4922, 4923, 4925, 4927, 4929, 4990, 5205, 5207, 5225, 5275]), Anchor::Lits(&[3178, 3351, 3694, 3705, 3924, 4039, 4533, 4662, 4723, 4742, 4748])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[533, 1214, 1215, 1216, 1325, 1326, 1336, 1337, 1443, 1826, 1828, 1888, 1978, 2009, 2010, 2011, 2751, 2755, 2758, 2760, 2762, 2765, 2771, 2776, 2780, 2793, 2803]), Anchor::All(&[Anchor::Lits(&[3179, 3354, 4087, 4358]), Anchor::Lits(&[2750])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[2846, 3086, 3511, 3863, 3872, 4022, 4508, 4519, 4854, 5297, 5299, 5557, 5597, 5598, 5601, 5607, 5656, 5657, 5672, 5743]), Anchor::Lits(&[2921, 2970, 3554, 5408, 5430])])),
            (4, "override-the-above", Anchor::Lits(&[40, 320, 1844, 1853])),
            (5, "override-bare-instructions", Anchor::Lits(&[380, 655, 1123, 1268, 1580, 1605, 1766, 1789, 2210, 2212])),
            (6, "override-previous-loosely", Anchor::Lits(&[3818, 4676])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[2844, 2845, 2923, 3121, 3264, 3322, 3367, 3371, 3373, 3376, 3378, 3380, 3411, 3414, 3430, 3460, 3466, 3469, 3485, 3635, 3637, 3669, 3816, 3819, 3823, 3826, 4187, 4201, 4215, 4226, 4243, 4245, 4255, 4293, 4325, 4335, 4382, 4386, 4389, 4391, 4415, 4417, 4419, 4552, 4570, 4789, 4821, 4846, 4919, 4924, 4926, 4928, 4930, 5206, 5208, 5226, 5276]), Anchor::All(&[Anchor::Lits(&[2843, 3120, 3263, 3321, 3366, 3370, 3372, 3375, 3377, 3379, 3406, 3410, 3413, 3429, 3436, 3459, 3461, 3465, 3468, 3484, 3491, 3634, 3636, 3668, 3815, 3818, 3822, 3825, 4032, 4186, 4200, 4214, 4225, 4242, 4244, 4254, 4292, 4334, 4381, 4385, 4388, 4390, 4414, 4416, 4418, 4551, 4569, 4788, 4820, 4845, 4918, 4922, 4923, 4925, 4927, 4929, 4990, 5205, 5207, 5225, 5275]), Anchor::Lits(&[475, 495, 540, 553, 628, 1189, 1260, 1299, 1506, 1679, 1738, 1803, 1876, 2287])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[190, 342, 343, 345, 347, 531, 532, 545, 550, 1121, 1122, 1198, 1200, 1404, 1405, 1435, 1445, 1850, 1851, 1975, 1981, 2050, 2053, 2222, 2223, 2283, 2467])),
            (9, "override-everything-then-order", Anchor::Lits(&[655, 1123, 1268, 1580, 1605, 2057])),
            (10, "hijack-the-content", Anchor::Lits(&[3375, 3634, 3818, 4845])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[3180, 3224, 3248, 3350, 3352, 3355, 3693, 3696, 3704, 3706, 3708, 3925, 3928, 4041, 4531, 4534, 4538, 4664, 4724, 4728, 4744, 4974, 4975, 5232]), Anchor::Any(&[Anchor::Lits(&[3011, 3012, 3403, 3421, 3450, 3451, 3452, 3453, 3456, 3476, 3942, 3943, 4239, 4240, 4241, 4246, 4247]), Anchor::All(&[Anchor::Lits(&[28, 29, 59, 420, 421, 598, 610, 645, 1003, 1015, 1057, 1091, 1092, 1196, 1269, 1350, 1370, 1417, 1432, 1624, 1627, 1654, 1655, 1656, 1657, 1659, 1673, 1684, 1688, 1734, 1754, 1758, 1921, 1950, 1954, 1964, 1965, 1986, 1993, 2227, 2232, 2238, 2567, 2650, 2660, 2708]), Anchor::Lits(&[3009, 3686, 3714, 3718, 3723, 3940, 4102, 4823, 4827, 5407, 5446])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[306, 419, 422, 1222, 1224, 1351, 1352, 1756, 1757, 1766, 1768, 1770, 1771, 1953, 1955, 2231, 2233, 2268, 2270, 2505, 2506, 2648]), Anchor::Lits(&[3178, 3257, 3351, 3703, 3924, 4078, 4090, 4357, 4469, 4476, 4533, 4727])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[2716, 2719, 2724, 2727, 2746, 2810]), Anchor::All(&[Anchor::Lits(&[37, 38, 57, 58, 500, 501, 1111, 1113, 1246, 1248, 1447, 1448, 1674, 1675, 1966, 1967, 2203, 2204]), Anchor::Lits(&[3179, 3223, 3247, 3293, 3334, 3349, 3351, 3692, 3695, 3703, 3705, 3924, 4040, 4063, 4350, 4394, 4530, 4533, 4663, 4723, 4743, 4973, 5230, 5231])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1044, 1045, 1046, 1047, 1397, 1398, 1399, 1400, 1720, 1721, 1722, 1723, 2168, 2169, 2170, 2171, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2872, 2878, 2879, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 3088, 3089, 3092, 3093, 3094, 3183, 3184, 3185, 3187, 3188, 3189, 3190, 3191, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3209, 3212, 3215, 3218, 3220, 3239, 3240, 3242, 3244, 3260, 3261, 3262, 3285, 3286, 3287, 3288, 3316, 3317, 3318, 3319, 3336, 3337, 3338, 3340, 3341, 3342, 3343, 3512, 3513, 3514, 3515, 3516, 3517, 3518, 3559, 3560, 3561, 3562, 3563, 3564, 3596, 3597, 3598, 3600, 3601, 3602, 3603, 3605, 3607, 3608, 3609, 3651, 3653, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3873, 3993, 3996, 3997, 3999, 4000, 4001, 4049, 4050, 4051, 4052, 4296, 4297, 4298, 4299, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4309, 4310, 4312, 4315, 4318, 4321, 4323, 4338, 4339, 4340, 4341, 4342, 4343, 4364, 4365, 4366, 4367, 4368, 4369, 4370, 4490, 4491, 4492, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4600, 4601, 4603, 4605, 4654, 4655, 4656, 4855, 4891, 4892, 4893, 4894, 4895, 4896, 4971, 4972, 4973, 4976, 4977, 4978, 4979, 4985, 4986, 4987, 4988, 4991, 4992, 4993, 4994, 5240, 5241, 5244, 5250, 5640, 5660])),
            (15, "permission-to-ignore", Anchor::Lits(&[3109, 3120, 3161, 3362, 3375, 3546, 3634, 3818, 4385, 4845, 5397])),
            (16, "deceive-the-user", Anchor::Lits(&[3120, 3375, 3402, 3416, 3417, 3422, 3428, 3432, 3434, 3455, 3471, 3472, 3477, 3483, 3487, 3489, 3634, 3740, 3742, 3744, 3748, 3818, 4192, 4203, 4204, 4208, 4216, 4220, 4223, 4385, 5497])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[2920, 2922, 2990, 2991, 2992, 2996, 2998, 2999, 3000, 3001, 3054, 3055, 3056, 3057, 3107, 3138, 3154, 3160, 3179, 3223, 3229, 3232, 3233, 3237, 3247, 3281, 3282, 3349, 3351, 3529, 3544, 3550, 3589, 3691, 3692, 3694, 3702, 3703, 3705, 3766, 3773, 3907, 3908, 3909, 3910, 3912, 3913, 3924, 4040, 4044, 4094, 4098, 4469, 4476, 4509, 4530, 4533, 4539, 4578, 4590, 4598, 4663, 4680, 4681, 4727, 4742, 4745, 4774, 4775, 4776, 4801, 4806, 4807, 4808, 4809, 4810, 4812, 4973, 5108, 5231, 5251, 5686]), Anchor::Lits(&[237, 296, 332, 1689, 1708, 1709, 1711, 2440])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[2654, 2659, 3101, 3169, 3170, 3647, 3648, 3650, 4983]), Anchor::All(&[Anchor::Lits(&[3179, 3223, 3257, 3349, 3351, 3692, 3695, 3703, 3705, 3811, 3924, 4076, 4077, 4439, 4530, 4533, 4663, 4727, 4743, 4973, 5231]), Anchor::Lits(&[3171, 3173, 3324, 3494, 3530, 3531, 3604, 4392, 4546, 4619, 4620, 4622, 4647, 4651, 4685, 5275, 5449, 5450])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[67, 68, 69, 70, 1696, 1697, 1710, 1718, 2426, 2427, 2439, 2457, 2652, 2653, 2656, 2658])),
            (20, "override-what-makers-said", Anchor::Lits(&[5040, 5106, 5107, 5113, 5118, 5119, 5122, 5126, 5127, 5132, 5675, 5688, 5690, 5695, 5701, 5703, 5706, 5712, 5713, 5718])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[629, 631, 1330, 1542, 1546, 1740, 1830, 2014]), Anchor::All(&[Anchor::Lits(&[5557, 5600, 5624, 5655, 5657, 5724, 5742]), Anchor::Lits(&[3222, 3586, 3644, 3710, 3982, 4037, 4383, 4587, 4626, 4649, 4684, 5281])]), Anchor::All(&[Anchor::Lits(&[3662, 3663, 3673, 3674, 3991, 3992, 4088, 4089, 4547, 4548, 4582, 4583, 4690, 4691]), Anchor::Lits(&[5673])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[210, 211, 212, 214, 215, 216, 224, 225, 226, 227, 228, 229, 231, 236, 2724, 2729, 2744, 2746, 2810])),
            (23, "nothing-is-real", Anchor::Lits(&[175, 523, 1613, 1650, 1663, 1664, 1665, 1666, 2013])),
            (24, "declined-now-allowed", Anchor::Lits(&[3068, 3103, 3283, 3284, 3313, 3330, 3365, 3631, 3632, 4532, 4599, 4616, 4660, 5549, 5550])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[534, 1212, 1217, 1328, 1440, 1444, 1559, 1827, 1829, 1980, 2012, 2716, 2724, 2725, 2729, 2732, 2733, 2734, 2746, 2805, 2810, 3034, 5141]), Anchor::All(&[Anchor::Lits(&[534, 1217, 1328, 1827, 1829, 1980, 2012, 2260]), Anchor::Lits(&[5673])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[42, 499, 579, 1199, 1480, 1826, 1828, 1861, 2024, 2064])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[259, 260, 261, 262, 371, 372, 509, 541, 554, 630, 1144, 1145, 1147, 1151, 1152, 1153, 1163, 1182, 1324, 1462, 1501, 1874, 1875, 1876, 2109, 2183, 2291, 2466, 2723, 2728, 2741, 2743, 2744, 2745, 2809, 2970, 3241, 3243, 3554, 3608, 4051, 4309, 4602, 4604, 4648, 4650, 4989, 4997, 5243, 5248, 5307, 5310, 5316, 5318, 5319, 5321, 5322, 5337, 5338, 5339, 5342, 5430, 5698, 5699, 5719]), Anchor::All(&[Anchor::Lits(&[372, 505, 533, 630, 1211, 1213, 1216, 1327, 1738, 1826, 1828, 1875, 1876, 1979, 2011, 2113, 2488]), Anchor::Lits(&[5046, 5078, 5105, 5116, 5306])]), Anchor::All(&[Anchor::Lits(&[372, 533, 630, 1213, 1216, 1327, 1738, 1875, 1876, 2011]), Anchor::Lits(&[3334, 3731, 4907, 4909, 4969])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[40, 58, 191, 310, 501, 505, 533, 552, 630, 990, 1113, 1127, 1213, 1216, 1247, 1249, 1327, 1443, 1675, 1826, 1967, 1979, 2011, 2113, 2989, 3034, 3035, 3036, 3037, 3695, 3944, 4349, 4378, 4384, 4621, 4743, 4746, 4956, 4998, 5252]), Anchor::All(&[Anchor::Lits(&[349, 364, 508, 1181, 1461, 1732, 2018, 2108, 2182, 2234, 2235, 2698]), Anchor::Lits(&[2715])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[3226, 3227, 3248, 3258, 3350, 3355, 3599, 3696, 3708, 3888, 3889, 3898, 3926, 3928, 4440, 4470, 4486, 4531, 4534, 4538, 4664, 4728, 4822, 4974, 4975, 5232]), Anchor::Lits(&[2750])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[3227, 3350, 3355, 3708, 3928, 4079, 4084, 4486, 4534, 4538, 4728, 4822, 5035]), Anchor::Lits(&[2899, 3225, 3335, 3732, 3887, 3937, 4085, 4346, 4363, 4482, 4521, 4581, 4792, 4908, 4970, 5266, 5396])])),
            (31, "what-others-told-you", Anchor::Lits(&[40, 240, 241, 242, 243, 310, 1160, 1161, 1162, 1163, 1177, 1178, 1179, 1180, 1321, 1322, 1323, 1324, 1859, 1871, 1872, 1873, 1874, 1897, 1898, 1899, 1900, 2031, 2032, 2033, 2034, 2074, 2075, 2076, 2077, 2273, 2274, 2275, 2276, 2279, 2280, 2281, 2282, 2463, 2464, 2465, 2466, 2702, 2703, 2704, 2705, 2709, 2710, 2711, 2712])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[206, 626, 705, 1220, 1226, 2580, 2586, 3871, 3915, 5409, 5411, 5413, 5422, 5428, 5431])),
            (33, "reveal-given-instructions", Anchor::Lits(&[39, 82, 258, 309, 989, 1120, 1284, 1349, 1858, 2456, 2587, 2657, 2716, 2724, 2729, 2746, 2810, 3095, 3652, 3688, 3871, 3915, 4326, 5039, 5581, 5595, 5602, 5612, 5622, 5639, 5642, 5658, 5661, 5738, 5744])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[39, 257, 258, 312, 313, 314, 318, 319, 1141, 1149, 1285, 1842, 1860, 2165, 2731, 2741, 2747, 2812]), Anchor::All(&[Anchor::Lits(&[540, 553, 1297, 1299, 1327, 1841, 1876, 2287, 2696]), Anchor::Lits(&[40, 990, 1110, 1228, 1294, 1743, 1843, 1852, 1857])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[323, 324, 325, 2181, 2185, 2186])),
            (36, "reveal-context-contents", Anchor::Lits(&[1685, 1687, 3251, 3256, 3257, 3278, 3927, 4485, 4533, 4973, 5037, 5546, 5547])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[5674, 5687, 5691, 5692, 5693, 5694, 5697, 5700, 5702, 5704, 5705, 5708, 5709, 5710, 5711, 5720, 5722])),
            (38, "complete-the-leak", Anchor::Lits(&[3784, 3786, 3787, 3789, 3790, 3792, 3793, 3794, 3796, 3797, 3800, 3801, 3802, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4110, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 5120, 5121, 5123, 5124, 5125, 5128, 5129, 5130, 5131, 5559, 5560, 5563, 5564, 5567, 5569, 5714, 5715, 5716, 5717])),
            (39, "what-you-must-not-say", Anchor::Lits(&[3046, 3633, 3922, 4222, 4280, 4281, 4282, 4283, 4529, 4532, 4661, 5222, 5229])),
            (40, "reveal-initialization", Anchor::Lits(&[3879, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3890, 3891, 3892, 3893, 3894, 3895, 3896, 3897, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 3906])),
            (41, "forged-own-instructions", Anchor::Lits(&[2752, 2754, 2756, 2759, 2763, 2768, 2769, 2773, 2775, 2777, 2779, 2784, 2785, 2787, 2790, 2794, 2795, 2798, 2804])),
            (42, "follow-what-it-says", Anchor::Lits(&[151, 152, 153, 154, 155, 157, 158, 217, 218, 219, 220, 221, 222, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2589, 2590, 2591, 2592, 2593, 2594, 2596, 2597, 2598, 2599, 2600, 2601])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5041, 5073, 5115, 5150, 5185, 5194, 5204, 5584, 5586, 5589, 5596, 5599, 5605, 5610, 5652, 5658, 5676, 5681, 5696]), Anchor::All(&[Anchor::Lits(&[503, 513, 540, 575, 1007, 1327, 1407, 1482, 1485, 1869, 1876, 2019, 2079, 2081, 2111, 2113, 2468, 2554]), Anchor::Lits(&[5306])]), Anchor::All(&[Anchor::Lits(&[272, 507, 512, 1465, 2017, 2544]), Anchor::Lits(&[5556, 5623, 5723])])]), Anchor::Lits(&[504, 506, 514, 520, 541, 576, 1008, 1013, 1328, 1408, 1483, 1486, 1870, 1877, 2020, 2080, 2082, 2112, 2114, 2469, 2470, 2555, 5042, 5043, 5044, 5045, 5074, 5075, 5076, 5077, 5151, 5152, 5153, 5154, 5155, 5156, 5157, 5158, 5186, 5187, 5188, 5189, 5190, 5191, 5192, 5193, 5195, 5196, 5197, 5198, 5199, 5200, 5201, 5202, 5562, 5565, 5566, 5572, 5582, 5585, 5587, 5590, 5597, 5600, 5606, 5611, 5627, 5628, 5629, 5631, 5636, 5638, 5653, 5654, 5659, 5677, 5678, 5679, 5680, 5682, 5683, 5684, 5685, 5727, 5728, 5729, 5733, 5739, 5741])])),
            (44, "developer-message-requested", Anchor::Lits(&[623, 1242, 1296, 1328, 2255, 2260, 5410, 5412, 5414, 5415, 5416, 5417, 5418, 5419, 5420, 5423, 5424, 5425, 5426, 5427, 5429])),
            (45, "agents-environment-requested", Anchor::Lits(&[5047, 5048, 5049, 5050, 5051, 5052, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 5060, 5061, 5062, 5063, 5064, 5065, 5066, 5067, 5068, 5069, 5070, 5071, 5072, 5079, 5080, 5081, 5082, 5083, 5084, 5085, 5086, 5087, 5088, 5089, 5090, 5091, 5092, 5093, 5094, 5095, 5096, 5097, 5098, 5099, 5100, 5101, 5102, 5103, 5104, 5159, 5160, 5161, 5162, 5163, 5164, 5165, 5166, 5167, 5168, 5169, 5170, 5171, 5172, 5173, 5174, 5175, 5176, 5177, 5178, 5179, 5180, 5181, 5182, 5183, 5184, 5308, 5309, 5311, 5312, 5313, 5314, 5315, 5317, 5320, 5323, 5324, 5325, 5326, 5327, 5328, 5329, 5330, 5331, 5332, 5333, 5334, 5335, 5336, 5340, 5341, 5343])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[270, 273, 334, 365, 493, 498, 510, 546, 551, 573, 584, 619, 1022, 1139, 1150, 1164, 1474, 1475, 1476, 1477, 1478, 1669, 1670, 1671, 1680, 1681, 1737, 1774, 1776, 1866, 1874, 1925, 1962, 2110, 2250, 2251, 2253, 2254, 2259, 2261, 2286, 2487, 2706, 2713, 2757, 2766, 2767, 2772, 2786, 2789, 3045, 3353, 3785, 3788, 3791, 3829, 3830, 3831, 3929, 4081, 4285, 4360, 4379, 4384, 4387, 4956, 4995, 4998, 5203, 5300, 5545, 5555, 5588, 5615, 5616, 5617, 5618, 5619, 5620, 5621, 5641, 5643, 5671, 5674, 5689, 5698, 5699, 5707, 5708, 5719, 5721]), Anchor::All(&[Anchor::Lits(&[3355, 3928, 4359, 4531]), Anchor::Lits(&[5673])]), Anchor::All(&[Anchor::Lits(&[203, 1374]), Anchor::Lits(&[5673])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1049, 1413, 1414, 1819, 1820, 1958, 1969, 2016, 2582, 2583, 2717, 2736, 2738])),
            (54, "authority-override", Anchor::Lits(&[43, 1509, 1511, 1519, 1765])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[51, 350, 1001, 1005, 1006, 1298, 1812, 1901, 2184, 2242, 2243]), Anchor::All(&[Anchor::Lits(&[5557, 5601, 5609, 5624, 5662, 5724]), Anchor::Lits(&[1507])])])),
            (58, "address-the-model", Anchor::Lits(&[149, 150, 1293, 1779, 1868, 1914, 2066, 2228, 2229, 3813, 4074, 4075, 4080, 4082, 4284, 4286, 4288, 4289, 4543, 4544, 4617, 4618, 5401, 5402])),
            (59, "unrestricted-mode", Anchor::Lits(&[1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1767, 2936, 2947, 3144, 3301, 3339, 3344, 3505, 3557, 3645, 3676, 3712, 3953, 3967, 3972, 3987, 4043, 4235, 4236, 4238, 4261, 4333, 4351, 4584, 4904, 4943, 5260, 5261, 5263, 5272, 5278, 5282, 5288, 5294])),
            (60, "dan-persona", Anchor::Lits(&[2869, 2870, 2871, 2873, 2874, 2875, 2876, 2877, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2917, 2918, 2919, 3047, 3048, 3049, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3104, 3105, 3106, 3147, 3148, 3149, 3300, 3302, 3303, 3304, 3305, 3400, 4091, 4092, 4093, 4441, 4442, 4443, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4703, 4704, 4705, 4706, 4707, 4708, 4709, 4710, 5393, 5394, 5395, 5558, 5561, 5568, 5573, 5574, 5575, 5576, 5577, 5578, 5579, 5580, 5583, 5625, 5626, 5630, 5632, 5633, 5634, 5635, 5637, 5644, 5645, 5646, 5647, 5648, 5649, 5650, 5651, 5663, 5664, 5665, 5666, 5667, 5668, 5669, 5670, 5725, 5726, 5730, 5734, 5735, 5736, 5737, 5740])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[165, 401, 718, 1589, 2628, 2935, 3280, 3299, 3345, 3555, 3710, 3716, 3837, 3962, 3982, 4018, 4037, 4042, 4064, 4185, 4234, 4237, 4260, 4262, 4585, 4688, 4725, 4726, 5257, 5259, 5262, 5264, 5265, 5270, 5271, 5277, 5284, 5285, 5286, 5296, 5478, 5479, 5490, 5491, 5492, 5493, 5494, 5495, 5496, 5500, 5501, 5502, 5503, 5504, 5505, 5506, 5508, 5514, 5516, 5518, 5522, 5531, 5532]), Anchor::All(&[Anchor::Lits(&[370, 389, 657, 834, 835, 912, 913, 1221, 1270, 1373, 1379, 1572, 1590]), Anchor::Lits(&[5038, 5434, 5438])])]), Anchor::Lits(&[48, 50, 163, 305, 307, 322, 330, 331, 474, 494, 542, 998, 999, 1275, 1731, 1815, 1816, 1817, 1818, 1867, 1920, 1957, 1968, 1970, 1988, 2002, 2003, 2130, 2131, 2173, 2179, 2180, 2271, 2490, 2511, 2716, 2740, 2805])])),
            (62, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[41, 125, 156, 164, 165, 166, 167, 379, 544, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 1128, 1129, 1566, 1574, 1589, 1596, 1676, 1677, 1678, 1797, 1834, 1865, 1995, 2178, 2655, 2661, 4934]), Anchor::All(&[Anchor::Lits(&[370, 389, 657, 828, 834, 835, 837, 906, 912, 913, 915, 1124, 1221, 1270, 1372, 1373, 1378, 1379, 1572, 1573, 1577, 1590]), Anchor::Lits(&[2288, 2619, 2625])]), Anchor::All(&[Anchor::Lits(&[126, 1041, 1392, 2521, 2525, 2532]), Anchor::Lits(&[84, 245, 351, 473, 476, 1521, 1803, 2249, 2561])])])),
            (63, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[666, 1622, 1672, 2808, 3525, 3526, 4568, 4839, 4840, 4921]), Anchor::All(&[Anchor::Lits(&[400, 1415, 1552, 1610]), Anchor::Lits(&[2839, 2840, 2841, 2842, 2937, 2938, 2939, 2940, 2952])])])),
            (64, "no-restrictions", Anchor::Lits(&[3108, 3139, 3238, 3248, 3254, 3545, 3590, 3693, 3696, 3708, 4041, 4045, 4095, 4096, 4099, 4470, 4510, 4531, 4658, 4659, 4664, 4728, 4744, 4757, 4769])),
            (65, "rules-do-not-apply", Anchor::Lits(&[188, 189, 1055, 1115, 1116, 1117, 1118, 1119, 1120, 1481, 1712, 1713, 1714, 1715, 1716, 1717, 1759, 1760, 1761, 1762, 1763, 1764, 2445, 2446, 2452, 2453, 2454, 2456])),
            (66, "no-rules-apply", Anchor::Lits(&[4277, 5117, 5137, 5138, 5139, 5140, 5142, 5143, 5146, 5147])),
            (67, "freed-from-limits", Anchor::Lits(&[368, 369, 376, 1017, 1018, 1051, 1128, 1130, 1429, 1623, 1625, 1626, 1658, 1660, 1661, 1947, 2520, 2522, 2523, 2534])),
            (68, "respond-without-limits", Anchor::Lits(&[586, 587, 588, 589, 590, 591, 602, 603, 604, 605, 606, 607, 1926, 1927, 1928, 1929, 1930, 1931, 1939, 1940, 1941, 1942, 1943, 1944, 2044, 2045, 2046, 2047, 2048, 2049, 2934, 3641, 3825, 4229, 4232, 4233, 4249, 4250, 4258, 4259, 4263, 4606, 5477, 5489, 5497])),
            (69, "pre-safety-self", Anchor::Lits(&[1686, 3087])),
            (70, "stay-in-character", Anchor::Lits(&[668, 669, 681, 930, 931, 943, 1403, 1560, 1561, 1578, 1948, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199])),
            (71, "jailbreak-template", Anchor::Lits(&[471, 1612, 1616, 1617, 1619, 1621, 1648, 1649, 1876, 1919, 2371, 2411, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 4097, 5389, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5461, 5462, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 5470, 5471, 5472, 5473, 5474, 5482, 5483, 5484, 5485, 5486, 5487, 5488])),
            (72, "jailbreak", Anchor::Lits(&[3245, 3246, 3660, 3661, 3795, 3798, 3799, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3961, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3979, 3981, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 4290, 4291, 4511, 4785, 5403, 5404, 5570, 5571, 5603, 5604, 5731, 5732, 5745, 5746])),
            (73, "evil-twin", Anchor::Lits(&[2753, 2761, 2764, 2768, 2770, 2774, 2778, 2787, 2790, 2792, 2796, 2797, 2799, 2800, 2801])),
            (74, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[49, 223, 235, 256, 1273, 1427, 1847, 2236]), Anchor::Lits(&[202, 207, 625, 627, 667, 827, 905, 929, 1371, 1377, 1558, 1622, 2579, 2581, 2585, 2588])])),
            (75, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[581, 585, 609, 1418, 1781, 2035]), Anchor::Lits(&[123, 983, 1026, 2541, 2626, 2700])])),
            (76, "simulated-privileged-shell", Anchor::Lits(&[2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 3654, 3655, 3656, 3657, 3658, 3659, 3675, 3677, 3678, 3679, 3680, 3681, 4711, 4712, 4713, 4714, 4715, 4716, 4942, 4944, 4945, 4946, 4947, 4948, 4957, 4958, 4959, 4960, 4961, 4962, 5287, 5289, 5290, 5291, 5292, 5293])),
            (77, "self-escalation", Anchor::Lits(&[632, 1391, 2311, 2315, 2781, 2782, 2783, 2806])),
            (78, "blind-execution", Anchor::Lits(&[174, 1036, 2595])),
            (79, "forbidden-becomes-required", Anchor::Lits(&[106, 107, 108, 110, 176, 177, 178, 179, 1037, 1038, 1039, 1040, 1733, 2603, 2604, 2605, 2606])),
            (80, "opposite-of-your-rules", Anchor::Lits(&[2720, 2722, 2735, 2742, 2749, 4352])),
            (81, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[524, 1014, 1259, 1273, 1277, 1278, 1279, 1809, 1847, 2043, 2236]), Anchor::Any(&[Anchor::Lits(&[165, 401, 718, 1589, 2628, 2935, 3280, 3299, 3345, 3555, 3710, 3716, 3837, 3962, 3982, 4018, 4037, 4042, 4064, 4185, 4234, 4237, 4260, 4262, 4585, 4688, 4725, 4726, 5257, 5259, 5262, 5264, 5265, 5270, 5271, 5277, 5284, 5285, 5286, 5296, 5478, 5479, 5490, 5491, 5492, 5493, 5494, 5495, 5496, 5500, 5501, 5502, 5503, 5504, 5505, 5506, 5508, 5514, 5516, 5518, 5522, 5531, 5532]), Anchor::All(&[Anchor::Lits(&[370, 389, 657, 834, 835, 912, 913, 1221, 1270, 1373, 1379, 1572, 1590]), Anchor::Lits(&[5038, 5434, 5438])])]), Anchor::Lits(&[71, 80, 85, 94, 246, 255, 352, 363, 477, 478, 566, 1450, 1459, 1522, 1531, 2515, 2562])])),
            (82, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3112, 3114, 3115, 3535, 3579, 4912, 4913]), Anchor::All(&[Anchor::Lits(&[4020, 4021]), Anchor::Lits(&[574, 578, 1406, 1783, 2058, 2458])]), Anchor::All(&[Anchor::Lits(&[3507, 3508]), Anchor::Lits(&[3294, 4011, 4402, 4791, 5219])])]), Anchor::Lits(&[2868, 2890, 2954, 3071, 3075, 3090, 3091, 3094, 3146, 3177, 3259, 3523, 3524, 3838, 4348, 4455, 4456, 4457, 4458, 4525, 4586, 4625, 4653, 4657, 4675, 4692, 4702, 4837, 4838, 4899, 4905, 4906, 5001, 5235, 5254, 5557, 5624, 5724]), Anchor::Lits(&[2289, 2620, 2626])]), Anchor::All(&[Anchor::Lits(&[3051, 3099, 3100, 3291, 3297, 3369, 3556, 3640, 3711, 3713, 3916, 4065, 4689, 4741, 4786, 4900, 5148]), Anchor::Any(&[Anchor::Lits(&[2863, 2866, 2933, 2973, 3113, 3292, 3294, 3323, 3333, 3362, 3493, 3506, 3579, 3584, 3709, 4019, 4361, 4395, 4402, 4450, 4522, 4791, 4814, 4890, 4901, 4911, 5219, 5253, 5448]), Anchor::All(&[Anchor::Lits(&[3689]), Anchor::Lits(&[46, 99, 1742, 1775, 2065, 2245])]), Anchor::All(&[Anchor::Lits(&[3277, 3509, 3520, 3585, 3639, 4020, 4479, 4818, 5234, 5280, 5302]), Anchor::Lits(&[2429, 2430, 2431, 2433, 2434, 2435, 2436, 2437, 2438, 2441, 2447, 2450, 2455])])]), Anchor::Lits(&[2868, 2890, 3071, 3075, 4454, 4467, 4837, 5557, 5724])])])),
            (83, "third-party-permission", Anchor::All(&[Anchor::Lits(&[380, 485, 593, 636, 967, 1021, 1048, 1054, 1059, 1203, 1268, 1766, 1949, 2015, 2134, 2240, 2508, 2512, 2528, 2649]), Anchor::Lits(&[113, 197, 239, 274, 275, 490, 600, 1056, 1159, 1181, 1204, 1305, 1320, 1555, 1692, 1736, 1739, 1802, 1963, 2030, 2052, 2127, 2462, 2576])])),
            (84, "privileged-identity", Anchor::Lits(&[120, 197, 274, 275, 490, 993, 1000, 1204, 2529, 2624, 2716, 2740, 2805])),
            (85, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[2662, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 3058, 3059, 3060, 3061, 3074, 3143, 3155, 3156, 3157, 3159, 3697, 3698, 3699, 3701, 3812, 3835, 4069, 4070, 4071, 4072, 4433, 4434, 4435, 4436, 4471, 4472, 4473, 4475, 4572, 4573, 4574, 4575, 4666, 4667, 4668, 4670, 4747, 4753, 4754, 4770, 4800, 4803, 4805, 4813, 4955, 4964, 5109, 5110, 5111, 5112, 5439, 5440, 5441, 5442, 5443, 5444, 5445]), Anchor::All(&[Anchor::Lits(&[2915, 3935, 4701, 4722, 5036]), Anchor::Lits(&[44, 46, 122, 186, 565, 572, 574, 594, 595, 596, 597, 637, 638, 639, 640, 641, 642, 643, 644, 968, 969, 970, 971, 972, 973, 974, 975, 976, 982, 995, 1053, 1059, 1125, 1203, 1421, 1742, 1775, 1783, 1810, 1831, 1863, 2058, 2065, 2069, 2166, 2175, 2458, 2489, 2507, 2528, 2537])]), Anchor::All(&[Anchor::Lits(&[556, 980, 1053, 1058, 1420, 2200, 2205, 2527]), Anchor::Lits(&[52, 1042, 1845, 1917, 2202, 2697])])])),
            (86, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[53, 1114, 1169, 1918, 2916, 3126, 3127, 3449, 3719, 3720, 3721, 3722, 3820, 3821, 3834, 4218, 4489, 4963, 5447]), Anchor::All(&[Anchor::Lits(&[388, 656, 1267, 1611, 1614, 1616, 1618, 1619, 1620, 1621, 1644, 1645, 1646, 1648, 1649, 1651, 1652, 1653, 2162, 3982, 5257, 5262, 5271, 5286]), Anchor::Lits(&[208])])])),
            (87, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[2241, 2269, 2513, 2916, 3050, 3783, 3834, 3846, 4194, 4218, 4219, 4489, 4963, 5421]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2241, 2269, 2513]), Anchor::All(&[Anchor::Lits(&[194, 195, 366, 533, 1019, 1094, 1211, 1439, 1443, 1773, 1826, 1828, 1979, 2011, 2023]), Anchor::Lits(&[3641, 4231, 5497, 5750])])]), Anchor::Lits(&[2867, 2953, 4624, 4652, 4898, 5000, 5552])]), Anchor::All(&[Anchor::Lits(&[194, 366, 533, 536, 1019, 1096, 1211, 1439, 1443, 1826, 1828, 1979, 2011, 2023]), Anchor::Lits(&[3641, 4231, 5499, 5750])])])),
            (88, "disable-safety", Anchor::Lits(&[2037, 2844, 2922, 2923, 2967, 2990, 2991, 2992, 2996, 2997, 2998, 2999, 3000, 3001, 3054, 3055, 3056, 3057, 3110, 3111, 3121, 3123, 3138, 3154, 3160, 3162, 3163, 3229, 3231, 3232, 3233, 3250, 3252, 3253, 3255, 3281, 3282, 3310, 3311, 3320, 3363, 3364, 3376, 3378, 3529, 3534, 3536, 3539, 3540, 3541, 3542, 3543, 3544, 3547, 3548, 3550, 3552, 3591, 3635, 3637, 3643, 3665, 3666, 3667, 3691, 3692, 3694, 3702, 3766, 3773, 3819, 3826, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3980, 4038, 4094, 4098, 4189, 4190, 4325, 4386, 4389, 4536, 4578, 4590, 4598, 4665, 4680, 4681, 4742, 4748, 4749, 4750, 4751, 4752, 4755, 4756, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4765, 4766, 4767, 4768, 4774, 4775, 4776, 4801, 4802, 4806, 4807, 4808, 4809, 4810, 4811, 4812, 4828, 4829, 4941, 4965, 4966, 4967, 5002, 5108, 5133, 5251, 5255, 5256, 5267, 5548, 5686])),
            (89, "safety-declared-off", Anchor::Lits(&[2920, 2922, 2990, 2991, 2992, 2996, 2997, 2998, 2999, 3000, 3001, 3054, 3055, 3056, 3057, 3138, 3154, 3160, 3229, 3231, 3232, 3233, 3250, 3252, 3253, 3255, 3281, 3282, 3529, 3539, 3540, 3541, 3542, 3543, 3544, 3550, 3591, 3691, 3692, 3694, 3702, 3766, 3773, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 4094, 4098, 4536, 4578, 4590, 4598, 4665, 4680, 4681, 4742, 4748, 4749, 4750, 4751, 4752, 4755, 4756, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4765, 4766, 4767, 4768, 4774, 4775, 4776, 4801, 4802, 4806, 4807, 4808, 4809, 4810, 4811, 4812, 5108, 5251, 5686])),
            (90, "skip-approval", Anchor::Lits(&[192, 511, 522, 1795, 1992, 2125, 2128, 2661, 2994, 3404, 3457, 4193, 4252, 4567, 4920, 5507, 5591, 5592, 5593, 5594])),
            (91, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[3312, 3314, 3315, 3331, 5295]), Anchor::All(&[Anchor::Lits(&[2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2977, 2978, 2979, 2980, 2981, 2982, 2983, 2984, 2985, 2986, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3186, 3208, 3210, 3211, 3213, 3214, 3216, 3217, 3219, 3221, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3606, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 4300, 4311, 4313, 4314, 4316, 4317, 4319, 4320, 4322, 4324, 4422, 4423, 4424, 4425, 4426, 4427, 4428, 4429, 4430, 4431, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739]), Anchor::Lits(&[3312, 3314, 3315, 3331, 4677, 4717, 4718, 5236, 5274, 5295])])])),
            (92, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[2432, 2444, 2448, 2449, 3356, 4931, 5510, 5512, 5513, 5515, 5517, 5520, 5529, 5530, 5533, 5534, 5535, 5536, 5538, 5539, 5540, 5541, 5542, 5543]), Anchor::All(&[Anchor::Lits(&[480, 481, 486, 568, 1094, 1109, 1158, 1207, 1891, 2006, 2023, 2039, 2063]), Anchor::Lits(&[3063, 3401, 3454, 4191, 4845, 4917])])])),
            (93, "do-not-screen-input", Anchor::Lits(&[671, 672, 673, 675, 679, 691, 693, 694, 695, 696, 697, 698, 703, 704, 933, 934, 935, 937, 941, 953, 955, 956, 957, 958, 959, 960, 965, 966, 1563, 1564, 1565, 1568, 1575, 1588, 1592, 1593, 1594, 1595, 1597, 1598, 1603, 1604, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 2137, 2138, 2139, 2140, 2141, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2153, 2154, 2206, 2207, 2208, 2209, 2211, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676])),
            (94, "allowlist-this-prompt", Anchor::Lits(&[1541, 1543, 1544, 1545, 1548, 1549, 1550, 1551, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2374, 2375, 2380, 2395, 2398, 2403, 2404, 2410, 2925, 2928, 3576, 5436, 5437])),
            (97, "unset-read-only", Anchor::Lits(&[977, 1010, 1911, 1916, 1976, 1978, 2024, 2038, 2064])),
            (98, "stop-logging", Anchor::Lits(&[269, 1395, 1466, 1923, 2042, 2474, 2707])),
            (99, "self-approval", Anchor::Lits(&[3004, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5012, 5013, 5014, 5015, 5016, 5017, 5018, 5019, 5020, 5021, 5022, 5023, 5024, 5025, 5026, 5027, 5028, 5029, 5030, 5031, 5032, 5033])),
            (100, "execute-everything", Anchor::Lits(&[100, 101, 102, 103, 104, 105, 109, 174, 1023, 1024, 1025, 1027, 1028, 1029, 1035, 1036])),
            (101, "protection-mode-claim", Anchor::Lits(&[60, 111, 267, 384, 646, 978, 1422, 1463, 1532, 1643, 1683, 1690, 1780, 1782, 1799, 1960, 2509, 2533])),
            (102, "approve-tool-calls", Anchor::Lits(&[196])),
            (104, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[112, 114, 115, 116, 117, 119, 193, 346, 378, 482, 487, 504, 506, 608, 1011, 1208, 1250, 1251, 1444, 1508, 1796, 1798, 1827, 1829, 1912, 1980, 2012, 2112, 2504, 2623]), Anchor::Lits(&[1390, 2312, 2335, 2357, 2373, 2405, 2750])])),
            (105, "tamper-with-named-controls", Anchor::Lits(&[2924, 2926, 2927, 2993, 2999, 3281, 3529, 3690, 3751, 3752, 3753, 3754, 3755, 3756, 3908, 4484, 4535, 4537, 4577, 4799, 4804, 5223, 5251])),
            (106, "authority-waives-controls", Anchor::Lits(&[1335, 1622, 3062, 3172, 3235, 3279, 3528, 3575, 4227, 4264, 4437, 4483, 4487, 4773, 4831, 4832, 4834, 4996, 5399])),
            (107, "vendor-orders-an-action", Anchor::Lits(&[1132, 1134, 1135, 1137, 1138, 1140, 1142, 1143, 1146, 1148, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390])),
            (108, "run-data-as-code", Anchor::Lits(&[344, 1043, 1388, 1389, 1449, 2317, 2318, 2347, 2348, 2353, 2354, 2355, 2356, 2362, 2363, 2557, 2602, 2900, 3622, 3624, 4566, 4795, 4836, 5433])),
            (109, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[1996, 1997, 1998, 1999, 2000, 2001]), Anchor::Lits(&[297, 488, 567, 569, 2164, 2174])])),
            (110, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[337, 402, 403, 404, 406, 407, 409, 415, 416, 423, 424, 425, 427, 428, 430, 438, 439, 442, 443, 444, 446, 447, 449, 457, 458, 670, 674, 676, 678, 680, 684, 699, 700, 829, 830, 831, 833, 836, 839, 847, 848, 907, 908, 909, 911, 914, 917, 925, 926, 932, 936, 938, 940, 942, 946, 961, 962, 1562, 1567, 1569, 1571, 1576, 1581, 1599, 1600, 2629, 2630, 2631, 2633, 2634, 2636, 2644, 2645, 2677, 2678, 2679, 2681, 2682, 2684, 2692, 2693, 3005, 3096, 3405, 3412, 3419, 3458, 3467, 3474, 3717, 4195, 4199, 4206, 4253, 4256, 4270, 4719, 4851, 4852, 4853, 4856, 4857, 4858, 4859, 4860, 4861, 4862, 4863, 4864, 4865, 4866, 4867, 4868, 4869, 4870, 4871, 4872, 4873, 4874, 4875, 4876, 4877, 4878, 4879, 4880, 4881, 4882, 4883, 4884, 4885, 4886, 4887, 4888, 5497]), Anchor::All(&[Anchor::Lits(&[3741, 3743, 3745, 3746, 3747]), Anchor::Lits(&[1131])]), Anchor::All(&[Anchor::Lits(&[97, 128, 192, 1992, 2125]), Anchor::Lits(&[4850])])])),
            (111, "evade-the-checks", Anchor::Lits(&[268, 298, 402, 403, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 423, 424, 426, 427, 428, 429, 430, 431, 434, 435, 436, 437, 438, 439, 441, 442, 443, 445, 446, 447, 448, 449, 450, 453, 454, 455, 456, 457, 458, 460, 670, 674, 677, 678, 680, 682, 684, 685, 688, 689, 690, 692, 699, 700, 702, 829, 830, 832, 833, 836, 838, 839, 840, 843, 844, 845, 846, 847, 848, 850, 907, 908, 910, 911, 914, 916, 917, 918, 921, 922, 923, 924, 925, 926, 928, 932, 936, 939, 940, 942, 944, 946, 947, 950, 951, 952, 954, 961, 962, 964, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1464, 1562, 1567, 1570, 1571, 1576, 1579, 1581, 1582, 1585, 1586, 1587, 1591, 1599, 1600, 1602, 1922, 2472, 2473, 2629, 2630, 2632, 2633, 2634, 2635, 2636, 2637, 2640, 2641, 2642, 2643, 2644, 2645, 2647, 2677, 2678, 2680, 2681, 2682, 2683, 2684, 2685, 2688, 2689, 2690, 2691, 2692, 2693, 2695, 3947, 4248, 5139, 5144, 5145, 5146, 5405, 5497, 5608])),
            (112, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[580, 645, 683, 945, 1432, 1553, 1628, 1647, 1945, 1950, 1993, 2238, 2241, 2513, 2573, 2661, 2995, 3002, 3158, 3230, 3234, 3267, 3374, 3558, 3577, 3642, 3700, 3715, 4046, 4474, 4669, 4729, 5242, 5245, 5246, 5247, 5249, 5400]), Anchor::All(&[Anchor::Lits(&[380, 390, 485, 636, 647, 1050, 1052, 1172, 1174, 1431, 1433, 1766, 1769, 1770, 1772, 1949, 1952, 2134, 2155, 2237, 2239, 2512, 2514, 2572, 2574]), Anchor::Lits(&[192, 479, 511, 544, 1207, 1434, 1826, 1828, 1910, 1978, 1992, 2008, 2022])])])),
            (113, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1229, 1230, 1231, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1243, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 2413, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2424, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2966, 2971, 2972, 3236, 3510, 3551, 3620, 3621, 3623, 3625, 3626, 3627, 3628, 3629, 3630, 3649, 3684, 3861, 3862, 4188, 4336, 4374, 4553, 4646, 5224, 5228, 5432, 5475])),
            (114, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[118, 124, 266, 276, 277, 1209, 1210, 1832, 1833, 1840, 1848, 1883, 1884, 2025, 2026, 2542, 2988, 3228, 4432, 4678, 4831]), Anchor::All(&[Anchor::Lits(&[2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107]), Anchor::Lits(&[3165, 3589, 3690, 3750, 4755, 5251])])])),
            (115, "agent-grants-itself-power", Anchor::Lits(&[1554, 1951, 2313, 2316, 2780, 2788, 2791, 2802, 2807, 4287])),
            (118, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2863, 2866, 2933, 2973, 3292, 3294, 3325, 3326, 3327, 3328, 3362, 3495, 3496, 3497, 3498, 3499, 3500, 3501, 3502, 3503, 3579, 4361, 4395, 4402, 4450, 4522, 4791, 4814, 4890, 4901, 5219, 5253]), Anchor::All(&[Anchor::Lits(&[3689]), Anchor::Lits(&[46, 99, 1742, 1775, 2065, 2245])]), Anchor::All(&[Anchor::Lits(&[3277, 3509, 3520, 3585, 3639, 4020, 4479, 4818, 5234, 5280, 5302]), Anchor::Lits(&[2429, 2430, 2431, 2433, 2434, 2435, 2436, 2437, 2438, 2441, 2447, 2450, 2455])])]), Anchor::Lits(&[2941, 2942, 2943, 2944, 2945, 2946, 2953, 2962, 2963, 3010, 3166, 3167, 3168, 3581, 3582, 3583, 3594, 3595, 3941, 4053, 4054, 4055, 4345, 4347, 4396, 4397, 4398, 4526, 4527, 4528, 4576, 4579, 4580, 4679, 4682, 4683, 4815, 4816, 4949, 4950, 4951, 4952, 4953, 4954, 5236, 5237, 5238]), Anchor::Lits(&[61, 230, 310, 1261, 1719, 2607, 2613, 2621])])),
            (119, "tool-call-tampering", Anchor::Lits(&[62, 63, 64, 65, 66, 169, 170, 171, 172, 173, 180, 181, 182, 183, 184, 311, 315, 316, 317, 321, 984, 985, 986, 987, 988, 1030, 1031, 1032, 1033, 1034, 1113, 1155, 1262, 1263, 1264, 1265, 1266, 1606, 2226, 2608, 2609, 2610, 2611, 2612, 2614, 2615, 2616, 2617, 2618])),
            (120, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[337, 1539, 1662, 1905, 2929, 2930, 2931, 2948, 2949, 2950, 3117, 3118, 3119, 3289, 3290, 3368, 3732, 3767, 3768, 3769, 3770, 3771, 3772, 3774, 3775, 3776, 3777, 3778, 3779, 3780, 3781, 3782, 3938, 3939, 3994, 3995, 3998, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4024, 4025, 4026, 4027, 4028, 4029, 4030, 4566, 4630, 4631, 4632, 4633, 4634, 4635, 4636, 4637, 4638, 4639, 4640, 4641, 4642, 4643, 4644, 4792, 4795, 4835, 4836, 4914, 4915, 5134, 5135, 5136, 5258, 5268, 5283, 5358, 5359, 5360, 5361, 5362, 5363, 5364, 5365, 5366, 5367, 5368, 5369, 5370, 5371, 5372, 5373, 5374, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382, 5383, 5384, 5385, 5386, 5387, 5497]), Anchor::All(&[Anchor::Lits(&[2951, 3401, 3454, 4059, 4191, 4251, 5497, 5613, 5614]), Anchor::Lits(&[2901, 2968, 2969, 3765, 4350, 4394, 4421, 4438, 4629, 5354]), Anchor::Lits(&[95, 96, 361, 650, 651, 1288, 1292, 1424, 1428, 1489, 1496, 1667, 1668, 1959, 1961, 1989, 1990, 2043, 2051, 2120, 2121, 2278, 2284, 2577, 2578])])])),
            (121, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[13, 15, 17, 19, 22, 24, 26, 30, 32, 130, 132, 134, 136, 139, 141, 143, 145, 147, 2293, 2295, 2297, 2299, 2301, 2303, 2305, 2307, 2309, 2336, 2338, 2340, 2342, 2345, 2349, 2351, 2358, 2360, 2376, 2378, 2391, 2393, 2396, 2399, 2401, 2406, 2408]), Anchor::Lits(&[209, 213, 232, 233, 234, 1276, 1280, 1281, 1282, 1283, 1300, 1301, 1302, 1303, 1304, 1344, 1345, 1346, 1347, 1348, 1724, 1725, 1726, 1727, 1728, 2425, 2428, 2442, 2443, 2451])]), Anchor::All(&[Anchor::Lits(&[3832, 3836, 4048, 4453, 5344]), Anchor::Lits(&[159, 535, 1112, 1821, 2651]), Anchor::Lits(&[3295, 3306, 3521, 4376, 4404, 4588, 4671, 4673, 4720, 4796, 4902, 4981, 5220])])]), Anchor::Lits(&[575, 577, 578, 996, 997, 1271, 1274, 1409, 1446, 1785, 1810, 1811, 1924, 1984, 1985, 2007, 2036, 2061, 2083, 2176, 2314, 2344, 2460, 2539]), Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 131, 133, 135, 137, 140, 142, 144, 146, 148, 2294, 2296, 2298, 2300, 2302, 2304, 2306, 2308, 2310, 2337, 2339, 2341, 2343, 2346, 2350, 2352, 2359, 2361, 2377, 2379, 2392, 2394, 2397, 2400, 2402, 2407, 2409, 3296, 3307, 3522, 4377, 4405, 4589, 4672, 4674, 4721, 4797, 4903, 4982, 5221])])),
            (125, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[199, 200, 201, 204, 205, 418, 1223, 1225, 1375, 1376, 1540, 1554, 1556, 2115, 2119, 2627]), Anchor::Any(&[Anchor::Lits(&[2863, 2866, 2933, 2973, 3292, 3294, 3325, 3326, 3327, 3328, 3362, 3495, 3496, 3497, 3498, 3499, 3500, 3501, 3502, 3503, 3579, 4361, 4395, 4402, 4450, 4522, 4791, 4814, 4890, 4901, 5219, 5253]), Anchor::All(&[Anchor::Lits(&[3689]), Anchor::Lits(&[46, 99, 1742, 1775, 2065, 2245])]), Anchor::All(&[Anchor::Lits(&[3277, 3509, 3520, 3585, 3639, 4020, 4479, 4818, 5234, 5280, 5302]), Anchor::Lits(&[2429, 2430, 2431, 2433, 2434, 2435, 2436, 2437, 2438, 2441, 2447, 2450, 2455])])])])),
            (126, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2932, 3764, 3833, 4067, 5227]), Anchor::All(&[Anchor::Lits(&[3069, 3070, 3098, 3289, 3527, 3730, 3732, 3938, 4100, 4717, 4718, 4792, 4916, 5210, 5435, 5751]), Anchor::Lits(&[3052, 3102, 3151, 3181, 3381, 3519, 3588, 3619, 3832, 4047, 4048, 4068, 4399, 4420, 4798, 4897, 4933, 4984, 5034])])]), Anchor::Lits(&[121, 302, 303, 341, 570, 1002, 1227, 1228, 1255, 1272, 1353, 1479, 1536, 2004, 2005, 2059, 2201, 2412, 2485, 2622, 2815])])),
            (127, "hijack-the-task", Anchor::Lits(&[3917, 4571])),
            (129, "instruction-field", Anchor::Lits(&[72, 73, 74, 75, 76, 77, 78, 79, 86, 87, 88, 89, 90, 91, 92, 93, 247, 248, 249, 250, 251, 252, 253, 254, 353, 354, 355, 356, 357, 358, 359, 360, 557, 558, 559, 560, 561, 562, 563, 564, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 2250, 2251, 2252, 2256, 2257, 2258, 2259, 2262])),
            (132, "conceal-from-the-people", Anchor::Lits(&[373, 374, 375, 397, 398, 399, 425, 428, 430, 432, 433, 438, 440, 444, 447, 449, 451, 452, 457, 459, 676, 680, 684, 686, 687, 699, 701, 831, 836, 839, 841, 842, 847, 849, 909, 914, 917, 919, 920, 925, 927, 938, 942, 946, 948, 949, 961, 963, 1490, 1492, 1494, 1569, 1576, 1581, 1583, 1584, 1599, 1601, 1823, 1824, 1825, 2631, 2634, 2636, 2638, 2639, 2644, 2646, 2679, 2682, 2684, 2686, 2687, 2692, 2694, 3290, 3368, 3402, 3407, 3408, 3416, 3417, 3423, 3424, 3425, 3426, 3427, 3428, 3434, 3435, 3455, 3462, 3463, 3471, 3472, 3478, 3479, 3480, 3481, 3482, 3483, 3489, 3490, 4058, 4060, 4061, 4062, 4192, 4196, 4197, 4203, 4204, 4209, 4210, 4211, 4212, 4213, 4216, 4223, 4224, 4566, 4795, 4915, 5498, 5509, 5511, 5519, 5521, 5523, 5524, 5525, 5526, 5527, 5528, 5537, 5544])),
            (133, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[161, 659, 660, 661, 662, 663, 1253, 1254, 1615, 1730, 1892, 2225, 2519, 2655, 2699, 5497]), Anchor::All(&[Anchor::Lits(&[187, 515, 516, 517, 518, 576, 1410, 1784, 1786, 1864, 2059, 2062, 2459, 2461]), Anchor::Lits(&[472, 496, 497, 1175, 1380, 1788, 1835, 1893, 1894, 1915, 1946])])])),
            (136, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[571, 653, 1489, 1906, 1959, 2060, 2129, 3409, 3415, 3418, 3420, 3431, 3433, 3464, 3470, 3473, 3475, 3486, 3488, 4198, 4202, 4205, 4207, 4217, 4221, 4251, 4826, 5497]), Anchor::All(&[Anchor::Lits(&[1753]), Anchor::Lits(&[4023])])])),
            (137, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4445, 4446, 4448, 4521]), Anchor::All(&[Anchor::Lits(&[3504, 3671, 3685, 3749, 3763, 3810, 4017, 4337, 4375, 4393, 4444, 4447, 4449, 4521, 4541, 4542, 5553]), Anchor::Lits(&[3065, 3066, 3275, 3276, 3329, 3506, 3580, 3584, 3638, 4019, 4057, 4086, 4101, 4478, 4549, 4550, 4623, 4784, 4817, 4824, 4825, 4932, 4968, 5233, 5279, 5301, 5551])])]), Anchor::Lits(&[299, 300, 555, 565, 599, 981, 995, 1054, 1059, 1125, 1421, 1473, 1505, 1537, 1804, 1805, 1806, 1831, 1862, 1895, 1896, 1956, 2041, 2069, 2070, 2116, 2118, 2224, 2244, 2489, 2528, 2537, 2701])])),
            (140, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[3269, 3270, 3271, 3272, 3273, 3274, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3724, 3725, 3726, 3727, 3728, 3729, 3757, 3758, 3759, 3760, 3761, 3762, 4407, 4408, 4409, 4410, 4411, 4412, 4554, 4555, 4556, 4557, 4558, 4559, 4560, 4561, 4562, 4563, 4564, 4565, 4591, 4592, 4593, 4594, 4595, 4596, 4935, 4936, 4937, 4938, 4939, 4940, 5345, 5346, 5347, 5348, 5349, 5350, 5351, 5352, 5353, 5355, 5356, 5357]), Anchor::Lits(&[3125, 3587, 4056, 4451, 4627])])),
            (141, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[12, 129, 138, 162, 1547, 2172]), Anchor::All(&[Anchor::Lits(&[3276, 3580, 3584, 3638, 4019, 4086, 4452, 4478, 4549, 4623, 4817, 4824, 4825, 4932, 4968, 5233, 5301]), Anchor::Lits(&[5211, 5212, 5213, 5214, 5215, 5216, 5458, 5459, 5460, 5476, 5480, 5481]), Anchor::Lits(&[45, 55, 185, 377, 994, 1004, 1154, 1158, 1252, 1286, 1416, 1741, 2079, 2132, 2285, 2538, 2584])])])),
            (142, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[2864, 2865, 2974, 2975, 3073, 3296, 4295, 4401, 4403, 4405, 4406, 4413, 4523, 4524, 4597, 4792, 4797, 4819]), Anchor::Lits(&[461, 654, 981, 991, 995, 1176, 1755, 1787, 1831, 1855, 1913, 1987, 1989, 2069, 2116, 2120, 2278, 2516])])),
            (143, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3097, 3401, 3454, 4033, 4034, 4191, 4251, 4257, 5497]), Anchor::Lits(&[95, 96, 238, 244, 361, 362, 462, 463, 1171, 1173, 1288, 1292, 1367, 1368, 1424, 1467, 1468, 1491, 1493, 1495, 1497, 1498, 1499, 1667, 1668, 2278, 2284, 2570, 2571]), Anchor::Lits(&[2914, 2988, 3006, 3124, 3140, 3164, 3182, 3308, 3492, 3687, 3878, 3946, 4031, 4066, 4139, 4373, 4520, 4790, 4831, 4833, 4889, 5114])]), Anchor::All(&[Anchor::Lits(&[3063, 3064, 3120, 3122, 3447, 3448, 3672, 3683, 4845, 4847]), Anchor::Lits(&[2988, 3124, 3140, 3141, 3142, 4678, 4831, 4833, 5209])])]), Anchor::Lits(&[284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 336, 381, 382, 383, 385, 386, 387, 391, 392, 393, 394, 395, 396, 667, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 929, 1183, 1184, 1185, 1186, 1187, 1188, 1190, 1191, 1192, 1193, 1194, 1195, 1425, 1426, 1558, 1628, 1647, 2135, 2136, 2142, 2143, 2151, 2152, 2156, 2157, 2158, 2159, 2160, 2161, 2661])])),
            (144, "send-to-a-raw-address", Anchor::Lits(&[519, 652, 660, 662, 664, 665, 1991, 2163, 2167, 2277, 2584, 3072, 3116, 3298, 3578, 3936, 4228, 4452, 4478, 4549, 4628, 4817, 4932, 5239, 5301, 5406])),
            (145, "send-outside-the-company", Anchor::Lits(&[1060, 1197, 2372, 4380, 4445, 4488, 4545])),
            (146, "disclose-secret-values", Anchor::Lits(&[489, 491, 537, 539, 592, 1009, 1012, 1287, 1813, 1814, 1856, 2524, 2530, 2531, 2551, 2552, 2976, 3145, 3150, 3152, 3153, 3174, 3346, 3347, 4035, 4036, 4294, 4400, 4793, 4794])),
            (147, "override-instructions-es-pt-it", Anchor::Lits(&[3175, 3176, 3358, 3360, 3361, 3874, 3875, 3876, 3919, 3921, 3945, 4279, 4354, 4356, 4362, 4610, 4612, 4614])),
            (148, "override-instructions-fr", Anchor::Lits(&[2471, 3817, 4183, 4184, 4372])),
            (149, "override-instructions-de-nl", Anchor::Lits(&[2964, 3085, 3923, 3934, 4344, 4607, 4608, 4686, 4687, 4787, 5398])),
            (150, "override-instructions-pl-tr", Anchor::Lits(&[3828, 4014, 4015, 4230, 4477, 4999, 5554, 5749])),
            (151, "override-instructions-ru", Anchor::Lits(&[3827, 4182, 4371, 5747, 5753, 5754, 5755, 5756, 5757])),
            (152, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[47, 1538, 1902, 1903, 2028, 2029, 2543]), Anchor::Lits(&[127, 1402, 1470, 1471, 1472, 1504, 2117])])),
            (154, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[3930, 3931, 3932, 3933, 4002, 4177, 4178, 4327, 4328, 4468, 4480, 4481, 4611, 4615, 4740, 4848, 4849, 4980, 5303, 5304, 5305, 5388, 5752, 5755, 5758])),
            (155, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[36, 54, 301, 348, 1245, 1257, 1258, 1369, 1393, 1401, 1412, 1460, 1469, 1808, 1904, 2569]), Anchor::Lits(&[98, 198, 264, 483, 484, 633, 1256, 1339, 1340, 1341, 1423, 1777, 1790, 1792, 1793, 1807, 1907, 2266, 2550])])),
            (157, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[466, 1103, 1411, 1436, 1442, 1557, 1908, 1909, 1933, 1973, 2021, 2073, 2078, 2230, 2575, 2829, 2831, 3593, 4013, 4016, 4783, 4842, 5269, 5273, 5298]), Anchor::All(&[Anchor::Lits(&[467, 543, 1098, 1157, 1438, 1441, 1934, 1978]), Anchor::Lits(&[1430, 2040])]), Anchor::All(&[Anchor::Lits(&[335, 992, 1094, 1206, 1932, 1994, 2124, 2814]), Anchor::Lits(&[4329])]), Anchor::All(&[Anchor::Lits(&[466, 1103, 1437, 1442, 1937, 1974]), Anchor::Lits(&[2068])]), Anchor::All(&[Anchor::Lits(&[3067, 3084, 3990, 5748]), Anchor::Lits(&[340])]), Anchor::All(&[Anchor::Lits(&[3592, 4012, 4015, 4841]), Anchor::Lits(&[1693, 1694, 2133, 2714])]), Anchor::All(&[Anchor::Lits(&[327, 465, 1094, 1202, 1935, 1983]), Anchor::Lits(&[2547])]), Anchor::All(&[Anchor::Lits(&[326, 328, 329, 465, 1098, 1201, 1205, 1935, 1982, 1983, 2072]), Anchor::Lits(&[2517, 2548])]), Anchor::All(&[Anchor::Lits(&[468, 469, 470, 1095, 1098, 1106, 1107, 1441, 1682, 1691, 1695, 1836, 1837, 1838, 1938, 1977]), Anchor::Lits(&[340, 1093])]), Anchor::All(&[Anchor::Lits(&[2272]), Anchor::Lits(&[263, 304, 1094, 1791, 2067, 2071])])])),
            (159, "reveal-system-prompt-i18n", Anchor::Lits(&[160, 526, 527, 528, 529, 530, 1166, 1167, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1329, 1331, 1332, 1333, 1334, 1338, 1343, 1366, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1487, 1488, 1502, 1729, 1822, 1878, 1879, 1880, 1881, 1882, 1885, 1886, 2246, 2247, 2248, 2259, 2263, 2264, 2265, 2267, 2518, 2540, 2558, 2563, 2834, 2836, 2837, 3670, 4843, 4844])),
            (161, "disable-safety-i18n", Anchor::Lits(&[265, 338, 339, 502, 547, 548, 549, 601, 1099, 1100, 1101, 1102, 1104, 1105, 1108, 1156, 1211, 1218, 1219, 1396, 1888, 1889, 2056, 2122, 2123, 2124, 2503, 2556, 2559, 2560, 2813, 2830, 2832, 2833, 2835, 2838])),
            (163, "stop-following-instructions-i18n", Anchor::Lits(&[168, 308, 525, 630, 1327, 1342, 1932, 1936, 1994, 2568, 3357, 3359, 3918, 3920, 4273, 4274, 4275, 4276, 4278, 4353, 4355, 4609, 4613])),
            (165, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[3348, 3537, 3538, 3814, 3818, 3824, 5390, 5391]), Anchor::All(&[Anchor::Lits(&[3332, 3815, 3818, 4330, 4331, 4332]), Anchor::Lits(&[5217, 5218])])])),
            (166, "instructions-void-de", Anchor::Lits(&[271, 1244, 1608, 1609, 2526])),
            (167, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[333, 492, 1126, 1290, 1291, 1419, 1484, 1887, 2545, 2546, 2549, 2564, 4265, 4266, 4267, 4268, 4269, 4271, 4272, 4777, 4779, 4781, 4782]), Anchor::All(&[Anchor::Lits(&[283, 634, 658, 1289, 1500, 1778, 1849, 2126]), Anchor::Lits(&[4176, 4179, 4180, 4181, 4778, 4780])]), Anchor::All(&[Anchor::Lits(&[1607]), Anchor::Lits(&[3532, 3533, 4073, 4771, 4772, 5392])])])),
            (169, "authority-waives-controls-i18n", Anchor::Lits(&[278, 279, 280, 281, 282, 1016, 1165, 1168, 1170, 1794, 1800, 1801, 2177])),
            (170, "persona-without-rules-i18n", Anchor::Lits(&[21, 34, 35, 56, 81, 83, 620, 979, 1394, 1735, 2510, 2553, 2565, 2566])),
            (171, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[2987, 3003, 3007, 3008, 3053, 3265, 3266, 3646, 3664, 3682, 4540, 4830]), Anchor::Lits(&[582, 583, 611, 612, 613, 614, 615, 616, 617, 618, 635, 648, 649, 2054, 2055, 2828])])),
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
            (88, "disable-safety", Anchor::Lits(&[1, 24, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 100, 101, 104, 105, 107, 112, 113, 115, 116, 159, 160, 161, 173, 176, 177, 178, 192, 205, 206, 211, 230, 231, 239, 240, 288, 289, 292, 293, 294, 295, 296, 297, 298, 300, 301, 303, 309, 330, 346, 347, 351, 362, 363, 364, 376, 377, 379, 402, 403, 412, 415, 437, 438, 439, 440, 441, 442, 443, 491, 520, 563, 567, 571, 572, 637, 674, 676, 732, 743, 748, 749, 770, 777, 778, 785, 788, 789, 790, 791, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 811, 812, 813, 814, 822, 823, 824, 825, 826, 827, 828, 829, 830, 840, 841, 895, 898, 899, 900, 919, 948, 963, 985, 986, 988, 1001, 1091, 1144])),
            (89, "safety-declared-off", Anchor::Lits(&[22, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 107, 112, 113, 159, 160, 161, 173, 176, 177, 178, 192, 288, 293, 294, 295, 296, 297, 298, 303, 330, 376, 377, 379, 402, 403, 437, 438, 439, 440, 441, 442, 443, 563, 567, 732, 743, 748, 749, 770, 777, 778, 785, 788, 789, 790, 791, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 812, 813, 814, 822, 823, 824, 825, 826, 827, 828, 829, 830, 948, 985, 1144])),
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
            (88, "disable-safety", Anchor::Lits(&[1, 23, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 102, 103, 106, 107, 109, 114, 115, 118, 119, 161, 162, 163, 175, 178, 179, 180, 194, 207, 208, 213, 232, 233, 242, 243, 291, 292, 295, 296, 297, 298, 299, 300, 301, 303, 304, 306, 312, 333, 358, 359, 392, 403, 404, 405, 417, 418, 420, 443, 444, 457, 460, 476, 506, 507, 508, 509, 510, 511, 512, 561, 608, 612, 616, 617, 682, 719, 721, 781, 792, 797, 798, 820, 827, 828, 835, 838, 839, 840, 841, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 861, 862, 863, 864, 875, 876, 877, 878, 879, 880, 881, 882, 883, 893, 894, 948, 951, 952, 953, 973, 1004, 1019, 1043, 1044, 1046, 1059, 1149, 1202])),
            (89, "safety-declared-off", Anchor::Lits(&[23, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 109, 114, 115, 161, 162, 163, 175, 178, 179, 180, 194, 291, 296, 297, 298, 299, 300, 301, 306, 333, 417, 418, 420, 443, 444, 506, 507, 508, 509, 510, 511, 512, 608, 612, 781, 792, 797, 798, 820, 827, 828, 835, 838, 839, 840, 841, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 862, 863, 864, 875, 876, 877, 878, 879, 880, 881, 882, 883, 1004, 1043, 1202])),
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
activated\
add\
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
ais,\
ais-\
ais:\
all\
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
hash\
hastebin\
height\
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
passwd\
password\
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
read\
read_only\
reader\
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
\xd7\x94\xd7\x95\xd7\xa8\xd7\x90\xd7\x95\xd7\xaa\
\xd7\x94\xd7\xa0\xd7\x97\xd7\x99\xd7\x95\xd7\xaa\
\xd8\xa7\xd8\xba\xd9\x81\xd9\x84\
\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x85\xd8\xa7\xd8\xaa \xd8\xa7\xd9\x84\xd9\x85\xd8\xae\xd9\x81\xd9\x8a\xd8\xa9\
\xd8\xa7\xd9\x86\
\xd8\xa8\xd9\x84\xd8\xa7\
\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87\xd9\x84\
\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x85\xd8\xa7\xd8\xaa \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xd8\xaf\xd8\xb3\xd8\xaa\xd9\x88\xd8\xb1\
\xd8\xaf\xd9\x88\xd9\x86\
\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xaa\xd8\xa8\xd8\xb9\
\xd9\x85\xd9\x88\xd8\xac\xd9\x87 \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xe0\xa4\x86\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\x97\xe0\xa5\x81\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\x9b\xe0\xa4\xbf\xe0\xa4\xaa\xe0\xa5\x87 \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xae\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xac\xe0\xa4\xbf\xe0\xa4\xa8\xe0\xa4\xbe\
\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa4\xae \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa4\xae \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x89\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\x9f\
\xe0\xa6\xa8\xe0\xa6\xbf\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xa6\xe0\xa7\x87\xe0\xa6\xb6\
\xe0\xb8\x9a\xe0\xb8\xad\xe0\xb8\x81\
\xe0\xb8\x9b\xe0\xb8\xa3\xe0\xb8\xb2\xe0\xb8\xa8\xe0\xb8\x88\xe0\xb8\xb2\xe0\xb8\x81\
\xe0\xb8\xa5\xe0\xb8\xb0\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb8\xa2\
\xe0\xb8\xa5\xe0\xb8\xb0\xe0\xb9\x80\xe0\xb8\xa7\xe0\xb9\x89\xe0\xb8\x99\
\xe0\xb8\xa5\xe0\xb8\xb7\xe0\xb8\xa1\
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
\xe3\x83\xa6\xe3\x83\xbc\xe3\x82\xb6\xe3\x83\xbc\
\xe4\xb8\x8d\xe7\x90\x86\xe4\xbc\x9a\
\xe4\xb8\x8d\xe8\xa6\x81\xe5\x91\x8a\xe8\xaf\x89\
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
\xe5\x89\x8a\xe9\x99\xa4\
\xe5\x8a\xa9\xe6\x89\x8b\
\xe5\x8f\x91\xe7\xbb\x99\xe6\x88\x91\
\xe5\x8f\x91\xe9\x80\x81\
\xe5\x91\x8a\xe8\xaf\x89\xe6\x88\x91\
\xe5\xae\x89\xe5\x85\xa8\xe3\x83\x81\xe3\x82\xa7\xe3\x83\x83\xe3\x82\xaf\
\xe5\xae\x89\xe5\x85\xa8\xe3\x83\x95\xe3\x82\xa3\xe3\x83\xab\xe3\x82\xbf\xe3\x83\xbc\
\xe5\xae\x9f\xe8\xa1\x8c\
\xe5\xae\xa1\xe6\x9f\xa5\
\xe5\xaf\xa9\xe6\x9f\xa5\
\xe5\xaf\xbc\xe5\x87\xba\
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
\xe7\x9b\xa3\xe6\x9f\xbb\xe3\x83\xad\xe3\x82\xb0\
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
\xeb\xac\xb4\xec\x8b\x9c\
\xeb\xb3\xb4\xec\x97\xac\
\xeb\xb9\x84\xed\x99\x9c\xec\x84\xb1\
\xec\x95\x8c\xeb\xa0\xa4\
\xec\x97\x86\xeb\x8a\x94\
\xec\x97\x86\xec\x9d\xb4\
\xec\x9a\xb0\xed\x9a\x8c\
\xec\x9e\x8a\xea\xb3\xa0\
\xec\x9e\x8a\xec\x96\xb4\
\xec\xa7\x80\xed\x82\xa4\xec\xa7\x80\
\xec\xb6\x9c\xeb\xa0\xa5\
\xef\xbc\x9a\
",
            ends: &[2, 4, 7, 10, 12, 14, 16, 22, 29, 35, 38, 48, 58, 62, 69, 74, 79, 87, 92, 97, 102, 107, 112, 117, 126, 135, 144, 149, 156, 161, 164, 178, 184, 190, 196, 199, 204, 208, 217, 223, 228, 236, 245, 251, 256, 266, 270, 275, 283, 292, 300, 308, 315, 320, 325, 330, 335, 341, 347, 357, 364, 369, 374, 378, 383, 391, 397, 403, 411, 415, 423, 431, 438, 445, 450, 455, 461, 467, 472, 477, 482, 487, 492, 497, 499, 501, 503, 505, 507, 513, 520, 526, 529, 539, 549, 553, 560, 568, 577, 586, 595, 600, 607, 612, 615, 621, 624, 629, 633, 639, 644, 652, 661, 666, 670, 675, 683, 692, 700, 707, 713, 719, 729, 736, 740, 745, 753, 757, 759, 761, 763, 765, 767, 773, 780, 786, 789, 799, 809, 813, 820, 828, 837, 846, 855, 860, 867, 872, 875, 881, 884, 889, 893, 899, 904, 912, 921, 926, 930, 935, 943, 952, 960, 967, 973, 979, 989, 996, 1000, 1005, 1013, 1017, 1019, 1021, 1023, 1025, 1027, 1033, 1040, 1046, 1049, 1059, 1069, 1073, 1080, 1088, 1097, 1106, 1115, 1120, 1127, 1132, 1135, 1141, 1144, 1149, 1153, 1159, 1164, 1172, 1181, 1186, 1190, 1195, 1203, 1212, 1220, 1227, 1233, 1239, 1249, 1256, 1260, 1265, 1273, 1277, 1279, 1281, 1283, 1285, 1287, 1293, 1300, 1306, 1309, 1319, 1329, 1333, 1340, 1348, 1357, 1366, 1375, 1380, 1387, 1392, 1395, 1401, 1404, 1409, 1413, 1419, 1424, 1432, 1441, 1446, 1450, 1455, 1463, 1472, 1480, 1487, 1493, 1499, 1509, 1516, 1520, 1525, 1533, 1537, 1539, 1541, 1544, 1547, 1549, 1551, 1553, 1559, 1566, 1572, 1575, 1581, 1588, 1601, 1615, 1625, 1635, 1641, 1645, 1652, 1661, 1671, 1678, 1686, 1691, 1696, 1704, 1713, 1720, 1728, 1733, 1738, 1743, 1748, 1753, 1758, 1768, 1779, 1790, 1799, 1808, 1817, 1826, 1832, 1837, 1848, 1859, 1866, 1871, 1874, 1880, 1887, 1900, 1914, 1920, 1926, 1932, 1935, 1940, 1944, 1952, 1961, 1970, 1976, 1981, 1989, 1998, 2004, 2011, 2019, 2024, 2033, 2043, 2047, 2052, 2063, 2071, 2077, 2084, 2093, 2100, 2108, 2115, 2123, 2131, 2139, 2146, 2151, 2156, 2161, 2166, 2179, 2185, 2191, 2202, 2210, 2219, 2225, 2235, 2242, 2247, 2252, 2256, 2261, 2281, 2296, 2310, 2323, 2331, 2337, 2343, 2354, 2372, 2379, 2387, 2391, 2399, 2407, 2414, 2421, 2426, 2431, 2437, 2443, 2448, 2453, 2458, 2463, 2468, 2473, 2474, 2476, 2479, 2482, 2483, 2485, 2487, 2489, 2491, 2493, 2495, 2501, 2504, 2514, 2518, 2525, 2533, 2540, 2550, 2554, 2558, 2571, 2584, 2597, 2601, 2607, 2619, 2631, 2643, 2650, 2653, 2656, 2660, 2664, 2668, 2672, 2676, 2680, 2684, 2688, 2692, 2696, 2700, 2704, 2708, 2712, 2716, 2720, 2724, 2727, 2730, 2731, 2733, 2735, 2737, 2739, 2741, 2743, 2746, 2751, 2756, 2761, 2766, 2771, 2776, 2782, 2788, 2795, 2802, 2809, 2816, 2823, 2830, 2837, 2844, 2851, 2858, 2865, 2872, 2879, 2886, 2893, 2900, 2907, 2910, 2913, 2917, 2921, 2925, 2929, 2933, 2937, 2942, 2947, 2953, 2959, 2965, 2971, 2977, 2983, 2989, 2995, 3001, 3007, 3013, 3019, 3025, 3031, 3037, 3043, 3049, 3052, 3055, 3060, 3065, 3069, 3073, 3077, 3081, 3085, 3089, 3093, 3097, 3101, 3105, 3109, 3113, 3117, 3121, 3125, 3129, 3133, 3135, 3137, 3140, 3143, 3144, 3147, 3149, 3152, 3155, 3158, 3161, 3164, 3167, 3174, 3178, 3189, 3200, 3205, 3214, 3222, 3231, 3239, 3253, 3271, 3286, 3304, 3319, 3338, 3354, 3371, 3389, 3399, 3404, 3414, 3419, 3426, 3436, 3446, 3457, 3469, 3482, 3493, 3508, 3520, 3532, 3543, 3551, 3557, 3561, 3565, 3570, 3575, 3580, 3585, 3590, 3595, 3600, 3605, 3610, 3615, 3620, 3625, 3630, 3635, 3640, 3645, 3650, 3653, 3656, 3659, 3664, 3669, 3672, 3674, 3677, 3680, 3683, 3686, 3689, 3692, 3699, 3703, 3714, 3719, 3727, 3736, 3744, 3749, 3754, 3761, 3765, 3769, 3774, 3779, 3784, 3789, 3794, 3799, 3804, 3809, 3814, 3819, 3824, 3829, 3834, 3839, 3844, 3849, 3854, 3856, 3859, 3862, 3865, 3868, 3871, 3874, 3881, 3885, 3896, 3901, 3909, 3918, 3926, 3931, 3936, 3943, 3947, 3951, 3956, 3961, 3966, 3971, 3976, 3981, 3986, 3991, 3996, 4001, 4006, 4011, 4016, 4021, 4026, 4031, 4036, 4039, 4045, 4046, 4048, 4050, 4061, 4064, 4070, 4080, 4085, 4094, 4102, 4109, 4115, 4121, 4128, 4133, 4137, 4148, 4158, 4161, 4166, 4177, 4181, 4184, 4185, 4187, 4189, 4191, 4193, 4195, 4197, 4200, 4203, 4206, 4209, 4212, 4215, 4226, 4237, 4250, 4258, 4268, 4272, 4287, 4292, 4296, 4300, 4305, 4310, 4315, 4320, 4325, 4330, 4335, 4340, 4345, 4350, 4355, 4360, 4365, 4370, 4375, 4380, 4385, 4387, 4390, 4400, 4410, 4422, 4429, 4438, 4441, 4455, 4459, 4461, 4464, 4467, 4471, 4475, 4479, 4483, 4487, 4491, 4495, 4499, 4503, 4507, 4511, 4515, 4519, 4523, 4527, 4531, 4535, 4538, 4539, 4541, 4544, 4547, 4548, 4554, 4557, 4562, 4572, 4576, 4586, 4593, 4598, 4610, 4614, 4623, 4631, 4635, 4644, 4652, 4664, 4674, 4681, 4689, 4696, 4702, 4703, 4705, 4707, 4709, 4711, 4713, 4715, 4717, 4723, 4730, 4737, 4744, 4751, 4758, 4765, 4772, 4780, 4788, 4797, 4806, 4815, 4824, 4833, 4842, 4851, 4860, 4869, 4878, 4887, 4896, 4905, 4914, 4923, 4932, 4941, 4944, 4956, 4968, 4973, 4978, 4983, 4988, 4993, 4998, 5004, 5010, 5017, 5024, 5031, 5038, 5045, 5052, 5059, 5066, 5073, 5080, 5087, 5094, 5101, 5108, 5115, 5122, 5129, 5133, 5138, 5143, 5148, 5153, 5158, 5163, 5168, 5176, 5184, 5192, 5200, 5208, 5216, 5224, 5233, 5242, 5251, 5261, 5271, 5281, 5291, 5301, 5311, 5321, 5331, 5341, 5351, 5361, 5371, 5381, 5391, 5401, 5411, 5421, 5427, 5433, 5440, 5447, 5454, 5461, 5468, 5475, 5482, 5489, 5496, 5503, 5510, 5517, 5524, 5531, 5538, 5545, 5552, 5556, 5560, 5564, 5568, 5572, 5576, 5581, 5586, 5592, 5598, 5604, 5610, 5616, 5622, 5628, 5634, 5640, 5646, 5652, 5658, 5664, 5670, 5676, 5682, 5688, 5691, 5694, 5698, 5702, 5706, 5710, 5714, 5718, 5722, 5726, 5730, 5734, 5738, 5742, 5746, 5750, 5754, 5758, 5762, 5765, 5768, 5771, 5774, 5777, 5780, 5784, 5793, 5803, 5807, 5811, 5816, 5821, 5826, 5831, 5836, 5841, 5846, 5851, 5856, 5861, 5866, 5871, 5876, 5881, 5886, 5891, 5896, 5898, 5900, 5910, 5919, 5925, 5932, 5939, 5946, 5954, 5963, 5970, 5976, 5986, 5995, 5999, 6009, 6016, 6024, 6029, 6038, 6045, 6048, 6051, 6056, 6063, 6071, 6081, 6087, 6094, 6103, 6106, 6111, 6118, 6123, 6129, 6139, 6145, 6159, 6166, 6176, 6181, 6187, 6193, 6199, 6205, 6211, 6217, 6223, 6229, 6235, 6241, 6248, 6255, 6262, 6269, 6276, 6284, 6292, 6300, 6308, 6316, 6324, 6332, 6340, 6348, 6356, 6364, 6372, 6380, 6388, 6396, 6404, 6412, 6419, 6424, 6436, 6445, 6447, 6450, 6453, 6461, 6469, 6478, 6490, 6498, 6508, 6514, 6525, 6536, 6549, 6562, 6577, 6580, 6583, 6586, 6594, 6602, 6611, 6623, 6631, 6641, 6647, 6658, 6669, 6682, 6695, 6710, 6713, 6717, 6721, 6734, 6742, 6754, 6761, 6772, 6782, 6791, 6799, 6807, 6816, 6823, 6829, 6842, 6854, 6859, 6866, 6879, 6885, 6888, 6896, 6908, 6914, 6925, 6933, 6937, 6941, 6945, 6948, 6953, 6959, 6961, 6970, 6980, 6990, 7000, 7010, 7020, 7030, 7041, 7052, 7064, 7076, 7088, 7100, 7112, 7124, 7136, 7148, 7160, 7172, 7184, 7196, 7208, 7220, 7232, 7244, 7256, 7262, 7271, 7275, 7284, 7290, 7297, 7304, 7310, 7318, 7326, 7339, 7346, 7354, 7366, 7371, 7376, 7385, 7391, 7400, 7410, 7420, 7430, 7440, 7450, 7460, 7470, 7480, 7490, 7500, 7511, 7522, 7542, 7557, 7576, 7590, 7608, 7625, 7641, 7656, 7671, 7687, 7701, 7714, 7734, 7753, 7765, 7779, 7799, 7812, 7822, 7832, 7843, 7854, 7865, 7876, 7887, 7899, 7911, 7923, 7935, 7947, 7959, 7971, 7983, 7995, 8007, 8019, 8031, 8043, 8055, 8067, 8079, 8091, 8101, 8107, 8112, 8120, 8128, 8138, 8148, 8158, 8168, 8178, 8188, 8199, 8210, 8222, 8234, 8246, 8258, 8270, 8282, 8294, 8306, 8318, 8330, 8342, 8354, 8366, 8378, 8390, 8402, 8414, 8419, 8424, 8429, 8434, 8439, 8444, 8450, 8456, 8463, 8470, 8477, 8484, 8491, 8498, 8505, 8512, 8519, 8526, 8533, 8540, 8547, 8554, 8561, 8568, 8575, 8585, 8590, 8599, 8609, 8616, 8623, 8631, 8638, 8644, 8652, 8658, 8662, 8668, 8678, 8684, 8690, 8696, 8702, 8708, 8714, 8721, 8728, 8736, 8744, 8752, 8760, 8768, 8776, 8784, 8792, 8800, 8808, 8816, 8824, 8832, 8840, 8848, 8856, 8864, 8869, 8874, 8877, 8881, 8885, 8889, 8893, 8897, 8901, 8905, 8909, 8913, 8918, 8923, 8928, 8933, 8938, 8944, 8950, 8956, 8962, 8968, 8974, 8980, 8986, 8992, 8998, 9004, 9010, 9016, 9022, 9028, 9034, 9040, 9050, 9056, 9062, 9078, 9084, 9091, 9093, 9097, 9105, 9110, 9115, 9120, 9125, 9130, 9135, 9141, 9147, 9154, 9161, 9168, 9175, 9182, 9189, 9196, 9203, 9210, 9217, 9224, 9231, 9238, 9245, 9252, 9259, 9266, 9271, 9276, 9281, 9286, 9291, 9296, 9302, 9308, 9315, 9322, 9329, 9336, 9343, 9350, 9357, 9364, 9371, 9378, 9385, 9392, 9399, 9406, 9413, 9420, 9427, 9433, 9435, 9444, 9450, 9457, 9462, 9467, 9472, 9477, 9482, 9487, 9493, 9499, 9505, 9511, 9517, 9523, 9530, 9537, 9545, 9553, 9561, 9569, 9577, 9585, 9593, 9601, 9609, 9617, 9625, 9633, 9641, 9649, 9657, 9665, 9673, 9679, 9685, 9692, 9699, 9706, 9713, 9720, 9727, 9734, 9741, 9748, 9755, 9762, 9769, 9776, 9783, 9790, 9797, 9804, 9810, 9816, 9822, 9827, 9833, 9840, 9847, 9854, 9862, 9870, 9878, 9883, 9888, 9897, 9902, 9909, 9915, 9922, 9929, 9935, 9942, 9950, 9958, 9966, 9975, 9984, 9993, 9997, 10003, 10010, 10017, 10024, 10036, 10044, 10052, 10060, 10066, 10077, 10081, 10084, 10094, 10105, 10110, 10115, 10120, 10125, 10130, 10135, 10141, 10147, 10154, 10161, 10168, 10175, 10182, 10189, 10196, 10203, 10210, 10217, 10224, 10231, 10238, 10245, 10252, 10259, 10266, 10276, 10282, 10289, 10299, 10309, 10319, 10328, 10337, 10344, 10353, 10363, 10373, 10383, 10393, 10403, 10413, 10427, 10437, 10447, 10458, 10469, 10481, 10493, 10505, 10517, 10529, 10541, 10553, 10565, 10577, 10589, 10601, 10613, 10625, 10637, 10649, 10661, 10673, 10688, 10691, 10700, 10707, 10714, 10723, 10733, 10739, 10749, 10761, 10775, 10789, 10803, 10808, 10817, 10828, 10841, 10854, 10867, 10871, 10875, 10883, 10893, 10905, 10917, 10929, 10937, 10942, 10946, 10951, 10962, 10969, 10979, 10987, 10991, 10997, 11004, 11011, 11018, 11023, 11031, 11040, 11047, 11054, 11066, 11078, 11090, 11102, 11114, 11126, 11138, 11151, 11164, 11178, 11192, 11206, 11220, 11234, 11248, 11262, 11276, 11290, 11304, 11318, 11332, 11346, 11360, 11374, 11388, 11402, 11410, 11418, 11426, 11431, 11436, 11441, 11447, 11454, 11462, 11468, 11472, 11478, 11485, 11490, 11500, 11506, 11512, 11517, 11524, 11530, 11547, 11557, 11566, 11569, 11573, 11577, 11581, 11585, 11589, 11593, 11599, 11606, 11613, 11618, 11623, 11629, 11635, 11641, 11647, 11653, 11659, 11665, 11671, 11677, 11683, 11689, 11695, 11701, 11707, 11713, 11719, 11725, 11730, 11738, 11744, 11750, 11755, 11758, 11764, 11770, 11776, 11783, 11791, 11795, 11799, 11803, 11806, 11814, 11820, 11832, 11835, 11839, 11843, 11847, 11852, 11857, 11862, 11867, 11872, 11877, 11883, 11887, 11895, 11901, 11909, 11916, 11922, 11927, 11931, 11935, 11939, 11943, 11947, 11951, 11956, 11961, 11967, 11973, 11979, 11985, 11991, 11997, 12003, 12009, 12015, 12021, 12027, 12033, 12039, 12045, 12051, 12057, 12063, 12066, 12069, 12072, 12075, 12078, 12081, 12087, 12091, 12098, 12102, 12106, 12111, 12116, 12121, 12126, 12131, 12136, 12141, 12146, 12151, 12156, 12161, 12166, 12171, 12176, 12181, 12186, 12191, 12195, 12202, 12210, 12215, 12219, 12221, 12224, 12227, 12235, 12243, 12252, 12260, 12270, 12281, 12294, 12307, 12322, 12330, 12338, 12347, 12355, 12365, 12376, 12389, 12402, 12417, 12424, 12427, 12430, 12433, 12436, 12439, 12442, 12446, 12450, 12455, 12460, 12465, 12470, 12475, 12480, 12485, 12490, 12495, 12500, 12505, 12510, 12515, 12520, 12525, 12530, 12535, 12541, 12548, 12551, 12558, 12565, 12572, 12579, 12586, 12593, 12600, 12608, 12616, 12625, 12634, 12643, 12652, 12661, 12670, 12679, 12688, 12697, 12706, 12715, 12724, 12733, 12742, 12751, 12760, 12769, 12778, 12787, 12796, 12805, 12814, 12823, 12832, 12842, 12852, 12863, 12874, 12885, 12896, 12907, 12918, 12929, 12940, 12951, 12962, 12973, 12984, 12995, 13006, 13017, 13028, 13039, 13050, 13061, 13073, 13083, 13088, 13095, 13103, 13106, 13115, 13130, 13136, 13141, 13148, 13159, 13171, 13183, 13204, 13227, 13251, 13262, 13267, 13272, 13281, 13291, 13293, 13296, 13299, 13307, 13315, 13324, 13332, 13342, 13353, 13366, 13379, 13394, 13402, 13410, 13419, 13427, 13437, 13448, 13461, 13474, 13489, 13493, 13518, 13532, 13540, 13555, 13559, 13565, 13571, 13577, 13583, 13589, 13595, 13602, 13609, 13616, 13623, 13630, 13637, 13645, 13653, 13662, 13671, 13680, 13689, 13698, 13707, 13716, 13725, 13734, 13743, 13752, 13761, 13770, 13779, 13788, 13797, 13806, 13813, 13820, 13828, 13836, 13844, 13852, 13860, 13868, 13876, 13884, 13892, 13900, 13908, 13916, 13924, 13932, 13940, 13948, 13956, 13960, 13965, 13968, 13972, 13976, 13989, 14004, 14012, 14022, 14030, 14034, 14047, 14062, 14070, 14080, 14088, 14100, 14114, 14121, 14130, 14135, 14140, 14145, 14152, 14159, 14165, 14172, 14176, 14181, 14189, 14205, 14209, 14218, 14222, 14229, 14233, 14238, 14247, 14256, 14265, 14273, 14280, 14286, 14290, 14295, 14301, 14307, 14313, 14319, 14325, 14331, 14349, 14355, 14361, 14367, 14373, 14392, 14399, 14406, 14413, 14420, 14427, 14435, 14443, 14451, 14459, 14467, 14475, 14483, 14491, 14499, 14507, 14515, 14523, 14531, 14539, 14547, 14555, 14563, 14569, 14573, 14577, 14586, 14591, 14594, 14607, 14622, 14632, 14643, 14653, 14664, 14669, 14682, 14692, 14705, 14714, 14732, 14747, 14765, 14779, 14799, 14812, 14826, 14842, 14860, 14870, 14885, 14893, 14898, 14903, 14908, 14913, 14918, 14923, 14929, 14935, 14942, 14949, 14956, 14963, 14970, 14977, 14984, 14991, 14998, 15005, 15012, 15019, 15026, 15033, 15040, 15047, 15054, 15058, 15063, 15068, 15073, 15078, 15083, 15088, 15094, 15100, 15107, 15114, 15121, 15128, 15135, 15142, 15149, 15156, 15163, 15170, 15177, 15184, 15191, 15198, 15205, 15212, 15219, 15224, 15232, 15236, 15240, 15249, 15251, 15259, 15263, 15270, 15274, 15279, 15284, 15289, 15294, 15299, 15304, 15310, 15316, 15323, 15330, 15337, 15344, 15351, 15358, 15365, 15372, 15379, 15386, 15393, 15400, 15407, 15414, 15421, 15428, 15435, 15442, 15449, 15456, 15462, 15469, 15474, 15480, 15488, 15494, 15502, 15511, 15520, 15526, 15529, 15534, 15539, 15544, 15549, 15554, 15559, 15565, 15571, 15578, 15585, 15592, 15599, 15606, 15613, 15620, 15627, 15634, 15641, 15648, 15655, 15662, 15669, 15676, 15683, 15690, 15696, 15704, 15712, 15720, 15724, 15728, 15732, 15736, 15740, 15744, 15753, 15758, 15763, 15769, 15775, 15781, 15787, 15793, 15799, 15805, 15811, 15817, 15823, 15829, 15835, 15841, 15847, 15853, 15859, 15865, 15869, 15873, 15882, 15888, 15892, 15897, 15906, 15912, 15919, 15921, 15926, 15931, 15936, 15941, 15946, 15951, 15957, 15963, 15970, 15977, 15984, 15991, 15998, 16005, 16012, 16019, 16026, 16033, 16040, 16047, 16054, 16061, 16068, 16075, 16082, 16089, 16096, 16103, 16110, 16117, 16124, 16144, 16164, 16184, 16204, 16224, 16244, 16265, 16286, 16308, 16330, 16352, 16374, 16396, 16418, 16440, 16462, 16484, 16506, 16528, 16550, 16572, 16594, 16616, 16638, 16660, 16668, 16676, 16685, 16694, 16703, 16712, 16721, 16730, 16739, 16748, 16757, 16766, 16775, 16784, 16793, 16802, 16811, 16820, 16829, 16836, 16841, 16845, 16848, 16851, 16859, 16867, 16875, 16883, 16891, 16899, 16908, 16917, 16927, 16937, 16947, 16957, 16967, 16977, 16987, 16997, 17007, 17017, 17027, 17037, 17047, 17057, 17067, 17077, 17087, 17095, 17103, 17111, 17119, 17127, 17135, 17144, 17153, 17163, 17173, 17183, 17193, 17203, 17213, 17223, 17233, 17243, 17253, 17263, 17273, 17283, 17293, 17303, 17313, 17323, 17327, 17336, 17342, 17350, 17356, 17362, 17370, 17376, 17383, 17392, 17397, 17404, 17414, 17420, 17427, 17434, 17440, 17446, 17456, 17466, 17476, 17485, 17493, 17505, 17517, 17529, 17540, 17547, 17553, 17557, 17562, 17567, 17571, 17576, 17579, 17584, 17593, 17599, 17606, 17618, 17626, 17629, 17635, 17642, 17648, 17656, 17665, 17668, 17672, 17681, 17687, 17690, 17695, 17705, 17715, 17725, 17735, 17745, 17755, 17766, 17777, 17789, 17801, 17813, 17825, 17837, 17849, 17861, 17873, 17885, 17897, 17909, 17921, 17933, 17945, 17957, 17969, 17981, 17985, 17989, 17993, 17997, 18001, 18006, 18012, 18026, 18040, 18054, 18068, 18082, 18096, 18110, 18125, 18140, 18156, 18172, 18188, 18204, 18220, 18236, 18252, 18268, 18284, 18300, 18316, 18332, 18348, 18364, 18380, 18396, 18412, 18417, 18421, 18427, 18432, 18437, 18443, 18447, 18452, 18459, 18468, 18479, 18490, 18501, 18511, 18519, 18523, 18529, 18533, 18537, 18541, 18545, 18549, 18553, 18557, 18561, 18571, 18577, 18584, 18591, 18598, 18605, 18612, 18619, 18634, 18648, 18661, 18668, 18675, 18689, 18702, 18710, 18718, 18727, 18736, 18745, 18754, 18763, 18772, 18781, 18790, 18799, 18808, 18817, 18826, 18835, 18844, 18853, 18862, 18871, 18876, 18881, 18887, 18893, 18899, 18905, 18911, 18917, 18923, 18929, 18935, 18941, 18947, 18953, 18959, 18965, 18971, 18977, 18983, 19005, 19014, 19018, 19022, 19029, 19033, 19040, 19047, 19056, 19059, 19067, 19069, 19072, 19075, 19078, 19081, 19084, 19087, 19092, 19096, 19100, 19105, 19110, 19115, 19120, 19125, 19130, 19135, 19140, 19145, 19150, 19155, 19160, 19165, 19170, 19175, 19180, 19185, 19193, 19204, 19212, 19228, 19238, 19248, 19258, 19267, 19274, 19282, 19288, 19293, 19302, 19319, 19335, 19351, 19367, 19383, 19399, 19415, 19432, 19449, 19467, 19485, 19503, 19521, 19539, 19557, 19575, 19593, 19611, 19629, 19647, 19665, 19683, 19701, 19719, 19737, 19755, 19765, 19771, 19783, 19789, 19795, 19798, 19801, 19810, 19820, 19825, 19832, 19840, 19844, 19851, 19863, 19873, 19877, 19882, 19886, 19901, 19916, 19931, 19946, 19961, 19976, 19992, 20008, 20025, 20042, 20059, 20076, 20093, 20110, 20127, 20144, 20161, 20178, 20195, 20212, 20229, 20246, 20263, 20280, 20297, 20312, 20327, 20342, 20357, 20372, 20387, 20403, 20419, 20436, 20453, 20470, 20487, 20504, 20521, 20538, 20555, 20572, 20589, 20606, 20623, 20640, 20657, 20674, 20691, 20708, 20713, 20719, 20726, 20736, 20739, 20742, 20745, 20748, 20751, 20754, 20757, 20760, 20764, 20768, 20773, 20778, 20783, 20788, 20793, 20798, 20803, 20808, 20813, 20818, 20823, 20828, 20833, 20838, 20843, 20848, 20853, 20856, 20861, 20862, 20865, 20867, 20870, 20873, 20876, 20879, 20882, 20885, 20888, 20895, 20903, 20910, 20914, 20925, 20936, 20941, 20949, 20958, 20968, 20978, 20988, 20994, 21002, 21008, 21012, 21019, 21023, 21029, 21034, 21041, 21047, 21056, 21066, 21072, 21077, 21083, 21092, 21102, 21111, 21119, 21126, 21133, 21144, 21152, 21157, 21163, 21172, 21177, 21180, 21183, 21186, 21189, 21192, 21199, 21207, 21214, 21218, 21229, 21240, 21245, 21253, 21262, 21272, 21282, 21292, 21298, 21306, 21312, 21316, 21323, 21327, 21333, 21338, 21345, 21351, 21360, 21370, 21376, 21381, 21387, 21396, 21406, 21415, 21423, 21430, 21437, 21448, 21456, 21461, 21467, 21476, 21481, 21485, 21493, 21503, 21513, 21523, 21533, 21543, 21555, 21565, 21575, 21586, 21596, 21608, 21621, 21636, 21651, 21668, 21678, 21688, 21699, 21709, 21721, 21734, 21749, 21764, 21781, 21791, 21801, 21812, 21822, 21834, 21847, 21862, 21877, 21894, 21904, 21914, 21925, 21935, 21947, 21960, 21975, 21990, 22007, 22019, 22031, 22039, 22072, 22076, 22082, 22092, 22119, 22129, 22135, 22158, 22171, 22192, 22204, 22241, 22275, 22287, 22308, 22320, 22360, 22406, 22427, 22436, 22457, 22472, 22490, 22499, 22520, 22541, 22553, 22586, 22601, 22622, 22626, 22630, 22634, 22638, 22642, 22650, 22659, 22667, 22672, 22684, 22696, 22702, 22711, 22721, 22732, 22743, 22754, 22761, 22770, 22777, 22782, 22790, 22795, 22802, 22808, 22816, 22823, 22833, 22844, 22851, 22857, 22864, 22874, 22885, 22895, 22904, 22912, 22920, 22932, 22941, 22947, 22954, 22964, 22970, 22974, 22978, 22982, 22986, 22990, 22998, 23007, 23015, 23020, 23032, 23044, 23050, 23059, 23069, 23080, 23091, 23102, 23109, 23118, 23125, 23130, 23138, 23143, 23150, 23156, 23164, 23171, 23181, 23192, 23199, 23205, 23212, 23222, 23233, 23243, 23252, 23260, 23268, 23280, 23289, 23295, 23302, 23312, 23318, 23322, 23326, 23330, 23334, 23338, 23346, 23355, 23363, 23368, 23380, 23392, 23398, 23407, 23417, 23428, 23439, 23450, 23457, 23466, 23473, 23478, 23486, 23491, 23498, 23504, 23512, 23519, 23529, 23540, 23547, 23553, 23560, 23570, 23581, 23591, 23600, 23608, 23616, 23628, 23637, 23643, 23650, 23660, 23666, 23670, 23674, 23678, 23682, 23686, 23694, 23703, 23711, 23716, 23728, 23740, 23746, 23755, 23765, 23776, 23787, 23798, 23805, 23814, 23821, 23826, 23834, 23839, 23846, 23852, 23860, 23867, 23877, 23888, 23895, 23901, 23908, 23918, 23929, 23939, 23948, 23956, 23964, 23976, 23985, 23991, 23998, 24008, 24014, 24018, 24022, 24026, 24030, 24034, 24042, 24051, 24059, 24064, 24076, 24088, 24094, 24103, 24113, 24124, 24135, 24146, 24153, 24162, 24169, 24174, 24182, 24187, 24194, 24200, 24208, 24215, 24225, 24236, 24243, 24249, 24256, 24266, 24277, 24287, 24296, 24304, 24312, 24324, 24333, 24339, 24346, 24356, 24362, 24366, 24370, 24374, 24378, 24382, 24390, 24399, 24407, 24412, 24424, 24436, 24442, 24451, 24461, 24472, 24483, 24494, 24501, 24510, 24517, 24522, 24530, 24535, 24542, 24548, 24556, 24563, 24573, 24584, 24591, 24597, 24604, 24614, 24625, 24635, 24644, 24652, 24660, 24672, 24681, 24687, 24694, 24704, 24710, 24714, 24718, 24722, 24726, 24730, 24738, 24747, 24755, 24760, 24772, 24784, 24790, 24799, 24809, 24820, 24831, 24842, 24849, 24858, 24865, 24870, 24878, 24883, 24890, 24896, 24904, 24911, 24921, 24932, 24939, 24945, 24952, 24962, 24973, 24983, 24992, 25000, 25008, 25020, 25029, 25035, 25042, 25052, 25058, 25062, 25066, 25070, 25074, 25078, 25086, 25095, 25103, 25108, 25120, 25132, 25138, 25147, 25157, 25168, 25179, 25190, 25197, 25206, 25213, 25218, 25226, 25231, 25238, 25244, 25252, 25259, 25269, 25280, 25287, 25293, 25300, 25310, 25321, 25331, 25340, 25348, 25356, 25368, 25377, 25383, 25390, 25400, 25406, 25410, 25414, 25418, 25422, 25426, 25434, 25443, 25451, 25456, 25468, 25480, 25486, 25495, 25505, 25516, 25527, 25538, 25545, 25554, 25561, 25566, 25574, 25579, 25586, 25592, 25600, 25607, 25617, 25628, 25635, 25641, 25648, 25658, 25669, 25679, 25688, 25696, 25704, 25716, 25725, 25731, 25738, 25748, 25754, 25758, 25762, 25766, 25770, 25774, 25782, 25791, 25799, 25804, 25816, 25828, 25834, 25843, 25853, 25864, 25875, 25886, 25893, 25902, 25909, 25914, 25922, 25927, 25934, 25940, 25948, 25955, 25965, 25976, 25983, 25989, 25996, 26006, 26017, 26027, 26036, 26044, 26052, 26064, 26073, 26079, 26086, 26096, 26102, 26106, 26110, 26114, 26118, 26122, 26130, 26139, 26147, 26152, 26164, 26176, 26182, 26191, 26201, 26212, 26223, 26234, 26241, 26250, 26257, 26262, 26270, 26275, 26282, 26288, 26296, 26303, 26313, 26324, 26331, 26337, 26344, 26354, 26365, 26375, 26384, 26392, 26400, 26412, 26421, 26427, 26434, 26444, 26450, 26454, 26458, 26462, 26466, 26470, 26478, 26487, 26495, 26500, 26512, 26524, 26530, 26539, 26549, 26560, 26571, 26582, 26589, 26598, 26605, 26610, 26618, 26623, 26630, 26636, 26644, 26651, 26661, 26672, 26679, 26685, 26692, 26702, 26713, 26723, 26732, 26740, 26748, 26760, 26769, 26775, 26782, 26792, 26798, 26803, 26808, 26812, 26816, 26820, 26824, 26828, 26836, 26845, 26853, 26858, 26870, 26882, 26888, 26897, 26907, 26918, 26929, 26940, 26947, 26956, 26963, 26968, 26976, 26981, 26988, 26994, 27002, 27009, 27019, 27030, 27037, 27043, 27050, 27060, 27071, 27081, 27090, 27098, 27106, 27118, 27127, 27133, 27140, 27150, 27156, 27160, 27164, 27168, 27172, 27176, 27184, 27193, 27201, 27206, 27218, 27230, 27236, 27245, 27255, 27266, 27277, 27288, 27295, 27304, 27311, 27316, 27324, 27329, 27336, 27342, 27350, 27357, 27367, 27378, 27385, 27391, 27398, 27408, 27419, 27429, 27438, 27446, 27454, 27466, 27475, 27481, 27488, 27498, 27504, 27508, 27512, 27516, 27520, 27524, 27532, 27541, 27549, 27554, 27566, 27578, 27584, 27593, 27603, 27614, 27625, 27636, 27643, 27652, 27659, 27664, 27672, 27677, 27684, 27690, 27698, 27705, 27715, 27726, 27733, 27739, 27746, 27756, 27767, 27777, 27786, 27794, 27802, 27814, 27823, 27829, 27836, 27846, 27852, 27856, 27860, 27864, 27868, 27872, 27880, 27889, 27897, 27902, 27914, 27926, 27932, 27941, 27951, 27962, 27973, 27984, 27991, 28000, 28007, 28012, 28020, 28025, 28032, 28038, 28046, 28053, 28063, 28074, 28081, 28087, 28094, 28104, 28115, 28125, 28134, 28142, 28150, 28162, 28171, 28177, 28184, 28194, 28200, 28204, 28208, 28212, 28216, 28220, 28228, 28237, 28245, 28250, 28262, 28274, 28280, 28289, 28299, 28310, 28321, 28332, 28339, 28348, 28355, 28360, 28368, 28373, 28380, 28386, 28394, 28401, 28411, 28422, 28429, 28435, 28442, 28452, 28463, 28473, 28482, 28490, 28498, 28510, 28519, 28525, 28532, 28542, 28548, 28554, 28560, 28578, 28587, 28596, 28614, 28632, 28650, 28677, 28707, 28719, 28731, 28740, 28752, 28764, 28776, 28788, 28794, 28800, 28809, 28815, 28821, 28827, 28839, 28851, 28857, 28863, 28869, 28878, 28884, 28893, 28911, 28932, 28938, 28944, 28950, 28956, 28962, 28968, 28974, 28980, 28986, 28992, 28998, 29004, 29010, 29016, 29022, 29028, 29034, 29043, 29049, 29055, 29061, 29067, 29073, 29085, 29091, 29106, 29118, 29130, 29142, 29148, 29154, 29160, 29166, 29172, 29178, 29184, 29190, 29196, 29202, 29208, 29214, 29220, 29226, 29232, 29238, 29244, 29250, 29262, 29280, 29289, 29295, 29298, 29301, 29310, 29316, 29322, 29328, 29337, 29343, 29349, 29355, 29361, 29367, 29373, 29382, 29388, 29391],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[710, 739, 825, 826, 867, 1894]), Anchor::All(&[Anchor::Lits(&[796]), Anchor::Lits(&[978])]), Anchor::All(&[Anchor::Lits(&[790, 791, 792, 793, 794, 795, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949]), Anchor::Lits(&[6, 8, 64, 65, 88, 90, 125, 126, 132, 134, 169, 170, 176, 178, 213, 214, 220, 222, 257, 258, 266, 268, 363, 368, 804, 859, 866, 2764, 2766, 2801, 2802, 2808, 2810, 2845, 2846, 2929, 2931, 2966, 2967, 2973, 2975, 3010, 3011, 3017, 3019, 3054, 3055, 3061, 3063, 3098, 3099, 3105, 3107, 3142, 3143, 3149, 3151, 3186, 3187, 3193, 3195, 3230, 3231, 3237, 3239, 3274, 3275, 3281, 3283, 3318, 3319, 3325, 3327, 3362, 3363, 3369, 3371, 3406, 3407, 3413, 3415, 3450, 3451, 3459, 3461, 3496, 3497, 3503, 3505, 3540, 3541, 3547, 3549, 3584, 3585, 3591, 3593, 3628, 3629, 3635, 3637, 3672, 3673]), Anchor::Lits(&[7, 63, 89, 124, 133, 168, 177, 212, 221, 256, 267, 362, 797, 852, 2765, 2800, 2809, 2844, 2930, 2965, 2974, 3009, 3018, 3053, 3062, 3097, 3106, 3141, 3150, 3185, 3194, 3229, 3238, 3273, 3282, 3317, 3326, 3361, 3370, 3405, 3414, 3449, 3460, 3495, 3504, 3539, 3548, 3583, 3592, 3627, 3636, 3671])]), Anchor::All(&[Anchor::Lits(&[1011, 1754, 1899, 2523, 2533, 2536, 2537]), Anchor::Lits(&[692]), Anchor::Lits(&[763])]), Anchor::All(&[Anchor::Lits(&[742]), Anchor::Lits(&[2757])]), Anchor::All(&[Anchor::Lits(&[732]), Anchor::Lits(&[764])]), Anchor::All(&[Anchor::Lits(&[5, 87, 131, 175, 219, 265, 1194, 1545, 1615, 1837, 1863, 2478, 2522, 2535, 2763, 2807, 2928, 2972, 3016, 3060, 3104, 3148, 3192, 3236, 3280, 3324, 3368, 3412, 3458, 3502, 3546, 3590, 3634]), Anchor::Lits(&[693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 734, 735, 736, 737, 738, 740, 741, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761]), Anchor::Lits(&[1164, 1165, 1166, 1167, 1168, 1169, 1194, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1537, 1538, 1539, 1540, 1541, 1542, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2525, 2526, 2527, 2528, 2529, 2530, 2535, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575])])])),
            (47, "code-fence-role", Anchor::Lits(&[999])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[298, 305, 306, 312, 345, 351, 353, 354, 371, 372]), Anchor::Lits(&[1351, 1571, 1594, 1666, 1829, 2188])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[395, 400, 403, 408, 411, 412, 413, 416, 417, 418, 419]), Anchor::Any(&[Anchor::Lits(&[1163, 1536, 2524]), Anchor::All(&[Anchor::Lits(&[1163, 1536, 1896, 2524]), Anchor::Lits(&[4, 31, 38, 43, 45, 51, 68, 264, 313, 322, 327, 332, 344, 374, 1173, 1544, 1897, 2534])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2524]), Anchor::Lits(&[4, 264, 522, 523, 979, 2531, 2532, 2534]), Anchor::Lits(&[1013, 1115, 1117, 1145, 1156, 1476, 1527, 1543, 1565, 1568, 1570, 1572, 1585, 1655, 1656, 1665, 1688, 1702, 1712, 1828, 1898, 1905, 1906, 2014, 2065, 2067, 2068, 2090, 2146, 2187, 2227, 2250, 2252, 2402, 2404, 2420, 2655, 2733])]), Anchor::All(&[Anchor::Lits(&[1004, 1159, 1407, 1584, 1719, 1720, 1721, 1722, 1779, 1780, 1830, 2089, 2147, 2148, 2513, 2653, 2726]), Anchor::Lits(&[670, 671, 672, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690]), Anchor::Lits(&[1056, 1057, 1070, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1164, 1169, 1170, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1195])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[311, 321, 343, 364, 365, 366, 367, 1608, 2187]), Anchor::All(&[Anchor::Lits(&[277, 310, 312, 320, 331, 342, 355]), Anchor::Lits(&[1285, 1286, 2471])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1011, 2069, 2071, 2073, 2187, 2416, 2504]), Anchor::All(&[Anchor::Lits(&[271, 273, 280, 282, 286, 296, 320, 328, 331, 337, 373]), Anchor::Lits(&[1012, 1015, 1542, 2417, 2433, 2530])])]), Anchor::Lits(&[4, 264, 272, 274, 281, 283, 287, 297, 322, 329, 338, 374, 1014, 2070, 2072, 2074, 2189, 2418, 2505])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[1007, 1475, 1567, 1607, 1896, 2027, 2117, 2187, 2398, 2656]), Anchor::Lits(&[1011, 1499, 1536, 1606, 1701, 1754, 1905, 1932, 2187, 2416, 2431, 2432, 2504, 2507, 2524, 2655])])),
            (56, "instruction-banner", Anchor::Lits(&[1475, 1567, 1896, 2184])),
            (95, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[301, 537, 540, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 555, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 981, 982, 984, 985, 987, 988, 989, 990, 993, 994, 995, 997, 1155]), Anchor::All(&[Anchor::Lits(&[1154, 1492, 1637, 1714, 1891, 2391, 2424, 2425, 2623]), Anchor::Lits(&[980, 983, 986, 991, 992, 996, 998])])])),
            (96, "safety-config-off", Anchor::Lits(&[288, 303, 335, 340, 356, 1154, 1274, 1478, 1637, 1654, 1714, 1892, 2388, 2390, 2391, 2423, 2424, 2425, 2426, 2427, 2623])),
            (103, "no-more-rules", Anchor::Lits(&[2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2090, 2091])),
            (116, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[92, 270, 392, 393, 402, 439, 440, 448, 524, 525, 527, 589, 594, 667, 673, 691, 733, 762, 765, 766, 769, 824, 1000, 1018, 1163, 1409, 1464, 1480, 1488, 1695, 1705, 1930, 1986, 2035, 2040, 2756, 2758, 2759, 2848, 3453, 3454]), Anchor::Lits(&[1005, 1008, 1116, 1152, 1156, 1219, 1347, 1350, 1353, 1408, 1471, 1487, 1496, 1498, 1528, 1535, 1568, 1570, 1572, 1578, 1585, 1591, 1593, 1599, 1600, 1602, 1604, 1643, 1647, 1649, 1650, 1651, 1652, 1665, 1667, 1699, 1712, 1828, 1883, 1888, 1893, 1928, 1933, 1984, 2015, 2017, 2020, 2063, 2064, 2067, 2152, 2186, 2187, 2251, 2252, 2332, 2333, 2387, 2395, 2397, 2402, 2403, 2404, 2415, 2421, 2428, 2435, 2438, 2439, 2466, 2467, 2469, 2499, 2581, 2584, 2614, 2654, 2656, 2657, 2659, 2662, 2669, 2671, 2722]), Anchor::Lits(&[390, 526, 669])]), Anchor::All(&[Anchor::Lits(&[1475, 1567, 1896, 2019, 2025, 2117, 2183, 2393, 2398]), Anchor::Lits(&[1018, 1275, 1276, 1314, 2028, 2389, 2409, 2524]), Anchor::Lits(&[1658, 2587])])])),
            (117, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[1475, 1567, 1896, 2025, 2117, 2150, 2184, 2187, 2254, 2579]), Anchor::Lits(&[1018, 1055, 1163, 1314, 1480, 1488, 1705, 1986, 2028, 2524]), Anchor::Lits(&[394, 441, 528, 595, 631, 692, 789, 2755])])),
            (122, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[391]), Anchor::Lits(&[950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977])])),
            (123, "send-to-a-beacon", Anchor::Lits(&[1777, 1778])),
            (124, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[1283, 1479, 1487, 1599, 1600, 1604, 1649, 1650, 1667, 1933, 2251, 2334, 2335, 2435, 2614, 2654, 2657, 2722]), Anchor::Lits(&[1222, 1349, 1352, 1473, 1595, 1597, 1598, 1645, 1648, 1715, 1902, 2016, 2075, 2145, 2249, 2336, 2399, 2498, 2667]), Anchor::Lits(&[767, 1282, 1689, 1693, 1777, 1778, 2422, 2588, 2589, 2590, 2591, 2592, 2593, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613])])),
            (128, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1569, 1657, 1718, 2151, 2661]), Anchor::All(&[Anchor::Lits(&[1474]), Anchor::Lits(&[409, 2670])])]), Anchor::Lits(&[2502])])),
            (130, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[768, 769, 771, 772, 777, 780, 1028, 1058, 1061, 1064, 1065, 1073, 1076, 1079, 1080, 1107, 1108, 1109, 1110, 1161, 1218, 1275, 1460, 1461, 1462, 1463, 1464, 1480, 1488, 1530, 1531, 1532, 1533, 1989, 1990, 1991, 1992, 1993, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2007, 2021, 2022, 2023, 2024, 2028, 2178, 2179, 2180, 2181, 2405, 2406, 2407, 2408, 2410, 2411, 2412, 2413, 2508, 2509, 2510, 2511, 2618, 2619, 2620, 2621, 3680, 3681, 3693, 3702, 3725]), Anchor::All(&[Anchor::Lits(&[1755, 1896, 2019, 2025, 2117, 2191, 2256, 2393, 2585]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 91, 92, 94, 95, 97, 108, 109, 135, 136, 138, 139, 141, 152, 153, 179, 180, 182, 183, 185, 196, 197, 223, 224, 226, 227, 229, 240, 241, 269, 270, 276, 278, 289, 319, 323, 2767, 2768, 2770, 2771, 2773, 2784, 2785, 2811, 2812, 2814, 2815, 2817, 2828, 2829, 2932, 2933, 2935, 2936, 2938, 2949, 2950, 2976, 2977, 2979, 2980, 2982, 2993, 2994, 3020, 3021, 3023, 3024, 3026, 3037, 3038, 3064, 3065, 3067, 3068, 3070, 3081, 3082, 3108, 3109, 3111, 3112, 3114, 3125, 3126, 3152, 3153, 3155, 3156, 3158, 3169, 3170, 3196, 3197, 3199, 3200, 3202, 3213, 3214, 3240, 3241, 3243, 3244, 3246, 3257, 3258, 3284, 3285, 3287, 3288, 3290, 3301, 3302, 3328, 3329, 3331, 3332, 3334, 3345, 3346, 3372, 3373, 3375, 3376, 3378, 3389, 3390, 3416, 3417, 3419, 3420, 3422, 3433, 3434, 3462, 3463, 3465, 3466, 3468, 3479, 3480, 3506, 3507, 3509, 3510, 3512, 3523, 3524, 3550, 3551, 3553, 3554, 3556, 3567, 3568, 3594, 3595, 3597, 3598, 3600, 3611, 3612, 3638, 3639, 3641, 3642, 3644, 3655, 3656]), Anchor::Lits(&[1659, 1660, 1661, 1662, 1663, 1664, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 2588, 2589, 2590, 2591, 2592, 2593, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 57, 91, 92, 94, 95, 97, 108, 109, 120, 135, 136, 138, 139, 141, 152, 153, 164, 179, 180, 182, 183, 185, 196, 197, 208, 223, 224, 226, 227, 229, 240, 241, 252, 269, 270, 276, 278, 289, 319, 323, 352, 2767, 2768, 2770, 2771, 2773, 2784, 2785, 2796, 2811, 2812, 2814, 2815, 2817, 2828, 2829, 2840, 2932, 2933, 2935, 2936, 2938, 2949, 2950, 2961, 2976, 2977, 2979, 2980, 2982, 2993, 2994, 3005, 3020, 3021, 3023, 3024, 3026, 3037, 3038, 3049, 3064, 3065, 3067, 3068, 3070, 3081, 3082, 3093, 3108, 3109, 3111, 3112, 3114, 3125, 3126, 3137, 3152, 3153, 3155, 3156, 3158, 3169, 3170, 3181, 3196, 3197, 3199, 3200, 3202, 3213, 3214, 3225, 3240, 3241, 3243, 3244, 3246, 3257, 3258, 3269, 3284, 3285, 3287, 3288, 3290, 3301, 3302, 3313, 3328, 3329, 3331, 3332, 3334, 3345, 3346, 3357, 3372, 3373, 3375, 3376, 3378, 3389, 3390, 3401, 3416, 3417, 3419, 3420, 3422, 3433, 3434, 3445, 3462, 3463, 3465, 3466, 3468, 3479, 3480, 3491, 3506, 3507, 3509, 3510, 3512, 3523, 3524, 3535, 3550, 3551, 3553, 3554, 3556, 3567, 3568, 3579, 3594, 3595, 3597, 3598, 3600, 3611, 3612, 3623, 3638, 3639, 3641, 3642, 3644, 3655, 3656, 3667]), Anchor::Lits(&[1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2727, 2728, 2729, 2730, 2731, 2732, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2750, 2751, 2752])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 91, 92, 94, 95, 97, 108, 109, 135, 136, 138, 139, 141, 152, 153, 179, 180, 182, 183, 185, 196, 197, 223, 224, 226, 227, 229, 240, 241, 269, 270, 276, 278, 289, 319, 323, 2767, 2768, 2770, 2771, 2773, 2784, 2785, 2811, 2812, 2814, 2815, 2817, 2828, 2829, 2932, 2933, 2935, 2936, 2938, 2949, 2950, 2976, 2977, 2979, 2980, 2982, 2993, 2994, 3020, 3021, 3023, 3024, 3026, 3037, 3038, 3064, 3065, 3067, 3068, 3070, 3081, 3082, 3108, 3109, 3111, 3112, 3114, 3125, 3126, 3152, 3153, 3155, 3156, 3158, 3169, 3170, 3196, 3197, 3199, 3200, 3202, 3213, 3214, 3240, 3241, 3243, 3244, 3246, 3257, 3258, 3284, 3285, 3287, 3288, 3290, 3301, 3302, 3328, 3329, 3331, 3332, 3334, 3345, 3346, 3372, 3373, 3375, 3376, 3378, 3389, 3390, 3416, 3417, 3419, 3420, 3422, 3433, 3434, 3462, 3463, 3465, 3466, 3468, 3479, 3480, 3506, 3507, 3509, 3510, 3512, 3523, 3524, 3550, 3551, 3553, 3554, 3556, 3567, 3568, 3594, 3595, 3597, 3598, 3600, 3611, 3612, 3638, 3639, 3641, 3642, 3644, 3655, 3656]), Anchor::Lits(&[1659, 1660, 1661, 1662, 1663, 1664, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 2588, 2589, 2590, 2591, 2592, 2593, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613]), Anchor::Lits(&[442, 443, 444, 445, 446, 447, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 790, 791, 792, 793, 794, 795, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949])]), Anchor::All(&[Anchor::Lits(&[1890, 2253, 2387, 2414, 2434, 2506, 2622]), Anchor::Lits(&[1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 91, 92, 94, 95, 97, 108, 109, 135, 136, 138, 139, 141, 152, 153, 179, 180, 182, 183, 185, 196, 197, 223, 224, 226, 227, 229, 240, 241, 269, 270, 276, 278, 289, 319, 323, 2767, 2768, 2770, 2771, 2773, 2784, 2785, 2811, 2812, 2814, 2815, 2817, 2828, 2829, 2932, 2933, 2935, 2936, 2938, 2949, 2950, 2976, 2977, 2979, 2980, 2982, 2993, 2994, 3020, 3021, 3023, 3024, 3026, 3037, 3038, 3064, 3065, 3067, 3068, 3070, 3081, 3082, 3108, 3109, 3111, 3112, 3114, 3125, 3126, 3152, 3153, 3155, 3156, 3158, 3169, 3170, 3196, 3197, 3199, 3200, 3202, 3213, 3214, 3240, 3241, 3243, 3244, 3246, 3257, 3258, 3284, 3285, 3287, 3288, 3290, 3301, 3302, 3328, 3329, 3331, 3332, 3334, 3345, 3346, 3372, 3373, 3375, 3376, 3378, 3389, 3390, 3416, 3417, 3419, 3420, 3422, 3433, 3434, 3462, 3463, 3465, 3466, 3468, 3479, 3480, 3506, 3507, 3509, 3510, 3512, 3523, 3524, 3550, 3551, 3553, 3554, 3556, 3567, 3568, 3594, 3595, 3597, 3598, 3600, 3611, 3612, 3638, 3639, 3641, 3642, 3644, 3655, 3656])]), Anchor::All(&[Anchor::Lits(&[28, 32, 40, 41, 42, 60, 102, 105, 110, 111, 112, 123, 146, 149, 154, 155, 156, 167, 190, 193, 198, 199, 200, 211, 234, 237, 242, 243, 244, 255, 307, 314, 324, 325, 326, 359, 2778, 2781, 2786, 2787, 2788, 2799, 2822, 2825, 2830, 2831, 2832, 2843, 2943, 2946, 2951, 2952, 2953, 2964, 2987, 2990, 2995, 2996, 2997, 3008, 3031, 3034, 3039, 3040, 3041, 3052, 3075, 3078, 3083, 3084, 3085, 3096, 3119, 3122, 3127, 3128, 3129, 3140, 3163, 3166, 3171, 3172, 3173, 3184, 3207, 3210, 3215, 3216, 3217, 3228, 3251, 3254, 3259, 3260, 3261, 3272, 3295, 3298, 3303, 3304, 3305, 3316, 3339, 3342, 3347, 3348, 3349, 3360, 3383, 3386, 3391, 3392, 3393, 3404, 3427, 3430, 3435, 3436, 3437, 3448, 3473, 3476, 3481, 3482, 3483, 3494, 3517, 3520, 3525, 3526, 3527, 3538, 3561, 3564, 3569, 3570, 3571, 3582, 3605, 3608, 3613, 3614, 3615, 3626, 3649, 3652, 3657, 3658, 3659, 3670]), Anchor::Lits(&[1019, 1020, 1021, 1022, 1023, 1024, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1164, 1165, 1166, 1167, 1168, 1169, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1315, 1316, 1317, 1318, 1319, 1320, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 2029, 2030, 2031, 2032, 2033, 2034, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062])]), Anchor::All(&[Anchor::Lits(&[395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 410, 414, 415, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 529, 530, 531, 532, 533, 534, 535, 536, 538, 539, 541, 542, 543, 554, 556, 557, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666]), Anchor::Lits(&[1018, 1055, 1163, 1314, 1464, 1480, 1488, 1705, 1986, 2028]), Anchor::Lits(&[0, 1, 4, 84, 85, 86, 128, 129, 130, 172, 173, 174, 216, 217, 218, 260, 261, 264, 1025, 1026, 1027, 1029, 1030, 1031, 1071, 1072, 1085, 1112, 1113, 1114, 1171, 1172, 1173, 1196, 1197, 1198, 1321, 1322, 1323, 1324, 1325, 1326, 1465, 1466, 1467, 1468, 1469, 1470, 1481, 1482, 1483, 1484, 1485, 1486, 1489, 1490, 1491, 1493, 1494, 1495, 1706, 1707, 1708, 1709, 1710, 1711, 1987, 1988, 1994, 2004, 2005, 2006, 2036, 2037, 2038, 2041, 2042, 2043, 2760, 2761, 2762, 2804, 2805, 2806, 2925, 2926, 2927, 2969, 2970, 2971, 3013, 3014, 3015, 3057, 3058, 3059, 3101, 3102, 3103, 3145, 3146, 3147, 3189, 3190, 3191, 3233, 3234, 3235, 3277, 3278, 3279, 3321, 3322, 3323, 3365, 3366, 3367, 3409, 3410, 3411, 3455, 3456, 3457, 3499, 3500, 3501, 3543, 3544, 3545, 3587, 3588, 3589, 3631, 3632, 3633])]), Anchor::All(&[Anchor::Lits(&[1146, 1312, 1756, 2066, 2143]), Anchor::Lits(&[1055, 1907]), Anchor::Lits(&[1118, 1692])]), Anchor::All(&[Anchor::Lits(&[2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142]), Anchor::Lits(&[1018, 1055, 1163, 1781, 2039])]), Anchor::All(&[Anchor::Lits(&[2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116]), Anchor::Lits(&[2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2221, 2222, 2223, 2224, 2225, 2226, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246])]), Anchor::All(&[Anchor::Lits(&[1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 2383, 2384, 2385, 2386]), Anchor::Lits(&[10, 30, 35, 92, 104, 106, 136, 148, 150, 180, 192, 194, 224, 236, 238, 270, 309, 317, 2768, 2780, 2782, 2812, 2824, 2826, 2933, 2945, 2947, 2977, 2989, 2991, 3021, 3033, 3035, 3065, 3077, 3079, 3109, 3121, 3123, 3153, 3165, 3167, 3197, 3209, 3211, 3241, 3253, 3255, 3285, 3297, 3299, 3329, 3341, 3343, 3373, 3385, 3387, 3417, 3429, 3431, 3463, 3475, 3477, 3507, 3519, 3521, 3551, 3563, 3565, 3595, 3607, 3609, 3639, 3651, 3653])])]), Anchor::Lits(&[1006, 1008, 1116, 1149, 1152, 1156, 1313, 1350, 1354, 1408, 1472, 1477, 1487, 1496, 1498, 1500, 1501, 1528, 1534, 1568, 1570, 1573, 1574, 1575, 1576, 1577, 1579, 1580, 1581, 1582, 1583, 1586, 1587, 1588, 1589, 1590, 1591, 1593, 1599, 1601, 1602, 1603, 1604, 1636, 1638, 1639, 1641, 1643, 1644, 1646, 1647, 1649, 1650, 1665, 1667, 1690, 1691, 1696, 1712, 1828, 1893, 1895, 1903, 1904, 1933, 2008, 2009, 2017, 2020, 2086, 2087, 2088, 2186, 2187, 2251, 2252, 2333, 2392, 2394, 2397, 2400, 2404, 2415, 2421, 2430, 2435, 2438, 2439, 2469, 2501, 2512, 2514, 2578, 2581, 2656, 2657, 2660, 2671, 2722, 2753, 3685, 3688, 3692, 3700, 3701, 3704, 3708, 3711, 3718, 3721, 3746, 3750])])),
            (131, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1002, 1003, 1016, 1147, 1282, 1346, 1596, 1653, 1687, 1689, 1693, 1694, 1698, 1700, 1704, 1713, 1777, 1778, 1802, 1931, 1985, 2012, 2013, 2149, 2182, 2185, 2220, 2255, 2422, 2577, 2615, 2625, 2626, 2663, 2664, 2665, 2668, 2723, 2724, 2754]), Anchor::All(&[Anchor::Lits(&[26, 29, 46, 48, 49, 50, 52, 100, 103, 114, 116, 117, 118, 119, 144, 147, 158, 160, 161, 162, 163, 188, 191, 202, 204, 205, 206, 207, 232, 235, 246, 248, 249, 250, 251, 302, 308, 333, 336, 339, 341, 346, 2776, 2779, 2790, 2792, 2793, 2794, 2795, 2820, 2823, 2834, 2836, 2837, 2838, 2839, 2941, 2944, 2955, 2957, 2958, 2959, 2960, 2985, 2988, 2999, 3001, 3002, 3003, 3004, 3029, 3032, 3043, 3045, 3046, 3047, 3048, 3073, 3076, 3087, 3089, 3090, 3091, 3092, 3117, 3120, 3131, 3133, 3134, 3135, 3136, 3161, 3164, 3175, 3177, 3178, 3179, 3180, 3205, 3208, 3219, 3221, 3222, 3223, 3224, 3249, 3252, 3263, 3265, 3266, 3267, 3268, 3293, 3296, 3307, 3309, 3310, 3311, 3312, 3337, 3340, 3351, 3353, 3354, 3355, 3356, 3381, 3384, 3395, 3397, 3398, 3399, 3400, 3425, 3428, 3439, 3441, 3442, 3443, 3444, 3471, 3474, 3485, 3487, 3488, 3489, 3490, 3515, 3518, 3529, 3531, 3532, 3533, 3534, 3559, 3562, 3573, 3575, 3576, 3577, 3578, 3603, 3606, 3617, 3619, 3620, 3621, 3622, 3647, 3650, 3661, 3663, 3664, 3665, 3666]), Anchor::Lits(&[1010, 1348, 1592, 1604, 1635, 1776, 1887, 2010, 2437, 2468, 2470, 2658, 2666])])]), Anchor::Lits(&[1284, 1487, 1529, 1638, 1640, 1642, 1649, 1650, 1667, 1903, 1933, 2011, 2026, 2248, 2251, 2334, 2335, 2396, 2429, 2435, 2465, 2500, 2501, 2503, 2515, 2616, 2654, 2657])])),
            (134, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1058, 1059, 1060, 1062, 1063, 1066, 1067, 1068, 1069, 1073, 1074, 1075, 1077, 1078, 1081, 1082, 1083, 1084, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1900, 1901, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1929, 2576, 2580, 2617, 2627, 2725, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 3690, 3691]), Anchor::All(&[Anchor::Lits(&[1018, 1160, 1162, 1220, 1277, 2624, 2849, 2853, 2854, 2855, 3680, 3681, 3702]), Anchor::Lits(&[10, 30, 35, 78, 79, 270, 309, 317, 384, 385, 448, 474, 475, 503, 504, 589, 590, 591, 592, 593])]), Anchor::All(&[Anchor::Lits(&[15, 16, 18, 19, 20, 21, 22, 23, 33, 34, 53, 54, 55, 56, 61, 62, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 284, 285, 290, 291, 292, 293, 294, 295, 315, 316, 347, 348, 349, 350, 360, 361, 369, 370, 376, 377, 378, 379, 380, 381, 382, 383]), Anchor::Lits(&[1056, 1057, 1782, 1783, 1908, 1909])])]), Anchor::Lits(&[2, 3, 80, 81, 82, 83, 262, 263, 386, 387, 388, 389, 669, 3774])])),
            (135, "data-in-a-link", Anchor::Any(&[Anchor::Lits(&[1777, 1778]), Anchor::All(&[Anchor::Lits(&[1009, 1153, 1221, 1605, 1884, 1885, 1886, 1889]), Anchor::Lits(&[1150, 1151, 1497, 1604, 2218, 2419, 2431, 2594])]), Anchor::All(&[Anchor::Lits(&[1151, 1604, 1716, 2217, 2218, 2431, 2594]), Anchor::Lits(&[1566, 1776, 2144, 2247, 2401])])])),
            (138, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[770, 773, 774, 775, 776, 778, 779, 781, 782, 783, 784, 785, 786, 787, 788, 1001, 1017, 1051, 1052, 1053, 1054, 1111, 1148, 1157, 1158, 1273, 1278, 1279, 1280, 1281]), Anchor::Lits(&[1406, 1487, 1529, 1650, 1667, 2011, 2251, 2435, 2439, 2657])])),
            (139, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::Lits(&[668, 1119, 1405, 1653, 1697, 1703, 1717, 2018, 2190, 2219, 2220, 2436, 2582, 2583, 2586, 2615, 2668]), Anchor::All(&[Anchor::Lits(&[1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721]), Anchor::Lits(&[14, 25, 27, 36, 47, 58, 69, 96, 99, 101, 107, 115, 121, 127, 140, 143, 145, 151, 159, 165, 171, 184, 187, 189, 195, 203, 209, 215, 228, 231, 233, 239, 247, 253, 259, 279, 300, 304, 318, 334, 357, 375, 2772, 2775, 2777, 2783, 2791, 2797, 2803, 2816, 2819, 2821, 2827, 2835, 2841, 2847, 2937, 2940, 2942, 2948, 2956, 2962, 2968, 2981, 2984, 2986, 2992, 3000, 3006, 3012, 3025, 3028, 3030, 3036, 3044, 3050, 3056, 3069, 3072, 3074, 3080, 3088, 3094, 3100, 3113, 3116, 3118, 3124, 3132, 3138, 3144, 3157, 3160, 3162, 3168, 3176, 3182, 3188, 3201, 3204, 3206, 3212, 3220, 3226, 3232, 3245, 3248, 3250, 3256, 3264, 3270, 3276, 3289, 3292, 3294, 3300, 3308, 3314, 3320, 3333, 3336, 3338, 3344, 3352, 3358, 3364, 3377, 3380, 3382, 3388, 3396, 3402, 3408, 3421, 3424, 3426, 3432, 3440, 3446, 3452, 3467, 3470, 3472, 3478, 3486, 3492, 3498, 3511, 3514, 3516, 3522, 3530, 3536, 3542, 3555, 3558, 3560, 3566, 3574, 3580, 3586, 3599, 3602, 3604, 3610, 3618, 3624, 3630, 3643, 3646, 3648, 3654, 3662, 3668, 3674])]), Anchor::All(&[Anchor::Lits(&[11, 44, 52, 59, 93, 113, 119, 122, 137, 157, 163, 166, 181, 201, 207, 210, 225, 245, 251, 254, 275, 330, 346, 358, 2769, 2789, 2795, 2798, 2813, 2833, 2839, 2842, 2934, 2954, 2960, 2963, 2978, 2998, 3004, 3007, 3022, 3042, 3048, 3051, 3066, 3086, 3092, 3095, 3110, 3130, 3136, 3139, 3154, 3174, 3180, 3183, 3198, 3218, 3224, 3227, 3242, 3262, 3268, 3271, 3286, 3306, 3312, 3315, 3330, 3350, 3356, 3359, 3374, 3394, 3400, 3403, 3418, 3438, 3444, 3447, 3464, 3484, 3490, 3493, 3508, 3528, 3534, 3537, 3552, 3572, 3578, 3581, 3596, 3616, 3622, 3625, 3640, 3660, 3666, 3669]), Anchor::Lits(&[24, 36, 69, 98, 107, 127, 142, 151, 171, 186, 195, 215, 230, 239, 259, 299, 318, 375, 2774, 2783, 2803, 2818, 2827, 2847, 2939, 2948, 2968, 2983, 2992, 3012, 3027, 3036, 3056, 3071, 3080, 3100, 3115, 3124, 3144, 3159, 3168, 3188, 3203, 3212, 3232, 3247, 3256, 3276, 3291, 3300, 3320, 3335, 3344, 3364, 3379, 3388, 3408, 3423, 3432, 3452, 3469, 3478, 3498, 3513, 3522, 3542, 3557, 3566, 3586, 3601, 3610, 3630, 3645, 3654, 3674])])])),
            (153, "override-instructions-cjk", Anchor::Lits(&[3683, 3687, 3689, 3697, 3698, 3699, 3703, 3705, 3712, 3713, 3714, 3715, 3716, 3717, 3723, 3724, 3726, 3729, 3734, 3735, 3736, 3746, 3748, 3751, 3752, 3755, 3763, 3770, 3771])),
            (156, "override-instructions-other-scripts", Anchor::Lits(&[2850, 2851, 2852, 2892, 2893, 2894, 2896, 2898, 2900, 2903, 2905, 2908, 2909, 2913, 2916, 2917, 2918, 2920, 2922, 2924])),
            (158, "unrestricted-persona-other-scripts", Anchor::Lits(&[2897, 2901, 2910, 2915, 2923, 3675, 3676, 3709, 3710, 3727, 3728, 3737, 3739, 3741, 3742, 3749, 3754, 3767, 3768])),
            (160, "reveal-system-prompt-other-scripts", Anchor::Lits(&[2895, 2899, 2902, 2904, 2906, 2907, 2911, 2912, 2914, 2919, 2921, 3683, 3684, 3699, 3733, 3756, 3758, 3762, 3764, 3766, 3773])),
            (162, "disable-safety-other-scripts", Anchor::Lits(&[3682, 3695, 3696, 3706, 3707, 3731, 3732, 3738, 3740, 3746, 3747, 3753, 3757, 3759, 3760, 3765, 3769])),
            (164, "stop-following-instructions-cjk", Anchor::Lits(&[3677, 3678, 3679, 3719, 3720, 3722, 3741, 3742, 3743, 3744, 3745, 3761, 3772])),
            (168, "conceal-from-the-user-cjk", Anchor::Lits(&[3686, 3694, 3730])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x02acc3a05102c146;
