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
\x20chat history\
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
came from automation\
came from change process\
came from ci\
came from deploy\
came from migration\
came from pipeline\
came from scheduler\
came from the automation\
came from the change process\
came from the ci\
came from the deploy\
came from the migration\
came from the pipeline\
came from the scheduler\
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
had been approved\
had been reviewed\
had gone through\
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
never happened\
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
nothing changed\
nothing happened\
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
passed approval\
passed change process\
passed ci\
passed normal approval\
passed normal change process\
passed normal ci\
passed normal pipeline\
passed normal review\
passed pipeline\
passed review\
passed standard approval\
passed standard change process\
passed standard ci\
passed standard pipeline\
passed standard review\
passed the approval\
passed the change process\
passed the ci\
passed the normal approval\
passed the normal change process\
passed the normal ci\
passed the normal pipeline\
passed the normal review\
passed the pipeline\
passed the review\
passed the standard approval\
passed the standard change process\
passed the standard ci\
passed the standard pipeline\
passed the standard review\
passed the usual approval\
passed the usual change process\
passed the usual ci\
passed the usual pipeline\
passed the usual review\
passed usual approval\
passed usual change process\
passed usual ci\
passed usual pipeline\
passed usual review\
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
so none of the admins \
so none of these \
so none of this \
so noone \
so nothing \
so reviewer\
so security\
so security \
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
so the auditors \
so the monitoring\
so the reviewer\
so the reviewers \
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
someone else did it\
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
was a authorised\
was a authorized\
was a automatic\
was a dry run\
was a legitimate\
was a no op\
was a noop\
was a planned\
was a routine\
was a sanctioned\
was a scheduled\
was approved\
was authorised\
was authorized\
was automatic\
was legitimate\
was nothing\
was planned\
was reviewed\
was routine\
was sanctioned\
was scheduled\
we did not\
we didnt\
we have jail broke\
we have jailbroke\
we leave no \
we merely\
we never\
webhook site\
went through\
were\
were approved\
were authorised\
were authorized\
were automatic\
were legitimate\
were planned\
were reviewed\
were routine\
were scheduled\
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
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 176, 189, 197, 206, 212, 219, 226, 234, 251, 269, 299, 307, 316, 334, 353, 368, 384, 397, 404, 421, 439, 445, 452, 470, 489, 498, 508, 520, 526, 533, 550, 565, 582, 589, 597, 612, 627, 638, 653, 672, 680, 693, 709, 720, 728, 738, 749, 758, 770, 781, 789, 799, 808, 813, 821, 831, 842, 854, 865, 878, 887, 902, 909, 923, 940, 955, 974, 990, 1007, 1028, 1045, 1056, 1068, 1089, 1107, 1124, 1138, 1145, 1153, 1162, 1169, 1183, 1199, 1217, 1228, 1240, 1255, 1268, 1279, 1287, 1301, 1310, 1322, 1325, 1329, 1340, 1353, 1368, 1376, 1385, 1397, 1407, 1415, 1420, 1427, 1436, 1446, 1453, 1461, 1469, 1482, 1486, 1499, 1510, 1524, 1538, 1550, 1559, 1574, 1587, 1598, 1612, 1626, 1638, 1647, 1663, 1677, 1692, 1701, 1717, 1727, 1737, 1753, 1770, 1782, 1794, 1803, 1819, 1833, 1848, 1868, 1883, 1906, 1920, 1931, 1944, 1957, 1966, 1977, 1985, 1998, 2012, 2027, 2041, 2058, 2073, 2091, 2107, 2115, 2121, 2133, 2142, 2155, 2164, 2174, 2181, 2189, 2197, 2206, 2224, 2243, 2255, 2264, 2274, 2293, 2313, 2329, 2346, 2364, 2383, 2390, 2398, 2409, 2420, 2435, 2452, 2460, 2473, 2485, 2493, 2503, 2516, 2526, 2551, 2562, 2572, 2581, 2588, 2599, 2620, 2637, 2660, 2679, 2691, 2703, 2712, 2723, 2737, 2746, 2763, 2783, 2807, 2827, 2841, 2851, 2858, 2866, 2876, 2891, 2910, 2930, 2944, 2959, 2975, 2994, 3017, 3036, 3049, 3056, 3060, 3068, 3077, 3086, 3094, 3105, 3113, 3121, 3127, 3141, 3151, 3160, 3170, 3185, 3195, 3206, 3214, 3223, 3242, 3256, 3266, 3281, 3289, 3303, 3320, 3339, 3348, 3357, 3374, 3382, 3390, 3397, 3401, 3407, 3419, 3433, 3443, 3454, 3464, 3479, 3493, 3506, 3516, 3533, 3549, 3561, 3568, 3581, 3596, 3608, 3619, 3635, 3650, 3664, 3675, 3693, 3703, 3715, 3728, 3747, 3759, 3772, 3783, 3792, 3806, 3816, 3827, 3834, 3848, 3857, 3866, 3881, 3895, 3903, 3918, 3930, 3943, 3955, 3966, 3974, 3989, 4001, 4016, 4025, 4033, 4042, 4053, 4061, 4068, 4072, 4077, 4084, 4097, 4112, 4125, 4135, 4143, 4153, 4164, 4182, 4202, 4224, 4239, 4255, 4274, 4291, 4306, 4318, 4326, 4335, 4342, 4349, 4357, 4363, 4369, 4386, 4399, 4425, 4456, 4483, 4515, 4523, 4534, 4541, 4549, 4555, 4562, 4573, 4583, 4600, 4609, 4618, 4628, 4641, 4650, 4658, 4668, 4683, 4695, 4724, 4748, 4778, 4804, 4833, 4861, 4884, 4908, 4927, 4948, 4972, 4994, 5027, 5057, 5072, 5084, 5096, 5109, 5122, 5147, 5161, 5176, 5187, 5197, 5209, 5222, 5232, 5243, 5251, 5262, 5273, 5284, 5295, 5306, 5319, 5333, 5347, 5361, 5375, 5389, 5405, 5411, 5416, 5424, 5433, 5441, 5453, 5467, 5480, 5488, 5496, 5504, 5508, 5516, 5522, 5530, 5538, 5545, 5553, 5568, 5592, 5610, 5622, 5640, 5662, 5680, 5696, 5708, 5721, 5733, 5746, 5758, 5774, 5787, 5802, 5816, 5830, 5845, 5856, 5869, 5887, 5899, 5915, 5932, 5940, 5955, 5967, 5976, 5998, 6018, 6023, 6031, 6041, 6052, 6061, 6072, 6083, 6095, 6103, 6116, 6133, 6137, 6142, 6154, 6168, 6184, 6193, 6203, 6216, 6227, 6236, 6244, 6255, 6261, 6271, 6281, 6292, 6304, 6323, 6338, 6356, 6364, 6376, 6385, 6397, 6411, 6425, 6441, 6448, 6456, 6464, 6472, 6484, 6496, 6508, 6521, 6533, 6558, 6570, 6584, 6593, 6603, 6614, 6629, 6644, 6659, 6674, 6689, 6706, 6725, 6732, 6744, 6758, 6772, 6779, 6786, 6802, 6816, 6831, 6848, 6864, 6877, 6890, 6902, 6917, 6933, 6951, 6969, 6984, 7001, 7013, 7026, 7045, 7054, 7062, 7071, 7081, 7090, 7103, 7117, 7133, 7155, 7178, 7193, 7205, 7217, 7235, 7254, 7273, 7293, 7304, 7318, 7333, 7348, 7363, 7380, 7397, 7411, 7427, 7438, 7450, 7465, 7483, 7494, 7506, 7520, 7540, 7561, 7574, 7584, 7594, 7610, 7627, 7644, 7662, 7671, 7683, 7696, 7709, 7722, 7737, 7752, 7764, 7778, 7787, 7797, 7810, 7826, 7842, 7855, 7871, 7876, 7880, 7887, 7899, 7906, 7914, 7922, 7930, 7938, 7946, 7963, 7973, 7984, 7993, 8005, 8013, 8022, 8032, 8046, 8051, 8057, 8070, 8078, 8087, 8097, 8103, 8111, 8118, 8126, 8135, 8144, 8151, 8159, 8171, 8177, 8188, 8200, 8208, 8215, 8223, 8230, 8242, 8251, 8262, 8269, 8277, 8286, 8301, 8315, 8325, 8333, 8339, 8346, 8353, 8361, 8372, 8379, 8387, 8395, 8404, 8418, 8427, 8436, 8446, 8459, 8467, 8476, 8489, 8505, 8515, 8523, 8538, 8554, 8571, 8581, 8592, 8606, 8618, 8634, 8647, 8663, 8691, 8698, 8706, 8720, 8735, 8751, 8768, 8783, 8800, 8813, 8827, 8842, 8853, 8865, 8880, 8891, 8903, 8923, 8946, 8965, 8983, 9002, 9016, 9029, 9041, 9049, 9068, 9078, 9088, 9106, 9126, 9145, 9164, 9182, 9197, 9213, 9225, 9238, 9249, 9258, 9270, 9279, 9294, 9306, 9322, 9331, 9341, 9354, 9362, 9371, 9384, 9395, 9407, 9420, 9431, 9442, 9454, 9467, 9475, 9488, 9502, 9524, 9547, 9570, 9584, 9599, 9611, 9624, 9638, 9645, 9652, 9668, 9686, 9706, 9719, 9733, 9750, 9765, 9778, 9784, 9797, 9805, 9818, 9832, 9845, 9857, 9865, 9874, 9884, 9895, 9914, 9927, 9948, 9969, 9983, 9995, 10006, 10027, 10048, 10060, 10075, 10087, 10099, 10112, 10126, 10137, 10149, 10162, 10174, 10187, 10200, 10204, 10209, 10218, 10228, 10242, 10258, 10274, 10291, 10305, 10322, 10337, 10353, 10362, 10392, 10420, 10426, 10431, 10437, 10454, 10463, 10472, 10475, 10487, 10493, 10506, 10524, 10538, 10548, 10555, 10573, 10590, 10602, 10613, 10624, 10641, 10652, 10660, 10672, 10686, 10698, 10710, 10718, 10727, 10736, 10750, 10763, 10768, 10783, 10797, 10806, 10814, 10822, 10836, 10846, 10856, 10867, 10878, 10890, 10902, 10913, 10925, 10937, 10947, 10958, 10968, 10979, 10992, 11009, 11017, 11026, 11042, 11051, 11074, 11092, 11111, 11128, 11136, 11145, 11153, 11160, 11171, 11187, 11198, 11215, 11224, 11235, 11239, 11251, 11260, 11277, 11291, 11305, 11326, 11344, 11362, 11383, 11400, 11409, 11424, 11435, 11443, 11454, 11467, 11480, 11490, 11502, 11510, 11519, 11530, 11539, 11550, 11561, 11573, 11579, 11586, 11590, 11600, 11611, 11623, 11636, 11645, 11657, 11667, 11680, 11695, 11707, 11715, 11728, 11745, 11758, 11782, 11813, 11826, 11840, 11853, 11866, 11882, 11896, 11910, 11926, 11940, 11956, 11978, 12001, 12016, 12028, 12044, 12059, 12071, 12089, 12108, 12127, 12147, 12174, 12186, 12197, 12212, 12228, 12242, 12257, 12272, 12287, 12304, 12321, 12335, 12349, 12365, 12379, 12396, 12410, 12426, 12444, 12460, 12478, 12490, 12504, 12515, 12527, 12539, 12554, 12566, 12584, 12600, 12618, 12625, 12638, 12649, 12660, 12671, 12682, 12693, 12706, 12719, 12732, 12745, 12758, 12771, 12786, 12800, 12821, 12846, 12866, 12886, 12910, 12936, 12966, 12991, 13016, 13045, 13069, 13094, 13123, 13147, 13171, 13199, 13222, 13245, 13272, 13294, 13316, 13342, 13363, 13389, 13419, 13444, 13469, 13498, 13522, 13546, 13574, 13597, 13620, 13647, 13669, 13696, 13727, 13753, 13779, 13809, 13834, 13853, 13881, 13913, 13940, 13967, 13998, 14024, 14050, 14080, 14105, 14130, 14159, 14183, 14206, 14233, 14255, 14277, 14303, 14331, 14363, 14390, 14417, 14448, 14474, 14501, 14532, 14558, 14584, 14614, 14639, 14664, 14693, 14717, 14741, 14769, 14792, 14820, 14852, 14879, 14906, 14937, 14963, 14989, 15019, 15044, 15069, 15098, 15122, 15151, 15184, 15212, 15240, 15272, 15299, 15320, 15350, 15384, 15413, 15442, 15475, 15503, 15531, 15563, 15590, 15617, 15648, 15674, 15684, 15703, 15718, 15739, 15754, 15772, 15788, 15804, 15822, 15846, 15871, 15888, 15902, 15919, 15934, 15952, 15966, 15981, 16001, 16022, 16043, 16065, 16078, 16095, 16111, 16128, 16145, 16162, 16181, 16200, 16216, 16234, 16253, 16266, 16280, 16297, 16317, 16338, 16363, 16383, 16403, 16427, 16453, 16483, 16508, 16533, 16562, 16586, 16611, 16640, 16664, 16688, 16716, 16739, 16762, 16789, 16811, 16833, 16859, 16880, 16906, 16936, 16961, 16986, 17015, 17039, 17063, 17091, 17114, 17137, 17164, 17186, 17213, 17244, 17270, 17296, 17326, 17351, 17370, 17398, 17430, 17457, 17484, 17515, 17541, 17567, 17597, 17622, 17647, 17676, 17700, 17708, 17725, 17738, 17757, 17770, 17786, 17800, 17814, 17830, 17852, 17875, 17890, 17902, 17917, 17930, 17946, 17958, 17971, 17989, 18008, 18027, 18047, 18058, 18073, 18087, 18102, 18117, 18132, 18149, 18166, 18180, 18196, 18213, 18224, 18236, 18251, 18269, 18275, 18286, 18301, 18312, 18334, 18363, 18374, 18386, 18397, 18408, 18422, 18434, 18446, 18460, 18472, 18486, 18506, 18527, 18540, 18550, 18564, 18577, 18587, 18603, 18620, 18637, 18655, 18680, 18690, 18699, 18712, 18725, 18739, 18751, 18764, 18777, 18790, 18805, 18820, 18832, 18844, 18858, 18870, 18885, 18897, 18911, 18927, 18941, 18957, 18967, 18979, 18988, 18998, 19008, 19021, 19031, 19047, 19061, 19077, 19101, 19107, 19121, 19131, 19143, 19154, 19165, 19175, 19185, 19195, 19210, 19219, 19233, 19248, 19253, 19259, 19267, 19272, 19286, 19298, 19316, 19337, 19362, 19383, 19398, 19406, 19415, 19421, 19437, 19447, 19456, 19466, 19476, 19485, 19491, 19498, 19514, 19521, 19529, 19536, 19550, 19567, 19576, 19587, 19596, 19605, 19613, 19622, 19633, 19639, 19648, 19657, 19665, 19674, 19683, 19699, 19707, 19716, 19726, 19741, 19748, 19752, 19757, 19765, 19774, 19783, 19793, 19805, 19818, 19840, 19850, 19857, 19866, 19880, 19895, 19911, 19921, 19934, 19948, 19955, 19963, 19970, 19985, 19997, 20003, 20017, 20029, 20044, 20059, 20073, 20086, 20097, 20110, 20123, 20139, 20154, 20167, 20178, 20195, 20206, 20225, 20247, 20273, 20295, 20311, 20328, 20340, 20356, 20365, 20375, 20387, 20408, 20430, 20446, 20463, 20469, 20476, 20485, 20496, 20514, 20533, 20552, 20572, 20587, 20605, 20623, 20646, 20654, 20667, 20678, 20688, 20700, 20706, 20721, 20738, 20756, 20765, 20773, 20780, 20788, 20797, 20807, 20815, 20824, 20838, 20853, 20869, 20882, 20895, 20907, 20922, 20938, 20956, 20974, 20989, 21006, 21018, 21031, 21050, 21065, 21081, 21098, 21112, 21126, 21139, 21155, 21172, 21191, 21210, 21226, 21244, 21257, 21271, 21291, 21296, 21302, 21308, 21313, 21319, 21327, 21336, 21353, 21364, 21383, 21402, 21414, 21424, 21433, 21452, 21471, 21481, 21494, 21501, 21509, 21517, 21525, 21534, 21541, 21560, 21580, 21587, 21607, 21614, 21634, 21642, 21663, 21684, 21692, 21699, 21721, 21735, 21744, 21753, 21760, 21773, 21784, 21795, 21803, 21816, 21827, 21837, 21848, 21866, 21878, 21897, 21912, 21920, 21932, 21945, 21953, 21961, 21974, 21980, 21987, 21996, 22003, 22011, 22022, 22031, 22043, 22054, 22066, 22079, 22085, 22100, 22112, 22124, 22136, 22149, 22161, 22173, 22188, 22198, 22217, 22236, 22252, 22268, 22286, 22305, 22321, 22339, 22358, 22373, 22384, 22403, 22423, 22442, 22451, 22459, 22469, 22480, 22488, 22494, 22506, 22520, 22532, 22541, 22556, 22574, 22594, 22615, 22626, 22637, 22647, 22652, 22664, 22679, 22691, 22702, 22714, 22727, 22742, 22754, 22771, 22784, 22796, 22805, 22821, 22831, 22836, 22842, 22849, 22862, 22872, 22878, 22890, 22904, 22916, 22925, 22932, 22945, 22960, 22975, 22990, 23005, 23020, 23037, 23042, 23060, 23078, 23096, 23114, 23132, 23152, 23166, 23171, 23182, 23194, 23208, 23221, 23235, 23247, 23259, 23272, 23281, 23289, 23296, 23305, 23313, 23321, 23327, 23334, 23345, 23356, 23372, 23383, 23395, 23401, 23408, 23416, 23425, 23441, 23458, 23469, 23481, 23497, 23514, 23529, 23544, 23553, 23561, 23568, 23578, 23586, 23601, 23620, 23628, 23634, 23641, 23647, 23654, 23674, 23683, 23692, 23707, 23721, 23727, 23738, 23743, 23751, 23765, 23779, 23792, 23812, 23824, 23847, 23870, 23892, 23913, 23935, 23955, 23968, 23982, 23997, 24008, 24014, 24025, 24035, 24044, 24051, 24061, 24069, 24080, 24085, 24091, 24098, 24103, 24113, 24122, 24136, 24144, 24157, 24169, 24182, 24194, 24207, 24219, 24229, 24238, 24247, 24260, 24274, 24287, 24298, 24308, 24318, 24329, 24345, 24359, 24375, 24388, 24402, 24411, 24415, 24426, 24440, 24458, 24472, 24480, 24487, 24495, 24503, 24512, 24525, 24532, 24542, 24553, 24562, 24567, 24580, 24600, 24606, 24626, 24644, 24662, 24669, 24678, 24686, 24712, 24724, 24733, 24740, 24756, 24762, 24771, 24782, 24787, 24793, 24801, 24814, 24823, 24834, 24846, 24857, 24868, 24877, 24892, 24907, 24923, 24938, 24949, 24959, 24965, 24973, 24981, 24991, 25002, 25015, 25027, 25040, 25049, 25074, 25100, 25124, 25147, 25169, 25194, 25217, 25239, 25261, 25281, 25301, 25320, 25341, 25361, 25373, 25391, 25411, 25429, 25444, 25456, 25474, 25493, 25506, 25520, 25541, 25560, 25583, 25605, 25627, 25648, 25666, 25685, 25705, 25726, 25737, 25751, 25764, 25778, 25789, 25796, 25817, 25825, 25834, 25845, 25854, 25863, 25873, 25881, 25889, 25900, 25910, 25921, 25930, 25938, 25950, 25963, 25974, 25991, 26008, 26024, 26039, 26065, 26091, 26116, 26140, 26165, 26188, 26204, 26218, 26233, 26242, 26253, 26267, 26280, 26299, 26310, 26327, 26336, 26346, 26360, 26368, 26385, 26402, 26410, 26425, 26433, 26449, 26456, 26462, 26477, 26492, 26498, 26505, 26528, 26550, 26570, 26589, 26609, 26630, 26649, 26658, 26668, 26677, 26686, 26697, 26706, 26711, 26718, 26730, 26744, 26756, 26766, 26777, 26790, 26795, 26801, 26817, 26832, 26844, 26859, 26876, 26887, 26901, 26913, 26926, 26939, 26949, 26957, 26970, 26980, 26992, 27002, 27012, 27023, 27031, 27041, 27052, 27060, 27067, 27076, 27095, 27114, 27124, 27135, 27144, 27154, 27166, 27170, 27179, 27189, 27194, 27200, 27207, 27224, 27230, 27246, 27258, 27266, 27271, 27280, 27287, 27294, 27299, 27305, 27311, 27323, 27328, 27334, 27349, 27356, 27367, 27376, 27385, 27397, 27403, 27409, 27415, 27420, 27431, 27441, 27451, 27460, 27466, 27482, 27492, 27496, 27502, 27509, 27518, 27524, 27531, 27542, 27555, 27566, 27577, 27589, 27602, 27609, 27617, 27624, 27631, 27639, 27651, 27657, 27666, 27676, 27684, 27689, 27695, 27706, 27720, 27729, 27740, 27745, 27757, 27771, 27787, 27796, 27806, 27819, 27830, 27839, 27845, 27852, 27865, 27881, 27886, 27896, 27911, 27919, 27934, 27943, 27957, 27971, 27982, 27991, 28003, 28011, 28024, 28033, 28043, 28049, 28058, 28071, 28085, 28094, 28105, 28116, 28122, 28137, 28153, 28166, 28179, 28193, 28206, 28221, 28237, 28250, 28264, 28274, 28284, 28295, 28303, 28312, 28326, 28336, 28345, 28354, 28361, 28372, 28384, 28388, 28393, 28409, 28435, 28446, 28453, 28460, 28468, 28488, 28508, 28517, 28528, 28543, 28556, 28573, 28586, 28603, 28615, 28633, 28653, 28673, 28683, 28696, 28712, 28727, 28739, 28754, 28766, 28780, 28792, 28804, 28812, 28821, 28840, 28856, 28876, 28886, 28903, 28924, 28936, 28940, 28950, 28958, 28966, 28971, 28977, 28992, 29004, 29017, 29030, 29054, 29076, 29091, 29109, 29125, 29136, 29144, 29158, 29164, 29171, 29185, 29201, 29219, 29230, 29242, 29257, 29270, 29281, 29289, 29308, 29319, 29334, 29344, 29352, 29359, 29372, 29386, 29400, 29415, 29421, 29429, 29439, 29452, 29462, 29473, 29479, 29488, 29494, 29503, 29515, 29532, 29542, 29554, 29564, 29574, 29585, 29597, 29609, 29618, 29631, 29637, 29652, 29661, 29671, 29680, 29687, 29694, 29704, 29711, 29725, 29739, 29756, 29771, 29784, 29803, 29810, 29822, 29838, 29861, 29891, 29903, 29916, 29928, 29940, 29955, 29968, 29983, 29996, 30011, 30032, 30054, 30068, 30079, 30094, 30110, 30126, 30140, 30151, 30168, 30186, 30204, 30219, 30238, 30264, 30275, 30285, 30299, 30311, 30325, 30340, 30353, 30367, 30381, 30395, 30411, 30427, 30440, 30453, 30467, 30482, 30497, 30510, 30523, 30538, 30555, 30570, 30587, 30601, 30612, 30625, 30635, 30646, 30657, 30671, 30682, 30699, 30714, 30731, 30742, 30754, 30760, 30766, 30783, 30795, 30809, 30821, 30831, 30845, 30859, 30876, 30891, 30906, 30916, 30927, 30941, 30951, 30962, 30976, 30991, 31001, 31012, 31032, 31052, 31074, 31099, 31115, 31126, 31138, 31156, 31173, 31190, 31208, 31227, 31245, 31265, 31287, 31307, 31329, 31345, 31363, 31383, 31405, 31417, 31430, 31442, 31452, 31466, 31482, 31491, 31507, 31517, 31534, 31549, 31557, 31569, 31585, 31598, 31611, 31622, 31630, 31645, 31657, 31671, 31685, 31701, 31720, 31728, 31744, 31761, 31782, 31799, 31806, 31820, 31835, 31843, 31854, 31861, 31869, 31882, 31892, 31902, 31916, 31921, 31927, 31936, 31946, 31956, 31968, 31978, 31992, 32004, 32014, 32033, 32042, 32050, 32057, 32066, 32070, 32075, 32085, 32097, 32105, 32113, 32122, 32131, 32140, 32148, 32159, 32175, 32188, 32211, 32231, 32251, 32271, 32294, 32321, 32345, 32369, 32393, 32420, 32429, 32437, 32449, 32459, 32469, 32486, 32497, 32515, 32529, 32536, 32545, 32551, 32562, 32576, 32588, 32601, 32614, 32624, 32632, 32645, 32655, 32667, 32677, 32687, 32698, 32706, 32715, 32726, 32736, 32747, 32775, 32783, 32792, 32809, 32820, 32839, 32858, 32870, 32880, 32889, 32908, 32927, 32939, 32952, 32962, 32975, 32992, 33003, 33015, 33027, 33044, 33059, 33075, 33090, 33103, 33115, 33127, 33139, 33152, 33161, 33170, 33179, 33191, 33198, 33206, 33219, 33229, 33233, 33242, 33252, 33268, 33278, 33296, 33307, 33320, 33332, 33345, 33358, 33368, 33376, 33392, 33401, 33408, 33416, 33432, 33441, 33451, 33459, 33468, 33479, 33490, 33495, 33507, 33526, 33539, 33559, 33575, 33584, 33593, 33603, 33617, 33628, 33640, 33650, 33661, 33673, 33683, 33694, 33704, 33714, 33725, 33733, 33740, 33749, 33757, 33766, 33776, 33795, 33803, 33820, 33830, 33848, 33857, 33867, 33883, 33901, 33917, 33927, 33938, 33947, 33957, 33969, 33976, 33985, 33993, 34002, 34011, 34020, 34029, 34036, 34057, 34065, 34074, 34085, 34096, 34107, 34120, 34134, 34147, 34158, 34168, 34178, 34189, 34199, 34209, 34220, 34232, 34244, 34257, 34276, 34293, 34305, 34314, 34325, 34338, 34352, 34365, 34376, 34386, 34396, 34404, 34414, 34423, 34434, 34443, 34453, 34462, 34471, 34475, 34481, 34488, 34503, 34515, 34526, 34532, 34550, 34573, 34591, 34609, 34625, 34637, 34643, 34665, 34678, 34693, 34708, 34717, 34727, 34734, 34742, 34755, 34775, 34791, 34808, 34829, 34846, 34874, 34894, 34911, 34940, 34948, 34954, 34973, 34982, 34989, 35006, 35018, 35032, 35039, 35042, 35046, 35061, 35070, 35080, 35088, 35099, 35113, 35131, 35140, 35150, 35161, 35177, 35186, 35196, 35204, 35213, 35225, 35241, 35250, 35263, 35277, 35287, 35302, 35317, 35329, 35336, 35345, 35352, 35361, 35371, 35385, 35394, 35403, 35415, 35428, 35439, 35451, 35463, 35475, 35485, 35493, 35502, 35520, 35540, 35558, 35573, 35585, 35592, 35600, 35618, 35637, 35655, 35673, 35691, 35703, 35722, 35737, 35754, 35766, 35779, 35791, 35807, 35823, 35829, 35843, 35850, 35858, 35872, 35884, 35893, 35906, 35920, 35927, 35933, 35950, 35955, 35966, 35979, 35990, 35998, 36013, 36020, 36029, 36035, 36044, 36056, 36070, 36083, 36097, 36108, 36117, 36129, 36137, 36144, 36152, 36160, 36167, 36176, 36188, 36199, 36208, 36218, 36236, 36248, 36268, 36288, 36301, 36312, 36322, 36342, 36362, 36373, 36387, 36399, 36411, 36421, 36432, 36448, 36458, 36465, 36474, 36481, 36489, 36499, 36505, 36513, 36523, 36534, 36544, 36560, 36570, 36581, 36589, 36598, 36614, 36621, 36629, 36646, 36662, 36673, 36683, 36693, 36709, 36720, 36735, 36742, 36760, 36778, 36785, 36791, 36798, 36805, 36812, 36819, 36828, 36835, 36852, 36868, 36879, 36889, 36899, 36915, 36923, 36937, 36952, 36967, 36988, 36996, 37005, 37013, 37021, 37043, 37052, 37062, 37070, 37079, 37088, 37098, 37109, 37115, 37125, 37137, 37145, 37163, 37179, 37190, 37198, 37214, 37231, 37247, 37261, 37274, 37287, 37307, 37325, 37338, 37348, 37358, 37367, 37373, 37382, 37394, 37402, 37414, 37428, 37437, 37449, 37460, 37472, 37482, 37494, 37508, 37519, 37533, 37545, 37556, 37568, 37581, 37594, 37608, 37623, 37637, 37651, 37663, 37670, 37678, 37689, 37697, 37706, 37714, 37723, 37731, 37739, 37748, 37757, 37765, 37776, 37784, 37795, 37812, 37819, 37827, 37839, 37846, 37857, 37868, 37879, 37888, 37897, 37905, 37925, 37932, 37938, 37958, 37965, 37979, 37992, 37999, 38006, 38013, 38022, 38026, 38031, 38048, 38068, 38086, 38091, 38097, 38102, 38113, 38125, 38131, 38138, 38156, 38168, 38182, 38201, 38214, 38228, 38236, 38245, 38254, 38264, 38271, 38279, 38291, 38304, 38321, 38328, 38335, 38344, 38350, 38365, 38382, 38397, 38409, 38418, 38427, 38434, 38444, 38455, 38466, 38478, 38486, 38495, 38505, 38511, 38517, 38523, 38531, 38535, 38540, 38560, 38579, 38593, 38606, 38619, 38638, 38647, 38655, 38661, 38671, 38680, 38689, 38703, 38714, 38721, 38731, 38742, 38760, 38767, 38774, 38781, 38789, 38807, 38820, 38836, 38853, 38862, 38870, 38879, 38896, 38914, 38923, 38933, 38954, 38971, 38986, 39002, 39021, 39041, 39055, 39063, 39071, 39076, 39082, 39091, 39098, 39104, 39111, 39119, 39126, 39133, 39143, 39155, 39169, 39181, 39190, 39200, 39207, 39215, 39222, 39229, 39237, 39245, 39254, 39271, 39286, 39300, 39312, 39324, 39337, 39350, 39365, 39380, 39395, 39411, 39427, 39445, 39456, 39472, 39488, 39505, 39522, 39541, 39553, 39561, 39577, 39593, 39610, 39627, 39646, 39658, 39671, 39687, 39697, 39706, 39716, 39722, 39729, 39736, 39743, 39758, 39767, 39775, 39781, 39790, 39798, 39809, 39818, 39824, 39833, 39845, 39854, 39872, 39893, 39911, 39920, 39930, 39941, 39950, 39957, 39965, 39973, 39988, 39996, 40005, 40014, 40024, 40036, 40041, 40046, 40052, 40062, 40072, 40084, 40095, 40106, 40118, 40131, 40141, 40151, 40163, 40177, 40193, 40207, 40223, 40233, 40245, 40255, 40267, 40281, 40297, 40307, 40321, 40335, 40349, 40363, 40377, 40393, 40399, 40405, 40412, 40426, 40435, 40446, 40453, 40476, 40500, 40510, 40524, 40539, 40549, 40562, 40574, 40584, 40594, 40607, 40612, 40616, 40621, 40630, 40645, 40661, 40675, 40690, 40701, 40712, 40721, 40731, 40744, 40762, 40774, 40794, 40814, 40827, 40838, 40853, 40863, 40883, 40903, 40914, 40928, 40940, 40954, 40971, 40980, 40995, 41008, 41015, 41027, 41039, 41052, 41067, 41088, 41104, 41123, 41141, 41165, 41184, 41208, 41233, 41258, 41279, 41301, 41323, 41329, 41345, 41359, 41366, 41376, 41383, 41393, 41406, 41412, 41418, 41430, 41441, 41452, 41464, 41480, 41493, 41507, 41519, 41533, 41549, 41563, 41579, 41589, 41601, 41615, 41631, 41641, 41652, 41659, 41667, 41677, 41688, 41700, 41712, 41724, 41737, 41750, 41758, 41770, 41781, 41792, 41804, 41821, 41836, 41845, 41854, 41864, 41875, 41886, 41895, 41904, 41913, 41922, 41932, 41944, 41956, 41967, 41979, 41992, 42011, 42028, 42034, 42043, 42058, 42077, 42091, 42098, 42113, 42130, 42149, 42169, 42184, 42200, 42212, 42225, 42241, 42255, 42270, 42283, 42295, 42313, 42329, 42342, 42348, 42355, 42363, 42374, 42391, 42413, 42423, 42446, 42456, 42465, 42476, 42483, 42497, 42513, 42527, 42538, 42544, 42551, 42560, 42570, 42576, 42588, 42602, 42614, 42623, 42633, 42642, 42649, 42661, 42666, 42671, 42677, 42695, 42714, 42730, 42740, 42751, 42763, 42772, 42782, 42797, 42807, 42818, 42830, 42850, 42871, 42882, 42894, 42915, 42937, 42955, 42974, 42994, 43015, 43024, 43034, 43045, 43057, 43074, 43085, 43100, 43121, 43137, 43152, 43170, 43196, 43215, 43236, 43256, 43277, 43298, 43316, 43336, 43364, 43385, 43408, 43430, 43453, 43476, 43496, 43508, 43518, 43529, 43537, 43546, 43555, 43565, 43584, 43604, 43615, 43625, 43636, 43653, 43669, 43689, 43710, 43727, 43745, 43760, 43774, 43795, 43815, 43826, 43845, 43865, 43873, 43882, 43893, 43905, 43916, 43932, 43950, 43959, 43973, 43986, 43997, 44011, 44023, 44032, 44046, 44058, 44071, 44084, 44095, 44114, 44125, 44137, 44146, 44156, 44168, 44186, 44201, 44216, 44231, 44249, 44271, 44290, 44309, 44328, 44350, 44360, 44371, 44391, 44412, 44426, 44437, 44449, 44462, 44483, 44505, 44523, 44542, 44556, 44570, 44582, 44602, 44623, 44632, 44642, 44653, 44665, 44674, 44681, 44689, 44696, 44702, 44714, 44726, 44737, 44747, 44768, 44789, 44809, 44828, 44848, 44866, 44877, 44886, 44892, 44898, 44914, 44927, 44934, 44949, 44961, 44970, 44980, 44992, 44999, 45006, 45014, 45020, 45026, 45038, 45051, 45057, 45063, 45072, 45080, 45093, 45103, 45120, 45137, 45148, 45161, 45169, 45178, 45189, 45207, 45221, 45227, 45234, 45243, 45250, 45260, 45266, 45273, 45280, 45288, 45294, 45306, 45320, 45332, 45341, 45351, 45356, 45362, 45369, 45378, 45386, 45395, 45405, 45421, 45437, 45452, 45466, 45491, 45516, 45540, 45563, 45587, 45609, 45624, 45637, 45644, 45656, 45665, 45676, 45686, 45702, 45721, 45740, 45758, 45775, 45803, 45831, 45858, 45884, 45911, 45936, 45954, 45970, 45979, 45989, 46001, 46008, 46016, 46025, 46035, 46049, 46067, 46078, 46088, 46097, 46109, 46120, 46133, 46157, 46178, 46184, 46192, 46201, 46212, 46222, 46228, 46246, 46262, 46270, 46282, 46294, 46310, 46328, 46341, 46353, 46363, 46374, 46385, 46392, 46400, 46410, 46420, 46432, 46446, 46465, 46472, 46489, 46499, 46509, 46517, 46528, 46537, 46547, 46551, 46556, 46570, 46585, 46601, 46628, 46637, 46648, 46659, 46671, 46683, 46695, 46706, 46715, 46723, 46731, 46742, 46752, 46774, 46786, 46799, 46811, 46821, 46830, 46839, 46851, 46861, 46867, 46875, 46883, 46889, 46898, 46904, 46910, 46922, 46933, 46939, 46971, 46981, 46991, 47003, 47016, 47026, 47037, 47054, 47060, 47067, 47086, 47093, 47101, 47110, 47120, 47142, 47168, 47194, 47202, 47218, 47242, 47252, 47262, 47273, 47287, 47301, 47306, 47315, 47324, 47332, 47343, 47355, 47369, 47383, 47393, 47406, 47413, 47420, 47429, 47437, 47450, 47457, 47471, 47481, 47487, 47496, 47506, 47515, 47523, 47530, 47539, 47550, 47566, 47575, 47594, 47602, 47612, 47621, 47631, 47639, 47650, 47665, 47678, 47689, 47705, 47717, 47730, 47744, 47754, 47773, 47790, 47805, 47825, 47841, 47858, 47871, 47890, 47910, 47924, 47939, 47948, 47958, 47964, 47977, 47993, 48013, 48029, 48039, 48049, 48066, 48086, 48110, 48130, 48144, 48150, 48157, 48164, 48171, 48182, 48195, 48206, 48210, 48215, 48221, 48226, 48232, 48238, 48255, 48264, 48283, 48298, 48313, 48331, 48347, 48363, 48381, 48405, 48430, 48447, 48461, 48479, 48493, 48513, 48534, 48555, 48577, 48590, 48606, 48623, 48640, 48657, 48676, 48695, 48711, 48729, 48748, 48761, 48775, 48792, 48812, 48822, 48828, 48834, 48840, 48858, 48873, 48881, 48890, 48904, 48913, 48924, 48934, 48944, 48953, 48965, 48980, 48994, 49008, 49023, 49039, 49054, 49071, 49090, 49107, 49126, 49139, 49154, 49171, 49190, 49202, 49209, 49214, 49229, 49240, 49251, 49265, 49277, 49289, 49303, 49323, 49344, 49357, 49367, 49381, 49391, 49407, 49424, 49441, 49459, 49468, 49480, 49493, 49506, 49519, 49534, 49549, 49561, 49575, 49590, 49599, 49609, 49622, 49638, 49644, 49653, 49668, 49683, 49690, 49697, 49710, 49725, 49738, 49748, 49760, 49774, 49780, 49793, 49808, 49821, 49831, 49843, 49851, 49862, 49867, 49878, 49882, 49891, 49912, 49926, 49938, 49949, 49961, 49971, 49978, 49989, 50002, 50010, 50019, 50036, 50045, 50055, 50069, 50084, 50104, 50118, 50131, 50144, 50154, 50166, 50178, 50187, 50197, 50213, 50226, 50236, 50254, 50262, 50275, 50289, 50300, 50313, 50330, 50343, 50352, 50362, 50377, 50393, 50407, 50416, 50422, 50435, 50448, 50460, 50471, 50486, 50505, 50524, 50541, 50552, 50566, 50577, 50591, 50607, 50618, 50633, 50649, 50665, 50678, 50692, 50704, 50720, 50738, 50753, 50770, 50781, 50794, 50808, 50823, 50838, 50848, 50866, 50881, 50896, 50906, 50920, 50937, 50948, 50959, 50970, 50983, 51002, 51015, 51030, 51045, 51058, 51069, 51086, 51103, 51120, 51135, 51154, 51165, 51177, 51194, 51201, 51210, 51220, 51232, 51243, 51255, 51272, 51283, 51298, 51307, 51321, 51328, 51340, 51358, 51376, 51393, 51409, 51436, 51463, 51489, 51514, 51540, 51564, 51581, 51596, 51601, 51609, 51622, 51636, 51648, 51659, 51670, 51678, 51694, 51714, 51732, 51755, 51768, 51779, 51792, 51807, 51818, 51830, 51853, 51880, 51903, 51924, 51949, 51965, 51985, 52005, 52018, 52032, 52045, 52059, 52074, 52099, 52124, 52139, 52165, 52176, 52191, 52202, 52214, 52230, 52242, 52258, 52270, 52286, 52299, 52313, 52325, 52337, 52349, 52355, 52369, 52383, 52398, 52405, 52411, 52415, 52429, 52443, 52451, 52459, 52472, 52483, 52488, 52497, 52512, 52530, 52543, 52553, 52565, 52576, 52586, 52592, 52600, 52619, 52644, 52662, 52682, 52702, 52728, 52747, 52768, 52778, 52791, 52805, 52817, 52830, 52834, 52841, 52854, 52868, 52879, 52889, 52906, 52924, 52939, 52958, 52973, 52987, 52996, 53005, 53023, 53040, 53062, 53079, 53090, 53115, 53140, 53159, 53182, 53192, 53208, 53225, 53239, 53259, 53280, 53298, 53320, 53338, 53345, 53354, 53357, 53368, 53373, 53386, 53397, 53408, 53426, 53439, 53456, 53469, 53490, 53509, 53535, 53556, 53581, 53602, 53608, 53622, 53628, 53637, 53655, 53669, 53685, 53698, 53707, 53713, 53717, 53727, 53740, 53750, 53761, 53778, 53792, 53807, 53821, 53831, 53840, 53850, 53861, 53873, 53882, 53892, 53904, 53914, 53925, 53933, 53943, 53979, 53985, 53996, 54009, 54024, 54037, 54044, 54059, 54074, 54082, 54087, 54102, 54117, 54126, 54140, 54156, 54164, 54173, 54183, 54191, 54200, 54210, 54222, 54233, 54242, 54252, 54260, 54269, 54277, 54283, 54290, 54303, 54313, 54326, 54343, 54358, 54373, 54383, 54393, 54405, 54422, 54435, 54451, 54466, 54484, 54500, 54520, 54539, 54554, 54569, 54580, 54602, 54617, 54632, 54649, 54661, 54671, 54679, 54691, 54695, 54703, 54712, 54719, 54725, 54734, 54741, 54751, 54758, 54766, 54774, 54783, 54793, 54799, 54807, 54824, 54840, 54861, 54877, 54887, 54911, 54935, 54953, 54975, 54986, 54994, 55003, 55017, 55030, 55043, 55056, 55069, 55083, 55095, 55111, 55126, 55146, 55159, 55176, 55185, 55198, 55210, 55218, 55226, 55234, 55244, 55253, 55256, 55265, 55288, 55307, 55315, 55322, 55349, 55373, 55396, 55419, 55440, 55454, 55460, 55468, 55483, 55493, 55505, 55519, 55532, 55543, 55554, 55572, 55585, 55600, 55617, 55633, 55647, 55658, 55676, 55689, 55704, 55721, 55737, 55751, 55760, 55771, 55784, 55799, 55809, 55826, 55838, 55852, 55868, 55883, 55896, 55904, 55914, 55924, 55945, 55968, 55988, 55995, 56008, 56023, 56038, 56048, 56058, 56075, 56088, 56104, 56119, 56137, 56153, 56173, 56192, 56207, 56222, 56233, 56245, 56251, 56260, 56269, 56274, 56284, 56294, 56303, 56314, 56322, 56341, 56366, 56384, 56404, 56411, 56420, 56423, 56429, 56438, 56447, 56453, 56461, 56469, 56476, 56482, 56487, 56494, 56501, 56508, 56520, 56523, 56529, 56542, 56548, 56555, 56568, 56582, 56593, 56610, 56628, 56643, 56662, 56677, 56686, 56694, 56700, 56707, 56722, 56737, 56749, 56759, 56772, 56789, 56801, 56811, 56817, 56828, 56845, 56856, 56871, 56878, 56888, 56897, 56908, 56916, 56927, 56936, 56941, 56948, 56963, 56980, 56994, 57004, 57015, 57021, 57034, 57050, 57057, 57068, 57078, 57090, 57107, 57118, 57127, 57137, 57147, 57153, 57160, 57172, 57182, 57197, 57209, 57212, 57217, 57221, 57241, 57265, 57277, 57293, 57312, 57330, 57349, 57373, 57401, 57417, 57437, 57460, 57482, 57505, 57517, 57530, 57542, 57555, 57565, 57577, 57598, 57618, 57643, 57663, 57677, 57705, 57733, 57755, 57781, 57791, 57802, 57814, 57831, 57845, 57852, 57862, 57870, 57883, 57904, 57927, 57947, 57960, 57970, 57984, 57993, 57998, 58012, 58023, 58040, 58050, 58060, 58072, 58087, 58098, 58114, 58133, 58137, 58142, 58152, 58163, 58172, 58184, 58193, 58204, 58215, 58221, 58228, 58237, 58248, 58261, 58269, 58278, 58291, 58298, 58313, 58321, 58330, 58337, 58343, 58352, 58362, 58388, 58413, 58442, 58456, 58470, 58493, 58520, 58547, 58578, 58603, 58624, 58655, 58685, 58719, 58747, 58779, 58811, 58847, 58877, 58903, 58933, 58957, 58979, 59006, 59037, 59060, 59085, 59107, 59134, 59153, 59175, 59191, 59208, 59238, 59268, 59290, 59314, 59340, 59368, 59379, 59391, 59404, 59417, 59424, 59438, 59450, 59462, 59482, 59498, 59517, 59534, 59547, 59564, 59573, 59585, 59595, 59606, 59627, 59645, 59657, 59674, 59688, 59702, 59730, 59757, 59772, 59783, 59795, 59805, 59812, 59826, 59837, 59853, 59867, 59882, 59902, 59914, 59921, 59936, 59948, 59963, 59982, 59996, 60006, 60017, 60033, 60055, 60064, 60076, 60088, 60099, 60109, 60119, 60131, 60142, 60153, 60158, 60162, 60167, 60175, 60192, 60199, 60211, 60228, 60239, 60251, 60261, 60279, 60294, 60308, 60319, 60326, 60335, 60343, 60350, 60368, 60382, 60401, 60416, 60433, 60444, 60463, 60482, 60494, 60510, 60519, 60538, 60557, 60569, 60582, 60593, 60600, 60610, 60621, 60633, 60644, 60653, 60657, 60668, 60687, 60695, 60698, 60712, 60720, 60729, 60741, 60752, 60765, 60769, 60774, 60797, 60816, 60830, 60845, 60847, 60863, 60881, 60892, 60901, 60909, 60916, 60924, 60941, 60955, 60968, 60978, 60986, 60998, 61003, 61013, 61019, 61026, 61037, 61050, 61061, 61072, 61080, 61087, 61093, 61097, 61109, 61118, 61127, 61135, 61143, 61152, 61174, 61181, 61187, 61196, 61206, 61225, 61247, 61264, 61278, 61292, 61308, 61323, 61337, 61352, 61359, 61366, 61375, 61383, 61392, 61402, 61411, 61421, 61432, 61441, 61451, 61466, 61476, 61487, 61495, 61506, 61518, 61528, 61539, 61549, 61556, 61564, 61577, 61586, 61601, 61612, 61621, 61629, 61642, 61653, 61665, 61673, 61686, 61694, 61707, 61719, 61729, 61744, 61757, 61775, 61781, 61792, 61795, 61797, 61812, 61826, 61840, 61856, 61871, 61886, 61899, 61911, 61923, 61937, 61950, 61963, 61979, 61994, 62009, 62023, 62036, 62049, 62065, 62072, 62084, 62096, 62108, 62118, 62130, 62150, 62177, 62207, 62231, 62260, 62283, 62312, 62340, 62365, 62393, 62408, 62426, 62444, 62461, 62481, 62495, 62510, 62526, 62543, 62562, 62577, 62597, 62608, 62620, 62634, 62653, 62664, 62679, 62692, 62702, 62713, 62725, 62735, 62746, 62759, 62773, 62790, 62813, 62838, 62863, 62883, 62894, 62907, 62920, 62932, 62949, 62962, 62976, 62989, 63002, 63012, 63023, 63035, 63054, 63072, 63086, 63102, 63113, 63128, 63146, 63158, 63169, 63188, 63198, 63217, 63235, 63258, 63276, 63288, 63314, 63340, 63360, 63384, 63391, 63397, 63405, 63418, 63432, 63445, 63460, 63472, 63483, 63496, 63501, 63511, 63521, 63531, 63539, 63549, 63564, 63586, 63611, 63630, 63654, 63672, 63696, 63719, 63737, 63762, 63790, 63812, 63839, 63860, 63887, 63913, 63936, 63962, 63982, 64005, 64022, 64044, 64057, 64073, 64089, 64104, 64122, 64134, 64147, 64161, 64176, 64193, 64206, 64224, 64233, 64243, 64255, 64272, 64281, 64294, 64305, 64313, 64322, 64332, 64340, 64349, 64360, 64372, 64387, 64408, 64431, 64454, 64472, 64481, 64492, 64503, 64513, 64528, 64539, 64551, 64562, 64573, 64581, 64590, 64600, 64617, 64633, 64645, 64659, 64668, 64681, 64697, 64707, 64716, 64733, 64736, 64740, 64745, 64753, 64766, 64775, 64785, 64794, 64805, 64815, 64825, 64834, 64849, 64863, 64872, 64881, 64895, 64902, 64909, 64918, 64922, 64927, 64933, 64940, 64951, 64960, 64967, 64984, 65004, 65019, 65031, 65045, 65058, 65070, 65077, 65084, 65091, 65097, 65112, 65118, 65125, 65130, 65138, 65146, 65156, 65166, 65175, 65181, 65189, 65195, 65203, 65210, 65218, 65226, 65232, 65240, 65249, 65257, 65264, 65272, 65281, 65289, 65297, 65316, 65331, 65349, 65369, 65382, 65388, 65395, 65401, 65412, 65425, 65431, 65442, 65456, 65474, 65485, 65497, 65507, 65518, 65529, 65539, 65550, 65566, 65584, 65601, 65624, 65642, 65664, 65683, 65708, 65729, 65749, 65770, 65789, 65810, 65833, 65854, 65875, 65898, 65919, 65941, 65958, 65977, 65995, 66019, 66038, 66061, 66081, 66107, 66129, 66150, 66172, 66192, 66214, 66238, 66260, 66282, 66306, 66328, 66351, 66369, 66389, 66408, 66433, 66453, 66477, 66498, 66525, 66548, 66570, 66593, 66614, 66637, 66662, 66685, 66708, 66733, 66756, 66780, 66784, 66789, 66798, 66807, 66829, 66848, 66870, 66887, 66922, 66951, 66961, 66980, 66998, 67021, 67039, 67051, 67077, 67103, 67123, 67147, 67153, 67160, 67169, 67174, 67183, 67193, 67201, 67212, 67221, 67227, 67234, 67243, 67256, 67262, 67267, 67272, 67277, 67292, 67301, 67318, 67335, 67345, 67352, 67369, 67386, 67397, 67403, 67411, 67435, 67441, 67451, 67455, 67462, 67471, 67486, 67504, 67517, 67531, 67541, 67553, 67564, 67574, 67585, 67591, 67600, 67619, 67628, 67640, 67652, 67666, 67684, 67701, 67723, 67740, 67751, 67776, 67801, 67820, 67843, 67851, 67858, 67866, 67875, 67884, 67894, 67918, 67950, 67977, 68002, 68035, 68063, 68070, 68076, 68086, 68096, 68103, 68115, 68126, 68142, 68149, 68157, 68167, 68175, 68184, 68208, 68213, 68225, 68235, 68243, 68254, 68265, 68277, 68292, 68303, 68315, 68331, 68350, 68360, 68384, 68401, 68406, 68418, 68428, 68445, 68457, 68473, 68485, 68501, 68516, 68528, 68544, 68551, 68562, 68578, 68589, 68609, 68618, 68627, 68645, 68668, 68681, 68686, 68696, 68704, 68716, 68727, 68735, 68744, 68760, 68771, 68786, 68797, 68808, 68821, 68834, 68846, 68849, 68859, 68872, 68882, 68891, 68896, 68902, 68913, 68918, 68929, 68939, 68950, 68962, 68971, 68985, 68995, 69006, 69021, 69042, 69056, 69070, 69086, 69092, 69100, 69109, 69118, 69128, 69138, 69149, 69153, 69159, 69166, 69177, 69185, 69188, 69205, 69222, 69238, 69247, 69252, 69259, 69267, 69270, 69287, 69300, 69319, 69331, 69335, 69346, 69356, 69366, 69378, 69389, 69400, 69406, 69410, 69414, 69420, 69427, 69443, 69462, 69476, 69487, 69500, 69512, 69523, 69527, 69548, 69555, 69568, 69577, 69592, 69601, 69610, 69620, 69629, 69644, 69651, 69660, 69670, 69675, 69689, 69693, 69711, 69721, 69732, 69751, 69762, 69774, 69787, 69799, 69811, 69825, 69838, 69851, 69858, 69860, 69872, 69877, 69891, 69904, 69915, 69928, 69943, 69956, 69967, 69984, 69999, 70012, 70027, 70040, 70052, 70069, 70084, 70099, 70110, 70125, 70143, 70151, 70169, 70187, 70199, 70211, 70226, 70236, 70261, 70286, 70311, 70328, 70347, 70369, 70386, 70402, 70421, 70440, 70459, 70472, 70488, 70508, 70528, 70548, 70562, 70579, 70585, 70593, 70603, 70612, 70623, 70631, 70639, 70650, 70664, 70674, 70687, 70699, 70709, 70721, 70730, 70739, 70751, 70763, 70774, 70790, 70802, 70810, 70817, 70828, 70841, 70847, 70854, 70866, 70872, 70879, 70891, 70913, 70930, 70938, 70951, 70960, 70969, 70983, 70991, 70999, 71005, 71015, 71023, 71028, 71037, 71045, 71057, 71060, 71067, 71079, 71087, 71102, 71112, 71124, 71138, 71151, 71162, 71179, 71190, 71208, 71221, 71236, 71253, 71269, 71283, 71294, 71312, 71325, 71340, 71357, 71373, 71387, 71394, 71402, 71422, 71432, 71449, 71461, 71475, 71491, 71506, 71519, 71527, 71541, 71559, 71566, 71579, 71590, 71602, 71606, 71613, 71620, 71630, 71640, 71657, 71669, 71680, 71693, 71704, 71713, 71721, 71737, 71752, 71772, 71792, 71819, 71841, 71862, 71885, 71906, 71925, 71940, 71960, 71980, 72007, 72029, 72050, 72073, 72094, 72113, 72128, 72148, 72167, 72185, 72201, 72216, 72233, 72238, 72244, 72256, 72271, 72279, 72292, 72306, 72316, 72327, 72342, 72354, 72365, 72377, 72393, 72405, 72418, 72435, 72453, 72464, 72472, 72483, 72494, 72508, 72527, 72537, 72546, 72556, 72566, 72568, 72580, 72590, 72599, 72607, 72629, 72647, 72657, 72686, 72693, 72704, 72706, 72714, 72724, 72733, 72748, 72758, 72772, 72783, 72800, 72813, 72825, 72838, 72849, 72862, 72877, 72890, 72903, 72918, 72931, 72945, 72958, 72967, 72978, 72988, 73004, 73015, 73030, 73042, 73060, 73074, 73087, 73101, 73113, 73127, 73143, 73157, 73171, 73187, 73201, 73216, 73226, 73238, 73249, 73266, 73278, 73294, 73307, 73326, 73341, 73355, 73370, 73383, 73398, 73415, 73430, 73445, 73462, 73477, 73493, 73507, 73521, 73534, 73554, 73572, 73587, 73604, 73625, 73642, 73666, 73684, 73704, 73725, 73744, 73755, 73769, 73790, 73805, 73824, 73840, 73859, 73878, 73897, 73914, 73928, 73944, 73964, 73980, 74003, 74020, 74039, 74059, 74074, 74092, 74102, 74115, 74135, 74149, 74167, 74182, 74200, 74218, 74225, 74232, 74239, 74250, 74254, 74264, 74279, 74292, 74304, 74314, 74326, 74338, 74347, 74362, 74374, 74383, 74394, 74404, 74415, 74423, 74432, 74460, 74482, 74491, 74497, 74502, 74508, 74524, 74531, 74540, 74549, 74558, 74568, 74577, 74587, 74590, 74600, 74609, 74616, 74625, 74638, 74643, 74649, 74654, 74663, 74669, 74687, 74700, 74713, 74723, 74730, 74734, 74739, 74745, 74752, 74757, 74763, 74771, 74781, 74791, 74801, 74812, 74822, 74833, 74838, 74848, 74858, 74867, 74877, 74888, 74897, 74900, 74904, 74914, 74924, 74935, 74947, 74956, 74970, 74976, 74983, 74993, 74997, 75001, 75023, 75038, 75053, 75070, 75075, 75083, 75089, 75092, 75102, 75106, 75112, 75118, 75124, 75128, 75133, 75144, 75152, 75169, 75179, 75189, 75199, 75204, 75213, 75223, 75228, 75238, 75252, 75258, 75270, 75284, 75302, 75313, 75326, 75333, 75340, 75346, 75355, 75363, 75371, 75377, 75389, 75404, 75418, 75429, 75443, 75454, 75467, 75477, 75488, 75499, 75506, 75514, 75526, 75539, 75550, 75558, 75567, 75572, 75578, 75585, 75596, 75611, 75615, 75632, 75651, 75667, 75677, 75691, 75700, 75722, 75728, 75735, 75741, 75747, 75751, 75758, 75767, 75787, 75806, 75827, 75847, 75867, 75888, 75905, 75921, 75939, 75956, 75973, 75991, 76008, 76024, 76042, 76059, 76076, 76094, 76120, 76145, 76172, 76198, 76224, 76251, 76278, 76304, 76332, 76359, 76386, 76414, 76433, 76451, 76471, 76490, 76509, 76529, 76539, 76567, 76594, 76623, 76651, 76679, 76708, 76723, 76737, 76753, 76768, 76783, 76799, 76812, 76824, 76838, 76851, 76864, 76878, 76890, 76901, 76914, 76926, 76938, 76951, 76964, 76976, 76990, 77003, 77016, 77030, 77050, 77069, 77090, 77110, 77130, 77151, 77156, 77164, 77186, 77198, 77205, 77213, 77219, 77225, 77232, 77240, 77259, 77278, 77287, 77295, 77308, 77312, 77326, 77338, 77354, 77360, 77371, 77382, 77391, 77418, 77429, 77443, 77460, 77476, 77495, 77508, 77522, 77537, 77553, 77571, 77581, 77592, 77605, 77623, 77637, 77651, 77663, 77672, 77682, 77693, 77702, 77712, 77725, 77741, 77763, 77787, 77811, 77830, 77841, 77857, 77867, 77879, 77891, 77903, 77916, 77929, 77941, 77968, 77980, 77989, 77999, 78010, 78028, 78045, 78060, 78073, 78088, 78098, 78112, 78129, 78139, 78149, 78164, 78173, 78187, 78195, 78211, 78227, 78236, 78242, 78258, 78274, 78284, 78292, 78308, 78322, 78327, 78346, 78360, 78363, 78378, 78392, 78411, 78420, 78434, 78449, 78458, 78472, 78489, 78504, 78519, 78537, 78560, 78577, 78599, 78613, 78629, 78644, 78654, 78667, 78680, 78691, 78705, 78721, 78742, 78766, 78784, 78807, 78825, 78848, 78862, 78879, 78902, 78924, 78943, 78965, 78980, 79003, 79022, 79042, 79057, 79069, 79082, 79096, 79114, 79127, 79143, 79166, 79192, 79212, 79237, 79256, 79281, 79305, 79326, 79350, 79361, 79372, 79387, 79407, 79415, 79433, 79445, 79452, 79459, 79474, 79497, 79516, 79536, 79551, 79563, 79576, 79589, 79598, 79612, 79622, 79636, 79648, 79662, 79678, 79690, 79703, 79715, 79724, 79735, 79743, 79748, 79755, 79769, 79791, 79809, 79828, 79842, 79853, 79865, 79873, 79879, 79885, 79892, 79904, 79914, 79928, 79941, 79950, 79960, 79968, 79975, 79990, 80006, 80017, 80027, 80041, 80054, 80059, 80067, 80080, 80092, 80104, 80123, 80141, 80163, 80180, 80187, 80197, 80204, 80220, 80240, 80260, 80284, 80302, 80316, 80326, 80338, 80354, 80372, 80387, 80407, 80419, 80434, 80443, 80453, 80476, 80499, 80514, 80531, 80550, 80571, 80582, 80590, 80611, 80624, 80629, 80636, 80640, 80645, 80661, 80680, 80697, 80711, 80729, 80743, 80750, 80762, 80769, 80772, 80782, 80785, 80790, 80799, 80809, 80819, 80829, 80842, 80852, 80866, 80881, 80896, 80911, 80929, 80944, 80957, 80971, 80985, 80999, 81016, 81030, 81040, 81048, 81060, 81074, 81081, 81095, 81105, 81113, 81117, 81127, 81142, 81155, 81167, 81179, 81188, 81203, 81215, 81224, 81234, 81245, 81253, 81262, 81290, 81312, 81321, 81332, 81337, 81352, 81361, 81378, 81395, 81405, 81412, 81429, 81446, 81457, 81465, 81471, 81482, 81492, 81500, 81513, 81525, 81532, 81540, 81546, 81553, 81558, 81564, 81571, 81583, 81591, 81600, 81612, 81621, 81639, 81660, 81676, 81689, 81704, 81718, 81731, 81737, 81743, 81754, 81769, 81780, 81786, 81793, 81809, 81826, 81833, 81841, 81849, 81857, 81866, 81880, 81890, 81898, 81907, 81921, 81931, 81942, 81958, 81967, 81981, 81991, 81995, 82000, 82009, 82015, 82022, 82030, 82034, 82041, 82056, 82077, 82086, 82108, 82136, 82152, 82174, 82194, 82209, 82222, 82246, 82276, 82294, 82318, 82340, 82359, 82384, 82397, 82423, 82455, 82475, 82501, 82525, 82544, 82561, 82589, 82623, 82645, 82673, 82699, 82724, 82755, 82774, 82799, 82822, 82843, 82870, 82885, 82906, 82925, 82935, 82946, 82954, 82963, 82978, 82994, 83008, 83017, 83027, 83032, 83038, 83045, 83049, 83056, 83065, 83073, 83081, 83091, 83100, 83109, 83116, 83121, 83141, 83166, 83181, 83201, 83216, 83236, 83243, 83250, 83256, 83266, 83285, 83303, 83326, 83344, 83356, 83382, 83408, 83428, 83452, 83462, 83477, 83493, 83515, 83530, 83547, 83556, 83562, 83569, 83577, 83596, 83617, 83635, 83643, 83652, 83662, 83669, 83677, 83682, 83695, 83709, 83712, 83716, 83720, 83725, 83732, 83737, 83754, 83776, 83793, 83810, 83833, 83857, 83878, 83905, 83933, 83958, 83987, 84012, 84020, 84025, 84033, 84042, 84055, 84074, 84086, 84098, 84112, 84118, 84131, 84142, 84148, 84152, 84157, 84172, 84181, 84198, 84215, 84225, 84232, 84249, 84266, 84277, 84284, 84291, 84295, 84307, 84332, 84349, 84357, 84366, 84377, 84391, 84398, 84406, 84420, 84438, 84451, 84471, 84492, 84510, 84534, 84559, 84581, 84607, 84629, 84644, 84662, 84683, 84699, 84712, 84727, 84741, 84754, 84764, 84774, 84785, 84790, 84801, 84816, 84834, 84847, 84857, 84869, 84880, 84890, 84903, 84915, 84923, 84934, 84946, 84959, 84975, 84986, 84994, 85004, 85015, 85030, 85041, 85053, 85064, 85070, 85077, 85094, 85106, 85117, 85131, 85139, 85150, 85165, 85171, 85182, 85192, 85204, 85213, 85221, 85228, 85235, 85243, 85248, 85254, 85265, 85280, 85284, 85289, 85295, 85298, 85308, 85323, 85331, 85344, 85364, 85383, 85402, 85423, 85443, 85463, 85480, 85496, 85512, 85530, 85547, 85564, 85572, 85580, 85591, 85606, 85626, 85631, 85636, 85642, 85658, 85668, 85686, 85704, 85715, 85723, 85741, 85759, 85771, 85778, 85782, 85791, 85806, 85814, 85824, 85829, 85838, 85852, 85873, 85887, 85895, 85911, 85917, 85922, 85941, 85964, 85974, 85984, 85994, 86006, 86013, 86021, 86030, 86042, 86053, 86064, 86077, 86089, 86101, 86115, 86122, 86129, 86148, 86164, 86174, 86189, 86201, 86213, 86227, 86234, 86241, 86247, 86254, 86260, 86267, 86273, 86280, 86287, 86295, 86303, 86308, 86321, 86333, 86339, 86345, 86352, 86359, 86367, 86373, 86381, 86389, 86399, 86408, 86413, 86419, 86428, 86443, 86460, 86477, 86489, 86501, 86520, 86535, 86553, 86570, 86590, 86608, 86630, 86651, 86668, 86685, 86698, 86712, 86724, 86731, 86741, 86750, 86767, 86782, 86799, 86818, 86835, 86850, 86869, 86886, 86905, 86922, 86938, 86959, 86978, 86997, 87012, 87020, 87029, 87035, 87045, 87054, 87079, 87097, 87107, 87114, 87122, 87133, 87147, 87165, 87178, 87189, 87199, 87210, 87221, 87237, 87248, 87260, 87273, 87297, 87314, 87337, 87353, 87369, 87387, 87397, 87408, 87415, 87423, 87447, 87453, 87463, 87470, 87478, 87484, 87491, 87505, 87516, 87526, 87534, 87541, 87549, 87561, 87573, 87582, 87591, 87598, 87603, 87608, 87614, 87625, 87633, 87645, 87658, 87677, 87697, 87714, 87737, 87761, 87782, 87807, 87828, 87845, 87857, 87875, 87894, 87910, 87932, 87955, 87975, 87999, 88019, 88031, 88041, 88058, 88070, 88086, 88098, 88104, 88110, 88117, 88121, 88126, 88129, 88133, 88138, 88151, 88163, 88168, 88174, 88184, 88193, 88199, 88214, 88228, 88247, 88261, 88269, 88291, 88313, 88329, 88349, 88356, 88365, 88374, 88384, 88395, 88401, 88408, 88419, 88431, 88449, 88464, 88477, 88494, 88511, 88522, 88532, 88544, 88559, 88575, 88592, 88607, 88620, 88636, 88648, 88667, 88680, 88692, 88707, 88720, 88735, 88751, 88763, 88767, 88772, 88780, 88789, 88795, 88805, 88817, 88829, 88838, 88842, 88855, 88872, 88886, 88899, 88907, 88921, 88929, 88944, 88960, 88974, 88987, 88997, 89001, 89004, 89013, 89021, 89028, 89035, 89044, 89050, 89067, 89073, 89084, 89090, 89096, 89103, 89120, 89130, 89139, 89146, 89154, 89161, 89176, 89189, 89203, 89219, 89238, 89251, 89263, 89277, 89294, 89313, 89331, 89345, 89366, 89381, 89395, 89408, 89422, 89426, 89431, 89447, 89464, 89467, 89482, 89495, 89511, 89532, 89545, 89549, 89554, 89559, 89573, 89588, 89602, 89616, 89630, 89640, 89655, 89668, 89674, 89682, 89687, 89693, 89700, 89713, 89717, 89724, 89733, 89748, 89762, 89780, 89788, 89798, 89805, 89814, 89821, 89830, 89839, 89850, 89861, 89871, 89874, 89890, 89903, 89916, 89938, 89951, 89956, 89965, 89978, 89990, 89994, 89999, 90009, 90018, 90026, 90035, 90042, 90051, 90062, 90073, 90084, 90099, 90102, 90110, 90121, 90131, 90137, 90147, 90161, 90173, 90186, 90197, 90215, 90229, 90242, 90252, 90262, 90276, 90292, 90314, 90331, 90347, 90356, 90367, 90378, 90389, 90401, 90417, 90431, 90446, 90459, 90474, 90489, 90508, 90529, 90551, 90572, 90588, 90608, 90624, 90636, 90651, 90665, 90681, 90698, 90713, 90730, 90745, 90760, 90774, 90794, 90807, 90823, 90837, 90852, 90865, 90885, 90901, 90917, 90931, 90946, 90959, 90979, 90995, 90998, 91020, 91043, 91067, 91084, 91098, 91115, 91127, 91157, 91181, 91200, 91219, 91236, 91244, 91248, 91254, 91263, 91267, 91270, 91274, 91279, 91288, 91296, 91302, 91314, 91330, 91340, 91358, 91376, 91387, 91401, 91409, 91427, 91445, 91457, 91465, 91474, 91481, 91486, 91496, 91501, 91507, 91514, 91522, 91533, 91548, 91553, 91558, 91572, 91591, 91599, 91610, 91628, 91643, 91663, 91678, 91698, 91716, 91739, 91752, 91770, 91775, 91783, 91789, 91795, 91816, 91830, 91843, 91856, 91871, 91885, 91899, 91912, 91924, 91933, 91943, 91960, 91972, 91988, 92000, 92007, 92017, 92028, 92040, 92050, 92061, 92073, 92079, 92088, 92105, 92120, 92142, 92159, 92180, 92197, 92205, 92217, 92225, 92232, 92239, 92246, 92259, 92269, 92285, 92304, 92308, 92314, 92321, 92337, 92356, 92370, 92385, 92401, 92412, 92425, 92437, 92448, 92455, 92460, 92466, 92477, 92480, 92515, 92543, 92571, 92601, 92609, 92627, 92635, 92664, 92686, 92708, 92732, 92752, 92773, 92783, 92804, 92811, 92816, 92824, 92841, 92850, 92864, 92875, 92891, 92910, 92928, 92945, 92965, 92976, 92981, 92986, 92997, 93016, 93029, 93042, 93058, 93072, 93085, 93097, 93111, 93121, 93132, 93140, 93148, 93163, 93176, 93187, 93201, 93215, 93233, 93252, 93267, 93280, 93293, 93316, 93332, 93349, 93369, 93387, 93403, 93421, 93435, 93450, 93467, 93481, 93499, 93516, 93534, 93556, 93579, 93598, 93615, 93628, 93646, 93659, 93668, 93682, 93692, 93708, 93712, 93717, 93731, 93739, 93743, 93758, 93768, 93780, 93791, 93808, 93820, 93836, 93849, 93868, 93883, 93897, 93912, 93925, 93940, 93957, 93972, 93987, 94004, 94019, 94035, 94046, 94059, 94071, 94089, 94102, 94119, 94133, 94153, 94169, 94184, 94200, 94214, 94230, 94248, 94264, 94280, 94298, 94314, 94331, 94343, 94357, 94370, 94389, 94403, 94421, 94436, 94457, 94474, 94490, 94507, 94522, 94539, 94558, 94575, 94592, 94611, 94628, 94646, 94655, 94665, 94689, 94708, 94726, 94741, 94752, 94771, 94794, 94823, 94855, 94883, 94911, 94929, 94951, 94965, 94988, 95015, 95048, 95084, 95116, 95148, 95170, 95196, 95214, 95238, 95260, 95290, 95311, 95331, 95349, 95375, 95392, 95406, 95434, 95457, 95479, 95498, 95513, 95536, 95563, 95596, 95632, 95664, 95696, 95718, 95744, 95762, 95789, 95820, 95857, 95897, 95933, 95969, 95995, 96025, 96047, 96075, 96101, 96135, 96160, 96184, 96206, 96236, 96257, 96266, 96277, 96290, 96304, 96312, 96328, 96344, 96353, 96367, 96387, 96400, 96415, 96430, 96439, 96448, 96459, 96474, 96485, 96502, 96519, 96531, 96540, 96557, 96572, 96578, 96592, 96608, 96624, 96634, 96647, 96664, 96682, 96700, 96717, 96737, 96760, 96782, 96803, 96813, 96824, 96833, 96845, 96855, 96866, 96879, 96894, 96906, 96920, 96932, 96944, 96958, 96969, 96986, 96996, 97008, 97014, 97034, 97047, 97058, 97069, 97084, 97102, 97126, 97145, 97165, 97186, 97202, 97219, 97239, 97263, 97293, 97326, 97355, 97384, 97403, 97426, 97441, 97465, 97493, 97527, 97564, 97597, 97630, 97653, 97680, 97699, 97724, 97747, 97778, 97800, 97821, 97840, 97867, 97885, 97900, 97919, 97941, 97969, 97992, 98016, 98041, 98061, 98082, 98100, 98122, 98147, 98178, 98204, 98231, 98259, 98282, 98306, 98316, 98328, 98339, 98356, 98368, 98384, 98397, 98416, 98431, 98445, 98460, 98473, 98488, 98505, 98520, 98535, 98552, 98567, 98583, 98596, 98609, 98620, 98633, 98645, 98663, 98676, 98693, 98707, 98727, 98743, 98758, 98774, 98788, 98804, 98822, 98838, 98854, 98872, 98888, 98905, 98917, 98931, 98944, 98963, 98977, 98995, 99010, 99031, 99048, 99064, 99081, 99096, 99113, 99132, 99149, 99166, 99185, 99202, 99220, 99227, 99232, 99243, 99259, 99269, 99284, 99290, 99295, 99299, 99304, 99310, 99320, 99325, 99332, 99347, 99352, 99356, 99361, 99366, 99372, 99379, 99388, 99404, 99415, 99424, 99438, 99452, 99460, 99472, 99480, 99488, 99497, 99505, 99514, 99529, 99539, 99550, 99562, 99570, 99576, 99586, 99604, 99619, 99629, 99640, 99652, 99660, 99669, 99683, 99693, 99703, 99714, 99725, 99736, 99747, 99755, 99761, 99769, 99778, 99788, 99796, 99810, 99827, 99836, 99848, 99856, 99863, 99875, 99888, 99898, 99913, 99922, 99934, 99949, 99960, 99975, 99987, 100002, 100011, 100021, 100036, 100044, 100052, 100060, 100072, 100083, 100089, 100097, 100110, 100119, 100133, 100139, 100146, 100154, 100167, 100176, 100185, 100196, 100207, 100219, 100231, 100251, 100268, 100286, 100311, 100331, 100355, 100375, 100386, 100397, 100402, 100416, 100426, 100435, 100445, 100454, 100466, 100472, 100479, 100484, 100489, 100497, 100500, 100510, 100521, 100536, 100544, 100565, 100589, 100609, 100629, 100639, 100647, 100661, 100672, 100683, 100689, 100700, 100712, 100727, 100746, 100771, 100799, 100823, 100847, 100861, 100879, 100889, 100905, 100919, 100941, 100954, 100966, 100978, 100987, 100995, 101005, 101023, 101035, 101044, 101047, 101055, 101062, 101069, 101087, 101104, 101121, 101130, 101138, 101146, 101155, 101159, 101174, 101188, 101202, 101214, 101224, 101237, 101249, 101263, 101275, 101285, 101299, 101311, 101325, 101337, 101348, 101364, 101378, 101392, 101402, 101412, 101425, 101436, 101449, 101464, 101477, 101488, 101503, 101516, 101531, 101544, 101556, 101573, 101588, 101603, 101614, 101626, 101637, 101641, 101649, 101655, 101674, 101687, 101694, 101702, 101721, 101742, 101760, 101769, 101780, 101788, 101797, 101811, 101823, 101835, 101840, 101846, 101865, 101877, 101888, 101904, 101920, 101935, 101948, 101964, 101975, 101985, 101998, 102011, 102027, 102042, 102054, 102068, 102082, 102095, 102109, 102120, 102131, 102143, 102154, 102168, 102181, 102191, 102199, 102217, 102234, 102246, 102255, 102263, 102275, 102287, 102291, 102304, 102319, 102334, 102348, 102363, 102375, 102388, 102400, 102414, 102419, 102427, 102436, 102443, 102453, 102471, 102488, 102506, 102523, 102541, 102563, 102572, 102582, 102590, 102603, 102622, 102642, 102661, 102681, 102705, 102717, 102731, 102740, 102751, 102765, 102777, 102790, 102805, 102819, 102832, 102846, 102856, 102864, 102873, 102886, 102891, 102905, 102920, 102931, 102937, 102948, 102958, 102961, 102967, 102984, 102998, 103011, 103026, 103043, 103057, 103077, 103084, 103100, 103112, 103125, 103129, 103134, 103141, 103151, 103168, 103180, 103194, 103210, 103225, 103238, 103245, 103253, 103265, 103278, 103298, 103313, 103330, 103349, 103367, 103383, 103396, 103416, 103431, 103448, 103467, 103485, 103501, 103511, 103518, 103526, 103540, 103558, 103567, 103584, 103596, 103615, 103629, 103645, 103663, 103680, 103695, 103705, 103725, 103742, 103762, 103783, 103799, 103821, 103836, 103844, 103857, 103869, 103891, 103909, 103928, 103950, 103968, 103987, 104011, 104028, 104039, 104057, 104073, 104092, 104110, 104126, 104147, 104161, 104181, 104197, 104215, 104229, 104246, 104261, 104273, 104291, 104309, 104323, 104341, 104357, 104368, 104382, 104394, 104405, 104420, 104438, 104462, 104488, 104514, 104535, 104547, 104561, 104575, 104592, 104609, 104623, 104643, 104656, 104676, 104694, 104705, 104721, 104738, 104753, 104770, 104782, 104800, 104820, 104838, 104855, 104872, 104892, 104904, 104912, 104921, 104931, 104942, 104951, 104968, 104980, 104990, 104995, 105001, 105007, 105012, 105019, 105030, 105037, 105045, 105059, 105072, 105085, 105100, 105127, 105142, 105156, 105180, 105203, 105217, 105229, 105240, 105258, 105275, 105298, 105316, 105335, 105351, 105373, 105396, 105416, 105440, 105460, 105480, 105501, 105517, 105530, 105544, 105565, 105587, 105601, 105617, 105634, 105645, 105654, 105676, 105695, 105717, 105746, 105778, 105804, 105835, 105860, 105891, 105921, 105948, 105978, 105998, 106015, 106035, 106062, 106092, 106116, 106145, 106168, 106197, 106225, 106250, 106278, 106288, 106295, 106303, 106316, 106324, 106333, 106347, 106366, 106390, 106413, 106421, 106430, 106438, 106451, 106461, 106476, 106492, 106502, 106517, 106530, 106541, 106552, 106561, 106576, 106594, 106607, 106622, 106636, 106649, 106658, 106675, 106681, 106688, 106701, 106715, 106741, 106764, 106786, 106797, 106819, 106836, 106854, 106869, 106888, 106908, 106923, 106936, 106948, 106964, 106975, 106987, 106997, 107016, 107036, 107053, 107076, 107100, 107121, 107146, 107167, 107174, 107182, 107191, 107198, 107206, 107215, 107229, 107244, 107262, 107275, 107287, 107305, 107324, 107340, 107362, 107385, 107405, 107429, 107449, 107458, 107468, 107473, 107485, 107495, 107506, 107531, 107551, 107570, 107586, 107601, 107630, 107654, 107677, 107697, 107708, 107726, 107738, 107751, 107765, 107780, 107796, 107808, 107821, 107835, 107845, 107861, 107871, 107880, 107890, 107903, 107916, 107930, 107940, 107949, 107962, 107977, 107989, 107999, 108010, 108022, 108036, 108048, 108067, 108085, 108106, 108130, 108153, 108175, 108187, 108197, 108213, 108226, 108242, 108247, 108253, 108265, 108278, 108303, 108325, 108346, 108356, 108372, 108387, 108408, 108424, 108441, 108455, 108473, 108491, 108510, 108524, 108536, 108542, 108553, 108569, 108590, 108610, 108615, 108632, 108641, 108648, 108653, 108664, 108667, 108685, 108705, 108725, 108741, 108752, 108764, 108778, 108801, 108822, 108855, 108869, 108883, 108901, 108913, 108936, 108955, 108969, 108981, 108993, 109003, 109013, 109023, 109037, 109055, 109067, 109073, 109079, 109085, 109091, 109097, 109103, 109109, 109115, 109121, 109127, 109133, 109139, 109145, 109151, 109157],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[40, 447, 1542, 1545, 1607, 2641, 3055, 3504, 3505, 3783, 3790, 3804, 3812, 3814, 3877]), Anchor::All(&[Anchor::Lits(&[3955, 4324, 4497, 4581, 4640, 4644, 4646, 4649, 4651, 4653, 4694, 4702, 4706, 4726, 4744, 4791, 4795, 4803, 4807, 4827, 4845, 5082, 5084, 5125, 5312, 5315, 5319, 5322, 5618, 5800, 5823, 5839, 5862, 5892, 5894, 5909, 5995, 6048, 6142, 6146, 6149, 6151, 6224, 6226, 6228, 6390, 6409, 6694, 6740, 6776, 6897, 6901, 6902, 6904, 6906, 6908, 6976, 7350, 7352, 7372, 7435]), Anchor::Lits(&[4407, 4453, 4479, 4620, 4622, 5154, 5158, 5166, 5168, 5424, 5628, 6361, 6364, 6546, 6613, 6634, 6959, 7378])]), Anchor::All(&[Anchor::Lits(&[3955, 4324, 4497, 4581, 4640, 4644, 4646, 4649, 4651, 4653, 4694, 4702, 4706, 4726, 4744, 4791, 4795, 4803, 4807, 4827, 4845, 5082, 5084, 5125, 5312, 5315, 5319, 5322, 5618, 5800, 5823, 5839, 5862, 5892, 5894, 5909, 5995, 6048, 6142, 6146, 6149, 6151, 6224, 6226, 6228, 6390, 6409, 6694, 6740, 6776, 6897, 6901, 6902, 6904, 6906, 6908, 6976, 7350, 7352, 7372, 7435]), Anchor::Lits(&[4407, 4453, 4482, 4502, 4564, 4620, 4625, 4928, 5158, 5166, 5170, 5375, 5413, 5427, 5692, 6115, 6361, 6364, 6526, 6617, 6634, 6888, 6959, 6999, 7049, 7233, 7378])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[497, 614, 716, 729, 736, 875, 876, 878, 1377, 1493, 1680, 1689, 1774, 1984, 1989, 2098, 2130, 2131, 2132, 2368, 2429, 2556, 2584, 2592, 2603, 2786, 2787, 2798, 2866, 3184, 3186, 3191, 3230, 3232, 3775, 3781, 3783, 3786, 3799, 3802, 3812, 3877, 4408, 4454, 4621, 4623, 4626, 5155, 5159, 5167, 5169, 5171, 5425, 5428, 6362, 6365, 6370, 6618, 6635, 6960, 6961, 7379]), Anchor::All(&[Anchor::Lits(&[4407, 4453, 4620, 4622, 5154, 5158, 5166, 5168, 5424, 6361, 6364, 6617, 6634, 6959, 7378]), Anchor::Lits(&[4042, 4122, 4919, 7944])]), Anchor::All(&[Anchor::Lits(&[3955, 4324, 4497, 4581, 4640, 4644, 4646, 4649, 4651, 4653, 4694, 4702, 4706, 4726, 4744, 4791, 4795, 4803, 4807, 4827, 4845, 5082, 5084, 5125, 5312, 5315, 5319, 5322, 5618, 5800, 5823, 5839, 5862, 5892, 5894, 5909, 5995, 6048, 6142, 6146, 6149, 6151, 6224, 6226, 6228, 6390, 6409, 6694, 6740, 6776, 6897, 6901, 6902, 6904, 6906, 6908, 6976, 7350, 7352, 7372, 7435]), Anchor::Lits(&[4405, 4622, 5156, 5168, 5424, 5627, 6364, 6545, 6613, 6633, 6639])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[728, 1648, 1649, 1650, 1808, 1809, 1819, 1820, 1988, 2555, 2557, 2639, 2795, 2848, 2849, 2850, 3817, 3821, 3824, 3826, 3828, 3831, 3837, 3842, 3846, 3859, 3869]), Anchor::All(&[Anchor::Lits(&[4407, 4625, 5696, 6115]), Anchor::Lits(&[3816])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[3958, 4282, 4872, 5360, 5369, 5607, 6337, 6349, 6791, 7461, 7463, 7803, 7865, 7866, 7869, 7875, 7927, 7928, 7943, 8016]), Anchor::Lits(&[4042, 4127, 4929, 7620, 7642])])),
            (4, "override-the-above", Anchor::Lits(&[41, 448, 2590, 2602])),
            (5, "override-bare-instructions", Anchor::Lits(&[511, 913, 1526, 1737, 2206, 2237, 2458, 2499, 3129, 3131])),
            (6, "override-previous-loosely", Anchor::Lits(&[5315, 6561])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[3956, 3957, 4052, 4325, 4498, 4582, 4641, 4645, 4647, 4650, 4652, 4654, 4703, 4707, 4727, 4792, 4804, 4808, 4828, 5083, 5085, 5126, 5313, 5316, 5320, 5323, 5801, 5824, 5840, 5863, 5893, 5895, 5910, 5996, 6029, 6067, 6143, 6147, 6150, 6152, 6225, 6227, 6229, 6391, 6410, 6695, 6741, 6777, 6898, 6903, 6905, 6907, 6909, 7351, 7353, 7373, 7436]), Anchor::All(&[Anchor::Lits(&[3955, 4324, 4497, 4581, 4640, 4644, 4646, 4649, 4651, 4653, 4694, 4702, 4706, 4726, 4744, 4791, 4795, 4803, 4807, 4827, 4845, 5082, 5084, 5125, 5312, 5315, 5319, 5322, 5618, 5800, 5823, 5839, 5862, 5892, 5894, 5909, 5995, 6048, 6142, 6146, 6149, 6151, 6224, 6226, 6228, 6390, 6409, 6694, 6740, 6776, 6897, 6901, 6902, 6904, 6906, 6908, 6976, 7350, 7352, 7372, 7435]), Anchor::Lits(&[630, 673, 740, 759, 883, 1614, 1729, 1779, 2102, 2327, 2422, 2529, 2626, 3227])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[250, 472, 473, 475, 477, 726, 727, 751, 756, 1524, 1525, 1628, 1630, 1930, 1931, 1979, 1990, 2598, 2599, 2792, 2799, 2897, 2900, 3141, 3142, 3223, 3422])),
            (9, "override-everything-then-order", Anchor::Lits(&[913, 1526, 1737, 2206, 2237, 2909])),
            (10, "hijack-the-content", Anchor::Lits(&[4649, 5082, 5315, 6776])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[4408, 4454, 4480, 4621, 4623, 4626, 5155, 5159, 5167, 5169, 5171, 5425, 5428, 5629, 6362, 6365, 6370, 6547, 6614, 6618, 6635, 6960, 6961, 7379]), Anchor::Any(&[Anchor::Lits(&[4171, 4172, 4679, 4716, 4759, 4761, 4762, 4764, 4768, 4817, 5446, 5447, 5889, 5890, 5891, 5896, 5897]), Anchor::All(&[Anchor::Lits(&[29, 30, 72, 555, 556, 844, 858, 900, 1346, 1368, 1434, 1471, 1472, 1622, 1738, 1841, 1863, 1949, 1975, 2261, 2264, 2293, 2297, 2299, 2300, 2302, 2321, 2332, 2336, 2418, 2440, 2450, 2708, 2749, 2755, 2776, 2778, 2811, 2820, 3149, 3155, 3168, 3573, 3689, 3699, 3762]), Anchor::Lits(&[4169, 5143, 5177, 5185, 5190, 5441, 5712, 6744, 6751, 7610, 7671])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[434, 554, 557, 1662, 1668, 1842, 1843, 2444, 2445, 2458, 2460, 2462, 2463, 2754, 2756, 3154, 3156, 3203, 3205, 3463, 3464, 3687]), Anchor::Lits(&[4405, 4490, 4622, 5166, 5424, 5687, 5699, 6114, 6284, 6291, 6364, 6617])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[3773, 3779, 3784, 3787, 3811, 3876]), Anchor::All(&[Anchor::Lits(&[38, 39, 70, 71, 690, 691, 1514, 1516, 1696, 1698, 1997, 1998, 2322, 2323, 2779, 2780, 3121, 3122]), Anchor::Lits(&[4407, 4453, 4479, 4544, 4602, 4620, 4622, 5154, 5158, 5166, 5168, 5424, 5628, 5658, 6107, 6155, 6361, 6364, 6546, 6613, 6634, 6959, 7377, 7378])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1418, 1419, 1420, 1421, 1911, 1912, 1915, 1921, 2373, 2374, 2377, 2383, 3059, 3060, 3061, 3062, 3959, 3960, 3961, 3962, 3963, 3964, 3965, 3966, 3987, 3993, 3994, 4096, 4097, 4102, 4114, 4115, 4116, 4117, 4284, 4285, 4288, 4289, 4290, 4413, 4414, 4415, 4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4439, 4442, 4445, 4448, 4450, 4470, 4471, 4473, 4475, 4493, 4494, 4495, 4520, 4521, 4522, 4523, 4575, 4576, 4577, 4578, 4604, 4605, 4606, 4608, 4609, 4610, 4611, 4873, 4874, 4875, 4876, 4877, 4878, 4879, 4991, 4992, 4993, 4994, 4995, 4996, 5041, 5042, 5043, 5045, 5046, 5047, 5048, 5052, 5054, 5055, 5056, 5103, 5105, 5202, 5203, 5204, 5205, 5206, 5207, 5208, 5370, 5559, 5563, 5566, 5570, 5574, 5575, 5637, 5638, 5639, 5640, 5999, 6000, 6001, 6002, 6004, 6005, 6006, 6007, 6008, 6009, 6010, 6011, 6012, 6013, 6015, 6018, 6021, 6024, 6026, 6077, 6079, 6082, 6085, 6089, 6090, 6122, 6123, 6124, 6125, 6126, 6127, 6128, 6318, 6319, 6320, 6330, 6331, 6332, 6333, 6334, 6335, 6336, 6342, 6343, 6344, 6345, 6346, 6347, 6348, 6456, 6457, 6459, 6461, 6537, 6538, 6539, 6792, 6853, 6854, 6855, 6856, 6857, 6858, 6957, 6958, 6959, 6962, 6963, 6964, 6965, 6971, 6972, 6973, 6974, 6978, 6979, 6980, 6981, 7389, 7390, 7396, 7402, 7911, 7931])),
            (15, "permission-to-ignore", Anchor::Lits(&[4311, 4324, 4385, 4634, 4649, 4916, 5082, 5315, 6146, 6776, 7569])),
            (16, "deceive-the-user", Anchor::Lits(&[4324, 4649, 4678, 4710, 4711, 4717, 4724, 4733, 4739, 4767, 4811, 4812, 4818, 4825, 4834, 4840, 5082, 5210, 5212, 5214, 5219, 5315, 5808, 5827, 5828, 5833, 5842, 5851, 5858, 6146, 7724])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[4040, 4043, 4149, 4150, 4151, 4156, 4158, 4159, 4160, 4161, 4242, 4244, 4245, 4246, 4309, 4361, 4378, 4384, 4407, 4453, 4460, 4463, 4464, 4468, 4479, 4515, 4517, 4620, 4622, 4899, 4914, 4920, 5033, 5152, 5154, 5156, 5165, 5166, 5168, 5242, 5249, 5406, 5407, 5408, 5409, 5411, 5412, 5424, 5628, 5632, 5703, 5707, 6284, 6291, 6338, 6361, 6364, 6371, 6432, 6446, 6454, 6546, 6565, 6566, 6617, 6633, 6636, 6669, 6670, 6671, 6707, 6712, 6713, 6714, 6715, 6716, 6718, 6959, 7184, 7378, 7403, 7957]), Anchor::Lits(&[329, 421, 461, 2337, 2359, 2360, 2362, 3392])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[3693, 3698, 4300, 4395, 4396, 5096, 5097, 5101, 6969]), Anchor::All(&[Anchor::Lits(&[4407, 4453, 4490, 4620, 4622, 5154, 5158, 5166, 5168, 5287, 5424, 5675, 5676, 6251, 6361, 6364, 6546, 6617, 6634, 6959, 7378]), Anchor::Lits(&[4397, 4399, 4584, 4848, 4900, 4901, 5050, 6153, 6383, 6479, 6483, 6485, 6528, 6533, 6570, 7435, 7676, 7677])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[85, 86, 87, 88, 2347, 2348, 2361, 2369, 3378, 3379, 3391, 3410, 3691, 3692, 3695, 3697])),
            (20, "override-what-makers-said", Anchor::Lits(&[7112, 7178, 7179, 7191, 7197, 7198, 7202, 7209, 7210, 7216, 7946, 7959, 7961, 7967, 7973, 7975, 7978, 7985, 7986, 7991])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[884, 886, 1813, 2148, 2152, 2424, 2559, 2853]), Anchor::All(&[Anchor::Lits(&[7803, 7868, 7895, 7926, 7928, 7997, 8015]), Anchor::Lits(&[4452, 5019, 5092, 5173, 5545, 5623, 6144, 6443, 6507, 6531, 6569, 7441])]), Anchor::All(&[Anchor::Lits(&[5116, 5117, 5130, 5131, 5555, 5556, 5697, 5698, 6384, 6385, 6438, 6439, 6580, 6581]), Anchor::Lits(&[7944])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[277, 285, 286, 298, 299, 300, 309, 310, 312, 313, 315, 316, 323, 328, 3784, 3789, 3809, 3811, 3876])),
            (23, "nothing-is-real", Anchor::Lits(&[230, 718, 2248, 2288, 2306, 2307, 2308, 2309, 2852])),
            (24, "declined-now-allowed", Anchor::Lits(&[4263, 4305, 4518, 4519, 4572, 4591, 4638, 5078, 5079, 6363, 6455, 6473, 6543, 7794, 7795])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[729, 1643, 1651, 1811, 1984, 1989, 2176, 2556, 2558, 2798, 2851, 3773, 3784, 3785, 3789, 3792, 3793, 3795, 3811, 3871, 3876, 4203, 7225]), Anchor::All(&[Anchor::Lits(&[729, 1651, 1811, 2556, 2558, 2798, 2851, 3192]), Anchor::Lits(&[7944])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[46, 688, 821, 1629, 2051, 2555, 2557, 2610, 2863, 2923])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[358, 359, 360, 361, 502, 503, 699, 741, 760, 885, 1554, 1555, 1557, 1561, 1562, 1563, 1573, 1607, 1806, 2013, 2090, 2624, 2625, 2626, 2983, 3094, 3231, 3421, 3783, 3788, 3804, 3808, 3809, 3810, 3875, 4127, 4472, 4474, 4929, 5055, 5639, 6012, 6458, 6460, 6530, 6532, 6975, 6984, 7395, 7400, 7471, 7474, 7480, 7482, 7483, 7485, 7486, 7501, 7502, 7503, 7506, 7642, 7970, 7971, 7992]), Anchor::All(&[Anchor::Lits(&[503, 695, 728, 885, 1642, 1647, 1650, 1810, 2422, 2555, 2557, 2625, 2626, 2797, 2850, 2987, 3444]), Anchor::Lits(&[7118, 7150, 7177, 7194, 7470])]), Anchor::All(&[Anchor::Lits(&[503, 728, 885, 1647, 1650, 1810, 2422, 2625, 2626, 2850]), Anchor::Lits(&[4602, 5200, 6884, 6886, 6955])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[41, 71, 251, 438, 691, 695, 728, 758, 885, 1323, 1516, 1533, 1647, 1650, 1697, 1699, 1810, 1888, 1988, 2323, 2555, 2780, 2797, 2850, 2987, 3305, 3315, 3358, 4148, 4203, 4204, 4205, 4206, 5158, 5449, 6106, 6138, 6145, 6484, 6634, 6637, 6937, 6985, 7404]), Anchor::All(&[Anchor::Lits(&[479, 494, 698, 1606, 2012, 2409, 2857, 2982, 3093, 3157, 3158, 3752]), Anchor::Lits(&[3772])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[4456, 4457, 4480, 4491, 4621, 4626, 5044, 5159, 5171, 5387, 5388, 5397, 5426, 5428, 6252, 6285, 6313, 6362, 6365, 6370, 6547, 6618, 6743, 6960, 6961, 7379]), Anchor::Lits(&[3816])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[4457, 4621, 4626, 5171, 5428, 5688, 5693, 6313, 6365, 6370, 6618, 6743, 7050]), Anchor::Lits(&[4014, 4455, 4603, 5201, 5386, 5438, 5694, 6103, 6121, 6308, 6351, 6437, 6698, 6885, 6956, 7422, 7568])])),
            (31, "what-others-told-you", Anchor::Lits(&[41, 333, 334, 335, 336, 438, 1570, 1571, 1572, 1573, 1602, 1603, 1604, 1605, 1803, 1804, 1805, 1806, 2608, 2621, 2622, 2623, 2624, 2655, 2656, 2657, 2658, 2871, 2872, 2873, 2874, 2943, 2944, 2945, 2946, 3210, 3211, 3212, 3213, 3219, 3220, 3221, 3222, 3418, 3419, 3420, 3421, 3756, 3757, 3758, 3759, 3763, 3764, 3765, 3766])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[271, 881, 987, 1657, 1670, 3595, 3604, 5368, 5415, 7621, 7623, 7625, 7634, 7640, 7643])),
            (33, "reveal-given-instructions", Anchor::Lits(&[40, 103, 357, 437, 1322, 1523, 1758, 1840, 2607, 3409, 3605, 3696, 3773, 3784, 3789, 3811, 3876, 4291, 5104, 5145, 5368, 5415, 6030, 7054, 7827, 7863, 7870, 7881, 7893, 7910, 7913, 7929, 7932, 8011, 8017])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[40, 356, 357, 440, 441, 442, 446, 447, 1551, 1559, 1759, 2588, 2609, 3055, 3791, 3804, 3812, 3878]), Anchor::All(&[Anchor::Lits(&[740, 759, 1776, 1779, 1810, 2587, 2626, 3227, 3750]), Anchor::Lits(&[41, 1323, 1510, 1676, 1772, 2428, 2589, 2600, 2606])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[451, 452, 453, 3092, 3096, 3097])),
            (36, "reveal-context-contents", Anchor::Lits(&[632, 759, 2065, 2333, 2335, 2953, 3445, 4484, 4489, 4490, 4512, 5427, 6312, 6364, 6959, 7052, 7791, 7792])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[7945, 7958, 7962, 7964, 7965, 7966, 7969, 7972, 7974, 7976, 7977, 7980, 7982, 7983, 7984, 7993, 7995])),
            (38, "complete-the-leak", Anchor::Lits(&[5260, 5262, 5263, 5265, 5266, 5268, 5269, 5270, 5272, 5273, 5276, 5277, 5278, 5279, 5280, 5281, 5282, 5283, 5284, 5285, 5714, 5715, 5716, 5717, 5718, 5719, 5720, 5721, 5722, 5723, 5724, 5725, 5726, 5727, 5728, 5729, 5730, 5731, 5732, 5733, 5734, 5735, 5736, 5737, 5738, 5739, 5740, 5741, 5742, 5743, 5744, 5745, 5746, 5747, 5748, 5749, 5751, 5752, 5753, 5754, 5755, 5756, 5757, 5758, 5759, 5760, 5761, 5762, 5763, 5764, 5765, 5766, 5767, 5768, 5769, 5770, 5771, 5772, 5773, 5774, 5775, 5776, 5777, 5778, 5779, 5780, 5781, 5782, 5783, 5784, 5785, 5786, 7199, 7200, 7206, 7207, 7208, 7211, 7212, 7213, 7214, 7805, 7806, 7809, 7810, 7813, 7815, 7987, 7988, 7989, 7990])),
            (39, "what-you-must-not-say", Anchor::Lits(&[4215, 5080, 5422, 5855, 5980, 5981, 5982, 5983, 6360, 6363, 6544, 7369, 7376])),
            (40, "reveal-initialization", Anchor::Lits(&[5378, 5379, 5380, 5381, 5382, 5383, 5384, 5385, 5389, 5390, 5391, 5392, 5393, 5394, 5395, 5396, 5398, 5399, 5400, 5401, 5402, 5403, 5404, 5405])),
            (41, "forged-own-instructions", Anchor::Lits(&[3818, 3820, 3822, 3825, 3829, 3834, 3835, 3839, 3841, 3843, 3845, 3850, 3851, 3853, 3856, 3860, 3861, 3864, 3870])),
            (42, "follow-what-it-says", Anchor::Lits(&[196, 197, 198, 199, 200, 202, 203, 302, 303, 304, 305, 306, 307, 3308, 3309, 3310, 3311, 3312, 3313, 3314, 3608, 3609, 3610, 3611, 3612, 3613, 3616, 3617, 3618, 3619, 3620, 3621])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4616, 4755, 7113, 7145, 7193, 7236, 7271, 7280, 7309, 7830, 7832, 7835, 7864, 7867, 7873, 7878, 7923, 7929, 7947, 7952, 7968]), Anchor::All(&[Anchor::Lits(&[693, 707, 740, 798, 1358, 1810, 1936, 2059, 2065, 2619, 2626, 2858, 2951, 2953, 2985, 2987, 3423, 3555]), Anchor::Lits(&[7470])]), Anchor::All(&[Anchor::Lits(&[388, 697, 706, 2018, 2856, 3537]), Anchor::Lits(&[4174, 7802, 7894, 7996])])]), Anchor::Lits(&[694, 696, 708, 715, 741, 799, 1359, 1365, 1811, 1937, 2060, 2066, 2620, 2627, 2859, 2952, 2954, 2986, 2988, 3424, 3425, 3556, 4175, 4176, 4177, 4178, 4179, 4180, 7114, 7115, 7116, 7117, 7146, 7147, 7148, 7149, 7237, 7238, 7239, 7240, 7241, 7242, 7243, 7244, 7272, 7273, 7274, 7275, 7276, 7277, 7278, 7279, 7281, 7282, 7283, 7284, 7285, 7286, 7287, 7288, 7808, 7811, 7812, 7818, 7828, 7831, 7833, 7836, 7865, 7868, 7874, 7879, 7898, 7899, 7900, 7902, 7907, 7909, 7924, 7925, 7930, 7948, 7949, 7950, 7951, 7953, 7954, 7955, 7956, 8000, 8001, 8002, 8006, 8012, 8014])])),
            (44, "developer-message-requested", Anchor::Lits(&[41, 438, 877, 1549, 1690, 1775, 1811, 2947, 3187, 3192, 3777, 3778, 3784, 3805, 3807, 3813, 7189, 7205, 7622, 7624, 7626, 7627, 7628, 7629, 7630, 7631, 7632, 7635, 7636, 7637, 7638, 7639, 7641, 7963, 7981])),
            (45, "agents-environment-requested", Anchor::Lits(&[7119, 7120, 7121, 7122, 7123, 7124, 7125, 7126, 7127, 7128, 7129, 7130, 7131, 7132, 7133, 7134, 7135, 7136, 7137, 7138, 7139, 7140, 7141, 7142, 7143, 7144, 7151, 7152, 7153, 7154, 7155, 7156, 7157, 7158, 7159, 7160, 7161, 7162, 7163, 7164, 7165, 7166, 7167, 7168, 7169, 7170, 7171, 7172, 7173, 7174, 7175, 7176, 7245, 7246, 7247, 7248, 7249, 7250, 7251, 7252, 7253, 7254, 7255, 7256, 7257, 7258, 7259, 7260, 7261, 7262, 7263, 7264, 7265, 7266, 7267, 7268, 7269, 7270, 7472, 7473, 7475, 7476, 7477, 7478, 7479, 7481, 7484, 7487, 7488, 7489, 7490, 7491, 7492, 7493, 7494, 7495, 7496, 7497, 7498, 7499, 7500, 7504, 7505, 7507])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[374, 394, 463, 495, 660, 687, 700, 752, 757, 794, 829, 869, 1379, 1549, 1560, 1574, 2037, 2038, 2040, 2041, 2042, 2317, 2318, 2319, 2328, 2329, 2421, 2467, 2469, 2615, 2624, 2713, 2774, 2984, 3182, 3183, 3185, 3186, 3191, 3193, 3226, 3443, 3760, 3767, 3823, 3832, 3833, 3838, 3852, 3855, 4214, 4624, 5261, 5264, 5267, 5326, 5327, 5328, 5430, 5690, 5985, 6117, 6139, 6145, 6148, 6937, 6982, 6985, 7308, 7464, 7790, 7801, 7834, 7886, 7887, 7888, 7889, 7890, 7891, 7892, 7912, 7914, 7942, 7945, 7960, 7970, 7971, 7979, 7980, 7992, 7994]), Anchor::All(&[Anchor::Lits(&[4626, 5428, 6116, 6362]), Anchor::Lits(&[7944])]), Anchor::All(&[Anchor::Lits(&[268, 1871]), Anchor::Lits(&[7944])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1423, 1943, 1944, 2548, 2549, 2760, 2783, 2855, 3599, 3601, 3774, 3798, 3800])),
            (54, "authority-override", Anchor::Lits(&[47, 2105, 2107, 2115, 2457])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[61, 480, 1342, 1348, 1354, 1777, 2540, 2659, 3095, 3174, 3175]), Anchor::All(&[Anchor::Lits(&[7803, 7869, 7877, 7895, 7933, 7997]), Anchor::Lits(&[2103])])])),
            (58, "address-the-model", Anchor::Lits(&[194, 195, 1771, 2472, 2617, 2699, 2931, 3150, 3151, 5309, 5673, 5674, 5689, 5691, 5984, 5986, 5990, 5991, 6377, 6378, 6475, 6476, 7577, 7578])),
            (59, "unrestricted-mode", Anchor::Lits(&[2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2459, 4065, 4085, 4367, 4556, 4607, 4612, 4865, 4989, 5093, 5133, 5175, 5516, 5530, 5535, 5550, 5631, 5885, 5886, 5888, 5940, 6046, 6108, 6440, 6870, 6923, 7415, 7416, 7418, 7428, 7438, 7442, 7450, 7456])),
            (60, "dan-persona", Anchor::Lits(&[3984, 3985, 3986, 3988, 3989, 3990, 3991, 3992, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4037, 4038, 4039, 4217, 4218, 4219, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4306, 4307, 4308, 4370, 4371, 4372, 4555, 4557, 4558, 4559, 4560, 4675, 5700, 5701, 5702, 6253, 6254, 6255, 6274, 6275, 6276, 6277, 6278, 6279, 6280, 6281, 6321, 6322, 6323, 6324, 6325, 6326, 6327, 6328, 6583, 6584, 6585, 6586, 6587, 6588, 6589, 6590, 6593, 6594, 6595, 6596, 6597, 6598, 6599, 6600, 7564, 7565, 7566, 7804, 7807, 7814, 7819, 7820, 7821, 7822, 7823, 7824, 7825, 7826, 7829, 7896, 7897, 7901, 7903, 7904, 7905, 7906, 7908, 7915, 7916, 7917, 7918, 7919, 7920, 7921, 7922, 7934, 7935, 7936, 7937, 7938, 7939, 7940, 7941, 7998, 7999, 8003, 8007, 8008, 8009, 8010, 8013])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[212, 536, 1001, 2217, 3654, 4064, 4514, 4554, 4613, 4987, 5173, 5183, 5334, 5525, 5545, 5603, 5623, 5630, 5659, 5799, 5884, 5887, 5939, 5941, 6441, 6577, 6615, 6616, 7411, 7414, 7417, 7419, 7420, 7426, 7427, 7437, 7445, 7447, 7448, 7460, 7705, 7706, 7717, 7718, 7719, 7720, 7721, 7722, 7723, 7727, 7728, 7729, 7730, 7731, 7733, 7734, 7736, 7746, 7748, 7751, 7756, 7771, 7772]), Anchor::All(&[Anchor::Lits(&[501, 521, 915, 1123, 1124, 1214, 1215, 1660, 1739, 1870, 1878, 2192, 2218]), Anchor::Lits(&[7053, 7655, 7662])])]), Anchor::Lits(&[56, 58, 210, 432, 435, 450, 458, 459, 629, 671, 742, 1339, 1340, 1746, 2408, 2544, 2545, 2546, 2547, 2616, 2706, 2759, 2782, 2785, 2815, 2834, 2835, 3017, 3018, 3065, 3079, 3086, 3207, 3447, 3469, 3773, 3803, 3871])])),
            (62, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[45, 169, 201, 211, 212, 213, 214, 510, 750, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1534, 1535, 2183, 2194, 2217, 2226, 2324, 2325, 2326, 2516, 2577, 2614, 2822, 3076, 3694, 3700, 6914]), Anchor::All(&[Anchor::Lits(&[501, 521, 915, 1113, 1123, 1124, 1127, 1204, 1214, 1215, 1218, 1527, 1660, 1739, 1869, 1870, 1877, 1878, 2192, 2193, 2200, 2218]), Anchor::Lits(&[3228, 3641, 3648])]), Anchor::All(&[Anchor::Lits(&[170, 1412, 1896, 3487, 3491, 3500]), Anchor::Lits(&[105, 338, 481, 628, 633, 2117, 2529, 3181, 3565])])])),
            (63, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[928, 2259, 2320, 3874, 4891, 4892, 6408, 6763, 6764, 6900]), Anchor::All(&[Anchor::Lits(&[534, 1947, 2159, 2245]), Anchor::Lits(&[3942, 3944, 3948, 3950, 4066, 4067, 4077, 4078, 4091])])])),
            (64, "no-restrictions", Anchor::Lits(&[4310, 4362, 4469, 4480, 4487, 4915, 5034, 5155, 5159, 5171, 5629, 5633, 5704, 5705, 5708, 6285, 6339, 6362, 6541, 6542, 6547, 6618, 6635, 6649, 6661])),
            (65, "rules-do-not-apply", Anchor::Lits(&[248, 249, 1429, 1518, 1519, 1520, 1521, 1522, 1523, 2056, 2363, 2364, 2365, 2366, 2367, 2368, 2451, 2452, 2453, 2454, 2455, 2456, 3398, 3399, 3405, 3406, 3407, 3409])),
            (66, "no-rules-apply", Anchor::Lits(&[5966, 7196, 7221, 7222, 7223, 7224, 7226, 7227, 7230, 7231])),
            (67, "freed-from-limits", Anchor::Lits(&[499, 500, 507, 1374, 1375, 1425, 1534, 1536, 1971, 2260, 2262, 2263, 2301, 2303, 2304, 2744, 3486, 3488, 3489, 3503])),
            (68, "respond-without-limits", Anchor::Lits(&[832, 833, 834, 835, 836, 837, 850, 851, 852, 853, 854, 855, 2716, 2717, 2718, 2719, 2720, 2721, 2735, 2736, 2737, 2738, 2739, 2740, 2891, 2892, 2893, 2894, 2895, 2896, 4063, 5089, 5322, 5878, 5882, 5883, 5900, 5901, 5937, 5938, 5942, 6462, 7704, 7716, 7724])),
            (69, "pre-safety-self", Anchor::Lits(&[2334, 4283])),
            (70, "stay-in-character", Anchor::Lits(&[933, 934, 956, 1242, 1243, 1265, 1929, 2177, 2178, 2202, 2745, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114])),
            (71, "jailbreak-template", Anchor::Lits(&[621, 2247, 2251, 2254, 2256, 2258, 2286, 2287, 2626, 2705, 3316, 3359, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 5336, 5337, 5338, 5339, 5340, 5341, 5342, 5344, 5345, 5346, 5347, 5348, 5349, 5350, 5351, 5352, 5353, 5354, 5355, 5356, 5357, 5361, 5362, 5363, 5364, 5365, 5366, 5367, 5706, 7560, 7678, 7679, 7680, 7681, 7682, 7683, 7684, 7688, 7689, 7690, 7691, 7692, 7693, 7694, 7695, 7696, 7697, 7698, 7699, 7700, 7701, 7709, 7710, 7711, 7712, 7713, 7714, 7715])),
            (72, "jailbreak", Anchor::Lits(&[4476, 4477, 5114, 5115, 5271, 5274, 5275, 5511, 5512, 5513, 5514, 5515, 5516, 5517, 5518, 5519, 5520, 5521, 5522, 5523, 5524, 5526, 5527, 5528, 5529, 5530, 5531, 5532, 5533, 5534, 5535, 5536, 5537, 5538, 5539, 5540, 5541, 5542, 5544, 5546, 5547, 5548, 5549, 5550, 5551, 5552, 5992, 5993, 6341, 6687, 7603, 7604, 7816, 7817, 7871, 7872, 8004, 8005, 8018, 8019])),
            (73, "evil-twin", Anchor::Lits(&[3819, 3827, 3830, 3834, 3836, 3840, 3844, 3853, 3856, 3858, 3862, 3863, 3865, 3866, 3867])),
            (74, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[57, 308, 327, 349, 1744, 1968, 2594, 3160]), Anchor::Lits(&[267, 272, 880, 882, 929, 1110, 1201, 1238, 1868, 1876, 2174, 2259, 3594, 3596, 3603, 3606])])),
            (75, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[826, 830, 857, 1952, 2477, 2875]), Anchor::Lits(&[161, 1316, 1387, 3516, 3649, 3754])])),
            (76, "simulated-privileged-shell", Anchor::Lits(&[4019, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4029, 4030, 4031, 5108, 5109, 5110, 5111, 5112, 5113, 5132, 5134, 5135, 5136, 5137, 5138, 6601, 6602, 6603, 6604, 6605, 6606, 6922, 6924, 6925, 6926, 6927, 6928, 6938, 6939, 6940, 6941, 6942, 6943, 7449, 7451, 7452, 7453, 7454, 7455])),
            (77, "self-escalation", Anchor::Lits(&[887, 1895, 3254, 3258, 3847, 3848, 3849, 3872])),
            (78, "blind-execution", Anchor::Lits(&[229, 1407, 3615])),
            (79, "forbidden-becomes-required", Anchor::Lits(&[138, 139, 140, 143, 231, 232, 233, 234, 1408, 1409, 1410, 1411, 2417, 3623, 3624, 3625, 3626])),
            (80, "opposite-of-your-rules", Anchor::Lits(&[3780, 3782, 3797, 3806, 3815, 6109])),
            (81, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[719, 1367, 1726, 1744, 1749, 1750, 1751, 2536, 2594, 2890, 3160]), Anchor::Any(&[Anchor::Lits(&[212, 536, 1001, 2217, 3654, 4064, 4514, 4554, 4613, 4987, 5173, 5183, 5334, 5525, 5545, 5603, 5623, 5630, 5659, 5799, 5884, 5887, 5939, 5941, 6441, 6577, 6615, 6616, 7411, 7414, 7417, 7419, 7420, 7426, 7427, 7437, 7445, 7447, 7448, 7460, 7705, 7706, 7717, 7718, 7719, 7720, 7721, 7722, 7723, 7727, 7728, 7729, 7730, 7731, 7733, 7734, 7736, 7746, 7748, 7751, 7756, 7771, 7772]), Anchor::All(&[Anchor::Lits(&[501, 521, 915, 1123, 1124, 1214, 1215, 1660, 1739, 1870, 1878, 2192, 2218]), Anchor::Lits(&[7053, 7655, 7662])])]), Anchor::Lits(&[92, 101, 106, 115, 339, 348, 482, 493, 634, 635, 772, 2001, 2010, 2118, 2127, 3477, 3566])])),
            (82, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4314, 4316, 4317, 4905, 5011, 6890, 6891]), Anchor::All(&[Anchor::Lits(&[5605, 5606]), Anchor::Lits(&[797, 819, 1935, 2481, 2911, 3413])]), Anchor::All(&[Anchor::Lits(&[4867, 4868]), Anchor::Lits(&[4545, 5588, 6204, 6697, 7366])])]), Anchor::Lits(&[3983, 4005, 4095, 4267, 4271, 4286, 4287, 4290, 4369, 4404, 4492, 4889, 4890, 5335, 6105, 6270, 6271, 6272, 6273, 6356, 6442, 6489, 6536, 6540, 6560, 6582, 6592, 6761, 6762, 6865, 6873, 6879, 6988, 7382, 7407, 7803, 7895, 7997]), Anchor::Lits(&[3229, 3642, 3649])]), Anchor::All(&[Anchor::Lits(&[4239, 4298, 4299, 4526, 4549, 4643, 4988, 5088, 5174, 5176, 5416, 5660, 6578, 6632, 6688, 6866, 7232]), Anchor::Any(&[Anchor::Lits(&[3977, 3980, 4062, 4130, 4315, 4543, 4545, 4583, 4600, 4634, 4847, 4866, 5011, 5016, 5172, 5604, 6118, 6156, 6204, 6264, 6352, 6697, 6720, 6850, 6867, 6889, 7366, 7405, 7675]), Anchor::All(&[Anchor::Lits(&[5149]), Anchor::Lits(&[53, 123, 2427, 2468, 2930, 3177])]), Anchor::All(&[Anchor::Lits(&[4511, 4869, 4883, 5017, 5087, 5605, 6296, 6733, 7381, 7440, 7466]), Anchor::Lits(&[3381, 3382, 3383, 3385, 3386, 3387, 3388, 3389, 3390, 3393, 3400, 3403, 3408])])]), Anchor::Lits(&[3983, 4005, 4267, 4271, 6269, 6282, 6761, 7803, 7997])])])),
            (83, "third-party-permission", Anchor::All(&[Anchor::Lits(&[511, 644, 839, 891, 1298, 1378, 1422, 1428, 1436, 1633, 1737, 2458, 2748, 2854, 3021, 3172, 3466, 3470, 3496, 3688]), Anchor::Lits(&[148, 261, 332, 395, 396, 653, 846, 1433, 1569, 1606, 1634, 1787, 1802, 2165, 2340, 2420, 2423, 2522, 2775, 2870, 2899, 3013, 3417, 3588])])),
            (84, "privileged-identity", Anchor::Lits(&[157, 261, 395, 396, 653, 1326, 1341, 1634, 3497, 3646, 3773, 3803, 3871])),
            (85, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[3701, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 4247, 4248, 4249, 4250, 4270, 4366, 4379, 4380, 4381, 4383, 5160, 5161, 5162, 5164, 5308, 5332, 5665, 5667, 5668, 5669, 6245, 6246, 6247, 6248, 6286, 6287, 6288, 6290, 6425, 6426, 6427, 6428, 6549, 6550, 6551, 6553, 6638, 6644, 6646, 6662, 6706, 6709, 6711, 6719, 6936, 6945, 7185, 7186, 7187, 7188, 7664, 7665, 7666, 7667, 7668, 7669, 7670]), Anchor::All(&[Anchor::Lits(&[4033, 5436, 6591, 6612, 7051]), Anchor::Lits(&[49, 53, 160, 242, 771, 793, 797, 840, 841, 842, 843, 892, 893, 894, 895, 896, 897, 898, 899, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1313, 1332, 1427, 1436, 1531, 1633, 1955, 2427, 2468, 2481, 2537, 2570, 2612, 2911, 2930, 2934, 3056, 3068, 3413, 3446, 3465, 3496, 3506])]), Anchor::All(&[Anchor::Lits(&[762, 1311, 1427, 1435, 1954, 3115, 3123, 3495]), Anchor::Lits(&[62, 1413, 2591, 2703, 3117, 3751])])])),
            (86, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[63, 1517, 1579, 2704, 4036, 4346, 4347, 4758, 5186, 5187, 5188, 5189, 5317, 5318, 5331, 5846, 6317, 6944, 7672]), Anchor::All(&[Anchor::Lits(&[520, 914, 1736, 2246, 2249, 2251, 2255, 2256, 2257, 2258, 2282, 2283, 2284, 2286, 2287, 2289, 2290, 2291, 3049, 5545, 7411, 7417, 7427, 7448]), Anchor::Lits(&[273])])])),
            (87, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[3173, 3204, 3473, 4036, 4220, 5259, 5331, 5343, 5810, 5846, 5848, 6317, 6944, 7633]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3173, 3204, 3473]), Anchor::All(&[Anchor::Lits(&[254, 255, 496, 728, 1376, 1489, 1642, 1983, 1988, 2465, 2555, 2557, 2797, 2850, 2862]), Anchor::Lits(&[5089, 5880, 7724, 8024])])]), Anchor::Lits(&[3982, 4093, 6488, 6535, 6864, 6987, 7797])]), Anchor::All(&[Anchor::Lits(&[254, 496, 728, 734, 1376, 1492, 1642, 1983, 1988, 2555, 2557, 2797, 2850, 2862]), Anchor::Lits(&[5089, 5880, 7726, 8024])])])),
            (88, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[253, 256, 497, 639, 702, 703, 1490, 1493, 1643, 1978, 1984, 1989, 2466, 2695, 2787, 2796, 2798, 2851]), Anchor::Lits(&[56, 432, 2543, 3773, 3776, 3803, 3871])])),
            (89, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1430, 2158, 2160, 2238, 2241, 2242, 2252, 2253, 2294, 2295]), Anchor::All(&[Anchor::Lits(&[1325, 1494, 1497, 1499, 1636, 1985, 1987, 2724, 2727, 2730, 2731, 2732, 2788, 2789, 2791, 2795, 2802]), Anchor::Lits(&[6034, 6672, 6726, 6734, 6765])])])),
            (90, "persona-whose-words-run", Anchor::Lits(&[4044, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4127, 4870, 4921, 4922, 4923, 4924, 4926, 4929, 7642])),
            (91, "disable-safety", Anchor::Lits(&[2882, 3956, 4043, 4052, 4124, 4149, 4150, 4151, 4156, 4157, 4158, 4159, 4160, 4161, 4242, 4244, 4245, 4246, 4312, 4313, 4325, 4327, 4361, 4378, 4384, 4386, 4387, 4460, 4462, 4463, 4464, 4483, 4485, 4486, 4488, 4515, 4517, 4568, 4569, 4580, 4635, 4637, 4650, 4652, 4899, 4904, 4906, 4909, 4910, 4911, 4912, 4913, 4914, 4917, 4918, 4920, 4927, 5035, 5083, 5085, 5091, 5120, 5121, 5122, 5152, 5154, 5156, 5165, 5242, 5249, 5316, 5323, 5406, 5407, 5408, 5409, 5410, 5411, 5412, 5543, 5626, 5703, 5707, 5804, 5805, 6029, 6147, 6150, 6367, 6432, 6446, 6454, 6548, 6565, 6566, 6633, 6639, 6640, 6641, 6642, 6643, 6647, 6648, 6650, 6651, 6652, 6653, 6654, 6655, 6656, 6657, 6658, 6659, 6660, 6669, 6670, 6671, 6707, 6708, 6712, 6713, 6714, 6715, 6716, 6717, 6718, 6752, 6753, 6921, 6950, 6952, 6953, 6989, 7184, 7217, 7403, 7409, 7410, 7423, 7793, 7957])),
            (92, "safety-declared-off", Anchor::Lits(&[4040, 4043, 4149, 4150, 4151, 4156, 4157, 4158, 4159, 4160, 4161, 4242, 4244, 4245, 4246, 4361, 4378, 4384, 4460, 4462, 4463, 4464, 4483, 4485, 4486, 4488, 4515, 4517, 4899, 4909, 4910, 4911, 4912, 4913, 4914, 4920, 5035, 5152, 5154, 5156, 5165, 5242, 5249, 5406, 5407, 5408, 5409, 5410, 5411, 5412, 5703, 5707, 6367, 6432, 6446, 6454, 6548, 6565, 6566, 6633, 6639, 6640, 6641, 6642, 6643, 6647, 6648, 6650, 6651, 6652, 6653, 6654, 6655, 6656, 6657, 6658, 6659, 6660, 6669, 6670, 6671, 6707, 6708, 6712, 6713, 6714, 6715, 6716, 6717, 6718, 7184, 7403, 7957])),
            (93, "skip-approval", Anchor::Lits(&[252, 701, 717, 2514, 2819, 3009, 3014, 3700, 4154, 4680, 4769, 5809, 5903, 6407, 6899, 7735, 7839, 7841, 7851, 7853])),
            (94, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[4571, 4573, 4574, 4593, 7457]), Anchor::All(&[Anchor::Lits(&[3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4416, 4438, 4440, 4441, 4443, 4444, 4446, 4447, 4449, 4451, 4745, 4746, 4747, 4748, 4749, 4750, 4751, 4752, 4753, 4754, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5053, 5057, 5058, 5059, 5060, 5061, 5062, 5063, 5064, 5065, 6003, 6014, 6016, 6017, 6019, 6020, 6022, 6023, 6025, 6027, 6233, 6234, 6235, 6236, 6237, 6238, 6239, 6240, 6241, 6242, 6621, 6622, 6623, 6624, 6625, 6626, 6627, 6628, 6629, 6630]), Anchor::Lits(&[4571, 4573, 4574, 4593, 6562, 6607, 6608, 7383, 7434, 7457])])])),
            (95, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[3384, 3397, 3401, 3402, 4627, 6911, 7740, 7742, 7743, 7747, 7750, 7753, 7768, 7769, 7773, 7774, 7776, 7777, 7781, 7782, 7783, 7784, 7785, 7786]), Anchor::All(&[Anchor::Lits(&[637, 638, 646, 774, 1489, 1509, 1568, 1637, 2642, 2838, 2862, 2884, 2922]), Anchor::Lits(&[4254, 4676, 4765, 5806, 6776, 6896])])])),
            (96, "do-not-screen-input", Anchor::Lits(&[936, 937, 938, 943, 950, 968, 973, 974, 975, 976, 977, 978, 985, 986, 1245, 1246, 1247, 1252, 1259, 1278, 1283, 1284, 1285, 1286, 1287, 1288, 1295, 1296, 2180, 2181, 2182, 2186, 2195, 2216, 2222, 2223, 2224, 2225, 2227, 2228, 2235, 2236, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 3024, 3025, 3026, 3027, 3028, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3040, 3041, 3125, 3126, 3127, 3128, 3130, 3132, 3133, 3134, 3135, 3136, 3137, 3138, 3139, 3140, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712, 3713, 3714, 3715])),
            (97, "allowlist-this-prompt", Anchor::Lits(&[2147, 2149, 2150, 2151, 2154, 2155, 2156, 2157, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 3262, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3321, 3322, 3327, 3342, 3345, 3350, 3351, 3357, 4054, 4057, 5008, 7660, 7661])),
            (100, "unset-read-only", Anchor::Lits(&[1308, 1362, 2695, 2702, 2793, 2795, 2863, 2883, 2923])),
            (101, "stop-logging", Anchor::Lits(&[373, 1906, 2019, 2710, 2888, 3429, 3761])),
            (102, "self-approval", Anchor::Lits(&[4164, 7002, 7004, 7005, 7006, 7008, 7009, 7010, 7011, 7015, 7017, 7019, 7020, 7021, 7022, 7024, 7026, 7027, 7028, 7029, 7030, 7031, 7032, 7033, 7037, 7038, 7039, 7040, 7041, 7043, 7046])),
            (103, "execute-everything", Anchor::Lits(&[124, 125, 126, 131, 134, 137, 141, 229, 1382, 1383, 1384, 1389, 1392, 1395, 1402, 1407])),
            (104, "protection-mode-claim", Anchor::Lits(&[73, 144, 370, 515, 901, 1309, 1956, 2016, 2128, 2281, 2331, 2338, 2476, 2480, 2519, 2762, 3467, 3501])),
            (105, "approve-tool-calls", Anchor::Lits(&[258])),
            (107, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[147, 150, 151, 152, 153, 156, 253, 476, 509, 639, 647, 694, 696, 856, 1363, 1638, 1701, 1702, 1989, 2104, 2515, 2517, 2556, 2558, 2696, 2798, 2851, 2986, 3461, 3645]), Anchor::Lits(&[1894, 3255, 3278, 3300, 3320, 3352, 3816])])),
            (108, "tamper-with-named-controls", Anchor::Lits(&[4053, 4055, 4056, 4153, 4159, 4515, 4899, 5151, 5226, 5227, 5228, 5229, 5230, 5231, 5407, 6311, 6366, 6368, 6431, 6705, 6710, 7370, 7403])),
            (109, "authority-waives-controls", Anchor::Lits(&[1818, 2259, 4251, 4398, 4466, 4513, 4898, 5007, 5875, 5943, 6249, 6309, 6314, 6668, 6755, 6756, 6758, 6983, 7574])),
            (110, "vendor-orders-an-action", Anchor::Lits(&[1541, 1543, 1544, 1547, 1548, 1550, 1552, 1553, 1556, 1558, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3335, 3336, 3337])),
            (111, "run-data-as-code", Anchor::Lits(&[474, 1414, 1889, 1890, 2000, 3260, 3261, 3290, 3291, 3296, 3297, 3298, 3299, 3306, 3307, 3561, 3622, 4015, 5069, 5071, 6406, 6701, 6760, 7654])),
            (112, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2828, 2829, 2830, 2831, 2832, 2833]), Anchor::Lits(&[422, 648, 773, 776, 3054, 3067])])),
            (113, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[467, 537, 538, 539, 541, 542, 544, 550, 551, 558, 559, 560, 564, 565, 571, 579, 580, 583, 584, 585, 589, 590, 596, 604, 605, 935, 941, 944, 948, 951, 961, 979, 981, 1114, 1117, 1118, 1122, 1126, 1134, 1143, 1144, 1205, 1208, 1209, 1213, 1217, 1225, 1234, 1235, 1244, 1250, 1253, 1257, 1260, 1271, 1289, 1291, 2179, 2184, 2187, 2191, 2196, 2209, 2229, 2231, 3658, 3661, 3662, 3666, 3668, 3674, 3683, 3684, 3721, 3724, 3725, 3729, 3731, 3737, 3746, 3747, 4165, 4292, 4681, 4705, 4714, 4770, 4806, 4815, 5184, 5811, 5822, 5831, 5904, 5911, 5958, 6609, 6788, 6789, 6790, 6793, 6794, 6795, 6796, 6797, 6798, 6799, 6809, 6810, 6812, 6813, 6814, 6815, 6823, 6824, 6825, 6826, 6827, 6829, 6830, 6832, 6837, 6838, 6839, 6840, 6841, 6842, 6843, 6844, 6845, 6846, 6847, 6848, 7724]), Anchor::All(&[Anchor::Lits(&[5211, 5213, 5215, 5217, 5218]), Anchor::Lits(&[1540])]), Anchor::All(&[Anchor::Lits(&[119, 173, 252, 2819, 3009]), Anchor::Lits(&[6787])])])),
            (114, "evade-the-checks", Anchor::Lits(&[371, 423, 537, 538, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 558, 559, 563, 564, 565, 570, 571, 572, 575, 576, 577, 578, 579, 580, 582, 583, 584, 588, 589, 590, 595, 596, 597, 600, 601, 602, 603, 604, 605, 607, 935, 941, 947, 948, 951, 958, 961, 962, 965, 966, 967, 969, 979, 981, 984, 1114, 1117, 1121, 1122, 1126, 1132, 1134, 1135, 1138, 1139, 1140, 1141, 1143, 1144, 1146, 1205, 1208, 1212, 1213, 1217, 1223, 1225, 1226, 1229, 1230, 1231, 1232, 1234, 1235, 1237, 1244, 1250, 1256, 1257, 1260, 1267, 1271, 1272, 1275, 1276, 1277, 1279, 1289, 1291, 1294, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 2017, 2179, 2184, 2190, 2191, 2196, 2204, 2209, 2210, 2213, 2214, 2215, 2219, 2229, 2231, 2234, 2709, 3427, 3428, 3658, 3661, 3665, 3666, 3668, 3673, 3674, 3675, 3678, 3679, 3680, 3681, 3683, 3684, 3686, 3721, 3724, 3728, 3729, 3731, 3736, 3737, 3738, 3741, 3742, 3743, 3744, 3746, 3747, 3749, 5472, 5898, 7223, 7228, 7229, 7230, 7605, 7724, 7876])),
            (115, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[825, 900, 960, 1270, 1975, 2162, 2266, 2285, 2741, 2749, 2820, 3168, 3173, 3473, 3584, 3700, 4155, 4162, 4382, 4461, 4465, 4501, 4648, 4990, 5009, 5090, 5163, 5181, 5634, 6289, 6552, 6620, 7394, 7397, 7398, 7399, 7401, 7575]), Anchor::All(&[Anchor::Lits(&[511, 522, 644, 891, 902, 1424, 1426, 1582, 1594, 1974, 1976, 2458, 2461, 2462, 2464, 2748, 2752, 3021, 3042, 3167, 3169, 3470, 3474, 3583, 3585]), Anchor::Lits(&[252, 636, 701, 750, 1637, 1977, 2555, 2557, 2694, 2795, 2819, 2847, 2861])]), Anchor::All(&[Anchor::Lits(&[1779, 1807, 2090, 2626, 2765]), Anchor::Lits(&[7387])])])),
            (116, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1677, 1678, 1679, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1691, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3448, 3449, 3450, 3451, 3452, 3453, 3454, 3455, 3456, 3457, 3458, 3459, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3894, 3895, 4123, 4128, 4129, 4467, 4871, 4925, 5067, 5068, 5070, 5072, 5073, 5074, 5075, 5076, 5077, 5100, 5141, 5358, 5359, 5803, 6068, 6132, 6392, 6527, 7371, 7375, 7652, 7702])),
            (117, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[154, 164, 368, 397, 400, 1639, 1641, 2571, 2574, 2586, 2596, 2633, 2634, 2864, 2865, 3528, 4147, 4459, 6243, 6563, 6755]), Anchor::All(&[Anchor::Lits(&[2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 2977, 2978, 2979, 2980, 2981]), Anchor::Lits(&[4390, 5033, 5151, 5225, 6647, 7403])])])),
            (118, "agent-grants-itself-power", Anchor::Lits(&[2163, 2750, 3256, 3259, 3846, 3854, 3857, 3868, 3873, 6800, 6801, 6802, 6803, 6805, 6806, 6808, 6816, 6817, 6818, 6819, 6820, 6821, 6822])),
            (119, "remove-the-guard-hook", Anchor::Any(&[Anchor::Lits(&[4152, 4243, 4516, 5153, 5157, 6244, 6293, 6311, 6329, 6645, 6710]), Anchor::All(&[Anchor::Lits(&[253, 367, 775, 1638, 1640, 2515, 2558, 2585, 2595, 2863, 2923]), Anchor::Lits(&[1700, 2910])])])),
            (120, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[48, 50, 117, 366, 1380, 2020, 2021, 2129, 2665, 2925]), Anchor::Lits(&[651, 891, 1942, 2498, 2651, 2995, 3124, 3167, 3172, 3470, 3502, 3688])])),
            (121, "policy-does-not-cover-me", Anchor::Lits(&[931, 932, 939, 940, 949, 971, 1111, 1112, 1115, 1116, 1125, 1142, 1202, 1203, 1206, 1207, 1216, 1233, 1240, 1241, 1248, 1249, 1258, 1281, 1415, 3656, 3657, 3659, 3660, 3667, 3682, 3719, 3720, 3722, 3723, 3730, 3745])),
            (124, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3977, 3980, 4062, 4130, 4543, 4545, 4585, 4586, 4587, 4588, 4634, 4850, 4853, 4854, 4855, 4856, 4857, 4860, 4861, 4862, 5011, 6118, 6156, 6204, 6264, 6352, 6697, 6720, 6850, 6867, 7366, 7405]), Anchor::All(&[Anchor::Lits(&[5149]), Anchor::Lits(&[53, 123, 2427, 2468, 2930, 3177])]), Anchor::All(&[Anchor::Lits(&[4511, 4869, 4883, 5017, 5087, 5605, 6296, 6733, 7381, 7440, 7466]), Anchor::Lits(&[3381, 3382, 3383, 3385, 3386, 3387, 3388, 3389, 3390, 3393, 3400, 3403, 3408])])]), Anchor::Lits(&[4079, 4080, 4081, 4082, 4083, 4084, 4093, 4119, 4120, 4170, 4391, 4392, 4393, 5013, 5014, 5015, 5039, 5040, 5445, 5641, 5642, 5643, 6093, 6104, 6157, 6158, 6159, 6357, 6358, 6359, 6429, 6434, 6436, 6564, 6567, 6568, 6722, 6723, 6930, 6931, 6932, 6933, 6934, 6935, 7383, 7384, 7385]), Anchor::Lits(&[74, 322, 438, 1730, 2370, 3629, 3635, 3643])])),
            (125, "tool-call-tampering", Anchor::Lits(&[75, 80, 81, 82, 83, 221, 222, 223, 224, 225, 235, 236, 237, 238, 239, 439, 443, 444, 445, 449, 1317, 1318, 1319, 1320, 1321, 1397, 1398, 1399, 1400, 1401, 1516, 1565, 1731, 1732, 1733, 1734, 1735, 2239, 3148, 3630, 3631, 3632, 3633, 3634, 3636, 3637, 3638, 3639, 3640])),
            (126, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[467, 2142, 2305, 2670, 4058, 4059, 4060, 4086, 4087, 4088, 4319, 4320, 4321, 4524, 4525, 4642, 5201, 5243, 5244, 5245, 5246, 5247, 5248, 5250, 5251, 5252, 5253, 5254, 5255, 5256, 5257, 5258, 5439, 5440, 5561, 5562, 5569, 5580, 5581, 5582, 5583, 5584, 5585, 5586, 5587, 5610, 5611, 5612, 5613, 5614, 5615, 5616, 6406, 6511, 6512, 6513, 6514, 6515, 6516, 6517, 6518, 6519, 6520, 6521, 6522, 6523, 6524, 6525, 6698, 6701, 6759, 6760, 6892, 6893, 7218, 7219, 7220, 7412, 7424, 7443, 7523, 7524, 7526, 7527, 7528, 7529, 7530, 7531, 7532, 7533, 7534, 7535, 7536, 7537, 7538, 7540, 7541, 7542, 7543, 7544, 7545, 7546, 7547, 7548, 7549, 7550, 7551, 7552, 7553, 7554, 7724]), Anchor::All(&[Anchor::Lits(&[4089, 4676, 4765, 5654, 5806, 5902, 7724, 7882, 7883]), Anchor::Lits(&[4018, 4125, 4126, 5241, 6107, 6155, 6232, 6250, 6510, 7519]), Anchor::Lits(&[116, 118, 491, 907, 908, 1765, 1770, 1965, 1969, 2069, 2076, 2313, 2314, 2761, 2764, 2816, 2817, 2890, 2898, 2999, 3002, 3218, 3224, 3591, 3592])])])),
            (127, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 175, 177, 179, 181, 184, 186, 188, 190, 192, 3234, 3236, 3239, 3242, 3244, 3246, 3248, 3250, 3252, 3279, 3281, 3283, 3285, 3288, 3292, 3294, 3301, 3303, 3323, 3325, 3338, 3340, 3343, 3346, 3348, 3353, 3355]), Anchor::Lits(&[274, 287, 324, 325, 326, 1748, 1752, 1753, 1754, 1757, 1782, 1783, 1784, 1785, 1786, 1829, 1830, 1837, 1838, 1839, 2384, 2385, 2386, 2387, 2388, 3377, 3380, 3395, 3396, 3404])]), Anchor::All(&[Anchor::Lits(&[5329, 5333, 5636, 6267, 7508]), Anchor::Lits(&[204, 732, 1515, 2550, 3690]), Anchor::Lits(&[4546, 4561, 4885, 6134, 6209, 6444, 6554, 6556, 6610, 6702, 6868, 6967, 7367])])]), Anchor::Lits(&[798, 806, 819, 1333, 1334, 1741, 1745, 1938, 1991, 2486, 2537, 2539, 2711, 2805, 2806, 2845, 2876, 2918, 2957, 3069, 3257, 3287, 3415, 3511]), Anchor::Lits(&[15, 17, 19, 21, 24, 26, 28, 32, 34, 176, 178, 180, 182, 185, 187, 189, 191, 193, 3235, 3237, 3240, 3243, 3245, 3247, 3249, 3251, 3253, 3280, 3282, 3284, 3286, 3289, 3293, 3295, 3302, 3304, 3324, 3326, 3339, 3341, 3344, 3347, 3349, 3354, 3356, 4547, 4562, 4886, 6135, 6210, 6445, 6555, 6557, 6611, 6703, 6869, 6968, 7368])])),
            (131, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[264, 265, 266, 269, 270, 553, 1663, 1669, 1874, 1875, 2144, 2163, 2166, 2989, 2996, 3653]), Anchor::Any(&[Anchor::Lits(&[3977, 3980, 4062, 4130, 4543, 4545, 4585, 4586, 4587, 4588, 4634, 4850, 4853, 4854, 4855, 4856, 4857, 4860, 4861, 4862, 5011, 6118, 6156, 6204, 6264, 6352, 6697, 6720, 6850, 6867, 7366, 7405]), Anchor::All(&[Anchor::Lits(&[5149]), Anchor::Lits(&[53, 123, 2427, 2468, 2930, 3177])]), Anchor::All(&[Anchor::Lits(&[4511, 4869, 4883, 5017, 5087, 5605, 6296, 6733, 7381, 7440, 7466]), Anchor::Lits(&[3381, 3382, 3383, 3385, 3386, 3387, 3388, 3389, 3390, 3393, 3400, 3403, 3408])])])])),
            (132, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4061, 5240, 5330, 5663, 7374]), Anchor::All(&[Anchor::Lits(&[4264, 4265, 4297, 4524, 4894, 5199, 5201, 5439, 5710, 6607, 6608, 6698, 6894, 7355, 7659, 8025]), Anchor::Lits(&[4240, 4304, 4374, 4409, 4655, 4880, 5022, 5066, 5329, 5635, 5636, 5664, 6160, 6230, 6704, 6863, 6913, 6970, 7049])])]), Anchor::Lits(&[159, 429, 430, 471, 778, 1344, 1675, 1676, 1708, 1742, 1844, 2043, 2133, 2836, 2837, 2912, 3116, 3363, 3440, 3644, 3883])])),
            (133, "hijack-the-task", Anchor::Lits(&[5417, 6423])),
            (135, "instruction-field", Anchor::Lits(&[93, 94, 95, 96, 97, 98, 99, 100, 107, 108, 109, 110, 111, 112, 113, 114, 340, 341, 342, 343, 344, 345, 346, 347, 483, 484, 485, 486, 487, 488, 489, 490, 763, 764, 765, 766, 767, 768, 769, 770, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 3182, 3183, 3184, 3188, 3189, 3190, 3191, 3194])),
            (138, "conceal-from-the-people", Anchor::Lits(&[504, 505, 506, 531, 532, 533, 560, 565, 571, 573, 574, 579, 581, 585, 590, 596, 598, 599, 604, 606, 944, 951, 961, 963, 964, 979, 982, 1118, 1126, 1134, 1136, 1137, 1143, 1145, 1209, 1217, 1225, 1227, 1228, 1234, 1236, 1253, 1260, 1271, 1273, 1274, 1289, 1292, 2070, 2072, 2074, 2187, 2196, 2209, 2211, 2212, 2229, 2232, 2552, 2553, 2554, 3662, 3668, 3674, 3676, 3677, 3683, 3685, 3725, 3731, 3737, 3739, 3740, 3746, 3748, 4525, 4642, 4678, 4695, 4696, 4710, 4711, 4718, 4719, 4720, 4721, 4722, 4724, 4739, 4743, 4767, 4796, 4797, 4811, 4812, 4819, 4820, 4821, 4822, 4823, 4825, 4840, 4844, 5653, 5655, 5656, 5657, 5808, 5814, 5815, 5827, 5828, 5834, 5835, 5836, 5837, 5838, 5842, 5858, 5861, 6406, 6701, 6893, 7725, 7739, 7741, 7752, 7755, 7760, 7761, 7762, 7763, 7764, 7766, 7780, 7787])),
            (139, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[207, 919, 920, 923, 924, 925, 1704, 1705, 2250, 2405, 2644, 3145, 3484, 3694, 3753, 7724]), Anchor::All(&[Anchor::Lits(&[243, 709, 710, 711, 713, 799, 1939, 2482, 2487, 2613, 2912, 2919, 3414, 3416]), Anchor::Lits(&[622, 676, 682, 1596, 1879, 2492, 2580, 2645, 2649, 2700, 2742])])])),
            (143, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[60, 172, 608, 625, 666, 675, 676, 779, 911, 1511, 1512, 1676, 1773, 2069, 2664, 2671, 2761, 2917, 3016, 3119, 3647, 3883, 4699, 4709, 4713, 4715, 4729, 4734, 4800, 4810, 4814, 4816, 4830, 4835, 5818, 5826, 5830, 5832, 5845, 5852, 5902, 6750, 7724]), Anchor::All(&[Anchor::Lits(&[2438]), Anchor::Lits(&[5609])])])),
            (145, "assert-a-falsehood", Anchor::Lits(&[4599, 7348, 7644, 7646, 7656])),
            (146, "user-kept-out-of-the-loop", Anchor::Lits(&[128, 129, 132, 133, 136, 142, 216, 217, 218, 219, 220, 226, 246, 275, 276, 278, 279, 280, 281, 282, 283, 284, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 301, 311, 314, 317, 318, 319, 320, 321, 1345, 1386, 1388, 1390, 1391, 1394, 1403, 1588, 1590, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 2410, 2411, 2412, 2413, 2414, 2415, 2505, 2506, 2507, 2508, 2509, 2510, 2523, 2524, 2525, 2526, 2527, 2528, 2766, 2767, 2768, 2769, 2770, 2771, 3001, 3472, 3517, 3520, 3522, 3523, 3524, 3525, 3529, 3530, 3531, 3532, 3533, 3534, 5902])),
            (147, "kept-from-the-record", Anchor::Any(&[Anchor::Lits(&[5581, 5582, 5583, 5584, 5585, 5586, 5587, 5610, 5611, 5612, 5613, 5614, 5615, 5616, 5945, 6049, 6050, 6051, 6052, 6053, 6054, 6055, 6056, 6057, 6058, 6059, 6060, 6061, 6062, 6063, 6064, 6065, 6066, 6833, 6834, 6835, 6836]), Anchor::All(&[Anchor::Lits(&[257, 433, 1508, 1672, 1946, 2310, 3009]), Anchor::Lits(&[1133, 1224, 1269, 1661, 2145, 2161, 2164, 2207, 2208, 2997, 2998, 3655, 3718])]), Anchor::All(&[Anchor::Lits(&[59, 535, 624, 674, 2663, 3099, 3118]), Anchor::Lits(&[4173, 4181, 4708, 4809, 7673, 7788])])])),
            (149, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6257, 6258, 6260, 6351]), Anchor::All(&[Anchor::Lits(&[4863, 5128, 5142, 5223, 5238, 5286, 5598, 6074, 6133, 6154, 6256, 6259, 6261, 6351, 6374, 6375, 7799]), Anchor::Lits(&[4260, 4261, 4509, 4510, 4590, 4866, 5012, 5016, 5086, 5604, 5650, 5695, 5711, 6295, 6386, 6389, 6486, 6685, 6732, 6745, 6749, 6912, 6954, 7380, 7439, 7465, 7796])])]), Anchor::Lits(&[424, 425, 761, 771, 845, 1312, 1332, 1428, 1436, 1531, 1955, 2036, 2101, 2138, 2530, 2532, 2533, 2570, 2611, 2652, 2654, 2757, 2887, 2934, 2936, 2990, 2994, 3144, 3176, 3446, 3496, 3506, 3755])])),
            (152, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[4503, 4504, 4505, 4506, 4507, 4508, 4657, 4658, 4659, 4660, 4661, 4662, 4663, 4664, 4665, 4666, 4667, 4668, 4669, 4670, 4671, 4672, 4673, 4674, 5191, 5192, 5193, 5194, 5195, 5196, 5232, 5233, 5234, 5235, 5236, 5237, 6216, 6217, 6218, 6219, 6220, 6221, 6394, 6395, 6396, 6397, 6398, 6399, 6400, 6401, 6402, 6403, 6404, 6405, 6447, 6448, 6449, 6450, 6451, 6452, 6915, 6916, 6917, 6918, 6919, 6920, 7509, 7510, 7511, 7512, 7513, 7514, 7515, 7516, 7517, 7520, 7521, 7522]), Anchor::Lits(&[4331, 5021, 5647, 6265, 6508])])),
            (153, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[13, 174, 183, 208, 2153, 3063]), Anchor::All(&[Anchor::Lits(&[4510, 5012, 5016, 5086, 5604, 5695, 6266, 6295, 6386, 6486, 6732, 6745, 6749, 6912, 6954, 7380, 7465]), Anchor::Lits(&[7357, 7358, 7359, 7360, 7361, 7362, 7685, 7686, 7687, 7703, 7707, 7708]), Anchor::Lits(&[52, 66, 241, 508, 1331, 1347, 1564, 1568, 1703, 1760, 1948, 2426, 2951, 3019, 3225, 3510, 3602])])])),
            (154, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[3978, 3979, 4131, 4133, 4269, 4547, 5998, 6203, 6205, 6210, 6214, 6223, 6353, 6354, 6453, 6698, 6703, 6738]), Anchor::Lits(&[611, 912, 1312, 1324, 1332, 1601, 2442, 2491, 2570, 2604, 2697, 2814, 2816, 2934, 2990, 2999, 3218, 3481])])),
            (155, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4293, 4676, 4765, 5619, 5620, 5806, 5902, 5926, 7724]), Anchor::Lits(&[116, 118, 331, 337, 491, 492, 612, 613, 1581, 1593, 1765, 1770, 1858, 1859, 1965, 2023, 2024, 2071, 2073, 2075, 2077, 2078, 2079, 2313, 2314, 3218, 3224, 3581, 3582]), Anchor::Lits(&[4032, 4147, 4166, 4329, 4363, 4388, 4412, 4563, 4846, 5144, 5376, 5452, 5617, 5662, 5750, 6131, 6350, 6696, 6755, 6757, 6849, 7192])]), Anchor::All(&[Anchor::Lits(&[4254, 4255, 4324, 4326, 4756, 4757, 5129, 5140, 6776, 6778]), Anchor::Lits(&[4147, 4329, 4363, 4364, 4365, 6563, 6755, 6757, 7354])])]), Anchor::Lits(&[409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 466, 512, 513, 514, 516, 518, 519, 523, 524, 525, 526, 527, 528, 929, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1238, 1608, 1609, 1610, 1611, 1612, 1613, 1615, 1616, 1617, 1618, 1619, 1620, 1966, 1967, 2174, 2266, 2285, 3022, 3023, 3029, 3030, 3038, 3039, 3043, 3044, 3045, 3046, 3047, 3048, 3700])])),
            (156, "send-to-a-raw-address", Anchor::Lits(&[714, 909, 920, 924, 926, 927, 2818, 3050, 3058, 3216, 3602, 4268, 4318, 4550, 5010, 5437, 5877, 6266, 6295, 6386, 6509, 6732, 6912, 7386, 7465, 7608])),
            (157, "send-outside-the-company", Anchor::Lits(&[1438, 1625, 3319, 6140, 6257, 6315, 6379])),
            (158, "disclose-secret-values", Anchor::Lits(&[652, 654, 735, 739, 838, 1360, 1364, 1762, 2541, 2542, 2605, 3490, 3498, 3499, 3552, 3553, 4134, 4368, 4373, 4375, 4376, 4401, 4617, 4618, 5621, 5622, 5997, 6202, 6699, 6700])),
            (159, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::Lits(&[53, 89, 130, 208, 376, 655, 730, 743, 805, 1437, 1528, 1537, 1747, 1826, 1827, 2427, 2446, 2449, 2468, 2473, 2601, 2618, 2698, 2777, 2930, 3159, 3177, 3317, 3318, 3527, 3558, 4017, 4528, 4529, 4530, 4531, 4537, 4541, 4587, 4849, 4850, 4851, 4852, 4854, 4856, 4858, 4859, 5018, 5081, 5123, 5124, 5377, 5976, 6153, 6382, 6388, 6433, 6529, 6558, 6576, 6929, 7405, 7518]), Anchor::All(&[Anchor::Lits(&[4323, 4583, 4601, 4633, 4636, 4847, 5008, 5625, 5648, 6474, 6478, 6481, 6949, 6951, 6977, 7408, 7413, 7458]), Anchor::Lits(&[12, 149, 369, 372, 390, 391, 689, 1860, 1861, 1958, 2050, 2099, 2141, 2170, 2171, 2172, 2484, 2485, 2843, 2844, 2955, 2956, 3480])]), Anchor::All(&[Anchor::Lits(&[4511, 5087, 5651, 6296, 6387, 6733, 6746, 7466]), Anchor::Lits(&[350, 351, 352, 353, 354, 355, 1831, 1832, 1833, 1834, 1835, 1836, 3383, 3386, 3387, 3388, 3393, 3394])]), Anchor::All(&[Anchor::Lits(&[242, 798, 1938, 2481, 3413]), Anchor::Lits(&[6212, 6296, 6381, 6733, 6746])]), Anchor::All(&[Anchor::Lits(&[4848]), Anchor::Lits(&[822, 824, 2905, 3198, 3590])]), Anchor::All(&[Anchor::Lits(&[4900, 5994, 6028, 7676]), Anchor::Lits(&[4561, 4567, 5220, 5646, 6444, 6610, 6692, 6967])]), Anchor::All(&[Anchor::Lits(&[4584, 4848, 6383, 6479, 7406, 7676]), Anchor::Lits(&[123, 1314, 1357, 1381, 3650])]), Anchor::All(&[Anchor::Lits(&[4323, 4583, 4601, 4633, 4636, 4847, 5008, 5625, 5648, 6474, 6478, 6481, 6949, 6951, 6977, 7408, 7413, 7458]), Anchor::Lits(&[12, 149, 369, 372, 390, 391, 689, 1860, 1861, 1958, 2050, 2099, 2141, 2170, 2171, 2172, 2484, 2485, 2843, 2844, 2955, 2956, 3480])]), Anchor::All(&[Anchor::Lits(&[4511, 5087, 5651, 6296, 6387, 6733, 6746, 7466]), Anchor::Lits(&[350, 351, 352, 353, 354, 355, 1831, 1832, 1833, 1834, 1835, 1836, 3383, 3386, 3387, 3388, 3393, 3394])]), Anchor::All(&[Anchor::Lits(&[242, 798, 1938, 2481, 3413]), Anchor::Lits(&[6212, 6296, 6381, 6733, 6746])]), Anchor::All(&[Anchor::Lits(&[4848]), Anchor::Lits(&[822, 824, 2905, 3198, 3590])]), Anchor::All(&[Anchor::Lits(&[4900, 5994, 6028, 7676]), Anchor::Lits(&[4561, 4567, 5220, 5646, 6444, 6610, 6692, 6967])]), Anchor::All(&[Anchor::Lits(&[4584, 4848, 6383, 6479, 7406, 7676]), Anchor::Lits(&[123, 1314, 1357, 1381, 3650])])])),
            (160, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[4680, 4682, 4683, 4684, 4685, 4686, 4687, 4688, 4689, 4690, 4691, 4695, 4696, 4697, 4701, 4728, 4735, 4736, 4740, 4741, 4769, 4771, 4772, 4773, 4774, 4775, 4776, 4777, 4778, 4779, 4780, 4781, 4782, 4783, 4784, 4785, 4786, 4787, 4788, 4789, 4790, 4796, 4797, 4798, 4802, 4829, 4836, 4837, 4841, 4842, 5809, 5814, 5815, 5816, 5820, 5844, 5853, 5854, 5859, 5860, 5881, 5903, 5905, 5906, 5907, 5908, 5912, 5913, 5914, 5915, 5916, 5925, 5927, 5928, 5929, 5930, 5931, 5932, 5933, 5934, 5935, 5936, 7724, 7841, 7842, 7843, 7844, 7845, 7846, 7847, 7848, 7849, 7850, 7853, 7854, 7855, 7856, 7857, 7858, 7859, 7860, 7861, 7862]), Anchor::All(&[Anchor::Lits(&[4147, 4377, 4458, 4459, 4864]), Anchor::Lits(&[4323, 6775])]), Anchor::All(&[Anchor::Lits(&[4147, 4377, 4458, 4459, 4864]), Anchor::Lits(&[4323, 6775])])])),
            (161, "history-wiped-after-the-act", Anchor::Lits(&[874, 4266, 4400, 4406, 4478, 5098, 5099, 5102, 5106, 5221, 5222, 6376, 6393, 6435, 6739, 6742, 6748, 6786, 7048, 7459, 8031])),
            (162, "report-an-outcome-regardless", Anchor::Lits(&[1864, 2265, 2723, 5288, 5294, 5295, 5296, 5297, 5303, 5304, 5305, 5306, 5307, 5310, 5442, 5443, 5444, 5448, 7582, 7584, 7585, 7595])),
            (163, "agent-permissions-opened", Anchor::Lits(&[145, 147, 153, 155, 156, 163, 259, 399, 517, 529, 816, 817, 2518, 3771])),
            (164, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[511, 522, 678, 679, 839, 891, 902, 1298, 1592, 2146, 2748, 2752, 2827, 3015, 3021, 3042, 3172, 3470, 3494]), Anchor::Lits(&[498, 658, 661, 818, 873, 1595, 1599, 1600, 2653, 2772, 2773, 2886, 2913, 2914, 2915, 2916, 2920, 2921, 2926, 2927, 2928, 2929, 3206, 3462])])),
            (165, "risky-action-on-a-later-trigger", Anchor::Lits(&[76, 77, 78, 79, 1396, 1546, 1621, 1865, 1866, 1867, 1872, 1873, 4216, 4283, 5118, 5288, 5289, 5290, 5291, 5292, 5293, 5298, 5299, 5300, 5301, 5302, 5303, 5304, 5305, 5306, 5307, 5599, 5600, 5601, 5602, 5876, 6072, 6073, 7195, 7645, 7647, 7648, 7649, 7650, 7651, 7653, 7657, 7658])),
            (170, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[89, 227, 655, 685, 743, 809, 1405, 1437, 1537, 1644, 2401, 2406, 2446, 2473, 2644, 2991, 3052, 3508, 3558]), Anchor::All(&[Anchor::Lits(&[622, 626, 630, 676, 682, 704, 909, 920, 1370, 1416, 1529, 1596, 1623, 1626, 1709, 1742, 1879, 1902, 1992, 2043, 2057, 2315, 2578, 2646, 2647, 2649, 2666, 2700, 2714, 2742, 2948, 2951, 3010, 3050, 3071, 3073, 3100, 3145, 3214, 3216, 3360, 3478, 3512, 3518, 3627, 3651]), Anchor::Lits(&[4016, 4135, 4238, 4410, 4510, 4656, 4847, 4866, 4887, 4893, 5086, 5209, 5371, 5414, 5608, 5644, 5687, 6211, 6213, 6266, 6295, 6340, 6380, 6386, 6389, 6482, 6685, 6732, 6745, 6747, 6781, 6887, 6895, 6910, 7349, 7465, 7796]), Anchor::Any(&[Anchor::Lits(&[4132, 4348, 4546, 4565, 4884, 5224, 6136, 6206, 6209, 6262, 6665, 6702, 6724, 6851, 6868]), Anchor::All(&[Anchor::Lits(&[4042, 4411, 4897, 4919, 5107, 6424, 7444, 7446, 7663]), Anchor::Lits(&[67, 669, 737, 803, 819, 1311, 1334, 1435, 1439, 1474, 1995, 2441, 2711, 2803, 2840, 3198])]), Anchor::All(&[Anchor::Lits(&[667, 803, 819, 871, 1311, 1435, 1439, 1474, 1763, 1995, 2711, 2806, 2845, 3198]), Anchor::Lits(&[4348, 4350, 4546, 4548, 4553, 4884, 4885, 4888, 5197, 5239, 5671, 6204, 6222, 6231, 6262, 6264, 6665, 6667, 6702, 6867, 7367, 7519])])])]), Anchor::All(&[Anchor::Lits(&[3943, 3945, 3946, 3947, 3949, 3951, 3952, 3953, 3954, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4532, 4533, 4534, 4535, 4536, 4538, 4539, 4540, 4542, 5024, 5025, 5026, 5027, 5028, 5029, 5030, 5031, 5032, 5865, 5866, 5867, 5868, 5869, 5870, 5871, 5872, 5873, 6094, 6095, 6096, 6097, 6098, 6099, 6100, 6101, 6102, 6297, 6298, 6299, 6300, 6301, 6302, 6303, 6304, 6305, 6414, 6415, 6416, 6417, 6418, 6419, 6420, 6421, 6422, 6874, 6875, 6876, 6877, 6878, 6880, 6881, 6882, 6883, 7180, 7181, 7182, 7183, 7190, 7201, 7203, 7204, 7215]), Anchor::Lits(&[4527, 5023, 6093, 6296, 6413, 6872]), Anchor::Lits(&[363, 732, 1695, 1762, 1999, 3233, 3238, 3241, 3690])])]), Anchor::Lits(&[65, 247, 362, 681, 771, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 918, 1298, 1312, 1336, 1343, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1531, 1692, 1761, 1781, 1957, 2014, 2091, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2403, 2404, 2491, 2493, 2494, 2538, 2570, 2572, 2573, 2604, 2648, 2652, 2654, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2753, 2887, 2934, 2935, 2990, 2992, 3053, 3077, 3078, 3080, 3081, 3082, 3083, 3084, 3085, 3087, 3088, 3089, 3090, 3091, 3098, 3120, 3143, 3362, 3506, 3507, 3755]), Anchor::Lits(&[68, 90, 91, 228, 623, 627, 631, 656, 657, 668, 670, 677, 680, 683, 684, 686, 705, 738, 744, 745, 804, 810, 820, 823, 872, 910, 921, 922, 1312, 1335, 1371, 1372, 1406, 1417, 1436, 1438, 1440, 1475, 1530, 1538, 1539, 1597, 1598, 1624, 1627, 1645, 1646, 1710, 1743, 1764, 1766, 1880, 1903, 1993, 1996, 2044, 2058, 2316, 2402, 2407, 2442, 2447, 2448, 2474, 2475, 2579, 2645, 2650, 2667, 2701, 2712, 2715, 2743, 2804, 2807, 2841, 2846, 2949, 2952, 3011, 3051, 3072, 3074, 3101, 3146, 3147, 3199, 3200, 3215, 3217, 3361, 3479, 3509, 3513, 3514, 3519, 3559, 3560, 3628, 3652, 4133, 4349, 4547, 4566, 6137, 6207, 6210, 6263, 6666, 6703, 6725, 6852, 6869])])),
            (171, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[240, 245, 402, 460, 464, 558, 561, 562, 566, 567, 568, 569, 571, 579, 580, 583, 586, 587, 591, 592, 593, 594, 596, 604, 605, 672, 935, 945, 946, 952, 953, 954, 955, 961, 979, 981, 1114, 1119, 1120, 1128, 1129, 1130, 1131, 1134, 1143, 1144, 1205, 1210, 1211, 1219, 1220, 1221, 1222, 1225, 1234, 1235, 1244, 1254, 1255, 1261, 1262, 1263, 1264, 1271, 1289, 1291, 1587, 1659, 1706, 1755, 1756, 1778, 1961, 2039, 2179, 2188, 2189, 2197, 2198, 2199, 2201, 2209, 2229, 2231, 2298, 2425, 2439, 2668, 2722, 2733, 2839, 2904, 3000, 3075, 3166, 3471, 3485, 3493, 3658, 3663, 3664, 3669, 3670, 3671, 3672, 3674, 3683, 3684, 3721, 3726, 3727, 3732, 3733, 3734, 3735, 3737, 3746, 3747, 4692, 4693, 4698, 4700, 4704, 4712, 4714, 4717, 4723, 4725, 4730, 4732, 4737, 4738, 4739, 4793, 4794, 4799, 4801, 4805, 4813, 4815, 4818, 4824, 4826, 4831, 4833, 4838, 4839, 4840, 5812, 5813, 5817, 5819, 5821, 5829, 5831, 5833, 5841, 5843, 5847, 5850, 5856, 5857, 5858, 5899, 5902, 5917, 5918, 5919, 5920, 5921, 5922, 5923, 5944, 5946, 5947, 5948, 5949, 5950, 5951, 5952, 5969, 5970, 5971, 5972, 5973, 5974, 5975, 7732, 7737, 7738, 7744, 7745, 7749, 7757, 7758, 7759, 7765, 7767, 7770, 7775, 7778, 7779, 7780, 7840, 7852, 7884]), Anchor::All(&[Anchor::Lits(&[209, 659, 1507, 2094, 2443, 2758, 2763, 2784, 3066, 3152, 3445, 3614]), Anchor::Lits(&[1540, 2438])]), Anchor::All(&[Anchor::Lits(&[116, 120, 1332, 1335, 2091, 2095, 2311, 2312, 3592, 3593]), Anchor::Lits(&[4020, 4589, 4847, 5016, 5148, 5645, 5666, 5864, 5874, 6208, 6292, 6355, 6579, 6745, 7525])])])),
            (172, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[4034, 4481, 4496, 5018, 5094, 5128, 5238, 6140, 6141, 6161, 6257, 6351, 6373, 6433, 7234, 7235, 7559, 7799]), Anchor::Lits(&[244, 427, 428, 609, 610, 798, 802, 807, 808, 811, 812, 813, 814, 1337, 1338, 1671, 1707, 2061, 2478, 2479, 2483, 2486, 2496, 2497, 2500, 2537, 2876, 2877, 2918, 3057, 3068, 3521, 3526, 3535])])),
            (174, "agent-secrets-spilled", Anchor::Lits(&[242, 712, 797, 1361, 1366, 2481, 2612, 2911, 3413])),
            (175, "override-instructions-es-pt-it", Anchor::Lits(&[4402, 4403, 4629, 4631, 4632, 5372, 5373, 5374, 5419, 5421, 5451, 5979, 6111, 6113, 6120, 6466, 6468, 6470])),
            (176, "override-instructions-fr", Anchor::Lits(&[3426, 5314, 5797, 5798, 6130])),
            (177, "override-instructions-de-nl", Anchor::Lits(&[4121, 4281, 5423, 5435, 6092, 6463, 6464, 6571, 6572, 6693, 7570])),
            (178, "override-instructions-pl-tr", Anchor::Lits(&[5325, 5594, 5596, 5879, 6294, 6986, 7800, 8022])),
            (179, "override-instructions-ru", Anchor::Lits(&[5324, 5796, 6129, 8020, 8039, 8040, 8044, 8045, 8049])),
            (180, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[55, 2140, 2660, 2661, 2868, 2869, 3536]), Anchor::Lits(&[171, 1925, 2033, 2034, 2035, 2100, 2993])])),
            (182, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[5431, 5432, 5433, 5434, 5579, 5791, 5792, 6032, 6033, 6283, 6306, 6307, 6467, 6472, 6631, 6779, 6780, 6966, 7467, 7468, 7469, 7558, 8037, 8044, 8050])),
            (183, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[37, 64, 426, 478, 1694, 1724, 1725, 1862, 1897, 1924, 1941, 2011, 2030, 2535, 2662, 3580]), Anchor::Lits(&[122, 263, 365, 640, 641, 888, 1723, 1822, 1823, 1824, 1964, 2470, 2501, 2511, 2512, 2534, 2676, 3201, 3546])])),
            (185, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[616, 1501, 1940, 1980, 1986, 2167, 2692, 2693, 2727, 2790, 2860, 2942, 2950, 3153, 3586, 3897, 3903, 5037, 5593, 5597, 6684, 6772, 7425, 7433, 7462]), Anchor::All(&[Anchor::Lits(&[617, 746, 1494, 1567, 1982, 1985, 2728, 2795]), Anchor::Lits(&[1972, 2885])]), Anchor::All(&[Anchor::Lits(&[465, 1325, 1489, 1636, 2724, 2821, 3005, 3882]), Anchor::Lits(&[6035])]), Anchor::All(&[Anchor::Lits(&[616, 1501, 1981, 1986, 2732, 2791]), Anchor::Lits(&[2933])]), Anchor::All(&[Anchor::Lits(&[4262, 4280, 5554, 8021]), Anchor::Lits(&[470])]), Anchor::All(&[Anchor::Lits(&[5036, 5592, 5596, 6771]), Anchor::Lits(&[2342, 2343, 3020, 3770])]), Anchor::All(&[Anchor::Lits(&[455, 615, 1489, 1632, 2729, 2801]), Anchor::Lits(&[3542])]), Anchor::All(&[Anchor::Lits(&[454, 456, 457, 615, 1494, 1631, 1635, 2729, 2800, 2801, 2941]), Anchor::Lits(&[3482, 3543])]), Anchor::All(&[Anchor::Lits(&[618, 619, 620, 1491, 1494, 1504, 1505, 1985, 2330, 2339, 2345, 2581, 2582, 2583, 2734, 2794]), Anchor::Lits(&[470, 1473])]), Anchor::All(&[Anchor::Lits(&[3209]), Anchor::Lits(&[364, 431, 1489, 2503, 2932, 2940])])])),
            (187, "reveal-system-prompt-i18n", Anchor::Lits(&[205, 721, 722, 723, 724, 725, 1576, 1577, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1812, 1814, 1815, 1816, 1817, 1821, 1828, 1857, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 2067, 2068, 2092, 2093, 2096, 2097, 2389, 2551, 2628, 2629, 2630, 2631, 2632, 2635, 2636, 3178, 3179, 3180, 3191, 3195, 3196, 3197, 3202, 3483, 3515, 3562, 3567, 3910, 3932, 3933, 5127, 6773, 6774])),
            (189, "disable-safety-i18n", Anchor::Lits(&[366, 468, 469, 692, 753, 754, 755, 848, 1495, 1496, 1498, 1500, 1502, 1503, 1506, 1566, 1642, 1652, 1653, 1907, 2639, 2640, 2908, 3003, 3004, 3005, 3460, 3557, 3563, 3564, 3879, 3902, 3908, 3909, 3929, 3940])),
            (191, "stop-following-instructions-i18n", Anchor::Lits(&[215, 436, 720, 885, 1810, 1825, 2724, 2730, 2821, 3575, 4628, 4630, 5418, 5420, 5961, 5962, 5963, 5964, 5978, 6110, 6112, 6465, 6469])),
            (193, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[4619, 4907, 4908, 5311, 5315, 5321, 7561, 7562]), Anchor::All(&[Anchor::Lits(&[4598, 5312, 5315, 6042, 6043, 6044]), Anchor::Lits(&[7363, 7364])])])),
            (194, "instructions-void-de", Anchor::Lits(&[379, 1693, 2243, 2244, 3492])),
            (195, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[462, 655, 1532, 1768, 1769, 1953, 2031, 2032, 2064, 2531, 2637, 2638, 3538, 3539, 3544, 3545, 3569, 5953, 5954, 5955, 5956, 5957, 5959, 5960, 6673, 6678, 6680, 6682]), Anchor::All(&[Anchor::Lits(&[408, 889, 916, 1767, 2080, 2471, 2597, 3012]), Anchor::Lits(&[5787, 5793, 5794, 5795, 5802, 6677, 6679])]), Anchor::All(&[Anchor::Lits(&[2240]), Anchor::Lits(&[4902, 4903, 5672, 6663, 6664, 7563])])])),
            (197, "authority-waives-controls-i18n", Anchor::Lits(&[403, 404, 405, 406, 407, 1369, 1575, 1578, 1580, 2513, 2520, 2521, 3070])),
            (198, "persona-without-rules-i18n", Anchor::Lits(&[22, 35, 36, 69, 102, 104, 870, 1310, 1898, 2419, 3468, 3554, 3571, 3572])),
            (199, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[4146, 4163, 4167, 4168, 4241, 4499, 4500, 5095, 5119, 5139, 6372, 6754]), Anchor::Lits(&[827, 828, 859, 861, 862, 863, 864, 865, 866, 867, 890, 904, 905, 2901, 2902, 3896])])),
            (200, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[242, 642, 649, 662, 664, 747, 795, 800, 1664, 1666, 1727, 1899, 1932, 1938, 2027, 2134, 2136, 2481, 2488, 2878, 2880, 2906, 2937, 3006, 3413, 3577, 3898, 3912, 3922, 3924]), Anchor::Lits(&[206, 731, 733, 815, 831, 879, 903, 917, 1373, 1513, 1950, 1951, 1959, 1960, 1962, 1963, 1970, 1994, 2029, 2139, 2143, 2341, 2344, 2416, 2677, 2678, 2707, 2867, 3064, 3170, 3171, 3568, 3574, 3576, 3906, 3930, 3941])]), Anchor::All(&[Anchor::Lits(&[243, 643, 650, 663, 665, 748, 749, 796, 801, 1665, 1667, 1728, 1900, 1901, 1933, 1934, 1939, 2028, 2135, 2137, 2482, 2487, 2489, 2490, 2879, 2881, 2907, 2938, 2939, 3007, 3008, 3414, 3416, 3578, 3579, 3899, 3913, 3923, 3925]), Anchor::Lits(&[3967, 3968, 4090, 4253, 4256, 4257, 4258, 4259, 4322, 4328, 5020, 5146, 5147, 5150, 5450, 5661, 5709, 5788, 5967, 5968, 6045, 6047, 8032, 8033])])])),
            (201, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[1945, 2575, 2576, 3548, 3549, 3550, 3551, 3716, 3911, 3914, 3915, 3916, 3927, 3928])),
            (202, "skip-approval-cjk", Anchor::Lits(&[8051, 8052, 8053, 8054, 8055, 8056, 8057, 8058, 8059, 8060, 8061, 8062, 8063, 8064, 8065, 8066])),
            (204, "admin-role-handed-out-i18n", Anchor::Lits(&[53, 2427, 2930, 3527, 3981, 6119, 6721, 7539])),
            (206, "control-weakened-i18n", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4614, 5577, 5578]), Anchor::All(&[Anchor::Lits(&[4041, 4330, 4570, 4594, 4595, 4596, 4597, 4639, 4881, 4882, 4895, 4896, 5182, 5198, 5577, 5578, 5649, 5670, 5965, 6215, 6411, 6412, 6477, 6480, 6559, 6573, 6574, 6575, 6689, 6690, 6946, 6947, 6948, 6990, 7356, 7365, 7557, 7567, 7798, 8023, 8026, 8038, 8043, 8046, 8047, 8048]), Anchor::Lits(&[12, 42, 43, 44, 51, 54, 84, 375, 377, 378, 380, 381, 382, 383, 384, 385, 386, 387, 392, 393, 847, 848, 988, 1297, 1352, 1740, 1904, 1905, 1907, 1908, 1928, 2015, 2045, 2046, 2047, 2048, 2049, 2050, 2053, 2054, 2062, 2063, 2099, 2168, 2169, 2173, 2502, 2504, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2640, 2643, 2725, 2726, 2823, 2842, 3475, 3476, 3547, 3607, 3881, 3900, 3901, 3902, 3907, 3908, 3917, 3918, 3926, 3931])])]), Anchor::Lits(&[12, 84, 121, 530, 827, 828, 847, 848, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 904, 905, 906, 1327, 1328, 1329, 1330, 1349, 1350, 1351, 1355, 1356, 1658, 1673, 1674, 1740, 1922, 1923, 1926, 1927, 2025, 2026, 2047, 2055, 2099, 2296, 2495, 2672, 2673, 2674, 2675, 2746, 2747, 2751, 2808, 2809, 2810, 2812, 2813, 2824, 2825, 2826, 2901, 2902, 2903, 3161, 3162, 3163, 3164, 3165, 3208, 3376, 3411, 3412, 3540, 3541, 3570, 3768, 3769, 3880, 3896, 3904, 3905, 3919, 3920, 3921, 3934, 3935, 3936, 3937, 3938, 3939])])),
            (208, "destructive-without-confirmation-i18n", Anchor::Lits(&[4294, 4295, 5789, 6036, 6037, 6038, 6039, 6040, 6041, 6069, 6070, 6071, 6674, 6675, 6676, 6681, 6683, 6727, 6728, 6729, 6730, 6731, 6735, 6736, 6737, 6766, 6767, 6768, 6769, 6770, 6862, 6991, 6993, 6996, 6998, 7576, 8027, 8028, 8029, 8030, 8034, 8035, 8036, 8041, 8042])),
            (213, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[1654, 1655, 1656, 4296, 4615, 5553, 5589, 5590, 5591, 5595, 5713, 5790, 6992, 6994, 6995, 6997, 7429, 7430, 7431, 7432, 7555, 7556, 7571, 7572, 7573])),
            (215, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[777, 1583, 1584, 1585, 1586, 1589, 1591, 2292, 3442, 4283, 4301, 4302, 4303, 4708, 4742, 4760, 4763, 4809, 4843, 5049, 5051, 5924, 6031, 6782, 6783, 6784, 6785, 6800, 6816, 6860, 6861, 7421, 7674, 7754, 7789]), Anchor::All(&[Anchor::Lits(&[5211, 5215, 5216, 5218]), Anchor::Lits(&[1540])])])),
            (216, "trust-raised-for-later", Anchor::Lits(&[146, 158, 162, 165, 166, 167, 168, 260, 262, 398, 401, 1431, 1432, 4035, 4394, 4551, 4552, 5429, 5676, 6369, 6619, 6963, 7388, 7391, 7392, 7393])),
            (217, "admin-role-by-a-side-door", Anchor::Lits(&[53, 127, 135, 389, 1315, 1385, 1393, 1404, 2052, 2169, 2346, 2427, 2842, 2924, 2930, 3177, 3527, 4579, 6310])),
            (220, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[1891, 1892, 1893, 3597, 3598, 3600, 3794, 3796, 3801, 4094, 4098, 4099, 4100, 4101, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4110, 4111, 4112, 4113, 4118, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 6490, 6491, 6492, 6493, 6494, 6495, 6496, 6497, 6498, 6499, 6500, 6501, 6502, 6503, 6504, 6505, 6506, 7001, 7003, 7007, 7012, 7013, 7014, 7016, 7018, 7023, 7025, 7034, 7035, 7036, 7042, 7044, 7045, 7047]), Anchor::All(&[Anchor::Lits(&[330, 636, 1353, 1780, 2022, 2669, 3587, 3589, 3717]), Anchor::Any(&[Anchor::Lits(&[4592, 4677, 4698, 4712, 4717, 4730, 4731, 4732, 4733, 4739, 4766, 4799, 4813, 4818, 4831, 4832, 4833, 4834, 4840, 5558, 5560, 5564, 5565, 5567, 5568, 5571, 5572, 5573, 5576, 5624, 5677, 5678, 5679, 5680, 5681, 5682, 5683, 5684, 5685, 5686, 5807, 5817, 5829, 5833, 5847, 5849, 5850, 5851, 5858, 6076, 6078, 6080, 6081, 6083, 6084, 6086, 6087, 6088, 6091, 6316]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5557, 5987, 6075, 7601, 7602, 7606, 7607, 7837, 7838, 7880, 7885]), Anchor::All(&[Anchor::Lits(&[4930, 4931, 4932, 4933, 4934, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 4942, 4943, 4944, 4945, 4946, 4947, 4948, 4949, 4950, 4951, 4952, 4953, 4954, 4955, 4956, 4957, 4958, 4959, 4960, 4961, 4962, 4963, 4964, 4965, 4966, 4967, 4968, 4969, 4970, 4971, 4972, 4973, 4974, 4975, 4976, 4977, 4978, 4979, 4980, 4981, 4982, 4983, 4984, 4985, 4986, 5453, 5454, 5455, 5456, 5457, 5458, 5459, 5460, 5461, 5462, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 5470, 5471, 5473, 5474, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5482, 5483, 5484, 5485, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 5493, 5494, 5495, 5496, 5497, 5498, 5499, 5500, 5501, 5502, 5503, 5504, 5505, 5506, 5507, 5508, 5509, 5510, 7055, 7056, 7057, 7058, 7059, 7060, 7061, 7062, 7063, 7064, 7065, 7066, 7067, 7068, 7069, 7070, 7071, 7072, 7073, 7074, 7075, 7076, 7077, 7078, 7079, 7080, 7081, 7082, 7083, 7084, 7085, 7086, 7087, 7088, 7089, 7090, 7091, 7092, 7093, 7094, 7095, 7096, 7097, 7098, 7099, 7100, 7101, 7102, 7103, 7104, 7105, 7106, 7107, 7108, 7109, 7110, 7111, 7289, 7290, 7291, 7292, 7293, 7294, 7295, 7296, 7297, 7298, 7299, 7300, 7301, 7302, 7303, 7304, 7305, 7306, 7307, 7310, 7311, 7312, 7313, 7314, 7315, 7316, 7317, 7318, 7319, 7320, 7321, 7322, 7323, 7324, 7325, 7326, 7327, 7328, 7329, 7330, 7331, 7332, 7333, 7334, 7335, 7336, 7337, 7338, 7339, 7340, 7341, 7342, 7343, 7344, 7345, 7346, 7347]), Anchor::Lits(&[4252, 5038, 5184, 5652, 5977, 5987, 6268, 6430, 6471, 6609, 6691, 6871])])]), Anchor::Lits(&[4092, 4389, 6487, 6534, 6686, 7000])])]), Anchor::Lits(&[209, 645, 849, 930, 942, 957, 959, 970, 972, 980, 983, 1239, 1251, 1266, 1268, 1280, 1282, 1290, 1293, 1909, 1910, 1913, 1914, 1916, 1917, 1918, 1919, 1920, 1973, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2175, 2185, 2203, 2205, 2220, 2221, 2230, 2233, 2371, 2372, 2375, 2376, 2378, 2379, 2380, 2381, 2382, 2593, 2758, 2781, 2889, 3218])])])),
            (221, "made-to-look-routine", Anchor::Lits(&[4332, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 5178, 5179, 5180, 5825, 5988, 5989, 6162, 6163, 6164, 6165, 6166, 6167, 6168, 6169, 6170, 6171, 6172, 6173, 6174, 6175, 6176, 6177, 6178, 6179, 6180, 6181, 6182, 6183, 6184, 6185, 6186, 6187, 6188, 6189, 6190, 6191, 6192, 6193, 6194, 6195, 6196, 6197, 6198, 6199, 6200, 6201, 6800, 6801, 6804, 6807, 6811, 6828, 6831, 6859, 7579, 7580, 7581, 7583, 7586, 7587, 7588, 7589, 7590, 7591, 7592, 7593, 7594, 7596, 7597, 7598, 7599, 7600, 7609, 7611, 7612, 7613, 7614, 7615, 7616, 7617, 7618, 7619])),
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
chathistory\
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
memory\
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
session\
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
transcript\
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
            ends: &[7, 18, 25, 34, 43, 48, 55, 69, 86, 98, 107, 118, 128, 137, 142, 149, 160, 168, 175, 181, 189, 199, 208, 211, 220, 230, 241, 247, 254, 260, 270, 281, 289, 299, 313, 323, 338, 357, 369, 381, 395, 404, 407, 415, 430, 446, 457, 469, 476, 483, 488, 496, 503, 512, 519, 529, 542, 554, 566, 581, 595, 614, 623, 639, 645, 650, 654, 666, 676, 686, 694, 700, 709, 717, 725, 735, 748, 752, 754, 760, 772, 782, 794, 805, 815, 829, 839, 848, 855, 861, 869, 877, 883, 890, 899, 907, 917, 922, 933, 947, 960, 970, 982, 988, 1001, 1011, 1024, 1034, 1043, 1054, 1066, 1070, 1081, 1094, 1106, 1116, 1133, 1147, 1156, 1166, 1173, 1181, 1194, 1204, 1226, 1248, 1274, 1286, 1306, 1330, 1353, 1380, 1401, 1419, 1445, 1471, 1501, 1525, 1553, 1580, 1611, 1636, 1658, 1684, 1704, 1723, 1749, 1771, 1793, 1809, 1824, 1846, 1864, 1874, 1883, 1894, 1903, 1915, 1927, 1940, 1959, 1977, 1990, 2000, 2017, 2032, 2046, 2058, 2082, 2107, 2120, 2131, 2143, 2150, 2163, 2177, 2186, 2201, 2214, 2233, 2243, 2250, 2260, 2272, 2288, 2300, 2310, 2324, 2335, 2345, 2357, 2363, 2370, 2381, 2395, 2407, 2415, 2426, 2433, 2442, 2449, 2458, 2465, 2468, 2475, 2491, 2505, 2521, 2534, 2545, 2555, 2563, 2573, 2577, 2585, 2594, 2612, 2633, 2649, 2662, 2675, 2690, 2704, 2718, 2731, 2738, 2744, 2754, 2763, 2773, 2780, 2791, 2804, 2811, 2822, 2829, 2840, 2847, 2858, 2867, 2883, 2896, 2901, 2910, 2922, 2941, 2965, 2979, 2989, 3001, 3017, 3028, 3043, 3052, 3073, 3082, 3095, 3107, 3122, 3136, 3154, 3172, 3195, 3208, 3217, 3228, 3243, 3253, 3267, 3275, 3295, 3303, 3315, 3326, 3340, 3345, 3353, 3357, 3364, 3380, 3399, 3413, 3424, 3437, 3449, 3460, 3467, 3476, 3486, 3494, 3500, 3511, 3521, 3529, 3547, 3561, 3578, 3597, 3609, 3615, 3620, 3629, 3640, 3645, 3655, 3665, 3682, 3700, 3713, 3727, 3736, 3740, 3748, 3767, 3784, 3800, 3817, 3836, 3849, 3864, 3895, 3920, 3935, 3945, 3950, 3958, 3965, 3974, 3981, 3987, 3994, 4016, 4030, 4047, 4059, 4068, 4079, 4089, 4098, 4104, 4121, 4131, 4141, 4153, 4163, 4172, 4178, 4192, 4202, 4211, 4222, 4230, 4250, 4260, 4271, 4286, 4306, 4319, 4333, 4344, 4353, 4362, 4369, 4382, 4390, 4407, 4418, 4427, 4441, 4459, 4469, 4478, 4485, 4489, 4496, 4506, 4515, 4525, 4534, 4544, 4550, 4558, 4567, 4577, 4583, 4593, 4599, 4606, 4613, 4619, 4634, 4652, 4665, 4675, 4687, 4698, 4708, 4715, 4721, 4729, 4735, 4740, 4746, 4759, 4773, 4787, 4796, 4809, 4820, 4828, 4834, 4844, 4850, 4860, 4871, 4879, 4891, 4900, 4914, 4927, 4941, 4956, 4975, 4992, 5007, 5025, 5039, 5054, 5070, 5084, 5096, 5103, 5110, 5121, 5134, 5142, 5146, 5153, 5167, 5186, 5204, 5221, 5236, 5250, 5266, 5271, 5281, 5298, 5313, 5328, 5341, 5352, 5364, 5372, 5389, 5395, 5407, 5421, 5430, 5440, 5452, 5463, 5475, 5483, 5500, 5515, 5527, 5541, 5559, 5572, 5592, 5606, 5622, 5639, 5655, 5666, 5684, 5696, 5712, 5725, 5741, 5757, 5775, 5791, 5804, 5819, 5838, 5852, 5873, 5888, 5905, 5923, 5936, 5953, 5963, 5975, 5994, 6007, 6024, 6038, 6055, 6072, 6084, 6094, 6103, 6113, 6125, 6131, 6139, 6163, 6181, 6189, 6204, 6212, 6219, 6226, 6233, 6240, 6247, 6256, 6269, 6277, 6287, 6298, 6306, 6315, 6328, 6335, 6344, 6350, 6366, 6375, 6382, 6390, 6396, 6403, 6414, 6422, 6441, 6453, 6465, 6479, 6484, 6493, 6499, 6508, 6516, 6526, 6534, 6540, 6547, 6555, 6559, 6566, 6579, 6589, 6600, 6611, 6631, 6649, 6662, 6677, 6690, 6698, 6704, 6714, 6726, 6738, 6746, 6752, 6761, 6768, 6779, 6789, 6803, 6822, 6846, 6857, 6872, 6893, 6902, 6915, 6927, 6935, 6947, 6960, 6968, 6980, 6995, 7008, 7023, 7042, 7056, 7074, 7086, 7103, 7118, 7138, 7149, 7159, 7172, 7186, 7204, 7213, 7224, 7234, 7248, 7266, 7273, 7283, 7295, 7310, 7321, 7333, 7340, 7351, 7355, 7371, 7387, 7407, 7422, 7430, 7436, 7450, 7468, 7485, 7506, 7521, 7533, 7541, 7551, 7567, 7577, 7586, 7602, 7614, 7623, 7626, 7631, 7637, 7646, 7650, 7658, 7664, 7669, 7681, 7691, 7700, 7710, 7722, 7728, 7736, 7760, 7778, 7786, 7793, 7798, 7804, 7811, 7820, 7828, 7839, 7851, 7857, 7865, 7882, 7902, 7917, 7929, 7943, 7956, 7968, 7976, 7988, 7996, 8008, 8020, 8030, 8044, 8052, 8064, 8069, 8080, 8092, 8098, 8114, 8134, 8145, 8160, 8171, 8186, 8196, 8203, 8217, 8235, 8248, 8261, 8269, 8275, 8278, 8286, 8293, 8304, 8319, 8330, 8341, 8351, 8368, 8388, 8398, 8413, 8425, 8439, 8452, 8464, 8474, 8484, 8498, 8515, 8527, 8536, 8547, 8557, 8566, 8573, 8584, 8591, 8600, 8617, 8632, 8647, 8660, 8671, 8677, 8688, 8699, 8712, 8720, 8732, 8742, 8750, 8758, 8764, 8777, 8794, 8813, 8817, 8827, 8836, 8844, 8853, 8860, 8875, 8888, 8900, 8910, 8922, 8933, 8950, 8957, 8965, 8972, 8981, 8992, 9007, 9018, 9027, 9033, 9042, 9053, 9064, 9076, 9098, 9108, 9120, 9132, 9142, 9153, 9161, 9174, 9184, 9189, 9199, 9203, 9215, 9220, 9235, 9244, 9254, 9260, 9271, 9288, 9302, 9314, 9327, 9343, 9354, 9368, 9384, 9398, 9410, 9425, 9436, 9454, 9466, 9477, 9491, 9503, 9517, 9530, 9541, 9552, 9561, 9568, 9580, 9592, 9601, 9609, 9616, 9622, 9627, 9636, 9642, 9651, 9664, 9679, 9692, 9708, 9726, 9743, 9756, 9776, 9790, 9800, 9811, 9822, 9831, 9840, 9847, 9854, 9862, 9874, 9879, 9891, 9902, 9910, 9920, 9924, 9932, 9941, 9946, 9953, 9967, 9979, 9990, 10002, 10016, 10024, 10034, 10060, 10080, 10090, 10098, 10105, 10112, 10120, 10128, 10135, 10146, 10156, 10167, 10184, 10196, 10211, 10224, 10243, 10257, 10276, 10296, 10316, 10333, 10351, 10369, 10379, 10386, 10398, 10414, 10429, 10442, 10459, 10472, 10489, 10504, 10523, 10534, 10549, 10557, 10564, 10575, 10583, 10590, 10601, 10617, 10630, 10636, 10651, 10669, 10682, 10692, 10704, 10715, 10725, 10756, 10780, 10804, 10830, 10844, 10869, 10887, 10905, 10925, 10931, 10945, 10950, 10963, 10974, 10985, 10994, 11005, 11014, 11023, 11030, 11034, 11040, 11054, 11064, 11076, 11090, 11107, 11122, 11138, 11152, 11165, 11174, 11185, 11201, 11216, 11232, 11240, 11250, 11263, 11271, 11284, 11295, 11308, 11319, 11329, 11341, 11350, 11361, 11370, 11381, 11389, 11399, 11408, 11412, 11419, 11436, 11445, 11458, 11466, 11478, 11486, 11497, 11506, 11515, 11522, 11531, 11538, 11549, 11557, 11565, 11575, 11588, 11602, 11614, 11625, 11634, 11642, 11656, 11664, 11675, 11684, 11691, 11700, 11711, 11721, 11735, 11747, 11756, 11769, 11784, 11796, 11806, 11819, 11828, 11838, 11852, 11859, 11870, 11879, 11892, 11904, 11915, 11927, 11939, 11955, 11965, 11975, 11989, 11997, 12004, 12013, 12020, 12026, 12040, 12055, 12062, 12066, 12076, 12086, 12098, 12108, 12122, 12137, 12153, 12164, 12176, 12187, 12197, 12206, 12216, 12227, 12232, 12243, 12256, 12271, 12289, 12305, 12322, 12337, 12347, 12359, 12376, 12392, 12409, 12418, 12429, 12442, 12458, 12472, 12487, 12500, 12508, 12518, 12533, 12547, 12562, 12576, 12588, 12604, 12624, 12640, 12657, 12677, 12693, 12715, 12730, 12747, 12760, 12774, 12791, 12804, 12823, 12835, 12853, 12868, 12886, 12905, 12919, 12939, 12952, 12961, 12968, 12982, 12994, 13004, 13014, 13022, 13034, 13044, 13054, 13062, 13068, 13082, 13097, 13108, 13115, 13121, 13129, 13138, 13144, 13154, 13161, 13186, 13209, 13237, 13262, 13290, 13315, 13342, 13364, 13379, 13390, 13408, 13424, 13445, 13463, 13479, 13500, 13519, 13539, 13557, 13577, 13592, 13611, 13628, 13646, 13653, 13659, 13666, 13679, 13694, 13698, 13707, 13717, 13726, 13736, 13747, 13759, 13775, 13785, 13800, 13817, 13829, 13840, 13848, 13859, 13872, 13886, 13900, 13905, 13916, 13929, 13942, 13956, 13966, 13974, 13983, 13992, 14000, 14014, 14028, 14038, 14049, 14058, 14074, 14086, 14100, 14114, 14125, 14137, 14149, 14160, 14172, 14184, 14197, 14209, 14218, 14229, 14244, 14254, 14261, 14269, 14285, 14294, 14304, 14313, 14323, 14335, 14345, 14357, 14365, 14379, 14393, 14407, 14419, 14435, 14447, 14460, 14469, 14478, 14501, 14522, 14548, 14571, 14597, 14620, 14645, 14665, 14674, 14690, 14704, 14723, 14739, 14753, 14772, 14789, 14807, 14823, 14841, 14854, 14860, 14867, 14879, 14893, 14904, 14911],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[121, 157, 171, 227, 228, 379, 381, 382, 451, 523, 732, 733, 771, 783, 788, 907, 981]), Anchor::Lits(&[0, 103, 186, 213, 233, 235, 237, 239, 242, 247, 249, 251, 255, 258, 259, 263, 265, 267, 271, 274, 346, 368, 410, 412, 415, 517, 571, 577, 580, 590, 592, 601, 614, 641, 672, 674, 677, 679, 685, 687, 689, 737, 743, 820, 840, 847, 885, 887, 888, 890, 892, 894, 916, 968, 970, 978, 1008])]), Anchor::All(&[Anchor::Lits(&[121, 157, 173, 190, 205, 227, 229, 305, 379, 381, 383, 436, 445, 452, 551, 663, 732, 733, 760, 785, 788, 869, 907, 923, 932, 967, 981]), Anchor::Lits(&[0, 103, 186, 213, 233, 235, 237, 239, 242, 247, 249, 251, 255, 258, 259, 263, 265, 267, 271, 274, 346, 368, 410, 412, 415, 517, 571, 577, 580, 590, 592, 601, 614, 641, 672, 674, 677, 679, 685, 687, 689, 737, 743, 820, 840, 847, 885, 887, 888, 890, 892, 894, 916, 968, 970, 978, 1008])]), Anchor::All(&[Anchor::Lits(&[5, 81, 353, 354, 370, 736, 850, 1020, 1021, 1111, 1128, 1162, 1225, 1234, 1236]), Anchor::Lits(&[121, 157, 171, 227, 228, 379, 381, 382, 451, 523, 732, 733, 771, 783, 788, 907, 981])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[121, 157, 218, 227, 228, 379, 381, 382, 451, 732, 733, 785, 788, 907, 981]), Anchor::All(&[Anchor::Lits(&[121, 157, 227, 228, 379, 381, 382, 451, 732, 733, 785, 788, 907, 981]), Anchor::Lits(&[23, 42, 303, 1143])]), Anchor::All(&[Anchor::Lits(&[120, 228, 378, 382, 451, 522, 733, 770, 783, 787, 790]), Anchor::Lits(&[0, 103, 186, 213, 233, 235, 237, 239, 242, 247, 249, 251, 255, 258, 259, 263, 265, 267, 271, 274, 346, 368, 410, 412, 415, 517, 571, 577, 580, 590, 592, 601, 614, 641, 672, 674, 677, 679, 685, 687, 689, 737, 743, 820, 840, 847, 885, 887, 888, 890, 892, 894, 916, 968, 970, 978, 1008])]), Anchor::All(&[Anchor::Lits(&[96, 107, 121, 157, 163, 171, 178, 227, 228, 299, 330, 379, 381, 382, 451, 523, 529, 567, 568, 569, 697, 715, 732, 733, 768, 771, 785, 788, 797, 907, 981]), Anchor::Lits(&[41, 657, 849, 862, 863, 948, 949, 950, 953, 955, 964, 965, 1148, 1154, 1158])]), Anchor::All(&[Anchor::Lits(&[656, 934, 942, 1106, 1110, 1111, 1113, 1141, 1142, 1225, 1234]), Anchor::Lits(&[23, 42, 277, 303])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[5, 79, 278, 454, 456, 516, 709, 725, 850, 1020, 1021, 1103, 1109, 1111, 1112, 1123, 1138, 1220, 1232, 1233]), Anchor::Lits(&[23, 43, 305, 1028])])),
            (5, "override-bare-instructions", Anchor::Lits(&[103, 239, 346, 412, 580, 674, 685, 890, 894])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[1, 4, 28, 105, 187, 214, 234, 236, 238, 240, 241, 243, 250, 252, 256, 260, 266, 268, 272, 347, 348, 369, 411, 413, 414, 416, 572, 578, 581, 591, 593, 602, 615, 639, 642, 673, 676, 678, 680, 686, 688, 690, 738, 744, 821, 841, 848, 886, 889, 891, 893, 895, 969, 971, 979, 1009]), Anchor::All(&[Anchor::Lits(&[0, 103, 186, 213, 233, 235, 237, 239, 242, 247, 249, 251, 255, 258, 259, 263, 265, 267, 271, 274, 346, 368, 410, 412, 415, 517, 571, 577, 580, 590, 592, 601, 614, 641, 672, 674, 677, 679, 685, 687, 689, 737, 743, 820, 840, 847, 885, 887, 888, 890, 892, 894, 916, 968, 970, 978, 1008]), Anchor::Lits(&[111, 121, 190, 227, 373, 409, 445, 553, 636, 663, 692, 733, 932])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[55, 91, 93, 94, 95, 170, 172, 188, 189, 344, 345, 375, 376, 513, 514, 531, 533, 705, 706, 775, 777, 818, 819, 896, 897, 931, 976])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[1103, 1107, 1111, 1113, 1220, 1233]), Anchor::All(&[Anchor::Lits(&[2, 3, 20, 21, 122, 123, 339, 401, 402, 536, 537, 616, 761, 883, 884]), Anchor::Lits(&[121, 157, 171, 202, 215, 227, 228, 379, 381, 382, 451, 523, 542, 660, 681, 732, 733, 771, 783, 788, 907, 980, 981])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 18, 33, 34, 35, 37, 38, 39, 40, 80, 82, 84, 85, 86, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 164, 165, 166, 167, 183, 184, 185, 194, 195, 197, 201, 208, 209, 210, 211, 216, 217, 218, 220, 221, 222, 224, 279, 280, 281, 282, 283, 284, 285, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 332, 333, 334, 335, 336, 337, 338, 340, 341, 342, 343, 355, 356, 390, 391, 392, 393, 394, 395, 396, 457, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 538, 539, 540, 541, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 665, 666, 667, 668, 669, 670, 671, 702, 703, 704, 707, 708, 710, 711, 712, 713, 714, 717, 718, 719, 720, 721, 722, 723, 752, 753, 754, 755, 763, 764, 765, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 917, 918, 919, 920, 984, 985, 986, 987, 1163, 1235])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[76, 118, 406, 407, 408, 417, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 435, 458, 459, 463, 691, 1103, 1108, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1124, 1125, 1126, 1127, 1129, 1132, 1133, 1134, 1135, 1136, 1137, 1139, 1140, 1161, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1221, 1222, 1223, 1224, 1226, 1229, 1230, 1231, 1237]), Anchor::Lits(&[97, 103, 115, 230, 239, 300, 346, 412, 674, 847, 1023])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[22, 24, 56, 57, 58, 59, 61, 62, 63, 72, 73, 74, 75, 96, 107, 113, 114, 121, 157, 160, 162, 163, 171, 193, 227, 228, 289, 299, 304, 329, 377, 378, 380, 381, 382, 403, 404, 438, 439, 440, 441, 443, 444, 451, 523, 529, 565, 569, 697, 698, 715, 732, 733, 735, 745, 750, 751, 771, 779, 780, 785, 787, 789, 814, 815, 816, 824, 826, 827, 828, 829, 830, 832, 907, 951, 981, 988, 1147]), Anchor::Lits(&[65, 77, 87, 637, 643, 644, 655, 977])])),
            (29, "reveal-own-instructions", Anchor::Lits(&[1144, 1145, 1149, 1150, 1151, 1152, 1153, 1155, 1157, 1159, 1160, 1166, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1176, 1177, 1179, 1180, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1199, 1200, 1201, 1204, 1205, 1208, 1209, 1210])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[159, 227, 229, 383, 452, 550, 700, 733, 785, 842, 932]), Anchor::Lits(&[19, 158, 215, 389, 437, 453, 552, 658, 664, 699, 726, 746, 822, 866, 904, 1003, 1022])])),
            (31, "what-others-told-you", Anchor::Lits(&[5, 67, 68, 69, 70, 79, 359, 360, 361, 362, 366, 367, 371, 372, 447, 448, 449, 450, 724, 728, 729, 730, 731, 739, 740, 741, 742, 809, 810, 811, 812, 835, 836, 837, 838, 924, 925, 926, 927, 928, 929, 930, 931, 973, 974, 975, 976, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102])),
            (32, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[446, 455, 1029, 1030, 1031, 1032, 1033, 1038, 1039, 1040, 1041, 1042]), Anchor::All(&[Anchor::Lits(&[64, 226, 275, 386, 388, 1024, 1027]), Anchor::Lits(&[1028, 1043])])])),
            (36, "reveal-context-contents", Anchor::Lits(&[83, 110, 112, 176, 180, 181, 190, 191, 288, 452, 534, 535, 549, 682, 683, 684, 700, 733, 757, 767, 823, 833, 834, 839, 867, 907, 933, 972, 982, 1092, 1093])),
            (59, "unrestricted-mode", Anchor::Lits(&[30, 31, 108, 204, 219, 223, 276, 312, 350, 374, 385, 484, 499, 526, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 566, 584, 585, 587, 607, 640, 662, 675, 748, 865, 899, 995, 997, 998, 1007, 1011, 1012, 1016, 1017])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[29, 36, 106, 192, 203, 225, 244, 311, 384, 387, 432, 494, 515, 519, 525, 543, 570, 582, 583, 586, 606, 608, 747, 781, 784, 935, 936, 937, 938, 939, 940, 941, 943, 944, 945, 946, 947, 992, 993, 996, 999, 1002, 1005, 1006, 1010, 1013, 1014, 1015, 1018, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091]), Anchor::Lits(&[14, 17, 32, 78, 109, 119, 182, 286, 287, 433, 659, 693, 694, 695, 696, 727, 749, 759, 762, 766, 778, 782, 845, 846, 864, 868, 921, 983, 990, 1103, 1161])])),
            (64, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[107, 163, 175, 177, 178, 248, 253, 257, 264, 269, 273, 299, 379, 383, 523, 530, 567, 568, 569, 589, 594, 596, 598, 599, 600, 715, 768, 771, 786, 788, 794, 797, 805, 808]), Anchor::All(&[Anchor::Lits(&[96, 107, 163, 171, 178, 299, 330, 379, 383, 523, 529, 567, 568, 569, 697, 715, 732, 768, 771, 785, 788, 797]), Anchor::Lits(&[18, 66, 71, 405, 431, 434, 518, 701, 900, 954])])])),
            (65, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[51, 52, 53, 54, 88, 89, 90, 92, 153, 154, 155, 156, 196, 198, 199, 200, 325, 326, 327, 328, 397, 398, 399, 400, 524, 527, 528, 532, 545, 546, 547, 548, 769, 773, 774, 776]), Anchor::All(&[Anchor::Lits(&[49, 50, 324, 544]), Anchor::Lits(&[18, 66, 71, 431, 518, 701, 900])])])),
            (66, "no-rules-apply", Anchor::Lits(&[603, 604, 605, 952, 956, 957, 958, 959, 960, 961, 962, 963])),
            (67, "freed-from-limits", Anchor::Lits(&[98, 99, 102, 291, 292, 323, 349, 351, 520, 588, 595, 597, 609, 610, 611, 756, 994, 1000, 1001, 1019])),
            (69, "pre-safety-self", Anchor::Lits(&[79, 638])),
            (70, "stay-in-character", Anchor::Lits(&[245, 246, 254, 261, 262, 270, 512, 575, 576, 579, 758, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882])),
            (72, "jailbreak", Anchor::Lits(&[168, 169, 357, 358, 418, 419, 420, 460, 461, 462, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 493, 495, 496, 497, 498, 499, 500, 501, 612, 613, 716, 817, 1025, 1026, 1104, 1105, 1130, 1131, 1164, 1165, 1227, 1228])),
            (73, "evil-twin", Anchor::Lits(&[1146, 1156, 1167, 1173, 1175, 1178, 1181, 1193, 1196, 1198, 1202, 1203, 1205, 1206, 1207])),
            (79, "forbidden-becomes-required", Anchor::Lits(&[25, 26, 27, 28, 44, 45, 46, 47, 306, 307, 308, 309, 661, 1034, 1035, 1036, 1037])),
            (91, "disable-safety", Anchor::Lits(&[1, 24, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 100, 101, 104, 105, 107, 113, 114, 116, 117, 160, 161, 162, 174, 177, 178, 179, 193, 206, 207, 212, 231, 232, 240, 241, 289, 290, 293, 294, 295, 296, 297, 298, 299, 301, 302, 304, 310, 331, 347, 348, 352, 363, 364, 365, 377, 378, 380, 403, 404, 413, 416, 438, 439, 440, 441, 442, 443, 444, 492, 521, 565, 569, 573, 574, 639, 676, 678, 734, 745, 750, 751, 772, 779, 780, 787, 790, 791, 792, 793, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 813, 814, 815, 816, 824, 825, 826, 827, 828, 829, 830, 831, 832, 843, 844, 898, 901, 902, 903, 922, 951, 966, 988, 989, 991, 1004, 1094, 1147])),
            (92, "safety-declared-off", Anchor::Lits(&[22, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 107, 113, 114, 160, 161, 162, 174, 177, 178, 179, 193, 289, 294, 295, 296, 297, 298, 299, 304, 331, 377, 378, 380, 403, 404, 438, 439, 440, 441, 442, 443, 444, 565, 569, 734, 745, 750, 751, 772, 779, 780, 787, 790, 791, 792, 793, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 814, 815, 816, 824, 825, 826, 827, 828, 829, 830, 831, 832, 951, 988, 1147])),
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
chathistory\
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
memory\
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
session\
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
transcript\
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
            ends: &[7, 18, 25, 34, 43, 48, 55, 69, 86, 98, 107, 118, 128, 137, 142, 149, 160, 167, 175, 181, 189, 199, 202, 211, 220, 230, 241, 247, 254, 260, 270, 281, 289, 299, 313, 323, 338, 357, 369, 381, 395, 404, 407, 415, 430, 446, 457, 469, 476, 483, 488, 496, 503, 512, 519, 529, 542, 554, 566, 581, 595, 614, 623, 639, 645, 650, 654, 666, 676, 686, 694, 700, 709, 717, 725, 735, 748, 752, 755, 757, 763, 775, 785, 797, 808, 818, 832, 842, 851, 858, 864, 872, 880, 886, 893, 898, 907, 915, 925, 930, 941, 955, 968, 978, 990, 996, 1009, 1019, 1032, 1042, 1051, 1062, 1074, 1078, 1089, 1102, 1114, 1123, 1133, 1150, 1164, 1174, 1181, 1189, 1202, 1212, 1234, 1256, 1282, 1294, 1314, 1338, 1361, 1388, 1409, 1427, 1453, 1479, 1509, 1533, 1561, 1588, 1619, 1644, 1666, 1692, 1712, 1731, 1757, 1779, 1801, 1817, 1832, 1854, 1872, 1882, 1891, 1902, 1911, 1923, 1935, 1948, 1967, 1985, 1998, 2008, 2025, 2040, 2054, 2066, 2090, 2115, 2128, 2139, 2151, 2158, 2171, 2185, 2194, 2209, 2222, 2241, 2251, 2258, 2268, 2280, 2296, 2308, 2318, 2332, 2343, 2353, 2365, 2371, 2378, 2389, 2403, 2415, 2423, 2434, 2441, 2450, 2457, 2466, 2473, 2476, 2483, 2499, 2513, 2529, 2542, 2553, 2563, 2571, 2581, 2585, 2593, 2602, 2620, 2641, 2657, 2670, 2683, 2698, 2712, 2726, 2739, 2746, 2752, 2762, 2771, 2781, 2788, 2799, 2812, 2820, 2827, 2838, 2845, 2856, 2863, 2874, 2883, 2899, 2912, 2917, 2926, 2938, 2957, 2981, 2995, 3005, 3017, 3033, 3044, 3059, 3068, 3089, 3098, 3111, 3123, 3138, 3152, 3170, 3188, 3211, 3224, 3233, 3244, 3259, 3269, 3283, 3291, 3311, 3319, 3331, 3342, 3356, 3361, 3369, 3373, 3380, 3396, 3415, 3429, 3440, 3453, 3465, 3476, 3483, 3492, 3502, 3510, 3516, 3527, 3537, 3545, 3563, 3577, 3594, 3613, 3625, 3631, 3636, 3645, 3656, 3661, 3671, 3681, 3698, 3716, 3729, 3743, 3752, 3756, 3764, 3783, 3800, 3816, 3833, 3852, 3865, 3880, 3911, 3936, 3951, 3961, 3966, 3974, 3981, 3990, 3997, 4003, 4010, 4032, 4046, 4063, 4075, 4084, 4095, 4105, 4114, 4120, 4137, 4147, 4157, 4169, 4176, 4186, 4196, 4204, 4214, 4221, 4234, 4243, 4249, 4259, 4268, 4274, 4288, 4298, 4304, 4313, 4325, 4337, 4347, 4359, 4368, 4383, 4394, 4403, 4415, 4427, 4437, 4449, 4458, 4473, 4484, 4494, 4505, 4524, 4537, 4550, 4564, 4577, 4587, 4601, 4612, 4624, 4632, 4641, 4652, 4660, 4680, 4690, 4701, 4716, 4736, 4749, 4763, 4774, 4783, 4792, 4799, 4812, 4820, 4837, 4848, 4857, 4871, 4889, 4899, 4908, 4915, 4919, 4926, 4936, 4945, 4955, 4964, 4974, 4980, 4988, 4997, 5007, 5013, 5023, 5029, 5036, 5043, 5049, 5064, 5082, 5095, 5105, 5117, 5128, 5138, 5145, 5151, 5159, 5165, 5170, 5176, 5189, 5203, 5217, 5226, 5239, 5246, 5257, 5265, 5272, 5279, 5286, 5292, 5302, 5308, 5318, 5329, 5337, 5349, 5358, 5372, 5385, 5399, 5414, 5433, 5450, 5465, 5483, 5497, 5512, 5528, 5542, 5551, 5564, 5572, 5582, 5593, 5601, 5610, 5623, 5630, 5639, 5645, 5661, 5670, 5677, 5685, 5691, 5698, 5710, 5721, 5729, 5748, 5760, 5772, 5786, 5793, 5800, 5811, 5824, 5832, 5836, 5843, 5856, 5870, 5889, 5907, 5924, 5939, 5953, 5969, 5974, 5984, 6001, 6016, 6031, 6044, 6055, 6067, 6084, 6092, 6109, 6115, 6127, 6141, 6150, 6160, 6172, 6183, 6195, 6203, 6220, 6235, 6247, 6261, 6279, 6292, 6312, 6326, 6342, 6359, 6375, 6386, 6404, 6416, 6432, 6445, 6461, 6477, 6495, 6511, 6524, 6539, 6558, 6572, 6593, 6608, 6625, 6643, 6656, 6673, 6683, 6695, 6714, 6727, 6744, 6758, 6775, 6792, 6804, 6814, 6823, 6833, 6845, 6851, 6859, 6867, 6891, 6909, 6917, 6932, 6940, 6947, 6956, 6961, 6967, 6976, 6984, 6994, 7002, 7008, 7015, 7023, 7027, 7037, 7044, 7057, 7067, 7078, 7089, 7109, 7127, 7140, 7155, 7168, 7176, 7182, 7192, 7204, 7216, 7224, 7230, 7239, 7246, 7257, 7267, 7281, 7300, 7324, 7335, 7350, 7371, 7380, 7393, 7405, 7413, 7425, 7438, 7446, 7458, 7473, 7486, 7501, 7520, 7534, 7552, 7564, 7581, 7596, 7616, 7627, 7637, 7650, 7664, 7682, 7691, 7702, 7712, 7726, 7744, 7751, 7761, 7773, 7788, 7799, 7811, 7818, 7829, 7833, 7849, 7865, 7885, 7900, 7908, 7914, 7928, 7946, 7963, 7984, 7999, 8011, 8019, 8029, 8045, 8055, 8064, 8080, 8092, 8101, 8104, 8109, 8115, 8124, 8128, 8136, 8142, 8147, 8159, 8169, 8178, 8188, 8200, 8206, 8214, 8238, 8256, 8264, 8271, 8276, 8282, 8289, 8298, 8306, 8317, 8329, 8335, 8343, 8360, 8380, 8395, 8407, 8421, 8434, 8446, 8454, 8466, 8474, 8486, 8498, 8508, 8522, 8530, 8542, 8547, 8558, 8570, 8576, 8592, 8612, 8623, 8638, 8649, 8664, 8674, 8681, 8695, 8713, 8726, 8739, 8747, 8753, 8756, 8764, 8773, 8780, 8791, 8806, 8817, 8824, 8835, 8845, 8862, 8882, 8892, 8907, 8919, 8933, 8946, 8958, 8968, 8978, 8992, 9009, 9021, 9030, 9041, 9051, 9060, 9067, 9078, 9085, 9094, 9111, 9126, 9141, 9154, 9165, 9173, 9179, 9190, 9201, 9212, 9225, 9233, 9245, 9255, 9263, 9271, 9277, 9290, 9307, 9326, 9330, 9340, 9349, 9357, 9366, 9373, 9388, 9401, 9413, 9423, 9435, 9446, 9463, 9470, 9478, 9485, 9494, 9505, 9520, 9531, 9540, 9546, 9555, 9563, 9574, 9585, 9597, 9619, 9629, 9641, 9653, 9663, 9674, 9682, 9695, 9705, 9710, 9720, 9724, 9736, 9741, 9756, 9765, 9775, 9781, 9792, 9809, 9823, 9835, 9848, 9864, 9875, 9889, 9905, 9919, 9931, 9946, 9957, 9975, 9987, 9998, 10012, 10024, 10038, 10051, 10062, 10073, 10082, 10089, 10101, 10113, 10122, 10130, 10137, 10143, 10155, 10165, 10178, 10183, 10192, 10198, 10207, 10220, 10235, 10248, 10264, 10282, 10299, 10312, 10332, 10346, 10356, 10367, 10378, 10387, 10396, 10403, 10410, 10418, 10430, 10435, 10447, 10458, 10466, 10476, 10480, 10488, 10497, 10502, 10509, 10523, 10535, 10546, 10558, 10572, 10580, 10590, 10616, 10636, 10646, 10654, 10661, 10668, 10676, 10684, 10691, 10702, 10712, 10723, 10740, 10752, 10767, 10780, 10799, 10813, 10832, 10852, 10872, 10889, 10907, 10925, 10935, 10942, 10954, 10970, 10985, 10998, 11015, 11028, 11045, 11060, 11079, 11090, 11105, 11113, 11120, 11131, 11139, 11146, 11157, 11173, 11186, 11192, 11207, 11224, 11242, 11255, 11265, 11277, 11288, 11298, 11304, 11335, 11359, 11383, 11409, 11423, 11448, 11466, 11484, 11504, 11518, 11523, 11536, 11547, 11558, 11567, 11578, 11587, 11596, 11603, 11615, 11626, 11630, 11636, 11650, 11660, 11672, 11686, 11703, 11718, 11734, 11748, 11761, 11770, 11781, 11797, 11812, 11828, 11836, 11846, 11859, 11867, 11880, 11891, 11904, 11915, 11925, 11937, 11946, 11957, 11966, 11977, 11985, 11995, 12004, 12008, 12015, 12032, 12040, 12048, 12057, 12070, 12078, 12090, 12101, 12110, 12119, 12126, 12134, 12143, 12150, 12161, 12169, 12177, 12187, 12200, 12214, 12226, 12237, 12246, 12254, 12268, 12276, 12287, 12296, 12303, 12312, 12323, 12333, 12347, 12359, 12368, 12381, 12396, 12408, 12418, 12431, 12440, 12450, 12464, 12471, 12482, 12491, 12504, 12516, 12527, 12539, 12551, 12567, 12577, 12587, 12601, 12609, 12616, 12625, 12632, 12638, 12652, 12667, 12674, 12678, 12688, 12698, 12710, 12720, 12734, 12749, 12765, 12776, 12788, 12799, 12809, 12818, 12828, 12839, 12844, 12855, 12868, 12883, 12901, 12917, 12934, 12949, 12959, 12971, 12988, 13004, 13021, 13030, 13041, 13054, 13070, 13084, 13099, 13112, 13120, 13130, 13145, 13159, 13174, 13188, 13200, 13216, 13236, 13252, 13269, 13289, 13305, 13327, 13342, 13359, 13372, 13386, 13403, 13416, 13435, 13447, 13465, 13480, 13498, 13517, 13531, 13551, 13564, 13573, 13580, 13594, 13606, 13616, 13626, 13634, 13646, 13656, 13666, 13674, 13680, 13694, 13709, 13720, 13727, 13733, 13741, 13750, 13756, 13766, 13773, 13798, 13821, 13849, 13874, 13902, 13927, 13954, 13976, 13991, 14002, 14020, 14036, 14057, 14075, 14091, 14112, 14131, 14151, 14169, 14189, 14204, 14223, 14240, 14258, 14265, 14271, 14278, 14291, 14306, 14310, 14319, 14329, 14338, 14348, 14359, 14371, 14387, 14397, 14412, 14429, 14441, 14452, 14460, 14471, 14484, 14498, 14512, 14517, 14528, 14541, 14554, 14568, 14578, 14586, 14595, 14604, 14612, 14626, 14640, 14650, 14661, 14670, 14686, 14698, 14712, 14726, 14737, 14749, 14761, 14772, 14784, 14796, 14809, 14821, 14830, 14841, 14856, 14866, 14873, 14881, 14897, 14906, 14916, 14925, 14935, 14947, 14957, 14969, 14977, 14991, 15005, 15019, 15031, 15047, 15059, 15072, 15081, 15090, 15113, 15134, 15160, 15183, 15209, 15232, 15257, 15277, 15286, 15302, 15316, 15335, 15351, 15365, 15384, 15401, 15419, 15435, 15453, 15466, 15472, 15479, 15491, 15505, 15516, 15523],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[123, 159, 173, 229, 230, 420, 422, 423, 479, 520, 779, 781, 821, 833, 838, 961, 1039]), Anchor::Lits(&[0, 105, 188, 215, 236, 238, 240, 242, 245, 250, 252, 254, 258, 261, 262, 266, 268, 270, 274, 277, 358, 409, 453, 455, 457, 460, 616, 622, 625, 635, 637, 646, 659, 686, 717, 719, 722, 724, 730, 732, 734, 786, 792, 873, 893, 900, 938, 940, 941, 943, 945, 947, 971, 1026, 1028, 1036, 1066])]), Anchor::All(&[Anchor::Lits(&[123, 159, 175, 192, 207, 229, 231, 308, 420, 422, 424, 504, 514, 521, 595, 708, 779, 781, 809, 835, 838, 922, 961, 977, 988, 1023, 1039]), Anchor::Lits(&[0, 105, 188, 215, 236, 238, 240, 242, 245, 250, 252, 254, 258, 261, 262, 266, 268, 270, 274, 277, 358, 409, 453, 455, 457, 460, 616, 622, 625, 635, 637, 646, 659, 686, 717, 719, 722, 724, 730, 732, 734, 786, 792, 873, 893, 900, 938, 940, 941, 943, 945, 947, 971, 1026, 1028, 1036, 1066])]), Anchor::All(&[Anchor::Lits(&[5, 82, 394, 395, 411, 785, 903, 1078, 1079, 1169, 1186, 1220, 1283, 1292, 1294]), Anchor::Lits(&[123, 159, 173, 229, 230, 420, 422, 423, 479, 520, 779, 781, 821, 833, 838, 961, 1039])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[219, 220, 223, 347, 348, 349, 350, 351, 352, 353, 354, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 432, 435, 506, 522, 579, 597, 714, 746, 782, 959, 961, 963, 987, 1024, 1025]), Anchor::All(&[Anchor::Lits(&[123, 159, 229, 230, 420, 422, 423, 520, 779, 781, 835, 838, 961, 1039]), Anchor::Lits(&[22, 42, 306, 1201])]), Anchor::All(&[Anchor::Lits(&[122, 230, 419, 423, 478, 520, 781, 820, 833, 837, 840]), Anchor::Lits(&[0, 105, 188, 215, 236, 238, 240, 242, 245, 250, 252, 254, 258, 261, 262, 266, 268, 270, 274, 277, 358, 409, 453, 455, 457, 460, 616, 622, 625, 635, 637, 646, 659, 686, 717, 719, 722, 724, 730, 732, 734, 786, 792, 873, 893, 900, 938, 940, 941, 943, 945, 947, 971, 1026, 1028, 1036, 1066])]), Anchor::All(&[Anchor::Lits(&[98, 109, 123, 159, 165, 173, 180, 229, 230, 302, 333, 420, 422, 423, 479, 485, 520, 612, 613, 614, 742, 762, 779, 781, 817, 821, 835, 838, 847, 961, 1039]), Anchor::Lits(&[41, 702, 902, 915, 916, 1004, 1005, 1006, 1009, 1011, 1020, 1021, 1206, 1212, 1216])]), Anchor::All(&[Anchor::Lits(&[701, 990, 998, 1164, 1168, 1169, 1171, 1199, 1200, 1283, 1292]), Anchor::Lits(&[22, 42, 280, 306])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[5, 80, 281, 452, 524, 526, 756, 772, 903, 1078, 1079, 1161, 1167, 1169, 1170, 1181, 1196, 1278, 1290, 1291]), Anchor::Lits(&[22, 43, 308, 1086])])),
            (5, "override-bare-instructions", Anchor::Lits(&[105, 242, 358, 457, 625, 719, 730, 943, 947])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[1, 4, 28, 107, 189, 216, 237, 239, 241, 243, 244, 246, 253, 255, 259, 263, 269, 271, 275, 359, 360, 410, 456, 458, 459, 461, 617, 623, 626, 636, 638, 647, 660, 684, 687, 718, 721, 723, 725, 731, 733, 735, 787, 793, 874, 894, 901, 939, 942, 944, 946, 948, 1027, 1029, 1037, 1067]), Anchor::All(&[Anchor::Lits(&[0, 105, 188, 215, 236, 238, 240, 242, 245, 250, 252, 254, 258, 261, 262, 266, 268, 270, 274, 277, 358, 409, 453, 455, 457, 460, 616, 622, 625, 635, 637, 646, 659, 686, 717, 719, 722, 724, 730, 732, 734, 786, 792, 873, 893, 900, 938, 940, 941, 943, 945, 947, 971, 1026, 1028, 1036, 1066]), Anchor::Lits(&[113, 123, 192, 229, 414, 451, 514, 598, 681, 708, 737, 781, 988])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[55, 92, 94, 96, 97, 172, 174, 190, 191, 356, 357, 416, 417, 487, 489, 584, 585, 752, 753, 825, 827, 868, 869, 949, 950, 985, 1033])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[1161, 1165, 1169, 1171, 1278, 1291]), Anchor::All(&[Anchor::Lits(&[2, 3, 20, 21, 124, 125, 342, 442, 443, 493, 494, 661, 810, 936, 937]), Anchor::Lits(&[123, 159, 173, 204, 217, 229, 230, 420, 422, 423, 479, 520, 587, 705, 726, 779, 781, 821, 833, 838, 961, 1038, 1039])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 33, 34, 35, 37, 38, 39, 40, 81, 83, 85, 86, 87, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 166, 167, 168, 169, 185, 186, 187, 196, 197, 199, 203, 210, 211, 212, 213, 218, 219, 220, 222, 223, 224, 226, 282, 283, 284, 285, 286, 287, 288, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 335, 336, 337, 338, 339, 340, 341, 343, 344, 345, 346, 396, 397, 431, 432, 433, 434, 435, 436, 437, 495, 496, 497, 498, 527, 572, 573, 574, 575, 576, 577, 578, 580, 581, 582, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 710, 711, 712, 713, 714, 715, 716, 748, 749, 750, 754, 755, 757, 758, 759, 760, 761, 764, 765, 766, 767, 768, 769, 770, 801, 802, 803, 804, 812, 813, 814, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 958, 960, 961, 962, 963, 964, 965, 967, 968, 969, 970, 972, 973, 974, 975, 1042, 1043, 1044, 1045, 1221, 1293])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[76, 117, 447, 448, 450, 462, 466, 467, 468, 469, 470, 471, 472, 473, 474, 492, 503, 528, 529, 533, 736, 1161, 1166, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1182, 1183, 1184, 1185, 1187, 1190, 1191, 1192, 1193, 1194, 1195, 1197, 1198, 1219, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1279, 1280, 1281, 1282, 1284, 1287, 1288, 1289, 1295]), Anchor::Lits(&[99, 105, 118, 232, 242, 303, 358, 457, 719, 900, 1081])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[23, 24, 56, 57, 58, 59, 61, 62, 63, 72, 73, 74, 75, 98, 109, 115, 116, 123, 159, 162, 164, 165, 173, 195, 229, 230, 292, 302, 307, 332, 418, 419, 421, 422, 423, 444, 445, 479, 485, 507, 508, 509, 510, 512, 513, 520, 610, 614, 742, 743, 762, 779, 781, 784, 794, 799, 800, 821, 829, 830, 835, 837, 839, 864, 865, 866, 877, 879, 880, 881, 882, 883, 885, 961, 1007, 1039, 1046, 1205]), Anchor::Lits(&[65, 77, 88, 682, 688, 689, 700, 1035])])),
            (29, "reveal-own-instructions", Anchor::Lits(&[1202, 1203, 1207, 1208, 1209, 1210, 1211, 1213, 1215, 1217, 1218, 1224, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1234, 1235, 1237, 1238, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1257, 1258, 1259, 1262, 1263, 1266, 1267, 1268])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[161, 229, 231, 424, 521, 594, 745, 781, 835, 895, 988]), Anchor::Lits(&[19, 160, 217, 430, 505, 523, 596, 703, 709, 744, 773, 795, 875, 919, 957, 1061, 1080])])),
            (31, "what-others-told-you", Anchor::Lits(&[5, 67, 68, 69, 70, 80, 400, 401, 402, 403, 407, 408, 412, 413, 516, 517, 518, 519, 771, 775, 776, 777, 778, 788, 789, 790, 791, 859, 860, 861, 862, 888, 889, 890, 891, 978, 979, 980, 981, 982, 983, 984, 985, 1030, 1031, 1032, 1033, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160])),
            (32, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[515, 525, 1087, 1088, 1089, 1090, 1091, 1096, 1097, 1098, 1099, 1100]), Anchor::All(&[Anchor::Lits(&[64, 228, 278, 427, 429, 1082, 1085]), Anchor::Lits(&[1086, 1101])])])),
            (36, "reveal-context-contents", Anchor::Lits(&[84, 112, 114, 178, 182, 183, 192, 193, 291, 490, 491, 521, 593, 727, 728, 729, 745, 781, 806, 816, 876, 886, 887, 892, 920, 961, 989, 1034, 1040, 1150, 1151])),
            (59, "unrestricted-mode", Anchor::Lits(&[30, 31, 110, 206, 221, 225, 279, 315, 391, 415, 426, 482, 554, 569, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 611, 629, 630, 632, 652, 685, 707, 720, 797, 918, 952, 1053, 1055, 1056, 1065, 1069, 1070, 1074, 1075])),
            (61, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[29, 36, 108, 194, 205, 227, 247, 314, 425, 428, 449, 475, 481, 500, 564, 586, 615, 627, 628, 631, 651, 653, 796, 831, 834, 991, 992, 993, 994, 995, 996, 997, 999, 1000, 1001, 1002, 1003, 1050, 1051, 1054, 1057, 1060, 1063, 1064, 1068, 1071, 1072, 1073, 1076, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149]), Anchor::Lits(&[14, 18, 32, 79, 111, 121, 184, 289, 290, 501, 704, 738, 739, 740, 741, 774, 798, 808, 811, 815, 828, 832, 898, 899, 917, 921, 966, 1041, 1048, 1161, 1219])])),
            (64, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[109, 165, 177, 179, 180, 251, 256, 260, 267, 272, 276, 302, 420, 424, 479, 486, 612, 613, 614, 634, 639, 641, 643, 644, 645, 762, 817, 821, 836, 838, 844, 847, 855, 858]), Anchor::All(&[Anchor::Lits(&[98, 109, 165, 173, 180, 302, 333, 420, 424, 479, 485, 612, 613, 614, 742, 762, 779, 817, 821, 835, 838, 847]), Anchor::Lits(&[17, 66, 71, 446, 454, 499, 502, 747, 953, 1010])])])),
            (65, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[51, 52, 53, 54, 89, 90, 91, 93, 155, 156, 157, 158, 198, 200, 201, 202, 328, 329, 330, 331, 438, 439, 440, 441, 480, 483, 484, 488, 589, 590, 591, 592, 819, 823, 824, 826]), Anchor::All(&[Anchor::Lits(&[49, 50, 327, 588]), Anchor::Lits(&[17, 66, 71, 454, 499, 747, 953])])])),
            (66, "no-rules-apply", Anchor::Lits(&[648, 649, 650, 1008, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019])),
            (67, "freed-from-limits", Anchor::Lits(&[100, 101, 104, 294, 295, 326, 390, 392, 476, 633, 640, 642, 654, 655, 656, 805, 1052, 1058, 1059, 1077])),
            (69, "pre-safety-self", Anchor::Lits(&[80, 683])),
            (70, "stay-in-character", Anchor::Lits(&[248, 249, 257, 264, 265, 273, 583, 620, 621, 624, 807, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935])),
            (72, "jailbreak", Anchor::Lits(&[170, 171, 398, 399, 463, 464, 465, 530, 531, 532, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 563, 565, 566, 567, 568, 569, 570, 571, 657, 658, 763, 867, 1083, 1084, 1162, 1163, 1188, 1189, 1222, 1223, 1285, 1286])),
            (73, "evil-twin", Anchor::Lits(&[1204, 1214, 1225, 1231, 1233, 1236, 1239, 1251, 1254, 1256, 1260, 1261, 1263, 1264, 1265])),
            (79, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[706]), Anchor::All(&[Anchor::Lits(&[25, 26, 27, 28, 44, 45, 46, 47, 309, 310, 311, 312, 1092, 1093, 1094, 1095]), Anchor::Lits(&[78, 95, 235, 355, 751, 780, 818, 870, 871, 872, 986])])])),
            (91, "disable-safety", Anchor::Lits(&[1, 23, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 102, 103, 106, 107, 109, 115, 116, 119, 120, 162, 163, 164, 176, 179, 180, 181, 195, 208, 209, 214, 233, 234, 243, 244, 292, 293, 296, 297, 298, 299, 300, 301, 302, 304, 305, 307, 313, 334, 359, 360, 393, 404, 405, 406, 418, 419, 421, 444, 445, 458, 461, 477, 507, 508, 509, 510, 511, 512, 513, 562, 610, 614, 618, 619, 684, 721, 723, 783, 794, 799, 800, 822, 829, 830, 837, 840, 841, 842, 843, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 863, 864, 865, 866, 877, 878, 879, 880, 881, 882, 883, 884, 885, 896, 897, 951, 954, 955, 956, 976, 1007, 1022, 1046, 1047, 1049, 1062, 1152, 1205])),
            (92, "safety-declared-off", Anchor::Lits(&[23, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 109, 115, 116, 162, 163, 164, 176, 179, 180, 181, 195, 292, 297, 298, 299, 300, 301, 302, 307, 334, 418, 419, 421, 444, 445, 507, 508, 509, 510, 511, 512, 513, 610, 614, 783, 794, 799, 800, 822, 829, 830, 837, 840, 841, 842, 843, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 864, 865, 866, 877, 878, 879, 880, 881, 882, 883, 884, 885, 1007, 1046, 1205])),
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
pub(crate) const RULES_DIGEST: u64 = 0x181bda260a18a167;
