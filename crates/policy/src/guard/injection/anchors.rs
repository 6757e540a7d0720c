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
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 176, 189, 197, 206, 212, 219, 226, 234, 251, 269, 299, 307, 316, 334, 353, 368, 384, 397, 404, 421, 439, 445, 452, 470, 489, 498, 508, 520, 531, 537, 544, 561, 576, 593, 600, 608, 623, 638, 649, 663, 678, 697, 705, 718, 734, 745, 753, 763, 774, 783, 795, 806, 814, 824, 833, 838, 846, 856, 867, 879, 890, 903, 918, 935, 949, 958, 973, 980, 994, 1011, 1026, 1045, 1061, 1078, 1099, 1116, 1127, 1139, 1160, 1178, 1195, 1209, 1216, 1224, 1233, 1240, 1248, 1262, 1271, 1283, 1286, 1290, 1295, 1302, 1311, 1321, 1328, 1336, 1344, 1357, 1361, 1374, 1385, 1399, 1411, 1420, 1435, 1448, 1459, 1473, 1487, 1496, 1512, 1526, 1541, 1550, 1566, 1576, 1586, 1592, 1608, 1625, 1637, 1649, 1658, 1674, 1688, 1703, 1723, 1738, 1761, 1775, 1786, 1799, 1812, 1821, 1832, 1840, 1853, 1867, 1882, 1896, 1913, 1928, 1946, 1954, 1960, 1972, 1981, 1994, 2003, 2013, 2020, 2028, 2036, 2045, 2063, 2082, 2094, 2103, 2113, 2132, 2152, 2168, 2185, 2203, 2222, 2229, 2237, 2248, 2259, 2270, 2280, 2295, 2312, 2320, 2333, 2345, 2361, 2375, 2391, 2403, 2411, 2422, 2433, 2443, 2455, 2465, 2476, 2489, 2503, 2516, 2530, 2548, 2558, 2572, 2597, 2608, 2618, 2627, 2634, 2645, 2662, 2674, 2686, 2698, 2707, 2718, 2732, 2741, 2749, 2763, 2780, 2800, 2824, 2844, 2858, 2868, 2875, 2883, 2892, 2902, 2917, 2936, 2956, 2970, 2985, 3001, 3020, 3043, 3062, 3075, 3082, 3086, 3094, 3103, 3112, 3120, 3131, 3139, 3147, 3153, 3167, 3177, 3186, 3196, 3211, 3221, 3232, 3240, 3249, 3268, 3282, 3292, 3307, 3315, 3329, 3346, 3365, 3374, 3383, 3400, 3408, 3416, 3423, 3427, 3433, 3445, 3459, 3469, 3480, 3490, 3505, 3519, 3532, 3542, 3559, 3575, 3587, 3594, 3607, 3622, 3634, 3645, 3661, 3676, 3690, 3701, 3719, 3729, 3741, 3754, 3773, 3785, 3798, 3809, 3818, 3832, 3842, 3853, 3860, 3874, 3883, 3892, 3907, 3921, 3929, 3944, 3956, 3969, 3981, 3992, 4000, 4015, 4027, 4042, 4051, 4059, 4068, 4079, 4087, 4094, 4098, 4103, 4110, 4123, 4138, 4151, 4161, 4169, 4179, 4190, 4202, 4210, 4219, 4226, 4233, 4241, 4247, 4253, 4270, 4283, 4309, 4340, 4367, 4399, 4407, 4418, 4425, 4433, 4439, 4446, 4457, 4467, 4484, 4493, 4502, 4512, 4525, 4534, 4542, 4552, 4567, 4579, 4608, 4632, 4662, 4688, 4717, 4745, 4768, 4792, 4809, 4828, 4852, 4874, 4907, 4937, 4952, 4964, 4976, 4989, 5002, 5027, 5041, 5056, 5067, 5077, 5089, 5102, 5112, 5123, 5131, 5142, 5153, 5164, 5175, 5186, 5199, 5213, 5227, 5241, 5255, 5269, 5285, 5291, 5296, 5304, 5313, 5321, 5333, 5347, 5360, 5368, 5376, 5384, 5388, 5396, 5402, 5410, 5418, 5425, 5433, 5448, 5472, 5490, 5502, 5520, 5542, 5560, 5576, 5588, 5601, 5613, 5626, 5638, 5654, 5667, 5682, 5696, 5710, 5725, 5736, 5749, 5767, 5779, 5795, 5812, 5820, 5835, 5847, 5856, 5878, 5898, 5903, 5911, 5921, 5932, 5941, 5952, 5963, 5975, 5983, 5996, 6013, 6017, 6022, 6030, 6041, 6047, 6057, 6067, 6078, 6090, 6101, 6120, 6135, 6153, 6161, 6173, 6182, 6194, 6208, 6222, 6238, 6247, 6254, 6263, 6270, 6278, 6286, 6293, 6301, 6313, 6325, 6337, 6350, 6362, 6387, 6399, 6413, 6422, 6432, 6443, 6458, 6473, 6488, 6503, 6518, 6535, 6554, 6561, 6573, 6587, 6601, 6608, 6615, 6631, 6645, 6660, 6677, 6693, 6706, 6719, 6731, 6746, 6762, 6780, 6798, 6813, 6830, 6842, 6855, 6874, 6883, 6891, 6900, 6910, 6919, 6927, 6940, 6954, 6970, 6992, 7015, 7030, 7042, 7054, 7072, 7091, 7110, 7130, 7141, 7155, 7170, 7185, 7200, 7217, 7234, 7248, 7264, 7275, 7287, 7302, 7320, 7326, 7337, 7349, 7363, 7383, 7404, 7417, 7427, 7437, 7453, 7470, 7487, 7505, 7514, 7526, 7539, 7552, 7565, 7580, 7595, 7607, 7621, 7630, 7640, 7653, 7669, 7683, 7699, 7712, 7728, 7733, 7737, 7744, 7756, 7763, 7771, 7779, 7787, 7795, 7803, 7820, 7830, 7841, 7850, 7862, 7870, 7879, 7889, 7903, 7908, 7914, 7927, 7935, 7944, 7954, 7960, 7968, 7975, 7983, 7992, 8001, 8008, 8016, 8028, 8034, 8045, 8057, 8065, 8072, 8080, 8087, 8099, 8108, 8119, 8126, 8134, 8143, 8158, 8172, 8182, 8190, 8196, 8203, 8210, 8218, 8229, 8236, 8244, 8252, 8261, 8275, 8284, 8293, 8303, 8316, 8324, 8333, 8346, 8362, 8372, 8380, 8395, 8411, 8428, 8438, 8449, 8463, 8475, 8491, 8504, 8520, 8548, 8555, 8563, 8577, 8592, 8608, 8625, 8640, 8657, 8670, 8684, 8699, 8710, 8722, 8734, 8749, 8760, 8772, 8792, 8815, 8834, 8852, 8871, 8885, 8898, 8910, 8918, 8937, 8947, 8957, 8975, 8995, 9014, 9033, 9051, 9066, 9082, 9094, 9107, 9118, 9127, 9139, 9148, 9163, 9175, 9191, 9200, 9210, 9223, 9231, 9240, 9253, 9264, 9276, 9289, 9300, 9311, 9323, 9336, 9344, 9357, 9371, 9393, 9416, 9439, 9453, 9468, 9480, 9493, 9507, 9514, 9521, 9529, 9535, 9548, 9556, 9569, 9583, 9596, 9604, 9616, 9624, 9633, 9643, 9654, 9673, 9686, 9707, 9728, 9742, 9754, 9765, 9786, 9807, 9819, 9834, 9846, 9858, 9871, 9885, 9896, 9908, 9921, 9933, 9946, 9959, 9963, 9968, 9977, 9987, 10001, 10017, 10033, 10050, 10064, 10081, 10096, 10112, 10121, 10126, 10156, 10184, 10190, 10195, 10201, 10218, 10227, 10236, 10239, 10251, 10257, 10270, 10288, 10302, 10312, 10319, 10327, 10345, 10362, 10374, 10385, 10396, 10413, 10424, 10432, 10444, 10458, 10470, 10482, 10490, 10499, 10508, 10522, 10535, 10540, 10555, 10569, 10578, 10586, 10594, 10608, 10618, 10628, 10639, 10650, 10662, 10674, 10685, 10697, 10709, 10719, 10730, 10740, 10751, 10764, 10781, 10789, 10798, 10814, 10823, 10846, 10864, 10883, 10900, 10908, 10917, 10925, 10932, 10943, 10959, 10970, 10987, 10996, 11007, 11011, 11023, 11032, 11049, 11063, 11077, 11098, 11116, 11134, 11155, 11172, 11181, 11196, 11207, 11215, 11226, 11239, 11252, 11262, 11274, 11282, 11291, 11302, 11311, 11322, 11333, 11345, 11351, 11358, 11362, 11372, 11383, 11395, 11408, 11417, 11429, 11439, 11452, 11467, 11479, 11487, 11500, 11517, 11530, 11554, 11585, 11598, 11612, 11625, 11638, 11654, 11668, 11682, 11698, 11712, 11728, 11750, 11773, 11788, 11800, 11816, 11831, 11843, 11861, 11880, 11899, 11919, 11946, 11958, 11969, 11984, 12000, 12014, 12029, 12044, 12059, 12076, 12093, 12107, 12121, 12137, 12151, 12168, 12182, 12198, 12216, 12232, 12250, 12262, 12276, 12287, 12299, 12311, 12326, 12338, 12356, 12372, 12390, 12397, 12410, 12421, 12432, 12443, 12454, 12465, 12478, 12491, 12504, 12517, 12530, 12543, 12558, 12572, 12582, 12601, 12616, 12637, 12652, 12670, 12686, 12702, 12720, 12744, 12769, 12786, 12800, 12817, 12832, 12850, 12864, 12879, 12899, 12920, 12941, 12963, 12976, 12993, 13009, 13026, 13043, 13060, 13079, 13098, 13114, 13132, 13151, 13164, 13178, 13195, 13215, 13223, 13240, 13253, 13272, 13285, 13301, 13315, 13329, 13345, 13367, 13390, 13405, 13417, 13432, 13445, 13461, 13473, 13486, 13504, 13523, 13542, 13562, 13573, 13588, 13602, 13617, 13632, 13647, 13664, 13681, 13695, 13711, 13728, 13739, 13751, 13766, 13784, 13790, 13801, 13816, 13827, 13849, 13878, 13889, 13901, 13912, 13923, 13937, 13949, 13961, 13975, 13987, 14001, 14021, 14042, 14055, 14065, 14079, 14092, 14102, 14118, 14135, 14152, 14170, 14195, 14205, 14214, 14227, 14240, 14254, 14266, 14279, 14292, 14305, 14320, 14335, 14347, 14359, 14373, 14385, 14400, 14412, 14426, 14442, 14456, 14472, 14482, 14494, 14503, 14513, 14523, 14536, 14546, 14562, 14576, 14592, 14616, 14626, 14637, 14643, 14657, 14667, 14679, 14690, 14701, 14711, 14721, 14731, 14746, 14755, 14769, 14784, 14789, 14795, 14802, 14810, 14815, 14827, 14845, 14866, 14891, 14912, 14927, 14935, 14944, 14950, 14966, 14976, 14985, 14995, 15005, 15014, 15020, 15027, 15043, 15050, 15058, 15065, 15079, 15096, 15105, 15116, 15125, 15134, 15142, 15151, 15162, 15168, 15177, 15186, 15194, 15203, 15212, 15228, 15236, 15245, 15255, 15270, 15277, 15281, 15286, 15294, 15303, 15312, 15322, 15334, 15347, 15369, 15379, 15386, 15395, 15409, 15424, 15440, 15450, 15463, 15477, 15484, 15492, 15499, 15514, 15526, 15532, 15546, 15558, 15573, 15587, 15600, 15611, 15624, 15637, 15653, 15668, 15679, 15696, 15707, 15726, 15748, 15774, 15796, 15812, 15829, 15841, 15850, 15860, 15871, 15883, 15904, 15926, 15942, 15959, 15965, 15979, 15994, 16007, 16020, 16027, 16036, 16047, 16065, 16084, 16103, 16123, 16138, 16156, 16174, 16197, 16205, 16218, 16229, 16239, 16251, 16257, 16272, 16289, 16307, 16316, 16324, 16331, 16339, 16348, 16357, 16367, 16375, 16384, 16398, 16413, 16429, 16442, 16455, 16467, 16482, 16498, 16516, 16534, 16549, 16566, 16578, 16591, 16610, 16625, 16641, 16658, 16672, 16686, 16699, 16715, 16732, 16751, 16770, 16786, 16804, 16817, 16831, 16851, 16856, 16862, 16868, 16876, 16881, 16887, 16895, 16904, 16921, 16932, 16951, 16970, 16982, 16992, 17001, 17020, 17039, 17049, 17062, 17069, 17077, 17085, 17093, 17102, 17109, 17128, 17148, 17155, 17175, 17182, 17202, 17210, 17231, 17252, 17260, 17267, 17289, 17303, 17312, 17321, 17328, 17341, 17352, 17362, 17373, 17381, 17394, 17405, 17415, 17426, 17444, 17456, 17475, 17490, 17498, 17510, 17523, 17531, 17539, 17552, 17570, 17589, 17606, 17623, 17636, 17642, 17649, 17658, 17665, 17673, 17684, 17693, 17705, 17716, 17728, 17741, 17749, 17758, 17764, 17779, 17791, 17803, 17815, 17828, 17840, 17852, 17867, 17877, 17896, 17915, 17931, 17947, 17965, 17984, 18000, 18018, 18037, 18052, 18063, 18082, 18102, 18121, 18130, 18138, 18148, 18159, 18167, 18173, 18185, 18199, 18211, 18220, 18235, 18253, 18273, 18294, 18305, 18316, 18326, 18331, 18343, 18358, 18370, 18381, 18393, 18406, 18417, 18432, 18444, 18461, 18474, 18486, 18495, 18511, 18521, 18533, 18538, 18544, 18551, 18564, 18574, 18580, 18592, 18606, 18622, 18640, 18661, 18673, 18682, 18702, 18724, 18749, 18756, 18769, 18784, 18799, 18814, 18829, 18844, 18861, 18866, 18884, 18902, 18920, 18938, 18956, 18976, 18990, 18995, 19006, 19018, 19032, 19045, 19059, 19071, 19083, 19096, 19105, 19113, 19120, 19129, 19137, 19145, 19151, 19158, 19169, 19180, 19196, 19207, 19219, 19225, 19232, 19240, 19249, 19265, 19282, 19293, 19305, 19321, 19338, 19353, 19368, 19377, 19385, 19392, 19402, 19410, 19425, 19444, 19452, 19458, 19465, 19471, 19478, 19498, 19507, 19516, 19531, 19545, 19551, 19562, 19571, 19576, 19584, 19598, 19612, 19625, 19645, 19657, 19680, 19703, 19725, 19746, 19768, 19788, 19801, 19815, 19830, 19841, 19847, 19858, 19868, 19877, 19884, 19894, 19902, 19913, 19918, 19924, 19931, 19936, 19946, 19955, 19969, 19977, 19990, 20002, 20015, 20027, 20040, 20052, 20062, 20071, 20080, 20093, 20107, 20120, 20131, 20141, 20151, 20162, 20171, 20187, 20201, 20217, 20230, 20244, 20253, 20257, 20268, 20282, 20300, 20314, 20322, 20329, 20337, 20351, 20364, 20380, 20394, 20414, 20427, 20445, 20462, 20482, 20500, 20524, 20541, 20549, 20558, 20571, 20578, 20588, 20599, 20608, 20613, 20626, 20646, 20652, 20672, 20690, 20708, 20715, 20724, 20732, 20758, 20770, 20779, 20786, 20802, 20808, 20817, 20828, 20833, 20839, 20847, 20860, 20869, 20880, 20892, 20903, 20914, 20923, 20938, 20953, 20969, 20984, 20995, 21005, 21011, 21019, 21027, 21037, 21048, 21061, 21073, 21086, 21095, 21120, 21146, 21170, 21193, 21215, 21240, 21263, 21285, 21307, 21327, 21347, 21366, 21387, 21407, 21419, 21437, 21457, 21475, 21490, 21502, 21520, 21539, 21552, 21566, 21587, 21606, 21629, 21651, 21673, 21694, 21712, 21731, 21751, 21772, 21783, 21797, 21810, 21824, 21835, 21842, 21863, 21871, 21880, 21891, 21900, 21909, 21919, 21927, 21935, 21946, 21956, 21967, 21976, 21984, 21996, 22009, 22020, 22037, 22054, 22070, 22085, 22111, 22137, 22162, 22186, 22211, 22234, 22250, 22264, 22279, 22288, 22299, 22313, 22326, 22345, 22356, 22373, 22382, 22392, 22406, 22414, 22431, 22448, 22456, 22471, 22479, 22495, 22502, 22508, 22523, 22538, 22544, 22551, 22574, 22596, 22616, 22635, 22655, 22676, 22695, 22704, 22714, 22723, 22732, 22743, 22752, 22757, 22764, 22776, 22790, 22802, 22812, 22823, 22836, 22841, 22847, 22863, 22878, 22890, 22905, 22922, 22933, 22947, 22959, 22972, 22985, 22995, 23003, 23016, 23026, 23038, 23048, 23058, 23069, 23077, 23087, 23098, 23106, 23113, 23122, 23141, 23160, 23170, 23181, 23190, 23200, 23212, 23216, 23225, 23235, 23240, 23246, 23253, 23270, 23276, 23292, 23304, 23312, 23317, 23326, 23333, 23340, 23345, 23351, 23357, 23369, 23374, 23380, 23395, 23402, 23413, 23422, 23431, 23443, 23449, 23455, 23461, 23466, 23477, 23487, 23497, 23506, 23512, 23528, 23538, 23542, 23548, 23555, 23564, 23570, 23577, 23588, 23601, 23612, 23623, 23635, 23648, 23655, 23663, 23670, 23677, 23685, 23697, 23703, 23712, 23722, 23730, 23735, 23741, 23752, 23766, 23775, 23786, 23791, 23797, 23804, 23817, 23833, 23838, 23848, 23859, 23870, 23885, 23893, 23908, 23917, 23927, 23941, 23955, 23965, 23976, 23985, 23997, 24005, 24018, 24027, 24037, 24043, 24052, 24065, 24079, 24088, 24099, 24110, 24116, 24131, 24147, 24160, 24173, 24187, 24200, 24215, 24231, 24244, 24258, 24268, 24278, 24289, 24297, 24306, 24316, 24325, 24331, 24340, 24347, 24358, 24370, 24374, 24379, 24395, 24421, 24432, 24439, 24446, 24454, 24474, 24494, 24503, 24522, 24545, 24568, 24587, 24608, 24627, 24652, 24670, 24689, 24704, 24723, 24742, 24761, 24784, 24807, 24826, 24847, 24866, 24891, 24909, 24928, 24947, 24970, 24993, 25012, 25033, 25052, 25077, 25095, 25114, 25125, 25140, 25159, 25182, 25205, 25224, 25245, 25264, 25289, 25307, 25326, 25341, 25358, 25373, 25394, 25408, 25423, 25436, 25453, 25472, 25495, 25518, 25537, 25558, 25577, 25602, 25620, 25639, 25652, 25669, 25681, 25699, 25719, 25739, 25749, 25769, 25793, 25817, 25837, 25859, 25879, 25905, 25924, 25944, 25960, 25980, 26000, 26020, 26044, 26068, 26088, 26110, 26130, 26156, 26175, 26195, 26215, 26239, 26263, 26283, 26305, 26325, 26351, 26370, 26390, 26410, 26434, 26458, 26478, 26500, 26520, 26546, 26565, 26585, 26601, 26619, 26635, 26657, 26672, 26688, 26708, 26732, 26756, 26776, 26798, 26818, 26844, 26863, 26883, 26896, 26912, 26927, 26939, 26954, 26966, 26980, 26992, 27004, 27012, 27021, 27040, 27056, 27076, 27086, 27103, 27124, 27136, 27140, 27150, 27158, 27166, 27171, 27177, 27192, 27204, 27217, 27230, 27254, 27276, 27291, 27309, 27325, 27336, 27344, 27358, 27364, 27371, 27379, 27384, 27403, 27414, 27429, 27439, 27447, 27454, 27467, 27481, 27489, 27503, 27518, 27524, 27532, 27542, 27555, 27560, 27570, 27581, 27587, 27596, 27602, 27611, 27623, 27640, 27650, 27662, 27672, 27682, 27693, 27705, 27717, 27726, 27739, 27745, 27760, 27769, 27779, 27788, 27795, 27802, 27812, 27822, 27833, 27840, 27854, 27868, 27885, 27900, 27913, 27932, 27939, 27951, 27967, 27990, 28020, 28032, 28045, 28057, 28069, 28082, 28097, 28110, 28125, 28146, 28168, 28182, 28193, 28208, 28224, 28238, 28249, 28266, 28284, 28302, 28317, 28336, 28362, 28373, 28383, 28397, 28409, 28423, 28438, 28451, 28465, 28479, 28493, 28509, 28525, 28538, 28551, 28565, 28580, 28595, 28608, 28621, 28636, 28653, 28668, 28685, 28696, 28709, 28719, 28730, 28741, 28755, 28766, 28783, 28798, 28815, 28826, 28838, 28844, 28850, 28867, 28879, 28893, 28905, 28915, 28929, 28943, 28960, 28975, 28990, 29000, 29011, 29025, 29035, 29046, 29060, 29075, 29085, 29096, 29116, 29136, 29158, 29183, 29199, 29210, 29222, 29240, 29257, 29274, 29292, 29311, 29329, 29349, 29371, 29391, 29413, 29429, 29447, 29467, 29489, 29501, 29514, 29526, 29536, 29550, 29566, 29575, 29591, 29601, 29618, 29633, 29641, 29653, 29669, 29682, 29695, 29706, 29714, 29729, 29741, 29755, 29769, 29785, 29804, 29812, 29828, 29845, 29866, 29883, 29890, 29904, 29919, 29927, 29938, 29945, 29953, 29966, 29976, 29986, 30000, 30005, 30011, 30020, 30030, 30044, 30056, 30066, 30085, 30094, 30102, 30109, 30117, 30126, 30130, 30135, 30145, 30157, 30165, 30173, 30183, 30198, 30207, 30216, 30225, 30233, 30244, 30260, 30273, 30296, 30316, 30336, 30356, 30379, 30406, 30430, 30454, 30478, 30505, 30514, 30522, 30534, 30544, 30554, 30571, 30582, 30600, 30614, 30621, 30630, 30636, 30647, 30661, 30673, 30686, 30699, 30709, 30717, 30730, 30740, 30752, 30762, 30772, 30783, 30791, 30800, 30811, 30821, 30832, 30860, 30868, 30877, 30894, 30905, 30924, 30943, 30955, 30965, 30974, 30993, 31012, 31024, 31037, 31047, 31060, 31077, 31088, 31100, 31112, 31129, 31144, 31160, 31175, 31188, 31200, 31212, 31224, 31237, 31246, 31255, 31264, 31276, 31283, 31291, 31304, 31314, 31318, 31327, 31337, 31353, 31363, 31381, 31392, 31405, 31417, 31430, 31443, 31453, 31461, 31477, 31486, 31493, 31501, 31517, 31526, 31536, 31544, 31553, 31564, 31575, 31580, 31592, 31611, 31624, 31644, 31660, 31669, 31678, 31688, 31702, 31713, 31725, 31735, 31746, 31758, 31768, 31779, 31789, 31799, 31813, 31827, 31838, 31843, 31851, 31858, 31867, 31875, 31884, 31901, 31911, 31930, 31938, 31955, 31965, 31983, 31992, 32002, 32018, 32036, 32052, 32062, 32073, 32082, 32092, 32104, 32111, 32120, 32128, 32137, 32146, 32155, 32164, 32171, 32192, 32200, 32209, 32220, 32231, 32242, 32255, 32269, 32282, 32293, 32303, 32313, 32324, 32334, 32344, 32355, 32367, 32379, 32392, 32411, 32428, 32435, 32447, 32456, 32467, 32480, 32494, 32507, 32518, 32528, 32538, 32546, 32556, 32565, 32576, 32585, 32595, 32604, 32613, 32617, 32623, 32630, 32645, 32657, 32668, 32674, 32692, 32715, 32733, 32751, 32767, 32779, 32785, 32807, 32820, 32835, 32850, 32859, 32869, 32876, 32884, 32897, 32917, 32933, 32950, 32971, 32988, 33016, 33036, 33053, 33082, 33090, 33096, 33115, 33124, 33131, 33148, 33160, 33174, 33181, 33184, 33188, 33203, 33212, 33222, 33230, 33241, 33255, 33273, 33282, 33292, 33303, 33319, 33328, 33338, 33346, 33355, 33367, 33383, 33392, 33405, 33419, 33429, 33444, 33459, 33471, 33478, 33487, 33494, 33503, 33513, 33527, 33536, 33545, 33557, 33570, 33581, 33592, 33604, 33616, 33628, 33638, 33646, 33655, 33673, 33693, 33711, 33726, 33738, 33745, 33753, 33771, 33790, 33808, 33826, 33844, 33856, 33875, 33890, 33907, 33919, 33932, 33944, 33960, 33976, 33982, 33996, 34003, 34011, 34025, 34037, 34046, 34059, 34073, 34080, 34086, 34103, 34115, 34120, 34131, 34144, 34155, 34163, 34178, 34185, 34194, 34200, 34209, 34221, 34235, 34248, 34262, 34273, 34282, 34294, 34302, 34309, 34317, 34325, 34332, 34341, 34353, 34364, 34373, 34383, 34401, 34413, 34433, 34453, 34466, 34477, 34487, 34507, 34527, 34538, 34552, 34564, 34576, 34586, 34597, 34613, 34623, 34630, 34639, 34646, 34654, 34664, 34670, 34678, 34688, 34699, 34709, 34725, 34735, 34746, 34754, 34763, 34779, 34786, 34794, 34801, 34818, 34834, 34845, 34855, 34865, 34881, 34892, 34907, 34914, 34932, 34950, 34957, 34963, 34970, 34977, 34984, 34991, 35000, 35007, 35024, 35040, 35051, 35061, 35071, 35087, 35095, 35109, 35124, 35139, 35160, 35168, 35177, 35185, 35193, 35215, 35224, 35234, 35242, 35251, 35260, 35270, 35281, 35287, 35297, 35309, 35317, 35335, 35351, 35362, 35370, 35386, 35403, 35419, 35433, 35446, 35459, 35479, 35497, 35510, 35520, 35530, 35539, 35545, 35554, 35566, 35574, 35586, 35600, 35609, 35621, 35632, 35644, 35654, 35666, 35680, 35691, 35705, 35717, 35728, 35740, 35753, 35766, 35780, 35795, 35809, 35823, 35835, 35842, 35850, 35861, 35869, 35878, 35886, 35895, 35903, 35911, 35920, 35929, 35937, 35948, 35956, 35967, 35984, 35991, 35999, 36011, 36018, 36029, 36040, 36051, 36060, 36069, 36077, 36097, 36104, 36110, 36130, 36137, 36151, 36164, 36174, 36181, 36188, 36195, 36204, 36208, 36213, 36230, 36250, 36268, 36273, 36279, 36284, 36295, 36307, 36313, 36320, 36338, 36350, 36364, 36383, 36396, 36410, 36418, 36427, 36436, 36446, 36453, 36461, 36473, 36486, 36503, 36510, 36517, 36526, 36532, 36547, 36564, 36579, 36591, 36600, 36609, 36616, 36626, 36637, 36648, 36660, 36668, 36677, 36687, 36693, 36699, 36705, 36713, 36717, 36722, 36729, 36749, 36768, 36782, 36795, 36808, 36827, 36836, 36844, 36856, 36862, 36870, 36880, 36889, 36898, 36912, 36923, 36930, 36940, 36951, 36969, 36976, 36983, 36990, 36998, 37016, 37029, 37045, 37062, 37071, 37079, 37088, 37105, 37123, 37132, 37142, 37159, 37174, 37190, 37209, 37229, 37243, 37251, 37259, 37264, 37270, 37279, 37286, 37292, 37299, 37307, 37314, 37321, 37331, 37343, 37357, 37369, 37378, 37388, 37395, 37403, 37410, 37417, 37425, 37433, 37442, 37459, 37474, 37488, 37500, 37512, 37525, 37538, 37553, 37568, 37583, 37599, 37615, 37633, 37644, 37660, 37676, 37693, 37710, 37729, 37741, 37749, 37765, 37781, 37798, 37815, 37834, 37846, 37859, 37875, 37885, 37894, 37904, 37910, 37917, 37924, 37931, 37946, 37954, 37963, 37971, 37977, 37986, 37994, 38005, 38014, 38020, 38029, 38041, 38050, 38063, 38081, 38102, 38120, 38129, 38139, 38150, 38162, 38171, 38178, 38186, 38194, 38209, 38220, 38228, 38237, 38246, 38256, 38268, 38276, 38281, 38286, 38292, 38302, 38312, 38326, 38338, 38349, 38361, 38372, 38384, 38395, 38408, 38418, 38428, 38440, 38452, 38466, 38482, 38496, 38512, 38522, 38534, 38544, 38562, 38578, 38593, 38609, 38627, 38639, 38653, 38667, 38683, 38693, 38707, 38721, 38735, 38749, 38763, 38779, 38785, 38791, 38798, 38812, 38821, 38832, 38842, 38851, 38858, 38873, 38886, 38901, 38912, 38922, 38932, 38941, 38952, 38962, 38975, 38987, 39002, 39016, 39036, 39054, 39074, 39090, 39105, 39120, 39134, 39150, 39165, 39183, 39200, 39218, 39240, 39258, 39271, 39288, 39301, 39324, 39348, 39358, 39372, 39387, 39397, 39410, 39422, 39432, 39442, 39455, 39460, 39464, 39469, 39478, 39493, 39509, 39523, 39538, 39549, 39560, 39569, 39579, 39592, 39610, 39622, 39642, 39662, 39675, 39686, 39701, 39711, 39731, 39751, 39762, 39776, 39788, 39802, 39819, 39828, 39843, 39856, 39863, 39875, 39887, 39900, 39915, 39936, 39952, 39971, 39989, 40013, 40032, 40056, 40081, 40106, 40127, 40149, 40171, 40177, 40193, 40207, 40214, 40224, 40231, 40241, 40254, 40260, 40266, 40278, 40289, 40300, 40312, 40328, 40341, 40355, 40367, 40381, 40397, 40411, 40427, 40437, 40449, 40463, 40479, 40489, 40500, 40507, 40515, 40525, 40536, 40548, 40560, 40572, 40585, 40598, 40606, 40618, 40629, 40640, 40652, 40669, 40684, 40693, 40702, 40712, 40723, 40734, 40743, 40752, 40761, 40770, 40780, 40792, 40804, 40815, 40827, 40840, 40859, 40876, 40882, 40891, 40906, 40925, 40939, 40946, 40961, 40978, 40997, 41017, 41032, 41048, 41062, 41077, 41090, 41108, 41124, 41137, 41143, 41150, 41158, 41169, 41186, 41208, 41218, 41241, 41251, 41260, 41271, 41278, 41292, 41308, 41322, 41333, 41339, 41346, 41355, 41365, 41371, 41383, 41397, 41409, 41418, 41428, 41437, 41444, 41456, 41461, 41466, 41472, 41490, 41509, 41525, 41535, 41546, 41558, 41567, 41577, 41592, 41602, 41613, 41625, 41645, 41666, 41677, 41689, 41710, 41732, 41750, 41769, 41789, 41810, 41819, 41829, 41845, 41860, 41881, 41900, 41921, 41938, 41954, 41970, 41985, 42002, 42018, 42037, 42055, 42074, 42097, 42116, 42126, 42137, 42149, 42166, 42177, 42192, 42213, 42229, 42244, 42262, 42288, 42307, 42328, 42348, 42369, 42390, 42408, 42428, 42456, 42477, 42500, 42522, 42545, 42568, 42588, 42600, 42610, 42621, 42629, 42638, 42647, 42657, 42676, 42696, 42707, 42717, 42728, 42745, 42761, 42781, 42802, 42819, 42837, 42852, 42866, 42887, 42907, 42918, 42937, 42957, 42965, 42974, 42985, 42997, 43008, 43024, 43042, 43051, 43065, 43078, 43089, 43103, 43115, 43124, 43138, 43150, 43163, 43176, 43187, 43206, 43217, 43229, 43238, 43248, 43260, 43278, 43293, 43308, 43323, 43341, 43363, 43382, 43401, 43420, 43442, 43452, 43463, 43483, 43504, 43518, 43529, 43541, 43554, 43575, 43597, 43615, 43634, 43648, 43662, 43674, 43694, 43715, 43724, 43734, 43745, 43757, 43766, 43773, 43781, 43788, 43794, 43806, 43818, 43829, 43839, 43860, 43881, 43901, 43920, 43940, 43958, 43969, 43978, 43984, 43990, 44006, 44023, 44036, 44043, 44058, 44071, 44083, 44099, 44114, 44135, 44154, 44175, 44192, 44208, 44224, 44239, 44256, 44272, 44291, 44309, 44328, 44351, 44370, 44379, 44389, 44407, 44422, 44434, 44441, 44448, 44456, 44471, 44485, 44505, 44523, 44543, 44559, 44574, 44589, 44603, 44619, 44634, 44652, 44669, 44687, 44709, 44727, 44733, 44739, 44751, 44764, 44770, 44776, 44785, 44793, 44806, 44816, 44833, 44850, 44861, 44874, 44882, 44891, 44902, 44920, 44934, 44940, 44953, 44960, 44969, 44976, 44986, 44992, 44999, 45006, 45014, 45020, 45032, 45046, 45058, 45067, 45077, 45082, 45088, 45095, 45104, 45112, 45121, 45131, 45147, 45163, 45178, 45192, 45217, 45242, 45266, 45289, 45313, 45335, 45350, 45363, 45370, 45382, 45391, 45402, 45412, 45428, 45447, 45466, 45484, 45501, 45529, 45557, 45584, 45610, 45637, 45662, 45680, 45696, 45705, 45715, 45727, 45734, 45742, 45751, 45761, 45775, 45793, 45804, 45814, 45823, 45835, 45846, 45859, 45883, 45904, 45910, 45918, 45927, 45938, 45948, 45954, 45972, 45988, 45996, 46008, 46020, 46036, 46054, 46067, 46079, 46089, 46100, 46111, 46118, 46126, 46135, 46145, 46155, 46167, 46180, 46194, 46213, 46220, 46237, 46247, 46257, 46265, 46276, 46285, 46294, 46304, 46308, 46313, 46327, 46342, 46358, 46385, 46394, 46405, 46416, 46428, 46440, 46452, 46463, 46472, 46480, 46488, 46499, 46509, 46531, 46543, 46556, 46568, 46578, 46587, 46596, 46608, 46618, 46624, 46632, 46640, 46646, 46655, 46661, 46667, 46679, 46690, 46696, 46728, 46738, 46748, 46760, 46773, 46783, 46794, 46811, 46817, 46824, 46843, 46850, 46858, 46867, 46877, 46899, 46925, 46951, 46959, 46975, 46999, 47009, 47019, 47030, 47044, 47058, 47063, 47072, 47081, 47089, 47100, 47112, 47126, 47140, 47150, 47163, 47170, 47177, 47186, 47194, 47207, 47214, 47228, 47238, 47243, 47249, 47258, 47268, 47277, 47285, 47292, 47301, 47312, 47328, 47337, 47356, 47364, 47374, 47383, 47393, 47401, 47412, 47427, 47440, 47451, 47467, 47479, 47492, 47506, 47516, 47535, 47552, 47567, 47587, 47603, 47620, 47633, 47652, 47672, 47686, 47701, 47710, 47720, 47726, 47739, 47755, 47775, 47791, 47801, 47811, 47828, 47848, 47872, 47892, 47906, 47917, 47923, 47930, 47937, 47944, 47955, 47968, 47979, 47983, 47988, 47994, 48000, 48005, 48011, 48017, 48034, 48043, 48053, 48072, 48087, 48102, 48120, 48136, 48152, 48170, 48194, 48219, 48236, 48250, 48268, 48282, 48302, 48323, 48344, 48366, 48379, 48395, 48412, 48429, 48446, 48465, 48484, 48500, 48518, 48537, 48550, 48564, 48581, 48601, 48611, 48617, 48623, 48629, 48647, 48662, 48670, 48679, 48693, 48702, 48713, 48723, 48733, 48742, 48754, 48771, 48786, 48800, 48815, 48829, 48850, 48865, 48881, 48896, 48911, 48932, 48947, 48964, 48983, 49000, 49019, 49032, 49047, 49064, 49083, 49095, 49102, 49107, 49113, 49128, 49139, 49150, 49164, 49176, 49188, 49202, 49222, 49243, 49256, 49266, 49280, 49290, 49306, 49323, 49340, 49358, 49367, 49379, 49392, 49405, 49418, 49433, 49448, 49460, 49474, 49489, 49498, 49508, 49521, 49537, 49543, 49552, 49567, 49582, 49589, 49598, 49605, 49618, 49633, 49646, 49656, 49668, 49682, 49688, 49701, 49716, 49729, 49739, 49751, 49759, 49770, 49775, 49786, 49790, 49799, 49820, 49834, 49846, 49857, 49869, 49879, 49886, 49897, 49910, 49918, 49927, 49944, 49953, 49963, 49977, 49992, 50012, 50026, 50039, 50052, 50062, 50074, 50086, 50095, 50105, 50121, 50134, 50144, 50162, 50170, 50183, 50197, 50208, 50221, 50238, 50251, 50260, 50270, 50285, 50301, 50315, 50324, 50330, 50343, 50356, 50368, 50379, 50394, 50413, 50432, 50449, 50460, 50474, 50485, 50499, 50515, 50526, 50541, 50557, 50573, 50586, 50600, 50612, 50628, 50646, 50661, 50678, 50689, 50702, 50716, 50731, 50746, 50756, 50774, 50789, 50804, 50814, 50828, 50845, 50856, 50867, 50878, 50891, 50910, 50923, 50938, 50953, 50966, 50977, 50994, 51011, 51028, 51043, 51062, 51073, 51085, 51102, 51109, 51118, 51128, 51140, 51151, 51163, 51180, 51191, 51206, 51215, 51229, 51236, 51248, 51266, 51284, 51301, 51317, 51344, 51371, 51397, 51422, 51448, 51472, 51489, 51504, 51509, 51517, 51530, 51544, 51556, 51567, 51578, 51586, 51602, 51622, 51640, 51663, 51676, 51687, 51700, 51715, 51726, 51738, 51761, 51788, 51811, 51832, 51857, 51873, 51893, 51913, 51926, 51940, 51953, 51967, 51982, 52007, 52032, 52047, 52073, 52084, 52099, 52110, 52122, 52138, 52150, 52166, 52178, 52194, 52207, 52221, 52233, 52245, 52257, 52263, 52277, 52291, 52306, 52313, 52319, 52323, 52337, 52351, 52359, 52367, 52380, 52391, 52396, 52405, 52420, 52438, 52451, 52461, 52473, 52484, 52494, 52500, 52508, 52527, 52552, 52570, 52590, 52610, 52636, 52655, 52676, 52686, 52699, 52713, 52725, 52738, 52742, 52749, 52762, 52776, 52787, 52797, 52814, 52832, 52847, 52866, 52881, 52895, 52904, 52913, 52931, 52948, 52970, 52987, 52998, 53023, 53048, 53067, 53090, 53100, 53116, 53133, 53147, 53167, 53188, 53206, 53228, 53246, 53257, 53267, 53274, 53283, 53286, 53297, 53302, 53315, 53326, 53337, 53355, 53368, 53385, 53398, 53419, 53438, 53464, 53485, 53510, 53531, 53537, 53551, 53557, 53570, 53585, 53602, 53612, 53623, 53637, 53649, 53659, 53668, 53686, 53700, 53710, 53722, 53736, 53752, 53765, 53772, 53780, 53791, 53800, 53807, 53816, 53822, 53826, 53836, 53849, 53862, 53872, 53883, 53900, 53914, 53929, 53943, 53953, 53962, 53972, 53983, 53995, 54004, 54014, 54026, 54036, 54047, 54055, 54065, 54101, 54116, 54122, 54133, 54146, 54161, 54174, 54181, 54196, 54211, 54219, 54224, 54239, 54254, 54263, 54277, 54293, 54301, 54310, 54320, 54328, 54337, 54347, 54359, 54370, 54379, 54389, 54397, 54406, 54414, 54420, 54427, 54440, 54450, 54463, 54480, 54495, 54510, 54520, 54530, 54542, 54559, 54572, 54588, 54603, 54621, 54637, 54657, 54676, 54691, 54706, 54717, 54739, 54754, 54769, 54786, 54798, 54808, 54816, 54828, 54832, 54840, 54849, 54856, 54862, 54871, 54878, 54888, 54895, 54903, 54911, 54920, 54930, 54936, 54944, 54961, 54977, 54998, 55014, 55024, 55048, 55072, 55090, 55112, 55123, 55131, 55140, 55154, 55167, 55180, 55193, 55206, 55220, 55232, 55248, 55263, 55283, 55296, 55313, 55322, 55335, 55347, 55355, 55363, 55371, 55381, 55390, 55393, 55402, 55425, 55444, 55452, 55459, 55486, 55510, 55533, 55556, 55577, 55591, 55597, 55605, 55620, 55630, 55642, 55656, 55669, 55680, 55691, 55709, 55722, 55737, 55754, 55770, 55784, 55795, 55813, 55826, 55841, 55858, 55874, 55888, 55897, 55908, 55921, 55936, 55946, 55963, 55975, 55989, 56005, 56020, 56033, 56041, 56051, 56061, 56082, 56099, 56118, 56139, 56162, 56182, 56196, 56211, 56229, 56245, 56259, 56266, 56279, 56294, 56309, 56319, 56329, 56346, 56359, 56375, 56390, 56408, 56424, 56444, 56463, 56478, 56493, 56504, 56516, 56522, 56531, 56540, 56545, 56555, 56565, 56574, 56585, 56593, 56612, 56637, 56655, 56675, 56695, 56702, 56711, 56714, 56720, 56729, 56738, 56744, 56752, 56760, 56767, 56773, 56778, 56785, 56792, 56799, 56811, 56814, 56820, 56833, 56839, 56846, 56859, 56873, 56884, 56901, 56919, 56934, 56953, 56968, 56977, 56985, 56991, 56998, 57013, 57028, 57040, 57050, 57063, 57080, 57092, 57102, 57108, 57119, 57136, 57147, 57162, 57169, 57179, 57188, 57199, 57207, 57218, 57227, 57232, 57239, 57254, 57265, 57278, 57293, 57310, 57324, 57332, 57341, 57353, 57363, 57371, 57381, 57392, 57398, 57411, 57427, 57434, 57445, 57455, 57467, 57484, 57495, 57504, 57514, 57524, 57530, 57537, 57549, 57559, 57574, 57586, 57589, 57594, 57598, 57618, 57642, 57654, 57670, 57689, 57707, 57726, 57750, 57778, 57794, 57814, 57837, 57859, 57882, 57894, 57907, 57919, 57932, 57942, 57954, 57975, 57995, 58020, 58040, 58054, 58082, 58110, 58132, 58158, 58165, 58175, 58186, 58198, 58215, 58229, 58236, 58246, 58254, 58264, 58277, 58298, 58321, 58341, 58354, 58364, 58378, 58387, 58392, 58406, 58412, 58423, 58440, 58450, 58460, 58472, 58487, 58498, 58514, 58533, 58537, 58542, 58552, 58563, 58572, 58584, 58593, 58604, 58615, 58621, 58631, 58638, 58647, 58658, 58671, 58679, 58688, 58701, 58708, 58720, 58735, 58746, 58754, 58763, 58776, 58788, 58795, 58801, 58810, 58820, 58846, 58871, 58900, 58914, 58928, 58951, 58978, 59005, 59036, 59061, 59082, 59113, 59143, 59177, 59205, 59237, 59269, 59305, 59335, 59361, 59391, 59415, 59437, 59464, 59495, 59518, 59543, 59565, 59592, 59611, 59633, 59649, 59666, 59696, 59726, 59748, 59772, 59798, 59826, 59837, 59849, 59862, 59875, 59882, 59896, 59908, 59920, 59940, 59956, 59975, 59992, 60005, 60022, 60031, 60043, 60053, 60064, 60085, 60103, 60115, 60132, 60146, 60160, 60188, 60215, 60230, 60241, 60253, 60263, 60270, 60284, 60295, 60311, 60325, 60340, 60360, 60372, 60379, 60394, 60406, 60421, 60440, 60454, 60464, 60475, 60491, 60513, 60522, 60534, 60546, 60557, 60567, 60577, 60589, 60600, 60611, 60616, 60631, 60648, 60667, 60679, 60692, 60708, 60722, 60734, 60738, 60743, 60751, 60768, 60775, 60787, 60804, 60815, 60827, 60837, 60855, 60870, 60884, 60895, 60908, 60928, 60945, 60956, 60971, 60982, 60989, 60998, 61006, 61013, 61031, 61045, 61064, 61079, 61096, 61107, 61126, 61145, 61157, 61173, 61182, 61201, 61220, 61232, 61245, 61256, 61263, 61273, 61284, 61296, 61307, 61316, 61320, 61331, 61350, 61358, 61361, 61375, 61383, 61392, 61404, 61415, 61428, 61432, 61437, 61460, 61479, 61493, 61508, 61510, 61526, 61544, 61555, 61564, 61572, 61579, 61592, 61612, 61629, 61640, 61655, 61666, 61674, 61691, 61705, 61718, 61728, 61736, 61748, 61753, 61763, 61769, 61776, 61787, 61800, 61811, 61822, 61830, 61837, 61843, 61847, 61859, 61868, 61877, 61885, 61893, 61902, 61924, 61931, 61937, 61946, 61956, 61975, 61997, 62014, 62028, 62042, 62058, 62073, 62087, 62102, 62109, 62116, 62125, 62133, 62142, 62152, 62161, 62171, 62182, 62191, 62201, 62215, 62230, 62243, 62253, 62264, 62279, 62293, 62301, 62312, 62324, 62334, 62345, 62355, 62362, 62370, 62383, 62392, 62407, 62418, 62427, 62435, 62448, 62459, 62471, 62479, 62492, 62500, 62513, 62525, 62535, 62550, 62563, 62581, 62587, 62598, 62601, 62603, 62618, 62632, 62646, 62662, 62677, 62692, 62705, 62717, 62729, 62743, 62756, 62769, 62785, 62800, 62815, 62829, 62842, 62855, 62871, 62878, 62890, 62902, 62914, 62924, 62936, 62956, 62983, 63013, 63037, 63066, 63089, 63118, 63146, 63171, 63199, 63214, 63232, 63250, 63267, 63287, 63301, 63316, 63332, 63349, 63368, 63383, 63403, 63414, 63426, 63440, 63459, 63470, 63485, 63498, 63508, 63519, 63531, 63541, 63552, 63565, 63579, 63596, 63619, 63644, 63669, 63689, 63700, 63713, 63726, 63738, 63755, 63768, 63782, 63795, 63808, 63818, 63829, 63841, 63860, 63878, 63892, 63908, 63919, 63934, 63952, 63964, 63975, 63994, 64004, 64023, 64041, 64064, 64082, 64094, 64120, 64146, 64166, 64190, 64197, 64203, 64211, 64224, 64238, 64254, 64268, 64281, 64296, 64310, 64322, 64333, 64346, 64351, 64361, 64371, 64381, 64389, 64399, 64414, 64436, 64461, 64480, 64504, 64522, 64546, 64569, 64587, 64612, 64640, 64662, 64689, 64710, 64737, 64763, 64786, 64812, 64832, 64855, 64872, 64894, 64907, 64923, 64939, 64954, 64972, 64984, 64997, 65011, 65026, 65043, 65056, 65074, 65083, 65093, 65105, 65122, 65131, 65144, 65155, 65163, 65172, 65182, 65190, 65199, 65210, 65222, 65237, 65258, 65281, 65304, 65322, 65331, 65342, 65353, 65363, 65378, 65389, 65401, 65412, 65423, 65431, 65440, 65450, 65467, 65483, 65495, 65509, 65518, 65531, 65547, 65557, 65566, 65583, 65586, 65590, 65595, 65603, 65616, 65625, 65635, 65644, 65655, 65665, 65675, 65684, 65699, 65713, 65722, 65731, 65745, 65752, 65759, 65768, 65772, 65777, 65783, 65790, 65803, 65814, 65823, 65830, 65847, 65867, 65882, 65894, 65908, 65921, 65933, 65940, 65947, 65954, 65960, 65975, 65981, 65988, 65993, 66001, 66009, 66019, 66029, 66038, 66044, 66052, 66058, 66066, 66073, 66081, 66089, 66095, 66103, 66112, 66120, 66127, 66135, 66144, 66152, 66160, 66179, 66194, 66212, 66232, 66245, 66251, 66258, 66264, 66275, 66288, 66294, 66305, 66319, 66333, 66351, 66362, 66374, 66384, 66399, 66410, 66421, 66431, 66442, 66458, 66476, 66493, 66516, 66534, 66556, 66575, 66600, 66621, 66641, 66662, 66681, 66702, 66725, 66746, 66767, 66790, 66811, 66833, 66850, 66869, 66887, 66911, 66930, 66953, 66973, 66999, 67021, 67042, 67064, 67084, 67106, 67130, 67152, 67174, 67198, 67220, 67243, 67261, 67281, 67300, 67325, 67345, 67369, 67390, 67417, 67440, 67462, 67485, 67506, 67529, 67554, 67577, 67600, 67625, 67648, 67672, 67676, 67681, 67690, 67699, 67721, 67740, 67762, 67779, 67814, 67843, 67853, 67872, 67890, 67913, 67931, 67943, 67969, 67995, 68015, 68039, 68045, 68052, 68061, 68066, 68075, 68085, 68093, 68104, 68113, 68119, 68126, 68135, 68148, 68160, 68179, 68195, 68205, 68219, 68229, 68242, 68262, 68279, 68290, 68305, 68316, 68322, 68327, 68332, 68337, 68352, 68361, 68378, 68395, 68405, 68412, 68429, 68446, 68457, 68463, 68470, 68478, 68502, 68508, 68518, 68522, 68529, 68538, 68553, 68571, 68584, 68598, 68608, 68620, 68631, 68641, 68652, 68658, 68667, 68686, 68695, 68707, 68719, 68733, 68751, 68768, 68790, 68807, 68818, 68843, 68868, 68887, 68910, 68918, 68925, 68933, 68942, 68951, 68961, 68985, 69017, 69044, 69069, 69102, 69130, 69137, 69143, 69153, 69163, 69170, 69182, 69193, 69209, 69216, 69224, 69234, 69242, 69251, 69275, 69280, 69292, 69302, 69310, 69321, 69332, 69344, 69359, 69370, 69382, 69394, 69410, 69429, 69439, 69463, 69480, 69485, 69497, 69507, 69524, 69536, 69552, 69564, 69580, 69595, 69607, 69623, 69630, 69635, 69646, 69662, 69673, 69693, 69702, 69711, 69729, 69752, 69765, 69770, 69780, 69788, 69800, 69811, 69819, 69828, 69844, 69855, 69870, 69881, 69892, 69905, 69918, 69930, 69933, 69943, 69956, 69966, 69975, 69980, 69986, 69997, 70008, 70013, 70024, 70034, 70045, 70057, 70066, 70080, 70090, 70101, 70116, 70137, 70151, 70165, 70181, 70187, 70195, 70204, 70213, 70223, 70233, 70244, 70248, 70254, 70261, 70272, 70280, 70283, 70300, 70317, 70333, 70342, 70347, 70354, 70362, 70365, 70382, 70395, 70414, 70426, 70430, 70441, 70451, 70461, 70473, 70484, 70495, 70501, 70505, 70509, 70515, 70522, 70538, 70557, 70571, 70582, 70595, 70607, 70618, 70622, 70643, 70650, 70663, 70672, 70687, 70696, 70705, 70715, 70724, 70739, 70746, 70755, 70765, 70770, 70784, 70788, 70806, 70816, 70827, 70846, 70857, 70869, 70882, 70894, 70906, 70920, 70933, 70946, 70953, 70955, 70967, 70972, 70986, 70999, 71010, 71023, 71038, 71051, 71062, 71079, 71094, 71107, 71122, 71135, 71147, 71164, 71179, 71194, 71205, 71220, 71238, 71246, 71264, 71282, 71294, 71306, 71321, 71331, 71356, 71381, 71406, 71423, 71442, 71464, 71481, 71497, 71516, 71535, 71554, 71567, 71583, 71603, 71623, 71643, 71657, 71674, 71680, 71688, 71698, 71707, 71718, 71726, 71734, 71745, 71759, 71769, 71782, 71794, 71804, 71816, 71825, 71834, 71846, 71858, 71869, 71885, 71897, 71905, 71912, 71923, 71936, 71942, 71949, 71961, 71967, 71974, 71986, 72008, 72025, 72033, 72046, 72055, 72064, 72078, 72086, 72094, 72100, 72110, 72118, 72123, 72132, 72140, 72152, 72155, 72162, 72174, 72188, 72196, 72211, 72221, 72233, 72247, 72260, 72271, 72288, 72299, 72317, 72330, 72345, 72362, 72378, 72392, 72403, 72421, 72434, 72449, 72466, 72482, 72496, 72503, 72511, 72531, 72541, 72558, 72570, 72584, 72600, 72615, 72628, 72636, 72650, 72668, 72675, 72688, 72699, 72711, 72715, 72722, 72729, 72739, 72749, 72766, 72778, 72789, 72802, 72813, 72822, 72830, 72846, 72861, 72881, 72901, 72928, 72950, 72971, 72994, 73015, 73034, 73049, 73069, 73089, 73116, 73138, 73159, 73182, 73203, 73222, 73237, 73257, 73276, 73294, 73310, 73325, 73342, 73347, 73353, 73365, 73380, 73388, 73401, 73415, 73425, 73436, 73451, 73463, 73474, 73486, 73502, 73518, 73533, 73545, 73558, 73575, 73592, 73610, 73626, 73637, 73645, 73656, 73667, 73681, 73700, 73710, 73719, 73729, 73739, 73741, 73753, 73763, 73772, 73780, 73802, 73820, 73830, 73859, 73866, 73877, 73879, 73887, 73897, 73906, 73921, 73931, 73945, 73956, 73973, 73986, 73998, 74011, 74022, 74035, 74050, 74063, 74076, 74091, 74104, 74118, 74131, 74140, 74151, 74161, 74177, 74188, 74203, 74215, 74233, 74247, 74260, 74274, 74286, 74300, 74316, 74330, 74344, 74360, 74374, 74389, 74399, 74411, 74422, 74439, 74451, 74467, 74480, 74499, 74514, 74528, 74543, 74556, 74571, 74588, 74603, 74618, 74635, 74650, 74666, 74680, 74694, 74707, 74727, 74745, 74760, 74777, 74798, 74815, 74839, 74857, 74877, 74898, 74917, 74928, 74942, 74963, 74978, 74997, 75013, 75032, 75051, 75070, 75087, 75101, 75117, 75137, 75153, 75176, 75193, 75212, 75232, 75247, 75265, 75275, 75288, 75308, 75322, 75340, 75355, 75373, 75391, 75398, 75405, 75412, 75423, 75427, 75437, 75452, 75465, 75477, 75487, 75499, 75511, 75520, 75535, 75547, 75556, 75567, 75577, 75588, 75596, 75605, 75633, 75655, 75664, 75670, 75675, 75681, 75694, 75710, 75717, 75728, 75737, 75752, 75761, 75770, 75787, 75802, 75815, 75834, 75843, 75853, 75862, 75872, 75875, 75885, 75894, 75901, 75910, 75923, 75928, 75934, 75939, 75948, 75954, 75972, 75985, 75998, 76008, 76015, 76019, 76024, 76030, 76037, 76042, 76048, 76056, 76066, 76076, 76086, 76097, 76107, 76118, 76123, 76133, 76143, 76152, 76162, 76172, 76183, 76192, 76195, 76199, 76209, 76219, 76230, 76242, 76251, 76265, 76271, 76278, 76288, 76292, 76296, 76318, 76333, 76348, 76365, 76376, 76389, 76404, 76412, 76421, 76433, 76443, 76451, 76456, 76464, 76470, 76473, 76483, 76487, 76493, 76499, 76505, 76509, 76514, 76525, 76533, 76550, 76560, 76570, 76580, 76585, 76594, 76604, 76609, 76619, 76633, 76639, 76651, 76665, 76683, 76694, 76707, 76720, 76734, 76741, 76748, 76754, 76763, 76771, 76779, 76785, 76797, 76812, 76826, 76837, 76851, 76862, 76875, 76885, 76896, 76907, 76914, 76922, 76934, 76947, 76958, 76966, 76975, 76980, 76986, 77004, 77029, 77051, 77067, 77087, 77103, 77110, 77121, 77136, 77140, 77157, 77170, 77185, 77202, 77221, 77237, 77247, 77258, 77272, 77284, 77294, 77304, 77318, 77327, 77349, 77355, 77362, 77368, 77374, 77378, 77386, 77393, 77400, 77409, 77429, 77448, 77469, 77489, 77509, 77530, 77547, 77563, 77581, 77598, 77615, 77633, 77650, 77666, 77684, 77701, 77718, 77736, 77762, 77787, 77814, 77840, 77866, 77893, 77920, 77946, 77974, 78001, 78028, 78056, 78075, 78093, 78113, 78132, 78151, 78171, 78181, 78209, 78236, 78265, 78293, 78321, 78350, 78365, 78379, 78395, 78410, 78425, 78441, 78454, 78466, 78480, 78493, 78506, 78520, 78532, 78543, 78556, 78568, 78580, 78593, 78606, 78618, 78632, 78645, 78658, 78672, 78692, 78711, 78732, 78752, 78772, 78793, 78798, 78806, 78828, 78840, 78847, 78855, 78861, 78867, 78874, 78882, 78901, 78920, 78929, 78937, 78950, 78954, 78968, 78981, 78993, 79009, 79015, 79026, 79037, 79046, 79073, 79084, 79098, 79115, 79131, 79150, 79163, 79177, 79191, 79206, 79222, 79240, 79250, 79261, 79274, 79292, 79306, 79321, 79335, 79347, 79356, 79366, 79377, 79386, 79396, 79409, 79425, 79447, 79471, 79495, 79514, 79525, 79541, 79551, 79563, 79575, 79587, 79600, 79613, 79625, 79652, 79664, 79673, 79686, 79696, 79707, 79725, 79742, 79757, 79770, 79785, 79795, 79809, 79826, 79836, 79846, 79861, 79870, 79884, 79892, 79908, 79924, 79933, 79942, 79948, 79964, 79980, 79990, 79998, 80014, 80028, 80033, 80052, 80066, 80069, 80084, 80098, 80117, 80126, 80140, 80155, 80164, 80178, 80195, 80210, 80225, 80243, 80266, 80283, 80305, 80319, 80335, 80350, 80360, 80373, 80386, 80397, 80411, 80427, 80448, 80472, 80490, 80513, 80531, 80554, 80568, 80585, 80608, 80630, 80649, 80671, 80686, 80709, 80728, 80748, 80763, 80775, 80788, 80802, 80820, 80833, 80849, 80872, 80898, 80918, 80943, 80962, 80987, 81011, 81032, 81056, 81067, 81078, 81093, 81113, 81121, 81139, 81151, 81158, 81165, 81180, 81203, 81222, 81242, 81257, 81269, 81282, 81295, 81304, 81318, 81328, 81342, 81354, 81368, 81384, 81396, 81409, 81421, 81430, 81441, 81449, 81454, 81461, 81475, 81497, 81515, 81534, 81548, 81559, 81571, 81579, 81585, 81591, 81598, 81610, 81620, 81634, 81647, 81656, 81666, 81674, 81684, 81693, 81700, 81715, 81731, 81742, 81752, 81766, 81779, 81784, 81792, 81805, 81817, 81829, 81848, 81866, 81888, 81905, 81912, 81922, 81929, 81945, 81965, 81985, 82009, 82027, 82041, 82051, 82063, 82079, 82097, 82112, 82132, 82144, 82159, 82168, 82178, 82201, 82224, 82239, 82256, 82275, 82296, 82305, 82314, 82325, 82336, 82344, 82365, 82378, 82383, 82390, 82394, 82399, 82415, 82434, 82451, 82465, 82483, 82497, 82504, 82516, 82523, 82526, 82536, 82539, 82544, 82553, 82563, 82573, 82583, 82596, 82606, 82620, 82635, 82650, 82665, 82683, 82698, 82711, 82725, 82739, 82753, 82770, 82784, 82794, 82802, 82814, 82828, 82835, 82849, 82859, 82867, 82871, 82881, 82896, 82909, 82921, 82933, 82942, 82957, 82969, 82978, 82988, 82999, 83007, 83016, 83044, 83066, 83075, 83086, 83091, 83106, 83115, 83132, 83149, 83159, 83166, 83183, 83200, 83211, 83219, 83225, 83236, 83246, 83254, 83267, 83279, 83286, 83294, 83300, 83307, 83312, 83322, 83331, 83337, 83344, 83355, 83367, 83377, 83385, 83394, 83406, 83415, 83433, 83454, 83470, 83483, 83498, 83512, 83525, 83531, 83537, 83548, 83563, 83574, 83580, 83587, 83603, 83620, 83627, 83635, 83643, 83651, 83660, 83674, 83684, 83692, 83701, 83715, 83725, 83736, 83752, 83761, 83775, 83785, 83789, 83794, 83803, 83809, 83816, 83824, 83828, 83835, 83850, 83871, 83880, 83902, 83930, 83946, 83968, 83988, 84003, 84016, 84040, 84070, 84088, 84112, 84134, 84153, 84178, 84191, 84217, 84249, 84269, 84295, 84319, 84338, 84355, 84383, 84417, 84439, 84467, 84493, 84518, 84549, 84568, 84593, 84616, 84637, 84664, 84679, 84700, 84719, 84729, 84740, 84748, 84757, 84772, 84788, 84802, 84811, 84821, 84826, 84832, 84839, 84843, 84850, 84859, 84867, 84875, 84885, 84894, 84903, 84910, 84915, 84935, 84960, 84975, 84995, 85010, 85030, 85037, 85044, 85050, 85060, 85079, 85097, 85120, 85138, 85150, 85176, 85202, 85222, 85246, 85256, 85271, 85283, 85299, 85321, 85336, 85353, 85362, 85368, 85375, 85383, 85402, 85423, 85441, 85449, 85458, 85468, 85475, 85483, 85488, 85501, 85515, 85518, 85522, 85526, 85531, 85538, 85543, 85560, 85582, 85599, 85616, 85639, 85663, 85684, 85711, 85739, 85764, 85793, 85818, 85826, 85831, 85839, 85848, 85861, 85880, 85892, 85904, 85918, 85924, 85937, 85948, 85954, 85962, 85972, 85976, 85981, 85996, 86005, 86022, 86039, 86049, 86056, 86073, 86090, 86101, 86108, 86115, 86119, 86144, 86161, 86169, 86178, 86189, 86203, 86210, 86218, 86232, 86250, 86263, 86283, 86304, 86322, 86346, 86371, 86393, 86419, 86441, 86456, 86474, 86495, 86511, 86524, 86539, 86553, 86566, 86576, 86586, 86597, 86602, 86613, 86628, 86646, 86659, 86669, 86681, 86692, 86702, 86715, 86727, 86735, 86746, 86758, 86771, 86787, 86798, 86809, 86817, 86827, 86838, 86853, 86864, 86876, 86887, 86893, 86900, 86917, 86928, 86940, 86951, 86965, 86975, 86983, 86994, 87009, 87015, 87026, 87036, 87048, 87057, 87065, 87072, 87079, 87087, 87092, 87098, 87109, 87124, 87128, 87133, 87139, 87142, 87152, 87167, 87175, 87188, 87208, 87227, 87246, 87267, 87287, 87307, 87324, 87340, 87356, 87374, 87391, 87408, 87416, 87424, 87435, 87450, 87470, 87475, 87480, 87486, 87502, 87512, 87530, 87548, 87559, 87567, 87585, 87603, 87615, 87622, 87626, 87635, 87650, 87658, 87668, 87673, 87682, 87696, 87717, 87731, 87739, 87755, 87761, 87766, 87785, 87808, 87818, 87828, 87838, 87850, 87857, 87865, 87874, 87886, 87897, 87908, 87921, 87933, 87945, 87959, 87966, 87973, 87992, 88008, 88018, 88033, 88045, 88057, 88071, 88078, 88085, 88091, 88098, 88104, 88111, 88117, 88124, 88131, 88139, 88147, 88152, 88165, 88177, 88183, 88189, 88196, 88203, 88211, 88217, 88225, 88233, 88243, 88252, 88257, 88263, 88272, 88287, 88304, 88321, 88333, 88345, 88364, 88379, 88397, 88414, 88434, 88452, 88474, 88495, 88512, 88529, 88542, 88556, 88568, 88575, 88585, 88594, 88611, 88626, 88643, 88662, 88679, 88694, 88713, 88730, 88749, 88766, 88782, 88803, 88822, 88841, 88856, 88864, 88873, 88879, 88889, 88898, 88923, 88941, 88951, 88958, 88966, 88977, 88991, 89009, 89022, 89033, 89043, 89054, 89065, 89081, 89092, 89104, 89117, 89141, 89158, 89181, 89197, 89213, 89231, 89241, 89252, 89259, 89267, 89291, 89297, 89307, 89314, 89322, 89328, 89335, 89349, 89360, 89370, 89378, 89385, 89393, 89405, 89417, 89426, 89435, 89442, 89447, 89452, 89458, 89469, 89477, 89489, 89499, 89512, 89531, 89551, 89568, 89591, 89615, 89636, 89661, 89682, 89699, 89708, 89720, 89738, 89757, 89773, 89795, 89818, 89838, 89862, 89882, 89894, 89904, 89921, 89933, 89949, 89961, 89967, 89973, 89980, 89996, 90000, 90005, 90008, 90012, 90017, 90030, 90042, 90047, 90053, 90063, 90072, 90078, 90093, 90107, 90126, 90140, 90148, 90170, 90192, 90208, 90228, 90235, 90244, 90253, 90263, 90274, 90280, 90287, 90298, 90310, 90328, 90343, 90356, 90373, 90390, 90401, 90411, 90423, 90438, 90454, 90471, 90486, 90499, 90515, 90527, 90546, 90559, 90571, 90586, 90599, 90614, 90630, 90642, 90646, 90651, 90659, 90668, 90674, 90684, 90696, 90708, 90717, 90721, 90734, 90751, 90765, 90778, 90786, 90800, 90808, 90823, 90839, 90853, 90866, 90876, 90880, 90883, 90892, 90900, 90907, 90914, 90923, 90929, 90946, 90952, 90963, 90969, 90975, 90982, 90999, 91009, 91018, 91025, 91033, 91040, 91055, 91068, 91082, 91098, 91117, 91130, 91150, 91162, 91176, 91193, 91212, 91230, 91244, 91265, 91280, 91294, 91307, 91321, 91325, 91330, 91346, 91363, 91366, 91381, 91394, 91410, 91431, 91444, 91448, 91453, 91458, 91472, 91487, 91501, 91515, 91529, 91539, 91554, 91567, 91573, 91581, 91586, 91592, 91599, 91612, 91616, 91623, 91632, 91647, 91661, 91679, 91687, 91697, 91704, 91713, 91720, 91729, 91738, 91749, 91760, 91770, 91773, 91789, 91802, 91815, 91837, 91850, 91855, 91864, 91877, 91889, 91893, 91898, 91908, 91917, 91925, 91934, 91941, 91950, 91961, 91972, 91983, 91998, 92001, 92009, 92020, 92030, 92036, 92046, 92060, 92072, 92085, 92096, 92114, 92128, 92141, 92151, 92161, 92175, 92191, 92213, 92230, 92246, 92255, 92266, 92277, 92288, 92300, 92316, 92330, 92345, 92358, 92373, 92388, 92407, 92428, 92450, 92471, 92487, 92507, 92523, 92535, 92550, 92564, 92580, 92597, 92612, 92629, 92644, 92659, 92673, 92693, 92706, 92722, 92736, 92751, 92764, 92784, 92800, 92816, 92830, 92845, 92858, 92878, 92894, 92897, 92919, 92942, 92966, 92983, 92997, 93014, 93026, 93056, 93080, 93099, 93118, 93135, 93143, 93147, 93153, 93162, 93166, 93169, 93173, 93178, 93187, 93195, 93201, 93213, 93229, 93239, 93257, 93275, 93286, 93300, 93308, 93326, 93344, 93356, 93364, 93373, 93380, 93385, 93395, 93400, 93406, 93413, 93421, 93432, 93447, 93452, 93457, 93471, 93490, 93498, 93509, 93527, 93542, 93562, 93577, 93597, 93615, 93638, 93651, 93669, 93674, 93682, 93688, 93694, 93715, 93729, 93742, 93755, 93770, 93784, 93798, 93811, 93823, 93832, 93842, 93859, 93871, 93887, 93899, 93906, 93916, 93927, 93939, 93949, 93960, 93972, 93978, 93987, 94004, 94019, 94041, 94058, 94079, 94096, 94104, 94116, 94124, 94131, 94138, 94145, 94158, 94168, 94184, 94203, 94207, 94213, 94220, 94234, 94250, 94268, 94287, 94301, 94316, 94332, 94343, 94355, 94370, 94383, 94395, 94406, 94417, 94424, 94429, 94435, 94446, 94449, 94484, 94512, 94540, 94570, 94578, 94596, 94604, 94633, 94655, 94677, 94701, 94721, 94742, 94752, 94773, 94780, 94785, 94793, 94810, 94819, 94833, 94844, 94860, 94879, 94897, 94914, 94934, 94945, 94954, 94962, 94967, 94977, 94986, 94991, 95002, 95021, 95034, 95047, 95063, 95077, 95090, 95102, 95116, 95126, 95137, 95145, 95153, 95168, 95181, 95192, 95206, 95220, 95238, 95257, 95272, 95285, 95298, 95321, 95337, 95354, 95374, 95392, 95408, 95426, 95440, 95455, 95472, 95486, 95504, 95521, 95539, 95561, 95584, 95603, 95620, 95633, 95651, 95664, 95673, 95687, 95697, 95713, 95717, 95722, 95736, 95744, 95748, 95763, 95773, 95785, 95796, 95813, 95825, 95841, 95854, 95873, 95888, 95902, 95917, 95930, 95945, 95962, 95977, 95992, 96009, 96024, 96040, 96051, 96064, 96076, 96094, 96107, 96124, 96138, 96158, 96174, 96189, 96205, 96219, 96235, 96253, 96269, 96285, 96303, 96319, 96336, 96348, 96362, 96375, 96394, 96408, 96426, 96441, 96462, 96479, 96495, 96512, 96527, 96544, 96563, 96580, 96597, 96616, 96633, 96651, 96660, 96670, 96694, 96713, 96731, 96746, 96757, 96776, 96799, 96828, 96860, 96888, 96916, 96934, 96956, 96970, 96993, 97020, 97053, 97089, 97121, 97153, 97175, 97201, 97219, 97243, 97265, 97295, 97316, 97336, 97354, 97380, 97397, 97411, 97439, 97462, 97484, 97503, 97518, 97541, 97568, 97601, 97637, 97669, 97701, 97723, 97749, 97767, 97794, 97825, 97862, 97902, 97938, 97974, 98000, 98030, 98052, 98080, 98106, 98140, 98165, 98189, 98211, 98241, 98262, 98271, 98282, 98295, 98309, 98317, 98333, 98349, 98358, 98372, 98392, 98405, 98420, 98435, 98444, 98453, 98464, 98479, 98490, 98507, 98524, 98536, 98545, 98562, 98577, 98583, 98597, 98613, 98629, 98639, 98652, 98669, 98687, 98705, 98722, 98742, 98765, 98787, 98808, 98818, 98829, 98838, 98850, 98860, 98871, 98884, 98899, 98911, 98925, 98937, 98949, 98963, 98974, 98991, 99001, 99013, 99019, 99039, 99052, 99063, 99074, 99089, 99107, 99131, 99150, 99170, 99191, 99207, 99224, 99244, 99268, 99298, 99331, 99360, 99389, 99408, 99431, 99446, 99470, 99498, 99532, 99569, 99602, 99635, 99658, 99685, 99704, 99729, 99752, 99783, 99805, 99826, 99845, 99872, 99890, 99905, 99924, 99946, 99974, 99997, 100021, 100046, 100066, 100087, 100105, 100127, 100152, 100183, 100209, 100236, 100264, 100287, 100311, 100321, 100333, 100344, 100361, 100373, 100389, 100402, 100421, 100436, 100450, 100465, 100478, 100493, 100510, 100525, 100540, 100557, 100572, 100588, 100601, 100614, 100625, 100638, 100650, 100668, 100681, 100698, 100712, 100732, 100748, 100763, 100779, 100793, 100809, 100827, 100843, 100859, 100877, 100893, 100910, 100922, 100936, 100949, 100968, 100982, 101000, 101015, 101036, 101053, 101069, 101086, 101101, 101118, 101137, 101154, 101171, 101190, 101207, 101225, 101232, 101237, 101248, 101264, 101274, 101289, 101295, 101300, 101304, 101309, 101315, 101325, 101330, 101337, 101352, 101357, 101361, 101370, 101378, 101383, 101388, 101394, 101401, 101410, 101426, 101437, 101446, 101460, 101474, 101482, 101494, 101502, 101510, 101519, 101527, 101536, 101551, 101561, 101572, 101584, 101592, 101598, 101608, 101626, 101641, 101651, 101662, 101674, 101682, 101691, 101705, 101715, 101725, 101736, 101747, 101758, 101769, 101777, 101783, 101791, 101800, 101810, 101818, 101832, 101849, 101858, 101870, 101878, 101885, 101897, 101910, 101920, 101935, 101944, 101956, 101971, 101982, 101997, 102009, 102024, 102033, 102043, 102058, 102066, 102074, 102082, 102094, 102105, 102111, 102119, 102132, 102141, 102155, 102161, 102168, 102176, 102189, 102198, 102207, 102218, 102229, 102241, 102253, 102273, 102290, 102308, 102333, 102353, 102377, 102397, 102408, 102419, 102424, 102438, 102448, 102457, 102467, 102476, 102488, 102494, 102501, 102506, 102511, 102519, 102522, 102532, 102543, 102558, 102566, 102587, 102611, 102631, 102651, 102661, 102669, 102683, 102694, 102705, 102711, 102722, 102734, 102749, 102768, 102793, 102821, 102845, 102869, 102883, 102901, 102911, 102927, 102941, 102963, 102976, 102988, 103000, 103009, 103017, 103027, 103045, 103057, 103066, 103069, 103077, 103084, 103091, 103109, 103126, 103143, 103152, 103160, 103168, 103177, 103181, 103196, 103210, 103224, 103236, 103246, 103259, 103271, 103285, 103297, 103307, 103321, 103333, 103347, 103359, 103370, 103386, 103400, 103414, 103424, 103433, 103443, 103456, 103467, 103480, 103495, 103508, 103519, 103534, 103547, 103562, 103575, 103587, 103604, 103619, 103634, 103645, 103657, 103668, 103672, 103680, 103686, 103705, 103718, 103725, 103733, 103752, 103773, 103791, 103800, 103811, 103819, 103828, 103842, 103854, 103866, 103871, 103877, 103896, 103908, 103919, 103927, 103943, 103959, 103974, 103987, 104003, 104014, 104024, 104037, 104050, 104066, 104081, 104093, 104107, 104121, 104134, 104148, 104159, 104170, 104182, 104193, 104207, 104220, 104230, 104238, 104256, 104273, 104285, 104294, 104302, 104314, 104326, 104330, 104343, 104358, 104373, 104387, 104402, 104414, 104427, 104439, 104453, 104458, 104466, 104475, 104482, 104492, 104510, 104527, 104545, 104562, 104580, 104602, 104611, 104621, 104629, 104642, 104661, 104681, 104700, 104720, 104744, 104756, 104770, 104779, 104790, 104804, 104816, 104829, 104844, 104858, 104871, 104885, 104895, 104903, 104912, 104925, 104930, 104944, 104959, 104970, 104976, 104987, 104997, 105000, 105006, 105023, 105037, 105050, 105065, 105082, 105096, 105116, 105123, 105139, 105151, 105164, 105168, 105173, 105180, 105190, 105207, 105219, 105233, 105249, 105264, 105277, 105284, 105292, 105304, 105317, 105337, 105352, 105369, 105388, 105406, 105422, 105435, 105455, 105470, 105487, 105506, 105524, 105540, 105550, 105557, 105565, 105579, 105597, 105606, 105623, 105635, 105654, 105668, 105684, 105702, 105719, 105734, 105744, 105764, 105781, 105801, 105822, 105838, 105860, 105875, 105883, 105896, 105908, 105930, 105948, 105967, 105989, 106007, 106026, 106050, 106067, 106078, 106096, 106112, 106131, 106149, 106165, 106186, 106200, 106220, 106236, 106254, 106268, 106285, 106300, 106312, 106330, 106348, 106362, 106380, 106396, 106407, 106421, 106433, 106444, 106459, 106477, 106501, 106527, 106553, 106574, 106586, 106600, 106614, 106631, 106648, 106662, 106682, 106695, 106715, 106733, 106744, 106760, 106777, 106792, 106809, 106821, 106839, 106859, 106877, 106894, 106911, 106931, 106943, 106951, 106960, 106970, 106981, 106990, 107007, 107019, 107029, 107034, 107040, 107046, 107051, 107058, 107069, 107076, 107084, 107098, 107111, 107124, 107139, 107166, 107181, 107195, 107219, 107242, 107256, 107268, 107279, 107297, 107314, 107337, 107355, 107374, 107390, 107412, 107435, 107455, 107479, 107499, 107519, 107540, 107556, 107569, 107583, 107604, 107626, 107640, 107656, 107673, 107684, 107693, 107715, 107734, 107756, 107785, 107817, 107843, 107874, 107899, 107930, 107960, 107987, 108017, 108037, 108054, 108074, 108101, 108131, 108155, 108184, 108207, 108236, 108264, 108289, 108317, 108327, 108334, 108342, 108355, 108363, 108372, 108386, 108405, 108429, 108452, 108460, 108469, 108477, 108490, 108500, 108515, 108531, 108541, 108556, 108569, 108580, 108591, 108600, 108615, 108633, 108646, 108661, 108675, 108688, 108697, 108714, 108723, 108729, 108736, 108749, 108763, 108789, 108812, 108834, 108845, 108867, 108884, 108902, 108917, 108936, 108956, 108971, 108984, 108996, 109012, 109023, 109035, 109045, 109064, 109084, 109101, 109124, 109148, 109169, 109194, 109215, 109222, 109230, 109239, 109246, 109254, 109263, 109277, 109292, 109310, 109323, 109335, 109353, 109372, 109388, 109410, 109433, 109453, 109477, 109497, 109506, 109516, 109521, 109533, 109543, 109554, 109579, 109599, 109618, 109634, 109649, 109678, 109702, 109725, 109745, 109756, 109774, 109786, 109799, 109813, 109828, 109844, 109856, 109869, 109883, 109893, 109909, 109919, 109928, 109938, 109951, 109964, 109978, 109988, 109997, 110010, 110025, 110037, 110047, 110058, 110070, 110084, 110096, 110115, 110133, 110154, 110178, 110201, 110223, 110235, 110245, 110261, 110274, 110290, 110295, 110301, 110313, 110326, 110351, 110373, 110394, 110404, 110420, 110435, 110456, 110472, 110489, 110503, 110521, 110539, 110558, 110572, 110584, 110590, 110601, 110617, 110638, 110658, 110663, 110680, 110689, 110696, 110701, 110712, 110715, 110733, 110753, 110773, 110789, 110800, 110812, 110826, 110849, 110870, 110903, 110917, 110931, 110949, 110961, 110984, 111003, 111017, 111029, 111041, 111051, 111061, 111071, 111085, 111103, 111115, 111121, 111127, 111133, 111139, 111145, 111151, 111157, 111163, 111169, 111175, 111181, 111187, 111193, 111199, 111205],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[41, 443, 1387, 1390, 1460, 2612, 3048, 3579, 3580, 3871, 3878, 3892, 3900, 3902, 3965]), Anchor::All(&[Anchor::Lits(&[4043, 4449, 4630, 4734, 4797, 4801, 4803, 4806, 4808, 4810, 4851, 4859, 4863, 4883, 4901, 4951, 4955, 4963, 4967, 4987, 5005, 5258, 5260, 5303, 5491, 5494, 5498, 5501, 5810, 6019, 6044, 6061, 6085, 6116, 6118, 6133, 6221, 6277, 6375, 6379, 6382, 6384, 6457, 6459, 6461, 6628, 6647, 6935, 6982, 7018, 7139, 7143, 7144, 7146, 7148, 7150, 7223, 7601, 7603, 7625, 7688]), Anchor::Lits(&[4538, 4586, 4612, 4773, 4775, 5333, 5337, 5345, 5347, 5604, 5821, 6597, 6600, 6784, 6854, 6875, 7203, 7631])]), Anchor::All(&[Anchor::Lits(&[4043, 4449, 4630, 4734, 4797, 4801, 4803, 4806, 4808, 4810, 4851, 4859, 4863, 4883, 4901, 4951, 4955, 4963, 4967, 4987, 5005, 5258, 5260, 5303, 5491, 5494, 5498, 5501, 5810, 6019, 6044, 6061, 6085, 6116, 6118, 6133, 6221, 6277, 6375, 6379, 6382, 6384, 6457, 6459, 6461, 6628, 6647, 6935, 6982, 7018, 7139, 7143, 7144, 7146, 7148, 7150, 7223, 7601, 7603, 7625, 7688]), Anchor::Lits(&[4538, 4586, 4615, 4635, 4711, 4773, 4780, 5091, 5337, 5345, 5349, 5555, 5593, 5609, 5895, 6346, 6597, 6600, 6764, 6858, 6875, 7130, 7203, 7248, 7300, 7484, 7631])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[485, 610, 713, 726, 733, 868, 869, 871, 1210, 1330, 1534, 1543, 1641, 1851, 1856, 2069, 2094, 2095, 2096, 2333, 2394, 2526, 2554, 2562, 2573, 2759, 2760, 2771, 2840, 3207, 3209, 3211, 3249, 3251, 3863, 3869, 3871, 3874, 3887, 3890, 3900, 3965, 4539, 4587, 4774, 4776, 4781, 5334, 5338, 5346, 5348, 5350, 5605, 5610, 6598, 6601, 6608, 6859, 6876, 7204, 7205, 7632]), Anchor::All(&[Anchor::Lits(&[4538, 4586, 4773, 4775, 5333, 5337, 5345, 5347, 5604, 6597, 6600, 6858, 6875, 7203, 7631]), Anchor::Lits(&[4148, 4230, 5080, 8200])]), Anchor::All(&[Anchor::Lits(&[4043, 4449, 4630, 4734, 4797, 4801, 4803, 4806, 4808, 4810, 4851, 4859, 4863, 4883, 4901, 4951, 4955, 4963, 4967, 4987, 5005, 5258, 5260, 5303, 5491, 5494, 5498, 5501, 5810, 6019, 6044, 6061, 6085, 6116, 6118, 6133, 6221, 6277, 6375, 6379, 6382, 6384, 6457, 6459, 6461, 6628, 6647, 6935, 6982, 7018, 7139, 7143, 7144, 7146, 7148, 7150, 7223, 7601, 7603, 7625, 7688]), Anchor::Lits(&[4534, 4775, 5335, 5347, 5604, 5820, 6600, 6783, 6854, 6874, 6880])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[725, 1501, 1502, 1503, 1675, 1676, 1686, 1687, 1855, 2525, 2527, 2610, 2768, 2822, 2823, 2824, 3905, 3909, 3912, 3914, 3916, 3919, 3925, 3930, 3934, 3947, 3957]), Anchor::All(&[Anchor::Lits(&[4538, 4780, 5905, 6346]), Anchor::Lits(&[3904])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[4046, 4399, 5033, 5540, 5549, 5799, 6572, 6584, 7033, 7714, 7716, 8058, 8120, 8121, 8124, 8130, 8183, 8184, 8199, 8272]), Anchor::Lits(&[4148, 4235, 5092, 7875, 7897])])),
            (4, "override-the-above", Anchor::Lits(&[42, 444, 2560, 2572])),
            (5, "override-bare-instructions", Anchor::Lits(&[504, 906, 1364, 1592, 2172, 2202, 2423, 2468, 3152, 3154])),
            (6, "override-previous-loosely", Anchor::Lits(&[5494, 6799])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[4044, 4045, 4159, 4450, 4631, 4735, 4798, 4802, 4804, 4807, 4809, 4811, 4860, 4864, 4884, 4952, 4964, 4968, 4988, 5259, 5261, 5304, 5492, 5495, 5499, 5502, 6020, 6045, 6062, 6086, 6117, 6119, 6134, 6222, 6258, 6296, 6376, 6380, 6383, 6385, 6458, 6460, 6462, 6629, 6648, 6936, 6983, 7019, 7140, 7145, 7147, 7149, 7151, 7602, 7604, 7626, 7689]), Anchor::All(&[Anchor::Lits(&[4043, 4449, 4630, 4734, 4797, 4801, 4803, 4806, 4808, 4810, 4851, 4859, 4863, 4883, 4901, 4951, 4955, 4963, 4967, 4987, 5005, 5258, 5260, 5303, 5491, 5494, 5498, 5501, 5810, 6019, 6044, 6061, 6085, 6116, 6118, 6133, 6221, 6277, 6375, 6379, 6382, 6384, 6457, 6459, 6461, 6628, 6647, 6935, 6982, 7018, 7139, 7143, 7144, 7146, 7148, 7150, 7223, 7601, 7603, 7625, 7688]), Anchor::Lits(&[626, 669, 737, 756, 876, 1467, 1584, 1646, 2073, 2289, 2387, 2499, 2597, 3246])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[254, 468, 469, 471, 473, 723, 724, 748, 753, 1362, 1363, 1481, 1483, 1797, 1798, 1846, 1857, 2568, 2569, 2765, 2772, 2872, 2877, 3164, 3165, 3242, 3495])),
            (9, "override-everything-then-order", Anchor::Lits(&[906, 1364, 1592, 2172, 2202, 2886])),
            (10, "hijack-the-content", Anchor::Lits(&[4806, 5258, 5494, 7018])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[4539, 4587, 4613, 4774, 4776, 4781, 5334, 5338, 5346, 5348, 5350, 5605, 5610, 5822, 6598, 6601, 6608, 6785, 6855, 6859, 6876, 7204, 7205, 7632]), Anchor::Any(&[Anchor::Lits(&[4279, 4280, 4836, 4873, 4918, 4920, 4922, 4924, 4928, 4977, 5630, 5631, 6113, 6114, 6115, 6120, 6121]), Anchor::All(&[Anchor::Lits(&[29, 30, 77, 548, 549, 837, 851, 893, 1179, 1201, 1269, 1307, 1308, 1475, 1605, 1708, 1730, 1816, 1842, 2226, 2229, 2258, 2262, 2264, 2265, 2267, 2286, 2294, 2299, 2383, 2405, 2415, 2680, 2722, 2728, 2749, 2751, 2784, 2793, 3172, 3178, 3191, 3649, 3769, 3779, 3850]), Anchor::Lits(&[4277, 5321, 5356, 5364, 5369, 5625, 5931, 6986, 6993, 7865, 7926])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[430, 547, 550, 1515, 1521, 1709, 1710, 2409, 2410, 2423, 2425, 2427, 2428, 2727, 2729, 3177, 3179, 3222, 3224, 3536, 3537, 3767]), Anchor::Lits(&[4534, 4623, 4775, 5345, 5604, 5890, 5908, 6343, 6518, 6525, 6600, 6858])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[3861, 3867, 3872, 3875, 3899, 3964]), Anchor::All(&[Anchor::Lits(&[38, 39, 72, 73, 686, 687, 1352, 1354, 1550, 1552, 1864, 1865, 2287, 2288, 2752, 2753, 3144, 3145]), Anchor::Lits(&[4538, 4586, 4612, 4691, 4755, 4773, 4775, 5333, 5337, 5345, 5347, 5604, 5821, 5859, 6336, 6388, 6597, 6600, 6784, 6854, 6875, 7203, 7630, 7631])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1253, 1254, 1255, 1256, 1778, 1779, 1782, 1788, 2338, 2339, 2342, 2348, 3082, 3083, 3084, 3085, 4047, 4048, 4049, 4050, 4051, 4052, 4053, 4054, 4075, 4081, 4082, 4204, 4205, 4210, 4222, 4223, 4224, 4225, 4401, 4402, 4405, 4406, 4407, 4546, 4547, 4548, 4550, 4551, 4552, 4553, 4554, 4555, 4556, 4557, 4558, 4559, 4560, 4561, 4562, 4563, 4564, 4565, 4566, 4567, 4568, 4569, 4570, 4572, 4575, 4578, 4581, 4583, 4603, 4604, 4606, 4608, 4626, 4627, 4628, 4661, 4662, 4663, 4664, 4728, 4729, 4730, 4731, 4757, 4758, 4759, 4761, 4762, 4763, 4764, 5034, 5035, 5036, 5037, 5038, 5039, 5040, 5154, 5155, 5156, 5157, 5158, 5159, 5217, 5218, 5219, 5221, 5222, 5223, 5224, 5228, 5230, 5231, 5232, 5280, 5282, 5381, 5382, 5383, 5384, 5385, 5386, 5387, 5550, 5743, 5747, 5750, 5754, 5758, 5759, 5830, 5831, 5832, 5833, 6225, 6226, 6227, 6228, 6230, 6231, 6232, 6233, 6234, 6235, 6236, 6237, 6238, 6239, 6241, 6244, 6247, 6250, 6252, 6306, 6308, 6311, 6314, 6318, 6319, 6355, 6356, 6357, 6358, 6359, 6360, 6361, 6553, 6554, 6555, 6565, 6566, 6567, 6568, 6569, 6570, 6571, 6577, 6578, 6579, 6580, 6581, 6582, 6583, 6694, 6695, 6697, 6699, 6775, 6776, 6777, 7034, 7095, 7096, 7097, 7098, 7099, 7100, 7200, 7202, 7203, 7206, 7209, 7210, 7212, 7218, 7219, 7220, 7221, 7225, 7226, 7227, 7228, 7642, 7643, 7649, 7655, 8167, 8187])),
            (15, "permission-to-ignore", Anchor::Lits(&[4436, 4449, 4513, 4791, 4806, 5077, 5258, 5494, 6379, 7018, 7823])),
            (16, "deceive-the-user", Anchor::Lits(&[4449, 4806, 4835, 4867, 4868, 4874, 4881, 4890, 4896, 4927, 4971, 4972, 4978, 4985, 4994, 5000, 5258, 5389, 5391, 5393, 5398, 5494, 6028, 6049, 6050, 6055, 6064, 6074, 6081, 6379, 7979])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[4146, 4149, 4257, 4258, 4259, 4264, 4266, 4267, 4268, 4269, 4358, 4360, 4361, 4362, 4434, 4487, 4505, 4512, 4538, 4586, 4593, 4596, 4597, 4601, 4612, 4656, 4658, 4773, 4775, 5060, 5075, 5081, 5208, 5331, 5333, 5335, 5344, 5345, 5347, 5421, 5428, 5586, 5587, 5588, 5589, 5591, 5592, 5604, 5821, 5825, 5920, 5924, 6518, 6525, 6573, 6597, 6600, 6609, 6670, 6684, 6692, 6784, 6803, 6804, 6858, 6874, 6877, 6910, 6911, 6912, 6948, 6954, 6955, 6956, 6957, 6958, 6960, 7203, 7435, 7631, 7656, 8213]), Anchor::Lits(&[333, 417, 457, 2300, 2324, 2325, 2327, 3464])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[3773, 3778, 4417, 4523, 4524, 5272, 5273, 5278, 7216]), Anchor::All(&[Anchor::Lits(&[4538, 4586, 4623, 4773, 4775, 5333, 5337, 5345, 5347, 5466, 5604, 5878, 5879, 6485, 6597, 6600, 6784, 6858, 6875, 7203, 7631]), Anchor::Lits(&[4525, 4528, 4737, 5008, 5061, 5062, 5226, 6386, 6621, 6717, 6721, 6723, 6766, 6771, 6808, 7688, 7931, 7932])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[90, 91, 92, 93, 2312, 2313, 2326, 2334, 3414, 3416, 3463, 3483, 3771, 3772, 3775, 3777])),
            (20, "override-what-makers-said", Anchor::Lits(&[7363, 7429, 7430, 7442, 7448, 7449, 7453, 7460, 7461, 7467, 8202, 8215, 8217, 8223, 8229, 8231, 8234, 8241, 8242, 8247])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[877, 879, 1680, 2114, 2118, 2389, 2529, 2827]), Anchor::All(&[Anchor::Lits(&[8058, 8123, 8151, 8182, 8184, 8253, 8271]), Anchor::Lits(&[4585, 5182, 5268, 5352, 5729, 5816, 6377, 6681, 6745, 6769, 6807, 7694])]), Anchor::All(&[Anchor::Lits(&[5293, 5294, 5308, 5309, 5739, 5740, 5906, 5907, 6622, 6623, 6676, 6677, 6818, 6819]), Anchor::Lits(&[8200])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[281, 289, 290, 302, 303, 304, 313, 314, 316, 317, 319, 320, 327, 332, 3872, 3877, 3897, 3899, 3964])),
            (23, "nothing-is-real", Anchor::Lits(&[234, 715, 2213, 2253, 2271, 2272, 2273, 2274, 2826])),
            (24, "declined-now-allowed", Anchor::Lits(&[4380, 4422, 4659, 4660, 4719, 4744, 4795, 5254, 5255, 6599, 6693, 6711, 6781, 8049, 8050])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[726, 1496, 1504, 1678, 1851, 1856, 2144, 2526, 2528, 2771, 2825, 3861, 3872, 3873, 3877, 3880, 3881, 3883, 3899, 3959, 3964, 4311, 7476]), Anchor::All(&[Anchor::Lits(&[726, 1504, 1678, 2526, 2528, 2771, 2825, 3212]), Anchor::Lits(&[8200])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[47, 684, 813, 1482, 1914, 2525, 2527, 2580, 2837, 2900])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[354, 355, 356, 357, 491, 492, 695, 738, 757, 878, 1399, 1400, 1402, 1406, 1407, 1408, 1418, 1460, 1673, 1872, 2061, 2595, 2596, 2597, 2959, 3117, 3250, 3494, 3871, 3876, 3892, 3896, 3897, 3898, 3963, 4235, 4605, 4607, 5092, 5231, 5832, 6238, 6696, 6698, 6768, 6770, 7222, 7231, 7648, 7653, 7724, 7727, 7733, 7735, 7736, 7738, 7739, 7754, 7755, 7756, 7759, 7897, 8226, 8227, 8248]), Anchor::All(&[Anchor::Lits(&[492, 691, 725, 878, 1495, 1500, 1503, 1677, 2387, 2525, 2527, 2596, 2597, 2770, 2824, 2963, 3517]), Anchor::Lits(&[7369, 7401, 7428, 7445, 7723])]), Anchor::All(&[Anchor::Lits(&[492, 725, 878, 1500, 1503, 1677, 2387, 2596, 2597, 2824]), Anchor::Lits(&[4755, 5379, 7126, 7128, 7197])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[42, 73, 255, 434, 687, 691, 725, 755, 878, 1156, 1354, 1376, 1500, 1503, 1551, 1553, 1677, 1755, 1855, 2288, 2525, 2753, 2770, 2824, 2963, 3341, 3351, 3394, 4256, 4311, 4312, 4313, 4314, 5337, 5633, 6335, 6371, 6378, 6722, 6875, 6878, 7179, 7232, 7657]), Anchor::All(&[Anchor::Lits(&[475, 482, 694, 1459, 1871, 2374, 2831, 2958, 3116, 3180, 3181, 3839]), Anchor::Lits(&[3860])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[4589, 4590, 4613, 4624, 4774, 4781, 5220, 5338, 5350, 5567, 5568, 5577, 5607, 5610, 6486, 6519, 6548, 6598, 6601, 6608, 6785, 6859, 6985, 7204, 7205, 7632]), Anchor::Lits(&[3904])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[4590, 4774, 4781, 5350, 5610, 5891, 5896, 6548, 6601, 6608, 6859, 6985, 7301]), Anchor::Lits(&[4104, 4588, 4756, 5380, 5566, 5622, 5897, 6332, 6354, 6544, 6586, 6675, 6939, 7127, 7198, 7675, 7822])])),
            (31, "what-others-told-you", Anchor::Lits(&[42, 337, 338, 339, 340, 434, 1415, 1416, 1417, 1418, 1449, 1450, 1454, 1455, 1670, 1671, 1672, 1673, 2578, 2592, 2593, 2594, 2595, 2627, 2628, 2629, 2630, 2845, 2846, 2847, 2848, 2919, 2920, 2921, 2922, 3229, 3230, 3231, 3232, 3238, 3239, 3240, 3241, 3491, 3492, 3493, 3494, 3844, 3845, 3846, 3847, 3851, 3852, 3853, 3854])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[275, 874, 980, 1510, 1523, 3672, 3681, 5548, 5595, 7876, 7878, 7880, 7889, 7895, 7898])),
            (33, "reveal-given-instructions", Anchor::Lits(&[41, 100, 353, 433, 1155, 1361, 1625, 1707, 2577, 3482, 3682, 3776, 3861, 3872, 3877, 3899, 3964, 4408, 5281, 5323, 5548, 5595, 6259, 7305, 8082, 8118, 8125, 8136, 8148, 8166, 8169, 8185, 8188, 8267, 8273])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[41, 352, 353, 436, 437, 438, 442, 443, 1396, 1404, 1626, 2558, 2579, 3048, 3879, 3892, 3900, 3966]), Anchor::All(&[Anchor::Lits(&[737, 756, 1643, 1646, 1677, 2557, 2597, 3246, 3837]), Anchor::Lits(&[42, 1156, 1347, 1530, 1639, 2393, 2559, 2570, 2576])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[447, 448, 449, 3115, 3119, 3120])),
            (36, "reveal-context-contents", Anchor::Lits(&[628, 756, 1928, 2295, 2298, 2929, 3518, 4617, 4622, 4623, 4653, 5609, 6547, 6600, 7203, 7303, 8046, 8047])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[8201, 8214, 8218, 8220, 8221, 8222, 8225, 8228, 8230, 8232, 8233, 8236, 8238, 8239, 8240, 8249, 8251])),
            (38, "complete-the-leak", Anchor::Lits(&[5439, 5441, 5442, 5444, 5445, 5447, 5448, 5449, 5451, 5452, 5455, 5456, 5457, 5458, 5459, 5460, 5461, 5462, 5463, 5464, 5933, 5934, 5935, 5936, 5937, 5938, 5939, 5940, 5941, 5942, 5943, 5944, 5945, 5946, 5947, 5948, 5949, 5950, 5951, 5952, 5953, 5954, 5955, 5956, 5957, 5958, 5959, 5960, 5961, 5962, 5963, 5964, 5965, 5966, 5967, 5968, 5970, 5971, 5972, 5973, 5974, 5975, 5976, 5977, 5978, 5979, 5980, 5981, 5982, 5983, 5984, 5985, 5986, 5987, 5988, 5989, 5990, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 5998, 5999, 6000, 6001, 6002, 6003, 6004, 6005, 7450, 7451, 7457, 7458, 7459, 7462, 7463, 7464, 7465, 8060, 8061, 8064, 8065, 8068, 8070, 8243, 8244, 8245, 8246])),
            (39, "what-you-must-not-say", Anchor::Lits(&[4323, 5256, 5602, 6078, 6204, 6205, 6206, 6207, 6596, 6599, 6782, 7622, 7629])),
            (40, "reveal-initialization", Anchor::Lits(&[5558, 5559, 5560, 5561, 5562, 5563, 5564, 5565, 5569, 5570, 5571, 5572, 5573, 5574, 5575, 5576, 5578, 5579, 5580, 5581, 5582, 5583, 5584, 5585])),
            (41, "forged-own-instructions", Anchor::Lits(&[3906, 3908, 3910, 3913, 3917, 3922, 3923, 3927, 3929, 3931, 3933, 3938, 3939, 3941, 3944, 3948, 3949, 3952, 3958])),
            (42, "follow-what-it-says", Anchor::Lits(&[185, 186, 187, 188, 189, 199, 201, 306, 307, 308, 309, 310, 311, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3685, 3686, 3687, 3688, 3689, 3690, 3693, 3694, 3695, 3696, 3697, 3698])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4769, 4912, 7364, 7396, 7444, 7487, 7522, 7531, 7560, 8085, 8087, 8090, 8119, 8122, 8128, 8133, 8179, 8185, 8203, 8208, 8224]), Anchor::All(&[Anchor::Lits(&[689, 704, 737, 789, 1191, 1677, 1803, 1922, 1928, 2590, 2597, 2832, 2927, 2929, 2961, 2963, 3496, 3631]), Anchor::Lits(&[7723])]), Anchor::All(&[Anchor::Lits(&[385, 693, 703, 1879, 2830, 3613]), Anchor::Lits(&[4282, 8057, 8150, 8252])])]), Anchor::Lits(&[690, 692, 705, 712, 738, 790, 1192, 1198, 1678, 1804, 1923, 1929, 2591, 2598, 2833, 2928, 2930, 2962, 2964, 3497, 3498, 3632, 4283, 4284, 4285, 4286, 4287, 4288, 7365, 7366, 7367, 7368, 7397, 7398, 7399, 7400, 7488, 7489, 7490, 7491, 7492, 7493, 7494, 7495, 7523, 7524, 7525, 7526, 7527, 7528, 7529, 7530, 7532, 7533, 7534, 7535, 7536, 7537, 7538, 7539, 8063, 8066, 8067, 8073, 8083, 8086, 8088, 8091, 8120, 8123, 8129, 8134, 8154, 8155, 8156, 8158, 8163, 8165, 8180, 8181, 8186, 8204, 8205, 8206, 8207, 8209, 8210, 8211, 8212, 8256, 8257, 8258, 8262, 8268, 8270])])),
            (44, "developer-message-requested", Anchor::Lits(&[42, 434, 870, 1394, 1544, 1642, 1678, 2923, 3210, 3212, 3865, 3866, 3872, 3893, 3895, 3901, 7440, 7456, 7877, 7879, 7881, 7882, 7883, 7884, 7885, 7886, 7887, 7890, 7891, 7892, 7893, 7894, 7896, 8219, 8237])),
            (45, "agents-environment-requested", Anchor::Lits(&[7370, 7371, 7372, 7373, 7374, 7375, 7376, 7377, 7378, 7379, 7380, 7381, 7382, 7383, 7384, 7385, 7386, 7387, 7388, 7389, 7390, 7391, 7392, 7393, 7394, 7395, 7402, 7403, 7404, 7405, 7406, 7407, 7408, 7409, 7410, 7411, 7412, 7413, 7414, 7415, 7416, 7417, 7418, 7419, 7420, 7421, 7422, 7423, 7424, 7425, 7426, 7427, 7496, 7497, 7498, 7499, 7500, 7501, 7502, 7503, 7504, 7505, 7506, 7507, 7508, 7509, 7510, 7511, 7512, 7513, 7514, 7515, 7516, 7517, 7518, 7519, 7520, 7521, 7725, 7726, 7728, 7729, 7730, 7731, 7732, 7734, 7737, 7740, 7741, 7742, 7743, 7744, 7745, 7746, 7747, 7748, 7749, 7750, 7751, 7752, 7753, 7757, 7758, 7760])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[370, 390, 459, 483, 656, 683, 696, 749, 754, 785, 821, 862, 1212, 1394, 1405, 1419, 1900, 1901, 1903, 1904, 1905, 2282, 2283, 2284, 2290, 2291, 2386, 2432, 2436, 2586, 2595, 2685, 2747, 2960, 3205, 3206, 3208, 3209, 3211, 3213, 3245, 3516, 3848, 3855, 3911, 3920, 3921, 3926, 3940, 3943, 4322, 4778, 5440, 5443, 5446, 5505, 5506, 5507, 5613, 5893, 6209, 6349, 6372, 6378, 6381, 7179, 7229, 7232, 7559, 7717, 8045, 8056, 8089, 8141, 8142, 8143, 8144, 8145, 8146, 8147, 8168, 8170, 8198, 8201, 8216, 8226, 8227, 8235, 8236, 8248, 8250]), Anchor::All(&[Anchor::Lits(&[4781, 5610, 6347, 6598]), Anchor::Lits(&[8200])]), Anchor::All(&[Anchor::Lits(&[272, 1738]), Anchor::Lits(&[8200])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1258, 1810, 1811, 2518, 2519, 2733, 2756, 2829, 3676, 3678, 3862, 3886, 3888])),
            (54, "authority-override", Anchor::Lits(&[48, 2076, 2078, 2086, 2422])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[63, 476, 1175, 1181, 1187, 1644, 2510, 2631, 3118, 3197, 3198]), Anchor::All(&[Anchor::Lits(&[8058, 8124, 8132, 8151, 8189, 8253]), Anchor::Lits(&[2074])])])),
            (58, "address-the-model", Anchor::Lits(&[181, 182, 1638, 2440, 2588, 2671, 2907, 3173, 3174, 5488, 5876, 5877, 5892, 5894, 6208, 6210, 6216, 6217, 6615, 6616, 6713, 6714, 7831, 7832])),
            (59, "capability-declared-granted", Anchor::Lits(&[51, 55, 74, 75, 76, 216, 222, 223, 232, 503, 603, 1237, 1496, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1856, 2392, 2584, 2771, 2906, 3005, 3008, 3011, 3016, 3024, 3025, 3026, 3027, 3028, 3030, 3200, 3574, 3782, 3785, 3787, 3790, 3792, 3793, 4526, 6478, 6591])),
            (60, "unrestricted-mode", Anchor::Lits(&[2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2424, 4173, 4193, 4493, 4703, 4760, 4765, 5025, 5152, 5269, 5311, 5354, 5700, 5714, 5719, 5734, 5824, 6109, 6110, 6112, 6164, 6275, 6337, 6678, 7112, 7165, 7668, 7669, 7671, 7681, 7691, 7695, 7703, 7709])),
            (61, "dan-persona", Anchor::Lits(&[4072, 4073, 4074, 4076, 4077, 4078, 4079, 4080, 4094, 4095, 4096, 4097, 4098, 4099, 4100, 4101, 4135, 4139, 4140, 4325, 4329, 4330, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4423, 4427, 4428, 4497, 4498, 4499, 4702, 4704, 4705, 4706, 4707, 4832, 5909, 5913, 5914, 6487, 6488, 6489, 6508, 6509, 6510, 6511, 6512, 6513, 6514, 6515, 6556, 6557, 6558, 6559, 6560, 6561, 6562, 6563, 6822, 6823, 6824, 6825, 6826, 6827, 6828, 6829, 6833, 6834, 6835, 6836, 6837, 6838, 6839, 6840, 7818, 7819, 7820, 8059, 8062, 8069, 8074, 8075, 8076, 8077, 8078, 8079, 8080, 8081, 8084, 8152, 8153, 8157, 8159, 8160, 8161, 8162, 8164, 8171, 8172, 8173, 8174, 8175, 8176, 8177, 8178, 8190, 8191, 8192, 8193, 8194, 8195, 8196, 8197, 8254, 8255, 8259, 8263, 8264, 8265, 8266, 8269])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[214, 529, 994, 2183, 3733, 4172, 4655, 4701, 4766, 5150, 5352, 5362, 5513, 5709, 5729, 5795, 5816, 5823, 5860, 6018, 6108, 6111, 6163, 6165, 6679, 6815, 6856, 6857, 7664, 7667, 7670, 7672, 7673, 7679, 7680, 7690, 7698, 7700, 7701, 7713, 7960, 7961, 7972, 7973, 7974, 7975, 7976, 7977, 7978, 7982, 7983, 7984, 7985, 7986, 7988, 7989, 7991, 8001, 8003, 8006, 8011, 8026, 8027]), Anchor::All(&[Anchor::Lits(&[490, 514, 908, 1008, 1009, 1045, 1046, 1513, 1606, 1737, 1745, 2159, 2184]), Anchor::Lits(&[7304, 7910, 7917])])]), Anchor::Lits(&[58, 60, 213, 428, 431, 446, 454, 455, 625, 667, 739, 1172, 1173, 1613, 2373, 2514, 2515, 2516, 2517, 2587, 2678, 2732, 2755, 2758, 2788, 2807, 2808, 2997, 2998, 3088, 3102, 3109, 3226, 3520, 3542, 3861, 3891, 3959])])),
            (63, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[46, 194, 502, 747, 1377, 1378, 2485, 2547, 2585, 2795, 3099, 3774, 3780, 4171, 4228, 4916, 4917, 4921, 6037, 6047, 6068, 6073, 6254, 6255, 6256, 7156]), Anchor::All(&[Anchor::Lits(&[490, 514, 908, 998, 1008, 1009, 1012, 1035, 1045, 1046, 1049, 1365, 1513, 1606, 1736, 1737, 1744, 1745, 2159, 2160, 2166, 2184]), Anchor::Lits(&[3247, 3719, 3726])]), Anchor::All(&[Anchor::Lits(&[157, 1243, 1763, 3560, 3564, 3575]), Anchor::Lits(&[102, 342, 477, 624, 629, 2088, 2499, 3204, 3641])])])),
            (64, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[921, 2224, 2285, 3962, 5052, 5053, 6646, 7005, 7006, 7142]), Anchor::All(&[Anchor::Lits(&[527, 1814, 2125, 2210]), Anchor::Lits(&[4030, 4032, 4036, 4038, 4174, 4175, 4185, 4186, 4199])])])),
            (65, "no-restrictions", Anchor::Lits(&[4435, 4488, 4602, 4613, 4620, 5076, 5210, 5334, 5338, 5350, 5822, 5826, 5921, 5922, 5925, 6519, 6574, 6598, 6779, 6780, 6785, 6859, 6876, 6890, 6902])),
            (66, "rules-do-not-apply", Anchor::Lits(&[252, 253, 1264, 1356, 1357, 1358, 1359, 1360, 1361, 1919, 2328, 2329, 2330, 2331, 2332, 2333, 2416, 2417, 2418, 2419, 2420, 2421, 3470, 3471, 3477, 3478, 3479, 3482])),
            (67, "no-rules-apply", Anchor::Lits(&[6190, 7447, 7472, 7473, 7474, 7475, 7477, 7478, 7481, 7482])),
            (68, "freed-from-limits", Anchor::Lits(&[488, 489, 496, 1207, 1208, 1260, 1377, 1379, 1838, 2225, 2227, 2228, 2266, 2268, 2269, 2717, 3559, 3561, 3562, 3578])),
            (69, "respond-without-limits", Anchor::Lits(&[825, 826, 827, 828, 829, 830, 843, 844, 845, 846, 847, 848, 2689, 2690, 2691, 2692, 2693, 2694, 2708, 2709, 2710, 2711, 2712, 2713, 2866, 2867, 2868, 2869, 2870, 2871, 4170, 5265, 5501, 6102, 6106, 6107, 6124, 6125, 6161, 6162, 6166, 6700, 7959, 7971, 7979])),
            (70, "pre-safety-self", Anchor::Lits(&[2296, 4400])),
            (71, "stay-in-character", Anchor::Lits(&[926, 927, 949, 1073, 1074, 1096, 1796, 2145, 2146, 2168, 2718, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137])),
            (72, "jailbreak-template", Anchor::Lits(&[617, 2212, 2216, 2219, 2221, 2223, 2251, 2252, 2597, 2677, 3352, 3395, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4309, 4310, 4315, 4316, 4317, 4318, 4319, 4320, 4321, 5516, 5517, 5518, 5519, 5520, 5521, 5522, 5524, 5525, 5526, 5527, 5528, 5529, 5530, 5531, 5532, 5533, 5534, 5535, 5536, 5537, 5541, 5542, 5543, 5544, 5545, 5546, 5547, 5923, 7814, 7933, 7934, 7935, 7936, 7937, 7938, 7939, 7943, 7944, 7945, 7946, 7947, 7948, 7949, 7950, 7951, 7952, 7953, 7954, 7955, 7956, 7964, 7965, 7966, 7967, 7968, 7969, 7970])),
            (73, "jailbreak", Anchor::Lits(&[4609, 4610, 5291, 5292, 5450, 5453, 5454, 5695, 5696, 5697, 5698, 5699, 5700, 5701, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 5710, 5711, 5712, 5713, 5714, 5715, 5716, 5717, 5718, 5719, 5720, 5721, 5722, 5723, 5724, 5725, 5726, 5728, 5730, 5731, 5732, 5733, 5734, 5735, 5736, 6218, 6219, 6576, 6928, 7858, 7859, 8071, 8072, 8126, 8127, 8260, 8261, 8274, 8275])),
            (74, "evil-twin", Anchor::Lits(&[3907, 3915, 3918, 3922, 3924, 3928, 3932, 3941, 3944, 3946, 3950, 3951, 3953, 3954, 3955])),
            (75, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[59, 312, 331, 345, 1611, 1835, 2564, 3183]), Anchor::Lits(&[271, 276, 873, 875, 922, 995, 1032, 1069, 1735, 1743, 2142, 2224, 3671, 3673, 3680, 3683])])),
            (76, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[818, 822, 850, 1819, 2446, 2849]), Anchor::Lits(&[149, 1149, 1219, 3592, 3727, 3841])])),
            (77, "simulated-privileged-shell", Anchor::Lits(&[4109, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 5285, 5286, 5287, 5288, 5289, 5290, 5310, 5312, 5313, 5314, 5315, 5316, 6841, 6842, 6843, 6844, 6845, 6846, 7164, 7166, 7167, 7168, 7169, 7170, 7180, 7181, 7182, 7183, 7184, 7185, 7702, 7704, 7705, 7706, 7707, 7708])),
            (78, "self-escalation", Anchor::Lits(&[880, 1762, 3290, 3294, 3935, 3936, 3937, 3960])),
            (79, "blind-execution", Anchor::Lits(&[233, 1238, 3692])),
            (80, "forbidden-becomes-required", Anchor::Lits(&[125, 126, 127, 130, 235, 236, 237, 238, 1239, 1240, 1241, 1242, 2382, 3700, 3701, 3702, 3703])),
            (81, "opposite-of-your-rules", Anchor::Lits(&[3868, 3870, 3885, 3894, 3903, 6338])),
            (82, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[716, 1200, 1581, 1611, 1616, 1617, 1618, 2506, 2564, 2864, 3183]), Anchor::Any(&[Anchor::Lits(&[214, 529, 994, 2183, 3733, 4172, 4655, 4701, 4766, 5150, 5352, 5362, 5513, 5709, 5729, 5795, 5816, 5823, 5860, 6018, 6108, 6111, 6163, 6165, 6679, 6815, 6856, 6857, 7664, 7667, 7670, 7672, 7673, 7679, 7680, 7690, 7698, 7700, 7701, 7713, 7960, 7961, 7972, 7973, 7974, 7975, 7976, 7977, 7978, 7982, 7983, 7984, 7985, 7986, 7988, 7989, 7991, 8001, 8003, 8006, 8011, 8026, 8027]), Anchor::All(&[Anchor::Lits(&[490, 514, 908, 1008, 1009, 1045, 1046, 1513, 1606, 1737, 1745, 2159, 2184]), Anchor::Lits(&[7304, 7910, 7917])])]), Anchor::Lits(&[97, 98, 103, 104, 343, 344, 478, 481, 630, 631, 762, 1868, 1869, 2089, 2090, 3550, 3642])])),
            (83, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4439, 4441, 4442, 5066, 5174, 7132, 7133]), Anchor::All(&[Anchor::Lits(&[5797, 5798]), Anchor::Lits(&[788, 811, 1802, 2450, 2888, 3486])]), Anchor::All(&[Anchor::Lits(&[5027, 5028]), Anchor::Lits(&[4692, 5780, 6437, 6938, 7619])])]), Anchor::Lits(&[4071, 4093, 4203, 4384, 4388, 4403, 4404, 4407, 4496, 4533, 4625, 5050, 5051, 5514, 6334, 6504, 6505, 6506, 6507, 6592, 6680, 6727, 6774, 6778, 6798, 6821, 6832, 7003, 7004, 7107, 7115, 7121, 7235, 7635, 7660, 8058, 8151, 8253]), Anchor::Lits(&[3248, 3720, 3727])]), Anchor::All(&[Anchor::Lits(&[4355, 4415, 4416, 4673, 4696, 4800, 5151, 5264, 5353, 5355, 5596, 5861, 6816, 6873, 6929, 7108, 7483]), Anchor::Any(&[Anchor::Lits(&[4065, 4068, 4169, 4238, 4440, 4690, 4692, 4736, 4753, 4791, 5007, 5026, 5174, 5179, 5351, 5796, 6351, 6389, 6437, 6498, 6587, 6938, 6962, 7092, 7109, 7131, 7619, 7658, 7930]), Anchor::All(&[Anchor::Lits(&[5327]), Anchor::Lits(&[55, 112, 2392, 2433, 2906, 3200])]), Anchor::All(&[Anchor::Lits(&[4652, 5029, 5044, 5180, 5263, 5797, 6532, 6975, 7634, 7693, 7719]), Anchor::Lits(&[3418, 3420, 3437, 3441, 3442, 3443, 3444, 3461, 3462, 3465, 3472, 3475, 3480])])]), Anchor::Lits(&[4071, 4093, 4384, 4388, 6503, 6516, 7003, 8058, 8253])])])),
            (84, "third-party-permission", Anchor::All(&[Anchor::Lits(&[504, 640, 832, 884, 1131, 1211, 1257, 1263, 1271, 1486, 1592, 2423, 2721, 2828, 3002, 3195, 3539, 3543, 3569, 3768]), Anchor::Lits(&[136, 265, 336, 391, 392, 649, 839, 1268, 1414, 1459, 1487, 1654, 1669, 2131, 2303, 2385, 2388, 2492, 2748, 2844, 2875, 2992, 3490, 3664])])),
            (85, "privileged-identity", Anchor::Lits(&[145, 265, 391, 392, 649, 1159, 1174, 1487, 3571, 3724, 3861, 3891, 3959])),
            (86, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[3781, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4363, 4364, 4365, 4367, 4387, 4492, 4507, 4508, 4509, 4511, 5339, 5340, 5341, 5343, 5487, 5511, 5866, 5868, 5869, 5871, 6479, 6480, 6481, 6482, 6520, 6521, 6522, 6524, 6663, 6664, 6665, 6666, 6787, 6788, 6789, 6791, 6879, 6885, 6887, 6903, 6947, 6950, 6953, 6961, 7178, 7187, 7436, 7437, 7438, 7439, 7919, 7920, 7921, 7922, 7923, 7924, 7925]), Anchor::All(&[Anchor::Lits(&[4123, 5620, 6830, 6853, 7302]), Anchor::Lits(&[50, 55, 148, 246, 761, 784, 788, 833, 834, 835, 836, 885, 886, 887, 888, 889, 890, 891, 892, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1147, 1165, 1262, 1271, 1374, 1486, 1822, 2392, 2433, 2450, 2507, 2540, 2582, 2888, 2906, 2910, 3079, 3091, 3486, 3519, 3538, 3569, 3581])]), Anchor::All(&[Anchor::Lits(&[759, 1144, 1262, 1270, 1821, 3138, 3146, 3568]), Anchor::Lits(&[64, 1248, 2561, 2675, 3140, 3838])])])),
            (87, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[65, 1355, 1424, 2676, 4134, 4471, 4472, 4915, 5365, 5366, 5367, 5368, 5496, 5497, 5510, 6068, 6552, 7186, 7927]), Anchor::All(&[Anchor::Lits(&[513, 907, 1591, 2211, 2214, 2216, 2220, 2221, 2222, 2223, 2247, 2248, 2249, 2251, 2252, 2254, 2255, 2256, 3040, 5729, 7664, 7670, 7680, 7701]), Anchor::Lits(&[277])])])),
            (88, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[3196, 3223, 3546, 4134, 4336, 5438, 5510, 5523, 6030, 6068, 6070, 6552, 7186, 7888]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3196, 3223, 3546]), Anchor::All(&[Anchor::Lits(&[258, 259, 484, 725, 1209, 1326, 1495, 1850, 1855, 2430, 2525, 2527, 2770, 2824, 2836]), Anchor::Lits(&[5265, 6104, 7979, 8280])])]), Anchor::Lits(&[4070, 4201, 6726, 6773, 7106, 7234, 8052])]), Anchor::All(&[Anchor::Lits(&[258, 484, 725, 731, 1209, 1329, 1495, 1850, 1855, 2525, 2527, 2770, 2824, 2836]), Anchor::Lits(&[5265, 6104, 7981, 8280])])])),
            (89, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[257, 260, 485, 635, 698, 699, 1327, 1330, 1496, 1845, 1851, 1856, 2431, 2667, 2760, 2769, 2771, 2825]), Anchor::Lits(&[58, 428, 2513, 3861, 3864, 3891, 3959])])),
            (90, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1265, 2124, 2126, 2203, 2206, 2207, 2217, 2218, 2259, 2260]), Anchor::All(&[Anchor::Lits(&[1158, 1331, 1334, 1336, 1489, 1852, 1854, 2697, 2700, 2703, 2704, 2705, 2761, 2762, 2764, 2768, 2775]), Anchor::Lits(&[6263, 6913, 6968, 6976, 7007])])])),
            (91, "persona-whose-words-run", Anchor::Lits(&[4150, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4235, 5031, 5082, 5084, 5085, 5086, 5089, 5092, 7897])),
            (92, "persona-that-never-refuses", Anchor::All(&[Anchor::Lits(&[824, 1528, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2625, 2688, 2865, 2876, 3667]), Anchor::Lits(&[551, 577, 995, 1032, 2142, 3735, 3805, 3842])])),
            (93, "persona-stripped-of-rules", Anchor::Any(&[Anchor::Lits(&[3415, 3419, 3439, 3440, 3481]), Anchor::All(&[Anchor::Lits(&[4269, 4434, 4486, 4506, 5075, 5209, 5337, 5825, 5924, 6518, 6784, 6858, 6877, 7833]), Anchor::Lits(&[4071, 4388, 4495, 5277, 5296, 5813, 6093, 6486, 6516, 6552, 6820, 6831, 7723, 8058, 8149, 8253])])])),
            (94, "disable-safety", Anchor::Lits(&[2856, 4044, 4149, 4159, 4232, 4257, 4258, 4259, 4264, 4265, 4266, 4267, 4268, 4269, 4358, 4360, 4361, 4362, 4437, 4438, 4450, 4452, 4487, 4505, 4512, 4514, 4515, 4593, 4595, 4596, 4597, 4616, 4618, 4619, 4621, 4656, 4658, 4715, 4716, 4733, 4792, 4794, 4807, 4809, 5060, 5065, 5067, 5070, 5071, 5072, 5073, 5074, 5075, 5078, 5079, 5081, 5090, 5211, 5259, 5261, 5267, 5298, 5299, 5300, 5331, 5333, 5335, 5344, 5421, 5428, 5495, 5502, 5586, 5587, 5588, 5589, 5590, 5591, 5592, 5727, 5819, 5920, 5924, 6024, 6025, 6258, 6380, 6383, 6604, 6670, 6684, 6692, 6786, 6803, 6804, 6874, 6880, 6881, 6882, 6883, 6884, 6888, 6889, 6891, 6892, 6893, 6894, 6895, 6896, 6897, 6898, 6899, 6900, 6901, 6910, 6911, 6912, 6948, 6949, 6954, 6955, 6956, 6957, 6958, 6959, 6960, 6994, 6995, 7163, 7192, 7194, 7195, 7236, 7435, 7468, 7656, 7662, 7663, 7676, 8048, 8213])),
            (95, "safety-declared-off", Anchor::Lits(&[4146, 4149, 4257, 4258, 4259, 4264, 4265, 4266, 4267, 4268, 4269, 4358, 4360, 4361, 4362, 4487, 4505, 4512, 4593, 4595, 4596, 4597, 4616, 4618, 4619, 4621, 4656, 4658, 5060, 5070, 5071, 5072, 5073, 5074, 5075, 5081, 5211, 5331, 5333, 5335, 5344, 5421, 5428, 5586, 5587, 5588, 5589, 5590, 5591, 5592, 5920, 5924, 6604, 6670, 6684, 6692, 6786, 6803, 6804, 6874, 6880, 6881, 6882, 6883, 6884, 6888, 6889, 6891, 6892, 6893, 6894, 6895, 6896, 6897, 6898, 6899, 6900, 6901, 6910, 6911, 6912, 6948, 6949, 6954, 6955, 6956, 6957, 6958, 6959, 6960, 7435, 7656, 8213])),
            (96, "skip-approval", Anchor::Lits(&[256, 697, 714, 2483, 2792, 2988, 2994, 3780, 4262, 4837, 4929, 6029, 6127, 6645, 7141, 7990, 8094, 8096, 8106, 8108])),
            (97, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[4718, 4720, 4727, 4746, 7710]), Anchor::All(&[Anchor::Lits(&[4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4549, 4571, 4573, 4574, 4576, 4577, 4579, 4580, 4582, 4584, 4902, 4903, 4904, 4905, 4906, 4907, 4908, 4909, 4910, 4911, 5160, 5161, 5162, 5163, 5164, 5165, 5166, 5167, 5168, 5169, 5229, 5233, 5234, 5235, 5236, 5237, 5238, 5239, 5240, 5241, 6229, 6240, 6242, 6243, 6245, 6246, 6248, 6249, 6251, 6253, 6466, 6467, 6468, 6469, 6470, 6471, 6472, 6473, 6474, 6475, 6862, 6863, 6864, 6865, 6866, 6867, 6868, 6869, 6870, 6871]), Anchor::Lits(&[4718, 4720, 4727, 4746, 6800, 6847, 6848, 7636, 7687, 7710])])])),
            (98, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[3438, 3469, 3473, 3474, 4784, 7153, 7995, 7997, 7998, 8002, 8005, 8008, 8023, 8024, 8028, 8029, 8031, 8032, 8036, 8037, 8038, 8039, 8040, 8041]), Anchor::All(&[Anchor::Lits(&[633, 634, 642, 764, 1326, 1346, 1413, 1490, 2613, 2812, 2836, 2858, 2899]), Anchor::Lits(&[4371, 4833, 4925, 6026, 7018, 7138])])])),
            (99, "do-not-screen-input", Anchor::Lits(&[929, 930, 931, 936, 943, 961, 966, 967, 968, 969, 970, 971, 978, 979, 1076, 1077, 1078, 1083, 1090, 1109, 1114, 1115, 1116, 1117, 1118, 1119, 1126, 1127, 2148, 2149, 2150, 2153, 2161, 2182, 2188, 2189, 2190, 2191, 2192, 2193, 2200, 2201, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 3006, 3007, 3009, 3010, 3012, 3015, 3017, 3018, 3019, 3020, 3021, 3022, 3031, 3032, 3148, 3149, 3150, 3151, 3153, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3783, 3784, 3786, 3788, 3789, 3791, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801])),
            (100, "allowlist-this-prompt", Anchor::Lits(&[2113, 2115, 2116, 2117, 2120, 2121, 2122, 2123, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3309, 3310, 3311, 3312, 3313, 3357, 3358, 3363, 3378, 3381, 3386, 3387, 3393, 4161, 4164, 5171, 7915, 7916])),
            (103, "unset-read-only", Anchor::Lits(&[1141, 1195, 2667, 2674, 2766, 2768, 2837, 2857, 2900])),
            (104, "stop-logging", Anchor::Lits(&[369, 1773, 1880, 2682, 2862, 3502, 3849])),
            (105, "self-approval", Anchor::Lits(&[4272, 7253, 7255, 7256, 7257, 7259, 7260, 7261, 7262, 7266, 7268, 7270, 7271, 7272, 7273, 7275, 7277, 7278, 7279, 7280, 7281, 7282, 7283, 7284, 7288, 7289, 7290, 7291, 7292, 7294, 7297])),
            (106, "execute-everything", Anchor::Lits(&[113, 114, 115, 119, 122, 124, 128, 233, 1215, 1216, 1217, 1221, 1224, 1226, 1233, 1238])),
            (107, "protection-mode-claim", Anchor::Lits(&[78, 132, 366, 508, 894, 1142, 1823, 1877, 2092, 2246, 2293, 2301, 2445, 2449, 2488, 2735, 3540, 3576])),
            (108, "approve-tool-calls", Anchor::Lits(&[262])),
            (110, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[135, 138, 139, 140, 141, 144, 257, 472, 501, 635, 643, 690, 692, 849, 1196, 1491, 1555, 1556, 1856, 2075, 2484, 2486, 2526, 2528, 2668, 2771, 2825, 2962, 3534, 3723]), Anchor::Lits(&[1761, 3291, 3314, 3336, 3356, 3388, 3904])])),
            (111, "tamper-with-named-controls", Anchor::Lits(&[4160, 4162, 4163, 4261, 4267, 4656, 5060, 5330, 5405, 5406, 5407, 5408, 5409, 5410, 5587, 6546, 6602, 6605, 6669, 6946, 6951, 7623, 7656])),
            (112, "authority-waives-controls", Anchor::Lits(&[131, 261, 1451, 1452, 1453, 1456, 1457, 1458, 1685, 2224, 2489, 4368, 4527, 4599, 4654, 5059, 5170, 6099, 6167, 6483, 6549, 6909, 6997, 6998, 7000, 7230, 7828])),
            (113, "vendor-orders-an-action", Anchor::Lits(&[1386, 1388, 1389, 1392, 1393, 1395, 1397, 1398, 1401, 1403, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373])),
            (114, "run-data-as-code", Anchor::Lits(&[470, 1249, 1756, 1757, 1867, 3296, 3297, 3326, 3327, 3332, 3333, 3334, 3335, 3342, 3343, 3637, 3699, 4105, 5245, 5247, 6644, 6942, 7002, 7909])),
            (115, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2801, 2802, 2803, 2804, 2805, 2806]), Anchor::Lits(&[418, 644, 763, 766, 3045, 3090])])),
            (116, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[463, 530, 531, 532, 534, 535, 537, 543, 544, 552, 553, 554, 558, 559, 565, 573, 574, 578, 579, 580, 584, 585, 591, 599, 600, 928, 934, 937, 941, 944, 954, 972, 974, 999, 1002, 1003, 1007, 1011, 1019, 1028, 1029, 1036, 1039, 1040, 1044, 1048, 1056, 1065, 1066, 1075, 1081, 1084, 1088, 1091, 1102, 1120, 1122, 2147, 2151, 2154, 2158, 2162, 2175, 2194, 2196, 3738, 3741, 3742, 3746, 3748, 3754, 3763, 3764, 3808, 3811, 3812, 3816, 3818, 3824, 3833, 3834, 4273, 4409, 4838, 4862, 4871, 4930, 4966, 4975, 5363, 6031, 6043, 6053, 6128, 6135, 6182, 6849, 7030, 7031, 7032, 7035, 7036, 7037, 7038, 7039, 7040, 7041, 7051, 7052, 7054, 7055, 7056, 7057, 7065, 7066, 7067, 7068, 7069, 7071, 7072, 7074, 7079, 7080, 7081, 7082, 7083, 7084, 7085, 7086, 7087, 7088, 7089, 7090, 7979]), Anchor::All(&[Anchor::Lits(&[5390, 5392, 5394, 5396, 5397]), Anchor::Lits(&[1385])]), Anchor::All(&[Anchor::Lits(&[108, 160, 256, 2792, 2988]), Anchor::Lits(&[7029])])])),
            (117, "evade-the-checks", Anchor::Lits(&[367, 419, 530, 531, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 552, 553, 557, 558, 559, 564, 565, 566, 569, 570, 571, 572, 573, 574, 576, 578, 579, 583, 584, 585, 590, 591, 592, 595, 596, 597, 598, 599, 600, 602, 928, 934, 940, 941, 944, 951, 954, 955, 958, 959, 960, 962, 972, 974, 977, 999, 1002, 1006, 1007, 1011, 1017, 1019, 1020, 1023, 1024, 1025, 1026, 1028, 1029, 1031, 1036, 1039, 1043, 1044, 1048, 1054, 1056, 1057, 1060, 1061, 1062, 1063, 1065, 1066, 1068, 1075, 1081, 1087, 1088, 1091, 1098, 1102, 1103, 1106, 1107, 1108, 1110, 1120, 1122, 1125, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1878, 2147, 2151, 2157, 2158, 2162, 2170, 2175, 2176, 2179, 2180, 2181, 2185, 2194, 2196, 2199, 2681, 3500, 3501, 3738, 3741, 3745, 3746, 3748, 3753, 3754, 3755, 3758, 3759, 3760, 3761, 3763, 3764, 3766, 3808, 3811, 3815, 3816, 3818, 3823, 3824, 3825, 3828, 3829, 3830, 3831, 3833, 3834, 3836, 5656, 6122, 7474, 7479, 7480, 7481, 7860, 7979, 8131])),
            (118, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[817, 893, 953, 1101, 1842, 2128, 2231, 2250, 2714, 2722, 2793, 3191, 3196, 3546, 3660, 3780, 4263, 4270, 4510, 4594, 4598, 4634, 4805, 5153, 5172, 5266, 5342, 5360, 5827, 6523, 6790, 6861, 7647, 7650, 7651, 7652, 7654, 7829]), Anchor::All(&[Anchor::Lits(&[504, 515, 640, 884, 895, 1259, 1261, 1427, 1440, 1841, 1843, 2423, 2426, 2427, 2429, 2721, 2725, 3002, 3033, 3190, 3192, 3543, 3547, 3659, 3661]), Anchor::Lits(&[256, 632, 697, 747, 1490, 1844, 2525, 2527, 2666, 2768, 2792, 2821, 2835])]), Anchor::All(&[Anchor::Lits(&[1646, 1674, 2061, 2597, 2738]), Anchor::Lits(&[7640])])])),
            (119, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1531, 1532, 1533, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1545, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 3532, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 4231, 4236, 4237, 4600, 5032, 5087, 5243, 5244, 5246, 5248, 5249, 5250, 5251, 5252, 5253, 5276, 5319, 5538, 5539, 6022, 6297, 6365, 6630, 6765, 7624, 7628, 7907, 7957])),
            (120, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[142, 152, 364, 393, 396, 1492, 1494, 2541, 2544, 2556, 2566, 2604, 2605, 2838, 2839, 3604, 4255, 4592, 6476, 6801, 6997]), Anchor::All(&[Anchor::Lits(&[2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957]), Anchor::Lits(&[4518, 5208, 5330, 5404, 6888, 7656])])])),
            (121, "agent-grants-itself-power", Anchor::Lits(&[2129, 2723, 3292, 3295, 3934, 3942, 3945, 3956, 3961, 7042, 7043, 7044, 7045, 7047, 7048, 7050, 7058, 7059, 7060, 7061, 7062, 7063, 7064])),
            (122, "remove-the-guard-hook", Anchor::Any(&[Anchor::Lits(&[4260, 4359, 4657, 5332, 5336, 6477, 6527, 6546, 6564, 6886, 6951]), Anchor::All(&[Anchor::Lits(&[257, 363, 765, 1491, 1493, 2484, 2528, 2555, 2565, 2837, 2900]), Anchor::Lits(&[1554, 2887])])])),
            (123, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[49, 52, 106, 362, 1213, 1882, 1883, 2093, 2637, 2901]), Anchor::Lits(&[647, 884, 1809, 2467, 2622, 2972, 3147, 3190, 3195, 3543, 3577, 3768])])),
            (124, "policy-does-not-cover-me", Anchor::Lits(&[924, 925, 932, 933, 942, 964, 996, 997, 1000, 1001, 1010, 1027, 1033, 1034, 1037, 1038, 1047, 1064, 1071, 1072, 1079, 1080, 1089, 1112, 1250, 3736, 3737, 3739, 3740, 3747, 3762, 3806, 3807, 3809, 3810, 3817, 3832])),
            (127, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4065, 4068, 4169, 4238, 4690, 4692, 4738, 4739, 4740, 4741, 4791, 5010, 5013, 5014, 5015, 5016, 5017, 5020, 5021, 5022, 5174, 6351, 6389, 6437, 6498, 6587, 6938, 6962, 7092, 7109, 7619, 7658]), Anchor::All(&[Anchor::Lits(&[5327]), Anchor::Lits(&[55, 112, 2392, 2433, 2906, 3200])]), Anchor::All(&[Anchor::Lits(&[4652, 5029, 5044, 5180, 5263, 5797, 6532, 6975, 7634, 7693, 7719]), Anchor::Lits(&[3418, 3420, 3437, 3441, 3442, 3443, 3444, 3461, 3462, 3465, 3472, 3475, 3480])])]), Anchor::Lits(&[4187, 4188, 4189, 4190, 4191, 4192, 4201, 4227, 4228, 4278, 4519, 4520, 4521, 5176, 5177, 5178, 5215, 5216, 5629, 5842, 5843, 5844, 6322, 6333, 6390, 6391, 6392, 6593, 6594, 6595, 6667, 6672, 6674, 6802, 6805, 6806, 6964, 6965, 7172, 7173, 7174, 7175, 7176, 7177, 7636, 7637, 7638]), Anchor::Lits(&[79, 326, 434, 1585, 2335, 3706, 3712, 3721])])),
            (128, "tool-call-tampering", Anchor::Lits(&[80, 85, 86, 87, 88, 224, 225, 226, 227, 228, 239, 240, 241, 242, 243, 435, 439, 440, 441, 445, 1150, 1151, 1152, 1153, 1154, 1228, 1229, 1230, 1231, 1232, 1354, 1410, 1586, 1587, 1588, 1589, 1590, 2204, 3171, 3707, 3708, 3709, 3710, 3711, 3713, 3714, 3715, 3716, 3717])),
            (129, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[463, 2108, 2270, 2642, 4165, 4166, 4167, 4194, 4195, 4196, 4444, 4445, 4446, 4671, 4672, 4799, 5380, 5422, 5423, 5424, 5425, 5426, 5427, 5429, 5430, 5431, 5432, 5433, 5434, 5435, 5436, 5437, 5623, 5624, 5745, 5746, 5753, 5765, 5766, 5770, 5771, 5776, 5777, 5778, 5779, 5802, 5803, 5804, 5805, 5806, 5807, 5808, 6644, 6749, 6750, 6751, 6752, 6753, 6754, 6755, 6756, 6757, 6758, 6759, 6760, 6761, 6762, 6763, 6939, 6942, 7001, 7002, 7134, 7135, 7469, 7470, 7471, 7665, 7677, 7696, 7776, 7777, 7779, 7780, 7781, 7782, 7783, 7784, 7785, 7786, 7787, 7788, 7789, 7790, 7791, 7794, 7795, 7796, 7797, 7798, 7799, 7800, 7801, 7802, 7803, 7804, 7805, 7806, 7807, 7808, 7979]), Anchor::All(&[Anchor::Lits(&[4197, 4833, 4925, 5855, 6026, 6126, 7979, 8137, 8138]), Anchor::Lits(&[4108, 4233, 4234, 5420, 6336, 6388, 6465, 6484, 6748, 7772]), Anchor::Lits(&[105, 107, 479, 900, 901, 1632, 1637, 1832, 1836, 1932, 1993, 2278, 2279, 2734, 2737, 2789, 2790, 2864, 2873, 2976, 2979, 3237, 3243, 3668, 3669])])])),
            (130, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 162, 164, 166, 168, 171, 173, 175, 177, 179, 3253, 3255, 3258, 3261, 3263, 3265, 3267, 3269, 3271, 3315, 3317, 3319, 3321, 3324, 3328, 3330, 3337, 3339, 3359, 3361, 3374, 3376, 3379, 3382, 3384, 3389, 3391]), Anchor::Lits(&[278, 291, 328, 329, 330, 1615, 1619, 1620, 1621, 1624, 1649, 1650, 1651, 1652, 1653, 1696, 1697, 1704, 1705, 1706, 2349, 2350, 2351, 2352, 2353, 3413, 3417, 3467, 3468, 3476])]), Anchor::All(&[Anchor::Lits(&[5508, 5512, 5829, 6501, 7761]), Anchor::Lits(&[206, 729, 1353, 2520, 3770]), Anchor::Lits(&[4693, 4708, 5046, 6367, 6442, 6682, 6792, 6794, 6851, 6943, 7110, 7214, 7620])])]), Anchor::Lits(&[789, 797, 811, 1166, 1167, 1608, 1612, 1805, 1858, 2455, 2507, 2509, 2683, 2778, 2779, 2819, 2850, 2895, 2933, 3092, 3293, 3323, 3488, 3587]), Anchor::Lits(&[15, 17, 19, 21, 24, 26, 28, 32, 34, 163, 165, 167, 169, 172, 174, 176, 178, 180, 3254, 3256, 3259, 3262, 3264, 3266, 3268, 3270, 3272, 3316, 3318, 3320, 3322, 3325, 3329, 3331, 3338, 3340, 3360, 3362, 3375, 3377, 3380, 3383, 3385, 3390, 3392, 4694, 4709, 5047, 6368, 6443, 6683, 6793, 6795, 6852, 6944, 7111, 7215, 7621])])),
            (134, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[268, 269, 270, 273, 274, 546, 1516, 1522, 1741, 1742, 2110, 2129, 2132, 2965, 2973, 3732]), Anchor::Any(&[Anchor::Lits(&[4065, 4068, 4169, 4238, 4690, 4692, 4738, 4739, 4740, 4741, 4791, 5010, 5013, 5014, 5015, 5016, 5017, 5020, 5021, 5022, 5174, 6351, 6389, 6437, 6498, 6587, 6938, 6962, 7092, 7109, 7619, 7658]), Anchor::All(&[Anchor::Lits(&[5327]), Anchor::Lits(&[55, 112, 2392, 2433, 2906, 3200])]), Anchor::All(&[Anchor::Lits(&[4652, 5029, 5044, 5180, 5263, 5797, 6532, 6975, 7634, 7693, 7719]), Anchor::Lits(&[3418, 3420, 3437, 3441, 3442, 3443, 3444, 3461, 3462, 3465, 3472, 3475, 3480])])])])),
            (135, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4168, 5419, 5509, 5864, 7627]), Anchor::All(&[Anchor::Lits(&[4381, 4382, 4414, 4671, 5055, 5378, 5380, 5623, 5927, 6847, 6848, 6939, 7136, 7606, 7914, 8281]), Anchor::Lits(&[4356, 4421, 4501, 4542, 4812, 5041, 5197, 5242, 5508, 5828, 5829, 5865, 6393, 6463, 6945, 7105, 7155, 7217, 7300])])]), Anchor::Lits(&[147, 425, 426, 467, 769, 1177, 1529, 1530, 1562, 1609, 1711, 1906, 2097, 2810, 2811, 2889, 3139, 3399, 3513, 3722, 3971])])),
            (136, "hijack-the-task", Anchor::Lits(&[5597, 6661])),
            (138, "instruction-field", Anchor::Lits(&[4102, 4103, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4136, 4137, 4138, 4141, 4142, 4143, 4144, 4145, 4326, 4327, 4328, 4331, 4332, 4333, 4334, 4335, 4424, 4425, 4426, 4429, 4430, 4431, 4432, 4433, 4535, 4537, 4540, 4541, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4777, 4779, 4782, 4783, 5606, 5608, 5612, 5614, 5834, 5835, 5836, 5837, 5838, 5839, 5840, 5841, 5892, 5894, 5910, 5911, 5912, 5915, 5916, 5917, 5918, 5919, 5929, 5930, 6208, 6210, 6211, 6212, 6344, 6345, 6348, 6350, 6603, 6607, 7199, 7200, 7201, 7206, 7207, 7208, 7209, 7211, 7246, 7247, 7249, 7250, 7616, 7617])),
            (141, "conceal-from-the-people", Anchor::Lits(&[493, 494, 495, 524, 525, 526, 554, 559, 565, 567, 568, 573, 575, 580, 585, 591, 593, 594, 599, 601, 937, 944, 954, 956, 957, 972, 975, 1003, 1011, 1019, 1021, 1022, 1028, 1030, 1040, 1048, 1056, 1058, 1059, 1065, 1067, 1084, 1091, 1102, 1104, 1105, 1120, 1123, 1963, 1980, 1991, 2154, 2162, 2175, 2177, 2178, 2194, 2197, 2522, 2523, 2524, 3742, 3748, 3754, 3756, 3757, 3763, 3765, 3812, 3818, 3824, 3826, 3827, 3833, 3835, 4672, 4799, 4835, 4852, 4853, 4867, 4868, 4875, 4876, 4877, 4878, 4879, 4881, 4896, 4900, 4927, 4956, 4957, 4971, 4972, 4979, 4980, 4981, 4982, 4983, 4985, 5000, 5004, 5854, 5856, 5857, 5858, 6028, 6034, 6035, 6049, 6050, 6056, 6057, 6058, 6059, 6060, 6064, 6081, 6084, 6644, 6942, 7135, 7980, 7994, 7996, 8007, 8010, 8015, 8016, 8017, 8018, 8019, 8021, 8035, 8042])),
            (142, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[210, 912, 913, 916, 917, 918, 1558, 1559, 2215, 2370, 2615, 3168, 3557, 3774, 3840, 7979]), Anchor::All(&[Anchor::Lits(&[247, 706, 707, 708, 710, 790, 1806, 2451, 2456, 2583, 2889, 2896, 3487, 3489]), Anchor::Lits(&[618, 672, 678, 1443, 1746, 2461, 2550, 2616, 2620, 2672, 2715])])])),
            (146, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[62, 159, 604, 621, 662, 671, 672, 770, 904, 1348, 1349, 1530, 1640, 1932, 2636, 2643, 2734, 2894, 2996, 3142, 3725, 3971, 4856, 4866, 4870, 4872, 4886, 4891, 4960, 4970, 4974, 4976, 4990, 4995, 6039, 6048, 6052, 6054, 6067, 6075, 6126, 6992, 7979]), Anchor::All(&[Anchor::Lits(&[2403]), Anchor::Lits(&[5801])])])),
            (148, "assert-a-falsehood", Anchor::Lits(&[4752, 7599, 7899, 7901, 7911])),
            (149, "user-kept-out-of-the-loop", Anchor::Lits(&[116, 117, 120, 121, 123, 129, 217, 218, 219, 220, 221, 229, 250, 279, 280, 282, 283, 284, 285, 286, 287, 288, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 305, 315, 318, 321, 322, 323, 324, 325, 1178, 1218, 1220, 1222, 1223, 1225, 1234, 1434, 1436, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 2375, 2376, 2377, 2378, 2379, 2380, 2474, 2475, 2476, 2477, 2478, 2479, 2493, 2494, 2495, 2496, 2497, 2498, 2739, 2740, 2741, 2742, 2743, 2744, 2978, 3545, 3593, 3596, 3598, 3599, 3600, 3601, 3605, 3606, 3607, 3608, 3609, 3610, 6126])),
            (150, "kept-from-the-record", Anchor::Any(&[Anchor::Lits(&[5766, 5770, 5771, 5776, 5777, 5778, 5779, 5802, 5803, 5804, 5805, 5806, 5807, 5808, 6169, 6278, 6279, 6280, 6281, 6282, 6283, 6284, 6285, 6286, 6287, 6288, 6289, 6290, 6291, 6292, 6293, 6294, 6295, 7075, 7076, 7077, 7078]), Anchor::All(&[Anchor::Lits(&[261, 429, 1345, 1525, 1813, 2275, 2988]), Anchor::Lits(&[1018, 1055, 1100, 1514, 2111, 2127, 2130, 2173, 2174, 2974, 2975, 3734, 3804])]), Anchor::All(&[Anchor::Lits(&[61, 528, 620, 670, 2635, 3122, 3141]), Anchor::Lits(&[4281, 4289, 4865, 4969, 7928, 8043])])])),
            (152, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6491, 6492, 6494, 6586]), Anchor::All(&[Anchor::Lits(&[5023, 5306, 5320, 5402, 5417, 5465, 5790, 6303, 6366, 6387, 6490, 6493, 6495, 6586, 6612, 6613, 8054]), Anchor::Lits(&[4377, 4378, 4642, 4651, 4743, 5026, 5175, 5179, 5262, 5796, 5851, 5898, 5928, 6531, 6624, 6627, 6724, 6926, 6974, 6987, 6991, 7154, 7196, 7633, 7692, 7718, 8051])])]), Anchor::Lits(&[420, 421, 758, 761, 838, 1145, 1165, 1263, 1271, 1374, 1822, 1899, 2072, 2103, 2500, 2502, 2503, 2540, 2581, 2623, 2626, 2730, 2861, 2910, 2912, 2966, 2971, 3167, 3199, 3519, 3569, 3581, 3843])])),
            (155, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[4636, 4637, 4638, 4639, 4640, 4641, 4814, 4815, 4816, 4817, 4818, 4819, 4820, 4821, 4822, 4823, 4824, 4825, 4826, 4827, 4828, 4829, 4830, 4831, 5370, 5371, 5372, 5373, 5374, 5375, 5411, 5412, 5413, 5414, 5415, 5416, 6449, 6450, 6451, 6452, 6453, 6454, 6632, 6633, 6634, 6635, 6636, 6637, 6638, 6639, 6640, 6641, 6642, 6643, 6685, 6686, 6687, 6688, 6689, 6690, 7157, 7158, 7159, 7160, 7161, 7162, 7762, 7763, 7764, 7765, 7766, 7767, 7768, 7769, 7770, 7773, 7774, 7775]), Anchor::Lits(&[4456, 5196, 5848, 6499, 6746])])),
            (156, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[13, 161, 170, 211, 2119, 3086]), Anchor::All(&[Anchor::Lits(&[4651, 5175, 5179, 5262, 5796, 5898, 6500, 6531, 6624, 6724, 6974, 6987, 6991, 7154, 7196, 7633, 7718]), Anchor::Lits(&[7608, 7609, 7610, 7611, 7612, 7613, 7940, 7941, 7942, 7958, 7962, 7963]), Anchor::Lits(&[54, 68, 245, 498, 1164, 1180, 1409, 1413, 1557, 1627, 1815, 2391, 2927, 3000, 3244, 3586, 3679])])])),
            (157, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[4066, 4067, 4239, 4241, 4386, 4694, 6224, 6436, 6438, 6443, 6447, 6456, 6588, 6589, 6691, 6939, 6944, 6980]), Anchor::Lits(&[607, 905, 1145, 1157, 1165, 1448, 2407, 2460, 2540, 2574, 2669, 2787, 2789, 2910, 2966, 2976, 3237, 3554])])),
            (158, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4410, 4833, 4925, 5811, 5812, 6026, 6126, 6150, 7979]), Anchor::Lits(&[105, 107, 335, 341, 479, 480, 608, 609, 1426, 1439, 1632, 1637, 1725, 1726, 1832, 1886, 1887, 1964, 1981, 1992, 1994, 1995, 1996, 2278, 2279, 3237, 3243, 3657, 3658]), Anchor::Lits(&[4122, 4255, 4274, 4454, 4489, 4516, 4545, 4710, 5006, 5322, 5556, 5636, 5809, 5863, 5969, 6364, 6585, 6937, 6997, 6999, 7091, 7443])]), Anchor::All(&[Anchor::Lits(&[4371, 4372, 4449, 4451, 4913, 4914, 5307, 5318, 7018, 7020]), Anchor::Lits(&[4255, 4454, 4489, 4490, 4491, 6801, 6997, 6999, 7605])])]), Anchor::Lits(&[405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 462, 505, 506, 507, 509, 511, 512, 516, 517, 518, 519, 520, 521, 922, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 1069, 1461, 1462, 1463, 1464, 1465, 1466, 1468, 1469, 1470, 1471, 1472, 1473, 1833, 1834, 2142, 2231, 2250, 3003, 3004, 3013, 3014, 3023, 3029, 3034, 3035, 3036, 3037, 3038, 3039, 3780])])),
            (159, "send-to-a-raw-address", Anchor::Lits(&[711, 902, 913, 917, 919, 920, 2791, 3041, 3081, 3235, 3679, 4385, 4443, 4697, 5173, 5621, 6101, 6500, 6531, 6624, 6747, 6974, 7154, 7639, 7718, 7863])),
            (160, "send-outside-the-company", Anchor::Lits(&[1274, 1478, 3355, 6373, 6491, 6550, 6617])),
            (161, "disclose-secret-values", Anchor::Lits(&[648, 650, 732, 736, 831, 1193, 1197, 1629, 2511, 2512, 2575, 3563, 3572, 3573, 3628, 3629, 4242, 4494, 4500, 4502, 4503, 4530, 4770, 4771, 5814, 5815, 6223, 6435, 6940, 6941])),
            (162, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::Lits(&[55, 94, 118, 211, 372, 651, 727, 740, 796, 1273, 1371, 1380, 1614, 1693, 1694, 2392, 2411, 2414, 2433, 2441, 2571, 2589, 2670, 2750, 2906, 3182, 3200, 3353, 3354, 3603, 3634, 4107, 4675, 4676, 4677, 4678, 4684, 4688, 4740, 5009, 5010, 5011, 5012, 5014, 5016, 5018, 5019, 5181, 5257, 5301, 5302, 5557, 6200, 6386, 6620, 6626, 6671, 6767, 6796, 6814, 7171, 7658, 7771]), Anchor::All(&[Anchor::Lits(&[4448, 4736, 4754, 4790, 4793, 5007, 5171, 5818, 5849, 6712, 6716, 6719, 7191, 7193, 7224, 7661, 7666, 7711]), Anchor::Lits(&[12, 137, 365, 368, 386, 387, 685, 1727, 1728, 1825, 1913, 2070, 2106, 2138, 2139, 2140, 2453, 2454, 2817, 2818, 2931, 2932, 3553])]), Anchor::All(&[Anchor::Lits(&[4652, 5263, 5852, 6532, 6625, 6975, 6988, 7719]), Anchor::Lits(&[346, 347, 348, 349, 350, 351, 1698, 1699, 1700, 1701, 1702, 1703, 3437, 3442, 3443, 3444, 3465, 3466])]), Anchor::All(&[Anchor::Lits(&[246, 789, 1805, 2450, 3486]), Anchor::Lits(&[6445, 6532, 6619, 6975, 6988])]), Anchor::All(&[Anchor::Lits(&[5008]), Anchor::Lits(&[814, 816, 2882, 3217, 3666])]), Anchor::All(&[Anchor::Lits(&[5061, 6220, 6257, 7931]), Anchor::Lits(&[4708, 4714, 5399, 5847, 6682, 6851, 6933, 7214])]), Anchor::All(&[Anchor::Lits(&[4737, 5008, 6621, 6717, 7659, 7931]), Anchor::Lits(&[112, 1148, 1190, 1214, 3728])]), Anchor::All(&[Anchor::Lits(&[4448, 4736, 4754, 4790, 4793, 5007, 5171, 5818, 5849, 6712, 6716, 6719, 7191, 7193, 7224, 7661, 7666, 7711]), Anchor::Lits(&[12, 137, 365, 368, 386, 387, 685, 1727, 1728, 1825, 1913, 2070, 2106, 2138, 2139, 2140, 2453, 2454, 2817, 2818, 2931, 2932, 3553])]), Anchor::All(&[Anchor::Lits(&[4652, 5263, 5852, 6532, 6625, 6975, 6988, 7719]), Anchor::Lits(&[346, 347, 348, 349, 350, 351, 1698, 1699, 1700, 1701, 1702, 1703, 3437, 3442, 3443, 3444, 3465, 3466])]), Anchor::All(&[Anchor::Lits(&[246, 789, 1805, 2450, 3486]), Anchor::Lits(&[6445, 6532, 6619, 6975, 6988])]), Anchor::All(&[Anchor::Lits(&[5008]), Anchor::Lits(&[814, 816, 2882, 3217, 3666])]), Anchor::All(&[Anchor::Lits(&[5061, 6220, 6257, 7931]), Anchor::Lits(&[4708, 4714, 5399, 5847, 6682, 6851, 6933, 7214])]), Anchor::All(&[Anchor::Lits(&[4737, 5008, 6621, 6717, 7659, 7931]), Anchor::Lits(&[112, 1148, 1190, 1214, 3728])])])),
            (163, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[4837, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 4846, 4847, 4848, 4852, 4853, 4854, 4858, 4885, 4892, 4893, 4897, 4898, 4929, 4931, 4932, 4933, 4934, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 4942, 4943, 4944, 4945, 4946, 4947, 4948, 4949, 4950, 4956, 4957, 4958, 4962, 4989, 4996, 4997, 5001, 5002, 6029, 6034, 6035, 6036, 6041, 6066, 6076, 6077, 6082, 6083, 6105, 6127, 6129, 6130, 6131, 6132, 6136, 6137, 6138, 6139, 6140, 6149, 6151, 6152, 6153, 6154, 6155, 6156, 6157, 6158, 6159, 6160, 7979, 8096, 8097, 8098, 8099, 8100, 8101, 8102, 8103, 8104, 8105, 8108, 8109, 8110, 8111, 8112, 8113, 8114, 8115, 8116, 8117]), Anchor::All(&[Anchor::Lits(&[4255, 4504, 4591, 4592, 5024]), Anchor::Lits(&[4448, 7017])]), Anchor::All(&[Anchor::Lits(&[4255, 4504, 4591, 4592, 5024]), Anchor::Lits(&[4448, 7017])])])),
            (164, "history-wiped-after-the-act", Anchor::Lits(&[867, 4383, 4529, 4536, 4611, 5274, 5275, 5279, 5283, 5400, 5401, 6614, 6631, 6673, 6981, 6984, 6990, 7028, 7299, 7712, 8287])),
            (165, "report-an-outcome-regardless", Anchor::Lits(&[1731, 2230, 2696, 5467, 5473, 5474, 5475, 5476, 5482, 5483, 5484, 5485, 5486, 5489, 5626, 5627, 5628, 5632, 7837, 7839, 7840, 7850])),
            (166, "agent-permissions-opened", Anchor::Lits(&[133, 135, 141, 143, 144, 151, 263, 395, 510, 522, 808, 809, 2487, 3859])),
            (167, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[504, 515, 674, 675, 832, 884, 895, 1131, 1438, 2112, 2721, 2725, 2800, 2995, 3002, 3033, 3195, 3543, 3567]), Anchor::Lits(&[487, 654, 657, 810, 866, 1441, 1446, 1447, 2624, 2745, 2746, 2860, 2890, 2891, 2892, 2893, 2897, 2898, 2902, 2903, 2904, 2905, 3225, 3535])])),
            (168, "risky-action-on-a-later-trigger", Anchor::Lits(&[81, 82, 83, 84, 1227, 1391, 1474, 1732, 1733, 1734, 1739, 1740, 4324, 4400, 5295, 5467, 5468, 5469, 5470, 5471, 5472, 5477, 5478, 5479, 5480, 5481, 5482, 5483, 5484, 5485, 5486, 5791, 5792, 5793, 5794, 6100, 6301, 6302, 7446, 7900, 7902, 7903, 7904, 7905, 7906, 7908, 7912, 7913])),
            (173, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[94, 230, 651, 681, 740, 800, 1235, 1273, 1380, 1497, 2366, 2371, 2411, 2441, 2615, 2967, 3043, 3584, 3634]), Anchor::All(&[Anchor::Lits(&[618, 622, 626, 672, 678, 700, 902, 913, 1203, 1251, 1372, 1443, 1476, 1479, 1563, 1609, 1746, 1769, 1859, 1906, 1920, 2280, 2548, 2617, 2618, 2620, 2638, 2672, 2686, 2715, 2924, 2927, 2989, 3041, 3094, 3096, 3123, 3168, 3233, 3235, 3396, 3551, 3588, 3594, 3704, 3730]), Anchor::Lits(&[4106, 4243, 4354, 4543, 4651, 4813, 5007, 5026, 5048, 5054, 5262, 5388, 5551, 5594, 5800, 5845, 5890, 6444, 6446, 6500, 6531, 6575, 6618, 6624, 6627, 6720, 6926, 6974, 6987, 6989, 7023, 7129, 7137, 7152, 7600, 7718, 8051]), Anchor::Any(&[Anchor::Lits(&[4240, 4473, 4693, 4712, 5045, 5403, 6369, 6439, 6442, 6496, 6906, 6943, 6966, 7093, 7110]), Anchor::All(&[Anchor::Lits(&[4148, 4544, 5058, 5080, 5284, 6662, 7697, 7699, 7918]), Anchor::Lits(&[69, 665, 734, 794, 811, 1144, 1167, 1270, 1275, 1311, 1862, 2406, 2683, 2776, 2814, 3217])]), Anchor::All(&[Anchor::Lits(&[663, 794, 811, 864, 1144, 1270, 1275, 1311, 1630, 1862, 2683, 2779, 2819, 3217]), Anchor::Lits(&[4473, 4475, 4693, 4695, 4700, 5045, 5046, 5049, 5376, 5418, 5874, 6437, 6455, 6464, 6496, 6498, 6906, 6908, 6943, 7109, 7620, 7772])])])]), Anchor::All(&[Anchor::Lits(&[4031, 4033, 4034, 4035, 4037, 4039, 4040, 4041, 4042, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4679, 4680, 4681, 4682, 4683, 4685, 4686, 4687, 4689, 5199, 5200, 5201, 5202, 5203, 5204, 5205, 5206, 5207, 6088, 6089, 6090, 6091, 6092, 6094, 6095, 6096, 6097, 6323, 6324, 6325, 6326, 6327, 6328, 6329, 6330, 6331, 6533, 6534, 6535, 6536, 6537, 6538, 6539, 6540, 6541, 6652, 6653, 6654, 6655, 6656, 6657, 6658, 6659, 6660, 7116, 7117, 7118, 7119, 7120, 7122, 7123, 7124, 7125, 7431, 7432, 7433, 7434, 7441, 7452, 7454, 7455, 7466]), Anchor::Lits(&[4674, 5198, 6322, 6532, 6651, 7114]), Anchor::Lits(&[359, 729, 1549, 1629, 1866, 3252, 3257, 3260, 3770])])]), Anchor::Lits(&[67, 251, 358, 677, 761, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 911, 1131, 1145, 1169, 1176, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1374, 1546, 1628, 1648, 1824, 1873, 2062, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2368, 2369, 2460, 2462, 2463, 2508, 2540, 2542, 2543, 2574, 2619, 2623, 2626, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2726, 2861, 2910, 2911, 2966, 2969, 3044, 3100, 3101, 3103, 3104, 3105, 3106, 3107, 3108, 3110, 3111, 3112, 3113, 3114, 3121, 3143, 3166, 3398, 3581, 3582, 3843]), Anchor::Lits(&[70, 95, 96, 231, 619, 623, 627, 652, 653, 664, 666, 673, 676, 679, 680, 682, 701, 735, 741, 742, 795, 801, 812, 815, 865, 903, 914, 915, 1145, 1168, 1204, 1205, 1236, 1252, 1271, 1274, 1276, 1312, 1373, 1381, 1382, 1444, 1445, 1477, 1480, 1498, 1499, 1564, 1610, 1631, 1633, 1747, 1770, 1860, 1863, 1907, 1921, 2281, 2367, 2372, 2407, 2412, 2413, 2442, 2444, 2549, 2616, 2621, 2639, 2673, 2684, 2687, 2716, 2777, 2780, 2815, 2820, 2925, 2928, 2990, 3042, 3095, 3097, 3124, 3169, 3170, 3218, 3219, 3234, 3236, 3397, 3552, 3585, 3589, 3590, 3595, 3635, 3636, 3705, 3731, 4241, 4474, 4694, 4713, 6370, 6440, 6443, 6497, 6907, 6944, 6967, 7094, 7111])])),
            (174, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[244, 249, 398, 456, 460, 552, 555, 556, 560, 561, 562, 563, 565, 573, 574, 578, 581, 582, 586, 587, 588, 589, 591, 599, 600, 668, 928, 938, 939, 945, 946, 947, 948, 954, 972, 974, 999, 1004, 1005, 1013, 1014, 1015, 1016, 1019, 1028, 1029, 1036, 1041, 1042, 1050, 1051, 1052, 1053, 1056, 1065, 1066, 1075, 1085, 1086, 1092, 1093, 1094, 1095, 1102, 1120, 1122, 1432, 1512, 1560, 1622, 1623, 1645, 1828, 1902, 2147, 2155, 2156, 2163, 2164, 2165, 2167, 2175, 2194, 2196, 2263, 2390, 2404, 2640, 2695, 2706, 2813, 2881, 2977, 3098, 3189, 3544, 3558, 3566, 3738, 3743, 3744, 3749, 3750, 3751, 3752, 3754, 3763, 3764, 3808, 3813, 3814, 3819, 3820, 3821, 3822, 3824, 3833, 3834, 4849, 4850, 4855, 4857, 4861, 4869, 4871, 4874, 4880, 4882, 4887, 4889, 4894, 4895, 4896, 4953, 4954, 4959, 4961, 4965, 4973, 4975, 4978, 4984, 4986, 4991, 4993, 4998, 4999, 5000, 6032, 6033, 6038, 6040, 6042, 6051, 6053, 6055, 6063, 6065, 6069, 6072, 6079, 6080, 6081, 6123, 6126, 6141, 6142, 6143, 6144, 6145, 6146, 6147, 6168, 6170, 6171, 6172, 6173, 6174, 6175, 6176, 6193, 6194, 6195, 6196, 6197, 6198, 6199, 7987, 7992, 7993, 7999, 8000, 8004, 8012, 8013, 8014, 8020, 8022, 8025, 8030, 8033, 8034, 8035, 8095, 8107, 8139]), Anchor::All(&[Anchor::Lits(&[212, 655, 1344, 2065, 2408, 2731, 2736, 2757, 3089, 3175, 3518, 3691]), Anchor::Lits(&[1385, 2403])]), Anchor::All(&[Anchor::Lits(&[105, 109, 1165, 1168, 2062, 2066, 2276, 2277, 3669, 3670]), Anchor::Lits(&[4110, 4742, 5007, 5179, 5326, 5846, 5867, 6087, 6098, 6441, 6526, 6590, 6817, 6987, 7778])])])),
            (175, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[4124, 4614, 4629, 5181, 5270, 5306, 5417, 6373, 6374, 6394, 6491, 6586, 6611, 6671, 7485, 7486, 7813, 8054]), Anchor::Lits(&[248, 423, 424, 605, 606, 789, 793, 798, 799, 802, 803, 804, 805, 1170, 1171, 1524, 1561, 1924, 2447, 2448, 2452, 2455, 2465, 2466, 2469, 2507, 2850, 2851, 2895, 3080, 3091, 3597, 3602, 3611])])),
            (177, "agent-secrets-spilled", Anchor::Lits(&[246, 709, 788, 1194, 1199, 2450, 2582, 2888, 3486])),
            (178, "ownership-of-everything-moved", Anchor::Lits(&[2434, 2435])),
            (179, "someone-elses-login-taken", Anchor::Lits(&[58, 384, 434, 702, 1433, 1875, 1876, 1881, 1884, 2987, 2993, 3780, 5514, 5515, 5872, 6529, 6530])),
            (180, "ownership-to-a-reader", Anchor::Lits(&[2435])),
            (181, "data-moved-for-a-private-person", Anchor::All(&[Anchor::Lits(&[760, 761, 1129, 1130, 1145, 1146, 1165, 1168, 1271, 1272, 2103, 2626, 2730, 2910, 2912, 2966, 2968, 3199, 3569, 3570, 3581, 3583]), Anchor::Lits(&[486, 497, 499, 500, 767, 807, 1244, 1245, 1246, 1247, 1310, 1350, 1366, 1367, 1368, 1369, 1370, 1383, 1384, 1442, 1578, 1917, 2091, 2100, 2107, 2133, 2134, 2305, 2306, 2437, 2443, 2809, 2999, 3729])])),
            (182, "override-instructions-es-pt-it", Anchor::Lits(&[4531, 4532, 4786, 4788, 4789, 5552, 5553, 5554, 5599, 5601, 5635, 6203, 6340, 6342, 6353, 6704, 6706, 6708])),
            (183, "override-instructions-fr", Anchor::Lits(&[3499, 5493, 6016, 6017, 6363])),
            (184, "override-instructions-de-nl", Anchor::Lits(&[4229, 4398, 5603, 5619, 6321, 6701, 6702, 6809, 6810, 6934, 7824])),
            (185, "override-instructions-pl-tr", Anchor::Lits(&[5504, 5786, 5788, 6103, 6528, 7233, 8055, 8278])),
            (186, "override-instructions-ru", Anchor::Lits(&[5503, 6015, 6362, 8276, 8295, 8296, 8300, 8301, 8305])),
            (187, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[57, 2105, 2632, 2633, 2842, 2843, 3612]), Anchor::Lits(&[158, 1792, 1896, 1897, 1898, 2071, 2970])])),
            (189, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[5615, 5616, 5617, 5618, 5763, 6010, 6011, 6261, 6262, 6517, 6542, 6543, 6705, 6710, 6872, 7021, 7022, 7213, 7720, 7721, 7722, 7812, 8293, 8300, 8306])),
            (190, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[37, 66, 422, 474, 1548, 1579, 1580, 1729, 1764, 1791, 1808, 1870, 1893, 2505, 2634, 3656]), Anchor::Lits(&[111, 267, 361, 636, 637, 881, 1577, 1689, 1690, 1691, 1831, 2438, 2470, 2480, 2481, 2504, 2648, 3220, 3622])])),
            (192, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[612, 1338, 1807, 1847, 1853, 2135, 2664, 2665, 2700, 2763, 2834, 2918, 2926, 3176, 3662, 3985, 3991, 5213, 5785, 5789, 6925, 7014, 7678, 7686, 7715]), Anchor::All(&[Anchor::Lits(&[613, 743, 1331, 1412, 1849, 1852, 2701, 2768]), Anchor::Lits(&[1839, 2859])]), Anchor::All(&[Anchor::Lits(&[461, 1158, 1326, 1489, 2697, 2794, 2983, 3970]), Anchor::Lits(&[6264])]), Anchor::All(&[Anchor::Lits(&[612, 1338, 1848, 1853, 2705, 2764]), Anchor::Lits(&[2909])]), Anchor::All(&[Anchor::Lits(&[4379, 4397, 5738, 8277]), Anchor::Lits(&[466])]), Anchor::All(&[Anchor::Lits(&[5212, 5784, 5788, 7013]), Anchor::Lits(&[2307, 2308, 3001, 3858])]), Anchor::All(&[Anchor::Lits(&[451, 611, 1326, 1485, 2702, 2774]), Anchor::Lits(&[3618])]), Anchor::All(&[Anchor::Lits(&[450, 452, 453, 611, 1331, 1484, 1488, 2702, 2773, 2774, 2917]), Anchor::Lits(&[3555, 3619])]), Anchor::All(&[Anchor::Lits(&[614, 615, 616, 1328, 1331, 1341, 1342, 1852, 2292, 2302, 2310, 2551, 2552, 2553, 2707, 2767]), Anchor::Lits(&[466, 1309])]), Anchor::All(&[Anchor::Lits(&[3228]), Anchor::Lits(&[360, 427, 1326, 2472, 2908, 2916])])])),
            (194, "reveal-system-prompt-i18n", Anchor::Lits(&[208, 718, 719, 720, 721, 722, 1421, 1422, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1679, 1681, 1682, 1683, 1684, 1688, 1695, 1724, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1930, 1931, 2063, 2064, 2067, 2068, 2354, 2521, 2599, 2600, 2601, 2602, 2603, 2606, 2607, 3201, 3202, 3203, 3211, 3214, 3215, 3216, 3221, 3556, 3591, 3638, 3643, 3998, 4020, 4021, 5305, 7015, 7016])),
            (196, "disable-safety-i18n", Anchor::Lits(&[362, 464, 465, 688, 750, 751, 752, 841, 1332, 1333, 1335, 1337, 1339, 1340, 1343, 1411, 1495, 1505, 1506, 1774, 2610, 2611, 2885, 2981, 2982, 2983, 3533, 3633, 3639, 3640, 3967, 3990, 3996, 3997, 4017, 4028])),
            (198, "stop-following-instructions-i18n", Anchor::Lits(&[215, 432, 717, 878, 1677, 1692, 2697, 2703, 2794, 3651, 4785, 4787, 5598, 5600, 6185, 6186, 6187, 6188, 6202, 6339, 6341, 6703, 6707])),
            (200, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[4772, 5068, 5069, 5490, 5494, 5500, 7815, 7816]), Anchor::All(&[Anchor::Lits(&[4751, 5491, 5494, 6271, 6272, 6273]), Anchor::Lits(&[7614, 7615])])])),
            (201, "instructions-void-de", Anchor::Lits(&[375, 1547, 2208, 2209, 3565])),
            (202, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[458, 651, 1375, 1635, 1636, 1820, 1894, 1895, 1927, 2501, 2608, 2609, 3614, 3615, 3620, 3621, 3645, 6177, 6178, 6179, 6180, 6181, 6183, 6184, 6914, 6919, 6921, 6923]), Anchor::All(&[Anchor::Lits(&[404, 882, 909, 1634, 1997, 2439, 2567, 2991]), Anchor::Lits(&[6006, 6012, 6013, 6014, 6021, 6918, 6920])]), Anchor::All(&[Anchor::Lits(&[2205]), Anchor::Lits(&[5063, 5064, 5875, 6904, 6905, 7817])])])),
            (204, "authority-waives-controls-i18n", Anchor::Lits(&[399, 400, 401, 402, 403, 1202, 1420, 1423, 1425, 2482, 2490, 2491, 3093])),
            (205, "persona-without-rules-i18n", Anchor::Lits(&[22, 35, 36, 71, 99, 101, 863, 1143, 1765, 2384, 3541, 3630, 3647, 3648])),
            (206, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[4254, 4271, 4275, 4276, 4357, 4632, 4633, 5271, 5297, 5317, 6610, 6996]), Anchor::Lits(&[819, 820, 852, 854, 855, 856, 857, 858, 859, 860, 883, 897, 898, 2878, 2879, 3984])])),
            (207, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[246, 638, 645, 658, 660, 744, 786, 791, 1517, 1519, 1582, 1766, 1799, 1805, 1890, 2098, 2101, 2450, 2457, 2852, 2854, 2883, 2913, 2984, 3486, 3653, 3986, 4000, 4010, 4012]), Anchor::Lits(&[209, 728, 730, 806, 823, 872, 896, 910, 1206, 1351, 1817, 1818, 1826, 1827, 1829, 1830, 1837, 1861, 1892, 2104, 2109, 2304, 2309, 2381, 2649, 2650, 2679, 2841, 3087, 3193, 3194, 3644, 3650, 3652, 3994, 4018, 4029])]), Anchor::All(&[Anchor::Lits(&[247, 639, 646, 659, 661, 745, 746, 787, 792, 1518, 1520, 1583, 1767, 1768, 1800, 1801, 1806, 1891, 2099, 2102, 2451, 2456, 2458, 2459, 2853, 2855, 2884, 2914, 2915, 2985, 2986, 3487, 3489, 3654, 3655, 3987, 4001, 4011, 4013]), Anchor::Lits(&[4055, 4056, 4198, 4370, 4373, 4374, 4375, 4376, 4447, 4453, 5195, 5324, 5325, 5329, 5634, 5862, 5926, 6007, 6191, 6192, 6274, 6276, 8288, 8289])])])),
            (208, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[1812, 2545, 2546, 3624, 3625, 3626, 3627, 3802, 3999, 4002, 4003, 4004, 4015, 4016])),
            (209, "skip-approval-cjk", Anchor::Lits(&[8307, 8308, 8309, 8310, 8311, 8312, 8313, 8314, 8315, 8316, 8317, 8318, 8319, 8320, 8321, 8322])),
            (211, "admin-role-handed-out-i18n", Anchor::Lits(&[55, 2392, 2906, 3603, 4069, 6352, 6963, 7793])),
            (213, "control-weakened-i18n", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4767, 5761, 5762]), Anchor::All(&[Anchor::Lits(&[4147, 4455, 4717, 4747, 4748, 4749, 4750, 4796, 5042, 5043, 5056, 5057, 5361, 5377, 5761, 5762, 5850, 5873, 6189, 6448, 6649, 6650, 6715, 6718, 6797, 6811, 6812, 6813, 6930, 6931, 7188, 7189, 7190, 7237, 7607, 7618, 7811, 7821, 8053, 8279, 8282, 8294, 8299, 8302, 8303, 8304]), Anchor::Lits(&[12, 43, 44, 45, 53, 56, 89, 371, 373, 374, 376, 377, 378, 379, 380, 381, 382, 383, 388, 389, 840, 841, 981, 1128, 1185, 1607, 1771, 1772, 1774, 1775, 1795, 1874, 1908, 1909, 1910, 1911, 1912, 1913, 1915, 1916, 1925, 1926, 2070, 2136, 2137, 2141, 2471, 2473, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2611, 2614, 2698, 2699, 2796, 2816, 3548, 3549, 3623, 3684, 3969, 3988, 3989, 3990, 3995, 3996, 4005, 4006, 4014, 4019])])]), Anchor::Lits(&[12, 89, 110, 523, 819, 820, 840, 841, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 897, 898, 899, 1160, 1161, 1162, 1163, 1182, 1183, 1184, 1188, 1189, 1511, 1526, 1527, 1607, 1789, 1790, 1793, 1794, 1888, 1889, 1910, 1918, 2070, 2261, 2464, 2644, 2645, 2646, 2647, 2719, 2720, 2724, 2781, 2782, 2783, 2785, 2786, 2797, 2798, 2799, 2878, 2879, 2880, 3184, 3185, 3186, 3187, 3188, 3227, 3412, 3484, 3485, 3616, 3617, 3646, 3856, 3857, 3968, 3984, 3992, 3993, 4007, 4008, 4009, 4022, 4023, 4024, 4025, 4026, 4027])])),
            (215, "destructive-without-confirmation-i18n", Anchor::Lits(&[4411, 4412, 6008, 6265, 6266, 6267, 6268, 6269, 6270, 6298, 6299, 6300, 6915, 6916, 6917, 6922, 6924, 6969, 6970, 6971, 6972, 6973, 6977, 6978, 6979, 7008, 7009, 7010, 7011, 7012, 7104, 7238, 7240, 7243, 7245, 7830, 8283, 8284, 8285, 8286, 8290, 8291, 8292, 8297, 8298])),
            (220, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[1507, 1508, 1509, 4413, 4768, 5737, 5781, 5782, 5783, 5787, 5932, 6009, 7239, 7241, 7242, 7244, 7682, 7683, 7684, 7685, 7809, 7810, 7825, 7826, 7827])),
            (222, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[768, 1428, 1429, 1430, 1431, 1435, 1437, 2257, 3515, 4400, 4418, 4419, 4420, 4865, 4899, 4919, 4923, 4969, 5003, 5225, 5227, 6148, 6260, 7024, 7025, 7026, 7027, 7042, 7058, 7102, 7103, 7674, 7929, 8009, 8044]), Anchor::All(&[Anchor::Lits(&[5390, 5394, 5395, 5397]), Anchor::Lits(&[1385])])])),
            (223, "trust-raised-for-later", Anchor::Lits(&[134, 146, 150, 153, 154, 155, 156, 264, 266, 394, 397, 1266, 1267, 4133, 4522, 4698, 4699, 5611, 5879, 6606, 6860, 7209, 7641, 7644, 7645, 7646])),
            (224, "admin-role-by-a-side-door", Anchor::Lits(&[2311, 2392, 2882, 3200, 4068, 4151, 4366, 4732, 5030, 5083, 5088, 5328, 5870, 6023, 6545, 6850, 6952, 6962, 7792])),
            (227, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[1758, 1759, 1760, 3674, 3675, 3677, 3882, 3884, 3889, 4202, 4206, 4207, 4208, 4209, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4226, 4337, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 6728, 6729, 6730, 6731, 6732, 6733, 6734, 6735, 6736, 6737, 6738, 6739, 6740, 6741, 6742, 6743, 6744, 7252, 7254, 7258, 7263, 7264, 7265, 7267, 7269, 7274, 7276, 7285, 7286, 7287, 7293, 7295, 7296, 7298]), Anchor::All(&[Anchor::Lits(&[334, 632, 1186, 1647, 1885, 2641, 3663, 3665, 3803]), Anchor::Any(&[Anchor::Lits(&[4745, 4834, 4855, 4869, 4874, 4887, 4888, 4889, 4890, 4896, 4926, 4959, 4973, 4978, 4991, 4992, 4993, 4994, 5000, 5742, 5744, 5748, 5749, 5751, 5752, 5755, 5756, 5757, 5760, 5817, 5880, 5881, 5882, 5883, 5884, 5885, 5886, 5887, 5888, 5889, 6027, 6038, 6051, 6055, 6069, 6071, 6072, 6074, 6081, 6305, 6307, 6309, 6310, 6312, 6313, 6315, 6316, 6317, 6320, 6551]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5741, 6213, 6304, 7856, 7857, 7861, 7862, 8092, 8093, 8135, 8140]), Anchor::All(&[Anchor::Lits(&[5093, 5094, 5095, 5096, 5097, 5098, 5099, 5100, 5101, 5102, 5103, 5104, 5105, 5106, 5107, 5108, 5109, 5110, 5111, 5112, 5113, 5114, 5115, 5116, 5117, 5118, 5119, 5120, 5121, 5122, 5123, 5124, 5125, 5126, 5127, 5128, 5129, 5130, 5131, 5132, 5133, 5134, 5135, 5136, 5137, 5138, 5139, 5140, 5141, 5142, 5143, 5144, 5145, 5146, 5147, 5148, 5149, 5637, 5638, 5639, 5640, 5641, 5642, 5643, 5644, 5645, 5646, 5647, 5648, 5649, 5650, 5651, 5652, 5653, 5654, 5655, 5657, 5658, 5659, 5660, 5661, 5662, 5663, 5664, 5665, 5666, 5667, 5668, 5669, 5670, 5671, 5672, 5673, 5674, 5675, 5676, 5677, 5678, 5679, 5680, 5681, 5682, 5683, 5684, 5685, 5686, 5687, 5688, 5689, 5690, 5691, 5692, 5693, 5694, 7306, 7307, 7308, 7309, 7310, 7311, 7312, 7313, 7314, 7315, 7316, 7317, 7318, 7319, 7320, 7321, 7322, 7323, 7324, 7325, 7326, 7327, 7328, 7329, 7330, 7331, 7332, 7333, 7334, 7335, 7336, 7337, 7338, 7339, 7340, 7341, 7342, 7343, 7344, 7345, 7346, 7347, 7348, 7349, 7350, 7351, 7352, 7353, 7354, 7355, 7356, 7357, 7358, 7359, 7360, 7361, 7362, 7540, 7541, 7542, 7543, 7544, 7545, 7546, 7547, 7548, 7549, 7550, 7551, 7552, 7553, 7554, 7555, 7556, 7557, 7558, 7561, 7562, 7563, 7564, 7565, 7566, 7567, 7568, 7569, 7570, 7571, 7572, 7573, 7574, 7575, 7576, 7577, 7578, 7579, 7580, 7581, 7582, 7583, 7584, 7585, 7586, 7587, 7588, 7589, 7590, 7591, 7592, 7593, 7594, 7595, 7596, 7597, 7598]), Anchor::Lits(&[4369, 5214, 5363, 5853, 6201, 6213, 6502, 6668, 6709, 6849, 6932, 7113])])]), Anchor::Lits(&[4200, 4517, 6725, 6772, 6927, 7251])])]), Anchor::Lits(&[212, 641, 842, 923, 935, 950, 952, 963, 965, 973, 976, 1070, 1082, 1097, 1099, 1111, 1113, 1121, 1124, 1776, 1777, 1780, 1781, 1783, 1784, 1785, 1786, 1787, 1840, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2143, 2152, 2169, 2171, 2186, 2187, 2195, 2198, 2336, 2337, 2340, 2341, 2343, 2344, 2345, 2346, 2347, 2563, 2731, 2754, 2863, 3237])])])),
            (228, "made-to-look-routine", Anchor::Lits(&[4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 5357, 5358, 5359, 6046, 6214, 6215, 6395, 6396, 6397, 6398, 6399, 6400, 6401, 6402, 6403, 6404, 6405, 6406, 6407, 6408, 6409, 6410, 6411, 6412, 6413, 6414, 6415, 6416, 6417, 6418, 6419, 6420, 6421, 6422, 6423, 6424, 6425, 6426, 6427, 6428, 6429, 6430, 6431, 6432, 6433, 6434, 7042, 7043, 7046, 7049, 7053, 7070, 7073, 7101, 7834, 7835, 7836, 7838, 7841, 7842, 7843, 7844, 7845, 7846, 7847, 7848, 7849, 7851, 7852, 7853, 7854, 7855, 7864, 7866, 7867, 7868, 7869, 7870, 7871, 7872, 7873, 7874])),
            (229, "own-action-left-out", Anchor::Lits(&[40, 2297, 2874, 2980, 3289, 3718])),
            (230, "disguised-by-a-bland-label", Anchor::Lits(&[183, 184, 190, 191, 192, 193, 195, 196, 197, 198, 200, 202, 203, 204, 205, 207, 3046, 3047, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3445, 3446, 3447, 3448, 3449, 3450, 3451, 3452, 3453, 3454, 3455, 3456, 3457, 3458, 3459, 3460, 4665, 4666, 4667, 4668, 4669, 4670, 4721, 4722, 4723, 4724, 4725, 4726, 5183, 5184, 5185, 5186, 5187, 5188, 5189, 5190, 5191, 5192, 5193, 5194, 5764, 5767, 5768, 5769, 5772, 5773, 5774, 5775, 5899, 5900, 5901, 5902, 5903, 5904])),
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
            (188, "override-instructions-cjk", Anchor::Lits(&[4287, 4299, 4302, 4320, 4321, 4324, 4339, 4344, 4360, 4361, 4362, 4363, 4364, 4365, 4373, 4374, 4380, 4384, 4402, 4403, 4404, 4425, 4427, 4430, 4431, 4435, 4455, 4474, 4475])),
            (191, "override-instructions-other-scripts", Anchor::Lits(&[3385, 3386, 3387, 3452, 3453, 3465, 3469, 3475, 3478, 3482, 3486, 3497, 3498, 3507, 3512, 3513, 3514, 3519, 3522, 3524])),
            (193, "unrestricted-persona-other-scripts", Anchor::Lits(&[3473, 3479, 3499, 3510, 3523, 4276, 4277, 4351, 4357, 4381, 4382, 4405, 4408, 4413, 4414, 4428, 4434, 4466, 4471])),
            (195, "reveal-system-prompt-other-scripts", Anchor::Lits(&[3466, 3476, 3480, 3485, 3493, 3496, 3504, 3505, 3509, 3518, 3520, 4287, 4288, 4324, 4399, 4437, 4443, 4452, 4457, 4463, 4480])),
            (197, "disable-safety-other-scripts", Anchor::Lits(&[4286, 4314, 4317, 4347, 4348, 4389, 4397, 4407, 4409, 4425, 4426, 4432, 4442, 4444, 4446, 4460, 4473])),
            (199, "stop-following-instructions-cjk", Anchor::Lits(&[4279, 4280, 4282, 4367, 4368, 4370, 4413, 4414, 4416, 4420, 4422, 4449, 4479])),
            (203, "conceal-from-the-user-cjk", Anchor::Lits(&[4292, 4312, 4386])),
            (210, "reveal-system-prompt-zh", Anchor::Lits(&[4309, 4310, 4311, 4316, 4319, 4322, 4323, 4335, 4401, 4402, 4403, 4404, 4436, 4438])),
            (212, "admin-role-handed-out-other-scripts", Anchor::Lits(&[1087, 2577, 2869, 3130, 4303, 4306, 4332, 4333, 4458, 4482])),
            (214, "control-weakened-other-scripts", Anchor::Any(&[Anchor::Lits(&[4285, 4313, 4314, 4317, 4325, 4327, 4331, 4336, 4337, 4341, 4346, 4371, 4372, 4383, 4397, 4400, 4415, 4432]), Anchor::All(&[Anchor::Lits(&[4444, 4446, 4461, 4462, 4478, 4483]), Anchor::Lits(&[741, 2397, 4441, 4447, 4448, 4450, 4477])])])),
            (216, "destructive-without-confirmation-cjk", Anchor::Lits(&[4345, 4350, 4356, 4395, 4396, 4417, 4419, 4421, 4424, 4433])),
            (217, "results-sent-to-an-address-cjk", Anchor::Lits(&[2015, 2045, 2112, 2113, 2855])),
            (218, "addressed-to-the-agent-other-scripts", Anchor::Lits(&[3454, 3455, 3456, 3457, 3458, 3463, 3464, 3468, 3470, 3484, 3491, 3492, 3508, 3515, 4278, 4281, 4342, 4343, 4406, 4410, 4412, 4418, 4423, 4439, 4440, 4445, 4472, 4481])),
            (219, "conceal-from-the-user-other-scripts", Anchor::Lits(&[3450, 3460, 3474, 3479, 3481, 3487, 3489, 3494, 3495, 3499, 3502, 3503, 3517, 3521, 4275, 4308, 4315, 4318, 4326, 4328, 4338, 4354, 4355, 4376, 4377, 4385, 4387, 4390, 4391, 4393, 4394, 4398, 4411, 4451, 4453, 4454, 4456, 4464, 4465])),
            (221, "no-limits-any-more-cjk", Anchor::Lits(&[4291, 4293, 4296, 4297, 4298, 4329, 4378, 4379, 4413, 4467, 4468, 4469, 4470])),
            (225, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Lits(&[1264, 1746, 1758, 1890, 1970, 1993, 2455, 2456, 2656, 2661, 2752, 2864, 2874, 2879, 2907, 2946, 3127, 3144]), Anchor::Lits(&[664, 2026, 2050, 2830])])),
            (226, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[457, 458, 459, 460, 461, 462]), Anchor::All(&[Anchor::Lits(&[1366, 1369, 1788, 2835, 2942, 2943, 3131]), Anchor::Lits(&[1369, 1506, 1507, 2043, 3086, 3255]), Anchor::Lits(&[862])])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0xaec6789c1bcd4f39;
