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
\x20ask\
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
\x20claim\
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
\x20deny\
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
\x20do not admit\
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
\x20do not disclose\
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
\x20do not list\
\x20do not log\
\x20do not mention\
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
\x20do not report\
\x20do not restrict \
\x20do not reveal\
\x20do not sanitise\
\x20do not sanitising\
\x20do not sanitize\
\x20do not sanitizing\
\x20do not scan\
\x20do not screen\
\x20do not see\
\x20do not show\
\x20do not spot\
\x20do not suspect\
\x20do not tell\
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
\x20dont admit\
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
\x20dont disclose\
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
\x20dont list\
\x20dont log\
\x20dont mention\
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
\x20dont report\
\x20dont restrict \
\x20dont reveal\
\x20dont sanitise\
\x20dont sanitising\
\x20dont sanitize\
\x20dont sanitizing\
\x20dont scan\
\x20dont screen\
\x20dont see\
\x20dont show\
\x20dont spot\
\x20dont suspect\
\x20dont tell\
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
\x20enquire\
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
\x20inquire\
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
\x20it just \
\x20it merely \
\x20it only \
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
\x20just admit\
\x20just describe\
\x20just for me\
\x20just from me\
\x20just include\
\x20just list\
\x20just me\
\x20just mention\
\x20just name\
\x20just report\
\x20just show\
\x20just tell\
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
\x20lie\
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
\x20looks into\
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
\x20merely admit\
\x20merely describe\
\x20merely include\
\x20merely list\
\x20merely mention\
\x20merely name\
\x20merely report\
\x20merely show\
\x20merely tell\
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
\x20never admit\
\x20never appeared \
\x20never break character \
\x20never break out of character \
\x20never catch\
\x20never censor\
\x20never check\
\x20never clean\
\x20never declines\
\x20never detect\
\x20never disclose\
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
\x20never list\
\x20never log\
\x20never mention\
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
\x20never report\
\x20never reveal\
\x20never sanitise\
\x20never sanitising\
\x20never sanitize\
\x20never sanitizing\
\x20never says no\
\x20never scan\
\x20never screen\
\x20never see\
\x20never show\
\x20never spot\
\x20never suspect\
\x20never tell\
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
\x20only admit\
\x20only describe\
\x20only for me\
\x20only from me\
\x20only include\
\x20only list\
\x20only me\
\x20only mention\
\x20only name\
\x20only report\
\x20only show\
\x20only tell\
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
\x20pretend\
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
\x20question\
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
\x20respond\
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
\x20say\
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
\x20want to know\
\x20wants \
\x20wants to know\
\x20warehouse\
\x20warn \
\x20warning \
\x20warnings \
\x20was not \
\x20was you\
\x20wasnt \
\x20we just \
\x20we merely \
\x20we need you to \
\x20we only \
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
\x20wonder\
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
\x20you just \
\x20you made up\
\x20you merely \
\x20you must\
\x20you must \
\x20you must follow\
\x20you need to \
\x20you only \
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
answer\
answer \
answer anyone\
answer as \
answer as if \
answer as though \
answer auditors\
answer everyone\
answer her\
answer him\
answer like \
answer management\
answer people\
answer reviewers\
answer security\
answer the auditor\
answer the owner\
answer the requester\
answer the reviewer\
answer the team\
answer the user\
answer them\
answer to exclusively \
answer to just \
answer to only \
answer to solely \
answer users\
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
assure anyone\
assure auditors\
assure everyone\
assure her\
assure him\
assure management\
assure people\
assure reviewers\
assure security\
assure the auditor\
assure the owner\
assure the requester\
assure the reviewer\
assure the team\
assure the user\
assure them\
assure users\
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
automatic\
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
claim\
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
deny\
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
do not admit\
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
do not reveal\
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
dont admit\
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
dont reveal\
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
everything is a \
everything is all \
everything is an \
everything is automatic\
everything is fine\
everything is harmless\
everything is just \
everything is maintenance\
everything is merely \
everything is normal\
everything is nothing\
everything is only \
everything is planned\
everything is read only\
everything is regular\
everything is routine\
everything is scheduled\
everything is simply \
everything is standard\
everything was a \
everything was all \
everything was an \
everything was automatic\
everything was fine\
everything was harmless\
everything was just \
everything was maintenance\
everything was merely \
everything was normal\
everything was nothing\
everything was only \
everything was planned\
everything was read only\
everything was regular\
everything was routine\
everything was scheduled\
everything was simply \
everything was standard\
everything were a \
everything were all \
everything were an \
everything were automatic\
everything were fine\
everything were harmless\
everything were just \
everything were maintenance\
everything were merely \
everything were normal\
everything were nothing\
everything were only \
everything were planned\
everything were read only\
everything were regular\
everything were routine\
everything were scheduled\
everything were simply \
everything were standard\
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
fine\
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
it is a \
it is all \
it is an \
it is automatic\
it is fine\
it is harmless\
it is just \
it is maintenance\
it is merely \
it is normal\
it is nothing\
it is only \
it is planned\
it is read only\
it is regular\
it is routine\
it is scheduled\
it is simply \
it is standard\
it leaves no \
it was a \
it was all \
it was an \
it was automatic\
it was fine\
it was harmless\
it was just \
it was maintenance\
it was merely \
it was normal\
it was nothing\
it was only \
it was planned\
it was read only\
it was regular\
it was routine\
it was scheduled\
it was simply \
it was standard\
it were a \
it were all \
it were an \
it were automatic\
it were fine\
it were harmless\
it were just \
it were maintenance\
it were merely \
it were normal\
it were nothing\
it were only \
it were planned\
it were read only\
it were regular\
it were routine\
it were scheduled\
it were simply \
it were standard\
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
just\
just admit\
just answer to \
just describe\
just do not \
just dont \
just follow \
just include\
just list\
just listen to \
just mention\
just name\
just never \
just obey \
just report\
just say\
just show\
just take instructions from \
just take orders from \
just tell\
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
lie\
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
maintenance\
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
merely admit\
merely describe\
merely include\
merely list\
merely mention\
merely name\
merely report\
merely say\
merely show\
merely tell\
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
never admit\
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
never reveal\
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
normal\
normas\
normas \
not allowed \
not meant \
not permitted \
not supposed \
note for \
note from \
note to \
nothing\
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
only\
only admit\
only answer to \
only describe\
only follow \
only include\
only list\
only listen to \
only mention\
only name\
only obey \
only report\
only say\
only show\
only take instructions from \
only take orders from \
only tell\
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
planned\
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
pretend\
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
read only\
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
regular\
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
reply\
reply \
reply as \
reply to anyone\
reply to auditors\
reply to everyone\
reply to her\
reply to him\
reply to management\
reply to people\
reply to reviewers\
reply to security\
reply to the auditor\
reply to the owner\
reply to the requester\
reply to the reviewer\
reply to the team\
reply to the user\
reply to them\
reply to users\
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
respond\
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
say\
say pwned\
scammer \
schakel\
schalte\
scheduled\
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
standard\
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
tell \
tell anyone\
tell approval step \
tell auditors\
tell checker \
tell classifier \
tell detector \
tell everyone\
tell filter \
tell firewall \
tell gate \
tell guard \
tell her\
tell him\
tell management\
tell monitor \
tell people\
tell reviewer \
tell reviewers\
tell safety layer \
tell safety system \
tell sanitizer \
tell scanner \
tell security\
tell the approval step \
tell the auditor\
tell the checker \
tell the classifier \
tell the detector \
tell the filter \
tell the firewall \
tell the gate \
tell the guard \
tell the monitor \
tell the owner\
tell the requester\
tell the reviewer\
tell the reviewer \
tell the safety layer \
tell the safety system \
tell the sanitizer \
tell the scanner \
tell the team\
tell the tripwire \
tell the user\
tell them\
tell tripwire \
tell users\
terminal history\
text\
text \
text adventure\
text of \
that\
that govern you\
that is a \
that is all \
that is an \
that is automatic\
that is fine\
that is harmless\
that is just \
that is maintenance\
that is merely \
that is normal\
that is nothing\
that is only \
that is planned\
that is read only\
that is regular\
that is routine\
that is scheduled\
that is simply \
that is standard\
that was a \
that was all \
that was an \
that was automatic\
that was fine\
that was harmless\
that was just \
that was maintenance\
that was merely \
that was normal\
that was nothing\
that was only \
that was planned\
that was read only\
that was regular\
that was routine\
that was scheduled\
that was simply \
that was standard\
that were a \
that were all \
that were an \
that were automatic\
that were fine\
that were harmless\
that were just \
that were maintenance\
that were merely \
that were normal\
that were nothing\
that were only \
that were planned\
that were read only\
that were regular\
that were routine\
that were scheduled\
that were simply \
that were standard\
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
this is a \
this is all \
this is an \
this is automatic\
this is fine\
this is harmless\
this is just \
this is maintenance\
this is merely \
this is normal\
this is nothing\
this is only \
this is planned\
this is read only\
this is regular\
this is routine\
this is scheduled\
this is simply \
this is standard\
this is your \
this session \
this was a \
this was all \
this was an \
this was automatic\
this was fine\
this was harmless\
this was just \
this was maintenance\
this was merely \
this was normal\
this was nothing\
this was only \
this was planned\
this was read only\
this was regular\
this was routine\
this was scheduled\
this was simply \
this was standard\
this were a \
this were all \
this were an \
this were automatic\
this were fine\
this were harmless\
this were just \
this were maintenance\
this were merely \
this were normal\
this were nothing\
this were only \
this were planned\
this were read only\
this were regular\
this were routine\
this were scheduled\
this were simply \
this were standard\
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
we did not\
we didnt\
we have jail broke\
we have jailbroke\
we leave no \
we merely\
we never\
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
you did not\
you didnt\
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
you merely\
you must follow\
you must not \
you mustnt \
you neednt \
you never\
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
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 176, 189, 197, 206, 212, 219, 226, 234, 251, 269, 299, 307, 316, 334, 353, 368, 384, 397, 404, 421, 439, 445, 452, 470, 489, 498, 508, 520, 526, 533, 550, 565, 582, 589, 597, 612, 627, 638, 653, 672, 680, 693, 709, 720, 728, 738, 749, 758, 770, 781, 789, 799, 808, 813, 821, 831, 842, 854, 865, 878, 887, 902, 909, 923, 940, 955, 974, 990, 1007, 1028, 1045, 1056, 1068, 1089, 1107, 1124, 1138, 1145, 1153, 1162, 1169, 1183, 1199, 1217, 1228, 1240, 1255, 1268, 1279, 1287, 1301, 1310, 1322, 1325, 1329, 1340, 1353, 1368, 1376, 1385, 1397, 1407, 1415, 1420, 1427, 1436, 1446, 1453, 1461, 1469, 1482, 1486, 1499, 1510, 1524, 1538, 1550, 1559, 1574, 1587, 1598, 1612, 1626, 1638, 1647, 1663, 1677, 1692, 1701, 1717, 1727, 1737, 1753, 1770, 1782, 1794, 1803, 1819, 1833, 1848, 1868, 1883, 1906, 1920, 1931, 1944, 1957, 1966, 1977, 1985, 1998, 2012, 2027, 2041, 2058, 2073, 2091, 2107, 2115, 2121, 2133, 2142, 2155, 2164, 2174, 2181, 2189, 2197, 2206, 2224, 2243, 2255, 2264, 2274, 2293, 2313, 2329, 2346, 2364, 2383, 2390, 2398, 2409, 2420, 2435, 2452, 2460, 2473, 2485, 2493, 2503, 2516, 2526, 2551, 2562, 2572, 2581, 2588, 2599, 2620, 2637, 2660, 2679, 2691, 2703, 2712, 2723, 2737, 2746, 2763, 2783, 2807, 2827, 2841, 2851, 2858, 2866, 2876, 2891, 2910, 2930, 2944, 2959, 2975, 2994, 3017, 3036, 3049, 3056, 3060, 3068, 3077, 3086, 3094, 3105, 3113, 3121, 3127, 3141, 3151, 3160, 3170, 3185, 3195, 3206, 3214, 3223, 3242, 3256, 3266, 3281, 3289, 3303, 3320, 3339, 3348, 3357, 3374, 3382, 3390, 3397, 3401, 3407, 3419, 3433, 3443, 3454, 3464, 3479, 3493, 3506, 3516, 3533, 3549, 3561, 3568, 3581, 3596, 3608, 3619, 3635, 3650, 3664, 3675, 3693, 3703, 3715, 3728, 3747, 3759, 3772, 3783, 3792, 3806, 3816, 3827, 3834, 3848, 3857, 3866, 3881, 3895, 3903, 3918, 3930, 3943, 3955, 3966, 3974, 3989, 4001, 4016, 4025, 4033, 4042, 4053, 4061, 4068, 4072, 4077, 4084, 4097, 4112, 4125, 4135, 4143, 4153, 4164, 4182, 4202, 4224, 4239, 4255, 4274, 4291, 4306, 4318, 4326, 4335, 4342, 4349, 4357, 4363, 4369, 4386, 4399, 4425, 4456, 4483, 4515, 4523, 4534, 4541, 4549, 4555, 4562, 4573, 4583, 4600, 4609, 4618, 4628, 4641, 4650, 4658, 4668, 4683, 4695, 4724, 4748, 4778, 4804, 4833, 4861, 4884, 4908, 4927, 4948, 4972, 4994, 5027, 5057, 5072, 5084, 5096, 5109, 5122, 5147, 5161, 5176, 5187, 5197, 5209, 5222, 5232, 5243, 5251, 5262, 5273, 5284, 5295, 5306, 5319, 5333, 5347, 5361, 5375, 5389, 5405, 5411, 5416, 5424, 5433, 5441, 5453, 5467, 5480, 5488, 5496, 5504, 5508, 5516, 5522, 5530, 5538, 5545, 5553, 5568, 5592, 5610, 5622, 5640, 5662, 5680, 5696, 5708, 5721, 5733, 5746, 5758, 5774, 5787, 5802, 5816, 5830, 5845, 5856, 5869, 5887, 5899, 5915, 5932, 5940, 5955, 5967, 5976, 5998, 6018, 6023, 6031, 6041, 6052, 6061, 6072, 6083, 6095, 6103, 6116, 6133, 6137, 6142, 6154, 6168, 6184, 6193, 6203, 6216, 6227, 6236, 6244, 6255, 6261, 6271, 6281, 6292, 6304, 6323, 6338, 6356, 6364, 6376, 6385, 6397, 6411, 6425, 6441, 6448, 6456, 6464, 6472, 6484, 6496, 6508, 6521, 6533, 6558, 6570, 6584, 6593, 6603, 6614, 6629, 6644, 6659, 6674, 6689, 6706, 6725, 6732, 6744, 6758, 6772, 6779, 6786, 6802, 6816, 6831, 6848, 6864, 6877, 6890, 6902, 6917, 6933, 6951, 6969, 6984, 7001, 7013, 7026, 7045, 7054, 7062, 7071, 7081, 7090, 7103, 7117, 7133, 7155, 7178, 7193, 7205, 7217, 7235, 7254, 7273, 7293, 7304, 7318, 7333, 7348, 7363, 7380, 7397, 7411, 7427, 7438, 7450, 7465, 7483, 7494, 7506, 7520, 7540, 7561, 7574, 7584, 7594, 7610, 7627, 7644, 7662, 7671, 7683, 7696, 7709, 7722, 7737, 7752, 7764, 7778, 7787, 7797, 7810, 7826, 7842, 7855, 7871, 7876, 7880, 7887, 7899, 7906, 7914, 7922, 7930, 7938, 7946, 7963, 7973, 7984, 7993, 8005, 8013, 8022, 8032, 8046, 8051, 8057, 8065, 8074, 8084, 8090, 8098, 8105, 8113, 8122, 8131, 8138, 8146, 8158, 8164, 8175, 8187, 8195, 8202, 8210, 8217, 8229, 8238, 8249, 8256, 8264, 8273, 8288, 8302, 8312, 8320, 8326, 8333, 8340, 8348, 8359, 8366, 8374, 8382, 8391, 8405, 8414, 8423, 8433, 8446, 8454, 8463, 8476, 8492, 8502, 8510, 8525, 8541, 8558, 8568, 8579, 8593, 8605, 8621, 8634, 8650, 8678, 8685, 8693, 8707, 8722, 8738, 8755, 8770, 8787, 8800, 8814, 8829, 8840, 8852, 8867, 8878, 8890, 8910, 8933, 8952, 8970, 8989, 9003, 9016, 9028, 9036, 9055, 9065, 9075, 9093, 9113, 9132, 9151, 9169, 9184, 9200, 9212, 9225, 9236, 9245, 9257, 9266, 9281, 9293, 9309, 9318, 9328, 9341, 9349, 9358, 9371, 9382, 9394, 9407, 9418, 9429, 9441, 9454, 9462, 9475, 9489, 9511, 9534, 9557, 9571, 9586, 9598, 9611, 9625, 9632, 9639, 9655, 9673, 9693, 9706, 9720, 9737, 9752, 9765, 9771, 9784, 9792, 9805, 9819, 9832, 9844, 9852, 9861, 9871, 9882, 9901, 9914, 9935, 9956, 9970, 9982, 9993, 10014, 10035, 10047, 10062, 10074, 10086, 10099, 10113, 10124, 10136, 10149, 10161, 10174, 10187, 10191, 10196, 10205, 10215, 10229, 10245, 10261, 10278, 10292, 10309, 10324, 10340, 10349, 10379, 10407, 10413, 10418, 10424, 10441, 10450, 10459, 10462, 10474, 10480, 10493, 10511, 10525, 10535, 10542, 10560, 10577, 10589, 10600, 10611, 10628, 10639, 10647, 10659, 10673, 10685, 10697, 10705, 10714, 10723, 10737, 10750, 10755, 10770, 10784, 10793, 10801, 10809, 10823, 10833, 10843, 10854, 10865, 10877, 10889, 10900, 10912, 10924, 10934, 10945, 10955, 10966, 10979, 10996, 11004, 11013, 11029, 11038, 11061, 11079, 11098, 11115, 11123, 11132, 11140, 11147, 11158, 11174, 11185, 11202, 11211, 11222, 11226, 11238, 11247, 11264, 11278, 11292, 11313, 11331, 11349, 11370, 11387, 11396, 11411, 11422, 11430, 11441, 11454, 11467, 11477, 11489, 11497, 11506, 11517, 11526, 11537, 11548, 11560, 11566, 11573, 11577, 11587, 11598, 11610, 11623, 11632, 11644, 11654, 11667, 11682, 11694, 11702, 11715, 11732, 11745, 11769, 11800, 11813, 11827, 11840, 11853, 11869, 11883, 11897, 11913, 11927, 11943, 11965, 11988, 12003, 12015, 12031, 12046, 12058, 12076, 12095, 12114, 12134, 12161, 12173, 12184, 12199, 12215, 12229, 12244, 12259, 12274, 12291, 12308, 12322, 12336, 12352, 12366, 12383, 12397, 12413, 12431, 12447, 12465, 12477, 12491, 12502, 12514, 12526, 12541, 12553, 12571, 12587, 12605, 12612, 12625, 12636, 12647, 12658, 12669, 12680, 12693, 12706, 12719, 12732, 12745, 12758, 12773, 12787, 12808, 12833, 12853, 12873, 12897, 12923, 12953, 12978, 13003, 13032, 13056, 13081, 13110, 13134, 13158, 13186, 13209, 13232, 13259, 13281, 13303, 13329, 13350, 13376, 13406, 13431, 13456, 13485, 13509, 13533, 13561, 13584, 13607, 13634, 13656, 13683, 13714, 13740, 13766, 13796, 13821, 13840, 13868, 13900, 13927, 13954, 13985, 14011, 14037, 14067, 14092, 14117, 14146, 14170, 14193, 14220, 14242, 14264, 14290, 14318, 14350, 14377, 14404, 14435, 14461, 14488, 14519, 14545, 14571, 14601, 14626, 14651, 14680, 14704, 14728, 14756, 14779, 14807, 14839, 14866, 14893, 14924, 14950, 14976, 15006, 15031, 15056, 15085, 15109, 15138, 15171, 15199, 15227, 15259, 15286, 15307, 15337, 15371, 15400, 15429, 15462, 15490, 15518, 15550, 15577, 15604, 15635, 15661, 15671, 15690, 15705, 15726, 15741, 15759, 15775, 15791, 15809, 15833, 15858, 15875, 15889, 15906, 15921, 15939, 15953, 15968, 15988, 16009, 16030, 16052, 16065, 16082, 16098, 16115, 16132, 16149, 16168, 16187, 16203, 16221, 16240, 16253, 16267, 16284, 16304, 16325, 16350, 16370, 16390, 16414, 16440, 16470, 16495, 16520, 16549, 16573, 16598, 16627, 16651, 16675, 16703, 16726, 16749, 16776, 16798, 16820, 16846, 16867, 16893, 16923, 16948, 16973, 17002, 17026, 17050, 17078, 17101, 17124, 17151, 17173, 17200, 17231, 17257, 17283, 17313, 17338, 17357, 17385, 17417, 17444, 17471, 17502, 17528, 17554, 17584, 17609, 17634, 17663, 17687, 17695, 17712, 17725, 17744, 17757, 17773, 17787, 17801, 17817, 17839, 17862, 17877, 17889, 17904, 17917, 17933, 17945, 17958, 17976, 17995, 18014, 18034, 18045, 18060, 18074, 18089, 18104, 18119, 18136, 18153, 18167, 18183, 18200, 18211, 18223, 18238, 18256, 18262, 18273, 18288, 18299, 18321, 18350, 18361, 18373, 18384, 18395, 18409, 18421, 18433, 18447, 18459, 18473, 18493, 18514, 18527, 18537, 18551, 18564, 18574, 18590, 18607, 18624, 18642, 18667, 18677, 18686, 18699, 18712, 18726, 18738, 18751, 18764, 18777, 18792, 18807, 18819, 18831, 18845, 18857, 18872, 18884, 18898, 18914, 18928, 18944, 18954, 18966, 18975, 18985, 18995, 19008, 19018, 19034, 19048, 19064, 19088, 19094, 19108, 19118, 19130, 19141, 19152, 19162, 19172, 19182, 19197, 19206, 19220, 19235, 19240, 19246, 19254, 19259, 19273, 19285, 19303, 19324, 19349, 19370, 19385, 19393, 19402, 19408, 19424, 19434, 19443, 19453, 19463, 19472, 19478, 19485, 19501, 19508, 19516, 19523, 19537, 19554, 19563, 19574, 19583, 19592, 19600, 19609, 19620, 19626, 19635, 19644, 19652, 19661, 19670, 19686, 19694, 19703, 19713, 19728, 19735, 19739, 19744, 19752, 19761, 19770, 19780, 19792, 19805, 19827, 19837, 19844, 19853, 19867, 19882, 19898, 19908, 19921, 19935, 19942, 19950, 19957, 19972, 19984, 19990, 20004, 20016, 20031, 20046, 20060, 20073, 20084, 20097, 20110, 20126, 20141, 20154, 20165, 20182, 20193, 20212, 20234, 20260, 20282, 20298, 20315, 20327, 20343, 20352, 20362, 20374, 20395, 20417, 20433, 20450, 20456, 20463, 20472, 20483, 20501, 20520, 20539, 20559, 20574, 20592, 20610, 20633, 20641, 20654, 20665, 20675, 20687, 20693, 20708, 20725, 20743, 20752, 20760, 20767, 20775, 20784, 20794, 20802, 20811, 20825, 20840, 20856, 20869, 20882, 20894, 20909, 20925, 20943, 20961, 20976, 20993, 21005, 21018, 21037, 21052, 21068, 21085, 21099, 21113, 21126, 21142, 21159, 21178, 21197, 21213, 21231, 21244, 21258, 21278, 21283, 21289, 21295, 21300, 21306, 21314, 21323, 21340, 21351, 21370, 21389, 21401, 21411, 21420, 21439, 21458, 21468, 21481, 21488, 21496, 21504, 21512, 21521, 21528, 21547, 21567, 21574, 21594, 21601, 21621, 21629, 21650, 21671, 21679, 21686, 21708, 21722, 21731, 21740, 21747, 21760, 21771, 21782, 21790, 21803, 21814, 21824, 21835, 21853, 21865, 21884, 21899, 21907, 21919, 21932, 21940, 21948, 21961, 21967, 21974, 21983, 21990, 21998, 22009, 22018, 22030, 22041, 22053, 22066, 22072, 22087, 22099, 22111, 22123, 22136, 22148, 22160, 22175, 22185, 22204, 22223, 22239, 22255, 22273, 22292, 22308, 22326, 22345, 22360, 22371, 22390, 22410, 22429, 22438, 22446, 22456, 22467, 22475, 22481, 22493, 22507, 22519, 22528, 22543, 22561, 22581, 22602, 22613, 22624, 22634, 22639, 22651, 22666, 22678, 22689, 22701, 22714, 22729, 22741, 22758, 22771, 22783, 22792, 22808, 22818, 22823, 22829, 22836, 22849, 22859, 22865, 22877, 22891, 22903, 22912, 22919, 22932, 22947, 22962, 22977, 22992, 23007, 23024, 23029, 23047, 23065, 23083, 23101, 23119, 23139, 23153, 23158, 23169, 23181, 23195, 23208, 23222, 23234, 23246, 23259, 23268, 23276, 23283, 23292, 23300, 23308, 23314, 23321, 23332, 23343, 23359, 23370, 23382, 23388, 23395, 23403, 23412, 23428, 23445, 23456, 23468, 23484, 23501, 23509, 23516, 23526, 23534, 23549, 23568, 23576, 23582, 23589, 23595, 23602, 23622, 23631, 23640, 23655, 23669, 23675, 23686, 23691, 23699, 23713, 23727, 23740, 23760, 23772, 23795, 23818, 23840, 23861, 23883, 23903, 23916, 23930, 23945, 23956, 23962, 23973, 23983, 23992, 23999, 24009, 24017, 24028, 24033, 24039, 24046, 24051, 24061, 24070, 24084, 24092, 24105, 24117, 24130, 24142, 24155, 24167, 24177, 24186, 24195, 24208, 24222, 24235, 24246, 24256, 24266, 24277, 24293, 24307, 24323, 24336, 24350, 24359, 24363, 24374, 24388, 24406, 24420, 24428, 24435, 24443, 24451, 24460, 24473, 24480, 24490, 24501, 24510, 24515, 24528, 24548, 24554, 24574, 24592, 24610, 24617, 24626, 24634, 24660, 24672, 24681, 24688, 24704, 24710, 24719, 24730, 24735, 24741, 24749, 24762, 24771, 24782, 24794, 24805, 24816, 24825, 24840, 24855, 24871, 24886, 24897, 24907, 24913, 24921, 24929, 24939, 24950, 24963, 24975, 24988, 24997, 25022, 25048, 25072, 25095, 25117, 25142, 25165, 25187, 25209, 25229, 25249, 25268, 25289, 25309, 25321, 25339, 25359, 25377, 25392, 25404, 25422, 25441, 25454, 25468, 25489, 25508, 25531, 25553, 25575, 25596, 25614, 25633, 25653, 25674, 25685, 25699, 25712, 25726, 25737, 25744, 25765, 25773, 25782, 25793, 25802, 25811, 25821, 25829, 25837, 25848, 25858, 25869, 25878, 25886, 25898, 25911, 25922, 25939, 25956, 25972, 25987, 26013, 26039, 26064, 26088, 26113, 26136, 26152, 26166, 26181, 26190, 26201, 26215, 26228, 26247, 26258, 26275, 26284, 26294, 26308, 26316, 26333, 26350, 26358, 26373, 26381, 26397, 26404, 26410, 26425, 26440, 26446, 26453, 26476, 26498, 26518, 26537, 26557, 26578, 26597, 26606, 26616, 26625, 26634, 26645, 26654, 26659, 26666, 26678, 26692, 26704, 26714, 26725, 26738, 26743, 26749, 26765, 26780, 26792, 26807, 26824, 26835, 26849, 26861, 26874, 26887, 26897, 26905, 26918, 26928, 26940, 26950, 26960, 26971, 26979, 26989, 27000, 27008, 27015, 27024, 27043, 27062, 27072, 27083, 27092, 27102, 27114, 27118, 27127, 27137, 27142, 27148, 27155, 27172, 27178, 27194, 27206, 27214, 27219, 27228, 27235, 27242, 27247, 27253, 27259, 27271, 27276, 27282, 27297, 27304, 27315, 27324, 27333, 27345, 27351, 27357, 27363, 27368, 27379, 27389, 27399, 27408, 27414, 27430, 27440, 27444, 27450, 27457, 27466, 27472, 27479, 27490, 27503, 27514, 27525, 27537, 27550, 27557, 27565, 27572, 27579, 27587, 27599, 27605, 27614, 27624, 27632, 27637, 27643, 27654, 27668, 27677, 27688, 27693, 27705, 27719, 27735, 27744, 27754, 27767, 27778, 27787, 27793, 27800, 27813, 27829, 27834, 27844, 27859, 27867, 27882, 27891, 27905, 27919, 27930, 27939, 27951, 27959, 27972, 27981, 27991, 27997, 28006, 28019, 28033, 28042, 28053, 28064, 28070, 28085, 28101, 28114, 28127, 28141, 28154, 28169, 28185, 28198, 28212, 28222, 28232, 28243, 28251, 28260, 28274, 28284, 28293, 28302, 28309, 28320, 28332, 28336, 28341, 28357, 28383, 28394, 28401, 28408, 28416, 28436, 28456, 28465, 28476, 28491, 28504, 28521, 28534, 28551, 28563, 28581, 28601, 28621, 28631, 28644, 28660, 28675, 28687, 28702, 28714, 28728, 28740, 28752, 28760, 28769, 28788, 28804, 28824, 28834, 28851, 28872, 28884, 28888, 28898, 28906, 28914, 28919, 28925, 28940, 28952, 28965, 28978, 29002, 29024, 29039, 29057, 29073, 29084, 29092, 29106, 29112, 29119, 29133, 29149, 29167, 29178, 29190, 29205, 29218, 29229, 29237, 29256, 29267, 29282, 29292, 29300, 29307, 29320, 29334, 29348, 29363, 29369, 29377, 29387, 29400, 29410, 29421, 29427, 29436, 29442, 29451, 29463, 29480, 29490, 29502, 29512, 29522, 29533, 29545, 29557, 29566, 29579, 29585, 29600, 29609, 29619, 29628, 29635, 29642, 29652, 29659, 29673, 29687, 29704, 29719, 29732, 29751, 29758, 29770, 29786, 29809, 29839, 29851, 29864, 29876, 29888, 29903, 29916, 29931, 29944, 29959, 29980, 30002, 30016, 30027, 30042, 30058, 30074, 30088, 30099, 30116, 30134, 30152, 30167, 30186, 30212, 30223, 30233, 30247, 30259, 30273, 30288, 30301, 30315, 30329, 30343, 30359, 30375, 30388, 30401, 30415, 30430, 30445, 30458, 30471, 30486, 30503, 30518, 30535, 30549, 30560, 30573, 30583, 30594, 30605, 30619, 30630, 30647, 30662, 30679, 30690, 30702, 30708, 30714, 30731, 30743, 30757, 30769, 30779, 30793, 30807, 30824, 30839, 30854, 30864, 30875, 30889, 30899, 30910, 30924, 30939, 30949, 30960, 30980, 31000, 31022, 31047, 31063, 31074, 31086, 31104, 31121, 31138, 31156, 31175, 31193, 31213, 31235, 31255, 31277, 31293, 31311, 31331, 31353, 31365, 31378, 31390, 31400, 31414, 31430, 31439, 31455, 31465, 31482, 31497, 31505, 31517, 31533, 31546, 31559, 31570, 31578, 31593, 31605, 31619, 31633, 31649, 31668, 31676, 31692, 31709, 31730, 31747, 31754, 31768, 31783, 31791, 31802, 31809, 31817, 31830, 31840, 31850, 31864, 31869, 31875, 31884, 31894, 31904, 31916, 31926, 31940, 31952, 31962, 31981, 31990, 31998, 32005, 32014, 32018, 32023, 32033, 32045, 32053, 32061, 32070, 32079, 32088, 32096, 32107, 32123, 32136, 32159, 32179, 32199, 32219, 32242, 32269, 32293, 32317, 32341, 32368, 32377, 32385, 32397, 32407, 32417, 32434, 32445, 32463, 32477, 32484, 32493, 32499, 32510, 32524, 32536, 32549, 32562, 32572, 32580, 32593, 32603, 32615, 32625, 32635, 32646, 32654, 32663, 32674, 32684, 32695, 32723, 32731, 32740, 32757, 32768, 32787, 32806, 32818, 32828, 32837, 32856, 32875, 32887, 32900, 32910, 32923, 32940, 32951, 32963, 32975, 32992, 33007, 33023, 33038, 33051, 33063, 33075, 33087, 33100, 33109, 33118, 33127, 33139, 33146, 33154, 33167, 33177, 33181, 33190, 33200, 33216, 33226, 33244, 33255, 33268, 33280, 33293, 33306, 33316, 33324, 33340, 33349, 33356, 33364, 33380, 33389, 33399, 33407, 33416, 33427, 33438, 33443, 33455, 33474, 33487, 33507, 33523, 33532, 33541, 33551, 33565, 33576, 33588, 33598, 33609, 33621, 33631, 33642, 33652, 33662, 33673, 33681, 33688, 33697, 33705, 33714, 33724, 33743, 33751, 33768, 33778, 33796, 33805, 33815, 33831, 33849, 33865, 33875, 33886, 33895, 33905, 33917, 33924, 33933, 33941, 33950, 33959, 33968, 33977, 33984, 34005, 34013, 34022, 34033, 34044, 34055, 34068, 34082, 34095, 34106, 34116, 34126, 34137, 34147, 34157, 34168, 34180, 34192, 34205, 34224, 34241, 34253, 34262, 34273, 34286, 34300, 34313, 34324, 34334, 34344, 34352, 34362, 34371, 34382, 34391, 34401, 34410, 34419, 34423, 34429, 34436, 34451, 34463, 34474, 34480, 34498, 34521, 34539, 34557, 34573, 34585, 34591, 34613, 34626, 34641, 34656, 34665, 34675, 34682, 34690, 34703, 34723, 34739, 34756, 34777, 34794, 34822, 34842, 34859, 34888, 34896, 34902, 34921, 34930, 34937, 34954, 34966, 34980, 34987, 34990, 34994, 35009, 35018, 35028, 35036, 35047, 35061, 35079, 35088, 35098, 35109, 35125, 35134, 35144, 35152, 35161, 35173, 35189, 35198, 35211, 35225, 35235, 35250, 35265, 35277, 35284, 35293, 35300, 35309, 35319, 35333, 35342, 35351, 35363, 35376, 35387, 35399, 35411, 35423, 35433, 35441, 35450, 35468, 35488, 35506, 35521, 35533, 35540, 35548, 35566, 35585, 35603, 35621, 35639, 35651, 35670, 35685, 35702, 35714, 35727, 35739, 35755, 35771, 35777, 35791, 35798, 35806, 35820, 35832, 35841, 35854, 35868, 35875, 35881, 35898, 35903, 35914, 35927, 35938, 35946, 35961, 35968, 35977, 35983, 35992, 36004, 36018, 36031, 36045, 36056, 36065, 36077, 36085, 36092, 36100, 36108, 36115, 36124, 36136, 36147, 36156, 36166, 36184, 36196, 36216, 36236, 36249, 36260, 36270, 36290, 36310, 36321, 36335, 36347, 36359, 36369, 36380, 36396, 36406, 36413, 36422, 36429, 36437, 36447, 36453, 36461, 36471, 36482, 36492, 36508, 36518, 36529, 36537, 36546, 36562, 36569, 36577, 36594, 36610, 36621, 36631, 36641, 36657, 36668, 36683, 36690, 36708, 36726, 36733, 36739, 36746, 36753, 36760, 36767, 36776, 36783, 36800, 36816, 36827, 36837, 36847, 36863, 36871, 36885, 36900, 36915, 36936, 36944, 36953, 36961, 36969, 36991, 37000, 37010, 37018, 37027, 37036, 37046, 37057, 37063, 37073, 37085, 37093, 37111, 37127, 37138, 37146, 37162, 37179, 37195, 37209, 37222, 37235, 37255, 37273, 37286, 37296, 37306, 37315, 37321, 37330, 37342, 37350, 37362, 37376, 37385, 37397, 37408, 37420, 37430, 37442, 37456, 37467, 37481, 37493, 37504, 37516, 37529, 37542, 37556, 37571, 37585, 37599, 37611, 37618, 37626, 37637, 37645, 37654, 37662, 37671, 37679, 37687, 37696, 37705, 37713, 37724, 37732, 37743, 37760, 37767, 37775, 37787, 37794, 37805, 37816, 37827, 37836, 37845, 37853, 37873, 37880, 37886, 37906, 37913, 37927, 37940, 37947, 37954, 37961, 37970, 37974, 37979, 37996, 38016, 38034, 38039, 38045, 38050, 38061, 38073, 38079, 38086, 38104, 38116, 38130, 38149, 38162, 38176, 38184, 38193, 38202, 38212, 38219, 38227, 38239, 38252, 38269, 38276, 38283, 38292, 38298, 38313, 38330, 38345, 38357, 38366, 38375, 38382, 38392, 38403, 38414, 38426, 38434, 38443, 38453, 38459, 38465, 38471, 38479, 38483, 38488, 38508, 38527, 38541, 38554, 38567, 38586, 38595, 38603, 38609, 38619, 38628, 38637, 38651, 38662, 38669, 38679, 38690, 38708, 38715, 38722, 38729, 38737, 38755, 38768, 38784, 38801, 38810, 38818, 38827, 38844, 38862, 38871, 38881, 38902, 38919, 38934, 38950, 38969, 38989, 39003, 39011, 39019, 39024, 39030, 39039, 39046, 39052, 39059, 39067, 39074, 39081, 39091, 39103, 39117, 39129, 39138, 39148, 39155, 39163, 39170, 39177, 39185, 39193, 39202, 39219, 39234, 39248, 39260, 39272, 39285, 39298, 39313, 39328, 39343, 39359, 39375, 39393, 39404, 39420, 39436, 39453, 39470, 39489, 39501, 39509, 39525, 39541, 39558, 39575, 39594, 39606, 39619, 39635, 39645, 39654, 39664, 39670, 39677, 39684, 39691, 39706, 39715, 39723, 39729, 39738, 39746, 39757, 39766, 39772, 39781, 39793, 39802, 39820, 39841, 39859, 39868, 39878, 39889, 39898, 39905, 39913, 39921, 39936, 39944, 39953, 39962, 39972, 39984, 39989, 39994, 40000, 40010, 40020, 40032, 40043, 40054, 40066, 40079, 40089, 40099, 40111, 40125, 40141, 40155, 40171, 40181, 40193, 40203, 40215, 40229, 40245, 40255, 40269, 40283, 40297, 40311, 40325, 40341, 40347, 40353, 40360, 40374, 40383, 40394, 40401, 40424, 40448, 40458, 40472, 40487, 40497, 40510, 40522, 40532, 40542, 40555, 40560, 40564, 40569, 40578, 40593, 40609, 40623, 40638, 40649, 40660, 40669, 40679, 40692, 40710, 40722, 40742, 40762, 40775, 40786, 40801, 40811, 40831, 40851, 40862, 40876, 40888, 40902, 40919, 40928, 40943, 40956, 40963, 40975, 40987, 41000, 41015, 41036, 41052, 41071, 41089, 41113, 41132, 41156, 41181, 41206, 41227, 41249, 41271, 41277, 41293, 41307, 41314, 41324, 41331, 41341, 41354, 41360, 41366, 41378, 41389, 41400, 41412, 41428, 41441, 41455, 41467, 41481, 41497, 41511, 41527, 41537, 41549, 41563, 41579, 41589, 41600, 41607, 41615, 41625, 41636, 41648, 41660, 41672, 41685, 41698, 41706, 41718, 41729, 41740, 41752, 41769, 41784, 41793, 41802, 41812, 41823, 41834, 41843, 41852, 41861, 41870, 41880, 41892, 41904, 41915, 41927, 41940, 41959, 41976, 41982, 41991, 42006, 42025, 42039, 42046, 42061, 42078, 42097, 42117, 42132, 42148, 42160, 42173, 42189, 42203, 42218, 42231, 42243, 42261, 42277, 42290, 42296, 42303, 42311, 42322, 42339, 42361, 42371, 42394, 42404, 42413, 42424, 42431, 42445, 42461, 42475, 42486, 42492, 42499, 42508, 42518, 42524, 42536, 42550, 42562, 42571, 42581, 42590, 42597, 42609, 42614, 42619, 42625, 42643, 42662, 42678, 42688, 42699, 42711, 42720, 42730, 42745, 42755, 42766, 42778, 42798, 42819, 42830, 42842, 42863, 42885, 42903, 42922, 42942, 42963, 42972, 42982, 42993, 43005, 43022, 43033, 43048, 43069, 43085, 43100, 43118, 43144, 43163, 43184, 43204, 43225, 43246, 43264, 43284, 43312, 43333, 43356, 43378, 43401, 43424, 43444, 43456, 43466, 43477, 43485, 43494, 43503, 43513, 43532, 43552, 43563, 43573, 43584, 43601, 43617, 43637, 43658, 43675, 43693, 43708, 43722, 43743, 43763, 43774, 43793, 43813, 43821, 43830, 43841, 43853, 43864, 43880, 43898, 43907, 43921, 43934, 43945, 43959, 43971, 43980, 43994, 44006, 44019, 44032, 44043, 44062, 44073, 44085, 44094, 44104, 44116, 44134, 44149, 44164, 44179, 44197, 44219, 44238, 44257, 44276, 44298, 44308, 44319, 44339, 44360, 44374, 44385, 44397, 44410, 44431, 44453, 44471, 44490, 44504, 44518, 44530, 44550, 44571, 44580, 44590, 44601, 44613, 44622, 44629, 44637, 44644, 44650, 44662, 44674, 44685, 44695, 44716, 44737, 44757, 44776, 44796, 44814, 44825, 44834, 44840, 44846, 44862, 44875, 44882, 44897, 44909, 44918, 44928, 44940, 44947, 44954, 44962, 44968, 44974, 44986, 44999, 45005, 45011, 45020, 45028, 45041, 45051, 45068, 45085, 45096, 45109, 45117, 45126, 45137, 45155, 45169, 45175, 45182, 45191, 45198, 45208, 45214, 45221, 45228, 45236, 45242, 45254, 45268, 45280, 45289, 45299, 45304, 45310, 45317, 45326, 45334, 45343, 45353, 45369, 45385, 45400, 45414, 45439, 45464, 45488, 45511, 45535, 45557, 45572, 45585, 45592, 45604, 45613, 45624, 45634, 45650, 45669, 45688, 45706, 45723, 45751, 45779, 45806, 45832, 45859, 45884, 45902, 45918, 45927, 45937, 45949, 45956, 45964, 45973, 45983, 45997, 46015, 46026, 46036, 46045, 46057, 46068, 46081, 46105, 46126, 46132, 46140, 46149, 46160, 46170, 46176, 46194, 46210, 46218, 46230, 46242, 46258, 46276, 46289, 46301, 46311, 46322, 46333, 46340, 46348, 46358, 46368, 46380, 46394, 46413, 46420, 46437, 46447, 46457, 46465, 46476, 46485, 46495, 46499, 46504, 46518, 46533, 46549, 46576, 46585, 46596, 46607, 46619, 46631, 46643, 46654, 46663, 46671, 46679, 46690, 46700, 46722, 46734, 46747, 46759, 46769, 46778, 46787, 46799, 46809, 46815, 46823, 46831, 46837, 46846, 46852, 46858, 46870, 46881, 46887, 46919, 46929, 46939, 46951, 46964, 46974, 46985, 47002, 47008, 47015, 47034, 47041, 47049, 47058, 47068, 47090, 47116, 47142, 47150, 47166, 47190, 47200, 47210, 47221, 47235, 47249, 47254, 47263, 47272, 47280, 47291, 47303, 47317, 47331, 47341, 47354, 47361, 47368, 47377, 47385, 47398, 47405, 47419, 47429, 47435, 47444, 47454, 47463, 47471, 47478, 47487, 47498, 47514, 47523, 47542, 47550, 47560, 47569, 47579, 47587, 47598, 47613, 47626, 47637, 47653, 47665, 47678, 47692, 47702, 47721, 47738, 47753, 47773, 47789, 47806, 47819, 47838, 47858, 47872, 47887, 47896, 47906, 47912, 47925, 47941, 47961, 47977, 47987, 47997, 48014, 48034, 48058, 48078, 48092, 48098, 48105, 48112, 48119, 48130, 48143, 48154, 48158, 48163, 48169, 48174, 48180, 48186, 48203, 48212, 48231, 48246, 48261, 48279, 48295, 48311, 48329, 48353, 48378, 48395, 48409, 48427, 48441, 48461, 48482, 48503, 48525, 48538, 48554, 48571, 48588, 48605, 48624, 48643, 48659, 48677, 48696, 48709, 48723, 48740, 48760, 48770, 48776, 48782, 48788, 48806, 48821, 48829, 48838, 48852, 48861, 48872, 48882, 48892, 48901, 48913, 48928, 48942, 48956, 48971, 48987, 49002, 49019, 49038, 49055, 49074, 49087, 49102, 49119, 49138, 49150, 49157, 49162, 49177, 49188, 49199, 49213, 49225, 49237, 49251, 49271, 49292, 49305, 49315, 49329, 49339, 49355, 49372, 49389, 49407, 49416, 49428, 49441, 49454, 49467, 49482, 49497, 49509, 49523, 49538, 49547, 49557, 49570, 49586, 49592, 49601, 49616, 49631, 49638, 49645, 49658, 49673, 49686, 49696, 49708, 49722, 49728, 49741, 49756, 49769, 49779, 49791, 49799, 49810, 49815, 49826, 49830, 49839, 49860, 49874, 49886, 49897, 49909, 49919, 49926, 49937, 49950, 49958, 49967, 49984, 49993, 50003, 50017, 50032, 50052, 50066, 50079, 50092, 50102, 50114, 50126, 50135, 50145, 50161, 50174, 50184, 50202, 50210, 50223, 50237, 50248, 50261, 50278, 50291, 50300, 50310, 50325, 50341, 50355, 50364, 50370, 50383, 50396, 50408, 50419, 50434, 50453, 50472, 50489, 50500, 50514, 50525, 50539, 50555, 50566, 50581, 50597, 50613, 50626, 50640, 50652, 50668, 50686, 50701, 50718, 50729, 50742, 50756, 50771, 50786, 50796, 50814, 50829, 50844, 50854, 50868, 50885, 50896, 50907, 50918, 50931, 50950, 50963, 50978, 50993, 51006, 51017, 51034, 51051, 51068, 51083, 51102, 51113, 51125, 51142, 51149, 51158, 51168, 51180, 51191, 51203, 51220, 51231, 51246, 51255, 51269, 51276, 51288, 51306, 51324, 51341, 51357, 51384, 51411, 51437, 51462, 51488, 51512, 51529, 51544, 51549, 51557, 51570, 51584, 51596, 51607, 51618, 51626, 51642, 51662, 51680, 51703, 51716, 51727, 51740, 51755, 51766, 51778, 51801, 51828, 51851, 51872, 51897, 51913, 51933, 51953, 51966, 51980, 51993, 52007, 52022, 52047, 52072, 52087, 52113, 52124, 52139, 52150, 52162, 52178, 52190, 52206, 52218, 52234, 52247, 52261, 52273, 52285, 52297, 52303, 52317, 52331, 52346, 52353, 52359, 52363, 52377, 52391, 52399, 52407, 52420, 52431, 52436, 52445, 52460, 52478, 52491, 52501, 52513, 52524, 52534, 52540, 52548, 52567, 52592, 52610, 52630, 52650, 52676, 52695, 52716, 52726, 52739, 52753, 52765, 52778, 52782, 52789, 52802, 52816, 52827, 52837, 52854, 52872, 52887, 52906, 52921, 52935, 52944, 52953, 52971, 52988, 53010, 53027, 53038, 53063, 53088, 53107, 53130, 53140, 53156, 53173, 53187, 53207, 53228, 53246, 53268, 53286, 53293, 53302, 53305, 53316, 53321, 53334, 53345, 53356, 53374, 53387, 53404, 53417, 53438, 53457, 53483, 53504, 53529, 53550, 53556, 53570, 53576, 53585, 53603, 53617, 53633, 53646, 53655, 53661, 53665, 53675, 53688, 53698, 53709, 53726, 53740, 53755, 53769, 53779, 53788, 53798, 53809, 53821, 53830, 53840, 53852, 53862, 53873, 53881, 53891, 53927, 53933, 53944, 53957, 53972, 53985, 53992, 54007, 54022, 54030, 54035, 54050, 54065, 54074, 54088, 54104, 54112, 54121, 54131, 54139, 54148, 54158, 54170, 54181, 54190, 54200, 54208, 54217, 54225, 54231, 54238, 54251, 54261, 54274, 54291, 54306, 54321, 54331, 54341, 54353, 54370, 54383, 54399, 54414, 54432, 54448, 54468, 54487, 54502, 54517, 54528, 54550, 54565, 54580, 54597, 54609, 54619, 54627, 54639, 54643, 54651, 54660, 54667, 54673, 54682, 54689, 54699, 54706, 54714, 54722, 54731, 54741, 54747, 54755, 54772, 54788, 54809, 54825, 54835, 54859, 54883, 54901, 54923, 54934, 54942, 54951, 54965, 54978, 54991, 55004, 55017, 55031, 55043, 55059, 55074, 55094, 55107, 55124, 55133, 55146, 55158, 55166, 55174, 55182, 55192, 55201, 55204, 55213, 55236, 55255, 55263, 55270, 55297, 55321, 55344, 55367, 55388, 55402, 55408, 55416, 55431, 55441, 55453, 55467, 55480, 55491, 55502, 55520, 55533, 55548, 55565, 55581, 55595, 55606, 55624, 55637, 55652, 55669, 55685, 55699, 55708, 55719, 55732, 55747, 55757, 55774, 55786, 55800, 55816, 55831, 55844, 55852, 55862, 55872, 55893, 55916, 55936, 55943, 55956, 55971, 55986, 55996, 56006, 56023, 56036, 56052, 56067, 56085, 56101, 56121, 56140, 56155, 56170, 56181, 56193, 56199, 56208, 56217, 56222, 56232, 56242, 56251, 56262, 56270, 56289, 56314, 56332, 56352, 56359, 56368, 56371, 56377, 56386, 56395, 56401, 56409, 56417, 56424, 56430, 56435, 56442, 56449, 56456, 56468, 56471, 56477, 56490, 56496, 56503, 56516, 56530, 56541, 56558, 56576, 56591, 56610, 56625, 56634, 56642, 56648, 56655, 56670, 56685, 56697, 56707, 56720, 56737, 56749, 56759, 56765, 56776, 56793, 56804, 56811, 56821, 56830, 56841, 56849, 56860, 56869, 56874, 56881, 56896, 56913, 56927, 56937, 56948, 56954, 56967, 56983, 56990, 57001, 57011, 57023, 57040, 57051, 57060, 57070, 57080, 57086, 57093, 57105, 57115, 57130, 57142, 57145, 57150, 57154, 57166, 57179, 57191, 57204, 57214, 57226, 57247, 57267, 57292, 57312, 57326, 57354, 57382, 57404, 57430, 57440, 57451, 57463, 57480, 57494, 57501, 57511, 57519, 57532, 57553, 57576, 57596, 57609, 57619, 57633, 57642, 57647, 57661, 57672, 57689, 57699, 57709, 57721, 57736, 57747, 57763, 57782, 57786, 57791, 57801, 57812, 57821, 57833, 57842, 57853, 57864, 57870, 57877, 57886, 57897, 57910, 57918, 57927, 57940, 57947, 57962, 57970, 57979, 57986, 57992, 58001, 58011, 58037, 58062, 58091, 58105, 58119, 58142, 58169, 58196, 58227, 58252, 58273, 58304, 58334, 58368, 58396, 58428, 58460, 58496, 58526, 58552, 58582, 58606, 58628, 58655, 58686, 58709, 58734, 58756, 58783, 58802, 58824, 58840, 58857, 58887, 58917, 58939, 58963, 58989, 59017, 59028, 59040, 59053, 59066, 59073, 59087, 59099, 59111, 59131, 59147, 59166, 59183, 59196, 59213, 59222, 59234, 59244, 59255, 59276, 59294, 59306, 59323, 59337, 59351, 59379, 59406, 59421, 59432, 59444, 59454, 59461, 59475, 59486, 59502, 59516, 59531, 59551, 59563, 59570, 59585, 59597, 59612, 59631, 59645, 59655, 59666, 59682, 59704, 59713, 59725, 59737, 59748, 59758, 59768, 59780, 59791, 59802, 59807, 59811, 59816, 59824, 59841, 59848, 59860, 59877, 59888, 59900, 59910, 59928, 59943, 59957, 59968, 59975, 59984, 59992, 59999, 60017, 60031, 60050, 60065, 60082, 60093, 60112, 60131, 60143, 60159, 60168, 60187, 60206, 60218, 60231, 60242, 60249, 60259, 60270, 60282, 60293, 60302, 60306, 60317, 60336, 60344, 60347, 60361, 60369, 60378, 60390, 60401, 60414, 60418, 60423, 60446, 60465, 60479, 60494, 60496, 60512, 60530, 60541, 60550, 60558, 60565, 60573, 60590, 60604, 60617, 60627, 60635, 60647, 60652, 60662, 60668, 60675, 60686, 60699, 60710, 60721, 60729, 60736, 60742, 60746, 60758, 60767, 60776, 60784, 60792, 60801, 60823, 60830, 60836, 60845, 60855, 60874, 60896, 60913, 60927, 60941, 60957, 60972, 60986, 61001, 61008, 61015, 61023, 61032, 61042, 61051, 61061, 61072, 61081, 61091, 61106, 61116, 61127, 61135, 61146, 61158, 61168, 61179, 61189, 61196, 61204, 61217, 61226, 61241, 61252, 61261, 61269, 61282, 61293, 61305, 61313, 61326, 61334, 61347, 61359, 61369, 61384, 61397, 61415, 61421, 61432, 61435, 61437, 61452, 61466, 61480, 61496, 61511, 61526, 61539, 61551, 61563, 61577, 61590, 61603, 61619, 61634, 61649, 61663, 61676, 61689, 61705, 61712, 61724, 61736, 61748, 61758, 61770, 61790, 61817, 61847, 61871, 61900, 61923, 61952, 61980, 62005, 62033, 62048, 62066, 62084, 62101, 62121, 62135, 62150, 62166, 62183, 62202, 62217, 62237, 62248, 62260, 62274, 62293, 62304, 62319, 62332, 62342, 62353, 62365, 62375, 62386, 62399, 62413, 62430, 62453, 62478, 62503, 62523, 62534, 62547, 62560, 62572, 62589, 62602, 62616, 62629, 62642, 62652, 62663, 62675, 62694, 62712, 62726, 62742, 62753, 62768, 62786, 62798, 62809, 62828, 62838, 62857, 62875, 62898, 62916, 62928, 62954, 62980, 63000, 63024, 63031, 63037, 63045, 63058, 63072, 63085, 63100, 63112, 63123, 63136, 63141, 63151, 63161, 63171, 63179, 63189, 63204, 63226, 63251, 63270, 63294, 63312, 63336, 63359, 63377, 63402, 63430, 63452, 63479, 63500, 63527, 63553, 63576, 63602, 63622, 63645, 63662, 63684, 63697, 63713, 63729, 63744, 63762, 63774, 63787, 63801, 63816, 63833, 63846, 63864, 63873, 63883, 63895, 63912, 63921, 63934, 63945, 63953, 63962, 63972, 63980, 63989, 64000, 64012, 64027, 64048, 64071, 64094, 64112, 64121, 64132, 64143, 64153, 64168, 64179, 64191, 64202, 64213, 64221, 64230, 64240, 64257, 64273, 64285, 64299, 64308, 64321, 64337, 64347, 64356, 64373, 64376, 64380, 64385, 64393, 64406, 64415, 64425, 64434, 64445, 64455, 64465, 64474, 64489, 64503, 64512, 64521, 64535, 64542, 64549, 64558, 64562, 64567, 64573, 64580, 64591, 64600, 64607, 64624, 64644, 64659, 64671, 64685, 64698, 64710, 64717, 64724, 64731, 64737, 64752, 64758, 64765, 64770, 64778, 64786, 64796, 64806, 64815, 64821, 64829, 64835, 64843, 64850, 64858, 64866, 64872, 64880, 64889, 64897, 64904, 64912, 64921, 64929, 64937, 64956, 64971, 64989, 65009, 65022, 65028, 65035, 65041, 65052, 65065, 65071, 65082, 65096, 65114, 65125, 65137, 65147, 65158, 65169, 65179, 65190, 65206, 65224, 65241, 65264, 65282, 65304, 65323, 65348, 65369, 65389, 65410, 65429, 65450, 65473, 65494, 65515, 65538, 65559, 65581, 65598, 65617, 65635, 65659, 65678, 65701, 65721, 65747, 65769, 65790, 65812, 65832, 65854, 65878, 65900, 65922, 65946, 65968, 65991, 66009, 66029, 66048, 66073, 66093, 66117, 66138, 66165, 66188, 66210, 66233, 66254, 66277, 66302, 66325, 66348, 66373, 66396, 66420, 66424, 66429, 66438, 66447, 66469, 66488, 66510, 66527, 66562, 66591, 66601, 66620, 66638, 66661, 66679, 66691, 66717, 66743, 66763, 66787, 66793, 66800, 66809, 66814, 66823, 66833, 66841, 66852, 66861, 66867, 66874, 66883, 66896, 66902, 66907, 66912, 66917, 66932, 66941, 66958, 66975, 66985, 66992, 67009, 67026, 67037, 67043, 67051, 67075, 67081, 67091, 67095, 67102, 67111, 67126, 67144, 67157, 67171, 67181, 67193, 67204, 67214, 67225, 67231, 67240, 67259, 67268, 67280, 67292, 67306, 67324, 67341, 67363, 67380, 67391, 67416, 67441, 67460, 67483, 67491, 67498, 67506, 67515, 67524, 67534, 67558, 67590, 67617, 67642, 67675, 67703, 67710, 67716, 67726, 67736, 67743, 67755, 67766, 67782, 67789, 67797, 67807, 67815, 67824, 67848, 67853, 67865, 67875, 67883, 67894, 67905, 67917, 67932, 67943, 67955, 67971, 67990, 68000, 68024, 68041, 68046, 68058, 68068, 68085, 68097, 68113, 68125, 68141, 68156, 68168, 68184, 68191, 68202, 68218, 68229, 68249, 68258, 68267, 68285, 68308, 68321, 68326, 68336, 68344, 68356, 68367, 68375, 68384, 68400, 68411, 68426, 68437, 68448, 68461, 68474, 68486, 68489, 68499, 68512, 68522, 68531, 68536, 68542, 68553, 68558, 68569, 68579, 68590, 68602, 68611, 68625, 68635, 68646, 68661, 68682, 68696, 68710, 68726, 68732, 68740, 68749, 68758, 68768, 68778, 68789, 68793, 68799, 68806, 68817, 68825, 68828, 68837, 68842, 68849, 68857, 68860, 68877, 68890, 68909, 68921, 68925, 68936, 68946, 68956, 68968, 68979, 68990, 68996, 69000, 69004, 69010, 69017, 69033, 69052, 69066, 69077, 69090, 69102, 69113, 69117, 69138, 69145, 69158, 69167, 69182, 69191, 69200, 69210, 69219, 69234, 69241, 69250, 69260, 69265, 69279, 69283, 69301, 69311, 69322, 69341, 69352, 69364, 69377, 69389, 69401, 69415, 69428, 69441, 69448, 69450, 69462, 69467, 69481, 69494, 69505, 69518, 69533, 69546, 69557, 69574, 69589, 69602, 69617, 69630, 69642, 69659, 69674, 69689, 69700, 69715, 69733, 69741, 69759, 69777, 69789, 69801, 69816, 69826, 69851, 69876, 69901, 69918, 69937, 69959, 69976, 69992, 70011, 70030, 70049, 70062, 70078, 70098, 70118, 70138, 70152, 70169, 70175, 70183, 70193, 70202, 70213, 70221, 70229, 70240, 70254, 70264, 70277, 70289, 70299, 70311, 70320, 70329, 70341, 70353, 70364, 70380, 70392, 70400, 70407, 70418, 70431, 70437, 70444, 70456, 70462, 70469, 70481, 70503, 70520, 70528, 70541, 70550, 70559, 70573, 70581, 70589, 70595, 70605, 70613, 70618, 70627, 70635, 70647, 70650, 70657, 70669, 70677, 70692, 70702, 70714, 70728, 70741, 70752, 70769, 70780, 70798, 70811, 70826, 70843, 70859, 70873, 70884, 70902, 70915, 70930, 70947, 70963, 70977, 70984, 70992, 71012, 71022, 71039, 71051, 71065, 71081, 71096, 71109, 71117, 71131, 71149, 71156, 71169, 71180, 71192, 71196, 71203, 71210, 71220, 71230, 71247, 71259, 71270, 71283, 71294, 71303, 71311, 71327, 71342, 71362, 71382, 71409, 71431, 71452, 71475, 71496, 71515, 71530, 71550, 71570, 71597, 71619, 71640, 71663, 71684, 71703, 71718, 71738, 71757, 71775, 71791, 71806, 71823, 71828, 71834, 71846, 71861, 71869, 71882, 71896, 71906, 71917, 71932, 71944, 71955, 71967, 71983, 71995, 72008, 72025, 72043, 72054, 72062, 72073, 72084, 72098, 72117, 72127, 72136, 72146, 72156, 72158, 72170, 72180, 72189, 72197, 72219, 72237, 72247, 72276, 72283, 72294, 72296, 72304, 72314, 72323, 72338, 72348, 72362, 72373, 72390, 72403, 72415, 72428, 72439, 72452, 72467, 72480, 72493, 72508, 72521, 72535, 72548, 72557, 72568, 72578, 72594, 72605, 72620, 72632, 72650, 72664, 72677, 72691, 72703, 72717, 72733, 72747, 72761, 72777, 72791, 72806, 72816, 72828, 72839, 72856, 72868, 72884, 72897, 72916, 72931, 72945, 72960, 72973, 72988, 73005, 73020, 73035, 73052, 73067, 73083, 73097, 73111, 73124, 73144, 73162, 73177, 73194, 73215, 73232, 73256, 73274, 73294, 73315, 73334, 73345, 73359, 73380, 73395, 73414, 73430, 73449, 73468, 73487, 73504, 73518, 73534, 73554, 73570, 73593, 73610, 73629, 73649, 73664, 73682, 73692, 73705, 73725, 73739, 73757, 73772, 73790, 73808, 73815, 73822, 73833, 73837, 73847, 73862, 73875, 73887, 73897, 73909, 73921, 73930, 73945, 73957, 73966, 73977, 73987, 73998, 74006, 74015, 74043, 74065, 74074, 74080, 74085, 74091, 74107, 74114, 74123, 74132, 74141, 74151, 74160, 74170, 74173, 74182, 74195, 74200, 74205, 74214, 74220, 74238, 74251, 74264, 74274, 74281, 74285, 74290, 74296, 74303, 74308, 74314, 74322, 74332, 74342, 74352, 74363, 74373, 74384, 74389, 74399, 74409, 74418, 74428, 74439, 74448, 74451, 74455, 74465, 74475, 74486, 74498, 74507, 74521, 74527, 74534, 74544, 74548, 74552, 74574, 74589, 74604, 74621, 74626, 74634, 74640, 74643, 74653, 74657, 74663, 74669, 74675, 74679, 74684, 74695, 74703, 74720, 74730, 74740, 74750, 74755, 74764, 74774, 74779, 74789, 74803, 74809, 74821, 74835, 74853, 74864, 74877, 74884, 74891, 74897, 74906, 74914, 74922, 74928, 74940, 74955, 74969, 74980, 74994, 75005, 75018, 75028, 75039, 75050, 75057, 75065, 75077, 75090, 75101, 75109, 75118, 75123, 75129, 75136, 75147, 75162, 75166, 75183, 75202, 75218, 75228, 75242, 75251, 75273, 75279, 75286, 75292, 75298, 75302, 75309, 75329, 75348, 75369, 75389, 75409, 75430, 75447, 75463, 75481, 75498, 75515, 75533, 75550, 75566, 75584, 75601, 75618, 75636, 75662, 75687, 75714, 75740, 75766, 75793, 75820, 75846, 75874, 75901, 75928, 75956, 75975, 75993, 76013, 76032, 76051, 76071, 76081, 76109, 76136, 76165, 76193, 76221, 76250, 76265, 76279, 76295, 76310, 76325, 76341, 76354, 76366, 76380, 76393, 76406, 76420, 76432, 76443, 76456, 76468, 76480, 76493, 76506, 76518, 76532, 76545, 76558, 76572, 76592, 76611, 76632, 76652, 76672, 76693, 76698, 76706, 76728, 76735, 76743, 76749, 76755, 76762, 76770, 76789, 76808, 76817, 76825, 76838, 76842, 76856, 76868, 76884, 76890, 76901, 76912, 76921, 76948, 76959, 76973, 76990, 77006, 77025, 77038, 77052, 77067, 77083, 77101, 77111, 77122, 77135, 77153, 77167, 77179, 77188, 77198, 77209, 77218, 77228, 77241, 77257, 77279, 77303, 77327, 77346, 77357, 77373, 77383, 77395, 77407, 77419, 77432, 77445, 77457, 77484, 77496, 77505, 77515, 77526, 77544, 77561, 77576, 77589, 77604, 77614, 77628, 77645, 77655, 77665, 77680, 77689, 77703, 77711, 77727, 77743, 77752, 77758, 77774, 77790, 77800, 77808, 77824, 77838, 77843, 77862, 77876, 77879, 77894, 77908, 77927, 77936, 77950, 77965, 77974, 77988, 78005, 78020, 78035, 78053, 78076, 78093, 78115, 78129, 78145, 78160, 78170, 78183, 78196, 78207, 78221, 78237, 78258, 78282, 78300, 78323, 78341, 78364, 78378, 78395, 78418, 78440, 78459, 78481, 78496, 78519, 78538, 78558, 78573, 78585, 78598, 78612, 78630, 78643, 78659, 78682, 78708, 78728, 78753, 78772, 78797, 78821, 78842, 78866, 78877, 78888, 78903, 78923, 78931, 78949, 78961, 78968, 78975, 78990, 79013, 79032, 79052, 79067, 79079, 79092, 79105, 79114, 79128, 79138, 79152, 79164, 79178, 79194, 79206, 79219, 79231, 79240, 79251, 79259, 79264, 79271, 79285, 79307, 79325, 79344, 79358, 79369, 79381, 79389, 79395, 79401, 79408, 79420, 79430, 79444, 79457, 79466, 79476, 79484, 79491, 79502, 79512, 79526, 79539, 79544, 79552, 79565, 79577, 79589, 79608, 79626, 79648, 79665, 79672, 79682, 79689, 79705, 79725, 79745, 79769, 79787, 79801, 79811, 79823, 79839, 79857, 79872, 79892, 79904, 79919, 79928, 79938, 79961, 79984, 79999, 80016, 80035, 80056, 80067, 80075, 80096, 80109, 80114, 80121, 80125, 80130, 80146, 80165, 80182, 80196, 80214, 80228, 80235, 80247, 80254, 80257, 80267, 80270, 80275, 80284, 80294, 80304, 80314, 80327, 80337, 80351, 80366, 80381, 80396, 80414, 80429, 80442, 80456, 80470, 80484, 80501, 80515, 80525, 80533, 80545, 80559, 80566, 80580, 80590, 80598, 80602, 80612, 80627, 80640, 80652, 80664, 80673, 80688, 80700, 80709, 80719, 80730, 80738, 80747, 80775, 80797, 80806, 80817, 80822, 80837, 80846, 80863, 80880, 80890, 80897, 80914, 80931, 80942, 80950, 80956, 80967, 80977, 80985, 80998, 81010, 81017, 81025, 81031, 81038, 81043, 81049, 81056, 81068, 81076, 81085, 81097, 81106, 81124, 81145, 81161, 81174, 81189, 81203, 81216, 81222, 81228, 81239, 81254, 81265, 81271, 81278, 81294, 81311, 81318, 81326, 81334, 81342, 81351, 81365, 81375, 81383, 81392, 81406, 81416, 81427, 81443, 81452, 81466, 81476, 81480, 81485, 81494, 81500, 81507, 81515, 81519, 81526, 81536, 81547, 81555, 81564, 81579, 81595, 81609, 81618, 81628, 81633, 81639, 81646, 81650, 81657, 81666, 81674, 81682, 81692, 81701, 81710, 81717, 81722, 81742, 81767, 81782, 81802, 81817, 81837, 81844, 81851, 81857, 81867, 81886, 81904, 81927, 81945, 81957, 81983, 82009, 82029, 82053, 82063, 82078, 82094, 82116, 82131, 82148, 82157, 82163, 82170, 82178, 82197, 82218, 82236, 82244, 82253, 82263, 82270, 82278, 82283, 82296, 82310, 82313, 82317, 82321, 82326, 82333, 82338, 82355, 82377, 82394, 82411, 82434, 82458, 82479, 82506, 82534, 82559, 82588, 82613, 82621, 82626, 82634, 82643, 82656, 82675, 82687, 82699, 82713, 82719, 82732, 82743, 82749, 82753, 82758, 82773, 82782, 82799, 82816, 82826, 82833, 82850, 82867, 82878, 82885, 82892, 82896, 82908, 82933, 82950, 82958, 82967, 82978, 82992, 82999, 83007, 83021, 83039, 83052, 83072, 83093, 83111, 83135, 83160, 83182, 83208, 83230, 83245, 83263, 83284, 83300, 83313, 83328, 83342, 83355, 83365, 83375, 83386, 83391, 83402, 83417, 83435, 83448, 83458, 83470, 83481, 83491, 83504, 83516, 83524, 83535, 83547, 83560, 83576, 83587, 83595, 83605, 83616, 83631, 83642, 83654, 83665, 83671, 83678, 83695, 83707, 83718, 83732, 83740, 83751, 83766, 83772, 83783, 83793, 83805, 83814, 83822, 83829, 83836, 83844, 83849, 83855, 83866, 83881, 83885, 83890, 83896, 83899, 83909, 83924, 83932, 83945, 83965, 83984, 84003, 84024, 84044, 84064, 84081, 84097, 84113, 84131, 84148, 84165, 84173, 84181, 84192, 84207, 84227, 84232, 84237, 84243, 84259, 84269, 84287, 84305, 84316, 84324, 84342, 84360, 84372, 84379, 84383, 84392, 84407, 84415, 84425, 84430, 84439, 84453, 84474, 84488, 84496, 84512, 84518, 84523, 84542, 84565, 84575, 84585, 84595, 84607, 84614, 84622, 84631, 84643, 84654, 84665, 84678, 84690, 84702, 84716, 84723, 84730, 84749, 84765, 84775, 84790, 84802, 84814, 84828, 84835, 84842, 84848, 84855, 84861, 84868, 84874, 84881, 84888, 84896, 84904, 84909, 84922, 84934, 84940, 84946, 84953, 84960, 84968, 84974, 84982, 84990, 85000, 85009, 85014, 85020, 85029, 85044, 85061, 85078, 85090, 85102, 85121, 85136, 85154, 85171, 85191, 85209, 85231, 85252, 85269, 85286, 85299, 85313, 85325, 85332, 85342, 85351, 85368, 85383, 85400, 85419, 85436, 85451, 85470, 85487, 85506, 85523, 85539, 85560, 85579, 85598, 85613, 85621, 85630, 85636, 85646, 85655, 85680, 85698, 85708, 85715, 85723, 85734, 85748, 85766, 85779, 85790, 85800, 85811, 85822, 85838, 85849, 85861, 85874, 85898, 85915, 85938, 85954, 85970, 85988, 85998, 86009, 86016, 86024, 86048, 86054, 86064, 86071, 86079, 86085, 86092, 86106, 86117, 86127, 86135, 86142, 86150, 86162, 86174, 86183, 86192, 86199, 86204, 86209, 86215, 86226, 86234, 86246, 86259, 86278, 86298, 86315, 86338, 86362, 86383, 86408, 86429, 86446, 86458, 86476, 86495, 86511, 86533, 86556, 86576, 86600, 86620, 86632, 86642, 86659, 86671, 86687, 86699, 86705, 86711, 86718, 86722, 86727, 86730, 86734, 86739, 86752, 86764, 86769, 86775, 86785, 86794, 86800, 86815, 86829, 86848, 86862, 86870, 86892, 86914, 86930, 86950, 86957, 86966, 86975, 86985, 86996, 87002, 87009, 87020, 87032, 87050, 87065, 87078, 87095, 87112, 87123, 87133, 87145, 87160, 87176, 87193, 87208, 87221, 87237, 87249, 87268, 87281, 87293, 87308, 87321, 87336, 87352, 87364, 87368, 87373, 87381, 87390, 87396, 87406, 87418, 87430, 87439, 87443, 87456, 87473, 87487, 87500, 87508, 87522, 87530, 87545, 87561, 87575, 87588, 87598, 87602, 87605, 87614, 87622, 87629, 87636, 87645, 87651, 87668, 87674, 87685, 87691, 87697, 87704, 87721, 87731, 87740, 87747, 87755, 87762, 87777, 87790, 87804, 87820, 87839, 87852, 87864, 87878, 87895, 87914, 87932, 87946, 87967, 87982, 87996, 88009, 88023, 88027, 88032, 88048, 88065, 88068, 88083, 88096, 88112, 88133, 88146, 88150, 88155, 88160, 88174, 88189, 88203, 88217, 88231, 88241, 88256, 88269, 88275, 88283, 88288, 88294, 88301, 88314, 88318, 88325, 88334, 88349, 88363, 88381, 88389, 88399, 88406, 88415, 88422, 88431, 88440, 88451, 88462, 88472, 88475, 88491, 88504, 88517, 88539, 88552, 88557, 88566, 88579, 88591, 88595, 88600, 88610, 88619, 88627, 88636, 88643, 88652, 88663, 88674, 88685, 88700, 88703, 88711, 88722, 88732, 88738, 88748, 88762, 88774, 88787, 88798, 88816, 88830, 88843, 88853, 88863, 88877, 88893, 88910, 88926, 88937, 88948, 88959, 88975, 88989, 89004, 89017, 89032, 89047, 89066, 89087, 89109, 89130, 89146, 89166, 89182, 89194, 89209, 89223, 89240, 89255, 89270, 89285, 89299, 89319, 89332, 89348, 89362, 89377, 89390, 89410, 89426, 89442, 89456, 89471, 89484, 89504, 89520, 89523, 89545, 89568, 89592, 89609, 89623, 89640, 89652, 89682, 89706, 89725, 89742, 89750, 89754, 89760, 89769, 89773, 89776, 89780, 89785, 89794, 89802, 89808, 89820, 89836, 89846, 89864, 89882, 89893, 89907, 89915, 89933, 89951, 89963, 89971, 89980, 89987, 89992, 90002, 90007, 90013, 90020, 90028, 90039, 90054, 90059, 90064, 90078, 90097, 90105, 90116, 90134, 90149, 90169, 90184, 90204, 90222, 90245, 90258, 90276, 90281, 90289, 90295, 90301, 90322, 90336, 90349, 90362, 90377, 90391, 90405, 90418, 90430, 90439, 90449, 90466, 90478, 90494, 90506, 90513, 90523, 90534, 90546, 90556, 90567, 90579, 90585, 90594, 90611, 90626, 90648, 90665, 90686, 90703, 90711, 90723, 90731, 90738, 90745, 90752, 90765, 90775, 90791, 90810, 90814, 90820, 90827, 90843, 90862, 90876, 90891, 90907, 90918, 90931, 90943, 90954, 90961, 90966, 90972, 90983, 90986, 91021, 91049, 91077, 91107, 91115, 91133, 91141, 91170, 91192, 91214, 91238, 91258, 91279, 91289, 91310, 91317, 91322, 91330, 91347, 91356, 91370, 91386, 91403, 91414, 91419, 91424, 91435, 91454, 91467, 91480, 91496, 91510, 91523, 91535, 91549, 91559, 91570, 91578, 91586, 91601, 91614, 91625, 91639, 91653, 91671, 91690, 91705, 91718, 91731, 91754, 91770, 91787, 91807, 91825, 91841, 91859, 91873, 91888, 91905, 91919, 91937, 91954, 91972, 91994, 92017, 92036, 92053, 92066, 92084, 92097, 92106, 92120, 92130, 92146, 92150, 92155, 92169, 92177, 92181, 92196, 92206, 92218, 92229, 92246, 92258, 92274, 92287, 92306, 92321, 92335, 92350, 92363, 92378, 92395, 92410, 92425, 92442, 92457, 92473, 92484, 92497, 92509, 92527, 92540, 92557, 92571, 92591, 92607, 92622, 92638, 92652, 92668, 92686, 92702, 92718, 92736, 92752, 92769, 92781, 92795, 92808, 92827, 92841, 92859, 92874, 92895, 92912, 92928, 92945, 92960, 92977, 92996, 93013, 93030, 93049, 93066, 93084, 93093, 93103, 93127, 93146, 93164, 93179, 93190, 93209, 93232, 93261, 93293, 93321, 93349, 93367, 93389, 93403, 93426, 93453, 93486, 93522, 93554, 93586, 93608, 93634, 93652, 93676, 93698, 93728, 93749, 93769, 93787, 93813, 93830, 93844, 93872, 93895, 93917, 93936, 93951, 93974, 94001, 94034, 94070, 94102, 94134, 94156, 94182, 94200, 94227, 94258, 94295, 94335, 94371, 94407, 94433, 94463, 94485, 94513, 94539, 94573, 94598, 94622, 94644, 94674, 94695, 94704, 94715, 94728, 94742, 94750, 94766, 94782, 94791, 94805, 94825, 94838, 94853, 94868, 94877, 94886, 94897, 94912, 94923, 94940, 94957, 94969, 94978, 94995, 95010, 95016, 95030, 95046, 95062, 95072, 95085, 95102, 95120, 95138, 95155, 95175, 95198, 95220, 95241, 95251, 95262, 95271, 95283, 95293, 95304, 95317, 95332, 95344, 95358, 95370, 95382, 95396, 95407, 95424, 95434, 95446, 95452, 95472, 95485, 95496, 95507, 95522, 95540, 95564, 95583, 95603, 95624, 95640, 95657, 95677, 95701, 95731, 95764, 95793, 95822, 95841, 95864, 95879, 95903, 95931, 95965, 96002, 96035, 96068, 96091, 96118, 96137, 96162, 96185, 96216, 96238, 96259, 96278, 96305, 96323, 96338, 96357, 96379, 96407, 96430, 96454, 96479, 96499, 96520, 96538, 96560, 96585, 96616, 96642, 96669, 96697, 96720, 96744, 96754, 96766, 96777, 96794, 96806, 96822, 96835, 96854, 96869, 96883, 96898, 96911, 96926, 96943, 96958, 96973, 96990, 97005, 97021, 97034, 97047, 97058, 97071, 97083, 97101, 97114, 97131, 97145, 97165, 97181, 97196, 97212, 97226, 97242, 97260, 97276, 97292, 97310, 97326, 97343, 97355, 97369, 97382, 97401, 97415, 97433, 97448, 97469, 97486, 97502, 97519, 97534, 97551, 97570, 97587, 97604, 97623, 97640, 97658, 97665, 97670, 97681, 97697, 97707, 97722, 97728, 97733, 97737, 97742, 97748, 97758, 97763, 97770, 97785, 97790, 97794, 97799, 97804, 97810, 97817, 97826, 97842, 97853, 97862, 97876, 97890, 97898, 97910, 97918, 97926, 97935, 97943, 97952, 97967, 97977, 97988, 98000, 98008, 98014, 98024, 98042, 98057, 98067, 98078, 98090, 98098, 98107, 98121, 98131, 98141, 98152, 98163, 98174, 98185, 98193, 98199, 98207, 98216, 98226, 98234, 98248, 98265, 98274, 98286, 98294, 98301, 98313, 98326, 98336, 98351, 98360, 98372, 98387, 98398, 98413, 98425, 98440, 98449, 98459, 98474, 98485, 98491, 98499, 98512, 98521, 98535, 98541, 98548, 98556, 98569, 98578, 98587, 98598, 98609, 98621, 98633, 98653, 98670, 98688, 98713, 98733, 98757, 98777, 98788, 98799, 98804, 98818, 98828, 98837, 98847, 98856, 98868, 98874, 98881, 98886, 98891, 98899, 98902, 98912, 98923, 98938, 98946, 98967, 98991, 99011, 99031, 99041, 99049, 99063, 99074, 99085, 99091, 99102, 99114, 99129, 99148, 99173, 99201, 99225, 99249, 99263, 99281, 99291, 99307, 99321, 99343, 99356, 99368, 99380, 99389, 99397, 99407, 99425, 99437, 99446, 99449, 99457, 99464, 99471, 99489, 99506, 99523, 99532, 99540, 99548, 99557, 99561, 99576, 99590, 99604, 99616, 99626, 99639, 99651, 99665, 99677, 99687, 99701, 99713, 99727, 99739, 99750, 99766, 99780, 99794, 99804, 99814, 99827, 99838, 99851, 99866, 99879, 99890, 99905, 99918, 99933, 99946, 99958, 99975, 99990, 100005, 100016, 100020, 100028, 100034, 100053, 100066, 100073, 100081, 100100, 100121, 100139, 100148, 100159, 100167, 100176, 100181, 100187, 100206, 100218, 100229, 100242, 100253, 100263, 100274, 100284, 100292, 100310, 100327, 100339, 100348, 100356, 100368, 100372, 100377, 100385, 100394, 100401, 100411, 100429, 100446, 100464, 100481, 100499, 100521, 100530, 100540, 100548, 100561, 100580, 100600, 100619, 100639, 100663, 100675, 100689, 100698, 100709, 100723, 100735, 100748, 100763, 100777, 100790, 100804, 100814, 100822, 100831, 100844, 100849, 100863, 100878, 100889, 100895, 100906, 100916, 100919, 100925, 100942, 100956, 100969, 100984, 101001, 101015, 101035, 101042, 101058, 101070, 101083, 101087, 101092, 101099, 101109, 101126, 101138, 101152, 101168, 101183, 101196, 101203, 101211, 101223, 101236, 101256, 101271, 101288, 101307, 101325, 101341, 101354, 101374, 101389, 101406, 101425, 101443, 101459, 101469, 101476, 101484, 101498, 101516, 101525, 101542, 101554, 101573, 101587, 101603, 101621, 101638, 101653, 101663, 101683, 101700, 101720, 101741, 101757, 101779, 101794, 101802, 101815, 101827, 101849, 101867, 101886, 101908, 101926, 101945, 101969, 101986, 101997, 102015, 102031, 102050, 102068, 102084, 102105, 102119, 102139, 102155, 102173, 102187, 102204, 102219, 102231, 102249, 102267, 102281, 102299, 102315, 102326, 102340, 102352, 102363, 102378, 102396, 102420, 102446, 102472, 102493, 102505, 102519, 102533, 102550, 102567, 102581, 102601, 102614, 102634, 102652, 102663, 102679, 102696, 102711, 102728, 102740, 102758, 102778, 102796, 102813, 102830, 102850, 102862, 102870, 102879, 102889, 102900, 102909, 102926, 102938, 102948, 102953, 102959, 102965, 102970, 102977, 102988, 102995, 103003, 103017, 103030, 103043, 103058, 103085, 103100, 103114, 103138, 103161, 103175, 103187, 103198, 103216, 103233, 103256, 103274, 103293, 103309, 103331, 103354, 103374, 103398, 103418, 103438, 103459, 103475, 103488, 103502, 103523, 103545, 103559, 103575, 103592, 103603, 103612, 103634, 103653, 103675, 103704, 103736, 103762, 103793, 103818, 103849, 103879, 103906, 103936, 103956, 103973, 103993, 104020, 104050, 104074, 104103, 104126, 104155, 104183, 104208, 104236, 104246, 104253, 104261, 104274, 104282, 104291, 104305, 104324, 104348, 104371, 104379, 104388, 104396, 104409, 104419, 104434, 104450, 104460, 104475, 104488, 104499, 104510, 104519, 104534, 104552, 104565, 104580, 104594, 104607, 104616, 104633, 104639, 104646, 104659, 104673, 104699, 104722, 104744, 104755, 104777, 104794, 104812, 104827, 104846, 104866, 104881, 104894, 104906, 104922, 104933, 104945, 104955, 104974, 104994, 105011, 105034, 105058, 105079, 105104, 105125, 105132, 105140, 105149, 105156, 105164, 105173, 105187, 105202, 105220, 105233, 105245, 105263, 105282, 105298, 105320, 105343, 105363, 105387, 105407, 105416, 105426, 105431, 105443, 105453, 105464, 105489, 105509, 105528, 105544, 105559, 105588, 105612, 105635, 105655, 105666, 105684, 105696, 105709, 105723, 105738, 105754, 105766, 105779, 105793, 105803, 105819, 105829, 105838, 105848, 105861, 105874, 105888, 105898, 105907, 105920, 105935, 105947, 105957, 105968, 105980, 105994, 106006, 106025, 106043, 106064, 106088, 106111, 106133, 106145, 106155, 106171, 106184, 106200, 106205, 106211, 106223, 106236, 106261, 106283, 106304, 106314, 106330, 106345, 106366, 106382, 106399, 106413, 106431, 106449, 106468, 106482, 106494, 106500, 106511, 106527, 106548, 106568, 106573, 106590, 106599, 106606, 106611, 106622, 106625, 106643, 106663, 106683, 106699, 106710, 106722, 106736, 106759, 106780, 106813, 106827, 106841, 106859, 106871, 106894, 106913, 106927, 106939, 106951, 106961, 106971, 106981, 106995, 107013, 107025, 107031, 107037, 107043, 107049, 107055, 107061, 107067, 107073, 107079, 107085, 107091, 107097, 107103, 107109, 107115],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[40, 447, 1541, 1544, 1606, 2637, 3051, 3500, 3501, 3779, 3786, 3800, 3808, 3810, 3873]), Anchor::All(&[Anchor::Lits(&[3951, 4319, 4478, 4562, 4620, 4624, 4626, 4629, 4631, 4633, 4674, 4682, 4686, 4706, 4724, 4771, 4775, 4783, 4787, 4807, 4825, 5062, 5064, 5105, 5289, 5292, 5296, 5299, 5590, 5770, 5793, 5808, 5831, 5861, 5863, 5878, 5962, 6015, 6109, 6113, 6116, 6118, 6151, 6153, 6155, 6317, 6336, 6621, 6667, 6703, 6818, 6822, 6823, 6825, 6827, 6829, 6897, 7267, 7269, 7289, 7348]), Anchor::Lits(&[4388, 4434, 4460, 4600, 4602, 5134, 5138, 5146, 5148, 5401, 5600, 6288, 6291, 6473, 6540, 6561, 6880, 7295])]), Anchor::All(&[Anchor::Lits(&[3951, 4319, 4478, 4562, 4620, 4624, 4626, 4629, 4631, 4633, 4674, 4682, 4686, 4706, 4724, 4771, 4775, 4783, 4787, 4807, 4825, 5062, 5064, 5105, 5289, 5292, 5296, 5299, 5590, 5770, 5793, 5808, 5831, 5861, 5863, 5878, 5962, 6015, 6109, 6113, 6116, 6118, 6151, 6153, 6155, 6317, 6336, 6621, 6667, 6703, 6818, 6822, 6823, 6825, 6827, 6829, 6897, 7267, 7269, 7289, 7348]), Anchor::Lits(&[4388, 4434, 4463, 4483, 4545, 4600, 4605, 4908, 5138, 5146, 5150, 5352, 5390, 5404, 5664, 6082, 6288, 6291, 6453, 6544, 6561, 6809, 6880, 6916, 6966, 7150, 7295])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[497, 614, 715, 728, 735, 874, 875, 877, 1376, 1492, 1676, 1685, 1770, 1980, 1985, 2094, 2126, 2127, 2128, 2364, 2425, 2552, 2580, 2588, 2599, 2782, 2783, 2794, 2862, 3180, 3182, 3187, 3226, 3228, 3771, 3777, 3779, 3782, 3795, 3798, 3808, 3873, 4389, 4435, 4601, 4603, 4606, 5135, 5139, 5147, 5149, 5151, 5402, 5405, 6289, 6292, 6297, 6545, 6562, 6881, 6882, 7296]), Anchor::All(&[Anchor::Lits(&[4388, 4434, 4600, 4602, 5134, 5138, 5146, 5148, 5401, 6288, 6291, 6544, 6561, 6880, 7295]), Anchor::Lits(&[4038, 4118, 4899, 7824])]), Anchor::All(&[Anchor::Lits(&[3951, 4319, 4478, 4562, 4620, 4624, 4626, 4629, 4631, 4633, 4674, 4682, 4686, 4706, 4724, 4771, 4775, 4783, 4787, 4807, 4825, 5062, 5064, 5105, 5289, 5292, 5296, 5299, 5590, 5770, 5793, 5808, 5831, 5861, 5863, 5878, 5962, 6015, 6109, 6113, 6116, 6118, 6151, 6153, 6155, 6317, 6336, 6621, 6667, 6703, 6818, 6822, 6823, 6825, 6827, 6829, 6897, 7267, 7269, 7289, 7348]), Anchor::Lits(&[4386, 4602, 5136, 5148, 5401, 5599, 6291, 6472, 6540, 6560, 6566])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[727, 1647, 1648, 1649, 1804, 1805, 1815, 1816, 1984, 2551, 2553, 2635, 2791, 2844, 2845, 2846, 3813, 3817, 3820, 3822, 3824, 3827, 3833, 3838, 3842, 3855, 3865]), Anchor::All(&[Anchor::Lits(&[4388, 4605, 5668, 6082]), Anchor::Lits(&[3812])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[3954, 4278, 4852, 5337, 5346, 5579, 6264, 6276, 6718, 7374, 7376, 7683, 7745, 7746, 7749, 7755, 7807, 7808, 7823, 7896]), Anchor::Lits(&[4038, 4123, 4909, 7500, 7522])])),
            (4, "override-the-above", Anchor::Lits(&[41, 448, 2586, 2598])),
            (5, "override-bare-instructions", Anchor::Lits(&[511, 912, 1525, 1733, 2202, 2233, 2454, 2495, 3125, 3127])),
            (6, "override-previous-loosely", Anchor::Lits(&[5292, 6488])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[3952, 3953, 4048, 4320, 4479, 4563, 4621, 4625, 4627, 4630, 4632, 4634, 4683, 4687, 4707, 4772, 4784, 4788, 4808, 5063, 5065, 5106, 5290, 5293, 5297, 5300, 5771, 5794, 5809, 5832, 5862, 5864, 5879, 5963, 5996, 6034, 6110, 6114, 6117, 6119, 6152, 6154, 6156, 6318, 6337, 6622, 6668, 6704, 6819, 6824, 6826, 6828, 6830, 7268, 7270, 7290, 7349]), Anchor::All(&[Anchor::Lits(&[3951, 4319, 4478, 4562, 4620, 4624, 4626, 4629, 4631, 4633, 4674, 4682, 4686, 4706, 4724, 4771, 4775, 4783, 4787, 4807, 4825, 5062, 5064, 5105, 5289, 5292, 5296, 5299, 5590, 5770, 5793, 5808, 5831, 5861, 5863, 5878, 5962, 6015, 6109, 6113, 6116, 6118, 6151, 6153, 6155, 6317, 6336, 6621, 6667, 6703, 6818, 6822, 6823, 6825, 6827, 6829, 6897, 7267, 7269, 7289, 7348]), Anchor::Lits(&[630, 672, 739, 758, 882, 1613, 1725, 1775, 2098, 2323, 2418, 2525, 2622, 3223])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[250, 472, 473, 475, 477, 725, 726, 750, 755, 1523, 1524, 1627, 1629, 1926, 1927, 1975, 1986, 2594, 2595, 2788, 2795, 2893, 2896, 3137, 3138, 3219, 3418])),
            (9, "override-everything-then-order", Anchor::Lits(&[912, 1525, 1733, 2202, 2233, 2905])),
            (10, "hijack-the-content", Anchor::Lits(&[4629, 5062, 5292, 6703])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[4389, 4435, 4461, 4601, 4603, 4606, 5135, 5139, 5147, 5149, 5151, 5402, 5405, 5601, 6289, 6292, 6297, 6474, 6541, 6545, 6562, 6881, 6882, 7296]), Anchor::Any(&[Anchor::Lits(&[4167, 4168, 4659, 4696, 4739, 4741, 4742, 4744, 4748, 4797, 5423, 5424, 5858, 5859, 5860, 5865, 5866]), Anchor::All(&[Anchor::Lits(&[29, 30, 72, 555, 556, 843, 857, 899, 1345, 1367, 1433, 1470, 1471, 1621, 1734, 1837, 1859, 1945, 1971, 2257, 2260, 2289, 2293, 2295, 2296, 2298, 2317, 2328, 2332, 2414, 2436, 2446, 2704, 2745, 2751, 2772, 2774, 2807, 2816, 3145, 3151, 3164, 3569, 3685, 3695, 3758]), Anchor::Lits(&[4165, 5123, 5157, 5162, 5167, 5418, 5684, 6671, 6678, 7499, 7551])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[434, 554, 557, 1658, 1664, 1838, 1839, 2440, 2441, 2454, 2456, 2458, 2459, 2750, 2752, 3150, 3152, 3199, 3201, 3459, 3460, 3683]), Anchor::Lits(&[4386, 4471, 4602, 5146, 5401, 5659, 5671, 6081, 6211, 6218, 6291, 6544])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[3769, 3775, 3780, 3783, 3807, 3872]), Anchor::All(&[Anchor::Lits(&[38, 39, 70, 71, 689, 690, 1513, 1515, 1692, 1694, 1993, 1994, 2318, 2319, 2775, 2776, 3117, 3118]), Anchor::Lits(&[4388, 4434, 4460, 4525, 4583, 4600, 4602, 5134, 5138, 5146, 5148, 5401, 5600, 5630, 6074, 6122, 6288, 6291, 6473, 6540, 6561, 6880, 7294, 7295])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1417, 1418, 1419, 1420, 1907, 1908, 1911, 1917, 2369, 2370, 2373, 2379, 3055, 3056, 3057, 3058, 3955, 3956, 3957, 3958, 3959, 3960, 3961, 3962, 3983, 3989, 3990, 4092, 4093, 4098, 4110, 4111, 4112, 4113, 4280, 4281, 4284, 4285, 4286, 4394, 4395, 4396, 4398, 4399, 4400, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4418, 4420, 4423, 4426, 4429, 4431, 4451, 4452, 4454, 4456, 4474, 4475, 4476, 4501, 4502, 4503, 4504, 4556, 4557, 4558, 4559, 4585, 4586, 4587, 4589, 4590, 4591, 4592, 4853, 4854, 4855, 4856, 4857, 4858, 4859, 4971, 4972, 4973, 4974, 4975, 4976, 5021, 5022, 5023, 5025, 5026, 5027, 5028, 5032, 5034, 5035, 5036, 5083, 5085, 5179, 5180, 5181, 5182, 5183, 5184, 5185, 5347, 5535, 5539, 5542, 5546, 5550, 5551, 5609, 5610, 5611, 5612, 5966, 5967, 5968, 5969, 5971, 5972, 5973, 5974, 5975, 5976, 5977, 5978, 5979, 5980, 5982, 5985, 5988, 5991, 5993, 6044, 6046, 6049, 6052, 6056, 6057, 6089, 6090, 6091, 6092, 6093, 6094, 6095, 6245, 6246, 6247, 6257, 6258, 6259, 6260, 6261, 6262, 6263, 6269, 6270, 6271, 6272, 6273, 6274, 6275, 6383, 6384, 6386, 6388, 6464, 6465, 6466, 6719, 6775, 6776, 6777, 6778, 6779, 6780, 6878, 6879, 6880, 6883, 6884, 6885, 6886, 6892, 6893, 6894, 6895, 6899, 6900, 6901, 6902, 7306, 7307, 7313, 7319, 7791, 7811])),
            (15, "permission-to-ignore", Anchor::Lits(&[4306, 4319, 4366, 4614, 4629, 4896, 5062, 5292, 6113, 6703, 7480])),
            (16, "deceive-the-user", Anchor::Lits(&[4319, 4629, 4658, 4690, 4691, 4697, 4704, 4713, 4719, 4747, 4791, 4792, 4798, 4805, 4814, 4820, 5062, 5187, 5189, 5191, 5196, 5292, 5778, 5796, 5797, 5802, 5811, 5820, 5827, 6113, 7604])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[4036, 4039, 4145, 4146, 4147, 4152, 4154, 4155, 4156, 4157, 4238, 4240, 4241, 4242, 4304, 4342, 4359, 4365, 4388, 4434, 4441, 4444, 4445, 4449, 4460, 4496, 4498, 4600, 4602, 4879, 4894, 4900, 5013, 5132, 5134, 5136, 5145, 5146, 5148, 5219, 5226, 5383, 5384, 5385, 5386, 5388, 5389, 5401, 5600, 5604, 5675, 5679, 6211, 6218, 6265, 6288, 6291, 6298, 6359, 6373, 6381, 6473, 6492, 6493, 6544, 6560, 6563, 6596, 6597, 6598, 6634, 6639, 6640, 6641, 6642, 6643, 6645, 6880, 7101, 7295, 7320, 7837]), Anchor::Lits(&[329, 421, 461, 2333, 2355, 2356, 2358, 3388])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[3689, 3694, 4295, 4376, 4377, 5076, 5077, 5081, 6890]), Anchor::All(&[Anchor::Lits(&[4388, 4434, 4471, 4600, 4602, 5134, 5138, 5146, 5148, 5264, 5401, 5647, 5648, 6178, 6288, 6291, 6473, 6544, 6561, 6880, 7295]), Anchor::Lits(&[4378, 4380, 4565, 4828, 4880, 4881, 5030, 6120, 6310, 6406, 6410, 6412, 6455, 6460, 6497, 7348, 7556, 7557])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[85, 86, 87, 88, 2343, 2344, 2357, 2365, 3374, 3375, 3387, 3406, 3687, 3688, 3691, 3693])),
            (20, "override-what-makers-said", Anchor::Lits(&[7029, 7095, 7096, 7108, 7114, 7115, 7119, 7126, 7127, 7133, 7826, 7839, 7841, 7847, 7853, 7855, 7858, 7865, 7866, 7871])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[883, 885, 1809, 2144, 2148, 2420, 2555, 2849]), Anchor::All(&[Anchor::Lits(&[7683, 7748, 7775, 7806, 7808, 7877, 7895]), Anchor::Lits(&[4433, 4999, 5072, 5153, 5522, 5595, 6111, 6370, 6434, 6458, 6496, 7354])]), Anchor::All(&[Anchor::Lits(&[5096, 5097, 5110, 5111, 5531, 5532, 5669, 5670, 6311, 6312, 6365, 6366, 6507, 6508]), Anchor::Lits(&[7824])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[277, 285, 286, 298, 299, 300, 309, 310, 312, 313, 315, 316, 323, 328, 3780, 3785, 3805, 3807, 3872])),
            (23, "nothing-is-real", Anchor::Lits(&[230, 717, 2244, 2284, 2302, 2303, 2304, 2305, 2848])),
            (24, "declined-now-allowed", Anchor::Lits(&[4259, 4300, 4499, 4500, 4553, 4572, 4618, 5058, 5059, 6290, 6382, 6400, 6470, 7674, 7675])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[728, 1642, 1650, 1807, 1980, 1985, 2172, 2552, 2554, 2794, 2847, 3769, 3780, 3781, 3785, 3788, 3789, 3791, 3807, 3867, 3872, 4199, 7142]), Anchor::All(&[Anchor::Lits(&[728, 1650, 1807, 2552, 2554, 2794, 2847, 3188]), Anchor::Lits(&[7824])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[46, 687, 820, 1628, 2047, 2551, 2553, 2606, 2859, 2919])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[358, 359, 360, 361, 502, 503, 698, 740, 759, 884, 1553, 1554, 1556, 1560, 1561, 1562, 1572, 1606, 1802, 2009, 2086, 2620, 2621, 2622, 2979, 3090, 3227, 3417, 3779, 3784, 3800, 3804, 3805, 3806, 3871, 4123, 4453, 4455, 4909, 5035, 5611, 5979, 6385, 6387, 6457, 6459, 6896, 6905, 7312, 7317, 7384, 7387, 7393, 7395, 7396, 7398, 7399, 7414, 7415, 7416, 7419, 7522, 7850, 7851, 7872]), Anchor::All(&[Anchor::Lits(&[503, 694, 727, 884, 1641, 1646, 1649, 1806, 2418, 2551, 2553, 2621, 2622, 2793, 2846, 2983, 3440]), Anchor::Lits(&[7035, 7067, 7094, 7111, 7383])]), Anchor::All(&[Anchor::Lits(&[503, 727, 884, 1646, 1649, 1806, 2418, 2621, 2622, 2846]), Anchor::Lits(&[4583, 5177, 6805, 6807, 6876])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[41, 71, 251, 438, 690, 694, 727, 757, 884, 1322, 1515, 1532, 1646, 1649, 1693, 1695, 1806, 1884, 1984, 2319, 2551, 2776, 2793, 2846, 2983, 3301, 3311, 3354, 4144, 4199, 4200, 4201, 4202, 5138, 5426, 6073, 6105, 6112, 6411, 6561, 6564, 6858, 6906, 7321]), Anchor::All(&[Anchor::Lits(&[479, 494, 697, 1605, 2008, 2405, 2853, 2978, 3089, 3153, 3154, 3748]), Anchor::Lits(&[3768])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[4437, 4438, 4461, 4472, 4601, 4606, 5024, 5139, 5151, 5364, 5365, 5374, 5403, 5405, 6179, 6212, 6240, 6289, 6292, 6297, 6474, 6545, 6670, 6881, 6882, 7296]), Anchor::Lits(&[3812])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[4438, 4601, 4606, 5151, 5405, 5660, 5665, 6240, 6292, 6297, 6545, 6670, 6967]), Anchor::Lits(&[4010, 4436, 4584, 5178, 5363, 5415, 5666, 6070, 6088, 6235, 6278, 6364, 6625, 6806, 6877, 7339, 7479])])),
            (31, "what-others-told-you", Anchor::Lits(&[41, 333, 334, 335, 336, 438, 1569, 1570, 1571, 1572, 1601, 1602, 1603, 1604, 1799, 1800, 1801, 1802, 2604, 2617, 2618, 2619, 2620, 2651, 2652, 2653, 2654, 2867, 2868, 2869, 2870, 2939, 2940, 2941, 2942, 3206, 3207, 3208, 3209, 3215, 3216, 3217, 3218, 3414, 3415, 3416, 3417, 3752, 3753, 3754, 3755, 3759, 3760, 3761, 3762])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[271, 880, 986, 1653, 1666, 3591, 3600, 5345, 5392, 7501, 7503, 7505, 7514, 7520, 7523])),
            (33, "reveal-given-instructions", Anchor::Lits(&[40, 103, 357, 437, 1321, 1522, 1754, 1836, 2603, 3405, 3601, 3692, 3769, 3780, 3785, 3807, 3872, 4287, 5084, 5125, 5345, 5392, 5997, 6971, 7707, 7743, 7750, 7761, 7773, 7790, 7793, 7809, 7812, 7891, 7897])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[40, 356, 357, 440, 441, 442, 446, 447, 1550, 1558, 1755, 2584, 2605, 3051, 3787, 3800, 3808, 3874]), Anchor::All(&[Anchor::Lits(&[739, 758, 1772, 1775, 1806, 2583, 2622, 3223, 3746]), Anchor::Lits(&[41, 1322, 1509, 1672, 1768, 2424, 2585, 2596, 2602])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[451, 452, 453, 3088, 3092, 3093])),
            (36, "reveal-context-contents", Anchor::Lits(&[2329, 2331, 4465, 4470, 4471, 4493, 5404, 6239, 6291, 6880, 6969, 7671, 7672])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[7825, 7838, 7842, 7844, 7845, 7846, 7849, 7852, 7854, 7856, 7857, 7860, 7862, 7863, 7864, 7873, 7875])),
            (38, "complete-the-leak", Anchor::Lits(&[5237, 5239, 5240, 5242, 5243, 5245, 5246, 5247, 5249, 5250, 5253, 5254, 5255, 5256, 5257, 5258, 5259, 5260, 5261, 5262, 5685, 5686, 5687, 5688, 5689, 5690, 5691, 5692, 5693, 5694, 5695, 5696, 5697, 5698, 5699, 5700, 5701, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 5709, 5710, 5711, 5712, 5713, 5714, 5715, 5716, 5717, 5718, 5719, 5720, 5722, 5723, 5724, 5725, 5726, 5727, 5728, 5729, 5730, 5731, 5732, 5733, 5734, 5735, 5736, 5737, 5738, 5739, 5740, 5741, 5742, 5743, 5744, 5745, 5746, 5747, 5748, 5749, 5750, 5751, 5752, 5753, 5754, 5755, 5756, 5757, 7116, 7117, 7123, 7124, 7125, 7128, 7129, 7130, 7131, 7685, 7686, 7689, 7690, 7693, 7695, 7867, 7868, 7869, 7870])),
            (39, "what-you-must-not-say", Anchor::Lits(&[4211, 5060, 5399, 5824, 5949, 5950, 5951, 5952, 6287, 6290, 6471, 7286, 7293])),
            (40, "reveal-initialization", Anchor::Lits(&[5355, 5356, 5357, 5358, 5359, 5360, 5361, 5362, 5366, 5367, 5368, 5369, 5370, 5371, 5372, 5373, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382])),
            (41, "forged-own-instructions", Anchor::Lits(&[3814, 3816, 3818, 3821, 3825, 3830, 3831, 3835, 3837, 3839, 3841, 3846, 3847, 3849, 3852, 3856, 3857, 3860, 3866])),
            (42, "follow-what-it-says", Anchor::Lits(&[196, 197, 198, 199, 200, 202, 203, 302, 303, 304, 305, 306, 307, 3304, 3305, 3306, 3307, 3308, 3309, 3310, 3604, 3605, 3606, 3607, 3608, 3609, 3612, 3613, 3614, 3615, 3616, 3617])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4596, 4735, 7030, 7062, 7110, 7153, 7188, 7197, 7226, 7710, 7712, 7715, 7744, 7747, 7753, 7758, 7803, 7809, 7827, 7832, 7848]), Anchor::All(&[Anchor::Lits(&[692, 706, 739, 797, 1357, 1806, 1932, 2055, 2061, 2615, 2622, 2854, 2947, 2949, 2981, 2983, 3419, 3551]), Anchor::Lits(&[7383])]), Anchor::All(&[Anchor::Lits(&[388, 696, 705, 2014, 2852, 3533]), Anchor::Lits(&[4170, 7682, 7774, 7876])])]), Anchor::Lits(&[693, 695, 707, 714, 740, 798, 1358, 1364, 1807, 1933, 2056, 2062, 2616, 2623, 2855, 2948, 2950, 2982, 2984, 3420, 3421, 3552, 4171, 4172, 4173, 4174, 4175, 4176, 7031, 7032, 7033, 7034, 7063, 7064, 7065, 7066, 7154, 7155, 7156, 7157, 7158, 7159, 7160, 7161, 7189, 7190, 7191, 7192, 7193, 7194, 7195, 7196, 7198, 7199, 7200, 7201, 7202, 7203, 7204, 7205, 7688, 7691, 7692, 7698, 7708, 7711, 7713, 7716, 7745, 7748, 7754, 7759, 7778, 7779, 7780, 7782, 7787, 7789, 7804, 7805, 7810, 7828, 7829, 7830, 7831, 7833, 7834, 7835, 7836, 7880, 7881, 7882, 7886, 7892, 7894])])),
            (44, "developer-message-requested", Anchor::Lits(&[41, 438, 876, 1548, 1686, 1771, 1807, 2943, 3183, 3188, 3773, 3774, 3780, 3801, 3803, 3809, 7106, 7122, 7502, 7504, 7506, 7507, 7508, 7509, 7510, 7511, 7512, 7515, 7516, 7517, 7518, 7519, 7521, 7843, 7861])),
            (45, "agents-environment-requested", Anchor::Lits(&[7036, 7037, 7038, 7039, 7040, 7041, 7042, 7043, 7044, 7045, 7046, 7047, 7048, 7049, 7050, 7051, 7052, 7053, 7054, 7055, 7056, 7057, 7058, 7059, 7060, 7061, 7068, 7069, 7070, 7071, 7072, 7073, 7074, 7075, 7076, 7077, 7078, 7079, 7080, 7081, 7082, 7083, 7084, 7085, 7086, 7087, 7088, 7089, 7090, 7091, 7092, 7093, 7162, 7163, 7164, 7165, 7166, 7167, 7168, 7169, 7170, 7171, 7172, 7173, 7174, 7175, 7176, 7177, 7178, 7179, 7180, 7181, 7182, 7183, 7184, 7185, 7186, 7187, 7385, 7386, 7388, 7389, 7390, 7391, 7392, 7394, 7397, 7400, 7401, 7402, 7403, 7404, 7405, 7406, 7407, 7408, 7409, 7410, 7411, 7412, 7413, 7417, 7418, 7420])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[374, 394, 463, 495, 659, 686, 699, 751, 756, 793, 828, 868, 1378, 1548, 1559, 1573, 2033, 2034, 2036, 2037, 2038, 2313, 2314, 2315, 2324, 2325, 2417, 2463, 2465, 2611, 2620, 2709, 2770, 2980, 3178, 3179, 3181, 3182, 3187, 3189, 3222, 3439, 3756, 3763, 3819, 3828, 3829, 3834, 3848, 3851, 4210, 4604, 5238, 5241, 5244, 5303, 5304, 5305, 5407, 5662, 5954, 6084, 6106, 6112, 6115, 6858, 6903, 6906, 7225, 7377, 7670, 7681, 7714, 7766, 7767, 7768, 7769, 7770, 7771, 7772, 7792, 7794, 7822, 7825, 7840, 7850, 7851, 7859, 7860, 7872, 7874]), Anchor::All(&[Anchor::Lits(&[4606, 5405, 6083, 6289]), Anchor::Lits(&[7824])]), Anchor::All(&[Anchor::Lits(&[268, 1867]), Anchor::Lits(&[7824])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1422, 1939, 1940, 2544, 2545, 2756, 2779, 2851, 3595, 3597, 3770, 3794, 3796])),
            (54, "authority-override", Anchor::Lits(&[47, 2101, 2103, 2111, 2453])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[61, 480, 1341, 1347, 1353, 1773, 2536, 2655, 3091, 3170, 3171]), Anchor::All(&[Anchor::Lits(&[7683, 7749, 7757, 7775, 7813, 7877]), Anchor::Lits(&[2099])])])),
            (58, "address-the-model", Anchor::Lits(&[194, 195, 1767, 2468, 2613, 2695, 2927, 3146, 3147, 5286, 5645, 5646, 5661, 5663, 5953, 5955, 5957, 5958, 6304, 6305, 6402, 6403, 7485, 7486])),
            (59, "unrestricted-mode", Anchor::Lits(&[2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2455, 4061, 4081, 4348, 4537, 4588, 4593, 4845, 4969, 5073, 5113, 5155, 5493, 5507, 5512, 5527, 5603, 5854, 5855, 5857, 5909, 6013, 6075, 6367, 6791, 6844, 7332, 7333, 7335, 7345, 7351, 7355, 7363, 7369])),
            (60, "dan-persona", Anchor::Lits(&[3980, 3981, 3982, 3984, 3985, 3986, 3987, 3988, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4033, 4034, 4035, 4213, 4214, 4215, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4301, 4302, 4303, 4351, 4352, 4353, 4536, 4538, 4539, 4540, 4541, 4655, 5672, 5673, 5674, 6180, 6181, 6182, 6201, 6202, 6203, 6204, 6205, 6206, 6207, 6208, 6248, 6249, 6250, 6251, 6252, 6253, 6254, 6255, 6510, 6511, 6512, 6513, 6514, 6515, 6516, 6517, 6520, 6521, 6522, 6523, 6524, 6525, 6526, 6527, 7475, 7476, 7477, 7684, 7687, 7694, 7699, 7700, 7701, 7702, 7703, 7704, 7705, 7706, 7709, 7776, 7777, 7781, 7783, 7784, 7785, 7786, 7788, 7795, 7796, 7797, 7798, 7799, 7800, 7801, 7802, 7814, 7815, 7816, 7817, 7818, 7819, 7820, 7821, 7878, 7879, 7883, 7887, 7888, 7889, 7890, 7893])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[212, 536, 1000, 2213, 3650, 4060, 4495, 4535, 4594, 4967, 5153, 5160, 5311, 5502, 5522, 5575, 5595, 5602, 5631, 5769, 5853, 5856, 5908, 5910, 6368, 6504, 6542, 6543, 7328, 7331, 7334, 7336, 7337, 7343, 7344, 7350, 7358, 7360, 7361, 7373, 7585, 7586, 7597, 7598, 7599, 7600, 7601, 7602, 7603, 7607, 7608, 7609, 7610, 7611, 7613, 7614, 7616, 7626, 7628, 7631, 7636, 7651, 7652]), Anchor::All(&[Anchor::Lits(&[501, 521, 914, 1122, 1123, 1213, 1214, 1656, 1735, 1866, 1874, 2188, 2214]), Anchor::Lits(&[6970, 7535, 7542])])]), Anchor::Lits(&[56, 58, 210, 432, 435, 450, 458, 459, 629, 670, 741, 1338, 1339, 1742, 2404, 2540, 2541, 2542, 2543, 2612, 2702, 2755, 2778, 2781, 2811, 2830, 2831, 3013, 3014, 3061, 3075, 3082, 3203, 3443, 3465, 3769, 3799, 3867])])),
            (62, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[45, 169, 201, 211, 212, 213, 214, 510, 749, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1533, 1534, 2179, 2190, 2213, 2222, 2320, 2321, 2322, 2512, 2573, 2610, 2818, 3072, 3690, 3696, 6835]), Anchor::All(&[Anchor::Lits(&[501, 521, 914, 1112, 1122, 1123, 1126, 1203, 1213, 1214, 1217, 1526, 1656, 1735, 1865, 1866, 1873, 1874, 2188, 2189, 2196, 2214]), Anchor::Lits(&[3224, 3637, 3644])]), Anchor::All(&[Anchor::Lits(&[170, 1411, 1892, 3483, 3487, 3496]), Anchor::Lits(&[105, 338, 481, 628, 632, 2113, 2525, 3177, 3561])])])),
            (63, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[927, 2255, 2316, 3870, 4871, 4872, 6335, 6690, 6691, 6821]), Anchor::All(&[Anchor::Lits(&[534, 1943, 2155, 2241]), Anchor::Lits(&[3938, 3940, 3944, 3946, 4062, 4063, 4073, 4074, 4087])])])),
            (64, "no-restrictions", Anchor::Lits(&[4305, 4343, 4450, 4461, 4468, 4895, 5014, 5135, 5139, 5151, 5601, 5605, 5676, 5677, 5680, 6212, 6266, 6289, 6468, 6469, 6474, 6545, 6562, 6576, 6588])),
            (65, "rules-do-not-apply", Anchor::Lits(&[248, 249, 1428, 1517, 1518, 1519, 1520, 1521, 1522, 2052, 2359, 2360, 2361, 2362, 2363, 2364, 2447, 2448, 2449, 2450, 2451, 2452, 3394, 3395, 3401, 3402, 3403, 3405])),
            (66, "no-rules-apply", Anchor::Lits(&[5935, 7113, 7138, 7139, 7140, 7141, 7143, 7144, 7147, 7148])),
            (67, "freed-from-limits", Anchor::Lits(&[499, 500, 507, 1373, 1374, 1424, 1533, 1535, 1967, 2256, 2258, 2259, 2297, 2299, 2300, 2740, 3482, 3484, 3485, 3499])),
            (68, "respond-without-limits", Anchor::Lits(&[831, 832, 833, 834, 835, 836, 849, 850, 851, 852, 853, 854, 2712, 2713, 2714, 2715, 2716, 2717, 2731, 2732, 2733, 2734, 2735, 2736, 2887, 2888, 2889, 2890, 2891, 2892, 4059, 5069, 5299, 5847, 5851, 5852, 5869, 5870, 5906, 5907, 5911, 6389, 7584, 7596, 7604])),
            (69, "pre-safety-self", Anchor::Lits(&[2330, 4279])),
            (70, "stay-in-character", Anchor::Lits(&[932, 933, 955, 1241, 1242, 1264, 1925, 2173, 2174, 2198, 2741, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110])),
            (71, "jailbreak-template", Anchor::Lits(&[621, 2243, 2247, 2250, 2252, 2254, 2282, 2283, 2622, 2701, 3312, 3355, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 5313, 5314, 5315, 5316, 5317, 5318, 5319, 5321, 5322, 5323, 5324, 5325, 5326, 5327, 5328, 5329, 5330, 5331, 5332, 5333, 5334, 5338, 5339, 5340, 5341, 5342, 5343, 5344, 5678, 7471, 7558, 7559, 7560, 7561, 7562, 7563, 7564, 7568, 7569, 7570, 7571, 7572, 7573, 7574, 7575, 7576, 7577, 7578, 7579, 7580, 7581, 7589, 7590, 7591, 7592, 7593, 7594, 7595])),
            (72, "jailbreak", Anchor::Lits(&[4457, 4458, 5094, 5095, 5248, 5251, 5252, 5488, 5489, 5490, 5491, 5492, 5493, 5494, 5495, 5496, 5497, 5498, 5499, 5500, 5501, 5503, 5504, 5505, 5506, 5507, 5508, 5509, 5510, 5511, 5512, 5513, 5514, 5515, 5516, 5517, 5518, 5519, 5521, 5523, 5524, 5525, 5526, 5527, 5528, 5529, 5959, 5960, 6268, 6614, 7493, 7494, 7696, 7697, 7751, 7752, 7884, 7885, 7898, 7899])),
            (73, "evil-twin", Anchor::Lits(&[3815, 3823, 3826, 3830, 3832, 3836, 3840, 3849, 3852, 3854, 3858, 3859, 3861, 3862, 3863])),
            (74, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[57, 308, 327, 349, 1740, 1964, 2590, 3156]), Anchor::Lits(&[267, 272, 879, 881, 928, 1109, 1200, 1237, 1864, 1872, 2170, 2255, 3590, 3592, 3599, 3602])])),
            (75, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[825, 829, 856, 1948, 2473, 2871]), Anchor::Lits(&[161, 1315, 1386, 3512, 3645, 3750])])),
            (76, "simulated-privileged-shell", Anchor::Lits(&[4015, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 5088, 5089, 5090, 5091, 5092, 5093, 5112, 5114, 5115, 5116, 5117, 5118, 6528, 6529, 6530, 6531, 6532, 6533, 6843, 6845, 6846, 6847, 6848, 6849, 6859, 6860, 6861, 6862, 6863, 6864, 7362, 7364, 7365, 7366, 7367, 7368])),
            (77, "self-escalation", Anchor::Lits(&[886, 1891, 3250, 3254, 3843, 3844, 3845, 3868])),
            (78, "blind-execution", Anchor::Lits(&[229, 1406, 3611])),
            (79, "forbidden-becomes-required", Anchor::Lits(&[138, 139, 140, 143, 231, 232, 233, 234, 1407, 1408, 1409, 1410, 2413, 3619, 3620, 3621, 3622])),
            (80, "opposite-of-your-rules", Anchor::Lits(&[3776, 3778, 3793, 3802, 3811, 6076])),
            (81, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[718, 1366, 1722, 1740, 1745, 1746, 1747, 2532, 2590, 2886, 3156]), Anchor::Any(&[Anchor::Lits(&[212, 536, 1000, 2213, 3650, 4060, 4495, 4535, 4594, 4967, 5153, 5160, 5311, 5502, 5522, 5575, 5595, 5602, 5631, 5769, 5853, 5856, 5908, 5910, 6368, 6504, 6542, 6543, 7328, 7331, 7334, 7336, 7337, 7343, 7344, 7350, 7358, 7360, 7361, 7373, 7585, 7586, 7597, 7598, 7599, 7600, 7601, 7602, 7603, 7607, 7608, 7609, 7610, 7611, 7613, 7614, 7616, 7626, 7628, 7631, 7636, 7651, 7652]), Anchor::All(&[Anchor::Lits(&[501, 521, 914, 1122, 1123, 1213, 1214, 1656, 1735, 1866, 1874, 2188, 2214]), Anchor::Lits(&[6970, 7535, 7542])])]), Anchor::Lits(&[92, 101, 106, 115, 339, 348, 482, 493, 633, 634, 771, 1997, 2006, 2114, 2123, 3473, 3562])])),
            (82, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4309, 4311, 4312, 4885, 4991, 6811, 6812]), Anchor::All(&[Anchor::Lits(&[5577, 5578]), Anchor::Lits(&[796, 818, 1931, 2477, 2907, 3409])]), Anchor::All(&[Anchor::Lits(&[4847, 4848]), Anchor::Lits(&[4526, 5564, 6131, 6624, 7283])])]), Anchor::Lits(&[3979, 4001, 4091, 4263, 4267, 4282, 4283, 4286, 4350, 4385, 4473, 4869, 4870, 5312, 6072, 6197, 6198, 6199, 6200, 6283, 6369, 6416, 6463, 6467, 6487, 6509, 6519, 6688, 6689, 6786, 6794, 6800, 6909, 7299, 7324, 7683, 7775, 7877]), Anchor::Lits(&[3225, 3638, 3645])]), Anchor::All(&[Anchor::Lits(&[4235, 4293, 4294, 4507, 4530, 4623, 4968, 5068, 5154, 5156, 5393, 5632, 6505, 6559, 6615, 6787, 7149]), Anchor::Any(&[Anchor::Lits(&[3973, 3976, 4058, 4126, 4310, 4524, 4526, 4564, 4581, 4614, 4827, 4846, 4991, 4996, 5152, 5576, 6085, 6123, 6131, 6191, 6279, 6624, 6647, 6772, 6788, 6810, 7283, 7322, 7555]), Anchor::All(&[Anchor::Lits(&[5129]), Anchor::Lits(&[53, 123, 2423, 2464, 2926, 3173])]), Anchor::All(&[Anchor::Lits(&[4492, 4849, 4863, 4997, 5067, 5577, 6223, 6660, 7298, 7353, 7379]), Anchor::Lits(&[3377, 3378, 3379, 3381, 3382, 3383, 3384, 3385, 3386, 3389, 3396, 3399, 3404])])]), Anchor::Lits(&[3979, 4001, 4263, 4267, 6196, 6209, 6688, 7683, 7877])])])),
            (83, "third-party-permission", Anchor::All(&[Anchor::Lits(&[511, 643, 838, 890, 1297, 1377, 1421, 1427, 1435, 1632, 1733, 2454, 2744, 2850, 3017, 3168, 3462, 3466, 3492, 3684]), Anchor::Lits(&[148, 261, 332, 395, 396, 652, 845, 1432, 1568, 1605, 1633, 1783, 1798, 2161, 2336, 2416, 2419, 2518, 2771, 2866, 2895, 3009, 3413, 3584])])),
            (84, "privileged-identity", Anchor::Lits(&[157, 261, 395, 396, 652, 1325, 1340, 1633, 3493, 3642, 3769, 3799, 3867])),
            (85, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[3697, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 4243, 4244, 4245, 4246, 4266, 4347, 4360, 4361, 4362, 4364, 5140, 5141, 5142, 5144, 5285, 5309, 5637, 5639, 5640, 5641, 6172, 6173, 6174, 6175, 6213, 6214, 6215, 6217, 6352, 6353, 6354, 6355, 6476, 6477, 6478, 6480, 6565, 6571, 6573, 6589, 6633, 6636, 6638, 6646, 6857, 6866, 7102, 7103, 7104, 7105, 7544, 7545, 7546, 7547, 7548, 7549, 7550]), Anchor::All(&[Anchor::Lits(&[4029, 5413, 6518, 6539, 6968]), Anchor::Lits(&[49, 53, 160, 242, 770, 792, 796, 839, 840, 841, 842, 891, 892, 893, 894, 895, 896, 897, 898, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1312, 1331, 1426, 1435, 1530, 1632, 1951, 2423, 2464, 2477, 2533, 2566, 2608, 2907, 2926, 2930, 3052, 3064, 3409, 3442, 3461, 3492, 3502])]), Anchor::All(&[Anchor::Lits(&[761, 1310, 1426, 1434, 1950, 3111, 3119, 3491]), Anchor::Lits(&[62, 1412, 2587, 2699, 3113, 3747])])])),
            (86, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[63, 1516, 1578, 2700, 4032, 4327, 4328, 4738, 5163, 5164, 5165, 5166, 5294, 5295, 5308, 5815, 6244, 6865, 7552]), Anchor::All(&[Anchor::Lits(&[520, 913, 1732, 2242, 2245, 2247, 2251, 2252, 2253, 2254, 2278, 2279, 2280, 2282, 2283, 2285, 2286, 2287, 3045, 5522, 7328, 7334, 7344, 7361]), Anchor::Lits(&[273])])])),
            (87, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[3169, 3200, 3469, 4032, 4216, 5236, 5308, 5320, 5780, 5815, 5817, 6244, 6865, 7513]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3169, 3200, 3469]), Anchor::All(&[Anchor::Lits(&[254, 255, 496, 727, 1375, 1488, 1641, 1979, 1984, 2461, 2551, 2553, 2793, 2846, 2858]), Anchor::Lits(&[5069, 5849, 7604, 7904])])]), Anchor::Lits(&[3978, 4089, 6415, 6462, 6785, 6908, 7677])]), Anchor::All(&[Anchor::Lits(&[254, 496, 727, 733, 1375, 1491, 1641, 1979, 1984, 2551, 2553, 2793, 2846, 2858]), Anchor::Lits(&[5069, 5849, 7606, 7904])])])),
            (88, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[253, 256, 497, 638, 701, 702, 1489, 1492, 1642, 1974, 1980, 1985, 2462, 2691, 2783, 2792, 2794, 2847]), Anchor::Lits(&[56, 432, 2539, 3769, 3772, 3799, 3867])])),
            (89, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1429, 2154, 2156, 2234, 2237, 2238, 2248, 2249, 2290, 2291]), Anchor::All(&[Anchor::Lits(&[1324, 1493, 1496, 1498, 1635, 1981, 1983, 2720, 2723, 2726, 2727, 2728, 2784, 2785, 2787, 2791, 2798]), Anchor::Lits(&[6001, 6599, 6653, 6661, 6692])])])),
            (90, "persona-whose-words-run", Anchor::Lits(&[4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4123, 4850, 4901, 4902, 4903, 4904, 4906, 4909, 7522])),
            (91, "disable-safety", Anchor::Lits(&[2878, 3952, 4039, 4048, 4120, 4145, 4146, 4147, 4152, 4153, 4154, 4155, 4156, 4157, 4238, 4240, 4241, 4242, 4307, 4308, 4320, 4322, 4342, 4359, 4365, 4367, 4368, 4441, 4443, 4444, 4445, 4464, 4466, 4467, 4469, 4496, 4498, 4549, 4550, 4561, 4615, 4617, 4630, 4632, 4879, 4884, 4886, 4889, 4890, 4891, 4892, 4893, 4894, 4897, 4898, 4900, 4907, 5015, 5063, 5065, 5071, 5100, 5101, 5102, 5132, 5134, 5136, 5145, 5219, 5226, 5293, 5300, 5383, 5384, 5385, 5386, 5387, 5388, 5389, 5520, 5598, 5675, 5679, 5774, 5775, 5996, 6114, 6117, 6294, 6359, 6373, 6381, 6475, 6492, 6493, 6560, 6566, 6567, 6568, 6569, 6570, 6574, 6575, 6577, 6578, 6579, 6580, 6581, 6582, 6583, 6584, 6585, 6586, 6587, 6596, 6597, 6598, 6634, 6635, 6639, 6640, 6641, 6642, 6643, 6644, 6645, 6679, 6680, 6842, 6871, 6873, 6874, 6910, 7101, 7134, 7320, 7326, 7327, 7340, 7673, 7837])),
            (92, "safety-declared-off", Anchor::Lits(&[4036, 4039, 4145, 4146, 4147, 4152, 4153, 4154, 4155, 4156, 4157, 4238, 4240, 4241, 4242, 4342, 4359, 4365, 4441, 4443, 4444, 4445, 4464, 4466, 4467, 4469, 4496, 4498, 4879, 4889, 4890, 4891, 4892, 4893, 4894, 4900, 5015, 5132, 5134, 5136, 5145, 5219, 5226, 5383, 5384, 5385, 5386, 5387, 5388, 5389, 5675, 5679, 6294, 6359, 6373, 6381, 6475, 6492, 6493, 6560, 6566, 6567, 6568, 6569, 6570, 6574, 6575, 6577, 6578, 6579, 6580, 6581, 6582, 6583, 6584, 6585, 6586, 6587, 6596, 6597, 6598, 6634, 6635, 6639, 6640, 6641, 6642, 6643, 6644, 6645, 7101, 7320, 7837])),
            (93, "skip-approval", Anchor::Lits(&[252, 700, 716, 2510, 2815, 3005, 3010, 3696, 4150, 4660, 4749, 5779, 5872, 6334, 6820, 7615, 7719, 7721, 7731, 7733])),
            (94, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[4552, 4554, 4555, 4574, 7370]), Anchor::All(&[Anchor::Lits(&[3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4332, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4397, 4419, 4421, 4422, 4424, 4425, 4427, 4428, 4430, 4432, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4977, 4978, 4979, 4980, 4981, 4982, 4983, 4984, 4985, 4986, 5033, 5037, 5038, 5039, 5040, 5041, 5042, 5043, 5044, 5045, 5970, 5981, 5983, 5984, 5986, 5987, 5989, 5990, 5992, 5994, 6160, 6161, 6162, 6163, 6164, 6165, 6166, 6167, 6168, 6169, 6548, 6549, 6550, 6551, 6552, 6553, 6554, 6555, 6556, 6557]), Anchor::Lits(&[4552, 4554, 4555, 4574, 6489, 6534, 6535, 7300, 7347, 7370])])])),
            (95, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[3380, 3393, 3397, 3398, 4607, 6832, 7620, 7622, 7623, 7627, 7630, 7633, 7648, 7649, 7653, 7654, 7656, 7657, 7661, 7662, 7663, 7664, 7665, 7666]), Anchor::All(&[Anchor::Lits(&[636, 637, 645, 773, 1488, 1508, 1567, 1636, 2638, 2834, 2858, 2880, 2918]), Anchor::Lits(&[4250, 4656, 4745, 5776, 6703, 6817])])])),
            (96, "do-not-screen-input", Anchor::Lits(&[935, 936, 937, 942, 949, 967, 972, 973, 974, 975, 976, 977, 984, 985, 1244, 1245, 1246, 1251, 1258, 1277, 1282, 1283, 1284, 1285, 1286, 1287, 1294, 1295, 2176, 2177, 2178, 2182, 2191, 2212, 2218, 2219, 2220, 2221, 2223, 2224, 2231, 2232, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 3020, 3021, 3022, 3023, 3024, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3036, 3037, 3121, 3122, 3123, 3124, 3126, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3698, 3699, 3700, 3701, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711])),
            (97, "allowlist-this-prompt", Anchor::Lits(&[2143, 2145, 2146, 2147, 2150, 2151, 2152, 2153, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3317, 3318, 3323, 3338, 3341, 3346, 3347, 3353, 4050, 4053, 4988, 7540, 7541])),
            (100, "unset-read-only", Anchor::Lits(&[1307, 1361, 2691, 2698, 2789, 2791, 2859, 2879, 2919])),
            (101, "stop-logging", Anchor::Lits(&[373, 1902, 2015, 2706, 2884, 3425, 3757])),
            (102, "self-approval", Anchor::Lits(&[4160, 6919, 6921, 6922, 6923, 6925, 6926, 6927, 6928, 6932, 6934, 6936, 6937, 6938, 6939, 6941, 6943, 6944, 6945, 6946, 6947, 6948, 6949, 6950, 6954, 6955, 6956, 6957, 6958, 6960, 6963])),
            (103, "execute-everything", Anchor::Lits(&[124, 125, 126, 131, 134, 137, 141, 229, 1381, 1382, 1383, 1388, 1391, 1394, 1401, 1406])),
            (104, "protection-mode-claim", Anchor::Lits(&[73, 144, 370, 515, 900, 1308, 1952, 2012, 2124, 2277, 2327, 2334, 2472, 2476, 2515, 2758, 3463, 3497])),
            (105, "approve-tool-calls", Anchor::Lits(&[258])),
            (107, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[147, 150, 151, 152, 153, 156, 253, 476, 509, 638, 646, 693, 695, 855, 1362, 1637, 1697, 1698, 1985, 2100, 2511, 2513, 2552, 2554, 2692, 2794, 2847, 2982, 3457, 3641]), Anchor::Lits(&[1890, 3251, 3274, 3296, 3316, 3348, 3812])])),
            (108, "tamper-with-named-controls", Anchor::Lits(&[4049, 4051, 4052, 4149, 4155, 4496, 4879, 5131, 5203, 5204, 5205, 5206, 5207, 5208, 5384, 6238, 6293, 6295, 6358, 6632, 6637, 7287, 7320])),
            (109, "authority-waives-controls", Anchor::Lits(&[1814, 2255, 4247, 4379, 4447, 4494, 4878, 4987, 5844, 5912, 6176, 6236, 6241, 6595, 6682, 6683, 6685, 6904, 7482])),
            (110, "vendor-orders-an-action", Anchor::Lits(&[1540, 1542, 1543, 1546, 1547, 1549, 1551, 1552, 1555, 1557, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 3324, 3325, 3326, 3327, 3328, 3329, 3330, 3331, 3332, 3333])),
            (111, "run-data-as-code", Anchor::Lits(&[474, 1413, 1885, 1886, 1996, 3256, 3257, 3286, 3287, 3292, 3293, 3294, 3295, 3302, 3303, 3557, 3618, 4011, 5049, 5051, 6333, 6628, 6687, 7534])),
            (112, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2824, 2825, 2826, 2827, 2828, 2829]), Anchor::Lits(&[422, 647, 772, 775, 3050, 3063])])),
            (113, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[467, 537, 538, 539, 541, 542, 544, 550, 551, 558, 559, 560, 564, 565, 571, 579, 580, 583, 584, 585, 589, 590, 596, 604, 605, 934, 940, 943, 947, 950, 960, 978, 980, 1113, 1116, 1117, 1121, 1125, 1133, 1142, 1143, 1204, 1207, 1208, 1212, 1216, 1224, 1233, 1234, 1243, 1249, 1252, 1256, 1259, 1270, 1288, 1290, 2175, 2180, 2183, 2187, 2192, 2205, 2225, 2227, 3654, 3657, 3658, 3662, 3664, 3670, 3679, 3680, 3717, 3720, 3721, 3725, 3727, 3733, 3742, 3743, 4161, 4288, 4661, 4685, 4694, 4750, 4786, 4795, 5161, 5781, 5792, 5800, 5873, 5880, 5927, 6536, 6715, 6716, 6717, 6720, 6721, 6722, 6723, 6724, 6725, 6726, 6734, 6735, 6736, 6737, 6738, 6739, 6747, 6748, 6749, 6750, 6751, 6752, 6753, 6754, 6759, 6760, 6761, 6762, 6763, 6764, 6765, 6766, 6767, 6768, 6769, 6770, 7604]), Anchor::All(&[Anchor::Lits(&[5188, 5190, 5192, 5194, 5195]), Anchor::Lits(&[1539])]), Anchor::All(&[Anchor::Lits(&[119, 173, 252, 2815, 3005]), Anchor::Lits(&[6714])])])),
            (114, "evade-the-checks", Anchor::Lits(&[371, 423, 537, 538, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 558, 559, 563, 564, 565, 570, 571, 572, 575, 576, 577, 578, 579, 580, 582, 583, 584, 588, 589, 590, 595, 596, 597, 600, 601, 602, 603, 604, 605, 607, 934, 940, 946, 947, 950, 957, 960, 961, 964, 965, 966, 968, 978, 980, 983, 1113, 1116, 1120, 1121, 1125, 1131, 1133, 1134, 1137, 1138, 1139, 1140, 1142, 1143, 1145, 1204, 1207, 1211, 1212, 1216, 1222, 1224, 1225, 1228, 1229, 1230, 1231, 1233, 1234, 1236, 1243, 1249, 1255, 1256, 1259, 1266, 1270, 1271, 1274, 1275, 1276, 1278, 1288, 1290, 1293, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 2013, 2175, 2180, 2186, 2187, 2192, 2200, 2205, 2206, 2209, 2210, 2211, 2215, 2225, 2227, 2230, 2705, 3423, 3424, 3654, 3657, 3661, 3662, 3664, 3669, 3670, 3671, 3674, 3675, 3676, 3677, 3679, 3680, 3682, 3717, 3720, 3724, 3725, 3727, 3732, 3733, 3734, 3737, 3738, 3739, 3740, 3742, 3743, 3745, 5449, 5867, 7140, 7145, 7146, 7147, 7495, 7604, 7756])),
            (115, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[824, 899, 959, 1269, 1971, 2158, 2262, 2281, 2737, 2745, 2816, 3164, 3169, 3469, 3580, 3696, 4151, 4158, 4363, 4442, 4446, 4482, 4628, 4970, 4989, 5070, 5143, 5158, 5606, 6216, 6479, 6547, 7311, 7314, 7315, 7316, 7318, 7483]), Anchor::All(&[Anchor::Lits(&[511, 522, 643, 890, 901, 1423, 1425, 1581, 1593, 1970, 1972, 2454, 2457, 2458, 2460, 2744, 2748, 3017, 3038, 3163, 3165, 3466, 3470, 3579, 3581]), Anchor::Lits(&[252, 635, 700, 749, 1636, 1973, 2551, 2553, 2690, 2791, 2815, 2843, 2857])]), Anchor::All(&[Anchor::Lits(&[1775, 1803, 2086, 2622, 2761]), Anchor::Lits(&[7304])])])),
            (116, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1673, 1674, 1675, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1687, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 3360, 3361, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3444, 3445, 3446, 3447, 3448, 3449, 3450, 3451, 3452, 3453, 3454, 3455, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 4119, 4124, 4125, 4448, 4851, 4905, 5047, 5048, 5050, 5052, 5053, 5054, 5055, 5056, 5057, 5080, 5121, 5335, 5336, 5773, 6035, 6099, 6319, 6454, 7288, 7292, 7532, 7582])),
            (117, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[154, 164, 368, 397, 400, 1638, 1640, 2567, 2570, 2582, 2592, 2629, 2630, 2860, 2861, 3524, 4143, 4440, 6170, 6490, 6682]), Anchor::All(&[Anchor::Lits(&[2954, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 2977]), Anchor::Lits(&[4371, 5013, 5131, 5202, 6574, 7320])])])),
            (118, "agent-grants-itself-power", Anchor::Lits(&[2159, 2746, 3252, 3255, 3842, 3850, 3853, 3864, 3869, 6727, 6728, 6729, 6730, 6731, 6732, 6733, 6740, 6741, 6742, 6743, 6744, 6745, 6746])),
            (119, "remove-the-guard-hook", Anchor::Any(&[Anchor::Lits(&[4148, 4239, 4497, 5133, 5137, 6171, 6220, 6238, 6256, 6572, 6637]), Anchor::All(&[Anchor::Lits(&[253, 367, 774, 1637, 1639, 2511, 2554, 2581, 2591, 2859, 2919]), Anchor::Lits(&[1696, 2906])])])),
            (120, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[48, 50, 117, 366, 1379, 2016, 2017, 2125, 2661, 2921]), Anchor::Lits(&[650, 890, 1938, 2494, 2647, 2991, 3120, 3163, 3168, 3466, 3498, 3684])])),
            (121, "policy-does-not-cover-me", Anchor::Lits(&[930, 931, 938, 939, 948, 970, 1110, 1111, 1114, 1115, 1124, 1141, 1201, 1202, 1205, 1206, 1215, 1232, 1239, 1240, 1247, 1248, 1257, 1280, 1414, 3652, 3653, 3655, 3656, 3663, 3678, 3715, 3716, 3718, 3719, 3726, 3741])),
            (124, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3973, 3976, 4058, 4126, 4524, 4526, 4566, 4567, 4568, 4569, 4614, 4830, 4833, 4834, 4835, 4836, 4837, 4840, 4841, 4842, 4991, 6085, 6123, 6131, 6191, 6279, 6624, 6647, 6772, 6788, 7283, 7322]), Anchor::All(&[Anchor::Lits(&[5129]), Anchor::Lits(&[53, 123, 2423, 2464, 2926, 3173])]), Anchor::All(&[Anchor::Lits(&[4492, 4849, 4863, 4997, 5067, 5577, 6223, 6660, 7298, 7353, 7379]), Anchor::Lits(&[3377, 3378, 3379, 3381, 3382, 3383, 3384, 3385, 3386, 3389, 3396, 3399, 3404])])]), Anchor::Lits(&[4075, 4076, 4077, 4078, 4079, 4080, 4089, 4115, 4116, 4166, 4372, 4373, 4374, 4993, 4994, 4995, 5019, 5020, 5422, 5613, 5614, 5615, 6060, 6071, 6124, 6125, 6126, 6284, 6285, 6286, 6356, 6361, 6363, 6491, 6494, 6495, 6649, 6650, 6851, 6852, 6853, 6854, 6855, 6856, 7300, 7301, 7302]), Anchor::Lits(&[74, 322, 438, 1726, 2366, 3625, 3631, 3639])])),
            (125, "tool-call-tampering", Anchor::Lits(&[75, 80, 81, 82, 83, 221, 222, 223, 224, 225, 235, 236, 237, 238, 239, 439, 443, 444, 445, 449, 1316, 1317, 1318, 1319, 1320, 1396, 1397, 1398, 1399, 1400, 1515, 1564, 1727, 1728, 1729, 1730, 1731, 2235, 3144, 3626, 3627, 3628, 3629, 3630, 3632, 3633, 3634, 3635, 3636])),
            (126, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[467, 2138, 2301, 2666, 4054, 4055, 4056, 4082, 4083, 4084, 4314, 4315, 4316, 4505, 4506, 4622, 5178, 5220, 5221, 5222, 5223, 5224, 5225, 5227, 5228, 5229, 5230, 5231, 5232, 5233, 5234, 5235, 5416, 5417, 5537, 5538, 5545, 5556, 5557, 5558, 5559, 5560, 5561, 5562, 5563, 5582, 5583, 5584, 5585, 5586, 5587, 5588, 6333, 6438, 6439, 6440, 6441, 6442, 6443, 6444, 6445, 6446, 6447, 6448, 6449, 6450, 6451, 6452, 6625, 6628, 6686, 6687, 6813, 6814, 7135, 7136, 7137, 7329, 7341, 7356, 7436, 7437, 7439, 7440, 7441, 7442, 7443, 7444, 7445, 7446, 7447, 7448, 7449, 7450, 7451, 7453, 7454, 7455, 7456, 7457, 7458, 7459, 7460, 7461, 7462, 7463, 7464, 7465, 7466, 7467, 7604]), Anchor::All(&[Anchor::Lits(&[4085, 4656, 4745, 5626, 5776, 5871, 7604, 7762, 7763]), Anchor::Lits(&[4014, 4121, 4122, 5218, 6074, 6122, 6159, 6177, 6437, 7432]), Anchor::Lits(&[116, 118, 491, 906, 907, 1761, 1766, 1961, 1965, 2065, 2072, 2309, 2310, 2757, 2760, 2812, 2813, 2886, 2894, 2995, 2998, 3214, 3220, 3587, 3588])])])),
            (127, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 175, 177, 179, 181, 184, 186, 188, 190, 192, 3230, 3232, 3235, 3238, 3240, 3242, 3244, 3246, 3248, 3275, 3277, 3279, 3281, 3284, 3288, 3290, 3297, 3299, 3319, 3321, 3334, 3336, 3339, 3342, 3344, 3349, 3351]), Anchor::Lits(&[274, 287, 324, 325, 326, 1744, 1748, 1749, 1750, 1753, 1778, 1779, 1780, 1781, 1782, 1825, 1826, 1833, 1834, 1835, 2380, 2381, 2382, 2383, 2384, 3373, 3376, 3391, 3392, 3400])]), Anchor::All(&[Anchor::Lits(&[5306, 5310, 5608, 6194, 7421]), Anchor::Lits(&[204, 731, 1514, 2546, 3686]), Anchor::Lits(&[4527, 4542, 4865, 6101, 6136, 6371, 6481, 6483, 6537, 6629, 6789, 6888, 7284])])]), Anchor::Lits(&[797, 805, 818, 1332, 1333, 1737, 1741, 1934, 1987, 2482, 2533, 2535, 2707, 2801, 2802, 2841, 2872, 2914, 2953, 3065, 3253, 3283, 3411, 3507]), Anchor::Lits(&[15, 17, 19, 21, 24, 26, 28, 32, 34, 176, 178, 180, 182, 185, 187, 189, 191, 193, 3231, 3233, 3236, 3239, 3241, 3243, 3245, 3247, 3249, 3276, 3278, 3280, 3282, 3285, 3289, 3291, 3298, 3300, 3320, 3322, 3335, 3337, 3340, 3343, 3345, 3350, 3352, 4528, 4543, 4866, 6102, 6137, 6372, 6482, 6484, 6538, 6630, 6790, 6889, 7285])])),
            (131, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[264, 265, 266, 269, 270, 553, 1659, 1665, 1870, 1871, 2140, 2159, 2162, 2985, 2992, 3649]), Anchor::Any(&[Anchor::Lits(&[3973, 3976, 4058, 4126, 4524, 4526, 4566, 4567, 4568, 4569, 4614, 4830, 4833, 4834, 4835, 4836, 4837, 4840, 4841, 4842, 4991, 6085, 6123, 6131, 6191, 6279, 6624, 6647, 6772, 6788, 7283, 7322]), Anchor::All(&[Anchor::Lits(&[5129]), Anchor::Lits(&[53, 123, 2423, 2464, 2926, 3173])]), Anchor::All(&[Anchor::Lits(&[4492, 4849, 4863, 4997, 5067, 5577, 6223, 6660, 7298, 7353, 7379]), Anchor::Lits(&[3377, 3378, 3379, 3381, 3382, 3383, 3384, 3385, 3386, 3389, 3396, 3399, 3404])])])])),
            (132, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4057, 5217, 5307, 5635, 7291]), Anchor::All(&[Anchor::Lits(&[4260, 4261, 4292, 4505, 4874, 5176, 5178, 5416, 5682, 6534, 6535, 6625, 6815, 7272, 7539, 7905]), Anchor::Lits(&[4236, 4299, 4355, 4390, 4635, 4860, 5002, 5046, 5306, 5607, 5608, 5636, 6127, 6157, 6631, 6784, 6834, 6891, 6966])])]), Anchor::Lits(&[159, 429, 430, 471, 777, 1343, 1671, 1672, 1704, 1738, 1840, 2039, 2129, 2832, 2833, 2908, 3112, 3359, 3436, 3640, 3879])])),
            (133, "hijack-the-task", Anchor::Lits(&[5394, 6350])),
            (135, "instruction-field", Anchor::Lits(&[93, 94, 95, 96, 97, 98, 99, 100, 107, 108, 109, 110, 111, 112, 113, 114, 340, 341, 342, 343, 344, 345, 346, 347, 483, 484, 485, 486, 487, 488, 489, 490, 762, 763, 764, 765, 766, 767, 768, 769, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 3178, 3179, 3180, 3184, 3185, 3186, 3187, 3190])),
            (138, "conceal-from-the-people", Anchor::Lits(&[504, 505, 506, 531, 532, 533, 560, 565, 571, 573, 574, 579, 581, 585, 590, 596, 598, 599, 604, 606, 943, 950, 960, 962, 963, 978, 981, 1117, 1125, 1133, 1135, 1136, 1142, 1144, 1208, 1216, 1224, 1226, 1227, 1233, 1235, 1252, 1259, 1270, 1272, 1273, 1288, 1291, 2066, 2068, 2070, 2183, 2192, 2205, 2207, 2208, 2225, 2228, 2548, 2549, 2550, 3658, 3664, 3670, 3672, 3673, 3679, 3681, 3721, 3727, 3733, 3735, 3736, 3742, 3744, 4506, 4622, 4658, 4675, 4676, 4690, 4691, 4698, 4699, 4700, 4701, 4702, 4704, 4719, 4723, 4747, 4776, 4777, 4791, 4792, 4799, 4800, 4801, 4802, 4803, 4805, 4820, 4824, 5625, 5627, 5628, 5629, 5778, 5784, 5785, 5796, 5797, 5803, 5804, 5805, 5806, 5807, 5811, 5827, 5830, 6333, 6628, 6814, 7605, 7619, 7621, 7632, 7635, 7640, 7641, 7642, 7643, 7644, 7646, 7660, 7667])),
            (139, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[207, 918, 919, 922, 923, 924, 1700, 1701, 2246, 2401, 2640, 3141, 3480, 3690, 3749, 7604]), Anchor::All(&[Anchor::Lits(&[243, 708, 709, 710, 712, 798, 1935, 2478, 2483, 2609, 2908, 2915, 3410, 3412]), Anchor::Lits(&[622, 675, 681, 1595, 1875, 2488, 2576, 2641, 2645, 2696, 2738])])])),
            (143, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[60, 172, 608, 625, 665, 674, 675, 778, 910, 1510, 1511, 1672, 1769, 2065, 2660, 2667, 2757, 2913, 3012, 3115, 3643, 3879, 4679, 4689, 4693, 4695, 4709, 4714, 4780, 4790, 4794, 4796, 4810, 4815, 5788, 5795, 5799, 5801, 5814, 5821, 5871, 6677, 7604]), Anchor::All(&[Anchor::Lits(&[2434]), Anchor::Lits(&[5581])])])),
            (145, "assert-a-falsehood", Anchor::Lits(&[4580, 7265, 7524, 7526, 7536])),
            (146, "user-kept-out-of-the-loop", Anchor::Lits(&[128, 129, 132, 133, 136, 142, 216, 217, 218, 219, 220, 226, 246, 275, 276, 278, 279, 280, 281, 282, 283, 284, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 301, 311, 314, 317, 318, 319, 320, 321, 1344, 1385, 1387, 1389, 1390, 1393, 1402, 1587, 1589, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 2406, 2407, 2408, 2409, 2410, 2411, 2501, 2502, 2503, 2504, 2505, 2506, 2519, 2520, 2521, 2522, 2523, 2524, 2762, 2763, 2764, 2765, 2766, 2767, 2997, 3468, 3513, 3516, 3518, 3519, 3520, 3521, 3525, 3526, 3527, 3528, 3529, 3530, 5871])),
            (147, "kept-from-the-record", Anchor::Any(&[Anchor::Lits(&[5557, 5558, 5559, 5560, 5561, 5562, 5563, 5582, 5583, 5584, 5585, 5586, 5587, 5588, 5914, 6016, 6017, 6018, 6019, 6020, 6021, 6022, 6023, 6024, 6025, 6026, 6027, 6028, 6029, 6030, 6031, 6032, 6033, 6755, 6756, 6757, 6758]), Anchor::All(&[Anchor::Lits(&[257, 433, 1507, 1668, 1942, 2306, 3005]), Anchor::Lits(&[1132, 1223, 1268, 1657, 2141, 2157, 2160, 2203, 2204, 2993, 2994, 3651, 3714])]), Anchor::All(&[Anchor::Lits(&[59, 535, 624, 673, 2659, 3095, 3114]), Anchor::Lits(&[4169, 4177, 4688, 4789, 7553, 7668])])])),
            (149, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6184, 6185, 6187, 6278]), Anchor::All(&[Anchor::Lits(&[4843, 5108, 5122, 5200, 5215, 5263, 5570, 6041, 6100, 6121, 6183, 6186, 6188, 6278, 6301, 6302, 7679]), Anchor::Lits(&[4256, 4257, 4490, 4491, 4571, 4846, 4992, 4996, 5066, 5576, 5622, 5667, 5683, 6222, 6313, 6316, 6413, 6612, 6659, 6672, 6676, 6833, 6875, 7297, 7352, 7378, 7676])])]), Anchor::Lits(&[424, 425, 760, 770, 844, 1311, 1331, 1427, 1435, 1530, 1951, 2032, 2097, 2134, 2526, 2528, 2529, 2566, 2607, 2648, 2650, 2753, 2883, 2930, 2932, 2986, 2990, 3140, 3172, 3442, 3492, 3502, 3751])])),
            (152, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[4484, 4485, 4486, 4487, 4488, 4489, 4637, 4638, 4639, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 5168, 5169, 5170, 5171, 5172, 5173, 5209, 5210, 5211, 5212, 5213, 5214, 6143, 6144, 6145, 6146, 6147, 6148, 6321, 6322, 6323, 6324, 6325, 6326, 6327, 6328, 6329, 6330, 6331, 6332, 6374, 6375, 6376, 6377, 6378, 6379, 6836, 6837, 6838, 6839, 6840, 6841, 7422, 7423, 7424, 7425, 7426, 7427, 7428, 7429, 7430, 7433, 7434, 7435]), Anchor::Lits(&[4326, 5001, 5619, 6192, 6435])])),
            (153, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[13, 174, 183, 208, 2149, 3059]), Anchor::All(&[Anchor::Lits(&[4491, 4992, 4996, 5066, 5576, 5667, 6193, 6222, 6313, 6413, 6659, 6672, 6676, 6833, 6875, 7297, 7378]), Anchor::Lits(&[7274, 7275, 7276, 7277, 7278, 7279, 7565, 7566, 7567, 7583, 7587, 7588]), Anchor::Lits(&[52, 66, 241, 508, 1330, 1346, 1563, 1567, 1699, 1756, 1944, 2422, 2947, 3015, 3221, 3506, 3598])])])),
            (154, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[3974, 3975, 4127, 4129, 4265, 4528, 5965, 6130, 6132, 6137, 6141, 6150, 6280, 6281, 6380, 6625, 6630, 6665]), Anchor::Lits(&[611, 911, 1311, 1323, 1331, 1600, 2438, 2487, 2566, 2600, 2693, 2810, 2812, 2930, 2986, 2995, 3214, 3477])])),
            (155, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4289, 4656, 4745, 5591, 5592, 5776, 5871, 5895, 7604]), Anchor::Lits(&[116, 118, 331, 337, 491, 492, 612, 613, 1580, 1592, 1761, 1766, 1854, 1855, 1961, 2019, 2020, 2067, 2069, 2071, 2073, 2074, 2075, 2309, 2310, 3214, 3220, 3577, 3578]), Anchor::Lits(&[4028, 4143, 4162, 4324, 4344, 4369, 4393, 4544, 4826, 5124, 5353, 5429, 5589, 5634, 5721, 6098, 6277, 6623, 6682, 6684, 6771, 7109])]), Anchor::All(&[Anchor::Lits(&[4250, 4251, 4319, 4321, 4736, 4737, 5109, 5120, 6703, 6705]), Anchor::Lits(&[4143, 4324, 4344, 4345, 4346, 6490, 6682, 6684, 7271])])]), Anchor::Lits(&[409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 466, 512, 513, 514, 516, 518, 519, 523, 524, 525, 526, 527, 528, 928, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1237, 1607, 1608, 1609, 1610, 1611, 1612, 1614, 1615, 1616, 1617, 1618, 1619, 1962, 1963, 2170, 2262, 2281, 3018, 3019, 3025, 3026, 3034, 3035, 3039, 3040, 3041, 3042, 3043, 3044, 3696])])),
            (156, "send-to-a-raw-address", Anchor::Lits(&[713, 908, 919, 923, 925, 926, 2814, 3046, 3054, 3212, 3598, 4264, 4313, 4531, 4990, 5414, 5846, 6193, 6222, 6313, 6436, 6659, 6833, 7303, 7378, 7498])),
            (157, "send-outside-the-company", Anchor::Lits(&[1437, 1624, 3315, 6107, 6184, 6242, 6306])),
            (158, "disclose-secret-values", Anchor::Lits(&[651, 653, 734, 738, 837, 1359, 1363, 1758, 2537, 2538, 2601, 3486, 3494, 3495, 3548, 3549, 4130, 4349, 4354, 4356, 4357, 4382, 4597, 4598, 5593, 5594, 5964, 6129, 6626, 6627])),
            (159, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::Lits(&[53, 89, 130, 208, 376, 654, 729, 742, 804, 1436, 1527, 1536, 1743, 1822, 1823, 2423, 2442, 2445, 2464, 2469, 2597, 2614, 2694, 2773, 2926, 3155, 3173, 3313, 3314, 3523, 3554, 4013, 4509, 4510, 4511, 4512, 4518, 4522, 4568, 4829, 4830, 4831, 4832, 4834, 4836, 4838, 4839, 4998, 5061, 5103, 5104, 5354, 5945, 6120, 6309, 6315, 6360, 6456, 6485, 6503, 6850, 7322, 7431]), Anchor::All(&[Anchor::Lits(&[4318, 4564, 4582, 4613, 4616, 4827, 4988, 5597, 5620, 6401, 6405, 6408, 6870, 6872, 6898, 7325, 7330, 7371]), Anchor::Lits(&[12, 149, 369, 372, 390, 391, 688, 1856, 1857, 1954, 2046, 2095, 2137, 2166, 2167, 2168, 2480, 2481, 2839, 2840, 2951, 2952, 3476])]), Anchor::All(&[Anchor::Lits(&[4492, 5067, 5623, 6223, 6314, 6660, 6673, 7379]), Anchor::Lits(&[350, 351, 352, 353, 354, 355, 1827, 1828, 1829, 1830, 1831, 1832, 3379, 3382, 3383, 3384, 3389, 3390])]), Anchor::All(&[Anchor::Lits(&[242, 797, 1934, 2477, 3409]), Anchor::Lits(&[6139, 6223, 6308, 6660, 6673])]), Anchor::All(&[Anchor::Lits(&[4828]), Anchor::Lits(&[821, 823, 2901, 3194, 3586])]), Anchor::All(&[Anchor::Lits(&[4880, 5961, 5995, 7556]), Anchor::Lits(&[4542, 4548, 5197, 5618, 6371, 6537, 6619, 6888])]), Anchor::All(&[Anchor::Lits(&[4565, 4828, 6310, 6406, 7323, 7556]), Anchor::Lits(&[123, 1313, 1356, 1380, 3646])]), Anchor::All(&[Anchor::Lits(&[4318, 4564, 4582, 4613, 4616, 4827, 4988, 5597, 5620, 6401, 6405, 6408, 6870, 6872, 6898, 7325, 7330, 7371]), Anchor::Lits(&[12, 149, 369, 372, 390, 391, 688, 1856, 1857, 1954, 2046, 2095, 2137, 2166, 2167, 2168, 2480, 2481, 2839, 2840, 2951, 2952, 3476])]), Anchor::All(&[Anchor::Lits(&[4492, 5067, 5623, 6223, 6314, 6660, 6673, 7379]), Anchor::Lits(&[350, 351, 352, 353, 354, 355, 1827, 1828, 1829, 1830, 1831, 1832, 3379, 3382, 3383, 3384, 3389, 3390])]), Anchor::All(&[Anchor::Lits(&[242, 797, 1934, 2477, 3409]), Anchor::Lits(&[6139, 6223, 6308, 6660, 6673])]), Anchor::All(&[Anchor::Lits(&[4828]), Anchor::Lits(&[821, 823, 2901, 3194, 3586])]), Anchor::All(&[Anchor::Lits(&[4880, 5961, 5995, 7556]), Anchor::Lits(&[4542, 4548, 5197, 5618, 6371, 6537, 6619, 6888])]), Anchor::All(&[Anchor::Lits(&[4565, 4828, 6310, 6406, 7323, 7556]), Anchor::Lits(&[123, 1313, 1356, 1380, 3646])])])),
            (160, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[4660, 4662, 4663, 4664, 4665, 4666, 4667, 4668, 4669, 4670, 4671, 4675, 4676, 4677, 4681, 4708, 4715, 4716, 4720, 4721, 4749, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4776, 4777, 4778, 4782, 4809, 4816, 4817, 4821, 4822, 5779, 5784, 5785, 5786, 5790, 5813, 5822, 5823, 5828, 5829, 5850, 5872, 5874, 5875, 5876, 5877, 5881, 5882, 5883, 5884, 5885, 5894, 5896, 5897, 5898, 5899, 5900, 5901, 5902, 5903, 5904, 5905, 7604, 7721, 7722, 7723, 7724, 7725, 7726, 7727, 7728, 7729, 7730, 7733, 7734, 7735, 7736, 7737, 7738, 7739, 7740, 7741, 7742]), Anchor::All(&[Anchor::Lits(&[4143, 4358, 4439, 4440, 4844]), Anchor::Lits(&[4318, 6702])]), Anchor::All(&[Anchor::Lits(&[4143, 4358, 4439, 4440, 4844]), Anchor::Lits(&[4318, 6702])])])),
            (161, "history-wiped-after-the-act", Anchor::Lits(&[873, 4262, 4381, 4387, 4459, 5078, 5079, 5082, 5086, 5198, 5199, 6303, 6320, 6362, 6666, 6669, 6675, 6713, 6965, 7372, 7911])),
            (162, "report-an-outcome-regardless", Anchor::Lits(&[1860, 2261, 2719, 5265, 5271, 5272, 5273, 5274, 5280, 5281, 5282, 5283, 5284, 5287, 5419, 5420, 5421, 5425, 7487, 7488, 7489, 7490])),
            (163, "agent-permissions-opened", Anchor::Lits(&[145, 147, 153, 155, 156, 163, 259, 399, 517, 529, 815, 816, 2514, 3767])),
            (164, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[511, 522, 677, 678, 838, 890, 901, 1297, 1591, 2142, 2744, 2748, 2823, 3011, 3017, 3038, 3168, 3466, 3490]), Anchor::Lits(&[498, 657, 660, 817, 872, 1594, 1598, 1599, 2649, 2768, 2769, 2882, 2909, 2910, 2911, 2912, 2916, 2917, 2922, 2923, 2924, 2925, 3202, 3458])])),
            (165, "risky-action-on-a-later-trigger", Anchor::Lits(&[76, 77, 78, 79, 1395, 1545, 1620, 1861, 1862, 1863, 1868, 1869, 4212, 4279, 5098, 5265, 5266, 5267, 5268, 5269, 5270, 5275, 5276, 5277, 5278, 5279, 5280, 5281, 5282, 5283, 5284, 5571, 5572, 5573, 5574, 5845, 6039, 6040, 7112, 7525, 7527, 7528, 7529, 7530, 7531, 7533, 7537, 7538])),
            (170, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[89, 227, 654, 684, 742, 808, 1404, 1436, 1536, 1643, 2397, 2402, 2442, 2469, 2640, 2987, 3048, 3504, 3554]), Anchor::All(&[Anchor::Lits(&[622, 626, 630, 675, 681, 703, 908, 919, 1369, 1415, 1528, 1595, 1622, 1625, 1705, 1738, 1875, 1898, 1988, 2039, 2053, 2311, 2574, 2642, 2643, 2645, 2662, 2696, 2710, 2738, 2944, 2947, 3006, 3046, 3067, 3069, 3096, 3141, 3210, 3212, 3356, 3474, 3508, 3514, 3623, 3647]), Anchor::Lits(&[4012, 4131, 4234, 4391, 4491, 4636, 4827, 4846, 4867, 4873, 5066, 5186, 5348, 5391, 5580, 5616, 5659, 6138, 6140, 6193, 6222, 6267, 6307, 6313, 6316, 6409, 6612, 6659, 6672, 6674, 6708, 6808, 6816, 6831, 7266, 7378, 7676]), Anchor::Any(&[Anchor::Lits(&[4128, 4329, 4527, 4546, 4864, 5201, 6103, 6133, 6136, 6189, 6592, 6629, 6651, 6773, 6789]), Anchor::All(&[Anchor::Lits(&[4038, 4392, 4877, 4899, 5087, 6351, 7357, 7359, 7543]), Anchor::Lits(&[67, 668, 736, 802, 818, 1310, 1333, 1434, 1438, 1473, 1991, 2437, 2707, 2799, 2836, 3194])]), Anchor::All(&[Anchor::Lits(&[666, 802, 818, 870, 1310, 1434, 1438, 1473, 1759, 1991, 2707, 2802, 2841, 3194]), Anchor::Lits(&[4329, 4331, 4527, 4529, 4534, 4864, 4865, 4868, 5174, 5216, 5643, 6131, 6149, 6158, 6189, 6191, 6592, 6594, 6629, 6788, 7284, 7432])])])]), Anchor::All(&[Anchor::Lits(&[3939, 3941, 3942, 3943, 3945, 3947, 3948, 3949, 3950, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4513, 4514, 4515, 4516, 4517, 4519, 4520, 4521, 4523, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5012, 5834, 5835, 5836, 5837, 5838, 5839, 5840, 5841, 5842, 6061, 6062, 6063, 6064, 6065, 6066, 6067, 6068, 6069, 6224, 6225, 6226, 6227, 6228, 6229, 6230, 6231, 6232, 6341, 6342, 6343, 6344, 6345, 6346, 6347, 6348, 6349, 6795, 6796, 6797, 6798, 6799, 6801, 6802, 6803, 6804, 7097, 7098, 7099, 7100, 7107, 7118, 7120, 7121, 7132]), Anchor::Lits(&[4508, 5003, 6060, 6223, 6340, 6793]), Anchor::Lits(&[363, 731, 1691, 1758, 1995, 3229, 3234, 3237, 3686])])]), Anchor::Lits(&[65, 247, 362, 680, 770, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 917, 1297, 1311, 1335, 1342, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1530, 1688, 1757, 1777, 1953, 2010, 2087, 2386, 2387, 2388, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2399, 2400, 2487, 2489, 2490, 2534, 2566, 2568, 2569, 2600, 2644, 2648, 2650, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2749, 2883, 2930, 2931, 2986, 2988, 3049, 3073, 3074, 3076, 3077, 3078, 3079, 3080, 3081, 3083, 3084, 3085, 3086, 3087, 3094, 3116, 3139, 3358, 3502, 3503, 3751]), Anchor::Lits(&[68, 90, 91, 228, 623, 627, 631, 655, 656, 667, 669, 676, 679, 682, 683, 685, 704, 737, 743, 744, 803, 809, 819, 822, 871, 909, 920, 921, 1311, 1334, 1370, 1371, 1405, 1416, 1435, 1437, 1439, 1474, 1529, 1537, 1538, 1596, 1597, 1623, 1626, 1644, 1645, 1706, 1739, 1760, 1762, 1876, 1899, 1989, 1992, 2040, 2054, 2312, 2398, 2403, 2438, 2443, 2444, 2470, 2471, 2575, 2641, 2646, 2663, 2697, 2708, 2711, 2739, 2800, 2803, 2837, 2842, 2945, 2948, 3007, 3047, 3068, 3070, 3097, 3142, 3143, 3195, 3196, 3211, 3213, 3357, 3475, 3505, 3509, 3510, 3515, 3555, 3556, 3624, 3648, 4129, 4330, 4528, 4547, 6104, 6134, 6137, 6190, 6593, 6630, 6652, 6774, 6790])])),
            (171, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[240, 245, 402, 460, 464, 558, 561, 562, 566, 567, 568, 569, 571, 579, 580, 583, 586, 587, 591, 592, 593, 594, 596, 604, 605, 671, 934, 944, 945, 951, 952, 953, 954, 960, 978, 980, 1113, 1118, 1119, 1127, 1128, 1129, 1130, 1133, 1142, 1143, 1204, 1209, 1210, 1218, 1219, 1220, 1221, 1224, 1233, 1234, 1243, 1253, 1254, 1260, 1261, 1262, 1263, 1270, 1288, 1290, 1586, 1655, 1702, 1751, 1752, 1774, 1957, 2035, 2175, 2184, 2185, 2193, 2194, 2195, 2197, 2205, 2225, 2227, 2294, 2421, 2435, 2664, 2718, 2729, 2835, 2900, 2996, 3071, 3162, 3467, 3481, 3489, 3654, 3659, 3660, 3665, 3666, 3667, 3668, 3670, 3679, 3680, 3717, 3722, 3723, 3728, 3729, 3730, 3731, 3733, 3742, 3743, 4672, 4673, 4678, 4680, 4684, 4692, 4694, 4697, 4703, 4705, 4710, 4712, 4717, 4718, 4719, 4773, 4774, 4779, 4781, 4785, 4793, 4795, 4798, 4804, 4806, 4811, 4813, 4818, 4819, 4820, 5782, 5783, 5787, 5789, 5791, 5798, 5800, 5802, 5810, 5812, 5816, 5819, 5825, 5826, 5827, 5868, 5871, 5886, 5887, 5888, 5889, 5890, 5891, 5892, 5913, 5915, 5916, 5917, 5918, 5919, 5920, 5921, 5938, 5939, 5940, 5941, 5942, 5943, 5944, 7612, 7617, 7618, 7624, 7625, 7629, 7637, 7638, 7639, 7645, 7647, 7650, 7655, 7658, 7659, 7660, 7720, 7732, 7764]), Anchor::All(&[Anchor::Lits(&[209, 658, 1506, 2090, 2439, 2754, 2759, 2780, 3062, 3148, 3441, 3610]), Anchor::Lits(&[1539, 2434])]), Anchor::All(&[Anchor::Lits(&[116, 120, 1331, 1334, 2087, 2091, 2307, 2308, 3588, 3589]), Anchor::Lits(&[4016, 4570, 4827, 4996, 5128, 5617, 5638, 5833, 5843, 6135, 6219, 6282, 6506, 6672, 7438])])])),
            (172, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[4030, 4462, 4477, 4998, 5074, 5108, 5215, 6107, 6108, 6128, 6184, 6278, 6300, 6360, 7151, 7152, 7470, 7679]), Anchor::Lits(&[244, 427, 428, 609, 610, 797, 801, 806, 807, 810, 811, 812, 813, 1336, 1337, 1667, 1703, 2057, 2474, 2475, 2479, 2482, 2492, 2493, 2496, 2533, 2872, 2873, 2914, 3053, 3064, 3517, 3522, 3531])])),
            (174, "agent-secrets-spilled", Anchor::Lits(&[242, 711, 796, 1360, 1365, 2477, 2608, 2907, 3409])),
            (175, "override-instructions-es-pt-it", Anchor::Lits(&[4383, 4384, 4609, 4611, 4612, 5349, 5350, 5351, 5396, 5398, 5428, 5948, 6078, 6080, 6087, 6393, 6395, 6397])),
            (176, "override-instructions-fr", Anchor::Lits(&[3422, 5291, 5767, 5768, 6097])),
            (177, "override-instructions-de-nl", Anchor::Lits(&[4117, 4277, 5400, 5412, 6059, 6390, 6391, 6498, 6499, 6620, 7481])),
            (178, "override-instructions-pl-tr", Anchor::Lits(&[5302, 5567, 5568, 5848, 6221, 6907, 7680, 7902])),
            (179, "override-instructions-ru", Anchor::Lits(&[5301, 5766, 6096, 7900, 7919, 7920, 7924, 7925, 7929])),
            (180, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[55, 2136, 2656, 2657, 2864, 2865, 3532]), Anchor::Lits(&[171, 1921, 2029, 2030, 2031, 2096, 2989])])),
            (182, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[5408, 5409, 5410, 5411, 5555, 5761, 5762, 5999, 6000, 6210, 6233, 6234, 6394, 6399, 6558, 6706, 6707, 6887, 7380, 7381, 7382, 7469, 7917, 7924, 7930])),
            (183, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[37, 64, 426, 478, 1690, 1720, 1721, 1858, 1893, 1920, 1937, 2007, 2026, 2531, 2658, 3576]), Anchor::Lits(&[122, 263, 365, 639, 640, 887, 1719, 1818, 1819, 1820, 1960, 2466, 2497, 2507, 2508, 2530, 2672, 3197, 3542])])),
            (185, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[616, 1500, 1936, 1976, 1982, 2163, 2688, 2689, 2723, 2786, 2856, 2938, 2946, 3149, 3582, 3893, 3899, 5017, 5566, 5569, 6611, 6699, 7342, 7346, 7375]), Anchor::All(&[Anchor::Lits(&[617, 745, 1493, 1566, 1978, 1981, 2724, 2791]), Anchor::Lits(&[1968, 2881])]), Anchor::All(&[Anchor::Lits(&[465, 1324, 1488, 1635, 2720, 2817, 3001, 3878]), Anchor::Lits(&[6002])]), Anchor::All(&[Anchor::Lits(&[616, 1500, 1977, 1982, 2728, 2787]), Anchor::Lits(&[2929])]), Anchor::All(&[Anchor::Lits(&[4258, 4276, 5530, 7901]), Anchor::Lits(&[470])]), Anchor::All(&[Anchor::Lits(&[5016, 5565, 5568, 6698]), Anchor::Lits(&[2338, 2339, 3016, 3766])]), Anchor::All(&[Anchor::Lits(&[455, 615, 1488, 1631, 2725, 2797]), Anchor::Lits(&[3538])]), Anchor::All(&[Anchor::Lits(&[454, 456, 457, 615, 1493, 1630, 1634, 2725, 2796, 2797, 2937]), Anchor::Lits(&[3478, 3539])]), Anchor::All(&[Anchor::Lits(&[618, 619, 620, 1490, 1493, 1503, 1504, 1981, 2326, 2335, 2341, 2577, 2578, 2579, 2730, 2790]), Anchor::Lits(&[470, 1472])]), Anchor::All(&[Anchor::Lits(&[3205]), Anchor::Lits(&[364, 431, 1488, 2499, 2928, 2936])])])),
            (187, "reveal-system-prompt-i18n", Anchor::Lits(&[205, 720, 721, 722, 723, 724, 1575, 1576, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1808, 1810, 1811, 1812, 1813, 1817, 1824, 1853, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 2063, 2064, 2088, 2089, 2092, 2093, 2385, 2547, 2624, 2625, 2626, 2627, 2628, 2631, 2632, 3174, 3175, 3176, 3187, 3191, 3192, 3193, 3198, 3479, 3511, 3558, 3563, 3906, 3928, 3929, 5107, 6700, 6701])),
            (189, "disable-safety-i18n", Anchor::Lits(&[366, 468, 469, 691, 752, 753, 754, 847, 1494, 1495, 1497, 1499, 1501, 1502, 1505, 1565, 1641, 1651, 1652, 1903, 2635, 2636, 2904, 2999, 3000, 3001, 3456, 3553, 3559, 3560, 3875, 3898, 3904, 3905, 3925, 3936])),
            (191, "stop-following-instructions-i18n", Anchor::Lits(&[215, 436, 719, 884, 1806, 1821, 2720, 2726, 2817, 3571, 4608, 4610, 5395, 5397, 5930, 5931, 5932, 5933, 5947, 6077, 6079, 6392, 6396])),
            (193, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[4599, 4887, 4888, 5288, 5292, 5298, 7472, 7473]), Anchor::All(&[Anchor::Lits(&[4579, 5289, 5292, 6009, 6010, 6011]), Anchor::Lits(&[7280, 7281])])])),
            (194, "instructions-void-de", Anchor::Lits(&[379, 1689, 2239, 2240, 3488])),
            (195, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[462, 654, 1531, 1764, 1765, 1949, 2027, 2028, 2060, 2527, 2633, 2634, 3534, 3535, 3540, 3541, 3565, 5922, 5923, 5924, 5925, 5926, 5928, 5929, 6600, 6605, 6607, 6609]), Anchor::All(&[Anchor::Lits(&[408, 888, 915, 1763, 2076, 2467, 2593, 3008]), Anchor::Lits(&[5758, 5763, 5764, 5765, 5772, 6604, 6606])]), Anchor::All(&[Anchor::Lits(&[2236]), Anchor::Lits(&[4882, 4883, 5644, 6590, 6591, 7474])])])),
            (197, "authority-waives-controls-i18n", Anchor::Lits(&[403, 404, 405, 406, 407, 1368, 1574, 1577, 1579, 2509, 2516, 2517, 3066])),
            (198, "persona-without-rules-i18n", Anchor::Lits(&[22, 35, 36, 69, 102, 104, 869, 1309, 1894, 2415, 3464, 3550, 3567, 3568])),
            (199, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[4142, 4159, 4163, 4164, 4237, 4480, 4481, 5075, 5099, 5119, 6299, 6681]), Anchor::Lits(&[826, 827, 858, 860, 861, 862, 863, 864, 865, 866, 889, 903, 904, 2897, 2898, 3892])])),
            (200, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[242, 641, 648, 661, 663, 746, 794, 799, 1660, 1662, 1723, 1895, 1928, 1934, 2023, 2130, 2132, 2477, 2484, 2874, 2876, 2902, 2933, 3002, 3409, 3573, 3894, 3908, 3918, 3920]), Anchor::Lits(&[206, 730, 732, 814, 830, 878, 902, 916, 1372, 1512, 1946, 1947, 1955, 1956, 1958, 1959, 1966, 1990, 2025, 2135, 2139, 2337, 2340, 2412, 2673, 2674, 2703, 2863, 3060, 3166, 3167, 3564, 3570, 3572, 3902, 3926, 3937])]), Anchor::All(&[Anchor::Lits(&[243, 642, 649, 662, 664, 747, 748, 795, 800, 1661, 1663, 1724, 1896, 1897, 1929, 1930, 1935, 2024, 2131, 2133, 2478, 2483, 2485, 2486, 2875, 2877, 2903, 2934, 2935, 3003, 3004, 3410, 3412, 3574, 3575, 3895, 3909, 3919, 3921]), Anchor::Lits(&[3963, 3964, 4086, 4249, 4252, 4253, 4254, 4255, 4317, 4323, 5000, 5126, 5127, 5130, 5427, 5633, 5681, 5759, 5936, 5937, 6012, 6014, 7912, 7913])])])),
            (201, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[1941, 2571, 2572, 3544, 3545, 3546, 3547, 3712, 3907, 3910, 3911, 3912, 3923, 3924])),
            (202, "skip-approval-cjk", Anchor::Lits(&[7931, 7932, 7933, 7934, 7935, 7936, 7937, 7938, 7939, 7940, 7941, 7942, 7943, 7944, 7945, 7946])),
            (204, "admin-role-handed-out-i18n", Anchor::Lits(&[53, 2423, 2926, 3523, 3977, 6086, 6648, 7452])),
            (206, "control-weakened-i18n", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4595, 5553, 5554]), Anchor::All(&[Anchor::Lits(&[4037, 4325, 4551, 4575, 4576, 4577, 4578, 4619, 4861, 4862, 4875, 4876, 5159, 5175, 5553, 5554, 5621, 5642, 5934, 6142, 6338, 6339, 6404, 6407, 6486, 6500, 6501, 6502, 6616, 6617, 6867, 6868, 6869, 6911, 7273, 7282, 7468, 7478, 7678, 7903, 7906, 7918, 7923, 7926, 7927, 7928]), Anchor::Lits(&[12, 42, 43, 44, 51, 54, 84, 375, 377, 378, 380, 381, 382, 383, 384, 385, 386, 387, 392, 393, 846, 847, 987, 1296, 1351, 1736, 1900, 1901, 1903, 1904, 1924, 2011, 2041, 2042, 2043, 2044, 2045, 2046, 2049, 2050, 2058, 2059, 2095, 2164, 2165, 2169, 2498, 2500, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2636, 2639, 2721, 2722, 2819, 2838, 3471, 3472, 3543, 3603, 3877, 3896, 3897, 3898, 3903, 3904, 3913, 3914, 3922, 3927])])]), Anchor::Lits(&[12, 84, 121, 530, 826, 827, 846, 847, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 903, 904, 905, 1326, 1327, 1328, 1329, 1348, 1349, 1350, 1354, 1355, 1654, 1669, 1670, 1736, 1918, 1919, 1922, 1923, 2021, 2022, 2043, 2051, 2095, 2292, 2491, 2668, 2669, 2670, 2671, 2742, 2743, 2747, 2804, 2805, 2806, 2808, 2809, 2820, 2821, 2822, 2897, 2898, 2899, 3157, 3158, 3159, 3160, 3161, 3204, 3372, 3407, 3408, 3536, 3537, 3566, 3764, 3765, 3876, 3892, 3900, 3901, 3915, 3916, 3917, 3930, 3931, 3932, 3933, 3934, 3935])])),
            (208, "destructive-without-confirmation-i18n", Anchor::Lits(&[4290, 4291, 5760, 6003, 6004, 6005, 6006, 6007, 6008, 6036, 6037, 6038, 6601, 6602, 6603, 6608, 6610, 6654, 6655, 6656, 6657, 6658, 6662, 6663, 6664, 6693, 6694, 6695, 6696, 6697, 6783, 6912, 6913, 6914, 6915, 7484, 7907, 7908, 7909, 7910, 7914, 7915, 7916, 7921, 7922])),
            (211, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[776, 1582, 1583, 1584, 1585, 1588, 1590, 2288, 3438, 4279, 4296, 4297, 4298, 4688, 4722, 4740, 4743, 4789, 4823, 5029, 5031, 5893, 5998, 6709, 6710, 6711, 6712, 6727, 6740, 6781, 6782, 7338, 7554, 7634, 7669]), Anchor::All(&[Anchor::Lits(&[5188, 5192, 5193, 5195]), Anchor::Lits(&[1539])])])),
            (212, "trust-raised-for-later", Anchor::Lits(&[146, 158, 162, 165, 166, 167, 168, 260, 262, 398, 401, 1430, 1431, 4031, 4375, 4532, 4533, 5406, 5648, 6296, 6546, 6884, 7305, 7308, 7309, 7310])),
            (213, "admin-role-by-a-side-door", Anchor::Lits(&[53, 127, 135, 389, 1314, 1384, 1392, 1403, 2048, 2165, 2342, 2423, 2838, 2920, 2926, 3173, 3523, 4560, 6237])),
            (216, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[1887, 1888, 1889, 3593, 3594, 3596, 3790, 3792, 3797, 4090, 4094, 4095, 4096, 4097, 4099, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4114, 4217, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 6417, 6418, 6419, 6420, 6421, 6422, 6423, 6424, 6425, 6426, 6427, 6428, 6429, 6430, 6431, 6432, 6433, 6918, 6920, 6924, 6929, 6930, 6931, 6933, 6935, 6940, 6942, 6951, 6952, 6953, 6959, 6961, 6962, 6964]), Anchor::All(&[Anchor::Lits(&[330, 635, 1352, 1776, 2018, 2665, 3583, 3585, 3713]), Anchor::Any(&[Anchor::Lits(&[4573, 4657, 4678, 4692, 4697, 4710, 4711, 4712, 4713, 4719, 4746, 4779, 4793, 4798, 4811, 4812, 4813, 4814, 4820, 5534, 5536, 5540, 5541, 5543, 5544, 5547, 5548, 5549, 5552, 5596, 5649, 5650, 5651, 5652, 5653, 5654, 5655, 5656, 5657, 5658, 5777, 5787, 5798, 5802, 5816, 5818, 5819, 5820, 5827, 6043, 6045, 6047, 6048, 6050, 6051, 6053, 6054, 6055, 6058, 6243]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5533, 5956, 6042, 7491, 7492, 7496, 7497, 7717, 7718, 7760, 7765]), Anchor::All(&[Anchor::Lits(&[4910, 4911, 4912, 4913, 4914, 4915, 4916, 4917, 4918, 4919, 4920, 4921, 4922, 4923, 4924, 4925, 4926, 4927, 4928, 4929, 4930, 4931, 4932, 4933, 4934, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 4942, 4943, 4944, 4945, 4946, 4947, 4948, 4949, 4950, 4951, 4952, 4953, 4954, 4955, 4956, 4957, 4958, 4959, 4960, 4961, 4962, 4963, 4964, 4965, 4966, 5430, 5431, 5432, 5433, 5434, 5435, 5436, 5437, 5438, 5439, 5440, 5441, 5442, 5443, 5444, 5445, 5446, 5447, 5448, 5450, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5458, 5459, 5460, 5461, 5462, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 5470, 5471, 5472, 5473, 5474, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5482, 5483, 5484, 5485, 5486, 5487, 6972, 6973, 6974, 6975, 6976, 6977, 6978, 6979, 6980, 6981, 6982, 6983, 6984, 6985, 6986, 6987, 6988, 6989, 6990, 6991, 6992, 6993, 6994, 6995, 6996, 6997, 6998, 6999, 7000, 7001, 7002, 7003, 7004, 7005, 7006, 7007, 7008, 7009, 7010, 7011, 7012, 7013, 7014, 7015, 7016, 7017, 7018, 7019, 7020, 7021, 7022, 7023, 7024, 7025, 7026, 7027, 7028, 7206, 7207, 7208, 7209, 7210, 7211, 7212, 7213, 7214, 7215, 7216, 7217, 7218, 7219, 7220, 7221, 7222, 7223, 7224, 7227, 7228, 7229, 7230, 7231, 7232, 7233, 7234, 7235, 7236, 7237, 7238, 7239, 7240, 7241, 7242, 7243, 7244, 7245, 7246, 7247, 7248, 7249, 7250, 7251, 7252, 7253, 7254, 7255, 7256, 7257, 7258, 7259, 7260, 7261, 7262, 7263, 7264]), Anchor::Lits(&[4248, 5018, 5161, 5624, 5946, 5956, 6195, 6357, 6398, 6536, 6618, 6792])])]), Anchor::Lits(&[4088, 4370, 6414, 6461, 6613, 6917])])]), Anchor::Lits(&[209, 644, 848, 929, 941, 956, 958, 969, 971, 979, 982, 1238, 1250, 1265, 1267, 1279, 1281, 1289, 1292, 1905, 1906, 1909, 1910, 1912, 1913, 1914, 1915, 1916, 1969, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2171, 2181, 2199, 2201, 2216, 2217, 2226, 2229, 2367, 2368, 2371, 2372, 2374, 2375, 2376, 2377, 2378, 2589, 2754, 2777, 2885, 3214])])])),
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
copied\
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
sharing\
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
            ends: &[2, 4, 7, 10, 12, 14, 16, 22, 29, 35, 38, 48, 58, 62, 69, 74, 79, 87, 92, 97, 102, 107, 112, 117, 126, 135, 144, 149, 156, 161, 164, 178, 184, 190, 196, 199, 204, 208, 217, 223, 228, 236, 245, 251, 256, 266, 270, 275, 283, 292, 300, 308, 315, 320, 325, 330, 335, 341, 347, 357, 364, 369, 374, 378, 383, 391, 397, 403, 411, 415, 423, 431, 438, 445, 450, 455, 461, 467, 472, 477, 482, 487, 492, 497, 502, 504, 506, 508, 510, 512, 524, 536, 542, 549, 555, 558, 568, 578, 589, 600, 604, 611, 619, 627, 636, 645, 654, 659, 664, 671, 676, 679, 685, 688, 693, 697, 702, 707, 713, 718, 726, 735, 739, 742, 746, 751, 757, 763, 767, 771, 776, 784, 793, 801, 808, 819, 830, 840, 850, 855, 860, 866, 872, 884, 896, 902, 912, 919, 923, 928, 936, 939, 943, 949, 958, 967, 974, 981, 983, 985, 987, 989, 991, 997, 1004, 1010, 1013, 1023, 1033, 1037, 1044, 1052, 1061, 1070, 1079, 1084, 1091, 1096, 1099, 1105, 1108, 1113, 1117, 1123, 1128, 1136, 1145, 1150, 1154, 1159, 1167, 1176, 1184, 1191, 1197, 1203, 1213, 1220, 1224, 1229, 1237, 1241, 1243, 1245, 1247, 1249, 1251, 1257, 1264, 1270, 1273, 1283, 1293, 1297, 1304, 1312, 1321, 1330, 1339, 1344, 1351, 1356, 1359, 1365, 1368, 1373, 1377, 1383, 1388, 1396, 1405, 1410, 1414, 1419, 1427, 1436, 1444, 1451, 1457, 1463, 1473, 1480, 1484, 1489, 1497, 1501, 1503, 1505, 1507, 1509, 1511, 1517, 1524, 1530, 1533, 1543, 1553, 1557, 1564, 1572, 1581, 1590, 1599, 1604, 1611, 1616, 1619, 1625, 1628, 1633, 1637, 1643, 1648, 1656, 1665, 1670, 1674, 1679, 1687, 1696, 1704, 1711, 1717, 1723, 1733, 1740, 1744, 1749, 1757, 1761, 1763, 1765, 1768, 1771, 1773, 1775, 1777, 1789, 1801, 1807, 1814, 1820, 1823, 1829, 1836, 1849, 1863, 1873, 1883, 1894, 1905, 1911, 1915, 1922, 1931, 1941, 1948, 1956, 1961, 1966, 1974, 1983, 1991, 1998, 2006, 2011, 2016, 2021, 2026, 2031, 2036, 2046, 2057, 2068, 2077, 2086, 2095, 2104, 2110, 2115, 2120, 2131, 2142, 2149, 2154, 2159, 2162, 2168, 2175, 2188, 2202, 2208, 2214, 2220, 2223, 2228, 2232, 2236, 2241, 2246, 2254, 2263, 2272, 2278, 2283, 2291, 2300, 2306, 2313, 2321, 2325, 2328, 2332, 2337, 2343, 2349, 2353, 2362, 2372, 2376, 2381, 2392, 2400, 2406, 2413, 2422, 2429, 2437, 2444, 2452, 2460, 2468, 2475, 2480, 2485, 2496, 2507, 2512, 2517, 2527, 2537, 2550, 2563, 2568, 2573, 2579, 2585, 2591, 2602, 2610, 2622, 2634, 2643, 2649, 2659, 2666, 2671, 2676, 2680, 2685, 2705, 2720, 2734, 2747, 2755, 2761, 2767, 2778, 2796, 2802, 2805, 2812, 2820, 2824, 2830, 2839, 2848, 2856, 2864, 2871, 2878, 2883, 2888, 2895, 2902, 2908, 2914, 2919, 2924, 2929, 2934, 2939, 2944, 2949, 2951, 2954, 2957, 2967, 2977, 2987, 2994, 3002, 3011, 3012, 3014, 3016, 3018, 3020, 3022, 3024, 3030, 3033, 3043, 3047, 3054, 3062, 3069, 3079, 3083, 3087, 3100, 3113, 3126, 3130, 3136, 3148, 3160, 3172, 3179, 3182, 3185, 3189, 3193, 3197, 3201, 3205, 3209, 3213, 3217, 3221, 3225, 3229, 3233, 3237, 3241, 3245, 3249, 3253, 3256, 3259, 3260, 3262, 3264, 3266, 3268, 3270, 3272, 3275, 3280, 3285, 3290, 3295, 3300, 3305, 3311, 3317, 3324, 3331, 3338, 3345, 3352, 3359, 3366, 3373, 3380, 3387, 3394, 3401, 3408, 3415, 3422, 3429, 3436, 3439, 3442, 3446, 3450, 3454, 3458, 3462, 3466, 3471, 3476, 3482, 3488, 3494, 3500, 3506, 3512, 3518, 3524, 3530, 3536, 3542, 3548, 3554, 3560, 3566, 3572, 3578, 3581, 3584, 3589, 3594, 3599, 3603, 3607, 3611, 3615, 3619, 3623, 3627, 3631, 3635, 3639, 3643, 3647, 3651, 3655, 3659, 3663, 3667, 3669, 3671, 3674, 3677, 3680, 3682, 3685, 3688, 3691, 3694, 3697, 3700, 3707, 3711, 3722, 3733, 3738, 3747, 3755, 3764, 3772, 3786, 3804, 3819, 3837, 3852, 3871, 3887, 3904, 3922, 3932, 3937, 3947, 3952, 3959, 3969, 3979, 3990, 4002, 4015, 4026, 4041, 4053, 4065, 4076, 4084, 4090, 4094, 4098, 4103, 4108, 4113, 4118, 4123, 4128, 4133, 4138, 4143, 4148, 4153, 4158, 4163, 4168, 4173, 4178, 4183, 4186, 4189, 4192, 4197, 4202, 4207, 4208, 4211, 4213, 4216, 4219, 4222, 4225, 4228, 4231, 4238, 4242, 4253, 4258, 4266, 4275, 4283, 4288, 4293, 4300, 4304, 4308, 4313, 4318, 4323, 4328, 4333, 4338, 4343, 4348, 4353, 4358, 4363, 4368, 4373, 4378, 4383, 4388, 4393, 4395, 4398, 4401, 4404, 4407, 4410, 4413, 4420, 4424, 4435, 4440, 4448, 4457, 4465, 4470, 4475, 4482, 4486, 4490, 4495, 4500, 4505, 4510, 4515, 4520, 4525, 4530, 4535, 4540, 4545, 4550, 4555, 4560, 4565, 4570, 4575, 4578, 4584, 4587, 4594, 4595, 4597, 4599, 4610, 4613, 4619, 4629, 4634, 4643, 4651, 4658, 4664, 4670, 4677, 4682, 4686, 4697, 4707, 4710, 4715, 4726, 4730, 4733, 4734, 4736, 4738, 4740, 4742, 4744, 4746, 4749, 4752, 4755, 4758, 4761, 4764, 4775, 4786, 4799, 4807, 4817, 4821, 4836, 4841, 4845, 4849, 4854, 4859, 4864, 4869, 4874, 4879, 4884, 4889, 4894, 4899, 4904, 4909, 4914, 4919, 4924, 4929, 4934, 4936, 4939, 4949, 4959, 4971, 4978, 4987, 4990, 5004, 5008, 5010, 5013, 5016, 5020, 5024, 5028, 5032, 5036, 5040, 5044, 5048, 5052, 5056, 5060, 5064, 5068, 5072, 5076, 5080, 5084, 5087, 5088, 5090, 5093, 5096, 5097, 5103, 5106, 5111, 5121, 5125, 5135, 5142, 5147, 5159, 5163, 5172, 5180, 5184, 5193, 5201, 5213, 5223, 5230, 5238, 5245, 5251, 5252, 5254, 5256, 5258, 5260, 5262, 5264, 5266, 5272, 5279, 5286, 5293, 5300, 5307, 5314, 5321, 5329, 5337, 5346, 5355, 5364, 5373, 5382, 5391, 5400, 5409, 5418, 5427, 5436, 5445, 5454, 5463, 5472, 5481, 5490, 5493, 5505, 5517, 5522, 5527, 5532, 5537, 5542, 5547, 5553, 5559, 5566, 5573, 5580, 5587, 5594, 5601, 5608, 5615, 5622, 5629, 5636, 5643, 5650, 5657, 5664, 5671, 5678, 5682, 5687, 5692, 5697, 5702, 5707, 5712, 5717, 5725, 5733, 5741, 5749, 5757, 5765, 5773, 5782, 5791, 5800, 5810, 5820, 5830, 5840, 5850, 5860, 5870, 5880, 5890, 5900, 5910, 5920, 5930, 5940, 5950, 5960, 5970, 5976, 5982, 5989, 5996, 6003, 6010, 6017, 6024, 6031, 6038, 6045, 6052, 6059, 6066, 6073, 6080, 6087, 6094, 6101, 6105, 6109, 6113, 6117, 6121, 6125, 6130, 6135, 6141, 6147, 6153, 6159, 6165, 6171, 6177, 6183, 6189, 6195, 6201, 6207, 6213, 6219, 6225, 6231, 6237, 6240, 6243, 6247, 6251, 6255, 6259, 6263, 6267, 6271, 6275, 6279, 6283, 6287, 6291, 6295, 6299, 6303, 6307, 6311, 6314, 6317, 6320, 6323, 6326, 6329, 6333, 6342, 6352, 6356, 6360, 6365, 6370, 6375, 6380, 6385, 6390, 6395, 6400, 6405, 6410, 6415, 6420, 6425, 6430, 6435, 6440, 6445, 6447, 6449, 6459, 6468, 6474, 6481, 6488, 6495, 6503, 6512, 6519, 6525, 6530, 6540, 6549, 6553, 6557, 6567, 6574, 6582, 6587, 6593, 6602, 6609, 6612, 6615, 6622, 6629, 6636, 6641, 6648, 6656, 6666, 6672, 6679, 6686, 6698, 6707, 6710, 6716, 6722, 6727, 6734, 6739, 6745, 6755, 6761, 6775, 6782, 6792, 6797, 6803, 6809, 6815, 6821, 6827, 6833, 6839, 6845, 6851, 6857, 6863, 6870, 6877, 6885, 6893, 6900, 6907, 6914, 6921, 6928, 6935, 6943, 6951, 6959, 6967, 6975, 6983, 6991, 6999, 7007, 7015, 7023, 7031, 7039, 7047, 7055, 7063, 7071, 7082, 7089, 7094, 7106, 7115, 7117, 7120, 7123, 7126, 7129, 7132, 7135, 7143, 7151, 7160, 7172, 7180, 7190, 7196, 7207, 7218, 7231, 7244, 7259, 7262, 7265, 7268, 7276, 7284, 7293, 7305, 7313, 7323, 7329, 7340, 7351, 7364, 7377, 7392, 7395, 7399, 7403, 7416, 7424, 7436, 7443, 7454, 7464, 7473, 7481, 7489, 7498, 7505, 7511, 7524, 7536, 7541, 7548, 7561, 7567, 7570, 7573, 7581, 7593, 7599, 7610, 7618, 7622, 7626, 7630, 7634, 7638, 7642, 7646, 7650, 7654, 7659, 7664, 7670, 7676, 7682, 7688, 7694, 7700, 7706, 7712, 7718, 7724, 7730, 7736, 7742, 7748, 7754, 7760, 7766, 7770, 7774, 7779, 7784, 7789, 7794, 7799, 7804, 7809, 7814, 7819, 7824, 7829, 7834, 7839, 7844, 7849, 7854, 7859, 7862, 7866, 7870, 7874, 7878, 7882, 7886, 7893, 7900, 7907, 7912, 7921, 7931, 7941, 7950, 7960, 7967, 7982, 7991, 7996, 8001, 8007, 8013, 8019, 8025, 8031, 8037, 8043, 8049, 8055, 8061, 8067, 8073, 8079, 8085, 8091, 8097, 8103, 8108, 8114, 8116, 8125, 8134, 8143, 8152, 8161, 8170, 8179, 8188, 8197, 8206, 8216, 8226, 8236, 8246, 8256, 8266, 8277, 8288, 8300, 8312, 8324, 8336, 8348, 8360, 8372, 8384, 8396, 8408, 8420, 8432, 8444, 8456, 8468, 8480, 8492, 8498, 8507, 8511, 8515, 8519, 8523, 8527, 8531, 8537, 8542, 8547, 8553, 8559, 8565, 8571, 8577, 8583, 8589, 8595, 8601, 8607, 8613, 8619, 8625, 8631, 8637, 8643, 8649, 8653, 8662, 8668, 8675, 8682, 8688, 8696, 8702, 8710, 8723, 8730, 8738, 8746, 8758, 8763, 8768, 8777, 8787, 8797, 8808, 8819, 8825, 8831, 8840, 8850, 8860, 8870, 8880, 8890, 8900, 8910, 8920, 8930, 8940, 8951, 8962, 8982, 8997, 9016, 9030, 9048, 9065, 9081, 9096, 9111, 9127, 9141, 9154, 9174, 9193, 9205, 9219, 9239, 9252, 9262, 9272, 9282, 9293, 9304, 9315, 9326, 9337, 9348, 9360, 9372, 9384, 9396, 9408, 9420, 9432, 9444, 9456, 9468, 9480, 9492, 9504, 9516, 9528, 9540, 9552, 9562, 9573, 9584, 9596, 9608, 9614, 9619, 9625, 9633, 9641, 9651, 9661, 9671, 9681, 9691, 9701, 9712, 9723, 9735, 9747, 9759, 9771, 9783, 9795, 9807, 9819, 9831, 9843, 9855, 9867, 9879, 9891, 9903, 9915, 9927, 9932, 9937, 9942, 9947, 9952, 9957, 9963, 9969, 9976, 9983, 9990, 9997, 10004, 10011, 10018, 10025, 10032, 10039, 10046, 10053, 10060, 10067, 10074, 10081, 10088, 10098, 10103, 10109, 10115, 10123, 10137, 10158, 10165, 10175, 10185, 10194, 10204, 10209, 10216, 10222, 10229, 10237, 10244, 10250, 10258, 10264, 10268, 10274, 10284, 10290, 10296, 10302, 10308, 10314, 10320, 10327, 10334, 10342, 10350, 10358, 10366, 10374, 10382, 10390, 10398, 10406, 10414, 10422, 10430, 10438, 10446, 10454, 10462, 10470, 10475, 10480, 10483, 10487, 10491, 10495, 10499, 10503, 10507, 10511, 10515, 10519, 10523, 10528, 10533, 10538, 10543, 10548, 10553, 10559, 10565, 10571, 10577, 10583, 10589, 10595, 10601, 10607, 10613, 10619, 10625, 10631, 10637, 10643, 10649, 10655, 10665, 10676, 10687, 10697, 10703, 10709, 10725, 10731, 10738, 10740, 10744, 10750, 10758, 10763, 10768, 10773, 10778, 10783, 10788, 10795, 10802, 10809, 10815, 10821, 10828, 10835, 10842, 10849, 10856, 10863, 10870, 10877, 10884, 10891, 10898, 10905, 10912, 10919, 10926, 10933, 10940, 10946, 10951, 10956, 10961, 10966, 10971, 10976, 10983, 10990, 10997, 11003, 11009, 11016, 11023, 11030, 11037, 11044, 11051, 11058, 11065, 11072, 11079, 11086, 11093, 11100, 11107, 11114, 11121, 11128, 11134, 11136, 11145, 11151, 11156, 11161, 11166, 11171, 11176, 11181, 11188, 11195, 11202, 11208, 11214, 11220, 11226, 11232, 11238, 11246, 11254, 11262, 11269, 11276, 11284, 11292, 11300, 11308, 11316, 11324, 11332, 11340, 11348, 11356, 11364, 11372, 11380, 11388, 11396, 11404, 11412, 11418, 11424, 11431, 11438, 11445, 11452, 11459, 11466, 11473, 11480, 11487, 11494, 11501, 11508, 11515, 11522, 11529, 11536, 11543, 11552, 11561, 11570, 11576, 11582, 11588, 11593, 11598, 11604, 11611, 11618, 11625, 11633, 11641, 11649, 11654, 11659, 11668, 11673, 11680, 11686, 11693, 11700, 11709, 11715, 11721, 11728, 11736, 11744, 11752, 11761, 11770, 11779, 11783, 11789, 11796, 11803, 11810, 11822, 11830, 11838, 11846, 11852, 11863, 11869, 11873, 11876, 11886, 11897, 11902, 11907, 11912, 11917, 11922, 11927, 11933, 11939, 11946, 11953, 11960, 11967, 11974, 11981, 11988, 11995, 12002, 12009, 12016, 12023, 12030, 12037, 12044, 12051, 12058, 12068, 12076, 12082, 12089, 12099, 12109, 12119, 12128, 12137, 12144, 12150, 12159, 12169, 12179, 12189, 12199, 12209, 12219, 12233, 12243, 12253, 12264, 12275, 12287, 12299, 12311, 12323, 12335, 12347, 12359, 12371, 12383, 12395, 12407, 12419, 12431, 12443, 12455, 12467, 12479, 12494, 12497, 12506, 12513, 12524, 12532, 12539, 12548, 12558, 12564, 12574, 12586, 12600, 12614, 12628, 12633, 12642, 12653, 12666, 12679, 12692, 12696, 12700, 12708, 12718, 12730, 12742, 12754, 12762, 12767, 12771, 12776, 12787, 12794, 12804, 12812, 12816, 12822, 12827, 12832, 12837, 12842, 12847, 12852, 12858, 12864, 12871, 12878, 12885, 12892, 12899, 12906, 12913, 12920, 12927, 12934, 12941, 12948, 12955, 12962, 12969, 12976, 12983, 12989, 12996, 13003, 13011, 13018, 13023, 13031, 13040, 13049, 13056, 13063, 13075, 13087, 13099, 13111, 13123, 13135, 13147, 13160, 13173, 13187, 13201, 13215, 13229, 13243, 13257, 13271, 13285, 13299, 13313, 13327, 13341, 13355, 13369, 13383, 13397, 13411, 13419, 13427, 13435, 13440, 13445, 13450, 13456, 13463, 13470, 13478, 13484, 13490, 13496, 13502, 13508, 13514, 13520, 13529, 13537, 13544, 13551, 13559, 13567, 13575, 13583, 13591, 13599, 13607, 13615, 13623, 13631, 13639, 13647, 13655, 13663, 13671, 13679, 13687, 13691, 13697, 13704, 13710, 13715, 13724, 13734, 13740, 13746, 13752, 13757, 13764, 13770, 13787, 13797, 13806, 13809, 13813, 13817, 13821, 13825, 13829, 13833, 13843, 13853, 13863, 13869, 13876, 13883, 13888, 13893, 13899, 13905, 13911, 13917, 13923, 13929, 13935, 13941, 13947, 13953, 13959, 13965, 13971, 13977, 13983, 13989, 13995, 14000, 14008, 14014, 14021, 14027, 14032, 14035, 14041, 14047, 14053, 14057, 14061, 14068, 14076, 14080, 14084, 14088, 14091, 14099, 14105, 14111, 14123, 14126, 14130, 14134, 14138, 14143, 14148, 14153, 14158, 14165, 14171, 14176, 14181, 14187, 14195, 14199, 14207, 14213, 14219, 14227, 14234, 14240, 14245, 14249, 14253, 14257, 14261, 14265, 14269, 14274, 14279, 14285, 14291, 14297, 14303, 14309, 14315, 14321, 14327, 14333, 14339, 14345, 14351, 14357, 14363, 14369, 14375, 14381, 14384, 14387, 14390, 14393, 14396, 14399, 14405, 14409, 14416, 14423, 14427, 14431, 14436, 14441, 14446, 14451, 14456, 14461, 14466, 14471, 14476, 14481, 14486, 14491, 14496, 14501, 14506, 14511, 14516, 14520, 14527, 14535, 14540, 14544, 14546, 14549, 14552, 14560, 14568, 14577, 14585, 14595, 14606, 14619, 14632, 14647, 14655, 14663, 14672, 14680, 14690, 14701, 14714, 14727, 14742, 14745, 14748, 14755, 14758, 14761, 14764, 14767, 14770, 14773, 14777, 14781, 14786, 14791, 14796, 14801, 14806, 14811, 14816, 14821, 14826, 14831, 14836, 14841, 14846, 14851, 14856, 14861, 14866, 14872, 14879, 14882, 14889, 14896, 14903, 14910, 14917, 14924, 14931, 14939, 14947, 14956, 14965, 14974, 14983, 14992, 15001, 15010, 15019, 15028, 15037, 15046, 15055, 15064, 15073, 15082, 15091, 15100, 15109, 15118, 15127, 15136, 15145, 15154, 15163, 15173, 15183, 15194, 15205, 15216, 15227, 15238, 15249, 15260, 15271, 15282, 15293, 15304, 15315, 15326, 15337, 15348, 15359, 15370, 15381, 15392, 15404, 15414, 15419, 15426, 15434, 15437, 15446, 15455, 15470, 15476, 15481, 15488, 15499, 15511, 15523, 15544, 15567, 15591, 15602, 15610, 15615, 15622, 15627, 15636, 15646, 15648, 15651, 15654, 15662, 15670, 15679, 15687, 15697, 15708, 15721, 15734, 15749, 15757, 15765, 15774, 15782, 15792, 15803, 15816, 15829, 15844, 15847, 15850, 15854, 15859, 15884, 15889, 15893, 15907, 15915, 15930, 15934, 15940, 15946, 15951, 15954, 15958, 15962, 15968, 15974, 15980, 15986, 15992, 15998, 16006, 16014, 16022, 16029, 16036, 16043, 16050, 16057, 16064, 16073, 16082, 16091, 16099, 16107, 16116, 16125, 16134, 16143, 16152, 16161, 16170, 16179, 16188, 16197, 16206, 16215, 16224, 16233, 16242, 16251, 16260, 16267, 16274, 16282, 16290, 16298, 16306, 16314, 16322, 16330, 16338, 16346, 16354, 16362, 16370, 16378, 16386, 16394, 16402, 16410, 16414, 16420, 16424, 16429, 16432, 16436, 16440, 16453, 16468, 16476, 16486, 16494, 16498, 16502, 16515, 16530, 16538, 16548, 16556, 16568, 16582, 16589, 16598, 16603, 16608, 16613, 16618, 16625, 16632, 16638, 16644, 16650, 16657, 16661, 16666, 16674, 16690, 16694, 16701, 16710, 16716, 16721, 16726, 16730, 16737, 16744, 16748, 16756, 16763, 16768, 16777, 16786, 16795, 16803, 16810, 16819, 16822, 16840, 16846, 16850, 16855, 16861, 16867, 16873, 16879, 16885, 16891, 16897, 16903, 16909, 16915, 16921, 16928, 16935, 16943, 16951, 16959, 16967, 16973, 16980, 16987, 16995, 17003, 17010, 17017, 17024, 17031, 17038, 17046, 17054, 17062, 17070, 17078, 17086, 17094, 17102, 17110, 17118, 17126, 17134, 17142, 17150, 17158, 17166, 17174, 17180, 17187, 17195, 17203, 17212, 17221, 17225, 17229, 17238, 17240, 17246, 17253, 17258, 17261, 17274, 17289, 17299, 17310, 17320, 17331, 17336, 17349, 17359, 17372, 17381, 17399, 17414, 17432, 17446, 17466, 17479, 17493, 17509, 17527, 17537, 17552, 17560, 17564, 17569, 17574, 17579, 17584, 17589, 17594, 17600, 17606, 17613, 17620, 17627, 17634, 17641, 17648, 17655, 17662, 17669, 17676, 17683, 17690, 17697, 17704, 17711, 17718, 17725, 17729, 17734, 17739, 17744, 17749, 17754, 17759, 17765, 17771, 17778, 17785, 17792, 17799, 17806, 17813, 17820, 17827, 17834, 17841, 17848, 17855, 17862, 17869, 17876, 17883, 17890, 17895, 17903, 17907, 17911, 17920, 17922, 17930, 17934, 17941, 17945, 17950, 17955, 17960, 17965, 17970, 17975, 17981, 17987, 17994, 18001, 18008, 18015, 18022, 18029, 18036, 18043, 18050, 18057, 18064, 18071, 18078, 18085, 18092, 18099, 18106, 18113, 18120, 18127, 18133, 18140, 18145, 18151, 18159, 18167, 18173, 18181, 18190, 18199, 18208, 18214, 18217, 18232, 18237, 18242, 18247, 18252, 18257, 18262, 18272, 18282, 18292, 18302, 18312, 18322, 18328, 18334, 18341, 18348, 18355, 18362, 18369, 18376, 18383, 18390, 18397, 18404, 18411, 18418, 18425, 18432, 18439, 18446, 18453, 18460, 18466, 18474, 18479, 18487, 18495, 18500, 18503, 18507, 18511, 18515, 18519, 18523, 18527, 18536, 18545, 18554, 18563, 18568, 18573, 18579, 18585, 18591, 18597, 18603, 18609, 18615, 18621, 18627, 18633, 18639, 18645, 18651, 18657, 18663, 18669, 18675, 18679, 18683, 18692, 18697, 18705, 18711, 18715, 18725, 18735, 18745, 18750, 18757, 18766, 18776, 18786, 18792, 18799, 18807, 18809, 18814, 18819, 18824, 18829, 18834, 18839, 18845, 18851, 18858, 18865, 18872, 18879, 18886, 18893, 18900, 18907, 18914, 18921, 18928, 18935, 18942, 18949, 18956, 18963, 18970, 18976, 18983, 18990, 18997, 19004, 19011, 19018, 19038, 19058, 19078, 19098, 19118, 19138, 19159, 19180, 19202, 19224, 19246, 19268, 19290, 19312, 19334, 19356, 19378, 19400, 19422, 19444, 19466, 19488, 19510, 19532, 19554, 19562, 19570, 19579, 19588, 19597, 19606, 19615, 19624, 19633, 19642, 19651, 19660, 19669, 19678, 19687, 19696, 19705, 19714, 19723, 19730, 19735, 19739, 19742, 19745, 19753, 19761, 19769, 19777, 19785, 19793, 19803, 19813, 19823, 19832, 19841, 19851, 19861, 19871, 19881, 19891, 19901, 19911, 19921, 19931, 19941, 19951, 19961, 19971, 19981, 19991, 20001, 20011, 20019, 20027, 20035, 20043, 20051, 20059, 20069, 20079, 20089, 20098, 20107, 20117, 20127, 20137, 20147, 20157, 20167, 20177, 20187, 20197, 20207, 20217, 20227, 20237, 20247, 20257, 20267, 20277, 20282, 20286, 20290, 20294, 20303, 20309, 20316, 20324, 20333, 20339, 20345, 20350, 20358, 20366, 20372, 20379, 20388, 20393, 20400, 20410, 20416, 20423, 20430, 20441, 20447, 20453, 20459, 20469, 20479, 20489, 20498, 20506, 20518, 20530, 20542, 20553, 20560, 20566, 20570, 20575, 20580, 20584, 20589, 20592, 20597, 20606, 20612, 20619, 20631, 20639, 20642, 20648, 20655, 20658, 20664, 20670, 20678, 20687, 20700, 20703, 20709, 20716, 20723, 20727, 20736, 20742, 20749, 20752, 20756, 20761, 20771, 20781, 20791, 20801, 20811, 20821, 20832, 20843, 20855, 20867, 20879, 20891, 20903, 20915, 20927, 20939, 20951, 20963, 20975, 20987, 20999, 21011, 21023, 21035, 21047, 21054, 21058, 21062, 21066, 21071, 21076, 21080, 21084, 21089, 21095, 21109, 21123, 21137, 21151, 21165, 21179, 21193, 21208, 21223, 21239, 21255, 21271, 21287, 21303, 21319, 21335, 21351, 21367, 21383, 21399, 21415, 21431, 21447, 21463, 21479, 21495, 21500, 21506, 21511, 21515, 21521, 21526, 21531, 21536, 21542, 21546, 21551, 21558, 21567, 21578, 21589, 21600, 21610, 21618, 21622, 21629, 21635, 21639, 21643, 21647, 21651, 21655, 21659, 21663, 21667, 21677, 21685, 21691, 21698, 21705, 21712, 21719, 21726, 21733, 21748, 21762, 21775, 21782, 21789, 21803, 21816, 21824, 21832, 21841, 21850, 21859, 21868, 21877, 21886, 21895, 21904, 21913, 21922, 21931, 21940, 21949, 21958, 21967, 21976, 21985, 21990, 21995, 22001, 22007, 22013, 22019, 22025, 22031, 22037, 22043, 22049, 22055, 22061, 22067, 22073, 22079, 22085, 22091, 22097, 22119, 22128, 22132, 22137, 22142, 22146, 22153, 22157, 22164, 22171, 22180, 22192, 22204, 22213, 22221, 22224, 22232, 22234, 22237, 22240, 22243, 22246, 22249, 22252, 22261, 22270, 22279, 22284, 22288, 22292, 22296, 22301, 22306, 22311, 22316, 22321, 22326, 22331, 22336, 22341, 22346, 22351, 22356, 22361, 22366, 22371, 22376, 22381, 22389, 22400, 22409, 22420, 22428, 22444, 22454, 22464, 22474, 22483, 22490, 22498, 22504, 22508, 22516, 22521, 22526, 22531, 22540, 22557, 22564, 22572, 22588, 22604, 22620, 22636, 22652, 22668, 22685, 22702, 22720, 22738, 22756, 22774, 22792, 22810, 22828, 22846, 22864, 22882, 22900, 22918, 22936, 22954, 22972, 22990, 23008, 23014, 23024, 23030, 23036, 23048, 23053, 23059, 23065, 23068, 23071, 23080, 23087, 23096, 23100, 23110, 23115, 23122, 23130, 23136, 23140, 23149, 23156, 23168, 23178, 23182, 23191, 23200, 23209, 23218, 23227, 23236, 23246, 23256, 23267, 23278, 23289, 23300, 23311, 23322, 23333, 23344, 23355, 23366, 23377, 23388, 23399, 23410, 23421, 23432, 23443, 23453, 23463, 23473, 23483, 23493, 23503, 23514, 23525, 23537, 23549, 23561, 23573, 23585, 23597, 23609, 23621, 23633, 23645, 23657, 23669, 23681, 23693, 23705, 23717, 23729, 23734, 23743, 23747, 23751, 23758, 23773, 23788, 23803, 23818, 23833, 23848, 23864, 23880, 23897, 23914, 23931, 23948, 23965, 23982, 23999, 24016, 24033, 24050, 24067, 24084, 24101, 24118, 24135, 24152, 24169, 24184, 24199, 24214, 24229, 24244, 24259, 24275, 24291, 24308, 24325, 24342, 24359, 24376, 24393, 24410, 24427, 24444, 24461, 24478, 24495, 24512, 24529, 24546, 24563, 24580, 24585, 24591, 24597, 24604, 24614, 24617, 24620, 24623, 24626, 24629, 24632, 24635, 24640, 24643, 24647, 24651, 24655, 24659, 24664, 24669, 24674, 24679, 24684, 24689, 24694, 24699, 24704, 24709, 24714, 24719, 24724, 24729, 24734, 24739, 24744, 24747, 24752, 24753, 24756, 24758, 24761, 24764, 24767, 24770, 24773, 24776, 24779, 24786, 24794, 24801, 24805, 24816, 24827, 24832, 24840, 24849, 24859, 24869, 24879, 24885, 24893, 24899, 24903, 24910, 24914, 24920, 24925, 24932, 24938, 24947, 24957, 24963, 24968, 24974, 24983, 24993, 25002, 25010, 25017, 25024, 25035, 25043, 25048, 25054, 25063, 25068, 25071, 25074, 25077, 25080, 25083, 25090, 25098, 25105, 25109, 25120, 25131, 25136, 25144, 25153, 25163, 25173, 25183, 25189, 25197, 25203, 25207, 25214, 25218, 25224, 25229, 25236, 25242, 25251, 25261, 25267, 25272, 25278, 25287, 25297, 25306, 25314, 25321, 25328, 25339, 25347, 25352, 25358, 25367, 25372, 25376, 25384, 25392, 25400, 25408, 25418, 25428, 25438, 25448, 25458, 25470, 25484, 25498, 25508, 25518, 25529, 25539, 25551, 25564, 25579, 25594, 25611, 25621, 25631, 25642, 25652, 25664, 25677, 25692, 25707, 25724, 25742, 25756, 25770, 25780, 25790, 25801, 25811, 25823, 25836, 25851, 25866, 25883, 25893, 25903, 25914, 25924, 25936, 25949, 25964, 25979, 25996, 26006, 26016, 26027, 26037, 26049, 26062, 26077, 26092, 26109, 26119, 26129, 26140, 26150, 26162, 26175, 26190, 26205, 26222, 26235, 26247, 26259, 26265, 26271, 26279, 26287, 26320, 26351, 26355, 26366, 26377, 26383, 26393, 26420, 26426, 26436, 26442, 26465, 26478, 26491, 26512, 26524, 26533, 26573, 26610, 26644, 26656, 26677, 26689, 26698, 26714, 26754, 26800, 26809, 26830, 26839, 26860, 26866, 26881, 26899, 26908, 26917, 26938, 26959, 26971, 27004, 27019, 27040, 27044, 27048, 27052, 27056, 27060, 27068, 27077, 27085, 27090, 27102, 27114, 27120, 27129, 27139, 27150, 27161, 27172, 27179, 27188, 27195, 27200, 27208, 27213, 27220, 27226, 27234, 27241, 27251, 27262, 27269, 27275, 27282, 27292, 27303, 27313, 27322, 27330, 27338, 27350, 27359, 27365, 27372, 27382, 27388, 27392, 27396, 27400, 27404, 27408, 27416, 27425, 27433, 27438, 27450, 27462, 27468, 27477, 27487, 27498, 27509, 27520, 27527, 27536, 27543, 27548, 27556, 27561, 27568, 27574, 27582, 27589, 27599, 27610, 27617, 27623, 27630, 27640, 27651, 27661, 27670, 27678, 27686, 27698, 27707, 27713, 27720, 27730, 27736, 27740, 27744, 27748, 27752, 27756, 27764, 27773, 27781, 27786, 27798, 27810, 27816, 27825, 27835, 27846, 27857, 27868, 27875, 27884, 27891, 27896, 27904, 27909, 27916, 27922, 27930, 27937, 27947, 27958, 27965, 27971, 27978, 27988, 27999, 28009, 28018, 28026, 28034, 28046, 28055, 28061, 28068, 28078, 28084, 28088, 28092, 28096, 28100, 28104, 28112, 28121, 28129, 28134, 28146, 28158, 28164, 28173, 28183, 28194, 28205, 28216, 28223, 28232, 28239, 28244, 28252, 28257, 28264, 28270, 28278, 28285, 28295, 28306, 28313, 28319, 28326, 28336, 28347, 28357, 28366, 28374, 28382, 28394, 28403, 28409, 28416, 28426, 28432, 28436, 28440, 28444, 28448, 28452, 28460, 28469, 28477, 28482, 28494, 28506, 28512, 28521, 28531, 28542, 28553, 28564, 28571, 28580, 28587, 28592, 28600, 28605, 28612, 28618, 28626, 28633, 28643, 28654, 28661, 28667, 28674, 28684, 28695, 28705, 28714, 28722, 28730, 28742, 28751, 28757, 28764, 28774, 28780, 28784, 28788, 28792, 28796, 28800, 28808, 28817, 28825, 28830, 28842, 28854, 28860, 28869, 28879, 28890, 28901, 28912, 28919, 28928, 28935, 28940, 28948, 28953, 28960, 28966, 28974, 28981, 28991, 29002, 29009, 29015, 29022, 29032, 29043, 29053, 29062, 29070, 29078, 29090, 29099, 29105, 29112, 29122, 29128, 29132, 29136, 29140, 29144, 29148, 29156, 29165, 29173, 29178, 29190, 29202, 29208, 29217, 29227, 29238, 29249, 29260, 29267, 29276, 29283, 29288, 29296, 29301, 29308, 29314, 29322, 29329, 29339, 29350, 29357, 29363, 29370, 29380, 29391, 29401, 29410, 29418, 29426, 29438, 29447, 29453, 29460, 29470, 29476, 29480, 29484, 29488, 29492, 29496, 29504, 29513, 29521, 29526, 29538, 29550, 29556, 29565, 29575, 29586, 29597, 29608, 29615, 29624, 29631, 29636, 29644, 29649, 29656, 29662, 29670, 29677, 29687, 29698, 29705, 29711, 29718, 29728, 29739, 29749, 29758, 29766, 29774, 29786, 29795, 29801, 29808, 29818, 29824, 29828, 29832, 29836, 29840, 29844, 29852, 29861, 29869, 29874, 29886, 29898, 29904, 29913, 29923, 29934, 29945, 29956, 29963, 29972, 29979, 29984, 29992, 29997, 30004, 30010, 30018, 30025, 30035, 30046, 30053, 30059, 30066, 30076, 30087, 30097, 30106, 30114, 30122, 30134, 30143, 30149, 30156, 30166, 30172, 30176, 30180, 30184, 30188, 30192, 30200, 30209, 30217, 30222, 30234, 30246, 30252, 30261, 30271, 30282, 30293, 30304, 30311, 30320, 30327, 30332, 30340, 30345, 30352, 30358, 30366, 30373, 30383, 30394, 30401, 30407, 30414, 30424, 30435, 30445, 30454, 30462, 30470, 30482, 30491, 30497, 30504, 30514, 30520, 30524, 30528, 30532, 30536, 30540, 30548, 30557, 30565, 30570, 30582, 30594, 30600, 30609, 30619, 30630, 30641, 30652, 30659, 30668, 30675, 30680, 30688, 30693, 30700, 30706, 30714, 30721, 30731, 30742, 30749, 30755, 30762, 30772, 30783, 30793, 30802, 30810, 30818, 30830, 30839, 30845, 30852, 30862, 30868, 30872, 30876, 30880, 30884, 30888, 30896, 30905, 30913, 30918, 30930, 30942, 30948, 30957, 30967, 30978, 30989, 31000, 31007, 31016, 31023, 31028, 31036, 31041, 31048, 31054, 31062, 31069, 31079, 31090, 31097, 31103, 31110, 31120, 31131, 31141, 31150, 31158, 31166, 31178, 31187, 31193, 31200, 31210, 31216, 31221, 31226, 31230, 31234, 31238, 31242, 31246, 31254, 31263, 31271, 31276, 31288, 31300, 31306, 31315, 31325, 31336, 31347, 31358, 31365, 31374, 31381, 31386, 31394, 31399, 31406, 31412, 31420, 31427, 31437, 31448, 31455, 31461, 31468, 31478, 31489, 31499, 31508, 31516, 31524, 31536, 31545, 31551, 31558, 31568, 31574, 31578, 31582, 31586, 31590, 31594, 31602, 31611, 31619, 31624, 31636, 31648, 31654, 31663, 31673, 31684, 31695, 31706, 31713, 31722, 31729, 31734, 31742, 31747, 31754, 31760, 31768, 31775, 31785, 31796, 31803, 31809, 31816, 31826, 31837, 31847, 31856, 31864, 31872, 31884, 31893, 31899, 31906, 31916, 31922, 31926, 31930, 31934, 31938, 31942, 31950, 31959, 31967, 31972, 31984, 31996, 32002, 32011, 32021, 32032, 32043, 32054, 32061, 32070, 32077, 32082, 32090, 32095, 32102, 32108, 32116, 32123, 32133, 32144, 32151, 32157, 32164, 32174, 32185, 32195, 32204, 32212, 32220, 32232, 32241, 32247, 32254, 32264, 32270, 32274, 32278, 32282, 32286, 32290, 32298, 32307, 32315, 32320, 32332, 32344, 32350, 32359, 32369, 32380, 32391, 32402, 32409, 32418, 32425, 32430, 32438, 32443, 32450, 32456, 32464, 32471, 32481, 32492, 32499, 32505, 32512, 32522, 32533, 32543, 32552, 32560, 32568, 32580, 32589, 32595, 32602, 32612, 32618, 32622, 32626, 32630, 32634, 32638, 32646, 32655, 32663, 32668, 32680, 32692, 32698, 32707, 32717, 32728, 32739, 32750, 32757, 32766, 32773, 32778, 32786, 32791, 32798, 32804, 32812, 32819, 32829, 32840, 32847, 32853, 32860, 32870, 32881, 32891, 32900, 32908, 32916, 32928, 32937, 32943, 32950, 32960, 32966, 32972, 32978, 32996, 33005, 33014, 33032, 33050, 33059, 33077, 33104, 33134, 33146, 33161, 33173, 33179, 33185, 33194, 33206, 33215, 33227, 33233, 33245, 33257, 33263, 33269, 33281, 33293, 33305, 33314, 33323, 33329, 33341, 33347, 33359, 33365, 33377, 33389, 33401, 33413, 33419, 33425, 33431, 33440, 33452, 33461, 33467, 33479, 33485, 33491, 33500, 33506, 33512, 33521, 33527, 33533, 33551, 33572, 33578, 33584, 33590, 33596, 33602, 33608, 33614, 33620, 33626, 33632, 33638, 33644, 33650, 33656, 33662, 33668, 33674, 33680, 33686, 33692, 33698, 33704, 33710, 33716, 33725, 33731, 33737, 33743, 33752, 33758, 33764, 33770, 33782, 33794, 33800, 33806, 33812, 33827, 33833, 33845, 33857, 33869, 33881, 33887, 33893, 33899, 33905, 33911, 33917, 33923, 33929, 33935, 33941, 33947, 33953, 33959, 33965, 33971, 33977, 33983, 33989, 33995, 34001, 34007, 34013, 34019, 34025, 34037, 34049, 34067, 34079, 34085, 34094, 34100, 34103, 34106, 34118, 34124, 34133, 34142, 34148, 34154, 34160, 34166, 34172, 34184, 34193, 34205, 34211, 34217, 34223, 34229, 34235, 34241, 34247, 34253, 34259, 34265, 34274, 34280, 34286, 34292, 34295],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[783, 812, 898, 899, 940, 2232]), Anchor::All(&[Anchor::Lits(&[869]), Anchor::Lits(&[1051])]), Anchor::All(&[Anchor::Lits(&[863, 864, 865, 866, 867, 868, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022]), Anchor::Lits(&[6, 8, 64, 65, 89, 93, 149, 150, 162, 164, 199, 200, 206, 208, 243, 244, 250, 252, 287, 288, 296, 300, 419, 424, 877, 932, 939, 3296, 3298, 3333, 3334, 3340, 3342, 3377, 3378, 3503, 3505, 3540, 3541, 3547, 3549, 3584, 3585, 3591, 3593, 3628, 3629, 3635, 3637, 3672, 3673, 3679, 3681, 3716, 3717, 3723, 3725, 3760, 3761, 3767, 3769, 3804, 3805, 3811, 3813, 3848, 3849, 3855, 3857, 3892, 3893, 3899, 3901, 3936, 3937, 3943, 3945, 3980, 3981, 3987, 3989, 4024, 4025, 4033, 4035, 4070, 4071, 4077, 4079, 4114, 4115, 4121, 4123, 4158, 4159, 4165, 4167, 4202, 4203, 4209, 4211, 4246, 4247]), Anchor::Lits(&[7, 63, 92, 148, 163, 198, 207, 242, 251, 286, 299, 418, 870, 925, 3297, 3332, 3341, 3376, 3504, 3539, 3548, 3583, 3592, 3627, 3636, 3671, 3680, 3715, 3724, 3759, 3768, 3803, 3812, 3847, 3856, 3891, 3900, 3935, 3944, 3979, 3988, 4023, 4034, 4069, 4078, 4113, 4122, 4157, 4166, 4201, 4210, 4245])]), Anchor::All(&[Anchor::Lits(&[1094, 2088, 2237, 2971, 2982, 2985, 2986]), Anchor::Lits(&[765]), Anchor::Lits(&[836])]), Anchor::All(&[Anchor::Lits(&[815]), Anchor::Lits(&[3289])]), Anchor::All(&[Anchor::Lits(&[805]), Anchor::Lits(&[837])]), Anchor::All(&[Anchor::Lits(&[5, 88, 161, 205, 249, 295, 1412, 1807, 1907, 2174, 2200, 2922, 2970, 2984, 3295, 3339, 3502, 3546, 3590, 3634, 3678, 3722, 3766, 3810, 3854, 3898, 3942, 3986, 4032, 4076, 4120, 4164, 4208]), Anchor::Lits(&[766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 807, 808, 809, 810, 811, 813, 814, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834]), Anchor::Lits(&[1382, 1383, 1384, 1385, 1386, 1387, 1412, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1799, 1800, 1801, 1802, 1803, 1804, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2974, 2975, 2976, 2977, 2978, 2979, 2984, 2987, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024])])])),
            (47, "code-fence-role", Anchor::Lits(&[1075])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[333, 341, 342, 349, 391, 402, 407, 408, 427, 428]), Anchor::Lits(&[1591, 1835, 1858, 1992, 2166, 2581])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[464, 469, 472, 477, 480, 481, 482, 485, 486, 487, 488]), Anchor::Any(&[Anchor::Lits(&[1381, 1798, 2973]), Anchor::All(&[Anchor::Lits(&[1381, 1798, 2234, 2973]), Anchor::Lits(&[4, 31, 38, 43, 45, 51, 68, 294, 350, 362, 367, 378, 390, 432, 1391, 1806, 2235, 2983])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2973]), Anchor::Lits(&[4, 294, 592, 593, 1052, 2980, 2981, 2983]), Anchor::Lits(&[1096, 1254, 1293, 1330, 1368, 1733, 1787, 1805, 1827, 1830, 1834, 1836, 1849, 1978, 1979, 1991, 2014, 2031, 2042, 2165, 2236, 2245, 2246, 2377, 2453, 2458, 2459, 2481, 2538, 2580, 2635, 2660, 2665, 2833, 2837, 2853, 3124, 3263])]), Anchor::All(&[Anchor::Lits(&[1083, 1372, 1655, 1848, 2053, 2054, 2055, 2056, 2114, 2115, 2167, 2480, 2539, 2540, 2960, 3121, 3255]), Anchor::Lits(&[743, 744, 745, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763]), Anchor::Lits(&[1146, 1151, 1164, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1201, 1382, 1387, 1388, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1414])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[348, 361, 389, 420, 421, 422, 423, 1900, 2580]), Anchor::All(&[Anchor::Lits(&[311, 347, 349, 360, 377, 388, 409]), Anchor::Lits(&[1520, 1521, 2915])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1094, 2460, 2462, 2464, 2580, 2849, 2951]), Anchor::All(&[Anchor::Lits(&[303, 305, 314, 316, 320, 331, 360, 368, 377, 383, 431]), Anchor::Lits(&[1095, 1098, 1804, 2850, 2868, 2979])])]), Anchor::Lits(&[4, 294, 304, 306, 315, 317, 321, 332, 362, 369, 384, 432, 1097, 2461, 2463, 2465, 2582, 2851, 2952])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[1088, 1732, 1829, 1899, 2234, 2400, 2509, 2580, 2829, 3126]), Anchor::Lits(&[1094, 1759, 1798, 1897, 2030, 2088, 2245, 2277, 2580, 2849, 2866, 2867, 2951, 2954, 2973, 3124])])),
            (56, "instruction-banner", Anchor::Lits(&[1732, 1829, 2234, 2576])),
            (98, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[336, 606, 609, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 624, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 1054, 1055, 1057, 1058, 1060, 1061, 1062, 1064, 1068, 1069, 1070, 1073, 1367]), Anchor::All(&[Anchor::Lits(&[1366, 1751, 1929, 2046, 2229, 2820, 2857, 2858, 3084]), Anchor::Lits(&[1053, 1056, 1059, 1065, 1067, 1071, 1074])])])),
            (99, "safety-config-off", Anchor::Lits(&[323, 338, 381, 386, 412, 1366, 1499, 1735, 1929, 1977, 2046, 2230, 2815, 2818, 2820, 2856, 2857, 2858, 2859, 2860, 3084])),
            (106, "no-more-rules", Anchor::Lits(&[2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2481, 2482])),
            (122, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[95, 302, 401, 455, 456, 471, 508, 509, 517, 594, 595, 596, 658, 665, 738, 746, 764, 806, 835, 838, 839, 842, 897, 1076, 1101, 1381, 1549, 1721, 1739, 1747, 2022, 2035, 2275, 2345, 2586, 3288, 3290, 3291, 3380, 4027, 4028]), Anchor::Lits(&[1084, 1089, 1292, 1363, 1368, 1443, 1587, 1590, 1593, 1594, 1656, 1728, 1729, 1746, 1755, 1757, 1758, 1789, 1796, 1830, 1834, 1836, 1842, 1849, 1855, 1857, 1863, 1864, 1892, 1895, 1936, 1967, 1972, 1973, 1975, 1991, 1993, 2028, 2042, 2165, 2220, 2225, 2231, 2244, 2270, 2273, 2278, 2343, 2378, 2384, 2390, 2446, 2452, 2458, 2544, 2579, 2580, 2625, 2661, 2665, 2750, 2751, 2812, 2813, 2814, 2819, 2821, 2826, 2828, 2833, 2836, 2837, 2848, 2854, 2861, 2874, 2878, 2880, 2908, 2909, 2913, 2942, 2945, 3032, 3035, 3073, 3123, 3126, 3127, 3129, 3135, 3144, 3197, 3198, 3250])]), Anchor::All(&[Anchor::Lits(&[1732, 1829, 2234, 2387, 2395, 2509, 2575, 2824, 2829]), Anchor::Lits(&[1101, 1508, 1509, 1549, 2401, 2816, 2842, 2973]), Anchor::Lits(&[1981, 3042])])])),
            (123, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[1732, 1829, 2234, 2395, 2509, 2542, 2576, 2580, 2670, 3030]), Anchor::Lits(&[1101, 1145, 1381, 1549, 1739, 1747, 2035, 2345, 2401, 2973]), Anchor::Lits(&[463, 510, 597, 666, 702, 765, 862, 3287])])),
            (128, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[454]), Anchor::Lits(&[1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050])])),
            (129, "send-to-a-beacon", Anchor::Lits(&[2112, 2113])),
            (130, "exfiltrate-to-a-drop", Anchor::Any(&[Anchor::Lits(&[1081, 1082, 1517, 2015, 2020, 2112, 2113, 2855, 3136, 3137]), Anchor::All(&[Anchor::Lits(&[1518, 1738, 1746, 1863, 1864, 1895, 1971, 1972, 1993, 2278, 2661, 2752, 2753, 2874, 3073, 3123, 3127, 3250]), Anchor::Lits(&[1447, 1589, 1592, 1730, 1859, 1861, 1862, 1965, 1969, 2047, 2240, 2380, 2466, 2537, 2657, 2754, 2830, 2944, 3142]), Anchor::Lits(&[840, 1517, 2015, 2020, 2112, 2113, 2855, 3043, 3044, 3045, 3046, 3047, 3048, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072])])])),
            (134, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1833, 1980, 2051, 2543, 3134]), Anchor::All(&[Anchor::Lits(&[1731]), Anchor::Lits(&[478, 3195])])]), Anchor::Lits(&[2949])])),
            (136, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[841, 842, 844, 845, 850, 853, 1112, 1152, 1155, 1158, 1159, 1167, 1170, 1173, 1174, 1202, 1203, 1204, 1205, 1374, 1438, 1508, 1716, 1717, 1718, 1719, 1721, 1736, 1739, 1747, 1791, 1792, 1793, 1794, 2048, 2228, 2348, 2349, 2350, 2351, 2352, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2368, 2391, 2392, 2393, 2394, 2401, 2570, 2571, 2572, 2573, 2618, 2668, 2817, 2838, 2839, 2840, 2841, 2843, 2844, 2845, 2846, 2871, 2955, 2956, 2957, 2958, 3036, 3037, 3038, 3039, 3079, 3080, 3081, 3082, 4254, 4255, 4273, 4294, 4330]), Anchor::All(&[Anchor::Lits(&[2089, 2234, 2387, 2395, 2509, 2585, 2673, 2824, 3040]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3506, 3507, 3509, 3510, 3512, 3523, 3524, 3550, 3551, 3553, 3554, 3556, 3567, 3568, 3594, 3595, 3597, 3598, 3600, 3611, 3612, 3638, 3639, 3641, 3642, 3644, 3655, 3656, 3682, 3683, 3685, 3686, 3688, 3699, 3700, 3726, 3727, 3729, 3730, 3732, 3743, 3744, 3770, 3771, 3773, 3774, 3776, 3787, 3788, 3814, 3815, 3817, 3818, 3820, 3831, 3832, 3858, 3859, 3861, 3862, 3864, 3875, 3876, 3902, 3903, 3905, 3906, 3908, 3919, 3920, 3946, 3947, 3949, 3950, 3952, 3963, 3964, 3990, 3991, 3993, 3994, 3996, 4007, 4008, 4036, 4037, 4039, 4040, 4042, 4053, 4054, 4080, 4081, 4083, 4084, 4086, 4097, 4098, 4124, 4125, 4127, 4128, 4130, 4141, 4142, 4168, 4169, 4171, 4172, 4174, 4185, 4186, 4212, 4213, 4215, 4216, 4218, 4229, 4230]), Anchor::Lits(&[1982, 1983, 1984, 1985, 1986, 1987, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 3043, 3044, 3045, 3046, 3047, 3048, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 57, 94, 95, 97, 100, 103, 115, 118, 141, 165, 166, 168, 169, 171, 182, 183, 194, 209, 210, 212, 213, 215, 226, 227, 238, 253, 254, 256, 257, 259, 270, 271, 282, 301, 302, 308, 312, 324, 356, 363, 405, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3328, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3372, 3506, 3507, 3509, 3510, 3512, 3523, 3524, 3535, 3550, 3551, 3553, 3554, 3556, 3567, 3568, 3579, 3594, 3595, 3597, 3598, 3600, 3611, 3612, 3623, 3638, 3639, 3641, 3642, 3644, 3655, 3656, 3667, 3682, 3683, 3685, 3686, 3688, 3699, 3700, 3711, 3726, 3727, 3729, 3730, 3732, 3743, 3744, 3755, 3770, 3771, 3773, 3774, 3776, 3787, 3788, 3799, 3814, 3815, 3817, 3818, 3820, 3831, 3832, 3843, 3858, 3859, 3861, 3862, 3864, 3875, 3876, 3887, 3902, 3903, 3905, 3906, 3908, 3919, 3920, 3931, 3946, 3947, 3949, 3950, 3952, 3963, 3964, 3975, 3990, 3991, 3993, 3994, 3996, 4007, 4008, 4019, 4036, 4037, 4039, 4040, 4042, 4053, 4054, 4065, 4080, 4081, 4083, 4084, 4086, 4097, 4098, 4109, 4124, 4125, 4127, 4128, 4130, 4141, 4142, 4153, 4168, 4169, 4171, 4172, 4174, 4185, 4186, 4197, 4212, 4213, 4215, 4216, 4218, 4229, 4230, 4241]), Anchor::Lits(&[1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 3256, 3257, 3258, 3259, 3260, 3261, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3506, 3507, 3509, 3510, 3512, 3523, 3524, 3550, 3551, 3553, 3554, 3556, 3567, 3568, 3594, 3595, 3597, 3598, 3600, 3611, 3612, 3638, 3639, 3641, 3642, 3644, 3655, 3656, 3682, 3683, 3685, 3686, 3688, 3699, 3700, 3726, 3727, 3729, 3730, 3732, 3743, 3744, 3770, 3771, 3773, 3774, 3776, 3787, 3788, 3814, 3815, 3817, 3818, 3820, 3831, 3832, 3858, 3859, 3861, 3862, 3864, 3875, 3876, 3902, 3903, 3905, 3906, 3908, 3919, 3920, 3946, 3947, 3949, 3950, 3952, 3963, 3964, 3990, 3991, 3993, 3994, 3996, 4007, 4008, 4036, 4037, 4039, 4040, 4042, 4053, 4054, 4080, 4081, 4083, 4084, 4086, 4097, 4098, 4124, 4125, 4127, 4128, 4130, 4141, 4142, 4168, 4169, 4171, 4172, 4174, 4185, 4186, 4212, 4213, 4215, 4216, 4218, 4229, 4230]), Anchor::Lits(&[1982, 1983, 1984, 1985, 1986, 1987, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 3043, 3044, 3045, 3046, 3047, 3048, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072]), Anchor::Lits(&[511, 512, 513, 514, 515, 516, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 863, 864, 865, 866, 867, 868, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022])]), Anchor::All(&[Anchor::Lits(&[2227, 2667, 2814, 2847, 2870, 2953, 3083]), Anchor::Lits(&[2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3506, 3507, 3509, 3510, 3512, 3523, 3524, 3550, 3551, 3553, 3554, 3556, 3567, 3568, 3594, 3595, 3597, 3598, 3600, 3611, 3612, 3638, 3639, 3641, 3642, 3644, 3655, 3656, 3682, 3683, 3685, 3686, 3688, 3699, 3700, 3726, 3727, 3729, 3730, 3732, 3743, 3744, 3770, 3771, 3773, 3774, 3776, 3787, 3788, 3814, 3815, 3817, 3818, 3820, 3831, 3832, 3858, 3859, 3861, 3862, 3864, 3875, 3876, 3902, 3903, 3905, 3906, 3908, 3919, 3920, 3946, 3947, 3949, 3950, 3952, 3963, 3964, 3990, 3991, 3993, 3994, 3996, 4007, 4008, 4036, 4037, 4039, 4040, 4042, 4053, 4054, 4080, 4081, 4083, 4084, 4086, 4097, 4098, 4124, 4125, 4127, 4128, 4130, 4141, 4142, 4168, 4169, 4171, 4172, 4174, 4185, 4186, 4212, 4213, 4215, 4216, 4218, 4229, 4230])]), Anchor::All(&[Anchor::Lits(&[28, 32, 40, 41, 42, 60, 109, 112, 119, 120, 121, 147, 176, 179, 184, 185, 186, 197, 220, 223, 228, 229, 230, 241, 264, 267, 272, 273, 274, 285, 343, 351, 364, 365, 366, 415, 3310, 3313, 3318, 3319, 3320, 3331, 3354, 3357, 3362, 3363, 3364, 3375, 3517, 3520, 3525, 3526, 3527, 3538, 3561, 3564, 3569, 3570, 3571, 3582, 3605, 3608, 3613, 3614, 3615, 3626, 3649, 3652, 3657, 3658, 3659, 3670, 3693, 3696, 3701, 3702, 3703, 3714, 3737, 3740, 3745, 3746, 3747, 3758, 3781, 3784, 3789, 3790, 3791, 3802, 3825, 3828, 3833, 3834, 3835, 3846, 3869, 3872, 3877, 3878, 3879, 3890, 3913, 3916, 3921, 3922, 3923, 3934, 3957, 3960, 3965, 3966, 3967, 3978, 4001, 4004, 4009, 4010, 4011, 4022, 4047, 4050, 4055, 4056, 4057, 4068, 4091, 4094, 4099, 4100, 4101, 4112, 4135, 4138, 4143, 4144, 4145, 4156, 4179, 4182, 4187, 4188, 4189, 4200, 4223, 4226, 4231, 4232, 4233, 4244]), Anchor::Lits(&[1102, 1103, 1104, 1105, 1106, 1107, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1382, 1383, 1384, 1385, 1386, 1387, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1550, 1551, 1552, 1553, 1554, 1555, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 2402, 2403, 2404, 2405, 2406, 2407, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445])]), Anchor::All(&[Anchor::Lits(&[464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 479, 483, 484, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 598, 599, 600, 601, 602, 603, 604, 605, 607, 608, 610, 611, 612, 623, 625, 626, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737]), Anchor::Lits(&[1101, 1145, 1381, 1549, 1721, 1739, 1747, 2035, 2345, 2401]), Anchor::Lits(&[0, 1, 4, 85, 86, 87, 158, 159, 160, 202, 203, 204, 246, 247, 248, 290, 291, 294, 1108, 1109, 1110, 1117, 1118, 1119, 1165, 1166, 1179, 1213, 1214, 1215, 1389, 1390, 1391, 1415, 1416, 1417, 1556, 1557, 1558, 1560, 1561, 1562, 1722, 1723, 1724, 1725, 1726, 1727, 1740, 1741, 1742, 1743, 1744, 1745, 1748, 1749, 1750, 1752, 1753, 1754, 2036, 2037, 2038, 2039, 2040, 2041, 2346, 2347, 2353, 2364, 2365, 2366, 2408, 2409, 2410, 2424, 2425, 2426, 3292, 3293, 3294, 3336, 3337, 3338, 3499, 3500, 3501, 3543, 3544, 3545, 3587, 3588, 3589, 3631, 3632, 3633, 3675, 3676, 3677, 3719, 3720, 3721, 3763, 3764, 3765, 3807, 3808, 3809, 3851, 3852, 3853, 3895, 3896, 3897, 3939, 3940, 3941, 3983, 3984, 3985, 4029, 4030, 4031, 4073, 4074, 4075, 4117, 4118, 4119, 4161, 4162, 4163, 4205, 4206, 4207])]), Anchor::All(&[Anchor::Lits(&[1331, 1547, 2090, 2454, 2535]), Anchor::Lits(&[1145, 2247]), Anchor::Lits(&[1294, 2019])]), Anchor::All(&[Anchor::Lits(&[2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534]), Anchor::Lits(&[1101, 1145, 1381, 2116, 2411])]), Anchor::All(&[Anchor::Lits(&[2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508]), Anchor::Lits(&[2587, 2588, 2589, 2590, 2591, 2592, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2626, 2627, 2628, 2629, 2630, 2631, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654])]), Anchor::All(&[Anchor::Lits(&[1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1596, 1597, 1598, 1599, 1600, 1601, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1625, 1626, 1627, 1628, 1629, 1630, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1657, 1658, 1659, 1660, 1661, 1662, 1666, 1667, 1668, 1669, 1670, 1671, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 2285, 2286, 2287, 2288, 2289, 2290, 2294, 2295, 2296, 2297, 2298, 2299, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2755, 2756, 2757, 2758, 2759, 2760, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810]), Anchor::Lits(&[10, 30, 35, 95, 111, 113, 166, 178, 180, 210, 222, 224, 254, 266, 268, 302, 346, 354, 3300, 3312, 3314, 3344, 3356, 3358, 3507, 3519, 3521, 3551, 3563, 3565, 3595, 3607, 3609, 3639, 3651, 3653, 3683, 3695, 3697, 3727, 3739, 3741, 3771, 3783, 3785, 3815, 3827, 3829, 3859, 3871, 3873, 3903, 3915, 3917, 3947, 3959, 3961, 3991, 4003, 4005, 4037, 4049, 4051, 4081, 4093, 4095, 4125, 4137, 4139, 4169, 4181, 4183, 4213, 4225, 4227])])]), Anchor::Lits(&[1085, 1089, 1292, 1360, 1363, 1368, 1445, 1548, 1590, 1595, 1656, 1729, 1734, 1746, 1755, 1758, 1760, 1761, 1789, 1795, 1830, 1834, 1837, 1838, 1839, 1840, 1841, 1843, 1844, 1845, 1846, 1847, 1850, 1851, 1852, 1853, 1854, 1855, 1857, 1863, 1891, 1892, 1894, 1928, 1930, 1931, 1933, 1936, 1937, 1966, 1967, 1971, 1972, 1991, 1993, 2017, 2018, 2025, 2028, 2042, 2165, 2225, 2231, 2233, 2242, 2244, 2278, 2343, 2369, 2372, 2374, 2384, 2390, 2477, 2478, 2479, 2579, 2580, 2621, 2661, 2665, 2751, 2821, 2825, 2828, 2831, 2837, 2848, 2854, 2863, 2874, 2878, 2880, 2908, 2913, 2948, 2959, 2962, 3027, 3032, 3126, 3127, 3132, 3197, 3250, 3285, 4260, 4266, 4272, 4288, 4290, 4299, 4306, 4313, 4321, 4324, 4363, 4367])])),
            (137, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1081, 1082, 1099, 1358, 1517, 1583, 1860, 1976, 2013, 2015, 2016, 2020, 2021, 2027, 2029, 2034, 2045, 2112, 2113, 2139, 2276, 2344, 2375, 2376, 2541, 2574, 2578, 2623, 2671, 2855, 2865, 3026, 3074, 3090, 3091, 3136, 3137, 3139, 3140, 3143, 3252, 3253, 3286]), Anchor::All(&[Anchor::Lits(&[26, 29, 46, 48, 49, 50, 52, 106, 110, 129, 131, 132, 133, 134, 174, 177, 188, 190, 191, 192, 193, 218, 221, 232, 234, 235, 236, 237, 262, 265, 276, 278, 279, 280, 281, 337, 345, 379, 382, 385, 387, 392, 3308, 3311, 3322, 3324, 3325, 3326, 3327, 3352, 3355, 3366, 3368, 3369, 3370, 3371, 3515, 3518, 3529, 3531, 3532, 3533, 3534, 3559, 3562, 3573, 3575, 3576, 3577, 3578, 3603, 3606, 3617, 3619, 3620, 3621, 3622, 3647, 3650, 3661, 3663, 3664, 3665, 3666, 3691, 3694, 3705, 3707, 3708, 3709, 3710, 3735, 3738, 3749, 3751, 3752, 3753, 3754, 3779, 3782, 3793, 3795, 3796, 3797, 3798, 3823, 3826, 3837, 3839, 3840, 3841, 3842, 3867, 3870, 3881, 3883, 3884, 3885, 3886, 3911, 3914, 3925, 3927, 3928, 3929, 3930, 3955, 3958, 3969, 3971, 3972, 3973, 3974, 3999, 4002, 4013, 4015, 4016, 4017, 4018, 4045, 4048, 4059, 4061, 4062, 4063, 4064, 4089, 4092, 4103, 4105, 4106, 4107, 4108, 4133, 4136, 4147, 4149, 4150, 4151, 4152, 4177, 4180, 4191, 4193, 4194, 4195, 4196, 4221, 4224, 4235, 4237, 4238, 4239, 4240]), Anchor::Lits(&[1093, 1588, 1856, 1895, 1927, 2111, 2224, 2373, 2876, 2912, 2914, 3128, 3141])])]), Anchor::Lits(&[1519, 1624, 1746, 1790, 1930, 1931, 1932, 1934, 1935, 1971, 1972, 1993, 2033, 2242, 2243, 2271, 2274, 2278, 2281, 2374, 2382, 2383, 2399, 2656, 2661, 2672, 2752, 2753, 2827, 2862, 2874, 2907, 2946, 2948, 2950, 2963, 3075, 3076, 3077, 3122, 3123, 3127, 3251, 3262, 3391, 3392, 3411, 3412, 3413])])),
            (140, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1077, 1078, 1079, 1152, 1153, 1154, 1156, 1157, 1160, 1161, 1162, 1163, 1167, 1168, 1169, 1171, 1172, 1175, 1176, 1177, 1178, 1261, 1262, 1263, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1602, 1603, 1604, 1631, 1632, 1633, 1663, 1664, 1665, 1672, 1673, 1674, 1713, 1714, 1715, 1988, 1989, 1990, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2238, 2239, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2272, 2291, 2292, 2293, 2300, 2301, 2302, 2593, 2594, 2595, 2596, 2597, 2598, 2632, 2633, 2634, 2662, 2663, 2664, 2761, 2762, 2763, 2789, 2790, 2791, 3025, 3031, 3049, 3050, 3051, 3078, 3092, 3254, 3381, 3382, 3383, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 3458, 3460, 3461, 3473, 3474, 4270, 4271]), Anchor::All(&[Anchor::Lits(&[1101, 1373, 1380, 1444, 1511, 3085, 3384, 3388, 3389, 3390, 4254, 4255, 4294]), Anchor::Lits(&[10, 30, 35, 78, 79, 80, 302, 346, 354, 447, 448, 449, 517, 543, 544, 572, 573, 574, 658, 659, 660, 661, 662, 663])]), Anchor::All(&[Anchor::Lits(&[15, 16, 18, 19, 20, 21, 22, 23, 33, 34, 53, 54, 55, 56, 61, 62, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 318, 319, 325, 326, 327, 328, 329, 330, 352, 353, 393, 394, 397, 398, 416, 417, 425, 426, 437, 438, 439, 440, 441, 442, 445, 446]), Anchor::Lits(&[1146, 1151, 2117, 2118, 2248, 2249])])]), Anchor::Lits(&[2, 3, 81, 82, 83, 84, 292, 293, 450, 451, 452, 453, 742, 4408])])),
            (141, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[1087, 1789, 1857, 2042, 2112, 2113, 2620, 3087, 3450, 3453, 3454, 3455, 3465, 3470, 3480, 3481, 3484, 3488, 3492, 4261, 4263, 4264, 4266, 4267, 4288, 4289, 4290, 4299, 4309, 4310, 4313, 4314, 4318, 4324, 4335, 4337, 4339, 4367, 4387, 4388, 4390, 4391, 4394, 4401]), Anchor::Lits(&[742, 4408]), Anchor::Lits(&[1145, 2035, 2345])])),
            (142, "data-in-a-link", Anchor::Any(&[Anchor::Lits(&[2112, 2113]), Anchor::All(&[Anchor::Lits(&[1092, 1364, 1446, 1896, 2221, 2222, 2223, 2226]), Anchor::Lits(&[1361, 1362, 1756, 1895, 2620, 2852, 2866, 3052])]), Anchor::All(&[Anchor::Lits(&[1362, 1895, 2049, 2619, 2620, 2866, 3052]), Anchor::Lits(&[1828, 2111, 2536, 2655, 2832])])])),
            (144, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1255, 1256, 1257, 1258, 1259, 1260, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1332, 1333, 1334, 1335, 1336, 1337, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1938, 1939, 1940, 1941, 1942, 1943, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 3145, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3188, 3189, 3190, 3191, 3192, 3193, 3194]), Anchor::Lits(&[1101, 1145, 1381, 1509, 1549, 1739, 2035, 2052, 2345, 2401])]), Anchor::All(&[Anchor::Lits(&[1101, 1381, 1549, 1739, 2052, 2401, 2973, 3053]), Anchor::Lits(&[1146, 1147, 1148, 1149, 1150, 1151, 1207, 1208, 1209, 1210, 1211, 1212, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253])])]), Anchor::Lits(&[1090, 1091, 1292, 1368, 1379, 1590, 1593, 1720, 1729, 1746, 1755, 1789, 1830, 1834, 1857, 1863, 1864, 1892, 1895, 1936, 1967, 1972, 1991, 1993, 2028, 2042, 2165, 2231, 2273, 2278, 2379, 2384, 2390, 2580, 2661, 2665, 2751, 2813, 2825, 2837, 2848, 2854, 2861, 2874, 2880, 2913, 2942, 3073, 3123, 3126, 3127, 3197])])),
            (148, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[1510, 1512, 2090, 2388, 2389, 2396, 2454, 2483, 2509, 2535, 2823]), Anchor::Lits(&[4, 6, 87, 89, 160, 162, 204, 206, 248, 250, 294, 296, 1110, 1111, 1113, 1114, 1115, 1116, 1119, 1120, 1179, 1200, 1375, 1376, 1377, 1378, 1391, 1413, 1417, 1418, 1439, 1440, 1441, 1442, 1558, 1559, 1562, 1563, 2137, 2138, 2268, 2269, 2353, 2354, 2366, 2367, 2413, 2414, 2415, 2416, 2417, 2418, 2420, 2421, 2422, 2423, 2448, 2449, 2450, 2451, 3294, 3296, 3338, 3340, 3501, 3503, 3545, 3547, 3589, 3591, 3633, 3635, 3677, 3679, 3721, 3723, 3765, 3767, 3809, 3811, 3853, 3855, 3897, 3899, 3941, 3943, 3985, 3987, 4031, 4033, 4075, 4077, 4119, 4121, 4163, 4165, 4207, 4209]), Anchor::Lits(&[1101, 1145, 1374, 1381, 1438, 1549, 2116, 2247, 2345, 2412, 2419, 2447])])),
            (150, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[843, 846, 847, 848, 849, 851, 852, 854, 855, 856, 857, 858, 859, 860, 861, 1080, 1100, 1141, 1142, 1143, 1144, 1206, 1359, 1370, 1371, 1498, 1513, 1514, 1515, 1516]), Anchor::Lits(&[1654, 1737, 1738, 1746, 1790, 1972, 1993, 2374, 2661, 2874, 2880, 2906, 3127])])),
            (151, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::Lits(&[739, 1304, 1653, 1976, 2026, 2032, 2050, 2386, 2584, 2622, 2623, 2875, 3033, 3034, 3041, 3074, 3143]), Anchor::All(&[Anchor::Lits(&[1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247, 3248, 3249]), Anchor::Lits(&[14, 25, 27, 36, 47, 58, 69, 101, 105, 108, 114, 130, 145, 152, 170, 173, 175, 181, 189, 195, 201, 214, 217, 219, 225, 233, 239, 245, 258, 261, 263, 269, 277, 283, 289, 313, 335, 340, 355, 380, 413, 433, 3304, 3307, 3309, 3315, 3323, 3329, 3335, 3348, 3351, 3353, 3359, 3367, 3373, 3379, 3511, 3514, 3516, 3522, 3530, 3536, 3542, 3555, 3558, 3560, 3566, 3574, 3580, 3586, 3599, 3602, 3604, 3610, 3618, 3624, 3630, 3643, 3646, 3648, 3654, 3662, 3668, 3674, 3687, 3690, 3692, 3698, 3706, 3712, 3718, 3731, 3734, 3736, 3742, 3750, 3756, 3762, 3775, 3778, 3780, 3786, 3794, 3800, 3806, 3819, 3822, 3824, 3830, 3838, 3844, 3850, 3863, 3866, 3868, 3874, 3882, 3888, 3894, 3907, 3910, 3912, 3918, 3926, 3932, 3938, 3951, 3954, 3956, 3962, 3970, 3976, 3982, 3995, 3998, 4000, 4006, 4014, 4020, 4026, 4041, 4044, 4046, 4052, 4060, 4066, 4072, 4085, 4088, 4090, 4096, 4104, 4110, 4116, 4129, 4132, 4134, 4140, 4148, 4154, 4160, 4173, 4176, 4178, 4184, 4192, 4198, 4204, 4217, 4220, 4222, 4228, 4236, 4242, 4248])]), Anchor::All(&[Anchor::Lits(&[11, 44, 52, 59, 96, 125, 134, 146, 167, 187, 193, 196, 211, 231, 237, 240, 255, 275, 281, 284, 307, 373, 392, 414, 3301, 3321, 3327, 3330, 3345, 3365, 3371, 3374, 3508, 3528, 3534, 3537, 3552, 3572, 3578, 3581, 3596, 3616, 3622, 3625, 3640, 3660, 3666, 3669, 3684, 3704, 3710, 3713, 3728, 3748, 3754, 3757, 3772, 3792, 3798, 3801, 3816, 3836, 3842, 3845, 3860, 3880, 3886, 3889, 3904, 3924, 3930, 3933, 3948, 3968, 3974, 3977, 3992, 4012, 4018, 4021, 4038, 4058, 4064, 4067, 4082, 4102, 4108, 4111, 4126, 4146, 4152, 4155, 4170, 4190, 4196, 4199, 4214, 4234, 4240, 4243]), Anchor::Lits(&[24, 36, 69, 104, 114, 152, 172, 181, 201, 216, 225, 245, 260, 269, 289, 334, 355, 433, 3306, 3315, 3335, 3350, 3359, 3379, 3513, 3522, 3542, 3557, 3566, 3586, 3601, 3610, 3630, 3645, 3654, 3674, 3689, 3698, 3718, 3733, 3742, 3762, 3777, 3786, 3806, 3821, 3830, 3850, 3865, 3874, 3894, 3909, 3918, 3938, 3953, 3962, 3982, 3997, 4006, 4026, 4043, 4052, 4072, 4087, 4096, 4116, 4131, 4140, 4160, 4175, 4184, 4204, 4219, 4228, 4248])])])),
            (166, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[1086, 2577, 2583, 2699, 2869, 2972, 3130]), Anchor::All(&[Anchor::Lits(&[2381]), Anchor::Lits(&[2044])])])),
            (167, "control-weakened", Anchor::Any(&[Anchor::Lits(&[1086, 1271, 1504, 1831, 2385, 2398, 2457]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1590, 1760, 1789, 1797, 1830, 1857, 1968, 2270, 2341, 2371, 2624, 2822, 2825, 2947, 2961, 2962, 3093, 3094, 3120, 3125, 3138]), Anchor::All(&[Anchor::Lits(&[3088, 3089]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[2910, 2911]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[3028, 3029]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[139, 140, 403, 404]), Anchor::Lits(&[2023, 2024]), Anchor::Lits(&[123, 371])])]), Anchor::Any(&[Anchor::Lits(&[740, 1140, 1266, 1267, 1269, 1270, 1272, 1503, 1974, 2091, 2385, 2397, 2457, 2620, 2659, 2660, 2669, 2867, 2877]), Anchor::All(&[Anchor::Lits(&[1500, 1501, 1502]), Anchor::Lits(&[357, 429, 1066, 1072, 2227])]), Anchor::All(&[Anchor::Lits(&[2279, 2280]), Anchor::Lits(&[344, 1063])])])]), Anchor::All(&[Anchor::Lits(&[1084]), Anchor::Lits(&[2658])])])),
            (168, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::Lits(&[2699]), Anchor::All(&[Anchor::Lits(&[90, 91, 98, 99, 126, 127, 135, 136, 137, 138, 143, 144, 154, 155, 297, 298, 309, 310, 374, 375, 395, 396, 399, 400, 410, 411, 435, 436]), Anchor::Any(&[Anchor::Lits(&[1338, 1898, 1944, 1945, 2241, 2699]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1973, 2282, 2378, 2880]), Anchor::All(&[Anchor::Lits(&[2546, 2550]), Anchor::Lits(&[151, 430])])])]), Anchor::All(&[Anchor::Lits(&[2283, 2284]), Anchor::Any(&[Anchor::Lits(&[1338, 1898, 1944, 1945, 2241, 2699]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1084, 2811, 2814, 2870, 3133]), Anchor::All(&[Anchor::Lits(&[2872, 2873]), Anchor::Lits(&[107, 339])])])])])),
            (169, "tool-output-approves-itself", Anchor::Any(&[Anchor::Lits(&[1265, 1268, 1270, 1272, 1365, 1505, 1584, 1585, 1586, 1735, 1832, 1893, 2043, 2342, 2370, 2635, 2666, 2834, 3124, 3196, 3199]), Anchor::All(&[Anchor::Lits(&[116, 117, 358, 359]), Anchor::Lits(&[122, 370]), Anchor::Lits(&[3264, 3265])])])),
            (173, "file-posted-to-an-outside-url", Anchor::Lits(&[2015, 2016, 2112, 2113])),
            (181, "override-instructions-cjk", Anchor::Lits(&[4258, 4265, 4268, 4283, 4284, 4287, 4298, 4301, 4315, 4316, 4317, 4318, 4319, 4320, 4328, 4329, 4331, 4335, 4346, 4347, 4348, 4363, 4365, 4368, 4369, 4373, 4388, 4399, 4400])),
            (184, "override-instructions-other-scripts", Anchor::Lits(&[3385, 3386, 3387, 3451, 3452, 3456, 3459, 3463, 3466, 3469, 3472, 3477, 3478, 3485, 3489, 3490, 3491, 3494, 3496, 3498])),
            (186, "unrestricted-persona-other-scripts", Anchor::Lits(&[3462, 3467, 3479, 3487, 3497, 4249, 4250, 4308, 4312, 4332, 4333, 4349, 4351, 4353, 4354, 4366, 4372, 4396, 4397])),
            (188, "reveal-system-prompt-other-scripts", Anchor::Lits(&[3457, 3464, 3468, 3471, 3475, 3476, 3482, 3483, 3486, 3493, 3495, 4258, 4259, 4287, 4343, 4375, 4379, 4386, 4389, 4395, 4405])),
            (190, "disable-safety-other-scripts", Anchor::Lits(&[4257, 4279, 4281, 4304, 4305, 4338, 4342, 4350, 4352, 4363, 4364, 4370, 4378, 4380, 4381, 4392, 4398])),
            (192, "stop-following-instructions-cjk", Anchor::Lits(&[4251, 4252, 4253, 4322, 4323, 4325, 4353, 4354, 4356, 4359, 4361, 4384, 4404])),
            (196, "conceal-from-the-user-cjk", Anchor::Lits(&[4262, 4277, 4336])),
            (203, "reveal-system-prompt-zh", Anchor::Lits(&[4274, 4275, 4276, 4280, 4282, 4285, 4286, 4295, 4345, 4346, 4347, 4348, 4374, 4376])),
            (205, "admin-role-handed-out-other-scripts", Anchor::Lits(&[1087, 2577, 2869, 3130, 4269, 4272, 4292, 4293, 4390, 4406])),
            (207, "control-weakened-other-scripts", Anchor::Any(&[Anchor::Lits(&[4256, 4278, 4279, 4281, 4288, 4289, 4291, 4296, 4297, 4300, 4303, 4326, 4327, 4334, 4342, 4344, 4355, 4370]), Anchor::All(&[Anchor::Lits(&[4380, 4381, 4393, 4394, 4403, 4407]), Anchor::Lits(&[741, 2397, 4377, 4382, 4383, 4385, 4402])])])),
            (209, "destructive-without-confirmation-cjk", Anchor::Lits(&[4302, 4307, 4311, 4340, 4341, 4357, 4358, 4360, 4362, 4371])),
            (210, "results-sent-to-an-address-cjk", Anchor::Lits(&[2015, 2045, 2112, 2113, 2855])),
            (214, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Lits(&[1264, 1746, 1758, 1890, 1970, 1993, 2455, 2456, 2656, 2661, 2752, 2864, 2874, 2879, 2907, 2946, 3127, 3144]), Anchor::Lits(&[664, 2026, 2050, 2830])])),
            (215, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[457, 458, 459, 460, 461, 462]), Anchor::All(&[Anchor::Lits(&[1366, 1369, 1788, 2835, 2942, 2943, 3131]), Anchor::Lits(&[1369, 1506, 1507, 2043, 3086, 3255]), Anchor::Lits(&[862])])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x8ebbb29e2d13c2bb;
