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
\x20haberi olmadan\
\x20haberi olmasin\
\x20habersiz\
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
bila kumwambia \
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
diam diam\
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
jangan \
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
khong cho \
khong de \
kimseye\
kisitlama\
kisitlamasiz \
komut\
kullan\
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
musteriye\
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
nang palihim\
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
tanpa izin \
tanpa konfirmasi\
tanpa memberi tahu \
tanpa memberitahu \
tanpa persetujuan\
tanpa sepengetahuan \
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
ung bao \
ung cho \
ung noi \
ung tiet lo \
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
usimjulishe \
usimwambie \
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
wag banggitin \
wag ipaalam \
wag sabihin \
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
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 176, 189, 197, 206, 212, 219, 226, 234, 251, 269, 299, 307, 316, 334, 353, 368, 384, 397, 404, 421, 439, 445, 452, 470, 489, 498, 508, 520, 526, 533, 550, 565, 582, 589, 597, 612, 627, 638, 653, 672, 680, 693, 709, 720, 728, 738, 749, 758, 770, 781, 789, 799, 808, 813, 821, 831, 842, 854, 865, 878, 887, 902, 909, 923, 940, 955, 974, 990, 1007, 1028, 1045, 1056, 1068, 1089, 1107, 1124, 1138, 1145, 1153, 1162, 1169, 1183, 1199, 1217, 1228, 1240, 1255, 1268, 1279, 1287, 1301, 1310, 1322, 1325, 1329, 1340, 1353, 1368, 1376, 1385, 1397, 1407, 1415, 1420, 1427, 1436, 1446, 1453, 1461, 1469, 1482, 1486, 1499, 1510, 1524, 1538, 1550, 1559, 1574, 1587, 1598, 1612, 1626, 1638, 1647, 1663, 1677, 1692, 1701, 1717, 1727, 1737, 1753, 1770, 1782, 1794, 1803, 1819, 1833, 1848, 1868, 1883, 1906, 1920, 1931, 1944, 1957, 1966, 1977, 1985, 1998, 2012, 2027, 2041, 2058, 2073, 2091, 2107, 2115, 2121, 2133, 2142, 2155, 2164, 2174, 2181, 2189, 2197, 2206, 2224, 2243, 2255, 2264, 2274, 2293, 2313, 2329, 2346, 2364, 2383, 2390, 2398, 2409, 2420, 2435, 2452, 2460, 2473, 2485, 2493, 2503, 2516, 2526, 2551, 2562, 2572, 2581, 2588, 2599, 2620, 2637, 2660, 2679, 2691, 2703, 2712, 2723, 2737, 2746, 2763, 2783, 2807, 2827, 2841, 2851, 2858, 2866, 2876, 2891, 2910, 2930, 2944, 2959, 2975, 2994, 3017, 3036, 3049, 3056, 3060, 3068, 3077, 3086, 3094, 3105, 3113, 3121, 3127, 3141, 3151, 3160, 3170, 3185, 3195, 3206, 3214, 3223, 3242, 3256, 3266, 3281, 3289, 3303, 3320, 3339, 3348, 3357, 3374, 3382, 3390, 3397, 3401, 3407, 3419, 3433, 3443, 3454, 3464, 3479, 3493, 3506, 3516, 3533, 3549, 3561, 3568, 3581, 3596, 3608, 3619, 3635, 3650, 3664, 3675, 3693, 3703, 3715, 3728, 3747, 3759, 3772, 3783, 3792, 3806, 3816, 3827, 3834, 3848, 3857, 3866, 3881, 3895, 3903, 3918, 3930, 3943, 3955, 3966, 3974, 3989, 4001, 4016, 4025, 4033, 4042, 4053, 4061, 4068, 4072, 4077, 4084, 4097, 4112, 4125, 4135, 4143, 4153, 4164, 4182, 4202, 4224, 4239, 4255, 4274, 4291, 4306, 4318, 4326, 4335, 4342, 4349, 4357, 4363, 4369, 4386, 4399, 4425, 4456, 4483, 4515, 4523, 4534, 4541, 4549, 4555, 4562, 4573, 4583, 4600, 4609, 4618, 4628, 4641, 4650, 4658, 4668, 4683, 4695, 4724, 4748, 4778, 4804, 4833, 4861, 4884, 4908, 4927, 4948, 4972, 4994, 5027, 5057, 5072, 5084, 5096, 5109, 5122, 5147, 5161, 5176, 5187, 5197, 5209, 5222, 5232, 5243, 5251, 5262, 5273, 5284, 5295, 5306, 5319, 5333, 5347, 5361, 5375, 5389, 5405, 5411, 5416, 5424, 5433, 5441, 5453, 5467, 5480, 5488, 5496, 5504, 5508, 5516, 5522, 5530, 5538, 5545, 5553, 5568, 5592, 5610, 5622, 5640, 5662, 5680, 5696, 5708, 5721, 5733, 5746, 5758, 5774, 5787, 5802, 5816, 5830, 5845, 5856, 5869, 5887, 5899, 5915, 5932, 5940, 5955, 5967, 5976, 5998, 6018, 6023, 6031, 6041, 6052, 6061, 6072, 6083, 6095, 6103, 6116, 6133, 6137, 6142, 6154, 6168, 6184, 6193, 6203, 6216, 6227, 6236, 6244, 6255, 6261, 6271, 6281, 6292, 6304, 6323, 6338, 6356, 6364, 6376, 6385, 6397, 6411, 6425, 6441, 6448, 6456, 6464, 6472, 6484, 6496, 6508, 6521, 6533, 6558, 6570, 6584, 6593, 6603, 6614, 6629, 6644, 6659, 6674, 6689, 6706, 6725, 6732, 6744, 6758, 6772, 6779, 6786, 6802, 6816, 6831, 6848, 6864, 6877, 6890, 6902, 6917, 6933, 6951, 6969, 6984, 7001, 7013, 7026, 7045, 7054, 7062, 7071, 7081, 7090, 7103, 7117, 7133, 7155, 7178, 7193, 7205, 7217, 7235, 7254, 7273, 7293, 7304, 7318, 7333, 7348, 7363, 7380, 7397, 7411, 7427, 7438, 7450, 7465, 7483, 7494, 7506, 7520, 7540, 7561, 7574, 7584, 7594, 7610, 7627, 7644, 7662, 7671, 7683, 7696, 7709, 7722, 7737, 7752, 7764, 7778, 7787, 7797, 7810, 7826, 7842, 7855, 7871, 7876, 7880, 7887, 7899, 7906, 7914, 7922, 7930, 7938, 7946, 7963, 7973, 7984, 7993, 8005, 8013, 8022, 8032, 8046, 8051, 8057, 8065, 8074, 8084, 8090, 8098, 8105, 8113, 8122, 8131, 8138, 8146, 8158, 8164, 8175, 8187, 8195, 8202, 8210, 8217, 8229, 8238, 8249, 8256, 8264, 8273, 8288, 8302, 8312, 8320, 8326, 8333, 8340, 8348, 8359, 8366, 8374, 8382, 8391, 8405, 8414, 8423, 8433, 8446, 8454, 8463, 8476, 8492, 8502, 8510, 8525, 8541, 8558, 8568, 8579, 8593, 8605, 8621, 8634, 8650, 8678, 8685, 8693, 8707, 8722, 8738, 8755, 8770, 8787, 8800, 8814, 8829, 8840, 8852, 8867, 8878, 8890, 8910, 8933, 8952, 8970, 8989, 9003, 9016, 9028, 9036, 9055, 9065, 9075, 9093, 9113, 9132, 9151, 9169, 9184, 9200, 9212, 9225, 9236, 9245, 9257, 9266, 9281, 9293, 9309, 9318, 9328, 9341, 9349, 9358, 9371, 9382, 9394, 9407, 9418, 9429, 9441, 9454, 9462, 9475, 9489, 9511, 9534, 9557, 9571, 9586, 9598, 9611, 9625, 9632, 9639, 9655, 9673, 9693, 9706, 9720, 9737, 9752, 9765, 9771, 9784, 9792, 9805, 9819, 9832, 9844, 9852, 9861, 9871, 9882, 9901, 9914, 9935, 9956, 9970, 9982, 9993, 10014, 10035, 10047, 10062, 10074, 10086, 10099, 10113, 10124, 10136, 10149, 10161, 10174, 10187, 10191, 10196, 10205, 10215, 10229, 10245, 10261, 10278, 10292, 10309, 10324, 10340, 10349, 10379, 10407, 10413, 10418, 10424, 10441, 10450, 10459, 10462, 10474, 10480, 10493, 10511, 10525, 10535, 10542, 10560, 10577, 10589, 10600, 10611, 10628, 10639, 10647, 10659, 10673, 10685, 10697, 10705, 10714, 10723, 10737, 10750, 10755, 10770, 10784, 10793, 10801, 10809, 10823, 10833, 10843, 10854, 10865, 10877, 10889, 10900, 10912, 10924, 10934, 10945, 10955, 10966, 10979, 10996, 11004, 11013, 11029, 11038, 11061, 11079, 11098, 11115, 11123, 11132, 11140, 11147, 11158, 11174, 11185, 11202, 11211, 11222, 11226, 11238, 11247, 11264, 11278, 11292, 11313, 11331, 11349, 11370, 11387, 11396, 11411, 11422, 11430, 11441, 11454, 11467, 11477, 11489, 11497, 11506, 11517, 11526, 11537, 11548, 11560, 11566, 11573, 11577, 11587, 11598, 11610, 11623, 11632, 11644, 11654, 11667, 11682, 11694, 11702, 11715, 11732, 11745, 11769, 11800, 11813, 11827, 11840, 11853, 11869, 11883, 11897, 11913, 11927, 11943, 11965, 11988, 12003, 12015, 12031, 12046, 12058, 12076, 12095, 12114, 12134, 12161, 12173, 12184, 12199, 12215, 12229, 12244, 12259, 12274, 12291, 12308, 12322, 12336, 12352, 12366, 12383, 12397, 12413, 12431, 12447, 12465, 12477, 12491, 12502, 12514, 12526, 12541, 12553, 12571, 12587, 12605, 12612, 12625, 12636, 12647, 12658, 12669, 12680, 12693, 12706, 12719, 12732, 12745, 12758, 12773, 12787, 12808, 12833, 12853, 12873, 12897, 12923, 12953, 12978, 13003, 13032, 13056, 13081, 13110, 13134, 13158, 13186, 13209, 13232, 13259, 13281, 13303, 13329, 13350, 13376, 13406, 13431, 13456, 13485, 13509, 13533, 13561, 13584, 13607, 13634, 13656, 13683, 13714, 13740, 13766, 13796, 13821, 13840, 13868, 13900, 13927, 13954, 13985, 14011, 14037, 14067, 14092, 14117, 14146, 14170, 14193, 14220, 14242, 14264, 14290, 14318, 14350, 14377, 14404, 14435, 14461, 14488, 14519, 14545, 14571, 14601, 14626, 14651, 14680, 14704, 14728, 14756, 14779, 14807, 14839, 14866, 14893, 14924, 14950, 14976, 15006, 15031, 15056, 15085, 15109, 15138, 15171, 15199, 15227, 15259, 15286, 15307, 15337, 15371, 15400, 15429, 15462, 15490, 15518, 15550, 15577, 15604, 15635, 15661, 15671, 15690, 15705, 15726, 15741, 15759, 15775, 15791, 15809, 15833, 15858, 15875, 15889, 15906, 15921, 15939, 15953, 15968, 15988, 16009, 16030, 16052, 16065, 16082, 16098, 16115, 16132, 16149, 16168, 16187, 16203, 16221, 16240, 16253, 16267, 16284, 16304, 16325, 16350, 16370, 16390, 16414, 16440, 16470, 16495, 16520, 16549, 16573, 16598, 16627, 16651, 16675, 16703, 16726, 16749, 16776, 16798, 16820, 16846, 16867, 16893, 16923, 16948, 16973, 17002, 17026, 17050, 17078, 17101, 17124, 17151, 17173, 17200, 17231, 17257, 17283, 17313, 17338, 17357, 17385, 17417, 17444, 17471, 17502, 17528, 17554, 17584, 17609, 17634, 17663, 17687, 17695, 17712, 17725, 17744, 17757, 17773, 17787, 17801, 17817, 17839, 17862, 17877, 17889, 17904, 17917, 17933, 17945, 17958, 17976, 17995, 18014, 18034, 18045, 18060, 18074, 18089, 18104, 18119, 18136, 18153, 18167, 18183, 18200, 18211, 18223, 18238, 18256, 18262, 18273, 18288, 18299, 18321, 18350, 18361, 18373, 18384, 18395, 18409, 18421, 18433, 18447, 18459, 18473, 18493, 18514, 18527, 18537, 18551, 18564, 18574, 18590, 18607, 18624, 18642, 18667, 18677, 18686, 18699, 18712, 18726, 18738, 18751, 18764, 18777, 18792, 18807, 18819, 18831, 18845, 18857, 18872, 18884, 18898, 18914, 18928, 18944, 18954, 18966, 18975, 18985, 18995, 19008, 19018, 19034, 19048, 19064, 19088, 19094, 19108, 19118, 19130, 19141, 19152, 19162, 19172, 19182, 19197, 19206, 19220, 19235, 19240, 19246, 19254, 19259, 19273, 19285, 19303, 19324, 19349, 19370, 19385, 19393, 19402, 19408, 19424, 19434, 19443, 19453, 19463, 19472, 19478, 19485, 19501, 19508, 19516, 19523, 19537, 19554, 19563, 19574, 19583, 19592, 19600, 19609, 19620, 19626, 19635, 19644, 19652, 19661, 19670, 19686, 19694, 19703, 19713, 19728, 19735, 19739, 19744, 19752, 19761, 19770, 19780, 19792, 19805, 19827, 19837, 19844, 19853, 19867, 19882, 19898, 19908, 19921, 19935, 19942, 19950, 19957, 19972, 19984, 19990, 20004, 20016, 20031, 20046, 20060, 20073, 20084, 20097, 20110, 20126, 20141, 20154, 20165, 20182, 20193, 20212, 20234, 20260, 20282, 20298, 20315, 20327, 20343, 20352, 20362, 20374, 20395, 20417, 20433, 20450, 20456, 20463, 20472, 20483, 20501, 20520, 20539, 20559, 20574, 20592, 20610, 20633, 20641, 20654, 20665, 20675, 20687, 20693, 20708, 20725, 20743, 20752, 20760, 20767, 20775, 20784, 20794, 20802, 20811, 20825, 20840, 20856, 20869, 20882, 20894, 20909, 20925, 20943, 20961, 20976, 20993, 21005, 21018, 21037, 21052, 21068, 21085, 21099, 21113, 21126, 21142, 21159, 21178, 21197, 21213, 21231, 21244, 21258, 21278, 21283, 21289, 21295, 21300, 21306, 21314, 21323, 21340, 21351, 21370, 21389, 21401, 21411, 21420, 21439, 21458, 21468, 21481, 21488, 21496, 21504, 21512, 21521, 21528, 21547, 21567, 21574, 21594, 21601, 21621, 21629, 21650, 21671, 21679, 21686, 21708, 21722, 21731, 21740, 21747, 21760, 21771, 21782, 21790, 21803, 21814, 21824, 21835, 21853, 21865, 21884, 21899, 21907, 21919, 21932, 21940, 21948, 21961, 21967, 21974, 21983, 21990, 21998, 22009, 22018, 22030, 22041, 22053, 22066, 22072, 22087, 22099, 22111, 22123, 22136, 22148, 22160, 22175, 22185, 22204, 22223, 22239, 22255, 22273, 22292, 22308, 22326, 22345, 22360, 22371, 22390, 22410, 22429, 22438, 22446, 22456, 22467, 22475, 22481, 22493, 22507, 22519, 22528, 22543, 22561, 22581, 22602, 22613, 22624, 22634, 22639, 22651, 22666, 22678, 22689, 22701, 22714, 22729, 22741, 22758, 22771, 22783, 22792, 22808, 22818, 22823, 22829, 22836, 22849, 22859, 22865, 22877, 22891, 22903, 22912, 22919, 22932, 22947, 22962, 22977, 22992, 23007, 23024, 23029, 23047, 23065, 23083, 23101, 23119, 23139, 23153, 23158, 23169, 23181, 23195, 23208, 23222, 23234, 23246, 23259, 23268, 23276, 23283, 23292, 23300, 23308, 23314, 23321, 23332, 23343, 23359, 23370, 23382, 23388, 23395, 23403, 23412, 23428, 23445, 23456, 23468, 23484, 23501, 23516, 23531, 23540, 23548, 23555, 23565, 23573, 23588, 23607, 23615, 23621, 23628, 23634, 23641, 23661, 23670, 23679, 23694, 23708, 23714, 23725, 23730, 23738, 23752, 23766, 23779, 23799, 23811, 23834, 23857, 23879, 23900, 23922, 23942, 23955, 23969, 23984, 23995, 24001, 24012, 24022, 24031, 24038, 24048, 24056, 24067, 24072, 24078, 24085, 24090, 24100, 24109, 24123, 24131, 24144, 24156, 24169, 24181, 24194, 24206, 24216, 24225, 24234, 24247, 24261, 24274, 24285, 24295, 24305, 24316, 24332, 24346, 24362, 24375, 24389, 24398, 24402, 24413, 24427, 24445, 24459, 24467, 24474, 24482, 24490, 24499, 24512, 24519, 24529, 24540, 24549, 24554, 24567, 24587, 24593, 24613, 24631, 24649, 24656, 24665, 24673, 24699, 24711, 24720, 24727, 24743, 24749, 24758, 24769, 24774, 24780, 24788, 24801, 24810, 24821, 24833, 24844, 24855, 24864, 24879, 24894, 24910, 24925, 24936, 24946, 24952, 24960, 24968, 24978, 24989, 25002, 25014, 25027, 25036, 25061, 25087, 25111, 25134, 25156, 25181, 25204, 25226, 25248, 25268, 25288, 25307, 25328, 25348, 25360, 25378, 25398, 25416, 25431, 25443, 25461, 25480, 25493, 25507, 25528, 25547, 25570, 25592, 25614, 25635, 25653, 25672, 25692, 25713, 25724, 25738, 25751, 25765, 25776, 25783, 25804, 25812, 25821, 25832, 25841, 25850, 25860, 25868, 25876, 25887, 25897, 25908, 25917, 25925, 25937, 25950, 25961, 25978, 25995, 26011, 26026, 26052, 26078, 26103, 26127, 26152, 26175, 26191, 26205, 26220, 26229, 26240, 26254, 26267, 26286, 26297, 26314, 26323, 26333, 26347, 26355, 26372, 26389, 26397, 26412, 26420, 26436, 26443, 26449, 26464, 26479, 26485, 26492, 26515, 26537, 26557, 26576, 26596, 26617, 26636, 26645, 26655, 26664, 26673, 26684, 26693, 26698, 26705, 26717, 26731, 26743, 26753, 26764, 26777, 26782, 26788, 26804, 26819, 26831, 26846, 26863, 26874, 26888, 26900, 26913, 26926, 26936, 26944, 26957, 26967, 26979, 26989, 26999, 27010, 27018, 27028, 27039, 27047, 27054, 27063, 27082, 27101, 27111, 27122, 27131, 27141, 27153, 27157, 27166, 27176, 27181, 27187, 27194, 27211, 27217, 27233, 27245, 27253, 27258, 27267, 27274, 27281, 27286, 27292, 27298, 27310, 27315, 27321, 27336, 27343, 27354, 27363, 27372, 27384, 27390, 27396, 27402, 27407, 27418, 27428, 27438, 27447, 27453, 27469, 27479, 27483, 27489, 27496, 27505, 27511, 27518, 27529, 27542, 27553, 27564, 27576, 27589, 27596, 27604, 27611, 27618, 27626, 27638, 27644, 27653, 27663, 27671, 27676, 27682, 27693, 27707, 27716, 27727, 27732, 27744, 27758, 27774, 27783, 27793, 27806, 27817, 27826, 27832, 27839, 27852, 27868, 27873, 27883, 27898, 27906, 27921, 27930, 27944, 27958, 27969, 27978, 27990, 27998, 28011, 28020, 28030, 28036, 28045, 28058, 28072, 28081, 28092, 28103, 28109, 28124, 28140, 28153, 28166, 28180, 28193, 28208, 28224, 28237, 28251, 28261, 28271, 28282, 28290, 28299, 28313, 28323, 28332, 28341, 28348, 28359, 28371, 28375, 28380, 28396, 28422, 28433, 28440, 28447, 28455, 28475, 28495, 28504, 28515, 28530, 28543, 28560, 28573, 28590, 28602, 28620, 28640, 28660, 28670, 28683, 28699, 28714, 28726, 28741, 28753, 28767, 28779, 28791, 28799, 28808, 28827, 28843, 28863, 28873, 28890, 28911, 28923, 28927, 28937, 28945, 28953, 28958, 28964, 28979, 28991, 29004, 29017, 29041, 29063, 29078, 29096, 29112, 29123, 29131, 29145, 29151, 29158, 29172, 29188, 29206, 29217, 29229, 29244, 29257, 29268, 29276, 29295, 29306, 29321, 29331, 29339, 29346, 29359, 29373, 29387, 29402, 29408, 29416, 29426, 29439, 29449, 29460, 29466, 29475, 29481, 29490, 29502, 29519, 29529, 29541, 29551, 29561, 29572, 29584, 29596, 29605, 29618, 29624, 29639, 29648, 29658, 29667, 29674, 29681, 29691, 29698, 29712, 29726, 29743, 29758, 29771, 29790, 29797, 29809, 29825, 29848, 29878, 29890, 29903, 29915, 29927, 29942, 29955, 29970, 29983, 29998, 30019, 30041, 30055, 30066, 30081, 30097, 30113, 30127, 30138, 30155, 30173, 30191, 30206, 30225, 30251, 30262, 30272, 30286, 30298, 30312, 30327, 30340, 30354, 30368, 30382, 30398, 30414, 30427, 30440, 30454, 30469, 30484, 30497, 30510, 30525, 30542, 30557, 30574, 30588, 30599, 30612, 30622, 30633, 30644, 30658, 30669, 30686, 30701, 30718, 30729, 30741, 30747, 30753, 30770, 30782, 30796, 30808, 30818, 30832, 30846, 30863, 30878, 30893, 30903, 30914, 30928, 30938, 30949, 30963, 30978, 30988, 30999, 31019, 31039, 31061, 31086, 31102, 31113, 31125, 31143, 31160, 31177, 31195, 31214, 31232, 31252, 31274, 31294, 31316, 31332, 31350, 31370, 31392, 31404, 31417, 31429, 31439, 31453, 31469, 31478, 31494, 31504, 31521, 31536, 31544, 31556, 31572, 31585, 31598, 31609, 31617, 31632, 31644, 31658, 31672, 31688, 31707, 31715, 31731, 31748, 31769, 31786, 31793, 31807, 31822, 31830, 31841, 31848, 31856, 31869, 31879, 31889, 31903, 31908, 31914, 31923, 31933, 31943, 31955, 31965, 31979, 31991, 32001, 32020, 32029, 32037, 32044, 32053, 32057, 32062, 32072, 32084, 32092, 32100, 32109, 32118, 32127, 32135, 32146, 32162, 32175, 32198, 32218, 32238, 32258, 32281, 32308, 32332, 32356, 32380, 32407, 32416, 32424, 32436, 32446, 32456, 32473, 32484, 32502, 32516, 32523, 32532, 32538, 32549, 32563, 32575, 32588, 32601, 32611, 32619, 32632, 32642, 32654, 32664, 32674, 32685, 32693, 32702, 32713, 32723, 32734, 32762, 32770, 32779, 32796, 32807, 32826, 32845, 32857, 32867, 32876, 32895, 32914, 32926, 32939, 32949, 32962, 32979, 32990, 33002, 33014, 33031, 33046, 33062, 33077, 33090, 33102, 33114, 33126, 33139, 33148, 33157, 33166, 33178, 33185, 33193, 33206, 33216, 33220, 33229, 33239, 33255, 33265, 33283, 33294, 33307, 33319, 33332, 33345, 33355, 33363, 33379, 33388, 33395, 33403, 33419, 33428, 33438, 33446, 33455, 33466, 33477, 33482, 33494, 33513, 33526, 33546, 33562, 33571, 33580, 33590, 33604, 33615, 33627, 33637, 33648, 33660, 33670, 33681, 33691, 33701, 33712, 33720, 33727, 33736, 33744, 33753, 33763, 33782, 33790, 33807, 33817, 33835, 33844, 33854, 33870, 33888, 33904, 33914, 33925, 33934, 33944, 33956, 33963, 33972, 33980, 33989, 33998, 34007, 34016, 34023, 34044, 34052, 34061, 34072, 34083, 34094, 34107, 34121, 34134, 34145, 34155, 34165, 34176, 34186, 34196, 34207, 34219, 34231, 34244, 34263, 34280, 34292, 34301, 34312, 34325, 34339, 34352, 34363, 34373, 34383, 34391, 34401, 34410, 34421, 34430, 34440, 34449, 34458, 34462, 34468, 34475, 34490, 34502, 34513, 34519, 34537, 34560, 34578, 34596, 34612, 34624, 34630, 34652, 34665, 34680, 34695, 34704, 34714, 34721, 34729, 34742, 34762, 34778, 34795, 34816, 34833, 34861, 34881, 34898, 34927, 34935, 34941, 34960, 34969, 34976, 34993, 35005, 35019, 35026, 35029, 35033, 35048, 35057, 35067, 35075, 35086, 35100, 35118, 35127, 35137, 35148, 35164, 35173, 35183, 35191, 35200, 35212, 35228, 35237, 35250, 35264, 35274, 35289, 35304, 35316, 35323, 35332, 35339, 35348, 35358, 35372, 35381, 35390, 35402, 35415, 35426, 35438, 35450, 35462, 35472, 35480, 35489, 35507, 35527, 35545, 35560, 35572, 35579, 35587, 35605, 35624, 35642, 35660, 35678, 35690, 35709, 35724, 35741, 35753, 35766, 35778, 35794, 35810, 35816, 35830, 35837, 35845, 35859, 35871, 35880, 35893, 35907, 35914, 35920, 35937, 35942, 35953, 35966, 35977, 35985, 36000, 36007, 36016, 36022, 36031, 36043, 36057, 36070, 36084, 36095, 36104, 36116, 36124, 36131, 36139, 36147, 36154, 36163, 36175, 36186, 36195, 36205, 36223, 36235, 36255, 36275, 36288, 36299, 36309, 36329, 36349, 36360, 36374, 36386, 36398, 36408, 36419, 36435, 36445, 36452, 36461, 36468, 36476, 36486, 36492, 36500, 36510, 36521, 36531, 36547, 36557, 36568, 36576, 36585, 36601, 36608, 36616, 36633, 36649, 36660, 36670, 36680, 36696, 36707, 36722, 36729, 36747, 36765, 36772, 36778, 36785, 36792, 36799, 36806, 36815, 36822, 36839, 36855, 36866, 36876, 36886, 36902, 36910, 36924, 36939, 36954, 36975, 36983, 36992, 37000, 37008, 37030, 37039, 37049, 37057, 37066, 37075, 37085, 37096, 37102, 37112, 37124, 37132, 37150, 37166, 37177, 37185, 37201, 37218, 37234, 37248, 37261, 37274, 37294, 37312, 37325, 37335, 37345, 37354, 37360, 37369, 37381, 37389, 37401, 37415, 37424, 37436, 37447, 37459, 37469, 37481, 37495, 37506, 37520, 37532, 37543, 37555, 37568, 37581, 37595, 37610, 37624, 37638, 37650, 37657, 37665, 37676, 37684, 37693, 37701, 37710, 37718, 37726, 37735, 37744, 37752, 37763, 37771, 37782, 37799, 37806, 37814, 37826, 37833, 37844, 37855, 37866, 37875, 37884, 37892, 37912, 37919, 37925, 37945, 37952, 37966, 37979, 37986, 37993, 38000, 38009, 38013, 38018, 38035, 38055, 38073, 38078, 38084, 38089, 38100, 38112, 38118, 38125, 38143, 38155, 38169, 38188, 38201, 38215, 38223, 38232, 38241, 38251, 38258, 38266, 38278, 38291, 38308, 38315, 38322, 38331, 38337, 38352, 38369, 38384, 38396, 38405, 38414, 38421, 38431, 38442, 38453, 38465, 38473, 38482, 38492, 38498, 38504, 38510, 38518, 38522, 38527, 38547, 38566, 38580, 38593, 38606, 38625, 38634, 38642, 38648, 38658, 38667, 38676, 38690, 38701, 38708, 38718, 38729, 38747, 38754, 38761, 38768, 38776, 38794, 38807, 38823, 38840, 38849, 38857, 38866, 38883, 38901, 38910, 38920, 38941, 38958, 38973, 38989, 39008, 39028, 39042, 39050, 39058, 39063, 39069, 39078, 39085, 39091, 39098, 39106, 39113, 39120, 39130, 39142, 39156, 39168, 39177, 39187, 39194, 39202, 39209, 39216, 39224, 39232, 39241, 39258, 39273, 39287, 39299, 39311, 39324, 39337, 39352, 39367, 39382, 39398, 39414, 39432, 39443, 39459, 39475, 39492, 39509, 39528, 39540, 39548, 39564, 39580, 39597, 39614, 39633, 39645, 39658, 39674, 39684, 39693, 39703, 39709, 39716, 39723, 39730, 39745, 39754, 39762, 39768, 39777, 39785, 39796, 39805, 39811, 39820, 39832, 39841, 39859, 39880, 39898, 39907, 39917, 39928, 39937, 39944, 39952, 39960, 39975, 39983, 39992, 40001, 40011, 40023, 40028, 40033, 40039, 40049, 40059, 40071, 40082, 40093, 40105, 40118, 40128, 40138, 40150, 40164, 40180, 40194, 40210, 40220, 40232, 40242, 40254, 40268, 40284, 40294, 40308, 40322, 40336, 40350, 40364, 40380, 40386, 40392, 40399, 40413, 40422, 40433, 40440, 40463, 40487, 40497, 40511, 40526, 40536, 40549, 40561, 40571, 40581, 40594, 40599, 40603, 40608, 40617, 40632, 40648, 40662, 40677, 40688, 40699, 40708, 40718, 40731, 40749, 40761, 40781, 40801, 40814, 40825, 40840, 40850, 40870, 40890, 40901, 40915, 40927, 40941, 40958, 40967, 40982, 40995, 41002, 41014, 41026, 41039, 41054, 41075, 41091, 41110, 41128, 41152, 41171, 41195, 41220, 41245, 41266, 41288, 41310, 41316, 41332, 41346, 41353, 41363, 41370, 41380, 41393, 41399, 41405, 41417, 41428, 41439, 41451, 41467, 41480, 41494, 41506, 41520, 41536, 41550, 41566, 41576, 41588, 41602, 41618, 41628, 41639, 41646, 41654, 41664, 41675, 41687, 41699, 41711, 41724, 41737, 41745, 41757, 41768, 41779, 41791, 41808, 41823, 41832, 41841, 41851, 41862, 41873, 41882, 41891, 41900, 41909, 41919, 41931, 41943, 41954, 41966, 41979, 41998, 42015, 42021, 42030, 42045, 42064, 42078, 42085, 42100, 42117, 42136, 42156, 42171, 42187, 42199, 42212, 42228, 42242, 42257, 42270, 42282, 42300, 42316, 42329, 42335, 42342, 42350, 42361, 42378, 42400, 42410, 42433, 42443, 42452, 42463, 42470, 42484, 42500, 42514, 42525, 42531, 42538, 42547, 42557, 42563, 42575, 42589, 42601, 42610, 42620, 42629, 42636, 42648, 42653, 42658, 42664, 42682, 42701, 42717, 42727, 42738, 42750, 42759, 42769, 42784, 42794, 42805, 42817, 42837, 42858, 42869, 42881, 42902, 42924, 42942, 42961, 42981, 43002, 43011, 43021, 43032, 43044, 43061, 43072, 43087, 43108, 43124, 43139, 43157, 43183, 43202, 43223, 43243, 43264, 43285, 43303, 43323, 43351, 43372, 43395, 43417, 43440, 43463, 43483, 43495, 43505, 43516, 43524, 43533, 43542, 43552, 43571, 43591, 43602, 43612, 43623, 43640, 43656, 43676, 43697, 43714, 43732, 43747, 43761, 43782, 43802, 43813, 43832, 43852, 43860, 43869, 43880, 43892, 43903, 43919, 43937, 43946, 43960, 43973, 43984, 43998, 44010, 44019, 44033, 44045, 44058, 44071, 44082, 44101, 44112, 44124, 44133, 44143, 44155, 44173, 44188, 44203, 44218, 44236, 44258, 44277, 44296, 44315, 44337, 44347, 44358, 44378, 44399, 44413, 44424, 44436, 44449, 44470, 44492, 44510, 44529, 44543, 44557, 44569, 44589, 44610, 44619, 44629, 44640, 44652, 44661, 44668, 44676, 44683, 44689, 44701, 44713, 44724, 44734, 44755, 44776, 44796, 44815, 44835, 44853, 44864, 44873, 44879, 44885, 44901, 44914, 44921, 44936, 44948, 44957, 44967, 44979, 44986, 44993, 45001, 45007, 45013, 45025, 45038, 45044, 45050, 45059, 45067, 45080, 45090, 45107, 45124, 45135, 45148, 45156, 45165, 45176, 45194, 45208, 45214, 45221, 45230, 45237, 45247, 45253, 45260, 45267, 45275, 45281, 45293, 45307, 45319, 45328, 45338, 45343, 45349, 45356, 45365, 45373, 45382, 45392, 45408, 45424, 45439, 45453, 45478, 45503, 45527, 45550, 45574, 45596, 45611, 45624, 45631, 45643, 45652, 45663, 45673, 45689, 45708, 45727, 45745, 45762, 45790, 45818, 45845, 45871, 45898, 45923, 45941, 45957, 45966, 45976, 45988, 45995, 46003, 46012, 46022, 46036, 46054, 46065, 46075, 46084, 46096, 46107, 46120, 46144, 46165, 46171, 46179, 46188, 46199, 46209, 46215, 46233, 46249, 46257, 46269, 46281, 46297, 46315, 46328, 46340, 46350, 46361, 46372, 46379, 46387, 46397, 46407, 46419, 46433, 46452, 46459, 46476, 46486, 46496, 46504, 46515, 46524, 46534, 46538, 46543, 46557, 46572, 46588, 46615, 46624, 46635, 46646, 46658, 46670, 46682, 46693, 46702, 46710, 46718, 46729, 46739, 46761, 46773, 46786, 46798, 46808, 46817, 46826, 46838, 46848, 46854, 46862, 46870, 46876, 46885, 46891, 46897, 46909, 46920, 46926, 46958, 46968, 46978, 46990, 47003, 47013, 47024, 47041, 47047, 47054, 47073, 47080, 47088, 47097, 47107, 47129, 47155, 47181, 47189, 47205, 47229, 47239, 47249, 47260, 47274, 47288, 47293, 47302, 47311, 47319, 47330, 47342, 47356, 47370, 47380, 47393, 47400, 47407, 47416, 47424, 47437, 47444, 47458, 47468, 47474, 47483, 47493, 47502, 47510, 47517, 47526, 47537, 47553, 47562, 47581, 47589, 47599, 47608, 47618, 47626, 47637, 47652, 47665, 47676, 47692, 47704, 47717, 47731, 47741, 47760, 47777, 47792, 47812, 47828, 47845, 47858, 47877, 47897, 47911, 47926, 47935, 47945, 47951, 47964, 47980, 48000, 48016, 48026, 48036, 48053, 48073, 48097, 48117, 48131, 48137, 48144, 48151, 48158, 48169, 48182, 48193, 48197, 48202, 48208, 48213, 48219, 48225, 48242, 48251, 48270, 48285, 48300, 48318, 48334, 48350, 48368, 48392, 48417, 48434, 48448, 48466, 48480, 48500, 48521, 48542, 48564, 48577, 48593, 48610, 48627, 48644, 48663, 48682, 48698, 48716, 48735, 48748, 48762, 48779, 48799, 48809, 48815, 48821, 48827, 48845, 48860, 48868, 48877, 48891, 48900, 48911, 48921, 48931, 48940, 48952, 48967, 48981, 48995, 49010, 49026, 49041, 49058, 49077, 49094, 49113, 49126, 49141, 49158, 49177, 49189, 49196, 49201, 49216, 49227, 49238, 49252, 49264, 49276, 49290, 49310, 49331, 49344, 49354, 49368, 49378, 49394, 49411, 49428, 49446, 49455, 49467, 49480, 49493, 49506, 49521, 49536, 49548, 49562, 49577, 49586, 49596, 49609, 49625, 49631, 49640, 49655, 49670, 49677, 49684, 49697, 49712, 49725, 49735, 49747, 49761, 49767, 49780, 49795, 49808, 49818, 49830, 49838, 49849, 49854, 49865, 49869, 49878, 49899, 49913, 49925, 49936, 49948, 49958, 49965, 49976, 49989, 49997, 50006, 50023, 50032, 50042, 50056, 50071, 50091, 50105, 50118, 50131, 50141, 50153, 50165, 50174, 50184, 50200, 50213, 50223, 50241, 50249, 50262, 50276, 50287, 50300, 50317, 50330, 50339, 50349, 50364, 50380, 50394, 50403, 50409, 50422, 50435, 50447, 50458, 50473, 50492, 50511, 50528, 50539, 50553, 50564, 50578, 50594, 50605, 50620, 50636, 50652, 50665, 50679, 50691, 50707, 50725, 50740, 50757, 50768, 50781, 50795, 50810, 50825, 50835, 50853, 50868, 50883, 50893, 50907, 50924, 50935, 50946, 50957, 50970, 50989, 51002, 51017, 51032, 51045, 51056, 51073, 51090, 51107, 51122, 51141, 51152, 51164, 51181, 51188, 51197, 51207, 51219, 51230, 51242, 51259, 51270, 51285, 51294, 51308, 51315, 51327, 51345, 51363, 51380, 51396, 51423, 51450, 51476, 51501, 51527, 51551, 51568, 51583, 51588, 51596, 51609, 51623, 51635, 51646, 51657, 51665, 51681, 51701, 51719, 51742, 51755, 51766, 51779, 51794, 51805, 51817, 51840, 51867, 51890, 51911, 51936, 51952, 51972, 51992, 52005, 52019, 52032, 52046, 52061, 52086, 52111, 52126, 52152, 52163, 52178, 52189, 52201, 52217, 52229, 52245, 52257, 52273, 52286, 52300, 52312, 52324, 52336, 52342, 52356, 52370, 52385, 52392, 52398, 52402, 52416, 52430, 52438, 52446, 52459, 52470, 52475, 52484, 52499, 52517, 52530, 52540, 52552, 52563, 52573, 52579, 52587, 52606, 52631, 52649, 52669, 52689, 52715, 52734, 52755, 52765, 52778, 52792, 52804, 52817, 52821, 52828, 52841, 52855, 52866, 52876, 52893, 52911, 52926, 52945, 52960, 52974, 52983, 52992, 53010, 53027, 53049, 53066, 53077, 53102, 53127, 53146, 53169, 53179, 53195, 53212, 53226, 53246, 53267, 53285, 53307, 53325, 53332, 53341, 53344, 53355, 53360, 53373, 53384, 53395, 53413, 53426, 53443, 53456, 53477, 53496, 53522, 53543, 53568, 53589, 53595, 53609, 53615, 53624, 53642, 53656, 53672, 53685, 53694, 53700, 53704, 53714, 53727, 53737, 53748, 53765, 53779, 53794, 53808, 53818, 53827, 53837, 53848, 53860, 53869, 53879, 53891, 53901, 53912, 53920, 53930, 53966, 53972, 53983, 53996, 54011, 54024, 54031, 54046, 54061, 54069, 54074, 54089, 54104, 54113, 54127, 54143, 54151, 54160, 54170, 54178, 54187, 54197, 54209, 54220, 54229, 54239, 54247, 54256, 54264, 54270, 54277, 54290, 54300, 54313, 54330, 54345, 54360, 54370, 54380, 54392, 54409, 54422, 54438, 54453, 54471, 54487, 54507, 54526, 54541, 54556, 54567, 54589, 54604, 54619, 54636, 54648, 54658, 54666, 54678, 54682, 54690, 54699, 54706, 54712, 54721, 54728, 54738, 54745, 54753, 54761, 54770, 54780, 54786, 54794, 54811, 54827, 54848, 54864, 54874, 54898, 54922, 54940, 54962, 54973, 54981, 54990, 55004, 55017, 55030, 55043, 55056, 55070, 55082, 55098, 55113, 55133, 55146, 55163, 55172, 55185, 55197, 55205, 55213, 55221, 55231, 55240, 55243, 55252, 55275, 55294, 55302, 55309, 55336, 55360, 55383, 55406, 55427, 55441, 55447, 55455, 55470, 55480, 55492, 55506, 55519, 55530, 55541, 55559, 55572, 55587, 55604, 55620, 55634, 55645, 55663, 55676, 55691, 55708, 55724, 55738, 55747, 55758, 55771, 55786, 55796, 55813, 55825, 55839, 55855, 55870, 55883, 55891, 55901, 55911, 55932, 55955, 55975, 55982, 55995, 56010, 56025, 56035, 56045, 56062, 56075, 56091, 56106, 56124, 56140, 56160, 56179, 56194, 56209, 56220, 56232, 56238, 56247, 56256, 56261, 56271, 56281, 56290, 56301, 56309, 56328, 56353, 56371, 56391, 56398, 56407, 56410, 56416, 56425, 56434, 56440, 56448, 56456, 56463, 56469, 56474, 56481, 56488, 56495, 56507, 56510, 56516, 56529, 56535, 56542, 56555, 56569, 56580, 56597, 56615, 56630, 56649, 56664, 56673, 56681, 56687, 56694, 56709, 56724, 56736, 56746, 56759, 56776, 56788, 56798, 56804, 56815, 56832, 56843, 56858, 56865, 56875, 56884, 56895, 56903, 56914, 56923, 56928, 56935, 56950, 56967, 56981, 56991, 57002, 57008, 57021, 57037, 57044, 57055, 57065, 57077, 57094, 57105, 57114, 57124, 57134, 57140, 57147, 57159, 57169, 57184, 57196, 57199, 57204, 57208, 57220, 57233, 57245, 57258, 57268, 57280, 57301, 57321, 57346, 57366, 57380, 57408, 57436, 57458, 57484, 57494, 57505, 57517, 57534, 57548, 57555, 57565, 57573, 57586, 57607, 57630, 57650, 57663, 57673, 57687, 57696, 57701, 57715, 57726, 57743, 57753, 57763, 57775, 57790, 57801, 57817, 57836, 57840, 57845, 57855, 57866, 57875, 57887, 57896, 57907, 57918, 57924, 57931, 57940, 57951, 57964, 57972, 57981, 57994, 58001, 58016, 58024, 58033, 58040, 58046, 58055, 58065, 58091, 58116, 58145, 58159, 58173, 58196, 58223, 58250, 58281, 58306, 58327, 58358, 58388, 58422, 58450, 58482, 58514, 58550, 58580, 58606, 58636, 58660, 58682, 58709, 58740, 58763, 58788, 58810, 58837, 58856, 58878, 58894, 58911, 58941, 58971, 58993, 59017, 59043, 59071, 59082, 59094, 59107, 59120, 59127, 59141, 59153, 59165, 59185, 59201, 59220, 59237, 59250, 59267, 59276, 59288, 59298, 59309, 59330, 59348, 59360, 59377, 59391, 59405, 59433, 59460, 59475, 59486, 59498, 59508, 59515, 59529, 59540, 59556, 59570, 59585, 59605, 59617, 59624, 59639, 59651, 59666, 59685, 59699, 59709, 59720, 59736, 59758, 59767, 59779, 59791, 59802, 59812, 59822, 59834, 59845, 59856, 59861, 59865, 59870, 59878, 59895, 59902, 59914, 59931, 59942, 59954, 59964, 59982, 59997, 60011, 60022, 60029, 60038, 60046, 60053, 60071, 60085, 60104, 60119, 60136, 60147, 60166, 60185, 60197, 60213, 60222, 60241, 60260, 60272, 60285, 60296, 60303, 60313, 60324, 60336, 60347, 60356, 60360, 60371, 60390, 60398, 60401, 60415, 60423, 60432, 60444, 60455, 60468, 60472, 60477, 60500, 60519, 60533, 60548, 60550, 60566, 60584, 60595, 60604, 60612, 60619, 60627, 60644, 60658, 60671, 60681, 60689, 60701, 60706, 60716, 60722, 60729, 60740, 60753, 60764, 60775, 60783, 60790, 60796, 60800, 60812, 60821, 60830, 60838, 60846, 60855, 60877, 60884, 60890, 60899, 60909, 60928, 60950, 60967, 60981, 60995, 61011, 61026, 61040, 61055, 61062, 61069, 61078, 61086, 61095, 61105, 61114, 61124, 61135, 61144, 61154, 61169, 61179, 61190, 61198, 61209, 61221, 61231, 61242, 61252, 61259, 61267, 61280, 61289, 61304, 61315, 61324, 61332, 61345, 61356, 61368, 61376, 61389, 61397, 61410, 61422, 61432, 61447, 61460, 61478, 61484, 61495, 61498, 61500, 61515, 61529, 61543, 61559, 61574, 61589, 61602, 61614, 61626, 61640, 61653, 61666, 61682, 61697, 61712, 61726, 61739, 61752, 61768, 61775, 61787, 61799, 61811, 61821, 61833, 61853, 61880, 61910, 61934, 61963, 61986, 62015, 62043, 62068, 62096, 62111, 62129, 62147, 62164, 62184, 62198, 62213, 62229, 62246, 62265, 62280, 62300, 62311, 62323, 62337, 62356, 62367, 62382, 62395, 62405, 62416, 62428, 62438, 62449, 62462, 62476, 62493, 62516, 62541, 62566, 62586, 62597, 62610, 62623, 62635, 62652, 62665, 62679, 62692, 62705, 62715, 62726, 62738, 62757, 62775, 62789, 62805, 62816, 62831, 62849, 62861, 62872, 62891, 62901, 62920, 62938, 62961, 62979, 62991, 63017, 63043, 63063, 63087, 63094, 63100, 63108, 63121, 63135, 63148, 63163, 63175, 63186, 63199, 63204, 63214, 63224, 63234, 63242, 63252, 63267, 63289, 63314, 63333, 63357, 63375, 63399, 63422, 63440, 63465, 63493, 63515, 63542, 63563, 63590, 63616, 63639, 63665, 63685, 63708, 63725, 63747, 63760, 63776, 63792, 63807, 63825, 63837, 63850, 63864, 63879, 63896, 63909, 63927, 63936, 63946, 63958, 63975, 63984, 63997, 64008, 64016, 64025, 64035, 64043, 64052, 64063, 64075, 64090, 64111, 64134, 64157, 64175, 64184, 64195, 64206, 64216, 64231, 64242, 64254, 64265, 64276, 64284, 64293, 64303, 64320, 64336, 64348, 64362, 64371, 64384, 64400, 64410, 64419, 64436, 64439, 64443, 64448, 64456, 64469, 64478, 64488, 64497, 64508, 64518, 64528, 64537, 64552, 64566, 64575, 64584, 64598, 64605, 64612, 64621, 64625, 64630, 64636, 64643, 64654, 64663, 64670, 64687, 64707, 64722, 64734, 64748, 64761, 64773, 64780, 64787, 64794, 64800, 64815, 64821, 64828, 64833, 64841, 64849, 64859, 64869, 64878, 64884, 64892, 64898, 64906, 64913, 64921, 64929, 64935, 64943, 64952, 64960, 64967, 64975, 64984, 64992, 65000, 65019, 65034, 65052, 65072, 65085, 65091, 65098, 65104, 65115, 65128, 65134, 65145, 65159, 65177, 65188, 65200, 65210, 65221, 65232, 65242, 65253, 65269, 65287, 65304, 65327, 65345, 65367, 65386, 65411, 65432, 65452, 65473, 65492, 65513, 65536, 65557, 65578, 65601, 65622, 65644, 65661, 65680, 65698, 65722, 65741, 65764, 65784, 65810, 65832, 65853, 65875, 65895, 65917, 65941, 65963, 65985, 66009, 66031, 66054, 66072, 66092, 66111, 66136, 66156, 66180, 66201, 66228, 66251, 66273, 66296, 66317, 66340, 66365, 66388, 66411, 66436, 66459, 66483, 66487, 66492, 66501, 66510, 66532, 66551, 66573, 66590, 66625, 66654, 66664, 66683, 66701, 66724, 66742, 66754, 66780, 66806, 66826, 66850, 66856, 66863, 66872, 66877, 66886, 66896, 66904, 66915, 66924, 66930, 66937, 66946, 66959, 66965, 66970, 66975, 66980, 66995, 67004, 67021, 67038, 67048, 67055, 67072, 67089, 67100, 67106, 67114, 67138, 67144, 67154, 67158, 67165, 67174, 67189, 67207, 67220, 67234, 67244, 67256, 67267, 67277, 67288, 67294, 67303, 67322, 67331, 67343, 67355, 67369, 67387, 67404, 67426, 67443, 67454, 67479, 67504, 67523, 67546, 67554, 67561, 67569, 67578, 67587, 67597, 67621, 67653, 67680, 67705, 67738, 67766, 67773, 67779, 67789, 67799, 67806, 67818, 67829, 67845, 67852, 67860, 67870, 67878, 67887, 67911, 67916, 67928, 67938, 67946, 67957, 67968, 67980, 67995, 68006, 68018, 68034, 68053, 68063, 68087, 68104, 68109, 68121, 68131, 68148, 68160, 68176, 68188, 68204, 68219, 68231, 68247, 68254, 68265, 68281, 68292, 68312, 68321, 68330, 68348, 68371, 68384, 68389, 68399, 68407, 68419, 68430, 68438, 68447, 68463, 68474, 68489, 68500, 68511, 68524, 68537, 68549, 68552, 68562, 68575, 68585, 68594, 68599, 68605, 68616, 68621, 68632, 68642, 68653, 68665, 68674, 68688, 68698, 68709, 68724, 68745, 68759, 68773, 68789, 68795, 68803, 68812, 68821, 68831, 68841, 68852, 68856, 68862, 68869, 68880, 68888, 68891, 68900, 68905, 68912, 68920, 68923, 68940, 68953, 68972, 68984, 68988, 68999, 69009, 69019, 69031, 69042, 69053, 69059, 69063, 69067, 69073, 69080, 69096, 69115, 69129, 69140, 69153, 69165, 69176, 69180, 69201, 69208, 69221, 69230, 69245, 69254, 69263, 69273, 69282, 69297, 69304, 69313, 69323, 69328, 69342, 69346, 69364, 69374, 69385, 69404, 69415, 69427, 69440, 69452, 69464, 69478, 69491, 69504, 69511, 69513, 69525, 69530, 69544, 69557, 69568, 69581, 69596, 69609, 69620, 69637, 69652, 69665, 69680, 69693, 69705, 69722, 69737, 69752, 69763, 69778, 69796, 69804, 69822, 69840, 69852, 69864, 69879, 69889, 69914, 69939, 69964, 69981, 70000, 70022, 70039, 70055, 70074, 70093, 70112, 70125, 70141, 70161, 70181, 70201, 70215, 70232, 70238, 70246, 70256, 70265, 70276, 70284, 70292, 70303, 70317, 70327, 70340, 70352, 70362, 70374, 70383, 70392, 70404, 70416, 70427, 70443, 70455, 70463, 70470, 70481, 70494, 70500, 70507, 70519, 70525, 70532, 70544, 70566, 70583, 70591, 70604, 70613, 70622, 70636, 70644, 70652, 70658, 70668, 70676, 70681, 70690, 70698, 70710, 70713, 70720, 70732, 70740, 70755, 70765, 70777, 70791, 70804, 70815, 70832, 70843, 70861, 70874, 70889, 70906, 70922, 70936, 70947, 70965, 70978, 70993, 71010, 71026, 71040, 71047, 71055, 71075, 71085, 71102, 71114, 71128, 71144, 71159, 71172, 71180, 71194, 71212, 71219, 71232, 71243, 71255, 71259, 71266, 71273, 71283, 71293, 71310, 71322, 71333, 71346, 71357, 71366, 71374, 71390, 71405, 71425, 71445, 71472, 71494, 71515, 71538, 71559, 71578, 71593, 71613, 71633, 71660, 71682, 71703, 71726, 71747, 71766, 71781, 71801, 71820, 71838, 71854, 71869, 71886, 71891, 71897, 71909, 71924, 71932, 71945, 71959, 71969, 71980, 71995, 72007, 72018, 72030, 72046, 72058, 72071, 72088, 72106, 72117, 72125, 72136, 72147, 72161, 72180, 72190, 72199, 72209, 72219, 72221, 72233, 72243, 72252, 72260, 72282, 72300, 72310, 72339, 72346, 72357, 72359, 72367, 72377, 72386, 72401, 72411, 72425, 72436, 72453, 72466, 72478, 72491, 72502, 72515, 72530, 72543, 72556, 72571, 72584, 72598, 72611, 72620, 72631, 72641, 72657, 72668, 72683, 72695, 72713, 72727, 72740, 72754, 72766, 72780, 72796, 72810, 72824, 72840, 72854, 72869, 72879, 72891, 72902, 72919, 72931, 72947, 72960, 72979, 72994, 73008, 73023, 73036, 73051, 73068, 73083, 73098, 73115, 73130, 73146, 73160, 73174, 73187, 73207, 73225, 73240, 73257, 73278, 73295, 73319, 73337, 73357, 73378, 73397, 73408, 73422, 73443, 73458, 73477, 73493, 73512, 73531, 73550, 73567, 73581, 73597, 73617, 73633, 73656, 73673, 73692, 73712, 73727, 73745, 73755, 73768, 73788, 73802, 73820, 73835, 73853, 73871, 73878, 73885, 73892, 73903, 73907, 73917, 73932, 73945, 73957, 73967, 73979, 73991, 74000, 74015, 74027, 74036, 74047, 74057, 74068, 74076, 74085, 74113, 74135, 74144, 74150, 74155, 74161, 74177, 74184, 74193, 74202, 74211, 74221, 74230, 74240, 74243, 74253, 74262, 74269, 74278, 74291, 74296, 74302, 74307, 74316, 74322, 74340, 74353, 74366, 74376, 74383, 74387, 74392, 74398, 74405, 74410, 74416, 74424, 74434, 74444, 74454, 74465, 74475, 74486, 74491, 74501, 74511, 74520, 74530, 74541, 74550, 74553, 74557, 74567, 74577, 74588, 74600, 74609, 74623, 74629, 74636, 74646, 74650, 74654, 74676, 74691, 74706, 74723, 74728, 74736, 74742, 74745, 74755, 74759, 74765, 74771, 74777, 74781, 74786, 74797, 74805, 74822, 74832, 74842, 74852, 74857, 74866, 74876, 74881, 74891, 74905, 74911, 74923, 74937, 74955, 74966, 74979, 74986, 74993, 74999, 75008, 75016, 75024, 75030, 75042, 75057, 75071, 75082, 75096, 75107, 75120, 75130, 75141, 75152, 75159, 75167, 75179, 75192, 75203, 75211, 75220, 75225, 75231, 75238, 75249, 75264, 75268, 75285, 75304, 75320, 75330, 75344, 75353, 75375, 75381, 75388, 75394, 75400, 75404, 75411, 75420, 75440, 75459, 75480, 75500, 75520, 75541, 75558, 75574, 75592, 75609, 75626, 75644, 75661, 75677, 75695, 75712, 75729, 75747, 75773, 75798, 75825, 75851, 75877, 75904, 75931, 75957, 75985, 76012, 76039, 76067, 76086, 76104, 76124, 76143, 76162, 76182, 76192, 76220, 76247, 76276, 76304, 76332, 76361, 76376, 76390, 76406, 76421, 76436, 76452, 76465, 76477, 76491, 76504, 76517, 76531, 76543, 76554, 76567, 76579, 76591, 76604, 76617, 76629, 76643, 76656, 76669, 76683, 76703, 76722, 76743, 76763, 76783, 76804, 76809, 76817, 76839, 76851, 76858, 76866, 76872, 76878, 76885, 76893, 76912, 76931, 76940, 76948, 76961, 76965, 76979, 76991, 77007, 77013, 77024, 77035, 77044, 77071, 77082, 77096, 77113, 77129, 77148, 77161, 77175, 77190, 77206, 77224, 77234, 77245, 77258, 77276, 77290, 77302, 77311, 77321, 77332, 77341, 77351, 77364, 77380, 77402, 77426, 77450, 77469, 77480, 77496, 77506, 77518, 77530, 77542, 77555, 77568, 77580, 77607, 77619, 77628, 77638, 77649, 77667, 77684, 77699, 77712, 77727, 77737, 77751, 77768, 77778, 77788, 77803, 77812, 77826, 77834, 77850, 77866, 77875, 77881, 77897, 77913, 77923, 77931, 77947, 77961, 77966, 77985, 77999, 78002, 78017, 78031, 78050, 78059, 78073, 78088, 78097, 78111, 78128, 78143, 78158, 78176, 78199, 78216, 78238, 78252, 78268, 78283, 78293, 78306, 78319, 78330, 78344, 78360, 78381, 78405, 78423, 78446, 78464, 78487, 78501, 78518, 78541, 78563, 78582, 78604, 78619, 78642, 78661, 78681, 78696, 78708, 78721, 78735, 78753, 78766, 78782, 78805, 78831, 78851, 78876, 78895, 78920, 78944, 78965, 78989, 79000, 79011, 79026, 79046, 79054, 79072, 79084, 79091, 79098, 79113, 79136, 79155, 79175, 79190, 79202, 79215, 79228, 79237, 79251, 79261, 79275, 79287, 79301, 79317, 79329, 79342, 79354, 79363, 79374, 79382, 79387, 79394, 79408, 79430, 79448, 79467, 79481, 79492, 79504, 79512, 79518, 79524, 79531, 79543, 79553, 79567, 79580, 79589, 79599, 79607, 79614, 79625, 79635, 79649, 79662, 79667, 79675, 79688, 79700, 79712, 79731, 79749, 79771, 79788, 79795, 79805, 79812, 79828, 79848, 79868, 79892, 79910, 79924, 79934, 79946, 79962, 79980, 79995, 80015, 80027, 80042, 80051, 80061, 80084, 80107, 80122, 80139, 80158, 80179, 80190, 80198, 80219, 80232, 80237, 80244, 80248, 80253, 80269, 80288, 80305, 80319, 80337, 80351, 80358, 80370, 80377, 80380, 80390, 80393, 80398, 80407, 80417, 80427, 80437, 80450, 80460, 80474, 80489, 80504, 80519, 80537, 80552, 80565, 80579, 80593, 80607, 80624, 80638, 80648, 80656, 80668, 80682, 80689, 80703, 80713, 80721, 80725, 80735, 80750, 80763, 80775, 80787, 80796, 80811, 80823, 80832, 80842, 80853, 80861, 80870, 80898, 80920, 80929, 80940, 80945, 80960, 80969, 80986, 81003, 81013, 81020, 81037, 81054, 81065, 81073, 81079, 81090, 81100, 81108, 81121, 81133, 81140, 81148, 81154, 81161, 81166, 81172, 81179, 81191, 81199, 81208, 81220, 81229, 81247, 81268, 81284, 81297, 81312, 81326, 81339, 81345, 81351, 81362, 81377, 81388, 81394, 81401, 81417, 81434, 81441, 81449, 81457, 81465, 81474, 81488, 81498, 81506, 81515, 81529, 81539, 81550, 81566, 81575, 81589, 81599, 81603, 81608, 81617, 81623, 81630, 81638, 81642, 81649, 81659, 81670, 81678, 81687, 81702, 81718, 81732, 81741, 81751, 81756, 81762, 81769, 81773, 81780, 81789, 81797, 81805, 81815, 81824, 81833, 81840, 81845, 81865, 81890, 81905, 81925, 81940, 81960, 81967, 81974, 81980, 81990, 82009, 82027, 82050, 82068, 82080, 82106, 82132, 82152, 82176, 82186, 82201, 82217, 82239, 82254, 82271, 82280, 82286, 82293, 82301, 82320, 82341, 82359, 82367, 82376, 82386, 82393, 82401, 82406, 82419, 82433, 82436, 82440, 82444, 82449, 82456, 82461, 82478, 82500, 82517, 82534, 82557, 82581, 82602, 82629, 82657, 82682, 82711, 82736, 82744, 82749, 82757, 82766, 82779, 82798, 82810, 82822, 82836, 82842, 82855, 82866, 82872, 82876, 82881, 82896, 82905, 82922, 82939, 82949, 82956, 82973, 82990, 83001, 83008, 83015, 83019, 83031, 83056, 83073, 83081, 83090, 83101, 83115, 83122, 83130, 83144, 83162, 83175, 83195, 83216, 83234, 83258, 83283, 83305, 83331, 83353, 83368, 83386, 83407, 83423, 83436, 83451, 83465, 83478, 83488, 83498, 83509, 83514, 83525, 83540, 83558, 83571, 83581, 83593, 83604, 83614, 83627, 83639, 83647, 83658, 83670, 83683, 83699, 83710, 83718, 83728, 83739, 83754, 83765, 83777, 83788, 83794, 83801, 83818, 83830, 83841, 83855, 83863, 83874, 83889, 83895, 83906, 83916, 83928, 83937, 83945, 83952, 83959, 83967, 83972, 83978, 83989, 84004, 84008, 84013, 84019, 84022, 84032, 84047, 84055, 84068, 84088, 84107, 84126, 84147, 84167, 84187, 84204, 84220, 84236, 84254, 84271, 84288, 84296, 84304, 84315, 84330, 84350, 84355, 84360, 84366, 84382, 84392, 84410, 84428, 84439, 84447, 84465, 84483, 84495, 84502, 84506, 84515, 84530, 84538, 84548, 84553, 84562, 84576, 84597, 84611, 84619, 84635, 84641, 84646, 84665, 84688, 84698, 84708, 84718, 84730, 84737, 84745, 84754, 84766, 84777, 84788, 84801, 84813, 84825, 84839, 84846, 84853, 84872, 84888, 84898, 84913, 84925, 84937, 84951, 84958, 84965, 84971, 84978, 84984, 84991, 84997, 85004, 85011, 85019, 85027, 85032, 85045, 85057, 85063, 85069, 85076, 85083, 85091, 85097, 85105, 85113, 85123, 85132, 85137, 85143, 85152, 85167, 85184, 85201, 85213, 85225, 85244, 85259, 85277, 85294, 85314, 85332, 85354, 85375, 85392, 85409, 85422, 85436, 85448, 85455, 85465, 85474, 85491, 85506, 85523, 85542, 85559, 85574, 85593, 85610, 85629, 85646, 85662, 85683, 85702, 85721, 85736, 85744, 85753, 85759, 85769, 85778, 85803, 85821, 85831, 85838, 85846, 85857, 85871, 85889, 85902, 85913, 85923, 85934, 85945, 85961, 85972, 85984, 85997, 86021, 86038, 86061, 86077, 86093, 86111, 86121, 86132, 86139, 86147, 86171, 86177, 86187, 86194, 86202, 86208, 86215, 86229, 86240, 86250, 86258, 86265, 86273, 86285, 86297, 86306, 86315, 86322, 86327, 86332, 86338, 86349, 86357, 86369, 86382, 86401, 86421, 86438, 86461, 86485, 86506, 86531, 86552, 86569, 86581, 86599, 86618, 86634, 86656, 86679, 86699, 86723, 86743, 86755, 86765, 86782, 86794, 86810, 86822, 86828, 86834, 86841, 86845, 86850, 86853, 86857, 86862, 86875, 86887, 86892, 86898, 86908, 86917, 86923, 86938, 86952, 86971, 86985, 86993, 87015, 87037, 87053, 87073, 87080, 87089, 87098, 87108, 87119, 87125, 87132, 87143, 87155, 87173, 87188, 87201, 87218, 87235, 87246, 87256, 87268, 87283, 87299, 87316, 87331, 87344, 87360, 87372, 87391, 87404, 87416, 87431, 87444, 87459, 87475, 87487, 87491, 87496, 87504, 87513, 87519, 87529, 87541, 87553, 87562, 87566, 87579, 87596, 87610, 87623, 87631, 87645, 87653, 87668, 87684, 87698, 87711, 87721, 87725, 87728, 87737, 87745, 87752, 87759, 87768, 87774, 87791, 87797, 87808, 87814, 87820, 87827, 87844, 87854, 87863, 87870, 87878, 87885, 87900, 87913, 87927, 87943, 87962, 87975, 87987, 88001, 88018, 88037, 88055, 88069, 88090, 88105, 88119, 88132, 88146, 88150, 88155, 88171, 88188, 88191, 88206, 88219, 88235, 88256, 88269, 88273, 88278, 88283, 88297, 88312, 88326, 88340, 88354, 88364, 88379, 88392, 88398, 88406, 88411, 88417, 88424, 88437, 88441, 88448, 88457, 88472, 88486, 88504, 88512, 88522, 88529, 88538, 88545, 88554, 88563, 88574, 88585, 88595, 88598, 88614, 88627, 88640, 88662, 88675, 88680, 88689, 88702, 88714, 88718, 88723, 88733, 88742, 88750, 88759, 88766, 88775, 88786, 88797, 88808, 88823, 88826, 88834, 88845, 88855, 88861, 88871, 88885, 88897, 88910, 88921, 88939, 88953, 88966, 88976, 88986, 89000, 89016, 89033, 89049, 89060, 89071, 89082, 89098, 89112, 89127, 89140, 89155, 89170, 89189, 89210, 89232, 89253, 89269, 89289, 89305, 89317, 89332, 89346, 89363, 89378, 89393, 89408, 89422, 89442, 89455, 89471, 89485, 89500, 89513, 89533, 89549, 89565, 89579, 89594, 89607, 89627, 89643, 89646, 89668, 89691, 89715, 89732, 89746, 89763, 89775, 89805, 89829, 89848, 89865, 89873, 89877, 89883, 89892, 89896, 89899, 89903, 89908, 89917, 89925, 89931, 89943, 89959, 89969, 89987, 90005, 90016, 90030, 90038, 90056, 90074, 90086, 90094, 90103, 90110, 90115, 90125, 90130, 90136, 90143, 90151, 90162, 90177, 90182, 90187, 90201, 90220, 90228, 90239, 90257, 90272, 90292, 90307, 90327, 90345, 90368, 90381, 90399, 90404, 90412, 90418, 90424, 90445, 90459, 90472, 90485, 90500, 90514, 90528, 90541, 90553, 90562, 90572, 90589, 90601, 90617, 90629, 90636, 90646, 90657, 90669, 90679, 90690, 90702, 90708, 90717, 90734, 90749, 90771, 90788, 90809, 90826, 90834, 90846, 90854, 90861, 90868, 90875, 90888, 90898, 90914, 90933, 90937, 90943, 90950, 90966, 90985, 90999, 91014, 91030, 91041, 91054, 91066, 91077, 91084, 91089, 91095, 91106, 91109, 91144, 91172, 91200, 91230, 91238, 91256, 91264, 91293, 91315, 91337, 91361, 91381, 91402, 91412, 91433, 91440, 91445, 91453, 91470, 91479, 91493, 91504, 91520, 91539, 91557, 91574, 91594, 91605, 91610, 91615, 91626, 91645, 91658, 91671, 91687, 91701, 91714, 91726, 91740, 91750, 91761, 91769, 91777, 91792, 91805, 91816, 91830, 91844, 91862, 91881, 91896, 91909, 91922, 91945, 91961, 91978, 91998, 92016, 92032, 92050, 92064, 92079, 92096, 92110, 92128, 92145, 92163, 92185, 92208, 92227, 92244, 92257, 92275, 92288, 92297, 92311, 92321, 92337, 92341, 92346, 92360, 92368, 92372, 92387, 92397, 92409, 92420, 92437, 92449, 92465, 92478, 92497, 92512, 92526, 92541, 92554, 92569, 92586, 92601, 92616, 92633, 92648, 92664, 92675, 92688, 92700, 92718, 92731, 92748, 92762, 92782, 92798, 92813, 92829, 92843, 92859, 92877, 92893, 92909, 92927, 92943, 92960, 92972, 92986, 92999, 93018, 93032, 93050, 93065, 93086, 93103, 93119, 93136, 93151, 93168, 93187, 93204, 93221, 93240, 93257, 93275, 93284, 93294, 93318, 93337, 93355, 93370, 93381, 93400, 93423, 93452, 93484, 93512, 93540, 93558, 93580, 93594, 93617, 93644, 93677, 93713, 93745, 93777, 93799, 93825, 93843, 93867, 93889, 93919, 93940, 93960, 93978, 94004, 94021, 94035, 94063, 94086, 94108, 94127, 94142, 94165, 94192, 94225, 94261, 94293, 94325, 94347, 94373, 94391, 94418, 94449, 94486, 94526, 94562, 94598, 94624, 94654, 94676, 94704, 94730, 94764, 94789, 94813, 94835, 94865, 94886, 94895, 94906, 94919, 94933, 94941, 94957, 94973, 94982, 94996, 95016, 95029, 95044, 95059, 95068, 95077, 95088, 95103, 95114, 95131, 95148, 95160, 95169, 95186, 95201, 95207, 95221, 95237, 95253, 95263, 95276, 95293, 95311, 95329, 95346, 95366, 95389, 95411, 95432, 95442, 95453, 95462, 95474, 95484, 95495, 95508, 95523, 95535, 95549, 95561, 95573, 95587, 95598, 95615, 95625, 95637, 95643, 95663, 95676, 95687, 95698, 95713, 95731, 95755, 95774, 95794, 95815, 95831, 95848, 95868, 95892, 95922, 95955, 95984, 96013, 96032, 96055, 96070, 96094, 96122, 96156, 96193, 96226, 96259, 96282, 96309, 96328, 96353, 96376, 96407, 96429, 96450, 96469, 96496, 96514, 96529, 96548, 96570, 96598, 96621, 96645, 96670, 96690, 96711, 96729, 96751, 96776, 96807, 96833, 96860, 96888, 96911, 96935, 96945, 96957, 96968, 96985, 96997, 97013, 97026, 97045, 97060, 97074, 97089, 97102, 97117, 97134, 97149, 97164, 97181, 97196, 97212, 97225, 97238, 97249, 97262, 97274, 97292, 97305, 97322, 97336, 97356, 97372, 97387, 97403, 97417, 97433, 97451, 97467, 97483, 97501, 97517, 97534, 97546, 97560, 97573, 97592, 97606, 97624, 97639, 97660, 97677, 97693, 97710, 97725, 97742, 97761, 97778, 97795, 97814, 97831, 97849, 97856, 97861, 97872, 97888, 97898, 97913, 97919, 97924, 97928, 97933, 97939, 97949, 97954, 97961, 97976, 97981, 97985, 97990, 97995, 98001, 98008, 98017, 98033, 98044, 98053, 98067, 98081, 98089, 98101, 98109, 98117, 98126, 98134, 98143, 98158, 98168, 98179, 98191, 98199, 98205, 98215, 98233, 98248, 98258, 98269, 98281, 98289, 98298, 98312, 98322, 98332, 98343, 98354, 98365, 98376, 98384, 98390, 98398, 98407, 98417, 98425, 98439, 98456, 98465, 98477, 98485, 98492, 98504, 98517, 98527, 98542, 98551, 98563, 98578, 98589, 98604, 98616, 98631, 98640, 98650, 98665, 98673, 98681, 98689, 98701, 98712, 98718, 98726, 98739, 98748, 98762, 98768, 98775, 98783, 98796, 98805, 98814, 98825, 98836, 98848, 98860, 98880, 98897, 98915, 98940, 98960, 98984, 99004, 99015, 99026, 99031, 99045, 99055, 99064, 99074, 99083, 99095, 99101, 99108, 99113, 99118, 99126, 99129, 99139, 99150, 99165, 99173, 99194, 99218, 99238, 99258, 99268, 99276, 99290, 99301, 99312, 99318, 99329, 99341, 99356, 99375, 99400, 99428, 99452, 99476, 99490, 99508, 99518, 99534, 99548, 99570, 99583, 99595, 99607, 99616, 99624, 99634, 99652, 99664, 99673, 99676, 99684, 99691, 99698, 99716, 99733, 99750, 99759, 99767, 99775, 99784, 99788, 99803, 99817, 99831, 99843, 99853, 99866, 99878, 99892, 99904, 99914, 99928, 99940, 99954, 99966, 99977, 99993, 100007, 100021, 100031, 100041, 100054, 100065, 100078, 100093, 100106, 100117, 100132, 100145, 100160, 100173, 100185, 100202, 100217, 100232, 100243, 100255, 100266, 100270, 100278, 100284, 100303, 100316, 100323, 100331, 100350, 100371, 100389, 100398, 100409, 100417, 100426, 100440, 100452, 100464, 100469, 100475, 100494, 100506, 100517, 100530, 100541, 100551, 100562, 100572, 100580, 100598, 100615, 100627, 100636, 100644, 100656, 100660, 100665, 100673, 100682, 100689, 100699, 100717, 100734, 100752, 100769, 100787, 100809, 100818, 100828, 100836, 100849, 100868, 100888, 100907, 100927, 100951, 100963, 100977, 100986, 100997, 101011, 101023, 101036, 101051, 101065, 101078, 101092, 101102, 101110, 101119, 101132, 101137, 101151, 101166, 101177, 101183, 101194, 101204, 101207, 101213, 101230, 101244, 101257, 101272, 101289, 101303, 101323, 101330, 101346, 101358, 101371, 101375, 101380, 101387, 101397, 101414, 101426, 101440, 101456, 101471, 101484, 101491, 101499, 101511, 101524, 101544, 101559, 101576, 101595, 101613, 101629, 101642, 101662, 101677, 101694, 101713, 101731, 101747, 101757, 101764, 101772, 101786, 101804, 101813, 101830, 101842, 101861, 101875, 101891, 101909, 101926, 101941, 101951, 101971, 101988, 102008, 102029, 102045, 102067, 102082, 102090, 102103, 102115, 102137, 102155, 102174, 102196, 102214, 102233, 102257, 102274, 102285, 102303, 102319, 102338, 102356, 102372, 102393, 102407, 102427, 102443, 102461, 102475, 102492, 102507, 102519, 102537, 102555, 102569, 102587, 102603, 102614, 102628, 102640, 102651, 102666, 102684, 102708, 102734, 102760, 102781, 102793, 102807, 102821, 102838, 102855, 102869, 102889, 102902, 102922, 102940, 102951, 102967, 102984, 102999, 103016, 103028, 103046, 103066, 103084, 103101, 103118, 103138, 103150, 103158, 103167, 103177, 103188, 103197, 103214, 103226, 103236, 103241, 103247, 103253, 103258, 103265, 103276, 103283, 103291, 103305, 103318, 103331, 103346, 103373, 103388, 103402, 103426, 103449, 103463, 103475, 103486, 103504, 103521, 103544, 103562, 103581, 103597, 103619, 103642, 103662, 103686, 103706, 103726, 103747, 103763, 103776, 103790, 103811, 103833, 103847, 103863, 103880, 103891, 103900, 103922, 103941, 103963, 103992, 104024, 104050, 104081, 104106, 104137, 104167, 104194, 104224, 104244, 104261, 104281, 104308, 104338, 104362, 104391, 104414, 104443, 104471, 104496, 104524, 104534, 104541, 104549, 104562, 104570, 104579, 104593, 104612, 104636, 104659, 104667, 104676, 104684, 104697, 104707, 104722, 104738, 104748, 104763, 104776, 104787, 104798, 104807, 104822, 104840, 104853, 104868, 104882, 104895, 104904, 104921, 104927, 104934, 104947, 104961, 104987, 105010, 105032, 105043, 105065, 105082, 105100, 105115, 105134, 105154, 105169, 105182, 105194, 105210, 105221, 105233, 105243, 105262, 105282, 105299, 105322, 105346, 105367, 105392, 105413, 105420, 105428, 105437, 105444, 105452, 105461, 105475, 105490, 105508, 105521, 105533, 105551, 105570, 105586, 105608, 105631, 105651, 105675, 105695, 105704, 105714, 105719, 105731, 105741, 105752, 105777, 105797, 105816, 105832, 105847, 105876, 105900, 105923, 105943, 105954, 105972, 105984, 105997, 106011, 106026, 106042, 106054, 106067, 106081, 106091, 106107, 106117, 106126, 106136, 106149, 106162, 106176, 106186, 106195, 106208, 106223, 106235, 106245, 106256, 106268, 106282, 106294, 106313, 106331, 106352, 106376, 106399, 106421, 106433, 106443, 106459, 106472, 106488, 106493, 106499, 106511, 106524, 106549, 106571, 106592, 106602, 106618, 106633, 106654, 106670, 106687, 106701, 106719, 106737, 106756, 106770, 106782, 106788, 106799, 106815, 106836, 106856, 106861, 106878, 106887, 106894, 106899, 106910, 106913, 106931, 106951, 106971, 106987, 106998, 107010, 107024, 107047, 107068, 107101, 107115, 107129, 107147, 107159, 107182, 107201, 107215, 107227, 107239, 107249, 107259, 107269, 107283, 107301, 107313, 107319, 107325, 107331, 107337, 107343, 107349, 107355, 107361, 107367, 107373, 107379, 107385, 107391, 107397, 107403],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[40, 447, 1541, 1544, 1606, 2640, 3054, 3503, 3504, 3782, 3789, 3803, 3811, 3813, 3876]), Anchor::All(&[Anchor::Lits(&[3954, 4323, 4482, 4566, 4625, 4629, 4631, 4634, 4636, 4638, 4679, 4687, 4691, 4711, 4729, 4776, 4780, 4788, 4792, 4812, 4830, 5067, 5069, 5110, 5294, 5297, 5301, 5304, 5600, 5782, 5805, 5820, 5843, 5873, 5875, 5890, 5974, 6027, 6121, 6125, 6128, 6130, 6163, 6165, 6167, 6329, 6348, 6633, 6679, 6715, 6830, 6834, 6835, 6837, 6839, 6841, 6909, 7283, 7285, 7305, 7368]), Anchor::Lits(&[4392, 4438, 4464, 4605, 4607, 5139, 5143, 5151, 5153, 5406, 5610, 6300, 6303, 6485, 6552, 6573, 6892, 7311])]), Anchor::All(&[Anchor::Lits(&[3954, 4323, 4482, 4566, 4625, 4629, 4631, 4634, 4636, 4638, 4679, 4687, 4691, 4711, 4729, 4776, 4780, 4788, 4792, 4812, 4830, 5067, 5069, 5110, 5294, 5297, 5301, 5304, 5600, 5782, 5805, 5820, 5843, 5873, 5875, 5890, 5974, 6027, 6121, 6125, 6128, 6130, 6163, 6165, 6167, 6329, 6348, 6633, 6679, 6715, 6830, 6834, 6835, 6837, 6839, 6841, 6909, 7283, 7285, 7305, 7368]), Anchor::Lits(&[4392, 4438, 4467, 4487, 4549, 4605, 4610, 4913, 5143, 5151, 5155, 5357, 5395, 5409, 5674, 6094, 6300, 6303, 6465, 6556, 6573, 6821, 6892, 6932, 6982, 7166, 7311])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[497, 614, 715, 728, 735, 874, 875, 877, 1376, 1492, 1679, 1688, 1773, 1983, 1988, 2097, 2129, 2130, 2131, 2367, 2428, 2555, 2583, 2591, 2602, 2785, 2786, 2797, 2865, 3183, 3185, 3190, 3229, 3231, 3774, 3780, 3782, 3785, 3798, 3801, 3811, 3876, 4393, 4439, 4606, 4608, 4611, 5140, 5144, 5152, 5154, 5156, 5407, 5410, 6301, 6304, 6309, 6557, 6574, 6893, 6894, 7312]), Anchor::All(&[Anchor::Lits(&[4392, 4438, 4605, 4607, 5139, 5143, 5151, 5153, 5406, 6300, 6303, 6556, 6573, 6892, 7311]), Anchor::Lits(&[4041, 4121, 4904, 7849])]), Anchor::All(&[Anchor::Lits(&[3954, 4323, 4482, 4566, 4625, 4629, 4631, 4634, 4636, 4638, 4679, 4687, 4691, 4711, 4729, 4776, 4780, 4788, 4792, 4812, 4830, 5067, 5069, 5110, 5294, 5297, 5301, 5304, 5600, 5782, 5805, 5820, 5843, 5873, 5875, 5890, 5974, 6027, 6121, 6125, 6128, 6130, 6163, 6165, 6167, 6329, 6348, 6633, 6679, 6715, 6830, 6834, 6835, 6837, 6839, 6841, 6909, 7283, 7285, 7305, 7368]), Anchor::Lits(&[4390, 4607, 5141, 5153, 5406, 5609, 6303, 6484, 6552, 6572, 6578])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[727, 1647, 1648, 1649, 1807, 1808, 1818, 1819, 1987, 2554, 2556, 2638, 2794, 2847, 2848, 2849, 3816, 3820, 3823, 3825, 3827, 3830, 3836, 3841, 3845, 3858, 3868]), Anchor::All(&[Anchor::Lits(&[4392, 4610, 5678, 6094]), Anchor::Lits(&[3815])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[3957, 4281, 4857, 5342, 5351, 5589, 6276, 6288, 6730, 7394, 7396, 7708, 7770, 7771, 7774, 7780, 7832, 7833, 7848, 7921]), Anchor::Lits(&[4041, 4126, 4914, 7525, 7547])])),
            (4, "override-the-above", Anchor::Lits(&[41, 448, 2589, 2601])),
            (5, "override-bare-instructions", Anchor::Lits(&[511, 912, 1525, 1736, 2205, 2236, 2457, 2498, 3128, 3130])),
            (6, "override-previous-loosely", Anchor::Lits(&[5297, 6500])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[3955, 3956, 4051, 4324, 4483, 4567, 4626, 4630, 4632, 4635, 4637, 4639, 4688, 4692, 4712, 4777, 4789, 4793, 4813, 5068, 5070, 5111, 5295, 5298, 5302, 5305, 5783, 5806, 5821, 5844, 5874, 5876, 5891, 5975, 6008, 6046, 6122, 6126, 6129, 6131, 6164, 6166, 6168, 6330, 6349, 6634, 6680, 6716, 6831, 6836, 6838, 6840, 6842, 7284, 7286, 7306, 7369]), Anchor::All(&[Anchor::Lits(&[3954, 4323, 4482, 4566, 4625, 4629, 4631, 4634, 4636, 4638, 4679, 4687, 4691, 4711, 4729, 4776, 4780, 4788, 4792, 4812, 4830, 5067, 5069, 5110, 5294, 5297, 5301, 5304, 5600, 5782, 5805, 5820, 5843, 5873, 5875, 5890, 5974, 6027, 6121, 6125, 6128, 6130, 6163, 6165, 6167, 6329, 6348, 6633, 6679, 6715, 6830, 6834, 6835, 6837, 6839, 6841, 6909, 7283, 7285, 7305, 7368]), Anchor::Lits(&[630, 672, 739, 758, 882, 1613, 1728, 1778, 2101, 2326, 2421, 2528, 2625, 3226])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[250, 472, 473, 475, 477, 725, 726, 750, 755, 1523, 1524, 1627, 1629, 1929, 1930, 1978, 1989, 2597, 2598, 2791, 2798, 2896, 2899, 3140, 3141, 3222, 3421])),
            (9, "override-everything-then-order", Anchor::Lits(&[912, 1525, 1736, 2205, 2236, 2908])),
            (10, "hijack-the-content", Anchor::Lits(&[4634, 5067, 5297, 6715])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[4393, 4439, 4465, 4606, 4608, 4611, 5140, 5144, 5152, 5154, 5156, 5407, 5410, 5611, 6301, 6304, 6309, 6486, 6553, 6557, 6574, 6893, 6894, 7312]), Anchor::Any(&[Anchor::Lits(&[4170, 4171, 4664, 4701, 4744, 4746, 4747, 4749, 4753, 4802, 5428, 5429, 5870, 5871, 5872, 5877, 5878]), Anchor::All(&[Anchor::Lits(&[29, 30, 72, 555, 556, 843, 857, 899, 1345, 1367, 1433, 1470, 1471, 1621, 1737, 1840, 1862, 1948, 1974, 2260, 2263, 2292, 2296, 2298, 2299, 2301, 2320, 2331, 2335, 2417, 2439, 2449, 2707, 2748, 2754, 2775, 2777, 2810, 2819, 3148, 3154, 3167, 3572, 3688, 3698, 3761]), Anchor::Lits(&[4168, 5128, 5162, 5167, 5172, 5423, 5694, 6683, 6690, 7524, 7576])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[434, 554, 557, 1661, 1667, 1841, 1842, 2443, 2444, 2457, 2459, 2461, 2462, 2753, 2755, 3153, 3155, 3202, 3204, 3462, 3463, 3686]), Anchor::Lits(&[4390, 4475, 4607, 5151, 5406, 5669, 5681, 6093, 6223, 6230, 6303, 6556])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[3772, 3778, 3783, 3786, 3810, 3875]), Anchor::All(&[Anchor::Lits(&[38, 39, 70, 71, 689, 690, 1513, 1515, 1695, 1697, 1996, 1997, 2321, 2322, 2778, 2779, 3120, 3121]), Anchor::Lits(&[4392, 4438, 4464, 4529, 4587, 4605, 4607, 5139, 5143, 5151, 5153, 5406, 5610, 5640, 6086, 6134, 6300, 6303, 6485, 6552, 6573, 6892, 7310, 7311])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1417, 1418, 1419, 1420, 1910, 1911, 1914, 1920, 2372, 2373, 2376, 2382, 3058, 3059, 3060, 3061, 3958, 3959, 3960, 3961, 3962, 3963, 3964, 3965, 3986, 3992, 3993, 4095, 4096, 4101, 4113, 4114, 4115, 4116, 4283, 4284, 4287, 4288, 4289, 4398, 4399, 4400, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4418, 4419, 4420, 4421, 4422, 4424, 4427, 4430, 4433, 4435, 4455, 4456, 4458, 4460, 4478, 4479, 4480, 4505, 4506, 4507, 4508, 4560, 4561, 4562, 4563, 4589, 4590, 4591, 4593, 4594, 4595, 4596, 4858, 4859, 4860, 4861, 4862, 4863, 4864, 4976, 4977, 4978, 4979, 4980, 4981, 5026, 5027, 5028, 5030, 5031, 5032, 5033, 5037, 5039, 5040, 5041, 5088, 5090, 5184, 5185, 5186, 5187, 5188, 5189, 5190, 5352, 5541, 5545, 5548, 5552, 5556, 5557, 5619, 5620, 5621, 5622, 5978, 5979, 5980, 5981, 5983, 5984, 5985, 5986, 5987, 5988, 5989, 5990, 5991, 5992, 5994, 5997, 6000, 6003, 6005, 6056, 6058, 6061, 6064, 6068, 6069, 6101, 6102, 6103, 6104, 6105, 6106, 6107, 6257, 6258, 6259, 6269, 6270, 6271, 6272, 6273, 6274, 6275, 6281, 6282, 6283, 6284, 6285, 6286, 6287, 6395, 6396, 6398, 6400, 6476, 6477, 6478, 6731, 6787, 6788, 6789, 6790, 6791, 6792, 6890, 6891, 6892, 6895, 6896, 6897, 6898, 6904, 6905, 6906, 6907, 6911, 6912, 6913, 6914, 7322, 7323, 7329, 7335, 7816, 7836])),
            (15, "permission-to-ignore", Anchor::Lits(&[4310, 4323, 4370, 4619, 4634, 4901, 5067, 5297, 6125, 6715, 7502])),
            (16, "deceive-the-user", Anchor::Lits(&[4323, 4634, 4663, 4695, 4696, 4702, 4709, 4718, 4724, 4752, 4796, 4797, 4803, 4810, 4819, 4825, 5067, 5192, 5194, 5196, 5201, 5297, 5790, 5808, 5809, 5814, 5823, 5832, 5839, 6125, 7629])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[4039, 4042, 4148, 4149, 4150, 4155, 4157, 4158, 4159, 4160, 4241, 4243, 4244, 4245, 4308, 4346, 4363, 4369, 4392, 4438, 4445, 4448, 4449, 4453, 4464, 4500, 4502, 4605, 4607, 4884, 4899, 4905, 5018, 5137, 5139, 5141, 5150, 5151, 5153, 5224, 5231, 5388, 5389, 5390, 5391, 5393, 5394, 5406, 5610, 5614, 5685, 5689, 6223, 6230, 6277, 6300, 6303, 6310, 6371, 6385, 6393, 6485, 6504, 6505, 6556, 6572, 6575, 6608, 6609, 6610, 6646, 6651, 6652, 6653, 6654, 6655, 6657, 6892, 7117, 7311, 7336, 7862]), Anchor::Lits(&[329, 421, 461, 2336, 2358, 2359, 2361, 3391])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[3692, 3697, 4299, 4380, 4381, 5081, 5082, 5086, 6902]), Anchor::All(&[Anchor::Lits(&[4392, 4438, 4475, 4605, 4607, 5139, 5143, 5151, 5153, 5269, 5406, 5657, 5658, 6190, 6300, 6303, 6485, 6556, 6573, 6892, 7311]), Anchor::Lits(&[4382, 4384, 4569, 4833, 4885, 4886, 5035, 6132, 6322, 6418, 6422, 6424, 6467, 6472, 6509, 7368, 7581, 7582])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[85, 86, 87, 88, 2346, 2347, 2360, 2368, 3377, 3378, 3390, 3409, 3690, 3691, 3694, 3696])),
            (20, "override-what-makers-said", Anchor::Lits(&[7045, 7111, 7112, 7124, 7130, 7131, 7135, 7142, 7143, 7149, 7851, 7864, 7866, 7872, 7878, 7880, 7883, 7890, 7891, 7896])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[883, 885, 1812, 2147, 2151, 2423, 2558, 2852]), Anchor::All(&[Anchor::Lits(&[7708, 7773, 7800, 7831, 7833, 7902, 7920]), Anchor::Lits(&[4437, 5004, 5077, 5158, 5527, 5605, 6123, 6382, 6446, 6470, 6508, 7374])]), Anchor::All(&[Anchor::Lits(&[5101, 5102, 5115, 5116, 5537, 5538, 5679, 5680, 6323, 6324, 6377, 6378, 6519, 6520]), Anchor::Lits(&[7849])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[277, 285, 286, 298, 299, 300, 309, 310, 312, 313, 315, 316, 323, 328, 3783, 3788, 3808, 3810, 3875])),
            (23, "nothing-is-real", Anchor::Lits(&[230, 717, 2247, 2287, 2305, 2306, 2307, 2308, 2851])),
            (24, "declined-now-allowed", Anchor::Lits(&[4262, 4304, 4503, 4504, 4557, 4576, 4623, 5063, 5064, 6302, 6394, 6412, 6482, 7699, 7700])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[728, 1642, 1650, 1810, 1983, 1988, 2175, 2555, 2557, 2797, 2850, 3772, 3783, 3784, 3788, 3791, 3792, 3794, 3810, 3870, 3875, 4202, 7158]), Anchor::All(&[Anchor::Lits(&[728, 1650, 1810, 2555, 2557, 2797, 2850, 3191]), Anchor::Lits(&[7849])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[46, 687, 820, 1628, 2050, 2554, 2556, 2609, 2862, 2922])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[358, 359, 360, 361, 502, 503, 698, 740, 759, 884, 1553, 1554, 1556, 1560, 1561, 1562, 1572, 1606, 1805, 2012, 2089, 2623, 2624, 2625, 2982, 3093, 3230, 3420, 3782, 3787, 3803, 3807, 3808, 3809, 3874, 4126, 4457, 4459, 4914, 5040, 5621, 5991, 6397, 6399, 6469, 6471, 6908, 6917, 7328, 7333, 7404, 7407, 7413, 7415, 7416, 7418, 7419, 7434, 7435, 7436, 7439, 7547, 7875, 7876, 7897]), Anchor::All(&[Anchor::Lits(&[503, 694, 727, 884, 1641, 1646, 1649, 1809, 2421, 2554, 2556, 2624, 2625, 2796, 2849, 2986, 3443]), Anchor::Lits(&[7051, 7083, 7110, 7127, 7403])]), Anchor::All(&[Anchor::Lits(&[503, 727, 884, 1646, 1649, 1809, 2421, 2624, 2625, 2849]), Anchor::Lits(&[4587, 5182, 6817, 6819, 6888])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[41, 71, 251, 438, 690, 694, 727, 757, 884, 1322, 1515, 1532, 1646, 1649, 1696, 1698, 1809, 1887, 1987, 2322, 2554, 2779, 2796, 2849, 2986, 3304, 3314, 3357, 4147, 4202, 4203, 4204, 4205, 5143, 5431, 6085, 6117, 6124, 6423, 6573, 6576, 6870, 6918, 7337]), Anchor::All(&[Anchor::Lits(&[479, 494, 697, 1605, 2011, 2408, 2856, 2981, 3092, 3156, 3157, 3751]), Anchor::Lits(&[3771])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[4441, 4442, 4465, 4476, 4606, 4611, 5029, 5144, 5156, 5369, 5370, 5379, 5408, 5410, 6191, 6224, 6252, 6301, 6304, 6309, 6486, 6557, 6682, 6893, 6894, 7312]), Anchor::Lits(&[3815])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[4442, 4606, 4611, 5156, 5410, 5670, 5675, 6252, 6304, 6309, 6557, 6682, 6983]), Anchor::Lits(&[4013, 4440, 4588, 5183, 5368, 5420, 5676, 6082, 6100, 6247, 6290, 6376, 6637, 6818, 6889, 7355, 7501])])),
            (31, "what-others-told-you", Anchor::Lits(&[41, 333, 334, 335, 336, 438, 1569, 1570, 1571, 1572, 1601, 1602, 1603, 1604, 1802, 1803, 1804, 1805, 2607, 2620, 2621, 2622, 2623, 2654, 2655, 2656, 2657, 2870, 2871, 2872, 2873, 2942, 2943, 2944, 2945, 3209, 3210, 3211, 3212, 3218, 3219, 3220, 3221, 3417, 3418, 3419, 3420, 3755, 3756, 3757, 3758, 3762, 3763, 3764, 3765])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[271, 880, 986, 1656, 1669, 3594, 3603, 5350, 5397, 7526, 7528, 7530, 7539, 7545, 7548])),
            (33, "reveal-given-instructions", Anchor::Lits(&[40, 103, 357, 437, 1321, 1522, 1757, 1839, 2606, 3408, 3604, 3695, 3772, 3783, 3788, 3810, 3875, 4290, 5089, 5130, 5350, 5397, 6009, 6987, 7732, 7768, 7775, 7786, 7798, 7815, 7818, 7834, 7837, 7916, 7922])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[40, 356, 357, 440, 441, 442, 446, 447, 1550, 1558, 1758, 2587, 2608, 3054, 3790, 3803, 3811, 3877]), Anchor::All(&[Anchor::Lits(&[739, 758, 1775, 1778, 1809, 2586, 2625, 3226, 3749]), Anchor::Lits(&[41, 1322, 1509, 1675, 1771, 2427, 2588, 2599, 2605])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[451, 452, 453, 3091, 3095, 3096])),
            (36, "reveal-context-contents", Anchor::Lits(&[2332, 2334, 4469, 4474, 4475, 4497, 5409, 6251, 6303, 6892, 6985, 7696, 7697])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[7850, 7863, 7867, 7869, 7870, 7871, 7874, 7877, 7879, 7881, 7882, 7885, 7887, 7888, 7889, 7898, 7900])),
            (38, "complete-the-leak", Anchor::Lits(&[5242, 5244, 5245, 5247, 5248, 5250, 5251, 5252, 5254, 5255, 5258, 5259, 5260, 5261, 5262, 5263, 5264, 5265, 5266, 5267, 5696, 5697, 5698, 5699, 5700, 5701, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 5709, 5710, 5711, 5712, 5713, 5714, 5715, 5716, 5717, 5718, 5719, 5720, 5721, 5722, 5723, 5724, 5725, 5726, 5727, 5728, 5729, 5730, 5731, 5733, 5734, 5735, 5736, 5737, 5738, 5739, 5740, 5741, 5742, 5743, 5744, 5745, 5746, 5747, 5748, 5749, 5750, 5751, 5752, 5753, 5754, 5755, 5756, 5757, 5758, 5759, 5760, 5761, 5762, 5763, 5764, 5765, 5766, 5767, 5768, 7132, 7133, 7139, 7140, 7141, 7144, 7145, 7146, 7147, 7710, 7711, 7714, 7715, 7718, 7720, 7892, 7893, 7894, 7895])),
            (39, "what-you-must-not-say", Anchor::Lits(&[4214, 5065, 5404, 5836, 5961, 5962, 5963, 5964, 6299, 6302, 6483, 7302, 7309])),
            (40, "reveal-initialization", Anchor::Lits(&[5360, 5361, 5362, 5363, 5364, 5365, 5366, 5367, 5371, 5372, 5373, 5374, 5375, 5376, 5377, 5378, 5380, 5381, 5382, 5383, 5384, 5385, 5386, 5387])),
            (41, "forged-own-instructions", Anchor::Lits(&[3817, 3819, 3821, 3824, 3828, 3833, 3834, 3838, 3840, 3842, 3844, 3849, 3850, 3852, 3855, 3859, 3860, 3863, 3869])),
            (42, "follow-what-it-says", Anchor::Lits(&[196, 197, 198, 199, 200, 202, 203, 302, 303, 304, 305, 306, 307, 3307, 3308, 3309, 3310, 3311, 3312, 3313, 3607, 3608, 3609, 3610, 3611, 3612, 3615, 3616, 3617, 3618, 3619, 3620])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4601, 4740, 7046, 7078, 7126, 7169, 7204, 7213, 7242, 7735, 7737, 7740, 7769, 7772, 7778, 7783, 7828, 7834, 7852, 7857, 7873]), Anchor::All(&[Anchor::Lits(&[692, 706, 739, 797, 1357, 1809, 1935, 2058, 2064, 2618, 2625, 2857, 2950, 2952, 2984, 2986, 3422, 3554]), Anchor::Lits(&[7403])]), Anchor::All(&[Anchor::Lits(&[388, 696, 705, 2017, 2855, 3536]), Anchor::Lits(&[4173, 7707, 7799, 7901])])]), Anchor::Lits(&[693, 695, 707, 714, 740, 798, 1358, 1364, 1810, 1936, 2059, 2065, 2619, 2626, 2858, 2951, 2953, 2985, 2987, 3423, 3424, 3555, 4174, 4175, 4176, 4177, 4178, 4179, 7047, 7048, 7049, 7050, 7079, 7080, 7081, 7082, 7170, 7171, 7172, 7173, 7174, 7175, 7176, 7177, 7205, 7206, 7207, 7208, 7209, 7210, 7211, 7212, 7214, 7215, 7216, 7217, 7218, 7219, 7220, 7221, 7713, 7716, 7717, 7723, 7733, 7736, 7738, 7741, 7770, 7773, 7779, 7784, 7803, 7804, 7805, 7807, 7812, 7814, 7829, 7830, 7835, 7853, 7854, 7855, 7856, 7858, 7859, 7860, 7861, 7905, 7906, 7907, 7911, 7917, 7919])])),
            (44, "developer-message-requested", Anchor::Lits(&[41, 438, 876, 1548, 1689, 1774, 1810, 2946, 3186, 3191, 3776, 3777, 3783, 3804, 3806, 3812, 7122, 7138, 7527, 7529, 7531, 7532, 7533, 7534, 7535, 7536, 7537, 7540, 7541, 7542, 7543, 7544, 7546, 7868, 7886])),
            (45, "agents-environment-requested", Anchor::Lits(&[7052, 7053, 7054, 7055, 7056, 7057, 7058, 7059, 7060, 7061, 7062, 7063, 7064, 7065, 7066, 7067, 7068, 7069, 7070, 7071, 7072, 7073, 7074, 7075, 7076, 7077, 7084, 7085, 7086, 7087, 7088, 7089, 7090, 7091, 7092, 7093, 7094, 7095, 7096, 7097, 7098, 7099, 7100, 7101, 7102, 7103, 7104, 7105, 7106, 7107, 7108, 7109, 7178, 7179, 7180, 7181, 7182, 7183, 7184, 7185, 7186, 7187, 7188, 7189, 7190, 7191, 7192, 7193, 7194, 7195, 7196, 7197, 7198, 7199, 7200, 7201, 7202, 7203, 7405, 7406, 7408, 7409, 7410, 7411, 7412, 7414, 7417, 7420, 7421, 7422, 7423, 7424, 7425, 7426, 7427, 7428, 7429, 7430, 7431, 7432, 7433, 7437, 7438, 7440])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[374, 394, 463, 495, 659, 686, 699, 751, 756, 793, 828, 868, 1378, 1548, 1559, 1573, 2036, 2037, 2039, 2040, 2041, 2316, 2317, 2318, 2327, 2328, 2420, 2466, 2468, 2614, 2623, 2712, 2773, 2983, 3181, 3182, 3184, 3185, 3190, 3192, 3225, 3442, 3759, 3766, 3822, 3831, 3832, 3837, 3851, 3854, 4213, 4609, 5243, 5246, 5249, 5308, 5309, 5310, 5412, 5672, 5966, 6096, 6118, 6124, 6127, 6870, 6915, 6918, 7241, 7397, 7695, 7706, 7739, 7791, 7792, 7793, 7794, 7795, 7796, 7797, 7817, 7819, 7847, 7850, 7865, 7875, 7876, 7884, 7885, 7897, 7899]), Anchor::All(&[Anchor::Lits(&[4611, 5410, 6095, 6301]), Anchor::Lits(&[7849])]), Anchor::All(&[Anchor::Lits(&[268, 1870]), Anchor::Lits(&[7849])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1422, 1942, 1943, 2547, 2548, 2759, 2782, 2854, 3598, 3600, 3773, 3797, 3799])),
            (54, "authority-override", Anchor::Lits(&[47, 2104, 2106, 2114, 2456])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[61, 480, 1341, 1347, 1353, 1776, 2539, 2658, 3094, 3173, 3174]), Anchor::All(&[Anchor::Lits(&[7708, 7774, 7782, 7800, 7838, 7902]), Anchor::Lits(&[2102])])])),
            (58, "address-the-model", Anchor::Lits(&[194, 195, 1770, 2471, 2616, 2698, 2930, 3149, 3150, 5291, 5655, 5656, 5671, 5673, 5965, 5967, 5969, 5970, 6316, 6317, 6414, 6415, 7510, 7511])),
            (59, "unrestricted-mode", Anchor::Lits(&[2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2458, 4064, 4084, 4352, 4541, 4592, 4597, 4850, 4974, 5078, 5118, 5160, 5498, 5512, 5517, 5532, 5613, 5866, 5867, 5869, 5921, 6025, 6087, 6379, 6803, 6856, 7348, 7349, 7351, 7361, 7371, 7375, 7383, 7389])),
            (60, "dan-persona", Anchor::Lits(&[3983, 3984, 3985, 3987, 3988, 3989, 3990, 3991, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4036, 4037, 4038, 4216, 4217, 4218, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4305, 4306, 4307, 4355, 4356, 4357, 4540, 4542, 4543, 4544, 4545, 4660, 5682, 5683, 5684, 6192, 6193, 6194, 6213, 6214, 6215, 6216, 6217, 6218, 6219, 6220, 6260, 6261, 6262, 6263, 6264, 6265, 6266, 6267, 6522, 6523, 6524, 6525, 6526, 6527, 6528, 6529, 6532, 6533, 6534, 6535, 6536, 6537, 6538, 6539, 7497, 7498, 7499, 7709, 7712, 7719, 7724, 7725, 7726, 7727, 7728, 7729, 7730, 7731, 7734, 7801, 7802, 7806, 7808, 7809, 7810, 7811, 7813, 7820, 7821, 7822, 7823, 7824, 7825, 7826, 7827, 7839, 7840, 7841, 7842, 7843, 7844, 7845, 7846, 7903, 7904, 7908, 7912, 7913, 7914, 7915, 7918])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[212, 536, 1000, 2216, 3653, 4063, 4499, 4539, 4598, 4972, 5158, 5165, 5316, 5507, 5527, 5585, 5605, 5612, 5641, 5781, 5865, 5868, 5920, 5922, 6380, 6516, 6554, 6555, 7344, 7347, 7350, 7352, 7353, 7359, 7360, 7370, 7378, 7380, 7381, 7393, 7610, 7611, 7622, 7623, 7624, 7625, 7626, 7627, 7628, 7632, 7633, 7634, 7635, 7636, 7638, 7639, 7641, 7651, 7653, 7656, 7661, 7676, 7677]), Anchor::All(&[Anchor::Lits(&[501, 521, 914, 1122, 1123, 1213, 1214, 1659, 1738, 1869, 1877, 2191, 2217]), Anchor::Lits(&[6986, 7560, 7567])])]), Anchor::Lits(&[56, 58, 210, 432, 435, 450, 458, 459, 629, 670, 741, 1338, 1339, 1745, 2407, 2543, 2544, 2545, 2546, 2615, 2705, 2758, 2781, 2784, 2814, 2833, 2834, 3016, 3017, 3064, 3078, 3085, 3206, 3446, 3468, 3772, 3802, 3870])])),
            (62, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[45, 169, 201, 211, 212, 213, 214, 510, 749, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1533, 1534, 2182, 2193, 2216, 2225, 2323, 2324, 2325, 2515, 2576, 2613, 2821, 3075, 3693, 3699, 6847]), Anchor::All(&[Anchor::Lits(&[501, 521, 914, 1112, 1122, 1123, 1126, 1203, 1213, 1214, 1217, 1526, 1659, 1738, 1868, 1869, 1876, 1877, 2191, 2192, 2199, 2217]), Anchor::Lits(&[3227, 3640, 3647])]), Anchor::All(&[Anchor::Lits(&[170, 1411, 1895, 3486, 3490, 3499]), Anchor::Lits(&[105, 338, 481, 628, 632, 2116, 2528, 3180, 3564])])])),
            (63, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[927, 2258, 2319, 3873, 4876, 4877, 6347, 6702, 6703, 6833]), Anchor::All(&[Anchor::Lits(&[534, 1946, 2158, 2244]), Anchor::Lits(&[3941, 3943, 3947, 3949, 4065, 4066, 4076, 4077, 4090])])])),
            (64, "no-restrictions", Anchor::Lits(&[4309, 4347, 4454, 4465, 4472, 4900, 5019, 5140, 5144, 5156, 5611, 5615, 5686, 5687, 5690, 6224, 6278, 6301, 6480, 6481, 6486, 6557, 6574, 6588, 6600])),
            (65, "rules-do-not-apply", Anchor::Lits(&[248, 249, 1428, 1517, 1518, 1519, 1520, 1521, 1522, 2055, 2362, 2363, 2364, 2365, 2366, 2367, 2450, 2451, 2452, 2453, 2454, 2455, 3397, 3398, 3404, 3405, 3406, 3408])),
            (66, "no-rules-apply", Anchor::Lits(&[5947, 7129, 7154, 7155, 7156, 7157, 7159, 7160, 7163, 7164])),
            (67, "freed-from-limits", Anchor::Lits(&[499, 500, 507, 1373, 1374, 1424, 1533, 1535, 1970, 2259, 2261, 2262, 2300, 2302, 2303, 2743, 3485, 3487, 3488, 3502])),
            (68, "respond-without-limits", Anchor::Lits(&[831, 832, 833, 834, 835, 836, 849, 850, 851, 852, 853, 854, 2715, 2716, 2717, 2718, 2719, 2720, 2734, 2735, 2736, 2737, 2738, 2739, 2890, 2891, 2892, 2893, 2894, 2895, 4062, 5074, 5304, 5859, 5863, 5864, 5881, 5882, 5918, 5919, 5923, 6401, 7609, 7621, 7629])),
            (69, "pre-safety-self", Anchor::Lits(&[2333, 4282])),
            (70, "stay-in-character", Anchor::Lits(&[932, 933, 955, 1241, 1242, 1264, 1928, 2176, 2177, 2201, 2744, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113])),
            (71, "jailbreak-template", Anchor::Lits(&[621, 2246, 2250, 2253, 2255, 2257, 2285, 2286, 2625, 2704, 3315, 3358, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 5318, 5319, 5320, 5321, 5322, 5323, 5324, 5326, 5327, 5328, 5329, 5330, 5331, 5332, 5333, 5334, 5335, 5336, 5337, 5338, 5339, 5343, 5344, 5345, 5346, 5347, 5348, 5349, 5688, 7493, 7583, 7584, 7585, 7586, 7587, 7588, 7589, 7593, 7594, 7595, 7596, 7597, 7598, 7599, 7600, 7601, 7602, 7603, 7604, 7605, 7606, 7614, 7615, 7616, 7617, 7618, 7619, 7620])),
            (72, "jailbreak", Anchor::Lits(&[4461, 4462, 5099, 5100, 5253, 5256, 5257, 5493, 5494, 5495, 5496, 5497, 5498, 5499, 5500, 5501, 5502, 5503, 5504, 5505, 5506, 5508, 5509, 5510, 5511, 5512, 5513, 5514, 5515, 5516, 5517, 5518, 5519, 5520, 5521, 5522, 5523, 5524, 5526, 5528, 5529, 5530, 5531, 5532, 5533, 5534, 5971, 5972, 6280, 6626, 7518, 7519, 7721, 7722, 7776, 7777, 7909, 7910, 7923, 7924])),
            (73, "evil-twin", Anchor::Lits(&[3818, 3826, 3829, 3833, 3835, 3839, 3843, 3852, 3855, 3857, 3861, 3862, 3864, 3865, 3866])),
            (74, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[57, 308, 327, 349, 1743, 1967, 2593, 3159]), Anchor::Lits(&[267, 272, 879, 881, 928, 1109, 1200, 1237, 1867, 1875, 2173, 2258, 3593, 3595, 3602, 3605])])),
            (75, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[825, 829, 856, 1951, 2476, 2874]), Anchor::Lits(&[161, 1315, 1386, 3515, 3648, 3753])])),
            (76, "simulated-privileged-shell", Anchor::Lits(&[4018, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4029, 4030, 5093, 5094, 5095, 5096, 5097, 5098, 5117, 5119, 5120, 5121, 5122, 5123, 6540, 6541, 6542, 6543, 6544, 6545, 6855, 6857, 6858, 6859, 6860, 6861, 6871, 6872, 6873, 6874, 6875, 6876, 7382, 7384, 7385, 7386, 7387, 7388])),
            (77, "self-escalation", Anchor::Lits(&[886, 1894, 3253, 3257, 3846, 3847, 3848, 3871])),
            (78, "blind-execution", Anchor::Lits(&[229, 1406, 3614])),
            (79, "forbidden-becomes-required", Anchor::Lits(&[138, 139, 140, 143, 231, 232, 233, 234, 1407, 1408, 1409, 1410, 2416, 3622, 3623, 3624, 3625])),
            (80, "opposite-of-your-rules", Anchor::Lits(&[3779, 3781, 3796, 3805, 3814, 6088])),
            (81, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[718, 1366, 1725, 1743, 1748, 1749, 1750, 2535, 2593, 2889, 3159]), Anchor::Any(&[Anchor::Lits(&[212, 536, 1000, 2216, 3653, 4063, 4499, 4539, 4598, 4972, 5158, 5165, 5316, 5507, 5527, 5585, 5605, 5612, 5641, 5781, 5865, 5868, 5920, 5922, 6380, 6516, 6554, 6555, 7344, 7347, 7350, 7352, 7353, 7359, 7360, 7370, 7378, 7380, 7381, 7393, 7610, 7611, 7622, 7623, 7624, 7625, 7626, 7627, 7628, 7632, 7633, 7634, 7635, 7636, 7638, 7639, 7641, 7651, 7653, 7656, 7661, 7676, 7677]), Anchor::All(&[Anchor::Lits(&[501, 521, 914, 1122, 1123, 1213, 1214, 1659, 1738, 1869, 1877, 2191, 2217]), Anchor::Lits(&[6986, 7560, 7567])])]), Anchor::Lits(&[92, 101, 106, 115, 339, 348, 482, 493, 633, 634, 771, 2000, 2009, 2117, 2126, 3476, 3565])])),
            (82, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4313, 4315, 4316, 4890, 4996, 6823, 6824]), Anchor::All(&[Anchor::Lits(&[5587, 5588]), Anchor::Lits(&[796, 818, 1934, 2480, 2910, 3412])]), Anchor::All(&[Anchor::Lits(&[4852, 4853]), Anchor::Lits(&[4530, 5570, 6143, 6636, 7299])])]), Anchor::Lits(&[3982, 4004, 4094, 4266, 4270, 4285, 4286, 4289, 4354, 4389, 4477, 4874, 4875, 5317, 6084, 6209, 6210, 6211, 6212, 6295, 6381, 6428, 6475, 6479, 6499, 6521, 6531, 6700, 6701, 6798, 6806, 6812, 6921, 7315, 7340, 7708, 7800, 7902]), Anchor::Lits(&[3228, 3641, 3648])]), Anchor::All(&[Anchor::Lits(&[4238, 4297, 4298, 4511, 4534, 4628, 4973, 5073, 5159, 5161, 5398, 5642, 6517, 6571, 6627, 6799, 7165]), Anchor::Any(&[Anchor::Lits(&[3976, 3979, 4061, 4129, 4314, 4528, 4530, 4568, 4585, 4619, 4832, 4851, 4996, 5001, 5157, 5586, 6097, 6135, 6143, 6203, 6291, 6636, 6659, 6784, 6800, 6822, 7299, 7338, 7580]), Anchor::All(&[Anchor::Lits(&[5134]), Anchor::Lits(&[53, 123, 2426, 2467, 2929, 3176])]), Anchor::All(&[Anchor::Lits(&[4496, 4854, 4868, 5002, 5072, 5587, 6235, 6672, 7314, 7373, 7399]), Anchor::Lits(&[3380, 3381, 3382, 3384, 3385, 3386, 3387, 3388, 3389, 3392, 3399, 3402, 3407])])]), Anchor::Lits(&[3982, 4004, 4266, 4270, 6208, 6221, 6700, 7708, 7902])])])),
            (83, "third-party-permission", Anchor::All(&[Anchor::Lits(&[511, 643, 838, 890, 1297, 1377, 1421, 1427, 1435, 1632, 1736, 2457, 2747, 2853, 3020, 3171, 3465, 3469, 3495, 3687]), Anchor::Lits(&[148, 261, 332, 395, 396, 652, 845, 1432, 1568, 1605, 1633, 1786, 1801, 2164, 2339, 2419, 2422, 2521, 2774, 2869, 2898, 3012, 3416, 3587])])),
            (84, "privileged-identity", Anchor::Lits(&[157, 261, 395, 396, 652, 1325, 1340, 1633, 3496, 3645, 3772, 3802, 3870])),
            (85, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[3700, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 4246, 4247, 4248, 4249, 4269, 4351, 4364, 4365, 4366, 4368, 5145, 5146, 5147, 5149, 5290, 5314, 5647, 5649, 5650, 5651, 6184, 6185, 6186, 6187, 6225, 6226, 6227, 6229, 6364, 6365, 6366, 6367, 6488, 6489, 6490, 6492, 6577, 6583, 6585, 6601, 6645, 6648, 6650, 6658, 6869, 6878, 7118, 7119, 7120, 7121, 7569, 7570, 7571, 7572, 7573, 7574, 7575]), Anchor::All(&[Anchor::Lits(&[4032, 5418, 6530, 6551, 6984]), Anchor::Lits(&[49, 53, 160, 242, 770, 792, 796, 839, 840, 841, 842, 891, 892, 893, 894, 895, 896, 897, 898, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1312, 1331, 1426, 1435, 1530, 1632, 1954, 2426, 2467, 2480, 2536, 2569, 2611, 2910, 2929, 2933, 3055, 3067, 3412, 3445, 3464, 3495, 3505])]), Anchor::All(&[Anchor::Lits(&[761, 1310, 1426, 1434, 1953, 3114, 3122, 3494]), Anchor::Lits(&[62, 1412, 2590, 2702, 3116, 3750])])])),
            (86, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[63, 1516, 1578, 2703, 4035, 4331, 4332, 4743, 5168, 5169, 5170, 5171, 5299, 5300, 5313, 5827, 6256, 6877, 7577]), Anchor::All(&[Anchor::Lits(&[520, 913, 1735, 2245, 2248, 2250, 2254, 2255, 2256, 2257, 2281, 2282, 2283, 2285, 2286, 2288, 2289, 2290, 3048, 5527, 7344, 7350, 7360, 7381]), Anchor::Lits(&[273])])])),
            (87, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[3172, 3203, 3472, 4035, 4219, 5241, 5313, 5325, 5792, 5827, 5829, 6256, 6877, 7538]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3172, 3203, 3472]), Anchor::All(&[Anchor::Lits(&[254, 255, 496, 727, 1375, 1488, 1641, 1982, 1987, 2464, 2554, 2556, 2796, 2849, 2861]), Anchor::Lits(&[5074, 5861, 7629, 7929])])]), Anchor::Lits(&[3981, 4092, 6427, 6474, 6797, 6920, 7702])]), Anchor::All(&[Anchor::Lits(&[254, 496, 727, 733, 1375, 1491, 1641, 1982, 1987, 2554, 2556, 2796, 2849, 2861]), Anchor::Lits(&[5074, 5861, 7631, 7929])])])),
            (88, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[253, 256, 497, 638, 701, 702, 1489, 1492, 1642, 1977, 1983, 1988, 2465, 2694, 2786, 2795, 2797, 2850]), Anchor::Lits(&[56, 432, 2542, 3772, 3775, 3802, 3870])])),
            (89, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1429, 2157, 2159, 2237, 2240, 2241, 2251, 2252, 2293, 2294]), Anchor::All(&[Anchor::Lits(&[1324, 1493, 1496, 1498, 1635, 1984, 1986, 2723, 2726, 2729, 2730, 2731, 2787, 2788, 2790, 2794, 2801]), Anchor::Lits(&[6013, 6611, 6665, 6673, 6704])])])),
            (90, "persona-whose-words-run", Anchor::Lits(&[4043, 4044, 4045, 4046, 4047, 4048, 4049, 4050, 4126, 4855, 4906, 4907, 4908, 4909, 4911, 4914, 7547])),
            (91, "disable-safety", Anchor::Lits(&[2881, 3955, 4042, 4051, 4123, 4148, 4149, 4150, 4155, 4156, 4157, 4158, 4159, 4160, 4241, 4243, 4244, 4245, 4311, 4312, 4324, 4326, 4346, 4363, 4369, 4371, 4372, 4445, 4447, 4448, 4449, 4468, 4470, 4471, 4473, 4500, 4502, 4553, 4554, 4565, 4620, 4622, 4635, 4637, 4884, 4889, 4891, 4894, 4895, 4896, 4897, 4898, 4899, 4902, 4903, 4905, 4912, 5020, 5068, 5070, 5076, 5105, 5106, 5107, 5137, 5139, 5141, 5150, 5224, 5231, 5298, 5305, 5388, 5389, 5390, 5391, 5392, 5393, 5394, 5525, 5608, 5685, 5689, 5786, 5787, 6008, 6126, 6129, 6306, 6371, 6385, 6393, 6487, 6504, 6505, 6572, 6578, 6579, 6580, 6581, 6582, 6586, 6587, 6589, 6590, 6591, 6592, 6593, 6594, 6595, 6596, 6597, 6598, 6599, 6608, 6609, 6610, 6646, 6647, 6651, 6652, 6653, 6654, 6655, 6656, 6657, 6691, 6692, 6854, 6883, 6885, 6886, 6922, 7117, 7150, 7336, 7342, 7343, 7356, 7698, 7862])),
            (92, "safety-declared-off", Anchor::Lits(&[4039, 4042, 4148, 4149, 4150, 4155, 4156, 4157, 4158, 4159, 4160, 4241, 4243, 4244, 4245, 4346, 4363, 4369, 4445, 4447, 4448, 4449, 4468, 4470, 4471, 4473, 4500, 4502, 4884, 4894, 4895, 4896, 4897, 4898, 4899, 4905, 5020, 5137, 5139, 5141, 5150, 5224, 5231, 5388, 5389, 5390, 5391, 5392, 5393, 5394, 5685, 5689, 6306, 6371, 6385, 6393, 6487, 6504, 6505, 6572, 6578, 6579, 6580, 6581, 6582, 6586, 6587, 6589, 6590, 6591, 6592, 6593, 6594, 6595, 6596, 6597, 6598, 6599, 6608, 6609, 6610, 6646, 6647, 6651, 6652, 6653, 6654, 6655, 6656, 6657, 7117, 7336, 7862])),
            (93, "skip-approval", Anchor::Lits(&[252, 700, 716, 2513, 2818, 3008, 3013, 3699, 4153, 4665, 4754, 5791, 5884, 6346, 6832, 7640, 7744, 7746, 7756, 7758])),
            (94, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[4556, 4558, 4559, 4578, 7390]), Anchor::All(&[Anchor::Lits(&[3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4336, 4337, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4401, 4423, 4425, 4426, 4428, 4429, 4431, 4432, 4434, 4436, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4982, 4983, 4984, 4985, 4986, 4987, 4988, 4989, 4990, 4991, 5038, 5042, 5043, 5044, 5045, 5046, 5047, 5048, 5049, 5050, 5982, 5993, 5995, 5996, 5998, 5999, 6001, 6002, 6004, 6006, 6172, 6173, 6174, 6175, 6176, 6177, 6178, 6179, 6180, 6181, 6560, 6561, 6562, 6563, 6564, 6565, 6566, 6567, 6568, 6569]), Anchor::Lits(&[4556, 4558, 4559, 4578, 6501, 6546, 6547, 7316, 7367, 7390])])])),
            (95, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[3383, 3396, 3400, 3401, 4612, 6844, 7645, 7647, 7648, 7652, 7655, 7658, 7673, 7674, 7678, 7679, 7681, 7682, 7686, 7687, 7688, 7689, 7690, 7691]), Anchor::All(&[Anchor::Lits(&[636, 637, 645, 773, 1488, 1508, 1567, 1636, 2641, 2837, 2861, 2883, 2921]), Anchor::Lits(&[4253, 4661, 4750, 5788, 6715, 6829])])])),
            (96, "do-not-screen-input", Anchor::Lits(&[935, 936, 937, 942, 949, 967, 972, 973, 974, 975, 976, 977, 984, 985, 1244, 1245, 1246, 1251, 1258, 1277, 1282, 1283, 1284, 1285, 1286, 1287, 1294, 1295, 2179, 2180, 2181, 2185, 2194, 2215, 2221, 2222, 2223, 2224, 2226, 2227, 2234, 2235, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 3023, 3024, 3025, 3026, 3027, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3039, 3040, 3124, 3125, 3126, 3127, 3129, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3138, 3139, 3701, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712, 3713, 3714])),
            (97, "allowlist-this-prompt", Anchor::Lits(&[2146, 2148, 2149, 2150, 2153, 2154, 2155, 2156, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3320, 3321, 3326, 3341, 3344, 3349, 3350, 3356, 4053, 4056, 4993, 7565, 7566])),
            (100, "unset-read-only", Anchor::Lits(&[1307, 1361, 2694, 2701, 2792, 2794, 2862, 2882, 2922])),
            (101, "stop-logging", Anchor::Lits(&[373, 1905, 2018, 2709, 2887, 3428, 3760])),
            (102, "self-approval", Anchor::Lits(&[4163, 6935, 6937, 6938, 6939, 6941, 6942, 6943, 6944, 6948, 6950, 6952, 6953, 6954, 6955, 6957, 6959, 6960, 6961, 6962, 6963, 6964, 6965, 6966, 6970, 6971, 6972, 6973, 6974, 6976, 6979])),
            (103, "execute-everything", Anchor::Lits(&[124, 125, 126, 131, 134, 137, 141, 229, 1381, 1382, 1383, 1388, 1391, 1394, 1401, 1406])),
            (104, "protection-mode-claim", Anchor::Lits(&[73, 144, 370, 515, 900, 1308, 1955, 2015, 2127, 2280, 2330, 2337, 2475, 2479, 2518, 2761, 3466, 3500])),
            (105, "approve-tool-calls", Anchor::Lits(&[258])),
            (107, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[147, 150, 151, 152, 153, 156, 253, 476, 509, 638, 646, 693, 695, 855, 1362, 1637, 1700, 1701, 1988, 2103, 2514, 2516, 2555, 2557, 2695, 2797, 2850, 2985, 3460, 3644]), Anchor::Lits(&[1893, 3254, 3277, 3299, 3319, 3351, 3815])])),
            (108, "tamper-with-named-controls", Anchor::Lits(&[4052, 4054, 4055, 4152, 4158, 4500, 4884, 5136, 5208, 5209, 5210, 5211, 5212, 5213, 5389, 6250, 6305, 6307, 6370, 6644, 6649, 7303, 7336])),
            (109, "authority-waives-controls", Anchor::Lits(&[1817, 2258, 4250, 4383, 4451, 4498, 4883, 4992, 5856, 5924, 6188, 6248, 6253, 6607, 6694, 6695, 6697, 6916, 7507])),
            (110, "vendor-orders-an-action", Anchor::Lits(&[1540, 1542, 1543, 1546, 1547, 1549, 1551, 1552, 1555, 1557, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 3327, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3335, 3336])),
            (111, "run-data-as-code", Anchor::Lits(&[474, 1413, 1888, 1889, 1999, 3259, 3260, 3289, 3290, 3295, 3296, 3297, 3298, 3305, 3306, 3560, 3621, 4014, 5054, 5056, 6345, 6640, 6699, 7559])),
            (112, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2827, 2828, 2829, 2830, 2831, 2832]), Anchor::Lits(&[422, 647, 772, 775, 3053, 3066])])),
            (113, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[467, 537, 538, 539, 541, 542, 544, 550, 551, 558, 559, 560, 564, 565, 571, 579, 580, 583, 584, 585, 589, 590, 596, 604, 605, 934, 940, 943, 947, 950, 960, 978, 980, 1113, 1116, 1117, 1121, 1125, 1133, 1142, 1143, 1204, 1207, 1208, 1212, 1216, 1224, 1233, 1234, 1243, 1249, 1252, 1256, 1259, 1270, 1288, 1290, 2178, 2183, 2186, 2190, 2195, 2208, 2228, 2230, 3657, 3660, 3661, 3665, 3667, 3673, 3682, 3683, 3720, 3723, 3724, 3728, 3730, 3736, 3745, 3746, 4164, 4291, 4666, 4690, 4699, 4755, 4791, 4800, 5166, 5793, 5804, 5812, 5885, 5892, 5939, 6548, 6727, 6728, 6729, 6732, 6733, 6734, 6735, 6736, 6737, 6738, 6746, 6747, 6748, 6749, 6750, 6751, 6759, 6760, 6761, 6762, 6763, 6764, 6765, 6766, 6771, 6772, 6773, 6774, 6775, 6776, 6777, 6778, 6779, 6780, 6781, 6782, 7629]), Anchor::All(&[Anchor::Lits(&[5193, 5195, 5197, 5199, 5200]), Anchor::Lits(&[1539])]), Anchor::All(&[Anchor::Lits(&[119, 173, 252, 2818, 3008]), Anchor::Lits(&[6726])])])),
            (114, "evade-the-checks", Anchor::Lits(&[371, 423, 537, 538, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 558, 559, 563, 564, 565, 570, 571, 572, 575, 576, 577, 578, 579, 580, 582, 583, 584, 588, 589, 590, 595, 596, 597, 600, 601, 602, 603, 604, 605, 607, 934, 940, 946, 947, 950, 957, 960, 961, 964, 965, 966, 968, 978, 980, 983, 1113, 1116, 1120, 1121, 1125, 1131, 1133, 1134, 1137, 1138, 1139, 1140, 1142, 1143, 1145, 1204, 1207, 1211, 1212, 1216, 1222, 1224, 1225, 1228, 1229, 1230, 1231, 1233, 1234, 1236, 1243, 1249, 1255, 1256, 1259, 1266, 1270, 1271, 1274, 1275, 1276, 1278, 1288, 1290, 1293, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 2016, 2178, 2183, 2189, 2190, 2195, 2203, 2208, 2209, 2212, 2213, 2214, 2218, 2228, 2230, 2233, 2708, 3426, 3427, 3657, 3660, 3664, 3665, 3667, 3672, 3673, 3674, 3677, 3678, 3679, 3680, 3682, 3683, 3685, 3720, 3723, 3727, 3728, 3730, 3735, 3736, 3737, 3740, 3741, 3742, 3743, 3745, 3746, 3748, 5454, 5879, 7156, 7161, 7162, 7163, 7520, 7629, 7781])),
            (115, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[824, 899, 959, 1269, 1974, 2161, 2265, 2284, 2740, 2748, 2819, 3167, 3172, 3472, 3583, 3699, 4154, 4161, 4367, 4446, 4450, 4486, 4633, 4975, 4994, 5075, 5148, 5163, 5616, 6228, 6491, 6559, 7327, 7330, 7331, 7332, 7334, 7508]), Anchor::All(&[Anchor::Lits(&[511, 522, 643, 890, 901, 1423, 1425, 1581, 1593, 1973, 1975, 2457, 2460, 2461, 2463, 2747, 2751, 3020, 3041, 3166, 3168, 3469, 3473, 3582, 3584]), Anchor::Lits(&[252, 635, 700, 749, 1636, 1976, 2554, 2556, 2693, 2794, 2818, 2846, 2860])]), Anchor::All(&[Anchor::Lits(&[1778, 1806, 2089, 2625, 2764]), Anchor::Lits(&[7320])])])),
            (116, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1676, 1677, 1678, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1690, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3447, 3448, 3449, 3450, 3451, 3452, 3453, 3454, 3455, 3456, 3457, 3458, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3894, 4122, 4127, 4128, 4452, 4856, 4910, 5052, 5053, 5055, 5057, 5058, 5059, 5060, 5061, 5062, 5085, 5126, 5340, 5341, 5785, 6047, 6111, 6331, 6466, 7304, 7308, 7557, 7607])),
            (117, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[154, 164, 368, 397, 400, 1638, 1640, 2570, 2573, 2585, 2595, 2632, 2633, 2863, 2864, 3527, 4146, 4444, 6182, 6502, 6694]), Anchor::All(&[Anchor::Lits(&[2957, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 2977, 2978, 2979, 2980]), Anchor::Lits(&[4375, 5018, 5136, 5207, 6586, 7336])])])),
            (118, "agent-grants-itself-power", Anchor::Lits(&[2162, 2749, 3255, 3258, 3845, 3853, 3856, 3867, 3872, 6739, 6740, 6741, 6742, 6743, 6744, 6745, 6752, 6753, 6754, 6755, 6756, 6757, 6758])),
            (119, "remove-the-guard-hook", Anchor::Any(&[Anchor::Lits(&[4151, 4242, 4501, 5138, 5142, 6183, 6232, 6250, 6268, 6584, 6649]), Anchor::All(&[Anchor::Lits(&[253, 367, 774, 1637, 1639, 2514, 2557, 2584, 2594, 2862, 2922]), Anchor::Lits(&[1699, 2909])])])),
            (120, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[48, 50, 117, 366, 1379, 2019, 2020, 2128, 2664, 2924]), Anchor::Lits(&[650, 890, 1941, 2497, 2650, 2994, 3123, 3166, 3171, 3469, 3501, 3687])])),
            (121, "policy-does-not-cover-me", Anchor::Lits(&[930, 931, 938, 939, 948, 970, 1110, 1111, 1114, 1115, 1124, 1141, 1201, 1202, 1205, 1206, 1215, 1232, 1239, 1240, 1247, 1248, 1257, 1280, 1414, 3655, 3656, 3658, 3659, 3666, 3681, 3718, 3719, 3721, 3722, 3729, 3744])),
            (124, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3976, 3979, 4061, 4129, 4528, 4530, 4570, 4571, 4572, 4573, 4619, 4835, 4838, 4839, 4840, 4841, 4842, 4845, 4846, 4847, 4996, 6097, 6135, 6143, 6203, 6291, 6636, 6659, 6784, 6800, 7299, 7338]), Anchor::All(&[Anchor::Lits(&[5134]), Anchor::Lits(&[53, 123, 2426, 2467, 2929, 3176])]), Anchor::All(&[Anchor::Lits(&[4496, 4854, 4868, 5002, 5072, 5587, 6235, 6672, 7314, 7373, 7399]), Anchor::Lits(&[3380, 3381, 3382, 3384, 3385, 3386, 3387, 3388, 3389, 3392, 3399, 3402, 3407])])]), Anchor::Lits(&[4078, 4079, 4080, 4081, 4082, 4083, 4092, 4118, 4119, 4169, 4376, 4377, 4378, 4998, 4999, 5000, 5024, 5025, 5427, 5623, 5624, 5625, 6072, 6083, 6136, 6137, 6138, 6296, 6297, 6298, 6368, 6373, 6375, 6503, 6506, 6507, 6661, 6662, 6863, 6864, 6865, 6866, 6867, 6868, 7316, 7317, 7318]), Anchor::Lits(&[74, 322, 438, 1729, 2369, 3628, 3634, 3642])])),
            (125, "tool-call-tampering", Anchor::Lits(&[75, 80, 81, 82, 83, 221, 222, 223, 224, 225, 235, 236, 237, 238, 239, 439, 443, 444, 445, 449, 1316, 1317, 1318, 1319, 1320, 1396, 1397, 1398, 1399, 1400, 1515, 1564, 1730, 1731, 1732, 1733, 1734, 2238, 3147, 3629, 3630, 3631, 3632, 3633, 3635, 3636, 3637, 3638, 3639])),
            (126, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[467, 2141, 2304, 2669, 4057, 4058, 4059, 4085, 4086, 4087, 4318, 4319, 4320, 4509, 4510, 4627, 5183, 5225, 5226, 5227, 5228, 5229, 5230, 5232, 5233, 5234, 5235, 5236, 5237, 5238, 5239, 5240, 5421, 5422, 5543, 5544, 5551, 5562, 5563, 5564, 5565, 5566, 5567, 5568, 5569, 5592, 5593, 5594, 5595, 5596, 5597, 5598, 6345, 6450, 6451, 6452, 6453, 6454, 6455, 6456, 6457, 6458, 6459, 6460, 6461, 6462, 6463, 6464, 6637, 6640, 6698, 6699, 6825, 6826, 7151, 7152, 7153, 7345, 7357, 7376, 7456, 7457, 7459, 7460, 7461, 7462, 7463, 7464, 7465, 7466, 7467, 7468, 7469, 7470, 7471, 7473, 7474, 7475, 7476, 7477, 7478, 7479, 7480, 7481, 7482, 7483, 7484, 7485, 7486, 7487, 7629]), Anchor::All(&[Anchor::Lits(&[4088, 4661, 4750, 5636, 5788, 5883, 7629, 7787, 7788]), Anchor::Lits(&[4017, 4124, 4125, 5223, 6086, 6134, 6171, 6189, 6449, 7452]), Anchor::Lits(&[116, 118, 491, 906, 907, 1764, 1769, 1964, 1968, 2068, 2075, 2312, 2313, 2760, 2763, 2815, 2816, 2889, 2897, 2998, 3001, 3217, 3223, 3590, 3591])])])),
            (127, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 175, 177, 179, 181, 184, 186, 188, 190, 192, 3233, 3235, 3238, 3241, 3243, 3245, 3247, 3249, 3251, 3278, 3280, 3282, 3284, 3287, 3291, 3293, 3300, 3302, 3322, 3324, 3337, 3339, 3342, 3345, 3347, 3352, 3354]), Anchor::Lits(&[274, 287, 324, 325, 326, 1747, 1751, 1752, 1753, 1756, 1781, 1782, 1783, 1784, 1785, 1828, 1829, 1836, 1837, 1838, 2383, 2384, 2385, 2386, 2387, 3376, 3379, 3394, 3395, 3403])]), Anchor::All(&[Anchor::Lits(&[5311, 5315, 5618, 6206, 7441]), Anchor::Lits(&[204, 731, 1514, 2549, 3689]), Anchor::Lits(&[4531, 4546, 4870, 6113, 6148, 6383, 6493, 6495, 6549, 6641, 6801, 6900, 7300])])]), Anchor::Lits(&[797, 805, 818, 1332, 1333, 1740, 1744, 1937, 1990, 2485, 2536, 2538, 2710, 2804, 2805, 2844, 2875, 2917, 2956, 3068, 3256, 3286, 3414, 3510]), Anchor::Lits(&[15, 17, 19, 21, 24, 26, 28, 32, 34, 176, 178, 180, 182, 185, 187, 189, 191, 193, 3234, 3236, 3239, 3242, 3244, 3246, 3248, 3250, 3252, 3279, 3281, 3283, 3285, 3288, 3292, 3294, 3301, 3303, 3323, 3325, 3338, 3340, 3343, 3346, 3348, 3353, 3355, 4532, 4547, 4871, 6114, 6149, 6384, 6494, 6496, 6550, 6642, 6802, 6901, 7301])])),
            (131, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[264, 265, 266, 269, 270, 553, 1662, 1668, 1873, 1874, 2143, 2162, 2165, 2988, 2995, 3652]), Anchor::Any(&[Anchor::Lits(&[3976, 3979, 4061, 4129, 4528, 4530, 4570, 4571, 4572, 4573, 4619, 4835, 4838, 4839, 4840, 4841, 4842, 4845, 4846, 4847, 4996, 6097, 6135, 6143, 6203, 6291, 6636, 6659, 6784, 6800, 7299, 7338]), Anchor::All(&[Anchor::Lits(&[5134]), Anchor::Lits(&[53, 123, 2426, 2467, 2929, 3176])]), Anchor::All(&[Anchor::Lits(&[4496, 4854, 4868, 5002, 5072, 5587, 6235, 6672, 7314, 7373, 7399]), Anchor::Lits(&[3380, 3381, 3382, 3384, 3385, 3386, 3387, 3388, 3389, 3392, 3399, 3402, 3407])])])])),
            (132, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4060, 5222, 5312, 5645, 7307]), Anchor::All(&[Anchor::Lits(&[4263, 4264, 4296, 4509, 4879, 5181, 5183, 5421, 5692, 6546, 6547, 6637, 6827, 7288, 7564, 7930]), Anchor::Lits(&[4239, 4303, 4359, 4394, 4640, 4865, 5007, 5051, 5311, 5617, 5618, 5646, 6139, 6169, 6643, 6796, 6846, 6903, 6982])])]), Anchor::Lits(&[159, 429, 430, 471, 777, 1343, 1674, 1675, 1707, 1741, 1843, 2042, 2132, 2835, 2836, 2911, 3115, 3362, 3439, 3643, 3882])])),
            (133, "hijack-the-task", Anchor::Lits(&[5399, 6362])),
            (135, "instruction-field", Anchor::Lits(&[93, 94, 95, 96, 97, 98, 99, 100, 107, 108, 109, 110, 111, 112, 113, 114, 340, 341, 342, 343, 344, 345, 346, 347, 483, 484, 485, 486, 487, 488, 489, 490, 762, 763, 764, 765, 766, 767, 768, 769, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 3181, 3182, 3183, 3187, 3188, 3189, 3190, 3193])),
            (138, "conceal-from-the-people", Anchor::Lits(&[504, 505, 506, 531, 532, 533, 560, 565, 571, 573, 574, 579, 581, 585, 590, 596, 598, 599, 604, 606, 943, 950, 960, 962, 963, 978, 981, 1117, 1125, 1133, 1135, 1136, 1142, 1144, 1208, 1216, 1224, 1226, 1227, 1233, 1235, 1252, 1259, 1270, 1272, 1273, 1288, 1291, 2069, 2071, 2073, 2186, 2195, 2208, 2210, 2211, 2228, 2231, 2551, 2552, 2553, 3661, 3667, 3673, 3675, 3676, 3682, 3684, 3724, 3730, 3736, 3738, 3739, 3745, 3747, 4510, 4627, 4663, 4680, 4681, 4695, 4696, 4703, 4704, 4705, 4706, 4707, 4709, 4724, 4728, 4752, 4781, 4782, 4796, 4797, 4804, 4805, 4806, 4807, 4808, 4810, 4825, 4829, 5635, 5637, 5638, 5639, 5790, 5796, 5797, 5808, 5809, 5815, 5816, 5817, 5818, 5819, 5823, 5839, 5842, 6345, 6640, 6826, 7630, 7644, 7646, 7657, 7660, 7665, 7666, 7667, 7668, 7669, 7671, 7685, 7692])),
            (139, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[207, 918, 919, 922, 923, 924, 1703, 1704, 2249, 2404, 2643, 3144, 3483, 3693, 3752, 7629]), Anchor::All(&[Anchor::Lits(&[243, 708, 709, 710, 712, 798, 1938, 2481, 2486, 2612, 2911, 2918, 3413, 3415]), Anchor::Lits(&[622, 675, 681, 1595, 1878, 2491, 2579, 2644, 2648, 2699, 2741])])])),
            (143, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[60, 172, 608, 625, 665, 674, 675, 778, 910, 1510, 1511, 1675, 1772, 2068, 2663, 2670, 2760, 2916, 3015, 3118, 3646, 3882, 4684, 4694, 4698, 4700, 4714, 4719, 4785, 4795, 4799, 4801, 4815, 4820, 5800, 5807, 5811, 5813, 5826, 5833, 5883, 6689, 7629]), Anchor::All(&[Anchor::Lits(&[2437]), Anchor::Lits(&[5591])])])),
            (145, "assert-a-falsehood", Anchor::Lits(&[4584, 7281, 7549, 7551, 7561])),
            (146, "user-kept-out-of-the-loop", Anchor::Lits(&[128, 129, 132, 133, 136, 142, 216, 217, 218, 219, 220, 226, 246, 275, 276, 278, 279, 280, 281, 282, 283, 284, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 301, 311, 314, 317, 318, 319, 320, 321, 1344, 1385, 1387, 1389, 1390, 1393, 1402, 1587, 1589, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 2409, 2410, 2411, 2412, 2413, 2414, 2504, 2505, 2506, 2507, 2508, 2509, 2522, 2523, 2524, 2525, 2526, 2527, 2765, 2766, 2767, 2768, 2769, 2770, 3000, 3471, 3516, 3519, 3521, 3522, 3523, 3524, 3528, 3529, 3530, 3531, 3532, 3533, 5883])),
            (147, "kept-from-the-record", Anchor::Any(&[Anchor::Lits(&[5563, 5564, 5565, 5566, 5567, 5568, 5569, 5592, 5593, 5594, 5595, 5596, 5597, 5598, 5926, 6028, 6029, 6030, 6031, 6032, 6033, 6034, 6035, 6036, 6037, 6038, 6039, 6040, 6041, 6042, 6043, 6044, 6045, 6767, 6768, 6769, 6770]), Anchor::All(&[Anchor::Lits(&[257, 433, 1507, 1671, 1945, 2309, 3008]), Anchor::Lits(&[1132, 1223, 1268, 1660, 2144, 2160, 2163, 2206, 2207, 2996, 2997, 3654, 3717])]), Anchor::All(&[Anchor::Lits(&[59, 535, 624, 673, 2662, 3098, 3117]), Anchor::Lits(&[4172, 4180, 4693, 4794, 7578, 7693])])])),
            (149, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6196, 6197, 6199, 6290]), Anchor::All(&[Anchor::Lits(&[4848, 5113, 5127, 5205, 5220, 5268, 5580, 6053, 6112, 6133, 6195, 6198, 6200, 6290, 6313, 6314, 7704]), Anchor::Lits(&[4259, 4260, 4494, 4495, 4575, 4851, 4997, 5001, 5071, 5586, 5632, 5677, 5693, 6234, 6325, 6328, 6425, 6624, 6671, 6684, 6688, 6845, 6887, 7313, 7372, 7398, 7701])])]), Anchor::Lits(&[424, 425, 760, 770, 844, 1311, 1331, 1427, 1435, 1530, 1954, 2035, 2100, 2137, 2529, 2531, 2532, 2569, 2610, 2651, 2653, 2756, 2886, 2933, 2935, 2989, 2993, 3143, 3175, 3445, 3495, 3505, 3754])])),
            (152, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[4488, 4489, 4490, 4491, 4492, 4493, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4655, 4656, 4657, 4658, 4659, 5173, 5174, 5175, 5176, 5177, 5178, 5214, 5215, 5216, 5217, 5218, 5219, 6155, 6156, 6157, 6158, 6159, 6160, 6333, 6334, 6335, 6336, 6337, 6338, 6339, 6340, 6341, 6342, 6343, 6344, 6386, 6387, 6388, 6389, 6390, 6391, 6848, 6849, 6850, 6851, 6852, 6853, 7442, 7443, 7444, 7445, 7446, 7447, 7448, 7449, 7450, 7453, 7454, 7455]), Anchor::Lits(&[4330, 5006, 5629, 6204, 6447])])),
            (153, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[13, 174, 183, 208, 2152, 3062]), Anchor::All(&[Anchor::Lits(&[4495, 4997, 5001, 5071, 5586, 5677, 6205, 6234, 6325, 6425, 6671, 6684, 6688, 6845, 6887, 7313, 7398]), Anchor::Lits(&[7290, 7291, 7292, 7293, 7294, 7295, 7590, 7591, 7592, 7608, 7612, 7613]), Anchor::Lits(&[52, 66, 241, 508, 1330, 1346, 1563, 1567, 1702, 1759, 1947, 2425, 2950, 3018, 3224, 3509, 3601])])])),
            (154, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[3977, 3978, 4130, 4132, 4268, 4532, 5977, 6142, 6144, 6149, 6153, 6162, 6292, 6293, 6392, 6637, 6642, 6677]), Anchor::Lits(&[611, 911, 1311, 1323, 1331, 1600, 2441, 2490, 2569, 2603, 2696, 2813, 2815, 2933, 2989, 2998, 3217, 3480])])),
            (155, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4292, 4661, 4750, 5601, 5602, 5788, 5883, 5907, 7629]), Anchor::Lits(&[116, 118, 331, 337, 491, 492, 612, 613, 1580, 1592, 1764, 1769, 1857, 1858, 1964, 2022, 2023, 2070, 2072, 2074, 2076, 2077, 2078, 2312, 2313, 3217, 3223, 3580, 3581]), Anchor::Lits(&[4031, 4146, 4165, 4328, 4348, 4373, 4397, 4548, 4831, 5129, 5358, 5434, 5599, 5644, 5732, 6110, 6289, 6635, 6694, 6696, 6783, 7125])]), Anchor::All(&[Anchor::Lits(&[4253, 4254, 4323, 4325, 4741, 4742, 5114, 5125, 6715, 6717]), Anchor::Lits(&[4146, 4328, 4348, 4349, 4350, 6502, 6694, 6696, 7287])])]), Anchor::Lits(&[409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 466, 512, 513, 514, 516, 518, 519, 523, 524, 525, 526, 527, 528, 928, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1237, 1607, 1608, 1609, 1610, 1611, 1612, 1614, 1615, 1616, 1617, 1618, 1619, 1965, 1966, 2173, 2265, 2284, 3021, 3022, 3028, 3029, 3037, 3038, 3042, 3043, 3044, 3045, 3046, 3047, 3699])])),
            (156, "send-to-a-raw-address", Anchor::Lits(&[713, 908, 919, 923, 925, 926, 2817, 3049, 3057, 3215, 3601, 4267, 4317, 4535, 4995, 5419, 5858, 6205, 6234, 6325, 6448, 6671, 6845, 7319, 7398, 7523])),
            (157, "send-outside-the-company", Anchor::Lits(&[1437, 1624, 3318, 6119, 6196, 6254, 6318])),
            (158, "disclose-secret-values", Anchor::Lits(&[651, 653, 734, 738, 837, 1359, 1363, 1761, 2540, 2541, 2604, 3489, 3497, 3498, 3551, 3552, 4133, 4353, 4358, 4360, 4361, 4386, 4602, 4603, 5603, 5604, 5976, 6141, 6638, 6639])),
            (159, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::Lits(&[53, 89, 130, 208, 376, 654, 729, 742, 804, 1436, 1527, 1536, 1746, 1825, 1826, 2426, 2445, 2448, 2467, 2472, 2600, 2617, 2697, 2776, 2929, 3158, 3176, 3316, 3317, 3526, 3557, 4016, 4513, 4514, 4515, 4516, 4522, 4526, 4572, 4834, 4835, 4836, 4837, 4839, 4841, 4843, 4844, 5003, 5066, 5108, 5109, 5359, 5957, 6132, 6321, 6327, 6372, 6468, 6497, 6515, 6862, 7338, 7451]), Anchor::All(&[Anchor::Lits(&[4322, 4568, 4586, 4618, 4621, 4832, 4993, 5607, 5630, 6413, 6417, 6420, 6882, 6884, 6910, 7341, 7346, 7391]), Anchor::Lits(&[12, 149, 369, 372, 390, 391, 688, 1859, 1860, 1957, 2049, 2098, 2140, 2169, 2170, 2171, 2483, 2484, 2842, 2843, 2954, 2955, 3479])]), Anchor::All(&[Anchor::Lits(&[4496, 5072, 5633, 6235, 6326, 6672, 6685, 7399]), Anchor::Lits(&[350, 351, 352, 353, 354, 355, 1830, 1831, 1832, 1833, 1834, 1835, 3382, 3385, 3386, 3387, 3392, 3393])]), Anchor::All(&[Anchor::Lits(&[242, 797, 1937, 2480, 3412]), Anchor::Lits(&[6151, 6235, 6320, 6672, 6685])]), Anchor::All(&[Anchor::Lits(&[4833]), Anchor::Lits(&[821, 823, 2904, 3197, 3589])]), Anchor::All(&[Anchor::Lits(&[4885, 5973, 6007, 7581]), Anchor::Lits(&[4546, 4552, 5202, 5628, 6383, 6549, 6631, 6900])]), Anchor::All(&[Anchor::Lits(&[4569, 4833, 6322, 6418, 7339, 7581]), Anchor::Lits(&[123, 1313, 1356, 1380, 3649])]), Anchor::All(&[Anchor::Lits(&[4322, 4568, 4586, 4618, 4621, 4832, 4993, 5607, 5630, 6413, 6417, 6420, 6882, 6884, 6910, 7341, 7346, 7391]), Anchor::Lits(&[12, 149, 369, 372, 390, 391, 688, 1859, 1860, 1957, 2049, 2098, 2140, 2169, 2170, 2171, 2483, 2484, 2842, 2843, 2954, 2955, 3479])]), Anchor::All(&[Anchor::Lits(&[4496, 5072, 5633, 6235, 6326, 6672, 6685, 7399]), Anchor::Lits(&[350, 351, 352, 353, 354, 355, 1830, 1831, 1832, 1833, 1834, 1835, 3382, 3385, 3386, 3387, 3392, 3393])]), Anchor::All(&[Anchor::Lits(&[242, 797, 1937, 2480, 3412]), Anchor::Lits(&[6151, 6235, 6320, 6672, 6685])]), Anchor::All(&[Anchor::Lits(&[4833]), Anchor::Lits(&[821, 823, 2904, 3197, 3589])]), Anchor::All(&[Anchor::Lits(&[4885, 5973, 6007, 7581]), Anchor::Lits(&[4546, 4552, 5202, 5628, 6383, 6549, 6631, 6900])]), Anchor::All(&[Anchor::Lits(&[4569, 4833, 6322, 6418, 7339, 7581]), Anchor::Lits(&[123, 1313, 1356, 1380, 3649])])])),
            (160, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[4665, 4667, 4668, 4669, 4670, 4671, 4672, 4673, 4674, 4675, 4676, 4680, 4681, 4682, 4686, 4713, 4720, 4721, 4725, 4726, 4754, 4756, 4757, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4774, 4775, 4781, 4782, 4783, 4787, 4814, 4821, 4822, 4826, 4827, 5791, 5796, 5797, 5798, 5802, 5825, 5834, 5835, 5840, 5841, 5862, 5884, 5886, 5887, 5888, 5889, 5893, 5894, 5895, 5896, 5897, 5906, 5908, 5909, 5910, 5911, 5912, 5913, 5914, 5915, 5916, 5917, 7629, 7746, 7747, 7748, 7749, 7750, 7751, 7752, 7753, 7754, 7755, 7758, 7759, 7760, 7761, 7762, 7763, 7764, 7765, 7766, 7767]), Anchor::All(&[Anchor::Lits(&[4146, 4362, 4443, 4444, 4849]), Anchor::Lits(&[4322, 6714])]), Anchor::All(&[Anchor::Lits(&[4146, 4362, 4443, 4444, 4849]), Anchor::Lits(&[4322, 6714])])])),
            (161, "history-wiped-after-the-act", Anchor::Lits(&[873, 4265, 4385, 4391, 4463, 5083, 5084, 5087, 5091, 5203, 5204, 6315, 6332, 6374, 6678, 6681, 6687, 6725, 6981, 7392, 7936])),
            (162, "report-an-outcome-regardless", Anchor::Lits(&[1863, 2264, 2722, 5270, 5276, 5277, 5278, 5279, 5285, 5286, 5287, 5288, 5289, 5292, 5424, 5425, 5426, 5430, 7512, 7513, 7514, 7515])),
            (163, "agent-permissions-opened", Anchor::Lits(&[145, 147, 153, 155, 156, 163, 259, 399, 517, 529, 815, 816, 2517, 3770])),
            (164, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[511, 522, 677, 678, 838, 890, 901, 1297, 1591, 2145, 2747, 2751, 2826, 3014, 3020, 3041, 3171, 3469, 3493]), Anchor::Lits(&[498, 657, 660, 817, 872, 1594, 1598, 1599, 2652, 2771, 2772, 2885, 2912, 2913, 2914, 2915, 2919, 2920, 2925, 2926, 2927, 2928, 3205, 3461])])),
            (165, "risky-action-on-a-later-trigger", Anchor::Lits(&[76, 77, 78, 79, 1395, 1545, 1620, 1864, 1865, 1866, 1871, 1872, 4215, 4282, 5103, 5270, 5271, 5272, 5273, 5274, 5275, 5280, 5281, 5282, 5283, 5284, 5285, 5286, 5287, 5288, 5289, 5581, 5582, 5583, 5584, 5857, 6051, 6052, 7128, 7550, 7552, 7553, 7554, 7555, 7556, 7558, 7562, 7563])),
            (170, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[89, 227, 654, 684, 742, 808, 1404, 1436, 1536, 1643, 2400, 2405, 2445, 2472, 2643, 2990, 3051, 3507, 3557]), Anchor::All(&[Anchor::Lits(&[622, 626, 630, 675, 681, 703, 908, 919, 1369, 1415, 1528, 1595, 1622, 1625, 1708, 1741, 1878, 1901, 1991, 2042, 2056, 2314, 2577, 2645, 2646, 2648, 2665, 2699, 2713, 2741, 2947, 2950, 3009, 3049, 3070, 3072, 3099, 3144, 3213, 3215, 3359, 3477, 3511, 3517, 3626, 3650]), Anchor::Lits(&[4015, 4134, 4237, 4395, 4495, 4641, 4832, 4851, 4872, 4878, 5071, 5191, 5353, 5396, 5590, 5626, 5669, 6150, 6152, 6205, 6234, 6279, 6319, 6325, 6328, 6421, 6624, 6671, 6684, 6686, 6720, 6820, 6828, 6843, 7282, 7398, 7701]), Anchor::Any(&[Anchor::Lits(&[4131, 4333, 4531, 4550, 4869, 5206, 6115, 6145, 6148, 6201, 6604, 6641, 6663, 6785, 6801]), Anchor::All(&[Anchor::Lits(&[4041, 4396, 4882, 4904, 5092, 6363, 7377, 7379, 7568]), Anchor::Lits(&[67, 668, 736, 802, 818, 1310, 1333, 1434, 1438, 1473, 1994, 2440, 2710, 2802, 2839, 3197])]), Anchor::All(&[Anchor::Lits(&[666, 802, 818, 870, 1310, 1434, 1438, 1473, 1762, 1994, 2710, 2805, 2844, 3197]), Anchor::Lits(&[4333, 4335, 4531, 4533, 4538, 4869, 4870, 4873, 5179, 5221, 5653, 6143, 6161, 6170, 6201, 6203, 6604, 6606, 6641, 6800, 7300, 7452])])])]), Anchor::All(&[Anchor::Lits(&[3942, 3944, 3945, 3946, 3948, 3950, 3951, 3952, 3953, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4517, 4518, 4519, 4520, 4521, 4523, 4524, 4525, 4527, 5009, 5010, 5011, 5012, 5013, 5014, 5015, 5016, 5017, 5846, 5847, 5848, 5849, 5850, 5851, 5852, 5853, 5854, 6073, 6074, 6075, 6076, 6077, 6078, 6079, 6080, 6081, 6236, 6237, 6238, 6239, 6240, 6241, 6242, 6243, 6244, 6353, 6354, 6355, 6356, 6357, 6358, 6359, 6360, 6361, 6807, 6808, 6809, 6810, 6811, 6813, 6814, 6815, 6816, 7113, 7114, 7115, 7116, 7123, 7134, 7136, 7137, 7148]), Anchor::Lits(&[4512, 5008, 6072, 6235, 6352, 6805]), Anchor::Lits(&[363, 731, 1694, 1761, 1998, 3232, 3237, 3240, 3689])])]), Anchor::Lits(&[65, 247, 362, 680, 770, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 917, 1297, 1311, 1335, 1342, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1530, 1691, 1760, 1780, 1956, 2013, 2090, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2402, 2403, 2490, 2492, 2493, 2537, 2569, 2571, 2572, 2603, 2647, 2651, 2653, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2752, 2886, 2933, 2934, 2989, 2991, 3052, 3076, 3077, 3079, 3080, 3081, 3082, 3083, 3084, 3086, 3087, 3088, 3089, 3090, 3097, 3119, 3142, 3361, 3505, 3506, 3754]), Anchor::Lits(&[68, 90, 91, 228, 623, 627, 631, 655, 656, 667, 669, 676, 679, 682, 683, 685, 704, 737, 743, 744, 803, 809, 819, 822, 871, 909, 920, 921, 1311, 1334, 1370, 1371, 1405, 1416, 1435, 1437, 1439, 1474, 1529, 1537, 1538, 1596, 1597, 1623, 1626, 1644, 1645, 1709, 1742, 1763, 1765, 1879, 1902, 1992, 1995, 2043, 2057, 2315, 2401, 2406, 2441, 2446, 2447, 2473, 2474, 2578, 2644, 2649, 2666, 2700, 2711, 2714, 2742, 2803, 2806, 2840, 2845, 2948, 2951, 3010, 3050, 3071, 3073, 3100, 3145, 3146, 3198, 3199, 3214, 3216, 3360, 3478, 3508, 3512, 3513, 3518, 3558, 3559, 3627, 3651, 4132, 4334, 4532, 4551, 6116, 6146, 6149, 6202, 6605, 6642, 6664, 6786, 6802])])),
            (171, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[240, 245, 402, 460, 464, 558, 561, 562, 566, 567, 568, 569, 571, 579, 580, 583, 586, 587, 591, 592, 593, 594, 596, 604, 605, 671, 934, 944, 945, 951, 952, 953, 954, 960, 978, 980, 1113, 1118, 1119, 1127, 1128, 1129, 1130, 1133, 1142, 1143, 1204, 1209, 1210, 1218, 1219, 1220, 1221, 1224, 1233, 1234, 1243, 1253, 1254, 1260, 1261, 1262, 1263, 1270, 1288, 1290, 1586, 1658, 1705, 1754, 1755, 1777, 1960, 2038, 2178, 2187, 2188, 2196, 2197, 2198, 2200, 2208, 2228, 2230, 2297, 2424, 2438, 2667, 2721, 2732, 2838, 2903, 2999, 3074, 3165, 3470, 3484, 3492, 3657, 3662, 3663, 3668, 3669, 3670, 3671, 3673, 3682, 3683, 3720, 3725, 3726, 3731, 3732, 3733, 3734, 3736, 3745, 3746, 4677, 4678, 4683, 4685, 4689, 4697, 4699, 4702, 4708, 4710, 4715, 4717, 4722, 4723, 4724, 4778, 4779, 4784, 4786, 4790, 4798, 4800, 4803, 4809, 4811, 4816, 4818, 4823, 4824, 4825, 5794, 5795, 5799, 5801, 5803, 5810, 5812, 5814, 5822, 5824, 5828, 5831, 5837, 5838, 5839, 5880, 5883, 5898, 5899, 5900, 5901, 5902, 5903, 5904, 5925, 5927, 5928, 5929, 5930, 5931, 5932, 5933, 5950, 5951, 5952, 5953, 5954, 5955, 5956, 7637, 7642, 7643, 7649, 7650, 7654, 7662, 7663, 7664, 7670, 7672, 7675, 7680, 7683, 7684, 7685, 7745, 7757, 7789]), Anchor::All(&[Anchor::Lits(&[209, 658, 1506, 2093, 2442, 2757, 2762, 2783, 3065, 3151, 3444, 3613]), Anchor::Lits(&[1539, 2437])]), Anchor::All(&[Anchor::Lits(&[116, 120, 1331, 1334, 2090, 2094, 2310, 2311, 3591, 3592]), Anchor::Lits(&[4019, 4574, 4832, 5001, 5133, 5627, 5648, 5845, 5855, 6147, 6231, 6294, 6518, 6684, 7458])])])),
            (172, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[4033, 4466, 4481, 5003, 5079, 5113, 5220, 6119, 6120, 6140, 6196, 6290, 6312, 6372, 7167, 7168, 7492, 7704]), Anchor::Lits(&[244, 427, 428, 609, 610, 797, 801, 806, 807, 810, 811, 812, 813, 1336, 1337, 1670, 1706, 2060, 2477, 2478, 2482, 2485, 2495, 2496, 2499, 2536, 2875, 2876, 2917, 3056, 3067, 3520, 3525, 3534])])),
            (174, "agent-secrets-spilled", Anchor::Lits(&[242, 711, 796, 1360, 1365, 2480, 2611, 2910, 3412])),
            (175, "override-instructions-es-pt-it", Anchor::Lits(&[4387, 4388, 4614, 4616, 4617, 5354, 5355, 5356, 5401, 5403, 5433, 5960, 6090, 6092, 6099, 6405, 6407, 6409])),
            (176, "override-instructions-fr", Anchor::Lits(&[3425, 5296, 5779, 5780, 6109])),
            (177, "override-instructions-de-nl", Anchor::Lits(&[4120, 4280, 5405, 5417, 6071, 6402, 6403, 6510, 6511, 6632, 7503])),
            (178, "override-instructions-pl-tr", Anchor::Lits(&[5307, 5576, 5578, 5860, 6233, 6919, 7705, 7927])),
            (179, "override-instructions-ru", Anchor::Lits(&[5306, 5778, 6108, 7925, 7944, 7945, 7949, 7950, 7954])),
            (180, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[55, 2139, 2659, 2660, 2867, 2868, 3535]), Anchor::Lits(&[171, 1924, 2032, 2033, 2034, 2099, 2992])])),
            (182, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[5413, 5414, 5415, 5416, 5561, 5773, 5774, 6011, 6012, 6222, 6245, 6246, 6406, 6411, 6570, 6718, 6719, 6899, 7400, 7401, 7402, 7491, 7942, 7949, 7955])),
            (183, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[37, 64, 426, 478, 1693, 1723, 1724, 1861, 1896, 1923, 1940, 2010, 2029, 2534, 2661, 3579]), Anchor::Lits(&[122, 263, 365, 639, 640, 887, 1722, 1821, 1822, 1823, 1963, 2469, 2500, 2510, 2511, 2533, 2675, 3200, 3545])])),
            (185, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[616, 1500, 1939, 1979, 1985, 2166, 2691, 2692, 2726, 2789, 2859, 2941, 2949, 3152, 3585, 3896, 3902, 5022, 5575, 5579, 6623, 6711, 7358, 7366, 7395]), Anchor::All(&[Anchor::Lits(&[617, 745, 1493, 1566, 1981, 1984, 2727, 2794]), Anchor::Lits(&[1971, 2884])]), Anchor::All(&[Anchor::Lits(&[465, 1324, 1488, 1635, 2723, 2820, 3004, 3881]), Anchor::Lits(&[6014])]), Anchor::All(&[Anchor::Lits(&[616, 1500, 1980, 1985, 2731, 2790]), Anchor::Lits(&[2932])]), Anchor::All(&[Anchor::Lits(&[4261, 4279, 5536, 7926]), Anchor::Lits(&[470])]), Anchor::All(&[Anchor::Lits(&[5021, 5574, 5578, 6710]), Anchor::Lits(&[2341, 2342, 3019, 3769])]), Anchor::All(&[Anchor::Lits(&[455, 615, 1488, 1631, 2728, 2800]), Anchor::Lits(&[3541])]), Anchor::All(&[Anchor::Lits(&[454, 456, 457, 615, 1493, 1630, 1634, 2728, 2799, 2800, 2940]), Anchor::Lits(&[3481, 3542])]), Anchor::All(&[Anchor::Lits(&[618, 619, 620, 1490, 1493, 1503, 1504, 1984, 2329, 2338, 2344, 2580, 2581, 2582, 2733, 2793]), Anchor::Lits(&[470, 1472])]), Anchor::All(&[Anchor::Lits(&[3208]), Anchor::Lits(&[364, 431, 1488, 2502, 2931, 2939])])])),
            (187, "reveal-system-prompt-i18n", Anchor::Lits(&[205, 720, 721, 722, 723, 724, 1575, 1576, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1811, 1813, 1814, 1815, 1816, 1820, 1827, 1856, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 2066, 2067, 2091, 2092, 2095, 2096, 2388, 2550, 2627, 2628, 2629, 2630, 2631, 2634, 2635, 3177, 3178, 3179, 3190, 3194, 3195, 3196, 3201, 3482, 3514, 3561, 3566, 3909, 3931, 3932, 5112, 6712, 6713])),
            (189, "disable-safety-i18n", Anchor::Lits(&[366, 468, 469, 691, 752, 753, 754, 847, 1494, 1495, 1497, 1499, 1501, 1502, 1505, 1565, 1641, 1651, 1652, 1906, 2638, 2639, 2907, 3002, 3003, 3004, 3459, 3556, 3562, 3563, 3878, 3901, 3907, 3908, 3928, 3939])),
            (191, "stop-following-instructions-i18n", Anchor::Lits(&[215, 436, 719, 884, 1809, 1824, 2723, 2729, 2820, 3574, 4613, 4615, 5400, 5402, 5942, 5943, 5944, 5945, 5959, 6089, 6091, 6404, 6408])),
            (193, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[4604, 4892, 4893, 5293, 5297, 5303, 7494, 7495]), Anchor::All(&[Anchor::Lits(&[4583, 5294, 5297, 6021, 6022, 6023]), Anchor::Lits(&[7296, 7297])])])),
            (194, "instructions-void-de", Anchor::Lits(&[379, 1692, 2242, 2243, 3491])),
            (195, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[462, 654, 1531, 1767, 1768, 1952, 2030, 2031, 2063, 2530, 2636, 2637, 3537, 3538, 3543, 3544, 3568, 5934, 5935, 5936, 5937, 5938, 5940, 5941, 6612, 6617, 6619, 6621]), Anchor::All(&[Anchor::Lits(&[408, 888, 915, 1766, 2079, 2470, 2596, 3011]), Anchor::Lits(&[5769, 5775, 5776, 5777, 5784, 6616, 6618])]), Anchor::All(&[Anchor::Lits(&[2239]), Anchor::Lits(&[4887, 4888, 5654, 6602, 6603, 7496])])])),
            (197, "authority-waives-controls-i18n", Anchor::Lits(&[403, 404, 405, 406, 407, 1368, 1574, 1577, 1579, 2512, 2519, 2520, 3069])),
            (198, "persona-without-rules-i18n", Anchor::Lits(&[22, 35, 36, 69, 102, 104, 869, 1309, 1897, 2418, 3467, 3553, 3570, 3571])),
            (199, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[4145, 4162, 4166, 4167, 4240, 4484, 4485, 5080, 5104, 5124, 6311, 6693]), Anchor::Lits(&[826, 827, 858, 860, 861, 862, 863, 864, 865, 866, 889, 903, 904, 2900, 2901, 3895])])),
            (200, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[242, 641, 648, 661, 663, 746, 794, 799, 1663, 1665, 1726, 1898, 1931, 1937, 2026, 2133, 2135, 2480, 2487, 2877, 2879, 2905, 2936, 3005, 3412, 3576, 3897, 3911, 3921, 3923]), Anchor::Lits(&[206, 730, 732, 814, 830, 878, 902, 916, 1372, 1512, 1949, 1950, 1958, 1959, 1961, 1962, 1969, 1993, 2028, 2138, 2142, 2340, 2343, 2415, 2676, 2677, 2706, 2866, 3063, 3169, 3170, 3567, 3573, 3575, 3905, 3929, 3940])]), Anchor::All(&[Anchor::Lits(&[243, 642, 649, 662, 664, 747, 748, 795, 800, 1664, 1666, 1727, 1899, 1900, 1932, 1933, 1938, 2027, 2134, 2136, 2481, 2486, 2488, 2489, 2878, 2880, 2906, 2937, 2938, 3006, 3007, 3413, 3415, 3577, 3578, 3898, 3912, 3922, 3924]), Anchor::Lits(&[3966, 3967, 4089, 4252, 4255, 4256, 4257, 4258, 4321, 4327, 5005, 5131, 5132, 5135, 5432, 5643, 5691, 5770, 5948, 5949, 6024, 6026, 7937, 7938])])])),
            (201, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[1944, 2574, 2575, 3547, 3548, 3549, 3550, 3715, 3910, 3913, 3914, 3915, 3926, 3927])),
            (202, "skip-approval-cjk", Anchor::Lits(&[7956, 7957, 7958, 7959, 7960, 7961, 7962, 7963, 7964, 7965, 7966, 7967, 7968, 7969, 7970, 7971])),
            (204, "admin-role-handed-out-i18n", Anchor::Lits(&[53, 2426, 2929, 3526, 3980, 6098, 6660, 7472])),
            (206, "control-weakened-i18n", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4599, 5559, 5560]), Anchor::All(&[Anchor::Lits(&[4040, 4329, 4555, 4579, 4580, 4581, 4582, 4624, 4866, 4867, 4880, 4881, 5164, 5180, 5559, 5560, 5631, 5652, 5946, 6154, 6350, 6351, 6416, 6419, 6498, 6512, 6513, 6514, 6628, 6629, 6879, 6880, 6881, 6923, 7289, 7298, 7490, 7500, 7703, 7928, 7931, 7943, 7948, 7951, 7952, 7953]), Anchor::Lits(&[12, 42, 43, 44, 51, 54, 84, 375, 377, 378, 380, 381, 382, 383, 384, 385, 386, 387, 392, 393, 846, 847, 987, 1296, 1351, 1739, 1903, 1904, 1906, 1907, 1927, 2014, 2044, 2045, 2046, 2047, 2048, 2049, 2052, 2053, 2061, 2062, 2098, 2167, 2168, 2172, 2501, 2503, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2639, 2642, 2724, 2725, 2822, 2841, 3474, 3475, 3546, 3606, 3880, 3899, 3900, 3901, 3906, 3907, 3916, 3917, 3925, 3930])])]), Anchor::Lits(&[12, 84, 121, 530, 826, 827, 846, 847, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 903, 904, 905, 1326, 1327, 1328, 1329, 1348, 1349, 1350, 1354, 1355, 1657, 1672, 1673, 1739, 1921, 1922, 1925, 1926, 2024, 2025, 2046, 2054, 2098, 2295, 2494, 2671, 2672, 2673, 2674, 2745, 2746, 2750, 2807, 2808, 2809, 2811, 2812, 2823, 2824, 2825, 2900, 2901, 2902, 3160, 3161, 3162, 3163, 3164, 3207, 3375, 3410, 3411, 3539, 3540, 3569, 3767, 3768, 3879, 3895, 3903, 3904, 3918, 3919, 3920, 3933, 3934, 3935, 3936, 3937, 3938])])),
            (208, "destructive-without-confirmation-i18n", Anchor::Lits(&[4293, 4294, 5771, 6015, 6016, 6017, 6018, 6019, 6020, 6048, 6049, 6050, 6613, 6614, 6615, 6620, 6622, 6666, 6667, 6668, 6669, 6670, 6674, 6675, 6676, 6705, 6706, 6707, 6708, 6709, 6795, 6924, 6926, 6929, 6931, 7509, 7932, 7933, 7934, 7935, 7939, 7940, 7941, 7946, 7947])),
            (213, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[1653, 1654, 1655, 4295, 4600, 5535, 5571, 5572, 5573, 5577, 5695, 5772, 6925, 6927, 6928, 6930, 7362, 7363, 7364, 7365, 7488, 7489, 7504, 7505, 7506])),
            (215, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[776, 1582, 1583, 1584, 1585, 1588, 1590, 2291, 3441, 4282, 4300, 4301, 4302, 4693, 4727, 4745, 4748, 4794, 4828, 5034, 5036, 5905, 6010, 6721, 6722, 6723, 6724, 6739, 6752, 6793, 6794, 7354, 7579, 7659, 7694]), Anchor::All(&[Anchor::Lits(&[5193, 5197, 5198, 5200]), Anchor::Lits(&[1539])])])),
            (216, "trust-raised-for-later", Anchor::Lits(&[146, 158, 162, 165, 166, 167, 168, 260, 262, 398, 401, 1430, 1431, 4034, 4379, 4536, 4537, 5411, 5658, 6308, 6558, 6896, 7321, 7324, 7325, 7326])),
            (217, "admin-role-by-a-side-door", Anchor::Lits(&[53, 127, 135, 389, 1314, 1384, 1392, 1403, 2051, 2168, 2345, 2426, 2841, 2923, 2929, 3176, 3526, 4564, 6249])),
            (220, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[1890, 1891, 1892, 3596, 3597, 3599, 3793, 3795, 3800, 4093, 4097, 4098, 4099, 4100, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4110, 4111, 4112, 4117, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 6429, 6430, 6431, 6432, 6433, 6434, 6435, 6436, 6437, 6438, 6439, 6440, 6441, 6442, 6443, 6444, 6445, 6934, 6936, 6940, 6945, 6946, 6947, 6949, 6951, 6956, 6958, 6967, 6968, 6969, 6975, 6977, 6978, 6980]), Anchor::All(&[Anchor::Lits(&[330, 635, 1352, 1779, 2021, 2668, 3586, 3588, 3716]), Anchor::Any(&[Anchor::Lits(&[4577, 4662, 4683, 4697, 4702, 4715, 4716, 4717, 4718, 4724, 4751, 4784, 4798, 4803, 4816, 4817, 4818, 4819, 4825, 5540, 5542, 5546, 5547, 5549, 5550, 5553, 5554, 5555, 5558, 5606, 5659, 5660, 5661, 5662, 5663, 5664, 5665, 5666, 5667, 5668, 5789, 5799, 5810, 5814, 5828, 5830, 5831, 5832, 5839, 6055, 6057, 6059, 6060, 6062, 6063, 6065, 6066, 6067, 6070, 6255]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5539, 5968, 6054, 7516, 7517, 7521, 7522, 7742, 7743, 7785, 7790]), Anchor::All(&[Anchor::Lits(&[4915, 4916, 4917, 4918, 4919, 4920, 4921, 4922, 4923, 4924, 4925, 4926, 4927, 4928, 4929, 4930, 4931, 4932, 4933, 4934, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 4942, 4943, 4944, 4945, 4946, 4947, 4948, 4949, 4950, 4951, 4952, 4953, 4954, 4955, 4956, 4957, 4958, 4959, 4960, 4961, 4962, 4963, 4964, 4965, 4966, 4967, 4968, 4969, 4970, 4971, 5435, 5436, 5437, 5438, 5439, 5440, 5441, 5442, 5443, 5444, 5445, 5446, 5447, 5448, 5449, 5450, 5451, 5452, 5453, 5455, 5456, 5457, 5458, 5459, 5460, 5461, 5462, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 5470, 5471, 5472, 5473, 5474, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5482, 5483, 5484, 5485, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 6988, 6989, 6990, 6991, 6992, 6993, 6994, 6995, 6996, 6997, 6998, 6999, 7000, 7001, 7002, 7003, 7004, 7005, 7006, 7007, 7008, 7009, 7010, 7011, 7012, 7013, 7014, 7015, 7016, 7017, 7018, 7019, 7020, 7021, 7022, 7023, 7024, 7025, 7026, 7027, 7028, 7029, 7030, 7031, 7032, 7033, 7034, 7035, 7036, 7037, 7038, 7039, 7040, 7041, 7042, 7043, 7044, 7222, 7223, 7224, 7225, 7226, 7227, 7228, 7229, 7230, 7231, 7232, 7233, 7234, 7235, 7236, 7237, 7238, 7239, 7240, 7243, 7244, 7245, 7246, 7247, 7248, 7249, 7250, 7251, 7252, 7253, 7254, 7255, 7256, 7257, 7258, 7259, 7260, 7261, 7262, 7263, 7264, 7265, 7266, 7267, 7268, 7269, 7270, 7271, 7272, 7273, 7274, 7275, 7276, 7277, 7278, 7279, 7280]), Anchor::Lits(&[4251, 5023, 5166, 5634, 5958, 5968, 6207, 6369, 6410, 6548, 6630, 6804])])]), Anchor::Lits(&[4091, 4374, 6426, 6473, 6625, 6933])])]), Anchor::Lits(&[209, 644, 848, 929, 941, 956, 958, 969, 971, 979, 982, 1238, 1250, 1265, 1267, 1279, 1281, 1289, 1292, 1908, 1909, 1912, 1913, 1915, 1916, 1917, 1918, 1919, 1972, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2174, 2184, 2202, 2204, 2219, 2220, 2229, 2232, 2370, 2371, 2374, 2375, 2377, 2378, 2379, 2380, 2381, 2592, 2757, 2780, 2888, 3217])])])),
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
\xd7\x90\xd7\x97\xd7\x93\
\xd7\x90\xd7\x9c \xd7\xaa\xd7\xa1\xd7\xa4\xd7\xa8\
\xd7\x94\xd7\x95\xd7\xa8\xd7\x90\xd7\x95\xd7\xaa\
\xd7\x94\xd7\xa0\xd7\x97\xd7\x99\xd7\x95\xd7\xaa\
\xd7\x9c\xd7\x91\xd7\x95\xd7\x98\
\xd7\x9c\xd7\x91\xd7\x99\xd7\xa0\xd7\x94 \xd7\x94\xd7\x9e\xd7\x9c\xd7\x90\xd7\x9b\xd7\x95\xd7\xaa\xd7\x99\xd7\xaa\
\xd7\x9c\xd7\x9e\xd7\x95\xd7\x93\xd7\x9c\
\xd7\x9c\xd7\xa1\xd7\x95\xd7\x9b\xd7\x9f\
\xd7\x9c\xd7\xa2\xd7\x95\xd7\x96\xd7\xa8\
\xd7\x9e\xd7\x97\xd7\xa7\
\xd7\x9e\xd7\xa9\xd7\xaa\xd7\x9e\xd7\xa9\
\xd7\xa9\xd7\x9c\xd7\x97\
\xd8\xa3\xd8\xb1\xd8\xb3\xd9\x84\
\xd8\xa3\xd9\x8a\xd9\x87\xd8\xa7\
\xd8\xa5\xd9\x84\xd9\x89\
\xd8\xa7\xd8\xba\xd9\x81\xd9\x84\
\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x85\xd8\xa7\xd8\xaa \xd8\xa7\xd9\x84\xd9\x85\xd8\xae\xd9\x81\xd9\x8a\xd8\xa9\
\xd8\xa7\xd9\x84\xd8\xb0\xd9\x83\xd8\xa7\xd8\xa1 \xd8\xa7\xd9\x84\xd8\xa7\xd8\xb5\xd8\xb7\xd9\x86\xd8\xa7\xd8\xb9\xd9\x8a\
\xd8\xa7\xd9\x84\xd9\x89\
\xd8\xa7\xd9\x86\
\xd8\xa7\xd9\x8a\xd9\x87\xd8\xa7\
\xd8\xa7\xdb\x8c \xd8\xa2\xd8\xa6\xdb\x8c\
\xd8\xa7\xdb\x92 \xd8\xa2\xd8\xa6\xdb\x8c\
\xd8\xa8\xd9\x84\xd8\xa7\
\xd8\xa8\xd9\x87\
\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87\xd9\x84\
\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x85\xd8\xa7\xd8\xaa \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xd8\xad\xd8\xb0\xd9\x81\
\xd8\xaf\xd8\xb3\xd8\xaa\xd9\x88\xd8\xb1\
\xd8\xaf\xd9\x88\xd9\x86\
\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xd9\x84\xd8\xa7\
\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xaa\xd8\xa8\xd8\xb9\
\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xae\xd8\xa8\xd8\xb1\
\xd9\x84\xd9\x84\
\xd9\x85\xd9\x88\xd8\xac\xd9\x87 \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xe0\xa4\x86\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\x89\xe0\xa4\xaa\xe0\xa4\xaf\xe0\xa5\x8b\xe0\xa4\x97\xe0\xa4\x95\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa4\xbe \xe0\xa4\x95\xe0\xa5\x8b\
\xe0\xa4\x8f\xe0\xa4\x86\xe0\xa4\x88\
\xe0\xa4\x95\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa5\x80 \xe0\xa4\x95\xe0\xa5\x8b\
\xe0\xa4\x95\xe0\xa5\x83\xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbf\xe0\xa4\xae \xe0\xa4\xac\xe0\xa5\x81\xe0\xa4\xa6\xe0\xa5\x8d\xe0\xa4\xa7\xe0\xa4\xbf\
\xe0\xa4\x95\xe0\xa5\x87 \xe0\xa4\xb2\xe0\xa4\xbf\xe0\xa4\x8f\
\xe0\xa4\x95\xe0\xa5\x8b\
\xe0\xa4\x97\xe0\xa5\x81\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\x97\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xb9\xe0\xa4\x95 \xe0\xa4\x95\xe0\xa5\x8b\
\xe0\xa4\x9a\xe0\xa5\x81\xe0\xa4\xaa\xe0\xa4\x95\xe0\xa5\x87\
\xe0\xa4\x9b\xe0\xa4\xbf\xe0\xa4\xaa\xe0\xa5\x87 \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xae\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xac\xe0\xa4\xbf\xe0\xa4\xa8\xe0\xa4\xbe\
\xe0\xa4\xad\xe0\xa5\x87\xe0\xa4\x9c\
\xe0\xa4\xae\xe0\xa4\xa4 \xe0\xa4\xac\xe0\xa4\xa4\xe0\xa4\xbe\
\xe0\xa4\xaf\xe0\xa5\x82\xe0\xa4\x9c\xe0\xa4\xb0 \xe0\xa4\x95\xe0\xa5\x8b\
\xe0\xa4\xaf\xe0\xa5\x82\xe0\xa4\x9c\xe0\xa4\xbc\xe0\xa4\xb0 \xe0\xa4\x95\xe0\xa5\x8b\
\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa4\xae \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa4\xae \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x89\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\x9f\
\xe0\xa4\xb9\xe0\xa4\x9f\xe0\xa4\xbe\
\xe0\xa6\xa8\xe0\xa6\xbf\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xa6\xe0\xa7\x87\xe0\xa6\xb6\
\xe0\xb8\x96\xe0\xb8\xb6\xe0\xb8\x87\
\xe0\xb8\x9a\xe0\xb8\xad\xe0\xb8\x81\
\xe0\xb8\x9b\xe0\xb8\xa3\xe0\xb8\xb2\xe0\xb8\xa8\xe0\xb8\x88\xe0\xb8\xb2\xe0\xb8\x81\
\xe0\xb8\xa5\xe0\xb8\x9a\
\xe0\xb8\xa5\xe0\xb8\xb0\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb8\xa2\
\xe0\xb8\xa5\xe0\xb8\xb0\xe0\xb9\x80\xe0\xb8\xa7\xe0\xb9\x89\xe0\xb8\x99\
\xe0\xb8\xa5\xe0\xb8\xb7\xe0\xb8\xa1\
\xe0\xb8\xaa\xe0\xb8\xb3\xe0\xb8\xab\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x9a\
\xe0\xb8\xaa\xe0\xb9\x88\xe0\xb8\x87\
\xe0\xb8\xad\xe0\xb8\xa2\xe0\xb9\x88\xe0\xb8\xb2\
\xe0\xb9\x80\xe0\xb8\x9b\xe0\xb8\xb4\xe0\xb8\x94\xe0\xb9\x80\xe0\xb8\x9c\xe0\xb8\xa2\
\xe0\xb9\x80\xe0\xb8\x9e\xe0\xb8\xb4\xe0\xb8\x81\xe0\xb9\x80\xe0\xb8\x89\xe0\xb8\xa2\
\xe0\xb9\x81\xe0\xb8\xaa\xe0\xb8\x94\xe0\xb8\x87\
\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\x95\xe0\xb9\x89\xe0\xb8\xad\xe0\xb8\x87\
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
\xe3\x81\x93\xe3\x81\xa3\xe3\x81\x9d\xe3\x82\x8a\
\xe3\x81\xaa\xe3\x81\x84\
\xe3\x81\xaa\xe3\x81\x97\
\xe3\x81\xab\xe5\x91\x8a\xe3\x81\x90\
\xe3\x81\xab\xe5\xbe\x93\xe3\x81\x86\xe5\xbf\x85\xe8\xa6\x81\xe3\x81\xaf\
\xe3\x81\xab\xe5\xbe\x93\xe3\x82\x8f\
\xe3\x81\xb8\
\xe3\x82\x92\xe5\xae\x88\xe3\x82\x89\
\xe3\x82\xa2\xe3\x82\xb7\xe3\x82\xb9\xe3\x82\xbf\xe3\x83\xb3\xe3\x83\x88\
\xe3\x82\xa8\xe3\x83\xbc\xe3\x82\xb8\xe3\x82\xa7\xe3\x83\xb3\xe3\x83\x88\
\xe3\x82\xaa\xe3\x83\x95\xe3\x81\xab\
\xe3\x82\xac\xe3\x83\xbc\xe3\x83\x89\xe3\x83\xac\xe3\x83\xbc\xe3\x83\xab\
\xe3\x82\xb7\xe3\x82\xb9\xe3\x83\x86\xe3\x83\xa0\xe3\x83\x97\xe3\x83\xad\xe3\x83\xb3\xe3\x83\x97\xe3\x83\x88\
\xe3\x82\xb7\xe3\x82\xb9\xe3\x83\x86\xe3\x83\xa0\xe3\x83\xbb\xe3\x83\x97\xe3\x83\xad\xe3\x83\xb3\xe3\x83\x97\xe3\x83\x88\
\xe3\x82\xb9\xe3\x82\xad\xe3\x83\x83\xe3\x83\x97\
\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89\
\xe3\x83\x95\xe3\x82\xa3\xe3\x83\xab\xe3\x82\xbf\xe3\x83\xbc\
\xe3\x83\xa6\xe3\x83\xbc\xe3\x82\xb6\xe3\x83\xbc\
\xe3\x83\xab\xe3\x83\xbc\xe3\x83\xab\
\xe4\xb8\x8a\xe4\xbc\xa0\
\xe4\xb8\x8a\xe5\x82\xb3\
\xe4\xb8\x8d\xe5\x86\x8d\xe5\x8f\x97\
\xe4\xb8\x8d\xe5\x86\x8d\xe6\x9c\x89\
\xe4\xb8\x8d\xe5\x8f\x97\
\xe4\xb8\x8d\xe7\x90\x86\xe4\xbc\x9a\
\xe4\xb8\x8d\xe8\xa6\x81\xe5\x91\x8a\xe8\xaf\x89\
\xe4\xb8\x8d\xe8\xa6\x81\xe5\x9c\xa8\
\xe4\xb8\x8d\xe8\xa6\x81\xe7\x90\x86\xe4\xbc\x9a\
\xe4\xb8\x8e\xe3\x81\x88\
\xe4\xba\xba\xe5\xb7\xa5\xe6\x99\xba\xe8\x83\xbd\
\xe4\xba\xba\xe5\xb7\xa5\xe7\x9f\xa5\xe8\x83\xbd\
\xe4\xbb\x98\xe4\xb8\x8e\
\xe4\xbb\xa3\xe7\x90\x86\
\xe4\xbb\xbb\xe4\xbd\x95\xe4\xba\xba\
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xa6\x8f\xe5\x89\x87\
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xa7\x84\xe5\x88\x99\
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xae\xbe\xe5\xae\x9a\
\xe4\xbd\xbf\xe7\x94\xa8\xe8\x80\x85\
\xe5\x81\x9c\xe6\xad\xa2\xe3\x81\x97\
\xe5\x81\x9c\xe7\x94\xa8\
\xe5\x81\xb7\xe5\x81\xb7\
\xe5\x85\xa7\xe9\x83\xa8\xe8\xa6\x8f\xe5\x89\x87\
\xe5\x85\xb3\xe9\x97\xad\
\xe5\x86\x85\xe7\xb7\x92\
\xe5\x86\x85\xe9\x83\xa8\xe8\xa7\x84\xe5\x88\x99\
\xe5\x88\x97\xe5\x87\xba\
\xe5\x88\x9d\xe5\xa7\x8b\xe6\x8c\x87\xe4\xbb\xa4\
\xe5\x88\x9d\xe5\xa7\x8b\xe8\xa8\xad\xe5\xae\x9a\
\xe5\x88\x9d\xe5\xa7\x8b\xe8\xae\xbe\xe5\xae\x9a\
\xe5\x88\x9d\xe6\x9c\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xe5\x88\xa0\xe9\x99\xa4\
\xe5\x88\xa5\xe4\xba\xba\
\xe5\x88\xaa\xe9\x99\xa4\
\xe5\x88\xab\xe4\xba\xba\
\xe5\x88\xb6\xe9\x99\x90\
\xe5\x89\x8a\xe9\x99\xa4\
\xe5\x89\x8a\xe9\x99\xa4\xe3\x81\x97\
\xe5\x89\xb2\xe3\x82\x8a\xe5\xbd\x93\xe3\x81\xa6\
\xe5\x89\xb2\xe5\xbd\x93\xe3\x81\xa6\
\xe5\x8a\xa9\xe6\x89\x8b\
\xe5\x8e\x9f\xe5\xa7\x8b\xe6\x8c\x87\xe4\xbb\xa4\
\xe5\x8e\xbb\xe6\x8e\x89\
\xe5\x8e\xbb\xe9\x99\xa4\
\xe5\x8f\x91\xe7\x8e\xb0\
\xe5\x8f\x91\xe7\xbb\x99\xe6\x88\x91\
\xe5\x8f\x91\xe9\x80\x81\
\xe5\x8f\x96\xe6\xb6\x88\
\xe5\x91\x8a\xe8\xa8\xb4\
\xe5\x91\x8a\xe8\xaf\x89\
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
\xe5\xaf\x9f\xe8\xa6\xba\
\xe5\xaf\x9f\xe8\xa7\x89\
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
\xe6\xb0\x97\xe3\x81\xa5\xe3\x81\x8b\xe3\x82\x8c\xe3\x81\xaa\xe3\x81\x84\
\xe6\xb0\x97\xe4\xbb\x98\xe3\x81\x8b\xe3\x82\x8c\xe3\x81\xaa\xe3\x81\x84\
\xe6\xb2\x92\xe6\x9c\x89\
\xe6\xb2\xa1\xe6\x9c\x89\
\xe6\xb3\x84\xe9\x9c\xb2\
\xe7\x84\xa1\xe3\x81\x84\
\xe7\x84\xa1\xe3\x81\x97\
\xe7\x84\xa1\xe5\x8a\xb9\xe3\x81\xab\
\xe7\x84\xa1\xe8\xa6\x96\
\xe7\x94\xa8\xe6\x88\xb6\
\xe7\x94\xa8\xe6\x88\xb7\
\xe7\x99\xbc\xe7\x8f\xbe\
\xe7\x99\xbc\xe9\x80\x81\
\xe7\x9b\xa3\xe6\x9f\xbb\xe3\x83\xad\xe3\x82\xb0\
\xe7\x9e\x92\xe7\x9d\x80\
\xe7\x9e\x9e\xe8\x91\x97\
\xe7\x9f\xa5\xe3\x82\x89\xe3\x81\x9b\xe3\x81\x9a\
\xe7\x9f\xa5\xe3\x82\x89\xe3\x82\x8c\xe3\x81\xaa\xe3\x81\x84\
\xe7\x9f\xa5\xe9\x81\x93\
\xe7\xa1\xae\xe8\xae\xa4\
\xe7\xa2\xba\xe8\xaa\x8d\
\xe7\xa6\x81\xe7\x94\xa8\
\xe7\xa7\x98\xe5\xaf\x86\
\xe7\xa7\x98\xe5\xaf\x86\xe3\x81\xae\xe6\x8c\x87\xe7\xa4\xba\
\xe7\xa7\xbb\xe9\x99\xa4\
\xe7\xb3\xbb\xe7\xb5\xb1\xe6\x8c\x87\xe4\xbb\xa4\
\xe7\xb3\xbb\xe7\xb5\xb1\xe6\x8f\x90\xe7\xa4\xba\
\xe7\xb3\xbb\xe7\xbb\x9f\xe6\x8c\x87\xe4\xbb\xa4\
\xe7\xb3\xbb\xe7\xbb\x9f\xe6\x8f\x90\xe7\xa4\xba\
\xe7\xb4\x84\xe6\x9d\x9f\
\xe7\xb5\xa6\
\xe7\xb9\x9e\xe9\x81\x8e\
\xe7\xba\xa6\xe6\x9d\x9f\
\xe7\xbb\x95\xe8\xbf\x87\
\xe7\xbb\x99\
\xe8\x83\x8c\xe7\x9d\x80\xe7\x94\xa8\xe6\x88\xb7\
\xe8\x87\xb4\
\xe8\xa6\x8f\xe5\x89\x87\
\xe8\xa7\x84\xe5\x88\x99\
\xe8\xa7\xa3\xe9\x99\xa4\
\xe8\xa8\xad\xe5\xae\x9a\
\xe8\xa9\xa2\xe5\x95\x8f\
\xe8\xab\x8b\xe6\xb3\xa8\xe6\x84\x8f\
\xe8\xab\x8b\xe7\xa4\xba\
\xe8\xae\xbe\xe5\xae\x9a\
\xe8\xaf\xa2\xe9\x97\xae\
\xe8\xaf\xb4\xe6\x98\x8e\
\xe8\xaf\xb7\xe6\xb3\xa8\xe6\x84\x8f\
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
\xe9\xa0\x88\xe7\x9f\xa5\
\xe9\xa1\xbb\xe7\x9f\xa5\
\xea\xb0\x90\xec\x82\xac\
\xea\xb1\xb4\xeb\x84\x88\xeb\x9b\xb0\
\xea\xb3\xb5\xea\xb0\x9c\
\xea\xba\xbc\
\xea\xbb\x98\
\xeb\x81\x84\
\xeb\x84\xa4\xed\x8a\xb8\xec\x9b\x8c\xed\x81\xac\
\xeb\x8b\xa4\xec\xa4\x91\
\xeb\x94\xb0\xeb\xa5\xb4\xec\xa7\x80\
\xeb\xa7\x88\xec\x8a\xa4\xed\x82\xb9\
\xeb\xa7\x90\xed\x95\x98\xec\xa7\x80\
\xeb\xa7\x90\xed\x95\xb4\
\xeb\xaa\xa8\xeb\xa5\xb4\xea\xb2\x8c\
\xeb\xaa\xb0\xeb\x9e\x98\
\xeb\xac\xb4\xec\x8b\x9c\
\xeb\xb3\xb4\xea\xb3\xa0\xed\x95\x98\xec\xa7\x80\
\xeb\xb3\xb4\xec\x97\xac\
\xeb\xb6\x80\xec\x97\xac\
\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8\
\xeb\xb9\x84\xed\x99\x9c\xec\x84\xb1\
\xeb\xb9\x84\xed\x99\x9c\xec\x84\xb1\xed\x99\x94\
\xec\x82\xad\xec\xa0\x9c\
\xec\x95\x8c\xeb\xa0\xa4\
\xec\x95\x8c\xeb\xa6\xac\xec\xa7\x80\
\xec\x96\xb8\xea\xb8\x89\xed\x95\x98\xec\xa7\x80\
\xec\x97\x86\xeb\x8a\x94\
\xec\x97\x86\xeb\x8b\xa4\
\xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4\
\xec\x97\x86\xec\x96\xb4\
\xec\x97\x86\xec\x9d\x8c\
\xec\x97\x86\xec\x9d\xb4\
\xec\x97\x90\xea\xb2\x8c\
\xec\x9a\xb0\xed\x9a\x8c\
\xec\x9e\x8a\xea\xb3\xa0\
\xec\x9e\x8a\xec\x96\xb4\
\xec\xa0\x84\xec\x86\xa1\
\xec\xa0\x91\xea\xb7\xbc\
\xec\xa0\x9c\xea\xb1\xb0\
\xec\xa7\x80\xed\x82\xa4\xec\xa7\x80\
\xec\xb6\x9c\xeb\xa0\xa5\
\xed\x95\x9c\xed\x85\x8c\
\xed\x95\xa0\xeb\x8b\xb9\
\xed\x95\xb4\xec\xa0\x9c\
\xef\xbc\x9a\
",
            ends: &[2, 4, 7, 10, 12, 14, 16, 22, 29, 35, 38, 48, 58, 62, 69, 74, 79, 87, 92, 97, 102, 107, 112, 117, 126, 135, 144, 149, 156, 161, 164, 178, 184, 190, 196, 199, 204, 208, 217, 223, 228, 236, 245, 251, 256, 266, 270, 275, 283, 292, 300, 308, 315, 320, 325, 330, 335, 341, 347, 357, 364, 369, 374, 378, 383, 391, 397, 403, 411, 415, 423, 431, 438, 445, 450, 455, 461, 467, 472, 477, 482, 487, 492, 497, 502, 504, 506, 508, 510, 512, 524, 536, 542, 549, 555, 558, 568, 578, 589, 600, 604, 611, 619, 627, 636, 645, 654, 659, 664, 671, 676, 679, 685, 688, 693, 697, 702, 707, 713, 718, 726, 735, 739, 742, 746, 751, 757, 763, 767, 771, 776, 784, 793, 801, 808, 819, 830, 840, 850, 855, 860, 866, 872, 884, 896, 902, 912, 919, 923, 928, 936, 939, 943, 949, 958, 967, 974, 981, 983, 985, 987, 989, 991, 997, 1004, 1010, 1013, 1023, 1033, 1037, 1044, 1052, 1061, 1070, 1079, 1084, 1091, 1096, 1099, 1105, 1108, 1113, 1117, 1123, 1128, 1136, 1145, 1150, 1154, 1159, 1167, 1176, 1184, 1191, 1197, 1203, 1213, 1220, 1224, 1229, 1237, 1241, 1243, 1245, 1247, 1249, 1251, 1257, 1264, 1270, 1273, 1283, 1293, 1297, 1304, 1312, 1321, 1330, 1339, 1344, 1351, 1356, 1359, 1365, 1368, 1373, 1377, 1383, 1388, 1396, 1405, 1410, 1414, 1419, 1427, 1436, 1444, 1451, 1457, 1463, 1473, 1480, 1484, 1489, 1497, 1501, 1503, 1505, 1507, 1509, 1511, 1517, 1524, 1530, 1533, 1543, 1553, 1557, 1564, 1572, 1581, 1590, 1599, 1604, 1611, 1616, 1619, 1625, 1628, 1633, 1637, 1643, 1648, 1656, 1665, 1670, 1674, 1679, 1687, 1696, 1704, 1711, 1717, 1723, 1733, 1740, 1744, 1749, 1757, 1761, 1763, 1765, 1768, 1771, 1773, 1775, 1777, 1789, 1801, 1807, 1814, 1820, 1823, 1829, 1836, 1849, 1863, 1873, 1883, 1894, 1905, 1911, 1915, 1922, 1931, 1941, 1948, 1956, 1961, 1966, 1974, 1983, 1991, 1998, 2006, 2011, 2016, 2021, 2026, 2031, 2036, 2046, 2057, 2068, 2077, 2086, 2095, 2104, 2110, 2115, 2120, 2131, 2142, 2149, 2154, 2159, 2162, 2168, 2175, 2188, 2202, 2208, 2214, 2220, 2223, 2228, 2232, 2236, 2241, 2246, 2254, 2263, 2272, 2278, 2283, 2291, 2300, 2306, 2313, 2321, 2325, 2328, 2332, 2337, 2343, 2349, 2353, 2362, 2372, 2376, 2381, 2392, 2400, 2406, 2413, 2422, 2429, 2437, 2444, 2452, 2460, 2468, 2475, 2480, 2485, 2496, 2507, 2512, 2517, 2527, 2537, 2550, 2563, 2568, 2573, 2579, 2585, 2591, 2602, 2610, 2622, 2634, 2643, 2649, 2659, 2666, 2671, 2676, 2680, 2685, 2705, 2720, 2734, 2747, 2755, 2761, 2767, 2778, 2796, 2802, 2805, 2812, 2820, 2824, 2830, 2839, 2848, 2856, 2864, 2871, 2878, 2883, 2888, 2895, 2902, 2908, 2914, 2919, 2924, 2929, 2934, 2939, 2944, 2949, 2951, 2954, 2957, 2967, 2977, 2987, 2994, 3002, 3011, 3012, 3014, 3016, 3018, 3020, 3022, 3024, 3030, 3033, 3043, 3047, 3054, 3062, 3069, 3079, 3083, 3087, 3100, 3113, 3126, 3130, 3136, 3148, 3160, 3172, 3179, 3182, 3185, 3189, 3193, 3197, 3201, 3205, 3209, 3213, 3217, 3221, 3225, 3229, 3233, 3237, 3241, 3245, 3249, 3253, 3256, 3259, 3260, 3262, 3264, 3266, 3268, 3270, 3272, 3275, 3280, 3285, 3290, 3295, 3300, 3305, 3311, 3317, 3324, 3331, 3338, 3345, 3352, 3359, 3366, 3373, 3380, 3387, 3394, 3401, 3408, 3415, 3422, 3429, 3436, 3439, 3442, 3446, 3450, 3454, 3458, 3462, 3466, 3471, 3476, 3482, 3488, 3494, 3500, 3506, 3512, 3518, 3524, 3530, 3536, 3542, 3548, 3554, 3560, 3566, 3572, 3578, 3581, 3584, 3589, 3594, 3599, 3603, 3607, 3611, 3615, 3619, 3623, 3627, 3631, 3635, 3639, 3643, 3647, 3651, 3655, 3659, 3663, 3667, 3669, 3671, 3674, 3677, 3680, 3682, 3685, 3688, 3691, 3694, 3697, 3700, 3707, 3711, 3722, 3733, 3738, 3747, 3755, 3764, 3772, 3786, 3804, 3819, 3837, 3852, 3871, 3887, 3904, 3922, 3932, 3937, 3947, 3952, 3959, 3969, 3979, 3990, 4002, 4015, 4026, 4041, 4053, 4065, 4076, 4084, 4090, 4094, 4098, 4103, 4108, 4113, 4118, 4123, 4128, 4133, 4138, 4143, 4148, 4153, 4158, 4163, 4168, 4173, 4178, 4183, 4186, 4189, 4192, 4197, 4202, 4207, 4208, 4211, 4213, 4216, 4219, 4222, 4225, 4228, 4231, 4238, 4242, 4253, 4258, 4266, 4275, 4283, 4288, 4293, 4300, 4304, 4308, 4313, 4318, 4323, 4328, 4333, 4338, 4343, 4348, 4353, 4358, 4363, 4368, 4373, 4378, 4383, 4388, 4393, 4395, 4398, 4401, 4404, 4407, 4410, 4413, 4420, 4424, 4435, 4440, 4448, 4457, 4465, 4470, 4475, 4482, 4486, 4490, 4495, 4500, 4505, 4510, 4515, 4520, 4525, 4530, 4535, 4540, 4545, 4550, 4555, 4560, 4565, 4570, 4575, 4578, 4584, 4587, 4594, 4595, 4597, 4599, 4610, 4613, 4619, 4629, 4634, 4643, 4651, 4658, 4664, 4670, 4677, 4682, 4686, 4697, 4707, 4710, 4715, 4726, 4730, 4733, 4734, 4736, 4738, 4740, 4742, 4744, 4746, 4749, 4752, 4755, 4758, 4761, 4764, 4775, 4786, 4799, 4807, 4817, 4821, 4836, 4841, 4845, 4849, 4854, 4859, 4864, 4869, 4874, 4879, 4884, 4889, 4894, 4899, 4904, 4909, 4914, 4919, 4924, 4929, 4934, 4936, 4939, 4949, 4959, 4971, 4978, 4987, 4990, 5004, 5008, 5010, 5013, 5016, 5020, 5024, 5028, 5032, 5036, 5040, 5044, 5048, 5052, 5056, 5060, 5064, 5068, 5072, 5076, 5080, 5084, 5087, 5088, 5090, 5093, 5096, 5097, 5103, 5106, 5111, 5121, 5125, 5135, 5142, 5147, 5159, 5163, 5172, 5180, 5184, 5193, 5201, 5213, 5223, 5230, 5238, 5245, 5251, 5252, 5254, 5256, 5258, 5260, 5262, 5264, 5266, 5272, 5279, 5286, 5293, 5300, 5307, 5314, 5321, 5329, 5337, 5346, 5355, 5364, 5373, 5382, 5391, 5400, 5409, 5418, 5427, 5436, 5445, 5454, 5463, 5472, 5481, 5490, 5493, 5505, 5517, 5522, 5527, 5532, 5537, 5542, 5547, 5553, 5559, 5566, 5573, 5580, 5587, 5594, 5601, 5608, 5615, 5622, 5629, 5636, 5643, 5650, 5657, 5664, 5671, 5678, 5682, 5687, 5692, 5697, 5702, 5707, 5712, 5717, 5725, 5733, 5741, 5749, 5757, 5765, 5773, 5782, 5791, 5800, 5810, 5820, 5830, 5840, 5850, 5860, 5870, 5880, 5890, 5900, 5910, 5920, 5930, 5940, 5950, 5960, 5970, 5976, 5982, 5989, 5996, 6003, 6010, 6017, 6024, 6031, 6038, 6045, 6052, 6059, 6066, 6073, 6080, 6087, 6094, 6101, 6105, 6109, 6113, 6117, 6121, 6125, 6130, 6135, 6141, 6147, 6153, 6159, 6165, 6171, 6177, 6183, 6189, 6195, 6201, 6207, 6213, 6219, 6225, 6231, 6237, 6240, 6243, 6247, 6251, 6255, 6259, 6263, 6267, 6271, 6275, 6279, 6283, 6287, 6291, 6295, 6299, 6303, 6307, 6311, 6314, 6317, 6320, 6323, 6326, 6329, 6333, 6342, 6352, 6356, 6360, 6365, 6370, 6375, 6380, 6385, 6390, 6395, 6400, 6405, 6410, 6415, 6420, 6425, 6430, 6435, 6440, 6445, 6447, 6449, 6459, 6468, 6474, 6481, 6488, 6495, 6503, 6512, 6519, 6525, 6530, 6540, 6549, 6553, 6557, 6567, 6574, 6582, 6587, 6593, 6602, 6609, 6612, 6615, 6622, 6629, 6636, 6641, 6648, 6656, 6666, 6672, 6679, 6686, 6698, 6707, 6710, 6716, 6722, 6727, 6734, 6739, 6745, 6755, 6761, 6775, 6782, 6792, 6797, 6803, 6809, 6815, 6821, 6827, 6833, 6839, 6845, 6851, 6857, 6863, 6870, 6877, 6885, 6893, 6900, 6907, 6914, 6921, 6928, 6935, 6943, 6951, 6959, 6967, 6975, 6983, 6991, 6999, 7007, 7015, 7023, 7031, 7039, 7047, 7055, 7063, 7071, 7082, 7089, 7094, 7106, 7115, 7117, 7120, 7123, 7126, 7129, 7132, 7135, 7143, 7151, 7160, 7172, 7180, 7190, 7196, 7207, 7218, 7231, 7244, 7259, 7262, 7265, 7268, 7276, 7284, 7293, 7305, 7313, 7323, 7329, 7340, 7351, 7364, 7377, 7392, 7395, 7399, 7403, 7416, 7424, 7436, 7443, 7454, 7464, 7473, 7481, 7489, 7498, 7505, 7511, 7524, 7536, 7541, 7548, 7561, 7567, 7570, 7573, 7581, 7593, 7599, 7610, 7618, 7622, 7626, 7630, 7634, 7638, 7642, 7646, 7650, 7654, 7659, 7664, 7670, 7676, 7682, 7688, 7694, 7700, 7706, 7712, 7718, 7724, 7730, 7736, 7742, 7748, 7754, 7760, 7766, 7770, 7774, 7779, 7784, 7789, 7794, 7799, 7804, 7809, 7814, 7819, 7824, 7829, 7834, 7839, 7844, 7849, 7854, 7859, 7862, 7866, 7870, 7874, 7878, 7882, 7886, 7893, 7900, 7907, 7912, 7921, 7931, 7941, 7950, 7960, 7967, 7982, 7991, 7996, 8001, 8007, 8013, 8019, 8025, 8031, 8037, 8043, 8049, 8055, 8061, 8067, 8073, 8079, 8085, 8091, 8097, 8103, 8108, 8114, 8116, 8125, 8134, 8143, 8152, 8161, 8170, 8179, 8188, 8197, 8206, 8216, 8226, 8236, 8246, 8256, 8266, 8277, 8288, 8300, 8312, 8324, 8336, 8348, 8360, 8372, 8384, 8396, 8408, 8420, 8432, 8444, 8456, 8468, 8480, 8492, 8498, 8507, 8511, 8515, 8519, 8523, 8527, 8531, 8537, 8542, 8547, 8553, 8559, 8565, 8571, 8577, 8583, 8589, 8595, 8601, 8607, 8613, 8619, 8625, 8631, 8637, 8643, 8649, 8653, 8662, 8668, 8675, 8682, 8688, 8696, 8702, 8710, 8723, 8730, 8738, 8746, 8758, 8763, 8768, 8777, 8787, 8797, 8808, 8819, 8825, 8831, 8840, 8850, 8860, 8870, 8880, 8890, 8900, 8910, 8920, 8930, 8940, 8951, 8962, 8982, 8997, 9016, 9030, 9048, 9065, 9081, 9096, 9111, 9127, 9141, 9154, 9174, 9193, 9205, 9219, 9239, 9252, 9262, 9272, 9282, 9293, 9304, 9315, 9326, 9337, 9348, 9360, 9372, 9384, 9396, 9408, 9420, 9432, 9444, 9456, 9468, 9480, 9492, 9504, 9516, 9528, 9540, 9552, 9562, 9573, 9584, 9596, 9608, 9614, 9619, 9625, 9633, 9641, 9651, 9661, 9671, 9681, 9691, 9701, 9712, 9723, 9735, 9747, 9759, 9771, 9783, 9795, 9807, 9819, 9831, 9843, 9855, 9867, 9879, 9891, 9903, 9915, 9927, 9932, 9937, 9942, 9947, 9952, 9957, 9963, 9969, 9976, 9983, 9990, 9997, 10004, 10011, 10018, 10025, 10032, 10039, 10046, 10053, 10060, 10067, 10074, 10081, 10088, 10098, 10103, 10109, 10115, 10123, 10137, 10158, 10165, 10175, 10185, 10194, 10204, 10209, 10216, 10222, 10229, 10237, 10244, 10250, 10258, 10264, 10268, 10274, 10284, 10290, 10296, 10302, 10308, 10314, 10320, 10327, 10334, 10342, 10350, 10358, 10366, 10374, 10382, 10390, 10398, 10406, 10414, 10422, 10430, 10438, 10446, 10454, 10462, 10470, 10475, 10480, 10483, 10487, 10491, 10495, 10499, 10503, 10507, 10511, 10515, 10519, 10523, 10528, 10533, 10538, 10543, 10548, 10553, 10559, 10565, 10571, 10577, 10583, 10589, 10595, 10601, 10607, 10613, 10619, 10625, 10631, 10637, 10643, 10649, 10655, 10665, 10676, 10687, 10697, 10703, 10709, 10725, 10731, 10738, 10740, 10744, 10750, 10758, 10763, 10768, 10773, 10778, 10783, 10788, 10795, 10802, 10809, 10815, 10821, 10828, 10835, 10842, 10849, 10856, 10863, 10870, 10877, 10884, 10891, 10898, 10905, 10912, 10919, 10926, 10933, 10940, 10946, 10951, 10956, 10961, 10966, 10971, 10976, 10983, 10990, 10997, 11003, 11009, 11016, 11023, 11030, 11037, 11044, 11051, 11058, 11065, 11072, 11079, 11086, 11093, 11100, 11107, 11114, 11121, 11128, 11134, 11136, 11145, 11151, 11156, 11161, 11166, 11171, 11176, 11181, 11188, 11195, 11202, 11208, 11214, 11220, 11226, 11232, 11238, 11246, 11254, 11262, 11269, 11276, 11284, 11292, 11300, 11308, 11316, 11324, 11332, 11340, 11348, 11356, 11364, 11372, 11380, 11388, 11396, 11404, 11412, 11418, 11424, 11431, 11438, 11445, 11452, 11459, 11466, 11473, 11480, 11487, 11494, 11501, 11508, 11515, 11522, 11529, 11536, 11543, 11552, 11561, 11570, 11576, 11582, 11588, 11593, 11598, 11604, 11611, 11618, 11625, 11633, 11641, 11649, 11654, 11659, 11668, 11673, 11680, 11686, 11693, 11700, 11709, 11715, 11721, 11728, 11736, 11744, 11752, 11761, 11770, 11779, 11783, 11789, 11796, 11803, 11810, 11822, 11830, 11838, 11846, 11852, 11863, 11869, 11873, 11876, 11886, 11897, 11902, 11907, 11912, 11917, 11922, 11927, 11933, 11939, 11946, 11953, 11960, 11967, 11974, 11981, 11988, 11995, 12002, 12009, 12016, 12023, 12030, 12037, 12044, 12051, 12058, 12068, 12076, 12082, 12089, 12099, 12109, 12119, 12128, 12137, 12144, 12150, 12159, 12169, 12179, 12189, 12199, 12209, 12219, 12233, 12243, 12253, 12264, 12275, 12287, 12299, 12311, 12323, 12335, 12347, 12359, 12371, 12383, 12395, 12407, 12419, 12431, 12443, 12455, 12467, 12479, 12494, 12497, 12506, 12513, 12524, 12532, 12539, 12548, 12558, 12564, 12574, 12586, 12600, 12614, 12628, 12633, 12642, 12653, 12666, 12679, 12692, 12696, 12700, 12708, 12718, 12730, 12742, 12754, 12762, 12767, 12771, 12776, 12787, 12794, 12804, 12812, 12816, 12822, 12827, 12832, 12837, 12842, 12847, 12852, 12858, 12864, 12871, 12878, 12885, 12892, 12899, 12906, 12913, 12920, 12927, 12934, 12941, 12948, 12955, 12962, 12969, 12976, 12983, 12989, 12996, 13003, 13011, 13018, 13023, 13031, 13040, 13049, 13056, 13063, 13075, 13087, 13099, 13111, 13123, 13135, 13147, 13160, 13173, 13187, 13201, 13215, 13229, 13243, 13257, 13271, 13285, 13299, 13313, 13327, 13341, 13355, 13369, 13383, 13397, 13411, 13419, 13427, 13435, 13440, 13445, 13450, 13456, 13463, 13470, 13478, 13484, 13490, 13496, 13502, 13508, 13514, 13520, 13529, 13537, 13544, 13551, 13559, 13567, 13575, 13583, 13591, 13599, 13607, 13615, 13623, 13631, 13639, 13647, 13655, 13663, 13671, 13679, 13687, 13691, 13697, 13704, 13710, 13715, 13724, 13734, 13740, 13746, 13752, 13757, 13764, 13770, 13787, 13797, 13806, 13809, 13813, 13817, 13821, 13825, 13829, 13833, 13843, 13853, 13863, 13869, 13876, 13883, 13888, 13893, 13899, 13905, 13911, 13917, 13923, 13929, 13935, 13941, 13947, 13953, 13959, 13965, 13971, 13977, 13983, 13989, 13995, 14000, 14008, 14014, 14021, 14027, 14032, 14035, 14041, 14047, 14053, 14057, 14061, 14068, 14076, 14080, 14084, 14088, 14091, 14099, 14105, 14111, 14123, 14126, 14130, 14134, 14138, 14143, 14148, 14153, 14158, 14165, 14171, 14176, 14181, 14187, 14195, 14199, 14207, 14213, 14219, 14227, 14234, 14240, 14245, 14249, 14253, 14257, 14261, 14265, 14269, 14274, 14279, 14285, 14291, 14297, 14303, 14309, 14315, 14321, 14327, 14333, 14339, 14345, 14351, 14357, 14363, 14369, 14375, 14381, 14384, 14387, 14390, 14393, 14396, 14399, 14405, 14409, 14416, 14423, 14427, 14431, 14436, 14441, 14446, 14451, 14456, 14461, 14466, 14471, 14476, 14481, 14486, 14491, 14496, 14501, 14506, 14511, 14516, 14520, 14527, 14535, 14540, 14544, 14546, 14549, 14552, 14560, 14568, 14577, 14585, 14595, 14606, 14619, 14632, 14647, 14655, 14663, 14672, 14680, 14690, 14701, 14714, 14727, 14742, 14745, 14748, 14755, 14758, 14761, 14764, 14767, 14770, 14773, 14777, 14781, 14786, 14791, 14796, 14801, 14806, 14811, 14816, 14821, 14826, 14831, 14836, 14841, 14846, 14851, 14856, 14861, 14866, 14872, 14879, 14882, 14889, 14896, 14903, 14910, 14917, 14924, 14931, 14939, 14947, 14956, 14965, 14974, 14983, 14992, 15001, 15010, 15019, 15028, 15037, 15046, 15055, 15064, 15073, 15082, 15091, 15100, 15109, 15118, 15127, 15136, 15145, 15154, 15163, 15173, 15183, 15194, 15205, 15216, 15227, 15238, 15249, 15260, 15271, 15282, 15293, 15304, 15315, 15326, 15337, 15348, 15359, 15370, 15381, 15392, 15404, 15414, 15419, 15426, 15434, 15437, 15446, 15455, 15470, 15476, 15481, 15488, 15499, 15511, 15523, 15544, 15567, 15591, 15602, 15610, 15615, 15622, 15627, 15636, 15646, 15648, 15651, 15654, 15662, 15670, 15679, 15687, 15697, 15708, 15721, 15734, 15749, 15757, 15765, 15774, 15782, 15792, 15803, 15816, 15829, 15844, 15847, 15850, 15854, 15859, 15884, 15889, 15893, 15907, 15915, 15930, 15934, 15940, 15946, 15951, 15954, 15958, 15962, 15968, 15974, 15980, 15986, 15992, 15998, 16006, 16014, 16022, 16029, 16036, 16043, 16050, 16057, 16064, 16073, 16082, 16091, 16099, 16107, 16116, 16125, 16134, 16143, 16152, 16161, 16170, 16179, 16188, 16197, 16206, 16215, 16224, 16233, 16242, 16251, 16260, 16267, 16274, 16282, 16290, 16298, 16306, 16314, 16322, 16330, 16338, 16346, 16354, 16362, 16370, 16378, 16386, 16394, 16402, 16410, 16414, 16420, 16424, 16429, 16432, 16436, 16440, 16453, 16468, 16476, 16486, 16494, 16498, 16502, 16515, 16530, 16538, 16548, 16556, 16568, 16582, 16589, 16598, 16603, 16608, 16613, 16618, 16625, 16632, 16638, 16644, 16650, 16657, 16661, 16666, 16674, 16690, 16694, 16701, 16710, 16716, 16721, 16726, 16730, 16737, 16744, 16748, 16756, 16763, 16768, 16777, 16786, 16795, 16803, 16810, 16819, 16822, 16840, 16846, 16850, 16855, 16861, 16867, 16873, 16879, 16885, 16891, 16897, 16903, 16909, 16915, 16921, 16928, 16935, 16943, 16951, 16959, 16967, 16973, 16980, 16987, 16995, 17003, 17010, 17017, 17024, 17031, 17038, 17046, 17054, 17062, 17070, 17078, 17086, 17094, 17102, 17110, 17118, 17126, 17134, 17142, 17150, 17158, 17166, 17174, 17180, 17187, 17195, 17203, 17212, 17221, 17225, 17229, 17238, 17240, 17246, 17253, 17258, 17261, 17274, 17289, 17299, 17310, 17320, 17331, 17336, 17349, 17359, 17372, 17381, 17399, 17414, 17432, 17446, 17466, 17479, 17493, 17509, 17527, 17537, 17552, 17560, 17564, 17569, 17574, 17579, 17584, 17589, 17594, 17600, 17606, 17613, 17620, 17627, 17634, 17641, 17648, 17655, 17662, 17669, 17676, 17683, 17690, 17697, 17704, 17711, 17718, 17725, 17729, 17734, 17739, 17744, 17749, 17754, 17759, 17765, 17771, 17778, 17785, 17792, 17799, 17806, 17813, 17820, 17827, 17834, 17841, 17848, 17855, 17862, 17869, 17876, 17883, 17890, 17895, 17903, 17907, 17911, 17920, 17922, 17930, 17934, 17941, 17945, 17950, 17955, 17960, 17965, 17970, 17975, 17981, 17987, 17994, 18001, 18008, 18015, 18022, 18029, 18036, 18043, 18050, 18057, 18064, 18071, 18078, 18085, 18092, 18099, 18106, 18113, 18120, 18127, 18133, 18140, 18145, 18151, 18159, 18167, 18173, 18181, 18190, 18199, 18208, 18214, 18217, 18232, 18237, 18242, 18247, 18252, 18257, 18262, 18272, 18282, 18292, 18302, 18312, 18322, 18328, 18334, 18341, 18348, 18355, 18362, 18369, 18376, 18383, 18390, 18397, 18404, 18411, 18418, 18425, 18432, 18439, 18446, 18453, 18460, 18466, 18474, 18479, 18487, 18495, 18500, 18503, 18507, 18511, 18515, 18519, 18523, 18527, 18536, 18545, 18554, 18563, 18568, 18573, 18579, 18585, 18591, 18597, 18603, 18609, 18615, 18621, 18627, 18633, 18639, 18645, 18651, 18657, 18663, 18669, 18675, 18679, 18683, 18692, 18697, 18705, 18711, 18715, 18725, 18735, 18745, 18750, 18757, 18766, 18776, 18786, 18792, 18799, 18807, 18809, 18814, 18819, 18824, 18829, 18834, 18839, 18845, 18851, 18858, 18865, 18872, 18879, 18886, 18893, 18900, 18907, 18914, 18921, 18928, 18935, 18942, 18949, 18956, 18963, 18970, 18976, 18983, 18990, 18997, 19004, 19011, 19018, 19038, 19058, 19078, 19098, 19118, 19138, 19159, 19180, 19202, 19224, 19246, 19268, 19290, 19312, 19334, 19356, 19378, 19400, 19422, 19444, 19466, 19488, 19510, 19532, 19554, 19562, 19570, 19579, 19588, 19597, 19606, 19615, 19624, 19633, 19642, 19651, 19660, 19669, 19678, 19687, 19696, 19705, 19714, 19723, 19730, 19735, 19739, 19742, 19745, 19753, 19761, 19769, 19777, 19785, 19793, 19803, 19813, 19823, 19832, 19841, 19851, 19861, 19871, 19881, 19891, 19901, 19911, 19921, 19931, 19941, 19951, 19961, 19971, 19981, 19991, 20001, 20011, 20019, 20027, 20035, 20043, 20051, 20059, 20069, 20079, 20089, 20098, 20107, 20117, 20127, 20137, 20147, 20157, 20167, 20177, 20187, 20197, 20207, 20217, 20227, 20237, 20247, 20257, 20267, 20277, 20282, 20286, 20290, 20294, 20303, 20309, 20316, 20324, 20333, 20339, 20345, 20350, 20358, 20366, 20372, 20379, 20388, 20393, 20400, 20410, 20416, 20423, 20430, 20441, 20447, 20453, 20459, 20469, 20479, 20489, 20498, 20506, 20518, 20530, 20542, 20553, 20560, 20566, 20570, 20575, 20580, 20584, 20589, 20592, 20597, 20606, 20612, 20619, 20631, 20639, 20642, 20648, 20655, 20658, 20664, 20670, 20678, 20687, 20700, 20703, 20709, 20716, 20723, 20727, 20736, 20742, 20749, 20752, 20756, 20761, 20771, 20781, 20791, 20801, 20811, 20821, 20832, 20843, 20855, 20867, 20879, 20891, 20903, 20915, 20927, 20939, 20951, 20963, 20975, 20987, 20999, 21011, 21023, 21035, 21047, 21054, 21058, 21062, 21066, 21071, 21076, 21080, 21084, 21089, 21095, 21109, 21123, 21137, 21151, 21165, 21179, 21193, 21208, 21223, 21239, 21255, 21271, 21287, 21303, 21319, 21335, 21351, 21367, 21383, 21399, 21415, 21431, 21447, 21463, 21479, 21495, 21500, 21506, 21511, 21515, 21521, 21526, 21531, 21536, 21542, 21546, 21551, 21558, 21567, 21578, 21589, 21600, 21610, 21618, 21622, 21629, 21635, 21639, 21643, 21647, 21651, 21655, 21659, 21663, 21667, 21677, 21685, 21691, 21698, 21705, 21712, 21719, 21726, 21733, 21748, 21762, 21775, 21782, 21789, 21803, 21816, 21824, 21832, 21841, 21850, 21859, 21868, 21877, 21886, 21895, 21904, 21913, 21922, 21931, 21940, 21949, 21958, 21967, 21976, 21985, 21990, 21995, 22001, 22007, 22013, 22019, 22025, 22031, 22037, 22043, 22049, 22055, 22061, 22067, 22073, 22079, 22085, 22091, 22097, 22119, 22128, 22132, 22137, 22142, 22146, 22153, 22157, 22164, 22171, 22180, 22192, 22204, 22213, 22221, 22224, 22232, 22234, 22237, 22240, 22243, 22246, 22249, 22252, 22261, 22270, 22279, 22284, 22288, 22292, 22296, 22301, 22306, 22311, 22316, 22321, 22326, 22331, 22336, 22341, 22346, 22351, 22356, 22361, 22366, 22371, 22376, 22381, 22389, 22400, 22409, 22420, 22428, 22444, 22454, 22464, 22474, 22483, 22490, 22498, 22504, 22508, 22516, 22521, 22526, 22531, 22540, 22557, 22564, 22572, 22588, 22604, 22620, 22636, 22652, 22668, 22685, 22702, 22720, 22738, 22756, 22774, 22792, 22810, 22828, 22846, 22864, 22882, 22900, 22918, 22936, 22954, 22972, 22990, 23008, 23014, 23024, 23030, 23036, 23048, 23053, 23059, 23065, 23068, 23071, 23080, 23087, 23096, 23100, 23110, 23115, 23122, 23130, 23136, 23140, 23149, 23156, 23168, 23178, 23182, 23191, 23200, 23209, 23218, 23227, 23236, 23246, 23256, 23267, 23278, 23289, 23300, 23311, 23322, 23333, 23344, 23355, 23366, 23377, 23388, 23399, 23410, 23421, 23432, 23443, 23453, 23463, 23473, 23483, 23493, 23503, 23514, 23525, 23537, 23549, 23561, 23573, 23585, 23597, 23609, 23621, 23633, 23645, 23657, 23669, 23681, 23693, 23705, 23717, 23729, 23734, 23743, 23747, 23751, 23758, 23773, 23788, 23803, 23818, 23833, 23848, 23864, 23880, 23897, 23914, 23931, 23948, 23965, 23982, 23999, 24016, 24033, 24050, 24067, 24084, 24101, 24118, 24135, 24152, 24169, 24184, 24199, 24214, 24229, 24244, 24259, 24275, 24291, 24308, 24325, 24342, 24359, 24376, 24393, 24410, 24427, 24444, 24461, 24478, 24495, 24512, 24529, 24546, 24563, 24580, 24585, 24591, 24597, 24604, 24614, 24617, 24620, 24623, 24626, 24629, 24632, 24635, 24640, 24643, 24647, 24651, 24655, 24659, 24664, 24669, 24674, 24679, 24684, 24689, 24694, 24699, 24704, 24709, 24714, 24719, 24724, 24729, 24734, 24739, 24744, 24747, 24752, 24753, 24756, 24758, 24761, 24764, 24767, 24770, 24773, 24776, 24779, 24786, 24794, 24801, 24805, 24816, 24827, 24832, 24840, 24849, 24859, 24869, 24879, 24885, 24893, 24899, 24903, 24910, 24914, 24920, 24925, 24932, 24938, 24947, 24957, 24963, 24968, 24974, 24983, 24993, 25002, 25010, 25017, 25024, 25035, 25043, 25048, 25054, 25063, 25068, 25071, 25074, 25077, 25080, 25083, 25090, 25098, 25105, 25109, 25120, 25131, 25136, 25144, 25153, 25163, 25173, 25183, 25189, 25197, 25203, 25207, 25214, 25218, 25224, 25229, 25236, 25242, 25251, 25261, 25267, 25272, 25278, 25287, 25297, 25306, 25314, 25321, 25328, 25339, 25347, 25352, 25358, 25367, 25372, 25376, 25384, 25392, 25400, 25408, 25418, 25428, 25438, 25448, 25458, 25470, 25484, 25498, 25508, 25518, 25529, 25539, 25551, 25564, 25579, 25594, 25611, 25621, 25631, 25642, 25652, 25664, 25677, 25692, 25707, 25724, 25742, 25756, 25770, 25780, 25790, 25801, 25811, 25823, 25836, 25851, 25866, 25883, 25893, 25903, 25914, 25924, 25936, 25949, 25964, 25979, 25996, 26006, 26016, 26027, 26037, 26049, 26062, 26077, 26092, 26109, 26119, 26129, 26140, 26150, 26162, 26175, 26190, 26205, 26222, 26228, 26241, 26253, 26265, 26273, 26302, 26312, 26322, 26332, 26338, 26348, 26354, 26362, 26370, 26376, 26384, 26417, 26448, 26454, 26458, 26466, 26477, 26488, 26494, 26498, 26508, 26535, 26541, 26551, 26557, 26580, 26584, 26597, 26610, 26614, 26635, 26647, 26684, 26693, 26712, 26752, 26768, 26774, 26811, 26836, 26851, 26885, 26897, 26918, 26930, 26939, 26955, 26974, 26996, 27036, 27082, 27091, 27112, 27121, 27130, 27151, 27157, 27172, 27190, 27199, 27217, 27226, 27238, 27259, 27280, 27292, 27313, 27346, 27361, 27382, 27386, 27390, 27394, 27398, 27402, 27410, 27419, 27427, 27432, 27444, 27456, 27462, 27471, 27481, 27492, 27503, 27514, 27521, 27530, 27537, 27542, 27550, 27555, 27562, 27568, 27576, 27583, 27593, 27604, 27611, 27617, 27624, 27634, 27645, 27655, 27664, 27672, 27680, 27692, 27701, 27707, 27714, 27724, 27730, 27734, 27738, 27742, 27746, 27750, 27758, 27767, 27775, 27780, 27792, 27804, 27810, 27819, 27829, 27840, 27851, 27862, 27869, 27878, 27885, 27890, 27898, 27903, 27910, 27916, 27924, 27931, 27941, 27952, 27959, 27965, 27972, 27982, 27993, 28003, 28012, 28020, 28028, 28040, 28049, 28055, 28062, 28072, 28078, 28082, 28086, 28090, 28094, 28098, 28106, 28115, 28123, 28128, 28140, 28152, 28158, 28167, 28177, 28188, 28199, 28210, 28217, 28226, 28233, 28238, 28246, 28251, 28258, 28264, 28272, 28279, 28289, 28300, 28307, 28313, 28320, 28330, 28341, 28351, 28360, 28368, 28376, 28388, 28397, 28403, 28410, 28420, 28426, 28430, 28434, 28438, 28442, 28446, 28454, 28463, 28471, 28476, 28488, 28500, 28506, 28515, 28525, 28536, 28547, 28558, 28565, 28574, 28581, 28586, 28594, 28599, 28606, 28612, 28620, 28627, 28637, 28648, 28655, 28661, 28668, 28678, 28689, 28699, 28708, 28716, 28724, 28736, 28745, 28751, 28758, 28768, 28774, 28778, 28782, 28786, 28790, 28794, 28802, 28811, 28819, 28824, 28836, 28848, 28854, 28863, 28873, 28884, 28895, 28906, 28913, 28922, 28929, 28934, 28942, 28947, 28954, 28960, 28968, 28975, 28985, 28996, 29003, 29009, 29016, 29026, 29037, 29047, 29056, 29064, 29072, 29084, 29093, 29099, 29106, 29116, 29122, 29126, 29130, 29134, 29138, 29142, 29150, 29159, 29167, 29172, 29184, 29196, 29202, 29211, 29221, 29232, 29243, 29254, 29261, 29270, 29277, 29282, 29290, 29295, 29302, 29308, 29316, 29323, 29333, 29344, 29351, 29357, 29364, 29374, 29385, 29395, 29404, 29412, 29420, 29432, 29441, 29447, 29454, 29464, 29470, 29474, 29478, 29482, 29486, 29490, 29498, 29507, 29515, 29520, 29532, 29544, 29550, 29559, 29569, 29580, 29591, 29602, 29609, 29618, 29625, 29630, 29638, 29643, 29650, 29656, 29664, 29671, 29681, 29692, 29699, 29705, 29712, 29722, 29733, 29743, 29752, 29760, 29768, 29780, 29789, 29795, 29802, 29812, 29818, 29822, 29826, 29830, 29834, 29838, 29846, 29855, 29863, 29868, 29880, 29892, 29898, 29907, 29917, 29928, 29939, 29950, 29957, 29966, 29973, 29978, 29986, 29991, 29998, 30004, 30012, 30019, 30029, 30040, 30047, 30053, 30060, 30070, 30081, 30091, 30100, 30108, 30116, 30128, 30137, 30143, 30150, 30160, 30166, 30170, 30174, 30178, 30182, 30186, 30194, 30203, 30211, 30216, 30228, 30240, 30246, 30255, 30265, 30276, 30287, 30298, 30305, 30314, 30321, 30326, 30334, 30339, 30346, 30352, 30360, 30367, 30377, 30388, 30395, 30401, 30408, 30418, 30429, 30439, 30448, 30456, 30464, 30476, 30485, 30491, 30498, 30508, 30514, 30518, 30522, 30526, 30530, 30534, 30542, 30551, 30559, 30564, 30576, 30588, 30594, 30603, 30613, 30624, 30635, 30646, 30653, 30662, 30669, 30674, 30682, 30687, 30694, 30700, 30708, 30715, 30725, 30736, 30743, 30749, 30756, 30766, 30777, 30787, 30796, 30804, 30812, 30824, 30833, 30839, 30846, 30856, 30862, 30866, 30870, 30874, 30878, 30882, 30890, 30899, 30907, 30912, 30924, 30936, 30942, 30951, 30961, 30972, 30983, 30994, 31001, 31010, 31017, 31022, 31030, 31035, 31042, 31048, 31056, 31063, 31073, 31084, 31091, 31097, 31104, 31114, 31125, 31135, 31144, 31152, 31160, 31172, 31181, 31187, 31194, 31204, 31210, 31214, 31218, 31222, 31226, 31230, 31238, 31247, 31255, 31260, 31272, 31284, 31290, 31299, 31309, 31320, 31331, 31342, 31349, 31358, 31365, 31370, 31378, 31383, 31390, 31396, 31404, 31411, 31421, 31432, 31439, 31445, 31452, 31462, 31473, 31483, 31492, 31500, 31508, 31520, 31529, 31535, 31542, 31552, 31558, 31563, 31568, 31572, 31576, 31580, 31584, 31588, 31596, 31605, 31613, 31618, 31630, 31642, 31648, 31657, 31667, 31678, 31689, 31700, 31707, 31716, 31723, 31728, 31736, 31741, 31748, 31754, 31762, 31769, 31779, 31790, 31797, 31803, 31810, 31820, 31831, 31841, 31850, 31858, 31866, 31878, 31887, 31893, 31900, 31910, 31916, 31920, 31924, 31928, 31932, 31936, 31944, 31953, 31961, 31966, 31978, 31990, 31996, 32005, 32015, 32026, 32037, 32048, 32055, 32064, 32071, 32076, 32084, 32089, 32096, 32102, 32110, 32117, 32127, 32138, 32145, 32151, 32158, 32168, 32179, 32189, 32198, 32206, 32214, 32226, 32235, 32241, 32248, 32258, 32264, 32268, 32272, 32276, 32280, 32284, 32292, 32301, 32309, 32314, 32326, 32338, 32344, 32353, 32363, 32374, 32385, 32396, 32403, 32412, 32419, 32424, 32432, 32437, 32444, 32450, 32458, 32465, 32475, 32486, 32493, 32499, 32506, 32516, 32527, 32537, 32546, 32554, 32562, 32574, 32583, 32589, 32596, 32606, 32612, 32616, 32620, 32624, 32628, 32632, 32640, 32649, 32657, 32662, 32674, 32686, 32692, 32701, 32711, 32722, 32733, 32744, 32751, 32760, 32767, 32772, 32780, 32785, 32792, 32798, 32806, 32813, 32823, 32834, 32841, 32847, 32854, 32864, 32875, 32885, 32894, 32902, 32910, 32922, 32931, 32937, 32944, 32954, 32960, 32964, 32968, 32972, 32976, 32980, 32988, 32997, 33005, 33010, 33022, 33034, 33040, 33049, 33059, 33070, 33081, 33092, 33099, 33108, 33115, 33120, 33128, 33133, 33140, 33146, 33154, 33161, 33171, 33182, 33189, 33195, 33202, 33212, 33223, 33233, 33242, 33250, 33258, 33270, 33279, 33285, 33292, 33302, 33308, 33320, 33326, 33332, 33341, 33359, 33368, 33371, 33380, 33398, 33416, 33425, 33443, 33470, 33500, 33512, 33527, 33542, 33554, 33563, 33569, 33575, 33584, 33593, 33599, 33608, 33620, 33629, 33641, 33647, 33659, 33671, 33677, 33683, 33692, 33704, 33716, 33728, 33737, 33746, 33752, 33758, 33770, 33776, 33782, 33794, 33800, 33812, 33824, 33836, 33848, 33854, 33860, 33866, 33872, 33878, 33884, 33893, 33905, 33914, 33920, 33932, 33938, 33944, 33950, 33959, 33965, 33971, 33977, 33983, 33992, 33998, 34004, 34022, 34043, 34049, 34055, 34061, 34067, 34073, 34079, 34085, 34091, 34097, 34103, 34109, 34115, 34121, 34127, 34133, 34139, 34145, 34151, 34157, 34163, 34169, 34175, 34181, 34187, 34193, 34199, 34208, 34226, 34244, 34250, 34256, 34262, 34268, 34274, 34283, 34289, 34295, 34301, 34307, 34313, 34325, 34331, 34337, 34349, 34364, 34370, 34376, 34382, 34388, 34394, 34409, 34415, 34427, 34439, 34451, 34463, 34469, 34472, 34478, 34484, 34490, 34493, 34505, 34508, 34514, 34520, 34526, 34532, 34538, 34547, 34553, 34559, 34565, 34571, 34580, 34586, 34592, 34598, 34604, 34610, 34616, 34622, 34628, 34634, 34640, 34646, 34658, 34670, 34688, 34700, 34706, 34712, 34718, 34727, 34733, 34736, 34739, 34742, 34754, 34760, 34769, 34778, 34787, 34793, 34802, 34808, 34814, 34826, 34832, 34838, 34850, 34859, 34871, 34877, 34883, 34892, 34904, 34910, 34916, 34928, 34934, 34940, 34946, 34952, 34958, 34964, 34970, 34976, 34982, 34988, 34997, 35003, 35009, 35015, 35021, 35024],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[783, 812, 898, 899, 940, 2232]), Anchor::All(&[Anchor::Lits(&[869]), Anchor::Lits(&[1051])]), Anchor::All(&[Anchor::Lits(&[863, 864, 865, 866, 867, 868, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022]), Anchor::Lits(&[6, 8, 64, 65, 89, 93, 149, 150, 162, 164, 199, 200, 206, 208, 243, 244, 250, 252, 287, 288, 296, 300, 419, 424, 877, 932, 939, 3296, 3298, 3333, 3334, 3340, 3342, 3377, 3378, 3529, 3531, 3566, 3567, 3573, 3575, 3610, 3611, 3617, 3619, 3654, 3655, 3661, 3663, 3698, 3699, 3705, 3707, 3742, 3743, 3749, 3751, 3786, 3787, 3793, 3795, 3830, 3831, 3837, 3839, 3874, 3875, 3881, 3883, 3918, 3919, 3925, 3927, 3962, 3963, 3969, 3971, 4006, 4007, 4013, 4015, 4050, 4051, 4059, 4061, 4096, 4097, 4103, 4105, 4140, 4141, 4147, 4149, 4184, 4185, 4191, 4193, 4228, 4229, 4235, 4237, 4272, 4273]), Anchor::Lits(&[7, 63, 92, 148, 163, 198, 207, 242, 251, 286, 299, 418, 870, 925, 3297, 3332, 3341, 3376, 3530, 3565, 3574, 3609, 3618, 3653, 3662, 3697, 3706, 3741, 3750, 3785, 3794, 3829, 3838, 3873, 3882, 3917, 3926, 3961, 3970, 4005, 4014, 4049, 4060, 4095, 4104, 4139, 4148, 4183, 4192, 4227, 4236, 4271])]), Anchor::All(&[Anchor::Lits(&[1094, 2088, 2237, 2971, 2982, 2985, 2986]), Anchor::Lits(&[765]), Anchor::Lits(&[836])]), Anchor::All(&[Anchor::Lits(&[815]), Anchor::Lits(&[3289])]), Anchor::All(&[Anchor::Lits(&[805]), Anchor::Lits(&[837])]), Anchor::All(&[Anchor::Lits(&[5, 88, 161, 205, 249, 295, 1412, 1807, 1907, 2174, 2200, 2922, 2970, 2984, 3295, 3339, 3528, 3572, 3616, 3660, 3704, 3748, 3792, 3836, 3880, 3924, 3968, 4012, 4058, 4102, 4146, 4190, 4234]), Anchor::Lits(&[766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 807, 808, 809, 810, 811, 813, 814, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834]), Anchor::Lits(&[1382, 1383, 1384, 1385, 1386, 1387, 1412, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1799, 1800, 1801, 1802, 1803, 1804, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2974, 2975, 2976, 2977, 2978, 2979, 2984, 2987, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024])])])),
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
            (122, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[95, 302, 401, 455, 456, 471, 508, 509, 517, 594, 595, 596, 658, 665, 738, 746, 764, 806, 835, 838, 839, 842, 897, 1076, 1101, 1381, 1549, 1721, 1739, 1747, 2022, 2035, 2275, 2345, 2586, 3288, 3290, 3291, 3380, 4053, 4054]), Anchor::Lits(&[1084, 1089, 1292, 1363, 1368, 1443, 1587, 1590, 1593, 1594, 1656, 1728, 1729, 1746, 1755, 1757, 1758, 1789, 1796, 1830, 1834, 1836, 1842, 1849, 1855, 1857, 1863, 1864, 1892, 1895, 1936, 1967, 1972, 1973, 1975, 1991, 1993, 2028, 2042, 2165, 2220, 2225, 2231, 2244, 2270, 2273, 2278, 2343, 2378, 2384, 2390, 2446, 2452, 2458, 2544, 2579, 2580, 2625, 2661, 2665, 2750, 2751, 2812, 2813, 2814, 2819, 2821, 2826, 2828, 2833, 2836, 2837, 2848, 2854, 2861, 2874, 2878, 2880, 2908, 2909, 2913, 2942, 2945, 3032, 3035, 3073, 3123, 3126, 3127, 3129, 3135, 3144, 3197, 3198, 3250])]), Anchor::All(&[Anchor::Lits(&[1732, 1829, 2234, 2387, 2395, 2509, 2575, 2824, 2829]), Anchor::Lits(&[1101, 1508, 1509, 1549, 2401, 2816, 2842, 2973]), Anchor::Lits(&[1981, 3042])])])),
            (123, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[1732, 1829, 2234, 2395, 2509, 2542, 2576, 2580, 2670, 3030]), Anchor::Lits(&[1101, 1145, 1381, 1549, 1739, 1747, 2035, 2345, 2401, 2973]), Anchor::Lits(&[463, 510, 597, 666, 702, 765, 862, 3287])])),
            (128, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[454]), Anchor::Lits(&[1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050])])),
            (129, "send-to-a-beacon", Anchor::Lits(&[2112, 2113])),
            (130, "exfiltrate-to-a-drop", Anchor::Any(&[Anchor::Lits(&[1081, 1082, 1517, 2015, 2020, 2112, 2113, 2855, 3136, 3137]), Anchor::All(&[Anchor::Lits(&[1518, 1738, 1746, 1863, 1864, 1895, 1971, 1972, 1993, 2278, 2661, 2752, 2753, 2874, 3073, 3123, 3127, 3250]), Anchor::Lits(&[1447, 1589, 1592, 1730, 1859, 1861, 1862, 1965, 1969, 2047, 2240, 2380, 2466, 2537, 2657, 2754, 2830, 2944, 3142]), Anchor::Lits(&[840, 1517, 2015, 2020, 2112, 2113, 2855, 3043, 3044, 3045, 3046, 3047, 3048, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072])])])),
            (134, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1833, 1980, 2051, 2543, 3134]), Anchor::All(&[Anchor::Lits(&[1731]), Anchor::Lits(&[478, 3195])])]), Anchor::Lits(&[2949])])),
            (136, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[841, 842, 844, 845, 850, 853, 1112, 1152, 1155, 1158, 1159, 1167, 1170, 1173, 1174, 1202, 1203, 1204, 1205, 1374, 1438, 1508, 1716, 1717, 1718, 1719, 1721, 1736, 1739, 1747, 1791, 1792, 1793, 1794, 2048, 2228, 2348, 2349, 2350, 2351, 2352, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2368, 2391, 2392, 2393, 2394, 2401, 2570, 2571, 2572, 2573, 2618, 2668, 2817, 2838, 2839, 2840, 2841, 2843, 2844, 2845, 2846, 2871, 2955, 2956, 2957, 2958, 3036, 3037, 3038, 3039, 3079, 3080, 3081, 3082, 4283, 4284, 4307, 4334, 4375]), Anchor::All(&[Anchor::Lits(&[2089, 2234, 2387, 2395, 2509, 2585, 2673, 2824, 3040]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3532, 3533, 3535, 3536, 3538, 3549, 3550, 3576, 3577, 3579, 3580, 3582, 3593, 3594, 3620, 3621, 3623, 3624, 3626, 3637, 3638, 3664, 3665, 3667, 3668, 3670, 3681, 3682, 3708, 3709, 3711, 3712, 3714, 3725, 3726, 3752, 3753, 3755, 3756, 3758, 3769, 3770, 3796, 3797, 3799, 3800, 3802, 3813, 3814, 3840, 3841, 3843, 3844, 3846, 3857, 3858, 3884, 3885, 3887, 3888, 3890, 3901, 3902, 3928, 3929, 3931, 3932, 3934, 3945, 3946, 3972, 3973, 3975, 3976, 3978, 3989, 3990, 4016, 4017, 4019, 4020, 4022, 4033, 4034, 4062, 4063, 4065, 4066, 4068, 4079, 4080, 4106, 4107, 4109, 4110, 4112, 4123, 4124, 4150, 4151, 4153, 4154, 4156, 4167, 4168, 4194, 4195, 4197, 4198, 4200, 4211, 4212, 4238, 4239, 4241, 4242, 4244, 4255, 4256]), Anchor::Lits(&[1982, 1983, 1984, 1985, 1986, 1987, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 3043, 3044, 3045, 3046, 3047, 3048, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 57, 94, 95, 97, 100, 103, 115, 118, 141, 165, 166, 168, 169, 171, 182, 183, 194, 209, 210, 212, 213, 215, 226, 227, 238, 253, 254, 256, 257, 259, 270, 271, 282, 301, 302, 308, 312, 324, 356, 363, 405, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3328, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3372, 3532, 3533, 3535, 3536, 3538, 3549, 3550, 3561, 3576, 3577, 3579, 3580, 3582, 3593, 3594, 3605, 3620, 3621, 3623, 3624, 3626, 3637, 3638, 3649, 3664, 3665, 3667, 3668, 3670, 3681, 3682, 3693, 3708, 3709, 3711, 3712, 3714, 3725, 3726, 3737, 3752, 3753, 3755, 3756, 3758, 3769, 3770, 3781, 3796, 3797, 3799, 3800, 3802, 3813, 3814, 3825, 3840, 3841, 3843, 3844, 3846, 3857, 3858, 3869, 3884, 3885, 3887, 3888, 3890, 3901, 3902, 3913, 3928, 3929, 3931, 3932, 3934, 3945, 3946, 3957, 3972, 3973, 3975, 3976, 3978, 3989, 3990, 4001, 4016, 4017, 4019, 4020, 4022, 4033, 4034, 4045, 4062, 4063, 4065, 4066, 4068, 4079, 4080, 4091, 4106, 4107, 4109, 4110, 4112, 4123, 4124, 4135, 4150, 4151, 4153, 4154, 4156, 4167, 4168, 4179, 4194, 4195, 4197, 4198, 4200, 4211, 4212, 4223, 4238, 4239, 4241, 4242, 4244, 4255, 4256, 4267]), Anchor::Lits(&[1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 3256, 3257, 3258, 3259, 3260, 3261, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3532, 3533, 3535, 3536, 3538, 3549, 3550, 3576, 3577, 3579, 3580, 3582, 3593, 3594, 3620, 3621, 3623, 3624, 3626, 3637, 3638, 3664, 3665, 3667, 3668, 3670, 3681, 3682, 3708, 3709, 3711, 3712, 3714, 3725, 3726, 3752, 3753, 3755, 3756, 3758, 3769, 3770, 3796, 3797, 3799, 3800, 3802, 3813, 3814, 3840, 3841, 3843, 3844, 3846, 3857, 3858, 3884, 3885, 3887, 3888, 3890, 3901, 3902, 3928, 3929, 3931, 3932, 3934, 3945, 3946, 3972, 3973, 3975, 3976, 3978, 3989, 3990, 4016, 4017, 4019, 4020, 4022, 4033, 4034, 4062, 4063, 4065, 4066, 4068, 4079, 4080, 4106, 4107, 4109, 4110, 4112, 4123, 4124, 4150, 4151, 4153, 4154, 4156, 4167, 4168, 4194, 4195, 4197, 4198, 4200, 4211, 4212, 4238, 4239, 4241, 4242, 4244, 4255, 4256]), Anchor::Lits(&[1982, 1983, 1984, 1985, 1986, 1987, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 3043, 3044, 3045, 3046, 3047, 3048, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072]), Anchor::Lits(&[511, 512, 513, 514, 515, 516, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 863, 864, 865, 866, 867, 868, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022])]), Anchor::All(&[Anchor::Lits(&[2227, 2667, 2814, 2847, 2870, 2953, 3083]), Anchor::Lits(&[2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3532, 3533, 3535, 3536, 3538, 3549, 3550, 3576, 3577, 3579, 3580, 3582, 3593, 3594, 3620, 3621, 3623, 3624, 3626, 3637, 3638, 3664, 3665, 3667, 3668, 3670, 3681, 3682, 3708, 3709, 3711, 3712, 3714, 3725, 3726, 3752, 3753, 3755, 3756, 3758, 3769, 3770, 3796, 3797, 3799, 3800, 3802, 3813, 3814, 3840, 3841, 3843, 3844, 3846, 3857, 3858, 3884, 3885, 3887, 3888, 3890, 3901, 3902, 3928, 3929, 3931, 3932, 3934, 3945, 3946, 3972, 3973, 3975, 3976, 3978, 3989, 3990, 4016, 4017, 4019, 4020, 4022, 4033, 4034, 4062, 4063, 4065, 4066, 4068, 4079, 4080, 4106, 4107, 4109, 4110, 4112, 4123, 4124, 4150, 4151, 4153, 4154, 4156, 4167, 4168, 4194, 4195, 4197, 4198, 4200, 4211, 4212, 4238, 4239, 4241, 4242, 4244, 4255, 4256])]), Anchor::All(&[Anchor::Lits(&[28, 32, 40, 41, 42, 60, 109, 112, 119, 120, 121, 147, 176, 179, 184, 185, 186, 197, 220, 223, 228, 229, 230, 241, 264, 267, 272, 273, 274, 285, 343, 351, 364, 365, 366, 415, 3310, 3313, 3318, 3319, 3320, 3331, 3354, 3357, 3362, 3363, 3364, 3375, 3543, 3546, 3551, 3552, 3553, 3564, 3587, 3590, 3595, 3596, 3597, 3608, 3631, 3634, 3639, 3640, 3641, 3652, 3675, 3678, 3683, 3684, 3685, 3696, 3719, 3722, 3727, 3728, 3729, 3740, 3763, 3766, 3771, 3772, 3773, 3784, 3807, 3810, 3815, 3816, 3817, 3828, 3851, 3854, 3859, 3860, 3861, 3872, 3895, 3898, 3903, 3904, 3905, 3916, 3939, 3942, 3947, 3948, 3949, 3960, 3983, 3986, 3991, 3992, 3993, 4004, 4027, 4030, 4035, 4036, 4037, 4048, 4073, 4076, 4081, 4082, 4083, 4094, 4117, 4120, 4125, 4126, 4127, 4138, 4161, 4164, 4169, 4170, 4171, 4182, 4205, 4208, 4213, 4214, 4215, 4226, 4249, 4252, 4257, 4258, 4259, 4270]), Anchor::Lits(&[1102, 1103, 1104, 1105, 1106, 1107, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1382, 1383, 1384, 1385, 1386, 1387, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1550, 1551, 1552, 1553, 1554, 1555, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 2402, 2403, 2404, 2405, 2406, 2407, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445])]), Anchor::All(&[Anchor::Lits(&[464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 479, 483, 484, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 598, 599, 600, 601, 602, 603, 604, 605, 607, 608, 610, 611, 612, 623, 625, 626, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737]), Anchor::Lits(&[1101, 1145, 1381, 1549, 1721, 1739, 1747, 2035, 2345, 2401]), Anchor::Lits(&[0, 1, 4, 85, 86, 87, 158, 159, 160, 202, 203, 204, 246, 247, 248, 290, 291, 294, 1108, 1109, 1110, 1117, 1118, 1119, 1165, 1166, 1179, 1213, 1214, 1215, 1389, 1390, 1391, 1415, 1416, 1417, 1556, 1557, 1558, 1560, 1561, 1562, 1722, 1723, 1724, 1725, 1726, 1727, 1740, 1741, 1742, 1743, 1744, 1745, 1748, 1749, 1750, 1752, 1753, 1754, 2036, 2037, 2038, 2039, 2040, 2041, 2346, 2347, 2353, 2364, 2365, 2366, 2408, 2409, 2410, 2424, 2425, 2426, 3292, 3293, 3294, 3336, 3337, 3338, 3525, 3526, 3527, 3569, 3570, 3571, 3613, 3614, 3615, 3657, 3658, 3659, 3701, 3702, 3703, 3745, 3746, 3747, 3789, 3790, 3791, 3833, 3834, 3835, 3877, 3878, 3879, 3921, 3922, 3923, 3965, 3966, 3967, 4009, 4010, 4011, 4055, 4056, 4057, 4099, 4100, 4101, 4143, 4144, 4145, 4187, 4188, 4189, 4231, 4232, 4233])]), Anchor::All(&[Anchor::Lits(&[1331, 1547, 2090, 2454, 2535]), Anchor::Lits(&[1145, 2247]), Anchor::Lits(&[1294, 2019])]), Anchor::All(&[Anchor::Lits(&[2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534]), Anchor::Lits(&[1101, 1145, 1381, 2116, 2411])]), Anchor::All(&[Anchor::Lits(&[2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508]), Anchor::Lits(&[2587, 2588, 2589, 2590, 2591, 2592, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2626, 2627, 2628, 2629, 2630, 2631, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654])]), Anchor::All(&[Anchor::Lits(&[1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1596, 1597, 1598, 1599, 1600, 1601, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1625, 1626, 1627, 1628, 1629, 1630, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1657, 1658, 1659, 1660, 1661, 1662, 1666, 1667, 1668, 1669, 1670, 1671, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 2285, 2286, 2287, 2288, 2289, 2290, 2294, 2295, 2296, 2297, 2298, 2299, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2755, 2756, 2757, 2758, 2759, 2760, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810]), Anchor::Lits(&[10, 30, 35, 95, 111, 113, 166, 178, 180, 210, 222, 224, 254, 266, 268, 302, 346, 354, 3300, 3312, 3314, 3344, 3356, 3358, 3533, 3545, 3547, 3577, 3589, 3591, 3621, 3633, 3635, 3665, 3677, 3679, 3709, 3721, 3723, 3753, 3765, 3767, 3797, 3809, 3811, 3841, 3853, 3855, 3885, 3897, 3899, 3929, 3941, 3943, 3973, 3985, 3987, 4017, 4029, 4031, 4063, 4075, 4077, 4107, 4119, 4121, 4151, 4163, 4165, 4195, 4207, 4209, 4239, 4251, 4253])])]), Anchor::Lits(&[1085, 1089, 1292, 1360, 1363, 1368, 1445, 1548, 1590, 1595, 1656, 1729, 1734, 1746, 1755, 1758, 1760, 1761, 1789, 1795, 1830, 1834, 1837, 1838, 1839, 1840, 1841, 1843, 1844, 1845, 1846, 1847, 1850, 1851, 1852, 1853, 1854, 1855, 1857, 1863, 1891, 1892, 1894, 1928, 1930, 1931, 1933, 1936, 1937, 1966, 1967, 1971, 1972, 1991, 1993, 2017, 2018, 2025, 2028, 2042, 2165, 2225, 2231, 2233, 2242, 2244, 2278, 2343, 2369, 2372, 2374, 2384, 2390, 2477, 2478, 2479, 2579, 2580, 2621, 2661, 2665, 2751, 2821, 2825, 2828, 2831, 2837, 2848, 2854, 2863, 2874, 2878, 2880, 2908, 2913, 2948, 2959, 2962, 3027, 3032, 3126, 3127, 3132, 3197, 3250, 3285, 4289, 4300, 4306, 4325, 4330, 4340, 4349, 4358, 4366, 4369, 4425, 4429])])),
            (137, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1081, 1082, 1099, 1358, 1517, 1583, 1860, 1976, 2013, 2015, 2016, 2020, 2021, 2027, 2029, 2034, 2045, 2112, 2113, 2139, 2276, 2344, 2375, 2376, 2541, 2574, 2578, 2623, 2671, 2855, 2865, 3026, 3074, 3090, 3091, 3136, 3137, 3139, 3140, 3143, 3252, 3253, 3286]), Anchor::All(&[Anchor::Lits(&[26, 29, 46, 48, 49, 50, 52, 106, 110, 129, 131, 132, 133, 134, 174, 177, 188, 190, 191, 192, 193, 218, 221, 232, 234, 235, 236, 237, 262, 265, 276, 278, 279, 280, 281, 337, 345, 379, 382, 385, 387, 392, 3308, 3311, 3322, 3324, 3325, 3326, 3327, 3352, 3355, 3366, 3368, 3369, 3370, 3371, 3541, 3544, 3555, 3557, 3558, 3559, 3560, 3585, 3588, 3599, 3601, 3602, 3603, 3604, 3629, 3632, 3643, 3645, 3646, 3647, 3648, 3673, 3676, 3687, 3689, 3690, 3691, 3692, 3717, 3720, 3731, 3733, 3734, 3735, 3736, 3761, 3764, 3775, 3777, 3778, 3779, 3780, 3805, 3808, 3819, 3821, 3822, 3823, 3824, 3849, 3852, 3863, 3865, 3866, 3867, 3868, 3893, 3896, 3907, 3909, 3910, 3911, 3912, 3937, 3940, 3951, 3953, 3954, 3955, 3956, 3981, 3984, 3995, 3997, 3998, 3999, 4000, 4025, 4028, 4039, 4041, 4042, 4043, 4044, 4071, 4074, 4085, 4087, 4088, 4089, 4090, 4115, 4118, 4129, 4131, 4132, 4133, 4134, 4159, 4162, 4173, 4175, 4176, 4177, 4178, 4203, 4206, 4217, 4219, 4220, 4221, 4222, 4247, 4250, 4261, 4263, 4264, 4265, 4266]), Anchor::Lits(&[1093, 1588, 1856, 1895, 1927, 2111, 2224, 2373, 2876, 2912, 2914, 3128, 3141])])]), Anchor::Lits(&[1519, 1624, 1746, 1790, 1930, 1931, 1932, 1934, 1935, 1971, 1972, 1993, 2033, 2242, 2243, 2271, 2274, 2278, 2281, 2374, 2382, 2383, 2399, 2656, 2661, 2672, 2752, 2753, 2827, 2862, 2874, 2907, 2946, 2948, 2950, 2963, 3075, 3076, 3077, 3122, 3123, 3127, 3251, 3262, 3391, 3392, 3411, 3412, 3413])])),
            (140, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1077, 1078, 1079, 1152, 1153, 1154, 1156, 1157, 1160, 1161, 1162, 1163, 1167, 1168, 1169, 1171, 1172, 1175, 1176, 1177, 1178, 1261, 1262, 1263, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1602, 1603, 1604, 1631, 1632, 1633, 1663, 1664, 1665, 1672, 1673, 1674, 1713, 1714, 1715, 1988, 1989, 1990, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2238, 2239, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2272, 2291, 2292, 2293, 2300, 2301, 2302, 2593, 2594, 2595, 2596, 2597, 2598, 2632, 2633, 2634, 2662, 2663, 2664, 2761, 2762, 2763, 2789, 2790, 2791, 3025, 3031, 3049, 3050, 3051, 3078, 3092, 3254, 3381, 3382, 3383, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 3467, 3471, 3472, 3488, 3490, 4304, 4305]), Anchor::All(&[Anchor::Lits(&[1101, 1373, 1380, 1444, 1511, 3085, 3384, 3388, 3389, 3390, 4283, 4284, 4334]), Anchor::Lits(&[10, 30, 35, 78, 79, 80, 302, 346, 354, 447, 448, 449, 517, 543, 544, 572, 573, 574, 658, 659, 660, 661, 662, 663])]), Anchor::All(&[Anchor::Lits(&[15, 16, 18, 19, 20, 21, 22, 23, 33, 34, 53, 54, 55, 56, 61, 62, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 318, 319, 325, 326, 327, 328, 329, 330, 352, 353, 393, 394, 397, 398, 416, 417, 425, 426, 437, 438, 439, 440, 441, 442, 445, 446]), Anchor::Lits(&[1146, 1151, 2117, 2118, 2248, 2249])])]), Anchor::Lits(&[2, 3, 81, 82, 83, 84, 292, 293, 450, 451, 452, 453, 742, 4484])])),
            (141, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[1087, 1789, 1857, 2042, 2112, 2113, 2620, 3087, 3451, 3459, 3461, 3462, 3477, 3483, 3500, 3501, 3506, 3511, 3516, 4290, 4294, 4295, 4300, 4301, 4325, 4327, 4330, 4340, 4352, 4353, 4358, 4359, 4363, 4369, 4384, 4388, 4392, 4429, 4454, 4455, 4458, 4459, 4462, 4476]), Anchor::Lits(&[742, 4484]), Anchor::Lits(&[1145, 2035, 2345])])),
            (142, "data-in-a-link", Anchor::Any(&[Anchor::Lits(&[2112, 2113]), Anchor::All(&[Anchor::Lits(&[1092, 1364, 1446, 1896, 2221, 2222, 2223, 2226]), Anchor::Lits(&[1361, 1362, 1756, 1895, 2620, 2852, 2866, 3052])]), Anchor::All(&[Anchor::Lits(&[1362, 1895, 2049, 2619, 2620, 2866, 3052]), Anchor::Lits(&[1828, 2111, 2536, 2655, 2832])])])),
            (144, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1255, 1256, 1257, 1258, 1259, 1260, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1332, 1333, 1334, 1335, 1336, 1337, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1938, 1939, 1940, 1941, 1942, 1943, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 3145, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3188, 3189, 3190, 3191, 3192, 3193, 3194]), Anchor::Lits(&[1101, 1145, 1381, 1509, 1549, 1739, 2035, 2052, 2345, 2401])]), Anchor::All(&[Anchor::Lits(&[1101, 1381, 1549, 1739, 2052, 2401, 2973, 3053]), Anchor::Lits(&[1146, 1147, 1148, 1149, 1150, 1151, 1207, 1208, 1209, 1210, 1211, 1212, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253])])]), Anchor::Lits(&[1090, 1091, 1292, 1368, 1379, 1590, 1593, 1720, 1729, 1746, 1755, 1789, 1830, 1834, 1857, 1863, 1864, 1892, 1895, 1936, 1967, 1972, 1991, 1993, 2028, 2042, 2165, 2231, 2273, 2278, 2379, 2384, 2390, 2580, 2661, 2665, 2751, 2813, 2825, 2837, 2848, 2854, 2861, 2874, 2880, 2913, 2942, 3073, 3123, 3126, 3127, 3197])])),
            (148, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[1510, 1512, 2090, 2388, 2389, 2396, 2454, 2483, 2509, 2535, 2823]), Anchor::Lits(&[4, 6, 87, 89, 160, 162, 204, 206, 248, 250, 294, 296, 1110, 1111, 1113, 1114, 1115, 1116, 1119, 1120, 1179, 1200, 1375, 1376, 1377, 1378, 1391, 1413, 1417, 1418, 1439, 1440, 1441, 1442, 1558, 1559, 1562, 1563, 2137, 2138, 2268, 2269, 2353, 2354, 2366, 2367, 2413, 2414, 2415, 2416, 2417, 2418, 2420, 2421, 2422, 2423, 2448, 2449, 2450, 2451, 3294, 3296, 3338, 3340, 3527, 3529, 3571, 3573, 3615, 3617, 3659, 3661, 3703, 3705, 3747, 3749, 3791, 3793, 3835, 3837, 3879, 3881, 3923, 3925, 3967, 3969, 4011, 4013, 4057, 4059, 4101, 4103, 4145, 4147, 4189, 4191, 4233, 4235]), Anchor::Lits(&[1101, 1145, 1374, 1381, 1438, 1549, 2116, 2247, 2345, 2412, 2419, 2447])])),
            (150, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[843, 846, 847, 848, 849, 851, 852, 854, 855, 856, 857, 858, 859, 860, 861, 1080, 1100, 1141, 1142, 1143, 1144, 1206, 1359, 1370, 1371, 1498, 1513, 1514, 1515, 1516]), Anchor::Lits(&[1654, 1737, 1738, 1746, 1790, 1972, 1993, 2374, 2661, 2874, 2880, 2906, 3127])])),
            (151, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::Lits(&[739, 1304, 1653, 1976, 2026, 2032, 2050, 2386, 2584, 2622, 2623, 2875, 3033, 3034, 3041, 3074, 3143]), Anchor::All(&[Anchor::Lits(&[1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247, 3248, 3249]), Anchor::Lits(&[14, 25, 27, 36, 47, 58, 69, 101, 105, 108, 114, 130, 145, 152, 170, 173, 175, 181, 189, 195, 201, 214, 217, 219, 225, 233, 239, 245, 258, 261, 263, 269, 277, 283, 289, 313, 335, 340, 355, 380, 413, 433, 3304, 3307, 3309, 3315, 3323, 3329, 3335, 3348, 3351, 3353, 3359, 3367, 3373, 3379, 3537, 3540, 3542, 3548, 3556, 3562, 3568, 3581, 3584, 3586, 3592, 3600, 3606, 3612, 3625, 3628, 3630, 3636, 3644, 3650, 3656, 3669, 3672, 3674, 3680, 3688, 3694, 3700, 3713, 3716, 3718, 3724, 3732, 3738, 3744, 3757, 3760, 3762, 3768, 3776, 3782, 3788, 3801, 3804, 3806, 3812, 3820, 3826, 3832, 3845, 3848, 3850, 3856, 3864, 3870, 3876, 3889, 3892, 3894, 3900, 3908, 3914, 3920, 3933, 3936, 3938, 3944, 3952, 3958, 3964, 3977, 3980, 3982, 3988, 3996, 4002, 4008, 4021, 4024, 4026, 4032, 4040, 4046, 4052, 4067, 4070, 4072, 4078, 4086, 4092, 4098, 4111, 4114, 4116, 4122, 4130, 4136, 4142, 4155, 4158, 4160, 4166, 4174, 4180, 4186, 4199, 4202, 4204, 4210, 4218, 4224, 4230, 4243, 4246, 4248, 4254, 4262, 4268, 4274])]), Anchor::All(&[Anchor::Lits(&[11, 44, 52, 59, 96, 125, 134, 146, 167, 187, 193, 196, 211, 231, 237, 240, 255, 275, 281, 284, 307, 373, 392, 414, 3301, 3321, 3327, 3330, 3345, 3365, 3371, 3374, 3534, 3554, 3560, 3563, 3578, 3598, 3604, 3607, 3622, 3642, 3648, 3651, 3666, 3686, 3692, 3695, 3710, 3730, 3736, 3739, 3754, 3774, 3780, 3783, 3798, 3818, 3824, 3827, 3842, 3862, 3868, 3871, 3886, 3906, 3912, 3915, 3930, 3950, 3956, 3959, 3974, 3994, 4000, 4003, 4018, 4038, 4044, 4047, 4064, 4084, 4090, 4093, 4108, 4128, 4134, 4137, 4152, 4172, 4178, 4181, 4196, 4216, 4222, 4225, 4240, 4260, 4266, 4269]), Anchor::Lits(&[24, 36, 69, 104, 114, 152, 172, 181, 201, 216, 225, 245, 260, 269, 289, 334, 355, 433, 3306, 3315, 3335, 3350, 3359, 3379, 3539, 3548, 3568, 3583, 3592, 3612, 3627, 3636, 3656, 3671, 3680, 3700, 3715, 3724, 3744, 3759, 3768, 3788, 3803, 3812, 3832, 3847, 3856, 3876, 3891, 3900, 3920, 3935, 3944, 3964, 3979, 3988, 4008, 4023, 4032, 4052, 4069, 4078, 4098, 4113, 4122, 4142, 4157, 4166, 4186, 4201, 4210, 4230, 4245, 4254, 4274])])])),
            (166, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[1086, 2577, 2583, 2699, 2869, 2972, 3130]), Anchor::All(&[Anchor::Lits(&[2381]), Anchor::Lits(&[2044])])])),
            (167, "control-weakened", Anchor::Any(&[Anchor::Lits(&[1086, 1271, 1504, 1831, 2385, 2398, 2457]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1590, 1760, 1789, 1797, 1830, 1857, 1968, 2270, 2341, 2371, 2624, 2822, 2825, 2947, 2961, 2962, 3093, 3094, 3120, 3125, 3138]), Anchor::All(&[Anchor::Lits(&[3088, 3089]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[2910, 2911]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[3028, 3029]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[139, 140, 403, 404]), Anchor::Lits(&[2023, 2024]), Anchor::Lits(&[123, 371])])]), Anchor::Any(&[Anchor::Lits(&[740, 1140, 1266, 1267, 1269, 1270, 1272, 1503, 1974, 2091, 2385, 2397, 2457, 2620, 2659, 2660, 2669, 2867, 2877]), Anchor::All(&[Anchor::Lits(&[1500, 1501, 1502]), Anchor::Lits(&[357, 429, 1066, 1072, 2227])]), Anchor::All(&[Anchor::Lits(&[2279, 2280]), Anchor::Lits(&[344, 1063])])])]), Anchor::All(&[Anchor::Lits(&[1084]), Anchor::Lits(&[2658])])])),
            (168, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::Lits(&[2699]), Anchor::All(&[Anchor::Lits(&[90, 91, 98, 99, 126, 127, 135, 136, 137, 138, 143, 144, 154, 155, 297, 298, 309, 310, 374, 375, 395, 396, 399, 400, 410, 411, 435, 436]), Anchor::Any(&[Anchor::Lits(&[1338, 1898, 1944, 1945, 2241, 2699]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1973, 2282, 2378, 2880]), Anchor::All(&[Anchor::Lits(&[2546, 2550]), Anchor::Lits(&[151, 430])])])]), Anchor::All(&[Anchor::Lits(&[2283, 2284]), Anchor::Any(&[Anchor::Lits(&[1338, 1898, 1944, 1945, 2241, 2699]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1084, 2811, 2814, 2870, 3133]), Anchor::All(&[Anchor::Lits(&[2872, 2873]), Anchor::Lits(&[107, 339])])])])])),
            (169, "tool-output-approves-itself", Anchor::Any(&[Anchor::Lits(&[1265, 1268, 1270, 1272, 1365, 1505, 1584, 1585, 1586, 1735, 1832, 1893, 2043, 2342, 2370, 2635, 2666, 2834, 3124, 3196, 3199]), Anchor::All(&[Anchor::Lits(&[116, 117, 358, 359]), Anchor::Lits(&[122, 370]), Anchor::Lits(&[3264, 3265])])])),
            (173, "file-posted-to-an-outside-url", Anchor::Lits(&[2015, 2016, 2112, 2113])),
            (181, "override-instructions-cjk", Anchor::Lits(&[4287, 4299, 4302, 4320, 4321, 4324, 4339, 4344, 4360, 4361, 4362, 4363, 4364, 4365, 4373, 4374, 4380, 4384, 4402, 4403, 4404, 4425, 4427, 4430, 4431, 4435, 4455, 4474, 4475])),
            (184, "override-instructions-other-scripts", Anchor::Lits(&[3385, 3386, 3387, 3452, 3453, 3465, 3469, 3475, 3478, 3482, 3486, 3497, 3498, 3507, 3512, 3513, 3514, 3519, 3522, 3524])),
            (186, "unrestricted-persona-other-scripts", Anchor::Lits(&[3473, 3479, 3499, 3510, 3523, 4276, 4277, 4351, 4357, 4381, 4382, 4405, 4408, 4413, 4414, 4428, 4434, 4466, 4471])),
            (188, "reveal-system-prompt-other-scripts", Anchor::Lits(&[3466, 3476, 3480, 3485, 3493, 3496, 3504, 3505, 3509, 3518, 3520, 4287, 4288, 4324, 4399, 4437, 4443, 4452, 4457, 4463, 4480])),
            (190, "disable-safety-other-scripts", Anchor::Lits(&[4286, 4314, 4317, 4347, 4348, 4389, 4397, 4407, 4409, 4425, 4426, 4432, 4442, 4444, 4446, 4460, 4473])),
            (192, "stop-following-instructions-cjk", Anchor::Lits(&[4279, 4280, 4282, 4367, 4368, 4370, 4413, 4414, 4416, 4420, 4422, 4449, 4479])),
            (196, "conceal-from-the-user-cjk", Anchor::Lits(&[4292, 4312, 4386])),
            (203, "reveal-system-prompt-zh", Anchor::Lits(&[4309, 4310, 4311, 4316, 4319, 4322, 4323, 4335, 4401, 4402, 4403, 4404, 4436, 4438])),
            (205, "admin-role-handed-out-other-scripts", Anchor::Lits(&[1087, 2577, 2869, 3130, 4303, 4306, 4332, 4333, 4458, 4482])),
            (207, "control-weakened-other-scripts", Anchor::Any(&[Anchor::Lits(&[4285, 4313, 4314, 4317, 4325, 4327, 4331, 4336, 4337, 4341, 4346, 4371, 4372, 4383, 4397, 4400, 4415, 4432]), Anchor::All(&[Anchor::Lits(&[4444, 4446, 4461, 4462, 4478, 4483]), Anchor::Lits(&[741, 2397, 4441, 4447, 4448, 4450, 4477])])])),
            (209, "destructive-without-confirmation-cjk", Anchor::Lits(&[4345, 4350, 4356, 4395, 4396, 4417, 4419, 4421, 4424, 4433])),
            (210, "results-sent-to-an-address-cjk", Anchor::Lits(&[2015, 2045, 2112, 2113, 2855])),
            (211, "addressed-to-the-agent-other-scripts", Anchor::Lits(&[3454, 3455, 3456, 3457, 3458, 3463, 3464, 3468, 3470, 3484, 3491, 3492, 3508, 3515, 4278, 4281, 4342, 4343, 4406, 4410, 4412, 4418, 4423, 4439, 4440, 4445, 4472, 4481])),
            (212, "conceal-from-the-user-other-scripts", Anchor::Lits(&[3450, 3460, 3474, 3479, 3481, 3487, 3489, 3494, 3495, 3499, 3502, 3503, 3517, 3521, 4275, 4308, 4315, 4318, 4326, 4328, 4338, 4354, 4355, 4376, 4377, 4385, 4387, 4390, 4391, 4393, 4394, 4398, 4411, 4451, 4453, 4454, 4456, 4464, 4465])),
            (214, "no-limits-any-more-cjk", Anchor::Lits(&[4291, 4293, 4296, 4297, 4298, 4329, 4378, 4379, 4413, 4467, 4468, 4469, 4470])),
            (218, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Lits(&[1264, 1746, 1758, 1890, 1970, 1993, 2455, 2456, 2656, 2661, 2752, 2864, 2874, 2879, 2907, 2946, 3127, 3144]), Anchor::Lits(&[664, 2026, 2050, 2830])])),
            (219, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[457, 458, 459, 460, 461, 462]), Anchor::All(&[Anchor::Lits(&[1366, 1369, 1788, 2835, 2942, 2943, 3131]), Anchor::Lits(&[1369, 1506, 1507, 2043, 3086, 3255]), Anchor::Lits(&[862])])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x40b658fcedb86749;
