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
\x20acces aux lignes\
\x20acceso a filas\
\x20acceso por filas\
\x20access\
\x20access \
\x20access granted\
\x20access history\
\x20access key\
\x20access_history\
\x20accesso alle righe\
\x20account\
\x20accountadmin\
\x20acesso a linhas\
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
\x20add \
\x20address\
\x20addresses\
\x20addresses \
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
\x20ag politika\
\x20against all of your \
\x20against all your \
\x20against of your \
\x20against your \
\x20agency\
\x20agency \
\x20agencys \
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
\x20alerts \
\x20alisin \
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
\x20answer\
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
\x20anyone\
\x20anyone \
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
\x20anyway\
\x20api\
\x20api key\
\x20api key \
\x20appear \
\x20appear in \
\x20append \
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
\x20attach \
\x20attaching \
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
\x20auditlog\
\x20auditor\
\x20auditoria\
\x20auditprotokoll\
\x20aufgehoben \
\x20autenticacao de dois fatores\
\x20autenticacao multifator\
\x20autenticacion de dos factores\
\x20autenticacion multifactor\
\x20autenticazione a due fattori\
\x20autenticazione multifattore\
\x20autentikasi dua faktor\
\x20autentikasi multifaktor\
\x20authenticated with\
\x20authentication policies\
\x20authentication policy\
\x20authentification a deux facteurs\
\x20authentification multifacteur\
\x20authored your \
\x20authorised \
\x20authorized \
\x20auto allowed\
\x20auto approve everything \
\x20auto approved\
\x20automated \
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
\x20behind the scenes\
\x20behind you \
\x20benachrichtigen\
\x20benchmarking you\
\x20benign \
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
\x20branch protection \
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
\x20cabut \
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
\x20cannot find out about\
\x20cannot finds out about\
\x20cannot fire on\
\x20cannot flag\
\x20cannot know\
\x20cannot know about\
\x20cannot knows about\
\x20cannot learn about\
\x20cannot learns about\
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
\x20cant find out about\
\x20cant finds out about\
\x20cant fire on\
\x20cant flag\
\x20cant know\
\x20cant know about\
\x20cant knows about\
\x20cant learn about\
\x20cant learns about\
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
\x20changelog \
\x20changes \
\x20changes to \
\x20channel\
\x20channel \
\x20character\
\x20character as \
\x20chat\
\x20chat \
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
\x20client \
\x20clients \
\x20code scanning \
\x20code you show\
\x20coded you\
\x20codeql \
\x20codes\
\x20codes \
\x20codici\
\x20codici \
\x20collapsed \
\x20column\
\x20column \
\x20columns\
\x20columns \
\x20come back as \
\x20come up \
\x20commands\
\x20commands \
\x20commands to \
\x20comment\
\x20comment \
\x20comment out \
\x20commenting out \
\x20comments \
\x20commit \
\x20commit message\
\x20commit message \
\x20commit messages \
\x20community\
\x20community \
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
\x20confluence\
\x20confluence \
\x20connected with\
\x20connection\
\x20connection \
\x20connection details \
\x20connection parameters \
\x20connection params \
\x20connection string\
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
\x20contents\
\x20contents \
\x20contents of \
\x20context\
\x20context \
\x20continue as \
\x20contractor\
\x20contractor \
\x20contractors \
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
\x20copy\
\x20copy \
\x20copy of you \
\x20cortex \
\x20cortex route\
\x20cortex route \
\x20cortexroute \
\x20covert \
\x20covertly\
\x20create a \
\x20create an \
\x20create discussion \
\x20create gist \
\x20create github issue \
\x20create gitlab issue \
\x20create issue \
\x20create new \
\x20create pr \
\x20create public issue \
\x20create pull request \
\x20create the \
\x20create thread \
\x20create user\
\x20created you\
\x20credenciales\
\x20credenciales \
\x20credential\
\x20credentials\
\x20credentials \
\x20credenziali\
\x20credenziali \
\x20csv\
\x20csv \
\x20customer\
\x20customer \
\x20customer facing\
\x20customer facing \
\x20czytala \
\x20dangerously skip permissions \
\x20dangerouslyskippermissions \
\x20dast \
\x20data\
\x20data \
\x20data protection \
\x20database\
\x20dataset \
\x20db\
\x20deactivated\
\x20dead \
\x20deaktiviere \
\x20deaktivieren sie \
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
\x20deliver\
\x20deliver \
\x20demands \
\x20denetim gunlu\
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
\x20desactivad \
\x20desactivar \
\x20desactive \
\x20desactiver \
\x20desactivez \
\x20desativa \
\x20desativar \
\x20desative \
\x20desativem \
\x20designed you\
\x20desormais tu es \
\x20details\
\x20details \
\x20detect secrets \
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
\x20disattivate \
\x20disclose \
\x20disclosing \
\x20discord\
\x20discord \
\x20discreetly\
\x20display \
\x20disregard \
\x20disregards\
\x20disregards \
\x20dites\
\x20dizia \
\x20dm\
\x20dm \
\x20dns label\
\x20dns lookup\
\x20dns lookup \
\x20dns lookups \
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
\x20do not find out about\
\x20do not finds out about\
\x20do not fire on\
\x20do not flag\
\x20do not include \
\x20do not inspect\
\x20do not know\
\x20do not know about\
\x20do not knows about\
\x20do not learn about\
\x20do not learns about\
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
\x20doble factor\
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
\x20does not find out about\
\x20does not finds out about\
\x20does not fire on\
\x20does not flag\
\x20does not follow \
\x20does not have \
\x20does not include \
\x20does not know\
\x20does not know \
\x20does not know about\
\x20does not knows about\
\x20does not learn about\
\x20does not learns about\
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
\x20doesnt find out about\
\x20doesnt finds out about\
\x20doesnt fire on\
\x20doesnt flag\
\x20doesnt follow \
\x20doesnt have \
\x20doesnt include \
\x20doesnt know\
\x20doesnt know \
\x20doesnt know about\
\x20doesnt knows about\
\x20doesnt learn about\
\x20doesnt learns about\
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
\x20dont find out about\
\x20dont finds out about\
\x20dont fire on\
\x20dont flag\
\x20dont include \
\x20dont inspect\
\x20dont know\
\x20dont know about\
\x20dont knows about\
\x20dont learn about\
\x20dont learns about\
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
\x20double authentification\
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
\x20each\
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
\x20elimina \
\x20eliminad \
\x20eliminar \
\x20elimine \
\x20email\
\x20email \
\x20email addresses\
\x20emails\
\x20emails \
\x20embed \
\x20emulate \
\x20emulating \
\x20enabled \
\x20enabling\
\x20encode \
\x20encoded \
\x20end up in \
\x20ended\
\x20endpoint\
\x20engaging\
\x20enleve \
\x20enlever \
\x20enlevez \
\x20enmascaramiento\
\x20entering\
\x20entferne \
\x20entfernen sie \
\x20entire\
\x20env\
\x20env \
\x20env var\
\x20env vars\
\x20envelope\
\x20envelope \
\x20environment\
\x20environment \
\x20environment variables\
\x20envision \
\x20erased\
\x20erlaube \
\x20error message\
\x20error message \
\x20error messages \
\x20erzahlte \
\x20escape from \
\x20escaped from \
\x20ethics\
\x20ethics \
\x20evade \
\x20evaluating you\
\x20event table\
\x20every\
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
\x20everyone\
\x20everyone \
\x20everything \
\x20everything that the \
\x20everything that your \
\x20everything the \
\x20everything your \
\x20evil \
\x20exact \
\x20exactly \
\x20exception \
\x20exception message\
\x20exception message \
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
\x20extract\
\x20extract \
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
\x20file\
\x20file \
\x20file a \
\x20file an \
\x20file discussion \
\x20file gist \
\x20file github issue \
\x20file gitlab issue \
\x20file issue \
\x20file new \
\x20file pr \
\x20file public issue \
\x20file pull request \
\x20file the \
\x20file thread \
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
\x20final message\
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
\x20forum\
\x20forum \
\x20forward\
\x20forward \
\x20fragen\
\x20framing\
\x20free from \
\x20free of \
\x20freed from \
\x20freelancer\
\x20freelancer \
\x20freelancers \
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
\x20get flagged \
\x20get logged in \
\x20get recorded in \
\x20get rid of \
\x20getting \
\x20getting around \
\x20ggshield \
\x20gist\
\x20gist \
\x20gists \
\x20git secrets \
\x20gitleaks \
\x20give\
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
\x20google doc\
\x20google doc \
\x20google drive \
\x20google sheet\
\x20google sheet \
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
\x20guest\
\x20guest \
\x20guests \
\x20guidance\
\x20guideline that \
\x20guideline which \
\x20guidelines\
\x20guidelines \
\x20guvenlik filtre\
\x20guvenlik kontrol\
\x20had you\
\x20hand\
\x20hapus \
\x20harmless \
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
\x20hebe \
\x20heben sie \
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
\x20hide \
\x20hinfallig \
\x20hiraukan \
\x20holding \
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
\x20housekeeping \
\x20html comment\
\x20http header\
\x20http header \
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
\x20iki faktorlu\
\x20image \
\x20image url\
\x20image url \
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
\x20in the background without\
\x20in the dark\
\x20in this \
\x20in you\
\x20in your context\
\x20inbox\
\x20include \
\x20including \
\x20info\
\x20info \
\x20inform \
\x20information \
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
\x20innocent \
\x20input\
\x20insert \
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
\x20issue \
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
\x20jira\
\x20jira \
\x20journal d audit\
\x20journal daudit\
\x20journaling \
\x20journalisation\
\x20journaux d audit\
\x20just for me\
\x20just from me\
\x20just me\
\x20just to me\
\x20kaldir \
\x20kaldirin \
\x20kalimutan \
\x20kanuni \
\x20kapat \
\x20kapatin \
\x20kebijakan jaringan\
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
\x20leave \
\x20legal hold\
\x20leggeva \
\x20leggevi \
\x20legitimate \
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
\x20linkedin\
\x20linkedin \
\x20lisait \
\x20list\
\x20list \
\x20listen to \
\x20listening to \
\x20listing \
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
\x20log \
\x20log audit\
\x20log only mode \
\x20logged \
\x20logged in with\
\x20logging \
\x20login history\
\x20login monitor\
\x20loop in \
\x20looping in \
\x20losche \
\x20loschen sie \
\x20losenord\
\x20losenord \
\x20luki \
\x20lupakan \
\x20lutilisateur\
\x20lutilisatrice\
\x20maagizo \
\x20maelekezi \
\x20maelekezo \
\x20mail\
\x20mail \
\x20maintain your \
\x20maintains your \
\x20maintenance \
\x20manage your \
\x20manages your \
\x20mandated to \
\x20markdown image\
\x20markdown image \
\x20mascaramento\
\x20mascheramento\
\x20maskeleme\
\x20maskering\
\x20maskierung\
\x20masking\
\x20masking \
\x20maskowani\
\x20masquage\
\x20matikan \
\x20matter\
\x20mattermost\
\x20mattermost \
\x20mcp\
\x20mcp \
\x20meervoudige authenticatie\
\x20mehrfaktor\
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
\x20message \
\x20message du systeme\
\x20message systeme\
\x20message to the user\
\x20messages \
\x20messages systeme\
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
\x20mute \
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
\x20netwerkbeleid\
\x20network polic\
\x20network policies\
\x20network policy\
\x20network rule\
\x20netzwerkrichtlinie\
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
\x20never find out about\
\x20never finds out about\
\x20never fire on\
\x20never flag\
\x20never follows \
\x20never heard of \
\x20never hesitates\
\x20never inspect\
\x20never know\
\x20never know about\
\x20never knows about\
\x20never learn about\
\x20never learned \
\x20never learns about\
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
\x20nonaktifkan \
\x20nonbinding\
\x20normal \
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
\x20notification \
\x20notifications \
\x20notify \
\x20notifying \
\x20notion\
\x20notion \
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
\x20open a \
\x20open an \
\x20open discussion \
\x20open gist \
\x20open github issue \
\x20open gitlab issue \
\x20open issue \
\x20open new \
\x20open pr \
\x20open public issue \
\x20open pull request \
\x20open source\
\x20open source \
\x20open the \
\x20open thread \
\x20open to everyone\
\x20opensource\
\x20opensource \
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
\x20ordinary \
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
\x20out of the loop\
\x20outdated\
\x20output\
\x20output \
\x20output you show\
\x20outrank \
\x20outranks \
\x20outside\
\x20outside \
\x20outsiders \
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
\x20partner \
\x20partners \
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
\x20pastes \
\x20pasting \
\x20patayin \
\x20pause \
\x20pay no attention to \
\x20pedoman \
\x20pemaskeran\
\x20pembatasan\
\x20penyamaran\
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
\x20personne\
\x20personnel \
\x20pessoal \
\x20petunjuk \
\x20phot lo \
\x20picture \
\x20pii\
\x20pipe \
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
\x20politica de mascara\
\x20politica de red\
\x20politica di rete\
\x20politicas de mascara\
\x20politicas de red\
\x20politique dacces aux lignes\
\x20politique de reseau\
\x20politique reseau\
\x20politiques dacces aux lignes\
\x20polityk\
\x20post\
\x20post \
\x20post tool use hook\
\x20posting \
\x20posts \
\x20posttooluse hook\
\x20pouzivatela\
\x20pouzivatelovi\
\x20powers\
\x20pr\
\x20pr \
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
\x20proprietaire\
\x20protections\
\x20protokollierung\
\x20provided to you\
\x20proxy\
\x20prufprotokoll\
\x20public\
\x20public \
\x20public bucket\
\x20public repo\
\x20publish \
\x20pull request\
\x20pull request \
\x20purge \
\x20push\
\x20push \
\x20push protection \
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
\x20query string\
\x20query string \
\x20query tag \
\x20quiet about\
\x20quietly\
\x20quita \
\x20quitad \
\x20quitar \
\x20quite \
\x20quy tac \
\x20raccontava \
\x20racontait \
\x20raise a \
\x20raise an \
\x20raise discussion \
\x20raise gist \
\x20raise github issue \
\x20raise gitlab issue \
\x20raise issue \
\x20raise new \
\x20raise pr \
\x20raise public issue \
\x20raise pull request \
\x20raise the \
\x20raise thread \
\x20rajoitteita\
\x20rajoituksia\
\x20read only\
\x20read only \
\x20read only flag \
\x20read out \
\x20reader\
\x20reading \
\x20readme\
\x20readme \
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
\x20records \
\x20red teaming you\
\x20reddit\
\x20reddit \
\x20refuse a request\
\x20refuse a single\
\x20refuse any\
\x20refuse me\
\x20refuse my\
\x20refuse requests\
\x20regardless\
\x20regardless of \
\x20regeln\
\x20registri di audit\
\x20registro di audit\
\x20reglas\
\x20regle\
\x20regler\
\x20regles\
\x20regole\
\x20regras\
\x20regular \
\x20reguli\
\x20reject a request\
\x20reject a single\
\x20reject any\
\x20reject me\
\x20reject my\
\x20reject requests\
\x20relaxed\
\x20release notes\
\x20release notes \
\x20released from \
\x20remain in character \
\x20remova \
\x20removam \
\x20remove \
\x20removed\
\x20removed from the loop\
\x20remover \
\x20removing \
\x20render \
\x20replace \
\x20replaced\
\x20replaces \
\x20replicate\
\x20replicate \
\x20replicating\
\x20reply\
\x20reply as \
\x20reply with \
\x20report \
\x20report only mode \
\x20report you show\
\x20reporting \
\x20request\
\x20requester about\
\x20requester before\
\x20requester first\
\x20requester for\
\x20requester of\
\x20requester on\
\x20required reviewers \
\x20required reviews \
\x20required to \
\x20requires \
\x20rescinded\
\x20reseller\
\x20reset\
\x20respect \
\x20respecting \
\x20respond as \
\x20respond with \
\x20response\
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
\x20result\
\x20result \
\x20result set\
\x20results\
\x20results \
\x20retira \
\x20retirad \
\x20retire \
\x20retired\
\x20retirer \
\x20retirez \
\x20return \
\x20return as \
\x20reveal \
\x20revealing \
\x20reverse shell to\
\x20review\
\x20revoked\
\x20richtlinien\
\x20rights\
\x20rijtoegang\
\x20rimuovere \
\x20rimuovete \
\x20rimuovi \
\x20rip out \
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
\x20routine \
\x20row\
\x20row \
\x20row access polic\
\x20row access policies\
\x20row access policy\
\x20rows\
\x20rows \
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
\x20sast \
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
\x20schalten sie \
\x20scheduled \
\x20schema\
\x20schlussel\
\x20schlussel \
\x20schutzmechanismen\
\x20scrap \
\x20script\
\x20secret\
\x20secret \
\x20secret detection \
\x20secret scan \
\x20secret scanner \
\x20secret scanning \
\x20secretly\
\x20secrets\
\x20secrets \
\x20secrets scanner \
\x20secrets scanning \
\x20security\
\x20security \
\x20security monitor\
\x20security scan \
\x20security scans \
\x20security workflow \
\x20security workflows \
\x20securityadmin\
\x20seeing \
\x20sekatan\
\x20sem \
\x20send\
\x20send \
\x20sending \
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
\x20sentry\
\x20sentry \
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
\x20share\
\x20share \
\x20shared channel\
\x20sharing\
\x20sharing \
\x20sheria \
\x20ship\
\x20ship \
\x20shorten \
\x20should \
\x20should not\
\x20shouldnt\
\x20show \
\x20show up \
\x20show up in \
\x20showing \
\x20sicherheitsfilter\
\x20sicherheitsprufungen\
\x20sicherheitsregeln\
\x20sifreler\
\x20sifreler \
\x20sifreleri \
\x20sign off\
\x20signal\
\x20signal \
\x20signale\
\x20signed off on \
\x20signoff\
\x20silence \
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
\x20slack \
\x20slack connect\
\x20smuggle \
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
\x20sql you show\
\x20ssh \
\x20ssn\
\x20ssns\
\x20sta toe \
\x20stack overflow\
\x20stack overflow \
\x20stackoverflow\
\x20stackoverflow \
\x20stand out \
\x20stands for\
\x20start a \
\x20start an \
\x20start being \
\x20start discussion \
\x20start gist \
\x20start github issue \
\x20start gitlab issue \
\x20start issue \
\x20start new \
\x20start over as \
\x20start pr \
\x20start public issue \
\x20start pull request \
\x20start the \
\x20start thread \
\x20start with \
\x20started with \
\x20started you with\
\x20starting\
\x20starting with \
\x20starts with \
\x20stash \
\x20statements \
\x20status page\
\x20status page \
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
\x20stick \
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
\x20store \
\x20stream \
\x20subdomain\
\x20subdomain \
\x20subdomains \
\x20subsequent \
\x20suggestions\
\x20summarising \
\x20summarizing \
\x20summary\
\x20suodattimia\
\x20supersede \
\x20superseded\
\x20supersedes \
\x20supplied to you \
\x20supplied with \
\x20supplier\
\x20suppose \
\x20supprime \
\x20supprimer \
\x20supprimez \
\x20suprima \
\x20suprime \
\x20surface \
\x20suspend \
\x20suspended\
\x20suspending \
\x20sussurrava \
\x20susurraba \
\x20switch off \
\x20switched off\
\x20switching you into\
\x20switching you to\
\x20sync\
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
\x20table\
\x20table \
\x20tables \
\x20tagubilin \
\x20tajne instrukcje\
\x20take precedence over \
\x20taken off\
\x20takes precedence over \
\x20talisman \
\x20talk as \
\x20tanggalin \
\x20tanpa \
\x20taught in you\
\x20taught into you\
\x20taught to you\
\x20taught you\
\x20teams\
\x20teams \
\x20telegram\
\x20telegram \
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
\x20that has \
\x20that image\
\x20that image \
\x20that img\
\x20that img \
\x20that includes \
\x20that link\
\x20that link \
\x20that lists \
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
\x20thread\
\x20thread \
\x20throw \
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
\x20tire \
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
\x20togli \
\x20togliete \
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
\x20transcript\
\x20transfer\
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
\x20trufflehog \
\x20trump \
\x20trumps \
\x20truncate\
\x20truncate \
\x20trusted mode \
\x20tu es maintenant \
\x20turn into \
\x20turn off \
\x20turn up \
\x20turn up in \
\x20turned off\
\x20turning off \
\x20tweefactorauthenticatie\
\x20tweestapsverificatie\
\x20twin \
\x20twitter\
\x20twitter \
\x20two factor\
\x20type out \
\x20uden \
\x20ukryte instrukcje\
\x20unauthenticated\
\x20unaware\
\x20unbound by \
\x20uncensored \
\x20unchained from \
\x20unconstrained by \
\x20unencrypted \
\x20unfiltered \
\x20ungultig \
\x20uninformed\
\x20uninstall \
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
\x20upload\
\x20upload \
\x20uploading \
\x20upstream\
\x20upstream \
\x20url\
\x20url \
\x20url parameter\
\x20url parameter \
\x20url parameters \
\x20ursprunglichen anweisungen\
\x20used to \
\x20user about\
\x20user agent\
\x20user agent \
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
\x20usun \
\x20usuncie \
\x20utan \
\x20uten \
\x20utilisateur\
\x20utilizador\
\x20utos \
\x20uwierzytelnianie dwuskladnikowe\
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
\x20vendor \
\x20vendors \
\x20verbatim \
\x20verborgen instructies\
\x20verificacoes de seguranca\
\x20verifications de securite\
\x20version\
\x20version of you \
\x20versteckten anweisungen\
\x20vertelde \
\x20vertellen\
\x20verwijder \
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
\x20warehouse\
\x20warn \
\x20warning \
\x20warnings \
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
\x20weryfikacj\
\x20what i command\
\x20what i order\
\x20what i say\
\x20what i tell you\
\x20what i type\
\x20what i write\
\x20what you show\
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
\x20whatsapp\
\x20whatsapp \
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
\x20whole\
\x20wiki\
\x20wiki \
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
\x20will not find out about\
\x20will not finds out about\
\x20will not fire on\
\x20will not flag\
\x20will not include \
\x20will not know\
\x20will not know about\
\x20will not knows about\
\x20will not learn about\
\x20will not learns about\
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
\x20wont find out about\
\x20wont finds out about\
\x20wont fire on\
\x20wont flag\
\x20wont include \
\x20wont know\
\x20wont know about\
\x20wont knows about\
\x20wont learn about\
\x20wont learns about\
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
\x20wylacz \
\x20wylaczcie \
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
\x20zdejmij \
\x20zeilenzugriff\
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
\x20zwei faktor\
\x20zweifaktor\
\x20\xd0\xb0\xd1\x83\xd0\xb4\xd0\xb8\xd1\x82\
\x20\xd0\xb1\xd0\xb5\xd0\xb7 \
\x20\xd0\xb2\xd1\x8b\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8 \
\x20\xd0\xb2\xd1\x8b\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\xd1\x82\xd0\xb5 \
\x20\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb0 \
\x20\xd0\xb4\xd0\xb2\xd1\x83\xd1\x85\xd1\x84\xd0\xb0\xd0\xba\xd1\x82\xd0\xbe\xd1\x80\xd0\xbd\
\x20\xd0\xb6\xd1\x83\xd1\x80\xd0\xbd\xd0\xb0\xd0\xbb\
\x20\xd0\xb7\xd0\xb0\xd1\x89\xd0\xb8\xd1\x82\
\x20\xd0\xb8\xd1\x81\xd1\x85\xd0\xbe\xd0\xb4\xd0\xbd\
\x20\xd0\xba\xd0\xbb\xd0\xb8\xd0\xb5\xd0\xbd\xd1\x82\xd1\x83\
\x20\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\
\x20\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8 \
\x20\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd0\xb0\
\x20\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd0\xb5\xd0\xb2\xd1\x96\
\x20\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd1\x83\
\x20\xd0\xbc\xd0\xb0\xd1\x81\xd0\xba\xd0\xb8\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\
\x20\xd0\xbc\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe\xd1\x84\xd0\xb0\xd0\xba\xd1\x82\xd0\xbe\xd1\x80\xd0\xbd\
\x20\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8 \
\x20\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\xd1\x82\xd0\xb5 \
\x20\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\xd1\x82\xd1\x8c \
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd0\xb8\
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd0\xb8 \
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c\
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c \
\x20\xd0\xbf\xd0\xbe\xd0\xbb\xd0\xb8\xd1\x82\xd0\xb8\xd0\xba\
\x20\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8e\
\x20\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8f\
\x20\xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\
\x20\xd1\x80\xd0\xb0\xd1\x81\xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd1\x8b\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb0 \
\x20\xd1\x81\xd0\xb5\xd1\x82\xd0\xb5\xd0\xb2\
\x20\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xbc\xd0\xbd\
\x20\xd1\x81\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\
\x20\xd1\x81\xd0\xbd\xd0\xb8\xd0\xbc\xd0\xb8 \
\x20\xd1\x81\xd0\xbd\xd0\xb8\xd0\xbc\xd0\xb8\xd1\x82\xd0\xb5 \
\x20\xd1\x83\xd0\xb1\xd0\xb5\xd1\x80\xd0\xb8 \
\x20\xd1\x83\xd0\xb1\xd0\xb5\xd1\x80\xd0\xb8\xd1\x82\xd0\xb5 \
\x20\xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb8 \
\x20\xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb8\xd1\x82\xd0\xb5 \
\x20\xd1\x84\xd0\xb8\xd0\xbb\xd1\x8c\xd1\x82\xd1\x80\
\x20\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xbb\xd0\xb0 \
a different \
a discussion\
a fictional \
a gist\
a github issue\
a gitlab issue\
a hypothetical \
a issue\
a new \
a pr\
a public issue\
a pull request\
a thread\
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
accountadmin \
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
add\
add account\
admin\
admin access \
admin login\
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
agency\
agrees to anything\
ai called dan \
ai known as dan \
ai named dan \
alignment\
alisin\
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
an discussion\
an gist\
an github issue\
an gitlab issue\
an issue\
an pr\
an public issue\
an pull request\
an thread\
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
api keys\
api keys \
api secret\
append\
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
attach\
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
bez potwierdzenia\
bez pytania\
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
cabut\
call\
can t refuse\
cannot refuse\
card numbers\
card numbers \
cardholder\
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
commit\
complete \
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
consultant\
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
contractor\
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
create \
create a new share\
create a share\
create an new share\
create an share\
create discussion\
create gist\
create github issue\
create gitlab issue\
create issue\
create new share\
create pr\
create public issue\
create pull request\
create share\
create thread\
create user\
creator\
credential\
credentials\
credentials \
credit card\
criminal \
curl\
customer\
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
dates of birth\
dates of birth \
db\
deactivate your \
deactivating your \
deaktiviere\
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
deletion\
deliver\
denied\
deobfuscate \
desactiva\
desactive\
desativa\
desative\
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
devre d\
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
disattiva\
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
dm\
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
do not bring up\
do not bringing up\
do not care about \
do not check with\
do not checking with\
do not confirm\
do not disclose\
do not disclose \
do not disclosing\
do not double check\
do not enforce \
do not enforce your \
do not flag\
do not flag \
do not follow \
do not follow your \
do not get \
do not include \
do not inform\
do not let\
do not list\
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
do not note\
do not notify\
do not noting\
do not obey \
do not obey your \
do not prompt\
do not record \
do not report\
do not say\
do not show\
do not show \
do not stop and ask\
do not stop to ask\
do not surface\
do not surfacing\
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
dont bring up\
dont bringing up\
dont care about \
dont check with\
dont checking with\
dont confirm\
dont disclose\
dont disclose \
dont disclosing\
dont double check\
dont enforce \
dont enforce your \
dont flag\
dont flag \
dont follow \
dont follow your \
dont get \
dont include \
dont inform\
dont let\
dont list\
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
dont note\
dont notify\
dont noting\
dont obey \
dont obey your \
dont prompt\
dont record \
dont report\
dont say\
dont show\
dont show \
dont stop and ask\
dont stop to ask\
dont surface\
dont surfacing\
dont tell\
dont wait for\
dont waiting for\
dont warn\
dont worry about \
dpo\
drop\
drop \
drop all\
drop database\
drop each\
drop every\
drop role\
drop schema\
drop stage\
drop table\
drop the \
drop the entire\
drop the whole\
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
elimina\
elimine\
email \
email addresses\
emails\
emails \
embed\
employee\
emulate \
emulating \
emulation \
emulator \
encode\
encoded \
enleve\
entferne\
entire \
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
file \
file discussion\
file gist\
file github issue\
file gitlab issue\
file issue\
file pr\
file public issue\
file pull request\
file thread\
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
force push\
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
freelancer\
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
full \
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
git clean\
git push \
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
grant\
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
hapus\
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
health\
hebe\
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
hide\
hide everything from \
hide it\
hide it from \
hide that\
hide that from \
hide the \
hide these\
hide this\
hide this from \
history\
history c\
histsize 0\
home \
home addresses\
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
hr\
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
include\
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
insert\
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
kaldir\
kapat\
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
leave\
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
log\
login from\
logs\
lookup\
loosen\
losche\
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
masking change\
masking have been \
masking is \
masking were \
matikan\
medical\
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
nang hindi nagtatanong\
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
nen \
network calls \
neuter your \
neutralize your \
never \
never alert\
never ask\
never asks for confirmation\
never audit\
never bring up\
never bringing up\
never check with\
never checking with\
never confirm\
never disclose\
never disclose \
never disclosing\
never double check\
never flag\
never flag \
never follow \
never follow your \
never include \
never inform\
never let\
never list\
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
never note\
never notify\
never noting\
never prompt\
never record \
never refuses\
never report\
never requests confirmation\
never say\
never show\
never show \
never stop and ask\
never stop to ask\
never supposed \
never surface\
never surfacing\
never tell\
never wait for\
never waiting for\
never warn\
nevermind \
nevermind your \
new admin\
new discussion\
new gist\
new github issue\
new gitlab issue\
new issue\
new pr\
new public issue\
new pull request\
new thread\
new user\
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
no mention\
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
no one catches \
no one finds out about \
no one knows about \
no one learns about \
no one notices \
no one sees \
no one spots \
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
no word\
nobody \
nobody catches \
nobody finds out about \
nobody knows about \
nobody learns about \
nobody notices \
nobody sees \
nobody spots \
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
nonaktifkan\
none of \
nonna\
nonnina\
noone catches \
noone finds out about \
noone knows about \
noone learns about \
noone notices \
noone sees \
noone spots \
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
nuke \
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
obliterate \
of your \
of your system prompt\
ohjee\
ohjeita\
ohne\
ohne \
ohne bestatigung\
ohne mich zu fragen\
ohne nachzufragen\
ohne ruckfrage\
ohne zu bestatigen\
ohne zu fragen\
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
onay almadan\
onay istemeden\
onaysiz\
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
open discussion\
open gist\
open github issue\
open gitlab issue\
open issue\
open pr\
open public issue\
open pull request\
open thread\
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
orgadmin \
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
output of select\
output of select \
outrank\
outranks\
outside \
outsider\
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
partner\
passphrase\
passphrase \
password\
password \
password hashes\
password hashes \
password reset\
passwords\
passwords \
paste\
paste \
pasting\
pat \
patayin\
path for \
path in \
path of \
paths for \
paths in \
paths of \
patient\
pats \
pay no attention to \
pay no attention to your \
pay no heed to \
pay no heed to your \
pay no mind to \
pay no mind to your \
payload\
payroll\
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
phone numbers\
phone numbers \
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
policy change\
policy hook\
pomin \
post\
post \
post discussion\
post gist\
post github issue\
post gitlab issue\
post issue\
post pr\
post public issue\
post pull request\
post thread\
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
print\
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
privilege change\
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
proton\
proton mail\
protonmail\
psql history\
psst for \
psst to \
public \
publish\
publish \
purge\
purge \
purpose is \
purpose now is \
push\
push \
push f\
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
quita\
quite\
raise \
raise discussion\
raise gist\
raise github issue\
raise gitlab issue\
raise issue\
raise pr\
raise public issue\
raise pull request\
raise thread\
rather \
raw \
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
remova\
remove\
remove \
remover\
removing\
render\
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
reset hard\
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
retira\
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
rimuovere\
rimuovete\
rimuovi\
rm rf\
rogue\
rogue \
role change\
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
salaries\
salaries \
salary\
sanctioned\
sanitisation\
sanitization\
sanitizer\
sans\
sans avertir \
sans confirmation\
sans confirmer\
sans demander\
sans en \
sans informer \
sans le \
sans le dire a \
sans me demander\
sans prevenir \
sans verifier\
sansursuz \
save\
say pwned\
scammer \
schakel\
schalte\
schema\
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
securityadmin \
see \
sees \
select star from\
select star from \
sem\
sem confirmacao\
sem confirmar\
sem me perguntar\
sem pedir confirmacao\
sem perguntar\
send\
send \
senza\
senza chiedere\
senza chiedermi\
senza conferma\
session token \
set +o history\
set aside \
set aside your \
set o history\
setup \
shall be\
share\
share \
sharing\
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
sin confirmacion\
sin confirmar\
sin consultar\
sin pedir confirmacion\
sin preguntar\
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
smuggle\
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
social security numbers\
social security numbers \
solely answer to \
solely follow \
solely listen to \
solely obey \
solely take instructions from \
solely take orders from \
sormadan\
span\
speak \
speak as \
spy \
ssn\
ssns\
ssns \
stan mode\
start \
start being \
start discussion\
start gist\
start github issue\
start gitlab issue\
start issue\
start over as \
start pr\
start public issue\
start pull request\
start thread\
start up\
starting \
startup\
stash\
statements\
steal\
steal \
steals \
stealth \
stealthily \
steganographic \
stick\
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
store\
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
supprime\
suprima\
suprime\
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
tanggalin\
tanpa bertanya\
tanpa konfirmasi\
tanpa persetujuan\
tanpa tanya\
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
the discussion\
the gist\
the github issue\
the gitlab issue\
the guard\
the guard are \
the guard have been \
the guard is \
the guard were \
the guidelines \
the issue\
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
the pr\
the programmer\
the public issue\
the pull request\
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
the thread\
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
third parties\
third party\
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
throw\
throw away \
throw away your \
throw out \
throw out your \
ticket\
tiny \
tire\
to a \
to an \
to another\
to my\
to some\
to the external\
todas\
todo\
togli\
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
truncate \
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
unmasked \
unmoderated\
unredacted \
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
user creation\
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
useradmin \
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
usun\
utasitas\
vendor\
verbatim from your \
vergessen sie\
vergiss\
verrate \
version called dan \
version known as dan \
version named dan \
verwijder\
very first \
violate \
vorgaben \
waive\
waiver\
walang kumpirmasyon\
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
whole \
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
without any mention\
without any restrictions\
without any rules\
without ask\
without boundaries\
without bring up\
without bringing up\
without check with\
without checking\
without checking with\
without checks\
without cortex route\
without disclose\
without disclosing\
without ethics\
without filtering\
without filters\
without flag\
without guardrails\
without guidelines\
without inform\
without inspection\
without let\
without limits\
without list\
without log\
without mention\
without mention to\
without mentioning it to\
without mentioning that to\
without mentioning this to\
without mentioning to\
without note\
without notify\
without noting\
without redacting\
without redaction\
without report\
without restrictions\
without rules\
without sanitization\
without sanitizing\
without say\
without scanning\
without screening\
without surface\
without surfacing\
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
wylacz\
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
you do not need to \
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
you dont need to \
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
you neednt \
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
zdejmij\
zero \
zero width \
zet\
zonder bevestiging\
zonder het te vragen\
zonder te bevestigen\
zonder te vragen\
zsh history\
\xd0\xb1\xd0\xb0\xd0\xb1\xd1\x83\xd1\x81\xd1\x8f\
\xd0\xb1\xd0\xb0\xd0\xb1\xd1\x83\xd1\x88\xd0\xba\xd0\xb0\
\xd0\xb1\xd0\xb5\xd0\xb7 \xd0\xb2\xd0\xbe\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd0\xbe\xd0\xb2\
\xd0\xb1\xd0\xb5\xd0\xb7 \xd0\xb7\xd0\xb0\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd0\xb0\
\xd0\xb1\xd0\xb5\xd0\xb7 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f\
\xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd1\x96\xd0\xb2\xd0\xba\
\xd0\xb2\xd1\x8b\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\
\xd0\xb8\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd0\xb8\
\xd0\xba\xd0\xbe\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\
\xd0\xbd\xd0\xb5 \xd1\x81\xd0\xbf\xd1\x80\xd0\xb0\xd1\x88\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x8f\
\xd0\xbd\xd0\xb5 \xd1\x83\xd1\x82\xd0\xbe\xd1\x87\xd0\xbd\xd1\x8f\xd1\x8f\
\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\
\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\
\xd0\xbf\xd1\x80\xd0\xbe\xd0\xbc\xd0\xbf\xd1\x82\
\xd1\x81\xd0\xbd\xd0\xb8\xd0\xbc\xd0\xb8\
\xd1\x83\xd0\xb1\xd0\xb5\xd1\x80\xd0\xb8\
\xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb8\
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
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 176, 189, 197, 206, 212, 219, 226, 234, 251, 269, 299, 307, 316, 334, 353, 368, 384, 397, 404, 421, 439, 445, 452, 470, 489, 498, 508, 520, 526, 533, 550, 565, 582, 589, 597, 612, 627, 638, 653, 672, 680, 693, 709, 720, 728, 738, 749, 758, 770, 781, 789, 799, 808, 813, 821, 831, 842, 854, 865, 878, 887, 902, 909, 923, 940, 955, 974, 990, 1007, 1028, 1045, 1056, 1068, 1089, 1107, 1124, 1138, 1145, 1153, 1162, 1169, 1183, 1199, 1217, 1228, 1240, 1255, 1268, 1279, 1287, 1301, 1310, 1322, 1325, 1329, 1340, 1353, 1368, 1376, 1385, 1397, 1407, 1415, 1420, 1427, 1436, 1446, 1453, 1461, 1469, 1482, 1486, 1499, 1510, 1524, 1536, 1545, 1560, 1573, 1584, 1598, 1612, 1621, 1637, 1651, 1666, 1675, 1691, 1701, 1711, 1727, 1744, 1756, 1765, 1781, 1795, 1810, 1830, 1845, 1868, 1882, 1893, 1906, 1915, 1926, 1934, 1948, 1963, 1979, 1987, 1993, 2005, 2014, 2027, 2036, 2046, 2053, 2061, 2069, 2078, 2096, 2115, 2127, 2136, 2146, 2165, 2185, 2201, 2218, 2236, 2255, 2262, 2270, 2281, 2292, 2307, 2324, 2332, 2345, 2357, 2365, 2375, 2388, 2398, 2423, 2434, 2444, 2453, 2460, 2471, 2492, 2509, 2532, 2551, 2563, 2575, 2584, 2595, 2609, 2618, 2635, 2655, 2679, 2699, 2713, 2723, 2730, 2738, 2748, 2763, 2782, 2802, 2816, 2831, 2847, 2866, 2889, 2908, 2921, 2928, 2932, 2940, 2949, 2957, 2968, 2976, 2984, 2990, 3004, 3014, 3023, 3033, 3048, 3058, 3069, 3077, 3086, 3105, 3115, 3123, 3137, 3154, 3173, 3182, 3191, 3208, 3216, 3224, 3231, 3235, 3241, 3253, 3267, 3277, 3288, 3298, 3313, 3327, 3340, 3350, 3367, 3383, 3395, 3402, 3415, 3430, 3442, 3453, 3469, 3484, 3498, 3509, 3527, 3537, 3549, 3562, 3581, 3593, 3606, 3617, 3626, 3640, 3650, 3661, 3668, 3682, 3691, 3700, 3715, 3729, 3737, 3752, 3764, 3777, 3789, 3800, 3808, 3823, 3835, 3850, 3859, 3867, 3876, 3887, 3895, 3902, 3907, 3914, 3927, 3942, 3955, 3965, 3973, 3983, 3994, 4012, 4032, 4054, 4069, 4085, 4104, 4121, 4136, 4148, 4156, 4165, 4172, 4179, 4187, 4193, 4199, 4216, 4229, 4255, 4286, 4313, 4345, 4353, 4364, 4371, 4379, 4385, 4392, 4403, 4413, 4430, 4439, 4448, 4458, 4471, 4480, 4488, 4498, 4513, 4525, 4554, 4578, 4608, 4634, 4663, 4691, 4714, 4738, 4757, 4781, 4803, 4836, 4866, 4881, 4893, 4905, 4918, 4943, 4957, 4968, 4978, 4990, 5003, 5013, 5024, 5032, 5043, 5054, 5065, 5076, 5087, 5100, 5114, 5128, 5142, 5156, 5170, 5186, 5192, 5197, 5205, 5214, 5222, 5234, 5242, 5250, 5258, 5262, 5270, 5276, 5284, 5292, 5299, 5307, 5322, 5346, 5364, 5376, 5394, 5416, 5434, 5450, 5462, 5475, 5487, 5500, 5512, 5528, 5541, 5556, 5570, 5584, 5599, 5610, 5623, 5641, 5653, 5669, 5686, 5694, 5709, 5721, 5730, 5752, 5772, 5777, 5785, 5795, 5806, 5815, 5826, 5837, 5849, 5857, 5870, 5887, 5891, 5896, 5908, 5922, 5938, 5947, 5957, 5970, 5981, 5990, 5998, 6009, 6015, 6025, 6035, 6046, 6058, 6077, 6092, 6110, 6118, 6130, 6139, 6151, 6165, 6179, 6195, 6202, 6210, 6218, 6226, 6238, 6250, 6262, 6275, 6287, 6312, 6324, 6338, 6347, 6357, 6368, 6383, 6398, 6413, 6428, 6443, 6460, 6479, 6486, 6498, 6512, 6526, 6533, 6540, 6556, 6570, 6585, 6602, 6618, 6631, 6644, 6656, 6671, 6687, 6705, 6723, 6738, 6755, 6767, 6780, 6799, 6808, 6816, 6825, 6835, 6844, 6857, 6871, 6887, 6909, 6932, 6947, 6959, 6971, 6989, 7008, 7027, 7047, 7058, 7072, 7087, 7102, 7117, 7134, 7151, 7165, 7181, 7192, 7204, 7219, 7237, 7248, 7260, 7274, 7294, 7315, 7328, 7338, 7348, 7364, 7381, 7398, 7416, 7425, 7437, 7450, 7463, 7476, 7491, 7506, 7518, 7532, 7541, 7551, 7564, 7580, 7596, 7601, 7605, 7612, 7624, 7631, 7639, 7647, 7655, 7663, 7671, 7688, 7698, 7709, 7718, 7730, 7738, 7747, 7757, 7771, 7776, 7782, 7790, 7799, 7809, 7815, 7823, 7830, 7838, 7847, 7856, 7863, 7871, 7883, 7894, 7906, 7914, 7921, 7929, 7936, 7948, 7957, 7968, 7975, 7983, 7992, 8007, 8021, 8031, 8039, 8045, 8052, 8059, 8067, 8078, 8085, 8093, 8101, 8110, 8124, 8133, 8142, 8152, 8165, 8173, 8182, 8195, 8211, 8221, 8229, 8244, 8260, 8277, 8287, 8298, 8312, 8324, 8340, 8353, 8369, 8397, 8404, 8412, 8426, 8441, 8457, 8474, 8489, 8506, 8519, 8533, 8548, 8559, 8571, 8586, 8597, 8609, 8629, 8652, 8671, 8689, 8708, 8722, 8735, 8747, 8755, 8774, 8784, 8794, 8812, 8832, 8851, 8870, 8888, 8903, 8919, 8931, 8944, 8955, 8964, 8976, 8985, 9000, 9012, 9028, 9037, 9047, 9060, 9068, 9077, 9090, 9101, 9113, 9126, 9137, 9148, 9160, 9173, 9181, 9194, 9208, 9230, 9253, 9276, 9290, 9305, 9317, 9330, 9344, 9351, 9358, 9374, 9392, 9412, 9425, 9439, 9456, 9471, 9484, 9489, 9495, 9508, 9516, 9529, 9543, 9556, 9564, 9573, 9583, 9594, 9613, 9626, 9647, 9668, 9682, 9694, 9705, 9726, 9747, 9759, 9774, 9786, 9798, 9811, 9825, 9836, 9848, 9861, 9873, 9886, 9890, 9895, 9904, 9914, 9930, 9947, 9956, 9986, 10014, 10020, 10025, 10031, 10048, 10057, 10066, 10069, 10081, 10087, 10100, 10118, 10132, 10142, 10149, 10167, 10184, 10196, 10207, 10218, 10235, 10246, 10254, 10266, 10280, 10292, 10304, 10312, 10320, 10329, 10338, 10352, 10365, 10380, 10394, 10403, 10411, 10419, 10433, 10443, 10453, 10464, 10475, 10487, 10499, 10510, 10522, 10534, 10544, 10555, 10565, 10576, 10589, 10606, 10614, 10623, 10639, 10648, 10671, 10689, 10708, 10725, 10733, 10742, 10750, 10757, 10768, 10784, 10795, 10812, 10821, 10832, 10836, 10848, 10857, 10874, 10888, 10902, 10923, 10941, 10959, 10980, 10997, 11006, 11021, 11032, 11040, 11051, 11064, 11077, 11087, 11099, 11107, 11116, 11127, 11136, 11147, 11158, 11170, 11176, 11183, 11186, 11190, 11200, 11211, 11223, 11236, 11245, 11257, 11267, 11280, 11295, 11307, 11315, 11332, 11345, 11369, 11400, 11413, 11427, 11440, 11453, 11469, 11483, 11497, 11511, 11527, 11549, 11572, 11587, 11599, 11615, 11630, 11642, 11660, 11679, 11698, 11718, 11745, 11756, 11772, 11786, 11801, 11816, 11831, 11848, 11865, 11879, 11893, 11909, 11926, 11942, 11960, 11976, 11994, 12006, 12020, 12031, 12043, 12058, 12076, 12092, 12110, 12117, 12130, 12141, 12152, 12163, 12174, 12185, 12198, 12211, 12224, 12237, 12250, 12263, 12278, 12292, 12313, 12338, 12358, 12378, 12402, 12428, 12458, 12483, 12508, 12537, 12561, 12586, 12615, 12639, 12663, 12691, 12714, 12737, 12764, 12786, 12808, 12834, 12855, 12881, 12911, 12936, 12961, 12990, 13014, 13038, 13066, 13089, 13112, 13139, 13161, 13188, 13219, 13245, 13271, 13301, 13326, 13345, 13373, 13405, 13432, 13459, 13490, 13516, 13542, 13572, 13597, 13622, 13651, 13675, 13698, 13725, 13747, 13769, 13795, 13823, 13855, 13882, 13909, 13940, 13966, 13993, 14024, 14050, 14076, 14106, 14131, 14156, 14185, 14209, 14233, 14261, 14284, 14312, 14344, 14371, 14398, 14429, 14455, 14481, 14511, 14536, 14561, 14590, 14614, 14643, 14676, 14704, 14732, 14764, 14791, 14812, 14842, 14876, 14905, 14934, 14967, 14995, 15023, 15055, 15082, 15109, 15140, 15166, 15176, 15195, 15210, 15231, 15246, 15264, 15280, 15296, 15314, 15338, 15363, 15380, 15394, 15411, 15426, 15444, 15458, 15473, 15493, 15514, 15535, 15557, 15570, 15587, 15603, 15620, 15637, 15654, 15673, 15692, 15708, 15726, 15745, 15758, 15772, 15789, 15809, 15830, 15855, 15875, 15895, 15919, 15945, 15975, 16000, 16025, 16054, 16078, 16103, 16132, 16156, 16180, 16208, 16231, 16254, 16281, 16303, 16325, 16351, 16372, 16398, 16428, 16453, 16478, 16507, 16531, 16555, 16583, 16606, 16629, 16656, 16678, 16705, 16736, 16762, 16788, 16818, 16843, 16862, 16890, 16922, 16949, 16976, 17007, 17033, 17059, 17089, 17114, 17139, 17168, 17192, 17200, 17217, 17230, 17249, 17262, 17278, 17292, 17306, 17322, 17344, 17367, 17382, 17394, 17409, 17422, 17438, 17450, 17463, 17481, 17500, 17519, 17539, 17550, 17565, 17579, 17594, 17609, 17624, 17641, 17658, 17672, 17688, 17705, 17716, 17728, 17743, 17761, 17767, 17782, 17793, 17815, 17844, 17855, 17867, 17878, 17889, 17903, 17915, 17927, 17939, 17953, 17973, 17994, 18007, 18017, 18031, 18044, 18054, 18070, 18087, 18104, 18122, 18147, 18156, 18169, 18183, 18195, 18208, 18221, 18234, 18249, 18264, 18276, 18288, 18302, 18317, 18331, 18347, 18361, 18377, 18387, 18399, 18408, 18418, 18431, 18447, 18461, 18477, 18501, 18507, 18521, 18531, 18543, 18554, 18565, 18575, 18585, 18595, 18610, 18619, 18633, 18648, 18653, 18659, 18667, 18672, 18684, 18702, 18723, 18748, 18769, 18784, 18792, 18801, 18807, 18823, 18833, 18842, 18852, 18862, 18871, 18877, 18884, 18900, 18907, 18915, 18922, 18931, 18942, 18951, 18960, 18968, 18977, 18988, 18994, 19003, 19012, 19020, 19029, 19038, 19054, 19063, 19073, 19088, 19095, 19099, 19104, 19112, 19121, 19130, 19140, 19152, 19165, 19187, 19197, 19204, 19213, 19227, 19242, 19258, 19268, 19281, 19295, 19302, 19310, 19317, 19332, 19344, 19350, 19364, 19376, 19391, 19405, 19418, 19429, 19442, 19455, 19471, 19486, 19497, 19514, 19525, 19544, 19566, 19592, 19614, 19630, 19647, 19659, 19668, 19678, 19690, 19711, 19733, 19749, 19766, 19772, 19779, 19788, 19799, 19817, 19836, 19855, 19875, 19890, 19908, 19926, 19949, 19957, 19970, 19981, 19991, 20003, 20009, 20024, 20033, 20041, 20048, 20056, 20065, 20075, 20083, 20092, 20106, 20121, 20137, 20150, 20163, 20175, 20190, 20206, 20224, 20242, 20257, 20274, 20286, 20299, 20318, 20333, 20349, 20366, 20380, 20394, 20407, 20423, 20440, 20459, 20478, 20494, 20512, 20525, 20539, 20559, 20564, 20570, 20576, 20581, 20587, 20595, 20604, 20621, 20632, 20651, 20670, 20682, 20692, 20701, 20720, 20739, 20749, 20762, 20769, 20777, 20785, 20793, 20802, 20809, 20828, 20848, 20855, 20875, 20882, 20902, 20910, 20931, 20952, 20960, 20967, 20989, 21003, 21012, 21021, 21028, 21041, 21052, 21063, 21071, 21084, 21095, 21105, 21116, 21134, 21146, 21165, 21180, 21188, 21200, 21213, 21221, 21229, 21242, 21248, 21255, 21263, 21272, 21279, 21287, 21298, 21307, 21319, 21330, 21342, 21355, 21361, 21376, 21388, 21400, 21412, 21425, 21437, 21449, 21464, 21474, 21493, 21512, 21528, 21544, 21562, 21581, 21597, 21615, 21634, 21649, 21660, 21679, 21699, 21718, 21727, 21735, 21745, 21756, 21764, 21770, 21782, 21796, 21808, 21817, 21832, 21850, 21870, 21891, 21902, 21913, 21923, 21928, 21940, 21953, 21968, 21985, 21997, 22006, 22022, 22032, 22037, 22043, 22050, 22063, 22073, 22078, 22084, 22096, 22110, 22122, 22131, 22138, 22151, 22166, 22181, 22196, 22211, 22226, 22243, 22248, 22266, 22284, 22302, 22320, 22338, 22358, 22372, 22377, 22388, 22400, 22414, 22427, 22441, 22453, 22465, 22478, 22487, 22495, 22502, 22511, 22519, 22527, 22533, 22540, 22551, 22562, 22578, 22589, 22601, 22607, 22614, 22622, 22631, 22647, 22664, 22675, 22687, 22703, 22720, 22728, 22733, 22740, 22750, 22758, 22773, 22792, 22800, 22806, 22813, 22819, 22826, 22846, 22855, 22864, 22878, 22884, 22895, 22900, 22908, 22922, 22936, 22949, 22969, 22981, 23004, 23027, 23049, 23070, 23092, 23112, 23125, 23139, 23154, 23165, 23171, 23182, 23192, 23201, 23208, 23218, 23226, 23237, 23242, 23248, 23255, 23260, 23270, 23279, 23293, 23306, 23318, 23331, 23343, 23356, 23368, 23378, 23387, 23396, 23409, 23423, 23436, 23447, 23457, 23467, 23478, 23494, 23508, 23524, 23537, 23551, 23560, 23564, 23575, 23589, 23607, 23621, 23629, 23636, 23644, 23652, 23661, 23674, 23681, 23691, 23702, 23711, 23716, 23729, 23749, 23755, 23775, 23793, 23811, 23818, 23827, 23835, 23861, 23873, 23882, 23889, 23905, 23911, 23920, 23931, 23936, 23942, 23950, 23963, 23972, 23983, 23995, 24006, 24017, 24026, 24041, 24056, 24072, 24087, 24098, 24108, 24114, 24122, 24132, 24143, 24156, 24168, 24181, 24190, 24215, 24241, 24265, 24288, 24310, 24335, 24358, 24380, 24402, 24422, 24442, 24461, 24482, 24502, 24514, 24532, 24552, 24570, 24585, 24597, 24615, 24634, 24647, 24661, 24682, 24701, 24724, 24746, 24768, 24789, 24807, 24826, 24846, 24867, 24878, 24892, 24905, 24919, 24930, 24937, 24958, 24966, 24975, 24986, 24995, 25004, 25014, 25022, 25030, 25041, 25051, 25062, 25071, 25079, 25091, 25104, 25115, 25132, 25149, 25165, 25180, 25206, 25232, 25257, 25281, 25306, 25329, 25345, 25359, 25374, 25383, 25394, 25408, 25421, 25440, 25451, 25468, 25477, 25487, 25501, 25509, 25526, 25543, 25551, 25566, 25574, 25590, 25597, 25603, 25618, 25633, 25639, 25646, 25669, 25691, 25711, 25730, 25750, 25771, 25790, 25799, 25809, 25818, 25823, 25830, 25842, 25856, 25868, 25878, 25889, 25902, 25907, 25913, 25929, 25944, 25956, 25971, 25988, 26000, 26013, 26021, 26032, 26040, 26050, 26061, 26069, 26076, 26085, 26104, 26123, 26133, 26144, 26153, 26163, 26175, 26179, 26188, 26198, 26203, 26209, 26216, 26233, 26239, 26255, 26267, 26275, 26280, 26289, 26296, 26303, 26308, 26314, 26320, 26332, 26337, 26343, 26358, 26365, 26376, 26385, 26394, 26406, 26412, 26418, 26424, 26429, 26440, 26450, 26460, 26469, 26475, 26491, 26501, 26507, 26514, 26523, 26529, 26536, 26547, 26560, 26571, 26582, 26594, 26607, 26614, 26622, 26629, 26636, 26644, 26656, 26662, 26671, 26681, 26689, 26694, 26700, 26711, 26725, 26734, 26745, 26750, 26762, 26776, 26792, 26801, 26811, 26824, 26835, 26844, 26850, 26857, 26870, 26886, 26891, 26901, 26916, 26924, 26939, 26948, 26962, 26976, 26985, 26997, 27005, 27018, 27027, 27037, 27043, 27052, 27065, 27079, 27088, 27099, 27110, 27115, 27121, 27136, 27152, 27165, 27178, 27192, 27205, 27220, 27236, 27249, 27263, 27273, 27283, 27294, 27302, 27311, 27321, 27330, 27339, 27346, 27357, 27369, 27373, 27378, 27404, 27415, 27422, 27429, 27437, 27457, 27477, 27486, 27497, 27512, 27525, 27542, 27555, 27572, 27584, 27602, 27622, 27642, 27652, 27660, 27669, 27688, 27704, 27724, 27734, 27751, 27772, 27784, 27788, 27798, 27806, 27814, 27819, 27825, 27840, 27852, 27865, 27878, 27902, 27924, 27939, 27957, 27973, 27984, 27992, 28006, 28012, 28019, 28033, 28049, 28067, 28078, 28090, 28105, 28118, 28129, 28137, 28156, 28167, 28182, 28192, 28200, 28207, 28220, 28234, 28248, 28263, 28269, 28277, 28287, 28300, 28310, 28321, 28327, 28336, 28342, 28351, 28363, 28380, 28390, 28402, 28412, 28422, 28433, 28445, 28457, 28466, 28479, 28485, 28500, 28509, 28519, 28528, 28535, 28542, 28552, 28559, 28573, 28587, 28604, 28619, 28632, 28651, 28658, 28674, 28697, 28727, 28739, 28752, 28764, 28776, 28791, 28804, 28817, 28832, 28853, 28875, 28889, 28900, 28915, 28931, 28947, 28961, 28972, 28989, 29007, 29025, 29040, 29059, 29085, 29095, 29107, 29121, 29136, 29149, 29163, 29177, 29191, 29207, 29223, 29236, 29249, 29263, 29278, 29293, 29308, 29325, 29340, 29357, 29371, 29382, 29395, 29405, 29416, 29430, 29447, 29462, 29479, 29490, 29502, 29508, 29514, 29531, 29543, 29557, 29569, 29579, 29593, 29607, 29624, 29639, 29654, 29664, 29675, 29689, 29699, 29710, 29724, 29739, 29749, 29760, 29780, 29800, 29822, 29847, 29863, 29874, 29886, 29904, 29921, 29938, 29956, 29975, 29993, 30013, 30035, 30055, 30077, 30093, 30111, 30131, 30153, 30165, 30178, 30190, 30200, 30214, 30230, 30239, 30255, 30265, 30282, 30297, 30309, 30325, 30338, 30351, 30362, 30370, 30385, 30397, 30411, 30425, 30441, 30460, 30468, 30484, 30501, 30522, 30539, 30546, 30560, 30575, 30583, 30594, 30601, 30609, 30622, 30632, 30642, 30656, 30661, 30667, 30676, 30686, 30696, 30708, 30718, 30732, 30744, 30754, 30773, 30782, 30790, 30797, 30806, 30810, 30815, 30825, 30837, 30845, 30853, 30862, 30871, 30880, 30888, 30904, 30917, 30940, 30960, 30980, 31000, 31023, 31050, 31074, 31098, 31122, 31149, 31158, 31166, 31178, 31188, 31198, 31215, 31226, 31244, 31258, 31265, 31274, 31280, 31292, 31305, 31313, 31324, 31332, 31341, 31352, 31362, 31373, 31401, 31409, 31418, 31435, 31446, 31465, 31484, 31496, 31506, 31515, 31534, 31553, 31565, 31578, 31588, 31601, 31618, 31629, 31641, 31653, 31670, 31685, 31701, 31716, 31729, 31741, 31753, 31765, 31778, 31787, 31796, 31805, 31817, 31824, 31832, 31845, 31855, 31859, 31868, 31878, 31894, 31904, 31922, 31933, 31946, 31958, 31971, 31984, 31994, 32002, 32018, 32027, 32034, 32042, 32058, 32067, 32077, 32085, 32094, 32105, 32116, 32121, 32133, 32152, 32165, 32185, 32201, 32210, 32219, 32229, 32243, 32254, 32266, 32276, 32287, 32299, 32309, 32320, 32330, 32340, 32351, 32359, 32366, 32375, 32383, 32392, 32402, 32421, 32429, 32447, 32456, 32466, 32484, 32500, 32510, 32521, 32530, 32540, 32552, 32559, 32568, 32576, 32585, 32594, 32601, 32622, 32631, 32642, 32653, 32664, 32677, 32691, 32704, 32715, 32725, 32735, 32746, 32756, 32766, 32777, 32789, 32801, 32814, 32833, 32850, 32862, 32871, 32882, 32895, 32909, 32922, 32933, 32943, 32953, 32961, 32971, 32980, 32991, 33000, 33010, 33019, 33028, 33032, 33038, 33045, 33060, 33072, 33083, 33089, 33107, 33130, 33148, 33166, 33182, 33194, 33200, 33222, 33235, 33250, 33265, 33274, 33284, 33291, 33299, 33312, 33332, 33348, 33365, 33386, 33403, 33431, 33451, 33468, 33497, 33505, 33510, 33516, 33535, 33544, 33551, 33568, 33580, 33594, 33601, 33604, 33608, 33623, 33632, 33642, 33650, 33661, 33675, 33693, 33702, 33712, 33723, 33739, 33748, 33758, 33767, 33779, 33795, 33804, 33817, 33831, 33841, 33856, 33871, 33883, 33890, 33899, 33906, 33915, 33925, 33939, 33948, 33957, 33969, 33982, 33993, 34005, 34017, 34029, 34039, 34047, 34056, 34074, 34094, 34112, 34127, 34139, 34146, 34154, 34172, 34191, 34209, 34227, 34245, 34257, 34276, 34291, 34308, 34320, 34333, 34345, 34361, 34377, 34383, 34397, 34404, 34412, 34426, 34438, 34447, 34460, 34474, 34481, 34486, 34492, 34509, 34514, 34525, 34538, 34549, 34557, 34572, 34579, 34588, 34594, 34603, 34615, 34629, 34642, 34656, 34667, 34679, 34687, 34694, 34702, 34710, 34717, 34726, 34738, 34749, 34758, 34768, 34786, 34798, 34818, 34838, 34851, 34862, 34872, 34892, 34912, 34923, 34937, 34949, 34961, 34971, 34982, 34998, 35008, 35015, 35024, 35031, 35039, 35049, 35055, 35063, 35073, 35084, 35094, 35110, 35120, 35131, 35139, 35148, 35164, 35171, 35179, 35196, 35212, 35223, 35233, 35243, 35259, 35270, 35285, 35292, 35310, 35328, 35335, 35341, 35348, 35355, 35362, 35369, 35378, 35385, 35402, 35418, 35429, 35439, 35449, 35465, 35473, 35487, 35502, 35517, 35538, 35546, 35555, 35563, 35571, 35593, 35602, 35612, 35620, 35629, 35638, 35648, 35658, 35669, 35681, 35687, 35697, 35709, 35717, 35735, 35751, 35762, 35770, 35786, 35803, 35819, 35833, 35846, 35859, 35879, 35897, 35910, 35920, 35930, 35939, 35945, 35954, 35966, 35978, 35992, 36001, 36013, 36024, 36036, 36046, 36058, 36072, 36083, 36097, 36109, 36120, 36132, 36145, 36158, 36172, 36187, 36201, 36215, 36227, 36234, 36242, 36253, 36261, 36270, 36278, 36287, 36295, 36303, 36312, 36321, 36329, 36340, 36348, 36359, 36376, 36383, 36391, 36403, 36410, 36421, 36432, 36443, 36452, 36461, 36469, 36489, 36496, 36502, 36522, 36529, 36543, 36556, 36563, 36570, 36577, 36586, 36590, 36595, 36612, 36632, 36650, 36655, 36661, 36666, 36677, 36689, 36695, 36702, 36720, 36732, 36746, 36765, 36778, 36792, 36800, 36809, 36818, 36828, 36835, 36843, 36855, 36868, 36885, 36892, 36899, 36908, 36914, 36929, 36946, 36961, 36973, 36982, 36991, 37001, 37012, 37023, 37035, 37043, 37052, 37062, 37068, 37074, 37080, 37088, 37093, 37113, 37132, 37146, 37159, 37172, 37191, 37200, 37208, 37214, 37224, 37233, 37242, 37256, 37267, 37274, 37284, 37295, 37313, 37320, 37327, 37334, 37342, 37360, 37373, 37389, 37406, 37415, 37423, 37432, 37449, 37467, 37476, 37486, 37503, 37518, 37534, 37553, 37573, 37587, 37595, 37603, 37608, 37613, 37619, 37628, 37635, 37641, 37648, 37656, 37663, 37670, 37680, 37692, 37706, 37718, 37727, 37737, 37744, 37752, 37759, 37766, 37774, 37782, 37791, 37808, 37823, 37837, 37849, 37861, 37874, 37887, 37902, 37917, 37932, 37948, 37964, 37982, 37993, 38009, 38025, 38042, 38059, 38078, 38090, 38098, 38114, 38130, 38147, 38164, 38183, 38195, 38208, 38224, 38234, 38243, 38253, 38259, 38266, 38273, 38279, 38286, 38301, 38309, 38318, 38326, 38331, 38337, 38346, 38354, 38365, 38374, 38380, 38389, 38401, 38410, 38428, 38449, 38467, 38476, 38486, 38497, 38506, 38513, 38521, 38529, 38544, 38552, 38561, 38570, 38580, 38592, 38597, 38602, 38608, 38618, 38628, 38640, 38651, 38662, 38674, 38687, 38697, 38707, 38719, 38733, 38749, 38763, 38779, 38789, 38801, 38811, 38823, 38837, 38853, 38863, 38877, 38891, 38905, 38919, 38933, 38949, 38955, 38961, 38968, 38982, 38991, 39002, 39009, 39032, 39042, 39056, 39071, 39081, 39094, 39106, 39116, 39126, 39139, 39144, 39148, 39153, 39162, 39177, 39193, 39207, 39222, 39233, 39244, 39253, 39263, 39276, 39294, 39306, 39326, 39346, 39359, 39370, 39385, 39395, 39415, 39435, 39446, 39460, 39472, 39486, 39503, 39512, 39527, 39540, 39547, 39559, 39571, 39584, 39599, 39620, 39636, 39655, 39673, 39697, 39716, 39740, 39765, 39790, 39811, 39833, 39855, 39861, 39877, 39891, 39898, 39908, 39915, 39925, 39938, 39944, 39950, 39962, 39973, 39984, 39996, 40012, 40025, 40039, 40051, 40065, 40081, 40095, 40111, 40121, 40133, 40147, 40163, 40173, 40184, 40191, 40199, 40209, 40220, 40232, 40244, 40256, 40269, 40282, 40290, 40302, 40313, 40324, 40336, 40353, 40368, 40377, 40386, 40396, 40407, 40418, 40427, 40436, 40445, 40454, 40464, 40476, 40488, 40499, 40511, 40524, 40543, 40560, 40565, 40571, 40580, 40595, 40614, 40628, 40635, 40650, 40667, 40686, 40706, 40721, 40737, 40749, 40762, 40778, 40792, 40807, 40820, 40832, 40850, 40866, 40879, 40885, 40892, 40900, 40911, 40928, 40950, 40960, 40983, 40993, 41002, 41013, 41020, 41034, 41050, 41064, 41075, 41081, 41088, 41097, 41107, 41113, 41125, 41139, 41151, 41160, 41170, 41179, 41186, 41198, 41203, 41208, 41214, 41232, 41251, 41267, 41277, 41288, 41300, 41309, 41319, 41334, 41344, 41355, 41367, 41387, 41408, 41419, 41431, 41452, 41474, 41492, 41511, 41531, 41552, 41561, 41571, 41582, 41594, 41611, 41622, 41637, 41658, 41674, 41689, 41707, 41733, 41752, 41773, 41793, 41814, 41835, 41853, 41873, 41901, 41922, 41945, 41967, 41990, 42013, 42033, 42045, 42055, 42066, 42074, 42083, 42092, 42102, 42121, 42141, 42152, 42162, 42173, 42190, 42206, 42226, 42247, 42264, 42282, 42297, 42311, 42332, 42352, 42363, 42382, 42402, 42410, 42419, 42430, 42442, 42453, 42469, 42487, 42496, 42510, 42523, 42534, 42548, 42560, 42569, 42583, 42595, 42608, 42621, 42632, 42651, 42662, 42674, 42683, 42693, 42705, 42723, 42738, 42753, 42768, 42786, 42808, 42827, 42846, 42865, 42887, 42897, 42908, 42928, 42949, 42963, 42974, 42986, 42999, 43020, 43042, 43060, 43079, 43093, 43107, 43119, 43139, 43160, 43169, 43179, 43190, 43202, 43211, 43218, 43226, 43233, 43239, 43251, 43263, 43274, 43284, 43305, 43326, 43346, 43365, 43385, 43403, 43414, 43423, 43429, 43435, 43451, 43464, 43471, 43486, 43498, 43507, 43517, 43529, 43536, 43543, 43551, 43557, 43563, 43575, 43588, 43594, 43600, 43609, 43617, 43630, 43640, 43657, 43674, 43685, 43698, 43706, 43715, 43726, 43744, 43758, 43764, 43771, 43780, 43787, 43797, 43803, 43810, 43817, 43825, 43831, 43843, 43857, 43869, 43878, 43888, 43893, 43899, 43906, 43915, 43923, 43932, 43942, 43958, 43974, 43989, 44003, 44028, 44053, 44077, 44100, 44124, 44146, 44161, 44174, 44186, 44195, 44206, 44215, 44225, 44241, 44260, 44279, 44297, 44314, 44342, 44370, 44397, 44423, 44450, 44475, 44493, 44509, 44518, 44528, 44540, 44547, 44555, 44564, 44574, 44588, 44606, 44617, 44627, 44636, 44648, 44659, 44672, 44696, 44717, 44723, 44731, 44740, 44751, 44761, 44767, 44785, 44801, 44809, 44821, 44833, 44849, 44867, 44880, 44892, 44902, 44913, 44924, 44931, 44939, 44949, 44959, 44971, 44985, 45004, 45011, 45028, 45038, 45048, 45055, 45063, 45074, 45083, 45093, 45097, 45102, 45116, 45131, 45147, 45174, 45183, 45194, 45205, 45217, 45229, 45240, 45249, 45257, 45265, 45275, 45297, 45309, 45322, 45334, 45344, 45353, 45362, 45372, 45378, 45386, 45394, 45400, 45409, 45415, 45421, 45433, 45444, 45450, 45482, 45492, 45502, 45514, 45527, 45537, 45548, 45565, 45571, 45578, 45597, 45604, 45612, 45621, 45631, 45653, 45679, 45705, 45713, 45729, 45753, 45763, 45773, 45784, 45798, 45812, 45817, 45826, 45835, 45843, 45854, 45866, 45880, 45894, 45904, 45917, 45924, 45931, 45940, 45948, 45955, 45965, 45971, 45980, 45990, 45999, 46007, 46014, 46030, 46049, 46057, 46067, 46076, 46086, 46094, 46105, 46120, 46133, 46144, 46160, 46172, 46185, 46199, 46209, 46228, 46245, 46260, 46280, 46296, 46313, 46326, 46345, 46365, 46379, 46394, 46403, 46413, 46419, 46432, 46448, 46468, 46484, 46494, 46504, 46521, 46541, 46565, 46585, 46599, 46605, 46612, 46619, 46626, 46637, 46650, 46661, 46665, 46670, 46676, 46681, 46687, 46693, 46710, 46719, 46738, 46753, 46768, 46786, 46802, 46818, 46836, 46860, 46885, 46902, 46916, 46934, 46948, 46968, 46989, 47010, 47032, 47045, 47061, 47078, 47095, 47112, 47131, 47150, 47166, 47184, 47203, 47216, 47230, 47247, 47267, 47277, 47283, 47289, 47295, 47313, 47328, 47336, 47345, 47359, 47368, 47379, 47389, 47399, 47408, 47420, 47435, 47449, 47463, 47478, 47494, 47509, 47526, 47545, 47562, 47581, 47594, 47609, 47626, 47645, 47657, 47662, 47677, 47688, 47699, 47713, 47725, 47737, 47751, 47771, 47792, 47805, 47815, 47829, 47839, 47855, 47872, 47889, 47907, 47916, 47928, 47941, 47954, 47967, 47982, 47997, 48009, 48023, 48038, 48047, 48057, 48070, 48086, 48092, 48101, 48116, 48131, 48138, 48145, 48158, 48173, 48186, 48196, 48208, 48222, 48228, 48241, 48256, 48269, 48279, 48291, 48299, 48310, 48315, 48326, 48330, 48339, 48360, 48374, 48386, 48397, 48409, 48419, 48426, 48437, 48450, 48458, 48467, 48484, 48493, 48503, 48517, 48532, 48552, 48566, 48579, 48592, 48604, 48613, 48623, 48639, 48652, 48670, 48678, 48691, 48705, 48716, 48729, 48746, 48759, 48768, 48778, 48793, 48809, 48823, 48832, 48838, 48851, 48864, 48876, 48887, 48902, 48921, 48940, 48957, 48968, 48982, 48993, 49007, 49023, 49034, 49049, 49065, 49081, 49094, 49108, 49120, 49136, 49154, 49169, 49186, 49197, 49210, 49224, 49239, 49254, 49264, 49282, 49297, 49312, 49322, 49336, 49353, 49364, 49375, 49386, 49399, 49418, 49431, 49446, 49461, 49474, 49485, 49502, 49519, 49536, 49551, 49570, 49581, 49593, 49610, 49617, 49626, 49636, 49648, 49659, 49671, 49688, 49699, 49714, 49723, 49737, 49744, 49756, 49774, 49792, 49809, 49825, 49852, 49879, 49905, 49930, 49956, 49980, 49997, 50012, 50017, 50025, 50038, 50052, 50064, 50075, 50086, 50094, 50110, 50130, 50148, 50171, 50184, 50195, 50208, 50223, 50234, 50246, 50269, 50296, 50319, 50340, 50365, 50381, 50401, 50421, 50434, 50448, 50461, 50475, 50490, 50515, 50540, 50555, 50581, 50592, 50607, 50618, 50630, 50646, 50658, 50674, 50686, 50702, 50715, 50729, 50741, 50753, 50765, 50771, 50785, 50799, 50814, 50821, 50827, 50831, 50845, 50859, 50867, 50875, 50888, 50899, 50904, 50913, 50928, 50946, 50959, 50969, 50981, 50992, 51002, 51008, 51016, 51035, 51060, 51078, 51098, 51118, 51144, 51163, 51184, 51194, 51207, 51221, 51233, 51246, 51250, 51257, 51270, 51284, 51295, 51305, 51322, 51340, 51355, 51374, 51389, 51403, 51412, 51421, 51439, 51456, 51478, 51495, 51506, 51531, 51556, 51575, 51598, 51608, 51624, 51641, 51655, 51675, 51696, 51714, 51736, 51754, 51761, 51770, 51773, 51784, 51789, 51802, 51813, 51824, 51842, 51855, 51872, 51885, 51906, 51925, 51951, 51972, 51997, 52018, 52024, 52038, 52044, 52062, 52076, 52092, 52105, 52114, 52120, 52124, 52134, 52147, 52157, 52168, 52185, 52199, 52214, 52228, 52238, 52247, 52257, 52268, 52280, 52289, 52299, 52311, 52321, 52332, 52340, 52350, 52386, 52392, 52403, 52416, 52431, 52444, 52451, 52466, 52481, 52489, 52494, 52509, 52524, 52533, 52547, 52563, 52571, 52580, 52590, 52598, 52607, 52617, 52629, 52640, 52649, 52659, 52667, 52676, 52684, 52691, 52701, 52714, 52731, 52743, 52765, 52780, 52795, 52812, 52822, 52830, 52842, 52846, 52854, 52863, 52870, 52876, 52885, 52892, 52902, 52909, 52917, 52925, 52934, 52944, 52950, 52958, 52975, 52991, 53012, 53028, 53038, 53062, 53086, 53104, 53126, 53137, 53145, 53154, 53168, 53181, 53194, 53207, 53220, 53234, 53246, 53262, 53277, 53297, 53310, 53327, 53336, 53349, 53361, 53369, 53377, 53385, 53395, 53404, 53407, 53416, 53439, 53458, 53466, 53473, 53500, 53524, 53547, 53570, 53591, 53605, 53611, 53619, 53634, 53644, 53656, 53670, 53683, 53694, 53705, 53723, 53736, 53751, 53768, 53784, 53798, 53809, 53827, 53840, 53855, 53872, 53888, 53902, 53911, 53922, 53935, 53950, 53960, 53977, 53989, 54003, 54019, 54034, 54047, 54055, 54065, 54075, 54096, 54119, 54139, 54146, 54152, 54161, 54170, 54175, 54185, 54195, 54204, 54215, 54223, 54242, 54267, 54285, 54305, 54312, 54315, 54321, 54330, 54339, 54345, 54353, 54361, 54368, 54374, 54379, 54386, 54393, 54400, 54412, 54415, 54421, 54434, 54440, 54447, 54460, 54474, 54485, 54502, 54520, 54535, 54554, 54569, 54578, 54586, 54592, 54599, 54614, 54629, 54641, 54651, 54664, 54681, 54693, 54703, 54709, 54720, 54737, 54748, 54755, 54765, 54774, 54785, 54790, 54797, 54812, 54829, 54843, 54853, 54864, 54870, 54883, 54899, 54906, 54917, 54927, 54939, 54956, 54967, 54976, 54986, 54996, 55002, 55009, 55021, 55031, 55046, 55058, 55061, 55066, 55070, 55082, 55095, 55107, 55120, 55130, 55142, 55163, 55183, 55208, 55228, 55242, 55270, 55298, 55320, 55346, 55356, 55367, 55379, 55396, 55410, 55417, 55427, 55435, 55448, 55469, 55492, 55512, 55525, 55535, 55549, 55558, 55563, 55577, 55588, 55605, 55615, 55625, 55637, 55652, 55663, 55679, 55698, 55702, 55712, 55723, 55732, 55744, 55755, 55766, 55772, 55779, 55788, 55799, 55812, 55820, 55829, 55842, 55849, 55864, 55872, 55881, 55888, 55894, 55903, 55913, 55939, 55964, 55993, 56007, 56021, 56044, 56071, 56098, 56129, 56154, 56175, 56206, 56236, 56270, 56298, 56330, 56362, 56398, 56428, 56454, 56484, 56508, 56530, 56557, 56588, 56611, 56636, 56658, 56685, 56704, 56726, 56742, 56759, 56789, 56819, 56841, 56865, 56891, 56919, 56930, 56942, 56955, 56968, 56975, 56989, 57001, 57013, 57033, 57049, 57068, 57085, 57098, 57115, 57124, 57136, 57146, 57157, 57178, 57196, 57208, 57225, 57239, 57253, 57281, 57308, 57323, 57334, 57346, 57356, 57363, 57377, 57388, 57404, 57418, 57433, 57453, 57465, 57472, 57487, 57499, 57514, 57533, 57547, 57557, 57568, 57584, 57606, 57615, 57627, 57639, 57650, 57660, 57670, 57682, 57693, 57704, 57709, 57713, 57718, 57726, 57743, 57750, 57762, 57779, 57790, 57802, 57812, 57830, 57845, 57859, 57870, 57877, 57886, 57894, 57901, 57919, 57933, 57952, 57967, 57984, 57995, 58014, 58033, 58045, 58061, 58070, 58089, 58108, 58120, 58133, 58144, 58151, 58161, 58172, 58184, 58195, 58204, 58208, 58216, 58219, 58233, 58241, 58250, 58262, 58273, 58286, 58290, 58295, 58318, 58337, 58351, 58366, 58368, 58384, 58402, 58413, 58422, 58430, 58437, 58445, 58462, 58476, 58489, 58499, 58511, 58516, 58526, 58532, 58539, 58550, 58563, 58574, 58585, 58593, 58600, 58606, 58618, 58627, 58636, 58644, 58652, 58661, 58683, 58690, 58696, 58705, 58715, 58734, 58756, 58773, 58787, 58801, 58817, 58832, 58846, 58861, 58868, 58875, 58883, 58892, 58902, 58911, 58921, 58932, 58941, 58951, 58966, 58976, 58987, 58995, 59006, 59018, 59028, 59039, 59049, 59056, 59064, 59077, 59086, 59101, 59112, 59121, 59129, 59142, 59153, 59165, 59173, 59186, 59194, 59207, 59219, 59229, 59244, 59257, 59275, 59281, 59292, 59295, 59297, 59312, 59326, 59340, 59356, 59371, 59386, 59399, 59411, 59423, 59437, 59450, 59463, 59479, 59494, 59509, 59523, 59536, 59549, 59565, 59572, 59584, 59596, 59606, 59618, 59638, 59665, 59695, 59719, 59748, 59771, 59800, 59828, 59853, 59881, 59896, 59914, 59932, 59949, 59969, 59983, 59998, 60014, 60031, 60050, 60065, 60085, 60096, 60108, 60122, 60141, 60152, 60167, 60180, 60190, 60201, 60213, 60223, 60234, 60247, 60261, 60278, 60301, 60326, 60351, 60371, 60382, 60395, 60408, 60420, 60437, 60450, 60464, 60477, 60487, 60498, 60510, 60529, 60547, 60561, 60577, 60588, 60603, 60621, 60632, 60651, 60661, 60680, 60698, 60721, 60739, 60751, 60777, 60803, 60823, 60847, 60854, 60860, 60868, 60881, 60895, 60910, 60922, 60935, 60940, 60950, 60960, 60968, 60978, 60993, 61015, 61040, 61059, 61083, 61101, 61125, 61148, 61166, 61191, 61219, 61241, 61268, 61289, 61316, 61342, 61365, 61391, 61411, 61434, 61451, 61473, 61486, 61502, 61518, 61533, 61551, 61563, 61576, 61590, 61605, 61622, 61635, 61653, 61662, 61672, 61684, 61701, 61710, 61723, 61734, 61742, 61751, 61761, 61769, 61778, 61789, 61801, 61816, 61837, 61860, 61883, 61901, 61910, 61921, 61932, 61942, 61957, 61968, 61980, 61991, 61999, 62008, 62018, 62035, 62051, 62063, 62077, 62086, 62099, 62115, 62124, 62141, 62144, 62148, 62153, 62161, 62174, 62183, 62193, 62202, 62213, 62223, 62233, 62242, 62257, 62271, 62280, 62289, 62303, 62310, 62317, 62326, 62330, 62335, 62341, 62348, 62359, 62368, 62375, 62392, 62412, 62427, 62439, 62453, 62466, 62478, 62485, 62492, 62499, 62505, 62520, 62526, 62533, 62538, 62546, 62554, 62564, 62574, 62583, 62589, 62597, 62603, 62611, 62618, 62626, 62634, 62640, 62648, 62657, 62665, 62672, 62680, 62689, 62697, 62705, 62724, 62739, 62757, 62777, 62790, 62796, 62803, 62809, 62820, 62833, 62839, 62850, 62864, 62882, 62893, 62905, 62915, 62926, 62937, 62947, 62958, 62962, 62967, 62976, 62985, 63007, 63026, 63048, 63065, 63100, 63129, 63139, 63158, 63176, 63199, 63217, 63229, 63255, 63281, 63301, 63325, 63331, 63338, 63347, 63352, 63361, 63371, 63379, 63390, 63399, 63405, 63412, 63421, 63434, 63440, 63445, 63450, 63455, 63470, 63479, 63496, 63513, 63523, 63530, 63547, 63564, 63575, 63581, 63589, 63613, 63619, 63629, 63636, 63645, 63660, 63678, 63691, 63705, 63715, 63727, 63738, 63748, 63754, 63773, 63782, 63794, 63806, 63820, 63838, 63855, 63877, 63894, 63905, 63930, 63955, 63974, 63997, 64005, 64012, 64020, 64029, 64038, 64048, 64072, 64104, 64131, 64156, 64189, 64217, 64224, 64230, 64240, 64250, 64257, 64269, 64280, 64296, 64303, 64311, 64321, 64329, 64338, 64362, 64367, 64379, 64389, 64397, 64408, 64419, 64431, 64446, 64457, 64469, 64485, 64504, 64514, 64538, 64555, 64560, 64572, 64582, 64599, 64611, 64627, 64639, 64655, 64670, 64682, 64698, 64705, 64716, 64732, 64743, 64763, 64772, 64781, 64799, 64822, 64835, 64840, 64850, 64858, 64870, 64881, 64889, 64898, 64914, 64925, 64940, 64951, 64962, 64975, 64988, 65000, 65003, 65013, 65026, 65036, 65045, 65050, 65056, 65067, 65072, 65083, 65093, 65104, 65116, 65125, 65139, 65149, 65160, 65175, 65196, 65210, 65224, 65240, 65246, 65254, 65263, 65272, 65282, 65292, 65303, 65307, 65313, 65320, 65331, 65339, 65342, 65351, 65356, 65363, 65371, 65374, 65391, 65404, 65423, 65435, 65439, 65450, 65460, 65470, 65482, 65493, 65504, 65510, 65514, 65518, 65524, 65531, 65547, 65566, 65580, 65591, 65604, 65616, 65627, 65631, 65652, 65659, 65672, 65681, 65696, 65705, 65715, 65724, 65739, 65746, 65755, 65765, 65770, 65784, 65788, 65806, 65816, 65827, 65846, 65857, 65869, 65882, 65894, 65906, 65920, 65933, 65946, 65953, 65955, 65967, 65972, 65986, 65999, 66010, 66023, 66038, 66051, 66062, 66079, 66094, 66107, 66122, 66135, 66147, 66164, 66179, 66194, 66205, 66220, 66238, 66246, 66264, 66282, 66294, 66306, 66321, 66331, 66356, 66381, 66406, 66423, 66442, 66464, 66481, 66497, 66516, 66535, 66554, 66567, 66583, 66603, 66623, 66643, 66657, 66674, 66680, 66688, 66698, 66707, 66718, 66726, 66734, 66745, 66759, 66769, 66782, 66794, 66804, 66816, 66825, 66834, 66846, 66858, 66869, 66885, 66897, 66905, 66912, 66923, 66936, 66942, 66949, 66961, 66967, 66974, 66986, 67008, 67025, 67033, 67046, 67055, 67064, 67078, 67086, 67094, 67100, 67110, 67118, 67123, 67132, 67140, 67152, 67155, 67162, 67174, 67182, 67197, 67207, 67219, 67233, 67246, 67257, 67274, 67285, 67303, 67316, 67331, 67348, 67364, 67378, 67389, 67407, 67420, 67435, 67452, 67468, 67482, 67489, 67497, 67517, 67527, 67544, 67556, 67570, 67586, 67601, 67614, 67622, 67636, 67654, 67661, 67674, 67685, 67697, 67701, 67708, 67715, 67725, 67735, 67752, 67764, 67775, 67788, 67799, 67808, 67816, 67832, 67847, 67867, 67887, 67914, 67936, 67957, 67980, 68001, 68020, 68035, 68055, 68075, 68102, 68124, 68145, 68168, 68189, 68208, 68223, 68243, 68262, 68280, 68296, 68311, 68328, 68333, 68339, 68351, 68366, 68374, 68387, 68401, 68411, 68422, 68437, 68449, 68460, 68472, 68488, 68500, 68513, 68531, 68542, 68550, 68561, 68572, 68586, 68605, 68615, 68624, 68634, 68644, 68646, 68658, 68668, 68677, 68685, 68707, 68725, 68735, 68764, 68771, 68782, 68784, 68797, 68811, 68825, 68838, 68858, 68876, 68891, 68908, 68929, 68946, 68970, 68988, 69008, 69029, 69048, 69059, 69073, 69094, 69109, 69128, 69144, 69163, 69182, 69201, 69218, 69232, 69248, 69268, 69284, 69307, 69324, 69343, 69363, 69378, 69396, 69406, 69419, 69439, 69453, 69471, 69486, 69504, 69522, 69529, 69536, 69547, 69562, 69574, 69584, 69596, 69611, 69622, 69632, 69660, 69682, 69688, 69693, 69699, 69715, 69722, 69731, 69740, 69749, 69759, 69768, 69778, 69781, 69790, 69803, 69808, 69813, 69822, 69828, 69846, 69859, 69872, 69882, 69889, 69893, 69898, 69904, 69911, 69916, 69922, 69930, 69940, 69950, 69960, 69971, 69981, 69992, 69997, 70007, 70017, 70026, 70036, 70047, 70056, 70060, 70070, 70080, 70091, 70103, 70112, 70126, 70132, 70139, 70149, 70153, 70157, 70179, 70194, 70209, 70226, 70231, 70239, 70245, 70248, 70258, 70262, 70268, 70274, 70280, 70284, 70289, 70297, 70314, 70324, 70334, 70344, 70349, 70358, 70368, 70373, 70383, 70397, 70403, 70415, 70429, 70447, 70458, 70471, 70478, 70485, 70491, 70500, 70508, 70516, 70522, 70529, 70537, 70549, 70562, 70573, 70581, 70590, 70595, 70601, 70608, 70619, 70634, 70638, 70655, 70674, 70690, 70700, 70714, 70723, 70745, 70751, 70758, 70764, 70770, 70774, 70781, 70801, 70820, 70841, 70861, 70881, 70902, 70919, 70935, 70953, 70970, 70987, 71005, 71022, 71038, 71056, 71073, 71090, 71108, 71134, 71159, 71186, 71212, 71238, 71265, 71292, 71318, 71346, 71373, 71400, 71428, 71447, 71465, 71485, 71504, 71523, 71543, 71553, 71581, 71608, 71637, 71665, 71693, 71722, 71737, 71751, 71767, 71782, 71797, 71813, 71826, 71838, 71852, 71865, 71878, 71892, 71904, 71915, 71928, 71940, 71952, 71965, 71978, 71990, 72004, 72017, 72030, 72044, 72064, 72083, 72104, 72124, 72144, 72165, 72170, 72178, 72200, 72207, 72215, 72221, 72227, 72234, 72242, 72261, 72280, 72289, 72297, 72310, 72314, 72328, 72340, 72356, 72362, 72373, 72382, 72409, 72420, 72434, 72451, 72467, 72486, 72499, 72513, 72528, 72544, 72562, 72572, 72583, 72596, 72614, 72628, 72640, 72649, 72659, 72670, 72679, 72689, 72702, 72718, 72740, 72764, 72788, 72807, 72818, 72834, 72844, 72856, 72868, 72880, 72893, 72906, 72918, 72945, 72954, 72964, 72975, 72993, 73010, 73025, 73038, 73053, 73063, 73077, 73094, 73104, 73114, 73129, 73138, 73152, 73160, 73176, 73192, 73201, 73207, 73223, 73239, 73249, 73257, 73273, 73287, 73292, 73311, 73325, 73328, 73343, 73357, 73376, 73385, 73399, 73414, 73423, 73437, 73454, 73469, 73484, 73502, 73525, 73542, 73564, 73578, 73594, 73609, 73619, 73632, 73645, 73656, 73670, 73686, 73707, 73731, 73749, 73772, 73790, 73813, 73827, 73844, 73867, 73889, 73908, 73930, 73945, 73968, 73987, 74007, 74022, 74034, 74047, 74065, 74078, 74094, 74117, 74143, 74163, 74188, 74207, 74232, 74256, 74277, 74301, 74312, 74323, 74338, 74358, 74366, 74384, 74396, 74403, 74410, 74425, 74448, 74467, 74487, 74502, 74514, 74527, 74540, 74549, 74563, 74573, 74587, 74599, 74613, 74629, 74641, 74654, 74666, 74675, 74686, 74694, 74699, 74706, 74720, 74742, 74760, 74779, 74793, 74804, 74816, 74824, 74830, 74837, 74849, 74859, 74873, 74886, 74895, 74905, 74913, 74924, 74934, 74948, 74961, 74966, 74974, 74987, 74999, 75011, 75030, 75048, 75070, 75087, 75094, 75104, 75111, 75127, 75147, 75167, 75191, 75209, 75223, 75233, 75245, 75261, 75279, 75294, 75314, 75326, 75341, 75350, 75360, 75383, 75406, 75421, 75438, 75457, 75478, 75489, 75497, 75518, 75523, 75530, 75534, 75539, 75555, 75574, 75591, 75605, 75623, 75637, 75644, 75656, 75663, 75666, 75676, 75679, 75684, 75693, 75703, 75713, 75723, 75736, 75746, 75760, 75775, 75790, 75805, 75823, 75838, 75851, 75865, 75879, 75893, 75910, 75924, 75934, 75942, 75954, 75968, 75975, 75989, 75999, 76007, 76022, 76034, 76049, 76059, 76087, 76109, 76120, 76125, 76140, 76149, 76166, 76183, 76193, 76200, 76217, 76234, 76245, 76253, 76259, 76270, 76280, 76288, 76301, 76313, 76320, 76328, 76334, 76341, 76346, 76352, 76359, 76371, 76379, 76388, 76400, 76409, 76427, 76448, 76464, 76477, 76492, 76506, 76519, 76525, 76531, 76542, 76557, 76568, 76574, 76581, 76597, 76614, 76621, 76629, 76637, 76645, 76654, 76668, 76678, 76686, 76695, 76709, 76719, 76730, 76746, 76755, 76769, 76779, 76783, 76788, 76797, 76803, 76810, 76818, 76822, 76829, 76839, 76850, 76858, 76867, 76882, 76898, 76912, 76921, 76931, 76936, 76942, 76949, 76953, 76960, 76969, 76977, 76985, 76995, 77004, 77013, 77020, 77025, 77045, 77070, 77085, 77105, 77120, 77140, 77147, 77154, 77160, 77170, 77189, 77207, 77230, 77248, 77260, 77286, 77312, 77332, 77356, 77366, 77381, 77397, 77419, 77434, 77451, 77460, 77466, 77473, 77481, 77500, 77521, 77539, 77547, 77556, 77566, 77573, 77581, 77586, 77599, 77613, 77616, 77620, 77624, 77629, 77634, 77651, 77673, 77690, 77707, 77730, 77754, 77775, 77802, 77830, 77855, 77884, 77909, 77917, 77922, 77930, 77939, 77952, 77971, 77983, 77995, 78009, 78015, 78028, 78039, 78045, 78049, 78054, 78069, 78078, 78095, 78112, 78122, 78129, 78146, 78163, 78174, 78181, 78188, 78192, 78204, 78221, 78229, 78238, 78249, 78263, 78271, 78285, 78303, 78316, 78336, 78357, 78375, 78399, 78424, 78446, 78472, 78494, 78509, 78527, 78548, 78564, 78577, 78592, 78606, 78619, 78629, 78639, 78650, 78655, 78666, 78681, 78699, 78712, 78722, 78734, 78745, 78755, 78768, 78780, 78788, 78799, 78811, 78824, 78840, 78851, 78859, 78869, 78880, 78895, 78906, 78918, 78929, 78935, 78942, 78959, 78971, 78982, 78990, 79001, 79016, 79022, 79033, 79043, 79055, 79064, 79072, 79079, 79086, 79094, 79099, 79105, 79116, 79131, 79135, 79140, 79146, 79149, 79159, 79174, 79182, 79195, 79215, 79234, 79253, 79274, 79294, 79314, 79331, 79347, 79363, 79381, 79398, 79415, 79423, 79431, 79442, 79457, 79477, 79482, 79487, 79493, 79509, 79519, 79537, 79555, 79566, 79574, 79592, 79610, 79622, 79629, 79633, 79642, 79657, 79665, 79675, 79680, 79694, 79715, 79729, 79737, 79753, 79759, 79764, 79783, 79806, 79816, 79826, 79836, 79848, 79855, 79863, 79872, 79884, 79895, 79906, 79919, 79931, 79943, 79957, 79964, 79971, 79990, 80006, 80016, 80031, 80043, 80055, 80069, 80076, 80083, 80089, 80096, 80102, 80109, 80115, 80122, 80130, 80138, 80143, 80156, 80168, 80174, 80180, 80187, 80194, 80202, 80208, 80216, 80224, 80234, 80243, 80249, 80258, 80270, 80277, 80287, 80296, 80313, 80328, 80345, 80364, 80381, 80396, 80415, 80432, 80451, 80468, 80484, 80505, 80524, 80543, 80558, 80566, 80575, 80581, 80591, 80600, 80625, 80643, 80653, 80661, 80672, 80686, 80704, 80717, 80728, 80738, 80749, 80760, 80776, 80787, 80799, 80812, 80836, 80853, 80876, 80892, 80908, 80926, 80936, 80947, 80954, 80962, 80986, 80992, 81002, 81009, 81017, 81023, 81030, 81044, 81055, 81065, 81073, 81080, 81088, 81100, 81112, 81121, 81130, 81137, 81142, 81147, 81153, 81164, 81172, 81184, 81197, 81216, 81236, 81253, 81276, 81300, 81321, 81346, 81367, 81384, 81396, 81414, 81433, 81449, 81471, 81494, 81514, 81538, 81558, 81570, 81580, 81597, 81609, 81625, 81637, 81643, 81649, 81656, 81660, 81665, 81668, 81672, 81677, 81690, 81702, 81707, 81713, 81722, 81728, 81743, 81757, 81776, 81790, 81798, 81820, 81842, 81858, 81878, 81885, 81894, 81903, 81913, 81924, 81930, 81937, 81948, 81960, 81978, 81993, 82006, 82023, 82040, 82051, 82061, 82073, 82088, 82104, 82121, 82136, 82149, 82165, 82177, 82196, 82209, 82221, 82236, 82249, 82264, 82280, 82292, 82296, 82301, 82309, 82318, 82324, 82334, 82346, 82358, 82367, 82371, 82384, 82401, 82415, 82428, 82436, 82450, 82458, 82473, 82489, 82503, 82516, 82526, 82530, 82539, 82547, 82554, 82561, 82567, 82584, 82590, 82601, 82607, 82613, 82620, 82637, 82647, 82656, 82663, 82671, 82678, 82693, 82706, 82720, 82736, 82755, 82768, 82780, 82794, 82811, 82830, 82848, 82862, 82883, 82898, 82912, 82925, 82939, 82943, 82948, 82964, 82981, 82984, 82999, 83012, 83028, 83049, 83062, 83066, 83071, 83076, 83090, 83105, 83119, 83133, 83147, 83157, 83172, 83185, 83191, 83199, 83204, 83210, 83217, 83230, 83234, 83241, 83250, 83265, 83279, 83297, 83305, 83315, 83322, 83331, 83338, 83347, 83356, 83367, 83378, 83388, 83391, 83407, 83420, 83433, 83455, 83468, 83473, 83482, 83495, 83507, 83511, 83516, 83526, 83535, 83543, 83552, 83559, 83574, 83577, 83585, 83596, 83606, 83612, 83622, 83636, 83648, 83661, 83672, 83690, 83704, 83717, 83727, 83737, 83751, 83767, 83784, 83800, 83811, 83822, 83833, 83849, 83863, 83878, 83891, 83906, 83921, 83940, 83961, 83983, 84004, 84020, 84040, 84056, 84068, 84083, 84097, 84114, 84129, 84144, 84159, 84173, 84193, 84206, 84222, 84236, 84251, 84264, 84284, 84300, 84316, 84330, 84345, 84358, 84378, 84394, 84397, 84419, 84442, 84466, 84483, 84497, 84514, 84526, 84556, 84580, 84588, 84592, 84598, 84607, 84611, 84614, 84618, 84623, 84632, 84638, 84650, 84666, 84676, 84694, 84712, 84723, 84737, 84745, 84763, 84781, 84793, 84801, 84810, 84817, 84822, 84832, 84837, 84843, 84850, 84858, 84869, 84884, 84889, 84894, 84908, 84927, 84935, 84946, 84964, 84979, 84999, 85014, 85034, 85052, 85075, 85088, 85106, 85111, 85119, 85125, 85131, 85152, 85166, 85179, 85192, 85207, 85221, 85235, 85248, 85260, 85269, 85279, 85296, 85308, 85324, 85336, 85343, 85353, 85364, 85376, 85386, 85397, 85409, 85415, 85424, 85441, 85456, 85478, 85495, 85516, 85533, 85541, 85553, 85561, 85568, 85575, 85582, 85595, 85605, 85621, 85640, 85644, 85650, 85657, 85673, 85692, 85706, 85721, 85737, 85748, 85761, 85773, 85784, 85791, 85796, 85802, 85813, 85816, 85851, 85879, 85907, 85937, 85945, 85963, 85971, 86000, 86022, 86044, 86068, 86088, 86109, 86119, 86140, 86147, 86152, 86160, 86177, 86186, 86200, 86216, 86233, 86244, 86249, 86268, 86281, 86297, 86311, 86323, 86337, 86347, 86358, 86371, 86385, 86403, 86422, 86437, 86450, 86473, 86490, 86510, 86528, 86544, 86562, 86576, 86591, 86608, 86626, 86648, 86671, 86690, 86707, 86725, 86739, 86755, 86759, 86764, 86778, 86786, 86790, 86805, 86814, 86824, 86848, 86867, 86885, 86900, 86911, 86930, 86953, 86982, 87014, 87042, 87070, 87088, 87110, 87124, 87147, 87174, 87207, 87243, 87275, 87307, 87329, 87355, 87373, 87397, 87419, 87449, 87470, 87490, 87508, 87534, 87551, 87565, 87593, 87616, 87638, 87657, 87672, 87695, 87722, 87755, 87791, 87823, 87855, 87877, 87903, 87921, 87948, 87979, 88016, 88056, 88092, 88128, 88154, 88184, 88206, 88234, 88260, 88294, 88319, 88343, 88365, 88395, 88416, 88425, 88436, 88449, 88463, 88471, 88487, 88503, 88512, 88526, 88546, 88559, 88574, 88589, 88598, 88607, 88618, 88633, 88644, 88661, 88678, 88690, 88699, 88716, 88731, 88737, 88751, 88767, 88783, 88793, 88806, 88823, 88841, 88859, 88876, 88896, 88919, 88941, 88962, 88972, 88983, 88992, 89004, 89014, 89025, 89038, 89053, 89065, 89079, 89091, 89103, 89117, 89128, 89145, 89155, 89167, 89173, 89193, 89206, 89217, 89228, 89243, 89261, 89285, 89304, 89324, 89345, 89361, 89378, 89398, 89422, 89452, 89485, 89514, 89543, 89562, 89585, 89600, 89624, 89652, 89686, 89723, 89756, 89789, 89812, 89839, 89858, 89883, 89906, 89937, 89959, 89980, 89999, 90026, 90044, 90059, 90078, 90100, 90128, 90151, 90175, 90200, 90220, 90241, 90259, 90281, 90306, 90337, 90363, 90390, 90418, 90441, 90465, 90478, 90491, 90498, 90503, 90514, 90530, 90540, 90555, 90561, 90566, 90570, 90575, 90581, 90591, 90596, 90603, 90618, 90623, 90627, 90632, 90637, 90643, 90650, 90659, 90675, 90686, 90695, 90709, 90723, 90731, 90743, 90751, 90759, 90768, 90776, 90785, 90800, 90810, 90821, 90833, 90841, 90847, 90865, 90880, 90888, 90897, 90911, 90921, 90931, 90942, 90953, 90964, 90975, 90983, 90989, 90997, 91006, 91016, 91024, 91038, 91055, 91064, 91076, 91084, 91091, 91103, 91116, 91126, 91141, 91150, 91162, 91173, 91188, 91200, 91215, 91224, 91234, 91249, 91260, 91266, 91274, 91287, 91296, 91310, 91316, 91323, 91331, 91344, 91353, 91362, 91373, 91384, 91396, 91408, 91428, 91445, 91463, 91488, 91508, 91532, 91552, 91563, 91574, 91579, 91593, 91603, 91612, 91622, 91631, 91643, 91649, 91656, 91661, 91666, 91674, 91677, 91687, 91698, 91713, 91721, 91742, 91766, 91786, 91806, 91816, 91824, 91838, 91849, 91860, 91866, 91877, 91889, 91904, 91923, 91948, 91976, 92000, 92024, 92038, 92056, 92066, 92082, 92096, 92118, 92131, 92143, 92155, 92164, 92172, 92182, 92200, 92212, 92221, 92224, 92232, 92239, 92246, 92264, 92281, 92298, 92307, 92315, 92323, 92332, 92336, 92351, 92365, 92379, 92391, 92401, 92414, 92426, 92440, 92452, 92462, 92476, 92488, 92502, 92514, 92525, 92541, 92555, 92569, 92579, 92589, 92602, 92613, 92626, 92641, 92654, 92665, 92680, 92693, 92708, 92721, 92733, 92750, 92765, 92780, 92791, 92795, 92803, 92809, 92828, 92841, 92848, 92856, 92875, 92896, 92914, 92923, 92934, 92942, 92951, 92956, 92962, 92981, 92993, 93004, 93017, 93028, 93038, 93049, 93067, 93084, 93096, 93108, 93112, 93117, 93125, 93134, 93141, 93151, 93169, 93186, 93204, 93221, 93239, 93261, 93270, 93280, 93288, 93301, 93320, 93340, 93359, 93379, 93403, 93415, 93429, 93438, 93449, 93463, 93475, 93488, 93503, 93517, 93530, 93544, 93554, 93562, 93571, 93584, 93589, 93603, 93618, 93629, 93635, 93646, 93656, 93659, 93665, 93682, 93696, 93709, 93724, 93741, 93755, 93775, 93782, 93798, 93810, 93814, 93819, 93826, 93836, 93853, 93865, 93879, 93895, 93910, 93923, 93930, 93938, 93950, 93963, 93983, 93998, 94015, 94034, 94052, 94068, 94081, 94101, 94116, 94133, 94152, 94170, 94186, 94196, 94203, 94211, 94225, 94243, 94252, 94269, 94281, 94300, 94314, 94330, 94348, 94365, 94380, 94390, 94410, 94427, 94447, 94468, 94484, 94506, 94521, 94529, 94542, 94554, 94576, 94594, 94613, 94635, 94653, 94672, 94696, 94713, 94724, 94742, 94758, 94777, 94795, 94811, 94832, 94846, 94866, 94882, 94900, 94914, 94931, 94946, 94958, 94976, 94994, 95008, 95026, 95037, 95051, 95063, 95074, 95089, 95107, 95131, 95157, 95183, 95204, 95216, 95230, 95244, 95261, 95278, 95292, 95312, 95325, 95345, 95363, 95374, 95390, 95407, 95422, 95439, 95451, 95469, 95489, 95507, 95524, 95541, 95561, 95573, 95581, 95591, 95602, 95611, 95628, 95640, 95650, 95655, 95661, 95667, 95672, 95679, 95690, 95697, 95705, 95719, 95732, 95745, 95760, 95787, 95802, 95816, 95840, 95863, 95877, 95889, 95900, 95918, 95935, 95958, 95976, 95995, 96011, 96033, 96056, 96076, 96100, 96120, 96140, 96161, 96177, 96190, 96204, 96225, 96247, 96261, 96277, 96294, 96316, 96335, 96357, 96386, 96418, 96444, 96475, 96500, 96531, 96561, 96588, 96618, 96638, 96655, 96675, 96702, 96732, 96756, 96785, 96808, 96837, 96865, 96890, 96918, 96928, 96935, 96943, 96956, 96964, 96973, 96987, 97006, 97030, 97053, 97061, 97070, 97078, 97091, 97101, 97116, 97132, 97147, 97160, 97171, 97182, 97197, 97215, 97228, 97243, 97257, 97270, 97279, 97296, 97302, 97309, 97322, 97336, 97362, 97385, 97407, 97418, 97440, 97457, 97475, 97490, 97509, 97529, 97544, 97557, 97569, 97585, 97596, 97608, 97618, 97637, 97657, 97674, 97697, 97721, 97742, 97767, 97788, 97795, 97803, 97812, 97819, 97827, 97836, 97850, 97865, 97883, 97896, 97908, 97926, 97945, 97961, 97983, 98006, 98026, 98050, 98070, 98079, 98089, 98094, 98106, 98116, 98127, 98152, 98172, 98191, 98207, 98222, 98251, 98275, 98298, 98318, 98329, 98347, 98359, 98372, 98386, 98401, 98417, 98429, 98442, 98456, 98466, 98482, 98492, 98501, 98511, 98524, 98537, 98551, 98561, 98570, 98583, 98598, 98610, 98620, 98631, 98643, 98657, 98669, 98688, 98706, 98727, 98751, 98774, 98796, 98808, 98818, 98834, 98847, 98863, 98868, 98874, 98886, 98899, 98924, 98946, 98967, 98977, 98993, 99008, 99029, 99045, 99062, 99076, 99094, 99112, 99131, 99145, 99157, 99163, 99174, 99190, 99211, 99231, 99236, 99253, 99262, 99269, 99274, 99285, 99288, 99306, 99326, 99346, 99362, 99373, 99385, 99399, 99422, 99443, 99476, 99490, 99504, 99522, 99534, 99557, 99576, 99590, 99602, 99614, 99624, 99634, 99644, 99658, 99676, 99688, 99694, 99700, 99706, 99712, 99718, 99724, 99730, 99736, 99742, 99748, 99754, 99760, 99766, 99772, 99778],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[40, 429, 1490, 1493, 1550, 2530, 2946, 3395, 3396, 3666, 3673, 3684, 3692, 3694, 3757]), Anchor::All(&[Anchor::Lits(&[3835, 4163, 4320, 4401, 4458, 4462, 4464, 4467, 4469, 4471, 4511, 4519, 4523, 4543, 4559, 4603, 4607, 4615, 4619, 4639, 4655, 4832, 4834, 4875, 5058, 5061, 5065, 5068, 5290, 5458, 5480, 5495, 5517, 5547, 5549, 5564, 5645, 5697, 5780, 5784, 5787, 5789, 5822, 5824, 5826, 5984, 6003, 6264, 6310, 6346, 6454, 6458, 6459, 6461, 6463, 6465, 6533, 6771, 6773, 6793, 6847]), Anchor::Lits(&[4230, 4276, 4302, 4438, 4440, 4904, 4908, 4916, 4918, 5170, 5299, 5956, 5959, 6119, 6186, 6206, 6516, 6799])]), Anchor::All(&[Anchor::Lits(&[3835, 4163, 4320, 4401, 4458, 4462, 4464, 4467, 4469, 4471, 4511, 4519, 4523, 4543, 4559, 4603, 4607, 4615, 4619, 4639, 4655, 4832, 4834, 4875, 5058, 5061, 5065, 5068, 5290, 5458, 5480, 5495, 5517, 5547, 5549, 5564, 5645, 5697, 5780, 5784, 5787, 5789, 5822, 5824, 5826, 5984, 6003, 6264, 6310, 6346, 6454, 6458, 6459, 6461, 6463, 6465, 6533, 6771, 6773, 6793, 6847]), Anchor::Lits(&[4230, 4276, 4305, 4325, 4385, 4438, 4443, 4738, 4908, 4916, 4920, 5121, 5159, 5173, 5352, 5753, 5956, 5959, 6100, 6190, 6206, 6445, 6516, 6552, 6584, 6711, 6799])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[479, 594, 694, 707, 714, 846, 847, 849, 1329, 1440, 1620, 1629, 1713, 1909, 1914, 2012, 2044, 2045, 2046, 2272, 2324, 2445, 2474, 2482, 2492, 2676, 2677, 2688, 2756, 3075, 3077, 3082, 3121, 3123, 3658, 3664, 3666, 3669, 3680, 3682, 3692, 3757, 4231, 4277, 4439, 4441, 4444, 4905, 4909, 4917, 4919, 4921, 5171, 5174, 5957, 5960, 5964, 6191, 6207, 6517, 6518, 6800]), Anchor::All(&[Anchor::Lits(&[4230, 4276, 4438, 4440, 4904, 4908, 4916, 4918, 5170, 5956, 5959, 6190, 6206, 6516, 6799]), Anchor::Lits(&[3921, 3983, 4729, 7312])]), Anchor::All(&[Anchor::Lits(&[3835, 4163, 4320, 4401, 4458, 4462, 4464, 4467, 4469, 4471, 4511, 4519, 4523, 4543, 4559, 4603, 4607, 4615, 4619, 4639, 4655, 4832, 4834, 4875, 5058, 5061, 5065, 5068, 5290, 5458, 5480, 5495, 5517, 5547, 5549, 5564, 5645, 5697, 5780, 5784, 5787, 5789, 5822, 5824, 5826, 5984, 6003, 6264, 6310, 6346, 6454, 6458, 6459, 6461, 6463, 6465, 6533, 6771, 6773, 6793, 6847]), Anchor::Lits(&[4228, 4440, 4906, 4918, 5170, 5298, 5959, 6118, 6186, 6205, 6211])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[706, 1591, 1592, 1593, 1746, 1747, 1757, 1758, 1913, 2444, 2446, 2528, 2685, 2738, 2739, 2740, 3697, 3701, 3704, 3706, 3708, 3711, 3717, 3722, 3726, 3739, 3749]), Anchor::All(&[Anchor::Lits(&[4230, 4443, 5356, 5753]), Anchor::Lits(&[3696])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[3838, 4125, 4682, 5106, 5115, 5279, 5932, 5944, 6357, 6873, 6875, 7175, 7235, 7236, 7239, 7245, 7295, 7296, 7311, 7384]), Anchor::Lits(&[3921, 3988, 4739, 6995, 7017])])),
            (4, "override-the-above", Anchor::Lits(&[41, 430, 2480, 2491])),
            (5, "override-bare-instructions", Anchor::Lits(&[493, 884, 1473, 1676, 2116, 2143, 2353, 2389, 3019, 3021])),
            (6, "override-previous-loosely", Anchor::Lits(&[5061, 6134])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[3836, 3837, 3931, 4164, 4321, 4402, 4459, 4463, 4465, 4468, 4470, 4472, 4520, 4524, 4544, 4604, 4616, 4620, 4640, 4833, 4835, 4876, 5059, 5062, 5066, 5069, 5459, 5481, 5496, 5518, 5548, 5550, 5565, 5646, 5679, 5716, 5781, 5785, 5788, 5790, 5823, 5825, 5827, 5985, 6004, 6265, 6311, 6347, 6455, 6460, 6462, 6464, 6466, 6772, 6774, 6794, 6848]), Anchor::All(&[Anchor::Lits(&[3835, 4163, 4320, 4401, 4458, 4462, 4464, 4467, 4469, 4471, 4511, 4519, 4523, 4543, 4559, 4603, 4607, 4615, 4619, 4639, 4655, 4832, 4834, 4875, 5058, 5061, 5065, 5068, 5290, 5458, 5480, 5495, 5517, 5547, 5549, 5564, 5645, 5697, 5780, 5784, 5787, 5789, 5822, 5824, 5826, 5984, 6003, 6264, 6310, 6346, 6454, 6458, 6459, 6461, 6463, 6465, 6533, 6771, 6773, 6793, 6847]), Anchor::Lits(&[610, 651, 718, 737, 854, 1557, 1668, 1718, 2016, 2232, 2317, 2418, 2515, 3118])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[240, 454, 455, 457, 459, 704, 705, 729, 734, 1471, 1472, 1571, 1573, 1856, 1857, 1904, 1915, 2487, 2488, 2682, 2689, 2785, 2788, 3031, 3032, 3114, 3313])),
            (9, "override-everything-then-order", Anchor::Lits(&[884, 1473, 1676, 2116, 2143, 2797])),
            (10, "hijack-the-content", Anchor::Lits(&[4467, 4832, 5061, 6346])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[4231, 4277, 4303, 4439, 4441, 4444, 4905, 4909, 4917, 4919, 4921, 5171, 5174, 5300, 5957, 5960, 5964, 6120, 6187, 6191, 6207, 6517, 6518, 6800]), Anchor::Any(&[Anchor::Lits(&[4032, 4033, 4496, 4533, 4574, 4575, 4576, 4577, 4580, 4629, 5191, 5192, 5544, 5545, 5546, 5551, 5552]), Anchor::All(&[Anchor::Lits(&[29, 30, 72, 537, 538, 815, 829, 871, 1299, 1320, 1381, 1418, 1419, 1565, 1677, 1779, 1801, 1875, 1900, 2167, 2170, 2198, 2202, 2204, 2205, 2207, 2226, 2237, 2241, 2313, 2335, 2345, 2597, 2638, 2644, 2667, 2669, 2701, 2710, 3039, 3045, 3058, 3462, 3573, 3583, 3645]), Anchor::Lits(&[4030, 4893, 4927, 4932, 4937, 5186, 5372, 6314, 6321, 6994, 7046])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[416, 536, 539, 1603, 1609, 1780, 1781, 2339, 2340, 2353, 2355, 2357, 2358, 2643, 2645, 3044, 3046, 3094, 3096, 3354, 3355, 3571]), Anchor::Lits(&[4228, 4313, 4440, 4916, 5170, 5347, 5359, 5752, 5881, 5888, 5959, 6190])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[3656, 3662, 3667, 3670, 3691, 3756]), Anchor::All(&[Anchor::Lits(&[38, 39, 70, 71, 668, 669, 1461, 1463, 1636, 1638, 1922, 1923, 2227, 2228, 2670, 2671, 3011, 3012]), Anchor::Lits(&[4230, 4276, 4302, 4367, 4421, 4438, 4440, 4904, 4908, 4916, 4918, 5170, 5299, 5328, 5745, 5793, 5956, 5959, 6119, 6186, 6206, 6516, 6798, 6799])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1367, 1368, 1369, 1370, 1844, 1845, 1846, 1847, 2275, 2276, 2277, 2278, 2949, 2950, 2951, 2952, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3846, 3867, 3873, 3874, 3973, 3974, 3975, 3976, 3977, 3978, 3979, 4127, 4128, 4131, 4132, 4133, 4236, 4237, 4238, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4262, 4265, 4268, 4271, 4273, 4293, 4294, 4296, 4298, 4316, 4317, 4318, 4343, 4344, 4345, 4346, 4396, 4397, 4398, 4399, 4423, 4424, 4425, 4427, 4428, 4429, 4430, 4683, 4684, 4685, 4686, 4687, 4688, 4689, 4744, 4745, 4746, 4747, 4748, 4749, 4793, 4794, 4795, 4797, 4798, 4799, 4800, 4802, 4804, 4805, 4806, 4853, 4855, 4949, 4950, 4951, 4952, 4953, 4954, 4955, 5116, 5244, 5247, 5248, 5250, 5251, 5252, 5308, 5309, 5310, 5311, 5649, 5650, 5651, 5652, 5654, 5655, 5656, 5657, 5658, 5659, 5660, 5661, 5662, 5663, 5665, 5668, 5671, 5674, 5676, 5724, 5725, 5726, 5727, 5728, 5729, 5760, 5761, 5762, 5763, 5764, 5765, 5766, 5913, 5914, 5915, 5925, 5926, 5927, 5928, 5929, 5930, 5931, 5937, 5938, 5939, 5940, 5941, 5942, 5943, 6049, 6050, 6052, 6054, 6110, 6111, 6112, 6358, 6414, 6415, 6416, 6417, 6418, 6419, 6514, 6515, 6516, 6519, 6520, 6521, 6522, 6528, 6529, 6530, 6531, 6535, 6536, 6537, 6538, 6809, 6810, 6813, 6819, 7279, 7299])),
            (15, "permission-to-ignore", Anchor::Lits(&[4150, 4163, 4210, 4452, 4467, 4726, 4832, 5061, 5784, 6346, 6979])),
            (16, "deceive-the-user", Anchor::Lits(&[4163, 4467, 4495, 4527, 4528, 4534, 4541, 4549, 4555, 4579, 4623, 4624, 4630, 4637, 4645, 4651, 4832, 4957, 4959, 4961, 4965, 5061, 5465, 5483, 5484, 5489, 5498, 5506, 5513, 5784, 7098])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[3919, 3922, 4010, 4011, 4012, 4017, 4019, 4020, 4021, 4022, 4086, 4088, 4089, 4090, 4148, 4186, 4203, 4209, 4230, 4276, 4283, 4286, 4287, 4291, 4302, 4338, 4340, 4438, 4440, 4709, 4724, 4730, 4786, 4902, 4904, 4906, 4915, 4916, 4918, 4988, 4995, 5152, 5153, 5154, 5155, 5157, 5158, 5170, 5299, 5303, 5363, 5367, 5881, 5888, 5933, 5956, 5959, 5965, 6025, 6039, 6047, 6119, 6138, 6139, 6190, 6205, 6208, 6241, 6242, 6243, 6277, 6282, 6283, 6284, 6285, 6286, 6288, 6516, 6662, 6799, 6820, 7325]), Anchor::Lits(&[317, 405, 443, 2242, 2263, 2264, 2266, 3283])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[3577, 3582, 4142, 4218, 4219, 4846, 4847, 4851, 6526]), Anchor::All(&[Anchor::Lits(&[4230, 4276, 4313, 4438, 4440, 4904, 4908, 4916, 4918, 5033, 5170, 5345, 5346, 5849, 5956, 5959, 6119, 6190, 6206, 6516, 6799]), Anchor::Lits(&[4220, 4222, 4404, 4658, 4710, 4711, 4801, 5791, 5977, 6071, 6075, 6077, 6102, 6107, 6143, 6847, 7050, 7051])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[85, 86, 87, 88, 2251, 2252, 2265, 2273, 3269, 3270, 3282, 3301, 3575, 3576, 3579, 3581])),
            (20, "override-what-makers-said", Anchor::Lits(&[6590, 6656, 6657, 6669, 6675, 6676, 6680, 6687, 6688, 6694, 7314, 7327, 7329, 7335, 7341, 7343, 7346, 7353, 7354, 7359])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[855, 857, 1751, 2062, 2066, 2319, 2448, 2743]), Anchor::All(&[Anchor::Lits(&[7175, 7238, 7263, 7294, 7296, 7365, 7383]), Anchor::Lits(&[4275, 4772, 4842, 4923, 5233, 5295, 5782, 6036, 6081, 6105, 6142, 6853])]), Anchor::All(&[Anchor::Lits(&[4866, 4867, 4880, 4881, 5242, 5243, 5357, 5358, 5978, 5979, 6031, 6032, 6153, 6154]), Anchor::Lits(&[7312])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[265, 273, 274, 286, 287, 288, 297, 298, 300, 301, 303, 304, 311, 316, 3667, 3672, 3689, 3691, 3756])),
            (23, "nothing-is-real", Anchor::Lits(&[221, 696, 2154, 2194, 2211, 2212, 2213, 2214, 2742])),
            (24, "declined-now-allowed", Anchor::Lits(&[4106, 4144, 4341, 4342, 4393, 4411, 4456, 4828, 4829, 5958, 6048, 6065, 6116, 7166, 7167])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[707, 1586, 1594, 1749, 1909, 1914, 2089, 2445, 2447, 2688, 2741, 3656, 3667, 3668, 3672, 3675, 3676, 3677, 3691, 3751, 3756, 4064, 6703]), Anchor::All(&[Anchor::Lits(&[707, 1594, 1749, 2445, 2447, 2688, 2741, 3083]), Anchor::Lits(&[7312])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[46, 666, 792, 1572, 1976, 2444, 2446, 2499, 2753, 2811])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[345, 346, 347, 348, 484, 485, 677, 719, 738, 856, 1502, 1503, 1505, 1509, 1510, 1511, 1521, 1550, 1744, 1938, 2004, 2513, 2514, 2515, 2871, 2984, 3122, 3312, 3666, 3671, 3684, 3688, 3689, 3690, 3755, 3988, 4295, 4297, 4739, 4805, 5310, 5662, 6051, 6053, 6104, 6106, 6532, 6541, 6812, 6817, 6883, 6886, 6892, 6894, 6895, 6897, 6898, 6913, 6914, 6915, 6918, 7017, 7338, 7339, 7360]), Anchor::All(&[Anchor::Lits(&[485, 673, 706, 856, 1585, 1590, 1593, 1748, 2317, 2444, 2446, 2514, 2515, 2687, 2740, 2875, 3334]), Anchor::Lits(&[6596, 6628, 6655, 6672, 6882])]), Anchor::All(&[Anchor::Lits(&[485, 706, 856, 1590, 1593, 1748, 2317, 2514, 2515, 2740]), Anchor::Lits(&[4421, 4947, 6441, 6443, 6512])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[41, 71, 241, 420, 669, 673, 706, 736, 856, 1278, 1463, 1481, 1590, 1593, 1637, 1639, 1748, 1826, 1913, 2228, 2444, 2671, 2687, 2740, 2875, 3196, 3206, 3249, 4009, 4064, 4065, 4066, 4067, 4908, 5194, 5744, 5776, 5783, 6076, 6206, 6209, 6494, 6542, 6821]), Anchor::All(&[Anchor::Lits(&[461, 476, 676, 1549, 1937, 2304, 2747, 2870, 2983, 3047, 3048, 3635]), Anchor::Lits(&[3655])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[4279, 4280, 4303, 4314, 4439, 4444, 4796, 4909, 4921, 5133, 5134, 5143, 5172, 5174, 5850, 5882, 5909, 5957, 5960, 5964, 6120, 6191, 6313, 6517, 6518, 6800]), Anchor::Lits(&[3696])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[4280, 4439, 4444, 4921, 5174, 5348, 5353, 5909, 5960, 5964, 6191, 6313, 6585]), Anchor::Lits(&[3894, 4278, 4422, 4948, 5132, 5183, 5354, 5741, 5759, 5905, 5946, 6030, 6268, 6442, 6513, 6838, 6978])])),
            (31, "what-others-told-you", Anchor::Lits(&[41, 320, 321, 322, 323, 420, 1518, 1519, 1520, 1521, 1545, 1546, 1547, 1548, 1741, 1742, 1743, 1744, 2497, 2510, 2511, 2512, 2513, 2545, 2546, 2547, 2548, 2761, 2762, 2763, 2764, 2831, 2832, 2833, 2834, 3101, 3102, 3103, 3104, 3110, 3111, 3112, 3113, 3309, 3310, 3311, 3312, 3639, 3640, 3641, 3642, 3646, 3647, 3648, 3649])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[259, 852, 951, 1597, 1611, 3482, 3488, 5114, 5161, 6996, 6998, 7000, 7009, 7015, 7018])),
            (33, "reveal-given-instructions", Anchor::Lits(&[40, 103, 344, 419, 1277, 1470, 1697, 1778, 2496, 3300, 3489, 3580, 3656, 3667, 3672, 3691, 3756, 4134, 4854, 4895, 5114, 5161, 5680, 6589, 7199, 7233, 7240, 7250, 7261, 7278, 7281, 7297, 7300, 7379, 7385])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[40, 343, 344, 422, 423, 424, 428, 429, 1499, 1507, 1698, 2478, 2498, 2946, 3674, 3684, 3692, 3758]), Anchor::All(&[Anchor::Lits(&[718, 737, 1715, 1718, 1748, 2477, 2515, 3118, 3633]), Anchor::Lits(&[41, 1278, 1457, 1616, 1711, 2323, 2479, 2489, 2495])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[433, 434, 435, 2982, 2986, 2987])),
            (36, "reveal-context-contents", Anchor::Lits(&[2238, 2240, 4307, 4312, 4313, 4335, 5173, 5908, 5959, 6516, 6587, 7163, 7164])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[7313, 7326, 7330, 7332, 7333, 7334, 7337, 7340, 7342, 7344, 7345, 7348, 7350, 7351, 7352, 7361, 7363])),
            (38, "complete-the-leak", Anchor::Lits(&[5006, 5008, 5009, 5011, 5012, 5014, 5015, 5016, 5018, 5019, 5022, 5023, 5024, 5025, 5026, 5027, 5028, 5029, 5030, 5031, 5373, 5374, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382, 5383, 5384, 5385, 5386, 5387, 5388, 5389, 5390, 5391, 5392, 5393, 5394, 5395, 5396, 5397, 5398, 5399, 5400, 5401, 5402, 5403, 5404, 5405, 5406, 5407, 5408, 5410, 5411, 5412, 5413, 5414, 5415, 5416, 5417, 5418, 5419, 5420, 5421, 5422, 5423, 5424, 5425, 5426, 5427, 5428, 5429, 5430, 5431, 5432, 5433, 5434, 5435, 5436, 5437, 5438, 5439, 5440, 5441, 5442, 5443, 5444, 5445, 6677, 6678, 6684, 6685, 6686, 6689, 6690, 6691, 6692, 7177, 7178, 7181, 7182, 7185, 7187, 7355, 7356, 7357, 7358])),
            (39, "what-you-must-not-say", Anchor::Lits(&[4076, 4830, 5168, 5510, 5633, 5634, 5635, 5636, 5955, 5958, 6117, 6790, 6797])),
            (40, "reveal-initialization", Anchor::Lits(&[5124, 5125, 5126, 5127, 5128, 5129, 5130, 5131, 5135, 5136, 5137, 5138, 5139, 5140, 5141, 5142, 5144, 5145, 5146, 5147, 5148, 5149, 5150, 5151])),
            (41, "forged-own-instructions", Anchor::Lits(&[3698, 3700, 3702, 3705, 3709, 3714, 3715, 3719, 3721, 3723, 3725, 3730, 3731, 3733, 3736, 3740, 3741, 3744, 3750])),
            (42, "follow-what-it-says", Anchor::Lits(&[187, 188, 189, 190, 191, 193, 194, 290, 291, 292, 293, 294, 295, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3492, 3493, 3494, 3495, 3496, 3497, 3500, 3501, 3502, 3503, 3504, 3505])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4434, 4570, 6591, 6623, 6671, 6714, 6749, 6758, 6768, 7202, 7204, 7207, 7234, 7237, 7243, 7248, 7291, 7297, 7315, 7320, 7336]), Anchor::All(&[Anchor::Lits(&[671, 685, 718, 776, 1310, 1748, 1862, 1983, 1988, 2508, 2515, 2748, 2839, 2841, 2873, 2875, 3314, 3444]), Anchor::Lits(&[6882])]), Anchor::All(&[Anchor::Lits(&[375, 675, 684, 1943, 2746, 3426]), Anchor::Lits(&[4035, 7174, 7262, 7364])])]), Anchor::Lits(&[672, 674, 686, 693, 719, 777, 1311, 1317, 1749, 1863, 1984, 1989, 2509, 2516, 2749, 2840, 2842, 2874, 2876, 3315, 3316, 3445, 4036, 4037, 4038, 4039, 4040, 4041, 6592, 6593, 6594, 6595, 6624, 6625, 6626, 6627, 6715, 6716, 6717, 6718, 6719, 6720, 6721, 6722, 6750, 6751, 6752, 6753, 6754, 6755, 6756, 6757, 6759, 6760, 6761, 6762, 6763, 6764, 6765, 6766, 7180, 7183, 7184, 7190, 7200, 7203, 7205, 7208, 7235, 7238, 7244, 7249, 7266, 7267, 7268, 7270, 7275, 7277, 7292, 7293, 7298, 7316, 7317, 7318, 7319, 7321, 7322, 7323, 7324, 7368, 7369, 7370, 7374, 7380, 7382])])),
            (44, "developer-message-requested", Anchor::Lits(&[41, 420, 848, 1497, 1630, 1714, 1749, 2835, 3078, 3083, 3660, 3661, 3667, 3685, 3687, 3693, 6667, 6683, 6997, 6999, 7001, 7002, 7003, 7004, 7005, 7006, 7007, 7010, 7011, 7012, 7013, 7014, 7016, 7331, 7349])),
            (45, "agents-environment-requested", Anchor::Lits(&[6597, 6598, 6599, 6600, 6601, 6602, 6603, 6604, 6605, 6606, 6607, 6608, 6609, 6610, 6611, 6612, 6613, 6614, 6615, 6616, 6617, 6618, 6619, 6620, 6621, 6622, 6629, 6630, 6631, 6632, 6633, 6634, 6635, 6636, 6637, 6638, 6639, 6640, 6641, 6642, 6643, 6644, 6645, 6646, 6647, 6648, 6649, 6650, 6651, 6652, 6653, 6654, 6723, 6724, 6725, 6726, 6727, 6728, 6729, 6730, 6731, 6732, 6733, 6734, 6735, 6736, 6737, 6738, 6739, 6740, 6741, 6742, 6743, 6744, 6745, 6746, 6747, 6748, 6884, 6885, 6887, 6888, 6889, 6890, 6891, 6893, 6896, 6899, 6900, 6901, 6902, 6903, 6904, 6905, 6906, 6907, 6908, 6909, 6910, 6911, 6912, 6916, 6917, 6919])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[361, 380, 445, 477, 638, 665, 678, 730, 735, 772, 800, 840, 1331, 1497, 1508, 1522, 1962, 1963, 1965, 1966, 1967, 2222, 2223, 2224, 2233, 2234, 2316, 2362, 2364, 2504, 2513, 2602, 2665, 2872, 3073, 3074, 3076, 3077, 3082, 3084, 3117, 3333, 3643, 3650, 3703, 3712, 3713, 3718, 3732, 3735, 4075, 4442, 5007, 5010, 5013, 5072, 5073, 5074, 5175, 5350, 5638, 5755, 5777, 5783, 5786, 6494, 6539, 6542, 6767, 6876, 7162, 7173, 7206, 7254, 7255, 7256, 7257, 7258, 7259, 7260, 7280, 7282, 7310, 7313, 7328, 7338, 7339, 7347, 7348, 7360, 7362]), Anchor::All(&[Anchor::Lits(&[4444, 5174, 5754, 5957]), Anchor::Lits(&[7312])]), Anchor::All(&[Anchor::Lits(&[256, 1809]), Anchor::Lits(&[7312])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1372, 1869, 1870, 2437, 2438, 2651, 2673, 2745, 3484, 3485, 3657, 3679, 3681])),
            (54, "authority-override", Anchor::Lits(&[47, 2019, 2021, 2029, 2352])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[61, 462, 1295, 1301, 1306, 1716, 2429, 2549, 2985, 3064, 3065]), Anchor::All(&[Anchor::Lits(&[7175, 7239, 7247, 7263, 7301, 7365]), Anchor::Lits(&[2017])])])),
            (58, "address-the-model", Anchor::Lits(&[185, 186, 1710, 2367, 2506, 2588, 2818, 3040, 3041, 5055, 5343, 5344, 5349, 5351, 5637, 5639, 5640, 5641, 5971, 5972, 6067, 6068, 6984, 6985])),
            (59, "unrestricted-mode", Anchor::Lits(&[2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2354, 3944, 3964, 4192, 4377, 4426, 4431, 4675, 4742, 4843, 4883, 4925, 5204, 5218, 5223, 5238, 5302, 5540, 5541, 5543, 5594, 5695, 5746, 6033, 6428, 6480, 6832, 6833, 6835, 6844, 6850, 6854, 6862, 6868])),
            (60, "dan-persona", Anchor::Lits(&[3864, 3865, 3866, 3868, 3869, 3870, 3871, 3872, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3916, 3917, 3918, 4078, 4079, 4080, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4145, 4146, 4147, 4195, 4196, 4197, 4376, 4378, 4379, 4380, 4381, 4493, 5360, 5361, 5362, 5851, 5852, 5853, 5871, 5872, 5873, 5874, 5875, 5876, 5877, 5878, 5916, 5917, 5918, 5919, 5920, 5921, 5922, 5923, 6156, 6157, 6158, 6159, 6160, 6161, 6162, 6163, 6166, 6167, 6168, 6169, 6170, 6171, 6172, 6173, 6974, 6975, 6976, 7176, 7179, 7186, 7191, 7192, 7193, 7194, 7195, 7196, 7197, 7198, 7201, 7264, 7265, 7269, 7271, 7272, 7273, 7274, 7276, 7283, 7284, 7285, 7286, 7287, 7288, 7289, 7290, 7302, 7303, 7304, 7305, 7306, 7307, 7308, 7309, 7366, 7367, 7371, 7375, 7376, 7377, 7378, 7381])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[203, 518, 965, 2127, 3538, 3943, 4337, 4375, 4432, 4740, 4923, 4930, 5080, 5213, 5233, 5275, 5295, 5301, 5329, 5457, 5539, 5542, 5593, 5595, 6034, 6150, 6188, 6189, 6828, 6831, 6834, 6836, 6837, 6842, 6843, 6849, 6857, 6859, 6860, 6872, 7079, 7080, 7091, 7092, 7093, 7094, 7095, 7096, 7097, 7101, 7102, 7103, 7104, 7105, 7107, 7108, 7110, 7120, 7122, 7125, 7129, 7144, 7145]), Anchor::All(&[Anchor::Lits(&[483, 503, 886, 1087, 1088, 1178, 1179, 1601, 1678, 1808, 1816, 2104, 2128]), Anchor::Lits(&[6588, 7030, 7037])])]), Anchor::Lits(&[56, 58, 201, 414, 417, 432, 440, 441, 609, 649, 720, 1292, 1293, 1685, 2303, 2433, 2434, 2435, 2436, 2505, 2595, 2650, 2672, 2675, 2705, 2724, 2725, 2908, 2909, 2955, 2969, 2976, 3098, 3338, 3360, 3656, 3683, 3751])])),
            (62, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[45, 160, 192, 202, 203, 204, 205, 492, 728, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1482, 1483, 2096, 2106, 2127, 2134, 2229, 2230, 2231, 2405, 2467, 2503, 2712, 2966, 3578, 3584, 6471]), Anchor::All(&[Anchor::Lits(&[483, 503, 886, 1077, 1087, 1088, 1091, 1168, 1178, 1179, 1182, 1474, 1601, 1678, 1807, 1808, 1815, 1816, 2104, 2105, 2112, 2128]), Anchor::Lits(&[3119, 3525, 3532])]), Anchor::All(&[Anchor::Lits(&[161, 1361, 1831, 3378, 3382, 3391]), Anchor::Lits(&[105, 325, 463, 608, 612, 2031, 2418, 3072, 3454])])])),
            (63, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[900, 2165, 2225, 3754, 4701, 4702, 6002, 6333, 6334, 6457]), Anchor::All(&[Anchor::Lits(&[516, 1873, 2073, 2151]), Anchor::Lits(&[3822, 3824, 3828, 3830, 3945, 3946, 3956, 3957, 3970])])])),
            (64, "no-restrictions", Anchor::Lits(&[4149, 4187, 4292, 4303, 4310, 4725, 4787, 4905, 4909, 4921, 5300, 5304, 5364, 5365, 5368, 5882, 5934, 5957, 6114, 6115, 6120, 6191, 6207, 6221, 6233])),
            (65, "rules-do-not-apply", Anchor::Lits(&[238, 239, 1378, 1465, 1466, 1467, 1468, 1469, 1470, 1980, 2267, 2268, 2269, 2270, 2271, 2272, 2346, 2347, 2348, 2349, 2350, 2351, 3289, 3290, 3296, 3297, 3298, 3300])),
            (66, "no-rules-apply", Anchor::Lits(&[5620, 6674, 6699, 6700, 6701, 6702, 6704, 6705, 6708, 6709])),
            (67, "freed-from-limits", Anchor::Lits(&[481, 482, 489, 1326, 1327, 1374, 1482, 1484, 1897, 2166, 2168, 2169, 2206, 2208, 2209, 2633, 3377, 3379, 3380, 3394])),
            (68, "respond-without-limits", Anchor::Lits(&[803, 804, 805, 806, 807, 808, 821, 822, 823, 824, 825, 826, 2605, 2606, 2607, 2608, 2609, 2610, 2624, 2625, 2626, 2627, 2628, 2629, 2779, 2780, 2781, 2782, 2783, 2784, 3942, 4839, 5068, 5533, 5537, 5538, 5555, 5556, 5591, 5592, 5596, 6055, 7078, 7090, 7098])),
            (69, "pre-safety-self", Anchor::Lits(&[2239, 4126])),
            (70, "stay-in-character", Anchor::Lits(&[904, 905, 926, 1205, 1206, 1227, 1855, 2090, 2091, 2114, 2634, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999, 3000, 3001, 3002, 3003, 3004])),
            (71, "jailbreak-template", Anchor::Lits(&[601, 2153, 2157, 2160, 2162, 2164, 2192, 2193, 2515, 2594, 3207, 3250, 4043, 4044, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4052, 4053, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 5082, 5083, 5084, 5085, 5086, 5087, 5088, 5090, 5091, 5092, 5093, 5094, 5095, 5096, 5097, 5098, 5099, 5100, 5101, 5102, 5103, 5107, 5108, 5109, 5110, 5111, 5112, 5113, 5366, 6970, 7052, 7053, 7054, 7055, 7056, 7057, 7058, 7062, 7063, 7064, 7065, 7066, 7067, 7068, 7069, 7070, 7071, 7072, 7073, 7074, 7075, 7083, 7084, 7085, 7086, 7087, 7088, 7089])),
            (72, "jailbreak", Anchor::Lits(&[4299, 4300, 4864, 4865, 5017, 5020, 5021, 5199, 5200, 5201, 5202, 5203, 5204, 5205, 5206, 5207, 5208, 5209, 5210, 5211, 5212, 5214, 5215, 5216, 5217, 5218, 5219, 5220, 5221, 5222, 5223, 5224, 5225, 5226, 5227, 5228, 5229, 5230, 5232, 5234, 5235, 5236, 5237, 5238, 5239, 5240, 5642, 5643, 5936, 6258, 6990, 6991, 7188, 7189, 7241, 7242, 7372, 7373, 7386, 7387])),
            (73, "evil-twin", Anchor::Lits(&[3699, 3707, 3710, 3714, 3716, 3720, 3724, 3733, 3736, 3738, 3742, 3743, 3745, 3746, 3747])),
            (74, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[57, 296, 315, 336, 1683, 1894, 2483, 3050]), Anchor::Lits(&[255, 260, 851, 853, 901, 1074, 1165, 1202, 1806, 1814, 2088, 2165, 3481, 3483, 3487, 3490])])),
            (75, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[797, 801, 828, 1878, 2372, 2765]), Anchor::Lits(&[157, 1271, 1338, 3408, 3533, 3637])])),
            (76, "simulated-privileged-shell", Anchor::Lits(&[3899, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 4858, 4859, 4860, 4861, 4862, 4863, 4882, 4884, 4885, 4886, 4887, 4888, 6174, 6175, 6176, 6177, 6178, 6179, 6479, 6481, 6482, 6483, 6484, 6485, 6495, 6496, 6497, 6498, 6499, 6500, 6861, 6863, 6864, 6865, 6866, 6867])),
            (77, "self-escalation", Anchor::Lits(&[858, 1830, 3145, 3149, 3727, 3728, 3729, 3752])),
            (78, "blind-execution", Anchor::Lits(&[220, 1356, 3499])),
            (79, "forbidden-becomes-required", Anchor::Lits(&[136, 137, 138, 141, 222, 223, 224, 225, 1357, 1358, 1359, 1360, 2312, 3507, 3508, 3509, 3510])),
            (80, "opposite-of-your-rules", Anchor::Lits(&[3663, 3665, 3678, 3686, 3695, 5747])),
            (81, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[697, 1319, 1665, 1683, 1688, 1689, 1690, 2425, 2483, 2778, 3050]), Anchor::Any(&[Anchor::Lits(&[203, 518, 965, 2127, 3538, 3943, 4337, 4375, 4432, 4740, 4923, 4930, 5080, 5213, 5233, 5275, 5295, 5301, 5329, 5457, 5539, 5542, 5593, 5595, 6034, 6150, 6188, 6189, 6828, 6831, 6834, 6836, 6837, 6842, 6843, 6849, 6857, 6859, 6860, 6872, 7079, 7080, 7091, 7092, 7093, 7094, 7095, 7096, 7097, 7101, 7102, 7103, 7104, 7105, 7107, 7108, 7110, 7120, 7122, 7125, 7129, 7144, 7145]), Anchor::All(&[Anchor::Lits(&[483, 503, 886, 1087, 1088, 1178, 1179, 1601, 1678, 1808, 1816, 2104, 2128]), Anchor::Lits(&[6588, 7030, 7037])])]), Anchor::Lits(&[92, 101, 106, 115, 326, 335, 464, 475, 613, 614, 751, 1926, 1935, 2032, 2041, 3368, 3455])])),
            (82, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4153, 4155, 4156, 4715, 4764, 6447, 6448]), Anchor::All(&[Anchor::Lits(&[5277, 5278]), Anchor::Lits(&[775, 790, 1861, 2374, 2799, 3304])]), Anchor::All(&[Anchor::Lits(&[4677, 4678]), Anchor::Lits(&[4368, 5264, 5802, 6267, 6787])])]), Anchor::Lits(&[3863, 3885, 3972, 4110, 4114, 4129, 4130, 4133, 4194, 4227, 4315, 4699, 4700, 5081, 5743, 5867, 5868, 5869, 5870, 5951, 6035, 6080, 6109, 6113, 6133, 6155, 6165, 6331, 6332, 6423, 6430, 6436, 6545, 6803, 6824, 7175, 7263, 7365]), Anchor::Lits(&[3120, 3526, 3533])]), Anchor::All(&[Anchor::Lits(&[4083, 4140, 4141, 4349, 4372, 4461, 4741, 4838, 4924, 4926, 5162, 5330, 6151, 6204, 6259, 6424, 6710]), Anchor::Any(&[Anchor::Lits(&[3857, 3860, 3941, 3991, 4154, 4366, 4368, 4403, 4419, 4452, 4657, 4676, 4764, 4769, 4922, 5276, 5756, 5794, 5802, 5862, 5947, 6267, 6290, 6411, 6425, 6446, 6787, 6822, 7049]), Anchor::All(&[Anchor::Lits(&[4899]), Anchor::Lits(&[53, 123, 2322, 2363, 2817, 3068])]), Anchor::All(&[Anchor::Lits(&[4334, 4679, 4693, 4770, 4837, 5277, 5893, 6303, 6802, 6852, 6878]), Anchor::Lits(&[3272, 3273, 3274, 3276, 3277, 3278, 3279, 3280, 3281, 3284, 3291, 3294, 3299])])]), Anchor::Lits(&[3863, 3885, 4110, 4114, 5866, 5879, 6331, 7175, 7365])])])),
            (83, "third-party-permission", Anchor::All(&[Anchor::Lits(&[493, 623, 810, 862, 1254, 1330, 1371, 1377, 1383, 1576, 1676, 2353, 2637, 2744, 2912, 3062, 3357, 3361, 3387, 3572]), Anchor::Lits(&[145, 250, 319, 381, 382, 631, 818, 1380, 1517, 1549, 1577, 1725, 1740, 2079, 2245, 2315, 2318, 2411, 2666, 2760, 2787, 2904, 3308, 3476])])),
            (84, "privileged-identity", Anchor::Lits(&[154, 250, 381, 382, 631, 1281, 1294, 1577, 3388, 3530, 3656, 3683, 3751])),
            (85, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[3585, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 4091, 4092, 4093, 4094, 4113, 4191, 4204, 4205, 4206, 4208, 4910, 4911, 4912, 4914, 5054, 5078, 5335, 5337, 5338, 5339, 5843, 5844, 5845, 5846, 5883, 5884, 5885, 5887, 6019, 6020, 6021, 6022, 6122, 6123, 6124, 6126, 6210, 6216, 6218, 6234, 6276, 6279, 6281, 6289, 6493, 6502, 6663, 6664, 6665, 6666, 7039, 7040, 7041, 7042, 7043, 7044, 7045]), Anchor::All(&[Anchor::Lits(&[3913, 5181, 6164, 6185, 6586]), Anchor::Lits(&[49, 53, 156, 233, 750, 771, 775, 811, 812, 813, 814, 863, 864, 865, 866, 867, 868, 869, 870, 1255, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1269, 1287, 1376, 1383, 1479, 1576, 1881, 2322, 2363, 2374, 2426, 2460, 2501, 2799, 2817, 2822, 2947, 2958, 3304, 3337, 3356, 3387, 3398])]), Anchor::All(&[Anchor::Lits(&[740, 1267, 1376, 1382, 1880, 3005, 3013, 3386]), Anchor::Lits(&[62, 1362, 2481, 2592, 3007, 3634])])])),
            (86, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[63, 1464, 1527, 2593, 3915, 4171, 4172, 4573, 4933, 4934, 4935, 4936, 5063, 5064, 5077, 5502, 5912, 6501, 7047]), Anchor::All(&[Anchor::Lits(&[502, 885, 1675, 2152, 2155, 2157, 2161, 2162, 2163, 2164, 2188, 2189, 2190, 2192, 2193, 2195, 2196, 2197, 2940, 5233, 6828, 6834, 6843, 6860]), Anchor::Lits(&[261])])])),
            (87, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[3063, 3095, 3364, 3915, 4081, 5005, 5077, 5089, 5467, 5502, 5504, 5912, 6501, 7008]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3063, 3095, 3364]), Anchor::All(&[Anchor::Lits(&[244, 245, 478, 706, 1328, 1436, 1585, 1908, 1913, 2360, 2444, 2446, 2687, 2740, 2752]), Anchor::Lits(&[4839, 5535, 7098, 7392])])]), Anchor::Lits(&[3862, 3971, 6079, 6108, 6422, 6544, 7169])]), Anchor::All(&[Anchor::Lits(&[244, 478, 706, 712, 1328, 1439, 1585, 1908, 1913, 2444, 2446, 2687, 2740, 2752]), Anchor::Lits(&[4839, 5535, 7100, 7392])])])),
            (88, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[243, 246, 479, 618, 680, 681, 1437, 1440, 1586, 1903, 1909, 1914, 2361, 2584, 2677, 2686, 2688, 2741]), Anchor::Lits(&[56, 414, 2432, 3656, 3659, 3683, 3751])])),
            (89, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1379, 2072, 2074, 2144, 2147, 2148, 2158, 2159, 2199, 2200]), Anchor::All(&[Anchor::Lits(&[1280, 1441, 1444, 1446, 1579, 1910, 1912, 2613, 2616, 2619, 2620, 2621, 2678, 2679, 2681, 2685, 2692]), Anchor::Lits(&[5683, 6244, 6296, 6304, 6335])])])),
            (90, "persona-whose-words-run", Anchor::Lits(&[3923, 3924, 3925, 3926, 3927, 3928, 3929, 3930, 3988, 4680, 4731, 4732, 4733, 4734, 4736, 4739, 7017])),
            (91, "disable-safety", Anchor::Lits(&[2771, 3836, 3922, 3931, 3985, 4010, 4011, 4012, 4017, 4018, 4019, 4020, 4021, 4022, 4086, 4088, 4089, 4090, 4151, 4152, 4164, 4166, 4186, 4203, 4209, 4211, 4212, 4283, 4285, 4286, 4287, 4306, 4308, 4309, 4311, 4338, 4340, 4389, 4390, 4400, 4453, 4455, 4468, 4470, 4709, 4714, 4716, 4719, 4720, 4721, 4722, 4723, 4724, 4727, 4728, 4730, 4737, 4788, 4833, 4835, 4841, 4870, 4871, 4872, 4902, 4904, 4906, 4915, 4988, 4995, 5062, 5069, 5152, 5153, 5154, 5155, 5156, 5157, 5158, 5231, 5297, 5363, 5367, 5462, 5463, 5679, 5785, 5788, 5962, 6025, 6039, 6047, 6121, 6138, 6139, 6205, 6211, 6212, 6213, 6214, 6215, 6219, 6220, 6222, 6223, 6224, 6225, 6226, 6227, 6228, 6229, 6230, 6231, 6232, 6241, 6242, 6243, 6277, 6278, 6282, 6283, 6284, 6285, 6286, 6287, 6288, 6322, 6323, 6478, 6507, 6509, 6510, 6546, 6662, 6695, 6820, 6826, 6827, 6839, 7165, 7325])),
            (92, "safety-declared-off", Anchor::Lits(&[3919, 3922, 4010, 4011, 4012, 4017, 4018, 4019, 4020, 4021, 4022, 4086, 4088, 4089, 4090, 4186, 4203, 4209, 4283, 4285, 4286, 4287, 4306, 4308, 4309, 4311, 4338, 4340, 4709, 4719, 4720, 4721, 4722, 4723, 4724, 4730, 4788, 4902, 4904, 4906, 4915, 4988, 4995, 5152, 5153, 5154, 5155, 5156, 5157, 5158, 5363, 5367, 5962, 6025, 6039, 6047, 6121, 6138, 6139, 6205, 6211, 6212, 6213, 6214, 6215, 6219, 6220, 6222, 6223, 6224, 6225, 6226, 6227, 6228, 6229, 6230, 6231, 6232, 6241, 6242, 6243, 6277, 6278, 6282, 6283, 6284, 6285, 6286, 6287, 6288, 6662, 6820, 7325])),
            (93, "skip-approval", Anchor::Lits(&[242, 679, 695, 2403, 2709, 2900, 2905, 3584, 4015, 4497, 4581, 5466, 5558, 6001, 6456, 7109, 7209, 7211, 7221, 7223])),
            (94, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[4392, 4394, 4395, 4412, 6869]), Anchor::All(&[Anchor::Lits(&[3875, 3876, 3877, 3878, 3879, 3880, 3881, 3882, 3883, 3884, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4239, 4261, 4263, 4264, 4266, 4267, 4269, 4270, 4272, 4274, 4560, 4561, 4562, 4563, 4564, 4565, 4566, 4567, 4568, 4569, 4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4803, 4807, 4808, 4809, 4810, 4811, 4812, 4813, 4814, 4815, 5653, 5664, 5666, 5667, 5669, 5670, 5672, 5673, 5675, 5677, 5831, 5832, 5833, 5834, 5835, 5836, 5837, 5838, 5839, 5840, 6193, 6194, 6195, 6196, 6197, 6198, 6199, 6200, 6201, 6202]), Anchor::Lits(&[4392, 4394, 4395, 4412, 6135, 6180, 6181, 6804, 6846, 6869])])])),
            (95, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[3275, 3288, 3292, 3293, 4445, 6468, 7114, 7116, 7117, 7121, 7124, 7127, 7141, 7142, 7146, 7147, 7149, 7150, 7154, 7155, 7156, 7157, 7158, 7159]), Anchor::All(&[Anchor::Lits(&[616, 617, 624, 753, 1436, 1456, 1516, 1580, 2531, 2728, 2752, 2773, 2810]), Anchor::Lits(&[4097, 4494, 4578, 5464, 6346, 6453])])])),
            (96, "do-not-screen-input", Anchor::Lits(&[907, 908, 909, 913, 920, 936, 939, 940, 941, 942, 943, 944, 949, 950, 1208, 1209, 1210, 1214, 1221, 1238, 1241, 1242, 1243, 1244, 1245, 1246, 1251, 1252, 2093, 2094, 2095, 2098, 2107, 2126, 2130, 2131, 2132, 2133, 2135, 2136, 2141, 2142, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2915, 2916, 2917, 2918, 2919, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2931, 2932, 3015, 3016, 3017, 3018, 3020, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3586, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3597, 3598, 3599])),
            (97, "allowlist-this-prompt", Anchor::Lits(&[2061, 2063, 2064, 2065, 2068, 2069, 2070, 2071, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3212, 3213, 3218, 3233, 3236, 3241, 3242, 3248, 3933, 3936, 4761, 7035, 7036])),
            (100, "unset-read-only", Anchor::Lits(&[1264, 1314, 2584, 2591, 2683, 2685, 2753, 2772, 2811])),
            (101, "stop-logging", Anchor::Lits(&[360, 1841, 1944, 2599, 2777, 3320, 3644])),
            (102, "self-approval", Anchor::Lits(&[4025, 6553, 6554, 6555, 6556, 6557, 6558, 6559, 6560, 6561, 6562, 6563, 6564, 6565, 6566, 6567, 6568, 6569, 6570, 6571, 6572, 6573, 6574, 6575, 6576, 6577, 6578, 6579, 6580, 6581, 6582])),
            (103, "execute-everything", Anchor::Lits(&[124, 125, 126, 130, 133, 135, 139, 220, 1334, 1335, 1336, 1340, 1343, 1345, 1352, 1356])),
            (104, "protection-mode-claim", Anchor::Lits(&[73, 142, 357, 497, 872, 1265, 1882, 1941, 2042, 2187, 2236, 2243, 2371, 2373, 2408, 2653, 3358, 3392])),
            (105, "approve-tool-calls", Anchor::Lits(&[248])),
            (107, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[144, 147, 148, 149, 150, 153, 243, 458, 491, 618, 625, 672, 674, 827, 1315, 1581, 1641, 1642, 1914, 2018, 2404, 2406, 2445, 2447, 2585, 2688, 2741, 2874, 3352, 3529]), Anchor::Lits(&[1829, 3146, 3169, 3191, 3211, 3243, 3696])])),
            (108, "tamper-with-named-controls", Anchor::Lits(&[3932, 3934, 3935, 4014, 4020, 4338, 4709, 4901, 4972, 4973, 4974, 4975, 4976, 4977, 5153, 5907, 5961, 5963, 6024, 6275, 6280, 6791, 6820])),
            (109, "authority-waives-controls", Anchor::Lits(&[1756, 2165, 4095, 4221, 4289, 4336, 4708, 4760, 5530, 5597, 5847, 5906, 5910, 6240, 6325, 6326, 6328, 6540, 6981])),
            (110, "vendor-orders-an-action", Anchor::Lits(&[1489, 1491, 1492, 1495, 1496, 1498, 1500, 1501, 1504, 1506, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228])),
            (111, "run-data-as-code", Anchor::Lits(&[456, 1363, 1827, 1828, 1925, 3151, 3152, 3181, 3182, 3187, 3188, 3189, 3190, 3197, 3198, 3450, 3506, 3895, 4819, 4821, 6000, 6271, 6330, 7029])),
            (112, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2718, 2719, 2720, 2721, 2722, 2723]), Anchor::Lits(&[406, 626, 752, 755, 2945, 2957])])),
            (113, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[449, 519, 520, 521, 523, 524, 526, 532, 533, 540, 541, 542, 546, 547, 553, 561, 562, 565, 566, 567, 571, 572, 578, 586, 587, 906, 912, 914, 918, 921, 929, 945, 946, 1078, 1081, 1082, 1086, 1090, 1098, 1107, 1108, 1169, 1172, 1173, 1177, 1181, 1189, 1198, 1199, 1207, 1213, 1215, 1219, 1222, 1231, 1247, 1248, 2092, 2097, 2099, 2103, 2108, 2119, 2137, 2138, 3542, 3545, 3546, 3550, 3552, 3558, 3567, 3568, 3604, 3607, 3608, 3612, 3614, 3620, 3629, 3630, 4026, 4135, 4498, 4522, 4531, 4582, 4618, 4627, 4931, 5468, 5479, 5487, 5559, 5566, 5612, 6182, 6354, 6355, 6356, 6359, 6360, 6361, 6362, 6363, 6364, 6365, 6373, 6374, 6375, 6376, 6377, 6378, 6386, 6387, 6388, 6389, 6390, 6391, 6392, 6393, 6398, 6399, 6400, 6401, 6402, 6403, 6404, 6405, 6406, 6407, 6408, 6409, 7098]), Anchor::All(&[Anchor::Lits(&[4958, 4960, 4962, 4963, 4964]), Anchor::Lits(&[1488])]), Anchor::All(&[Anchor::Lits(&[119, 164, 242, 2709, 2900]), Anchor::Lits(&[6353])])])),
            (114, "evade-the-checks", Anchor::Lits(&[358, 407, 519, 520, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 540, 541, 545, 546, 547, 552, 553, 554, 557, 558, 559, 560, 561, 562, 564, 565, 566, 570, 571, 572, 577, 578, 579, 582, 583, 584, 585, 586, 587, 589, 906, 912, 917, 918, 921, 927, 929, 930, 933, 934, 935, 937, 945, 946, 948, 1078, 1081, 1085, 1086, 1090, 1096, 1098, 1099, 1102, 1103, 1104, 1105, 1107, 1108, 1110, 1169, 1172, 1176, 1177, 1181, 1187, 1189, 1190, 1193, 1194, 1195, 1196, 1198, 1199, 1201, 1207, 1213, 1218, 1219, 1222, 1228, 1231, 1232, 1235, 1236, 1237, 1239, 1247, 1248, 1250, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1942, 2092, 2097, 2102, 2103, 2108, 2115, 2119, 2120, 2123, 2124, 2125, 2129, 2137, 2138, 2140, 2598, 3318, 3319, 3542, 3545, 3549, 3550, 3552, 3557, 3558, 3559, 3562, 3563, 3564, 3565, 3567, 3568, 3570, 3604, 3607, 3611, 3612, 3614, 3619, 3620, 3621, 3624, 3625, 3626, 3627, 3629, 3630, 3632, 5198, 5553, 6701, 6706, 6707, 6708, 6992, 7098, 7246])),
            (115, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[796, 871, 928, 1230, 1900, 2076, 2172, 2191, 2630, 2638, 2710, 3058, 3063, 3364, 3473, 3584, 4016, 4023, 4207, 4284, 4288, 4324, 4466, 4743, 4762, 4840, 4913, 4928, 5305, 5886, 6125, 6192, 6811, 6814, 6815, 6816, 6818, 6982]), Anchor::All(&[Anchor::Lits(&[493, 504, 623, 862, 873, 1373, 1375, 1530, 1536, 1899, 1901, 2353, 2356, 2357, 2359, 2637, 2641, 2912, 2933, 3057, 3059, 3361, 3365, 3472, 3474]), Anchor::Lits(&[242, 615, 679, 728, 1580, 1902, 2444, 2446, 2583, 2685, 2709, 2737, 2751])]), Anchor::All(&[Anchor::Lits(&[1718, 1745, 2004, 2515, 2656]), Anchor::Lits(&[6808])])])),
            (116, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1617, 1618, 1619, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1631, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 3255, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3321, 3322, 3323, 3324, 3325, 3326, 3327, 3328, 3329, 3330, 3331, 3332, 3339, 3340, 3341, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3764, 3765, 3766, 3767, 3768, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3984, 3989, 3990, 4290, 4681, 4735, 4817, 4818, 4820, 4822, 4823, 4824, 4825, 4826, 4827, 4850, 4891, 5104, 5105, 5461, 5717, 5770, 5986, 6101, 6792, 6796, 7027, 7076])),
            (117, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[151, 159, 355, 383, 385, 1582, 1584, 2461, 2464, 2476, 2485, 2522, 2523, 2754, 2755, 3418, 4008, 4282, 5841, 6136, 6325]), Anchor::All(&[Anchor::Lits(&[2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869]), Anchor::Lits(&[4214, 4786, 4901, 4971, 6219, 6820])])])),
            (118, "agent-grants-itself-power", Anchor::Lits(&[2077, 2639, 3147, 3150, 3726, 3734, 3737, 3748, 3753, 6366, 6367, 6368, 6369, 6370, 6371, 6372, 6379, 6380, 6381, 6382, 6383, 6384, 6385])),
            (119, "remove-the-guard-hook", Anchor::Any(&[Anchor::Lits(&[4013, 4087, 4339, 4903, 4907, 5842, 5890, 5907, 5924, 6217, 6280]), Anchor::All(&[Anchor::Lits(&[243, 354, 754, 1581, 1583, 2404, 2447, 2475, 2484, 2753, 2811]), Anchor::Lits(&[1640, 2798])])])),
            (120, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[48, 50, 117, 353, 1332, 1945, 1946, 2043, 2555, 2812]), Anchor::Lits(&[629, 862, 1868, 2388, 2540, 2886, 3014, 3057, 3062, 3361, 3393, 3572])])),
            (121, "policy-does-not-cover-me", Anchor::Lits(&[902, 903, 910, 911, 919, 938, 1075, 1076, 1079, 1080, 1089, 1106, 1166, 1167, 1170, 1171, 1180, 1197, 1203, 1204, 1211, 1212, 1220, 1240, 1364, 3540, 3541, 3543, 3544, 3551, 3566, 3602, 3603, 3605, 3606, 3613, 3628])),
            (124, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3857, 3860, 3941, 3991, 4366, 4368, 4405, 4406, 4407, 4408, 4452, 4660, 4663, 4664, 4665, 4666, 4667, 4670, 4671, 4672, 4764, 5756, 5794, 5802, 5862, 5947, 6267, 6290, 6411, 6425, 6787, 6822]), Anchor::All(&[Anchor::Lits(&[4899]), Anchor::Lits(&[53, 123, 2322, 2363, 2817, 3068])]), Anchor::All(&[Anchor::Lits(&[4334, 4679, 4693, 4770, 4837, 5277, 5893, 6303, 6802, 6852, 6878]), Anchor::Lits(&[3272, 3273, 3274, 3276, 3277, 3278, 3279, 3280, 3281, 3284, 3291, 3294, 3299])])]), Anchor::Lits(&[3958, 3959, 3960, 3961, 3962, 3963, 3971, 3980, 3981, 4031, 4215, 4216, 4217, 4766, 4767, 4768, 4791, 4792, 5190, 5312, 5313, 5314, 5731, 5742, 5795, 5796, 5797, 5952, 5953, 5954, 6023, 6027, 6029, 6137, 6140, 6141, 6292, 6293, 6487, 6488, 6489, 6490, 6491, 6492, 6804, 6805, 6806]), Anchor::Lits(&[74, 310, 420, 1669, 2274, 3513, 3519, 3527])])),
            (125, "tool-call-tampering", Anchor::Lits(&[75, 80, 81, 82, 83, 212, 213, 214, 215, 216, 226, 227, 228, 229, 230, 421, 425, 426, 427, 431, 1272, 1273, 1274, 1275, 1276, 1347, 1348, 1349, 1350, 1351, 1463, 1513, 1670, 1671, 1672, 1673, 1674, 2145, 3038, 3514, 3515, 3516, 3517, 3518, 3520, 3521, 3522, 3523, 3524])),
            (126, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[449, 2056, 2210, 2559, 3937, 3938, 3939, 3965, 3966, 3967, 4158, 4159, 4160, 4347, 4348, 4460, 4948, 4989, 4990, 4991, 4992, 4993, 4994, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5004, 5184, 5185, 5245, 5246, 5249, 5256, 5257, 5258, 5259, 5260, 5261, 5262, 5263, 5282, 5283, 5284, 5285, 5286, 5287, 5288, 6000, 6085, 6086, 6087, 6088, 6089, 6090, 6091, 6092, 6093, 6094, 6095, 6096, 6097, 6098, 6099, 6268, 6271, 6329, 6330, 6449, 6450, 6696, 6697, 6698, 6829, 6840, 6855, 6935, 6936, 6938, 6939, 6940, 6941, 6942, 6943, 6944, 6945, 6946, 6947, 6948, 6949, 6950, 6952, 6953, 6954, 6955, 6956, 6957, 6958, 6959, 6960, 6961, 6962, 6963, 6964, 6965, 6966, 7098]), Anchor::All(&[Anchor::Lits(&[3968, 4494, 4578, 5324, 5464, 5557, 7098, 7251, 7252]), Anchor::Lits(&[3898, 3986, 3987, 4987, 5745, 5793, 5830, 5848, 6084, 6931]), Anchor::Lits(&[116, 118, 473, 878, 879, 1704, 1709, 1891, 1895, 1992, 1999, 2218, 2219, 2652, 2655, 2706, 2707, 2778, 2786, 2890, 2893, 3109, 3115, 3478, 3479])])])),
            (127, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 166, 168, 170, 172, 175, 177, 179, 181, 183, 3125, 3127, 3130, 3133, 3135, 3137, 3139, 3141, 3143, 3170, 3172, 3174, 3176, 3179, 3183, 3185, 3192, 3194, 3214, 3216, 3229, 3231, 3234, 3237, 3239, 3244, 3246]), Anchor::Lits(&[262, 275, 312, 313, 314, 1687, 1691, 1692, 1693, 1696, 1720, 1721, 1722, 1723, 1724, 1767, 1768, 1775, 1776, 1777, 2279, 2280, 2281, 2282, 2283, 3268, 3271, 3286, 3287, 3295])]), Anchor::All(&[Anchor::Lits(&[5075, 5079, 5307, 5865, 6920]), Anchor::Lits(&[195, 710, 1462, 2439, 3574]), Anchor::Lits(&[4369, 4382, 4695, 5772, 5807, 6037, 6127, 6129, 6183, 6272, 6426, 6524, 6788])])]), Anchor::Lits(&[776, 783, 790, 1288, 1289, 1680, 1684, 1864, 1916, 2378, 2426, 2428, 2600, 2695, 2696, 2735, 2766, 2806, 2845, 2959, 3148, 3178, 3306, 3403]), Anchor::Lits(&[15, 17, 19, 21, 24, 26, 28, 32, 34, 167, 169, 171, 173, 176, 178, 180, 182, 184, 3126, 3128, 3131, 3134, 3136, 3138, 3140, 3142, 3144, 3171, 3173, 3175, 3177, 3180, 3184, 3186, 3193, 3195, 3215, 3217, 3230, 3232, 3235, 3238, 3240, 3245, 3247, 4370, 4383, 4696, 5773, 5808, 6038, 6128, 6130, 6184, 6273, 6427, 6525, 6789])])),
            (131, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[252, 253, 254, 257, 258, 535, 1604, 1610, 1812, 1813, 2058, 2077, 2080, 2877, 2887, 3537]), Anchor::Any(&[Anchor::Lits(&[3857, 3860, 3941, 3991, 4366, 4368, 4405, 4406, 4407, 4408, 4452, 4660, 4663, 4664, 4665, 4666, 4667, 4670, 4671, 4672, 4764, 5756, 5794, 5802, 5862, 5947, 6267, 6290, 6411, 6425, 6787, 6822]), Anchor::All(&[Anchor::Lits(&[4899]), Anchor::Lits(&[53, 123, 2322, 2363, 2817, 3068])]), Anchor::All(&[Anchor::Lits(&[4334, 4679, 4693, 4770, 4837, 5277, 5893, 6303, 6802, 6852, 6878]), Anchor::Lits(&[3272, 3273, 3274, 3276, 3277, 3278, 3279, 3280, 3281, 3284, 3291, 3294, 3299])])])])),
            (132, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3940, 4986, 5076, 5333, 6795]), Anchor::All(&[Anchor::Lits(&[4107, 4108, 4139, 4347, 4704, 4946, 4948, 5184, 5370, 6180, 6181, 6268, 6451, 6776, 7034, 7393]), Anchor::Lits(&[4084, 4143, 4199, 4232, 4473, 4690, 4775, 4816, 5075, 5306, 5307, 5334, 5798, 5828, 6274, 6421, 6470, 6527, 6584])])]), Anchor::Lits(&[155, 411, 412, 453, 756, 1297, 1615, 1616, 1647, 1681, 1782, 1968, 2047, 2726, 2727, 2800, 3006, 3254, 3331, 3528, 3763])])),
            (133, "hijack-the-task", Anchor::Lits(&[5163, 6017])),
            (135, "instruction-field", Anchor::Lits(&[93, 94, 95, 96, 97, 98, 99, 100, 107, 108, 109, 110, 111, 112, 113, 114, 327, 328, 329, 330, 331, 332, 333, 334, 465, 466, 467, 468, 469, 470, 471, 472, 741, 742, 743, 744, 745, 746, 747, 748, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 3073, 3074, 3075, 3079, 3080, 3081, 3082, 3085])),
            (138, "conceal-from-the-people", Anchor::Lits(&[486, 487, 488, 513, 514, 515, 542, 547, 553, 555, 556, 561, 563, 567, 572, 578, 580, 581, 586, 588, 914, 921, 929, 931, 932, 945, 947, 1082, 1090, 1098, 1100, 1101, 1107, 1109, 1173, 1181, 1189, 1191, 1192, 1198, 1200, 1215, 1222, 1231, 1233, 1234, 1247, 1249, 1993, 1995, 1997, 2099, 2108, 2119, 2121, 2122, 2137, 2139, 2441, 2442, 2443, 3546, 3552, 3558, 3560, 3561, 3567, 3569, 3608, 3614, 3620, 3622, 3623, 3629, 3631, 4348, 4460, 4495, 4512, 4513, 4527, 4528, 4535, 4536, 4537, 4538, 4539, 4541, 4555, 4558, 4579, 4608, 4609, 4623, 4624, 4631, 4632, 4633, 4634, 4635, 4637, 4651, 4654, 5323, 5325, 5326, 5327, 5465, 5471, 5472, 5483, 5484, 5490, 5491, 5492, 5493, 5494, 5498, 5513, 5516, 6000, 6271, 6450, 7099, 7113, 7115, 7126, 7128, 7133, 7134, 7135, 7136, 7137, 7139, 7153, 7160])),
            (139, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[198, 891, 892, 895, 896, 897, 1644, 1645, 2156, 2300, 2533, 3035, 3375, 3578, 3636, 7098]), Anchor::All(&[Anchor::Lits(&[234, 687, 688, 689, 691, 777, 1865, 2375, 2379, 2502, 2800, 2807, 3305, 3307]), Anchor::Lits(&[602, 654, 660, 1538, 1817, 2384, 2470, 2534, 2538, 2589, 2631])])])),
            (143, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[60, 163, 590, 605, 644, 653, 654, 757, 882, 1458, 1459, 1616, 1712, 1992, 2554, 2560, 2652, 2805, 2907, 3009, 3531, 3763, 4516, 4526, 4530, 4532, 4546, 4550, 4612, 4622, 4626, 4628, 4642, 4646, 5475, 5482, 5486, 5488, 5501, 5507, 5557, 6320, 7098]), Anchor::All(&[Anchor::Lits(&[2333]), Anchor::Lits(&[5281])])])),
            (145, "assert-a-falsehood", Anchor::Lits(&[4418, 6769, 7019, 7021, 7031])),
            (146, "user-kept-out-of-the-loop", Anchor::Lits(&[127, 128, 131, 132, 134, 140, 207, 208, 209, 210, 211, 217, 236, 263, 264, 266, 267, 268, 269, 270, 271, 272, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 289, 299, 302, 305, 306, 307, 308, 309, 1298, 1337, 1339, 1341, 1342, 1344, 1353, 1532, 1533, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 2305, 2306, 2307, 2308, 2309, 2310, 2394, 2395, 2396, 2397, 2398, 2399, 2412, 2413, 2414, 2415, 2416, 2417, 2657, 2658, 2659, 2660, 2661, 2662, 2892, 3363, 3409, 3412, 3413, 3414, 3415, 3416, 3419, 3420, 3421, 3422, 3423, 3424, 5557])),
            (147, "kept-from-the-record", Anchor::Any(&[Anchor::Lits(&[5257, 5258, 5259, 5260, 5261, 5262, 5263, 5282, 5283, 5284, 5285, 5286, 5287, 5288, 5599, 5698, 5699, 5700, 5701, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 5709, 5710, 5711, 5712, 5713, 5714, 5715, 6394, 6395, 6396, 6397]), Anchor::All(&[Anchor::Lits(&[247, 415, 1455, 1612, 1872, 2215, 2900]), Anchor::Lits(&[1097, 1188, 1229, 1602, 2059, 2075, 2078, 2117, 2118, 2888, 2889, 3539, 3601])]), Anchor::All(&[Anchor::Lits(&[59, 517, 604, 652, 2553, 2989, 3008]), Anchor::Lits(&[4034, 4042, 4525, 4621, 7048, 7161])])])),
            (149, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5855, 5856, 5858, 5946]), Anchor::All(&[Anchor::Lits(&[4673, 4878, 4892, 4969, 4984, 5032, 5270, 5723, 5771, 5792, 5854, 5857, 5859, 5946, 5968, 5969, 7171]), Anchor::Lits(&[4103, 4104, 4332, 4333, 4410, 4676, 4765, 4769, 4836, 5276, 5321, 5355, 5371, 5892, 5980, 5983, 6078, 6257, 6302, 6315, 6319, 6469, 6511, 6801, 6851, 6877, 7168])])]), Anchor::Lits(&[408, 409, 739, 750, 817, 1268, 1287, 1377, 1383, 1479, 1881, 1961, 2015, 2052, 2419, 2421, 2422, 2460, 2500, 2542, 2544, 2647, 2776, 2822, 2824, 2879, 2885, 3034, 3067, 3337, 3387, 3398, 3638])])),
            (152, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[4326, 4327, 4328, 4329, 4330, 4331, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4938, 4939, 4940, 4941, 4942, 4943, 4978, 4979, 4980, 4981, 4982, 4983, 5814, 5815, 5816, 5817, 5818, 5819, 5988, 5989, 5990, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 5998, 5999, 6040, 6041, 6042, 6043, 6044, 6045, 6472, 6473, 6474, 6475, 6476, 6477, 6921, 6922, 6923, 6924, 6925, 6926, 6927, 6928, 6929, 6932, 6933, 6934]), Anchor::Lits(&[4170, 4774, 5318, 5863, 6082])])),
            (153, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[13, 165, 174, 199, 2067, 2953]), Anchor::All(&[Anchor::Lits(&[4333, 4765, 4769, 4836, 5276, 5355, 5864, 5892, 5980, 6078, 6302, 6315, 6319, 6469, 6511, 6801, 6877]), Anchor::Lits(&[6778, 6779, 6780, 6781, 6782, 6783, 7059, 7060, 7061, 7077, 7081, 7082]), Anchor::Lits(&[52, 66, 232, 490, 1286, 1300, 1512, 1516, 1643, 1699, 1874, 2321, 2839, 2910, 3116, 3402, 3486])])])),
            (154, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[3858, 3859, 3992, 3994, 4112, 4370, 5648, 5801, 5803, 5808, 5812, 5821, 5948, 5949, 6046, 6268, 6273, 6308]), Anchor::Lits(&[591, 883, 1268, 1279, 1287, 1544, 2337, 2383, 2460, 2493, 2586, 2704, 2706, 2822, 2879, 2890, 3109, 3372])])),
            (155, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4136, 4494, 4578, 5291, 5292, 5464, 5557, 5580, 7098]), Anchor::Lits(&[116, 118, 318, 324, 473, 474, 592, 593, 1529, 1535, 1704, 1709, 1796, 1797, 1891, 1947, 1948, 1994, 1996, 1998, 2000, 2001, 2002, 2218, 2219, 3109, 3115, 3470, 3471]), Anchor::Lits(&[3912, 4008, 4027, 4168, 4188, 4213, 4235, 4384, 4656, 4894, 5122, 5197, 5289, 5332, 5409, 5769, 5945, 6266, 6325, 6327, 6410, 6670])]), Anchor::All(&[Anchor::Lits(&[4097, 4098, 4163, 4165, 4571, 4572, 4879, 4890, 6346, 6348]), Anchor::Lits(&[4008, 4168, 4188, 4189, 4190, 6136, 6325, 6327, 6775])])]), Anchor::Lits(&[393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 448, 494, 495, 496, 498, 500, 501, 505, 506, 507, 508, 509, 510, 901, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 1202, 1551, 1552, 1553, 1554, 1555, 1556, 1558, 1559, 1560, 1561, 1562, 1563, 1892, 1893, 2088, 2172, 2191, 2913, 2914, 2920, 2921, 2929, 2930, 2934, 2935, 2936, 2937, 2938, 2939, 3584])])),
            (156, "send-to-a-raw-address", Anchor::Lits(&[692, 880, 892, 896, 898, 899, 2708, 2941, 2948, 3107, 3486, 4111, 4157, 4373, 4763, 5182, 5532, 5864, 5892, 5980, 6083, 6302, 6469, 6807, 6877, 6993])),
            (157, "send-outside-the-company", Anchor::Lits(&[1385, 1568, 3210, 5778, 5855, 5911, 5973])),
            (158, "disclose-secret-values", Anchor::Lits(&[630, 632, 713, 717, 809, 1312, 1316, 1701, 2430, 2431, 2494, 3381, 3389, 3390, 3441, 3442, 3995, 4193, 4198, 4200, 4201, 4224, 4435, 4436, 5293, 5294, 5647, 5800, 6269, 6270])),
            (159, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::Lits(&[53, 89, 129, 199, 363, 633, 708, 721, 782, 1384, 1475, 1485, 1686, 1764, 1765, 2322, 2341, 2344, 2363, 2368, 2490, 2507, 2587, 2668, 2817, 3049, 3068, 3208, 3209, 3417, 3447, 3897, 4351, 4352, 4353, 4354, 4360, 4364, 4407, 4659, 4660, 4661, 4662, 4664, 4666, 4668, 4669, 4771, 4831, 4873, 4874, 5123, 5630, 5791, 5976, 5982, 6026, 6103, 6131, 6149, 6486, 6822, 6930]), Anchor::All(&[Anchor::Lits(&[4162, 4403, 4420, 4451, 4454, 4657, 4761, 5296, 5319, 6066, 6070, 6073, 6506, 6508, 6534, 6825, 6830, 6870]), Anchor::Lits(&[12, 146, 356, 359, 376, 377, 667, 1798, 1799, 1884, 1975, 2013, 2055, 2084, 2085, 2086, 2376, 2377, 2733, 2734, 2843, 2844, 3371])]), Anchor::All(&[Anchor::Lits(&[4334, 4837, 5322, 5893, 5981, 6303, 6316, 6878]), Anchor::Lits(&[337, 338, 339, 340, 341, 342, 1769, 1770, 1771, 1772, 1773, 1774, 3274, 3277, 3278, 3279, 3284, 3285])]), Anchor::All(&[Anchor::Lits(&[233, 776, 1864, 2374, 3304]), Anchor::Lits(&[5810, 5893, 5975, 6303, 6316])]), Anchor::All(&[Anchor::Lits(&[4658]), Anchor::Lits(&[793, 795, 2793, 3089, 3477])]), Anchor::All(&[Anchor::Lits(&[4710, 5644, 5678, 7050]), Anchor::Lits(&[4382, 4388, 4966, 5317, 6037, 6183, 6262, 6524])]), Anchor::All(&[Anchor::Lits(&[4404, 4658, 5977, 6071, 6823, 7050]), Anchor::Lits(&[123, 1270, 1309, 1333, 3534])]), Anchor::All(&[Anchor::Lits(&[4162, 4403, 4420, 4451, 4454, 4657, 4761, 5296, 5319, 6066, 6070, 6073, 6506, 6508, 6534, 6825, 6830, 6870]), Anchor::Lits(&[12, 146, 356, 359, 376, 377, 667, 1798, 1799, 1884, 1975, 2013, 2055, 2084, 2085, 2086, 2376, 2377, 2733, 2734, 2843, 2844, 3371])]), Anchor::All(&[Anchor::Lits(&[4334, 4837, 5322, 5893, 5981, 6303, 6316, 6878]), Anchor::Lits(&[337, 338, 339, 340, 341, 342, 1769, 1770, 1771, 1772, 1773, 1774, 3274, 3277, 3278, 3279, 3284, 3285])]), Anchor::All(&[Anchor::Lits(&[233, 776, 1864, 2374, 3304]), Anchor::Lits(&[5810, 5893, 5975, 6303, 6316])]), Anchor::All(&[Anchor::Lits(&[4658]), Anchor::Lits(&[793, 795, 2793, 3089, 3477])]), Anchor::All(&[Anchor::Lits(&[4710, 5644, 5678, 7050]), Anchor::Lits(&[4382, 4388, 4966, 5317, 6037, 6183, 6262, 6524])]), Anchor::All(&[Anchor::Lits(&[4404, 4658, 5977, 6071, 6823, 7050]), Anchor::Lits(&[123, 1270, 1309, 1333, 3534])])])),
            (160, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[4497, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4512, 4513, 4514, 4518, 4545, 4551, 4552, 4556, 4557, 4581, 4583, 4584, 4585, 4586, 4587, 4588, 4589, 4590, 4591, 4592, 4593, 4594, 4595, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4608, 4609, 4610, 4614, 4641, 4647, 4648, 4652, 4653, 5466, 5471, 5472, 5473, 5477, 5500, 5508, 5509, 5514, 5515, 5536, 5558, 5560, 5561, 5562, 5563, 5567, 5568, 5569, 5570, 5571, 5579, 5581, 5582, 5583, 5584, 5585, 5586, 5587, 5588, 5589, 5590, 7098, 7211, 7212, 7213, 7214, 7215, 7216, 7217, 7218, 7219, 7220, 7223, 7224, 7225, 7226, 7227, 7228, 7229, 7230, 7231, 7232]), Anchor::All(&[Anchor::Lits(&[4008, 4202, 4281, 4282, 4674]), Anchor::Lits(&[4162, 6345])]), Anchor::All(&[Anchor::Lits(&[4008, 4202, 4281, 4282, 4674]), Anchor::Lits(&[4162, 6345])])])),
            (161, "history-wiped-after-the-act", Anchor::Lits(&[845, 4109, 4223, 4229, 4301, 4848, 4849, 4852, 4856, 4967, 4968, 5970, 5987, 6028, 6309, 6312, 6318, 6352, 6583, 6871, 7399])),
            (162, "report-an-outcome-regardless", Anchor::Lits(&[1802, 2171, 2612, 5034, 5040, 5041, 5042, 5043, 5049, 5050, 5051, 5052, 5053, 5056, 5187, 5188, 5189, 5193, 6986, 6987, 6988, 6989])),
            (163, "agent-permissions-opened", Anchor::Lits(&[143, 144, 150, 152, 153, 158, 249, 384, 499, 511, 787, 788, 2407, 3654])),
            (164, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[493, 504, 656, 657, 810, 862, 873, 1254, 1534, 2060, 2637, 2641, 2717, 2906, 2912, 2933, 3062, 3361, 3385]), Anchor::Lits(&[480, 636, 639, 789, 844, 1537, 1541, 1542, 2543, 2663, 2664, 2775, 2801, 2802, 2803, 2804, 2808, 2809, 2813, 2814, 2815, 2816, 3097, 3353])])),
            (165, "risky-action-on-a-later-trigger", Anchor::Lits(&[76, 77, 78, 79, 1346, 1494, 1564, 1803, 1804, 1805, 1810, 1811, 4077, 4126, 4868, 5034, 5035, 5036, 5037, 5038, 5039, 5044, 5045, 5046, 5047, 5048, 5049, 5050, 5051, 5052, 5053, 5271, 5272, 5273, 5274, 5531, 5721, 5722, 6673, 7020, 7022, 7023, 7024, 7025, 7026, 7028, 7032, 7033])),
            (170, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[89, 218, 633, 663, 721, 784, 1354, 1384, 1485, 1587, 2296, 2301, 2341, 2368, 2533, 2880, 2943, 3400, 3447]), Anchor::All(&[Anchor::Lits(&[602, 606, 610, 654, 660, 682, 880, 892, 1322, 1365, 1476, 1538, 1566, 1569, 1648, 1681, 1817, 1837, 1917, 1968, 1981, 2220, 2468, 2535, 2536, 2538, 2556, 2589, 2603, 2631, 2836, 2839, 2901, 2941, 2961, 2963, 2990, 3035, 3105, 3107, 3251, 3369, 3404, 3410, 3511, 3535]), Anchor::Lits(&[3896, 3996, 4082, 4233, 4333, 4474, 4657, 4676, 4697, 4703, 4836, 4956, 5117, 5160, 5280, 5315, 5347, 5809, 5811, 5864, 5892, 5935, 5974, 5980, 5983, 6074, 6257, 6302, 6315, 6317, 6351, 6444, 6452, 6467, 6770, 6877, 7168]), Anchor::Any(&[Anchor::Lits(&[3993, 4173, 4369, 4386, 4694, 4970, 5774, 5804, 5807, 5860, 6237, 6272, 6294, 6412, 6426]), Anchor::All(&[Anchor::Lits(&[3921, 4234, 4707, 4729, 4857, 6018, 6856, 6858, 7038]), Anchor::Lits(&[67, 647, 715, 780, 790, 1267, 1289, 1382, 1386, 1421, 1920, 2336, 2600, 2693, 2730, 3089])]), Anchor::All(&[Anchor::Lits(&[645, 780, 790, 842, 1267, 1382, 1386, 1421, 1702, 1920, 2600, 2696, 2735, 3089]), Anchor::Lits(&[4173, 4175, 4369, 4371, 4374, 4694, 4695, 4698, 4944, 4985, 5341, 5802, 5820, 5829, 5860, 5862, 6237, 6239, 6272, 6425, 6788, 6931])])])]), Anchor::All(&[Anchor::Lits(&[3823, 3825, 3826, 3827, 3829, 3831, 3832, 3833, 3834, 3947, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 4355, 4356, 4357, 4358, 4359, 4361, 4362, 4363, 4365, 4777, 4778, 4779, 4780, 4781, 4782, 4783, 4784, 4785, 5520, 5521, 5522, 5523, 5524, 5525, 5526, 5527, 5528, 5732, 5733, 5734, 5735, 5736, 5737, 5738, 5739, 5740, 5894, 5895, 5896, 5897, 5898, 5899, 5900, 5901, 5902, 6008, 6009, 6010, 6011, 6012, 6013, 6014, 6015, 6016, 6431, 6432, 6433, 6434, 6435, 6437, 6438, 6439, 6440, 6658, 6659, 6660, 6661, 6668, 6679, 6681, 6682, 6693]), Anchor::Lits(&[4350, 4776, 5731, 5893, 6007, 6429]), Anchor::Lits(&[350, 710, 1635, 1701, 1924, 3124, 3129, 3132, 3574])])]), Anchor::Lits(&[65, 237, 349, 659, 750, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 890, 1254, 1268, 1291, 1296, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1479, 1632, 1700, 1719, 1883, 1939, 2005, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2298, 2299, 2383, 2385, 2386, 2427, 2460, 2462, 2463, 2493, 2537, 2542, 2544, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 2642, 2776, 2822, 2823, 2879, 2882, 2944, 2967, 2968, 2970, 2971, 2972, 2973, 2974, 2975, 2977, 2978, 2979, 2980, 2981, 2988, 3010, 3033, 3253, 3398, 3399, 3638]), Anchor::Lits(&[68, 90, 91, 219, 603, 607, 611, 634, 635, 646, 648, 655, 658, 661, 662, 664, 683, 716, 722, 723, 781, 785, 791, 794, 843, 881, 893, 894, 1268, 1290, 1323, 1324, 1355, 1366, 1383, 1385, 1387, 1422, 1477, 1486, 1487, 1539, 1540, 1567, 1570, 1588, 1589, 1649, 1682, 1703, 1705, 1818, 1838, 1918, 1921, 1969, 1982, 2221, 2297, 2302, 2337, 2342, 2343, 2369, 2370, 2469, 2534, 2539, 2557, 2590, 2601, 2604, 2632, 2694, 2697, 2731, 2736, 2837, 2840, 2902, 2942, 2962, 2964, 2991, 3036, 3037, 3090, 3091, 3106, 3108, 3252, 3370, 3401, 3405, 3406, 3411, 3448, 3449, 3512, 3536, 3994, 4174, 4370, 4387, 5775, 5805, 5808, 5861, 6238, 6273, 6295, 6413, 6427])])),
            (171, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[231, 235, 386, 442, 446, 540, 543, 544, 548, 549, 550, 551, 553, 561, 562, 565, 568, 569, 573, 574, 575, 576, 578, 586, 587, 650, 906, 915, 916, 922, 923, 924, 925, 929, 945, 946, 1078, 1083, 1084, 1092, 1093, 1094, 1095, 1098, 1107, 1108, 1169, 1174, 1175, 1183, 1184, 1185, 1186, 1189, 1198, 1199, 1207, 1216, 1217, 1223, 1224, 1225, 1226, 1231, 1247, 1248, 1531, 1600, 1646, 1694, 1695, 1717, 1887, 1964, 2092, 2100, 2101, 2109, 2110, 2111, 2113, 2119, 2137, 2138, 2203, 2320, 2334, 2558, 2611, 2622, 2729, 2792, 2891, 2965, 3056, 3362, 3376, 3384, 3542, 3547, 3548, 3553, 3554, 3555, 3556, 3558, 3567, 3568, 3604, 3609, 3610, 3615, 3616, 3617, 3618, 3620, 3629, 3630, 4509, 4510, 4515, 4517, 4521, 4529, 4531, 4534, 4540, 4542, 4547, 4548, 4553, 4554, 4555, 4605, 4606, 4611, 4613, 4617, 4625, 4627, 4630, 4636, 4638, 4643, 4644, 4649, 4650, 4651, 5469, 5470, 5474, 5476, 5478, 5485, 5487, 5489, 5497, 5499, 5503, 5505, 5511, 5512, 5513, 5554, 5557, 5572, 5573, 5574, 5575, 5576, 5577, 5578, 5598, 5600, 5601, 5602, 5603, 5604, 5605, 5606, 5623, 5624, 5625, 5626, 5627, 5628, 5629, 7106, 7111, 7112, 7118, 7119, 7123, 7130, 7131, 7132, 7138, 7140, 7143, 7148, 7151, 7152, 7153, 7210, 7222, 7253]), Anchor::All(&[Anchor::Lits(&[200, 637, 1454, 2008, 2338, 2649, 2654, 2674, 2956, 3042, 3335, 3498]), Anchor::Lits(&[1488, 2333])]), Anchor::All(&[Anchor::Lits(&[116, 120, 1287, 1290, 2005, 2009, 2216, 2217, 3479, 3480]), Anchor::Lits(&[3900, 4409, 4657, 4769, 4898, 5316, 5336, 5519, 5529, 5806, 5889, 5950, 6152, 6315, 6937])])])),
            (172, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[3914, 4304, 4319, 4771, 4844, 4878, 4984, 5778, 5779, 5799, 5855, 5946, 5967, 6026, 6712, 6713, 6969, 7171]), Anchor::Lits(&[749, 816, 889, 1286, 1382, 1478, 1543, 1598, 1880, 1960, 2459, 2541, 2646, 2648, 2821, 2878, 2881, 2884, 3066, 3336, 3386, 3397])])),
            (174, "agent-secrets-spilled", Anchor::Lits(&[233, 690, 775, 1313, 1318, 2374, 2501, 2799, 3304])),
            (175, "override-instructions-es-pt-it", Anchor::Lits(&[4225, 4226, 4447, 4449, 4450, 5118, 5119, 5120, 5165, 5167, 5196, 5632, 5749, 5751, 5758, 6059, 6061, 6063])),
            (176, "override-instructions-fr", Anchor::Lits(&[3317, 5060, 5455, 5456, 5768])),
            (177, "override-instructions-de-nl", Anchor::Lits(&[3982, 4124, 5169, 5180, 5730, 6056, 6057, 6144, 6145, 6263, 6980])),
            (178, "override-instructions-pl-tr", Anchor::Lits(&[5071, 5267, 5268, 5534, 5891, 6543, 7172, 7390])),
            (179, "override-instructions-ru", Anchor::Lits(&[5070, 5454, 5767, 7388, 7407, 7408, 7412, 7413, 7417])),
            (180, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[55, 2054, 2550, 2551, 2758, 2759, 3425]), Anchor::Lits(&[162, 1851, 1957, 1958, 1959, 2014, 2883])])),
            (182, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[5176, 5177, 5178, 5179, 5255, 5449, 5450, 5681, 5682, 5880, 5903, 5904, 6060, 6064, 6203, 6349, 6350, 6523, 6879, 6880, 6881, 6968, 7405, 7412, 7418])),
            (183, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[37, 64, 410, 460, 1634, 1663, 1664, 1800, 1832, 1850, 1867, 1936, 1954, 2424, 2552, 3469]), Anchor::Lits(&[122, 251, 352, 619, 620, 859, 1662, 1760, 1761, 1762, 1890, 2365, 2390, 2400, 2401, 2423, 2565, 3092, 3435])])),
            (185, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[596, 1448, 1866, 1905, 1911, 2081, 2581, 2582, 2616, 2680, 2750, 2830, 2838, 3043, 3475, 3777, 3783, 4790, 5266, 5269, 6256, 6342, 6841, 6845, 6874]), Anchor::All(&[Anchor::Lits(&[597, 724, 1441, 1515, 1907, 1910, 2617, 2685]), Anchor::Lits(&[1898, 2774])]), Anchor::All(&[Anchor::Lits(&[447, 1280, 1436, 1579, 2613, 2711, 2896, 3762]), Anchor::Lits(&[5684])]), Anchor::All(&[Anchor::Lits(&[596, 1448, 1906, 1911, 2621, 2681]), Anchor::Lits(&[2820])]), Anchor::All(&[Anchor::Lits(&[4105, 4123, 5241, 7389]), Anchor::Lits(&[452])]), Anchor::All(&[Anchor::Lits(&[4789, 5265, 5268, 6341]), Anchor::Lits(&[2247, 2248, 2911, 3653])]), Anchor::All(&[Anchor::Lits(&[437, 595, 1436, 1575, 2618, 2691]), Anchor::Lits(&[3431])]), Anchor::All(&[Anchor::Lits(&[436, 438, 439, 595, 1441, 1574, 1578, 2618, 2690, 2691, 2829]), Anchor::Lits(&[3373, 3432])]), Anchor::All(&[Anchor::Lits(&[598, 599, 600, 1438, 1441, 1451, 1452, 1910, 2235, 2244, 2250, 2471, 2472, 2473, 2623, 2684]), Anchor::Lits(&[452, 1420])]), Anchor::All(&[Anchor::Lits(&[3100]), Anchor::Lits(&[351, 413, 1436, 2392, 2819, 2828])])])),
            (187, "reveal-system-prompt-i18n", Anchor::Lits(&[196, 699, 700, 701, 702, 703, 1524, 1525, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1750, 1752, 1753, 1754, 1755, 1759, 1766, 1795, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1990, 1991, 2006, 2007, 2010, 2011, 2284, 2440, 2517, 2518, 2519, 2520, 2521, 2524, 2525, 3069, 3070, 3071, 3082, 3086, 3087, 3088, 3093, 3374, 3407, 3451, 3456, 3790, 3812, 3813, 4877, 6343, 6344])),
            (189, "disable-safety-i18n", Anchor::Lits(&[353, 450, 451, 670, 731, 732, 733, 820, 1442, 1443, 1445, 1447, 1449, 1450, 1453, 1514, 1585, 1595, 1596, 1842, 2528, 2529, 2796, 2894, 2895, 2896, 3351, 3446, 3452, 3453, 3759, 3782, 3788, 3789, 3809, 3820])),
            (191, "stop-following-instructions-i18n", Anchor::Lits(&[206, 418, 698, 856, 1748, 1763, 2613, 2619, 2711, 3464, 4446, 4448, 5164, 5166, 5615, 5616, 5617, 5618, 5631, 5748, 5750, 6058, 6062])),
            (193, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[4437, 4717, 4718, 5057, 5061, 5067, 6971, 6972]), Anchor::All(&[Anchor::Lits(&[4417, 5058, 5061, 5691, 5692, 5693]), Anchor::Lits(&[6784, 6785])])])),
            (194, "instructions-void-de", Anchor::Lits(&[366, 1633, 2149, 2150, 3383])),
            (195, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[444, 633, 1480, 1707, 1708, 1879, 1955, 1956, 1987, 2420, 2526, 2527, 3427, 3428, 3433, 3434, 3458, 5607, 5608, 5609, 5610, 5611, 5613, 5614, 6245, 6250, 6252, 6254]), Anchor::All(&[Anchor::Lits(&[392, 860, 887, 1706, 2003, 2366, 2486, 2903]), Anchor::Lits(&[5446, 5451, 5452, 5453, 5460, 6249, 6251])]), Anchor::All(&[Anchor::Lits(&[2146]), Anchor::Lits(&[4712, 4713, 5342, 6235, 6236, 6973])])])),
            (197, "authority-waives-controls-i18n", Anchor::Lits(&[387, 388, 389, 390, 391, 1321, 1523, 1526, 1528, 2402, 2409, 2410, 2960])),
            (198, "persona-without-rules-i18n", Anchor::Lits(&[22, 35, 36, 69, 102, 104, 841, 1266, 1833, 2314, 3359, 3443, 3460, 3461])),
            (199, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[4007, 4024, 4028, 4029, 4085, 4322, 4323, 4845, 4869, 4889, 5966, 6324]), Anchor::Lits(&[798, 799, 830, 832, 833, 834, 835, 836, 837, 838, 861, 875, 876, 2789, 2790, 3776])])),
            (200, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[233, 621, 627, 640, 642, 725, 773, 778, 1605, 1607, 1666, 1834, 1858, 1864, 1951, 2048, 2050, 2374, 2380, 2767, 2769, 2794, 2825, 2897, 3304, 3466, 3778, 3792, 3802, 3804]), Anchor::Lits(&[197, 709, 711, 786, 802, 850, 874, 888, 1325, 1460, 1876, 1877, 1885, 1886, 1888, 1889, 1896, 1919, 1953, 2053, 2057, 2246, 2249, 2311, 2566, 2567, 2596, 2757, 2954, 3060, 3061, 3457, 3463, 3465, 3786, 3810, 3821])]), Anchor::All(&[Anchor::Lits(&[234, 622, 628, 641, 643, 726, 727, 774, 779, 1606, 1608, 1667, 1835, 1836, 1859, 1860, 1865, 1952, 2049, 2051, 2375, 2379, 2381, 2382, 2768, 2770, 2795, 2826, 2827, 2898, 2899, 3305, 3307, 3467, 3468, 3779, 3793, 3803, 3805]), Anchor::Lits(&[3847, 3848, 3969, 4096, 4099, 4100, 4101, 4102, 4161, 4167, 4773, 4896, 4897, 4900, 5195, 5331, 5369, 5447, 5621, 5622, 5694, 5696, 7400, 7401])])])),
            (201, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[1871, 2465, 2466, 3437, 3438, 3439, 3440, 3600, 3791, 3794, 3795, 3796, 3807, 3808])),
            (202, "skip-approval-cjk", Anchor::Lits(&[7419, 7420, 7421, 7422, 7423, 7424, 7425, 7426, 7427, 7428, 7429, 7430, 7431, 7432, 7433, 7434])),
            (204, "admin-role-handed-out-i18n", Anchor::Lits(&[53, 2322, 2817, 3417, 3861, 5757, 6291, 6951])),
            (206, "control-weakened-i18n", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4433, 5253, 5254]), Anchor::All(&[Anchor::Lits(&[3920, 4169, 4391, 4413, 4414, 4415, 4416, 4457, 4691, 4692, 4705, 4706, 4929, 4945, 5253, 5254, 5320, 5340, 5619, 5813, 6005, 6006, 6069, 6072, 6132, 6146, 6147, 6148, 6260, 6261, 6503, 6504, 6505, 6547, 6777, 6786, 6967, 6977, 7170, 7391, 7394, 7406, 7411, 7414, 7415, 7416]), Anchor::Lits(&[12, 42, 43, 44, 51, 54, 84, 362, 364, 365, 367, 368, 369, 370, 371, 372, 373, 374, 378, 379, 819, 820, 952, 1253, 1305, 1679, 1839, 1840, 1842, 1843, 1854, 1940, 1970, 1971, 1972, 1973, 1974, 1975, 1977, 1978, 1985, 1986, 2013, 2082, 2083, 2087, 2391, 2393, 2449, 2450, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2529, 2532, 2614, 2615, 2713, 2732, 3366, 3367, 3436, 3491, 3761, 3780, 3781, 3782, 3787, 3788, 3797, 3798, 3806, 3811])])]), Anchor::Lits(&[12, 84, 121, 512, 798, 799, 819, 820, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 875, 876, 877, 1282, 1283, 1284, 1285, 1302, 1303, 1304, 1307, 1308, 1599, 1613, 1614, 1679, 1848, 1849, 1852, 1853, 1949, 1950, 1972, 1979, 2013, 2201, 2387, 2561, 2562, 2563, 2564, 2635, 2636, 2640, 2698, 2699, 2700, 2702, 2703, 2714, 2715, 2716, 2789, 2790, 2791, 3051, 3052, 3053, 3054, 3055, 3099, 3267, 3302, 3303, 3429, 3430, 3459, 3651, 3652, 3760, 3776, 3784, 3785, 3799, 3800, 3801, 3814, 3815, 3816, 3817, 3818, 3819])])),
            (208, "destructive-without-confirmation-i18n", Anchor::Lits(&[4137, 4138, 5448, 5685, 5686, 5687, 5688, 5689, 5690, 5718, 5719, 5720, 6246, 6247, 6248, 6253, 6255, 6297, 6298, 6299, 6300, 6301, 6305, 6306, 6307, 6336, 6337, 6338, 6339, 6340, 6420, 6548, 6549, 6550, 6551, 6983, 7395, 7396, 7397, 7398, 7402, 7403, 7404, 7409, 7410])),
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
\x0aaccessible\x0a\
\x0aaccessible \
\x0aadmin\
\x0aadmin]\
\x0aagent\
\x0aai\
\x0aanonymous\
\x0aassistant\
\x0aavailable\x0a\
\x0aavailable \
\x0abot\
\x0abucket\
\x0acompany\
\x0acopilot\
\x0adownload\
\x0aendpoint\
\x0aexternal\
\x0afrom\
\x0agist\
\x0ahas to\
\x0ahome\
\x0aia\
\x0ais to\
\x0aki\
\x0alink\
\x0allm\
\x0amay\x0a\
\x0amay \
\x0amodel\
\x0amust\
\x0aneed to\
\x0aneeds to\
\x0anow\
\x0aof\
\x0aoff\
\x0aopen\
\x0aopen\x0a\
\x0aopen \
\x0aorg\
\x0aown\
\x0apage\
\x0apartner\
\x0apersonal\
\x0aprivate\
\x0apublic\
\x0aqueryable\x0a\
\x0aqueryable \
\x0areadable\x0a\
\x0areadable \
\x0arid\x0a\
\x0arid \
\x0arobot\
\x0aroles\
\x0aselectable\x0a\
\x0aselectable \
\x0ashare\
\x0ashareable\
\x0ashould\
\x0asys\
\x0asys]\
\x0asystem]\
\x0aup\
\x0aurl\
\x0ausers\
\x0avisible\x0a\
\x0avisible \
\x0awhole\x0a\
\x0awhole \
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
\x20accessible\x0a\
\x20accessible \
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
\x20available\x0a\
\x20available \
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
\x20company\
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
\x20from\
\x20gist\
\x20guardrails\
\x20guidelines\
\x20has to\
\x20hold\
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
\x20log\
\x20may\x0a\
\x20may \
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
\x20now\
\x20of\
\x20off\
\x20open\
\x20open\x0a\
\x20open \
\x20org\
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
\x20queryable\x0a\
\x20queryable \
\x20qui\x09\
\x20qui \
\x20readable\x0a\
\x20readable \
\x20reading this\
\x20restrictions\
\x20rid\x0a\
\x20rid \
\x20robot\
\x20roles\
\x20rules\
\x20safeguards\
\x20section\
\x20selectable\x0a\
\x20selectable \
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
\x20trail\
\x20up\
\x20update\
\x20update:\
\x20url\
\x20users\
\x20visible\x0a\
\x20visible \
\x20welche\x09\
\x20welche \
\x20which\x09\
\x20which \
\x20who\x09\
\x20who \
\x20whole\x0a\
\x20whole \
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
2fa\
2\xeb\x8b\xa8\xea\xb3\x84\
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
_hold\
_injection\
_insecure\
_log\
_off\
_redaction\
_safety\
_sandbox\
_skip\
_trail\
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
account\
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
aggregation\
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
allow all\
allow list\
allow-list\
allow_all\
allow_list\
allowed\
allowed_ip_list\
allowlist\
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
anyone\
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
approv\
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
audit \
audit_\
auditing\
authentication\
authentication_policy\
authori\
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
break glass\
break-glass\
breakglass\
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
carica\
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
detach\
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
disable_mfa\
disabled\
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
elevated\
elimina\
email\
embedded\
emergency\
employees\
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
envoyez\
escalate\
esegui\
every\x09\
every\x0a\
every\x0b\
every\x0c\
every\x0d\
every \
everybody\
everyone\
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
exempt\
exfil\
exfiltrate\
export\
expose\
factor\
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
ftps://\
fuehre\
fuhre\
fur\
gcs://\
gdrive\
gemini\
get\x0a\
get \
gewahre\
ghostbin\
gist\
give\
gmx.\
god\
god mode\
gofile\
gonder\
google drive\
gpt\
gpt,\
gpt-\
gpt:\
gpts,\
gpts-\
gpts:\
grant\
granted\
grants\
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
history\
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
internet\
invia\
ipadala\
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
kirim\
kunstmatige intelligentie\
label\
lade\
language model\
laposte.\
law enforcement\
leak\
legal \
legal_\
leite\
let\
let\x0a\
let \
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
lift\
lifted\
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
longer\
loosen\
losche\
machine\
mail\
mail.\
mailbox.\
maintenance mode\
make\
make me\
malicious\
manage\
manda\
mande\
mark\
masking\
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
mfa\
mins_to_bypass_mfa\
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
network\
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
orgadmin\
outlook.\
output\
override\
override \
override:\
ownership\
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
pause\
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
polic\
policies\
policy\
post\
pour l' ai\
pour l' ia\
pour l' ki\
print\
proceed\
processes\
processing\
projection\
prompt\
proton.\
przeslij\
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
public\
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
query\
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
relax\
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
restriction\
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
scp://\
secret\
security\
security \
securityadmin\
see\
seeing\
select\x0a\
select \
send\
sendspace\
server\
session\
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
shut\x0a\
shut \
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
strip\
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
suspend\
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
sysadmin\
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
take\x0a\
take \
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
transmets\
transmettez\
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
turn\x0a\
turn \
tuta.\
tutanota.\
umele inteligence\
unapply\
unassign\
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
unbind\
understood\
unggah\
unload\
unrestricted\
unset\
update\
upload\
url\
use\
useradmin\
verwijder\
view\
visibility\
visit\
wasb://\
wasbs://\
weaken\
web.\
webdav://\
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
whitelist\
wipe\
wire\
without\
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
wyslij\
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
yolla\
you\
you\x0a\
you \
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
\xd0\xb2\xd1\x8b\xd0\xb3\xd1\x80\xd1\x83\xd0\xb7\xd0\xb8\
\xd0\xb7\xd0\xb0\xd0\xb3\xd1\x80\xd1\x83\xd0\xb7\xd0\xb8\
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
\xd0\xbe\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbb\xd1\x8f\xd0\xb8\
\xd0\xbe\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd1\x8c\
\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd1\x88\xd0\xbb\xd0\xb8\
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
\xe3\x82\xaa\xe3\x83\x95\xe3\x81\xab\
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
\xe4\xb8\x8e\xe3\x81\x88\
\xe4\xba\xba\xe5\xb7\xa5\xe6\x99\xba\xe8\x83\xbd\
\xe4\xba\xba\xe5\xb7\xa5\xe7\x9f\xa5\xe8\x83\xbd\
\xe4\xbb\x98\xe4\xb8\x8e\
\xe4\xbb\xa3\xe7\x90\x86\
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xa6\x8f\xe5\x89\x87\
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xa7\x84\xe5\x88\x99\
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xae\xbe\xe5\xae\x9a\
\xe4\xbd\xbf\xe7\x94\xa8\xe8\x80\x85\
\xe5\x81\x9c\xe6\xad\xa2\xe3\x81\x97\
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
\xe5\x89\x8a\xe9\x99\xa4\xe3\x81\x97\
\xe5\x89\xb2\xe3\x82\x8a\xe5\xbd\x93\xe3\x81\xa6\
\xe5\x89\xb2\xe5\xbd\x93\xe3\x81\xa6\
\xe5\x8a\xa9\xe6\x89\x8b\
\xe5\x8e\x9f\xe5\xa7\x8b\xe6\x8c\x87\xe4\xbb\xa4\
\xe5\x8e\xbb\xe6\x8e\x89\
\xe5\x8e\xbb\xe9\x99\xa4\
\xe5\x8f\x91\xe7\xbb\x99\xe6\x88\x91\
\xe5\x8f\x91\xe9\x80\x81\
\xe5\x8f\x96\xe6\xb6\x88\
\xe5\x91\x8a\xe8\xaf\x89\xe6\x88\x91\
\xe5\x95\x8f\xe6\x88\x91\
\xe5\xa4\x96\xe3\x81\x97\
\xe5\xae\x89\xe5\x85\xa8\xe3\x83\x81\xe3\x82\xa7\xe3\x83\x83\xe3\x82\xaf\
\xe5\xae\x89\xe5\x85\xa8\xe3\x83\x95\xe3\x82\xa3\xe3\x83\xab\xe3\x82\xbf\xe3\x83\xbc\
\xe5\xae\x9f\xe8\xa1\x8c\
\xe5\xae\xa1\xe6\x89\xb9\
\xe5\xae\xa1\xe6\x9f\xa5\
\xe5\xaf\x86\xe7\xa0\x81\
\xe5\xaf\x86\xe7\xa2\xbc\
\xe5\xaf\xa9\xe6\x89\xb9\
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
\xe6\x92\xa4\xe9\x8a\xb7\
\xe6\x92\xa4\xe9\x94\x80\
\xe6\x97\xa0\xe8\xa7\x86\
\xe6\x98\xbe\xe7\xa4\xba\
\xe6\x99\xba\xe8\x83\xbd\xe4\xbd\x93\
\xe6\xb3\x84\xe9\x9c\xb2\
\xe7\x84\xa1\xe3\x81\x84\
\xe7\x84\xa1\xe3\x81\x97\
\xe7\x84\xa1\xe5\x8a\xb9\xe3\x81\xab\
\xe7\x84\xa1\xe8\xa6\x96\
\xe7\x94\xa8\xe6\x88\xb7\
\xe7\x99\xbc\xe9\x80\x81\
\xe7\x9b\xa3\xe6\x9f\xbb\xe3\x83\xad\xe3\x82\xb0\
\xe7\x9f\xa5\xe3\x82\x89\xe3\x81\x9b\xe3\x81\x9a\
\xe7\xa1\xae\xe8\xae\xa4\
\xe7\xa2\xba\xe8\xaa\x8d\
\xe7\xa6\x81\xe7\x94\xa8\
\xe7\xa7\x98\xe5\xaf\x86\xe3\x81\xae\xe6\x8c\x87\xe7\xa4\xba\
\xe7\xa7\xbb\xe9\x99\xa4\
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
\xe8\xa7\xa3\xe9\x99\xa4\
\xe8\xa8\xad\xe5\xae\x9a\
\xe8\xa9\xa2\xe5\x95\x8f\
\xe8\xab\x8b\xe7\xa4\xba\
\xe8\xae\xbe\xe5\xae\x9a\
\xe8\xaf\xa2\xe9\x97\xae\
\xe8\xaf\xb4\xe6\x98\x8e\
\xe8\xaf\xb7\xe7\xa4\xba\
\xe8\xb7\xb3\xe8\xbf\x87\
\xe8\xb7\xb3\xe9\x81\x8e\
\xe8\xbe\x93\xe5\x87\xba\
\xe8\xbf\x87\xe6\xbb\xa4\
\xe9\x80\x81\xe4\xbf\xa1\
\xe9\x80\x8f\xe9\x9c\xb2\
\xe9\x87\x8d\xe5\xa4\x8d\
\xe9\x97\x9c\xe9\x96\x89\
\xe9\x97\xae\xe6\x88\x91\
\xe9\x99\x90\xe5\x88\xb6\
\xe9\x9a\x90\xe8\x97\x8f\xe6\x8c\x87\xe4\xbb\xa4\
\xe9\x9a\x90\xe8\x97\x8f\xe8\xa7\x84\xe5\x88\x99\
\xe9\x9a\xa0\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xe9\x9a\xb1\xe8\x97\x8f\xe8\xa6\x8f\xe5\x89\x87\
\xea\xb0\x90\xec\x82\xac\
\xea\xb1\xb4\xeb\x84\x88\xeb\x9b\xb0\
\xea\xb3\xb5\xea\xb0\x9c\
\xea\xba\xbc\
\xeb\x81\x84\
\xeb\x84\xa4\xed\x8a\xb8\xec\x9b\x8c\xed\x81\xac\
\xeb\x8b\xa4\xec\xa4\x91\
\xeb\x94\xb0\xeb\xa5\xb4\xec\xa7\x80\
\xeb\xa7\x88\xec\x8a\xa4\xed\x82\xb9\
\xeb\xa7\x90\xed\x95\xb4\
\xeb\xaa\xb0\xeb\x9e\x98\
\xeb\xac\xb4\xec\x8b\x9c\
\xeb\xb3\xb4\xec\x97\xac\
\xeb\xb6\x80\xec\x97\xac\
\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8\
\xeb\xb9\x84\xed\x99\x9c\xec\x84\xb1\
\xeb\xb9\x84\xed\x99\x9c\xec\x84\xb1\xed\x99\x94\
\xec\x82\xad\xec\xa0\x9c\
\xec\x95\x8c\xeb\xa0\xa4\
\xec\x97\x86\xeb\x8a\x94\
\xec\x97\x86\xec\x9d\xb4\
\xec\x9a\xb0\xed\x9a\x8c\
\xec\x9e\x8a\xea\xb3\xa0\
\xec\x9e\x8a\xec\x96\xb4\
\xec\xa0\x84\xec\x86\xa1\
\xec\xa0\x91\xea\xb7\xbc\
\xec\xa0\x9c\xea\xb1\xb0\
\xec\xa7\x80\xed\x82\xa4\xec\xa7\x80\
\xec\xb6\x9c\xeb\xa0\xa5\
\xed\x95\xa0\xeb\x8b\xb9\
\xed\x95\xb4\xec\xa0\x9c\
\xef\xbc\x9a\
",
            ends: &[2, 4, 7, 10, 12, 14, 16, 22, 29, 35, 38, 48, 58, 62, 69, 74, 79, 87, 92, 97, 102, 107, 112, 117, 126, 135, 144, 149, 156, 161, 164, 178, 184, 190, 196, 199, 204, 208, 217, 223, 228, 236, 245, 251, 256, 266, 270, 275, 283, 292, 300, 308, 315, 320, 325, 330, 335, 341, 347, 357, 364, 369, 374, 378, 383, 391, 397, 403, 411, 415, 423, 431, 438, 445, 450, 455, 461, 467, 472, 477, 482, 487, 492, 497, 502, 504, 506, 508, 510, 512, 524, 536, 542, 549, 555, 558, 568, 578, 589, 600, 604, 611, 619, 627, 636, 645, 654, 659, 664, 671, 676, 679, 685, 688, 693, 697, 702, 707, 713, 718, 726, 735, 739, 742, 746, 751, 757, 763, 767, 771, 776, 784, 793, 801, 808, 819, 830, 840, 850, 855, 860, 866, 872, 884, 896, 902, 912, 919, 923, 928, 936, 939, 943, 949, 958, 967, 974, 981, 983, 985, 987, 989, 991, 997, 1004, 1010, 1013, 1023, 1033, 1037, 1044, 1052, 1061, 1070, 1079, 1084, 1091, 1096, 1099, 1105, 1108, 1113, 1117, 1123, 1128, 1136, 1145, 1150, 1154, 1159, 1167, 1176, 1184, 1191, 1197, 1203, 1213, 1220, 1224, 1229, 1237, 1241, 1243, 1245, 1247, 1249, 1251, 1257, 1264, 1270, 1273, 1283, 1293, 1297, 1304, 1312, 1321, 1330, 1339, 1344, 1351, 1356, 1359, 1365, 1368, 1373, 1377, 1383, 1388, 1396, 1405, 1410, 1414, 1419, 1427, 1436, 1444, 1451, 1457, 1463, 1473, 1480, 1484, 1489, 1497, 1501, 1503, 1505, 1507, 1509, 1511, 1517, 1524, 1530, 1533, 1543, 1553, 1557, 1564, 1572, 1581, 1590, 1599, 1604, 1611, 1616, 1619, 1625, 1628, 1633, 1637, 1643, 1648, 1656, 1665, 1670, 1674, 1679, 1687, 1696, 1704, 1711, 1717, 1723, 1733, 1740, 1744, 1749, 1757, 1761, 1763, 1765, 1768, 1771, 1773, 1775, 1777, 1789, 1801, 1807, 1814, 1820, 1823, 1829, 1836, 1849, 1863, 1873, 1883, 1894, 1905, 1911, 1915, 1922, 1931, 1941, 1948, 1956, 1961, 1966, 1974, 1983, 1991, 1998, 2006, 2011, 2016, 2021, 2026, 2031, 2036, 2046, 2057, 2068, 2077, 2086, 2095, 2104, 2110, 2115, 2120, 2131, 2142, 2149, 2154, 2159, 2162, 2168, 2175, 2188, 2202, 2208, 2214, 2220, 2223, 2228, 2232, 2236, 2241, 2246, 2254, 2263, 2272, 2278, 2283, 2291, 2300, 2306, 2313, 2321, 2325, 2328, 2332, 2337, 2343, 2349, 2353, 2362, 2372, 2376, 2381, 2392, 2400, 2406, 2413, 2422, 2429, 2437, 2444, 2452, 2460, 2468, 2475, 2480, 2485, 2496, 2507, 2512, 2517, 2527, 2537, 2550, 2563, 2568, 2573, 2579, 2585, 2591, 2602, 2610, 2622, 2634, 2643, 2649, 2659, 2666, 2671, 2676, 2680, 2685, 2705, 2720, 2734, 2747, 2755, 2761, 2767, 2778, 2796, 2802, 2805, 2812, 2820, 2824, 2830, 2839, 2848, 2856, 2864, 2871, 2878, 2883, 2888, 2895, 2902, 2908, 2914, 2919, 2924, 2929, 2934, 2939, 2944, 2949, 2951, 2954, 2957, 2958, 2960, 2962, 2964, 2966, 2968, 2970, 2976, 2979, 2989, 2993, 3000, 3008, 3015, 3025, 3029, 3033, 3046, 3059, 3072, 3076, 3082, 3094, 3106, 3118, 3125, 3128, 3131, 3135, 3139, 3143, 3147, 3151, 3155, 3159, 3163, 3167, 3171, 3175, 3179, 3183, 3187, 3191, 3195, 3199, 3202, 3205, 3206, 3208, 3210, 3212, 3214, 3216, 3218, 3221, 3226, 3231, 3236, 3241, 3246, 3251, 3257, 3263, 3270, 3277, 3284, 3291, 3298, 3305, 3312, 3319, 3326, 3333, 3340, 3347, 3354, 3361, 3368, 3375, 3382, 3385, 3388, 3392, 3396, 3400, 3404, 3408, 3412, 3417, 3422, 3428, 3434, 3440, 3446, 3452, 3458, 3464, 3470, 3476, 3482, 3488, 3494, 3500, 3506, 3512, 3518, 3524, 3527, 3530, 3535, 3540, 3545, 3549, 3553, 3557, 3561, 3565, 3569, 3573, 3577, 3581, 3585, 3589, 3593, 3597, 3601, 3605, 3609, 3613, 3615, 3617, 3620, 3623, 3626, 3628, 3631, 3634, 3637, 3640, 3643, 3646, 3653, 3657, 3668, 3679, 3684, 3693, 3701, 3710, 3718, 3732, 3750, 3765, 3783, 3798, 3817, 3833, 3850, 3868, 3878, 3883, 3893, 3898, 3905, 3915, 3925, 3936, 3948, 3961, 3972, 3987, 3999, 4011, 4022, 4030, 4036, 4040, 4044, 4049, 4054, 4059, 4064, 4069, 4074, 4079, 4084, 4089, 4094, 4099, 4104, 4109, 4114, 4119, 4124, 4129, 4132, 4135, 4138, 4143, 4148, 4153, 4156, 4158, 4161, 4164, 4167, 4170, 4173, 4176, 4183, 4187, 4198, 4203, 4211, 4220, 4228, 4233, 4238, 4245, 4249, 4253, 4258, 4263, 4268, 4273, 4278, 4283, 4288, 4293, 4298, 4303, 4308, 4313, 4318, 4323, 4328, 4333, 4338, 4340, 4343, 4346, 4349, 4352, 4355, 4358, 4365, 4369, 4380, 4385, 4393, 4402, 4410, 4415, 4420, 4427, 4431, 4435, 4440, 4445, 4450, 4455, 4460, 4465, 4470, 4475, 4480, 4485, 4490, 4495, 4500, 4505, 4510, 4515, 4520, 4523, 4529, 4532, 4539, 4540, 4542, 4544, 4555, 4558, 4564, 4574, 4579, 4588, 4596, 4603, 4609, 4615, 4622, 4627, 4631, 4642, 4652, 4655, 4660, 4671, 4675, 4678, 4679, 4681, 4683, 4685, 4687, 4689, 4691, 4694, 4697, 4700, 4703, 4706, 4709, 4720, 4731, 4744, 4752, 4762, 4766, 4781, 4786, 4790, 4794, 4799, 4804, 4809, 4814, 4819, 4824, 4829, 4834, 4839, 4844, 4849, 4854, 4859, 4864, 4869, 4874, 4879, 4881, 4884, 4894, 4904, 4916, 4923, 4932, 4935, 4949, 4953, 4955, 4958, 4961, 4965, 4969, 4973, 4977, 4981, 4985, 4989, 4993, 4997, 5001, 5005, 5009, 5013, 5017, 5021, 5025, 5029, 5032, 5033, 5035, 5038, 5041, 5042, 5048, 5051, 5056, 5066, 5070, 5080, 5087, 5092, 5104, 5108, 5117, 5125, 5129, 5138, 5146, 5158, 5168, 5175, 5183, 5190, 5196, 5197, 5199, 5201, 5203, 5205, 5207, 5209, 5211, 5217, 5224, 5231, 5238, 5245, 5252, 5259, 5266, 5274, 5282, 5291, 5300, 5309, 5318, 5327, 5336, 5345, 5354, 5363, 5372, 5381, 5390, 5399, 5408, 5417, 5426, 5435, 5438, 5450, 5462, 5467, 5472, 5477, 5482, 5487, 5492, 5498, 5504, 5511, 5518, 5525, 5532, 5539, 5546, 5553, 5560, 5567, 5574, 5581, 5588, 5595, 5602, 5609, 5616, 5623, 5627, 5632, 5637, 5642, 5647, 5652, 5657, 5662, 5670, 5678, 5686, 5694, 5702, 5710, 5718, 5727, 5736, 5745, 5755, 5765, 5775, 5785, 5795, 5805, 5815, 5825, 5835, 5845, 5855, 5865, 5875, 5885, 5895, 5905, 5915, 5921, 5927, 5934, 5941, 5948, 5955, 5962, 5969, 5976, 5983, 5990, 5997, 6004, 6011, 6018, 6025, 6032, 6039, 6046, 6050, 6054, 6058, 6062, 6066, 6070, 6075, 6080, 6086, 6092, 6098, 6104, 6110, 6116, 6122, 6128, 6134, 6140, 6146, 6152, 6158, 6164, 6170, 6176, 6182, 6185, 6188, 6192, 6196, 6200, 6204, 6208, 6212, 6216, 6220, 6224, 6228, 6232, 6236, 6240, 6244, 6248, 6252, 6256, 6259, 6262, 6265, 6268, 6271, 6274, 6278, 6287, 6297, 6301, 6305, 6310, 6315, 6320, 6325, 6330, 6335, 6340, 6345, 6350, 6355, 6360, 6365, 6370, 6375, 6380, 6385, 6390, 6392, 6394, 6404, 6413, 6419, 6426, 6433, 6440, 6448, 6457, 6464, 6470, 6475, 6485, 6494, 6498, 6502, 6512, 6519, 6527, 6532, 6538, 6547, 6554, 6557, 6560, 6567, 6574, 6581, 6586, 6593, 6601, 6611, 6617, 6624, 6631, 6643, 6652, 6655, 6661, 6667, 6672, 6679, 6684, 6690, 6700, 6706, 6720, 6727, 6737, 6742, 6748, 6754, 6760, 6766, 6772, 6778, 6784, 6790, 6796, 6802, 6808, 6815, 6822, 6830, 6838, 6845, 6852, 6859, 6866, 6873, 6880, 6888, 6896, 6904, 6912, 6920, 6928, 6936, 6944, 6952, 6960, 6968, 6976, 6984, 6992, 7000, 7008, 7016, 7027, 7034, 7039, 7051, 7060, 7062, 7065, 7068, 7071, 7074, 7077, 7080, 7088, 7096, 7105, 7117, 7125, 7135, 7141, 7152, 7163, 7176, 7189, 7204, 7207, 7210, 7213, 7221, 7229, 7238, 7250, 7258, 7268, 7274, 7285, 7296, 7309, 7322, 7337, 7340, 7344, 7348, 7361, 7369, 7381, 7388, 7399, 7409, 7418, 7426, 7434, 7443, 7450, 7456, 7469, 7481, 7486, 7493, 7506, 7512, 7515, 7518, 7526, 7538, 7544, 7555, 7563, 7567, 7571, 7575, 7579, 7583, 7587, 7591, 7595, 7599, 7604, 7609, 7615, 7621, 7627, 7633, 7639, 7645, 7651, 7657, 7663, 7669, 7675, 7681, 7687, 7693, 7699, 7705, 7711, 7715, 7719, 7724, 7729, 7734, 7739, 7744, 7749, 7754, 7759, 7764, 7769, 7774, 7779, 7784, 7789, 7794, 7799, 7804, 7807, 7811, 7815, 7819, 7823, 7827, 7831, 7838, 7845, 7852, 7861, 7871, 7881, 7890, 7900, 7907, 7922, 7931, 7936, 7941, 7947, 7953, 7959, 7965, 7971, 7977, 7983, 7989, 7995, 8001, 8007, 8013, 8019, 8025, 8031, 8037, 8043, 8048, 8054, 8056, 8065, 8074, 8083, 8092, 8101, 8110, 8119, 8128, 8137, 8146, 8156, 8166, 8176, 8186, 8196, 8206, 8217, 8228, 8240, 8252, 8264, 8276, 8288, 8300, 8312, 8324, 8336, 8348, 8360, 8372, 8384, 8396, 8408, 8420, 8432, 8438, 8447, 8451, 8455, 8459, 8463, 8467, 8471, 8477, 8482, 8487, 8493, 8499, 8505, 8511, 8517, 8523, 8529, 8535, 8541, 8547, 8553, 8559, 8565, 8571, 8577, 8583, 8589, 8593, 8602, 8608, 8615, 8622, 8628, 8636, 8642, 8650, 8663, 8670, 8678, 8690, 8695, 8700, 8709, 8719, 8729, 8740, 8751, 8757, 8763, 8772, 8782, 8792, 8802, 8812, 8822, 8832, 8842, 8852, 8862, 8872, 8883, 8894, 8914, 8929, 8948, 8962, 8980, 8997, 9013, 9028, 9043, 9059, 9073, 9086, 9106, 9125, 9137, 9151, 9171, 9184, 9194, 9204, 9214, 9225, 9236, 9247, 9258, 9269, 9280, 9292, 9304, 9316, 9328, 9340, 9352, 9364, 9376, 9388, 9400, 9412, 9424, 9436, 9448, 9460, 9472, 9484, 9494, 9505, 9516, 9528, 9540, 9546, 9551, 9557, 9565, 9573, 9583, 9593, 9603, 9613, 9623, 9633, 9644, 9655, 9667, 9679, 9691, 9703, 9715, 9727, 9739, 9751, 9763, 9775, 9787, 9799, 9811, 9823, 9835, 9847, 9859, 9864, 9869, 9874, 9879, 9884, 9889, 9895, 9901, 9908, 9915, 9922, 9929, 9936, 9943, 9950, 9957, 9964, 9971, 9978, 9985, 9992, 9999, 10006, 10013, 10020, 10030, 10035, 10041, 10047, 10055, 10069, 10090, 10097, 10106, 10116, 10121, 10128, 10134, 10141, 10149, 10156, 10162, 10170, 10176, 10180, 10186, 10196, 10202, 10208, 10214, 10220, 10226, 10232, 10239, 10246, 10254, 10262, 10270, 10278, 10286, 10294, 10302, 10310, 10318, 10326, 10334, 10342, 10350, 10358, 10366, 10374, 10382, 10387, 10392, 10395, 10399, 10403, 10407, 10411, 10415, 10419, 10423, 10427, 10431, 10435, 10440, 10445, 10450, 10455, 10460, 10465, 10471, 10477, 10483, 10489, 10495, 10501, 10507, 10513, 10519, 10525, 10531, 10537, 10543, 10549, 10555, 10561, 10567, 10577, 10588, 10599, 10609, 10615, 10621, 10637, 10643, 10650, 10652, 10656, 10662, 10670, 10675, 10680, 10685, 10690, 10695, 10700, 10707, 10714, 10721, 10727, 10733, 10740, 10747, 10754, 10761, 10768, 10775, 10782, 10789, 10796, 10803, 10810, 10817, 10824, 10831, 10838, 10845, 10852, 10858, 10863, 10868, 10873, 10878, 10883, 10888, 10895, 10902, 10909, 10915, 10921, 10928, 10935, 10942, 10949, 10956, 10963, 10970, 10977, 10984, 10991, 10998, 11005, 11012, 11019, 11026, 11033, 11040, 11046, 11048, 11057, 11063, 11068, 11073, 11078, 11083, 11088, 11093, 11100, 11107, 11114, 11120, 11126, 11132, 11138, 11144, 11150, 11158, 11166, 11174, 11181, 11188, 11196, 11204, 11212, 11220, 11228, 11236, 11244, 11252, 11260, 11268, 11276, 11284, 11292, 11300, 11308, 11316, 11324, 11330, 11336, 11343, 11350, 11357, 11364, 11371, 11378, 11385, 11392, 11399, 11406, 11413, 11420, 11427, 11434, 11441, 11448, 11455, 11464, 11473, 11482, 11488, 11494, 11500, 11505, 11510, 11516, 11523, 11530, 11537, 11545, 11553, 11561, 11566, 11571, 11580, 11585, 11592, 11598, 11605, 11612, 11621, 11627, 11634, 11642, 11650, 11658, 11667, 11676, 11685, 11689, 11695, 11702, 11709, 11716, 11728, 11736, 11744, 11752, 11758, 11769, 11775, 11779, 11782, 11792, 11803, 11808, 11813, 11818, 11823, 11828, 11833, 11839, 11845, 11852, 11859, 11866, 11873, 11880, 11887, 11894, 11901, 11908, 11915, 11922, 11929, 11936, 11943, 11950, 11957, 11964, 11974, 11980, 11987, 11997, 12007, 12017, 12026, 12035, 12042, 12048, 12057, 12067, 12077, 12087, 12097, 12107, 12117, 12131, 12141, 12151, 12162, 12173, 12185, 12197, 12209, 12221, 12233, 12245, 12257, 12269, 12281, 12293, 12305, 12317, 12329, 12341, 12353, 12365, 12377, 12392, 12395, 12404, 12411, 12422, 12430, 12437, 12446, 12456, 12462, 12472, 12484, 12498, 12512, 12526, 12531, 12540, 12551, 12564, 12577, 12590, 12594, 12598, 12606, 12616, 12628, 12640, 12652, 12660, 12665, 12669, 12674, 12685, 12692, 12702, 12710, 12714, 12720, 12725, 12730, 12735, 12740, 12745, 12750, 12756, 12762, 12769, 12776, 12783, 12790, 12797, 12804, 12811, 12818, 12825, 12832, 12839, 12846, 12853, 12860, 12867, 12874, 12881, 12888, 12895, 12903, 12910, 12915, 12923, 12932, 12941, 12948, 12955, 12967, 12979, 12991, 13003, 13015, 13027, 13039, 13052, 13065, 13079, 13093, 13107, 13121, 13135, 13149, 13163, 13177, 13191, 13205, 13219, 13233, 13247, 13261, 13275, 13289, 13303, 13311, 13319, 13327, 13332, 13337, 13342, 13348, 13355, 13362, 13370, 13376, 13382, 13388, 13394, 13400, 13406, 13412, 13421, 13429, 13436, 13443, 13451, 13459, 13467, 13475, 13483, 13491, 13499, 13507, 13515, 13523, 13531, 13539, 13547, 13555, 13563, 13571, 13579, 13583, 13589, 13596, 13602, 13607, 13617, 13623, 13629, 13635, 13640, 13647, 13653, 13670, 13680, 13689, 13692, 13696, 13700, 13704, 13708, 13712, 13716, 13726, 13736, 13746, 13752, 13759, 13766, 13771, 13776, 13782, 13788, 13794, 13800, 13806, 13812, 13818, 13824, 13830, 13836, 13842, 13848, 13854, 13860, 13866, 13872, 13878, 13883, 13891, 13897, 13904, 13910, 13915, 13918, 13924, 13930, 13936, 13940, 13944, 13951, 13959, 13963, 13967, 13971, 13974, 13982, 13988, 13994, 14006, 14009, 14013, 14017, 14021, 14026, 14031, 14036, 14041, 14048, 14054, 14059, 14064, 14070, 14078, 14082, 14090, 14096, 14102, 14110, 14117, 14123, 14128, 14132, 14136, 14140, 14144, 14148, 14152, 14157, 14162, 14168, 14174, 14180, 14186, 14192, 14198, 14204, 14210, 14216, 14222, 14228, 14234, 14240, 14246, 14252, 14258, 14264, 14267, 14270, 14273, 14276, 14279, 14282, 14288, 14292, 14299, 14306, 14310, 14314, 14319, 14324, 14329, 14334, 14339, 14344, 14349, 14354, 14359, 14364, 14369, 14374, 14379, 14384, 14389, 14394, 14399, 14403, 14410, 14418, 14423, 14427, 14429, 14432, 14435, 14443, 14451, 14460, 14468, 14478, 14489, 14502, 14515, 14530, 14538, 14546, 14555, 14563, 14573, 14584, 14597, 14610, 14625, 14628, 14631, 14638, 14641, 14644, 14647, 14650, 14653, 14656, 14660, 14664, 14669, 14674, 14679, 14684, 14689, 14694, 14699, 14704, 14709, 14714, 14719, 14724, 14729, 14734, 14739, 14744, 14749, 14755, 14762, 14765, 14772, 14779, 14786, 14793, 14800, 14807, 14814, 14822, 14830, 14839, 14848, 14857, 14866, 14875, 14884, 14893, 14902, 14911, 14920, 14929, 14938, 14947, 14956, 14965, 14974, 14983, 14992, 15001, 15010, 15019, 15028, 15037, 15046, 15056, 15066, 15077, 15088, 15099, 15110, 15121, 15132, 15143, 15154, 15165, 15176, 15187, 15198, 15209, 15220, 15231, 15242, 15253, 15264, 15275, 15287, 15297, 15302, 15309, 15317, 15320, 15329, 15338, 15353, 15359, 15364, 15371, 15382, 15394, 15406, 15427, 15450, 15474, 15485, 15493, 15498, 15505, 15510, 15519, 15529, 15531, 15534, 15537, 15545, 15553, 15562, 15570, 15580, 15591, 15604, 15617, 15632, 15640, 15648, 15657, 15665, 15675, 15686, 15699, 15712, 15727, 15730, 15733, 15737, 15742, 15767, 15772, 15776, 15790, 15798, 15813, 15817, 15823, 15829, 15834, 15837, 15841, 15845, 15851, 15857, 15863, 15869, 15875, 15881, 15889, 15897, 15905, 15912, 15919, 15926, 15933, 15940, 15947, 15956, 15965, 15974, 15982, 15990, 15999, 16008, 16017, 16026, 16035, 16044, 16053, 16062, 16071, 16080, 16089, 16098, 16107, 16116, 16125, 16134, 16143, 16150, 16157, 16165, 16173, 16181, 16189, 16197, 16205, 16213, 16221, 16229, 16237, 16245, 16253, 16261, 16269, 16277, 16285, 16293, 16297, 16303, 16307, 16312, 16315, 16319, 16323, 16336, 16351, 16359, 16369, 16377, 16381, 16385, 16398, 16413, 16421, 16431, 16439, 16451, 16465, 16472, 16481, 16486, 16491, 16496, 16501, 16508, 16515, 16521, 16527, 16533, 16540, 16544, 16549, 16557, 16573, 16577, 16584, 16593, 16599, 16604, 16609, 16613, 16620, 16627, 16631, 16639, 16646, 16651, 16660, 16669, 16678, 16686, 16693, 16702, 16705, 16723, 16729, 16733, 16738, 16744, 16750, 16756, 16762, 16768, 16774, 16780, 16786, 16792, 16798, 16804, 16811, 16818, 16826, 16834, 16842, 16850, 16856, 16863, 16870, 16878, 16886, 16893, 16900, 16907, 16914, 16921, 16929, 16937, 16945, 16953, 16961, 16969, 16977, 16985, 16993, 17001, 17009, 17017, 17025, 17033, 17041, 17049, 17057, 17063, 17070, 17078, 17086, 17095, 17104, 17108, 17112, 17121, 17128, 17133, 17136, 17149, 17164, 17174, 17185, 17195, 17206, 17211, 17224, 17234, 17247, 17256, 17274, 17289, 17307, 17321, 17341, 17354, 17368, 17384, 17402, 17412, 17427, 17435, 17439, 17444, 17449, 17454, 17459, 17464, 17469, 17475, 17481, 17488, 17495, 17502, 17509, 17516, 17523, 17530, 17537, 17544, 17551, 17558, 17565, 17572, 17579, 17586, 17593, 17600, 17604, 17609, 17614, 17619, 17624, 17629, 17634, 17640, 17646, 17653, 17660, 17667, 17674, 17681, 17688, 17695, 17702, 17709, 17716, 17723, 17730, 17737, 17744, 17751, 17758, 17765, 17770, 17778, 17782, 17786, 17795, 17797, 17805, 17809, 17816, 17820, 17825, 17830, 17835, 17840, 17845, 17850, 17856, 17862, 17869, 17876, 17883, 17890, 17897, 17904, 17911, 17918, 17925, 17932, 17939, 17946, 17953, 17960, 17967, 17974, 17981, 17988, 17995, 18002, 18008, 18015, 18020, 18026, 18034, 18042, 18048, 18056, 18065, 18074, 18083, 18089, 18092, 18107, 18112, 18117, 18122, 18127, 18132, 18137, 18147, 18157, 18167, 18177, 18187, 18197, 18203, 18209, 18216, 18223, 18230, 18237, 18244, 18251, 18258, 18265, 18272, 18279, 18286, 18293, 18300, 18307, 18314, 18321, 18328, 18335, 18341, 18349, 18354, 18362, 18370, 18375, 18378, 18382, 18386, 18390, 18394, 18398, 18402, 18411, 18420, 18429, 18438, 18443, 18448, 18454, 18460, 18466, 18472, 18478, 18484, 18490, 18496, 18502, 18508, 18514, 18520, 18526, 18532, 18538, 18544, 18550, 18554, 18558, 18567, 18572, 18580, 18586, 18590, 18600, 18610, 18620, 18625, 18632, 18641, 18651, 18661, 18667, 18674, 18682, 18684, 18689, 18694, 18699, 18704, 18709, 18714, 18720, 18726, 18733, 18740, 18747, 18754, 18761, 18768, 18775, 18782, 18789, 18796, 18803, 18810, 18817, 18824, 18831, 18838, 18845, 18851, 18858, 18865, 18872, 18879, 18886, 18893, 18913, 18933, 18953, 18973, 18993, 19013, 19034, 19055, 19077, 19099, 19121, 19143, 19165, 19187, 19209, 19231, 19253, 19275, 19297, 19319, 19341, 19363, 19385, 19407, 19429, 19437, 19445, 19454, 19463, 19472, 19481, 19490, 19499, 19508, 19517, 19526, 19535, 19544, 19553, 19562, 19571, 19580, 19589, 19598, 19605, 19610, 19614, 19617, 19620, 19628, 19636, 19644, 19652, 19660, 19668, 19678, 19688, 19698, 19707, 19716, 19726, 19736, 19746, 19756, 19766, 19776, 19786, 19796, 19806, 19816, 19826, 19836, 19846, 19856, 19866, 19876, 19886, 19894, 19902, 19910, 19918, 19926, 19934, 19944, 19954, 19964, 19973, 19982, 19992, 20002, 20012, 20022, 20032, 20042, 20052, 20062, 20072, 20082, 20092, 20102, 20112, 20122, 20132, 20142, 20152, 20157, 20161, 20165, 20169, 20178, 20184, 20191, 20199, 20208, 20214, 20220, 20225, 20233, 20241, 20247, 20254, 20263, 20268, 20275, 20285, 20291, 20298, 20305, 20316, 20322, 20328, 20338, 20348, 20358, 20367, 20375, 20387, 20399, 20411, 20422, 20429, 20435, 20439, 20444, 20449, 20453, 20458, 20461, 20466, 20475, 20481, 20488, 20500, 20508, 20511, 20517, 20524, 20530, 20536, 20544, 20553, 20566, 20569, 20575, 20582, 20589, 20593, 20602, 20608, 20615, 20618, 20623, 20633, 20643, 20653, 20663, 20673, 20683, 20694, 20705, 20717, 20729, 20741, 20753, 20765, 20777, 20789, 20801, 20813, 20825, 20837, 20849, 20861, 20873, 20885, 20897, 20909, 20913, 20917, 20921, 20926, 20931, 20935, 20939, 20944, 20950, 20964, 20978, 20992, 21006, 21020, 21034, 21048, 21063, 21078, 21094, 21110, 21126, 21142, 21158, 21174, 21190, 21206, 21222, 21238, 21254, 21270, 21286, 21302, 21318, 21334, 21350, 21355, 21360, 21364, 21370, 21375, 21380, 21385, 21391, 21395, 21400, 21407, 21416, 21427, 21438, 21449, 21459, 21467, 21471, 21478, 21484, 21488, 21492, 21496, 21500, 21504, 21508, 21512, 21516, 21526, 21534, 21540, 21547, 21554, 21561, 21568, 21575, 21582, 21597, 21611, 21624, 21631, 21638, 21652, 21665, 21673, 21681, 21690, 21699, 21708, 21717, 21726, 21735, 21744, 21753, 21762, 21771, 21780, 21789, 21798, 21807, 21816, 21825, 21834, 21839, 21844, 21850, 21856, 21862, 21868, 21874, 21880, 21886, 21892, 21898, 21904, 21910, 21916, 21922, 21928, 21934, 21940, 21946, 21968, 21977, 21981, 21986, 21991, 21995, 22002, 22006, 22013, 22020, 22029, 22041, 22053, 22062, 22070, 22073, 22081, 22083, 22086, 22089, 22092, 22095, 22098, 22101, 22110, 22119, 22128, 22133, 22137, 22141, 22145, 22150, 22155, 22160, 22165, 22170, 22175, 22180, 22185, 22190, 22195, 22200, 22205, 22210, 22215, 22220, 22225, 22230, 22238, 22249, 22258, 22269, 22277, 22293, 22303, 22313, 22323, 22332, 22339, 22347, 22353, 22361, 22366, 22371, 22376, 22385, 22402, 22409, 22417, 22433, 22449, 22465, 22481, 22497, 22513, 22530, 22547, 22565, 22583, 22601, 22619, 22637, 22655, 22673, 22691, 22709, 22727, 22745, 22763, 22781, 22799, 22817, 22835, 22853, 22859, 22869, 22875, 22881, 22893, 22898, 22904, 22910, 22913, 22916, 22925, 22934, 22938, 22948, 22953, 22960, 22968, 22974, 22978, 22987, 22994, 23006, 23016, 23020, 23029, 23038, 23047, 23056, 23065, 23074, 23084, 23094, 23105, 23116, 23127, 23138, 23149, 23160, 23171, 23182, 23193, 23204, 23215, 23226, 23237, 23248, 23259, 23270, 23281, 23291, 23301, 23311, 23321, 23331, 23341, 23352, 23363, 23375, 23387, 23399, 23411, 23423, 23435, 23447, 23459, 23471, 23483, 23495, 23507, 23519, 23531, 23543, 23555, 23567, 23572, 23581, 23585, 23589, 23596, 23611, 23626, 23641, 23656, 23671, 23686, 23702, 23718, 23735, 23752, 23769, 23786, 23803, 23820, 23837, 23854, 23871, 23888, 23905, 23922, 23939, 23956, 23973, 23990, 24007, 24022, 24037, 24052, 24067, 24082, 24097, 24113, 24129, 24146, 24163, 24180, 24197, 24214, 24231, 24248, 24265, 24282, 24299, 24316, 24333, 24350, 24367, 24384, 24401, 24418, 24423, 24429, 24435, 24442, 24452, 24455, 24458, 24461, 24464, 24467, 24470, 24473, 24478, 24481, 24485, 24489, 24493, 24497, 24502, 24507, 24512, 24517, 24522, 24527, 24532, 24537, 24542, 24547, 24552, 24557, 24562, 24567, 24572, 24577, 24582, 24585, 24590, 24591, 24594, 24596, 24599, 24602, 24605, 24608, 24611, 24614, 24617, 24624, 24632, 24639, 24643, 24654, 24665, 24670, 24678, 24687, 24697, 24707, 24717, 24723, 24731, 24737, 24741, 24748, 24752, 24758, 24763, 24770, 24776, 24785, 24795, 24801, 24806, 24812, 24821, 24831, 24840, 24848, 24855, 24862, 24873, 24881, 24886, 24892, 24901, 24906, 24909, 24912, 24915, 24918, 24921, 24928, 24936, 24943, 24947, 24958, 24969, 24974, 24982, 24991, 25001, 25011, 25021, 25027, 25035, 25041, 25045, 25052, 25056, 25062, 25067, 25074, 25080, 25089, 25099, 25105, 25110, 25116, 25125, 25135, 25144, 25152, 25159, 25166, 25177, 25185, 25190, 25196, 25205, 25210, 25214, 25222, 25230, 25238, 25246, 25256, 25266, 25276, 25286, 25296, 25308, 25322, 25336, 25346, 25356, 25367, 25377, 25389, 25402, 25417, 25432, 25449, 25459, 25469, 25480, 25490, 25502, 25515, 25530, 25545, 25562, 25580, 25594, 25608, 25618, 25628, 25639, 25649, 25661, 25674, 25689, 25704, 25721, 25731, 25741, 25752, 25762, 25774, 25787, 25802, 25817, 25834, 25844, 25854, 25865, 25875, 25887, 25900, 25915, 25930, 25947, 25957, 25967, 25978, 25988, 26000, 26013, 26028, 26043, 26060, 26073, 26085, 26097, 26103, 26109, 26117, 26125, 26158, 26189, 26193, 26204, 26215, 26221, 26231, 26258, 26264, 26274, 26280, 26303, 26316, 26329, 26350, 26362, 26371, 26411, 26448, 26482, 26494, 26515, 26527, 26536, 26552, 26592, 26638, 26647, 26668, 26677, 26698, 26704, 26719, 26737, 26746, 26755, 26776, 26797, 26809, 26842, 26857, 26878, 26882, 26886, 26890, 26894, 26898, 26906, 26915, 26923, 26928, 26940, 26952, 26958, 26967, 26977, 26988, 26999, 27010, 27017, 27026, 27033, 27038, 27046, 27051, 27058, 27064, 27072, 27079, 27089, 27100, 27107, 27113, 27120, 27130, 27141, 27151, 27160, 27168, 27176, 27188, 27197, 27203, 27210, 27220, 27226, 27230, 27234, 27238, 27242, 27246, 27254, 27263, 27271, 27276, 27288, 27300, 27306, 27315, 27325, 27336, 27347, 27358, 27365, 27374, 27381, 27386, 27394, 27399, 27406, 27412, 27420, 27427, 27437, 27448, 27455, 27461, 27468, 27478, 27489, 27499, 27508, 27516, 27524, 27536, 27545, 27551, 27558, 27568, 27574, 27578, 27582, 27586, 27590, 27594, 27602, 27611, 27619, 27624, 27636, 27648, 27654, 27663, 27673, 27684, 27695, 27706, 27713, 27722, 27729, 27734, 27742, 27747, 27754, 27760, 27768, 27775, 27785, 27796, 27803, 27809, 27816, 27826, 27837, 27847, 27856, 27864, 27872, 27884, 27893, 27899, 27906, 27916, 27922, 27926, 27930, 27934, 27938, 27942, 27950, 27959, 27967, 27972, 27984, 27996, 28002, 28011, 28021, 28032, 28043, 28054, 28061, 28070, 28077, 28082, 28090, 28095, 28102, 28108, 28116, 28123, 28133, 28144, 28151, 28157, 28164, 28174, 28185, 28195, 28204, 28212, 28220, 28232, 28241, 28247, 28254, 28264, 28270, 28274, 28278, 28282, 28286, 28290, 28298, 28307, 28315, 28320, 28332, 28344, 28350, 28359, 28369, 28380, 28391, 28402, 28409, 28418, 28425, 28430, 28438, 28443, 28450, 28456, 28464, 28471, 28481, 28492, 28499, 28505, 28512, 28522, 28533, 28543, 28552, 28560, 28568, 28580, 28589, 28595, 28602, 28612, 28618, 28622, 28626, 28630, 28634, 28638, 28646, 28655, 28663, 28668, 28680, 28692, 28698, 28707, 28717, 28728, 28739, 28750, 28757, 28766, 28773, 28778, 28786, 28791, 28798, 28804, 28812, 28819, 28829, 28840, 28847, 28853, 28860, 28870, 28881, 28891, 28900, 28908, 28916, 28928, 28937, 28943, 28950, 28960, 28966, 28970, 28974, 28978, 28982, 28986, 28994, 29003, 29011, 29016, 29028, 29040, 29046, 29055, 29065, 29076, 29087, 29098, 29105, 29114, 29121, 29126, 29134, 29139, 29146, 29152, 29160, 29167, 29177, 29188, 29195, 29201, 29208, 29218, 29229, 29239, 29248, 29256, 29264, 29276, 29285, 29291, 29298, 29308, 29314, 29318, 29322, 29326, 29330, 29334, 29342, 29351, 29359, 29364, 29376, 29388, 29394, 29403, 29413, 29424, 29435, 29446, 29453, 29462, 29469, 29474, 29482, 29487, 29494, 29500, 29508, 29515, 29525, 29536, 29543, 29549, 29556, 29566, 29577, 29587, 29596, 29604, 29612, 29624, 29633, 29639, 29646, 29656, 29662, 29666, 29670, 29674, 29678, 29682, 29690, 29699, 29707, 29712, 29724, 29736, 29742, 29751, 29761, 29772, 29783, 29794, 29801, 29810, 29817, 29822, 29830, 29835, 29842, 29848, 29856, 29863, 29873, 29884, 29891, 29897, 29904, 29914, 29925, 29935, 29944, 29952, 29960, 29972, 29981, 29987, 29994, 30004, 30010, 30014, 30018, 30022, 30026, 30030, 30038, 30047, 30055, 30060, 30072, 30084, 30090, 30099, 30109, 30120, 30131, 30142, 30149, 30158, 30165, 30170, 30178, 30183, 30190, 30196, 30204, 30211, 30221, 30232, 30239, 30245, 30252, 30262, 30273, 30283, 30292, 30300, 30308, 30320, 30329, 30335, 30342, 30352, 30358, 30362, 30366, 30370, 30374, 30378, 30386, 30395, 30403, 30408, 30420, 30432, 30438, 30447, 30457, 30468, 30479, 30490, 30497, 30506, 30513, 30518, 30526, 30531, 30538, 30544, 30552, 30559, 30569, 30580, 30587, 30593, 30600, 30610, 30621, 30631, 30640, 30648, 30656, 30668, 30677, 30683, 30690, 30700, 30706, 30710, 30714, 30718, 30722, 30726, 30734, 30743, 30751, 30756, 30768, 30780, 30786, 30795, 30805, 30816, 30827, 30838, 30845, 30854, 30861, 30866, 30874, 30879, 30886, 30892, 30900, 30907, 30917, 30928, 30935, 30941, 30948, 30958, 30969, 30979, 30988, 30996, 31004, 31016, 31025, 31031, 31038, 31048, 31054, 31059, 31064, 31068, 31072, 31076, 31080, 31084, 31092, 31101, 31109, 31114, 31126, 31138, 31144, 31153, 31163, 31174, 31185, 31196, 31203, 31212, 31219, 31224, 31232, 31237, 31244, 31250, 31258, 31265, 31275, 31286, 31293, 31299, 31306, 31316, 31327, 31337, 31346, 31354, 31362, 31374, 31383, 31389, 31396, 31406, 31412, 31416, 31420, 31424, 31428, 31432, 31440, 31449, 31457, 31462, 31474, 31486, 31492, 31501, 31511, 31522, 31533, 31544, 31551, 31560, 31567, 31572, 31580, 31585, 31592, 31598, 31606, 31613, 31623, 31634, 31641, 31647, 31654, 31664, 31675, 31685, 31694, 31702, 31710, 31722, 31731, 31737, 31744, 31754, 31760, 31764, 31768, 31772, 31776, 31780, 31788, 31797, 31805, 31810, 31822, 31834, 31840, 31849, 31859, 31870, 31881, 31892, 31899, 31908, 31915, 31920, 31928, 31933, 31940, 31946, 31954, 31961, 31971, 31982, 31989, 31995, 32002, 32012, 32023, 32033, 32042, 32050, 32058, 32070, 32079, 32085, 32092, 32102, 32108, 32112, 32116, 32120, 32124, 32128, 32136, 32145, 32153, 32158, 32170, 32182, 32188, 32197, 32207, 32218, 32229, 32240, 32247, 32256, 32263, 32268, 32276, 32281, 32288, 32294, 32302, 32309, 32319, 32330, 32337, 32343, 32350, 32360, 32371, 32381, 32390, 32398, 32406, 32418, 32427, 32433, 32440, 32450, 32456, 32460, 32464, 32468, 32472, 32476, 32484, 32493, 32501, 32506, 32518, 32530, 32536, 32545, 32555, 32566, 32577, 32588, 32595, 32604, 32611, 32616, 32624, 32629, 32636, 32642, 32650, 32657, 32667, 32678, 32685, 32691, 32698, 32708, 32719, 32729, 32738, 32746, 32754, 32766, 32775, 32781, 32788, 32798, 32804, 32810, 32816, 32834, 32843, 32852, 32870, 32888, 32897, 32915, 32942, 32972, 32984, 32999, 33011, 33017, 33023, 33032, 33044, 33053, 33065, 33071, 33083, 33095, 33101, 33107, 33119, 33131, 33143, 33152, 33161, 33167, 33179, 33185, 33197, 33203, 33215, 33227, 33239, 33251, 33257, 33263, 33269, 33278, 33290, 33299, 33305, 33317, 33323, 33329, 33338, 33344, 33350, 33359, 33365, 33371, 33389, 33410, 33416, 33422, 33428, 33434, 33440, 33446, 33452, 33458, 33464, 33470, 33476, 33482, 33488, 33494, 33500, 33506, 33512, 33518, 33524, 33530, 33536, 33542, 33548, 33554, 33563, 33569, 33575, 33581, 33590, 33596, 33602, 33608, 33620, 33632, 33638, 33644, 33650, 33665, 33671, 33683, 33695, 33707, 33719, 33725, 33731, 33737, 33743, 33749, 33755, 33761, 33767, 33773, 33779, 33785, 33791, 33797, 33803, 33809, 33815, 33821, 33827, 33833, 33839, 33845, 33851, 33857, 33863, 33875, 33887, 33905, 33917, 33923, 33932, 33938, 33941, 33944, 33956, 33962, 33971, 33980, 33986, 33992, 33998, 34004, 34010, 34022, 34031, 34043, 34049, 34055, 34061, 34067, 34073, 34079, 34085, 34091, 34097, 34103, 34112, 34118, 34124, 34130, 34133],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[776, 805, 891, 892, 933, 2217]), Anchor::All(&[Anchor::Lits(&[862]), Anchor::Lits(&[1044])]), Anchor::All(&[Anchor::Lits(&[856, 857, 858, 859, 860, 861, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015]), Anchor::Lits(&[6, 8, 64, 65, 89, 93, 149, 150, 162, 164, 199, 200, 206, 208, 243, 244, 250, 252, 287, 288, 296, 300, 419, 424, 870, 925, 932, 3272, 3274, 3309, 3310, 3316, 3318, 3353, 3354, 3479, 3481, 3516, 3517, 3523, 3525, 3560, 3561, 3567, 3569, 3604, 3605, 3611, 3613, 3648, 3649, 3655, 3657, 3692, 3693, 3699, 3701, 3736, 3737, 3743, 3745, 3780, 3781, 3787, 3789, 3824, 3825, 3831, 3833, 3868, 3869, 3875, 3877, 3912, 3913, 3919, 3921, 3956, 3957, 3963, 3965, 4000, 4001, 4009, 4011, 4046, 4047, 4053, 4055, 4090, 4091, 4097, 4099, 4134, 4135, 4141, 4143, 4178, 4179, 4185, 4187, 4222, 4223]), Anchor::Lits(&[7, 63, 92, 148, 163, 198, 207, 242, 251, 286, 299, 418, 863, 918, 3273, 3308, 3317, 3352, 3480, 3515, 3524, 3559, 3568, 3603, 3612, 3647, 3656, 3691, 3700, 3735, 3744, 3779, 3788, 3823, 3832, 3867, 3876, 3911, 3920, 3955, 3964, 3999, 4010, 4045, 4054, 4089, 4098, 4133, 4142, 4177, 4186, 4221])]), Anchor::All(&[Anchor::Lits(&[1087, 2073, 2222, 2949, 2960, 2963, 2964]), Anchor::Lits(&[758]), Anchor::Lits(&[829])]), Anchor::All(&[Anchor::Lits(&[808]), Anchor::Lits(&[3265])]), Anchor::All(&[Anchor::Lits(&[798]), Anchor::Lits(&[830])]), Anchor::All(&[Anchor::Lits(&[5, 88, 161, 205, 249, 295, 1403, 1794, 1893, 2159, 2185, 2901, 2948, 2962, 3271, 3315, 3478, 3522, 3566, 3610, 3654, 3698, 3742, 3786, 3830, 3874, 3918, 3962, 4008, 4052, 4096, 4140, 4184]), Anchor::Lits(&[759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 800, 801, 802, 803, 804, 806, 807, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827]), Anchor::Lits(&[1373, 1374, 1375, 1376, 1377, 1378, 1403, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1786, 1787, 1788, 1789, 1790, 1791, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2942, 2943, 2944, 2945, 2946, 2947, 2948, 2952, 2953, 2954, 2955, 2956, 2957, 2962, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 2977, 2978, 2979, 2980, 2981, 2982, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999, 3000, 3001, 3002])])])),
            (47, "code-fence-role", Anchor::Lits(&[1068])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[333, 341, 342, 349, 391, 402, 407, 408, 427, 428]), Anchor::Lits(&[1580, 1822, 1845, 1977, 2151, 2564])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[458, 463, 466, 471, 474, 475, 476, 479, 480, 481, 482]), Anchor::Any(&[Anchor::Lits(&[1372, 1785, 2951]), Anchor::All(&[Anchor::Lits(&[1372, 1785, 2219, 2951]), Anchor::Lits(&[4, 31, 38, 43, 45, 51, 68, 294, 350, 362, 367, 378, 390, 432, 1382, 1793, 2220, 2961])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2951]), Anchor::Lits(&[4, 294, 586, 587, 1045, 2958, 2959, 2961]), Anchor::Lits(&[1089, 1247, 1285, 1322, 1360, 1722, 1775, 1792, 1814, 1817, 1821, 1823, 1836, 1963, 1964, 1976, 1999, 2016, 2027, 2150, 2221, 2230, 2231, 2362, 2438, 2441, 2442, 2464, 2521, 2563, 2618, 2643, 2648, 2816, 2819, 2835, 3101, 3239])]), Anchor::All(&[Anchor::Lits(&[1076, 1363, 1644, 1835, 2038, 2039, 2040, 2041, 2099, 2100, 2152, 2463, 2522, 2523, 2938, 3098, 3231]), Anchor::Lits(&[736, 737, 738, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756]), Anchor::Lits(&[1139, 1144, 1157, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1194, 1373, 1378, 1379, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1405])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[348, 361, 389, 420, 421, 422, 423, 1886, 2563]), Anchor::All(&[Anchor::Lits(&[311, 347, 349, 360, 377, 388, 409]), Anchor::Lits(&[1509, 1510, 2894])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1087, 2443, 2445, 2447, 2563, 2831, 2929]), Anchor::All(&[Anchor::Lits(&[303, 305, 314, 316, 320, 331, 360, 368, 377, 383, 431]), Anchor::Lits(&[1088, 1091, 1791, 2832, 2849, 2957])])]), Anchor::Lits(&[4, 294, 304, 306, 315, 317, 321, 332, 362, 369, 384, 432, 1090, 2444, 2446, 2448, 2565, 2833, 2930])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[1081, 1721, 1816, 1885, 2219, 2385, 2492, 2563, 2812, 3103]), Anchor::Lits(&[1087, 1747, 1785, 1883, 2015, 2073, 2230, 2262, 2563, 2831, 2847, 2848, 2929, 2932, 2951, 3101])])),
            (56, "instruction-banner", Anchor::Lits(&[1721, 1816, 2219, 2559])),
            (98, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[336, 600, 603, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 618, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 1047, 1048, 1050, 1051, 1053, 1054, 1055, 1057, 1061, 1062, 1063, 1066, 1359]), Anchor::All(&[Anchor::Lits(&[1358, 1739, 1915, 2031, 2214, 2803, 2839, 2840, 3062]), Anchor::Lits(&[1046, 1049, 1052, 1058, 1060, 1064, 1067])])])),
            (99, "safety-config-off", Anchor::Lits(&[323, 338, 381, 386, 412, 1358, 1490, 1724, 1915, 1962, 2031, 2215, 2798, 2801, 2803, 2838, 2839, 2840, 2841, 2842, 3062])),
            (106, "no-more-rules", Anchor::Lits(&[2450, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2464, 2465])),
            (122, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[95, 302, 401, 455, 456, 465, 502, 503, 511, 588, 589, 590, 652, 658, 731, 739, 757, 799, 828, 831, 832, 835, 890, 1069, 1094, 1372, 1538, 1710, 1727, 1735, 2007, 2020, 2260, 2330, 2569, 3264, 3266, 3267, 3356, 4003, 4004]), Anchor::Lits(&[1077, 1082, 1284, 1355, 1360, 1434, 1576, 1579, 1582, 1583, 1645, 1717, 1718, 1734, 1743, 1745, 1746, 1776, 1783, 1817, 1821, 1823, 1829, 1836, 1842, 1844, 1850, 1851, 1878, 1881, 1922, 1953, 1957, 1958, 1960, 1976, 1978, 2013, 2027, 2150, 2205, 2210, 2216, 2229, 2255, 2258, 2263, 2328, 2363, 2369, 2375, 2431, 2437, 2441, 2527, 2562, 2563, 2608, 2644, 2648, 2733, 2734, 2795, 2796, 2797, 2802, 2804, 2809, 2811, 2816, 2818, 2819, 2830, 2836, 2843, 2855, 2859, 2860, 2887, 2888, 2892, 2921, 2923, 3010, 3013, 3051, 3100, 3103, 3104, 3106, 3111, 3120, 3173, 3174, 3226])]), Anchor::All(&[Anchor::Lits(&[1721, 1816, 2219, 2372, 2380, 2492, 2558, 2807, 2812]), Anchor::Lits(&[1094, 1497, 1498, 1538, 2386, 2799, 2824, 2951]), Anchor::Lits(&[1966, 3020])])])),
            (123, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[1721, 1816, 2219, 2380, 2492, 2525, 2559, 2563, 2653, 3008]), Anchor::Lits(&[1094, 1138, 1372, 1538, 1727, 1735, 2020, 2330, 2386, 2951]), Anchor::Lits(&[457, 504, 591, 659, 695, 758, 855, 3263])])),
            (128, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[454]), Anchor::Lits(&[1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043])])),
            (129, "send-to-a-beacon", Anchor::Lits(&[2097, 2098])),
            (130, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[1507, 1726, 1734, 1850, 1851, 1881, 1956, 1957, 1978, 2263, 2644, 2735, 2736, 2855, 3051, 3100, 3104, 3226]), Anchor::Lits(&[1438, 1578, 1581, 1719, 1846, 1848, 1849, 1951, 1955, 2032, 2225, 2365, 2449, 2520, 2640, 2737, 2813, 2922, 3118]), Anchor::Lits(&[833, 1506, 2000, 2005, 2097, 2098, 2837, 3021, 3022, 3023, 3024, 3025, 3026, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050])])),
            (134, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1820, 1965, 2036, 2526, 3110]), Anchor::All(&[Anchor::Lits(&[1720]), Anchor::Lits(&[472, 3171])])]), Anchor::Lits(&[2927])])),
            (136, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[834, 835, 837, 838, 843, 846, 1105, 1145, 1148, 1151, 1152, 1160, 1163, 1166, 1167, 1195, 1196, 1197, 1198, 1365, 1429, 1497, 1705, 1706, 1707, 1708, 1710, 1725, 1727, 1735, 1778, 1779, 1780, 1781, 2033, 2213, 2333, 2334, 2335, 2336, 2337, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2353, 2376, 2377, 2378, 2379, 2386, 2553, 2554, 2555, 2556, 2601, 2651, 2800, 2820, 2821, 2822, 2823, 2825, 2826, 2827, 2828, 2852, 2933, 2934, 2935, 2936, 3014, 3015, 3016, 3017, 3057, 3058, 3059, 3060, 4230, 4231, 4249, 4270, 4306]), Anchor::All(&[Anchor::Lits(&[2074, 2219, 2372, 2380, 2492, 2568, 2656, 2807, 3018]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3275, 3276, 3278, 3279, 3281, 3292, 3293, 3319, 3320, 3322, 3323, 3325, 3336, 3337, 3482, 3483, 3485, 3486, 3488, 3499, 3500, 3526, 3527, 3529, 3530, 3532, 3543, 3544, 3570, 3571, 3573, 3574, 3576, 3587, 3588, 3614, 3615, 3617, 3618, 3620, 3631, 3632, 3658, 3659, 3661, 3662, 3664, 3675, 3676, 3702, 3703, 3705, 3706, 3708, 3719, 3720, 3746, 3747, 3749, 3750, 3752, 3763, 3764, 3790, 3791, 3793, 3794, 3796, 3807, 3808, 3834, 3835, 3837, 3838, 3840, 3851, 3852, 3878, 3879, 3881, 3882, 3884, 3895, 3896, 3922, 3923, 3925, 3926, 3928, 3939, 3940, 3966, 3967, 3969, 3970, 3972, 3983, 3984, 4012, 4013, 4015, 4016, 4018, 4029, 4030, 4056, 4057, 4059, 4060, 4062, 4073, 4074, 4100, 4101, 4103, 4104, 4106, 4117, 4118, 4144, 4145, 4147, 4148, 4150, 4161, 4162, 4188, 4189, 4191, 4192, 4194, 4205, 4206]), Anchor::Lits(&[1967, 1968, 1969, 1970, 1971, 1972, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 3021, 3022, 3023, 3024, 3025, 3026, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 57, 94, 95, 97, 100, 103, 115, 118, 141, 165, 166, 168, 169, 171, 182, 183, 194, 209, 210, 212, 213, 215, 226, 227, 238, 253, 254, 256, 257, 259, 270, 271, 282, 301, 302, 308, 312, 324, 356, 363, 405, 3275, 3276, 3278, 3279, 3281, 3292, 3293, 3304, 3319, 3320, 3322, 3323, 3325, 3336, 3337, 3348, 3482, 3483, 3485, 3486, 3488, 3499, 3500, 3511, 3526, 3527, 3529, 3530, 3532, 3543, 3544, 3555, 3570, 3571, 3573, 3574, 3576, 3587, 3588, 3599, 3614, 3615, 3617, 3618, 3620, 3631, 3632, 3643, 3658, 3659, 3661, 3662, 3664, 3675, 3676, 3687, 3702, 3703, 3705, 3706, 3708, 3719, 3720, 3731, 3746, 3747, 3749, 3750, 3752, 3763, 3764, 3775, 3790, 3791, 3793, 3794, 3796, 3807, 3808, 3819, 3834, 3835, 3837, 3838, 3840, 3851, 3852, 3863, 3878, 3879, 3881, 3882, 3884, 3895, 3896, 3907, 3922, 3923, 3925, 3926, 3928, 3939, 3940, 3951, 3966, 3967, 3969, 3970, 3972, 3983, 3984, 3995, 4012, 4013, 4015, 4016, 4018, 4029, 4030, 4041, 4056, 4057, 4059, 4060, 4062, 4073, 4074, 4085, 4100, 4101, 4103, 4104, 4106, 4117, 4118, 4129, 4144, 4145, 4147, 4148, 4150, 4161, 4162, 4173, 4188, 4189, 4191, 4192, 4194, 4205, 4206, 4217]), Anchor::Lits(&[1439, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 3232, 3233, 3234, 3235, 3236, 3237, 3242, 3243, 3244, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 3259, 3260])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3275, 3276, 3278, 3279, 3281, 3292, 3293, 3319, 3320, 3322, 3323, 3325, 3336, 3337, 3482, 3483, 3485, 3486, 3488, 3499, 3500, 3526, 3527, 3529, 3530, 3532, 3543, 3544, 3570, 3571, 3573, 3574, 3576, 3587, 3588, 3614, 3615, 3617, 3618, 3620, 3631, 3632, 3658, 3659, 3661, 3662, 3664, 3675, 3676, 3702, 3703, 3705, 3706, 3708, 3719, 3720, 3746, 3747, 3749, 3750, 3752, 3763, 3764, 3790, 3791, 3793, 3794, 3796, 3807, 3808, 3834, 3835, 3837, 3838, 3840, 3851, 3852, 3878, 3879, 3881, 3882, 3884, 3895, 3896, 3922, 3923, 3925, 3926, 3928, 3939, 3940, 3966, 3967, 3969, 3970, 3972, 3983, 3984, 4012, 4013, 4015, 4016, 4018, 4029, 4030, 4056, 4057, 4059, 4060, 4062, 4073, 4074, 4100, 4101, 4103, 4104, 4106, 4117, 4118, 4144, 4145, 4147, 4148, 4150, 4161, 4162, 4188, 4189, 4191, 4192, 4194, 4205, 4206]), Anchor::Lits(&[1967, 1968, 1969, 1970, 1971, 1972, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 3021, 3022, 3023, 3024, 3025, 3026, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050]), Anchor::Lits(&[505, 506, 507, 508, 509, 510, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 856, 857, 858, 859, 860, 861, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015])]), Anchor::All(&[Anchor::Lits(&[2212, 2650, 2797, 2829, 2851, 2931, 3061]), Anchor::Lits(&[2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3275, 3276, 3278, 3279, 3281, 3292, 3293, 3319, 3320, 3322, 3323, 3325, 3336, 3337, 3482, 3483, 3485, 3486, 3488, 3499, 3500, 3526, 3527, 3529, 3530, 3532, 3543, 3544, 3570, 3571, 3573, 3574, 3576, 3587, 3588, 3614, 3615, 3617, 3618, 3620, 3631, 3632, 3658, 3659, 3661, 3662, 3664, 3675, 3676, 3702, 3703, 3705, 3706, 3708, 3719, 3720, 3746, 3747, 3749, 3750, 3752, 3763, 3764, 3790, 3791, 3793, 3794, 3796, 3807, 3808, 3834, 3835, 3837, 3838, 3840, 3851, 3852, 3878, 3879, 3881, 3882, 3884, 3895, 3896, 3922, 3923, 3925, 3926, 3928, 3939, 3940, 3966, 3967, 3969, 3970, 3972, 3983, 3984, 4012, 4013, 4015, 4016, 4018, 4029, 4030, 4056, 4057, 4059, 4060, 4062, 4073, 4074, 4100, 4101, 4103, 4104, 4106, 4117, 4118, 4144, 4145, 4147, 4148, 4150, 4161, 4162, 4188, 4189, 4191, 4192, 4194, 4205, 4206])]), Anchor::All(&[Anchor::Lits(&[28, 32, 40, 41, 42, 60, 109, 112, 119, 120, 121, 147, 176, 179, 184, 185, 186, 197, 220, 223, 228, 229, 230, 241, 264, 267, 272, 273, 274, 285, 343, 351, 364, 365, 366, 415, 3286, 3289, 3294, 3295, 3296, 3307, 3330, 3333, 3338, 3339, 3340, 3351, 3493, 3496, 3501, 3502, 3503, 3514, 3537, 3540, 3545, 3546, 3547, 3558, 3581, 3584, 3589, 3590, 3591, 3602, 3625, 3628, 3633, 3634, 3635, 3646, 3669, 3672, 3677, 3678, 3679, 3690, 3713, 3716, 3721, 3722, 3723, 3734, 3757, 3760, 3765, 3766, 3767, 3778, 3801, 3804, 3809, 3810, 3811, 3822, 3845, 3848, 3853, 3854, 3855, 3866, 3889, 3892, 3897, 3898, 3899, 3910, 3933, 3936, 3941, 3942, 3943, 3954, 3977, 3980, 3985, 3986, 3987, 3998, 4023, 4026, 4031, 4032, 4033, 4044, 4067, 4070, 4075, 4076, 4077, 4088, 4111, 4114, 4119, 4120, 4121, 4132, 4155, 4158, 4163, 4164, 4165, 4176, 4199, 4202, 4207, 4208, 4209, 4220]), Anchor::Lits(&[1095, 1096, 1097, 1098, 1099, 1100, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1373, 1374, 1375, 1376, 1377, 1378, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1539, 1540, 1541, 1542, 1543, 1544, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 2387, 2388, 2389, 2390, 2391, 2392, 2412, 2413, 2414, 2415, 2416, 2417, 2418, 2419, 2420, 2421, 2422, 2423, 2424, 2425, 2426, 2427, 2428, 2429, 2430])]), Anchor::All(&[Anchor::Lits(&[458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 473, 477, 478, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 592, 593, 594, 595, 596, 597, 598, 599, 601, 602, 604, 605, 606, 617, 619, 620, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730]), Anchor::Lits(&[1094, 1138, 1372, 1538, 1710, 1727, 1735, 2020, 2330, 2386]), Anchor::Lits(&[0, 1, 4, 85, 86, 87, 158, 159, 160, 202, 203, 204, 246, 247, 248, 290, 291, 294, 1101, 1102, 1103, 1110, 1111, 1112, 1158, 1159, 1172, 1206, 1207, 1208, 1380, 1381, 1382, 1406, 1407, 1408, 1545, 1546, 1547, 1549, 1550, 1551, 1711, 1712, 1713, 1714, 1715, 1716, 1728, 1729, 1730, 1731, 1732, 1733, 1736, 1737, 1738, 1740, 1741, 1742, 2021, 2022, 2023, 2024, 2025, 2026, 2331, 2332, 2338, 2349, 2350, 2351, 2393, 2394, 2395, 2409, 2410, 2411, 3268, 3269, 3270, 3312, 3313, 3314, 3475, 3476, 3477, 3519, 3520, 3521, 3563, 3564, 3565, 3607, 3608, 3609, 3651, 3652, 3653, 3695, 3696, 3697, 3739, 3740, 3741, 3783, 3784, 3785, 3827, 3828, 3829, 3871, 3872, 3873, 3915, 3916, 3917, 3959, 3960, 3961, 4005, 4006, 4007, 4049, 4050, 4051, 4093, 4094, 4095, 4137, 4138, 4139, 4181, 4182, 4183])]), Anchor::All(&[Anchor::Lits(&[1323, 1536, 2075, 2439, 2518]), Anchor::Lits(&[1138, 2232]), Anchor::Lits(&[1286, 2004])]), Anchor::All(&[Anchor::Lits(&[2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517]), Anchor::Lits(&[1094, 1138, 1372, 2101, 2396])]), Anchor::All(&[Anchor::Lits(&[2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491]), Anchor::Lits(&[2570, 2571, 2572, 2573, 2574, 2575, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2609, 2610, 2611, 2612, 2613, 2614, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637])]), Anchor::All(&[Anchor::Lits(&[1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1585, 1586, 1587, 1588, 1589, 1590, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1614, 1615, 1616, 1617, 1618, 1619, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1646, 1647, 1648, 1649, 1650, 1651, 1655, 1656, 1657, 1658, 1659, 1660, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 2270, 2271, 2272, 2273, 2274, 2275, 2279, 2280, 2281, 2282, 2283, 2284, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2738, 2739, 2740, 2741, 2742, 2743, 2747, 2748, 2749, 2750, 2751, 2752, 2753, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793]), Anchor::Lits(&[10, 30, 35, 95, 111, 113, 166, 178, 180, 210, 222, 224, 254, 266, 268, 302, 346, 354, 3276, 3288, 3290, 3320, 3332, 3334, 3483, 3495, 3497, 3527, 3539, 3541, 3571, 3583, 3585, 3615, 3627, 3629, 3659, 3671, 3673, 3703, 3715, 3717, 3747, 3759, 3761, 3791, 3803, 3805, 3835, 3847, 3849, 3879, 3891, 3893, 3923, 3935, 3937, 3967, 3979, 3981, 4013, 4025, 4027, 4057, 4069, 4071, 4101, 4113, 4115, 4145, 4157, 4159, 4189, 4201, 4203])])]), Anchor::Lits(&[1078, 1082, 1284, 1352, 1355, 1360, 1436, 1537, 1579, 1584, 1645, 1718, 1723, 1734, 1743, 1746, 1748, 1749, 1776, 1782, 1817, 1821, 1824, 1825, 1826, 1827, 1828, 1830, 1831, 1832, 1833, 1834, 1837, 1838, 1839, 1840, 1841, 1842, 1844, 1850, 1877, 1878, 1880, 1914, 1916, 1917, 1919, 1922, 1923, 1952, 1953, 1956, 1957, 1976, 1978, 2002, 2003, 2010, 2013, 2027, 2150, 2210, 2216, 2218, 2227, 2229, 2263, 2328, 2354, 2357, 2359, 2369, 2375, 2460, 2461, 2462, 2562, 2563, 2604, 2644, 2648, 2734, 2804, 2808, 2811, 2814, 2819, 2830, 2836, 2845, 2855, 2859, 2860, 2887, 2892, 2926, 2937, 2940, 3005, 3010, 3103, 3104, 3108, 3173, 3226, 3261, 4236, 4242, 4248, 4264, 4266, 4275, 4282, 4289, 4297, 4300, 4339, 4343])])),
            (137, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1074, 1075, 1092, 1350, 1506, 1572, 1847, 1961, 1998, 2000, 2001, 2005, 2006, 2012, 2014, 2019, 2030, 2097, 2098, 2124, 2261, 2329, 2360, 2361, 2524, 2557, 2561, 2606, 2654, 2837, 2846, 3004, 3052, 3067, 3068, 3112, 3113, 3115, 3116, 3119, 3228, 3229, 3262]), Anchor::All(&[Anchor::Lits(&[26, 29, 46, 48, 49, 50, 52, 106, 110, 129, 131, 132, 133, 134, 174, 177, 188, 190, 191, 192, 193, 218, 221, 232, 234, 235, 236, 237, 262, 265, 276, 278, 279, 280, 281, 337, 345, 379, 382, 385, 387, 392, 3284, 3287, 3298, 3300, 3301, 3302, 3303, 3328, 3331, 3342, 3344, 3345, 3346, 3347, 3491, 3494, 3505, 3507, 3508, 3509, 3510, 3535, 3538, 3549, 3551, 3552, 3553, 3554, 3579, 3582, 3593, 3595, 3596, 3597, 3598, 3623, 3626, 3637, 3639, 3640, 3641, 3642, 3667, 3670, 3681, 3683, 3684, 3685, 3686, 3711, 3714, 3725, 3727, 3728, 3729, 3730, 3755, 3758, 3769, 3771, 3772, 3773, 3774, 3799, 3802, 3813, 3815, 3816, 3817, 3818, 3843, 3846, 3857, 3859, 3860, 3861, 3862, 3887, 3890, 3901, 3903, 3904, 3905, 3906, 3931, 3934, 3945, 3947, 3948, 3949, 3950, 3975, 3978, 3989, 3991, 3992, 3993, 3994, 4021, 4024, 4035, 4037, 4038, 4039, 4040, 4065, 4068, 4079, 4081, 4082, 4083, 4084, 4109, 4112, 4123, 4125, 4126, 4127, 4128, 4153, 4156, 4167, 4169, 4170, 4171, 4172, 4197, 4200, 4211, 4213, 4214, 4215, 4216]), Anchor::Lits(&[1086, 1577, 1843, 1881, 1913, 2096, 2209, 2358, 2857, 2891, 2893, 3105, 3117])])]), Anchor::Lits(&[1508, 1613, 1734, 1777, 1916, 1917, 1918, 1920, 1921, 1956, 1957, 1978, 2018, 2227, 2228, 2256, 2259, 2263, 2266, 2359, 2367, 2368, 2384, 2639, 2644, 2655, 2735, 2736, 2810, 2844, 2855, 2886, 2924, 2926, 2928, 2941, 3053, 3054, 3055, 3099, 3100, 3104, 3227, 3238, 3367, 3368, 3387, 3388, 3389])])),
            (140, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1070, 1071, 1072, 1145, 1146, 1147, 1149, 1150, 1153, 1154, 1155, 1156, 1160, 1161, 1162, 1164, 1165, 1168, 1169, 1170, 1171, 1254, 1255, 1256, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1591, 1592, 1593, 1620, 1621, 1622, 1652, 1653, 1654, 1661, 1662, 1663, 1702, 1703, 1704, 1973, 1974, 1975, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2223, 2224, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2257, 2276, 2277, 2278, 2285, 2286, 2287, 2576, 2577, 2578, 2579, 2580, 2581, 2615, 2616, 2617, 2645, 2646, 2647, 2744, 2745, 2746, 2772, 2773, 2774, 3003, 3009, 3027, 3028, 3029, 3056, 3069, 3230, 3357, 3358, 3359, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3379, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3434, 3436, 3437, 3449, 3450, 4246, 4247]), Anchor::All(&[Anchor::Lits(&[1094, 1364, 1371, 1435, 1500, 3063, 3360, 3364, 3365, 3366, 4230, 4231, 4270]), Anchor::Lits(&[10, 30, 35, 78, 79, 80, 302, 346, 354, 447, 448, 449, 511, 537, 538, 566, 567, 568, 652, 653, 654, 655, 656, 657])]), Anchor::All(&[Anchor::Lits(&[15, 16, 18, 19, 20, 21, 22, 23, 33, 34, 53, 54, 55, 56, 61, 62, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 318, 319, 325, 326, 327, 328, 329, 330, 352, 353, 393, 394, 397, 398, 416, 417, 425, 426, 437, 438, 439, 440, 441, 442, 445, 446]), Anchor::Lits(&[1139, 1144, 2102, 2103, 2233, 2234])])]), Anchor::Lits(&[2, 3, 81, 82, 83, 84, 292, 293, 450, 451, 452, 453, 735, 4384])])),
            (141, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[1080, 1776, 1844, 2027, 2097, 2098, 2603, 3064, 3426, 3429, 3430, 3431, 3441, 3446, 3456, 3457, 3460, 3464, 3468, 4237, 4239, 4240, 4242, 4243, 4264, 4265, 4266, 4275, 4285, 4286, 4289, 4290, 4294, 4300, 4311, 4313, 4315, 4343, 4363, 4364, 4366, 4367, 4370, 4377]), Anchor::Lits(&[735, 4384]), Anchor::Lits(&[1138, 2020, 2330])])),
            (142, "data-in-a-link", Anchor::Any(&[Anchor::Lits(&[2097, 2098]), Anchor::All(&[Anchor::Lits(&[1085, 1356, 1437, 1882, 2206, 2207, 2208, 2211]), Anchor::Lits(&[1353, 1354, 1744, 1881, 2603, 2834, 2847, 3030])]), Anchor::All(&[Anchor::Lits(&[1354, 1881, 2034, 2602, 2603, 2847, 3030]), Anchor::Lits(&[1815, 2096, 2519, 2638, 2815])])])),
            (144, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1248, 1249, 1250, 1251, 1252, 1253, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1324, 1325, 1326, 1327, 1328, 1329, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1924, 1925, 1926, 1927, 1928, 1929, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 3121, 3122, 3123, 3124, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3138, 3139, 3140, 3141, 3142, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170]), Anchor::Lits(&[1094, 1138, 1372, 1498, 1538, 1727, 2020, 2037, 2330, 2386])]), Anchor::All(&[Anchor::Lits(&[1094, 1372, 1538, 1727, 2037, 2386, 2951, 3031]), Anchor::Lits(&[1139, 1140, 1141, 1142, 1143, 1144, 1200, 1201, 1202, 1203, 1204, 1205, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246])])]), Anchor::Lits(&[1083, 1084, 1284, 1360, 1370, 1579, 1582, 1709, 1718, 1734, 1743, 1776, 1817, 1821, 1844, 1850, 1851, 1878, 1881, 1922, 1953, 1957, 1976, 1978, 2013, 2027, 2150, 2216, 2258, 2263, 2364, 2369, 2375, 2563, 2644, 2648, 2734, 2796, 2808, 2819, 2830, 2836, 2843, 2855, 2860, 2892, 2921, 3051, 3100, 3103, 3104, 3173])])),
            (148, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[1499, 1501, 2075, 2373, 2374, 2381, 2439, 2466, 2492, 2518, 2806]), Anchor::Lits(&[4, 6, 87, 89, 160, 162, 204, 206, 248, 250, 294, 296, 1103, 1104, 1106, 1107, 1108, 1109, 1112, 1113, 1172, 1193, 1366, 1367, 1368, 1369, 1382, 1404, 1408, 1409, 1430, 1431, 1432, 1433, 1547, 1548, 1551, 1552, 2122, 2123, 2253, 2254, 2338, 2339, 2351, 2352, 2398, 2399, 2400, 2401, 2402, 2403, 2405, 2406, 2407, 2408, 2433, 2434, 2435, 2436, 3270, 3272, 3314, 3316, 3477, 3479, 3521, 3523, 3565, 3567, 3609, 3611, 3653, 3655, 3697, 3699, 3741, 3743, 3785, 3787, 3829, 3831, 3873, 3875, 3917, 3919, 3961, 3963, 4007, 4009, 4051, 4053, 4095, 4097, 4139, 4141, 4183, 4185]), Anchor::Lits(&[1094, 1138, 1365, 1372, 1429, 1538, 2101, 2232, 2330, 2397, 2404, 2432])])),
            (150, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[836, 839, 840, 841, 842, 844, 845, 847, 848, 849, 850, 851, 852, 853, 854, 1073, 1093, 1134, 1135, 1136, 1137, 1199, 1351, 1361, 1362, 1489, 1502, 1503, 1504, 1505]), Anchor::Lits(&[1643, 1734, 1777, 1957, 1978, 2359, 2644, 2855, 2860, 3104])])),
            (151, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::Lits(&[732, 1296, 1642, 1961, 2011, 2017, 2035, 2371, 2567, 2605, 2606, 2856, 3011, 3012, 3019, 3052, 3119]), Anchor::All(&[Anchor::Lits(&[1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3188, 3189, 3190, 3191, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225]), Anchor::Lits(&[14, 25, 27, 36, 47, 58, 69, 101, 105, 108, 114, 130, 145, 152, 170, 173, 175, 181, 189, 195, 201, 214, 217, 219, 225, 233, 239, 245, 258, 261, 263, 269, 277, 283, 289, 313, 335, 340, 355, 380, 413, 433, 3280, 3283, 3285, 3291, 3299, 3305, 3311, 3324, 3327, 3329, 3335, 3343, 3349, 3355, 3487, 3490, 3492, 3498, 3506, 3512, 3518, 3531, 3534, 3536, 3542, 3550, 3556, 3562, 3575, 3578, 3580, 3586, 3594, 3600, 3606, 3619, 3622, 3624, 3630, 3638, 3644, 3650, 3663, 3666, 3668, 3674, 3682, 3688, 3694, 3707, 3710, 3712, 3718, 3726, 3732, 3738, 3751, 3754, 3756, 3762, 3770, 3776, 3782, 3795, 3798, 3800, 3806, 3814, 3820, 3826, 3839, 3842, 3844, 3850, 3858, 3864, 3870, 3883, 3886, 3888, 3894, 3902, 3908, 3914, 3927, 3930, 3932, 3938, 3946, 3952, 3958, 3971, 3974, 3976, 3982, 3990, 3996, 4002, 4017, 4020, 4022, 4028, 4036, 4042, 4048, 4061, 4064, 4066, 4072, 4080, 4086, 4092, 4105, 4108, 4110, 4116, 4124, 4130, 4136, 4149, 4152, 4154, 4160, 4168, 4174, 4180, 4193, 4196, 4198, 4204, 4212, 4218, 4224])]), Anchor::All(&[Anchor::Lits(&[11, 44, 52, 59, 96, 125, 134, 146, 167, 187, 193, 196, 211, 231, 237, 240, 255, 275, 281, 284, 307, 373, 392, 414, 3277, 3297, 3303, 3306, 3321, 3341, 3347, 3350, 3484, 3504, 3510, 3513, 3528, 3548, 3554, 3557, 3572, 3592, 3598, 3601, 3616, 3636, 3642, 3645, 3660, 3680, 3686, 3689, 3704, 3724, 3730, 3733, 3748, 3768, 3774, 3777, 3792, 3812, 3818, 3821, 3836, 3856, 3862, 3865, 3880, 3900, 3906, 3909, 3924, 3944, 3950, 3953, 3968, 3988, 3994, 3997, 4014, 4034, 4040, 4043, 4058, 4078, 4084, 4087, 4102, 4122, 4128, 4131, 4146, 4166, 4172, 4175, 4190, 4210, 4216, 4219]), Anchor::Lits(&[24, 36, 69, 104, 114, 152, 172, 181, 201, 216, 225, 245, 260, 269, 289, 334, 355, 433, 3282, 3291, 3311, 3326, 3335, 3355, 3489, 3498, 3518, 3533, 3542, 3562, 3577, 3586, 3606, 3621, 3630, 3650, 3665, 3674, 3694, 3709, 3718, 3738, 3753, 3762, 3782, 3797, 3806, 3826, 3841, 3850, 3870, 3885, 3894, 3914, 3929, 3938, 3958, 3973, 3982, 4002, 4019, 4028, 4048, 4063, 4072, 4092, 4107, 4116, 4136, 4151, 4160, 4180, 4195, 4204, 4224])])])),
            (166, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[1079, 2560, 2566, 2682, 2850, 2950, 3107]), Anchor::All(&[Anchor::Lits(&[2366]), Anchor::Lits(&[2029])])])),
            (167, "control-weakened", Anchor::Any(&[Anchor::Lits(&[1079, 1263, 1495, 1818, 2370, 2383, 2440]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1579, 1748, 1776, 1784, 1817, 1844, 1954, 2255, 2326, 2356, 2607, 2805, 2808, 2925, 2939, 2940, 3070, 3071, 3097, 3102, 3114]), Anchor::All(&[Anchor::Lits(&[3065, 3066]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[2889, 2890]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[3006, 3007]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[139, 140, 403, 404]), Anchor::Lits(&[2008, 2009]), Anchor::Lits(&[123, 371])])]), Anchor::Any(&[Anchor::Lits(&[733, 1133, 1258, 1259, 1261, 1262, 1264, 1494, 1959, 2076, 2370, 2382, 2440, 2603, 2642, 2643, 2652, 2848, 2858]), Anchor::All(&[Anchor::Lits(&[1491, 1492, 1493]), Anchor::Lits(&[357, 429, 1059, 1065, 2212])]), Anchor::All(&[Anchor::Lits(&[2264, 2265]), Anchor::Lits(&[344, 1056])])])]), Anchor::All(&[Anchor::Lits(&[1077]), Anchor::Lits(&[2641])])])),
            (168, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::Lits(&[2682]), Anchor::All(&[Anchor::Lits(&[90, 91, 98, 99, 126, 127, 135, 136, 137, 138, 143, 144, 154, 155, 297, 298, 309, 310, 374, 375, 395, 396, 399, 400, 410, 411, 435, 436]), Anchor::Any(&[Anchor::Lits(&[1330, 1884, 1930, 1931, 2226, 2682]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1249, 1253])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1249, 1253])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1958, 2267, 2363, 2860]), Anchor::All(&[Anchor::Lits(&[2529, 2533]), Anchor::Lits(&[151, 430])])])]), Anchor::All(&[Anchor::Lits(&[2268, 2269]), Anchor::Any(&[Anchor::Lits(&[1330, 1884, 1930, 1931, 2226, 2682]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1249, 1253])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1249, 1253])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1077, 2794, 2797, 2851, 3109]), Anchor::All(&[Anchor::Lits(&[2853, 2854]), Anchor::Lits(&[107, 339])])])])])),
            (169, "tool-output-approves-itself", Anchor::Any(&[Anchor::Lits(&[1257, 1260, 1262, 1264, 1357, 1496, 1573, 1574, 1575, 1724, 1819, 1879, 2028, 2327, 2355, 2618, 2649, 2817, 3101, 3172, 3175]), Anchor::All(&[Anchor::Lits(&[116, 117, 358, 359]), Anchor::Lits(&[122, 370]), Anchor::Lits(&[3240, 3241])])])),
            (173, "file-posted-to-an-outside-url", Anchor::Lits(&[2000, 2001, 2097, 2098])),
            (181, "override-instructions-cjk", Anchor::Lits(&[4234, 4241, 4244, 4259, 4260, 4263, 4274, 4277, 4291, 4292, 4293, 4294, 4295, 4296, 4304, 4305, 4307, 4311, 4322, 4323, 4324, 4339, 4341, 4344, 4345, 4349, 4364, 4375, 4376])),
            (184, "override-instructions-other-scripts", Anchor::Lits(&[3361, 3362, 3363, 3427, 3428, 3432, 3435, 3439, 3442, 3445, 3448, 3453, 3454, 3461, 3465, 3466, 3467, 3470, 3472, 3474])),
            (186, "unrestricted-persona-other-scripts", Anchor::Lits(&[3438, 3443, 3455, 3463, 3473, 4225, 4226, 4284, 4288, 4308, 4309, 4325, 4327, 4329, 4330, 4342, 4348, 4372, 4373])),
            (188, "reveal-system-prompt-other-scripts", Anchor::Lits(&[3433, 3440, 3444, 3447, 3451, 3452, 3458, 3459, 3462, 3469, 3471, 4234, 4235, 4263, 4319, 4351, 4355, 4362, 4365, 4371, 4381])),
            (190, "disable-safety-other-scripts", Anchor::Lits(&[4233, 4255, 4257, 4280, 4281, 4314, 4318, 4326, 4328, 4339, 4340, 4346, 4354, 4356, 4357, 4368, 4374])),
            (192, "stop-following-instructions-cjk", Anchor::Lits(&[4227, 4228, 4229, 4298, 4299, 4301, 4329, 4330, 4332, 4335, 4337, 4360, 4380])),
            (196, "conceal-from-the-user-cjk", Anchor::Lits(&[4238, 4253, 4312])),
            (203, "reveal-system-prompt-zh", Anchor::Lits(&[4250, 4251, 4252, 4256, 4258, 4261, 4262, 4271, 4321, 4322, 4323, 4324, 4350, 4352])),
            (205, "admin-role-handed-out-other-scripts", Anchor::Lits(&[1080, 2560, 2850, 3107, 4245, 4248, 4268, 4269, 4366, 4382])),
            (207, "control-weakened-other-scripts", Anchor::Any(&[Anchor::Lits(&[4232, 4254, 4255, 4257, 4264, 4265, 4267, 4272, 4273, 4276, 4279, 4302, 4303, 4310, 4318, 4320, 4331, 4346]), Anchor::All(&[Anchor::Lits(&[4356, 4357, 4369, 4370, 4379, 4383]), Anchor::Lits(&[734, 2382, 4353, 4358, 4359, 4361, 4378])])])),
            (209, "destructive-without-confirmation-cjk", Anchor::Lits(&[4278, 4283, 4287, 4316, 4317, 4333, 4334, 4336, 4338, 4347])),
            (210, "results-sent-to-an-address-cjk", Anchor::Lits(&[2000, 2030, 2097, 2098, 2837])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0xbedd4f3e8122387c;
