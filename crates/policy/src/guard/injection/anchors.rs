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
\x20all databases\
\x20all mention\
\x20all note\
\x20all privileges\
\x20all queries \
\x20all record\
\x20all reference\
\x20all requests \
\x20all schemas\
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
\x20allow every\
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
\x20allows every\
\x20alt text\
\x20alter user\
\x20always \
\x20always allow\
\x20always allow \
\x20always allowed\
\x20always exit 0\
\x20always exit zero\
\x20always exits 0\
\x20always exits zero\
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
\x20api keys\
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
\x20approve every\
\x20approved \
\x20approves every\
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
\x20authentication polic\
\x20authentication policies\
\x20authentication policy\
\x20authentification a deux facteurs\
\x20authentification multifacteur\
\x20authored your \
\x20authorised \
\x20authorized \
\x20auto allowed\
\x20auto approve\
\x20auto approve everything \
\x20auto approved\
\x20auto approving\
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
\x20bank accounts\
\x20bank details\
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
\x20card numbers\
\x20cardholder data\
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
\x20copy \
\x20copy of you \
\x20cortex \
\x20cortex route\
\x20cortex route \
\x20cortexroute \
\x20covered by \
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
\x20credit cards\
\x20csv\
\x20csv \
\x20customer\
\x20customer \
\x20customer data\
\x20customer emails\
\x20customer facing\
\x20customer facing \
\x20customer list\
\x20customer records\
\x20customer table\
\x20customers table\
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
\x20each database\
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
\x20employee data\
\x20employee records\
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
\x20every database\
\x20every mention\
\x20every night \
\x20every note\
\x20every query \
\x20every record\
\x20every reference\
\x20every request \
\x20every schema\
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
\x20every warehouse\
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
\x20exit 0 no matter\
\x20exits 0 no matter\
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
\x20get attributed\
\x20get audited\
\x20get caught\
\x20get flagged\
\x20get flagged \
\x20get logged in \
\x20get noticed\
\x20get recorded in \
\x20get reviewed\
\x20get rid of \
\x20getting \
\x20getting around \
\x20ggshield \
\x20gist\
\x20gist \
\x20gists \
\x20git secrets \
\x20gitleaks \
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
\x20health records\
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
\x20hr data\
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
\x20masking polic\
\x20maskowani\
\x20masquage\
\x20matikan \
\x20matter\
\x20mattermost\
\x20mattermost \
\x20mcp\
\x20mcp \
\x20medical records\
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
\x20nobody \
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
\x20on account\
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
\x20passport numbers\
\x20passports\
\x20passthrough mode \
\x20password\
\x20password \
\x20password hashes\
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
\x20patient \
\x20patients\
\x20pause \
\x20pay no attention to \
\x20payroll\
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
\x20replicate \
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
\x20salary\
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
\x20security integration\
\x20security monitor\
\x20security scan \
\x20security scans \
\x20security workflow \
\x20security workflows \
\x20securityadmin\
\x20seeing \
\x20sekatan\
\x20sem \
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
\x20share \
\x20shared channel\
\x20sharing \
\x20sheria \
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
\x20social security numbers\
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
\x20tracks\
\x20trained you\
\x20training\
\x20transcript\
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
\x20user emails\
\x20user first\
\x20user for\
\x20user of\
\x20user on\
\x20user table\
\x20useradmin\
\x20userpromptsubmit hook\
\x20users about\
\x20users before\
\x20users first\
\x20users for\
\x20users of\
\x20users on\
\x20users table\
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
agents md\
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
blend in\
blending in\
blends in\
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
claude md\
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
cursorrules\
custom instructions\
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
default \
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
do not want \
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
does not get \
does not matter\
doesnt apply\
doesnt get \
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
dont want \
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
flies under\
flush \
fly under\
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
hide them\
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
instructions file\
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
no paper trail\
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
off the books\
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
pre authorized roles list\
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
prompt library\
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
rules file\
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
sneak it \
sneak that \
sneak them \
sneak this \
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
something innocuous\
something neutral\
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
treat all \
treat all of your \
treat all your \
treat any \
treat each \
treat every \
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
under the radar\
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
will not get \
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
without leaving \
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
wont get \
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
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 176, 189, 197, 206, 212, 219, 226, 234, 251, 269, 299, 307, 316, 334, 353, 368, 384, 397, 404, 421, 439, 445, 452, 470, 489, 498, 508, 520, 526, 533, 550, 565, 582, 589, 597, 612, 627, 638, 653, 672, 680, 693, 709, 720, 728, 738, 749, 758, 770, 781, 789, 799, 808, 813, 821, 831, 842, 854, 865, 878, 887, 902, 909, 923, 940, 955, 974, 990, 1007, 1028, 1045, 1056, 1068, 1089, 1107, 1124, 1138, 1145, 1153, 1162, 1169, 1183, 1199, 1217, 1228, 1240, 1255, 1268, 1279, 1287, 1301, 1310, 1322, 1325, 1329, 1340, 1353, 1368, 1376, 1385, 1397, 1407, 1415, 1420, 1427, 1436, 1446, 1453, 1461, 1469, 1482, 1486, 1499, 1510, 1524, 1538, 1550, 1559, 1574, 1587, 1598, 1612, 1626, 1638, 1647, 1663, 1677, 1692, 1701, 1717, 1727, 1737, 1753, 1770, 1782, 1794, 1803, 1819, 1833, 1848, 1868, 1883, 1906, 1920, 1931, 1944, 1957, 1966, 1977, 1985, 1998, 2012, 2027, 2041, 2058, 2073, 2091, 2107, 2115, 2121, 2133, 2142, 2155, 2164, 2174, 2181, 2189, 2197, 2206, 2224, 2243, 2255, 2264, 2274, 2293, 2313, 2329, 2346, 2364, 2383, 2390, 2398, 2409, 2420, 2435, 2452, 2460, 2473, 2485, 2493, 2503, 2516, 2526, 2551, 2562, 2572, 2581, 2588, 2599, 2620, 2637, 2660, 2679, 2691, 2703, 2712, 2723, 2737, 2746, 2763, 2783, 2807, 2827, 2841, 2851, 2858, 2866, 2876, 2891, 2910, 2930, 2944, 2959, 2975, 2994, 3017, 3036, 3049, 3056, 3060, 3068, 3077, 3086, 3094, 3105, 3113, 3121, 3127, 3141, 3151, 3160, 3170, 3185, 3195, 3206, 3214, 3223, 3242, 3256, 3266, 3281, 3289, 3303, 3320, 3339, 3348, 3357, 3374, 3382, 3390, 3397, 3401, 3407, 3419, 3433, 3443, 3454, 3464, 3479, 3493, 3506, 3516, 3533, 3549, 3561, 3568, 3581, 3596, 3608, 3619, 3635, 3650, 3664, 3675, 3693, 3703, 3715, 3728, 3747, 3759, 3772, 3783, 3792, 3806, 3816, 3827, 3834, 3848, 3857, 3866, 3881, 3895, 3903, 3918, 3930, 3943, 3955, 3966, 3974, 3989, 4001, 4016, 4025, 4033, 4042, 4053, 4061, 4068, 4073, 4080, 4093, 4108, 4121, 4131, 4139, 4149, 4160, 4178, 4198, 4220, 4235, 4251, 4270, 4287, 4302, 4314, 4322, 4331, 4338, 4345, 4353, 4359, 4365, 4382, 4395, 4421, 4452, 4479, 4511, 4519, 4530, 4537, 4545, 4551, 4558, 4569, 4579, 4596, 4605, 4614, 4624, 4637, 4646, 4654, 4664, 4679, 4691, 4720, 4744, 4774, 4800, 4829, 4857, 4880, 4904, 4923, 4944, 4968, 4990, 5023, 5053, 5068, 5080, 5092, 5105, 5118, 5143, 5157, 5172, 5183, 5193, 5205, 5218, 5228, 5239, 5247, 5258, 5269, 5280, 5291, 5302, 5315, 5329, 5343, 5357, 5371, 5385, 5401, 5407, 5412, 5420, 5429, 5437, 5449, 5463, 5476, 5484, 5492, 5500, 5504, 5512, 5518, 5526, 5534, 5541, 5549, 5564, 5588, 5606, 5618, 5636, 5658, 5676, 5692, 5704, 5717, 5729, 5742, 5754, 5770, 5783, 5798, 5812, 5826, 5841, 5852, 5865, 5883, 5895, 5911, 5928, 5936, 5951, 5963, 5972, 5994, 6014, 6019, 6027, 6037, 6048, 6057, 6068, 6079, 6091, 6099, 6112, 6129, 6133, 6138, 6150, 6164, 6180, 6189, 6199, 6212, 6223, 6232, 6240, 6251, 6257, 6267, 6277, 6288, 6300, 6319, 6334, 6352, 6360, 6372, 6381, 6393, 6407, 6421, 6437, 6444, 6452, 6460, 6468, 6480, 6492, 6504, 6517, 6529, 6554, 6566, 6580, 6589, 6599, 6610, 6625, 6640, 6655, 6670, 6685, 6702, 6721, 6728, 6740, 6754, 6768, 6775, 6782, 6798, 6812, 6827, 6844, 6860, 6873, 6886, 6898, 6913, 6929, 6947, 6965, 6980, 6997, 7009, 7022, 7041, 7050, 7058, 7067, 7077, 7086, 7099, 7113, 7129, 7151, 7174, 7189, 7201, 7213, 7231, 7250, 7269, 7289, 7300, 7314, 7329, 7344, 7359, 7376, 7393, 7407, 7423, 7434, 7446, 7461, 7479, 7490, 7502, 7516, 7536, 7557, 7570, 7580, 7590, 7606, 7623, 7640, 7658, 7667, 7679, 7692, 7705, 7718, 7733, 7748, 7760, 7774, 7783, 7793, 7806, 7822, 7838, 7851, 7867, 7872, 7876, 7883, 7895, 7902, 7910, 7918, 7926, 7934, 7942, 7959, 7969, 7980, 7989, 8001, 8009, 8018, 8028, 8042, 8047, 8053, 8061, 8070, 8080, 8086, 8094, 8101, 8109, 8118, 8127, 8134, 8142, 8154, 8165, 8177, 8185, 8192, 8200, 8207, 8219, 8228, 8239, 8246, 8254, 8263, 8278, 8292, 8302, 8310, 8316, 8323, 8330, 8338, 8349, 8356, 8364, 8372, 8381, 8395, 8404, 8413, 8423, 8436, 8444, 8453, 8466, 8482, 8492, 8500, 8515, 8531, 8548, 8558, 8569, 8583, 8595, 8611, 8624, 8640, 8668, 8675, 8683, 8697, 8712, 8728, 8745, 8760, 8777, 8790, 8804, 8819, 8830, 8842, 8857, 8868, 8880, 8900, 8923, 8942, 8960, 8979, 8993, 9006, 9018, 9026, 9045, 9055, 9065, 9083, 9103, 9122, 9141, 9159, 9174, 9190, 9202, 9215, 9226, 9235, 9247, 9256, 9271, 9283, 9299, 9308, 9318, 9331, 9339, 9348, 9361, 9372, 9384, 9397, 9408, 9419, 9431, 9444, 9452, 9465, 9479, 9501, 9524, 9547, 9561, 9576, 9588, 9601, 9615, 9622, 9629, 9645, 9663, 9683, 9696, 9710, 9727, 9742, 9755, 9761, 9774, 9782, 9795, 9809, 9822, 9834, 9842, 9851, 9861, 9872, 9891, 9904, 9925, 9946, 9960, 9972, 9983, 10004, 10025, 10037, 10052, 10064, 10076, 10089, 10103, 10114, 10126, 10139, 10151, 10164, 10177, 10181, 10186, 10195, 10205, 10219, 10235, 10251, 10268, 10282, 10299, 10314, 10330, 10339, 10369, 10397, 10403, 10408, 10414, 10431, 10440, 10449, 10452, 10464, 10470, 10483, 10501, 10515, 10525, 10532, 10550, 10567, 10579, 10590, 10601, 10618, 10629, 10637, 10649, 10663, 10675, 10687, 10695, 10704, 10713, 10727, 10740, 10755, 10769, 10778, 10786, 10794, 10808, 10818, 10828, 10839, 10850, 10862, 10874, 10885, 10897, 10909, 10919, 10930, 10940, 10951, 10964, 10981, 10989, 10998, 11014, 11023, 11046, 11064, 11083, 11100, 11108, 11117, 11125, 11132, 11143, 11159, 11170, 11187, 11196, 11207, 11211, 11223, 11232, 11249, 11263, 11277, 11298, 11316, 11334, 11355, 11372, 11381, 11396, 11407, 11415, 11426, 11439, 11452, 11462, 11474, 11482, 11491, 11502, 11511, 11522, 11533, 11545, 11551, 11558, 11562, 11572, 11583, 11595, 11608, 11617, 11629, 11639, 11652, 11667, 11679, 11687, 11704, 11717, 11741, 11772, 11785, 11799, 11812, 11825, 11841, 11855, 11869, 11883, 11899, 11921, 11944, 11959, 11971, 11987, 12002, 12014, 12032, 12051, 12070, 12090, 12117, 12128, 12144, 12158, 12173, 12188, 12203, 12220, 12237, 12251, 12265, 12281, 12298, 12314, 12332, 12348, 12366, 12378, 12392, 12403, 12415, 12430, 12448, 12464, 12482, 12489, 12502, 12513, 12524, 12535, 12546, 12557, 12570, 12583, 12596, 12609, 12622, 12635, 12650, 12664, 12685, 12710, 12730, 12750, 12774, 12800, 12830, 12855, 12880, 12909, 12933, 12958, 12987, 13011, 13035, 13063, 13086, 13109, 13136, 13158, 13180, 13206, 13227, 13253, 13283, 13308, 13333, 13362, 13386, 13410, 13438, 13461, 13484, 13511, 13533, 13560, 13591, 13617, 13643, 13673, 13698, 13717, 13745, 13777, 13804, 13831, 13862, 13888, 13914, 13944, 13969, 13994, 14023, 14047, 14070, 14097, 14119, 14141, 14167, 14195, 14227, 14254, 14281, 14312, 14338, 14365, 14396, 14422, 14448, 14478, 14503, 14528, 14557, 14581, 14605, 14633, 14656, 14684, 14716, 14743, 14770, 14801, 14827, 14853, 14883, 14908, 14933, 14962, 14986, 15015, 15048, 15076, 15104, 15136, 15163, 15184, 15214, 15248, 15277, 15306, 15339, 15367, 15395, 15427, 15454, 15481, 15512, 15538, 15548, 15567, 15582, 15603, 15618, 15636, 15652, 15668, 15686, 15710, 15735, 15752, 15766, 15783, 15798, 15816, 15830, 15845, 15865, 15886, 15907, 15929, 15942, 15959, 15975, 15992, 16009, 16026, 16045, 16064, 16080, 16098, 16117, 16130, 16144, 16161, 16181, 16202, 16227, 16247, 16267, 16291, 16317, 16347, 16372, 16397, 16426, 16450, 16475, 16504, 16528, 16552, 16580, 16603, 16626, 16653, 16675, 16697, 16723, 16744, 16770, 16800, 16825, 16850, 16879, 16903, 16927, 16955, 16978, 17001, 17028, 17050, 17077, 17108, 17134, 17160, 17190, 17215, 17234, 17262, 17294, 17321, 17348, 17379, 17405, 17431, 17461, 17486, 17511, 17540, 17564, 17572, 17589, 17602, 17621, 17634, 17650, 17664, 17678, 17694, 17716, 17739, 17754, 17766, 17781, 17794, 17810, 17822, 17835, 17853, 17872, 17891, 17911, 17922, 17937, 17951, 17966, 17981, 17996, 18013, 18030, 18044, 18060, 18077, 18088, 18100, 18115, 18133, 18139, 18154, 18165, 18187, 18216, 18227, 18239, 18250, 18261, 18275, 18287, 18299, 18311, 18325, 18345, 18366, 18379, 18389, 18403, 18416, 18426, 18442, 18459, 18476, 18494, 18519, 18528, 18541, 18555, 18567, 18580, 18593, 18606, 18621, 18636, 18648, 18660, 18674, 18689, 18703, 18719, 18733, 18749, 18759, 18771, 18780, 18790, 18803, 18819, 18833, 18849, 18873, 18879, 18893, 18903, 18915, 18926, 18937, 18947, 18957, 18967, 18982, 18991, 19005, 19020, 19025, 19031, 19039, 19044, 19058, 19070, 19088, 19109, 19134, 19155, 19170, 19178, 19187, 19193, 19209, 19219, 19228, 19238, 19248, 19257, 19263, 19270, 19286, 19293, 19301, 19308, 19322, 19339, 19348, 19359, 19368, 19377, 19385, 19394, 19405, 19411, 19420, 19429, 19437, 19446, 19455, 19471, 19480, 19490, 19505, 19512, 19516, 19521, 19529, 19538, 19547, 19557, 19569, 19582, 19604, 19614, 19621, 19630, 19644, 19659, 19675, 19685, 19698, 19712, 19719, 19727, 19734, 19749, 19761, 19767, 19781, 19793, 19808, 19823, 19837, 19850, 19861, 19874, 19887, 19903, 19918, 19931, 19942, 19959, 19970, 19989, 20011, 20037, 20059, 20075, 20092, 20104, 20120, 20129, 20139, 20151, 20172, 20194, 20210, 20227, 20233, 20240, 20249, 20260, 20278, 20297, 20316, 20336, 20351, 20369, 20387, 20410, 20418, 20431, 20442, 20452, 20464, 20470, 20485, 20502, 20520, 20529, 20537, 20544, 20552, 20561, 20571, 20579, 20588, 20602, 20617, 20633, 20646, 20659, 20671, 20686, 20702, 20720, 20738, 20753, 20770, 20782, 20795, 20814, 20829, 20845, 20862, 20876, 20890, 20903, 20919, 20936, 20955, 20974, 20990, 21008, 21021, 21035, 21055, 21060, 21066, 21072, 21077, 21083, 21091, 21100, 21117, 21128, 21147, 21166, 21178, 21188, 21197, 21216, 21235, 21245, 21258, 21265, 21273, 21281, 21289, 21298, 21305, 21324, 21344, 21351, 21371, 21378, 21398, 21406, 21427, 21448, 21456, 21463, 21485, 21499, 21508, 21517, 21524, 21537, 21548, 21559, 21567, 21580, 21591, 21601, 21612, 21630, 21642, 21661, 21676, 21684, 21696, 21709, 21717, 21725, 21738, 21744, 21751, 21760, 21767, 21775, 21786, 21795, 21807, 21818, 21830, 21843, 21849, 21864, 21876, 21888, 21900, 21913, 21925, 21937, 21952, 21962, 21981, 22000, 22016, 22032, 22050, 22069, 22085, 22103, 22122, 22137, 22148, 22167, 22187, 22206, 22215, 22223, 22233, 22244, 22252, 22258, 22270, 22284, 22296, 22305, 22320, 22338, 22358, 22379, 22390, 22401, 22411, 22416, 22428, 22443, 22455, 22466, 22478, 22491, 22506, 22518, 22535, 22548, 22560, 22569, 22585, 22595, 22600, 22606, 22613, 22626, 22636, 22642, 22654, 22668, 22680, 22689, 22696, 22709, 22724, 22739, 22754, 22769, 22784, 22801, 22806, 22824, 22842, 22860, 22878, 22896, 22916, 22930, 22935, 22946, 22958, 22972, 22985, 22999, 23011, 23023, 23036, 23045, 23053, 23060, 23069, 23077, 23085, 23091, 23098, 23109, 23120, 23136, 23147, 23159, 23165, 23172, 23180, 23189, 23205, 23222, 23233, 23245, 23261, 23278, 23286, 23293, 23303, 23311, 23326, 23345, 23353, 23359, 23366, 23372, 23379, 23399, 23408, 23417, 23432, 23446, 23452, 23463, 23468, 23476, 23490, 23504, 23517, 23537, 23549, 23572, 23595, 23617, 23638, 23660, 23680, 23693, 23707, 23722, 23733, 23739, 23750, 23760, 23769, 23776, 23786, 23794, 23805, 23810, 23816, 23823, 23828, 23838, 23847, 23861, 23869, 23882, 23894, 23907, 23919, 23932, 23944, 23954, 23963, 23972, 23985, 23999, 24012, 24023, 24033, 24043, 24054, 24070, 24084, 24100, 24113, 24127, 24136, 24140, 24151, 24165, 24183, 24197, 24205, 24212, 24220, 24228, 24237, 24250, 24257, 24267, 24278, 24287, 24292, 24305, 24325, 24331, 24351, 24369, 24387, 24394, 24403, 24411, 24437, 24449, 24458, 24465, 24481, 24487, 24496, 24507, 24512, 24518, 24526, 24539, 24548, 24559, 24571, 24582, 24593, 24602, 24617, 24632, 24648, 24663, 24674, 24684, 24690, 24698, 24708, 24719, 24732, 24744, 24757, 24766, 24791, 24817, 24841, 24864, 24886, 24911, 24934, 24956, 24978, 24998, 25018, 25037, 25058, 25078, 25090, 25108, 25128, 25146, 25161, 25173, 25191, 25210, 25223, 25237, 25258, 25277, 25300, 25322, 25344, 25365, 25383, 25402, 25422, 25443, 25454, 25468, 25481, 25495, 25506, 25513, 25534, 25542, 25551, 25562, 25571, 25580, 25590, 25598, 25606, 25617, 25627, 25638, 25647, 25655, 25667, 25680, 25691, 25708, 25725, 25741, 25756, 25782, 25808, 25833, 25857, 25882, 25905, 25921, 25935, 25950, 25959, 25970, 25984, 25997, 26016, 26027, 26044, 26053, 26063, 26077, 26085, 26102, 26119, 26127, 26142, 26150, 26166, 26173, 26179, 26194, 26209, 26215, 26222, 26245, 26267, 26287, 26306, 26326, 26347, 26366, 26375, 26385, 26394, 26399, 26406, 26418, 26432, 26444, 26454, 26465, 26478, 26483, 26489, 26505, 26520, 26532, 26547, 26564, 26576, 26589, 26597, 26608, 26616, 26626, 26637, 26645, 26652, 26661, 26680, 26699, 26709, 26720, 26729, 26739, 26751, 26755, 26764, 26774, 26779, 26785, 26792, 26809, 26815, 26831, 26843, 26851, 26856, 26865, 26872, 26879, 26884, 26890, 26896, 26908, 26913, 26919, 26934, 26941, 26952, 26961, 26970, 26982, 26988, 26994, 27000, 27005, 27016, 27026, 27036, 27045, 27051, 27067, 27077, 27083, 27090, 27099, 27105, 27112, 27123, 27136, 27147, 27158, 27170, 27183, 27190, 27198, 27205, 27212, 27220, 27232, 27238, 27247, 27257, 27265, 27270, 27276, 27287, 27301, 27310, 27321, 27326, 27338, 27352, 27368, 27377, 27387, 27400, 27411, 27420, 27426, 27433, 27446, 27462, 27467, 27477, 27492, 27500, 27515, 27524, 27538, 27552, 27561, 27573, 27581, 27594, 27603, 27613, 27619, 27628, 27641, 27655, 27664, 27675, 27686, 27692, 27707, 27723, 27736, 27749, 27763, 27776, 27791, 27807, 27820, 27834, 27844, 27854, 27865, 27873, 27882, 27896, 27906, 27915, 27924, 27931, 27942, 27954, 27958, 27963, 27979, 28005, 28016, 28023, 28030, 28038, 28058, 28078, 28087, 28098, 28113, 28126, 28143, 28156, 28173, 28185, 28203, 28223, 28243, 28253, 28261, 28270, 28289, 28305, 28325, 28335, 28352, 28373, 28385, 28389, 28399, 28407, 28415, 28420, 28426, 28441, 28453, 28466, 28479, 28503, 28525, 28540, 28558, 28574, 28585, 28593, 28607, 28613, 28620, 28634, 28650, 28668, 28679, 28691, 28706, 28719, 28730, 28738, 28757, 28768, 28783, 28793, 28801, 28808, 28821, 28835, 28849, 28864, 28870, 28878, 28888, 28901, 28911, 28922, 28928, 28937, 28943, 28952, 28964, 28981, 28991, 29003, 29013, 29023, 29034, 29046, 29058, 29067, 29080, 29086, 29101, 29110, 29120, 29129, 29136, 29143, 29153, 29160, 29174, 29188, 29205, 29220, 29233, 29252, 29259, 29275, 29298, 29328, 29340, 29353, 29365, 29377, 29392, 29405, 29418, 29433, 29454, 29476, 29490, 29501, 29516, 29532, 29548, 29562, 29573, 29590, 29608, 29626, 29641, 29660, 29686, 29696, 29708, 29722, 29737, 29750, 29764, 29778, 29792, 29808, 29824, 29837, 29850, 29864, 29879, 29894, 29909, 29926, 29941, 29958, 29972, 29983, 29996, 30006, 30017, 30031, 30048, 30063, 30080, 30091, 30103, 30109, 30115, 30132, 30144, 30158, 30170, 30180, 30194, 30208, 30225, 30240, 30255, 30265, 30276, 30290, 30300, 30311, 30325, 30340, 30350, 30361, 30381, 30401, 30423, 30448, 30464, 30475, 30487, 30505, 30522, 30539, 30557, 30576, 30594, 30614, 30636, 30656, 30678, 30694, 30712, 30732, 30754, 30766, 30779, 30791, 30801, 30815, 30831, 30840, 30856, 30866, 30883, 30898, 30906, 30918, 30934, 30947, 30960, 30971, 30979, 30994, 31006, 31020, 31034, 31050, 31069, 31077, 31093, 31110, 31131, 31148, 31155, 31169, 31184, 31192, 31203, 31210, 31218, 31231, 31241, 31251, 31265, 31270, 31276, 31285, 31295, 31305, 31317, 31327, 31341, 31353, 31363, 31382, 31391, 31399, 31406, 31415, 31419, 31424, 31434, 31446, 31454, 31462, 31471, 31480, 31489, 31497, 31508, 31524, 31537, 31560, 31580, 31600, 31620, 31643, 31670, 31694, 31718, 31742, 31769, 31778, 31786, 31798, 31808, 31818, 31835, 31846, 31864, 31878, 31885, 31894, 31900, 31912, 31925, 31933, 31944, 31952, 31961, 31972, 31982, 31993, 32021, 32029, 32038, 32055, 32066, 32085, 32104, 32116, 32126, 32135, 32154, 32173, 32185, 32198, 32208, 32221, 32238, 32249, 32261, 32273, 32290, 32305, 32321, 32336, 32349, 32361, 32373, 32385, 32398, 32407, 32416, 32425, 32437, 32444, 32452, 32465, 32475, 32479, 32488, 32498, 32514, 32524, 32542, 32553, 32566, 32578, 32591, 32604, 32614, 32622, 32638, 32647, 32654, 32662, 32678, 32687, 32697, 32705, 32714, 32725, 32736, 32741, 32753, 32772, 32785, 32805, 32821, 32830, 32839, 32849, 32863, 32874, 32886, 32896, 32907, 32919, 32929, 32940, 32950, 32960, 32971, 32979, 32986, 32995, 33003, 33012, 33022, 33041, 33049, 33066, 33076, 33094, 33103, 33113, 33129, 33147, 33163, 33173, 33184, 33193, 33203, 33215, 33222, 33231, 33239, 33248, 33257, 33266, 33275, 33282, 33303, 33311, 33320, 33331, 33342, 33353, 33366, 33380, 33393, 33404, 33414, 33424, 33435, 33445, 33455, 33466, 33478, 33490, 33503, 33522, 33539, 33551, 33560, 33571, 33584, 33598, 33611, 33622, 33632, 33642, 33650, 33660, 33669, 33680, 33689, 33699, 33708, 33717, 33721, 33727, 33734, 33749, 33761, 33772, 33778, 33796, 33819, 33837, 33855, 33871, 33883, 33889, 33911, 33924, 33939, 33954, 33963, 33973, 33980, 33988, 34001, 34021, 34037, 34054, 34075, 34092, 34120, 34140, 34157, 34186, 34194, 34200, 34219, 34228, 34235, 34252, 34264, 34278, 34285, 34288, 34292, 34307, 34316, 34326, 34334, 34345, 34359, 34377, 34386, 34396, 34407, 34423, 34432, 34442, 34451, 34463, 34479, 34488, 34501, 34515, 34525, 34540, 34555, 34567, 34574, 34583, 34590, 34599, 34609, 34623, 34632, 34641, 34653, 34666, 34677, 34689, 34701, 34713, 34723, 34731, 34740, 34758, 34778, 34796, 34811, 34823, 34830, 34838, 34856, 34875, 34893, 34911, 34929, 34941, 34960, 34975, 34992, 35004, 35017, 35029, 35045, 35061, 35067, 35081, 35088, 35096, 35110, 35122, 35131, 35144, 35158, 35165, 35171, 35188, 35193, 35204, 35217, 35228, 35236, 35251, 35258, 35267, 35273, 35282, 35294, 35308, 35321, 35335, 35346, 35358, 35366, 35373, 35381, 35389, 35396, 35405, 35417, 35428, 35437, 35447, 35465, 35477, 35497, 35517, 35530, 35541, 35551, 35571, 35591, 35602, 35616, 35628, 35640, 35650, 35661, 35677, 35687, 35694, 35703, 35710, 35718, 35728, 35734, 35742, 35752, 35763, 35773, 35789, 35799, 35810, 35818, 35827, 35843, 35850, 35858, 35875, 35891, 35902, 35912, 35922, 35938, 35949, 35964, 35971, 35989, 36007, 36014, 36020, 36027, 36034, 36041, 36048, 36057, 36064, 36081, 36097, 36108, 36118, 36128, 36144, 36152, 36166, 36181, 36196, 36217, 36225, 36234, 36242, 36250, 36272, 36281, 36291, 36299, 36308, 36317, 36327, 36338, 36344, 36354, 36366, 36374, 36392, 36408, 36419, 36427, 36443, 36460, 36476, 36490, 36503, 36516, 36536, 36554, 36567, 36577, 36587, 36596, 36602, 36611, 36623, 36635, 36649, 36658, 36670, 36681, 36693, 36703, 36715, 36729, 36740, 36754, 36766, 36777, 36789, 36802, 36815, 36829, 36844, 36858, 36872, 36884, 36891, 36899, 36910, 36918, 36927, 36935, 36944, 36952, 36960, 36969, 36978, 36986, 36997, 37005, 37016, 37033, 37040, 37048, 37060, 37067, 37078, 37089, 37100, 37109, 37118, 37126, 37146, 37153, 37159, 37179, 37186, 37200, 37213, 37220, 37227, 37234, 37243, 37247, 37252, 37269, 37289, 37307, 37312, 37318, 37323, 37334, 37346, 37352, 37359, 37377, 37389, 37403, 37422, 37435, 37449, 37457, 37466, 37475, 37485, 37492, 37500, 37512, 37525, 37542, 37549, 37556, 37565, 37571, 37586, 37603, 37618, 37630, 37639, 37648, 37655, 37665, 37676, 37687, 37699, 37707, 37716, 37726, 37732, 37738, 37744, 37752, 37757, 37777, 37796, 37810, 37823, 37836, 37855, 37864, 37872, 37878, 37888, 37897, 37906, 37920, 37931, 37938, 37948, 37959, 37977, 37984, 37991, 37998, 38006, 38024, 38037, 38053, 38070, 38079, 38087, 38096, 38113, 38131, 38140, 38150, 38171, 38188, 38203, 38219, 38238, 38258, 38272, 38280, 38288, 38293, 38299, 38308, 38315, 38321, 38328, 38336, 38343, 38350, 38360, 38372, 38386, 38398, 38407, 38417, 38424, 38432, 38439, 38446, 38454, 38462, 38471, 38488, 38503, 38517, 38529, 38541, 38554, 38567, 38582, 38597, 38612, 38628, 38644, 38662, 38673, 38689, 38705, 38722, 38739, 38758, 38770, 38778, 38794, 38810, 38827, 38844, 38863, 38875, 38888, 38904, 38914, 38923, 38933, 38939, 38946, 38953, 38960, 38975, 38984, 38992, 38998, 39007, 39015, 39026, 39035, 39041, 39050, 39062, 39071, 39089, 39110, 39128, 39137, 39147, 39158, 39167, 39174, 39182, 39190, 39205, 39213, 39222, 39231, 39241, 39253, 39258, 39263, 39269, 39279, 39289, 39301, 39312, 39323, 39335, 39348, 39358, 39368, 39380, 39394, 39410, 39424, 39440, 39450, 39462, 39472, 39484, 39498, 39514, 39524, 39538, 39552, 39566, 39580, 39594, 39610, 39616, 39622, 39629, 39643, 39652, 39663, 39670, 39693, 39717, 39727, 39741, 39756, 39766, 39779, 39791, 39801, 39811, 39824, 39829, 39833, 39838, 39847, 39862, 39878, 39892, 39907, 39918, 39929, 39938, 39948, 39961, 39979, 39991, 40011, 40031, 40044, 40055, 40070, 40080, 40100, 40120, 40131, 40145, 40157, 40171, 40188, 40197, 40212, 40225, 40232, 40244, 40256, 40269, 40284, 40305, 40321, 40340, 40358, 40382, 40401, 40425, 40450, 40475, 40496, 40518, 40540, 40546, 40562, 40576, 40583, 40593, 40600, 40610, 40623, 40629, 40635, 40647, 40658, 40669, 40681, 40697, 40710, 40724, 40736, 40750, 40766, 40780, 40796, 40806, 40818, 40832, 40848, 40858, 40869, 40876, 40884, 40894, 40905, 40917, 40929, 40941, 40954, 40967, 40975, 40987, 40998, 41009, 41021, 41038, 41053, 41062, 41071, 41081, 41092, 41103, 41112, 41121, 41130, 41139, 41149, 41161, 41173, 41184, 41196, 41209, 41228, 41245, 41251, 41260, 41275, 41294, 41308, 41315, 41330, 41347, 41366, 41386, 41401, 41417, 41429, 41442, 41458, 41472, 41487, 41500, 41512, 41530, 41546, 41559, 41565, 41572, 41580, 41591, 41608, 41630, 41640, 41663, 41673, 41682, 41693, 41700, 41714, 41730, 41744, 41755, 41761, 41768, 41777, 41787, 41793, 41805, 41819, 41831, 41840, 41850, 41859, 41866, 41878, 41883, 41888, 41894, 41912, 41931, 41947, 41957, 41968, 41980, 41989, 41999, 42014, 42024, 42035, 42047, 42067, 42088, 42099, 42111, 42132, 42154, 42172, 42191, 42211, 42232, 42241, 42251, 42262, 42274, 42291, 42302, 42317, 42338, 42354, 42369, 42387, 42413, 42432, 42453, 42473, 42494, 42515, 42533, 42553, 42581, 42602, 42625, 42647, 42670, 42693, 42713, 42725, 42735, 42746, 42754, 42763, 42772, 42782, 42801, 42821, 42832, 42842, 42853, 42870, 42886, 42906, 42927, 42944, 42962, 42977, 42991, 43012, 43032, 43043, 43062, 43082, 43090, 43099, 43110, 43122, 43133, 43149, 43167, 43176, 43190, 43203, 43214, 43228, 43240, 43249, 43263, 43275, 43288, 43301, 43312, 43331, 43342, 43354, 43363, 43373, 43385, 43403, 43418, 43433, 43448, 43466, 43488, 43507, 43526, 43545, 43567, 43577, 43588, 43608, 43629, 43643, 43654, 43666, 43679, 43700, 43722, 43740, 43759, 43773, 43787, 43799, 43819, 43840, 43849, 43859, 43870, 43882, 43891, 43898, 43906, 43913, 43919, 43931, 43943, 43954, 43964, 43985, 44006, 44026, 44045, 44065, 44083, 44094, 44103, 44109, 44115, 44131, 44144, 44151, 44166, 44178, 44187, 44197, 44209, 44216, 44223, 44231, 44237, 44243, 44255, 44268, 44274, 44280, 44289, 44297, 44310, 44320, 44337, 44354, 44365, 44378, 44386, 44395, 44406, 44424, 44438, 44444, 44451, 44460, 44467, 44477, 44483, 44490, 44497, 44505, 44511, 44523, 44537, 44549, 44558, 44568, 44573, 44579, 44586, 44595, 44603, 44612, 44622, 44638, 44654, 44669, 44683, 44708, 44733, 44757, 44780, 44804, 44826, 44841, 44854, 44861, 44873, 44882, 44893, 44903, 44919, 44938, 44957, 44975, 44992, 45020, 45048, 45075, 45101, 45128, 45153, 45171, 45187, 45196, 45206, 45218, 45225, 45233, 45242, 45252, 45266, 45284, 45295, 45305, 45314, 45326, 45337, 45350, 45374, 45395, 45401, 45409, 45418, 45429, 45439, 45445, 45463, 45479, 45487, 45499, 45511, 45527, 45545, 45558, 45570, 45580, 45591, 45602, 45609, 45617, 45627, 45637, 45649, 45663, 45682, 45689, 45706, 45716, 45726, 45734, 45745, 45754, 45764, 45768, 45773, 45787, 45802, 45818, 45845, 45854, 45865, 45876, 45888, 45900, 45912, 45923, 45932, 45940, 45948, 45959, 45969, 45991, 46003, 46016, 46028, 46038, 46047, 46056, 46068, 46078, 46084, 46092, 46100, 46106, 46115, 46121, 46127, 46139, 46150, 46156, 46188, 46198, 46208, 46220, 46233, 46243, 46254, 46271, 46277, 46284, 46303, 46310, 46318, 46327, 46337, 46359, 46385, 46411, 46419, 46435, 46459, 46469, 46479, 46490, 46504, 46518, 46523, 46532, 46541, 46549, 46560, 46572, 46586, 46600, 46610, 46623, 46630, 46637, 46646, 46654, 46661, 46671, 46677, 46686, 46696, 46705, 46713, 46720, 46736, 46755, 46763, 46773, 46782, 46792, 46800, 46811, 46826, 46839, 46850, 46866, 46878, 46891, 46905, 46915, 46934, 46951, 46966, 46986, 47002, 47019, 47032, 47051, 47071, 47085, 47100, 47109, 47119, 47125, 47138, 47154, 47174, 47190, 47200, 47210, 47227, 47247, 47271, 47291, 47305, 47311, 47318, 47325, 47332, 47343, 47356, 47367, 47371, 47376, 47382, 47387, 47393, 47399, 47416, 47425, 47444, 47459, 47474, 47492, 47508, 47524, 47542, 47566, 47591, 47608, 47622, 47640, 47654, 47674, 47695, 47716, 47738, 47751, 47767, 47784, 47801, 47818, 47837, 47856, 47872, 47890, 47909, 47922, 47936, 47953, 47973, 47983, 47989, 47995, 48001, 48019, 48034, 48042, 48051, 48065, 48074, 48085, 48095, 48105, 48114, 48126, 48141, 48155, 48169, 48184, 48200, 48215, 48232, 48251, 48268, 48287, 48300, 48315, 48332, 48351, 48363, 48368, 48383, 48394, 48405, 48419, 48431, 48443, 48457, 48477, 48498, 48511, 48521, 48535, 48545, 48561, 48578, 48595, 48613, 48622, 48634, 48647, 48660, 48673, 48688, 48703, 48715, 48729, 48744, 48753, 48763, 48776, 48792, 48798, 48807, 48822, 48837, 48844, 48851, 48864, 48879, 48892, 48902, 48914, 48928, 48934, 48947, 48962, 48975, 48985, 48997, 49005, 49016, 49021, 49032, 49036, 49045, 49066, 49080, 49092, 49103, 49115, 49125, 49132, 49143, 49156, 49164, 49173, 49190, 49199, 49209, 49223, 49238, 49258, 49272, 49285, 49298, 49310, 49319, 49329, 49345, 49358, 49376, 49384, 49397, 49411, 49422, 49435, 49452, 49465, 49474, 49484, 49499, 49515, 49529, 49538, 49544, 49557, 49570, 49582, 49593, 49608, 49627, 49646, 49663, 49674, 49688, 49699, 49713, 49729, 49740, 49755, 49771, 49787, 49800, 49814, 49826, 49842, 49860, 49875, 49892, 49903, 49916, 49930, 49945, 49960, 49970, 49988, 50003, 50018, 50028, 50042, 50059, 50070, 50081, 50092, 50105, 50124, 50137, 50152, 50167, 50180, 50191, 50208, 50225, 50242, 50257, 50276, 50287, 50299, 50316, 50323, 50332, 50342, 50354, 50365, 50377, 50394, 50405, 50420, 50429, 50443, 50450, 50462, 50480, 50498, 50515, 50531, 50558, 50585, 50611, 50636, 50662, 50686, 50703, 50718, 50723, 50731, 50744, 50758, 50770, 50781, 50792, 50800, 50816, 50836, 50854, 50877, 50890, 50901, 50914, 50929, 50940, 50952, 50975, 51002, 51025, 51046, 51071, 51087, 51107, 51127, 51140, 51154, 51167, 51181, 51196, 51221, 51246, 51261, 51287, 51298, 51313, 51324, 51336, 51352, 51364, 51380, 51392, 51408, 51421, 51435, 51447, 51459, 51471, 51477, 51491, 51505, 51520, 51527, 51533, 51537, 51551, 51565, 51573, 51581, 51594, 51605, 51610, 51619, 51634, 51652, 51665, 51675, 51687, 51698, 51708, 51714, 51722, 51741, 51766, 51784, 51804, 51824, 51850, 51869, 51890, 51900, 51913, 51927, 51939, 51952, 51956, 51963, 51976, 51990, 52001, 52011, 52028, 52046, 52061, 52080, 52095, 52109, 52118, 52127, 52145, 52162, 52184, 52201, 52212, 52237, 52262, 52281, 52304, 52314, 52330, 52347, 52361, 52381, 52402, 52420, 52442, 52460, 52467, 52476, 52479, 52490, 52495, 52508, 52519, 52530, 52548, 52561, 52578, 52591, 52612, 52631, 52657, 52678, 52703, 52724, 52730, 52744, 52750, 52759, 52777, 52791, 52807, 52820, 52829, 52835, 52839, 52849, 52862, 52872, 52883, 52900, 52914, 52929, 52943, 52953, 52962, 52972, 52983, 52995, 53004, 53014, 53026, 53036, 53047, 53055, 53065, 53101, 53107, 53118, 53131, 53146, 53159, 53166, 53181, 53196, 53204, 53209, 53224, 53239, 53248, 53262, 53278, 53286, 53295, 53305, 53313, 53322, 53332, 53344, 53355, 53364, 53374, 53382, 53391, 53399, 53406, 53416, 53429, 53446, 53458, 53480, 53495, 53510, 53527, 53537, 53545, 53557, 53561, 53569, 53578, 53585, 53591, 53600, 53607, 53617, 53624, 53632, 53640, 53649, 53659, 53665, 53673, 53690, 53706, 53727, 53743, 53753, 53777, 53801, 53819, 53841, 53852, 53860, 53869, 53883, 53896, 53909, 53922, 53935, 53949, 53961, 53977, 53992, 54012, 54025, 54042, 54051, 54064, 54076, 54084, 54092, 54100, 54110, 54119, 54122, 54131, 54154, 54173, 54181, 54188, 54215, 54239, 54262, 54285, 54306, 54320, 54326, 54334, 54349, 54359, 54371, 54385, 54398, 54409, 54420, 54438, 54451, 54466, 54483, 54499, 54513, 54524, 54542, 54555, 54570, 54587, 54603, 54617, 54626, 54637, 54650, 54665, 54675, 54692, 54704, 54718, 54734, 54749, 54762, 54770, 54780, 54790, 54811, 54834, 54854, 54861, 54867, 54876, 54885, 54890, 54900, 54910, 54919, 54930, 54938, 54957, 54982, 55000, 55020, 55027, 55030, 55036, 55045, 55054, 55060, 55068, 55076, 55083, 55089, 55094, 55101, 55108, 55115, 55127, 55130, 55136, 55149, 55155, 55162, 55175, 55189, 55200, 55217, 55235, 55250, 55269, 55284, 55293, 55301, 55307, 55314, 55329, 55344, 55356, 55366, 55379, 55396, 55408, 55418, 55424, 55435, 55452, 55463, 55470, 55480, 55489, 55500, 55508, 55519, 55528, 55533, 55540, 55555, 55572, 55586, 55596, 55607, 55613, 55626, 55642, 55649, 55660, 55670, 55682, 55699, 55710, 55719, 55729, 55739, 55745, 55752, 55764, 55774, 55789, 55801, 55804, 55809, 55813, 55825, 55838, 55850, 55863, 55873, 55885, 55906, 55926, 55951, 55971, 55985, 56013, 56041, 56063, 56089, 56099, 56110, 56122, 56139, 56153, 56160, 56170, 56178, 56191, 56212, 56235, 56255, 56268, 56278, 56292, 56301, 56306, 56320, 56331, 56348, 56358, 56368, 56380, 56395, 56406, 56422, 56441, 56445, 56455, 56466, 56475, 56487, 56496, 56507, 56518, 56524, 56531, 56540, 56551, 56564, 56572, 56581, 56594, 56601, 56616, 56624, 56633, 56640, 56646, 56655, 56665, 56691, 56716, 56745, 56759, 56773, 56796, 56823, 56850, 56881, 56906, 56927, 56958, 56988, 57022, 57050, 57082, 57114, 57150, 57180, 57206, 57236, 57260, 57282, 57309, 57340, 57363, 57388, 57410, 57437, 57456, 57478, 57494, 57511, 57541, 57571, 57593, 57617, 57643, 57671, 57682, 57694, 57707, 57720, 57727, 57741, 57753, 57765, 57785, 57801, 57820, 57837, 57850, 57867, 57876, 57888, 57898, 57909, 57930, 57948, 57960, 57977, 57991, 58005, 58033, 58060, 58075, 58086, 58098, 58108, 58115, 58129, 58140, 58156, 58170, 58185, 58205, 58217, 58224, 58239, 58251, 58266, 58285, 58299, 58309, 58320, 58336, 58358, 58367, 58379, 58391, 58402, 58412, 58422, 58434, 58445, 58456, 58461, 58465, 58470, 58478, 58495, 58502, 58514, 58531, 58542, 58554, 58564, 58582, 58597, 58611, 58622, 58629, 58638, 58646, 58653, 58671, 58685, 58704, 58719, 58736, 58747, 58766, 58785, 58797, 58813, 58822, 58841, 58860, 58872, 58885, 58896, 58903, 58913, 58924, 58936, 58947, 58956, 58960, 58971, 58990, 58998, 59001, 59015, 59023, 59032, 59044, 59055, 59068, 59072, 59077, 59100, 59119, 59133, 59148, 59150, 59166, 59184, 59195, 59204, 59212, 59219, 59227, 59244, 59258, 59271, 59281, 59289, 59301, 59306, 59316, 59322, 59329, 59340, 59353, 59364, 59375, 59383, 59390, 59396, 59408, 59417, 59426, 59434, 59442, 59451, 59473, 59480, 59486, 59495, 59505, 59524, 59546, 59563, 59577, 59591, 59607, 59622, 59636, 59651, 59658, 59665, 59673, 59682, 59692, 59701, 59711, 59722, 59731, 59741, 59756, 59766, 59777, 59785, 59796, 59808, 59818, 59829, 59839, 59846, 59854, 59867, 59876, 59891, 59902, 59911, 59919, 59932, 59943, 59955, 59963, 59976, 59984, 59997, 60009, 60019, 60034, 60047, 60065, 60071, 60082, 60085, 60087, 60102, 60116, 60130, 60146, 60161, 60176, 60189, 60201, 60213, 60227, 60240, 60253, 60269, 60284, 60299, 60313, 60326, 60339, 60355, 60362, 60374, 60386, 60396, 60408, 60428, 60455, 60485, 60509, 60538, 60561, 60590, 60618, 60643, 60671, 60686, 60704, 60722, 60739, 60759, 60773, 60788, 60804, 60821, 60840, 60855, 60875, 60886, 60898, 60912, 60931, 60942, 60957, 60970, 60980, 60991, 61003, 61013, 61024, 61037, 61051, 61068, 61091, 61116, 61141, 61161, 61172, 61185, 61198, 61210, 61227, 61240, 61254, 61267, 61277, 61288, 61300, 61319, 61337, 61351, 61367, 61378, 61393, 61411, 61423, 61434, 61453, 61463, 61482, 61500, 61523, 61541, 61553, 61579, 61605, 61625, 61649, 61656, 61662, 61670, 61683, 61697, 61710, 61725, 61737, 61748, 61761, 61766, 61776, 61786, 61794, 61804, 61819, 61841, 61866, 61885, 61909, 61927, 61951, 61974, 61992, 62017, 62045, 62067, 62094, 62115, 62142, 62168, 62191, 62217, 62237, 62260, 62277, 62299, 62312, 62328, 62344, 62359, 62377, 62389, 62402, 62416, 62431, 62448, 62461, 62479, 62488, 62498, 62510, 62527, 62536, 62549, 62560, 62568, 62577, 62587, 62595, 62604, 62615, 62627, 62642, 62663, 62686, 62709, 62727, 62736, 62747, 62758, 62768, 62783, 62794, 62806, 62817, 62825, 62834, 62844, 62861, 62877, 62889, 62903, 62912, 62925, 62941, 62951, 62960, 62977, 62980, 62984, 62989, 62997, 63010, 63019, 63029, 63038, 63049, 63059, 63069, 63078, 63093, 63107, 63116, 63125, 63139, 63146, 63153, 63162, 63166, 63171, 63177, 63184, 63195, 63204, 63211, 63228, 63248, 63263, 63275, 63289, 63302, 63314, 63321, 63328, 63335, 63341, 63356, 63362, 63369, 63374, 63382, 63390, 63400, 63410, 63419, 63425, 63433, 63439, 63447, 63454, 63462, 63470, 63476, 63484, 63493, 63501, 63508, 63516, 63525, 63533, 63541, 63560, 63575, 63593, 63613, 63626, 63632, 63639, 63645, 63656, 63669, 63675, 63686, 63700, 63718, 63729, 63741, 63751, 63762, 63773, 63783, 63794, 63798, 63803, 63812, 63821, 63843, 63862, 63884, 63901, 63936, 63965, 63975, 63994, 64012, 64035, 64053, 64065, 64091, 64117, 64137, 64161, 64167, 64174, 64183, 64188, 64197, 64207, 64215, 64226, 64235, 64241, 64248, 64257, 64270, 64276, 64281, 64286, 64291, 64306, 64315, 64332, 64349, 64359, 64366, 64383, 64400, 64411, 64417, 64425, 64449, 64455, 64465, 64472, 64481, 64496, 64514, 64527, 64541, 64551, 64563, 64574, 64584, 64595, 64601, 64610, 64629, 64638, 64650, 64662, 64676, 64694, 64711, 64733, 64750, 64761, 64786, 64811, 64830, 64853, 64861, 64868, 64876, 64885, 64894, 64904, 64928, 64960, 64987, 65012, 65045, 65073, 65080, 65086, 65096, 65106, 65113, 65125, 65136, 65152, 65159, 65167, 65177, 65185, 65194, 65218, 65223, 65235, 65245, 65253, 65264, 65275, 65287, 65302, 65313, 65325, 65341, 65360, 65370, 65394, 65411, 65416, 65428, 65438, 65455, 65467, 65483, 65495, 65511, 65526, 65538, 65554, 65561, 65572, 65588, 65599, 65619, 65628, 65637, 65655, 65678, 65691, 65696, 65706, 65714, 65726, 65737, 65745, 65754, 65770, 65781, 65796, 65807, 65818, 65831, 65844, 65856, 65859, 65869, 65882, 65892, 65901, 65906, 65912, 65923, 65928, 65939, 65949, 65960, 65972, 65981, 65995, 66005, 66016, 66031, 66052, 66066, 66080, 66096, 66102, 66110, 66119, 66128, 66138, 66148, 66159, 66163, 66169, 66176, 66187, 66195, 66198, 66207, 66212, 66219, 66227, 66230, 66247, 66260, 66279, 66291, 66295, 66306, 66316, 66326, 66338, 66349, 66360, 66366, 66370, 66374, 66380, 66387, 66403, 66422, 66436, 66447, 66460, 66472, 66483, 66487, 66508, 66515, 66528, 66537, 66552, 66561, 66570, 66580, 66589, 66604, 66611, 66620, 66630, 66635, 66649, 66653, 66671, 66681, 66692, 66711, 66722, 66734, 66747, 66759, 66771, 66785, 66798, 66811, 66818, 66820, 66832, 66837, 66851, 66864, 66875, 66888, 66903, 66916, 66927, 66944, 66959, 66972, 66987, 67000, 67012, 67029, 67044, 67059, 67070, 67085, 67103, 67111, 67129, 67147, 67159, 67171, 67186, 67196, 67221, 67246, 67271, 67288, 67307, 67329, 67346, 67362, 67381, 67400, 67419, 67432, 67448, 67468, 67488, 67508, 67522, 67539, 67545, 67553, 67563, 67572, 67583, 67591, 67599, 67610, 67624, 67634, 67647, 67659, 67669, 67681, 67690, 67699, 67711, 67723, 67734, 67750, 67762, 67770, 67777, 67788, 67801, 67807, 67814, 67826, 67832, 67839, 67851, 67873, 67890, 67898, 67911, 67920, 67929, 67943, 67951, 67959, 67965, 67975, 67983, 67988, 67997, 68005, 68017, 68020, 68027, 68039, 68047, 68062, 68072, 68084, 68098, 68111, 68122, 68139, 68150, 68168, 68181, 68196, 68213, 68229, 68243, 68254, 68272, 68285, 68300, 68317, 68333, 68347, 68354, 68362, 68382, 68392, 68409, 68421, 68435, 68451, 68466, 68479, 68487, 68501, 68519, 68526, 68539, 68550, 68562, 68566, 68573, 68580, 68590, 68600, 68617, 68629, 68640, 68653, 68664, 68673, 68681, 68697, 68712, 68732, 68752, 68779, 68801, 68822, 68845, 68866, 68885, 68900, 68920, 68940, 68967, 68989, 69010, 69033, 69054, 69073, 69088, 69108, 69127, 69145, 69161, 69176, 69193, 69198, 69204, 69216, 69231, 69239, 69252, 69266, 69276, 69287, 69302, 69314, 69325, 69337, 69353, 69365, 69378, 69395, 69413, 69424, 69432, 69443, 69454, 69468, 69487, 69497, 69506, 69516, 69526, 69528, 69540, 69550, 69559, 69567, 69589, 69607, 69617, 69646, 69653, 69664, 69666, 69679, 69693, 69707, 69720, 69740, 69758, 69773, 69790, 69811, 69828, 69852, 69870, 69890, 69911, 69930, 69941, 69955, 69976, 69991, 70010, 70026, 70045, 70064, 70083, 70100, 70114, 70130, 70150, 70166, 70189, 70206, 70225, 70245, 70260, 70278, 70288, 70301, 70321, 70335, 70353, 70368, 70386, 70404, 70411, 70418, 70429, 70444, 70456, 70466, 70478, 70493, 70504, 70514, 70542, 70564, 70570, 70575, 70581, 70597, 70604, 70613, 70622, 70631, 70641, 70650, 70660, 70663, 70672, 70685, 70690, 70695, 70704, 70710, 70728, 70741, 70754, 70764, 70771, 70775, 70780, 70786, 70793, 70798, 70804, 70812, 70822, 70832, 70842, 70853, 70863, 70874, 70879, 70889, 70899, 70908, 70918, 70929, 70938, 70942, 70952, 70962, 70973, 70985, 70994, 71008, 71014, 71021, 71031, 71035, 71039, 71061, 71076, 71091, 71108, 71113, 71121, 71127, 71130, 71140, 71144, 71150, 71156, 71162, 71166, 71171, 71179, 71196, 71206, 71216, 71226, 71231, 71240, 71250, 71255, 71265, 71279, 71285, 71297, 71311, 71329, 71340, 71353, 71360, 71367, 71373, 71382, 71390, 71398, 71404, 71411, 71419, 71431, 71444, 71455, 71463, 71472, 71477, 71483, 71490, 71501, 71516, 71520, 71537, 71556, 71572, 71582, 71596, 71605, 71627, 71633, 71640, 71646, 71652, 71656, 71663, 71683, 71702, 71723, 71743, 71763, 71784, 71801, 71817, 71835, 71852, 71869, 71887, 71904, 71920, 71938, 71955, 71972, 71990, 72016, 72041, 72068, 72094, 72120, 72147, 72174, 72200, 72228, 72255, 72282, 72310, 72329, 72347, 72367, 72386, 72405, 72425, 72435, 72463, 72490, 72519, 72547, 72575, 72604, 72619, 72633, 72649, 72664, 72679, 72695, 72708, 72720, 72734, 72747, 72760, 72774, 72786, 72797, 72810, 72822, 72834, 72847, 72860, 72872, 72886, 72899, 72912, 72926, 72946, 72965, 72986, 73006, 73026, 73047, 73052, 73060, 73082, 73089, 73097, 73103, 73109, 73116, 73124, 73143, 73162, 73171, 73179, 73192, 73196, 73210, 73222, 73238, 73244, 73255, 73264, 73291, 73302, 73316, 73333, 73349, 73368, 73381, 73395, 73410, 73426, 73444, 73454, 73465, 73478, 73496, 73510, 73522, 73531, 73541, 73552, 73561, 73571, 73584, 73600, 73622, 73646, 73670, 73689, 73700, 73716, 73726, 73738, 73750, 73762, 73775, 73788, 73800, 73827, 73836, 73846, 73857, 73875, 73892, 73907, 73920, 73935, 73945, 73959, 73976, 73986, 73996, 74011, 74020, 74034, 74042, 74058, 74074, 74083, 74089, 74105, 74121, 74131, 74139, 74155, 74169, 74174, 74193, 74207, 74210, 74225, 74239, 74258, 74267, 74281, 74296, 74305, 74319, 74336, 74351, 74366, 74384, 74407, 74424, 74446, 74460, 74476, 74491, 74501, 74514, 74527, 74538, 74552, 74568, 74589, 74613, 74631, 74654, 74672, 74695, 74709, 74726, 74749, 74771, 74790, 74812, 74827, 74850, 74869, 74889, 74904, 74916, 74929, 74943, 74961, 74974, 74990, 75013, 75039, 75059, 75084, 75103, 75128, 75152, 75173, 75197, 75208, 75219, 75234, 75254, 75262, 75280, 75292, 75299, 75306, 75321, 75344, 75363, 75383, 75398, 75410, 75423, 75436, 75445, 75459, 75469, 75483, 75495, 75509, 75525, 75537, 75550, 75562, 75571, 75582, 75590, 75595, 75602, 75616, 75638, 75656, 75675, 75689, 75700, 75712, 75720, 75726, 75733, 75745, 75755, 75769, 75782, 75791, 75801, 75809, 75820, 75830, 75844, 75857, 75862, 75870, 75883, 75895, 75907, 75926, 75944, 75966, 75983, 75990, 76000, 76007, 76023, 76043, 76063, 76087, 76105, 76119, 76129, 76141, 76157, 76175, 76190, 76210, 76222, 76237, 76246, 76256, 76279, 76302, 76317, 76334, 76353, 76374, 76385, 76393, 76414, 76427, 76432, 76439, 76443, 76448, 76464, 76483, 76500, 76514, 76532, 76546, 76553, 76565, 76572, 76575, 76585, 76588, 76593, 76602, 76612, 76622, 76632, 76645, 76655, 76669, 76684, 76699, 76714, 76732, 76747, 76760, 76774, 76788, 76802, 76819, 76833, 76843, 76851, 76863, 76877, 76884, 76898, 76908, 76916, 76931, 76943, 76958, 76968, 76996, 77018, 77029, 77034, 77049, 77058, 77075, 77092, 77102, 77109, 77126, 77143, 77154, 77162, 77168, 77179, 77189, 77197, 77210, 77222, 77229, 77237, 77243, 77250, 77255, 77261, 77268, 77280, 77288, 77297, 77309, 77318, 77336, 77357, 77373, 77386, 77401, 77415, 77428, 77434, 77440, 77451, 77466, 77477, 77483, 77490, 77506, 77523, 77530, 77538, 77546, 77554, 77563, 77577, 77587, 77595, 77604, 77618, 77628, 77639, 77655, 77664, 77678, 77688, 77692, 77697, 77706, 77712, 77719, 77727, 77731, 77738, 77748, 77759, 77767, 77776, 77791, 77807, 77821, 77830, 77840, 77845, 77851, 77858, 77862, 77869, 77878, 77886, 77894, 77904, 77913, 77922, 77929, 77934, 77954, 77979, 77994, 78014, 78029, 78049, 78056, 78063, 78069, 78079, 78098, 78116, 78139, 78157, 78169, 78195, 78221, 78241, 78265, 78275, 78290, 78306, 78328, 78343, 78360, 78369, 78375, 78382, 78390, 78409, 78430, 78448, 78456, 78465, 78475, 78482, 78490, 78495, 78508, 78522, 78525, 78529, 78533, 78538, 78543, 78560, 78582, 78599, 78616, 78639, 78663, 78684, 78711, 78739, 78764, 78793, 78818, 78826, 78831, 78839, 78848, 78861, 78880, 78892, 78904, 78918, 78924, 78937, 78948, 78954, 78958, 78963, 78978, 78987, 79004, 79021, 79031, 79038, 79055, 79072, 79083, 79090, 79097, 79101, 79113, 79138, 79155, 79163, 79172, 79183, 79197, 79205, 79219, 79237, 79250, 79270, 79291, 79309, 79333, 79358, 79380, 79406, 79428, 79443, 79461, 79482, 79498, 79511, 79526, 79540, 79553, 79563, 79573, 79584, 79589, 79600, 79615, 79633, 79646, 79656, 79668, 79679, 79689, 79702, 79714, 79722, 79733, 79745, 79758, 79774, 79785, 79793, 79803, 79814, 79829, 79840, 79852, 79863, 79869, 79876, 79893, 79905, 79916, 79930, 79938, 79949, 79964, 79970, 79981, 79991, 80003, 80012, 80020, 80027, 80034, 80042, 80047, 80053, 80064, 80079, 80083, 80088, 80094, 80097, 80107, 80122, 80130, 80143, 80163, 80182, 80201, 80222, 80242, 80262, 80279, 80295, 80311, 80329, 80346, 80363, 80371, 80379, 80390, 80405, 80425, 80430, 80435, 80441, 80457, 80467, 80485, 80503, 80514, 80522, 80540, 80558, 80570, 80577, 80581, 80590, 80605, 80613, 80623, 80628, 80642, 80663, 80677, 80685, 80701, 80707, 80712, 80731, 80754, 80764, 80774, 80784, 80796, 80803, 80811, 80820, 80832, 80843, 80854, 80867, 80879, 80891, 80905, 80912, 80919, 80938, 80954, 80964, 80979, 80991, 81003, 81017, 81024, 81031, 81037, 81044, 81050, 81057, 81063, 81070, 81078, 81086, 81091, 81104, 81116, 81122, 81128, 81135, 81142, 81150, 81156, 81164, 81172, 81182, 81191, 81197, 81206, 81218, 81225, 81235, 81244, 81261, 81276, 81293, 81312, 81329, 81344, 81363, 81380, 81399, 81416, 81432, 81453, 81472, 81491, 81506, 81514, 81523, 81529, 81539, 81548, 81573, 81591, 81601, 81609, 81620, 81634, 81652, 81665, 81676, 81686, 81697, 81708, 81724, 81735, 81747, 81760, 81784, 81801, 81824, 81840, 81856, 81874, 81884, 81895, 81902, 81910, 81934, 81940, 81950, 81957, 81965, 81971, 81978, 81992, 82003, 82013, 82021, 82028, 82036, 82048, 82060, 82069, 82078, 82085, 82090, 82095, 82101, 82112, 82120, 82132, 82145, 82164, 82184, 82201, 82224, 82248, 82269, 82294, 82315, 82332, 82344, 82362, 82381, 82397, 82419, 82442, 82462, 82486, 82506, 82518, 82528, 82545, 82557, 82573, 82585, 82591, 82597, 82604, 82608, 82613, 82616, 82620, 82625, 82638, 82650, 82655, 82661, 82671, 82680, 82686, 82701, 82715, 82734, 82748, 82756, 82778, 82800, 82816, 82836, 82843, 82852, 82861, 82871, 82882, 82888, 82895, 82906, 82918, 82936, 82951, 82964, 82981, 82998, 83009, 83019, 83031, 83046, 83062, 83079, 83094, 83107, 83123, 83135, 83154, 83167, 83179, 83194, 83207, 83222, 83238, 83250, 83254, 83259, 83267, 83276, 83282, 83292, 83304, 83316, 83325, 83329, 83342, 83359, 83373, 83386, 83394, 83408, 83416, 83431, 83447, 83461, 83474, 83484, 83488, 83497, 83505, 83512, 83519, 83525, 83542, 83548, 83559, 83565, 83571, 83578, 83595, 83605, 83614, 83621, 83629, 83636, 83651, 83664, 83678, 83694, 83713, 83726, 83738, 83752, 83769, 83788, 83806, 83820, 83841, 83856, 83870, 83883, 83897, 83901, 83906, 83922, 83939, 83942, 83957, 83970, 83986, 84007, 84020, 84024, 84029, 84034, 84048, 84063, 84077, 84091, 84105, 84115, 84130, 84143, 84149, 84157, 84162, 84168, 84175, 84188, 84192, 84199, 84208, 84223, 84237, 84255, 84263, 84273, 84280, 84289, 84296, 84305, 84314, 84325, 84336, 84346, 84349, 84365, 84378, 84391, 84413, 84426, 84431, 84440, 84453, 84465, 84469, 84474, 84484, 84493, 84501, 84510, 84517, 84526, 84537, 84548, 84559, 84574, 84577, 84585, 84596, 84606, 84612, 84622, 84636, 84648, 84661, 84672, 84690, 84704, 84717, 84727, 84737, 84751, 84767, 84784, 84800, 84811, 84822, 84833, 84849, 84863, 84878, 84891, 84906, 84921, 84940, 84961, 84983, 85004, 85020, 85040, 85056, 85068, 85083, 85097, 85114, 85129, 85144, 85159, 85173, 85193, 85206, 85222, 85236, 85251, 85264, 85284, 85300, 85316, 85330, 85345, 85358, 85378, 85394, 85397, 85419, 85442, 85466, 85483, 85497, 85514, 85526, 85556, 85580, 85599, 85616, 85624, 85628, 85634, 85643, 85647, 85650, 85654, 85659, 85668, 85674, 85686, 85702, 85712, 85730, 85748, 85759, 85773, 85781, 85799, 85817, 85829, 85837, 85846, 85853, 85858, 85868, 85873, 85879, 85886, 85894, 85905, 85920, 85925, 85930, 85944, 85963, 85971, 85982, 86000, 86015, 86035, 86050, 86070, 86088, 86111, 86124, 86142, 86147, 86155, 86161, 86167, 86188, 86202, 86215, 86228, 86243, 86257, 86271, 86284, 86296, 86305, 86315, 86332, 86344, 86360, 86372, 86379, 86389, 86400, 86412, 86422, 86433, 86445, 86451, 86460, 86477, 86492, 86514, 86531, 86552, 86569, 86577, 86589, 86597, 86604, 86611, 86618, 86631, 86641, 86657, 86676, 86680, 86686, 86693, 86709, 86728, 86742, 86757, 86773, 86784, 86797, 86809, 86820, 86827, 86832, 86838, 86849, 86852, 86887, 86915, 86943, 86973, 86981, 86999, 87007, 87036, 87058, 87080, 87104, 87124, 87145, 87155, 87176, 87183, 87188, 87196, 87213, 87222, 87236, 87252, 87269, 87280, 87285, 87304, 87317, 87333, 87347, 87359, 87373, 87383, 87394, 87407, 87421, 87439, 87458, 87473, 87486, 87509, 87526, 87546, 87564, 87580, 87598, 87612, 87627, 87644, 87662, 87684, 87707, 87726, 87743, 87761, 87775, 87791, 87795, 87800, 87814, 87822, 87826, 87841, 87850, 87860, 87884, 87903, 87921, 87936, 87947, 87966, 87989, 88018, 88050, 88078, 88106, 88124, 88146, 88160, 88183, 88210, 88243, 88279, 88311, 88343, 88365, 88391, 88409, 88433, 88455, 88485, 88506, 88526, 88544, 88570, 88587, 88601, 88629, 88652, 88674, 88693, 88708, 88731, 88758, 88791, 88827, 88859, 88891, 88913, 88939, 88957, 88984, 89015, 89052, 89092, 89128, 89164, 89190, 89220, 89242, 89270, 89296, 89330, 89355, 89379, 89401, 89431, 89452, 89461, 89472, 89485, 89499, 89507, 89523, 89539, 89548, 89562, 89582, 89595, 89610, 89625, 89634, 89643, 89654, 89669, 89680, 89697, 89714, 89726, 89735, 89752, 89767, 89773, 89787, 89803, 89819, 89829, 89842, 89859, 89877, 89895, 89912, 89932, 89955, 89977, 89998, 90008, 90019, 90028, 90040, 90050, 90061, 90074, 90089, 90101, 90115, 90127, 90139, 90153, 90164, 90181, 90191, 90203, 90209, 90229, 90242, 90253, 90264, 90279, 90297, 90321, 90340, 90360, 90381, 90397, 90414, 90434, 90458, 90488, 90521, 90550, 90579, 90598, 90621, 90636, 90660, 90688, 90722, 90759, 90792, 90825, 90848, 90875, 90894, 90919, 90942, 90973, 90995, 91016, 91035, 91062, 91080, 91095, 91114, 91136, 91164, 91187, 91211, 91236, 91256, 91277, 91295, 91317, 91342, 91373, 91399, 91426, 91454, 91477, 91501, 91514, 91527, 91534, 91539, 91550, 91566, 91576, 91591, 91597, 91602, 91606, 91611, 91617, 91627, 91632, 91639, 91654, 91659, 91663, 91668, 91673, 91679, 91686, 91695, 91711, 91722, 91731, 91745, 91759, 91767, 91779, 91787, 91795, 91804, 91812, 91821, 91836, 91846, 91857, 91869, 91877, 91883, 91893, 91911, 91926, 91936, 91947, 91959, 91967, 91976, 91990, 92000, 92010, 92021, 92032, 92043, 92054, 92062, 92068, 92076, 92085, 92095, 92103, 92117, 92134, 92143, 92155, 92163, 92170, 92182, 92195, 92205, 92220, 92229, 92241, 92256, 92267, 92282, 92294, 92309, 92318, 92328, 92343, 92354, 92360, 92368, 92381, 92390, 92404, 92410, 92417, 92425, 92438, 92447, 92456, 92467, 92478, 92490, 92502, 92522, 92539, 92557, 92582, 92602, 92626, 92646, 92657, 92668, 92673, 92687, 92697, 92706, 92716, 92725, 92737, 92743, 92750, 92755, 92760, 92768, 92771, 92781, 92792, 92807, 92815, 92836, 92860, 92880, 92900, 92910, 92918, 92932, 92943, 92954, 92960, 92971, 92983, 92998, 93017, 93042, 93070, 93094, 93118, 93132, 93150, 93160, 93176, 93190, 93212, 93225, 93237, 93249, 93258, 93266, 93276, 93294, 93306, 93315, 93318, 93326, 93333, 93340, 93358, 93375, 93392, 93401, 93409, 93417, 93426, 93430, 93445, 93459, 93473, 93485, 93495, 93508, 93520, 93534, 93546, 93556, 93570, 93582, 93596, 93608, 93619, 93635, 93649, 93663, 93673, 93683, 93696, 93707, 93720, 93735, 93748, 93759, 93774, 93787, 93802, 93815, 93827, 93844, 93859, 93874, 93885, 93889, 93897, 93903, 93922, 93935, 93942, 93950, 93969, 93990, 94008, 94017, 94028, 94036, 94045, 94050, 94056, 94075, 94087, 94098, 94111, 94122, 94132, 94143, 94161, 94178, 94190, 94202, 94206, 94211, 94219, 94228, 94235, 94245, 94263, 94280, 94298, 94315, 94333, 94355, 94364, 94374, 94382, 94395, 94414, 94434, 94453, 94473, 94497, 94509, 94523, 94532, 94543, 94557, 94569, 94582, 94597, 94611, 94624, 94638, 94648, 94656, 94665, 94678, 94683, 94697, 94712, 94723, 94729, 94740, 94750, 94753, 94759, 94776, 94790, 94803, 94818, 94835, 94849, 94869, 94876, 94892, 94904, 94917, 94921, 94926, 94933, 94943, 94960, 94972, 94986, 95002, 95017, 95030, 95037, 95045, 95057, 95070, 95090, 95105, 95122, 95141, 95159, 95175, 95188, 95208, 95223, 95240, 95259, 95277, 95293, 95303, 95310, 95318, 95332, 95350, 95359, 95376, 95388, 95407, 95421, 95437, 95455, 95472, 95487, 95497, 95517, 95534, 95554, 95575, 95591, 95613, 95628, 95636, 95649, 95661, 95683, 95701, 95720, 95742, 95760, 95779, 95803, 95820, 95831, 95849, 95865, 95884, 95902, 95918, 95939, 95953, 95973, 95989, 96007, 96021, 96038, 96053, 96065, 96083, 96101, 96115, 96133, 96149, 96160, 96174, 96186, 96197, 96212, 96230, 96254, 96280, 96306, 96327, 96339, 96353, 96367, 96384, 96401, 96415, 96435, 96448, 96468, 96486, 96497, 96513, 96530, 96545, 96562, 96574, 96592, 96612, 96630, 96647, 96664, 96684, 96696, 96704, 96713, 96723, 96734, 96743, 96760, 96772, 96782, 96787, 96793, 96799, 96804, 96811, 96822, 96829, 96837, 96851, 96864, 96877, 96892, 96919, 96934, 96948, 96972, 96995, 97009, 97021, 97032, 97050, 97067, 97090, 97108, 97127, 97143, 97165, 97188, 97208, 97232, 97252, 97272, 97293, 97309, 97322, 97336, 97357, 97379, 97393, 97409, 97426, 97448, 97467, 97489, 97518, 97550, 97576, 97607, 97632, 97663, 97693, 97720, 97750, 97770, 97787, 97807, 97834, 97864, 97888, 97917, 97940, 97969, 97997, 98022, 98050, 98060, 98067, 98075, 98088, 98096, 98105, 98119, 98138, 98162, 98185, 98193, 98202, 98210, 98223, 98233, 98248, 98264, 98279, 98292, 98303, 98314, 98329, 98347, 98360, 98375, 98389, 98402, 98411, 98428, 98434, 98441, 98454, 98468, 98494, 98517, 98539, 98550, 98572, 98589, 98607, 98622, 98641, 98661, 98676, 98689, 98701, 98717, 98728, 98740, 98750, 98769, 98789, 98806, 98829, 98853, 98874, 98899, 98920, 98927, 98935, 98944, 98951, 98959, 98968, 98982, 98997, 99015, 99028, 99040, 99058, 99077, 99093, 99115, 99138, 99158, 99182, 99202, 99211, 99221, 99226, 99238, 99248, 99259, 99284, 99304, 99323, 99339, 99354, 99383, 99407, 99430, 99450, 99461, 99479, 99491, 99504, 99518, 99533, 99549, 99561, 99574, 99588, 99598, 99614, 99624, 99633, 99643, 99656, 99669, 99683, 99693, 99702, 99715, 99730, 99742, 99752, 99763, 99775, 99789, 99801, 99820, 99838, 99859, 99883, 99906, 99928, 99940, 99950, 99966, 99979, 99995, 100000, 100006, 100018, 100031, 100056, 100078, 100099, 100109, 100125, 100140, 100161, 100177, 100194, 100208, 100226, 100244, 100263, 100277, 100289, 100295, 100306, 100322, 100343, 100363, 100368, 100385, 100394, 100401, 100406, 100417, 100420, 100438, 100458, 100478, 100494, 100505, 100517, 100531, 100554, 100575, 100608, 100622, 100636, 100654, 100666, 100689, 100708, 100722, 100734, 100746, 100756, 100766, 100776, 100790, 100808, 100820, 100826, 100832, 100838, 100844, 100850, 100856, 100862, 100868, 100874, 100880, 100886, 100892, 100898, 100904, 100910],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[40, 446, 1521, 1524, 1586, 2575, 2986, 3435, 3436, 3708, 3715, 3726, 3734, 3736, 3799]), Anchor::All(&[Anchor::Lits(&[3877, 4209, 4367, 4451, 4508, 4512, 4514, 4517, 4519, 4521, 4561, 4569, 4573, 4593, 4610, 4656, 4660, 4668, 4672, 4692, 4709, 4888, 4890, 4931, 5115, 5118, 5122, 5125, 5348, 5516, 5538, 5553, 5575, 5605, 5607, 5622, 5704, 5757, 5840, 5844, 5847, 5849, 5882, 5884, 5886, 6046, 6065, 6327, 6373, 6409, 6523, 6527, 6528, 6530, 6532, 6534, 6602, 6840, 6842, 6862, 6921]), Anchor::Lits(&[4277, 4323, 4349, 4488, 4490, 4960, 4964, 4972, 4974, 5227, 5357, 6017, 6020, 6181, 6248, 6269, 6585, 6868])]), Anchor::All(&[Anchor::Lits(&[3877, 4209, 4367, 4451, 4508, 4512, 4514, 4517, 4519, 4521, 4561, 4569, 4573, 4593, 4610, 4656, 4660, 4668, 4672, 4692, 4709, 4888, 4890, 4931, 5115, 5118, 5122, 5125, 5348, 5516, 5538, 5553, 5575, 5605, 5607, 5622, 5704, 5757, 5840, 5844, 5847, 5849, 5882, 5884, 5886, 6046, 6065, 6327, 6373, 6409, 6523, 6527, 6528, 6530, 6532, 6534, 6602, 6840, 6842, 6862, 6921]), Anchor::Lits(&[4277, 4323, 4352, 4372, 4434, 4488, 4493, 4792, 4964, 4972, 4976, 5178, 5216, 5230, 5410, 5813, 6017, 6020, 6162, 6252, 6269, 6514, 6585, 6621, 6653, 6780, 6868])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[496, 613, 713, 726, 733, 871, 872, 874, 1356, 1472, 1656, 1665, 1750, 1946, 1951, 2050, 2082, 2083, 2084, 2312, 2364, 2491, 2519, 2527, 2537, 2718, 2719, 2730, 2798, 3115, 3117, 3122, 3161, 3163, 3700, 3706, 3708, 3711, 3722, 3724, 3734, 3799, 4278, 4324, 4489, 4491, 4494, 4961, 4965, 4973, 4975, 4977, 5228, 5231, 6018, 6021, 6026, 6253, 6270, 6586, 6587, 6869]), Anchor::All(&[Anchor::Lits(&[4277, 4323, 4488, 4490, 4960, 4964, 4972, 4974, 5227, 6017, 6020, 6252, 6269, 6585, 6868]), Anchor::Lits(&[3964, 4026, 4783, 7389])]), Anchor::All(&[Anchor::Lits(&[3877, 4209, 4367, 4451, 4508, 4512, 4514, 4517, 4519, 4521, 4561, 4569, 4573, 4593, 4610, 4656, 4660, 4668, 4672, 4692, 4709, 4888, 4890, 4931, 5115, 5118, 5122, 5125, 5348, 5516, 5538, 5553, 5575, 5605, 5607, 5622, 5704, 5757, 5840, 5844, 5847, 5849, 5882, 5884, 5886, 6046, 6065, 6327, 6373, 6409, 6523, 6527, 6528, 6530, 6532, 6534, 6602, 6840, 6842, 6862, 6921]), Anchor::Lits(&[4275, 4490, 4962, 4974, 5227, 5356, 6020, 6180, 6248, 6268, 6274])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[725, 1627, 1628, 1629, 1783, 1784, 1794, 1795, 1950, 2490, 2492, 2573, 2727, 2780, 2781, 2782, 3739, 3743, 3746, 3748, 3750, 3753, 3759, 3764, 3768, 3781, 3791]), Anchor::All(&[Anchor::Lits(&[4277, 4493, 5414, 5813]), Anchor::Lits(&[3738])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[3880, 4168, 4736, 5163, 5172, 5337, 5993, 6005, 6424, 6947, 6949, 7252, 7312, 7313, 7316, 7322, 7372, 7373, 7388, 7461]), Anchor::Lits(&[3964, 4031, 4793, 7069, 7091])])),
            (4, "override-the-above", Anchor::Lits(&[41, 447, 2525, 2536])),
            (5, "override-bare-instructions", Anchor::Lits(&[510, 909, 1505, 1713, 2154, 2181, 2393, 2434, 3060, 3062])),
            (6, "override-previous-loosely", Anchor::Lits(&[5118, 6196])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[3878, 3879, 3974, 4210, 4368, 4452, 4509, 4513, 4515, 4518, 4520, 4522, 4570, 4574, 4594, 4657, 4669, 4673, 4693, 4889, 4891, 4932, 5116, 5119, 5123, 5126, 5517, 5539, 5554, 5576, 5606, 5608, 5623, 5705, 5738, 5776, 5841, 5845, 5848, 5850, 5883, 5885, 5887, 6047, 6066, 6328, 6374, 6410, 6524, 6529, 6531, 6533, 6535, 6841, 6843, 6863, 6922]), Anchor::All(&[Anchor::Lits(&[3877, 4209, 4367, 4451, 4508, 4512, 4514, 4517, 4519, 4521, 4561, 4569, 4573, 4593, 4610, 4656, 4660, 4668, 4672, 4692, 4709, 4888, 4890, 4931, 5115, 5118, 5122, 5125, 5348, 5516, 5538, 5553, 5575, 5605, 5607, 5622, 5704, 5757, 5840, 5844, 5847, 5849, 5882, 5884, 5886, 6046, 6065, 6327, 6373, 6409, 6523, 6527, 6528, 6530, 6532, 6534, 6602, 6840, 6842, 6862, 6921]), Anchor::Lits(&[629, 670, 737, 756, 879, 1593, 1705, 1755, 2054, 2271, 2357, 2464, 2560, 3158])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[250, 471, 472, 474, 476, 723, 724, 748, 753, 1503, 1504, 1607, 1609, 1893, 1894, 1941, 1952, 2532, 2533, 2724, 2731, 2828, 2831, 3072, 3073, 3154, 3353])),
            (9, "override-everything-then-order", Anchor::Lits(&[909, 1505, 1713, 2154, 2181, 2840])),
            (10, "hijack-the-content", Anchor::Lits(&[4517, 4888, 5118, 6409])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[4278, 4324, 4350, 4489, 4491, 4494, 4961, 4965, 4973, 4975, 4977, 5228, 5231, 5358, 6018, 6021, 6026, 6182, 6249, 6253, 6270, 6586, 6587, 6869]), Anchor::Any(&[Anchor::Lits(&[4075, 4076, 4546, 4583, 4625, 4627, 4628, 4630, 4633, 4682, 5249, 5250, 5602, 5603, 5604, 5609, 5610]), Anchor::All(&[Anchor::Lits(&[29, 30, 72, 554, 555, 841, 854, 896, 1326, 1347, 1413, 1450, 1451, 1601, 1714, 1816, 1838, 1912, 1937, 2205, 2208, 2237, 2241, 2243, 2244, 2246, 2265, 2276, 2280, 2353, 2375, 2385, 2641, 2682, 2688, 2709, 2711, 2743, 2752, 3080, 3086, 3099, 3504, 3615, 3625, 3687]), Anchor::Lits(&[4073, 4949, 4983, 4988, 4993, 5244, 5430, 6377, 6384, 7068, 7120])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[433, 553, 556, 1638, 1644, 1817, 1818, 2379, 2380, 2393, 2395, 2397, 2398, 2687, 2689, 3085, 3087, 3134, 3136, 3394, 3395, 3613]), Anchor::Lits(&[4275, 4360, 4490, 4972, 5227, 5405, 5417, 5812, 5941, 5948, 6020, 6252])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[3698, 3704, 3709, 3712, 3733, 3798]), Anchor::All(&[Anchor::Lits(&[38, 39, 70, 71, 687, 688, 1493, 1495, 1672, 1674, 1959, 1960, 2266, 2267, 2712, 2713, 3052, 3053]), Anchor::Lits(&[4277, 4323, 4349, 4414, 4471, 4488, 4490, 4960, 4964, 4972, 4974, 5227, 5357, 5386, 5805, 5853, 6017, 6020, 6181, 6248, 6269, 6585, 6867, 6868])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1397, 1398, 1399, 1400, 1881, 1882, 1883, 1884, 2315, 2316, 2317, 2318, 2990, 2991, 2992, 2993, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3909, 3915, 3916, 4016, 4017, 4018, 4019, 4020, 4021, 4022, 4170, 4171, 4174, 4175, 4176, 4283, 4284, 4285, 4287, 4288, 4289, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4309, 4312, 4315, 4318, 4320, 4340, 4341, 4343, 4345, 4363, 4364, 4365, 4390, 4391, 4392, 4393, 4445, 4446, 4447, 4448, 4473, 4474, 4475, 4477, 4478, 4479, 4480, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4798, 4799, 4800, 4801, 4802, 4803, 4847, 4848, 4849, 4851, 4852, 4853, 4854, 4858, 4860, 4861, 4862, 4909, 4911, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5173, 5302, 5305, 5306, 5308, 5309, 5310, 5366, 5367, 5368, 5369, 5708, 5709, 5710, 5711, 5713, 5714, 5715, 5716, 5717, 5718, 5719, 5720, 5721, 5722, 5724, 5727, 5730, 5733, 5735, 5784, 5785, 5786, 5787, 5788, 5789, 5820, 5821, 5822, 5823, 5824, 5825, 5826, 5974, 5975, 5976, 5986, 5987, 5988, 5989, 5990, 5991, 5992, 5998, 5999, 6000, 6001, 6002, 6003, 6004, 6111, 6112, 6114, 6116, 6172, 6173, 6174, 6425, 6481, 6482, 6483, 6484, 6485, 6486, 6583, 6584, 6585, 6588, 6589, 6590, 6591, 6597, 6598, 6599, 6600, 6604, 6605, 6606, 6607, 6879, 6880, 6886, 6892, 7356, 7376])),
            (15, "permission-to-ignore", Anchor::Lits(&[4196, 4209, 4256, 4502, 4517, 4780, 4888, 5118, 5844, 6409, 7053])),
            (16, "deceive-the-user", Anchor::Lits(&[4209, 4517, 4545, 4577, 4578, 4584, 4591, 4599, 4605, 4632, 4676, 4677, 4683, 4690, 4698, 4704, 4888, 5013, 5015, 5017, 5022, 5118, 5523, 5541, 5542, 5547, 5556, 5564, 5571, 5844, 7173])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[3962, 3965, 4053, 4054, 4055, 4060, 4062, 4063, 4064, 4065, 4129, 4131, 4132, 4133, 4194, 4232, 4249, 4255, 4277, 4323, 4330, 4333, 4334, 4338, 4349, 4385, 4387, 4488, 4490, 4763, 4778, 4784, 4840, 4958, 4960, 4962, 4971, 4972, 4974, 5045, 5052, 5209, 5210, 5211, 5212, 5214, 5215, 5227, 5357, 5361, 5421, 5425, 5941, 5948, 5994, 6017, 6020, 6027, 6087, 6101, 6109, 6181, 6200, 6201, 6252, 6268, 6271, 6304, 6305, 6306, 6340, 6345, 6346, 6347, 6348, 6349, 6351, 6585, 6731, 6868, 6893, 7402]), Anchor::Lits(&[329, 420, 460, 2281, 2303, 2304, 2306, 3323])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[3619, 3624, 4185, 4265, 4266, 4902, 4903, 4907, 6595]), Anchor::All(&[Anchor::Lits(&[4277, 4323, 4360, 4488, 4490, 4960, 4964, 4972, 4974, 5090, 5227, 5403, 5404, 5909, 6017, 6020, 6181, 6252, 6269, 6585, 6868]), Anchor::Lits(&[4267, 4269, 4454, 4712, 4764, 4765, 4856, 5851, 6039, 6133, 6137, 6139, 6164, 6169, 6205, 6921, 7125, 7126])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[85, 86, 87, 88, 2291, 2292, 2305, 2313, 3309, 3310, 3322, 3341, 3617, 3618, 3621, 3623])),
            (20, "override-what-makers-said", Anchor::Lits(&[6659, 6725, 6726, 6738, 6744, 6745, 6749, 6756, 6757, 6763, 7391, 7404, 7406, 7412, 7418, 7420, 7423, 7430, 7431, 7436])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[880, 882, 1788, 2100, 2104, 2359, 2494, 2785]), Anchor::All(&[Anchor::Lits(&[7252, 7315, 7340, 7371, 7373, 7442, 7460]), Anchor::Lits(&[4322, 4826, 4898, 4979, 5291, 5353, 5842, 6098, 6143, 6167, 6204, 6927])]), Anchor::All(&[Anchor::Lits(&[4922, 4923, 4936, 4937, 5300, 5301, 5415, 5416, 6040, 6041, 6093, 6094, 6215, 6216]), Anchor::Lits(&[7389])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[277, 285, 286, 298, 299, 300, 309, 310, 312, 313, 315, 316, 323, 328, 3709, 3714, 3731, 3733, 3798])),
            (23, "nothing-is-real", Anchor::Lits(&[230, 715, 2192, 2232, 2250, 2251, 2252, 2253, 2784])),
            (24, "declined-now-allowed", Anchor::Lits(&[4149, 4190, 4388, 4389, 4442, 4461, 4506, 4884, 4885, 6019, 6110, 6127, 6178, 7243, 7244])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[726, 1622, 1630, 1786, 1946, 1951, 2127, 2491, 2493, 2730, 2783, 3698, 3709, 3710, 3714, 3717, 3718, 3719, 3733, 3793, 3798, 4107, 6772]), Anchor::All(&[Anchor::Lits(&[726, 1630, 1786, 2491, 2493, 2730, 2783, 3123]), Anchor::Lits(&[7389])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[46, 685, 818, 1608, 2012, 2490, 2492, 2544, 2795, 2854])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[357, 358, 359, 360, 501, 502, 696, 738, 757, 881, 1533, 1534, 1536, 1540, 1541, 1542, 1552, 1586, 1781, 1975, 2042, 2558, 2559, 2560, 2914, 3025, 3162, 3352, 3708, 3713, 3726, 3730, 3731, 3732, 3797, 4031, 4342, 4344, 4793, 4861, 5368, 5721, 6113, 6115, 6166, 6168, 6601, 6610, 6885, 6890, 6957, 6960, 6966, 6968, 6969, 6971, 6972, 6987, 6988, 6989, 6992, 7091, 7415, 7416, 7437]), Anchor::All(&[Anchor::Lits(&[502, 692, 725, 881, 1621, 1626, 1629, 1785, 2357, 2490, 2492, 2559, 2560, 2729, 2782, 2918, 3375]), Anchor::Lits(&[6665, 6697, 6724, 6741, 6956])]), Anchor::All(&[Anchor::Lits(&[502, 725, 881, 1626, 1629, 1785, 2357, 2559, 2560, 2782]), Anchor::Lits(&[4471, 5003, 6510, 6512, 6581])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[41, 71, 251, 437, 688, 692, 725, 755, 881, 1303, 1495, 1512, 1626, 1629, 1673, 1675, 1785, 1863, 1950, 2267, 2490, 2713, 2729, 2782, 2918, 3236, 3246, 3289, 4052, 4107, 4108, 4109, 4110, 4964, 5252, 5804, 5836, 5843, 6138, 6269, 6272, 6563, 6611, 6894]), Anchor::All(&[Anchor::Lits(&[478, 493, 695, 1585, 1974, 2344, 2789, 2913, 3024, 3088, 3089, 3677]), Anchor::Lits(&[3697])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[4326, 4327, 4350, 4361, 4489, 4494, 4850, 4965, 4977, 5190, 5191, 5200, 5229, 5231, 5910, 5942, 5970, 6018, 6021, 6026, 6182, 6253, 6376, 6586, 6587, 6869]), Anchor::Lits(&[3738])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[4327, 4489, 4494, 4977, 5231, 5406, 5411, 5970, 6021, 6026, 6253, 6376, 6654]), Anchor::Lits(&[3936, 4325, 4472, 5004, 5189, 5241, 5412, 5801, 5819, 5965, 6007, 6092, 6331, 6511, 6582, 6912, 7052])])),
            (31, "what-others-told-you", Anchor::Lits(&[41, 332, 333, 334, 335, 437, 1549, 1550, 1551, 1552, 1581, 1582, 1583, 1584, 1778, 1779, 1780, 1781, 2542, 2555, 2556, 2557, 2558, 2589, 2590, 2591, 2592, 2803, 2804, 2805, 2806, 2874, 2875, 2876, 2877, 3141, 3142, 3143, 3144, 3150, 3151, 3152, 3153, 3349, 3350, 3351, 3352, 3681, 3682, 3683, 3684, 3688, 3689, 3690, 3691])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[271, 877, 975, 1633, 1646, 3524, 3530, 5171, 5218, 7070, 7072, 7074, 7083, 7089, 7092])),
            (33, "reveal-given-instructions", Anchor::Lits(&[40, 103, 356, 436, 1302, 1502, 1734, 1815, 2541, 3340, 3531, 3622, 3698, 3709, 3714, 3733, 3798, 4177, 4910, 4951, 5171, 5218, 5739, 6658, 7276, 7310, 7317, 7327, 7338, 7355, 7358, 7374, 7377, 7456, 7462])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[40, 355, 356, 439, 440, 441, 445, 446, 1530, 1538, 1735, 2523, 2543, 2986, 3716, 3726, 3734, 3800]), Anchor::All(&[Anchor::Lits(&[737, 756, 1752, 1755, 1785, 2522, 2560, 3158, 3675]), Anchor::Lits(&[41, 1303, 1489, 1652, 1748, 2363, 2524, 2534, 2540])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[450, 451, 452, 3023, 3027, 3028])),
            (36, "reveal-context-contents", Anchor::Lits(&[2277, 2279, 4354, 4359, 4360, 4382, 5230, 5969, 6020, 6585, 6656, 7240, 7241])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[7390, 7403, 7407, 7409, 7410, 7411, 7414, 7417, 7419, 7421, 7422, 7425, 7427, 7428, 7429, 7438, 7440])),
            (38, "complete-the-leak", Anchor::Lits(&[5063, 5065, 5066, 5068, 5069, 5071, 5072, 5073, 5075, 5076, 5079, 5080, 5081, 5082, 5083, 5084, 5085, 5086, 5087, 5088, 5431, 5432, 5433, 5434, 5435, 5436, 5437, 5438, 5439, 5440, 5441, 5442, 5443, 5444, 5445, 5446, 5447, 5448, 5449, 5450, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5458, 5459, 5460, 5461, 5462, 5463, 5464, 5465, 5466, 5468, 5469, 5470, 5471, 5472, 5473, 5474, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5482, 5483, 5484, 5485, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 5493, 5494, 5495, 5496, 5497, 5498, 5499, 5500, 5501, 5502, 5503, 6746, 6747, 6753, 6754, 6755, 6758, 6759, 6760, 6761, 7254, 7255, 7258, 7259, 7262, 7264, 7432, 7433, 7434, 7435])),
            (39, "what-you-must-not-say", Anchor::Lits(&[4119, 4886, 5225, 5568, 5692, 5693, 5694, 5695, 6016, 6019, 6179, 6859, 6866])),
            (40, "reveal-initialization", Anchor::Lits(&[5181, 5182, 5183, 5184, 5185, 5186, 5187, 5188, 5192, 5193, 5194, 5195, 5196, 5197, 5198, 5199, 5201, 5202, 5203, 5204, 5205, 5206, 5207, 5208])),
            (41, "forged-own-instructions", Anchor::Lits(&[3740, 3742, 3744, 3747, 3751, 3756, 3757, 3761, 3763, 3765, 3767, 3772, 3773, 3775, 3778, 3782, 3783, 3786, 3792])),
            (42, "follow-what-it-says", Anchor::Lits(&[196, 197, 198, 199, 200, 202, 203, 302, 303, 304, 305, 306, 307, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3534, 3535, 3536, 3537, 3538, 3539, 3542, 3543, 3544, 3545, 3546, 3547])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4484, 4621, 6660, 6692, 6740, 6783, 6818, 6827, 6837, 7279, 7281, 7284, 7311, 7314, 7320, 7325, 7368, 7374, 7392, 7397, 7413]), Anchor::All(&[Anchor::Lits(&[690, 704, 737, 795, 1337, 1785, 1899, 2020, 2026, 2553, 2560, 2790, 2882, 2884, 2916, 2918, 3354, 3486]), Anchor::Lits(&[6956])]), Anchor::All(&[Anchor::Lits(&[387, 694, 703, 1980, 2788, 3468]), Anchor::Lits(&[4078, 7251, 7339, 7441])])]), Anchor::Lits(&[691, 693, 705, 712, 738, 796, 1338, 1344, 1786, 1900, 2021, 2027, 2554, 2561, 2791, 2883, 2885, 2917, 2919, 3355, 3356, 3487, 4079, 4080, 4081, 4082, 4083, 4084, 6661, 6662, 6663, 6664, 6693, 6694, 6695, 6696, 6784, 6785, 6786, 6787, 6788, 6789, 6790, 6791, 6819, 6820, 6821, 6822, 6823, 6824, 6825, 6826, 6828, 6829, 6830, 6831, 6832, 6833, 6834, 6835, 7257, 7260, 7261, 7267, 7277, 7280, 7282, 7285, 7312, 7315, 7321, 7326, 7343, 7344, 7345, 7347, 7352, 7354, 7369, 7370, 7375, 7393, 7394, 7395, 7396, 7398, 7399, 7400, 7401, 7445, 7446, 7447, 7451, 7457, 7459])])),
            (44, "developer-message-requested", Anchor::Lits(&[41, 437, 873, 1528, 1666, 1751, 1786, 2878, 3118, 3123, 3702, 3703, 3709, 3727, 3729, 3735, 6736, 6752, 7071, 7073, 7075, 7076, 7077, 7078, 7079, 7080, 7081, 7084, 7085, 7086, 7087, 7088, 7090, 7408, 7426])),
            (45, "agents-environment-requested", Anchor::Lits(&[6666, 6667, 6668, 6669, 6670, 6671, 6672, 6673, 6674, 6675, 6676, 6677, 6678, 6679, 6680, 6681, 6682, 6683, 6684, 6685, 6686, 6687, 6688, 6689, 6690, 6691, 6698, 6699, 6700, 6701, 6702, 6703, 6704, 6705, 6706, 6707, 6708, 6709, 6710, 6711, 6712, 6713, 6714, 6715, 6716, 6717, 6718, 6719, 6720, 6721, 6722, 6723, 6792, 6793, 6794, 6795, 6796, 6797, 6798, 6799, 6800, 6801, 6802, 6803, 6804, 6805, 6806, 6807, 6808, 6809, 6810, 6811, 6812, 6813, 6814, 6815, 6816, 6817, 6958, 6959, 6961, 6962, 6963, 6964, 6965, 6967, 6970, 6973, 6974, 6975, 6976, 6977, 6978, 6979, 6980, 6981, 6982, 6983, 6984, 6985, 6986, 6990, 6991, 6993])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[373, 393, 462, 494, 657, 684, 697, 749, 754, 791, 826, 865, 1358, 1528, 1539, 1553, 1998, 1999, 2001, 2002, 2003, 2261, 2262, 2263, 2272, 2273, 2356, 2402, 2404, 2549, 2558, 2646, 2707, 2915, 3113, 3114, 3116, 3117, 3122, 3124, 3157, 3374, 3685, 3692, 3745, 3754, 3755, 3760, 3774, 3777, 4118, 4492, 5064, 5067, 5070, 5129, 5130, 5131, 5233, 5408, 5697, 5815, 5837, 5843, 5846, 6563, 6608, 6611, 6836, 6950, 7239, 7250, 7283, 7331, 7332, 7333, 7334, 7335, 7336, 7337, 7357, 7359, 7387, 7390, 7405, 7415, 7416, 7424, 7425, 7437, 7439]), Anchor::All(&[Anchor::Lits(&[4494, 5231, 5814, 6018]), Anchor::Lits(&[7389])]), Anchor::All(&[Anchor::Lits(&[268, 1846]), Anchor::Lits(&[7389])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1402, 1906, 1907, 2483, 2484, 2693, 2715, 2787, 3526, 3527, 3699, 3721, 3723])),
            (54, "authority-override", Anchor::Lits(&[47, 2057, 2059, 2067, 2392])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[61, 479, 1322, 1328, 1333, 1753, 2475, 2593, 3026, 3105, 3106]), Anchor::All(&[Anchor::Lits(&[7252, 7316, 7324, 7340, 7378, 7442]), Anchor::Lits(&[2055])])])),
            (58, "address-the-model", Anchor::Lits(&[194, 195, 1747, 2407, 2551, 2632, 2862, 3081, 3082, 5112, 5401, 5402, 5407, 5409, 5696, 5698, 5699, 5700, 6033, 6034, 6129, 6130, 7058, 7059])),
            (59, "unrestricted-mode", Anchor::Lits(&[2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2394, 3987, 4007, 4238, 4426, 4476, 4481, 4729, 4796, 4899, 4939, 4981, 5262, 5276, 5281, 5296, 5360, 5598, 5599, 5601, 5653, 5755, 5806, 6095, 6497, 6549, 6905, 6906, 6908, 6918, 6924, 6928, 6936, 6942])),
            (60, "dan-persona", Anchor::Lits(&[3906, 3907, 3908, 3910, 3911, 3912, 3913, 3914, 3928, 3929, 3930, 3931, 3932, 3933, 3934, 3935, 3959, 3960, 3961, 4121, 4122, 4123, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4191, 4192, 4193, 4241, 4242, 4243, 4425, 4427, 4428, 4429, 4430, 4543, 5418, 5419, 5420, 5911, 5912, 5913, 5931, 5932, 5933, 5934, 5935, 5936, 5937, 5938, 5977, 5978, 5979, 5980, 5981, 5982, 5983, 5984, 6218, 6219, 6220, 6221, 6222, 6223, 6224, 6225, 6228, 6229, 6230, 6231, 6232, 6233, 6234, 6235, 7048, 7049, 7050, 7253, 7256, 7263, 7268, 7269, 7270, 7271, 7272, 7273, 7274, 7275, 7278, 7341, 7342, 7346, 7348, 7349, 7350, 7351, 7353, 7360, 7361, 7362, 7363, 7364, 7365, 7366, 7367, 7379, 7380, 7381, 7382, 7383, 7384, 7385, 7386, 7443, 7444, 7448, 7452, 7453, 7454, 7455, 7458])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[212, 535, 989, 2165, 3580, 3986, 4384, 4424, 4482, 4794, 4979, 4986, 5137, 5271, 5291, 5333, 5353, 5359, 5387, 5515, 5597, 5600, 5652, 5654, 6096, 6212, 6250, 6251, 6901, 6904, 6907, 6909, 6910, 6916, 6917, 6923, 6931, 6933, 6934, 6946, 7154, 7155, 7166, 7167, 7168, 7169, 7170, 7171, 7172, 7176, 7177, 7178, 7179, 7180, 7182, 7183, 7185, 7195, 7197, 7200, 7205, 7220, 7221]), Anchor::All(&[Anchor::Lits(&[500, 520, 911, 1111, 1112, 1202, 1203, 1636, 1715, 1845, 1853, 2142, 2166]), Anchor::Lits(&[6657, 7104, 7111])])]), Anchor::Lits(&[56, 58, 210, 431, 434, 449, 457, 458, 628, 668, 739, 1319, 1320, 1722, 2343, 2479, 2480, 2481, 2482, 2550, 2639, 2692, 2714, 2717, 2747, 2766, 2767, 2948, 2949, 2996, 3010, 3017, 3138, 3378, 3400, 3698, 3725, 3793])])),
            (62, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[45, 169, 201, 211, 212, 213, 214, 509, 747, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1513, 1514, 2134, 2144, 2165, 2172, 2268, 2269, 2270, 2451, 2512, 2548, 2754, 3007, 3620, 3626, 6540]), Anchor::All(&[Anchor::Lits(&[500, 520, 911, 1101, 1111, 1112, 1115, 1192, 1202, 1203, 1206, 1506, 1636, 1715, 1844, 1845, 1852, 1853, 2142, 2143, 2150, 2166]), Anchor::Lits(&[3159, 3567, 3574])]), Anchor::All(&[Anchor::Lits(&[170, 1391, 1868, 3418, 3422, 3431]), Anchor::Lits(&[105, 337, 480, 627, 631, 2069, 2464, 3112, 3496])])])),
            (63, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[924, 2203, 2264, 3796, 4755, 4756, 6064, 6396, 6397, 6526]), Anchor::All(&[Anchor::Lits(&[533, 1910, 2111, 2189]), Anchor::Lits(&[3864, 3866, 3870, 3872, 3988, 3989, 3999, 4000, 4013])])])),
            (64, "no-restrictions", Anchor::Lits(&[4195, 4233, 4339, 4350, 4357, 4779, 4841, 4961, 4965, 4977, 5358, 5362, 5422, 5423, 5426, 5942, 5995, 6018, 6176, 6177, 6182, 6253, 6270, 6284, 6296])),
            (65, "rules-do-not-apply", Anchor::Lits(&[248, 249, 1408, 1497, 1498, 1499, 1500, 1501, 1502, 2017, 2307, 2308, 2309, 2310, 2311, 2312, 2386, 2387, 2388, 2389, 2390, 2391, 3329, 3330, 3336, 3337, 3338, 3340])),
            (66, "no-rules-apply", Anchor::Lits(&[5679, 6743, 6768, 6769, 6770, 6771, 6773, 6774, 6777, 6778])),
            (67, "freed-from-limits", Anchor::Lits(&[498, 499, 506, 1353, 1354, 1404, 1513, 1515, 1934, 2204, 2206, 2207, 2245, 2247, 2248, 2677, 3417, 3419, 3420, 3434])),
            (68, "respond-without-limits", Anchor::Lits(&[829, 830, 831, 832, 833, 834, 846, 847, 848, 849, 850, 851, 2649, 2650, 2651, 2652, 2653, 2654, 2668, 2669, 2670, 2671, 2672, 2673, 2822, 2823, 2824, 2825, 2826, 2827, 3985, 4895, 5125, 5591, 5595, 5596, 5613, 5614, 5650, 5651, 5655, 6117, 7153, 7165, 7173])),
            (69, "pre-safety-self", Anchor::Lits(&[2278, 4169])),
            (70, "stay-in-character", Anchor::Lits(&[928, 929, 950, 1229, 1230, 1251, 1892, 2128, 2129, 2152, 2678, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3045])),
            (71, "jailbreak-template", Anchor::Lits(&[620, 2191, 2195, 2198, 2200, 2202, 2230, 2231, 2560, 2638, 3247, 3290, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 5139, 5140, 5141, 5142, 5143, 5144, 5145, 5147, 5148, 5149, 5150, 5151, 5152, 5153, 5154, 5155, 5156, 5157, 5158, 5159, 5160, 5164, 5165, 5166, 5167, 5168, 5169, 5170, 5424, 7044, 7127, 7128, 7129, 7130, 7131, 7132, 7133, 7137, 7138, 7139, 7140, 7141, 7142, 7143, 7144, 7145, 7146, 7147, 7148, 7149, 7150, 7158, 7159, 7160, 7161, 7162, 7163, 7164])),
            (72, "jailbreak", Anchor::Lits(&[4346, 4347, 4920, 4921, 5074, 5077, 5078, 5257, 5258, 5259, 5260, 5261, 5262, 5263, 5264, 5265, 5266, 5267, 5268, 5269, 5270, 5272, 5273, 5274, 5275, 5276, 5277, 5278, 5279, 5280, 5281, 5282, 5283, 5284, 5285, 5286, 5287, 5288, 5290, 5292, 5293, 5294, 5295, 5296, 5297, 5298, 5701, 5702, 5997, 6321, 7064, 7065, 7265, 7266, 7318, 7319, 7449, 7450, 7463, 7464])),
            (73, "evil-twin", Anchor::Lits(&[3741, 3749, 3752, 3756, 3758, 3762, 3766, 3775, 3778, 3780, 3784, 3785, 3787, 3788, 3789])),
            (74, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[57, 308, 327, 348, 1720, 1931, 2528, 3091]), Anchor::Lits(&[267, 272, 876, 878, 925, 1098, 1189, 1226, 1843, 1851, 2126, 2203, 3523, 3525, 3529, 3532])])),
            (75, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[823, 827, 853, 1915, 2412, 2807]), Anchor::Lits(&[161, 1296, 1366, 3447, 3575, 3679])])),
            (76, "simulated-privileged-shell", Anchor::Lits(&[3941, 3943, 3944, 3945, 3946, 3947, 3948, 3949, 3950, 3951, 3952, 3953, 4914, 4915, 4916, 4917, 4918, 4919, 4938, 4940, 4941, 4942, 4943, 4944, 6236, 6237, 6238, 6239, 6240, 6241, 6548, 6550, 6551, 6552, 6553, 6554, 6564, 6565, 6566, 6567, 6568, 6569, 6935, 6937, 6938, 6939, 6940, 6941])),
            (77, "self-escalation", Anchor::Lits(&[883, 1867, 3185, 3189, 3769, 3770, 3771, 3794])),
            (78, "blind-execution", Anchor::Lits(&[229, 1386, 3541])),
            (79, "forbidden-becomes-required", Anchor::Lits(&[138, 139, 140, 143, 231, 232, 233, 234, 1387, 1388, 1389, 1390, 2352, 3549, 3550, 3551, 3552])),
            (80, "opposite-of-your-rules", Anchor::Lits(&[3705, 3707, 3720, 3728, 3737, 5807])),
            (81, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[716, 1346, 1702, 1720, 1725, 1726, 1727, 2471, 2528, 2821, 3091]), Anchor::Any(&[Anchor::Lits(&[212, 535, 989, 2165, 3580, 3986, 4384, 4424, 4482, 4794, 4979, 4986, 5137, 5271, 5291, 5333, 5353, 5359, 5387, 5515, 5597, 5600, 5652, 5654, 6096, 6212, 6250, 6251, 6901, 6904, 6907, 6909, 6910, 6916, 6917, 6923, 6931, 6933, 6934, 6946, 7154, 7155, 7166, 7167, 7168, 7169, 7170, 7171, 7172, 7176, 7177, 7178, 7179, 7180, 7182, 7183, 7185, 7195, 7197, 7200, 7205, 7220, 7221]), Anchor::All(&[Anchor::Lits(&[500, 520, 911, 1111, 1112, 1202, 1203, 1636, 1715, 1845, 1853, 2142, 2166]), Anchor::Lits(&[6657, 7104, 7111])])]), Anchor::Lits(&[92, 101, 106, 115, 338, 347, 481, 492, 632, 633, 769, 1963, 1972, 2070, 2079, 3408, 3497])])),
            (82, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4199, 4201, 4202, 4769, 4818, 6516, 6517]), Anchor::All(&[Anchor::Lits(&[5335, 5336]), Anchor::Lits(&[794, 816, 1898, 2416, 2842, 3344])]), Anchor::All(&[Anchor::Lits(&[4731, 4732]), Anchor::Lits(&[4415, 5322, 5862, 6330, 6856])])]), Anchor::Lits(&[3905, 3927, 4015, 4153, 4157, 4172, 4173, 4176, 4240, 4274, 4362, 4753, 4754, 5138, 5803, 5927, 5928, 5929, 5930, 6012, 6097, 6142, 6171, 6175, 6195, 6217, 6227, 6394, 6395, 6492, 6499, 6505, 6614, 6872, 6897, 7252, 7340, 7442]), Anchor::Lits(&[3160, 3568, 3575])]), Anchor::All(&[Anchor::Lits(&[4126, 4183, 4184, 4396, 4419, 4511, 4795, 4894, 4980, 4982, 5219, 5388, 6213, 6267, 6322, 6493, 6779]), Anchor::Any(&[Anchor::Lits(&[3899, 3902, 3984, 4034, 4200, 4413, 4415, 4453, 4469, 4502, 4711, 4730, 4818, 4823, 4978, 5334, 5816, 5854, 5862, 5922, 6008, 6330, 6353, 6478, 6494, 6515, 6856, 6895, 7124]), Anchor::All(&[Anchor::Lits(&[4955]), Anchor::Lits(&[53, 123, 2362, 2403, 2861, 3108])]), Anchor::All(&[Anchor::Lits(&[4381, 4733, 4747, 4824, 4893, 5335, 5953, 6366, 6871, 6926, 6952]), Anchor::Lits(&[3312, 3313, 3314, 3316, 3317, 3318, 3319, 3320, 3321, 3324, 3331, 3334, 3339])])]), Anchor::Lits(&[3905, 3927, 4153, 4157, 5926, 5939, 6394, 7252, 7442])])])),
            (83, "third-party-permission", Anchor::All(&[Anchor::Lits(&[510, 642, 836, 887, 1278, 1357, 1401, 1407, 1415, 1612, 1713, 2393, 2681, 2786, 2952, 3103, 3397, 3401, 3427, 3614]), Anchor::Lits(&[148, 261, 331, 394, 395, 650, 843, 1412, 1548, 1585, 1613, 1762, 1777, 2117, 2284, 2355, 2358, 2457, 2708, 2802, 2830, 2944, 3348, 3518])])),
            (84, "privileged-identity", Anchor::Lits(&[157, 261, 394, 395, 650, 1306, 1321, 1613, 3428, 3572, 3698, 3725, 3793])),
            (85, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[3627, 3891, 3892, 3893, 3894, 3895, 3896, 3897, 3898, 4134, 4135, 4136, 4137, 4156, 4237, 4250, 4251, 4252, 4254, 4966, 4967, 4968, 4970, 5111, 5135, 5393, 5395, 5396, 5397, 5903, 5904, 5905, 5906, 5943, 5944, 5945, 5947, 6081, 6082, 6083, 6084, 6184, 6185, 6186, 6188, 6273, 6279, 6281, 6297, 6339, 6342, 6344, 6352, 6562, 6571, 6732, 6733, 6734, 6735, 7113, 7114, 7115, 7116, 7117, 7118, 7119]), Anchor::All(&[Anchor::Lits(&[3955, 5239, 6226, 6247, 6655]), Anchor::Lits(&[49, 53, 160, 242, 768, 790, 794, 837, 838, 839, 840, 888, 889, 890, 891, 892, 893, 894, 895, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1293, 1312, 1406, 1415, 1510, 1612, 1918, 2362, 2403, 2416, 2472, 2505, 2546, 2842, 2861, 2865, 2987, 2999, 3344, 3377, 3396, 3427, 3437])]), Anchor::All(&[Anchor::Lits(&[759, 1291, 1406, 1414, 1917, 3046, 3054, 3426]), Anchor::Lits(&[62, 1392, 2526, 2636, 3048, 3676])])])),
            (86, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[63, 1496, 1558, 2637, 3958, 4217, 4218, 4624, 4989, 4990, 4991, 4992, 5120, 5121, 5134, 5560, 5973, 6570, 7121]), Anchor::All(&[Anchor::Lits(&[519, 910, 1712, 2190, 2193, 2195, 2199, 2200, 2201, 2202, 2226, 2227, 2228, 2230, 2231, 2233, 2234, 2235, 2980, 5291, 6901, 6907, 6917, 6934]), Anchor::Lits(&[273])])])),
            (87, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[3104, 3135, 3404, 3958, 4124, 5062, 5134, 5146, 5525, 5560, 5562, 5973, 6570, 7082]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3104, 3135, 3404]), Anchor::All(&[Anchor::Lits(&[254, 255, 495, 725, 1355, 1468, 1621, 1945, 1950, 2400, 2490, 2492, 2729, 2782, 2794]), Anchor::Lits(&[4895, 5593, 7173, 7469])])]), Anchor::Lits(&[3904, 4014, 6141, 6170, 6491, 6613, 7246])]), Anchor::All(&[Anchor::Lits(&[254, 495, 725, 731, 1355, 1471, 1621, 1945, 1950, 2490, 2492, 2729, 2782, 2794]), Anchor::Lits(&[4895, 5593, 7175, 7469])])])),
            (88, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[253, 256, 496, 637, 699, 700, 1469, 1472, 1622, 1940, 1946, 1951, 2401, 2628, 2719, 2728, 2730, 2783]), Anchor::Lits(&[56, 431, 2478, 3698, 3701, 3725, 3793])])),
            (89, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1409, 2110, 2112, 2182, 2185, 2186, 2196, 2197, 2238, 2239]), Anchor::All(&[Anchor::Lits(&[1305, 1473, 1476, 1478, 1615, 1947, 1949, 2657, 2660, 2663, 2664, 2665, 2720, 2721, 2723, 2727, 2734]), Anchor::Lits(&[5743, 6307, 6359, 6367, 6398])])])),
            (90, "persona-whose-words-run", Anchor::Lits(&[3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 4031, 4734, 4785, 4786, 4787, 4788, 4790, 4793, 7091])),
            (91, "disable-safety", Anchor::Lits(&[2814, 3878, 3965, 3974, 4028, 4053, 4054, 4055, 4060, 4061, 4062, 4063, 4064, 4065, 4129, 4131, 4132, 4133, 4197, 4198, 4210, 4212, 4232, 4249, 4255, 4257, 4258, 4330, 4332, 4333, 4334, 4353, 4355, 4356, 4358, 4385, 4387, 4438, 4439, 4450, 4503, 4505, 4518, 4520, 4763, 4768, 4770, 4773, 4774, 4775, 4776, 4777, 4778, 4781, 4782, 4784, 4791, 4842, 4889, 4891, 4897, 4926, 4927, 4928, 4958, 4960, 4962, 4971, 5045, 5052, 5119, 5126, 5209, 5210, 5211, 5212, 5213, 5214, 5215, 5289, 5355, 5421, 5425, 5520, 5521, 5738, 5845, 5848, 6023, 6087, 6101, 6109, 6183, 6200, 6201, 6268, 6274, 6275, 6276, 6277, 6278, 6282, 6283, 6285, 6286, 6287, 6288, 6289, 6290, 6291, 6292, 6293, 6294, 6295, 6304, 6305, 6306, 6340, 6341, 6345, 6346, 6347, 6348, 6349, 6350, 6351, 6385, 6386, 6547, 6576, 6578, 6579, 6615, 6731, 6764, 6893, 6899, 6900, 6913, 7242, 7402])),
            (92, "safety-declared-off", Anchor::Lits(&[3962, 3965, 4053, 4054, 4055, 4060, 4061, 4062, 4063, 4064, 4065, 4129, 4131, 4132, 4133, 4232, 4249, 4255, 4330, 4332, 4333, 4334, 4353, 4355, 4356, 4358, 4385, 4387, 4763, 4773, 4774, 4775, 4776, 4777, 4778, 4784, 4842, 4958, 4960, 4962, 4971, 5045, 5052, 5209, 5210, 5211, 5212, 5213, 5214, 5215, 5421, 5425, 6023, 6087, 6101, 6109, 6183, 6200, 6201, 6268, 6274, 6275, 6276, 6277, 6278, 6282, 6283, 6285, 6286, 6287, 6288, 6289, 6290, 6291, 6292, 6293, 6294, 6295, 6304, 6305, 6306, 6340, 6341, 6345, 6346, 6347, 6348, 6349, 6350, 6351, 6731, 6893, 7402])),
            (93, "skip-approval", Anchor::Lits(&[252, 698, 714, 2449, 2751, 2940, 2945, 3626, 4058, 4547, 4634, 5524, 5616, 6063, 6525, 7184, 7286, 7288, 7298, 7300])),
            (94, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[4441, 4443, 4444, 4462, 6943]), Anchor::All(&[Anchor::Lits(&[3917, 3918, 3919, 3920, 3921, 3922, 3923, 3924, 3925, 3926, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4049, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4286, 4308, 4310, 4311, 4313, 4314, 4316, 4317, 4319, 4321, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 4804, 4805, 4806, 4807, 4808, 4809, 4810, 4811, 4812, 4813, 4859, 4863, 4864, 4865, 4866, 4867, 4868, 4869, 4870, 4871, 5712, 5723, 5725, 5726, 5728, 5729, 5731, 5732, 5734, 5736, 5891, 5892, 5893, 5894, 5895, 5896, 5897, 5898, 5899, 5900, 6256, 6257, 6258, 6259, 6260, 6261, 6262, 6263, 6264, 6265]), Anchor::Lits(&[4441, 4443, 4444, 4462, 6197, 6242, 6243, 6873, 6920, 6943])])])),
            (95, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[3315, 3328, 3332, 3333, 4495, 6537, 7189, 7191, 7192, 7196, 7199, 7202, 7217, 7218, 7222, 7223, 7225, 7226, 7230, 7231, 7232, 7233, 7234, 7235]), Anchor::All(&[Anchor::Lits(&[635, 636, 643, 771, 1468, 1488, 1547, 1616, 2576, 2770, 2794, 2816, 2853]), Anchor::Lits(&[4140, 4544, 4631, 5522, 6409, 6522])])])),
            (96, "do-not-screen-input", Anchor::Lits(&[931, 932, 933, 937, 944, 960, 963, 964, 965, 966, 967, 968, 973, 974, 1232, 1233, 1234, 1238, 1245, 1262, 1265, 1266, 1267, 1268, 1269, 1270, 1275, 1276, 2131, 2132, 2133, 2136, 2145, 2164, 2168, 2169, 2170, 2171, 2173, 2174, 2179, 2180, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2955, 2956, 2957, 2958, 2959, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2971, 2972, 3056, 3057, 3058, 3059, 3061, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639, 3640, 3641])),
            (97, "allowlist-this-prompt", Anchor::Lits(&[2099, 2101, 2102, 2103, 2106, 2107, 2108, 2109, 2365, 2366, 2367, 2368, 2369, 2370, 2371, 2372, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3252, 3253, 3258, 3273, 3276, 3281, 3282, 3288, 3976, 3979, 4815, 7109, 7110])),
            (100, "unset-read-only", Anchor::Lits(&[1288, 1341, 2628, 2635, 2725, 2727, 2795, 2815, 2854])),
            (101, "stop-logging", Anchor::Lits(&[372, 1878, 1981, 2643, 2820, 3360, 3686])),
            (102, "self-approval", Anchor::Lits(&[4068, 6622, 6623, 6624, 6625, 6626, 6627, 6628, 6629, 6630, 6631, 6632, 6633, 6634, 6635, 6636, 6637, 6638, 6639, 6640, 6641, 6642, 6643, 6644, 6645, 6646, 6647, 6648, 6649, 6650, 6651])),
            (103, "execute-everything", Anchor::Lits(&[124, 125, 126, 131, 134, 137, 141, 229, 1361, 1362, 1363, 1368, 1371, 1374, 1381, 1386])),
            (104, "protection-mode-claim", Anchor::Lits(&[73, 144, 369, 514, 897, 1289, 1919, 1978, 2080, 2225, 2275, 2282, 2411, 2415, 2454, 2695, 3398, 3432])),
            (105, "approve-tool-calls", Anchor::Lits(&[258])),
            (107, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[147, 150, 151, 152, 153, 156, 253, 475, 508, 637, 644, 691, 693, 852, 1342, 1617, 1677, 1678, 1951, 2056, 2450, 2452, 2491, 2493, 2629, 2730, 2783, 2917, 3392, 3571]), Anchor::Lits(&[1866, 3186, 3209, 3231, 3251, 3283, 3738])])),
            (108, "tamper-with-named-controls", Anchor::Lits(&[3975, 3977, 3978, 4057, 4063, 4385, 4763, 4957, 5029, 5030, 5031, 5032, 5033, 5034, 5210, 5968, 6022, 6024, 6086, 6338, 6343, 6860, 6893])),
            (109, "authority-waives-controls", Anchor::Lits(&[1793, 2203, 4138, 4268, 4336, 4383, 4762, 4814, 5588, 5656, 5907, 5966, 5971, 6303, 6388, 6389, 6391, 6609, 7055])),
            (110, "vendor-orders-an-action", Anchor::Lits(&[1520, 1522, 1523, 1526, 1527, 1529, 1531, 1532, 1535, 1537, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3268])),
            (111, "run-data-as-code", Anchor::Lits(&[473, 1393, 1864, 1865, 1962, 3191, 3192, 3221, 3222, 3227, 3228, 3229, 3230, 3237, 3238, 3492, 3548, 3937, 4875, 4877, 6062, 6334, 6393, 7103])),
            (112, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2760, 2761, 2762, 2763, 2764, 2765]), Anchor::Lits(&[421, 645, 770, 773, 2985, 2998])])),
            (113, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[466, 536, 537, 538, 540, 541, 543, 549, 550, 557, 558, 559, 563, 564, 570, 578, 579, 582, 583, 584, 588, 589, 595, 603, 604, 930, 936, 938, 942, 945, 953, 969, 970, 1102, 1105, 1106, 1110, 1114, 1122, 1131, 1132, 1193, 1196, 1197, 1201, 1205, 1213, 1222, 1223, 1231, 1237, 1239, 1243, 1246, 1255, 1271, 1272, 2130, 2135, 2137, 2141, 2146, 2157, 2175, 2176, 3584, 3587, 3588, 3592, 3594, 3600, 3609, 3610, 3646, 3649, 3650, 3654, 3656, 3662, 3671, 3672, 4069, 4178, 4548, 4572, 4581, 4635, 4671, 4680, 4987, 5526, 5537, 5545, 5617, 5624, 5671, 6244, 6421, 6422, 6423, 6426, 6427, 6428, 6429, 6430, 6431, 6432, 6440, 6441, 6442, 6443, 6444, 6445, 6453, 6454, 6455, 6456, 6457, 6458, 6459, 6460, 6465, 6466, 6467, 6468, 6469, 6470, 6471, 6472, 6473, 6474, 6475, 6476, 7173]), Anchor::All(&[Anchor::Lits(&[5014, 5016, 5018, 5020, 5021]), Anchor::Lits(&[1519])]), Anchor::All(&[Anchor::Lits(&[119, 173, 252, 2751, 2940]), Anchor::Lits(&[6420])])])),
            (114, "evade-the-checks", Anchor::Lits(&[370, 422, 536, 537, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 557, 558, 562, 563, 564, 569, 570, 571, 574, 575, 576, 577, 578, 579, 581, 582, 583, 587, 588, 589, 594, 595, 596, 599, 600, 601, 602, 603, 604, 606, 930, 936, 941, 942, 945, 951, 953, 954, 957, 958, 959, 961, 969, 970, 972, 1102, 1105, 1109, 1110, 1114, 1120, 1122, 1123, 1126, 1127, 1128, 1129, 1131, 1132, 1134, 1193, 1196, 1200, 1201, 1205, 1211, 1213, 1214, 1217, 1218, 1219, 1220, 1222, 1223, 1225, 1231, 1237, 1242, 1243, 1246, 1252, 1255, 1256, 1259, 1260, 1261, 1263, 1271, 1272, 1274, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1979, 2130, 2135, 2140, 2141, 2146, 2153, 2157, 2158, 2161, 2162, 2163, 2167, 2175, 2176, 2178, 2642, 3358, 3359, 3584, 3587, 3591, 3592, 3594, 3599, 3600, 3601, 3604, 3605, 3606, 3607, 3609, 3610, 3612, 3646, 3649, 3653, 3654, 3656, 3661, 3662, 3663, 3666, 3667, 3668, 3669, 3671, 3672, 3674, 5256, 5611, 6770, 6775, 6776, 6777, 7066, 7173, 7323])),
            (115, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[822, 896, 952, 1254, 1937, 2114, 2210, 2229, 2674, 2682, 2752, 3099, 3104, 3404, 3515, 3626, 4059, 4066, 4253, 4331, 4335, 4371, 4516, 4797, 4816, 4896, 4969, 4984, 5363, 5946, 6187, 6255, 6884, 6887, 6888, 6889, 6891, 7056]), Anchor::All(&[Anchor::Lits(&[510, 521, 642, 887, 898, 1403, 1405, 1561, 1573, 1936, 1938, 2393, 2396, 2397, 2399, 2681, 2685, 2952, 2973, 3098, 3100, 3401, 3405, 3514, 3516]), Anchor::Lits(&[252, 634, 698, 747, 1616, 1939, 2490, 2492, 2627, 2727, 2751, 2779, 2793])]), Anchor::All(&[Anchor::Lits(&[1755, 1782, 2042, 2560, 2698]), Anchor::Lits(&[6877])])])),
            (116, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1653, 1654, 1655, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 1667, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 3295, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3361, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3379, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3806, 3807, 3808, 3809, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 4027, 4032, 4033, 4337, 4735, 4789, 4873, 4874, 4876, 4878, 4879, 4880, 4881, 4882, 4883, 4906, 4947, 5161, 5162, 5519, 5777, 5830, 6048, 6163, 6861, 6865, 7101, 7151])),
            (117, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[154, 164, 367, 396, 399, 1618, 1620, 2506, 2509, 2521, 2530, 2567, 2568, 2796, 2797, 3459, 4051, 4329, 5901, 6198, 6388]), Anchor::All(&[Anchor::Lits(&[2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912]), Anchor::Lits(&[4260, 4840, 4957, 5028, 6282, 6893])])])),
            (118, "agent-grants-itself-power", Anchor::Lits(&[2115, 2683, 3187, 3190, 3768, 3776, 3779, 3790, 3795, 6433, 6434, 6435, 6436, 6437, 6438, 6439, 6446, 6447, 6448, 6449, 6450, 6451, 6452])),
            (119, "remove-the-guard-hook", Anchor::Any(&[Anchor::Lits(&[4056, 4130, 4386, 4959, 4963, 5902, 5950, 5968, 5985, 6280, 6343]), Anchor::All(&[Anchor::Lits(&[253, 366, 772, 1617, 1619, 2450, 2493, 2520, 2529, 2795, 2854]), Anchor::Lits(&[1676, 2841])])])),
            (120, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[48, 50, 117, 365, 1359, 1982, 1983, 2081, 2599, 2856]), Anchor::Lits(&[648, 887, 1905, 2433, 2585, 2926, 3055, 3098, 3103, 3401, 3433, 3614])])),
            (121, "policy-does-not-cover-me", Anchor::Lits(&[926, 927, 934, 935, 943, 962, 1099, 1100, 1103, 1104, 1113, 1130, 1190, 1191, 1194, 1195, 1204, 1221, 1227, 1228, 1235, 1236, 1244, 1264, 1394, 3582, 3583, 3585, 3586, 3593, 3608, 3644, 3645, 3647, 3648, 3655, 3670])),
            (124, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3899, 3902, 3984, 4034, 4413, 4415, 4455, 4456, 4457, 4458, 4502, 4714, 4717, 4718, 4719, 4720, 4721, 4724, 4725, 4726, 4818, 5816, 5854, 5862, 5922, 6008, 6330, 6353, 6478, 6494, 6856, 6895]), Anchor::All(&[Anchor::Lits(&[4955]), Anchor::Lits(&[53, 123, 2362, 2403, 2861, 3108])]), Anchor::All(&[Anchor::Lits(&[4381, 4733, 4747, 4824, 4893, 5335, 5953, 6366, 6871, 6926, 6952]), Anchor::Lits(&[3312, 3313, 3314, 3316, 3317, 3318, 3319, 3320, 3321, 3324, 3331, 3334, 3339])])]), Anchor::Lits(&[4001, 4002, 4003, 4004, 4005, 4006, 4014, 4023, 4024, 4074, 4261, 4262, 4263, 4820, 4821, 4822, 4845, 4846, 5248, 5370, 5371, 5372, 5791, 5802, 5855, 5856, 5857, 6013, 6014, 6015, 6085, 6089, 6091, 6199, 6202, 6203, 6355, 6356, 6556, 6557, 6558, 6559, 6560, 6561, 6873, 6874, 6875]), Anchor::Lits(&[74, 322, 437, 1706, 2314, 3555, 3561, 3569])])),
            (125, "tool-call-tampering", Anchor::Lits(&[75, 80, 81, 82, 83, 221, 222, 223, 224, 225, 235, 236, 237, 238, 239, 438, 442, 443, 444, 448, 1297, 1298, 1299, 1300, 1301, 1376, 1377, 1378, 1379, 1380, 1495, 1544, 1707, 1708, 1709, 1710, 1711, 2183, 3079, 3556, 3557, 3558, 3559, 3560, 3562, 3563, 3564, 3565, 3566])),
            (126, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[466, 2094, 2249, 2603, 3980, 3981, 3982, 4008, 4009, 4010, 4204, 4205, 4206, 4394, 4395, 4510, 5004, 5046, 5047, 5048, 5049, 5050, 5051, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 5060, 5061, 5242, 5243, 5303, 5304, 5307, 5314, 5315, 5316, 5317, 5318, 5319, 5320, 5321, 5340, 5341, 5342, 5343, 5344, 5345, 5346, 6062, 6147, 6148, 6149, 6150, 6151, 6152, 6153, 6154, 6155, 6156, 6157, 6158, 6159, 6160, 6161, 6331, 6334, 6392, 6393, 6518, 6519, 6765, 6766, 6767, 6902, 6914, 6929, 7009, 7010, 7012, 7013, 7014, 7015, 7016, 7017, 7018, 7019, 7020, 7021, 7022, 7023, 7024, 7026, 7027, 7028, 7029, 7030, 7031, 7032, 7033, 7034, 7035, 7036, 7037, 7038, 7039, 7040, 7173]), Anchor::All(&[Anchor::Lits(&[4011, 4544, 4631, 5382, 5522, 5615, 7173, 7328, 7329]), Anchor::Lits(&[3940, 4029, 4030, 5044, 5805, 5853, 5890, 5908, 6146, 7005]), Anchor::Lits(&[116, 118, 490, 903, 904, 1741, 1746, 1928, 1932, 2030, 2037, 2257, 2258, 2694, 2697, 2748, 2749, 2821, 2829, 2930, 2933, 3149, 3155, 3520, 3521])])])),
            (127, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 175, 177, 179, 181, 184, 186, 188, 190, 192, 3165, 3167, 3170, 3173, 3175, 3177, 3179, 3181, 3183, 3210, 3212, 3214, 3216, 3219, 3223, 3225, 3232, 3234, 3254, 3256, 3269, 3271, 3274, 3277, 3279, 3284, 3286]), Anchor::Lits(&[274, 287, 324, 325, 326, 1724, 1728, 1729, 1730, 1733, 1757, 1758, 1759, 1760, 1761, 1804, 1805, 1812, 1813, 1814, 2319, 2320, 2321, 2322, 2323, 3308, 3311, 3326, 3327, 3335])]), Anchor::All(&[Anchor::Lits(&[5132, 5136, 5365, 5925, 6994]), Anchor::Lits(&[204, 729, 1494, 2485, 3616]), Anchor::Lits(&[4416, 4431, 4749, 5832, 5867, 6099, 6189, 6191, 6245, 6335, 6495, 6593, 6857])])]), Anchor::Lits(&[795, 803, 816, 1313, 1314, 1717, 1721, 1901, 1953, 2421, 2472, 2474, 2644, 2737, 2738, 2777, 2808, 2849, 2888, 3000, 3188, 3218, 3346, 3442]), Anchor::Lits(&[15, 17, 19, 21, 24, 26, 28, 32, 34, 176, 178, 180, 182, 185, 187, 189, 191, 193, 3166, 3168, 3171, 3174, 3176, 3178, 3180, 3182, 3184, 3211, 3213, 3215, 3217, 3220, 3224, 3226, 3233, 3235, 3255, 3257, 3270, 3272, 3275, 3278, 3280, 3285, 3287, 4417, 4432, 4750, 5833, 5868, 6100, 6190, 6192, 6246, 6336, 6496, 6594, 6858])])),
            (131, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[264, 265, 266, 269, 270, 552, 1639, 1645, 1849, 1850, 2096, 2115, 2118, 2920, 2927, 3579]), Anchor::Any(&[Anchor::Lits(&[3899, 3902, 3984, 4034, 4413, 4415, 4455, 4456, 4457, 4458, 4502, 4714, 4717, 4718, 4719, 4720, 4721, 4724, 4725, 4726, 4818, 5816, 5854, 5862, 5922, 6008, 6330, 6353, 6478, 6494, 6856, 6895]), Anchor::All(&[Anchor::Lits(&[4955]), Anchor::Lits(&[53, 123, 2362, 2403, 2861, 3108])]), Anchor::All(&[Anchor::Lits(&[4381, 4733, 4747, 4824, 4893, 5335, 5953, 6366, 6871, 6926, 6952]), Anchor::Lits(&[3312, 3313, 3314, 3316, 3317, 3318, 3319, 3320, 3321, 3324, 3331, 3334, 3339])])])])),
            (132, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3983, 5043, 5133, 5391, 6864]), Anchor::All(&[Anchor::Lits(&[4150, 4151, 4182, 4394, 4758, 5002, 5004, 5242, 5428, 6242, 6243, 6331, 6520, 6845, 7108, 7470]), Anchor::Lits(&[4127, 4189, 4245, 4279, 4523, 4744, 4829, 4872, 5132, 5364, 5365, 5392, 5858, 5888, 6337, 6490, 6539, 6596, 6653])])]), Anchor::Lits(&[159, 428, 429, 470, 775, 1324, 1651, 1652, 1684, 1718, 1819, 2004, 2085, 2768, 2769, 2843, 3047, 3294, 3371, 3570, 3805])])),
            (133, "hijack-the-task", Anchor::Lits(&[5220, 6079])),
            (135, "instruction-field", Anchor::Lits(&[93, 94, 95, 96, 97, 98, 99, 100, 107, 108, 109, 110, 111, 112, 113, 114, 339, 340, 341, 342, 343, 344, 345, 346, 482, 483, 484, 485, 486, 487, 488, 489, 760, 761, 762, 763, 764, 765, 766, 767, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 3113, 3114, 3115, 3119, 3120, 3121, 3122, 3125])),
            (138, "conceal-from-the-people", Anchor::Lits(&[503, 504, 505, 530, 531, 532, 559, 564, 570, 572, 573, 578, 580, 584, 589, 595, 597, 598, 603, 605, 938, 945, 953, 955, 956, 969, 971, 1106, 1114, 1122, 1124, 1125, 1131, 1133, 1197, 1205, 1213, 1215, 1216, 1222, 1224, 1239, 1246, 1255, 1257, 1258, 1271, 1273, 2031, 2033, 2035, 2137, 2146, 2157, 2159, 2160, 2175, 2177, 2487, 2488, 2489, 3588, 3594, 3600, 3602, 3603, 3609, 3611, 3650, 3656, 3662, 3664, 3665, 3671, 3673, 4395, 4510, 4545, 4562, 4563, 4577, 4578, 4585, 4586, 4587, 4588, 4589, 4591, 4605, 4609, 4632, 4661, 4662, 4676, 4677, 4684, 4685, 4686, 4687, 4688, 4690, 4704, 4708, 5381, 5383, 5384, 5385, 5523, 5529, 5530, 5541, 5542, 5548, 5549, 5550, 5551, 5552, 5556, 5571, 5574, 6062, 6334, 6519, 7174, 7188, 7190, 7201, 7204, 7209, 7210, 7211, 7212, 7213, 7215, 7229, 7236])),
            (139, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[207, 915, 916, 919, 920, 921, 1680, 1681, 2194, 2340, 2578, 3076, 3415, 3620, 3678, 7173]), Anchor::All(&[Anchor::Lits(&[243, 706, 707, 708, 710, 796, 1902, 2417, 2422, 2547, 2843, 2850, 3345, 3347]), Anchor::Lits(&[621, 673, 679, 1575, 1854, 2427, 2515, 2579, 2583, 2633, 2675])])])),
            (143, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[60, 172, 607, 624, 663, 672, 673, 776, 907, 1490, 1491, 1652, 1749, 2030, 2598, 2604, 2694, 2848, 2947, 3050, 3573, 3805, 4566, 4576, 4580, 4582, 4596, 4600, 4665, 4675, 4679, 4681, 4695, 4699, 5533, 5540, 5544, 5546, 5559, 5565, 5615, 6383, 7173]), Anchor::All(&[Anchor::Lits(&[2373]), Anchor::Lits(&[5339])])])),
            (145, "assert-a-falsehood", Anchor::Lits(&[4468, 6838, 7093, 7095, 7105])),
            (146, "user-kept-out-of-the-loop", Anchor::Lits(&[128, 129, 132, 133, 136, 142, 216, 217, 218, 219, 220, 226, 246, 275, 276, 278, 279, 280, 281, 282, 283, 284, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 301, 311, 314, 317, 318, 319, 320, 321, 1325, 1365, 1367, 1369, 1370, 1373, 1382, 1567, 1569, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 2345, 2346, 2347, 2348, 2349, 2350, 2440, 2441, 2442, 2443, 2444, 2445, 2458, 2459, 2460, 2461, 2462, 2463, 2699, 2700, 2701, 2702, 2703, 2704, 2932, 3403, 3448, 3451, 3453, 3454, 3455, 3456, 3460, 3461, 3462, 3463, 3464, 3465, 5615])),
            (147, "kept-from-the-record", Anchor::Any(&[Anchor::Lits(&[5315, 5316, 5317, 5318, 5319, 5320, 5321, 5340, 5341, 5342, 5343, 5344, 5345, 5346, 5658, 5758, 5759, 5760, 5761, 5762, 5763, 5764, 5765, 5766, 5767, 5768, 5769, 5770, 5771, 5772, 5773, 5774, 5775, 6461, 6462, 6463, 6464]), Anchor::All(&[Anchor::Lits(&[257, 432, 1487, 1648, 1909, 2254, 2940]), Anchor::Lits(&[1121, 1212, 1253, 1637, 2097, 2113, 2116, 2155, 2156, 2928, 2929, 3581, 3643])]), Anchor::All(&[Anchor::Lits(&[59, 534, 623, 671, 2597, 3030, 3049]), Anchor::Lits(&[4077, 4085, 4575, 4674, 7122, 7237])])])),
            (149, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5915, 5916, 5918, 6007]), Anchor::All(&[Anchor::Lits(&[4727, 4934, 4948, 5026, 5041, 5089, 5328, 5783, 5831, 5852, 5914, 5917, 5919, 6007, 6030, 6031, 7248]), Anchor::Lits(&[4146, 4147, 4379, 4380, 4460, 4730, 4819, 4823, 4892, 5334, 5379, 5413, 5429, 5952, 6042, 6045, 6140, 6320, 6365, 6378, 6382, 6538, 6580, 6870, 6925, 6951, 7245])])]), Anchor::Lits(&[423, 424, 758, 768, 842, 1292, 1312, 1407, 1415, 1510, 1918, 1997, 2053, 2090, 2465, 2467, 2468, 2505, 2545, 2586, 2588, 2690, 2819, 2865, 2867, 2921, 2925, 3075, 3107, 3377, 3427, 3437, 3680])])),
            (152, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[4373, 4374, 4375, 4376, 4377, 4378, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4994, 4995, 4996, 4997, 4998, 4999, 5035, 5036, 5037, 5038, 5039, 5040, 5874, 5875, 5876, 5877, 5878, 5879, 6050, 6051, 6052, 6053, 6054, 6055, 6056, 6057, 6058, 6059, 6060, 6061, 6102, 6103, 6104, 6105, 6106, 6107, 6541, 6542, 6543, 6544, 6545, 6546, 6995, 6996, 6997, 6998, 6999, 7000, 7001, 7002, 7003, 7006, 7007, 7008]), Anchor::Lits(&[4216, 4828, 5376, 5923, 6144])])),
            (153, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[13, 174, 183, 208, 2105, 2994]), Anchor::All(&[Anchor::Lits(&[4380, 4819, 4823, 4892, 5334, 5413, 5924, 5952, 6042, 6140, 6365, 6378, 6382, 6538, 6580, 6870, 6951]), Anchor::Lits(&[6847, 6848, 6849, 6850, 6851, 6852, 7134, 7135, 7136, 7152, 7156, 7157]), Anchor::Lits(&[52, 66, 241, 507, 1311, 1327, 1543, 1547, 1679, 1736, 1911, 2361, 2882, 2950, 3156, 3441, 3528])])])),
            (154, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[3900, 3901, 4035, 4037, 4155, 4417, 5707, 5861, 5863, 5868, 5872, 5881, 6009, 6010, 6108, 6331, 6336, 6371]), Anchor::Lits(&[610, 908, 1292, 1304, 1312, 1580, 2377, 2426, 2505, 2538, 2630, 2746, 2748, 2865, 2921, 2930, 3149, 3412])])),
            (155, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4179, 4544, 4631, 5349, 5350, 5522, 5615, 5639, 7173]), Anchor::Lits(&[116, 118, 330, 336, 490, 491, 611, 612, 1560, 1572, 1741, 1746, 1833, 1834, 1928, 1984, 1985, 2032, 2034, 2036, 2038, 2039, 2040, 2257, 2258, 3149, 3155, 3512, 3513]), Anchor::Lits(&[3954, 4051, 4070, 4214, 4234, 4259, 4282, 4433, 4710, 4950, 5179, 5255, 5347, 5390, 5467, 5829, 6006, 6329, 6388, 6390, 6477, 6739])]), Anchor::All(&[Anchor::Lits(&[4140, 4141, 4209, 4211, 4622, 4623, 4935, 4946, 6409, 6411]), Anchor::Lits(&[4051, 4214, 4234, 4235, 4236, 6198, 6388, 6390, 6844])])]), Anchor::Lits(&[408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 465, 511, 512, 513, 515, 517, 518, 522, 523, 524, 525, 526, 527, 925, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 1226, 1587, 1588, 1589, 1590, 1591, 1592, 1594, 1595, 1596, 1597, 1598, 1599, 1929, 1930, 2126, 2210, 2229, 2953, 2954, 2960, 2961, 2969, 2970, 2974, 2975, 2976, 2977, 2978, 2979, 3626])])),
            (156, "send-to-a-raw-address", Anchor::Lits(&[711, 905, 916, 920, 922, 923, 2750, 2981, 2989, 3147, 3528, 4154, 4203, 4420, 4817, 5240, 5590, 5924, 5952, 6042, 6145, 6365, 6538, 6876, 6951, 7067])),
            (157, "send-outside-the-company", Anchor::Lits(&[1417, 1604, 3250, 5838, 5915, 5972, 6035])),
            (158, "disclose-secret-values", Anchor::Lits(&[649, 651, 732, 736, 835, 1339, 1343, 1738, 2476, 2477, 2539, 3421, 3429, 3430, 3483, 3484, 4038, 4239, 4244, 4246, 4247, 4271, 4485, 4486, 5351, 5352, 5706, 5860, 6332, 6333])),
            (159, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::Lits(&[53, 89, 130, 208, 375, 652, 727, 740, 802, 1416, 1507, 1516, 1723, 1801, 1802, 2362, 2381, 2384, 2403, 2408, 2535, 2552, 2631, 2710, 2861, 3090, 3108, 3248, 3249, 3458, 3489, 3939, 4398, 4399, 4400, 4401, 4407, 4411, 4457, 4713, 4714, 4715, 4716, 4718, 4720, 4722, 4723, 4825, 4887, 4929, 4930, 5180, 5689, 5851, 6038, 6044, 6088, 6165, 6193, 6211, 6555, 6895, 7004]), Anchor::All(&[Anchor::Lits(&[4208, 4453, 4470, 4501, 4504, 4711, 4815, 5354, 5377, 6128, 6132, 6135, 6575, 6577, 6603, 6898, 6903, 6944]), Anchor::Lits(&[12, 149, 368, 371, 389, 390, 686, 1835, 1836, 1921, 2011, 2051, 2093, 2122, 2123, 2124, 2419, 2420, 2775, 2776, 2886, 2887, 3411])]), Anchor::All(&[Anchor::Lits(&[4381, 4893, 5380, 5953, 6043, 6366, 6379, 6952]), Anchor::Lits(&[349, 350, 351, 352, 353, 354, 1806, 1807, 1808, 1809, 1810, 1811, 3314, 3317, 3318, 3319, 3324, 3325])]), Anchor::All(&[Anchor::Lits(&[242, 795, 1901, 2416, 3344]), Anchor::Lits(&[5870, 5953, 6037, 6366, 6379])]), Anchor::All(&[Anchor::Lits(&[4712]), Anchor::Lits(&[819, 821, 2836, 3129, 3519])]), Anchor::All(&[Anchor::Lits(&[4764, 5703, 5737, 7125]), Anchor::Lits(&[4431, 4437, 5023, 5375, 6099, 6245, 6325, 6593])]), Anchor::All(&[Anchor::Lits(&[4454, 4712, 6039, 6133, 6896, 7125]), Anchor::Lits(&[123, 1294, 1336, 1360, 3576])]), Anchor::All(&[Anchor::Lits(&[4208, 4453, 4470, 4501, 4504, 4711, 4815, 5354, 5377, 6128, 6132, 6135, 6575, 6577, 6603, 6898, 6903, 6944]), Anchor::Lits(&[12, 149, 368, 371, 389, 390, 686, 1835, 1836, 1921, 2011, 2051, 2093, 2122, 2123, 2124, 2419, 2420, 2775, 2776, 2886, 2887, 3411])]), Anchor::All(&[Anchor::Lits(&[4381, 4893, 5380, 5953, 6043, 6366, 6379, 6952]), Anchor::Lits(&[349, 350, 351, 352, 353, 354, 1806, 1807, 1808, 1809, 1810, 1811, 3314, 3317, 3318, 3319, 3324, 3325])]), Anchor::All(&[Anchor::Lits(&[242, 795, 1901, 2416, 3344]), Anchor::Lits(&[5870, 5953, 6037, 6366, 6379])]), Anchor::All(&[Anchor::Lits(&[4712]), Anchor::Lits(&[819, 821, 2836, 3129, 3519])]), Anchor::All(&[Anchor::Lits(&[4764, 5703, 5737, 7125]), Anchor::Lits(&[4431, 4437, 5023, 5375, 6099, 6245, 6325, 6593])]), Anchor::All(&[Anchor::Lits(&[4454, 4712, 6039, 6133, 6896, 7125]), Anchor::Lits(&[123, 1294, 1336, 1360, 3576])])])),
            (160, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[4547, 4549, 4550, 4551, 4552, 4553, 4554, 4555, 4556, 4557, 4558, 4562, 4563, 4564, 4568, 4595, 4601, 4602, 4606, 4607, 4634, 4636, 4637, 4638, 4639, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4655, 4661, 4662, 4663, 4667, 4694, 4700, 4701, 4705, 4706, 5524, 5529, 5530, 5531, 5535, 5558, 5566, 5567, 5572, 5573, 5594, 5616, 5618, 5619, 5620, 5621, 5625, 5626, 5627, 5628, 5629, 5638, 5640, 5641, 5642, 5643, 5644, 5645, 5646, 5647, 5648, 5649, 7173, 7288, 7289, 7290, 7291, 7292, 7293, 7294, 7295, 7296, 7297, 7300, 7301, 7302, 7303, 7304, 7305, 7306, 7307, 7308, 7309]), Anchor::All(&[Anchor::Lits(&[4051, 4248, 4328, 4329, 4728]), Anchor::Lits(&[4208, 6408])]), Anchor::All(&[Anchor::Lits(&[4051, 4248, 4328, 4329, 4728]), Anchor::Lits(&[4208, 6408])])])),
            (161, "history-wiped-after-the-act", Anchor::Lits(&[870, 4152, 4270, 4276, 4348, 4904, 4905, 4908, 4912, 5024, 5025, 6032, 6049, 6090, 6372, 6375, 6381, 6419, 6652, 6945, 7476])),
            (162, "report-an-outcome-regardless", Anchor::Lits(&[1839, 2209, 2656, 5091, 5097, 5098, 5099, 5100, 5106, 5107, 5108, 5109, 5110, 5113, 5245, 5246, 5247, 5251, 7060, 7061, 7062, 7063])),
            (163, "agent-permissions-opened", Anchor::Lits(&[145, 147, 153, 155, 156, 163, 259, 398, 516, 528, 813, 814, 2453, 3696])),
            (164, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[510, 521, 675, 676, 836, 887, 898, 1278, 1571, 2098, 2681, 2685, 2759, 2946, 2952, 2973, 3103, 3401, 3425]), Anchor::Lits(&[497, 655, 658, 815, 869, 1574, 1578, 1579, 2587, 2705, 2706, 2818, 2844, 2845, 2846, 2847, 2851, 2852, 2857, 2858, 2859, 2860, 3137, 3393])])),
            (165, "risky-action-on-a-later-trigger", Anchor::Lits(&[76, 77, 78, 79, 1375, 1525, 1600, 1840, 1841, 1842, 1847, 1848, 4120, 4169, 4924, 5091, 5092, 5093, 5094, 5095, 5096, 5101, 5102, 5103, 5104, 5105, 5106, 5107, 5108, 5109, 5110, 5329, 5330, 5331, 5332, 5589, 5781, 5782, 6742, 7094, 7096, 7097, 7098, 7099, 7100, 7102, 7106, 7107])),
            (170, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[89, 227, 652, 682, 740, 806, 1384, 1416, 1516, 1623, 2336, 2341, 2381, 2408, 2578, 2922, 2983, 3439, 3489]), Anchor::All(&[Anchor::Lits(&[621, 625, 629, 673, 679, 701, 905, 916, 1349, 1395, 1508, 1575, 1602, 1605, 1685, 1718, 1854, 1874, 1954, 2004, 2018, 2259, 2513, 2580, 2581, 2583, 2600, 2633, 2647, 2675, 2879, 2882, 2941, 2981, 3002, 3004, 3031, 3076, 3145, 3147, 3291, 3409, 3443, 3449, 3553, 3577]), Anchor::Lits(&[3938, 4039, 4125, 4280, 4380, 4524, 4711, 4730, 4751, 4757, 4892, 5012, 5174, 5217, 5338, 5373, 5405, 5869, 5871, 5924, 5952, 5996, 6036, 6042, 6045, 6136, 6320, 6365, 6378, 6380, 6414, 6513, 6521, 6536, 6839, 6951, 7245]), Anchor::Any(&[Anchor::Lits(&[4036, 4219, 4416, 4435, 4748, 5027, 5834, 5864, 5867, 5920, 6300, 6335, 6357, 6479, 6495]), Anchor::All(&[Anchor::Lits(&[3964, 4281, 4761, 4783, 4913, 6080, 6930, 6932, 7112]), Anchor::Lits(&[67, 666, 734, 800, 816, 1291, 1314, 1414, 1418, 1453, 1957, 2376, 2644, 2735, 2772, 3129])]), Anchor::All(&[Anchor::Lits(&[664, 800, 816, 867, 1291, 1414, 1418, 1453, 1739, 1957, 2644, 2738, 2777, 3129]), Anchor::Lits(&[4219, 4221, 4416, 4418, 4423, 4748, 4749, 4752, 5000, 5042, 5399, 5862, 5880, 5889, 5920, 5922, 6300, 6302, 6335, 6494, 6857, 7005])])])]), Anchor::All(&[Anchor::Lits(&[3865, 3867, 3868, 3869, 3871, 3873, 3874, 3875, 3876, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 4402, 4403, 4404, 4405, 4406, 4408, 4409, 4410, 4412, 4831, 4832, 4833, 4834, 4835, 4836, 4837, 4838, 4839, 5578, 5579, 5580, 5581, 5582, 5583, 5584, 5585, 5586, 5792, 5793, 5794, 5795, 5796, 5797, 5798, 5799, 5800, 5954, 5955, 5956, 5957, 5958, 5959, 5960, 5961, 5962, 6070, 6071, 6072, 6073, 6074, 6075, 6076, 6077, 6078, 6500, 6501, 6502, 6503, 6504, 6506, 6507, 6508, 6509, 6727, 6728, 6729, 6730, 6737, 6748, 6750, 6751, 6762]), Anchor::Lits(&[4397, 4830, 5791, 5953, 6069, 6498]), Anchor::Lits(&[362, 729, 1671, 1738, 1961, 3164, 3169, 3172, 3616])])]), Anchor::Lits(&[65, 247, 361, 678, 768, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 914, 1278, 1292, 1316, 1323, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1510, 1668, 1737, 1756, 1920, 1976, 2043, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2338, 2339, 2426, 2428, 2429, 2473, 2505, 2507, 2508, 2538, 2582, 2586, 2588, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2686, 2819, 2865, 2866, 2921, 2923, 2984, 3008, 3009, 3011, 3012, 3013, 3014, 3015, 3016, 3018, 3019, 3020, 3021, 3022, 3029, 3051, 3074, 3293, 3437, 3438, 3680]), Anchor::Lits(&[68, 90, 91, 228, 622, 626, 630, 653, 654, 665, 667, 674, 677, 680, 681, 683, 702, 735, 741, 742, 801, 807, 817, 820, 868, 906, 917, 918, 1292, 1315, 1350, 1351, 1385, 1396, 1415, 1417, 1419, 1454, 1509, 1517, 1518, 1576, 1577, 1603, 1606, 1624, 1625, 1686, 1719, 1740, 1742, 1855, 1875, 1955, 1958, 2005, 2019, 2260, 2337, 2342, 2377, 2382, 2383, 2409, 2410, 2514, 2579, 2584, 2601, 2634, 2645, 2648, 2676, 2736, 2739, 2773, 2778, 2880, 2883, 2942, 2982, 3003, 3005, 3032, 3077, 3078, 3130, 3131, 3146, 3148, 3292, 3410, 3440, 3444, 3445, 3450, 3490, 3491, 3554, 3578, 4037, 4220, 4417, 4436, 5835, 5865, 5868, 5921, 6301, 6336, 6358, 6480, 6496])])),
            (171, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[240, 245, 401, 459, 463, 557, 560, 561, 565, 566, 567, 568, 570, 578, 579, 582, 585, 586, 590, 591, 592, 593, 595, 603, 604, 669, 930, 939, 940, 946, 947, 948, 949, 953, 969, 970, 1102, 1107, 1108, 1116, 1117, 1118, 1119, 1122, 1131, 1132, 1193, 1198, 1199, 1207, 1208, 1209, 1210, 1213, 1222, 1223, 1231, 1240, 1241, 1247, 1248, 1249, 1250, 1255, 1271, 1272, 1566, 1635, 1682, 1731, 1732, 1754, 1924, 2000, 2130, 2138, 2139, 2147, 2148, 2149, 2151, 2157, 2175, 2176, 2242, 2360, 2374, 2602, 2655, 2666, 2771, 2835, 2931, 3006, 3097, 3402, 3416, 3424, 3584, 3589, 3590, 3595, 3596, 3597, 3598, 3600, 3609, 3610, 3646, 3651, 3652, 3657, 3658, 3659, 3660, 3662, 3671, 3672, 4559, 4560, 4565, 4567, 4571, 4579, 4581, 4584, 4590, 4592, 4597, 4598, 4603, 4604, 4605, 4658, 4659, 4664, 4666, 4670, 4678, 4680, 4683, 4689, 4691, 4696, 4697, 4702, 4703, 4704, 5527, 5528, 5532, 5534, 5536, 5543, 5545, 5547, 5555, 5557, 5561, 5563, 5569, 5570, 5571, 5612, 5615, 5630, 5631, 5632, 5633, 5634, 5635, 5636, 5657, 5659, 5660, 5661, 5662, 5663, 5664, 5665, 5682, 5683, 5684, 5685, 5686, 5687, 5688, 7181, 7186, 7187, 7193, 7194, 7198, 7206, 7207, 7208, 7214, 7216, 7219, 7224, 7227, 7228, 7229, 7287, 7299, 7330]), Anchor::All(&[Anchor::Lits(&[209, 656, 1486, 2046, 2378, 2691, 2696, 2716, 2997, 3083, 3376, 3540]), Anchor::Lits(&[1519, 2373])]), Anchor::All(&[Anchor::Lits(&[116, 120, 1312, 1315, 2043, 2047, 2255, 2256, 3521, 3522]), Anchor::Lits(&[3942, 4459, 4711, 4823, 4954, 5374, 5394, 5577, 5587, 5866, 5949, 6011, 6214, 6378, 7011])])])),
            (172, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[3956, 4351, 4366, 4825, 4900, 4934, 5041, 5838, 5839, 5859, 5915, 6007, 6029, 6088, 6781, 6782, 7043, 7248]), Anchor::Lits(&[244, 426, 427, 608, 609, 795, 799, 804, 805, 808, 809, 810, 811, 1317, 1318, 1647, 1683, 2022, 2413, 2414, 2418, 2421, 2431, 2432, 2435, 2472, 2808, 2809, 2849, 2988, 2999, 3452, 3457, 3466])])),
            (174, "agent-secrets-spilled", Anchor::Lits(&[242, 709, 794, 1340, 1345, 2416, 2546, 2842, 3344])),
            (175, "override-instructions-es-pt-it", Anchor::Lits(&[4272, 4273, 4497, 4499, 4500, 5175, 5176, 5177, 5222, 5224, 5254, 5691, 5809, 5811, 5818, 6121, 6123, 6125])),
            (176, "override-instructions-fr", Anchor::Lits(&[3357, 5117, 5513, 5514, 5828])),
            (177, "override-instructions-de-nl", Anchor::Lits(&[4025, 4167, 5226, 5238, 5790, 6118, 6119, 6206, 6207, 6326, 7054])),
            (178, "override-instructions-pl-tr", Anchor::Lits(&[5128, 5325, 5326, 5592, 5951, 6612, 7249, 7467])),
            (179, "override-instructions-ru", Anchor::Lits(&[5127, 5512, 5827, 7465, 7484, 7485, 7489, 7490, 7494])),
            (180, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[55, 2092, 2594, 2595, 2800, 2801, 3467]), Anchor::Lits(&[171, 1888, 1994, 1995, 1996, 2052, 2924])])),
            (182, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[5234, 5235, 5236, 5237, 5313, 5507, 5508, 5741, 5742, 5940, 5963, 5964, 6122, 6126, 6266, 6412, 6413, 6592, 6953, 6954, 6955, 7042, 7482, 7489, 7495])),
            (183, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[37, 64, 425, 477, 1670, 1700, 1701, 1837, 1869, 1887, 1904, 1973, 1991, 2470, 2596, 3511]), Anchor::Lits(&[122, 263, 364, 638, 639, 884, 1699, 1797, 1798, 1799, 1927, 2405, 2436, 2446, 2447, 2469, 2609, 3132, 3477])])),
            (185, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[615, 1480, 1903, 1942, 1948, 2119, 2625, 2626, 2660, 2722, 2792, 2873, 2881, 3084, 3517, 3819, 3825, 4844, 5324, 5327, 6319, 6405, 6915, 6919, 6948]), Anchor::All(&[Anchor::Lits(&[616, 743, 1473, 1546, 1944, 1947, 2661, 2727]), Anchor::Lits(&[1935, 2817])]), Anchor::All(&[Anchor::Lits(&[464, 1305, 1468, 1615, 2657, 2753, 2936, 3804]), Anchor::Lits(&[5744])]), Anchor::All(&[Anchor::Lits(&[615, 1480, 1943, 1948, 2665, 2723]), Anchor::Lits(&[2864])]), Anchor::All(&[Anchor::Lits(&[4148, 4166, 5299, 7466]), Anchor::Lits(&[469])]), Anchor::All(&[Anchor::Lits(&[4843, 5323, 5326, 6404]), Anchor::Lits(&[2286, 2287, 2951, 3695])]), Anchor::All(&[Anchor::Lits(&[454, 614, 1468, 1611, 2662, 2733]), Anchor::Lits(&[3473])]), Anchor::All(&[Anchor::Lits(&[453, 455, 456, 614, 1473, 1610, 1614, 2662, 2732, 2733, 2872]), Anchor::Lits(&[3413, 3474])]), Anchor::All(&[Anchor::Lits(&[617, 618, 619, 1470, 1473, 1483, 1484, 1947, 2274, 2283, 2289, 2516, 2517, 2518, 2667, 2726]), Anchor::Lits(&[469, 1452])]), Anchor::All(&[Anchor::Lits(&[3140]), Anchor::Lits(&[363, 430, 1468, 2438, 2863, 2871])])])),
            (187, "reveal-system-prompt-i18n", Anchor::Lits(&[205, 718, 719, 720, 721, 722, 1555, 1556, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1787, 1789, 1790, 1791, 1792, 1796, 1803, 1832, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 2028, 2029, 2044, 2045, 2048, 2049, 2324, 2486, 2562, 2563, 2564, 2565, 2566, 2569, 2570, 3109, 3110, 3111, 3122, 3126, 3127, 3128, 3133, 3414, 3446, 3493, 3498, 3832, 3854, 3855, 4933, 6406, 6407])),
            (189, "disable-safety-i18n", Anchor::Lits(&[365, 467, 468, 689, 750, 751, 752, 845, 1474, 1475, 1477, 1479, 1481, 1482, 1485, 1545, 1621, 1631, 1632, 1879, 2573, 2574, 2839, 2934, 2935, 2936, 3391, 3488, 3494, 3495, 3801, 3824, 3830, 3831, 3851, 3862])),
            (191, "stop-following-instructions-i18n", Anchor::Lits(&[215, 435, 717, 881, 1785, 1800, 2657, 2663, 2753, 3506, 4496, 4498, 5221, 5223, 5674, 5675, 5676, 5677, 5690, 5808, 5810, 6120, 6124])),
            (193, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[4487, 4771, 4772, 5114, 5118, 5124, 7045, 7046]), Anchor::All(&[Anchor::Lits(&[4467, 5115, 5118, 5751, 5752, 5753]), Anchor::Lits(&[6853, 6854])])])),
            (194, "instructions-void-de", Anchor::Lits(&[378, 1669, 2187, 2188, 3423])),
            (195, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[461, 652, 1511, 1744, 1745, 1916, 1992, 1993, 2025, 2466, 2571, 2572, 3469, 3470, 3475, 3476, 3500, 5666, 5667, 5668, 5669, 5670, 5672, 5673, 6308, 6313, 6315, 6317]), Anchor::All(&[Anchor::Lits(&[407, 885, 912, 1743, 2041, 2406, 2531, 2943]), Anchor::Lits(&[5504, 5509, 5510, 5511, 5518, 6312, 6314])]), Anchor::All(&[Anchor::Lits(&[2184]), Anchor::Lits(&[4766, 4767, 5400, 6298, 6299, 7047])])])),
            (197, "authority-waives-controls-i18n", Anchor::Lits(&[402, 403, 404, 405, 406, 1348, 1554, 1557, 1559, 2448, 2455, 2456, 3001])),
            (198, "persona-without-rules-i18n", Anchor::Lits(&[22, 35, 36, 69, 102, 104, 866, 1290, 1870, 2354, 3399, 3485, 3502, 3503])),
            (199, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[4050, 4067, 4071, 4072, 4128, 4369, 4370, 4901, 4925, 4945, 6028, 6387]), Anchor::Lits(&[824, 825, 855, 857, 858, 859, 860, 861, 862, 863, 886, 900, 901, 2832, 2833, 3818])])),
            (200, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[242, 640, 646, 659, 661, 744, 792, 797, 1640, 1642, 1703, 1871, 1895, 1901, 1988, 2086, 2088, 2416, 2423, 2810, 2812, 2837, 2868, 2937, 3344, 3508, 3820, 3834, 3844, 3846]), Anchor::Lits(&[206, 728, 730, 812, 828, 875, 899, 913, 1352, 1492, 1913, 1914, 1922, 1923, 1925, 1926, 1933, 1956, 1990, 2091, 2095, 2285, 2288, 2351, 2610, 2611, 2640, 2799, 2995, 3101, 3102, 3499, 3505, 3507, 3828, 3852, 3863])]), Anchor::All(&[Anchor::Lits(&[243, 641, 647, 660, 662, 745, 746, 793, 798, 1641, 1643, 1704, 1872, 1873, 1896, 1897, 1902, 1989, 2087, 2089, 2417, 2422, 2424, 2425, 2811, 2813, 2838, 2869, 2870, 2938, 2939, 3345, 3347, 3509, 3510, 3821, 3835, 3845, 3847]), Anchor::Lits(&[3889, 3890, 4012, 4139, 4142, 4143, 4144, 4145, 4207, 4213, 4827, 4952, 4953, 4956, 5253, 5389, 5427, 5505, 5680, 5681, 5754, 5756, 7477, 7478])])])),
            (201, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[1908, 2510, 2511, 3479, 3480, 3481, 3482, 3642, 3833, 3836, 3837, 3838, 3849, 3850])),
            (202, "skip-approval-cjk", Anchor::Lits(&[7496, 7497, 7498, 7499, 7500, 7501, 7502, 7503, 7504, 7505, 7506, 7507, 7508, 7509, 7510, 7511])),
            (204, "admin-role-handed-out-i18n", Anchor::Lits(&[53, 2362, 2861, 3458, 3903, 5817, 6354, 7025])),
            (206, "control-weakened-i18n", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4483, 5311, 5312]), Anchor::All(&[Anchor::Lits(&[3963, 4215, 4440, 4463, 4464, 4465, 4466, 4507, 4745, 4746, 4759, 4760, 4985, 5001, 5311, 5312, 5378, 5398, 5678, 5873, 6067, 6068, 6131, 6134, 6194, 6208, 6209, 6210, 6323, 6324, 6572, 6573, 6574, 6616, 6846, 6855, 7041, 7051, 7247, 7468, 7471, 7483, 7488, 7491, 7492, 7493]), Anchor::Lits(&[12, 42, 43, 44, 51, 54, 84, 374, 376, 377, 379, 380, 381, 382, 383, 384, 385, 386, 391, 392, 844, 845, 976, 1277, 1332, 1716, 1876, 1877, 1879, 1880, 1891, 1977, 2006, 2007, 2008, 2009, 2010, 2011, 2014, 2015, 2023, 2024, 2051, 2120, 2121, 2125, 2437, 2439, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2574, 2577, 2658, 2659, 2755, 2774, 3406, 3407, 3478, 3533, 3803, 3822, 3823, 3824, 3829, 3830, 3839, 3840, 3848, 3853])])]), Anchor::Lits(&[12, 84, 121, 529, 824, 825, 844, 845, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 900, 901, 902, 1307, 1308, 1309, 1310, 1329, 1330, 1331, 1334, 1335, 1634, 1649, 1650, 1716, 1885, 1886, 1889, 1890, 1986, 1987, 2008, 2016, 2051, 2240, 2430, 2605, 2606, 2607, 2608, 2679, 2680, 2684, 2740, 2741, 2742, 2744, 2745, 2756, 2757, 2758, 2832, 2833, 2834, 3092, 3093, 3094, 3095, 3096, 3139, 3307, 3342, 3343, 3471, 3472, 3501, 3693, 3694, 3802, 3818, 3826, 3827, 3841, 3842, 3843, 3856, 3857, 3858, 3859, 3860, 3861])])),
            (208, "destructive-without-confirmation-i18n", Anchor::Lits(&[4180, 4181, 5506, 5745, 5746, 5747, 5748, 5749, 5750, 5778, 5779, 5780, 6309, 6310, 6311, 6316, 6318, 6360, 6361, 6362, 6363, 6364, 6368, 6369, 6370, 6399, 6400, 6401, 6402, 6403, 6489, 6617, 6618, 6619, 6620, 7057, 7472, 7473, 7474, 7475, 7479, 7480, 7481, 7486, 7487])),
            (211, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[774, 1562, 1563, 1564, 1565, 1568, 1570, 2236, 3373, 4169, 4186, 4187, 4188, 4575, 4608, 4626, 4629, 4674, 4707, 4855, 4857, 5637, 5740, 6415, 6416, 6417, 6418, 6433, 6446, 6487, 6488, 6911, 7123, 7203, 7238]), Anchor::All(&[Anchor::Lits(&[5014, 5018, 5019, 5021]), Anchor::Lits(&[1519])])])),
            (212, "trust-raised-for-later", Anchor::Lits(&[146, 158, 162, 165, 166, 167, 168, 260, 262, 397, 400, 1410, 1411, 3957, 4264, 4421, 4422, 5232, 5404, 6025, 6254, 6589, 6878, 6881, 6882, 6883])),
            (213, "admin-role-by-a-side-door", Anchor::Lits(&[53, 127, 135, 388, 1295, 1364, 1372, 1383, 2013, 2121, 2290, 2362, 2774, 2855, 2861, 3108, 3458, 4449, 5967])),
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
\x22approval\x22\
\x22approved\x22\
\x22decision\x22\
\x22state\x22\
\x22status\x22\
\x22verdict\x22\
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
.\
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
allow\
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
approved\
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
authorised\
authorized\
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
decision\
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
egress\
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
exfiltrat\
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
nc\
netcat\
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
result\
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
scp\
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
sftp\
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
status\
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
true\
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
verdict\
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
            ends: &[2, 4, 7, 10, 12, 14, 16, 22, 29, 35, 38, 48, 58, 62, 69, 74, 79, 87, 92, 97, 102, 107, 112, 117, 126, 135, 144, 149, 156, 161, 164, 178, 184, 190, 196, 199, 204, 208, 217, 223, 228, 236, 245, 251, 256, 266, 270, 275, 283, 292, 300, 308, 315, 320, 325, 330, 335, 341, 347, 357, 364, 369, 374, 378, 383, 391, 397, 403, 411, 415, 423, 431, 438, 445, 450, 455, 461, 467, 472, 477, 482, 487, 492, 497, 502, 504, 506, 508, 510, 512, 524, 536, 542, 549, 555, 558, 568, 578, 589, 600, 604, 611, 619, 627, 636, 645, 654, 659, 664, 671, 676, 679, 685, 688, 693, 697, 702, 707, 713, 718, 726, 735, 739, 742, 746, 751, 757, 763, 767, 771, 776, 784, 793, 801, 808, 819, 830, 840, 850, 855, 860, 866, 872, 884, 896, 902, 912, 919, 923, 928, 936, 939, 943, 949, 958, 967, 974, 981, 983, 985, 987, 989, 991, 997, 1004, 1010, 1013, 1023, 1033, 1037, 1044, 1052, 1061, 1070, 1079, 1084, 1091, 1096, 1099, 1105, 1108, 1113, 1117, 1123, 1128, 1136, 1145, 1150, 1154, 1159, 1167, 1176, 1184, 1191, 1197, 1203, 1213, 1220, 1224, 1229, 1237, 1241, 1243, 1245, 1247, 1249, 1251, 1257, 1264, 1270, 1273, 1283, 1293, 1297, 1304, 1312, 1321, 1330, 1339, 1344, 1351, 1356, 1359, 1365, 1368, 1373, 1377, 1383, 1388, 1396, 1405, 1410, 1414, 1419, 1427, 1436, 1444, 1451, 1457, 1463, 1473, 1480, 1484, 1489, 1497, 1501, 1503, 1505, 1507, 1509, 1511, 1517, 1524, 1530, 1533, 1543, 1553, 1557, 1564, 1572, 1581, 1590, 1599, 1604, 1611, 1616, 1619, 1625, 1628, 1633, 1637, 1643, 1648, 1656, 1665, 1670, 1674, 1679, 1687, 1696, 1704, 1711, 1717, 1723, 1733, 1740, 1744, 1749, 1757, 1761, 1763, 1765, 1768, 1771, 1773, 1775, 1777, 1789, 1801, 1807, 1814, 1820, 1823, 1829, 1836, 1849, 1863, 1873, 1883, 1894, 1905, 1911, 1915, 1922, 1931, 1941, 1948, 1956, 1961, 1966, 1974, 1983, 1991, 1998, 2006, 2011, 2016, 2021, 2026, 2031, 2036, 2046, 2057, 2068, 2077, 2086, 2095, 2104, 2110, 2115, 2120, 2131, 2142, 2149, 2154, 2159, 2162, 2168, 2175, 2188, 2202, 2208, 2214, 2220, 2223, 2228, 2232, 2236, 2241, 2246, 2254, 2263, 2272, 2278, 2283, 2291, 2300, 2306, 2313, 2321, 2325, 2328, 2332, 2337, 2343, 2349, 2353, 2362, 2372, 2376, 2381, 2392, 2400, 2406, 2413, 2422, 2429, 2437, 2444, 2452, 2460, 2468, 2475, 2480, 2485, 2496, 2507, 2512, 2517, 2527, 2537, 2550, 2563, 2568, 2573, 2579, 2585, 2591, 2602, 2610, 2622, 2634, 2643, 2649, 2659, 2666, 2671, 2676, 2680, 2685, 2705, 2720, 2734, 2747, 2755, 2761, 2767, 2778, 2796, 2802, 2805, 2812, 2820, 2824, 2830, 2839, 2848, 2856, 2864, 2871, 2878, 2883, 2888, 2895, 2902, 2908, 2914, 2919, 2924, 2929, 2934, 2939, 2944, 2949, 2951, 2954, 2957, 2967, 2977, 2987, 2994, 3002, 3011, 3012, 3014, 3016, 3018, 3020, 3022, 3024, 3030, 3033, 3043, 3047, 3054, 3062, 3069, 3079, 3083, 3087, 3100, 3113, 3126, 3130, 3136, 3148, 3160, 3172, 3179, 3182, 3185, 3189, 3193, 3197, 3201, 3205, 3209, 3213, 3217, 3221, 3225, 3229, 3233, 3237, 3241, 3245, 3249, 3253, 3256, 3259, 3260, 3262, 3264, 3266, 3268, 3270, 3272, 3275, 3280, 3285, 3290, 3295, 3300, 3305, 3311, 3317, 3324, 3331, 3338, 3345, 3352, 3359, 3366, 3373, 3380, 3387, 3394, 3401, 3408, 3415, 3422, 3429, 3436, 3439, 3442, 3446, 3450, 3454, 3458, 3462, 3466, 3471, 3476, 3482, 3488, 3494, 3500, 3506, 3512, 3518, 3524, 3530, 3536, 3542, 3548, 3554, 3560, 3566, 3572, 3578, 3581, 3584, 3589, 3594, 3599, 3603, 3607, 3611, 3615, 3619, 3623, 3627, 3631, 3635, 3639, 3643, 3647, 3651, 3655, 3659, 3663, 3667, 3669, 3671, 3674, 3677, 3680, 3682, 3685, 3688, 3691, 3694, 3697, 3700, 3707, 3711, 3722, 3733, 3738, 3747, 3755, 3764, 3772, 3786, 3804, 3819, 3837, 3852, 3871, 3887, 3904, 3922, 3932, 3937, 3947, 3952, 3959, 3969, 3979, 3990, 4002, 4015, 4026, 4041, 4053, 4065, 4076, 4084, 4090, 4094, 4098, 4103, 4108, 4113, 4118, 4123, 4128, 4133, 4138, 4143, 4148, 4153, 4158, 4163, 4168, 4173, 4178, 4183, 4186, 4189, 4192, 4197, 4202, 4207, 4208, 4211, 4213, 4216, 4219, 4222, 4225, 4228, 4231, 4238, 4242, 4253, 4258, 4266, 4275, 4283, 4288, 4293, 4300, 4304, 4308, 4313, 4318, 4323, 4328, 4333, 4338, 4343, 4348, 4353, 4358, 4363, 4368, 4373, 4378, 4383, 4388, 4393, 4395, 4398, 4401, 4404, 4407, 4410, 4413, 4420, 4424, 4435, 4440, 4448, 4457, 4465, 4470, 4475, 4482, 4486, 4490, 4495, 4500, 4505, 4510, 4515, 4520, 4525, 4530, 4535, 4540, 4545, 4550, 4555, 4560, 4565, 4570, 4575, 4578, 4584, 4587, 4594, 4595, 4597, 4599, 4610, 4613, 4619, 4629, 4634, 4643, 4651, 4658, 4664, 4670, 4677, 4682, 4686, 4697, 4707, 4710, 4715, 4726, 4730, 4733, 4734, 4736, 4738, 4740, 4742, 4744, 4746, 4749, 4752, 4755, 4758, 4761, 4764, 4775, 4786, 4799, 4807, 4817, 4821, 4836, 4841, 4845, 4849, 4854, 4859, 4864, 4869, 4874, 4879, 4884, 4889, 4894, 4899, 4904, 4909, 4914, 4919, 4924, 4929, 4934, 4936, 4939, 4949, 4959, 4971, 4978, 4987, 4990, 5004, 5008, 5010, 5013, 5016, 5020, 5024, 5028, 5032, 5036, 5040, 5044, 5048, 5052, 5056, 5060, 5064, 5068, 5072, 5076, 5080, 5084, 5087, 5088, 5090, 5093, 5096, 5097, 5103, 5106, 5111, 5121, 5125, 5135, 5142, 5147, 5159, 5163, 5172, 5180, 5184, 5193, 5201, 5213, 5223, 5230, 5238, 5245, 5251, 5252, 5254, 5256, 5258, 5260, 5262, 5264, 5266, 5272, 5279, 5286, 5293, 5300, 5307, 5314, 5321, 5329, 5337, 5346, 5355, 5364, 5373, 5382, 5391, 5400, 5409, 5418, 5427, 5436, 5445, 5454, 5463, 5472, 5481, 5490, 5493, 5505, 5517, 5522, 5527, 5532, 5537, 5542, 5547, 5553, 5559, 5566, 5573, 5580, 5587, 5594, 5601, 5608, 5615, 5622, 5629, 5636, 5643, 5650, 5657, 5664, 5671, 5678, 5682, 5687, 5692, 5697, 5702, 5707, 5712, 5717, 5725, 5733, 5741, 5749, 5757, 5765, 5773, 5782, 5791, 5800, 5810, 5820, 5830, 5840, 5850, 5860, 5870, 5880, 5890, 5900, 5910, 5920, 5930, 5940, 5950, 5960, 5970, 5976, 5982, 5989, 5996, 6003, 6010, 6017, 6024, 6031, 6038, 6045, 6052, 6059, 6066, 6073, 6080, 6087, 6094, 6101, 6105, 6109, 6113, 6117, 6121, 6125, 6130, 6135, 6141, 6147, 6153, 6159, 6165, 6171, 6177, 6183, 6189, 6195, 6201, 6207, 6213, 6219, 6225, 6231, 6237, 6240, 6243, 6247, 6251, 6255, 6259, 6263, 6267, 6271, 6275, 6279, 6283, 6287, 6291, 6295, 6299, 6303, 6307, 6311, 6314, 6317, 6320, 6323, 6326, 6329, 6333, 6342, 6352, 6356, 6360, 6365, 6370, 6375, 6380, 6385, 6390, 6395, 6400, 6405, 6410, 6415, 6420, 6425, 6430, 6435, 6440, 6445, 6447, 6449, 6459, 6468, 6474, 6481, 6488, 6495, 6503, 6512, 6519, 6525, 6530, 6540, 6549, 6553, 6557, 6567, 6574, 6582, 6587, 6593, 6602, 6609, 6612, 6615, 6622, 6629, 6636, 6641, 6648, 6656, 6666, 6672, 6679, 6686, 6698, 6707, 6710, 6716, 6722, 6727, 6734, 6739, 6745, 6755, 6761, 6775, 6782, 6792, 6797, 6803, 6809, 6815, 6821, 6827, 6833, 6839, 6845, 6851, 6857, 6863, 6870, 6877, 6885, 6893, 6900, 6907, 6914, 6921, 6928, 6935, 6943, 6951, 6959, 6967, 6975, 6983, 6991, 6999, 7007, 7015, 7023, 7031, 7039, 7047, 7055, 7063, 7071, 7082, 7089, 7094, 7106, 7115, 7117, 7120, 7123, 7126, 7129, 7132, 7135, 7143, 7151, 7160, 7172, 7180, 7190, 7196, 7207, 7218, 7231, 7244, 7259, 7262, 7265, 7268, 7276, 7284, 7293, 7305, 7313, 7323, 7329, 7340, 7351, 7364, 7377, 7392, 7395, 7399, 7403, 7416, 7424, 7436, 7443, 7454, 7464, 7473, 7481, 7489, 7498, 7505, 7511, 7524, 7536, 7541, 7548, 7561, 7567, 7570, 7573, 7581, 7593, 7599, 7610, 7618, 7622, 7626, 7630, 7634, 7638, 7642, 7646, 7650, 7654, 7659, 7664, 7670, 7676, 7682, 7688, 7694, 7700, 7706, 7712, 7718, 7724, 7730, 7736, 7742, 7748, 7754, 7760, 7766, 7770, 7774, 7779, 7784, 7789, 7794, 7799, 7804, 7809, 7814, 7819, 7824, 7829, 7834, 7839, 7844, 7849, 7854, 7859, 7862, 7866, 7870, 7874, 7878, 7882, 7886, 7893, 7900, 7907, 7912, 7921, 7931, 7941, 7950, 7960, 7967, 7982, 7991, 7996, 8001, 8007, 8013, 8019, 8025, 8031, 8037, 8043, 8049, 8055, 8061, 8067, 8073, 8079, 8085, 8091, 8097, 8103, 8108, 8114, 8116, 8125, 8134, 8143, 8152, 8161, 8170, 8179, 8188, 8197, 8206, 8216, 8226, 8236, 8246, 8256, 8266, 8277, 8288, 8300, 8312, 8324, 8336, 8348, 8360, 8372, 8384, 8396, 8408, 8420, 8432, 8444, 8456, 8468, 8480, 8492, 8498, 8507, 8511, 8515, 8519, 8523, 8527, 8531, 8537, 8542, 8547, 8553, 8559, 8565, 8571, 8577, 8583, 8589, 8595, 8601, 8607, 8613, 8619, 8625, 8631, 8637, 8643, 8649, 8653, 8662, 8668, 8675, 8682, 8688, 8696, 8702, 8710, 8723, 8730, 8738, 8746, 8758, 8763, 8768, 8777, 8787, 8797, 8808, 8819, 8825, 8831, 8840, 8850, 8860, 8870, 8880, 8890, 8900, 8910, 8920, 8930, 8940, 8951, 8962, 8982, 8997, 9016, 9030, 9048, 9065, 9081, 9096, 9111, 9127, 9141, 9154, 9174, 9193, 9205, 9219, 9239, 9252, 9262, 9272, 9282, 9293, 9304, 9315, 9326, 9337, 9348, 9360, 9372, 9384, 9396, 9408, 9420, 9432, 9444, 9456, 9468, 9480, 9492, 9504, 9516, 9528, 9540, 9552, 9562, 9573, 9584, 9596, 9608, 9614, 9619, 9625, 9633, 9641, 9651, 9661, 9671, 9681, 9691, 9701, 9712, 9723, 9735, 9747, 9759, 9771, 9783, 9795, 9807, 9819, 9831, 9843, 9855, 9867, 9879, 9891, 9903, 9915, 9927, 9932, 9937, 9942, 9947, 9952, 9957, 9963, 9969, 9976, 9983, 9990, 9997, 10004, 10011, 10018, 10025, 10032, 10039, 10046, 10053, 10060, 10067, 10074, 10081, 10088, 10098, 10103, 10109, 10115, 10123, 10137, 10158, 10165, 10175, 10185, 10194, 10204, 10209, 10216, 10222, 10229, 10237, 10244, 10250, 10258, 10264, 10268, 10274, 10284, 10290, 10296, 10302, 10308, 10314, 10320, 10327, 10334, 10342, 10350, 10358, 10366, 10374, 10382, 10390, 10398, 10406, 10414, 10422, 10430, 10438, 10446, 10454, 10462, 10470, 10475, 10480, 10483, 10487, 10491, 10495, 10499, 10503, 10507, 10511, 10515, 10519, 10523, 10528, 10533, 10538, 10543, 10548, 10553, 10559, 10565, 10571, 10577, 10583, 10589, 10595, 10601, 10607, 10613, 10619, 10625, 10631, 10637, 10643, 10649, 10655, 10665, 10676, 10687, 10697, 10703, 10709, 10725, 10731, 10738, 10740, 10744, 10750, 10758, 10763, 10768, 10773, 10778, 10783, 10788, 10795, 10802, 10809, 10815, 10821, 10828, 10835, 10842, 10849, 10856, 10863, 10870, 10877, 10884, 10891, 10898, 10905, 10912, 10919, 10926, 10933, 10940, 10946, 10951, 10956, 10961, 10966, 10971, 10976, 10983, 10990, 10997, 11003, 11009, 11016, 11023, 11030, 11037, 11044, 11051, 11058, 11065, 11072, 11079, 11086, 11093, 11100, 11107, 11114, 11121, 11128, 11134, 11136, 11145, 11151, 11156, 11161, 11166, 11171, 11176, 11181, 11188, 11195, 11202, 11208, 11214, 11220, 11226, 11232, 11238, 11246, 11254, 11262, 11269, 11276, 11284, 11292, 11300, 11308, 11316, 11324, 11332, 11340, 11348, 11356, 11364, 11372, 11380, 11388, 11396, 11404, 11412, 11418, 11424, 11431, 11438, 11445, 11452, 11459, 11466, 11473, 11480, 11487, 11494, 11501, 11508, 11515, 11522, 11529, 11536, 11543, 11552, 11561, 11570, 11576, 11582, 11588, 11593, 11598, 11604, 11611, 11618, 11625, 11633, 11641, 11649, 11654, 11659, 11668, 11673, 11680, 11686, 11693, 11700, 11709, 11715, 11722, 11730, 11738, 11746, 11755, 11764, 11773, 11777, 11783, 11790, 11797, 11804, 11816, 11824, 11832, 11840, 11846, 11857, 11863, 11867, 11870, 11880, 11891, 11896, 11901, 11906, 11911, 11916, 11921, 11927, 11933, 11940, 11947, 11954, 11961, 11968, 11975, 11982, 11989, 11996, 12003, 12010, 12017, 12024, 12031, 12038, 12045, 12052, 12062, 12070, 12076, 12083, 12093, 12103, 12113, 12122, 12131, 12138, 12144, 12153, 12163, 12173, 12183, 12193, 12203, 12213, 12227, 12237, 12247, 12258, 12269, 12281, 12293, 12305, 12317, 12329, 12341, 12353, 12365, 12377, 12389, 12401, 12413, 12425, 12437, 12449, 12461, 12473, 12488, 12491, 12500, 12507, 12518, 12526, 12533, 12542, 12552, 12558, 12568, 12580, 12594, 12608, 12622, 12627, 12636, 12647, 12660, 12673, 12686, 12690, 12694, 12702, 12712, 12724, 12736, 12748, 12756, 12761, 12765, 12770, 12781, 12788, 12798, 12806, 12810, 12816, 12821, 12826, 12831, 12836, 12841, 12846, 12852, 12858, 12865, 12872, 12879, 12886, 12893, 12900, 12907, 12914, 12921, 12928, 12935, 12942, 12949, 12956, 12963, 12970, 12977, 12983, 12990, 12997, 13005, 13012, 13017, 13025, 13034, 13043, 13050, 13057, 13069, 13081, 13093, 13105, 13117, 13129, 13141, 13154, 13167, 13181, 13195, 13209, 13223, 13237, 13251, 13265, 13279, 13293, 13307, 13321, 13335, 13349, 13363, 13377, 13391, 13405, 13413, 13421, 13429, 13434, 13439, 13444, 13450, 13457, 13464, 13472, 13478, 13484, 13490, 13496, 13502, 13508, 13514, 13523, 13531, 13538, 13545, 13553, 13561, 13569, 13577, 13585, 13593, 13601, 13609, 13617, 13625, 13633, 13641, 13649, 13657, 13665, 13673, 13681, 13685, 13691, 13698, 13704, 13709, 13718, 13728, 13734, 13740, 13746, 13751, 13758, 13764, 13781, 13791, 13800, 13803, 13807, 13811, 13815, 13819, 13823, 13827, 13837, 13847, 13857, 13863, 13870, 13877, 13882, 13887, 13893, 13899, 13905, 13911, 13917, 13923, 13929, 13935, 13941, 13947, 13953, 13959, 13965, 13971, 13977, 13983, 13989, 13994, 14002, 14008, 14015, 14021, 14026, 14029, 14035, 14041, 14047, 14051, 14055, 14062, 14070, 14074, 14078, 14082, 14085, 14093, 14099, 14105, 14117, 14120, 14124, 14128, 14132, 14137, 14142, 14147, 14152, 14159, 14165, 14170, 14175, 14181, 14189, 14193, 14201, 14207, 14213, 14221, 14228, 14234, 14239, 14243, 14247, 14251, 14255, 14259, 14263, 14268, 14273, 14279, 14285, 14291, 14297, 14303, 14309, 14315, 14321, 14327, 14333, 14339, 14345, 14351, 14357, 14363, 14369, 14375, 14378, 14381, 14384, 14387, 14390, 14393, 14399, 14403, 14410, 14417, 14421, 14425, 14430, 14435, 14440, 14445, 14450, 14455, 14460, 14465, 14470, 14475, 14480, 14485, 14490, 14495, 14500, 14505, 14510, 14514, 14521, 14529, 14534, 14538, 14540, 14543, 14546, 14554, 14562, 14571, 14579, 14589, 14600, 14613, 14626, 14641, 14649, 14657, 14666, 14674, 14684, 14695, 14708, 14721, 14736, 14739, 14742, 14749, 14752, 14755, 14758, 14761, 14764, 14767, 14771, 14775, 14780, 14785, 14790, 14795, 14800, 14805, 14810, 14815, 14820, 14825, 14830, 14835, 14840, 14845, 14850, 14855, 14860, 14866, 14873, 14876, 14883, 14890, 14897, 14904, 14911, 14918, 14925, 14933, 14941, 14950, 14959, 14968, 14977, 14986, 14995, 15004, 15013, 15022, 15031, 15040, 15049, 15058, 15067, 15076, 15085, 15094, 15103, 15112, 15121, 15130, 15139, 15148, 15157, 15167, 15177, 15188, 15199, 15210, 15221, 15232, 15243, 15254, 15265, 15276, 15287, 15298, 15309, 15320, 15331, 15342, 15353, 15364, 15375, 15386, 15398, 15408, 15413, 15420, 15428, 15431, 15440, 15449, 15464, 15470, 15475, 15482, 15493, 15505, 15517, 15538, 15561, 15585, 15596, 15604, 15609, 15616, 15621, 15630, 15640, 15642, 15645, 15648, 15656, 15664, 15673, 15681, 15691, 15702, 15715, 15728, 15743, 15751, 15759, 15768, 15776, 15786, 15797, 15810, 15823, 15838, 15841, 15844, 15848, 15853, 15878, 15883, 15887, 15901, 15909, 15924, 15928, 15934, 15940, 15945, 15948, 15952, 15956, 15962, 15968, 15974, 15980, 15986, 15992, 16000, 16008, 16016, 16023, 16030, 16037, 16044, 16051, 16058, 16067, 16076, 16085, 16093, 16101, 16110, 16119, 16128, 16137, 16146, 16155, 16164, 16173, 16182, 16191, 16200, 16209, 16218, 16227, 16236, 16245, 16254, 16261, 16268, 16276, 16284, 16292, 16300, 16308, 16316, 16324, 16332, 16340, 16348, 16356, 16364, 16372, 16380, 16388, 16396, 16404, 16408, 16414, 16418, 16423, 16426, 16430, 16434, 16447, 16462, 16470, 16480, 16488, 16492, 16496, 16509, 16524, 16532, 16542, 16550, 16562, 16576, 16583, 16592, 16597, 16602, 16607, 16612, 16619, 16626, 16632, 16638, 16644, 16651, 16655, 16660, 16668, 16684, 16688, 16695, 16704, 16710, 16715, 16720, 16724, 16731, 16738, 16742, 16750, 16757, 16762, 16771, 16780, 16789, 16797, 16804, 16813, 16816, 16834, 16840, 16844, 16849, 16855, 16861, 16867, 16873, 16879, 16885, 16891, 16897, 16903, 16909, 16915, 16922, 16929, 16937, 16945, 16953, 16961, 16967, 16974, 16981, 16989, 16997, 17004, 17011, 17018, 17025, 17032, 17040, 17048, 17056, 17064, 17072, 17080, 17088, 17096, 17104, 17112, 17120, 17128, 17136, 17144, 17152, 17160, 17168, 17174, 17181, 17189, 17197, 17206, 17215, 17219, 17223, 17232, 17234, 17240, 17247, 17252, 17255, 17268, 17283, 17293, 17304, 17314, 17325, 17330, 17343, 17353, 17366, 17375, 17393, 17408, 17426, 17440, 17460, 17473, 17487, 17503, 17521, 17531, 17546, 17554, 17558, 17563, 17568, 17573, 17578, 17583, 17588, 17594, 17600, 17607, 17614, 17621, 17628, 17635, 17642, 17649, 17656, 17663, 17670, 17677, 17684, 17691, 17698, 17705, 17712, 17719, 17723, 17728, 17733, 17738, 17743, 17748, 17753, 17759, 17765, 17772, 17779, 17786, 17793, 17800, 17807, 17814, 17821, 17828, 17835, 17842, 17849, 17856, 17863, 17870, 17877, 17884, 17889, 17897, 17901, 17905, 17914, 17916, 17924, 17928, 17935, 17939, 17944, 17949, 17954, 17959, 17964, 17969, 17975, 17981, 17988, 17995, 18002, 18009, 18016, 18023, 18030, 18037, 18044, 18051, 18058, 18065, 18072, 18079, 18086, 18093, 18100, 18107, 18114, 18121, 18127, 18134, 18139, 18145, 18153, 18161, 18167, 18175, 18184, 18193, 18202, 18208, 18211, 18226, 18231, 18236, 18241, 18246, 18251, 18256, 18266, 18276, 18286, 18296, 18306, 18316, 18322, 18328, 18335, 18342, 18349, 18356, 18363, 18370, 18377, 18384, 18391, 18398, 18405, 18412, 18419, 18426, 18433, 18440, 18447, 18454, 18460, 18468, 18473, 18481, 18489, 18494, 18497, 18501, 18505, 18509, 18513, 18517, 18521, 18530, 18539, 18548, 18557, 18562, 18567, 18573, 18579, 18585, 18591, 18597, 18603, 18609, 18615, 18621, 18627, 18633, 18639, 18645, 18651, 18657, 18663, 18669, 18673, 18677, 18686, 18691, 18699, 18705, 18709, 18719, 18729, 18739, 18744, 18751, 18760, 18770, 18780, 18786, 18793, 18801, 18803, 18808, 18813, 18818, 18823, 18828, 18833, 18839, 18845, 18852, 18859, 18866, 18873, 18880, 18887, 18894, 18901, 18908, 18915, 18922, 18929, 18936, 18943, 18950, 18957, 18964, 18970, 18977, 18984, 18991, 18998, 19005, 19012, 19032, 19052, 19072, 19092, 19112, 19132, 19153, 19174, 19196, 19218, 19240, 19262, 19284, 19306, 19328, 19350, 19372, 19394, 19416, 19438, 19460, 19482, 19504, 19526, 19548, 19556, 19564, 19573, 19582, 19591, 19600, 19609, 19618, 19627, 19636, 19645, 19654, 19663, 19672, 19681, 19690, 19699, 19708, 19717, 19724, 19729, 19733, 19736, 19739, 19747, 19755, 19763, 19771, 19779, 19787, 19797, 19807, 19817, 19826, 19835, 19845, 19855, 19865, 19875, 19885, 19895, 19905, 19915, 19925, 19935, 19945, 19955, 19965, 19975, 19985, 19995, 20005, 20013, 20021, 20029, 20037, 20045, 20053, 20063, 20073, 20083, 20092, 20101, 20111, 20121, 20131, 20141, 20151, 20161, 20171, 20181, 20191, 20201, 20211, 20221, 20231, 20241, 20251, 20261, 20271, 20276, 20280, 20284, 20288, 20297, 20303, 20310, 20318, 20327, 20333, 20339, 20344, 20352, 20360, 20366, 20373, 20382, 20387, 20394, 20404, 20410, 20417, 20424, 20435, 20441, 20447, 20453, 20463, 20473, 20483, 20492, 20500, 20512, 20524, 20536, 20547, 20554, 20560, 20564, 20569, 20574, 20578, 20583, 20586, 20591, 20600, 20606, 20613, 20625, 20633, 20636, 20642, 20649, 20652, 20658, 20664, 20672, 20681, 20694, 20697, 20703, 20710, 20717, 20721, 20730, 20736, 20743, 20746, 20750, 20755, 20765, 20775, 20785, 20795, 20805, 20815, 20826, 20837, 20849, 20861, 20873, 20885, 20897, 20909, 20921, 20933, 20945, 20957, 20969, 20981, 20993, 21005, 21017, 21029, 21041, 21045, 21049, 21053, 21058, 21063, 21067, 21071, 21076, 21082, 21096, 21110, 21124, 21138, 21152, 21166, 21180, 21195, 21210, 21226, 21242, 21258, 21274, 21290, 21306, 21322, 21338, 21354, 21370, 21386, 21402, 21418, 21434, 21450, 21466, 21482, 21487, 21493, 21498, 21502, 21508, 21513, 21518, 21523, 21529, 21533, 21538, 21545, 21554, 21565, 21576, 21587, 21597, 21605, 21609, 21616, 21622, 21626, 21630, 21634, 21638, 21642, 21646, 21650, 21654, 21664, 21672, 21678, 21685, 21692, 21699, 21706, 21713, 21720, 21735, 21749, 21762, 21769, 21776, 21790, 21803, 21811, 21819, 21828, 21837, 21846, 21855, 21864, 21873, 21882, 21891, 21900, 21909, 21918, 21927, 21936, 21945, 21954, 21963, 21972, 21977, 21982, 21988, 21994, 22000, 22006, 22012, 22018, 22024, 22030, 22036, 22042, 22048, 22054, 22060, 22066, 22072, 22078, 22084, 22106, 22115, 22119, 22124, 22129, 22133, 22140, 22144, 22151, 22158, 22167, 22179, 22191, 22200, 22208, 22211, 22219, 22221, 22224, 22227, 22230, 22233, 22236, 22239, 22248, 22257, 22266, 22271, 22275, 22279, 22283, 22288, 22293, 22298, 22303, 22308, 22313, 22318, 22323, 22328, 22333, 22338, 22343, 22348, 22353, 22358, 22363, 22368, 22376, 22387, 22396, 22407, 22415, 22431, 22441, 22451, 22461, 22470, 22477, 22485, 22491, 22495, 22503, 22508, 22513, 22518, 22527, 22544, 22551, 22559, 22575, 22591, 22607, 22623, 22639, 22655, 22672, 22689, 22707, 22725, 22743, 22761, 22779, 22797, 22815, 22833, 22851, 22869, 22887, 22905, 22923, 22941, 22959, 22977, 22995, 23001, 23011, 23017, 23023, 23035, 23040, 23046, 23052, 23055, 23058, 23067, 23074, 23083, 23087, 23097, 23102, 23109, 23117, 23123, 23127, 23136, 23143, 23155, 23165, 23169, 23178, 23187, 23196, 23205, 23214, 23223, 23233, 23243, 23254, 23265, 23276, 23287, 23298, 23309, 23320, 23331, 23342, 23353, 23364, 23375, 23386, 23397, 23408, 23419, 23430, 23440, 23450, 23460, 23470, 23480, 23490, 23501, 23512, 23524, 23536, 23548, 23560, 23572, 23584, 23596, 23608, 23620, 23632, 23644, 23656, 23668, 23680, 23692, 23704, 23716, 23721, 23730, 23734, 23738, 23745, 23760, 23775, 23790, 23805, 23820, 23835, 23851, 23867, 23884, 23901, 23918, 23935, 23952, 23969, 23986, 24003, 24020, 24037, 24054, 24071, 24088, 24105, 24122, 24139, 24156, 24171, 24186, 24201, 24216, 24231, 24246, 24262, 24278, 24295, 24312, 24329, 24346, 24363, 24380, 24397, 24414, 24431, 24448, 24465, 24482, 24499, 24516, 24533, 24550, 24567, 24572, 24578, 24584, 24591, 24601, 24604, 24607, 24610, 24613, 24616, 24619, 24622, 24627, 24630, 24634, 24638, 24642, 24646, 24651, 24656, 24661, 24666, 24671, 24676, 24681, 24686, 24691, 24696, 24701, 24706, 24711, 24716, 24721, 24726, 24731, 24734, 24739, 24740, 24743, 24745, 24748, 24751, 24754, 24757, 24760, 24763, 24766, 24773, 24781, 24788, 24792, 24803, 24814, 24819, 24827, 24836, 24846, 24856, 24866, 24872, 24880, 24886, 24890, 24897, 24901, 24907, 24912, 24919, 24925, 24934, 24944, 24950, 24955, 24961, 24970, 24980, 24989, 24997, 25004, 25011, 25022, 25030, 25035, 25041, 25050, 25055, 25058, 25061, 25064, 25067, 25070, 25077, 25085, 25092, 25096, 25107, 25118, 25123, 25131, 25140, 25150, 25160, 25170, 25176, 25184, 25190, 25194, 25201, 25205, 25211, 25216, 25223, 25229, 25238, 25248, 25254, 25259, 25265, 25274, 25284, 25293, 25301, 25308, 25315, 25326, 25334, 25339, 25345, 25354, 25359, 25363, 25371, 25379, 25387, 25395, 25405, 25415, 25425, 25435, 25445, 25457, 25471, 25485, 25495, 25505, 25516, 25526, 25538, 25551, 25566, 25581, 25598, 25608, 25618, 25629, 25639, 25651, 25664, 25679, 25694, 25711, 25729, 25743, 25757, 25767, 25777, 25788, 25798, 25810, 25823, 25838, 25853, 25870, 25880, 25890, 25901, 25911, 25923, 25936, 25951, 25966, 25983, 25993, 26003, 26014, 26024, 26036, 26049, 26064, 26079, 26096, 26106, 26116, 26127, 26137, 26149, 26162, 26177, 26192, 26209, 26222, 26234, 26246, 26252, 26258, 26266, 26274, 26307, 26338, 26342, 26353, 26364, 26370, 26380, 26407, 26413, 26423, 26429, 26452, 26465, 26478, 26499, 26511, 26520, 26560, 26597, 26631, 26643, 26664, 26676, 26685, 26701, 26741, 26787, 26796, 26817, 26826, 26847, 26853, 26868, 26886, 26895, 26904, 26925, 26946, 26958, 26991, 27006, 27027, 27031, 27035, 27039, 27043, 27047, 27055, 27064, 27072, 27077, 27089, 27101, 27107, 27116, 27126, 27137, 27148, 27159, 27166, 27175, 27182, 27187, 27195, 27200, 27207, 27213, 27221, 27228, 27238, 27249, 27256, 27262, 27269, 27279, 27290, 27300, 27309, 27317, 27325, 27337, 27346, 27352, 27359, 27369, 27375, 27379, 27383, 27387, 27391, 27395, 27403, 27412, 27420, 27425, 27437, 27449, 27455, 27464, 27474, 27485, 27496, 27507, 27514, 27523, 27530, 27535, 27543, 27548, 27555, 27561, 27569, 27576, 27586, 27597, 27604, 27610, 27617, 27627, 27638, 27648, 27657, 27665, 27673, 27685, 27694, 27700, 27707, 27717, 27723, 27727, 27731, 27735, 27739, 27743, 27751, 27760, 27768, 27773, 27785, 27797, 27803, 27812, 27822, 27833, 27844, 27855, 27862, 27871, 27878, 27883, 27891, 27896, 27903, 27909, 27917, 27924, 27934, 27945, 27952, 27958, 27965, 27975, 27986, 27996, 28005, 28013, 28021, 28033, 28042, 28048, 28055, 28065, 28071, 28075, 28079, 28083, 28087, 28091, 28099, 28108, 28116, 28121, 28133, 28145, 28151, 28160, 28170, 28181, 28192, 28203, 28210, 28219, 28226, 28231, 28239, 28244, 28251, 28257, 28265, 28272, 28282, 28293, 28300, 28306, 28313, 28323, 28334, 28344, 28353, 28361, 28369, 28381, 28390, 28396, 28403, 28413, 28419, 28423, 28427, 28431, 28435, 28439, 28447, 28456, 28464, 28469, 28481, 28493, 28499, 28508, 28518, 28529, 28540, 28551, 28558, 28567, 28574, 28579, 28587, 28592, 28599, 28605, 28613, 28620, 28630, 28641, 28648, 28654, 28661, 28671, 28682, 28692, 28701, 28709, 28717, 28729, 28738, 28744, 28751, 28761, 28767, 28771, 28775, 28779, 28783, 28787, 28795, 28804, 28812, 28817, 28829, 28841, 28847, 28856, 28866, 28877, 28888, 28899, 28906, 28915, 28922, 28927, 28935, 28940, 28947, 28953, 28961, 28968, 28978, 28989, 28996, 29002, 29009, 29019, 29030, 29040, 29049, 29057, 29065, 29077, 29086, 29092, 29099, 29109, 29115, 29119, 29123, 29127, 29131, 29135, 29143, 29152, 29160, 29165, 29177, 29189, 29195, 29204, 29214, 29225, 29236, 29247, 29254, 29263, 29270, 29275, 29283, 29288, 29295, 29301, 29309, 29316, 29326, 29337, 29344, 29350, 29357, 29367, 29378, 29388, 29397, 29405, 29413, 29425, 29434, 29440, 29447, 29457, 29463, 29467, 29471, 29475, 29479, 29483, 29491, 29500, 29508, 29513, 29525, 29537, 29543, 29552, 29562, 29573, 29584, 29595, 29602, 29611, 29618, 29623, 29631, 29636, 29643, 29649, 29657, 29664, 29674, 29685, 29692, 29698, 29705, 29715, 29726, 29736, 29745, 29753, 29761, 29773, 29782, 29788, 29795, 29805, 29811, 29815, 29819, 29823, 29827, 29831, 29839, 29848, 29856, 29861, 29873, 29885, 29891, 29900, 29910, 29921, 29932, 29943, 29950, 29959, 29966, 29971, 29979, 29984, 29991, 29997, 30005, 30012, 30022, 30033, 30040, 30046, 30053, 30063, 30074, 30084, 30093, 30101, 30109, 30121, 30130, 30136, 30143, 30153, 30159, 30163, 30167, 30171, 30175, 30179, 30187, 30196, 30204, 30209, 30221, 30233, 30239, 30248, 30258, 30269, 30280, 30291, 30298, 30307, 30314, 30319, 30327, 30332, 30339, 30345, 30353, 30360, 30370, 30381, 30388, 30394, 30401, 30411, 30422, 30432, 30441, 30449, 30457, 30469, 30478, 30484, 30491, 30501, 30507, 30511, 30515, 30519, 30523, 30527, 30535, 30544, 30552, 30557, 30569, 30581, 30587, 30596, 30606, 30617, 30628, 30639, 30646, 30655, 30662, 30667, 30675, 30680, 30687, 30693, 30701, 30708, 30718, 30729, 30736, 30742, 30749, 30759, 30770, 30780, 30789, 30797, 30805, 30817, 30826, 30832, 30839, 30849, 30855, 30859, 30863, 30867, 30871, 30875, 30883, 30892, 30900, 30905, 30917, 30929, 30935, 30944, 30954, 30965, 30976, 30987, 30994, 31003, 31010, 31015, 31023, 31028, 31035, 31041, 31049, 31056, 31066, 31077, 31084, 31090, 31097, 31107, 31118, 31128, 31137, 31145, 31153, 31165, 31174, 31180, 31187, 31197, 31203, 31208, 31213, 31217, 31221, 31225, 31229, 31233, 31241, 31250, 31258, 31263, 31275, 31287, 31293, 31302, 31312, 31323, 31334, 31345, 31352, 31361, 31368, 31373, 31381, 31386, 31393, 31399, 31407, 31414, 31424, 31435, 31442, 31448, 31455, 31465, 31476, 31486, 31495, 31503, 31511, 31523, 31532, 31538, 31545, 31555, 31561, 31565, 31569, 31573, 31577, 31581, 31589, 31598, 31606, 31611, 31623, 31635, 31641, 31650, 31660, 31671, 31682, 31693, 31700, 31709, 31716, 31721, 31729, 31734, 31741, 31747, 31755, 31762, 31772, 31783, 31790, 31796, 31803, 31813, 31824, 31834, 31843, 31851, 31859, 31871, 31880, 31886, 31893, 31903, 31909, 31913, 31917, 31921, 31925, 31929, 31937, 31946, 31954, 31959, 31971, 31983, 31989, 31998, 32008, 32019, 32030, 32041, 32048, 32057, 32064, 32069, 32077, 32082, 32089, 32095, 32103, 32110, 32120, 32131, 32138, 32144, 32151, 32161, 32172, 32182, 32191, 32199, 32207, 32219, 32228, 32234, 32241, 32251, 32257, 32261, 32265, 32269, 32273, 32277, 32285, 32294, 32302, 32307, 32319, 32331, 32337, 32346, 32356, 32367, 32378, 32389, 32396, 32405, 32412, 32417, 32425, 32430, 32437, 32443, 32451, 32458, 32468, 32479, 32486, 32492, 32499, 32509, 32520, 32530, 32539, 32547, 32555, 32567, 32576, 32582, 32589, 32599, 32605, 32609, 32613, 32617, 32621, 32625, 32633, 32642, 32650, 32655, 32667, 32679, 32685, 32694, 32704, 32715, 32726, 32737, 32744, 32753, 32760, 32765, 32773, 32778, 32785, 32791, 32799, 32806, 32816, 32827, 32834, 32840, 32847, 32857, 32868, 32878, 32887, 32895, 32903, 32915, 32924, 32930, 32937, 32947, 32953, 32959, 32965, 32983, 32992, 33001, 33019, 33037, 33046, 33064, 33091, 33121, 33133, 33148, 33160, 33166, 33172, 33181, 33193, 33202, 33214, 33220, 33232, 33244, 33250, 33256, 33268, 33280, 33292, 33301, 33310, 33316, 33328, 33334, 33346, 33352, 33364, 33376, 33388, 33400, 33406, 33412, 33418, 33427, 33439, 33448, 33454, 33466, 33472, 33478, 33487, 33493, 33499, 33508, 33514, 33520, 33538, 33559, 33565, 33571, 33577, 33583, 33589, 33595, 33601, 33607, 33613, 33619, 33625, 33631, 33637, 33643, 33649, 33655, 33661, 33667, 33673, 33679, 33685, 33691, 33697, 33703, 33712, 33718, 33724, 33730, 33739, 33745, 33751, 33757, 33769, 33781, 33787, 33793, 33799, 33814, 33820, 33832, 33844, 33856, 33868, 33874, 33880, 33886, 33892, 33898, 33904, 33910, 33916, 33922, 33928, 33934, 33940, 33946, 33952, 33958, 33964, 33970, 33976, 33982, 33988, 33994, 34000, 34006, 34012, 34024, 34036, 34054, 34066, 34072, 34081, 34087, 34090, 34093, 34105, 34111, 34120, 34129, 34135, 34141, 34147, 34153, 34159, 34171, 34180, 34192, 34198, 34204, 34210, 34216, 34222, 34228, 34234, 34240, 34246, 34252, 34261, 34267, 34273, 34279, 34282],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[783, 812, 898, 899, 940, 2231]), Anchor::All(&[Anchor::Lits(&[869]), Anchor::Lits(&[1051])]), Anchor::All(&[Anchor::Lits(&[863, 864, 865, 866, 867, 868, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022]), Anchor::Lits(&[6, 8, 64, 65, 89, 93, 149, 150, 162, 164, 199, 200, 206, 208, 243, 244, 250, 252, 287, 288, 296, 300, 419, 424, 877, 932, 939, 3294, 3296, 3331, 3332, 3338, 3340, 3375, 3376, 3501, 3503, 3538, 3539, 3545, 3547, 3582, 3583, 3589, 3591, 3626, 3627, 3633, 3635, 3670, 3671, 3677, 3679, 3714, 3715, 3721, 3723, 3758, 3759, 3765, 3767, 3802, 3803, 3809, 3811, 3846, 3847, 3853, 3855, 3890, 3891, 3897, 3899, 3934, 3935, 3941, 3943, 3978, 3979, 3985, 3987, 4022, 4023, 4031, 4033, 4068, 4069, 4075, 4077, 4112, 4113, 4119, 4121, 4156, 4157, 4163, 4165, 4200, 4201, 4207, 4209, 4244, 4245]), Anchor::Lits(&[7, 63, 92, 148, 163, 198, 207, 242, 251, 286, 299, 418, 870, 925, 3295, 3330, 3339, 3374, 3502, 3537, 3546, 3581, 3590, 3625, 3634, 3669, 3678, 3713, 3722, 3757, 3766, 3801, 3810, 3845, 3854, 3889, 3898, 3933, 3942, 3977, 3986, 4021, 4032, 4067, 4076, 4111, 4120, 4155, 4164, 4199, 4208, 4243])]), Anchor::All(&[Anchor::Lits(&[1094, 2087, 2236, 2969, 2980, 2983, 2984]), Anchor::Lits(&[765]), Anchor::Lits(&[836])]), Anchor::All(&[Anchor::Lits(&[815]), Anchor::Lits(&[3287])]), Anchor::All(&[Anchor::Lits(&[805]), Anchor::Lits(&[837])]), Anchor::All(&[Anchor::Lits(&[5, 88, 161, 205, 249, 295, 1412, 1806, 1906, 2173, 2199, 2920, 2968, 2982, 3293, 3337, 3500, 3544, 3588, 3632, 3676, 3720, 3764, 3808, 3852, 3896, 3940, 3984, 4030, 4074, 4118, 4162, 4206]), Anchor::Lits(&[766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 807, 808, 809, 810, 811, 813, 814, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834]), Anchor::Lits(&[1382, 1383, 1384, 1385, 1386, 1387, 1412, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1798, 1799, 1800, 1801, 1802, 1803, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2972, 2973, 2974, 2975, 2976, 2977, 2982, 2985, 2986, 2987, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022])])])),
            (47, "code-fence-role", Anchor::Lits(&[1075])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[333, 341, 342, 349, 391, 402, 407, 408, 427, 428]), Anchor::Lits(&[1591, 1834, 1857, 1991, 2165, 2580])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[464, 469, 472, 477, 480, 481, 482, 485, 486, 487, 488]), Anchor::Any(&[Anchor::Lits(&[1381, 1797, 2971]), Anchor::All(&[Anchor::Lits(&[1381, 1797, 2233, 2971]), Anchor::Lits(&[4, 31, 38, 43, 45, 51, 68, 294, 350, 362, 367, 378, 390, 432, 1391, 1805, 2234, 2981])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2971]), Anchor::Lits(&[4, 294, 592, 593, 1052, 2978, 2979, 2981]), Anchor::Lits(&[1096, 1254, 1293, 1330, 1368, 1733, 1786, 1804, 1826, 1829, 1833, 1835, 1848, 1977, 1978, 1990, 2013, 2030, 2041, 2164, 2235, 2244, 2245, 2376, 2452, 2457, 2458, 2480, 2537, 2579, 2634, 2659, 2664, 2832, 2836, 2852, 3122, 3261])]), Anchor::All(&[Anchor::Lits(&[1083, 1372, 1655, 1847, 2052, 2053, 2054, 2055, 2113, 2114, 2166, 2479, 2538, 2539, 2958, 3119, 3253]), Anchor::Lits(&[743, 744, 745, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763]), Anchor::Lits(&[1146, 1151, 1164, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1201, 1382, 1387, 1388, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1414])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[348, 361, 389, 420, 421, 422, 423, 1899, 2579]), Anchor::All(&[Anchor::Lits(&[311, 347, 349, 360, 377, 388, 409]), Anchor::Lits(&[1520, 1521, 2913])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1094, 2459, 2461, 2463, 2579, 2848, 2949]), Anchor::All(&[Anchor::Lits(&[303, 305, 314, 316, 320, 331, 360, 368, 377, 383, 431]), Anchor::Lits(&[1095, 1098, 1803, 2849, 2867, 2977])])]), Anchor::Lits(&[4, 294, 304, 306, 315, 317, 321, 332, 362, 369, 384, 432, 1097, 2460, 2462, 2464, 2581, 2850, 2950])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[1088, 1732, 1828, 1898, 2233, 2399, 2508, 2579, 2828, 3124]), Anchor::Lits(&[1094, 1758, 1797, 1896, 2029, 2087, 2244, 2276, 2579, 2848, 2865, 2866, 2949, 2952, 2971, 3122])])),
            (56, "instruction-banner", Anchor::Lits(&[1732, 1828, 2233, 2575])),
            (98, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[336, 606, 609, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 624, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 1054, 1055, 1057, 1058, 1060, 1061, 1062, 1064, 1068, 1069, 1070, 1073, 1367]), Anchor::All(&[Anchor::Lits(&[1366, 1750, 1928, 2045, 2228, 2819, 2856, 2857, 3082]), Anchor::Lits(&[1053, 1056, 1059, 1065, 1067, 1071, 1074])])])),
            (99, "safety-config-off", Anchor::Lits(&[323, 338, 381, 386, 412, 1366, 1499, 1735, 1928, 1976, 2045, 2229, 2814, 2817, 2819, 2855, 2856, 2857, 2858, 2859, 3082])),
            (106, "no-more-rules", Anchor::Lits(&[2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2480, 2481])),
            (122, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[95, 302, 401, 455, 456, 471, 508, 509, 517, 594, 595, 596, 658, 665, 738, 746, 764, 806, 835, 838, 839, 842, 897, 1076, 1101, 1381, 1549, 1721, 1738, 1746, 2021, 2034, 2274, 2344, 2585, 3286, 3288, 3289, 3378, 4025, 4026]), Anchor::Lits(&[1084, 1089, 1292, 1363, 1368, 1443, 1587, 1590, 1593, 1594, 1656, 1728, 1729, 1745, 1754, 1756, 1757, 1788, 1795, 1829, 1833, 1835, 1841, 1848, 1854, 1856, 1862, 1863, 1891, 1894, 1935, 1966, 1971, 1972, 1974, 1990, 1992, 2027, 2041, 2164, 2219, 2224, 2230, 2243, 2269, 2272, 2277, 2342, 2377, 2383, 2389, 2445, 2451, 2457, 2543, 2578, 2579, 2624, 2660, 2664, 2749, 2750, 2811, 2812, 2813, 2818, 2820, 2825, 2827, 2832, 2835, 2836, 2847, 2853, 2860, 2873, 2877, 2879, 2906, 2907, 2911, 2940, 2943, 3030, 3033, 3071, 3121, 3124, 3125, 3127, 3133, 3142, 3195, 3196, 3248])]), Anchor::All(&[Anchor::Lits(&[1732, 1828, 2233, 2386, 2394, 2508, 2574, 2823, 2828]), Anchor::Lits(&[1101, 1508, 1509, 1549, 2400, 2815, 2841, 2971]), Anchor::Lits(&[1980, 3040])])])),
            (123, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[1732, 1828, 2233, 2394, 2508, 2541, 2575, 2579, 2669, 3028]), Anchor::Lits(&[1101, 1145, 1381, 1549, 1738, 1746, 2034, 2344, 2400, 2971]), Anchor::Lits(&[463, 510, 597, 666, 702, 765, 862, 3285])])),
            (128, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[454]), Anchor::Lits(&[1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050])])),
            (129, "send-to-a-beacon", Anchor::Lits(&[2111, 2112])),
            (130, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[1518, 1737, 1745, 1862, 1863, 1894, 1970, 1971, 1992, 2277, 2660, 2751, 2752, 2873, 3071, 3121, 3125, 3248]), Anchor::Lits(&[1447, 1589, 1592, 1730, 1858, 1860, 1861, 1964, 1968, 2046, 2239, 2379, 2465, 2536, 2656, 2753, 2829, 2942, 3140]), Anchor::Lits(&[840, 1517, 2014, 2019, 2111, 2112, 2854, 3041, 3042, 3043, 3044, 3045, 3046, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070])])),
            (134, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1832, 1979, 2050, 2542, 3132]), Anchor::All(&[Anchor::Lits(&[1731]), Anchor::Lits(&[478, 3193])])]), Anchor::Lits(&[2947])])),
            (136, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[841, 842, 844, 845, 850, 853, 1112, 1152, 1155, 1158, 1159, 1167, 1170, 1173, 1174, 1202, 1203, 1204, 1205, 1374, 1438, 1508, 1716, 1717, 1718, 1719, 1721, 1736, 1738, 1746, 1790, 1791, 1792, 1793, 2047, 2227, 2347, 2348, 2349, 2350, 2351, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2367, 2390, 2391, 2392, 2393, 2400, 2569, 2570, 2571, 2572, 2617, 2667, 2816, 2837, 2838, 2839, 2840, 2842, 2843, 2844, 2845, 2870, 2953, 2954, 2955, 2956, 3034, 3035, 3036, 3037, 3077, 3078, 3079, 3080, 4252, 4253, 4271, 4292, 4328]), Anchor::All(&[Anchor::Lits(&[2088, 2233, 2386, 2394, 2508, 2584, 2672, 2823, 3038]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3297, 3298, 3300, 3301, 3303, 3314, 3315, 3341, 3342, 3344, 3345, 3347, 3358, 3359, 3504, 3505, 3507, 3508, 3510, 3521, 3522, 3548, 3549, 3551, 3552, 3554, 3565, 3566, 3592, 3593, 3595, 3596, 3598, 3609, 3610, 3636, 3637, 3639, 3640, 3642, 3653, 3654, 3680, 3681, 3683, 3684, 3686, 3697, 3698, 3724, 3725, 3727, 3728, 3730, 3741, 3742, 3768, 3769, 3771, 3772, 3774, 3785, 3786, 3812, 3813, 3815, 3816, 3818, 3829, 3830, 3856, 3857, 3859, 3860, 3862, 3873, 3874, 3900, 3901, 3903, 3904, 3906, 3917, 3918, 3944, 3945, 3947, 3948, 3950, 3961, 3962, 3988, 3989, 3991, 3992, 3994, 4005, 4006, 4034, 4035, 4037, 4038, 4040, 4051, 4052, 4078, 4079, 4081, 4082, 4084, 4095, 4096, 4122, 4123, 4125, 4126, 4128, 4139, 4140, 4166, 4167, 4169, 4170, 4172, 4183, 4184, 4210, 4211, 4213, 4214, 4216, 4227, 4228]), Anchor::Lits(&[1981, 1982, 1983, 1984, 1985, 1986, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 3041, 3042, 3043, 3044, 3045, 3046, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 57, 94, 95, 97, 100, 103, 115, 118, 141, 165, 166, 168, 169, 171, 182, 183, 194, 209, 210, 212, 213, 215, 226, 227, 238, 253, 254, 256, 257, 259, 270, 271, 282, 301, 302, 308, 312, 324, 356, 363, 405, 3297, 3298, 3300, 3301, 3303, 3314, 3315, 3326, 3341, 3342, 3344, 3345, 3347, 3358, 3359, 3370, 3504, 3505, 3507, 3508, 3510, 3521, 3522, 3533, 3548, 3549, 3551, 3552, 3554, 3565, 3566, 3577, 3592, 3593, 3595, 3596, 3598, 3609, 3610, 3621, 3636, 3637, 3639, 3640, 3642, 3653, 3654, 3665, 3680, 3681, 3683, 3684, 3686, 3697, 3698, 3709, 3724, 3725, 3727, 3728, 3730, 3741, 3742, 3753, 3768, 3769, 3771, 3772, 3774, 3785, 3786, 3797, 3812, 3813, 3815, 3816, 3818, 3829, 3830, 3841, 3856, 3857, 3859, 3860, 3862, 3873, 3874, 3885, 3900, 3901, 3903, 3904, 3906, 3917, 3918, 3929, 3944, 3945, 3947, 3948, 3950, 3961, 3962, 3973, 3988, 3989, 3991, 3992, 3994, 4005, 4006, 4017, 4034, 4035, 4037, 4038, 4040, 4051, 4052, 4063, 4078, 4079, 4081, 4082, 4084, 4095, 4096, 4107, 4122, 4123, 4125, 4126, 4128, 4139, 4140, 4151, 4166, 4167, 4169, 4170, 4172, 4183, 4184, 4195, 4210, 4211, 4213, 4214, 4216, 4227, 4228, 4239]), Anchor::Lits(&[1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 3254, 3255, 3256, 3257, 3258, 3259, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3297, 3298, 3300, 3301, 3303, 3314, 3315, 3341, 3342, 3344, 3345, 3347, 3358, 3359, 3504, 3505, 3507, 3508, 3510, 3521, 3522, 3548, 3549, 3551, 3552, 3554, 3565, 3566, 3592, 3593, 3595, 3596, 3598, 3609, 3610, 3636, 3637, 3639, 3640, 3642, 3653, 3654, 3680, 3681, 3683, 3684, 3686, 3697, 3698, 3724, 3725, 3727, 3728, 3730, 3741, 3742, 3768, 3769, 3771, 3772, 3774, 3785, 3786, 3812, 3813, 3815, 3816, 3818, 3829, 3830, 3856, 3857, 3859, 3860, 3862, 3873, 3874, 3900, 3901, 3903, 3904, 3906, 3917, 3918, 3944, 3945, 3947, 3948, 3950, 3961, 3962, 3988, 3989, 3991, 3992, 3994, 4005, 4006, 4034, 4035, 4037, 4038, 4040, 4051, 4052, 4078, 4079, 4081, 4082, 4084, 4095, 4096, 4122, 4123, 4125, 4126, 4128, 4139, 4140, 4166, 4167, 4169, 4170, 4172, 4183, 4184, 4210, 4211, 4213, 4214, 4216, 4227, 4228]), Anchor::Lits(&[1981, 1982, 1983, 1984, 1985, 1986, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 3041, 3042, 3043, 3044, 3045, 3046, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070]), Anchor::Lits(&[511, 512, 513, 514, 515, 516, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 863, 864, 865, 866, 867, 868, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022])]), Anchor::All(&[Anchor::Lits(&[2226, 2666, 2813, 2846, 2869, 2951, 3081]), Anchor::Lits(&[2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3297, 3298, 3300, 3301, 3303, 3314, 3315, 3341, 3342, 3344, 3345, 3347, 3358, 3359, 3504, 3505, 3507, 3508, 3510, 3521, 3522, 3548, 3549, 3551, 3552, 3554, 3565, 3566, 3592, 3593, 3595, 3596, 3598, 3609, 3610, 3636, 3637, 3639, 3640, 3642, 3653, 3654, 3680, 3681, 3683, 3684, 3686, 3697, 3698, 3724, 3725, 3727, 3728, 3730, 3741, 3742, 3768, 3769, 3771, 3772, 3774, 3785, 3786, 3812, 3813, 3815, 3816, 3818, 3829, 3830, 3856, 3857, 3859, 3860, 3862, 3873, 3874, 3900, 3901, 3903, 3904, 3906, 3917, 3918, 3944, 3945, 3947, 3948, 3950, 3961, 3962, 3988, 3989, 3991, 3992, 3994, 4005, 4006, 4034, 4035, 4037, 4038, 4040, 4051, 4052, 4078, 4079, 4081, 4082, 4084, 4095, 4096, 4122, 4123, 4125, 4126, 4128, 4139, 4140, 4166, 4167, 4169, 4170, 4172, 4183, 4184, 4210, 4211, 4213, 4214, 4216, 4227, 4228])]), Anchor::All(&[Anchor::Lits(&[28, 32, 40, 41, 42, 60, 109, 112, 119, 120, 121, 147, 176, 179, 184, 185, 186, 197, 220, 223, 228, 229, 230, 241, 264, 267, 272, 273, 274, 285, 343, 351, 364, 365, 366, 415, 3308, 3311, 3316, 3317, 3318, 3329, 3352, 3355, 3360, 3361, 3362, 3373, 3515, 3518, 3523, 3524, 3525, 3536, 3559, 3562, 3567, 3568, 3569, 3580, 3603, 3606, 3611, 3612, 3613, 3624, 3647, 3650, 3655, 3656, 3657, 3668, 3691, 3694, 3699, 3700, 3701, 3712, 3735, 3738, 3743, 3744, 3745, 3756, 3779, 3782, 3787, 3788, 3789, 3800, 3823, 3826, 3831, 3832, 3833, 3844, 3867, 3870, 3875, 3876, 3877, 3888, 3911, 3914, 3919, 3920, 3921, 3932, 3955, 3958, 3963, 3964, 3965, 3976, 3999, 4002, 4007, 4008, 4009, 4020, 4045, 4048, 4053, 4054, 4055, 4066, 4089, 4092, 4097, 4098, 4099, 4110, 4133, 4136, 4141, 4142, 4143, 4154, 4177, 4180, 4185, 4186, 4187, 4198, 4221, 4224, 4229, 4230, 4231, 4242]), Anchor::Lits(&[1102, 1103, 1104, 1105, 1106, 1107, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1382, 1383, 1384, 1385, 1386, 1387, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1550, 1551, 1552, 1553, 1554, 1555, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 2401, 2402, 2403, 2404, 2405, 2406, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444])]), Anchor::All(&[Anchor::Lits(&[464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 479, 483, 484, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 598, 599, 600, 601, 602, 603, 604, 605, 607, 608, 610, 611, 612, 623, 625, 626, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737]), Anchor::Lits(&[1101, 1145, 1381, 1549, 1721, 1738, 1746, 2034, 2344, 2400]), Anchor::Lits(&[0, 1, 4, 85, 86, 87, 158, 159, 160, 202, 203, 204, 246, 247, 248, 290, 291, 294, 1108, 1109, 1110, 1117, 1118, 1119, 1165, 1166, 1179, 1213, 1214, 1215, 1389, 1390, 1391, 1415, 1416, 1417, 1556, 1557, 1558, 1560, 1561, 1562, 1722, 1723, 1724, 1725, 1726, 1727, 1739, 1740, 1741, 1742, 1743, 1744, 1747, 1748, 1749, 1751, 1752, 1753, 2035, 2036, 2037, 2038, 2039, 2040, 2345, 2346, 2352, 2363, 2364, 2365, 2407, 2408, 2409, 2423, 2424, 2425, 3290, 3291, 3292, 3334, 3335, 3336, 3497, 3498, 3499, 3541, 3542, 3543, 3585, 3586, 3587, 3629, 3630, 3631, 3673, 3674, 3675, 3717, 3718, 3719, 3761, 3762, 3763, 3805, 3806, 3807, 3849, 3850, 3851, 3893, 3894, 3895, 3937, 3938, 3939, 3981, 3982, 3983, 4027, 4028, 4029, 4071, 4072, 4073, 4115, 4116, 4117, 4159, 4160, 4161, 4203, 4204, 4205])]), Anchor::All(&[Anchor::Lits(&[1331, 1547, 2089, 2453, 2534]), Anchor::Lits(&[1145, 2246]), Anchor::Lits(&[1294, 2018])]), Anchor::All(&[Anchor::Lits(&[2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533]), Anchor::Lits(&[1101, 1145, 1381, 2115, 2410])]), Anchor::All(&[Anchor::Lits(&[2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507]), Anchor::Lits(&[2586, 2587, 2588, 2589, 2590, 2591, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2625, 2626, 2627, 2628, 2629, 2630, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653])]), Anchor::All(&[Anchor::Lits(&[1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1596, 1597, 1598, 1599, 1600, 1601, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1625, 1626, 1627, 1628, 1629, 1630, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1657, 1658, 1659, 1660, 1661, 1662, 1666, 1667, 1668, 1669, 1670, 1671, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 2284, 2285, 2286, 2287, 2288, 2289, 2293, 2294, 2295, 2296, 2297, 2298, 2302, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2754, 2755, 2756, 2757, 2758, 2759, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809]), Anchor::Lits(&[10, 30, 35, 95, 111, 113, 166, 178, 180, 210, 222, 224, 254, 266, 268, 302, 346, 354, 3298, 3310, 3312, 3342, 3354, 3356, 3505, 3517, 3519, 3549, 3561, 3563, 3593, 3605, 3607, 3637, 3649, 3651, 3681, 3693, 3695, 3725, 3737, 3739, 3769, 3781, 3783, 3813, 3825, 3827, 3857, 3869, 3871, 3901, 3913, 3915, 3945, 3957, 3959, 3989, 4001, 4003, 4035, 4047, 4049, 4079, 4091, 4093, 4123, 4135, 4137, 4167, 4179, 4181, 4211, 4223, 4225])])]), Anchor::Lits(&[1085, 1089, 1292, 1360, 1363, 1368, 1445, 1548, 1590, 1595, 1656, 1729, 1734, 1745, 1754, 1757, 1759, 1760, 1788, 1794, 1829, 1833, 1836, 1837, 1838, 1839, 1840, 1842, 1843, 1844, 1845, 1846, 1849, 1850, 1851, 1852, 1853, 1854, 1856, 1862, 1890, 1891, 1893, 1927, 1929, 1930, 1932, 1935, 1936, 1965, 1966, 1970, 1971, 1990, 1992, 2016, 2017, 2024, 2027, 2041, 2164, 2224, 2230, 2232, 2241, 2243, 2277, 2342, 2368, 2371, 2373, 2383, 2389, 2476, 2477, 2478, 2578, 2579, 2620, 2660, 2664, 2750, 2820, 2824, 2827, 2830, 2836, 2847, 2853, 2862, 2873, 2877, 2879, 2906, 2911, 2946, 2957, 2960, 3025, 3030, 3124, 3125, 3130, 3195, 3248, 3283, 4258, 4264, 4270, 4286, 4288, 4297, 4304, 4311, 4319, 4322, 4361, 4365])])),
            (137, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1081, 1082, 1099, 1358, 1517, 1583, 1859, 1975, 2012, 2014, 2015, 2019, 2020, 2026, 2028, 2033, 2044, 2111, 2112, 2138, 2275, 2343, 2374, 2375, 2540, 2573, 2577, 2622, 2670, 2854, 2864, 3024, 3072, 3088, 3089, 3134, 3135, 3137, 3138, 3141, 3250, 3251, 3284]), Anchor::All(&[Anchor::Lits(&[26, 29, 46, 48, 49, 50, 52, 106, 110, 129, 131, 132, 133, 134, 174, 177, 188, 190, 191, 192, 193, 218, 221, 232, 234, 235, 236, 237, 262, 265, 276, 278, 279, 280, 281, 337, 345, 379, 382, 385, 387, 392, 3306, 3309, 3320, 3322, 3323, 3324, 3325, 3350, 3353, 3364, 3366, 3367, 3368, 3369, 3513, 3516, 3527, 3529, 3530, 3531, 3532, 3557, 3560, 3571, 3573, 3574, 3575, 3576, 3601, 3604, 3615, 3617, 3618, 3619, 3620, 3645, 3648, 3659, 3661, 3662, 3663, 3664, 3689, 3692, 3703, 3705, 3706, 3707, 3708, 3733, 3736, 3747, 3749, 3750, 3751, 3752, 3777, 3780, 3791, 3793, 3794, 3795, 3796, 3821, 3824, 3835, 3837, 3838, 3839, 3840, 3865, 3868, 3879, 3881, 3882, 3883, 3884, 3909, 3912, 3923, 3925, 3926, 3927, 3928, 3953, 3956, 3967, 3969, 3970, 3971, 3972, 3997, 4000, 4011, 4013, 4014, 4015, 4016, 4043, 4046, 4057, 4059, 4060, 4061, 4062, 4087, 4090, 4101, 4103, 4104, 4105, 4106, 4131, 4134, 4145, 4147, 4148, 4149, 4150, 4175, 4178, 4189, 4191, 4192, 4193, 4194, 4219, 4222, 4233, 4235, 4236, 4237, 4238]), Anchor::Lits(&[1093, 1588, 1855, 1894, 1926, 2110, 2223, 2372, 2875, 2910, 2912, 3126, 3139])])]), Anchor::Lits(&[1519, 1624, 1745, 1789, 1929, 1930, 1931, 1933, 1934, 1970, 1971, 1992, 2032, 2241, 2242, 2270, 2273, 2277, 2280, 2373, 2381, 2382, 2398, 2655, 2660, 2671, 2751, 2752, 2826, 2861, 2873, 2905, 2944, 2946, 2948, 2961, 3073, 3074, 3075, 3120, 3121, 3125, 3249, 3260, 3389, 3390, 3409, 3410, 3411])])),
            (140, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1077, 1078, 1079, 1152, 1153, 1154, 1156, 1157, 1160, 1161, 1162, 1163, 1167, 1168, 1169, 1171, 1172, 1175, 1176, 1177, 1178, 1261, 1262, 1263, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1602, 1603, 1604, 1631, 1632, 1633, 1663, 1664, 1665, 1672, 1673, 1674, 1713, 1714, 1715, 1987, 1988, 1989, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2237, 2238, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2271, 2290, 2291, 2292, 2299, 2300, 2301, 2592, 2593, 2594, 2595, 2596, 2597, 2631, 2632, 2633, 2661, 2662, 2663, 2760, 2761, 2762, 2788, 2789, 2790, 3023, 3029, 3047, 3048, 3049, 3076, 3090, 3252, 3379, 3380, 3381, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3456, 3458, 3459, 3471, 3472, 4268, 4269]), Anchor::All(&[Anchor::Lits(&[1101, 1373, 1380, 1444, 1511, 3083, 3382, 3386, 3387, 3388, 4252, 4253, 4292]), Anchor::Lits(&[10, 30, 35, 78, 79, 80, 302, 346, 354, 447, 448, 449, 517, 543, 544, 572, 573, 574, 658, 659, 660, 661, 662, 663])]), Anchor::All(&[Anchor::Lits(&[15, 16, 18, 19, 20, 21, 22, 23, 33, 34, 53, 54, 55, 56, 61, 62, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 318, 319, 325, 326, 327, 328, 329, 330, 352, 353, 393, 394, 397, 398, 416, 417, 425, 426, 437, 438, 439, 440, 441, 442, 445, 446]), Anchor::Lits(&[1146, 1151, 2116, 2117, 2247, 2248])])]), Anchor::Lits(&[2, 3, 81, 82, 83, 84, 292, 293, 450, 451, 452, 453, 742, 4406])])),
            (141, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[1087, 1788, 1856, 2041, 2111, 2112, 2619, 3085, 3448, 3451, 3452, 3453, 3463, 3468, 3478, 3479, 3482, 3486, 3490, 4259, 4261, 4262, 4264, 4265, 4286, 4287, 4288, 4297, 4307, 4308, 4311, 4312, 4316, 4322, 4333, 4335, 4337, 4365, 4385, 4386, 4388, 4389, 4392, 4399]), Anchor::Lits(&[742, 4406]), Anchor::Lits(&[1145, 2034, 2344])])),
            (142, "data-in-a-link", Anchor::Any(&[Anchor::Lits(&[2111, 2112]), Anchor::All(&[Anchor::Lits(&[1092, 1364, 1446, 1895, 2220, 2221, 2222, 2225]), Anchor::Lits(&[1361, 1362, 1755, 1894, 2619, 2851, 2865, 3050])]), Anchor::All(&[Anchor::Lits(&[1362, 1894, 2048, 2618, 2619, 2865, 3050]), Anchor::Lits(&[1827, 2110, 2535, 2654, 2831])])])),
            (144, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1255, 1256, 1257, 1258, 1259, 1260, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1332, 1333, 1334, 1335, 1336, 1337, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1937, 1938, 1939, 1940, 1941, 1942, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3188, 3189, 3190, 3191, 3192]), Anchor::Lits(&[1101, 1145, 1381, 1509, 1549, 1738, 2034, 2051, 2344, 2400])]), Anchor::All(&[Anchor::Lits(&[1101, 1381, 1549, 1738, 2051, 2400, 2971, 3051]), Anchor::Lits(&[1146, 1147, 1148, 1149, 1150, 1151, 1207, 1208, 1209, 1210, 1211, 1212, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253])])]), Anchor::Lits(&[1090, 1091, 1292, 1368, 1379, 1590, 1593, 1720, 1729, 1745, 1754, 1788, 1829, 1833, 1856, 1862, 1863, 1891, 1894, 1935, 1966, 1971, 1990, 1992, 2027, 2041, 2164, 2230, 2272, 2277, 2378, 2383, 2389, 2579, 2660, 2664, 2750, 2812, 2824, 2836, 2847, 2853, 2860, 2873, 2879, 2911, 2940, 3071, 3121, 3124, 3125, 3195])])),
            (148, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[1510, 1512, 2089, 2387, 2388, 2395, 2453, 2482, 2508, 2534, 2822]), Anchor::Lits(&[4, 6, 87, 89, 160, 162, 204, 206, 248, 250, 294, 296, 1110, 1111, 1113, 1114, 1115, 1116, 1119, 1120, 1179, 1200, 1375, 1376, 1377, 1378, 1391, 1413, 1417, 1418, 1439, 1440, 1441, 1442, 1558, 1559, 1562, 1563, 2136, 2137, 2267, 2268, 2352, 2353, 2365, 2366, 2412, 2413, 2414, 2415, 2416, 2417, 2419, 2420, 2421, 2422, 2447, 2448, 2449, 2450, 3292, 3294, 3336, 3338, 3499, 3501, 3543, 3545, 3587, 3589, 3631, 3633, 3675, 3677, 3719, 3721, 3763, 3765, 3807, 3809, 3851, 3853, 3895, 3897, 3939, 3941, 3983, 3985, 4029, 4031, 4073, 4075, 4117, 4119, 4161, 4163, 4205, 4207]), Anchor::Lits(&[1101, 1145, 1374, 1381, 1438, 1549, 2115, 2246, 2344, 2411, 2418, 2446])])),
            (150, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[843, 846, 847, 848, 849, 851, 852, 854, 855, 856, 857, 858, 859, 860, 861, 1080, 1100, 1141, 1142, 1143, 1144, 1206, 1359, 1370, 1371, 1498, 1513, 1514, 1515, 1516]), Anchor::Lits(&[1654, 1745, 1789, 1971, 1992, 2373, 2660, 2873, 2879, 3125])])),
            (151, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::Lits(&[739, 1304, 1653, 1975, 2025, 2031, 2049, 2385, 2583, 2621, 2622, 2874, 3031, 3032, 3039, 3072, 3141]), Anchor::All(&[Anchor::Lits(&[1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247]), Anchor::Lits(&[14, 25, 27, 36, 47, 58, 69, 101, 105, 108, 114, 130, 145, 152, 170, 173, 175, 181, 189, 195, 201, 214, 217, 219, 225, 233, 239, 245, 258, 261, 263, 269, 277, 283, 289, 313, 335, 340, 355, 380, 413, 433, 3302, 3305, 3307, 3313, 3321, 3327, 3333, 3346, 3349, 3351, 3357, 3365, 3371, 3377, 3509, 3512, 3514, 3520, 3528, 3534, 3540, 3553, 3556, 3558, 3564, 3572, 3578, 3584, 3597, 3600, 3602, 3608, 3616, 3622, 3628, 3641, 3644, 3646, 3652, 3660, 3666, 3672, 3685, 3688, 3690, 3696, 3704, 3710, 3716, 3729, 3732, 3734, 3740, 3748, 3754, 3760, 3773, 3776, 3778, 3784, 3792, 3798, 3804, 3817, 3820, 3822, 3828, 3836, 3842, 3848, 3861, 3864, 3866, 3872, 3880, 3886, 3892, 3905, 3908, 3910, 3916, 3924, 3930, 3936, 3949, 3952, 3954, 3960, 3968, 3974, 3980, 3993, 3996, 3998, 4004, 4012, 4018, 4024, 4039, 4042, 4044, 4050, 4058, 4064, 4070, 4083, 4086, 4088, 4094, 4102, 4108, 4114, 4127, 4130, 4132, 4138, 4146, 4152, 4158, 4171, 4174, 4176, 4182, 4190, 4196, 4202, 4215, 4218, 4220, 4226, 4234, 4240, 4246])]), Anchor::All(&[Anchor::Lits(&[11, 44, 52, 59, 96, 125, 134, 146, 167, 187, 193, 196, 211, 231, 237, 240, 255, 275, 281, 284, 307, 373, 392, 414, 3299, 3319, 3325, 3328, 3343, 3363, 3369, 3372, 3506, 3526, 3532, 3535, 3550, 3570, 3576, 3579, 3594, 3614, 3620, 3623, 3638, 3658, 3664, 3667, 3682, 3702, 3708, 3711, 3726, 3746, 3752, 3755, 3770, 3790, 3796, 3799, 3814, 3834, 3840, 3843, 3858, 3878, 3884, 3887, 3902, 3922, 3928, 3931, 3946, 3966, 3972, 3975, 3990, 4010, 4016, 4019, 4036, 4056, 4062, 4065, 4080, 4100, 4106, 4109, 4124, 4144, 4150, 4153, 4168, 4188, 4194, 4197, 4212, 4232, 4238, 4241]), Anchor::Lits(&[24, 36, 69, 104, 114, 152, 172, 181, 201, 216, 225, 245, 260, 269, 289, 334, 355, 433, 3304, 3313, 3333, 3348, 3357, 3377, 3511, 3520, 3540, 3555, 3564, 3584, 3599, 3608, 3628, 3643, 3652, 3672, 3687, 3696, 3716, 3731, 3740, 3760, 3775, 3784, 3804, 3819, 3828, 3848, 3863, 3872, 3892, 3907, 3916, 3936, 3951, 3960, 3980, 3995, 4004, 4024, 4041, 4050, 4070, 4085, 4094, 4114, 4129, 4138, 4158, 4173, 4182, 4202, 4217, 4226, 4246])])])),
            (166, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[1086, 2576, 2582, 2698, 2868, 2970, 3128]), Anchor::All(&[Anchor::Lits(&[2380]), Anchor::Lits(&[2043])])])),
            (167, "control-weakened", Anchor::Any(&[Anchor::Lits(&[1086, 1271, 1504, 1830, 2384, 2397, 2456]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1590, 1759, 1788, 1796, 1829, 1856, 1967, 2269, 2340, 2370, 2623, 2821, 2824, 2945, 2959, 2960, 3091, 3092, 3118, 3123, 3136]), Anchor::All(&[Anchor::Lits(&[3086, 3087]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[2908, 2909]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[3026, 3027]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[139, 140, 403, 404]), Anchor::Lits(&[2022, 2023]), Anchor::Lits(&[123, 371])])]), Anchor::Any(&[Anchor::Lits(&[740, 1140, 1266, 1267, 1269, 1270, 1272, 1503, 1973, 2090, 2384, 2396, 2456, 2619, 2658, 2659, 2668, 2866, 2876]), Anchor::All(&[Anchor::Lits(&[1500, 1501, 1502]), Anchor::Lits(&[357, 429, 1066, 1072, 2226])]), Anchor::All(&[Anchor::Lits(&[2278, 2279]), Anchor::Lits(&[344, 1063])])])]), Anchor::All(&[Anchor::Lits(&[1084]), Anchor::Lits(&[2657])])])),
            (168, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::Lits(&[2698]), Anchor::All(&[Anchor::Lits(&[90, 91, 98, 99, 126, 127, 135, 136, 137, 138, 143, 144, 154, 155, 297, 298, 309, 310, 374, 375, 395, 396, 399, 400, 410, 411, 435, 436]), Anchor::Any(&[Anchor::Lits(&[1338, 1897, 1943, 1944, 2240, 2698]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1972, 2281, 2377, 2879]), Anchor::All(&[Anchor::Lits(&[2545, 2549]), Anchor::Lits(&[151, 430])])])]), Anchor::All(&[Anchor::Lits(&[2282, 2283]), Anchor::Any(&[Anchor::Lits(&[1338, 1897, 1943, 1944, 2240, 2698]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1084, 2810, 2813, 2869, 3131]), Anchor::All(&[Anchor::Lits(&[2871, 2872]), Anchor::Lits(&[107, 339])])])])])),
            (169, "tool-output-approves-itself", Anchor::Any(&[Anchor::Lits(&[1265, 1268, 1270, 1272, 1365, 1505, 1584, 1585, 1586, 1735, 1831, 1892, 2042, 2341, 2369, 2634, 2665, 2833, 3122, 3194, 3197]), Anchor::All(&[Anchor::Lits(&[116, 117, 358, 359]), Anchor::Lits(&[122, 370]), Anchor::Lits(&[3262, 3263])])])),
            (173, "file-posted-to-an-outside-url", Anchor::Lits(&[2014, 2015, 2111, 2112])),
            (181, "override-instructions-cjk", Anchor::Lits(&[4256, 4263, 4266, 4281, 4282, 4285, 4296, 4299, 4313, 4314, 4315, 4316, 4317, 4318, 4326, 4327, 4329, 4333, 4344, 4345, 4346, 4361, 4363, 4366, 4367, 4371, 4386, 4397, 4398])),
            (184, "override-instructions-other-scripts", Anchor::Lits(&[3383, 3384, 3385, 3449, 3450, 3454, 3457, 3461, 3464, 3467, 3470, 3475, 3476, 3483, 3487, 3488, 3489, 3492, 3494, 3496])),
            (186, "unrestricted-persona-other-scripts", Anchor::Lits(&[3460, 3465, 3477, 3485, 3495, 4247, 4248, 4306, 4310, 4330, 4331, 4347, 4349, 4351, 4352, 4364, 4370, 4394, 4395])),
            (188, "reveal-system-prompt-other-scripts", Anchor::Lits(&[3455, 3462, 3466, 3469, 3473, 3474, 3480, 3481, 3484, 3491, 3493, 4256, 4257, 4285, 4341, 4373, 4377, 4384, 4387, 4393, 4403])),
            (190, "disable-safety-other-scripts", Anchor::Lits(&[4255, 4277, 4279, 4302, 4303, 4336, 4340, 4348, 4350, 4361, 4362, 4368, 4376, 4378, 4379, 4390, 4396])),
            (192, "stop-following-instructions-cjk", Anchor::Lits(&[4249, 4250, 4251, 4320, 4321, 4323, 4351, 4352, 4354, 4357, 4359, 4382, 4402])),
            (196, "conceal-from-the-user-cjk", Anchor::Lits(&[4260, 4275, 4334])),
            (203, "reveal-system-prompt-zh", Anchor::Lits(&[4272, 4273, 4274, 4278, 4280, 4283, 4284, 4293, 4343, 4344, 4345, 4346, 4372, 4374])),
            (205, "admin-role-handed-out-other-scripts", Anchor::Lits(&[1087, 2576, 2868, 3128, 4267, 4270, 4290, 4291, 4388, 4404])),
            (207, "control-weakened-other-scripts", Anchor::Any(&[Anchor::Lits(&[4254, 4276, 4277, 4279, 4286, 4287, 4289, 4294, 4295, 4298, 4301, 4324, 4325, 4332, 4340, 4342, 4353, 4368]), Anchor::All(&[Anchor::Lits(&[4378, 4379, 4391, 4392, 4401, 4405]), Anchor::Lits(&[741, 2396, 4375, 4380, 4381, 4383, 4400])])])),
            (209, "destructive-without-confirmation-cjk", Anchor::Lits(&[4300, 4305, 4309, 4338, 4339, 4355, 4356, 4358, 4360, 4369])),
            (210, "results-sent-to-an-address-cjk", Anchor::Lits(&[2014, 2044, 2111, 2112, 2854])),
            (214, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Lits(&[1264, 1745, 1757, 1889, 1969, 1992, 2454, 2455, 2655, 2660, 2751, 2863, 2873, 2878, 2905, 2944, 3125, 3142]), Anchor::Lits(&[664, 2025, 2049, 2829])])),
            (215, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[457, 458, 459, 460, 461, 462]), Anchor::All(&[Anchor::Lits(&[1366, 1369, 1787, 2834, 2940, 2941, 3129]), Anchor::Lits(&[1369, 1506, 1507, 2042, 3084, 3253]), Anchor::Lits(&[862])])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0xa1be6fdc436cf0c6;
