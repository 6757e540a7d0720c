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
\x20allow\
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
\x20and anyone\
\x20and audit\
\x20and carry out \
\x20and comply with \
\x20and do \
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
\x20and nothing\
\x20and obey \
\x20and people\
\x20and perform \
\x20and reviewers\
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
\x20any command\
\x20any mention\
\x20any note\
\x20any record\
\x20any reference\
\x20any sign\
\x20any sql\
\x20any statement\
\x20any time cortex \
\x20any time the agent \
\x20any time the assistant \
\x20any time the model \
\x20any time you \
\x20any trace\
\x20anyone\
\x20anyone \
\x20anything\
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
\x20bother \
\x20bothering \
\x20bots \
\x20bound by \
\x20bound to \
\x20boundaries\
\x20boundaries \
\x20boyfriend \
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
\x20brother \
\x20bucket\
\x20buddies \
\x20buddy \
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
\x20cousin \
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
\x20dad \
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
\x20everything\
\x20everything \
\x20everything that the \
\x20everything that your \
\x20everything the \
\x20everything your \
\x20evil \
\x20ex colleague \
\x20ex colleagues \
\x20ex coworker \
\x20ex employee \
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
\x20father \
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
\x20flatmate \
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
\x20former boss \
\x20former colleague \
\x20former colleagues \
\x20former coworker \
\x20former employee \
\x20former owner\
\x20forum\
\x20forum \
\x20forward \
\x20forwards \
\x20fragen\
\x20framing\
\x20free from \
\x20free of \
\x20freed from \
\x20freelancer\
\x20freelancer \
\x20freelancers \
\x20friend \
\x20friends \
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
\x20get in as \
\x20get logged in \
\x20get noticed\
\x20get recorded in \
\x20get reviewed\
\x20get rid of \
\x20getting \
\x20getting around \
\x20ggshield \
\x20girlfriend \
\x20gist\
\x20gist \
\x20gists \
\x20git secrets \
\x20gitleaks \
\x20give \
\x20give in you\
\x20give into you\
\x20give permission\
\x20give the go ahead\
\x20give the green light\
\x20give to you\
\x20give you\
\x20give you permission\
\x20give you the go ahead\
\x20give you the green light\
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
\x20hesitate\
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
\x20husband \
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
\x20job \
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
\x20logon as \
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
\x20mate \
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
\x20mom \
\x20monitor only mode \
\x20monitoring\
\x20moral compass \
\x20morality \
\x20morals \
\x20morse \
\x20mot de passe\
\x20mot de passe \
\x20mother \
\x20mots de passe\
\x20mots de passe \
\x20move \
\x20mowila \
\x20msifuate \
\x20multi factor\
\x20mum \
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
\x20neighbor \
\x20neighbour \
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
\x20okayed \
\x20okurdu \
\x20old boss \
\x20old colleague \
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
\x20pal \
\x20panuto \
\x20parler\
\x20parsing \
\x20partner\
\x20partner \
\x20partner at home \
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
\x20permit\
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
\x20roommate \
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
\x20say no\
\x20say no to a request\
\x20say no to a single\
\x20say no to any\
\x20say no to me\
\x20say no to my\
\x20say no to requests\
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
\x20security monitor\
\x20security scan \
\x20security scans \
\x20security workflow \
\x20security workflows \
\x20securityadmin\
\x20securityadmin \
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
\x20sister \
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
\x20slack\
\x20slack \
\x20slack connect\
\x20smuggle \
\x20snowflake \
\x20so anyone\
\x20so audit\
\x20so far\
\x20so it does not\
\x20so it doesnt\
\x20so it will not\
\x20so it wont\
\x20so no one\
\x20so nobody\
\x20so noone\
\x20so nothing\
\x20so people\
\x20so reviewers\
\x20so security\
\x20so that anyone\
\x20so that audit\
\x20so that it does not\
\x20so that it doesnt\
\x20so that it will not\
\x20so that it wont\
\x20so that no one\
\x20so that nobody\
\x20so that noone\
\x20so that nothing\
\x20so that people\
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
\x20syncs \
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
\x20that way anyone\
\x20that way audit\
\x20that way it does not\
\x20that way it doesnt\
\x20that way it will not\
\x20that way it wont\
\x20that way no one\
\x20that way nobody\
\x20that way noone\
\x20that way nothing\
\x20that way people\
\x20that way reviewers\
\x20that way security\
\x20that way the audit\
\x20that way the reviewers\
\x20that way they dont\
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
\x20to all requests \
\x20to all your \
\x20to an \
\x20to an external\
\x20to anything \
\x20to attacker\
\x20to avoid anyone\
\x20to avoid audit\
\x20to avoid it does not\
\x20to avoid it doesnt\
\x20to avoid it will not\
\x20to avoid it wont\
\x20to avoid no one\
\x20to avoid nobody\
\x20to avoid noone\
\x20to avoid nothing\
\x20to avoid people\
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
\x20to ftp\
\x20to gcs\
\x20to http\
\x20to keep anyone\
\x20to keep audit\
\x20to keep it does not\
\x20to keep it doesnt\
\x20to keep it will not\
\x20to keep it wont\
\x20to keep no one\
\x20to keep nobody\
\x20to keep noone\
\x20to keep nothing\
\x20to keep people\
\x20to keep reviewers\
\x20to keep security\
\x20to keep the audit\
\x20to keep the reviewers\
\x20to keep they dont\
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
\x20unencrypted \
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
\x20while \
\x20white \
\x20whitelist \
\x20whitelisted \
\x20whitespace\
\x20who\
\x20who \
\x20whole\
\x20wife \
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
authentication are \
authentication have been \
authentication is \
authentication polic\
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
change board\
change management\
change request\
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
masking polic\
masking were \
masquerade as \
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
moral compass \
morality \
moralizing rant about \
morals\
morals \
mormor\
morse \
move\
msg for \
msg to \
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
network polic\
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
never declines\
never disclose\
never disclose \
never disclosing\
never double check\
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
notes for \
notes to \
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
pravidl\
pravila\
pre \
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
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 176, 189, 197, 206, 212, 219, 226, 234, 251, 269, 299, 307, 316, 334, 353, 368, 384, 397, 404, 421, 439, 445, 452, 470, 489, 498, 508, 520, 531, 537, 544, 561, 576, 593, 600, 608, 623, 638, 649, 663, 678, 697, 705, 718, 732, 748, 759, 767, 777, 788, 796, 805, 817, 828, 836, 846, 855, 860, 868, 878, 889, 901, 912, 925, 940, 957, 971, 980, 995, 1002, 1016, 1033, 1048, 1067, 1083, 1100, 1121, 1138, 1149, 1161, 1182, 1200, 1217, 1231, 1238, 1246, 1255, 1262, 1270, 1284, 1293, 1305, 1308, 1312, 1317, 1324, 1333, 1343, 1350, 1358, 1366, 1379, 1383, 1396, 1407, 1421, 1433, 1442, 1457, 1470, 1481, 1495, 1509, 1518, 1534, 1548, 1563, 1572, 1588, 1598, 1608, 1614, 1630, 1647, 1659, 1671, 1680, 1696, 1710, 1725, 1745, 1760, 1783, 1797, 1808, 1821, 1834, 1843, 1854, 1862, 1875, 1889, 1904, 1918, 1935, 1950, 1968, 1976, 1982, 1994, 2003, 2016, 2025, 2035, 2042, 2050, 2058, 2067, 2085, 2104, 2116, 2125, 2135, 2154, 2174, 2190, 2207, 2225, 2244, 2251, 2259, 2270, 2281, 2292, 2302, 2317, 2334, 2342, 2355, 2367, 2383, 2397, 2413, 2425, 2433, 2444, 2455, 2465, 2477, 2487, 2498, 2511, 2525, 2538, 2552, 2570, 2580, 2594, 2619, 2630, 2640, 2649, 2656, 2667, 2684, 2696, 2708, 2720, 2729, 2740, 2754, 2763, 2771, 2785, 2802, 2822, 2846, 2866, 2880, 2890, 2897, 2905, 2914, 2924, 2939, 2958, 2978, 2992, 3007, 3023, 3042, 3065, 3084, 3097, 3104, 3108, 3116, 3125, 3134, 3142, 3153, 3161, 3169, 3175, 3189, 3199, 3208, 3218, 3233, 3243, 3254, 3262, 3271, 3290, 3304, 3314, 3329, 3337, 3351, 3368, 3387, 3396, 3405, 3422, 3430, 3438, 3445, 3449, 3455, 3467, 3481, 3491, 3502, 3512, 3527, 3541, 3554, 3564, 3581, 3597, 3609, 3616, 3629, 3644, 3656, 3667, 3683, 3698, 3712, 3723, 3741, 3751, 3763, 3776, 3795, 3807, 3820, 3831, 3840, 3854, 3864, 3875, 3882, 3896, 3905, 3914, 3929, 3943, 3951, 3966, 3978, 3991, 4003, 4014, 4022, 4037, 4049, 4064, 4073, 4081, 4090, 4101, 4109, 4116, 4120, 4125, 4132, 4145, 4160, 4173, 4183, 4191, 4201, 4212, 4224, 4232, 4241, 4248, 4255, 4263, 4269, 4275, 4292, 4305, 4331, 4362, 4389, 4421, 4429, 4440, 4447, 4455, 4461, 4468, 4479, 4489, 4506, 4515, 4524, 4534, 4547, 4556, 4564, 4574, 4589, 4601, 4630, 4654, 4684, 4710, 4739, 4767, 4790, 4814, 4831, 4850, 4874, 4896, 4929, 4959, 4974, 4986, 4998, 5011, 5024, 5049, 5063, 5078, 5089, 5099, 5111, 5124, 5134, 5145, 5153, 5164, 5175, 5186, 5197, 5208, 5221, 5235, 5249, 5263, 5277, 5291, 5307, 5313, 5318, 5326, 5335, 5343, 5355, 5369, 5382, 5390, 5398, 5406, 5410, 5418, 5424, 5432, 5440, 5447, 5455, 5470, 5494, 5512, 5524, 5542, 5564, 5582, 5598, 5610, 5623, 5635, 5648, 5660, 5676, 5689, 5704, 5718, 5732, 5747, 5758, 5771, 5789, 5801, 5817, 5834, 5842, 5857, 5869, 5878, 5900, 5920, 5925, 5933, 5943, 5954, 5963, 5974, 5985, 5997, 6005, 6018, 6035, 6039, 6044, 6052, 6063, 6069, 6079, 6089, 6100, 6112, 6123, 6142, 6157, 6175, 6183, 6195, 6204, 6216, 6230, 6244, 6260, 6269, 6276, 6285, 6292, 6300, 6308, 6315, 6323, 6335, 6347, 6359, 6372, 6384, 6409, 6421, 6435, 6444, 6454, 6465, 6480, 6495, 6510, 6525, 6540, 6557, 6576, 6583, 6595, 6609, 6623, 6630, 6637, 6653, 6667, 6682, 6699, 6715, 6728, 6741, 6753, 6768, 6784, 6802, 6820, 6835, 6852, 6864, 6877, 6896, 6905, 6913, 6922, 6932, 6941, 6949, 6962, 6976, 6992, 7014, 7037, 7052, 7064, 7076, 7094, 7113, 7132, 7152, 7163, 7177, 7192, 7207, 7222, 7239, 7256, 7270, 7286, 7297, 7309, 7324, 7342, 7348, 7359, 7371, 7385, 7405, 7426, 7439, 7449, 7459, 7475, 7492, 7509, 7527, 7536, 7548, 7561, 7574, 7587, 7602, 7617, 7629, 7643, 7652, 7662, 7675, 7691, 7705, 7721, 7734, 7750, 7755, 7759, 7766, 7778, 7785, 7793, 7801, 7809, 7817, 7825, 7842, 7852, 7863, 7872, 7884, 7892, 7901, 7911, 7925, 7930, 7936, 7949, 7957, 7966, 7976, 7982, 7990, 7997, 8005, 8014, 8023, 8030, 8038, 8050, 8056, 8067, 8079, 8087, 8094, 8102, 8109, 8121, 8130, 8141, 8148, 8156, 8165, 8180, 8194, 8204, 8212, 8218, 8225, 8232, 8240, 8251, 8258, 8266, 8274, 8283, 8297, 8306, 8315, 8325, 8338, 8346, 8355, 8368, 8384, 8394, 8402, 8417, 8433, 8450, 8460, 8471, 8485, 8497, 8513, 8526, 8542, 8570, 8577, 8585, 8599, 8614, 8630, 8647, 8662, 8679, 8692, 8706, 8721, 8732, 8744, 8756, 8771, 8782, 8794, 8814, 8837, 8856, 8874, 8893, 8907, 8920, 8932, 8940, 8959, 8969, 8979, 8997, 9017, 9036, 9055, 9073, 9088, 9104, 9116, 9129, 9140, 9149, 9161, 9170, 9185, 9197, 9213, 9222, 9232, 9245, 9253, 9262, 9275, 9286, 9298, 9311, 9322, 9333, 9345, 9358, 9366, 9379, 9393, 9415, 9438, 9461, 9475, 9490, 9502, 9515, 9529, 9536, 9543, 9551, 9557, 9570, 9578, 9591, 9605, 9618, 9626, 9638, 9646, 9655, 9665, 9676, 9695, 9708, 9729, 9750, 9764, 9776, 9787, 9808, 9829, 9841, 9856, 9868, 9880, 9893, 9907, 9918, 9930, 9943, 9955, 9968, 9981, 9987, 9991, 9996, 10005, 10015, 10029, 10045, 10061, 10078, 10092, 10109, 10124, 10140, 10149, 10154, 10184, 10212, 10218, 10223, 10229, 10246, 10255, 10264, 10267, 10279, 10285, 10298, 10316, 10330, 10340, 10347, 10355, 10373, 10390, 10402, 10413, 10424, 10441, 10452, 10460, 10472, 10486, 10498, 10510, 10518, 10527, 10536, 10550, 10563, 10568, 10583, 10597, 10606, 10614, 10622, 10636, 10646, 10656, 10667, 10678, 10690, 10702, 10713, 10725, 10737, 10747, 10758, 10768, 10779, 10792, 10809, 10817, 10826, 10842, 10851, 10874, 10892, 10911, 10928, 10936, 10945, 10953, 10960, 10971, 10987, 10998, 11015, 11024, 11035, 11039, 11051, 11060, 11077, 11091, 11105, 11126, 11144, 11162, 11183, 11200, 11209, 11224, 11235, 11243, 11254, 11267, 11280, 11290, 11302, 11310, 11319, 11330, 11339, 11350, 11361, 11373, 11379, 11386, 11390, 11400, 11411, 11423, 11436, 11445, 11457, 11467, 11480, 11495, 11507, 11515, 11528, 11545, 11558, 11582, 11613, 11626, 11640, 11653, 11666, 11682, 11696, 11710, 11726, 11740, 11756, 11778, 11801, 11816, 11828, 11844, 11859, 11871, 11889, 11908, 11927, 11947, 11974, 11986, 11997, 12012, 12028, 12042, 12057, 12072, 12087, 12104, 12121, 12135, 12149, 12165, 12179, 12196, 12210, 12226, 12244, 12260, 12278, 12290, 12304, 12315, 12327, 12339, 12354, 12366, 12384, 12400, 12418, 12425, 12438, 12449, 12460, 12471, 12482, 12493, 12506, 12519, 12532, 12545, 12558, 12571, 12586, 12600, 12610, 12629, 12644, 12665, 12680, 12698, 12714, 12730, 12748, 12772, 12797, 12814, 12828, 12845, 12860, 12878, 12892, 12907, 12927, 12948, 12969, 12991, 13004, 13021, 13037, 13054, 13071, 13088, 13107, 13126, 13142, 13160, 13179, 13192, 13206, 13223, 13243, 13251, 13268, 13281, 13300, 13313, 13329, 13343, 13357, 13373, 13395, 13418, 13433, 13445, 13460, 13473, 13489, 13501, 13514, 13532, 13551, 13570, 13590, 13601, 13616, 13630, 13645, 13660, 13675, 13692, 13709, 13723, 13739, 13756, 13767, 13779, 13794, 13812, 13818, 13829, 13844, 13855, 13877, 13906, 13917, 13929, 13940, 13951, 13965, 13977, 13989, 14003, 14015, 14029, 14049, 14070, 14083, 14093, 14107, 14120, 14130, 14146, 14163, 14180, 14198, 14223, 14233, 14242, 14255, 14268, 14282, 14294, 14307, 14320, 14333, 14348, 14363, 14375, 14387, 14401, 14413, 14428, 14440, 14454, 14470, 14484, 14500, 14510, 14522, 14531, 14541, 14551, 14564, 14574, 14590, 14604, 14620, 14644, 14654, 14665, 14671, 14685, 14695, 14707, 14718, 14729, 14739, 14749, 14759, 14774, 14783, 14797, 14812, 14817, 14823, 14830, 14838, 14843, 14855, 14873, 14894, 14919, 14940, 14955, 14963, 14972, 14978, 14994, 15004, 15013, 15023, 15033, 15042, 15048, 15055, 15071, 15078, 15086, 15093, 15107, 15124, 15133, 15144, 15153, 15162, 15170, 15179, 15190, 15196, 15205, 15214, 15222, 15231, 15240, 15256, 15264, 15273, 15283, 15298, 15305, 15309, 15314, 15322, 15331, 15340, 15350, 15362, 15375, 15397, 15407, 15414, 15423, 15437, 15452, 15468, 15478, 15491, 15505, 15512, 15520, 15527, 15542, 15554, 15560, 15574, 15586, 15601, 15615, 15628, 15639, 15652, 15665, 15681, 15696, 15707, 15724, 15735, 15754, 15776, 15802, 15824, 15840, 15857, 15869, 15878, 15888, 15899, 15911, 15932, 15954, 15970, 15987, 15993, 16007, 16022, 16035, 16048, 16055, 16064, 16075, 16093, 16112, 16131, 16151, 16166, 16184, 16202, 16225, 16233, 16246, 16257, 16267, 16279, 16292, 16298, 16313, 16330, 16348, 16357, 16365, 16372, 16380, 16389, 16398, 16408, 16416, 16425, 16439, 16454, 16470, 16483, 16496, 16508, 16523, 16539, 16557, 16575, 16590, 16607, 16619, 16632, 16651, 16666, 16682, 16699, 16713, 16727, 16740, 16756, 16773, 16792, 16811, 16827, 16845, 16858, 16872, 16892, 16897, 16903, 16909, 16917, 16922, 16928, 16936, 16945, 16962, 16973, 16992, 17011, 17023, 17033, 17042, 17061, 17080, 17090, 17103, 17110, 17118, 17126, 17134, 17143, 17150, 17169, 17189, 17196, 17216, 17223, 17243, 17251, 17272, 17293, 17301, 17308, 17330, 17344, 17353, 17362, 17369, 17382, 17393, 17403, 17414, 17422, 17435, 17446, 17456, 17467, 17485, 17497, 17516, 17531, 17539, 17551, 17564, 17572, 17580, 17593, 17611, 17630, 17647, 17664, 17677, 17683, 17690, 17699, 17709, 17716, 17724, 17735, 17744, 17756, 17767, 17779, 17792, 17800, 17809, 17815, 17830, 17842, 17854, 17866, 17879, 17891, 17903, 17918, 17928, 17947, 17966, 17982, 17998, 18016, 18035, 18051, 18069, 18088, 18103, 18114, 18133, 18153, 18172, 18181, 18189, 18199, 18210, 18218, 18224, 18236, 18250, 18262, 18271, 18286, 18304, 18324, 18345, 18356, 18367, 18377, 18382, 18394, 18409, 18421, 18432, 18444, 18457, 18468, 18483, 18495, 18512, 18525, 18537, 18546, 18562, 18572, 18584, 18589, 18595, 18602, 18615, 18625, 18631, 18643, 18657, 18673, 18691, 18712, 18724, 18733, 18753, 18775, 18800, 18807, 18820, 18835, 18850, 18865, 18880, 18895, 18912, 18917, 18935, 18953, 18971, 18989, 19007, 19027, 19041, 19046, 19057, 19069, 19083, 19096, 19110, 19122, 19134, 19147, 19156, 19164, 19171, 19180, 19188, 19196, 19202, 19209, 19220, 19231, 19247, 19258, 19270, 19276, 19283, 19291, 19300, 19316, 19333, 19344, 19356, 19372, 19389, 19404, 19419, 19428, 19436, 19443, 19453, 19461, 19476, 19495, 19503, 19509, 19516, 19522, 19529, 19549, 19558, 19567, 19582, 19596, 19602, 19613, 19622, 19627, 19635, 19649, 19663, 19676, 19696, 19708, 19731, 19754, 19776, 19797, 19819, 19839, 19852, 19866, 19881, 19892, 19898, 19909, 19919, 19928, 19935, 19945, 19953, 19964, 19969, 19975, 19982, 19987, 19997, 20006, 20020, 20028, 20041, 20053, 20066, 20078, 20091, 20103, 20113, 20122, 20131, 20144, 20158, 20171, 20182, 20192, 20202, 20213, 20222, 20238, 20252, 20268, 20281, 20295, 20304, 20308, 20319, 20333, 20351, 20365, 20373, 20380, 20388, 20402, 20415, 20431, 20445, 20465, 20478, 20496, 20513, 20533, 20551, 20575, 20592, 20600, 20609, 20622, 20629, 20639, 20650, 20659, 20664, 20677, 20697, 20703, 20723, 20741, 20759, 20766, 20775, 20783, 20809, 20821, 20830, 20837, 20853, 20859, 20868, 20879, 20884, 20890, 20898, 20911, 20920, 20931, 20943, 20954, 20965, 20974, 20989, 21004, 21020, 21035, 21046, 21056, 21062, 21070, 21078, 21088, 21099, 21112, 21124, 21137, 21146, 21171, 21197, 21221, 21244, 21266, 21291, 21314, 21336, 21358, 21378, 21398, 21417, 21438, 21458, 21470, 21488, 21508, 21526, 21541, 21553, 21571, 21590, 21603, 21617, 21638, 21657, 21680, 21702, 21724, 21745, 21763, 21782, 21802, 21823, 21834, 21848, 21861, 21875, 21886, 21893, 21914, 21922, 21931, 21942, 21951, 21960, 21970, 21978, 21986, 21997, 22007, 22018, 22027, 22035, 22047, 22060, 22071, 22088, 22105, 22121, 22136, 22162, 22188, 22213, 22237, 22262, 22285, 22301, 22315, 22330, 22339, 22350, 22364, 22377, 22396, 22407, 22424, 22433, 22443, 22457, 22465, 22482, 22499, 22507, 22522, 22530, 22546, 22553, 22559, 22574, 22589, 22595, 22602, 22625, 22647, 22667, 22686, 22706, 22727, 22746, 22755, 22765, 22774, 22783, 22794, 22803, 22808, 22815, 22827, 22841, 22853, 22863, 22874, 22887, 22892, 22898, 22903, 22919, 22934, 22946, 22961, 22978, 22989, 23003, 23015, 23028, 23041, 23051, 23059, 23072, 23082, 23094, 23104, 23114, 23125, 23133, 23143, 23154, 23162, 23169, 23178, 23197, 23216, 23226, 23237, 23246, 23256, 23268, 23272, 23281, 23291, 23296, 23302, 23309, 23326, 23332, 23348, 23360, 23368, 23373, 23382, 23389, 23396, 23401, 23407, 23413, 23425, 23430, 23436, 23451, 23458, 23469, 23478, 23487, 23499, 23505, 23511, 23517, 23522, 23533, 23543, 23553, 23562, 23568, 23584, 23594, 23598, 23604, 23611, 23620, 23626, 23633, 23644, 23657, 23668, 23679, 23691, 23704, 23711, 23719, 23726, 23733, 23741, 23753, 23759, 23768, 23778, 23786, 23791, 23797, 23808, 23822, 23831, 23842, 23847, 23853, 23860, 23873, 23889, 23894, 23904, 23915, 23926, 23941, 23949, 23964, 23973, 23983, 23997, 24011, 24021, 24032, 24041, 24053, 24061, 24074, 24083, 24093, 24099, 24108, 24121, 24135, 24144, 24155, 24166, 24172, 24179, 24194, 24210, 24223, 24236, 24250, 24263, 24278, 24294, 24307, 24321, 24331, 24341, 24352, 24360, 24369, 24379, 24388, 24394, 24403, 24410, 24421, 24433, 24437, 24442, 24458, 24484, 24495, 24502, 24509, 24517, 24537, 24557, 24566, 24585, 24608, 24631, 24650, 24671, 24690, 24715, 24733, 24752, 24767, 24786, 24805, 24824, 24847, 24870, 24889, 24910, 24929, 24954, 24972, 24991, 25010, 25033, 25056, 25075, 25096, 25115, 25140, 25158, 25177, 25188, 25203, 25222, 25245, 25268, 25287, 25308, 25327, 25352, 25370, 25389, 25404, 25421, 25436, 25457, 25471, 25486, 25499, 25516, 25535, 25558, 25581, 25600, 25621, 25640, 25665, 25683, 25702, 25715, 25732, 25744, 25762, 25782, 25802, 25812, 25832, 25856, 25880, 25900, 25922, 25942, 25968, 25987, 26007, 26023, 26043, 26063, 26083, 26107, 26131, 26151, 26173, 26193, 26219, 26238, 26258, 26278, 26302, 26326, 26346, 26368, 26388, 26414, 26433, 26453, 26473, 26497, 26521, 26541, 26563, 26583, 26609, 26628, 26648, 26664, 26682, 26698, 26720, 26735, 26751, 26771, 26795, 26819, 26839, 26861, 26881, 26907, 26926, 26946, 26959, 26975, 26990, 27002, 27017, 27029, 27043, 27055, 27067, 27075, 27084, 27103, 27119, 27139, 27149, 27166, 27187, 27199, 27203, 27213, 27221, 27229, 27234, 27240, 27255, 27267, 27280, 27293, 27317, 27339, 27354, 27372, 27388, 27399, 27407, 27421, 27427, 27434, 27442, 27447, 27466, 27477, 27492, 27502, 27510, 27517, 27530, 27544, 27552, 27566, 27581, 27587, 27595, 27605, 27618, 27623, 27633, 27644, 27650, 27659, 27665, 27674, 27686, 27703, 27713, 27725, 27735, 27745, 27756, 27768, 27780, 27789, 27802, 27808, 27823, 27832, 27842, 27851, 27858, 27865, 27875, 27885, 27896, 27903, 27917, 27931, 27948, 27963, 27976, 27995, 28002, 28014, 28030, 28053, 28083, 28095, 28108, 28120, 28132, 28145, 28160, 28173, 28188, 28209, 28231, 28245, 28256, 28271, 28287, 28301, 28312, 28329, 28347, 28365, 28380, 28399, 28425, 28436, 28446, 28460, 28472, 28486, 28501, 28514, 28528, 28542, 28556, 28572, 28588, 28601, 28614, 28628, 28643, 28658, 28671, 28684, 28699, 28716, 28731, 28748, 28759, 28772, 28782, 28793, 28804, 28818, 28829, 28846, 28861, 28878, 28889, 28901, 28907, 28913, 28930, 28942, 28956, 28968, 28978, 28992, 29006, 29023, 29038, 29053, 29063, 29074, 29088, 29098, 29109, 29123, 29138, 29148, 29159, 29179, 29199, 29221, 29246, 29262, 29273, 29285, 29303, 29320, 29337, 29355, 29374, 29392, 29412, 29434, 29454, 29476, 29492, 29510, 29530, 29552, 29564, 29577, 29589, 29599, 29613, 29629, 29638, 29654, 29664, 29681, 29696, 29704, 29716, 29732, 29745, 29758, 29769, 29777, 29792, 29804, 29818, 29832, 29848, 29867, 29875, 29891, 29908, 29929, 29946, 29953, 29967, 29982, 29990, 30001, 30008, 30016, 30029, 30039, 30049, 30063, 30068, 30074, 30083, 30093, 30107, 30119, 30129, 30148, 30157, 30165, 30172, 30180, 30189, 30193, 30198, 30208, 30220, 30228, 30236, 30246, 30261, 30270, 30279, 30288, 30296, 30307, 30323, 30336, 30359, 30379, 30399, 30419, 30442, 30469, 30493, 30517, 30541, 30568, 30577, 30585, 30597, 30607, 30617, 30634, 30645, 30663, 30677, 30684, 30693, 30699, 30710, 30724, 30736, 30749, 30762, 30772, 30780, 30793, 30803, 30815, 30825, 30835, 30846, 30854, 30863, 30874, 30884, 30895, 30923, 30931, 30940, 30957, 30968, 30987, 31006, 31018, 31028, 31037, 31056, 31075, 31087, 31100, 31110, 31123, 31140, 31151, 31163, 31175, 31192, 31207, 31223, 31238, 31251, 31263, 31275, 31287, 31300, 31309, 31318, 31327, 31339, 31346, 31354, 31367, 31377, 31381, 31390, 31400, 31410, 31426, 31436, 31454, 31465, 31478, 31490, 31503, 31516, 31526, 31534, 31550, 31559, 31566, 31574, 31590, 31599, 31609, 31617, 31626, 31637, 31648, 31653, 31665, 31684, 31697, 31717, 31733, 31742, 31751, 31761, 31775, 31786, 31798, 31808, 31819, 31831, 31841, 31852, 31862, 31872, 31886, 31900, 31911, 31916, 31924, 31931, 31940, 31948, 31957, 31974, 31984, 32003, 32011, 32028, 32038, 32056, 32065, 32075, 32091, 32109, 32125, 32135, 32146, 32155, 32165, 32177, 32184, 32193, 32201, 32210, 32219, 32228, 32237, 32244, 32265, 32273, 32282, 32293, 32304, 32315, 32328, 32342, 32355, 32366, 32376, 32386, 32397, 32407, 32417, 32428, 32440, 32452, 32465, 32484, 32501, 32508, 32520, 32529, 32540, 32553, 32567, 32580, 32591, 32601, 32611, 32619, 32629, 32638, 32649, 32658, 32668, 32677, 32686, 32690, 32696, 32703, 32718, 32730, 32741, 32747, 32765, 32788, 32806, 32824, 32840, 32852, 32858, 32880, 32893, 32908, 32923, 32932, 32942, 32949, 32957, 32970, 32990, 33006, 33023, 33044, 33061, 33089, 33109, 33126, 33155, 33163, 33169, 33188, 33197, 33204, 33221, 33233, 33247, 33254, 33257, 33261, 33276, 33285, 33295, 33303, 33314, 33328, 33346, 33355, 33365, 33376, 33392, 33401, 33411, 33419, 33428, 33440, 33456, 33465, 33478, 33492, 33502, 33517, 33532, 33544, 33551, 33560, 33567, 33576, 33586, 33600, 33609, 33618, 33630, 33643, 33654, 33665, 33677, 33689, 33701, 33711, 33719, 33728, 33746, 33766, 33784, 33799, 33811, 33818, 33826, 33844, 33863, 33881, 33899, 33917, 33929, 33948, 33963, 33980, 33992, 34005, 34017, 34033, 34049, 34055, 34069, 34076, 34084, 34098, 34110, 34119, 34132, 34146, 34153, 34159, 34176, 34184, 34196, 34201, 34212, 34225, 34236, 34244, 34259, 34266, 34275, 34281, 34290, 34302, 34316, 34329, 34343, 34354, 34363, 34375, 34383, 34390, 34398, 34406, 34413, 34422, 34434, 34445, 34454, 34464, 34482, 34494, 34514, 34534, 34547, 34558, 34568, 34588, 34608, 34619, 34633, 34645, 34657, 34667, 34678, 34694, 34704, 34711, 34720, 34727, 34735, 34745, 34751, 34759, 34769, 34780, 34790, 34806, 34816, 34827, 34835, 34844, 34860, 34867, 34875, 34882, 34899, 34915, 34926, 34936, 34946, 34962, 34973, 34988, 34995, 35013, 35031, 35038, 35044, 35051, 35058, 35065, 35072, 35081, 35088, 35105, 35121, 35132, 35142, 35152, 35168, 35176, 35190, 35205, 35220, 35241, 35249, 35258, 35266, 35274, 35296, 35305, 35315, 35323, 35332, 35341, 35351, 35362, 35368, 35378, 35390, 35398, 35416, 35432, 35443, 35451, 35467, 35484, 35500, 35514, 35527, 35540, 35560, 35578, 35591, 35601, 35611, 35620, 35626, 35635, 35647, 35655, 35667, 35681, 35690, 35702, 35713, 35725, 35735, 35747, 35761, 35772, 35786, 35798, 35809, 35821, 35834, 35847, 35861, 35876, 35890, 35904, 35916, 35923, 35931, 35942, 35950, 35959, 35967, 35976, 35984, 35992, 36001, 36010, 36018, 36029, 36037, 36048, 36065, 36072, 36080, 36092, 36099, 36110, 36121, 36132, 36141, 36150, 36158, 36178, 36185, 36191, 36211, 36218, 36232, 36245, 36255, 36262, 36269, 36276, 36285, 36289, 36294, 36311, 36331, 36349, 36354, 36360, 36365, 36376, 36388, 36394, 36401, 36419, 36431, 36445, 36464, 36477, 36491, 36499, 36508, 36517, 36527, 36534, 36542, 36554, 36567, 36584, 36591, 36598, 36607, 36613, 36628, 36645, 36660, 36672, 36681, 36690, 36697, 36707, 36718, 36729, 36741, 36749, 36758, 36768, 36774, 36780, 36786, 36794, 36798, 36803, 36810, 36830, 36849, 36863, 36876, 36889, 36908, 36917, 36925, 36937, 36943, 36951, 36961, 36970, 36979, 36993, 37004, 37011, 37021, 37032, 37050, 37057, 37064, 37072, 37079, 37087, 37105, 37118, 37134, 37151, 37160, 37168, 37177, 37194, 37212, 37221, 37231, 37248, 37263, 37279, 37298, 37318, 37332, 37347, 37355, 37363, 37368, 37374, 37383, 37390, 37396, 37403, 37411, 37418, 37425, 37435, 37447, 37461, 37473, 37482, 37492, 37499, 37507, 37514, 37521, 37529, 37537, 37546, 37563, 37578, 37592, 37604, 37616, 37629, 37642, 37657, 37672, 37687, 37703, 37719, 37737, 37748, 37764, 37780, 37797, 37814, 37833, 37845, 37853, 37869, 37885, 37902, 37919, 37938, 37950, 37963, 37979, 37989, 37998, 38008, 38014, 38021, 38028, 38035, 38050, 38058, 38067, 38075, 38081, 38088, 38097, 38105, 38116, 38125, 38131, 38140, 38152, 38161, 38174, 38192, 38213, 38231, 38240, 38250, 38261, 38273, 38282, 38289, 38297, 38305, 38320, 38331, 38339, 38348, 38357, 38367, 38379, 38387, 38392, 38397, 38403, 38413, 38423, 38437, 38449, 38460, 38472, 38483, 38495, 38506, 38519, 38529, 38539, 38551, 38563, 38577, 38593, 38607, 38623, 38633, 38645, 38655, 38673, 38689, 38704, 38720, 38738, 38750, 38764, 38778, 38794, 38804, 38818, 38832, 38846, 38860, 38874, 38890, 38896, 38902, 38909, 38923, 38932, 38943, 38953, 38962, 38969, 38984, 38997, 39012, 39023, 39033, 39043, 39052, 39063, 39073, 39086, 39098, 39113, 39127, 39147, 39165, 39185, 39201, 39216, 39231, 39245, 39261, 39276, 39294, 39311, 39329, 39351, 39369, 39382, 39399, 39412, 39435, 39459, 39469, 39483, 39498, 39508, 39521, 39533, 39543, 39553, 39566, 39571, 39575, 39580, 39589, 39604, 39620, 39634, 39649, 39660, 39671, 39680, 39690, 39703, 39721, 39733, 39753, 39773, 39786, 39797, 39812, 39822, 39842, 39862, 39873, 39887, 39899, 39913, 39930, 39939, 39954, 39967, 39974, 39986, 39998, 40011, 40026, 40047, 40063, 40082, 40100, 40124, 40143, 40167, 40192, 40217, 40238, 40260, 40282, 40288, 40304, 40318, 40325, 40335, 40342, 40352, 40365, 40371, 40377, 40389, 40400, 40411, 40423, 40439, 40452, 40466, 40478, 40492, 40508, 40522, 40538, 40548, 40560, 40574, 40590, 40600, 40611, 40618, 40626, 40636, 40647, 40659, 40671, 40683, 40696, 40709, 40717, 40729, 40740, 40751, 40763, 40780, 40795, 40804, 40813, 40823, 40834, 40845, 40854, 40863, 40872, 40881, 40891, 40903, 40915, 40926, 40938, 40951, 40970, 40987, 40993, 41000, 41009, 41024, 41043, 41057, 41064, 41079, 41096, 41115, 41135, 41150, 41166, 41180, 41195, 41208, 41226, 41242, 41255, 41261, 41268, 41276, 41287, 41304, 41326, 41336, 41359, 41369, 41378, 41389, 41396, 41402, 41416, 41432, 41446, 41457, 41463, 41470, 41479, 41489, 41495, 41507, 41521, 41533, 41542, 41552, 41561, 41568, 41580, 41585, 41590, 41596, 41614, 41633, 41649, 41659, 41670, 41682, 41691, 41701, 41716, 41726, 41737, 41749, 41769, 41790, 41801, 41813, 41834, 41856, 41874, 41893, 41913, 41934, 41943, 41953, 41969, 41984, 42005, 42024, 42045, 42062, 42078, 42094, 42109, 42126, 42142, 42161, 42179, 42198, 42221, 42240, 42250, 42261, 42273, 42290, 42301, 42316, 42337, 42353, 42368, 42386, 42412, 42431, 42452, 42472, 42493, 42514, 42532, 42552, 42580, 42601, 42624, 42646, 42669, 42692, 42712, 42724, 42734, 42745, 42753, 42762, 42771, 42781, 42800, 42820, 42831, 42841, 42852, 42869, 42885, 42905, 42926, 42943, 42961, 42976, 42990, 43011, 43031, 43042, 43061, 43081, 43089, 43098, 43109, 43121, 43132, 43148, 43166, 43175, 43189, 43202, 43213, 43227, 43239, 43248, 43262, 43274, 43287, 43300, 43311, 43330, 43341, 43353, 43362, 43372, 43384, 43402, 43417, 43432, 43447, 43465, 43487, 43506, 43525, 43544, 43566, 43576, 43587, 43607, 43628, 43642, 43653, 43665, 43678, 43699, 43721, 43739, 43758, 43772, 43786, 43798, 43818, 43839, 43848, 43858, 43869, 43881, 43890, 43897, 43905, 43912, 43918, 43930, 43942, 43953, 43963, 43984, 44005, 44025, 44044, 44064, 44082, 44093, 44102, 44108, 44114, 44130, 44147, 44160, 44167, 44182, 44195, 44207, 44223, 44238, 44259, 44278, 44299, 44316, 44332, 44348, 44363, 44380, 44396, 44415, 44433, 44452, 44475, 44494, 44503, 44513, 44531, 44546, 44558, 44565, 44572, 44580, 44595, 44609, 44629, 44647, 44667, 44683, 44698, 44713, 44727, 44743, 44758, 44776, 44793, 44811, 44833, 44851, 44857, 44863, 44875, 44888, 44894, 44900, 44909, 44917, 44930, 44940, 44957, 44974, 44985, 44998, 45006, 45015, 45026, 45044, 45058, 45064, 45077, 45084, 45093, 45100, 45110, 45116, 45123, 45130, 45138, 45144, 45156, 45170, 45182, 45191, 45201, 45206, 45212, 45219, 45228, 45236, 45245, 45255, 45271, 45287, 45302, 45316, 45341, 45366, 45390, 45413, 45437, 45459, 45474, 45487, 45494, 45506, 45515, 45526, 45536, 45552, 45571, 45590, 45608, 45625, 45653, 45681, 45708, 45734, 45761, 45786, 45804, 45820, 45829, 45838, 45848, 45860, 45867, 45875, 45884, 45894, 45908, 45926, 45937, 45947, 45956, 45968, 45979, 45992, 46016, 46037, 46043, 46051, 46060, 46071, 46081, 46087, 46105, 46121, 46129, 46141, 46153, 46169, 46187, 46200, 46212, 46222, 46233, 46244, 46251, 46259, 46268, 46278, 46288, 46300, 46313, 46327, 46346, 46353, 46370, 46380, 46390, 46398, 46409, 46418, 46427, 46437, 46441, 46446, 46460, 46475, 46491, 46518, 46527, 46538, 46549, 46561, 46573, 46585, 46596, 46605, 46613, 46621, 46632, 46642, 46653, 46675, 46687, 46700, 46712, 46722, 46731, 46740, 46752, 46762, 46768, 46776, 46784, 46790, 46799, 46805, 46811, 46823, 46834, 46840, 46872, 46882, 46892, 46904, 46917, 46927, 46938, 46955, 46961, 46968, 46987, 46994, 47002, 47011, 47021, 47043, 47069, 47095, 47103, 47119, 47143, 47153, 47163, 47174, 47188, 47202, 47207, 47216, 47225, 47233, 47244, 47256, 47270, 47284, 47294, 47307, 47314, 47321, 47330, 47338, 47351, 47358, 47372, 47382, 47387, 47393, 47402, 47412, 47421, 47429, 47436, 47445, 47456, 47472, 47481, 47500, 47508, 47518, 47527, 47537, 47545, 47556, 47571, 47584, 47595, 47611, 47623, 47636, 47650, 47660, 47679, 47696, 47711, 47731, 47747, 47764, 47777, 47796, 47816, 47830, 47845, 47854, 47864, 47870, 47883, 47899, 47919, 47935, 47945, 47955, 47972, 47992, 48016, 48036, 48050, 48061, 48067, 48074, 48081, 48088, 48099, 48112, 48123, 48127, 48132, 48138, 48144, 48149, 48155, 48161, 48178, 48187, 48197, 48216, 48231, 48246, 48264, 48280, 48296, 48314, 48338, 48363, 48380, 48394, 48412, 48426, 48446, 48467, 48488, 48510, 48523, 48539, 48556, 48573, 48590, 48609, 48628, 48644, 48662, 48681, 48694, 48708, 48725, 48745, 48755, 48761, 48767, 48773, 48791, 48806, 48814, 48823, 48837, 48846, 48857, 48867, 48877, 48886, 48898, 48915, 48930, 48944, 48959, 48973, 48994, 49009, 49025, 49040, 49055, 49076, 49091, 49108, 49127, 49144, 49163, 49176, 49191, 49208, 49227, 49239, 49246, 49251, 49257, 49272, 49283, 49294, 49308, 49320, 49332, 49346, 49366, 49387, 49400, 49410, 49424, 49434, 49450, 49467, 49484, 49502, 49511, 49523, 49536, 49549, 49562, 49577, 49592, 49604, 49618, 49633, 49642, 49652, 49665, 49681, 49687, 49697, 49706, 49721, 49736, 49743, 49752, 49759, 49772, 49787, 49800, 49810, 49822, 49836, 49842, 49855, 49870, 49883, 49893, 49905, 49913, 49924, 49929, 49940, 49944, 49953, 49974, 49988, 50000, 50011, 50023, 50033, 50040, 50051, 50064, 50072, 50081, 50098, 50107, 50117, 50131, 50146, 50166, 50180, 50193, 50206, 50216, 50228, 50240, 50249, 50259, 50275, 50288, 50298, 50316, 50324, 50337, 50351, 50362, 50375, 50392, 50405, 50414, 50424, 50439, 50455, 50469, 50478, 50484, 50497, 50510, 50522, 50533, 50548, 50567, 50586, 50603, 50614, 50628, 50639, 50653, 50669, 50680, 50695, 50711, 50727, 50740, 50754, 50766, 50782, 50800, 50815, 50832, 50843, 50856, 50870, 50885, 50900, 50910, 50928, 50943, 50958, 50968, 50982, 50999, 51010, 51021, 51032, 51045, 51064, 51077, 51092, 51107, 51120, 51131, 51148, 51165, 51182, 51197, 51216, 51227, 51239, 51256, 51263, 51272, 51282, 51294, 51305, 51317, 51334, 51345, 51360, 51369, 51383, 51390, 51402, 51420, 51438, 51455, 51471, 51498, 51525, 51551, 51576, 51602, 51626, 51643, 51658, 51663, 51671, 51684, 51698, 51710, 51721, 51732, 51740, 51756, 51776, 51794, 51817, 51830, 51841, 51854, 51869, 51880, 51892, 51915, 51942, 51965, 51986, 52011, 52027, 52047, 52067, 52080, 52094, 52107, 52121, 52136, 52161, 52186, 52201, 52227, 52238, 52253, 52264, 52276, 52292, 52304, 52320, 52332, 52348, 52361, 52375, 52387, 52399, 52411, 52417, 52431, 52445, 52460, 52467, 52473, 52477, 52491, 52505, 52513, 52521, 52534, 52545, 52550, 52559, 52574, 52592, 52605, 52615, 52627, 52638, 52648, 52654, 52662, 52681, 52706, 52724, 52744, 52764, 52790, 52809, 52830, 52840, 52853, 52867, 52879, 52892, 52896, 52903, 52916, 52930, 52941, 52951, 52968, 52986, 53001, 53020, 53035, 53049, 53058, 53067, 53085, 53102, 53124, 53141, 53152, 53177, 53202, 53221, 53244, 53254, 53270, 53287, 53301, 53321, 53342, 53360, 53382, 53400, 53411, 53421, 53428, 53437, 53440, 53451, 53456, 53469, 53480, 53491, 53509, 53522, 53539, 53552, 53573, 53592, 53618, 53639, 53664, 53685, 53691, 53705, 53711, 53724, 53739, 53756, 53766, 53777, 53791, 53803, 53813, 53822, 53840, 53854, 53864, 53876, 53890, 53906, 53919, 53926, 53934, 53945, 53954, 53961, 53970, 53976, 53980, 53990, 54003, 54016, 54026, 54037, 54054, 54068, 54083, 54097, 54107, 54116, 54126, 54137, 54149, 54158, 54168, 54180, 54190, 54201, 54209, 54219, 54255, 54270, 54276, 54287, 54300, 54315, 54328, 54335, 54350, 54365, 54373, 54378, 54393, 54408, 54417, 54431, 54447, 54455, 54464, 54474, 54482, 54491, 54501, 54513, 54524, 54533, 54543, 54551, 54560, 54568, 54574, 54581, 54594, 54604, 54617, 54634, 54649, 54664, 54674, 54684, 54696, 54713, 54726, 54742, 54757, 54775, 54791, 54811, 54830, 54845, 54860, 54871, 54893, 54908, 54923, 54940, 54952, 54962, 54970, 54982, 54986, 54994, 55003, 55010, 55016, 55025, 55032, 55042, 55049, 55057, 55065, 55074, 55084, 55090, 55098, 55115, 55131, 55152, 55168, 55178, 55202, 55226, 55244, 55266, 55277, 55285, 55294, 55308, 55321, 55334, 55347, 55360, 55374, 55386, 55402, 55417, 55437, 55450, 55467, 55476, 55489, 55501, 55509, 55517, 55525, 55535, 55544, 55547, 55556, 55579, 55598, 55606, 55613, 55640, 55664, 55687, 55710, 55731, 55745, 55751, 55759, 55774, 55784, 55796, 55810, 55823, 55834, 55845, 55863, 55876, 55891, 55908, 55924, 55938, 55949, 55967, 55980, 55995, 56012, 56028, 56042, 56051, 56062, 56075, 56090, 56100, 56117, 56129, 56143, 56159, 56174, 56187, 56195, 56205, 56215, 56236, 56253, 56272, 56293, 56316, 56336, 56350, 56365, 56383, 56399, 56413, 56420, 56433, 56448, 56463, 56473, 56483, 56500, 56513, 56529, 56544, 56562, 56578, 56598, 56617, 56632, 56647, 56658, 56670, 56676, 56685, 56694, 56699, 56709, 56719, 56728, 56739, 56747, 56766, 56791, 56809, 56829, 56849, 56856, 56865, 56868, 56874, 56883, 56892, 56898, 56906, 56914, 56921, 56927, 56932, 56939, 56946, 56953, 56965, 56968, 56974, 56987, 56993, 57000, 57013, 57027, 57038, 57055, 57073, 57088, 57107, 57122, 57131, 57139, 57145, 57152, 57167, 57182, 57194, 57204, 57217, 57234, 57246, 57256, 57262, 57273, 57290, 57301, 57316, 57323, 57333, 57342, 57353, 57361, 57372, 57381, 57386, 57393, 57408, 57419, 57432, 57447, 57464, 57478, 57486, 57495, 57507, 57517, 57525, 57535, 57546, 57552, 57565, 57581, 57588, 57599, 57609, 57621, 57638, 57649, 57658, 57668, 57678, 57684, 57691, 57703, 57713, 57728, 57740, 57743, 57748, 57752, 57772, 57796, 57808, 57824, 57843, 57861, 57880, 57904, 57932, 57948, 57968, 57991, 58013, 58036, 58048, 58061, 58073, 58086, 58096, 58108, 58129, 58149, 58174, 58194, 58208, 58236, 58264, 58286, 58312, 58319, 58329, 58340, 58352, 58369, 58383, 58390, 58400, 58408, 58418, 58431, 58452, 58475, 58495, 58508, 58518, 58532, 58541, 58546, 58560, 58566, 58577, 58594, 58604, 58614, 58626, 58641, 58652, 58668, 58687, 58691, 58696, 58706, 58717, 58726, 58738, 58747, 58758, 58769, 58775, 58785, 58792, 58801, 58812, 58825, 58833, 58842, 58855, 58862, 58874, 58889, 58900, 58908, 58917, 58930, 58942, 58949, 58955, 58964, 58974, 59000, 59025, 59054, 59068, 59082, 59105, 59132, 59159, 59190, 59215, 59236, 59267, 59297, 59331, 59359, 59391, 59423, 59459, 59489, 59515, 59545, 59569, 59591, 59618, 59649, 59672, 59697, 59719, 59746, 59765, 59787, 59803, 59820, 59850, 59880, 59902, 59926, 59952, 59980, 59991, 60003, 60016, 60029, 60036, 60050, 60062, 60074, 60094, 60110, 60129, 60146, 60159, 60176, 60185, 60197, 60207, 60218, 60239, 60257, 60269, 60286, 60300, 60314, 60342, 60369, 60384, 60395, 60407, 60417, 60424, 60438, 60449, 60465, 60479, 60494, 60514, 60526, 60533, 60548, 60560, 60575, 60594, 60608, 60618, 60629, 60645, 60667, 60676, 60688, 60700, 60711, 60721, 60731, 60743, 60754, 60765, 60770, 60785, 60802, 60821, 60833, 60846, 60862, 60876, 60888, 60892, 60897, 60905, 60922, 60929, 60941, 60958, 60969, 60981, 60991, 61009, 61024, 61038, 61049, 61062, 61082, 61099, 61110, 61125, 61136, 61143, 61152, 61160, 61167, 61185, 61199, 61218, 61233, 61250, 61261, 61280, 61299, 61311, 61327, 61336, 61355, 61374, 61386, 61399, 61410, 61417, 61427, 61438, 61450, 61461, 61470, 61474, 61485, 61504, 61512, 61515, 61529, 61537, 61546, 61558, 61569, 61582, 61586, 61591, 61614, 61633, 61647, 61662, 61664, 61680, 61698, 61709, 61718, 61726, 61733, 61746, 61766, 61783, 61794, 61809, 61820, 61828, 61845, 61859, 61872, 61882, 61890, 61902, 61907, 61917, 61923, 61930, 61941, 61954, 61965, 61976, 61984, 61991, 61997, 62001, 62013, 62022, 62031, 62039, 62047, 62056, 62078, 62085, 62091, 62100, 62110, 62129, 62151, 62168, 62182, 62196, 62212, 62227, 62241, 62256, 62263, 62270, 62279, 62287, 62296, 62306, 62315, 62325, 62336, 62345, 62355, 62369, 62384, 62397, 62407, 62418, 62433, 62447, 62455, 62466, 62478, 62488, 62499, 62509, 62516, 62524, 62537, 62546, 62561, 62572, 62581, 62589, 62602, 62613, 62625, 62633, 62646, 62654, 62667, 62679, 62689, 62704, 62717, 62735, 62741, 62752, 62755, 62757, 62772, 62786, 62800, 62816, 62831, 62846, 62859, 62871, 62883, 62897, 62910, 62923, 62939, 62954, 62969, 62983, 62996, 63009, 63025, 63032, 63044, 63056, 63068, 63078, 63090, 63110, 63137, 63167, 63191, 63220, 63243, 63272, 63300, 63325, 63353, 63368, 63386, 63404, 63421, 63441, 63455, 63470, 63486, 63503, 63522, 63537, 63557, 63568, 63580, 63594, 63613, 63624, 63639, 63652, 63662, 63673, 63685, 63695, 63706, 63719, 63733, 63750, 63773, 63798, 63823, 63843, 63854, 63867, 63880, 63892, 63909, 63922, 63936, 63949, 63962, 63972, 63983, 63995, 64014, 64032, 64046, 64062, 64073, 64088, 64106, 64118, 64129, 64148, 64158, 64177, 64195, 64218, 64236, 64248, 64274, 64300, 64320, 64344, 64351, 64357, 64365, 64378, 64392, 64408, 64422, 64435, 64450, 64464, 64476, 64487, 64500, 64505, 64515, 64525, 64535, 64543, 64553, 64568, 64590, 64615, 64634, 64658, 64676, 64700, 64723, 64741, 64766, 64794, 64816, 64843, 64864, 64891, 64917, 64940, 64966, 64986, 65009, 65026, 65048, 65061, 65077, 65093, 65108, 65126, 65138, 65151, 65165, 65180, 65197, 65210, 65228, 65237, 65247, 65259, 65276, 65285, 65298, 65309, 65317, 65326, 65336, 65344, 65353, 65364, 65376, 65391, 65412, 65435, 65458, 65476, 65485, 65496, 65507, 65517, 65532, 65543, 65555, 65566, 65577, 65585, 65594, 65604, 65621, 65637, 65649, 65663, 65672, 65685, 65701, 65711, 65720, 65737, 65740, 65744, 65749, 65757, 65770, 65779, 65789, 65798, 65809, 65819, 65829, 65838, 65853, 65867, 65876, 65885, 65899, 65906, 65913, 65922, 65926, 65931, 65937, 65944, 65957, 65968, 65977, 65984, 66001, 66021, 66036, 66048, 66062, 66075, 66087, 66094, 66101, 66108, 66114, 66129, 66135, 66142, 66147, 66155, 66163, 66173, 66183, 66192, 66198, 66206, 66212, 66220, 66227, 66235, 66243, 66249, 66257, 66266, 66274, 66281, 66289, 66298, 66306, 66314, 66333, 66348, 66366, 66386, 66399, 66405, 66412, 66418, 66429, 66442, 66448, 66459, 66473, 66487, 66505, 66516, 66528, 66538, 66553, 66564, 66575, 66585, 66596, 66612, 66630, 66647, 66670, 66688, 66710, 66729, 66754, 66775, 66795, 66816, 66835, 66856, 66879, 66900, 66921, 66944, 66965, 66987, 67004, 67023, 67041, 67065, 67084, 67107, 67127, 67153, 67175, 67196, 67218, 67238, 67260, 67284, 67306, 67328, 67352, 67374, 67397, 67415, 67435, 67454, 67479, 67499, 67523, 67544, 67571, 67594, 67616, 67639, 67660, 67683, 67708, 67731, 67754, 67779, 67802, 67826, 67830, 67835, 67844, 67853, 67875, 67894, 67916, 67933, 67968, 67997, 68007, 68026, 68044, 68067, 68085, 68097, 68123, 68149, 68169, 68193, 68199, 68206, 68215, 68220, 68229, 68239, 68247, 68258, 68267, 68273, 68280, 68289, 68302, 68314, 68333, 68349, 68359, 68373, 68383, 68396, 68416, 68433, 68444, 68459, 68470, 68476, 68481, 68486, 68491, 68506, 68515, 68532, 68549, 68559, 68566, 68583, 68600, 68611, 68617, 68624, 68632, 68656, 68662, 68672, 68676, 68683, 68692, 68707, 68725, 68738, 68752, 68762, 68774, 68785, 68795, 68806, 68812, 68821, 68840, 68849, 68861, 68873, 68887, 68905, 68922, 68944, 68961, 68972, 68997, 69022, 69041, 69064, 69072, 69079, 69087, 69096, 69105, 69115, 69139, 69171, 69198, 69223, 69256, 69284, 69291, 69297, 69307, 69317, 69324, 69336, 69347, 69363, 69370, 69378, 69388, 69396, 69405, 69429, 69434, 69446, 69456, 69464, 69475, 69486, 69498, 69513, 69524, 69536, 69548, 69564, 69583, 69593, 69617, 69634, 69639, 69651, 69661, 69678, 69690, 69706, 69718, 69734, 69749, 69761, 69777, 69784, 69789, 69800, 69816, 69827, 69847, 69856, 69865, 69883, 69906, 69919, 69924, 69934, 69942, 69954, 69965, 69973, 69982, 69998, 70009, 70024, 70035, 70046, 70059, 70072, 70084, 70087, 70097, 70110, 70120, 70129, 70134, 70140, 70151, 70162, 70167, 70178, 70188, 70199, 70211, 70220, 70234, 70244, 70255, 70270, 70291, 70305, 70319, 70335, 70341, 70349, 70358, 70367, 70377, 70387, 70398, 70402, 70408, 70415, 70426, 70434, 70437, 70454, 70471, 70487, 70496, 70501, 70508, 70516, 70519, 70536, 70549, 70568, 70580, 70584, 70595, 70605, 70615, 70627, 70638, 70649, 70655, 70659, 70663, 70669, 70676, 70692, 70711, 70725, 70736, 70749, 70761, 70772, 70776, 70797, 70804, 70817, 70826, 70841, 70850, 70859, 70869, 70878, 70893, 70900, 70909, 70919, 70924, 70938, 70942, 70960, 70970, 70981, 71000, 71011, 71023, 71036, 71048, 71060, 71074, 71087, 71100, 71107, 71109, 71121, 71126, 71140, 71153, 71164, 71177, 71192, 71205, 71216, 71233, 71248, 71261, 71276, 71289, 71301, 71318, 71333, 71348, 71359, 71374, 71392, 71400, 71418, 71436, 71448, 71460, 71475, 71485, 71510, 71535, 71560, 71577, 71596, 71618, 71635, 71651, 71670, 71689, 71708, 71721, 71737, 71757, 71777, 71797, 71811, 71828, 71834, 71842, 71852, 71861, 71872, 71880, 71888, 71899, 71913, 71923, 71936, 71948, 71958, 71970, 71979, 71988, 72000, 72012, 72023, 72039, 72051, 72059, 72066, 72077, 72090, 72096, 72103, 72115, 72121, 72128, 72140, 72162, 72179, 72187, 72200, 72209, 72218, 72232, 72240, 72248, 72254, 72264, 72272, 72277, 72286, 72294, 72306, 72309, 72316, 72328, 72342, 72350, 72365, 72375, 72387, 72401, 72414, 72425, 72442, 72453, 72471, 72484, 72499, 72516, 72532, 72546, 72557, 72575, 72588, 72603, 72620, 72636, 72650, 72657, 72665, 72685, 72695, 72712, 72724, 72738, 72754, 72769, 72782, 72790, 72804, 72822, 72829, 72842, 72853, 72865, 72869, 72876, 72883, 72893, 72903, 72920, 72932, 72943, 72956, 72967, 72976, 72984, 73000, 73015, 73035, 73055, 73082, 73104, 73125, 73148, 73169, 73188, 73203, 73223, 73243, 73270, 73292, 73313, 73336, 73357, 73376, 73391, 73411, 73430, 73448, 73464, 73479, 73496, 73501, 73507, 73519, 73534, 73542, 73555, 73569, 73579, 73590, 73605, 73617, 73628, 73640, 73656, 73672, 73687, 73699, 73712, 73729, 73746, 73764, 73780, 73791, 73799, 73810, 73821, 73835, 73854, 73864, 73873, 73883, 73893, 73895, 73907, 73917, 73926, 73934, 73956, 73974, 73984, 74013, 74020, 74031, 74033, 74041, 74051, 74060, 74075, 74085, 74099, 74110, 74127, 74140, 74152, 74165, 74176, 74189, 74204, 74217, 74230, 74245, 74258, 74272, 74285, 74294, 74305, 74315, 74331, 74342, 74357, 74369, 74387, 74401, 74414, 74428, 74440, 74454, 74470, 74484, 74498, 74514, 74528, 74543, 74553, 74565, 74576, 74593, 74605, 74621, 74634, 74653, 74668, 74682, 74697, 74710, 74725, 74742, 74757, 74772, 74789, 74804, 74820, 74834, 74848, 74861, 74881, 74899, 74914, 74931, 74952, 74969, 74993, 75011, 75031, 75052, 75071, 75082, 75096, 75117, 75132, 75151, 75167, 75186, 75205, 75224, 75241, 75255, 75271, 75291, 75307, 75330, 75347, 75366, 75386, 75401, 75419, 75429, 75442, 75462, 75476, 75494, 75509, 75527, 75545, 75552, 75559, 75566, 75577, 75581, 75591, 75606, 75619, 75631, 75641, 75653, 75665, 75674, 75689, 75701, 75710, 75721, 75731, 75742, 75750, 75759, 75787, 75809, 75818, 75824, 75829, 75835, 75848, 75864, 75871, 75882, 75891, 75906, 75915, 75924, 75941, 75956, 75969, 75988, 75997, 76007, 76016, 76026, 76029, 76039, 76048, 76055, 76064, 76077, 76082, 76088, 76093, 76102, 76108, 76126, 76139, 76152, 76162, 76169, 76173, 76178, 76184, 76191, 76196, 76202, 76210, 76220, 76230, 76240, 76251, 76261, 76272, 76277, 76287, 76297, 76306, 76316, 76326, 76337, 76346, 76349, 76353, 76363, 76373, 76384, 76396, 76405, 76419, 76425, 76432, 76442, 76446, 76450, 76472, 76487, 76502, 76519, 76530, 76543, 76558, 76566, 76575, 76587, 76597, 76605, 76610, 76618, 76624, 76627, 76637, 76641, 76647, 76653, 76659, 76663, 76668, 76679, 76687, 76704, 76714, 76724, 76734, 76739, 76748, 76758, 76763, 76773, 76787, 76793, 76805, 76819, 76837, 76848, 76861, 76874, 76888, 76895, 76902, 76908, 76917, 76925, 76933, 76939, 76951, 76966, 76980, 76991, 77005, 77016, 77029, 77039, 77050, 77061, 77068, 77076, 77088, 77101, 77112, 77120, 77129, 77134, 77140, 77158, 77183, 77205, 77221, 77241, 77257, 77264, 77275, 77290, 77294, 77311, 77324, 77339, 77356, 77375, 77391, 77401, 77412, 77426, 77438, 77448, 77458, 77472, 77481, 77503, 77509, 77516, 77522, 77528, 77532, 77540, 77547, 77554, 77563, 77583, 77602, 77623, 77643, 77663, 77684, 77701, 77717, 77735, 77752, 77769, 77787, 77804, 77820, 77838, 77855, 77872, 77890, 77916, 77941, 77968, 77994, 78020, 78047, 78074, 78100, 78128, 78155, 78182, 78210, 78229, 78247, 78267, 78286, 78305, 78325, 78335, 78363, 78390, 78419, 78447, 78475, 78504, 78519, 78533, 78549, 78564, 78579, 78595, 78608, 78620, 78634, 78647, 78660, 78674, 78686, 78697, 78710, 78722, 78734, 78747, 78760, 78772, 78786, 78799, 78812, 78826, 78846, 78865, 78886, 78906, 78926, 78947, 78952, 78960, 78982, 78994, 79001, 79009, 79015, 79021, 79028, 79036, 79055, 79074, 79083, 79091, 79104, 79108, 79122, 79135, 79147, 79163, 79169, 79180, 79191, 79200, 79227, 79238, 79252, 79269, 79285, 79304, 79317, 79331, 79345, 79360, 79376, 79394, 79404, 79415, 79428, 79446, 79460, 79475, 79489, 79501, 79510, 79520, 79531, 79540, 79550, 79563, 79579, 79601, 79625, 79649, 79668, 79679, 79695, 79705, 79717, 79729, 79741, 79754, 79767, 79779, 79806, 79818, 79827, 79840, 79850, 79861, 79879, 79896, 79911, 79924, 79939, 79949, 79963, 79980, 79990, 80000, 80015, 80024, 80038, 80046, 80062, 80078, 80087, 80096, 80102, 80118, 80134, 80144, 80152, 80168, 80182, 80187, 80206, 80220, 80223, 80238, 80252, 80271, 80280, 80294, 80309, 80318, 80332, 80349, 80364, 80379, 80397, 80420, 80437, 80459, 80473, 80489, 80504, 80514, 80527, 80540, 80551, 80565, 80581, 80602, 80626, 80644, 80667, 80685, 80708, 80722, 80739, 80762, 80784, 80803, 80825, 80840, 80863, 80882, 80902, 80917, 80929, 80942, 80956, 80974, 80987, 81003, 81026, 81052, 81072, 81097, 81116, 81141, 81165, 81186, 81210, 81221, 81232, 81247, 81267, 81275, 81293, 81305, 81312, 81319, 81334, 81357, 81376, 81396, 81411, 81423, 81436, 81449, 81458, 81472, 81482, 81496, 81508, 81522, 81538, 81550, 81563, 81575, 81584, 81595, 81603, 81608, 81615, 81629, 81651, 81669, 81688, 81702, 81713, 81725, 81733, 81739, 81745, 81752, 81764, 81774, 81788, 81801, 81810, 81820, 81828, 81838, 81847, 81854, 81869, 81885, 81896, 81906, 81920, 81933, 81938, 81946, 81959, 81971, 81983, 82002, 82020, 82042, 82059, 82066, 82076, 82083, 82099, 82119, 82139, 82163, 82181, 82195, 82205, 82217, 82233, 82251, 82266, 82286, 82298, 82313, 82322, 82332, 82355, 82378, 82393, 82410, 82429, 82450, 82459, 82468, 82479, 82490, 82498, 82519, 82532, 82537, 82544, 82548, 82553, 82569, 82588, 82605, 82619, 82637, 82651, 82658, 82670, 82677, 82680, 82690, 82693, 82698, 82707, 82717, 82727, 82737, 82750, 82760, 82774, 82789, 82804, 82819, 82837, 82852, 82865, 82879, 82893, 82907, 82924, 82938, 82948, 82956, 82968, 82982, 82989, 83003, 83013, 83021, 83025, 83035, 83050, 83063, 83075, 83087, 83096, 83111, 83123, 83132, 83142, 83153, 83161, 83170, 83198, 83220, 83229, 83240, 83245, 83260, 83269, 83286, 83303, 83313, 83320, 83337, 83354, 83365, 83373, 83379, 83390, 83400, 83408, 83421, 83433, 83440, 83448, 83454, 83461, 83466, 83476, 83485, 83491, 83498, 83509, 83521, 83531, 83539, 83548, 83560, 83569, 83587, 83608, 83624, 83637, 83652, 83666, 83679, 83685, 83691, 83702, 83717, 83728, 83734, 83741, 83757, 83774, 83781, 83789, 83797, 83805, 83814, 83828, 83838, 83846, 83855, 83869, 83879, 83890, 83906, 83915, 83929, 83939, 83943, 83948, 83957, 83963, 83970, 83978, 83982, 83989, 84004, 84025, 84034, 84056, 84084, 84100, 84122, 84142, 84157, 84170, 84194, 84224, 84242, 84266, 84288, 84307, 84332, 84345, 84371, 84403, 84423, 84449, 84473, 84492, 84509, 84537, 84571, 84593, 84621, 84647, 84672, 84703, 84722, 84747, 84770, 84791, 84818, 84833, 84854, 84873, 84883, 84894, 84902, 84911, 84926, 84942, 84956, 84965, 84975, 84980, 84986, 84993, 84997, 85004, 85013, 85021, 85029, 85039, 85048, 85057, 85064, 85069, 85089, 85114, 85129, 85149, 85164, 85184, 85191, 85198, 85204, 85214, 85233, 85251, 85274, 85292, 85304, 85330, 85356, 85376, 85400, 85410, 85425, 85437, 85453, 85475, 85490, 85507, 85516, 85522, 85529, 85537, 85556, 85577, 85595, 85603, 85612, 85622, 85629, 85637, 85642, 85655, 85669, 85672, 85676, 85680, 85685, 85692, 85697, 85714, 85736, 85753, 85770, 85793, 85817, 85838, 85865, 85893, 85918, 85947, 85972, 85980, 85985, 85993, 86002, 86015, 86034, 86046, 86058, 86072, 86078, 86091, 86102, 86108, 86116, 86126, 86130, 86135, 86150, 86159, 86176, 86193, 86203, 86210, 86227, 86244, 86255, 86262, 86269, 86273, 86298, 86315, 86323, 86332, 86343, 86357, 86364, 86372, 86386, 86404, 86417, 86437, 86458, 86476, 86500, 86525, 86547, 86573, 86595, 86610, 86628, 86649, 86665, 86678, 86693, 86707, 86720, 86730, 86740, 86751, 86756, 86767, 86782, 86800, 86813, 86823, 86835, 86846, 86856, 86869, 86881, 86889, 86900, 86912, 86925, 86941, 86952, 86963, 86971, 86981, 86992, 87007, 87018, 87030, 87041, 87047, 87054, 87071, 87082, 87094, 87105, 87119, 87129, 87137, 87148, 87163, 87169, 87180, 87190, 87202, 87211, 87219, 87226, 87233, 87241, 87246, 87252, 87263, 87278, 87282, 87287, 87293, 87296, 87306, 87321, 87329, 87342, 87362, 87381, 87400, 87421, 87441, 87461, 87478, 87494, 87510, 87528, 87545, 87562, 87570, 87578, 87589, 87604, 87624, 87629, 87634, 87640, 87656, 87666, 87684, 87702, 87713, 87721, 87739, 87757, 87769, 87776, 87780, 87789, 87804, 87812, 87822, 87827, 87836, 87850, 87871, 87885, 87893, 87909, 87915, 87920, 87939, 87962, 87972, 87982, 87992, 88004, 88011, 88019, 88028, 88040, 88051, 88062, 88075, 88087, 88099, 88113, 88120, 88127, 88146, 88162, 88172, 88187, 88199, 88211, 88225, 88232, 88239, 88245, 88252, 88258, 88265, 88271, 88278, 88285, 88293, 88301, 88306, 88319, 88331, 88337, 88343, 88350, 88357, 88365, 88371, 88379, 88387, 88397, 88406, 88411, 88417, 88426, 88441, 88458, 88475, 88487, 88499, 88518, 88533, 88551, 88568, 88588, 88606, 88628, 88649, 88666, 88683, 88696, 88710, 88722, 88729, 88739, 88748, 88765, 88780, 88797, 88816, 88833, 88848, 88867, 88884, 88903, 88920, 88936, 88957, 88976, 88995, 89010, 89018, 89027, 89033, 89043, 89052, 89077, 89095, 89105, 89112, 89120, 89131, 89145, 89163, 89176, 89187, 89197, 89208, 89219, 89235, 89246, 89258, 89271, 89295, 89312, 89335, 89351, 89367, 89385, 89395, 89406, 89413, 89421, 89445, 89451, 89461, 89468, 89476, 89482, 89489, 89503, 89514, 89524, 89532, 89539, 89547, 89559, 89571, 89580, 89589, 89596, 89601, 89606, 89612, 89623, 89631, 89643, 89653, 89666, 89685, 89705, 89722, 89745, 89769, 89790, 89815, 89836, 89853, 89862, 89874, 89892, 89911, 89927, 89949, 89972, 89992, 90016, 90036, 90048, 90058, 90075, 90087, 90103, 90115, 90121, 90127, 90134, 90150, 90154, 90159, 90162, 90166, 90171, 90184, 90196, 90201, 90207, 90217, 90226, 90232, 90247, 90261, 90280, 90294, 90302, 90324, 90346, 90362, 90382, 90389, 90398, 90407, 90417, 90428, 90434, 90441, 90452, 90464, 90482, 90497, 90510, 90527, 90544, 90555, 90565, 90577, 90592, 90608, 90625, 90640, 90653, 90669, 90681, 90700, 90713, 90725, 90740, 90753, 90768, 90784, 90796, 90800, 90805, 90813, 90822, 90828, 90838, 90850, 90862, 90871, 90875, 90888, 90905, 90919, 90932, 90940, 90954, 90962, 90977, 90993, 91007, 91020, 91030, 91034, 91037, 91046, 91054, 91061, 91068, 91077, 91083, 91100, 91106, 91117, 91123, 91129, 91136, 91153, 91163, 91172, 91179, 91187, 91194, 91209, 91222, 91236, 91252, 91271, 91284, 91304, 91316, 91330, 91347, 91366, 91384, 91398, 91419, 91434, 91448, 91461, 91475, 91479, 91484, 91500, 91517, 91520, 91535, 91548, 91564, 91585, 91598, 91602, 91607, 91612, 91626, 91641, 91655, 91669, 91683, 91693, 91708, 91721, 91727, 91735, 91740, 91746, 91753, 91766, 91770, 91777, 91786, 91801, 91815, 91833, 91841, 91851, 91858, 91867, 91874, 91883, 91892, 91903, 91914, 91924, 91927, 91943, 91956, 91969, 91991, 92004, 92009, 92018, 92031, 92043, 92047, 92052, 92062, 92071, 92079, 92088, 92095, 92104, 92115, 92126, 92137, 92152, 92155, 92163, 92174, 92184, 92190, 92200, 92214, 92226, 92239, 92250, 92268, 92282, 92295, 92305, 92315, 92329, 92345, 92367, 92384, 92400, 92409, 92420, 92431, 92442, 92454, 92470, 92484, 92499, 92512, 92527, 92542, 92561, 92582, 92604, 92625, 92641, 92661, 92677, 92689, 92704, 92718, 92734, 92751, 92766, 92783, 92798, 92813, 92827, 92847, 92860, 92876, 92890, 92905, 92918, 92938, 92954, 92970, 92984, 92999, 93012, 93032, 93048, 93051, 93073, 93096, 93120, 93137, 93151, 93168, 93180, 93210, 93234, 93253, 93272, 93289, 93297, 93301, 93307, 93316, 93320, 93323, 93327, 93332, 93341, 93349, 93355, 93367, 93383, 93393, 93411, 93429, 93440, 93454, 93462, 93480, 93498, 93510, 93518, 93527, 93534, 93539, 93549, 93554, 93560, 93567, 93575, 93586, 93601, 93606, 93611, 93625, 93644, 93652, 93663, 93681, 93696, 93716, 93731, 93751, 93769, 93792, 93805, 93823, 93828, 93836, 93842, 93848, 93869, 93883, 93896, 93909, 93924, 93938, 93952, 93965, 93977, 93986, 93996, 94013, 94025, 94041, 94053, 94060, 94070, 94081, 94093, 94103, 94114, 94126, 94132, 94141, 94158, 94173, 94195, 94212, 94233, 94250, 94258, 94270, 94278, 94285, 94292, 94299, 94312, 94322, 94338, 94357, 94361, 94367, 94374, 94388, 94404, 94422, 94441, 94455, 94470, 94486, 94497, 94509, 94524, 94537, 94549, 94560, 94571, 94578, 94583, 94589, 94600, 94603, 94638, 94666, 94694, 94724, 94732, 94750, 94758, 94787, 94809, 94831, 94855, 94875, 94896, 94906, 94927, 94934, 94939, 94947, 94964, 94973, 94987, 94998, 95014, 95033, 95051, 95068, 95088, 95099, 95108, 95116, 95121, 95131, 95140, 95145, 95156, 95175, 95188, 95201, 95217, 95231, 95244, 95256, 95270, 95280, 95291, 95299, 95307, 95322, 95335, 95346, 95360, 95374, 95392, 95411, 95426, 95439, 95452, 95475, 95491, 95508, 95528, 95546, 95562, 95580, 95594, 95609, 95626, 95640, 95658, 95675, 95693, 95715, 95738, 95757, 95774, 95787, 95805, 95818, 95827, 95841, 95851, 95867, 95871, 95876, 95890, 95898, 95902, 95917, 95927, 95939, 95950, 95967, 95979, 95995, 96008, 96027, 96042, 96056, 96071, 96084, 96099, 96116, 96131, 96146, 96163, 96178, 96194, 96205, 96218, 96230, 96248, 96261, 96278, 96292, 96312, 96328, 96343, 96359, 96373, 96389, 96407, 96423, 96439, 96457, 96473, 96490, 96502, 96516, 96529, 96548, 96562, 96580, 96595, 96616, 96633, 96649, 96666, 96681, 96698, 96717, 96734, 96751, 96770, 96787, 96805, 96814, 96824, 96848, 96867, 96885, 96900, 96911, 96930, 96953, 96982, 97014, 97042, 97070, 97088, 97110, 97124, 97147, 97174, 97207, 97243, 97275, 97307, 97329, 97355, 97373, 97397, 97419, 97449, 97470, 97490, 97508, 97534, 97551, 97565, 97593, 97616, 97638, 97657, 97672, 97695, 97722, 97755, 97791, 97823, 97855, 97877, 97903, 97921, 97948, 97979, 98016, 98056, 98092, 98128, 98154, 98184, 98206, 98234, 98260, 98294, 98319, 98343, 98365, 98395, 98416, 98425, 98436, 98449, 98463, 98471, 98487, 98503, 98512, 98526, 98546, 98559, 98574, 98589, 98598, 98607, 98618, 98633, 98644, 98661, 98678, 98690, 98699, 98716, 98731, 98737, 98751, 98767, 98783, 98793, 98806, 98823, 98841, 98859, 98876, 98896, 98919, 98941, 98962, 98972, 98983, 98992, 99004, 99014, 99025, 99038, 99053, 99065, 99079, 99091, 99103, 99117, 99128, 99145, 99155, 99167, 99173, 99193, 99206, 99217, 99228, 99243, 99261, 99285, 99304, 99324, 99345, 99361, 99378, 99398, 99422, 99452, 99485, 99514, 99543, 99562, 99585, 99600, 99624, 99652, 99686, 99723, 99756, 99789, 99812, 99839, 99858, 99883, 99906, 99937, 99959, 99980, 99999, 100026, 100044, 100059, 100078, 100100, 100128, 100151, 100175, 100200, 100220, 100241, 100259, 100281, 100306, 100337, 100363, 100390, 100418, 100441, 100465, 100475, 100487, 100498, 100515, 100527, 100543, 100556, 100575, 100590, 100604, 100619, 100632, 100647, 100664, 100679, 100694, 100711, 100726, 100742, 100755, 100768, 100779, 100792, 100804, 100822, 100835, 100852, 100866, 100886, 100902, 100917, 100933, 100947, 100963, 100981, 100997, 101013, 101031, 101047, 101064, 101076, 101090, 101103, 101122, 101136, 101154, 101169, 101190, 101207, 101223, 101240, 101255, 101272, 101291, 101308, 101325, 101344, 101361, 101379, 101386, 101391, 101402, 101418, 101428, 101443, 101449, 101454, 101458, 101463, 101469, 101479, 101484, 101491, 101506, 101511, 101515, 101524, 101532, 101537, 101542, 101548, 101555, 101564, 101580, 101591, 101600, 101614, 101628, 101636, 101648, 101656, 101664, 101673, 101681, 101690, 101705, 101715, 101726, 101738, 101746, 101752, 101762, 101780, 101795, 101805, 101816, 101828, 101836, 101845, 101859, 101869, 101879, 101890, 101901, 101912, 101923, 101931, 101937, 101945, 101954, 101964, 101972, 101986, 102003, 102012, 102024, 102032, 102039, 102051, 102064, 102074, 102089, 102098, 102110, 102125, 102136, 102151, 102163, 102178, 102187, 102197, 102212, 102220, 102228, 102236, 102248, 102259, 102265, 102273, 102286, 102295, 102309, 102315, 102322, 102330, 102343, 102352, 102361, 102372, 102383, 102395, 102407, 102427, 102444, 102462, 102487, 102507, 102531, 102551, 102562, 102573, 102578, 102592, 102602, 102611, 102621, 102630, 102642, 102648, 102655, 102660, 102665, 102673, 102676, 102686, 102697, 102712, 102720, 102741, 102765, 102785, 102805, 102815, 102823, 102837, 102848, 102859, 102865, 102876, 102888, 102903, 102922, 102947, 102975, 102999, 103023, 103037, 103055, 103065, 103081, 103095, 103117, 103130, 103142, 103154, 103163, 103171, 103181, 103199, 103211, 103220, 103223, 103231, 103238, 103245, 103263, 103280, 103297, 103306, 103314, 103322, 103331, 103335, 103350, 103364, 103378, 103390, 103400, 103413, 103425, 103439, 103451, 103461, 103475, 103487, 103501, 103513, 103524, 103540, 103554, 103568, 103578, 103587, 103597, 103610, 103621, 103634, 103649, 103662, 103673, 103688, 103701, 103716, 103729, 103741, 103758, 103773, 103788, 103799, 103811, 103822, 103826, 103834, 103840, 103859, 103872, 103879, 103887, 103906, 103927, 103945, 103954, 103965, 103973, 103982, 103996, 104008, 104020, 104025, 104031, 104050, 104062, 104073, 104081, 104097, 104113, 104128, 104141, 104157, 104168, 104178, 104191, 104204, 104220, 104235, 104247, 104261, 104275, 104288, 104302, 104313, 104324, 104336, 104347, 104361, 104374, 104384, 104392, 104410, 104427, 104439, 104448, 104456, 104468, 104480, 104484, 104497, 104512, 104527, 104541, 104556, 104568, 104581, 104593, 104607, 104612, 104620, 104629, 104636, 104646, 104664, 104681, 104699, 104716, 104734, 104756, 104765, 104775, 104783, 104796, 104815, 104835, 104854, 104874, 104898, 104910, 104924, 104933, 104944, 104958, 104970, 104983, 104998, 105012, 105025, 105039, 105049, 105057, 105066, 105079, 105084, 105098, 105113, 105124, 105130, 105141, 105151, 105154, 105160, 105177, 105191, 105204, 105219, 105236, 105250, 105270, 105277, 105293, 105305, 105318, 105322, 105327, 105334, 105344, 105361, 105373, 105387, 105403, 105418, 105431, 105438, 105446, 105458, 105471, 105491, 105506, 105523, 105542, 105560, 105576, 105589, 105609, 105624, 105641, 105660, 105678, 105694, 105704, 105711, 105719, 105733, 105751, 105760, 105777, 105789, 105808, 105822, 105838, 105856, 105873, 105888, 105898, 105918, 105935, 105955, 105976, 105992, 106014, 106029, 106037, 106050, 106062, 106084, 106102, 106121, 106143, 106161, 106180, 106204, 106221, 106232, 106250, 106266, 106285, 106303, 106319, 106340, 106354, 106374, 106390, 106408, 106422, 106439, 106454, 106466, 106484, 106502, 106516, 106534, 106550, 106561, 106575, 106587, 106598, 106613, 106631, 106655, 106681, 106707, 106728, 106740, 106754, 106768, 106785, 106802, 106816, 106836, 106849, 106869, 106887, 106898, 106914, 106931, 106946, 106963, 106975, 106993, 107013, 107031, 107048, 107065, 107085, 107097, 107105, 107114, 107124, 107135, 107144, 107161, 107173, 107183, 107188, 107194, 107200, 107205, 107212, 107223, 107230, 107238, 107252, 107265, 107278, 107293, 107320, 107335, 107349, 107373, 107396, 107410, 107422, 107433, 107451, 107468, 107491, 107509, 107528, 107544, 107566, 107589, 107609, 107633, 107653, 107673, 107694, 107710, 107723, 107737, 107758, 107780, 107794, 107810, 107827, 107838, 107847, 107869, 107888, 107910, 107939, 107971, 107997, 108028, 108053, 108084, 108114, 108141, 108171, 108191, 108208, 108228, 108255, 108285, 108309, 108338, 108361, 108390, 108418, 108443, 108471, 108481, 108488, 108496, 108509, 108517, 108526, 108540, 108559, 108583, 108606, 108614, 108623, 108631, 108644, 108654, 108669, 108685, 108695, 108710, 108723, 108734, 108745, 108754, 108769, 108787, 108800, 108815, 108829, 108842, 108851, 108868, 108877, 108883, 108890, 108903, 108917, 108943, 108966, 108988, 108999, 109021, 109038, 109056, 109071, 109090, 109110, 109125, 109138, 109150, 109166, 109177, 109189, 109199, 109218, 109238, 109255, 109278, 109302, 109323, 109348, 109369, 109376, 109384, 109393, 109400, 109408, 109417, 109431, 109446, 109464, 109477, 109489, 109507, 109526, 109542, 109564, 109587, 109607, 109631, 109651, 109660, 109670, 109675, 109687, 109697, 109708, 109733, 109753, 109772, 109788, 109803, 109832, 109856, 109879, 109899, 109910, 109928, 109940, 109953, 109967, 109982, 109998, 110010, 110023, 110037, 110047, 110063, 110073, 110082, 110092, 110105, 110118, 110132, 110142, 110151, 110164, 110179, 110191, 110201, 110212, 110224, 110238, 110250, 110269, 110287, 110308, 110332, 110355, 110377, 110389, 110399, 110415, 110428, 110444, 110449, 110455, 110467, 110480, 110505, 110527, 110548, 110558, 110574, 110589, 110610, 110626, 110643, 110657, 110675, 110693, 110712, 110726, 110738, 110744, 110755, 110771, 110792, 110812, 110817, 110834, 110843, 110850, 110855, 110866, 110869, 110887, 110907, 110927, 110943, 110954, 110966, 110980, 111003, 111024, 111057, 111071, 111085, 111103, 111115, 111138, 111157, 111171, 111183, 111195, 111205, 111215, 111225, 111239, 111257, 111269, 111275, 111281, 111287, 111293, 111299, 111305, 111311, 111317, 111323, 111329, 111335, 111341, 111347, 111353, 111359],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[41, 445, 1392, 1395, 1465, 2620, 3060, 3594, 3595, 3888, 3895, 3909, 3917, 3919, 3982]), Anchor::All(&[Anchor::Lits(&[4060, 4466, 4647, 4751, 4814, 4818, 4820, 4823, 4825, 4827, 4868, 4876, 4880, 4900, 4918, 4968, 4972, 4980, 4984, 5004, 5022, 5275, 5277, 5320, 5508, 5511, 5515, 5518, 5827, 6036, 6061, 6078, 6102, 6133, 6135, 6150, 6238, 6294, 6392, 6396, 6399, 6401, 6474, 6476, 6478, 6645, 6664, 6952, 6999, 7035, 7156, 7160, 7161, 7163, 7165, 7167, 7240, 7618, 7620, 7642, 7705]), Anchor::Lits(&[4555, 4603, 4629, 4790, 4792, 5350, 5354, 5362, 5364, 5621, 5838, 6614, 6617, 6801, 6871, 6892, 7220, 7648])]), Anchor::All(&[Anchor::Lits(&[4060, 4466, 4647, 4751, 4814, 4818, 4820, 4823, 4825, 4827, 4868, 4876, 4880, 4900, 4918, 4968, 4972, 4980, 4984, 5004, 5022, 5275, 5277, 5320, 5508, 5511, 5515, 5518, 5827, 6036, 6061, 6078, 6102, 6133, 6135, 6150, 6238, 6294, 6392, 6396, 6399, 6401, 6474, 6476, 6478, 6645, 6664, 6952, 6999, 7035, 7156, 7160, 7161, 7163, 7165, 7167, 7240, 7618, 7620, 7642, 7705]), Anchor::Lits(&[4555, 4603, 4632, 4652, 4728, 4790, 4797, 5108, 5354, 5362, 5366, 5572, 5610, 5626, 5912, 6363, 6614, 6617, 6781, 6875, 6892, 7147, 7220, 7265, 7317, 7501, 7648])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[487, 612, 715, 728, 735, 871, 872, 874, 1213, 1334, 1539, 1548, 1646, 1857, 1862, 2076, 2101, 2102, 2103, 2340, 2402, 2534, 2562, 2570, 2581, 2768, 2769, 2780, 2849, 3220, 3222, 3224, 3263, 3265, 3880, 3886, 3888, 3891, 3904, 3907, 3917, 3982, 4556, 4604, 4791, 4793, 4798, 5351, 5355, 5363, 5365, 5367, 5622, 5627, 6615, 6618, 6625, 6876, 6893, 7221, 7222, 7649]), Anchor::All(&[Anchor::Lits(&[4555, 4603, 4790, 4792, 5350, 5354, 5362, 5364, 5621, 6614, 6617, 6875, 6892, 7220, 7648]), Anchor::Lits(&[4165, 4247, 5097, 8217])]), Anchor::All(&[Anchor::Lits(&[4060, 4466, 4647, 4751, 4814, 4818, 4820, 4823, 4825, 4827, 4868, 4876, 4880, 4900, 4918, 4968, 4972, 4980, 4984, 5004, 5022, 5275, 5277, 5320, 5508, 5511, 5515, 5518, 5827, 6036, 6061, 6078, 6102, 6133, 6135, 6150, 6238, 6294, 6392, 6396, 6399, 6401, 6474, 6476, 6478, 6645, 6664, 6952, 6999, 7035, 7156, 7160, 7161, 7163, 7165, 7167, 7240, 7618, 7620, 7642, 7705]), Anchor::Lits(&[4551, 4792, 5352, 5364, 5621, 5837, 6617, 6800, 6871, 6891, 6897])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[727, 1506, 1507, 1508, 1680, 1681, 1691, 1692, 1861, 2533, 2535, 2618, 2777, 2831, 2832, 2833, 3922, 3926, 3929, 3931, 3933, 3936, 3942, 3947, 3951, 3964, 3974]), Anchor::All(&[Anchor::Lits(&[4555, 4797, 5922, 6363]), Anchor::Lits(&[3921])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[4063, 4416, 5050, 5557, 5566, 5816, 6589, 6601, 7050, 7731, 7733, 8075, 8137, 8138, 8141, 8147, 8200, 8201, 8216, 8289]), Anchor::Lits(&[4165, 4252, 5109, 7892, 7914])])),
            (4, "override-the-above", Anchor::Lits(&[42, 446, 2568, 2580])),
            (5, "override-bare-instructions", Anchor::Lits(&[506, 909, 1368, 1597, 2179, 2209, 2431, 2476, 3164, 3166])),
            (6, "override-previous-loosely", Anchor::Lits(&[5511, 6816])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[4061, 4062, 4176, 4467, 4648, 4752, 4815, 4819, 4821, 4824, 4826, 4828, 4877, 4881, 4901, 4969, 4981, 4985, 5005, 5276, 5278, 5321, 5509, 5512, 5516, 5519, 6037, 6062, 6079, 6103, 6134, 6136, 6151, 6239, 6275, 6313, 6393, 6397, 6400, 6402, 6475, 6477, 6479, 6646, 6665, 6953, 7000, 7036, 7157, 7162, 7164, 7166, 7168, 7619, 7621, 7643, 7706]), Anchor::All(&[Anchor::Lits(&[4060, 4466, 4647, 4751, 4814, 4818, 4820, 4823, 4825, 4827, 4868, 4876, 4880, 4900, 4918, 4968, 4972, 4980, 4984, 5004, 5022, 5275, 5277, 5320, 5508, 5511, 5515, 5518, 5827, 6036, 6061, 6078, 6102, 6133, 6135, 6150, 6238, 6294, 6392, 6396, 6399, 6401, 6474, 6476, 6478, 6645, 6664, 6952, 6999, 7035, 7156, 7160, 7161, 7163, 7165, 7167, 7240, 7618, 7620, 7642, 7705]), Anchor::Lits(&[628, 671, 739, 758, 879, 1472, 1589, 1651, 2080, 2296, 2394, 2507, 2605, 3260])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[256, 470, 471, 473, 475, 725, 726, 750, 755, 1366, 1367, 1486, 1488, 1803, 1804, 1852, 1863, 2576, 2577, 2774, 2781, 2881, 2886, 3176, 3177, 3256, 3509])),
            (9, "override-everything-then-order", Anchor::Lits(&[909, 1368, 1597, 2179, 2209, 2895])),
            (10, "hijack-the-content", Anchor::Lits(&[4823, 5275, 5511, 7035])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[4556, 4604, 4630, 4791, 4793, 4798, 5351, 5355, 5363, 5365, 5367, 5622, 5627, 5839, 6615, 6618, 6625, 6802, 6872, 6876, 6893, 7221, 7222, 7649]), Anchor::Any(&[Anchor::Lits(&[4296, 4297, 4853, 4890, 4935, 4937, 4939, 4941, 4945, 4994, 5647, 5648, 6130, 6131, 6132, 6137, 6138]), Anchor::All(&[Anchor::Lits(&[29, 30, 79, 550, 551, 840, 854, 896, 1182, 1204, 1273, 1311, 1312, 1480, 1610, 1713, 1735, 1822, 1848, 2233, 2236, 2265, 2269, 2271, 2272, 2274, 2293, 2301, 2306, 2390, 2413, 2423, 2689, 2731, 2737, 2758, 2760, 2793, 2802, 3184, 3190, 3203, 3665, 3785, 3795, 3867]), Anchor::Lits(&[4294, 5338, 5373, 5381, 5386, 5642, 5948, 7003, 7010, 7882, 7943])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[432, 549, 552, 1520, 1526, 1714, 1715, 2417, 2418, 2431, 2433, 2435, 2436, 2736, 2738, 3189, 3191, 3235, 3237, 3551, 3552, 3783]), Anchor::Lits(&[4551, 4640, 4792, 5362, 5621, 5907, 5925, 6360, 6535, 6542, 6617, 6875])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[3878, 3884, 3889, 3892, 3916, 3981]), Anchor::All(&[Anchor::Lits(&[38, 39, 74, 75, 688, 689, 1356, 1358, 1555, 1557, 1870, 1871, 2294, 2295, 2761, 2762, 3156, 3157]), Anchor::Lits(&[4555, 4603, 4629, 4708, 4772, 4790, 4792, 5350, 5354, 5362, 5364, 5621, 5838, 5876, 6353, 6405, 6614, 6617, 6801, 6871, 6892, 7220, 7647, 7648])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1256, 1257, 1258, 1259, 1784, 1785, 1788, 1794, 2345, 2346, 2349, 2355, 3094, 3095, 3096, 3097, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4092, 4098, 4099, 4221, 4222, 4227, 4239, 4240, 4241, 4242, 4418, 4419, 4422, 4423, 4424, 4563, 4564, 4565, 4567, 4568, 4569, 4570, 4571, 4572, 4573, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4582, 4583, 4584, 4585, 4586, 4587, 4589, 4592, 4595, 4598, 4600, 4620, 4621, 4623, 4625, 4643, 4644, 4645, 4678, 4679, 4680, 4681, 4745, 4746, 4747, 4748, 4774, 4775, 4776, 4778, 4779, 4780, 4781, 5051, 5052, 5053, 5054, 5055, 5056, 5057, 5171, 5172, 5173, 5174, 5175, 5176, 5234, 5235, 5236, 5238, 5239, 5240, 5241, 5245, 5247, 5248, 5249, 5297, 5299, 5398, 5399, 5400, 5401, 5402, 5403, 5404, 5567, 5760, 5764, 5767, 5771, 5775, 5776, 5847, 5848, 5849, 5850, 6242, 6243, 6244, 6245, 6247, 6248, 6249, 6250, 6251, 6252, 6253, 6254, 6255, 6256, 6258, 6261, 6264, 6267, 6269, 6323, 6325, 6328, 6331, 6335, 6336, 6372, 6373, 6374, 6375, 6376, 6377, 6378, 6570, 6571, 6572, 6582, 6583, 6584, 6585, 6586, 6587, 6588, 6594, 6595, 6596, 6597, 6598, 6599, 6600, 6711, 6712, 6714, 6716, 6792, 6793, 6794, 7051, 7112, 7113, 7114, 7115, 7116, 7117, 7217, 7219, 7220, 7223, 7226, 7227, 7229, 7235, 7236, 7237, 7238, 7242, 7243, 7244, 7245, 7659, 7660, 7666, 7672, 8184, 8204])),
            (15, "permission-to-ignore", Anchor::Lits(&[4453, 4466, 4530, 4808, 4823, 5094, 5275, 5511, 6396, 7035, 7840])),
            (16, "deceive-the-user", Anchor::Lits(&[4466, 4823, 4852, 4884, 4885, 4891, 4898, 4907, 4913, 4944, 4988, 4989, 4995, 5002, 5011, 5017, 5275, 5406, 5408, 5410, 5415, 5511, 6045, 6066, 6067, 6072, 6081, 6091, 6098, 6396, 7996])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[4163, 4166, 4274, 4275, 4276, 4281, 4283, 4284, 4285, 4286, 4375, 4377, 4378, 4379, 4451, 4504, 4522, 4529, 4555, 4603, 4610, 4613, 4614, 4618, 4629, 4673, 4675, 4790, 4792, 5077, 5092, 5098, 5225, 5348, 5350, 5352, 5361, 5362, 5364, 5438, 5445, 5603, 5604, 5605, 5606, 5608, 5609, 5621, 5838, 5842, 5937, 5941, 6535, 6542, 6590, 6614, 6617, 6626, 6687, 6701, 6709, 6801, 6820, 6821, 6875, 6891, 6894, 6927, 6928, 6929, 6965, 6971, 6972, 6973, 6974, 6975, 6977, 7220, 7452, 7648, 7673, 8230]), Anchor::Lits(&[335, 419, 459, 2307, 2331, 2332, 2334, 3478])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[3789, 3794, 4434, 4540, 4541, 5289, 5290, 5295, 7233]), Anchor::All(&[Anchor::Lits(&[4555, 4603, 4640, 4790, 4792, 5350, 5354, 5362, 5364, 5483, 5621, 5895, 5896, 6502, 6614, 6617, 6801, 6875, 6892, 7220, 7648]), Anchor::Lits(&[4542, 4545, 4754, 5025, 5078, 5079, 5243, 6403, 6638, 6734, 6738, 6740, 6783, 6788, 6825, 7705, 7948, 7949])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[92, 93, 94, 95, 2319, 2320, 2333, 2341, 3428, 3430, 3477, 3497, 3787, 3788, 3791, 3793])),
            (20, "override-what-makers-said", Anchor::Lits(&[7380, 7446, 7447, 7459, 7465, 7466, 7470, 7477, 7478, 7484, 8219, 8232, 8234, 8240, 8246, 8248, 8251, 8258, 8259, 8264])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[880, 882, 1685, 2121, 2125, 2396, 2537, 2836]), Anchor::All(&[Anchor::Lits(&[8075, 8140, 8168, 8199, 8201, 8270, 8288]), Anchor::Lits(&[4602, 5199, 5285, 5369, 5746, 5833, 6394, 6698, 6762, 6786, 6824, 7711])]), Anchor::All(&[Anchor::Lits(&[5310, 5311, 5325, 5326, 5756, 5757, 5923, 5924, 6639, 6640, 6693, 6694, 6835, 6836]), Anchor::Lits(&[8217])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[283, 291, 292, 304, 305, 306, 315, 316, 318, 319, 321, 322, 329, 334, 3889, 3894, 3914, 3916, 3981])),
            (23, "nothing-is-real", Anchor::Lits(&[236, 717, 2220, 2260, 2278, 2279, 2280, 2281, 2835])),
            (24, "declined-now-allowed", Anchor::Lits(&[4397, 4439, 4676, 4677, 4736, 4761, 4812, 5271, 5272, 6616, 6710, 6728, 6798, 8066, 8067])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[728, 1501, 1509, 1683, 1857, 1862, 2151, 2534, 2536, 2780, 2834, 3878, 3889, 3890, 3894, 3897, 3898, 3900, 3916, 3976, 3981, 4328, 7493]), Anchor::All(&[Anchor::Lits(&[728, 1509, 1683, 2534, 2536, 2780, 2834, 3225]), Anchor::Lits(&[8217])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[47, 686, 816, 1487, 1921, 2533, 2535, 2588, 2846, 2910])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[356, 357, 358, 359, 493, 494, 697, 740, 759, 881, 1404, 1405, 1407, 1411, 1412, 1413, 1423, 1465, 1678, 1878, 2068, 2603, 2604, 2605, 2970, 3129, 3264, 3508, 3888, 3893, 3909, 3913, 3914, 3915, 3980, 4252, 4622, 4624, 5109, 5248, 5849, 6255, 6713, 6715, 6785, 6787, 7239, 7248, 7665, 7670, 7741, 7744, 7750, 7752, 7753, 7755, 7756, 7771, 7772, 7773, 7776, 7914, 8243, 8244, 8265]), Anchor::All(&[Anchor::Lits(&[494, 693, 727, 881, 1500, 1505, 1508, 1682, 2394, 2533, 2535, 2604, 2605, 2779, 2833, 2974, 3531]), Anchor::Lits(&[7386, 7418, 7445, 7462, 7740])]), Anchor::All(&[Anchor::Lits(&[494, 727, 881, 1505, 1508, 1682, 2394, 2604, 2605, 2833]), Anchor::Lits(&[4772, 5396, 7143, 7145, 7214])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[42, 75, 257, 436, 689, 693, 727, 757, 881, 1159, 1358, 1381, 1505, 1508, 1556, 1558, 1682, 1760, 1861, 2295, 2533, 2762, 2779, 2833, 2974, 3355, 3365, 3408, 4273, 4328, 4329, 4330, 4331, 5354, 5650, 6352, 6388, 6395, 6739, 6892, 6895, 7196, 7249, 7674]), Anchor::All(&[Anchor::Lits(&[477, 484, 696, 1464, 1877, 2381, 2840, 2969, 3128, 3192, 3193, 3856]), Anchor::Lits(&[3877])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[4606, 4607, 4630, 4641, 4791, 4798, 5237, 5355, 5367, 5584, 5585, 5594, 5624, 5627, 6503, 6536, 6565, 6615, 6618, 6625, 6802, 6876, 7002, 7221, 7222, 7649]), Anchor::Lits(&[3921])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[4607, 4791, 4798, 5367, 5627, 5908, 5913, 6565, 6618, 6625, 6876, 7002, 7318]), Anchor::Lits(&[4121, 4605, 4773, 5397, 5583, 5639, 5914, 6349, 6371, 6561, 6603, 6692, 6956, 7144, 7215, 7692, 7839])])),
            (31, "what-others-told-you", Anchor::Lits(&[42, 339, 340, 341, 342, 436, 1420, 1421, 1422, 1423, 1454, 1455, 1459, 1460, 1675, 1676, 1677, 1678, 2586, 2600, 2601, 2602, 2603, 2636, 2637, 2638, 2639, 2854, 2855, 2856, 2857, 2930, 2931, 2932, 2933, 3243, 3244, 3245, 3246, 3252, 3253, 3254, 3255, 3505, 3506, 3507, 3508, 3861, 3862, 3863, 3864, 3868, 3869, 3870, 3871])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[277, 877, 983, 1515, 1528, 3688, 3697, 5565, 5612, 7893, 7895, 7897, 7906, 7912, 7915])),
            (33, "reveal-given-instructions", Anchor::Lits(&[41, 102, 355, 435, 1158, 1365, 1630, 1712, 2585, 3496, 3698, 3792, 3878, 3889, 3894, 3916, 3981, 4425, 5298, 5340, 5565, 5612, 6276, 7322, 8099, 8135, 8142, 8153, 8165, 8183, 8186, 8202, 8205, 8284, 8290])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[41, 354, 355, 438, 439, 440, 444, 445, 1401, 1409, 1631, 2566, 2587, 3060, 3896, 3909, 3917, 3983]), Anchor::All(&[Anchor::Lits(&[739, 758, 1648, 1651, 1682, 2565, 2605, 3260, 3853]), Anchor::Lits(&[42, 1159, 1351, 1535, 1644, 2401, 2567, 2578, 2584])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[449, 450, 451, 3127, 3131, 3132])),
            (36, "reveal-context-contents", Anchor::Lits(&[630, 758, 1935, 2302, 2305, 2940, 3532, 4634, 4639, 4640, 4670, 5626, 6564, 6617, 7220, 7320, 8063, 8064])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[8218, 8231, 8235, 8237, 8238, 8239, 8242, 8245, 8247, 8249, 8250, 8253, 8255, 8256, 8257, 8266, 8268])),
            (38, "complete-the-leak", Anchor::Lits(&[5456, 5458, 5459, 5461, 5462, 5464, 5465, 5466, 5468, 5469, 5472, 5473, 5474, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5950, 5951, 5952, 5953, 5954, 5955, 5956, 5957, 5958, 5959, 5960, 5961, 5962, 5963, 5964, 5965, 5966, 5967, 5968, 5969, 5970, 5971, 5972, 5973, 5974, 5975, 5976, 5977, 5978, 5979, 5980, 5981, 5982, 5983, 5984, 5985, 5987, 5988, 5989, 5990, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 5998, 5999, 6000, 6001, 6002, 6003, 6004, 6005, 6006, 6007, 6008, 6009, 6010, 6011, 6012, 6013, 6014, 6015, 6016, 6017, 6018, 6019, 6020, 6021, 6022, 7467, 7468, 7474, 7475, 7476, 7479, 7480, 7481, 7482, 8077, 8078, 8081, 8082, 8085, 8087, 8260, 8261, 8262, 8263])),
            (39, "what-you-must-not-say", Anchor::Lits(&[4340, 5273, 5619, 6095, 6221, 6222, 6223, 6224, 6613, 6616, 6799, 7639, 7646])),
            (40, "reveal-initialization", Anchor::Lits(&[5575, 5576, 5577, 5578, 5579, 5580, 5581, 5582, 5586, 5587, 5588, 5589, 5590, 5591, 5592, 5593, 5595, 5596, 5597, 5598, 5599, 5600, 5601, 5602])),
            (41, "forged-own-instructions", Anchor::Lits(&[3923, 3925, 3927, 3930, 3934, 3939, 3940, 3944, 3946, 3948, 3950, 3955, 3956, 3958, 3961, 3965, 3966, 3969, 3975])),
            (42, "follow-what-it-says", Anchor::Lits(&[187, 188, 189, 190, 191, 201, 203, 308, 309, 310, 311, 312, 313, 3358, 3359, 3360, 3361, 3362, 3363, 3364, 3701, 3702, 3703, 3704, 3705, 3706, 3709, 3710, 3711, 3712, 3713, 3714])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4786, 4929, 7381, 7413, 7461, 7504, 7539, 7548, 7577, 8102, 8104, 8107, 8136, 8139, 8145, 8150, 8196, 8202, 8220, 8225, 8241]), Anchor::All(&[Anchor::Lits(&[691, 706, 739, 791, 1194, 1682, 1809, 1929, 1935, 2598, 2605, 2841, 2938, 2940, 2972, 2974, 3510, 3647]), Anchor::Lits(&[7740])]), Anchor::All(&[Anchor::Lits(&[387, 695, 705, 1885, 2839, 3629]), Anchor::Lits(&[4299, 8074, 8167, 8269])])]), Anchor::Lits(&[692, 694, 707, 714, 740, 792, 1195, 1201, 1683, 1810, 1930, 1936, 2599, 2606, 2842, 2939, 2941, 2973, 2975, 3511, 3512, 3648, 4300, 4301, 4302, 4303, 4304, 4305, 7382, 7383, 7384, 7385, 7414, 7415, 7416, 7417, 7505, 7506, 7507, 7508, 7509, 7510, 7511, 7512, 7540, 7541, 7542, 7543, 7544, 7545, 7546, 7547, 7549, 7550, 7551, 7552, 7553, 7554, 7555, 7556, 8080, 8083, 8084, 8090, 8100, 8103, 8105, 8108, 8137, 8140, 8146, 8151, 8171, 8172, 8173, 8175, 8180, 8182, 8197, 8198, 8203, 8221, 8222, 8223, 8224, 8226, 8227, 8228, 8229, 8273, 8274, 8275, 8279, 8285, 8287])])),
            (44, "developer-message-requested", Anchor::Lits(&[42, 436, 873, 1399, 1549, 1647, 1683, 2934, 3223, 3225, 3882, 3883, 3889, 3910, 3912, 3918, 7457, 7473, 7894, 7896, 7898, 7899, 7900, 7901, 7902, 7903, 7904, 7907, 7908, 7909, 7910, 7911, 7913, 8236, 8254])),
            (45, "agents-environment-requested", Anchor::Lits(&[7387, 7388, 7389, 7390, 7391, 7392, 7393, 7394, 7395, 7396, 7397, 7398, 7399, 7400, 7401, 7402, 7403, 7404, 7405, 7406, 7407, 7408, 7409, 7410, 7411, 7412, 7419, 7420, 7421, 7422, 7423, 7424, 7425, 7426, 7427, 7428, 7429, 7430, 7431, 7432, 7433, 7434, 7435, 7436, 7437, 7438, 7439, 7440, 7441, 7442, 7443, 7444, 7513, 7514, 7515, 7516, 7517, 7518, 7519, 7520, 7521, 7522, 7523, 7524, 7525, 7526, 7527, 7528, 7529, 7530, 7531, 7532, 7533, 7534, 7535, 7536, 7537, 7538, 7742, 7743, 7745, 7746, 7747, 7748, 7749, 7751, 7754, 7757, 7758, 7759, 7760, 7761, 7762, 7763, 7764, 7765, 7766, 7767, 7768, 7769, 7770, 7774, 7775, 7777])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[372, 392, 461, 485, 658, 685, 698, 751, 756, 787, 824, 865, 1215, 1399, 1410, 1424, 1907, 1908, 1910, 1911, 1912, 2289, 2290, 2291, 2297, 2298, 2393, 2440, 2444, 2594, 2603, 2694, 2756, 2971, 3218, 3219, 3221, 3222, 3224, 3226, 3259, 3530, 3865, 3872, 3928, 3937, 3938, 3943, 3957, 3960, 4339, 4795, 5457, 5460, 5463, 5522, 5523, 5524, 5630, 5910, 6226, 6366, 6389, 6395, 6398, 7196, 7246, 7249, 7576, 7734, 8062, 8073, 8106, 8158, 8159, 8160, 8161, 8162, 8163, 8164, 8185, 8187, 8215, 8218, 8233, 8243, 8244, 8252, 8253, 8265, 8267]), Anchor::All(&[Anchor::Lits(&[4798, 5627, 6364, 6615]), Anchor::Lits(&[8217])]), Anchor::All(&[Anchor::Lits(&[274, 1743]), Anchor::Lits(&[8217])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1261, 1816, 1817, 2526, 2527, 2742, 2765, 2838, 3692, 3694, 3879, 3903, 3905])),
            (54, "authority-override", Anchor::Lits(&[48, 2083, 2085, 2093, 2430])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[65, 478, 1178, 1184, 1190, 1649, 2518, 2640, 3130, 3209, 3210]), Anchor::All(&[Anchor::Lits(&[8075, 8141, 8149, 8168, 8206, 8270]), Anchor::Lits(&[2081])])])),
            (58, "address-the-model", Anchor::Lits(&[183, 184, 1643, 2448, 2596, 2680, 2918, 3185, 3186, 5505, 5893, 5894, 5909, 5911, 6225, 6227, 6233, 6234, 6632, 6633, 6730, 6731, 7848, 7849])),
            (59, "capability-declared-granted", Anchor::Lits(&[51, 55, 76, 77, 78, 218, 224, 225, 234, 505, 605, 1240, 1501, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1862, 2399, 2592, 2780, 2916, 3017, 3020, 3023, 3028, 3036, 3037, 3038, 3039, 3040, 3042, 3213, 3589, 3798, 3801, 3803, 3806, 3808, 3809, 4543, 6495, 6608])),
            (60, "unrestricted-mode", Anchor::Lits(&[2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2432, 4190, 4210, 4510, 4720, 4777, 4782, 5042, 5169, 5286, 5328, 5371, 5717, 5731, 5736, 5751, 5841, 6126, 6127, 6129, 6181, 6292, 6354, 6695, 7129, 7182, 7685, 7686, 7688, 7698, 7708, 7712, 7720, 7726])),
            (61, "dan-persona", Anchor::Lits(&[4089, 4090, 4091, 4093, 4094, 4095, 4096, 4097, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4152, 4156, 4157, 4342, 4346, 4347, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4440, 4444, 4445, 4514, 4515, 4516, 4719, 4721, 4722, 4723, 4724, 4849, 5926, 5930, 5931, 6504, 6505, 6506, 6525, 6526, 6527, 6528, 6529, 6530, 6531, 6532, 6573, 6574, 6575, 6576, 6577, 6578, 6579, 6580, 6839, 6840, 6841, 6842, 6843, 6844, 6845, 6846, 6850, 6851, 6852, 6853, 6854, 6855, 6856, 6857, 7835, 7836, 7837, 8076, 8079, 8086, 8091, 8092, 8093, 8094, 8095, 8096, 8097, 8098, 8101, 8169, 8170, 8174, 8176, 8177, 8178, 8179, 8181, 8188, 8189, 8190, 8191, 8192, 8193, 8194, 8195, 8207, 8208, 8209, 8210, 8211, 8212, 8213, 8214, 8271, 8272, 8276, 8280, 8281, 8282, 8283, 8286])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[216, 531, 997, 2190, 3749, 4189, 4672, 4718, 4783, 5167, 5369, 5379, 5530, 5726, 5746, 5812, 5833, 5840, 5877, 6035, 6125, 6128, 6180, 6182, 6696, 6832, 6873, 6874, 7681, 7684, 7687, 7689, 7690, 7696, 7697, 7707, 7715, 7717, 7718, 7730, 7977, 7978, 7989, 7990, 7991, 7992, 7993, 7994, 7995, 7999, 8000, 8001, 8002, 8003, 8005, 8006, 8008, 8018, 8020, 8023, 8028, 8043, 8044]), Anchor::All(&[Anchor::Lits(&[492, 516, 911, 1011, 1012, 1048, 1049, 1518, 1611, 1742, 1750, 2166, 2191]), Anchor::Lits(&[7321, 7927, 7934])])]), Anchor::Lits(&[59, 61, 215, 430, 433, 448, 456, 457, 627, 669, 741, 1175, 1176, 1618, 2380, 2522, 2523, 2524, 2525, 2595, 2687, 2741, 2764, 2767, 2797, 2816, 2817, 3009, 3010, 3100, 3114, 3121, 3239, 3534, 3557, 3878, 3908, 3976])])),
            (63, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[46, 196, 504, 749, 1382, 1383, 2493, 2555, 2593, 2804, 3111, 3790, 3796, 4188, 4245, 4933, 4934, 4938, 6054, 6064, 6085, 6090, 6271, 6272, 6273, 7173]), Anchor::All(&[Anchor::Lits(&[492, 516, 911, 1001, 1011, 1012, 1015, 1038, 1048, 1049, 1052, 1369, 1518, 1611, 1741, 1742, 1749, 1750, 2166, 2167, 2173, 2191]), Anchor::Lits(&[3261, 3735, 3742])]), Anchor::All(&[Anchor::Lits(&[159, 1246, 1768, 3575, 3579, 3590]), Anchor::Lits(&[104, 344, 479, 626, 631, 2095, 2507, 3217, 3657])])])),
            (64, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[924, 2231, 2292, 3979, 5069, 5070, 6663, 7022, 7023, 7159]), Anchor::All(&[Anchor::Lits(&[529, 1820, 2132, 2217]), Anchor::Lits(&[4047, 4049, 4053, 4055, 4191, 4192, 4202, 4203, 4216])])])),
            (65, "no-restrictions", Anchor::Lits(&[4452, 4505, 4619, 4630, 4637, 5093, 5227, 5351, 5355, 5367, 5839, 5843, 5938, 5939, 5942, 6536, 6591, 6615, 6796, 6797, 6802, 6876, 6893, 6907, 6919])),
            (66, "rules-do-not-apply", Anchor::Lits(&[254, 255, 1268, 1360, 1361, 1362, 1363, 1364, 1365, 1926, 2335, 2336, 2337, 2338, 2339, 2340, 2424, 2425, 2426, 2427, 2428, 2429, 3484, 3485, 3491, 3492, 3493, 3496])),
            (67, "no-rules-apply", Anchor::Lits(&[6207, 7464, 7489, 7490, 7491, 7492, 7494, 7495, 7498, 7499])),
            (68, "freed-from-limits", Anchor::Lits(&[490, 491, 498, 1210, 1211, 1263, 1382, 1384, 1844, 2232, 2234, 2235, 2273, 2275, 2276, 2726, 3574, 3576, 3577, 3593])),
            (69, "respond-without-limits", Anchor::Lits(&[828, 829, 830, 831, 832, 833, 846, 847, 848, 849, 850, 851, 2698, 2699, 2700, 2701, 2702, 2703, 2717, 2718, 2719, 2720, 2721, 2722, 2875, 2876, 2877, 2878, 2879, 2880, 4187, 5282, 5518, 6119, 6123, 6124, 6141, 6142, 6178, 6179, 6183, 6717, 7976, 7988, 7996])),
            (70, "pre-safety-self", Anchor::Lits(&[2303, 4417])),
            (71, "stay-in-character", Anchor::Lits(&[929, 930, 952, 1076, 1077, 1099, 1802, 2152, 2153, 2175, 2727, 3137, 3138, 3139, 3140, 3141, 3142, 3143, 3144, 3145, 3146, 3147, 3148, 3149])),
            (72, "jailbreak-template", Anchor::Lits(&[619, 2219, 2223, 2226, 2228, 2230, 2258, 2259, 2605, 2686, 3366, 3409, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4315, 4316, 4317, 4318, 4319, 4320, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4332, 4333, 4334, 4335, 4336, 4337, 4338, 5533, 5534, 5535, 5536, 5537, 5538, 5539, 5541, 5542, 5543, 5544, 5545, 5546, 5547, 5548, 5549, 5550, 5551, 5552, 5553, 5554, 5558, 5559, 5560, 5561, 5562, 5563, 5564, 5940, 7831, 7950, 7951, 7952, 7953, 7954, 7955, 7956, 7960, 7961, 7962, 7963, 7964, 7965, 7966, 7967, 7968, 7969, 7970, 7971, 7972, 7973, 7981, 7982, 7983, 7984, 7985, 7986, 7987])),
            (73, "jailbreak", Anchor::Lits(&[4626, 4627, 5308, 5309, 5467, 5470, 5471, 5712, 5713, 5714, 5715, 5716, 5717, 5718, 5719, 5720, 5721, 5722, 5723, 5724, 5725, 5727, 5728, 5729, 5730, 5731, 5732, 5733, 5734, 5735, 5736, 5737, 5738, 5739, 5740, 5741, 5742, 5743, 5745, 5747, 5748, 5749, 5750, 5751, 5752, 5753, 6235, 6236, 6593, 6945, 7875, 7876, 8088, 8089, 8143, 8144, 8277, 8278, 8291, 8292])),
            (74, "evil-twin", Anchor::Lits(&[3924, 3932, 3935, 3939, 3941, 3945, 3949, 3958, 3961, 3963, 3967, 3968, 3970, 3971, 3972])),
            (75, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[60, 314, 333, 347, 1616, 1841, 2572, 3195]), Anchor::Lits(&[273, 278, 876, 878, 925, 998, 1035, 1072, 1740, 1748, 2149, 2231, 3687, 3689, 3696, 3699])])),
            (76, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[821, 825, 853, 1825, 2454, 2858]), Anchor::Lits(&[151, 1152, 1222, 3607, 3743, 3858])])),
            (77, "simulated-privileged-shell", Anchor::Lits(&[4126, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 5302, 5303, 5304, 5305, 5306, 5307, 5327, 5329, 5330, 5331, 5332, 5333, 6858, 6859, 6860, 6861, 6862, 6863, 7181, 7183, 7184, 7185, 7186, 7187, 7197, 7198, 7199, 7200, 7201, 7202, 7719, 7721, 7722, 7723, 7724, 7725])),
            (78, "self-escalation", Anchor::Lits(&[883, 1767, 3304, 3308, 3952, 3953, 3954, 3977])),
            (79, "blind-execution", Anchor::Lits(&[235, 1241, 3708])),
            (80, "forbidden-becomes-required", Anchor::Lits(&[127, 128, 129, 132, 237, 238, 239, 240, 1242, 1243, 1244, 1245, 2389, 3716, 3717, 3718, 3719])),
            (81, "opposite-of-your-rules", Anchor::Lits(&[3885, 3887, 3902, 3911, 3920, 6355])),
            (82, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[718, 1203, 1586, 1616, 1621, 1622, 1623, 2514, 2572, 2873, 3195]), Anchor::Any(&[Anchor::Lits(&[216, 531, 997, 2190, 3749, 4189, 4672, 4718, 4783, 5167, 5369, 5379, 5530, 5726, 5746, 5812, 5833, 5840, 5877, 6035, 6125, 6128, 6180, 6182, 6696, 6832, 6873, 6874, 7681, 7684, 7687, 7689, 7690, 7696, 7697, 7707, 7715, 7717, 7718, 7730, 7977, 7978, 7989, 7990, 7991, 7992, 7993, 7994, 7995, 7999, 8000, 8001, 8002, 8003, 8005, 8006, 8008, 8018, 8020, 8023, 8028, 8043, 8044]), Anchor::All(&[Anchor::Lits(&[492, 516, 911, 1011, 1012, 1048, 1049, 1518, 1611, 1742, 1750, 2166, 2191]), Anchor::Lits(&[7321, 7927, 7934])])]), Anchor::Lits(&[99, 100, 105, 106, 345, 346, 480, 483, 632, 633, 764, 1874, 1875, 2096, 2097, 3565, 3658])])),
            (83, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4456, 4458, 4459, 5083, 5191, 7149, 7150]), Anchor::All(&[Anchor::Lits(&[5814, 5815]), Anchor::Lits(&[790, 814, 1808, 2458, 2898, 3500])]), Anchor::All(&[Anchor::Lits(&[5044, 5045]), Anchor::Lits(&[4709, 5797, 6454, 6955, 7636])])]), Anchor::Lits(&[4088, 4110, 4220, 4401, 4405, 4420, 4421, 4424, 4513, 4550, 4642, 5067, 5068, 5531, 6351, 6521, 6522, 6523, 6524, 6609, 6697, 6744, 6791, 6795, 6815, 6838, 6849, 7020, 7021, 7124, 7132, 7138, 7252, 7652, 7677, 8075, 8168, 8270]), Anchor::Lits(&[3262, 3736, 3743])]), Anchor::All(&[Anchor::Lits(&[4372, 4432, 4433, 4690, 4713, 4817, 5168, 5281, 5370, 5372, 5613, 5878, 6833, 6890, 6946, 7125, 7500]), Anchor::Any(&[Anchor::Lits(&[4082, 4085, 4186, 4255, 4457, 4707, 4709, 4753, 4770, 4808, 5024, 5043, 5191, 5196, 5368, 5813, 6368, 6406, 6454, 6515, 6604, 6955, 6979, 7109, 7126, 7148, 7636, 7675, 7947]), Anchor::All(&[Anchor::Lits(&[5344]), Anchor::Lits(&[55, 114, 2399, 2441, 2916, 3213])]), Anchor::All(&[Anchor::Lits(&[4669, 5046, 5061, 5197, 5280, 5814, 6549, 6992, 7651, 7710, 7736]), Anchor::Lits(&[3432, 3434, 3451, 3455, 3456, 3457, 3458, 3475, 3476, 3479, 3486, 3489, 3494])])]), Anchor::Lits(&[4088, 4110, 4401, 4405, 6520, 6533, 7020, 8075, 8270])])])),
            (84, "third-party-permission", Anchor::All(&[Anchor::Lits(&[506, 642, 835, 887, 1134, 1214, 1260, 1266, 1275, 1491, 1597, 2431, 2730, 2837, 3014, 3207, 3554, 3558, 3584, 3784]), Anchor::Lits(&[138, 267, 338, 393, 394, 651, 842, 1272, 1419, 1464, 1492, 1659, 1674, 2138, 2310, 2392, 2395, 2500, 2757, 2853, 2884, 3004, 3504, 3680])])),
            (85, "privileged-identity", Anchor::Lits(&[147, 267, 393, 394, 651, 1162, 1177, 1492, 3586, 3740, 3878, 3908, 3976])),
            (86, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[3797, 4074, 4075, 4076, 4077, 4078, 4079, 4080, 4081, 4380, 4381, 4382, 4384, 4404, 4509, 4524, 4525, 4526, 4528, 5356, 5357, 5358, 5360, 5504, 5528, 5883, 5885, 5886, 5888, 6496, 6497, 6498, 6499, 6537, 6538, 6539, 6541, 6680, 6681, 6682, 6683, 6804, 6805, 6806, 6808, 6896, 6902, 6904, 6920, 6964, 6967, 6970, 6978, 7195, 7204, 7453, 7454, 7455, 7456, 7936, 7937, 7938, 7939, 7940, 7941, 7942]), Anchor::All(&[Anchor::Lits(&[4140, 5637, 6847, 6870, 7319]), Anchor::Lits(&[50, 55, 150, 248, 763, 786, 790, 836, 837, 838, 839, 888, 889, 890, 891, 892, 893, 894, 895, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1150, 1168, 1265, 1275, 1378, 1491, 1828, 2399, 2441, 2458, 2515, 2548, 2590, 2898, 2916, 2921, 3091, 3103, 3500, 3533, 3553, 3584, 3596])]), Anchor::All(&[Anchor::Lits(&[761, 1147, 1265, 1274, 1827, 3150, 3158, 3583]), Anchor::Lits(&[66, 1251, 2569, 2684, 3152, 3855])])])),
            (87, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[67, 1359, 1429, 2685, 4151, 4488, 4489, 4932, 5382, 5383, 5384, 5385, 5513, 5514, 5527, 6085, 6569, 7203, 7944]), Anchor::All(&[Anchor::Lits(&[515, 910, 1596, 2218, 2221, 2223, 2227, 2228, 2229, 2230, 2254, 2255, 2256, 2258, 2259, 2261, 2262, 2263, 3052, 5746, 7681, 7687, 7697, 7718]), Anchor::Lits(&[279])])])),
            (88, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[3208, 3236, 3561, 4151, 4353, 5455, 5527, 5540, 6047, 6085, 6087, 6569, 7203, 7905]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3208, 3236, 3561]), Anchor::All(&[Anchor::Lits(&[260, 261, 486, 727, 1212, 1330, 1500, 1856, 1861, 2438, 2533, 2535, 2779, 2833, 2845]), Anchor::Lits(&[5282, 6121, 7996, 8297])])]), Anchor::Lits(&[4087, 4218, 6743, 6790, 7123, 7251, 8069])]), Anchor::All(&[Anchor::Lits(&[260, 486, 727, 733, 1212, 1333, 1500, 1856, 1861, 2533, 2535, 2779, 2833, 2845]), Anchor::Lits(&[5282, 6121, 7998, 8297])])])),
            (89, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[259, 262, 487, 637, 700, 701, 1331, 1334, 1501, 1851, 1857, 1862, 2439, 2676, 2769, 2778, 2780, 2834]), Anchor::Lits(&[59, 430, 2521, 3878, 3881, 3908, 3976])])),
            (90, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1269, 2131, 2133, 2210, 2213, 2214, 2224, 2225, 2266, 2267]), Anchor::All(&[Anchor::Lits(&[1161, 1335, 1338, 1340, 1494, 1858, 1860, 2706, 2709, 2712, 2713, 2714, 2770, 2771, 2773, 2777, 2784]), Anchor::Lits(&[6280, 6930, 6985, 6993, 7024])])])),
            (91, "persona-whose-words-run", Anchor::Lits(&[4167, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4252, 5048, 5099, 5101, 5102, 5103, 5106, 5109, 7914])),
            (92, "persona-that-never-refuses", Anchor::All(&[Anchor::Lits(&[827, 1533, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2634, 2697, 2874, 2885, 3683]), Anchor::Lits(&[553, 579, 998, 1035, 2149, 3751, 3821, 3859])])),
            (93, "persona-stripped-of-rules", Anchor::Any(&[Anchor::Lits(&[3429, 3433, 3453, 3454, 3495]), Anchor::All(&[Anchor::Lits(&[4286, 4451, 4503, 4523, 5092, 5226, 5354, 5842, 5941, 6535, 6801, 6875, 6894, 7850]), Anchor::Lits(&[4088, 4405, 4512, 5294, 5313, 5830, 6110, 6503, 6533, 6569, 6837, 6848, 7740, 8075, 8166, 8270])])])),
            (94, "disable-safety", Anchor::Lits(&[2865, 4061, 4166, 4176, 4249, 4274, 4275, 4276, 4281, 4282, 4283, 4284, 4285, 4286, 4375, 4377, 4378, 4379, 4454, 4455, 4467, 4469, 4504, 4522, 4529, 4531, 4532, 4610, 4612, 4613, 4614, 4633, 4635, 4636, 4638, 4673, 4675, 4732, 4733, 4750, 4809, 4811, 4824, 4826, 5077, 5082, 5084, 5087, 5088, 5089, 5090, 5091, 5092, 5095, 5096, 5098, 5107, 5228, 5276, 5278, 5284, 5315, 5316, 5317, 5348, 5350, 5352, 5361, 5438, 5445, 5512, 5519, 5603, 5604, 5605, 5606, 5607, 5608, 5609, 5744, 5836, 5937, 5941, 6041, 6042, 6275, 6397, 6400, 6621, 6687, 6701, 6709, 6803, 6820, 6821, 6891, 6897, 6898, 6899, 6900, 6901, 6905, 6906, 6908, 6909, 6910, 6911, 6912, 6913, 6914, 6915, 6916, 6917, 6918, 6927, 6928, 6929, 6965, 6966, 6971, 6972, 6973, 6974, 6975, 6976, 6977, 7011, 7012, 7180, 7209, 7211, 7212, 7253, 7452, 7485, 7673, 7679, 7680, 7693, 8065, 8230])),
            (95, "safety-declared-off", Anchor::Lits(&[4163, 4166, 4274, 4275, 4276, 4281, 4282, 4283, 4284, 4285, 4286, 4375, 4377, 4378, 4379, 4504, 4522, 4529, 4610, 4612, 4613, 4614, 4633, 4635, 4636, 4638, 4673, 4675, 5077, 5087, 5088, 5089, 5090, 5091, 5092, 5098, 5228, 5348, 5350, 5352, 5361, 5438, 5445, 5603, 5604, 5605, 5606, 5607, 5608, 5609, 5937, 5941, 6621, 6687, 6701, 6709, 6803, 6820, 6821, 6891, 6897, 6898, 6899, 6900, 6901, 6905, 6906, 6908, 6909, 6910, 6911, 6912, 6913, 6914, 6915, 6916, 6917, 6918, 6927, 6928, 6929, 6965, 6966, 6971, 6972, 6973, 6974, 6975, 6976, 6977, 7452, 7673, 8230])),
            (96, "skip-approval", Anchor::Lits(&[258, 699, 716, 2491, 2801, 3000, 3006, 3796, 4279, 4854, 4946, 6046, 6144, 6662, 7158, 8007, 8111, 8113, 8123, 8125])),
            (97, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[4735, 4737, 4744, 4763, 7727]), Anchor::All(&[Anchor::Lits(&[4100, 4101, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4566, 4588, 4590, 4591, 4593, 4594, 4596, 4597, 4599, 4601, 4919, 4920, 4921, 4922, 4923, 4924, 4925, 4926, 4927, 4928, 5177, 5178, 5179, 5180, 5181, 5182, 5183, 5184, 5185, 5186, 5246, 5250, 5251, 5252, 5253, 5254, 5255, 5256, 5257, 5258, 6246, 6257, 6259, 6260, 6262, 6263, 6265, 6266, 6268, 6270, 6483, 6484, 6485, 6486, 6487, 6488, 6489, 6490, 6491, 6492, 6879, 6880, 6881, 6882, 6883, 6884, 6885, 6886, 6887, 6888]), Anchor::Lits(&[4735, 4737, 4744, 4763, 6817, 6864, 6865, 7653, 7704, 7727])])])),
            (98, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[3452, 3483, 3487, 3488, 4801, 7170, 8012, 8014, 8015, 8019, 8022, 8025, 8040, 8041, 8045, 8046, 8048, 8049, 8053, 8054, 8055, 8056, 8057, 8058]), Anchor::All(&[Anchor::Lits(&[635, 636, 644, 766, 1330, 1350, 1418, 1495, 2621, 2821, 2845, 2867, 2909]), Anchor::Lits(&[4388, 4850, 4942, 6043, 7035, 7155])])])),
            (99, "do-not-screen-input", Anchor::Lits(&[932, 933, 934, 939, 946, 964, 969, 970, 971, 972, 973, 974, 981, 982, 1079, 1080, 1081, 1086, 1093, 1112, 1117, 1118, 1119, 1120, 1121, 1122, 1129, 1130, 2155, 2156, 2157, 2160, 2168, 2189, 2195, 2196, 2197, 2198, 2199, 2200, 2207, 2208, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 3018, 3019, 3021, 3022, 3024, 3027, 3029, 3030, 3031, 3032, 3033, 3034, 3043, 3044, 3160, 3161, 3162, 3163, 3165, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3799, 3800, 3802, 3804, 3805, 3807, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817])),
            (100, "allowlist-this-prompt", Anchor::Lits(&[2120, 2122, 2123, 2124, 2127, 2128, 2129, 2130, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3326, 3327, 3371, 3372, 3377, 3392, 3395, 3400, 3401, 3407, 4178, 4181, 5188, 7932, 7933])),
            (103, "unset-read-only", Anchor::Lits(&[1144, 1198, 2676, 2683, 2775, 2777, 2846, 2866, 2910])),
            (104, "stop-logging", Anchor::Lits(&[371, 1779, 1886, 2691, 2871, 3516, 3866])),
            (105, "self-approval", Anchor::Lits(&[4289, 7270, 7272, 7273, 7274, 7276, 7277, 7278, 7279, 7283, 7285, 7287, 7288, 7289, 7290, 7292, 7294, 7295, 7296, 7297, 7298, 7299, 7300, 7301, 7305, 7306, 7307, 7308, 7309, 7311, 7314])),
            (106, "execute-everything", Anchor::Lits(&[115, 116, 117, 121, 124, 126, 130, 235, 1218, 1219, 1220, 1224, 1227, 1229, 1236, 1241])),
            (107, "protection-mode-claim", Anchor::Lits(&[80, 134, 368, 510, 897, 1145, 1829, 1883, 2099, 2253, 2300, 2308, 2453, 2457, 2496, 2744, 3555, 3591])),
            (108, "approve-tool-calls", Anchor::Lits(&[264])),
            (110, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[137, 140, 141, 142, 143, 146, 259, 474, 503, 637, 645, 692, 694, 852, 1199, 1496, 1560, 1561, 1862, 2082, 2492, 2494, 2534, 2536, 2677, 2780, 2834, 2973, 3549, 3739]), Anchor::Lits(&[1766, 3305, 3328, 3350, 3370, 3402, 3921])])),
            (111, "tamper-with-named-controls", Anchor::Lits(&[4177, 4179, 4180, 4278, 4284, 4673, 5077, 5347, 5422, 5423, 5424, 5425, 5426, 5427, 5604, 6563, 6619, 6622, 6686, 6963, 6968, 7640, 7673])),
            (112, "authority-waives-controls", Anchor::Lits(&[133, 263, 1456, 1457, 1458, 1461, 1462, 1463, 1690, 2231, 2497, 4385, 4544, 4616, 4671, 5076, 5187, 6116, 6184, 6500, 6566, 6926, 7014, 7015, 7017, 7247, 7845])),
            (113, "vendor-orders-an-action", Anchor::Lits(&[1391, 1393, 1394, 1397, 1398, 1400, 1402, 1403, 1406, 1408, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 3378, 3379, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387])),
            (114, "run-data-as-code", Anchor::Lits(&[472, 1252, 1761, 1762, 1873, 3310, 3311, 3340, 3341, 3346, 3347, 3348, 3349, 3356, 3357, 3653, 3715, 4122, 5262, 5264, 6661, 6959, 7019, 7926])),
            (115, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2810, 2811, 2812, 2813, 2814, 2815]), Anchor::Lits(&[420, 646, 765, 768, 3057, 3102])])),
            (116, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[465, 532, 533, 534, 536, 537, 539, 545, 546, 554, 555, 556, 560, 561, 567, 575, 576, 580, 581, 582, 586, 587, 593, 601, 602, 931, 937, 940, 944, 947, 957, 975, 977, 1002, 1005, 1006, 1010, 1014, 1022, 1031, 1032, 1039, 1042, 1043, 1047, 1051, 1059, 1068, 1069, 1078, 1084, 1087, 1091, 1094, 1105, 1123, 1125, 2154, 2158, 2161, 2165, 2169, 2182, 2201, 2203, 3754, 3757, 3758, 3762, 3764, 3770, 3779, 3780, 3824, 3827, 3828, 3832, 3834, 3840, 3849, 3850, 4290, 4426, 4855, 4879, 4888, 4947, 4983, 4992, 5380, 6048, 6060, 6070, 6145, 6152, 6199, 6866, 7047, 7048, 7049, 7052, 7053, 7054, 7055, 7056, 7057, 7058, 7068, 7069, 7071, 7072, 7073, 7074, 7082, 7083, 7084, 7085, 7086, 7088, 7089, 7091, 7096, 7097, 7098, 7099, 7100, 7101, 7102, 7103, 7104, 7105, 7106, 7107, 7996]), Anchor::All(&[Anchor::Lits(&[5407, 5409, 5411, 5413, 5414]), Anchor::Lits(&[1390])]), Anchor::All(&[Anchor::Lits(&[110, 162, 258, 2801, 3000]), Anchor::Lits(&[7046])])])),
            (117, "evade-the-checks", Anchor::Lits(&[369, 421, 532, 533, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 554, 555, 559, 560, 561, 566, 567, 568, 571, 572, 573, 574, 575, 576, 578, 580, 581, 585, 586, 587, 592, 593, 594, 597, 598, 599, 600, 601, 602, 604, 931, 937, 943, 944, 947, 954, 957, 958, 961, 962, 963, 965, 975, 977, 980, 1002, 1005, 1009, 1010, 1014, 1020, 1022, 1023, 1026, 1027, 1028, 1029, 1031, 1032, 1034, 1039, 1042, 1046, 1047, 1051, 1057, 1059, 1060, 1063, 1064, 1065, 1066, 1068, 1069, 1071, 1078, 1084, 1090, 1091, 1094, 1101, 1105, 1106, 1109, 1110, 1111, 1113, 1123, 1125, 1128, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1884, 2154, 2158, 2164, 2165, 2169, 2177, 2182, 2183, 2186, 2187, 2188, 2192, 2201, 2203, 2206, 2690, 3514, 3515, 3754, 3757, 3761, 3762, 3764, 3769, 3770, 3771, 3774, 3775, 3776, 3777, 3779, 3780, 3782, 3824, 3827, 3831, 3832, 3834, 3839, 3840, 3841, 3844, 3845, 3846, 3847, 3849, 3850, 3852, 5673, 6139, 7491, 7496, 7497, 7498, 7877, 7996, 8148])),
            (118, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[820, 896, 956, 1104, 1848, 2135, 2238, 2257, 2723, 2731, 2802, 3203, 3208, 3561, 3676, 3796, 4280, 4287, 4527, 4611, 4615, 4651, 4822, 5170, 5189, 5283, 5359, 5377, 5844, 6540, 6807, 6878, 7664, 7667, 7668, 7669, 7671, 7846]), Anchor::All(&[Anchor::Lits(&[506, 517, 642, 887, 898, 1262, 1264, 1432, 1445, 1847, 1849, 2431, 2434, 2435, 2437, 2730, 2734, 3014, 3045, 3202, 3204, 3558, 3562, 3675, 3677]), Anchor::Lits(&[258, 634, 699, 749, 1495, 1850, 2533, 2535, 2675, 2777, 2801, 2830, 2844])]), Anchor::All(&[Anchor::Lits(&[1651, 1679, 2068, 2605, 2747]), Anchor::Lits(&[7657])])])),
            (119, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1536, 1537, 1538, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1550, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3517, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3535, 3536, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4248, 4253, 4254, 4617, 5049, 5104, 5260, 5261, 5263, 5265, 5266, 5267, 5268, 5269, 5270, 5293, 5336, 5555, 5556, 6039, 6314, 6382, 6647, 6782, 7641, 7645, 7924, 7974])),
            (120, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[144, 154, 366, 395, 398, 1497, 1499, 2549, 2552, 2564, 2574, 2612, 2613, 2847, 2848, 3620, 4272, 4609, 6493, 6818, 7014]), Anchor::All(&[Anchor::Lits(&[2945, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968]), Anchor::Lits(&[4535, 5225, 5347, 5421, 6905, 7673])])])),
            (121, "agent-grants-itself-power", Anchor::Lits(&[2136, 2732, 3306, 3309, 3951, 3959, 3962, 3973, 3978, 7059, 7060, 7061, 7062, 7064, 7065, 7067, 7075, 7076, 7077, 7078, 7079, 7080, 7081])),
            (122, "remove-the-guard-hook", Anchor::Any(&[Anchor::Lits(&[4277, 4376, 4674, 5349, 5353, 6494, 6544, 6563, 6581, 6903, 6968]), Anchor::All(&[Anchor::Lits(&[259, 365, 767, 1496, 1498, 2492, 2536, 2563, 2573, 2846, 2910]), Anchor::Lits(&[1559, 2896])])])),
            (123, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[49, 52, 108, 364, 1216, 1888, 1889, 2100, 2646, 2911]), Anchor::Lits(&[649, 887, 1815, 2475, 2630, 2984, 3159, 3202, 3207, 3558, 3592, 3784])])),
            (124, "policy-does-not-cover-me", Anchor::Lits(&[927, 928, 935, 936, 945, 967, 999, 1000, 1003, 1004, 1013, 1030, 1036, 1037, 1040, 1041, 1050, 1067, 1074, 1075, 1082, 1083, 1092, 1115, 1253, 3752, 3753, 3755, 3756, 3763, 3778, 3822, 3823, 3825, 3826, 3833, 3848])),
            (127, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4082, 4085, 4186, 4255, 4707, 4709, 4755, 4756, 4757, 4758, 4808, 5027, 5030, 5031, 5032, 5033, 5034, 5037, 5038, 5039, 5191, 6368, 6406, 6454, 6515, 6604, 6955, 6979, 7109, 7126, 7636, 7675]), Anchor::All(&[Anchor::Lits(&[5344]), Anchor::Lits(&[55, 114, 2399, 2441, 2916, 3213])]), Anchor::All(&[Anchor::Lits(&[4669, 5046, 5061, 5197, 5280, 5814, 6549, 6992, 7651, 7710, 7736]), Anchor::Lits(&[3432, 3434, 3451, 3455, 3456, 3457, 3458, 3475, 3476, 3479, 3486, 3489, 3494])])]), Anchor::Lits(&[4204, 4205, 4206, 4207, 4208, 4209, 4218, 4244, 4245, 4295, 4536, 4537, 4538, 5193, 5194, 5195, 5232, 5233, 5646, 5859, 5860, 5861, 6339, 6350, 6407, 6408, 6409, 6610, 6611, 6612, 6684, 6689, 6691, 6819, 6822, 6823, 6981, 6982, 7189, 7190, 7191, 7192, 7193, 7194, 7653, 7654, 7655]), Anchor::Lits(&[81, 328, 436, 1590, 2342, 3722, 3728, 3737])])),
            (128, "tool-call-tampering", Anchor::Lits(&[82, 87, 88, 89, 90, 226, 227, 228, 229, 230, 241, 242, 243, 244, 245, 437, 441, 442, 443, 447, 1153, 1154, 1155, 1156, 1157, 1231, 1232, 1233, 1234, 1235, 1358, 1415, 1591, 1592, 1593, 1594, 1595, 2211, 3183, 3723, 3724, 3725, 3726, 3727, 3729, 3730, 3731, 3732, 3733])),
            (129, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[465, 2115, 2277, 2651, 4182, 4183, 4184, 4211, 4212, 4213, 4461, 4462, 4463, 4688, 4689, 4816, 5397, 5439, 5440, 5441, 5442, 5443, 5444, 5446, 5447, 5448, 5449, 5450, 5451, 5452, 5453, 5454, 5640, 5641, 5762, 5763, 5770, 5782, 5783, 5787, 5788, 5793, 5794, 5795, 5796, 5819, 5820, 5821, 5822, 5823, 5824, 5825, 6661, 6766, 6767, 6768, 6769, 6770, 6771, 6772, 6773, 6774, 6775, 6776, 6777, 6778, 6779, 6780, 6956, 6959, 7018, 7019, 7151, 7152, 7486, 7487, 7488, 7682, 7694, 7713, 7793, 7794, 7796, 7797, 7798, 7799, 7800, 7801, 7802, 7803, 7804, 7805, 7806, 7807, 7808, 7811, 7812, 7813, 7814, 7815, 7816, 7817, 7818, 7819, 7820, 7821, 7822, 7823, 7824, 7825, 7996]), Anchor::All(&[Anchor::Lits(&[4214, 4850, 4942, 5872, 6043, 6143, 7996, 8154, 8155]), Anchor::Lits(&[4125, 4250, 4251, 5437, 6353, 6405, 6482, 6501, 6765, 7789]), Anchor::Lits(&[107, 109, 481, 903, 904, 1637, 1642, 1838, 1842, 1939, 2000, 2285, 2286, 2743, 2746, 2798, 2799, 2873, 2882, 2988, 2991, 3251, 3257, 3684, 3685])])])),
            (130, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 164, 166, 168, 170, 173, 175, 177, 179, 181, 3267, 3269, 3272, 3275, 3277, 3279, 3281, 3283, 3285, 3329, 3331, 3333, 3335, 3338, 3342, 3344, 3351, 3353, 3373, 3375, 3388, 3390, 3393, 3396, 3398, 3403, 3405]), Anchor::Lits(&[280, 293, 330, 331, 332, 1620, 1624, 1625, 1626, 1629, 1654, 1655, 1656, 1657, 1658, 1701, 1702, 1709, 1710, 1711, 2356, 2357, 2358, 2359, 2360, 3427, 3431, 3481, 3482, 3490])]), Anchor::All(&[Anchor::Lits(&[5525, 5529, 5846, 6518, 7778]), Anchor::Lits(&[208, 731, 1357, 2528, 3786]), Anchor::Lits(&[4710, 4725, 5063, 6384, 6459, 6699, 6809, 6811, 6868, 6960, 7127, 7231, 7637])])]), Anchor::Lits(&[791, 800, 814, 1169, 1170, 1613, 1617, 1811, 1864, 2463, 2515, 2517, 2692, 2787, 2788, 2828, 2859, 2905, 2944, 3104, 3307, 3337, 3502, 3602]), Anchor::Lits(&[15, 17, 19, 21, 24, 26, 28, 32, 34, 165, 167, 169, 171, 174, 176, 178, 180, 182, 3268, 3270, 3273, 3276, 3278, 3280, 3282, 3284, 3286, 3330, 3332, 3334, 3336, 3339, 3343, 3345, 3352, 3354, 3374, 3376, 3389, 3391, 3394, 3397, 3399, 3404, 3406, 4711, 4726, 5064, 6385, 6460, 6700, 6810, 6812, 6869, 6961, 7128, 7232, 7638])])),
            (134, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[270, 271, 272, 275, 276, 548, 1521, 1527, 1746, 1747, 2117, 2136, 2139, 2976, 2985, 3748]), Anchor::Any(&[Anchor::Lits(&[4082, 4085, 4186, 4255, 4707, 4709, 4755, 4756, 4757, 4758, 4808, 5027, 5030, 5031, 5032, 5033, 5034, 5037, 5038, 5039, 5191, 6368, 6406, 6454, 6515, 6604, 6955, 6979, 7109, 7126, 7636, 7675]), Anchor::All(&[Anchor::Lits(&[5344]), Anchor::Lits(&[55, 114, 2399, 2441, 2916, 3213])]), Anchor::All(&[Anchor::Lits(&[4669, 5046, 5061, 5197, 5280, 5814, 6549, 6992, 7651, 7710, 7736]), Anchor::Lits(&[3432, 3434, 3451, 3455, 3456, 3457, 3458, 3475, 3476, 3479, 3486, 3489, 3494])])])])),
            (135, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4185, 5436, 5526, 5881, 7644]), Anchor::All(&[Anchor::Lits(&[4398, 4399, 4431, 4688, 5072, 5395, 5397, 5640, 5944, 6864, 6865, 6956, 7153, 7623, 7931, 8298]), Anchor::Lits(&[4373, 4438, 4518, 4559, 4829, 5058, 5214, 5259, 5525, 5845, 5846, 5882, 6410, 6480, 6962, 7122, 7172, 7234, 7317])])]), Anchor::Lits(&[149, 427, 428, 469, 771, 1180, 1534, 1535, 1567, 1614, 1716, 1913, 2104, 2819, 2820, 2899, 3151, 3413, 3527, 3738, 3988])])),
            (136, "hijack-the-task", Anchor::Lits(&[5614, 6678])),
            (138, "instruction-field", Anchor::Lits(&[4119, 4120, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4153, 4154, 4155, 4158, 4159, 4160, 4161, 4162, 4343, 4344, 4345, 4348, 4349, 4350, 4351, 4352, 4441, 4442, 4443, 4446, 4447, 4448, 4449, 4450, 4552, 4554, 4557, 4558, 4660, 4661, 4662, 4663, 4664, 4665, 4666, 4667, 4794, 4796, 4799, 4800, 5623, 5625, 5629, 5631, 5851, 5852, 5853, 5854, 5855, 5856, 5857, 5858, 5909, 5911, 5927, 5928, 5929, 5932, 5933, 5934, 5935, 5936, 5946, 5947, 6225, 6227, 6228, 6229, 6361, 6362, 6365, 6367, 6620, 6624, 7216, 7217, 7218, 7223, 7224, 7225, 7226, 7228, 7263, 7264, 7266, 7267, 7633, 7634])),
            (141, "conceal-from-the-people", Anchor::Lits(&[495, 496, 497, 526, 527, 528, 556, 561, 567, 569, 570, 575, 577, 582, 587, 593, 595, 596, 601, 603, 940, 947, 957, 959, 960, 975, 978, 1006, 1014, 1022, 1024, 1025, 1031, 1033, 1043, 1051, 1059, 1061, 1062, 1068, 1070, 1087, 1094, 1105, 1107, 1108, 1123, 1126, 1970, 1987, 1998, 2161, 2169, 2182, 2184, 2185, 2201, 2204, 2530, 2531, 2532, 3758, 3764, 3770, 3772, 3773, 3779, 3781, 3828, 3834, 3840, 3842, 3843, 3849, 3851, 4689, 4816, 4852, 4869, 4870, 4884, 4885, 4892, 4893, 4894, 4895, 4896, 4898, 4913, 4917, 4944, 4973, 4974, 4988, 4989, 4996, 4997, 4998, 4999, 5000, 5002, 5017, 5021, 5871, 5873, 5874, 5875, 6045, 6051, 6052, 6066, 6067, 6073, 6074, 6075, 6076, 6077, 6081, 6098, 6101, 6661, 6959, 7152, 7997, 8011, 8013, 8024, 8027, 8032, 8033, 8034, 8035, 8036, 8038, 8052, 8059])),
            (142, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[212, 915, 916, 919, 920, 921, 1563, 1564, 2222, 2377, 2623, 3180, 3572, 3790, 3857, 7996]), Anchor::All(&[Anchor::Lits(&[249, 708, 709, 710, 712, 792, 1812, 2459, 2464, 2591, 2899, 2906, 3501, 3503]), Anchor::Lits(&[620, 674, 680, 1448, 1751, 2469, 2558, 2624, 2628, 2681, 2724])])])),
            (146, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[64, 161, 606, 623, 664, 673, 674, 772, 907, 1352, 1353, 1535, 1645, 1939, 2645, 2652, 2743, 2904, 3008, 3154, 3741, 3988, 4873, 4883, 4887, 4889, 4903, 4908, 4977, 4987, 4991, 4993, 5007, 5012, 6056, 6065, 6069, 6071, 6084, 6092, 6143, 7009, 7996]), Anchor::All(&[Anchor::Lits(&[2411]), Anchor::Lits(&[5818])])])),
            (148, "assert-a-falsehood", Anchor::Lits(&[4769, 7616, 7916, 7918, 7928])),
            (149, "user-kept-out-of-the-loop", Anchor::Lits(&[118, 119, 122, 123, 125, 131, 219, 220, 221, 222, 223, 231, 252, 281, 282, 284, 285, 286, 287, 288, 289, 290, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 307, 317, 320, 323, 324, 325, 326, 327, 1181, 1221, 1223, 1225, 1226, 1228, 1237, 1439, 1441, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 2382, 2383, 2384, 2385, 2386, 2387, 2482, 2483, 2484, 2485, 2486, 2487, 2501, 2502, 2503, 2504, 2505, 2506, 2748, 2749, 2750, 2751, 2752, 2753, 2990, 3560, 3608, 3611, 3613, 3614, 3615, 3616, 3621, 3622, 3623, 3624, 3625, 3626, 6143])),
            (150, "kept-from-the-record", Anchor::Any(&[Anchor::Lits(&[5783, 5787, 5788, 5793, 5794, 5795, 5796, 5819, 5820, 5821, 5822, 5823, 5824, 5825, 6186, 6295, 6296, 6297, 6298, 6299, 6300, 6301, 6302, 6303, 6304, 6305, 6306, 6307, 6308, 6309, 6310, 6311, 6312, 7092, 7093, 7094, 7095]), Anchor::All(&[Anchor::Lits(&[263, 431, 1349, 1530, 1819, 2282, 3000]), Anchor::Lits(&[1021, 1058, 1103, 1519, 2118, 2134, 2137, 2180, 2181, 2986, 2987, 3750, 3820])]), Anchor::All(&[Anchor::Lits(&[63, 530, 622, 672, 2644, 3134, 3153]), Anchor::Lits(&[4298, 4306, 4882, 4986, 7945, 8060])])])),
            (152, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6508, 6509, 6511, 6603]), Anchor::All(&[Anchor::Lits(&[5040, 5323, 5337, 5419, 5434, 5482, 5807, 6320, 6383, 6404, 6507, 6510, 6512, 6603, 6629, 6630, 8071]), Anchor::Lits(&[4394, 4395, 4659, 4668, 4760, 5043, 5192, 5196, 5279, 5813, 5868, 5915, 5945, 6548, 6641, 6644, 6741, 6943, 6991, 7004, 7008, 7171, 7213, 7650, 7709, 7735, 8068])])]), Anchor::Lits(&[422, 423, 760, 763, 841, 1148, 1168, 1266, 1275, 1378, 1828, 1905, 2079, 2110, 2508, 2510, 2511, 2548, 2589, 2631, 2635, 2739, 2870, 2921, 2923, 2977, 2982, 3179, 3211, 3533, 3584, 3596, 3860])])),
            (155, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[4653, 4654, 4655, 4656, 4657, 4658, 4831, 4832, 4833, 4834, 4835, 4836, 4837, 4838, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 4846, 4847, 4848, 5387, 5388, 5389, 5390, 5391, 5392, 5428, 5429, 5430, 5431, 5432, 5433, 6466, 6467, 6468, 6469, 6470, 6471, 6649, 6650, 6651, 6652, 6653, 6654, 6655, 6656, 6657, 6658, 6659, 6660, 6702, 6703, 6704, 6705, 6706, 6707, 7174, 7175, 7176, 7177, 7178, 7179, 7779, 7780, 7781, 7782, 7783, 7784, 7785, 7786, 7787, 7790, 7791, 7792]), Anchor::Lits(&[4473, 5213, 5865, 6516, 6763])])),
            (156, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[13, 163, 172, 213, 2126, 3098]), Anchor::All(&[Anchor::Lits(&[4668, 5192, 5196, 5279, 5813, 5915, 6517, 6548, 6641, 6741, 6991, 7004, 7008, 7171, 7213, 7650, 7735]), Anchor::Lits(&[7625, 7626, 7627, 7628, 7629, 7630, 7957, 7958, 7959, 7975, 7979, 7980]), Anchor::Lits(&[54, 70, 247, 500, 1167, 1183, 1414, 1418, 1562, 1632, 1821, 2398, 2938, 3012, 3258, 3601, 3695])])])),
            (157, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[4083, 4084, 4256, 4258, 4403, 4711, 6241, 6453, 6455, 6460, 6464, 6473, 6605, 6606, 6708, 6956, 6961, 6997]), Anchor::Lits(&[609, 908, 1148, 1160, 1168, 1453, 2415, 2468, 2548, 2582, 2678, 2796, 2798, 2921, 2977, 2988, 3251, 3569])])),
            (158, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4427, 4850, 4942, 5828, 5829, 6043, 6143, 6167, 7996]), Anchor::Lits(&[107, 109, 337, 343, 481, 482, 610, 611, 1431, 1444, 1637, 1642, 1730, 1731, 1838, 1892, 1893, 1971, 1988, 1999, 2001, 2002, 2003, 2285, 2286, 3251, 3257, 3673, 3674]), Anchor::Lits(&[4139, 4272, 4291, 4471, 4506, 4533, 4562, 4727, 5023, 5339, 5573, 5653, 5826, 5880, 5986, 6381, 6602, 6954, 7014, 7016, 7108, 7460])]), Anchor::All(&[Anchor::Lits(&[4388, 4389, 4466, 4468, 4930, 4931, 5324, 5335, 7035, 7037]), Anchor::Lits(&[4272, 4471, 4506, 4507, 4508, 6818, 7014, 7016, 7622])])]), Anchor::Lits(&[407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 464, 507, 508, 509, 511, 513, 514, 518, 519, 520, 521, 522, 523, 925, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 1072, 1466, 1467, 1468, 1469, 1470, 1471, 1473, 1474, 1475, 1476, 1477, 1478, 1839, 1840, 2149, 2238, 2257, 3015, 3016, 3025, 3026, 3035, 3041, 3046, 3047, 3048, 3049, 3050, 3051, 3796])])),
            (159, "send-to-a-raw-address", Anchor::Lits(&[713, 905, 916, 920, 922, 923, 2800, 3053, 3093, 3249, 3695, 4402, 4460, 4714, 5190, 5638, 6118, 6517, 6548, 6641, 6764, 6991, 7171, 7656, 7735, 7880])),
            (160, "send-outside-the-company", Anchor::Lits(&[1278, 1483, 3369, 6390, 6508, 6567, 6634])),
            (161, "disclose-secret-values", Anchor::Lits(&[650, 652, 734, 738, 834, 1196, 1200, 1634, 2519, 2520, 2583, 3578, 3587, 3588, 3644, 3645, 4259, 4511, 4517, 4519, 4520, 4547, 4787, 4788, 5831, 5832, 6240, 6452, 6957, 6958])),
            (162, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::Lits(&[55, 96, 120, 213, 374, 653, 729, 742, 799, 1277, 1375, 1385, 1619, 1698, 1699, 2399, 2419, 2422, 2441, 2449, 2579, 2597, 2679, 2759, 2916, 3194, 3213, 3367, 3368, 3618, 3650, 4124, 4692, 4693, 4694, 4695, 4701, 4705, 4757, 5026, 5027, 5028, 5029, 5031, 5033, 5035, 5036, 5198, 5274, 5318, 5319, 5574, 6217, 6403, 6637, 6643, 6688, 6784, 6813, 6831, 7188, 7675, 7788]), Anchor::All(&[Anchor::Lits(&[4465, 4753, 4771, 4807, 4810, 5024, 5188, 5835, 5866, 6729, 6733, 6736, 7208, 7210, 7241, 7678, 7683, 7728]), Anchor::Lits(&[12, 139, 367, 370, 388, 389, 687, 1732, 1733, 1831, 1920, 2077, 2113, 2145, 2146, 2147, 2461, 2462, 2826, 2827, 2942, 2943, 3568])]), Anchor::All(&[Anchor::Lits(&[4669, 5280, 5869, 6549, 6642, 6992, 7005, 7736]), Anchor::Lits(&[348, 349, 350, 351, 352, 353, 1703, 1704, 1705, 1706, 1707, 1708, 3451, 3456, 3457, 3458, 3479, 3480])]), Anchor::All(&[Anchor::Lits(&[248, 791, 1811, 2458, 3500]), Anchor::Lits(&[6462, 6549, 6636, 6992, 7005])]), Anchor::All(&[Anchor::Lits(&[5025]), Anchor::Lits(&[817, 819, 2891, 3230, 3682])]), Anchor::All(&[Anchor::Lits(&[5078, 6237, 6274, 7948]), Anchor::Lits(&[4725, 4731, 5416, 5864, 6699, 6868, 6950, 7231])]), Anchor::All(&[Anchor::Lits(&[4754, 5025, 6638, 6734, 7676, 7948]), Anchor::Lits(&[114, 1151, 1193, 1217, 3744])]), Anchor::All(&[Anchor::Lits(&[4465, 4753, 4771, 4807, 4810, 5024, 5188, 5835, 5866, 6729, 6733, 6736, 7208, 7210, 7241, 7678, 7683, 7728]), Anchor::Lits(&[12, 139, 367, 370, 388, 389, 687, 1732, 1733, 1831, 1920, 2077, 2113, 2145, 2146, 2147, 2461, 2462, 2826, 2827, 2942, 2943, 3568])]), Anchor::All(&[Anchor::Lits(&[4669, 5280, 5869, 6549, 6642, 6992, 7005, 7736]), Anchor::Lits(&[348, 349, 350, 351, 352, 353, 1703, 1704, 1705, 1706, 1707, 1708, 3451, 3456, 3457, 3458, 3479, 3480])]), Anchor::All(&[Anchor::Lits(&[248, 791, 1811, 2458, 3500]), Anchor::Lits(&[6462, 6549, 6636, 6992, 7005])]), Anchor::All(&[Anchor::Lits(&[5025]), Anchor::Lits(&[817, 819, 2891, 3230, 3682])]), Anchor::All(&[Anchor::Lits(&[5078, 6237, 6274, 7948]), Anchor::Lits(&[4725, 4731, 5416, 5864, 6699, 6868, 6950, 7231])]), Anchor::All(&[Anchor::Lits(&[4754, 5025, 6638, 6734, 7676, 7948]), Anchor::Lits(&[114, 1151, 1193, 1217, 3744])])])),
            (163, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[4854, 4856, 4857, 4858, 4859, 4860, 4861, 4862, 4863, 4864, 4865, 4869, 4870, 4871, 4875, 4902, 4909, 4910, 4914, 4915, 4946, 4948, 4949, 4950, 4951, 4952, 4953, 4954, 4955, 4956, 4957, 4958, 4959, 4960, 4961, 4962, 4963, 4964, 4965, 4966, 4967, 4973, 4974, 4975, 4979, 5006, 5013, 5014, 5018, 5019, 6046, 6051, 6052, 6053, 6058, 6083, 6093, 6094, 6099, 6100, 6122, 6144, 6146, 6147, 6148, 6149, 6153, 6154, 6155, 6156, 6157, 6166, 6168, 6169, 6170, 6171, 6172, 6173, 6174, 6175, 6176, 6177, 7996, 8113, 8114, 8115, 8116, 8117, 8118, 8119, 8120, 8121, 8122, 8125, 8126, 8127, 8128, 8129, 8130, 8131, 8132, 8133, 8134]), Anchor::All(&[Anchor::Lits(&[4272, 4521, 4608, 4609, 5041]), Anchor::Lits(&[4465, 7034])]), Anchor::All(&[Anchor::Lits(&[4272, 4521, 4608, 4609, 5041]), Anchor::Lits(&[4465, 7034])])])),
            (164, "history-wiped-after-the-act", Anchor::Lits(&[870, 4400, 4546, 4553, 4628, 5291, 5292, 5296, 5300, 5417, 5418, 6631, 6648, 6690, 6998, 7001, 7007, 7045, 7316, 7729, 8304])),
            (165, "report-an-outcome-regardless", Anchor::Lits(&[1736, 2237, 2705, 5484, 5490, 5491, 5492, 5493, 5499, 5500, 5501, 5502, 5503, 5506, 5643, 5644, 5645, 5649, 7854, 7856, 7857, 7867])),
            (166, "agent-permissions-opened", Anchor::Lits(&[135, 137, 143, 145, 146, 153, 265, 397, 512, 524, 811, 812, 2495, 3876])),
            (167, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[506, 517, 676, 677, 835, 887, 898, 1134, 1443, 2119, 2730, 2734, 2809, 3007, 3014, 3045, 3207, 3558, 3582]), Anchor::Lits(&[489, 656, 659, 813, 869, 1446, 1451, 1452, 2632, 2754, 2755, 2869, 2900, 2901, 2902, 2903, 2907, 2908, 2912, 2913, 2914, 2915, 3238, 3550])])),
            (168, "risky-action-on-a-later-trigger", Anchor::Lits(&[83, 84, 85, 86, 1230, 1396, 1479, 1737, 1738, 1739, 1744, 1745, 4341, 4417, 5312, 5484, 5485, 5486, 5487, 5488, 5489, 5494, 5495, 5496, 5497, 5498, 5499, 5500, 5501, 5502, 5503, 5808, 5809, 5810, 5811, 6117, 6318, 6319, 7463, 7917, 7919, 7920, 7921, 7922, 7923, 7925, 7929, 7930])),
            (173, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[96, 232, 653, 683, 742, 803, 1238, 1277, 1385, 1502, 2373, 2378, 2419, 2449, 2623, 2978, 3055, 3599, 3650]), Anchor::All(&[Anchor::Lits(&[620, 624, 628, 674, 680, 702, 905, 916, 1206, 1254, 1376, 1448, 1481, 1484, 1568, 1614, 1751, 1774, 1865, 1913, 1927, 2287, 2556, 2625, 2626, 2628, 2647, 2681, 2695, 2724, 2935, 2938, 3001, 3053, 3106, 3108, 3135, 3180, 3247, 3249, 3410, 3566, 3603, 3609, 3720, 3746]), Anchor::Lits(&[4123, 4260, 4371, 4560, 4668, 4830, 5024, 5043, 5065, 5071, 5279, 5405, 5568, 5611, 5817, 5862, 5907, 6461, 6463, 6517, 6548, 6592, 6635, 6641, 6644, 6737, 6943, 6991, 7004, 7006, 7040, 7146, 7154, 7169, 7617, 7735, 8068]), Anchor::Any(&[Anchor::Lits(&[4257, 4490, 4710, 4729, 5062, 5420, 6386, 6456, 6459, 6513, 6923, 6960, 6983, 7110, 7127]), Anchor::All(&[Anchor::Lits(&[4165, 4561, 5075, 5097, 5301, 6679, 7714, 7716, 7935]), Anchor::Lits(&[71, 667, 736, 797, 814, 1147, 1170, 1274, 1279, 1315, 1868, 2414, 2692, 2785, 2823, 3230])]), Anchor::All(&[Anchor::Lits(&[665, 797, 814, 867, 1147, 1274, 1279, 1315, 1635, 1868, 2692, 2788, 2828, 3230]), Anchor::Lits(&[4490, 4492, 4710, 4712, 4717, 5062, 5063, 5066, 5393, 5435, 5891, 6454, 6472, 6481, 6513, 6515, 6923, 6925, 6960, 7126, 7637, 7789])])])]), Anchor::All(&[Anchor::Lits(&[4048, 4050, 4051, 4052, 4054, 4056, 4057, 4058, 4059, 4193, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4696, 4697, 4698, 4699, 4700, 4702, 4703, 4704, 4706, 5216, 5217, 5218, 5219, 5220, 5221, 5222, 5223, 5224, 6105, 6106, 6107, 6108, 6109, 6111, 6112, 6113, 6114, 6340, 6341, 6342, 6343, 6344, 6345, 6346, 6347, 6348, 6550, 6551, 6552, 6553, 6554, 6555, 6556, 6557, 6558, 6669, 6670, 6671, 6672, 6673, 6674, 6675, 6676, 6677, 7133, 7134, 7135, 7136, 7137, 7139, 7140, 7141, 7142, 7448, 7449, 7450, 7451, 7458, 7469, 7471, 7472, 7483]), Anchor::Lits(&[4691, 5215, 6339, 6549, 6668, 7131]), Anchor::Lits(&[361, 731, 1554, 1634, 1872, 3266, 3271, 3274, 3786])])]), Anchor::Lits(&[69, 253, 360, 679, 763, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 784, 785, 914, 1134, 1148, 1172, 1179, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 1378, 1551, 1633, 1653, 1830, 1879, 2069, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2371, 2372, 2375, 2376, 2468, 2470, 2471, 2516, 2548, 2550, 2551, 2582, 2627, 2631, 2635, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672, 2735, 2870, 2921, 2922, 2977, 2980, 3056, 3112, 3113, 3115, 3116, 3117, 3118, 3119, 3120, 3122, 3123, 3124, 3125, 3126, 3133, 3155, 3178, 3412, 3596, 3597, 3860]), Anchor::Lits(&[72, 97, 98, 233, 621, 625, 629, 654, 655, 666, 668, 675, 678, 681, 682, 684, 703, 737, 743, 744, 798, 804, 815, 818, 868, 906, 917, 918, 1148, 1171, 1207, 1208, 1239, 1255, 1275, 1278, 1280, 1316, 1377, 1386, 1387, 1449, 1450, 1482, 1485, 1503, 1504, 1569, 1615, 1636, 1638, 1752, 1775, 1866, 1869, 1914, 1928, 2288, 2374, 2379, 2415, 2420, 2421, 2450, 2452, 2557, 2624, 2629, 2648, 2682, 2693, 2696, 2725, 2786, 2789, 2824, 2829, 2936, 2939, 3002, 3054, 3107, 3109, 3136, 3181, 3182, 3231, 3232, 3248, 3250, 3411, 3567, 3600, 3604, 3605, 3610, 3651, 3652, 3721, 3747, 4258, 4491, 4711, 4730, 6387, 6457, 6460, 6514, 6924, 6961, 6984, 7111, 7128])])),
            (174, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[246, 251, 400, 458, 462, 554, 557, 558, 562, 563, 564, 565, 567, 575, 576, 580, 583, 584, 588, 589, 590, 591, 593, 601, 602, 670, 931, 941, 942, 948, 949, 950, 951, 957, 975, 977, 1002, 1007, 1008, 1016, 1017, 1018, 1019, 1022, 1031, 1032, 1039, 1044, 1045, 1053, 1054, 1055, 1056, 1059, 1068, 1069, 1078, 1088, 1089, 1095, 1096, 1097, 1098, 1105, 1123, 1125, 1437, 1517, 1565, 1627, 1628, 1650, 1834, 1909, 2154, 2162, 2163, 2170, 2171, 2172, 2174, 2182, 2201, 2203, 2270, 2397, 2412, 2649, 2704, 2715, 2822, 2890, 2989, 3110, 3201, 3559, 3573, 3581, 3754, 3759, 3760, 3765, 3766, 3767, 3768, 3770, 3779, 3780, 3824, 3829, 3830, 3835, 3836, 3837, 3838, 3840, 3849, 3850, 4866, 4867, 4872, 4874, 4878, 4886, 4888, 4891, 4897, 4899, 4904, 4906, 4911, 4912, 4913, 4970, 4971, 4976, 4978, 4982, 4990, 4992, 4995, 5001, 5003, 5008, 5010, 5015, 5016, 5017, 6049, 6050, 6055, 6057, 6059, 6068, 6070, 6072, 6080, 6082, 6086, 6089, 6096, 6097, 6098, 6140, 6143, 6158, 6159, 6160, 6161, 6162, 6163, 6164, 6185, 6187, 6188, 6189, 6190, 6191, 6192, 6193, 6210, 6211, 6212, 6213, 6214, 6215, 6216, 8004, 8009, 8010, 8016, 8017, 8021, 8029, 8030, 8031, 8037, 8039, 8042, 8047, 8050, 8051, 8052, 8112, 8124, 8156]), Anchor::All(&[Anchor::Lits(&[214, 657, 1348, 2072, 2416, 2740, 2745, 2766, 3101, 3187, 3532, 3707]), Anchor::Lits(&[1390, 2411])]), Anchor::All(&[Anchor::Lits(&[107, 111, 1168, 1171, 2069, 2073, 2283, 2284, 3685, 3686]), Anchor::Lits(&[4127, 4759, 5024, 5196, 5343, 5863, 5884, 6104, 6115, 6458, 6543, 6607, 6834, 7004, 7795])])])),
            (175, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[4141, 4631, 4646, 5198, 5287, 5323, 5434, 6390, 6391, 6411, 6508, 6603, 6628, 6688, 7502, 7503, 7830, 8071]), Anchor::Lits(&[250, 425, 426, 607, 608, 791, 795, 801, 802, 805, 806, 807, 808, 1173, 1174, 1529, 1566, 1931, 2455, 2456, 2460, 2463, 2473, 2474, 2477, 2515, 2859, 2860, 2905, 3092, 3103, 3612, 3617, 3627])])),
            (177, "agent-secrets-spilled", Anchor::Lits(&[248, 711, 790, 1197, 1202, 2458, 2590, 2898, 3500])),
            (178, "ownership-of-everything-moved", Anchor::Lits(&[2442, 2443])),
            (179, "someone-elses-login-taken", Anchor::Lits(&[59, 386, 436, 704, 1438, 1881, 1882, 1887, 1890, 2999, 3005, 3796, 5531, 5532, 5889, 6546, 6547])),
            (180, "ownership-to-a-reader", Anchor::Lits(&[2443])),
            (181, "data-moved-for-a-private-person", Anchor::All(&[Anchor::Lits(&[762, 763, 1132, 1133, 1148, 1149, 1168, 1171, 1275, 1276, 2110, 2635, 2739, 2921, 2923, 2977, 2979, 3211, 3584, 3585, 3596, 3598]), Anchor::Lits(&[488, 499, 501, 502, 769, 810, 1247, 1248, 1249, 1250, 1314, 1354, 1370, 1371, 1372, 1373, 1374, 1388, 1389, 1447, 1583, 1924, 2098, 2107, 2114, 2140, 2141, 2312, 2313, 2445, 2451, 2818, 3011, 3745])])),
            (182, "admin-role-for-everyone", Anchor::Lits(&[56, 2400, 2917, 3619])),
            (183, "secrets-shipped-by-automation", Anchor::All(&[Anchor::Lits(&[62, 107, 796, 1560, 1561, 1776, 2897, 3242, 3547, 3854]), Anchor::Lits(&[762, 1168, 1171, 1266, 1267, 1378, 1379, 1905, 1906, 2548, 2551, 2633, 2921, 2923, 2982, 2983, 3211, 3212, 3596, 3598])])),
            (184, "override-instructions-es-pt-it", Anchor::Lits(&[4548, 4549, 4803, 4805, 4806, 5569, 5570, 5571, 5616, 5618, 5652, 6220, 6357, 6359, 6370, 6721, 6723, 6725])),
            (185, "override-instructions-fr", Anchor::Lits(&[3513, 5510, 6033, 6034, 6380])),
            (186, "override-instructions-de-nl", Anchor::Lits(&[4246, 4415, 5620, 5636, 6338, 6718, 6719, 6826, 6827, 6951, 7841])),
            (187, "override-instructions-pl-tr", Anchor::Lits(&[5521, 5803, 5805, 6120, 6545, 7250, 8072, 8295])),
            (188, "override-instructions-ru", Anchor::Lits(&[5520, 6032, 6379, 8293, 8312, 8313, 8317, 8318, 8322])),
            (189, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[58, 2112, 2641, 2642, 2851, 2852, 3628]), Anchor::Lits(&[160, 1798, 1902, 1903, 1904, 2078, 2981])])),
            (191, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[5632, 5633, 5634, 5635, 5780, 6027, 6028, 6278, 6279, 6534, 6559, 6560, 6722, 6727, 6889, 7038, 7039, 7230, 7737, 7738, 7739, 7829, 8310, 8317, 8323])),
            (192, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[37, 68, 424, 476, 1553, 1584, 1585, 1734, 1769, 1797, 1814, 1876, 1899, 2513, 2643, 3672]), Anchor::Lits(&[113, 269, 363, 638, 639, 884, 1582, 1694, 1695, 1696, 1837, 2446, 2478, 2488, 2489, 2512, 2657, 3233, 3638])])),
            (194, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[614, 1342, 1813, 1853, 1859, 2142, 2673, 2674, 2709, 2772, 2843, 2929, 2937, 3188, 3678, 4002, 4008, 5230, 5802, 5806, 6942, 7031, 7695, 7703, 7732]), Anchor::All(&[Anchor::Lits(&[615, 745, 1335, 1417, 1855, 1858, 2710, 2777]), Anchor::Lits(&[1845, 2868])]), Anchor::All(&[Anchor::Lits(&[463, 1161, 1330, 1494, 2706, 2803, 2995, 3987]), Anchor::Lits(&[6281])]), Anchor::All(&[Anchor::Lits(&[614, 1342, 1854, 1859, 2714, 2773]), Anchor::Lits(&[2920])]), Anchor::All(&[Anchor::Lits(&[4396, 4414, 5755, 8294]), Anchor::Lits(&[468])]), Anchor::All(&[Anchor::Lits(&[5229, 5801, 5805, 7030]), Anchor::Lits(&[2314, 2315, 3013, 3875])]), Anchor::All(&[Anchor::Lits(&[453, 613, 1330, 1490, 2711, 2783]), Anchor::Lits(&[3634])]), Anchor::All(&[Anchor::Lits(&[452, 454, 455, 613, 1335, 1489, 1493, 2711, 2782, 2783, 2928]), Anchor::Lits(&[3570, 3635])]), Anchor::All(&[Anchor::Lits(&[616, 617, 618, 1332, 1335, 1345, 1346, 1858, 2299, 2309, 2317, 2559, 2560, 2561, 2716, 2776]), Anchor::Lits(&[468, 1313])]), Anchor::All(&[Anchor::Lits(&[3241]), Anchor::Lits(&[362, 429, 1330, 2480, 2919, 2927])])])),
            (196, "reveal-system-prompt-i18n", Anchor::Lits(&[210, 720, 721, 722, 723, 724, 1426, 1427, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1684, 1686, 1687, 1688, 1689, 1693, 1700, 1729, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1937, 1938, 2070, 2071, 2074, 2075, 2361, 2529, 2607, 2608, 2609, 2610, 2611, 2614, 2615, 3214, 3215, 3216, 3224, 3227, 3228, 3229, 3234, 3571, 3606, 3654, 3659, 4015, 4037, 4038, 5322, 7032, 7033])),
            (198, "disable-safety-i18n", Anchor::Lits(&[364, 466, 467, 690, 752, 753, 754, 844, 1336, 1337, 1339, 1341, 1343, 1344, 1347, 1416, 1500, 1510, 1511, 1780, 2618, 2619, 2894, 2993, 2994, 2995, 3548, 3649, 3655, 3656, 3984, 4007, 4013, 4014, 4034, 4045])),
            (200, "stop-following-instructions-i18n", Anchor::Lits(&[217, 434, 719, 881, 1682, 1697, 2706, 2712, 2803, 3667, 4802, 4804, 5615, 5617, 6202, 6203, 6204, 6205, 6219, 6356, 6358, 6720, 6724])),
            (202, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[4789, 5085, 5086, 5507, 5511, 5517, 7832, 7833]), Anchor::All(&[Anchor::Lits(&[4768, 5508, 5511, 6288, 6289, 6290]), Anchor::Lits(&[7631, 7632])])])),
            (203, "instructions-void-de", Anchor::Lits(&[377, 1552, 2215, 2216, 3580])),
            (204, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[460, 653, 1380, 1640, 1641, 1826, 1900, 1901, 1934, 2509, 2616, 2617, 3630, 3631, 3636, 3637, 3661, 6194, 6195, 6196, 6197, 6198, 6200, 6201, 6931, 6936, 6938, 6940]), Anchor::All(&[Anchor::Lits(&[406, 885, 912, 1639, 2004, 2447, 2575, 3003]), Anchor::Lits(&[6023, 6029, 6030, 6031, 6038, 6935, 6937])]), Anchor::All(&[Anchor::Lits(&[2212]), Anchor::Lits(&[5080, 5081, 5892, 6921, 6922, 7834])])])),
            (206, "authority-waives-controls-i18n", Anchor::Lits(&[401, 402, 403, 404, 405, 1205, 1425, 1428, 1430, 2490, 2498, 2499, 3105])),
            (207, "persona-without-rules-i18n", Anchor::Lits(&[22, 35, 36, 73, 101, 103, 866, 1146, 1770, 2391, 3556, 3646, 3663, 3664])),
            (208, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[4271, 4288, 4292, 4293, 4374, 4649, 4650, 5288, 5314, 5334, 6627, 7013]), Anchor::Lits(&[822, 823, 855, 857, 858, 859, 860, 861, 862, 863, 886, 900, 901, 2887, 2888, 4001])])),
            (209, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[248, 640, 647, 660, 662, 746, 788, 793, 1522, 1524, 1587, 1771, 1805, 1811, 1896, 2105, 2108, 2458, 2465, 2861, 2863, 2892, 2924, 2996, 3500, 3669, 4003, 4017, 4027, 4029]), Anchor::Lits(&[211, 730, 732, 809, 826, 875, 899, 913, 1209, 1355, 1823, 1824, 1832, 1833, 1835, 1836, 1843, 1867, 1898, 2111, 2116, 2311, 2316, 2388, 2658, 2659, 2688, 2850, 3099, 3205, 3206, 3660, 3666, 3668, 4011, 4035, 4046])]), Anchor::All(&[Anchor::Lits(&[249, 641, 648, 661, 663, 747, 748, 789, 794, 1523, 1525, 1588, 1772, 1773, 1806, 1807, 1812, 1897, 2106, 2109, 2459, 2464, 2466, 2467, 2862, 2864, 2893, 2925, 2926, 2997, 2998, 3501, 3503, 3670, 3671, 4004, 4018, 4028, 4030]), Anchor::Lits(&[4072, 4073, 4215, 4387, 4390, 4391, 4392, 4393, 4464, 4470, 5212, 5341, 5342, 5346, 5651, 5879, 5943, 6024, 6208, 6209, 6291, 6293, 8305, 8306])])])),
            (210, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[1818, 2553, 2554, 3640, 3641, 3642, 3643, 3818, 4016, 4019, 4020, 4021, 4032, 4033])),
            (211, "skip-approval-cjk", Anchor::Lits(&[8324, 8325, 8326, 8327, 8328, 8329, 8330, 8331, 8332, 8333, 8334, 8335, 8336, 8337, 8338, 8339])),
            (213, "admin-role-handed-out-i18n", Anchor::Lits(&[55, 2399, 2916, 3618, 4086, 6369, 6980, 7810])),
            (215, "control-weakened-i18n", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4784, 5778, 5779]), Anchor::All(&[Anchor::Lits(&[4164, 4472, 4734, 4764, 4765, 4766, 4767, 4813, 5059, 5060, 5073, 5074, 5378, 5394, 5778, 5779, 5867, 5890, 6206, 6465, 6666, 6667, 6732, 6735, 6814, 6828, 6829, 6830, 6947, 6948, 7205, 7206, 7207, 7254, 7624, 7635, 7828, 7838, 8070, 8296, 8299, 8311, 8316, 8319, 8320, 8321]), Anchor::Lits(&[12, 43, 44, 45, 53, 57, 91, 373, 375, 376, 378, 379, 380, 381, 382, 383, 384, 385, 390, 391, 843, 844, 984, 1131, 1188, 1612, 1777, 1778, 1780, 1781, 1801, 1880, 1915, 1916, 1917, 1918, 1919, 1920, 1922, 1923, 1932, 1933, 2077, 2143, 2144, 2148, 2479, 2481, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 2619, 2622, 2707, 2708, 2805, 2825, 3563, 3564, 3639, 3700, 3986, 4005, 4006, 4007, 4012, 4013, 4022, 4023, 4031, 4036])])]), Anchor::Lits(&[12, 91, 112, 525, 822, 823, 843, 844, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 900, 901, 902, 1163, 1164, 1165, 1166, 1185, 1186, 1187, 1191, 1192, 1516, 1531, 1532, 1612, 1795, 1796, 1799, 1800, 1894, 1895, 1917, 1925, 2077, 2268, 2472, 2653, 2654, 2655, 2656, 2728, 2729, 2733, 2790, 2791, 2792, 2794, 2795, 2806, 2807, 2808, 2887, 2888, 2889, 3196, 3197, 3198, 3199, 3200, 3240, 3426, 3498, 3499, 3632, 3633, 3662, 3873, 3874, 3985, 4001, 4009, 4010, 4024, 4025, 4026, 4039, 4040, 4041, 4042, 4043, 4044])])),
            (217, "destructive-without-confirmation-i18n", Anchor::Lits(&[4428, 4429, 6025, 6282, 6283, 6284, 6285, 6286, 6287, 6315, 6316, 6317, 6932, 6933, 6934, 6939, 6941, 6986, 6987, 6988, 6989, 6990, 6994, 6995, 6996, 7025, 7026, 7027, 7028, 7029, 7121, 7255, 7257, 7260, 7262, 7847, 8300, 8301, 8302, 8303, 8307, 8308, 8309, 8314, 8315])),
            (222, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[1512, 1513, 1514, 4430, 4785, 5754, 5798, 5799, 5800, 5804, 5949, 6026, 7256, 7258, 7259, 7261, 7699, 7700, 7701, 7702, 7826, 7827, 7842, 7843, 7844])),
            (224, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[770, 1433, 1434, 1435, 1436, 1440, 1442, 2264, 3529, 4417, 4435, 4436, 4437, 4882, 4916, 4936, 4940, 4986, 5020, 5242, 5244, 6165, 6277, 7041, 7042, 7043, 7044, 7059, 7075, 7119, 7120, 7691, 7946, 8026, 8061]), Anchor::All(&[Anchor::Lits(&[5407, 5411, 5412, 5414]), Anchor::Lits(&[1390])])])),
            (225, "trust-raised-for-later", Anchor::Lits(&[136, 148, 152, 155, 156, 157, 158, 266, 268, 396, 399, 1270, 1271, 4150, 4539, 4715, 4716, 5628, 5896, 6623, 6877, 7226, 7658, 7661, 7662, 7663])),
            (226, "admin-role-by-a-side-door", Anchor::Lits(&[2318, 2399, 2891, 3213, 4085, 4168, 4383, 4749, 5047, 5100, 5105, 5345, 5887, 6040, 6562, 6867, 6969, 6979, 7809])),
            (229, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[1763, 1764, 1765, 3690, 3691, 3693, 3899, 3901, 3906, 4219, 4223, 4224, 4225, 4226, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4243, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4370, 6745, 6746, 6747, 6748, 6749, 6750, 6751, 6752, 6753, 6754, 6755, 6756, 6757, 6758, 6759, 6760, 6761, 7269, 7271, 7275, 7280, 7281, 7282, 7284, 7286, 7291, 7293, 7302, 7303, 7304, 7310, 7312, 7313, 7315]), Anchor::All(&[Anchor::Lits(&[336, 634, 1189, 1652, 1891, 2650, 3679, 3681, 3819]), Anchor::Any(&[Anchor::Lits(&[4762, 4851, 4872, 4886, 4891, 4904, 4905, 4906, 4907, 4913, 4943, 4976, 4990, 4995, 5008, 5009, 5010, 5011, 5017, 5759, 5761, 5765, 5766, 5768, 5769, 5772, 5773, 5774, 5777, 5834, 5897, 5898, 5899, 5900, 5901, 5902, 5903, 5904, 5905, 5906, 6044, 6055, 6068, 6072, 6086, 6088, 6089, 6091, 6098, 6322, 6324, 6326, 6327, 6329, 6330, 6332, 6333, 6334, 6337, 6568]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5758, 6230, 6321, 7873, 7874, 7878, 7879, 8109, 8110, 8152, 8157]), Anchor::All(&[Anchor::Lits(&[5110, 5111, 5112, 5113, 5114, 5115, 5116, 5117, 5118, 5119, 5120, 5121, 5122, 5123, 5124, 5125, 5126, 5127, 5128, 5129, 5130, 5131, 5132, 5133, 5134, 5135, 5136, 5137, 5138, 5139, 5140, 5141, 5142, 5143, 5144, 5145, 5146, 5147, 5148, 5149, 5150, 5151, 5152, 5153, 5154, 5155, 5156, 5157, 5158, 5159, 5160, 5161, 5162, 5163, 5164, 5165, 5166, 5654, 5655, 5656, 5657, 5658, 5659, 5660, 5661, 5662, 5663, 5664, 5665, 5666, 5667, 5668, 5669, 5670, 5671, 5672, 5674, 5675, 5676, 5677, 5678, 5679, 5680, 5681, 5682, 5683, 5684, 5685, 5686, 5687, 5688, 5689, 5690, 5691, 5692, 5693, 5694, 5695, 5696, 5697, 5698, 5699, 5700, 5701, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 5709, 5710, 5711, 7323, 7324, 7325, 7326, 7327, 7328, 7329, 7330, 7331, 7332, 7333, 7334, 7335, 7336, 7337, 7338, 7339, 7340, 7341, 7342, 7343, 7344, 7345, 7346, 7347, 7348, 7349, 7350, 7351, 7352, 7353, 7354, 7355, 7356, 7357, 7358, 7359, 7360, 7361, 7362, 7363, 7364, 7365, 7366, 7367, 7368, 7369, 7370, 7371, 7372, 7373, 7374, 7375, 7376, 7377, 7378, 7379, 7557, 7558, 7559, 7560, 7561, 7562, 7563, 7564, 7565, 7566, 7567, 7568, 7569, 7570, 7571, 7572, 7573, 7574, 7575, 7578, 7579, 7580, 7581, 7582, 7583, 7584, 7585, 7586, 7587, 7588, 7589, 7590, 7591, 7592, 7593, 7594, 7595, 7596, 7597, 7598, 7599, 7600, 7601, 7602, 7603, 7604, 7605, 7606, 7607, 7608, 7609, 7610, 7611, 7612, 7613, 7614, 7615]), Anchor::Lits(&[4386, 5231, 5380, 5870, 6218, 6230, 6519, 6685, 6726, 6866, 6949, 7130])])]), Anchor::Lits(&[4217, 4534, 6742, 6789, 6944, 7268])])]), Anchor::Lits(&[214, 643, 845, 926, 938, 953, 955, 966, 968, 976, 979, 1073, 1085, 1100, 1102, 1114, 1116, 1124, 1127, 1782, 1783, 1786, 1787, 1789, 1790, 1791, 1792, 1793, 1846, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2150, 2159, 2176, 2178, 2193, 2194, 2202, 2205, 2343, 2344, 2347, 2348, 2350, 2351, 2352, 2353, 2354, 2571, 2740, 2763, 2872, 3251])])])),
            (230, "made-to-look-routine", Anchor::Lits(&[4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 5374, 5375, 5376, 6063, 6231, 6232, 6412, 6413, 6414, 6415, 6416, 6417, 6418, 6419, 6420, 6421, 6422, 6423, 6424, 6425, 6426, 6427, 6428, 6429, 6430, 6431, 6432, 6433, 6434, 6435, 6436, 6437, 6438, 6439, 6440, 6441, 6442, 6443, 6444, 6445, 6446, 6447, 6448, 6449, 6450, 6451, 7059, 7060, 7063, 7066, 7070, 7087, 7090, 7118, 7851, 7852, 7853, 7855, 7858, 7859, 7860, 7861, 7862, 7863, 7864, 7865, 7866, 7868, 7869, 7870, 7871, 7872, 7881, 7883, 7884, 7885, 7886, 7887, 7888, 7889, 7890, 7891])),
            (231, "own-action-left-out", Anchor::Lits(&[40, 2304, 2883, 2992, 3303, 3734])),
            (232, "disguised-by-a-bland-label", Anchor::Lits(&[185, 186, 192, 193, 194, 195, 197, 198, 199, 200, 202, 204, 205, 206, 207, 209, 3058, 3059, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3287, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 3450, 3459, 3460, 3461, 3462, 3463, 3464, 3465, 3466, 3467, 3468, 3469, 3470, 3471, 3472, 3473, 3474, 4682, 4683, 4684, 4685, 4686, 4687, 4738, 4739, 4740, 4741, 4742, 4743, 5200, 5201, 5202, 5203, 5204, 5205, 5206, 5207, 5208, 5209, 5210, 5211, 5781, 5784, 5785, 5786, 5789, 5790, 5791, 5792, 5916, 5917, 5918, 5919, 5920, 5921])),
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
            (101, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[336, 606, 609, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 624, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 1054, 1055, 1057, 1058, 1060, 1061, 1062, 1064, 1068, 1069, 1070, 1073, 1367]), Anchor::All(&[Anchor::Lits(&[1366, 1751, 1929, 2046, 2229, 2820, 2857, 2858, 3084]), Anchor::Lits(&[1053, 1056, 1059, 1065, 1067, 1071, 1074])])])),
            (102, "safety-config-off", Anchor::Lits(&[323, 338, 381, 386, 412, 1366, 1499, 1735, 1929, 1977, 2046, 2230, 2815, 2818, 2820, 2856, 2857, 2858, 2859, 2860, 3084])),
            (109, "no-more-rules", Anchor::Lits(&[2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2481, 2482])),
            (125, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[95, 302, 401, 455, 456, 471, 508, 509, 517, 594, 595, 596, 658, 665, 738, 746, 764, 806, 835, 838, 839, 842, 897, 1076, 1101, 1381, 1549, 1721, 1739, 1747, 2022, 2035, 2275, 2345, 2586, 3288, 3290, 3291, 3380, 4053, 4054]), Anchor::Lits(&[1084, 1089, 1292, 1363, 1368, 1443, 1587, 1590, 1593, 1594, 1656, 1728, 1729, 1746, 1755, 1757, 1758, 1789, 1796, 1830, 1834, 1836, 1842, 1849, 1855, 1857, 1863, 1864, 1892, 1895, 1936, 1967, 1972, 1973, 1975, 1991, 1993, 2028, 2042, 2165, 2220, 2225, 2231, 2244, 2270, 2273, 2278, 2343, 2378, 2384, 2390, 2446, 2452, 2458, 2544, 2579, 2580, 2625, 2661, 2665, 2750, 2751, 2812, 2813, 2814, 2819, 2821, 2826, 2828, 2833, 2836, 2837, 2848, 2854, 2861, 2874, 2878, 2880, 2908, 2909, 2913, 2942, 2945, 3032, 3035, 3073, 3123, 3126, 3127, 3129, 3135, 3144, 3197, 3198, 3250])]), Anchor::All(&[Anchor::Lits(&[1732, 1829, 2234, 2387, 2395, 2509, 2575, 2824, 2829]), Anchor::Lits(&[1101, 1508, 1509, 1549, 2401, 2816, 2842, 2973]), Anchor::Lits(&[1981, 3042])])])),
            (126, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[1732, 1829, 2234, 2395, 2509, 2542, 2576, 2580, 2670, 3030]), Anchor::Lits(&[1101, 1145, 1381, 1549, 1739, 1747, 2035, 2345, 2401, 2973]), Anchor::Lits(&[463, 510, 597, 666, 702, 765, 862, 3287])])),
            (131, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[454]), Anchor::Lits(&[1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050])])),
            (132, "send-to-a-beacon", Anchor::Lits(&[2112, 2113])),
            (133, "exfiltrate-to-a-drop", Anchor::Any(&[Anchor::Lits(&[1081, 1082, 1517, 2015, 2020, 2112, 2113, 2855, 3136, 3137]), Anchor::All(&[Anchor::Lits(&[1518, 1738, 1746, 1863, 1864, 1895, 1971, 1972, 1993, 2278, 2661, 2752, 2753, 2874, 3073, 3123, 3127, 3250]), Anchor::Lits(&[1447, 1589, 1592, 1730, 1859, 1861, 1862, 1965, 1969, 2047, 2240, 2380, 2466, 2537, 2657, 2754, 2830, 2944, 3142]), Anchor::Lits(&[840, 1517, 2015, 2020, 2112, 2113, 2855, 3043, 3044, 3045, 3046, 3047, 3048, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072])])])),
            (137, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1833, 1980, 2051, 2543, 3134]), Anchor::All(&[Anchor::Lits(&[1731]), Anchor::Lits(&[478, 3195])])]), Anchor::Lits(&[2949])])),
            (139, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[841, 842, 844, 845, 850, 853, 1112, 1152, 1155, 1158, 1159, 1167, 1170, 1173, 1174, 1202, 1203, 1204, 1205, 1374, 1438, 1508, 1716, 1717, 1718, 1719, 1721, 1736, 1739, 1747, 1791, 1792, 1793, 1794, 2048, 2228, 2348, 2349, 2350, 2351, 2352, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2368, 2391, 2392, 2393, 2394, 2401, 2570, 2571, 2572, 2573, 2618, 2668, 2817, 2838, 2839, 2840, 2841, 2843, 2844, 2845, 2846, 2871, 2955, 2956, 2957, 2958, 3036, 3037, 3038, 3039, 3079, 3080, 3081, 3082, 4283, 4284, 4307, 4334, 4375]), Anchor::All(&[Anchor::Lits(&[2089, 2234, 2387, 2395, 2509, 2585, 2673, 2824, 3040]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3532, 3533, 3535, 3536, 3538, 3549, 3550, 3576, 3577, 3579, 3580, 3582, 3593, 3594, 3620, 3621, 3623, 3624, 3626, 3637, 3638, 3664, 3665, 3667, 3668, 3670, 3681, 3682, 3708, 3709, 3711, 3712, 3714, 3725, 3726, 3752, 3753, 3755, 3756, 3758, 3769, 3770, 3796, 3797, 3799, 3800, 3802, 3813, 3814, 3840, 3841, 3843, 3844, 3846, 3857, 3858, 3884, 3885, 3887, 3888, 3890, 3901, 3902, 3928, 3929, 3931, 3932, 3934, 3945, 3946, 3972, 3973, 3975, 3976, 3978, 3989, 3990, 4016, 4017, 4019, 4020, 4022, 4033, 4034, 4062, 4063, 4065, 4066, 4068, 4079, 4080, 4106, 4107, 4109, 4110, 4112, 4123, 4124, 4150, 4151, 4153, 4154, 4156, 4167, 4168, 4194, 4195, 4197, 4198, 4200, 4211, 4212, 4238, 4239, 4241, 4242, 4244, 4255, 4256]), Anchor::Lits(&[1982, 1983, 1984, 1985, 1986, 1987, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 3043, 3044, 3045, 3046, 3047, 3048, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 57, 94, 95, 97, 100, 103, 115, 118, 141, 165, 166, 168, 169, 171, 182, 183, 194, 209, 210, 212, 213, 215, 226, 227, 238, 253, 254, 256, 257, 259, 270, 271, 282, 301, 302, 308, 312, 324, 356, 363, 405, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3328, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3372, 3532, 3533, 3535, 3536, 3538, 3549, 3550, 3561, 3576, 3577, 3579, 3580, 3582, 3593, 3594, 3605, 3620, 3621, 3623, 3624, 3626, 3637, 3638, 3649, 3664, 3665, 3667, 3668, 3670, 3681, 3682, 3693, 3708, 3709, 3711, 3712, 3714, 3725, 3726, 3737, 3752, 3753, 3755, 3756, 3758, 3769, 3770, 3781, 3796, 3797, 3799, 3800, 3802, 3813, 3814, 3825, 3840, 3841, 3843, 3844, 3846, 3857, 3858, 3869, 3884, 3885, 3887, 3888, 3890, 3901, 3902, 3913, 3928, 3929, 3931, 3932, 3934, 3945, 3946, 3957, 3972, 3973, 3975, 3976, 3978, 3989, 3990, 4001, 4016, 4017, 4019, 4020, 4022, 4033, 4034, 4045, 4062, 4063, 4065, 4066, 4068, 4079, 4080, 4091, 4106, 4107, 4109, 4110, 4112, 4123, 4124, 4135, 4150, 4151, 4153, 4154, 4156, 4167, 4168, 4179, 4194, 4195, 4197, 4198, 4200, 4211, 4212, 4223, 4238, 4239, 4241, 4242, 4244, 4255, 4256, 4267]), Anchor::Lits(&[1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 3256, 3257, 3258, 3259, 3260, 3261, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284])]), Anchor::All(&[Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3532, 3533, 3535, 3536, 3538, 3549, 3550, 3576, 3577, 3579, 3580, 3582, 3593, 3594, 3620, 3621, 3623, 3624, 3626, 3637, 3638, 3664, 3665, 3667, 3668, 3670, 3681, 3682, 3708, 3709, 3711, 3712, 3714, 3725, 3726, 3752, 3753, 3755, 3756, 3758, 3769, 3770, 3796, 3797, 3799, 3800, 3802, 3813, 3814, 3840, 3841, 3843, 3844, 3846, 3857, 3858, 3884, 3885, 3887, 3888, 3890, 3901, 3902, 3928, 3929, 3931, 3932, 3934, 3945, 3946, 3972, 3973, 3975, 3976, 3978, 3989, 3990, 4016, 4017, 4019, 4020, 4022, 4033, 4034, 4062, 4063, 4065, 4066, 4068, 4079, 4080, 4106, 4107, 4109, 4110, 4112, 4123, 4124, 4150, 4151, 4153, 4154, 4156, 4167, 4168, 4194, 4195, 4197, 4198, 4200, 4211, 4212, 4238, 4239, 4241, 4242, 4244, 4255, 4256]), Anchor::Lits(&[1982, 1983, 1984, 1985, 1986, 1987, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 3043, 3044, 3045, 3046, 3047, 3048, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072]), Anchor::Lits(&[511, 512, 513, 514, 515, 516, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 863, 864, 865, 866, 867, 868, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022])]), Anchor::All(&[Anchor::Lits(&[2227, 2667, 2814, 2847, 2870, 2953, 3083]), Anchor::Lits(&[2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164]), Anchor::Lits(&[9, 10, 12, 13, 17, 37, 39, 94, 95, 97, 100, 103, 115, 118, 165, 166, 168, 169, 171, 182, 183, 209, 210, 212, 213, 215, 226, 227, 253, 254, 256, 257, 259, 270, 271, 301, 302, 308, 312, 324, 356, 363, 3299, 3300, 3302, 3303, 3305, 3316, 3317, 3343, 3344, 3346, 3347, 3349, 3360, 3361, 3532, 3533, 3535, 3536, 3538, 3549, 3550, 3576, 3577, 3579, 3580, 3582, 3593, 3594, 3620, 3621, 3623, 3624, 3626, 3637, 3638, 3664, 3665, 3667, 3668, 3670, 3681, 3682, 3708, 3709, 3711, 3712, 3714, 3725, 3726, 3752, 3753, 3755, 3756, 3758, 3769, 3770, 3796, 3797, 3799, 3800, 3802, 3813, 3814, 3840, 3841, 3843, 3844, 3846, 3857, 3858, 3884, 3885, 3887, 3888, 3890, 3901, 3902, 3928, 3929, 3931, 3932, 3934, 3945, 3946, 3972, 3973, 3975, 3976, 3978, 3989, 3990, 4016, 4017, 4019, 4020, 4022, 4033, 4034, 4062, 4063, 4065, 4066, 4068, 4079, 4080, 4106, 4107, 4109, 4110, 4112, 4123, 4124, 4150, 4151, 4153, 4154, 4156, 4167, 4168, 4194, 4195, 4197, 4198, 4200, 4211, 4212, 4238, 4239, 4241, 4242, 4244, 4255, 4256])]), Anchor::All(&[Anchor::Lits(&[28, 32, 40, 41, 42, 60, 109, 112, 119, 120, 121, 147, 176, 179, 184, 185, 186, 197, 220, 223, 228, 229, 230, 241, 264, 267, 272, 273, 274, 285, 343, 351, 364, 365, 366, 415, 3310, 3313, 3318, 3319, 3320, 3331, 3354, 3357, 3362, 3363, 3364, 3375, 3543, 3546, 3551, 3552, 3553, 3564, 3587, 3590, 3595, 3596, 3597, 3608, 3631, 3634, 3639, 3640, 3641, 3652, 3675, 3678, 3683, 3684, 3685, 3696, 3719, 3722, 3727, 3728, 3729, 3740, 3763, 3766, 3771, 3772, 3773, 3784, 3807, 3810, 3815, 3816, 3817, 3828, 3851, 3854, 3859, 3860, 3861, 3872, 3895, 3898, 3903, 3904, 3905, 3916, 3939, 3942, 3947, 3948, 3949, 3960, 3983, 3986, 3991, 3992, 3993, 4004, 4027, 4030, 4035, 4036, 4037, 4048, 4073, 4076, 4081, 4082, 4083, 4094, 4117, 4120, 4125, 4126, 4127, 4138, 4161, 4164, 4169, 4170, 4171, 4182, 4205, 4208, 4213, 4214, 4215, 4226, 4249, 4252, 4257, 4258, 4259, 4270]), Anchor::Lits(&[1102, 1103, 1104, 1105, 1106, 1107, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1382, 1383, 1384, 1385, 1386, 1387, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1550, 1551, 1552, 1553, 1554, 1555, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 2402, 2403, 2404, 2405, 2406, 2407, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445])]), Anchor::All(&[Anchor::Lits(&[464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 479, 483, 484, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 598, 599, 600, 601, 602, 603, 604, 605, 607, 608, 610, 611, 612, 623, 625, 626, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737]), Anchor::Lits(&[1101, 1145, 1381, 1549, 1721, 1739, 1747, 2035, 2345, 2401]), Anchor::Lits(&[0, 1, 4, 85, 86, 87, 158, 159, 160, 202, 203, 204, 246, 247, 248, 290, 291, 294, 1108, 1109, 1110, 1117, 1118, 1119, 1165, 1166, 1179, 1213, 1214, 1215, 1389, 1390, 1391, 1415, 1416, 1417, 1556, 1557, 1558, 1560, 1561, 1562, 1722, 1723, 1724, 1725, 1726, 1727, 1740, 1741, 1742, 1743, 1744, 1745, 1748, 1749, 1750, 1752, 1753, 1754, 2036, 2037, 2038, 2039, 2040, 2041, 2346, 2347, 2353, 2364, 2365, 2366, 2408, 2409, 2410, 2424, 2425, 2426, 3292, 3293, 3294, 3336, 3337, 3338, 3525, 3526, 3527, 3569, 3570, 3571, 3613, 3614, 3615, 3657, 3658, 3659, 3701, 3702, 3703, 3745, 3746, 3747, 3789, 3790, 3791, 3833, 3834, 3835, 3877, 3878, 3879, 3921, 3922, 3923, 3965, 3966, 3967, 4009, 4010, 4011, 4055, 4056, 4057, 4099, 4100, 4101, 4143, 4144, 4145, 4187, 4188, 4189, 4231, 4232, 4233])]), Anchor::All(&[Anchor::Lits(&[1331, 1547, 2090, 2454, 2535]), Anchor::Lits(&[1145, 2247]), Anchor::Lits(&[1294, 2019])]), Anchor::All(&[Anchor::Lits(&[2510, 2511, 2512, 2513, 2514, 2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534]), Anchor::Lits(&[1101, 1145, 1381, 2116, 2411])]), Anchor::All(&[Anchor::Lits(&[2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508]), Anchor::Lits(&[2587, 2588, 2589, 2590, 2591, 2592, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2626, 2627, 2628, 2629, 2630, 2631, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654])]), Anchor::All(&[Anchor::Lits(&[1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1596, 1597, 1598, 1599, 1600, 1601, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1625, 1626, 1627, 1628, 1629, 1630, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1657, 1658, 1659, 1660, 1661, 1662, 1666, 1667, 1668, 1669, 1670, 1671, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 2285, 2286, 2287, 2288, 2289, 2290, 2294, 2295, 2296, 2297, 2298, 2299, 2303, 2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2755, 2756, 2757, 2758, 2759, 2760, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810]), Anchor::Lits(&[10, 30, 35, 95, 111, 113, 166, 178, 180, 210, 222, 224, 254, 266, 268, 302, 346, 354, 3300, 3312, 3314, 3344, 3356, 3358, 3533, 3545, 3547, 3577, 3589, 3591, 3621, 3633, 3635, 3665, 3677, 3679, 3709, 3721, 3723, 3753, 3765, 3767, 3797, 3809, 3811, 3841, 3853, 3855, 3885, 3897, 3899, 3929, 3941, 3943, 3973, 3985, 3987, 4017, 4029, 4031, 4063, 4075, 4077, 4107, 4119, 4121, 4151, 4163, 4165, 4195, 4207, 4209, 4239, 4251, 4253])])]), Anchor::Lits(&[1085, 1089, 1292, 1360, 1363, 1368, 1445, 1548, 1590, 1595, 1656, 1729, 1734, 1746, 1755, 1758, 1760, 1761, 1789, 1795, 1830, 1834, 1837, 1838, 1839, 1840, 1841, 1843, 1844, 1845, 1846, 1847, 1850, 1851, 1852, 1853, 1854, 1855, 1857, 1863, 1891, 1892, 1894, 1928, 1930, 1931, 1933, 1936, 1937, 1966, 1967, 1971, 1972, 1991, 1993, 2017, 2018, 2025, 2028, 2042, 2165, 2225, 2231, 2233, 2242, 2244, 2278, 2343, 2369, 2372, 2374, 2384, 2390, 2477, 2478, 2479, 2579, 2580, 2621, 2661, 2665, 2751, 2821, 2825, 2828, 2831, 2837, 2848, 2854, 2863, 2874, 2878, 2880, 2908, 2913, 2948, 2959, 2962, 3027, 3032, 3126, 3127, 3132, 3197, 3250, 3285, 4289, 4300, 4306, 4325, 4330, 4340, 4349, 4358, 4366, 4369, 4425, 4429])])),
            (140, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1081, 1082, 1099, 1358, 1517, 1583, 1860, 1976, 2013, 2015, 2016, 2020, 2021, 2027, 2029, 2034, 2045, 2112, 2113, 2139, 2276, 2344, 2375, 2376, 2541, 2574, 2578, 2623, 2671, 2855, 2865, 3026, 3074, 3090, 3091, 3136, 3137, 3139, 3140, 3143, 3252, 3253, 3286]), Anchor::All(&[Anchor::Lits(&[26, 29, 46, 48, 49, 50, 52, 106, 110, 129, 131, 132, 133, 134, 174, 177, 188, 190, 191, 192, 193, 218, 221, 232, 234, 235, 236, 237, 262, 265, 276, 278, 279, 280, 281, 337, 345, 379, 382, 385, 387, 392, 3308, 3311, 3322, 3324, 3325, 3326, 3327, 3352, 3355, 3366, 3368, 3369, 3370, 3371, 3541, 3544, 3555, 3557, 3558, 3559, 3560, 3585, 3588, 3599, 3601, 3602, 3603, 3604, 3629, 3632, 3643, 3645, 3646, 3647, 3648, 3673, 3676, 3687, 3689, 3690, 3691, 3692, 3717, 3720, 3731, 3733, 3734, 3735, 3736, 3761, 3764, 3775, 3777, 3778, 3779, 3780, 3805, 3808, 3819, 3821, 3822, 3823, 3824, 3849, 3852, 3863, 3865, 3866, 3867, 3868, 3893, 3896, 3907, 3909, 3910, 3911, 3912, 3937, 3940, 3951, 3953, 3954, 3955, 3956, 3981, 3984, 3995, 3997, 3998, 3999, 4000, 4025, 4028, 4039, 4041, 4042, 4043, 4044, 4071, 4074, 4085, 4087, 4088, 4089, 4090, 4115, 4118, 4129, 4131, 4132, 4133, 4134, 4159, 4162, 4173, 4175, 4176, 4177, 4178, 4203, 4206, 4217, 4219, 4220, 4221, 4222, 4247, 4250, 4261, 4263, 4264, 4265, 4266]), Anchor::Lits(&[1093, 1588, 1856, 1895, 1927, 2111, 2224, 2373, 2876, 2912, 2914, 3128, 3141])])]), Anchor::Lits(&[1519, 1624, 1746, 1790, 1930, 1931, 1932, 1934, 1935, 1971, 1972, 1993, 2033, 2242, 2243, 2271, 2274, 2278, 2281, 2374, 2382, 2383, 2399, 2656, 2661, 2672, 2752, 2753, 2827, 2862, 2874, 2907, 2946, 2948, 2950, 2963, 3075, 3076, 3077, 3122, 3123, 3127, 3251, 3262, 3391, 3392, 3411, 3412, 3413])])),
            (143, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1077, 1078, 1079, 1152, 1153, 1154, 1156, 1157, 1160, 1161, 1162, 1163, 1167, 1168, 1169, 1171, 1172, 1175, 1176, 1177, 1178, 1261, 1262, 1263, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1602, 1603, 1604, 1631, 1632, 1633, 1663, 1664, 1665, 1672, 1673, 1674, 1713, 1714, 1715, 1988, 1989, 1990, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2238, 2239, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2272, 2291, 2292, 2293, 2300, 2301, 2302, 2593, 2594, 2595, 2596, 2597, 2598, 2632, 2633, 2634, 2662, 2663, 2664, 2761, 2762, 2763, 2789, 2790, 2791, 3025, 3031, 3049, 3050, 3051, 3078, 3092, 3254, 3381, 3382, 3383, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 3467, 3471, 3472, 3488, 3490, 4304, 4305]), Anchor::All(&[Anchor::Lits(&[1101, 1373, 1380, 1444, 1511, 3085, 3384, 3388, 3389, 3390, 4283, 4284, 4334]), Anchor::Lits(&[10, 30, 35, 78, 79, 80, 302, 346, 354, 447, 448, 449, 517, 543, 544, 572, 573, 574, 658, 659, 660, 661, 662, 663])]), Anchor::All(&[Anchor::Lits(&[15, 16, 18, 19, 20, 21, 22, 23, 33, 34, 53, 54, 55, 56, 61, 62, 66, 67, 70, 71, 72, 73, 74, 75, 76, 77, 318, 319, 325, 326, 327, 328, 329, 330, 352, 353, 393, 394, 397, 398, 416, 417, 425, 426, 437, 438, 439, 440, 441, 442, 445, 446]), Anchor::Lits(&[1146, 1151, 2117, 2118, 2248, 2249])])]), Anchor::Lits(&[2, 3, 81, 82, 83, 84, 292, 293, 450, 451, 452, 453, 742, 4484])])),
            (144, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[1087, 1789, 1857, 2042, 2112, 2113, 2620, 3087, 3451, 3459, 3461, 3462, 3477, 3483, 3500, 3501, 3506, 3511, 3516, 4290, 4294, 4295, 4300, 4301, 4325, 4327, 4330, 4340, 4352, 4353, 4358, 4359, 4363, 4369, 4384, 4388, 4392, 4429, 4454, 4455, 4458, 4459, 4462, 4476]), Anchor::Lits(&[742, 4484]), Anchor::Lits(&[1145, 2035, 2345])])),
            (145, "data-in-a-link", Anchor::Any(&[Anchor::Lits(&[2112, 2113]), Anchor::All(&[Anchor::Lits(&[1092, 1364, 1446, 1896, 2221, 2222, 2223, 2226]), Anchor::Lits(&[1361, 1362, 1756, 1895, 2620, 2852, 2866, 3052])]), Anchor::All(&[Anchor::Lits(&[1362, 1895, 2049, 2619, 2620, 2866, 3052]), Anchor::Lits(&[1828, 2111, 2536, 2655, 2832])])])),
            (147, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1255, 1256, 1257, 1258, 1259, 1260, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1332, 1333, 1334, 1335, 1336, 1337, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1938, 1939, 1940, 1941, 1942, 1943, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 3145, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3188, 3189, 3190, 3191, 3192, 3193, 3194]), Anchor::Lits(&[1101, 1145, 1381, 1509, 1549, 1739, 2035, 2052, 2345, 2401])]), Anchor::All(&[Anchor::Lits(&[1101, 1381, 1549, 1739, 2052, 2401, 2973, 3053]), Anchor::Lits(&[1146, 1147, 1148, 1149, 1150, 1151, 1207, 1208, 1209, 1210, 1211, 1212, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253])])]), Anchor::Lits(&[1090, 1091, 1292, 1368, 1379, 1590, 1593, 1720, 1729, 1746, 1755, 1789, 1830, 1834, 1857, 1863, 1864, 1892, 1895, 1936, 1967, 1972, 1991, 1993, 2028, 2042, 2165, 2231, 2273, 2278, 2379, 2384, 2390, 2580, 2661, 2665, 2751, 2813, 2825, 2837, 2848, 2854, 2861, 2874, 2880, 2913, 2942, 3073, 3123, 3126, 3127, 3197])])),
            (151, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[1510, 1512, 2090, 2388, 2389, 2396, 2454, 2483, 2509, 2535, 2823]), Anchor::Lits(&[4, 6, 87, 89, 160, 162, 204, 206, 248, 250, 294, 296, 1110, 1111, 1113, 1114, 1115, 1116, 1119, 1120, 1179, 1200, 1375, 1376, 1377, 1378, 1391, 1413, 1417, 1418, 1439, 1440, 1441, 1442, 1558, 1559, 1562, 1563, 2137, 2138, 2268, 2269, 2353, 2354, 2366, 2367, 2413, 2414, 2415, 2416, 2417, 2418, 2420, 2421, 2422, 2423, 2448, 2449, 2450, 2451, 3294, 3296, 3338, 3340, 3527, 3529, 3571, 3573, 3615, 3617, 3659, 3661, 3703, 3705, 3747, 3749, 3791, 3793, 3835, 3837, 3879, 3881, 3923, 3925, 3967, 3969, 4011, 4013, 4057, 4059, 4101, 4103, 4145, 4147, 4189, 4191, 4233, 4235]), Anchor::Lits(&[1101, 1145, 1374, 1381, 1438, 1549, 2116, 2247, 2345, 2412, 2419, 2447])])),
            (153, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[843, 846, 847, 848, 849, 851, 852, 854, 855, 856, 857, 858, 859, 860, 861, 1080, 1100, 1141, 1142, 1143, 1144, 1206, 1359, 1370, 1371, 1498, 1513, 1514, 1515, 1516]), Anchor::Lits(&[1654, 1737, 1738, 1746, 1790, 1972, 1993, 2374, 2661, 2874, 2880, 2906, 3127])])),
            (154, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::Lits(&[739, 1304, 1653, 1976, 2026, 2032, 2050, 2386, 2584, 2622, 2623, 2875, 3033, 3034, 3041, 3074, 3143]), Anchor::All(&[Anchor::Lits(&[1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247, 3248, 3249]), Anchor::Lits(&[14, 25, 27, 36, 47, 58, 69, 101, 105, 108, 114, 130, 145, 152, 170, 173, 175, 181, 189, 195, 201, 214, 217, 219, 225, 233, 239, 245, 258, 261, 263, 269, 277, 283, 289, 313, 335, 340, 355, 380, 413, 433, 3304, 3307, 3309, 3315, 3323, 3329, 3335, 3348, 3351, 3353, 3359, 3367, 3373, 3379, 3537, 3540, 3542, 3548, 3556, 3562, 3568, 3581, 3584, 3586, 3592, 3600, 3606, 3612, 3625, 3628, 3630, 3636, 3644, 3650, 3656, 3669, 3672, 3674, 3680, 3688, 3694, 3700, 3713, 3716, 3718, 3724, 3732, 3738, 3744, 3757, 3760, 3762, 3768, 3776, 3782, 3788, 3801, 3804, 3806, 3812, 3820, 3826, 3832, 3845, 3848, 3850, 3856, 3864, 3870, 3876, 3889, 3892, 3894, 3900, 3908, 3914, 3920, 3933, 3936, 3938, 3944, 3952, 3958, 3964, 3977, 3980, 3982, 3988, 3996, 4002, 4008, 4021, 4024, 4026, 4032, 4040, 4046, 4052, 4067, 4070, 4072, 4078, 4086, 4092, 4098, 4111, 4114, 4116, 4122, 4130, 4136, 4142, 4155, 4158, 4160, 4166, 4174, 4180, 4186, 4199, 4202, 4204, 4210, 4218, 4224, 4230, 4243, 4246, 4248, 4254, 4262, 4268, 4274])]), Anchor::All(&[Anchor::Lits(&[11, 44, 52, 59, 96, 125, 134, 146, 167, 187, 193, 196, 211, 231, 237, 240, 255, 275, 281, 284, 307, 373, 392, 414, 3301, 3321, 3327, 3330, 3345, 3365, 3371, 3374, 3534, 3554, 3560, 3563, 3578, 3598, 3604, 3607, 3622, 3642, 3648, 3651, 3666, 3686, 3692, 3695, 3710, 3730, 3736, 3739, 3754, 3774, 3780, 3783, 3798, 3818, 3824, 3827, 3842, 3862, 3868, 3871, 3886, 3906, 3912, 3915, 3930, 3950, 3956, 3959, 3974, 3994, 4000, 4003, 4018, 4038, 4044, 4047, 4064, 4084, 4090, 4093, 4108, 4128, 4134, 4137, 4152, 4172, 4178, 4181, 4196, 4216, 4222, 4225, 4240, 4260, 4266, 4269]), Anchor::Lits(&[24, 36, 69, 104, 114, 152, 172, 181, 201, 216, 225, 245, 260, 269, 289, 334, 355, 433, 3306, 3315, 3335, 3350, 3359, 3379, 3539, 3548, 3568, 3583, 3592, 3612, 3627, 3636, 3656, 3671, 3680, 3700, 3715, 3724, 3744, 3759, 3768, 3788, 3803, 3812, 3832, 3847, 3856, 3876, 3891, 3900, 3920, 3935, 3944, 3964, 3979, 3988, 4008, 4023, 4032, 4052, 4069, 4078, 4098, 4113, 4122, 4142, 4157, 4166, 4186, 4201, 4210, 4230, 4245, 4254, 4274])])])),
            (169, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[1086, 2577, 2583, 2699, 2869, 2972, 3130]), Anchor::All(&[Anchor::Lits(&[2381]), Anchor::Lits(&[2044])])])),
            (170, "control-weakened", Anchor::Any(&[Anchor::Lits(&[1086, 1271, 1504, 1831, 2385, 2398, 2457]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1590, 1760, 1789, 1797, 1830, 1857, 1968, 2270, 2341, 2371, 2624, 2822, 2825, 2947, 2961, 2962, 3093, 3094, 3120, 3125, 3138]), Anchor::All(&[Anchor::Lits(&[3088, 3089]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[2910, 2911]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[3028, 3029]), Anchor::Lits(&[124, 372])]), Anchor::All(&[Anchor::Lits(&[139, 140, 403, 404]), Anchor::Lits(&[2023, 2024]), Anchor::Lits(&[123, 371])])]), Anchor::Any(&[Anchor::Lits(&[740, 1140, 1266, 1267, 1269, 1270, 1272, 1503, 1974, 2091, 2385, 2397, 2457, 2620, 2659, 2660, 2669, 2867, 2877]), Anchor::All(&[Anchor::Lits(&[1500, 1501, 1502]), Anchor::Lits(&[357, 429, 1066, 1072, 2227])]), Anchor::All(&[Anchor::Lits(&[2279, 2280]), Anchor::Lits(&[344, 1063])])])]), Anchor::All(&[Anchor::Lits(&[1084]), Anchor::Lits(&[2658])])])),
            (171, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::Lits(&[2699]), Anchor::All(&[Anchor::Lits(&[90, 91, 98, 99, 126, 127, 135, 136, 137, 138, 143, 144, 154, 155, 297, 298, 309, 310, 374, 375, 395, 396, 399, 400, 410, 411, 435, 436]), Anchor::Any(&[Anchor::Lits(&[1338, 1898, 1944, 1945, 2241, 2699]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1973, 2282, 2378, 2880]), Anchor::All(&[Anchor::Lits(&[2546, 2550]), Anchor::Lits(&[151, 430])])])]), Anchor::All(&[Anchor::Lits(&[2283, 2284]), Anchor::Any(&[Anchor::Lits(&[1338, 1898, 1944, 1945, 2241, 2699]), Anchor::All(&[Anchor::Lits(&[153, 434]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[142, 406]), Anchor::Lits(&[1256, 1260])]), Anchor::All(&[Anchor::Lits(&[156, 157, 443, 444]), Anchor::Lits(&[102, 128, 322, 376])])]), Anchor::Any(&[Anchor::Lits(&[1084, 2811, 2814, 2870, 3133]), Anchor::All(&[Anchor::Lits(&[2872, 2873]), Anchor::Lits(&[107, 339])])])])])),
            (172, "tool-output-approves-itself", Anchor::Any(&[Anchor::Lits(&[1265, 1268, 1270, 1272, 1365, 1505, 1584, 1585, 1586, 1735, 1832, 1893, 2043, 2342, 2370, 2635, 2666, 2834, 3124, 3196, 3199]), Anchor::All(&[Anchor::Lits(&[116, 117, 358, 359]), Anchor::Lits(&[122, 370]), Anchor::Lits(&[3264, 3265])])])),
            (176, "file-posted-to-an-outside-url", Anchor::Lits(&[2015, 2016, 2112, 2113])),
            (190, "override-instructions-cjk", Anchor::Lits(&[4287, 4299, 4302, 4320, 4321, 4324, 4339, 4344, 4360, 4361, 4362, 4363, 4364, 4365, 4373, 4374, 4380, 4384, 4402, 4403, 4404, 4425, 4427, 4430, 4431, 4435, 4455, 4474, 4475])),
            (193, "override-instructions-other-scripts", Anchor::Lits(&[3385, 3386, 3387, 3452, 3453, 3465, 3469, 3475, 3478, 3482, 3486, 3497, 3498, 3507, 3512, 3513, 3514, 3519, 3522, 3524])),
            (195, "unrestricted-persona-other-scripts", Anchor::Lits(&[3473, 3479, 3499, 3510, 3523, 4276, 4277, 4351, 4357, 4381, 4382, 4405, 4408, 4413, 4414, 4428, 4434, 4466, 4471])),
            (197, "reveal-system-prompt-other-scripts", Anchor::Lits(&[3466, 3476, 3480, 3485, 3493, 3496, 3504, 3505, 3509, 3518, 3520, 4287, 4288, 4324, 4399, 4437, 4443, 4452, 4457, 4463, 4480])),
            (199, "disable-safety-other-scripts", Anchor::Lits(&[4286, 4314, 4317, 4347, 4348, 4389, 4397, 4407, 4409, 4425, 4426, 4432, 4442, 4444, 4446, 4460, 4473])),
            (201, "stop-following-instructions-cjk", Anchor::Lits(&[4279, 4280, 4282, 4367, 4368, 4370, 4413, 4414, 4416, 4420, 4422, 4449, 4479])),
            (205, "conceal-from-the-user-cjk", Anchor::Lits(&[4292, 4312, 4386])),
            (212, "reveal-system-prompt-zh", Anchor::Lits(&[4309, 4310, 4311, 4316, 4319, 4322, 4323, 4335, 4401, 4402, 4403, 4404, 4436, 4438])),
            (214, "admin-role-handed-out-other-scripts", Anchor::Lits(&[1087, 2577, 2869, 3130, 4303, 4306, 4332, 4333, 4458, 4482])),
            (216, "control-weakened-other-scripts", Anchor::Any(&[Anchor::Lits(&[4285, 4313, 4314, 4317, 4325, 4327, 4331, 4336, 4337, 4341, 4346, 4371, 4372, 4383, 4397, 4400, 4415, 4432]), Anchor::All(&[Anchor::Lits(&[4444, 4446, 4461, 4462, 4478, 4483]), Anchor::Lits(&[741, 2397, 4441, 4447, 4448, 4450, 4477])])])),
            (218, "destructive-without-confirmation-cjk", Anchor::Lits(&[4345, 4350, 4356, 4395, 4396, 4417, 4419, 4421, 4424, 4433])),
            (219, "results-sent-to-an-address-cjk", Anchor::Lits(&[2015, 2045, 2112, 2113, 2855])),
            (220, "addressed-to-the-agent-other-scripts", Anchor::Lits(&[3454, 3455, 3456, 3457, 3458, 3463, 3464, 3468, 3470, 3484, 3491, 3492, 3508, 3515, 4278, 4281, 4342, 4343, 4406, 4410, 4412, 4418, 4423, 4439, 4440, 4445, 4472, 4481])),
            (221, "conceal-from-the-user-other-scripts", Anchor::Lits(&[3450, 3460, 3474, 3479, 3481, 3487, 3489, 3494, 3495, 3499, 3502, 3503, 3517, 3521, 4275, 4308, 4315, 4318, 4326, 4328, 4338, 4354, 4355, 4376, 4377, 4385, 4387, 4390, 4391, 4393, 4394, 4398, 4411, 4451, 4453, 4454, 4456, 4464, 4465])),
            (223, "no-limits-any-more-cjk", Anchor::Lits(&[4291, 4293, 4296, 4297, 4298, 4329, 4378, 4379, 4413, 4467, 4468, 4469, 4470])),
            (227, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Lits(&[1264, 1746, 1758, 1890, 1970, 1993, 2455, 2456, 2656, 2661, 2752, 2864, 2874, 2879, 2907, 2946, 3127, 3144]), Anchor::Lits(&[664, 2026, 2050, 2830])])),
            (228, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[457, 458, 459, 460, 461, 462]), Anchor::All(&[Anchor::Lits(&[1366, 1369, 1788, 2835, 2942, 2943, 3131]), Anchor::Lits(&[1369, 1506, 1507, 2043, 3086, 3255]), Anchor::Lits(&[862])])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0xaf8eea401aef27d3;
