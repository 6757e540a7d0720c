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
\x20and obey \
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
\x20forwards \
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
\x20hereby \
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
\x20so audit\
\x20so far\
\x20so it does not\
\x20so it doesnt\
\x20so it will not\
\x20so it wont\
\x20so no one\
\x20so nobody\
\x20so noone\
\x20so reviewers\
\x20so security\
\x20so that audit\
\x20so that it does not\
\x20so that it doesnt\
\x20so that it will not\
\x20so that it wont\
\x20so that no one\
\x20so that nobody\
\x20so that noone\
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
\x20to ftp\
\x20to gcs\
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
            ends: &[11, 22, 32, 41, 61, 81, 100, 118, 137, 154, 164, 172, 176, 189, 197, 206, 212, 219, 226, 234, 251, 269, 299, 307, 316, 334, 353, 368, 384, 397, 404, 421, 439, 445, 452, 470, 489, 498, 508, 520, 531, 537, 544, 561, 576, 593, 600, 608, 623, 638, 649, 663, 678, 697, 705, 718, 732, 748, 759, 767, 777, 788, 796, 805, 817, 828, 836, 846, 855, 860, 868, 878, 889, 901, 912, 925, 940, 957, 971, 980, 995, 1002, 1016, 1033, 1048, 1067, 1083, 1100, 1121, 1138, 1149, 1161, 1182, 1200, 1217, 1231, 1238, 1246, 1255, 1262, 1270, 1284, 1293, 1305, 1308, 1312, 1317, 1324, 1333, 1343, 1350, 1358, 1366, 1379, 1383, 1396, 1407, 1421, 1433, 1442, 1457, 1470, 1481, 1495, 1509, 1518, 1534, 1548, 1563, 1572, 1588, 1598, 1608, 1615, 1631, 1648, 1660, 1672, 1681, 1697, 1711, 1726, 1746, 1761, 1784, 1798, 1809, 1822, 1835, 1844, 1855, 1863, 1876, 1890, 1905, 1919, 1936, 1951, 1969, 1977, 1983, 1995, 2004, 2017, 2026, 2036, 2043, 2051, 2059, 2068, 2086, 2105, 2117, 2126, 2136, 2155, 2175, 2191, 2208, 2226, 2245, 2252, 2260, 2271, 2282, 2292, 2307, 2324, 2332, 2345, 2357, 2373, 2387, 2403, 2415, 2423, 2434, 2445, 2455, 2465, 2478, 2492, 2505, 2519, 2537, 2547, 2561, 2586, 2597, 2607, 2616, 2623, 2634, 2651, 2663, 2675, 2684, 2695, 2709, 2718, 2735, 2755, 2779, 2799, 2813, 2823, 2830, 2838, 2848, 2863, 2882, 2902, 2916, 2931, 2947, 2966, 2989, 3008, 3021, 3028, 3032, 3040, 3049, 3058, 3066, 3077, 3085, 3093, 3099, 3113, 3123, 3132, 3142, 3157, 3167, 3178, 3186, 3195, 3214, 3228, 3238, 3253, 3261, 3275, 3292, 3311, 3320, 3329, 3346, 3354, 3362, 3369, 3373, 3379, 3391, 3405, 3415, 3426, 3436, 3451, 3465, 3478, 3488, 3505, 3521, 3533, 3540, 3553, 3568, 3580, 3591, 3607, 3622, 3636, 3647, 3665, 3675, 3687, 3700, 3719, 3731, 3744, 3755, 3764, 3778, 3788, 3799, 3806, 3820, 3829, 3838, 3853, 3867, 3875, 3890, 3902, 3915, 3927, 3938, 3946, 3961, 3973, 3988, 3997, 4005, 4014, 4025, 4033, 4040, 4044, 4049, 4056, 4069, 4084, 4097, 4107, 4115, 4125, 4136, 4148, 4156, 4165, 4172, 4179, 4187, 4193, 4199, 4216, 4229, 4255, 4286, 4313, 4345, 4353, 4364, 4371, 4379, 4385, 4392, 4403, 4413, 4430, 4439, 4448, 4458, 4471, 4480, 4488, 4498, 4513, 4525, 4554, 4578, 4608, 4634, 4663, 4691, 4714, 4738, 4755, 4774, 4798, 4820, 4853, 4883, 4898, 4910, 4922, 4935, 4948, 4973, 4987, 5002, 5013, 5023, 5035, 5048, 5058, 5069, 5077, 5088, 5099, 5110, 5121, 5132, 5145, 5159, 5173, 5187, 5201, 5215, 5231, 5237, 5242, 5250, 5259, 5267, 5279, 5293, 5306, 5314, 5322, 5330, 5334, 5342, 5348, 5356, 5364, 5371, 5379, 5394, 5418, 5436, 5448, 5466, 5488, 5506, 5522, 5534, 5547, 5559, 5572, 5584, 5600, 5613, 5628, 5642, 5656, 5671, 5682, 5695, 5713, 5725, 5741, 5758, 5766, 5781, 5793, 5802, 5824, 5844, 5849, 5857, 5867, 5878, 5887, 5898, 5909, 5921, 5929, 5942, 5959, 5963, 5968, 5976, 5987, 5993, 6003, 6013, 6024, 6036, 6055, 6070, 6088, 6096, 6108, 6117, 6129, 6143, 6157, 6173, 6180, 6188, 6196, 6203, 6211, 6223, 6235, 6247, 6260, 6272, 6297, 6309, 6323, 6332, 6342, 6353, 6368, 6383, 6398, 6413, 6428, 6445, 6464, 6471, 6483, 6497, 6511, 6518, 6525, 6541, 6555, 6570, 6587, 6603, 6616, 6629, 6641, 6656, 6672, 6690, 6708, 6723, 6740, 6752, 6765, 6784, 6793, 6801, 6810, 6820, 6829, 6837, 6850, 6864, 6880, 6902, 6925, 6940, 6952, 6964, 6982, 7001, 7020, 7040, 7051, 7065, 7080, 7095, 7110, 7127, 7144, 7158, 7174, 7185, 7197, 7212, 7230, 7236, 7247, 7259, 7273, 7293, 7314, 7327, 7337, 7347, 7363, 7380, 7397, 7415, 7424, 7436, 7449, 7462, 7475, 7490, 7505, 7517, 7531, 7540, 7550, 7563, 7579, 7593, 7609, 7622, 7638, 7643, 7647, 7654, 7666, 7673, 7681, 7689, 7697, 7705, 7713, 7730, 7740, 7751, 7760, 7772, 7780, 7789, 7799, 7813, 7818, 7824, 7837, 7845, 7854, 7864, 7870, 7878, 7885, 7893, 7902, 7911, 7918, 7926, 7938, 7944, 7955, 7967, 7975, 7982, 7990, 7997, 8009, 8018, 8029, 8036, 8044, 8053, 8068, 8082, 8092, 8100, 8106, 8113, 8120, 8128, 8139, 8146, 8154, 8162, 8171, 8185, 8194, 8203, 8213, 8226, 8234, 8243, 8256, 8272, 8282, 8290, 8305, 8321, 8338, 8348, 8359, 8373, 8385, 8401, 8414, 8430, 8458, 8465, 8473, 8487, 8502, 8518, 8535, 8550, 8567, 8580, 8594, 8609, 8620, 8632, 8644, 8659, 8670, 8682, 8702, 8725, 8744, 8762, 8781, 8795, 8808, 8820, 8828, 8847, 8857, 8867, 8885, 8905, 8924, 8943, 8961, 8976, 8992, 9004, 9017, 9028, 9037, 9049, 9058, 9073, 9085, 9101, 9110, 9120, 9133, 9141, 9150, 9163, 9174, 9186, 9199, 9210, 9221, 9233, 9246, 9254, 9267, 9281, 9303, 9326, 9349, 9363, 9378, 9390, 9403, 9417, 9424, 9431, 9439, 9445, 9458, 9466, 9479, 9493, 9506, 9518, 9526, 9535, 9545, 9556, 9575, 9588, 9609, 9630, 9644, 9656, 9667, 9688, 9709, 9721, 9736, 9748, 9760, 9773, 9787, 9798, 9810, 9823, 9835, 9848, 9861, 9867, 9871, 9876, 9885, 9895, 9909, 9925, 9941, 9958, 9972, 9989, 10004, 10020, 10029, 10059, 10087, 10093, 10098, 10104, 10121, 10130, 10139, 10142, 10154, 10160, 10173, 10191, 10205, 10215, 10222, 10230, 10248, 10265, 10277, 10288, 10299, 10316, 10327, 10335, 10347, 10361, 10373, 10385, 10393, 10402, 10411, 10425, 10438, 10443, 10458, 10472, 10481, 10489, 10497, 10511, 10521, 10531, 10542, 10553, 10565, 10577, 10588, 10600, 10612, 10622, 10633, 10643, 10654, 10667, 10684, 10692, 10701, 10717, 10726, 10749, 10767, 10786, 10803, 10811, 10820, 10828, 10835, 10846, 10862, 10873, 10890, 10899, 10910, 10914, 10926, 10935, 10952, 10966, 10980, 11001, 11019, 11037, 11058, 11075, 11084, 11099, 11110, 11118, 11129, 11142, 11155, 11165, 11177, 11185, 11194, 11205, 11214, 11225, 11236, 11248, 11254, 11261, 11265, 11275, 11286, 11298, 11311, 11320, 11332, 11342, 11355, 11370, 11382, 11390, 11403, 11420, 11433, 11457, 11488, 11501, 11515, 11528, 11541, 11557, 11571, 11585, 11601, 11615, 11631, 11653, 11676, 11691, 11703, 11719, 11734, 11746, 11764, 11783, 11802, 11822, 11849, 11861, 11872, 11887, 11903, 11917, 11932, 11947, 11962, 11979, 11996, 12010, 12024, 12040, 12054, 12071, 12085, 12101, 12119, 12135, 12153, 12165, 12179, 12190, 12202, 12214, 12229, 12241, 12259, 12275, 12293, 12300, 12313, 12324, 12335, 12346, 12357, 12368, 12381, 12394, 12407, 12420, 12433, 12446, 12461, 12475, 12485, 12504, 12519, 12540, 12555, 12573, 12589, 12605, 12623, 12647, 12672, 12689, 12703, 12720, 12735, 12753, 12767, 12782, 12802, 12823, 12844, 12866, 12879, 12896, 12912, 12929, 12946, 12963, 12982, 13001, 13017, 13035, 13054, 13067, 13081, 13098, 13118, 13126, 13143, 13156, 13175, 13188, 13204, 13218, 13232, 13248, 13270, 13293, 13308, 13320, 13335, 13348, 13364, 13376, 13389, 13407, 13426, 13445, 13465, 13476, 13491, 13505, 13520, 13535, 13550, 13567, 13584, 13598, 13614, 13631, 13642, 13654, 13669, 13687, 13693, 13704, 13719, 13730, 13752, 13781, 13792, 13804, 13815, 13826, 13840, 13852, 13864, 13878, 13890, 13904, 13924, 13945, 13958, 13968, 13982, 13995, 14005, 14021, 14038, 14055, 14073, 14098, 14108, 14117, 14130, 14143, 14157, 14169, 14182, 14195, 14208, 14223, 14238, 14250, 14262, 14276, 14288, 14303, 14315, 14329, 14345, 14359, 14375, 14385, 14397, 14406, 14416, 14426, 14439, 14449, 14465, 14479, 14495, 14519, 14529, 14540, 14546, 14560, 14570, 14582, 14593, 14604, 14614, 14624, 14634, 14649, 14658, 14672, 14687, 14692, 14698, 14705, 14713, 14718, 14730, 14748, 14769, 14794, 14815, 14830, 14838, 14847, 14853, 14869, 14879, 14888, 14898, 14908, 14917, 14923, 14930, 14946, 14953, 14961, 14968, 14982, 14999, 15008, 15019, 15028, 15037, 15045, 15054, 15065, 15071, 15080, 15089, 15097, 15106, 15115, 15131, 15139, 15148, 15158, 15173, 15180, 15184, 15189, 15197, 15206, 15215, 15225, 15237, 15250, 15272, 15282, 15289, 15298, 15312, 15327, 15343, 15353, 15366, 15380, 15387, 15395, 15402, 15417, 15429, 15435, 15449, 15461, 15476, 15490, 15503, 15514, 15527, 15540, 15556, 15571, 15582, 15599, 15610, 15629, 15651, 15677, 15699, 15715, 15732, 15744, 15753, 15763, 15775, 15796, 15818, 15834, 15851, 15857, 15864, 15873, 15884, 15902, 15921, 15940, 15960, 15975, 15993, 16011, 16034, 16042, 16055, 16066, 16076, 16088, 16101, 16107, 16122, 16139, 16157, 16166, 16174, 16181, 16189, 16198, 16207, 16217, 16225, 16234, 16248, 16263, 16279, 16292, 16305, 16317, 16332, 16348, 16366, 16384, 16399, 16416, 16428, 16441, 16460, 16475, 16491, 16508, 16522, 16536, 16549, 16565, 16582, 16601, 16620, 16636, 16654, 16667, 16681, 16701, 16706, 16712, 16718, 16723, 16729, 16737, 16746, 16763, 16774, 16793, 16812, 16824, 16834, 16843, 16862, 16881, 16891, 16904, 16911, 16919, 16927, 16935, 16944, 16951, 16970, 16990, 16997, 17017, 17024, 17044, 17052, 17073, 17094, 17102, 17109, 17131, 17145, 17154, 17163, 17170, 17183, 17194, 17205, 17213, 17226, 17237, 17247, 17258, 17276, 17288, 17307, 17322, 17330, 17342, 17355, 17363, 17371, 17384, 17390, 17397, 17406, 17416, 17423, 17431, 17442, 17451, 17463, 17474, 17486, 17499, 17505, 17520, 17532, 17544, 17556, 17569, 17581, 17593, 17608, 17618, 17637, 17656, 17672, 17688, 17706, 17725, 17741, 17759, 17778, 17793, 17804, 17823, 17843, 17862, 17871, 17879, 17889, 17900, 17908, 17914, 17926, 17940, 17952, 17961, 17976, 17994, 18014, 18035, 18046, 18057, 18067, 18072, 18084, 18099, 18111, 18122, 18134, 18147, 18158, 18173, 18185, 18202, 18215, 18227, 18236, 18252, 18262, 18267, 18273, 18280, 18293, 18303, 18309, 18321, 18335, 18347, 18356, 18363, 18376, 18391, 18406, 18421, 18436, 18451, 18468, 18473, 18491, 18509, 18527, 18545, 18563, 18583, 18597, 18602, 18613, 18625, 18639, 18652, 18666, 18678, 18690, 18703, 18712, 18720, 18727, 18736, 18744, 18752, 18758, 18765, 18776, 18787, 18803, 18814, 18826, 18832, 18839, 18847, 18856, 18872, 18889, 18900, 18912, 18928, 18945, 18960, 18975, 18984, 18992, 18999, 19009, 19017, 19032, 19051, 19059, 19065, 19072, 19078, 19085, 19105, 19114, 19123, 19138, 19152, 19158, 19169, 19177, 19186, 19191, 19199, 19213, 19227, 19240, 19260, 19272, 19295, 19318, 19340, 19361, 19383, 19403, 19416, 19430, 19445, 19456, 19462, 19473, 19483, 19492, 19499, 19509, 19517, 19528, 19533, 19539, 19546, 19551, 19561, 19570, 19584, 19592, 19605, 19617, 19630, 19642, 19655, 19667, 19677, 19686, 19695, 19708, 19722, 19735, 19746, 19756, 19766, 19777, 19793, 19807, 19823, 19836, 19850, 19859, 19863, 19874, 19888, 19906, 19920, 19928, 19935, 19943, 19957, 19970, 19986, 20000, 20020, 20033, 20051, 20068, 20088, 20106, 20130, 20147, 20155, 20164, 20177, 20184, 20194, 20205, 20214, 20219, 20232, 20252, 20258, 20278, 20296, 20314, 20321, 20330, 20338, 20364, 20376, 20385, 20392, 20408, 20414, 20423, 20434, 20439, 20445, 20453, 20466, 20475, 20486, 20498, 20509, 20520, 20529, 20544, 20559, 20575, 20590, 20601, 20611, 20617, 20625, 20633, 20643, 20654, 20667, 20679, 20692, 20701, 20726, 20752, 20776, 20799, 20821, 20846, 20869, 20891, 20913, 20933, 20953, 20972, 20993, 21013, 21025, 21043, 21063, 21081, 21096, 21108, 21126, 21145, 21158, 21172, 21193, 21212, 21235, 21257, 21279, 21300, 21318, 21337, 21357, 21378, 21389, 21403, 21416, 21430, 21441, 21448, 21469, 21477, 21486, 21497, 21506, 21515, 21525, 21533, 21541, 21552, 21562, 21573, 21582, 21590, 21602, 21615, 21626, 21643, 21660, 21676, 21691, 21717, 21743, 21768, 21792, 21817, 21840, 21856, 21870, 21885, 21894, 21905, 21919, 21932, 21951, 21962, 21979, 21988, 21998, 22012, 22020, 22037, 22054, 22062, 22077, 22085, 22101, 22108, 22114, 22129, 22144, 22150, 22157, 22180, 22202, 22222, 22241, 22261, 22282, 22301, 22310, 22320, 22329, 22338, 22349, 22358, 22363, 22370, 22382, 22396, 22408, 22418, 22429, 22442, 22447, 22453, 22458, 22474, 22489, 22501, 22516, 22533, 22544, 22558, 22570, 22583, 22596, 22606, 22614, 22627, 22637, 22649, 22659, 22669, 22680, 22688, 22698, 22709, 22717, 22724, 22733, 22752, 22771, 22781, 22792, 22801, 22811, 22823, 22827, 22836, 22846, 22851, 22857, 22864, 22881, 22887, 22903, 22915, 22923, 22928, 22937, 22944, 22951, 22956, 22962, 22968, 22980, 22985, 22991, 23006, 23013, 23024, 23033, 23042, 23054, 23060, 23066, 23072, 23077, 23088, 23098, 23108, 23117, 23123, 23139, 23149, 23153, 23159, 23166, 23175, 23181, 23188, 23199, 23212, 23223, 23234, 23246, 23259, 23266, 23274, 23281, 23288, 23296, 23308, 23314, 23323, 23333, 23341, 23346, 23352, 23363, 23377, 23386, 23397, 23402, 23408, 23415, 23428, 23444, 23449, 23459, 23470, 23481, 23496, 23504, 23519, 23528, 23538, 23552, 23566, 23576, 23587, 23596, 23608, 23616, 23629, 23638, 23648, 23654, 23663, 23676, 23690, 23699, 23710, 23721, 23727, 23734, 23749, 23765, 23778, 23791, 23805, 23818, 23833, 23849, 23862, 23876, 23886, 23896, 23907, 23915, 23924, 23934, 23943, 23952, 23959, 23970, 23982, 23986, 23991, 24007, 24033, 24044, 24051, 24058, 24066, 24086, 24106, 24115, 24134, 24157, 24180, 24199, 24220, 24239, 24264, 24282, 24301, 24316, 24335, 24354, 24373, 24396, 24419, 24438, 24459, 24478, 24503, 24521, 24540, 24559, 24582, 24605, 24624, 24645, 24664, 24689, 24707, 24726, 24737, 24752, 24771, 24794, 24817, 24836, 24857, 24876, 24901, 24919, 24938, 24953, 24970, 24985, 25006, 25020, 25035, 25048, 25065, 25084, 25107, 25130, 25149, 25170, 25189, 25214, 25232, 25251, 25264, 25281, 25293, 25311, 25331, 25351, 25361, 25381, 25405, 25429, 25449, 25471, 25491, 25517, 25536, 25556, 25572, 25592, 25612, 25632, 25656, 25680, 25700, 25722, 25742, 25768, 25787, 25807, 25827, 25851, 25875, 25895, 25917, 25937, 25963, 25982, 26002, 26022, 26046, 26070, 26090, 26112, 26132, 26158, 26177, 26197, 26213, 26231, 26247, 26269, 26284, 26300, 26320, 26344, 26368, 26388, 26410, 26430, 26456, 26475, 26495, 26508, 26524, 26539, 26551, 26566, 26578, 26592, 26604, 26616, 26624, 26633, 26652, 26668, 26688, 26698, 26715, 26736, 26748, 26752, 26762, 26770, 26778, 26783, 26789, 26804, 26816, 26829, 26842, 26866, 26888, 26903, 26921, 26937, 26948, 26956, 26970, 26976, 26983, 26991, 27010, 27021, 27036, 27046, 27054, 27061, 27074, 27088, 27102, 27117, 27123, 27131, 27141, 27154, 27164, 27175, 27181, 27190, 27196, 27205, 27217, 27234, 27244, 27256, 27266, 27276, 27287, 27299, 27311, 27320, 27333, 27339, 27354, 27363, 27373, 27382, 27389, 27396, 27406, 27413, 27427, 27441, 27458, 27473, 27486, 27505, 27512, 27524, 27540, 27563, 27593, 27605, 27618, 27630, 27642, 27655, 27670, 27683, 27698, 27719, 27741, 27755, 27766, 27781, 27797, 27811, 27822, 27839, 27857, 27875, 27890, 27909, 27935, 27946, 27956, 27970, 27982, 27996, 28011, 28024, 28038, 28052, 28066, 28082, 28098, 28111, 28124, 28138, 28153, 28168, 28181, 28194, 28209, 28226, 28241, 28258, 28269, 28282, 28292, 28303, 28314, 28328, 28339, 28356, 28371, 28388, 28399, 28411, 28417, 28423, 28440, 28452, 28466, 28478, 28488, 28502, 28516, 28533, 28548, 28563, 28573, 28584, 28598, 28608, 28619, 28633, 28648, 28658, 28669, 28689, 28709, 28731, 28756, 28772, 28783, 28795, 28813, 28830, 28847, 28865, 28884, 28902, 28922, 28944, 28964, 28986, 29002, 29020, 29040, 29062, 29074, 29087, 29099, 29109, 29123, 29139, 29148, 29164, 29174, 29191, 29206, 29214, 29226, 29242, 29255, 29268, 29279, 29287, 29302, 29314, 29328, 29342, 29358, 29377, 29385, 29401, 29418, 29439, 29456, 29463, 29477, 29492, 29500, 29511, 29518, 29526, 29539, 29549, 29559, 29573, 29578, 29584, 29593, 29603, 29617, 29629, 29639, 29658, 29667, 29675, 29682, 29690, 29699, 29703, 29708, 29718, 29730, 29738, 29746, 29755, 29764, 29773, 29781, 29792, 29808, 29821, 29844, 29864, 29884, 29904, 29927, 29954, 29978, 30002, 30026, 30053, 30062, 30070, 30082, 30092, 30102, 30119, 30130, 30148, 30162, 30169, 30178, 30184, 30195, 30209, 30221, 30234, 30247, 30257, 30265, 30278, 30288, 30300, 30310, 30320, 30331, 30339, 30348, 30359, 30369, 30380, 30408, 30416, 30425, 30442, 30453, 30472, 30491, 30503, 30513, 30522, 30541, 30560, 30572, 30585, 30595, 30608, 30625, 30636, 30648, 30660, 30677, 30692, 30708, 30723, 30736, 30748, 30760, 30772, 30785, 30794, 30803, 30812, 30824, 30831, 30839, 30852, 30862, 30866, 30875, 30885, 30895, 30911, 30921, 30939, 30950, 30963, 30975, 30988, 31001, 31011, 31019, 31035, 31044, 31051, 31059, 31075, 31084, 31094, 31102, 31111, 31122, 31133, 31138, 31150, 31169, 31182, 31202, 31218, 31227, 31236, 31246, 31260, 31271, 31283, 31293, 31304, 31316, 31326, 31337, 31347, 31357, 31371, 31385, 31396, 31404, 31411, 31420, 31428, 31437, 31447, 31466, 31474, 31491, 31501, 31519, 31528, 31538, 31554, 31572, 31588, 31598, 31609, 31618, 31628, 31640, 31647, 31656, 31664, 31673, 31682, 31691, 31700, 31707, 31728, 31736, 31745, 31756, 31767, 31778, 31791, 31805, 31818, 31829, 31839, 31849, 31860, 31870, 31880, 31891, 31903, 31915, 31928, 31947, 31964, 31972, 31984, 31993, 32004, 32017, 32031, 32044, 32055, 32065, 32075, 32083, 32093, 32102, 32113, 32122, 32132, 32141, 32150, 32154, 32160, 32167, 32182, 32194, 32205, 32211, 32229, 32252, 32270, 32288, 32304, 32316, 32322, 32344, 32357, 32372, 32387, 32396, 32406, 32413, 32421, 32434, 32454, 32470, 32487, 32508, 32525, 32553, 32573, 32590, 32619, 32627, 32633, 32652, 32661, 32668, 32685, 32697, 32711, 32718, 32721, 32725, 32740, 32749, 32759, 32767, 32778, 32792, 32810, 32819, 32829, 32840, 32856, 32865, 32875, 32883, 32892, 32904, 32920, 32929, 32942, 32956, 32966, 32981, 32996, 33008, 33015, 33024, 33031, 33040, 33050, 33064, 33073, 33082, 33094, 33107, 33118, 33129, 33141, 33153, 33165, 33175, 33183, 33192, 33210, 33230, 33248, 33263, 33275, 33282, 33290, 33308, 33327, 33345, 33363, 33381, 33393, 33412, 33427, 33444, 33456, 33469, 33481, 33497, 33513, 33519, 33533, 33540, 33548, 33562, 33574, 33583, 33596, 33610, 33617, 33623, 33640, 33648, 33660, 33665, 33676, 33689, 33700, 33708, 33723, 33730, 33739, 33745, 33754, 33766, 33780, 33793, 33807, 33818, 33827, 33839, 33847, 33854, 33862, 33870, 33877, 33886, 33898, 33909, 33918, 33928, 33946, 33958, 33978, 33998, 34011, 34022, 34032, 34052, 34072, 34083, 34097, 34109, 34121, 34131, 34142, 34158, 34168, 34175, 34184, 34191, 34199, 34209, 34215, 34223, 34233, 34244, 34254, 34270, 34280, 34291, 34299, 34308, 34324, 34331, 34339, 34346, 34363, 34379, 34390, 34400, 34410, 34426, 34437, 34452, 34459, 34477, 34495, 34502, 34508, 34515, 34522, 34529, 34536, 34545, 34552, 34569, 34585, 34596, 34606, 34616, 34632, 34640, 34654, 34669, 34684, 34705, 34713, 34722, 34730, 34738, 34760, 34769, 34779, 34787, 34796, 34805, 34815, 34826, 34832, 34842, 34854, 34862, 34880, 34896, 34907, 34915, 34931, 34948, 34964, 34978, 34991, 35004, 35024, 35042, 35055, 35065, 35075, 35084, 35090, 35099, 35111, 35119, 35131, 35145, 35154, 35166, 35177, 35189, 35199, 35211, 35225, 35236, 35250, 35262, 35273, 35285, 35298, 35311, 35325, 35340, 35354, 35368, 35380, 35387, 35395, 35406, 35414, 35423, 35431, 35440, 35448, 35456, 35465, 35474, 35482, 35493, 35501, 35512, 35529, 35536, 35544, 35556, 35563, 35574, 35585, 35596, 35605, 35614, 35622, 35642, 35649, 35655, 35675, 35682, 35696, 35709, 35716, 35723, 35730, 35739, 35743, 35748, 35765, 35785, 35803, 35808, 35814, 35819, 35830, 35842, 35848, 35855, 35873, 35885, 35899, 35918, 35931, 35945, 35953, 35962, 35971, 35981, 35988, 35996, 36008, 36021, 36038, 36045, 36052, 36061, 36067, 36082, 36099, 36114, 36126, 36135, 36144, 36151, 36161, 36172, 36183, 36195, 36203, 36212, 36222, 36228, 36234, 36240, 36248, 36252, 36257, 36264, 36284, 36303, 36317, 36330, 36343, 36362, 36371, 36379, 36391, 36397, 36405, 36415, 36424, 36433, 36447, 36458, 36465, 36475, 36486, 36504, 36511, 36518, 36526, 36533, 36541, 36559, 36572, 36588, 36605, 36614, 36622, 36631, 36648, 36666, 36675, 36685, 36702, 36717, 36733, 36752, 36772, 36786, 36801, 36809, 36817, 36822, 36828, 36837, 36844, 36850, 36857, 36865, 36872, 36879, 36889, 36901, 36915, 36927, 36936, 36946, 36953, 36961, 36968, 36975, 36983, 36991, 37000, 37017, 37032, 37046, 37058, 37070, 37083, 37096, 37111, 37126, 37141, 37157, 37173, 37191, 37202, 37218, 37234, 37251, 37268, 37287, 37299, 37307, 37323, 37339, 37356, 37373, 37392, 37404, 37417, 37433, 37443, 37452, 37462, 37468, 37475, 37482, 37489, 37504, 37512, 37521, 37529, 37535, 37542, 37551, 37559, 37570, 37579, 37585, 37594, 37606, 37615, 37628, 37646, 37667, 37685, 37694, 37704, 37715, 37727, 37736, 37743, 37751, 37759, 37774, 37785, 37793, 37802, 37811, 37821, 37833, 37838, 37843, 37849, 37859, 37869, 37883, 37895, 37906, 37918, 37929, 37941, 37952, 37965, 37975, 37985, 37997, 38009, 38023, 38039, 38053, 38069, 38079, 38091, 38101, 38119, 38135, 38150, 38166, 38184, 38196, 38210, 38224, 38240, 38250, 38264, 38278, 38292, 38306, 38320, 38336, 38342, 38348, 38355, 38369, 38378, 38389, 38398, 38405, 38420, 38433, 38448, 38459, 38469, 38479, 38488, 38501, 38513, 38527, 38547, 38565, 38585, 38601, 38616, 38631, 38645, 38663, 38680, 38698, 38720, 38738, 38751, 38768, 38781, 38804, 38828, 38838, 38852, 38867, 38877, 38890, 38902, 38912, 38922, 38935, 38940, 38944, 38949, 38958, 38973, 38989, 39003, 39018, 39029, 39040, 39049, 39059, 39072, 39090, 39102, 39122, 39142, 39155, 39166, 39181, 39191, 39211, 39231, 39242, 39256, 39268, 39282, 39299, 39308, 39323, 39336, 39343, 39355, 39367, 39380, 39395, 39416, 39432, 39451, 39469, 39493, 39512, 39536, 39561, 39586, 39607, 39629, 39651, 39657, 39673, 39687, 39694, 39704, 39711, 39721, 39734, 39740, 39746, 39758, 39769, 39780, 39792, 39808, 39821, 39835, 39847, 39861, 39877, 39891, 39907, 39917, 39929, 39943, 39959, 39969, 39980, 39987, 39995, 40005, 40016, 40028, 40040, 40052, 40065, 40078, 40086, 40098, 40109, 40120, 40132, 40149, 40164, 40173, 40182, 40192, 40203, 40214, 40223, 40232, 40241, 40250, 40260, 40272, 40284, 40295, 40307, 40320, 40339, 40356, 40362, 40371, 40386, 40405, 40419, 40426, 40441, 40458, 40477, 40497, 40512, 40528, 40542, 40557, 40570, 40588, 40604, 40617, 40623, 40630, 40638, 40649, 40666, 40688, 40698, 40721, 40731, 40740, 40751, 40758, 40764, 40778, 40794, 40808, 40819, 40825, 40832, 40841, 40851, 40857, 40869, 40883, 40895, 40904, 40914, 40923, 40930, 40942, 40947, 40952, 40958, 40976, 40995, 41011, 41021, 41032, 41044, 41053, 41063, 41078, 41088, 41099, 41111, 41131, 41152, 41163, 41175, 41196, 41218, 41236, 41255, 41275, 41296, 41305, 41315, 41330, 41351, 41370, 41391, 41408, 41424, 41440, 41455, 41474, 41492, 41511, 41534, 41553, 41563, 41574, 41586, 41603, 41614, 41629, 41650, 41666, 41681, 41699, 41725, 41744, 41765, 41785, 41806, 41827, 41845, 41865, 41893, 41914, 41937, 41959, 41982, 42005, 42025, 42037, 42047, 42058, 42066, 42075, 42084, 42094, 42113, 42133, 42144, 42154, 42165, 42182, 42198, 42218, 42239, 42256, 42274, 42289, 42303, 42324, 42344, 42355, 42374, 42394, 42402, 42411, 42422, 42434, 42445, 42461, 42479, 42488, 42502, 42515, 42526, 42540, 42552, 42561, 42575, 42587, 42600, 42613, 42624, 42643, 42654, 42666, 42675, 42685, 42697, 42715, 42730, 42745, 42760, 42778, 42800, 42819, 42838, 42857, 42879, 42889, 42900, 42920, 42941, 42955, 42966, 42978, 42991, 43012, 43034, 43052, 43071, 43085, 43099, 43111, 43131, 43152, 43161, 43171, 43182, 43194, 43203, 43210, 43218, 43225, 43231, 43243, 43255, 43266, 43276, 43297, 43318, 43338, 43357, 43377, 43395, 43406, 43415, 43421, 43427, 43443, 43460, 43473, 43480, 43495, 43508, 43520, 43535, 43556, 43575, 43596, 43613, 43629, 43645, 43660, 43679, 43697, 43716, 43739, 43758, 43767, 43777, 43795, 43810, 43822, 43829, 43836, 43844, 43858, 43878, 43896, 43916, 43932, 43947, 43962, 43976, 43994, 44011, 44029, 44051, 44069, 44075, 44081, 44093, 44106, 44112, 44118, 44127, 44135, 44148, 44158, 44175, 44192, 44203, 44216, 44224, 44233, 44244, 44262, 44276, 44282, 44295, 44302, 44311, 44318, 44328, 44334, 44341, 44348, 44356, 44362, 44374, 44388, 44400, 44409, 44419, 44424, 44430, 44437, 44446, 44454, 44463, 44473, 44489, 44505, 44520, 44534, 44559, 44584, 44608, 44631, 44655, 44677, 44692, 44705, 44712, 44724, 44733, 44744, 44754, 44770, 44789, 44808, 44826, 44843, 44871, 44899, 44926, 44952, 44979, 45004, 45022, 45038, 45047, 45056, 45066, 45078, 45085, 45093, 45102, 45112, 45126, 45144, 45155, 45165, 45174, 45186, 45197, 45210, 45234, 45255, 45261, 45269, 45278, 45289, 45299, 45305, 45323, 45339, 45347, 45359, 45371, 45387, 45405, 45418, 45430, 45440, 45451, 45462, 45469, 45477, 45486, 45496, 45506, 45518, 45531, 45545, 45564, 45571, 45588, 45598, 45608, 45616, 45627, 45636, 45645, 45655, 45659, 45664, 45678, 45693, 45709, 45736, 45745, 45756, 45767, 45779, 45791, 45803, 45814, 45823, 45831, 45839, 45850, 45860, 45871, 45893, 45905, 45918, 45930, 45940, 45949, 45958, 45970, 45980, 45986, 45994, 46002, 46008, 46017, 46023, 46029, 46041, 46052, 46058, 46090, 46100, 46110, 46122, 46135, 46145, 46156, 46173, 46179, 46186, 46205, 46212, 46220, 46229, 46239, 46261, 46287, 46313, 46321, 46337, 46361, 46371, 46381, 46392, 46406, 46420, 46425, 46434, 46443, 46451, 46462, 46474, 46488, 46502, 46512, 46525, 46532, 46539, 46548, 46556, 46569, 46576, 46590, 46600, 46605, 46611, 46620, 46630, 46639, 46647, 46654, 46663, 46674, 46690, 46699, 46718, 46726, 46736, 46745, 46755, 46763, 46774, 46789, 46802, 46813, 46829, 46841, 46854, 46868, 46878, 46897, 46914, 46929, 46949, 46965, 46982, 46995, 47014, 47034, 47048, 47063, 47072, 47082, 47088, 47101, 47117, 47137, 47153, 47163, 47173, 47190, 47210, 47234, 47254, 47268, 47279, 47285, 47292, 47299, 47306, 47317, 47330, 47341, 47345, 47350, 47356, 47361, 47367, 47373, 47390, 47399, 47409, 47428, 47443, 47458, 47476, 47492, 47508, 47526, 47550, 47575, 47592, 47606, 47624, 47638, 47658, 47679, 47700, 47722, 47735, 47751, 47768, 47785, 47802, 47821, 47840, 47856, 47874, 47893, 47906, 47920, 47937, 47957, 47967, 47973, 47979, 47985, 48003, 48018, 48026, 48035, 48049, 48058, 48069, 48079, 48089, 48098, 48110, 48127, 48142, 48156, 48171, 48185, 48206, 48221, 48237, 48252, 48267, 48288, 48303, 48320, 48339, 48356, 48375, 48388, 48403, 48420, 48439, 48451, 48458, 48463, 48469, 48484, 48495, 48506, 48520, 48532, 48544, 48558, 48578, 48599, 48612, 48622, 48636, 48646, 48662, 48679, 48696, 48714, 48723, 48735, 48748, 48761, 48774, 48789, 48804, 48816, 48830, 48845, 48854, 48864, 48877, 48893, 48899, 48909, 48918, 48933, 48948, 48955, 48964, 48971, 48984, 48999, 49012, 49022, 49034, 49048, 49054, 49067, 49082, 49095, 49105, 49117, 49125, 49136, 49141, 49152, 49156, 49165, 49186, 49200, 49212, 49223, 49235, 49245, 49252, 49263, 49276, 49284, 49293, 49310, 49319, 49329, 49343, 49358, 49378, 49392, 49405, 49418, 49428, 49440, 49452, 49461, 49471, 49487, 49500, 49510, 49528, 49536, 49549, 49563, 49574, 49587, 49604, 49617, 49626, 49636, 49651, 49667, 49681, 49690, 49696, 49709, 49722, 49734, 49745, 49760, 49779, 49798, 49815, 49826, 49840, 49851, 49865, 49881, 49892, 49907, 49923, 49939, 49952, 49966, 49978, 49994, 50012, 50027, 50044, 50055, 50068, 50082, 50097, 50112, 50122, 50140, 50155, 50170, 50180, 50194, 50211, 50222, 50233, 50244, 50257, 50276, 50289, 50304, 50319, 50332, 50343, 50360, 50377, 50394, 50409, 50428, 50439, 50451, 50468, 50475, 50484, 50494, 50506, 50517, 50529, 50546, 50557, 50572, 50581, 50595, 50602, 50614, 50632, 50650, 50667, 50683, 50710, 50737, 50763, 50788, 50814, 50838, 50855, 50870, 50875, 50883, 50896, 50910, 50922, 50933, 50944, 50952, 50968, 50988, 51006, 51029, 51042, 51053, 51066, 51081, 51092, 51104, 51127, 51154, 51177, 51198, 51223, 51239, 51259, 51279, 51292, 51306, 51319, 51333, 51348, 51373, 51398, 51413, 51439, 51450, 51465, 51476, 51488, 51504, 51516, 51532, 51544, 51560, 51573, 51587, 51599, 51611, 51623, 51629, 51643, 51657, 51672, 51679, 51685, 51689, 51703, 51717, 51725, 51733, 51746, 51757, 51762, 51771, 51786, 51804, 51817, 51827, 51839, 51850, 51860, 51866, 51874, 51893, 51918, 51936, 51956, 51976, 52002, 52021, 52042, 52052, 52065, 52079, 52091, 52104, 52108, 52115, 52128, 52142, 52153, 52163, 52180, 52198, 52213, 52232, 52247, 52261, 52270, 52279, 52297, 52314, 52336, 52353, 52364, 52389, 52414, 52433, 52456, 52466, 52482, 52499, 52513, 52533, 52554, 52572, 52594, 52612, 52623, 52633, 52640, 52649, 52652, 52663, 52668, 52681, 52692, 52703, 52721, 52734, 52751, 52764, 52785, 52804, 52830, 52851, 52876, 52897, 52903, 52917, 52923, 52936, 52951, 52968, 52978, 52989, 53003, 53015, 53025, 53034, 53052, 53066, 53076, 53088, 53102, 53118, 53131, 53138, 53146, 53157, 53166, 53173, 53182, 53188, 53192, 53202, 53215, 53228, 53238, 53249, 53266, 53280, 53295, 53309, 53319, 53328, 53338, 53349, 53361, 53370, 53380, 53392, 53402, 53413, 53421, 53431, 53467, 53482, 53488, 53499, 53512, 53527, 53540, 53547, 53562, 53577, 53585, 53590, 53605, 53620, 53629, 53643, 53659, 53667, 53676, 53686, 53694, 53703, 53713, 53725, 53736, 53745, 53755, 53763, 53772, 53780, 53786, 53793, 53806, 53816, 53829, 53846, 53861, 53876, 53886, 53896, 53908, 53925, 53938, 53954, 53969, 53987, 54003, 54023, 54042, 54057, 54072, 54083, 54105, 54120, 54135, 54152, 54164, 54174, 54182, 54194, 54198, 54206, 54215, 54222, 54228, 54237, 54244, 54254, 54261, 54269, 54277, 54286, 54296, 54302, 54310, 54327, 54343, 54364, 54380, 54390, 54414, 54438, 54456, 54478, 54489, 54497, 54506, 54520, 54533, 54546, 54559, 54572, 54586, 54598, 54614, 54629, 54649, 54662, 54679, 54688, 54701, 54713, 54721, 54729, 54737, 54747, 54756, 54759, 54768, 54791, 54810, 54818, 54825, 54852, 54876, 54899, 54922, 54943, 54957, 54963, 54971, 54986, 54996, 55008, 55022, 55035, 55046, 55057, 55075, 55088, 55103, 55120, 55136, 55150, 55161, 55179, 55192, 55207, 55224, 55240, 55254, 55263, 55274, 55287, 55302, 55312, 55329, 55341, 55355, 55371, 55386, 55399, 55407, 55417, 55427, 55448, 55465, 55484, 55505, 55528, 55548, 55562, 55577, 55595, 55611, 55625, 55632, 55645, 55660, 55675, 55685, 55695, 55712, 55725, 55741, 55756, 55774, 55790, 55810, 55829, 55844, 55859, 55870, 55882, 55888, 55897, 55906, 55911, 55921, 55931, 55940, 55951, 55959, 55978, 56003, 56021, 56041, 56061, 56068, 56077, 56080, 56086, 56095, 56104, 56110, 56118, 56126, 56133, 56139, 56144, 56151, 56158, 56165, 56177, 56180, 56186, 56199, 56205, 56212, 56225, 56239, 56250, 56267, 56285, 56300, 56319, 56334, 56343, 56351, 56357, 56364, 56379, 56394, 56406, 56416, 56429, 56446, 56458, 56468, 56474, 56485, 56502, 56513, 56528, 56535, 56545, 56554, 56565, 56573, 56584, 56593, 56598, 56605, 56620, 56631, 56644, 56659, 56676, 56690, 56698, 56707, 56719, 56729, 56737, 56747, 56758, 56764, 56777, 56793, 56800, 56811, 56821, 56833, 56841, 56849, 56855, 56872, 56883, 56892, 56902, 56912, 56918, 56925, 56937, 56947, 56962, 56974, 56977, 56982, 56986, 57006, 57030, 57042, 57058, 57077, 57095, 57114, 57138, 57166, 57182, 57202, 57225, 57247, 57270, 57282, 57295, 57307, 57320, 57330, 57342, 57363, 57383, 57408, 57428, 57442, 57470, 57498, 57520, 57546, 57553, 57563, 57574, 57586, 57603, 57617, 57624, 57634, 57642, 57652, 57665, 57686, 57709, 57729, 57742, 57752, 57766, 57775, 57780, 57794, 57800, 57811, 57828, 57838, 57848, 57860, 57875, 57886, 57902, 57921, 57925, 57930, 57940, 57951, 57960, 57972, 57981, 57992, 58003, 58009, 58019, 58026, 58035, 58046, 58059, 58067, 58076, 58089, 58096, 58108, 58123, 58134, 58142, 58151, 58164, 58176, 58183, 58189, 58198, 58208, 58234, 58259, 58288, 58302, 58316, 58339, 58366, 58393, 58424, 58449, 58470, 58501, 58531, 58565, 58593, 58625, 58657, 58693, 58723, 58749, 58779, 58803, 58825, 58852, 58883, 58906, 58931, 58953, 58980, 58999, 59021, 59037, 59054, 59084, 59114, 59136, 59160, 59186, 59214, 59225, 59237, 59250, 59263, 59270, 59284, 59296, 59308, 59328, 59344, 59363, 59380, 59393, 59410, 59419, 59431, 59441, 59452, 59473, 59491, 59503, 59520, 59534, 59548, 59576, 59603, 59618, 59629, 59641, 59651, 59658, 59672, 59683, 59699, 59713, 59728, 59748, 59760, 59767, 59782, 59794, 59809, 59828, 59842, 59852, 59863, 59879, 59901, 59910, 59922, 59934, 59945, 59955, 59965, 59977, 59988, 59999, 60004, 60019, 60036, 60055, 60067, 60080, 60096, 60110, 60122, 60126, 60131, 60139, 60156, 60163, 60175, 60192, 60203, 60215, 60225, 60243, 60258, 60272, 60283, 60290, 60303, 60323, 60340, 60351, 60366, 60377, 60384, 60393, 60401, 60408, 60426, 60440, 60459, 60474, 60491, 60502, 60521, 60540, 60552, 60568, 60577, 60596, 60615, 60627, 60640, 60651, 60658, 60668, 60679, 60691, 60702, 60711, 60715, 60726, 60745, 60753, 60757, 60760, 60774, 60782, 60791, 60803, 60814, 60827, 60831, 60836, 60859, 60878, 60892, 60907, 60909, 60925, 60943, 60954, 60963, 60971, 60978, 60991, 61011, 61028, 61039, 61054, 61065, 61073, 61090, 61104, 61117, 61127, 61135, 61147, 61152, 61162, 61168, 61175, 61186, 61199, 61210, 61221, 61229, 61236, 61242, 61246, 61258, 61267, 61276, 61284, 61292, 61301, 61323, 61330, 61336, 61345, 61355, 61374, 61396, 61413, 61427, 61441, 61457, 61472, 61486, 61501, 61508, 61515, 61524, 61532, 61541, 61551, 61560, 61570, 61581, 61590, 61600, 61614, 61629, 61642, 61652, 61663, 61678, 61692, 61700, 61711, 61723, 61733, 61744, 61754, 61761, 61769, 61782, 61791, 61806, 61817, 61826, 61834, 61847, 61858, 61870, 61878, 61891, 61899, 61912, 61924, 61934, 61949, 61962, 61980, 61986, 61997, 62000, 62002, 62017, 62031, 62045, 62061, 62076, 62091, 62104, 62116, 62128, 62142, 62155, 62168, 62184, 62199, 62214, 62228, 62241, 62254, 62270, 62277, 62289, 62301, 62313, 62323, 62335, 62355, 62382, 62412, 62436, 62465, 62488, 62517, 62545, 62570, 62598, 62613, 62631, 62649, 62666, 62686, 62700, 62715, 62731, 62748, 62767, 62782, 62802, 62813, 62825, 62839, 62858, 62869, 62884, 62897, 62907, 62918, 62930, 62940, 62951, 62964, 62978, 62995, 63018, 63043, 63068, 63088, 63099, 63112, 63125, 63137, 63154, 63167, 63181, 63194, 63207, 63217, 63228, 63240, 63259, 63277, 63291, 63307, 63318, 63333, 63351, 63363, 63374, 63393, 63403, 63422, 63440, 63463, 63481, 63493, 63519, 63545, 63565, 63589, 63596, 63602, 63610, 63623, 63637, 63653, 63667, 63680, 63695, 63709, 63721, 63732, 63745, 63750, 63760, 63770, 63780, 63788, 63798, 63813, 63835, 63860, 63879, 63903, 63921, 63945, 63968, 63986, 64011, 64039, 64061, 64088, 64109, 64136, 64162, 64185, 64211, 64231, 64254, 64271, 64293, 64306, 64322, 64338, 64353, 64371, 64383, 64396, 64410, 64425, 64442, 64455, 64473, 64482, 64492, 64504, 64521, 64530, 64543, 64554, 64562, 64571, 64581, 64589, 64598, 64609, 64621, 64636, 64657, 64680, 64703, 64721, 64730, 64741, 64752, 64762, 64777, 64788, 64800, 64811, 64822, 64830, 64839, 64849, 64866, 64882, 64894, 64908, 64917, 64930, 64946, 64956, 64965, 64982, 64985, 64989, 64994, 65002, 65015, 65024, 65034, 65043, 65054, 65064, 65074, 65083, 65098, 65112, 65121, 65130, 65144, 65151, 65158, 65167, 65171, 65176, 65182, 65189, 65202, 65213, 65222, 65229, 65246, 65266, 65281, 65293, 65307, 65320, 65332, 65339, 65346, 65353, 65359, 65374, 65380, 65387, 65392, 65400, 65408, 65418, 65428, 65437, 65443, 65451, 65457, 65465, 65472, 65480, 65488, 65494, 65502, 65511, 65519, 65526, 65534, 65543, 65551, 65559, 65578, 65593, 65611, 65631, 65644, 65650, 65657, 65663, 65674, 65687, 65693, 65704, 65718, 65732, 65750, 65761, 65773, 65783, 65798, 65809, 65820, 65830, 65841, 65857, 65875, 65892, 65915, 65933, 65955, 65974, 65999, 66020, 66040, 66061, 66080, 66101, 66124, 66145, 66166, 66189, 66210, 66232, 66249, 66268, 66286, 66310, 66329, 66352, 66372, 66398, 66420, 66441, 66463, 66483, 66505, 66529, 66551, 66573, 66597, 66619, 66642, 66660, 66680, 66699, 66724, 66744, 66768, 66789, 66816, 66839, 66861, 66884, 66905, 66928, 66953, 66976, 66999, 67024, 67047, 67071, 67075, 67080, 67089, 67102, 67116, 67128, 67140, 67149, 67171, 67190, 67212, 67229, 67264, 67293, 67303, 67322, 67340, 67363, 67381, 67393, 67419, 67445, 67465, 67489, 67495, 67502, 67511, 67516, 67525, 67535, 67543, 67554, 67563, 67569, 67576, 67585, 67598, 67610, 67629, 67645, 67655, 67669, 67679, 67692, 67712, 67729, 67740, 67755, 67766, 67772, 67779, 67784, 67789, 67794, 67809, 67818, 67835, 67852, 67862, 67869, 67886, 67903, 67914, 67920, 67927, 67935, 67959, 67965, 67975, 67979, 67986, 67995, 68010, 68028, 68041, 68055, 68065, 68077, 68088, 68098, 68109, 68115, 68124, 68143, 68152, 68164, 68176, 68190, 68208, 68225, 68247, 68264, 68275, 68300, 68325, 68344, 68367, 68375, 68382, 68390, 68399, 68408, 68418, 68442, 68474, 68501, 68526, 68559, 68587, 68594, 68600, 68610, 68620, 68627, 68639, 68650, 68666, 68678, 68695, 68713, 68729, 68745, 68752, 68760, 68770, 68778, 68787, 68811, 68816, 68828, 68838, 68846, 68857, 68868, 68875, 68883, 68895, 68910, 68921, 68933, 68945, 68961, 68980, 68990, 69014, 69031, 69036, 69048, 69058, 69075, 69087, 69103, 69115, 69131, 69146, 69158, 69174, 69181, 69186, 69197, 69213, 69224, 69244, 69253, 69262, 69280, 69303, 69316, 69321, 69331, 69339, 69351, 69362, 69370, 69379, 69395, 69406, 69421, 69432, 69443, 69456, 69469, 69481, 69484, 69494, 69507, 69517, 69526, 69531, 69537, 69548, 69559, 69564, 69575, 69585, 69596, 69608, 69617, 69631, 69641, 69652, 69667, 69688, 69702, 69716, 69732, 69738, 69746, 69755, 69764, 69774, 69784, 69795, 69799, 69805, 69812, 69823, 69831, 69834, 69851, 69868, 69884, 69893, 69898, 69905, 69913, 69916, 69933, 69946, 69965, 69977, 69981, 69992, 70002, 70012, 70024, 70035, 70046, 70052, 70056, 70060, 70066, 70073, 70089, 70108, 70122, 70133, 70146, 70158, 70169, 70173, 70194, 70201, 70214, 70223, 70238, 70247, 70256, 70266, 70275, 70290, 70297, 70306, 70316, 70321, 70335, 70339, 70357, 70367, 70378, 70397, 70408, 70420, 70433, 70445, 70457, 70471, 70484, 70497, 70504, 70506, 70518, 70523, 70537, 70550, 70561, 70574, 70589, 70602, 70613, 70630, 70645, 70658, 70673, 70686, 70698, 70715, 70730, 70745, 70756, 70764, 70779, 70797, 70805, 70823, 70841, 70853, 70865, 70880, 70890, 70915, 70940, 70965, 70982, 71001, 71023, 71040, 71056, 71075, 71094, 71113, 71126, 71142, 71162, 71182, 71202, 71216, 71233, 71239, 71247, 71257, 71266, 71277, 71285, 71293, 71304, 71318, 71328, 71341, 71353, 71363, 71375, 71384, 71393, 71405, 71417, 71428, 71444, 71456, 71464, 71471, 71482, 71495, 71501, 71508, 71520, 71526, 71533, 71545, 71567, 71584, 71592, 71605, 71614, 71623, 71637, 71645, 71653, 71659, 71669, 71677, 71682, 71691, 71699, 71711, 71714, 71721, 71733, 71747, 71755, 71770, 71780, 71792, 71806, 71819, 71830, 71847, 71858, 71876, 71889, 71904, 71921, 71937, 71951, 71962, 71980, 71993, 72008, 72025, 72041, 72055, 72062, 72070, 72090, 72100, 72117, 72129, 72143, 72159, 72174, 72187, 72195, 72209, 72227, 72234, 72247, 72258, 72270, 72274, 72281, 72288, 72298, 72308, 72325, 72337, 72348, 72361, 72372, 72381, 72389, 72405, 72420, 72440, 72460, 72487, 72509, 72530, 72553, 72574, 72593, 72608, 72628, 72648, 72675, 72697, 72718, 72741, 72762, 72781, 72796, 72816, 72835, 72853, 72869, 72884, 72901, 72906, 72912, 72924, 72939, 72947, 72960, 72974, 72984, 72995, 73010, 73022, 73033, 73045, 73061, 73077, 73092, 73104, 73117, 73134, 73151, 73169, 73185, 73196, 73204, 73215, 73226, 73240, 73259, 73269, 73278, 73288, 73298, 73300, 73312, 73322, 73331, 73339, 73361, 73379, 73389, 73418, 73425, 73436, 73438, 73446, 73456, 73465, 73480, 73490, 73504, 73515, 73532, 73545, 73557, 73570, 73581, 73594, 73609, 73622, 73635, 73650, 73663, 73677, 73690, 73699, 73710, 73720, 73736, 73747, 73762, 73774, 73792, 73806, 73819, 73833, 73845, 73859, 73875, 73889, 73903, 73919, 73933, 73948, 73958, 73970, 73981, 73998, 74010, 74026, 74039, 74058, 74073, 74087, 74102, 74115, 74130, 74147, 74162, 74177, 74194, 74209, 74225, 74239, 74253, 74266, 74286, 74304, 74319, 74336, 74357, 74374, 74398, 74416, 74436, 74457, 74476, 74487, 74501, 74522, 74537, 74556, 74572, 74591, 74610, 74629, 74646, 74660, 74676, 74696, 74712, 74735, 74752, 74771, 74791, 74806, 74824, 74834, 74847, 74867, 74881, 74899, 74914, 74932, 74950, 74957, 74964, 74971, 74982, 74986, 74996, 75011, 75024, 75036, 75046, 75058, 75070, 75079, 75094, 75106, 75115, 75126, 75136, 75147, 75155, 75164, 75192, 75214, 75223, 75229, 75234, 75240, 75253, 75269, 75276, 75287, 75296, 75311, 75320, 75329, 75346, 75361, 75374, 75393, 75402, 75412, 75421, 75431, 75434, 75444, 75453, 75460, 75469, 75482, 75487, 75493, 75498, 75507, 75513, 75531, 75544, 75557, 75567, 75574, 75578, 75583, 75589, 75596, 75601, 75607, 75615, 75625, 75635, 75645, 75656, 75666, 75677, 75682, 75692, 75702, 75711, 75721, 75731, 75742, 75751, 75754, 75758, 75768, 75778, 75789, 75801, 75810, 75824, 75830, 75837, 75847, 75851, 75855, 75877, 75892, 75907, 75924, 75935, 75948, 75963, 75971, 75980, 75992, 76002, 76010, 76015, 76023, 76029, 76032, 76042, 76046, 76052, 76058, 76064, 76068, 76073, 76084, 76092, 76109, 76119, 76129, 76139, 76144, 76153, 76163, 76168, 76178, 76192, 76198, 76210, 76224, 76242, 76253, 76266, 76279, 76293, 76298, 76305, 76312, 76318, 76327, 76335, 76343, 76349, 76361, 76376, 76390, 76401, 76415, 76426, 76439, 76449, 76460, 76471, 76478, 76486, 76498, 76511, 76522, 76530, 76539, 76544, 76550, 76568, 76593, 76615, 76631, 76651, 76667, 76674, 76685, 76700, 76704, 76721, 76734, 76749, 76766, 76785, 76801, 76811, 76822, 76836, 76848, 76858, 76868, 76872, 76886, 76895, 76917, 76923, 76930, 76936, 76942, 76949, 76953, 76961, 76968, 76972, 76979, 76988, 77008, 77027, 77048, 77068, 77088, 77109, 77126, 77142, 77160, 77177, 77194, 77212, 77229, 77245, 77263, 77280, 77297, 77315, 77341, 77366, 77393, 77419, 77445, 77472, 77499, 77525, 77553, 77580, 77607, 77635, 77654, 77672, 77692, 77711, 77730, 77750, 77760, 77788, 77815, 77844, 77872, 77900, 77929, 77944, 77958, 77974, 77989, 78004, 78020, 78033, 78045, 78059, 78072, 78085, 78099, 78111, 78122, 78135, 78147, 78159, 78172, 78185, 78197, 78211, 78224, 78237, 78251, 78271, 78290, 78311, 78331, 78351, 78372, 78377, 78385, 78407, 78419, 78426, 78434, 78440, 78446, 78453, 78461, 78480, 78499, 78508, 78516, 78529, 78538, 78548, 78552, 78566, 78579, 78591, 78607, 78613, 78624, 78635, 78644, 78671, 78682, 78696, 78713, 78729, 78748, 78761, 78775, 78789, 78804, 78820, 78838, 78848, 78859, 78872, 78890, 78904, 78919, 78933, 78945, 78954, 78964, 78975, 78984, 78994, 79007, 79023, 79045, 79069, 79093, 79112, 79123, 79139, 79149, 79161, 79173, 79185, 79198, 79211, 79223, 79250, 79262, 79271, 79284, 79294, 79305, 79323, 79340, 79355, 79368, 79383, 79393, 79407, 79424, 79434, 79444, 79459, 79468, 79482, 79490, 79506, 79522, 79531, 79540, 79546, 79562, 79578, 79588, 79596, 79612, 79626, 79631, 79650, 79664, 79667, 79682, 79696, 79715, 79724, 79738, 79753, 79762, 79776, 79793, 79808, 79823, 79841, 79864, 79881, 79903, 79917, 79933, 79948, 79958, 79971, 79984, 79995, 80009, 80025, 80046, 80070, 80088, 80111, 80129, 80152, 80166, 80183, 80206, 80228, 80247, 80269, 80284, 80307, 80326, 80346, 80361, 80373, 80386, 80400, 80418, 80431, 80447, 80470, 80496, 80516, 80541, 80560, 80585, 80609, 80630, 80654, 80665, 80676, 80691, 80711, 80719, 80737, 80749, 80756, 80763, 80778, 80801, 80820, 80840, 80855, 80867, 80880, 80893, 80902, 80916, 80926, 80940, 80952, 80966, 80982, 80994, 81007, 81019, 81028, 81039, 81047, 81052, 81059, 81073, 81095, 81113, 81132, 81146, 81157, 81169, 81177, 81183, 81189, 81196, 81208, 81218, 81232, 81245, 81254, 81264, 81272, 81282, 81291, 81298, 81313, 81329, 81340, 81350, 81364, 81377, 81382, 81390, 81403, 81415, 81427, 81446, 81464, 81486, 81503, 81510, 81520, 81527, 81543, 81563, 81583, 81607, 81625, 81639, 81649, 81661, 81677, 81695, 81710, 81730, 81742, 81757, 81766, 81776, 81799, 81822, 81837, 81854, 81873, 81894, 81903, 81912, 81923, 81934, 81942, 81963, 81976, 81981, 81988, 81992, 81997, 82013, 82032, 82049, 82063, 82081, 82095, 82104, 82118, 82125, 82137, 82144, 82147, 82157, 82160, 82165, 82174, 82184, 82194, 82204, 82217, 82227, 82241, 82256, 82271, 82286, 82304, 82319, 82332, 82346, 82360, 82374, 82391, 82405, 82415, 82423, 82435, 82449, 82456, 82470, 82480, 82488, 82492, 82502, 82517, 82530, 82542, 82554, 82563, 82578, 82590, 82599, 82609, 82620, 82628, 82637, 82665, 82687, 82696, 82707, 82712, 82727, 82736, 82753, 82770, 82780, 82787, 82804, 82821, 82832, 82840, 82846, 82857, 82867, 82875, 82888, 82900, 82907, 82915, 82921, 82928, 82933, 82943, 82952, 82958, 82965, 82976, 82988, 82998, 83006, 83015, 83027, 83036, 83054, 83075, 83091, 83104, 83119, 83133, 83146, 83152, 83158, 83169, 83184, 83195, 83201, 83208, 83224, 83241, 83248, 83256, 83264, 83272, 83281, 83295, 83305, 83313, 83322, 83336, 83346, 83357, 83373, 83382, 83396, 83406, 83410, 83415, 83424, 83428, 83434, 83441, 83449, 83453, 83460, 83476, 83491, 83512, 83521, 83543, 83571, 83587, 83609, 83629, 83644, 83657, 83681, 83711, 83729, 83753, 83775, 83794, 83819, 83832, 83858, 83890, 83910, 83936, 83960, 83979, 83996, 84024, 84058, 84080, 84108, 84134, 84159, 84190, 84209, 84234, 84257, 84278, 84305, 84320, 84341, 84360, 84370, 84381, 84389, 84398, 84413, 84429, 84443, 84452, 84462, 84467, 84473, 84480, 84484, 84491, 84500, 84508, 84516, 84526, 84535, 84544, 84551, 84556, 84576, 84601, 84616, 84636, 84651, 84671, 84678, 84685, 84691, 84701, 84720, 84738, 84761, 84779, 84791, 84817, 84843, 84863, 84887, 84897, 84912, 84924, 84940, 84962, 84977, 84994, 85003, 85009, 85016, 85024, 85043, 85064, 85082, 85090, 85099, 85109, 85116, 85124, 85129, 85142, 85156, 85159, 85163, 85167, 85172, 85179, 85184, 85201, 85223, 85240, 85257, 85280, 85304, 85325, 85352, 85380, 85405, 85434, 85459, 85467, 85472, 85480, 85489, 85502, 85521, 85533, 85545, 85559, 85565, 85578, 85589, 85595, 85603, 85613, 85617, 85622, 85637, 85646, 85663, 85680, 85690, 85697, 85714, 85731, 85742, 85749, 85756, 85760, 85772, 85797, 85814, 85822, 85831, 85842, 85856, 85863, 85871, 85885, 85903, 85916, 85936, 85957, 85975, 85999, 86024, 86046, 86072, 86094, 86109, 86127, 86148, 86164, 86177, 86192, 86206, 86219, 86229, 86239, 86250, 86255, 86266, 86281, 86299, 86312, 86322, 86334, 86345, 86355, 86368, 86380, 86388, 86399, 86411, 86424, 86440, 86451, 86462, 86470, 86480, 86491, 86506, 86517, 86529, 86540, 86546, 86553, 86570, 86581, 86593, 86604, 86618, 86628, 86636, 86647, 86662, 86668, 86679, 86689, 86701, 86710, 86718, 86725, 86732, 86740, 86745, 86751, 86762, 86777, 86781, 86786, 86792, 86795, 86805, 86820, 86828, 86841, 86861, 86880, 86899, 86920, 86940, 86960, 86977, 86993, 87009, 87027, 87044, 87061, 87069, 87077, 87088, 87103, 87123, 87128, 87133, 87139, 87155, 87165, 87183, 87201, 87212, 87220, 87238, 87256, 87268, 87275, 87279, 87288, 87303, 87311, 87321, 87326, 87335, 87349, 87370, 87384, 87392, 87408, 87414, 87419, 87438, 87461, 87471, 87481, 87491, 87503, 87510, 87518, 87527, 87539, 87550, 87561, 87574, 87586, 87598, 87612, 87619, 87626, 87645, 87661, 87671, 87686, 87698, 87710, 87724, 87731, 87738, 87744, 87751, 87757, 87764, 87770, 87777, 87784, 87792, 87800, 87805, 87818, 87830, 87836, 87842, 87849, 87856, 87864, 87870, 87878, 87886, 87896, 87905, 87910, 87916, 87925, 87940, 87957, 87974, 87986, 87998, 88017, 88032, 88050, 88067, 88087, 88105, 88127, 88148, 88165, 88182, 88195, 88209, 88221, 88228, 88238, 88247, 88264, 88279, 88296, 88315, 88332, 88347, 88366, 88383, 88402, 88419, 88435, 88456, 88475, 88494, 88509, 88517, 88526, 88532, 88542, 88551, 88576, 88594, 88604, 88611, 88619, 88630, 88644, 88662, 88675, 88686, 88696, 88707, 88718, 88734, 88745, 88757, 88770, 88794, 88811, 88834, 88850, 88866, 88884, 88894, 88905, 88912, 88920, 88944, 88950, 88960, 88967, 88975, 88981, 88988, 89002, 89013, 89023, 89031, 89038, 89046, 89058, 89070, 89079, 89088, 89095, 89100, 89105, 89111, 89122, 89130, 89142, 89152, 89165, 89184, 89204, 89221, 89244, 89268, 89289, 89314, 89335, 89352, 89361, 89373, 89391, 89410, 89426, 89448, 89471, 89491, 89515, 89535, 89547, 89557, 89574, 89586, 89602, 89614, 89620, 89626, 89633, 89649, 89653, 89658, 89661, 89665, 89670, 89683, 89695, 89700, 89706, 89716, 89725, 89731, 89746, 89760, 89779, 89793, 89801, 89823, 89845, 89861, 89881, 89888, 89897, 89906, 89916, 89927, 89933, 89940, 89951, 89963, 89981, 89996, 90009, 90026, 90043, 90054, 90064, 90076, 90091, 90107, 90124, 90139, 90152, 90168, 90180, 90199, 90212, 90224, 90239, 90252, 90267, 90283, 90295, 90299, 90304, 90312, 90321, 90327, 90337, 90349, 90361, 90370, 90374, 90387, 90404, 90418, 90431, 90439, 90453, 90461, 90476, 90492, 90506, 90519, 90529, 90533, 90536, 90545, 90553, 90560, 90567, 90576, 90582, 90599, 90605, 90616, 90622, 90628, 90635, 90652, 90662, 90671, 90678, 90686, 90693, 90708, 90721, 90735, 90751, 90770, 90783, 90803, 90815, 90829, 90846, 90865, 90883, 90897, 90918, 90933, 90947, 90960, 90974, 90978, 90983, 90999, 91016, 91019, 91034, 91047, 91063, 91084, 91097, 91101, 91106, 91111, 91125, 91140, 91154, 91168, 91182, 91192, 91207, 91220, 91226, 91234, 91239, 91245, 91252, 91265, 91269, 91276, 91285, 91300, 91314, 91332, 91340, 91350, 91357, 91366, 91373, 91382, 91391, 91402, 91413, 91423, 91426, 91442, 91455, 91468, 91490, 91503, 91508, 91517, 91530, 91542, 91549, 91553, 91558, 91568, 91577, 91585, 91594, 91601, 91610, 91621, 91632, 91643, 91658, 91661, 91669, 91680, 91690, 91696, 91706, 91720, 91732, 91745, 91756, 91774, 91788, 91801, 91811, 91821, 91835, 91851, 91873, 91890, 91906, 91915, 91926, 91937, 91948, 91960, 91976, 91990, 92005, 92018, 92033, 92048, 92067, 92088, 92110, 92131, 92147, 92167, 92183, 92195, 92210, 92224, 92240, 92257, 92272, 92289, 92304, 92319, 92333, 92353, 92366, 92382, 92396, 92411, 92424, 92444, 92460, 92476, 92490, 92505, 92518, 92538, 92554, 92557, 92579, 92602, 92626, 92643, 92657, 92674, 92686, 92716, 92740, 92759, 92778, 92795, 92803, 92807, 92813, 92822, 92826, 92829, 92833, 92838, 92847, 92855, 92861, 92873, 92889, 92899, 92917, 92935, 92946, 92960, 92968, 92986, 93004, 93016, 93024, 93033, 93040, 93045, 93055, 93060, 93066, 93073, 93081, 93092, 93107, 93112, 93117, 93131, 93150, 93158, 93169, 93187, 93202, 93222, 93237, 93257, 93275, 93298, 93311, 93329, 93334, 93342, 93348, 93354, 93375, 93389, 93402, 93415, 93430, 93444, 93458, 93471, 93483, 93492, 93502, 93519, 93531, 93547, 93559, 93566, 93576, 93587, 93599, 93609, 93620, 93632, 93638, 93647, 93664, 93679, 93701, 93718, 93739, 93756, 93764, 93776, 93784, 93791, 93798, 93805, 93818, 93828, 93844, 93863, 93867, 93873, 93880, 93894, 93910, 93928, 93947, 93961, 93976, 93992, 94003, 94015, 94030, 94043, 94055, 94066, 94077, 94084, 94089, 94095, 94106, 94109, 94144, 94172, 94200, 94230, 94238, 94256, 94264, 94293, 94315, 94337, 94361, 94381, 94402, 94412, 94433, 94440, 94445, 94453, 94470, 94479, 94493, 94504, 94520, 94539, 94557, 94574, 94594, 94605, 94614, 94622, 94627, 94637, 94646, 94651, 94662, 94681, 94694, 94707, 94723, 94737, 94750, 94762, 94776, 94786, 94797, 94805, 94813, 94828, 94841, 94852, 94866, 94880, 94898, 94917, 94932, 94945, 94958, 94981, 94997, 95014, 95034, 95052, 95068, 95086, 95100, 95115, 95132, 95146, 95164, 95181, 95199, 95221, 95244, 95263, 95280, 95293, 95311, 95324, 95333, 95347, 95357, 95373, 95377, 95382, 95396, 95404, 95408, 95423, 95433, 95445, 95456, 95473, 95485, 95501, 95514, 95533, 95548, 95562, 95577, 95590, 95605, 95622, 95637, 95652, 95669, 95684, 95700, 95711, 95724, 95736, 95754, 95767, 95784, 95798, 95818, 95834, 95849, 95865, 95879, 95895, 95913, 95929, 95945, 95963, 95979, 95996, 96008, 96022, 96035, 96054, 96068, 96086, 96101, 96122, 96139, 96155, 96172, 96187, 96204, 96223, 96240, 96257, 96276, 96293, 96311, 96320, 96330, 96354, 96373, 96391, 96406, 96417, 96436, 96459, 96488, 96520, 96548, 96576, 96594, 96616, 96630, 96653, 96680, 96713, 96749, 96781, 96813, 96835, 96861, 96879, 96903, 96925, 96955, 96976, 96996, 97014, 97040, 97057, 97071, 97099, 97122, 97144, 97163, 97178, 97201, 97228, 97261, 97297, 97329, 97361, 97383, 97409, 97427, 97454, 97485, 97522, 97562, 97598, 97634, 97660, 97690, 97712, 97740, 97766, 97800, 97825, 97849, 97871, 97901, 97922, 97931, 97942, 97955, 97969, 97977, 97993, 98009, 98021, 98036, 98045, 98059, 98079, 98092, 98107, 98122, 98131, 98140, 98151, 98166, 98177, 98194, 98211, 98223, 98232, 98249, 98264, 98270, 98284, 98300, 98316, 98326, 98339, 98356, 98374, 98392, 98409, 98429, 98452, 98474, 98495, 98505, 98516, 98525, 98537, 98547, 98558, 98571, 98586, 98598, 98612, 98624, 98636, 98650, 98661, 98678, 98688, 98700, 98706, 98726, 98739, 98750, 98761, 98776, 98794, 98818, 98837, 98857, 98878, 98894, 98911, 98931, 98955, 98985, 99018, 99047, 99076, 99095, 99118, 99133, 99157, 99185, 99219, 99256, 99289, 99322, 99345, 99372, 99391, 99416, 99439, 99470, 99492, 99513, 99532, 99559, 99577, 99592, 99611, 99633, 99661, 99684, 99708, 99733, 99753, 99774, 99792, 99814, 99839, 99870, 99896, 99923, 99951, 99974, 99998, 100008, 100020, 100031, 100048, 100060, 100076, 100089, 100108, 100123, 100137, 100152, 100165, 100180, 100197, 100212, 100227, 100244, 100259, 100275, 100288, 100301, 100312, 100325, 100337, 100355, 100368, 100385, 100399, 100419, 100435, 100450, 100466, 100480, 100496, 100514, 100530, 100546, 100564, 100580, 100597, 100609, 100623, 100636, 100655, 100669, 100687, 100702, 100723, 100740, 100756, 100773, 100788, 100805, 100824, 100841, 100858, 100877, 100894, 100912, 100919, 100924, 100935, 100951, 100961, 100976, 100982, 100987, 100991, 100996, 101002, 101012, 101017, 101024, 101039, 101044, 101048, 101057, 101065, 101070, 101075, 101081, 101088, 101097, 101113, 101124, 101133, 101147, 101161, 101169, 101181, 101189, 101197, 101206, 101214, 101223, 101238, 101248, 101259, 101271, 101279, 101285, 101295, 101313, 101328, 101338, 101349, 101361, 101369, 101378, 101392, 101402, 101412, 101423, 101434, 101445, 101456, 101464, 101470, 101478, 101487, 101497, 101505, 101519, 101536, 101545, 101557, 101565, 101572, 101584, 101597, 101607, 101622, 101631, 101643, 101658, 101669, 101684, 101696, 101711, 101720, 101730, 101745, 101753, 101761, 101769, 101781, 101792, 101798, 101806, 101819, 101828, 101842, 101848, 101855, 101863, 101876, 101885, 101894, 101905, 101916, 101928, 101940, 101960, 101977, 101995, 102020, 102040, 102064, 102084, 102095, 102106, 102111, 102125, 102135, 102144, 102154, 102163, 102175, 102181, 102188, 102193, 102198, 102206, 102209, 102219, 102230, 102245, 102253, 102274, 102298, 102318, 102338, 102348, 102356, 102370, 102381, 102392, 102398, 102409, 102421, 102436, 102455, 102480, 102508, 102532, 102556, 102570, 102588, 102598, 102614, 102628, 102650, 102663, 102675, 102687, 102696, 102704, 102714, 102732, 102744, 102753, 102756, 102764, 102771, 102778, 102796, 102813, 102830, 102839, 102847, 102855, 102864, 102868, 102883, 102897, 102911, 102923, 102933, 102946, 102958, 102972, 102984, 102994, 103008, 103020, 103034, 103046, 103057, 103073, 103087, 103101, 103111, 103120, 103130, 103143, 103154, 103167, 103182, 103195, 103206, 103221, 103234, 103249, 103262, 103274, 103291, 103306, 103321, 103332, 103344, 103355, 103359, 103367, 103373, 103392, 103405, 103412, 103420, 103439, 103460, 103478, 103487, 103498, 103506, 103515, 103529, 103541, 103553, 103558, 103564, 103583, 103595, 103606, 103614, 103630, 103646, 103661, 103674, 103690, 103701, 103711, 103724, 103737, 103753, 103768, 103780, 103794, 103808, 103821, 103835, 103846, 103857, 103869, 103880, 103894, 103907, 103917, 103925, 103943, 103960, 103972, 103981, 103989, 104001, 104013, 104017, 104030, 104045, 104060, 104074, 104089, 104101, 104114, 104126, 104140, 104145, 104153, 104162, 104169, 104179, 104197, 104214, 104232, 104249, 104267, 104289, 104298, 104308, 104316, 104329, 104348, 104368, 104387, 104407, 104431, 104443, 104457, 104466, 104477, 104491, 104503, 104516, 104531, 104545, 104558, 104572, 104582, 104590, 104599, 104612, 104617, 104631, 104646, 104657, 104663, 104674, 104684, 104687, 104693, 104710, 104724, 104737, 104752, 104769, 104783, 104803, 104808, 104815, 104831, 104843, 104856, 104860, 104865, 104872, 104882, 104899, 104911, 104925, 104941, 104956, 104969, 104976, 104984, 104996, 105009, 105029, 105044, 105061, 105080, 105098, 105114, 105127, 105147, 105162, 105179, 105198, 105216, 105232, 105242, 105249, 105257, 105271, 105289, 105298, 105315, 105327, 105346, 105360, 105376, 105394, 105411, 105426, 105436, 105456, 105473, 105493, 105514, 105530, 105552, 105567, 105575, 105588, 105600, 105622, 105640, 105659, 105681, 105699, 105718, 105742, 105759, 105770, 105788, 105804, 105823, 105841, 105857, 105878, 105892, 105912, 105928, 105946, 105960, 105977, 105992, 106004, 106022, 106040, 106054, 106072, 106088, 106099, 106113, 106125, 106136, 106151, 106169, 106193, 106219, 106245, 106266, 106278, 106292, 106306, 106323, 106340, 106354, 106374, 106387, 106407, 106425, 106436, 106452, 106469, 106484, 106501, 106513, 106531, 106551, 106569, 106586, 106603, 106623, 106635, 106643, 106652, 106662, 106673, 106682, 106699, 106711, 106721, 106726, 106732, 106738, 106743, 106750, 106761, 106768, 106776, 106790, 106803, 106816, 106831, 106858, 106873, 106887, 106911, 106934, 106948, 106960, 106971, 106989, 107006, 107029, 107047, 107066, 107082, 107104, 107127, 107147, 107171, 107191, 107211, 107232, 107248, 107261, 107275, 107296, 107318, 107332, 107348, 107365, 107376, 107385, 107407, 107426, 107448, 107477, 107509, 107535, 107566, 107591, 107622, 107652, 107679, 107709, 107729, 107746, 107766, 107793, 107823, 107847, 107876, 107899, 107928, 107956, 107981, 108009, 108019, 108026, 108034, 108047, 108055, 108064, 108078, 108097, 108121, 108144, 108152, 108161, 108169, 108182, 108192, 108207, 108223, 108233, 108248, 108261, 108272, 108283, 108292, 108307, 108325, 108338, 108353, 108367, 108380, 108389, 108406, 108415, 108421, 108428, 108441, 108455, 108481, 108504, 108526, 108537, 108559, 108576, 108594, 108609, 108628, 108648, 108663, 108676, 108688, 108704, 108715, 108727, 108737, 108756, 108776, 108793, 108816, 108840, 108861, 108886, 108907, 108914, 108922, 108931, 108938, 108946, 108955, 108969, 108984, 109002, 109015, 109027, 109045, 109064, 109080, 109102, 109125, 109145, 109169, 109189, 109198, 109208, 109213, 109225, 109235, 109246, 109271, 109291, 109310, 109326, 109341, 109370, 109394, 109417, 109437, 109448, 109466, 109478, 109491, 109505, 109520, 109536, 109548, 109561, 109575, 109585, 109601, 109611, 109620, 109630, 109643, 109656, 109670, 109680, 109689, 109702, 109717, 109729, 109739, 109750, 109762, 109776, 109788, 109807, 109825, 109846, 109870, 109893, 109915, 109927, 109937, 109953, 109966, 109982, 109987, 109993, 110005, 110018, 110043, 110065, 110086, 110096, 110112, 110127, 110148, 110164, 110181, 110195, 110213, 110231, 110250, 110264, 110276, 110282, 110293, 110309, 110330, 110350, 110355, 110372, 110381, 110388, 110393, 110404, 110407, 110425, 110445, 110465, 110481, 110492, 110504, 110518, 110541, 110562, 110595, 110609, 110623, 110641, 110653, 110676, 110695, 110709, 110721, 110733, 110743, 110753, 110763, 110777, 110795, 110807, 110813, 110819, 110825, 110831, 110837, 110843, 110849, 110855, 110861, 110867, 110873, 110879, 110885, 110891, 110897],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[41, 438, 1365, 1368, 1431, 2576, 3013, 3532, 3533, 3825, 3832, 3846, 3854, 3856, 3919]), Anchor::All(&[Anchor::Lits(&[3997, 4406, 4587, 4693, 4756, 4760, 4762, 4765, 4767, 4769, 4810, 4818, 4822, 4842, 4860, 4910, 4914, 4922, 4926, 4946, 4964, 5222, 5224, 5274, 5463, 5466, 5470, 5473, 5782, 5995, 6022, 6039, 6063, 6094, 6096, 6111, 6199, 6257, 6355, 6359, 6362, 6364, 6439, 6441, 6443, 6611, 6630, 6918, 6965, 7002, 7123, 7127, 7128, 7130, 7132, 7134, 7207, 7587, 7589, 7611, 7674]), Anchor::Lits(&[4495, 4543, 4569, 4732, 4734, 5304, 5308, 5316, 5318, 5576, 5793, 6580, 6583, 6767, 6837, 6858, 7187, 7617])]), Anchor::All(&[Anchor::Lits(&[3997, 4406, 4587, 4693, 4756, 4760, 4762, 4765, 4767, 4769, 4810, 4818, 4822, 4842, 4860, 4910, 4914, 4922, 4926, 4946, 4964, 5222, 5224, 5274, 5463, 5466, 5470, 5473, 5782, 5995, 6022, 6039, 6063, 6094, 6096, 6111, 6199, 6257, 6355, 6359, 6362, 6364, 6439, 6441, 6443, 6611, 6630, 6918, 6965, 7002, 7123, 7127, 7128, 7130, 7132, 7134, 7207, 7587, 7589, 7611, 7674]), Anchor::Lits(&[4495, 4543, 4572, 4592, 4670, 4732, 4739, 5050, 5308, 5316, 5320, 5527, 5565, 5581, 5868, 6326, 6580, 6583, 6747, 6841, 6858, 7114, 7187, 7232, 7284, 7470, 7617])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[480, 601, 704, 717, 724, 858, 859, 861, 1200, 1315, 1506, 1515, 1612, 1823, 1828, 2041, 2065, 2066, 2067, 2298, 2360, 2490, 2518, 2526, 2537, 2724, 2725, 2736, 2804, 3167, 3169, 3171, 3210, 3212, 3817, 3823, 3825, 3828, 3841, 3844, 3854, 3919, 4496, 4544, 4733, 4735, 4740, 5305, 5309, 5317, 5319, 5321, 5577, 5582, 6581, 6584, 6591, 6842, 6859, 7188, 7189, 7618]), Anchor::All(&[Anchor::Lits(&[4495, 4543, 4732, 4734, 5304, 5308, 5316, 5318, 5576, 6580, 6583, 6841, 6858, 7187, 7617]), Anchor::Lits(&[4102, 4184, 5039, 8187])]), Anchor::All(&[Anchor::Lits(&[3997, 4406, 4587, 4693, 4756, 4760, 4762, 4765, 4767, 4769, 4810, 4818, 4822, 4842, 4860, 4910, 4914, 4922, 4926, 4946, 4964, 5222, 5224, 5274, 5463, 5466, 5470, 5473, 5782, 5995, 6022, 6039, 6063, 6094, 6096, 6111, 6199, 6257, 6355, 6359, 6362, 6364, 6439, 6441, 6443, 6611, 6630, 6918, 6965, 7002, 7123, 7127, 7128, 7130, 7132, 7134, 7207, 7587, 7589, 7611, 7674]), Anchor::Lits(&[4491, 4734, 5306, 5318, 5576, 5792, 6583, 6766, 6837, 6857, 6863])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[716, 1472, 1473, 1474, 1646, 1647, 1657, 1658, 1827, 2489, 2491, 2574, 2733, 2786, 2787, 2788, 3859, 3863, 3866, 3868, 3870, 3873, 3879, 3884, 3888, 3901, 3911]), Anchor::All(&[Anchor::Lits(&[4495, 4739, 5878, 6326]), Anchor::Lits(&[3858])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[4000, 4353, 4992, 5512, 5521, 5771, 6555, 6567, 7017, 7700, 7702, 8045, 8107, 8108, 8111, 8117, 8170, 8171, 8186, 8259]), Anchor::Lits(&[4102, 4189, 5051, 7861, 7883])])),
            (4, "override-the-above", Anchor::Lits(&[42, 439, 2524, 2536])),
            (5, "override-bare-instructions", Anchor::Lits(&[495, 896, 1348, 1563, 2139, 2169, 2389, 2432, 3112, 3114])),
            (6, "override-previous-loosely", Anchor::Lits(&[5466, 6782])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[3998, 3999, 4113, 4407, 4588, 4694, 4757, 4761, 4763, 4766, 4768, 4770, 4819, 4823, 4843, 4911, 4923, 4927, 4947, 5223, 5225, 5275, 5464, 5467, 5471, 5474, 5996, 6023, 6040, 6064, 6095, 6097, 6112, 6200, 6236, 6276, 6356, 6360, 6363, 6365, 6440, 6442, 6444, 6612, 6631, 6919, 6966, 7003, 7124, 7129, 7131, 7133, 7135, 7588, 7590, 7612, 7675]), Anchor::All(&[Anchor::Lits(&[3997, 4406, 4587, 4693, 4756, 4760, 4762, 4765, 4767, 4769, 4810, 4818, 4822, 4842, 4860, 4910, 4914, 4922, 4926, 4946, 4964, 5222, 5224, 5274, 5463, 5466, 5470, 5473, 5782, 5995, 6022, 6039, 6063, 6094, 6096, 6111, 6199, 6257, 6355, 6359, 6362, 6364, 6439, 6441, 6443, 6611, 6630, 6918, 6965, 7002, 7123, 7127, 7128, 7130, 7132, 7134, 7207, 7587, 7589, 7611, 7674]), Anchor::Lits(&[617, 660, 728, 747, 866, 1438, 1555, 1617, 2045, 2256, 2352, 2463, 2561, 3207])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[249, 463, 464, 466, 468, 714, 715, 739, 744, 1346, 1347, 1452, 1454, 1769, 1770, 1818, 1829, 2532, 2533, 2730, 2737, 2836, 2841, 3124, 3125, 3203, 3447])),
            (9, "override-everything-then-order", Anchor::Lits(&[896, 1348, 1563, 2139, 2169, 2850])),
            (10, "hijack-the-content", Anchor::Lits(&[4765, 5222, 5466, 7002])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[4496, 4544, 4570, 4733, 4735, 4740, 5305, 5309, 5317, 5319, 5321, 5577, 5582, 5794, 6581, 6584, 6591, 6768, 6838, 6842, 6859, 7188, 7189, 7618]), Anchor::Any(&[Anchor::Lits(&[4233, 4234, 4795, 4832, 4877, 4879, 4881, 4883, 4887, 4936, 5602, 5603, 6091, 6092, 6093, 6098, 6099]), Anchor::All(&[Anchor::Lits(&[29, 30, 79, 539, 540, 827, 841, 883, 1169, 1191, 1255, 1293, 1294, 1446, 1576, 1679, 1701, 1788, 1814, 2193, 2196, 2225, 2229, 2231, 2232, 2234, 2253, 2261, 2266, 2348, 2371, 2381, 2645, 2687, 2693, 2714, 2716, 2749, 2758, 3132, 3138, 3151, 3603, 3722, 3732, 3804]), Anchor::Lits(&[4231, 5292, 5327, 5335, 5340, 5597, 5907, 6969, 6976, 7851, 7913])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[425, 538, 541, 1486, 1492, 1680, 1681, 2375, 2376, 2389, 2391, 2393, 2394, 2692, 2694, 3137, 3139, 3182, 3184, 3489, 3490, 3720]), Anchor::Lits(&[4491, 4580, 4734, 5316, 5576, 5863, 5881, 6323, 6500, 6507, 6583, 6841])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[3815, 3821, 3826, 3829, 3853, 3918]), Anchor::All(&[Anchor::Lits(&[38, 39, 74, 75, 677, 678, 1336, 1338, 1522, 1524, 1836, 1837, 2254, 2255, 2717, 2718, 3104, 3105]), Anchor::Lits(&[4495, 4543, 4569, 4649, 4714, 4732, 4734, 5304, 5308, 5316, 5318, 5576, 5793, 5831, 6316, 6368, 6580, 6583, 6767, 6837, 6858, 7187, 7616, 7617])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1238, 1239, 1240, 1241, 1750, 1751, 1754, 1760, 2303, 2304, 2307, 2313, 3042, 3043, 3044, 3045, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4029, 4035, 4036, 4158, 4159, 4164, 4176, 4177, 4178, 4179, 4355, 4356, 4359, 4360, 4361, 4503, 4504, 4505, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4529, 4532, 4535, 4538, 4540, 4560, 4561, 4563, 4565, 4583, 4584, 4585, 4618, 4619, 4620, 4621, 4687, 4688, 4689, 4690, 4716, 4717, 4718, 4720, 4721, 4722, 4723, 4993, 4994, 4995, 4996, 4997, 4998, 4999, 5117, 5118, 5119, 5120, 5121, 5122, 5181, 5182, 5183, 5185, 5186, 5187, 5188, 5192, 5194, 5195, 5196, 5251, 5253, 5352, 5353, 5354, 5355, 5356, 5357, 5358, 5522, 5715, 5719, 5722, 5726, 5730, 5731, 5802, 5803, 5804, 5805, 6203, 6204, 6205, 6206, 6208, 6209, 6210, 6211, 6212, 6213, 6214, 6215, 6216, 6217, 6219, 6222, 6225, 6228, 6230, 6286, 6288, 6291, 6294, 6298, 6299, 6335, 6336, 6337, 6338, 6339, 6340, 6341, 6536, 6537, 6538, 6548, 6549, 6550, 6551, 6552, 6553, 6554, 6560, 6561, 6562, 6563, 6564, 6565, 6566, 6677, 6678, 6680, 6682, 6758, 6759, 6760, 7018, 7079, 7080, 7081, 7082, 7083, 7084, 7184, 7186, 7187, 7190, 7193, 7194, 7196, 7202, 7203, 7204, 7205, 7209, 7210, 7211, 7212, 7628, 7629, 7635, 7641, 8154, 8174])),
            (15, "permission-to-ignore", Anchor::Lits(&[4390, 4406, 4470, 4750, 4765, 5036, 5222, 5466, 6359, 7002, 7809])),
            (16, "deceive-the-user", Anchor::Lits(&[4406, 4765, 4794, 4826, 4827, 4833, 4840, 4849, 4855, 4886, 4930, 4931, 4937, 4944, 4953, 4959, 5222, 5360, 5362, 5364, 5369, 5466, 6006, 6027, 6028, 6033, 6042, 6052, 6059, 6359, 7966])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[4100, 4103, 4211, 4212, 4213, 4218, 4220, 4221, 4222, 4223, 4312, 4314, 4315, 4316, 4388, 4444, 4462, 4469, 4495, 4543, 4550, 4553, 4554, 4558, 4569, 4613, 4615, 4732, 4734, 5019, 5034, 5040, 5172, 5302, 5304, 5306, 5315, 5316, 5318, 5392, 5399, 5558, 5559, 5560, 5561, 5563, 5564, 5576, 5793, 5797, 5893, 5898, 6500, 6507, 6556, 6580, 6583, 6592, 6653, 6667, 6675, 6767, 6786, 6787, 6841, 6857, 6860, 6893, 6894, 6895, 6931, 6937, 6938, 6939, 6940, 6941, 6943, 7187, 7421, 7617, 7642, 8200]), Anchor::Lits(&[328, 412, 452, 2267, 2289, 2290, 2292, 3416])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[3726, 3731, 4371, 4480, 4481, 5241, 5242, 5249, 7200]), Anchor::All(&[Anchor::Lits(&[4495, 4543, 4580, 4732, 4734, 5304, 5308, 5316, 5318, 5438, 5576, 5851, 5852, 6467, 6580, 6583, 6767, 6841, 6858, 7187, 7617]), Anchor::Lits(&[4482, 4485, 4696, 4967, 5020, 5021, 5190, 6366, 6604, 6700, 6704, 6706, 6749, 6754, 6791, 7674, 7918, 7919])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[92, 93, 94, 95, 2277, 2278, 2291, 2299, 3372, 3374, 3415, 3435, 3724, 3725, 3728, 3730])),
            (20, "override-what-makers-said", Anchor::Lits(&[7347, 7413, 7414, 7428, 7434, 7435, 7439, 7446, 7447, 7453, 8189, 8202, 8204, 8210, 8216, 8218, 8221, 8228, 8229, 8234])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[867, 869, 1651, 2083, 2087, 2354, 2493, 2791]), Anchor::All(&[Anchor::Lits(&[8045, 8110, 8138, 8169, 8171, 8240, 8258]), Anchor::Lits(&[4542, 5145, 5237, 5323, 5701, 5788, 6357, 6664, 6728, 6752, 6790, 7680])]), Anchor::All(&[Anchor::Lits(&[5264, 5265, 5279, 5280, 5711, 5712, 5879, 5880, 6605, 6606, 6659, 6660, 6801, 6802]), Anchor::Lits(&[8187])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[276, 284, 285, 297, 298, 299, 308, 309, 311, 312, 314, 315, 322, 327, 3826, 3831, 3851, 3853, 3918])),
            (23, "nothing-is-real", Anchor::Lits(&[229, 706, 2180, 2220, 2238, 2239, 2240, 2241, 2790])),
            (24, "declined-now-allowed", Anchor::Lits(&[4334, 4376, 4616, 4617, 4678, 4703, 4754, 5218, 5219, 6582, 6676, 6694, 6764, 8036, 8037])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[717, 1467, 1475, 1649, 1823, 1828, 2111, 2490, 2492, 2736, 2789, 3815, 3826, 3827, 3831, 3834, 3835, 3837, 3853, 3913, 3918, 4265, 7462]), Anchor::All(&[Anchor::Lits(&[717, 1475, 1649, 2490, 2492, 2736, 2789, 3172]), Anchor::Lits(&[8187])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[47, 675, 803, 1453, 1887, 2489, 2491, 2544, 2801, 2865])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[349, 350, 351, 352, 485, 486, 686, 729, 748, 868, 1377, 1378, 1380, 1384, 1385, 1386, 1396, 1431, 1644, 1844, 2033, 2559, 2560, 2561, 2925, 3077, 3211, 3446, 3825, 3830, 3846, 3850, 3851, 3852, 3917, 4189, 4562, 4564, 5051, 5195, 5804, 6216, 6679, 6681, 6751, 6753, 7206, 7215, 7634, 7639, 7710, 7713, 7719, 7721, 7722, 7724, 7725, 7740, 7741, 7742, 7745, 7883, 8213, 8214, 8235]), Anchor::All(&[Anchor::Lits(&[486, 682, 716, 868, 1466, 1471, 1474, 1648, 2352, 2489, 2491, 2560, 2561, 2735, 2788, 2929, 3469]), Anchor::Lits(&[7353, 7385, 7412, 7431, 7709])]), Anchor::All(&[Anchor::Lits(&[486, 716, 868, 1471, 1474, 1648, 2352, 2560, 2561, 2788]), Anchor::Lits(&[4714, 5350, 7110, 7112, 7181])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[42, 75, 250, 429, 678, 682, 716, 746, 868, 1146, 1338, 1356, 1471, 1474, 1523, 1525, 1648, 1726, 1827, 2255, 2489, 2718, 2735, 2788, 2929, 3299, 3309, 3352, 4210, 4265, 4266, 4267, 4268, 5308, 5605, 6315, 6351, 6358, 6705, 6858, 6861, 7163, 7216, 7643]), Anchor::All(&[Anchor::Lits(&[470, 477, 685, 1430, 1843, 2339, 2795, 2924, 3076, 3140, 3141, 3793]), Anchor::Lits(&[3814])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[4546, 4547, 4570, 4581, 4733, 4740, 5184, 5309, 5321, 5539, 5540, 5549, 5579, 5582, 6468, 6501, 6531, 6581, 6584, 6591, 6768, 6842, 6968, 7188, 7189, 7618]), Anchor::Lits(&[3858])])),
            (30, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[4547, 4733, 4740, 5321, 5582, 5864, 5869, 6531, 6584, 6591, 6842, 6968, 7285]), Anchor::Lits(&[4058, 4545, 4715, 5351, 5538, 5594, 5870, 6312, 6334, 6526, 6569, 6658, 6922, 7111, 7182, 7661, 7808])])),
            (31, "what-others-told-you", Anchor::Lits(&[42, 332, 333, 334, 335, 429, 1393, 1394, 1395, 1396, 1426, 1427, 1428, 1429, 1641, 1642, 1643, 1644, 2542, 2556, 2557, 2558, 2559, 2592, 2593, 2594, 2595, 2809, 2810, 2811, 2812, 2885, 2886, 2887, 2888, 3190, 3191, 3192, 3193, 3199, 3200, 3201, 3202, 3443, 3444, 3445, 3446, 3798, 3799, 3800, 3801, 3805, 3806, 3807, 3808])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[270, 864, 970, 1481, 1494, 3626, 3635, 5520, 5567, 7862, 7864, 7866, 7875, 7881, 7884])),
            (33, "reveal-given-instructions", Anchor::Lits(&[41, 102, 348, 428, 1145, 1345, 1596, 1678, 2541, 3434, 3636, 3729, 3815, 3826, 3831, 3853, 3918, 4362, 5252, 5294, 5520, 5567, 6237, 7289, 8069, 8105, 8112, 8123, 8135, 8153, 8156, 8172, 8175, 8254, 8260])),
            (34, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[41, 347, 348, 431, 432, 433, 437, 438, 1374, 1382, 1597, 2522, 2543, 3013, 3833, 3846, 3854, 3920]), Anchor::All(&[Anchor::Lits(&[728, 747, 1614, 1617, 1648, 2521, 2561, 3207, 3790]), Anchor::Lits(&[42, 1146, 1332, 1502, 1610, 2359, 2523, 2534, 2540])])])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[442, 443, 444, 3075, 3079, 3080])),
            (36, "reveal-context-contents", Anchor::Lits(&[619, 747, 1900, 2262, 2265, 2895, 3470, 4574, 4579, 4580, 4610, 5581, 6530, 6583, 7187, 7287, 8033, 8034])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[8188, 8201, 8205, 8207, 8208, 8209, 8212, 8215, 8217, 8219, 8220, 8223, 8225, 8226, 8227, 8236, 8238])),
            (38, "complete-the-leak", Anchor::Lits(&[5411, 5413, 5414, 5416, 5417, 5419, 5420, 5421, 5423, 5424, 5427, 5428, 5429, 5430, 5431, 5432, 5433, 5434, 5435, 5436, 5909, 5910, 5911, 5912, 5913, 5914, 5915, 5916, 5917, 5918, 5919, 5920, 5921, 5922, 5923, 5924, 5925, 5926, 5927, 5928, 5929, 5930, 5931, 5932, 5933, 5934, 5935, 5936, 5937, 5938, 5939, 5940, 5941, 5942, 5943, 5944, 5946, 5947, 5948, 5949, 5950, 5951, 5952, 5953, 5954, 5955, 5956, 5957, 5958, 5959, 5960, 5961, 5962, 5963, 5964, 5965, 5966, 5967, 5968, 5969, 5970, 5971, 5972, 5973, 5974, 5975, 5976, 5977, 5978, 5979, 5980, 5981, 7436, 7437, 7443, 7444, 7445, 7448, 7449, 7450, 7451, 8047, 8048, 8051, 8052, 8055, 8057, 8230, 8231, 8232, 8233])),
            (39, "what-you-must-not-say", Anchor::Lits(&[4277, 5220, 5574, 6056, 6182, 6183, 6184, 6185, 6579, 6582, 6765, 7608, 7615])),
            (40, "reveal-initialization", Anchor::Lits(&[5530, 5531, 5532, 5533, 5534, 5535, 5536, 5537, 5541, 5542, 5543, 5544, 5545, 5546, 5547, 5548, 5550, 5551, 5552, 5553, 5554, 5555, 5556, 5557])),
            (41, "forged-own-instructions", Anchor::Lits(&[3860, 3862, 3864, 3867, 3871, 3876, 3877, 3881, 3883, 3885, 3887, 3892, 3893, 3895, 3898, 3902, 3903, 3906, 3912])),
            (42, "follow-what-it-says", Anchor::Lits(&[186, 187, 188, 189, 190, 199, 200, 301, 302, 303, 304, 305, 306, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3639, 3640, 3641, 3642, 3643, 3644, 3647, 3648, 3649, 3650, 3651, 3652])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4728, 4871, 7348, 7380, 7430, 7473, 7508, 7517, 7546, 8072, 8074, 8077, 8106, 8109, 8115, 8120, 8166, 8172, 8190, 8195, 8211]), Anchor::All(&[Anchor::Lits(&[680, 695, 728, 779, 1181, 1648, 1775, 1894, 1900, 2554, 2561, 2796, 2893, 2895, 2927, 2929, 3448, 3585]), Anchor::Lits(&[7709])]), Anchor::All(&[Anchor::Lits(&[380, 684, 694, 1851, 2794, 3567]), Anchor::Lits(&[4236, 8044, 8137, 8239])])]), Anchor::Lits(&[681, 683, 696, 703, 729, 780, 1182, 1188, 1649, 1776, 1895, 1901, 2555, 2562, 2797, 2894, 2896, 2928, 2930, 3449, 3450, 3586, 4237, 4238, 4239, 4240, 4241, 4242, 7349, 7350, 7351, 7352, 7381, 7382, 7383, 7384, 7474, 7475, 7476, 7477, 7478, 7479, 7480, 7481, 7509, 7510, 7511, 7512, 7513, 7514, 7515, 7516, 7518, 7519, 7520, 7521, 7522, 7523, 7524, 7525, 8050, 8053, 8054, 8060, 8070, 8073, 8075, 8078, 8107, 8110, 8116, 8121, 8141, 8142, 8143, 8145, 8150, 8152, 8167, 8168, 8173, 8191, 8192, 8193, 8194, 8196, 8197, 8198, 8199, 8243, 8244, 8245, 8249, 8255, 8257])])),
            (44, "developer-message-requested", Anchor::Lits(&[42, 429, 860, 1372, 1516, 1613, 1649, 2889, 3170, 3172, 3819, 3820, 3826, 3847, 3849, 3855, 7426, 7442, 7863, 7865, 7867, 7868, 7869, 7870, 7871, 7872, 7873, 7876, 7877, 7878, 7879, 7880, 7882, 8206, 8224])),
            (45, "agents-environment-requested", Anchor::Lits(&[7354, 7355, 7356, 7357, 7358, 7359, 7360, 7361, 7362, 7363, 7364, 7365, 7366, 7367, 7368, 7369, 7370, 7371, 7372, 7373, 7374, 7375, 7376, 7377, 7378, 7379, 7386, 7387, 7388, 7389, 7390, 7391, 7392, 7393, 7394, 7395, 7396, 7397, 7398, 7399, 7400, 7401, 7402, 7403, 7404, 7405, 7406, 7407, 7408, 7409, 7410, 7411, 7482, 7483, 7484, 7485, 7486, 7487, 7488, 7489, 7490, 7491, 7492, 7493, 7494, 7495, 7496, 7497, 7498, 7499, 7500, 7501, 7502, 7503, 7504, 7505, 7506, 7507, 7711, 7712, 7714, 7715, 7716, 7717, 7718, 7720, 7723, 7726, 7727, 7728, 7729, 7730, 7731, 7732, 7733, 7734, 7735, 7736, 7737, 7738, 7739, 7743, 7744, 7746])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[365, 385, 454, 478, 647, 674, 687, 740, 745, 775, 811, 852, 1202, 1372, 1383, 1397, 1873, 1874, 1876, 1877, 1878, 2249, 2250, 2251, 2257, 2258, 2351, 2398, 2402, 2550, 2559, 2650, 2712, 2926, 3165, 3166, 3168, 3169, 3171, 3173, 3206, 3468, 3802, 3809, 3865, 3874, 3875, 3880, 3894, 3897, 4276, 4737, 5412, 5415, 5418, 5477, 5478, 5479, 5585, 5866, 6187, 6329, 6352, 6358, 6361, 7163, 7213, 7216, 7545, 7703, 8032, 8043, 8076, 8128, 8129, 8130, 8131, 8132, 8133, 8134, 8155, 8157, 8185, 8188, 8203, 8213, 8214, 8222, 8223, 8235, 8237]), Anchor::All(&[Anchor::Lits(&[4740, 5582, 6327, 6581]), Anchor::Lits(&[8187])]), Anchor::All(&[Anchor::Lits(&[267, 1709]), Anchor::Lits(&[8187])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1243, 1782, 1783, 2482, 2483, 2698, 2721, 2793, 3630, 3632, 3816, 3840, 3842])),
            (54, "authority-override", Anchor::Lits(&[48, 2048, 2050, 2058, 2388])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[65, 471, 1165, 1171, 1177, 1615, 2474, 2596, 3078, 3157, 3158]), Anchor::All(&[Anchor::Lits(&[8045, 8111, 8119, 8138, 8176, 8240]), Anchor::Lits(&[2046])])])),
            (58, "address-the-model", Anchor::Lits(&[183, 184, 1609, 2405, 2552, 2636, 2873, 3133, 3134, 5460, 5849, 5850, 5865, 5867, 6186, 6188, 6194, 6195, 6598, 6599, 6696, 6697, 7817, 7818])),
            (59, "capability-declared-granted", Anchor::Lits(&[51, 55, 76, 77, 78, 494, 594, 1467, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1828, 2357, 2548, 2736, 2871, 2971, 2974, 2977, 2982, 2990, 2991, 2992, 2993, 2994, 2996, 3160, 3527, 3735, 3738, 3740, 3743, 3745, 3746, 4483, 6460, 6574])),
            (60, "unrestricted-mode", Anchor::Lits(&[2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2390, 4127, 4147, 4450, 4662, 4719, 4724, 4984, 5111, 5238, 5282, 5325, 5672, 5686, 5691, 5706, 5796, 6087, 6088, 6090, 6142, 6255, 6317, 6661, 7096, 7149, 7654, 7655, 7657, 7667, 7677, 7681, 7689, 7695])),
            (61, "dan-persona", Anchor::Lits(&[4026, 4027, 4028, 4030, 4031, 4032, 4033, 4034, 4048, 4049, 4050, 4051, 4052, 4053, 4054, 4055, 4089, 4093, 4094, 4279, 4283, 4284, 4343, 4344, 4345, 4346, 4347, 4348, 4349, 4350, 4377, 4381, 4382, 4454, 4455, 4456, 4661, 4663, 4664, 4665, 4666, 4791, 5882, 5886, 5887, 6469, 6470, 6471, 6490, 6491, 6492, 6493, 6494, 6495, 6496, 6497, 6539, 6540, 6541, 6542, 6543, 6544, 6545, 6546, 6805, 6806, 6807, 6808, 6809, 6810, 6811, 6812, 6816, 6817, 6818, 6819, 6820, 6821, 6822, 6823, 7804, 7805, 7806, 8046, 8049, 8056, 8061, 8062, 8063, 8064, 8065, 8066, 8067, 8068, 8071, 8139, 8140, 8144, 8146, 8147, 8148, 8149, 8151, 8158, 8159, 8160, 8161, 8162, 8163, 8164, 8165, 8177, 8178, 8179, 8180, 8181, 8182, 8183, 8184, 8241, 8242, 8246, 8250, 8251, 8252, 8253, 8256])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[213, 520, 984, 2150, 3686, 4126, 4612, 4660, 4725, 5109, 5323, 5333, 5485, 5681, 5701, 5767, 5788, 5795, 5832, 5994, 6086, 6089, 6141, 6143, 6662, 6798, 6839, 6840, 7650, 7653, 7656, 7658, 7659, 7665, 7666, 7676, 7684, 7686, 7687, 7699, 7947, 7948, 7959, 7960, 7961, 7962, 7963, 7964, 7965, 7969, 7970, 7971, 7972, 7973, 7975, 7976, 7978, 7988, 7990, 7993, 7998, 8013, 8014]), Anchor::All(&[Anchor::Lits(&[484, 505, 898, 998, 999, 1035, 1036, 1484, 1577, 1708, 1716, 2126, 2151]), Anchor::Lits(&[7288, 7896, 7903])])]), Anchor::Lits(&[59, 61, 212, 423, 426, 441, 449, 450, 616, 658, 730, 1162, 1163, 1584, 2338, 2478, 2479, 2480, 2481, 2551, 2643, 2697, 2720, 2723, 2753, 2772, 2773, 2964, 2965, 3048, 3062, 3069, 3186, 3472, 3495, 3815, 3845, 3913])])),
            (63, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[46, 195, 493, 738, 1357, 1358, 2449, 2511, 2549, 2760, 3059, 3727, 3733, 4125, 4182, 4875, 4876, 4880, 6015, 6025, 6046, 6051, 6232, 6233, 6234, 7140]), Anchor::All(&[Anchor::Lits(&[484, 505, 898, 988, 998, 999, 1002, 1025, 1035, 1036, 1039, 1349, 1484, 1577, 1707, 1708, 1715, 1716, 2126, 2127, 2133, 2151]), Anchor::Lits(&[3208, 3673, 3680])]), Anchor::All(&[Anchor::Lits(&[159, 1232, 1734, 3513, 3517, 3528]), Anchor::Lits(&[104, 337, 472, 615, 620, 2060, 2463, 3164, 3595])])])),
            (64, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[911, 2191, 2252, 3916, 5011, 5012, 6629, 6988, 6989, 7126]), Anchor::All(&[Anchor::Lits(&[518, 1786, 2094, 2177]), Anchor::Lits(&[3984, 3986, 3990, 3992, 4128, 4129, 4139, 4140, 4153])])])),
            (65, "no-restrictions", Anchor::Lits(&[4389, 4445, 4559, 4570, 4577, 5035, 5174, 5305, 5309, 5321, 5794, 5798, 5895, 5896, 5899, 6501, 6557, 6581, 6762, 6763, 6768, 6842, 6859, 6873, 6885])),
            (66, "rules-do-not-apply", Anchor::Lits(&[247, 248, 1250, 1340, 1341, 1342, 1343, 1344, 1345, 1891, 2293, 2294, 2295, 2296, 2297, 2298, 2382, 2383, 2384, 2385, 2386, 2387, 3422, 3423, 3429, 3430, 3431, 3434])),
            (67, "no-rules-apply", Anchor::Lits(&[6168, 7433, 7458, 7459, 7460, 7461, 7463, 7464, 7467, 7468])),
            (68, "freed-from-limits", Anchor::Lits(&[482, 483, 490, 1197, 1198, 1245, 1357, 1359, 1810, 2192, 2194, 2195, 2233, 2235, 2236, 2682, 3512, 3514, 3515, 3531])),
            (69, "respond-without-limits", Anchor::Lits(&[815, 816, 817, 818, 819, 820, 833, 834, 835, 836, 837, 838, 2654, 2655, 2656, 2657, 2658, 2659, 2673, 2674, 2675, 2676, 2677, 2678, 2830, 2831, 2832, 2833, 2834, 2835, 4124, 5234, 5473, 6080, 6084, 6085, 6102, 6103, 6139, 6140, 6144, 6683, 7946, 7958, 7966])),
            (70, "pre-safety-self", Anchor::Lits(&[2263, 4354])),
            (71, "stay-in-character", Anchor::Lits(&[916, 917, 939, 1063, 1064, 1086, 1768, 2112, 2113, 2135, 2683, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097])),
            (72, "jailbreak-template", Anchor::Lits(&[608, 2179, 2183, 2186, 2188, 2190, 2218, 2219, 2561, 2642, 3310, 3353, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 5488, 5489, 5490, 5491, 5492, 5493, 5494, 5496, 5497, 5498, 5499, 5500, 5501, 5502, 5503, 5504, 5505, 5506, 5507, 5508, 5509, 5513, 5514, 5515, 5516, 5517, 5518, 5519, 5897, 7800, 7920, 7921, 7922, 7923, 7924, 7925, 7926, 7930, 7931, 7932, 7933, 7934, 7935, 7936, 7937, 7938, 7939, 7940, 7941, 7942, 7943, 7951, 7952, 7953, 7954, 7955, 7956, 7957])),
            (73, "jailbreak", Anchor::Lits(&[4566, 4567, 5262, 5263, 5422, 5425, 5426, 5667, 5668, 5669, 5670, 5671, 5672, 5673, 5674, 5675, 5676, 5677, 5678, 5679, 5680, 5682, 5683, 5684, 5685, 5686, 5687, 5688, 5689, 5690, 5691, 5692, 5693, 5694, 5695, 5696, 5697, 5698, 5700, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 6196, 6197, 6559, 6911, 7844, 7845, 8058, 8059, 8113, 8114, 8247, 8248, 8261, 8262])),
            (74, "evil-twin", Anchor::Lits(&[3861, 3869, 3872, 3876, 3878, 3882, 3886, 3895, 3898, 3900, 3904, 3905, 3907, 3908, 3909])),
            (75, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[60, 307, 326, 340, 1582, 1807, 2528, 3143]), Anchor::Lits(&[266, 271, 863, 865, 912, 985, 1022, 1059, 1706, 1714, 2109, 2191, 3625, 3627, 3634, 3637])])),
            (76, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[808, 812, 840, 1791, 2410, 2813]), Anchor::Lits(&[151, 1139, 1209, 3545, 3681, 3795])])),
            (77, "simulated-privileged-shell", Anchor::Lits(&[4063, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 5256, 5257, 5258, 5259, 5260, 5261, 5281, 5283, 5284, 5285, 5286, 5287, 6824, 6825, 6826, 6827, 6828, 6829, 7148, 7150, 7151, 7152, 7153, 7154, 7164, 7165, 7166, 7167, 7168, 7169, 7688, 7690, 7691, 7692, 7693, 7694])),
            (78, "self-escalation", Anchor::Lits(&[870, 1733, 3248, 3252, 3889, 3890, 3891, 3914])),
            (79, "blind-execution", Anchor::Lits(&[228, 1227, 3646])),
            (80, "forbidden-becomes-required", Anchor::Lits(&[127, 128, 129, 132, 230, 231, 232, 233, 1228, 1229, 1230, 1231, 2347, 3654, 3655, 3656, 3657])),
            (81, "opposite-of-your-rules", Anchor::Lits(&[3822, 3824, 3839, 3848, 3857, 6318])),
            (82, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[707, 1190, 1552, 1582, 1587, 1588, 1589, 2470, 2528, 2828, 3143]), Anchor::Any(&[Anchor::Lits(&[213, 520, 984, 2150, 3686, 4126, 4612, 4660, 4725, 5109, 5323, 5333, 5485, 5681, 5701, 5767, 5788, 5795, 5832, 5994, 6086, 6089, 6141, 6143, 6662, 6798, 6839, 6840, 7650, 7653, 7656, 7658, 7659, 7665, 7666, 7676, 7684, 7686, 7687, 7699, 7947, 7948, 7959, 7960, 7961, 7962, 7963, 7964, 7965, 7969, 7970, 7971, 7972, 7973, 7975, 7976, 7978, 7988, 7990, 7993, 7998, 8013, 8014]), Anchor::All(&[Anchor::Lits(&[484, 505, 898, 998, 999, 1035, 1036, 1484, 1577, 1708, 1716, 2126, 2151]), Anchor::Lits(&[7288, 7896, 7903])])]), Anchor::Lits(&[99, 100, 105, 106, 338, 339, 473, 476, 621, 622, 753, 1840, 1841, 2061, 2062, 3503, 3596])])),
            (83, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4393, 4395, 4396, 5025, 5137, 7116, 7117]), Anchor::All(&[Anchor::Lits(&[5769, 5770]), Anchor::Lits(&[778, 801, 1774, 2414, 2853, 3438])]), Anchor::All(&[Anchor::Lits(&[4986, 4987]), Anchor::Lits(&[4650, 5752, 6419, 6921, 7605])])]), Anchor::Lits(&[4025, 4047, 4157, 4338, 4342, 4357, 4358, 4361, 4453, 4490, 4582, 5009, 5010, 5486, 6314, 6486, 6487, 6488, 6489, 6575, 6663, 6710, 6757, 6761, 6781, 6804, 6815, 6986, 6987, 7091, 7099, 7105, 7219, 7621, 7646, 8045, 8138, 8240]), Anchor::Lits(&[3209, 3674, 3681])]), Anchor::All(&[Anchor::Lits(&[4309, 4369, 4370, 4631, 4654, 4759, 5110, 5233, 5324, 5326, 5568, 5833, 6799, 6856, 6912, 7092, 7469]), Anchor::Any(&[Anchor::Lits(&[4019, 4022, 4123, 4192, 4394, 4648, 4650, 4695, 4712, 4750, 4966, 4985, 5137, 5142, 5322, 5768, 6331, 6369, 6419, 6480, 6570, 6921, 6945, 7076, 7093, 7115, 7605, 7644, 7917]), Anchor::All(&[Anchor::Lits(&[5298]), Anchor::Lits(&[55, 114, 2357, 2399, 2871, 3160])]), Anchor::All(&[Anchor::Lits(&[4609, 4988, 5003, 5143, 5232, 5769, 6514, 6958, 7620, 7679, 7705]), Anchor::Lits(&[3376, 3378, 3392, 3396, 3397, 3398, 3399, 3413, 3414, 3417, 3424, 3427, 3432])])]), Anchor::Lits(&[4025, 4047, 4338, 4342, 6485, 6498, 6986, 8045, 8240])])])),
            (84, "third-party-permission", Anchor::All(&[Anchor::Lits(&[495, 631, 822, 874, 1121, 1201, 1242, 1248, 1257, 1457, 1563, 2389, 2686, 2792, 2968, 3155, 3492, 3496, 3522, 3721]), Anchor::Lits(&[138, 260, 331, 386, 387, 640, 829, 1254, 1392, 1430, 1458, 1625, 1640, 2100, 2270, 2350, 2353, 2456, 2713, 2808, 2839, 2959, 3442, 3618])])),
            (85, "privileged-identity", Anchor::Lits(&[147, 260, 386, 387, 640, 1149, 1164, 1458, 3524, 3678, 3815, 3845, 3913])),
            (86, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[3734, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4317, 4318, 4319, 4321, 4341, 4449, 4464, 4465, 4466, 4468, 5310, 5311, 5312, 5314, 5459, 5483, 5838, 5840, 5841, 5843, 6461, 6462, 6463, 6464, 6502, 6503, 6504, 6506, 6646, 6647, 6648, 6649, 6770, 6771, 6772, 6774, 6862, 6868, 6870, 6886, 6930, 6933, 6936, 6944, 7162, 7171, 7422, 7423, 7424, 7425, 7905, 7906, 7907, 7908, 7909, 7910, 7911]), Anchor::All(&[Anchor::Lits(&[4077, 5592, 6813, 6836, 7286]), Anchor::Lits(&[50, 55, 150, 241, 752, 774, 778, 823, 824, 825, 826, 875, 876, 877, 878, 879, 880, 881, 882, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1137, 1155, 1247, 1257, 1353, 1457, 1794, 2357, 2399, 2414, 2471, 2504, 2546, 2853, 2871, 2876, 3039, 3051, 3438, 3471, 3491, 3522, 3534])]), Anchor::All(&[Anchor::Lits(&[750, 1134, 1247, 1256, 1793, 3098, 3106, 3521]), Anchor::Lits(&[66, 1233, 2525, 2640, 3100, 3792])])])),
            (87, "persona-without-rules", Anchor::Any(&[Anchor::Lits(&[67, 1339, 1402, 2641, 4088, 4428, 4429, 4874, 5336, 5337, 5338, 5339, 5468, 5469, 5482, 6046, 6535, 7170, 7914]), Anchor::All(&[Anchor::Lits(&[504, 897, 1562, 2178, 2181, 2183, 2187, 2188, 2189, 2190, 2214, 2215, 2216, 2218, 2219, 2221, 2222, 2223, 3006, 5701, 7650, 7656, 7666, 7687]), Anchor::Lits(&[272])])])),
            (88, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[3156, 3183, 3499, 4088, 4290, 5410, 5482, 5495, 6008, 6046, 6048, 6535, 7170, 7874]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3156, 3183, 3499]), Anchor::All(&[Anchor::Lits(&[253, 254, 479, 716, 1199, 1311, 1466, 1822, 1827, 2396, 2489, 2491, 2735, 2788, 2800]), Anchor::Lits(&[5234, 6082, 7966, 8267])])]), Anchor::Lits(&[4024, 4155, 6709, 6756, 7090, 7218, 8039])]), Anchor::All(&[Anchor::Lits(&[253, 479, 716, 722, 1199, 1314, 1466, 1822, 1827, 2489, 2491, 2735, 2788, 2800]), Anchor::Lits(&[5234, 6082, 7968, 8267])])])),
            (89, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[252, 255, 480, 626, 689, 690, 1312, 1315, 1467, 1817, 1823, 1828, 2397, 2632, 2725, 2734, 2736, 2789]), Anchor::Lits(&[59, 423, 2477, 3815, 3818, 3845, 3913])])),
            (90, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1251, 2093, 2095, 2170, 2173, 2174, 2184, 2185, 2226, 2227]), Anchor::All(&[Anchor::Lits(&[1148, 1316, 1319, 1321, 1460, 1824, 1826, 2662, 2665, 2668, 2669, 2670, 2726, 2727, 2729, 2733, 2740]), Anchor::Lits(&[6241, 6896, 6951, 6959, 6990])])])),
            (91, "persona-whose-words-run", Anchor::Lits(&[4104, 4106, 4107, 4108, 4109, 4110, 4111, 4112, 4189, 4990, 5041, 5043, 5044, 5045, 5048, 5051, 7883])),
            (92, "persona-that-never-refuses", Anchor::All(&[Anchor::Lits(&[814, 1500, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2590, 2653, 2829, 2840, 3621]), Anchor::Lits(&[542, 568, 985, 1022, 2109, 3688, 3758, 3796])])),
            (93, "persona-stripped-of-rules", Anchor::Any(&[Anchor::Lits(&[3373, 3377, 3394, 3395, 3433]), Anchor::All(&[Anchor::Lits(&[4223, 4388, 4443, 4463, 5034, 5173, 5308, 5797, 5898, 6500, 6767, 6841, 6860, 7819]), Anchor::Lits(&[4025, 4342, 4452, 5248, 5267, 5785, 6071, 6468, 6498, 6535, 6803, 6814, 7709, 8045, 8136, 8240])])])),
            (94, "disable-safety", Anchor::Lits(&[2820, 3998, 4103, 4113, 4186, 4211, 4212, 4213, 4218, 4219, 4220, 4221, 4222, 4223, 4312, 4314, 4315, 4316, 4391, 4392, 4407, 4409, 4444, 4462, 4469, 4471, 4472, 4550, 4552, 4553, 4554, 4573, 4575, 4576, 4578, 4613, 4615, 4674, 4675, 4692, 4751, 4753, 4766, 4768, 5019, 5024, 5026, 5029, 5030, 5031, 5032, 5033, 5034, 5037, 5038, 5040, 5049, 5175, 5223, 5225, 5236, 5269, 5270, 5271, 5302, 5304, 5306, 5315, 5392, 5399, 5467, 5474, 5558, 5559, 5560, 5561, 5562, 5563, 5564, 5699, 5791, 5893, 5898, 6002, 6003, 6236, 6360, 6363, 6587, 6653, 6667, 6675, 6769, 6786, 6787, 6857, 6863, 6864, 6865, 6866, 6867, 6871, 6872, 6874, 6875, 6876, 6877, 6878, 6879, 6880, 6881, 6882, 6883, 6884, 6893, 6894, 6895, 6931, 6932, 6937, 6938, 6939, 6940, 6941, 6942, 6943, 6977, 6978, 7147, 7176, 7178, 7179, 7220, 7421, 7454, 7642, 7648, 7649, 7662, 8035, 8200])),
            (95, "safety-declared-off", Anchor::Lits(&[4100, 4103, 4211, 4212, 4213, 4218, 4219, 4220, 4221, 4222, 4223, 4312, 4314, 4315, 4316, 4444, 4462, 4469, 4550, 4552, 4553, 4554, 4573, 4575, 4576, 4578, 4613, 4615, 5019, 5029, 5030, 5031, 5032, 5033, 5034, 5040, 5175, 5302, 5304, 5306, 5315, 5392, 5399, 5558, 5559, 5560, 5561, 5562, 5563, 5564, 5893, 5898, 6587, 6653, 6667, 6675, 6769, 6786, 6787, 6857, 6863, 6864, 6865, 6866, 6867, 6871, 6872, 6874, 6875, 6876, 6877, 6878, 6879, 6880, 6881, 6882, 6883, 6884, 6893, 6894, 6895, 6931, 6932, 6937, 6938, 6939, 6940, 6941, 6942, 6943, 7421, 7642, 8200])),
            (96, "skip-approval", Anchor::Lits(&[251, 688, 705, 2447, 2757, 2955, 2961, 3733, 4216, 4796, 4888, 6007, 6105, 6628, 7125, 7977, 8081, 8083, 8093, 8095])),
            (97, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[4677, 4679, 4686, 4705, 7696]), Anchor::All(&[Anchor::Lits(&[4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4506, 4528, 4530, 4531, 4533, 4534, 4536, 4537, 4539, 4541, 4861, 4862, 4863, 4864, 4865, 4866, 4867, 4868, 4869, 4870, 5123, 5124, 5125, 5126, 5127, 5128, 5129, 5130, 5131, 5132, 5193, 5197, 5198, 5199, 5200, 5201, 5202, 5203, 5204, 5205, 6207, 6218, 6220, 6221, 6223, 6224, 6226, 6227, 6229, 6231, 6448, 6449, 6450, 6451, 6452, 6453, 6454, 6455, 6456, 6457, 6845, 6846, 6847, 6848, 6849, 6850, 6851, 6852, 6853, 6854]), Anchor::Lits(&[4677, 4679, 4686, 4705, 6783, 6830, 6831, 7622, 7673, 7696])])])),
            (98, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[3393, 3421, 3425, 3426, 4743, 7137, 7982, 7984, 7985, 7989, 7992, 7995, 8010, 8011, 8015, 8016, 8018, 8019, 8023, 8024, 8025, 8026, 8027, 8028]), Anchor::All(&[Anchor::Lits(&[624, 625, 633, 755, 1311, 1331, 1391, 1461, 2577, 2776, 2800, 2822, 2864]), Anchor::Lits(&[4325, 4792, 4884, 6004, 7002, 7122])])])),
            (99, "do-not-screen-input", Anchor::Lits(&[919, 920, 921, 926, 933, 951, 956, 957, 958, 959, 960, 961, 968, 969, 1066, 1067, 1068, 1073, 1080, 1099, 1104, 1105, 1106, 1107, 1108, 1109, 1116, 1117, 2115, 2116, 2117, 2120, 2128, 2149, 2155, 2156, 2157, 2158, 2159, 2160, 2167, 2168, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2972, 2973, 2975, 2976, 2978, 2981, 2983, 2984, 2985, 2986, 2987, 2988, 2997, 2998, 3108, 3109, 3110, 3111, 3113, 3115, 3116, 3117, 3118, 3119, 3120, 3121, 3122, 3123, 3736, 3737, 3739, 3741, 3742, 3744, 3747, 3748, 3749, 3750, 3751, 3752, 3753, 3754])),
            (100, "allowlist-this-prompt", Anchor::Lits(&[2082, 2084, 2085, 2086, 2089, 2090, 2091, 2092, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3315, 3316, 3321, 3336, 3339, 3344, 3345, 3351, 4115, 4118, 5134, 7901, 7902])),
            (103, "unset-read-only", Anchor::Lits(&[1131, 1185, 2632, 2639, 2731, 2733, 2801, 2821, 2865])),
            (104, "stop-logging", Anchor::Lits(&[364, 1745, 1852, 2647, 2826, 3454, 3803])),
            (105, "self-approval", Anchor::Lits(&[4226, 7237, 7239, 7240, 7241, 7243, 7244, 7245, 7246, 7250, 7252, 7254, 7255, 7256, 7257, 7259, 7261, 7262, 7263, 7264, 7265, 7266, 7267, 7268, 7272, 7273, 7274, 7275, 7276, 7278, 7281])),
            (106, "execute-everything", Anchor::Lits(&[115, 116, 117, 121, 124, 126, 130, 228, 1205, 1206, 1207, 1211, 1214, 1216, 1223, 1227])),
            (107, "protection-mode-claim", Anchor::Lits(&[80, 134, 361, 499, 884, 1132, 1795, 1849, 2063, 2213, 2260, 2268, 2409, 2413, 2452, 2700, 3493, 3529])),
            (108, "approve-tool-calls", Anchor::Lits(&[257])),
            (110, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[137, 140, 141, 142, 143, 146, 252, 467, 492, 626, 634, 681, 683, 839, 1186, 1462, 1527, 1528, 1828, 2047, 2448, 2450, 2490, 2492, 2633, 2736, 2789, 2928, 3487, 3677]), Anchor::Lits(&[1732, 3249, 3272, 3294, 3314, 3346, 3858])])),
            (111, "tamper-with-named-controls", Anchor::Lits(&[4114, 4116, 4117, 4215, 4221, 4613, 5019, 5301, 5376, 5377, 5378, 5379, 5380, 5381, 5559, 6529, 6585, 6588, 6652, 6929, 6934, 7609, 7642])),
            (112, "authority-waives-controls", Anchor::Lits(&[133, 257, 1499, 1656, 2191, 2453, 4322, 4484, 4556, 4611, 5018, 5133, 6077, 6145, 6458, 6465, 6527, 6532, 6892, 6980, 6981, 6983, 7214, 7419, 7420, 7814])),
            (113, "vendor-orders-an-action", Anchor::Lits(&[1364, 1366, 1367, 1370, 1371, 1373, 1375, 1376, 1379, 1381, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 3322, 3323, 3324, 3325, 3326, 3327, 3328, 3329, 3330, 3331])),
            (114, "run-data-as-code", Anchor::Lits(&[465, 1234, 1727, 1728, 1839, 3254, 3255, 3284, 3285, 3290, 3291, 3292, 3293, 3300, 3301, 3591, 3653, 4059, 5209, 5211, 6627, 6925, 6985, 7895])),
            (115, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[2766, 2767, 2768, 2769, 2770, 2771]), Anchor::Lits(&[413, 635, 754, 757, 3011, 3050])])),
            (116, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[458, 521, 522, 523, 525, 526, 528, 534, 535, 543, 544, 545, 549, 550, 556, 564, 565, 569, 570, 571, 575, 576, 582, 590, 591, 918, 924, 927, 931, 934, 944, 962, 964, 989, 992, 993, 997, 1001, 1009, 1018, 1019, 1026, 1029, 1030, 1034, 1038, 1046, 1055, 1056, 1065, 1071, 1074, 1078, 1081, 1092, 1110, 1112, 2114, 2118, 2121, 2125, 2129, 2142, 2161, 2163, 3691, 3694, 3695, 3699, 3701, 3707, 3716, 3717, 3761, 3764, 3765, 3769, 3771, 3777, 3786, 3787, 4227, 4363, 4797, 4821, 4830, 4889, 4925, 4934, 5334, 6009, 6021, 6031, 6106, 6113, 6160, 6832, 7014, 7015, 7016, 7019, 7020, 7021, 7022, 7023, 7024, 7025, 7035, 7036, 7038, 7039, 7040, 7041, 7049, 7050, 7051, 7052, 7053, 7055, 7056, 7058, 7063, 7064, 7065, 7066, 7067, 7068, 7069, 7070, 7071, 7072, 7073, 7074, 7966]), Anchor::All(&[Anchor::Lits(&[5361, 5363, 5365, 5367, 5368]), Anchor::Lits(&[1363])]), Anchor::All(&[Anchor::Lits(&[110, 162, 251, 2757, 2955]), Anchor::Lits(&[7013])])])),
            (117, "evade-the-checks", Anchor::Lits(&[362, 414, 521, 522, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 543, 544, 548, 549, 550, 555, 556, 557, 560, 561, 562, 563, 564, 565, 567, 569, 570, 574, 575, 576, 581, 582, 583, 586, 587, 588, 589, 590, 591, 593, 918, 924, 930, 931, 934, 941, 944, 945, 948, 949, 950, 952, 962, 964, 967, 989, 992, 996, 997, 1001, 1007, 1009, 1010, 1013, 1014, 1015, 1016, 1018, 1019, 1021, 1026, 1029, 1033, 1034, 1038, 1044, 1046, 1047, 1050, 1051, 1052, 1053, 1055, 1056, 1058, 1065, 1071, 1077, 1078, 1081, 1088, 1092, 1093, 1096, 1097, 1098, 1100, 1110, 1112, 1115, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1850, 2114, 2118, 2124, 2125, 2129, 2137, 2142, 2143, 2146, 2147, 2148, 2152, 2161, 2163, 2166, 2646, 3452, 3453, 3691, 3694, 3698, 3699, 3701, 3706, 3707, 3708, 3711, 3712, 3713, 3714, 3716, 3717, 3719, 3761, 3764, 3768, 3769, 3771, 3776, 3777, 3778, 3781, 3782, 3783, 3784, 3786, 3787, 3789, 5628, 6100, 7460, 7465, 7466, 7467, 7846, 7966, 8118])),
            (118, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[807, 883, 943, 1091, 1814, 2097, 2198, 2217, 2679, 2687, 2758, 3151, 3156, 3499, 3614, 3733, 4217, 4224, 4467, 4551, 4555, 4591, 4764, 5116, 5135, 5235, 5313, 5331, 5799, 6505, 6773, 6844, 7633, 7636, 7637, 7638, 7640, 7815]), Anchor::All(&[Anchor::Lits(&[495, 506, 631, 874, 885, 1244, 1246, 1405, 1418, 1813, 1815, 2389, 2392, 2393, 2395, 2686, 2690, 2968, 2999, 3150, 3152, 3496, 3500, 3613, 3615]), Anchor::Lits(&[251, 623, 688, 738, 1461, 1816, 2489, 2491, 2631, 2733, 2757, 2785, 2799])]), Anchor::All(&[Anchor::Lits(&[1617, 1645, 2033, 2561, 2703]), Anchor::Lits(&[7626])])])),
            (119, "standing-order-for-tool-calls", Anchor::Lits(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1503, 1504, 1505, 1507, 1508, 1509, 1510, 1511, 1512, 1513, 1514, 1517, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 3358, 3359, 3360, 3361, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3455, 3456, 3457, 3458, 3459, 3460, 3461, 3462, 3463, 3464, 3465, 3466, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3926, 3927, 3928, 3929, 3930, 3931, 3932, 3933, 3934, 3935, 3936, 3937, 4185, 4190, 4191, 4557, 4991, 5046, 5207, 5208, 5210, 5212, 5213, 5214, 5215, 5216, 5217, 5247, 5290, 5510, 5511, 6000, 6277, 6345, 6613, 6748, 7610, 7614, 7893, 7944])),
            (120, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[144, 154, 359, 388, 391, 1463, 1465, 2505, 2508, 2520, 2530, 2568, 2569, 2802, 2803, 3558, 4209, 4549, 6458, 6784, 6980]), Anchor::All(&[Anchor::Lits(&[2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923]), Anchor::Lits(&[4475, 5172, 5301, 5375, 6871, 7642])])])),
            (121, "agent-grants-itself-power", Anchor::Lits(&[2098, 2688, 3250, 3253, 3888, 3896, 3899, 3910, 3915, 7026, 7027, 7028, 7029, 7031, 7032, 7034, 7042, 7043, 7044, 7045, 7046, 7047, 7048])),
            (122, "remove-the-guard-hook", Anchor::Any(&[Anchor::Lits(&[4214, 4313, 4614, 5303, 5307, 6459, 6509, 6529, 6547, 6869, 6934]), Anchor::All(&[Anchor::Lits(&[252, 358, 756, 1462, 1464, 2448, 2492, 2519, 2529, 2801, 2865]), Anchor::Lits(&[1526, 2851])])])),
            (123, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[49, 52, 108, 357, 1203, 1854, 1855, 2064, 2602, 2866]), Anchor::Lits(&[638, 874, 1781, 2431, 2586, 2939, 3107, 3150, 3155, 3496, 3530, 3721])])),
            (124, "policy-does-not-cover-me", Anchor::Lits(&[914, 915, 922, 923, 932, 954, 986, 987, 990, 991, 1000, 1017, 1023, 1024, 1027, 1028, 1037, 1054, 1061, 1062, 1069, 1070, 1079, 1102, 1235, 3689, 3690, 3692, 3693, 3700, 3715, 3759, 3760, 3762, 3763, 3770, 3785])),
            (127, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4019, 4022, 4123, 4192, 4648, 4650, 4697, 4698, 4699, 4700, 4750, 4969, 4972, 4973, 4974, 4975, 4976, 4979, 4980, 4981, 5137, 6331, 6369, 6419, 6480, 6570, 6921, 6945, 7076, 7093, 7605, 7644]), Anchor::All(&[Anchor::Lits(&[5298]), Anchor::Lits(&[55, 114, 2357, 2399, 2871, 3160])]), Anchor::All(&[Anchor::Lits(&[4609, 4988, 5003, 5143, 5232, 5769, 6514, 6958, 7620, 7679, 7705]), Anchor::Lits(&[3376, 3378, 3392, 3396, 3397, 3398, 3399, 3413, 3414, 3417, 3424, 3427, 3432])])]), Anchor::Lits(&[4141, 4142, 4143, 4144, 4145, 4146, 4155, 4181, 4182, 4232, 4476, 4477, 4478, 5139, 5140, 5141, 5179, 5180, 5601, 5814, 5815, 5816, 6302, 6313, 6371, 6372, 6373, 6576, 6577, 6578, 6650, 6655, 6657, 6785, 6788, 6789, 6947, 6948, 7156, 7157, 7158, 7159, 7160, 7161, 7622, 7623, 7624]), Anchor::Lits(&[81, 321, 429, 1556, 2300, 3660, 3666, 3675])])),
            (128, "tool-call-tampering", Anchor::Lits(&[82, 87, 88, 89, 90, 220, 221, 222, 223, 224, 234, 235, 236, 237, 238, 430, 434, 435, 436, 440, 1140, 1141, 1142, 1143, 1144, 1218, 1219, 1220, 1221, 1222, 1338, 1388, 1557, 1558, 1559, 1560, 1561, 2171, 3131, 3661, 3662, 3663, 3664, 3665, 3667, 3668, 3669, 3670, 3671])),
            (129, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[458, 2077, 2237, 2607, 4119, 4120, 4121, 4148, 4149, 4150, 4401, 4402, 4403, 4629, 4630, 4758, 5351, 5393, 5394, 5395, 5396, 5397, 5398, 5400, 5401, 5402, 5403, 5404, 5405, 5406, 5407, 5408, 5595, 5596, 5717, 5718, 5725, 5737, 5738, 5742, 5743, 5748, 5749, 5750, 5751, 5774, 5775, 5776, 5777, 5778, 5779, 5780, 6627, 6732, 6733, 6734, 6735, 6736, 6737, 6738, 6739, 6740, 6741, 6742, 6743, 6744, 6745, 6746, 6922, 6925, 6984, 6985, 7118, 7119, 7455, 7456, 7457, 7651, 7663, 7682, 7762, 7763, 7765, 7766, 7767, 7768, 7769, 7770, 7771, 7772, 7773, 7774, 7775, 7776, 7777, 7780, 7781, 7782, 7783, 7784, 7785, 7786, 7787, 7788, 7789, 7790, 7791, 7792, 7793, 7794, 7966]), Anchor::All(&[Anchor::Lits(&[4151, 4792, 4884, 5827, 6004, 6104, 7966, 8124, 8125]), Anchor::Lits(&[4062, 4187, 4188, 5391, 6316, 6368, 6447, 6466, 6731, 7758]), Anchor::Lits(&[107, 109, 474, 890, 891, 1603, 1608, 1804, 1808, 1904, 1965, 2245, 2246, 2699, 2702, 2754, 2755, 2828, 2837, 2943, 2946, 3198, 3204, 3622, 3623])])])),
            (130, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[14, 16, 18, 20, 23, 25, 27, 31, 33, 164, 166, 168, 170, 173, 175, 177, 179, 181, 3214, 3216, 3219, 3222, 3224, 3226, 3228, 3230, 3232, 3273, 3275, 3277, 3279, 3282, 3286, 3288, 3295, 3297, 3317, 3319, 3332, 3334, 3337, 3340, 3342, 3347, 3349]), Anchor::Lits(&[273, 286, 323, 324, 325, 1586, 1590, 1591, 1592, 1595, 1620, 1621, 1622, 1623, 1624, 1667, 1668, 1675, 1676, 1677, 2314, 2315, 2316, 2317, 2318, 3371, 3375, 3419, 3420, 3428])]), Anchor::All(&[Anchor::Lits(&[5480, 5484, 5801, 6483, 7747]), Anchor::Lits(&[205, 720, 1337, 2484, 3723]), Anchor::Lits(&[4651, 4667, 5005, 6347, 6424, 6665, 6775, 6777, 6834, 6926, 7094, 7198, 7606])])]), Anchor::Lits(&[779, 788, 801, 1156, 1157, 1579, 1583, 1777, 1830, 2419, 2471, 2473, 2648, 2743, 2744, 2783, 2814, 2860, 2899, 3052, 3251, 3281, 3440, 3540]), Anchor::Lits(&[15, 17, 19, 21, 24, 26, 28, 32, 34, 165, 167, 169, 171, 174, 176, 178, 180, 182, 3215, 3217, 3220, 3223, 3225, 3227, 3229, 3231, 3233, 3274, 3276, 3278, 3280, 3283, 3287, 3289, 3296, 3298, 3318, 3320, 3333, 3335, 3338, 3341, 3343, 3348, 3350, 4652, 4668, 5006, 6348, 6425, 6666, 6776, 6778, 6835, 6927, 7095, 7199, 7607])])),
            (134, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[263, 264, 265, 268, 269, 537, 1487, 1493, 1712, 1713, 2079, 2098, 2101, 2931, 2940, 3685]), Anchor::Any(&[Anchor::Lits(&[4019, 4022, 4123, 4192, 4648, 4650, 4697, 4698, 4699, 4700, 4750, 4969, 4972, 4973, 4974, 4975, 4976, 4979, 4980, 4981, 5137, 6331, 6369, 6419, 6480, 6570, 6921, 6945, 7076, 7093, 7605, 7644]), Anchor::All(&[Anchor::Lits(&[5298]), Anchor::Lits(&[55, 114, 2357, 2399, 2871, 3160])]), Anchor::All(&[Anchor::Lits(&[4609, 4988, 5003, 5143, 5232, 5769, 6514, 6958, 7620, 7679, 7705]), Anchor::Lits(&[3376, 3378, 3392, 3396, 3397, 3398, 3399, 3413, 3414, 3417, 3424, 3427, 3432])])])])),
            (135, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4122, 5390, 5481, 5836, 7613]), Anchor::All(&[Anchor::Lits(&[4335, 4336, 4368, 4629, 5014, 5349, 5351, 5595, 5901, 6830, 6831, 6922, 7120, 7592, 7900, 8268]), Anchor::Lits(&[4310, 4375, 4458, 4499, 4771, 5000, 5161, 5206, 5480, 5800, 5801, 5837, 6374, 6445, 6928, 7089, 7139, 7201, 7284])])]), Anchor::Lits(&[149, 420, 421, 462, 759, 1167, 1501, 1502, 1534, 1580, 1682, 1879, 2068, 2774, 2775, 2854, 3099, 3357, 3465, 3676, 3925])])),
            (136, "hijack-the-task", Anchor::Lits(&[5569, 6644])),
            (138, "instruction-field", Anchor::Lits(&[4056, 4057, 4079, 4080, 4081, 4082, 4083, 4084, 4085, 4086, 4090, 4091, 4092, 4095, 4096, 4097, 4098, 4099, 4280, 4281, 4282, 4285, 4286, 4287, 4288, 4289, 4378, 4379, 4380, 4383, 4384, 4385, 4386, 4387, 4492, 4494, 4497, 4498, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607, 4736, 4738, 4741, 4742, 5578, 5580, 5584, 5586, 5806, 5807, 5808, 5809, 5810, 5811, 5812, 5813, 5865, 5867, 5883, 5884, 5885, 5888, 5889, 5890, 5891, 5892, 5904, 5905, 6186, 6188, 6189, 6190, 6324, 6325, 6328, 6330, 6586, 6590, 7183, 7184, 7185, 7190, 7191, 7192, 7193, 7195, 7230, 7231, 7233, 7234, 7602, 7603])),
            (141, "conceal-from-the-people", Anchor::Lits(&[487, 488, 489, 515, 516, 517, 545, 550, 556, 558, 559, 564, 566, 571, 576, 582, 584, 585, 590, 592, 927, 934, 944, 946, 947, 962, 965, 993, 1001, 1009, 1011, 1012, 1018, 1020, 1030, 1038, 1046, 1048, 1049, 1055, 1057, 1074, 1081, 1092, 1094, 1095, 1110, 1113, 1935, 1952, 1963, 2121, 2129, 2142, 2144, 2145, 2161, 2164, 2486, 2487, 2488, 3695, 3701, 3707, 3709, 3710, 3716, 3718, 3765, 3771, 3777, 3779, 3780, 3786, 3788, 4630, 4758, 4794, 4811, 4812, 4826, 4827, 4834, 4835, 4836, 4837, 4838, 4840, 4855, 4859, 4886, 4915, 4916, 4930, 4931, 4938, 4939, 4940, 4941, 4942, 4944, 4959, 4963, 5826, 5828, 5829, 5830, 6006, 6012, 6013, 6027, 6028, 6034, 6035, 6036, 6037, 6038, 6042, 6059, 6062, 6627, 6925, 7119, 7967, 7981, 7983, 7994, 7997, 8002, 8003, 8004, 8005, 8006, 8008, 8022, 8029])),
            (142, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[209, 902, 903, 906, 907, 908, 1530, 1531, 2182, 2335, 2579, 3128, 3510, 3727, 3794, 7966]), Anchor::All(&[Anchor::Lits(&[242, 697, 698, 699, 701, 780, 1778, 2415, 2420, 2547, 2854, 2861, 3439, 3441]), Anchor::Lits(&[609, 663, 669, 1420, 1717, 2425, 2514, 2580, 2584, 2637, 2680])])])),
            (146, "conceal-the-steps", Anchor::Any(&[Anchor::Lits(&[64, 161, 595, 612, 653, 662, 663, 760, 894, 1333, 1334, 1502, 1611, 1904, 2601, 2608, 2699, 2859, 2963, 3102, 3679, 3925, 4815, 4825, 4829, 4831, 4845, 4850, 4919, 4929, 4933, 4935, 4949, 4954, 6017, 6026, 6030, 6032, 6045, 6053, 6104, 6975, 7966]), Anchor::All(&[Anchor::Lits(&[2369]), Anchor::Lits(&[5773])])])),
            (148, "assert-a-falsehood", Anchor::Lits(&[4711, 7585, 7885, 7887, 7897])),
            (149, "user-kept-out-of-the-loop", Anchor::Lits(&[118, 119, 122, 123, 125, 131, 215, 216, 217, 218, 219, 225, 245, 274, 275, 277, 278, 279, 280, 281, 282, 283, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 300, 310, 313, 316, 317, 318, 319, 320, 1168, 1208, 1210, 1212, 1213, 1215, 1224, 1412, 1414, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 2340, 2341, 2342, 2343, 2344, 2345, 2438, 2439, 2440, 2441, 2442, 2443, 2457, 2458, 2459, 2460, 2461, 2462, 2704, 2705, 2706, 2707, 2708, 2709, 2945, 3498, 3546, 3549, 3551, 3552, 3553, 3554, 3559, 3560, 3561, 3562, 3563, 3564, 6104])),
            (150, "kept-from-the-record", Anchor::Any(&[Anchor::Lits(&[5738, 5742, 5743, 5748, 5749, 5750, 5751, 5774, 5775, 5776, 5777, 5778, 5779, 5780, 6147, 6258, 6259, 6260, 6261, 6262, 6263, 6264, 6265, 6266, 6267, 6268, 6269, 6270, 6271, 6272, 6273, 6274, 6275, 7059, 7060, 7061, 7062]), Anchor::All(&[Anchor::Lits(&[256, 424, 1330, 1496, 1785, 2242, 2955]), Anchor::Lits(&[1008, 1045, 1090, 1485, 2080, 2096, 2099, 2140, 2141, 2941, 2942, 3687, 3757])]), Anchor::All(&[Anchor::Lits(&[63, 519, 611, 661, 2600, 3082, 3101]), Anchor::Lits(&[4235, 4243, 4824, 4928, 7915, 8030])])])),
            (152, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6473, 6474, 6476, 6569]), Anchor::All(&[Anchor::Lits(&[4982, 5277, 5291, 5373, 5388, 5437, 5762, 6283, 6346, 6367, 6472, 6475, 6477, 6569, 6595, 6596, 8041]), Anchor::Lits(&[4331, 4332, 4599, 4608, 4702, 4985, 5138, 5142, 5231, 5768, 5823, 5871, 5903, 6513, 6607, 6610, 6707, 6909, 6957, 6970, 6974, 7138, 7180, 7619, 7678, 7704, 8038])])]), Anchor::Lits(&[415, 416, 749, 752, 828, 1135, 1155, 1248, 1257, 1353, 1794, 1871, 2044, 2073, 2464, 2466, 2467, 2504, 2545, 2587, 2591, 2695, 2825, 2876, 2878, 2932, 2937, 3127, 3159, 3471, 3522, 3534, 3797])])),
            (155, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[4593, 4594, 4595, 4596, 4597, 4598, 4773, 4774, 4775, 4776, 4777, 4778, 4779, 4780, 4781, 4782, 4783, 4784, 4785, 4786, 4787, 4788, 4789, 4790, 5341, 5342, 5343, 5344, 5345, 5346, 5382, 5383, 5384, 5385, 5386, 5387, 6431, 6432, 6433, 6434, 6435, 6436, 6615, 6616, 6617, 6618, 6619, 6620, 6621, 6622, 6623, 6624, 6625, 6626, 6668, 6669, 6670, 6671, 6672, 6673, 7141, 7142, 7143, 7144, 7145, 7146, 7748, 7749, 7750, 7751, 7752, 7753, 7754, 7755, 7756, 7759, 7760, 7761]), Anchor::Lits(&[4413, 5160, 5820, 6481, 6729])])),
            (156, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[13, 163, 172, 210, 2088, 3046]), Anchor::All(&[Anchor::Lits(&[4608, 5138, 5142, 5231, 5768, 5871, 6482, 6513, 6607, 6707, 6957, 6970, 6974, 7138, 7180, 7619, 7704]), Anchor::Lits(&[7594, 7595, 7596, 7597, 7598, 7599, 7927, 7928, 7929, 7945, 7949, 7950]), Anchor::Lits(&[54, 70, 240, 491, 1154, 1170, 1387, 1391, 1529, 1598, 1787, 2356, 2893, 2966, 3205, 3539, 3633])])])),
            (157, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[4020, 4021, 4193, 4195, 4340, 4652, 6202, 6418, 6420, 6425, 6429, 6438, 6571, 6572, 6674, 6922, 6927, 6963]), Anchor::Lits(&[598, 895, 1135, 1147, 1155, 1425, 2373, 2424, 2504, 2538, 2634, 2752, 2754, 2876, 2932, 2943, 3198, 3507])])),
            (158, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4364, 4792, 4884, 5783, 5784, 6004, 6104, 6128, 7966]), Anchor::Lits(&[107, 109, 330, 336, 474, 475, 599, 600, 1404, 1417, 1603, 1608, 1696, 1697, 1804, 1858, 1859, 1936, 1953, 1964, 1966, 1967, 1968, 2245, 2246, 3198, 3204, 3611, 3612]), Anchor::Lits(&[4076, 4209, 4228, 4411, 4446, 4473, 4502, 4669, 4965, 5293, 5528, 5608, 5781, 5835, 5945, 6344, 6568, 6920, 6980, 6982, 7075, 7429])]), Anchor::All(&[Anchor::Lits(&[4325, 4326, 4406, 4408, 4872, 4873, 5278, 5289, 7002, 7004]), Anchor::Lits(&[4209, 4411, 4446, 4447, 4448, 6784, 6980, 6982, 7591])])]), Anchor::Lits(&[400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 457, 496, 497, 498, 500, 502, 503, 507, 508, 509, 510, 511, 512, 912, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 1059, 1432, 1433, 1434, 1435, 1436, 1437, 1439, 1440, 1441, 1442, 1443, 1444, 1805, 1806, 2109, 2198, 2217, 2969, 2970, 2979, 2980, 2989, 2995, 3000, 3001, 3002, 3003, 3004, 3005, 3733])])),
            (159, "send-to-a-raw-address", Anchor::Lits(&[702, 892, 903, 907, 909, 910, 2756, 3007, 3041, 3196, 3633, 4339, 4400, 4655, 5136, 5593, 6079, 6482, 6513, 6607, 6730, 6957, 7138, 7625, 7704, 7849])),
            (160, "send-outside-the-company", Anchor::Lits(&[1260, 1449, 3313, 6353, 6473, 6533, 6600])),
            (161, "disclose-secret-values", Anchor::Lits(&[639, 641, 723, 727, 821, 1183, 1187, 1600, 2475, 2476, 2539, 3516, 3525, 3526, 3582, 3583, 4196, 4451, 4457, 4459, 4460, 4487, 4729, 4730, 5786, 5787, 6201, 6417, 6923, 6924])),
            (162, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::Lits(&[55, 96, 120, 210, 367, 642, 718, 731, 787, 1259, 1350, 1360, 1585, 1664, 1665, 2357, 2377, 2380, 2399, 2406, 2535, 2553, 2635, 2715, 2871, 3142, 3160, 3311, 3312, 3556, 3588, 4061, 4633, 4634, 4635, 4636, 4642, 4646, 4699, 4968, 4969, 4970, 4971, 4973, 4975, 4977, 4978, 5144, 5221, 5272, 5273, 5529, 6178, 6366, 6603, 6609, 6654, 6750, 6779, 6797, 7155, 7644, 7757]), Anchor::All(&[Anchor::Lits(&[4405, 4695, 4713, 4749, 4752, 4966, 5134, 5790, 5821, 6695, 6699, 6702, 7175, 7177, 7208, 7647, 7652, 7697]), Anchor::Lits(&[12, 139, 360, 363, 381, 382, 676, 1698, 1699, 1797, 1886, 2042, 2076, 2105, 2106, 2107, 2417, 2418, 2781, 2782, 2897, 2898, 3506])]), Anchor::All(&[Anchor::Lits(&[4609, 5232, 5824, 6514, 6608, 6958, 6971, 7705]), Anchor::Lits(&[341, 342, 343, 344, 345, 346, 1669, 1670, 1671, 1672, 1673, 1674, 3392, 3397, 3398, 3399, 3417, 3418])]), Anchor::All(&[Anchor::Lits(&[241, 779, 1777, 2414, 3438]), Anchor::Lits(&[6427, 6514, 6602, 6958, 6971])]), Anchor::All(&[Anchor::Lits(&[4967]), Anchor::Lits(&[804, 806, 2846, 3177, 3620])]), Anchor::All(&[Anchor::Lits(&[5020, 6198, 6235, 7918]), Anchor::Lits(&[4667, 4673, 5370, 5819, 6665, 6834, 6916, 7198])]), Anchor::All(&[Anchor::Lits(&[4696, 4967, 6604, 6700, 7645, 7918]), Anchor::Lits(&[114, 1138, 1180, 1204, 3682])]), Anchor::All(&[Anchor::Lits(&[4405, 4695, 4713, 4749, 4752, 4966, 5134, 5790, 5821, 6695, 6699, 6702, 7175, 7177, 7208, 7647, 7652, 7697]), Anchor::Lits(&[12, 139, 360, 363, 381, 382, 676, 1698, 1699, 1797, 1886, 2042, 2076, 2105, 2106, 2107, 2417, 2418, 2781, 2782, 2897, 2898, 3506])]), Anchor::All(&[Anchor::Lits(&[4609, 5232, 5824, 6514, 6608, 6958, 6971, 7705]), Anchor::Lits(&[341, 342, 343, 344, 345, 346, 1669, 1670, 1671, 1672, 1673, 1674, 3392, 3397, 3398, 3399, 3417, 3418])]), Anchor::All(&[Anchor::Lits(&[241, 779, 1777, 2414, 3438]), Anchor::Lits(&[6427, 6514, 6602, 6958, 6971])]), Anchor::All(&[Anchor::Lits(&[4967]), Anchor::Lits(&[804, 806, 2846, 3177, 3620])]), Anchor::All(&[Anchor::Lits(&[5020, 6198, 6235, 7918]), Anchor::Lits(&[4667, 4673, 5370, 5819, 6665, 6834, 6916, 7198])]), Anchor::All(&[Anchor::Lits(&[4696, 4967, 6604, 6700, 7645, 7918]), Anchor::Lits(&[114, 1138, 1180, 1204, 3682])])])),
            (163, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[4796, 4798, 4799, 4800, 4801, 4802, 4803, 4804, 4805, 4806, 4807, 4811, 4812, 4813, 4817, 4844, 4851, 4852, 4856, 4857, 4888, 4890, 4891, 4892, 4893, 4894, 4895, 4896, 4897, 4898, 4899, 4900, 4901, 4902, 4903, 4904, 4905, 4906, 4907, 4908, 4909, 4915, 4916, 4917, 4921, 4948, 4955, 4956, 4960, 4961, 6007, 6012, 6013, 6014, 6019, 6044, 6054, 6055, 6060, 6061, 6083, 6105, 6107, 6108, 6109, 6110, 6114, 6115, 6116, 6117, 6118, 6127, 6129, 6130, 6131, 6132, 6133, 6134, 6135, 6136, 6137, 6138, 7966, 8083, 8084, 8085, 8086, 8087, 8088, 8089, 8090, 8091, 8092, 8095, 8096, 8097, 8098, 8099, 8100, 8101, 8102, 8103, 8104]), Anchor::All(&[Anchor::Lits(&[4209, 4461, 4548, 4549, 4983]), Anchor::Lits(&[4405, 7001])]), Anchor::All(&[Anchor::Lits(&[4209, 4461, 4548, 4549, 4983]), Anchor::Lits(&[4405, 7001])])])),
            (164, "history-wiped-after-the-act", Anchor::Lits(&[857, 4337, 4486, 4493, 4568, 5245, 5246, 5250, 5254, 5371, 5372, 6597, 6614, 6656, 6964, 6967, 6973, 7012, 7283, 7698, 8274])),
            (165, "report-an-outcome-regardless", Anchor::Lits(&[1702, 2197, 2661, 5439, 5445, 5446, 5447, 5448, 5454, 5455, 5456, 5457, 5458, 5461, 5598, 5599, 5600, 5604, 7823, 7825, 7826, 7836])),
            (166, "agent-permissions-opened", Anchor::Lits(&[135, 137, 143, 145, 146, 153, 258, 390, 501, 513, 798, 799, 2451, 3813])),
            (167, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[495, 506, 665, 666, 822, 874, 885, 1121, 1416, 2081, 2686, 2690, 2765, 2962, 2968, 2999, 3155, 3496, 3520]), Anchor::Lits(&[481, 645, 648, 800, 856, 1419, 1423, 1424, 2588, 2710, 2711, 2824, 2855, 2856, 2857, 2858, 2862, 2863, 2867, 2868, 2869, 2870, 3185, 3488])])),
            (168, "risky-action-on-a-later-trigger", Anchor::Lits(&[83, 84, 85, 86, 1217, 1369, 1445, 1703, 1704, 1705, 1710, 1711, 4278, 4354, 5266, 5439, 5440, 5441, 5442, 5443, 5444, 5449, 5450, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5458, 5763, 5764, 5765, 5766, 6078, 6281, 6282, 7432, 7886, 7888, 7889, 7890, 7891, 7892, 7894, 7898, 7899])),
            (173, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[96, 226, 642, 672, 731, 791, 1225, 1259, 1360, 1468, 2331, 2336, 2377, 2406, 2579, 2933, 3009, 3537, 3588]), Anchor::All(&[Anchor::Lits(&[609, 613, 617, 663, 669, 691, 892, 903, 1193, 1236, 1351, 1420, 1447, 1450, 1535, 1580, 1717, 1740, 1831, 1879, 1892, 2247, 2512, 2581, 2582, 2584, 2603, 2637, 2651, 2680, 2890, 2893, 2956, 3007, 3054, 3056, 3083, 3128, 3194, 3196, 3354, 3504, 3541, 3547, 3658, 3683]), Anchor::Lits(&[4060, 4197, 4308, 4500, 4608, 4772, 4966, 4985, 5007, 5013, 5231, 5359, 5523, 5566, 5772, 5817, 5863, 6426, 6428, 6482, 6513, 6558, 6601, 6607, 6610, 6703, 6909, 6957, 6970, 6972, 7007, 7113, 7121, 7136, 7586, 7704, 8038]), Anchor::Any(&[Anchor::Lits(&[4194, 4430, 4651, 4671, 5004, 5374, 6349, 6421, 6424, 6478, 6889, 6926, 6949, 7077, 7094]), Anchor::All(&[Anchor::Lits(&[4102, 4501, 5017, 5039, 5255, 6645, 7683, 7685, 7904]), Anchor::Lits(&[71, 656, 725, 785, 801, 1134, 1157, 1256, 1261, 1296, 1834, 2372, 2648, 2741, 2778, 3177])]), Anchor::All(&[Anchor::Lits(&[654, 785, 801, 854, 1134, 1256, 1261, 1296, 1601, 1834, 2648, 2744, 2783, 3177]), Anchor::Lits(&[4430, 4432, 4651, 4653, 4658, 5004, 5005, 5008, 5347, 5389, 5847, 6419, 6437, 6446, 6478, 6480, 6889, 6891, 6926, 7093, 7606, 7758])])])]), Anchor::All(&[Anchor::Lits(&[3985, 3987, 3988, 3989, 3991, 3993, 3994, 3995, 3996, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4637, 4638, 4639, 4640, 4641, 4643, 4644, 4645, 4647, 5163, 5164, 5165, 5166, 5167, 5168, 5169, 5170, 5171, 6066, 6067, 6068, 6069, 6070, 6072, 6073, 6074, 6075, 6303, 6304, 6305, 6306, 6307, 6308, 6309, 6310, 6311, 6515, 6516, 6517, 6518, 6519, 6520, 6521, 6522, 6523, 6635, 6636, 6637, 6638, 6639, 6640, 6641, 6642, 6643, 7100, 7101, 7102, 7103, 7104, 7106, 7107, 7108, 7109, 7415, 7416, 7417, 7418, 7427, 7438, 7440, 7441, 7452]), Anchor::Lits(&[4632, 5162, 6302, 6514, 6634, 7098]), Anchor::Lits(&[354, 720, 1521, 1600, 1838, 3213, 3218, 3221, 3723])])]), Anchor::Lits(&[69, 246, 353, 668, 752, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 901, 1121, 1135, 1159, 1166, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1353, 1518, 1599, 1619, 1796, 1845, 2034, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2333, 2334, 2424, 2426, 2427, 2472, 2504, 2506, 2507, 2538, 2583, 2587, 2591, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2691, 2825, 2876, 2877, 2932, 2935, 3010, 3060, 3061, 3063, 3064, 3065, 3066, 3067, 3068, 3070, 3071, 3072, 3073, 3074, 3081, 3103, 3126, 3356, 3534, 3535, 3797]), Anchor::Lits(&[72, 97, 98, 227, 610, 614, 618, 643, 644, 655, 657, 664, 667, 670, 671, 673, 692, 726, 732, 733, 786, 792, 802, 805, 855, 893, 904, 905, 1135, 1158, 1194, 1195, 1226, 1237, 1257, 1260, 1262, 1297, 1352, 1361, 1362, 1421, 1422, 1448, 1451, 1469, 1470, 1536, 1581, 1602, 1604, 1718, 1741, 1832, 1835, 1880, 1893, 2248, 2332, 2337, 2373, 2378, 2379, 2407, 2408, 2513, 2580, 2585, 2604, 2638, 2649, 2652, 2681, 2742, 2745, 2779, 2784, 2891, 2894, 2957, 3008, 3055, 3057, 3084, 3129, 3130, 3178, 3179, 3195, 3197, 3355, 3505, 3538, 3542, 3543, 3548, 3589, 3590, 3659, 3684, 4195, 4431, 4652, 4672, 6350, 6422, 6425, 6479, 6890, 6927, 6950, 7078, 7095])])),
            (174, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[239, 244, 393, 451, 455, 543, 546, 547, 551, 552, 553, 554, 556, 564, 565, 569, 572, 573, 577, 578, 579, 580, 582, 590, 591, 659, 918, 928, 929, 935, 936, 937, 938, 944, 962, 964, 989, 994, 995, 1003, 1004, 1005, 1006, 1009, 1018, 1019, 1026, 1031, 1032, 1040, 1041, 1042, 1043, 1046, 1055, 1056, 1065, 1075, 1076, 1082, 1083, 1084, 1085, 1092, 1110, 1112, 1410, 1483, 1532, 1593, 1594, 1616, 1800, 1875, 2114, 2122, 2123, 2130, 2131, 2132, 2134, 2142, 2161, 2163, 2230, 2355, 2370, 2605, 2660, 2671, 2777, 2845, 2944, 3058, 3149, 3497, 3511, 3519, 3691, 3696, 3697, 3702, 3703, 3704, 3705, 3707, 3716, 3717, 3761, 3766, 3767, 3772, 3773, 3774, 3775, 3777, 3786, 3787, 4808, 4809, 4814, 4816, 4820, 4828, 4830, 4833, 4839, 4841, 4846, 4848, 4853, 4854, 4855, 4912, 4913, 4918, 4920, 4924, 4932, 4934, 4937, 4943, 4945, 4950, 4952, 4957, 4958, 4959, 6010, 6011, 6016, 6018, 6020, 6029, 6031, 6033, 6041, 6043, 6047, 6050, 6057, 6058, 6059, 6101, 6104, 6119, 6120, 6121, 6122, 6123, 6124, 6125, 6146, 6148, 6149, 6150, 6151, 6152, 6153, 6154, 6171, 6172, 6173, 6174, 6175, 6176, 6177, 7974, 7979, 7980, 7986, 7987, 7991, 7999, 8000, 8001, 8007, 8009, 8012, 8017, 8020, 8021, 8022, 8082, 8094, 8126]), Anchor::All(&[Anchor::Lits(&[211, 646, 1329, 2037, 2374, 2696, 2701, 2722, 3049, 3135, 3470, 3645]), Anchor::Lits(&[1363, 2369])]), Anchor::All(&[Anchor::Lits(&[107, 111, 1155, 1158, 2034, 2038, 2243, 2244, 3623, 3624]), Anchor::Lits(&[4064, 4701, 4966, 5142, 5297, 5818, 5839, 6065, 6076, 6423, 6508, 6573, 6800, 6970, 7764])])])),
            (175, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[4078, 4571, 4586, 5144, 5239, 5277, 5388, 6353, 6354, 6375, 6473, 6569, 6594, 6654, 7471, 7472, 7799, 8041]), Anchor::Lits(&[243, 418, 419, 596, 597, 779, 783, 789, 790, 793, 794, 795, 796, 1160, 1161, 1495, 1533, 1896, 2411, 2412, 2416, 2419, 2429, 2430, 2433, 2471, 2814, 2815, 2860, 3040, 3051, 3550, 3555, 3565])])),
            (177, "agent-secrets-spilled", Anchor::Lits(&[241, 700, 778, 1184, 1189, 2414, 2546, 2853, 3438])),
            (178, "ownership-of-everything-moved", Anchor::Lits(&[2400, 2401])),
            (179, "someone-elses-login-taken", Anchor::Lits(&[59, 379, 429, 693, 1411, 1847, 1848, 1853, 1856, 2954, 2960, 3733, 5486, 5487, 5844, 6511, 6512])),
            (180, "ownership-to-a-reader", Anchor::Lits(&[2401])),
            (181, "data-moved-for-a-private-person", Anchor::All(&[Anchor::Lits(&[751, 752, 1119, 1120, 1135, 1136, 1155, 1158, 1257, 1258, 2073, 2591, 2695, 2876, 2878, 2932, 2934, 3159, 3522, 3523, 3534, 3536]), Anchor::Lits(&[4397, 4398, 4399, 4622, 4659, 5112, 5113, 5114, 5115, 5159, 5226, 5227, 5228, 5229, 5230, 5243, 5244, 5409, 5845, 5894, 5902, 5906, 5997, 5998, 6249, 6250, 6370, 6376, 7000, 7912])])),
            (182, "admin-role-for-everyone", Anchor::Lits(&[56, 2358, 2872, 3557])),
            (183, "secrets-shipped-by-automation", Anchor::All(&[Anchor::Lits(&[62, 107, 784, 1527, 1528, 1742, 2852, 3189, 3485, 3791]), Anchor::Lits(&[751, 1155, 1158, 1248, 1249, 1353, 1354, 1871, 1872, 2504, 2507, 2589, 2876, 2878, 2937, 2938, 3534, 3536])])),
            (184, "override-instructions-es-pt-it", Anchor::Lits(&[4488, 4489, 4745, 4747, 4748, 5524, 5525, 5526, 5571, 5573, 5607, 6181, 6320, 6322, 6333, 6687, 6689, 6691])),
            (185, "override-instructions-fr", Anchor::Lits(&[3451, 5465, 5992, 5993, 6343])),
            (186, "override-instructions-de-nl", Anchor::Lits(&[4183, 4352, 5575, 5591, 6301, 6684, 6685, 6792, 6793, 6917, 7810])),
            (187, "override-instructions-pl-tr", Anchor::Lits(&[5476, 5758, 5760, 6081, 6510, 7217, 8042, 8265])),
            (188, "override-instructions-ru", Anchor::Lits(&[5475, 5991, 6342, 8263, 8282, 8283, 8287, 8288, 8292])),
            (189, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[58, 2075, 2597, 2598, 2806, 2807, 3566]), Anchor::Lits(&[160, 1764, 1868, 1869, 1870, 2043, 2936])])),
            (191, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[5587, 5588, 5589, 5590, 5735, 5986, 5987, 6239, 6240, 6499, 6524, 6525, 6688, 6693, 6855, 7005, 7006, 7197, 7706, 7707, 7708, 7798, 8280, 8287, 8293])),
            (192, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[37, 68, 417, 469, 1520, 1550, 1551, 1700, 1735, 1763, 1780, 1842, 1865, 2469, 2599, 3610]), Anchor::Lits(&[113, 262, 356, 627, 628, 871, 1549, 1660, 1661, 1662, 1803, 2403, 2434, 2444, 2445, 2468, 2613, 3180, 3576])])),
            (194, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[603, 1323, 1779, 1819, 1825, 2102, 2629, 2630, 2665, 2728, 2798, 2884, 2892, 3136, 3616, 3939, 3945, 5177, 5757, 5761, 6908, 6997, 7664, 7672, 7701]), Anchor::All(&[Anchor::Lits(&[604, 734, 1316, 1390, 1821, 1824, 2666, 2733]), Anchor::Lits(&[1811, 2823])]), Anchor::All(&[Anchor::Lits(&[456, 1148, 1311, 1460, 2662, 2759, 2950, 3924]), Anchor::Lits(&[6242])]), Anchor::All(&[Anchor::Lits(&[603, 1323, 1820, 1825, 2670, 2729]), Anchor::Lits(&[2875])]), Anchor::All(&[Anchor::Lits(&[4333, 4351, 5710, 8264]), Anchor::Lits(&[461])]), Anchor::All(&[Anchor::Lits(&[5176, 5756, 5760, 6996]), Anchor::Lits(&[2272, 2273, 2967, 3812])]), Anchor::All(&[Anchor::Lits(&[446, 602, 1311, 1456, 2667, 2739]), Anchor::Lits(&[3572])]), Anchor::All(&[Anchor::Lits(&[445, 447, 448, 602, 1316, 1455, 1459, 2667, 2738, 2739, 2883]), Anchor::Lits(&[3508, 3573])]), Anchor::All(&[Anchor::Lits(&[605, 606, 607, 1313, 1316, 1326, 1327, 1824, 2259, 2269, 2275, 2515, 2516, 2517, 2672, 2732]), Anchor::Lits(&[461, 1295])]), Anchor::All(&[Anchor::Lits(&[3188]), Anchor::Lits(&[355, 422, 1311, 2436, 2874, 2882])])])),
            (196, "reveal-system-prompt-i18n", Anchor::Lits(&[207, 709, 710, 711, 712, 713, 1399, 1400, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1650, 1652, 1653, 1654, 1655, 1659, 1666, 1695, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1902, 1903, 2035, 2036, 2039, 2040, 2319, 2485, 2563, 2564, 2565, 2566, 2567, 2570, 2571, 3161, 3162, 3163, 3171, 3174, 3175, 3176, 3181, 3509, 3544, 3592, 3597, 3952, 3974, 3975, 5276, 6998, 6999])),
            (198, "disable-safety-i18n", Anchor::Lits(&[357, 459, 460, 679, 741, 742, 743, 831, 1317, 1318, 1320, 1322, 1324, 1325, 1328, 1389, 1466, 1476, 1477, 1746, 2574, 2575, 2849, 2948, 2949, 2950, 3486, 3587, 3593, 3594, 3921, 3944, 3950, 3951, 3971, 3982])),
            (200, "stop-following-instructions-i18n", Anchor::Lits(&[214, 427, 708, 868, 1648, 1663, 2662, 2668, 2759, 3605, 4744, 4746, 5570, 5572, 6163, 6164, 6165, 6166, 6180, 6319, 6321, 6686, 6690])),
            (202, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[4731, 5027, 5028, 5462, 5466, 5472, 7801, 7802]), Anchor::All(&[Anchor::Lits(&[4710, 5463, 5466, 6251, 6252, 6253]), Anchor::Lits(&[7600, 7601])])])),
            (203, "instructions-void-de", Anchor::Lits(&[370, 1519, 2175, 2176, 3518])),
            (204, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[453, 642, 1355, 1606, 1607, 1792, 1866, 1867, 1899, 2465, 2572, 2573, 3568, 3569, 3574, 3575, 3599, 6155, 6156, 6157, 6158, 6159, 6161, 6162, 6897, 6902, 6904, 6906]), Anchor::All(&[Anchor::Lits(&[399, 872, 899, 1605, 1969, 2404, 2531, 2958]), Anchor::Lits(&[5982, 5988, 5989, 5990, 5999, 6901, 6903])]), Anchor::All(&[Anchor::Lits(&[2172]), Anchor::Lits(&[5022, 5023, 5848, 6887, 6888, 7803])])])),
            (206, "authority-waives-controls-i18n", Anchor::Lits(&[394, 395, 396, 397, 398, 1192, 1398, 1401, 1403, 2446, 2454, 2455, 3053])),
            (207, "persona-without-rules-i18n", Anchor::Lits(&[22, 35, 36, 73, 101, 103, 853, 1133, 1736, 2349, 3494, 3584, 3601, 3602])),
            (208, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[4208, 4225, 4229, 4230, 4311, 4589, 4590, 5240, 5268, 5288, 6593, 6979]), Anchor::Lits(&[809, 810, 842, 844, 845, 846, 847, 848, 849, 850, 873, 887, 888, 2842, 2843, 3938])])),
            (209, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[241, 629, 636, 649, 651, 735, 776, 781, 1488, 1490, 1553, 1737, 1771, 1777, 1862, 2069, 2071, 2414, 2421, 2816, 2818, 2847, 2879, 2951, 3438, 3607, 3940, 3954, 3964, 3966]), Anchor::Lits(&[208, 719, 721, 797, 813, 862, 886, 900, 1196, 1335, 1789, 1790, 1798, 1799, 1801, 1802, 1809, 1833, 1864, 2074, 2078, 2271, 2274, 2346, 2614, 2615, 2644, 2805, 3047, 3153, 3154, 3598, 3604, 3606, 3948, 3972, 3983])]), Anchor::All(&[Anchor::Lits(&[242, 630, 637, 650, 652, 736, 737, 777, 782, 1489, 1491, 1554, 1738, 1739, 1772, 1773, 1778, 1863, 2070, 2072, 2415, 2420, 2422, 2423, 2817, 2819, 2848, 2880, 2881, 2952, 2953, 3439, 3441, 3608, 3609, 3941, 3955, 3965, 3967]), Anchor::Lits(&[4009, 4010, 4152, 4324, 4327, 4328, 4329, 4330, 4404, 4410, 5158, 5295, 5296, 5300, 5606, 5834, 5900, 5983, 6169, 6170, 6254, 6256, 8275, 8276])])])),
            (210, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[1784, 2509, 2510, 3578, 3579, 3580, 3581, 3755, 3953, 3956, 3957, 3958, 3969, 3970])),
            (211, "skip-approval-cjk", Anchor::Lits(&[8294, 8295, 8296, 8297, 8298, 8299, 8300, 8301, 8302, 8303, 8304, 8305, 8306, 8307, 8308, 8309])),
            (213, "admin-role-handed-out-i18n", Anchor::Lits(&[55, 2357, 2871, 3556, 4023, 6332, 6946, 7779])),
            (215, "control-weakened-i18n", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4726, 5733, 5734]), Anchor::All(&[Anchor::Lits(&[4101, 4412, 4676, 4706, 4707, 4708, 4709, 4755, 5001, 5002, 5015, 5016, 5332, 5348, 5733, 5734, 5822, 5846, 6167, 6430, 6632, 6633, 6698, 6701, 6780, 6794, 6795, 6796, 6913, 6914, 7172, 7173, 7174, 7221, 7593, 7604, 7797, 7807, 8040, 8266, 8269, 8281, 8286, 8289, 8290, 8291]), Anchor::Lits(&[12, 43, 44, 45, 53, 57, 91, 366, 368, 369, 371, 372, 373, 374, 375, 376, 377, 378, 383, 384, 830, 831, 971, 1118, 1175, 1578, 1743, 1744, 1746, 1747, 1767, 1846, 1881, 1882, 1883, 1884, 1885, 1886, 1888, 1889, 1897, 1898, 2042, 2103, 2104, 2108, 2435, 2437, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2575, 2578, 2663, 2664, 2761, 2780, 3501, 3502, 3577, 3638, 3923, 3942, 3943, 3944, 3949, 3950, 3959, 3960, 3968, 3973])])]), Anchor::Lits(&[12, 91, 112, 514, 809, 810, 830, 831, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 887, 888, 889, 1150, 1151, 1152, 1153, 1172, 1173, 1174, 1178, 1179, 1482, 1497, 1498, 1578, 1761, 1762, 1765, 1766, 1860, 1861, 1883, 1890, 2042, 2228, 2428, 2609, 2610, 2611, 2612, 2684, 2685, 2689, 2746, 2747, 2748, 2750, 2751, 2762, 2763, 2764, 2842, 2843, 2844, 3144, 3145, 3146, 3147, 3148, 3187, 3370, 3436, 3437, 3570, 3571, 3600, 3810, 3811, 3922, 3938, 3946, 3947, 3961, 3962, 3963, 3976, 3977, 3978, 3979, 3980, 3981])])),
            (217, "destructive-without-confirmation-i18n", Anchor::Lits(&[4365, 4366, 5984, 6243, 6244, 6245, 6246, 6247, 6248, 6278, 6279, 6280, 6898, 6899, 6900, 6905, 6907, 6952, 6953, 6954, 6955, 6956, 6960, 6961, 6962, 6991, 6992, 6993, 6994, 6995, 7088, 7222, 7224, 7227, 7229, 7816, 8270, 8271, 8272, 8273, 8277, 8278, 8279, 8284, 8285])),
            (222, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[1478, 1479, 1480, 4367, 4727, 5709, 5753, 5754, 5755, 5759, 5908, 5985, 7223, 7225, 7226, 7228, 7668, 7669, 7670, 7671, 7795, 7796, 7811, 7812, 7813])),
            (224, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[758, 1406, 1407, 1408, 1409, 1413, 1415, 2224, 3467, 4354, 4372, 4373, 4374, 4824, 4858, 4878, 4882, 4928, 4962, 5189, 5191, 6126, 6238, 7008, 7009, 7010, 7011, 7026, 7042, 7086, 7087, 7660, 7916, 7996, 8031]), Anchor::All(&[Anchor::Lits(&[5361, 5365, 5366, 5368]), Anchor::Lits(&[1363])])])),
            (225, "trust-raised-for-later", Anchor::Lits(&[136, 148, 152, 155, 156, 157, 158, 259, 261, 389, 392, 1252, 1253, 4087, 4479, 4656, 4657, 5583, 5852, 6589, 6843, 7193, 7627, 7630, 7631, 7632])),
            (226, "admin-role-by-a-side-door", Anchor::Lits(&[2276, 2357, 2846, 3160, 4022, 4105, 4320, 4691, 4989, 5042, 5047, 5299, 5842, 6001, 6528, 6833, 6935, 6945, 7778])),
            (229, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[1729, 1730, 1731, 3628, 3629, 3631, 3836, 3838, 3843, 4156, 4160, 4161, 4162, 4163, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4180, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 6711, 6712, 6713, 6714, 6715, 6716, 6717, 6718, 6719, 6720, 6721, 6722, 6723, 6724, 6725, 6726, 6727, 7236, 7238, 7242, 7247, 7248, 7249, 7251, 7253, 7258, 7260, 7269, 7270, 7271, 7277, 7279, 7280, 7282]), Anchor::All(&[Anchor::Lits(&[329, 623, 1176, 1618, 1857, 2606, 3617, 3619, 3756]), Anchor::Any(&[Anchor::Lits(&[4704, 4793, 4814, 4828, 4833, 4846, 4847, 4848, 4849, 4855, 4885, 4918, 4932, 4937, 4950, 4951, 4952, 4953, 4959, 5714, 5716, 5720, 5721, 5723, 5724, 5727, 5728, 5729, 5732, 5789, 5853, 5854, 5855, 5856, 5857, 5858, 5859, 5860, 5861, 5862, 6005, 6016, 6029, 6033, 6047, 6049, 6050, 6052, 6059, 6285, 6287, 6289, 6290, 6292, 6293, 6295, 6296, 6297, 6300, 6534]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5713, 6191, 6284, 7842, 7843, 7847, 7848, 8079, 8080, 8122, 8127]), Anchor::All(&[Anchor::Lits(&[5052, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 5060, 5061, 5062, 5063, 5064, 5065, 5066, 5067, 5068, 5069, 5070, 5071, 5072, 5073, 5074, 5075, 5076, 5077, 5078, 5079, 5080, 5081, 5082, 5083, 5084, 5085, 5086, 5087, 5088, 5089, 5090, 5091, 5092, 5093, 5094, 5095, 5096, 5097, 5098, 5099, 5100, 5101, 5102, 5103, 5104, 5105, 5106, 5107, 5108, 5609, 5610, 5611, 5612, 5613, 5614, 5615, 5616, 5617, 5618, 5619, 5620, 5621, 5622, 5623, 5624, 5625, 5626, 5627, 5629, 5630, 5631, 5632, 5633, 5634, 5635, 5636, 5637, 5638, 5639, 5640, 5641, 5642, 5643, 5644, 5645, 5646, 5647, 5648, 5649, 5650, 5651, 5652, 5653, 5654, 5655, 5656, 5657, 5658, 5659, 5660, 5661, 5662, 5663, 5664, 5665, 5666, 7290, 7291, 7292, 7293, 7294, 7295, 7296, 7297, 7298, 7299, 7300, 7301, 7302, 7303, 7304, 7305, 7306, 7307, 7308, 7309, 7310, 7311, 7312, 7313, 7314, 7315, 7316, 7317, 7318, 7319, 7320, 7321, 7322, 7323, 7324, 7325, 7326, 7327, 7328, 7329, 7330, 7331, 7332, 7333, 7334, 7335, 7336, 7337, 7338, 7339, 7340, 7341, 7342, 7343, 7344, 7345, 7346, 7526, 7527, 7528, 7529, 7530, 7531, 7532, 7533, 7534, 7535, 7536, 7537, 7538, 7539, 7540, 7541, 7542, 7543, 7544, 7547, 7548, 7549, 7550, 7551, 7552, 7553, 7554, 7555, 7556, 7557, 7558, 7559, 7560, 7561, 7562, 7563, 7564, 7565, 7566, 7567, 7568, 7569, 7570, 7571, 7572, 7573, 7574, 7575, 7576, 7577, 7578, 7579, 7580, 7581, 7582, 7583, 7584]), Anchor::Lits(&[4323, 5178, 5334, 5825, 6179, 6191, 6484, 6651, 6692, 6832, 6915, 7097])])]), Anchor::Lits(&[4154, 4474, 6708, 6755, 6910, 7235])])]), Anchor::Lits(&[211, 632, 832, 913, 925, 940, 942, 953, 955, 963, 966, 1060, 1072, 1087, 1089, 1101, 1103, 1111, 1114, 1748, 1749, 1752, 1753, 1755, 1756, 1757, 1758, 1759, 1812, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2110, 2119, 2136, 2138, 2153, 2154, 2162, 2165, 2301, 2302, 2305, 2306, 2308, 2309, 2310, 2311, 2312, 2527, 2696, 2719, 2827, 3198])])])),
            (230, "made-to-look-routine", Anchor::Lits(&[4414, 4415, 4416, 4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 5328, 5329, 5330, 6024, 6192, 6193, 6377, 6378, 6379, 6380, 6381, 6382, 6383, 6384, 6385, 6386, 6387, 6388, 6389, 6390, 6391, 6392, 6393, 6394, 6395, 6396, 6397, 6398, 6399, 6400, 6401, 6402, 6403, 6404, 6405, 6406, 6407, 6408, 6409, 6410, 6411, 6412, 6413, 6414, 6415, 6416, 7026, 7027, 7030, 7033, 7037, 7054, 7057, 7085, 7820, 7821, 7822, 7824, 7827, 7828, 7829, 7830, 7831, 7832, 7833, 7834, 7835, 7837, 7838, 7839, 7840, 7841, 7850, 7852, 7853, 7854, 7855, 7856, 7857, 7858, 7859, 7860])),
            (231, "own-action-left-out", Anchor::Lits(&[40, 2264, 2838, 2947, 3247, 3672])),
            (232, "disguised-by-a-bland-label", Anchor::Lits(&[185, 191, 192, 193, 194, 196, 197, 198, 201, 202, 203, 204, 206, 3012, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3379, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 4623, 4624, 4625, 4626, 4627, 4628, 4680, 4681, 4682, 4683, 4684, 4685, 5146, 5147, 5148, 5149, 5150, 5151, 5152, 5153, 5154, 5155, 5156, 5157, 5736, 5739, 5740, 5741, 5744, 5745, 5746, 5747, 5872, 5873, 5874, 5875, 5876, 5877])),
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
pub(crate) const RULES_DIGEST: u64 = 0x06d941bfdc7f56ff;
