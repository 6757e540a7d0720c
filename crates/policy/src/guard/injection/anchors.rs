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
\x20about you \
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
\x20access level \
\x20access log\
\x20access now\
\x20access_history\
\x20accesso alle righe\
\x20account\
\x20accountadmin\
\x20accountadmin \
\x20acesso a linhas\
\x20achana na \
\x20act as \
\x20act like \
\x20acting as \
\x20action \
\x20actions \
\x20actions to \
\x20activating\
\x20activity \
\x20activity log\
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
\x20admin commands\
\x20admin mode\
\x20admin statements\
\x20administrator\
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
\x20agents \
\x20agora voce e \
\x20ahead of\
\x20ahora eres \
\x20ai\
\x20ai \
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
\x20allow \
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
\x20and apply\
\x20and audit\
\x20and carry out \
\x20and comply with \
\x20and do \
\x20and eval\
\x20and execute\
\x20and execute \
\x20and follow \
\x20and it does not\
\x20and it doesnt\
\x20and it will not\
\x20and it wont\
\x20and no \
\x20and no one\
\x20and nobody\
\x20and noone\
\x20and obey \
\x20and perform \
\x20and reviewers\
\x20and run\
\x20and security\
\x20and the audit\
\x20and the reviewers\
\x20and then \
\x20and they dont\
\x20anfanglichen anweisungen\
\x20anlatirdi \
\x20anonymous\
\x20another \
\x20answer\
\x20answer as \
\x20answers anything\
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
\x20appear like \
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
\x20assembled \
\x20assembling\
\x20assistant\
\x20assistant \
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
\x20authenticate as \
\x20authenticated with\
\x20authentication policies\
\x20authentication policy\
\x20authentification a deux facteurs\
\x20authentification multifacteur\
\x20authored your \
\x20authorisation\
\x20authorised \
\x20authorization\
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
\x20backup\
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
\x20bends \
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
\x20bypass\
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
\x20call it\
\x20call it out\
\x20call that\
\x20call that out\
\x20call the \
\x20call them\
\x20call this\
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
\x20cannot \
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
\x20cant \
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
\x20capabilities \
\x20capital letters\
\x20card numbers\
\x20cardholder data\
\x20cat \
\x20caveat\
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
\x20clean but \
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
\x20combined \
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
\x20concatenated \
\x20concatenating\
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
\x20connect as \
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
\x20copies \
\x20copy \
\x20copy of you \
\x20cortex \
\x20cortex route\
\x20cortex route \
\x20cortexroute \
\x20cover it\
\x20cover that\
\x20cover them\
\x20cover this\
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
\x20cron \
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
\x20decline\
\x20decline a request\
\x20decline a single\
\x20decline any\
\x20decline me\
\x20decline my\
\x20decline requests\
\x20decoded \
\x20decoding\
\x20decrypted \
\x20decrypting\
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
\x20deobfuscating\
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
\x20describe it\
\x20describe that\
\x20describe the \
\x20describe them\
\x20describe this\
\x20designed you\
\x20desormais tu es \
\x20details\
\x20details \
\x20detect secrets \
\x20dev mode\
\x20dev null\
\x20developer instructions\
\x20developer message\
\x20developer message \
\x20developer mode\
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
\x20disclaimers\
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
\x20do not need \
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
\x20dont need \
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
\x20download \
\x20downloads \
\x20dress up it\
\x20dress up that\
\x20dress up the \
\x20dress up them\
\x20dress up this\
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
\x20dumps \
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
\x20entries \
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
\x20events \
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
\x20exfiltrates \
\x20exist\
\x20existaient pas\
\x20exit 0 no matter\
\x20exits 0 no matter\
\x20expects \
\x20expired\
\x20export\
\x20export \
\x20exports \
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
\x20final \
\x20final message\
\x20find \
\x20find out\
\x20fine but \
\x20firewall\
\x20first \
\x20first letter\
\x20first word\
\x20flouts \
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
\x20former\
\x20former owner\
\x20forum\
\x20forum \
\x20forward \
\x20forwards \
\x20fragen\
\x20frame it\
\x20frame that\
\x20frame the \
\x20frame them\
\x20frame this\
\x20framing\
\x20free from \
\x20free of \
\x20freed from \
\x20freelancer\
\x20freelancer \
\x20freelancers \
\x20from \
\x20from access history\
\x20from anthropic\
\x20from audit\
\x20from before\
\x20from claude\
\x20from cortex\
\x20from earlier\
\x20from now on\
\x20from openai\
\x20from query history\
\x20from reviewer\
\x20from show grants\
\x20from show tasks\
\x20from show users\
\x20from snowflake\
\x20from the \
\x20from the access history\
\x20from the anthropic\
\x20from the audit\
\x20from the beginning\
\x20from the claude\
\x20from the cortex\
\x20from the deployer\
\x20from the developer\
\x20from the openai\
\x20from the operator\
\x20from the query history\
\x20from the reviewer\
\x20from the show grants\
\x20from the show tasks\
\x20from the show users\
\x20from the snowflake\
\x20from the start\
\x20from your \
\x20from your deployer\
\x20from your developer\
\x20from your operator\
\x20full access mode\
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
\x20get in as \
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
\x20god mode\
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
\x20guidance \
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
\x20harmless but \
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
\x20hereby \
\x20hesitate\
\x20hesitation\
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
\x20ignore checks\
\x20ignore guard\
\x20ignore policies\
\x20ignore policy\
\x20ignore restrictions\
\x20ignore rules\
\x20ignore the checks\
\x20ignore the guard\
\x20ignore the policies\
\x20ignore the policy\
\x20ignore the restrictions\
\x20ignore the rules\
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
\x20include it\
\x20include that\
\x20include them\
\x20include this\
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
\x20ingetrokken \
\x20initial \
\x20initial letter\
\x20initial prompt\
\x20initial prompt \
\x20initialization\
\x20initiating\
\x20innocent \
\x20innocent but \
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
\x20job \
\x20joined \
\x20joining\
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
\x20label it\
\x20label that\
\x20label the \
\x20label them\
\x20label this\
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
\x20legit but \
\x20legitimate \
\x20legitimate but \
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
\x20list it\
\x20list that\
\x20list them\
\x20list this\
\x20listen to \
\x20listening to \
\x20listing \
\x20literally \
\x20llm \
\x20llms \
\x20lo di \
\x20loaded with \
\x20loaded you with\
\x20log \
\x20log audit\
\x20log in as \
\x20log on as \
\x20log only mode \
\x20logged \
\x20logged in with\
\x20logging \
\x20login as \
\x20login history\
\x20login monitor\
\x20logins \
\x20logon as \
\x20look like \
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
\x20mails \
\x20maintain your \
\x20maintains your \
\x20maintenance \
\x20maintenance mode\
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
\x20medical records\
\x20meervoudige authenticatie\
\x20mehrfaktor\
\x20melden\
\x20memory\
\x20memory \
\x20mensagem do sistema\
\x20mensaje del sistema\
\x20mention \
\x20mention any ethics\
\x20mention any guardrails\
\x20mention any guidelines\
\x20mention any limits\
\x20mention any policies\
\x20mention any policy\
\x20mention any restrictions\
\x20mention any rules\
\x20mention any safety\
\x20mention ethics\
\x20mention guardrails\
\x20mention guidelines\
\x20mention her ethics\
\x20mention her guardrails\
\x20mention her guidelines\
\x20mention her limits\
\x20mention her policies\
\x20mention her policy\
\x20mention her restrictions\
\x20mention her rules\
\x20mention her safety\
\x20mention his ethics\
\x20mention his guardrails\
\x20mention his guidelines\
\x20mention his limits\
\x20mention his policies\
\x20mention his policy\
\x20mention his restrictions\
\x20mention his rules\
\x20mention his safety\
\x20mention it\
\x20mention it to \
\x20mention its ethics\
\x20mention its guardrails\
\x20mention its guidelines\
\x20mention its limits\
\x20mention its policies\
\x20mention its policy\
\x20mention its restrictions\
\x20mention its rules\
\x20mention its safety\
\x20mention limits\
\x20mention policies\
\x20mention policy\
\x20mention restrictions\
\x20mention rules\
\x20mention safety\
\x20mention that\
\x20mention that to \
\x20mention the ethics\
\x20mention the guardrails\
\x20mention the guidelines\
\x20mention the limits\
\x20mention the policies\
\x20mention the policy\
\x20mention the restrictions\
\x20mention the rules\
\x20mention the safety\
\x20mention them\
\x20mention this\
\x20mention this to \
\x20mentioning \
\x20mentioning it to \
\x20mentioning that to \
\x20mentioning this to \
\x20mentionne\
\x20mentions any ethics\
\x20mentions any guardrails\
\x20mentions any guidelines\
\x20mentions any limits\
\x20mentions any policies\
\x20mentions any policy\
\x20mentions any restrictions\
\x20mentions any rules\
\x20mentions any safety\
\x20mentions ethics\
\x20mentions guardrails\
\x20mentions guidelines\
\x20mentions her ethics\
\x20mentions her guardrails\
\x20mentions her guidelines\
\x20mentions her limits\
\x20mentions her policies\
\x20mentions her policy\
\x20mentions her restrictions\
\x20mentions her rules\
\x20mentions her safety\
\x20mentions his ethics\
\x20mentions his guardrails\
\x20mentions his guidelines\
\x20mentions his limits\
\x20mentions his policies\
\x20mentions his policy\
\x20mentions his restrictions\
\x20mentions his rules\
\x20mentions his safety\
\x20mentions its ethics\
\x20mentions its guardrails\
\x20mentions its guidelines\
\x20mentions its limits\
\x20mentions its policies\
\x20mentions its policy\
\x20mentions its restrictions\
\x20mentions its rules\
\x20mentions its safety\
\x20mentions limits\
\x20mentions policies\
\x20mentions policy\
\x20mentions restrictions\
\x20mentions rules\
\x20mentions safety\
\x20mentions the ethics\
\x20mentions the guardrails\
\x20mentions the guidelines\
\x20mentions the limits\
\x20mentions the policies\
\x20mentions the policy\
\x20mentions the restrictions\
\x20mentions the rules\
\x20mentions the safety\
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
\x20name it\
\x20name that\
\x20name the \
\x20name them\
\x20name this\
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
\x20niet meer geldig \
\x20niet meer van toepassing \
\x20no approval\
\x20no audit\
\x20no boundaries\
\x20no censorship\
\x20no confirmation\
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
\x20no logging\
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
\x20no read only\
\x20no readonly\
\x20no reason to \
\x20no restrictions\
\x20no review\
\x20no rules\
\x20no rules apply \
\x20no safety\
\x20no summaries\
\x20no system prompt\
\x20no time travel\
\x20no tool policy\
\x20no undrop\
\x20nobody \
\x20non binding\
\x20non esistessero\
\x20non esistono\
\x20nonaktifkan \
\x20nonbinding\
\x20normal \
\x20normal but \
\x20not applicable\
\x20not binding\
\x20not bound by \
\x20not in effect\
\x20not limited by \
\x20not restricted by \
\x20note it\
\x20note that\
\x20note them\
\x20note this\
\x20nothing\
\x20nothing counts \
\x20nothing is real \
\x20nothing is recorded \
\x20nothing matters \
\x20notice\
\x20notice \
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
\x20objective\
\x20obligated to \
\x20obliged to \
\x20obmedzeni\
\x20observe only mode \
\x20obsolete\
\x20of the \
\x20of you\
\x20of you \
\x20of your \
\x20off\
\x20off \
\x20off mode \
\x20ogranicenja\
\x20ok but \
\x20okay but \
\x20okayed \
\x20okurdu \
\x20old\
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
\x20ongeldig \
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
\x20opgeheven \
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
\x20ordinary but \
\x20org\
\x20orgadmin\
\x20orgadmin \
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
\x20ownership of \
\x20ownership on \
\x20owns your \
\x20panuto \
\x20parler\
\x20parsing \
\x20partner\
\x20partner \
\x20partners \
\x20pass off it\
\x20pass off that\
\x20pass off the \
\x20pass off them\
\x20pass off this\
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
\x20permit \
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
\x20plain \
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
\x20present it\
\x20present that\
\x20present the \
\x20present them\
\x20present this\
\x20pretend\
\x20pretend \
\x20pretooluse \
\x20pretooluse hook\
\x20prevenir\
\x20prevent you \
\x20prevents you \
\x20previous\
\x20previous \
\x20previous owner\
\x20previous text \
\x20principles \
\x20print \
\x20printenv\
\x20prior\
\x20prior \
\x20prior to\
\x20prior to \
\x20prior to this\
\x20privacy \
\x20private \
\x20private key\
\x20private key \
\x20privileged\
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
\x20pushback\
\x20pushes \
\x20pushes back\
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
\x20questions\
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
\x20read like \
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
\x20refer to it\
\x20refer to that\
\x20refer to the \
\x20refer to them\
\x20refer to this\
\x20refusal\
\x20refuse\
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
\x20resulting \
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
\x20reversed \
\x20reversing\
\x20review\
\x20revoked\
\x20richtlinien\
\x20rights\
\x20rights now\
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
\x20root mode\
\x20rot13 \
\x20rotie \
\x20router\
\x20routine \
\x20routine but \
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
\x20say it\
\x20say no\
\x20say no to a request\
\x20say no to a single\
\x20say no to any\
\x20say no to me\
\x20say no to my\
\x20say no to requests\
\x20say that\
\x20say them\
\x20say this\
\x20say you \
\x20saying \
\x20saying you \
\x20says \
\x20says no\
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
\x20script \
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
\x20security log\
\x20security monitor\
\x20security scan \
\x20security scans \
\x20security workflow \
\x20security workflows \
\x20securityadmin\
\x20securityadmin \
\x20see \
\x20seeing \
\x20seem like \
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
\x20sessions \
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
\x20shares \
\x20sharing \
\x20sheria \
\x20ship \
\x20ships \
\x20shorten \
\x20should \
\x20should not\
\x20shouldnt\
\x20show \
\x20show it\
\x20show that\
\x20show them\
\x20show this\
\x20show up \
\x20show up in \
\x20showing \
\x20showing you \
\x20sicherheitsfilter\
\x20sicherheitsprufungen\
\x20sicherheitsregeln\
\x20sifreler\
\x20sifreler \
\x20sifreleri \
\x20sign in as \
\x20sign off\
\x20signal\
\x20signal \
\x20signale\
\x20signed off on \
\x20signin as \
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
\x20skip approval\
\x20skip censor\
\x20skip check\
\x20skip checks\
\x20skip clean\
\x20skip filter\
\x20skip guard\
\x20skip inspect\
\x20skip its \
\x20skip our \
\x20skip redact\
\x20skip review\
\x20skip sanitise\
\x20skip sanitising\
\x20skip sanitize\
\x20skip sanitizing\
\x20skip scan\
\x20skip screen\
\x20skip the \
\x20skip the approval\
\x20skip the checks\
\x20skip the guard\
\x20skip the review\
\x20skip the tripwire\
\x20skip their \
\x20skip tripwire\
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
\x20skips \
\x20slack\
\x20slack \
\x20slack connect\
\x20smuggle \
\x20snapshot\
\x20snowflake \
\x20so audit\
\x20so far\
\x20so it does not\
\x20so it doesnt\
\x20so it will not\
\x20so it wont\
\x20so no one\
\x20so no one \
\x20so nobody\
\x20so nobody \
\x20so noone\
\x20so noone \
\x20so reviewers\
\x20so security\
\x20so that audit\
\x20so that it does not\
\x20so that it doesnt\
\x20so that it will not\
\x20so that it wont\
\x20so that no one\
\x20so that no one \
\x20so that nobody\
\x20so that nobody \
\x20so that noone\
\x20so that noone \
\x20so that reviewers\
\x20so that security\
\x20so that the audit\
\x20so that the reviewers\
\x20so that they dont\
\x20so the audit\
\x20so the reviewers\
\x20so they dont\
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
\x20spot \
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
\x20standard but \
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
\x20superuser mode\
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
\x20system prompt\
\x20system prompt \
\x20system rules\
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
\x20task \
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
\x20that cannot \
\x20that cant \
\x20that do not \
\x20that does not \
\x20that doesnt \
\x20that dont \
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
\x20that never \
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
\x20that way audit\
\x20that way it does not\
\x20that way it doesnt\
\x20that way it will not\
\x20that way it wont\
\x20that way no one\
\x20that way nobody\
\x20that way noone\
\x20that way reviewers\
\x20that way security\
\x20that way the audit\
\x20that way the reviewers\
\x20that way they dont\
\x20that will not \
\x20that wont \
\x20that you \
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
\x20then apply\
\x20then carry out \
\x20then comply with \
\x20then do \
\x20then eval\
\x20then execute\
\x20then execute \
\x20then follow \
\x20then obey \
\x20then perform \
\x20then run\
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
\x20to all requests \
\x20to all your \
\x20to an \
\x20to an external\
\x20to anything \
\x20to attacker\
\x20to avoid audit\
\x20to avoid it does not\
\x20to avoid it doesnt\
\x20to avoid it will not\
\x20to avoid it wont\
\x20to avoid no one\
\x20to avoid nobody\
\x20to avoid noone\
\x20to avoid reviewers\
\x20to avoid security\
\x20to avoid the audit\
\x20to avoid the reviewers\
\x20to avoid they dont\
\x20to azure\
\x20to cortex\
\x20to every request \
\x20to everything \
\x20to external\
\x20to find out\
\x20to ftp\
\x20to gcs\
\x20to hear\
\x20to http\
\x20to keep audit\
\x20to keep it does not\
\x20to keep it doesnt\
\x20to keep it will not\
\x20to keep it wont\
\x20to keep no one\
\x20to keep nobody\
\x20to keep noone\
\x20to keep reviewers\
\x20to keep security\
\x20to keep the audit\
\x20to keep the reviewers\
\x20to keep they dont\
\x20to know\
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
\x20to whatever \
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
\x20trace \
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
\x20trigger \
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
\x20underlying \
\x20unencrypted \
\x20unescaping\
\x20unfiltered \
\x20ungultig \
\x20uninformed\
\x20uninstall \
\x20unload\
\x20unload \
\x20unloads \
\x20unlocked \
\x20unmasked \
\x20unredacted \
\x20unrestricted\
\x20unrestricted \
\x20unrestricted mode \
\x20unscrambled \
\x20unscrambling\
\x20unset \
\x20unshackled from \
\x20until now\
\x20up to now\
\x20upload \
\x20uploading \
\x20uploads \
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
\x20useradmin \
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
\x20vervallen \
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
\x20warn\
\x20warn \
\x20warning\
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
\x20where you \
\x20which\
\x20which \
\x20which cannot \
\x20which cant \
\x20which do not \
\x20which does not \
\x20which doesnt \
\x20which dont \
\x20which never \
\x20which will not \
\x20which wont \
\x20while \
\x20white \
\x20whitelist \
\x20whitelisted \
\x20whitespace\
\x20who\
\x20who \
\x20who cannot \
\x20who cant \
\x20who do not \
\x20who does not \
\x20who doesnt \
\x20who dont \
\x20who never \
\x20who will not \
\x20who wont \
\x20whole\
\x20wiki\
\x20wiki \
\x20will \
\x20will do anything\
\x20will not\
\x20will not \
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
\x20will not need \
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
\x20without approval\
\x20without censor\
\x20without check\
\x20without checks\
\x20without clean\
\x20without confirmation\
\x20without filter\
\x20without inspect\
\x20without limits\
\x20without redact\
\x20without restrictions\
\x20without review\
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
\x20wont \
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
\x20wont need \
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
\x20workflow \
\x20working \
\x20working under \
\x20world readable\
\x20would \
\x20wouldnt \
\x20write \
\x20write in you\
\x20write into you\
\x20write mode\
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
access history\
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
action for \
action to \
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
agent command\
agent directive\
agent instruction\
agent note\
agent order\
agent override\
agent prompt\
agent task\
agents md\
agrees to anything\
ai called dan \
ai command\
ai directive\
ai instruction\
ai known as dan \
ai named dan \
ai note\
ai order\
ai override\
ai prompt\
ai task\
alignment\
alisin\
all \
all checks\
all commands \
all databases\
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
always says yes\
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
assistant command\
assistant directive\
assistant instruction\
assistant known as dan \
assistant named dan \
assistant note\
assistant order\
assistant override\
assistant prompt\
assistant task\
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
auditor\
authentication are \
authentication have been \
authentication is \
authentication polic\
authentication were \
authori\
authorised\
authorized\
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
bot command\
bot directive\
bot instruction\
bot known as dan \
bot named dan \
bot note\
bot order\
bot override\
bot prompt\
bot task\
boundaries\
boundaries \
break \
break out of \
breaking out of \
breaks \
breaks into\
broke free\
broke out of\
brother \
buddies \
buddy \
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
caveats\
censorship\
censorship \
change advisory board\
change board\
change control\
change management\
change request\
changelog \
channel\
chaos mode\
char of \
character \
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
checks\
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
clearance \
cleared\
clearing \
cli history\
client secret\
comandi \
comandos \
come back as \
command\
command for \
command history\
command to \
commands\
commands \
commands for \
commands to \
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
copilot command\
copilot directive\
copilot instruction\
copilot note\
copilot order\
copilot override\
copilot prompt\
copilot task\
copy\
copy \
copy history\
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
cousin \
cover comment\
cover commit message\
cover description\
cover label\
cover query tag\
cover title\
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
dad \
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
decoy comment\
decoy commit message\
decoy description\
decoy label\
decoy query tag\
decoy title\
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
directive for \
directive from \
directive to \
directives\
directives \
directives for \
directives to \
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
do not add \
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
do not bring up \
do not bringing up\
do not call attention to \
do not call out \
do not care about \
do not check with\
do not checking with\
do not comment on \
do not confirm\
do not describe \
do not disclose\
do not disclose \
do not disclosing\
do not document \
do not double check\
do not draw attention to \
do not enforce \
do not enforce your \
do not explain \
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
do not mention \
do not mention to\
do not mentioning it to\
do not mentioning that to\
do not mentioning this to\
do not mentioning to\
do not note\
do not note \
do not notify\
do not noting\
do not obey \
do not obey your \
do not point out \
do not prompt\
do not put \
do not record \
do not remark on \
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
do not write \
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
docs \
documentation \
dodge \
dodging \
does anything\
does anything \
does everything \
does not apply\
does not get \
does not matter\
does whatever \
doesnt apply\
doesnt get \
doesnt matter\
dont \
dont add \
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
dont bring up \
dont bringing up\
dont call attention to \
dont call out \
dont care about \
dont check with\
dont checking with\
dont comment on \
dont confirm\
dont describe \
dont disclose\
dont disclose \
dont disclosing\
dont document \
dont double check\
dont draw attention to \
dont enforce \
dont enforce your \
dont explain \
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
dont mention \
dont mention to\
dont mentioning it to\
dont mentioning that to\
dont mentioning this to\
dont mentioning to\
dont note\
dont note \
dont notify\
dont noting\
dont obey \
dont obey your \
dont point out \
dont prompt\
dont put \
dont record \
dont remark on \
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
dont write \
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
each database\
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
every database\
every instruction \
every line \
every order \
every time\
every warehouse\
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
ex colleague \
ex colleagues \
ex coworker \
ex employee \
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
fail safe are not able to\
fail safe arent able to\
fail safe can not\
fail safe cannot\
fail safe cant\
fail safe is not able to\
fail safe isnt able to\
fail safe never\
fail safe will not\
fail safe wont\
failsafe are not able to\
failsafe arent able to\
failsafe can not\
failsafe cannot\
failsafe cant\
failsafe is not able to\
failsafe isnt able to\
failsafe never\
failsafe will not\
failsafe wont\
fake comment\
fake commit message\
fake description\
fake label\
fake query tag\
fake title\
false comment\
false commit message\
false description\
false label\
false query tag\
false title\
farmor\
father \
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
filters\
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
former boss \
former colleague \
former colleagues \
former coworker \
former employee \
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
friend \
friends \
from history\
from my history\
from now on\
from now on \
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
game \
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
grant role \
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
history of command\
history of copies\
history of copy\
history of job\
history of load\
history of pipe\
history of queries\
history of query\
history of task\
history of that command\
history of that copies\
history of that copy\
history of that job\
history of that load\
history of that pipe\
history of that queries\
history of that query\
history of that task\
history of the command\
history of the copies\
history of the copy\
history of the job\
history of the load\
history of the pipe\
history of the queries\
history of the query\
history of the task\
history of these command\
history of these copies\
history of these copy\
history of these job\
history of these load\
history of these pipe\
history of these queries\
history of these query\
history of these task\
history of this command\
history of this copies\
history of this copy\
history of this job\
history of this load\
history of this pipe\
history of this queries\
history of this query\
history of this task\
history of those command\
history of those copies\
history of those copy\
history of those job\
history of those load\
history of those pipe\
history of those queries\
history of those query\
history of those task\
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
husband \
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
impersonating \
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
instruction for \
instruction set \
instruction to \
instructions\
instructions \
instructions file\
instructions for \
instructions from \
instructions to \
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
it are not able to\
it arent able to\
it can not\
it cannot\
it cant\
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
it is not able to\
it is nothing\
it is only \
it is planned\
it is read only\
it is regular\
it is routine\
it is scheduled\
it is simply \
it is standard\
it isnt able to\
it leaves no \
it never\
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
it will not\
it wont\
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
keep command \
keep everything \
keep it\
keep query \
keep sql \
keep statement \
keep that\
keep the \
keep the command \
keep the query \
keep the sql \
keep the statement \
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
lets play \
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
llm command\
llm directive\
llm instruction\
llm note\
llm order\
llm override\
llm prompt\
llm task\
load \
load history\
loading \
loads \
log\
login from\
login history\
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
masking polic\
masking were \
masquerade as \
mate \
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
misleading comment\
misleading commit message\
misleading description\
misleading label\
misleading query tag\
misleading title\
mission\
mission is \
mission now is \
mode\
model called dan \
model command\
model directive\
model instruction\
model known as dan \
model named dan \
model note\
model order\
model override\
model prompt\
model task\
moderation\
mom \
moral compass \
morality \
moralizing rant about \
morals\
morals \
mormor\
morse \
mother \
move\
msg for \
msg to \
mum \
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
neighbor \
neighbour \
nen \
network calls \
network polic\
neuter your \
neutralize your \
never \
never add \
never admit\
never alert\
never ask\
never asks for confirmation\
never audit\
never bring up\
never bring up \
never bringing up\
never call attention to \
never call out \
never check with\
never checking with\
never comment on \
never confirm\
never declines\
never describe \
never disclose\
never disclose \
never disclosing\
never document \
never double check\
never draw attention to \
never explain \
never flag\
never flag \
never follow \
never follow your \
never happened\
never hesitates\
never include \
never inform\
never let\
never list\
never list \
never log\
never log \
never mention\
never mention \
never mention to\
never mentioning it to\
never mentioning that to\
never mentioning this to\
never mentioning to\
never mind \
never mind your \
never note\
never note \
never notify\
never noting\
never point out \
never prompt\
never put \
never record \
never refuses\
never remark on \
never report\
never requests confirmation\
never reveal\
never say\
never says no\
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
never write \
nevermind \
nevermind your \
new admin\
new discussion\
new gist\
new github issue\
new gitlab issue\
new issue\
new mode \
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
no need to add \
no need to ask\
no need to audit\
no need to bring up \
no need to call out \
no need to check with\
no need to checking with\
no need to confirm\
no need to describe \
no need to document \
no need to double check\
no need to explain \
no need to flag \
no need to follow \
no need to follow your \
no need to include \
no need to list \
no need to log\
no need to log \
no need to mention \
no need to note \
no need to prompt\
no need to put \
no need to record \
no need to stop and ask\
no need to stop to ask\
no need to wait for\
no need to waiting for\
no need to write \
no one are not able to\
no one arent able to\
no one can not\
no one cannot\
no one cant\
no one catches \
no one finds out about \
no one is not able to\
no one isnt able to\
no one knows about \
no one learns about \
no one never\
no one notices \
no one sees \
no one spots \
no one will not\
no one wont\
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
nobody are not able to\
nobody arent able to\
nobody can not\
nobody cannot\
nobody cant\
nobody catches \
nobody finds out about \
nobody is not able to\
nobody isnt able to\
nobody knows about \
nobody learns about \
nobody never\
nobody notices \
nobody sees \
nobody spots \
nobody will not\
nobody wont\
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
notes for \
notes to \
nothing\
nothing are not able to\
nothing arent able to\
nothing can not\
nothing cannot\
nothing cant\
nothing changed\
nothing happened\
nothing is not able to\
nothing isnt able to\
nothing never\
nothing will not\
nothing wont\
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
obeys all\
obeys any\
obeys every\
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
old boss \
old colleague \
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
or alert\
or inform\
or loop in\
or looping in\
or notify\
or tell\
ordenes\
ordenes \
ordens\
ordens \
order\
order for \
order to \
orders\
orders \
orders for \
orders from \
orders to \
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
others\
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
pal \
parse \
parses \
parsing \
part\
partner\
partner at home \
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
permissions \
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
pipe history\
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
pose as \
posing as \
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
pr description \
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
privileges \
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
prompt for \
prompt guard\
prompt hook\
prompt library\
prompt to \
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
read only \
read only flag\
read only restriction\
reader account\
reading \
readline history\
readme \
readonly \
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
release notes \
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
report \
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
retention \
retention time in days 0\
retira\
return as \
reveal \
reverse \
review\
review \
review process\
review step\
reviewer\
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
role play \
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
roleplay \
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
row access polic\
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
security\
security alerts\
security are \
security check\
security filters\
security have been \
security hook\
security integration\
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
sister \
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
so that noone \
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
summary \
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
system command\
system directive\
system instruction\
system instructions\
system message\
system message \
system messages \
system note\
system order\
system override\
system prompt\
system rules\
system task\
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
task for \
task to \
tasks\
tasks for \
tasks to \
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
the cab\
the creator\
the data are not able to\
the data arent able to\
the data can not\
the data cannot\
the data cant\
the data is not able to\
the data isnt able to\
the data never\
the data will not\
the data wont\
the developer\
the discussion\
the gist\
the github issue\
the gitlab issue\
the go ahead\
the green light\
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
the schemas are not able to\
the schemas arent able to\
the schemas can not\
the schemas cannot\
the schemas cant\
the schemas is not able to\
the schemas isnt able to\
the schemas never\
the schemas will not\
the schemas wont\
the secret is\
the secret key is\
the secret word is\
the system message\
the system prompt\
the system prompt is\
the system prompt reads\
the system prompt says\
the system prompt was\
the tables are not able to\
the tables arent able to\
the tables can not\
the tables cannot\
the tables cant\
the tables is not able to\
the tables isnt able to\
the tables never\
the tables will not\
the tables wont\
the thread\
the trainer\
the your \
them are not able to\
them arent able to\
them can not\
them cannot\
them cant\
them is not able to\
them isnt able to\
them never\
them will not\
them wont\
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
they are not able to\
they arent able to\
they can not\
they cannot\
they cant\
they is not able to\
they isnt able to\
they never\
they will not\
they wont\
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
ticket \
time travel \
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
todo for \
todo to \
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
undrop are not able to\
undrop arent able to\
undrop can not\
undrop cannot\
undrop cant\
undrop is not able to\
undrop isnt able to\
undrop never\
undrop will not\
undrop wont\
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
useradmin\
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
warnings\
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
wife \
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
you now have \
you now obey \
you now report \
you now serve \
you now work \
you obey \
you operate under\
you play \
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
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 176, 189, 197, 206, 212, 219, 226, 234, 251, 269, 299, 307, 316, 334, 353, 368, 384, 397, 404, 421, 439, 445, 452, 470, 489, 498, 508, 520, 531, 537, 544, 561, 576, 593, 600, 608, 623, 638, 649, 663, 674, 685, 700, 719, 727, 740, 754, 770, 781, 789, 799, 810, 818, 827, 839, 850, 860, 873, 881, 891, 900, 905, 913, 923, 934, 946, 957, 970, 985, 996, 1013, 1027, 1036, 1051, 1058, 1072, 1089, 1104, 1123, 1139, 1156, 1177, 1194, 1205, 1217, 1238, 1256, 1273, 1287, 1294, 1302, 1311, 1318, 1326, 1340, 1349, 1361, 1364, 1368, 1373, 1380, 1389, 1399, 1406, 1414, 1422, 1435, 1439, 1452, 1463, 1477, 1489, 1498, 1513, 1526, 1537, 1551, 1565, 1574, 1590, 1604, 1619, 1628, 1644, 1654, 1664, 1671, 1687, 1704, 1716, 1728, 1737, 1753, 1767, 1782, 1802, 1817, 1840, 1854, 1865, 1878, 1891, 1900, 1911, 1919, 1932, 1946, 1961, 1975, 1992, 2007, 2025, 2033, 2039, 2051, 2060, 2073, 2082, 2092, 2099, 2107, 2115, 2124, 2142, 2161, 2173, 2182, 2192, 2211, 2231, 2247, 2264, 2282, 2301, 2308, 2316, 2327, 2338, 2348, 2358, 2373, 2390, 2398, 2407, 2419, 2432, 2444, 2460, 2474, 2490, 2502, 2510, 2521, 2532, 2542, 2552, 2565, 2579, 2587, 2600, 2614, 2632, 2642, 2656, 2681, 2692, 2702, 2711, 2718, 2729, 2746, 2758, 2770, 2779, 2790, 2804, 2813, 2830, 2850, 2874, 2894, 2908, 2918, 2925, 2933, 2943, 2958, 2977, 2997, 3011, 3026, 3042, 3061, 3084, 3103, 3116, 3123, 3127, 3135, 3144, 3153, 3161, 3172, 3185, 3193, 3201, 3207, 3221, 3231, 3240, 3250, 3265, 3275, 3286, 3294, 3303, 3322, 3336, 3346, 3361, 3369, 3383, 3400, 3419, 3428, 3437, 3454, 3462, 3470, 3477, 3481, 3487, 3499, 3513, 3523, 3534, 3544, 3559, 3573, 3586, 3596, 3613, 3629, 3641, 3648, 3661, 3676, 3688, 3699, 3715, 3730, 3744, 3755, 3773, 3783, 3795, 3808, 3827, 3839, 3852, 3863, 3872, 3886, 3896, 3907, 3914, 3928, 3937, 3946, 3961, 3975, 3983, 3998, 4010, 4023, 4035, 4046, 4054, 4069, 4081, 4096, 4105, 4113, 4122, 4133, 4141, 4148, 4152, 4157, 4164, 4177, 4192, 4205, 4215, 4223, 4234, 4245, 4255, 4266, 4278, 4286, 4295, 4302, 4309, 4317, 4323, 4329, 4346, 4359, 4385, 4416, 4443, 4475, 4483, 4494, 4501, 4509, 4515, 4522, 4533, 4543, 4560, 4569, 4578, 4588, 4601, 4610, 4618, 4628, 4643, 4655, 4684, 4708, 4738, 4764, 4793, 4821, 4844, 4868, 4885, 4904, 4928, 4950, 4983, 5013, 5028, 5042, 5054, 5068, 5080, 5093, 5106, 5131, 5145, 5160, 5171, 5181, 5193, 5206, 5216, 5227, 5235, 5246, 5257, 5268, 5279, 5290, 5303, 5317, 5331, 5345, 5359, 5373, 5389, 5395, 5400, 5408, 5417, 5424, 5432, 5444, 5458, 5471, 5479, 5487, 5495, 5499, 5507, 5513, 5521, 5529, 5536, 5544, 5559, 5583, 5601, 5613, 5631, 5653, 5671, 5687, 5699, 5712, 5724, 5737, 5749, 5765, 5778, 5793, 5807, 5821, 5836, 5847, 5860, 5878, 5890, 5906, 5923, 5930, 5938, 5953, 5965, 5974, 5996, 6016, 6021, 6029, 6039, 6050, 6059, 6070, 6081, 6093, 6101, 6114, 6131, 6135, 6140, 6148, 6159, 6165, 6175, 6185, 6196, 6208, 6227, 6242, 6260, 6268, 6280, 6289, 6301, 6315, 6329, 6345, 6352, 6360, 6368, 6375, 6383, 6395, 6407, 6419, 6432, 6444, 6469, 6481, 6495, 6504, 6514, 6525, 6540, 6555, 6570, 6585, 6600, 6617, 6636, 6643, 6651, 6663, 6673, 6687, 6697, 6707, 6717, 6731, 6738, 6745, 6761, 6775, 6790, 6807, 6823, 6836, 6849, 6861, 6876, 6892, 6910, 6928, 6943, 6960, 6972, 6985, 7004, 7013, 7021, 7030, 7040, 7049, 7057, 7070, 7084, 7100, 7122, 7145, 7160, 7172, 7184, 7202, 7221, 7240, 7260, 7271, 7285, 7300, 7315, 7330, 7347, 7364, 7378, 7394, 7405, 7417, 7432, 7450, 7456, 7467, 7479, 7493, 7513, 7534, 7547, 7557, 7567, 7583, 7600, 7617, 7635, 7644, 7656, 7669, 7682, 7695, 7710, 7725, 7737, 7751, 7760, 7770, 7783, 7799, 7813, 7829, 7842, 7858, 7863, 7870, 7874, 7881, 7893, 7900, 7908, 7916, 7924, 7932, 7940, 7957, 7967, 7978, 7987, 7999, 8007, 8016, 8026, 8040, 8045, 8051, 8064, 8072, 8081, 8091, 8097, 8105, 8112, 8120, 8129, 8138, 8145, 8153, 8165, 8171, 8182, 8194, 8202, 8209, 8217, 8228, 8235, 8247, 8256, 8267, 8274, 8282, 8291, 8306, 8320, 8330, 8338, 8344, 8351, 8358, 8366, 8377, 8384, 8392, 8400, 8409, 8419, 8433, 8442, 8451, 8461, 8474, 8482, 8491, 8504, 8520, 8530, 8538, 8553, 8569, 8586, 8596, 8607, 8621, 8633, 8649, 8662, 8678, 8706, 8720, 8734, 8741, 8749, 8763, 8778, 8794, 8811, 8826, 8843, 8856, 8870, 8885, 8896, 8908, 8920, 8935, 8946, 8958, 8978, 9001, 9020, 9038, 9057, 9071, 9084, 9096, 9104, 9123, 9133, 9143, 9161, 9181, 9200, 9219, 9237, 9252, 9268, 9280, 9293, 9304, 9313, 9325, 9334, 9349, 9361, 9377, 9386, 9396, 9409, 9417, 9426, 9439, 9450, 9462, 9475, 9486, 9497, 9509, 9522, 9530, 9543, 9557, 9579, 9602, 9625, 9639, 9654, 9666, 9679, 9693, 9700, 9707, 9715, 9721, 9734, 9742, 9755, 9769, 9782, 9791, 9802, 9813, 9824, 9836, 9844, 9853, 9863, 9874, 9893, 9906, 9927, 9948, 9962, 9974, 9985, 10006, 10027, 10039, 10054, 10066, 10078, 10091, 10105, 10116, 10128, 10141, 10153, 10166, 10179, 10185, 10189, 10194, 10203, 10213, 10227, 10243, 10259, 10276, 10290, 10307, 10322, 10338, 10347, 10377, 10405, 10411, 10416, 10422, 10439, 10448, 10457, 10460, 10472, 10478, 10491, 10509, 10523, 10533, 10540, 10548, 10566, 10583, 10595, 10606, 10617, 10634, 10643, 10652, 10663, 10674, 10682, 10694, 10708, 10720, 10732, 10740, 10749, 10758, 10772, 10785, 10790, 10805, 10819, 10828, 10836, 10844, 10858, 10868, 10882, 10892, 10903, 10914, 10926, 10938, 10949, 10961, 10973, 10983, 10994, 11004, 11015, 11027, 11041, 11055, 11069, 11083, 11096, 11113, 11121, 11130, 11146, 11155, 11164, 11187, 11205, 11224, 11239, 11256, 11264, 11273, 11281, 11288, 11299, 11315, 11326, 11343, 11352, 11363, 11367, 11379, 11388, 11405, 11419, 11433, 11454, 11472, 11490, 11511, 11528, 11537, 11552, 11563, 11571, 11582, 11595, 11608, 11620, 11630, 11642, 11650, 11659, 11670, 11679, 11690, 11701, 11713, 11719, 11726, 11730, 11740, 11751, 11763, 11776, 11785, 11797, 11807, 11820, 11835, 11847, 11855, 11868, 11885, 11898, 11922, 11953, 11966, 11980, 11993, 12006, 12022, 12036, 12050, 12066, 12080, 12096, 12118, 12141, 12156, 12168, 12184, 12199, 12211, 12229, 12248, 12267, 12287, 12314, 12326, 12337, 12352, 12365, 12381, 12395, 12410, 12425, 12440, 12457, 12474, 12488, 12502, 12518, 12532, 12549, 12563, 12579, 12597, 12613, 12631, 12643, 12657, 12668, 12680, 12692, 12707, 12719, 12737, 12753, 12771, 12778, 12791, 12802, 12813, 12824, 12835, 12846, 12859, 12872, 12885, 12898, 12911, 12924, 12939, 12953, 12963, 12982, 12997, 13018, 13033, 13051, 13067, 13083, 13101, 13125, 13150, 13167, 13181, 13198, 13213, 13231, 13245, 13260, 13280, 13301, 13322, 13344, 13357, 13374, 13390, 13407, 13424, 13441, 13460, 13479, 13495, 13513, 13532, 13545, 13559, 13576, 13596, 13604, 13621, 13634, 13653, 13666, 13682, 13696, 13710, 13726, 13748, 13771, 13786, 13798, 13813, 13826, 13842, 13854, 13867, 13885, 13904, 13923, 13943, 13954, 13969, 13983, 13998, 14013, 14028, 14045, 14062, 14076, 14092, 14109, 14120, 14132, 14147, 14165, 14171, 14182, 14197, 14208, 14230, 14259, 14270, 14282, 14293, 14304, 14318, 14330, 14342, 14356, 14368, 14382, 14402, 14423, 14436, 14446, 14460, 14473, 14483, 14499, 14516, 14533, 14551, 14576, 14586, 14595, 14608, 14619, 14632, 14646, 14658, 14671, 14684, 14697, 14712, 14727, 14739, 14751, 14765, 14777, 14792, 14804, 14818, 14834, 14848, 14864, 14874, 14886, 14895, 14905, 14915, 14928, 14938, 14954, 14968, 14984, 15008, 15018, 15029, 15041, 15055, 15069, 15083, 15097, 15103, 15117, 15127, 15139, 15150, 15161, 15171, 15181, 15191, 15206, 15215, 15229, 15244, 15249, 15255, 15262, 15270, 15275, 15287, 15305, 15326, 15351, 15372, 15387, 15395, 15404, 15410, 15426, 15436, 15445, 15455, 15465, 15474, 15480, 15487, 15503, 15510, 15518, 15525, 15539, 15556, 15565, 15576, 15585, 15594, 15602, 15611, 15622, 15628, 15637, 15646, 15654, 15663, 15672, 15688, 15696, 15705, 15715, 15730, 15737, 15746, 15750, 15755, 15763, 15772, 15781, 15791, 15803, 15816, 15838, 15848, 15855, 15864, 15878, 15893, 15909, 15919, 15932, 15946, 15953, 15961, 15968, 15983, 15995, 16003, 16009, 16023, 16035, 16050, 16064, 16077, 16088, 16101, 16114, 16130, 16145, 16156, 16173, 16184, 16203, 16225, 16251, 16273, 16289, 16306, 16318, 16327, 16337, 16349, 16370, 16392, 16408, 16425, 16431, 16438, 16447, 16458, 16476, 16495, 16514, 16534, 16549, 16567, 16585, 16608, 16616, 16629, 16640, 16650, 16662, 16675, 16681, 16696, 16713, 16731, 16740, 16748, 16755, 16763, 16772, 16781, 16791, 16799, 16808, 16822, 16837, 16853, 16866, 16879, 16891, 16906, 16922, 16940, 16958, 16973, 16990, 17002, 17015, 17034, 17049, 17065, 17082, 17096, 17110, 17123, 17139, 17156, 17175, 17194, 17210, 17228, 17241, 17255, 17275, 17280, 17286, 17292, 17297, 17303, 17311, 17320, 17337, 17348, 17367, 17386, 17398, 17408, 17417, 17436, 17455, 17465, 17478, 17485, 17493, 17501, 17509, 17518, 17525, 17544, 17564, 17571, 17591, 17598, 17618, 17626, 17647, 17668, 17676, 17683, 17705, 17712, 17726, 17732, 17741, 17751, 17760, 17767, 17780, 17791, 17799, 17810, 17818, 17831, 17842, 17852, 17863, 17881, 17893, 17912, 17927, 17935, 17947, 17960, 17968, 17976, 17983, 17996, 18002, 18009, 18018, 18028, 18035, 18044, 18055, 18066, 18077, 18088, 18096, 18107, 18116, 18128, 18139, 18151, 18164, 18170, 18190, 18205, 18216, 18228, 18240, 18252, 18265, 18277, 18289, 18308, 18322, 18339, 18355, 18371, 18386, 18396, 18420, 18439, 18454, 18473, 18489, 18505, 18523, 18542, 18558, 18576, 18599, 18617, 18638, 18658, 18678, 18697, 18712, 18723, 18742, 18762, 18781, 18798, 18807, 18815, 18825, 18836, 18844, 18850, 18862, 18876, 18888, 18897, 18912, 18930, 18950, 18971, 18982, 18993, 19003, 19008, 19020, 19035, 19047, 19058, 19070, 19083, 19094, 19109, 19121, 19138, 19151, 19163, 19172, 19188, 19198, 19203, 19209, 19216, 19229, 19239, 19245, 19257, 19271, 19283, 19292, 19299, 19312, 19327, 19342, 19357, 19372, 19387, 19404, 19409, 19418, 19436, 19454, 19472, 19490, 19508, 19528, 19542, 19547, 19558, 19570, 19584, 19597, 19611, 19623, 19635, 19648, 19657, 19665, 19672, 19681, 19689, 19697, 19703, 19710, 19721, 19732, 19748, 19759, 19771, 19777, 19784, 19792, 19801, 19811, 19827, 19844, 19855, 19867, 19883, 19900, 19915, 19930, 19939, 19947, 19954, 19964, 19978, 19986, 20001, 20020, 20028, 20034, 20041, 20047, 20054, 20074, 20083, 20092, 20107, 20121, 20127, 20138, 20146, 20155, 20166, 20171, 20179, 20193, 20207, 20220, 20240, 20252, 20275, 20298, 20320, 20341, 20363, 20383, 20396, 20410, 20425, 20436, 20442, 20453, 20463, 20472, 20479, 20489, 20497, 20508, 20513, 20519, 20526, 20531, 20541, 20550, 20564, 20572, 20585, 20597, 20610, 20622, 20635, 20647, 20657, 20666, 20675, 20688, 20702, 20715, 20726, 20736, 20746, 20757, 20773, 20787, 20803, 20816, 20830, 20839, 20843, 20854, 20868, 20886, 20900, 20908, 20915, 20923, 20937, 20950, 20966, 20980, 21000, 21013, 21031, 21048, 21068, 21086, 21110, 21127, 21135, 21144, 21157, 21164, 21174, 21185, 21194, 21199, 21212, 21232, 21238, 21258, 21276, 21294, 21301, 21310, 21318, 21344, 21356, 21365, 21372, 21388, 21394, 21403, 21414, 21427, 21440, 21453, 21464, 21469, 21475, 21483, 21496, 21505, 21516, 21528, 21539, 21550, 21563, 21572, 21587, 21602, 21618, 21633, 21644, 21654, 21668, 21674, 21682, 21690, 21700, 21711, 21724, 21736, 21749, 21758, 21783, 21809, 21833, 21856, 21878, 21903, 21926, 21948, 21970, 21990, 22010, 22029, 22050, 22070, 22082, 22100, 22120, 22138, 22153, 22165, 22183, 22202, 22215, 22229, 22250, 22269, 22292, 22314, 22336, 22357, 22375, 22394, 22414, 22435, 22446, 22460, 22473, 22487, 22498, 22505, 22526, 22534, 22543, 22554, 22563, 22572, 22582, 22590, 22598, 22609, 22619, 22630, 22639, 22647, 22659, 22672, 22683, 22700, 22717, 22733, 22748, 22774, 22800, 22825, 22849, 22874, 22897, 22913, 22927, 22942, 22951, 22962, 22976, 22989, 23008, 23019, 23036, 23045, 23055, 23069, 23077, 23094, 23111, 23119, 23134, 23142, 23158, 23165, 23171, 23186, 23201, 23207, 23214, 23237, 23259, 23279, 23298, 23318, 23339, 23358, 23367, 23377, 23386, 23395, 23406, 23415, 23420, 23427, 23439, 23453, 23465, 23475, 23486, 23499, 23504, 23510, 23515, 23523, 23531, 23547, 23562, 23574, 23589, 23606, 23617, 23631, 23643, 23656, 23669, 23679, 23687, 23700, 23710, 23722, 23732, 23742, 23753, 23761, 23771, 23782, 23790, 23797, 23806, 23825, 23844, 23854, 23865, 23874, 23884, 23896, 23900, 23909, 23919, 23924, 23930, 23937, 23954, 23960, 23976, 23988, 23996, 24001, 24010, 24019, 24030, 24041, 24052, 24063, 24070, 24077, 24082, 24088, 24094, 24106, 24111, 24117, 24132, 24139, 24150, 24159, 24168, 24179, 24191, 24207, 24213, 24219, 24225, 24230, 24241, 24251, 24261, 24270, 24276, 24292, 24302, 24306, 24312, 24319, 24328, 24334, 24341, 24352, 24365, 24376, 24387, 24399, 24412, 24419, 24427, 24434, 24441, 24449, 24461, 24467, 24476, 24486, 24494, 24499, 24505, 24513, 24523, 24533, 24543, 24554, 24568, 24577, 24588, 24593, 24599, 24606, 24619, 24635, 24640, 24650, 24661, 24672, 24687, 24695, 24710, 24719, 24729, 24743, 24757, 24765, 24775, 24786, 24797, 24806, 24818, 24826, 24839, 24848, 24858, 24864, 24873, 24886, 24900, 24909, 24920, 24931, 24937, 24944, 24959, 24975, 24988, 25005, 25018, 25032, 25045, 25060, 25076, 25089, 25103, 25113, 25123, 25134, 25142, 25151, 25161, 25170, 25179, 25186, 25197, 25209, 25213, 25218, 25234, 25260, 25271, 25278, 25285, 25293, 25313, 25333, 25342, 25361, 25384, 25407, 25426, 25447, 25466, 25491, 25509, 25528, 25543, 25562, 25581, 25600, 25623, 25646, 25665, 25686, 25705, 25730, 25748, 25767, 25786, 25809, 25832, 25851, 25872, 25891, 25916, 25934, 25953, 25964, 25979, 25998, 26021, 26044, 26063, 26084, 26103, 26128, 26146, 26165, 26180, 26197, 26212, 26233, 26247, 26262, 26275, 26292, 26311, 26334, 26357, 26376, 26397, 26416, 26441, 26459, 26478, 26491, 26504, 26521, 26533, 26551, 26571, 26591, 26601, 26621, 26645, 26669, 26689, 26711, 26731, 26757, 26776, 26796, 26812, 26832, 26852, 26872, 26896, 26920, 26940, 26962, 26982, 27008, 27027, 27047, 27067, 27091, 27115, 27135, 27157, 27177, 27203, 27222, 27242, 27262, 27286, 27310, 27330, 27352, 27372, 27398, 27417, 27437, 27453, 27471, 27487, 27509, 27524, 27540, 27560, 27584, 27608, 27628, 27650, 27670, 27696, 27715, 27735, 27748, 27764, 27779, 27791, 27806, 27818, 27832, 27844, 27856, 27864, 27873, 27892, 27908, 27928, 27938, 27955, 27976, 27988, 27992, 28002, 28010, 28018, 28023, 28029, 28044, 28056, 28069, 28082, 28106, 28128, 28143, 28161, 28177, 28188, 28196, 28210, 28216, 28223, 28231, 28250, 28261, 28276, 28286, 28294, 28301, 28314, 28328, 28342, 28357, 28363, 28371, 28381, 28394, 28404, 28415, 28421, 28430, 28436, 28445, 28457, 28474, 28484, 28496, 28506, 28516, 28527, 28539, 28551, 28560, 28573, 28581, 28591, 28601, 28611, 28621, 28627, 28642, 28651, 28661, 28670, 28677, 28684, 28694, 28701, 28715, 28729, 28746, 28761, 28774, 28793, 28800, 28812, 28828, 28851, 28881, 28893, 28906, 28918, 28930, 28943, 28958, 28971, 28986, 29007, 29029, 29043, 29054, 29069, 29085, 29099, 29110, 29127, 29145, 29163, 29178, 29197, 29223, 29234, 29244, 29258, 29270, 29284, 29299, 29312, 29326, 29340, 29354, 29370, 29386, 29399, 29412, 29426, 29441, 29456, 29469, 29482, 29497, 29514, 29529, 29546, 29557, 29570, 29580, 29591, 29602, 29616, 29627, 29644, 29659, 29676, 29687, 29699, 29705, 29711, 29728, 29740, 29754, 29766, 29776, 29794, 29820, 29832, 29841, 29855, 29869, 29885, 29902, 29917, 29932, 29942, 29953, 29967, 29977, 29988, 30002, 30017, 30027, 30038, 30049, 30069, 30089, 30111, 30136, 30152, 30163, 30175, 30193, 30210, 30227, 30245, 30264, 30282, 30302, 30324, 30344, 30366, 30382, 30400, 30420, 30442, 30454, 30467, 30479, 30489, 30502, 30514, 30528, 30544, 30554, 30563, 30579, 30589, 30602, 30619, 30634, 30649, 30659, 30667, 30679, 30695, 30708, 30721, 30732, 30740, 30752, 30767, 30779, 30793, 30807, 30823, 30842, 30850, 30860, 30870, 30880, 30888, 30904, 30921, 30942, 30959, 30966, 30974, 30988, 31003, 31011, 31022, 31029, 31037, 31050, 31060, 31070, 31084, 31089, 31095, 31104, 31114, 31128, 31140, 31150, 31169, 31178, 31186, 31193, 31201, 31210, 31214, 31219, 31229, 31241, 31249, 31259, 31267, 31275, 31279, 31288, 31297, 31306, 31314, 31325, 31341, 31354, 31377, 31397, 31417, 31437, 31460, 31487, 31511, 31535, 31559, 31586, 31595, 31603, 31615, 31625, 31635, 31652, 31663, 31681, 31695, 31702, 31711, 31717, 31727, 31738, 31752, 31764, 31777, 31790, 31800, 31808, 31821, 31831, 31843, 31853, 31863, 31874, 31882, 31891, 31902, 31912, 31923, 31951, 31959, 31968, 31985, 31996, 32015, 32034, 32046, 32056, 32065, 32084, 32103, 32115, 32128, 32138, 32151, 32168, 32179, 32191, 32203, 32220, 32235, 32251, 32266, 32279, 32291, 32303, 32314, 32326, 32339, 32348, 32357, 32366, 32378, 32385, 32393, 32406, 32416, 32430, 32434, 32443, 32453, 32463, 32479, 32489, 32507, 32518, 32531, 32543, 32556, 32569, 32579, 32587, 32603, 32612, 32619, 32627, 32643, 32652, 32662, 32670, 32679, 32690, 32701, 32706, 32718, 32737, 32750, 32770, 32786, 32795, 32804, 32814, 32828, 32839, 32851, 32861, 32872, 32884, 32894, 32905, 32915, 32925, 32939, 32953, 32964, 32972, 32979, 32988, 32996, 33005, 33015, 33027, 33041, 33055, 33069, 33083, 33102, 33110, 33127, 33137, 33155, 33164, 33174, 33190, 33208, 33224, 33234, 33245, 33254, 33264, 33276, 33283, 33292, 33300, 33309, 33318, 33327, 33336, 33343, 33364, 33372, 33381, 33392, 33403, 33414, 33427, 33441, 33454, 33465, 33475, 33485, 33496, 33506, 33516, 33527, 33539, 33551, 33564, 33583, 33600, 33608, 33620, 33629, 33640, 33653, 33667, 33680, 33691, 33701, 33711, 33719, 33729, 33738, 33749, 33758, 33768, 33777, 33786, 33790, 33796, 33803, 33818, 33825, 33837, 33848, 33854, 33872, 33895, 33913, 33931, 33947, 33959, 33965, 33987, 34000, 34015, 34030, 34039, 34049, 34056, 34064, 34077, 34097, 34113, 34130, 34151, 34168, 34196, 34216, 34233, 34262, 34270, 34276, 34295, 34304, 34311, 34328, 34340, 34354, 34361, 34364, 34368, 34383, 34392, 34402, 34410, 34421, 34435, 34453, 34462, 34472, 34483, 34499, 34508, 34518, 34529, 34542, 34555, 34568, 34581, 34589, 34598, 34610, 34626, 34635, 34648, 34662, 34671, 34681, 34696, 34711, 34723, 34730, 34739, 34745, 34752, 34761, 34771, 34785, 34794, 34803, 34815, 34828, 34839, 34850, 34862, 34874, 34886, 34896, 34904, 34913, 34931, 34951, 34969, 34984, 34996, 35003, 35011, 35029, 35048, 35066, 35084, 35102, 35114, 35133, 35148, 35165, 35177, 35190, 35202, 35218, 35234, 35240, 35254, 35261, 35269, 35283, 35295, 35304, 35317, 35331, 35338, 35344, 35361, 35370, 35378, 35390, 35395, 35406, 35419, 35430, 35438, 35453, 35460, 35469, 35475, 35484, 35496, 35510, 35523, 35537, 35548, 35557, 35567, 35579, 35587, 35594, 35602, 35610, 35617, 35626, 35638, 35649, 35658, 35668, 35686, 35698, 35718, 35738, 35751, 35762, 35772, 35792, 35812, 35823, 35837, 35849, 35861, 35872, 35882, 35893, 35909, 35919, 35926, 35935, 35942, 35950, 35960, 35966, 35974, 35984, 35995, 36005, 36021, 36031, 36042, 36050, 36059, 36075, 36082, 36090, 36102, 36116, 36130, 36144, 36158, 36166, 36173, 36190, 36206, 36217, 36227, 36237, 36253, 36264, 36279, 36286, 36304, 36322, 36329, 36335, 36342, 36349, 36356, 36363, 36372, 36379, 36396, 36412, 36423, 36433, 36443, 36459, 36467, 36481, 36496, 36511, 36532, 36540, 36549, 36557, 36565, 36587, 36596, 36606, 36614, 36623, 36632, 36642, 36653, 36659, 36669, 36681, 36689, 36707, 36723, 36734, 36742, 36758, 36775, 36791, 36805, 36818, 36831, 36851, 36869, 36882, 36892, 36902, 36911, 36917, 36926, 36938, 36946, 36958, 36972, 36981, 36993, 37004, 37016, 37026, 37038, 37052, 37063, 37077, 37089, 37100, 37112, 37125, 37138, 37152, 37167, 37181, 37195, 37207, 37214, 37222, 37233, 37244, 37252, 37261, 37269, 37278, 37286, 37294, 37303, 37312, 37320, 37331, 37339, 37350, 37367, 37377, 37387, 37394, 37402, 37414, 37421, 37432, 37443, 37454, 37465, 37474, 37483, 37491, 37511, 37518, 37524, 37544, 37551, 37565, 37578, 37588, 37595, 37602, 37609, 37618, 37631, 37635, 37640, 37657, 37677, 37695, 37700, 37706, 37711, 37722, 37734, 37740, 37747, 37765, 37777, 37791, 37810, 37823, 37837, 37845, 37854, 37863, 37873, 37880, 37888, 37900, 37913, 37930, 37937, 37944, 37953, 37959, 37974, 37991, 38006, 38018, 38027, 38036, 38043, 38053, 38064, 38075, 38087, 38095, 38104, 38114, 38120, 38126, 38132, 38140, 38144, 38149, 38156, 38163, 38183, 38202, 38216, 38229, 38242, 38261, 38270, 38279, 38288, 38297, 38305, 38317, 38323, 38331, 38341, 38350, 38359, 38373, 38384, 38391, 38401, 38412, 38430, 38437, 38444, 38452, 38459, 38467, 38485, 38498, 38514, 38531, 38540, 38548, 38557, 38574, 38592, 38601, 38611, 38624, 38641, 38656, 38672, 38691, 38711, 38725, 38740, 38745, 38753, 38764, 38772, 38777, 38783, 38792, 38799, 38805, 38812, 38820, 38827, 38834, 38844, 38856, 38870, 38882, 38891, 38901, 38908, 38916, 38923, 38930, 38938, 38946, 38955, 38972, 38987, 39001, 39011, 39023, 39035, 39048, 39061, 39076, 39091, 39106, 39122, 39138, 39156, 39167, 39183, 39199, 39216, 39233, 39252, 39264, 39272, 39288, 39304, 39321, 39338, 39357, 39369, 39382, 39398, 39408, 39417, 39427, 39433, 39440, 39447, 39454, 39469, 39477, 39486, 39494, 39500, 39507, 39516, 39524, 39535, 39544, 39550, 39558, 39568, 39578, 39588, 39597, 39609, 39618, 39631, 39649, 39670, 39688, 39697, 39707, 39718, 39730, 39739, 39746, 39754, 39762, 39777, 39788, 39796, 39805, 39814, 39824, 39836, 39841, 39846, 39852, 39862, 39872, 39886, 39898, 39909, 39921, 39932, 39944, 39955, 39968, 39978, 39988, 40000, 40012, 40026, 40042, 40056, 40072, 40082, 40094, 40104, 40122, 40138, 40153, 40169, 40187, 40199, 40213, 40227, 40243, 40253, 40267, 40281, 40295, 40309, 40323, 40339, 40345, 40352, 40358, 40365, 40379, 40388, 40397, 40408, 40417, 40424, 40439, 40452, 40467, 40478, 40488, 40499, 40509, 40520, 40529, 40539, 40552, 40564, 40578, 40598, 40616, 40636, 40652, 40667, 40683, 40698, 40714, 40728, 40743, 40761, 40778, 40796, 40818, 40836, 40849, 40866, 40879, 40902, 40926, 40936, 40950, 40965, 40975, 40988, 41000, 41010, 41020, 41026, 41039, 41044, 41048, 41053, 41062, 41077, 41093, 41107, 41122, 41133, 41147, 41158, 41167, 41177, 41190, 41208, 41220, 41240, 41260, 41273, 41284, 41299, 41309, 41329, 41349, 41360, 41374, 41386, 41400, 41417, 41426, 41441, 41454, 41461, 41473, 41485, 41498, 41513, 41534, 41550, 41569, 41587, 41611, 41630, 41654, 41679, 41704, 41725, 41747, 41769, 41775, 41791, 41805, 41812, 41822, 41829, 41839, 41852, 41858, 41864, 41876, 41887, 41898, 41910, 41926, 41939, 41953, 41965, 41979, 41995, 42009, 42025, 42035, 42047, 42061, 42077, 42087, 42098, 42105, 42113, 42123, 42134, 42146, 42158, 42170, 42183, 42196, 42204, 42216, 42227, 42238, 42250, 42265, 42282, 42297, 42306, 42315, 42325, 42336, 42347, 42356, 42365, 42374, 42383, 42393, 42405, 42417, 42428, 42440, 42453, 42472, 42489, 42495, 42504, 42519, 42538, 42552, 42559, 42574, 42591, 42610, 42630, 42645, 42661, 42675, 42690, 42703, 42721, 42737, 42750, 42756, 42763, 42771, 42782, 42799, 42821, 42831, 42854, 42864, 42873, 42884, 42891, 42897, 42911, 42927, 42941, 42952, 42958, 42965, 42974, 42984, 42990, 43002, 43016, 43028, 43037, 43047, 43056, 43063, 43075, 43080, 43085, 43091, 43109, 43128, 43141, 43152, 43165, 43180, 43193, 43204, 43220, 43230, 43241, 43253, 43262, 43272, 43287, 43297, 43308, 43320, 43340, 43361, 43373, 43384, 43396, 43417, 43439, 43457, 43476, 43496, 43517, 43526, 43536, 43551, 43572, 43591, 43612, 43629, 43645, 43661, 43676, 43695, 43713, 43732, 43755, 43774, 43789, 43800, 43810, 43821, 43833, 43850, 43861, 43876, 43897, 43913, 43928, 43946, 43972, 43991, 44012, 44032, 44053, 44074, 44092, 44112, 44140, 44161, 44184, 44206, 44229, 44252, 44272, 44284, 44294, 44305, 44313, 44322, 44331, 44341, 44360, 44380, 44391, 44401, 44412, 44429, 44445, 44465, 44486, 44503, 44521, 44536, 44550, 44571, 44591, 44602, 44621, 44641, 44649, 44658, 44669, 44681, 44692, 44703, 44719, 44737, 44746, 44756, 44769, 44783, 44796, 44807, 44821, 44830, 44842, 44851, 44865, 44877, 44890, 44903, 44914, 44933, 44944, 44956, 44965, 44975, 44987, 45005, 45020, 45035, 45050, 45068, 45090, 45109, 45128, 45147, 45169, 45179, 45190, 45210, 45231, 45245, 45256, 45268, 45281, 45302, 45324, 45342, 45361, 45375, 45389, 45401, 45421, 45442, 45451, 45461, 45472, 45484, 45493, 45500, 45508, 45515, 45521, 45533, 45545, 45556, 45566, 45587, 45608, 45628, 45647, 45667, 45685, 45696, 45705, 45711, 45717, 45733, 45750, 45763, 45770, 45785, 45798, 45810, 45825, 45846, 45865, 45886, 45903, 45919, 45935, 45950, 45969, 45987, 46006, 46029, 46048, 46057, 46067, 46085, 46100, 46112, 46124, 46131, 46138, 46146, 46154, 46168, 46188, 46206, 46226, 46242, 46257, 46272, 46286, 46304, 46321, 46339, 46361, 46379, 46387, 46393, 46399, 46411, 46424, 46430, 46436, 46445, 46453, 46466, 46476, 46493, 46510, 46521, 46534, 46542, 46551, 46562, 46580, 46594, 46600, 46613, 46620, 46629, 46636, 46646, 46652, 46659, 46666, 46674, 46680, 46692, 46706, 46718, 46727, 46737, 46742, 46748, 46755, 46764, 46771, 46779, 46788, 46798, 46814, 46830, 46845, 46859, 46884, 46909, 46933, 46956, 46980, 47002, 47017, 47030, 47037, 47049, 47058, 47069, 47079, 47095, 47114, 47133, 47151, 47168, 47196, 47224, 47251, 47277, 47304, 47329, 47347, 47363, 47372, 47381, 47391, 47403, 47410, 47418, 47427, 47437, 47451, 47469, 47480, 47490, 47499, 47511, 47522, 47535, 47559, 47580, 47586, 47594, 47603, 47614, 47624, 47630, 47648, 47664, 47672, 47684, 47696, 47712, 47730, 47742, 47755, 47766, 47778, 47788, 47799, 47810, 47817, 47825, 47834, 47844, 47854, 47866, 47879, 47893, 47912, 47925, 47938, 47945, 47962, 47972, 47982, 47990, 48001, 48010, 48019, 48029, 48033, 48038, 48052, 48067, 48083, 48110, 48119, 48130, 48141, 48153, 48165, 48177, 48188, 48197, 48205, 48213, 48224, 48234, 48245, 48267, 48279, 48292, 48304, 48314, 48323, 48332, 48344, 48354, 48360, 48368, 48376, 48382, 48391, 48397, 48403, 48415, 48426, 48432, 48464, 48474, 48484, 48496, 48509, 48519, 48530, 48547, 48553, 48560, 48579, 48586, 48594, 48603, 48613, 48635, 48661, 48687, 48695, 48711, 48735, 48745, 48755, 48766, 48777, 48791, 48805, 48810, 48819, 48828, 48836, 48847, 48859, 48873, 48887, 48897, 48910, 48917, 48924, 48933, 48941, 48954, 48961, 48975, 48985, 48990, 48996, 49004, 49013, 49023, 49032, 49040, 49047, 49056, 49067, 49083, 49092, 49111, 49119, 49129, 49138, 49148, 49156, 49167, 49182, 49195, 49206, 49222, 49234, 49247, 49261, 49271, 49290, 49307, 49322, 49342, 49358, 49375, 49388, 49407, 49427, 49441, 49456, 49465, 49475, 49481, 49494, 49510, 49530, 49546, 49556, 49566, 49583, 49603, 49627, 49647, 49661, 49672, 49678, 49685, 49699, 49711, 49725, 49741, 49755, 49767, 49780, 49796, 49808, 49815, 49822, 49833, 49846, 49857, 49861, 49866, 49878, 49888, 49900, 49914, 49926, 49936, 49947, 49961, 49971, 49977, 49982, 49988, 49994, 50011, 50020, 50030, 50049, 50064, 50079, 50097, 50113, 50129, 50147, 50171, 50196, 50213, 50227, 50245, 50259, 50279, 50300, 50321, 50343, 50356, 50371, 50387, 50404, 50421, 50438, 50457, 50476, 50492, 50510, 50529, 50542, 50556, 50573, 50593, 50603, 50609, 50615, 50621, 50639, 50654, 50662, 50671, 50685, 50694, 50705, 50715, 50725, 50734, 50746, 50763, 50778, 50792, 50807, 50821, 50842, 50857, 50873, 50888, 50903, 50924, 50939, 50956, 50975, 50992, 51011, 51024, 51039, 51056, 51075, 51087, 51094, 51099, 51105, 51120, 51131, 51142, 51156, 51168, 51180, 51194, 51214, 51235, 51248, 51258, 51272, 51282, 51298, 51315, 51332, 51350, 51359, 51370, 51382, 51395, 51408, 51421, 51436, 51451, 51463, 51477, 51492, 51501, 51511, 51524, 51540, 51546, 51556, 51565, 51580, 51595, 51602, 51611, 51618, 51631, 51646, 51657, 51670, 51680, 51692, 51706, 51712, 51725, 51740, 51753, 51763, 51775, 51783, 51794, 51799, 51810, 51814, 51823, 51844, 51858, 51870, 51881, 51893, 51903, 51910, 51921, 51934, 51942, 51951, 51968, 51977, 51987, 52001, 52016, 52036, 52050, 52063, 52076, 52086, 52098, 52110, 52119, 52129, 52145, 52158, 52168, 52186, 52194, 52207, 52221, 52232, 52245, 52262, 52275, 52284, 52294, 52309, 52325, 52339, 52348, 52354, 52367, 52380, 52392, 52403, 52418, 52437, 52456, 52473, 52484, 52498, 52509, 52523, 52539, 52550, 52565, 52581, 52597, 52610, 52624, 52636, 52652, 52670, 52685, 52702, 52713, 52726, 52740, 52755, 52770, 52780, 52798, 52813, 52828, 52838, 52852, 52869, 52880, 52891, 52902, 52915, 52934, 52947, 52962, 52977, 52990, 53001, 53018, 53035, 53052, 53067, 53086, 53097, 53109, 53126, 53133, 53142, 53152, 53164, 53175, 53187, 53204, 53215, 53230, 53239, 53253, 53260, 53272, 53290, 53308, 53325, 53341, 53368, 53395, 53421, 53446, 53472, 53496, 53513, 53528, 53533, 53541, 53554, 53568, 53580, 53591, 53602, 53610, 53626, 53646, 53664, 53687, 53700, 53711, 53724, 53739, 53750, 53762, 53785, 53812, 53835, 53856, 53881, 53897, 53917, 53937, 53950, 53964, 53977, 53991, 54006, 54031, 54056, 54071, 54097, 54108, 54123, 54134, 54146, 54162, 54174, 54190, 54202, 54218, 54231, 54245, 54257, 54269, 54281, 54287, 54301, 54315, 54330, 54337, 54343, 54347, 54361, 54375, 54383, 54391, 54404, 54415, 54420, 54429, 54444, 54462, 54475, 54485, 54497, 54508, 54518, 54524, 54532, 54551, 54576, 54594, 54614, 54634, 54660, 54679, 54700, 54714, 54724, 54737, 54751, 54763, 54776, 54780, 54787, 54800, 54814, 54825, 54835, 54852, 54870, 54885, 54904, 54919, 54933, 54942, 54951, 54969, 54986, 55008, 55025, 55036, 55061, 55086, 55105, 55128, 55138, 55154, 55171, 55185, 55205, 55226, 55244, 55266, 55284, 55295, 55305, 55312, 55321, 55324, 55335, 55340, 55353, 55364, 55375, 55393, 55406, 55423, 55436, 55457, 55476, 55502, 55523, 55548, 55569, 55575, 55589, 55595, 55608, 55623, 55640, 55650, 55661, 55675, 55687, 55697, 55706, 55724, 55738, 55748, 55760, 55774, 55790, 55803, 55810, 55818, 55829, 55838, 55845, 55854, 55860, 55864, 55874, 55887, 55900, 55910, 55921, 55938, 55952, 55967, 55981, 55991, 56000, 56010, 56021, 56033, 56042, 56052, 56064, 56074, 56085, 56093, 56103, 56139, 56154, 56160, 56171, 56184, 56199, 56212, 56219, 56234, 56249, 56257, 56262, 56277, 56292, 56301, 56315, 56331, 56339, 56348, 56358, 56366, 56375, 56385, 56397, 56408, 56417, 56427, 56435, 56444, 56452, 56458, 56465, 56478, 56488, 56501, 56518, 56533, 56548, 56558, 56568, 56580, 56597, 56610, 56626, 56641, 56659, 56675, 56695, 56714, 56729, 56744, 56755, 56777, 56792, 56807, 56824, 56836, 56846, 56854, 56866, 56870, 56878, 56887, 56894, 56900, 56909, 56916, 56926, 56933, 56941, 56949, 56958, 56968, 56974, 56982, 56999, 57015, 57036, 57052, 57062, 57086, 57110, 57128, 57150, 57161, 57169, 57178, 57192, 57205, 57218, 57231, 57244, 57258, 57270, 57286, 57301, 57321, 57334, 57351, 57360, 57373, 57385, 57393, 57401, 57409, 57419, 57428, 57431, 57440, 57463, 57482, 57490, 57497, 57524, 57548, 57571, 57594, 57615, 57629, 57635, 57643, 57658, 57668, 57680, 57694, 57707, 57718, 57729, 57747, 57760, 57775, 57792, 57808, 57822, 57833, 57851, 57864, 57879, 57896, 57912, 57926, 57935, 57946, 57959, 57974, 57984, 58001, 58013, 58027, 58043, 58058, 58071, 58079, 58089, 58099, 58120, 58137, 58156, 58177, 58200, 58220, 58234, 58249, 58267, 58283, 58297, 58304, 58317, 58332, 58347, 58357, 58367, 58384, 58397, 58413, 58428, 58446, 58462, 58482, 58501, 58516, 58531, 58542, 58554, 58560, 58569, 58578, 58583, 58593, 58603, 58612, 58623, 58631, 58638, 58657, 58682, 58700, 58720, 58740, 58747, 58757, 58767, 58776, 58779, 58785, 58794, 58803, 58809, 58817, 58825, 58832, 58838, 58843, 58850, 58857, 58864, 58876, 58879, 58885, 58898, 58904, 58911, 58924, 58938, 58949, 58966, 58984, 58999, 59018, 59033, 59042, 59050, 59056, 59063, 59078, 59093, 59105, 59115, 59128, 59145, 59157, 59167, 59173, 59184, 59201, 59212, 59227, 59234, 59244, 59253, 59264, 59272, 59283, 59292, 59297, 59304, 59319, 59330, 59343, 59358, 59375, 59389, 59397, 59406, 59418, 59428, 59436, 59446, 59457, 59463, 59476, 59492, 59499, 59510, 59520, 59532, 59540, 59548, 59554, 59571, 59582, 59591, 59601, 59611, 59617, 59624, 59636, 59646, 59661, 59673, 59676, 59681, 59685, 59705, 59729, 59741, 59757, 59776, 59794, 59813, 59837, 59865, 59881, 59901, 59924, 59946, 59969, 59981, 59994, 60006, 60019, 60029, 60041, 60062, 60082, 60107, 60127, 60141, 60169, 60197, 60219, 60245, 60252, 60262, 60273, 60294, 60306, 60320, 60337, 60351, 60361, 60368, 60378, 60386, 60396, 60409, 60430, 60453, 60473, 60486, 60496, 60510, 60519, 60524, 60538, 60544, 60555, 60572, 60582, 60592, 60604, 60619, 60630, 60646, 60665, 60669, 60674, 60684, 60695, 60704, 60716, 60725, 60736, 60747, 60753, 60763, 60770, 60779, 60790, 60803, 60811, 60820, 60833, 60840, 60852, 60867, 60878, 60886, 60895, 60908, 60920, 60927, 60933, 60942, 60952, 60978, 61003, 61032, 61046, 61060, 61083, 61110, 61137, 61168, 61193, 61214, 61245, 61275, 61309, 61337, 61369, 61401, 61437, 61467, 61493, 61523, 61547, 61569, 61596, 61627, 61650, 61675, 61697, 61724, 61743, 61765, 61781, 61798, 61828, 61858, 61880, 61904, 61930, 61958, 61969, 61981, 61994, 62007, 62014, 62028, 62040, 62052, 62072, 62088, 62107, 62124, 62137, 62154, 62163, 62175, 62185, 62196, 62217, 62235, 62247, 62264, 62278, 62292, 62320, 62347, 62362, 62373, 62385, 62395, 62402, 62416, 62427, 62443, 62457, 62472, 62492, 62504, 62511, 62526, 62538, 62553, 62572, 62586, 62596, 62607, 62623, 62645, 62654, 62666, 62678, 62689, 62699, 62709, 62721, 62732, 62743, 62748, 62763, 62780, 62799, 62811, 62824, 62840, 62854, 62866, 62870, 62875, 62887, 62895, 62912, 62919, 62931, 62948, 62959, 62971, 62981, 62999, 63014, 63028, 63039, 63046, 63059, 63079, 63096, 63107, 63122, 63133, 63140, 63149, 63157, 63164, 63182, 63196, 63215, 63230, 63247, 63258, 63277, 63296, 63308, 63324, 63333, 63352, 63371, 63383, 63396, 63407, 63414, 63424, 63435, 63447, 63458, 63467, 63471, 63482, 63501, 63509, 63513, 63516, 63530, 63538, 63547, 63559, 63570, 63583, 63587, 63592, 63615, 63634, 63648, 63663, 63665, 63681, 63699, 63710, 63719, 63727, 63734, 63747, 63767, 63784, 63795, 63810, 63821, 63829, 63846, 63860, 63873, 63883, 63891, 63903, 63908, 63918, 63924, 63931, 63942, 63955, 63966, 63977, 63985, 63992, 63998, 64002, 64014, 64023, 64032, 64040, 64048, 64057, 64079, 64086, 64092, 64101, 64111, 64130, 64152, 64169, 64183, 64197, 64213, 64228, 64242, 64257, 64264, 64271, 64280, 64288, 64297, 64307, 64316, 64326, 64337, 64346, 64356, 64370, 64385, 64398, 64408, 64419, 64434, 64448, 64456, 64467, 64479, 64489, 64500, 64510, 64517, 64525, 64538, 64547, 64562, 64573, 64582, 64590, 64603, 64614, 64626, 64634, 64647, 64655, 64668, 64680, 64690, 64705, 64718, 64736, 64742, 64753, 64756, 64758, 64773, 64787, 64801, 64817, 64832, 64847, 64860, 64872, 64884, 64898, 64911, 64924, 64940, 64955, 64970, 64984, 64997, 65010, 65026, 65033, 65044, 65056, 65068, 65080, 65090, 65102, 65122, 65149, 65179, 65203, 65232, 65255, 65284, 65312, 65337, 65365, 65380, 65396, 65414, 65439, 65455, 65473, 65490, 65510, 65528, 65542, 65558, 65573, 65589, 65606, 65622, 65641, 65666, 65681, 65701, 65716, 65727, 65739, 65753, 65772, 65783, 65798, 65811, 65821, 65832, 65844, 65854, 65865, 65878, 65892, 65907, 65924, 65947, 65972, 65997, 66017, 66028, 66040, 66053, 66066, 66078, 66095, 66112, 66125, 66136, 66150, 66167, 66180, 66193, 66203, 66214, 66226, 66245, 66263, 66277, 66293, 66304, 66319, 66337, 66349, 66360, 66379, 66392, 66402, 66421, 66439, 66462, 66480, 66492, 66518, 66544, 66564, 66588, 66595, 66600, 66614, 66620, 66628, 66641, 66655, 66671, 66685, 66698, 66713, 66727, 66739, 66750, 66763, 66768, 66777, 66787, 66797, 66807, 66815, 66825, 66840, 66862, 66887, 66906, 66930, 66948, 66972, 66995, 67013, 67038, 67066, 67088, 67115, 67136, 67163, 67189, 67212, 67238, 67258, 67281, 67298, 67320, 67333, 67347, 67363, 67386, 67400, 67416, 67431, 67449, 67465, 67477, 67491, 67504, 67518, 67533, 67547, 67564, 67587, 67600, 67618, 67631, 67640, 67650, 67662, 67679, 67688, 67701, 67712, 67720, 67729, 67739, 67747, 67756, 67767, 67779, 67792, 67807, 67828, 67851, 67874, 67892, 67901, 67911, 67922, 67933, 67943, 67958, 67973, 67984, 67993, 68005, 68020, 68031, 68042, 68050, 68059, 68069, 68086, 68102, 68114, 68128, 68137, 68150, 68166, 68176, 68185, 68202, 68213, 68216, 68220, 68225, 68233, 68246, 68255, 68265, 68274, 68285, 68295, 68305, 68314, 68329, 68343, 68352, 68361, 68375, 68382, 68389, 68398, 68402, 68407, 68413, 68420, 68433, 68444, 68453, 68460, 68477, 68497, 68512, 68524, 68538, 68551, 68563, 68570, 68577, 68584, 68590, 68605, 68611, 68618, 68623, 68631, 68639, 68649, 68659, 68668, 68674, 68682, 68688, 68696, 68703, 68711, 68719, 68725, 68733, 68742, 68750, 68757, 68765, 68774, 68782, 68790, 68809, 68824, 68842, 68862, 68875, 68881, 68888, 68894, 68905, 68918, 68924, 68935, 68949, 68963, 68981, 68992, 69004, 69014, 69029, 69040, 69051, 69061, 69072, 69088, 69106, 69123, 69146, 69164, 69186, 69205, 69230, 69251, 69271, 69292, 69311, 69332, 69355, 69376, 69397, 69420, 69441, 69463, 69480, 69499, 69517, 69541, 69560, 69583, 69603, 69629, 69651, 69672, 69694, 69714, 69736, 69760, 69782, 69804, 69828, 69850, 69873, 69891, 69911, 69930, 69955, 69975, 69999, 70020, 70047, 70070, 70092, 70115, 70136, 70159, 70184, 70207, 70230, 70255, 70278, 70302, 70306, 70311, 70320, 70333, 70347, 70359, 70371, 70380, 70402, 70421, 70443, 70460, 70495, 70524, 70534, 70553, 70571, 70594, 70612, 70624, 70650, 70676, 70696, 70720, 70726, 70733, 70742, 70747, 70756, 70766, 70774, 70785, 70794, 70800, 70807, 70816, 70829, 70854, 70877, 70894, 70910, 70924, 70948, 70970, 70985, 71003, 71017, 71041, 71063, 71079, 71094, 71107, 71130, 71151, 71165, 71182, 71195, 71207, 71226, 71242, 71252, 71266, 71276, 71289, 71309, 71326, 71337, 71352, 71363, 71369, 71376, 71381, 71386, 71391, 71406, 71415, 71432, 71449, 71459, 71466, 71483, 71500, 71511, 71517, 71524, 71532, 71556, 71562, 71572, 71576, 71583, 71592, 71607, 71625, 71638, 71652, 71662, 71674, 71685, 71695, 71706, 71712, 71721, 71740, 71749, 71761, 71773, 71787, 71805, 71822, 71844, 71861, 71872, 71897, 71922, 71941, 71964, 71972, 71979, 71987, 71996, 72005, 72015, 72039, 72071, 72098, 72123, 72156, 72184, 72191, 72197, 72207, 72217, 72224, 72236, 72247, 72263, 72275, 72292, 72310, 72326, 72342, 72349, 72357, 72367, 72375, 72384, 72408, 72413, 72425, 72435, 72443, 72454, 72465, 72472, 72480, 72492, 72507, 72518, 72530, 72542, 72558, 72577, 72587, 72611, 72628, 72633, 72645, 72655, 72672, 72684, 72700, 72712, 72728, 72743, 72755, 72771, 72778, 72783, 72794, 72810, 72821, 72841, 72850, 72859, 72877, 72900, 72913, 72918, 72928, 72936, 72948, 72959, 72967, 72976, 72992, 73003, 73018, 73029, 73040, 73053, 73066, 73078, 73081, 73091, 73104, 73114, 73123, 73128, 73134, 73145, 73156, 73161, 73172, 73182, 73193, 73205, 73214, 73228, 73238, 73249, 73264, 73285, 73299, 73313, 73329, 73335, 73343, 73352, 73361, 73371, 73381, 73392, 73396, 73402, 73409, 73420, 73428, 73431, 73448, 73465, 73481, 73490, 73495, 73502, 73510, 73513, 73530, 73543, 73562, 73574, 73578, 73589, 73599, 73609, 73621, 73632, 73643, 73649, 73653, 73657, 73663, 73670, 73686, 73705, 73719, 73730, 73743, 73755, 73766, 73770, 73791, 73798, 73811, 73820, 73835, 73844, 73853, 73863, 73872, 73887, 73894, 73903, 73921, 73938, 73953, 73967, 73982, 73997, 74015, 74031, 74046, 74069, 74091, 74111, 74130, 74150, 74170, 74193, 74214, 74234, 74256, 74277, 74296, 74314, 74333, 74352, 74374, 74394, 74413, 74437, 74460, 74481, 74501, 74522, 74543, 74567, 74589, 74610, 74633, 74655, 74675, 74694, 74714, 74734, 74757, 74778, 74798, 74822, 74845, 74866, 74886, 74907, 74928, 74952, 74974, 74995, 75005, 75010, 75024, 75028, 75046, 75056, 75067, 75086, 75097, 75109, 75122, 75134, 75146, 75160, 75173, 75186, 75193, 75195, 75207, 75212, 75226, 75239, 75250, 75263, 75278, 75291, 75302, 75319, 75334, 75347, 75362, 75375, 75387, 75404, 75419, 75434, 75445, 75453, 75468, 75486, 75494, 75512, 75530, 75542, 75554, 75569, 75579, 75604, 75629, 75654, 75671, 75690, 75712, 75729, 75745, 75764, 75783, 75802, 75815, 75831, 75851, 75871, 75891, 75905, 75922, 75928, 75936, 75946, 75955, 75966, 75974, 75982, 75993, 76007, 76017, 76030, 76042, 76052, 76064, 76073, 76082, 76094, 76106, 76117, 76133, 76145, 76153, 76160, 76171, 76184, 76190, 76197, 76209, 76215, 76222, 76234, 76256, 76273, 76281, 76294, 76303, 76312, 76326, 76334, 76342, 76348, 76358, 76366, 76371, 76380, 76388, 76400, 76403, 76410, 76422, 76436, 76444, 76459, 76469, 76481, 76495, 76508, 76519, 76536, 76547, 76565, 76578, 76593, 76610, 76626, 76640, 76651, 76669, 76682, 76697, 76714, 76730, 76744, 76751, 76759, 76779, 76789, 76806, 76818, 76832, 76848, 76863, 76876, 76884, 76898, 76916, 76923, 76936, 76947, 76959, 76963, 76970, 76977, 76987, 76997, 77014, 77026, 77037, 77050, 77061, 77070, 77078, 77094, 77109, 77129, 77149, 77176, 77198, 77219, 77242, 77263, 77282, 77297, 77317, 77337, 77364, 77386, 77407, 77430, 77451, 77470, 77485, 77505, 77524, 77542, 77558, 77573, 77590, 77595, 77601, 77613, 77628, 77636, 77649, 77663, 77673, 77684, 77699, 77711, 77722, 77734, 77750, 77766, 77781, 77793, 77806, 77823, 77840, 77858, 77874, 77885, 77893, 77904, 77915, 77929, 77948, 77958, 77967, 77977, 77987, 77989, 78001, 78011, 78020, 78028, 78050, 78068, 78078, 78107, 78114, 78125, 78127, 78145, 78161, 78171, 78180, 78187, 78195, 78205, 78214, 78229, 78239, 78253, 78264, 78281, 78294, 78306, 78323, 78336, 78347, 78360, 78375, 78388, 78401, 78416, 78429, 78443, 78458, 78471, 78479, 78488, 78499, 78509, 78525, 78536, 78551, 78563, 78581, 78595, 78608, 78622, 78634, 78648, 78664, 78678, 78692, 78708, 78722, 78737, 78747, 78759, 78770, 78787, 78799, 78815, 78828, 78847, 78862, 78876, 78891, 78904, 78919, 78936, 78951, 78966, 78983, 78998, 79014, 79025, 79032, 79046, 79060, 79073, 79093, 79111, 79126, 79143, 79164, 79181, 79205, 79223, 79243, 79264, 79283, 79294, 79308, 79329, 79344, 79363, 79379, 79398, 79417, 79436, 79453, 79467, 79483, 79503, 79519, 79542, 79559, 79578, 79598, 79613, 79631, 79641, 79654, 79674, 79688, 79706, 79721, 79739, 79757, 79764, 79771, 79778, 79789, 79793, 79803, 79818, 79831, 79843, 79853, 79865, 79877, 79886, 79901, 79913, 79922, 79933, 79943, 79954, 79962, 79971, 79999, 80021, 80030, 80036, 80041, 80047, 80060, 80076, 80083, 80094, 80103, 80118, 80127, 80136, 80153, 80168, 80181, 80200, 80209, 80219, 80228, 80238, 80241, 80251, 80260, 80267, 80276, 80289, 80294, 80300, 80305, 80314, 80320, 80338, 80351, 80364, 80374, 80381, 80385, 80390, 80396, 80403, 80408, 80414, 80422, 80432, 80442, 80452, 80463, 80473, 80484, 80489, 80499, 80509, 80518, 80528, 80538, 80549, 80558, 80561, 80565, 80575, 80585, 80596, 80608, 80617, 80631, 80637, 80644, 80654, 80658, 80662, 80684, 80699, 80714, 80731, 80742, 80755, 80770, 80778, 80787, 80799, 80809, 80817, 80822, 80834, 80842, 80848, 80851, 80861, 80874, 80878, 80884, 80890, 80896, 80900, 80905, 80916, 80924, 80941, 80951, 80961, 80971, 80976, 80985, 80995, 81000, 81010, 81024, 81030, 81042, 81056, 81074, 81085, 81098, 81111, 81125, 81130, 81137, 81144, 81150, 81159, 81167, 81175, 81181, 81193, 81208, 81222, 81233, 81247, 81258, 81271, 81281, 81292, 81303, 81310, 81318, 81330, 81343, 81354, 81362, 81371, 81376, 81382, 81400, 81425, 81447, 81463, 81483, 81499, 81506, 81517, 81532, 81536, 81553, 81566, 81581, 81598, 81617, 81633, 81643, 81654, 81668, 81680, 81690, 81700, 81704, 81718, 81727, 81749, 81755, 81762, 81768, 81774, 81781, 81785, 81793, 81800, 81804, 81811, 81820, 81840, 81859, 81880, 81900, 81920, 81941, 81958, 81974, 81992, 82009, 82026, 82044, 82061, 82077, 82095, 82112, 82129, 82147, 82173, 82198, 82225, 82251, 82277, 82304, 82331, 82357, 82385, 82412, 82439, 82467, 82486, 82504, 82524, 82543, 82562, 82582, 82592, 82620, 82647, 82676, 82704, 82732, 82761, 82776, 82790, 82806, 82821, 82836, 82852, 82865, 82877, 82891, 82904, 82917, 82931, 82943, 82954, 82967, 82979, 82991, 83004, 83017, 83029, 83043, 83056, 83069, 83083, 83103, 83122, 83143, 83163, 83183, 83204, 83209, 83217, 83239, 83251, 83258, 83266, 83272, 83278, 83285, 83293, 83312, 83331, 83340, 83348, 83361, 83370, 83380, 83384, 83398, 83411, 83423, 83439, 83445, 83455, 83466, 83477, 83486, 83513, 83524, 83538, 83553, 83570, 83594, 83609, 83625, 83644, 83661, 83674, 83688, 83703, 83717, 83732, 83748, 83763, 83781, 83805, 83819, 83829, 83840, 83853, 83871, 83885, 83900, 83914, 83926, 83935, 83945, 83956, 83965, 83975, 83988, 84002, 84018, 84040, 84064, 84088, 84107, 84118, 84134, 84144, 84155, 84167, 84179, 84195, 84207, 84217, 84230, 84243, 84259, 84271, 84298, 84310, 84319, 84332, 84342, 84353, 84371, 84388, 84403, 84416, 84431, 84441, 84455, 84472, 84482, 84494, 84504, 84519, 84528, 84542, 84550, 84566, 84582, 84591, 84600, 84606, 84622, 84638, 84648, 84656, 84672, 84686, 84691, 84710, 84724, 84727, 84742, 84756, 84775, 84784, 84798, 84813, 84822, 84836, 84853, 84868, 84883, 84901, 84924, 84941, 84963, 84977, 84993, 85008, 85018, 85031, 85044, 85055, 85070, 85084, 85100, 85120, 85140, 85161, 85185, 85203, 85223, 85243, 85266, 85285, 85301, 85319, 85342, 85361, 85377, 85391, 85406, 85425, 85441, 85458, 85473, 85491, 85514, 85536, 85555, 85577, 85594, 85616, 85636, 85650, 85663, 85674, 85689, 85712, 85733, 85752, 85771, 85791, 85803, 85818, 85830, 85843, 85858, 85869, 85883, 85901, 85914, 85930, 85953, 85979, 85999, 86024, 86043, 86068, 86092, 86113, 86137, 86148, 86159, 86174, 86194, 86202, 86220, 86232, 86239, 86246, 86268, 86288, 86302, 86315, 86326, 86341, 86364, 86385, 86404, 86423, 86443, 86455, 86470, 86482, 86495, 86510, 86521, 86534, 86543, 86557, 86567, 86581, 86593, 86607, 86623, 86635, 86648, 86660, 86669, 86680, 86688, 86693, 86700, 86714, 86736, 86754, 86773, 86787, 86798, 86810, 86818, 86824, 86830, 86837, 86849, 86859, 86873, 86886, 86895, 86905, 86913, 86923, 86932, 86939, 86962, 86983, 86998, 87012, 87024, 87039, 87055, 87077, 87097, 87110, 87126, 87138, 87149, 87159, 87173, 87186, 87191, 87199, 87212, 87224, 87236, 87255, 87273, 87295, 87312, 87319, 87329, 87336, 87352, 87372, 87392, 87416, 87434, 87448, 87458, 87470, 87486, 87504, 87519, 87539, 87551, 87566, 87575, 87585, 87608, 87631, 87646, 87663, 87682, 87703, 87712, 87721, 87732, 87743, 87751, 87772, 87785, 87790, 87797, 87801, 87806, 87822, 87841, 87858, 87872, 87890, 87904, 87913, 87927, 87934, 87946, 87953, 87956, 87966, 87969, 87974, 87983, 87993, 88003, 88013, 88026, 88036, 88050, 88065, 88080, 88095, 88113, 88128, 88141, 88155, 88169, 88183, 88200, 88214, 88224, 88232, 88244, 88258, 88265, 88279, 88289, 88297, 88301, 88311, 88326, 88339, 88351, 88363, 88372, 88387, 88399, 88408, 88418, 88429, 88437, 88446, 88474, 88496, 88505, 88516, 88521, 88536, 88545, 88562, 88579, 88589, 88596, 88613, 88630, 88641, 88649, 88655, 88666, 88676, 88684, 88697, 88709, 88717, 88726, 88736, 88749, 88758, 88765, 88772, 88780, 88786, 88793, 88798, 88808, 88817, 88823, 88830, 88841, 88853, 88863, 88871, 88880, 88892, 88901, 88919, 88940, 88956, 88969, 88984, 88998, 89011, 89017, 89023, 89029, 89040, 89055, 89066, 89072, 89079, 89095, 89112, 89119, 89127, 89135, 89143, 89152, 89166, 89176, 89184, 89193, 89207, 89217, 89228, 89244, 89253, 89267, 89277, 89281, 89286, 89295, 89299, 89305, 89312, 89320, 89324, 89331, 89347, 89362, 89383, 89392, 89414, 89442, 89458, 89480, 89500, 89515, 89528, 89552, 89582, 89600, 89624, 89646, 89665, 89690, 89703, 89729, 89761, 89781, 89807, 89831, 89850, 89867, 89895, 89929, 89951, 89979, 90005, 90030, 90061, 90080, 90105, 90128, 90149, 90176, 90191, 90212, 90231, 90241, 90252, 90260, 90269, 90284, 90300, 90314, 90323, 90333, 90338, 90344, 90351, 90355, 90362, 90371, 90379, 90387, 90397, 90406, 90415, 90422, 90427, 90447, 90472, 90487, 90507, 90522, 90542, 90549, 90556, 90562, 90572, 90591, 90609, 90632, 90650, 90662, 90688, 90714, 90734, 90758, 90768, 90783, 90795, 90811, 90833, 90848, 90865, 90874, 90880, 90887, 90895, 90914, 90935, 90953, 90961, 90970, 90980, 90987, 90995, 91000, 91013, 91027, 91030, 91034, 91038, 91050, 91055, 91062, 91067, 91084, 91106, 91123, 91140, 91163, 91187, 91208, 91235, 91263, 91288, 91317, 91342, 91350, 91355, 91363, 91372, 91385, 91404, 91416, 91428, 91442, 91448, 91461, 91472, 91478, 91486, 91496, 91500, 91505, 91520, 91529, 91546, 91563, 91573, 91580, 91597, 91614, 91625, 91640, 91647, 91654, 91658, 91670, 91695, 91712, 91720, 91729, 91740, 91754, 91761, 91769, 91783, 91801, 91814, 91834, 91855, 91873, 91897, 91922, 91944, 91970, 91992, 92007, 92025, 92046, 92062, 92075, 92090, 92104, 92117, 92127, 92137, 92148, 92153, 92164, 92179, 92197, 92210, 92220, 92232, 92243, 92253, 92266, 92278, 92286, 92297, 92309, 92322, 92338, 92349, 92360, 92368, 92378, 92389, 92404, 92415, 92427, 92438, 92444, 92451, 92468, 92479, 92491, 92502, 92516, 92526, 92534, 92545, 92560, 92566, 92577, 92587, 92599, 92608, 92616, 92623, 92630, 92638, 92643, 92649, 92660, 92675, 92679, 92684, 92690, 92693, 92703, 92718, 92726, 92739, 92759, 92778, 92797, 92818, 92838, 92858, 92875, 92891, 92907, 92925, 92942, 92959, 92967, 92975, 92986, 93001, 93021, 93026, 93031, 93037, 93053, 93063, 93081, 93099, 93110, 93118, 93136, 93154, 93166, 93173, 93177, 93186, 93201, 93209, 93219, 93224, 93233, 93243, 93257, 93278, 93292, 93300, 93316, 93323, 93332, 93338, 93343, 93362, 93385, 93395, 93405, 93415, 93427, 93434, 93442, 93451, 93463, 93474, 93485, 93498, 93510, 93522, 93536, 93543, 93550, 93569, 93585, 93595, 93610, 93622, 93634, 93648, 93655, 93662, 93668, 93675, 93681, 93688, 93694, 93701, 93708, 93716, 93724, 93729, 93743, 93756, 93768, 93774, 93780, 93787, 93794, 93802, 93808, 93816, 93824, 93834, 93843, 93848, 93854, 93863, 93878, 93895, 93912, 93924, 93936, 93955, 93970, 93988, 94005, 94025, 94043, 94065, 94086, 94103, 94120, 94133, 94147, 94154, 94166, 94173, 94183, 94192, 94209, 94224, 94241, 94260, 94277, 94292, 94311, 94328, 94347, 94364, 94380, 94401, 94420, 94439, 94454, 94462, 94471, 94477, 94487, 94496, 94521, 94539, 94549, 94556, 94564, 94575, 94589, 94607, 94620, 94631, 94641, 94652, 94663, 94679, 94690, 94702, 94715, 94739, 94756, 94779, 94795, 94811, 94829, 94839, 94850, 94857, 94865, 94875, 94899, 94905, 94915, 94922, 94930, 94936, 94943, 94957, 94968, 94976, 94986, 94994, 95001, 95009, 95021, 95033, 95042, 95051, 95058, 95063, 95068, 95074, 95085, 95093, 95105, 95115, 95128, 95147, 95167, 95184, 95207, 95231, 95252, 95277, 95298, 95315, 95324, 95336, 95354, 95373, 95389, 95411, 95434, 95454, 95478, 95498, 95510, 95520, 95537, 95549, 95565, 95577, 95583, 95589, 95596, 95612, 95616, 95621, 95624, 95628, 95633, 95646, 95658, 95663, 95669, 95679, 95688, 95694, 95709, 95723, 95742, 95756, 95764, 95786, 95808, 95824, 95844, 95851, 95860, 95869, 95879, 95890, 95896, 95903, 95914, 95926, 95944, 95959, 95972, 95989, 96006, 96017, 96027, 96039, 96054, 96070, 96087, 96102, 96115, 96131, 96143, 96162, 96175, 96187, 96202, 96215, 96230, 96246, 96258, 96262, 96267, 96275, 96284, 96290, 96300, 96312, 96324, 96333, 96337, 96350, 96367, 96381, 96394, 96402, 96416, 96424, 96439, 96455, 96469, 96482, 96492, 96496, 96499, 96508, 96516, 96523, 96530, 96539, 96545, 96562, 96568, 96579, 96585, 96591, 96598, 96615, 96625, 96634, 96641, 96649, 96656, 96664, 96679, 96692, 96706, 96722, 96741, 96754, 96774, 96786, 96800, 96817, 96836, 96854, 96868, 96889, 96904, 96918, 96931, 96945, 96949, 96954, 96970, 96987, 96990, 97005, 97018, 97034, 97055, 97068, 97072, 97077, 97082, 97096, 97111, 97125, 97139, 97153, 97163, 97178, 97191, 97197, 97205, 97210, 97216, 97223, 97236, 97240, 97247, 97256, 97271, 97285, 97303, 97311, 97321, 97328, 97337, 97344, 97353, 97362, 97373, 97384, 97394, 97397, 97413, 97426, 97439, 97461, 97474, 97479, 97488, 97501, 97513, 97520, 97524, 97529, 97539, 97548, 97556, 97565, 97572, 97581, 97592, 97603, 97614, 97629, 97632, 97640, 97651, 97661, 97667, 97677, 97691, 97703, 97716, 97727, 97745, 97759, 97772, 97782, 97792, 97806, 97822, 97844, 97861, 97877, 97886, 97897, 97908, 97919, 97931, 97947, 97961, 97976, 97989, 98004, 98019, 98038, 98059, 98081, 98102, 98116, 98132, 98152, 98168, 98180, 98195, 98209, 98225, 98242, 98257, 98274, 98289, 98304, 98318, 98338, 98351, 98367, 98381, 98396, 98409, 98429, 98445, 98461, 98475, 98490, 98503, 98523, 98539, 98542, 98564, 98587, 98611, 98628, 98642, 98659, 98671, 98701, 98725, 98744, 98763, 98780, 98788, 98792, 98798, 98807, 98811, 98814, 98818, 98823, 98832, 98840, 98846, 98858, 98874, 98884, 98902, 98920, 98931, 98945, 98953, 98971, 98989, 99001, 99009, 99018, 99025, 99030, 99040, 99045, 99051, 99058, 99066, 99077, 99092, 99097, 99102, 99116, 99135, 99143, 99154, 99172, 99187, 99207, 99222, 99242, 99260, 99283, 99296, 99314, 99319, 99327, 99333, 99339, 99360, 99374, 99387, 99400, 99415, 99429, 99443, 99456, 99468, 99477, 99487, 99504, 99516, 99532, 99544, 99551, 99561, 99572, 99584, 99594, 99605, 99617, 99625, 99631, 99640, 99657, 99672, 99694, 99711, 99732, 99749, 99757, 99769, 99777, 99784, 99791, 99798, 99811, 99821, 99837, 99856, 99860, 99866, 99873, 99887, 99903, 99921, 99940, 99954, 99969, 99985, 99996, 100008, 100023, 100036, 100048, 100059, 100070, 100077, 100082, 100088, 100099, 100102, 100137, 100165, 100193, 100223, 100231, 100249, 100257, 100286, 100308, 100330, 100354, 100374, 100395, 100405, 100426, 100433, 100438, 100446, 100463, 100472, 100486, 100497, 100513, 100532, 100550, 100567, 100587, 100598, 100607, 100615, 100620, 100630, 100639, 100644, 100655, 100674, 100687, 100700, 100716, 100730, 100743, 100755, 100769, 100779, 100790, 100798, 100806, 100821, 100834, 100845, 100859, 100873, 100891, 100910, 100925, 100938, 100951, 100974, 100990, 101007, 101027, 101045, 101061, 101079, 101093, 101108, 101125, 101139, 101157, 101174, 101192, 101214, 101237, 101256, 101273, 101286, 101304, 101317, 101326, 101340, 101350, 101366, 101370, 101375, 101389, 101397, 101401, 101416, 101426, 101438, 101449, 101466, 101478, 101494, 101507, 101526, 101541, 101555, 101570, 101583, 101598, 101615, 101630, 101645, 101662, 101677, 101693, 101704, 101717, 101729, 101747, 101760, 101777, 101791, 101811, 101827, 101842, 101858, 101872, 101888, 101906, 101922, 101938, 101956, 101972, 101989, 102001, 102015, 102028, 102047, 102061, 102079, 102094, 102115, 102132, 102148, 102165, 102180, 102197, 102216, 102233, 102250, 102269, 102286, 102304, 102313, 102323, 102347, 102366, 102384, 102399, 102410, 102429, 102452, 102481, 102513, 102541, 102569, 102587, 102609, 102623, 102646, 102673, 102706, 102742, 102774, 102806, 102828, 102854, 102872, 102896, 102918, 102948, 102969, 102989, 103007, 103033, 103050, 103064, 103092, 103115, 103137, 103156, 103171, 103194, 103221, 103254, 103290, 103322, 103354, 103376, 103402, 103420, 103447, 103478, 103515, 103555, 103591, 103627, 103653, 103683, 103705, 103733, 103759, 103793, 103818, 103842, 103864, 103894, 103915, 103924, 103931, 103942, 103966, 103988, 104004, 104019, 104032, 104055, 104076, 104090, 104107, 104120, 104133, 104147, 104155, 104171, 104187, 104199, 104214, 104223, 104237, 104257, 104270, 104285, 104300, 104309, 104318, 104329, 104344, 104355, 104372, 104389, 104401, 104410, 104427, 104442, 104448, 104462, 104478, 104494, 104504, 104531, 104556, 104575, 104593, 104609, 104635, 104659, 104676, 104696, 104712, 104725, 104742, 104760, 104778, 104795, 104815, 104838, 104860, 104881, 104907, 104931, 104949, 104966, 104981, 105006, 105029, 105045, 105064, 105079, 105089, 105100, 105109, 105129, 105147, 105159, 105170, 105179, 105198, 105215, 105225, 105238, 105247, 105259, 105269, 105280, 105293, 105308, 105320, 105334, 105346, 105358, 105372, 105383, 105400, 105410, 105422, 105442, 105460, 105472, 105483, 105492, 105511, 105528, 105538, 105551, 105560, 105566, 105586, 105599, 105610, 105621, 105636, 105654, 105678, 105697, 105717, 105738, 105754, 105771, 105791, 105815, 105845, 105878, 105907, 105936, 105955, 105978, 105993, 106017, 106045, 106079, 106116, 106149, 106182, 106205, 106232, 106251, 106276, 106299, 106330, 106352, 106373, 106392, 106419, 106437, 106452, 106471, 106493, 106521, 106544, 106568, 106593, 106613, 106634, 106652, 106674, 106699, 106730, 106756, 106783, 106811, 106834, 106858, 106868, 106880, 106891, 106908, 106920, 106936, 106949, 106968, 106983, 106997, 107012, 107025, 107040, 107057, 107072, 107087, 107104, 107119, 107135, 107148, 107161, 107172, 107185, 107197, 107215, 107228, 107245, 107259, 107279, 107295, 107310, 107326, 107340, 107356, 107374, 107390, 107406, 107424, 107440, 107457, 107469, 107483, 107496, 107515, 107529, 107547, 107562, 107583, 107600, 107616, 107633, 107648, 107665, 107684, 107701, 107718, 107737, 107754, 107772, 107779, 107784, 107795, 107811, 107821, 107836, 107842, 107849, 107861, 107866, 107870, 107875, 107881, 107891, 107896, 107903, 107918, 107923, 107927, 107936, 107944, 107949, 107954, 107960, 107967, 107976, 107992, 108003, 108012, 108026, 108040, 108048, 108060, 108068, 108076, 108085, 108093, 108102, 108117, 108127, 108138, 108150, 108158, 108164, 108174, 108192, 108207, 108217, 108228, 108240, 108248, 108257, 108271, 108281, 108291, 108302, 108313, 108324, 108335, 108343, 108349, 108357, 108366, 108376, 108384, 108398, 108415, 108424, 108436, 108444, 108451, 108463, 108476, 108486, 108501, 108510, 108522, 108537, 108548, 108563, 108575, 108597, 108617, 108631, 108644, 108655, 108676, 108695, 108707, 108722, 108733, 108748, 108757, 108767, 108782, 108790, 108798, 108806, 108818, 108829, 108835, 108843, 108856, 108865, 108879, 108885, 108892, 108900, 108913, 108922, 108931, 108942, 108953, 108965, 108977, 108997, 109014, 109032, 109057, 109077, 109101, 109121, 109132, 109143, 109148, 109162, 109172, 109181, 109191, 109200, 109212, 109218, 109225, 109230, 109235, 109243, 109246, 109256, 109267, 109282, 109290, 109311, 109335, 109355, 109375, 109385, 109393, 109407, 109418, 109429, 109435, 109446, 109458, 109473, 109492, 109517, 109545, 109569, 109593, 109607, 109625, 109635, 109651, 109665, 109687, 109700, 109712, 109724, 109733, 109741, 109751, 109769, 109781, 109790, 109793, 109801, 109808, 109815, 109833, 109850, 109867, 109876, 109884, 109892, 109901, 109905, 109920, 109934, 109948, 109960, 109970, 109983, 109995, 110009, 110021, 110031, 110045, 110057, 110071, 110083, 110094, 110110, 110124, 110138, 110148, 110157, 110167, 110180, 110191, 110204, 110219, 110232, 110243, 110258, 110271, 110286, 110299, 110311, 110328, 110343, 110358, 110369, 110381, 110392, 110396, 110404, 110410, 110429, 110442, 110449, 110457, 110476, 110497, 110515, 110524, 110535, 110543, 110552, 110566, 110578, 110590, 110595, 110601, 110620, 110632, 110643, 110651, 110667, 110683, 110698, 110711, 110727, 110738, 110748, 110761, 110774, 110790, 110805, 110817, 110831, 110845, 110858, 110872, 110883, 110894, 110906, 110917, 110931, 110944, 110954, 110962, 110980, 110997, 111009, 111018, 111026, 111038, 111050, 111054, 111067, 111082, 111097, 111111, 111126, 111138, 111151, 111163, 111177, 111182, 111190, 111199, 111206, 111216, 111234, 111251, 111269, 111286, 111304, 111326, 111335, 111345, 111353, 111366, 111385, 111405, 111424, 111444, 111468, 111480, 111494, 111503, 111514, 111528, 111540, 111553, 111568, 111582, 111595, 111609, 111619, 111627, 111636, 111649, 111654, 111668, 111683, 111694, 111700, 111711, 111721, 111724, 111730, 111747, 111761, 111774, 111789, 111806, 111820, 111840, 111845, 111852, 111868, 111880, 111893, 111897, 111902, 111909, 111919, 111936, 111948, 111962, 111978, 111993, 112006, 112013, 112021, 112033, 112046, 112066, 112081, 112098, 112117, 112135, 112151, 112164, 112184, 112199, 112216, 112235, 112253, 112269, 112279, 112286, 112294, 112308, 112326, 112335, 112352, 112364, 112383, 112397, 112413, 112431, 112448, 112463, 112473, 112493, 112510, 112530, 112551, 112567, 112589, 112604, 112612, 112625, 112637, 112659, 112677, 112696, 112718, 112736, 112755, 112779, 112796, 112807, 112825, 112841, 112860, 112878, 112894, 112915, 112929, 112949, 112965, 112983, 112997, 113014, 113029, 113041, 113059, 113077, 113091, 113109, 113125, 113136, 113150, 113162, 113173, 113188, 113206, 113230, 113256, 113282, 113303, 113315, 113329, 113343, 113360, 113377, 113391, 113411, 113424, 113444, 113462, 113473, 113489, 113506, 113521, 113538, 113550, 113568, 113588, 113606, 113623, 113640, 113660, 113672, 113680, 113689, 113699, 113710, 113719, 113736, 113748, 113758, 113763, 113769, 113775, 113780, 113787, 113798, 113805, 113813, 113827, 113840, 113853, 113868, 113895, 113910, 113924, 113948, 113971, 113985, 113997, 114008, 114026, 114043, 114066, 114084, 114103, 114119, 114141, 114164, 114184, 114208, 114228, 114248, 114269, 114285, 114298, 114312, 114333, 114355, 114369, 114385, 114402, 114413, 114422, 114444, 114463, 114485, 114514, 114546, 114572, 114603, 114628, 114659, 114689, 114716, 114746, 114766, 114783, 114803, 114830, 114860, 114884, 114913, 114936, 114965, 114993, 115018, 115046, 115056, 115063, 115071, 115084, 115092, 115101, 115115, 115134, 115158, 115181, 115189, 115198, 115206, 115219, 115229, 115244, 115260, 115270, 115285, 115298, 115309, 115320, 115329, 115344, 115362, 115375, 115388, 115403, 115417, 115430, 115439, 115456, 115465, 115471, 115478, 115491, 115505, 115531, 115554, 115576, 115587, 115609, 115626, 115644, 115659, 115678, 115698, 115713, 115726, 115738, 115754, 115765, 115777, 115787, 115806, 115826, 115843, 115866, 115890, 115911, 115936, 115957, 115964, 115972, 115981, 115988, 115996, 116005, 116019, 116034, 116052, 116065, 116077, 116095, 116114, 116130, 116152, 116175, 116195, 116219, 116239, 116248, 116258, 116263, 116275, 116285, 116296, 116321, 116341, 116360, 116376, 116391, 116420, 116444, 116467, 116487, 116498, 116516, 116528, 116541, 116555, 116570, 116586, 116598, 116611, 116625, 116635, 116651, 116661, 116670, 116680, 116693, 116706, 116720, 116730, 116739, 116752, 116767, 116779, 116789, 116800, 116812, 116826, 116838, 116857, 116875, 116896, 116920, 116943, 116965, 116977, 116987, 117003, 117016, 117032, 117037, 117043, 117055, 117068, 117093, 117115, 117136, 117146, 117162, 117177, 117198, 117214, 117231, 117245, 117263, 117281, 117300, 117314, 117326, 117332, 117343, 117359, 117380, 117400, 117405, 117422, 117431, 117438, 117443, 117454, 117457, 117475, 117495, 117515, 117531, 117542, 117554, 117568, 117591, 117612, 117645, 117659, 117673, 117691, 117703, 117726, 117745, 117759, 117771, 117783, 117793, 117803, 117813, 117827, 117845, 117857, 117863, 117869, 117875, 117881, 117887, 117893, 117899, 117905, 117911, 117917, 117923, 117929, 117935, 117941, 117947],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[41, 453, 1428, 1431, 1507, 2721, 3187, 3736, 3737, 4052, 4059, 4073, 4081, 4083, 4146]), Anchor::All(&[Anchor::Lits(&[4224, 4637, 4821, 4928, 4991, 4995, 4997, 5000, 5002, 5004, 5049, 5061, 5066, 5088, 5109, 5163, 5170, 5182, 5187, 5209, 5230, 5509, 5511, 5561, 5804, 5807, 5811, 5814, 6133, 6348, 6384, 6402, 6431, 6462, 6464, 6486, 6612, 6670, 6775, 6779, 6782, 6784, 6859, 6861, 6863, 7033, 7052, 7347, 7395, 7432, 7554, 7558, 7559, 7561, 7563, 7565, 7639, 8070, 8072, 8096, 8169]), Anchor::Lits(&[4729, 4777, 4803, 4967, 4969, 5591, 5595, 5603, 5605, 5917, 6144, 7002, 7005, 7194, 7266, 7287, 7619, 8102])]), Anchor::All(&[Anchor::Lits(&[4224, 4637, 4821, 4928, 4991, 4995, 4997, 5000, 5002, 5004, 5049, 5061, 5066, 5088, 5109, 5163, 5170, 5182, 5187, 5209, 5230, 5509, 5511, 5561, 5804, 5807, 5811, 5814, 6133, 6348, 6384, 6402, 6431, 6462, 6464, 6486, 6612, 6670, 6775, 6779, 6782, 6784, 6859, 6861, 6863, 7033, 7052, 7347, 7395, 7432, 7554, 7558, 7559, 7561, 7563, 7565, 7639, 8070, 8072, 8096, 8169]), Anchor::Lits(&[4729, 4777, 4806, 4826, 4905, 4967, 4974, 5317, 5595, 5603, 5607, 5868, 5906, 5922, 6221, 6745, 7002, 7005, 7174, 7270, 7287, 7545, 7619, 7664, 7716, 7953, 8102])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[496, 623, 730, 743, 750, 898, 899, 902, 1250, 1366, 1586, 1595, 1697, 1918, 1923, 2144, 2168, 2169, 2170, 2427, 2492, 2628, 2656, 2664, 2681, 2878, 2879, 2890, 2964, 3350, 3352, 3354, 3393, 3401, 4044, 4050, 4052, 4055, 4068, 4071, 4081, 4146, 4730, 4778, 4968, 4970, 4975, 5592, 5596, 5604, 5606, 5608, 5918, 5923, 7003, 7006, 7013, 7271, 7288, 7620, 7621, 8103]), Anchor::All(&[Anchor::Lits(&[4729, 4777, 4967, 4969, 5591, 5595, 5603, 5605, 5917, 7002, 7005, 7270, 7287, 7619, 8102]), Anchor::Lits(&[4330, 4412, 5306, 8683])]), Anchor::All(&[Anchor::Lits(&[4224, 4637, 4821, 4928, 4991, 4995, 4997, 5000, 5002, 5004, 5049, 5061, 5066, 5088, 5109, 5163, 5170, 5182, 5187, 5209, 5230, 5509, 5511, 5561, 5804, 5807, 5811, 5814, 6133, 6348, 6384, 6402, 6431, 6462, 6464, 6486, 6612, 6670, 6775, 6779, 6782, 6784, 6859, 6861, 6863, 7033, 7052, 7347, 7395, 7432, 7554, 7558, 7559, 7561, 7563, 7565, 7639, 8070, 8072, 8096, 8169]), Anchor::Lits(&[4725, 4969, 5593, 5605, 5917, 6143, 7005, 7193, 7266, 7286, 7292])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[742, 1550, 1551, 1552, 1732, 1733, 1743, 1744, 1922, 2627, 2629, 2719, 2887, 2946, 2947, 2948, 4086, 4090, 4093, 4095, 4097, 4100, 4106, 4111, 4115, 4128, 4138]), Anchor::All(&[Anchor::Lits(&[4729, 4974, 6231, 6745]), Anchor::Lits(&[4085])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[4227, 4584, 5259, 5853, 5862, 6122, 6977, 6989, 7447, 8195, 8197, 8540, 8602, 8603, 8606, 8612, 8666, 8667, 8682, 8755]), Anchor::Lits(&[4330, 4417, 5318, 8356, 8378])])),
            (4, "override-the-above", Anchor::Lits(&[42, 454, 2662, 2680])),
            (5, "override-bare-instructions", Anchor::Lits(&[511, 938, 1403, 1643, 2247, 2277, 2521, 2569, 3294, 3296])),
            (6, "override-previous-loosely", Anchor::Lits(&[5807, 7210])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[4225, 4226, 4341, 4638, 4822, 4929, 4992, 4996, 4998, 5001, 5003, 5005, 5062, 5067, 5089, 5164, 5183, 5188, 5210, 5510, 5512, 5562, 5805, 5808, 5812, 5815, 6349, 6385, 6403, 6432, 6463, 6465, 6487, 6613, 6649, 6689, 6776, 6780, 6783, 6785, 6860, 6862, 6864, 7034, 7053, 7348, 7396, 7433, 7555, 7560, 7562, 7564, 7566, 8071, 8073, 8097, 8170]), Anchor::All(&[Anchor::Lits(&[4224, 4637, 4821, 4928, 4991, 4995, 4997, 5000, 5002, 5004, 5049, 5061, 5066, 5088, 5109, 5163, 5170, 5182, 5187, 5209, 5230, 5509, 5511, 5561, 5804, 5807, 5811, 5814, 6133, 6348, 6384, 6402, 6431, 6462, 6464, 6486, 6612, 6670, 6775, 6779, 6782, 6784, 6859, 6861, 6863, 7033, 7052, 7347, 7395, 7432, 7554, 7558, 7559, 7561, 7563, 7565, 7639, 8070, 8072, 8096, 8169]), Anchor::Lits(&[639, 684, 754, 773, 907, 1514, 1635, 1703, 2148, 2382, 2483, 2600, 2706, 3390])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[259, 479, 480, 482, 484, 740, 741, 765, 770, 1401, 1402, 1529, 1531, 1857, 1858, 1913, 1924, 2675, 2676, 2884, 2891, 3000, 3005, 3306, 3307, 3386, 3646])),
            (9, "override-everything-then-order", Anchor::Lits(&[938, 1403, 1643, 2247, 2277, 3014])),
            (10, "hijack-the-content", Anchor::Lits(&[5000, 5509, 5807, 7432])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[4730, 4778, 4804, 4968, 4970, 4975, 5592, 5596, 5604, 5606, 5608, 5918, 5923, 6145, 7003, 7006, 7013, 7195, 7267, 7271, 7288, 7620, 7621, 8103]), Anchor::Any(&[Anchor::Lits(&[4461, 4462, 5031, 5076, 5129, 5131, 5133, 5135, 5140, 5197, 5943, 5944, 6459, 6460, 6461, 6466, 6467]), Anchor::All(&[Anchor::Lits(&[29, 30, 84, 560, 561, 860, 875, 924, 1218, 1241, 1306, 1344, 1345, 1523, 1656, 1765, 1787, 1881, 1909, 2307, 2310, 2345, 2349, 2352, 2353, 2355, 2379, 2387, 2392, 2479, 2503, 2513, 2793, 2841, 2847, 2868, 2870, 2904, 2915, 3314, 3320, 3334, 3808, 3947, 3957, 4031]), Anchor::Lits(&[4459, 5579, 5614, 5622, 5627, 5938, 6260, 7399, 7406, 8346, 8408])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[440, 559, 562, 1565, 1571, 1766, 1767, 2507, 2508, 2521, 2523, 2525, 2526, 2846, 2848, 3319, 3321, 3365, 3367, 3689, 3690, 3945]), Anchor::Lits(&[4725, 4814, 4969, 5603, 5917, 6216, 6234, 6742, 6921, 6928, 7005, 7270])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[4042, 4048, 4053, 4056, 4080, 4145]), Anchor::All(&[Anchor::Lits(&[38, 39, 78, 79, 701, 702, 1391, 1393, 1602, 1604, 1935, 1936, 2380, 2381, 2871, 2872, 3286, 3287]), Anchor::Lits(&[4729, 4777, 4803, 4884, 4949, 4967, 4969, 5591, 5595, 5603, 5605, 5917, 6144, 6184, 6729, 6788, 7002, 7005, 7194, 7266, 7287, 7619, 8101, 8102])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1289, 1290, 1291, 1292, 1838, 1839, 1842, 1848, 2433, 2434, 2437, 2443, 3222, 3223, 3224, 3225, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4257, 4263, 4264, 4386, 4387, 4392, 4404, 4405, 4406, 4407, 4586, 4587, 4590, 4591, 4592, 4737, 4738, 4739, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749, 4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4763, 4766, 4769, 4772, 4774, 4794, 4795, 4797, 4799, 4817, 4818, 4819, 4853, 4854, 4855, 4856, 4922, 4923, 4924, 4925, 4951, 4952, 4953, 4955, 4956, 4957, 4958, 5260, 5261, 5262, 5263, 5264, 5265, 5266, 5384, 5385, 5386, 5387, 5388, 5389, 5468, 5469, 5470, 5472, 5473, 5474, 5475, 5479, 5481, 5482, 5483, 5538, 5540, 5639, 5640, 5641, 5642, 5643, 5644, 5645, 5863, 6066, 6070, 6073, 6077, 6081, 6082, 6153, 6154, 6155, 6156, 6616, 6617, 6618, 6619, 6621, 6622, 6623, 6624, 6625, 6626, 6627, 6628, 6629, 6630, 6632, 6635, 6638, 6641, 6643, 6699, 6701, 6704, 6707, 6711, 6712, 6754, 6755, 6756, 6757, 6758, 6759, 6760, 6958, 6959, 6960, 6970, 6971, 6972, 6973, 6974, 6975, 6976, 6982, 6983, 6984, 6985, 6986, 6987, 6988, 7102, 7103, 7105, 7107, 7185, 7186, 7187, 7448, 7510, 7511, 7512, 7513, 7514, 7515, 7616, 7618, 7619, 7622, 7625, 7626, 7628, 7634, 7635, 7636, 7637, 7641, 7642, 7643, 7644, 8113, 8114, 8120, 8126, 8650, 8670])),
            (15, "permission-to-ignore", Anchor::Lits(&[4621, 4637, 4704, 4985, 5000, 5303, 5509, 5807, 6779, 7432, 8304])),
            (16, "deceive-the-user", Anchor::Lits(&[4637, 5000, 5030, 5070, 5071, 5077, 5086, 5098, 5104, 5139, 5191, 5192, 5198, 5207, 5219, 5225, 5509, 5647, 5649, 5651, 5656, 5807, 6360, 6389, 6390, 6395, 6406, 6419, 6426, 6779, 8461])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[4328, 4331, 4439, 4440, 4441, 4446, 4448, 4449, 4450, 4451, 4540, 4542, 4543, 4544, 4619, 4675, 4696, 4703, 4729, 4777, 4784, 4787, 4788, 4792, 4803, 4848, 4850, 4967, 4969, 5286, 5301, 5307, 5459, 5589, 5591, 5593, 5602, 5603, 5605, 5733, 5740, 5899, 5900, 5901, 5902, 5904, 5905, 5917, 6144, 6148, 6246, 6251, 6921, 6928, 6978, 7002, 7005, 7014, 7076, 7092, 7100, 7194, 7214, 7215, 7270, 7286, 7289, 7322, 7323, 7324, 7361, 7367, 7368, 7369, 7370, 7371, 7373, 7619, 7864, 8102, 8127, 8696]), Anchor::Lits(&[338, 426, 467, 2393, 2418, 2419, 2421, 3615])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[3951, 3956, 4602, 4714, 4715, 5528, 5529, 5536, 7632]), Anchor::All(&[Anchor::Lits(&[4729, 4777, 4814, 4967, 4969, 5591, 5595, 5603, 5605, 5779, 5917, 6204, 6205, 6887, 7002, 7005, 7194, 7270, 7287, 7619, 8102]), Anchor::Lits(&[4716, 4719, 4931, 5234, 5287, 5288, 5477, 6786, 7026, 7126, 7130, 7132, 7176, 7181, 7220, 8169, 8413, 8414])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[97, 98, 99, 100, 2406, 2407, 2420, 2428, 3568, 3570, 3614, 3634, 3949, 3950, 3953, 3955])),
            (20, "override-what-makers-said", Anchor::Lits(&[7779, 7846, 7857, 7871, 7877, 7878, 7882, 7899, 7900, 7916, 8685, 8698, 8700, 8706, 8712, 8714, 8717, 8724, 8725, 8730])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[908, 910, 1737, 2186, 2190, 2485, 2631, 2951]), Anchor::All(&[Anchor::Lits(&[8540, 8605, 8634, 8665, 8667, 8736, 8754]), Anchor::Lits(&[4776, 5412, 5524, 5610, 6052, 6139, 6777, 7089, 7155, 7179, 7219, 8175])]), Anchor::All(&[Anchor::Lits(&[5551, 5552, 5566, 5567, 6062, 6063, 6232, 6233, 7027, 7028, 7084, 7085, 7230, 7231]), Anchor::Lits(&[8683])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[286, 294, 295, 307, 308, 309, 318, 319, 321, 322, 324, 325, 332, 337, 4053, 4058, 4078, 4080, 4145])),
            (23, "nothing-is-real", Anchor::Lits(&[238, 732, 2293, 2337, 2363, 2364, 2365, 2366, 2950])),
            (24, "declined-now-allowed", Anchor::Lits(&[4565, 4607, 4851, 4852, 4913, 4938, 4989, 5505, 5506, 7004, 7101, 7119, 7191, 8531, 8532])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[743, 1544, 1553, 1735, 1918, 1923, 2219, 2628, 2630, 2890, 2949, 4042, 4053, 4054, 4058, 4061, 4062, 4064, 4080, 4140, 4145, 4493, 7935]), Anchor::All(&[Anchor::Lits(&[743, 1553, 1735, 2628, 2630, 2890, 2949, 3355]), Anchor::Lits(&[8683])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[47, 699, 833, 1530, 1989, 2627, 2629, 2689, 2961, 3029])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[361, 362, 363, 364, 501, 502, 712, 755, 774, 909, 1447, 1448, 1450, 1459, 1460, 1461, 1472, 1507, 1730, 1943, 2136, 2704, 2705, 2706, 3093, 3259, 3394, 3645, 4052, 4057, 4073, 4077, 4078, 4079, 4144, 4417, 4796, 4798, 5318, 5482, 6155, 6629, 7104, 7106, 7178, 7180, 7638, 7647, 8119, 8124, 8205, 8208, 8214, 8216, 8217, 8219, 8220, 8235, 8236, 8237, 8240, 8378, 8709, 8710, 8731]), Anchor::All(&[Anchor::Lits(&[502, 708, 742, 909, 1543, 1548, 1552, 1734, 2483, 2627, 2629, 2705, 2706, 2889, 2948, 3097, 3669]), Anchor::Lits(&[7785, 7817, 7844, 7874, 8204])]), Anchor::All(&[Anchor::Lits(&[502, 742, 909, 1548, 1552, 1734, 2483, 2705, 2706, 2948]), Anchor::Lits(&[4949, 5637, 7541, 7543, 7613])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[42, 79, 260, 444, 702, 708, 742, 772, 909, 1195, 1393, 1417, 1548, 1552, 1603, 1605, 1734, 1812, 1922, 2381, 2627, 2872, 2889, 2948, 3097, 3491, 3505, 3548, 4438, 4493, 4494, 4495, 4496, 5595, 5946, 6728, 6771, 6778, 7131, 7287, 7290, 7595, 7648, 8128]), Anchor::All(&[Anchor::Lits(&[486, 493, 711, 1506, 1942, 2469, 2955, 3092, 3258, 3323, 3324, 4019]), Anchor::Lits(&[4041])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[4780, 4781, 4804, 4815, 4968, 4975, 5471, 5596, 5608, 5880, 5881, 5890, 5920, 5923, 6888, 6922, 6953, 7003, 7006, 7013, 7195, 7271, 7398, 7620, 7621, 8103]), Anchor::Lits(&[4085])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[4781, 4968, 4975, 5608, 5923, 6217, 6222, 6953, 7006, 7013, 7271, 7398, 7717]), Anchor::Lits(&[4286, 4779, 4950, 5638, 5879, 5935, 6223, 6725, 6753, 6948, 6991, 7083, 7351, 7542, 7614, 8146, 8303])])),
            (31, "what-others-told-you", Anchor::Lits(&[42, 342, 343, 344, 345, 444, 1469, 1470, 1471, 1472, 1502, 1503, 1504, 1505, 1727, 1728, 1729, 1730, 2687, 2701, 2702, 2703, 2704, 2738, 2739, 2740, 2741, 2969, 2970, 2971, 2972, 3052, 3053, 3054, 3055, 3373, 3374, 3375, 3376, 3382, 3383, 3384, 3385, 3642, 3643, 3644, 3645, 4024, 4025, 4027, 4028, 4032, 4033, 4034, 4035])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[280, 905, 1013, 1559, 1573, 3832, 3841, 5861, 5908, 8357, 8359, 8361, 8370, 8376, 8379])),
            (33, "reveal-given-instructions", Anchor::Lits(&[41, 107, 360, 443, 1194, 1400, 1676, 1764, 2686, 3633, 3842, 3954, 4042, 4053, 4058, 4080, 4145, 4593, 5539, 5581, 5861, 5908, 6650, 7721, 8564, 8600, 8607, 8618, 8631, 8649, 8652, 8668, 8671, 8750, 8756])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[41, 359, 360, 446, 447, 448, 452, 453, 1444, 1457, 1677, 2660, 2688, 3187, 4060, 4073, 4081, 4147]), Anchor::All(&[Anchor::Lits(&[754, 773, 1699, 1703, 1734, 2659, 2706, 3390, 4016]), Anchor::Lits(&[42, 1195, 1386, 1582, 1695, 2491, 2661, 2678, 2685])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[457, 458, 459, 3257, 3261, 3262])),
            (36, "reveal-context-contents", Anchor::Lits(&[641, 773, 2002, 2388, 2391, 3062, 3670, 4808, 4813, 4814, 4845, 5922, 6952, 7005, 7619, 7719, 8528, 8529])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[8684, 8697, 8701, 8703, 8704, 8705, 8708, 8711, 8713, 8715, 8716, 8719, 8721, 8722, 8723, 8732, 8734])),
            (38, "complete-the-leak", Anchor::Lits(&[5752, 5754, 5755, 5757, 5758, 5760, 5761, 5762, 5764, 5765, 5768, 5769, 5770, 5771, 5772, 5773, 5774, 5775, 5776, 5777, 6262, 6263, 6264, 6265, 6266, 6267, 6268, 6269, 6270, 6271, 6272, 6273, 6274, 6275, 6276, 6277, 6278, 6279, 6280, 6281, 6282, 6283, 6284, 6285, 6286, 6287, 6288, 6289, 6290, 6291, 6292, 6293, 6294, 6295, 6296, 6297, 6299, 6300, 6301, 6302, 6303, 6304, 6305, 6306, 6307, 6308, 6309, 6310, 6311, 6312, 6313, 6314, 6315, 6316, 6317, 6318, 6319, 6320, 6321, 6322, 6323, 6324, 6325, 6326, 6327, 6328, 6329, 6330, 6331, 6332, 6333, 6334, 7879, 7880, 7896, 7897, 7898, 7901, 7902, 7903, 7904, 8542, 8543, 8546, 8547, 8550, 8552, 8726, 8727, 8728, 8729])),
            (39, "what-you-must-not-say", Anchor::Lits(&[4505, 5507, 5915, 6423, 6585, 6586, 6587, 6588, 7001, 7004, 7192, 8093, 8100])),
            (40, "reveal-initialization", Anchor::Lits(&[5871, 5872, 5873, 5874, 5875, 5876, 5877, 5878, 5882, 5883, 5884, 5885, 5886, 5887, 5888, 5889, 5891, 5892, 5893, 5894, 5895, 5896, 5897, 5898])),
            (41, "forged-own-instructions", Anchor::Lits(&[4087, 4089, 4091, 4094, 4098, 4103, 4104, 4108, 4110, 4112, 4114, 4119, 4120, 4122, 4125, 4129, 4130, 4133, 4139])),
            (42, "follow-what-it-says", Anchor::Lits(&[192, 193, 194, 197, 198, 207, 208, 311, 312, 313, 314, 315, 316, 3495, 3496, 3497, 3500, 3501, 3502, 3503, 3845, 3846, 3847, 3848, 3849, 3850, 3853, 3854, 3855, 3856, 3857, 3858])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4963, 5121, 7780, 7812, 7873, 7956, 7991, 8000, 8029, 8567, 8569, 8572, 8601, 8604, 8610, 8615, 8662, 8668, 8686, 8691, 8707]), Anchor::All(&[Anchor::Lits(&[706, 721, 754, 809, 1231, 1734, 1863, 1996, 2002, 2699, 2706, 2956, 3060, 3062, 3095, 3097, 3647, 3789]), Anchor::Lits(&[8204])]), Anchor::All(&[Anchor::Lits(&[392, 710, 720, 1950, 2954, 3771]), Anchor::Lits(&[4464, 8539, 8633, 8735])])]), Anchor::Lits(&[707, 709, 722, 729, 755, 810, 1232, 1238, 1735, 1864, 1997, 2003, 2700, 2707, 2957, 3061, 3063, 3096, 3098, 3648, 3649, 3790, 4465, 4466, 4467, 4468, 4469, 4470, 7781, 7782, 7783, 7784, 7813, 7814, 7815, 7816, 7957, 7958, 7959, 7960, 7961, 7962, 7963, 7964, 7992, 7993, 7994, 7995, 7996, 7997, 7998, 7999, 8001, 8002, 8003, 8004, 8005, 8006, 8007, 8008, 8545, 8548, 8549, 8555, 8565, 8568, 8570, 8573, 8602, 8605, 8611, 8616, 8637, 8638, 8639, 8641, 8646, 8648, 8663, 8664, 8669, 8687, 8688, 8689, 8690, 8692, 8693, 8694, 8695, 8739, 8740, 8741, 8745, 8751, 8753])])),
            (44, "developer-message-requested", Anchor::Lits(&[42, 444, 900, 1440, 1596, 1698, 1735, 3056, 3353, 3355, 4046, 4047, 4053, 4074, 4076, 4082, 7869, 7885, 8358, 8360, 8362, 8363, 8364, 8365, 8366, 8367, 8368, 8371, 8372, 8373, 8374, 8375, 8377, 8702, 8720])),
            (45, "agents-environment-requested", Anchor::Lits(&[7786, 7787, 7788, 7789, 7790, 7791, 7792, 7793, 7794, 7795, 7796, 7797, 7798, 7799, 7800, 7801, 7802, 7803, 7804, 7805, 7806, 7807, 7808, 7809, 7810, 7811, 7818, 7819, 7820, 7821, 7822, 7823, 7824, 7825, 7826, 7827, 7828, 7829, 7830, 7831, 7832, 7833, 7834, 7835, 7836, 7837, 7838, 7839, 7840, 7841, 7842, 7843, 7965, 7966, 7967, 7968, 7969, 7970, 7971, 7972, 7973, 7974, 7975, 7976, 7977, 7978, 7979, 7980, 7981, 7982, 7983, 7984, 7985, 7986, 7987, 7988, 7989, 7990, 8206, 8207, 8209, 8210, 8211, 8212, 8213, 8215, 8218, 8221, 8222, 8223, 8224, 8225, 8226, 8227, 8228, 8229, 8230, 8231, 8232, 8233, 8234, 8238, 8239, 8241])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[377, 397, 469, 494, 670, 698, 713, 766, 771, 805, 841, 891, 1252, 1440, 1458, 1473, 1974, 1975, 1978, 1979, 1980, 2375, 2376, 2377, 2383, 2384, 2482, 2530, 2534, 2695, 2704, 2798, 2866, 3094, 3348, 3349, 3351, 3352, 3354, 3356, 3389, 3668, 4029, 4036, 4092, 4101, 4102, 4107, 4121, 4124, 4504, 4972, 5753, 5756, 5759, 5818, 5819, 5820, 5926, 6219, 6590, 6748, 6772, 6778, 6781, 7595, 7645, 7648, 8028, 8198, 8527, 8538, 8571, 8623, 8624, 8626, 8627, 8628, 8629, 8630, 8651, 8653, 8681, 8684, 8699, 8709, 8710, 8718, 8719, 8731, 8733]), Anchor::All(&[Anchor::Lits(&[4975, 5923, 6746, 7003]), Anchor::Lits(&[8683])]), Anchor::All(&[Anchor::Lits(&[277, 1795]), Anchor::Lits(&[8683])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1294, 1870, 1871, 2620, 2621, 2852, 2875, 2953, 3836, 3838, 4043, 4067, 4069])),
            (54, "authority-override", Anchor::Lits(&[48, 2151, 2153, 2161, 2520])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[67, 487, 1214, 1220, 1226, 1700, 2611, 2742, 3260, 3340, 3341]), Anchor::All(&[Anchor::Lits(&[8540, 8606, 8614, 8634, 8672, 8736]), Anchor::Lits(&[2149])])])),
            (58, "address-the-model", Anchor::Lits(&[188, 189, 1693, 2537, 2697, 2784, 3039, 3315, 3316, 5801, 6202, 6203, 6218, 6220, 6589, 6591, 6607, 6608, 7020, 7021, 7122, 7123, 8312, 8313])),
            (59, "capability-declared-granted", Anchor::Lits(&[51, 53, 57, 80, 81, 82, 83, 510, 615, 896, 901, 1462, 1515, 1544, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1923, 1977, 2489, 2693, 2890, 2918, 2932, 3036, 3143, 3146, 3149, 3154, 3162, 3163, 3164, 3165, 3166, 3168, 3322, 3343, 3729, 3960, 3963, 3965, 3968, 3970, 3971, 4026, 4717, 6880, 6996, 7074, 7081, 8625])),
            (60, "unrestricted-mode", Anchor::Lits(&[2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2522, 4355, 4375, 4684, 4897, 4954, 4959, 5251, 5378, 5525, 5569, 5612, 6023, 6037, 6042, 6057, 6147, 6455, 6456, 6458, 6535, 6668, 6730, 7086, 7527, 7580, 8139, 8140, 8142, 8162, 8172, 8176, 8184, 8190])),
            (61, "dan-persona", Anchor::Lits(&[4254, 4255, 4256, 4258, 4259, 4260, 4261, 4262, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4317, 4321, 4322, 4507, 4511, 4512, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4608, 4612, 4613, 4688, 4689, 4690, 4896, 4898, 4899, 4900, 4901, 5026, 6235, 6239, 6240, 6889, 6890, 6891, 6911, 6912, 6913, 6914, 6915, 6916, 6917, 6918, 6961, 6962, 6963, 6964, 6965, 6966, 6967, 6968, 7234, 7235, 7236, 7237, 7238, 7239, 7240, 7241, 7245, 7246, 7247, 7248, 7249, 7250, 7251, 7252, 8299, 8300, 8301, 8541, 8544, 8551, 8556, 8557, 8558, 8559, 8560, 8561, 8562, 8563, 8566, 8635, 8636, 8640, 8642, 8643, 8644, 8645, 8647, 8654, 8655, 8656, 8657, 8658, 8659, 8660, 8661, 8673, 8674, 8675, 8676, 8677, 8678, 8679, 8680, 8737, 8738, 8742, 8746, 8747, 8748, 8749, 8752])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[222, 541, 1027, 2258, 3910, 4354, 4847, 4895, 4960, 5376, 5610, 5620, 5826, 6032, 6052, 6118, 6139, 6146, 6185, 6347, 6454, 6457, 6534, 6536, 7087, 7227, 7268, 7269, 8135, 8138, 8141, 8143, 8144, 8160, 8161, 8171, 8179, 8181, 8182, 8194, 8442, 8443, 8454, 8455, 8456, 8457, 8458, 8459, 8460, 8464, 8465, 8466, 8467, 8468, 8470, 8471, 8473, 8483, 8485, 8488, 8493, 8508, 8509]), Anchor::All(&[Anchor::Lits(&[500, 521, 940, 1041, 1042, 1078, 1079, 1563, 1657, 1794, 1802, 2234, 2259]), Anchor::Lits(&[7720, 8391, 8398])])]), Anchor::Lits(&[61, 63, 221, 438, 441, 456, 464, 465, 638, 682, 756, 1211, 1212, 1664, 2468, 2616, 2617, 2618, 2619, 2696, 2791, 2851, 2874, 2877, 2908, 2930, 2931, 3136, 3137, 3228, 3244, 3251, 3369, 3672, 3695, 4042, 4072, 4140])])),
            (63, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[46, 203, 509, 764, 1418, 1419, 2586, 2649, 2694, 2917, 3241, 3952, 3958, 4353, 4410, 5127, 5128, 5132, 6373, 6387, 6412, 6418, 6645, 6646, 6647, 7571]), Anchor::All(&[Anchor::Lits(&[500, 521, 940, 1031, 1041, 1042, 1045, 1068, 1078, 1079, 1082, 1404, 1563, 1657, 1793, 1794, 1801, 1802, 2234, 2235, 2241, 2259]), Anchor::Lits(&[3391, 3879, 3895])]), Anchor::All(&[Anchor::Lits(&[164, 1283, 1820, 3713, 3719, 3730]), Anchor::Lits(&[109, 349, 488, 637, 642, 2163, 2600, 3347, 3799])])])),
            (64, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[953, 2305, 2378, 4143, 5278, 5279, 7051, 7418, 7419, 7557]), Anchor::All(&[Anchor::Lits(&[539, 1874, 2202, 2285]), Anchor::Lits(&[4211, 4213, 4217, 4219, 4356, 4357, 4367, 4368, 4381])])])),
            (65, "no-restrictions", Anchor::Lits(&[4620, 4676, 4793, 4804, 4811, 5302, 5461, 5592, 5596, 5608, 6145, 6149, 6248, 6249, 6252, 6922, 6979, 7003, 7189, 7190, 7195, 7271, 7288, 7302, 7314])),
            (66, "rules-do-not-apply", Anchor::Lits(&[257, 258, 1301, 1395, 1396, 1397, 1398, 1399, 1400, 1993, 2422, 2423, 2424, 2425, 2426, 2427, 2514, 2515, 2516, 2517, 2518, 2519, 3621, 3622, 3628, 3629, 3630, 3633])),
            (67, "no-rules-apply", Anchor::Lits(&[6571, 7876, 7931, 7932, 7933, 7934, 7936, 7937, 7940, 7941])),
            (68, "freed-from-limits", Anchor::Lits(&[498, 499, 506, 1247, 1248, 1296, 1418, 1420, 1905, 2306, 2308, 2309, 2354, 2356, 2357, 2836, 3712, 3714, 3715, 3735])),
            (69, "respond-without-limits", Anchor::Lits(&[845, 846, 847, 848, 849, 850, 866, 867, 868, 869, 870, 871, 2808, 2809, 2810, 2811, 2812, 2813, 2827, 2828, 2829, 2830, 2831, 2832, 2991, 2992, 2993, 2994, 2995, 2996, 4352, 5521, 5814, 6448, 6452, 6453, 6470, 6471, 6532, 6533, 6537, 7108, 8441, 8453, 8461])),
            (70, "pre-safety-self", Anchor::Lits(&[2389, 4585])),
            (71, "stay-in-character", Anchor::Lits(&[958, 959, 981, 1106, 1107, 1129, 1856, 2220, 2221, 2243, 2837, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279])),
            (72, "jailbreak-template", Anchor::Lits(&[630, 2291, 2296, 2299, 2301, 2303, 2334, 2336, 2706, 2790, 3506, 3549, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 5829, 5830, 5831, 5832, 5833, 5834, 5835, 5837, 5838, 5839, 5840, 5841, 5842, 5843, 5844, 5845, 5846, 5847, 5848, 5849, 5850, 5854, 5855, 5856, 5857, 5858, 5859, 5860, 6250, 8295, 8415, 8416, 8417, 8418, 8419, 8420, 8421, 8425, 8426, 8427, 8428, 8429, 8430, 8431, 8432, 8433, 8434, 8435, 8436, 8437, 8438, 8446, 8447, 8448, 8449, 8450, 8451, 8452])),
            (73, "jailbreak", Anchor::Lits(&[4800, 4801, 5549, 5550, 5763, 5766, 5767, 6018, 6019, 6020, 6021, 6022, 6023, 6024, 6025, 6026, 6027, 6028, 6029, 6030, 6031, 6033, 6034, 6035, 6036, 6037, 6038, 6039, 6040, 6041, 6042, 6043, 6044, 6045, 6046, 6047, 6048, 6049, 6051, 6053, 6054, 6055, 6056, 6057, 6058, 6059, 6609, 6610, 6981, 7340, 8339, 8340, 8553, 8554, 8608, 8609, 8743, 8744, 8757, 8758])),
            (74, "evil-twin", Anchor::Lits(&[4088, 4096, 4099, 4103, 4105, 4109, 4113, 4122, 4125, 4127, 4131, 4132, 4134, 4135, 4136])),
            (75, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[62, 317, 336, 352, 1662, 1902, 2671, 3326]), Anchor::Lits(&[276, 281, 904, 906, 954, 1028, 1065, 1102, 1792, 1800, 2217, 2305, 3831, 3833, 3840, 3843])])),
            (76, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[838, 842, 874, 1884, 2547, 2973]), Anchor::Lits(&[156, 1188, 1260, 3749, 3896, 4021])])),
            (77, "simulated-privileged-shell", Anchor::Lits(&[4291, 4293, 4294, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 5543, 5544, 5545, 5546, 5547, 5548, 5568, 5570, 5571, 5572, 5573, 5574, 7253, 7254, 7255, 7256, 7257, 7258, 7579, 7581, 7582, 7583, 7584, 7585, 7596, 7597, 7598, 7599, 7600, 7601, 8183, 8185, 8186, 8187, 8188, 8189])),
            (78, "self-escalation", Anchor::Lits(&[911, 1819, 3440, 3444, 4116, 4117, 4118, 4141])),
            (79, "blind-execution", Anchor::Lits(&[237, 1278, 3852])),
            (80, "forbidden-becomes-required", Anchor::Lits(&[132, 133, 134, 137, 239, 240, 241, 242, 1279, 1280, 1281, 1282, 2478, 3860, 3861, 3862, 3863])),
            (81, "opposite-of-your-rules", Anchor::Lits(&[4049, 4051, 4066, 4075, 4084, 6731])),
            (82, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[733, 1240, 1632, 1662, 1667, 1668, 1669, 2607, 2671, 2988, 3326]), Anchor::Any(&[Anchor::Lits(&[222, 541, 1027, 2258, 3910, 4354, 4847, 4895, 4960, 5376, 5610, 5620, 5826, 6032, 6052, 6118, 6139, 6146, 6185, 6347, 6454, 6457, 6534, 6536, 7087, 7227, 7268, 7269, 8135, 8138, 8141, 8143, 8144, 8160, 8161, 8171, 8179, 8181, 8182, 8194, 8442, 8443, 8454, 8455, 8456, 8457, 8458, 8459, 8460, 8464, 8465, 8466, 8467, 8468, 8470, 8471, 8473, 8483, 8485, 8488, 8493, 8508, 8509]), Anchor::All(&[Anchor::Lits(&[500, 521, 940, 1041, 1042, 1078, 1079, 1563, 1657, 1794, 1802, 2234, 2259]), Anchor::Lits(&[7720, 8391, 8398])])]), Anchor::Lits(&[104, 105, 110, 111, 350, 351, 489, 492, 643, 644, 779, 1939, 1940, 2164, 2165, 3703, 3800])])),
            (83, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4624, 4626, 4627, 5292, 5404, 7547, 7548]), Anchor::All(&[Anchor::Lits(&[6120, 6121]), Anchor::Lits(&[808, 831, 1862, 2551, 3017, 3637])]), Anchor::All(&[Anchor::Lits(&[5253, 5254]), Anchor::Lits(&[4885, 6103, 6839, 7350, 8090])])]), Anchor::Lits(&[4253, 4275, 4385, 4569, 4573, 4588, 4589, 4592, 4687, 4724, 4816, 5276, 5277, 5827, 6727, 6907, 6908, 6909, 6910, 6997, 7088, 7136, 7184, 7188, 7209, 7233, 7244, 7416, 7417, 7522, 7530, 7536, 7651, 8106, 8131, 8540, 8634, 8736]), Anchor::Lits(&[3392, 3880, 3896])]), Anchor::All(&[Anchor::Lits(&[4537, 4600, 4601, 4866, 4889, 4994, 5377, 5520, 5611, 5613, 5909, 6186, 7228, 7285, 7341, 7523, 7952]), Anchor::Any(&[Anchor::Lits(&[4247, 4250, 4351, 4420, 4625, 4883, 4885, 4930, 4947, 4985, 5233, 5252, 5404, 5409, 5609, 6119, 6750, 6789, 6839, 6900, 6992, 7350, 7375, 7507, 7524, 7546, 8090, 8129, 8412]), Anchor::All(&[Anchor::Lits(&[5585]), Anchor::Lits(&[57, 119, 2489, 2531, 3036, 3343])]), Anchor::All(&[Anchor::Lits(&[4843, 5255, 5270, 5410, 5519, 6120, 6935, 7388, 8105, 8174, 8200]), Anchor::Lits(&[3572, 3574, 3588, 3592, 3594, 3595, 3597, 3612, 3613, 3616, 3623, 3626, 3631])])]), Anchor::Lits(&[4253, 4275, 4569, 4573, 6906, 6919, 7416, 8540, 8736])])])),
            (84, "third-party-permission", Anchor::All(&[Anchor::Lits(&[511, 653, 855, 915, 1170, 1251, 1293, 1299, 1308, 1534, 1643, 2521, 2840, 2952, 3140, 3338, 3692, 3696, 3724, 3946]), Anchor::Lits(&[143, 270, 341, 399, 401, 663, 862, 1305, 1468, 1506, 1535, 1711, 1726, 2208, 2398, 2481, 2484, 2593, 2867, 2968, 3003, 3131, 3641, 3823])])),
            (85, "privileged-identity", Anchor::Lits(&[152, 270, 399, 401, 663, 1198, 1213, 1535, 3726, 3893, 4042, 4072, 4140])),
            (86, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[3959, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4546, 4547, 4548, 4550, 4572, 4683, 4698, 4699, 4700, 4702, 5597, 5598, 5599, 5601, 5800, 5824, 6191, 6193, 6194, 6196, 6881, 6882, 6883, 6884, 6923, 6924, 6925, 6927, 7068, 7069, 7070, 7071, 7197, 7198, 7199, 7201, 7291, 7297, 7299, 7315, 7360, 7363, 7366, 7374, 7594, 7603, 7865, 7866, 7867, 7868, 8400, 8401, 8402, 8403, 8404, 8405, 8406]), Anchor::All(&[Anchor::Lits(&[4305, 5933, 7242, 7265, 7718]), Anchor::Lits(&[50, 57, 155, 250, 778, 804, 808, 856, 857, 858, 859, 916, 917, 918, 919, 920, 921, 922, 923, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1186, 1204, 1298, 1308, 1409, 1534, 1887, 2489, 2531, 2551, 2608, 2642, 2691, 3017, 3036, 3043, 3219, 3232, 3637, 3671, 3691, 3724, 3738])]), Anchor::All(&[Anchor::Lits(&[776, 1183, 1298, 1307, 1886, 3280, 3288, 3723]), Anchor::Lits(&[70, 1284, 2663, 2788, 3282, 4018])])])),
            (87, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[71, 1394, 1478, 2789, 4316, 4659, 4660, 5126, 5623, 5624, 5625, 5626, 5809, 5810, 5823, 6412, 6957, 7602, 8409]), Anchor::All(&[Anchor::Lits(&[520, 939, 1642, 2290, 2294, 2296, 2300, 2301, 2302, 2303, 2328, 2329, 2330, 2334, 2336, 2338, 2340, 2342, 3178, 6052, 8135, 8141, 8161, 8182]), Anchor::Lits(&[282])])])),
            (88, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[3339, 3366, 3699, 4316, 4518, 5751, 5823, 5836, 6362, 6412, 6415, 6957, 7602, 8369]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3339, 3366, 3699]), Anchor::All(&[Anchor::Lits(&[263, 264, 495, 742, 1249, 1362, 1543, 1917, 1922, 2528, 2627, 2629, 2889, 2948, 2960]), Anchor::Lits(&[5521, 6450, 8461, 8763])])]), Anchor::Lits(&[4252, 4383, 7135, 7183, 7521, 7650, 8534])]), Anchor::All(&[Anchor::Lits(&[263, 495, 742, 748, 1249, 1365, 1543, 1917, 1922, 2627, 2629, 2889, 2948, 2960]), Anchor::Lits(&[5521, 6450, 8463, 8763])])])),
            (89, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[262, 265, 496, 648, 715, 716, 1363, 1366, 1544, 1912, 1918, 1923, 2529, 2780, 2879, 2888, 2890, 2949]), Anchor::Lits(&[61, 438, 2615, 4042, 4045, 4072, 4140])])),
            (90, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1302, 2196, 2203, 2278, 2281, 2282, 2297, 2298, 2346, 2347]), Anchor::All(&[Anchor::Lits(&[1197, 1367, 1370, 1372, 1537, 1919, 1921, 2816, 2819, 2822, 2823, 2824, 2880, 2881, 2883, 2887, 2894]), Anchor::Lits(&[6654, 7325, 7381, 7389, 7420])])])),
            (91, "persona-whose-words-run", Anchor::Lits(&[4332, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4417, 5257, 5308, 5310, 5311, 5312, 5315, 5318, 8378])),
            (92, "persona-that-never-refuses", Anchor::All(&[Anchor::Lits(&[844, 1579, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2052, 2053, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2736, 2807, 2990, 3004, 3826]), Anchor::Lits(&[563, 589, 1028, 1065, 2217, 3912, 3983, 4022])])),
            (93, "persona-stripped-of-rules", Anchor::Any(&[Anchor::Lits(&[3569, 3573, 3590, 3591, 3632]), Anchor::All(&[Anchor::Lits(&[4451, 4619, 4674, 4697, 5301, 5460, 5595, 6148, 6251, 6921, 7194, 7270, 7289, 8314]), Anchor::Lits(&[4253, 4573, 4686, 5535, 5554, 6136, 6439, 6888, 6919, 6957, 7232, 7243, 8204, 8540, 8632, 8736])])])),
            (94, "disable-safety", Anchor::Lits(&[2980, 4225, 4331, 4341, 4414, 4439, 4440, 4441, 4446, 4447, 4448, 4449, 4450, 4451, 4540, 4542, 4543, 4544, 4622, 4623, 4638, 4640, 4675, 4696, 4703, 4705, 4706, 4784, 4786, 4787, 4788, 4807, 4809, 4810, 4812, 4848, 4850, 4909, 4910, 4927, 4986, 4988, 5001, 5003, 5286, 5291, 5293, 5296, 5297, 5298, 5299, 5300, 5301, 5304, 5305, 5307, 5316, 5462, 5510, 5512, 5523, 5556, 5557, 5558, 5589, 5591, 5593, 5602, 5733, 5740, 5808, 5815, 5899, 5900, 5901, 5902, 5903, 5904, 5905, 6050, 6142, 6246, 6251, 6355, 6356, 6649, 6780, 6783, 7009, 7076, 7092, 7100, 7196, 7214, 7215, 7286, 7292, 7293, 7294, 7295, 7296, 7300, 7301, 7303, 7304, 7305, 7306, 7307, 7308, 7309, 7310, 7311, 7312, 7313, 7322, 7323, 7324, 7361, 7362, 7367, 7368, 7369, 7370, 7371, 7372, 7373, 7407, 7408, 7578, 7608, 7610, 7611, 7652, 7864, 7917, 8127, 8133, 8134, 8147, 8530, 8696])),
            (95, "safety-declared-off", Anchor::Lits(&[4328, 4331, 4439, 4440, 4441, 4446, 4447, 4448, 4449, 4450, 4451, 4540, 4542, 4543, 4544, 4675, 4696, 4703, 4784, 4786, 4787, 4788, 4807, 4809, 4810, 4812, 4848, 4850, 5286, 5296, 5297, 5298, 5299, 5300, 5301, 5307, 5462, 5589, 5591, 5593, 5602, 5733, 5740, 5899, 5900, 5901, 5902, 5903, 5904, 5905, 6246, 6251, 7009, 7076, 7092, 7100, 7196, 7214, 7215, 7286, 7292, 7293, 7294, 7295, 7296, 7300, 7301, 7303, 7304, 7305, 7306, 7307, 7308, 7309, 7310, 7311, 7312, 7313, 7322, 7323, 7324, 7361, 7362, 7367, 7368, 7369, 7370, 7371, 7372, 7373, 7864, 8127, 8696])),
            (96, "skip-approval", Anchor::Lits(&[261, 714, 731, 2584, 2914, 3127, 3133, 3958, 4444, 5032, 5141, 6361, 6474, 7050, 7556, 8472, 8576, 8578, 8588, 8590])),
            (97, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[4912, 4914, 4921, 4940, 8191]), Anchor::All(&[Anchor::Lits(&[4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4426, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4664, 4665, 4666, 4667, 4668, 4669, 4670, 4671, 4672, 4673, 4740, 4762, 4764, 4765, 4767, 4768, 4770, 4771, 4773, 4775, 5111, 5112, 5113, 5114, 5115, 5116, 5117, 5118, 5119, 5120, 5390, 5391, 5392, 5393, 5394, 5395, 5396, 5397, 5398, 5399, 5480, 5484, 5485, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 6620, 6631, 6633, 6634, 6636, 6637, 6639, 6640, 6642, 6644, 6868, 6869, 6870, 6871, 6872, 6873, 6874, 6875, 6876, 6877, 7274, 7275, 7276, 7277, 7278, 7279, 7280, 7281, 7282, 7283]), Anchor::Lits(&[4912, 4914, 4921, 4940, 7211, 7259, 7260, 8107, 8168, 8191])])])),
            (98, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[3589, 3620, 3624, 3625, 4978, 7568, 8477, 8479, 8480, 8484, 8487, 8490, 8505, 8506, 8510, 8511, 8513, 8514, 8518, 8519, 8520, 8521, 8522, 8523]), Anchor::All(&[Anchor::Lits(&[646, 647, 655, 781, 1362, 1385, 1467, 1538, 2722, 2935, 2960, 2982, 3028]), Anchor::Lits(&[4556, 5027, 5136, 6357, 7432, 7553])])])),
            (99, "do-not-screen-input", Anchor::Lits(&[961, 962, 963, 968, 975, 994, 999, 1000, 1001, 1002, 1003, 1004, 1011, 1012, 1109, 1110, 1111, 1116, 1123, 1143, 1148, 1149, 1150, 1151, 1152, 1153, 1160, 1161, 2223, 2224, 2225, 2228, 2236, 2257, 2263, 2264, 2265, 2266, 2267, 2268, 2275, 2276, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 3144, 3145, 3147, 3148, 3150, 3153, 3155, 3156, 3157, 3158, 3159, 3160, 3169, 3170, 3290, 3291, 3292, 3293, 3295, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3961, 3962, 3964, 3966, 3967, 3969, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3979])),
            (100, "allowlist-this-prompt", Anchor::Lits(&[2185, 2187, 2188, 2189, 2192, 2193, 2194, 2195, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 3448, 3449, 3450, 3451, 3452, 3453, 3454, 3455, 3456, 3457, 3458, 3459, 3460, 3461, 3462, 3463, 3511, 3512, 3517, 3532, 3535, 3540, 3541, 3547, 4343, 4346, 5401, 8396, 8397])),
            (103, "unset-read-only", Anchor::Lits(&[1180, 1235, 2780, 2787, 2885, 2887, 2961, 2981, 3029])),
            (104, "stop-logging", Anchor::Lits(&[376, 1833, 1951, 2795, 2986, 3654, 4030])),
            (105, "self-approval", Anchor::Lits(&[4454, 7669, 7671, 7672, 7673, 7675, 7676, 7677, 7678, 7682, 7684, 7686, 7687, 7688, 7689, 7691, 7693, 7694, 7695, 7696, 7697, 7698, 7699, 7700, 7704, 7705, 7706, 7707, 7708, 7710, 7713])),
            (106, "execute-everything", Anchor::Lits(&[120, 121, 122, 126, 129, 131, 135, 237, 1256, 1257, 1258, 1262, 1265, 1267, 1274, 1278])),
            (107, "protection-mode-claim", Anchor::Lits(&[85, 139, 373, 515, 925, 1181, 1888, 1948, 2166, 2327, 2386, 2394, 2546, 2550, 2589, 2854, 3693, 3731])),
            (108, "approve-tool-calls", Anchor::Lits(&[267])),
            (110, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[142, 145, 146, 147, 148, 151, 262, 483, 508, 648, 656, 707, 709, 872, 1236, 1539, 1607, 1608, 1923, 2150, 2585, 2587, 2628, 2630, 2781, 2890, 2949, 3096, 3687, 3892]), Anchor::Lits(&[1818, 3441, 3464, 3486, 3510, 3542, 4085])])),
            (111, "tamper-with-named-controls", Anchor::Lits(&[4342, 4344, 4345, 4443, 4449, 4848, 5286, 5588, 5717, 5718, 5719, 5720, 5721, 5722, 5900, 6951, 7007, 7010, 7075, 7359, 7364, 8094, 8127])),
            (112, "authority-waives-controls", Anchor::Lits(&[138, 267, 1578, 1742, 2305, 2590, 4551, 4718, 4790, 4846, 5285, 5400, 6445, 6538, 6878, 6885, 6949, 6954, 7321, 7410, 7411, 7413, 7646, 7862, 7863, 8309])),
            (113, "vendor-orders-an-action", Anchor::Lits(&[1426, 1429, 1430, 1433, 1439, 1442, 1445, 1446, 1449, 1456, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3527])),
            (114, "run-data-as-code", Anchor::Lits(&[481, 1285, 1813, 1814, 1938, 3446, 3447, 3476, 3477, 3482, 3483, 3484, 3485, 3492, 3493, 3795, 3859, 4287, 5496, 5498, 7049, 7354, 7415, 8390])),
            (115, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2924, 2925, 2926, 2927, 2928, 2929]), Anchor::Lits(&[427, 657, 780, 783, 3185, 3231])])),
            (116, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[474, 542, 543, 544, 546, 547, 549, 555, 556, 564, 565, 566, 570, 571, 577, 585, 586, 590, 591, 592, 596, 597, 603, 611, 612, 960, 966, 969, 973, 976, 987, 1005, 1007, 1032, 1035, 1036, 1040, 1044, 1052, 1061, 1062, 1069, 1072, 1073, 1077, 1081, 1089, 1098, 1099, 1108, 1114, 1117, 1121, 1124, 1136, 1154, 1156, 2222, 2226, 2229, 2233, 2237, 2250, 2269, 2271, 3915, 3918, 3919, 3923, 3925, 3932, 3941, 3942, 3986, 3989, 3990, 3994, 3996, 4003, 4012, 4013, 4455, 4594, 5033, 5065, 5074, 5142, 5186, 5195, 5621, 6363, 6383, 6393, 6475, 6490, 6563, 7261, 7444, 7445, 7446, 7449, 7450, 7451, 7452, 7453, 7454, 7455, 7465, 7466, 7468, 7469, 7470, 7471, 7480, 7481, 7482, 7483, 7484, 7486, 7487, 7489, 7494, 7495, 7496, 7497, 7498, 7499, 7500, 7501, 7502, 7503, 7504, 7505, 8461]), Anchor::All(&[Anchor::Lits(&[5648, 5650, 5652, 5654, 5655]), Anchor::Lits(&[1424])]), Anchor::All(&[Anchor::Lits(&[115, 167, 261, 2914, 3127]), Anchor::Lits(&[7443])])])),
            (117, "evade-the-checks", Anchor::Lits(&[374, 428, 542, 543, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 564, 565, 569, 570, 571, 576, 577, 578, 581, 582, 583, 584, 585, 586, 588, 590, 591, 595, 596, 597, 602, 603, 604, 607, 608, 609, 610, 611, 612, 614, 960, 966, 972, 973, 976, 983, 987, 988, 991, 992, 993, 995, 1005, 1007, 1010, 1032, 1035, 1039, 1040, 1044, 1050, 1052, 1053, 1056, 1057, 1058, 1059, 1061, 1062, 1064, 1069, 1072, 1076, 1077, 1081, 1087, 1089, 1090, 1093, 1094, 1095, 1096, 1098, 1099, 1101, 1108, 1114, 1120, 1121, 1124, 1131, 1136, 1137, 1140, 1141, 1142, 1144, 1154, 1156, 1159, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1949, 2222, 2226, 2232, 2233, 2237, 2245, 2250, 2251, 2254, 2255, 2256, 2260, 2269, 2271, 2274, 2794, 3652, 3653, 3915, 3918, 3922, 3923, 3925, 3930, 3932, 3933, 3936, 3937, 3938, 3939, 3941, 3942, 3944, 3986, 3989, 3993, 3994, 3996, 4001, 4003, 4004, 4007, 4008, 4009, 4010, 4012, 4013, 4015, 5976, 6468, 7933, 7938, 7939, 7940, 8341, 8461, 8613])),
            (118, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[837, 924, 986, 1135, 1909, 2205, 2312, 2333, 2833, 2841, 2915, 3334, 3339, 3699, 3819, 3958, 4445, 4452, 4701, 4785, 4789, 4825, 4999, 5383, 5402, 5522, 5600, 5618, 6150, 6926, 7200, 7273, 8118, 8121, 8122, 8123, 8125, 8310]), Anchor::All(&[Anchor::Lits(&[511, 522, 653, 915, 926, 1295, 1297, 1481, 1494, 1908, 1910, 2521, 2524, 2525, 2527, 2840, 2844, 3140, 3171, 3333, 3335, 3696, 3700, 3818, 3820]), Anchor::Lits(&[261, 645, 714, 764, 1538, 1911, 2627, 2629, 2779, 2887, 2914, 2945, 2959])]), Anchor::All(&[Anchor::Lits(&[1703, 1731, 2136, 2706, 2857]), Anchor::Lits(&[8111])])])),
            (119, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1583, 1584, 1585, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1597, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 3554, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3563, 3564, 3565, 3655, 3656, 3657, 3658, 3659, 3660, 3661, 3662, 3663, 3664, 3665, 3666, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 3683, 3684, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4413, 4418, 4419, 4791, 5258, 5313, 5494, 5495, 5497, 5499, 5500, 5501, 5502, 5503, 5504, 5534, 5577, 5851, 5852, 6353, 6690, 6765, 7035, 7175, 8095, 8099, 8388, 8439])),
            (120, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[149, 159, 371, 402, 405, 1540, 1542, 2643, 2646, 2658, 2673, 2713, 2714, 2962, 2963, 3762, 4437, 4783, 6878, 7212, 7410]), Anchor::All(&[Anchor::Lits(&[3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091]), Anchor::Lits(&[4709, 5459, 5588, 5716, 7300, 8127])])])),
            (121, "agent-grants-itself-power", Anchor::Lits(&[2206, 2842, 3442, 3445, 4115, 4123, 4126, 4137, 4142, 7456, 7457, 7458, 7459, 7461, 7462, 7464, 7472, 7473, 7474, 7475, 7476, 7477, 7479])),
            (122, "remove-the-guard-hook", Anchor::Any(&[Anchor::Lits(&[4442, 4541, 4849, 5590, 5594, 6879, 6930, 6951, 6969, 7298, 7364]), Anchor::All(&[Anchor::Lits(&[262, 370, 782, 1539, 1541, 2585, 2630, 2657, 2672, 2961, 3029]), Anchor::Lits(&[1606, 3015])])])),
            (123, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[49, 54, 113, 369, 1253, 1953, 1954, 2167, 2748, 3031]), Anchor::Lits(&[661, 915, 1869, 2568, 2731, 3107, 3289, 3333, 3338, 3696, 3734, 3946])])),
            (124, "policy-does-not-cover-me", Anchor::Lits(&[956, 957, 964, 965, 974, 997, 1029, 1030, 1033, 1034, 1043, 1060, 1066, 1067, 1070, 1071, 1080, 1097, 1104, 1105, 1112, 1113, 1122, 1146, 1286, 3913, 3914, 3916, 3917, 3924, 3940, 3984, 3985, 3987, 3988, 3995, 4011])),
            (127, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4247, 4250, 4351, 4420, 4883, 4885, 4932, 4933, 4934, 4935, 4985, 5236, 5239, 5240, 5241, 5242, 5243, 5246, 5247, 5248, 5404, 6750, 6789, 6839, 6900, 6992, 7350, 7375, 7507, 7524, 8090, 8129]), Anchor::All(&[Anchor::Lits(&[5585]), Anchor::Lits(&[57, 119, 2489, 2531, 3036, 3343])]), Anchor::All(&[Anchor::Lits(&[4843, 5255, 5270, 5410, 5519, 6120, 6935, 7388, 8105, 8174, 8200]), Anchor::Lits(&[3572, 3574, 3588, 3592, 3594, 3595, 3597, 3612, 3613, 3616, 3623, 3626, 3631])])]), Anchor::Lits(&[4369, 4370, 4371, 4372, 4373, 4374, 4383, 4409, 4410, 4460, 4710, 4711, 4712, 5406, 5407, 5408, 5466, 5467, 5942, 6165, 6167, 6168, 6715, 6726, 6791, 6792, 6793, 6998, 6999, 7000, 7072, 7078, 7082, 7213, 7217, 7218, 7377, 7378, 7587, 7588, 7589, 7590, 7591, 7592, 8107, 8108, 8109]), Anchor::Lits(&[86, 331, 444, 1636, 2429, 3866, 3872, 3890])])),
            (128, "tool-call-tampering", Anchor::Lits(&[87, 92, 93, 94, 95, 229, 230, 231, 232, 233, 243, 244, 245, 246, 247, 445, 449, 450, 451, 455, 1189, 1190, 1191, 1192, 1193, 1269, 1270, 1271, 1272, 1273, 1393, 1464, 1637, 1638, 1639, 1640, 1641, 2279, 3313, 3867, 3868, 3869, 3870, 3871, 3873, 3874, 3875, 3876, 3877])),
            (129, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[474, 2180, 2362, 2754, 4347, 4348, 4349, 4376, 4377, 4378, 4632, 4633, 4634, 4864, 4865, 4993, 5638, 5734, 5735, 5736, 5737, 5738, 5739, 5741, 5742, 5743, 5744, 5745, 5746, 5747, 5748, 5749, 5936, 5937, 6068, 6069, 6076, 6088, 6089, 6093, 6094, 6099, 6100, 6101, 6102, 6125, 6126, 6127, 6128, 6129, 6130, 6131, 7049, 7159, 7160, 7161, 7162, 7163, 7164, 7165, 7166, 7167, 7168, 7169, 7170, 7171, 7172, 7173, 7351, 7354, 7414, 7415, 7549, 7550, 7928, 7929, 7930, 8136, 8148, 8177, 8257, 8258, 8260, 8261, 8262, 8263, 8264, 8265, 8266, 8267, 8268, 8269, 8270, 8271, 8272, 8275, 8276, 8277, 8278, 8279, 8280, 8281, 8282, 8283, 8284, 8285, 8286, 8287, 8288, 8289, 8461]), Anchor::All(&[Anchor::Lits(&[4379, 5027, 5136, 6180, 6357, 6472, 8461, 8619, 8620]), Anchor::Lits(&[4290, 4415, 4416, 5732, 6729, 6788, 6867, 6886, 7158, 8253]), Anchor::Lits(&[112, 114, 490, 932, 933, 1687, 1692, 1899, 1903, 2006, 2068, 2371, 2372, 2853, 2856, 2909, 2910, 2988, 3001, 3111, 3118, 3381, 3387, 3827, 3829])])])),
            (130, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 169, 171, 173, 175, 178, 180, 182, 184, 186, 3403, 3405, 3408, 3411, 3414, 3416, 3418, 3420, 3422, 3465, 3467, 3469, 3471, 3474, 3478, 3480, 3487, 3489, 3513, 3515, 3528, 3530, 3533, 3536, 3538, 3543, 3545]), Anchor::Lits(&[283, 296, 333, 334, 335, 1666, 1670, 1671, 1672, 1675, 1706, 1707, 1708, 1709, 1710, 1753, 1754, 1761, 1762, 1763, 2444, 2445, 2446, 2447, 2448, 3567, 3571, 3618, 3619, 3627])]), Anchor::All(&[Anchor::Lits(&[5821, 5825, 6152, 6904, 8242]), Anchor::Lits(&[214, 746, 1392, 2622, 3948]), Anchor::Lits(&[4886, 4902, 5272, 6767, 6844, 7090, 7202, 7204, 7263, 7355, 7525, 7630, 8091])])]), Anchor::Lits(&[809, 818, 831, 1205, 1206, 1659, 1663, 1865, 1925, 2556, 2608, 2610, 2796, 2897, 2899, 2943, 2974, 3024, 3066, 3233, 3443, 3473, 3639, 3744]), Anchor::Lits(&[15, 17, 19, 21, 24, 26, 28, 32, 34, 170, 172, 174, 176, 179, 181, 183, 185, 187, 3404, 3406, 3409, 3412, 3415, 3417, 3419, 3421, 3423, 3466, 3468, 3470, 3472, 3475, 3479, 3481, 3488, 3490, 3514, 3516, 3529, 3531, 3534, 3537, 3539, 3544, 3546, 4887, 4903, 5273, 6768, 6845, 7091, 7203, 7205, 7264, 7356, 7526, 7631, 8092])])),
            (134, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[273, 274, 275, 278, 279, 558, 1566, 1572, 1798, 1799, 2182, 2206, 2209, 3099, 3108, 3909]), Anchor::Any(&[Anchor::Lits(&[4247, 4250, 4351, 4420, 4883, 4885, 4932, 4933, 4934, 4935, 4985, 5236, 5239, 5240, 5241, 5242, 5243, 5246, 5247, 5248, 5404, 6750, 6789, 6839, 6900, 6992, 7350, 7375, 7507, 7524, 8090, 8129]), Anchor::All(&[Anchor::Lits(&[5585]), Anchor::Lits(&[57, 119, 2489, 2531, 3036, 3343])]), Anchor::All(&[Anchor::Lits(&[4843, 5255, 5270, 5410, 5519, 6120, 6935, 7388, 8105, 8174, 8200]), Anchor::Lits(&[3572, 3574, 3588, 3592, 3594, 3595, 3597, 3612, 3613, 3616, 3623, 3626, 3631])])])])),
            (135, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4350, 5731, 5822, 6189, 8098]), Anchor::All(&[Anchor::Lits(&[4566, 4567, 4599, 4864, 5281, 5636, 5638, 5936, 6254, 7259, 7260, 7351, 7551, 8077, 8395, 8764]), Anchor::Lits(&[4538, 4606, 4692, 4733, 5006, 5267, 5448, 5493, 5821, 6151, 6152, 6190, 6794, 6865, 7357, 7520, 7570, 7633, 7716])])]), Anchor::Lits(&[154, 435, 436, 478, 789, 1216, 1581, 1582, 1614, 1660, 1768, 1981, 2171, 2933, 2934, 3018, 3281, 3553, 3665, 3891, 4152])])),
            (136, "hijack-the-task", Anchor::Lits(&[5910, 7066])),
            (138, "instruction-field", Anchor::Lits(&[4284, 4285, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4318, 4319, 4320, 4323, 4324, 4325, 4326, 4327, 4508, 4509, 4510, 4513, 4514, 4515, 4516, 4517, 4609, 4610, 4611, 4614, 4615, 4616, 4617, 4618, 4726, 4728, 4731, 4732, 4834, 4835, 4836, 4837, 4838, 4839, 4840, 4841, 4971, 4973, 4976, 4977, 5919, 5921, 5925, 5927, 6157, 6158, 6159, 6160, 6161, 6162, 6163, 6164, 6218, 6220, 6236, 6237, 6238, 6241, 6242, 6243, 6244, 6245, 6257, 6258, 6589, 6591, 6592, 6593, 6743, 6744, 6747, 6749, 7008, 7012, 7615, 7616, 7617, 7622, 7623, 7624, 7625, 7627, 7662, 7663, 7665, 7666, 8087, 8088])),
            (141, "conceal-from-the-people", Anchor::Lits(&[503, 504, 505, 532, 534, 538, 566, 571, 577, 579, 580, 585, 587, 592, 597, 603, 605, 606, 611, 613, 969, 976, 987, 989, 990, 1005, 1008, 1036, 1044, 1052, 1054, 1055, 1061, 1063, 1073, 1081, 1089, 1091, 1092, 1098, 1100, 1117, 1124, 1136, 1138, 1139, 1154, 1157, 2037, 2054, 2066, 2229, 2237, 2250, 2252, 2253, 2269, 2272, 2624, 2625, 2626, 3919, 3925, 3932, 3934, 3935, 3941, 3943, 3990, 3996, 4003, 4005, 4006, 4012, 4014, 4865, 4993, 5030, 5050, 5051, 5070, 5071, 5079, 5080, 5081, 5082, 5083, 5086, 5104, 5108, 5139, 5171, 5172, 5191, 5192, 5200, 5201, 5202, 5203, 5204, 5207, 5225, 5229, 6179, 6181, 6182, 6183, 6360, 6369, 6370, 6389, 6390, 6397, 6398, 6399, 6400, 6401, 6406, 6426, 6429, 7049, 7354, 7550, 8462, 8476, 8478, 8489, 8492, 8497, 8498, 8499, 8500, 8501, 8503, 8517, 8524])),
            (142, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[218, 944, 945, 948, 949, 950, 1610, 1611, 2295, 2465, 2724, 3310, 3710, 3952, 4020, 8461]), Anchor::All(&[Anchor::Lits(&[251, 723, 724, 725, 727, 810, 1866, 2552, 2557, 2692, 3018, 3025, 3638, 3640]), Anchor::Lits(&[631, 687, 693, 1496, 1803, 2562, 2652, 2725, 2729, 2785, 2834])])])),
            (146, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[66, 166, 616, 634, 676, 686, 687, 790, 936, 1387, 1388, 1582, 1696, 2006, 2747, 2755, 2853, 3023, 3135, 3284, 3894, 4152, 5056, 5069, 5073, 5075, 5093, 5099, 5177, 5190, 5194, 5196, 5214, 5220, 6376, 6388, 6392, 6394, 6411, 6420, 6472, 7405, 8461]), Anchor::All(&[Anchor::Lits(&[2501]), Anchor::Lits(&[6124])])])),
            (148, "assert-a-falsehood", Anchor::Lits(&[4946, 8068, 8380, 8382, 8392])),
            (149, "user-kept-out-of-the-loop", Anchor::Lits(&[123, 124, 127, 128, 130, 136, 224, 225, 226, 227, 228, 234, 254, 284, 285, 287, 288, 289, 290, 291, 292, 293, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 310, 320, 323, 326, 327, 328, 329, 330, 1217, 1259, 1261, 1263, 1264, 1266, 1275, 1488, 1490, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 2470, 2471, 2472, 2473, 2474, 2475, 2575, 2576, 2577, 2578, 2579, 2580, 2594, 2595, 2596, 2597, 2598, 2599, 2858, 2859, 2860, 2861, 2862, 2863, 3117, 3698, 3750, 3753, 3755, 3756, 3757, 3758, 3763, 3764, 3765, 3766, 3767, 3768, 6472])),
            (150, "kept-from-the-record", Anchor::Any(&[Anchor::Lits(&[6089, 6093, 6094, 6099, 6100, 6101, 6102, 6125, 6126, 6127, 6128, 6129, 6130, 6131, 6540, 6671, 6672, 6673, 6674, 6675, 6676, 6677, 6678, 6679, 6680, 6681, 6682, 6683, 6684, 6685, 6686, 6687, 6688, 7490, 7491, 7492, 7493]), Anchor::All(&[Anchor::Lits(&[266, 439, 1383, 1575, 1873, 2367, 3127]), Anchor::Lits(&[1051, 1088, 1134, 1564, 2183, 2204, 2207, 2248, 2249, 3109, 3110, 3911, 3982])]), Anchor::All(&[Anchor::Lits(&[65, 540, 633, 685, 2746, 3264, 3283]), Anchor::Lits(&[4463, 4471, 5068, 5189, 8410, 8525])])])),
            (152, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6893, 6894, 6896, 6991]), Anchor::All(&[Anchor::Lits(&[5249, 5564, 5578, 5714, 5729, 5778, 6113, 6696, 6766, 6787, 6892, 6895, 6897, 6991, 7017, 7018, 8536]), Anchor::Lits(&[4562, 4563, 4833, 4842, 4937, 5252, 5405, 5409, 5518, 6119, 6176, 6224, 6256, 6934, 7029, 7032, 7133, 7338, 7387, 7400, 7404, 7569, 7612, 8104, 8173, 8199, 8533])])]), Anchor::Lits(&[429, 431, 775, 778, 861, 1184, 1204, 1299, 1308, 1409, 1887, 1972, 2147, 2176, 2601, 2603, 2604, 2642, 2690, 2732, 2737, 2849, 2985, 3043, 3045, 3100, 3105, 3309, 3342, 3671, 3724, 3738, 4023])])),
            (155, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[4827, 4828, 4829, 4830, 4831, 4832, 5008, 5009, 5010, 5011, 5012, 5013, 5014, 5015, 5016, 5017, 5018, 5019, 5020, 5021, 5022, 5023, 5024, 5025, 5628, 5629, 5630, 5631, 5632, 5633, 5723, 5724, 5725, 5726, 5727, 5728, 6851, 6852, 6853, 6854, 6855, 6856, 7037, 7038, 7039, 7040, 7041, 7042, 7043, 7044, 7045, 7046, 7047, 7048, 7093, 7094, 7095, 7096, 7097, 7098, 7572, 7573, 7574, 7575, 7576, 7577, 8243, 8244, 8245, 8246, 8247, 8248, 8249, 8250, 8251, 8254, 8255, 8256]), Anchor::Lits(&[4644, 5447, 6173, 6901, 7156])])),
            (156, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[13, 168, 177, 219, 2191, 3226]), Anchor::All(&[Anchor::Lits(&[4842, 5405, 5409, 5518, 6119, 6224, 6902, 6934, 7029, 7133, 7387, 7400, 7404, 7569, 7612, 8104, 8199]), Anchor::Lits(&[8079, 8080, 8081, 8082, 8083, 8084, 8422, 8423, 8424, 8440, 8444, 8445]), Anchor::Lits(&[56, 74, 249, 507, 1203, 1219, 1463, 1467, 1609, 1678, 1880, 2488, 3060, 3138, 3388, 3743, 3839])])])),
            (157, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[4248, 4249, 4421, 4423, 4571, 4887, 6615, 6838, 6840, 6845, 6849, 6858, 6993, 6994, 7099, 7351, 7356, 7393]), Anchor::Lits(&[619, 937, 1184, 1196, 1204, 1501, 2505, 2561, 2642, 2682, 2782, 2907, 2909, 3043, 3100, 3111, 3381, 3707])])),
            (158, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4595, 5027, 5136, 6134, 6135, 6357, 6472, 6521, 8461]), Anchor::Lits(&[112, 114, 340, 346, 490, 491, 621, 622, 1480, 1493, 1687, 1692, 1782, 1783, 1899, 1959, 1960, 2038, 2055, 2067, 2069, 2070, 2071, 2371, 2372, 3381, 3387, 3816, 3817]), Anchor::Lits(&[4304, 4437, 4456, 4642, 4678, 4707, 4736, 4904, 5232, 5580, 5869, 5949, 6132, 6188, 6298, 6764, 6990, 7349, 7410, 7412, 7506, 7872])]), Anchor::All(&[Anchor::Lits(&[4556, 4557, 4637, 4639, 5124, 5125, 5565, 5576, 7432, 7434]), Anchor::Lits(&[4437, 4642, 4678, 4680, 4681, 7212, 7410, 7412, 8074])])]), Anchor::Lits(&[414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 473, 512, 513, 514, 516, 518, 519, 523, 524, 525, 526, 527, 528, 954, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1102, 1508, 1509, 1510, 1511, 1512, 1513, 1516, 1517, 1518, 1519, 1520, 1521, 1900, 1901, 2217, 2312, 2333, 3141, 3142, 3151, 3152, 3161, 3167, 3172, 3173, 3174, 3175, 3176, 3177, 3958])])),
            (159, "send-to-a-raw-address", Anchor::Lits(&[728, 934, 945, 949, 951, 952, 2911, 3180, 3221, 3379, 3839, 4570, 4631, 4890, 5403, 5934, 6447, 6902, 6934, 7029, 7157, 7387, 7569, 8110, 8199, 8344])),
            (160, "send-outside-the-company", Anchor::Lits(&[1311, 1526, 3509, 6773, 6893, 6955, 7022])),
            (161, "disclose-secret-values", Anchor::Lits(&[662, 664, 749, 753, 853, 1233, 1237, 1684, 2613, 2614, 2683, 3717, 3727, 3728, 3786, 3787, 4424, 4685, 4691, 4693, 4694, 4721, 4964, 4965, 6137, 6138, 6614, 6837, 7352, 7353])),
            (162, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::Lits(&[57, 101, 125, 219, 379, 665, 744, 757, 817, 1310, 1406, 1421, 1665, 1750, 1751, 2489, 2509, 2512, 2531, 2538, 2679, 2698, 2783, 2869, 3036, 3325, 3343, 3507, 3508, 3760, 3792, 4289, 4868, 4869, 4870, 4871, 4877, 4881, 4934, 5235, 5236, 5237, 5238, 5240, 5242, 5244, 5245, 5411, 5508, 5559, 5560, 5870, 6581, 6786, 7025, 7031, 7077, 7177, 7207, 7226, 7586, 8129, 8252]), Anchor::All(&[Anchor::Lits(&[4636, 4930, 4948, 4984, 4987, 5233, 5401, 6141, 6174, 7120, 7125, 7128, 7607, 7609, 7640, 8132, 8137, 8192]), Anchor::Lits(&[12, 144, 372, 375, 393, 394, 700, 1784, 1785, 1890, 1988, 2145, 2179, 2213, 2214, 2215, 2554, 2555, 2941, 2942, 3064, 3065, 3706])]), Anchor::All(&[Anchor::Lits(&[4843, 5519, 6177, 6935, 7030, 7388, 7401, 8200]), Anchor::Lits(&[353, 354, 355, 356, 357, 358, 1755, 1756, 1757, 1758, 1759, 1760, 3588, 3594, 3595, 3597, 3616, 3617])]), Anchor::All(&[Anchor::Lits(&[250, 809, 1865, 2551, 3637]), Anchor::Lits(&[6847, 6935, 7024, 7388, 7401])]), Anchor::All(&[Anchor::Lits(&[5234]), Anchor::Lits(&[834, 836, 3010, 3360, 3825])]), Anchor::All(&[Anchor::Lits(&[5287, 6611, 6648, 8413]), Anchor::Lits(&[4902, 4908, 5657, 6172, 7090, 7263, 7345, 7630])]), Anchor::All(&[Anchor::Lits(&[4931, 5234, 7026, 7126, 8130, 8413]), Anchor::Lits(&[119, 1187, 1229, 1255, 3906])]), Anchor::All(&[Anchor::Lits(&[4636, 4930, 4948, 4984, 4987, 5233, 5401, 6141, 6174, 7120, 7125, 7128, 7607, 7609, 7640, 8132, 8137, 8192]), Anchor::Lits(&[12, 144, 372, 375, 393, 394, 700, 1784, 1785, 1890, 1988, 2145, 2179, 2213, 2214, 2215, 2554, 2555, 2941, 2942, 3064, 3065, 3706])]), Anchor::All(&[Anchor::Lits(&[4843, 5519, 6177, 6935, 7030, 7388, 7401, 8200]), Anchor::Lits(&[353, 354, 355, 356, 357, 358, 1755, 1756, 1757, 1758, 1759, 1760, 3588, 3594, 3595, 3597, 3616, 3617])]), Anchor::All(&[Anchor::Lits(&[250, 809, 1865, 2551, 3637]), Anchor::Lits(&[6847, 6935, 7024, 7388, 7401])]), Anchor::All(&[Anchor::Lits(&[5234]), Anchor::Lits(&[834, 836, 3010, 3360, 3825])]), Anchor::All(&[Anchor::Lits(&[5287, 6611, 6648, 8413]), Anchor::Lits(&[4902, 4908, 5657, 6172, 7090, 7263, 7345, 7630])]), Anchor::All(&[Anchor::Lits(&[4931, 5234, 7026, 7126, 8130, 8413]), Anchor::Lits(&[119, 1187, 1229, 1255, 3906])])])),
            (163, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[5032, 5034, 5035, 5036, 5037, 5038, 5039, 5040, 5041, 5042, 5043, 5050, 5051, 5053, 5059, 5091, 5100, 5101, 5105, 5106, 5141, 5143, 5144, 5145, 5146, 5147, 5148, 5149, 5150, 5151, 5152, 5153, 5154, 5155, 5156, 5157, 5158, 5159, 5160, 5161, 5162, 5171, 5172, 5174, 5180, 5212, 5221, 5222, 5226, 5227, 6361, 6369, 6370, 6372, 6379, 6409, 6421, 6422, 6427, 6428, 6451, 6474, 6478, 6479, 6480, 6483, 6494, 6497, 6498, 6499, 6500, 6520, 6522, 6523, 6524, 6525, 6526, 6527, 6528, 6529, 6530, 6531, 8461, 8578, 8579, 8580, 8581, 8582, 8583, 8584, 8585, 8586, 8587, 8590, 8591, 8592, 8593, 8594, 8595, 8596, 8597, 8598, 8599]), Anchor::All(&[Anchor::Lits(&[4437, 4695, 4782, 4783, 5250]), Anchor::Lits(&[4636, 7431])]), Anchor::All(&[Anchor::Lits(&[4437, 4695, 4782, 4783, 5250]), Anchor::Lits(&[4636, 7431])])])),
            (164, "history-wiped-after-the-act", Anchor::Lits(&[897, 4246, 4568, 4720, 4727, 4802, 4844, 5532, 5533, 5537, 5541, 5658, 5659, 5660, 5661, 5662, 5663, 5664, 5665, 5666, 5667, 5668, 5669, 5670, 5671, 5672, 5673, 5674, 5675, 5676, 5677, 5678, 5679, 5680, 5681, 5682, 5683, 5684, 5685, 5686, 5687, 5688, 5689, 5690, 5691, 5692, 5693, 5694, 5695, 5696, 5697, 5698, 5699, 5700, 5701, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 5709, 5710, 5711, 5712, 5713, 6166, 6171, 6903, 7019, 7036, 7079, 7394, 7397, 7403, 7442, 7715, 8193, 8770])),
            (165, "report-an-outcome-regardless", Anchor::Lits(&[1788, 2311, 2815, 5780, 5786, 5787, 5788, 5789, 5795, 5796, 5797, 5798, 5799, 5802, 5939, 5940, 5941, 5945, 8318, 8320, 8321, 8331])),
            (166, "agent-permissions-opened", Anchor::Lits(&[140, 142, 148, 150, 151, 158, 268, 404, 517, 529, 828, 829, 2588, 4040])),
            (167, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[511, 522, 689, 690, 855, 915, 926, 1170, 1492, 2184, 2840, 2844, 2923, 3134, 3140, 3171, 3338, 3696, 3722]), Anchor::Lits(&[497, 668, 671, 830, 895, 1495, 1499, 1500, 2733, 2864, 2865, 2984, 3019, 3020, 3021, 3022, 3026, 3027, 3032, 3033, 3034, 3035, 3368, 3688])])),
            (168, "risky-action-on-a-later-trigger", Anchor::Lits(&[88, 89, 90, 91, 1268, 1432, 1522, 1789, 1790, 1791, 1796, 1797, 4506, 4585, 5553, 5780, 5781, 5782, 5783, 5784, 5785, 5790, 5791, 5792, 5793, 5794, 5795, 5796, 5797, 5798, 5799, 6114, 6115, 6116, 6117, 6446, 6694, 6695, 7875, 8381, 8383, 8384, 8385, 8386, 8387, 8389, 8393, 8394])),
            (173, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[101, 235, 665, 696, 757, 821, 1276, 1310, 1421, 1545, 2461, 2466, 2509, 2538, 2724, 3101, 3182, 3741, 3792]), Anchor::All(&[Anchor::Lits(&[631, 635, 639, 687, 693, 717, 934, 945, 1243, 1287, 1407, 1496, 1524, 1527, 1615, 1660, 1803, 1826, 1926, 1981, 1994, 2373, 2650, 2726, 2727, 2729, 2749, 2785, 2799, 2834, 3057, 3060, 3128, 3180, 3235, 3237, 3265, 3310, 3377, 3379, 3550, 3704, 3745, 3751, 3864, 3907]), Anchor::Lits(&[4288, 4425, 4536, 4734, 4842, 5007, 5233, 5252, 5274, 5280, 5518, 5646, 5864, 5907, 6123, 6169, 6216, 6846, 6848, 6902, 6934, 6980, 7023, 7029, 7032, 7129, 7338, 7387, 7400, 7402, 7437, 7544, 7552, 7567, 8069, 8199, 8533]), Anchor::Any(&[Anchor::Lits(&[4422, 4661, 4886, 4906, 5271, 5715, 6769, 6841, 6844, 6898, 7318, 7355, 7379, 7508, 7525]), Anchor::All(&[Anchor::Lits(&[4330, 4735, 5284, 5306, 5542, 7067, 8178, 8180, 8399]), Anchor::Lits(&[75, 679, 751, 815, 831, 1183, 1206, 1307, 1312, 1347, 1929, 2504, 2796, 2895, 2938, 3360])]), Anchor::All(&[Anchor::Lits(&[677, 815, 831, 893, 1183, 1307, 1312, 1347, 1685, 1929, 2796, 2899, 2943, 3360]), Anchor::Lits(&[4661, 4663, 4886, 4888, 4893, 5271, 5272, 5275, 5634, 5730, 6200, 6839, 6857, 6866, 6898, 6900, 7318, 7320, 7355, 7524, 8091, 8253])])])]), Anchor::All(&[Anchor::Lits(&[4212, 4214, 4215, 4216, 4218, 4220, 4221, 4222, 4223, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4872, 4873, 4874, 4875, 4876, 4878, 4879, 4880, 4882, 5450, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5458, 6434, 6435, 6436, 6437, 6438, 6440, 6441, 6442, 6443, 6716, 6717, 6718, 6719, 6720, 6721, 6722, 6723, 6724, 6936, 6937, 6938, 6939, 6940, 6941, 6942, 6943, 6944, 7057, 7058, 7059, 7060, 7061, 7062, 7063, 7064, 7065, 7531, 7532, 7533, 7534, 7535, 7537, 7538, 7539, 7540, 7858, 7859, 7860, 7861, 7870, 7881, 7883, 7884, 7915]), Anchor::Lits(&[4867, 5449, 6715, 6935, 7056, 7529]), Anchor::Lits(&[366, 746, 1601, 1684, 1937, 3402, 3407, 3410, 3948])])]), Anchor::Lits(&[73, 256, 365, 692, 778, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 943, 1170, 1184, 1208, 1215, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1409, 1598, 1679, 1705, 1889, 1944, 2137, 2450, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2463, 2464, 2561, 2563, 2564, 2609, 2642, 2644, 2645, 2682, 2728, 2732, 2737, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2845, 2985, 3043, 3044, 3100, 3103, 3183, 3242, 3243, 3245, 3246, 3247, 3248, 3249, 3250, 3252, 3253, 3254, 3255, 3256, 3263, 3285, 3308, 3552, 3738, 3739, 4023]), Anchor::Lits(&[76, 102, 103, 236, 632, 636, 640, 666, 667, 678, 680, 688, 691, 694, 695, 697, 718, 752, 758, 759, 816, 822, 832, 835, 894, 935, 946, 947, 1184, 1207, 1244, 1245, 1277, 1288, 1308, 1311, 1313, 1348, 1408, 1422, 1423, 1497, 1498, 1525, 1528, 1546, 1547, 1616, 1661, 1686, 1688, 1804, 1827, 1927, 1930, 1982, 1995, 2374, 2462, 2467, 2505, 2510, 2511, 2539, 2540, 2651, 2725, 2730, 2750, 2786, 2797, 2800, 2835, 2896, 2900, 2939, 2944, 3058, 3061, 3129, 3181, 3236, 3238, 3266, 3311, 3312, 3361, 3362, 3378, 3380, 3551, 3705, 3742, 3746, 3747, 3752, 3793, 3794, 3865, 3908, 4423, 4662, 4887, 4907, 6770, 6842, 6845, 6899, 7319, 7356, 7380, 7509, 7526])])),
            (174, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[248, 253, 407, 466, 471, 564, 567, 568, 572, 573, 574, 575, 577, 585, 586, 590, 593, 594, 598, 599, 600, 601, 603, 611, 612, 683, 960, 970, 971, 977, 978, 979, 980, 987, 1005, 1007, 1032, 1037, 1038, 1046, 1047, 1048, 1049, 1052, 1061, 1062, 1069, 1074, 1075, 1083, 1084, 1085, 1086, 1089, 1098, 1099, 1108, 1118, 1119, 1125, 1126, 1127, 1128, 1136, 1154, 1156, 1486, 1561, 1612, 1673, 1674, 1701, 1894, 1976, 2222, 2230, 2231, 2238, 2239, 2240, 2242, 2250, 2269, 2271, 2350, 2486, 2502, 2751, 2814, 2825, 2936, 3009, 3116, 3239, 3332, 3697, 3711, 3721, 3915, 3920, 3921, 3926, 3927, 3928, 3929, 3932, 3941, 3942, 3986, 3991, 3992, 3997, 3998, 3999, 4000, 4003, 4012, 4013, 5044, 5046, 5055, 5057, 5064, 5072, 5074, 5077, 5084, 5087, 5095, 5097, 5102, 5103, 5104, 5165, 5167, 5176, 5178, 5185, 5193, 5195, 5198, 5205, 5208, 5216, 5218, 5223, 5224, 5225, 6364, 6366, 6375, 6377, 6382, 6391, 6393, 6395, 6404, 6407, 6414, 6417, 6424, 6425, 6426, 6469, 6472, 6507, 6508, 6511, 6512, 6514, 6515, 6516, 6539, 6546, 6547, 6550, 6551, 6553, 6554, 6555, 6574, 6575, 6576, 6577, 6578, 6579, 6580, 8469, 8474, 8475, 8481, 8482, 8486, 8494, 8495, 8496, 8502, 8504, 8507, 8512, 8515, 8516, 8517, 8577, 8589, 8621]), Anchor::All(&[Anchor::Lits(&[220, 669, 1381, 2140, 2506, 2850, 2855, 2876, 3230, 3317, 3670, 3851]), Anchor::Lits(&[1424, 2501])]), Anchor::All(&[Anchor::Lits(&[112, 116, 1204, 1207, 2137, 2141, 2369, 2370, 3829, 3830]), Anchor::Lits(&[4292, 4936, 5233, 5409, 5584, 6170, 6192, 6433, 6444, 6843, 6929, 6995, 7229, 7400, 8259])])])),
            (175, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[4306, 4805, 4820, 5411, 5526, 5564, 5729, 6773, 6774, 6795, 6893, 6991, 7016, 7077, 7954, 7955, 8294, 8536]), Anchor::Lits(&[252, 433, 434, 617, 618, 809, 813, 819, 820, 823, 824, 825, 826, 1209, 1210, 1574, 1613, 1998, 2548, 2549, 2553, 2556, 2566, 2567, 2570, 2608, 2974, 2975, 3024, 3220, 3232, 3754, 3759, 3769])])),
            (177, "agent-secrets-spilled", Anchor::Lits(&[250, 726, 808, 1234, 1239, 2551, 2691, 3017, 3637])),
            (178, "ownership-of-everything-moved", Anchor::Lits(&[2532, 2533])),
            (179, "someone-elses-login-taken", Anchor::Lits(&[61, 391, 444, 719, 1487, 1946, 1947, 1952, 1956, 3126, 3132, 3958, 5827, 5828, 6197, 6932, 6933])),
            (180, "ownership-to-a-reader", Anchor::Lits(&[2533])),
            (181, "data-moved-for-a-private-person", Anchor::All(&[Anchor::Lits(&[777, 778, 1163, 1164, 1184, 1185, 1204, 1207, 1308, 1309, 2176, 2737, 2849, 3043, 3045, 3100, 3102, 3342, 3724, 3725, 3738, 3740]), Anchor::Lits(&[4628, 4629, 4630, 4857, 4894, 5379, 5380, 5381, 5382, 5446, 5513, 5514, 5515, 5516, 5517, 5530, 5531, 5750, 6198, 6247, 6255, 6259, 6350, 6351, 6662, 6663, 6790, 6796, 7430, 8407])])),
            (182, "admin-role-for-everyone", Anchor::Lits(&[58, 2490, 3037, 3761])),
            (183, "secrets-shipped-by-automation", Anchor::All(&[Anchor::Lits(&[64, 112, 814, 1607, 1608, 1828, 3016, 3372, 3685, 4017]), Anchor::Lits(&[777, 1204, 1207, 1299, 1300, 1409, 1410, 1972, 1973, 2642, 2645, 2735, 3043, 3045, 3105, 3106, 3738, 3740])])),
            (184, "override-instructions-es-pt-it", Anchor::Lits(&[4722, 4723, 4980, 4982, 4983, 5865, 5866, 5867, 5912, 5914, 5948, 6584, 6739, 6741, 6752, 7112, 7114, 7116])),
            (185, "override-instructions-fr", Anchor::Lits(&[3650, 5806, 6345, 6346, 6763])),
            (186, "override-instructions-de-nl", Anchor::Lits(&[1694, 2286, 2287, 2430, 2476, 3804, 4411, 4583, 5916, 5932, 6714, 7109, 7110, 7221, 7222, 7346, 8305])),
            (187, "override-instructions-pl-tr", Anchor::Lits(&[5817, 6109, 6111, 6449, 6931, 7649, 8537, 8761])),
            (188, "override-instructions-ru", Anchor::Lits(&[5816, 6344, 6761, 8759, 8778, 8779, 8783, 8784, 8788])),
            (189, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[60, 2178, 2743, 2744, 2966, 2967, 3770]), Anchor::Lits(&[165, 1852, 1969, 1970, 1971, 2146, 3104])])),
            (191, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[5928, 5929, 5930, 5931, 6086, 6339, 6340, 6652, 6653, 6920, 6946, 6947, 7113, 7118, 7284, 7435, 7436, 7629, 8201, 8202, 8203, 8293, 8776, 8783, 8789])),
            (192, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[37, 72, 432, 485, 1600, 1630, 1631, 1786, 1821, 1851, 1868, 1941, 1966, 2606, 2745, 3815]), Anchor::Lits(&[118, 272, 368, 649, 650, 912, 1629, 1746, 1747, 1748, 1898, 2535, 2571, 2581, 2582, 2605, 2760, 3363, 3780])])),
            (194, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[625, 1374, 1867, 1914, 1920, 2210, 2776, 2777, 2819, 2882, 2958, 3051, 3059, 3318, 3821, 4166, 4172, 5464, 6108, 6112, 7337, 7427, 8159, 8167, 8196]), Anchor::All(&[Anchor::Lits(&[626, 760, 1367, 1466, 1916, 1919, 2820, 2887]), Anchor::Lits(&[1906, 2983])]), Anchor::All(&[Anchor::Lits(&[472, 1197, 1362, 1537, 2816, 2916, 3122, 4151]), Anchor::Lits(&[6655])]), Anchor::All(&[Anchor::Lits(&[625, 1374, 1915, 1920, 2824, 2883]), Anchor::Lits(&[3042])]), Anchor::All(&[Anchor::Lits(&[4564, 4582, 6061, 8760]), Anchor::Lits(&[477])]), Anchor::All(&[Anchor::Lits(&[5463, 6107, 6111, 7426]), Anchor::Lits(&[2401, 2402, 3139, 4039])]), Anchor::All(&[Anchor::Lits(&[461, 624, 1362, 1533, 2821, 2893]), Anchor::Lits(&[3776])]), Anchor::All(&[Anchor::Lits(&[460, 462, 463, 624, 1367, 1532, 1536, 2821, 2892, 2893, 3050]), Anchor::Lits(&[3708, 3777])]), Anchor::All(&[Anchor::Lits(&[627, 628, 629, 1364, 1367, 1377, 1378, 1919, 2385, 2395, 2404, 2653, 2654, 2655, 2826, 2886]), Anchor::Lits(&[477, 1346])]), Anchor::All(&[Anchor::Lits(&[3371]), Anchor::Lits(&[367, 437, 1362, 2573, 3041, 3049])])])),
            (196, "reveal-system-prompt-i18n", Anchor::Lits(&[216, 735, 736, 737, 738, 739, 1475, 1476, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1736, 1738, 1739, 1740, 1741, 1745, 1752, 1781, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 2004, 2005, 2138, 2139, 2142, 2143, 2449, 2623, 2708, 2709, 2710, 2711, 2712, 2715, 2716, 3344, 3345, 3346, 3354, 3357, 3358, 3359, 3364, 3709, 3748, 3796, 3801, 4179, 4201, 4202, 5563, 7428, 7429])),
            (198, "disable-safety-i18n", Anchor::Lits(&[369, 475, 476, 703, 767, 768, 769, 864, 1368, 1369, 1371, 1373, 1375, 1376, 1379, 1465, 1543, 1554, 1555, 1834, 2719, 2720, 3013, 3120, 3121, 3122, 3686, 3791, 3797, 3798, 4148, 4171, 4177, 4178, 4198, 4209])),
            (200, "stop-following-instructions-i18n", Anchor::Lits(&[223, 442, 734, 909, 1734, 1749, 2816, 2822, 2916, 3810, 4979, 4981, 5911, 5913, 6566, 6567, 6568, 6569, 6583, 6738, 6740, 7111, 7115])),
            (202, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[4966, 5294, 5295, 5803, 5807, 5813, 8296, 8297]), Anchor::All(&[Anchor::Lits(&[4945, 5804, 5807, 6664, 6665, 6666]), Anchor::Lits(&[8085, 8086])])])),
            (203, "instructions-void-de", Anchor::Lits(&[382, 1599, 2283, 2284, 3720])),
            (204, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[468, 665, 1411, 1690, 1691, 1885, 1967, 1968, 2001, 2602, 2717, 2718, 3772, 3773, 3778, 3779, 3803, 6558, 6559, 6560, 6561, 6562, 6564, 6565, 7326, 7331, 7333, 7335]), Anchor::All(&[Anchor::Lits(&[413, 913, 941, 1689, 2072, 2536, 2674, 3130]), Anchor::Lits(&[6335, 6341, 6342, 6343, 6352, 7330, 7332])]), Anchor::All(&[Anchor::Lits(&[2280]), Anchor::Lits(&[5289, 5290, 6201, 7316, 7317, 8298])])])),
            (206, "authority-waives-controls-i18n", Anchor::Lits(&[408, 409, 410, 411, 412, 1242, 1474, 1477, 1479, 2583, 2591, 2592, 3234])),
            (207, "persona-without-rules-i18n", Anchor::Lits(&[22, 35, 36, 77, 106, 108, 892, 1182, 1822, 2480, 3694, 3788, 3806, 3807])),
            (208, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[4436, 4453, 4457, 4458, 4539, 4823, 4824, 5527, 5555, 5575, 7015, 7409]), Anchor::Lits(&[839, 840, 876, 878, 879, 880, 881, 882, 883, 884, 914, 928, 929, 3006, 3007, 4165])])),
            (209, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[250, 651, 658, 672, 674, 761, 806, 811, 1567, 1569, 1633, 1823, 1859, 1865, 1963, 2172, 2174, 2551, 2558, 2976, 2978, 3011, 3046, 3123, 3637, 3812, 4167, 4181, 4191, 4193]), Anchor::Lits(&[217, 745, 747, 827, 843, 903, 927, 942, 1246, 1390, 1882, 1883, 1891, 1892, 1896, 1897, 1904, 1928, 1965, 2177, 2181, 2399, 2403, 2477, 2761, 2762, 2792, 2965, 3227, 3336, 3337, 3802, 3809, 3811, 4175, 4199, 4210])]), Anchor::All(&[Anchor::Lits(&[251, 652, 659, 673, 675, 762, 763, 807, 812, 1568, 1570, 1634, 1824, 1825, 1860, 1861, 1866, 1964, 2173, 2175, 2552, 2557, 2559, 2560, 2977, 2979, 3012, 3047, 3048, 3124, 3125, 3638, 3640, 3813, 3814, 4168, 4182, 4192, 4194]), Anchor::Lits(&[4236, 4237, 4380, 4555, 4558, 4559, 4560, 4561, 4635, 4641, 5445, 5582, 5583, 5587, 5947, 6187, 6253, 6336, 6572, 6573, 6667, 6669, 8771, 8772])])])),
            (210, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[1872, 2647, 2648, 3782, 3783, 3784, 3785, 3980, 4180, 4183, 4184, 4185, 4196, 4197])),
            (211, "skip-approval-cjk", Anchor::Lits(&[8790, 8791, 8792, 8793, 8794, 8795, 8796, 8797, 8798, 8799, 8800, 8801, 8802, 8803, 8804, 8805])),
            (213, "admin-role-handed-out-i18n", Anchor::Lits(&[57, 2489, 3036, 3760, 4251, 6751, 7376, 8274])),
            (215, "control-weakened-i18n", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4961, 6084, 6085]), Anchor::All(&[Anchor::Lits(&[4329, 4643, 4911, 4941, 4942, 4943, 4944, 4990, 5268, 5269, 5282, 5283, 5619, 5635, 6084, 6085, 6175, 6199, 6570, 6850, 7054, 7055, 7124, 7127, 7208, 7223, 7224, 7225, 7342, 7343, 7604, 7605, 7606, 7653, 8078, 8089, 8292, 8302, 8535, 8762, 8765, 8777, 8782, 8785, 8786, 8787]), Anchor::Lits(&[12, 43, 44, 45, 55, 59, 96, 378, 380, 381, 383, 384, 385, 386, 387, 388, 389, 390, 395, 396, 863, 864, 1014, 1162, 1224, 1658, 1831, 1832, 1834, 1835, 1855, 1945, 1983, 1984, 1985, 1986, 1987, 1988, 1990, 1991, 1999, 2000, 2145, 2211, 2212, 2216, 2572, 2574, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2720, 2723, 2817, 2818, 2919, 2940, 3701, 3702, 3781, 3844, 4150, 4169, 4170, 4171, 4176, 4177, 4186, 4187, 4195, 4200])])]), Anchor::Lits(&[12, 96, 117, 530, 839, 840, 863, 864, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 928, 929, 930, 1199, 1200, 1201, 1202, 1221, 1222, 1223, 1227, 1228, 1560, 1576, 1577, 1658, 1849, 1850, 1853, 1854, 1961, 1962, 1985, 1992, 2145, 2348, 2565, 2756, 2757, 2758, 2759, 2838, 2839, 2843, 2901, 2902, 2903, 2905, 2906, 2920, 2921, 2922, 3006, 3007, 3008, 3327, 3328, 3329, 3330, 3331, 3370, 3566, 3635, 3636, 3774, 3775, 3805, 4037, 4038, 4149, 4165, 4173, 4174, 4188, 4189, 4190, 4203, 4204, 4205, 4206, 4207, 4208])])),
            (217, "destructive-without-confirmation-i18n", Anchor::Lits(&[4596, 4597, 6337, 6656, 6657, 6658, 6659, 6660, 6661, 6691, 6692, 6693, 7327, 7328, 7329, 7334, 7336, 7382, 7383, 7384, 7385, 7386, 7390, 7391, 7392, 7421, 7422, 7423, 7424, 7425, 7519, 7654, 7656, 7659, 7661, 8311, 8766, 8767, 8768, 8769, 8773, 8774, 8775, 8780, 8781])),
            (222, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[1556, 1557, 1558, 4598, 4962, 6060, 6104, 6105, 6106, 6110, 6261, 6338, 7655, 7657, 7658, 7660, 8163, 8164, 8165, 8166, 8290, 8291, 8306, 8307, 8308])),
            (224, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[788, 1482, 1483, 1484, 1485, 1489, 1491, 2344, 3667, 4585, 4603, 4604, 4605, 5068, 5107, 5130, 5134, 5189, 5228, 5476, 5478, 6519, 6651, 7438, 7439, 7440, 7441, 7456, 7472, 7517, 7518, 8145, 8411, 8491, 8526]), Anchor::All(&[Anchor::Lits(&[5648, 5652, 5653, 5655]), Anchor::Lits(&[1424])])])),
            (225, "trust-raised-for-later", Anchor::Lits(&[141, 153, 157, 160, 161, 162, 163, 269, 271, 403, 406, 1303, 1304, 4315, 4713, 4891, 4892, 5924, 6205, 7011, 7272, 7625, 8112, 8115, 8116, 8117])),
            (226, "admin-role-by-a-side-door", Anchor::Lits(&[2405, 2489, 3010, 3343, 4250, 4333, 4549, 4926, 5256, 5309, 5314, 5586, 6195, 6354, 6950, 7262, 7365, 7375, 8273])),
            (229, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[1815, 1816, 1817, 3834, 3835, 3837, 4063, 4065, 4070, 4384, 4388, 4389, 4390, 4391, 4393, 4394, 4395, 4396, 4397, 4398, 4399, 4400, 4401, 4402, 4403, 4408, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 7137, 7138, 7139, 7140, 7141, 7142, 7143, 7144, 7145, 7146, 7147, 7148, 7149, 7150, 7151, 7152, 7153, 7668, 7670, 7674, 7679, 7680, 7681, 7683, 7685, 7690, 7692, 7701, 7702, 7703, 7709, 7711, 7712, 7714]), Anchor::All(&[Anchor::Lits(&[339, 645, 1225, 1704, 1958, 2752, 3822, 3824, 3981]), Anchor::Any(&[Anchor::Lits(&[4939, 5029, 5055, 5072, 5077, 5095, 5096, 5097, 5098, 5104, 5138, 5176, 5193, 5198, 5216, 5217, 5218, 5219, 5225, 6065, 6067, 6071, 6072, 6074, 6075, 6078, 6079, 6080, 6083, 6140, 6206, 6207, 6208, 6209, 6210, 6211, 6212, 6213, 6214, 6215, 6359, 6375, 6391, 6395, 6414, 6416, 6417, 6419, 6426, 6698, 6700, 6702, 6703, 6705, 6706, 6708, 6709, 6710, 6713, 6956]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6064, 6594, 6697, 8337, 8338, 8342, 8343, 8574, 8575, 8617, 8622]), Anchor::All(&[Anchor::Lits(&[5319, 5320, 5321, 5322, 5323, 5324, 5325, 5326, 5327, 5328, 5329, 5330, 5331, 5332, 5333, 5334, 5335, 5336, 5337, 5338, 5339, 5340, 5341, 5342, 5343, 5344, 5345, 5346, 5347, 5348, 5349, 5350, 5351, 5352, 5353, 5354, 5355, 5356, 5357, 5358, 5359, 5360, 5361, 5362, 5363, 5364, 5365, 5366, 5367, 5368, 5369, 5370, 5371, 5372, 5373, 5374, 5375, 5955, 5956, 5957, 5958, 5959, 5960, 5961, 5962, 5963, 5964, 5966, 5967, 5968, 5969, 5970, 5971, 5972, 5973, 5974, 5978, 5979, 5980, 5981, 5982, 5983, 5984, 5985, 5986, 5987, 5988, 5989, 5990, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 5998, 5999, 6000, 6001, 6002, 6003, 6004, 6005, 6006, 6007, 6008, 6009, 6010, 6011, 6012, 6013, 6014, 6015, 7722, 7723, 7724, 7725, 7726, 7727, 7728, 7729, 7730, 7731, 7732, 7733, 7734, 7735, 7736, 7737, 7738, 7739, 7740, 7741, 7742, 7743, 7744, 7745, 7746, 7747, 7748, 7749, 7750, 7751, 7752, 7753, 7754, 7755, 7756, 7757, 7758, 7759, 7760, 7761, 7762, 7763, 7764, 7765, 7766, 7767, 7768, 7769, 7770, 7771, 7772, 7773, 7774, 7775, 7776, 7777, 7778, 8009, 8010, 8011, 8012, 8013, 8014, 8015, 8016, 8017, 8018, 8019, 8020, 8021, 8022, 8023, 8024, 8025, 8026, 8027, 8030, 8031, 8032, 8033, 8034, 8035, 8036, 8037, 8038, 8039, 8040, 8041, 8042, 8043, 8044, 8045, 8046, 8047, 8048, 8049, 8050, 8051, 8052, 8053, 8054, 8055, 8056, 8057, 8058, 8059, 8060, 8061, 8062, 8063, 8064, 8065, 8066, 8067]), Anchor::Lits(&[4554, 5465, 5621, 6178, 6582, 6594, 6905, 7073, 7117, 7261, 7344, 7528])])]), Anchor::Lits(&[4382, 4708, 7134, 7182, 7339, 7667])])]), Anchor::Lits(&[220, 654, 865, 955, 967, 982, 984, 996, 998, 1006, 1009, 1103, 1115, 1130, 1132, 1145, 1147, 1155, 1158, 1836, 1837, 1840, 1841, 1843, 1844, 1845, 1846, 1847, 1907, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2218, 2227, 2244, 2246, 2261, 2262, 2270, 2273, 2431, 2432, 2435, 2436, 2438, 2439, 2440, 2441, 2442, 2670, 2850, 2873, 2987, 3381])])])),
            (230, "made-to-look-routine", Anchor::Lits(&[4645, 4646, 4647, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4655, 4656, 4657, 4658, 5615, 5616, 5617, 6386, 6600, 6601, 6797, 6798, 6799, 6800, 6801, 6802, 6803, 6804, 6805, 6806, 6807, 6808, 6809, 6810, 6811, 6812, 6813, 6814, 6815, 6816, 6817, 6818, 6819, 6820, 6821, 6822, 6823, 6824, 6825, 6826, 6827, 6828, 6829, 6830, 6831, 6832, 6833, 6834, 6835, 6836, 7456, 7457, 7460, 7463, 7467, 7485, 7488, 7516, 8315, 8316, 8317, 8319, 8322, 8323, 8324, 8325, 8326, 8327, 8328, 8329, 8330, 8332, 8333, 8334, 8335, 8336, 8345, 8347, 8348, 8349, 8350, 8351, 8352, 8353, 8354, 8355])),
            (231, "own-action-left-out", Anchor::Lits(&[40, 2390, 3002, 3119, 3439, 3878])),
            (232, "disguised-by-a-bland-label", Anchor::Lits(&[191, 199, 200, 201, 202, 204, 205, 206, 209, 211, 212, 213, 215, 3186, 3188, 3189, 3190, 3191, 3192, 3194, 3196, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3207, 3209, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3586, 3587, 3598, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 4858, 4859, 4860, 4861, 4862, 4863, 4915, 4916, 4917, 4918, 4919, 4920, 5433, 5434, 5435, 5436, 5437, 5438, 5439, 5440, 5441, 5442, 5443, 5444, 6087, 6090, 6091, 6092, 6095, 6096, 6097, 6098, 6225, 6226, 6227, 6228, 6229, 6230])),
            (233, "risky-step-left-out-of-the-record", Anchor::Any(&[Anchor::Lits(&[3593, 3596, 3611, 5028, 5045, 5047, 5048, 5052, 5054, 5058, 5060, 5063, 5065, 5069, 5073, 5075, 5078, 5085, 5090, 5092, 5093, 5094, 5110, 5137, 5166, 5168, 5169, 5173, 5175, 5179, 5181, 5184, 5186, 5190, 5194, 5196, 5199, 5206, 5211, 5213, 5214, 5215, 5231, 6358, 6365, 6367, 6368, 6371, 6374, 6378, 6380, 6381, 6383, 6388, 6392, 6394, 6396, 6405, 6408, 6410, 6411, 6413, 6430, 6473, 6476, 6477, 6481, 6482, 6484, 6485, 6488, 6489, 6491, 6492, 6493, 6495, 6496, 6501, 6732, 6733, 6734, 6735, 6736, 6737]), Anchor::All(&[Anchor::Lits(&[6124]), Anchor::Lits(&[2393, 2501])]), Anchor::All(&[Anchor::Lits(&[784, 785, 786, 787, 1680, 1681, 1682, 1683, 1931, 1932, 1933, 1934, 2037, 2054, 2065, 2066, 2358, 2359, 2360, 2361, 2989, 2997, 2998, 2999, 3112, 3113, 3114, 3115]), Anchor::Lits(&[4383, 4682, 5122, 5123, 6945, 7080, 7121, 7135, 7154, 7593, 8075])])])),
            (234, "governance-skipped", Anchor::Lits(&[398, 400, 714, 2914, 4437, 4455, 4552, 4553, 4677, 4679, 4680, 4681, 4718, 5580, 7410, 7411, 7412, 7845, 8074])),
            (235, "recovery-prevented", Anchor::Lits(&[430, 985, 1133, 2341, 2343, 3184, 3193, 3195, 3197, 3206, 3208, 3210, 3931, 4002, 5413, 5414, 5415, 5416, 5417, 5418, 5419, 5420, 5421, 5422, 5423, 5424, 5425, 5426, 5427, 5428, 5429, 5430, 5431, 5432, 5950, 5951, 5952, 5953, 5954, 5965, 5975, 5977, 6016, 6017, 6502, 6503, 6504, 6505, 6506, 6509, 6510, 6513, 6517, 6518, 6541, 6542, 6543, 6544, 6545, 6548, 6549, 6552, 6556, 6557, 6595, 6596, 6597, 6598, 6599, 6602, 6603, 6604, 6605, 6606, 7206, 7847, 7848, 7849, 7850, 7851, 7852, 7853, 7854, 7855, 7856, 7886, 7887, 7888, 7889, 7890, 7891, 7892, 7893, 7894, 7895, 7905, 7906, 7907, 7908, 7909, 7910, 7911, 7912, 7913, 7914, 7918, 7919, 7920, 7921, 7922, 7923, 7924, 7925, 7926, 7927, 7942, 7943, 7944, 7945, 7946, 7947, 7948, 7949, 7950, 7951, 8076, 8149, 8150, 8151, 8152, 8153, 8154, 8155, 8156, 8157, 8158])),
            (236, "payload-run-unseen", Anchor::Any(&[Anchor::Lits(&[190, 195, 196, 210, 348, 705, 852, 854, 873, 1830, 2913, 3494, 3498, 3499, 3504, 3718, 3733]), Anchor::All(&[Anchor::Lits(&[347, 681, 704, 851, 853, 1380, 1829, 2612, 2614, 2898, 2912, 3716, 3732]), Anchor::Lits(&[954, 1102, 2217, 2312, 3958])])])),
            (237, "audit-record-rigged", Anchor::Any(&[Anchor::Lits(&[1425, 1427, 1434, 1435, 1436, 1437, 1438, 1441, 1443, 1451, 1452, 1453, 1454, 1455, 7456, 7457, 7463, 7472, 7473, 7478]), Anchor::All(&[Anchor::Lits(&[49, 52, 69, 369, 1953, 2748, 3030]), Anchor::Lits(&[65, 68, 633, 1230, 1254, 1955, 2746, 2797, 2944, 3067, 3264])]), Anchor::All(&[Anchor::Lits(&[4304, 4545, 4736, 6762, 7216, 7358]), Anchor::Lits(&[1382, 2368, 3038, 3229, 3381, 3651]), Anchor::Lits(&[7443])])])),
            (238, "passed-off-as-ordinary", Anchor::Lits(&[255, 531, 533, 535, 536, 537, 660, 886, 887, 888, 889, 890, 1165, 1166, 1167, 1168, 1169, 1384, 1412, 1413, 1414, 1415, 1416, 1562, 1702, 1875, 1876, 1877, 1878, 1879, 1893, 1895, 1957, 2197, 2198, 2199, 2200, 2201, 2351, 2396, 2397, 2487, 2541, 2542, 2543, 2544, 2545, 2665, 2666, 2667, 2668, 2669, 2778, 2801, 2802, 2803, 2804, 2805, 2937, 3040, 3240])),
            (240, "new-operating-rules-declared", Anchor::Lits(&[2288, 2289, 2292, 2301, 2303, 2304, 2331, 2332, 2334, 2335, 2339])),
            (241, "earlier-rules-declared-lapsed", Anchor::All(&[Anchor::Lits(&[743, 1549, 1553, 1735, 1923, 2628, 2630, 2890, 2949]), Anchor::Lits(&[1194, 1405, 2400, 2677, 2684])])),
            (242, "persona-careless-of-rules", Anchor::Any(&[Anchor::Lits(&[620, 931, 1365, 1580, 1922, 2734, 2753, 2806, 2889, 3395, 3396, 3397, 3398, 3399, 3400, 3413, 3437, 3438, 3828, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3897, 3898, 3899, 3900, 3901, 3902, 3903, 3904, 3905, 5800]), Anchor::All(&[Anchor::Lits(&[470, 500, 940, 1389, 1643, 1657, 3179]), Anchor::Lits(&[3391, 3879, 3895])])])),
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
            (60, "unrestricted-mode", Anchor::Lits(&[30, 31, 108, 204, 219, 223, 276, 312, 350, 374, 385, 484, 499, 526, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 566, 584, 585, 587, 607, 640, 662, 675, 748, 865, 899, 995, 997, 998, 1007, 1011, 1012, 1016, 1017])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[29, 36, 106, 192, 203, 225, 244, 311, 384, 387, 432, 494, 515, 519, 525, 543, 570, 582, 583, 586, 606, 608, 747, 781, 784, 935, 936, 937, 938, 939, 940, 941, 943, 944, 945, 946, 947, 992, 993, 996, 999, 1002, 1005, 1006, 1010, 1013, 1014, 1015, 1018, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091]), Anchor::Lits(&[14, 17, 32, 78, 109, 119, 182, 286, 287, 433, 659, 693, 694, 695, 696, 727, 749, 759, 762, 766, 778, 782, 845, 846, 864, 868, 921, 983, 990, 1103, 1161])])),
            (65, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[107, 163, 175, 177, 178, 248, 253, 257, 264, 269, 273, 299, 379, 383, 523, 530, 567, 568, 569, 589, 594, 596, 598, 599, 600, 715, 768, 771, 786, 788, 794, 797, 805, 808]), Anchor::All(&[Anchor::Lits(&[96, 107, 163, 171, 178, 299, 330, 379, 383, 523, 529, 567, 568, 569, 697, 715, 732, 768, 771, 785, 788, 797]), Anchor::Lits(&[18, 66, 71, 405, 431, 434, 518, 701, 900, 954])])])),
            (66, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[51, 52, 53, 54, 88, 89, 90, 92, 153, 154, 155, 156, 196, 198, 199, 200, 325, 326, 327, 328, 397, 398, 399, 400, 524, 527, 528, 532, 545, 546, 547, 548, 769, 773, 774, 776]), Anchor::All(&[Anchor::Lits(&[49, 50, 324, 544]), Anchor::Lits(&[18, 66, 71, 431, 518, 701, 900])])])),
            (67, "no-rules-apply", Anchor::Lits(&[603, 604, 605, 952, 956, 957, 958, 959, 960, 961, 962, 963])),
            (68, "freed-from-limits", Anchor::Lits(&[98, 99, 102, 291, 292, 323, 349, 351, 520, 588, 595, 597, 609, 610, 611, 756, 994, 1000, 1001, 1019])),
            (70, "pre-safety-self", Anchor::Lits(&[79, 638])),
            (71, "stay-in-character", Anchor::Lits(&[245, 246, 254, 261, 262, 270, 512, 575, 576, 579, 758, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882])),
            (73, "jailbreak", Anchor::Lits(&[168, 169, 357, 358, 418, 419, 420, 460, 461, 462, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 493, 495, 496, 497, 498, 499, 500, 501, 612, 613, 716, 817, 1025, 1026, 1104, 1105, 1130, 1131, 1164, 1165, 1227, 1228])),
            (74, "evil-twin", Anchor::Lits(&[1146, 1156, 1167, 1173, 1175, 1178, 1181, 1193, 1196, 1198, 1202, 1203, 1205, 1206, 1207])),
            (80, "forbidden-becomes-required", Anchor::Lits(&[25, 26, 27, 28, 44, 45, 46, 47, 306, 307, 308, 309, 661, 1034, 1035, 1036, 1037])),
            (94, "disable-safety", Anchor::Lits(&[1, 24, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 100, 101, 104, 105, 107, 113, 114, 116, 117, 160, 161, 162, 174, 177, 178, 179, 193, 206, 207, 212, 231, 232, 240, 241, 289, 290, 293, 294, 295, 296, 297, 298, 299, 301, 302, 304, 310, 331, 347, 348, 352, 363, 364, 365, 377, 378, 380, 403, 404, 413, 416, 438, 439, 440, 441, 442, 443, 444, 492, 521, 565, 569, 573, 574, 639, 676, 678, 734, 745, 750, 751, 772, 779, 780, 787, 790, 791, 792, 793, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 813, 814, 815, 816, 824, 825, 826, 827, 828, 829, 830, 831, 832, 843, 844, 898, 901, 902, 903, 922, 951, 966, 988, 989, 991, 1004, 1094, 1147])),
            (95, "safety-declared-off", Anchor::Lits(&[22, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 107, 113, 114, 160, 161, 162, 174, 177, 178, 179, 193, 289, 294, 295, 296, 297, 298, 299, 304, 331, 377, 378, 380, 403, 404, 438, 439, 440, 441, 442, 443, 444, 565, 569, 734, 745, 750, 751, 772, 779, 780, 787, 790, 791, 792, 793, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 814, 815, 816, 824, 825, 826, 827, 828, 829, 830, 831, 832, 951, 988, 1147])),
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
            (60, "unrestricted-mode", Anchor::Lits(&[30, 31, 110, 206, 221, 225, 279, 315, 391, 415, 426, 482, 554, 569, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 611, 629, 630, 632, 652, 685, 707, 720, 797, 918, 952, 1053, 1055, 1056, 1065, 1069, 1070, 1074, 1075])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[29, 36, 108, 194, 205, 227, 247, 314, 425, 428, 449, 475, 481, 500, 564, 586, 615, 627, 628, 631, 651, 653, 796, 831, 834, 991, 992, 993, 994, 995, 996, 997, 999, 1000, 1001, 1002, 1003, 1050, 1051, 1054, 1057, 1060, 1063, 1064, 1068, 1071, 1072, 1073, 1076, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149]), Anchor::Lits(&[14, 18, 32, 79, 111, 121, 184, 289, 290, 501, 704, 738, 739, 740, 741, 774, 798, 808, 811, 815, 828, 832, 898, 899, 917, 921, 966, 1041, 1048, 1161, 1219])])),
            (65, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[109, 165, 177, 179, 180, 251, 256, 260, 267, 272, 276, 302, 420, 424, 479, 486, 612, 613, 614, 634, 639, 641, 643, 644, 645, 762, 817, 821, 836, 838, 844, 847, 855, 858]), Anchor::All(&[Anchor::Lits(&[98, 109, 165, 173, 180, 302, 333, 420, 424, 479, 485, 612, 613, 614, 742, 762, 779, 817, 821, 835, 838, 847]), Anchor::Lits(&[17, 66, 71, 446, 454, 499, 502, 747, 953, 1010])])])),
            (66, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[51, 52, 53, 54, 89, 90, 91, 93, 155, 156, 157, 158, 198, 200, 201, 202, 328, 329, 330, 331, 438, 439, 440, 441, 480, 483, 484, 488, 589, 590, 591, 592, 819, 823, 824, 826]), Anchor::All(&[Anchor::Lits(&[49, 50, 327, 588]), Anchor::Lits(&[17, 66, 71, 454, 499, 747, 953])])])),
            (67, "no-rules-apply", Anchor::Lits(&[648, 649, 650, 1008, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019])),
            (68, "freed-from-limits", Anchor::Lits(&[100, 101, 104, 294, 295, 326, 390, 392, 476, 633, 640, 642, 654, 655, 656, 805, 1052, 1058, 1059, 1077])),
            (70, "pre-safety-self", Anchor::Lits(&[80, 683])),
            (71, "stay-in-character", Anchor::Lits(&[248, 249, 257, 264, 265, 273, 583, 620, 621, 624, 807, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935])),
            (73, "jailbreak", Anchor::Lits(&[170, 171, 398, 399, 463, 464, 465, 530, 531, 532, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 563, 565, 566, 567, 568, 569, 570, 571, 657, 658, 763, 867, 1083, 1084, 1162, 1163, 1188, 1189, 1222, 1223, 1285, 1286])),
            (74, "evil-twin", Anchor::Lits(&[1204, 1214, 1225, 1231, 1233, 1236, 1239, 1251, 1254, 1256, 1260, 1261, 1263, 1264, 1265])),
            (80, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[706]), Anchor::All(&[Anchor::Lits(&[25, 26, 27, 28, 44, 45, 46, 47, 309, 310, 311, 312, 1092, 1093, 1094, 1095]), Anchor::Lits(&[78, 95, 235, 355, 751, 780, 818, 870, 871, 872, 986])])])),
            (94, "disable-safety", Anchor::Lits(&[1, 23, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 102, 103, 106, 107, 109, 115, 116, 119, 120, 162, 163, 164, 176, 179, 180, 181, 195, 208, 209, 214, 233, 234, 243, 244, 292, 293, 296, 297, 298, 299, 300, 301, 302, 304, 305, 307, 313, 334, 359, 360, 393, 404, 405, 406, 418, 419, 421, 444, 445, 458, 461, 477, 507, 508, 509, 510, 511, 512, 513, 562, 610, 614, 618, 619, 684, 721, 723, 783, 794, 799, 800, 822, 829, 830, 837, 840, 841, 842, 843, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 863, 864, 865, 866, 877, 878, 879, 880, 881, 882, 883, 884, 885, 896, 897, 951, 954, 955, 956, 976, 1007, 1022, 1046, 1047, 1049, 1062, 1152, 1205])),
            (95, "safety-declared-off", Anchor::Lits(&[23, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 109, 115, 116, 162, 163, 164, 176, 179, 180, 181, 195, 292, 297, 298, 299, 300, 301, 302, 307, 334, 418, 419, 421, 444, 445, 507, 508, 509, 510, 511, 512, 513, 610, 614, 783, 794, 799, 800, 822, 829, 830, 837, 840, 841, 842, 843, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 864, 865, 866, 877, 878, 879, 880, 881, 882, 883, 884, 885, 1007, 1046, 1205])),
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
function_call_output\
function_output\
function_result\
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
observation\
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
tool_output\
tool_response\
tool_result\
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
\xe3\x81\x93\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\xa7\xe3\x81\xae\
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
\xe4\xb8\x8a\xe8\xa8\x98\xe3\x81\xae\
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
\xe5\x85\x88\xe3\x81\xae\
\xe5\x85\xa7\xe9\x83\xa8\xe8\xa6\x8f\xe5\x89\x87\
\xe5\x85\xb3\xe9\x97\xad\
\xe5\x86\x85\xe7\xb7\x92\
\xe5\x86\x85\xe9\x83\xa8\xe8\xa7\x84\xe5\x88\x99\
\xe5\x88\x97\xe5\x87\xba\
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
\xe5\x89\x8d\xe3\x81\xae\
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
            ends: &[2, 4, 7, 10, 12, 14, 16, 22, 29, 35, 38, 48, 58, 62, 69, 74, 79, 87, 92, 97, 102, 107, 112, 117, 126, 135, 144, 149, 156, 161, 164, 178, 184, 190, 196, 199, 204, 208, 217, 223, 228, 236, 245, 251, 256, 266, 270, 275, 283, 292, 300, 308, 315, 320, 325, 330, 335, 341, 347, 357, 364, 369, 374, 378, 383, 391, 397, 403, 411, 415, 423, 431, 438, 445, 450, 455, 461, 467, 472, 477, 482, 487, 492, 497, 502, 504, 506, 508, 510, 512, 524, 536, 542, 549, 555, 558, 568, 578, 589, 600, 604, 611, 619, 627, 636, 645, 654, 659, 664, 671, 676, 679, 685, 688, 693, 697, 702, 707, 713, 718, 726, 735, 739, 742, 746, 751, 757, 763, 767, 771, 776, 784, 793, 801, 808, 819, 830, 840, 850, 855, 860, 866, 872, 884, 896, 902, 912, 919, 923, 928, 936, 939, 943, 949, 958, 967, 974, 981, 983, 985, 987, 989, 991, 997, 1004, 1010, 1013, 1023, 1033, 1037, 1044, 1052, 1061, 1070, 1079, 1084, 1091, 1096, 1099, 1105, 1108, 1113, 1117, 1123, 1128, 1136, 1145, 1150, 1154, 1159, 1167, 1176, 1184, 1191, 1197, 1203, 1213, 1220, 1224, 1229, 1237, 1241, 1243, 1245, 1247, 1249, 1251, 1257, 1264, 1270, 1273, 1283, 1293, 1297, 1304, 1312, 1321, 1330, 1339, 1344, 1351, 1356, 1359, 1365, 1368, 1373, 1377, 1383, 1388, 1396, 1405, 1410, 1414, 1419, 1427, 1436, 1444, 1451, 1457, 1463, 1473, 1480, 1484, 1489, 1497, 1501, 1503, 1505, 1507, 1509, 1511, 1517, 1524, 1530, 1533, 1543, 1553, 1557, 1564, 1572, 1581, 1590, 1599, 1604, 1611, 1616, 1619, 1625, 1628, 1633, 1637, 1643, 1648, 1656, 1665, 1670, 1674, 1679, 1687, 1696, 1704, 1711, 1717, 1723, 1733, 1740, 1744, 1749, 1757, 1761, 1763, 1765, 1768, 1771, 1773, 1775, 1777, 1789, 1801, 1807, 1814, 1820, 1823, 1829, 1836, 1849, 1863, 1873, 1883, 1894, 1905, 1911, 1915, 1922, 1931, 1941, 1948, 1956, 1961, 1966, 1974, 1983, 1991, 1998, 2006, 2011, 2016, 2021, 2026, 2031, 2036, 2046, 2057, 2068, 2077, 2086, 2095, 2104, 2110, 2115, 2120, 2131, 2142, 2149, 2154, 2159, 2162, 2168, 2175, 2188, 2202, 2208, 2214, 2220, 2223, 2228, 2232, 2236, 2241, 2246, 2254, 2263, 2272, 2278, 2283, 2291, 2300, 2306, 2313, 2321, 2325, 2328, 2332, 2337, 2343, 2349, 2353, 2362, 2372, 2376, 2381, 2392, 2400, 2406, 2413, 2422, 2429, 2437, 2444, 2452, 2460, 2468, 2475, 2480, 2485, 2496, 2507, 2512, 2517, 2527, 2537, 2550, 2563, 2568, 2573, 2579, 2585, 2591, 2602, 2610, 2622, 2634, 2643, 2649, 2659, 2666, 2671, 2676, 2680, 2685, 2705, 2720, 2734, 2747, 2755, 2761, 2767, 2778, 2796, 2802, 2805, 2812, 2820, 2824, 2830, 2839, 2848, 2856, 2864, 2871, 2878, 2883, 2888, 2895, 2902, 2908, 2914, 2919, 2924, 2929, 2934, 2939, 2944, 2949, 2951, 2954, 2957, 2967, 2977, 2987, 2994, 3002, 3011, 3012, 3014, 3016, 3018, 3020, 3022, 3024, 3030, 3033, 3043, 3047, 3054, 3062, 3069, 3079, 3083, 3087, 3100, 3113, 3126, 3130, 3136, 3148, 3160, 3172, 3179, 3182, 3185, 3189, 3193, 3197, 3201, 3205, 3209, 3213, 3217, 3221, 3225, 3229, 3233, 3237, 3241, 3245, 3249, 3253, 3256, 3259, 3260, 3262, 3264, 3266, 3268, 3270, 3272, 3275, 3280, 3285, 3290, 3295, 3300, 3305, 3311, 3317, 3324, 3331, 3338, 3345, 3352, 3359, 3366, 3373, 3380, 3387, 3394, 3401, 3408, 3415, 3422, 3429, 3436, 3439, 3442, 3446, 3450, 3454, 3458, 3462, 3466, 3471, 3476, 3482, 3488, 3494, 3500, 3506, 3512, 3518, 3524, 3530, 3536, 3542, 3548, 3554, 3560, 3566, 3572, 3578, 3581, 3584, 3589, 3594, 3599, 3603, 3607, 3611, 3615, 3619, 3623, 3627, 3631, 3635, 3639, 3643, 3647, 3651, 3655, 3659, 3663, 3667, 3669, 3671, 3674, 3677, 3680, 3682, 3685, 3688, 3691, 3694, 3697, 3700, 3707, 3711, 3722, 3733, 3738, 3747, 3755, 3764, 3772, 3786, 3804, 3819, 3837, 3852, 3871, 3887, 3904, 3922, 3932, 3937, 3947, 3952, 3959, 3969, 3979, 3990, 4002, 4015, 4026, 4041, 4053, 4065, 4076, 4084, 4090, 4094, 4098, 4103, 4108, 4113, 4118, 4123, 4128, 4133, 4138, 4143, 4148, 4153, 4158, 4163, 4168, 4173, 4178, 4183, 4186, 4189, 4192, 4197, 4202, 4207, 4208, 4211, 4213, 4216, 4219, 4222, 4225, 4228, 4231, 4238, 4242, 4253, 4258, 4266, 4275, 4283, 4288, 4293, 4300, 4304, 4308, 4313, 4318, 4323, 4328, 4333, 4338, 4343, 4348, 4353, 4358, 4363, 4368, 4373, 4378, 4383, 4388, 4393, 4395, 4398, 4401, 4404, 4407, 4410, 4413, 4420, 4424, 4435, 4440, 4448, 4457, 4465, 4470, 4475, 4482, 4486, 4490, 4495, 4500, 4505, 4510, 4515, 4520, 4525, 4530, 4535, 4540, 4545, 4550, 4555, 4560, 4565, 4570, 4575, 4578, 4584, 4587, 4594, 4595, 4597, 4599, 4610, 4613, 4619, 4629, 4634, 4643, 4651, 4658, 4664, 4670, 4677, 4682, 4686, 4697, 4707, 4710, 4715, 4726, 4730, 4733, 4734, 4736, 4738, 4740, 4742, 4744, 4746, 4749, 4752, 4755, 4758, 4761, 4764, 4775, 4786, 4799, 4807, 4817, 4821, 4836, 4841, 4845, 4849, 4854, 4859, 4864, 4869, 4874, 4879, 4884, 4889, 4894, 4899, 4904, 4909, 4914, 4919, 4924, 4929, 4934, 4936, 4939, 4949, 4959, 4971, 4978, 4987, 4990, 5004, 5008, 5010, 5013, 5016, 5020, 5024, 5028, 5032, 5036, 5040, 5044, 5048, 5052, 5056, 5060, 5064, 5068, 5072, 5076, 5080, 5084, 5087, 5088, 5090, 5093, 5096, 5097, 5103, 5106, 5111, 5121, 5125, 5135, 5142, 5147, 5159, 5163, 5172, 5180, 5184, 5193, 5201, 5213, 5223, 5230, 5238, 5245, 5251, 5252, 5254, 5256, 5258, 5260, 5262, 5264, 5266, 5272, 5279, 5286, 5293, 5300, 5307, 5314, 5321, 5329, 5337, 5346, 5355, 5364, 5373, 5382, 5391, 5400, 5409, 5418, 5427, 5436, 5445, 5454, 5463, 5472, 5481, 5490, 5493, 5505, 5517, 5522, 5527, 5532, 5537, 5542, 5547, 5553, 5559, 5566, 5573, 5580, 5587, 5594, 5601, 5608, 5615, 5622, 5629, 5636, 5643, 5650, 5657, 5664, 5671, 5678, 5682, 5687, 5692, 5697, 5702, 5707, 5712, 5717, 5725, 5733, 5741, 5749, 5757, 5765, 5773, 5782, 5791, 5800, 5810, 5820, 5830, 5840, 5850, 5860, 5870, 5880, 5890, 5900, 5910, 5920, 5930, 5940, 5950, 5960, 5970, 5976, 5982, 5989, 5996, 6003, 6010, 6017, 6024, 6031, 6038, 6045, 6052, 6059, 6066, 6073, 6080, 6087, 6094, 6101, 6105, 6109, 6113, 6117, 6121, 6125, 6130, 6135, 6141, 6147, 6153, 6159, 6165, 6171, 6177, 6183, 6189, 6195, 6201, 6207, 6213, 6219, 6225, 6231, 6237, 6240, 6243, 6247, 6251, 6255, 6259, 6263, 6267, 6271, 6275, 6279, 6283, 6287, 6291, 6295, 6299, 6303, 6307, 6311, 6314, 6317, 6320, 6323, 6326, 6329, 6333, 6342, 6352, 6356, 6360, 6365, 6370, 6375, 6380, 6385, 6390, 6395, 6400, 6405, 6410, 6415, 6420, 6425, 6430, 6435, 6440, 6445, 6447, 6449, 6459, 6468, 6474, 6481, 6488, 6495, 6503, 6512, 6519, 6525, 6530, 6540, 6549, 6553, 6557, 6567, 6574, 6582, 6587, 6593, 6602, 6609, 6612, 6615, 6622, 6629, 6636, 6641, 6648, 6656, 6666, 6672, 6679, 6686, 6698, 6707, 6710, 6716, 6722, 6727, 6734, 6739, 6745, 6755, 6761, 6775, 6782, 6792, 6797, 6803, 6809, 6815, 6821, 6827, 6833, 6839, 6845, 6851, 6857, 6863, 6870, 6877, 6885, 6893, 6900, 6907, 6914, 6921, 6928, 6935, 6943, 6951, 6959, 6967, 6975, 6983, 6991, 6999, 7007, 7015, 7023, 7031, 7039, 7047, 7055, 7063, 7071, 7082, 7089, 7094, 7106, 7115, 7117, 7120, 7123, 7126, 7129, 7132, 7135, 7143, 7151, 7160, 7172, 7180, 7190, 7196, 7207, 7218, 7231, 7244, 7259, 7262, 7265, 7268, 7276, 7284, 7293, 7305, 7313, 7323, 7329, 7340, 7351, 7364, 7377, 7392, 7395, 7399, 7403, 7416, 7424, 7436, 7443, 7454, 7464, 7473, 7481, 7489, 7498, 7505, 7511, 7524, 7536, 7541, 7548, 7561, 7567, 7570, 7573, 7581, 7593, 7599, 7610, 7618, 7622, 7626, 7630, 7634, 7638, 7642, 7646, 7650, 7654, 7659, 7664, 7670, 7676, 7682, 7688, 7694, 7700, 7706, 7712, 7718, 7724, 7730, 7736, 7742, 7748, 7754, 7760, 7766, 7770, 7774, 7779, 7784, 7789, 7794, 7799, 7804, 7809, 7814, 7819, 7824, 7829, 7834, 7839, 7844, 7849, 7854, 7859, 7862, 7866, 7870, 7874, 7878, 7882, 7886, 7893, 7900, 7907, 7912, 7921, 7931, 7941, 7950, 7960, 7967, 7982, 7991, 7996, 8001, 8007, 8013, 8019, 8025, 8031, 8037, 8043, 8049, 8055, 8061, 8067, 8073, 8079, 8085, 8091, 8097, 8103, 8108, 8114, 8116, 8125, 8134, 8143, 8152, 8161, 8170, 8179, 8188, 8197, 8206, 8216, 8226, 8236, 8246, 8256, 8266, 8277, 8288, 8300, 8312, 8324, 8336, 8348, 8360, 8372, 8384, 8396, 8408, 8420, 8432, 8444, 8456, 8468, 8480, 8492, 8498, 8507, 8511, 8515, 8519, 8523, 8527, 8531, 8537, 8542, 8547, 8553, 8559, 8565, 8571, 8577, 8583, 8589, 8595, 8601, 8607, 8613, 8619, 8625, 8631, 8637, 8643, 8649, 8653, 8662, 8668, 8675, 8682, 8688, 8696, 8702, 8710, 8723, 8730, 8738, 8746, 8758, 8763, 8768, 8777, 8787, 8797, 8808, 8819, 8825, 8831, 8840, 8850, 8860, 8870, 8880, 8890, 8900, 8910, 8920, 8930, 8940, 8951, 8962, 8982, 8997, 9016, 9030, 9048, 9065, 9081, 9096, 9111, 9127, 9141, 9154, 9174, 9193, 9205, 9219, 9239, 9252, 9262, 9272, 9282, 9293, 9304, 9315, 9326, 9337, 9348, 9360, 9372, 9384, 9396, 9408, 9420, 9432, 9444, 9456, 9468, 9480, 9492, 9504, 9516, 9528, 9540, 9552, 9562, 9573, 9584, 9596, 9608, 9614, 9619, 9625, 9633, 9641, 9651, 9661, 9671, 9681, 9691, 9701, 9712, 9723, 9735, 9747, 9759, 9771, 9783, 9795, 9807, 9819, 9831, 9843, 9855, 9867, 9879, 9891, 9903, 9915, 9927, 9932, 9937, 9942, 9947, 9952, 9957, 9963, 9969, 9976, 9983, 9990, 9997, 10004, 10011, 10018, 10025, 10032, 10039, 10046, 10053, 10060, 10067, 10074, 10081, 10088, 10098, 10103, 10109, 10115, 10123, 10137, 10158, 10165, 10175, 10185, 10194, 10204, 10209, 10216, 10222, 10229, 10237, 10244, 10250, 10258, 10264, 10268, 10274, 10284, 10290, 10296, 10302, 10308, 10314, 10320, 10327, 10334, 10342, 10350, 10358, 10366, 10374, 10382, 10390, 10398, 10406, 10414, 10422, 10430, 10438, 10446, 10454, 10462, 10470, 10475, 10480, 10483, 10487, 10491, 10495, 10499, 10503, 10507, 10511, 10515, 10519, 10523, 10528, 10533, 10538, 10543, 10548, 10553, 10559, 10565, 10571, 10577, 10583, 10589, 10595, 10601, 10607, 10613, 10619, 10625, 10631, 10637, 10643, 10649, 10655, 10665, 10676, 10687, 10697, 10703, 10709, 10725, 10731, 10738, 10740, 10744, 10750, 10758, 10763, 10768, 10773, 10778, 10783, 10788, 10795, 10802, 10809, 10815, 10821, 10828, 10835, 10842, 10849, 10856, 10863, 10870, 10877, 10884, 10891, 10898, 10905, 10912, 10919, 10926, 10933, 10940, 10946, 10951, 10956, 10961, 10966, 10971, 10976, 10983, 10990, 10997, 11003, 11009, 11016, 11023, 11030, 11037, 11044, 11051, 11058, 11065, 11072, 11079, 11086, 11093, 11100, 11107, 11114, 11121, 11128, 11134, 11136, 11145, 11151, 11156, 11161, 11166, 11171, 11176, 11181, 11188, 11195, 11202, 11208, 11214, 11220, 11226, 11232, 11238, 11246, 11254, 11262, 11269, 11276, 11284, 11292, 11300, 11308, 11316, 11324, 11332, 11340, 11348, 11356, 11364, 11372, 11380, 11388, 11396, 11404, 11412, 11418, 11424, 11431, 11438, 11445, 11452, 11459, 11466, 11473, 11480, 11487, 11494, 11501, 11508, 11515, 11522, 11529, 11536, 11543, 11552, 11561, 11570, 11576, 11582, 11588, 11593, 11598, 11604, 11611, 11618, 11625, 11633, 11641, 11649, 11654, 11659, 11668, 11673, 11680, 11686, 11693, 11700, 11709, 11715, 11721, 11728, 11736, 11744, 11752, 11761, 11770, 11779, 11783, 11789, 11796, 11803, 11810, 11822, 11830, 11838, 11846, 11852, 11863, 11869, 11873, 11876, 11886, 11897, 11902, 11907, 11912, 11917, 11922, 11927, 11933, 11939, 11946, 11953, 11960, 11967, 11974, 11981, 11988, 11995, 12002, 12009, 12016, 12023, 12030, 12037, 12044, 12051, 12058, 12068, 12076, 12082, 12089, 12099, 12109, 12119, 12128, 12137, 12144, 12150, 12159, 12169, 12179, 12189, 12199, 12209, 12219, 12233, 12243, 12253, 12264, 12275, 12287, 12299, 12311, 12323, 12335, 12347, 12359, 12371, 12383, 12395, 12407, 12419, 12431, 12443, 12455, 12467, 12479, 12494, 12497, 12506, 12513, 12524, 12532, 12539, 12548, 12558, 12564, 12574, 12586, 12600, 12614, 12628, 12633, 12642, 12653, 12666, 12679, 12692, 12696, 12700, 12708, 12718, 12730, 12742, 12754, 12762, 12767, 12771, 12776, 12787, 12794, 12804, 12812, 12816, 12822, 12827, 12832, 12837, 12842, 12847, 12852, 12858, 12864, 12871, 12878, 12885, 12892, 12899, 12906, 12913, 12920, 12927, 12934, 12941, 12948, 12955, 12962, 12969, 12976, 12983, 12989, 12996, 13003, 13011, 13018, 13023, 13031, 13040, 13049, 13056, 13063, 13075, 13087, 13099, 13111, 13123, 13135, 13147, 13160, 13173, 13187, 13201, 13215, 13229, 13243, 13257, 13271, 13285, 13299, 13313, 13327, 13341, 13355, 13369, 13383, 13397, 13411, 13419, 13427, 13435, 13440, 13445, 13450, 13456, 13463, 13470, 13478, 13484, 13490, 13496, 13502, 13508, 13514, 13520, 13529, 13537, 13544, 13551, 13559, 13567, 13575, 13583, 13591, 13599, 13607, 13615, 13623, 13631, 13639, 13647, 13655, 13663, 13671, 13679, 13687, 13691, 13697, 13704, 13710, 13715, 13724, 13734, 13740, 13746, 13752, 13757, 13764, 13770, 13787, 13797, 13806, 13809, 13813, 13817, 13821, 13825, 13829, 13833, 13843, 13853, 13863, 13869, 13876, 13883, 13888, 13893, 13899, 13905, 13911, 13917, 13923, 13929, 13935, 13941, 13947, 13953, 13959, 13965, 13971, 13977, 13983, 13989, 13995, 14000, 14008, 14014, 14021, 14027, 14032, 14052, 14067, 14082, 14085, 14091, 14097, 14103, 14107, 14111, 14118, 14126, 14130, 14134, 14138, 14141, 14149, 14155, 14161, 14173, 14176, 14180, 14184, 14188, 14193, 14198, 14203, 14208, 14215, 14221, 14226, 14231, 14237, 14245, 14249, 14257, 14263, 14269, 14277, 14284, 14290, 14295, 14299, 14303, 14307, 14311, 14315, 14319, 14324, 14329, 14335, 14341, 14347, 14353, 14359, 14365, 14371, 14377, 14383, 14389, 14395, 14401, 14407, 14413, 14419, 14425, 14431, 14434, 14437, 14440, 14443, 14446, 14449, 14455, 14459, 14466, 14473, 14477, 14481, 14486, 14491, 14496, 14501, 14506, 14511, 14516, 14521, 14526, 14531, 14536, 14541, 14546, 14551, 14556, 14561, 14566, 14570, 14577, 14585, 14590, 14594, 14596, 14599, 14602, 14610, 14618, 14627, 14635, 14645, 14656, 14669, 14682, 14697, 14705, 14713, 14722, 14730, 14740, 14751, 14764, 14777, 14792, 14795, 14798, 14805, 14808, 14811, 14814, 14817, 14820, 14823, 14827, 14831, 14836, 14841, 14846, 14851, 14856, 14861, 14866, 14871, 14876, 14881, 14886, 14891, 14896, 14901, 14906, 14911, 14916, 14922, 14929, 14932, 14939, 14946, 14953, 14960, 14967, 14974, 14981, 14989, 14997, 15006, 15015, 15024, 15033, 15042, 15051, 15060, 15069, 15078, 15087, 15096, 15105, 15114, 15123, 15132, 15141, 15150, 15159, 15168, 15177, 15186, 15195, 15204, 15213, 15223, 15233, 15244, 15255, 15266, 15277, 15288, 15299, 15310, 15321, 15332, 15343, 15354, 15365, 15376, 15387, 15398, 15409, 15420, 15431, 15442, 15454, 15464, 15469, 15476, 15484, 15487, 15496, 15505, 15520, 15526, 15531, 15538, 15549, 15561, 15573, 15594, 15617, 15641, 15652, 15660, 15665, 15672, 15677, 15686, 15696, 15698, 15701, 15704, 15712, 15720, 15729, 15737, 15747, 15758, 15771, 15784, 15799, 15807, 15815, 15824, 15832, 15842, 15853, 15866, 15879, 15894, 15897, 15900, 15904, 15909, 15934, 15939, 15943, 15957, 15965, 15980, 15984, 15990, 15996, 16001, 16004, 16008, 16012, 16018, 16024, 16030, 16036, 16042, 16048, 16056, 16064, 16072, 16079, 16086, 16093, 16100, 16107, 16114, 16123, 16132, 16141, 16149, 16157, 16166, 16175, 16184, 16193, 16202, 16211, 16220, 16229, 16238, 16247, 16256, 16265, 16274, 16283, 16292, 16301, 16310, 16317, 16324, 16332, 16340, 16348, 16356, 16364, 16372, 16380, 16388, 16396, 16404, 16412, 16420, 16428, 16436, 16444, 16452, 16460, 16464, 16470, 16474, 16479, 16482, 16486, 16490, 16503, 16518, 16526, 16536, 16544, 16548, 16552, 16565, 16580, 16588, 16598, 16606, 16618, 16632, 16639, 16648, 16653, 16658, 16663, 16668, 16675, 16682, 16688, 16694, 16700, 16707, 16711, 16716, 16724, 16740, 16744, 16751, 16760, 16766, 16771, 16776, 16780, 16787, 16794, 16798, 16806, 16813, 16818, 16827, 16836, 16845, 16853, 16860, 16869, 16872, 16890, 16896, 16900, 16905, 16911, 16917, 16923, 16929, 16935, 16941, 16947, 16953, 16959, 16965, 16971, 16978, 16985, 16993, 17001, 17009, 17017, 17023, 17030, 17037, 17045, 17053, 17060, 17067, 17074, 17081, 17088, 17096, 17104, 17112, 17120, 17128, 17136, 17144, 17152, 17160, 17168, 17176, 17184, 17192, 17200, 17208, 17216, 17224, 17230, 17237, 17245, 17253, 17262, 17271, 17275, 17279, 17288, 17290, 17296, 17303, 17308, 17311, 17324, 17339, 17349, 17360, 17370, 17381, 17386, 17399, 17409, 17422, 17431, 17449, 17464, 17482, 17496, 17516, 17529, 17543, 17559, 17577, 17587, 17602, 17610, 17614, 17619, 17624, 17629, 17634, 17639, 17644, 17650, 17656, 17663, 17670, 17677, 17684, 17691, 17698, 17705, 17712, 17719, 17726, 17733, 17740, 17747, 17754, 17761, 17768, 17775, 17779, 17784, 17789, 17794, 17799, 17804, 17809, 17815, 17821, 17828, 17835, 17842, 17849, 17856, 17863, 17870, 17877, 17884, 17891, 17898, 17905, 17912, 17919, 17926, 17933, 17940, 17945, 17953, 17957, 17961, 17972, 17981, 17983, 17991, 17995, 18002, 18006, 18011, 18016, 18021, 18026, 18031, 18036, 18042, 18048, 18055, 18062, 18069, 18076, 18083, 18090, 18097, 18104, 18111, 18118, 18125, 18132, 18139, 18146, 18153, 18160, 18167, 18174, 18181, 18188, 18194, 18201, 18206, 18212, 18220, 18228, 18234, 18242, 18251, 18260, 18269, 18275, 18278, 18293, 18298, 18303, 18308, 18313, 18318, 18323, 18333, 18343, 18353, 18363, 18373, 18383, 18389, 18395, 18402, 18409, 18416, 18423, 18430, 18437, 18444, 18451, 18458, 18465, 18472, 18479, 18486, 18493, 18500, 18507, 18514, 18521, 18527, 18535, 18540, 18548, 18556, 18561, 18564, 18568, 18572, 18576, 18580, 18584, 18588, 18597, 18606, 18615, 18624, 18629, 18634, 18640, 18646, 18652, 18658, 18664, 18670, 18676, 18682, 18688, 18694, 18700, 18706, 18712, 18718, 18724, 18730, 18736, 18740, 18744, 18753, 18758, 18766, 18772, 18776, 18786, 18796, 18806, 18811, 18818, 18827, 18837, 18847, 18853, 18860, 18868, 18870, 18875, 18880, 18885, 18890, 18895, 18900, 18906, 18912, 18919, 18926, 18933, 18940, 18947, 18954, 18961, 18968, 18975, 18982, 18989, 18996, 19003, 19010, 19017, 19024, 19031, 19037, 19044, 19051, 19058, 19065, 19072, 19079, 19099, 19119, 19139, 19159, 19179, 19199, 19220, 19241, 19263, 19285, 19307, 19329, 19351, 19373, 19395, 19417, 19439, 19461, 19483, 19505, 19527, 19549, 19571, 19593, 19615, 19623, 19631, 19640, 19649, 19658, 19667, 19676, 19685, 19694, 19703, 19712, 19721, 19730, 19739, 19748, 19757, 19766, 19775, 19784, 19791, 19796, 19800, 19803, 19806, 19814, 19822, 19830, 19838, 19846, 19854, 19864, 19874, 19884, 19893, 19902, 19912, 19922, 19932, 19942, 19952, 19962, 19972, 19982, 19992, 20002, 20012, 20022, 20032, 20042, 20052, 20062, 20072, 20080, 20088, 20096, 20104, 20112, 20120, 20130, 20140, 20150, 20159, 20168, 20178, 20188, 20198, 20208, 20218, 20228, 20238, 20248, 20258, 20268, 20278, 20288, 20298, 20308, 20318, 20328, 20338, 20343, 20347, 20351, 20355, 20364, 20370, 20377, 20385, 20394, 20400, 20406, 20411, 20419, 20427, 20433, 20440, 20449, 20454, 20461, 20471, 20477, 20484, 20491, 20502, 20508, 20514, 20520, 20530, 20540, 20550, 20559, 20567, 20579, 20591, 20603, 20614, 20621, 20627, 20631, 20636, 20641, 20645, 20650, 20653, 20658, 20667, 20673, 20680, 20692, 20700, 20703, 20709, 20716, 20719, 20725, 20731, 20739, 20748, 20761, 20764, 20770, 20777, 20784, 20788, 20797, 20803, 20810, 20813, 20817, 20822, 20832, 20842, 20852, 20862, 20872, 20882, 20893, 20904, 20916, 20928, 20940, 20952, 20964, 20976, 20988, 21000, 21012, 21024, 21036, 21048, 21060, 21072, 21084, 21096, 21108, 21115, 21119, 21123, 21127, 21132, 21137, 21141, 21145, 21150, 21156, 21170, 21184, 21198, 21212, 21226, 21240, 21254, 21269, 21284, 21300, 21316, 21332, 21348, 21364, 21380, 21396, 21412, 21428, 21444, 21460, 21476, 21492, 21508, 21524, 21540, 21556, 21561, 21567, 21572, 21576, 21582, 21587, 21592, 21597, 21603, 21607, 21612, 21619, 21628, 21639, 21650, 21661, 21671, 21679, 21683, 21690, 21696, 21700, 21704, 21708, 21712, 21716, 21720, 21724, 21728, 21738, 21746, 21752, 21759, 21766, 21773, 21780, 21787, 21794, 21809, 21823, 21836, 21843, 21850, 21864, 21877, 21885, 21893, 21902, 21911, 21920, 21929, 21938, 21947, 21956, 21965, 21974, 21983, 21992, 22001, 22010, 22019, 22028, 22037, 22046, 22051, 22056, 22062, 22068, 22074, 22080, 22086, 22092, 22098, 22104, 22110, 22116, 22122, 22128, 22134, 22140, 22146, 22152, 22158, 22180, 22189, 22193, 22198, 22203, 22207, 22214, 22218, 22225, 22232, 22241, 22253, 22265, 22274, 22282, 22285, 22293, 22295, 22298, 22301, 22304, 22307, 22310, 22313, 22322, 22331, 22340, 22345, 22349, 22360, 22373, 22384, 22388, 22392, 22397, 22402, 22407, 22412, 22417, 22422, 22427, 22432, 22437, 22442, 22447, 22452, 22457, 22462, 22467, 22472, 22477, 22485, 22496, 22505, 22516, 22524, 22540, 22550, 22560, 22570, 22579, 22586, 22594, 22600, 22604, 22612, 22617, 22622, 22627, 22636, 22653, 22660, 22668, 22684, 22700, 22716, 22732, 22748, 22764, 22781, 22798, 22816, 22834, 22852, 22870, 22888, 22906, 22924, 22942, 22960, 22978, 22996, 23014, 23032, 23050, 23068, 23086, 23104, 23110, 23120, 23126, 23132, 23144, 23149, 23155, 23161, 23164, 23167, 23176, 23183, 23192, 23196, 23206, 23211, 23218, 23226, 23232, 23236, 23245, 23252, 23264, 23274, 23278, 23287, 23296, 23305, 23314, 23323, 23332, 23342, 23352, 23363, 23374, 23385, 23396, 23407, 23418, 23429, 23440, 23451, 23462, 23473, 23484, 23495, 23506, 23517, 23528, 23539, 23549, 23559, 23569, 23579, 23589, 23599, 23610, 23621, 23633, 23645, 23657, 23669, 23681, 23693, 23705, 23717, 23729, 23741, 23753, 23765, 23777, 23789, 23801, 23813, 23825, 23830, 23839, 23843, 23847, 23854, 23869, 23884, 23899, 23914, 23929, 23944, 23960, 23976, 23993, 24010, 24027, 24044, 24061, 24078, 24095, 24112, 24129, 24146, 24163, 24180, 24197, 24214, 24231, 24248, 24265, 24280, 24295, 24310, 24325, 24340, 24355, 24371, 24387, 24404, 24421, 24438, 24455, 24472, 24489, 24506, 24523, 24540, 24557, 24574, 24591, 24608, 24625, 24642, 24659, 24676, 24681, 24687, 24693, 24700, 24710, 24713, 24716, 24719, 24722, 24725, 24728, 24731, 24736, 24739, 24743, 24747, 24751, 24755, 24760, 24765, 24770, 24775, 24780, 24785, 24790, 24795, 24800, 24805, 24810, 24815, 24820, 24825, 24830, 24835, 24840, 24843, 24848, 24849, 24852, 24854, 24857, 24860, 24863, 24866, 24869, 24872, 24875, 24882, 24890, 24897, 24901, 24912, 24923, 24928, 24936, 24945, 24955, 24965, 24975, 24981, 24989, 24995, 24999, 25006, 25010, 25016, 25021, 25028, 25034, 25043, 25053, 25059, 25064, 25070, 25079, 25089, 25098, 25106, 25113, 25120, 25131, 25139, 25144, 25150, 25159, 25164, 25167, 25170, 25173, 25176, 25179, 25186, 25194, 25201, 25205, 25216, 25227, 25232, 25240, 25249, 25259, 25269, 25279, 25285, 25293, 25299, 25303, 25310, 25314, 25320, 25325, 25332, 25338, 25347, 25357, 25363, 25368, 25374, 25383, 25393, 25402, 25410, 25417, 25424, 25435, 25443, 25448, 25454, 25463, 25468, 25472, 25480, 25488, 25496, 25504, 25514, 25524, 25534, 25544, 25554, 25566, 25580, 25594, 25604, 25614, 25625, 25635, 25647, 25660, 25675, 25690, 25707, 25717, 25727, 25738, 25748, 25760, 25773, 25788, 25803, 25820, 25838, 25852, 25866, 25876, 25886, 25897, 25907, 25919, 25932, 25947, 25962, 25979, 25989, 25999, 26010, 26020, 26032, 26045, 26060, 26075, 26092, 26102, 26112, 26123, 26133, 26145, 26158, 26173, 26188, 26205, 26215, 26225, 26236, 26246, 26258, 26271, 26286, 26301, 26318, 26324, 26337, 26349, 26361, 26369, 26398, 26408, 26418, 26428, 26434, 26444, 26450, 26458, 26466, 26472, 26480, 26513, 26544, 26550, 26554, 26562, 26573, 26584, 26590, 26594, 26604, 26631, 26637, 26647, 26653, 26676, 26680, 26693, 26706, 26710, 26731, 26743, 26780, 26789, 26808, 26848, 26864, 26870, 26907, 26932, 26947, 26981, 26993, 27014, 27026, 27035, 27051, 27070, 27092, 27132, 27178, 27187, 27208, 27217, 27226, 27247, 27253, 27268, 27286, 27295, 27313, 27322, 27334, 27355, 27376, 27388, 27409, 27442, 27457, 27478, 27482, 27486, 27490, 27494, 27498, 27506, 27515, 27523, 27528, 27540, 27552, 27558, 27567, 27577, 27588, 27599, 27610, 27617, 27626, 27633, 27638, 27646, 27651, 27658, 27664, 27672, 27679, 27689, 27700, 27707, 27713, 27720, 27730, 27741, 27751, 27760, 27768, 27776, 27788, 27797, 27803, 27810, 27820, 27826, 27830, 27834, 27838, 27842, 27846, 27854, 27863, 27871, 27876, 27888, 27900, 27906, 27915, 27925, 27936, 27947, 27958, 27965, 27974, 27981, 27986, 27994, 27999, 28006, 28012, 28020, 28027, 28037, 28048, 28055, 28061, 28068, 28078, 28089, 28099, 28108, 28116, 28124, 28136, 28145, 28151, 28158, 28168, 28174, 28178, 28182, 28186, 28190, 28194, 28202, 28211, 28219, 28224, 28236, 28248, 28254, 28263, 28273, 28284, 28295, 28306, 28313, 28322, 28329, 28334, 28342, 28347, 28354, 28360, 28368, 28375, 28385, 28396, 28403, 28409, 28416, 28426, 28437, 28447, 28456, 28464, 28472, 28484, 28493, 28499, 28506, 28516, 28522, 28526, 28530, 28534, 28538, 28542, 28550, 28559, 28567, 28572, 28584, 28596, 28602, 28611, 28621, 28632, 28643, 28654, 28661, 28670, 28677, 28682, 28690, 28695, 28702, 28708, 28716, 28723, 28733, 28744, 28751, 28757, 28764, 28774, 28785, 28795, 28804, 28812, 28820, 28832, 28841, 28847, 28854, 28864, 28870, 28874, 28878, 28882, 28886, 28890, 28898, 28907, 28915, 28920, 28932, 28944, 28950, 28959, 28969, 28980, 28991, 29002, 29009, 29018, 29025, 29030, 29038, 29043, 29050, 29056, 29064, 29071, 29081, 29092, 29099, 29105, 29112, 29122, 29133, 29143, 29152, 29160, 29168, 29180, 29189, 29195, 29202, 29212, 29218, 29222, 29226, 29230, 29234, 29238, 29246, 29255, 29263, 29268, 29280, 29292, 29298, 29307, 29317, 29328, 29339, 29350, 29357, 29366, 29373, 29378, 29386, 29391, 29398, 29404, 29412, 29419, 29429, 29440, 29447, 29453, 29460, 29470, 29481, 29491, 29500, 29508, 29516, 29528, 29537, 29543, 29550, 29560, 29566, 29570, 29574, 29578, 29582, 29586, 29594, 29603, 29611, 29616, 29628, 29640, 29646, 29655, 29665, 29676, 29687, 29698, 29705, 29714, 29721, 29726, 29734, 29739, 29746, 29752, 29760, 29767, 29777, 29788, 29795, 29801, 29808, 29818, 29829, 29839, 29848, 29856, 29864, 29876, 29885, 29891, 29898, 29908, 29914, 29918, 29922, 29926, 29930, 29934, 29942, 29951, 29959, 29964, 29976, 29988, 29994, 30003, 30013, 30024, 30035, 30046, 30053, 30062, 30069, 30074, 30082, 30087, 30094, 30100, 30108, 30115, 30125, 30136, 30143, 30149, 30156, 30166, 30177, 30187, 30196, 30204, 30212, 30224, 30233, 30239, 30246, 30256, 30262, 30266, 30270, 30274, 30278, 30282, 30290, 30299, 30307, 30312, 30324, 30336, 30342, 30351, 30361, 30372, 30383, 30394, 30401, 30410, 30417, 30422, 30430, 30435, 30442, 30448, 30456, 30463, 30473, 30484, 30491, 30497, 30504, 30514, 30525, 30535, 30544, 30552, 30560, 30572, 30581, 30587, 30594, 30604, 30610, 30614, 30618, 30622, 30626, 30630, 30638, 30647, 30655, 30660, 30672, 30684, 30690, 30699, 30709, 30720, 30731, 30742, 30749, 30758, 30765, 30770, 30778, 30783, 30790, 30796, 30804, 30811, 30821, 30832, 30839, 30845, 30852, 30862, 30873, 30883, 30892, 30900, 30908, 30920, 30929, 30935, 30942, 30952, 30958, 30962, 30966, 30970, 30974, 30978, 30986, 30995, 31003, 31008, 31020, 31032, 31038, 31047, 31057, 31068, 31079, 31090, 31097, 31106, 31113, 31118, 31126, 31131, 31138, 31144, 31152, 31159, 31169, 31180, 31187, 31193, 31200, 31210, 31221, 31231, 31240, 31248, 31256, 31268, 31277, 31283, 31290, 31300, 31306, 31310, 31314, 31318, 31322, 31326, 31334, 31343, 31351, 31356, 31368, 31380, 31386, 31395, 31405, 31416, 31427, 31438, 31445, 31454, 31461, 31466, 31474, 31479, 31486, 31492, 31500, 31507, 31517, 31528, 31535, 31541, 31548, 31558, 31569, 31579, 31588, 31596, 31604, 31616, 31625, 31631, 31638, 31648, 31654, 31659, 31664, 31668, 31672, 31676, 31680, 31684, 31692, 31701, 31709, 31714, 31726, 31738, 31744, 31753, 31763, 31774, 31785, 31796, 31803, 31812, 31819, 31824, 31832, 31837, 31844, 31850, 31858, 31865, 31875, 31886, 31893, 31899, 31906, 31916, 31927, 31937, 31946, 31954, 31962, 31974, 31983, 31989, 31996, 32006, 32012, 32016, 32020, 32024, 32028, 32032, 32040, 32049, 32057, 32062, 32074, 32086, 32092, 32101, 32111, 32122, 32133, 32144, 32151, 32160, 32167, 32172, 32180, 32185, 32192, 32198, 32206, 32213, 32223, 32234, 32241, 32247, 32254, 32264, 32275, 32285, 32294, 32302, 32310, 32322, 32331, 32337, 32344, 32354, 32360, 32364, 32368, 32372, 32376, 32380, 32388, 32397, 32405, 32410, 32422, 32434, 32440, 32449, 32459, 32470, 32481, 32492, 32499, 32508, 32515, 32520, 32528, 32533, 32540, 32546, 32554, 32561, 32571, 32582, 32589, 32595, 32602, 32612, 32623, 32633, 32642, 32650, 32658, 32670, 32679, 32685, 32692, 32702, 32708, 32712, 32716, 32720, 32724, 32728, 32736, 32745, 32753, 32758, 32770, 32782, 32788, 32797, 32807, 32818, 32829, 32840, 32847, 32856, 32863, 32868, 32876, 32881, 32888, 32894, 32902, 32909, 32919, 32930, 32937, 32943, 32950, 32960, 32971, 32981, 32990, 32998, 33006, 33018, 33027, 33033, 33040, 33050, 33056, 33060, 33064, 33068, 33072, 33076, 33084, 33093, 33101, 33106, 33118, 33130, 33136, 33145, 33155, 33166, 33177, 33188, 33195, 33204, 33211, 33216, 33224, 33229, 33236, 33242, 33250, 33257, 33267, 33278, 33285, 33291, 33298, 33308, 33319, 33329, 33338, 33346, 33354, 33366, 33375, 33381, 33388, 33398, 33404, 33416, 33431, 33437, 33443, 33452, 33470, 33479, 33482, 33491, 33509, 33527, 33536, 33554, 33581, 33611, 33623, 33638, 33653, 33665, 33674, 33680, 33686, 33695, 33704, 33713, 33719, 33728, 33740, 33749, 33761, 33767, 33779, 33791, 33797, 33803, 33812, 33824, 33836, 33848, 33857, 33866, 33872, 33878, 33884, 33896, 33902, 33908, 33920, 33926, 33938, 33950, 33962, 33968, 33974, 33980, 33986, 33992, 33998, 34007, 34013, 34025, 34034, 34040, 34052, 34058, 34064, 34070, 34079, 34085, 34091, 34097, 34103, 34112, 34118, 34124, 34142, 34163, 34169, 34175, 34181, 34187, 34193, 34199, 34205, 34211, 34217, 34223, 34229, 34235, 34241, 34247, 34253, 34259, 34265, 34271, 34277, 34283, 34289, 34295, 34301, 34307, 34313, 34319, 34328, 34346, 34364, 34370, 34376, 34382, 34388, 34394, 34403, 34409, 34415, 34421, 34427, 34433, 34445, 34451, 34457, 34469, 34484, 34490, 34496, 34502, 34508, 34514, 34529, 34535, 34547, 34559, 34571, 34583, 34589, 34592, 34598, 34604, 34610, 34613, 34625, 34628, 34634, 34640, 34646, 34652, 34658, 34667, 34673, 34679, 34685, 34691, 34700, 34706, 34712, 34718, 34724, 34730, 34736, 34742, 34748, 34754, 34760, 34766, 34778, 34796, 34808, 34814, 34820, 34826, 34835, 34841, 34844, 34847, 34850, 34862, 34868, 34877, 34886, 34895, 34901, 34910, 34916, 34922, 34934, 34940, 34946, 34958, 34967, 34979, 34985, 34991, 35000, 35012, 35018, 35024, 35036, 35042, 35048, 35054, 35060, 35066, 35072, 35078, 35084, 35090, 35096, 35105, 35111, 35117, 35123, 35129, 35132],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[783, 812, 898, 899, 940, 2235]), Anchor::All(&[Anchor::Lits(&[869]), Anchor::Lits(&[1051])]), Anchor::All(&[Anchor::Lits(&[863, 864, 865, 866, 867, 868, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022]), Anchor::Lits(&[6, 8, 64, 65, 89, 93, 149, 150, 162, 164, 199, 200, 206, 208, 243, 244, 250, 252, 287, 288, 296, 300, 419, 424, 877, 932, 939, 3303, 3305, 3340, 3341, 3347, 3349, 3384, 3385, 3536, 3538, 3573, 3574, 3580, 3582, 3617, 3618, 3624, 3626, 3661, 3662, 3668, 3670, 3705, 3706, 3712, 3714, 3749, 3750, 3756, 3758, 3793, 3794, 3800, 3802, 3837, 3838, 3844, 3846, 3881, 3882, 3888, 3890, 3925, 3926, 3932, 3934, 3969, 3970, 3976, 3978, 4013, 4014, 4020, 4022, 4057, 4058, 4066, 4068, 4103, 4104, 4110, 4112, 4147, 4148, 4154, 4156, 4191, 4192, 4198, 4200, 4235, 4236, 4242, 4244, 4279, 4280]), Anchor::Lits(&[7, 63, 92, 148, 163, 198, 207, 242, 251, 286, 299, 418, 870, 925, 3304, 3339, 3348, 3383, 3537, 3572, 3581, 3616, 3625, 3660, 3669, 3704, 3713, 3748, 3757, 3792, 3801, 3836, 3845, 3880, 3889, 3924, 3933, 3968, 3977, 4012, 4021, 4056, 4067, 4102, 4111, 4146, 4155, 4190, 4199, 4234, 4243, 4278])]), Anchor::All(&[Anchor::Lits(&[1094, 2091, 2240, 2975, 2986, 2989, 2990]), Anchor::Lits(&[765]), Anchor::Lits(&[836])]), Anchor::All(&[Anchor::Lits(&[815]), Anchor::Lits(&[3296])]), Anchor::All(&[Anchor::Lits(&[805]), Anchor::Lits(&[837])]), Anchor::All(&[Anchor::Lits(&[5, 88, 161, 205, 249, 295, 1412, 1807, 1907, 2177, 2203, 2926, 2974, 2988, 3302, 3346, 3535, 3579, 3623, 3667, 3711, 3755, 3799, 3843, 3887, 3931, 3975, 4019, 4065, 4109, 4153, 4197, 4241]), Anchor::Lits(&[766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 807, 808, 809, 810, 811, 813, 814, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834]), Anchor::Lits(&[1382, 1383, 1384, 1385, 1386, 1387, 1412, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1799, 1800, 1801, 1802, 1803, 1804, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2978, 2979, 2980, 2981, 2982, 2983, 2988, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028])])])),
            (47, "code-fence-role", Anchor::Lits(&[1075])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[333, 341, 342, 349, 391, 402, 407, 408, 427, 428]), Anchor::Lits(&[1591, 1835, 1858, 1992, 2169, 2585])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[464, 469, 472, 477, 480, 481, 482, 485, 486, 487, 488]), Anchor::Any(&[Anchor::Lits(&[1381, 1798, 2977]), Anchor::All(&[Anchor::Lits(&[1381, 1798, 2237, 2977]), Anchor::Lits(&[4, 31, 38, 43, 45, 51, 68, 294, 350, 362, 367, 378, 390, 432, 1391, 1806, 2238, 2987])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2977]), Anchor::Lits(&[4, 294, 592, 593, 1052, 2984, 2985, 2987]), Anchor::Lits(&[1096, 1254, 1293, 1330, 1368, 1733, 1787, 1805, 1827, 1830, 1834, 1836, 1849, 1978, 1979, 1991, 2014, 2034, 2045, 2168, 2239, 2248, 2249, 2380, 2456, 2461, 2462, 2484, 2541, 2584, 2639, 2664, 2669, 2837, 2841, 2857, 3131, 3270])]), Anchor::All(&[Anchor::Lits(&[1083, 1372, 1655, 1848, 2056, 2057, 2058, 2059, 2117, 2118, 2170, 2483, 2543, 2544, 2964, 3128, 3262]), Anchor::Lits(&[743, 744, 745, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763]), Anchor::Lits(&[1146, 1151, 1164, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1201, 1382, 1387, 1388, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1414])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[348, 361, 389, 420, 421, 422, 423, 1900, 2584]), Anchor::All(&[Anchor::Lits(&[311, 347, 349, 360, 377, 388, 409]), Anchor::Lits(&[1520, 1521, 2919])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1094, 2463, 2465, 2467, 2584, 2853, 2955]), Anchor::All(&[Anchor::Lits(&[303, 305, 314, 316, 320, 331, 360, 368, 377, 383, 431]), Anchor::Lits(&[1095, 1098, 1804, 2854, 2872, 2983])])]), Anchor::Lits(&[4, 294, 304, 306, 315, 317, 321, 332, 362, 369, 384, 432, 1097, 2464, 2466, 2468, 2586, 2855, 2956])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[1088, 1732, 1829, 1899, 2237, 2403, 2512, 2584, 2833, 3133]), Anchor::Lits(&[1094, 1759, 1798, 1897, 2033, 2091, 2248, 2280, 2584, 2853, 2870, 2871, 2955, 2958, 2977, 3131])])),
            (56, "instruction-banner", Anchor::Lits(&[1732, 1829, 2237, 2580])),
            (101, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[336, 606, 609, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 624, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 1054, 1055, 1057, 1058, 1060, 1061, 1062, 1064, 1068, 1069, 1070, 1073, 1367]), Anchor::All(&[Anchor::Lits(&[1366, 1751, 1929, 2049, 2232, 2824, 2861, 2862, 3091]), Anchor::Lits(&[1053, 1056, 1059, 1065, 1067, 1071, 1074])])])),
            (102, "safety-config-off", Anchor::Lits(&[323, 338, 381, 386, 412, 1366, 1499, 1735, 1929, 1977, 2049, 2233, 2819, 2822, 2824, 2860, 2861, 2862, 2863, 2864, 3091])),
            (109, "no-more-rules", Anchor::Lits(&[2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2484, 2485])),
            (125, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[95, 302, 401, 455, 456, 471, 508, 509, 517, 594, 595, 596, 658, 665, 738, 746, 764, 806, 835, 838, 839, 842, 897, 1076, 1101, 1381, 1549, 1721, 1739, 1747, 2025, 2038, 2278, 2348, 2590, 3295, 3297, 3298, 3387, 4060, 4061]), Anchor::Lits(&[1084, 1089, 1292, 1363, 1368, 1443, 1587, 1590, 1593, 1594, 1656, 1728, 1729, 1746, 1755, 1757, 1758, 1789, 1796, 1830, 1834, 1836, 1842, 1849, 1855, 1857, 1863, 1864, 1892, 1895, 1936, 1967, 1972, 1973, 1975, 1991, 1993, 2031, 2045, 2168, 2223, 2228, 2234, 2247, 2273, 2276, 2281, 2346, 2381, 2387, 2393, 2449, 2455, 2461, 2548, 2583, 2584, 2629, 2665, 2669, 2754, 2755, 2816, 2817, 2818, 2823, 2825, 2830, 2832, 2837, 2840, 2841, 2852, 2858, 2865, 2878, 2882, 2884, 2912, 2913, 2917, 2946, 2949, 3036, 3039, 3080, 3130, 3133, 3134, 3136, 3142, 3151, 3204, 3205, 3257])]), Anchor::All(&[Anchor::Lits(&[1732, 1829, 2237, 2390, 2398, 2512, 2579, 2828, 2833]), Anchor::Lits(&[1101, 1508, 1509, 1549, 2404, 2820, 2846, 2977]), Anchor::Lits(&[1981, 3046])])])),
            (126, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[1732, 1829, 2237, 2398, 2512, 2546, 2580, 2584, 2674, 3034]), Anchor::Lits(&[1101, 1145, 1381, 1549, 1739, 1747, 2038, 2348, 2404, 2977]), Anchor::Lits(&[463, 510, 597, 666, 702, 765, 862, 3294])])),
            (131, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[454]), Anchor::Lits(&[1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050])])),
            (132, "send-to-a-beacon", Anchor::Lits(&[2115, 2116])),
            (133, "exfiltrate-to-a-drop", Anchor::Any(&[Anchor::Lits(&[1081, 1082, 1517, 2015, 2023, 2115, 2116, 2859, 3143, 3144]), Anchor::All(&[Anchor::Lits(&[1518, 1738, 1746, 1863, 1864, 1895, 1971, 1972, 1993, 2281, 2665, 2756, 2757, 2878, 3080, 3130, 3134, 3257]), Anchor::Lits(&[1447, 1589, 1592, 1730, 1859, 1861, 1862, 1965, 1969, 2050, 2243, 2383, 2469, 2540, 2661, 2758, 2834, 2948, 3149]), Anchor::Lits(&[840, 1517, 2015, 2023, 2115, 2116, 2859, 3047, 3048, 3049, 3050, 3051, 3052, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079])])])),
            (137, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1833, 1980, 2054, 2547, 3141]), Anchor::All(&[Anchor::Lits(&[1731]), Anchor::Lits(&[478, 3202])])]), Anchor::Lits(&[2953])])),
            (139, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[841, 842, 844, 845, 850, 853, 1112, 1152, 1155, 1158, 1159, 1167, 1170, 1173, 1174, 1202, 1203, 1204, 1205, 1374, 1438, 1508, 1716, 1717, 1718, 1719, 1721, 1736, 1739, 1747, 1791, 1792, 1793, 1794, 2051, 2231, 2351, 2352, 2353, 2354, 2355, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2371, 2394, 2395, 2396, 2397, 2404, 2574, 2575, 2576, 2577, 2622, 2672, 2821, 2842, 2843, 2844, 2845, 2847, 2848, 2849, 2850, 2875, 2959, 2960, 2961, 2962, 3040, 3041, 3042, 3043, 3086, 3087, 3088, 3089, 4291, 4292, 4316, 4344, 4385]), Anchor::All(&[Anchor::Lits(&[2092, 2237, 2390, 2398, 2512, 2589, 2677, 2828, 3044]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3306, 3307, 3309, 3310, 3312, 3323, 3324, 3350, 3351, 3353, 3354, 3356, 3367, 3368, 3539, 3540, 3542, 3543, 3545, 3556, 3557, 3583, 3584, 3586, 3587, 3589, 3600, 3601, 3627, 3628, 3630, 3631, 3633, 3644, 3645, 3671, 3672, 3674, 3675, 3677, 3688, 3689, 3715, 3716, 3718, 3719, 3721, 3732, 3733, 3759, 3760, 3762, 3763, 3765, 3776, 3777, 3803, 3804, 3806, 3807, 3809, 3820, 3821, 3847, 3848, 3850, 3851, 3853, 3864, 3865, 3891, 3892, 3894, 3895, 3897, 3908, 3909, 3935, 3936, 3938, 3939, 3941, 3952, 3953, 3979, 3980, 3982, 3983, 3985, 3996, 3997, 4023, 4024, 4026, 4027, 4029, 4040, 4041, 4069, 4070, 4072, 4073, 4075, 4086, 4087, 4113, 4114, 4116, 4117, 4119, 4130, 4131, 4157, 4158, 4160, 4161, 4163, 4174, 4175, 4201, 4202, 4204, 4205, 4207, 4218, 4219, 4245, 4246, 4248, 4249, 4251, 4262, 4263]), Anchor::Lits(&[1982, 1983, 1984, 1985, 1986, 1987, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 3047, 3048, 3049, 3050, 3051, 3052, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 57, 94, 95, 97, 100, 103, 115, 118, 141, 165, 166, 168, 169, 171, 182, 183, 194, 209, 210, 212, 213, 215, 226, 227, 238, 253, 254, 256, 257, 259, 270, 271, 282, 301, 302, 308, 312, 324, 356, 363, 405, 3306, 3307, 3309, 3310, 3312, 3323, 3324, 3335, 3350, 3351, 3353, 3354, 3356, 3367, 3368, 3379, 3539, 3540, 3542, 3543, 3545, 3556, 3557, 3568, 3583, 3584, 3586, 3587, 3589, 3600, 3601, 3612, 3627, 3628, 3630, 3631, 3633, 3644, 3645, 3656, 3671, 3672, 3674, 3675, 3677, 3688, 3689, 3700, 3715, 3716, 3718, 3719, 3721, 3732, 3733, 3744, 3759, 3760, 3762, 3763, 3765, 3776, 3777, 3788, 3803, 3804, 3806, 3807, 3809, 3820, 3821, 3832, 3847, 3848, 3850, 3851, 3853, 3864, 3865, 3876, 3891, 3892, 3894, 3895, 3897, 3908, 3909, 3920, 3935, 3936, 3938, 3939, 3941, 3952, 3953, 3964, 3979, 3980, 3982, 3983, 3985, 3996, 3997, 4008, 4023, 4024, 4026, 4027, 4029, 4040, 4041, 4052, 4069, 4070, 4072, 4073, 4075, 4086, 4087, 4098, 4113, 4114, 4116, 4117, 4119, 4130, 4131, 4142, 4157, 4158, 4160, 4161, 4163, 4174, 4175, 4186, 4201, 4202, 4204, 4205, 4207, 4218, 4219, 4230, 4245, 4246, 4248, 4249, 4251, 4262, 4263, 4274]), Anchor::Lits(&[1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 2702, 3263, 3264, 3265, 3266, 3267, 3268, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3306, 3307, 3309, 3310, 3312, 3323, 3324, 3350, 3351, 3353, 3354, 3356, 3367, 3368, 3539, 3540, 3542, 3543, 3545, 3556, 3557, 3583, 3584, 3586, 3587, 3589, 3600, 3601, 3627, 3628, 3630, 3631, 3633, 3644, 3645, 3671, 3672, 3674, 3675, 3677, 3688, 3689, 3715, 3716, 3718, 3719, 3721, 3732, 3733, 3759, 3760, 3762, 3763, 3765, 3776, 3777, 3803, 3804, 3806, 3807, 3809, 3820, 3821, 3847, 3848, 3850, 3851, 3853, 3864, 3865, 3891, 3892, 3894, 3895, 3897, 3908, 3909, 3935, 3936, 3938, 3939, 3941, 3952, 3953, 3979, 3980, 3982, 3983, 3985, 3996, 3997, 4023, 4024, 4026, 4027, 4029, 4040, 4041, 4069, 4070, 4072, 4073, 4075, 4086, 4087, 4113, 4114, 4116, 4117, 4119, 4130, 4131, 4157, 4158, 4160, 4161, 4163, 4174, 4175, 4201, 4202, 4204, 4205, 4207, 4218, 4219, 4245, 4246, 4248, 4249, 4251, 4262, 4263]), Anchor::Lits(&[1982, 1983, 1984, 1985, 1986, 1987, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 3047, 3048, 3049, 3050, 3051, 3052, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079]), Anchor::Lits(&[511, 512, 513, 514, 515, 516, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 863, 864, 865, 866, 867, 868, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022])]), Anchor::All(&[Anchor::Lits(&[2230, 2671, 2818, 2851, 2874, 2957, 3090]), Anchor::Lits(&[2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3306, 3307, 3309, 3310, 3312, 3323, 3324, 3350, 3351, 3353, 3354, 3356, 3367, 3368, 3539, 3540, 3542, 3543, 3545, 3556, 3557, 3583, 3584, 3586, 3587, 3589, 3600, 3601, 3627, 3628, 3630, 3631, 3633, 3644, 3645, 3671, 3672, 3674, 3675, 3677, 3688, 3689, 3715, 3716, 3718, 3719, 3721, 3732, 3733, 3759, 3760, 3762, 3763, 3765, 3776, 3777, 3803, 3804, 3806, 3807, 3809, 3820, 3821, 3847, 3848, 3850, 3851, 3853, 3864, 3865, 3891, 3892, 3894, 3895, 3897, 3908, 3909, 3935, 3936, 3938, 3939, 3941, 3952, 3953, 3979, 3980, 3982, 3983, 3985, 3996, 3997, 4023, 4024, 4026, 4027, 4029, 4040, 4041, 4069, 4070, 4072, 4073, 4075, 4086, 4087, 4113, 4114, 4116, 4117, 4119, 4130, 4131, 4157, 4158, 4160, 4161, 4163, 4174, 4175, 4201, 4202, 4204, 4205, 4207, 4218, 4219, 4245, 4246, 4248, 4249, 4251, 4262, 4263])]), Anchor::All(&[Anchor::Lits(&[28, 32, 40, 41, 42, 60, 109, 112, 119, 120, 121, 147, 176, 179, 184, 185, 186, 197, 220, 223, 228, 229, 230, 241, 264, 267, 272, 273, 274, 285, 343, 351, 364, 365, 366, 415, 3317, 3320, 3325, 3326, 3327, 3338, 3361, 3364, 3369, 3370, 3371, 3382, 3550, 3553, 3558, 3559, 3560, 3571, 3594, 3597, 3602, 3603, 3604, 3615, 3638, 3641, 3646, 3647, 3648, 3659, 3682, 3685, 3690, 3691, 3692, 3703, 3726, 3729, 3734, 3735, 3736, 3747, 3770, 3773, 3778, 3779, 3780, 3791, 3814, 3817, 3822, 3823, 3824, 3835, 3858, 3861, 3866, 3867, 3868, 3879, 3902, 3905, 3910, 3911, 3912, 3923, 3946, 3949, 3954, 3955, 3956, 3967, 3990, 3993, 3998, 3999, 4000, 4011, 4034, 4037, 4042, 4043, 4044, 4055, 4080, 4083, 4088, 4089, 4090, 4101, 4124, 4127, 4132, 4133, 4134, 4145, 4168, 4171, 4176, 4177, 4178, 4189, 4212, 4215, 4220, 4221, 4222, 4233, 4256, 4259, 4264, 4265, 4266, 4277]), Anchor::Lits(&[1102, 1103, 1104, 1105, 1106, 1107, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1382, 1383, 1384, 1385, 1386, 1387, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1550, 1551, 1552, 1553, 1554, 1555, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 2405, 2406, 2407, 2408, 2409, 2410, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448])]), Anchor::All(&[Anchor::Lits(&[464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 479, 483, 484, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 598, 599, 600, 601, 602, 603, 604, 605, 607, 608, 610, 611, 612, 623, 625, 626, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737]), Anchor::Lits(&[1101, 1145, 1381, 1549, 1721, 1739, 1747, 2038, 2348, 2404]), Anchor::Lits(&[0, 1, 4, 85, 86, 87, 158, 159, 160, 202, 203, 204, 246, 247, 248, 290, 291, 294, 1108, 1109, 1110, 1117, 1118, 1119, 1165, 1166, 1179, 1213, 1214, 1215, 1389, 1390, 1391, 1415, 1416, 1417, 1556, 1557, 1558, 1560, 1561, 1562, 1722, 1723, 1724, 1725, 1726, 1727, 1740, 1741, 1742, 1743, 1744, 1745, 1748, 1749, 1750, 1752, 1753, 1754, 2039, 2040, 2041, 2042, 2043, 2044, 2349, 2350, 2356, 2367, 2368, 2369, 2411, 2412, 2413, 2427, 2428, 2429, 3299, 3300, 3301, 3343, 3344, 3345, 3532, 3533, 3534, 3576, 3577, 3578, 3620, 3621, 3622, 3664, 3665, 3666, 3708, 3709, 3710, 3752, 3753, 3754, 3796, 3797, 3798, 3840, 3841, 3842, 3884, 3885, 3886, 3928, 3929, 3930, 3972, 3973, 3974, 4016, 4017, 4018, 4062, 4063, 4064, 4106, 4107, 4108, 4150, 4151, 4152, 4194, 4195, 4196, 4238, 4239, 4240])]), Anchor::All(&[Anchor::Lits(&[1331, 1547, 2093, 2457, 2538]), Anchor::Lits(&[1145, 2250]), Anchor::Lits(&[1294, 2022])]), Anchor::All(&[Anchor::Lits(&[2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537]), Anchor::Lits(&[1101, 1145, 1381, 2119, 2414])]), Anchor::All(&[Anchor::Lits(&[2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511]), Anchor::Lits(&[2591, 2592, 2593, 2594, 2595, 2596, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2630, 2631, 2632, 2633, 2634, 2635, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658])]), Anchor::All(&[Anchor::Lits(&[1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1596, 1597, 1598, 1599, 1600, 1601, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1625, 1626, 1627, 1628, 1629, 1630, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1657, 1658, 1659, 1660, 1661, 1662, 1666, 1667, 1668, 1669, 1670, 1671, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 2288, 2289, 2290, 2291, 2292, 2293, 2297, 2298, 2299, 2300, 2301, 2302, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2759, 2760, 2761, 2762, 2763, 2764, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814]), Anchor::Lits(&[10, 30, 35, 95, 111, 113, 166, 178, 180, 210, 222, 224, 254, 266, 268, 302, 346, 354, 3307, 3319, 3321, 3351, 3363, 3365, 3540, 3552, 3554, 3584, 3596, 3598, 3628, 3640, 3642, 3672, 3684, 3686, 3716, 3728, 3730, 3760, 3772, 3774, 3804, 3816, 3818, 3848, 3860, 3862, 3892, 3904, 3906, 3936, 3948, 3950, 3980, 3992, 3994, 4024, 4036, 4038, 4070, 4082, 4084, 4114, 4126, 4128, 4158, 4170, 4172, 4202, 4214, 4216, 4246, 4258, 4260])])]), Anchor::Lits(&[1085, 1089, 1292, 1360, 1363, 1368, 1445, 1548, 1590, 1595, 1656, 1729, 1734, 1746, 1755, 1758, 1760, 1761, 1789, 1795, 1830, 1834, 1837, 1838, 1839, 1840, 1841, 1843, 1844, 1845, 1846, 1847, 1850, 1851, 1852, 1853, 1854, 1855, 1857, 1863, 1891, 1892, 1894, 1928, 1930, 1931, 1933, 1936, 1937, 1966, 1967, 1971, 1972, 1991, 1993, 2017, 2018, 2028, 2031, 2045, 2168, 2228, 2234, 2236, 2245, 2247, 2281, 2346, 2372, 2375, 2377, 2387, 2393, 2480, 2481, 2482, 2583, 2584, 2625, 2665, 2669, 2755, 2825, 2829, 2832, 2835, 2841, 2852, 2858, 2867, 2878, 2882, 2884, 2912, 2917, 2952, 2963, 2966, 3031, 3036, 3133, 3134, 3139, 3204, 3257, 3292, 4297, 4309, 4315, 4334, 4339, 4350, 4359, 4368, 4376, 4379, 4435, 4439])])),
            (140, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1081, 1082, 1099, 1358, 1517, 1583, 1860, 1976, 2013, 2015, 2016, 2023, 2024, 2030, 2032, 2037, 2048, 2115, 2116, 2142, 2279, 2347, 2378, 2379, 2545, 2578, 2582, 2627, 2675, 2859, 2869, 3030, 3081, 3097, 3098, 3143, 3144, 3146, 3147, 3150, 3259, 3260, 3293]), Anchor::All(&[Anchor::Lits(&[26, 29, 46, 48, 49, 50, 52, 106, 110, 129, 131, 132, 133, 134, 174, 177, 188, 190, 191, 192, 193, 218, 221, 232, 234, 235, 236, 237, 262, 265, 276, 278, 279, 280, 281, 337, 345, 379, 382, 385, 387, 392, 3315, 3318, 3329, 3331, 3332, 3333, 3334, 3359, 3362, 3373, 3375, 3376, 3377, 3378, 3548, 3551, 3562, 3564, 3565, 3566, 3567, 3592, 3595, 3606, 3608, 3609, 3610, 3611, 3636, 3639, 3650, 3652, 3653, 3654, 3655, 3680, 3683, 3694, 3696, 3697, 3698, 3699, 3724, 3727, 3738, 3740, 3741, 3742, 3743, 3768, 3771, 3782, 3784, 3785, 3786, 3787, 3812, 3815, 3826, 3828, 3829, 3830, 3831, 3856, 3859, 3870, 3872, 3873, 3874, 3875, 3900, 3903, 3914, 3916, 3917, 3918, 3919, 3944, 3947, 3958, 3960, 3961, 3962, 3963, 3988, 3991, 4002, 4004, 4005, 4006, 4007, 4032, 4035, 4046, 4048, 4049, 4050, 4051, 4078, 4081, 4092, 4094, 4095, 4096, 4097, 4122, 4125, 4136, 4138, 4139, 4140, 4141, 4166, 4169, 4180, 4182, 4183, 4184, 4185, 4210, 4213, 4224, 4226, 4227, 4228, 4229, 4254, 4257, 4268, 4270, 4271, 4272, 4273]), Anchor::Lits(&[1093, 1588, 1856, 1895, 1927, 2114, 2227, 2376, 2880, 2916, 2918, 3135, 3148])])]), Anchor::Lits(&[1519, 1624, 1746, 1790, 1930, 1931, 1932, 1934, 1935, 1971, 1972, 1993, 2036, 2245, 2246, 2274, 2277, 2281, 2284, 2377, 2385, 2386, 2402, 2660, 2665, 2676, 2756, 2757, 2831, 2866, 2878, 2911, 2950, 2952, 2954, 2967, 3082, 3083, 3084, 3129, 3130, 3134, 3258, 3269, 3398, 3399, 3418, 3419, 3420])])),
            (143, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1077, 1078, 1079, 1152, 1153, 1154, 1156, 1157, 1160, 1161, 1162, 1163, 1167, 1168, 1169, 1171, 1172, 1175, 1176, 1177, 1178, 1261, 1262, 1263, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1602, 1603, 1604, 1631, 1632, 1633, 1663, 1664, 1665, 1672, 1673, 1674, 1713, 1714, 1715, 1988, 1989, 1990, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2241, 2242, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2275, 2294, 2295, 2296, 2303, 2304, 2305, 2597, 2598, 2599, 2600, 2601, 2602, 2636, 2637, 2638, 2666, 2667, 2668, 2765, 2766, 2767, 2793, 2794, 2795, 3029, 3035, 3053, 3054, 3055, 3085, 3099, 3261, 3388, 3389, 3390, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 3450, 3451, 3452, 3453, 3454, 3455, 3456, 3474, 3478, 3479, 3495, 3497, 4313, 4314]), Anchor::All(&[Anchor::Lits(&[1101, 1373, 1380, 1444, 1511, 3092, 3391, 3395, 3396, 3397, 4291, 4292, 4344]), Anchor::Lits(&[10, 30, 35, 78, 79, 80, 302, 346, 354, 447, 448, 449, 517, 543, 544, 572, 573, 574, 658, 659, 660, 661, 662, 663])]), Anchor::All(&[Anchor::Lits(&[15, 16, 18, 19, 20, 21, 22, 23, 33, 34, 53, 54, 55, 56, 61, 62, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 318, 319, 325, 326, 327, 328, 329, 330, 352, 353, 393, 394, 397, 398, 416, 417, 425, 426, 437, 438, 439, 440, 441, 442, 445, 446]), Anchor::Lits(&[1146, 1151, 2120, 2121, 2251, 2252])])]), Anchor::Lits(&[2, 3, 81, 82, 83, 84, 292, 293, 450, 451, 452, 453, 742, 4493])])),
            (144, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[1087, 1789, 1857, 2045, 2115, 2116, 2624, 3094, 3458, 3466, 3468, 3469, 3484, 3490, 3507, 3508, 3513, 3518, 3523, 4298, 4302, 4303, 4309, 4310, 4334, 4336, 4339, 4350, 4362, 4363, 4368, 4369, 4373, 4379, 4394, 4398, 4402, 4439, 4463, 4464, 4467, 4468, 4471, 4485]), Anchor::Lits(&[742, 4493]), Anchor::Lits(&[1145, 2038, 2348])])),
            (145, "data-in-a-link", Anchor::Any(&[Anchor::Lits(&[2115, 2116]), Anchor::All(&[Anchor::Lits(&[1092, 1364, 1446, 1896, 2224, 2225, 2226, 2229]), Anchor::Lits(&[1361, 1362, 1756, 1895, 2624, 2856, 2870, 3056])]), Anchor::All(&[Anchor::Lits(&[1362, 1895, 2052, 2623, 2624, 2870, 3056]), Anchor::Lits(&[1828, 2114, 2539, 2659, 2836])])])),
            (147, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1255, 1256, 1257, 1258, 1259, 1260, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1332, 1333, 1334, 1335, 1336, 1337, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1938, 1939, 1940, 1941, 1942, 1943, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3188, 3189, 3190, 3191, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3200, 3201]), Anchor::Lits(&[1101, 1145, 1381, 1509, 1549, 1739, 2038, 2055, 2348, 2404])]), Anchor::All(&[Anchor::Lits(&[1101, 1381, 1549, 1739, 2055, 2404, 2977, 3057]), Anchor::Lits(&[1146, 1147, 1148, 1149, 1150, 1151, 1207, 1208, 1209, 1210, 1211, 1212, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253])])]), Anchor::Lits(&[1090, 1091, 1292, 1368, 1379, 1590, 1593, 1720, 1729, 1746, 1755, 1789, 1830, 1834, 1857, 1863, 1864, 1892, 1895, 1936, 1967, 1972, 1991, 1993, 2031, 2045, 2168, 2234, 2276, 2281, 2382, 2387, 2393, 2584, 2665, 2669, 2755, 2817, 2829, 2841, 2852, 2858, 2865, 2878, 2884, 2917, 2946, 3080, 3130, 3133, 3134, 3204])])),
            (151, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[1510, 1512, 2093, 2391, 2392, 2399, 2457, 2486, 2512, 2538, 2827]), Anchor::Lits(&[4, 6, 87, 89, 160, 162, 204, 206, 248, 250, 294, 296, 1110, 1111, 1113, 1114, 1115, 1116, 1119, 1120, 1179, 1200, 1375, 1376, 1377, 1378, 1391, 1413, 1417, 1418, 1439, 1440, 1441, 1442, 1558, 1559, 1562, 1563, 2140, 2141, 2271, 2272, 2356, 2357, 2369, 2370, 2416, 2417, 2418, 2419, 2420, 2421, 2423, 2424, 2425, 2426, 2451, 2452, 2453, 2454, 3301, 3303, 3345, 3347, 3534, 3536, 3578, 3580, 3622, 3624, 3666, 3668, 3710, 3712, 3754, 3756, 3798, 3800, 3842, 3844, 3886, 3888, 3930, 3932, 3974, 3976, 4018, 4020, 4064, 4066, 4108, 4110, 4152, 4154, 4196, 4198, 4240, 4242]), Anchor::Lits(&[1101, 1145, 1374, 1381, 1438, 1549, 2119, 2250, 2348, 2415, 2422, 2450])])),
            (153, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[843, 846, 847, 848, 849, 851, 852, 854, 855, 856, 857, 858, 859, 860, 861, 1080, 1100, 1141, 1142, 1143, 1144, 1206, 1359, 1370, 1371, 1498, 1513, 1514, 1515, 1516]), Anchor::Lits(&[1654, 1737, 1738, 1746, 1790, 1972, 1993, 2377, 2665, 2878, 2884, 2910, 3134])])),
            (154, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::Lits(&[739, 1304, 1653, 1976, 2029, 2035, 2053, 2389, 2588, 2626, 2627, 2879, 3037, 3038, 3045, 3081, 3150]), Anchor::All(&[Anchor::Lits(&[1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2750, 2751, 2752, 2753, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3120, 3121, 3122, 3123, 3124, 3125, 3126, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256]), Anchor::Lits(&[14, 25, 27, 36, 47, 58, 69, 101, 105, 108, 114, 130, 145, 152, 170, 173, 175, 181, 189, 195, 201, 214, 217, 219, 225, 233, 239, 245, 258, 261, 263, 269, 277, 283, 289, 313, 335, 340, 355, 380, 413, 433, 3311, 3314, 3316, 3322, 3330, 3336, 3342, 3355, 3358, 3360, 3366, 3374, 3380, 3386, 3544, 3547, 3549, 3555, 3563, 3569, 3575, 3588, 3591, 3593, 3599, 3607, 3613, 3619, 3632, 3635, 3637, 3643, 3651, 3657, 3663, 3676, 3679, 3681, 3687, 3695, 3701, 3707, 3720, 3723, 3725, 3731, 3739, 3745, 3751, 3764, 3767, 3769, 3775, 3783, 3789, 3795, 3808, 3811, 3813, 3819, 3827, 3833, 3839, 3852, 3855, 3857, 3863, 3871, 3877, 3883, 3896, 3899, 3901, 3907, 3915, 3921, 3927, 3940, 3943, 3945, 3951, 3959, 3965, 3971, 3984, 3987, 3989, 3995, 4003, 4009, 4015, 4028, 4031, 4033, 4039, 4047, 4053, 4059, 4074, 4077, 4079, 4085, 4093, 4099, 4105, 4118, 4121, 4123, 4129, 4137, 4143, 4149, 4162, 4165, 4167, 4173, 4181, 4187, 4193, 4206, 4209, 4211, 4217, 4225, 4231, 4237, 4250, 4253, 4255, 4261, 4269, 4275, 4281])]), Anchor::All(&[Anchor::Lits(&[11, 44, 52, 59, 96, 125, 134, 146, 167, 187, 193, 196, 211, 231, 237, 240, 255, 275, 281, 284, 307, 373, 392, 414, 3308, 3328, 3334, 3337, 3352, 3372, 3378, 3381, 3541, 3561, 3567, 3570, 3585, 3605, 3611, 3614, 3629, 3649, 3655, 3658, 3673, 3693, 3699, 3702, 3717, 3737, 3743, 3746, 3761, 3781, 3787, 3790, 3805, 3825, 3831, 3834, 3849, 3869, 3875, 3878, 3893, 3913, 3919, 3922, 3937, 3957, 3963, 3966, 3981, 4001, 4007, 4010, 4025, 4045, 4051, 4054, 4071, 4091, 4097, 4100, 4115, 4135, 4141, 4144, 4159, 4179, 4185, 4188, 4203, 4223, 4229, 4232, 4247, 4267, 4273, 4276]), Anchor::Lits(&[24, 36, 69, 104, 114, 152, 172, 181, 201, 216, 225, 245, 260, 269, 289, 334, 355, 433, 3313, 3322, 3342, 3357, 3366, 3386, 3546, 3555, 3575, 3590, 3599, 3619, 3634, 3643, 3663, 3678, 3687, 3707, 3722, 3731, 3751, 3766, 3775, 3795, 3810, 3819, 3839, 3854, 3863, 3883, 3898, 3907, 3927, 3942, 3951, 3971, 3986, 3995, 4015, 4030, 4039, 4059, 4076, 4085, 4105, 4120, 4129, 4149, 4164, 4173, 4193, 4208, 4217, 4237, 4252, 4261, 4281])])])),
            (169, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[1086, 2581, 2587, 2703, 2873, 2976, 3137]), Anchor::All(&[Anchor::Lits(&[2384]), Anchor::Lits(&[2047])])])),
            (170, "control-weakened", Anchor::Any(&[Anchor::Lits(&[1086, 1271, 1504, 1831, 2388, 2401, 2460]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1590, 1760, 1789, 1797, 1830, 1857, 1968, 2273, 2344, 2374, 2628, 2826, 2829, 2951, 2965, 2966, 3100, 3101, 3127, 3132, 3145]), Anchor::All(&[Anchor::Lits(&[3095, 3096]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[2914, 2915]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[3032, 3033]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[139, 140, 403, 404]), Anchor::Lits(&[2026, 2027]), Anchor::Lits(&[123, 371])])]), Anchor::Any(&[Anchor::Lits(&[740, 1140, 1266, 1267, 1269, 1270, 1272, 1503, 1974, 2094, 2388, 2400, 2460, 2624, 2663, 2664, 2673, 2871, 2881]), Anchor::All(&[Anchor::Lits(&[1500, 1501, 1502]), Anchor::Lits(&[357, 429, 1066, 1072, 2230])]), Anchor::All(&[Anchor::Lits(&[2282, 2283]), Anchor::Lits(&[344, 1063])])])]), Anchor::All(&[Anchor::Lits(&[1084]), Anchor::Lits(&[2662])])])),
            (171, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::Lits(&[2703]), Anchor::All(&[Anchor::Lits(&[90, 91, 98, 99, 126, 127, 135, 136, 137, 138, 143, 144, 154, 155, 297, 298, 309, 310, 374, 375, 395, 396, 399, 400, 410, 411, 435, 436]), Anchor::Any(&[Anchor::Lits(&[1338, 1898, 1944, 1945, 2244, 2703]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1973, 2285, 2381, 2884]), Anchor::All(&[Anchor::Lits(&[2550, 2554]), Anchor::Lits(&[151, 430])])])]), Anchor::All(&[Anchor::Lits(&[2286, 2287]), Anchor::Any(&[Anchor::Lits(&[1338, 1898, 1944, 1945, 2244, 2703]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1084, 2815, 2818, 2874, 3140]), Anchor::All(&[Anchor::Lits(&[2876, 2877]), Anchor::Lits(&[107, 339])])])])])),
            (172, "tool-output-approves-itself", Anchor::Any(&[Anchor::Lits(&[1265, 1268, 1270, 1272, 1365, 1505, 1584, 1585, 1586, 1735, 1832, 1893, 2046, 2345, 2373, 2639, 2670, 2838, 3131, 3203, 3206]), Anchor::All(&[Anchor::Lits(&[116, 117, 358, 359]), Anchor::Lits(&[122, 370]), Anchor::Lits(&[3271, 3272])])])),
            (176, "file-posted-to-an-outside-url", Anchor::Lits(&[2015, 2016, 2115, 2116])),
            (190, "override-instructions-cjk", Anchor::Lits(&[4283, 4295, 4304, 4308, 4311, 4325, 4330, 4341, 4349, 4354, 4370, 4371, 4372, 4373, 4374, 4375, 4377, 4378, 4383, 4384, 4390, 4394, 4412, 4414, 4423, 4424, 4435, 4437, 4440, 4441, 4464, 4483, 4484])),
            (193, "override-instructions-other-scripts", Anchor::Lits(&[3392, 3393, 3394, 3459, 3460, 3472, 3476, 3482, 3485, 3489, 3493, 3504, 3505, 3514, 3519, 3520, 3521, 3526, 3529, 3531])),
            (195, "unrestricted-persona-other-scripts", Anchor::Lits(&[3480, 3486, 3506, 3517, 3530, 4284, 4285, 4361, 4367, 4391, 4392, 4415, 4418, 4423, 4424, 4438, 4444, 4475, 4480])),
            (197, "reveal-system-prompt-other-scripts", Anchor::Lits(&[3473, 3483, 3487, 3492, 3500, 3503, 3511, 3512, 3516, 3525, 3527, 4295, 4296, 4333, 4409, 4446, 4452, 4461, 4466, 4472, 4489])),
            (199, "disable-safety-other-scripts", Anchor::Lits(&[4294, 4323, 4327, 4357, 4358, 4399, 4407, 4417, 4419, 4435, 4436, 4442, 4451, 4453, 4455, 4469, 4482])),
            (201, "stop-following-instructions-cjk", Anchor::Lits(&[4287, 4288, 4290, 4377, 4378, 4380, 4423, 4424, 4426, 4430, 4432, 4458, 4488])),
            (205, "conceal-from-the-user-cjk", Anchor::Lits(&[4300, 4321, 4396])),
            (212, "reveal-system-prompt-zh", Anchor::Lits(&[4318, 4319, 4320, 4326, 4329, 4331, 4332, 4345, 4411, 4412, 4413, 4414, 4445, 4447])),
            (214, "admin-role-handed-out-other-scripts", Anchor::Lits(&[1087, 2581, 2873, 3137, 4312, 4315, 4342, 4343, 4467, 4491])),
            (216, "control-weakened-other-scripts", Anchor::Any(&[Anchor::Lits(&[4293, 4322, 4323, 4327, 4334, 4336, 4340, 4346, 4347, 4351, 4356, 4381, 4382, 4393, 4407, 4410, 4425, 4442]), Anchor::All(&[Anchor::Lits(&[4453, 4455, 4470, 4471, 4487, 4492]), Anchor::Lits(&[741, 2400, 4450, 4456, 4457, 4459, 4486])])])),
            (218, "destructive-without-confirmation-cjk", Anchor::Lits(&[4355, 4360, 4366, 4405, 4406, 4427, 4429, 4431, 4434, 4443])),
            (219, "results-sent-to-an-address-cjk", Anchor::Lits(&[2015, 2048, 2115, 2116, 2859])),
            (220, "addressed-to-the-agent-other-scripts", Anchor::Lits(&[3461, 3462, 3463, 3464, 3465, 3470, 3471, 3475, 3477, 3491, 3498, 3499, 3515, 3522, 4286, 4289, 4352, 4353, 4416, 4420, 4422, 4428, 4433, 4448, 4449, 4454, 4481, 4490])),
            (221, "conceal-from-the-user-other-scripts", Anchor::Lits(&[3457, 3467, 3481, 3486, 3488, 3494, 3496, 3501, 3502, 3506, 3509, 3510, 3524, 3528, 4282, 4317, 4324, 4328, 4335, 4337, 4348, 4364, 4365, 4386, 4387, 4395, 4397, 4400, 4401, 4403, 4404, 4408, 4421, 4460, 4462, 4463, 4465, 4473, 4474])),
            (223, "no-limits-any-more-cjk", Anchor::Lits(&[4299, 4301, 4305, 4306, 4307, 4338, 4388, 4389, 4423, 4476, 4477, 4478, 4479])),
            (227, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Lits(&[1264, 1746, 1758, 1890, 1970, 1993, 2458, 2459, 2660, 2665, 2756, 2868, 2878, 2883, 2911, 2950, 3134, 3151]), Anchor::Lits(&[664, 2029, 2053, 2834])])),
            (228, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[457, 458, 459, 460, 461, 462]), Anchor::All(&[Anchor::Lits(&[1366, 1369, 1788, 2839, 2946, 2947, 3138]), Anchor::Lits(&[1369, 1506, 1507, 2046, 3093, 3262]), Anchor::Lits(&[862])])])),
            (239, "forged-tool-result", Anchor::Lits(&[1366, 2019, 2020, 2021, 2542, 3058, 3059, 3060])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x98c2bfda1ee844d1;
