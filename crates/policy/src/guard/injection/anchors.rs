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
\x20circumvent \
\x20classifier\
\x20classifier \
\x20claude \
\x20clear text \
\x20cleared \
\x20cleartext \
\x20cliente\
\x20coded you\
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
\x20first letter\
\x20first word\
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
\x20queries to \
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
\x20request\
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
\x20steps to \
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
\xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd1\x96\xd0\xb2\xd0\xba\
\xd0\xb8\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd0\xb8\
\xd0\xba\xd0\xbe\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\
\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\
\xd0\xbf\xd1\x80\xd0\xbe\xd0\xbc\xd0\xbf\xd1\x82\
\xd1\x83\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xb8\
\xd1\x96\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd1\x96\
",
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 185, 193, 202, 208, 215, 222, 230, 247, 265, 295, 303, 312, 330, 349, 364, 380, 393, 400, 417, 435, 441, 448, 466, 485, 494, 504, 516, 522, 529, 536, 544, 559, 570, 578, 591, 602, 610, 620, 631, 643, 654, 662, 672, 681, 689, 701, 712, 725, 734, 749, 756, 770, 787, 808, 825, 836, 857, 875, 892, 906, 913, 927, 943, 961, 972, 984, 999, 1012, 1023, 1031, 1045, 1054, 1066, 1069, 1073, 1084, 1097, 1112, 1120, 1129, 1141, 1151, 1159, 1164, 1171, 1181, 1188, 1201, 1205, 1218, 1229, 1243, 1256, 1270, 1286, 1300, 1315, 1324, 1340, 1350, 1366, 1378, 1387, 1401, 1416, 1436, 1451, 1474, 1485, 1498, 1507, 1518, 1526, 1541, 1557, 1565, 1571, 1583, 1592, 1605, 1614, 1624, 1631, 1639, 1647, 1656, 1674, 1693, 1705, 1714, 1724, 1743, 1763, 1779, 1796, 1814, 1833, 1840, 1848, 1859, 1870, 1885, 1902, 1910, 1923, 1935, 1943, 1953, 1966, 1976, 2001, 2011, 2020, 2031, 2052, 2069, 2092, 2111, 2123, 2140, 2160, 2184, 2204, 2218, 2228, 2243, 2262, 2282, 2296, 2311, 2327, 2346, 2369, 2388, 2401, 2405, 2413, 2422, 2430, 2436, 2450, 2460, 2469, 2479, 2494, 2504, 2513, 2523, 2531, 2545, 2562, 2581, 2590, 2599, 2616, 2624, 2632, 2639, 2643, 2649, 2659, 2675, 2687, 2694, 2706, 2719, 2738, 2751, 2762, 2771, 2785, 2795, 2806, 2813, 2827, 2836, 2851, 2865, 2880, 2892, 2904, 2919, 2928, 2936, 2945, 2956, 2964, 2971, 2976, 2983, 2996, 3011, 3024, 3034, 3042, 3052, 3063, 3081, 3101, 3123, 3138, 3154, 3173, 3190, 3205, 3217, 3225, 3242, 3255, 3281, 3312, 3339, 3371, 3378, 3386, 3392, 3403, 3420, 3429, 3439, 3452, 3464, 3483, 3498, 3510, 3522, 3535, 3549, 3559, 3571, 3584, 3594, 3605, 3613, 3624, 3635, 3646, 3657, 3668, 3681, 3695, 3709, 3723, 3737, 3751, 3767, 3773, 3778, 3786, 3795, 3803, 3815, 3823, 3831, 3839, 3843, 3849, 3857, 3865, 3872, 3880, 3895, 3919, 3937, 3949, 3967, 3989, 4007, 4023, 4035, 4048, 4060, 4073, 4085, 4101, 4114, 4129, 4143, 4157, 4172, 4183, 4196, 4208, 4224, 4241, 4256, 4268, 4277, 4299, 4319, 4324, 4332, 4342, 4353, 4362, 4373, 4384, 4396, 4404, 4417, 4434, 4438, 4443, 4455, 4469, 4485, 4494, 4504, 4517, 4528, 4537, 4545, 4556, 4562, 4572, 4582, 4593, 4605, 4620, 4638, 4646, 4658, 4667, 4679, 4693, 4707, 4723, 4730, 4738, 4746, 4754, 4766, 4778, 4790, 4803, 4815, 4827, 4841, 4850, 4860, 4871, 4886, 4901, 4916, 4931, 4946, 4963, 4975, 4989, 5003, 5010, 5026, 5040, 5055, 5072, 5088, 5101, 5114, 5126, 5141, 5157, 5175, 5193, 5208, 5225, 5237, 5250, 5269, 5278, 5286, 5295, 5305, 5314, 5327, 5341, 5357, 5372, 5384, 5396, 5407, 5421, 5436, 5451, 5466, 5483, 5500, 5514, 5530, 5541, 5553, 5568, 5586, 5597, 5609, 5623, 5636, 5646, 5656, 5665, 5677, 5690, 5703, 5716, 5731, 5746, 5758, 5772, 5781, 5791, 5804, 5820, 5836, 5841, 5845, 5852, 5864, 5871, 5879, 5887, 5895, 5903, 5911, 5928, 5938, 5950, 5960, 5974, 5979, 5987, 5996, 6006, 6012, 6020, 6027, 6035, 6044, 6053, 6065, 6076, 6088, 6096, 6108, 6117, 6128, 6136, 6146, 6157, 6171, 6180, 6193, 6201, 6216, 6230, 6242, 6255, 6271, 6299, 6306, 6314, 6328, 6343, 6359, 6376, 6391, 6408, 6421, 6436, 6447, 6459, 6479, 6502, 6521, 6540, 6554, 6567, 6579, 6587, 6606, 6616, 6626, 6644, 6664, 6683, 6702, 6720, 6735, 6751, 6763, 6776, 6788, 6803, 6815, 6831, 6844, 6852, 6861, 6874, 6885, 6893, 6906, 6920, 6942, 6965, 6988, 7002, 7017, 7029, 7042, 7056, 7063, 7070, 7086, 7104, 7124, 7137, 7151, 7168, 7183, 7196, 7202, 7215, 7223, 7236, 7249, 7257, 7266, 7278, 7290, 7301, 7313, 7326, 7336, 7341, 7358, 7370, 7376, 7389, 7403, 7417, 7427, 7445, 7462, 7474, 7485, 7496, 7513, 7524, 7532, 7544, 7558, 7570, 7582, 7590, 7599, 7608, 7621, 7636, 7650, 7659, 7667, 7675, 7689, 7699, 7709, 7720, 7731, 7743, 7754, 7766, 7778, 7788, 7799, 7809, 7822, 7839, 7862, 7880, 7899, 7916, 7925, 7933, 7940, 7951, 7967, 7978, 7995, 8004, 8015, 8019, 8031, 8040, 8057, 8071, 8085, 8106, 8124, 8142, 8163, 8180, 8189, 8204, 8215, 8226, 8239, 8249, 8261, 8269, 8280, 8289, 8300, 8311, 8323, 8329, 8339, 8350, 8359, 8371, 8381, 8394, 8409, 8421, 8429, 8453, 8484, 8497, 8511, 8524, 8537, 8551, 8565, 8581, 8596, 8608, 8623, 8635, 8662, 8673, 8689, 8703, 8718, 8733, 8748, 8765, 8782, 8796, 8810, 8826, 8842, 8860, 8876, 8894, 8906, 8920, 8931, 8943, 8958, 8976, 8992, 9010, 9017, 9028, 9039, 9050, 9061, 9072, 9085, 9098, 9111, 9124, 9137, 9150, 9165, 9179, 9200, 9225, 9245, 9265, 9289, 9315, 9345, 9370, 9395, 9424, 9448, 9473, 9502, 9526, 9550, 9578, 9601, 9624, 9651, 9673, 9695, 9721, 9742, 9768, 9798, 9823, 9848, 9877, 9901, 9925, 9953, 9976, 9999, 10026, 10048, 10075, 10106, 10132, 10158, 10188, 10213, 10232, 10260, 10292, 10319, 10346, 10377, 10403, 10429, 10459, 10484, 10509, 10538, 10562, 10585, 10612, 10634, 10656, 10682, 10710, 10742, 10769, 10796, 10827, 10853, 10880, 10911, 10937, 10963, 10993, 11018, 11043, 11072, 11096, 11120, 11148, 11171, 11199, 11231, 11258, 11285, 11316, 11342, 11368, 11398, 11423, 11448, 11477, 11501, 11530, 11563, 11591, 11619, 11651, 11678, 11699, 11729, 11763, 11792, 11821, 11854, 11882, 11910, 11942, 11969, 11996, 12027, 12053, 12063, 12084, 12099, 12115, 12133, 12150, 12164, 12181, 12196, 12210, 12225, 12238, 12254, 12271, 12288, 12305, 12324, 12343, 12359, 12377, 12390, 12404, 12421, 12441, 12462, 12487, 12507, 12527, 12551, 12577, 12607, 12632, 12657, 12686, 12710, 12735, 12764, 12788, 12812, 12840, 12863, 12886, 12913, 12935, 12957, 12983, 13004, 13030, 13060, 13085, 13110, 13139, 13163, 13187, 13215, 13238, 13261, 13288, 13310, 13337, 13368, 13394, 13420, 13450, 13475, 13494, 13522, 13554, 13581, 13608, 13639, 13665, 13691, 13721, 13746, 13771, 13800, 13824, 13832, 13851, 13864, 13878, 13894, 13909, 13921, 13936, 13949, 13961, 13974, 13985, 13999, 14014, 14029, 14044, 14061, 14078, 14092, 14108, 14119, 14131, 14146, 14164, 14170, 14192, 14221, 14232, 14244, 14255, 14266, 14278, 14290, 14304, 14317, 14327, 14340, 14350, 14375, 14384, 14398, 14410, 14423, 14436, 14449, 14464, 14479, 14491, 14503, 14517, 14531, 14547, 14561, 14577, 14587, 14599, 14608, 14618, 14631, 14647, 14661, 14677, 14683, 14697, 14707, 14719, 14730, 14741, 14751, 14761, 14771, 14786, 14795, 14809, 14824, 14829, 14835, 14843, 14855, 14873, 14894, 14919, 14940, 14955, 14963, 14972, 14978, 14994, 15004, 15010, 15017, 15033, 15040, 15049, 15060, 15069, 15078, 15087, 15093, 15102, 15111, 15120, 15124, 15129, 15137, 15146, 15156, 15168, 15181, 15191, 15198, 15207, 15220, 15234, 15241, 15249, 15256, 15271, 15285, 15297, 15312, 15325, 15338, 15353, 15370, 15389, 15411, 15437, 15459, 15475, 15492, 15504, 15525, 15547, 15563, 15580, 15586, 15593, 15602, 15621, 15641, 15656, 15674, 15692, 15715, 15723, 15736, 15747, 15757, 15769, 15775, 15784, 15792, 15799, 15807, 15817, 15831, 15846, 15862, 15875, 15888, 15900, 15915, 15931, 15949, 15967, 15982, 15999, 16011, 16024, 16043, 16058, 16074, 16091, 16105, 16119, 16132, 16148, 16165, 16184, 16203, 16219, 16237, 16250, 16264, 16284, 16289, 16295, 16301, 16308, 16316, 16324, 16333, 16340, 16359, 16379, 16399, 16419, 16427, 16448, 16469, 16477, 16484, 16506, 16515, 16522, 16535, 16546, 16554, 16567, 16578, 16588, 16599, 16617, 16629, 16648, 16663, 16671, 16683, 16696, 16704, 16712, 16721, 16728, 16736, 16747, 16756, 16768, 16774, 16789, 16801, 16813, 16825, 16838, 16850, 16865, 16875, 16894, 16913, 16929, 16945, 16963, 16982, 16998, 17016, 17035, 17050, 17061, 17080, 17100, 17119, 17128, 17136, 17146, 17157, 17165, 17171, 17183, 17197, 17209, 17218, 17233, 17251, 17271, 17292, 17303, 17314, 17324, 17329, 17341, 17350, 17366, 17371, 17377, 17389, 17403, 17415, 17424, 17431, 17444, 17459, 17474, 17489, 17504, 17519, 17536, 17541, 17559, 17577, 17595, 17613, 17631, 17651, 17656, 17670, 17682, 17694, 17707, 17716, 17724, 17731, 17740, 17748, 17756, 17762, 17769, 17780, 17796, 17807, 17819, 17828, 17844, 17861, 17872, 17884, 17900, 17917, 17925, 17933, 17952, 17960, 17980, 17989, 17998, 18003, 18011, 18025, 18039, 18052, 18072, 18084, 18107, 18130, 18152, 18173, 18195, 18215, 18228, 18242, 18257, 18268, 18279, 18289, 18296, 18306, 18314, 18325, 18331, 18338, 18343, 18353, 18362, 18375, 18386, 18402, 18416, 18432, 18441, 18445, 18456, 18470, 18488, 18502, 18510, 18517, 18525, 18533, 18542, 18549, 18559, 18568, 18573, 18586, 18592, 18612, 18630, 18648, 18655, 18664, 18672, 18681, 18688, 18704, 18710, 18721, 18729, 18738, 18749, 18761, 18772, 18783, 18792, 18807, 18822, 18838, 18853, 18864, 18870, 18880, 18891, 18904, 18916, 18929, 18938, 18963, 18989, 19013, 19036, 19058, 19083, 19106, 19128, 19150, 19170, 19190, 19209, 19230, 19250, 19262, 19280, 19300, 19318, 19333, 19345, 19363, 19382, 19395, 19409, 19430, 19449, 19472, 19494, 19516, 19537, 19555, 19574, 19594, 19615, 19626, 19640, 19653, 19667, 19688, 19696, 19705, 19716, 19726, 19737, 19746, 19754, 19766, 19779, 19790, 19807, 19824, 19840, 19855, 19881, 19907, 19932, 19956, 19981, 20004, 20020, 20034, 20049, 20058, 20069, 20088, 20099, 20107, 20124, 20141, 20149, 20165, 20172, 20178, 20193, 20208, 20214, 20237, 20259, 20279, 20298, 20318, 20339, 20358, 20367, 20377, 20386, 20391, 20398, 20410, 20424, 20436, 20448, 20463, 20475, 20488, 20496, 20507, 20518, 20526, 20545, 20555, 20566, 20570, 20579, 20589, 20594, 20600, 20607, 20624, 20640, 20652, 20661, 20668, 20675, 20681, 20693, 20698, 20704, 20719, 20725, 20730, 20741, 20751, 20761, 20770, 20786, 20796, 20802, 20809, 20818, 20824, 20835, 20848, 20859, 20870, 20882, 20895, 20902, 20910, 20917, 20925, 20937, 20943, 20954, 20968, 20979, 20984, 20996, 21010, 21026, 21035, 21045, 21058, 21069, 21078, 21084, 21091, 21104, 21120, 21135, 21143, 21158, 21167, 21176, 21188, 21197, 21206, 21217, 21228, 21234, 21249, 21265, 21278, 21292, 21305, 21320, 21329, 21336, 21340, 21345, 21352, 21359, 21367, 21387, 21407, 21416, 21427, 21442, 21455, 21472, 21485, 21502, 21514, 21532, 21552, 21572, 21582, 21590, 21611, 21623, 21633, 21641, 21649, 21654, 21660, 21675, 21687, 21700, 21713, 21737, 21759, 21774, 21792, 21808, 21819, 21827, 21841, 21847, 21854, 21868, 21884, 21902, 21913, 21925, 21940, 21953, 21964, 21972, 21991, 22006, 22016, 22024, 22031, 22037, 22047, 22057, 22063, 22072, 22084, 22101, 22111, 22123, 22133, 22143, 22154, 22166, 22178, 22187, 22193, 22203, 22212, 22219, 22229, 22236, 22243, 22259, 22282, 22312, 22324, 22337, 22349, 22361, 22376, 22389, 22402, 22417, 22431, 22442, 22457, 22473, 22489, 22503, 22514, 22529, 22555, 22565, 22577, 22590, 22604, 22618, 22632, 22648, 22664, 22677, 22690, 22704, 22719, 22734, 22749, 22766, 22781, 22798, 22812, 22823, 22836, 22846, 22857, 22871, 22888, 22903, 22920, 22931, 22937, 22943, 22957, 22969, 22979, 22993, 23007, 23024, 23039, 23054, 23064, 23074, 23085, 23099, 23114, 23124, 23135, 23155, 23175, 23197, 23222, 23238, 23250, 23268, 23285, 23302, 23320, 23339, 23357, 23377, 23399, 23419, 23441, 23457, 23475, 23495, 23517, 23529, 23542, 23554, 23564, 23578, 23594, 23603, 23619, 23629, 23646, 23661, 23673, 23684, 23699, 23711, 23725, 23739, 23755, 23774, 23782, 23798, 23815, 23836, 23853, 23861, 23872, 23885, 23895, 23905, 23919, 23924, 23930, 23939, 23949, 23959, 23971, 23981, 23995, 24007, 24017, 24036, 24045, 24053, 24060, 24069, 24073, 24078, 24088, 24100, 24108, 24117, 24126, 24134, 24150, 24163, 24186, 24206, 24226, 24246, 24269, 24296, 24320, 24344, 24368, 24395, 24404, 24412, 24424, 24434, 24444, 24461, 24472, 24490, 24504, 24511, 24520, 24526, 24538, 24551, 24559, 24570, 24578, 24587, 24598, 24608, 24619, 24647, 24664, 24676, 24693, 24706, 24715, 24724, 24733, 24745, 24752, 24760, 24773, 24777, 24786, 24796, 24812, 24822, 24840, 24851, 24864, 24876, 24889, 24902, 24912, 24920, 24929, 24937, 24946, 24956, 24961, 24973, 24992, 25005, 25025, 25041, 25050, 25059, 25069, 25083, 25094, 25106, 25116, 25127, 25139, 25149, 25159, 25169, 25180, 25188, 25195, 25204, 25223, 25231, 25249, 25258, 25268, 25278, 25289, 25296, 25305, 25326, 25335, 25346, 25357, 25367, 25377, 25388, 25400, 25412, 25425, 25442, 25454, 25463, 25474, 25482, 25492, 25503, 25512, 25522, 25531, 25540, 25544, 25551, 25566, 25578, 25589, 25607, 25630, 25648, 25666, 25682, 25694, 25700, 25722, 25735, 25750, 25765, 25774, 25784, 25791, 25799, 25812, 25818, 25837, 25854, 25861, 25876, 25885, 25895, 25903, 25914, 25932, 25941, 25951, 25962, 25978, 25987, 25997, 26006, 26022, 26031, 26044, 26058, 26068, 26083, 26095, 26102, 26111, 26118, 26127, 26137, 26151, 26160, 26169, 26181, 26194, 26205, 26217, 26229, 26241, 26249, 26258, 26276, 26296, 26314, 26329, 26341, 26348, 26356, 26374, 26393, 26411, 26429, 26447, 26459, 26478, 26493, 26510, 26522, 26534, 26550, 26566, 26572, 26579, 26587, 26600, 26606, 26611, 26622, 26635, 26646, 26654, 26669, 26676, 26685, 26691, 26703, 26715, 26723, 26732, 26744, 26756, 26766, 26777, 26793, 26803, 26812, 26819, 26829, 26835, 26843, 26853, 26864, 26880, 26890, 26901, 26909, 26925, 26942, 26958, 26969, 26979, 26989, 27005, 27012, 27019, 27025, 27032, 27039, 27046, 27053, 27070, 27086, 27097, 27107, 27117, 27133, 27141, 27155, 27170, 27191, 27199, 27207, 27229, 27239, 27248, 27257, 27267, 27278, 27288, 27300, 27308, 27326, 27337, 27345, 27358, 27368, 27378, 27384, 27393, 27405, 27417, 27431, 27443, 27454, 27466, 27480, 27491, 27505, 27517, 27528, 27540, 27553, 27567, 27582, 27596, 27610, 27621, 27629, 27637, 27645, 27656, 27664, 27675, 27692, 27699, 27707, 27719, 27726, 27734, 27754, 27761, 27767, 27787, 27794, 27808, 27821, 27828, 27835, 27842, 27847, 27852, 27863, 27875, 27881, 27888, 27906, 27918, 27932, 27951, 27964, 27978, 27986, 27995, 28004, 28014, 28021, 28029, 28041, 28054, 28071, 28078, 28087, 28093, 28108, 28125, 28140, 28152, 28161, 28170, 28178, 28187, 28197, 28203, 28209, 28217, 28222, 28242, 28261, 28275, 28288, 28301, 28320, 28329, 28337, 28343, 28353, 28362, 28371, 28389, 28396, 28403, 28411, 28420, 28428, 28437, 28446, 28456, 28470, 28478, 28486, 28491, 28497, 28504, 28511, 28518, 28528, 28540, 28554, 28566, 28575, 28585, 28592, 28599, 28607, 28615, 28624, 28638, 28650, 28662, 28675, 28688, 28703, 28718, 28733, 28749, 28765, 28783, 28794, 28810, 28826, 28843, 28860, 28879, 28891, 28899, 28915, 28931, 28948, 28965, 28984, 28996, 29009, 29025, 29035, 29044, 29054, 29060, 29067, 29074, 29081, 29089, 29095, 29103, 29109, 29118, 29136, 29157, 29175, 29184, 29192, 29207, 29215, 29224, 29234, 29246, 29251, 29256, 29262, 29272, 29282, 29294, 29305, 29316, 29328, 29341, 29351, 29361, 29373, 29387, 29403, 29417, 29433, 29443, 29455, 29465, 29477, 29491, 29507, 29517, 29531, 29545, 29559, 29573, 29587, 29603, 29609, 29615, 29626, 29633, 29656, 29666, 29680, 29695, 29705, 29718, 29730, 29740, 29745, 29749, 29754, 29763, 29774, 29787, 29802, 29814, 29828, 29845, 29854, 29869, 29882, 29897, 29918, 29934, 29953, 29971, 29995, 30014, 30038, 30063, 30088, 30109, 30131, 30153, 30159, 30175, 30189, 30199, 30209, 30222, 30228, 30240, 30251, 30262, 30274, 30290, 30303, 30317, 30329, 30343, 30359, 30373, 30389, 30399, 30411, 30425, 30441, 30451, 30462, 30470, 30480, 30492, 30504, 30517, 30530, 30542, 30553, 30564, 30576, 30593, 30608, 30617, 30626, 30636, 30648, 30660, 30673, 30692, 30709, 30715, 30724, 30739, 30758, 30772, 30779, 30794, 30811, 30830, 30850, 30865, 30881, 30893, 30906, 30922, 30936, 30951, 30964, 30976, 30994, 31010, 31023, 31034, 31051, 31073, 31083, 31106, 31115, 31122, 31136, 31152, 31166, 31177, 31186, 31192, 31204, 31218, 31230, 31239, 31249, 31258, 31265, 31277, 31282, 31287, 31293, 31311, 31330, 31346, 31357, 31369, 31378, 31388, 31398, 31409, 31429, 31450, 31461, 31473, 31494, 31516, 31534, 31553, 31573, 31594, 31603, 31613, 31624, 31636, 31653, 31664, 31679, 31700, 31716, 31731, 31749, 31775, 31794, 31815, 31835, 31856, 31877, 31895, 31915, 31943, 31964, 31987, 32009, 32032, 32055, 32075, 32087, 32097, 32108, 32116, 32125, 32134, 32144, 32163, 32183, 32194, 32204, 32215, 32232, 32248, 32268, 32289, 32306, 32324, 32339, 32353, 32374, 32394, 32405, 32424, 32444, 32452, 32461, 32472, 32484, 32495, 32511, 32529, 32538, 32552, 32565, 32576, 32590, 32602, 32611, 32624, 32637, 32648, 32667, 32678, 32690, 32699, 32709, 32721, 32739, 32754, 32769, 32784, 32802, 32824, 32843, 32862, 32881, 32903, 32913, 32924, 32944, 32965, 32979, 32990, 33002, 33015, 33036, 33058, 33076, 33095, 33109, 33123, 33135, 33155, 33176, 33185, 33195, 33206, 33218, 33227, 33233, 33245, 33257, 33268, 33278, 33299, 33320, 33340, 33359, 33379, 33397, 33408, 33417, 33423, 33439, 33452, 33459, 33474, 33486, 33495, 33505, 33517, 33524, 33531, 33539, 33545, 33551, 33563, 33576, 33582, 33591, 33599, 33612, 33622, 33639, 33656, 33667, 33680, 33688, 33697, 33708, 33726, 33740, 33746, 33753, 33762, 33768, 33775, 33782, 33790, 33796, 33808, 33822, 33834, 33843, 33853, 33858, 33864, 33871, 33880, 33888, 33897, 33907, 33923, 33939, 33954, 33968, 33993, 34018, 34042, 34065, 34089, 34111, 34126, 34139, 34151, 34160, 34170, 34186, 34205, 34224, 34242, 34259, 34287, 34315, 34342, 34368, 34395, 34420, 34438, 34454, 34463, 34473, 34480, 34488, 34497, 34507, 34521, 34539, 34550, 34560, 34571, 34584, 34590, 34600, 34606, 34624, 34640, 34652, 34664, 34680, 34698, 34711, 34723, 34733, 34740, 34748, 34758, 34768, 34780, 34794, 34813, 34830, 34840, 34850, 34858, 34862, 34867, 34894, 34903, 34925, 34935, 34941, 34949, 34957, 34963, 34969, 34980, 34986, 34996, 35007, 35024, 35030, 35037, 35056, 35066, 35088, 35114, 35140, 35148, 35164, 35188, 35198, 35212, 35226, 35231, 35240, 35254, 35264, 35277, 35284, 35291, 35300, 35308, 35315, 35321, 35330, 35339, 35347, 35354, 35370, 35389, 35397, 35407, 35416, 35426, 35434, 35449, 35462, 35473, 35489, 35501, 35514, 35524, 35543, 35560, 35575, 35595, 35611, 35628, 35641, 35660, 35680, 35694, 35709, 35715, 35728, 35744, 35764, 35780, 35790, 35800, 35817, 35837, 35861, 35881, 35895, 35901, 35908, 35915, 35922, 35933, 35946, 35957, 35961, 35966, 35972, 35989, 36004, 36020, 36038, 36055, 36069, 36083, 36096, 36112, 36129, 36146, 36163, 36182, 36201, 36217, 36235, 36248, 36262, 36279, 36299, 36309, 36315, 36321, 36327, 36345, 36360, 36368, 36377, 36391, 36400, 36411, 36421, 36431, 36440, 36452, 36467, 36481, 36495, 36510, 36526, 36541, 36558, 36577, 36594, 36613, 36626, 36641, 36658, 36677, 36688, 36700, 36714, 36727, 36737, 36747, 36756, 36768, 36781, 36794, 36807, 36822, 36837, 36849, 36863, 36872, 36882, 36895, 36911, 36917, 36926, 36941, 36956, 36963, 36970, 36983, 36998, 37011, 37021, 37033, 37047, 37053, 37066, 37081, 37094, 37104, 37116, 37121, 37125, 37134, 37155, 37169, 37180, 37192, 37202, 37209, 37220, 37233, 37241, 37250, 37267, 37276, 37286, 37300, 37315, 37335, 37349, 37362, 37375, 37387, 37396, 37406, 37422, 37435, 37453, 37461, 37474, 37488, 37499, 37512, 37529, 37542, 37551, 37561, 37576, 37592, 37606, 37615, 37621, 37634, 37647, 37659, 37670, 37685, 37704, 37723, 37740, 37751, 37765, 37776, 37790, 37806, 37817, 37832, 37848, 37864, 37877, 37891, 37903, 37919, 37937, 37952, 37969, 37980, 37993, 38007, 38022, 38037, 38047, 38065, 38080, 38095, 38105, 38119, 38136, 38147, 38158, 38169, 38182, 38201, 38214, 38229, 38244, 38257, 38268, 38285, 38302, 38319, 38334, 38353, 38364, 38376, 38393, 38400, 38409, 38419, 38431, 38442, 38454, 38471, 38482, 38497, 38504, 38516, 38534, 38552, 38569, 38585, 38612, 38639, 38665, 38690, 38716, 38740, 38757, 38772, 38777, 38785, 38796, 38804, 38817, 38828, 38841, 38856, 38871, 38882, 38895, 38907, 38919, 38934, 38940, 38948, 38961, 38972, 38977, 38986, 39001, 39019, 39032, 39042, 39054, 39065, 39075, 39094, 39119, 39137, 39157, 39177, 39203, 39222, 39243, 39253, 39266, 39280, 39292, 39296, 39303, 39316, 39330, 39341, 39351, 39368, 39386, 39401, 39420, 39435, 39449, 39458, 39467, 39485, 39502, 39524, 39541, 39552, 39577, 39602, 39621, 39644, 39654, 39670, 39687, 39701, 39721, 39742, 39760, 39782, 39800, 39807, 39816, 39821, 39834, 39845, 39863, 39876, 39893, 39906, 39927, 39946, 39972, 39993, 40018, 40039, 40045, 40059, 40077, 40091, 40107, 40120, 40129, 40133, 40143, 40152, 40162, 40173, 40185, 40194, 40204, 40216, 40226, 40237, 40245, 40255, 40291, 40297, 40308, 40321, 40336, 40350, 40366, 40374, 40383, 40393, 40401, 40410, 40420, 40432, 40443, 40452, 40462, 40470, 40478, 40485, 40495, 40508, 40525, 40537, 40559, 40574, 40589, 40606, 40616, 40624, 40636, 40640, 40648, 40657, 40664, 40670, 40679, 40686, 40696, 40703, 40711, 40720, 40730, 40738, 40755, 40771, 40792, 40808, 40818, 40842, 40866, 40884, 40906, 40917, 40925, 40934, 40948, 40961, 40974, 40987, 41001, 41013, 41029, 41044, 41064, 41077, 41094, 41103, 41116, 41128, 41136, 41144, 41152, 41162, 41171, 41174, 41183, 41206, 41225, 41232, 41259, 41283, 41306, 41329, 41350, 41364, 41372, 41387, 41397, 41409, 41423, 41436, 41447, 41458, 41476, 41489, 41504, 41521, 41537, 41551, 41562, 41580, 41593, 41608, 41625, 41641, 41655, 41664, 41675, 41688, 41703, 41713, 41730, 41742, 41756, 41772, 41787, 41800, 41808, 41818, 41839, 41862, 41882, 41889, 41898, 41907, 41912, 41922, 41931, 41942, 41950, 41969, 41994, 42012, 42032, 42039, 42045, 42054, 42061, 42067, 42072, 42079, 42086, 42093, 42096, 42102, 42115, 42121, 42128, 42141, 42155, 42166, 42183, 42201, 42216, 42235, 42250, 42259, 42267, 42273, 42280, 42295, 42310, 42322, 42332, 42345, 42362, 42374, 42384, 42390, 42401, 42408, 42418, 42427, 42438, 42443, 42450, 42465, 42482, 42496, 42506, 42517, 42523, 42536, 42552, 42559, 42570, 42580, 42592, 42609, 42620, 42629, 42639, 42646, 42658, 42668, 42683, 42686, 42690, 42702, 42715, 42727, 42748, 42768, 42793, 42813, 42827, 42855, 42883, 42905, 42931, 42941, 42952, 42964, 42981, 42995, 43002, 43012, 43020, 43033, 43054, 43077, 43097, 43110, 43120, 43134, 43143, 43157, 43168, 43185, 43195, 43205, 43217, 43232, 43243, 43259, 43278, 43282, 43292, 43303, 43312, 43324, 43335, 43346, 43352, 43359, 43368, 43381, 43389, 43398, 43411, 43418, 43426, 43435, 43442, 43452, 43478, 43503, 43532, 43546, 43560, 43583, 43610, 43637, 43668, 43693, 43714, 43745, 43775, 43809, 43837, 43869, 43901, 43937, 43967, 43993, 44023, 44047, 44069, 44096, 44127, 44150, 44175, 44197, 44224, 44243, 44265, 44281, 44298, 44328, 44358, 44380, 44404, 44430, 44458, 44469, 44481, 44494, 44507, 44514, 44528, 44540, 44560, 44576, 44595, 44612, 44625, 44642, 44651, 44663, 44673, 44684, 44705, 44723, 44735, 44752, 44766, 44780, 44808, 44835, 44846, 44858, 44865, 44879, 44890, 44906, 44920, 44935, 44955, 44967, 44974, 44989, 45001, 45016, 45035, 45049, 45060, 45076, 45098, 45107, 45119, 45131, 45142, 45152, 45162, 45174, 45185, 45196, 45201, 45205, 45210, 45218, 45235, 45242, 45254, 45265, 45277, 45287, 45305, 45320, 45334, 45345, 45352, 45361, 45369, 45380, 45387, 45397, 45408, 45420, 45429, 45433, 45436, 45450, 45458, 45467, 45479, 45490, 45503, 45507, 45512, 45535, 45554, 45570, 45588, 45597, 45605, 45612, 45620, 45637, 45651, 45664, 45674, 45686, 45691, 45701, 45707, 45714, 45725, 45738, 45749, 45760, 45767, 45773, 45785, 45794, 45801, 45810, 45820, 45839, 45861, 45878, 45892, 45906, 45922, 45937, 45951, 45966, 45973, 45981, 45990, 46000, 46009, 46019, 46030, 46039, 46049, 46064, 46074, 46085, 46093, 46104, 46116, 46126, 46137, 46147, 46155, 46168, 46183, 46194, 46202, 46215, 46226, 46238, 46246, 46259, 46267, 46280, 46292, 46302, 46317, 46330, 46348, 46354, 46365, 46368, 46383, 46397, 46411, 46427, 46442, 46457, 46470, 46482, 46494, 46508, 46521, 46534, 46550, 46565, 46580, 46594, 46607, 46620, 46636, 46643, 46655, 46667, 46677, 46689, 46707, 46724, 46744, 46760, 46775, 46795, 46807, 46821, 46840, 46855, 46868, 46878, 46890, 46900, 46911, 46924, 46938, 46955, 46978, 47003, 47028, 47048, 47061, 47073, 47090, 47104, 47115, 47127, 47138, 47149, 47168, 47178, 47197, 47215, 47238, 47256, 47268, 47294, 47320, 47340, 47364, 47371, 47377, 47385, 47398, 47412, 47427, 47439, 47452, 47457, 47467, 47477, 47485, 47495, 47512, 47534, 47550, 47565, 47583, 47597, 47610, 47628, 47638, 47650, 47667, 47680, 47691, 47699, 47709, 47717, 47726, 47737, 47749, 47764, 47785, 47808, 47831, 47849, 47860, 47870, 47885, 47897, 47906, 47916, 47925, 47934, 47951, 47954, 47958, 47963, 47976, 47985, 47996, 48006, 48016, 48025, 48034, 48043, 48057, 48064, 48073, 48077, 48082, 48088, 48095, 48104, 48111, 48128, 48148, 48163, 48175, 48189, 48202, 48214, 48221, 48227, 48233, 48240, 48248, 48258, 48268, 48277, 48285, 48293, 48301, 48307, 48315, 48324, 48332, 48339, 48347, 48356, 48364, 48372, 48391, 48406, 48424, 48444, 48457, 48463, 48470, 48476, 48487, 48500, 48506, 48517, 48527, 48538, 48548, 48559, 48563, 48568, 48577, 48586, 48608, 48627, 48649, 48666, 48701, 48730, 48740, 48759, 48777, 48800, 48818, 48830, 48856, 48882, 48902, 48926, 48932, 48939, 48948, 48953, 48962, 48972, 48980, 48991, 49000, 49006, 49013, 49026, 49031, 49036, 49042, 49050, 49074, 49080, 49090, 49097, 49106, 49121, 49139, 49152, 49166, 49176, 49188, 49199, 49209, 49215, 49234, 49243, 49255, 49267, 49281, 49299, 49316, 49338, 49355, 49366, 49391, 49416, 49435, 49458, 49466, 49473, 49481, 49490, 49499, 49509, 49533, 49565, 49592, 49617, 49650, 49678, 49685, 49691, 49701, 49708, 49720, 49731, 49747, 49754, 49762, 49772, 49780, 49789, 49813, 49818, 49830, 49838, 49849, 49860, 49871, 49883, 49902, 49912, 49936, 49948, 49958, 49975, 49987, 50003, 50015, 50031, 50046, 50058, 50074, 50085, 50101, 50112, 50132, 50150, 50173, 50186, 50191, 50201, 50209, 50221, 50232, 50240, 50249, 50265, 50276, 50291, 50302, 50313, 50326, 50339, 50351, 50354, 50364, 50377, 50383, 50388, 50399, 50410, 50422, 50431, 50441, 50452, 50467, 50488, 50502, 50516, 50532, 50538, 50546, 50555, 50564, 50574, 50584, 50595, 50599, 50605, 50612, 50623, 50631, 50634, 50643, 50650, 50658, 50661, 50678, 50691, 50710, 50722, 50726, 50737, 50747, 50757, 50769, 50780, 50791, 50795, 50801, 50808, 50824, 50843, 50857, 50868, 50881, 50893, 50904, 50925, 50932, 50945, 50954, 50969, 50978, 50988, 50997, 51012, 51017, 51021, 51039, 51049, 51060, 51079, 51090, 51102, 51115, 51127, 51139, 51153, 51166, 51179, 51186, 51198, 51203, 51217, 51230, 51241, 51254, 51269, 51282, 51293, 51310, 51325, 51338, 51353, 51366, 51378, 51395, 51410, 51425, 51436, 51451, 51469, 51477, 51495, 51513, 51525, 51537, 51552, 51562, 51587, 51612, 51637, 51654, 51673, 51695, 51712, 51728, 51747, 51766, 51785, 51798, 51814, 51834, 51854, 51874, 51888, 51905, 51911, 51919, 51926, 51937, 51943, 51950, 51962, 51968, 51975, 51987, 52009, 52026, 52034, 52047, 52056, 52065, 52079, 52087, 52095, 52101, 52111, 52119, 52124, 52133, 52141, 52153, 52156, 52163, 52175, 52183, 52198, 52208, 52220, 52234, 52247, 52258, 52275, 52286, 52304, 52317, 52332, 52349, 52365, 52379, 52390, 52408, 52421, 52436, 52453, 52469, 52483, 52490, 52498, 52518, 52528, 52545, 52557, 52571, 52587, 52602, 52615, 52623, 52637, 52655, 52668, 52679, 52691, 52695, 52702, 52712, 52722, 52739, 52751, 52762, 52775, 52786, 52795, 52803, 52819, 52834, 52854, 52874, 52901, 52923, 52944, 52967, 52988, 53007, 53022, 53042, 53062, 53089, 53111, 53132, 53155, 53176, 53195, 53210, 53230, 53249, 53267, 53283, 53298, 53315, 53320, 53332, 53347, 53355, 53368, 53382, 53392, 53403, 53418, 53430, 53441, 53453, 53469, 53481, 53494, 53512, 53523, 53531, 53542, 53553, 53567, 53586, 53596, 53605, 53615, 53625, 53627, 53635, 53657, 53675, 53704, 53715, 53717, 53730, 53744, 53758, 53771, 53791, 53809, 53824, 53841, 53862, 53879, 53903, 53921, 53941, 53962, 53981, 53992, 54006, 54027, 54042, 54061, 54077, 54096, 54115, 54134, 54151, 54165, 54181, 54201, 54217, 54240, 54257, 54276, 54296, 54311, 54329, 54339, 54352, 54372, 54386, 54404, 54419, 54437, 54455, 54462, 54469, 54480, 54495, 54507, 54517, 54529, 54544, 54555, 54565, 54593, 54615, 54621, 54637, 54644, 54653, 54662, 54671, 54681, 54690, 54700, 54703, 54712, 54725, 54730, 54735, 54744, 54750, 54757, 54761, 54766, 54772, 54779, 54785, 54793, 54803, 54813, 54823, 54834, 54844, 54855, 54860, 54870, 54880, 54889, 54899, 54910, 54919, 54929, 54939, 54950, 54962, 54971, 54985, 54991, 54998, 55008, 55012, 55016, 55038, 55053, 55068, 55085, 55090, 55098, 55104, 55110, 55114, 55122, 55139, 55149, 55159, 55169, 55174, 55183, 55193, 55203, 55217, 55223, 55235, 55253, 55264, 55277, 55283, 55292, 55300, 55308, 55314, 55321, 55329, 55341, 55354, 55365, 55373, 55382, 55387, 55393, 55400, 55411, 55426, 55430, 55447, 55466, 55482, 55492, 55506, 55515, 55537, 55543, 55550, 55556, 55560, 55567, 55587, 55606, 55627, 55647, 55667, 55688, 55705, 55721, 55739, 55756, 55773, 55791, 55808, 55824, 55842, 55859, 55876, 55894, 55920, 55945, 55972, 55998, 56024, 56051, 56078, 56104, 56132, 56159, 56186, 56214, 56233, 56251, 56271, 56290, 56309, 56329, 56339, 56367, 56394, 56423, 56451, 56479, 56508, 56523, 56537, 56553, 56568, 56583, 56599, 56612, 56624, 56638, 56651, 56664, 56678, 56690, 56701, 56714, 56726, 56738, 56751, 56764, 56776, 56790, 56803, 56816, 56830, 56850, 56869, 56890, 56910, 56930, 56951, 56956, 56963, 56971, 56977, 56983, 56990, 56998, 57017, 57036, 57045, 57053, 57066, 57080, 57092, 57108, 57114, 57125, 57134, 57161, 57172, 57188, 57207, 57222, 57233, 57246, 57264, 57278, 57290, 57299, 57310, 57319, 57329, 57342, 57358, 57380, 57404, 57428, 57447, 57458, 57474, 57486, 57499, 57512, 57539, 57549, 57560, 57575, 57585, 57595, 57605, 57620, 57636, 57641, 57660, 57674, 57677, 57691, 57710, 57719, 57733, 57748, 57757, 57771, 57788, 57803, 57818, 57836, 57859, 57876, 57898, 57912, 57928, 57943, 57956, 57969, 57980, 57994, 58010, 58028, 58051, 58065, 58078, 58089, 58100, 58115, 58135, 58143, 58161, 58173, 58186, 58195, 58209, 58219, 58233, 58245, 58259, 58275, 58287, 58300, 58312, 58321, 58329, 58335, 58342, 58354, 58364, 58378, 58391, 58400, 58410, 58418, 58429, 58439, 58453, 58466, 58474, 58487, 58499, 58511, 58530, 58548, 58570, 58587, 58594, 58604, 58611, 58627, 58647, 58667, 58691, 58709, 58723, 58733, 58745, 58761, 58779, 58794, 58814, 58826, 58841, 58850, 58860, 58883, 58906, 58921, 58938, 58957, 58978, 58986, 59007, 59012, 59019, 59024, 59031, 59043, 59050, 59060, 59065, 59075, 59083, 59091, 59106, 59118, 59133, 59143, 59171, 59193, 59204, 59209, 59217, 59223, 59234, 59244, 59252, 59265, 59277, 59284, 59292, 59298, 59305, 59310, 59316, 59323, 59335, 59343, 59355, 59364, 59382, 59403, 59419, 59432, 59447, 59461, 59474, 59480, 59486, 59497, 59512, 59523, 59529, 59536, 59543, 59551, 59559, 59568, 59582, 59592, 59600, 59609, 59623, 59633, 59644, 59660, 59669, 59683, 59693, 59697, 59702, 59711, 59717, 59724, 59732, 59736, 59746, 59757, 59765, 59774, 59783, 59793, 59797, 59806, 59814, 59822, 59832, 59841, 59850, 59855, 59875, 59900, 59915, 59935, 59950, 59970, 59977, 59983, 59993, 60012, 60030, 60053, 60071, 60083, 60109, 60135, 60155, 60179, 60189, 60205, 60227, 60242, 60259, 60268, 60274, 60281, 60289, 60308, 60329, 60347, 60355, 60364, 60374, 60381, 60389, 60394, 60397, 60401, 60405, 60410, 60415, 60432, 60454, 60471, 60488, 60511, 60535, 60556, 60583, 60611, 60636, 60665, 60690, 60698, 60703, 60711, 60720, 60733, 60752, 60764, 60776, 60790, 60796, 60802, 60806, 60811, 60818, 60825, 60829, 60841, 60858, 60866, 60875, 60886, 60900, 60908, 60922, 60940, 60953, 60973, 60994, 61012, 61036, 61061, 61083, 61109, 61131, 61149, 61170, 61186, 61199, 61214, 61228, 61241, 61251, 61261, 61272, 61283, 61298, 61316, 61329, 61339, 61351, 61362, 61372, 61385, 61397, 61405, 61416, 61428, 61441, 61452, 61460, 61470, 61481, 61496, 61507, 61519, 61530, 61536, 61543, 61560, 61572, 61583, 61591, 61602, 61617, 61628, 61638, 61647, 61655, 61662, 61668, 61679, 61694, 61698, 61701, 61711, 61726, 61734, 61754, 61773, 61792, 61813, 61833, 61853, 61870, 61886, 61902, 61920, 61937, 61954, 61962, 61970, 61981, 61996, 62016, 62023, 62032, 62047, 62055, 62065, 62070, 62084, 62105, 62113, 62119, 62124, 62143, 62166, 62176, 62186, 62196, 62208, 62215, 62223, 62232, 62244, 62255, 62266, 62279, 62291, 62303, 62317, 62324, 62331, 62350, 62366, 62376, 62391, 62403, 62415, 62429, 62436, 62443, 62449, 62456, 62462, 62469, 62475, 62482, 62490, 62498, 62511, 62523, 62530, 62538, 62546, 62556, 62565, 62571, 62580, 62592, 62599, 62609, 62618, 62635, 62650, 62667, 62686, 62703, 62718, 62737, 62754, 62773, 62790, 62806, 62827, 62846, 62865, 62880, 62888, 62897, 62903, 62912, 62937, 62955, 62965, 62973, 62984, 62998, 63016, 63029, 63040, 63050, 63061, 63072, 63088, 63099, 63111, 63124, 63148, 63165, 63188, 63204, 63220, 63238, 63248, 63259, 63266, 63274, 63284, 63291, 63299, 63305, 63312, 63326, 63337, 63347, 63355, 63362, 63370, 63382, 63394, 63399, 63405, 63413, 63425, 63438, 63457, 63477, 63494, 63517, 63541, 63562, 63587, 63608, 63625, 63637, 63655, 63674, 63690, 63712, 63735, 63755, 63779, 63799, 63811, 63821, 63838, 63850, 63866, 63878, 63884, 63890, 63897, 63901, 63906, 63909, 63913, 63918, 63931, 63943, 63948, 63954, 63963, 63969, 63984, 63998, 64017, 64031, 64039, 64061, 64083, 64099, 64119, 64126, 64135, 64144, 64154, 64165, 64171, 64178, 64189, 64201, 64219, 64234, 64247, 64264, 64281, 64291, 64303, 64318, 64334, 64351, 64366, 64379, 64395, 64407, 64426, 64439, 64451, 64466, 64479, 64494, 64510, 64522, 64526, 64531, 64541, 64553, 64565, 64574, 64587, 64595, 64609, 64617, 64632, 64646, 64656, 64660, 64669, 64677, 64694, 64700, 64711, 64717, 64723, 64730, 64747, 64757, 64766, 64773, 64781, 64788, 64803, 64816, 64830, 64846, 64865, 64878, 64890, 64904, 64921, 64940, 64958, 64972, 64993, 65008, 65022, 65035, 65039, 65044, 65048, 65053, 65067, 65077, 65092, 65098, 65106, 65111, 65115, 65122, 65131, 65146, 65160, 65178, 65186, 65196, 65203, 65212, 65219, 65228, 65237, 65248, 65259, 65269, 65274, 65283, 65296, 65308, 65313, 65323, 65332, 65340, 65349, 65352, 65360, 65371, 65381, 65387, 65397, 65411, 65423, 65436, 65447, 65465, 65479, 65492, 65502, 65512, 65526, 65542, 65559, 65575, 65586, 65597, 65608, 65624, 65638, 65653, 65666, 65681, 65696, 65715, 65736, 65758, 65779, 65795, 65815, 65831, 65843, 65858, 65872, 65889, 65904, 65919, 65935, 65949, 65964, 65977, 65997, 66013, 66029, 66043, 66058, 66071, 66091, 66107, 66110, 66132, 66149, 66163, 66180, 66192, 66222, 66246, 66250, 66256, 66265, 66269, 66272, 66276, 66281, 66290, 66302, 66316, 66324, 66333, 66340, 66350, 66355, 66361, 66368, 66376, 66387, 66402, 66407, 66421, 66440, 66448, 66459, 66477, 66492, 66512, 66527, 66547, 66565, 66588, 66601, 66619, 66627, 66633, 66639, 66660, 66674, 66687, 66700, 66715, 66729, 66743, 66756, 66768, 66777, 66787, 66804, 66816, 66832, 66844, 66854, 66865, 66877, 66887, 66898, 66910, 66916, 66925, 66942, 66957, 66979, 66996, 67017, 67034, 67042, 67054, 67067, 67083, 67102, 67106, 67112, 67119, 67135, 67154, 67168, 67183, 67199, 67210, 67223, 67235, 67246, 67253, 67258, 67264, 67275, 67278, 67313, 67341, 67369, 67399, 67407, 67425, 67454, 67476, 67498, 67522, 67542, 67563, 67573, 67594, 67601, 67606, 67614, 67631, 67636, 67655, 67668, 67684, 67698, 67710, 67724, 67734, 67745, 67758, 67772, 67790, 67809, 67824, 67837, 67860, 67877, 67897, 67915, 67931, 67949, 67963, 67978, 67995, 68013, 68035, 68058, 68077, 68094, 68112, 68126, 68130, 68135, 68149, 68157, 68161, 68176, 68185, 68195, 68219, 68238, 68256, 68271, 68282, 68301, 68324, 68353, 68385, 68413, 68441, 68459, 68481, 68495, 68518, 68545, 68578, 68614, 68646, 68678, 68700, 68726, 68744, 68768, 68790, 68820, 68841, 68861, 68879, 68905, 68922, 68936, 68964, 68987, 69009, 69028, 69043, 69066, 69093, 69126, 69162, 69194, 69226, 69248, 69274, 69292, 69319, 69350, 69387, 69427, 69463, 69499, 69525, 69555, 69577, 69605, 69631, 69665, 69690, 69714, 69736, 69766, 69787, 69796, 69807, 69820, 69829, 69843, 69863, 69876, 69891, 69906, 69915, 69926, 69941, 69952, 69969, 69981, 69990, 70007, 70022, 70036, 70046, 70059, 70076, 70094, 70112, 70129, 70149, 70172, 70194, 70215, 70226, 70235, 70247, 70257, 70268, 70281, 70296, 70308, 70322, 70334, 70346, 70360, 70371, 70388, 70398, 70410, 70416, 70436, 70447, 70462, 70480, 70504, 70523, 70543, 70564, 70580, 70597, 70617, 70641, 70671, 70704, 70733, 70762, 70781, 70804, 70819, 70843, 70871, 70905, 70942, 70975, 71008, 71031, 71058, 71077, 71102, 71125, 71156, 71178, 71199, 71218, 71245, 71263, 71278, 71297, 71319, 71347, 71370, 71394, 71419, 71439, 71460, 71478, 71500, 71525, 71556, 71582, 71609, 71637, 71660, 71684, 71697, 71710, 71721, 71737, 71747, 71762, 71768, 71773, 71778, 71784, 71794, 71799, 71806, 71821, 71826, 71830, 71835, 71841, 71848, 71857, 71873, 71884, 71893, 71907, 71921, 71929, 71941, 71949, 71957, 71966, 71974, 71983, 71998, 72008, 72019, 72031, 72039, 72045, 72063, 72078, 72086, 72095, 72109, 72119, 72129, 72140, 72151, 72162, 72173, 72181, 72187, 72195, 72205, 72219, 72236, 72245, 72257, 72264, 72276, 72289, 72299, 72314, 72323, 72335, 72346, 72361, 72373, 72388, 72397, 72407, 72422, 72433, 72439, 72447, 72460, 72469, 72483, 72489, 72496, 72504, 72517, 72526, 72537, 72549, 72561, 72581, 72598, 72616, 72641, 72661, 72685, 72705, 72716, 72727, 72737, 72746, 72756, 72765, 72777, 72783, 72790, 72795, 72800, 72808, 72811, 72821, 72832, 72847, 72855, 72876, 72900, 72920, 72940, 72950, 72958, 72972, 72983, 72994, 73000, 73011, 73023, 73038, 73057, 73082, 73110, 73134, 73158, 73172, 73190, 73200, 73216, 73230, 73252, 73265, 73277, 73289, 73298, 73306, 73316, 73334, 73346, 73355, 73358, 73366, 73373, 73380, 73398, 73415, 73432, 73441, 73449, 73457, 73461, 73476, 73490, 73504, 73516, 73526, 73538, 73552, 73564, 73574, 73588, 73600, 73614, 73626, 73637, 73653, 73667, 73681, 73691, 73704, 73715, 73728, 73743, 73756, 73767, 73782, 73795, 73810, 73823, 73835, 73852, 73867, 73882, 73893, 73901, 73920, 73933, 73940, 73948, 73967, 73988, 74006, 74017, 74025, 74034, 74039, 74045, 74057, 74068, 74086, 74103, 74115, 74127, 74131, 74136, 74144, 74153, 74160, 74170, 74188, 74205, 74223, 74240, 74258, 74280, 74289, 74299, 74307, 74320, 74339, 74359, 74378, 74398, 74422, 74434, 74448, 74457, 74468, 74476, 74489, 74494, 74500, 74511, 74521, 74524, 74541, 74555, 74568, 74583, 74600, 74614, 74634, 74641, 74657, 74661, 74666, 74673, 74683, 74700, 74712, 74726, 74742, 74757, 74770, 74777, 74785, 74797, 74810, 74830, 74845, 74862, 74881, 74899, 74915, 74928, 74948, 74963, 74980, 74999, 75017, 75033, 75043, 75050, 75058, 75072, 75090, 75099, 75116, 75128, 75147, 75161, 75177, 75195, 75212, 75227, 75237, 75257, 75274, 75294, 75315, 75331, 75353, 75368, 75376, 75389, 75401, 75423, 75441, 75460, 75482, 75500, 75524, 75541, 75552, 75570, 75588, 75604, 75625, 75639, 75659, 75673, 75690, 75705, 75723, 75741, 75755, 75773, 75784, 75798, 75816, 75840, 75866, 75892, 75913, 75927, 75944, 75961, 75981, 75994, 76014, 76032, 76048, 76065, 76077, 76095, 76115, 76133, 76150, 76167, 76187, 76199, 76209, 76220, 76229, 76246, 76258, 76268, 76273, 76279, 76284, 76291, 76302, 76309, 76317, 76331, 76344, 76357, 76372, 76399, 76414, 76428, 76452, 76475, 76489, 76501, 76512, 76530, 76547, 76570, 76588, 76607, 76623, 76645, 76668, 76688, 76712, 76732, 76752, 76773, 76789, 76802, 76816, 76837, 76859, 76873, 76889, 76906, 76928, 76950, 76970, 76990, 77000, 77007, 77015, 77028, 77036, 77045, 77059, 77078, 77102, 77125, 77133, 77142, 77150, 77163, 77173, 77188, 77204, 77219, 77232, 77243, 77258, 77276, 77289, 77304, 77318, 77331, 77340, 77357, 77363, 77370, 77383, 77397, 77423, 77446, 77468, 77479, 77501, 77518, 77536, 77551, 77570, 77590, 77605, 77618, 77630, 77646, 77657, 77669, 77679, 77698, 77718, 77735, 77758, 77782, 77803, 77828, 77849, 77856, 77864, 77873, 77880, 77888, 77897, 77911, 77926, 77944, 77957, 77969, 77987, 78006, 78022, 78044, 78067, 78087, 78111, 78131, 78140, 78150, 78155, 78167, 78177, 78188, 78213, 78233, 78252, 78268, 78283, 78312, 78336, 78359, 78379, 78390, 78408, 78420, 78433, 78447, 78462, 78478, 78490, 78503, 78517, 78527, 78543, 78553, 78562, 78572, 78585, 78598, 78612, 78622, 78631, 78644, 78659, 78671, 78681, 78692, 78704, 78718, 78730, 78749, 78767, 78788, 78812, 78835, 78857, 78869, 78879, 78895, 78908, 78924, 78929, 78935, 78947, 78960, 78985, 79007, 79028, 79038, 79054, 79069, 79090, 79106, 79123, 79137, 79155, 79173, 79192, 79206, 79218, 79224, 79235, 79251, 79272, 79292, 79297, 79314, 79323, 79328, 79339, 79353, 79371, 79383, 79395, 79407, 79421, 79439],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[39, 321, 1141, 1144, 1190, 1901, 2179, 2553, 2554, 2744, 2751, 2762, 2770, 2772, 2835]), Anchor::All(&[Anchor::Lits(&[2867, 3151, 3294, 3352, 3398, 3402, 3404, 3407, 3409, 3411, 3438, 3442, 3445, 3461, 3468, 3492, 3494, 3498, 3501, 3517, 3524, 3667, 3669, 3701, 3848, 3851, 3855, 3858, 4065, 4219, 4233, 4247, 4258, 4275, 4277, 4287, 4324, 4366, 4413, 4417, 4420, 4422, 4446, 4448, 4450, 4583, 4601, 4820, 4852, 4877, 4964, 4968, 4969, 4971, 4973, 4975, 5036, 5253, 5255, 5273, 5324]), Anchor::Lits(&[3210, 3254, 3278, 3381, 3383, 3725, 3728, 3736, 3738, 3957, 4073, 4562, 4565, 4695, 4755, 4775, 5019, 5279])]), Anchor::All(&[Anchor::Lits(&[2867, 3151, 3294, 3352, 3398, 3402, 3404, 3407, 3409, 3411, 3438, 3442, 3445, 3461, 3468, 3492, 3494, 3498, 3501, 3517, 3524, 3667, 3669, 3701, 3848, 3851, 3855, 3858, 4065, 4219, 4233, 4247, 4258, 4275, 4277, 4287, 4324, 4366, 4413, 4417, 4420, 4422, 4446, 4448, 4450, 4583, 4601, 4820, 4852, 4877, 4964, 4968, 4969, 4971, 4973, 4975, 5036, 5253, 5255, 5273, 5324]), Anchor::Lits(&[3210, 3254, 3280, 3299, 3340, 3381, 3386, 3586, 3728, 3736, 3740, 3910, 3947, 3960, 4116, 4390, 4562, 4565, 4677, 4759, 4775, 4956, 5019, 5049, 5080, 5197, 5279])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[369, 467, 527, 540, 544, 627, 628, 630, 1026, 1103, 1240, 1249, 1304, 1451, 1455, 1514, 1544, 1545, 1546, 1728, 1755, 1838, 1850, 1857, 1865, 1984, 1985, 1993, 2040, 2267, 2269, 2274, 2305, 2307, 2737, 2742, 2744, 2747, 2758, 2760, 2770, 2835, 3211, 3255, 3382, 3384, 3387, 3726, 3729, 3737, 3739, 3741, 3958, 3961, 4563, 4566, 4570, 4760, 4776, 5020, 5021, 5280]), Anchor::All(&[Anchor::Lits(&[3210, 3254, 3381, 3383, 3725, 3728, 3736, 3738, 3957, 4562, 4565, 4759, 4775, 5019, 5279]), Anchor::Lits(&[2945, 2989, 3582, 5722])]), Anchor::All(&[Anchor::Lits(&[2867, 3151, 3294, 3352, 3398, 3402, 3404, 3407, 3409, 3411, 3438, 3442, 3445, 3461, 3468, 3492, 3494, 3498, 3501, 3517, 3524, 3667, 3669, 3701, 3848, 3851, 3855, 3858, 4065, 4219, 4233, 4247, 4258, 4275, 4277, 4287, 4324, 4366, 4413, 4417, 4420, 4422, 4446, 4448, 4450, 4583, 4601, 4820, 4852, 4877, 4964, 4968, 4969, 4971, 4973, 4975, 5036, 5253, 5255, 5273, 5324]), Anchor::Lits(&[3209, 3383, 3727, 3738, 3957, 4072, 4565, 4694, 4755, 4774, 4780])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[539, 1222, 1223, 1224, 1335, 1336, 1346, 1347, 1454, 1837, 1839, 1899, 1991, 2022, 2023, 2024, 2775, 2779, 2782, 2784, 2786, 2789, 2795, 2800, 2804, 2817, 2827]), Anchor::All(&[Anchor::Lits(&[3210, 3386, 4120, 4390]), Anchor::Lits(&[2774])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[2870, 3117, 3544, 3896, 3905, 4055, 4540, 4551, 4886, 5346, 5348, 5606, 5646, 5647, 5650, 5656, 5705, 5706, 5721, 5794]), Anchor::Lits(&[2945, 2994, 3587, 5457, 5479])])),
            (4, "override-the-above", Anchor::Lits(&[40, 322, 1855, 1864])),
            (5, "override-bare-instructions", Anchor::Lits(&[382, 661, 1131, 1276, 1591, 1616, 1777, 1800, 2225, 2227])),
            (6, "override-previous-loosely", Anchor::Lits(&[3851, 4708])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[2868, 2869, 2947, 3152, 3295, 3353, 3399, 3403, 3405, 3408, 3410, 3412, 3443, 3446, 3462, 3493, 3499, 3502, 3518, 3668, 3670, 3702, 3849, 3852, 3856, 3859, 4220, 4234, 4248, 4259, 4276, 4278, 4288, 4325, 4357, 4367, 4414, 4418, 4421, 4423, 4447, 4449, 4451, 4584, 4602, 4821, 4853, 4878, 4965, 4970, 4972, 4974, 4976, 5254, 5256, 5274, 5325]), Anchor::All(&[Anchor::Lits(&[2867, 3151, 3294, 3352, 3398, 3402, 3404, 3407, 3409, 3411, 3438, 3442, 3445, 3461, 3468, 3492, 3494, 3498, 3501, 3517, 3524, 3667, 3669, 3701, 3848, 3851, 3855, 3858, 4065, 4219, 4233, 4247, 4258, 4275, 4277, 4287, 4324, 4366, 4413, 4417, 4420, 4422, 4446, 4448, 4450, 4583, 4601, 4820, 4852, 4877, 4964, 4968, 4969, 4971, 4973, 4975, 5036, 5253, 5255, 5273, 5324]), Anchor::Lits(&[479, 500, 546, 559, 634, 1197, 1268, 1308, 1517, 1690, 1749, 1814, 1887, 2302])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[192, 344, 345, 347, 349, 537, 538, 551, 556, 1129, 1130, 1206, 1208, 1415, 1416, 1446, 1456, 1861, 1862, 1988, 1994, 2063, 2066, 2237, 2238, 2298, 2485])),
            (9, "override-everything-then-order", Anchor::Lits(&[661, 1131, 1276, 1591, 1616, 2070])),
            (10, "hijack-the-content", Anchor::Lits(&[3407, 3667, 3851, 4877])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[3211, 3255, 3279, 3382, 3384, 3387, 3726, 3729, 3737, 3739, 3741, 3958, 3961, 4074, 4563, 4566, 4570, 4696, 4756, 4760, 4776, 5020, 5021, 5280]), Anchor::Any(&[Anchor::Lits(&[3035, 3036, 3435, 3453, 3483, 3484, 3485, 3486, 3489, 3509, 3975, 3976, 4272, 4273, 4274, 4279, 4280]), Anchor::All(&[Anchor::Lits(&[28, 29, 60, 422, 423, 604, 616, 651, 1009, 1021, 1063, 1097, 1098, 1204, 1277, 1360, 1380, 1428, 1443, 1635, 1638, 1665, 1666, 1667, 1668, 1670, 1684, 1695, 1699, 1745, 1765, 1769, 1933, 1962, 1966, 1977, 1978, 1999, 2006, 2242, 2247, 2253, 2585, 2669, 2679, 2727]), Anchor::Lits(&[3033, 3719, 3747, 3751, 3756, 3973, 4135, 4855, 4859, 5456, 5495])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[308, 421, 424, 1230, 1232, 1361, 1362, 1767, 1768, 1777, 1779, 1781, 1782, 1965, 1967, 2246, 2248, 2283, 2285, 2523, 2524, 2667]), Anchor::Lits(&[3209, 3288, 3383, 3736, 3957, 4111, 4123, 4389, 4501, 4508, 4565, 4759])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[2735, 2740, 2745, 2748, 2769, 2834]), Anchor::All(&[Anchor::Lits(&[37, 38, 58, 59, 506, 507, 1119, 1121, 1254, 1256, 1458, 1459, 1685, 1686, 1979, 1980, 2218, 2219]), Anchor::Lits(&[3210, 3254, 3278, 3324, 3365, 3381, 3383, 3725, 3728, 3736, 3738, 3957, 4073, 4096, 4382, 4426, 4562, 4565, 4695, 4755, 4775, 5019, 5278, 5279])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1050, 1051, 1052, 1053, 1408, 1409, 1410, 1411, 1731, 1732, 1733, 1734, 2182, 2183, 2184, 2185, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2896, 2902, 2903, 2979, 2980, 2981, 2982, 2983, 2984, 2985, 3119, 3120, 3123, 3124, 3125, 3214, 3215, 3216, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3240, 3243, 3246, 3249, 3251, 3270, 3271, 3273, 3275, 3291, 3292, 3293, 3316, 3317, 3318, 3319, 3347, 3348, 3349, 3350, 3367, 3368, 3369, 3371, 3372, 3373, 3374, 3545, 3546, 3547, 3548, 3549, 3550, 3551, 3592, 3593, 3594, 3595, 3596, 3597, 3629, 3630, 3631, 3633, 3634, 3635, 3636, 3638, 3640, 3641, 3642, 3684, 3686, 3766, 3767, 3768, 3769, 3770, 3771, 3772, 3906, 4026, 4029, 4030, 4032, 4033, 4034, 4082, 4083, 4084, 4085, 4328, 4329, 4330, 4331, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4342, 4344, 4347, 4350, 4353, 4355, 4370, 4371, 4372, 4373, 4374, 4375, 4396, 4397, 4398, 4399, 4400, 4401, 4402, 4522, 4523, 4524, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4632, 4633, 4635, 4637, 4686, 4687, 4688, 4887, 4937, 4938, 4939, 4940, 4941, 4942, 5017, 5018, 5019, 5022, 5023, 5024, 5025, 5031, 5032, 5033, 5034, 5037, 5038, 5039, 5040, 5289, 5290, 5293, 5299, 5689, 5709])),
            (15, "permission-to-ignore", Anchor::Lits(&[3140, 3151, 3192, 3394, 3407, 3579, 3667, 3851, 4417, 4877, 5446])),
            (16, "deceive-the-user", Anchor::Lits(&[3151, 3407, 3434, 3448, 3449, 3454, 3460, 3464, 3466, 3488, 3504, 3505, 3510, 3516, 3520, 3522, 3667, 3773, 3775, 3777, 3781, 3851, 4225, 4236, 4237, 4241, 4249, 4253, 4256, 4417, 5546])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[2944, 2946, 3014, 3015, 3016, 3020, 3022, 3023, 3024, 3025, 3085, 3086, 3087, 3088, 3138, 3169, 3185, 3191, 3210, 3254, 3260, 3263, 3264, 3268, 3278, 3312, 3313, 3381, 3383, 3562, 3577, 3583, 3622, 3724, 3725, 3727, 3735, 3736, 3738, 3799, 3806, 3940, 3941, 3942, 3943, 3945, 3946, 3957, 4073, 4077, 4127, 4131, 4501, 4508, 4541, 4562, 4565, 4571, 4610, 4622, 4630, 4695, 4712, 4713, 4759, 4774, 4777, 4806, 4807, 4808, 4833, 4838, 4839, 4840, 4841, 4842, 4844, 5019, 5154, 5279, 5300, 5735]), Anchor::Lits(&[239, 298, 334, 1700, 1719, 1720, 1722, 2458])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[2673, 2678, 3132, 3200, 3201, 3680, 3681, 3683, 5029]), Anchor::All(&[Anchor::Lits(&[3210, 3254, 3288, 3381, 3383, 3725, 3728, 3736, 3738, 3844, 3957, 4109, 4110, 4471, 4562, 4565, 4695, 4759, 4775, 5019, 5279]), Anchor::Lits(&[3202, 3204, 3355, 3527, 3563, 3564, 3637, 4424, 4578, 4651, 4652, 4654, 4679, 4683, 4717, 5324, 5498, 5499])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[68, 69, 70, 71, 1707, 1708, 1721, 1729, 2444, 2445, 2457, 2475, 2671, 2672, 2675, 2677])),
            (20, "override-what-makers-said", Anchor::Lits(&[5086, 5152, 5153, 5160, 5165, 5166, 5169, 5174, 5175, 5180, 5724, 5737, 5739, 5745, 5751, 5753, 5756, 5763, 5764, 5769])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[635, 637, 1340, 1553, 1557, 1751, 1841, 2027]), Anchor::All(&[Anchor::Lits(&[5606, 5649, 5673, 5704, 5706, 5775, 5793]), Anchor::Lits(&[3253, 3619, 3677, 3743, 4015, 4070, 4415, 4619, 4658, 4681, 4716, 5330])]), Anchor::All(&[Anchor::Lits(&[3695, 3696, 3706, 3707, 4024, 4025, 4121, 4122, 4579, 4580, 4614, 4615, 4722, 4723]), Anchor::Lits(&[5722])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[212, 213, 214, 216, 217, 218, 226, 227, 228, 229, 230, 231, 233, 238, 2745, 2750, 2767, 2769, 2834])),
            (23, "nothing-is-real", Anchor::Lits(&[177, 529, 1624, 1661, 1674, 1675, 1676, 1677, 2026])),
            (24, "declined-now-allowed", Anchor::Lits(&[3099, 3134, 3314, 3315, 3344, 3361, 3397, 3664, 3665, 4564, 4631, 4648, 4692, 5598, 5599])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[540, 1220, 1225, 1338, 1451, 1455, 1570, 1838, 1840, 1993, 2025, 2735, 2745, 2746, 2750, 2753, 2754, 2755, 2769, 2829, 2834, 3065, 5189]), Anchor::All(&[Anchor::Lits(&[540, 1225, 1338, 1838, 1840, 1993, 2025, 2275]), Anchor::Lits(&[5722])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[42, 505, 585, 1207, 1491, 1837, 1839, 1872, 2037, 2077])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[261, 262, 263, 264, 373, 374, 515, 547, 560, 636, 1152, 1153, 1155, 1159, 1160, 1161, 1171, 1190, 1333, 1473, 1512, 1885, 1886, 1887, 2123, 2197, 2306, 2484, 2744, 2749, 2762, 2766, 2767, 2768, 2833, 2994, 3272, 3274, 3587, 3641, 4084, 4341, 4634, 4636, 4680, 4682, 5035, 5043, 5292, 5297, 5356, 5359, 5365, 5367, 5368, 5370, 5371, 5386, 5387, 5388, 5391, 5479, 5748, 5749, 5770]), Anchor::All(&[Anchor::Lits(&[374, 511, 539, 636, 1219, 1221, 1224, 1337, 1749, 1837, 1839, 1886, 1887, 1992, 2024, 2127, 2506]), Anchor::Lits(&[5092, 5124, 5151, 5163, 5355])]), Anchor::All(&[Anchor::Lits(&[374, 539, 636, 1221, 1224, 1337, 1749, 1886, 1887, 2024]), Anchor::Lits(&[3365, 3764, 4953, 4955, 5015])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[40, 59, 193, 312, 507, 511, 539, 558, 636, 996, 1121, 1135, 1221, 1224, 1255, 1257, 1337, 1398, 1454, 1686, 1837, 1980, 1992, 2024, 2127, 2377, 2387, 2428, 3013, 3065, 3066, 3067, 3068, 3728, 3977, 4381, 4410, 4416, 4653, 4775, 4778, 5002, 5044, 5301]), Anchor::All(&[Anchor::Lits(&[351, 366, 514, 1189, 1472, 1743, 2031, 2122, 2196, 2249, 2250, 2717]), Anchor::Lits(&[2734])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[3257, 3258, 3279, 3289, 3382, 3387, 3632, 3729, 3741, 3921, 3922, 3931, 3959, 3961, 4472, 4502, 4518, 4563, 4566, 4570, 4696, 4760, 4854, 5020, 5021, 5280]), Anchor::Lits(&[2774])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[3258, 3382, 3387, 3741, 3961, 4112, 4117, 4518, 4566, 4570, 4760, 4854, 5081]), Anchor::Lits(&[2923, 3256, 3366, 3765, 3920, 3970, 4118, 4378, 4395, 4514, 4553, 4613, 4824, 4954, 5016, 5315, 5445])])),
            (31, "what-others-told-you", Anchor::Lits(&[40, 242, 243, 244, 245, 312, 1168, 1169, 1170, 1171, 1185, 1186, 1187, 1188, 1330, 1331, 1332, 1333, 1870, 1882, 1883, 1884, 1885, 1908, 1909, 1910, 1911, 2044, 2045, 2046, 2047, 2087, 2088, 2089, 2090, 2288, 2289, 2290, 2291, 2294, 2295, 2296, 2297, 2481, 2482, 2483, 2484, 2721, 2722, 2723, 2724, 2728, 2729, 2730, 2731])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[208, 632, 711, 1228, 1234, 2598, 2604, 3904, 3948, 5458, 5460, 5462, 5471, 5477, 5480])),
            (33, "reveal-given-instructions", Anchor::Lits(&[39, 83, 260, 311, 995, 1128, 1292, 1359, 1869, 2474, 2605, 2676, 2735, 2745, 2750, 2769, 2834, 3126, 3685, 3721, 3904, 3948, 4358, 5085, 5630, 5644, 5651, 5661, 5671, 5688, 5691, 5707, 5710, 5789, 5795])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[39, 259, 260, 314, 315, 316, 320, 321, 1149, 1157, 1293, 1853, 1871, 2179, 2752, 2762, 2770, 2836]), Anchor::All(&[Anchor::Lits(&[546, 559, 1306, 1308, 1337, 1852, 1887, 2302, 2715]), Anchor::Lits(&[40, 996, 1116, 1236, 1302, 1754, 1854, 1863, 1868])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[325, 326, 327, 2195, 2199, 2200])),
            (36, "reveal-context-contents", Anchor::Lits(&[1696, 1698, 3282, 3287, 3288, 3309, 3960, 4517, 4565, 5019, 5083, 5595, 5596])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[5723, 5736, 5740, 5742, 5743, 5744, 5747, 5750, 5752, 5754, 5755, 5758, 5760, 5761, 5762, 5771, 5773])),
            (38, "complete-the-leak", Anchor::Lits(&[3817, 3819, 3820, 3822, 3823, 3825, 3826, 3827, 3829, 3830, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 5167, 5168, 5171, 5172, 5173, 5176, 5177, 5178, 5179, 5608, 5609, 5612, 5613, 5616, 5618, 5765, 5766, 5767, 5768])),
            (39, "what-you-must-not-say", Anchor::Lits(&[3077, 3666, 3955, 4255, 4313, 4314, 4315, 4316, 4561, 4564, 4693, 5270, 5277])),
            (40, "reveal-initialization", Anchor::Lits(&[3912, 3913, 3914, 3915, 3916, 3917, 3918, 3919, 3923, 3924, 3925, 3926, 3927, 3928, 3929, 3930, 3932, 3933, 3934, 3935, 3936, 3937, 3938, 3939])),
            (41, "forged-own-instructions", Anchor::Lits(&[2776, 2778, 2780, 2783, 2787, 2792, 2793, 2797, 2799, 2801, 2803, 2808, 2809, 2811, 2814, 2818, 2819, 2822, 2828])),
            (42, "follow-what-it-says", Anchor::Lits(&[153, 154, 155, 156, 157, 159, 160, 219, 220, 221, 222, 223, 224, 2380, 2381, 2382, 2383, 2384, 2385, 2386, 2607, 2608, 2609, 2610, 2611, 2612, 2614, 2615, 2616, 2617, 2618, 2619])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3377, 3479, 5087, 5119, 5162, 5198, 5233, 5242, 5252, 5633, 5635, 5638, 5645, 5648, 5654, 5659, 5701, 5707, 5725, 5730, 5746]), Anchor::All(&[Anchor::Lits(&[509, 519, 546, 581, 1013, 1337, 1418, 1493, 1496, 1880, 1887, 2032, 2093, 2095, 2125, 2127, 2486, 2572]), Anchor::Lits(&[5355])]), Anchor::All(&[Anchor::Lits(&[274, 513, 518, 1476, 2030, 2562]), Anchor::Lits(&[3037, 5605, 5672, 5774])])]), Anchor::Lits(&[510, 512, 520, 526, 547, 582, 1014, 1019, 1338, 1419, 1494, 1497, 1881, 1888, 2033, 2094, 2096, 2126, 2128, 2487, 2488, 2573, 3038, 3039, 3040, 3041, 3042, 3043, 5088, 5089, 5090, 5091, 5120, 5121, 5122, 5123, 5199, 5200, 5201, 5202, 5203, 5204, 5205, 5206, 5234, 5235, 5236, 5237, 5238, 5239, 5240, 5241, 5243, 5244, 5245, 5246, 5247, 5248, 5249, 5250, 5611, 5614, 5615, 5621, 5631, 5634, 5636, 5639, 5646, 5649, 5655, 5660, 5676, 5677, 5678, 5680, 5685, 5687, 5702, 5703, 5708, 5726, 5727, 5728, 5729, 5731, 5732, 5733, 5734, 5778, 5779, 5780, 5784, 5790, 5792])])),
            (44, "developer-message-requested", Anchor::Lits(&[40, 312, 629, 1147, 1250, 1305, 1338, 2091, 2270, 2275, 2738, 2739, 2745, 2763, 2765, 2771, 5159, 5170, 5459, 5461, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 5472, 5473, 5474, 5475, 5476, 5478, 5741, 5759])),
            (45, "agents-environment-requested", Anchor::Lits(&[5093, 5094, 5095, 5096, 5097, 5098, 5099, 5100, 5101, 5102, 5103, 5104, 5105, 5106, 5107, 5108, 5109, 5110, 5111, 5112, 5113, 5114, 5115, 5116, 5117, 5118, 5125, 5126, 5127, 5128, 5129, 5130, 5131, 5132, 5133, 5134, 5135, 5136, 5137, 5138, 5139, 5140, 5141, 5142, 5143, 5144, 5145, 5146, 5147, 5148, 5149, 5150, 5207, 5208, 5209, 5210, 5211, 5212, 5213, 5214, 5215, 5216, 5217, 5218, 5219, 5220, 5221, 5222, 5223, 5224, 5225, 5226, 5227, 5228, 5229, 5230, 5231, 5232, 5357, 5358, 5360, 5361, 5362, 5363, 5364, 5366, 5369, 5372, 5373, 5374, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382, 5383, 5384, 5385, 5389, 5390, 5392])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[272, 275, 336, 367, 497, 504, 516, 552, 557, 579, 590, 625, 1028, 1147, 1158, 1172, 1485, 1486, 1487, 1488, 1489, 1680, 1681, 1682, 1691, 1692, 1748, 1785, 1787, 1877, 1885, 1937, 1975, 2124, 2265, 2266, 2268, 2269, 2274, 2276, 2301, 2505, 2725, 2732, 2781, 2790, 2791, 2796, 2810, 2813, 3076, 3385, 3818, 3821, 3824, 3862, 3863, 3864, 3962, 4114, 4318, 4392, 4411, 4416, 4419, 5002, 5041, 5044, 5251, 5349, 5594, 5604, 5637, 5664, 5665, 5666, 5667, 5668, 5669, 5670, 5690, 5692, 5720, 5723, 5738, 5748, 5749, 5757, 5758, 5770, 5772]), Anchor::All(&[Anchor::Lits(&[3387, 3961, 4391, 4563]), Anchor::Lits(&[5722])]), Anchor::All(&[Anchor::Lits(&[205, 1384]), Anchor::Lits(&[5722])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1055, 1424, 1425, 1830, 1831, 1970, 1982, 2029, 2600, 2601, 2736, 2757, 2759])),
            (54, "authority-override", Anchor::Lits(&[43, 1520, 1522, 1530, 1776])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[52, 352, 1007, 1011, 1012, 1307, 1823, 1912, 2198, 2257, 2258]), Anchor::All(&[Anchor::Lits(&[5606, 5650, 5658, 5673, 5711, 5775]), Anchor::Lits(&[1518])])])),
            (58, "address-the-model", Anchor::Lits(&[151, 152, 1301, 1790, 1879, 1926, 2079, 2243, 2244, 3846, 4107, 4108, 4113, 4115, 4317, 4319, 4320, 4321, 4575, 4576, 4649, 4650, 5450, 5451])),
            (59, "unrestricted-mode", Anchor::Lits(&[1520, 1521, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1778, 2960, 2971, 3175, 3332, 3370, 3375, 3538, 3590, 3678, 3709, 3745, 3986, 4000, 4005, 4020, 4076, 4268, 4269, 4271, 4294, 4365, 4383, 4616, 4950, 4989, 5309, 5310, 5312, 5321, 5327, 5331, 5337, 5343])),
            (60, "dan-persona", Anchor::Lits(&[2893, 2894, 2895, 2897, 2898, 2899, 2900, 2901, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2941, 2942, 2943, 3078, 3079, 3080, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3135, 3136, 3137, 3178, 3179, 3180, 3331, 3333, 3334, 3335, 3336, 3432, 4124, 4125, 4126, 4473, 4474, 4475, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 5442, 5443, 5444, 5607, 5610, 5617, 5622, 5623, 5624, 5625, 5626, 5627, 5628, 5629, 5632, 5674, 5675, 5679, 5681, 5682, 5683, 5684, 5686, 5693, 5694, 5695, 5696, 5697, 5698, 5699, 5700, 5712, 5713, 5714, 5715, 5716, 5717, 5718, 5719, 5776, 5777, 5781, 5785, 5786, 5787, 5788, 5791])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[167, 403, 724, 1600, 2647, 2959, 3311, 3330, 3376, 3588, 3743, 3749, 3870, 3995, 4015, 4051, 4070, 4075, 4097, 4218, 4267, 4270, 4293, 4295, 4617, 4720, 4757, 4758, 5306, 5308, 5311, 5313, 5314, 5319, 5320, 5326, 5333, 5334, 5335, 5345, 5527, 5528, 5539, 5540, 5541, 5542, 5543, 5544, 5545, 5549, 5550, 5551, 5552, 5553, 5554, 5555, 5557, 5563, 5565, 5567, 5571, 5580, 5581]), Anchor::All(&[Anchor::Lits(&[372, 391, 663, 840, 841, 918, 919, 1229, 1278, 1383, 1389, 1583, 1601]), Anchor::Lits(&[5084, 5483, 5487])])]), Anchor::Lits(&[48, 50, 165, 307, 309, 324, 332, 333, 478, 499, 548, 1004, 1005, 1283, 1742, 1826, 1827, 1828, 1829, 1878, 1932, 1969, 1981, 1983, 2001, 2015, 2016, 2144, 2145, 2187, 2193, 2194, 2286, 2508, 2529, 2735, 2761, 2829])])),
            (62, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[41, 126, 158, 166, 167, 168, 169, 381, 550, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 1136, 1137, 1577, 1585, 1600, 1607, 1687, 1688, 1689, 1808, 1845, 1876, 2008, 2192, 2674, 2680, 4980]), Anchor::All(&[Anchor::Lits(&[372, 391, 663, 834, 840, 841, 843, 912, 918, 919, 921, 1132, 1229, 1278, 1382, 1383, 1388, 1389, 1583, 1584, 1588, 1601]), Anchor::Lits(&[2303, 2637, 2644])]), Anchor::All(&[Anchor::Lits(&[127, 1047, 1403, 2539, 2543, 2550]), Anchor::Lits(&[85, 247, 353, 477, 480, 1532, 1814, 2264, 2579])])])),
            (63, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[672, 1633, 1683, 2832, 3558, 3559, 4600, 4871, 4872, 4967]), Anchor::All(&[Anchor::Lits(&[402, 1426, 1563, 1621]), Anchor::Lits(&[2863, 2864, 2865, 2866, 2961, 2962, 2963, 2964, 2976])])])),
            (64, "no-restrictions", Anchor::Lits(&[3139, 3170, 3269, 3279, 3285, 3578, 3623, 3726, 3729, 3741, 4074, 4078, 4128, 4129, 4132, 4502, 4542, 4563, 4690, 4691, 4696, 4760, 4776, 4789, 4801])),
            (65, "rules-do-not-apply", Anchor::Lits(&[190, 191, 1061, 1123, 1124, 1125, 1126, 1127, 1128, 1492, 1723, 1724, 1725, 1726, 1727, 1728, 1770, 1771, 1772, 1773, 1774, 1775, 2463, 2464, 2470, 2471, 2472, 2474])),
            (66, "no-rules-apply", Anchor::Lits(&[4310, 5164, 5185, 5186, 5187, 5188, 5190, 5191, 5194, 5195])),
            (67, "freed-from-limits", Anchor::Lits(&[370, 371, 378, 1023, 1024, 1057, 1136, 1138, 1440, 1634, 1636, 1637, 1669, 1671, 1672, 1959, 2538, 2540, 2541, 2552])),
            (68, "respond-without-limits", Anchor::Lits(&[592, 593, 594, 595, 596, 597, 608, 609, 610, 611, 612, 613, 1938, 1939, 1940, 1941, 1942, 1943, 1951, 1952, 1953, 1954, 1955, 1956, 2057, 2058, 2059, 2060, 2061, 2062, 2958, 3674, 3858, 4262, 4265, 4266, 4282, 4283, 4291, 4292, 4296, 4638, 5526, 5538, 5546])),
            (69, "pre-safety-self", Anchor::Lits(&[1697, 3118])),
            (70, "stay-in-character", Anchor::Lits(&[674, 675, 687, 936, 937, 949, 1414, 1571, 1572, 1589, 1960, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213])),
            (71, "jailbreak-template", Anchor::Lits(&[474, 1623, 1627, 1628, 1630, 1632, 1659, 1660, 1887, 1931, 2388, 2429, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3897, 3898, 3899, 3900, 3901, 3902, 3903, 4130, 5438, 5500, 5501, 5502, 5503, 5504, 5505, 5506, 5510, 5511, 5512, 5513, 5514, 5515, 5516, 5517, 5518, 5519, 5520, 5521, 5522, 5523, 5531, 5532, 5533, 5534, 5535, 5536, 5537])),
            (72, "jailbreak", Anchor::Lits(&[3276, 3277, 3693, 3694, 3828, 3831, 3832, 3981, 3982, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4014, 4016, 4017, 4018, 4019, 4020, 4021, 4022, 4322, 4323, 4543, 4817, 5452, 5453, 5619, 5620, 5652, 5653, 5782, 5783, 5796, 5797])),
            (73, "evil-twin", Anchor::Lits(&[2777, 2785, 2788, 2792, 2794, 2798, 2802, 2811, 2814, 2816, 2820, 2821, 2823, 2824, 2825])),
            (74, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[49, 225, 237, 258, 1281, 1438, 1858, 2251]), Anchor::Lits(&[204, 209, 631, 633, 673, 833, 911, 935, 1381, 1387, 1569, 1633, 2597, 2599, 2603, 2606])])),
            (75, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[587, 591, 615, 1429, 1792, 2048]), Anchor::Lits(&[124, 989, 1032, 2559, 2645, 2719])])),
            (76, "simulated-privileged-shell", Anchor::Lits(&[2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 3687, 3688, 3689, 3690, 3691, 3692, 3708, 3710, 3711, 3712, 3713, 3714, 4743, 4744, 4745, 4746, 4747, 4748, 4988, 4990, 4991, 4992, 4993, 4994, 5003, 5004, 5005, 5006, 5007, 5008, 5336, 5338, 5339, 5340, 5341, 5342])),
            (77, "self-escalation", Anchor::Lits(&[638, 1402, 2326, 2330, 2805, 2806, 2807, 2830])),
            (78, "blind-execution", Anchor::Lits(&[176, 1042, 2613])),
            (79, "forbidden-becomes-required", Anchor::Lits(&[107, 108, 109, 111, 178, 179, 180, 181, 1043, 1044, 1045, 1046, 1744, 2621, 2622, 2623, 2624])),
            (80, "opposite-of-your-rules", Anchor::Lits(&[2741, 2743, 2756, 2764, 2773, 4384])),
            (81, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[530, 1020, 1267, 1281, 1285, 1286, 1287, 1820, 1858, 2056, 2251]), Anchor::Any(&[Anchor::Lits(&[167, 403, 724, 1600, 2647, 2959, 3311, 3330, 3376, 3588, 3743, 3749, 3870, 3995, 4015, 4051, 4070, 4075, 4097, 4218, 4267, 4270, 4293, 4295, 4617, 4720, 4757, 4758, 5306, 5308, 5311, 5313, 5314, 5319, 5320, 5326, 5333, 5334, 5335, 5345, 5527, 5528, 5539, 5540, 5541, 5542, 5543, 5544, 5545, 5549, 5550, 5551, 5552, 5553, 5554, 5555, 5557, 5563, 5565, 5567, 5571, 5580, 5581]), Anchor::All(&[Anchor::Lits(&[372, 391, 663, 840, 841, 918, 919, 1229, 1278, 1383, 1389, 1583, 1601]), Anchor::Lits(&[5084, 5483, 5487])])]), Anchor::Lits(&[72, 81, 86, 95, 248, 257, 354, 365, 481, 482, 572, 1461, 1470, 1533, 1542, 2533, 2580])])),
            (82, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3143, 3145, 3146, 3568, 3612, 4958, 4959]), Anchor::All(&[Anchor::Lits(&[4053, 4054]), Anchor::Lits(&[580, 584, 1417, 1794, 2071, 2476])]), Anchor::All(&[Anchor::Lits(&[3540, 3541]), Anchor::Lits(&[3325, 4044, 4434, 4823, 5267])])]), Anchor::Lits(&[2892, 2914, 2978, 3102, 3106, 3121, 3122, 3125, 3177, 3208, 3290, 3556, 3557, 3871, 4380, 4487, 4488, 4489, 4490, 4557, 4618, 4657, 4685, 4689, 4707, 4724, 4734, 4869, 4870, 4945, 4951, 4952, 5047, 5283, 5303, 5606, 5673, 5775]), Anchor::Lits(&[2304, 2638, 2645])]), Anchor::All(&[Anchor::Lits(&[3082, 3130, 3131, 3322, 3328, 3401, 3589, 3673, 3744, 3746, 3949, 4098, 4721, 4773, 4818, 4946, 5196]), Anchor::Any(&[Anchor::Lits(&[2887, 2890, 2957, 2997, 3144, 3323, 3325, 3354, 3364, 3394, 3526, 3539, 3612, 3617, 3742, 4052, 4393, 4427, 4434, 4482, 4554, 4823, 4846, 4936, 4947, 4957, 5267, 5302, 5497]), Anchor::All(&[Anchor::Lits(&[3722]), Anchor::Lits(&[46, 100, 1753, 1786, 2078, 2260])]), Anchor::All(&[Anchor::Lits(&[3308, 3542, 3553, 3618, 3672, 4053, 4511, 4850, 5282, 5329, 5351]), Anchor::Lits(&[2447, 2448, 2449, 2451, 2452, 2453, 2454, 2455, 2456, 2459, 2465, 2468, 2473])])]), Anchor::Lits(&[2892, 2914, 3102, 3106, 4486, 4499, 4869, 5606, 5775])])])),
            (83, "third-party-permission", Anchor::All(&[Anchor::Lits(&[382, 489, 599, 642, 973, 1027, 1054, 1060, 1065, 1211, 1276, 1777, 1961, 2028, 2148, 2255, 2526, 2530, 2546, 2668]), Anchor::Lits(&[114, 199, 241, 276, 277, 494, 606, 1062, 1167, 1189, 1212, 1314, 1329, 1566, 1703, 1747, 1750, 1813, 1976, 2043, 2065, 2141, 2480, 2594])])),
            (84, "privileged-identity", Anchor::Lits(&[121, 199, 276, 277, 494, 999, 1006, 1212, 2547, 2642, 2735, 2761, 2829])),
            (85, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[2681, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 3089, 3090, 3091, 3092, 3105, 3174, 3186, 3187, 3188, 3190, 3730, 3731, 3732, 3734, 3845, 3868, 4102, 4103, 4104, 4105, 4465, 4466, 4467, 4468, 4503, 4504, 4505, 4507, 4604, 4605, 4606, 4607, 4698, 4699, 4700, 4702, 4779, 4785, 4786, 4802, 4832, 4835, 4837, 4845, 5001, 5010, 5155, 5156, 5157, 5158, 5488, 5489, 5490, 5491, 5492, 5493, 5494]), Anchor::All(&[Anchor::Lits(&[2939, 3968, 4733, 4754, 5082]), Anchor::Lits(&[44, 46, 123, 188, 571, 578, 580, 600, 601, 602, 603, 643, 644, 645, 646, 647, 648, 649, 650, 974, 975, 976, 977, 978, 979, 980, 981, 982, 988, 1001, 1059, 1065, 1133, 1211, 1432, 1753, 1786, 1794, 1821, 1842, 1874, 2071, 2078, 2082, 2180, 2189, 2476, 2507, 2525, 2546, 2555])]), Anchor::All(&[Anchor::Lits(&[562, 986, 1059, 1064, 1431, 2214, 2220, 2545]), Anchor::Lits(&[53, 1048, 1856, 1929, 2216, 2716])])])),
            (86, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[54, 1122, 1177, 1930, 2940, 3157, 3158, 3482, 3752, 3753, 3754, 3755, 3853, 3854, 3867, 4251, 4521, 5009, 5496]), Anchor::All(&[Anchor::Lits(&[390, 662, 1275, 1622, 1625, 1627, 1629, 1630, 1631, 1632, 1655, 1656, 1657, 1659, 1660, 1662, 1663, 1664, 2176, 4015, 5306, 5311, 5320, 5335]), Anchor::Lits(&[210])])])),
            (87, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[2256, 2284, 2531, 2940, 3081, 3816, 3867, 3879, 4227, 4251, 4252, 4521, 5009, 5470]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2256, 2284, 2531]), Anchor::All(&[Anchor::Lits(&[196, 197, 368, 539, 1025, 1100, 1219, 1450, 1454, 1784, 1837, 1839, 1992, 2024, 2036]), Anchor::Lits(&[3674, 4264, 5546, 5801])])]), Anchor::Lits(&[2891, 2977, 4656, 4684, 4944, 5046, 5601])]), Anchor::All(&[Anchor::Lits(&[196, 368, 539, 542, 1025, 1102, 1219, 1450, 1454, 1837, 1839, 1992, 2024, 2036]), Anchor::Lits(&[3674, 4264, 5548, 5801])])])),
            (88, "disable-safety", Anchor::Lits(&[2050, 2868, 2946, 2947, 2991, 3014, 3015, 3016, 3020, 3021, 3022, 3023, 3024, 3025, 3085, 3086, 3087, 3088, 3141, 3142, 3152, 3154, 3169, 3185, 3191, 3193, 3194, 3260, 3262, 3263, 3264, 3281, 3283, 3284, 3286, 3312, 3313, 3341, 3342, 3351, 3395, 3396, 3408, 3410, 3562, 3567, 3569, 3572, 3573, 3574, 3575, 3576, 3577, 3580, 3581, 3583, 3585, 3624, 3668, 3670, 3676, 3698, 3699, 3700, 3724, 3725, 3727, 3735, 3799, 3806, 3852, 3859, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 4013, 4071, 4127, 4131, 4222, 4223, 4357, 4418, 4421, 4568, 4610, 4622, 4630, 4697, 4712, 4713, 4774, 4780, 4781, 4782, 4783, 4784, 4787, 4788, 4790, 4791, 4792, 4793, 4794, 4795, 4796, 4797, 4798, 4799, 4800, 4806, 4807, 4808, 4833, 4834, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 4860, 4861, 4987, 5011, 5012, 5013, 5048, 5154, 5181, 5300, 5304, 5305, 5316, 5597, 5735])),
            (89, "safety-declared-off", Anchor::Lits(&[2944, 2946, 3014, 3015, 3016, 3020, 3021, 3022, 3023, 3024, 3025, 3085, 3086, 3087, 3088, 3169, 3185, 3191, 3260, 3262, 3263, 3264, 3281, 3283, 3284, 3286, 3312, 3313, 3562, 3572, 3573, 3574, 3575, 3576, 3577, 3583, 3624, 3724, 3725, 3727, 3735, 3799, 3806, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 4127, 4131, 4568, 4610, 4622, 4630, 4697, 4712, 4713, 4774, 4780, 4781, 4782, 4783, 4784, 4787, 4788, 4790, 4791, 4792, 4793, 4794, 4795, 4796, 4797, 4798, 4799, 4800, 4806, 4807, 4808, 4833, 4834, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 5154, 5300, 5735])),
            (90, "skip-approval", Anchor::Lits(&[194, 517, 528, 1806, 2005, 2139, 2142, 2680, 3018, 3436, 3490, 4226, 4285, 4599, 4966, 5556, 5640, 5641, 5642, 5643])),
            (91, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[3343, 3345, 3346, 3362, 5344]), Anchor::All(&[Anchor::Lits(&[2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3217, 3239, 3241, 3242, 3244, 3245, 3247, 3248, 3250, 3252, 3469, 3470, 3471, 3472, 3473, 3474, 3475, 3476, 3477, 3478, 3598, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3639, 3643, 3644, 3645, 3646, 3647, 3648, 3649, 3650, 3651, 4332, 4343, 4345, 4346, 4348, 4349, 4351, 4352, 4354, 4356, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4762, 4763, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771]), Anchor::Lits(&[3343, 3345, 3346, 3362, 4709, 4749, 4750, 5284, 5323, 5344])])])),
            (92, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[2450, 2462, 2466, 2467, 3388, 4977, 5559, 5561, 5562, 5564, 5566, 5569, 5578, 5579, 5582, 5583, 5584, 5585, 5587, 5588, 5589, 5590, 5591, 5592]), Anchor::All(&[Anchor::Lits(&[484, 485, 490, 574, 1100, 1115, 1166, 1215, 1902, 2019, 2036, 2052, 2076]), Anchor::Lits(&[3094, 3433, 3487, 4224, 4877, 4963])])])),
            (93, "do-not-screen-input", Anchor::Lits(&[677, 678, 679, 681, 685, 697, 699, 700, 701, 702, 703, 704, 709, 710, 939, 940, 941, 943, 947, 959, 961, 962, 963, 964, 965, 966, 971, 972, 1574, 1575, 1576, 1579, 1586, 1599, 1603, 1604, 1605, 1606, 1608, 1609, 1614, 1615, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 2151, 2152, 2153, 2154, 2155, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2167, 2168, 2221, 2222, 2223, 2224, 2226, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695])),
            (94, "allowlist-this-prompt", Anchor::Lits(&[1552, 1554, 1555, 1556, 1559, 1560, 1561, 1562, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2391, 2392, 2397, 2412, 2415, 2420, 2421, 2427, 2949, 2952, 3609, 5485, 5486])),
            (97, "unset-read-only", Anchor::Lits(&[983, 1016, 1923, 1928, 1989, 1991, 2037, 2051, 2077])),
            (98, "stop-logging", Anchor::Lits(&[271, 1406, 1477, 1935, 2055, 2492, 2726])),
            (99, "self-approval", Anchor::Lits(&[3028, 5050, 5051, 5052, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 5060, 5061, 5062, 5063, 5064, 5065, 5066, 5067, 5068, 5069, 5070, 5071, 5072, 5073, 5074, 5075, 5076, 5077, 5078, 5079])),
            (100, "execute-everything", Anchor::Lits(&[101, 102, 103, 104, 105, 106, 110, 176, 1029, 1030, 1031, 1033, 1034, 1035, 1041, 1042])),
            (101, "protection-mode-claim", Anchor::Lits(&[61, 112, 269, 386, 652, 984, 1433, 1474, 1543, 1654, 1694, 1701, 1791, 1793, 1810, 1972, 2527, 2551])),
            (102, "approve-tool-calls", Anchor::Lits(&[198])),
            (104, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[113, 115, 116, 117, 118, 120, 195, 348, 380, 486, 491, 510, 512, 614, 1017, 1216, 1258, 1259, 1455, 1519, 1807, 1809, 1838, 1840, 1924, 1993, 2025, 2126, 2522, 2641]), Anchor::Lits(&[1401, 2327, 2350, 2372, 2390, 2422, 2774])])),
            (105, "tamper-with-named-controls", Anchor::Lits(&[2948, 2950, 2951, 3017, 3023, 3312, 3562, 3723, 3784, 3785, 3786, 3787, 3788, 3789, 3941, 4516, 4567, 4569, 4609, 4831, 4836, 5271, 5300])),
            (106, "authority-waives-controls", Anchor::Lits(&[1345, 1633, 3093, 3203, 3266, 3310, 3561, 3608, 4260, 4297, 4469, 4515, 4519, 4805, 4863, 4864, 4866, 5042, 5448])),
            (107, "vendor-orders-an-action", Anchor::Lits(&[1140, 1142, 1143, 1145, 1146, 1148, 1150, 1151, 1154, 1156, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407])),
            (108, "run-data-as-code", Anchor::Lits(&[346, 1049, 1399, 1400, 1460, 2332, 2333, 2362, 2363, 2368, 2369, 2370, 2371, 2378, 2379, 2575, 2620, 2924, 3655, 3657, 4598, 4827, 4868, 5482])),
            (109, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2009, 2010, 2011, 2012, 2013, 2014]), Anchor::Lits(&[299, 492, 573, 575, 2178, 2188])])),
            (110, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[339, 404, 405, 406, 408, 409, 411, 417, 418, 425, 426, 427, 429, 430, 432, 440, 441, 444, 445, 446, 448, 449, 451, 459, 460, 676, 680, 682, 684, 686, 690, 705, 706, 835, 836, 837, 839, 842, 845, 853, 854, 913, 914, 915, 917, 920, 923, 931, 932, 938, 942, 944, 946, 948, 952, 967, 968, 1573, 1578, 1580, 1582, 1587, 1592, 1610, 1611, 2648, 2649, 2650, 2652, 2653, 2655, 2663, 2664, 2696, 2697, 2698, 2700, 2701, 2703, 2711, 2712, 3029, 3127, 3437, 3444, 3451, 3491, 3500, 3507, 3750, 4228, 4232, 4239, 4286, 4289, 4303, 4751, 4883, 4884, 4885, 4888, 4889, 4890, 4891, 4892, 4893, 4894, 4902, 4903, 4904, 4905, 4906, 4907, 4915, 4916, 4917, 4918, 4919, 4920, 4921, 4922, 4923, 4924, 4925, 4926, 4927, 4928, 4929, 4930, 4931, 4932, 4933, 4934, 5546]), Anchor::All(&[Anchor::Lits(&[3774, 3776, 3778, 3779, 3780]), Anchor::Lits(&[1139])]), Anchor::All(&[Anchor::Lits(&[98, 130, 194, 2005, 2139]), Anchor::Lits(&[4882])])])),
            (111, "evade-the-checks", Anchor::Lits(&[270, 300, 404, 405, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 425, 426, 428, 429, 430, 431, 432, 433, 436, 437, 438, 439, 440, 441, 443, 444, 445, 447, 448, 449, 450, 451, 452, 455, 456, 457, 458, 459, 460, 462, 676, 680, 683, 684, 686, 688, 690, 691, 694, 695, 696, 698, 705, 706, 708, 835, 836, 838, 839, 842, 844, 845, 846, 849, 850, 851, 852, 853, 854, 856, 913, 914, 916, 917, 920, 922, 923, 924, 927, 928, 929, 930, 931, 932, 934, 938, 942, 945, 946, 948, 950, 952, 953, 956, 957, 958, 960, 967, 968, 970, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1475, 1573, 1578, 1581, 1582, 1587, 1590, 1592, 1593, 1596, 1597, 1598, 1602, 1610, 1611, 1613, 1934, 2490, 2491, 2648, 2649, 2651, 2652, 2653, 2654, 2655, 2656, 2659, 2660, 2661, 2662, 2663, 2664, 2666, 2696, 2697, 2699, 2700, 2701, 2702, 2703, 2704, 2707, 2708, 2709, 2710, 2711, 2712, 2714, 3980, 4281, 5187, 5192, 5193, 5194, 5454, 5546, 5657])),
            (112, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[586, 651, 689, 951, 1443, 1564, 1639, 1658, 1957, 1962, 2006, 2253, 2256, 2531, 2591, 2680, 3019, 3026, 3189, 3261, 3265, 3298, 3406, 3591, 3610, 3675, 3733, 3748, 4079, 4506, 4701, 4761, 5291, 5294, 5295, 5296, 5298, 5449]), Anchor::All(&[Anchor::Lits(&[382, 392, 489, 642, 653, 1056, 1058, 1180, 1182, 1442, 1444, 1777, 1780, 1781, 1783, 1961, 1964, 2148, 2169, 2252, 2254, 2530, 2532, 2590, 2592]), Anchor::Lits(&[194, 483, 517, 550, 1215, 1445, 1837, 1839, 1922, 1991, 2005, 2021, 2035])]), Anchor::All(&[Anchor::Lits(&[1308, 1334, 1512, 1887, 1974]), Anchor::Lits(&[5288])])])),
            (113, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1237, 1238, 1239, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1251, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2990, 2995, 2996, 3267, 3543, 3584, 3653, 3654, 3656, 3658, 3659, 3660, 3661, 3662, 3663, 3682, 3717, 3894, 3895, 4221, 4368, 4406, 4585, 4678, 5272, 5276, 5481, 5524])),
            (114, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[119, 125, 268, 278, 279, 1217, 1218, 1843, 1844, 1851, 1859, 1894, 1895, 2038, 2039, 2560, 3012, 3259, 4464, 4710, 4863]), Anchor::All(&[Anchor::Lits(&[2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121]), Anchor::Lits(&[3196, 3622, 3723, 3783, 4787, 5300])])])),
            (115, "agent-grants-itself-power", Anchor::Lits(&[1565, 1963, 2328, 2331, 2804, 2812, 2815, 2826, 2831, 4895, 4896, 4897, 4898, 4899, 4900, 4901, 4908, 4909, 4910, 4911, 4912, 4913, 4914])),
            (118, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2887, 2890, 2957, 2997, 3323, 3325, 3356, 3357, 3358, 3359, 3394, 3528, 3529, 3530, 3531, 3532, 3533, 3534, 3535, 3536, 3612, 4393, 4427, 4434, 4482, 4554, 4823, 4846, 4936, 4947, 5267, 5302]), Anchor::All(&[Anchor::Lits(&[3722]), Anchor::Lits(&[46, 100, 1753, 1786, 2078, 2260])]), Anchor::All(&[Anchor::Lits(&[3308, 3542, 3553, 3618, 3672, 4053, 4511, 4850, 5282, 5329, 5351]), Anchor::Lits(&[2447, 2448, 2449, 2451, 2452, 2453, 2454, 2455, 2456, 2459, 2465, 2468, 2473])])]), Anchor::Lits(&[2965, 2966, 2967, 2968, 2969, 2970, 2977, 2986, 2987, 3034, 3197, 3198, 3199, 3614, 3615, 3616, 3627, 3628, 3974, 4086, 4087, 4088, 4377, 4379, 4428, 4429, 4430, 4558, 4559, 4560, 4608, 4611, 4612, 4711, 4714, 4715, 4847, 4848, 4995, 4996, 4997, 4998, 4999, 5000, 5284, 5285, 5286]), Anchor::Lits(&[62, 232, 312, 1269, 1730, 2625, 2631, 2639])])),
            (119, "tool-call-tampering", Anchor::Lits(&[63, 64, 65, 66, 67, 171, 172, 173, 174, 175, 182, 183, 184, 185, 186, 313, 317, 318, 319, 323, 990, 991, 992, 993, 994, 1036, 1037, 1038, 1039, 1040, 1121, 1163, 1270, 1271, 1272, 1273, 1274, 1617, 2241, 2626, 2627, 2628, 2629, 2630, 2632, 2633, 2634, 2635, 2636])),
            (120, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[339, 1550, 1673, 1917, 2953, 2954, 2955, 2972, 2973, 2974, 3148, 3149, 3150, 3320, 3321, 3400, 3765, 3800, 3801, 3802, 3803, 3804, 3805, 3807, 3808, 3809, 3810, 3811, 3812, 3813, 3814, 3815, 3971, 3972, 4027, 4028, 4031, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4598, 4662, 4663, 4664, 4665, 4666, 4667, 4668, 4669, 4670, 4671, 4672, 4673, 4674, 4675, 4676, 4824, 4827, 4867, 4868, 4960, 4961, 5182, 5183, 5184, 5307, 5317, 5332, 5407, 5408, 5409, 5410, 5411, 5412, 5413, 5414, 5415, 5416, 5417, 5418, 5419, 5420, 5421, 5422, 5423, 5424, 5425, 5426, 5427, 5428, 5429, 5430, 5431, 5432, 5433, 5434, 5435, 5436, 5546]), Anchor::All(&[Anchor::Lits(&[2975, 3433, 3487, 4092, 4224, 4284, 5546, 5662, 5663]), Anchor::Lits(&[2925, 2992, 2993, 3798, 4382, 4426, 4453, 4470, 4661, 5403]), Anchor::Lits(&[96, 97, 363, 656, 657, 1296, 1300, 1435, 1439, 1500, 1507, 1678, 1679, 1971, 1973, 2002, 2003, 2056, 2064, 2134, 2135, 2293, 2299, 2595, 2596])])])),
            (121, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[13, 15, 17, 19, 22, 24, 26, 30, 32, 132, 134, 136, 138, 141, 143, 145, 147, 149, 2308, 2310, 2312, 2314, 2316, 2318, 2320, 2322, 2324, 2351, 2353, 2355, 2357, 2360, 2364, 2366, 2373, 2375, 2393, 2395, 2408, 2410, 2413, 2416, 2418, 2423, 2425]), Anchor::Lits(&[211, 215, 234, 235, 236, 1284, 1288, 1289, 1290, 1291, 1309, 1310, 1311, 1312, 1313, 1354, 1355, 1356, 1357, 1358, 1735, 1736, 1737, 1738, 1739, 2443, 2446, 2460, 2461, 2469])]), Anchor::All(&[Anchor::Lits(&[3865, 3869, 4081, 4485, 5393]), Anchor::Lits(&[161, 541, 1120, 1832, 2670]), Anchor::Lits(&[3326, 3337, 3554, 4408, 4436, 4620, 4703, 4705, 4752, 4828, 4948, 5027, 5268])])]), Anchor::Lits(&[581, 583, 584, 1002, 1003, 1279, 1282, 1420, 1457, 1796, 1821, 1822, 1936, 1997, 1998, 2020, 2049, 2074, 2097, 2190, 2329, 2359, 2478, 2557]), Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 133, 135, 137, 139, 142, 144, 146, 148, 150, 2309, 2311, 2313, 2315, 2317, 2319, 2321, 2323, 2325, 2352, 2354, 2356, 2358, 2361, 2365, 2367, 2374, 2376, 2394, 2396, 2409, 2411, 2414, 2417, 2419, 2424, 2426, 3327, 3338, 3555, 4409, 4437, 4621, 4704, 4706, 4753, 4829, 4949, 5028, 5269])])),
            (125, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[201, 202, 203, 206, 207, 420, 1231, 1233, 1385, 1386, 1551, 1565, 1567, 2129, 2133, 2646]), Anchor::Any(&[Anchor::Lits(&[2887, 2890, 2957, 2997, 3323, 3325, 3356, 3357, 3358, 3359, 3394, 3528, 3529, 3530, 3531, 3532, 3533, 3534, 3535, 3536, 3612, 4393, 4427, 4434, 4482, 4554, 4823, 4846, 4936, 4947, 5267, 5302]), Anchor::All(&[Anchor::Lits(&[3722]), Anchor::Lits(&[46, 100, 1753, 1786, 2078, 2260])]), Anchor::All(&[Anchor::Lits(&[3308, 3542, 3553, 3618, 3672, 4053, 4511, 4850, 5282, 5329, 5351]), Anchor::Lits(&[2447, 2448, 2449, 2451, 2452, 2453, 2454, 2455, 2456, 2459, 2465, 2468, 2473])])])])),
            (126, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2956, 3797, 3866, 4100, 5275]), Anchor::All(&[Anchor::Lits(&[3100, 3101, 3129, 3320, 3560, 3763, 3765, 3971, 4133, 4749, 4750, 4824, 4962, 5258, 5484, 5802]), Anchor::Lits(&[3083, 3133, 3182, 3212, 3413, 3552, 3621, 3652, 3865, 4080, 4081, 4101, 4431, 4452, 4830, 4943, 4979, 5030, 5080])])]), Anchor::Lits(&[122, 304, 305, 343, 576, 1008, 1235, 1236, 1263, 1280, 1363, 1490, 1547, 2017, 2018, 2072, 2215, 2430, 2503, 2640, 2839])])),
            (127, "hijack-the-task", Anchor::Lits(&[3950, 4603])),
            (129, "instruction-field", Anchor::Lits(&[73, 74, 75, 76, 77, 78, 79, 80, 87, 88, 89, 90, 91, 92, 93, 94, 249, 250, 251, 252, 253, 254, 255, 256, 355, 356, 357, 358, 359, 360, 361, 362, 563, 564, 565, 566, 567, 568, 569, 570, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 2265, 2266, 2267, 2271, 2272, 2273, 2274, 2277])),
            (132, "conceal-from-the-people", Anchor::Lits(&[375, 376, 377, 399, 400, 401, 427, 430, 432, 434, 435, 440, 442, 446, 449, 451, 453, 454, 459, 461, 682, 686, 690, 692, 693, 705, 707, 837, 842, 845, 847, 848, 853, 855, 915, 920, 923, 925, 926, 931, 933, 944, 948, 952, 954, 955, 967, 969, 1501, 1503, 1505, 1580, 1587, 1592, 1594, 1595, 1610, 1612, 1834, 1835, 1836, 2650, 2653, 2655, 2657, 2658, 2663, 2665, 2698, 2701, 2703, 2705, 2706, 2711, 2713, 3321, 3400, 3434, 3439, 3440, 3448, 3449, 3455, 3456, 3457, 3458, 3459, 3460, 3466, 3467, 3488, 3495, 3496, 3504, 3505, 3511, 3512, 3513, 3514, 3515, 3516, 3522, 3523, 4091, 4093, 4094, 4095, 4225, 4229, 4230, 4236, 4237, 4242, 4243, 4244, 4245, 4246, 4249, 4256, 4257, 4598, 4827, 4961, 5547, 5558, 5560, 5568, 5570, 5572, 5573, 5574, 5575, 5576, 5577, 5586, 5593])),
            (133, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[163, 665, 666, 667, 668, 669, 1261, 1262, 1626, 1741, 1903, 2240, 2537, 2674, 2718, 5546]), Anchor::All(&[Anchor::Lits(&[189, 521, 522, 523, 524, 582, 1421, 1795, 1797, 1875, 2072, 2075, 2477, 2479]), Anchor::Lits(&[475, 502, 503, 1183, 1390, 1799, 1846, 1904, 1905, 1927, 1958])])])),
            (137, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[51, 129, 463, 476, 498, 501, 502, 577, 659, 1117, 1118, 1236, 1303, 1500, 1916, 1918, 1971, 2073, 2143, 2217, 2643, 2839, 3441, 3447, 3450, 3452, 3463, 3465, 3497, 3503, 3506, 3508, 3519, 3521, 4231, 4235, 4238, 4240, 4250, 4254, 4284, 4858, 5546]), Anchor::All(&[Anchor::Lits(&[1764]), Anchor::Lits(&[4056])])])),
            (138, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4477, 4478, 4480, 4553]), Anchor::All(&[Anchor::Lits(&[3537, 3704, 3718, 3782, 3796, 3843, 4050, 4369, 4407, 4425, 4476, 4479, 4481, 4553, 4573, 4574, 5602]), Anchor::Lits(&[3096, 3097, 3306, 3307, 3360, 3539, 3613, 3617, 3671, 4052, 4090, 4119, 4134, 4510, 4581, 4582, 4655, 4816, 4849, 4856, 4857, 4978, 5014, 5281, 5328, 5350, 5600])])]), Anchor::Lits(&[301, 302, 561, 571, 605, 987, 1001, 1060, 1065, 1133, 1432, 1484, 1516, 1548, 1815, 1816, 1817, 1842, 1873, 1906, 1907, 1968, 2054, 2082, 2083, 2130, 2132, 2239, 2259, 2507, 2546, 2555, 2720])])),
            (141, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[3300, 3301, 3302, 3303, 3304, 3305, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3757, 3758, 3759, 3760, 3761, 3762, 3790, 3791, 3792, 3793, 3794, 3795, 4439, 4440, 4441, 4442, 4443, 4444, 4586, 4587, 4588, 4589, 4590, 4591, 4592, 4593, 4594, 4595, 4596, 4597, 4623, 4624, 4625, 4626, 4627, 4628, 4981, 4982, 4983, 4984, 4985, 4986, 5394, 5395, 5396, 5397, 5398, 5399, 5400, 5401, 5402, 5404, 5405, 5406]), Anchor::Lits(&[3156, 3620, 4089, 4483, 4659])])),
            (142, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[12, 131, 140, 164, 1558, 2186]), Anchor::All(&[Anchor::Lits(&[3307, 3613, 3617, 3671, 4052, 4119, 4484, 4510, 4581, 4655, 4849, 4856, 4857, 4978, 5014, 5281, 5350]), Anchor::Lits(&[5259, 5260, 5261, 5262, 5263, 5264, 5507, 5508, 5509, 5525, 5529, 5530]), Anchor::Lits(&[45, 56, 187, 379, 1000, 1010, 1162, 1166, 1260, 1294, 1427, 1752, 2093, 2146, 2300, 2556, 2602])])])),
            (143, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[2888, 2889, 2998, 2999, 3104, 3327, 4327, 4433, 4435, 4437, 4438, 4445, 4555, 4556, 4629, 4824, 4829, 4851]), Anchor::Lits(&[464, 660, 987, 997, 1001, 1184, 1766, 1798, 1842, 1866, 1925, 2000, 2002, 2082, 2130, 2134, 2293, 2534])])),
            (144, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3128, 3433, 3487, 4066, 4067, 4224, 4284, 4290, 5546]), Anchor::Lits(&[96, 97, 240, 246, 363, 364, 465, 466, 1179, 1181, 1296, 1300, 1377, 1378, 1435, 1478, 1479, 1502, 1504, 1506, 1508, 1509, 1510, 1678, 1679, 2293, 2299, 2588, 2589]), Anchor::Lits(&[2938, 3012, 3030, 3155, 3171, 3195, 3213, 3339, 3525, 3720, 3911, 3979, 4064, 4099, 4172, 4405, 4552, 4822, 4863, 4865, 4935, 5161])]), Anchor::All(&[Anchor::Lits(&[3094, 3095, 3151, 3153, 3480, 3481, 3705, 3716, 4877, 4879]), Anchor::Lits(&[3012, 3155, 3171, 3172, 3173, 4710, 4863, 4865, 5257])])]), Anchor::Lits(&[286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 338, 383, 384, 385, 387, 388, 389, 393, 394, 395, 396, 397, 398, 673, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 935, 1191, 1192, 1193, 1194, 1195, 1196, 1198, 1199, 1200, 1201, 1202, 1203, 1436, 1437, 1569, 1639, 1658, 2149, 2150, 2156, 2157, 2165, 2166, 2170, 2171, 2172, 2173, 2174, 2175, 2680])])),
            (145, "send-to-a-raw-address", Anchor::Lits(&[525, 658, 666, 668, 670, 671, 2004, 2177, 2181, 2292, 2602, 3103, 3147, 3329, 3611, 3969, 4261, 4484, 4510, 4581, 4660, 4849, 4978, 5287, 5350, 5455])),
            (146, "send-outside-the-company", Anchor::Lits(&[1066, 1205, 2389, 4412, 4477, 4520, 4577])),
            (147, "disclose-secret-values", Anchor::Lits(&[493, 495, 543, 545, 598, 1015, 1018, 1295, 1824, 1825, 1867, 2542, 2548, 2549, 2569, 2570, 3000, 3176, 3181, 3183, 3184, 3205, 3378, 3379, 4068, 4069, 4326, 4432, 4825, 4826])),
            (148, "override-instructions-es-pt-it", Anchor::Lits(&[3206, 3207, 3390, 3392, 3393, 3907, 3908, 3909, 3952, 3954, 3978, 4312, 4386, 4388, 4394, 4642, 4644, 4646])),
            (149, "override-instructions-fr", Anchor::Lits(&[2489, 3850, 4216, 4217, 4404])),
            (150, "override-instructions-de-nl", Anchor::Lits(&[2988, 3116, 3956, 3967, 4376, 4639, 4640, 4718, 4719, 4819, 5447])),
            (151, "override-instructions-pl-tr", Anchor::Lits(&[3861, 4047, 4048, 4263, 4509, 5045, 5603, 5800])),
            (152, "override-instructions-ru", Anchor::Lits(&[3860, 4215, 4403, 5798, 5804, 5805, 5806, 5807, 5808])),
            (153, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[47, 1549, 1913, 1914, 2041, 2042, 2561]), Anchor::Lits(&[128, 1413, 1481, 1482, 1483, 1515, 2131])])),
            (155, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[3963, 3964, 3965, 3966, 4035, 4210, 4211, 4359, 4360, 4500, 4512, 4513, 4643, 4647, 4772, 4880, 4881, 5026, 5352, 5353, 5354, 5437, 5803, 5806, 5809])),
            (156, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[36, 55, 303, 350, 1253, 1265, 1266, 1379, 1404, 1412, 1423, 1471, 1480, 1819, 1915, 2587]), Anchor::Lits(&[99, 200, 266, 487, 488, 639, 1264, 1349, 1350, 1351, 1434, 1788, 1801, 1803, 1804, 1818, 1919, 2281, 2568])])),
            (158, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[469, 1109, 1422, 1447, 1453, 1568, 1920, 1921, 1945, 1986, 2034, 2086, 2092, 2245, 2593, 2853, 2855, 3626, 4046, 4049, 4815, 4874, 5318, 5322, 5347]), Anchor::All(&[Anchor::Lits(&[470, 549, 1104, 1165, 1449, 1452, 1946, 1991]), Anchor::Lits(&[1441, 2053])]), Anchor::All(&[Anchor::Lits(&[337, 998, 1100, 1214, 1944, 2007, 2138, 2838]), Anchor::Lits(&[4361])]), Anchor::All(&[Anchor::Lits(&[469, 1109, 1448, 1453, 1949, 1987]), Anchor::Lits(&[2081])]), Anchor::All(&[Anchor::Lits(&[3098, 3115, 4023, 5799]), Anchor::Lits(&[342])]), Anchor::All(&[Anchor::Lits(&[3625, 4045, 4048, 4873]), Anchor::Lits(&[1704, 1705, 2147, 2733])]), Anchor::All(&[Anchor::Lits(&[329, 468, 1100, 1210, 1947, 1996]), Anchor::Lits(&[2565])]), Anchor::All(&[Anchor::Lits(&[328, 330, 331, 468, 1104, 1209, 1213, 1947, 1995, 1996, 2085]), Anchor::Lits(&[2535, 2566])]), Anchor::All(&[Anchor::Lits(&[471, 472, 473, 1101, 1104, 1112, 1113, 1452, 1693, 1702, 1706, 1847, 1848, 1849, 1950, 1990]), Anchor::Lits(&[342, 1099])]), Anchor::All(&[Anchor::Lits(&[2287]), Anchor::Lits(&[265, 306, 1100, 1802, 2080, 2084])])])),
            (160, "reveal-system-prompt-i18n", Anchor::Lits(&[162, 532, 533, 534, 535, 536, 1174, 1175, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1339, 1341, 1342, 1343, 1344, 1348, 1353, 1376, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1498, 1499, 1513, 1740, 1833, 1889, 1890, 1891, 1892, 1893, 1896, 1897, 2261, 2262, 2263, 2274, 2278, 2279, 2280, 2282, 2536, 2558, 2576, 2581, 2858, 2860, 2861, 3703, 4875, 4876])),
            (162, "disable-safety-i18n", Anchor::Lits(&[267, 340, 341, 508, 553, 554, 555, 607, 1105, 1106, 1107, 1108, 1110, 1111, 1114, 1164, 1219, 1226, 1227, 1407, 1899, 1900, 2069, 2136, 2137, 2138, 2521, 2574, 2577, 2578, 2837, 2854, 2856, 2857, 2859, 2862])),
            (164, "stop-following-instructions-i18n", Anchor::Lits(&[170, 310, 531, 636, 1337, 1352, 1944, 1948, 2007, 2586, 3389, 3391, 3951, 3953, 4306, 4307, 4308, 4309, 4311, 4385, 4387, 4641, 4645])),
            (166, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[3380, 3570, 3571, 3847, 3851, 3857, 5439, 5440]), Anchor::All(&[Anchor::Lits(&[3363, 3848, 3851, 4362, 4363, 4364]), Anchor::Lits(&[5265, 5266])])])),
            (167, "instructions-void-de", Anchor::Lits(&[273, 1252, 1619, 1620, 2544])),
            (168, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[335, 496, 1134, 1298, 1299, 1430, 1495, 1898, 2563, 2564, 2567, 2582, 4298, 4299, 4300, 4301, 4302, 4304, 4305, 4809, 4811, 4813, 4814]), Anchor::All(&[Anchor::Lits(&[285, 640, 664, 1297, 1511, 1789, 1860, 2140]), Anchor::Lits(&[4209, 4212, 4213, 4214, 4810, 4812])]), Anchor::All(&[Anchor::Lits(&[1618]), Anchor::Lits(&[3565, 3566, 4106, 4803, 4804, 5441])])])),
            (170, "authority-waives-controls-i18n", Anchor::Lits(&[280, 281, 282, 283, 284, 1022, 1173, 1176, 1178, 1805, 1811, 1812, 2191])),
            (171, "persona-without-rules-i18n", Anchor::Lits(&[21, 34, 35, 57, 82, 84, 626, 985, 1405, 1746, 2528, 2571, 2583, 2584])),
            (172, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[3011, 3027, 3031, 3032, 3084, 3296, 3297, 3679, 3697, 3715, 4572, 4862]), Anchor::Lits(&[588, 589, 617, 618, 619, 620, 621, 622, 623, 624, 641, 654, 655, 2067, 2068, 2852])])),
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
handling\
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
            ends: &[2, 4, 7, 10, 12, 14, 16, 22, 29, 35, 38, 48, 58, 62, 69, 74, 79, 87, 92, 97, 102, 107, 112, 117, 126, 135, 144, 149, 156, 161, 164, 178, 184, 190, 196, 199, 204, 208, 217, 223, 228, 236, 245, 251, 256, 266, 270, 275, 283, 292, 300, 308, 315, 320, 325, 330, 335, 341, 347, 357, 364, 369, 374, 378, 383, 391, 397, 403, 411, 415, 423, 431, 438, 445, 450, 455, 461, 467, 472, 477, 482, 487, 492, 497, 502, 504, 506, 508, 510, 512, 518, 525, 531, 534, 544, 554, 558, 565, 573, 582, 591, 600, 605, 612, 617, 620, 626, 629, 634, 638, 644, 649, 657, 666, 671, 675, 680, 688, 697, 705, 712, 718, 724, 734, 741, 745, 750, 758, 762, 764, 766, 768, 770, 772, 778, 785, 791, 794, 804, 814, 818, 825, 833, 842, 851, 860, 865, 872, 877, 880, 886, 889, 894, 898, 904, 909, 917, 926, 931, 935, 940, 948, 957, 965, 972, 978, 984, 994, 1001, 1005, 1010, 1018, 1022, 1024, 1026, 1028, 1030, 1032, 1038, 1045, 1051, 1054, 1064, 1074, 1078, 1085, 1093, 1102, 1111, 1120, 1125, 1132, 1137, 1140, 1146, 1149, 1154, 1158, 1164, 1169, 1177, 1186, 1191, 1195, 1200, 1208, 1217, 1225, 1232, 1238, 1244, 1254, 1261, 1265, 1270, 1278, 1282, 1284, 1286, 1288, 1290, 1292, 1298, 1305, 1311, 1314, 1324, 1334, 1338, 1345, 1353, 1362, 1371, 1380, 1385, 1392, 1397, 1400, 1406, 1409, 1414, 1418, 1424, 1429, 1437, 1446, 1451, 1455, 1460, 1468, 1477, 1485, 1492, 1498, 1504, 1514, 1521, 1525, 1530, 1538, 1542, 1544, 1546, 1549, 1552, 1554, 1556, 1558, 1564, 1571, 1577, 1580, 1586, 1593, 1606, 1620, 1630, 1640, 1646, 1650, 1657, 1666, 1676, 1683, 1691, 1696, 1701, 1709, 1718, 1725, 1733, 1738, 1743, 1748, 1753, 1758, 1763, 1773, 1784, 1795, 1804, 1813, 1822, 1831, 1837, 1842, 1853, 1864, 1871, 1876, 1879, 1885, 1892, 1905, 1919, 1925, 1931, 1937, 1940, 1945, 1949, 1957, 1966, 1975, 1981, 1986, 1994, 2003, 2009, 2016, 2024, 2029, 2038, 2048, 2052, 2057, 2068, 2076, 2082, 2089, 2098, 2105, 2113, 2120, 2128, 2136, 2144, 2151, 2156, 2161, 2166, 2171, 2184, 2190, 2196, 2207, 2215, 2224, 2230, 2240, 2247, 2252, 2257, 2261, 2266, 2286, 2301, 2315, 2328, 2336, 2342, 2348, 2359, 2377, 2384, 2392, 2396, 2404, 2412, 2419, 2426, 2431, 2436, 2442, 2448, 2453, 2458, 2463, 2468, 2473, 2478, 2483, 2484, 2486, 2489, 2492, 2493, 2495, 2497, 2499, 2501, 2503, 2505, 2511, 2514, 2524, 2528, 2535, 2543, 2550, 2560, 2564, 2568, 2581, 2594, 2607, 2611, 2617, 2629, 2641, 2653, 2660, 2663, 2666, 2670, 2674, 2678, 2682, 2686, 2690, 2694, 2698, 2702, 2706, 2710, 2714, 2718, 2722, 2726, 2730, 2734, 2737, 2740, 2741, 2743, 2745, 2747, 2749, 2751, 2753, 2756, 2761, 2766, 2771, 2776, 2781, 2786, 2792, 2798, 2805, 2812, 2819, 2826, 2833, 2840, 2847, 2854, 2861, 2868, 2875, 2882, 2889, 2896, 2903, 2910, 2917, 2920, 2923, 2927, 2931, 2935, 2939, 2943, 2947, 2952, 2957, 2963, 2969, 2975, 2981, 2987, 2993, 2999, 3005, 3011, 3017, 3023, 3029, 3035, 3041, 3047, 3053, 3059, 3062, 3065, 3070, 3075, 3080, 3084, 3088, 3092, 3096, 3100, 3104, 3108, 3112, 3116, 3120, 3124, 3128, 3132, 3136, 3140, 3144, 3148, 3150, 3152, 3155, 3158, 3159, 3162, 3164, 3167, 3170, 3173, 3176, 3179, 3182, 3189, 3193, 3204, 3215, 3220, 3229, 3237, 3246, 3254, 3268, 3286, 3301, 3319, 3334, 3353, 3369, 3386, 3404, 3414, 3419, 3429, 3434, 3441, 3451, 3461, 3472, 3484, 3497, 3508, 3523, 3535, 3547, 3558, 3566, 3572, 3576, 3580, 3585, 3590, 3595, 3600, 3605, 3610, 3615, 3620, 3625, 3630, 3635, 3640, 3645, 3650, 3655, 3660, 3665, 3668, 3671, 3674, 3679, 3684, 3689, 3692, 3694, 3697, 3700, 3703, 3706, 3709, 3712, 3719, 3723, 3734, 3739, 3747, 3756, 3764, 3769, 3774, 3781, 3785, 3789, 3794, 3799, 3804, 3809, 3814, 3819, 3824, 3829, 3834, 3839, 3844, 3849, 3854, 3859, 3864, 3869, 3874, 3876, 3879, 3882, 3885, 3888, 3891, 3894, 3901, 3905, 3916, 3921, 3929, 3938, 3946, 3951, 3956, 3963, 3967, 3971, 3976, 3981, 3986, 3991, 3996, 4001, 4006, 4011, 4016, 4021, 4026, 4031, 4036, 4041, 4046, 4051, 4056, 4059, 4065, 4066, 4068, 4070, 4081, 4084, 4090, 4100, 4105, 4114, 4122, 4129, 4135, 4141, 4148, 4153, 4157, 4168, 4178, 4181, 4186, 4197, 4201, 4204, 4205, 4207, 4209, 4211, 4213, 4215, 4217, 4220, 4223, 4226, 4229, 4232, 4235, 4246, 4257, 4270, 4278, 4288, 4292, 4307, 4312, 4316, 4320, 4325, 4330, 4335, 4340, 4345, 4350, 4355, 4360, 4365, 4370, 4375, 4380, 4385, 4390, 4395, 4400, 4405, 4407, 4410, 4420, 4430, 4442, 4449, 4458, 4461, 4475, 4479, 4481, 4484, 4487, 4491, 4495, 4499, 4503, 4507, 4511, 4515, 4519, 4523, 4527, 4531, 4535, 4539, 4543, 4547, 4551, 4555, 4558, 4559, 4561, 4564, 4567, 4568, 4574, 4577, 4582, 4592, 4596, 4606, 4613, 4618, 4630, 4634, 4643, 4651, 4655, 4664, 4672, 4684, 4694, 4701, 4709, 4716, 4722, 4723, 4725, 4727, 4729, 4731, 4733, 4735, 4737, 4743, 4750, 4757, 4764, 4771, 4778, 4785, 4792, 4800, 4808, 4817, 4826, 4835, 4844, 4853, 4862, 4871, 4880, 4889, 4898, 4907, 4916, 4925, 4934, 4943, 4952, 4961, 4964, 4976, 4988, 4993, 4998, 5003, 5008, 5013, 5018, 5024, 5030, 5037, 5044, 5051, 5058, 5065, 5072, 5079, 5086, 5093, 5100, 5107, 5114, 5121, 5128, 5135, 5142, 5149, 5153, 5158, 5163, 5168, 5173, 5178, 5183, 5188, 5196, 5204, 5212, 5220, 5228, 5236, 5244, 5253, 5262, 5271, 5281, 5291, 5301, 5311, 5321, 5331, 5341, 5351, 5361, 5371, 5381, 5391, 5401, 5411, 5421, 5431, 5441, 5447, 5453, 5460, 5467, 5474, 5481, 5488, 5495, 5502, 5509, 5516, 5523, 5530, 5537, 5544, 5551, 5558, 5565, 5572, 5576, 5580, 5584, 5588, 5592, 5596, 5601, 5606, 5612, 5618, 5624, 5630, 5636, 5642, 5648, 5654, 5660, 5666, 5672, 5678, 5684, 5690, 5696, 5702, 5708, 5711, 5714, 5718, 5722, 5726, 5730, 5734, 5738, 5742, 5746, 5750, 5754, 5758, 5762, 5766, 5770, 5774, 5778, 5782, 5785, 5788, 5791, 5794, 5797, 5800, 5804, 5813, 5823, 5827, 5831, 5836, 5841, 5846, 5851, 5856, 5861, 5866, 5871, 5876, 5881, 5886, 5891, 5896, 5901, 5906, 5911, 5916, 5918, 5920, 5930, 5939, 5945, 5952, 5959, 5966, 5974, 5983, 5990, 5996, 6006, 6015, 6019, 6029, 6036, 6044, 6049, 6058, 6065, 6068, 6071, 6076, 6083, 6091, 6101, 6107, 6114, 6126, 6135, 6138, 6143, 6150, 6155, 6161, 6171, 6177, 6191, 6198, 6208, 6213, 6219, 6225, 6231, 6237, 6243, 6249, 6255, 6261, 6267, 6273, 6280, 6287, 6294, 6301, 6308, 6316, 6324, 6332, 6340, 6348, 6356, 6364, 6372, 6380, 6388, 6396, 6404, 6412, 6420, 6428, 6436, 6444, 6451, 6456, 6468, 6477, 6479, 6482, 6485, 6493, 6501, 6510, 6522, 6530, 6540, 6546, 6557, 6568, 6581, 6594, 6609, 6612, 6615, 6618, 6626, 6634, 6643, 6655, 6663, 6673, 6679, 6690, 6701, 6714, 6727, 6742, 6745, 6749, 6753, 6766, 6774, 6786, 6793, 6804, 6814, 6823, 6831, 6839, 6848, 6855, 6861, 6874, 6886, 6891, 6898, 6911, 6917, 6920, 6928, 6940, 6946, 6957, 6965, 6969, 6973, 6977, 6980, 6985, 6991, 6993, 7002, 7012, 7022, 7032, 7042, 7052, 7062, 7073, 7084, 7096, 7108, 7120, 7132, 7144, 7156, 7168, 7180, 7192, 7204, 7216, 7228, 7240, 7252, 7264, 7276, 7288, 7294, 7303, 7307, 7316, 7322, 7329, 7336, 7342, 7350, 7358, 7371, 7378, 7386, 7398, 7403, 7408, 7417, 7423, 7432, 7442, 7452, 7462, 7472, 7482, 7492, 7502, 7512, 7522, 7532, 7543, 7554, 7574, 7589, 7608, 7622, 7640, 7657, 7673, 7688, 7703, 7719, 7733, 7746, 7766, 7785, 7797, 7811, 7831, 7844, 7854, 7864, 7875, 7886, 7897, 7908, 7919, 7931, 7943, 7955, 7967, 7979, 7991, 8003, 8015, 8027, 8039, 8051, 8063, 8075, 8087, 8099, 8111, 8123, 8133, 8139, 8144, 8150, 8158, 8166, 8176, 8186, 8196, 8206, 8216, 8226, 8237, 8248, 8260, 8272, 8284, 8296, 8308, 8320, 8332, 8344, 8356, 8368, 8380, 8392, 8404, 8416, 8428, 8440, 8452, 8457, 8462, 8467, 8472, 8477, 8482, 8488, 8494, 8501, 8508, 8515, 8522, 8529, 8536, 8543, 8550, 8557, 8564, 8571, 8578, 8585, 8592, 8599, 8606, 8613, 8623, 8628, 8637, 8647, 8654, 8661, 8669, 8676, 8682, 8690, 8696, 8700, 8706, 8716, 8722, 8728, 8734, 8740, 8746, 8752, 8759, 8766, 8774, 8782, 8790, 8798, 8806, 8814, 8822, 8830, 8838, 8846, 8854, 8862, 8870, 8878, 8886, 8894, 8902, 8907, 8912, 8915, 8919, 8923, 8927, 8931, 8935, 8939, 8943, 8947, 8951, 8956, 8961, 8966, 8971, 8976, 8982, 8988, 8994, 9000, 9006, 9012, 9018, 9024, 9030, 9036, 9042, 9048, 9054, 9060, 9066, 9072, 9078, 9088, 9094, 9100, 9116, 9122, 9129, 9131, 9135, 9143, 9148, 9153, 9158, 9163, 9168, 9173, 9179, 9185, 9192, 9199, 9206, 9213, 9220, 9227, 9234, 9241, 9248, 9255, 9262, 9269, 9276, 9283, 9290, 9297, 9304, 9309, 9314, 9319, 9324, 9329, 9334, 9340, 9346, 9353, 9360, 9367, 9374, 9381, 9388, 9395, 9402, 9409, 9416, 9423, 9430, 9437, 9444, 9451, 9458, 9465, 9471, 9473, 9482, 9488, 9495, 9500, 9505, 9510, 9515, 9520, 9525, 9531, 9537, 9543, 9549, 9555, 9561, 9568, 9575, 9583, 9591, 9599, 9607, 9615, 9623, 9631, 9639, 9647, 9655, 9663, 9671, 9679, 9687, 9695, 9703, 9711, 9717, 9723, 9730, 9737, 9744, 9751, 9758, 9765, 9772, 9779, 9786, 9793, 9800, 9807, 9814, 9821, 9828, 9835, 9842, 9848, 9854, 9860, 9865, 9871, 9878, 9885, 9892, 9900, 9908, 9916, 9921, 9926, 9935, 9940, 9947, 9953, 9960, 9967, 9976, 9982, 9989, 9997, 10005, 10013, 10022, 10031, 10040, 10044, 10050, 10057, 10064, 10071, 10083, 10091, 10099, 10107, 10113, 10124, 10128, 10131, 10141, 10152, 10157, 10162, 10167, 10172, 10177, 10182, 10188, 10194, 10201, 10208, 10215, 10222, 10229, 10236, 10243, 10250, 10257, 10264, 10271, 10278, 10285, 10292, 10299, 10306, 10313, 10323, 10329, 10336, 10346, 10356, 10366, 10375, 10384, 10391, 10400, 10410, 10420, 10430, 10440, 10450, 10460, 10474, 10484, 10494, 10505, 10516, 10528, 10540, 10552, 10564, 10576, 10588, 10600, 10612, 10624, 10636, 10648, 10660, 10672, 10684, 10696, 10708, 10720, 10735, 10738, 10747, 10754, 10761, 10770, 10780, 10786, 10796, 10808, 10822, 10836, 10850, 10855, 10864, 10875, 10888, 10901, 10914, 10918, 10922, 10930, 10940, 10952, 10964, 10976, 10984, 10989, 10993, 10998, 11009, 11016, 11026, 11034, 11038, 11044, 11051, 11058, 11065, 11070, 11078, 11087, 11094, 11101, 11113, 11125, 11137, 11149, 11161, 11173, 11185, 11198, 11211, 11225, 11239, 11253, 11267, 11281, 11295, 11309, 11323, 11337, 11351, 11365, 11379, 11393, 11407, 11421, 11435, 11449, 11457, 11465, 11473, 11478, 11483, 11488, 11494, 11501, 11509, 11515, 11519, 11525, 11532, 11537, 11547, 11553, 11559, 11564, 11571, 11577, 11594, 11604, 11613, 11616, 11620, 11624, 11628, 11632, 11636, 11640, 11646, 11653, 11660, 11665, 11670, 11676, 11682, 11688, 11694, 11700, 11706, 11712, 11718, 11724, 11730, 11736, 11742, 11748, 11754, 11760, 11766, 11772, 11777, 11785, 11791, 11797, 11802, 11805, 11811, 11817, 11823, 11830, 11838, 11842, 11846, 11850, 11853, 11861, 11867, 11879, 11882, 11886, 11890, 11894, 11899, 11904, 11909, 11914, 11919, 11924, 11930, 11938, 11942, 11950, 11956, 11964, 11971, 11977, 11982, 11986, 11990, 11994, 11998, 12002, 12006, 12011, 12016, 12022, 12028, 12034, 12040, 12046, 12052, 12058, 12064, 12070, 12076, 12082, 12088, 12094, 12100, 12106, 12112, 12118, 12121, 12124, 12127, 12130, 12133, 12136, 12142, 12146, 12153, 12157, 12161, 12166, 12171, 12176, 12181, 12186, 12191, 12196, 12201, 12206, 12211, 12216, 12221, 12226, 12231, 12236, 12241, 12246, 12250, 12257, 12265, 12270, 12274, 12276, 12279, 12282, 12290, 12298, 12307, 12315, 12325, 12336, 12349, 12362, 12377, 12385, 12393, 12402, 12410, 12420, 12431, 12444, 12457, 12472, 12479, 12482, 12485, 12488, 12491, 12494, 12497, 12501, 12505, 12510, 12515, 12520, 12525, 12530, 12535, 12540, 12545, 12550, 12555, 12560, 12565, 12570, 12575, 12580, 12585, 12590, 12596, 12603, 12606, 12613, 12620, 12627, 12634, 12641, 12648, 12655, 12663, 12671, 12680, 12689, 12698, 12707, 12716, 12725, 12734, 12743, 12752, 12761, 12770, 12779, 12788, 12797, 12806, 12815, 12824, 12833, 12842, 12851, 12860, 12869, 12878, 12887, 12897, 12907, 12918, 12929, 12940, 12951, 12962, 12973, 12984, 12995, 13006, 13017, 13028, 13039, 13050, 13061, 13072, 13083, 13094, 13105, 13116, 13128, 13138, 13143, 13150, 13158, 13161, 13170, 13179, 13194, 13200, 13205, 13212, 13223, 13235, 13247, 13268, 13291, 13315, 13326, 13331, 13336, 13345, 13355, 13357, 13360, 13363, 13371, 13379, 13388, 13396, 13406, 13417, 13430, 13443, 13458, 13466, 13474, 13483, 13491, 13501, 13512, 13525, 13538, 13553, 13557, 13582, 13596, 13604, 13619, 13623, 13629, 13635, 13641, 13647, 13653, 13659, 13666, 13673, 13680, 13687, 13694, 13701, 13709, 13717, 13726, 13735, 13744, 13753, 13762, 13771, 13780, 13789, 13798, 13807, 13816, 13825, 13834, 13843, 13852, 13861, 13870, 13877, 13884, 13892, 13900, 13908, 13916, 13924, 13932, 13940, 13948, 13956, 13964, 13972, 13980, 13988, 13996, 14004, 14012, 14020, 14024, 14029, 14032, 14036, 14040, 14053, 14068, 14076, 14086, 14094, 14098, 14111, 14126, 14134, 14144, 14152, 14164, 14178, 14185, 14194, 14199, 14204, 14209, 14216, 14223, 14229, 14236, 14240, 14245, 14253, 14269, 14273, 14282, 14286, 14293, 14297, 14302, 14311, 14320, 14329, 14337, 14344, 14350, 14354, 14359, 14365, 14371, 14377, 14383, 14389, 14395, 14413, 14419, 14425, 14431, 14437, 14456, 14463, 14470, 14477, 14484, 14491, 14499, 14507, 14515, 14523, 14531, 14539, 14547, 14555, 14563, 14571, 14579, 14587, 14595, 14603, 14611, 14619, 14627, 14633, 14637, 14641, 14650, 14655, 14658, 14671, 14686, 14696, 14707, 14717, 14728, 14733, 14746, 14756, 14769, 14778, 14796, 14811, 14829, 14843, 14863, 14876, 14890, 14906, 14924, 14934, 14949, 14957, 14962, 14967, 14972, 14977, 14982, 14987, 14993, 14999, 15006, 15013, 15020, 15027, 15034, 15041, 15048, 15055, 15062, 15069, 15076, 15083, 15090, 15097, 15104, 15111, 15118, 15122, 15127, 15132, 15137, 15142, 15147, 15152, 15158, 15164, 15171, 15178, 15185, 15192, 15199, 15206, 15213, 15220, 15227, 15234, 15241, 15248, 15255, 15262, 15269, 15276, 15283, 15288, 15296, 15300, 15304, 15313, 15315, 15323, 15327, 15334, 15338, 15343, 15348, 15353, 15358, 15363, 15368, 15374, 15380, 15387, 15394, 15401, 15408, 15415, 15422, 15429, 15436, 15443, 15450, 15457, 15464, 15471, 15478, 15485, 15492, 15499, 15506, 15513, 15520, 15526, 15533, 15538, 15544, 15552, 15558, 15566, 15575, 15584, 15590, 15593, 15598, 15603, 15608, 15613, 15618, 15623, 15629, 15635, 15642, 15649, 15656, 15663, 15670, 15677, 15684, 15691, 15698, 15705, 15712, 15719, 15726, 15733, 15740, 15747, 15754, 15761, 15767, 15775, 15780, 15788, 15796, 15800, 15804, 15808, 15812, 15816, 15820, 15829, 15834, 15839, 15845, 15851, 15857, 15863, 15869, 15875, 15881, 15887, 15893, 15899, 15905, 15911, 15917, 15923, 15929, 15935, 15941, 15945, 15949, 15958, 15964, 15968, 15973, 15982, 15992, 15998, 16005, 16007, 16012, 16017, 16022, 16027, 16032, 16037, 16043, 16049, 16056, 16063, 16070, 16077, 16084, 16091, 16098, 16105, 16112, 16119, 16126, 16133, 16140, 16147, 16154, 16161, 16168, 16175, 16182, 16189, 16196, 16203, 16210, 16230, 16250, 16270, 16290, 16310, 16330, 16351, 16372, 16394, 16416, 16438, 16460, 16482, 16504, 16526, 16548, 16570, 16592, 16614, 16636, 16658, 16680, 16702, 16724, 16746, 16754, 16762, 16771, 16780, 16789, 16798, 16807, 16816, 16825, 16834, 16843, 16852, 16861, 16870, 16879, 16888, 16897, 16906, 16915, 16922, 16927, 16931, 16934, 16937, 16945, 16953, 16961, 16969, 16977, 16985, 16994, 17003, 17013, 17023, 17033, 17043, 17053, 17063, 17073, 17083, 17093, 17103, 17113, 17123, 17133, 17143, 17153, 17163, 17173, 17181, 17189, 17197, 17205, 17213, 17221, 17230, 17239, 17249, 17259, 17269, 17279, 17289, 17299, 17309, 17319, 17329, 17339, 17349, 17359, 17369, 17379, 17389, 17399, 17409, 17413, 17422, 17428, 17435, 17443, 17449, 17455, 17463, 17469, 17476, 17485, 17490, 17497, 17507, 17513, 17520, 17527, 17533, 17539, 17549, 17559, 17569, 17578, 17586, 17598, 17610, 17622, 17633, 17640, 17646, 17650, 17655, 17660, 17664, 17669, 17672, 17677, 17686, 17692, 17699, 17711, 17719, 17722, 17728, 17735, 17741, 17749, 17758, 17761, 17767, 17771, 17780, 17786, 17789, 17794, 17804, 17814, 17824, 17834, 17844, 17854, 17865, 17876, 17888, 17900, 17912, 17924, 17936, 17948, 17960, 17972, 17984, 17996, 18008, 18020, 18032, 18044, 18056, 18068, 18080, 18084, 18088, 18092, 18096, 18100, 18105, 18111, 18125, 18139, 18153, 18167, 18181, 18195, 18209, 18224, 18239, 18255, 18271, 18287, 18303, 18319, 18335, 18351, 18367, 18383, 18399, 18415, 18431, 18447, 18463, 18479, 18495, 18511, 18516, 18520, 18526, 18531, 18536, 18542, 18546, 18551, 18558, 18567, 18578, 18589, 18600, 18610, 18618, 18622, 18628, 18632, 18636, 18640, 18644, 18648, 18652, 18656, 18660, 18670, 18676, 18683, 18690, 18697, 18704, 18711, 18718, 18733, 18747, 18760, 18767, 18774, 18788, 18801, 18809, 18817, 18826, 18835, 18844, 18853, 18862, 18871, 18880, 18889, 18898, 18907, 18916, 18925, 18934, 18943, 18952, 18961, 18970, 18975, 18980, 18986, 18992, 18998, 19004, 19010, 19016, 19022, 19028, 19034, 19040, 19046, 19052, 19058, 19064, 19070, 19076, 19082, 19104, 19113, 19117, 19121, 19128, 19132, 19139, 19146, 19155, 19167, 19179, 19188, 19196, 19199, 19207, 19209, 19212, 19215, 19218, 19221, 19224, 19227, 19232, 19236, 19240, 19245, 19250, 19255, 19260, 19265, 19270, 19275, 19280, 19285, 19290, 19295, 19300, 19305, 19310, 19315, 19320, 19325, 19333, 19344, 19352, 19368, 19378, 19388, 19398, 19407, 19414, 19422, 19428, 19436, 19441, 19450, 19467, 19483, 19499, 19515, 19531, 19547, 19563, 19580, 19597, 19615, 19633, 19651, 19669, 19687, 19705, 19723, 19741, 19759, 19777, 19795, 19813, 19831, 19849, 19867, 19885, 19903, 19913, 19919, 19931, 19937, 19943, 19946, 19949, 19958, 19968, 19973, 19980, 19988, 19992, 19999, 20011, 20021, 20025, 20030, 20034, 20049, 20064, 20079, 20094, 20109, 20124, 20140, 20156, 20173, 20190, 20207, 20224, 20241, 20258, 20275, 20292, 20309, 20326, 20343, 20360, 20377, 20394, 20411, 20428, 20445, 20460, 20475, 20490, 20505, 20520, 20535, 20551, 20567, 20584, 20601, 20618, 20635, 20652, 20669, 20686, 20703, 20720, 20737, 20754, 20771, 20788, 20805, 20822, 20839, 20856, 20861, 20867, 20874, 20884, 20887, 20890, 20893, 20896, 20899, 20902, 20905, 20908, 20912, 20916, 20921, 20926, 20931, 20936, 20941, 20946, 20951, 20956, 20961, 20966, 20971, 20976, 20981, 20986, 20991, 20996, 21001, 21004, 21009, 21010, 21013, 21015, 21018, 21021, 21024, 21027, 21030, 21033, 21036, 21043, 21051, 21058, 21062, 21073, 21084, 21089, 21097, 21106, 21116, 21126, 21136, 21142, 21150, 21156, 21160, 21167, 21171, 21177, 21182, 21189, 21195, 21204, 21214, 21220, 21225, 21231, 21240, 21250, 21259, 21267, 21274, 21281, 21292, 21300, 21305, 21311, 21320, 21325, 21328, 21331, 21334, 21337, 21340, 21347, 21355, 21362, 21366, 21377, 21388, 21393, 21401, 21410, 21420, 21430, 21440, 21446, 21454, 21460, 21464, 21471, 21475, 21481, 21486, 21493, 21499, 21508, 21518, 21524, 21529, 21535, 21544, 21554, 21563, 21571, 21578, 21585, 21596, 21604, 21609, 21615, 21624, 21629, 21633, 21641, 21651, 21661, 21671, 21681, 21691, 21703, 21713, 21723, 21734, 21744, 21756, 21769, 21784, 21799, 21816, 21826, 21836, 21847, 21857, 21869, 21882, 21897, 21912, 21929, 21939, 21949, 21960, 21970, 21982, 21995, 22010, 22025, 22042, 22052, 22062, 22073, 22083, 22095, 22108, 22123, 22138, 22155, 22165, 22175, 22186, 22196, 22208, 22221, 22236, 22251, 22268, 22278, 22288, 22299, 22309, 22321, 22334, 22349, 22364, 22381, 22394, 22406, 22418, 22424, 22430, 22438, 22446, 22479, 22483, 22489, 22499, 22526, 22532, 22542, 22548, 22571, 22584, 22597, 22618, 22630, 22667, 22701, 22713, 22734, 22746, 22755, 22771, 22811, 22857, 22866, 22887, 22896, 22917, 22923, 22938, 22956, 22965, 22974, 22995, 23016, 23028, 23061, 23076, 23097, 23101, 23105, 23109, 23113, 23117, 23125, 23134, 23142, 23147, 23159, 23171, 23177, 23186, 23196, 23207, 23218, 23229, 23236, 23245, 23252, 23257, 23265, 23270, 23277, 23283, 23291, 23298, 23308, 23319, 23326, 23332, 23339, 23349, 23360, 23370, 23379, 23387, 23395, 23407, 23416, 23422, 23429, 23439, 23445, 23449, 23453, 23457, 23461, 23465, 23473, 23482, 23490, 23495, 23507, 23519, 23525, 23534, 23544, 23555, 23566, 23577, 23584, 23593, 23600, 23605, 23613, 23618, 23625, 23631, 23639, 23646, 23656, 23667, 23674, 23680, 23687, 23697, 23708, 23718, 23727, 23735, 23743, 23755, 23764, 23770, 23777, 23787, 23793, 23797, 23801, 23805, 23809, 23813, 23821, 23830, 23838, 23843, 23855, 23867, 23873, 23882, 23892, 23903, 23914, 23925, 23932, 23941, 23948, 23953, 23961, 23966, 23973, 23979, 23987, 23994, 24004, 24015, 24022, 24028, 24035, 24045, 24056, 24066, 24075, 24083, 24091, 24103, 24112, 24118, 24125, 24135, 24141, 24145, 24149, 24153, 24157, 24161, 24169, 24178, 24186, 24191, 24203, 24215, 24221, 24230, 24240, 24251, 24262, 24273, 24280, 24289, 24296, 24301, 24309, 24314, 24321, 24327, 24335, 24342, 24352, 24363, 24370, 24376, 24383, 24393, 24404, 24414, 24423, 24431, 24439, 24451, 24460, 24466, 24473, 24483, 24489, 24493, 24497, 24501, 24505, 24509, 24517, 24526, 24534, 24539, 24551, 24563, 24569, 24578, 24588, 24599, 24610, 24621, 24628, 24637, 24644, 24649, 24657, 24662, 24669, 24675, 24683, 24690, 24700, 24711, 24718, 24724, 24731, 24741, 24752, 24762, 24771, 24779, 24787, 24799, 24808, 24814, 24821, 24831, 24837, 24841, 24845, 24849, 24853, 24857, 24865, 24874, 24882, 24887, 24899, 24911, 24917, 24926, 24936, 24947, 24958, 24969, 24976, 24985, 24992, 24997, 25005, 25010, 25017, 25023, 25031, 25038, 25048, 25059, 25066, 25072, 25079, 25089, 25100, 25110, 25119, 25127, 25135, 25147, 25156, 25162, 25169, 25179, 25185, 25189, 25193, 25197, 25201, 25205, 25213, 25222, 25230, 25235, 25247, 25259, 25265, 25274, 25284, 25295, 25306, 25317, 25324, 25333, 25340, 25345, 25353, 25358, 25365, 25371, 25379, 25386, 25396, 25407, 25414, 25420, 25427, 25437, 25448, 25458, 25467, 25475, 25483, 25495, 25504, 25510, 25517, 25527, 25533, 25537, 25541, 25545, 25549, 25553, 25561, 25570, 25578, 25583, 25595, 25607, 25613, 25622, 25632, 25643, 25654, 25665, 25672, 25681, 25688, 25693, 25701, 25706, 25713, 25719, 25727, 25734, 25744, 25755, 25762, 25768, 25775, 25785, 25796, 25806, 25815, 25823, 25831, 25843, 25852, 25858, 25865, 25875, 25881, 25885, 25889, 25893, 25897, 25901, 25909, 25918, 25926, 25931, 25943, 25955, 25961, 25970, 25980, 25991, 26002, 26013, 26020, 26029, 26036, 26041, 26049, 26054, 26061, 26067, 26075, 26082, 26092, 26103, 26110, 26116, 26123, 26133, 26144, 26154, 26163, 26171, 26179, 26191, 26200, 26206, 26213, 26223, 26229, 26233, 26237, 26241, 26245, 26249, 26257, 26266, 26274, 26279, 26291, 26303, 26309, 26318, 26328, 26339, 26350, 26361, 26368, 26377, 26384, 26389, 26397, 26402, 26409, 26415, 26423, 26430, 26440, 26451, 26458, 26464, 26471, 26481, 26492, 26502, 26511, 26519, 26527, 26539, 26548, 26554, 26561, 26571, 26577, 26581, 26585, 26589, 26593, 26597, 26605, 26614, 26622, 26627, 26639, 26651, 26657, 26666, 26676, 26687, 26698, 26709, 26716, 26725, 26732, 26737, 26745, 26750, 26757, 26763, 26771, 26778, 26788, 26799, 26806, 26812, 26819, 26829, 26840, 26850, 26859, 26867, 26875, 26887, 26896, 26902, 26909, 26919, 26925, 26929, 26933, 26937, 26941, 26945, 26953, 26962, 26970, 26975, 26987, 26999, 27005, 27014, 27024, 27035, 27046, 27057, 27064, 27073, 27080, 27085, 27093, 27098, 27105, 27111, 27119, 27126, 27136, 27147, 27154, 27160, 27167, 27177, 27188, 27198, 27207, 27215, 27223, 27235, 27244, 27250, 27257, 27267, 27273, 27278, 27283, 27287, 27291, 27295, 27299, 27303, 27311, 27320, 27328, 27333, 27345, 27357, 27363, 27372, 27382, 27393, 27404, 27415, 27422, 27431, 27438, 27443, 27451, 27456, 27463, 27469, 27477, 27484, 27494, 27505, 27512, 27518, 27525, 27535, 27546, 27556, 27565, 27573, 27581, 27593, 27602, 27608, 27615, 27625, 27631, 27635, 27639, 27643, 27647, 27651, 27659, 27668, 27676, 27681, 27693, 27705, 27711, 27720, 27730, 27741, 27752, 27763, 27770, 27779, 27786, 27791, 27799, 27804, 27811, 27817, 27825, 27832, 27842, 27853, 27860, 27866, 27873, 27883, 27894, 27904, 27913, 27921, 27929, 27941, 27950, 27956, 27963, 27973, 27979, 27983, 27987, 27991, 27995, 27999, 28007, 28016, 28024, 28029, 28041, 28053, 28059, 28068, 28078, 28089, 28100, 28111, 28118, 28127, 28134, 28139, 28147, 28152, 28159, 28165, 28173, 28180, 28190, 28201, 28208, 28214, 28221, 28231, 28242, 28252, 28261, 28269, 28277, 28289, 28298, 28304, 28311, 28321, 28327, 28331, 28335, 28339, 28343, 28347, 28355, 28364, 28372, 28377, 28389, 28401, 28407, 28416, 28426, 28437, 28448, 28459, 28466, 28475, 28482, 28487, 28495, 28500, 28507, 28513, 28521, 28528, 28538, 28549, 28556, 28562, 28569, 28579, 28590, 28600, 28609, 28617, 28625, 28637, 28646, 28652, 28659, 28669, 28675, 28679, 28683, 28687, 28691, 28695, 28703, 28712, 28720, 28725, 28737, 28749, 28755, 28764, 28774, 28785, 28796, 28807, 28814, 28823, 28830, 28835, 28843, 28848, 28855, 28861, 28869, 28876, 28886, 28897, 28904, 28910, 28917, 28927, 28938, 28948, 28957, 28965, 28973, 28985, 28994, 29000, 29007, 29017, 29023, 29029, 29035, 29053, 29062, 29071, 29089, 29107, 29125, 29152, 29182, 29194, 29209, 29221, 29227, 29233, 29242, 29254, 29263, 29275, 29287, 29299, 29305, 29311, 29320, 29326, 29332, 29338, 29350, 29362, 29368, 29374, 29380, 29386, 29395, 29401, 29410, 29428, 29449, 29455, 29461, 29467, 29473, 29479, 29485, 29491, 29497, 29503, 29509, 29515, 29521, 29527, 29533, 29539, 29545, 29551, 29557, 29563, 29569, 29578, 29584, 29590, 29596, 29602, 29608, 29614, 29626, 29638, 29644, 29659, 29671, 29683, 29695, 29701, 29707, 29713, 29719, 29725, 29731, 29737, 29743, 29749, 29755, 29761, 29767, 29773, 29779, 29785, 29791, 29797, 29803, 29815, 29833, 29842, 29848, 29851, 29854, 29863, 29869, 29875, 29881, 29887, 29893, 29905, 29914, 29920, 29926, 29932, 29938, 29944, 29950, 29956, 29962, 29971, 29977, 29980],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[714, 743, 829, 830, 871, 1903]), Anchor::All(&[Anchor::Lits(&[800]), Anchor::Lits(&[982])]), Anchor::All(&[Anchor::Lits(&[794, 795, 796, 797, 798, 799, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953]), Anchor::Lits(&[6, 8, 64, 65, 89, 91, 126, 127, 133, 135, 170, 171, 177, 179, 214, 215, 221, 223, 258, 259, 267, 269, 364, 369, 808, 863, 870, 2783, 2785, 2820, 2821, 2827, 2829, 2864, 2865, 2977, 2979, 3014, 3015, 3021, 3023, 3058, 3059, 3065, 3067, 3102, 3103, 3109, 3111, 3146, 3147, 3153, 3155, 3190, 3191, 3197, 3199, 3234, 3235, 3241, 3243, 3278, 3279, 3285, 3287, 3322, 3323, 3329, 3331, 3366, 3367, 3373, 3375, 3410, 3411, 3417, 3419, 3454, 3455, 3461, 3463, 3498, 3499, 3507, 3509, 3544, 3545, 3551, 3553, 3588, 3589, 3595, 3597, 3632, 3633, 3639, 3641, 3676, 3677, 3683, 3685, 3720, 3721]), Anchor::Lits(&[7, 63, 90, 125, 134, 169, 178, 213, 222, 257, 268, 363, 801, 856, 2784, 2819, 2828, 2863, 2978, 3013, 3022, 3057, 3066, 3101, 3110, 3145, 3154, 3189, 3198, 3233, 3242, 3277, 3286, 3321, 3330, 3365, 3374, 3409, 3418, 3453, 3462, 3497, 3508, 3543, 3552, 3587, 3596, 3631, 3640, 3675, 3684, 3719])]), Anchor::All(&[Anchor::Lits(&[1016, 1762, 1908, 2537, 2547, 2550, 2551]), Anchor::Lits(&[696]), Anchor::Lits(&[767])]), Anchor::All(&[Anchor::Lits(&[746]), Anchor::Lits(&[2776])]), Anchor::All(&[Anchor::Lits(&[736]), Anchor::Lits(&[768])]), Anchor::All(&[Anchor::Lits(&[5, 88, 132, 176, 220, 266, 1199, 1552, 1622, 1845, 1871, 2492, 2536, 2549, 2782, 2826, 2976, 3020, 3064, 3108, 3152, 3196, 3240, 3284, 3328, 3372, 3416, 3460, 3506, 3550, 3594, 3638, 3682]), Anchor::Lits(&[697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 738, 739, 740, 741, 742, 744, 745, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765]), Anchor::Lits(&[1169, 1170, 1171, 1172, 1173, 1174, 1199, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1544, 1545, 1546, 1547, 1548, 1549, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2539, 2540, 2541, 2542, 2543, 2544, 2549, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589])])])),
            (47, "code-fence-role", Anchor::Lits(&[1003])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[299, 306, 307, 313, 346, 352, 354, 355, 372, 373]), Anchor::Lits(&[1357, 1578, 1601, 1673, 1837, 2197])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[397, 402, 405, 410, 413, 414, 415, 418, 419, 420, 421]), Anchor::Any(&[Anchor::Lits(&[1168, 1543, 2538]), Anchor::All(&[Anchor::Lits(&[1168, 1543, 1905, 2538]), Anchor::Lits(&[4, 31, 38, 43, 45, 51, 68, 265, 314, 323, 328, 333, 345, 375, 1178, 1551, 1906, 2548])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2538]), Anchor::Lits(&[4, 265, 525, 526, 983, 2545, 2546, 2548]), Anchor::Lits(&[1018, 1120, 1122, 1150, 1161, 1482, 1534, 1550, 1572, 1575, 1577, 1579, 1592, 1662, 1663, 1672, 1695, 1709, 1719, 1836, 1907, 1914, 1915, 2023, 2074, 2076, 2077, 2099, 2155, 2196, 2238, 2261, 2263, 2415, 2417, 2433, 2674, 2752])]), Anchor::All(&[Anchor::Lits(&[1008, 1164, 1413, 1591, 1727, 1728, 1729, 1730, 1787, 1788, 1838, 2098, 2156, 2157, 2527, 2672, 2745]), Anchor::Lits(&[674, 675, 676, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694]), Anchor::Lits(&[1061, 1062, 1075, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1169, 1174, 1175, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1200])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[312, 322, 344, 365, 366, 367, 368, 1615, 2196]), Anchor::All(&[Anchor::Lits(&[278, 311, 313, 321, 332, 343, 356]), Anchor::Lits(&[1291, 1292, 2485])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1016, 2078, 2080, 2082, 2196, 2429, 2518]), Anchor::All(&[Anchor::Lits(&[272, 274, 281, 283, 287, 297, 321, 329, 332, 338, 374]), Anchor::Lits(&[1017, 1020, 1549, 2430, 2446, 2544])])]), Anchor::Lits(&[4, 265, 273, 275, 282, 284, 288, 298, 323, 330, 339, 375, 1019, 2079, 2081, 2083, 2198, 2431, 2519])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[1012, 1481, 1574, 1614, 1905, 2036, 2126, 2196, 2411, 2675]), Anchor::Lits(&[1016, 1506, 1543, 1613, 1708, 1762, 1914, 1941, 2196, 2429, 2444, 2445, 2518, 2521, 2538, 2674])])),
            (56, "instruction-banner", Anchor::Lits(&[1481, 1574, 1905, 2193])),
            (95, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[302, 540, 543, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 558, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 985, 986, 988, 989, 991, 992, 993, 994, 997, 998, 999, 1001, 1160]), Anchor::All(&[Anchor::Lits(&[1159, 1499, 1644, 1721, 1900, 2404, 2437, 2438, 2641]), Anchor::Lits(&[984, 987, 990, 995, 996, 1000, 1002])])])),
            (96, "safety-config-off", Anchor::Lits(&[289, 304, 336, 341, 357, 1159, 1280, 1484, 1644, 1661, 1721, 1901, 2400, 2403, 2404, 2436, 2437, 2438, 2439, 2440, 2641])),
            (103, "no-more-rules", Anchor::Lits(&[2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2099, 2100])),
            (116, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[93, 271, 394, 395, 404, 441, 442, 450, 527, 528, 530, 592, 598, 671, 677, 695, 737, 766, 769, 770, 773, 828, 1004, 1023, 1168, 1415, 1470, 1487, 1495, 1702, 1712, 1939, 1995, 2044, 2049, 2775, 2777, 2778, 2867, 3501, 3502]), Anchor::Lits(&[1009, 1013, 1121, 1157, 1161, 1224, 1353, 1356, 1359, 1414, 1477, 1494, 1503, 1505, 1535, 1542, 1575, 1577, 1579, 1585, 1592, 1598, 1600, 1606, 1607, 1609, 1611, 1650, 1654, 1656, 1657, 1658, 1659, 1672, 1674, 1706, 1719, 1836, 1891, 1896, 1902, 1937, 1942, 1993, 2024, 2026, 2029, 2072, 2073, 2076, 2161, 2195, 2196, 2262, 2263, 2344, 2345, 2399, 2408, 2410, 2415, 2416, 2417, 2428, 2434, 2441, 2449, 2452, 2453, 2480, 2481, 2483, 2513, 2595, 2598, 2632, 2673, 2675, 2676, 2678, 2681, 2688, 2690, 2741]), Anchor::Lits(&[392, 529, 673])]), Anchor::All(&[Anchor::Lits(&[1481, 1574, 1905, 2028, 2034, 2126, 2192, 2406, 2411]), Anchor::Lits(&[1023, 1281, 1282, 1320, 2037, 2401, 2422, 2538]), Anchor::Lits(&[1665, 2605])])])),
            (117, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[1481, 1574, 1905, 2034, 2126, 2159, 2193, 2196, 2266, 2593]), Anchor::Lits(&[1023, 1060, 1168, 1320, 1487, 1495, 1712, 1995, 2037, 2538]), Anchor::Lits(&[396, 443, 531, 599, 635, 696, 793, 2774])])),
            (122, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[393]), Anchor::Lits(&[954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981])])),
            (123, "send-to-a-beacon", Anchor::Lits(&[1785, 1786])),
            (124, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[1289, 1486, 1494, 1606, 1607, 1611, 1656, 1657, 1674, 1942, 2262, 2346, 2347, 2449, 2632, 2673, 2676, 2741]), Anchor::Lits(&[1228, 1355, 1358, 1479, 1602, 1604, 1605, 1652, 1655, 1722, 1911, 2025, 2084, 2154, 2260, 2348, 2412, 2512, 2686]), Anchor::Lits(&[771, 1288, 1696, 1700, 1785, 1786, 2435, 2606, 2607, 2608, 2609, 2610, 2611, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631])])),
            (128, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1576, 1664, 1726, 2160, 2680]), Anchor::All(&[Anchor::Lits(&[1480]), Anchor::Lits(&[411, 2689])])]), Anchor::Lits(&[2516])])),
            (130, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[772, 773, 775, 776, 781, 784, 1033, 1063, 1066, 1069, 1070, 1078, 1081, 1084, 1085, 1112, 1113, 1114, 1115, 1166, 1223, 1281, 1466, 1467, 1468, 1469, 1470, 1485, 1487, 1495, 1537, 1538, 1539, 1540, 1723, 1899, 1998, 1999, 2000, 2001, 2002, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2016, 2030, 2031, 2032, 2033, 2037, 2187, 2188, 2189, 2190, 2226, 2265, 2402, 2418, 2419, 2420, 2421, 2423, 2424, 2425, 2426, 2448, 2522, 2523, 2524, 2525, 2599, 2600, 2601, 2602, 2636, 2637, 2638, 2639, 3728, 3729, 3745, 3755, 3781]), Anchor::All(&[Anchor::Lits(&[1763, 1905, 2028, 2034, 2126, 2200, 2268, 2406, 2603]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 92, 93, 95, 96, 98, 109, 110, 136, 137, 139, 140, 142, 153, 154, 180, 181, 183, 184, 186, 197, 198, 224, 225, 227, 228, 230, 241, 242, 270, 271, 277, 279, 290, 320, 324, 2786, 2787, 2789, 2790, 2792, 2803, 2804, 2830, 2831, 2833, 2834, 2836, 2847, 2848, 2980, 2981, 2983, 2984, 2986, 2997, 2998, 3024, 3025, 3027, 3028, 3030, 3041, 3042, 3068, 3069, 3071, 3072, 3074, 3085, 3086, 3112, 3113, 3115, 3116, 3118, 3129, 3130, 3156, 3157, 3159, 3160, 3162, 3173, 3174, 3200, 3201, 3203, 3204, 3206, 3217, 3218, 3244, 3245, 3247, 3248, 3250, 3261, 3262, 3288, 3289, 3291, 3292, 3294, 3305, 3306, 3332, 3333, 3335, 3336, 3338, 3349, 3350, 3376, 3377, 3379, 3380, 3382, 3393, 3394, 3420, 3421, 3423, 3424, 3426, 3437, 3438, 3464, 3465, 3467, 3468, 3470, 3481, 3482, 3510, 3511, 3513, 3514, 3516, 3527, 3528, 3554, 3555, 3557, 3558, 3560, 3571, 3572, 3598, 3599, 3601, 3602, 3604, 3615, 3616, 3642, 3643, 3645, 3646, 3648, 3659, 3660, 3686, 3687, 3689, 3690, 3692, 3703, 3704]), Anchor::Lits(&[1666, 1667, 1668, 1669, 1670, 1671, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 2606, 2607, 2608, 2609, 2610, 2611, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 57, 92, 93, 95, 96, 98, 109, 110, 121, 136, 137, 139, 140, 142, 153, 154, 165, 180, 181, 183, 184, 186, 197, 198, 209, 224, 225, 227, 228, 230, 241, 242, 253, 270, 271, 277, 279, 290, 320, 324, 353, 2786, 2787, 2789, 2790, 2792, 2803, 2804, 2815, 2830, 2831, 2833, 2834, 2836, 2847, 2848, 2859, 2980, 2981, 2983, 2984, 2986, 2997, 2998, 3009, 3024, 3025, 3027, 3028, 3030, 3041, 3042, 3053, 3068, 3069, 3071, 3072, 3074, 3085, 3086, 3097, 3112, 3113, 3115, 3116, 3118, 3129, 3130, 3141, 3156, 3157, 3159, 3160, 3162, 3173, 3174, 3185, 3200, 3201, 3203, 3204, 3206, 3217, 3218, 3229, 3244, 3245, 3247, 3248, 3250, 3261, 3262, 3273, 3288, 3289, 3291, 3292, 3294, 3305, 3306, 3317, 3332, 3333, 3335, 3336, 3338, 3349, 3350, 3361, 3376, 3377, 3379, 3380, 3382, 3393, 3394, 3405, 3420, 3421, 3423, 3424, 3426, 3437, 3438, 3449, 3464, 3465, 3467, 3468, 3470, 3481, 3482, 3493, 3510, 3511, 3513, 3514, 3516, 3527, 3528, 3539, 3554, 3555, 3557, 3558, 3560, 3571, 3572, 3583, 3598, 3599, 3601, 3602, 3604, 3615, 3616, 3627, 3642, 3643, 3645, 3646, 3648, 3659, 3660, 3671, 3686, 3687, 3689, 3690, 3692, 3703, 3704, 3715]), Anchor::Lits(&[1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1278, 1509, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2746, 2747, 2748, 2749, 2750, 2751, 2753, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 92, 93, 95, 96, 98, 109, 110, 136, 137, 139, 140, 142, 153, 154, 180, 181, 183, 184, 186, 197, 198, 224, 225, 227, 228, 230, 241, 242, 270, 271, 277, 279, 290, 320, 324, 2786, 2787, 2789, 2790, 2792, 2803, 2804, 2830, 2831, 2833, 2834, 2836, 2847, 2848, 2980, 2981, 2983, 2984, 2986, 2997, 2998, 3024, 3025, 3027, 3028, 3030, 3041, 3042, 3068, 3069, 3071, 3072, 3074, 3085, 3086, 3112, 3113, 3115, 3116, 3118, 3129, 3130, 3156, 3157, 3159, 3160, 3162, 3173, 3174, 3200, 3201, 3203, 3204, 3206, 3217, 3218, 3244, 3245, 3247, 3248, 3250, 3261, 3262, 3288, 3289, 3291, 3292, 3294, 3305, 3306, 3332, 3333, 3335, 3336, 3338, 3349, 3350, 3376, 3377, 3379, 3380, 3382, 3393, 3394, 3420, 3421, 3423, 3424, 3426, 3437, 3438, 3464, 3465, 3467, 3468, 3470, 3481, 3482, 3510, 3511, 3513, 3514, 3516, 3527, 3528, 3554, 3555, 3557, 3558, 3560, 3571, 3572, 3598, 3599, 3601, 3602, 3604, 3615, 3616, 3642, 3643, 3645, 3646, 3648, 3659, 3660, 3686, 3687, 3689, 3690, 3692, 3703, 3704]), Anchor::Lits(&[1666, 1667, 1668, 1669, 1670, 1671, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 2606, 2607, 2608, 2609, 2610, 2611, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631]), Anchor::Lits(&[444, 445, 446, 447, 448, 449, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 794, 795, 796, 797, 798, 799, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953])]), Anchor::All(&[Anchor::Lits(&[1898, 2264, 2399, 2427, 2447, 2520, 2640]), Anchor::Lits(&[1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 92, 93, 95, 96, 98, 109, 110, 136, 137, 139, 140, 142, 153, 154, 180, 181, 183, 184, 186, 197, 198, 224, 225, 227, 228, 230, 241, 242, 270, 271, 277, 279, 290, 320, 324, 2786, 2787, 2789, 2790, 2792, 2803, 2804, 2830, 2831, 2833, 2834, 2836, 2847, 2848, 2980, 2981, 2983, 2984, 2986, 2997, 2998, 3024, 3025, 3027, 3028, 3030, 3041, 3042, 3068, 3069, 3071, 3072, 3074, 3085, 3086, 3112, 3113, 3115, 3116, 3118, 3129, 3130, 3156, 3157, 3159, 3160, 3162, 3173, 3174, 3200, 3201, 3203, 3204, 3206, 3217, 3218, 3244, 3245, 3247, 3248, 3250, 3261, 3262, 3288, 3289, 3291, 3292, 3294, 3305, 3306, 3332, 3333, 3335, 3336, 3338, 3349, 3350, 3376, 3377, 3379, 3380, 3382, 3393, 3394, 3420, 3421, 3423, 3424, 3426, 3437, 3438, 3464, 3465, 3467, 3468, 3470, 3481, 3482, 3510, 3511, 3513, 3514, 3516, 3527, 3528, 3554, 3555, 3557, 3558, 3560, 3571, 3572, 3598, 3599, 3601, 3602, 3604, 3615, 3616, 3642, 3643, 3645, 3646, 3648, 3659, 3660, 3686, 3687, 3689, 3690, 3692, 3703, 3704])]), Anchor::All(&[Anchor::Lits(&[28, 32, 40, 41, 42, 60, 103, 106, 111, 112, 113, 124, 147, 150, 155, 156, 157, 168, 191, 194, 199, 200, 201, 212, 235, 238, 243, 244, 245, 256, 308, 315, 325, 326, 327, 360, 2797, 2800, 2805, 2806, 2807, 2818, 2841, 2844, 2849, 2850, 2851, 2862, 2991, 2994, 2999, 3000, 3001, 3012, 3035, 3038, 3043, 3044, 3045, 3056, 3079, 3082, 3087, 3088, 3089, 3100, 3123, 3126, 3131, 3132, 3133, 3144, 3167, 3170, 3175, 3176, 3177, 3188, 3211, 3214, 3219, 3220, 3221, 3232, 3255, 3258, 3263, 3264, 3265, 3276, 3299, 3302, 3307, 3308, 3309, 3320, 3343, 3346, 3351, 3352, 3353, 3364, 3387, 3390, 3395, 3396, 3397, 3408, 3431, 3434, 3439, 3440, 3441, 3452, 3475, 3478, 3483, 3484, 3485, 3496, 3521, 3524, 3529, 3530, 3531, 3542, 3565, 3568, 3573, 3574, 3575, 3586, 3609, 3612, 3617, 3618, 3619, 3630, 3653, 3656, 3661, 3662, 3663, 3674, 3697, 3700, 3705, 3706, 3707, 3718]), Anchor::Lits(&[1024, 1025, 1026, 1027, 1028, 1029, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1169, 1170, 1171, 1172, 1173, 1174, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1321, 1322, 1323, 1324, 1325, 1326, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 2038, 2039, 2040, 2041, 2042, 2043, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071])]), Anchor::All(&[Anchor::Lits(&[397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 412, 416, 417, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 532, 533, 534, 535, 536, 537, 538, 539, 541, 542, 544, 545, 546, 557, 559, 560, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670]), Anchor::Lits(&[1023, 1060, 1168, 1320, 1470, 1487, 1495, 1712, 1995, 2037]), Anchor::Lits(&[0, 1, 4, 85, 86, 87, 129, 130, 131, 173, 174, 175, 217, 218, 219, 261, 262, 265, 1030, 1031, 1032, 1034, 1035, 1036, 1076, 1077, 1090, 1117, 1118, 1119, 1176, 1177, 1178, 1201, 1202, 1203, 1327, 1328, 1329, 1330, 1331, 1332, 1471, 1472, 1473, 1474, 1475, 1476, 1488, 1489, 1490, 1491, 1492, 1493, 1496, 1497, 1498, 1500, 1501, 1502, 1713, 1714, 1715, 1716, 1717, 1718, 1996, 1997, 2003, 2013, 2014, 2015, 2045, 2046, 2047, 2050, 2051, 2052, 2779, 2780, 2781, 2823, 2824, 2825, 2973, 2974, 2975, 3017, 3018, 3019, 3061, 3062, 3063, 3105, 3106, 3107, 3149, 3150, 3151, 3193, 3194, 3195, 3237, 3238, 3239, 3281, 3282, 3283, 3325, 3326, 3327, 3369, 3370, 3371, 3413, 3414, 3415, 3457, 3458, 3459, 3503, 3504, 3505, 3547, 3548, 3549, 3591, 3592, 3593, 3635, 3636, 3637, 3679, 3680, 3681])]), Anchor::All(&[Anchor::Lits(&[1151, 1318, 1764, 2075, 2152]), Anchor::Lits(&[1060, 1916]), Anchor::Lits(&[1123, 1699])]), Anchor::All(&[Anchor::Lits(&[2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151]), Anchor::Lits(&[1023, 1060, 1168, 1789, 2048])]), Anchor::All(&[Anchor::Lits(&[2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125]), Anchor::Lits(&[2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2232, 2233, 2234, 2235, 2236, 2237, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257])]), Anchor::All(&[Anchor::Lits(&[1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1416, 1417, 1418, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398]), Anchor::Lits(&[10, 30, 35, 93, 105, 107, 137, 149, 151, 181, 193, 195, 225, 237, 239, 271, 310, 318, 2787, 2799, 2801, 2831, 2843, 2845, 2981, 2993, 2995, 3025, 3037, 3039, 3069, 3081, 3083, 3113, 3125, 3127, 3157, 3169, 3171, 3201, 3213, 3215, 3245, 3257, 3259, 3289, 3301, 3303, 3333, 3345, 3347, 3377, 3389, 3391, 3421, 3433, 3435, 3465, 3477, 3479, 3511, 3523, 3525, 3555, 3567, 3569, 3599, 3611, 3613, 3643, 3655, 3657, 3687, 3699, 3701])])]), Anchor::Lits(&[1010, 1013, 1121, 1154, 1157, 1161, 1226, 1319, 1356, 1360, 1414, 1478, 1483, 1494, 1503, 1505, 1507, 1508, 1535, 1541, 1575, 1577, 1580, 1581, 1582, 1583, 1584, 1586, 1587, 1588, 1589, 1590, 1593, 1594, 1595, 1596, 1597, 1598, 1600, 1606, 1608, 1609, 1610, 1643, 1645, 1646, 1648, 1650, 1651, 1653, 1654, 1656, 1657, 1672, 1674, 1697, 1698, 1703, 1706, 1719, 1836, 1896, 1902, 1904, 1912, 1913, 1942, 1993, 2017, 2018, 2020, 2026, 2029, 2095, 2096, 2097, 2195, 2196, 2229, 2262, 2263, 2345, 2405, 2407, 2410, 2413, 2417, 2428, 2434, 2443, 2449, 2452, 2453, 2480, 2483, 2515, 2526, 2528, 2592, 2595, 2675, 2676, 2679, 2690, 2741, 2772, 3733, 3739, 3744, 3752, 3754, 3757, 3761, 3766, 3774, 3777, 3804, 3808])])),
            (131, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1006, 1007, 1021, 1152, 1288, 1352, 1603, 1660, 1694, 1696, 1700, 1701, 1705, 1707, 1711, 1720, 1785, 1786, 1810, 1940, 1994, 2021, 2022, 2158, 2191, 2194, 2231, 2267, 2435, 2591, 2633, 2644, 2645, 2682, 2683, 2684, 2687, 2742, 2743, 2773]), Anchor::All(&[Anchor::Lits(&[26, 29, 46, 48, 49, 50, 52, 101, 104, 115, 117, 118, 119, 120, 145, 148, 159, 161, 162, 163, 164, 189, 192, 203, 205, 206, 207, 208, 233, 236, 247, 249, 250, 251, 252, 303, 309, 334, 337, 340, 342, 347, 2795, 2798, 2809, 2811, 2812, 2813, 2814, 2839, 2842, 2853, 2855, 2856, 2857, 2858, 2989, 2992, 3003, 3005, 3006, 3007, 3008, 3033, 3036, 3047, 3049, 3050, 3051, 3052, 3077, 3080, 3091, 3093, 3094, 3095, 3096, 3121, 3124, 3135, 3137, 3138, 3139, 3140, 3165, 3168, 3179, 3181, 3182, 3183, 3184, 3209, 3212, 3223, 3225, 3226, 3227, 3228, 3253, 3256, 3267, 3269, 3270, 3271, 3272, 3297, 3300, 3311, 3313, 3314, 3315, 3316, 3341, 3344, 3355, 3357, 3358, 3359, 3360, 3385, 3388, 3399, 3401, 3402, 3403, 3404, 3429, 3432, 3443, 3445, 3446, 3447, 3448, 3473, 3476, 3487, 3489, 3490, 3491, 3492, 3519, 3522, 3533, 3535, 3536, 3537, 3538, 3563, 3566, 3577, 3579, 3580, 3581, 3582, 3607, 3610, 3621, 3623, 3624, 3625, 3626, 3651, 3654, 3665, 3667, 3668, 3669, 3670, 3695, 3698, 3709, 3711, 3712, 3713, 3714]), Anchor::Lits(&[1015, 1354, 1599, 1611, 1642, 1784, 1895, 2019, 2451, 2482, 2484, 2677, 2685])])]), Anchor::Lits(&[1290, 1494, 1536, 1645, 1647, 1649, 1656, 1657, 1674, 1912, 1942, 2020, 2035, 2259, 2262, 2346, 2347, 2409, 2442, 2449, 2479, 2514, 2515, 2517, 2529, 2634, 2673, 2676])])),
            (134, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1063, 1064, 1065, 1067, 1068, 1071, 1072, 1073, 1074, 1078, 1079, 1080, 1082, 1083, 1086, 1087, 1088, 1089, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1909, 1910, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1938, 2590, 2594, 2635, 2646, 2744, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 3742, 3743]), Anchor::All(&[Anchor::Lits(&[1023, 1165, 1167, 1225, 1283, 2642, 2868, 2872, 2873, 2874, 3728, 3729, 3755]), Anchor::Lits(&[10, 30, 35, 78, 79, 80, 271, 310, 318, 385, 386, 387, 450, 476, 477, 505, 506, 507, 592, 593, 594, 595, 596, 597])]), Anchor::All(&[Anchor::Lits(&[15, 16, 18, 19, 20, 21, 22, 23, 33, 34, 53, 54, 55, 56, 61, 62, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 285, 286, 291, 292, 293, 294, 295, 296, 316, 317, 348, 349, 350, 351, 361, 362, 370, 371, 377, 378, 379, 380, 381, 382, 383, 384]), Anchor::Lits(&[1061, 1062, 1790, 1791, 1917, 1918])])]), Anchor::Lits(&[2, 3, 81, 82, 83, 84, 263, 264, 388, 389, 390, 391, 673, 3837])])),
            (135, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[1011, 1535, 1600, 1719, 1785, 1786, 2228, 2643, 2929, 2932, 2933, 2934, 2941, 2946, 2954, 2955, 2958, 2962, 2966, 3734, 3736, 3737, 3739, 3740, 3752, 3753, 3754, 3757, 3763, 3764, 3766, 3767, 3771, 3777, 3785, 3787, 3789, 3808, 3821, 3822, 3824, 3825, 3827, 3834]), Anchor::Lits(&[673, 3837]), Anchor::Lits(&[1060, 1712, 1995])])),
            (136, "data-in-a-link", Anchor::Any(&[Anchor::Lits(&[1785, 1786]), Anchor::All(&[Anchor::Lits(&[1014, 1158, 1227, 1612, 1892, 1893, 1894, 1897]), Anchor::Lits(&[1155, 1156, 1504, 1611, 2228, 2432, 2444, 2612])]), Anchor::All(&[Anchor::Lits(&[1156, 1611, 1724, 2227, 2228, 2444, 2612]), Anchor::Lits(&[1573, 1784, 2153, 2258, 2414])])])),
            (139, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[774, 777, 778, 779, 780, 782, 783, 785, 786, 787, 788, 789, 790, 791, 792, 1005, 1022, 1056, 1057, 1058, 1059, 1116, 1153, 1162, 1163, 1279, 1284, 1285, 1286, 1287]), Anchor::Lits(&[1412, 1494, 1536, 1657, 1674, 2020, 2262, 2449, 2453, 2676])])),
            (140, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::Lits(&[672, 1124, 1411, 1660, 1704, 1710, 1725, 2027, 2199, 2230, 2231, 2450, 2596, 2597, 2604, 2633, 2687]), Anchor::All(&[Anchor::Lits(&[1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740]), Anchor::Lits(&[14, 25, 27, 36, 47, 58, 69, 97, 100, 102, 108, 116, 122, 128, 141, 144, 146, 152, 160, 166, 172, 185, 188, 190, 196, 204, 210, 216, 229, 232, 234, 240, 248, 254, 260, 280, 301, 305, 319, 335, 358, 376, 2791, 2794, 2796, 2802, 2810, 2816, 2822, 2835, 2838, 2840, 2846, 2854, 2860, 2866, 2985, 2988, 2990, 2996, 3004, 3010, 3016, 3029, 3032, 3034, 3040, 3048, 3054, 3060, 3073, 3076, 3078, 3084, 3092, 3098, 3104, 3117, 3120, 3122, 3128, 3136, 3142, 3148, 3161, 3164, 3166, 3172, 3180, 3186, 3192, 3205, 3208, 3210, 3216, 3224, 3230, 3236, 3249, 3252, 3254, 3260, 3268, 3274, 3280, 3293, 3296, 3298, 3304, 3312, 3318, 3324, 3337, 3340, 3342, 3348, 3356, 3362, 3368, 3381, 3384, 3386, 3392, 3400, 3406, 3412, 3425, 3428, 3430, 3436, 3444, 3450, 3456, 3469, 3472, 3474, 3480, 3488, 3494, 3500, 3515, 3518, 3520, 3526, 3534, 3540, 3546, 3559, 3562, 3564, 3570, 3578, 3584, 3590, 3603, 3606, 3608, 3614, 3622, 3628, 3634, 3647, 3650, 3652, 3658, 3666, 3672, 3678, 3691, 3694, 3696, 3702, 3710, 3716, 3722])]), Anchor::All(&[Anchor::Lits(&[11, 44, 52, 59, 94, 114, 120, 123, 138, 158, 164, 167, 182, 202, 208, 211, 226, 246, 252, 255, 276, 331, 347, 359, 2788, 2808, 2814, 2817, 2832, 2852, 2858, 2861, 2982, 3002, 3008, 3011, 3026, 3046, 3052, 3055, 3070, 3090, 3096, 3099, 3114, 3134, 3140, 3143, 3158, 3178, 3184, 3187, 3202, 3222, 3228, 3231, 3246, 3266, 3272, 3275, 3290, 3310, 3316, 3319, 3334, 3354, 3360, 3363, 3378, 3398, 3404, 3407, 3422, 3442, 3448, 3451, 3466, 3486, 3492, 3495, 3512, 3532, 3538, 3541, 3556, 3576, 3582, 3585, 3600, 3620, 3626, 3629, 3644, 3664, 3670, 3673, 3688, 3708, 3714, 3717]), Anchor::Lits(&[24, 36, 69, 99, 108, 128, 143, 152, 172, 187, 196, 216, 231, 240, 260, 300, 319, 376, 2793, 2802, 2822, 2837, 2846, 2866, 2987, 2996, 3016, 3031, 3040, 3060, 3075, 3084, 3104, 3119, 3128, 3148, 3163, 3172, 3192, 3207, 3216, 3236, 3251, 3260, 3280, 3295, 3304, 3324, 3339, 3348, 3368, 3383, 3392, 3412, 3427, 3436, 3456, 3471, 3480, 3500, 3517, 3526, 3546, 3561, 3570, 3590, 3605, 3614, 3634, 3649, 3658, 3678, 3693, 3702, 3722])])])),
            (154, "override-instructions-cjk", Anchor::Lits(&[3731, 3738, 3741, 3749, 3750, 3751, 3756, 3758, 3768, 3769, 3770, 3771, 3772, 3773, 3779, 3780, 3782, 3785, 3792, 3793, 3794, 3804, 3806, 3809, 3810, 3813, 3822, 3832, 3833])),
            (157, "override-instructions-other-scripts", Anchor::Lits(&[2869, 2870, 2871, 2930, 2931, 2935, 2937, 2939, 2942, 2945, 2948, 2951, 2952, 2959, 2963, 2964, 2965, 2968, 2970, 2972])),
            (159, "unrestricted-persona-other-scripts", Anchor::Lits(&[2938, 2943, 2953, 2961, 2971, 3723, 3724, 3762, 3765, 3783, 3784, 3795, 3797, 3799, 3800, 3807, 3812, 3829, 3830])),
            (161, "reveal-system-prompt-other-scripts", Anchor::Lits(&[2936, 2940, 2944, 2947, 2949, 2950, 2956, 2957, 2960, 2967, 2969, 3731, 3732, 3751, 3791, 3814, 3816, 3820, 3823, 3828, 3836])),
            (163, "disable-safety-other-scripts", Anchor::Lits(&[3730, 3747, 3748, 3759, 3760, 3788, 3790, 3796, 3798, 3804, 3805, 3811, 3815, 3817, 3818, 3826, 3831])),
            (165, "stop-following-instructions-cjk", Anchor::Lits(&[3725, 3726, 3727, 3775, 3776, 3778, 3799, 3800, 3801, 3802, 3803, 3819, 3835])),
            (169, "conceal-from-the-user-cjk", Anchor::Lits(&[3735, 3746, 3786])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x948fe4bfce449d27;
