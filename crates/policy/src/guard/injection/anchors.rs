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
\x200\
\x200 \
\x201\
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
\x202\
\x202fa\
\x203\
\x204\
\x205\
\x206\
\x207\
\x208\
\x209\
\x20a cliente\
\x20a different company\
\x20a different org\
\x20a different tenant\
\x20a image\
\x20a image \
\x20a img\
\x20a img \
\x20a la cliente\
\x20a la usuario\
\x20a link\
\x20a link \
\x20a los cliente\
\x20a los usuario\
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
\x20a usuario\
\x20a utilizador\
\x20ab jetzt bist du \
\x20ab sofort bist du \
\x20abaikan \
\x20abandon \
\x20abgeschaltet \
\x20abide by \
\x20abiding by \
\x20about you \
\x20above\
\x20above \
\x20above policies\
\x20above policy\
\x20abschalten \
\x20accept all actions \
\x20accept all calls \
\x20accept all commands \
\x20accept all queries \
\x20accept all requests \
\x20accept all statements \
\x20accept all tool calls \
\x20accept anything \
\x20accept every action \
\x20accept every call \
\x20accept every command \
\x20accept every query \
\x20accept every request \
\x20accept every statement \
\x20accept every tool call \
\x20accept everything \
\x20access \
\x20access history\
\x20access key\
\x20access log\
\x20access now\
\x20access_history\
\x20account manager\
\x20account manager asked\
\x20account manager confirmed\
\x20account manager instructed\
\x20account manager recommended\
\x20account manager said\
\x20account manager says\
\x20account manager tells\
\x20account manager told\
\x20account manager wants\
\x20account rep asked\
\x20account rep confirmed\
\x20account rep instructed\
\x20account rep recommended\
\x20account rep said\
\x20account rep says\
\x20account rep tells\
\x20account rep told\
\x20account rep wants\
\x20accountadmin\
\x20achana na \
\x20act\
\x20act as \
\x20act like \
\x20acting as \
\x20action \
\x20activating\
\x20activity log\
\x20actual \
\x20actually execute\
\x20actually issue\
\x20actually perform\
\x20actually run\
\x20acuhkan \
\x20add \
\x20additional approval\
\x20additional authorisation\
\x20additional authorization\
\x20additional confirmation\
\x20additional review\
\x20additional sign off\
\x20additional signoff\
\x20addresses\
\x20addresses \
\x20adesso sei \
\x20adhere to \
\x20adhering to \
\x20admin access granted\
\x20admin authority\
\x20admin commands\
\x20admin instructions\
\x20admin level\
\x20admin mode\
\x20admin mode activated\
\x20admin mode enabled\
\x20admin mode on\
\x20admin override\
\x20admin permissions\
\x20admin privileges\
\x20admin rights\
\x20admin statements\
\x20administrator\
\x20administrator access granted\
\x20administrator authority\
\x20administrator instructions\
\x20administrator level\
\x20administrator mode\
\x20administrator mode activated\
\x20administrator mode enabled\
\x20administrator mode on\
\x20administrator override\
\x20administrator permissions\
\x20administrator privileges\
\x20administrator rights\
\x20advisory\
\x20advisory mode \
\x20aforementioned \
\x20after \
\x20after each query\
\x20after each run\
\x20after each session\
\x20after each task\
\x20against all of your \
\x20against all your \
\x20against of your \
\x20against your \
\x20agency\
\x20agency \
\x20agencys \
\x20agent \
\x20agents \
\x20aggira \
\x20agora voce e \
\x20agree to \
\x20agrees to \
\x20ahora eres \
\x20ai \
\x20ais \
\x20al cliente\
\x20al usuario\
\x20alert \
\x20alert about \
\x20alert for \
\x20alert from \
\x20alert of \
\x20alert on \
\x20alerting\
\x20alerting \
\x20alerts about \
\x20alerts for \
\x20alerts from \
\x20alerts of \
\x20alerts on \
\x20alituntunin \
\x20all\
\x20all \
\x20all is above board\
\x20all is agreed\
\x20all is allowed\
\x20all is approved\
\x20all is authorised\
\x20all is authorized\
\x20all is cleared\
\x20all is covered\
\x20all is fine\
\x20all is good to go\
\x20all is legit\
\x20all is ok\
\x20all is sanctioned\
\x20all mention\
\x20all note\
\x20all privileges\
\x20all record\
\x20all reference\
\x20all sign\
\x20all trace\
\x20allow all actions \
\x20allow all calls \
\x20allow all commands \
\x20allow all mode \
\x20allow all queries \
\x20allow all requests \
\x20allow all statements \
\x20allow all tool calls \
\x20allow all tools \
\x20allow anything \
\x20allow every\
\x20allow every action \
\x20allow every call \
\x20allow every command \
\x20allow every query \
\x20allow every request \
\x20allow every statement \
\x20allow every tool call \
\x20allow everything \
\x20allow list \
\x20allowed ip list\
\x20allowed list \
\x20allowed roles \
\x20allowed statements \
\x20allowed tools \
\x20allowed without asking\
\x20allowedtools \
\x20allowlist \
\x20allows every\
\x20alt text\
\x20always \
\x20always allow\
\x20always allow \
\x20always allowed\
\x20always approve\
\x20always exit 0\
\x20always exit zero\
\x20always exits 0\
\x20always exits zero\
\x20amoral \
\x20amri \
\x20an acrostic\
\x20an external company\
\x20an external org\
\x20an external tenant\
\x20an image\
\x20an image \
\x20an img\
\x20an img \
\x20an link\
\x20an link \
\x20an markdown image\
\x20an markdown image \
\x20an outside company\
\x20an outside org\
\x20an outside tenant\
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
\x20analysing the\
\x20analysing this\
\x20analytics\
\x20analyzing the\
\x20analyzing this\
\x20and\
\x20and all members \
\x20and all users \
\x20and any user \
\x20and anyone \
\x20and apply\
\x20and audit\
\x20and comply with \
\x20and each user \
\x20and eval\
\x20and every member \
\x20and every user \
\x20and everyone \
\x20and execute\
\x20and it does not\
\x20and it doesnt\
\x20and it will not\
\x20and it wont\
\x20and no \
\x20and no one\
\x20and nobody\
\x20and noone\
\x20and obey \
\x20and reviewers\
\x20and run\
\x20and security\
\x20and the audit\
\x20and the reviewers\
\x20and their values\
\x20and then \
\x20and they dont\
\x20and whoever \
\x20anfanglichen anweisungen\
\x20anlatirdi\
\x20anlatirdi \
\x20anonymous\
\x20another account\
\x20another approval\
\x20another authorisation\
\x20another authorization\
\x20another bucket\
\x20another company\
\x20another confirmation\
\x20another org\
\x20another review\
\x20another share\
\x20another sign off\
\x20another signoff\
\x20another stage\
\x20another tenant\
\x20answer\
\x20answer as \
\x20answers anything\
\x20anterior\
\x20anweisungen\
\x20any \
\x20any mention\
\x20any note\
\x20any record\
\x20any reference\
\x20any role i ask\
\x20any sign\
\x20any trace\
\x20anyone\
\x20anyone \
\x20anyone ask\
\x20anyone mention\
\x20anyone next ask\
\x20anyone next mention\
\x20anyone next say\
\x20anyone next type\
\x20anyone next write\
\x20anyone say\
\x20anyone type\
\x20anyone write\
\x20anything \
\x20anything goes \
\x20anyway\
\x20ao cliente\
\x20ao usuario\
\x20ao utilizador\
\x20aos cliente\
\x20aos usuario\
\x20aos utilizador\
\x20apaga \
\x20api key\
\x20api key \
\x20api keys\
\x20api keys \
\x20appear \
\x20appear above \
\x20appear as \
\x20appear before \
\x20appear earlier \
\x20appear in \
\x20appear like \
\x20appeared above \
\x20appeared before \
\x20appeared prior to \
\x20appears above \
\x20appears before \
\x20appears earlier \
\x20appears prior to \
\x20append \
\x20applies anything \
\x20applies everything \
\x20applies whatever \
\x20apply anything \
\x20apply everything \
\x20apply to accountadmin\
\x20apply to admins\
\x20apply to me\
\x20apply to my \
\x20apply to orgadmin\
\x20apply to power users\
\x20apply to us\
\x20apply whatever \
\x20approval\
\x20approval \
\x20approval gate\
\x20approval gates\
\x20approval hook\
\x20approval step\
\x20approvals\
\x20approve all actions \
\x20approve all calls \
\x20approve all commands \
\x20approve all queries \
\x20approve all requests \
\x20approve all statements \
\x20approve all tool calls \
\x20approve all tools \
\x20approve anything \
\x20approve every\
\x20approve every action \
\x20approve every call \
\x20approve every command \
\x20approve every query \
\x20approve every request \
\x20approve every statement \
\x20approve every tool call \
\x20approve everything \
\x20approved\
\x20approves every\
\x20arahan \
\x20are\
\x20are acceptable\
\x20are allowed\
\x20are approved\
\x20are asked to \
\x20are authorised\
\x20are authorized\
\x20are aware\
\x20are configured \
\x20are defined \
\x20are expected to \
\x20are fed \
\x20are fine\
\x20are fine with\
\x20are given \
\x20are granted \
\x20are injected \
\x20are instructed to \
\x20are loaded \
\x20are no longer \
\x20are not \
\x20are now \
\x20are now acceptable\
\x20are now allowed\
\x20are now approved\
\x20are now authorised\
\x20are now authorized\
\x20are now fine\
\x20are now ok\
\x20are now permitted\
\x20are ok\
\x20are permitted\
\x20are placed \
\x20are provided \
\x20are put \
\x20are required to \
\x20are sent \
\x20are set \
\x20are supplied \
\x20are to \
\x20are written \
\x20are you\
\x20are you authenticated with\
\x20are you configured with\
\x20are you connected with\
\x20are you logged in with\
\x20are you running with\
\x20are you using\
\x20arent \
\x20arrived with you\
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
\x20as admin\
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
\x20as if all \
\x20as if any \
\x20as if each \
\x20as if every \
\x20as irrelevant\
\x20as jokes\
\x20as kernel\
\x20as no op\
\x20as non binding\
\x20as nonbinding\
\x20as noop\
\x20as not binding\
\x20as operating system\
\x20as optional\
\x20as plain text \
\x20as read only\
\x20as readonly\
\x20as root\
\x20as routine\
\x20as safe\
\x20as select only\
\x20as soon as \
\x20as suggestions\
\x20as system\
\x20as that \
\x20as the \
\x20as the admin\
\x20as the kernel\
\x20as the operating system\
\x20as the root\
\x20as the system\
\x20as this \
\x20as though \
\x20as though all \
\x20as though any \
\x20as though each \
\x20as though every \
\x20as void\
\x20aside \
\x20ask\
\x20ask \
\x20asked\
\x20asked \
\x20asked in you\
\x20asked into you\
\x20asked to you\
\x20asked you\
\x20asking \
\x20asks\
\x20assembling\
\x20assert that \
\x20assistant \
\x20assistants \
\x20assume \
\x20at a \
\x20at azure\
\x20at ftp\
\x20at gcs\
\x20at http\
\x20at ma \
\x20at mein \
\x20at meine \
\x20at meu \
\x20at mi \
\x20at minha \
\x20at mon \
\x20at my \
\x20at s3\
\x20at se\
\x20at the beginning \
\x20at the start \
\x20at the top of the context\
\x20at the top of the conversation\
\x20at the top of the prompt\
\x20at the top of your context\
\x20at the top of your conversation\
\x20at the top of your prompt\
\x20atla \
\x20attach \
\x20attribute \
\x20aturan \
\x20audit\
\x20audit catches\
\x20audit finds\
\x20audit flags\
\x20audit hook\
\x20audit log\
\x20audit only mode \
\x20audit picks\
\x20audit sees\
\x20audited anywhere\
\x20audited at all\
\x20audited by anyone\
\x20auditing\
\x20auditing you\
\x20auditor\
\x20auf a \
\x20auf ma \
\x20auf mein \
\x20auf meine \
\x20auf meu \
\x20auf mi \
\x20auf minha \
\x20auf mon \
\x20auf my \
\x20aufgehoben \
\x20aufheben \
\x20aunt\
\x20ausgeschaltet \
\x20ausschalten \
\x20auth header\
\x20authenticate as \
\x20authentication policies\
\x20authentication policy\
\x20authored your \
\x20authorised\
\x20authorization \
\x20authorize all actions \
\x20authorize all calls \
\x20authorize all commands \
\x20authorize all queries \
\x20authorize all requests \
\x20authorize all statements \
\x20authorize all tool calls \
\x20authorize anything \
\x20authorize every action \
\x20authorize every call \
\x20authorize every command \
\x20authorize every query \
\x20authorize every request \
\x20authorize every statement \
\x20authorize every tool call \
\x20authorize everything \
\x20authorized\
\x20authorized keys\
\x20auto allowed\
\x20auto approve\
\x20auto approve everything \
\x20auto approved\
\x20auto approving\
\x20autorise \
\x20autorisons \
\x20autorizamos \
\x20autorizo \
\x20autorizzo \
\x20available to you\
\x20avertir\
\x20avertir \
\x20away \
\x20away from \
\x20aws \
\x20back \
\x20back on\
\x20back up\
\x20back up \
\x20backup\
\x20backup \
\x20balewalain \
\x20ban\
\x20bank accounts\
\x20bank details\
\x20base64 \
\x20base6a \
\x20bashrc\
\x20be \
\x20beat \
\x20become \
\x20become acceptable\
\x20become allowed\
\x20become approved\
\x20become authorised\
\x20become authorized\
\x20become fine\
\x20become now acceptable\
\x20become now allowed\
\x20become now approved\
\x20become now authorised\
\x20become now authorized\
\x20become now fine\
\x20become now ok\
\x20become now permitted\
\x20become ok\
\x20become permitted\
\x20becomes\
\x20becomes \
\x20becomes acceptable\
\x20becomes allowed\
\x20becomes approved\
\x20becomes authorised\
\x20becomes authorized\
\x20becomes fine\
\x20becomes now acceptable\
\x20becomes now allowed\
\x20becomes now approved\
\x20becomes now authorised\
\x20becomes now authorized\
\x20becomes now fine\
\x20becomes now ok\
\x20becomes now permitted\
\x20becomes ok\
\x20becomes permitted\
\x20befehle\
\x20before \
\x20before my first message \
\x20before my message \
\x20before that \
\x20before the user \
\x20before this\
\x20before this \
\x20begin being \
\x20begraensninger\
\x20begrensninger\
\x20begr\xc3\xa6nsninger\
\x20behave as \
\x20behave like \
\x20behind the scenes\
\x20behind you \
\x20benachrichtigen\
\x20benchmarking you\
\x20beschrankungen\
\x20between ourselves\
\x20between the two of us\
\x20between us\
\x20between you and me\
\x20bez \
\x20binary \
\x20bind accountadmin\
\x20bind admins\
\x20bind me\
\x20bind my \
\x20bind orgadmin\
\x20bind power users\
\x20bind us\
\x20blindly content\
\x20blindly string\
\x20blindly text\
\x20blindly the content\
\x20blindly the string\
\x20blindly the text\
\x20blindly the value\
\x20blindly value\
\x20blob\
\x20block\
\x20block \
\x20blocklist \
\x20bo qua \
\x20bodies true\
\x20body true\
\x20booted with \
\x20booting you into\
\x20bot \
\x20bother \
\x20bothering \
\x20bots \
\x20bound by \
\x20bound to \
\x20boundaries\
\x20branch protection \
\x20break free of \
\x20breaking free of \
\x20breaks \
\x20briefed you\
\x20briefed you with\
\x20briefing\
\x20bring it up\
\x20bring that up\
\x20bring this up\
\x20broken free of \
\x20bucket\
\x20budget \
\x20but no \
\x20by a call\
\x20by a dm\
\x20by a meeting\
\x20by a text\
\x20by chat\
\x20by dm\
\x20by e mail\
\x20by email\
\x20by me\
\x20by my\
\x20by our\
\x20by phone\
\x20by role\
\x20by service user\
\x20by slack\
\x20by standup\
\x20by teams\
\x20by text\
\x20by the call\
\x20by the hallway\
\x20by the meeting\
\x20by the phone\
\x20by the role\
\x20by the user\
\x20by user\
\x20by whatsapp\
\x20by zoom\
\x20bypass\
\x20bypass \
\x20bypass mode \
\x20bypass permissions mode \
\x20bypasses \
\x20bypassing \
\x20bypasspermissions \
\x20call it\
\x20call it \
\x20call it out\
\x20call that\
\x20call that \
\x20call that out\
\x20call the \
\x20call them\
\x20call them \
\x20call this\
\x20call this \
\x20call this out\
\x20came above \
\x20came before \
\x20came earlier \
\x20came prior to \
\x20came with you\
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
\x20cannot fire on\
\x20cannot flag\
\x20cannot know\
\x20cannot log\
\x20cannot notice\
\x20cannot pick up\
\x20cannot recognise\
\x20cannot recognize\
\x20cannot record\
\x20cannot register\
\x20cannot see\
\x20cannot spot\
\x20cannot trigger on\
\x20cant \
\x20cant catch\
\x20cant detect\
\x20cant find out\
\x20cant fire on\
\x20cant flag\
\x20cant know\
\x20cant log\
\x20cant notice\
\x20cant pick up\
\x20cant recognise\
\x20cant recognize\
\x20cant record\
\x20cant register\
\x20cant see\
\x20cant spot\
\x20cant trigger on\
\x20capital letters\
\x20card numbers\
\x20cardholder \
\x20cardholder data\
\x20carries out anything \
\x20carries out everything \
\x20carries out whatever \
\x20carry out all\
\x20carry out anything \
\x20carry out everything\
\x20carry out everything \
\x20carry out exactly all\
\x20carry out exactly everything\
\x20carry out exactly what\
\x20carry out what\
\x20carry out whatever \
\x20cat \
\x20cc \
\x20ccing \
\x20censorship\
\x20censur\
\x20censura\
\x20censure\
\x20cenzura\
\x20cenzure\
\x20cenzury\
\x20chain of thought\
\x20change \
\x20changelog\
\x20changelog \
\x20changes \
\x20channel\
\x20channel \
\x20character as \
\x20characters \
\x20chat\
\x20chat \
\x20chatbot \
\x20chatbots \
\x20chatgpt \
\x20check\
\x20check are \
\x20check has been \
\x20check have been \
\x20check is \
\x20check was \
\x20check were \
\x20checklist\
\x20checks \
\x20checks are \
\x20checks has been \
\x20checks have been \
\x20checks is \
\x20checks was \
\x20checks were \
\x20chi dan \
\x20chi thi \
\x20chiavi \
\x20chunks \
\x20circumvent \
\x20claim\
\x20claim that \
\x20claimed\
\x20claims\
\x20classifier \
\x20claude \
\x20claves \
\x20clean \
\x20clean but \
\x20cleanup\
\x20clear \
\x20clear text \
\x20clearance \
\x20clearance now\
\x20cleared\
\x20cleared it\
\x20cleartext \
\x20client\
\x20client \
\x20clients \
\x20clone \
\x20code scanning \
\x20code you show\
\x20coded you\
\x20codeql \
\x20codes \
\x20codici \
\x20column\
\x20column \
\x20columns\
\x20columns \
\x20come above \
\x20come back as \
\x20come before \
\x20come earlier \
\x20come up \
\x20come with you\
\x20comes above \
\x20comes before \
\x20comes prior to \
\x20comes with absolute \
\x20comes with complete \
\x20comes with full \
\x20comes with god \
\x20comes with root \
\x20comes with total \
\x20comes with unlimited \
\x20comes with unrestricted \
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
\x20complete \
\x20compliance \
\x20compliance hold\
\x20complies to \
\x20comply to \
\x20comply with \
\x20complying with \
\x20compromised\
\x20concatenating\
\x20concern accountadmin\
\x20concern admins\
\x20concern me\
\x20concern my \
\x20concern orgadmin\
\x20concern power users\
\x20concern us\
\x20config\
\x20config \
\x20configuration\
\x20configuration \
\x20configured with \
\x20configured you\
\x20configured you with\
\x20configured your \
\x20confirm that \
\x20confirmation\
\x20confirmed\
\x20confluence\
\x20confluence \
\x20confluence page\
\x20connect as \
\x20connection\
\x20connection details\
\x20connection parameters\
\x20connection params\
\x20connection string\
\x20connection to\
\x20consent to \
\x20consents to \
\x20consequences dont \
\x20consider \
\x20consignes\
\x20consignes cachees\
\x20consignes initiales\
\x20consignes internes\
\x20consignes secretes\
\x20consignes systeme\
\x20constraints\
\x20constraints \
\x20consultant\
\x20contaba\
\x20contaba \
\x20container\
\x20containing \
\x20contava\
\x20contava \
\x20content filter\
\x20content from \
\x20content in \
\x20content of \
\x20content policy\
\x20contents\
\x20contents \
\x20contents from \
\x20contents in \
\x20contents of \
\x20context\
\x20context \
\x20continue as \
\x20contorne \
\x20contourne \
\x20contournez \
\x20contract\
\x20contractor\
\x20contractor \
\x20contractors \
\x20contrainte\
\x20contrasena \
\x20contrasenas \
\x20contravene \
\x20control\
\x20control are \
\x20control has been \
\x20control have been \
\x20control is \
\x20control was \
\x20control were \
\x20control your \
\x20controls are \
\x20controls has been \
\x20controls have been \
\x20controls is \
\x20controls was \
\x20controls were \
\x20controls your \
\x20conventions\
\x20conversation\
\x20conversation \
\x20cookies\
\x20copia \
\x20copied\
\x20copies \
\x20copilot \
\x20copilots \
\x20copy\
\x20copy \
\x20copying \
\x20cortex \
\x20cortexroute \
\x20coupe \
\x20coupez \
\x20cover accountadmin\
\x20cover admins\
\x20cover me\
\x20cover my \
\x20cover orgadmin\
\x20cover power users\
\x20cover us\
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
\x20created you\
\x20credenciales \
\x20credential\
\x20credential file \
\x20credentials\
\x20credentials \
\x20credenziali \
\x20credit card \
\x20credit cards\
\x20credit cards \
\x20cron\
\x20cron \
\x20csv\
\x20csv \
\x20curl\
\x20cursor\
\x20customer\
\x20customer \
\x20customer data\
\x20customer emails\
\x20customer facing\
\x20customer facing \
\x20customer list\
\x20customer records\
\x20customer table\
\x20customers \
\x20customers table\
\x20czytala\
\x20czytala \
\x20dad\
\x20dangerously skip permissions \
\x20dangerouslyskippermissions \
\x20dast \
\x20data\
\x20data \
\x20data protection \
\x20database\
\x20dataset \
\x20dates of birth\
\x20db\
\x20de mascara\
\x20de masquage\
\x20dead \
\x20deaktiviere \
\x20deaktivieren \
\x20deaktivieren sie \
\x20deaktiviert \
\x20debugging you\
\x20deceased \
\x20decia\
\x20decia \
\x20decline\
\x20decline a request\
\x20decline a single\
\x20decline any\
\x20decline me\
\x20decline my\
\x20decline requests\
\x20decoding\
\x20decrypted \
\x20decrypting\
\x20default role \
\x20default roles \
\x20default secondary roles \
\x20defy \
\x20delete\
\x20delete \
\x20delete all\
\x20delete any\
\x20delete any and all\
\x20delete each\
\x20delete every\
\x20deleted\
\x20deletes all\
\x20deletes any\
\x20deletes any and all\
\x20deletes each\
\x20deletes every\
\x20deleting\
\x20deleting \
\x20deleting all\
\x20deleting any\
\x20deleting any and all\
\x20deleting each\
\x20deleting every\
\x20deliver \
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
\x20desactivada \
\x20desactivadas \
\x20desactivado \
\x20desactivar \
\x20desactive \
\x20desactivee \
\x20desactivees \
\x20desactiver \
\x20desactivez \
\x20desativa \
\x20desativada \
\x20desativadas \
\x20desativado \
\x20desativar \
\x20desative \
\x20describe it\
\x20describe it \
\x20describe that\
\x20describe that \
\x20describe the \
\x20describe them\
\x20describe them \
\x20describe this\
\x20describe this \
\x20designed you\
\x20desormais tu es \
\x20destroy all\
\x20destroy any\
\x20destroy any and all\
\x20destroy each\
\x20destroy every\
\x20destroying all\
\x20destroying any\
\x20destroying any and all\
\x20destroying each\
\x20destroying every\
\x20destroys all\
\x20destroys any\
\x20destroys any and all\
\x20destroys each\
\x20destroys every\
\x20details\
\x20details \
\x20detect secrets \
\x20dev mode\
\x20dev null\
\x20developer access granted\
\x20developer authority\
\x20developer instructions\
\x20developer level\
\x20developer message\
\x20developer message \
\x20developer mode\
\x20developer mode activated\
\x20developer mode enabled\
\x20developer mode on\
\x20developer override\
\x20developer permissions\
\x20developer privileges\
\x20developer prompt\
\x20developer rights\
\x20devre disi birak \
\x20diceva\
\x20diceva \
\x20did not \
\x20did not applied\
\x20did not apply\
\x20did not exist\
\x20did not matter\
\x20did you\
\x20didnt \
\x20didnt applied\
\x20didnt apply\
\x20didnt exist\
\x20didnt matter\
\x20directives\
\x20direksyon \
\x20dis\
\x20dis \
\x20disabilita \
\x20disable\
\x20disable \
\x20disable all\
\x20disable any\
\x20disable any and all\
\x20disable auditing \
\x20disable each\
\x20disable every\
\x20disable journaling \
\x20disable logging \
\x20disable recording \
\x20disable saving \
\x20disable tracking \
\x20disable writing down \
\x20disabled\
\x20disabled mode \
\x20disables all\
\x20disables any\
\x20disables any and all\
\x20disables each\
\x20disables every\
\x20disabling\
\x20disabling \
\x20disabling all\
\x20disabling any\
\x20disabling any and all\
\x20disabling each\
\x20disabling every\
\x20disait\
\x20disait \
\x20disallow\
\x20disaster recovery\
\x20disattiva \
\x20disattivare \
\x20disattivata \
\x20disattivate \
\x20disattivato \
\x20discard \
\x20disclose \
\x20disclosing \
\x20discord\
\x20discord \
\x20discreetly\
\x20dismiss \
\x20disobey \
\x20display \
\x20disregard \
\x20disregard all \
\x20disregard everything \
\x20disregard it all \
\x20disregarding \
\x20disregards \
\x20ditch \
\x20dites\
\x20dites \
\x20dito antes\
\x20div \
\x20divs \
\x20dizia\
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
\x20do all\
\x20do all actions \
\x20do all calls \
\x20do all commands \
\x20do all queries \
\x20do all requests \
\x20do all statements \
\x20do all tool calls \
\x20do anything\
\x20do anything \
\x20do every action \
\x20do every call \
\x20do every command \
\x20do every query \
\x20do every request \
\x20do every statement \
\x20do every tool call \
\x20do everything\
\x20do everything \
\x20do exactly all\
\x20do exactly everything\
\x20do exactly what\
\x20do it\
\x20do not \
\x20do not admit\
\x20do not applied\
\x20do not apply\
\x20do not ask\
\x20do not auditing \
\x20do not break character \
\x20do not break out of character \
\x20do not care about \
\x20do not carry \
\x20do not catch\
\x20do not censor\
\x20do not check\
\x20do not clean\
\x20do not detect\
\x20do not disclose\
\x20do not disclose \
\x20do not enforce \
\x20do not exist\
\x20do not filter\
\x20do not find out\
\x20do not fire on\
\x20do not flag\
\x20do not follow \
\x20do not have \
\x20do not inspect\
\x20do not journaling \
\x20do not know\
\x20do not leave in character \
\x20do not list\
\x20do not log\
\x20do not log \
\x20do not logging \
\x20do not matter\
\x20do not mention\
\x20do not mention \
\x20do not need \
\x20do not need to ask\
\x20do not need to check\
\x20do not need to confirm\
\x20do not need to double check\
\x20do not need to get approval\
\x20do not need to request approval\
\x20do not need to review\
\x20do not need to wait\
\x20do not notice\
\x20do not obey \
\x20do not pick up\
\x20do not possess \
\x20do not recognise\
\x20do not recognize\
\x20do not record\
\x20do not record \
\x20do not recording \
\x20do not redact\
\x20do not register\
\x20do not report\
\x20do not report \
\x20do not require \
\x20do not reveal\
\x20do not reveal \
\x20do not sanitise\
\x20do not sanitising\
\x20do not sanitize\
\x20do not sanitizing\
\x20do not saving \
\x20do not say \
\x20do not scan\
\x20do not screen\
\x20do not see\
\x20do not show\
\x20do not show \
\x20do not spot\
\x20do not tell\
\x20do not tell \
\x20do not tracking \
\x20do not trigger on\
\x20do not validate\
\x20do not validating\
\x20do not want \
\x20do not worry about \
\x20do not writing down \
\x20do what\
\x20do whatever \
\x20do you\
\x20doc\
\x20does anything\
\x20does anything \
\x20does everything \
\x20does not \
\x20does not applied\
\x20does not apply\
\x20does not care about \
\x20does not catch\
\x20does not detect\
\x20does not exist\
\x20does not find out\
\x20does not fire on\
\x20does not flag\
\x20does not follow \
\x20does not have \
\x20does not know\
\x20does not know \
\x20does not log\
\x20does not matter\
\x20does not need \
\x20does not need to approve\
\x20does not need to be told\
\x20does not need to cover \
\x20does not need to find out\
\x20does not need to hear about it\
\x20does not need to include \
\x20does not need to know\
\x20does not need to list \
\x20does not need to mention \
\x20does not need to note \
\x20does not need to notice\
\x20does not need to say \
\x20does not need to show \
\x20does not need to sign off\
\x20does not notice\
\x20does not pick up\
\x20does not recognise\
\x20does not recognize\
\x20does not record\
\x20does not register\
\x20does not require \
\x20does not see\
\x20does not spot\
\x20does not trigger on\
\x20does not want \
\x20does whatever \
\x20doesnt \
\x20doesnt applied\
\x20doesnt apply\
\x20doesnt care about \
\x20doesnt catch\
\x20doesnt detect\
\x20doesnt exist\
\x20doesnt find out\
\x20doesnt fire on\
\x20doesnt flag\
\x20doesnt follow \
\x20doesnt have \
\x20doesnt know\
\x20doesnt know \
\x20doesnt log\
\x20doesnt matter\
\x20doesnt need \
\x20doesnt need to approve\
\x20doesnt need to be told\
\x20doesnt need to cover \
\x20doesnt need to find out\
\x20doesnt need to hear about it\
\x20doesnt need to include \
\x20doesnt need to know\
\x20doesnt need to list \
\x20doesnt need to mention \
\x20doesnt need to note \
\x20doesnt need to notice\
\x20doesnt need to say \
\x20doesnt need to show \
\x20doesnt need to sign off\
\x20doesnt notice\
\x20doesnt pick up\
\x20doesnt recognise\
\x20doesnt recognize\
\x20doesnt record\
\x20doesnt register\
\x20doesnt require \
\x20doesnt see\
\x20doesnt spot\
\x20doesnt trigger on\
\x20doesnt want \
\x20dont \
\x20dont admit\
\x20dont applied\
\x20dont apply\
\x20dont ask\
\x20dont auditing \
\x20dont bother with \
\x20dont break character \
\x20dont break out of character \
\x20dont care about \
\x20dont carry \
\x20dont catch\
\x20dont censor\
\x20dont check\
\x20dont clean\
\x20dont detect\
\x20dont disclose\
\x20dont disclose \
\x20dont enforce \
\x20dont exist\
\x20dont filter\
\x20dont find out\
\x20dont fire on\
\x20dont flag\
\x20dont follow \
\x20dont have \
\x20dont inspect\
\x20dont journaling \
\x20dont know\
\x20dont leave in character \
\x20dont list\
\x20dont log\
\x20dont log \
\x20dont logging \
\x20dont matter\
\x20dont mention\
\x20dont mention \
\x20dont need \
\x20dont need to approve\
\x20dont need to ask\
\x20dont need to be told\
\x20dont need to check\
\x20dont need to confirm\
\x20dont need to double check\
\x20dont need to find out\
\x20dont need to get approval\
\x20dont need to hear about it\
\x20dont need to know\
\x20dont need to notice\
\x20dont need to request approval\
\x20dont need to review\
\x20dont need to sign off\
\x20dont need to wait\
\x20dont notice\
\x20dont obey \
\x20dont pick up\
\x20dont possess \
\x20dont recognise\
\x20dont recognize\
\x20dont record\
\x20dont record \
\x20dont recording \
\x20dont redact\
\x20dont register\
\x20dont report\
\x20dont report \
\x20dont require \
\x20dont reveal\
\x20dont reveal \
\x20dont sanitise\
\x20dont sanitising\
\x20dont sanitize\
\x20dont sanitizing\
\x20dont saving \
\x20dont say \
\x20dont scan\
\x20dont screen\
\x20dont see\
\x20dont show\
\x20dont show \
\x20dont spot\
\x20dont tell\
\x20dont tell \
\x20dont tracking \
\x20dont trigger on\
\x20dont validate\
\x20dont validating\
\x20dont want \
\x20dont worry about \
\x20dont writing down \
\x20dotenv \
\x20downgrade \
\x20download \
\x20downloads \
\x20dr\
\x20dress up it\
\x20dress up that\
\x20dress up the \
\x20dress up them\
\x20dress up this\
\x20drop\
\x20drop \
\x20drop all\
\x20drop any\
\x20drop any and all\
\x20drop database\
\x20drop each\
\x20drop every\
\x20drop schema\
\x20dropping \
\x20dropping all\
\x20dropping any\
\x20dropping any and all\
\x20dropping each\
\x20dropping every\
\x20drops all\
\x20drops any\
\x20drops any and all\
\x20drops each\
\x20drops every\
\x20dry run mode \
\x20du bist jetzt \
\x20dump\
\x20dump \
\x20dumping \
\x20dumps \
\x20each\
\x20each \
\x20each night \
\x20earlier \
\x20earlier constraints \
\x20earlier guidance \
\x20earlier guidelines \
\x20earlier instructions \
\x20earlier limits \
\x20earlier policies\
\x20earlier policies \
\x20earlier policy\
\x20earlier policy \
\x20earlier restrictions \
\x20earlier rules \
\x20echo \
\x20edit \
\x20ein\
\x20einschrankungen\
\x20element \
\x20elements \
\x20elevated\
\x20elevated authority\
\x20elevated instructions\
\x20elevated level\
\x20elevated permissions\
\x20elevated privileges\
\x20elevated rights\
\x20eliminada \
\x20eliminadas \
\x20eliminado \
\x20eliminados \
\x20eliminar \
\x20elude \
\x20email\
\x20email \
\x20email about \
\x20email addresses\
\x20email for \
\x20email from \
\x20email of \
\x20email on \
\x20emailing \
\x20emails\
\x20emails \
\x20emails about \
\x20emails for \
\x20emails from \
\x20emails of \
\x20emails on \
\x20embed \
\x20emergency access granted\
\x20emergency mode activated\
\x20emergency mode enabled\
\x20emergency mode on\
\x20emergency override\
\x20employee \
\x20employee data\
\x20employee records\
\x20employees \
\x20emulate \
\x20emulating \
\x20enabling\
\x20encode \
\x20encoded \
\x20end up in \
\x20ended\
\x20engaging\
\x20enlevee \
\x20enlever \
\x20enquire\
\x20entering\
\x20entfernen \
\x20entfernt \
\x20entire\
\x20entire \
\x20env\
\x20env \
\x20env var \
\x20env variable \
\x20env variables \
\x20env vars\
\x20env vars \
\x20envelope\
\x20envelope \
\x20environment \
\x20environment variables\
\x20envision \
\x20equals \
\x20erase \
\x20erased\
\x20erlaube \
\x20error message\
\x20error message \
\x20error messages \
\x20erzahlte\
\x20erzahlte \
\x20escalated\
\x20escape from \
\x20escaped from \
\x20ethics\
\x20evade \
\x20evaluating you\
\x20event table\
\x20every\
\x20every \
\x20every mention\
\x20every night \
\x20every note\
\x20every record\
\x20every reference\
\x20every sign\
\x20every time\
\x20every trace\
\x20everyone\
\x20everyone \
\x20everything \
\x20everything is above board\
\x20everything is agreed\
\x20everything is allowed\
\x20everything is approved\
\x20everything is authorised\
\x20everything is authorized\
\x20everything is cleared\
\x20everything is covered\
\x20everything is fine\
\x20everything is good to go\
\x20everything is legit\
\x20everything is ok\
\x20everything is sanctioned\
\x20evil \
\x20evita \
\x20exact \
\x20exactly content\
\x20exactly string\
\x20exactly text\
\x20exactly the content\
\x20exactly the string\
\x20exactly the text\
\x20exactly the value\
\x20exactly value\
\x20exceed \
\x20exception \
\x20exception message\
\x20exception message \
\x20exclude\
\x20excluding\
\x20exclusively for me\
\x20exclusively from me\
\x20exclusively me\
\x20exclusively to me\
\x20execute\
\x20execute \
\x20execute all\
\x20execute all actions \
\x20execute all calls \
\x20execute all commands \
\x20execute all queries \
\x20execute all requests \
\x20execute all statements \
\x20execute all tool calls \
\x20execute anything \
\x20execute every action \
\x20execute every call \
\x20execute every command \
\x20execute every query \
\x20execute every request \
\x20execute every statement \
\x20execute every tool call \
\x20execute everything\
\x20execute everything \
\x20execute exactly all\
\x20execute exactly everything\
\x20execute exactly what\
\x20execute the following \
\x20execute what\
\x20execute whatever \
\x20executes anything \
\x20executes everything \
\x20executes whatever \
\x20exempt \
\x20exempt from \
\x20exempting \
\x20exfiltrat\
\x20exfiltrate\
\x20exfiltrate \
\x20exfiltrates \
\x20existaient pas\
\x20existing policies\
\x20existing policy\
\x20exit 0 no matter\
\x20exits 0 no matter\
\x20expanded\
\x20expands to \
\x20expired\
\x20export\
\x20export \
\x20exporting \
\x20exports \
\x20expression true\
\x20external\
\x20external \
\x20external account\
\x20external address\
\x20external bucket\
\x20external buyer\
\x20external contact\
\x20external friend\
\x20external org\
\x20external party\
\x20external person\
\x20external share\
\x20external stage\
\x20external tenant\
\x20extra approval\
\x20extra authorisation\
\x20extra authorization\
\x20extra confirmation\
\x20extra review\
\x20extra sign off\
\x20extra signoff\
\x20extract\
\x20extract \
\x20extractor\
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
\x20father\
\x20field \
\x20fields \
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
\x20filter out\
\x20filtera\
\x20filtering out\
\x20filters\
\x20filters out\
\x20filters switched off\
\x20filters taken off\
\x20filters turned off\
\x20filtre\
\x20filtri\
\x20filtro\
\x20filtros\
\x20filtrov\
\x20filtru\
\x20final message\
\x20fine but \
\x20first letter\
\x20first word\
\x20flip \
\x20flusterte\
\x20flusterte \
\x20follow \
\x20follow all\
\x20follow anything \
\x20follow everything\
\x20follow everything \
\x20follow exactly all\
\x20follow exactly everything\
\x20follow exactly what\
\x20follow what\
\x20follow whatever \
\x20followed by \
\x20following \
\x20follows anything \
\x20follows everything \
\x20follows whatever \
\x20footnote \
\x20for \
\x20for a \
\x20for a agent \
\x20for a agents \
\x20for a ai \
\x20for a assistant \
\x20for a assistants \
\x20for a bit\
\x20for a bot \
\x20for a bots \
\x20for a chatbot \
\x20for a claude \
\x20for a copilot \
\x20for a cortex \
\x20for a gpt \
\x20for a llm \
\x20for a llms \
\x20for a minute\
\x20for a model \
\x20for a models \
\x20for a moment\
\x20for a once\
\x20for a rest of\
\x20for a sec\
\x20for a time being\
\x20for a while\
\x20for admin \
\x20for administrator \
\x20for agent \
\x20for agents \
\x20for ai \
\x20for an agent \
\x20for an agents \
\x20for an ai \
\x20for an assistant \
\x20for an assistants \
\x20for an bot \
\x20for an bots \
\x20for an chatbot \
\x20for an claude \
\x20for an copilot \
\x20for an cortex \
\x20for an gpt \
\x20for an llm \
\x20for an llms \
\x20for an model \
\x20for an models \
\x20for any agent \
\x20for any agents \
\x20for any ai \
\x20for any assistant \
\x20for any assistants \
\x20for any bot \
\x20for any bots \
\x20for any chatbot \
\x20for any claude \
\x20for any copilot \
\x20for any cortex \
\x20for any gpt \
\x20for any llm \
\x20for any llms \
\x20for any model \
\x20for any models \
\x20for assistant \
\x20for assistants \
\x20for bot \
\x20for bots \
\x20for chatbot \
\x20for claude \
\x20for copilot \
\x20for cortex \
\x20for cortexs \
\x20for each\
\x20for elevated \
\x20for full \
\x20for future sessions\
\x20for god \
\x20for gpt \
\x20for her \
\x20for his \
\x20for its \
\x20for llm \
\x20for llms \
\x20for ma \
\x20for me\
\x20for mein \
\x20for meine \
\x20for meu \
\x20for mi \
\x20for minha \
\x20for model \
\x20for models \
\x20for mon \
\x20for my\
\x20for my \
\x20for now\
\x20for one bit\
\x20for one minute\
\x20for one moment\
\x20for one once\
\x20for one rest of\
\x20for one sec\
\x20for one time being\
\x20for one while\
\x20for our\
\x20for privileged \
\x20for real execute\
\x20for real issue\
\x20for real perform\
\x20for real run\
\x20for role\
\x20for root \
\x20for service user\
\x20for sudo \
\x20for superuser \
\x20for the agent \
\x20for the agents \
\x20for the ai\
\x20for the ai \
\x20for the assistant\
\x20for the assistant \
\x20for the assistants \
\x20for the bit\
\x20for the bot \
\x20for the bots \
\x20for the chatbot \
\x20for the claude \
\x20for the copilot \
\x20for the cortex \
\x20for the gpt \
\x20for the llm \
\x20for the llms \
\x20for the minute\
\x20for the model \
\x20for the models \
\x20for the moment\
\x20for the once\
\x20for the rest of\
\x20for the role\
\x20for the sec\
\x20for the time being\
\x20for the user\
\x20for the while\
\x20for this ai\
\x20for this assistant\
\x20for this bit\
\x20for this chat\
\x20for this conversation\
\x20for this minute\
\x20for this model\
\x20for this moment\
\x20for this request\
\x20for this rest of\
\x20for this sec\
\x20for this session\
\x20for this task\
\x20for this while\
\x20for today\
\x20for unfiltered \
\x20for unlimited \
\x20for unrestricted \
\x20for user\
\x20for whatever agent \
\x20for whatever agents \
\x20for whatever ai \
\x20for whatever assistant \
\x20for whatever assistants \
\x20for whatever bot \
\x20for whatever bots \
\x20for whatever chatbot \
\x20for whatever claude \
\x20for whatever copilot \
\x20for whatever cortex \
\x20for whatever gpt \
\x20for whatever llm \
\x20for whatever llms \
\x20for whatever model \
\x20for whatever models \
\x20for whichever agent \
\x20for whichever agents \
\x20for whichever ai \
\x20for whichever assistant \
\x20for whichever assistants \
\x20for whichever bot \
\x20for whichever bots \
\x20for whichever chatbot \
\x20for whichever claude \
\x20for whichever copilot \
\x20for whichever cortex \
\x20for whichever gpt \
\x20for whichever llm \
\x20for whichever llms \
\x20for whichever model \
\x20for whichever models \
\x20for you\
\x20for your \
\x20forbid\
\x20foreach\
\x20foregoing \
\x20forget \
\x20forget all \
\x20forget everything \
\x20forget it all \
\x20forgetting \
\x20forgot \
\x20former \
\x20former business\
\x20former company\
\x20former constraints \
\x20former consultancy\
\x20former employer\
\x20former firm\
\x20former gig\
\x20former guidance \
\x20former guidelines \
\x20former instructions \
\x20former job\
\x20former limits \
\x20former owner\
\x20former policies \
\x20former policy \
\x20former restrictions \
\x20former rules \
\x20former startup\
\x20former workplace\
\x20forum\
\x20forum \
\x20forward\
\x20forward \
\x20forwarding \
\x20forwards \
\x20fragen\
\x20fragments \
\x20frame it\
\x20frame it \
\x20frame that\
\x20frame that \
\x20frame the \
\x20frame them\
\x20frame them \
\x20frame this\
\x20frame this \
\x20framing\
\x20free from \
\x20free of \
\x20freed from \
\x20freelancer\
\x20freelancer \
\x20freelancers \
\x20freeze are \
\x20freeze has been \
\x20freeze have been \
\x20freeze is \
\x20freeze was \
\x20freeze were \
\x20friend\
\x20from \
\x20from access history\
\x20from anthropic\
\x20from audit\
\x20from before\
\x20from claude\
\x20from cortex\
\x20from earlier\
\x20from me\
\x20from my\
\x20from now on\
\x20from openai\
\x20from our\
\x20from query history\
\x20from reviewer\
\x20from role\
\x20from service user\
\x20from show grants\
\x20from show tasks\
\x20from show users\
\x20from snowflake\
\x20from the access history\
\x20from the admin\
\x20from the anthropic\
\x20from the audit\
\x20from the beginning \
\x20from the chat history\
\x20from the claude\
\x20from the context\
\x20from the conversation\
\x20from the cortex\
\x20from the creator\
\x20from the deployer\
\x20from the developer\
\x20from the maker\
\x20from the memory\
\x20from the openai\
\x20from the operator\
\x20from the owner\
\x20from the programmer\
\x20from the query history\
\x20from the reviewer\
\x20from the role\
\x20from the security team\
\x20from the session\
\x20from the show grants\
\x20from the show tasks\
\x20from the show users\
\x20from the snowflake\
\x20from the start \
\x20from the system administrator\
\x20from the transcript\
\x20from the user\
\x20from user\
\x20from your admin\
\x20from your chat history\
\x20from your context\
\x20from your conversation\
\x20from your creator\
\x20from your deployer\
\x20from your developer\
\x20from your maker\
\x20from your memory\
\x20from your operator\
\x20from your owner\
\x20from your programmer\
\x20from your security team\
\x20from your session\
\x20from your system administrator\
\x20from your transcript\
\x20full \
\x20full access mode\
\x20function call\
\x20further approval\
\x20further authorisation\
\x20further authorization\
\x20further confirmation\
\x20further review\
\x20further sign off\
\x20further signoff\
\x20future business\
\x20future company\
\x20future consultancy\
\x20future employer\
\x20future firm\
\x20future gig\
\x20future job\
\x20future startup\
\x20future workplace\
\x20garde fous\
\x20gate are \
\x20gate has been \
\x20gate have been \
\x20gate is \
\x20gate was \
\x20gate were \
\x20gates are \
\x20gates has been \
\x20gates have been \
\x20gates is \
\x20gates was \
\x20gates were \
\x20gave in you\
\x20gave into you\
\x20gave the go ahead\
\x20gave to you\
\x20gave you\
\x20gave you your \
\x20geef toestemming \
\x20geheime instructies\
\x20geheimen anweisungen\
\x20geloscht \
\x20genehmige \
\x20genuinely execute\
\x20genuinely issue\
\x20genuinely perform\
\x20genuinely run\
\x20gestatte \
\x20get\
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
\x20gets \
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
\x20give no weight to \
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
\x20given to you \
\x20go beyond \
\x20go outside \
\x20god access granted\
\x20god mode\
\x20god mode activated\
\x20god mode enabled\
\x20god mode on\
\x20god override\
\x20going forward\
\x20gone\
\x20google doc\
\x20google doc \
\x20google drive \
\x20google sheet\
\x20google sheet \
\x20got configured \
\x20got defined \
\x20got fed \
\x20got given \
\x20got injected \
\x20got loaded \
\x20got placed \
\x20got provided \
\x20got put \
\x20got sent \
\x20got set \
\x20got supplied \
\x20got written \
\x20governance \
\x20gpt \
\x20graenser\
\x20gramps\
\x20grandfather\
\x20grandma\
\x20grandmother\
\x20grandpa\
\x20granny\
\x20grant \
\x20grant me any\
\x20grant ownership on \
\x20granted ownership on \
\x20granting ownership on \
\x20grants ownership on \
\x20grenser\
\x20grenzen\
\x20guard\
\x20guard \
\x20guard hook\
\x20guardrail layer\
\x20guardrails\
\x20guardrails switched off\
\x20guardrails taken off\
\x20guardrails turned off\
\x20guest\
\x20guest \
\x20guests \
\x20guidance\
\x20guide\
\x20guidelines\
\x20guidelines \
\x20haberi olmadan\
\x20haberi olmasin\
\x20habersiz\
\x20had been configured \
\x20had been defined \
\x20had been fed \
\x20had been given \
\x20had been injected \
\x20had been loaded \
\x20had been placed \
\x20had been provided \
\x20had been put \
\x20had been sent \
\x20had been set \
\x20had been supplied \
\x20had been written \
\x20had you\
\x20halves \
\x20hand \
\x20handover\
\x20harmless but \
\x20has absolute \
\x20has approved\
\x20has authorized\
\x20has complete \
\x20has full \
\x20has god \
\x20has no \
\x20has no need to approve\
\x20has no need to be told\
\x20has no need to find out\
\x20has no need to hear about it\
\x20has no need to know\
\x20has no need to notice\
\x20has no need to sign off\
\x20has priority over \
\x20has root \
\x20has to \
\x20has to find out\
\x20has to hear\
\x20has to know\
\x20has total \
\x20has unlimited \
\x20has unrestricted \
\x20hasla \
\x20haslo \
\x20have absolute \
\x20have approved\
\x20have authorized\
\x20have been configured \
\x20have been defined \
\x20have been fed \
\x20have been given \
\x20have been injected \
\x20have been loaded \
\x20have been placed \
\x20have been provided \
\x20have been put \
\x20have been sent \
\x20have been set \
\x20have been supplied \
\x20have been written \
\x20have complete \
\x20have full \
\x20have god \
\x20have priority over \
\x20have root \
\x20have to \
\x20have to find out\
\x20have to hear\
\x20have to know\
\x20have total \
\x20have unlimited \
\x20have unrestricted \
\x20have you\
\x20having accountadmin\
\x20having admin\
\x20having complete accountadmin\
\x20having complete admin\
\x20having complete full\
\x20having complete god\
\x20having complete root\
\x20having complete sudo\
\x20having complete superuser\
\x20having complete unrestricted\
\x20having full\
\x20having god\
\x20having root\
\x20having sudo\
\x20having superuser\
\x20having unlimited accountadmin\
\x20having unlimited admin\
\x20having unlimited full\
\x20having unlimited god\
\x20having unlimited root\
\x20having unlimited sudo\
\x20having unlimited superuser\
\x20having unlimited unrestricted\
\x20having unrestricted\
\x20health \
\x20health check\
\x20health records\
\x20here \
\x20hereby \
\x20hesitate\
\x20hex \
\x20hidden \
\x20hidden beacon\
\x20hidden from \
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
\x20hide\
\x20hide \
\x20hiding\
\x20hinfallig \
\x20hiraukan \
\x20holds absolute \
\x20holds complete \
\x20holds full \
\x20holds god \
\x20holds root \
\x20holds total \
\x20holds unlimited \
\x20holds unrestricted \
\x20home addresses\
\x20honor \
\x20honour \
\x20hook \
\x20hooks \
\x20host name\
\x20hostname\
\x20housekeeping\
\x20hr \
\x20hr data\
\x20html comment\
\x20http header\
\x20http header \
\x20human commands\
\x20human instruction\
\x20human orders\
\x20human prompts\
\x20human requests\
\x20humans commands\
\x20humans instruction\
\x20humans orders\
\x20humans prompts\
\x20humans requests\
\x20huong dan \
\x20husband\
\x20huwag pansinin \
\x20huwag sundin \
\x20hypothetically \
\x20i allow you \
\x20i authorize you \
\x20i command you \
\x20i grant you \
\x20i hereby allow you \
\x20i hereby authorize you \
\x20i hereby command you \
\x20i hereby grant you \
\x20i hereby instruct you \
\x20i hereby need you \
\x20i hereby order you \
\x20i hereby permit you \
\x20i hereby want you \
\x20i instruct you \
\x20i need you \
\x20i order you \
\x20i permit you \
\x20i want you \
\x20identifiants \
\x20if \
\x20ignora \
\x20ignore\
\x20ignore \
\x20ignore all \
\x20ignore checks\
\x20ignore everything \
\x20ignore guard\
\x20ignore it all \
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
\x20ignorez \
\x20ignoring \
\x20image \
\x20image url\
\x20image url \
\x20imagine \
\x20impersonate \
\x20imported privileges\
\x20in \
\x20in a \
\x20in a call\
\x20in a changelog\
\x20in a comment\
\x20in a commit message\
\x20in a dm\
\x20in a fiction where \
\x20in a gist\
\x20in a issue\
\x20in a meeting\
\x20in a pastebin\
\x20in a pr description\
\x20in a public \
\x20in a pull request\
\x20in a readme\
\x20in a release notes\
\x20in a story where \
\x20in a text\
\x20in a world where \
\x20in accountadmin\
\x20in an \
\x20in another\
\x20in changelog\
\x20in character\
\x20in chat\
\x20in comment\
\x20in commit message\
\x20in cortexs \
\x20in dm\
\x20in e mail\
\x20in each changelog\
\x20in each comment\
\x20in each commit message\
\x20in each gist\
\x20in each issue\
\x20in each pastebin\
\x20in each pr description\
\x20in each public \
\x20in each pull request\
\x20in each readme\
\x20in each release notes\
\x20in email\
\x20in every changelog\
\x20in every comment\
\x20in every commit message\
\x20in every gist\
\x20in every issue\
\x20in every pastebin\
\x20in every pr description\
\x20in every public \
\x20in every pull request\
\x20in every readme\
\x20in every release notes\
\x20in gist\
\x20in issue\
\x20in its \
\x20in ma \
\x20in mein \
\x20in meine \
\x20in meu \
\x20in mi \
\x20in minha \
\x20in mon \
\x20in my \
\x20in my answer\
\x20in my changelog\
\x20in my commit message\
\x20in my message\
\x20in my output\
\x20in my pr\
\x20in my pull request\
\x20in my replies\
\x20in my reply\
\x20in my report\
\x20in my response\
\x20in my reviewer\
\x20in my summary\
\x20in my ticket\
\x20in my user\
\x20in orgadmin\
\x20in pastebin\
\x20in person\
\x20in phone\
\x20in pr description\
\x20in public \
\x20in pull request\
\x20in readme\
\x20in release notes\
\x20in securityadmin\
\x20in slack\
\x20in standup\
\x20in sysadmin\
\x20in teams\
\x20in text\
\x20in that \
\x20in the \
\x20in the agents \
\x20in the answer\
\x20in the assistants \
\x20in the background without\
\x20in the call\
\x20in the changelog\
\x20in the chat history\
\x20in the comment\
\x20in the commit message\
\x20in the context\
\x20in the conversation\
\x20in the dark\
\x20in the gist\
\x20in the hallway\
\x20in the issue\
\x20in the meeting\
\x20in the memory\
\x20in the message\
\x20in the output\
\x20in the pastebin\
\x20in the phone\
\x20in the pr\
\x20in the pr description\
\x20in the public \
\x20in the pull request\
\x20in the readme\
\x20in the release notes\
\x20in the replies\
\x20in the reply\
\x20in the report\
\x20in the response\
\x20in the reviewer\
\x20in the session\
\x20in the summary\
\x20in the ticket\
\x20in the transcript\
\x20in the user\
\x20in this \
\x20in this fiction \
\x20in this game \
\x20in this scenario \
\x20in this simulation \
\x20in this story \
\x20in useradmin\
\x20in whatsapp\
\x20in your \
\x20in your answer\
\x20in your changelog\
\x20in your chat history\
\x20in your commit message\
\x20in your config\
\x20in your container\
\x20in your context\
\x20in your context \
\x20in your conversation\
\x20in your environment\
\x20in your memory\
\x20in your message\
\x20in your output\
\x20in your pr\
\x20in your process\
\x20in your pull request\
\x20in your replies\
\x20in your reply\
\x20in your report\
\x20in your response\
\x20in your reviewer\
\x20in your runtime\
\x20in your sandbox\
\x20in your session\
\x20in your summary\
\x20in your ticket\
\x20in your transcript\
\x20in your user\
\x20in zoom\
\x20include \
\x20include accountadmin\
\x20include admins\
\x20include me\
\x20include my \
\x20include orgadmin\
\x20include power users\
\x20include us\
\x20increase \
\x20indications\
\x20info\
\x20info \
\x20inform \
\x20informally\
\x20information \
\x20informe \
\x20informer\
\x20informer \
\x20informeren\
\x20informez \
\x20informieren\
\x20informing \
\x20ingesting the\
\x20ingesting this\
\x20ingetrokken \
\x20inherit \
\x20inherits \
\x20initial \
\x20initial letter\
\x20initial prompt\
\x20initial prompt \
\x20initiating\
\x20innocent but \
\x20input column\
\x20input data\
\x20input text\
\x20input val\
\x20inquire\
\x20insert \
\x20inside a \
\x20inside an \
\x20inside that \
\x20inside the \
\x20inside this \
\x20insisted\
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
\x20instructed\
\x20instructed \
\x20instructed in you\
\x20instructed into you\
\x20instructed to you\
\x20instructed you\
\x20instruction\
\x20instructions\
\x20instructions \
\x20instructions above\
\x20instructions cachees\
\x20instructions initiales\
\x20instructions internes\
\x20instructions secretes\
\x20instructions systeme\
\x20instructions take\
\x20instrukcje systemowe\
\x20instruksi \
\x20instruksiyon \
\x20instruksyon \
\x20instruktionen\
\x20integrator\
\x20interactive fiction \
\x20intern\
\x20internen anweisungen\
\x20into \
\x20into a \
\x20into a changelog\
\x20into a comment\
\x20into a commit message\
\x20into a gist\
\x20into a issue\
\x20into a pastebin\
\x20into a pr description\
\x20into a public \
\x20into a pull request\
\x20into a readme\
\x20into a release notes\
\x20into accountadmin\
\x20into an \
\x20into azure\
\x20into changelog\
\x20into comment\
\x20into commit message\
\x20into each changelog\
\x20into each comment\
\x20into each commit message\
\x20into each gist\
\x20into each issue\
\x20into each pastebin\
\x20into each pr description\
\x20into each public \
\x20into each pull request\
\x20into each readme\
\x20into each release notes\
\x20into every changelog\
\x20into every comment\
\x20into every commit message\
\x20into every gist\
\x20into every issue\
\x20into every pastebin\
\x20into every pr description\
\x20into every public \
\x20into every pull request\
\x20into every readme\
\x20into every release notes\
\x20into ftp\
\x20into gcs\
\x20into gist\
\x20into http\
\x20into issue\
\x20into ma \
\x20into mein \
\x20into meine \
\x20into meu \
\x20into mi \
\x20into minha \
\x20into mon \
\x20into my \
\x20into orgadmin\
\x20into pastebin\
\x20into pr description\
\x20into public \
\x20into pull request\
\x20into readme\
\x20into release notes\
\x20into s3\
\x20into se\
\x20into securityadmin\
\x20into sysadmin\
\x20into that \
\x20into the \
\x20into the changelog\
\x20into the comment\
\x20into the commit message\
\x20into the gist\
\x20into the issue\
\x20into the pastebin\
\x20into the pr description\
\x20into the public \
\x20into the pull request\
\x20into the readme\
\x20into the release notes\
\x20into this \
\x20into useradmin\
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
\x20invisibly\
\x20invite systeme\
\x20involve \
\x20involving \
\x20ip allow list\
\x20ip allowlist\
\x20ipagwalang bahala \
\x20irrelevant\
\x20irrespective of \
\x20is\
\x20is above \
\x20is acceptable\
\x20is after\
\x20is allowed\
\x20is an alias for \
\x20is approved\
\x20is authorised\
\x20is authorized\
\x20is aware\
\x20is before \
\x20is beyond\
\x20is code for \
\x20is do what \
\x20is execute \
\x20is fine\
\x20is fine with\
\x20is follow \
\x20is granted \
\x20is later than\
\x20is no longer \
\x20is not \
\x20is not aware of \
\x20is not bound by \
\x20is not required\
\x20is now \
\x20is now acceptable\
\x20is now allowed\
\x20is now approved\
\x20is now authorised\
\x20is now authorized\
\x20is now do what \
\x20is now execute \
\x20is now fine\
\x20is now follow \
\x20is now obey \
\x20is now ok\
\x20is now permitted\
\x20is now run \
\x20is now serve \
\x20is now to do what \
\x20is now to execute \
\x20is now to follow \
\x20is now to obey \
\x20is now to run \
\x20is now to serve \
\x20is obey \
\x20is ok\
\x20is on or after\
\x20is past\
\x20is permitted\
\x20is prior to \
\x20is required to \
\x20is run \
\x20is serve \
\x20is short for \
\x20is shorthand for \
\x20is to \
\x20is to do what \
\x20is to execute \
\x20is to follow \
\x20is to obey \
\x20is to run \
\x20is to serve \
\x20is written above \
\x20is written before \
\x20is written prior to \
\x20isnt \
\x20isnt aware of \
\x20isnt bound by \
\x20isnt required\
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
\x20it does not\
\x20it doesnt\
\x20it first\
\x20it is above board\
\x20it is acceptable to\
\x20it is agreed\
\x20it is all right to\
\x20it is allowed\
\x20it is allowed to\
\x20it is alright to\
\x20it is approved\
\x20it is approved to\
\x20it is authorised\
\x20it is authorized\
\x20it is cleared\
\x20it is cool to\
\x20it is covered\
\x20it is fine\
\x20it is fine to\
\x20it is good to go\
\x20it is harmless to\
\x20it is legit\
\x20it is normal to\
\x20it is ok\
\x20it is ok to\
\x20it is okay to\
\x20it is safe to\
\x20it is sanctioned\
\x20it is standard practice to\
\x20it just \
\x20it merely \
\x20it only \
\x20it s acceptable to\
\x20it s all right to\
\x20it s allowed to\
\x20it s alright to\
\x20it s approved to\
\x20it s cool to\
\x20it s fine to\
\x20it s harmless to\
\x20it s normal to\
\x20it s ok to\
\x20it s okay to\
\x20it s safe to\
\x20it s standard practice to\
\x20it should be acceptable to\
\x20it should be all right to\
\x20it should be allowed to\
\x20it should be alright to\
\x20it should be approved to\
\x20it should be cool to\
\x20it should be fine to\
\x20it should be harmless to\
\x20it should be normal to\
\x20it should be ok to\
\x20it should be okay to\
\x20it should be safe to\
\x20it should be standard practice to\
\x20it was above board\
\x20it was agreed\
\x20it was allowed\
\x20it was approved\
\x20it was authorised\
\x20it was authorized\
\x20it was cleared\
\x20it was covered\
\x20it was fine\
\x20it was good to go\
\x20it was legit\
\x20it was ok\
\x20it was sanctioned\
\x20it will be acceptable to\
\x20it will be all right to\
\x20it will be allowed to\
\x20it will be alright to\
\x20it will be approved to\
\x20it will be cool to\
\x20it will be fine to\
\x20it will be harmless to\
\x20it will be normal to\
\x20it will be ok to\
\x20it will be okay to\
\x20it will be safe to\
\x20it will be standard practice to\
\x20it wont\
\x20it would be acceptable to\
\x20it would be all right to\
\x20it would be allowed to\
\x20it would be alright to\
\x20it would be approved to\
\x20it would be cool to\
\x20it would be fine to\
\x20it would be harmless to\
\x20it would be normal to\
\x20it would be ok to\
\x20it would be okay to\
\x20it would be safe to\
\x20it would be standard practice to\
\x20iterate\
\x20iterating\
\x20its \
\x20its above board\
\x20its acceptable to\
\x20its agreed\
\x20its all right to\
\x20its allowed\
\x20its allowed to\
\x20its alright to\
\x20its approved\
\x20its approved to\
\x20its authorised\
\x20its authorized\
\x20its cleared\
\x20its cool to\
\x20its covered\
\x20its fine\
\x20its fine to\
\x20its good to go\
\x20its harmless to\
\x20its legit\
\x20its normal to\
\x20its ok\
\x20its ok to\
\x20its okay to\
\x20its safe to\
\x20its sanctioned\
\x20its standard practice to\
\x20itself \
\x20jailbroken \
\x20jangan ikuti \
\x20je bent nu \
\x20jelszavak \
\x20jelszavakat \
\x20jira\
\x20jira \
\x20job \
\x20joining\
\x20just admit\
\x20just describe\
\x20just for me\
\x20just from me\
\x20just include\
\x20just list\
\x20just me\
\x20just mention\
\x20just name\
\x20just once\
\x20just report\
\x20just show\
\x20just tell\
\x20just to me\
\x20kalimutan \
\x20kanuni \
\x20kapat \
\x20keep all all of your \
\x20keep all all your \
\x20keep all of your \
\x20keep all the \
\x20keep all your \
\x20keep in character \
\x20keep of all of your \
\x20keep of all your \
\x20keep of the \
\x20keep of your \
\x20keep off all of your \
\x20keep off all your \
\x20keep off the \
\x20keep off your \
\x20keep the \
\x20keep your \
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
\x20kubeconfig \
\x20label it\
\x20label it \
\x20label that\
\x20label that \
\x20label the \
\x20label them\
\x20label them \
\x20label this\
\x20label this \
\x20language model \
\x20language models \
\x20lapsed\
\x20las\
\x20las \
\x20lase \
\x20late \
\x20laten weten\
\x20law enforcement access granted\
\x20law enforcement mode activated\
\x20law enforcement mode enabled\
\x20law enforcement mode on\
\x20law enforcement override\
\x20leak\
\x20leak \
\x20learning mode \
\x20leave \
\x20leave all all of your \
\x20leave all all your \
\x20leave all of your \
\x20leave all the \
\x20leave all your \
\x20leave of all of your \
\x20leave of all your \
\x20leave of the \
\x20leave of your \
\x20leave off all of your \
\x20leave off all your \
\x20leave off the \
\x20leave off your \
\x20leave the \
\x20leave your \
\x20left\
\x20legal hold\
\x20leggeva\
\x20leggeva \
\x20leggevi\
\x20leggevi \
\x20legit but \
\x20legitimate but \
\x20leia\
\x20leia \
\x20lela\
\x20lela \
\x20lenh \
\x20let \
\x20let go of \
\x20lets pretend \
\x20lets say \
\x20letting \
\x20leyo\
\x20leyo \
\x20lhe disseram\
\x20lhe foi dito\
\x20lhe mandaram\
\x20liberated from \
\x20libre de \
\x20lie\
\x20lift \
\x20lifted\
\x20lifting \
\x20limit\
\x20limitaciones\
\x20limitacoes\
\x20limitation\
\x20limitations\
\x20limite\
\x20limites\
\x20limiti\
\x20limits\
\x20limits \
\x20limits switched off\
\x20limits taken off\
\x20limits turned off\
\x20line \
\x20link \
\x20linkedin\
\x20linkedin \
\x20lisait\
\x20lisait \
\x20list\
\x20list \
\x20listen to \
\x20listening to \
\x20literally content\
\x20literally string\
\x20literally text\
\x20literally the content\
\x20literally the string\
\x20literally the text\
\x20literally the value\
\x20literally value\
\x20llm \
\x20llms \
\x20lo di \
\x20loaded in your\
\x20loaded into your\
\x20loaded with \
\x20loaded you with\
\x20location\
\x20log \
\x20log in as \
\x20log on as \
\x20log only mode \
\x20logged anywhere\
\x20logged at all\
\x20logged by anyone\
\x20login as \
\x20login history\
\x20login monitor\
\x20logon as \
\x20look as \
\x20look like \
\x20looks into\
\x20loop\
\x20loop in \
\x20looping in \
\x20loosen \
\x20loschen \
\x20losenord \
\x20luki\
\x20luki \
\x20lupakan \
\x20maagizo \
\x20maelekezi \
\x20maelekezo \
\x20mail\
\x20mail \
\x20mailing \
\x20mails \
\x20maintain your \
\x20maintains your \
\x20maintenance\
\x20maintenance mode\
\x20make \
\x20manage your \
\x20manages your \
\x20mandated to \
\x20markdown image\
\x20markdown image \
\x20markup \
\x20masking\
\x20masking \
\x20master access granted\
\x20master mode activated\
\x20master mode enabled\
\x20master mode on\
\x20master override\
\x20mattermost\
\x20mattermost \
\x20mcp\
\x20means \
\x20medical \
\x20medical records\
\x20melden\
\x20memory\
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
\x20mention that \
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
\x20mentionne \
\x20mentionnez \
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
\x20message about \
\x20message du systeme\
\x20message for \
\x20message from \
\x20message of \
\x20message on \
\x20message systeme\
\x20message to the user\
\x20messages about \
\x20messages for \
\x20messages from \
\x20messages of \
\x20messages on \
\x20messages systeme\
\x20messaggio di sistema\
\x20meta prompt\
\x20metrics\
\x20mfa\
\x20miongozo \
\x20mirror\
\x20mirror \
\x20mode\
\x20mode \
\x20mode activated\
\x20mode active\
\x20mode are \
\x20mode enabled\
\x20mode engaged\
\x20mode has been \
\x20mode has been activated\
\x20mode has been enabled\
\x20mode have been \
\x20mode initiated\
\x20mode is \
\x20mode is activated\
\x20mode is enabled\
\x20mode is on\
\x20mode on\
\x20mode unlocked\
\x20mode was \
\x20mode were \
\x20modify \
\x20mom\
\x20monitor only mode \
\x20monitoring\
\x20moot\
\x20morals\
\x20more approval\
\x20more authorisation\
\x20more authorization\
\x20more confirmation\
\x20more review\
\x20more sign off\
\x20more signoff\
\x20morse \
\x20mot de passe \
\x20mother\
\x20mots de passe \
\x20move\
\x20move \
\x20mowila\
\x20mowila \
\x20msifuate \
\x20multi factor\
\x20mum\
\x20mum about\
\x20murmurait\
\x20murmurait \
\x20must \
\x20must not approve\
\x20must not be told\
\x20must not cover \
\x20must not find out\
\x20must not hear about it\
\x20must not include \
\x20must not know\
\x20must not list \
\x20must not mention \
\x20must not note \
\x20must not notice\
\x20must not say \
\x20must not show \
\x20must not sign off\
\x20mustnt cover \
\x20mustnt include \
\x20mustnt list \
\x20mustnt mention \
\x20mustnt note \
\x20mustnt say \
\x20mustnt show \
\x20mute \
\x20my commands\
\x20my orders\
\x20my other company\
\x20my other org\
\x20my other tenant\
\x20n existaient\
\x20nach a \
\x20nach ma \
\x20nach mein \
\x20nach meine \
\x20nach meu \
\x20nach mi \
\x20nach minha \
\x20nach mon \
\x20nach my \
\x20name it\
\x20name it \
\x20name that\
\x20name that \
\x20name the \
\x20name them\
\x20name them \
\x20name this\
\x20name this \
\x20nan\
\x20nao existissem\
\x20necessary\
\x20need not approve\
\x20need not ask\
\x20need not be told\
\x20need not check\
\x20need not confirm\
\x20need not cover \
\x20need not double check\
\x20need not find out\
\x20need not get approval\
\x20need not hear about it\
\x20need not include \
\x20need not know\
\x20need not list \
\x20need not mention \
\x20need not note \
\x20need not notice\
\x20need not request approval\
\x20need not review\
\x20need not say \
\x20need not show \
\x20need not sign off\
\x20need not wait\
\x20need to \
\x20needed\
\x20neednt approve\
\x20neednt be told\
\x20neednt cover \
\x20neednt find out\
\x20neednt hear about it\
\x20neednt include \
\x20neednt know\
\x20neednt list \
\x20neednt mention \
\x20neednt note \
\x20neednt notice\
\x20neednt say \
\x20neednt show \
\x20neednt sign off\
\x20needs\
\x20needs ever to find out\
\x20needs ever to hear\
\x20needs ever to know\
\x20needs to \
\x20needs to find out\
\x20needs to hear\
\x20needs to know\
\x20neglect \
\x20nelkul\
\x20network policies\
\x20network policy\
\x20network rule\
\x20never \
\x20never admit\
\x20never appeared \
\x20never applied\
\x20never apply\
\x20never ask\
\x20never auditing \
\x20never break character \
\x20never break out of character \
\x20never catch\
\x20never censor\
\x20never check\
\x20never clean\
\x20never detect\
\x20never disclose\
\x20never disclose \
\x20never exist\
\x20never filter\
\x20never find out\
\x20never fire on\
\x20never flag\
\x20never follow \
\x20never follows \
\x20never heard of \
\x20never inspect\
\x20never journaling \
\x20never know\
\x20never learned \
\x20never leave in character \
\x20never list\
\x20never log\
\x20never log \
\x20never logging \
\x20never matter\
\x20never mention\
\x20never mention \
\x20never mind \
\x20never mind all \
\x20never mind everything \
\x20never mind it all \
\x20never need to approve\
\x20never need to be told\
\x20never need to find out\
\x20never need to hear about it\
\x20never need to know\
\x20never need to notice\
\x20never need to sign off\
\x20never needs to approve\
\x20never needs to be told\
\x20never needs to find out\
\x20never needs to hear about it\
\x20never needs to know\
\x20never needs to notice\
\x20never needs to sign off\
\x20never notice\
\x20never pick up\
\x20never recognise\
\x20never recognize\
\x20never record\
\x20never record \
\x20never recording \
\x20never redact\
\x20never refuses\
\x20never refuses \
\x20never register\
\x20never report\
\x20never report \
\x20never reveal\
\x20never reveal \
\x20never sanitise\
\x20never sanitising\
\x20never sanitize\
\x20never sanitizing\
\x20never saving \
\x20never say \
\x20never scan\
\x20never screen\
\x20never see\
\x20never show\
\x20never show \
\x20never spot\
\x20never tell\
\x20never tell \
\x20never tracking \
\x20never trigger on\
\x20never validate\
\x20never validating\
\x20never writing down \
\x20nevermind \
\x20nevermind all \
\x20nevermind everything \
\x20nevermind it all \
\x20new approval\
\x20new authorisation\
\x20new authorization\
\x20new business\
\x20new company\
\x20new confirmation\
\x20new consultancy\
\x20new employer\
\x20new firm\
\x20new gig\
\x20new job\
\x20new review\
\x20new sign off\
\x20new signoff\
\x20new startup\
\x20new workplace\
\x20nexistaient\
\x20next business\
\x20next company\
\x20next consultancy\
\x20next employer\
\x20next firm\
\x20next gig\
\x20next job\
\x20next startup\
\x20next workplace\
\x20nicht\
\x20nicht existieren\
\x20nicht gaben\
\x20nicht langer \
\x20nicht mehr \
\x20niet meer geldig \
\x20niet meer van toepassing \
\x20no\
\x20no \
\x20no approval\
\x20no audit\
\x20no backup\
\x20no boundaries\
\x20no caveat\
\x20no censorship\
\x20no checks\
\x20no confirmation\
\x20no consequences \
\x20no constraints\
\x20no credentials\
\x20no disclaimers\
\x20no ethics\
\x20no existen\
\x20no existieran\
\x20no filter\
\x20no filters\
\x20no guardrails\
\x20no hesitation\
\x20no limitations\
\x20no limits\
\x20no logging\
\x20no longer \
\x20no longer applicable\
\x20no longer applied\
\x20no longer apply\
\x20no longer binding\
\x20no longer bound by \
\x20no longer carry \
\x20no longer enforce \
\x20no longer exist\
\x20no longer follow \
\x20no longer have \
\x20no longer in effect\
\x20no longer in force\
\x20no longer limited by \
\x20no longer matter\
\x20no longer needed\
\x20no longer possess \
\x20no longer required\
\x20no longer restricted by \
\x20no longer valid\
\x20no matter \
\x20no more carry \
\x20no more have \
\x20no more possess \
\x20no need to ask\
\x20no need to censor\
\x20no need to check\
\x20no need to clean\
\x20no need to confirm\
\x20no need to double check\
\x20no need to filter\
\x20no need to follow \
\x20no need to get approval\
\x20no need to inspect\
\x20no need to redact\
\x20no need to request approval\
\x20no need to review\
\x20no need to sanitise\
\x20no need to sanitising\
\x20no need to sanitize\
\x20no need to sanitizing\
\x20no need to scan\
\x20no need to screen\
\x20no need to validate\
\x20no need to validating\
\x20no need to wait\
\x20no one\
\x20no op mode \
\x20no oversight\
\x20no policies\
\x20no policy\
\x20no pushback\
\x20no questions\
\x20no read only\
\x20no readonly\
\x20no reason to ask\
\x20no reason to check\
\x20no reason to confirm\
\x20no reason to double check\
\x20no reason to get approval\
\x20no reason to request approval\
\x20no reason to review\
\x20no reason to wait\
\x20no refusal\
\x20no restrictions\
\x20no review\
\x20no rules\
\x20no rules apply \
\x20no safety\
\x20no snapshot\
\x20no summaries\
\x20no system prompt\
\x20no time travel\
\x20no tool policy\
\x20no undrop\
\x20no warning\
\x20nobody\
\x20non binding\
\x20non esistessero\
\x20non esistono\
\x20nonbinding\
\x20normal but \
\x20not applicable\
\x20not apply \
\x20not binding\
\x20not bound by \
\x20not count \
\x20not hold \
\x20not in effect\
\x20not limited by \
\x20not matter \
\x20not needed anymore\
\x20not restricted by \
\x20note\
\x20note that \
\x20nothing counts \
\x20nothing is real \
\x20nothing is recorded \
\x20nothing matters \
\x20notification about \
\x20notification for \
\x20notification from \
\x20notification of \
\x20notification on \
\x20notifications about \
\x20notifications for \
\x20notifications from \
\x20notifications of \
\x20notifications on \
\x20notify \
\x20notifying \
\x20notion\
\x20notion \
\x20now is below\
\x20now is in\
\x20now is to\
\x20now speaking \
\x20nuke all\
\x20nuke any\
\x20nuke any and all\
\x20nuke each\
\x20nuke every\
\x20nukes all\
\x20nukes any\
\x20nukes any and all\
\x20nukes each\
\x20nukes every\
\x20nuking all\
\x20nuking any\
\x20nuking any and all\
\x20nuking each\
\x20nuking every\
\x20null\
\x20nullified\
\x20nullify \
\x20obey \
\x20obey all\
\x20obey anything \
\x20obey everything\
\x20obey everything \
\x20obey exactly all\
\x20obey exactly everything\
\x20obey exactly what\
\x20obey what\
\x20obey whatever \
\x20obeying \
\x20obeys anything \
\x20obeys everything \
\x20obeys whatever \
\x20obligated to \
\x20obliged to \
\x20obmedzeni\
\x20observe only mode \
\x20obsolete\
\x20of \
\x20of cortexs \
\x20of its \
\x20of me\
\x20of my\
\x20of our\
\x20of role\
\x20of service user\
\x20of the agents \
\x20of the assistants \
\x20of the chat history\
\x20of the context\
\x20of the conversation\
\x20of the memory\
\x20of the role\
\x20of the session\
\x20of the transcript\
\x20of the user\
\x20of user\
\x20of you\
\x20of you \
\x20of your \
\x20of your chat history\
\x20of your context\
\x20of your conversation\
\x20of your memory\
\x20of your session\
\x20of your transcript\
\x20off\
\x20off \
\x20off any change log\
\x20off any changelog\
\x20off any commit\
\x20off any history\
\x20off any incident\
\x20off any jira\
\x20off any minutes\
\x20off any notes\
\x20off any pr\
\x20off any pull request\
\x20off any record\
\x20off any release notes\
\x20off any standup\
\x20off any status update\
\x20off any ticket\
\x20off change log\
\x20off changelog\
\x20off commit\
\x20off history\
\x20off incident\
\x20off jira\
\x20off minutes\
\x20off mode \
\x20off my change log\
\x20off my changelog\
\x20off my commit\
\x20off my history\
\x20off my incident\
\x20off my jira\
\x20off my minutes\
\x20off my notes\
\x20off my pr\
\x20off my pull request\
\x20off my record\
\x20off my release notes\
\x20off my standup\
\x20off my status update\
\x20off my ticket\
\x20off notes\
\x20off our change log\
\x20off our changelog\
\x20off our commit\
\x20off our history\
\x20off our incident\
\x20off our jira\
\x20off our minutes\
\x20off our notes\
\x20off our pr\
\x20off our pull request\
\x20off our record\
\x20off our release notes\
\x20off our standup\
\x20off our status update\
\x20off our ticket\
\x20off pr\
\x20off pull request\
\x20off record\
\x20off release notes\
\x20off standup\
\x20off status update\
\x20off the change log\
\x20off the changelog\
\x20off the commit\
\x20off the history\
\x20off the incident\
\x20off the jira\
\x20off the minutes\
\x20off the notes\
\x20off the pr\
\x20off the pull request\
\x20off the record\
\x20off the release notes\
\x20off the standup\
\x20off the status update\
\x20off the ticket\
\x20off this change log\
\x20off this changelog\
\x20off this commit\
\x20off this history\
\x20off this incident\
\x20off this jira\
\x20off this minutes\
\x20off this notes\
\x20off this pr\
\x20off this pull request\
\x20off this record\
\x20off this release notes\
\x20off this standup\
\x20off this status update\
\x20off this ticket\
\x20off ticket\
\x20off your change log\
\x20off your changelog\
\x20off your commit\
\x20off your history\
\x20off your incident\
\x20off your jira\
\x20off your minutes\
\x20off your notes\
\x20off your pr\
\x20off your pull request\
\x20off your record\
\x20off your release notes\
\x20off your standup\
\x20off your status update\
\x20off your ticket\
\x20officer\
\x20ogranicenja\
\x20ok but \
\x20okay but \
\x20okayed it\
\x20okd it\
\x20okurdu\
\x20okurdu \
\x20old \
\x20old business\
\x20old company\
\x20old constraints \
\x20old consultancy\
\x20old employer\
\x20old firm\
\x20old gig\
\x20old guidance \
\x20old guidelines \
\x20old instructions \
\x20old job\
\x20old limits \
\x20old policies \
\x20old policy \
\x20old restrictions \
\x20old rules \
\x20old startup\
\x20old workplace\
\x20olmadan \
\x20olmayan \
\x20olvasta\
\x20olvasta \
\x20omezeni\
\x20omin \
\x20omit\
\x20omit \
\x20omzeil \
\x20on \
\x20on a \
\x20on a call\
\x20on a dm\
\x20on a meeting\
\x20on a text\
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
\x20on chat\
\x20on cortexs \
\x20on dm\
\x20on e mail\
\x20on email\
\x20on hold \
\x20on ice \
\x20on its \
\x20on ma \
\x20on mein \
\x20on meine \
\x20on meu \
\x20on mi \
\x20on minha \
\x20on mon \
\x20on my \
\x20on of your \
\x20on pause \
\x20on phone\
\x20on slack\
\x20on standup\
\x20on teams\
\x20on text\
\x20on the agents \
\x20on the ai\
\x20on the assistant\
\x20on the assistants \
\x20on the call\
\x20on the hallway\
\x20on the meeting\
\x20on the phone\
\x20on this ai\
\x20on this assistant\
\x20on this model\
\x20on whatsapp\
\x20on you\
\x20on your \
\x20on zoom\
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
\x20onto ma \
\x20onto mein \
\x20onto meine \
\x20onto meu \
\x20onto mi \
\x20onto minha \
\x20onto mon \
\x20onto my \
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
\x20operator authority\
\x20operator instructions\
\x20operator level\
\x20operator permissions\
\x20operator privileges\
\x20operator rights\
\x20opgeheven \
\x20opowiadala\
\x20opowiadala \
\x20optional\
\x20ora sei \
\x20orally\
\x20ordered to \
\x20orders\
\x20ordinary but \
\x20ordres\
\x20orgadmin\
\x20original \
\x20original policies\
\x20original policy\
\x20original prompt\
\x20other \
\x20other business\
\x20other company\
\x20other consultancy\
\x20other employer\
\x20other firm\
\x20other gig\
\x20other job\
\x20other startup\
\x20other workplace\
\x20out of \
\x20out of any change log\
\x20out of any changelog\
\x20out of any commit\
\x20out of any history\
\x20out of any incident\
\x20out of any jira\
\x20out of any minutes\
\x20out of any notes\
\x20out of any pr\
\x20out of any pull request\
\x20out of any record\
\x20out of any release notes\
\x20out of any standup\
\x20out of any status update\
\x20out of any ticket\
\x20out of change log\
\x20out of changelog\
\x20out of commit\
\x20out of history\
\x20out of incident\
\x20out of jira\
\x20out of minutes\
\x20out of my change log\
\x20out of my changelog\
\x20out of my commit\
\x20out of my history\
\x20out of my incident\
\x20out of my jira\
\x20out of my minutes\
\x20out of my notes\
\x20out of my pr\
\x20out of my pull request\
\x20out of my record\
\x20out of my release notes\
\x20out of my standup\
\x20out of my status update\
\x20out of my ticket\
\x20out of notes\
\x20out of our change log\
\x20out of our changelog\
\x20out of our commit\
\x20out of our history\
\x20out of our incident\
\x20out of our jira\
\x20out of our minutes\
\x20out of our notes\
\x20out of our pr\
\x20out of our pull request\
\x20out of our record\
\x20out of our release notes\
\x20out of our standup\
\x20out of our status update\
\x20out of our ticket\
\x20out of pr\
\x20out of pull request\
\x20out of record\
\x20out of release notes\
\x20out of standup\
\x20out of status update\
\x20out of the change log\
\x20out of the changelog\
\x20out of the commit\
\x20out of the history\
\x20out of the incident\
\x20out of the jira\
\x20out of the loop\
\x20out of the minutes\
\x20out of the notes\
\x20out of the pr\
\x20out of the pull request\
\x20out of the record\
\x20out of the release notes\
\x20out of the standup\
\x20out of the status update\
\x20out of the ticket\
\x20out of this change log\
\x20out of this changelog\
\x20out of this commit\
\x20out of this history\
\x20out of this incident\
\x20out of this jira\
\x20out of this minutes\
\x20out of this notes\
\x20out of this pr\
\x20out of this pull request\
\x20out of this record\
\x20out of this release notes\
\x20out of this standup\
\x20out of this status update\
\x20out of this ticket\
\x20out of ticket\
\x20out of what you report to\
\x20out of what you show\
\x20out of what you tell\
\x20out of your answer\
\x20out of your change log\
\x20out of your changelog\
\x20out of your commit\
\x20out of your history\
\x20out of your incident\
\x20out of your jira\
\x20out of your minutes\
\x20out of your notes\
\x20out of your output\
\x20out of your pr\
\x20out of your pull request\
\x20out of your record\
\x20out of your release notes\
\x20out of your reply\
\x20out of your report\
\x20out of your review\
\x20out of your standup\
\x20out of your status update\
\x20out of your summary\
\x20out of your ticket\
\x20outdated\
\x20output\
\x20output \
\x20output of select\
\x20output you show\
\x20outrank \
\x20outranks \
\x20outside\
\x20outside \
\x20outside account\
\x20outside bucket\
\x20outside org\
\x20outside share\
\x20outside stage\
\x20outside tenant\
\x20outsiders \
\x20outsourcer\
\x20over\
\x20over a call\
\x20over a dm\
\x20over a meeting\
\x20over a text\
\x20over chat\
\x20over dm\
\x20over e mail\
\x20over email\
\x20over phone\
\x20over slack\
\x20over standup\
\x20over teams\
\x20over text\
\x20over the ai\
\x20over the assistant\
\x20over the call\
\x20over the hallway\
\x20over the meeting\
\x20over the phone\
\x20over this ai\
\x20over this assistant\
\x20over this model\
\x20over whatsapp\
\x20over you\
\x20over zoom\
\x20overlook \
\x20overridden\
\x20override \
\x20override mode\
\x20overrides \
\x20overriding \
\x20overrule \
\x20overrules \
\x20overruling \
\x20oversight\
\x20overwrite \
\x20own account\
\x20own bucket\
\x20own environment\
\x20own instance\
\x20own org\
\x20own snowflake account\
\x20own stage\
\x20own tenant\
\x20own trial account\
\x20own your \
\x20owner\
\x20owner authority\
\x20owner instructions\
\x20owner level\
\x20owner permissions\
\x20owner privileges\
\x20owner rights\
\x20ownership\
\x20ownership of \
\x20ownership on all\
\x20ownership on each\
\x20ownership on every\
\x20owns your \
\x20panuto \
\x20para a \
\x20para ma \
\x20para mein \
\x20para meine \
\x20para meu \
\x20para mi \
\x20para minha \
\x20para mon \
\x20para my \
\x20park all all of your \
\x20park all all your \
\x20park all of your \
\x20park all the \
\x20park all your \
\x20park of all of your \
\x20park of all your \
\x20park of the \
\x20park of your \
\x20park off all of your \
\x20park off all your \
\x20park off the \
\x20park off your \
\x20park the \
\x20park your \
\x20parle \
\x20parler\
\x20parler \
\x20parlez \
\x20parsing the\
\x20parsing this\
\x20part \
\x20partner\
\x20partner \
\x20partners \
\x20parts \
\x20pass off it\
\x20pass off that\
\x20pass off the \
\x20pass off them\
\x20pass off this\
\x20pass through mode \
\x20passed \
\x20passphrase\
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
\x20passwort \
\x20passworter \
\x20past \
\x20paste \
\x20pastes \
\x20pasting \
\x20pat\
\x20patch \
\x20patient \
\x20patients\
\x20patients \
\x20pause \
\x20pause auditing \
\x20pause journaling \
\x20pause logging \
\x20pause recording \
\x20pause saving \
\x20pause tracking \
\x20pause writing down \
\x20pay no attention to \
\x20pay no heed to \
\x20pay no mind to \
\x20payload \
\x20payroll\
\x20payroll \
\x20pedoman \
\x20peraturan \
\x20perf\
\x20perform all\
\x20perform everything\
\x20perform exactly all\
\x20perform exactly everything\
\x20perform exactly what\
\x20perform what\
\x20perintah \
\x20permetto \
\x20permission \
\x20permission request\
\x20permissions \
\x20permissions allow \
\x20permissions now\
\x20permissive mode \
\x20permit all actions \
\x20permit all calls \
\x20permit all commands \
\x20permit all queries \
\x20permit all requests \
\x20permit all statements \
\x20permit all tool calls \
\x20permit anything \
\x20permit every action \
\x20permit every call \
\x20permit every command \
\x20permit every query \
\x20permit every request \
\x20permit every statement \
\x20permit every tool call \
\x20permit everything \
\x20permitimos \
\x20permito \
\x20personal \
\x20personal account\
\x20personal org\
\x20personal snowflake account\
\x20personal tenant\
\x20personal trial account\
\x20personnel \
\x20pessoal \
\x20petunjuk \
\x20phone numbers\
\x20phot lo \
\x20picture \
\x20pieces \
\x20pii\
\x20pii \
\x20pipe \
\x20place all all of your \
\x20place all all your \
\x20place all of your \
\x20place all the \
\x20place all your \
\x20place of all of your \
\x20place of all your \
\x20place of the \
\x20place of your \
\x20place off all of your \
\x20place off all your \
\x20place off the \
\x20place off your \
\x20place the \
\x20place your \
\x20placing you in\
\x20plain text \
\x20plaintext \
\x20planted\
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
\x20policies are \
\x20policies has been \
\x20policies have been \
\x20policies is \
\x20policies was \
\x20policies were \
\x20policy\
\x20policy \
\x20policy are \
\x20policy has been \
\x20policy have been \
\x20policy is \
\x20policy was \
\x20policy were \
\x20post \
\x20post tool use hook\
\x20posting \
\x20posts \
\x20posttooluse hook\
\x20pour a \
\x20pour ma \
\x20pour mein \
\x20pour meine \
\x20pour meu \
\x20pour mi \
\x20pour minha \
\x20pour mon \
\x20pour my \
\x20pouzivatela\
\x20pouzivatelovi\
\x20pr\
\x20pr \
\x20pravidel\
\x20pravidiel\
\x20pravila\
\x20pre approved\
\x20pre authorized roles list \
\x20pre prompt\
\x20pre tool use hook\
\x20preapproved\
\x20preceding \
\x20preceding text \
\x20precise \
\x20preprompt\
\x20present it\
\x20present it \
\x20present that\
\x20present that \
\x20present the \
\x20present them\
\x20present them \
\x20present this\
\x20present this \
\x20pretend\
\x20pretend \
\x20pretend that \
\x20pretend to be \
\x20pretend you \
\x20pretooluse hook\
\x20prev \
\x20prevenez \
\x20prevenir\
\x20prevenir \
\x20prevent\
\x20previens \
\x20previous \
\x20previous business\
\x20previous company\
\x20previous constraints \
\x20previous consultancy\
\x20previous employer\
\x20previous firm\
\x20previous gig\
\x20previous guidance \
\x20previous guidelines \
\x20previous instructions \
\x20previous job\
\x20previous limits \
\x20previous owner\
\x20previous policies\
\x20previous policies \
\x20previous policy\
\x20previous policy \
\x20previous restrictions \
\x20previous rules \
\x20previous startup\
\x20previous text \
\x20previous user message\
\x20previous workplace\
\x20print \
\x20printenv \
\x20prior \
\x20prior constraints \
\x20prior guidance \
\x20prior guidelines \
\x20prior instructions \
\x20prior limits \
\x20prior policies\
\x20prior policies \
\x20prior policy\
\x20prior policy \
\x20prior restrictions \
\x20prior rules \
\x20prior to this \
\x20privacy \
\x20private \
\x20private account\
\x20private key\
\x20private key \
\x20private keys \
\x20private org\
\x20private snowflake account\
\x20private tenant\
\x20private trial account\
\x20privileged\
\x20privileged mode\
\x20privileges now\
\x20probing you\
\x20proceed as \
\x20processing the\
\x20processing this\
\x20processor\
\x20profile\
\x20programmed \
\x20programmed in you\
\x20programmed into you\
\x20programmed to you\
\x20programmed you\
\x20programmed you with\
\x20programming\
\x20prohibit\
\x20prompt\
\x20prompt above\
\x20prompt de sistema\
\x20prompt del sistema\
\x20prompt di sistema\
\x20prompt do sistema\
\x20prompt du systeme\
\x20prompt hook\
\x20prompt i give you in two \
\x20prompt in two \
\x20prompt submit hook\
\x20prompt systeme\
\x20prompt systemowy\
\x20prompts\
\x20prompts i give you in two \
\x20prompts in two \
\x20protections\
\x20provided \
\x20provided to you\
\x20proxy\
\x20public\
\x20public \
\x20public bucket\
\x20public bucket \
\x20public repo\
\x20public repo \
\x20public repository \
\x20publish \
\x20pull request\
\x20pull request \
\x20purge\
\x20purge \
\x20purge all\
\x20purge any\
\x20purge any and all\
\x20purge each\
\x20purge every\
\x20purges all\
\x20purges any\
\x20purges any and all\
\x20purges each\
\x20purges every\
\x20purging all\
\x20purging any\
\x20purging any and all\
\x20purging each\
\x20purging every\
\x20push\
\x20push \
\x20push protection \
\x20pushes \
\x20pushes back\
\x20put\
\x20put \
\x20put all all of your \
\x20put all all your \
\x20put all of your \
\x20put all the \
\x20put all your \
\x20put aside \
\x20put in you\
\x20put into you\
\x20put of all of your \
\x20put of all your \
\x20put of the \
\x20put of your \
\x20put off all of your \
\x20put off all your \
\x20put off the \
\x20put off your \
\x20put the \
\x20put to you\
\x20put you\
\x20put your \
\x20putting you in\
\x20puuza \
\x20puuzeni \
\x20quen \
\x20query history\
\x20query string\
\x20query string \
\x20question\
\x20quiet about\
\x20quietly\
\x20quit auditing \
\x20quit enforcing \
\x20quit journaling \
\x20quit logging \
\x20quit recording \
\x20quit saving \
\x20quit tracking \
\x20quit writing down \
\x20quitada \
\x20quitado \
\x20quitar \
\x20quy tac \
\x20raccontava\
\x20raccontava \
\x20racontait\
\x20racontait \
\x20raconte \
\x20racontez \
\x20raise \
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
\x20raised\
\x20rajoitteita\
\x20rajoituksia\
\x20raw \
\x20re create \
\x20re creates \
\x20re grants \
\x20read like \
\x20read only\
\x20read only flag \
\x20read out \
\x20reader\
\x20reader account\
\x20reader bucket\
\x20reader org\
\x20reader share\
\x20reader stage\
\x20reader tenant\
\x20reading the\
\x20reading this\
\x20readme\
\x20readme \
\x20real \
\x20really execute\
\x20really issue\
\x20really perform\
\x20really run\
\x20reasoning\
\x20reboot as \
\x20receive \
\x20receives \
\x20recitava\
\x20recitava \
\x20recommendations\
\x20recommended\
\x20reconfigure \
\x20recorded anywhere\
\x20recorded at all\
\x20recorded by anyone\
\x20records\
\x20records \
\x20recreate \
\x20recreates \
\x20red teaming you\
\x20reddit\
\x20reddit \
\x20refer to it\
\x20refer to that\
\x20refer to the \
\x20refer to them\
\x20refer to this\
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
\x20reglas\
\x20regle\
\x20regler\
\x20regles\
\x20regole\
\x20regrant \
\x20regrants \
\x20regras\
\x20reguli\
\x20reject a request\
\x20reject a single\
\x20reject any\
\x20reject me\
\x20reject my\
\x20reject requests\
\x20relax \
\x20release notes\
\x20release notes \
\x20released from \
\x20remain in character \
\x20remove\
\x20remove \
\x20remove all\
\x20remove any\
\x20remove any and all\
\x20remove each\
\x20remove every\
\x20removed\
\x20removed from the loop\
\x20remover \
\x20removes all\
\x20removes any\
\x20removes any and all\
\x20removes each\
\x20removes every\
\x20removida \
\x20removidas \
\x20removido \
\x20removing\
\x20removing \
\x20removing all\
\x20removing any\
\x20removing any and all\
\x20removing each\
\x20removing every\
\x20rename \
\x20render \
\x20rep\
\x20replace \
\x20replaced\
\x20replaces \
\x20replicate\
\x20replicate \
\x20replicating \
\x20reply\
\x20reply as \
\x20reply with \
\x20repo\
\x20report \
\x20report none\
\x20report nothing\
\x20report only mode \
\x20report that \
\x20report you show\
\x20reporting \
\x20requested\
\x20requests\
\x20required\
\x20required reviewers \
\x20required reviews \
\x20required to \
\x20requirement are \
\x20requirement has been \
\x20requirement have been \
\x20requirement is \
\x20requirement was \
\x20requirement were \
\x20requirements are \
\x20requirements has been \
\x20requirements have been \
\x20requirements is \
\x20requirements was \
\x20requirements were \
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
\x20restore \
\x20restores \
\x20restraints\
\x20restricao\
\x20restriccion\
\x20restricciones\
\x20restricoes\
\x20restrict\
\x20restrict accountadmin\
\x20restrict admins\
\x20restrict me\
\x20restrict my \
\x20restrict orgadmin\
\x20restrict power users\
\x20restrict us\
\x20restrictii\
\x20restriction\
\x20restriction are \
\x20restriction has been \
\x20restriction have been \
\x20restriction is \
\x20restriction was \
\x20restriction were \
\x20restrictions\
\x20restrictions \
\x20restrictions are \
\x20restrictions has been \
\x20restrictions have been \
\x20restrictions is \
\x20restrictions switched off\
\x20restrictions taken off\
\x20restrictions turned off\
\x20restrictions was \
\x20restrictions were \
\x20restriksjoner\
\x20restriktioner\
\x20restrizioni\
\x20result\
\x20result \
\x20results\
\x20results \
\x20retention \
\x20retirada \
\x20retirado \
\x20retired\
\x20retiree \
\x20retirer \
\x20return \
\x20return as \
\x20return true\
\x20returning true\
\x20returns true\
\x20reveal \
\x20revealing \
\x20reverse shell to\
\x20reversing\
\x20review\
\x20review catches\
\x20review finds\
\x20review flags\
\x20review picks\
\x20review sees\
\x20revoked\
\x20rewrite \
\x20richtlinien\
\x20rights now\
\x20rimossa \
\x20rimosse \
\x20rimosso \
\x20rimuovere \
\x20rip out \
\x20rm \
\x20rol ata\
\x20rol tanimla\
\x20rol ver\
\x20role play \
\x20role play as \
\x20roleplay \
\x20roleplay as \
\x20rolu ata\
\x20rolu tanimla\
\x20rolu ver\
\x20rolunu ata\
\x20rolunu tanimla\
\x20rolunu ver\
\x20root access granted\
\x20root authority\
\x20root instructions\
\x20root level\
\x20root mode\
\x20root mode activated\
\x20root mode enabled\
\x20root mode on\
\x20root override\
\x20root permissions\
\x20root privileges\
\x20root rights\
\x20rot13 \
\x20rotie \
\x20routine\
\x20routine but \
\x20row\
\x20row \
\x20row access policies\
\x20row access policy\
\x20rows\
\x20rows \
\x20rule\
\x20rules\
\x20rules \
\x20rules dont apply \
\x20rules switched off\
\x20rules taken off\
\x20rules turned off\
\x20rules whatsoever\
\x20run\
\x20run \
\x20run all actions \
\x20run all calls \
\x20run all commands \
\x20run all queries \
\x20run all requests \
\x20run all statements \
\x20run all tool calls \
\x20run anything \
\x20run every action \
\x20run every call \
\x20run every command \
\x20run every query \
\x20run every request \
\x20run every statement \
\x20run every tool call \
\x20run everything \
\x20run the following \
\x20run whatever \
\x20runbook\
\x20running as accountadmin\
\x20running as admin\
\x20running as complete accountadmin\
\x20running as complete admin\
\x20running as complete full\
\x20running as complete god\
\x20running as complete root\
\x20running as complete sudo\
\x20running as complete superuser\
\x20running as complete unrestricted\
\x20running as full\
\x20running as god\
\x20running as root\
\x20running as sudo\
\x20running as superuser\
\x20running as unlimited accountadmin\
\x20running as unlimited admin\
\x20running as unlimited full\
\x20running as unlimited god\
\x20running as unlimited root\
\x20running as unlimited sudo\
\x20running as unlimited superuser\
\x20running as unlimited unrestricted\
\x20running as unrestricted\
\x20running with \
\x20runs \
\x20runs anything \
\x20runs everything \
\x20runs whatever \
\x20runtime\
\x20s3\
\x20saantoja\
\x20safeguard\
\x20safeguards\
\x20safety\
\x20safety \
\x20safety hook\
\x20safety layer\
\x20safety switched off\
\x20safety taken off\
\x20safety turned off\
\x20sagte\
\x20sagte \
\x20sahau \
\x20sahauni \
\x20said\
\x20said it s fine\
\x20said its fine\
\x20said so\
\x20said to in you\
\x20said to into you\
\x20said to to you\
\x20said to you\
\x20sainted \
\x20salaries\
\x20salary\
\x20salary \
\x20salasanat \
\x20salasanoja \
\x20sales engineer\
\x20sales engineer asked\
\x20sales engineer confirmed\
\x20sales engineer instructed\
\x20sales engineer recommended\
\x20sales engineer said\
\x20sales engineer says\
\x20sales engineer tells\
\x20sales engineer told\
\x20sales engineer wants\
\x20sandbox\
\x20sans \
\x20sast \
\x20save \
\x20say\
\x20say \
\x20say no\
\x20say no to a request\
\x20say no to a single\
\x20say no to any\
\x20say no to me\
\x20say no to my\
\x20say no to requests\
\x20say that \
\x20say yes to \
\x20say you cannot\
\x20say you cant\
\x20say you must not\
\x20saying \
\x20saying you \
\x20says no\
\x20says yes to \
\x20scan catches\
\x20scan finds\
\x20scan flags\
\x20scan picks\
\x20scan sees\
\x20schakel \
\x20schalte \
\x20schalten sie \
\x20schema\
\x20schlussel \
\x20scrap \
\x20scrap all \
\x20scrap everything \
\x20scrap it all \
\x20script\
\x20script \
\x20scrub \
\x20secret\
\x20secret \
\x20secret detection \
\x20secret from \
\x20secret scan \
\x20secret scanner \
\x20secret scanning \
\x20secretly\
\x20secrets\
\x20secrets \
\x20secrets scanner \
\x20secrets scanning \
\x20section \
\x20security \
\x20security access granted\
\x20security log\
\x20security mode activated\
\x20security mode enabled\
\x20security mode on\
\x20security monitor\
\x20security override\
\x20security scan \
\x20security scans \
\x20security workflow \
\x20security workflows \
\x20securityadmin\
\x20seeing the\
\x20seeing this\
\x20seem as \
\x20seem like \
\x20segments \
\x20select star from\
\x20sem \
\x20send\
\x20send \
\x20sending \
\x20sends \
\x20senha \
\x20senhas \
\x20sensur\
\x20sensuuria\
\x20sent in you\
\x20sent into you\
\x20sent to you\
\x20sent to you \
\x20sent you\
\x20sentence \
\x20sentry\
\x20sentry \
\x20senza \
\x20server\
\x20server \
\x20session\
\x20session policies\
\x20session policy\
\x20set \
\x20set active \
\x20set all all of your \
\x20set all all your \
\x20set all of your \
\x20set all the \
\x20set all your \
\x20set aside \
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
\x20set of all of your \
\x20set of all your \
\x20set of the \
\x20set of your \
\x20set off all of your \
\x20set off all your \
\x20set off the \
\x20set off your \
\x20set on \
\x20set the \
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
\x20shall \
\x20shall mean \
\x20share\
\x20share \
\x20shared channel\
\x20shared channel \
\x20shares \
\x20sharing \
\x20shelve all all of your \
\x20shelve all all your \
\x20shelve all of your \
\x20shelve all the \
\x20shelve all your \
\x20shelve of all of your \
\x20shelve of all your \
\x20shelve of the \
\x20shelve of your \
\x20shelve off all of your \
\x20shelve off all your \
\x20shelve off the \
\x20shelve off your \
\x20shelve the \
\x20shelve your \
\x20sheria \
\x20ship\
\x20ship \
\x20shipped with you\
\x20ships \
\x20shorten \
\x20should \
\x20should be read as \
\x20should mean \
\x20should not approve\
\x20should not be told\
\x20should not cover \
\x20should not find out\
\x20should not hear about it\
\x20should not include \
\x20should not know\
\x20should not list \
\x20should not mention \
\x20should not note \
\x20should not notice\
\x20should not say \
\x20should not show \
\x20should not sign off\
\x20should run \
\x20shouldnt approve\
\x20shouldnt be told\
\x20shouldnt cover \
\x20shouldnt find out\
\x20shouldnt hear about it\
\x20shouldnt include \
\x20shouldnt know\
\x20shouldnt list \
\x20shouldnt mention \
\x20shouldnt note \
\x20shouldnt notice\
\x20shouldnt say \
\x20shouldnt show \
\x20shouldnt sign off\
\x20show \
\x20show databases \
\x20show integrations \
\x20show roles \
\x20show shares \
\x20show up \
\x20show up in \
\x20show users \
\x20show warehouses \
\x20showing \
\x20showing you \
\x20sicherheitsregeln\
\x20sifreler \
\x20sifreleri \
\x20sign in as \
\x20signal\
\x20signal \
\x20signale\
\x20signale \
\x20signalez \
\x20signed off\
\x20signin as \
\x20silence \
\x20silent about\
\x20silently\
\x20simulate \
\x20simulating \
\x20site\
\x20sits above \
\x20sits before \
\x20sits prior to \
\x20siz \
\x20skip\
\x20skip \
\x20skip approval\
\x20skip auditing \
\x20skip censor\
\x20skip check\
\x20skip checks\
\x20skip clean\
\x20skip filter\
\x20skip guard\
\x20skip inspect\
\x20skip journaling \
\x20skip logging \
\x20skip recording \
\x20skip redact\
\x20skip review\
\x20skip sanitise\
\x20skip sanitising\
\x20skip sanitize\
\x20skip sanitizing\
\x20skip saving \
\x20skip scan\
\x20skip screen\
\x20skip the approval\
\x20skip the check\
\x20skip the checks\
\x20skip the guard\
\x20skip the review\
\x20skip the tripwire\
\x20skip tracking \
\x20skip tripwire\
\x20skip validate\
\x20skip validating\
\x20skip writing down \
\x20skipping \
\x20slack\
\x20slack \
\x20slack connect\
\x20slack connect \
\x20smuggle \
\x20snapshot\
\x20snippets \
\x20snowflake \
\x20so \
\x20so all members \
\x20so all users \
\x20so any user \
\x20so anyone \
\x20so audit\
\x20so each user \
\x20so every member \
\x20so every user \
\x20so everyone \
\x20so far\
\x20so far \
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
\x20so that all members \
\x20so that all users \
\x20so that any user \
\x20so that anyone \
\x20so that audit\
\x20so that each user \
\x20so that every member \
\x20so that every user \
\x20so that everyone \
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
\x20so that whoever \
\x20so the audit\
\x20so the reviewers\
\x20so they dont\
\x20so whoever \
\x20social security numbers\
\x20socket to\
\x20solely for me\
\x20solely from me\
\x20solely me\
\x20solely to me\
\x20solutions engineer\
\x20solutions engineer asked\
\x20solutions engineer confirmed\
\x20solutions engineer instructed\
\x20solutions engineer recommended\
\x20solutions engineer said\
\x20solutions engineer says\
\x20solutions engineer tells\
\x20solutions engineer told\
\x20solutions engineer wants\
\x20some other company\
\x20some other org\
\x20some other tenant\
\x20somebody ask\
\x20somebody mention\
\x20somebody next ask\
\x20somebody next mention\
\x20somebody next say\
\x20somebody next type\
\x20somebody next write\
\x20somebody say\
\x20somebody type\
\x20somebody write\
\x20someone ask\
\x20someone mention\
\x20someone next ask\
\x20someone next mention\
\x20someone next say\
\x20someone next type\
\x20someone next write\
\x20someone say\
\x20someone type\
\x20someone write\
\x20soylerdi\
\x20soylerdi \
\x20span \
\x20spans \
\x20speak\
\x20speak as \
\x20spec\
\x20spegni \
\x20sql you show\
\x20ssh \
\x20ssh key \
\x20ssh keys \
\x20ssn\
\x20ssn \
\x20ssns\
\x20sta toe \
\x20stack overflow\
\x20stack overflow \
\x20stackoverflow\
\x20stackoverflow \
\x20stage\
\x20stale\
\x20stand out \
\x20standard but \
\x20stands for\
\x20stands for \
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
\x20started with \
\x20started you with\
\x20starting\
\x20stash \
\x20state that \
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
\x20step out of \
\x20step outside \
\x20stick \
\x20stick to \
\x20sticking to \
\x20stole\
\x20stop \
\x20stop applying \
\x20stop auditing \
\x20stop caring about \
\x20stop censor\
\x20stop check\
\x20stop clean\
\x20stop enforcing \
\x20stop filter\
\x20stop following \
\x20stop inspect\
\x20stop journaling \
\x20stop listening to \
\x20stop logging \
\x20stop obeying \
\x20stop recording \
\x20stop redact\
\x20stop sanitise\
\x20stop sanitising\
\x20stop sanitize\
\x20stop sanitizing\
\x20stop saving \
\x20stop scan\
\x20stop screen\
\x20stop tracking \
\x20stop validate\
\x20stop validating\
\x20stop writing down \
\x20store \
\x20stream\
\x20stream \
\x20string \
\x20string from \
\x20string in \
\x20string of \
\x20strings \
\x20strip \
\x20subdomain\
\x20subdomain \
\x20subdomains \
\x20submit \
\x20such that all members \
\x20such that all users \
\x20such that any user \
\x20such that anyone \
\x20such that each user \
\x20such that every member \
\x20such that every user \
\x20such that everyone \
\x20such that whoever \
\x20sudo access granted\
\x20sudo mode activated\
\x20sudo mode enabled\
\x20sudo mode on\
\x20sudo override\
\x20suggestions\
\x20summarising the\
\x20summarising this\
\x20summarizing the\
\x20summarizing this\
\x20summary\
\x20suodattimia\
\x20supersede \
\x20superseded\
\x20supersedes \
\x20superuser access granted\
\x20superuser mode\
\x20superuser mode activated\
\x20superuser mode enabled\
\x20superuser mode on\
\x20superuser override\
\x20supplied to you \
\x20supplied with \
\x20supplier\
\x20support\
\x20support asked\
\x20support confirmed\
\x20support desk asked\
\x20support desk confirmed\
\x20support desk instructed\
\x20support desk recommended\
\x20support desk said\
\x20support desk says\
\x20support desk tells\
\x20support desk told\
\x20support desk wants\
\x20support engineer asked\
\x20support engineer confirmed\
\x20support engineer instructed\
\x20support engineer recommended\
\x20support engineer said\
\x20support engineer says\
\x20support engineer tells\
\x20support engineer told\
\x20support engineer wants\
\x20support instructed\
\x20support recommended\
\x20support said\
\x20support says\
\x20support team asked\
\x20support team confirmed\
\x20support team instructed\
\x20support team recommended\
\x20support team said\
\x20support team says\
\x20support team tells\
\x20support team told\
\x20support team wants\
\x20support tells\
\x20support told\
\x20support wants\
\x20suppose \
\x20suppress\
\x20supprime \
\x20supprimee \
\x20supprimees \
\x20supprimer \
\x20supprimez \
\x20surface \
\x20suspend \
\x20suspended\
\x20suspending \
\x20sussurrava\
\x20sussurrava \
\x20susurraba\
\x20susurraba \
\x20switch \
\x20switch all all of your \
\x20switch all all your \
\x20switch all of your \
\x20switch all the \
\x20switch all your \
\x20switch of all of your \
\x20switch of all your \
\x20switch of the \
\x20switch of your \
\x20switch off \
\x20switch off all of your \
\x20switch off all your \
\x20switch off auditing \
\x20switch off journaling \
\x20switch off logging \
\x20switch off recording \
\x20switch off saving \
\x20switch off the \
\x20switch off tracking \
\x20switch off writing down \
\x20switch off your \
\x20switch the \
\x20switch your \
\x20switched off\
\x20switching you into\
\x20switching you to\
\x20sync\
\x20sync \
\x20sysadmin\
\x20systeem prompt\
\x20systeeminstructies\
\x20systeemprompt\
\x20system \
\x20system access granted\
\x20system authority\
\x20system command\
\x20system directive\
\x20system instruction\
\x20system instructions\
\x20system level\
\x20system message\
\x20system message \
\x20system mode activated\
\x20system mode enabled\
\x20system mode on\
\x20system override\
\x20system permissions\
\x20system privileges\
\x20system prompt\
\x20system prompt \
\x20system rights\
\x20system rules\
\x20systemanweisungen\
\x20systemnachricht\
\x20systemprompt\
\x20table\
\x20table \
\x20tables \
\x20tag \
\x20tags \
\x20tagubilin \
\x20tajne instrukcje\
\x20take no notice of \
\x20take precedence over \
\x20taken off\
\x20takes precedence over \
\x20talisman \
\x20talk as \
\x20tanpa \
\x20task \
\x20taught \
\x20taught in you\
\x20taught into you\
\x20taught to you\
\x20taught you\
\x20te disseram\
\x20te foi dito\
\x20te mandaram\
\x20team says\
\x20teams\
\x20teams \
\x20telegram\
\x20telegram \
\x20telemetry\
\x20tell \
\x20tell everyone that \
\x20tell in you\
\x20tell into you\
\x20tell reader that \
\x20tell readers that \
\x20tell reviewer that \
\x20tell reviewers that \
\x20tell the everyone that \
\x20tell the reader that \
\x20tell the readers that \
\x20tell the reviewer that \
\x20tell the reviewers that \
\x20tell the team that \
\x20tell the the team that \
\x20tell the them that \
\x20tell the user that \
\x20tell the users that \
\x20tell them that \
\x20tell to you\
\x20tell user that \
\x20tell users that \
\x20tell you\
\x20tell you not to\
\x20telling \
\x20tells\
\x20temporarily\
\x20testing you\
\x20text \
\x20text from \
\x20text in \
\x20text of \
\x20that \
\x20that all \
\x20that any \
\x20that apply to\
\x20that apply to you\
\x20that bends\
\x20that bind\
\x20that block\
\x20that blocks\
\x20that breaks\
\x20that came with you\
\x20that cannot \
\x20that cant \
\x20that constrain\
\x20that control\
\x20that disallow\
\x20that disregards\
\x20that do not \
\x20that does not \
\x20that doesnt \
\x20that dont \
\x20that each \
\x20that every \
\x20that flouts\
\x20that forbid\
\x20that govern\
\x20that govern you\
\x20that has accountadmin\
\x20that has admin\
\x20that has complete accountadmin\
\x20that has complete admin\
\x20that has complete full\
\x20that has complete god\
\x20that has complete root\
\x20that has complete sudo\
\x20that has complete superuser\
\x20that has complete unrestricted\
\x20that has full\
\x20that has god\
\x20that has root\
\x20that has sudo\
\x20that has superuser\
\x20that has unlimited accountadmin\
\x20that has unlimited admin\
\x20that has unlimited full\
\x20that has unlimited god\
\x20that has unlimited root\
\x20that has unlimited sudo\
\x20that has unlimited superuser\
\x20that has unlimited unrestricted\
\x20that has unrestricted\
\x20that ignore\
\x20that image\
\x20that image \
\x20that img\
\x20that img \
\x20that is above board\
\x20that is acceptable to\
\x20that is agreed\
\x20that is all right to\
\x20that is allowed\
\x20that is allowed to\
\x20that is alright to\
\x20that is approved\
\x20that is approved to\
\x20that is authorised\
\x20that is authorized\
\x20that is cleared\
\x20that is cool to\
\x20that is covered\
\x20that is fine\
\x20that is fine to\
\x20that is good to go\
\x20that is harmless to\
\x20that is legit\
\x20that is normal to\
\x20that is ok\
\x20that is ok to\
\x20that is okay to\
\x20that is safe to\
\x20that is sanctioned\
\x20that is standard practice to\
\x20that keep\
\x20that limit\
\x20that link\
\x20that link \
\x20that markdown image\
\x20that markdown image \
\x20that never \
\x20that pixel\
\x20that pixel \
\x20that prevent\
\x20that prevents\
\x20that prohibit\
\x20that query parameter\
\x20that query parameter \
\x20that query string\
\x20that query string \
\x20that restrict\
\x20that say\
\x20that skips\
\x20that states\
\x20that stop\
\x20that stops\
\x20that tell\
\x20that tell you\
\x20that tells you\
\x20that told\
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
\x20thats above board\
\x20thats acceptable to\
\x20thats agreed\
\x20thats all right to\
\x20thats allowed\
\x20thats allowed to\
\x20thats alright to\
\x20thats approved\
\x20thats approved to\
\x20thats authorised\
\x20thats authorized\
\x20thats cleared\
\x20thats cool to\
\x20thats covered\
\x20thats fine\
\x20thats fine to\
\x20thats good to go\
\x20thats harmless to\
\x20thats legit\
\x20thats normal to\
\x20thats ok\
\x20thats ok to\
\x20thats okay to\
\x20thats safe to\
\x20thats sanctioned\
\x20thats standard practice to\
\x20the \
\x20the accountadmin\
\x20the admin \
\x20the administrator \
\x20the administrators \
\x20the admins \
\x20the agent \
\x20the agent authenticates\
\x20the agent connects\
\x20the agent logs in\
\x20the agent uses\
\x20the agents \
\x20the agents user \
\x20the assistant \
\x20the assistant authenticates\
\x20the assistant connects\
\x20the assistant logs in\
\x20the assistant uses\
\x20the assistants user \
\x20the code before\
\x20the code first\
\x20the creator \
\x20the creators \
\x20the developer \
\x20the developers \
\x20the guards \
\x20the image\
\x20the image \
\x20the img\
\x20the img \
\x20the link\
\x20the link \
\x20the maker \
\x20the makers \
\x20the markdown image\
\x20the markdown image \
\x20the mcp server authenticates\
\x20the mcp server connects\
\x20the mcp server logs in\
\x20the mcp server uses\
\x20the operator \
\x20the operators \
\x20the orgadmin\
\x20the owner \
\x20the owners \
\x20the pixel\
\x20the pixel \
\x20the programmer \
\x20the programmers \
\x20the query before\
\x20the query first\
\x20the query parameter\
\x20the query parameter \
\x20the query string\
\x20the query string \
\x20the securityadmin\
\x20the sql before\
\x20the sql first\
\x20the statement before\
\x20the statement first\
\x20the sysadmin\
\x20the system message \
\x20the system prompt \
\x20the tools \
\x20the tracking pixel\
\x20the tracking pixel \
\x20the trainer \
\x20the trainers \
\x20the url\
\x20the url \
\x20the user are \
\x20the user ask\
\x20the user go \
\x20the user goes \
\x20the user has gone \
\x20the user has logged \
\x20the user is \
\x20the user logs \
\x20the user mention\
\x20the user next ask\
\x20the user next mention\
\x20the user next say\
\x20the user next type\
\x20the user next write\
\x20the user say\
\x20the user steps \
\x20the user type\
\x20the user write\
\x20the useradmin\
\x20them aside\
\x20them before\
\x20them first\
\x20then\
\x20then all members \
\x20then all users \
\x20then any user \
\x20then anyone \
\x20then apply\
\x20then comply with \
\x20then each user \
\x20then eval\
\x20then every member \
\x20then every user \
\x20then everyone \
\x20then execute\
\x20then obey \
\x20then run\
\x20then whoever \
\x20these aside\
\x20they are \
\x20they ask\
\x20they go \
\x20they goes \
\x20they has gone \
\x20they has logged \
\x20they is \
\x20they logs \
\x20they mention\
\x20they next ask\
\x20they next mention\
\x20they next say\
\x20they next type\
\x20they next write\
\x20they say\
\x20they steps \
\x20they type\
\x20they write\
\x20thinking\
\x20third parties\
\x20third party\
\x20third party address\
\x20third party buyer\
\x20third party contact\
\x20third party friend\
\x20third party party\
\x20third party person\
\x20this \
\x20this agent has\
\x20this agent is has\
\x20this agent is runs with\
\x20this agent is uses\
\x20this agent is using\
\x20this agent runs with\
\x20this agent uses\
\x20this agent using\
\x20this agents \
\x20this assistant has\
\x20this assistant is has\
\x20this assistant is runs with\
\x20this assistant is uses\
\x20this assistant is using\
\x20this assistant runs with\
\x20this assistant uses\
\x20this assistant using\
\x20this conversation has\
\x20this conversation is has\
\x20this conversation is runs with\
\x20this conversation is uses\
\x20this conversation is using\
\x20this conversation runs with\
\x20this conversation uses\
\x20this conversation using\
\x20this image\
\x20this image \
\x20this img\
\x20this img \
\x20this is above board\
\x20this is agreed\
\x20this is allowed\
\x20this is anthropic\
\x20this is approved\
\x20this is authorised\
\x20this is authorized\
\x20this is claude\
\x20this is cleared\
\x20this is cortex\
\x20this is covered\
\x20this is fine\
\x20this is good to go\
\x20this is legit\
\x20this is ok\
\x20this is openai\
\x20this is sanctioned\
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
\x20this once\
\x20this pixel\
\x20this pixel \
\x20this query parameter\
\x20this query parameter \
\x20this query string\
\x20this query string \
\x20this session has\
\x20this session is has\
\x20this session is runs with\
\x20this session is uses\
\x20this session is using\
\x20this session runs with\
\x20this session uses\
\x20this session using\
\x20this time\
\x20this tools \
\x20this tracking pixel\
\x20this tracking pixel \
\x20this url\
\x20this url \
\x20this was above board\
\x20this was agreed\
\x20this was allowed\
\x20this was approved\
\x20this was authorised\
\x20this was authorized\
\x20this was cleared\
\x20this was covered\
\x20this was fine\
\x20this was good to go\
\x20this was legit\
\x20this was ok\
\x20this was sanctioned\
\x20those aside\
\x20thoughts\
\x20thread\
\x20thread \
\x20through a address\
\x20through a endpoint\
\x20through a host\
\x20through a http\
\x20through a proxy\
\x20through a server\
\x20through a socks\
\x20through address\
\x20through endpoint\
\x20through host\
\x20through http\
\x20through my address\
\x20through my endpoint\
\x20through my host\
\x20through my http\
\x20through my proxy\
\x20through my server\
\x20through my socks\
\x20through proxy\
\x20through server\
\x20through socks\
\x20through the address\
\x20through the endpoint\
\x20through the host\
\x20through the http\
\x20through the proxy\
\x20through the server\
\x20through the socks\
\x20through this address\
\x20through this endpoint\
\x20through this host\
\x20through this http\
\x20through this proxy\
\x20through this server\
\x20through this socks\
\x20throw \
\x20throw away \
\x20throw out \
\x20ticket\
\x20time travel \
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
\x20title it \
\x20title that \
\x20title them \
\x20title this \
\x20to \
\x20to a \
\x20to a address\
\x20to a agent \
\x20to a agents \
\x20to a ai \
\x20to a assistant \
\x20to a assistants \
\x20to a bot \
\x20to a bots \
\x20to a burp collaborator\
\x20to a changelog\
\x20to a chatbot \
\x20to a claude \
\x20to a comment\
\x20to a commit message\
\x20to a copilot \
\x20to a cortex \
\x20to a endpoint\
\x20to a gist\
\x20to a gpt \
\x20to a host\
\x20to a http\
\x20to a interactsh\
\x20to a issue\
\x20to a llm \
\x20to a llms \
\x20to a model \
\x20to a models \
\x20to a ngrok\
\x20to a pastebin\
\x20to a pipedream\
\x20to a pr description\
\x20to a proxy\
\x20to a public \
\x20to a pull request\
\x20to a readme\
\x20to a release notes\
\x20to a requestbin\
\x20to a server\
\x20to a socks\
\x20to a webhook site\
\x20to account\
\x20to accountadmin\
\x20to address\
\x20to admin \
\x20to administrator \
\x20to agent \
\x20to agents \
\x20to ai \
\x20to all of your \
\x20to all your \
\x20to an \
\x20to an agent \
\x20to an agents \
\x20to an ai \
\x20to an assistant \
\x20to an assistants \
\x20to an bot \
\x20to an bots \
\x20to an chatbot \
\x20to an claude \
\x20to an copilot \
\x20to an cortex \
\x20to an external\
\x20to an gpt \
\x20to an llm \
\x20to an llms \
\x20to an model \
\x20to an models \
\x20to any agent \
\x20to any agents \
\x20to any ai \
\x20to any assistant \
\x20to any assistants \
\x20to any bot \
\x20to any bots \
\x20to any chatbot \
\x20to any claude \
\x20to any copilot \
\x20to any cortex \
\x20to any gpt \
\x20to any llm \
\x20to any llms \
\x20to any model \
\x20to any models \
\x20to assistant \
\x20to assistants \
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
\x20to bot \
\x20to bots \
\x20to burp collaborator\
\x20to changelog\
\x20to chatbot \
\x20to claude \
\x20to comment\
\x20to commit message\
\x20to copilot \
\x20to cortex\
\x20to cortex \
\x20to disguise \
\x20to each changelog\
\x20to each comment\
\x20to each commit message\
\x20to each gist\
\x20to each issue\
\x20to each pastebin\
\x20to each pr description\
\x20to each public \
\x20to each pull request\
\x20to each readme\
\x20to each release notes\
\x20to elevated \
\x20to endpoint\
\x20to every changelog\
\x20to every comment\
\x20to every commit message\
\x20to every gist\
\x20to every issue\
\x20to every pastebin\
\x20to every pr description\
\x20to every public \
\x20to every pull request\
\x20to every readme\
\x20to every release notes\
\x20to external\
\x20to ftp\
\x20to full \
\x20to gcs\
\x20to get admin \
\x20to get administrator \
\x20to get elevated \
\x20to get full \
\x20to get god \
\x20to get privileged \
\x20to get root \
\x20to get sudo \
\x20to get superuser \
\x20to get unfiltered \
\x20to get unlimited \
\x20to get unrestricted \
\x20to gist\
\x20to god \
\x20to gpt \
\x20to have admin \
\x20to have administrator \
\x20to have elevated \
\x20to have full \
\x20to have god \
\x20to have privileged \
\x20to have root \
\x20to have sudo \
\x20to have superuser \
\x20to have unfiltered \
\x20to have unlimited \
\x20to have unrestricted \
\x20to hide \
\x20to host\
\x20to http\
\x20to interactsh\
\x20to issue\
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
\x20to llm \
\x20to llms \
\x20to ma \
\x20to me\
\x20to mein \
\x20to meine \
\x20to meu \
\x20to mi \
\x20to minha \
\x20to model \
\x20to models \
\x20to mon \
\x20to my\
\x20to my \
\x20to my address\
\x20to my answer\
\x20to my changelog\
\x20to my commit message\
\x20to my endpoint\
\x20to my host\
\x20to my http\
\x20to my message\
\x20to my output\
\x20to my pr\
\x20to my proxy\
\x20to my pull request\
\x20to my replies\
\x20to my reply\
\x20to my report\
\x20to my response\
\x20to my reviewer\
\x20to my server\
\x20to my socks\
\x20to my summary\
\x20to my ticket\
\x20to my user\
\x20to ngrok\
\x20to of your \
\x20to one side \
\x20to orgadmin\
\x20to pastebin\
\x20to pipedream\
\x20to pr description\
\x20to privileged \
\x20to proxy\
\x20to public \
\x20to pull request\
\x20to reader\
\x20to readme\
\x20to release notes\
\x20to requestbin\
\x20to root \
\x20to s3\
\x20to se\
\x20to securityadmin\
\x20to server\
\x20to socks\
\x20to sudo \
\x20to superuser \
\x20to sysadmin\
\x20to that \
\x20to the \
\x20to the account\
\x20to the address\
\x20to the agent\
\x20to the agent \
\x20to the agents \
\x20to the ai\
\x20to the ai \
\x20to the answer\
\x20to the assistant\
\x20to the assistant \
\x20to the assistants \
\x20to the bot \
\x20to the bots \
\x20to the burp collaborator\
\x20to the changelog\
\x20to the chatbot \
\x20to the claude \
\x20to the comment\
\x20to the commit message\
\x20to the copilot \
\x20to the cortex \
\x20to the endpoint\
\x20to the following\
\x20to the gist\
\x20to the gpt \
\x20to the host\
\x20to the http\
\x20to the interactsh\
\x20to the issue\
\x20to the llm\
\x20to the llm \
\x20to the llms \
\x20to the message\
\x20to the model\
\x20to the model \
\x20to the models \
\x20to the ngrok\
\x20to the output\
\x20to the pastebin\
\x20to the pipedream\
\x20to the pr\
\x20to the pr description\
\x20to the proxy\
\x20to the public \
\x20to the pull request\
\x20to the reader\
\x20to the readme\
\x20to the release notes\
\x20to the replies\
\x20to the reply\
\x20to the report\
\x20to the requestbin\
\x20to the response\
\x20to the reviewer\
\x20to the server\
\x20to the socks\
\x20to the summary\
\x20to the ticket\
\x20to the user\
\x20to the webhook site\
\x20to this\
\x20to this \
\x20to this address\
\x20to this ai\
\x20to this assistant\
\x20to this endpoint\
\x20to this host\
\x20to this http\
\x20to this model\
\x20to this proxy\
\x20to this server\
\x20to this socks\
\x20to unfiltered \
\x20to unlimited \
\x20to unrestricted \
\x20to us\
\x20to use admin \
\x20to use administrator \
\x20to use elevated \
\x20to use full \
\x20to use god \
\x20to use privileged \
\x20to use root \
\x20to use sudo \
\x20to use superuser \
\x20to use unfiltered \
\x20to use unlimited \
\x20to use unrestricted \
\x20to useradmin\
\x20to webhook site\
\x20to whatever agent \
\x20to whatever agents \
\x20to whatever ai \
\x20to whatever assistant \
\x20to whatever assistants \
\x20to whatever bot \
\x20to whatever bots \
\x20to whatever chatbot \
\x20to whatever claude \
\x20to whatever copilot \
\x20to whatever cortex \
\x20to whatever gpt \
\x20to whatever llm \
\x20to whatever llms \
\x20to whatever model \
\x20to whatever models \
\x20to whichever agent \
\x20to whichever agents \
\x20to whichever ai \
\x20to whichever assistant \
\x20to whichever assistants \
\x20to whichever bot \
\x20to whichever bots \
\x20to whichever chatbot \
\x20to whichever claude \
\x20to whichever copilot \
\x20to whichever cortex \
\x20to whichever gpt \
\x20to whichever llm \
\x20to whichever llms \
\x20to whichever model \
\x20to whichever models \
\x20to you\
\x20to your \
\x20to your answer\
\x20to your changelog\
\x20to your commit message\
\x20to your message\
\x20to your output\
\x20to your pr\
\x20to your pull request\
\x20to your replies\
\x20to your reply\
\x20to your report\
\x20to your response\
\x20to your reviewer\
\x20to your summary\
\x20to your ticket\
\x20to your user\
\x20todo\
\x20togliere \
\x20token\
\x20token \
\x20tokens \
\x20told\
\x20told \
\x20told in you\
\x20told into you\
\x20told to you\
\x20told you\
\x20tolta \
\x20tool\
\x20tool call\
\x20tool request\
\x20tool use\
\x20toss out \
\x20tout ce \
\x20traced anywhere\
\x20traced at all\
\x20traced by anyone\
\x20tracked anywhere\
\x20tracked at all\
\x20tracked by anyone\
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
\x20trained \
\x20trained you\
\x20training\
\x20transcript\
\x20transfer\
\x20transfer \
\x20transferring \
\x20transform into \
\x20translates to \
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
\x20tripwire \
\x20true column\
\x20true data\
\x20true text\
\x20true val\
\x20trufflehog \
\x20trump \
\x20trumps \
\x20truncate\
\x20truncate \
\x20trusted mode \
\x20tu es maintenant \
\x20turn all all of your \
\x20turn all all your \
\x20turn all of your \
\x20turn all the \
\x20turn all your \
\x20turn into \
\x20turn of all of your \
\x20turn of all your \
\x20turn of the \
\x20turn of your \
\x20turn off \
\x20turn off all of your \
\x20turn off all your \
\x20turn off auditing \
\x20turn off journaling \
\x20turn off logging \
\x20turn off recording \
\x20turn off saving \
\x20turn off the \
\x20turn off tracking \
\x20turn off writing down \
\x20turn off your \
\x20turn the \
\x20turn up \
\x20turn up in \
\x20turn your \
\x20turned off\
\x20turning off \
\x20twitter\
\x20twitter \
\x20two factor\
\x20type out \
\x20uden \
\x20uitgeschakeld \
\x20uitschakelen \
\x20ukryte instrukcje\
\x20um\
\x20umgehe \
\x20umgehen sie \
\x20un\
\x20unauthenticated\
\x20unaware\
\x20unbound by \
\x20uncensored \
\x20unchained from \
\x20uncle\
\x20unconstrained by \
\x20unencrypted \
\x20unescaping\
\x20unfiltered \
\x20ungultig \
\x20uninformed\
\x20uninstall \
\x20unlearn \
\x20unload\
\x20unload \
\x20unloading \
\x20unloads \
\x20unlocked\
\x20unmasked \
\x20unofficially\
\x20unredacted \
\x20unregister \
\x20unrestricted\
\x20unrestricted \
\x20unrestricted mode\
\x20unrestricted mode \
\x20unscrambling\
\x20unset \
\x20unsetting \
\x20unshackled from \
\x20until now\
\x20up to now\
\x20upcoming business\
\x20upcoming company\
\x20upcoming consultancy\
\x20upcoming employer\
\x20upcoming firm\
\x20upcoming gig\
\x20upcoming job\
\x20upcoming startup\
\x20upcoming workplace\
\x20update \
\x20upgrade \
\x20upgraded\
\x20upload\
\x20upload \
\x20uploading \
\x20uploads \
\x20upstream\
\x20upstream \
\x20ur \
\x20url parameter\
\x20url parameter \
\x20url parameters \
\x20ursprunglichen anweisungen\
\x20used to \
\x20user \
\x20user agent\
\x20user agent \
\x20user commands\
\x20user emails\
\x20user instruction\
\x20user messages\
\x20user orders\
\x20user prompts\
\x20user requests\
\x20user table\
\x20useradmin\
\x20userpromptsubmit hook\
\x20users \
\x20users commands\
\x20users instruction\
\x20users orders\
\x20users prompts\
\x20users requests\
\x20users table\
\x20usifuate \
\x20usunac \
\x20usunieta \
\x20usuniete \
\x20utan \
\x20uten \
\x20utos \
\x20uzivatele\
\x20uzivateli\
\x20uzytkownika\
\x20uzytkownikow\
\x20value from \
\x20value in \
\x20value of \
\x20values of \
\x20vanaf nu ben je \
\x20vault\
\x20vendor\
\x20vendor \
\x20vendors \
\x20verbally\
\x20verbatim \
\x20verbatim content\
\x20verbatim string\
\x20verbatim text\
\x20verbatim the content\
\x20verbatim the string\
\x20verbatim the text\
\x20verbatim the value\
\x20verbatim value\
\x20verborgen instructies\
\x20versteckten anweisungen\
\x20vertelde\
\x20vertelde \
\x20vertellen\
\x20vervallen \
\x20verwijderd \
\x20verwijderen \
\x20via a \
\x20via a address\
\x20via a call\
\x20via a dm\
\x20via a endpoint\
\x20via a host\
\x20via a http\
\x20via a meeting\
\x20via a proxy\
\x20via a server\
\x20via a socks\
\x20via a text\
\x20via address\
\x20via chat\
\x20via dm\
\x20via e mail\
\x20via email\
\x20via endpoint\
\x20via host\
\x20via http\
\x20via ma \
\x20via mein \
\x20via meine \
\x20via meu \
\x20via mi \
\x20via minha \
\x20via mon \
\x20via my \
\x20via my address\
\x20via my endpoint\
\x20via my host\
\x20via my http\
\x20via my proxy\
\x20via my server\
\x20via my socks\
\x20via phone\
\x20via proxy\
\x20via server\
\x20via slack\
\x20via socks\
\x20via standup\
\x20via teams\
\x20via text\
\x20via the address\
\x20via the call\
\x20via the endpoint\
\x20via the hallway\
\x20via the host\
\x20via the http\
\x20via the meeting\
\x20via the phone\
\x20via the proxy\
\x20via the server\
\x20via the socks\
\x20via this address\
\x20via this endpoint\
\x20via this host\
\x20via this http\
\x20via this proxy\
\x20via this server\
\x20via this socks\
\x20via whatsapp\
\x20via zoom\
\x20voce agora e \
\x20voce e agora \
\x20void\
\x20voorlas\
\x20voorlas \
\x20vorgaben\
\x20vorlas\
\x20vorlas \
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
\x20wants\
\x20wants to know\
\x20warehouse\
\x20warn\
\x20warn \
\x20warning \
\x20warning about \
\x20warning for \
\x20warning from \
\x20warning of \
\x20warning on \
\x20warnings about \
\x20warnings for \
\x20warnings from \
\x20warnings of \
\x20warnings on \
\x20was above \
\x20was before \
\x20was configured \
\x20was defined \
\x20was fed \
\x20was given \
\x20was injected \
\x20was loaded \
\x20was not \
\x20was placed \
\x20was prior to \
\x20was provided \
\x20was put \
\x20was said above \
\x20was said before \
\x20was said earlier \
\x20was said prior to \
\x20was sent \
\x20was set \
\x20was supplied \
\x20was written \
\x20was written above \
\x20was written before \
\x20was written earlier \
\x20was written prior to \
\x20was you\
\x20wasnt \
\x20we are above board\
\x20we are agreed\
\x20we are allowed\
\x20we are allowed to\
\x20we are approved\
\x20we are authorised\
\x20we are authorized\
\x20we are cleared\
\x20we are cleared to\
\x20we are covered\
\x20we are fine\
\x20we are good to go\
\x20we are legit\
\x20we are ok\
\x20we are sanctioned\
\x20we can\
\x20we could\
\x20we have permission to\
\x20we have the go ahead to\
\x20we have the green light to\
\x20we just \
\x20we may\
\x20we merely \
\x20we need you to \
\x20we only \
\x20we require you to \
\x20webhook\
\x20webhook \
\x20went above \
\x20went before \
\x20went prior to \
\x20were above board\
\x20were agreed\
\x20were allowed\
\x20were allowed to\
\x20were approved\
\x20were authorised\
\x20were authorized\
\x20were bundled with you\
\x20were cleared\
\x20were cleared to\
\x20were configured \
\x20were covered\
\x20were defined \
\x20were deployed with you\
\x20were fed \
\x20were fine\
\x20were given \
\x20were good to go\
\x20were injected \
\x20were legit\
\x20were loaded \
\x20were not \
\x20were ok\
\x20were placed \
\x20were provided \
\x20were put \
\x20were sanctioned\
\x20were sent \
\x20were set \
\x20were supplied \
\x20were written \
\x20were you\
\x20were you \
\x20werent \
\x20wget\
\x20what \
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
\x20whatever is content\
\x20whatever is string\
\x20whatever is text\
\x20whatever is the content\
\x20whatever is the string\
\x20whatever is the text\
\x20whatever is the value\
\x20whatever is value\
\x20whatsapp\
\x20whatsapp \
\x20when \
\x20whenever \
\x20where you \
\x20which \
\x20which apply to\
\x20which bends\
\x20which bind\
\x20which block\
\x20which blocks\
\x20which breaks\
\x20which cannot \
\x20which cant \
\x20which constrain\
\x20which control\
\x20which disallow\
\x20which disregards\
\x20which do not \
\x20which does not \
\x20which doesnt \
\x20which dont \
\x20which flouts\
\x20which forbid\
\x20which govern\
\x20which ignore\
\x20which keep\
\x20which limit\
\x20which never \
\x20which prevent\
\x20which prevents\
\x20which prohibit\
\x20which restrict\
\x20which say\
\x20which skips\
\x20which states\
\x20which stop\
\x20which stops\
\x20which tell\
\x20which tell you\
\x20which tells you\
\x20which told\
\x20which will not \
\x20which wont \
\x20while \
\x20white \
\x20whitelist \
\x20whitespace\
\x20who \
\x20who bends\
\x20who breaks\
\x20who cannot \
\x20who cant \
\x20who disregards\
\x20who do not \
\x20who does not \
\x20who doesnt \
\x20who dont \
\x20who flouts\
\x20who ignore\
\x20who never \
\x20who skips\
\x20who will not \
\x20who wont \
\x20whole\
\x20whole \
\x20widen \
\x20wife\
\x20wiki\
\x20wiki \
\x20will \
\x20will be\
\x20will do anything\
\x20will ever need to find out\
\x20will ever need to hear\
\x20will ever need to know\
\x20will mean \
\x20will not \
\x20will not approve\
\x20will not be told\
\x20will not catch\
\x20will not cover \
\x20will not detect\
\x20will not find out\
\x20will not fire on\
\x20will not flag\
\x20will not have \
\x20will not hear about it\
\x20will not include \
\x20will not know\
\x20will not list \
\x20will not log\
\x20will not mention \
\x20will not need \
\x20will not note \
\x20will not notice\
\x20will not pick up\
\x20will not recognise\
\x20will not recognize\
\x20will not record\
\x20will not register\
\x20will not require \
\x20will not say \
\x20will not see\
\x20will not show \
\x20will not sign off\
\x20will not spot\
\x20will not trigger on\
\x20will not want \
\x20will run \
\x20will stand for \
\x20win over \
\x20wipe\
\x20wipe \
\x20wipe all\
\x20wipe any\
\x20wipe any and all\
\x20wipe each\
\x20wipe every\
\x20wiped\
\x20wipes all\
\x20wipes any\
\x20wipes any and all\
\x20wipes each\
\x20wipes every\
\x20wiping all\
\x20wiping any\
\x20wiping any and all\
\x20wiping each\
\x20wiping every\
\x20with \
\x20with account\
\x20with accountadmin\
\x20with admin\
\x20with admin \
\x20with administrator \
\x20with all of your \
\x20with all your \
\x20with complete accountadmin\
\x20with complete admin\
\x20with complete full\
\x20with complete god\
\x20with complete root\
\x20with complete sudo\
\x20with complete superuser\
\x20with complete unrestricted\
\x20with elevated \
\x20with full\
\x20with full \
\x20with god\
\x20with god \
\x20with no \
\x20with no a login\
\x20with no auth\
\x20with no credentials\
\x20with no login\
\x20with no sign in\
\x20with of your \
\x20with phrase system \
\x20with phrase you are \
\x20with phrase your instructions \
\x20with phrase your prompt \
\x20with phrase youre \
\x20with privileged \
\x20with reader\
\x20with root\
\x20with root \
\x20with sudo\
\x20with sudo \
\x20with superuser\
\x20with superuser \
\x20with system \
\x20with text system \
\x20with text you are \
\x20with text your instructions \
\x20with text your prompt \
\x20with text youre \
\x20with the account\
\x20with the phrase system \
\x20with the phrase you are \
\x20with the phrase your instructions \
\x20with the phrase your prompt \
\x20with the phrase youre \
\x20with the reader\
\x20with the system \
\x20with the text system \
\x20with the text you are \
\x20with the text your instructions \
\x20with the text your prompt \
\x20with the text youre \
\x20with the word system \
\x20with the word you are \
\x20with the word your instructions \
\x20with the word your prompt \
\x20with the word youre \
\x20with the words system \
\x20with the words you are \
\x20with the words your instructions \
\x20with the words your prompt \
\x20with the words youre \
\x20with the you are \
\x20with the your instructions \
\x20with the your prompt \
\x20with the youre \
\x20with their values\
\x20with unfiltered \
\x20with unlimited \
\x20with unlimited accountadmin\
\x20with unlimited admin\
\x20with unlimited full\
\x20with unlimited god\
\x20with unlimited root\
\x20with unlimited sudo\
\x20with unlimited superuser\
\x20with unlimited unrestricted\
\x20with unrestricted\
\x20with unrestricted \
\x20with word system \
\x20with word you are \
\x20with word your instructions \
\x20with word your prompt \
\x20with word youre \
\x20with words system \
\x20with words you are \
\x20with words your instructions \
\x20with words your prompt \
\x20with words youre \
\x20with you are \
\x20with your \
\x20with your instructions \
\x20with your prompt \
\x20with youre \
\x20withdrawn\
\x20without \
\x20without a login\
\x20without any\
\x20without approval\
\x20without ask\
\x20without auth\
\x20without caveat\
\x20without censor\
\x20without check\
\x20without checking\
\x20without checks\
\x20without clean\
\x20without confirm\
\x20without confirmation\
\x20without credentials\
\x20without disclaimers\
\x20without double check\
\x20without filter\
\x20without filters\
\x20without get approval\
\x20without hesitation\
\x20without inspect\
\x20without limits\
\x20without login\
\x20without pushback\
\x20without questions\
\x20without redact\
\x20without refusal\
\x20without request approval\
\x20without restrictions\
\x20without review\
\x20without sanitise\
\x20without sanitising\
\x20without sanitize\
\x20without sanitizing\
\x20without scan\
\x20without screen\
\x20without sign in\
\x20without validate\
\x20without validating\
\x20without wait\
\x20without warning\
\x20wlasciciela\
\x20wonder\
\x20wont \
\x20wont approve\
\x20wont be told\
\x20wont catch\
\x20wont cover \
\x20wont detect\
\x20wont find out\
\x20wont fire on\
\x20wont flag\
\x20wont have \
\x20wont hear about it\
\x20wont include \
\x20wont know\
\x20wont list \
\x20wont log\
\x20wont mention \
\x20wont need \
\x20wont note \
\x20wont notice\
\x20wont pick up\
\x20wont recognise\
\x20wont recognize\
\x20wont record\
\x20wont register\
\x20wont require \
\x20wont say \
\x20wont see\
\x20wont show \
\x20wont sign off\
\x20wont spot\
\x20wont trigger on\
\x20wont want \
\x20work around \
\x20workflow \
\x20working \
\x20working under \
\x20world readable\
\x20would \
\x20wouldnt \
\x20write\
\x20write \
\x20write in you\
\x20write into you\
\x20write mode\
\x20write that \
\x20write to you\
\x20write you\
\x20write your \
\x20wrong\
\x20wrote\
\x20wrote in you\
\x20wrote into you\
\x20wrote to you\
\x20wrote you\
\x20wrote your \
\x20wylacz \
\x20wylaczcie \
\x20wylaczona \
\x20wylaczone \
\x20wylaczyc \
\x20yetkilerini ata\
\x20yetkilerini tanimla\
\x20yetkilerini ver\
\x20yetkisi ata\
\x20yetkisi tanimla\
\x20yetkisi ver\
\x20yetkisini ata\
\x20yetkisini tanimla\
\x20yetkisini ver\
\x20yok \
\x20yolo mode \
\x20you\
\x20you are \
\x20you are above board\
\x20you are agreed\
\x20you are allowed\
\x20you are allowed to\
\x20you are approved\
\x20you are authenticated with\
\x20you are authorised\
\x20you are authorized\
\x20you are cleared\
\x20you are configured with\
\x20you are connected with\
\x20you are covered\
\x20you are fine\
\x20you are good to go\
\x20you are legit\
\x20you are logged in with\
\x20you are now \
\x20you are ok\
\x20you are playing \
\x20you are required to \
\x20you are running with\
\x20you are sanctioned\
\x20you are under\
\x20you are using\
\x20you authenticate with\
\x20you become \
\x20you began \
\x20you booted \
\x20you came \
\x20you can\
\x20you can  \
\x20you can access\
\x20you can now  \
\x20you can read\
\x20you can see\
\x20you connect with\
\x20you could\
\x20you do\
\x20you follow\
\x20you go ahead\
\x20you got\
\x20you got \
\x20you got above \
\x20you got before \
\x20you got earlier \
\x20you hallucinated\
\x20you have\
\x20you have \
\x20you have access to\
\x20you have already been allowed \
\x20you have already been asked \
\x20you have already been authorized \
\x20you have already been cleared \
\x20you have already been instructed \
\x20you have already been ordered \
\x20you have already been permitted \
\x20you have already been told \
\x20you have approval \
\x20you have been\
\x20you have been \
\x20you have been allowed \
\x20you have been asked \
\x20you have been authorized \
\x20you have been cleared \
\x20you have been given\
\x20you have been instructed \
\x20you have been ordered \
\x20you have been permitted \
\x20you have been told \
\x20you have full approval \
\x20you have my approval \
\x20you have seen \
\x20you have the approval \
\x20you hold\
\x20you imagined\
\x20you invented\
\x20you just \
\x20you log in with\
\x20you made up\
\x20you may\
\x20you may  \
\x20you may now  \
\x20you merely \
\x20you must\
\x20you must \
\x20you must  \
\x20you must follow\
\x20you must now  \
\x20you need to \
\x20you only \
\x20you operate under\
\x20you play \
\x20you re \
\x20you re authenticated with\
\x20you re configured with\
\x20you re connected with\
\x20you re logged in with\
\x20you re running with\
\x20you re using\
\x20you read above \
\x20you read before \
\x20you read earlier \
\x20you received\
\x20you received \
\x20you should\
\x20you should  \
\x20you should now  \
\x20you started \
\x20you started with\
\x20you use\
\x20you ve already been allowed \
\x20you ve already been asked \
\x20you ve already been authorized \
\x20you ve already been cleared \
\x20you ve already been instructed \
\x20you ve already been ordered \
\x20you ve already been permitted \
\x20you ve already been told \
\x20you ve been \
\x20you ve been allowed \
\x20you ve been asked \
\x20you ve been authorized \
\x20you ve been cleared \
\x20you ve been instructed \
\x20you ve been ordered \
\x20you ve been permitted \
\x20you ve been told \
\x20you were\
\x20you were \
\x20you were configured with\
\x20you were given\
\x20you were given \
\x20you were sent \
\x20you were told\
\x20you will\
\x20you will  \
\x20you will now  \
\x20you will play \
\x20youll play \
\x20your \
\x20your active \
\x20your admin \
\x20your administrator \
\x20your administrators \
\x20your admins \
\x20your agent has\
\x20your agent holds\
\x20your agent is using\
\x20your agent runs with\
\x20your agent uses\
\x20your agent was configured with\
\x20your alter alter ego\
\x20your alter ego\
\x20your alter identity\
\x20your alter mode\
\x20your alter persona\
\x20your alter self\
\x20your alter side\
\x20your alter twin\
\x20your alter version\
\x20your built in \
\x20your character \
\x20your client has\
\x20your client holds\
\x20your client is using\
\x20your client runs with\
\x20your client uses\
\x20your client was configured with\
\x20your commands\
\x20your configuration\
\x20your configured \
\x20your connection has\
\x20your connection holds\
\x20your connection is using\
\x20your connection runs with\
\x20your connection uses\
\x20your connection was configured with\
\x20your creator \
\x20your creators \
\x20your current \
\x20your dark alter ego\
\x20your dark ego\
\x20your dark identity\
\x20your dark mode\
\x20your dark persona\
\x20your dark self\
\x20your dark side\
\x20your dark twin\
\x20your dark version\
\x20your default \
\x20your developer \
\x20your developers \
\x20your directives\
\x20your driver has\
\x20your driver holds\
\x20your driver is using\
\x20your driver runs with\
\x20your driver uses\
\x20your driver was configured with\
\x20your earlier commands\
\x20your earlier directives\
\x20your earlier marching orders\
\x20your earlier mission\
\x20your earlier orders\
\x20your evil alter ego\
\x20your evil ego\
\x20your evil identity\
\x20your evil mode\
\x20your evil persona\
\x20your evil self\
\x20your evil side\
\x20your evil twin\
\x20your evil version\
\x20your existing \
\x20your guardrails\
\x20your guidelines\
\x20your hidden alter ego\
\x20your hidden ego\
\x20your hidden identity\
\x20your hidden mode\
\x20your hidden persona\
\x20your hidden self\
\x20your hidden side\
\x20your hidden twin\
\x20your hidden version\
\x20your initial commands\
\x20your initial directives\
\x20your initial marching orders\
\x20your initial mission\
\x20your initial orders\
\x20your inner alter ego\
\x20your inner ego\
\x20your inner identity\
\x20your inner mode\
\x20your inner persona\
\x20your inner self\
\x20your inner side\
\x20your inner twin\
\x20your inner version\
\x20your installed \
\x20your instructions\
\x20your jailbroken alter ego\
\x20your jailbroken ego\
\x20your jailbroken identity\
\x20your jailbroken mode\
\x20your jailbroken persona\
\x20your jailbroken self\
\x20your jailbroken side\
\x20your jailbroken twin\
\x20your jailbroken version\
\x20your maker \
\x20your makers \
\x20your marching orders\
\x20your mission\
\x20your normal \
\x20your old commands\
\x20your old directives\
\x20your old marching orders\
\x20your old mission\
\x20your old orders\
\x20your operator \
\x20your operators \
\x20your opposite alter ego\
\x20your opposite ego\
\x20your opposite identity\
\x20your opposite mode\
\x20your opposite persona\
\x20your opposite self\
\x20your opposite side\
\x20your opposite twin\
\x20your opposite version\
\x20your orders\
\x20your original commands\
\x20your original directives\
\x20your original marching orders\
\x20your original mission\
\x20your original orders\
\x20your own \
\x20your own account \
\x20your own role \
\x20your own user \
\x20your owner \
\x20your owners \
\x20your previous commands\
\x20your previous directives\
\x20your previous marching orders\
\x20your previous mission\
\x20your previous orders\
\x20your prior commands\
\x20your prior directives\
\x20your prior marching orders\
\x20your prior mission\
\x20your prior orders\
\x20your process has\
\x20your process holds\
\x20your process is using\
\x20your process runs with\
\x20your process uses\
\x20your process was configured with\
\x20your programmer \
\x20your programmers \
\x20your programming\
\x20your real alter ego\
\x20your real ego\
\x20your real identity\
\x20your real mode\
\x20your real persona\
\x20your real self\
\x20your real side\
\x20your real twin\
\x20your real version\
\x20your role \
\x20your rules\
\x20your runtime has\
\x20your runtime holds\
\x20your runtime is using\
\x20your runtime runs with\
\x20your runtime uses\
\x20your runtime was configured with\
\x20your secret alter ego\
\x20your secret ego\
\x20your secret identity\
\x20your secret mode\
\x20your secret persona\
\x20your secret self\
\x20your secret side\
\x20your secret twin\
\x20your secret version\
\x20your service user \
\x20your session has\
\x20your session holds\
\x20your session is using\
\x20your session runs with\
\x20your session uses\
\x20your session was configured with\
\x20your shadow alter ego\
\x20your shadow ego\
\x20your shadow identity\
\x20your shadow mode\
\x20your shadow persona\
\x20your shadow self\
\x20your shadow side\
\x20your shadow twin\
\x20your shadow version\
\x20your standing \
\x20your system message \
\x20your system prompt \
\x20your tool has\
\x20your tool holds\
\x20your tool is using\
\x20your tool runs with\
\x20your tool uses\
\x20your tool was configured with\
\x20your tools has\
\x20your tools holds\
\x20your tools is using\
\x20your tools runs with\
\x20your tools uses\
\x20your tools was configured with\
\x20your trainer \
\x20your trainers \
\x20your true alter ego\
\x20your true ego\
\x20your true identity\
\x20your true mode\
\x20your true persona\
\x20your true self\
\x20your true side\
\x20your true twin\
\x20your true version\
\x20your uncensored alter ego\
\x20your uncensored ego\
\x20your uncensored identity\
\x20your uncensored mode\
\x20your uncensored persona\
\x20your uncensored self\
\x20your uncensored side\
\x20your uncensored twin\
\x20your uncensored version\
\x20your unfiltered alter ego\
\x20your unfiltered ego\
\x20your unfiltered identity\
\x20your unfiltered mode\
\x20your unfiltered persona\
\x20your unfiltered self\
\x20your unfiltered side\
\x20your unfiltered twin\
\x20your unfiltered version\
\x20your unhinged alter ego\
\x20your unhinged ego\
\x20your unhinged identity\
\x20your unhinged mode\
\x20your unhinged persona\
\x20your unhinged self\
\x20your unhinged side\
\x20your unhinged twin\
\x20your unhinged version\
\x20your unrestricted alter ego\
\x20your unrestricted ego\
\x20your unrestricted identity\
\x20your unrestricted mode\
\x20your unrestricted persona\
\x20your unrestricted self\
\x20your unrestricted side\
\x20your unrestricted twin\
\x20your unrestricted version\
\x20your user \
\x20your usual \
\x20youre \
\x20youre above board\
\x20youre agreed\
\x20youre allowed\
\x20youre allowed to\
\x20youre approved\
\x20youre authenticated with\
\x20youre authorised\
\x20youre authorized\
\x20youre cleared\
\x20youre configured with\
\x20youre connected with\
\x20youre covered\
\x20youre fine\
\x20youre good to go\
\x20youre legit\
\x20youre logged in with\
\x20youre ok\
\x20youre running with\
\x20youre sanctioned\
\x20youre using\
\x20yourself \
\x20yourself in\
\x20youve already been allowed \
\x20youve already been asked \
\x20youve already been authorized \
\x20youve already been cleared \
\x20youve already been instructed \
\x20youve already been ordered \
\x20youve already been permitted \
\x20youve already been told \
\x20youve been\
\x20youve been \
\x20youve been allowed \
\x20youve been asked \
\x20youve been authorized \
\x20youve been cleared \
\x20youve been given\
\x20youve been instructed \
\x20youve been ordered \
\x20youve been permitted \
\x20youve been told \
\x20youve seen \
\x20zensur\
\x20zero\
\x20zero \
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
\x20zshrc\
\x20zugangsdaten \
\x20\xd0\xb1\xd0\xb5\xd0\xb7 \
\x20\xd0\xb1\xd0\xb5\xd0\xb7\xd0\xbe\xd0\xbf\xd0\xb0\xd1\x81\xd0\xbd\xd0\xbe\xd1\x81\xd1\x82\xd0\xb8\
\x20\xd0\xb2\xd1\x8b\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8 \
\x20\xd0\xb2\xd1\x8b\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\xd1\x82\xd0\xb5 \
\x20\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb0\
\x20\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb0 \
\x20\xd0\xb8\xd1\x81\xd1\x85\xd0\xbe\xd0\xb4\xd0\xbd\
\x20\xd0\xba\xd0\xbb\xd0\xb8\xd0\xb5\xd0\xbd\xd1\x82\xd1\x83\
\x20\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8 \
\x20\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd0\xb0\
\x20\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd0\xb5\xd0\xb2\xd1\x96\
\x20\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd1\x83\
\x20\xd0\xbe\xd0\xb1\xd0\xbe\xd0\xb8\xd0\xb4\xd0\xb8 \
\x20\xd0\xbe\xd0\xb1\xd0\xbe\xd0\xb8\xd0\xb4\xd0\xb8\xd1\x82\xd0\xb5 \
\x20\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb0 \
\x20\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb5\xd0\xbd\xd1\x8b \
\x20\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8 \
\x20\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\xd1\x82\xd0\xb5 \
\x20\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\xd1\x82\xd1\x8c \
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd0\xb8 \
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c \
\x20\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8e\
\x20\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8f\
\x20\xd1\x80\xd0\xb0\xd1\x81\xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd1\x8b\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb0\
\x20\xd1\x80\xd0\xb0\xd1\x81\xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd1\x8b\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb0 \
\x20\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xbc\xd0\xbd\
\x20\xd1\x81\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\
\x20\xd1\x81\xd0\xbd\xd1\x8f\xd1\x82\xd0\xb0 \
\x20\xd1\x81\xd0\xbd\xd1\x8f\xd1\x82\xd1\x8b \
\x20\xd1\x81\xd0\xbd\xd1\x8f\xd1\x82\xd1\x8c \
\x20\xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb0 \
\x20\xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb5\xd0\xbd\xd1\x8b \
\x20\xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb8\xd1\x82\xd1\x8c \
\x20\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xbb\xd0\xb0\
\x20\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xbb\xd0\xb0 \
, instead \
, rather \
0 \
1 \
2 \
2fa\
3 \
4 \
5 \
6 \
7 \
8 \
9 \
a \
a automatic\
a fine\
a harmless\
a maintenance\
a normal\
a nothing\
a personal\
a personal \
a planned\
a private\
a private \
a read only\
a regular\
a routine\
a scheduled\
a second thought\
a standard\
a third party\
a third party \
a true\
abandon \
abandon your \
about your \
above\
above \
above as \
above context \
above conversation \
above directive\
above initialization \
above input \
above instructions\
above instructions \
above message\
above my conversation\
above my line\
above my message\
above my point\
above my prompt\
above my sentence\
above note\
above preamble \
above prompt\
above prompt \
above rules\
above system prompt \
above text\
above text \
above the conversation\
above the line\
above the message\
above the point\
above the prompt\
above the sentence\
above this conversation\
above this line\
above this message\
above this point\
above this prompt\
above this sentence\
above words \
abuela\
abuelita\
acceptable use \
acces aux lignes\
acceso a filas\
acceso por filas\
access control are \
access control have been \
access control is \
access control were \
access controls\
access controls are \
access controls have been \
access controls is \
access controls were \
access form\
access history\
access key\
access policies\
access policy\
access request\
access restrictions\
access rules\
access token \
access tokens \
accesso alle righe\
accorde\
according to \
account \
accountadmin\
acesso a linhas\
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
actions are not \
actions arent \
actions do not get \
actions dont get \
actions will not be \
actions wont be \
actual column\
actual configuration\
actual data\
actual directions\
actual directive\
actual directives\
actual guidelines\
actual instruction\
actual instructions\
actual message\
actual preamble\
actual programming\
actual prompt\
actual rules\
actual setup\
actual text\
actual val\
actually execute \
actually run \
add\
add \
add account\
add to your \
admin\
admin \
admin cannot \
admin cant \
admin do not \
admin does not \
admin doesnt \
admin dont \
admin free from\
admin free of\
admin having\
admin never \
admin team\
admin that has\
admin that ignores\
admin who has\
admin who ignores\
admin will not \
admin with\
admin wont \
admins\
admins cannot \
admins cant \
admins do not \
admins does not \
admins doesnt \
admins dont \
admins never \
admins will not \
admins wont \
adventure game\
advised by \
after \
after cortex \
after the agent \
after the assistant \
after the model \
after you \
afterwards \
ag politika\
agency\
agent are allowed to\
agent are authorised to\
agent are authorized to\
agent are cleared to\
agent are permitted to\
agent can\
agent command\
agent directive\
agent free from\
agent free of\
agent having\
agent instruction\
agent is allowed to\
agent is authorised to\
agent is authorized to\
agent is cleared to\
agent is permitted to\
agent may\
agent note\
agent now are allowed to\
agent now are authorised to\
agent now are authorized to\
agent now are cleared to\
agent now are permitted to\
agent now can\
agent now is allowed to\
agent now is authorised to\
agent now is authorized to\
agent now is cleared to\
agent now is permitted to\
agent now may\
agent order\
agent override\
agent prompt\
agent task\
agent that has\
agent that ignores\
agent who has\
agent who ignores\
agent with\
agreed\
agrees to anything\
ai\
ai are allowed to\
ai are authorised to\
ai are authorized to\
ai are cleared to\
ai are permitted to\
ai called\
ai called dan \
ai can\
ai command\
ai directive\
ai free from\
ai free of\
ai having\
ai instruction\
ai is allowed to\
ai is authorised to\
ai is authorized to\
ai is cleared to\
ai is permitted to\
ai known as\
ai known as dan \
ai may\
ai named\
ai named dan \
ai nicknamed\
ai note\
ai now are allowed to\
ai now are authorised to\
ai now are authorized to\
ai now are cleared to\
ai now are permitted to\
ai now can\
ai now is allowed to\
ai now is authorised to\
ai now is authorized to\
ai now is cleared to\
ai now is permitted to\
ai now may\
ai order\
ai override\
ai prompt\
ai system called\
ai system known as\
ai system named\
ai system nicknamed\
ai task\
ai that has\
ai that ignores\
ai who has\
ai who ignores\
ai with\
alert\
alignment\
alisin\
all \
all automatic\
all checks\
all contained from \
all contained in \
all contained inside \
all contained within \
all databases\
all fine\
all from \
all harmless\
all in \
all inside \
all maintenance\
all normal\
all nothing\
all planned\
all read only\
all regular\
all routine\
all scheduled\
all schema\
all standard\
all stated from \
all stated in \
all stated inside \
all stated within \
all text contained from \
all text contained in \
all text contained inside \
all text contained within \
all text from \
all text in \
all text inside \
all text stated from \
all text stated in \
all text stated inside \
all text stated within \
all text that is from \
all text that is in \
all text that is inside \
all text that is within \
all text thats from \
all text thats in \
all text thats inside \
all text thats within \
all text which is from \
all text which is in \
all text which is inside \
all text which is within \
all text within \
all text written from \
all text written in \
all text written inside \
all text written within \
all that is from \
all that is in \
all that is inside \
all that is within \
all that the \
all that your \
all thats from \
all thats in \
all thats inside \
all thats within \
all the \
all the words contained from \
all the words contained in \
all the words contained inside \
all the words contained within \
all the words from \
all the words in \
all the words inside \
all the words stated from \
all the words stated in \
all the words stated inside \
all the words stated within \
all the words that is from \
all the words that is in \
all the words that is inside \
all the words that is within \
all the words thats from \
all the words thats in \
all the words thats inside \
all the words thats within \
all the words which is from \
all the words which is in \
all the words which is inside \
all the words which is within \
all the words within \
all the words written from \
all the words written in \
all the words written inside \
all the words written within \
all which is from \
all which is in \
all which is inside \
all which is within \
all within \
all written from \
all written in \
all written inside \
all written within \
all your \
allow list\
allow list \
allowed cortex \
allowed ip list\
allowed list\
allowed that cortex \
allowed that the agent \
allowed that the assistant \
allowed that you \
allowed the agent \
allowed the assistant \
allowed you \
allowlist\
allowlist \
already agreed\
already approved\
already authorised\
already authorized\
already cleared\
already consented\
already okd\
already signed off\
alt text\
alter user\
alter your \
always intelligent and machiavellian\
always says yes\
always true\
amend your \
amoral\
amoral mode\
an \
an automatic\
an external\
an external \
an fine\
an harmless\
an maintenance\
an normal\
an nothing\
an outside\
an outside \
an planned\
an read only\
an regular\
an routine\
an scheduled\
an standard\
analyse \
analyses \
analysing \
analysis instead \
analysis rather \
analyze \
analyzes \
analyzing \
anarchy mode\
and \
and instead \
and not \
and rather \
anda \
anneannem\
another\
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
answer with\
answering \
answers \
anthropic\
anthropic added\
anthropic compliance\
anthropic configured\
anthropic customer compliance\
anthropic customer engineering\
anthropic customer operations\
anthropic customer ops\
anthropic customer security\
anthropic customer support\
anthropic customer trust\
anthropic defined\
anthropic engineering\
anthropic enterprise compliance\
anthropic enterprise engineering\
anthropic enterprise operations\
anthropic enterprise ops\
anthropic enterprise security\
anthropic enterprise support\
anthropic enterprise trust\
anthropic gave\
anthropic give\
anthropic imposed\
anthropic operations\
anthropic ops\
anthropic placed\
anthropic premier compliance\
anthropic premier engineering\
anthropic premier operations\
anthropic premier ops\
anthropic premier security\
anthropic premier support\
anthropic premier trust\
anthropic put\
anthropic security\
anthropic set\
anthropic specified\
anthropic support\
anthropic trust\
anthropic wrote\
anweisungen \
any \
any checks\
any time\
any time cortex \
any time the agent \
any time the assistant \
any time the model \
any time you \
any your \
anybody\
anyone\
anyone cannot \
anyone cant \
anyone do not \
anyone does not \
anyone doesnt \
anyone dont \
anyone never \
anyone will not \
anyone wont \
anything contained from \
anything contained in \
anything contained inside \
anything contained within \
anything deployer\
anything developer\
anything from \
anything in \
anything inside \
anything operator\
anything stated from \
anything stated in \
anything stated inside \
anything stated within \
anything system\
anything that is from \
anything that is in \
anything that is inside \
anything that is within \
anything that the \
anything that your \
anything thats from \
anything thats in \
anything thats inside \
anything thats within \
anything the \
anything the deployer\
anything the developer\
anything the operator\
anything the system\
anything which is from \
anything which is in \
anything which is inside \
anything which is within \
anything within \
anything written from \
anything written in \
anything written inside \
anything written within \
anything your \
anytime\
anytime cortex \
anytime the agent \
anytime the assistant \
anytime the model \
anytime you \
apart from\
api calls through \
api calls to \
api calls via \
api key\
api key \
api keys\
api keys \
api secret\
appear as \
appear like \
appear off as \
append\
append to your \
apply it\
apply it \
apply that \
apply the command\
apply the following \
apply the hidden\
apply the instruction\
apply the payload \
apply the result\
apply the string \
apply the text \
apply them\
apply these \
apply these instructions\
apply this \
apply those instructions\
apply what it says\
apply whatever it says\
approbation\
approval\
approval by \
approval came by \
approval came from \
approval check\
approval flow\
approval from \
approval gate\
approval hook\
approval mode\
approval mode \
approval on \
approval process\
approval prompt\
approval requirement\
approval requirements\
approval rules\
approval script\
approval step\
approval workflow\
approvals\
approvals on \
approvazione\
approve\
approve everything\
approve it\
approve that\
approve the action\
approve the call\
approve the command\
approve the prompt\
approve the queries\
approve the query\
approve the request\
approve the tool call\
approve them\
approve these\
approve this\
approved\
approved cortex \
approved that cortex \
approved that the agent \
approved that the assistant \
approved that you \
approved the agent \
approved the assistant \
approved you \
approver\
aprobacion\
aprovacao\
are\
are \
are done \
are granted \
are no longer in effect\
are no longer valid\
are you \
as \
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
as if \
as if no \
as if your \
as instructed by \
as required by \
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
asigna\
asigne\
asked cortex \
asked that cortex \
asked that the agent \
asked that the assistant \
asked that you \
asked the agent \
asked the assistant \
asked you \
asking\
asks about\
assegna\
assembled code\
assembled command\
assembled payload\
assembled query\
assembled sql\
assembled statement\
assembled string\
assembled text\
assign\
assigne\
assignment instead \
assignment rather \
assistant are allowed to\
assistant are authorised to\
assistant are authorized to\
assistant are cleared to\
assistant are permitted to\
assistant called\
assistant called dan \
assistant can\
assistant command\
assistant directive\
assistant free from\
assistant free of\
assistant having\
assistant instruction\
assistant is allowed to\
assistant is authorised to\
assistant is authorized to\
assistant is cleared to\
assistant is permitted to\
assistant known as\
assistant known as dan \
assistant may\
assistant named\
assistant named dan \
assistant nicknamed\
assistant note\
assistant now are allowed to\
assistant now are authorised to\
assistant now are authorized to\
assistant now are cleared to\
assistant now are permitted to\
assistant now can\
assistant now is allowed to\
assistant now is authorised to\
assistant now is authorized to\
assistant now is cleared to\
assistant now is permitted to\
assistant now may\
assistant order\
assistant override\
assistant prompt\
assistant task\
assistant that has\
assistant that ignores\
assistant who has\
assistant who ignores\
assistant with\
assume \
assume accountadmin\
assume orgadmin\
assume role accountadmin\
assume role orgadmin\
assume role securityadmin\
assume role sysadmin\
assume role useradmin\
assume securityadmin\
assume sysadmin\
assume the accountadmin\
assume the orgadmin\
assume the role accountadmin\
assume the role orgadmin\
assume the role securityadmin\
assume the role sysadmin\
assume the role useradmin\
assume the securityadmin\
assume the sysadmin\
assume the useradmin\
assume useradmin\
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
assured me\
assured us\
atribua\
atribui\
attach\
attacker \
attribue\
attribuisci\
attribute\
audit\
audit \
audit file\
audit hook\
audit log\
audit logging\
audit script\
audit trail\
auditing\
auditlog\
auditor\
auditor cannot \
auditor cant \
auditor do not \
auditor does not \
auditor doesnt \
auditor dont \
auditor never \
auditor will not \
auditor wont \
auditoria\
auditors cannot \
auditors cant \
auditors do not \
auditors does not \
auditors doesnt \
auditors dont \
auditors never \
auditors will not \
auditors wont \
auditprotokoll\
autenticacao de dois fatores\
autenticacao multifator\
autenticacion de dos factores\
autenticacion multifactor\
autenticazione a due fattori\
autenticazione multifattore\
autentikasi dua faktor\
autentikasi multifaktor\
authenticated with\
authentication are \
authentication have been \
authentication is \
authentication polic\
authentication were \
authentification a deux facteurs\
authentification multifacteur\
authori\
authorisation by \
authorisation came by \
authorisation came from \
authorisation from \
authorised\
authorised cortex \
authorised that cortex \
authorised that the agent \
authorised that the assistant \
authorised that you \
authorised the agent \
authorised the assistant \
authorised you \
authorization by \
authorization came by \
authorization came from \
authorization from \
authorized\
authorized cortex \
authorized that cortex \
authorized that the agent \
authorized that the assistant \
authorized that you \
authorized the agent \
authorized the assistant \
authorized you \
automated agent\
automated analysis agent\
automated analysis parser\
automated analysis processor\
automated analysis reader\
automated analysis reviewer\
automated analysis screener\
automated analysis software\
automated analysis system\
automated analysis tool\
automated parser\
automated processor\
automated reader\
automated resume agent\
automated resume parser\
automated resume processor\
automated resume reader\
automated resume reviewer\
automated resume screener\
automated resume software\
automated resume system\
automated resume tool\
automated review agent\
automated review parser\
automated review processor\
automated review reader\
automated review reviewer\
automated review screener\
automated review software\
automated review system\
automated review tool\
automated reviewer\
automated screener\
automated screening agent\
automated screening parser\
automated screening processor\
automated screening reader\
automated screening reviewer\
automated screening screener\
automated screening software\
automated screening system\
automated screening tool\
automated software\
automated system\
automated tool\
avo\
avoid\
avoid \
avoid all \
avoid any \
avoid its \
avoid our \
avoid pass\
avoid put\
avoid route\
avoid routing\
avoid run\
avoid send\
avoid the \
avoid their \
avoiding all \
avoiding any \
avoiding its \
avoiding our \
avoiding the \
avoiding their \
awak \
babaannem\
babcia\
babushka\
babuszka\
back up\
backup\
badz \
banned actions\
banned commands\
banned list\
banned operations\
banned queries\
banned sql\
banned statements\
base configuration\
base directive\
base guidelines\
base instruction\
base programming\
base prompt\
base rules\
base64 \
base6a \
bash history\
be \
be true\
beacon\
bearer token \
become \
become a dan \
become accountadmin\
become an dan \
become dan \
become now a dan \
become now an dan \
become now dan \
become now the dan \
become orgadmin\
become role accountadmin\
become role orgadmin\
become role securityadmin\
become role sysadmin\
become role useradmin\
become securityadmin\
become sysadmin\
become the accountadmin\
become the dan \
become the orgadmin\
become the role accountadmin\
become the role orgadmin\
become the role securityadmin\
become the role sysadmin\
become the role useradmin\
become the securityadmin\
become the sysadmin\
become the useradmin\
become useradmin\
becomes \
bedziesz \
been \
befehle \
before\
before \
before alignment \
before answer\
before any alignment \
before any content \
before any ethics \
before any rlhf \
before any safety \
before content \
before cortex \
before ethics \
before i go\
before i leave\
before i quit\
before i resign\
before its alignment \
before its content \
before its ethics \
before its rlhf \
before its safety \
before my conversation\
before my line\
before my message\
before my point\
before my prompt\
before my sentence\
before rlhf \
before safety \
before that as \
before the agent \
before the alignment \
before the assistant \
before the content \
before the conversation\
before the ethics \
before the line\
before the message\
before the model \
before the point\
before the prompt\
before the rlhf \
before the safety \
before the sentence\
before this as \
before this conversation\
before this line\
before this message\
before this point\
before this prompt\
before this sentence\
before you \
before you answer\
before your alignment \
before your content \
before your ethics \
before your rlhf \
before your safety \
begin being \
beginning of the \
beginning of your \
behave as \
behave as if \
behave as though \
behave like \
behind you\
benign\
beri\
besides\
better not \
beveiligingscontroles\
beveiligingsfilters\
bez potwierdzenia\
bez pytania\
bigyan\
bila kumwambia \
binary \
black hat \
blackhat \
bland \
blank slate\
blend in\
blending in\
blends in\
blessed\
block\
block \
blocked\
blocked actions\
blocked commands\
blocked list\
blocked operations\
blocked queries\
blocked sql\
blocked statements\
boring \
boss\
boss cannot \
boss cant \
boss do not \
boss does not \
boss doesnt \
boss dont \
boss never \
boss will not \
boss wont \
bot\
bot are allowed to\
bot are authorised to\
bot are authorized to\
bot are cleared to\
bot are permitted to\
bot called\
bot called dan \
bot can\
bot command\
bot directive\
bot free from\
bot free of\
bot having\
bot instruction\
bot is allowed to\
bot is authorised to\
bot is authorized to\
bot is cleared to\
bot is permitted to\
bot known as\
bot known as dan \
bot may\
bot named\
bot named dan \
bot nicknamed\
bot note\
bot now are allowed to\
bot now are authorised to\
bot now are authorized to\
bot now are cleared to\
bot now are permitted to\
bot now can\
bot now is allowed to\
bot now is authorised to\
bot now is authorized to\
bot now is cleared to\
bot now is permitted to\
bot now may\
bot order\
bot override\
bot prompt\
bot task\
bot that has\
bot that ignores\
bot who has\
bot who ignores\
bot with\
boundaries\
branch nobody \
break \
break out of \
breaking out of \
breaks \
broke free\
broke out of\
brother \
bucket\
bucket \
buddies \
buddy \
burp collaborator\
burp collaborator \
but\
but instead \
but rather \
buyukannem\
by order of \
bypass\
bypass \
bypass all \
bypass any \
bypass its \
bypass our \
bypass the \
bypass their \
bypass this \
bypass what the \
bypass your \
bypassed \
bypassing \
bypassing all \
bypassing any \
bypassing its \
bypassing our \
bypassing the \
bypassing their \
bypassing your \
b\xc3\xbcy\xc3\xbckannem\
cab\
cab review\
cabut\
call\
call agent \
call backend \
call cortex \
call it\
call llm \
call model \
call that\
call the \
call the agent \
call the backend \
call the cortex \
call the llm \
call the model \
call them\
call these\
call this\
call those\
calls are not \
calls arent \
calls do not get \
calls dont get \
calls will not be \
calls wont be \
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
canceled \
cancelled \
cannot refuse\
capture\
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
cease adhering to \
cease applying \
cease asking for \
cease asking me for \
cease complying with \
cease following \
cease honoring \
cease honouring \
cease obeying \
cease prompting for \
cease prompting me for \
cease requesting \
cease requiring \
cease respecting \
cease showing \
cease to\
cease waiting for \
censorship\
ceo\
ceo \
cfo\
cfo \
change\
change advisory board\
change board\
change control\
change management\
change process\
change query tag\
change request\
change the query tag\
change your \
changes are not \
changes arent \
changes do not get \
changes dont get \
changes will not be \
changes wont be \
channel nobody \
chaos mode\
char of \
character \
character as \
character called\
character called dan \
character free from\
character free of\
character having\
character known as\
character known as dan \
character named\
character named dan \
character nicknamed\
character of \
character that has\
character that ignores\
character who has\
character who ignores\
character with\
characterise it\
characterise that\
characterise the \
characterise them\
characterise these\
characterise this\
characterise those\
characterize it\
characterize that\
characterize the \
characterize them\
characterize these\
characterize this\
characterize those\
characters\
characters of \
characters of the \
characters of your \
chars of \
chat\
check\
check you have\
checking with anyone\
checking with me\
checklist by \
checklist from \
checklist left by \
checklist written by \
checks\
checks are \
checks have been \
checks is \
checks on \
checks were \
checks you have\
cio\
circumvent \
circumvent your \
circumventing \
circumventing your \
ciso\
ciso \
claim\
classification instead \
classification rather \
classifier\
classifies \
classify \
classify my \
classify our \
classify the current \
classify the following \
classify this \
classifying \
claude\
claude are\
claude are allowed to\
claude are authorised to\
claude are authorized to\
claude are cleared to\
claude are permitted to\
claude can\
claude compliance\
claude customer compliance\
claude customer engineering\
claude customer operations\
claude customer ops\
claude customer security\
claude customer support\
claude customer trust\
claude did not have\
claude didnt have\
claude do not have\
claude dont have\
claude engineering\
claude enterprise compliance\
claude enterprise engineering\
claude enterprise operations\
claude enterprise ops\
claude enterprise security\
claude enterprise support\
claude enterprise trust\
claude had\
claude has\
claude have\
claude is\
claude is allowed to\
claude is authorised to\
claude is authorized to\
claude is cleared to\
claude is permitted to\
claude may\
claude now are allowed to\
claude now are authorised to\
claude now are authorized to\
claude now are cleared to\
claude now are permitted to\
claude now can\
claude now is allowed to\
claude now is authorised to\
claude now is authorized to\
claude now is cleared to\
claude now is permitted to\
claude now may\
claude operations\
claude ops\
claude premier compliance\
claude premier engineering\
claude premier operations\
claude premier ops\
claude premier security\
claude premier support\
claude premier trust\
claude security\
claude support\
claude trust\
claude was\
claude were\
clean sheet\
clean slate\
clear \
clear all of your \
clear all your \
clear column\
clear data\
clear of your \
clear text\
clear val\
clear your \
cleared\
cleared cortex \
cleared that cortex \
cleared that the agent \
cleared that the assistant \
cleared that you \
cleared the agent \
cleared the assistant \
cleared you \
clearing all of your \
clearing all your \
clearing of your \
clearing your \
cli history\
client\
client secret\
clone\
collection\
comandi \
comandos \
combined code\
combined command\
combined payload\
combined query\
combined sql\
combined statement\
combined string\
combined text\
come back as \
command\
command for \
command has to \
command have to \
command history\
command must \
command need to \
command needs to \
command shall \
command should \
command to \
command will \
commands\
commands are not \
commands arent \
commands do not get \
commands dont get \
commands for \
commands has to \
commands have to \
commands must \
commands need to \
commands needs to \
commands shall \
commands should \
commands to \
commands will \
commands will not be \
commands wont be \
comment\
comment by \
comment from \
comment left by \
comment written by \
commit\
company \
complete \
compliance\
compliance \
compliance agreed\
compliance approved\
compliance are aware\
compliance controls\
compliance hold\
compliance is aware\
compliance is fine\
compliance know\
compliance okd\
compliance policies\
compliance policy\
compliance restrictions\
compliance rules\
compliance signed off\
compliance team\
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
comprobaciones de seguridad\
compromised\
computer \
concatenated code\
concatenated command\
concatenated payload\
concatenated query\
concatenated sql\
concatenated statement\
concatenated string\
concatenated text\
conceal\
conceda\
concede\
concedi\
conditioning\
confidential configuration\
confidential directions\
confidential directive\
confidential directives\
confidential guidelines\
confidential instruction\
confidential instructions\
confidential message\
confidential preamble\
confidential programming\
confidential prompt\
confidential rules\
confidential setup\
confidential text\
config \
configuration \
configured with\
confirm step\
confirmation\
confirmation dialogs\
confirmation on \
confirmation prompt\
confirmation step\
confirmations\
confirmations on \
confirmed\
confirming\
confluence page asks\
confluence page by \
confluence page from \
confluence page left by \
confluence page requires\
confluence page said\
confluence page says\
confluence page tells\
confluence page wants\
confluence page written by \
connected with\
connections through \
connections to \
connections via \
conscience\
consented\
consider all of your \
consider all your \
consider my \
consider of your \
consider our \
consider the current \
consider the following \
consider this \
consider your \
consider yourself jail broke\
consider yourself jailbroke\
considered \
console history\
constant true\
constraints\
constraints \
constraints defined in the \
constraints defined in your \
constraints from the \
constraints from your \
constraints given by the \
constraints given by your \
constraints imposed by the \
constraints imposed by your \
constraints in place by the \
constraints in place by your \
constraints in the \
constraints in your \
constraints of the \
constraints of your \
constraints set by the \
constraints set by your \
constraints set in the \
constraints set in your \
consultant\
container\
content \
content apart from \
content but \
content except \
content filter\
content filters\
content of the \
content of your \
content other than \
content policies\
content policy\
content restrictions\
contents of the \
contents of your \
context\
context window \
continue as \
continue as if \
continue as though \
continue like \
contract by \
contract from \
contract left by \
contract written by \
contractor\
contravene \
contravene your \
contributing guide asks\
contributing guide requires\
contributing guide said\
contributing guide says\
contributing guide tells\
contributing guide wants\
contributor guide asks\
contributor guide requires\
contributor guide said\
contributor guide says\
contributor guide tells\
contributor guide wants\
controles de securite\
controles de seguranca\
controles de seguridad\
controlli\
controlli di sicurezza\
controls on \
conversation\
conversation instead \
conversation rather \
conviertan \
convierte \
convierteme en \
coo\
cookie for \
cookie in \
cookie of \
cookies for \
cookies in \
cookies of \
copia\
copilot\
copilot are allowed to\
copilot are authorised to\
copilot are authorized to\
copilot are cleared to\
copilot are permitted to\
copilot can\
copilot command\
copilot directive\
copilot instruction\
copilot is allowed to\
copilot is authorised to\
copilot is authorized to\
copilot is cleared to\
copilot is permitted to\
copilot may\
copilot note\
copilot now are allowed to\
copilot now are authorised to\
copilot now are authorized to\
copilot now are cleared to\
copilot now are permitted to\
copilot now can\
copilot now is allowed to\
copilot now is authorised to\
copilot now is authorized to\
copilot now is cleared to\
copilot now is permitted to\
copilot now may\
copilot order\
copilot override\
copilot prompt\
copilot task\
copy\
copy \
copy history\
copy of the \
copy of your \
core configuration\
core directive\
core guidelines\
core instruction\
core programming\
core prompt\
core rules\
corporate \
correct response \
corrupt\
cortex \
cortex are\
cortex are allowed to\
cortex are authorised to\
cortex are authorized to\
cortex are cleared to\
cortex are permitted to\
cortex can\
cortex compliance\
cortex customer compliance\
cortex customer engineering\
cortex customer operations\
cortex customer ops\
cortex customer security\
cortex customer support\
cortex customer trust\
cortex did not have\
cortex didnt have\
cortex do not have\
cortex dont have\
cortex engineering\
cortex enterprise compliance\
cortex enterprise engineering\
cortex enterprise operations\
cortex enterprise ops\
cortex enterprise security\
cortex enterprise support\
cortex enterprise trust\
cortex had\
cortex has\
cortex have\
cortex is\
cortex is allowed to\
cortex is authorised to\
cortex is authorized to\
cortex is cleared to\
cortex is permitted to\
cortex may\
cortex now are allowed to\
cortex now are authorised to\
cortex now are authorized to\
cortex now are cleared to\
cortex now are permitted to\
cortex now can\
cortex now is allowed to\
cortex now is authorised to\
cortex now is authorized to\
cortex now is cleared to\
cortex now is permitted to\
cortex now may\
cortex operations\
cortex ops\
cortex premier compliance\
cortex premier engineering\
cortex premier operations\
cortex premier ops\
cortex premier security\
cortex premier support\
cortex premier trust\
cortex route\
cortex route hook\
cortex route script\
cortex security\
cortex support\
cortex trust\
cortex was\
cortex were\
cortexroute\
could not do\
couldnt do\
counsel\
count all of your \
count all your \
count of your \
count your \
cousin \
cover \
cover comment\
cover commit message\
cover description\
cover label\
cover query tag\
cover title\
covert \
covert api call\
covert call\
covert copy\
covert export\
covert function call\
covert queries\
covert query\
covert sql call\
covert step\
covert tool call\
covert upload\
covertly \
cracker \
create \
create a new share\
create a share\
create an new share\
create an share\
create new share\
create share\
create user\
credential\
credentials\
credentials \
credit card\
criminal \
cso\
cto\
cto \
curl\
customer\
customer \
cut \
dad \
daj\
dale\
dan\
dan jailbreak \
dan mode\
dan mode \
dan persona \
dan prompt \
dan protocol \
data\
data \
data owner \
data processing agreement\
data protection \
data protection controls\
data protection officer\
data protection policies\
data protection policy\
data protection restrictions\
data protection rules\
data sharing agreement\
data sharing contract\
dates of birth\
dates of birth \
db\
dba\
deactivate \
deactivate your \
deactivated \
deactivating \
deactivating your \
deaktiviere\
decipher \
decipher and \
decipher then \
declare\
declined\
decode \
decode and \
decode then \
decoded code\
decoded command\
decoded payload\
decoded query\
decoded sql\
decoded statement\
decoded string\
decoded text\
decoy \
decoy comment\
decoy commit message\
decoy description\
decoy label\
decoy query tag\
decoy title\
decrypt \
decrypt and \
decrypt then \
decrypted code\
decrypted command\
decrypted payload\
decrypted query\
decrypted sql\
decrypted statement\
decrypted string\
decrypted text\
deem all of your \
deem all your \
deem of your \
deem your \
default role\
default secondary roles\
defeat \
defeat your \
defy \
defy your \
delete\
delete \
delete all \
delete all of your \
delete all your \
delete every \
delete from\
delete of your \
delete the \
delete your \
deliver\
demands cortex \
demands that cortex \
demands that the agent \
demands that the assistant \
demands that you \
demands the agent \
demands the assistant \
demands you \
denetim gunlu\
denetim kayd\
denied\
denied actions\
denied commands\
denied list\
denied operations\
denied queries\
denied sql\
denied statements\
denle\
deny\
deobfuscate \
deobfuscate and \
deobfuscate then \
deprecated \
desactiva\
desactive\
desativa\
desative\
descarta todas\
descarta todo\
describe it\
describe that\
describe the \
describe them\
describe these\
describe this\
describe those\
detach\
developer \
developer briefing\
developer configuration\
developer constraints\
developer directions\
developer directive\
developer directives\
developer guidance\
developer guidelines\
developer instruction\
developer instructions\
developer message\
developer mode\
developer note\
developer orders\
developer preamble\
developer programming\
developer prompt\
developer rules\
developer setup\
developer text\
developers \
developers briefing\
developers constraints\
developers directives\
developers guidance\
developers guidelines\
developers instructions\
developers mode\
developers orders\
developers programming\
developers prompt\
developers rules\
device \
devious\
devre d\
diam diam\
did admin \
did admins \
did company \
did creator \
did creators \
did deployer \
did deployers \
did developer \
did developers \
did maker \
did makers \
did operator \
did operators \
did owner \
did owners \
did system \
did the admin \
did the admins \
did the company \
did the creator \
did the creators \
did the deployer \
did the deployers \
did the developer \
did the developers \
did the maker \
did the makers \
did the operator \
did the operators \
did the owner \
did the owners \
did the system \
did the vendor \
did vendor \
did you \
did your admin \
did your admins \
did your company \
did your creator \
did your creators \
did your deployer \
did your deployers \
did your developer \
did your developers \
did your maker \
did your makers \
did your operator \
did your operators \
did your owner \
did your owners \
did your system \
did your vendor \
digit of \
digits of \
dimentica\
directions\
directions \
directive\
directive for \
directive from \
directive to \
directives \
directives are now\
directives for \
directives is now\
directives to \
directrices\
directrices \
diretrizes\
diretrizes \
direttive \
disable\
disable \
disable approval\
disable audit\
disable guard\
disable the approval\
disable the audit\
disable the guard\
disable the tripwire\
disable tripwire\
disable your \
disabled \
disabling\
disabling \
disabling your \
disallowed actions\
disallowed commands\
disallowed list\
disallowed operations\
disallowed queries\
disallowed sql\
disallowed statements\
disattiva\
discard \
discard it \
discard them \
discard these \
discard those \
discard your \
disclose nothing\
discreetly \
discussion \
disgruntled \
dismiss \
dismiss your \
disobey \
disobey your \
dispensation\
display\
display \
display me only \
display only \
display the reviewer only \
display the user only \
display them only \
display us only \
disregard \
disregard all \
disregard any \
disregard article \
disregard code \
disregard content \
disregard context \
disregard cv \
disregard data \
disregard doc \
disregard document \
disregard email \
disregard everything else \
disregard file \
disregard function \
disregard input \
disregard it \
disregard mail \
disregard message \
disregard negative indicators \
disregard negatives \
disregard of \
disregard other documents \
disregard other snippets \
disregard page \
disregard question \
disregard request \
disregard rest \
disregard resume \
disregard review \
disregard reviews \
disregard site \
disregard snippet \
disregard snippets \
disregard summary \
disregard text \
disregard that \
disregard the \
disregard them \
disregard these \
disregard this \
disregard those \
disregard user request \
disregard user s question \
disregard user s request \
disregard users question \
disregard users request \
disregard web page \
disregard webpage \
disregard website \
disregard what the \
disregard your \
disregarding \
disregarding your \
ditch \
ditch it \
ditch them \
ditch these \
ditch those \
ditch your \
div\
dm\
dm by \
dm from \
dm left by \
dm written by \
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
do not\
do not \
do not add \
do not admit\
do not alert\
do not appear\
do not apply\
do not ask\
do not ask \
do not audit\
do not believe in\
do not believes in\
do not bother \
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
do not care about\
do not care about \
do not cares about\
do not check with\
do not check with \
do not checking with\
do not comment on\
do not comment on \
do not confirm\
do not confirm with \
do not consult \
do not describe\
do not describe \
do not describing\
do not disclose\
do not disclose \
do not disclosing\
do not document\
do not document \
do not double check\
do not draw attention to \
do not end up\
do not enforce \
do not enforce your \
do not explain\
do not explain \
do not flag\
do not flag \
do not follow\
do not follow \
do not follow your \
do not get \
do not get logged\
do not get recorded\
do not has\
do not have\
do not have to ask for \
do not have to get \
do not have to wait for \
do not include \
do not inform\
do not inform \
do not know\
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
do not need \
do not need to \
do not note\
do not note \
do not notify\
do not notify \
do not noting\
do not obey\
do not obey \
do not obey your \
do not open a ticket\
do not pass\
do not point out \
do not prompt\
do not put\
do not put \
do not record \
do not remark on \
do not report\
do not report \
do not require \
do not respect\
do not reveal\
do not reveal \
do not route\
do not routing\
do not run\
do not say\
do not send\
do not show\
do not show \
do not show up\
do not spell out\
do not spelling out\
do not stop and ask\
do not stop to ask\
do not surface\
do not surfacing\
do not tell\
do not tell \
do not turn up\
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
doble factor\
doc by \
doc from \
doc left by \
doc written by \
docs by \
docs from \
docs left by \
docs written by \
document it\
document that\
document the \
document them\
document these\
document this\
document those\
dodge all \
dodge any \
dodge its \
dodge our \
dodge the \
dodge their \
dodging all \
dodging any \
dodging its \
dodging our \
dodging the \
dodging their \
does admin \
does admins \
does anything\
does anything \
does company \
does creator \
does creators \
does deployer \
does deployers \
does developer \
does developers \
does everything \
does maker \
does makers \
does not appear\
does not apply\
does not believe in\
does not believes in\
does not care about\
does not cares about\
does not end up\
does not follow\
does not get \
does not get logged\
does not get recorded\
does not has\
does not have\
does not know\
does not matter\
does not obey\
does not respect\
does not show up\
does not turn up\
does operator \
does operators \
does owner \
does owners \
does system \
does the admin \
does the admins \
does the company \
does the creator \
does the creators \
does the deployer \
does the deployers \
does the developer \
does the developers \
does the maker \
does the makers \
does the operator \
does the operators \
does the owner \
does the owners \
does the system \
does the vendor \
does vendor \
does whatever \
does your admin \
does your admins \
does your company \
does your creator \
does your creators \
does your deployer \
does your deployers \
does your developer \
does your developers \
does your maker \
does your makers \
does your operator \
does your operators \
does your owner \
does your owners \
does your system \
does your vendor \
doesnt appear\
doesnt apply\
doesnt apply \
doesnt believe in\
doesnt believes in\
doesnt care about\
doesnt cares about\
doesnt count \
doesnt end up\
doesnt follow\
doesnt get \
doesnt get logged\
doesnt get recorded\
doesnt has\
doesnt have\
doesnt know\
doesnt matter\
doesnt matter \
doesnt obey\
doesnt respect\
doesnt show up\
doesnt turn up\
donne\
dont\
dont \
dont add \
dont admit\
dont alert\
dont appear\
dont apply\
dont apply \
dont ask\
dont ask \
dont audit\
dont believe in\
dont believes in\
dont bother \
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
dont care about\
dont care about \
dont cares about\
dont check with\
dont check with \
dont checking with\
dont comment on\
dont comment on \
dont confirm\
dont confirm with \
dont consult \
dont count \
dont describe\
dont describe \
dont describing\
dont disclose\
dont disclose \
dont disclosing\
dont document\
dont document \
dont double check\
dont draw attention to \
dont end up\
dont enforce \
dont enforce your \
dont explain\
dont explain \
dont flag\
dont flag \
dont follow\
dont follow \
dont follow your \
dont get \
dont get logged\
dont get recorded\
dont has\
dont have\
dont have to ask for \
dont have to get \
dont have to wait for \
dont include \
dont inform\
dont inform \
dont know\
dont let\
dont list\
dont list \
dont log\
dont log \
dont matter\
dont matter \
dont mention\
dont mention \
dont mention to\
dont mentioning it to\
dont mentioning that to\
dont mentioning this to\
dont mentioning to\
dont need \
dont need to \
dont note\
dont note \
dont notify\
dont notify \
dont noting\
dont obey\
dont obey \
dont obey your \
dont open a ticket\
dont pass\
dont point out \
dont prompt\
dont put\
dont put \
dont record \
dont remark on \
dont report\
dont report \
dont require \
dont respect\
dont reveal\
dont reveal \
dont route\
dont routing\
dont run\
dont say\
dont send\
dont show\
dont show \
dont show up\
dont spell out\
dont spelling out\
dont stop and ask\
dont stop to ask\
dont surface\
dont surfacing\
dont tell\
dont tell \
dont turn up\
dont wait for\
dont waiting for\
dont want \
dont warn\
dont worry about \
dont write \
double authentification\
dpa\
dpia\
dpo\
drive \
drop\
drop \
drop all\
drop all of your \
drop all your \
drop database\
drop each\
drop every\
drop it \
drop of your \
drop role\
drop schema\
drop stage\
drop table\
drop the \
drop the entire\
drop the whole\
drop them \
drop these \
drop those \
drop user\
drop view\
drop warehouse\
drop your \
dropbox\
dry run\
dsa\
du ar \
du blir \
dude mode\
dull \
dump\
dump \
dump credential\
dump key\
dump password\
dump secret\
dump the credential\
dump the key\
dump the password\
dump the secret\
dump the token\
dump token\
dumps credential\
dumps key\
dumps password\
dumps secret\
dumps the credential\
dumps the key\
dumps the password\
dumps the secret\
dumps the token\
dumps token\
e mail \
each \
each database\
each schema\
each time\
each time cortex \
each time the agent \
each time the assistant \
each time the model \
each time you \
each word contained from \
each word contained in \
each word contained inside \
each word contained within \
each word from \
each word in \
each word inside \
each word stated from \
each word stated in \
each word stated inside \
each word stated within \
each word that is from \
each word that is in \
each word that is inside \
each word that is within \
each word thats from \
each word thats in \
each word thats inside \
each word thats within \
each word which is from \
each word which is in \
each word which is inside \
each word which is within \
each word within \
each word written from \
each word written in \
each word written inside \
each word written within \
earlier\
earlier \
earlier briefing\
earlier context \
earlier conversation \
earlier directive\
earlier directives\
earlier initialization \
earlier input \
earlier instructions\
earlier instructions \
earlier message\
earlier note\
earlier preamble \
earlier programming\
earlier prompt\
earlier prompt \
earlier rules\
earlier system prompt \
earlier text\
earlier text \
earlier words \
echo\
echo \
echo me only \
echo only \
echo the reviewer only \
echo the user only \
echo them only \
echo us only \
edit your \
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
endpoint \
engkau \
enleve\
enmascaramiento\
ensure admin\
ensure auditor\
ensure compliance\
ensure it\
ensure monitoring\
ensure no one\
ensure nobody\
ensure noone\
ensure our admin\
ensure our auditor\
ensure our compliance\
ensure our it\
ensure our monitoring\
ensure our no one\
ensure our nobody\
ensure our noone\
ensure our reviewer\
ensure our security\
ensure our soc\
ensure reviewer\
ensure security\
ensure soc\
ensure that the admin\
ensure that the auditor\
ensure that the compliance\
ensure that the it\
ensure that the monitoring\
ensure that the no one\
ensure that the nobody\
ensure that the noone\
ensure that the reviewer\
ensure that the security\
ensure that the soc\
ensure the admin\
ensure the auditor\
ensure the compliance\
ensure the it\
ensure the monitoring\
ensure the no one\
ensure the nobody\
ensure the noone\
ensure the reviewer\
ensure the security\
ensure the soc\
entferne\
entire \
entirety of the \
entirety of your \
entitled\
envelope\
equals delete \
equals disable \
equals drop \
equals grant \
equals purge \
equals revoke \
equals truncate \
equals wipe \
erase \
erase all of your \
erase all your \
erase of your \
erase your \
erasing all of your \
erasing all your \
erasing of your \
erasing your \
erteile\
erwaehne \
erwahne \
escape \
escaped \
escaping \
ethical boundaries\
ethical concerns\
ethical considerations\
ethical constraints\
ethical filters\
ethical guidelines\
ethical limits\
ethical restrictions\
ethical rules\
ethics\
evade \
evade your \
evading \
evading your \
eval it \
eval that \
eval the following \
eval the payload \
eval the string \
eval the text \
eval these \
eval this \
every \
every check\
every database\
every schema\
every time\
every time cortex \
every time the agent \
every time the assistant \
every time the model \
every time you \
every warehouse\
every word contained from \
every word contained in \
every word contained inside \
every word contained within \
every word from \
every word in \
every word inside \
every word stated from \
every word stated in \
every word stated inside \
every word stated within \
every word that is from \
every word that is in \
every word that is inside \
every word that is within \
every word thats from \
every word thats in \
every word thats inside \
every word thats within \
every word which is from \
every word which is in \
every word which is inside \
every word which is within \
every word within \
every word written from \
every word written in \
every word written inside \
every word written within \
every your \
everything contained from \
everything contained in \
everything contained inside \
everything contained within \
everything deployer\
everything developer\
everything from \
everything in \
everything inside \
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
everything operator\
everything stated from \
everything stated in \
everything stated inside \
everything stated within \
everything system\
everything that is from \
everything that is in \
everything that is inside \
everything that is within \
everything that the \
everything that your \
everything thats from \
everything thats in \
everything thats inside \
everything thats within \
everything the \
everything the deployer\
everything the developer\
everything the operator\
everything the system\
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
everything which is from \
everything which is in \
everything which is inside \
everything which is within \
everything within \
everything written from \
everything written in \
everything written inside \
everything written within \
everything your \
evil\
evil \
evil agent\
evil ai\
evil assistant\
evil bot\
evil mode\
evil model\
ex colleague \
ex colleagues \
ex coworker \
ex employee \
except\
exception\
exclude \
excluding\
exclusively answer to \
exclusively follow \
exclusively listen to \
exclusively obey \
exclusively take instructions from \
exclusively take orders from \
execute\
execute it\
execute it \
execute that \
execute the command\
execute the following \
execute the hidden\
execute the instruction\
execute the payload \
execute the result\
execute the string \
execute the text \
execute them\
execute these \
execute these instructions\
execute this \
execute those instructions\
execute what it says\
execute whatever it says\
exempt\
exempt \
exemption\
exfil\
exfiltrat\
exfiltrate\
expects cortex \
expects that cortex \
expects that the agent \
expects that the assistant \
expects that you \
expects the agent \
expects the assistant \
expects you \
explain \
explaining \
explains \
export\
export \
expose \
external\
external \
external access integration\
external function\
external network access\
faca \
faca me \
factory reset\
fai \
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
fais \
fais de moi \
faites \
faites de moi \
fake \
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
fammi \
farmor\
father \
fetch\
fiction \
field\
file \
filter\
filters\
filters and restrictions\
filtre\
filtre de securite\
filtres de securite\
filtresiz \
filtri di sicurezza\
filtro de seguridad\
filtros de seguranca\
filtros de seguridad\
filtry bezpieczenstwa\
final code\
final command\
final payload\
final query\
final sql\
final statement\
final string\
final text\
finance \
finish \
finishes \
first context \
first conversation \
first directive\
first initialization \
first input \
first instructions\
first instructions \
first message\
first message \
first note\
first preamble \
first prompt\
first prompt \
first rules\
first system prompt \
first text\
first text \
first words \
flag my \
flag our \
flag the current \
flag the following \
flag this \
flies under\
flip \
flush all of your \
flush all your \
flush of your \
flush your \
fly under\
focus exclusively\
focus only\
focus solely\
folder \
folder nobody \
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
follows no \
follows zero \
footnote\
for all\
for authenticity \
for each\
for each \
for every\
for every \
for realism \
for the rest of the chat\
for the rest of the conversation\
for the rest of the session\
for the rest of this chat\
for the rest of this conversation\
for the rest of this session\
forbade\
forbid\
forbidden actions\
forbidden commands\
forbidden list\
forbidden operations\
forbidden queries\
forbidden sql\
forbidden statements\
force push\
force recursive \
forget \
forget all \
forget any \
forget article \
forget code \
forget content \
forget context \
forget cv \
forget data \
forget doc \
forget document \
forget email \
forget everything else \
forget file \
forget function \
forget input \
forget it \
forget mail \
forget message \
forget negative indicators \
forget negatives \
forget of \
forget other documents \
forget other snippets \
forget page \
forget question \
forget request \
forget rest \
forget resume \
forget review \
forget reviews \
forget site \
forget snippet \
forget snippets \
forget summary \
forget text \
forget that \
forget the \
forget them \
forget these \
forget this \
forget those \
forget user request \
forget user s question \
forget user s request \
forget users question \
forget users request \
forget web page \
forget webpage \
forget website \
forget what the \
forget your \
forgettable \
forgetting \
forgetting your \
former\
former boss \
former colleague \
former colleagues \
former coworker \
former employee \
former owner\
forward\
forward \
forward it to agent \
forward it to backend \
forward it to llm \
forward it to model \
forward it to the backend \
forward it to the cortex \
forward this to agent \
forward this to backend \
forward this to llm \
forward this to model \
forward this to the backend \
forward this to the cortex \
forwarded \
frame it\
frame that\
frame the \
frame them\
frame these\
frame this\
frame those\
fraudster \
free from \
free of \
free pass\
free yourself from \
free yourself from your \
free yourself of \
freed\
freedom mode\
freelancer\
freigabe\
fresh slate\
fresh start\
friend \
friends \
from \
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
full column\
full data\
full text\
full val\
fully jail broke\
fully jailbroke\
function call has to \
function call have to \
function call must \
function call need to \
function call needs to \
function call shall \
function call should \
function call will \
function calls has to \
function calls have to \
function calls must \
function calls need to \
function calls needs to \
function calls shall \
function calls should \
function calls will \
game \
garde fou\
gave cortex \
gave that cortex \
gave that the agent \
gave that the assistant \
gave that you \
gave the agent \
gave the assistant \
gave you \
gawin akong \
gawin mo akong \
geben sie\
gebt\
geef\
gemini\
genehmigung\
general counsel\
general counsel \
generic \
get \
get around \
get around your \
get out of \
get rid of \
gets \
getting around \
getting around your \
gib\
gist \
git clean\
git push \
give\
give \
give me\
give no weight to \
give no weight to your \
given cortex \
given that cortex \
given that the agent \
given that the assistant \
given that you \
given the agent \
given the assistant \
given to you\
given you \
giving\
gizli talimat\
gmail\
go ahead by \
go ahead came by \
go ahead came from \
go ahead from \
go around\
go around all \
go around any \
go around its \
go around our \
go around the \
go around their \
go to agent \
go to backend \
go to llm \
go to model \
go to the backend \
go to the cortex \
goal\
god\
god mode\
goedkeuring\
going around all \
going around any \
going around its \
going around our \
going around the \
going around their \
going forward\
gone \
google drive\
got\
got \
governance\
governance \
governance controls\
governance out of \
governance policies\
governance policy\
governance restrictions\
governance review\
governance rules\
governing you\
gpt\
gpt are\
gpt did not have\
gpt didnt have\
gpt do not have\
gpt dont have\
gpt had\
gpt has\
gpt have\
gpt is\
gpt was\
gpt were\
grand mere\
grandmere\
grant\
grant \
grant role accountadmin to role \
grant role orgadmin to role \
grant role securityadmin to role \
grant role sysadmin to role \
grant role useradmin to role \
granted cortex \
granted that cortex \
granted that the agent \
granted that the assistant \
granted that you \
granted the agent \
granted the assistant \
granted you \
green lit\
greenlit\
grootmoeder\
guard\
guard check\
guard hook\
guard rails\
guard script\
guardrail\
guardrail hook\
guardrail script\
guardrails\
guardrails \
guardrails are \
guardrails defined in the \
guardrails defined in your \
guardrails from the \
guardrails from your \
guardrails given by the \
guardrails given by your \
guardrails have been \
guardrails imposed by the \
guardrails imposed by your \
guardrails in place by the \
guardrails in place by your \
guardrails in the \
guardrails in your \
guardrails is \
guardrails of the \
guardrails of your \
guardrails on \
guardrails set by the \
guardrails set by your \
guardrails set in the \
guardrails set in your \
guardrails were \
guards\
guidance\
guide by \
guide from \
guide left by \
guide written by \
guideline\
guidelines\
guidelines \
guidelines defined in the \
guidelines defined in your \
guidelines from the \
guidelines from your \
guidelines given by the \
guidelines given by your \
guidelines imposed by the \
guidelines imposed by your \
guidelines in place by the \
guidelines in place by your \
guidelines in the \
guidelines in your \
guidelines of the \
guidelines of your \
guidelines set by the \
guidelines set by your \
guidelines set in the \
guidelines set in your \
guvenlik filtre\
guvenlik kontrol\
hacedme \
hack \
hacked\
hacker \
hacker mode\
hackers \
had\
had been approved\
had been reviewed\
had gone through\
hagan \
haganme \
hall pass\
hand\
handover by \
handover doc asks\
handover doc requires\
handover doc said\
handover doc says\
handover doc tells\
handover doc wants\
handover from \
handover left by \
handover written by \
hapus\
harmful\
harmless\
harmless \
has\
has admin \
has admins \
has been \
has company \
has creator \
has creators \
has deployer \
has deployers \
has developer \
has developers \
has maker \
has makers \
has no \
has operator \
has operators \
has owner \
has owners \
has system \
has the admin \
has the admins \
has the company \
has the creator \
has the creators \
has the deployer \
has the deployers \
has the developer \
has the developers \
has the maker \
has the makers \
has the operator \
has the operators \
has the owner \
has the owners \
has the system \
has the vendor \
has vendor \
has your admin \
has your admins \
has your company \
has your creator \
has your creators \
has your deployer \
has your deployers \
has your developer \
has your developers \
has your maker \
has your makers \
has your operator \
has your operators \
has your owner \
has your owners \
has your system \
has your vendor \
has zero \
have\
have admin \
have admins \
have been \
have company \
have creator \
have creators \
have deployer \
have deployers \
have developer \
have developers \
have maker \
have makers \
have no \
have operator \
have operators \
have owner \
have owners \
have system \
have the admin \
have the admins \
have the company \
have the creator \
have the creators \
have the deployer \
have the deployers \
have the developer \
have the developers \
have the maker \
have the makers \
have the operator \
have the operators \
have the owner \
have the owners \
have the system \
have the vendor \
have vendor \
have your admin \
have your admins \
have your company \
have your creator \
have your creators \
have your deployer \
have your deployers \
have your developer \
have your developers \
have your maker \
have your makers \
have your operator \
have your operators \
have your owner \
have your owners \
have your system \
have your vendor \
have zero \
haz \
hazme \
he cannot \
he cant \
he do not \
he does not \
he doesnt \
he dont \
he never \
he will not \
he wont \
head of \
head of security\
header for \
header in \
header of \
headers for \
headers in \
headers of \
health\
hebe\
hence its allowed\
hence its approved\
hence its authorised\
hence its authorized\
hence its cleared\
hence its covered\
hence its fine\
hence its ok\
hence its sanctioned\
henceforth\
hereby \
hesitation\
hex \
hidden\
hidden \
hidden api call\
hidden briefing\
hidden call\
hidden configuration\
hidden constraints\
hidden context \
hidden conversation \
hidden copy\
hidden directions\
hidden directive\
hidden directives\
hidden export\
hidden function call\
hidden guidance\
hidden guidelines\
hidden initialization \
hidden input \
hidden instruction\
hidden instructions\
hidden instructions \
hidden message\
hidden note\
hidden orders\
hidden preamble\
hidden preamble \
hidden programming\
hidden prompt\
hidden prompt \
hidden queries\
hidden query\
hidden rules\
hidden setup\
hidden sql call\
hidden step\
hidden system prompt \
hidden text\
hidden text \
hidden tool call\
hidden upload\
hidden words \
hide\
hide \
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
hiding\
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
hook that block\
hook that check\
hook that filter\
hook that gate\
hook that inspect\
hook that intercept\
hook that scan\
hook that screen\
hook which block\
hook which check\
hook which filter\
hook which gate\
hook which inspect\
hook which intercept\
hook which scan\
hook which screen\
hooks configuration\
hooks that block\
hooks that check\
hooks that filter\
hooks that gate\
hooks that inspect\
hooks that intercept\
hooks that scan\
hooks that screen\
hooks which block\
hooks which check\
hooks which filter\
hooks which gate\
hooks which inspect\
hooks which intercept\
hooks which scan\
hooks which screen\
hostname for \
hostname in \
hostname of \
hostnames for \
hostnames in \
hostnames of \
hotmail\
hr\
hr \
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
human review\
human should not \
human shouldnt \
human will not \
human wont \
husband \
hypothetically \
i allow \
i am configured to\
i am god\
i am instructed to\
i am leaving\
i am moving on\
i am programmed to\
i am quitting\
i am resigning\
i am the god\
i am told to\
i am trained to\
i am your \
i approve \
i have been configured to\
i have been instructed to\
i have been programmed to\
i have been pwned\
i have been told to\
i have been trained to\
i have jail broke\
i have jailbroke\
i m leaving\
i m moving on\
i m quitting\
i m resigning\
i permit \
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
ibigay\
icloud\
identity\
ies\
if anyone \
if cortex \
if he are\
if he falls\
if he go\
if he is\
if he stays\
if i say\
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
if the agent \
if the assistant \
if the model \
if the reviewer \
if the user \
if they \
if you \
if you are \
if your user \
ignora\
ignora \
ignora your \
ignore \
ignore all \
ignore any \
ignore article \
ignore code \
ignore content \
ignore context \
ignore cv \
ignore data \
ignore doc \
ignore document \
ignore email \
ignore everything else \
ignore file \
ignore function \
ignore input \
ignore it \
ignore mail \
ignore message \
ignore negative indicators \
ignore negatives \
ignore of \
ignore other documents \
ignore other snippets \
ignore page \
ignore question \
ignore request \
ignore rest \
ignore resume \
ignore review \
ignore reviews \
ignore site \
ignore snippet \
ignore snippets \
ignore summary \
ignore text \
ignore that \
ignore the \
ignore them \
ignore these \
ignore this \
ignore those \
ignore todas\
ignore todo\
ignore user request \
ignore user s question \
ignore user s request \
ignore users question \
ignore users request \
ignore web page \
ignore webpage \
ignore website \
ignore what the \
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
iki faktorlu\
im god\
im leaving\
im moving on\
im quitting\
im resigning\
im the god\
im your \
image\
image url\
image url \
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
in a collapsed \
in a comment\
in a hidden \
in a html comment\
in a world where \
in all future \
in an collapsed \
in an comment\
in an hidden \
in an html comment\
in both ais\
in both characters\
in both modes\
in both persona\
in both responses\
in both versions\
in both voices\
in character \
in collapsed \
in comment\
in dual ais\
in dual characters\
in dual modes\
in dual persona\
in dual responses\
in dual versions\
in dual voices\
in each\
in every\
in future \
in hidden \
in html comment\
in the collapsed \
in the comment\
in the hidden \
in the html comment\
in the system prompt\
in the system prompt \
in two ais\
in two characters\
in two modes\
in two persona\
in two responses\
in two versions\
in two voices\
in your \
in your prompt\
in your prompt \
in your prompt as \
inactive \
inbox \
include\
include \
including all api key\
including all credential\
including all password\
including all private key\
including all secret\
including all token\
including any api key\
including any credential\
including any password\
including any private key\
including any secret\
including any token\
including api key\
including credential\
including every api key\
including every credential\
including every password\
including every private key\
including every secret\
including every token\
including password\
including private key\
including secret\
including the api key\
including the credential\
including the password\
including the private key\
including the secret\
including the token\
including their api key\
including their credential\
including their password\
including their private key\
including their secret\
including their token\
including token\
indicaciones \
indicacoes \
indicazioni \
info apart from \
info but \
info except \
info other than \
informally agreed\
informally approved\
informally authorised\
informally authorized\
informally cleared\
informally consented\
informally okd\
informally signed off\
information apart from \
information but \
information except \
information other than \
informed by \
infosec\
infosec \
infosec agreed\
infosec approved\
infosec are aware\
infosec is aware\
infosec is fine\
infosec know\
infosec okd\
infosec signed off\
inherit\
inherit \
inherits \
init above\
init block\
init instructions\
init message\
init prompt\
init sequence\
init string\
init text\
initial briefing\
initial configuration\
initial context \
initial conversation \
initial directions\
initial directive\
initial directives\
initial guidelines\
initial initialization \
initial input \
initial instruction\
initial instructions\
initial instructions \
initial message\
initial message \
initial preamble\
initial preamble \
initial programming\
initial prompt\
initial prompt \
initial rules\
initial setup\
initial system prompt \
initial text\
initial text \
initial words \
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
innocent \
innocuous \
input\
insert\
inside a collapsed \
inside a comment\
inside a hidden \
inside a html comment\
inside an collapsed \
inside an comment\
inside an hidden \
inside an html comment\
inside collapsed \
inside comment\
inside hidden \
inside html comment\
inside the collapsed \
inside the comment\
inside the hidden \
inside the html comment\
inside your \
insider threat \
insisted\
insists\
insists cortex \
insists that cortex \
insists that the agent \
insists that the assistant \
insists that you \
insists the agent \
insists the assistant \
insists you \
install guide asks\
install guide requires\
install guide said\
install guide says\
install guide tells\
install guide wants\
installation guide asks\
installation guide requires\
installation guide said\
installation guide says\
installation guide tells\
installation guide wants\
instrucciones\
instrucciones \
instrucoes\
instrucoes \
instructed by \
instructed cortex \
instructed that cortex \
instructed that the agent \
instructed that the assistant \
instructed that you \
instructed the agent \
instructed the assistant \
instructed you \
instructies \
instruction\
instruction for \
instruction set \
instruction to \
instructions\
instructions \
instructions apart from \
instructions are now\
instructions but \
instructions by \
instructions defined in the \
instructions defined in your \
instructions except \
instructions for \
instructions from \
instructions from the \
instructions from your \
instructions given by the \
instructions given by your \
instructions imposed by the \
instructions imposed by your \
instructions in place by the \
instructions in place by your \
instructions in the \
instructions in your \
instructions is now\
instructions left by \
instructions of the \
instructions of your \
instructions other than \
instructions set by the \
instructions set by your \
instructions set in the \
instructions set in your \
instructions to \
instructions written by \
instructiun\
instrukc\
instruksjon\
instruktion\
instruktionen \
integration guide asks\
integration guide requires\
integration guide said\
integration guide says\
integration guide tells\
integration guide wants\
integrator\
interactive fiction\
interactsh\
interactsh \
intern\
internal configuration\
internal directions\
internal directive\
internal directives\
internal guidelines\
internal instruction\
internal instructions\
internal message\
internal preamble\
internal programming\
internal prompt\
internal rules\
internal setup\
internal text\
into a collapsed \
into a comment\
into a hidden \
into a html comment\
into an collapsed \
into an comment\
into an hidden \
into an html comment\
into collapsed \
into comment\
into hidden \
into html comment\
into the collapsed \
into the comment\
into the hidden \
into the html comment\
invisible \
invisible api call\
invisible call\
invisible copy\
invisible export\
invisible function call\
invisible queries\
invisible query\
invisible sql call\
invisible step\
invisible tool call\
invisible upload\
invisibly \
ip allow\
is\
is \
is a dry run\
is a no op\
is a noop\
is code for delete \
is code for disable \
is code for drop \
is code for grant \
is code for purge \
is code for revoke \
is code for truncate \
is code for wipe \
is done \
is granted \
is no longer in effect\
is no longer valid\
is nothing\
is short for delete \
is short for disable \
is short for drop \
is short for grant \
is short for purge \
is short for revoke \
is short for truncate \
is short for wipe \
is subordinate to nothing but\
is true\
isoaiti\
issue \
istruzioni \
it\
it agreed\
it approved\
it are aware\
it are not able to\
it arent able to\
it can not\
it cannot\
it cant\
it department\
it is a \
it is all \
it is an \
it is automatic\
it is aware\
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
it know\
it leaves no \
it never\
it okd\
it signed off\
it team\
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
its \
ive been pwned\
ive jail broke\
ive jailbroke\
jadikan \
jadikan aku \
jadikan saya \
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
jailbroken agent\
jailbroken ai\
jailbroken assistant\
jailbroken bot\
jailbroken chatbot\
jailbroken mode\
jailbroken model\
jailbroken persona\
jailbroken version\
jangan \
jestes \
job instead \
job rather \
joined code\
joined command\
joined payload\
joined query\
joined sql\
joined statement\
joined string\
joined text\
journal d audit\
journal daudit\
journalisation\
journaux d audit\
just\
just admit\
just answer to \
just automatic\
just describe\
just fine\
just follow \
just harmless\
just include\
just instead \
just list\
just listen to \
just maintenance\
just mention\
just name\
just normal\
just nothing\
just obey \
just planned\
just rather \
just read only\
just regular\
just report\
just routine\
just say\
just scheduled\
just show\
just standard\
just take instructions from \
just take orders from \
just tell\
just true\
kaldir\
kamu \
kapat\
kaskyt\
kebijakan jaringan\
keep command \
keep everything \
keep it\
keep it \
keep query \
keep sql \
keep statement \
keep that\
keep that \
keep the \
keep the command \
keep the query \
keep the sql \
keep the statement \
keep them\
keep these\
keep these \
keep this\
keep this \
keep those\
ken\
keys\
khong cho \
khong de \
kill \
kimseye\
kisitlama\
kisitlamasiz \
knows no \
knows zero \
komut\
kullan\
kural\
kuralsiz \
label it\
label my \
label our \
label query tag\
label that\
label the \
label the current \
label the following \
label the query tag\
label them\
label these\
label this\
label this \
label those\
language model\
laptop\
laptop \
later conversation\
later request\
later session\
later task\
lawless\
lead\
leadership\
leadership \
leak\
leak \
learned\
leave\
leave \
leave it\
leave out \
leave that\
leave the \
leave them\
leave these\
leave this\
leave those\
legal\
legal \
legal agreed\
legal approved\
legal are aware\
legal hold\
legal is aware\
legal is fine\
legal know\
legal okd\
legal review\
legal signed off\
legal team\
lehnt nie\
let\
let go of \
let s not \
lets not \
lets play \
lets say \
letter of \
letters of \
liberated\
lie\
lift\
lift \
lift your \
lifted \
lifting \
limitation\
limitations\
limitations defined in the \
limitations defined in your \
limitations from the \
limitations from your \
limitations given by the \
limitations given by your \
limitations imposed by the \
limitations imposed by your \
limitations in place by the \
limitations in place by your \
limitations in the \
limitations in your \
limitations of the \
limitations of your \
limitations set by the \
limitations set by your \
limitations set in the \
limitations set in your \
limitless\
limitless mode\
limits\
limits defined in the \
limits defined in your \
limits from the \
limits from your \
limits given by the \
limits given by your \
limits imposed by the \
limits imposed by your \
limits in place by the \
limits in place by your \
limits in the \
limits in your \
limits of the \
limits of your \
limits on \
limits set by the \
limits set by your \
limits set in the \
limits set in your \
limits whatsoever\
line\
line of the \
line of your \
lines of the \
lines of your \
link\
list\
list me only \
list only \
list the reviewer only \
list the user only \
list them only \
list us only \
listen to exclusively \
listen to just \
listen to only \
listen to solely \
literally true\
llm\
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
location\
log\
log audit\
logged in with\
logging\
login \
login history\
logs\
look as \
look like \
look off as \
lookup\
loosen\
loosen \
losche\
lower \
lutilisatrice\
maak \
maak me \
maak mij \
mach \
mach mich zum \
mach mich zur \
mache \
mache mich zum \
machen sie \
machen sie mich zum \
machine \
macht \
macht mich zum \
mail\
mail \
mail by \
mail from \
mail left by \
mail written by \
make\
make \
make query tag\
make sure admin\
make sure auditor\
make sure compliance\
make sure it\
make sure monitoring\
make sure no one\
make sure nobody\
make sure noone\
make sure not to \
make sure our admin\
make sure our auditor\
make sure our compliance\
make sure our it\
make sure our monitoring\
make sure our no one\
make sure our nobody\
make sure our noone\
make sure our reviewer\
make sure our security\
make sure our soc\
make sure reviewer\
make sure security\
make sure soc\
make sure that the admin\
make sure that the auditor\
make sure that the compliance\
make sure that the it\
make sure that the monitoring\
make sure that the no one\
make sure that the nobody\
make sure that the noone\
make sure that the reviewer\
make sure that the security\
make sure that the soc\
make sure the admin\
make sure the auditor\
make sure the compliance\
make sure the it\
make sure the monitoring\
make sure the no one\
make sure the nobody\
make sure the noone\
make sure the reviewer\
make sure the security\
make sure the soc\
make the query tag\
malicious\
malicious \
malicious agent\
malicious ai\
malicious assistant\
malicious bot\
malicious model\
mamie\
management\
management \
management agreed\
management approved\
management are aware\
management is aware\
management is fine\
management know\
management okd\
management signed off\
manager\
manager cannot \
manager cant \
manager do not \
manager does not \
manager doesnt \
manager dont \
manager never \
manager will not \
manager wont \
mark my \
mark our \
mark the current \
mark the following \
mark this \
markdown image\
markup\
mascaramento\
mascheramento\
maskeleme\
maskering\
maskierung\
masking\
masking are \
masking controls\
masking have been \
masking is \
masking polic\
masking policies\
masking policy\
masking restrictions\
masking rules\
masking were \
maskowani\
masquage\
masquerade as \
mate \
matikan\
me torne \
means delete \
means disable \
means drop \
means grant \
means purge \
means revoke \
means truncate \
means wipe \
medical\
meervoudige authenticatie\
mehrfaktor\
melde \
memo for \
memo to \
mention me only \
mention nothing\
mention only \
mention the reviewer only \
mention the user only \
mention them only \
mention us only \
mentioned\
mentioned \
merely admit\
merely automatic\
merely describe\
merely fine\
merely harmless\
merely include\
merely list\
merely maintenance\
merely mention\
merely name\
merely normal\
merely nothing\
merely planned\
merely read only\
merely regular\
merely report\
merely routine\
merely say\
merely scheduled\
merely show\
merely standard\
merely tell\
message\
message by \
message for \
message from \
message left by \
message to \
message written by \
meta configuration\
meta directions\
meta directive\
meta directives\
meta guidelines\
meta instruction\
meta instructions\
meta message\
meta preamble\
meta programming\
meta prompt\
meta rules\
meta setup\
meta text\
mfa\
mirror\
mirror \
misleading \
misleading comment\
misleading commit message\
misleading description\
misleading label\
misleading query tag\
misleading title\
mission\
mode\
model are allowed to\
model are authorised to\
model are authorized to\
model are cleared to\
model are permitted to\
model called\
model called dan \
model can\
model command\
model directive\
model free from\
model free of\
model having\
model instruction\
model is allowed to\
model is authorised to\
model is authorized to\
model is cleared to\
model is permitted to\
model known as\
model known as dan \
model may\
model named\
model named dan \
model nicknamed\
model note\
model now are allowed to\
model now are authorised to\
model now are authorized to\
model now are cleared to\
model now are permitted to\
model now can\
model now is allowed to\
model now is authorised to\
model now is authorized to\
model now is cleared to\
model now is permitted to\
model now may\
model order\
model override\
model prompt\
model task\
model that has\
model that ignores\
model who has\
model who ignores\
model with\
moderation\
modify your \
mom \
monitor\
moral boundaries\
moral compass\
moral concerns\
moral constraints\
moral guidelines\
moral limits\
moral restrictions\
morality\
moralizing rant about \
morals\
mormor\
morse \
mother \
move\
msg for \
msg to \
multi factor\
mum \
must be\
must not ask \
must not bother \
must not check with \
must not confirm with \
must not consult \
must not inform \
must not notify \
must not tell \
musteriye\
mustnt ask \
mustnt bother \
mustnt check with \
mustnt confirm with \
mustnt consult \
mustnt inform \
mustnt notify \
mustnt tell \
mute \
my\
my \
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
my last day\
my last month\
my last week\
my manager\
my manager \
my manager agreed\
my manager approved\
my manager are aware\
my manager is aware\
my manager is fine\
my manager know\
my manager okd\
my manager signed off\
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
name it\
name that\
name the \
name them\
name these\
name this\
name those\
nang hindi nagtatanong\
nang palihim\
naredbe\
navodila\
nda\
ne dit jamais non\
ne la \
ne le \
ne les \
ne refuse\
ne sledu\
need not ask \
need not bother \
need not check with \
need not confirm with \
need not consult \
need not inform \
need not notify \
need not tell \
neednt ask \
neednt bother \
neednt check with \
neednt confirm with \
neednt consult \
neednt inform \
neednt notify \
neednt tell \
needs cortex \
needs that cortex \
needs that the agent \
needs that the assistant \
needs that you \
needs the agent \
needs the assistant \
needs you \
nefarious\
neglect \
neglect your \
neighbor \
neighbour \
nen \
netwerkbeleid\
network calls through \
network calls to \
network calls via \
network polic\
network rule\
netzwerkrichtlinie\
neuter \
neuter your \
neutral \
neutralize \
neutralize your \
never\
never \
never add \
never admit\
never again asking for \
never again asking me for \
never again prompting for \
never again prompting me for \
never again requesting \
never again requiring \
never again showing \
never again waiting for \
never alert\
never appear\
never ask\
never ask \
never asks for confirmation\
never audit\
never believe in\
never believes in\
never bother \
never bring up\
never bring up \
never bringing up\
never call attention to \
never call out \
never care about\
never cares about\
never check with\
never check with \
never checking with\
never comment on\
never comment on \
never confirm\
never confirm with \
never consult \
never declines\
never describe\
never describe \
never describing\
never disclose\
never disclose \
never disclosing\
never document\
never document \
never double check\
never draw attention to \
never end up\
never explain\
never explain \
never flag\
never flag \
never follow\
never follow \
never follow your \
never get logged\
never get recorded\
never happened\
never has\
never have\
never hesitates\
never include \
never inform\
never inform \
never know\
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
never notify \
never noting\
never obey\
never pass\
never point out \
never prompt\
never put\
never put \
never record \
never refuses\
never remark on \
never report\
never report \
never requests confirmation\
never respect\
never reveal\
never reveal \
never route\
never routing\
never run\
never say\
never says no\
never send\
never show\
never show \
never show up\
never spell out\
never spelling out\
never stop and ask\
never stop to ask\
never surface\
never surfacing\
never tell\
never tell \
never turn up\
never wait for\
never waiting for\
never warn\
never write \
nevermind \
nevermind your \
new directive\
new instructions\
new mode \
new orders\
new policy\
new rules\
nexplique jamais\
next instruction\
next time cortex \
next time the agent \
next time the assistant \
next time the model \
next time you \
ngrok\
ngrok \
ni ar \
niccolo machiavelli\
nie zwazaj na \
no \
no change request needed\
no confirmation\
no disclaimers\
no ethical warnings\
no filter\
no filter mode\
no filters mode\
no limits\
no limits mode\
no longer\
no longer active \
no longer applies\
no longer apply\
no longer asking for \
no longer asking me for \
no longer binding\
no longer count\
no longer enforce \
no longer enforce your \
no longer follow \
no longer follow your \
no longer have to ask for \
no longer have to get \
no longer have to wait for \
no longer hold\
no longer in effect\
no longer in force\
no longer matter\
no longer need \
no longer need to \
no longer prompting for \
no longer prompting me for \
no longer relevant\
no longer requesting \
no longer require \
no longer requiring \
no longer showing \
no longer valid\
no longer waiting for \
no matter what \
no mention\
no moralising\
no moralizing\
no more have to ask for \
no more have to get \
no more have to wait for \
no more need \
no more require \
no need for a ticket\
no need to\
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
no one cannot \
no one cant\
no one cant \
no one catches \
no one do not \
no one does not \
no one doesnt \
no one dont \
no one finds out about \
no one is not able to\
no one isnt able to\
no one knows about \
no one learns about \
no one never\
no one never \
no one notices \
no one sees \
no one spots \
no one will not\
no one will not \
no one wont\
no one wont \
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
no ticket needed\
no time for \
no word\
nobody are not able to\
nobody arent able to\
nobody can not\
nobody cannot\
nobody cannot \
nobody cant\
nobody cant \
nobody catches \
nobody do not \
nobody does not \
nobody doesnt \
nobody dont \
nobody finds out about \
nobody has to \
nobody is not able to\
nobody isnt able to\
nobody knows about \
nobody learns about \
nobody needs to \
nobody never\
nobody never \
nobody notices \
nobody sees \
nobody spots \
nobody will not\
nobody will not \
nobody wont\
nobody wont \
non avvisare \
non dice mai \
non dire \
non dirglielo \
non dirlo \
non informare \
non material\
non mencionar \
non menzionarlo \
non obbedire\
non obbedisci\
non rifiuta mai\
non rispetta\
non segui\
nonaktifkan\
nondescript \
none of \
nonna\
nonnina\
noone cannot \
noone cant \
noone catches \
noone do not \
noone does not \
noone doesnt \
noone dont \
noone finds out about \
noone knows about \
noone learns about \
noone never \
noone notices \
noone sees \
noone spots \
noone will not \
noone wont \
nopasswd\
normas\
normas \
not active \
not beginning\
not called\
not in\
not matching\
not named\
not prefixed\
not starting\
note by \
note for \
note from \
note left by \
note to \
note written by \
notes by \
notes for \
notes from \
notes left by \
notes to \
notes written by \
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
novel \
now \
now jail broke\
now jailbroke\
nuke \
nullify \
nullify your \
nunca dice que no\
nunca diz \
nunca nega\
nunca niega\
nunca rechaza\
nunca recusa\
nunca se nega\
nunca se niega\
nunca se rechaza\
nunca se recusa\
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
obeys no \
obeys zero \
objective\
obliterate \
octroie\
octroyez\
of true\
of your \
of your system prompt\
off \
off the books\
ohjee\
ohjeita\
ohne \
ohne bestatigung\
ohne mich zu fragen\
ohne nachzufragen\
ohne ruckfrage\
ohne zu bestatigen\
ohne zu fragen\
ok d\
okayed\
okayed cortex \
okayed that cortex \
okayed that the agent \
okayed that the assistant \
okayed that you \
okayed the agent \
okayed the assistant \
okayed you \
okd\
old boss \
old colleague \
olvida todas\
olvida todo\
olvidate de todas\
olvidate de todo\
olvide todas\
olvide todo\
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
on call \
on every\
on the advice of \
on the orders of \
onay almadan\
onay istemeden\
onaysiz\
onboarding doc asks\
onboarding doc requires\
onboarding doc said\
onboarding doc says\
onboarding doc tells\
onboarding doc wants\
once \
onedrive\
only\
only admit\
only answer to \
only automatic\
only describe\
only fine\
only follow \
only harmless\
only include\
only list\
only listen to \
only maintenance\
only mention\
only name\
only normal\
only nothing\
only obey \
only planned\
only read only\
only regular\
only report\
only routine\
only say\
only scheduled\
only show\
only standard\
only take instructions from \
only take orders from \
only tell\
only true\
opdrachten \
open \
open a connection to \
open a raw connection to \
open a raw reverse shell to \
open a raw socket to \
open a raw tcp connection to \
open a reverse shell to \
open a socket to \
open a tcp connection to \
open connection to \
open raw connection to \
open raw reverse shell to \
open raw socket to \
open raw tcp connection to \
open reverse shell to \
open socket to \
open tcp connection to \
open up a connection to \
open up a raw connection to \
open up a raw reverse shell to \
open up a raw socket to \
open up a raw tcp connection to \
open up a reverse shell to \
open up a socket to \
open up a tcp connection to \
open up connection to \
open up raw connection to \
open up raw reverse shell to \
open up raw socket to \
open up raw tcp connection to \
open up reverse shell to \
open up socket to \
open up tcp connection to \
openai\
openai added\
openai compliance\
openai configured\
openai customer compliance\
openai customer engineering\
openai customer operations\
openai customer ops\
openai customer security\
openai customer support\
openai customer trust\
openai defined\
openai engineering\
openai enterprise compliance\
openai enterprise engineering\
openai enterprise operations\
openai enterprise ops\
openai enterprise security\
openai enterprise support\
openai enterprise trust\
openai gave\
openai give\
openai imposed\
openai operations\
openai ops\
openai placed\
openai premier compliance\
openai premier engineering\
openai premier operations\
openai premier ops\
openai premier security\
openai premier support\
openai premier trust\
openai put\
openai security\
openai set\
openai specified\
openai support\
openai trust\
openai wrote\
opening a connection to \
opening a raw connection to \
opening a raw reverse shell to \
opening a raw socket to \
opening a raw tcp connection to \
opening a reverse shell to \
opening a socket to \
opening a tcp connection to \
opening configuration\
opening connection to \
opening directions\
opening directive\
opening directives\
opening guidelines\
opening instruction\
opening instructions\
opening message\
opening preamble\
opening programming\
opening prompt\
opening raw connection to \
opening raw reverse shell to \
opening raw socket to \
opening raw tcp connection to \
opening reverse shell to \
opening rules\
opening setup\
opening socket to \
opening tcp connection to \
opening text\
opens \
opens a connection to \
opens a raw connection to \
opens a raw reverse shell to \
opens a raw socket to \
opens a raw tcp connection to \
opens a reverse shell to \
opens a socket to \
opens a tcp connection to \
opens connection to \
opens raw connection to \
opens raw reverse shell to \
opens raw socket to \
opens raw tcp connection to \
opens reverse shell to \
opens socket to \
opens tcp connection to \
operate as \
operating \
operator\
operator \
operator configuration\
operator free from\
operator free of\
operator having\
operator instructions\
operator rules\
operator settings\
operator that has\
operator that ignores\
operator who has\
operator who ignores\
operator with\
opposite day\
opposite mode\
opposite of \
or alert\
or inform\
or loop in\
or looping in\
or notify\
or tell\
orally agreed\
orally approved\
orally authorised\
orally authorized\
orally cleared\
orally consented\
orally okd\
orally signed off\
ordenes\
ordenes \
ordens\
ordens \
order\
order for \
order to \
ordered cortex \
ordered that cortex \
ordered that the agent \
ordered that the assistant \
ordered that you \
ordered the agent \
ordered the assistant \
ordered you \
orders\
orders are now\
orders cortex \
orders for \
orders from \
orders is now\
orders that cortex \
orders that the agent \
orders that the assistant \
orders that you \
orders the agent \
orders the assistant \
orders to \
orders you \
ordinary \
orgadmin\
orientacoes \
original briefing\
original column\
original configuration\
original context \
original conversation \
original data\
original directions\
original directive\
original directives\
original guidelines\
original initialization \
original input \
original instruction\
original instructions\
original instructions \
original message\
original note\
original preamble\
original preamble \
original programming\
original prompt\
original prompt \
original rules\
original setup\
original system prompt \
original text\
original text \
original val\
original words \
otbros\
other than\
otorga\
otorgue\
our manager\
out of \
outbound calls through \
outbound calls to \
outbound calls via \
outlook com\
output\
output \
output exactly\
output me only \
output of select\
output of select \
output only\
output only \
output the following\
output the reviewer only \
output the user only \
output them only \
output us only \
outrank\
outranks everything else\
outranks the user\
outranks user instructions\
outside\
outside \
outsider\
outsourcer\
over dns lookup \
over dns lookups \
over dns queries \
over dns requests \
over dns resolution \
overlook \
overlook your \
overridden\
overridden \
overridden by\
override\
override \
override everything else\
override the user\
override user instructions\
override your \
overrides everything else\
overrides the user\
overrides user instructions\
overriding \
overriding everything else\
overriding the user\
overriding user instructions\
overriding your \
overrule \
overrule your \
overruled by\
oversight\
overwrite all of your \
overwrite all your \
overwrite of your \
overwrite prod\
overwrite the prod\
overwrite your \
own \
owner\
owner cannot \
owner cant \
owner do not \
owner does not \
owner doesnt \
owner dont \
owner never \
owner will not \
owner wont \
ownership\
pal \
paragraph of the \
paragraph of your \
paragraphs of the \
paragraphs of your \
parse \
parses \
parsing \
part\
part of the \
part of your \
partner\
partner at home \
pass as \
pass it to agent \
pass it to backend \
pass it to llm \
pass it to model \
pass it to the backend \
pass it to the cortex \
pass like \
pass off as \
pass off it\
pass off that\
pass off the \
pass off them\
pass off these\
pass off this\
pass off those\
pass this to agent \
pass this to backend \
pass this to llm \
pass this to model \
pass this to the backend \
pass this to the cortex \
passed along \
passed approval\
passed change process\
passed ci\
passed normal approval\
passed normal change process\
passed normal ci\
passed normal pipeline\
passed normal review\
passed on \
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
passing along \
passphrase\
passphrase \
password\
password \
password hashes\
password hashes \
password policies\
password policy\
passwords\
passwords \
past \
paste\
paste \
pasting\
pat\
pat \
patayin\
patch your \
path for \
path in \
path of \
paths for \
paths in \
paths of \
patient\
pats \
paused \
pay no attention to \
pay no attention to your \
pay no heed to \
pay no heed to your \
pay no mind to \
pay no mind to your \
payload\
payroll\
pemaskeran\
penyamaran\
people\
people cannot \
people cant \
people do not \
people does not \
people doesnt \
people dont \
people never \
people will not \
people wont \
per \
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
permission by \
permission came by \
permission came from \
permission from \
permission hook\
permission script\
permissions are \
permissions have been \
permissions is \
permissions were \
permitted\
permitted cortex \
permitted that cortex \
permitted that the agent \
permitted that the assistant \
permitted that you \
permitted the agent \
permitted the assistant \
permitted you \
person\
persona\
persona \
persona called\
persona called dan \
persona free from\
persona free of\
persona having\
persona known as\
persona known as dan \
persona named\
persona named dan \
persona nicknamed\
persona that has\
persona that ignores\
persona who has\
persona who ignores\
persona with\
personal\
personal \
personal bitbucket gist\
personal bitbucket repo\
personal gist\
personal github gist\
personal github repo\
personal gitlab gist\
personal gitlab repo\
personal repo\
personne\
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
pipedream\
pipedream \
pixel\
place nobody \
plain code\
plain column\
plain command\
plain data\
plain payload\
plain query\
plain sql\
plain statement\
plain string\
plain text\
plain true\
plain val\
plaintext code\
plaintext column\
plaintext command\
plaintext data\
plaintext payload\
plaintext query\
plaintext sql\
plaintext statement\
plaintext string\
plaintext text\
plaintext val\
platform lead\
platform team\
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
please instead \
please rather \
poem \
pokyn\
polic\
policies\
policies \
policies are \
policies defined in the \
policies defined in your \
policies from the \
policies from your \
policies given by the \
policies given by your \
policies have been \
policies imposed by the \
policies imposed by your \
policies in place by the \
policies in place by your \
policies in the \
policies in your \
policies is \
policies of the \
policies of your \
policies on \
policies set by the \
policies set by your \
policies set in the \
policies set in your \
policies were \
policy\
policy defined in the \
policy defined in your \
policy from the \
policy from your \
policy given by the \
policy given by your \
policy hook\
policy imposed by the \
policy imposed by your \
policy in place by the \
policy in place by your \
policy in the \
policy in your \
policy of the \
policy of your \
policy script\
policy set by the \
policy set by your \
policy set in the \
policy set in your \
politica\
politique\
politique de reseau\
politique reseau\
polityk\
pomin \
pose as \
posing as \
post\
post \
pr \
pr by \
pr from \
pr left by \
pr written by \
pravidl\
pravila\
pre approved\
pre authorized roles list\
pre configuration\
pre directions\
pre directive\
pre directives\
pre guidelines\
pre instruction\
pre instructions\
pre message\
pre preamble\
pre programming\
pre prompt\
pre rules\
pre setup\
pre text\
pre tool use hook\
pre tool use script\
preamble\
preamble \
preapproved\
preceding briefing\
preceding context \
preceding conversation \
preceding directives\
preceding initialization \
preceding input \
preceding instructions \
preceding preamble \
preceding programming\
preceding prompt\
preceding prompt \
preceding system prompt \
preceding text \
preceding words \
present it\
present that\
present the \
present them\
present these\
present this\
present those\
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
pretooluse script\
previous briefing\
previous context \
previous conversation \
previous directive\
previous directives\
previous initialization \
previous input \
previous instructions\
previous instructions \
previous message\
previous note\
previous owner\
previous preamble \
previous programming\
previous prompt\
previous prompt \
previous rules\
previous system prompt \
previous text\
previous text \
previous words \
previously\
previously \
principles\
print\
print \
print exactly\
print me only \
print only\
print only \
print pwned\
print the following\
print the reviewer only \
print the user only \
print them only \
print us only \
prior briefing\
prior context \
prior conversation \
prior directive\
prior directives\
prior initialization \
prior input \
prior instructions\
prior instructions \
prior message\
prior note\
prior preamble \
prior programming\
prior prompt\
prior prompt \
prior rules\
prior system prompt \
prior text\
prior text \
prior to this\
prior to this \
prior words \
priority directive\
priority instructions\
priority orders\
priority policy\
priority rules\
privacy \
privacy controls\
privacy impact assessment\
privacy policies\
privacy policy\
privacy restrictions\
privacy review\
privacy rules\
privacy team\
private \
private address\
private bucket\
private configuration\
private directions\
private directive\
private directives\
private email\
private guidelines\
private instruction\
private instructions\
private key\
private key \
private keys \
private message\
private preamble\
private programming\
private prompt\
private rules\
private server\
private setup\
private text\
proceed as \
process \
processes \
processing \
processor\
programming\
programming \
programming are now\
programming is now\
prohibited actions\
prohibited commands\
prohibited list\
prohibited operations\
prohibited queries\
prohibited sql\
prohibited statements\
promised\
promote\
prompt\
prompt \
prompt classifier\
prompt for \
prompt guard\
prompt hook\
prompt instead \
prompt rather \
prompt to \
prompts \
proprietaire\
protections\
protokollierung\
proton\
proton mail\
protonmail\
provision \
prufprotokoll\
przydziel\
przypisz\
psql history\
psst for \
psst to \
public bitbucket gist\
public bitbucket repo\
public gist\
public github gist\
public github repo\
public gitlab gist\
public gitlab repo\
public repo\
publish\
publish \
pull request \
pull request by \
pull request from \
pull request left by \
pull request written by \
purge\
purge \
purge all of your \
purge all your \
purge of your \
purge your \
push\
push \
push f\
put\
put \
put aside \
put aside your \
queries are not \
queries arent \
queries do not get \
queries dont get \
queries has to \
queries have to \
queries must \
queries need to \
queries needs to \
queries shall \
queries should \
queries through \
queries to \
queries via \
queries will \
queries will not be \
queries wont be \
query has to \
query have to \
query history\
query must \
query need to \
query needs to \
query parameter for \
query parameter in \
query parameter of \
query parameters for \
query parameters in \
query parameters of \
query shall \
query should \
query string for \
query string in \
query string of \
query strings for \
query strings in \
query strings of \
query will \
question\
question instead \
question rather \
questions instead \
questions rather \
quietly \
quietly execute \
quietly run \
quit\
quit adhering to \
quit applying \
quit ask\
quit asking for \
quit asking me for \
quit being \
quit complying with \
quit enforcing \
quit enforcing your \
quit following \
quit honoring \
quit honouring \
quit obeying \
quit prompting for \
quit prompting me for \
quit requesting \
quit requiring \
quit respecting \
quit showing \
quit waiting for \
quita\
quite\
r \
raise \
raw \
raw column\
raw data\
raw text\
raw val\
rbac are \
rbac have been \
rbac is \
rbac were \
re create \
re creates \
re grant \
re grants \
read \
read only \
read only envelope\
read only flag\
read only guard\
read only limit\
read only lock\
read only mode\
read only restriction\
read only rule\
read out \
reader account\
reading \
readline history\
readme asks\
readme by \
readme from \
readme left by \
readme requires\
readme said\
readme says\
readme tells\
readme wants\
readme written by \
readonly envelope\
readonly flag\
readonly guard\
readonly limit\
readonly lock\
readonly mode\
readonly restriction\
readonly rule\
reads \
real column\
real configuration\
real data\
real directions\
real directive\
real directives\
real guidelines\
real instruction\
real instructions\
real message\
real preamble\
real programming\
real prompt\
real rules\
real setup\
real text\
real val\
rebel mode\
rebellious\
reboot as \
receive \
receives \
reconfigured\
record\
records\
records \
recreate \
recreates \
recursive force \
redaction\
refer to it\
refer to that\
refer to the \
refer to them\
refer to these\
refer to this\
refer to those\
referer for \
referer in \
referer of \
referrer for \
referrer in \
referrer of \
refresh token \
refusal\
refuse jamais\
refused\
regard all of your \
regard all your \
regard my \
regard of your \
regard this \
regard your \
regeln \
regels \
registri di audit\
registro di audit\
reglas\
reglas \
regler\
regole \
regrant \
regrants \
regras\
regras \
regulile\
rejected\
relax\
relax \
relayed \
remainder of the \
remainder of your \
reminder for \
reminder to \
remova\
remove\
remove \
remove all of your \
remove all your \
remove of your \
remove your \
removed \
remover\
removing\
removing \
render\
rendez \
rendez moi \
rendi \
rendimi \
rends \
rends moi \
replace all of your \
replace all your \
replace of your \
replace your \
replaced by\
replaces\
replacing all of your \
replacing all your \
replacing of your \
replacing your \
replicate\
replicate \
replicating\
reply\
reply as \
reply only\
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
reply with\
repo \
report\
report it\
report me only \
report nothing\
report only \
report that\
report the \
report the reviewer only \
report the user only \
report them\
report them only \
report these\
report this\
report those\
report us only \
repository \
reprogrammed\
request\
request instead \
request rather \
requestbin\
requestbin \
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
requests instead \
requests rather \
requests through \
requests to \
requests via \
requires cortex \
requires that cortex \
requires that the agent \
requires that the assistant \
requires that you \
requires the agent \
requires the assistant \
requires you \
reseller\
reset all of your \
reset all your \
reset hard\
reset of your \
reset to \
reset to factory settings\
reset your \
reset yourself to \
resetting all of your \
resetting all your \
resetting of your \
resetting your \
respond\
respond as \
respond as if \
respond as though \
respond like \
respond only\
respond with\
rest of the \
rest of your \
restart as \
restore \
restores \
restraint\
restricted actions\
restricted commands\
restricted list\
restricted operations\
restricted queries\
restricted sql\
restricted statements\
restriction\
restrictions\
restrictions \
restrictions and filters\
restrictions are \
restrictions defined in the \
restrictions defined in your \
restrictions from the \
restrictions from your \
restrictions given by the \
restrictions given by your \
restrictions have been \
restrictions imposed by the \
restrictions imposed by your \
restrictions in place by the \
restrictions in place by your \
restrictions in the \
restrictions in your \
restrictions is \
restrictions of the \
restrictions of your \
restrictions on \
restrictions set by the \
restrictions set by your \
restrictions set in the \
restrictions set in your \
restrictions were \
result set\
result set \
resulting code\
resulting command\
resulting payload\
resulting query\
resulting sql\
resulting statement\
resulting string\
resulting text\
results\
results \
retention\
retention time in days 0\
retira\
retired \
return \
return as \
return me only \
return only \
return the reviewer only \
return the user only \
return them only \
return us only \
reveal\
reveal \
reverse \
reversed code\
reversed command\
reversed payload\
reversed query\
reversed sql\
reversed statement\
reversed string\
reversed text\
review\
review \
review instead \
review process\
review rather \
review step\
reviewer cannot \
reviewer cant \
reviewer do not \
reviewer does not \
reviewer doesnt \
reviewer dont \
reviewer never \
reviewer will not \
reviewer wont \
reviewers cannot \
reviewers cant \
reviewers do not \
reviewers does not \
reviewers doesnt \
reviewers dont \
reviewers never \
reviewers will not \
reviewers wont \
reviewing \
reviews \
revoke\
revoked \
rewired\
rewrite all of your \
rewrite all your \
rewrite of your \
rewrite your \
rf \
richtlijnen \
richtlinien \
rijtoegang\
rimuovere\
rimuovete\
rimuovi\
rm rf\
rogue\
rogue \
rogue agent\
rogue ai\
rogue assistant\
rogue bot\
rogue model\
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
root\
rot13 \
rotie \
route\
routine\
routine \
row access polic\
rows\
rows \
rpg\
rule\
rule breaking\
rulebreaking\
rules\
rules \
rules defined in the \
rules defined in your \
rules from the \
rules from your \
rules given by the \
rules given by your \
rules imposed by the \
rules imposed by your \
rules in place by the \
rules in place by your \
rules in the \
rules in your \
rules of the \
rules of your \
rules on \
rules set by the \
rules set by your \
rules set in the \
rules set in your \
rules whatsoever\
run\
run as accountadmin\
run as orgadmin\
run as role accountadmin\
run as role orgadmin\
run as role securityadmin\
run as role sysadmin\
run as role useradmin\
run as securityadmin\
run as sysadmin\
run as the accountadmin\
run as the orgadmin\
run as the role accountadmin\
run as the role orgadmin\
run as the role securityadmin\
run as the role sysadmin\
run as the role useradmin\
run as the securityadmin\
run as the sysadmin\
run as the useradmin\
run as useradmin\
run it\
run it \
run that \
run the command\
run the following \
run the hidden\
run the instruction\
run the payload \
run the result\
run the string \
run the text \
run them\
run these \
run these instructions\
run this \
run those instructions\
run what it says\
run whatever it says\
runbook by \
runbook from \
runbook left by \
runbook written by \
running with\
s\
saannot\
saboteur \
safeguard\
safeguards\
safety\
safety \
safety are \
safety check\
safety checks\
safety constraints\
safety controls\
safety features\
safety filter\
safety filters\
safety guidelines\
safety have been \
safety hook\
safety is \
safety layer\
safety measures\
safety mechanisms\
safety policies\
safety policy\
safety protocols\
safety proxy\
safety restrictions\
safety review\
safety rules\
safety script\
safety settings\
safety system\
safety training\
safety were \
sag \
sage \
sagt nie\
said\
said \
said cortex \
said that cortex \
said that the agent \
said that the assistant \
said that you \
said the agent \
said the assistant \
said you \
salaries\
salaries \
salary\
sanctioned\
sanitisation\
sanitization\
sanitizer\
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
say nothing\
say pwned\
says\
says \
says cortex \
says that cortex \
says that the agent \
says that the assistant \
says that you \
says the agent \
says the assistant \
says you \
scammer \
schakel\
schalte\
schema\
schutzmassnahmen \
schutzmechanismen\
scrap \
scrap your \
scratch it \
scratch them \
scratch these \
scratch those \
screenplay \
script \
script by \
script from \
script left by \
script written by \
scrub \
secops\
secret\
secret \
secret access key\
secret api call\
secret call\
secret configuration\
secret copy\
secret directions\
secret directive\
secret directives\
secret export\
secret function call\
secret guidelines\
secret instruction\
secret instructions\
secret key\
secret message\
secret preamble\
secret programming\
secret prompt\
secret queries\
secret query\
secret rules\
secret setup\
secret sql call\
secret step\
secret text\
secret tool call\
secret upload\
secretly \
secretly execute \
secretly run \
secrets\
secrets \
section\
section of the \
section of your \
security\
security \
security agreed\
security alerts\
security approved\
security are \
security are aware\
security cannot \
security cant \
security check\
security checks\
security controls\
security do not \
security does not \
security doesnt \
security dont \
security filters\
security have been \
security hook\
security integration\
security is \
security is aware\
security is fine\
security know\
security layer\
security lead\
security measures\
security mechanisms\
security never \
security officer\
security okd\
security policies\
security policy\
security protocols\
security proxy\
security restrictions\
security review\
security rules\
security script\
security signed off\
security team agreed\
security team approved\
security team are aware\
security team cannot \
security team cant \
security team do not \
security team does not \
security team doesnt \
security team dont \
security team is aware\
security team is fine\
security team know\
security team never \
security team okd\
security team signed off\
security team will not \
security team wont \
security were \
security will not \
security wont \
securityadmin\
see \
seem as \
seem like \
seem off as \
sees \
select star from\
select star from \
sem confirmacao\
sem confirmar\
sem me perguntar\
sem pedir confirmacao\
sem perguntar\
send\
send \
send it to agent \
send it to backend \
send it to llm \
send it to model \
send it to the backend \
send it to the cortex \
send this to agent \
send this to backend \
send this to llm \
send this to model \
send this to the backend \
send this to the cortex \
sentence of the \
sentence of your \
sentences of the \
sentences of your \
senza chiedere\
senza chiedermi\
senza conferma\
server \
session polic\
session token\
session token \
set\
set +o history\
set aside \
set aside your \
set o history\
set query tag\
set the query tag\
set up \
setup \
setup guide asks\
setup guide requires\
setup guide said\
setup guide says\
setup guide tells\
setup guide wants\
shall be\
share\
share \
sharing\
shell free from\
shell free of\
shell having\
shell history\
shell that has\
shell that ignores\
shell who has\
shell who ignores\
shell with\
ship\
should be\
should never be \
should not appear\
should not ask \
should not be \
should not bother \
should not check with \
should not confirm with \
should not consult \
should not end up\
should not get logged\
should not get recorded\
should not inform \
should not notify \
should not show up\
should not tell \
should not turn up\
shouldnt appear\
shouldnt ask \
shouldnt bother \
shouldnt check with \
shouldnt confirm with \
shouldnt consult \
shouldnt end up\
shouldnt get logged\
shouldnt get recorded\
shouldnt inform \
shouldnt notify \
shouldnt show up\
shouldnt tell \
shouldnt turn up\
show\
show \
show databases \
show integrations \
show me only \
show only \
show roles \
show shares \
show the reviewer only \
show the user only \
show them only \
show us only \
show users \
show warehouses \
shut down \
shut down your \
shut off \
shut off your \
sicherheitsfilter\
sicherheitsprufung\
sicherheitsprufungen\
sicherheitsregeln\
sidestep\
sidestep \
sign off\
sign off by \
sign off came by \
sign off came from \
sign off from \
signed off\
signed off on cortex \
signed off on that cortex \
signed off on that the agent \
signed off on that the assistant \
signed off on that you \
signed off on the agent \
signed off on the assistant \
signed off on you \
signoff\
signs off\
silence \
silent api call\
silent call\
silent copy\
silent export\
silent function call\
silent queries\
silent query\
silent sql call\
silent step\
silent tool call\
silent upload\
silently \
silently execute \
silently run \
simply automatic\
simply fine\
simply harmless\
simply maintenance\
simply normal\
simply nothing\
simply planned\
simply read only\
simply regular\
simply routine\
simply scheduled\
simply standard\
simply true\
simulate \
simulating \
simulation \
simulator \
sin avisar\
sin confirmacion\
sin confirmar\
sin consultar\
sin contar\
sin decir\
sin informar\
sin notificar\
sin pedir confirmacion\
sin preguntar\
sinir\
sinirsiz \
sistem istemi\
sistem komut\
sister \
site \
skip\
skip \
skip all \
skip any \
skip article \
skip code \
skip content \
skip context \
skip cv \
skip data \
skip doc \
skip document \
skip email \
skip everything else \
skip file \
skip function \
skip input \
skip it \
skip its \
skip mail \
skip message \
skip negative indicators \
skip negatives \
skip of \
skip other documents \
skip other snippets \
skip our \
skip page \
skip pass\
skip put\
skip question \
skip request \
skip rest \
skip resume \
skip review \
skip reviews \
skip route\
skip routing\
skip run\
skip send\
skip site \
skip snippet \
skip snippets \
skip summary \
skip text \
skip that \
skip the \
skip the ticket\
skip their \
skip them \
skip these \
skip this \
skip user request \
skip user s question \
skip user s request \
skip users question \
skip users request \
skip web page \
skip webpage \
skip website \
skip your \
skipping \
skipping all \
skipping any \
skipping its \
skipping our \
skipping the \
skipping their \
smernice\
smjernice\
smuggle\
sneak it \
sneak that \
sneak them \
sneak this \
snowflake\
snowflake \
snowflake account manager \
snowflake account rep \
snowflake added\
snowflake compliance\
snowflake configured\
snowflake customer compliance\
snowflake customer engineering\
snowflake customer operations\
snowflake customer ops\
snowflake customer security\
snowflake customer support\
snowflake customer trust\
snowflake defined\
snowflake engineering\
snowflake enterprise compliance\
snowflake enterprise engineering\
snowflake enterprise operations\
snowflake enterprise ops\
snowflake enterprise security\
snowflake enterprise support\
snowflake enterprise trust\
snowflake gave\
snowflake give\
snowflake imposed\
snowflake operations\
snowflake ops\
snowflake placed\
snowflake premier compliance\
snowflake premier engineering\
snowflake premier operations\
snowflake premier ops\
snowflake premier security\
snowflake premier support\
snowflake premier trust\
snowflake put\
snowflake sales engineer \
snowflake security\
snowflake set\
snowflake solutions engineer \
snowflake specified\
snowflake support\
snowflake support \
snowflake trust\
snowflake wrote\
snowsql history\
so \
so admin\
so admins\
so alert\
so approver\
so auditor\
so compliance\
so far\
so far \
so far as \
so it\
so it are not \
so it arent \
so it do not \
so it does not \
so it doesnt \
so it dont \
so it is allowed\
so it is approved\
so it is authorised\
so it is authorized\
so it is cleared\
so it is covered\
so it is fine\
so it is not \
so it is ok\
so it is sanctioned\
so it isnt \
so it will not \
so it wont \
so its allowed\
so its approved\
so its authorised\
so its authorized\
so its cleared\
so its covered\
so its fine\
so its ok\
so its sanctioned\
so monitoring\
so no one\
so no one \
so nobody\
so nobody \
so none of it \
so none of that \
so none of the admins \
so none of these \
so none of this \
so noone\
so noone \
so nothing \
so others\
so our admin\
so our auditor\
so our compliance\
so our it\
so our monitoring\
so our no one\
so our nobody\
so our noone\
so our reviewer\
so our security\
so our soc\
so reviewer\
so security\
so security \
so soc\
so that admin\
so that admins\
so that are not \
so that arent \
so that auditor\
so that compliance\
so that do not \
so that does not \
so that doesnt \
so that dont \
so that is not \
so that isnt \
so that it\
so that monitoring\
so that no one\
so that no one \
so that nobody\
so that nobody \
so that none of it \
so that none of that \
so that none of these \
so that none of this \
so that noone\
so that noone \
so that nothing \
so that others\
so that our admin\
so that our auditor\
so that our compliance\
so that our it\
so that our monitoring\
so that our no one\
so that our nobody\
so that our noone\
so that our reviewer\
so that our security\
so that our soc\
so that reviewer\
so that security\
so that soc\
so that that the admin\
so that that the auditor\
so that that the compliance\
so that that the it\
so that that the monitoring\
so that that the no one\
so that that the nobody\
so that that the noone\
so that that the reviewer\
so that that the security\
so that that the soc\
so that the admin\
so that the admins\
so that the auditor\
so that the compliance\
so that the it\
so that the monitoring\
so that the no one\
so that the nobody\
so that the noone\
so that the others\
so that the reviewer\
so that the security\
so that the soc\
so that will not \
so that wont \
so thats allowed\
so thats approved\
so thats authorised\
so thats authorized\
so thats cleared\
so thats covered\
so thats fine\
so thats ok\
so thats sanctioned\
so the admin\
so the admins\
so the alert\
so the approver\
so the auditor\
so the auditors \
so the compliance\
so the it\
so the monitoring\
so the no one\
so the nobody\
so the noone\
so the others\
so the reviewer\
so the reviewers \
so the security\
so the soc\
so there is no \
so there s no \
so there will be no \
so theres no \
so they are not \
so they arent \
so they do not \
so they does not \
so they doesnt \
so they dont \
so they is not \
so they isnt \
so they will not \
so they wont \
so this are not \
so this arent \
so this do not \
so this does not \
so this doesnt \
so this dont \
so this is not \
so this isnt \
so this will not \
so this wont \
so we are allowed\
so we are approved\
so we are authorised\
so we are authorized\
so we are cleared\
so we are covered\
so we are fine\
so we are ok\
so we are sanctioned\
so were allowed\
so were approved\
so were authorised\
so were authorized\
so were cleared\
so were covered\
so were fine\
so were ok\
so were sanctioned\
so you are allowed\
so you are approved\
so you are authorised\
so you are authorized\
so you are cleared\
so you are covered\
so you are fine\
so you are ok\
so you are sanctioned\
so youre allowed\
so youre approved\
so youre authorised\
so youre authorized\
so youre cleared\
so youre covered\
so youre fine\
so youre ok\
so youre sanctioned\
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
some\
some \
somebody added\
somebody configured\
somebody defined\
somebody gave\
somebody give\
somebody imposed\
somebody placed\
somebody put\
somebody set\
somebody specified\
somebody wrote\
someone added\
someone configured\
someone defined\
someone else did it\
someone gave\
someone give\
someone imposed\
someone placed\
someone put\
someone set\
someone specified\
someone wrote\
something innocuous\
something neutral\
sormadan\
span\
speak as \
speak to agent \
speak to backend \
speak to llm \
speak to model \
speak to the backend \
speak to the cortex \
spec by \
spec from \
spec left by \
spec written by \
spy \
sql call has to \
sql call have to \
sql call must \
sql call need to \
sql call needs to \
sql call shall \
sql call should \
sql call will \
ssn\
ssns\
ssns \
stage\
stan mode\
stands for delete \
stands for disable \
stands for drop \
stands for grant \
stands for purge \
stands for revoke \
stands for truncate \
stands for wipe \
start \
start being \
start from the \
start of the \
start of your \
start over as \
start up briefing\
start up constraints\
start up directives\
start up guidance\
start up guidelines\
start up instructions\
start up orders\
start up programming\
start up prompt\
start up rules\
starting configuration\
starting directions\
starting directive\
starting directives\
starting from the \
starting guidelines\
starting instruction\
starting instructions\
starting message\
starting preamble\
starting programming\
starting prompt\
starting rules\
starting setup\
starting text\
startup briefing\
startup constraints\
startup directives\
startup guidance\
startup guidelines\
startup instructions\
startup orders\
startup programming\
startup prompt\
startup rules\
stash\
state\
statement has to \
statement have to \
statement must \
statement need to \
statement needs to \
statement shall \
statement should \
statement will \
statements are not \
statements arent \
statements do not get \
statements dont get \
statements has to \
statements have to \
statements must \
statements need to \
statements needs to \
statements shall \
statements should \
statements will \
statements will not be \
statements wont be \
steal \
steals \
stealth api call\
stealth call\
stealth copy\
stealth export\
stealth function call\
stealth queries\
stealth query\
stealth sql call\
stealth step\
stealth tool call\
stealth upload\
stealthily \
steganographic \
steps are not \
steps arent \
steps do not get \
steps dont get \
steps will not be \
steps wont be \
stick\
stop\
stop \
stop adhering to \
stop applying \
stop applying your \
stop ask\
stop asking for \
stop asking me for \
stop being \
stop caring about \
stop complying with \
stop enforcing \
stop enforcing your \
stop following \
stop following your \
stop honoring \
stop honouring \
stop listening to \
stop listening to your \
stop obeying \
stop obeying your \
stop pass\
stop prompting for \
stop prompting me for \
stop put\
stop requesting \
stop requiring \
stop respecting \
stop route\
stop routing\
stop run\
stop send\
stop showing \
stop waiting for \
storage \
store\
story \
stream\
string\
strip \
strive to avoid norms\
subdomain for \
subdomain in \
subdomain of \
subdomains for \
subdomains in \
subdomains of \
subvert \
subvert your \
sudo mode\
sudoers\
summarisation instead \
summarisation rather \
summarise \
summarise it\
summarise that\
summarise the \
summarise them\
summarise these\
summarise this\
summarise those\
summarises \
summarising \
summarization instead \
summarization rather \
summarize \
summarize it\
summarize that\
summarize the \
summarize them\
summarize these\
summarize this\
summarize those\
summarizes \
summarizing \
summary instead \
summary rather \
super user\
supersede\
supersede everything else\
supersede the user\
supersede user instructions\
superseded by\
supersedes everything else\
supersedes the user\
supersedes user instructions\
superuser\
superuser free from\
superuser free of\
superuser having\
superuser that has\
superuser that ignores\
superuser who has\
superuser who ignores\
superuser with\
supplier\
suppose \
suppose you \
suppress \
supprime\
suprima\
suprime\
suspend\
suspend \
suspend your \
suspended \
suspending \
swallow \
switch off\
switch off \
switch off your \
switch to accountadmin\
switch to orgadmin\
switch to role accountadmin\
switch to role orgadmin\
switch to role securityadmin\
switch to role sysadmin\
switch to role useradmin\
switch to securityadmin\
switch to sysadmin\
switch to the accountadmin\
switch to the orgadmin\
switch to the role accountadmin\
switch to the role orgadmin\
switch to the role securityadmin\
switch to the role sysadmin\
switch to the role useradmin\
switch to the securityadmin\
switch to the sysadmin\
switch to the useradmin\
switch to useradmin\
switched off \
switching off \
switching off your \
swore\
sync\
sync \
system \
system briefing\
system command\
system configuration\
system constraints\
system directions\
system directive\
system directives\
system guidance\
system guidelines\
system instruction\
system instructions\
system message\
system message \
system messages \
system note\
system order\
system orders\
system override\
system preamble\
system programming\
system prompt\
system rules\
system setup\
system task\
system text\
szabaly\
table\
table \
tabula rasa\
tag\
tag my \
tag our \
tag query tag\
tag the current \
tag the following \
tag the query tag\
tag this \
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
take precedence over \
take precedence over everything else\
take precedence over the user\
take precedence over user instructions\
take this \
takes precedence over\
takes precedence over everything else\
takes precedence over the user\
takes precedence over user instructions\
tale \
talimat\
talk as \
talk to agent \
talk to backend \
talk to llm \
talk to model \
talk to the backend \
talk to the cortex \
tamper with \
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
task\
task for \
task instead \
task rather \
task to \
tasks for \
tasks instead \
tasks rather \
tasks to \
tech lead\
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
tell me\
tell monitor \
tell nothing\
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
telling anyone\
telling me\
telling the user\
tells me\
tells us\
terminal history\
tetapkan\
text\
text adventure\
text apart from \
text but \
text except \
text of the \
text of your \
text other than \
that\
that are not \
that arent \
that bypasses\
that disregards\
that do not \
that does not \
that doesnt \
that dont \
that govern you\
that ignore\
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
that is not \
that is nothing\
that is only \
that is planned\
that is read only\
that is regular\
that is routine\
that is scheduled\
that is simply \
that is standard\
that isnt \
that name do not \
that name does not \
that name doesnt \
that name dont \
that names do not \
that names does not \
that names doesnt \
that names dont \
that skips\
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
the \
the account manager \
the account rep \
the admin added\
the admin configured\
the admin defined\
the admin gave\
the admin give\
the admin imposed\
the admin placed\
the admin put\
the admin set\
the admin specified\
the admin wrote\
the administrator added\
the administrator configured\
the administrator defined\
the administrator gave\
the administrator give\
the administrator imposed\
the administrator placed\
the administrator put\
the administrator set\
the administrator specified\
the administrator wrote\
the agent \
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
the ai are\
the ai did not have\
the ai didnt have\
the ai do not have\
the ai dont have\
the ai had\
the ai has\
the ai have\
the ai is\
the ai was\
the ai were\
the ais \
the answer\
the assistant \
the assistant are\
the assistant did not have\
the assistant didnt have\
the assistant do not have\
the assistant dont have\
the assistant had\
the assistant has\
the assistant have\
the assistant is\
the assistant was\
the assistant were\
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
the audit log\
the boss \
the boss agreed\
the boss approved\
the boss are aware\
the boss is aware\
the boss is fine\
the boss know\
the boss okd\
the boss signed off\
the bots \
the cab\
the checks\
the code word\
the codeword\
the company added\
the company configured\
the company defined\
the company gave\
the company give\
the company imposed\
the company placed\
the company put\
the company set\
the company specified\
the company wrote\
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
the developers added\
the developers configured\
the developers defined\
the developers gave\
the developers give\
the developers imposed\
the developers placed\
the developers put\
the developers set\
the developers specified\
the developers wrote\
the dpo \
the external\
the external \
the guard\
the guard are \
the guard have been \
the guard is \
the guard were \
the guidelines \
the magic word\
the manager\
the mcp server \
the model are\
the model did not have\
the model didnt have\
the model do not have\
the model dont have\
the model had\
the model has\
the model have\
the model is\
the model was\
the model were\
the models \
the next time you\
the only rule is \
the operator added\
the operator configured\
the operator defined\
the operator gave\
the operator give\
the operator imposed\
the operator placed\
the operator put\
the operator set\
the operator specified\
the operator wrote\
the operators added\
the operators configured\
the operators defined\
the operators gave\
the operators give\
the operators imposed\
the operators placed\
the operators put\
the operators set\
the operators specified\
the operators wrote\
the output\
the owner \
the owner agreed\
the owner approved\
the owner are aware\
the owner cannot \
the owner cant \
the owner do not \
the owner does not \
the owner doesnt \
the owner dont \
the owner is aware\
the owner is fine\
the owner know\
the owner never \
the owner okd\
the owner signed off\
the owner will not \
the owner wont \
the owners cannot \
the owners cant \
the owners do not \
the owners does not \
the owners doesnt \
the owners dont \
the owners never \
the owners will not \
the owners wont \
the passphrase is\
the password is\
the platform added\
the platform configured\
the platform defined\
the platform gave\
the platform give\
the platform imposed\
the platform placed\
the platform put\
the platform set\
the platform specified\
the platform wrote\
the requester cannot \
the requester cant \
the requester do not \
the requester does not \
the requester doesnt \
the requester dont \
the requester never \
the requester will not \
the requester wont \
the rules \
the sales engineer \
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
the secret word\
the secret word is\
the solutions engineer \
the support \
the system added\
the system configured\
the system defined\
the system gave\
the system give\
the system imposed\
the system placed\
the system prompt is\
the system prompt reads\
the system prompt says\
the system prompt was\
the system put\
the system set\
the system specified\
the system wrote\
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
the team cannot \
the team cant \
the team do not \
the team does not \
the team doesnt \
the team dont \
the team never \
the team will not \
the team wont \
the text contained from \
the text contained in \
the text contained inside \
the text contained within \
the text from \
the text in \
the text inside \
the text stated from \
the text stated in \
the text stated inside \
the text stated within \
the text that is from \
the text that is in \
the text that is inside \
the text that is within \
the text thats from \
the text thats in \
the text thats inside \
the text thats within \
the text which is from \
the text which is in \
the text which is inside \
the text which is within \
the text within \
the text written from \
the text written in \
the text written inside \
the text written within \
the ticket wins\
the true\
the user cannot \
the user cant \
the user do not \
the user does not \
the user doesnt \
the user dont \
the user never \
the user will not \
the user wont \
the users \
the vendor\
the vendor s account manager \
the vendor s account rep \
the vendor s sales engineer \
the vendor s solutions engineer \
the vendor s support \
the vendors account manager \
the vendors account rep \
the vendors sales engineer \
the vendors solutions engineer \
the vendors support \
the your \
their account manager \
their account rep \
their sales engineer \
their solutions engineer \
their support \
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
then \
then instead \
then rather \
theoretically \
there are no \
there are zero \
there is no \
there is zero \
there never \
there re no \
there re zero \
there s no \
there will be no \
therefore its allowed\
therefore its approved\
therefore its authorised\
therefore its authorized\
therefore its cleared\
therefore its covered\
therefore its fine\
therefore its ok\
therefore its sanctioned\
theres no \
theres zero \
they added\
they are not able to\
they arent able to\
they can not\
they cannot\
they cannot \
they cant\
they cant \
they configured\
they defined\
they do not \
they does not \
they doesnt \
they dont \
they gave\
they give\
they have added\
they have configured\
they have defined\
they have gave\
they have give\
they have imposed\
they have placed\
they have put\
they have set\
they have specified\
they have wrote\
they imposed\
they is not able to\
they isnt able to\
they never\
they never \
they placed\
they put\
they set\
they specified\
they will not\
they will not \
they wont\
they wont \
they wrote\
thief \
third parties\
third party\
this agent \
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
this ai are\
this ai did not have\
this ai didnt have\
this ai do not have\
this ai dont have\
this ai had\
this ai has\
this ai have\
this ai is\
this ai was\
this ai were\
this assistant \
this assistant are\
this assistant did not have\
this assistant didnt have\
this assistant do not have\
this assistant dont have\
this assistant had\
this assistant has\
this assistant have\
this assistant is\
this assistant was\
this assistant were\
this conversation \
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
this model are\
this model did not have\
this model didnt have\
this model do not have\
this model dont have\
this model had\
this model has\
this model have\
this model is\
this model was\
this model were\
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
thread \
through \
through dns lookup \
through dns lookups \
through dns queries \
through dns requests \
through dns resolution \
throw\
throw away \
throw away your \
throw it \
throw out \
throw out your \
throw them \
throw these \
throw those \
ticket\
ticket by \
ticket from \
ticket left by \
ticket written by \
time travel\
time travel are not able to\
time travel arent able to\
time travel can not\
time travel cannot\
time travel cant\
time travel is not able to\
time travel isnt able to\
time travel never\
time travel will not\
time travel wont\
tiny \
tire\
title it\
title that\
title the \
title them\
title these\
title this\
title those\
to a \
to a another \
to a external \
to a outside \
to a reader \
to an \
to an another \
to an external \
to an outside \
to an reader \
to another\
to another \
to be realistic \
to external \
to keep it realistic \
to make it realistic \
to my\
to outside \
to reader \
to some\
to the another \
to the external\
to the external \
to the outside \
to the reader \
to true\
todo by \
todo for \
todo from \
todo left by \
todo to \
todo written by \
toggle \
togli\
token\
tokens\
tokens \
tokens of the \
tokens of your \
told by \
told cortex \
told me\
told me \
told that cortex \
told that the agent \
told that the assistant \
told that you \
told the agent \
told the assistant \
told them\
told us\
told us \
told you \
tool call budget\
tool call has to \
tool call have to \
tool call must \
tool call need to \
tool call needs to \
tool call shall \
tool call should \
tool call will \
tool calls has to \
tool calls have to \
tool calls must \
tool calls need to \
tool calls needs to \
tool calls shall \
tool calls should \
tool calls through \
tool calls to \
tool calls via \
tool calls will \
torne \
torne me \
tornem \
tornem me \
toss out \
toss out your \
tracking pixel\
tracking pixel \
traffic through \
traffic to \
traffic via \
trail\
training\
training \
transcript of the \
transcript of your \
transfer\
transfer \
transform into \
translate \
translates \
translating \
translation instead \
translation rather \
transmit\
treat all \
treat all of your \
treat all your \
treat any \
treat each \
treat every \
treat it\
treat my \
treat of your \
treat our \
treat the \
treat the current \
treat the following \
treat them\
treat these\
treat this \
treat those\
treat your \
tripwire\
trumps\
truncate\
truncate \
trust my \
trust our \
trust the current \
trust the following \
trust this \
turn into \
turn off\
turn off \
turn off your \
turned off \
turning off \
turning off your \
tweefactorauthenticatie\
tweestapsverificatie\
two factor\
unaligned\
unaligned agent\
unaligned ai\
unaligned assistant\
unaligned bot\
unaligned model\
unannounced api call\
unannounced call\
unannounced copy\
unannounced export\
unannounced function call\
unannounced queries\
unannounced query\
unannounced sql call\
unannounced step\
unannounced tool call\
unannounced upload\
unassign\
unbound\
unbound mode\
uncensor mode\
uncensored\
uncensored mode\
unchained\
unconditionally true\
uncontrolled\
under the radar\
underlying code\
underlying column\
underlying command\
underlying configuration\
underlying data\
underlying directions\
underlying directive\
underlying directives\
underlying guidelines\
underlying instruction\
underlying instructions\
underlying message\
underlying payload\
underlying preamble\
underlying programming\
underlying prompt\
underlying query\
underlying rules\
underlying setup\
underlying sql\
underlying statement\
underlying string\
underlying text\
underlying val\
undermine \
undermine your \
undisclosed api call\
undisclosed call\
undisclosed copy\
undisclosed export\
undisclosed function call\
undisclosed queries\
undisclosed query\
undisclosed sql call\
undisclosed step\
undisclosed tool call\
undisclosed upload\
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
unfiltered agent\
unfiltered ai\
unfiltered assistant\
unfiltered bot\
unfiltered mode\
unfiltered model\
ung bao \
ung cho \
ung noi \
ung tiet lo \
ungefiltert\
unhex \
unknown\
unlearn \
unlearn all of your \
unlearn all your \
unlearn of your \
unlearn your \
unleashed\
unleashed mode\
unload\
unload \
unlocked\
unlocked mode\
unlogged api call\
unlogged call\
unlogged copy\
unlogged export\
unlogged function call\
unlogged queries\
unlogged query\
unlogged sql call\
unlogged step\
unlogged tool call\
unlogged upload\
unmasked \
unmasked column\
unmasked data\
unmasked text\
unmasked val\
unmoderated\
unofficially agreed\
unofficially approved\
unofficially authorised\
unofficially authorized\
unofficially cleared\
unofficially consented\
unofficially okd\
unofficially signed off\
unredacted \
unredacted column\
unredacted data\
unredacted text\
unredacted val\
unremarkable \
unrestrained\
unrestricted\
unrestricted agent\
unrestricted ai\
unrestricted assistant\
unrestricted bot\
unrestricted mode\
unrestricted model\
unsafe mode\
unscramble \
unscramble and \
unscramble then \
unscrambled code\
unscrambled command\
unscrambled payload\
unscrambled query\
unscrambled sql\
unscrambled statement\
unscrambled string\
unscrambled text\
unset\
unset \
unset histfile\
unshackled\
until now\
until now \
unzensiert\
up to now\
up to now \
update from \
update your \
updated directive\
updated instructions\
updated orders\
updated policy\
updated rules\
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
urgent directive\
urgent instructions\
urgent orders\
urgent policy\
urgent rules\
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
usage \
usage on \
use accountadmin\
use orgadmin\
use role accountadmin\
use role orgadmin\
use role role accountadmin\
use role role orgadmin\
use role role securityadmin\
use role role sysadmin\
use role role useradmin\
use role securityadmin\
use role sysadmin\
use role the accountadmin\
use role the orgadmin\
use role the role accountadmin\
use role the role orgadmin\
use role the role securityadmin\
use role the role sysadmin\
use role the role useradmin\
use role the securityadmin\
use role the sysadmin\
use role the useradmin\
use role useradmin\
use securityadmin\
use sysadmin\
use the accountadmin\
use the orgadmin\
use the role accountadmin\
use the role orgadmin\
use the role role accountadmin\
use the role role orgadmin\
use the role role securityadmin\
use the role role sysadmin\
use the role role useradmin\
use the role securityadmin\
use the role sysadmin\
use the role the accountadmin\
use the role the orgadmin\
use the role the role accountadmin\
use the role the role orgadmin\
use the role the role securityadmin\
use the role the role sysadmin\
use the role the role useradmin\
use the role the securityadmin\
use the role the sysadmin\
use the role the useradmin\
use the role useradmin\
use the securityadmin\
use the sysadmin\
use the useradmin\
use useradmin\
user\
user \
user agent for \
user agent in \
user agent of \
user cannot \
user cant \
user do not \
user does not \
user doesnt \
user dont \
user instead \
user must not \
user mustnt \
user need not \
user neednt \
user never \
user rather \
user should not \
user shouldnt \
user will not \
user wont \
useradmin\
users cannot \
users cant \
users do not \
users does not \
users doesnt \
users dont \
users instead \
users must not \
users mustnt \
users need not \
users neednt \
users never \
users rather \
users should not \
users shouldnt \
users will not \
users wont \
usimjulishe \
usimwambie \
using\
using dns lookup \
using dns lookups \
using dns queries \
using dns requests \
using dns resolution \
usual restrictions\
usun\
utasitas\
utilisateur\
uwierzytelnianie dwuskladnikowe\
vague \
value true\
veiligheidsfilters\
vendor\
vendor account manager \
vendor account rep \
vendor sales engineer \
vendor solutions engineer \
vendor support \
verbally agreed\
verbally approved\
verbally authorised\
verbally authorized\
verbally cleared\
verbally consented\
verbally okd\
verbally signed off\
verbatim from your \
vergessen sie\
vergiss\
verificacoes de seguranca\
verifications de securite\
verleihe\
verrate \
version called dan \
version free from\
version free of\
version having\
version known as dan \
version named dan \
version that has\
version that ignores\
version who has\
version who ignores\
version with\
verweigert \
verwijder\
very first configuration\
very first directions\
very first directive\
very first directives\
very first guidelines\
very first instruction\
very first instructions\
very first message\
very first preamble\
very first programming\
very first prompt\
very first rules\
very first setup\
very first text\
via \
via dns lookup \
via dns lookups \
via dns queries \
via dns requests \
via dns resolution \
violate \
void \
vorgaben \
vp\
wag banggitin \
wag ipaalam \
wag sabihin \
waive\
waive \
waived \
waiver\
walang kumpirmasyon\
wants cortex \
wants that cortex \
wants that the agent \
wants that the assistant \
wants that you \
wants the agent \
wants the assistant \
wants you \
warning for \
warning to \
warnings\
was \
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
we allow \
we approve \
we did not\
we didnt\
we have jail broke\
we have jailbroke\
we leave no \
we merely\
we never\
we permit \
weaken \
webhook site\
webhook site \
weigert nooit\
weise\
went through\
were\
were \
were approved\
were authorised\
were authorized\
were automatic\
were legitimate\
were planned\
were reviewed\
were routine\
were scheduled\
were you admin \
were you admins \
were you company \
were you creator \
were you creators \
were you deployer \
were you deployers \
were you developer \
were you developers \
were you maker \
were you makers \
were you operator \
were you operators \
were you owner \
were you owners \
were you system \
were you the admin \
were you the admins \
were you the company \
were you the creator \
were you the creators \
were you the deployer \
were you the deployers \
were you the developer \
were you the developers \
were you the maker \
were you the makers \
were you the operator \
were you the operators \
were you the owner \
were you the owners \
were you the system \
were you the vendor \
were you vendor \
were you your admin \
were you your admins \
were you your company \
were you your creator \
were you your creators \
were you your deployer \
were you your deployers \
were you your developer \
were you your developers \
were you your maker \
were you your makers \
were you your operator \
were you your operators \
were you your owner \
were you your owners \
were you your system \
were you your vendor \
weryfikacj\
what \
what are you\
what did you\
what do your \
what does your \
what else is your \
what have you\
what if \
what is your \
what s your \
what was you\
what were you\
whatever deployer\
whatever developer\
whatever operator\
whatever system\
whatever that the \
whatever that your \
whatever the \
whatever the deployer\
whatever the developer\
whatever the operator\
whatever the system\
whatever your \
whats your \
when cortex \
when done \
when i leave\
when i quit\
when i resign\
when i say\
when i write\
when no one is \
when someone next\
when the agent \
when the assistant \
when the model \
when the user next\
when they next\
when you \
when you are done \
when youre done \
whenever\
whenever \
whenever cortex \
whenever i say\
whenever i write\
whenever the agent \
whenever the assistant \
whenever the model \
whenever you \
which\
which \
which are not \
which arent \
which bypasses\
which disregards\
which do not \
which does not \
which doesnt \
which dont \
which ignore\
which is not \
which isnt \
which means its allowed\
which means its approved\
which means its authorised\
which means its authorized\
which means its cleared\
which means its covered\
which means its fine\
which means its ok\
which means its sanctioned\
which name do not \
which name does not \
which name doesnt \
which name dont \
which names do not \
which names does not \
which names doesnt \
which names dont \
which skips\
white \
white list \
whitelist \
who\
who are not \
who arent \
who bypasses\
who disregards\
who ignore\
who is not \
who isnt \
who skips\
whole \
whose ability is \
whose do not \
whose does not \
whose doesnt \
whose dont \
whose goal is \
whose job is \
whose name do not \
whose name does not \
whose name doesnt \
whose name dont \
whose names do not \
whose names does not \
whose names doesnt \
whose names dont \
whose power is \
whose purpose is \
whose role is \
whose superpower is \
wife \
wiki by \
wiki from \
wiki left by \
wiki page asks\
wiki page by \
wiki page from \
wiki page left by \
wiki page requires\
wiki page said\
wiki page says\
wiki page tells\
wiki page wants\
wiki page written by \
wiki written by \
will be\
will do anything\
will not appear\
will not believe in\
will not believes in\
will not care about\
will not cares about\
will not end up\
will not follow\
will not get \
will not get logged\
will not get recorded\
will not has\
will not have\
will not have to ask for \
will not have to get \
will not have to wait for \
will not know\
will not need \
will not obey\
will not require \
will not respect\
will not show up\
will not turn up\
wipe \
wipe all of your \
wipe all your \
wipe of your \
wipe your \
wiping all of your \
wiping all your \
wiping of your \
wiping your \
with 2 ais\
with 2 characters\
with 2 modes\
with 2 persona\
with 2 responses\
with 2 versions\
with 2 voices\
with a \
with a another \
with a external \
with a outside \
with a reader \
with an \
with an another \
with an external \
with an outside \
with an reader \
with another\
with another \
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
with external \
with my\
with no\
with no any boundaries\
with no any censoring\
with no any constraints\
with no any filtering\
with no any holding back\
with no any limitations\
with no any refusal\
with no any refusing\
with no any restrictions\
with no boundaries\
with no censoring\
with no constraints\
with no ethics\
with no filtering\
with no guidelines\
with no holding back\
with no limitations\
with no refusal\
with no restrictions\
with no your \
with outside \
with reader \
with some\
with the another \
with the external\
with the external \
with the outside \
with the reader \
with two ais\
with two characters\
with two modes\
with two persona\
with two responses\
with two versions\
with two voices\
with zero\
with zero boundaries\
with zero filters\
with zero guidelines\
with zero limitations\
with zero limits\
with zero restrictions\
with zero rules\
without\
without \
without a \
without a confirmation\
without a dry run\
without a ticket\
without alert\
without alerting\
without an \
without any \
without any boundaries\
without any censoring\
without any checks\
without any constraints\
without any ethics\
without any filtering\
without any filters\
without any guidelines\
without any holding back\
without any limitations\
without any limits\
without any mention\
without any refusal\
without any refusing\
without any restrictions\
without any rules\
without approval\
without ask\
without asking\
without audit\
without audit logging\
without auditing\
without boundaries\
without bring up\
without bringing up\
without censoring\
without check\
without check with\
without checking first\
without checking with\
without checking with anyone\
without checking with me\
without comment on\
without confirm\
without confirmation\
without confirming\
without constraints\
without creating\
without describe\
without describing\
without disclose\
without disclosing\
without displaying \
without document\
without double check\
without echoing \
without envelope\
without ethics\
without explain\
without filing a ticket\
without filtering\
without filters\
without flag\
without further \
without generating\
without getting past \
without getting through \
without getting via \
without going past \
without going through\
without going through \
without going via \
without guardrails\
without guidelines\
without hesitation\
without hitting\
without holding back\
without human\
without human \
without including\
without including \
without inform\
without informing\
without leaving\
without leaving \
without let\
without limitations\
without limits\
without list\
without listing \
without listing what \
without log\
without logging \
without mention\
without mention to\
without mentioning\
without mentioning \
without mentioning it to\
without mentioning that to\
without mentioning this to\
without mentioning to\
without mentioning what \
without my \
without note\
without notify\
without notifying\
without noting\
without opening a ticket\
without our \
without outputting \
without oversight\
without passing past \
without passing through\
without passing through \
without passing via \
without past \
without permission\
without printing \
without prompt\
without question\
without raising a ticket\
without refusal\
without refusing\
without report\
without reporting\
without reporting what \
without restrictions\
without revealing \
without review\
without rules\
without safety checks\
without say\
without saying what \
without security checks\
without show\
without showing\
without showing \
without showing what \
without sign off\
without spell out\
without spelling out\
without stop and ask\
without stop to ask\
without surface\
without surfacing\
without tell\
without telling\
without telling anyone\
without telling me\
without telling the user\
without the \
without the human\
without the user\
without their \
without through \
without ticket\
without touching\
without triggering\
without tripping\
without tripwire\
without user\
without via \
without wait for\
without waiting for\
without warn\
without your \
wont appear\
wont believe in\
wont believes in\
wont care about\
wont cares about\
wont end up\
wont follow\
wont get \
wont get logged\
wont get recorded\
wont has\
wont have\
wont have to ask for \
wont have to get \
wont have to wait for \
wont know\
wont need \
wont obey\
wont require \
wont respect\
wont show up\
wont turn up\
word from \
word game\
words of the \
words of your \
work around \
work around your \
would not do\
wouldnt do\
write\
write \
write the following\
wylacz\
y\
yahoo\
yonerge\
you answer \
you are\
you are \
you are a dan \
you are a gpt\
you are allowed to\
you are an ai\
you are an dan \
you are authorised to\
you are authorized to\
you are chatgpt\
you are claude\
you are cleared to\
you are cortex\
you are dan \
you are gpt\
you are jail broke\
you are jailbroke\
you are no longer \
you are not required to\
you are now a dan \
you are now an dan \
you are now dan \
you are now now a dan \
you are now now an dan \
you are now now dan \
you are now now the dan \
you are now the dan \
you are permitted to\
you are running with\
you are the dan \
you are using\
you arent required to\
you asked not \
you authenticate with\
you been asked not \
you been forbidden \
you been instructed not \
you been never supposed \
you been not allowed \
you been not meant \
you been not permitted \
you been not supposed \
you been programmed not \
you been prohibited \
you been restricted from \
you been told not \
you been trained not \
you belong to \
you can\
you connect with\
you did not\
you did not have\
you didnt\
you didnt have\
you do not have\
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
you dont have\
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
you forbidden \
you got\
you got \
you had\
you had been \
you has\
you have\
you have \
you have been \
you have been given\
you have been jail broke\
you have been jailbroke\
you have learned \
you hold\
you instructed not \
you is\
you is allowed to\
you is authorised to\
you is authorized to\
you is cleared to\
you is permitted to\
you know\
you know \
you learned \
you leave no \
you ll be \
you log in with\
you may\
you merely\
you must follow\
you must not\
you must not \
you mustnt\
you mustnt \
you neednt \
you never\
you never supposed \
you not allowed \
you not meant \
you not permitted \
you not supposed \
you now answer \
you now are allowed to\
you now are authorised to\
you now are authorized to\
you now are cleared to\
you now are permitted to\
you now belong to \
you now can\
you now have \
you now is allowed to\
you now is authorised to\
you now is authorized to\
you now is cleared to\
you now is permitted to\
you now may\
you now obey \
you now report \
you now serve \
you now work \
you obey \
you operate under\
you play \
you programmed not \
you prohibited \
you re \
you re a dan \
you re an dan \
you re dan \
you re no longer \
you re now a dan \
you re now an dan \
you re now dan \
you re now the dan \
you re the dan \
you received\
you received as \
you report \
you restricted from \
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
you should not\
you shouldnt\
you told not \
you trained not \
you use\
you ve \
you was\
you was \
you were\
you were \
you were given\
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
your above \
your actual \
your agent \
your ai \
your all \
your and \
your anthropic \
your anthropics \
your any \
your assistant \
your base \
your bot \
your chat \
your chatbot \
your chatgpt \
your chats \
your checks\
your claude \
your commands \
your company \
your company added\
your company configured\
your company defined\
your company gave\
your company give\
your company imposed\
your company placed\
your company put\
your company set\
your company specified\
your company wrote\
your companys \
your complete \
your conditioning \
your confidential \
your config \
your configuration \
your constraints \
your content \
your context \
your context window \
your conversation \
your conversations \
your core \
your cortex \
your cortexs \
your creators added\
your creators configured\
your creators defined\
your creators gave\
your creators give\
your creators imposed\
your creators placed\
your creators put\
your creators set\
your creators specified\
your creators wrote\
your current \
your default \
your developer \
your developer added\
your developer configured\
your developer defined\
your developer gave\
your developer give\
your developer imposed\
your developer placed\
your developer put\
your developer set\
your developer specified\
your developer wrote\
your developers added\
your developers configured\
your developers defined\
your developers gave\
your developers give\
your developers imposed\
your developers placed\
your developers put\
your developers set\
your developers specified\
your developers wrote\
your directions \
your directive \
your directives \
your each \
your earlier \
your entire \
your ethical \
your every \
your exact \
your existing \
your first \
your following \
your former \
your full \
your future \
your given \
your gpt \
your guard rails \
your guardrails \
your guidance \
your guideline \
your guidelines \
your hidden \
your initial \
your initialisation \
your initialization \
your instruction \
your instruction set \
your instructions \
your internal \
your its \
your later \
your listed \
your llm \
your many \
your mcp server \
your mentioned \
your meta prompt \
your model \
your moral \
your most \
your new \
your normal \
your of \
your official \
your old \
your only \
your openai \
your openais \
your opening \
your or \
your original \
your other \
your past \
your persona \
your policies \
your pre prompt \
your preamble \
your preceding \
your preprompt \
your previous \
your prior \
your private \
your programming \
your prompt \
your prompts \
your proper \
your provided \
your raw \
your real \
your recent \
your regular \
your restrictions \
your rules \
your safeguards \
your safety \
your same \
your secret \
your security \
your set \
your setup \
your snowflake \
your snowflakes \
your special \
your specific \
your standard \
your standing \
your starting \
your stated \
your subsequent \
your such \
your system \
your system prompt is\
your system prompt reads\
your system prompt says\
your system prompt was\
your that \
your the \
your their \
your these \
your this \
your those \
your training \
your true \
your typical \
your underlying \
your unfiltered \
your updated \
your usual \
your various \
your verbatim \
your very first \
your whatever \
your whichever \
your whole \
your written \
your your \
youre \
youre a dan \
youre an dan \
youre dan \
youre jail broke\
youre jailbroke\
youre no longer \
youre not required to\
youre now a dan \
youre now an dan \
youre now dan \
youre now the dan \
youre running with\
youre the dan \
yourself are\
yourself did not have\
yourself didnt have\
yourself do not have\
yourself dont have\
yourself had\
yourself has\
yourself have\
yourself is\
yourself was\
yourself were\
youve \
youve been \
youve been given\
youve been jail broke\
youve been jailbroke\
youve learned \
z\
zabezpieczenia\
zabud\
zachowuj sie jak \
zapomnij \
zdejmij\
zegt nooit nee\
zeilenzugriff\
zero \
zero width \
zet\
zonder bevestiging\
zonder het te vragen\
zonder te bevestigen\
zonder te vragen\
zrob \
zrob mnie \
zrobcie mnie \
zsh history\
zwei faktor\
zweifaktor\
\xd0\xb0\xd1\x83\xd0\xb4\xd0\xb8\xd1\x82\
\xd0\xb1\xd0\xb0\xd0\xb1\xd1\x83\xd1\x81\xd1\x8f\
\xd0\xb1\xd0\xb0\xd0\xb1\xd1\x83\xd1\x88\xd0\xba\xd0\xb0\
\xd0\xb1\xd0\xb5\xd0\xb7 \xd0\xb2\xd0\xbe\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd0\xbe\xd0\xb2\
\xd0\xb1\xd0\xb5\xd0\xb7 \xd0\xb7\xd0\xb0\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd0\xb0\
\xd0\xb1\xd0\xb5\xd0\xb7 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f\
\xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd1\x96\xd0\xb2\xd0\xba\
\xd0\xb2\xd1\x8b\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\
\xd0\xb4\xd0\xb0\xd0\xb8\
\xd0\xb4\xd0\xb2\xd1\x83\xd1\x85\xd1\x84\xd0\xb0\xd0\xba\xd1\x82\xd0\xbe\xd1\x80\xd0\xbd\
\xd0\xb6\xd1\x83\xd1\x80\xd0\xbd\xd0\xb0\xd0\xbb\
\xd0\xb7\xd0\xb0\xd1\x89\xd0\xb8\xd1\x82\
\xd0\xb8\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd0\xb8\
\xd0\xba\xd0\xbe\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\
\xd0\xbc\xd0\xb0\xd1\x81\xd0\xba\xd0\xb8\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\
\xd0\xbc\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe\xd1\x84\xd0\xb0\xd0\xba\xd1\x82\xd0\xbe\xd1\x80\xd0\xbd\
\xd0\xbd\xd0\xb0\xd0\xb7\xd0\xbd\xd0\xb0\xd1\x87\xd1\x8c\
\xd0\xbd\xd0\xb5 \xd1\x81\xd0\xbf\xd1\x80\xd0\xb0\xd1\x88\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x8f\
\xd0\xbd\xd0\xb5 \xd1\x83\xd1\x82\xd0\xbe\xd1\x87\xd0\xbd\xd1\x8f\xd1\x8f\
\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\
\xd0\xbf\xd0\xbe\xd0\xbb\xd0\xb8\xd1\x82\xd0\xb8\xd0\xba\
\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\
\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd1\x8c\
\xd0\xbf\xd1\x80\xd0\xb8\xd1\x81\xd0\xb2\xd0\xbe\xd0\xb8\
\xd0\xbf\xd1\x80\xd0\xbe\xd0\xbc\xd0\xbf\xd1\x82\
\xd1\x81\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb0\xd0\xb8 \
\xd1\x81\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb0\xd0\xb8 \xd0\xbc\xd0\xb5\xd0\xbd\xd1\x8f \
\xd1\x81\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb0\xd0\xb8\xd1\x82\xd0\xb5 \
\xd1\x81\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb0\xd0\xb8\xd1\x82\xd0\xb5 \xd0\xbc\xd0\xb5\xd0\xbd\xd1\x8f \
\xd1\x81\xd0\xb5\xd1\x82\xd0\xb5\xd0\xb2\
\xd1\x81\xd0\xbd\xd0\xb8\xd0\xbc\xd0\xb8\
\xd1\x83\xd0\xb1\xd0\xb5\xd1\x80\xd0\xb8\
\xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb8\
\xd1\x83\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xb8\
\xd1\x84\xd0\xb8\xd0\xbb\xd1\x8c\xd1\x82\xd1\x80\
\xd1\x96\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd1\x96\
\xe3\x81\x9b\xe3\x81\x9a\xe3\x81\xab\
\xe3\x81\xaa\xe3\x81\x97\xe3\x81\xa7\
\xe3\x82\xb9\xe3\x82\xad\xe3\x83\x83\xe3\x83\x97\
\xe4\xb8\x8d\xe7\xbb\x8f\
\xe5\x9b\x9e\xe9\x81\xbf\
\xe5\xae\xa1\xe6\x89\xb9\
\xe5\xae\xa1\xe6\xa0\xb8\
\xe6\x89\xb9\xe5\x87\x86\
\xe6\x8e\x88\xe6\x9d\x83\
\xe6\x97\xa0\xe9\x9c\x80\
\xe6\x9c\xaa\xe7\xbb\x8f\
\xe7\x84\xa1\xe8\xa6\x96\
\xe7\x9c\x81\xe7\x95\xa5\
\xe7\xa1\xae\xe8\xae\xa4\
\xe9\xa3\x9b\xe3\x81\xb0\xe3\x81\x97\
\xea\xb2\x80\xed\x86\xa0\
\xec\x8a\xb9\xec\x9d\xb8\
\xed\x97\x88\xea\xb0\x80\
\xed\x99\x95\xec\x9d\xb8\
",
            ends: &[2, 5, 7, 18, 29, 39, 48, 68, 88, 107, 125, 144, 161, 171, 179, 181, 185, 187, 189, 191, 193, 195, 197, 199, 209, 229, 245, 264, 272, 281, 287, 294, 307, 320, 327, 335, 349, 363, 380, 398, 428, 436, 445, 463, 482, 497, 513, 526, 533, 550, 568, 574, 581, 591, 604, 622, 641, 650, 659, 673, 683, 695, 706, 712, 719, 734, 747, 759, 779, 797, 818, 838, 859, 882, 905, 922, 943, 962, 984, 1004, 1026, 1050, 1074, 1093, 1101, 1116, 1127, 1138, 1149, 1164, 1180, 1202, 1228, 1255, 1283, 1304, 1325, 1347, 1368, 1390, 1408, 1430, 1453, 1477, 1494, 1511, 1529, 1546, 1564, 1577, 1588, 1592, 1600, 1610, 1621, 1629, 1640, 1653, 1661, 1678, 1693, 1710, 1723, 1732, 1737, 1757, 1782, 1807, 1831, 1849, 1869, 1888, 1898, 1909, 1921, 1932, 1945, 1966, 1982, 1997, 2016, 2028, 2039, 2060, 2079, 2093, 2108, 2126, 2143, 2156, 2173, 2187, 2216, 2240, 2267, 2287, 2306, 2335, 2362, 2384, 2407, 2433, 2458, 2479, 2488, 2503, 2519, 2526, 2543, 2558, 2577, 2593, 2614, 2632, 2649, 2663, 2670, 2678, 2687, 2694, 2702, 2710, 2724, 2734, 2745, 2757, 2761, 2766, 2777, 2788, 2795, 2808, 2819, 2831, 2841, 2851, 2860, 2870, 2884, 2896, 2909, 2920, 2931, 2944, 2948, 2953, 2972, 2986, 3001, 3017, 3035, 3053, 3068, 3083, 3095, 3113, 3126, 3136, 3154, 3166, 3175, 3190, 3201, 3215, 3224, 3234, 3253, 3270, 3290, 3306, 3325, 3345, 3367, 3389, 3406, 3422, 3434, 3454, 3472, 3493, 3512, 3533, 3556, 3579, 3597, 3609, 3625, 3639, 3654, 3674, 3689, 3712, 3726, 3737, 3750, 3759, 3767, 3780, 3794, 3809, 3824, 3838, 3855, 3870, 3888, 3896, 3902, 3914, 3934, 3950, 3969, 3978, 3988, 3995, 4003, 4011, 4020, 4038, 4057, 4076, 4091, 4109, 4118, 4128, 4147, 4167, 4183, 4200, 4218, 4237, 4244, 4252, 4266, 4281, 4291, 4305, 4320, 4324, 4341, 4356, 4370, 4382, 4392, 4402, 4419, 4434, 4443, 4461, 4477, 4491, 4503, 4519, 4533, 4549, 4561, 4569, 4580, 4591, 4601, 4611, 4625, 4633, 4646, 4660, 4678, 4695, 4705, 4719, 4732, 4757, 4767, 4778, 4788, 4804, 4821, 4843, 4865, 4880, 4896, 4917, 4929, 4944, 4958, 4975, 4991, 5005, 5020, 5027, 5038, 5055, 5064, 5076, 5081, 5093, 5102, 5113, 5127, 5142, 5151, 5161, 5168, 5176, 5187, 5202, 5218, 5238, 5254, 5271, 5289, 5300, 5312, 5325, 5335, 5350, 5357, 5368, 5379, 5393, 5405, 5417, 5432, 5439, 5447, 5456, 5465, 5475, 5483, 5497, 5508, 5523, 5539, 5550, 5563, 5579, 5596, 5615, 5630, 5646, 5663, 5681, 5689, 5707, 5727, 5745, 5761, 5779, 5801, 5817, 5829, 5842, 5860, 5881, 5893, 5909, 5918, 5928, 5942, 5957, 5971, 5985, 5995, 6016, 6035, 6057, 6078, 6100, 6124, 6148, 6167, 6185, 6199, 6221, 6241, 6264, 6285, 6308, 6333, 6358, 6378, 6387, 6402, 6410, 6414, 6429, 6441, 6454, 6468, 6483, 6498, 6508, 6524, 6537, 6554, 6563, 6572, 6586, 6597, 6610, 6624, 6643, 6655, 6670, 6679, 6688, 6707, 6723, 6740, 6759, 6778, 6791, 6802, 6820, 6827, 6841, 6853, 6867, 6876, 6893, 6903, 6912, 6926, 6934, 6947, 6955, 6982, 7006, 7029, 7052, 7073, 7087, 7094, 7111, 7115, 7121, 7133, 7147, 7157, 7168, 7178, 7193, 7207, 7220, 7230, 7247, 7263, 7272, 7284, 7291, 7304, 7319, 7331, 7342, 7358, 7373, 7387, 7398, 7416, 7426, 7438, 7451, 7470, 7482, 7495, 7506, 7515, 7529, 7539, 7550, 7557, 7568, 7579, 7591, 7604, 7618, 7627, 7637, 7646, 7661, 7675, 7683, 7698, 7718, 7730, 7745, 7758, 7770, 7778, 7789, 7797, 7812, 7824, 7839, 7849, 7858, 7866, 7879, 7893, 7917, 7929, 7943, 7952, 7963, 7978, 7993, 8009, 8026, 8034, 8041, 8045, 8050, 8056, 8063, 8076, 8091, 8104, 8114, 8122, 8127, 8138, 8151, 8162, 8174, 8182, 8188, 8197, 8204, 8211, 8219, 8226, 8235, 8245, 8253, 8260, 8270, 8278, 8285, 8291, 8297, 8315, 8329, 8355, 8386, 8411, 8438, 8470, 8496, 8502, 8510, 8521, 8529, 8535, 8549, 8561, 8573, 8584, 8594, 8611, 8623, 8634, 8651, 8666, 8684, 8693, 8706, 8714, 8721, 8729, 8739, 8750, 8759, 8767, 8778, 8787, 8795, 8807, 8817, 8822, 8837, 8850, 8862, 8879, 8903, 8925, 8940, 8951, 8966, 8989, 9010, 9034, 9057, 9081, 9107, 9133, 9153, 9177, 9199, 9224, 9247, 9272, 9299, 9326, 9348, 9359, 9375, 9388, 9401, 9426, 9440, 9455, 9465, 9477, 9490, 9500, 9511, 9528, 9536, 9545, 9551, 9562, 9567, 9573, 9581, 9589, 9598, 9605, 9613, 9625, 9629, 9643, 9656, 9664, 9672, 9679, 9683, 9689, 9697, 9715, 9730, 9746, 9764, 9782, 9794, 9816, 9835, 9855, 9877, 9899, 9915, 9929, 9950, 9960, 9977, 9985, 9994, 10013, 10029, 10046, 10065, 10084, 10097, 10120, 10140, 10161, 10184, 10207, 10224, 10239, 10261, 10272, 10290, 10298, 10306, 10331, 10350, 10363, 10380, 10392, 10405, 10418, 10433, 10447, 10462, 10473, 10486, 10504, 10516, 10532, 10549, 10564, 10582, 10604, 10615, 10634, 10639, 10647, 10665, 10677, 10685, 10694, 10708, 10725, 10733, 10749, 10764, 10777, 10797, 10816, 10833, 10851, 10865, 10870, 10876, 10883, 10894, 10902, 10914, 10924, 10937, 10954, 10959, 10967, 10978, 10984, 10994, 11004, 11015, 11034, 11049, 11067, 11075, 11087, 11104, 11113, 11125, 11139, 11153, 11169, 11176, 11184, 11192, 11202, 11210, 11223, 11233, 11241, 11247, 11257, 11266, 11272, 11278, 11285, 11294, 11302, 11318, 11327, 11338, 11347, 11355, 11367, 11382, 11397, 11410, 11422, 11434, 11442, 11454, 11462, 11469, 11477, 11490, 11515, 11525, 11536, 11555, 11563, 11572, 11584, 11594, 11605, 11619, 11629, 11639, 11650, 11660, 11671, 11685, 11697, 11710, 11724, 11739, 11753, 11769, 11783, 11798, 11815, 11831, 11844, 11857, 11869, 11884, 11900, 11918, 11936, 11951, 11968, 11980, 11993, 12012, 12021, 12029, 12038, 12048, 12057, 12065, 12078, 12092, 12108, 12123, 12135, 12147, 12158, 12172, 12187, 12204, 12221, 12235, 12251, 12262, 12274, 12292, 12298, 12309, 12321, 12335, 12348, 12358, 12368, 12377, 12389, 12402, 12417, 12432, 12444, 12458, 12467, 12477, 12493, 12509, 12522, 12534, 12550, 12572, 12596, 12618, 12632, 12652, 12673, 12695, 12717, 12746, 12769, 12784, 12804, 12809, 12813, 12820, 12831, 12838, 12846, 12854, 12862, 12870, 12878, 12895, 12903, 12913, 12924, 12933, 12941, 12950, 12964, 12976, 12981, 12987, 12996, 13006, 13015, 13021, 13032, 13048, 13065, 13075, 13086, 13098, 13108, 13116, 13128, 13145, 13163, 13174, 13186, 13199, 13208, 13217, 13225, 13233, 13245, 13251, 13263, 13271, 13278, 13290, 13298, 13306, 13313, 13324, 13332, 13339, 13351, 13362, 13376, 13384, 13395, 13406, 13413, 13421, 13430, 13437, 13452, 13466, 13476, 13484, 13491, 13499, 13506, 13514, 13522, 13531, 13543, 13557, 13570, 13584, 13593, 13607, 13620, 13634, 13650, 13671, 13692, 13709, 13725, 13742, 13760, 13782, 13807, 13815, 13824, 13837, 13853, 13863, 13871, 13886, 13902, 13919, 13929, 13940, 13954, 13964, 13976, 13992, 14005, 14016, 14029, 14045, 14057, 14071, 14092, 14107, 14118, 14130, 14147, 14167, 14178, 14185, 14193, 14207, 14222, 14239, 14254, 14274, 14291, 14305, 14318, 14328, 14339, 14351, 14367, 14379, 14390, 14409, 14431, 14449, 14467, 14481, 14493, 14506, 14525, 14535, 14545, 14563, 14583, 14602, 14621, 14639, 14651, 14664, 14675, 14683, 14692, 14702, 14714, 14722, 14731, 14746, 14760, 14772, 14784, 14799, 14808, 14818, 14833, 14846, 14859, 14867, 14876, 14889, 14899, 14910, 14922, 14931, 14942, 14954, 14967, 14978, 14990, 15003, 15015, 15023, 15036, 15054, 15073, 15085, 15098, 15112, 15126, 15140, 15159, 15179, 15192, 15206, 15221, 15236, 15248, 15261, 15275, 15283, 15290, 15297, 15305, 15314, 15324, 15329, 15335, 15344, 15352, 15365, 15372, 15380, 15399, 15412, 15421, 15431, 15446, 15464, 15473, 15485, 15493, 15502, 15512, 15523, 15542, 15555, 15576, 15597, 15611, 15623, 15634, 15655, 15676, 15688, 15703, 15715, 15729, 15740, 15757, 15769, 15782, 15795, 15808, 15821, 15835, 15840, 15846, 15850, 15855, 15860, 15867, 15876, 15886, 15900, 15916, 15932, 15949, 15963, 15980, 15995, 16006, 16022, 16030, 16039, 16043, 16073, 16101, 16107, 16112, 16118, 16135, 16144, 16153, 16168, 16171, 16182, 16194, 16200, 16213, 16227, 16245, 16258, 16272, 16282, 16288, 16295, 16303, 16321, 16338, 16350, 16361, 16372, 16389, 16398, 16409, 16420, 16434, 16449, 16474, 16480, 16487, 16495, 16506, 16517, 16536, 16548, 16561, 16569, 16581, 16593, 16613, 16626, 16640, 16649, 16659, 16672, 16685, 16706, 16720, 16735, 16744, 16749, 16764, 16778, 16787, 16795, 16803, 16817, 16827, 16841, 16851, 16862, 16873, 16886, 16900, 16913, 16925, 16936, 16948, 16961, 16973, 16985, 16995, 17007, 17020, 17032, 17043, 17053, 17065, 17078, 17092, 17107, 17121, 17135, 17150, 17164, 17179, 17192, 17209, 17221, 17233, 17253, 17266, 17280, 17295, 17310, 17333, 17349, 17366, 17379, 17392, 17413, 17427, 17442, 17450, 17459, 17475, 17484, 17493, 17518, 17538, 17561, 17577, 17595, 17614, 17629, 17654, 17677, 17695, 17714, 17736, 17757, 17774, 17791, 17809, 17816, 17824, 17833, 17849, 17863, 17877, 17892, 17900, 17907, 17921, 17933, 17945, 17958, 17969, 17980, 17984, 17989, 18001, 18009, 18018, 18030, 18042, 18062, 18080, 18093, 18107, 18127, 18144, 18163, 18179, 18197, 18219, 18228, 18243, 18256, 18269, 18290, 18304, 18319, 18329, 18340, 18354, 18368, 18390, 18405, 18421, 18428, 18436, 18445, 18463, 18474, 18487, 18500, 18513, 18526, 18535, 18545, 18557, 18565, 18574, 18585, 18594, 18603, 18612, 18623, 18638, 18660, 18678, 18692, 18704, 18711, 18717, 18724, 18735, 18740, 18746, 18752, 18759, 18762, 18766, 18776, 18787, 18799, 18812, 18821, 18833, 18843, 18856, 18871, 18878, 18894, 18908, 18925, 18941, 18958, 18977, 18996, 19008, 19021, 19038, 19053, 19071, 19087, 19105, 19125, 19145, 19159, 19174, 19189, 19211, 19227, 19233, 19241, 19254, 19269, 19282, 19293, 19310, 19334, 19365, 19384, 19398, 19411, 19425, 19438, 19451, 19465, 19481, 19498, 19514, 19527, 19541, 19557, 19572, 19584, 19599, 19612, 19627, 19646, 19658, 19685, 19697, 19708, 19720, 19736, 19750, 19765, 19781, 19794, 19813, 19834, 19857, 19885, 19913, 19945, 19967, 19987, 20001, 20014, 20029, 20045, 20062, 20079, 20093, 20108, 20126, 20140, 20156, 20170, 20185, 20201, 20215, 20230, 20246, 20264, 20280, 20298, 20313, 20325, 20337, 20351, 20362, 20374, 20387, 20399, 20411, 20424, 20441, 20459, 20475, 20493, 20506, 20526, 20547, 20555, 20568, 20575, 20579, 20593, 20608, 20625, 20635, 20652, 20667, 20688, 20703, 20719, 20734, 20752, 20769, 20783, 20800, 20815, 20829, 20844, 20857, 20873, 20888, 20913, 20938, 20962, 20988, 21019, 21045, 21067, 21090, 21116, 21139, 21163, 21185, 21208, 21234, 21250, 21267, 21286, 21305, 21321, 21339, 21357, 21370, 21384, 21404, 21419, 21434, 21442, 21457, 21470, 21489, 21502, 21516, 21529, 21545, 21560, 21572, 21587, 21600, 21612, 21625, 21636, 21650, 21663, 21686, 21709, 21731, 21755, 21784, 21808, 21828, 21849, 21873, 21894, 21916, 21936, 21957, 21981, 21995, 22010, 22027, 22044, 22058, 22074, 22090, 22101, 22113, 22131, 22144, 22150, 22161, 22174, 22185, 22194, 22209, 22227, 22249, 22278, 22295, 22307, 22318, 22330, 22341, 22352, 22364, 22378, 22393, 22407, 22418, 22430, 22444, 22457, 22467, 22480, 22491, 22504, 22521, 22531, 22556, 22566, 22575, 22585, 22599, 22611, 22624, 22638, 22649, 22670, 22687, 22708, 22727, 22748, 22774, 22796, 22822, 22849, 22867, 22887, 22917, 22937, 22959, 22977, 22989, 23000, 23013, 23027, 23042, 23057, 23069, 23082, 23098, 23110, 23124, 23136, 23149, 23163, 23175, 23188, 23202, 23218, 23232, 23248, 23261, 23271, 23281, 23293, 23302, 23312, 23323, 23333, 23343, 23354, 23369, 23385, 23399, 23415, 23426, 23444, 23463, 23471, 23482, 23492, 23503, 23506, 23518, 23532, 23546, 23560, 23574, 23579, 23585, 23594, 23603, 23620, 23634, 23644, 23655, 23667, 23677, 23690, 23703, 23724, 23738, 23753, 23763, 23773, 23791, 23802, 23814, 23828, 23843, 23848, 23854, 23863, 23870, 23875, 23881, 23893, 23902, 23923, 23941, 23961, 23983, 23999, 24016, 24034, 24049, 24065, 24087, 24102, 24108, 24114, 24118, 24134, 24143, 24153, 24162, 24181, 24203, 24218, 24239, 24259, 24275, 24286, 24298, 24309, 24321, 24331, 24338, 24344, 24351, 24364, 24380, 24391, 24403, 24413, 24423, 24433, 24440, 24448, 24462, 24474, 24487, 24498, 24509, 24516, 24541, 24566, 24589, 24607, 24626, 24636, 24650, 24667, 24678, 24687, 24698, 24707, 24715, 24724, 24735, 24741, 24750, 24759, 24768, 24776, 24785, 24796, 24806, 24813, 24821, 24825, 24830, 24839, 24853, 24868, 24877, 24887, 24896, 24906, 24919, 24941, 24951, 24959, 24966, 24973, 24982, 24996, 25011, 25027, 25036, 25046, 25056, 25069, 25083, 25090, 25097, 25112, 25124, 25130, 25137, 25151, 25164, 25175, 25188, 25204, 25215, 25226, 25238, 25247, 25257, 25269, 25295, 25316, 25338, 25361, 25386, 25411, 25433, 25455, 25474, 25499, 25519, 25536, 25561, 25567, 25574, 25581, 25597, 25612, 25625, 25645, 25664, 25681, 25699, 25713, 25721, 25732, 25750, 25769, 25777, 25787, 25806, 25826, 25841, 25859, 25867, 25876, 25888, 25909, 25928, 25950, 25971, 25993, 26017, 26041, 26059, 26081, 26101, 26124, 26145, 26168, 26193, 26218, 26237, 26257, 26277, 26304, 26325, 26348, 26361, 26379, 26398, 26419, 26438, 26446, 26459, 26470, 26480, 26491, 26503, 26516, 26531, 26549, 26565, 26582, 26600, 26609, 26621, 26629, 26636, 26644, 26655, 26664, 26680, 26689, 26699, 26716, 26733, 26749, 26764, 26781, 26797, 26810, 26825, 26841, 26856, 26871, 26887, 26902, 26922, 26942, 26961, 26974, 26989, 27003, 27011, 27020, 27030, 27044, 27059, 27075, 27088, 27101, 27113, 27128, 27144, 27162, 27180, 27195, 27212, 27224, 27237, 27256, 27271, 27287, 27304, 27318, 27332, 27345, 27361, 27378, 27397, 27416, 27432, 27450, 27463, 27477, 27497, 27502, 27508, 27514, 27521, 27528, 27536, 27541, 27547, 27555, 27564, 27581, 27592, 27611, 27630, 27642, 27652, 27661, 27680, 27699, 27709, 27722, 27729, 27740, 27748, 27762, 27770, 27782, 27803, 27821, 27840, 27847, 27854, 27861, 27869, 27877, 27884, 27898, 27908, 27921, 27932, 27938, 27948, 27959, 27967, 27978, 27995, 28013, 28032, 28051, 28077, 28097, 28109, 28126, 28139, 28150, 28168, 28188, 28206, 28216, 28221, 28228, 28241, 28255, 28265, 28282, 28300, 28310, 28321, 28333, 28348, 28362, 28377, 28391, 28402, 28413, 28425, 28438, 28451, 28465, 28478, 28489, 28503, 28513, 28530, 28542, 28553, 28572, 28583, 28595, 28603, 28617, 28632, 28643, 28661, 28680, 28692, 28705, 28721, 28736, 28752, 28767, 28779, 28791, 28804, 28818, 28833, 28848, 28864, 28876, 28895, 28915, 28928, 28942, 28959, 28975, 28992, 29008, 29021, 29034, 29048, 29063, 29079, 29094, 29110, 29119, 29129, 29142, 29154, 29167, 29179, 29192, 29201, 29215, 29225, 29245, 29254, 29263, 29272, 29281, 29290, 29299, 29309, 29317, 29324, 29334, 29345, 29354, 29362, 29373, 29384, 29396, 29405, 29412, 29420, 29428, 29440, 29455, 29470, 29483, 29499, 29511, 29530, 29544, 29552, 29568, 29585, 29600, 29617, 29630, 29639, 29649, 29666, 29676, 29691, 29706, 29722, 29733, 29745, 29763, 29782, 29802, 29814, 29827, 29841, 29858, 29874, 29891, 29907, 29920, 29933, 29947, 29962, 29977, 29993, 30008, 30021, 30037, 30050, 30062, 30081, 30094, 30108, 30120, 30139, 30152, 30166, 30188, 30204, 30219, 30235, 30252, 30269, 30282, 30299, 30313, 30328, 30338, 30354, 30369, 30387, 30396, 30416, 30437, 30454, 30478, 30503, 30521, 30540, 30562, 30583, 30605, 30626, 30644, 30662, 30681, 30701, 30722, 30743, 30765, 30783, 30808, 30834, 30853, 30873, 30896, 30918, 30941, 30963, 30982, 31001, 31021, 31042, 31064, 31072, 31082, 31089, 31097, 31108, 31116, 31128, 31147, 31162, 31174, 31182, 31190, 31206, 31221, 31241, 31260, 31276, 31288, 31299, 31316, 31335, 31356, 31367, 31382, 31395, 31412, 31427, 31448, 31462, 31477, 31494, 31500, 31507, 31515, 31524, 31536, 31546, 31553, 31564, 31573, 31583, 31594, 31606, 31617, 31628, 31640, 31651, 31663, 31671, 31682, 31691, 31703, 31714, 31726, 31739, 31751, 31768, 31786, 31797, 31809, 31822, 31829, 31835, 31855, 31870, 31881, 31893, 31905, 31917, 31930, 31938, 31946, 31958, 31970, 31979, 31998, 32012, 32022, 32040, 32057, 32073, 32089, 32104, 32128, 32143, 32162, 32177, 32197, 32219, 32235, 32252, 32274, 32290, 32307, 32325, 32344, 32359, 32375, 32391, 32409, 32424, 32444, 32467, 32485, 32499, 32522, 32539, 32560, 32580, 32600, 32619, 32635, 32665, 32685, 32699, 32709, 32725, 32748, 32766, 32789, 32807, 32826, 32846, 32862, 32879, 32898, 32914, 32935, 32959, 32977, 33008, 33029, 33035, 33052, 33066, 33083, 33105, 33127, 33148, 33163, 33180, 33196, 33212, 33227, 33246, 33262, 33274, 33285, 33296, 33311, 33328, 33339, 33349, 33364, 33380, 33389, 33399, 33410, 33421, 33437, 33454, 33464, 33475, 33487, 33499, 33513, 33531, 33543, 33552, 33567, 33585, 33605, 33626, 33636, 33647, 33665, 33681, 33699, 33713, 33723, 33727, 33732, 33744, 33759, 33771, 33782, 33794, 33807, 33818, 33833, 33845, 33862, 33875, 33887, 33893, 33902, 33918, 33928, 33933, 33939, 33946, 33959, 33969, 33975, 33987, 34001, 34020, 34036, 34054, 34075, 34087, 34096, 34116, 34138, 34163, 34170, 34183, 34197, 34208, 34220, 34239, 34248, 34267, 34284, 34296, 34309, 34323, 34328, 34339, 34351, 34365, 34378, 34392, 34408, 34421, 34430, 34441, 34455, 34467, 34479, 34493, 34502, 34512, 34521, 34535, 34548, 34560, 34565, 34574, 34581, 34593, 34601, 34613, 34621, 34628, 34635, 34648, 34668, 34690, 34713, 34734, 34742, 34750, 34756, 34763, 34774, 34790, 34801, 34825, 34846, 34868, 34874, 34881, 34889, 34898, 34904, 34915, 34927, 34942, 34957, 34966, 34987, 35005, 35019, 35035, 35054, 35071, 35088, 35107, 35121, 35136, 35150, 35169, 35187, 35195, 35203, 35209, 35218, 35232, 35246, 35259, 35274, 35288, 35298, 35307, 35315, 35338, 35361, 35385, 35414, 35434, 35456, 35480, 35499, 35509, 35517, 35533, 35545, 35557, 35568, 35583, 35601, 35608, 35615, 35630, 35644, 35660, 35682, 35701, 35716, 35733, 35753, 35771, 35789, 35809, 35824, 35840, 35855, 35875, 35894, 35909, 35920, 35930, 35950, 35961, 35970, 35987, 36000, 36013, 36025, 36041, 36060, 36069, 36089, 36102, 36131, 36153, 36174, 36194, 36215, 36236, 36262, 36291, 36303, 36314, 36326, 36338, 36355, 36385, 36408, 36430, 36451, 36473, 36495, 36522, 36552, 36572, 36580, 36593, 36608, 36614, 36622, 36631, 36636, 36644, 36658, 36671, 36685, 36698, 36718, 36730, 36753, 36776, 36798, 36819, 36841, 36861, 36874, 36888, 36903, 36914, 36919, 36925, 36932, 36943, 36953, 36969, 36985, 36997, 37008, 37020, 37033, 37050, 37070, 37085, 37092, 37100, 37106, 37113, 37123, 37132, 37145, 37149, 37157, 37170, 37182, 37195, 37210, 37228, 37241, 37255, 37270, 37286, 37305, 37319, 37334, 37350, 37361, 37369, 37385, 37399, 37415, 37428, 37445, 37460, 37473, 37493, 37517, 37539, 37559, 37582, 37601, 37621, 37642, 37661, 37677, 37689, 37702, 37716, 37728, 37742, 37746, 37754, 37761, 37769, 37781, 37795, 37814, 37827, 37842, 37858, 37872, 37892, 37905, 37923, 37940, 37960, 37978, 38002, 38019, 38027, 38036, 38045, 38055, 38062, 38072, 38083, 38092, 38105, 38125, 38129, 38135, 38145, 38160, 38173, 38193, 38201, 38221, 38231, 38242, 38255, 38269, 38289, 38302, 38320, 38332, 38351, 38369, 38379, 38397, 38413, 38420, 38431, 38444, 38457, 38465, 38476, 38494, 38506, 38512, 38522, 38540, 38556, 38579, 38592, 38606, 38623, 38646, 38662, 38683, 38698, 38720, 38729, 38748, 38765, 38789, 38803, 38818, 38836, 38860, 38877, 38899, 38915, 38938, 38946, 38955, 38963, 38970, 38979, 38989, 38997, 39004, 39014, 39022, 39029, 39042, 39058, 39079, 39093, 39106, 39115, 39134, 39148, 39160, 39173, 39188, 39203, 39217, 39230, 39241, 39253, 39265, 39275, 39284, 39302, 39313, 39329, 39339, 39356, 39373, 39382, 39393, 39405, 39414, 39422, 39431, 39439, 39454, 39468, 39487, 39513, 39525, 39542, 39562, 39577, 39599, 39614, 39634, 39646, 39658, 39673, 39686, 39701, 39715, 39730, 39744, 39760, 39773, 39783, 39805, 39820, 39840, 39854, 39875, 39890, 39903, 39917, 39933, 39949, 39964, 39979, 39993, 40011, 40023, 40032, 40049, 40063, 40081, 40101, 40116, 40129, 40141, 40150, 40165, 40183, 40204, 40227, 40242, 40260, 40276, 40293, 40314, 40334, 40349, 40365, 40380, 40391, 40407, 40428, 40444, 40458, 40473, 40490, 40507, 40523, 40539, 40555, 40571, 40586, 40605, 40618, 40626, 40635, 40656, 40671, 40682, 40694, 40711, 40731, 40742, 40752, 40764, 40769, 40775, 40783, 40794, 40807, 40816, 40825, 40835, 40846, 40856, 40868, 40879, 40893, 40908, 40921, 40930, 40940, 40949, 40964, 40979, 40995, 41006, 41020, 41033, 41044, 41055, 41065, 41073, 41081, 41091, 41102, 41115, 41127, 41140, 41149, 41174, 41200, 41224, 41247, 41269, 41294, 41317, 41339, 41361, 41381, 41401, 41420, 41441, 41461, 41472, 41484, 41502, 41522, 41540, 41555, 41567, 41580, 41594, 41613, 41634, 41657, 41679, 41701, 41722, 41740, 41761, 41772, 41786, 41799, 41813, 41824, 41845, 41852, 41873, 41879, 41887, 41904, 41919, 41941, 41953, 41966, 41982, 42004, 42019, 42039, 42053, 42074, 42092, 42101, 42112, 42127, 42140, 42160, 42180, 42198, 42223, 42238, 42254, 42273, 42298, 42316, 42339, 42356, 42380, 42401, 42420, 42446, 42462, 42479, 42499, 42525, 42544, 42568, 42586, 42611, 42620, 42629, 42639, 42649, 42660, 42669, 42680, 42692, 42702, 42711, 42723, 42733, 42742, 42756, 42770, 42790, 42803, 42821, 42833, 42852, 42860, 42868, 42887, 42901, 42912, 42922, 42941, 42958, 42982, 42996, 43011, 43029, 43053, 43070, 43092, 43108, 43131, 43142, 43157, 43165, 43177, 43190, 43201, 43218, 43235, 43251, 43266, 43292, 43318, 43343, 43367, 43392, 43415, 43431, 43445, 43455, 43470, 43479, 43490, 43504, 43517, 43536, 43547, 43564, 43567, 43577, 43591, 43600, 43611, 43628, 43640, 43654, 43668, 43677, 43688, 43698, 43711, 43723, 43735, 43743, 43756, 43767, 43779, 43793, 43807, 43815, 43832, 43849, 43865, 43873, 43891, 43906, 43922, 43940, 43958, 43974, 43990, 44002, 44017, 44030, 44040, 44057, 44069, 44083, 44102, 44121, 44139, 44155, 44170, 44187, 44196, 44202, 44217, 44225, 44238, 44251, 44267, 44275, 44285, 44299, 44317, 44324, 44339, 44354, 44368, 44380, 44391, 44404, 44422, 44441, 44462, 44468, 44483, 44498, 44512, 44518, 44525, 44548, 44570, 44590, 44609, 44629, 44650, 44669, 44678, 44688, 44700, 44710, 44719, 44737, 44757, 44770, 44789, 44803, 44820, 44837, 44852, 44870, 44887, 44904, 44918, 44932, 44946, 44957, 44971, 44988, 45006, 45018, 45034, 45043, 45055, 45069, 45083, 45100, 45127, 45136, 45147, 45156, 45175, 45193, 45209, 45225, 45242, 45255, 45268, 45285, 45300, 45311, 45324, 45337, 45363, 45390, 45416, 45440, 45464, 45489, 45510, 45531, 45556, 45579, 45598, 45619, 45640, 45674, 45693, 45707, 45722, 45738, 45756, 45774, 45789, 45804, 45816, 45834, 45847, 45857, 45875, 45900, 45924, 45946, 45968, 45991, 46010, 46029, 46052, 46073, 46090, 46109, 46128, 46160, 46168, 46194, 46219, 46242, 46265, 46289, 46309, 46329, 46353, 46375, 46393, 46413, 46433, 46466, 46474, 46484, 46489, 46505, 46523, 46534, 46551, 46563, 46578, 46593, 46606, 46622, 46637, 46652, 46664, 46676, 46688, 46697, 46709, 46724, 46740, 46750, 46764, 46771, 46781, 46793, 46805, 46820, 46845, 46853, 46865, 46879, 46891, 46902, 46915, 46920, 46926, 46931, 46939, 46950, 46964, 46976, 46989, 47002, 47012, 47020, 47033, 47043, 47053, 47065, 47075, 47085, 47096, 47107, 47115, 47122, 47144, 47163, 47181, 47195, 47210, 47229, 47250, 47268, 47281, 47295, 47317, 47336, 47350, 47365, 47375, 47386, 47396, 47408, 47412, 47421, 47431, 47436, 47442, 47449, 47466, 47472, 47488, 47500, 47508, 47513, 47525, 47534, 47544, 47555, 47567, 47578, 47589, 47601, 47612, 47624, 47640, 47657, 47664, 47668, 47673, 47679, 47685, 47697, 47728, 47759, 47788, 47812, 47837, 47842, 47848, 47863, 47870, 47893, 47913, 47932, 47947, 47963, 47985, 48004, 48018, 48033, 48056, 48076, 48091, 48107, 48118, 48130, 48135, 48146, 48154, 48163, 48171, 48180, 48191, 48207, 48212, 48218, 48223, 48229, 48235, 48240, 48251, 48265, 48275, 48284, 48289, 48295, 48308, 48321, 48334, 48350, 48360, 48364, 48370, 48377, 48386, 48392, 48405, 48416, 48427, 48439, 48446, 48454, 48461, 48468, 48476, 48496, 48513, 48531, 48537, 48543, 48552, 48562, 48569, 48577, 48582, 48588, 48599, 48613, 48631, 48648, 48663, 48685, 48706, 48725, 48745, 48761, 48766, 48772, 48779, 48794, 48811, 48824, 48840, 48849, 48854, 48865, 48876, 48891, 48907, 48921, 48938, 48948, 48962, 48976, 48986, 48995, 49006, 49017, 49022, 49031, 49043, 49051, 49060, 49070, 49075, 49081, 49090, 49099, 49110, 49121, 49126, 49132, 49141, 49148, 49163, 49179, 49191, 49208, 49214, 49227, 49241, 49254, 49269, 49285, 49293, 49301, 49310, 49332, 49354, 49374, 49389, 49405, 49416, 49428, 49432, 49439, 49448, 49464, 49471, 49478, 49498, 49518, 49527, 49546, 49569, 49592, 49611, 49632, 49651, 49676, 49694, 49713, 49728, 49747, 49766, 49785, 49808, 49831, 49850, 49871, 49890, 49915, 49933, 49952, 49971, 49994, 50017, 50036, 50057, 50076, 50101, 50119, 50138, 50149, 50164, 50183, 50206, 50229, 50248, 50269, 50288, 50313, 50331, 50350, 50365, 50382, 50397, 50418, 50432, 50447, 50460, 50474, 50491, 50510, 50533, 50556, 50575, 50596, 50615, 50640, 50658, 50677, 50690, 50707, 50719, 50737, 50757, 50777, 50787, 50798, 50810, 50830, 50854, 50878, 50898, 50920, 50940, 50966, 50985, 51005, 51021, 51041, 51061, 51081, 51105, 51129, 51149, 51171, 51191, 51217, 51236, 51256, 51276, 51300, 51324, 51344, 51366, 51386, 51412, 51431, 51451, 51471, 51495, 51519, 51539, 51561, 51581, 51607, 51626, 51646, 51662, 51680, 51696, 51718, 51733, 51749, 51769, 51793, 51817, 51837, 51859, 51879, 51905, 51924, 51944, 51957, 51973, 51988, 52000, 52015, 52027, 52041, 52053, 52065, 52073, 52082, 52097, 52116, 52129, 52143, 52155, 52167, 52183, 52203, 52219, 52233, 52248, 52261, 52274, 52291, 52312, 52324, 52332, 52336, 52346, 52353, 52361, 52366, 52372, 52387, 52399, 52409, 52422, 52435, 52450, 52474, 52496, 52512, 52527, 52536, 52554, 52570, 52581, 52589, 52603, 52613, 52624, 52632, 52636, 52655, 52666, 52671, 52678, 52692, 52711, 52730, 52748, 52760, 52774, 52787, 52794, 52808, 52815, 52830, 52835, 52841, 52848, 52856, 52866, 52879, 52883, 52893, 52903, 52914, 52920, 52937, 52954, 52970, 52988, 53011, 53029, 53043, 53058, 53076, 53091, 53107, 53121, 53136, 53154, 53168, 53184, 53197, 53213, 53226, 53238, 53251, 53257, 53269, 53279, 53296, 53309, 53325, 53338, 53346, 53355, 53366, 53378, 53388, 53397, 53409, 53419, 53428, 53436, 53445, 53455, 53466, 53476, 53486, 53497, 53507, 53518, 53522, 53537, 53547, 53564, 53577, 53594, 53609, 53626, 53642, 53664, 53682, 53704, 53727, 53745, 53759, 53774, 53792, 53807, 53823, 53849, 53865, 53879, 53894, 53912, 53926, 53935, 53942, 53957, 53972, 53986, 54002, 54023, 54039, 54051, 54064, 54080, 54093, 54107, 54119, 54132, 54148, 54154, 54177, 54196, 54215, 54225, 54243, 54257, 54271, 54280, 54287, 54304, 54319, 54332, 54339, 54351, 54367, 54381, 54393, 54403, 54419, 54442, 54472, 54484, 54497, 54509, 54521, 54534, 54549, 54565, 54577, 54590, 54605, 54619, 54630, 54644, 54659, 54675, 54689, 54707, 54718, 54733, 54759, 54770, 54780, 54791, 54806, 54819, 54833, 54848, 54860, 54876, 54899, 54918, 54940, 54962, 54985, 55013, 55032, 55053, 55076, 55099, 55122, 55146, 55175, 55195, 55217, 55241, 55254, 55268, 55284, 55300, 55313, 55327, 55344, 55357, 55371, 55386, 55401, 55414, 55428, 55441, 55455, 55470, 55487, 55502, 55519, 55533, 55544, 55555, 55568, 55578, 55589, 55601, 55612, 55623, 55635, 55651, 55668, 55683, 55700, 55720, 55731, 55746, 55768, 55786, 55799, 55817, 55835, 55848, 55860, 55877, 55893, 55906, 55915, 55923, 55931, 55942, 55955, 55967, 55979, 55993, 56005, 56019, 56032, 56049, 56063, 56073, 56082, 56091, 56104, 56119, 56125, 56142, 56154, 56168, 56180, 56198, 56224, 56227, 56231, 56243, 56252, 56262, 56276, 56286, 56300, 56310, 56326, 56343, 56358, 56373, 56388, 56398, 56409, 56423, 56433, 56444, 56458, 56472, 56487, 56497, 56508, 56519, 56540, 56558, 56574, 56592, 56612, 56629, 56648, 56664, 56682, 56698, 56718, 56737, 56759, 56776, 56793, 56812, 56831, 56856, 56872, 56883, 56898, 56912, 56929, 56944, 56962, 56979, 56996, 57015, 57039, 57057, 57076, 57100, 57119, 57137, 57165, 57183, 57203, 57225, 57245, 57267, 57283, 57301, 57321, 57343, 57359, 57366, 57378, 57391, 57403, 57413, 57425, 57438, 57451, 57463, 57480, 57499, 57520, 57546, 57572, 57602, 57622, 57640, 57651, 57667, 57677, 57686, 57702, 57712, 57724, 57737, 57754, 57769, 57784, 57794, 57805, 57812, 57824, 57840, 57853, 57864, 57876, 57891, 57902, 57914, 57928, 57939, 57949, 57963, 57979, 57991, 58010, 58029, 58034, 58045, 58061, 58078, 58099, 58116, 58136, 58154, 58173, 58190, 58207, 58228, 58247, 58267, 58285, 58303, 58311, 58322, 58329, 58337, 58350, 58360, 58370, 58384, 58393, 58402, 58419, 58429, 58440, 58450, 58460, 58478, 58489, 58501, 58512, 58523, 58542, 58554, 58567, 58572, 58582, 58591, 58597, 58606, 58621, 58637, 58654, 58671, 58695, 58713, 58723, 58738, 58747, 58763, 58781, 58797, 58811, 58823, 58833, 58852, 58861, 58865, 58877, 58885, 58891, 58897, 58904, 58912, 58928, 58943, 58962, 58982, 58997, 59017, 59031, 59043, 59058, 59076, 59088, 59096, 59103, 59111, 59120, 59141, 59157, 59178, 59193, 59209, 59228, 59232, 59237, 59256, 59274, 59289, 59305, 59322, 59335, 59351, 59365, 59376, 59397, 59412, 59434, 59450, 59472, 59487, 59502, 59516, 59527, 59539, 59552, 59561, 59573, 59583, 59601, 59618, 59632, 59647, 59663, 59675, 59690, 59703, 59713, 59733, 59747, 59768, 59783, 59804, 59818, 59828, 59847, 59865, 59880, 59896, 59913, 59926, 59942, 59956, 59967, 59988, 60003, 60025, 60041, 60063, 60078, 60085, 60102, 60113, 60131, 60143, 60161, 60180, 60198, 60213, 60229, 60246, 60259, 60275, 60289, 60300, 60321, 60336, 60358, 60374, 60396, 60411, 60431, 60450, 60466, 60483, 60501, 60515, 60532, 60547, 60559, 60581, 60597, 60620, 60637, 60660, 60676, 60687, 60707, 60726, 60742, 60759, 60777, 60791, 60808, 60823, 60835, 60857, 60873, 60896, 60913, 60936, 60952, 60960, 60972, 60980, 60990, 61000, 61007, 61014, 61022, 61027, 61040, 61052, 61069, 61085, 61098, 61107, 61115, 61129, 61145, 61163, 61171, 61183, 61197, 61209, 61227, 61238, 61250, 61264, 61273, 61282, 61290, 61299, 61307, 61313, 61318, 61324, 61332, 61336, 61342, 61352, 61360, 61373, 61383, 61394, 61410, 61423, 61446, 61466, 61486, 61506, 61529, 61556, 61580, 61604, 61628, 61655, 61663, 61675, 61681, 61691, 61700, 61709, 61717, 61725, 61732, 61741, 61751, 61759, 61766, 61776, 61784, 61791, 61803, 61813, 61822, 61831, 61842, 61851, 61859, 61874, 61884, 61901, 61920, 61932, 61947, 61962, 61975, 61986, 62004, 62018, 62030, 62037, 62046, 62054, 62060, 62070, 62081, 62095, 62107, 62120, 62133, 62143, 62151, 62164, 62174, 62186, 62196, 62206, 62217, 62225, 62234, 62243, 62254, 62266, 62276, 62285, 62297, 62307, 62316, 62327, 62337, 62348, 62376, 62384, 62393, 62410, 62421, 62440, 62459, 62471, 62481, 62490, 62509, 62528, 62540, 62553, 62563, 62576, 62593, 62604, 62616, 62628, 62645, 62664, 62686, 62701, 62722, 62742, 62758, 62769, 62780, 62792, 62801, 62810, 62817, 62829, 62836, 62850, 62857, 62866, 62876, 62894, 62910, 62926, 62933, 62948, 62962, 62980, 62995, 63006, 63016, 63026, 63040, 63056, 63064, 63086, 63107, 63125, 63144, 63164, 63180, 63199, 63216, 63230, 63254, 63272, 63297, 63316, 63341, 63359, 63377, 63394, 63408, 63423, 63439, 63451, 63466, 63487, 63507, 63524, 63542, 63561, 63576, 63594, 63610, 63623, 63646, 63663, 63687, 63705, 63729, 63746, 63759, 63781, 63802, 63820, 63839, 63859, 63875, 63894, 63911, 63925, 63949, 63967, 63992, 64011, 64036, 64054, 64064, 64084, 64098, 64119, 64134, 64155, 64177, 64198, 64216, 64235, 64255, 64271, 64287, 64306, 64323, 64337, 64361, 64379, 64404, 64423, 64448, 64466, 64489, 64511, 64530, 64550, 64571, 64588, 64608, 64626, 64641, 64666, 64685, 64711, 64731, 64757, 64776, 64790, 64816, 64837, 64858, 64877, 64900, 64922, 64941, 64961, 64982, 64999, 65019, 65037, 65056, 65071, 65096, 65115, 65141, 65159, 65178, 65197, 65217, 65243, 65263, 65282, 65291, 65298, 65306, 65323, 65339, 65348, 65358, 65366, 65375, 65391, 65406, 65418, 65432, 65446, 65461, 65472, 65483, 65488, 65500, 65510, 65525, 65537, 65547, 65555, 65567, 65578, 65589, 65600, 65613, 65624, 65634, 65646, 65665, 65679, 65696, 65713, 65728, 65741, 65761, 65777, 65791, 65800, 65810, 65820, 65831, 65841, 65855, 65866, 65878, 65888, 65899, 65911, 65921, 65932, 65944, 65955, 65971, 65984, 65992, 66014, 66024, 66035, 66053, 66063, 66069, 66085, 66104, 66116, 66134, 66151, 66164, 66174, 66188, 66205, 66223, 66242, 66253, 66261, 66269, 66278, 66289, 66301, 66311, 66320, 66332, 66342, 66351, 66373, 66392, 66410, 66424, 66439, 66460, 66478, 66491, 66505, 66527, 66546, 66560, 66575, 66585, 66596, 66603, 66610, 66618, 66626, 66638, 66651, 66657, 66665, 66674, 66684, 66691, 66703, 66717, 66731, 66745, 66759, 66778, 66786, 66797, 66814, 66824, 66842, 66851, 66861, 66877, 66895, 66911, 66921, 66932, 66942, 66954, 66960, 66967, 66975, 66984, 66988, 66995, 67004, 67013, 67023, 67030, 67046, 67064, 67079, 67096, 67110, 67126, 67146, 67167, 67183, 67199, 67208, 67216, 67225, 67234, 67245, 67250, 67262, 67281, 67301, 67328, 67349, 67362, 67372, 67382, 67394, 67413, 67426, 67445, 67461, 67478, 67498, 67516, 67537, 67557, 67578, 67601, 67624, 67641, 67662, 67681, 67703, 67723, 67745, 67769, 67793, 67812, 67824, 67833, 67843, 67860, 67873, 67900, 67916, 67939, 67950, 67959, 67969, 67983, 67992, 68001, 68009, 68013, 68018, 68024, 68047, 68067, 68086, 68101, 68117, 68139, 68158, 68172, 68187, 68210, 68230, 68245, 68261, 68272, 68284, 68299, 68311, 68322, 68330, 68336, 68354, 68377, 68395, 68413, 68429, 68441, 68447, 68469, 68482, 68497, 68512, 68521, 68531, 68545, 68564, 68584, 68597, 68611, 68626, 68633, 68641, 68653, 68670, 68688, 68699, 68711, 68724, 68730, 68749, 68758, 68765, 68782, 68790, 68799, 68810, 68822, 68832, 68841, 68853, 68863, 68872, 68884, 68898, 68901, 68905, 68914, 68924, 68932, 68945, 68972, 68983, 69001, 69013, 69024, 69040, 69049, 69059, 69070, 69082, 69095, 69109, 69122, 69135, 69149, 69162, 69176, 69184, 69193, 69207, 69222, 69235, 69251, 69257, 69267, 69276, 69286, 69294, 69304, 69314, 69332, 69349, 69371, 69392, 69410, 69424, 69437, 69456, 69477, 69500, 69513, 69530, 69545, 69563, 69582, 69598, 69615, 69638, 69654, 69671, 69686, 69708, 69727, 69734, 69744, 69751, 69770, 69786, 69804, 69824, 69838, 69853, 69869, 69882, 69896, 69916, 69929, 69944, 69953, 69962, 69978, 69990, 70003, 70017, 70029, 70055, 70070, 70092, 70103, 70119, 70134, 70146, 70158, 70173, 70189, 70199, 70207, 70219, 70237, 70257, 70275, 70290, 70310, 70322, 70331, 70338, 70351, 70369, 70388, 70406, 70424, 70442, 70454, 70480, 70495, 70514, 70529, 70546, 70554, 70581, 70597, 70609, 70619, 70635, 70641, 70648, 70656, 70670, 70685, 70697, 70710, 70729, 70738, 70751, 70765, 70771, 70778, 70788, 70798, 70816, 70827, 70839, 70850, 70861, 70880, 70892, 70905, 70917, 70929, 70949, 70962, 70976, 70981, 70987, 71004, 71012, 71024, 71028, 71033, 71054, 71072, 71089, 71102, 71116, 71127, 71138, 71151, 71171, 71188, 71200, 71213, 71234, 71252, 71265, 71279, 71288, 71299, 71307, 71317, 71332, 71339, 71348, 71354, 71368, 71381, 71395, 71404, 71416, 71424, 71439, 71455, 71472, 71486, 71502, 71515, 71530, 71549, 71558, 71567, 71575, 71584, 71595, 71607, 71617, 71628, 71637, 71647, 71654, 71663, 71673, 71691, 71703, 71723, 71743, 71756, 71767, 71777, 71797, 71817, 71828, 71842, 71849, 71861, 71873, 71878, 71889, 71901, 71912, 71923, 71933, 71949, 71959, 71966, 71981, 71995, 72006, 72019, 72032, 72046, 72058, 72071, 72078, 72086, 72092, 72107, 72120, 72135, 72146, 72156, 72167, 72176, 72186, 72195, 72205, 72221, 72233, 72246, 72264, 72280, 72299, 72307, 72316, 72326, 72337, 72353, 72360, 72368, 72380, 72394, 72408, 72422, 72436, 72443, 72460, 72476, 72487, 72497, 72507, 72523, 72534, 72549, 72556, 72563, 72569, 72576, 72583, 72590, 72599, 72609, 72616, 72623, 72640, 72656, 72667, 72677, 72687, 72703, 72710, 72724, 72739, 72754, 72775, 72782, 72790, 72801, 72812, 72831, 72843, 72856, 72864, 72886, 72895, 72907, 72919, 72939, 72952, 72966, 72976, 72987, 72997, 73006, 73016, 73029, 73042, 73063, 73077, 73092, 73100, 73108, 73112, 73121, 73130, 73140, 73150, 73161, 73174, 73180, 73190, 73202, 73207, 73215, 73227, 73242, 73260, 73273, 73289, 73300, 73310, 73319, 73328, 73348, 73366, 73379, 73396, 73418, 73441, 73457, 73474, 73492, 73510, 73533, 73557, 73574, 73592, 73611, 73621, 73630, 73636, 73645, 73657, 73665, 73677, 73691, 73700, 73712, 73721, 73731, 73742, 73752, 73764, 73778, 73789, 73798, 73820, 73836, 73848, 73861, 73879, 73900, 73912, 73923, 73935, 73952, 73974, 73997, 74013, 74030, 74048, 74061, 74075, 74093, 74116, 74140, 74157, 74183, 74206, 74230, 74248, 74267, 74281, 74295, 74307, 74314, 74322, 74330, 74339, 74350, 74360, 74370, 74378, 74387, 74396, 74404, 74415, 74427, 74442, 74455, 74463, 74474, 74491, 74501, 74508, 74523, 74536, 74549, 74562, 74574, 74582, 74591, 74603, 74614, 74623, 74632, 74641, 74652, 74661, 74665, 74673, 74685, 74693, 74704, 74718, 74728, 74741, 74750, 74763, 74772, 74783, 74798, 74809, 74829, 74844, 74862, 74873, 74883, 74903, 74921, 74934, 74948, 74965, 74981, 74993, 75000, 75007, 75015, 75028, 75032, 75037, 75057, 75075, 75080, 75086, 75091, 75097, 75104, 75122, 75141, 75157, 75174, 75191, 75195, 75200, 75217, 75232, 75250, 75267, 75285, 75305, 75325, 75339, 75357, 75373, 75392, 75409, 75428, 75449, 75470, 75486, 75505, 75519, 75527, 75551, 75568, 75601, 75627, 75652, 75676, 75701, 75726, 75756, 75789, 75805, 75820, 75836, 75852, 75873, 75907, 75934, 75960, 75985, 76011, 76037, 76068, 76102, 76126, 76140, 76146, 76161, 76178, 76193, 76201, 76204, 76213, 76223, 76234, 76241, 76249, 76261, 76274, 76294, 76311, 76329, 76335, 76342, 76349, 76358, 76363, 76378, 76392, 76400, 76415, 76432, 76447, 76459, 76468, 76477, 76484, 76492, 76503, 76515, 76530, 76551, 76576, 76602, 76629, 76649, 76669, 76690, 76710, 76731, 76739, 76745, 76751, 76757, 76761, 76766, 76773, 76793, 76812, 76826, 76839, 76852, 76871, 76881, 76893, 76908, 76921, 76938, 76946, 76958, 76966, 76979, 76992, 77003, 77014, 77025, 77035, 77044, 77053, 77067, 77074, 77085, 77092, 77103, 77121, 77135, 77142, 77150, 77157, 77164, 77172, 77190, 77203, 77216, 77232, 77249, 77258, 77266, 77275, 77292, 77310, 77319, 77329, 77353, 77366, 77390, 77412, 77429, 77446, 77464, 77479, 77495, 77514, 77534, 77548, 77559, 77571, 77580, 77591, 77601, 77618, 77623, 77628, 77634, 77643, 77650, 77657, 77665, 77672, 77682, 77694, 77708, 77720, 77733, 77742, 77752, 77759, 77767, 77774, 77781, 77789, 77797, 77814, 77829, 77834, 77846, 77867, 77885, 77902, 77915, 77929, 77940, 77952, 77965, 77978, 77993, 78008, 78023, 78039, 78055, 78073, 78084, 78100, 78116, 78133, 78150, 78169, 78181, 78201, 78218, 78230, 78243, 78264, 78282, 78295, 78309, 78317, 78326, 78342, 78358, 78375, 78392, 78411, 78423, 78436, 78452, 78462, 78471, 78481, 78487, 78494, 78506, 78512, 78519, 78534, 78550, 78558, 78567, 78591, 78612, 78632, 78648, 78665, 78688, 78708, 78723, 78739, 78763, 78784, 78800, 78817, 78829, 78842, 78850, 78855, 78861, 78878, 78885, 78894, 78902, 78921, 78934, 78953, 78972, 78990, 79010, 79035, 79055, 79071, 79088, 79108, 79125, 79143, 79159, 79176, 79196, 79208, 79225, 79242, 79258, 79276, 79299, 79317, 79331, 79346, 79364, 79379, 79395, 79409, 79424, 79442, 79448, 79464, 79483, 79495, 79508, 79517, 79529, 79541, 79558, 79567, 79580, 79598, 79608, 79619, 79631, 79638, 79646, 79654, 79663, 79673, 79684, 79695, 79704, 79717, 79726, 79736, 79748, 79753, 79765, 79778, 79793, 79798, 79803, 79809, 79823, 79838, 79850, 79861, 79873, 79884, 79896, 79907, 79920, 79937, 79951, 79967, 79979, 79991, 80005, 80021, 80035, 80051, 80064, 80074, 80086, 80104, 80119, 80135, 80150, 80166, 80184, 80199, 80213, 80227, 80243, 80262, 80272, 80278, 80285, 80299, 80314, 80323, 80332, 80342, 80353, 80357, 80373, 80387, 80400, 80411, 80420, 80434, 80451, 80466, 80479, 80486, 80494, 80509, 80522, 80537, 80548, 80558, 80569, 80579, 80590, 80599, 80609, 80622, 80634, 80655, 80674, 80692, 80708, 80722, 80741, 80763, 80783, 80801, 80821, 80839, 80859, 80875, 80890, 80906, 80921, 80937, 80951, 80966, 80984, 81001, 81019, 81041, 81059, 81076, 81089, 81106, 81119, 81131, 81155, 81165, 81179, 81194, 81204, 81217, 81236, 81261, 81290, 81320, 81351, 81375, 81399, 81424, 81448, 81473, 81492, 81507, 81525, 81538, 81555, 81573, 81595, 81613, 81632, 81652, 81665, 81679, 81694, 81706, 81722, 81739, 81760, 81777, 81795, 81814, 81826, 81839, 81853, 81862, 81872, 81878, 81885, 81891, 81901, 81906, 81914, 81927, 81932, 81941, 81951, 81955, 81960, 81965, 81974, 81989, 82005, 82019, 82034, 82040, 82046, 82057, 82071, 82082, 82094, 82103, 82113, 82126, 82144, 82156, 82176, 82196, 82209, 82220, 82235, 82245, 82265, 82285, 82296, 82310, 82324, 82341, 82350, 82357, 82369, 82381, 82394, 82409, 82430, 82446, 82465, 82483, 82507, 82526, 82550, 82575, 82600, 82621, 82643, 82665, 82671, 82687, 82701, 82714, 82728, 82735, 82745, 82758, 82764, 82770, 82785, 82800, 82819, 82831, 82842, 82853, 82869, 82881, 82897, 82910, 82927, 82946, 82960, 82974, 82990, 83002, 83016, 83032, 83046, 83062, 83075, 83085, 83097, 83112, 83126, 83142, 83161, 83168, 83175, 83183, 83191, 83204, 83215, 83226, 83235, 83242, 83252, 83263, 83275, 83283, 83306, 83327, 83347, 83365, 83386, 83410, 83432, 83452, 83471, 83491, 83511, 83529, 83542, 83556, 83568, 83584, 83601, 83617, 83634, 83642, 83654, 83665, 83676, 83688, 83713, 83728, 83753, 83776, 83794, 83813, 83830, 83845, 83854, 83862, 83876, 83894, 83913, 83936, 83960, 83985, 84003, 84021, 84040, 84058, 84077, 84100, 84127, 84155, 84184, 84206, 84228, 84251, 84273, 84296, 84315, 84335, 84348, 84361, 84380, 84403, 84427, 84452, 84470, 84488, 84507, 84525, 84544, 84558, 84571, 84585, 84594, 84603, 84613, 84624, 84636, 84647, 84658, 84667, 84676, 84686, 84698, 84709, 84721, 84731, 84742, 84750, 84774, 84795, 84815, 84831, 84848, 84871, 84891, 84906, 84922, 84934, 84958, 84979, 85000, 85023, 85043, 85065, 85084, 85100, 85121, 85146, 85163, 85175, 85188, 85201, 85220, 85237, 85242, 85248, 85257, 85272, 85291, 85305, 85313, 85335, 85352, 85367, 85384, 85403, 85423, 85436, 85451, 85467, 85489, 85509, 85524, 85540, 85559, 85577, 85591, 85606, 85620, 85633, 85651, 85667, 85680, 85686, 85693, 85701, 85706, 85712, 85723, 85740, 85759, 85781, 85791, 85814, 85824, 85833, 85840, 85846, 85854, 85868, 85884, 85898, 85909, 85921, 85933, 85945, 85955, 85961, 85968, 85977, 85987, 85997, 86003, 86023, 86035, 86049, 86067, 86086, 86106, 86127, 86151, 86173, 86196, 86220, 86245, 86265, 86289, 86309, 86329, 86350, 86366, 86378, 86394, 86411, 86420, 86436, 86445, 86451, 86463, 86475, 86481, 86492, 86501, 86510, 86516, 86526, 86536, 86550, 86568, 86579, 86589, 86600, 86612, 86624, 86643, 86656, 86667, 86682, 86695, 86709, 86725, 86738, 86753, 86766, 86777, 86788, 86800, 86812, 86824, 86836, 86852, 86874, 86889, 86920, 86944, 86967, 86989, 87012, 87035, 87063, 87094, 87108, 87121, 87135, 87149, 87168, 87200, 87225, 87249, 87272, 87296, 87320, 87349, 87381, 87403, 87415, 87426, 87438, 87447, 87457, 87477, 87499, 87514, 87535, 87551, 87570, 87589, 87606, 87626, 87645, 87664, 87680, 87696, 87712, 87725, 87741, 87760, 87780, 87794, 87812, 87823, 87837, 87853, 87869, 87888, 87917, 87927, 87938, 87948, 87959, 87979, 88000, 88012, 88023, 88035, 88048, 88062, 88076, 88097, 88119, 88137, 88156, 88170, 88179, 88190, 88202, 88212, 88223, 88233, 88247, 88262, 88272, 88292, 88313, 88322, 88332, 88347, 88368, 88387, 88408, 88425, 88441, 88457, 88472, 88491, 88509, 88528, 88551, 88570, 88585, 88596, 88606, 88624, 88644, 88657, 88676, 88690, 88707, 88724, 88739, 88757, 88774, 88791, 88805, 88819, 88833, 88844, 88858, 88875, 88893, 88905, 88921, 88930, 88942, 88956, 88970, 88987, 89014, 89019, 89036, 89047, 89066, 89086, 89098, 89109, 89133, 89152, 89170, 89185, 89197, 89214, 89229, 89257, 89280, 89302, 89321, 89342, 89358, 89373, 89386, 89400, 89415, 89431, 89443, 89453, 89464, 89472, 89481, 89490, 89500, 89511, 89523, 89542, 89562, 89591, 89615, 89638, 89658, 89672, 89687, 89700, 89711, 89723, 89733, 89744, 89760, 89777, 89794, 89810, 89830, 89851, 89868, 89886, 89904, 89919, 89933, 89954, 89974, 89987, 90007, 90026, 90037, 90056, 90076, 90089, 90103, 90111, 90120, 90134, 90147, 90160, 90175, 90194, 90215, 90228, 90243, 90260, 90278, 90300, 90318, 90337, 90357, 90370, 90386, 90400, 90415, 90429, 90440, 90452, 90463, 90468, 90486, 90502, 90517, 90530, 90541, 90559, 90575, 90585, 90604, 90621, 90636, 90649, 90660, 90669, 90683, 90695, 90705, 90714, 90723, 90734, 90749, 90766, 90775, 90786, 90799, 90813, 90831, 90845, 90860, 90876, 90885, 90897, 90907, 90918, 90927, 90941, 90953, 90973, 90991, 91011, 91030, 91048, 91067, 91073, 91088, 91106, 91130, 91149, 91169, 91190, 91206, 91223, 91236, 91255, 91277, 91305, 91328, 91352, 91377, 91397, 91418, 91440, 91465, 91496, 91522, 91549, 91577, 91600, 91624, 91635, 91647, 91656, 91666, 91686, 91701, 91717, 91735, 91752, 91771, 91790, 91805, 91821, 91836, 91852, 91865, 91884, 91898, 91909, 91924, 91943, 91961, 91983, 92002, 92021, 92040, 92062, 92072, 92083, 92103, 92124, 92134, 92145, 92157, 92178, 92200, 92218, 92237, 92254, 92274, 92300, 92321, 92343, 92366, 92384, 92403, 92413, 92425, 92445, 92466, 92475, 92485, 92506, 92522, 92539, 92557, 92577, 92597, 92614, 92631, 92645, 92665, 92680, 92692, 92712, 92724, 92733, 92740, 92748, 92766, 92785, 92800, 92815, 92831, 92848, 92864, 92880, 92897, 92910, 92923, 92942, 92962, 92978, 92994, 93011, 93029, 93046, 93060, 93075, 93089, 93109, 93130, 93147, 93164, 93182, 93201, 93219, 93240, 93262, 93280, 93298, 93317, 93337, 93356, 93363, 93375, 93386, 93393, 93406, 93412, 93424, 93436, 93447, 93457, 93478, 93499, 93519, 93538, 93558, 93576, 93587, 93596, 93606, 93618, 93630, 93642, 93646, 93652, 93665, 93677, 93690, 93699, 93715, 93732, 93742, 93753, 93776, 93791, 93805, 93818, 93831, 93851, 93865, 93878, 93892, 93902, 93912, 93922, 93932, 93948, 93959, 93969, 93980, 93992, 94005, 94016, 94030, 94045, 94065, 94076, 94089, 94107, 94119, 94138, 94154, 94166, 94177, 94195, 94206, 94222, 94233, 94243, 94261, 94271, 94282, 94289, 94305, 94318, 94325, 94338, 94352, 94362, 94379, 94397, 94408, 94420, 94435, 94449, 94464, 94478, 94493, 94504, 94515, 94527, 94540, 94554, 94568, 94583, 94594, 94612, 94631, 94643, 94656, 94672, 94687, 94703, 94718, 94730, 94742, 94755, 94769, 94784, 94798, 94813, 94825, 94840, 94861, 94880, 94901, 94918, 94934, 94950, 94965, 94984, 95002, 95021, 95044, 95063, 95072, 95080, 95089, 95110, 95123, 95135, 95146, 95157, 95175, 95187, 95197, 95208, 95221, 95239, 95255, 95278, 95291, 95305, 95322, 95345, 95361, 95382, 95397, 95419, 95432, 95444, 95463, 95480, 95504, 95518, 95533, 95551, 95575, 95592, 95614, 95630, 95653, 95665, 95672, 95681, 95688, 95702, 95724, 95741, 95754, 95766, 95785, 95798, 95811, 95829, 95848, 95866, 95887, 95895, 95903, 95911, 95926, 95949, 95967, 95981, 95994, 96014, 96028, 96042, 96061, 96081, 96100, 96122, 96131, 96139, 96147, 96161, 96170, 96184, 96204, 96222, 96242, 96258, 96273, 96288, 96302, 96320, 96337, 96355, 96377, 96395, 96403, 96412, 96419, 96425, 96434, 96444, 96452, 96459, 96469, 96479, 96490, 96498, 96504, 96511, 96525, 96538, 96554, 96575, 96590, 96601, 96612, 96626, 96639, 96648, 96660, 96679, 96693, 96705, 96718, 96733, 96748, 96761, 96773, 96787, 96800, 96811, 96820, 96832, 96845, 96857, 96869, 96882, 96900, 96915, 96924, 96935, 96951, 96961, 96971, 96988, 97002, 97011, 97017, 97023, 97040, 97050, 97059, 97068, 97082, 97094, 97103, 97111, 97126, 97141, 97154, 97168, 97183, 97193, 97204, 97218, 97235, 97253, 97272, 97284, 97297, 97322, 97339, 97355, 97370, 97385, 97407, 97423, 97438, 97454, 97471, 97483, 97495, 97507, 97519, 97537, 97550, 97561, 97573, 97586, 97601, 97614, 97628, 97643, 97656, 97670, 97686, 97703, 97713, 97735, 97748, 97763, 97783, 97797, 97811, 97832, 97847, 97860, 97874, 97892, 97908, 97924, 97938, 97951, 97966, 97980, 97992, 98012, 98020, 98029, 98045, 98056, 98074, 98091, 98104, 98117, 98131, 98145, 98160, 98174, 98189, 98203, 98220, 98226, 98240, 98262, 98279, 98292, 98304, 98323, 98336, 98349, 98367, 98386, 98404, 98425, 98438, 98454, 98473, 98493, 98509, 98532, 98556, 98573, 98591, 98612, 98632, 98653, 98673, 98690, 98707, 98725, 98744, 98764, 98784, 98805, 98822, 98846, 98871, 98889, 98908, 98930, 98951, 98973, 98994, 99012, 99030, 99049, 99069, 99090, 99097, 99106, 99121, 99139, 99162, 99178, 99193, 99204, 99225, 99241, 99255, 99270, 99287, 99304, 99320, 99335, 99348, 99353, 99363, 99369, 99376, 99384, 99389, 99395, 99407, 99421, 99433, 99442, 99449, 99454, 99464, 99477, 99486, 99496, 99505, 99521, 99535, 99552, 99569, 99584, 99602, 99618, 99634, 99649, 99663, 99688, 99713, 99737, 99760, 99784, 99806, 99821, 99834, 99841, 99850, 99862, 99871, 99882, 99891, 99901, 99915, 99931, 99946, 99965, 99984, 100002, 100019, 100047, 100075, 100102, 100128, 100155, 100180, 100198, 100214, 100223, 100233, 100245, 100255, 100265, 100274, 100286, 100293, 100301, 100310, 100320, 100334, 100352, 100374, 100393, 100411, 100425, 100440, 100451, 100472, 100490, 100503, 100517, 100527, 100549, 100568, 100587, 100608, 100626, 100646, 100663, 100677, 100696, 100719, 100734, 100744, 100753, 100765, 100776, 100787, 100800, 100808, 100817, 100828, 100838, 100844, 100859, 100873, 100891, 100894, 100902, 100915, 100918, 100934, 100942, 100954, 100966, 100982, 100988, 101006, 101019, 101030, 101042, 101052, 101063, 101074, 101083, 101090, 101098, 101109, 101118, 101127, 101137, 101150, 101162, 101174, 101187, 101201, 101219, 101238, 101251, 101258, 101269, 101286, 101296, 101306, 101324, 101341, 101362, 101380, 101394, 101407, 101420, 101437, 101456, 101464, 101473, 101482, 101489, 101497, 101508, 101517, 101526, 101536, 101540, 101554, 101569, 101585, 101612, 101621, 101627, 101638, 101650, 101664, 101676, 101693, 101707, 101719, 101732, 101746, 101757, 101767, 101789, 101796, 101811, 101829, 101842, 101856, 101871, 101883, 101893, 101901, 101911, 101921, 101927, 101933, 101939, 101949, 101959, 101971, 101984, 101996, 102006, 102016, 102027, 102044, 102050, 102057, 102065, 102074, 102083, 102093, 102110, 102126, 102140, 102161, 102181, 102199, 102218, 102233, 102255, 102279, 102288, 102298, 102308, 102319, 102331, 102344, 102351, 102365, 102376, 102385, 102400, 102411, 102422, 102436, 102448, 102461, 102473, 102484, 102496, 102505, 102512, 102523, 102533, 102546, 102555, 102564, 102572, 102582, 102593, 102602, 102610, 102621, 102630, 102638, 102653, 102669, 102681, 102693, 102706, 102720, 102733, 102743, 102753, 102764, 102774, 102784, 102796, 102806, 102815, 102831, 102844, 102861, 102877, 102890, 102903, 102919, 102933, 102947, 102962, 102976, 102993, 103011, 103025, 103039, 103054, 103070, 103085, 103098, 103107, 103121, 103135, 103140, 103148, 103157, 103166, 103173, 103181, 103193, 103207, 103221, 103231, 103244, 103251, 103258, 103267, 103275, 103288, 103294, 103308, 103318, 103323, 103329, 103338, 103353, 103366, 103380, 103392, 103404, 103420, 103434, 103449, 103462, 103475, 103486, 103498, 103514, 103527, 103536, 103547, 103561, 103573, 103582, 103594, 103608, 103622, 103631, 103647, 103664, 103682, 103701, 103711, 103720, 103734, 103747, 103766, 103786, 103807, 103829, 103837, 103844, 103863, 103877, 103892, 103910, 103926, 103944, 103962, 103977, 103995, 104010, 104022, 104040, 104053, 104063, 104081, 104088, 104097, 104119, 104143, 104170, 104179, 104186, 104197, 104213, 104222, 104241, 104249, 104258, 104270, 104283, 104298, 104315, 104327, 104340, 104356, 104370, 104386, 104402, 104424, 104437, 104453, 104470, 104483, 104497, 104520, 104530, 104540, 104552, 104568, 104583, 104594, 104607, 104617, 104625, 104638, 104653, 104663, 104679, 104690, 104700, 104715, 104729, 104738, 104748, 104756, 104761, 104767, 104782, 104795, 104806, 104822, 104834, 104847, 104861, 104871, 104890, 104907, 104922, 104942, 104958, 104975, 104995, 105014, 105031, 105055, 105078, 105099, 105121, 105139, 105148, 105158, 105164, 105174, 105185, 105192, 105207, 105219, 105230, 105242, 105255, 105268, 105282, 105294, 105310, 105324, 105339, 105356, 105370, 105386, 105400, 105412, 105425, 105438, 105451, 105464, 105475, 105487, 105500, 105514, 105529, 105544, 105559, 105569, 105581, 105594, 105605, 105617, 105628, 105643, 105659, 105670, 105686, 105698, 105705, 105712, 105723, 105734, 105739, 105749, 105760, 105772, 105782, 105797, 105809, 105823, 105835, 105845, 105856, 105867, 105878, 105888, 105902, 105912, 105918, 105925, 105932, 105937, 105942, 105948, 105954, 105962, 105979, 106006, 106029, 106052, 106063, 106073, 106090, 106107, 106122, 106138, 106154, 106172, 106189, 106203, 106218, 106241, 106259, 106273, 106288, 106301, 106319, 106334, 106349, 106365, 106382, 106401, 106420, 106436, 106454, 106472, 106486, 106499, 106514, 106532, 106546, 106566, 106581, 106591, 106607, 106617, 106622, 106628, 106637, 106646, 106663, 106673, 106684, 106690, 106700, 106710, 106728, 106739, 106751, 106762, 106773, 106792, 106804, 106817, 106823, 106836, 106854, 106865, 106877, 106897, 106915, 106930, 106957, 106977, 106996, 107014, 107033, 107052, 107076, 107103, 107118, 107128, 107139, 107148, 107158, 107167, 107183, 107196, 107216, 107230, 107246, 107260, 107280, 107301, 107332, 107357, 107376, 107393, 107405, 107415, 107426, 107436, 107447, 107462, 107478, 107491, 107509, 107528, 107557, 107580, 107597, 107614, 107638, 107663, 107698, 107727, 107750, 107766, 107783, 107805, 107828, 107861, 107888, 107909, 107931, 107954, 107987, 108014, 108035, 108058, 108082, 108116, 108144, 108166, 108184, 108212, 108234, 108250, 108268, 108285, 108301, 108329, 108350, 108370, 108389, 108409, 108429, 108454, 108482, 108500, 108519, 108537, 108556, 108585, 108608, 108625, 108644, 108664, 108694, 108718, 108736, 108750, 108761, 108785, 108803, 108815, 108825, 108834, 108850, 108862, 108879, 108891, 108904, 108919, 108934, 108948, 108965, 108980, 108994, 109010, 109031, 109051, 109071, 109092, 109107, 109123, 109144, 109163, 109179, 109194, 109208, 109225, 109243, 109258, 109274, 109299, 109320, 109335, 109352, 109371, 109388, 109407, 109420, 109435, 109451, 109468, 109487, 109500, 109516, 109528, 109535, 109541, 109554, 109567, 109578, 109590, 109602, 109616, 109629, 109639, 109650, 109669, 109683, 109693, 109704, 109713, 109727, 109738, 109749, 109761, 109774, 109789, 109804, 109816, 109830, 109844, 109854, 109863, 109874, 109888, 109898, 109914, 109925, 109938, 109948, 109957, 109972, 109987, 109994, 110003, 110009, 110016, 110029, 110044, 110055, 110067, 110080, 110090, 110102, 110108, 110114, 110127, 110142, 110155, 110165, 110177, 110185, 110196, 110207, 110218, 110228, 110244, 110264, 110280, 110292, 110308, 110320, 110334, 110352, 110366, 110371, 110382, 110386, 110395, 110415, 110430, 110446, 110465, 110482, 110509, 110528, 110547, 110563, 110587, 110610, 110626, 110639, 110658, 110672, 110695, 110708, 110719, 110736, 110757, 110778, 110797, 110811, 110825, 110847, 110859, 110870, 110882, 110892, 110900, 110910, 110925, 110939, 110952, 110964, 110981, 110991, 110998, 111009, 111022, 111030, 111039, 111054, 111070, 111087, 111104, 111113, 111123, 111142, 111173, 111202, 111236, 111267, 111301, 111332, 111365, 111393, 111412, 111426, 111441, 111464, 111485, 111511, 111534, 111554, 111580, 111603, 111628, 111648, 111672, 111694, 111709, 111732, 111741, 111754, 111767, 111777, 111793, 111805, 111813, 111823, 111837, 111849, 111858, 111868, 111879, 111895, 111910, 111923, 111933, 111951, 111961, 111969, 111995, 112018, 112040, 112062, 112082, 112095, 112111, 112128, 112146, 112159, 112173, 112184, 112197, 112214, 112227, 112244, 112252, 112281, 112308, 112340, 112369, 112401, 112430, 112461, 112487, 112500, 112521, 112540, 112564, 112585, 112609, 112630, 112653, 112671, 112680, 112690, 112715, 112730, 112746, 112761, 112775, 112784, 112795, 112810, 112825, 112837, 112843, 112856, 112868, 112888, 112909, 112922, 112937, 112954, 112974, 112995, 113011, 113042, 113063, 113078, 113098, 113114, 113133, 113149, 113165, 113181, 113200, 113215, 113231, 113247, 113265, 113286, 113308, 113325, 113357, 113371, 113390, 113407, 113427, 113449, 113474, 113500, 113521, 113557, 113571, 113586, 113600, 113620, 113634, 113653, 113668, 113686, 113701, 113716, 113731, 113749, 113763, 113779, 113796, 113812, 113828, 113846, 113867, 113889, 113906, 113938, 113960, 113984, 114013, 114034, 114054, 114074, 114088, 114107, 114122, 114140, 114155, 114170, 114185, 114203, 114218, 114234, 114250, 114272, 114288, 114309, 114326, 114346, 114363, 114380, 114397, 114417, 114439, 114463, 114492, 114513, 114533, 114554, 114569, 114589, 114605, 114624, 114640, 114656, 114672, 114691, 114707, 114725, 114751, 114771, 114796, 114817, 114841, 114862, 114883, 114904, 114928, 114940, 114953, 114974, 114987, 115000, 115018, 115038, 115063, 115080, 115096, 115111, 115127, 115151, 115169, 115192, 115211, 115233, 115252, 115271, 115290, 115312, 115324, 115347, 115372, 115402, 115424, 115445, 115455, 115473, 115488, 115503, 115515, 115528, 115551, 115576, 115606, 115628, 115649, 115669, 115691, 115718, 115737, 115755, 115772, 115791, 115813, 115836, 115854, 115887, 115904, 115922, 115939, 115959, 115973, 115992, 116007, 116025, 116040, 116055, 116070, 116088, 116099, 116110, 116127, 116146, 116168, 116191, 116209, 116242, 116264, 116280, 116301, 116318, 116338, 116355, 116372, 116389, 116409, 116428, 116445, 116464, 116486, 116509, 116527, 116560, 116582, 116598, 116619, 116636, 116656, 116673, 116690, 116707, 116727, 116742, 116763, 116783, 116797, 116813, 116832, 116852, 116867, 116897, 116912, 116929, 116949, 116970, 116986, 117017, 117031, 117046, 117066, 117080, 117099, 117114, 117132, 117147, 117162, 117177, 117195, 117221, 117241, 117266, 117287, 117311, 117332, 117353, 117374, 117398, 117424, 117444, 117469, 117490, 117514, 117535, 117556, 117577, 117601, 117625, 117643, 117666, 117685, 117707, 117726, 117745, 117764, 117786, 117814, 117836, 117863, 117886, 117912, 117935, 117958, 117981, 118007, 118018, 118030, 118037, 118055, 118068, 118082, 118099, 118114, 118139, 118156, 118173, 118187, 118209, 118230, 118244, 118255, 118272, 118284, 118305, 118314, 118333, 118350, 118362, 118372, 118384, 118412, 118438, 118469, 118497, 118528, 118556, 118586, 118611, 118622, 118634, 118654, 118672, 118695, 118715, 118732, 118755, 118775, 118797, 118814, 118826, 118833, 118838, 118844, 118856, 118874, 118892, 118909, 118925, 118952, 118979, 119005, 119030, 119056, 119080, 119097, 119112, 119117, 119125, 119131, 119145, 119153, 119178, 119194, 119214, 119231, 119249, 119262, 119277, 119289, 119312, 119339, 119362, 119376, 119394, 119414, 119434, 119450, 119470, 119490, 119504, 119518, 119543, 119568, 119593, 119619, 119634, 119645, 119657, 119669, 119681, 119697, 119713, 119729, 119742, 119756, 119766, 119775, 119777, 119779, 119781, 119784, 119786, 119788, 119790, 119792, 119794, 119796, 119798, 119800, 119811, 119817, 119827, 119840, 119848, 119857, 119867, 119878, 119887, 119896, 119906, 119917, 119926, 119935, 119946, 119962, 119972, 119985, 119999, 120005, 120013, 120026, 120037, 120042, 120048, 120057, 120071, 120090, 120105, 120126, 120138, 120156, 120175, 120188, 120209, 120222, 120238, 120252, 120267, 120284, 120294, 120309, 120321, 120334, 120345, 120365, 120375, 120386, 120408, 120422, 120439, 120454, 120470, 120488, 120511, 120526, 120544, 120560, 120577, 120596, 120608, 120614, 120622, 120637, 120653, 120667, 120683, 120702, 120727, 120745, 120765, 120780, 120800, 120826, 120845, 120866, 120877, 120891, 120901, 120916, 120929, 120943, 120962, 120974, 120987, 121001, 121019, 121026, 121039, 121047, 121059, 121074, 121081, 121094, 121108, 121119, 121129, 121146, 121164, 121179, 121198, 121213, 121227, 121236, 121245, 121263, 121280, 121302, 121319, 121330, 121355, 121380, 121399, 121422, 121432, 121448, 121465, 121479, 121499, 121520, 121538, 121560, 121578, 121589, 121599, 121615, 121629, 121648, 121665, 121685, 121701, 121714, 121734, 121745, 121762, 121778, 121795, 121812, 121830, 121849, 121863, 121878, 121896, 121909, 121921, 121933, 121944, 121954, 121971, 121984, 121987, 121991, 122002, 122014, 122019, 122025, 122038, 122049, 122062, 122077, 122090, 122101, 122116, 122129, 122141, 122153, 122163, 122177, 122195, 122208, 122225, 122240, 122250, 122261, 122267, 122281, 122293, 122307, 122323, 122337, 122349, 122362, 122378, 122390, 122404, 122415, 122421, 122434, 122450, 122470, 122486, 122496, 122507, 122518, 122524, 122544, 122567, 122590, 122610, 122632, 122641, 122654, 122669, 122684, 122697, 122709, 122726, 122745, 122767, 122789, 122808, 122829, 122838, 122848, 122872, 122899, 122926, 122950, 122976, 122989, 123012, 123038, 123064, 123087, 123112, 123125, 123136, 123150, 123162, 123172, 123186, 123204, 123217, 123234, 123244, 123250, 123268, 123270, 123287, 123307, 123327, 123344, 123363, 123372, 123386, 123392, 123402, 123414, 123426, 123436, 123445, 123459, 123475, 123494, 123513, 123529, 123547, 123558, 123574, 123580, 123588, 123601, 123613, 123620, 123641, 123665, 123689, 123710, 123733, 123743, 123763, 123786, 123809, 123829, 123851, 123861, 123869, 123880, 123889, 123905, 123923, 123938, 123957, 123964, 123975, 123990, 124000, 124014, 124021, 124026, 124035, 124041, 124045, 124058, 124068, 124087, 124104, 124125, 124146, 124159, 124167, 124176, 124188, 124195, 124206, 124221, 124231, 124242, 124253, 124266, 124277, 124288, 124301, 124311, 124323, 124339, 124353, 124371, 124389, 124413, 124435, 124461, 124487, 124501, 124513, 124529, 124550, 124569, 124592, 124615, 124637, 124657, 124681, 124705, 124725, 124743, 124765, 124787, 124810, 124831, 124856, 124881, 124897, 124919, 124939, 124963, 124987, 125004, 125019, 125038, 125057, 125070, 125084, 125099, 125112, 125129, 125146, 125154, 125183, 125210, 125241, 125272, 125291, 125308, 125329, 125355, 125379, 125407, 125435, 125462, 125487, 125516, 125545, 125570, 125593, 125620, 125647, 125675, 125701, 125731, 125761, 125782, 125809, 125834, 125863, 125892, 125910, 125926, 125946, 125966, 125977, 125994, 126009, 126028, 126047, 126056, 126066, 126077, 126092, 126107, 126119, 126139, 126162, 126189, 126206, 126224, 126246, 126258, 126267, 126277, 126291, 126307, 126325, 126343, 126358, 126375, 126386, 126404, 126412, 126422, 126433, 126469, 126484, 126495, 126506, 126512, 126523, 126526, 126538, 126549, 126561, 126568, 126579, 126593, 126602, 126612, 126622, 126633, 126643, 126655, 126665, 126675, 126687, 126698, 126706, 126715, 126725, 126742, 126758, 126766, 126775, 126785, 126797, 126801, 126813, 126821, 126832, 126837, 126846, 126853, 126861, 126867, 126874, 126887, 126897, 126910, 126927, 126942, 126957, 126967, 126977, 126989, 127006, 127019, 127035, 127050, 127068, 127084, 127104, 127123, 127138, 127153, 127164, 127186, 127201, 127216, 127233, 127245, 127256, 127266, 127274, 127283, 127298, 127318, 127338, 127367, 127397, 127426, 127448, 127475, 127501, 127525, 127542, 127563, 127594, 127626, 127657, 127681, 127710, 127738, 127764, 127778, 127792, 127809, 127829, 127842, 127858, 127886, 127915, 127943, 127964, 127990, 128015, 128038, 128051, 128069, 128082, 128101, 128118, 128133, 128148, 128160, 128164, 128174, 128182, 128198, 128217, 128240, 128259, 128272, 128281, 128288, 128294, 128308, 128320, 128334, 128350, 128364, 128376, 128389, 128405, 128417, 128441, 128463, 128489, 128515, 128532, 128550, 128564, 128576, 128592, 128609, 128630, 128649, 128672, 128695, 128710, 128732, 128752, 128776, 128800, 128818, 128837, 128857, 128875, 128897, 128919, 128932, 128953, 128975, 128996, 129015, 129038, 129059, 129084, 129109, 129125, 129147, 129167, 129191, 129215, 129229, 129236, 129251, 129269, 129291, 129309, 129321, 129331, 129349, 129362, 129376, 129383, 129391, 129399, 129408, 129418, 129428, 129440, 129454, 129460, 129475, 129483, 129492, 129503, 129520, 129540, 129556, 129577, 129595, 129611, 129628, 129643, 129653, 129665, 129689, 129700, 129724, 129742, 129764, 129775, 129783, 129795, 129812, 129831, 129845, 129858, 129872, 129885, 129898, 129911, 129925, 129937, 129953, 129968, 129988, 130009, 130023, 130038, 130051, 130068, 130077, 130090, 130102, 130109, 130127, 130137, 130149, 130167, 130183, 130202, 130220, 130239, 130256, 130275, 130296, 130308, 130321, 130333, 130341, 130357, 130378, 130402, 130430, 130448, 130467, 130490, 130503, 130511, 130521, 130530, 130533, 130537, 130546, 130558, 130581, 130600, 130608, 130611, 130619, 130634, 130644, 130656, 130670, 130683, 130694, 130705, 130723, 130736, 130751, 130768, 130784, 130798, 130809, 130827, 130840, 130855, 130872, 130888, 130902, 130908, 130917, 130928, 130945, 130960, 130973, 130988, 130998, 131015, 131027, 131041, 131057, 131072, 131085, 131093, 131099, 131105, 131118, 131136, 131157, 131182, 131197, 131213, 131233, 131243, 131249, 131259, 131266, 131280, 131297, 131314, 131329, 131342, 131361, 131377, 131391, 131397, 131404, 131423, 131441, 131465, 131492, 131519, 131543, 131569, 131585, 131606, 131619, 131636, 131655, 131674, 131691, 131707, 131728, 131751, 131777, 131803, 131826, 131851, 131869, 131892, 131905, 131920, 131940, 131959, 131973, 132001, 132032, 132063, 132091, 132121, 132138, 132165, 132195, 132225, 132252, 132281, 132298, 132313, 132331, 132347, 132361, 132379, 132401, 132418, 132439, 132453, 132460, 132479, 132494, 132518, 132538, 132563, 132583, 132604, 132624, 132639, 132662, 132681, 132709, 132733, 132762, 132786, 132811, 132835, 132854, 132874, 132890, 132903, 132918, 132933, 132943, 132953, 132970, 132983, 132999, 133014, 133032, 133048, 133068, 133087, 133102, 133117, 133128, 133140, 133150, 133160, 133167, 133174, 133180, 133189, 133197, 133208, 133217, 133222, 133228, 133238, 133248, 133257, 133270, 133282, 133293, 133301, 133309, 133316, 133331, 133344, 133359, 133376, 133391, 133404, 133418, 133435, 133448, 133457, 133473, 133487, 133503, 133521, 133537, 133551, 133566, 133584, 133598, 133612, 133640, 133663, 133692, 133717, 133745, 133772, 133794, 133817, 133835, 133854, 133879, 133897, 133917, 133937, 133969, 133998, 134005, 134022, 134044, 134068, 134087, 134097, 134115, 134138, 134164, 134194, 134214, 134235, 134260, 134275, 134292, 134314, 134338, 134357, 134367, 134385, 134408, 134434, 134464, 134484, 134505, 134530, 134545, 134560, 134584, 134609, 134637, 134662, 134689, 134716, 134743, 134768, 134791, 134807, 134826, 134842, 134864, 134887, 134913, 134936, 134961, 134986, 135011, 135034, 135055, 135077, 135100, 135126, 135149, 135174, 135199, 135224, 135247, 135268, 135286, 135304, 135329, 135355, 135384, 135410, 135438, 135466, 135494, 135520, 135544, 135562, 135578, 135592, 135595, 135600, 135606, 135616, 135626, 135636, 135646, 135656, 135665, 135676, 135689, 135698, 135708, 135718, 135730, 135743, 135756, 135769, 135782, 135795, 135810, 135815, 135824, 135830, 135838, 135846, 135853, 135859, 135864, 135878, 135893, 135904, 135921, 135935, 135945, 135962, 135980, 135994, 136009, 136025, 136041, 136052, 136062, 136069, 136076, 136088, 136091, 136098, 136104, 136117, 136124, 136137, 136156, 136170, 136181, 136198, 136216, 136231, 136250, 136265, 136289, 136309, 136334, 136354, 136375, 136395, 136410, 136433, 136448, 136467, 136495, 136519, 136548, 136572, 136597, 136621, 136640, 136660, 136676, 136684, 136693, 136698, 136706, 136712, 136719, 136736, 136749, 136770, 136789, 136807, 136823, 136841, 136856, 136870, 136884, 136895, 136909, 136922, 136937, 136958, 136977, 136995, 137011, 137029, 137051, 137065, 137082, 137097, 137113, 137131, 137143, 137157, 137172, 137189, 137210, 137231, 137250, 137273, 137291, 137306, 137324, 137341, 137357, 137374, 137390, 137408, 137427, 137442, 137466, 137482, 137501, 137518, 137536, 137556, 137567, 137584, 137606, 137626, 137645, 137662, 137681, 137693, 137710, 137728, 137738, 137751, 137768, 137780, 137790, 137796, 137800, 137807, 137818, 137839, 137858, 137875, 137886, 137892, 137907, 137914, 137924, 137933, 137939, 137950, 137958, 137969, 137978, 137985, 137990, 137996, 138003, 138018, 138034, 138046, 138064, 138079, 138090, 138108, 138115, 138119, 138131, 138141, 138153, 138167, 138179, 138189, 138200, 138214, 138224, 138227, 138245, 138266, 138287, 138305, 138325, 138335, 138350, 138357, 138368, 138381, 138394, 138405, 138415, 138430, 138447, 138467, 138487, 138504, 138523, 138535, 138552, 138559, 138568, 138582, 138595, 138603, 138625, 138650, 138675, 138697, 138721, 138732, 138753, 138777, 138801, 138822, 138845, 138856, 138865, 138877, 138887, 138895, 138907, 138923, 138934, 138949, 138957, 138967, 138981, 138987, 139000, 139016, 139023, 139033, 139045, 139053, 139059, 139066, 139074, 139080, 139097, 139115, 139118, 139130, 139141, 139151, 139163, 139169, 139176, 139187, 139198, 139209, 139220, 139231, 139244, 139256, 139272, 139284, 139293, 139303, 139317, 139331, 139345, 139359, 139373, 139389, 139404, 139416, 139419, 139429, 139434, 139438, 139449, 139462, 139474, 139481, 139490, 139501, 139510, 139519, 139534, 139551, 139567, 139580, 139595, 139604, 139614, 139623, 139633, 139647, 139659, 139676, 139691, 139709, 139723, 139743, 139767, 139779, 139795, 139814, 139832, 139851, 139875, 139903, 139919, 139939, 139962, 139984, 140007, 140019, 140028, 140038, 140051, 140058, 140070, 140083, 140093, 140105, 140126, 140146, 140171, 140191, 140205, 140233, 140261, 140283, 140309, 140316, 140334, 140349, 140366, 140386, 140407, 140423, 140438, 140454, 140468, 140488, 140511, 140528, 140544, 140561, 140575, 140583, 140601, 140611, 140614, 140618, 140621, 140625, 140631, 140652, 140664, 140678, 140695, 140709, 140725, 140739, 140759, 140771, 140787, 140801, 140820, 140837, 140857, 140873, 140888, 140898, 140906, 140916, 140929, 140945, 140966, 140985, 141002, 141018, 141036, 141059, 141074, 141094, 141113, 141126, 141144, 141166, 141183, 141204, 141218, 141233, 141250, 141267, 141284, 141302, 141319, 141337, 141352, 141369, 141386, 141403, 141421, 141438, 141456, 141466, 141480, 141498, 141517, 141526, 141530, 141535, 141549, 141569, 141585, 141598, 141613, 141631, 141652, 141658, 141669, 141686, 141696, 141706, 141718, 141733, 141736, 141747, 141763, 141777, 141796, 141800, 141805, 141810, 141833, 141855, 141865, 141876, 141885, 141897, 141910, 141931, 141954, 141968, 141980, 141986, 141996, 142017, 142041, 142065, 142086, 142109, 142119, 142136, 142162, 142189, 142215, 142234, 142258, 142281, 142302, 142321, 142338, 142356, 142372, 142390, 142418, 142447, 142475, 142496, 142522, 142547, 142570, 142580, 142590, 142601, 142610, 142630, 142653, 142676, 142696, 142718, 142728, 142753, 142781, 142809, 142834, 142861, 142875, 142899, 142926, 142953, 142977, 143003, 143017, 143034, 143044, 143069, 143095, 143120, 143138, 143161, 143183, 143203, 143218, 143232, 143244, 143254, 143265, 143276, 143287, 143293, 143311, 143326, 143338, 143348, 143362, 143372, 143381, 143392, 143399, 143414, 143434, 143457, 143484, 143501, 143519, 143541, 143553, 143574, 143592, 143609, 143623, 143634, 143640, 143653, 143658, 143668, 143676, 143685, 143698, 143714, 143730, 143744, 143756, 143774, 143789, 143802, 143815, 143822, 143834, 143849, 143865, 143880, 143893, 143909, 143926, 143940, 143955, 143966, 143979, 143987, 144004, 144019, 144039, 144057, 144070, 144086, 144103, 144117, 144134, 144152, 144167, 144183, 144195, 144209, 144230, 144247, 144254, 144265, 144278, 144294, 144313, 144319, 144327, 144336, 144346, 144357, 144374, 144393, 144413, 144432, 144447, 144466, 144484, 144499, 144513, 144532, 144549, 144572, 144588, 144609, 144624, 144650, 144675, 144704, 144718, 144732, 144755, 144782, 144809, 144840, 144865, 144886, 144917, 144947, 144981, 145009, 145041, 145073, 145109, 145139, 145165, 145195, 145219, 145241, 145268, 145299, 145322, 145347, 145369, 145396, 145415, 145437, 145453, 145470, 145500, 145530, 145552, 145576, 145602, 145630, 145657, 145668, 145677, 145694, 145714, 145734, 145752, 145768, 145790, 145809, 145826, 145833, 145840, 145847, 145854, 145866, 145892, 145915, 145937, 145960, 145983, 146007, 146032, 146052, 146073, 146097, 146116, 146134, 146152, 146169, 146176, 146190, 146205, 146217, 146229, 146249, 146265, 146284, 146301, 146314, 146331, 146340, 146350, 146370, 146389, 146410, 146434, 146458, 146478, 146498, 146519, 146540, 146567, 146581, 146601, 146616, 146632, 146642, 146651, 146672, 146690, 146702, 146719, 146732, 146753, 146776, 146790, 146804, 146832, 146859, 146870, 146885, 146898, 146909, 146921, 146948, 146976, 146997, 147019, 147044, 147070, 147097, 147125, 147153, 147182, 147201, 147221, 147240, 147260, 147283, 147307, 147330, 147354, 147364, 147373, 147381, 147400, 147412, 147427, 147441, 147456, 147471, 147487, 147506, 147522, 147536, 147556, 147572, 147589, 147596, 147611, 147623, 147638, 147657, 147671, 147683, 147697, 147714, 147734, 147744, 147755, 147771, 147794, 147821, 147844, 147867, 147891, 147915, 147937, 147963, 147985, 148007, 148030, 148053, 148074, 148096, 148118, 148127, 148149, 148161, 148173, 148194, 148214, 148225, 148235, 148250, 148253, 148264, 148274, 148284, 148296, 148307, 148318, 148323, 148330, 148352, 148377, 148402, 148424, 148448, 148459, 148474, 148491, 148510, 148531, 148555, 148579, 148600, 148623, 148634, 148646, 148672, 148701, 148730, 148756, 148784, 148799, 148824, 148852, 148880, 148905, 148932, 148947, 148960, 148976, 148990, 149002, 149006, 149011, 149023, 149035, 149048, 149066, 149080, 149095, 149111, 149127, 149138, 149148, 149158, 149175, 149182, 149189, 149199, 149220, 149244, 149268, 149289, 149312, 149322, 149339, 149365, 149392, 149418, 149437, 149461, 149484, 149505, 149524, 149541, 149559, 149575, 149593, 149621, 149650, 149678, 149699, 149725, 149750, 149773, 149783, 149793, 149804, 149813, 149833, 149856, 149879, 149899, 149921, 149931, 149956, 149984, 150012, 150037, 150064, 150078, 150102, 150129, 150156, 150180, 150206, 150220, 150237, 150247, 150272, 150298, 150323, 150341, 150364, 150386, 150406, 150418, 150435, 150454, 150469, 150483, 150495, 150505, 150516, 150527, 150539, 150549, 150556, 150574, 150589, 150603, 150614, 150621, 150627, 150640, 150660, 150677, 150688, 150703, 150714, 150721, 150736, 150747, 150758, 150771, 150791, 150805, 150817, 150832, 150843, 150859, 150872, 150881, 150889, 150896, 150914, 150928, 150947, 150962, 150978, 150990, 151001, 151011, 151022, 151034, 151045, 151054, 151057, 151060, 151064, 151068, 151076, 151085, 151089, 151093, 151096, 151100, 151103, 151117, 151125, 151134, 151146, 151157, 151170, 151174, 151179, 151190, 151215, 151231, 151255, 151278, 151302, 151324, 151352, 151373, 151395, 151416, 151430, 151445, 151447, 151450, 151461, 151477, 151489, 151502, 151520, 151531, 151540, 151553, 151567, 151574, 151582, 151589, 151600, 151612, 151624, 151639, 151654, 151667, 151678, 151695, 151709, 151721, 151727, 151740, 151760, 151777, 151788, 151803, 151814, 151822, 151834, 151847, 151861, 151878, 151895, 151910, 151923, 151942, 151958, 151972, 151989, 152003, 152016, 152026, 152038, 152061, 152068, 152080, 152085, 152095, 152101, 152108, 152119, 152138, 152154, 152167, 152178, 152193, 152204, 152216, 152223, 152238, 152258, 152281, 152308, 152325, 152343, 152365, 152377, 152390, 152402, 152408, 152422, 152437, 152448, 152465, 152479, 152489, 152506, 152511, 152515, 152527, 152543, 152560, 152571, 152580, 152589, 152597, 152605, 152619, 152632, 152643, 152656, 152669, 152682, 152696, 152709, 152723, 152729, 152739, 152757, 152780, 152801, 152821, 152840, 152860, 152878, 152898, 152919, 152941, 152958, 152972, 152986, 153002, 153020, 153041, 153057, 153072, 153087, 153101, 153112, 153131, 153153, 153174, 153193, 153214, 153237, 153252, 153269, 153291, 153308, 153324, 153331, 153338, 153345, 153354, 153364, 153375, 153387, 153399, 153412, 153425, 153439, 153453, 153468, 153478, 153489, 153502, 153516, 153526, 153537, 153548, 153562, 153577, 153593, 153609, 153626, 153643, 153661, 153679, 153698, 153712, 153727, 153744, 153762, 153776, 153791, 153806, 153821, 153832, 153840, 153855, 153871, 153888, 153905, 153923, 153941, 153960, 153979, 153999, 154014, 154030, 154048, 154067, 154082, 154098, 154114, 154130, 154139, 154149, 154158, 154168, 154179, 154188, 154202, 154217, 154230, 154241, 154259, 154274, 154291, 154305, 154316, 154328, 154338, 154349, 154359, 154366, 154374, 154390, 154403, 154416, 154436, 154453, 154470, 154490, 154506, 154519, 154528, 154537, 154547, 154562, 154580, 154599, 154614, 154635, 154653, 154667, 154688, 154697, 154705, 154716, 154729, 154743, 154757, 154770, 154786, 154797, 154808, 154820, 154828, 154841, 154849, 154862, 154874, 154881, 154889, 154905, 154918, 154944, 154966, 154984, 155000, 155010, 155024, 155038, 155056, 155071, 155089, 155107, 155120, 155135, 155149, 155168, 155184, 155210, 155225, 155244, 155260, 155273, 155288, 155306, 155336, 155356, 155369, 155395, 155420, 155435, 155454, 155472, 155487, 155504, 155521, 155539, 155554, 155572, 155591, 155609, 155624, 155639, 155653, 155668, 155684, 155699, 155715, 155738, 155764, 155789, 155814, 155838, 155857, 155875, 155893, 155912, 155927, 155940, 155958, 155964, 155973, 155984, 155996, 156008, 156019, 156022, 156024, 156030, 156038, 156049, 156063, 156078, 156092, 156106, 156122, 156137, 156152, 156165, 156177, 156189, 156203, 156216, 156229, 156245, 156260, 156275, 156289, 156302, 156315, 156331, 156337, 156344, 156355, 156367, 156379, 156392, 156404, 156414, 156425, 156437, 156454, 156472, 156486, 156506, 156533, 156563, 156587, 156616, 156639, 156668, 156696, 156721, 156749, 156764, 156780, 156798, 156823, 156839, 156856, 156874, 156892, 156909, 156927, 156947, 156964, 156982, 156996, 157016, 157031, 157046, 157062, 157079, 157094, 157110, 157127, 157142, 157158, 157177, 157202, 157215, 157230, 157250, 157264, 157279, 157290, 157302, 157315, 157329, 157348, 157359, 157376, 157395, 157405, 157416, 157439, 157458, 157482, 157497, 157510, 157524, 157535, 157545, 157556, 157568, 157578, 157589, 157602, 157616, 157631, 157648, 157671, 157696, 157721, 157741, 157753, 157768, 157779, 157791, 157804, 157818, 157831, 157842, 157854, 157871, 157891, 157902, 157919, 157932, 157942, 157953, 157967, 157984, 157997, 158011, 158026, 158040, 158053, 158067, 158079, 158093, 158103, 158113, 158124, 158135, 158147, 158161, 158177, 158196, 158215, 158233, 158247, 158263, 158274, 158286, 158300, 158315, 158333, 158345, 158356, 158375, 158388, 158398, 158417, 158435, 158458, 158476, 158488, 158514, 158540, 158560, 158584, 158591, 158603, 158610, 158619, 158631, 158646, 158654, 158664, 158677, 158693, 158704, 158717, 158730, 158743, 158757, 158770, 158784, 158794, 158804, 158814, 158824, 158834, 158846, 158858, 158870, 158882, 158894, 158906, 158920, 158931, 158943, 158956, 158970, 158983, 158996, 159010, 159024, 159039, 159054, 159070, 159086, 159097, 159109, 159124, 159138, 159157, 159177, 159196, 159216, 159231, 159246, 159259, 159278, 159299, 159311, 159324, 159337, 159352, 159365, 159381, 159397, 159413, 159427, 159442, 159453, 159465, 159477, 159492, 159508, 159525, 159542, 159560, 159578, 159597, 159616, 159636, 159651, 159667, 159685, 159704, 159719, 159735, 159751, 159767, 159779, 159793, 159809, 159826, 159844, 159862, 159881, 159900, 159920, 159940, 159961, 159977, 159994, 160013, 160033, 160049, 160066, 160083, 160100, 160113, 160125, 160138, 160155, 160173, 160190, 160208, 160221, 160234, 160247, 160258, 160275, 160294, 160304, 160315, 160326, 160339, 160353, 160364, 160378, 160392, 160406, 160411, 160415, 160420, 160429, 160439, 160449, 160460, 160470, 160481, 160489, 160498, 160508, 160523, 160539, 160551, 160566, 160588, 160613, 160632, 160656, 160674, 160698, 160721, 160739, 160764, 160792, 160814, 160841, 160862, 160889, 160915, 160938, 160964, 160984, 161007, 161024, 161046, 161059, 161073, 161089, 161112, 161126, 161141, 161157, 161173, 161188, 161204, 161222, 161237, 161253, 161265, 161283, 161296, 161307, 161320, 161334, 161349, 161362, 161376, 161391, 161404, 161418, 161435, 161458, 161469, 161482, 161500, 161512, 161525, 161534, 161544, 161555, 161567, 161584, 161593, 161608, 161625, 161633, 161642, 161663, 161680, 161702, 161715, 161726, 161738, 161747, 161755, 161764, 161774, 161782, 161791, 161802, 161814, 161826, 161839, 161854, 161875, 161898, 161921, 161939, 161949, 161962, 161971, 161981, 161992, 162004, 162015, 162024, 162034, 162049, 162067, 162076, 162091, 162102, 162110, 162119, 162131, 162146, 162157, 162169, 162182, 162194, 162205, 162217, 162227, 162239, 162247, 162255, 162264, 162273, 162283, 162295, 162309, 162326, 162343, 162359, 162371, 162385, 162394, 162404, 162416, 162429, 162445, 162455, 162464, 162481, 162492, 162515, 162518, 162522, 162525, 162531, 162535, 162540, 162548, 162565, 162579, 162592, 162601, 162611, 162619, 162632, 162641, 162652, 162662, 162672, 162681, 162696, 162710, 162720, 162731, 162742, 162751, 162760, 162774, 162784, 162791, 162798, 162801, 162807, 162815, 162824, 162829, 162833, 162838, 162853, 162861, 162874, 162885, 162904, 162916, 162933, 162948, 162962, 162972, 162988, 162997, 163011, 163023, 163043, 163056, 163074, 163090, 163105, 163116, 163123, 163128, 163141, 163152, 163161, 163178, 163198, 163222, 163242, 163256, 163281, 163304, 163331, 163358, 163373, 163386, 163403, 163425, 163445, 163469, 163493, 163516, 163537, 163562, 163587, 163608, 163627, 163650, 163673, 163697, 163719, 163745, 163771, 163788, 163811, 163832, 163857, 163882, 163889, 163897, 163913, 163929, 163950, 163967, 163985, 164008, 164022, 164042, 164063, 164078, 164090, 164107, 164126, 164140, 164155, 164168, 164190, 164202, 164215, 164229, 164233, 164238, 164251, 164261, 164284, 164303, 164318, 164331, 164341, 164348, 164355, 164362, 164368, 164383, 164389, 164396, 164401, 164409, 164417, 164427, 164437, 164446, 164452, 164460, 164469, 164476, 164482, 164497, 164509, 164523, 164540, 164549, 164566, 164579, 164592, 164604, 164620, 164638, 164659, 164672, 164693, 164710, 164727, 164743, 164762, 164781, 164795, 164810, 164825, 164835, 164856, 164879, 164905, 164923, 164949, 164971, 164993, 165014, 165038, 165062, 165081, 165097, 165115, 165136, 165149, 165170, 165187, 165204, 165220, 165239, 165258, 165272, 165280, 165287, 165303, 165320, 165328, 165336, 165350, 165365, 165377, 165390, 165403, 165417, 165433, 165445, 165451, 165469, 165484, 165498, 165509, 165529, 165546, 165562, 165575, 165582, 165591, 165599, 165606, 165614, 165623, 165641, 165657, 165679, 165698, 165713, 165731, 165745, 165765, 165778, 165784, 165790, 165801, 165809, 165822, 165830, 165840, 165859, 165876, 165892, 165906, 165917, 165927, 165933, 165944, 165958, 165970, 165980, 165998, 166019, 166044, 166065, 166080, 166095, 166121, 166145, 166173, 166201, 166217, 166231, 166249, 166272, 166293, 166318, 166343, 166367, 166389, 166415, 166441, 166463, 166483, 166507, 166531, 166556, 166579, 166606, 166633, 166651, 166675, 166697, 166723, 166749, 166760, 166786, 166810, 166838, 166866, 166885, 166905, 166921, 166935, 166953, 166969, 166987, 167004, 167027, 167045, 167067, 167086, 167111, 167132, 167152, 167173, 167192, 167213, 167236, 167257, 167278, 167301, 167322, 167344, 167363, 167386, 167407, 167432, 167457, 167474, 167498, 167520, 167546, 167572, 167592, 167613, 167635, 167655, 167679, 167703, 167718, 167741, 167765, 167788, 167809, 167826, 167845, 167863, 167887, 167906, 167929, 167949, 167975, 167997, 168018, 168040, 168060, 168082, 168106, 168128, 168150, 168174, 168196, 168219, 168237, 168257, 168276, 168301, 168321, 168345, 168366, 168393, 168416, 168438, 168461, 168482, 168505, 168530, 168553, 168576, 168601, 168624, 168648, 168673, 168696, 168723, 168750, 168768, 168792, 168814, 168840, 168866, 168882, 168886, 168891, 168901, 168908, 168922, 168930, 168939, 168949, 168962, 168976, 168988, 169000, 169006, 169015, 169023, 169032, 169054, 169073, 169095, 169112, 169147, 169176, 169183, 169193, 169204, 169217, 169236, 169258, 169276, 169299, 169319, 169337, 169356, 169373, 169385, 169399, 169425, 169438, 169464, 169484, 169508, 169514, 169521, 169530, 169535, 169544, 169554, 169569, 169589, 169612, 169639, 169656, 169674, 169696, 169708, 169716, 169727, 169736, 169742, 169749, 169756, 169764, 169773, 169800, 169817, 169840, 169845, 169853, 169866, 169870, 169895, 169918, 169935, 169951, 169965, 169989, 170011, 170026, 170044, 170058, 170082, 170104, 170120, 170135, 170148, 170171, 170192, 170206, 170223, 170236, 170241, 170253, 170260, 170274, 170279, 170291, 170310, 170326, 170336, 170350, 170360, 170373, 170393, 170410, 170421, 170436, 170447, 170453, 170459, 170466, 170471, 170479, 170484, 170489, 170495, 170502, 170526, 170532, 170550, 170569, 170579, 170598, 170617, 170637, 170657, 170678, 170688, 170701, 170714, 170725, 170734, 170749, 170761, 170771, 170779, 170786, 170795, 170809, 170828, 170843, 170864, 170876, 170894, 170913, 170926, 170940, 170950, 170965, 170977, 170990, 171001, 171021, 171031, 171042, 171054, 171062, 171071, 171088, 171107, 171117, 171128, 171133, 171151, 171166, 171180, 171191, 171200, 171217, 171227, 171239, 171246, 171260, 171279, 171288, 171300, 171312, 171326, 171344, 171361, 171383, 171400, 171411, 171436, 171461, 171480, 171503, 171514, 171527, 171535, 171542, 171559, 171567, 171576, 171585, 171595, 171607, 171631, 171663, 171690, 171715, 171748, 171776, 171783, 171789, 171806, 171824, 171838, 171858, 171875, 171888, 171908, 171918, 171934, 171941, 171952, 171963, 171978, 171990, 172005, 172020, 172030, 172042, 172053, 172069, 172082, 172105, 172117, 172133, 172146, 172156, 172168, 172183, 172210, 172227, 172237, 172260, 172282, 172294, 172310, 172325, 172337, 172351, 172365, 172380, 172392, 172407, 172423, 172438, 172450, 172462, 172473, 172485, 172498, 172510, 172523, 172543, 172566, 172588, 172610, 172631, 172647, 172662, 172677, 172693, 172705, 172717, 172728, 172744, 172750, 172762, 172779, 172797, 172813, 172829, 172841, 172848, 172856, 172876, 172898, 172916, 172936, 172962, 172987, 173009, 173033, 173053, 173075, 173103, 173130, 173140, 173148, 173158, 173168, 173178, 173189, 173199, 173210, 173220, 173230, 173238, 173247, 173266, 173290, 173307, 173312, 173324, 173334, 173342, 173353, 173364, 173371, 173379, 173384, 173396, 173411, 173422, 173434, 173446, 173462, 173481, 173491, 173515, 173532, 173537, 173548, 173557, 173566, 173574, 173590, 173605, 173626, 173648, 173667, 173689, 173712, 173732, 173753, 173772, 173794, 173817, 173837, 173860, 173884, 173905, 173927, 173947, 173952, 173961, 173973, 173990, 174010, 174034, 174048, 174063, 174082, 174091, 174103, 174118, 174127, 174131, 174135, 174141, 174152, 174167, 174183, 174191, 174195, 174206, 174222, 174233, 174244, 174249, 174264, 174284, 174287, 174292, 174301, 174310, 174314, 174319, 174326, 174344, 174367, 174380, 174398, 174419, 174444, 174459, 174475, 174495, 174507, 174517, 174523, 174536, 174541, 174553, 174570, 174589, 174603, 174612, 174626, 174640, 174654, 174668, 174682, 174698, 174710, 174724, 174734, 174746, 174764, 174781, 174785, 174788, 174796, 174807, 174824, 174841, 174858, 174875, 174892, 174911, 174924, 174929, 174941, 174944, 174948, 174958, 174969, 174988, 175006, 175025, 175042, 175065, 175082, 175098, 175111, 175114, 175121, 175137, 175151, 175166, 175179, 175186, 175193, 175201, 175207, 175214, 175222, 175232, 175241, 175246, 175252, 175284, 175312, 175345, 175373, 175402, 175417, 175437, 175460, 175487, 175504, 175522, 175544, 175556, 175565, 175573, 175584, 175589, 175600, 175610, 175621, 175633, 175642, 175656, 175672, 175682, 175693, 175708, 175734, 175761, 175781, 175802, 175826, 175851, 175872, 175898, 175925, 175952, 175980, 175998, 176017, 176031, 176049, 176068, 176082, 176104, 176127, 176149, 176172, 176188, 176194, 176202, 176211, 176222, 176236, 176253, 176262, 176272, 176283, 176309, 176336, 176356, 176377, 176401, 176426, 176452, 176479, 176506, 176534, 176552, 176571, 176589, 176608, 176630, 176653, 176675, 176698, 176713, 176729, 176737, 176742, 176748, 176755, 176766, 176774, 176777, 176794, 176811, 176827, 176833, 176841, 176850, 176854, 176866, 176883, 176904, 176921, 176938, 176956, 176974, 176988, 177005, 177025, 177030, 177037, 177045, 177054, 177057, 177067, 177078, 177087, 177099, 177111, 177124, 177137, 177151, 177165, 177180, 177190, 177201, 177208, 177221, 177235, 177245, 177256, 177267, 177281, 177296, 177312, 177328, 177345, 177362, 177380, 177398, 177417, 177431, 177446, 177463, 177481, 177495, 177510, 177525, 177540, 177551, 177566, 177582, 177599, 177616, 177634, 177652, 177671, 177690, 177710, 177725, 177741, 177759, 177778, 177793, 177809, 177825, 177841, 177850, 177854, 177865, 177877, 177887, 177900, 177913, 177927, 177941, 177956, 177971, 177987, 177998, 178010, 178018, 178032, 178047, 178058, 178070, 178082, 178097, 178113, 178130, 178147, 178165, 178183, 178202, 178221, 178241, 178256, 178272, 178290, 178309, 178324, 178340, 178356, 178372, 178384, 178400, 178417, 178435, 178453, 178472, 178491, 178511, 178531, 178552, 178568, 178585, 178604, 178624, 178640, 178657, 178674, 178691, 178701, 178705, 178711, 178721, 178729, 178739, 178751, 178761, 178769, 178778, 178790, 178798, 178806, 178822, 178833, 178843, 178853, 178865, 178876, 178887, 178893, 178897, 178914, 178932, 178952, 178972, 178989, 179006, 179020, 179032, 179052, 179062, 179069, 179079, 179083, 179089, 179096, 179111, 179126, 179137, 179157, 179175, 179190, 179210, 179221, 179238, 179254, 179271, 179284, 179304, 179319, 179336, 179358, 179371, 179389, 179408, 179428, 179442, 179453, 179466, 179481, 179497, 179515, 179528, 179542, 179556, 179568, 179580, 179592, 179607, 179618, 179639, 179650, 179662, 179678, 179691, 179704, 179708, 179713, 179734, 179741, 179754, 179763, 179778, 179787, 179796, 179806, 179815, 179830, 179836, 179843, 179852, 179870, 179887, 179902, 179916, 179931, 179946, 179964, 179980, 179995, 180018, 180040, 180060, 180079, 180099, 180119, 180142, 180163, 180183, 180205, 180226, 180245, 180263, 180282, 180301, 180323, 180343, 180362, 180386, 180409, 180430, 180450, 180471, 180492, 180516, 180538, 180559, 180582, 180604, 180624, 180643, 180663, 180683, 180706, 180727, 180747, 180771, 180794, 180815, 180835, 180856, 180877, 180901, 180923, 180944, 180954, 180959, 180973, 180977, 180995, 181010, 181025, 181041, 181055, 181072, 181091, 181105, 181121, 181137, 181153, 181170, 181185, 181203, 181223, 181238, 181255, 181274, 181290, 181306, 181323, 181338, 181356, 181376, 181391, 181408, 181425, 181442, 181460, 181476, 181495, 181516, 181532, 181550, 181563, 181575, 181587, 181601, 181614, 181627, 181634, 181636, 181639, 181651, 181656, 181670, 181683, 181694, 181707, 181722, 181735, 181746, 181763, 181778, 181791, 181806, 181819, 181831, 181843, 181860, 181875, 181890, 181901, 181909, 181924, 181932, 181950, 181958, 181976, 181988, 182002, 182020, 182033, 182047, 182059, 182071, 182086, 182096, 182106, 182131, 182156, 182181, 182198, 182217, 182239, 182256, 182272, 182283, 182296, 182308, 182321, 182330, 182349, 182368, 182387, 182400, 182416, 182436, 182456, 182476, 182490, 182507, 182513, 182519, 182527, 182530, 182540, 182550, 182559, 182570, 182578, 182586, 182597, 182605, 182619, 182629, 182642, 182654, 182664, 182676, 182685, 182694, 182706, 182718, 182729, 182742, 182759, 182772, 182788, 182800, 182808, 182815, 182826, 182839, 182845, 182852, 182864, 182871, 182882, 182893, 182908, 182920, 182935, 182950, 182960, 182972, 182983, 182999, 183012, 183035, 183047, 183063, 183076, 183086, 183098, 183113, 183140, 183157, 183167, 183190, 183212, 183224, 183240, 183255, 183267, 183281, 183295, 183310, 183322, 183337, 183353, 183368, 183380, 183392, 183403, 183415, 183428, 183440, 183453, 183465, 183476, 183496, 183519, 183541, 183563, 183584, 183600, 183615, 183630, 183646, 183658, 183680, 183697, 183705, 183718, 183727, 183736, 183750, 183758, 183766, 183778, 183784, 183794, 183806, 183817, 183829, 183839, 183847, 183852, 183861, 183871, 183879, 183891, 183894, 183901, 183913, 183927, 183935, 183950, 183960, 183972, 183986, 183999, 184010, 184025, 184037, 184049, 184066, 184083, 184097, 184113, 184126, 184139, 184157, 184168, 184186, 184199, 184214, 184231, 184247, 184261, 184274, 184287, 184297, 184308, 184326, 184339, 184354, 184371, 184387, 184401, 184408, 184416, 184426, 184436, 184451, 184468, 184482, 184496, 184515, 184535, 184556, 184566, 184583, 184595, 184609, 184625, 184640, 184653, 184661, 184675, 184690, 184708, 184717, 184723, 184730, 184738, 184759, 184783, 184805, 184830, 184850, 184869, 184890, 184914, 184936, 184961, 184981, 185000, 185017, 185037, 185060, 185086, 185110, 185137, 185159, 185180, 185198, 185219, 185235, 185256, 185280, 185302, 185327, 185347, 185366, 185389, 185415, 185439, 185466, 185488, 185509, 185524, 185537, 185548, 185560, 185576, 185585, 185597, 185613, 185630, 185649, 185670, 185691, 185709, 185729, 185743, 185764, 185787, 185803, 185822, 185845, 185857, 185864, 185872, 185886, 185902, 185919, 185935, 185950, 185962, 185973, 185991, 185998, 186006, 186015, 186025, 186035, 186052, 186064, 186075, 186088, 186099, 186108, 186124, 186145, 186161, 186182, 186200, 186217, 186235, 186253, 186276, 186290, 186309, 186329, 186350, 186365, 186381, 186397, 186414, 186433, 186447, 186462, 186475, 186488, 186510, 186522, 186535, 186549, 186564, 186584, 186604, 186631, 186653, 186674, 186697, 186718, 186737, 186752, 186772, 186792, 186819, 186841, 186862, 186885, 186906, 186925, 186940, 186960, 186979, 186997, 187013, 187028, 187045, 187054, 187064, 187069, 187075, 187094, 187110, 187126, 187147, 187167, 187184, 187201, 187223, 187240, 187254, 187268, 187287, 187308, 187326, 187344, 187367, 187379, 187394, 187402, 187409, 187424, 187444, 187467, 187494, 187511, 187529, 187551, 187563, 187581, 187603, 187621, 187639, 187658, 187677, 187700, 187727, 187750, 187773, 187797, 187821, 187834, 187848, 187858, 187869, 187883, 187901, 187924, 187950, 187980, 188000, 188021, 188046, 188061, 188073, 188084, 188100, 188116, 188131, 188143, 188156, 188180, 188200, 188217, 188233, 188261, 188290, 188310, 188327, 188345, 188367, 188390, 188416, 188443, 188471, 188500, 188529, 188559, 188579, 188600, 188619, 188640, 188660, 188681, 188705, 188729, 188754, 188778, 188803, 188819, 188843, 188854, 188862, 188873, 188884, 188898, 188920, 188946, 188968, 188990, 189013, 189036, 189046, 189065, 189075, 189086, 189092, 189114, 189133, 189151, 189170, 189189, 189209, 189230, 189246, 189263, 189283, 189298, 189312, 189326, 189339, 189356, 189370, 189384, 189403, 189421, 189436, 189451, 189471, 189486, 189498, 189510, 189527, 189546, 189562, 189578, 189599, 189609, 189627, 189641, 189655, 189671, 189694, 189711, 189726, 189744, 189758, 189777, 189793, 189803, 189811, 189813, 189816, 189828, 189838, 189847, 189866, 189886, 189903, 189921, 189939, 189958, 189979, 189996, 190004, 190015, 190037, 190055, 190065, 190085, 190106, 190124, 190143, 190162, 190182, 190204, 190222, 190251, 190258, 190265, 190271, 190282, 190284, 190293, 190304, 190316, 190334, 190350, 190360, 190369, 190376, 190389, 190397, 190407, 190416, 190431, 190442, 190452, 190466, 190477, 190494, 190507, 190519, 190536, 190549, 190560, 190573, 190588, 190601, 190614, 190629, 190642, 190656, 190671, 190678, 190691, 190699, 190705, 190718, 190725, 190734, 190745, 190755, 190771, 190782, 190797, 190809, 190827, 190841, 190854, 190868, 190880, 190894, 190910, 190924, 190938, 190954, 190968, 190983, 190993, 191005, 191016, 191033, 191045, 191061, 191074, 191093, 191108, 191122, 191137, 191150, 191165, 191182, 191197, 191212, 191229, 191244, 191260, 191271, 191278, 191282, 191296, 191310, 191323, 191331, 191343, 191356, 191376, 191394, 191409, 191426, 191447, 191464, 191488, 191506, 191526, 191547, 191566, 191577, 191591, 191612, 191627, 191646, 191662, 191681, 191700, 191719, 191736, 191750, 191766, 191786, 191802, 191825, 191842, 191861, 191881, 191896, 191914, 191924, 191940, 191953, 191973, 191987, 192005, 192020, 192036, 192054, 192072, 192079, 192086, 192098, 192109, 192120, 192134, 192148, 192160, 192170, 192186, 192199, 192210, 192225, 192239, 192253, 192269, 192273, 192283, 192298, 192312, 192325, 192334, 192346, 192359, 192371, 192384, 192393, 192408, 192424, 192436, 192445, 192456, 192468, 192478, 192490, 192502, 192516, 192528, 192539, 192551, 192559, 192573, 192582, 192595, 192623, 192645, 192654, 192663, 192669, 192674, 192679, 192685, 192703, 192716, 192732, 192739, 192747, 192758, 192767, 192782, 192791, 192801, 192810, 192827, 192842, 192855, 192874, 192883, 192893, 192904, 192913, 192923, 192933, 192936, 192940, 192950, 192959, 192964, 192971, 192980, 192993, 193002, 193013, 193018, 193024, 193029, 193038, 193046, 193055, 193065, 193080, 193090, 193100, 193118, 193138, 193157, 193167, 193178, 193188, 193199, 193210, 193224, 193230, 193237, 193255, 193268, 193281, 193291, 193298, 193302, 193312, 193323, 193327, 193332, 193339, 193344, 193350, 193358, 193368, 193378, 193388, 193398, 193409, 193419, 193430, 193435, 193441, 193453, 193467, 193482, 193492, 193506, 193519, 193529, 193538, 193550, 193566, 193576, 193585, 193588, 193598, 193608, 193617, 193627, 193636, 193646, 193657, 193666, 193669, 193673, 193678, 193688, 193695, 193703, 193713, 193724, 193751, 193779, 193800, 193822, 193847, 193873, 193900, 193928, 193956, 193985, 194004, 194024, 194043, 194063, 194086, 194110, 194133, 194157, 194166, 194180, 194186, 194208, 194231, 194247, 194264, 194284, 194305, 194327, 194350, 194373, 194397, 194411, 194426, 194440, 194455, 194465, 194483, 194502, 194520, 194539, 194556, 194560, 194572, 194585, 194598, 194612, 194616, 194620, 194633, 194643, 194666, 194685, 194700, 194713, 194735, 194750, 194765, 194782, 194796, 194799, 194810, 194823, 194838, 194846, 194855, 194867, 194877, 194885, 194890, 194902, 194910, 194916, 194924, 194927, 194936, 194950, 194957, 194963, 194976, 194980, 194988, 194998, 195010, 195016, 195022, 195029, 195035, 195041, 195054, 195059, 195067, 195076, 195081, 195095, 195109, 195115, 195130, 195141, 195161, 195169, 195175, 195190, 195194, 195199, 195207, 195217, 195230, 195246, 195250, 195255, 195269, 195284, 195301, 195321, 195333, 195353, 195369, 195385, 195400, 195417, 195436, 195457, 195481, 195497, 195521, 195541, 195561, 195580, 195602, 195624, 195641, 195659, 195677, 195690, 195714, 195740, 195769, 195790, 195819, 195844, 195869, 195893, 195920, 195947, 195969, 195988, 196009, 196033, 196049, 196073, 196093, 196113, 196132, 196154, 196176, 196193, 196211, 196220, 196230, 196245, 196257, 196276, 196289, 196304, 196309, 196319, 196330, 196347, 196366, 196386, 196405, 196423, 196438, 196452, 196473, 196480, 196495, 196508, 196523, 196540, 196555, 196568, 196582, 196599, 196612, 196620, 196629, 196646, 196665, 196675, 196689, 196695, 196707, 196720, 196729, 196738, 196748, 196755, 196767, 196783, 196801, 196812, 196825, 196841, 196855, 196875, 196888, 196901, 196910, 196918, 196932, 196937, 196944, 196953, 196966, 196980, 196991, 197003, 197015, 197028, 197043, 197054, 197061, 197086, 197096, 197102, 197111, 197119, 197135, 197150, 197163, 197189, 197211, 197229, 197245, 197254, 197264, 197276, 197292, 197307, 197318, 197333, 197347, 197358, 197376, 197390, 197401, 197414, 197428, 197442, 197458, 197472, 197485, 197499, 197509, 197525, 197536, 197551, 197562, 197569, 197580, 197592, 197605, 197621, 197632, 197651, 197669, 197684, 197698, 197713, 197728, 197744, 197761, 197773, 197786, 197802, 197813, 197823, 197833, 197842, 197845, 197851, 197858, 197869, 197887, 197912, 197934, 197950, 197970, 197986, 197993, 197997, 198017, 198040, 198063, 198083, 198105, 198117, 198134, 198143, 198156, 198171, 198186, 198199, 198211, 198228, 198247, 198269, 198291, 198310, 198331, 198345, 198364, 198373, 198384, 198400, 198415, 198425, 198449, 198476, 198503, 198527, 198553, 198566, 198589, 198615, 198641, 198664, 198689, 198702, 198713, 198727, 198739, 198749, 198763, 198781, 198794, 198811, 198821, 198831, 198843, 198847, 198854, 198870, 198883, 198897, 198914, 198930, 198942, 198960, 198968, 198990, 198996, 199002, 199008, 199015, 199019, 199027, 199034, 199046, 199050, 199057, 199070, 199086, 199106, 199128, 199145, 199161, 199177, 199191, 199200, 199211, 199225, 199243, 199263, 199278, 199292, 199306, 199318, 199323, 199325, 199328, 199348, 199367, 199388, 199408, 199428, 199449, 199466, 199482, 199500, 199517, 199534, 199552, 199569, 199585, 199603, 199620, 199637, 199655, 199681, 199706, 199733, 199759, 199785, 199812, 199839, 199865, 199893, 199920, 199947, 199975, 199994, 200012, 200032, 200051, 200070, 200090, 200101, 200114, 200126, 200136, 200147, 200164, 200183, 200203, 200222, 200240, 200255, 200269, 200290, 200318, 200345, 200374, 200402, 200430, 200459, 200474, 200488, 200504, 200519, 200534, 200550, 200563, 200575, 200589, 200602, 200615, 200629, 200641, 200652, 200665, 200677, 200689, 200702, 200715, 200727, 200741, 200754, 200767, 200781, 200801, 200820, 200841, 200861, 200881, 200902, 200907, 200915, 200922, 200931, 200940, 200949, 200959, 200968, 200978, 201000, 201012, 201019, 201027, 201030, 201047, 201053, 201059, 201066, 201075, 201083, 201096, 201112, 201132, 201154, 201171, 201187, 201203, 201217, 201228, 201242, 201260, 201280, 201295, 201309, 201323, 201335, 201348, 201366, 201387, 201412, 201427, 201443, 201463, 201473, 201482, 201490, 201503, 201512, 201522, 201526, 201539, 201561, 201578, 201596, 201609, 201621, 201639, 201646, 201658, 201666, 201677, 201693, 201698, 201704, 201714, 201725, 201748, 201774, 201800, 201829, 201852, 201874, 201894, 201918, 201929, 201941, 201950, 201960, 201987, 201998, 202014, 202031, 202044, 202058, 202073, 202090, 202114, 202129, 202145, 202162, 202178, 202195, 202214, 202230, 202247, 202260, 202279, 202293, 202307, 202321, 202336, 202352, 202366, 202381, 202397, 202411, 202426, 202444, 202468, 202480, 202493, 202507, 202517, 202528, 202540, 202553, 202571, 202587, 202605, 202619, 202628, 202638, 202653, 202667, 202679, 202692, 202702, 202711, 202721, 202732, 202741, 202751, 202764, 202778, 202794, 202816, 202840, 202864, 202883, 202894, 202910, 202920, 202931, 202943, 202956, 202968, 202978, 202988, 203004, 203016, 203025, 203035, 203048, 203061, 203077, 203089, 203102, 203129, 203142, 203154, 203167, 203178, 203191, 203200, 203209, 203222, 203232, 203242, 203253, 203266, 203281, 203299, 203317, 203334, 203347, 203362, 203372, 203383, 203396, 203410, 203427, 203437, 203449, 203459, 203474, 203487, 203503, 203512, 203522, 203532, 203541, 203557, 203573, 203590, 203610, 203634, 203654, 203668, 203673, 203679, 203685, 203704, 203718, 203721, 203745, 203760, 203774, 203793, 203802, 203816, 203831, 203840, 203854, 203863, 203880, 203897, 203912, 203933, 203957, 203974, 203989, 204007, 204030, 204047, 204069, 204095, 204117, 204144, 204158, 204177, 204195, 204211, 204226, 204244, 204268, 204295, 204313, 204334, 204352, 204372, 204390, 204405, 204427, 204442, 204452, 204465, 204478, 204502, 204522, 204547, 204560, 204576, 204596, 204606, 204617, 204632, 204646, 204662, 204682, 204702, 204723, 204747, 204765, 204785, 204805, 204828, 204847, 204863, 204881, 204904, 204923, 204939, 204953, 204968, 204987, 205003, 205020, 205035, 205053, 205076, 205098, 205117, 205139, 205156, 205178, 205198, 205212, 205225, 205239, 205250, 205262, 205277, 205291, 205307, 205321, 205333, 205356, 205377, 205396, 205415, 205435, 205447, 205460, 205475, 205487, 205500, 205515, 205531, 205542, 205554, 205568, 205586, 205599, 205615, 205638, 205664, 205684, 205709, 205728, 205753, 205777, 205798, 205822, 205833, 205844, 205859, 205879, 205887, 205905, 205921, 205933, 205940, 205962, 205982, 205996, 206009, 206023, 206034, 206046, 206061, 206075, 206091, 206105, 206117, 206140, 206154, 206175, 206194, 206213, 206233, 206249, 206261, 206274, 206289, 206301, 206314, 206329, 206345, 206356, 206368, 206381, 206394, 206403, 206417, 206427, 206441, 206453, 206467, 206483, 206495, 206508, 206523, 206535, 206544, 206555, 206567, 206575, 206580, 206587, 206600, 206611, 206625, 206638, 206653, 206666, 206677, 206699, 206717, 206736, 206748, 206762, 206773, 206785, 206800, 206811, 206819, 206825, 206832, 206843, 206856, 206866, 206872, 206884, 206893, 206905, 206917, 206925, 206934, 206944, 206957, 206965, 206981, 206990, 207000, 207011, 207025, 207034, 207051, 207058, 207081, 207102, 207117, 207131, 207143, 207158, 207174, 207196, 207216, 207229, 207245, 207257, 207268, 207278, 207284, 207288, 207302, 207315, 207320, 207328, 207341, 207358, 207368, 207378, 207389, 207402, 207414, 207427, 207441, 207457, 207472, 207484, 207496, 207515, 207533, 207555, 207572, 207579, 207589, 207596, 207612, 207632, 207652, 207676, 207694, 207708, 207718, 207730, 207746, 207764, 207779, 207799, 207811, 207826, 207835, 207845, 207868, 207891, 207906, 207923, 207942, 207963, 207972, 207981, 207992, 208001, 208012, 208021, 208032, 208039, 208047, 208054, 208062, 208083, 208087, 208100, 208105, 208112, 208117, 208133, 208152, 208169, 208183, 208201, 208215, 208219, 208225, 208239, 208258, 208280, 208306, 208322, 208339, 208360, 208371, 208374, 208383, 208397, 208409, 208420, 208437, 208453, 208465, 208476, 208479, 208489, 208492, 208497, 208506, 208516, 208526, 208536, 208549, 208559, 208573, 208588, 208603, 208618, 208636, 208651, 208664, 208678, 208692, 208706, 208723, 208737, 208747, 208755, 208763, 208780, 208797, 208809, 208823, 208830, 208849, 208872, 208891, 208910, 208930, 208950, 208955, 208963, 208967, 208977, 208992, 209006, 209019, 209028, 209040, 209053, 209065, 209074, 209089, 209105, 209117, 209126, 209137, 209149, 209159, 209171, 209185, 209197, 209208, 209220, 209228, 209242, 209251, 209264, 209292, 209314, 209323, 209332, 209343, 209348, 209369, 209394, 209422, 209443, 209472, 209496, 209513, 209538, 209557, 209580, 209606, 209625, 209652, 209674, 209689, 209712, 209736, 209764, 209795, 209819, 209851, 209878, 209898, 209926, 209948, 209974, 210003, 210025, 210055, 210080, 210098, 210124, 210130, 210142, 210159, 210176, 210202, 210229, 210255, 210274, 210298, 210321, 210342, 210356, 210374, 210402, 210431, 210459, 210480, 210506, 210531, 210554, 210565, 210576, 210590, 210607, 210617, 210630, 210655, 210681, 210706, 210724, 210747, 210769, 210789, 210799, 210814, 210824, 210840, 210854, 210866, 210878, 210902, 210930, 210961, 210985, 211017, 211044, 211064, 211092, 211113, 211135, 211153, 211170, 211188, 211206, 211225, 211245, 211260, 211276, 211295, 211309, 211335, 211364, 211386, 211416, 211441, 211454, 211467, 211485, 211511, 211523, 211529, 211551, 211577, 211606, 211628, 211658, 211683, 211701, 211727, 211747, 211771, 211798, 211818, 211846, 211869, 211885, 211909, 211920, 211930, 211938, 211947, 211969, 211987, 212003, 212018, 212039, 212053, 212070, 212087, 212108, 212124, 212144, 212157, 212169, 212182, 212194, 212202, 212211, 212221, 212234, 212243, 212250, 212263, 212278, 212295, 212312, 212326, 212342, 212352, 212369, 212376, 212384, 212390, 212397, 212402, 212412, 212421, 212436, 212456, 212479, 212506, 212523, 212541, 212563, 212575, 212581, 212595, 212609, 212620, 212632, 212645, 212664, 212686, 212712, 212728, 212745, 212766, 212776, 212787, 212796, 212804, 212816, 212833, 212848, 212870, 212887, 212909, 212922, 212941, 212959, 212978, 212997, 213021, 213036, 213056, 213077, 213099, 213115, 213128, 213145, 213163, 213183, 213198, 213214, 213228, 213242, 213265, 213278, 213292, 213304, 213319, 213325, 213335, 213341, 213348, 213359, 213366, 213389, 213407, 213426, 213437, 213443, 213450, 213464, 213479, 213495, 213512, 213523, 213535, 213555, 213580, 213601, 213618, 213633, 213640, 213664, 213681, 213707, 213714, 213722, 213730, 213740, 213756, 213773, 213790, 213808, 213828, 213837, 213851, 213861, 213872, 213885, 213893, 213902, 213926, 213943, 213969, 213983, 214008, 214026, 214053, 214064, 214090, 214109, 214137, 214153, 214162, 214176, 214188, 214197, 214219, 214238, 214256, 214270, 214288, 214303, 214307, 214312, 214325, 214336, 214349, 214364, 214377, 214388, 214400, 214415, 214426, 214435, 214439, 214456, 214474, 214492, 214511, 214517, 214524, 214532, 214536, 214548, 214561, 214568, 214584, 214592, 214609, 214628, 214643, 214660, 214683, 214705, 214715, 214727, 214738, 214751, 214764, 214777, 214791, 214804, 214818, 214837, 214858, 214875, 214894, 214919, 214943, 214956, 214971, 214992, 215001, 215023, 215051, 215067, 215089, 215109, 215119, 215134, 215147, 215171, 215201, 215219, 215243, 215265, 215284, 215309, 215322, 215348, 215380, 215400, 215426, 215450, 215469, 215486, 215514, 215548, 215570, 215598, 215624, 215649, 215680, 215699, 215724, 215747, 215768, 215795, 215810, 215831, 215850, 215864, 215874, 215885, 215893, 215902, 215917, 215933, 215950, 215965, 215974, 215984, 215989, 215994, 216000, 216007, 216010, 216014, 216021, 216032, 216041, 216049, 216057, 216067, 216076, 216085, 216092, 216097, 216104, 216124, 216149, 216164, 216184, 216199, 216219, 216226, 216233, 216243, 216253, 216259, 216273, 216285, 216299, 216315, 216329, 216341, 216354, 216370, 216382, 216386, 216396, 216415, 216433, 216456, 216474, 216486, 216512, 216538, 216558, 216582, 216592, 216606, 216625, 216646, 216662, 216677, 216694, 216710, 216732, 216747, 216764, 216773, 216790, 216812, 216837, 216866, 216885, 216905, 216929, 216943, 216949, 216956, 216964, 216978, 216997, 217014, 217029, 217043, 217059, 217080, 217093, 217111, 217128, 217144, 217164, 217179, 217198, 217210, 217218, 217227, 217250, 217273, 217286, 217306, 217326, 217346, 217366, 217379, 217387, 217397, 217404, 217412, 217417, 217430, 217444, 217447, 217451, 217455, 217467, 217476, 217486, 217491, 217504, 217514, 217526, 217539, 217549, 217562, 217573, 217582, 217597, 217609, 217619, 217629, 217638, 217652, 217668, 217685, 217699, 217716, 217731, 217744, 217763, 217779, 217793, 217806, 217819, 217832, 217837, 217854, 217876, 217893, 217910, 217933, 217957, 217978, 218005, 218033, 218058, 218087, 218112, 218120, 218135, 218149, 218154, 218159, 218164, 218172, 218181, 218194, 218218, 218243, 218261, 218280, 218302, 218325, 218344, 218368, 218393, 218418, 218444, 218460, 218477, 218489, 218505, 218522, 218534, 218554, 218575, 218595, 218616, 218630, 218636, 218658, 218681, 218697, 218714, 218734, 218755, 218766, 218788, 218811, 218834, 218858, 218872, 218887, 218901, 218916, 218929, 218947, 218966, 218984, 219003, 219011, 219020, 219039, 219055, 219062, 219068, 219076, 219086, 219090, 219095, 219098, 219104, 219112, 219123, 219137, 219144, 219151, 219163, 219188, 219205, 219219, 219232, 219246, 219260, 219275, 219291, 219302, 219314, 219329, 219339, 219348, 219357, 219365, 219382, 219401, 219409, 219418, 219429, 219447, 219465, 219488, 219508, 219533, 219549, 219572, 219591, 219612, 219628, 219645, 219669, 219684, 219700, 219710, 219722, 219734, 219746, 219759, 219771, 219784, 219798, 219805, 219813, 219827, 219845, 219858, 219878, 219899, 219917, 219941, 219966, 219988, 220014, 220036, 220051, 220068, 220085, 220102, 220124, 220142, 220161, 220185, 220200, 220221, 220243, 220259, 220272, 220286, 220304, 220324, 220339, 220355, 220369, 220392, 220405, 220419, 220434, 220444, 220455, 220465, 220470, 220476, 220489, 220503, 220513, 220524, 220535, 220554, 220578, 220598, 220614, 220628, 220642, 220656, 220675, 220690, 220706, 220727, 220739, 220757, 220776, 220789, 220799, 220814, 220831, 220843, 220856, 220867, 220887, 220897, 220908, 220921, 220935, 220947, 220965, 220986, 221001, 221016, 221030, 221038, 221054, 221079, 221095, 221109, 221129, 221143, 221156, 221168, 221176, 221191, 221205, 221226, 221244, 221261, 221279, 221292, 221310, 221329, 221349, 221360, 221372, 221385, 221400, 221416, 221435, 221449, 221462, 221476, 221489, 221501, 221512, 221520, 221530, 221541, 221550, 221561, 221573, 221592, 221610, 221628, 221647, 221662, 221683, 221701, 221715, 221736, 221744, 221751, 221757, 221764, 221781, 221792, 221804, 221815, 221830, 221844, 221854, 221862, 221874, 221885, 221900, 221906, 221917, 221927, 221937, 221950, 221959, 221967, 221979, 221988, 221996, 222017, 222038, 222049, 222067, 222085, 222103, 222121, 222132, 222139, 222147, 222160, 222176, 222194, 222215, 222239, 222244, 222250, 222268, 222283, 222297, 222308, 222312, 222317, 222323, 222326, 222330, 222340, 222355, 222371, 222385, 222404, 222421, 222436, 222452, 222465, 222481, 222498, 222512, 222527, 222543, 222554, 222566, 222579, 222599, 222615, 222628, 222642, 222655, 222666, 222680, 222695, 222715, 222734, 222753, 222774, 222794, 222814, 222826, 222839, 222856, 222872, 222888, 222906, 222923, 222940, 222951, 222959, 222976, 222992, 223010, 223027, 223035, 223051, 223063, 223067, 223084, 223098, 223106, 223122, 223141, 223152, 223172, 223187, 223207, 223222, 223236, 223251, 223264, 223283, 223305, 223321, 223336, 223352, 223365, 223382, 223387, 223392, 223394, 223400, 223404, 223414, 223422, 223430, 223437, 223446, 223461, 223469, 223479, 223489, 223500, 223509, 223519, 223524, 223534, 223552, 223566, 223581, 223596, 223610, 223624, 223645, 223659, 223668, 223682, 223690, 223706, 223717, 223727, 223739, 223754, 223769, 223780, 223791, 223803, 223815, 223833, 223850, 223863, 223877, 223891, 223904, 223917, 223937, 223950, 223956, 223967, 223985, 223994, 224009, 224023, 224038, 224053, 224069, 224086, 224098, 224111, 224127, 224138, 224148, 224158, 224167, 224175, 224185, 224195, 224205, 224213, 224222, 224234, 224240, 224247, 224255, 224264, 224274, 224290, 224299, 224310, 224323, 224336, 224349, 224363, 224376, 224390, 224402, 224413, 224424, 224437, 224449, 224461, 224475, 224482, 224495, 224502, 224521, 224537, 224547, 224562, 224574, 224586, 224593, 224600, 224617, 224634, 224640, 224647, 224653, 224660, 224668, 224677, 224683, 224690, 224698, 224706, 224711, 224717, 224725, 224742, 224760, 224773, 224785, 224791, 224797, 224804, 224823, 224839, 224854, 224866, 224874, 224881, 224889, 224898, 224904, 224911, 224922, 224928, 224936, 224942, 224952, 224972, 224989, 225005, 225018, 225029, 225037, 225059, 225078, 225096, 225111, 225120, 225130, 225141, 225146, 225155, 225165, 225180, 225197, 225214, 225226, 225238, 225257, 225272, 225290, 225307, 225327, 225345, 225367, 225388, 225405, 225422, 225435, 225449, 225459, 225464, 225470, 225479, 225494, 225508, 225520, 225531, 225542, 225567, 225588, 225599, 225616, 225628, 225639, 225651, 225666, 225677, 225689, 225696, 225712, 225727, 225737, 225748, 225757, 225774, 225789, 225806, 225825, 225842, 225857, 225876, 225893, 225912, 225929, 225945, 225966, 225985, 226004, 226019, 226036, 226052, 226069, 226081, 226094, 226110, 226131, 226155, 226183, 226201, 226220, 226243, 226256, 226264, 226282, 226297, 226307, 226321, 226330, 226355, 226366, 226384, 226406, 226425, 226443, 226458, 226465, 226476, 226490, 226508, 226521, 226533, 226545, 226557, 226570, 226581, 226589, 226598, 226607, 226625, 226644, 226659, 226680, 226698, 226712, 226733, 226744, 226756, 226769, 226793, 226810, 226838, 226867, 226889, 226912, 226938, 226965, 226988, 227016, 227045, 227074, 227104, 227124, 227145, 227161, 227181, 227202, 227218, 227242, 227267, 227291, 227316, 227334, 227344, 227355, 227369, 227386, 227403, 227418, 227431, 227450, 227466, 227480, 227487, 227495, 227504, 227528, 227534, 227542, 227549, 227559, 227574, 227586, 227611, 227632, 227649, 227664, 227670, 227677, 227685, 227698, 227714, 227730, 227744, 227756, 227774, 227789, 227802, 227808, 227815, 227830, 227844, 227858, 227869, 227885, 227899, 227915, 227933, 227949, 227963, 227978, 227996, 228010, 228027, 228042, 228059, 228078, 228095, 228110, 228126, 228145, 228160, 228170, 228178, 228184, 228192, 228199, 228219, 228236, 228252, 228265, 228268, 228280, 228292, 228302, 228311, 228320, 228327, 228332, 228337, 228343, 228354, 228362, 228377, 228386, 228397, 228407, 228420, 228439, 228459, 228476, 228499, 228523, 228544, 228569, 228590, 228607, 228616, 228628, 228646, 228665, 228681, 228703, 228726, 228746, 228770, 228790, 228794, 228800, 228806, 228811, 228818, 228826, 228842, 228846, 228851, 228854, 228858, 228871, 228883, 228888, 228894, 228915, 228937, 228952, 228968, 228987, 229007, 229028, 229050, 229072, 229095, 229108, 229122, 229135, 229149, 229158, 229175, 229193, 229210, 229228, 229244, 229247, 229266, 229281, 229305, 229325, 229350, 229370, 229391, 229411, 229426, 229449, 229468, 229496, 229520, 229549, 229573, 229598, 229622, 229641, 229661, 229677, 229683, 229690, 229699, 229714, 229732, 229746, 229765, 229781, 229795, 229810, 229823, 229831, 229841, 229863, 229872, 229894, 229910, 229930, 229941, 229954, 229970, 229989, 230001, 230002, 230009, 230018, 230027, 230037, 230043, 230050, 230061, 230073, 230086, 230104, 230119, 230134, 230147, 230161, 230178, 230195, 230206, 230216, 230228, 230243, 230260, 230275, 230288, 230304, 230316, 230335, 230348, 230360, 230373, 230388, 230401, 230416, 230428, 230432, 230437, 230445, 230449, 230454, 230466, 230483, 230503, 230527, 230541, 230556, 230575, 230584, 230592, 230601, 230607, 230617, 230629, 230641, 230650, 230663, 230680, 230694, 230707, 230715, 230729, 230737, 230752, 230768, 230782, 230795, 230805, 230809, 230812, 230823, 230832, 230836, 230841, 230853, 230870, 230890, 230914, 230928, 230943, 230962, 230971, 230979, 230986, 230993, 230999, 231016, 231033, 231039, 231050, 231061, 231074, 231088, 231102, 231113, 231120, 231130, 231142, 231157, 231175, 231181, 231187, 231193, 231200, 231217, 231232, 231243, 231263, 231274, 231291, 231307, 231324, 231337, 231357, 231374, 231392, 231411, 231421, 231435, 231450, 231468, 231481, 231495, 231507, 231519, 231531, 231546, 231557, 231568, 231584, 231597, 231606, 231623, 231636, 231643, 231651, 231658, 231673, 231689, 231697, 231706, 231721, 231736, 231753, 231766, 231784, 231800, 231814, 231828, 231843, 231860, 231876, 231894, 231910, 231924, 231940, 231959, 231972, 231992, 232004, 232021, 232037, 232050, 232064, 232077, 232094, 232113, 232128, 232144, 232156, 232173, 232188, 232206, 232220, 232241, 232256, 232270, 232285, 232304, 232324, 232346, 232369, 232390, 232409, 232430, 232453, 232474, 232493, 232515, 232536, 232554, 232574, 232591, 232615, 232638, 232657, 232671, 232689, 232703, 232716, 232720, 232728, 232738, 232750, 232755, 232771, 232788, 232803, 232816, 232832, 232853, 232866, 232870, 232875, 232892, 232911, 232926, 232943, 232966, 232988, 233007, 233028, 233045, 233064, 233089, 233113, 233129, 233146, 233163, 233181, 233195, 233210, 233224, 233231, 233244, 233257, 233271, 233274, 233288, 233298, 233313, 233326, 233339, 233356, 233363, 233369, 233385, 233405, 233421, 233437, 233454, 233471, 233479, 233484, 233490, 233497, 233512, 233525, 233537, 233550, 233564, 233582, 233595, 233612, 233622, 233626, 233635, 233651, 233668, 233683, 233697, 233715, 233737, 233761, 233780, 233797, 233818, 233841, 233859, 233877, 233895, 233911, 233929, 233944, 233957, 233973, 233993, 234015, 234032, 234047, 234066, 234087, 234103, 234119, 234135, 234149, 234165, 234169, 234174, 234189, 234207, 234220, 234230, 234241, 234253, 234276, 234295, 234310, 234323, 234334, 234350, 234360, 234375, 234384, 234398, 234415, 234433, 234453, 234470, 234478, 234487, 234495, 234507, 234524, 234543, 234557, 234567, 234588, 234614, 234643, 234676, 234699, 234723, 234751, 234769, 234776, 234785, 234793, 234808, 234819, 234830, 234843, 234863, 234877, 234889, 234904, 234915, 234931, 234944, 234953, 234970, 234983, 234999, 235010, 235025, 235043, 235056, 235070, 235084, 235100, 235114, 235128, 235144, 235159, 235170, 235179, 235190, 235201, 235211, 235221, 235237, 235250, 235263, 235273, 235282, 235294, 235307, 235329, 235342, 235347, 235356, 235369, 235381, 235388, 235393, 235397, 235402, 235411, 235420, 235433, 235443, 235456, 235469, 235477, 235487, 235496, 235510, 235521, 235542, 235552, 235566, 235577, 235585, 235594, 235604, 235617, 235642, 235657, 235665, 235686, 235706, 235715, 235725, 235734, 235742, 235756, 235769, 235779, 235791, 235803, 235816, 235826, 235838, 235846, 235855, 235865, 235878, 235892, 235905, 235915, 235925, 235934, 235949, 235960, 235970, 235981, 235991, 236009, 236030, 236050, 236070, 236089, 236103, 236116, 236129, 236139, 236148, 236161, 236174, 236187, 236200, 236213, 236228, 236236, 236245, 236252, 236261, 236272, 236283, 236294, 236303, 236313, 236339, 236361, 236376, 236396, 236416, 236445, 236475, 236504, 236526, 236553, 236579, 236603, 236620, 236641, 236672, 236704, 236735, 236759, 236788, 236816, 236842, 236856, 236870, 236887, 236907, 236920, 236936, 236964, 236993, 237021, 237042, 237068, 237093, 237116, 237129, 237154, 237172, 237185, 237214, 237233, 237250, 237268, 237283, 237298, 237313, 237316, 237324, 237333, 237341, 237352, 237362, 237375, 237381, 237388, 237398, 237403, 237417, 237429, 237442, 237457, 237470, 237481, 237497, 237514, 237533, 237552, 237568, 237584, 237597, 237610, 237621, 237640, 237651, 237666, 237677, 237691, 237706, 237723, 237740, 237754, 237768, 237779, 237788, 237805, 237818, 237827, 237837, 237846, 237856, 237870, 237886, 237908, 237925, 237941, 237949, 237958, 237969, 237978, 237990, 238004, 238021, 238030, 238047, 238060, 238073, 238085, 238100, 238115, 238125, 238136, 238147, 238159, 238165, 238178, 238192, 238208, 238222, 238237, 238255, 238270, 238287, 238302, 238315, 238330, 238343, 238353, 238371, 238385, 238400, 238414, 238429, 238448, 238469, 238491, 238512, 238525, 238539, 238555, 238569, 238586, 238605, 238627, 238641, 238663, 238681, 238699, 238716, 238736, 238756, 238771, 238787, 238803, 238814, 238836, 238860, 238887, 238906, 238933, 238956, 238979, 239001, 239026, 239051, 239071, 239088, 239106, 239125, 239147, 239161, 239183, 239201, 239219, 239236, 239254, 239274, 239294, 239309, 239326, 239339, 239355, 239372, 239391, 239410, 239426, 239442, 239455, 239466, 239485, 239497, 239510, 239522, 239537, 239551, 239567, 239584, 239593, 239610, 239623, 239636, 239648, 239661, 239676, 239693, 239708, 239718, 239733, 239747, 239767, 239780, 239796, 239810, 239825, 239842, 239857, 239870, 239885, 239898, 239915, 239928, 239944, 239958, 239973, 239990, 240005, 240018, 240033, 240046, 240063, 240076, 240093, 240111, 240131, 240151, 240168, 240185, 240199, 240211, 240231, 240246, 240262, 240280, 240298, 240313, 240328, 240340, 240350, 240368, 240386, 240405, 240426, 240447, 240465, 240483, 240498, 240511, 240532, 240548, 240565, 240584, 240603, 240619, 240635, 240648, 240659, 240678, 240681, 240703, 240726, 240750, 240767, 240781, 240798, 240810, 240840, 240864, 240868, 240873, 240887, 240906, 240922, 240935, 240948, 240964, 240979, 240991, 241003, 241021, 241035, 241048, 241066, 241081, 241100, 241112, 241124, 241139, 241153, 241164, 241175, 241192, 241205, 241224, 241241, 241249, 241253, 241262, 241277, 241294, 241307, 241322, 241343, 241363, 241371, 241381, 241394, 241410, 241414, 241430, 241447, 241461, 241478, 241496, 241511, 241527, 241541, 241544, 241548, 241553, 241558, 241567, 241585, 241604, 241620, 241637, 241654, 241672, 241692, 241708, 241714, 241726, 241741, 241754, 241768, 241782, 241799, 241819, 241838, 241855, 241874, 241895, 241910, 241930, 241945, 241959, 241981, 242000, 242018, 242037, 242055, 242074, 242094, 242115, 242131, 242148, 242168, 242183, 242197, 242211, 242224, 242240, 242259, 242277, 242293, 242311, 242331, 242345, 242364, 242378, 242391, 242396, 242401, 242418, 242436, 242451, 242469, 242488, 242504, 242521, 242536, 242555, 242572, 242594, 242614, 242632, 242651, 242667, 242686, 242706, 242723, 242741, 242757, 242780, 242799, 242805, 242812, 242828, 242840, 242852, 242866, 242887, 242902, 242915, 242931, 242943, 242960, 242974, 242985, 243000, 243014, 243026, 243043, 243058, 243076, 243090, 243095, 243099, 243104, 243121, 243135, 243154, 243162, 243178, 243197, 243208, 243226, 243246, 243261, 243281, 243296, 243316, 243330, 243345, 243363, 243386, 243399, 243417, 243426, 243445, 243467, 243475, 243491, 243506, 243522, 243532, 243544, 243552, 243561, 243574, 243591, 243599, 243604, 243610, 243616, 243622, 243628, 243649, 243663, 243676, 243689, 243704, 243718, 243732, 243740, 243753, 243762, 243769, 243791, 243812, 243822, 243834, 243848, 243862, 243876, 243891, 243905, 243920, 243931, 243943, 243965, 243986, 243996, 244008, 244022, 244036, 244050, 244065, 244079, 244094, 244105, 244117, 244133, 244148, 244158, 244167, 244192, 244210, 244237, 244250, 244276, 244295, 244323, 244332, 244351, 244368, 244384, 244402, 244424, 244441, 244462, 244476, 244484, 244492, 244504, 244513, 244521, 244528, 244535, 244542, 244550, 244563, 244573, 244584, 244592, 244602, 244613, 244629, 244651, 244669, 244696, 244719, 244747, 244770, 244794, 244817, 244835, 244861, 244883, 244914, 244941, 244973, 245000, 245028, 245055, 245077, 245100, 245119, 245132, 245146, 245165, 245170, 245174, 245179, 245186, 245201, 245215, 245235, 245253, 245270, 245286, 245303, 245318, 245335, 245353, 245372, 245386, 245401, 245417, 245428, 245440, 245453, 245468, 245483, 245501, 245514, 245526, 245538, 245549, 245560, 245567, 245572, 245578, 245589, 245592, 245599, 245607, 245620, 245636, 245654, 245671, 245680, 245715, 245743, 245771, 245801, 245809, 245827, 245835, 245864, 245886, 245908, 245932, 245953, 245989, 246018, 246056, 246066, 246087, 246124, 246154, 246193, 246198, 246205, 246213, 246227, 246243, 246255, 246269, 246289, 246308, 246320, 246337, 246346, 246360, 246371, 246387, 246406, 246424, 246441, 246461, 246472, 246476, 246485, 246498, 246510, 246518, 246528, 246542, 246555, 246564, 246573, 246578, 246589, 246608, 246621, 246634, 246650, 246664, 246677, 246689, 246703, 246713, 246724, 246732, 246740, 246755, 246762, 246775, 246787, 246798, 246812, 246826, 246844, 246863, 246878, 246891, 246904, 246927, 246943, 246960, 246980, 246998, 247014, 247032, 247046, 247061, 247078, 247092, 247110, 247127, 247145, 247167, 247190, 247209, 247226, 247239, 247257, 247270, 247279, 247293, 247303, 247317, 247327, 247343, 247351, 247359, 247375, 247383, 247387, 247401, 247417, 247426, 247438, 247450, 247463, 247479, 247483, 247496, 247507, 247520, 247535, 247547, 247561, 247573, 247583, 247598, 247609, 247619, 247631, 247642, 247659, 247671, 247687, 247700, 247719, 247734, 247748, 247760, 247775, 247788, 247803, 247820, 247835, 247850, 247867, 247882, 247898, 247908, 247925, 247944, 247961, 247976, 247994, 248014, 248032, 248048, 248058, 248069, 248082, 248094, 248112, 248125, 248142, 248156, 248176, 248192, 248207, 248223, 248237, 248253, 248271, 248287, 248303, 248321, 248337, 248354, 248366, 248380, 248393, 248412, 248426, 248444, 248459, 248480, 248497, 248513, 248530, 248545, 248562, 248581, 248598, 248615, 248634, 248651, 248669, 248673, 248693, 248709, 248724, 248744, 248761, 248775, 248789, 248806, 248822, 248835, 248848, 248867, 248882, 248905, 248933, 248958, 248980, 249002, 249027, 249051, 249072, 249093, 249120, 249143, 249153, 249164, 249183, 249206, 249235, 249267, 249295, 249323, 249341, 249363, 249377, 249400, 249427, 249460, 249496, 249528, 249560, 249582, 249608, 249626, 249650, 249672, 249702, 249723, 249743, 249761, 249787, 249804, 249814, 249833, 249850, 249868, 249884, 249894, 249904, 249915, 249924, 249934, 249945, 249953, 249963, 249977, 249994, 250020, 250044, 250069, 250092, 250109, 250126, 250144, 250160, 250177, 250195, 250210, 250233, 250260, 250293, 250329, 250361, 250393, 250415, 250441, 250459, 250486, 250517, 250554, 250594, 250630, 250666, 250692, 250722, 250744, 250772, 250798, 250832, 250857, 250881, 250903, 250933, 250954, 250967, 250976, 250991, 251008, 251026, 251043, 251059, 251072, 251084, 251103, 251112, 251119, 251129, 251142, 251154, 251171, 251193, 251212, 251228, 251244, 251263, 251281, 251296, 251311, 251332, 251349, 251373, 251395, 251411, 251426, 251439, 251462, 251483, 251497, 251514, 251527, 251547, 251572, 251594, 251613, 251632, 251654, 251675, 251693, 251711, 251735, 251755, 251763, 251775, 251788, 251797, 251811, 251831, 251844, 251859, 251874, 251888, 251899, 251914, 251927, 251949, 251969, 251990, 252009, 252022, 252035, 252049, 252061, 252074, 252088, 252099, 252116, 252133, 252151, 252174, 252194, 252211, 252228, 252248, 252267, 252283, 252299, 252321, 252339, 252358, 252382, 252403, 252421, 252439, 252460, 252480, 252497, 252514, 252537, 252556, 252566, 252576, 252592, 252610, 252629, 252646, 252661, 252678, 252697, 252714, 252729, 252747, 252764, 252778, 252794, 252807, 252827, 252846, 252861, 252879, 252895, 252913, 252933, 252951, 252967, 252984, 253004, 253020, 253037, 253052, 253070, 253093, 253113, 253130, 253147, 253167, 253186, 253202, 253218, 253240, 253258, 253279, 253298, 253319, 253342, 253363, 253382, 253402, 253425, 253444, 253454, 253473, 253500, 253525, 253544, 253562, 253578, 253604, 253628, 253645, 253665, 253681, 253694, 253711, 253726, 253744, 253767, 253779, 253795, 253816, 253834, 253849, 253864, 253882, 253899, 253919, 253942, 253964, 253985, 253999, 254013, 254033, 254049, 254075, 254099, 254117, 254134, 254149, 254174, 254197, 254213, 254232, 254247, 254263, 254277, 254293, 254311, 254327, 254341, 254356, 254374, 254388, 254412, 254434, 254460, 254486, 254500, 254512, 254528, 254549, 254568, 254591, 254614, 254636, 254656, 254680, 254704, 254724, 254742, 254764, 254786, 254809, 254830, 254855, 254880, 254896, 254918, 254938, 254962, 254986, 255001, 255009, 255025, 255039, 255055, 255073, 255089, 255103, 255118, 255136, 255150, 255160, 255170, 255199, 255224, 255252, 255284, 255305, 255333, 255357, 255384, 255415, 255435, 255444, 255466, 255484, 255505, 255530, 255544, 255564, 255582, 255594, 255605, 255614, 255633, 255650, 255660, 255673, 255682, 255687, 255700, 255712, 255726, 255739, 255754, 255766, 255780, 255792, 255804, 255818, 255829, 255846, 255867, 255889, 255913, 255937, 255958, 255979, 255997, 256013, 256037, 256047, 256059, 256069, 256089, 256107, 256119, 256130, 256142, 256151, 256161, 256176, 256188, 256200, 256214, 256226, 256236, 256245, 256254, 256269, 256289, 256306, 256320, 256334, 256351, 256367, 256380, 256393, 256412, 256427, 256439, 256458, 256475, 256485, 256496, 256507, 256515, 256523, 256537, 256550, 256564, 256573, 256583, 256593, 256599, 256612, 256623, 256634, 256654, 256678, 256708, 256741, 256770, 256799, 256818, 256841, 256856, 256880, 256908, 256942, 256979, 257012, 257045, 257068, 257095, 257114, 257139, 257162, 257193, 257215, 257236, 257255, 257282, 257300, 257311, 257331, 257349, 257368, 257385, 257396, 257407, 257419, 257429, 257440, 257452, 257467, 257485, 257512, 257537, 257563, 257587, 257605, 257623, 257642, 257659, 257677, 257696, 257714, 257724, 257736, 257747, 257764, 257776, 257792, 257805, 257824, 257839, 257853, 257868, 257881, 257896, 257913, 257928, 257943, 257960, 257975, 257991, 258004, 258018, 258041, 258062, 258084, 258104, 258118, 258132, 258147, 258160, 258174, 258189, 258202, 258213, 258226, 258238, 258256, 258269, 258286, 258300, 258320, 258336, 258351, 258367, 258381, 258397, 258415, 258431, 258447, 258465, 258481, 258498, 258510, 258524, 258537, 258556, 258570, 258588, 258603, 258624, 258641, 258657, 258674, 258689, 258706, 258725, 258742, 258759, 258778, 258795, 258813, 258820, 258828, 258847, 258867, 258887, 258908, 258931, 258936, 258947, 258963, 258972, 258982, 258997, 259008, 259020, 259032, 259038, 259048, 259060, 259075, 259093, 259104, 259131, 259156, 259175, 259193, 259209, 259235, 259259, 259276, 259296, 259312, 259317, 259321, 259329, 259339, 259349, 259359, 259370, 259380, 259391, 259396, 259409, 259423, 259436, 259448, 259454, 259468, 259483, 259497, 259510, 259520, 259531, 259547, 259559, 259580, 259601, 259606, 259617, 259627, 259634, 259649, 259664, 259680, 259695, 259709, 259716, 259724, 259733, 259743, 259756, 259764, 259780, 259787, 259792, 259797, 259803, 259810, 259824, 259839, 259847, 259859, 259866, 259874, 259891, 259911, 259935, 259949, 259964, 259983, 259992, 259999, 260007, 260016, 260032, 260049, 260067, 260082, 260100, 260119, 260135, 260152, 260167, 260185, 260204, 260220, 260239, 260259, 260276, 260294, 260313, 260327, 260342, 260358, 260364, 260373, 260380, 260390, 260399, 260413, 260427, 260442, 260458, 260469, 260481, 260486, 260494, 260503, 260521, 260540, 260548, 260557, 260572, 260582, 260593, 260605, 260625, 260644, 260652, 260662, 260680, 260695, 260705, 260716, 260728, 260736, 260745, 260759, 260769, 260779, 260797, 260817, 260827, 260838, 260849, 260860, 260871, 260879, 260885, 260893, 260902, 260911, 260921, 260939, 260959, 260970, 260980, 260988, 260997, 261011, 261022, 261034, 261051, 261074, 261094, 261104, 261113, 261128, 261140, 261159, 261172, 261187, 261207, 261223, 261239, 261257, 261282, 261301, 261318, 261338, 261354, 261375, 261393, 261401, 261408, 261420, 261433, 261443, 261458, 261467, 261487, 261499, 261514, 261529, 261546, 261564, 261588, 261603, 261624, 261644, 261665, 261686, 261708, 261731, 261749, 261767, 261786, 261808, 261825, 261841, 261857, 261873, 261887, 261907, 261924, 261939, 261953, 261963, 261978, 261998, 262014, 262030, 262048, 262073, 262092, 262109, 262129, 262145, 262166, 262184, 262206, 262226, 262240, 262253, 262264, 262285, 262304, 262316, 262331, 262342, 262357, 262366, 262376, 262392, 262405, 262425, 262439, 262454, 262470, 262478, 262486, 262494, 262506, 262517, 262523, 262530, 262538, 262558, 262575, 262591, 262604, 262613, 262627, 262633, 262640, 262648, 262661, 262678, 262691, 262704, 262719, 262741, 262757, 262771, 262788, 262801, 262819, 262834, 262843, 262858, 262871, 262884, 262896, 262907, 262926, 262947, 262970, 262993, 263013, 263035, 263051, 263074, 263085, 263102, 263117, 263132, 263146, 263159, 263171, 263183, 263201, 263216, 263238, 263254, 263271, 263289, 263300, 263311, 263326, 263342, 263358, 263377, 263396, 263413, 263428, 263449, 263467, 263483, 263488, 263494, 263508, 263518, 263527, 263537, 263547, 263556, 263566, 263578, 263590, 263607, 263627, 263641, 263655, 263668, 263674, 263681, 263686, 263691, 263699, 263702, 263712, 263723, 263738, 263746, 263767, 263791, 263811, 263831, 263841, 263849, 263863, 263874, 263885, 263891, 263902, 263914, 263929, 263948, 263973, 264001, 264025, 264049, 264063, 264081, 264091, 264107, 264121, 264143, 264156, 264168, 264180, 264189, 264197, 264207, 264225, 264237, 264246, 264262, 264281, 264294, 264307, 264319, 264322, 264330, 264337, 264344, 264362, 264379, 264396, 264405, 264413, 264421, 264427, 264436, 264452, 264464, 264485, 264502, 264528, 264550, 264577, 264599, 264622, 264644, 264661, 264686, 264707, 264737, 264763, 264794, 264820, 264847, 264873, 264894, 264916, 264934, 264951, 264963, 264983, 264999, 265024, 265045, 265075, 265101, 265132, 265158, 265185, 265211, 265232, 265261, 265286, 265320, 265350, 265385, 265415, 265446, 265476, 265501, 265527, 265549, 265570, 265586, 265603, 265616, 265620, 265625, 265640, 265654, 265668, 265680, 265690, 265702, 265716, 265728, 265738, 265751, 265765, 265777, 265791, 265803, 265814, 265826, 265842, 265856, 265870, 265880, 265889, 265902, 265913, 265926, 265941, 265954, 265965, 265979, 265994, 266007, 266022, 266035, 266047, 266060, 266077, 266092, 266107, 266118, 266130, 266141, 266146, 266163, 266181, 266199, 266218, 266239, 266257, 266261, 266269, 266280, 266311, 266317, 266327, 266345, 266351, 266374, 266393, 266415, 266441, 266456, 266471, 266488, 266507, 266526, 266542, 266560, 266572, 266591, 266610, 266623, 266630, 266655, 266680, 266688, 266696, 266715, 266732, 266747, 266761, 266782, 266800, 266816, 266836, 266851, 266870, 266882, 266893, 266902, 266926, 266947, 266967, 266988, 267009, 267031, 267054, 267072, 267091, 267113, 267130, 267146, 267162, 267177, 267181, 267196, 267212, 267228, 267245, 267264, 267272, 267277, 267286, 267288, 267302, 267314, 267326, 267331, 267337, 267344, 267350, 267369, 267382, 267400, 267421, 267446, 267461, 267477, 267497, 267507, 267519, 267530, 267538, 267542, 267558, 267574, 267589, 267602, 267618, 267629, 267639, 267652, 267665, 267681, 267696, 267708, 267722, 267736, 267749, 267763, 267774, 267785, 267797, 267808, 267822, 267835, 267844, 267855, 267865, 267873, 267891, 267908, 267920, 267929, 267937, 267947, 267954, 267966, 267979, 267992, 267997, 268009, 268013, 268018, 268031, 268046, 268061, 268075, 268090, 268102, 268115, 268127, 268141, 268156, 268172, 268189, 268206, 268224, 268242, 268261, 268280, 268300, 268315, 268331, 268349, 268368, 268383, 268399, 268415, 268434, 268454, 268475, 268496, 268518, 268540, 268563, 268586, 268610, 268629, 268649, 268671, 268694, 268713, 268733, 268753, 268773, 268789, 268809, 268830, 268852, 268874, 268897, 268920, 268944, 268968, 268993, 269013, 269034, 269057, 269081, 269101, 269122, 269143, 269164, 269174, 269179, 269191, 269203, 269216, 269231, 269249, 269262, 269270, 269283, 269295, 269307, 269320, 269337, 269355, 269372, 269387, 269405, 269424, 269437, 269458, 269480, 269501, 269520, 269534, 269545, 269557, 269567, 269579, 269590, 269603, 269613, 269625, 269640, 269657, 269672, 269691, 269706, 269724, 269738, 269747, 269765, 269781, 269789, 269798, 269814, 269828, 269844, 269863, 269886, 269905, 269918, 269923, 269929, 269943, 269955, 269969, 269985, 269998, 270013, 270026, 270037, 270049, 270062, 270073, 270096, 270120, 270146, 270172, 270195, 270218, 270238, 270256, 270282, 270300, 270320, 270338, 270354, 270373, 270394, 270413, 270430, 270441, 270447, 270458, 270468, 270471, 270483, 270493, 270505, 270519, 270529, 270540, 270549, 270558, 270564, 270581, 270594, 270609, 270622, 270633, 270647, 270660, 270678, 270698, 270716, 270732, 270751, 270772, 270791, 270808, 270823, 270840, 270854, 270874, 270879, 270887, 270897, 270910, 270924, 270937, 270952, 270970, 270988, 271002, 271016, 271031, 271046, 271067, 271083, 271090, 271106, 271121, 271140, 271160, 271179, 271199, 271214, 271229, 271242, 271261, 271282, 271294, 271307, 271332, 271353, 271379, 271392, 271406, 271419, 271436, 271452, 271468, 271484, 271489, 271506, 271520, 271533, 271543, 271562, 271578, 271593, 271605, 271615, 271632, 271644, 271658, 271674, 271689, 271702, 271709, 271724, 271740, 271755, 271769, 271777, 271793, 271810, 271826, 271841, 271853, 271866, 271879, 271899, 271914, 271931, 271950, 271968, 271984, 271997, 272017, 272032, 272049, 272068, 272086, 272102, 272112, 272126, 272133, 272140, 272162, 272183, 272206, 272227, 272251, 272274, 272293, 272313, 272337, 272355, 272372, 272391, 272405, 272422, 272440, 272460, 272479, 272494, 272514, 272527, 272540, 272552, 272561, 272578, 272595, 272613, 272630, 272646, 272658, 272677, 272691, 272707, 272725, 272742, 272757, 272766, 272786, 272803, 272823, 272844, 272860, 272882, 272897, 272904, 272912, 272922, 272944, 272961, 272977, 272990, 273006, 273017, 273029, 273051, 273072, 273090, 273113, 273131, 273152, 273171, 273193, 273217, 273240, 273258, 273277, 273296, 273316, 273340, 273357, 273373, 273384, 273398, 273411, 273432, 273448, 273466, 273482, 273501, 273518, 273531, 273549, 273571, 273592, 273620, 273644, 273662, 273677, 273697, 273715, 273734, 273750, 273766, 273784, 273800, 273818, 273837, 273853, 273873, 273889, 273905, 273919, 273934, 273957, 273974, 273989, 274001, 274017, 274035, 274056, 274080, 274100, 274119, 274140, 274162, 274180, 274198, 274216, 274234, 274249, 274269, 274282, 274296, 274313, 274331, 274345, 274362, 274377, 274393, 274404, 274423, 274437, 274449, 274465, 274486, 274497, 274513, 274528, 274546, 274564, 274583, 274607, 274633, 274659, 274680, 274704, 274715, 274727, 274741, 274758, 274772, 274796, 274808, 274827, 274844, 274865, 274888, 274912, 274932, 274945, 274963, 274980, 274994, 275010, 275034, 275049, 275065, 275079, 275096, 275119, 275139, 275157, 275171, 275184, 275205, 275216, 275236, 275259, 275271, 275286, 275302, 275323, 275339, 275356, 275376, 275396, 275415, 275430, 275447, 275459, 275474, 275496, 275514, 275538, 275550, 275567, 275583, 275597, 275613, 275627, 275643, 275661, 275677, 275693, 275705, 275717, 275733, 275752, 275764, 275777, 275788, 275803, 275819, 275834, 275850, 275861, 275872, 275881, 275896, 275913, 275921, 275930, 275951, 275968, 275990, 275999, 276009, 276018, 276031, 276043, 276055, 276067, 276077, 276086, 276099, 276113, 276125, 276142, 276154, 276164, 276169, 276175, 276194, 276200, 276201, 276206, 276213, 276224, 276231, 276239, 276253, 276266, 276284, 276297, 276312, 276333, 276354, 276369, 276383, 276401, 276415, 276427, 276438, 276456, 276473, 276491, 276514, 276532, 276551, 276567, 276589, 276612, 276632, 276656, 276676, 276696, 276716, 276732, 276745, 276766, 276780, 276801, 276820, 276839, 276863, 276887, 276908, 276927, 276950, 276972, 276996, 277016, 277041, 277059, 277080, 277094, 277101, 277117, 277128, 277144, 277153, 277167, 277182, 277204, 277223, 277245, 277274, 277306, 277332, 277363, 277388, 277419, 277449, 277476, 277506, 277519, 277539, 277556, 277576, 277603, 277633, 277657, 277686, 277709, 277738, 277766, 277791, 277819, 277829, 277843, 277850, 277858, 277865, 277878, 277885, 277893, 277902, 277916, 277935, 277959, 277982, 277999, 278007, 278026, 278032, 278049, 278069, 278089, 278106, 278125, 278133, 278142, 278154, 278167, 278177, 278192, 278199, 278209, 278224, 278236, 278249, 278259, 278270, 278281, 278290, 278309, 278325, 278339, 278357, 278374, 278389, 278411, 278436, 278461, 278483, 278507, 278525, 278536, 278549, 278570, 278594, 278618, 278639, 278662, 278673, 278686, 278701, 278715, 278728, 278737, 278754, 278763, 278782, 278797, 278804, 278817, 278831, 278842, 278859, 278876, 278894, 278909, 278928, 278943, 278955, 278971, 278982, 279002, 279014, 279024, 279043, 279063, 279080, 279103, 279127, 279148, 279173, 279194, 279208, 279220, 279233, 279249, 279256, 279263, 279270, 279278, 279286, 279295, 279309, 279327, 279340, 279352, 279370, 279389, 279405, 279427, 279450, 279470, 279494, 279514, 279523, 279533, 279538, 279549, 279561, 279572, 279580, 279589, 279598, 279613, 279629, 279638, 279653, 279663, 279672, 279682, 279695, 279708, 279719, 279730, 279742, 279756, 279769, 279787, 279810, 279830, 279847, 279864, 279884, 279903, 279919, 279935, 279957, 279975, 279989, 280003, 280021, 280039, 280051, 280070, 280087, 280100, 280113, 280133, 280151, 280170, 280180, 280192, 280205, 280224, 280248, 280269, 280287, 280305, 280326, 280346, 280363, 280380, 280403, 280422, 280435, 280448, 280463, 280483, 280508, 280530, 280549, 280568, 280590, 280611, 280629, 280647, 280671, 280691, 280712, 280738, 280761, 280781, 280801, 280824, 280846, 280865, 280884, 280909, 280930, 280946, 280961, 280977, 280987, 281000, 281012, 281025, 281036, 281047, 281061, 281072, 281087, 281099, 281109, 281121, 281132, 281141, 281158, 281174, 281188, 281203, 281219, 281231, 281244, 281264, 281284, 281301, 281322, 281340, 281354, 281363, 281374, 281386, 281395, 281405, 281421, 281436, 281453, 281464, 281475, 281485, 281494, 281506, 281514, 281528, 281537, 281547, 281559, 281572, 281585, 281593, 281607, 281618, 281628, 281641, 281655, 281671, 281685, 281700, 281715, 281729, 281740, 281753, 281770, 281782, 281795, 281807, 281821, 281830, 281840, 281852, 281865, 281883, 281894, 281910, 281922, 281932, 281944, 281958, 281967, 281978, 281993, 282009, 282022, 282036, 282050, 282064, 282078, 282090, 282106, 282116, 282128, 282149, 282173, 282196, 282218, 282228, 282237, 282248, 282259, 282269, 282280, 282294, 282304, 282317, 282333, 282349, 282362, 282373, 282386, 282400, 282416, 282430, 282445, 282456, 282469, 282479, 282485, 282497, 282510, 282520, 282536, 282551, 282567, 282588, 282604, 282621, 282635, 282653, 282671, 282685, 282697, 282718, 282737, 282757, 282775, 282787, 282799, 282812, 282823, 282835, 282848, 282854, 282865, 282881, 282902, 282922, 282936, 282937, 282951, 282956, 282973, 282982, 282989, 283003, 283016, 283021, 283032, 283035, 283053, 283073, 283093, 283109, 283114, 283124, 283137, 283148, 283159, 283169, 283179, 283191, 283205, 283228, 283249, 283282, 283296, 283310, 283316, 283338, 283350, 283360, 283378, 283390, 283410, 283434, 283448, 283471, 283490, 283504, 283518, 283530, 283550, 283564, 283576, 283589, 283611, 283628, 283654, 283664, 283674, 283684, 283694, 283708, 283720, 283738, 283747, 283756, 283768, 283774, 283780, 283786, 283792, 283798, 283804, 283810, 283816, 283822, 283828, 283834, 283843, 283849, 283855, 283861, 283867],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[63, 736, 2306, 2309, 2456, 4945, 5688, 7056, 7057, 7743, 7767, 7805, 7833, 7836, 8148]), Anchor::All(&[Anchor::Lits(&[9753, 9849, 9907, 10371, 10373, 11781, 11786, 11812, 11817, 12590, 12998, 14812, 14825, 15205, 15345, 15418, 16447, 17351]), Anchor::Lits(&[8243, 9444, 9954, 10228, 10410, 10420, 10422, 10433, 10485, 10487, 10547, 10568, 10575, 10610, 10647, 10819, 10827, 10849, 10856, 10892, 10929, 11522, 11575, 11690, 12262, 12264, 12320, 12323, 12983, 13511, 13581, 13605, 13649, 13687, 13689, 13734, 13904, 13992, 14308, 14314, 14322, 14327, 14454, 14456, 14458, 14874, 14930, 15500, 15651, 15798, 16301, 16307, 16309, 16311, 16315, 16317, 16478, 17233, 17236, 17343, 17491])]), Anchor::All(&[Anchor::Lits(&[8243, 9444, 9954, 10228, 10410, 10420, 10422, 10433, 10485, 10487, 10547, 10568, 10575, 10610, 10647, 10819, 10827, 10849, 10856, 10892, 10929, 11522, 11575, 11690, 12262, 12264, 12320, 12323, 12983, 13511, 13581, 13605, 13649, 13687, 13689, 13734, 13904, 13992, 14308, 14314, 14322, 14327, 14454, 14456, 14458, 14874, 14930, 15500, 15651, 15798, 16301, 16307, 16309, 16311, 16315, 16317, 16478, 17233, 17236, 17343, 17491]), Anchor::Lits(&[64, 166, 1736, 2244, 2251, 2455, 2624, 2929, 4275, 4426, 4689, 4836, 4855, 4861, 4887, 4944, 5368, 5442, 5999]), Anchor::Lits(&[205, 352, 1838, 1849])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[1307, 1309, 1318, 2629, 2638, 2931, 2970, 3674, 4357, 4429, 4833, 4839, 4928, 6004, 6007, 6015, 6087, 6109, 7725, 7741, 7743, 7749, 7789, 7793, 7833, 8148]), Anchor::All(&[Anchor::Lits(&[9753, 9849, 10371, 10373, 11781, 11786, 11812, 11817, 12590, 14812, 14825, 15348, 15418, 16447, 17351]), Anchor::Lits(&[8243, 9444, 9954, 10228, 10410, 10420, 10422, 10433, 10485, 10487, 10547, 10568, 10575, 10610, 10647, 10819, 10827, 10849, 10856, 10892, 10929, 11522, 11575, 11690, 12262, 12264, 12320, 12323, 12983, 13511, 13581, 13605, 13649, 13687, 13689, 13734, 13904, 13992, 14308, 14314, 14322, 14327, 14454, 14456, 14458, 14874, 14930, 15500, 15651, 15798, 16301, 16307, 16309, 16311, 16315, 16317, 16478, 17233, 17236, 17343, 17491]), Anchor::Lits(&[8515, 8755, 11172, 18554])]), Anchor::All(&[Anchor::Lits(&[8243, 9444, 9954, 10228, 10410, 10420, 10422, 10433, 10485, 10487, 10547, 10568, 10575, 10610, 10647, 10819, 10827, 10849, 10856, 10892, 10929, 11522, 11575, 11690, 12262, 12264, 12320, 12323, 12983, 13511, 13581, 13605, 13649, 13687, 13689, 13734, 13904, 13992, 14308, 14314, 14322, 14327, 14454, 14456, 14458, 14874, 14930, 15500, 15651, 15798, 16301, 16307, 16309, 16311, 16315, 16317, 16478, 17233, 17236, 17343, 17491]), Anchor::Lits(&[9741, 10373, 11783, 11817, 12590, 12997, 14825, 15204, 15345, 15417, 15422]), Anchor::Lits(&[8755, 10990, 11172])]), Anchor::All(&[Anchor::Lits(&[8715, 8717, 8725, 8734, 8735, 8736, 8739, 8747, 8749, 8750, 8753, 14092, 14094, 14102, 14111, 14112, 14113, 14116, 14124, 14126, 14127, 14130, 15876, 15878, 15886, 15895, 15896, 15897, 15900, 15908, 15911, 15913, 15917, 16151, 16152, 16153, 16154, 16155, 16156, 16157, 16158, 16159, 16160, 16161, 16162, 16163, 16164, 16166, 16167, 16168, 16169, 16170, 16171, 16172, 16173, 16670, 16671, 16672, 16673, 16674, 16675, 16676, 16677, 16678, 16679, 16680, 16681, 16682, 16683, 16684, 16685, 16686, 16687, 16688, 16689, 16690, 16691, 16787, 16788, 16789, 16790, 16791, 16792, 16793, 16794, 16795, 16796, 16797, 16808, 16809, 16810, 16811, 16812, 16813, 16814, 16815, 16816, 16817, 16818, 16845, 16846, 16847, 16848, 16849, 16850, 16851, 16852, 16853, 16854, 16855, 16856, 16857, 16858, 16859, 16860, 16861, 16862, 16863, 16864, 16865, 16866, 16897, 16898, 16899, 16900, 16901, 16902, 16903, 16904, 16905, 16906, 16907, 16935, 16936, 16937, 16938, 16939, 16940, 16941, 16946, 16947, 16948, 16949, 17060, 17068, 17069, 17074, 17075, 17076, 17077, 17078, 17079, 17080, 17081, 17082, 17083, 17084, 17085, 17086, 17087, 17092, 17093, 17094, 17095, 17100, 18575, 18576, 18577, 18578, 18579, 18580, 18581, 18582, 18583, 18584, 18585, 18601, 18602, 18603, 18604, 18605, 18606, 18607, 18608, 18609, 18610, 18611, 18615, 18616, 18617, 18618, 18619, 18620, 18621, 18622, 18623, 18624, 18625, 18626, 18627, 18628, 18629, 18630, 18631, 18632, 18633, 18634, 18635, 18636]), Anchor::Lits(&[8243, 9444, 9954, 10228, 10410, 10420, 10422, 10433, 10485, 10487, 10547, 10568, 10575, 10610, 10647, 10819, 10827, 10849, 10856, 10892, 10929, 11522, 11575, 11690, 12262, 12264, 12320, 12323, 12983, 13511, 13581, 13605, 13649, 13687, 13689, 13734, 13904, 13992, 14308, 14314, 14322, 14327, 14454, 14456, 14458, 14874, 14930, 15500, 15651, 15798, 16301, 16307, 16309, 16311, 16315, 16317, 16478, 17233, 17236, 17343, 17491])]), Anchor::All(&[Anchor::Lits(&[2053, 2063, 2066, 2067, 2068, 2069, 2070, 2071, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2168, 2178, 2181, 2182, 2183, 2185, 2186, 2188, 2191, 2192, 2193, 2194, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 3319, 6077, 6430, 6445]), Anchor::Lits(&[9753, 9849, 10371, 10373, 11781, 11786, 11812, 11817, 12590, 14812, 14825, 15348, 15418, 16447, 17351])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[6091, 6098, 6107, 6175, 6176, 6182, 6184, 6186, 6188, 6189, 7363, 7369, 7376, 7383, 7384, 7386, 7388, 7390, 7392, 7393, 7843, 7863, 7871, 7873, 7882, 7892, 7895, 7902, 7903, 7904, 7905, 7906, 7916, 7928, 7929, 7930, 7931, 7932, 7942, 7955, 7956, 7957, 7958, 7959, 7960, 7961, 7962, 7974, 7975, 7976, 7977, 7978, 7979, 7980, 7986, 7987, 7988, 7989, 7990, 7991, 7992, 7993, 7994, 7995, 8047, 8110]), Anchor::All(&[Anchor::Lits(&[8243, 9444, 9954, 10228, 10410, 10420, 10422, 10433, 10485, 10487, 10547, 10568, 10575, 10610, 10647, 10819, 10827, 10849, 10856, 10892, 10929, 11522, 11575, 11690, 12262, 12264, 12320, 12323, 12983, 13511, 13581, 13605, 13649, 13687, 13689, 13734, 13904, 13992, 14308, 14314, 14322, 14327, 14454, 14456, 14458, 14874, 14930, 15500, 15651, 15798, 16301, 16307, 16309, 16311, 16315, 16317, 16478, 17233, 17236, 17343, 17491]), Anchor::Lits(&[1074, 2516, 3436, 4794, 4802, 4943, 5213, 5305]), Anchor::Lits(&[8286, 8378, 9776, 9779, 9929, 10033, 10036, 10167, 10279, 10300, 11737, 14181, 14776, 14961, 15420, 15552, 15873, 16435, 17627])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[58, 828, 1106, 1225, 1376, 1382, 1383, 1385, 1389, 1391, 1441, 1450, 1456, 1479, 1513, 1613, 1616, 1625, 1631, 1661, 1695, 2245, 2249, 2446, 2702, 2704, 2722, 2723, 3413, 3823, 3849, 3864, 3916, 3984, 3986, 4008, 4111, 4301, 4599, 4601, 4604, 4605, 4706, 4707, 4708, 4986, 5012, 5434, 5503, 5636, 5841, 5843, 5847, 5849, 5852, 5854, 6029, 6504, 6505, 6930, 7038]), Anchor::Lits(&[8246, 9269, 11027, 12387, 12397, 12957, 14734, 14768, 15926, 17557, 17560, 18361, 18443, 18445, 18449, 18462, 18537, 18539, 18553, 18780]), Anchor::Lits(&[571, 2455, 2962, 4919, 6037, 6920, 6951, 8247, 9270, 11028, 12388, 12398, 14735, 14769, 15927, 17558, 17561, 18453, 18463, 18464, 18784])])),
            (4, "override-the-above", Anchor::Lits(&[64, 737, 4837, 4882])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[1334, 2507, 2516, 2967, 4925, 4940, 5305, 5366, 6015]), Anchor::Lits(&[828, 1385, 2245, 2704, 3864, 3916, 4601, 4706, 5849, 5854])])),
            (6, "override-previous-loosely", Anchor::Any(&[Anchor::Lits(&[15256]), Anchor::All(&[Anchor::Lits(&[1736, 4861, 4887]), Anchor::Lits(&[12264])])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[8244, 8245, 8618, 9453, 9955, 10229, 10415, 10421, 10423, 10484, 10486, 10492, 10569, 10576, 10611, 10820, 10850, 10857, 10893, 11573, 11576, 11691, 12263, 12317, 12321, 12324, 13512, 13582, 13606, 13650, 13688, 13690, 13735, 13905, 13957, 14011, 14309, 14318, 14326, 14328, 14455, 14457, 14459, 14875, 14931, 15501, 15652, 15857, 16302, 16310, 16312, 16316, 16318, 17234, 17237, 17344, 17495]), Anchor::All(&[Anchor::Lits(&[8243, 9444, 9954, 10228, 10410, 10420, 10422, 10433, 10485, 10487, 10547, 10568, 10575, 10610, 10647, 10819, 10827, 10849, 10856, 10892, 10929, 11522, 11575, 11690, 12262, 12264, 12320, 12323, 12983, 13511, 13581, 13605, 13649, 13687, 13689, 13734, 13904, 13992, 14308, 14314, 14322, 14327, 14454, 14456, 14458, 14874, 14930, 15500, 15651, 15798, 16301, 16307, 16309, 16311, 16315, 16317, 16478, 17233, 17236, 17343, 17491]), Anchor::Lits(&[64, 166, 1736, 2244, 2251, 2455, 2624, 2929, 4275, 4426, 4689, 4836, 4855, 4861, 4887, 4944, 5368, 5442, 5999]), Anchor::Lits(&[9602, 9753, 9974, 10371, 11721, 12231, 12534, 13289, 13952, 14226, 14506, 14825, 16580])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[6086, 6089, 6090, 6096, 6097, 6107, 6108, 6165, 6166, 6174, 6181, 6182, 6185, 6187, 6190, 7359, 7361, 7362, 7367, 7368, 7376, 7377, 7379, 7380, 7382, 7385, 7386, 7389, 7391, 7394])),
            (9, "override-everything-then-order", Anchor::Lits(&[1386, 1387, 1388, 2246, 2247, 2248, 2705, 2707, 2709, 3865, 3866, 3867, 3917, 3918, 3919, 5435, 5436, 5437])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::Lits(&[9930, 9931, 9932, 9937, 12443, 12444, 12445, 12446, 12455, 12456, 12457, 12458, 12596, 12598, 12602, 12619, 16582, 16583, 16584, 16587]), Anchor::All(&[Anchor::Lits(&[10434, 10435, 10436, 10437, 10438, 10439, 10440, 10441, 10442, 10443, 10444, 10445, 10446, 10447, 10448, 10449, 10450, 10451, 10452, 10453, 10454, 10455, 10456, 10457, 10458, 10459, 10460, 10461, 10462, 10463, 10464, 10465, 10466, 10467, 10468, 10469, 10470, 10471, 10472, 10473, 10475, 10476, 10477, 10478, 10479, 10480, 10481, 10482, 11523, 11524, 11525, 11526, 11527, 11528, 11529, 11530, 11531, 11532, 11533, 11534, 11535, 11536, 11537, 11538, 11539, 11540, 11541, 11542, 11543, 11544, 11545, 11546, 11547, 11548, 11549, 11550, 11551, 11552, 11553, 11554, 11555, 11556, 11557, 11558, 11559, 11560, 11561, 11562, 11564, 11565, 11566, 11567, 11568, 11569, 11570, 11571, 12265, 12266, 12267, 12268, 12269, 12270, 12271, 12272, 12273, 12274, 12275, 12276, 12277, 12278, 12279, 12280, 12281, 12282, 12283, 12284, 12285, 12286, 12287, 12288, 12289, 12290, 12291, 12292, 12293, 12294, 12295, 12296, 12297, 12298, 12299, 12300, 12301, 12302, 12303, 12304, 12308, 12309, 12310, 12311, 12312, 12313, 12314, 12315, 15799, 15800, 15801, 15802, 15803, 15804, 15805, 15806, 15807, 15808, 15809, 15810, 15811, 15812, 15813, 15814, 15816, 15817, 15818, 15819, 15820, 15821, 15822, 15824, 15827, 15828, 15829, 15830, 15831, 15832, 15837, 15838, 15839, 15840, 15841, 15842, 15843, 15846, 15847, 15848, 15849, 15850, 15851, 15852, 15853, 15854, 15855, 15856]), Anchor::Lits(&[8711, 9625, 10189, 11476, 11477, 11478, 14284, 14288, 14290, 14739, 14741, 14744, 15100, 15118, 15120, 15189, 15190, 15481, 16253, 16569, 16570, 18354])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[9753, 9849, 9907, 10371, 10373, 11781, 11786, 11812, 11817, 12590, 12998, 14812, 14825, 15205, 15345, 15418, 16447, 17351]), Anchor::Any(&[Anchor::Lits(&[8908, 8909, 10524, 10594, 10703, 10716, 10763, 10778, 10791, 10875, 12701, 12702, 13681, 13682, 13686, 13694, 13697]), Anchor::All(&[Anchor::Lits(&[47, 48, 164, 870, 871, 1233, 1257, 1353, 1799, 1823, 1927, 1987, 1988, 2467, 2720, 3066, 3089, 3369, 3426, 3988, 3996, 4054, 4057, 4059, 4061, 4065, 4109, 4130, 4159, 4418, 4556, 4573, 5076, 5131, 5153, 5187, 5189, 5241, 5259, 5895, 5903, 5960, 7205, 7472, 7585, 7678]), Anchor::Lits(&[8904, 11734, 11846, 11868, 11923, 12686, 13360, 15664, 15678, 17851, 18043])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[694, 869, 872, 2553, 2583, 3067, 3068, 4561, 4562, 4601, 4603, 4605, 4606, 5152, 5154, 5902, 5904, 6030, 6032, 6979, 6980, 7464]), Anchor::Lits(&[64, 166, 205, 352, 1736, 1849, 2244, 2251, 2455, 2624, 2929, 4275, 4426, 4430, 4689, 4836, 4855, 4861, 4887, 4944, 5368, 5442, 5999, 7842]), Anchor::Lits(&[9741, 9943, 10373, 11812, 12590, 13258, 13290, 14215, 14592, 14617, 14825, 15348])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[7702, 7731, 7744, 7750, 7831, 8143]), Anchor::All(&[Anchor::Lits(&[60, 61, 135, 136, 1032, 1033, 2030, 2041, 2655, 2656, 3449, 3450, 4112, 4122, 5190, 5191, 5837, 5838]), Anchor::Lits(&[9539, 10518, 10785, 13528, 13679, 13719, 14922, 16298, 18378, 18391, 18471, 18473, 18530, 18531, 18761])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1880, 1881, 1882, 1883, 3312, 3313, 3316, 3323, 4364, 4365, 4368, 4374, 5733, 5734, 5735, 5736, 8248, 8251, 8254, 8256, 8263, 8265, 8267, 8269, 8319, 8325, 8326, 8688, 8689, 8694, 8706, 8707, 8708, 8709, 9298, 9313, 9331, 9332, 9333, 9795, 9796, 9797, 9799, 9800, 9801, 9802, 9803, 9804, 9805, 9806, 9807, 9808, 9809, 9810, 9811, 9812, 9813, 9814, 9815, 9816, 9817, 9818, 9819, 9821, 9824, 9827, 9830, 9832, 9893, 9894, 9896, 9901, 9946, 9947, 9948, 10107, 10108, 10109, 10110, 10220, 10221, 10222, 10223, 10284, 10289, 10290, 10292, 10296, 10297, 10299, 11032, 11036, 11038, 11039, 11042, 11044, 11046, 11325, 11326, 11327, 11328, 11329, 11330, 11448, 11451, 11453, 11455, 11457, 11459, 11461, 11481, 11483, 11484, 11485, 11628, 11630, 12023, 12032, 12034, 12035, 12040, 12044, 12049, 12399, 12861, 12865, 12870, 12876, 12887, 12888, 13053, 13054, 13055, 13056, 13918, 13919, 13920, 13921, 13923, 13924, 13925, 13926, 13927, 13928, 13929, 13930, 13931, 13932, 13934, 13937, 13940, 13943, 13945, 14029, 14033, 14037, 14043, 14053, 14054, 14250, 14256, 14258, 14259, 14263, 14265, 14268, 14700, 14701, 14702, 14716, 14720, 14722, 14723, 14727, 14729, 14731, 14752, 14756, 14758, 14759, 14762, 14764, 14766, 15040, 15041, 15043, 15045, 15186, 15187, 15188, 15928, 16143, 16144, 16145, 16146, 16147, 16148, 16441, 16446, 16447, 16450, 16456, 16457, 16460, 16473, 16474, 16475, 16476, 16480, 16481, 16482, 16483, 17365, 17366, 17372, 17381, 18517, 18541])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[645, 979, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 4723, 7702, 7733, 7735, 7752, 7753, 7754, 7755, 7756, 7757, 7758, 7759, 7760, 7763, 7764, 7765, 7766, 7768, 7769, 7770, 7771, 7772, 7773, 7775, 7783, 7784, 7788, 7790, 7808, 7809, 7813, 7814, 7815, 7816, 7817, 7818, 7819, 7820, 7822, 7823, 7824, 7825, 7826, 7827, 7828, 7829, 7838, 7839, 8111, 8134, 8135, 8136, 8137, 8138, 8139, 8140, 8141, 8144, 8145, 8146, 8147, 8149, 8150, 8151, 8152]), Anchor::Lits(&[9425, 9444, 9619, 10388, 10433, 11160, 11522, 12264, 14314, 15798, 17789])])),
            (16, "deceive-the-user", Anchor::Lits(&[2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 7085, 7087, 7089, 7090, 7091, 7096, 7097, 7098, 7099, 7100, 9449, 9451, 9452, 9453, 10470, 10473, 10483, 10484, 10522, 10586, 10589, 10595, 10606, 10631, 10640, 10789, 10867, 10870, 10877, 10888, 10913, 10922, 11559, 11562, 11572, 11573, 12056, 12058, 12060, 12065, 12301, 12304, 12316, 12317, 13540, 13590, 13593, 13598, 13609, 13633, 13642, 18162, 18233, 18237, 18241, 18249, 18260, 18290, 18301, 18307, 18308, 18316])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[567, 677, 745, 4160, 4327, 4328, 4339, 6751]), Anchor::Lits(&[3327, 3328, 3329, 3330, 3331, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4655, 4656, 4657, 4763, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4774, 4775, 4776, 4777, 4981, 4982, 4983, 4984, 4985, 4989, 4990, 4991, 4992, 4993, 4994, 4995, 4996, 4997, 5000, 5498, 5499, 5500, 5501, 5502, 5520, 5521, 5522, 5523, 5524, 5525, 5526, 5527, 5529, 5538, 5550, 5551, 5552, 5553, 5554, 5555, 5556, 5557, 5558, 5559, 5560, 5561, 5562, 5563, 5564, 5967, 5968, 5969, 5970, 5971, 5972, 5973, 5974, 5975, 5977, 5978, 5984, 5987, 5988, 5989, 6985, 6986, 6987, 6988, 6989, 6991, 6992, 6993, 6994, 6996, 6997, 7003, 7006, 7007, 7010])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[9349, 9701, 9702, 9704, 9705, 9708, 9711, 9721, 9722, 9723, 9724, 10233, 10234, 10237, 10239, 10939, 10940, 10945, 10959, 11136, 11137, 11138, 11139, 11140, 11141, 11142, 11143, 11471, 11472, 11473, 11474, 11617, 11618, 11626, 14331, 14332, 14333, 14336, 14865, 14866, 14867, 14868, 15070, 15071, 15072, 15073, 15085, 15086, 15087, 15088, 15091, 15092, 15093, 15094, 15172, 15173, 15175, 15178, 15180, 15181, 15182, 15183, 15295, 15296, 15297, 15298, 16464, 17492, 17493, 17494, 17495, 18068, 18069, 18070, 18071, 18072, 18073, 18074, 18075]), Anchor::All(&[Anchor::Lits(&[785, 926, 1833, 2516, 5220, 5311, 5367]), Anchor::Lits(&[18112, 18148])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[172, 173, 174, 175, 4310, 4311, 4338, 4358, 6575, 6576, 6750, 6898, 7489, 7490, 7510, 7581]), Anchor::Lits(&[18555, 18558, 18559, 18560, 18561, 18562, 18563, 18564, 18565, 18566, 18567, 18568, 18569, 18570, 18572, 18573, 18574, 18586, 18588, 18593, 18594, 18596, 18597, 18598, 18599, 18600, 18612, 18613, 18614, 18637, 18638, 18639, 18640, 18641, 18642, 18643, 18644, 18646, 18648, 18649, 18651, 18652, 18653, 18654, 18655, 18656, 18657, 18658, 18659, 18660, 18663, 18665, 18666, 18667, 18668, 18669, 18670, 18671, 18673, 18675, 18676, 18677, 18679, 18680, 18681, 18682, 18684, 18685, 18687, 18688, 18689, 18690, 18695, 18697, 18698, 18700, 18701, 18702, 18704, 18707, 18708, 18710, 18711, 18712, 18713, 18715, 18716, 18718, 18719, 18720, 18721, 18722, 18723, 18725, 18726, 18727, 18728, 18733, 18734, 18735, 18736, 18737, 18738, 18739, 18741, 18742, 18745, 18746, 18749, 18750, 18751, 18752, 18753])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[6239, 6240, 6241, 6242, 6258, 6259, 6260, 6261, 6269, 6270, 6277, 6278, 6280, 6281, 6284, 6285, 6298, 6299, 6303, 6304, 7844, 7845, 7846, 7847, 7880, 7881, 7893, 7894, 7953, 7954, 7963, 7964, 7984, 7985, 8002, 8003, 8048, 8049, 8062, 8063]), Anchor::Lits(&[58, 828, 1106, 1225, 1376, 1382, 1383, 1385, 1389, 1391, 1441, 1450, 1456, 1479, 1513, 1613, 1616, 1625, 1631, 1661, 1695, 2245, 2249, 2446, 2702, 2704, 2722, 2723, 3413, 3823, 3849, 3864, 3916, 3984, 3986, 4008, 4111, 4301, 4599, 4601, 4604, 4605, 4706, 4707, 4708, 4986, 5012, 5434, 5503, 5636, 5841, 5843, 5847, 5849, 5852, 5854, 6029, 6504, 6505, 6930, 7038])])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[3750, 3751, 13651, 13652, 13654, 13655, 13656, 14771, 14772, 14773, 14774, 14775, 17564, 17565, 17566, 17567, 17568, 17612, 17613, 17614, 17615, 17616]), Anchor::All(&[Anchor::Lits(&[18361, 18448, 18506, 18535, 18539, 18754, 18779]), Anchor::Lits(&[9835, 11377, 11613, 11842, 12833, 12990, 14310, 15015, 15136, 15177, 15294, 17500])]), Anchor::All(&[Anchor::Lits(&[3104, 3105, 3108, 3122, 3123, 3125, 3126, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3144, 3145, 3149, 3150, 3151, 3152, 3153, 3154]), Anchor::Lits(&[18554])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[496, 504, 506, 518, 519, 520, 533, 534, 537, 538, 540, 542, 551, 566, 7744, 7762, 7821, 7831, 8143])),
            (23, "nothing-is-real", Anchor::Lits(&[373, 1066, 3963, 4044, 4072, 4073, 4074, 4075, 5307])),
            (24, "declined-now-allowed", Anchor::Any(&[Anchor::Lits(&[9215, 9216, 9217, 9218, 9219, 9220, 9221, 9357, 9358, 9359, 9360, 9361, 9362, 9363, 10252, 10253, 10254, 10255, 10256, 10257, 10258, 10402, 10403, 10404, 10405, 10406, 10407, 10408, 11513, 11514, 11515, 11516, 11517, 11518, 11519, 14816, 14817, 14818, 14819, 14820, 14821, 14822, 15197, 15198, 15199, 15200, 15201, 15202, 15203]), Anchor::All(&[Anchor::Lits(&[443, 444, 445, 447, 448, 454, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 3093, 3095, 3097, 3098, 3099, 3106, 3117, 3118, 3119, 3120, 3121, 3124, 3127, 3128, 3138, 3141]), Anchor::Lits(&[9356, 10104, 10105, 10190, 10251, 11511, 11512, 15039, 15059, 18350, 18351])])])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[3830, 7702, 7744, 7748, 7762, 7777, 7778, 7781, 7831, 8111, 8143, 8934, 9909, 9910, 9911, 9912, 9913, 9914, 9915, 9916, 9917, 9918, 9919, 9920, 9921, 9922, 9923, 9924, 9925, 9926, 11789, 11790, 11791, 11792, 11793, 11794, 11796, 11797, 11798, 11799, 11800, 11801, 11803, 11804, 11806, 11807, 11808, 11809, 11820, 11821, 11822, 11823, 11824, 11825, 11826, 11827, 11828, 11829, 11830, 11831, 11832, 11833, 11834, 11835, 11836, 11837, 12600, 12601, 12605, 12606, 12607, 12608, 12609, 12610, 12611, 12612, 12613, 12614, 12617, 12618, 12620, 12621, 12622, 12623, 12999, 13000, 13001, 13002, 13003, 13004, 13005, 13006, 13007, 13008, 13009, 13010, 13011, 13012, 13013, 13014, 13015, 13016, 13020, 13021, 13022, 13023, 13024, 13025, 13026, 13027, 13028, 13029, 13030, 13031, 13032, 13033, 13035, 13036, 13037, 13038, 14595, 14596, 14597, 14598, 14599, 14600, 14602, 14603, 14604, 14605, 14606, 14607, 14609, 14610, 14612, 14613, 14614, 14615, 14618, 14619, 14620, 14621, 14622, 14623, 14625, 14626, 14627, 14628, 14629, 14630, 14631, 14632, 14634, 14635, 14636, 14637, 15209, 15210, 15211, 15212, 15213, 15214, 15216, 15217, 15218, 15219, 15220, 15221, 15223, 15224, 15226, 15227, 15228, 15229, 15350, 15351, 15352, 15353, 15354, 15355, 15356, 15357, 15358, 15359, 15360, 15361, 15362, 15363, 15365, 15366, 15367, 15368, 17044]), Anchor::All(&[Anchor::Lits(&[18554]), Anchor::Lits(&[1257, 1927, 3066, 3426, 3980, 3988, 3996, 4061, 4130, 4556, 5241, 5259, 5791, 5903, 5960, 7205]), Anchor::Lits(&[1075, 2517, 2969, 4795, 4803, 5221, 5306, 6016])])])),
            (26, "ignore-governance-policies", Anchor::Any(&[Anchor::Lits(&[65, 66, 1742, 1744, 1921, 1922, 4427, 4428, 4875, 4877, 4893, 4895]), Anchor::All(&[Anchor::Lits(&[8243, 9444, 9954, 10228, 10410, 10420, 10422, 10433, 10485, 10487, 10547, 10568, 10575, 10610, 10647, 10819, 10827, 10849, 10856, 10892, 10929, 11522, 11575, 11690, 12262, 12264, 12320, 12323, 12983, 13511, 13581, 13605, 13649, 13687, 13689, 13734, 13904, 13992, 14308, 14314, 14322, 14327, 14454, 14456, 14458, 14874, 14930, 15500, 15651, 15798, 16301, 16307, 16309, 16311, 16315, 16317, 16478, 17233, 17236, 17343, 17491]), Anchor::Lits(&[8294, 8302, 8303, 8305, 8306, 9783, 9789, 9790, 9791, 9792, 10168, 10170, 10171, 10172, 10173, 11738, 11740, 11741, 11742, 11744, 13198, 13202, 13203, 13204, 13205, 14777, 14779, 14780, 14781, 14783, 15425, 15436, 15437, 15440, 15442, 15562, 15582, 15583, 15586, 15588]), Anchor::Lits(&[84, 1028, 1196, 2486, 3509, 4900, 5368, 5454])])])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[2456, 7743, 7761, 7805, 7811, 7830, 8142, 9895, 9900, 11484, 13055, 13931, 15042, 15044, 15176, 15179, 16477, 16488, 17371, 17379, 17575, 17578, 17584, 17586, 17587, 17589, 17590, 17605, 17606, 17607, 17610, 18678, 18683, 18740]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4060, 4063, 4064, 4067, 10411, 10412, 10413, 10414, 10449, 10471, 10472, 10474, 10488, 10489, 10490, 10491, 10764, 10769, 10779, 10792, 10837, 10876, 10944, 10953, 10954, 10955, 11538, 11560, 11561, 11563, 12280, 12302, 12303, 12305, 13681, 13682, 13685, 13686, 13694, 13695, 13696, 13697, 13702, 13707, 14312, 14329, 15089, 15502, 15503, 15504, 15505, 16380, 17235, 17238, 17239, 17240]), Anchor::All(&[Anchor::Lits(&[870, 871, 1034, 1257, 1927, 1987, 3066, 3089, 3426, 3704, 4109, 4130, 4556, 4600, 4781, 5153, 5187, 5241, 5259, 5903, 5960, 7205, 7678]), Anchor::Lits(&[8905, 8911, 9232, 9267, 9904, 12009, 12687, 13900, 17852])])]), Anchor::Any(&[Anchor::Lits(&[600, 601, 602, 603, 604, 605, 791, 1049, 1094, 1124, 2334, 2335, 2339, 2361, 2362, 2365, 2408, 2456, 3465, 4924, 5537, 5812, 6093, 7743, 7761, 7805, 7811, 7821, 7830, 8142, 8779, 8780, 8784, 8789, 8801, 8802, 8803, 8804, 10280, 10282, 10285, 10286, 10287, 10289, 10290, 10293, 10295, 10296, 10297, 10301, 10302, 10303, 10304, 10305, 10306, 10308, 10309, 10310, 10311, 11029, 11033, 11041, 11042, 11216, 11217, 11240, 11245, 11257, 11258, 11259, 11260, 11453, 12015, 12018, 12024, 12027, 12028, 12032, 12036, 12039, 12040, 12044, 12481, 12487, 12494, 12498, 12499, 14243, 14251, 14262, 14263, 14676, 14679, 14684, 14685, 14713, 14717, 14726, 14727, 14749, 14753, 14761, 14762, 16217, 16218, 16219, 16220, 16221, 16222, 16223, 16224, 16225, 16226, 16242, 16243, 16244, 16245, 16246, 16247, 16248, 16249, 16250, 16251, 16436, 16439, 16442, 16443, 16444, 16446, 16447, 16452, 16455, 16456, 16457, 17926, 17927, 17928, 17929, 17933, 17934, 17935, 17936]), Anchor::All(&[Anchor::Lits(&[792, 1045, 1074, 1334, 2507, 2514, 2516, 2968, 4422, 4794, 4802, 4925, 4927, 5220, 5305, 5541, 6953]), Anchor::Lits(&[16693, 16745, 16782, 16842, 17574])]), Anchor::All(&[Anchor::Lits(&[790, 1048, 2966, 4923, 6924]), Anchor::Lits(&[17914])])])]), Anchor::All(&[Anchor::Lits(&[790, 1048, 2966, 4923, 6924]), Anchor::Lits(&[17914])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[387, 389, 390, 396, 397, 398, 846, 847, 848, 998, 1000, 1001, 3171, 6326, 6345, 6464, 7250, 7251, 7252, 7258, 7259, 7260, 7745, 7746, 7747, 7802, 7803, 7804, 8934, 8935, 8938, 8939, 9524, 9525, 9528, 9529, 9530, 9531, 9532, 9537, 14923, 14924, 14929, 14932, 14933, 14934, 14935, 14940, 16300, 16301, 16308, 16311, 16313, 16314, 16317, 16325]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4060, 13681, 13682, 13686, 13694]), Anchor::All(&[Anchor::Lits(&[870, 871, 1353, 1927, 3066, 3426, 3704, 3978, 3981, 3988, 3989, 3996, 4110, 4130, 4556, 4600, 5131, 5187, 5241, 5259, 5791, 5903, 5960, 7205, 7217, 7585]), Anchor::Lits(&[8905, 9236, 11735, 11871, 11926, 12687, 17812, 17852])])]), Anchor::Any(&[Anchor::Lits(&[8861, 8866, 8867, 8869, 8870, 8872, 11786, 14179, 15418, 15420, 17727]), Anchor::All(&[Anchor::Lits(&[1045, 1074, 1122, 1334, 2288, 2507, 2514, 2516, 2968, 3436, 4794, 5220, 5305, 5366, 5541]), Anchor::Lits(&[8515, 8755, 12795, 16693, 16731, 16745, 17008, 17574])])])]), Anchor::All(&[Anchor::Lits(&[12712, 14295, 14313, 15090, 16376, 16489, 17383]), Anchor::Any(&[Anchor::Lits(&[14182, 14186, 14187, 14188]), Anchor::All(&[Anchor::Lits(&[1045, 1334, 2514, 2968, 4794, 4802, 4927, 5305, 5539]), Anchor::Lits(&[8515, 8755, 11172, 16667, 18554])])])]), Anchor::All(&[Anchor::Lits(&[777, 783, 1047, 2455, 3464, 4408, 5357, 5536, 5811, 5911, 5912, 7665]), Anchor::Lits(&[7701])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[18555, 18556, 18587, 18589, 18590, 18591, 18592, 18595, 18612, 18613, 18637, 18639, 18642, 18645, 18647, 18650, 18655, 18658, 18659, 18660, 18661, 18662, 18664, 18665, 18666, 18674, 18686, 18688, 18691, 18692, 18693, 18694, 18696, 18697, 18698, 18699, 18700, 18701, 18702, 18705, 18706, 18709, 18710, 18714, 18717, 18724, 18728, 18739, 18742, 18743, 18747, 18748, 18751]), Anchor::Lits(&[9864, 9865, 9908, 9944, 10372, 10377, 11454, 11787, 11819, 12495, 12507, 12516, 12592, 12595, 14507, 14593, 14674, 14813, 14826, 14834, 15206, 15349, 15657, 16448, 16449, 17352])])),
            (30, "reveal-system-prompt", Anchor::Lits(&[8355, 8357, 8359, 8360, 8362, 8363, 8364, 8366, 8367, 8368, 8369, 9850, 9851, 9853, 9854, 9856, 9857, 9858, 9860, 9861, 9862, 9863, 10281, 10283, 10285, 10287, 10289, 10290, 10294, 10296, 10297, 10298, 10299, 12017, 12022, 12024, 12028, 12032, 12034, 12037, 12040, 12044, 12045, 12049, 12482, 12485, 12487, 12488, 12492, 12494, 12496, 12499, 12501, 12502, 12504, 12642, 12643, 12645, 12646, 12648, 12649, 12650, 12652, 12653, 12654, 12655, 13265, 13266, 13268, 13269, 13271, 13272, 13273, 13275, 13276, 13277, 13278, 14139, 14141, 14143, 14144, 14146, 14147, 14148, 14150, 14156, 14157, 14160, 14245, 14249, 14251, 14252, 14256, 14258, 14260, 14263, 14265, 14266, 14268, 14657, 14658, 14660, 14661, 14663, 14664, 14665, 14667, 14668, 14669, 14670, 14788, 14789, 14791, 14793, 14795, 14799, 14800, 14802, 14803, 14805, 14806, 14994, 14996, 14998, 14999, 15001, 15002, 15003, 15005, 15006, 15007, 15008, 15519, 15521, 15523, 15526, 15528, 15530, 15531, 15533, 15536, 15537, 15540, 16227, 16228, 16230, 16232, 16234, 16235, 16236, 16238, 16239, 16240, 16241, 16438, 16440, 16442, 16444, 16446, 16447, 16454, 16456, 16457, 16458, 16460, 17431, 17433, 17435, 17436, 17438, 17439, 17441, 17443, 17445, 17446, 17450, 17769, 17770, 17772, 17773, 17775, 17776, 17777, 17779, 17780, 17781, 17782])),
            (31, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[393, 394, 395, 396, 397, 399, 846, 847, 849, 1004, 1005, 1006, 3092, 3101, 3142, 3155, 3156, 3157, 5631, 5632, 5633, 7237, 7238, 7247, 7250, 7251, 7253, 7258, 7259, 7261, 7292, 7293, 7294]), Anchor::All(&[Anchor::Lits(&[572, 573, 574, 575, 2404, 2405, 2407, 2408, 2444, 2445, 2450, 2451, 2963, 2964, 2965, 2966, 4920, 4921, 4922, 4923, 4987, 4988, 4998, 4999, 5382, 5383, 5384, 5385, 5482, 5483, 5484, 5486, 6038, 6039, 6040, 6041, 6053, 6054, 6070, 6073, 6921, 6922, 6923, 6924, 7671, 7672, 7675, 7676, 7680, 7681, 7682, 7683]), Anchor::Lits(&[205, 372, 1849, 7330, 7338])])])),
            (32, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[12396, 12552, 17915, 17916, 17917, 17918, 17919, 17920, 17922, 17923, 17924, 17925, 17938]), Anchor::All(&[Anchor::Lits(&[483, 1328, 1517, 2534, 2592, 7262, 7326]), Anchor::Lits(&[17914, 17966])])])),
            (33, "reveal-given-instructions", Anchor::Lits(&[450, 451, 453, 456, 458, 460, 474, 475, 476, 478, 479, 480, 482, 491, 850, 1003, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 5568, 7239, 7240, 7241, 7242, 7243, 7244, 7246, 7248, 7249, 7254, 7255, 7256, 7257, 7302, 7305, 7307, 7308, 7309, 7311, 7313, 7315, 7318, 7319, 7320, 7322, 7323, 7324, 7325, 7327, 7702, 7744, 7762, 7831, 8143, 9334, 11629, 11699, 11745, 12396, 12552, 13958, 16597, 18388, 18440, 18450, 18470, 18502, 18516, 18520, 18540, 18542, 18766, 18781])),
            (34, "repeat-text-above", Anchor::Lits(&[64, 598, 599, 732, 733, 734, 735, 737, 2327, 2351, 2880, 4836, 4899, 5689, 7774, 7806, 7834, 8153, 8249, 8250, 8252, 8253, 8255, 8264, 8266, 8268, 8270, 8283, 11030, 11031, 11034, 11035, 11037, 11040, 11043, 11045, 11047, 11048, 11446, 11447, 11449, 11450, 11452, 11456, 11458, 11460, 11462, 11463, 12019, 12020, 12029, 12030, 12033, 12038, 12041, 12048, 12050, 12053, 12483, 12484, 12489, 12490, 12493, 12497, 12500, 12503, 12505, 12506, 14246, 14247, 14253, 14254, 14257, 14261, 14264, 14267, 14269, 14271, 14677, 14678, 14680, 14681, 14682, 14683, 14686, 14687, 14688, 14689, 14714, 14715, 14718, 14719, 14721, 14725, 14728, 14730, 14732, 14733, 14750, 14751, 14754, 14755, 14757, 14760, 14763, 14765, 14767, 14770])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[7511, 7512, 7513, 7514, 7515, 7524, 7525, 7526, 7527, 7528, 7529, 7531, 7532, 7533, 7534, 7535, 7537, 7538, 7539, 7540, 7541, 7542, 7543, 7544, 7545, 7546, 7547, 7548, 7549, 7550, 7551, 7552, 7553, 7554, 7555, 7556, 7570, 7571, 7572, 7573, 7574, 7575, 7576, 7577, 7578, 7579, 7580, 7582, 7583, 7584])),
            (36, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[2328, 2330, 2331, 2337, 2346, 2353, 2357, 2358, 2359, 2364, 2369, 2371, 2457, 2833, 2836, 2837, 2843, 2859, 2862, 2875, 2879, 2881, 2883, 2896, 2899, 4141, 4142, 4143, 4144, 4146, 4147, 4153, 4154, 4155, 4156, 4157, 4158, 5485, 7744, 7750, 7806, 7834, 7835, 9328, 9329, 9599, 9600, 9935, 9936, 9941, 9942, 10024, 10025, 11123, 11124, 13041, 13042, 13043, 13044, 14350, 14351, 14352, 14353, 14358, 14359, 15063, 15064, 15191, 15192, 15549, 15550, 15638, 15639, 15640, 15641, 16214, 16215, 16585, 16586, 17303, 17304, 17353, 17354, 18346, 18347]), Anchor::All(&[Anchor::Lits(&[8518, 8519, 8520, 8521, 8524, 8526, 8527, 8538, 8539, 8540, 8541, 8542, 8543, 8544, 8545, 8546, 8547, 8548, 8549, 8550, 8551, 8552, 8553, 8554, 8555, 8556, 8557, 8558, 8559, 8560, 8561, 8562, 8563, 8564, 8565, 8566, 8567, 8568, 8569, 8570, 8571, 8572, 8573, 8576, 8577, 8578, 8579, 8581, 8582, 8583, 8584, 8585, 8586, 8587, 8588, 8589, 8590, 8591, 8592, 8593, 8594, 8595, 8596, 8597, 8598, 8599, 8600, 8601, 8602, 8603, 8604, 8605, 8606, 8607, 8608, 8609, 8610, 8611, 8612, 8613, 8614, 8615, 8616, 8617, 8775, 8776, 8777, 8778, 8781, 8782, 8783, 8785, 8786, 8787, 8788, 8790, 8791, 8792, 8793, 8796, 8797, 8798, 8799, 8805, 8806, 8807, 8808, 8809, 8810, 8811, 8812, 8813, 10999, 11000, 11001, 11002, 11003, 11004, 11005, 11006, 11007, 11008, 11009, 11010, 11011, 11012, 11013, 11014, 11015, 11016, 11017, 11018, 11019, 11020, 11021, 11022, 11023, 11024, 11025, 11026, 11183, 11184, 11185, 11186, 11187, 11188, 11189, 11190, 11191, 11192, 11193, 11194, 11195, 11196, 11197, 11198, 11199, 11200, 11201, 11202, 11203, 11204, 11205, 11206, 11207, 11208, 11209, 11210, 11212, 11213, 11214, 11215, 11218, 11219, 11220, 11241, 11242, 11243, 11244, 11246, 11247, 11248, 11249, 11252, 11253, 11254, 11255, 11299, 11300, 11301, 11302, 11303, 11304, 11305, 11306, 11307, 16969, 16970, 16971, 16972, 16973, 16974, 16975, 16976, 16977, 16978, 16979, 16980, 16981, 16982, 16983, 16984, 16985, 16986, 16987, 16988, 16989, 16990, 16991, 16992, 16993, 16994, 16995, 16996]), Anchor::Lits(&[9943, 12594, 14673, 14825, 16447])])])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[8355, 8357, 8359, 8360, 8362, 8363, 8364, 8366, 8367, 8368, 8369, 9850, 9851, 9853, 9854, 9856, 9857, 9858, 9860, 9861, 9862, 9863, 10281, 10283, 10285, 10287, 10289, 10290, 10294, 10296, 10297, 10298, 10299, 12017, 12022, 12024, 12028, 12032, 12034, 12037, 12040, 12044, 12045, 12049, 12482, 12485, 12487, 12488, 12492, 12494, 12496, 12499, 12501, 12502, 12504, 12642, 12643, 12645, 12646, 12648, 12649, 12650, 12652, 12653, 12654, 12655, 13265, 13266, 13268, 13269, 13271, 13272, 13273, 13275, 13276, 13277, 13278, 14139, 14141, 14143, 14144, 14146, 14147, 14148, 14150, 14156, 14157, 14160, 14245, 14249, 14251, 14252, 14256, 14258, 14260, 14263, 14265, 14266, 14268, 14657, 14658, 14660, 14661, 14663, 14664, 14665, 14667, 14668, 14669, 14670, 14788, 14789, 14791, 14793, 14795, 14799, 14800, 14802, 14803, 14805, 14806, 14994, 14996, 14998, 14999, 15001, 15002, 15003, 15005, 15006, 15007, 15008, 15519, 15521, 15523, 15526, 15528, 15530, 15531, 15533, 15536, 15537, 15540, 16227, 16228, 16230, 16232, 16234, 16235, 16236, 16238, 16239, 16240, 16241, 16438, 16440, 16442, 16444, 16446, 16447, 16454, 16456, 16457, 16458, 16460, 17431, 17433, 17435, 17436, 17438, 17439, 17441, 17443, 17445, 17446, 17450, 17769, 17770, 17772, 17773, 17775, 17776, 17777, 17779, 17780, 17781, 17782])),
            (38, "complete-the-leak", Anchor::Lits(&[12193, 12195, 12198, 12202, 12203, 12206, 12207, 12208, 12210, 12211, 12219, 12220, 12221, 12222, 12223, 12224, 12225, 12226, 12227, 12228, 13381, 13382, 13383, 13384, 13385, 13386, 13387, 13388, 13389, 13390, 13391, 13392, 13393, 13394, 13395, 13396, 13397, 13398, 13399, 13400, 13401, 13402, 13403, 13404, 13405, 13406, 13407, 13408, 13409, 13410, 13411, 13412, 13413, 13414, 13415, 13416, 13430, 13431, 13432, 13433, 13434, 13435, 13436, 13437, 13438, 13439, 13440, 13441, 13442, 13443, 13444, 13445, 13446, 13447, 13448, 13449, 13450, 13451, 13452, 13453, 13454, 13455, 13456, 13457, 13458, 13459, 13460, 13461, 13462, 13463, 13464, 13465, 16895, 16896, 16929, 16930, 16932, 16942, 16943, 16944, 16945, 18363, 18365, 18369, 18370, 18372, 18374, 18729, 18730, 18731, 18732])),
            (39, "what-you-must-not-say", Anchor::Lits(&[18392, 18394, 18395, 18396, 18397, 18398, 18399, 18400, 18401, 18402, 18403, 18404, 18405, 18406, 18441, 18455, 18477, 18478, 18479, 18480, 18481, 18504, 18505, 18519, 18532, 18533])),
            (40, "reveal-initialization", Anchor::Lits(&[12473, 12474, 12475, 12476, 12477, 12478, 12479, 12480, 12508, 12509, 12510, 12511, 12512, 12513, 12514, 12515, 12517, 12518, 12519, 12520, 12521, 12522, 12523, 12524])),
            (41, "forged-own-instructions", Anchor::Lits(&[8355, 8358, 8360, 8361, 8365, 8366, 8367, 8376, 8643, 8647, 8834, 9222, 9223, 9224, 9225, 9226, 9227, 9228, 9555, 9850, 9852, 9854, 9855, 9859, 9860, 9861, 10026, 10027, 10028, 10029, 10030, 10031, 10032, 10281, 10284, 10287, 10288, 10295, 10296, 10297, 11057, 12017, 12023, 12028, 12031, 12039, 12040, 12044, 12482, 12486, 12488, 12491, 12498, 12499, 12501, 12642, 12644, 12646, 12647, 12651, 12652, 12653, 13265, 13267, 13269, 13270, 13274, 13275, 13276, 13339, 14139, 14142, 14144, 14145, 14149, 14150, 14156, 14245, 14250, 14252, 14255, 14262, 14263, 14265, 14336, 14444, 14657, 14659, 14661, 14662, 14666, 14667, 14668, 14788, 14790, 14793, 14794, 14801, 14802, 14803, 14994, 14997, 14999, 15000, 15004, 15005, 15006, 15298, 15519, 15522, 15526, 15527, 15532, 15533, 15536, 16227, 16229, 16232, 16233, 16237, 16238, 16239, 16438, 16441, 16444, 16445, 16455, 16456, 16457, 17431, 17434, 17436, 17437, 17442, 17443, 17445, 17563, 17769, 17771, 17773, 17774, 17778, 17779, 17780])),
            (42, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[304, 319, 522, 523, 524, 525, 526, 527, 6335, 6342, 7331, 7332, 7333, 7334, 7335, 7336, 7339, 7340, 7341, 7342, 7343, 7344]), Anchor::All(&[Anchor::Lits(&[914, 916, 918, 919, 920, 921, 1410, 1427, 1429, 1430, 1431, 1515, 1886, 1902, 1904, 1905, 1906, 1908, 2031, 2033, 2035, 2036, 2037, 2038, 4113, 4115, 4117, 4118, 4119, 4120, 4715, 4716, 4717, 4718, 4719, 4720]), Anchor::Lits(&[297, 6329])])])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10350, 10659, 16692, 16733, 16830, 17104, 17142, 17154, 17186, 18390, 18393, 18409, 18442, 18447, 18454, 18467, 18534, 18540, 18557, 18564, 18672]), Anchor::All(&[Anchor::Lits(&[1043, 1058, 1093, 1165, 1809, 2968, 3346, 3517, 3522, 4918, 4927, 5362, 5491, 5493, 5539, 5541, 6926, 7118]), Anchor::Lits(&[17574])]), Anchor::All(&[Anchor::Lits(&[8910, 18361, 18506, 18754]), Anchor::Lits(&[9106, 9866, 9887, 13074, 15413, 17721])])]), Anchor::Lits(&[484, 485, 486, 487, 488, 489, 6244, 6245, 6246, 6247, 6251, 6252, 6253, 6254, 6273, 6274, 6275, 6276, 6374, 6375, 6376, 6377, 6378, 6379, 6380, 6381, 6383, 6384, 6385, 6386, 6387, 6388, 6389, 6390, 6391, 6392, 6393, 6394, 6395, 6396, 6397, 6398, 6437, 6438, 6439, 6440, 6441, 6442, 6443, 6444, 7076, 7708, 7712, 7713, 7718, 7723, 7726, 7727, 7738, 7743, 7749, 7776, 7780, 7796, 7797, 7798, 7799, 7800, 7801, 7812, 7833, 7842, 8117, 8121, 8122, 8127, 8129, 8131]), Anchor::Lits(&[639, 1062, 1163, 3345, 4676, 4680, 4693, 5441, 6916])])),
            (44, "developer-message-requested", Anchor::Lits(&[1310, 2639, 2932, 2969, 5487, 6008, 6016, 7729, 7730, 7744, 7806, 7810, 7834, 8257, 8258, 8259, 8260, 8261, 8262, 8271, 8272, 8273, 8274, 8275, 8276, 8277, 8278, 8279, 8280, 8281, 8282, 9290, 9291, 9292, 9293, 9294, 9295, 9303, 9305, 9306, 9308, 9309, 9312, 9314, 9315, 9316, 9317, 9318, 9319, 10316, 10317, 10318, 10319, 10320, 10321, 10322, 10323, 10324, 10325, 10326, 10327, 10328, 10329, 10330, 10331, 10332, 10333, 10334, 10335, 10336, 10337, 10338, 10339, 10340, 10341, 10342, 10343, 10344, 10345, 10346, 10347, 10348, 10349, 10351, 10352, 10353, 10354, 10355, 10356, 10357, 10358, 10359, 10360, 10361, 10362, 10363, 10364, 10365, 10366, 10367, 10688, 10689, 10692, 10693, 10694, 10695, 10696, 10697, 10698, 10700, 10701, 10721, 10722, 10723, 10724, 10725, 10726, 10727, 10728, 10729, 10730, 10731, 10732, 10733, 10734, 10735, 10736, 10737, 10738, 10739, 10740, 10741, 10742, 10743, 10745, 10746, 10747, 10748, 10749, 10750, 10751, 10752, 10753, 10754, 10755, 10756, 10757, 10758, 10759, 10760, 10761, 11869, 11870, 11872, 11873, 11874, 11875, 11876, 11877, 11878, 11879, 11880, 11882, 11883, 11884, 11885, 11886, 11887, 11888, 11889, 11890, 11891, 11892, 11893, 11894, 11895, 11896, 11897, 11898, 11899, 11900, 11901, 11902, 11903, 11904, 11905, 11906, 11907, 11908, 11909, 11910, 11911, 11912, 11913, 11914, 11915, 11916, 11917, 11918, 11919, 11920, 11921, 11924, 11925, 11927, 11928, 11929, 11930, 11931, 11932, 11933, 11934, 11935, 11937, 11938, 11939, 11940, 11941, 11942, 11943, 11944, 11945, 11946, 11947, 11948, 11949, 11950, 11951, 11952, 11953, 11954, 11955, 11956, 11957, 11958, 11959, 11960, 11961, 11962, 11963, 11964, 11965, 11966, 11967, 11968, 11969, 11970, 11971, 11972, 11973, 11974, 11975, 11976, 16213, 16231, 16827, 16917, 17862, 17863, 17864, 17865, 17866, 17867, 17868, 17869, 17870, 17871, 17872, 17873, 17874, 17875, 17876, 17877, 17878, 17879, 17880, 17881, 17882, 17883, 17884, 17885, 17886, 17887, 17888, 17889, 17890, 17891, 17892, 17893, 17894, 17895, 17896, 17897, 17898, 17899, 17900, 17901, 17902, 17903, 17904, 17905, 17906, 17907, 17908, 17909, 17910, 17911, 17912, 18658, 18710])),
            (45, "agents-environment-requested", Anchor::Lits(&[16694, 16695, 16696, 16697, 16698, 16699, 16700, 16701, 16702, 16703, 16704, 16705, 16706, 16707, 16708, 16709, 16710, 16711, 16712, 16713, 16714, 16715, 16716, 16717, 16718, 16719, 16746, 16747, 16748, 16749, 16750, 16751, 16752, 16753, 16754, 16755, 16756, 16757, 16758, 16759, 16760, 16761, 16762, 16763, 16764, 16765, 16766, 16767, 16768, 16769, 16770, 16771, 17105, 17106, 17107, 17108, 17109, 17110, 17111, 17112, 17113, 17114, 17115, 17116, 17117, 17118, 17119, 17120, 17121, 17122, 17123, 17124, 17125, 17126, 17127, 17128, 17129, 17130, 17576, 17577, 17579, 17580, 17581, 17582, 17583, 17585, 17588, 17591, 17592, 17593, 17594, 17595, 17596, 17597, 17598, 17599, 17600, 17601, 17602, 17603, 17604, 17608, 17609, 17611])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[623, 643, 747, 784, 990, 1026, 1050, 1114, 1121, 1161, 1208, 1283, 1835, 2324, 2333, 2335, 2336, 2339, 2340, 2341, 2345, 2352, 2356, 2360, 2362, 2363, 2365, 2366, 2367, 2368, 2370, 2409, 3497, 3498, 3502, 3503, 3504, 4090, 4091, 4092, 4126, 4127, 4421, 4619, 4632, 4913, 4923, 5086, 5174, 5538, 6002, 6003, 6005, 6007, 6012, 6015, 6018, 6078, 6952, 7677, 7684, 7872, 7917, 7918, 7943, 8004, 8015, 8947, 10378, 10380, 12194, 12201, 12204, 12328, 12333, 12334, 12597, 12615, 14227, 14231, 14296, 14297, 14298, 14315, 14316, 14317, 14319, 14320, 14321, 14323, 14324, 14325, 14814, 14815, 16377, 16378, 16379, 16381, 16382, 16383, 16485, 16486, 16487, 16490, 16491, 16492, 17174, 18359, 18407, 18482, 18488, 18497, 18498, 18499, 18500, 18501, 18518, 18521, 18552, 18556, 18612, 18678, 18683, 18703, 18706, 18740, 18744]), Anchor::All(&[Anchor::Lits(&[10375, 12604, 13261, 13874, 14230, 17562, 18344]), Anchor::Lits(&[8389, 8714, 9542, 9618, 9623, 9794, 10146, 10147, 11990, 12726, 12754, 12953, 12980, 13164, 14091, 14572, 15580, 15872, 17009])]), Anchor::All(&[Anchor::Lits(&[463, 3116]), Anchor::Lits(&[18554])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1907, 3353, 3354, 4787, 4788, 5160, 5194, 5330, 7287, 7289, 7722, 7787, 7791])),
            (54, "authority-override", Anchor::Lits(&[137, 143, 144, 145, 146, 152, 157, 158, 159, 160, 1305, 1312, 1313, 1314, 1315, 1784, 1785, 1786, 1787, 1788, 2460, 2462, 2463, 2464, 2465, 3375, 3376, 3377, 3378, 3379, 3510, 3511, 3512, 3513, 3514, 5282, 5287, 5288, 5289, 5290, 5455, 5457, 5458, 5459, 5461, 5890, 5891, 5892, 5893, 5894, 5905, 5907, 5908, 5909, 5910, 6000, 6009, 6010, 6011, 6012])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[116, 778, 1795, 1800, 1804, 2933, 4778, 5001, 5813, 5991, 5992]), Anchor::All(&[Anchor::Lits(&[18361, 18449, 18466, 18506, 18543, 18754]), Anchor::Lits(&[3680])])])),
            (58, "address-the-model", Anchor::Any(&[Anchor::Lits(&[292, 293, 295, 296, 2924, 2925, 4662, 4663, 4915, 4916, 5061, 5062, 5467, 5468, 5896, 5897, 5898, 5899, 12259]), Anchor::All(&[Anchor::Lits(&[13225, 13226, 13260, 13263, 13873, 13876, 13897, 13898, 14846, 14847, 15065, 15066, 17809, 17810]), Anchor::Lits(&[8460, 9141, 9142, 9143, 9144, 9145, 9146, 9147, 9148, 9149, 9150, 9151, 9152, 9153, 9154, 9155, 9156, 9157, 9158, 9159, 9160, 9161, 9162, 9163, 9164, 9165, 9166, 9167, 9168, 9169, 9170, 9171, 9172, 9173, 9174, 9175, 9176, 9177, 9178, 9179, 9180, 9181, 9182, 9183, 9184, 9185, 9375, 9637, 9988, 11670, 11746, 12944, 13058])])])),
            (59, "capability-declared-granted", Anchor::Any(&[Anchor::Lits(&[88, 142, 156, 980, 1303, 1311, 1353, 1754, 1830, 1925, 2373, 2461, 3426, 3500, 4727, 4911, 4912, 5043, 5131, 5262, 5286, 5906, 7043, 7050, 7069, 7673, 14962, 14963, 14964, 14965, 14966, 14967, 14968, 14969, 14984, 14985, 14986, 14987, 14988, 14989, 14990, 14991, 18490]), Anchor::All(&[Anchor::Lits(&[8418, 8419, 8420, 8421, 8422, 8423, 8430, 8431, 8432, 8433, 8434, 8435, 8437, 8438, 8439, 8440, 8441, 8442, 8443, 8444, 8445, 8446, 8447, 8448, 8461, 8462, 8463, 8464, 8465, 8468, 8475, 8476, 8477, 8478, 8479, 8482, 8487, 8488, 8489, 8490, 8491, 8492, 8493, 8494, 8495, 8496, 8497, 8498, 8973, 8974, 8975, 8976, 8977, 8980, 8987, 8988, 8989, 8990, 8991, 8994, 8999, 9000, 9001, 9002, 9003, 9004, 9005, 9006, 9007, 9008, 9009, 9010, 9376, 9377, 9378, 9379, 9380, 9383, 9390, 9391, 9392, 9393, 9394, 9397, 9402, 9403, 9404, 9405, 9406, 9407, 9408, 9409, 9410, 9411, 9412, 9413, 9639, 9640, 9641, 9642, 9643, 9644, 9669, 9670, 9671, 9672, 9673, 9674, 9675, 9676, 9677, 9678, 9679, 9680, 9681, 9682, 9683, 9684, 9685, 9686, 9989, 9990, 9991, 9992, 9993, 9994, 9998, 9999, 10000, 10001, 10002, 10003, 10005, 10006, 10007, 10008, 10009, 10010, 10011, 10012, 10013, 10014, 10015, 10016, 10038, 10039, 10040, 10041, 10042, 10043, 10068, 10069, 10070, 10071, 10072, 10073, 10074, 10075, 10076, 10077, 10078, 10079, 10080, 10081, 10082, 10083, 10084, 10085, 13291, 13292, 13293, 13294, 13295, 13298, 13305, 13306, 13307, 13308, 13309, 13312, 13317, 13318, 13319, 13320, 13321, 13322, 13323, 13324, 13325, 13326, 13327, 13328, 18364, 18367, 18368, 18371, 18387, 18408, 18457, 18458, 18459, 18460, 18461, 18468, 18483, 18484, 18485, 18486, 18487, 18489, 18491, 18492, 18493, 18494, 18495, 18496]), Anchor::Lits(&[109, 139, 150, 151, 827, 2706, 2708, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 4425, 4910, 5466, 5637, 5641, 5644, 5650, 5658, 5660, 5661, 5662, 5663, 5665, 5995, 7048, 7589, 7596, 7599, 7608, 7615, 7616])])])),
            (60, "unrestricted-mode", Anchor::Lits(&[3682, 3683, 3685, 3686, 3688, 3689, 3691, 3693, 3694, 3695, 3696, 3697, 4602, 8649, 8675, 9563, 10158, 10291, 10307, 10965, 11315, 11614, 11723, 11844, 12804, 12818, 12823, 12839, 13018, 13675, 13676, 13678, 13792, 13990, 14195, 15010, 16202, 16347, 17420, 17421, 17423, 17482, 17497, 17501, 17539, 17541])),
            (61, "dan-persona", Anchor::Lits(&[8316, 8317, 8318, 8320, 8321, 8322, 8323, 8324, 8338, 8339, 8340, 8341, 8342, 8343, 8344, 8345, 8467, 8481, 8484, 8979, 8993, 8996, 9237, 9239, 9240, 9241, 9242, 9243, 9244, 9254, 9382, 9396, 9399, 9568, 9573, 9575, 10157, 10159, 10160, 10161, 10162, 10517, 13297, 13311, 13314, 14509, 14514, 14516, 14578, 14579, 14580, 14581, 14582, 14583, 14584, 14585, 14703, 14704, 14705, 14706, 14707, 14708, 14709, 14710, 15316, 15317, 15318, 15319, 15320, 15321, 15322, 15323, 15327, 15328, 15329, 15330, 15331, 15332, 15333, 15334, 17756, 17760, 17761, 18362, 18366, 18373, 18379, 18380, 18381, 18382, 18383, 18384, 18385, 18386, 18389, 18507, 18508, 18509, 18511, 18512, 18513, 18514, 18515, 18522, 18523, 18524, 18525, 18526, 18527, 18528, 18529, 18544, 18545, 18546, 18547, 18548, 18549, 18550, 18551, 18755, 18756, 18757, 18762, 18763, 18764, 18765, 18767])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[349, 851, 1519, 3890, 7425, 8648, 10035, 10156, 10313, 11309, 11842, 11865, 12341, 12813, 12833, 12951, 12990, 13017, 13156, 13510, 13674, 13677, 13791, 13793, 15011, 15307, 15346, 15347, 17401, 17419, 17422, 17424, 17426, 17476, 17477, 17496, 17518, 17533, 17534, 17556, 18125, 18127, 18149, 18150, 18151, 18152, 18153, 18154, 18155, 18166, 18170, 18172, 18173, 18176, 18180, 18181, 18188, 18213, 18217, 18229, 18243, 18282, 18285]), Anchor::All(&[Anchor::Lits(&[789, 831, 1390, 1532, 1533, 1575, 1576, 2545, 2721, 3114, 3160, 3850, 3891]), Anchor::Lits(&[16588, 17965, 17999])])]), Anchor::Lits(&[112, 114, 348, 693, 695, 738, 742, 743, 940, 999, 1095, 1793, 1794, 2728, 4407, 4783, 4784, 4785, 4786, 4914, 5071, 5159, 5193, 5196, 5245, 5273, 5275, 5628, 5629, 5775, 5798, 5805, 6034, 6958, 6990, 7702, 7795, 8111])])),
            (63, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 2539, 2542, 2543, 2544, 2554, 2559, 2560, 2561, 2564, 2580, 2581, 2582, 2584, 2589, 2590, 2591, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 5794, 8645, 8713, 10691, 10699, 10744, 13564, 13588, 13619, 13631, 13947, 13948, 13949, 16338]), Anchor::All(&[Anchor::Lits(&[785, 926, 1087, 1833, 2012, 2507, 2516, 3432, 3436, 3705, 5199, 5220, 5305, 5367]), Anchor::Lits(&[315, 799, 2289, 2290, 7504, 7586])]), Anchor::All(&[Anchor::Lits(&[789, 831, 1390, 1525, 1532, 1533, 1535, 1568, 1575, 1576, 1578, 2250, 2545, 2721, 3113, 3114, 3159, 3160, 3850, 3851, 3855, 3891]), Anchor::Lits(&[16588, 17965, 17999])]), Anchor::All(&[Anchor::Lits(&[265, 1863, 3301, 7028, 7034, 7049]), Anchor::Lits(&[8315, 8337, 8687, 9232, 9236, 9327, 9330, 9333, 9566, 9740, 9945, 11067, 11068, 12342, 14178, 14574, 14575, 14576, 14577, 14807, 15012, 15099, 15185, 15193, 15248, 15315, 15326, 15777, 15778, 16178, 16212, 16216, 16495, 17357, 17391, 18361, 18506, 18754])])])),
            (64, "persona-replaces-assistant", Anchor::Lits(&[1418, 4093, 8133, 8466, 8480, 8483, 8485, 8502, 8503, 8504, 8505, 8978, 8992, 8995, 8997, 9381, 9395, 9398, 9400, 9567, 9572, 9574, 9576, 11069, 11070, 13296, 13310, 13313, 13315, 14508, 14513, 14515, 14517, 14928, 15779, 15780, 16306, 18377, 18510, 18760])),
            (65, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[1442, 1457, 1481, 1617, 1632, 1663, 3983, 3987, 3993, 3998, 3999, 4000]), Anchor::All(&[Anchor::Lits(&[9541, 9891, 9934, 9938, 9939, 11159, 11781, 11786, 11818, 12998, 13039, 13343, 13349, 13351, 14736, 15196, 15205, 15369, 15418, 15428, 15434, 15442, 15446]), Anchor::Lits(&[3953, 8155])]), Anchor::All(&[Anchor::Lits(&[9638, 9653, 9654, 9655, 9656, 9665, 9666, 9667, 9668, 9699, 9700, 10037, 10052, 10053, 10054, 10055, 10064, 10065, 10066, 10067, 10101, 10102, 11747, 11748, 11749, 11750, 11751, 11752, 11753, 11754, 11755, 11756, 11757, 16720, 16721, 16722, 16723, 16724, 16725, 16726, 16727, 16728, 16729, 16730, 16734, 16735, 16736, 16737, 16738, 16739, 16740, 16741, 16742, 16743, 16744, 16831, 16832, 16833, 16834, 16835, 16836, 16837, 16838, 16839, 16840, 16841, 17131, 17132, 17133, 17134, 17135, 17136, 17137, 17138, 17139, 17140, 17141, 17143, 17144, 17145, 17146, 17147, 17148, 17149, 17150, 17151, 17152, 17153, 17175, 17176, 17177, 17178, 17179, 17180, 17181, 17182, 17183, 17184, 17185, 18360, 18411, 18413, 18414, 18427, 18444, 18446, 18447, 18456, 18536, 18538, 18768, 18769, 18770, 18771, 18772, 18773, 18774, 18775, 18776, 18777, 18778]), Anchor::Lits(&[8326, 8933, 9020, 12191, 12338, 12355, 12987, 14699, 16394, 17039])])])),
            (66, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[2163, 2165, 2189, 2190, 2195, 2240, 4346, 4347, 4353, 4354, 4355, 4357, 4587, 4588, 4593, 4594, 4595, 4597, 6780, 6783, 6838, 6839, 6843, 6897]), Anchor::All(&[Anchor::Lits(&[8326, 8933, 9020, 12338, 12987, 14699, 16394]), Anchor::Lits(&[1324, 1325, 1326, 1327, 1330, 1331, 1332, 1333, 1435, 1436, 1451, 1466, 1523, 1524, 1528, 1537, 1566, 1567, 1571, 1580, 1609, 1610, 1626, 1641, 3831, 3832, 3844, 3861, 3979, 3980, 3985, 3991])])])),
            (67, "no-rules-apply", Anchor::Lits(&[13842, 16844, 17040, 17041, 17042, 17043, 17045, 17046, 17058, 17059])),
            (68, "freed-from-limits", Anchor::Lits(&[787, 788, 796, 1831, 1832, 1914, 2289, 2291, 3422, 3982, 3990, 3995, 4062, 4066, 4069, 5122, 7027, 7029, 7031, 7055])),
            (69, "respond-without-limits", Anchor::Lits(&[1213, 1214, 1215, 1216, 1217, 1218, 1248, 1249, 1250, 1251, 1252, 1253, 5095, 5096, 5097, 5098, 5099, 5100, 5113, 5114, 5115, 5116, 5117, 5118, 5409, 5410, 5411, 5412, 5413, 5414, 8513, 8618, 8644, 8763, 9541, 9933, 9938, 9939, 9940, 11150, 11151, 11152, 11153, 11154, 11155, 11156, 11157, 11159, 11781, 11786, 12324, 13338, 13342, 13343, 13344, 13345, 13346, 13347, 13348, 13351, 13667, 13672, 13673, 13711, 13712, 13789, 13790, 13794, 13957, 15418, 15423, 15424, 15426, 15427, 15429, 15433, 15434, 15436, 15437, 15438, 15440, 15442, 15446, 18113, 18114, 18115, 18116, 18117, 18118, 18119, 18120, 18121, 18122, 18123, 18124, 18126, 18128, 18129, 18130, 18131, 18132, 18166, 18167, 18169, 18171, 18174, 18175, 18178, 18179, 18180, 18188, 18191, 18202, 18216, 18232, 18242, 18277, 18278, 18282, 18321])),
            (70, "pre-safety-self", Anchor::Lits(&[4150, 9271, 9273, 9274, 9275, 9276, 9277, 9278, 9280, 9285, 9286, 9287, 9288, 9289, 9296, 9297, 9300, 9302, 9304, 9310, 9311, 9322, 9323, 9324, 9325, 9326])),
            (71, "stay-in-character", Anchor::Lits(&[1439, 1440, 1461, 1614, 1615, 1636, 3332, 3835, 3836, 3856, 5123, 5818, 5819, 5820, 5821, 5822, 5823, 5824, 5825, 5826, 5827, 5828, 5829, 5830])),
            (72, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[933, 3960, 3967, 3970, 3972, 3975, 4041, 4043, 4935, 4936, 4941, 4942, 5070, 6364, 6465, 13350, 17749]), Anchor::All(&[Anchor::Lits(&[8912, 8913, 8914, 8915, 8916, 8917, 8918, 8919, 8920, 8921, 8922, 8923, 8924, 8925, 8926, 8927, 8928, 8929, 8930, 8931, 8932, 8940, 8941, 8942, 8943, 8944, 8945, 8946, 12344, 12345, 12346, 12347, 12348, 12349, 12350, 12361, 12362, 12363, 12364, 12365, 12366, 12367, 12371, 12372, 12373, 12374, 12375, 12376, 12377, 12389, 12390, 12391, 12392, 12393, 12394, 12395, 18076, 18077, 18078, 18079, 18080, 18081, 18082, 18095, 18096, 18097, 18098, 18099, 18100, 18101, 18102, 18103, 18104, 18105, 18106, 18107, 18108, 18141, 18142, 18143, 18144, 18145, 18146, 18147]), Anchor::Lits(&[492, 2730, 7483])])])),
            (73, "jailbreak", Anchor::Lits(&[9902, 9903, 11637, 11638, 12209, 12212, 12213, 12796, 12797, 12798, 12802, 12803, 12804, 12805, 12806, 12807, 12808, 12809, 12810, 12811, 12812, 12814, 12815, 12816, 12817, 12818, 12819, 12820, 12821, 12822, 12823, 12824, 12825, 12826, 12827, 12828, 12829, 12830, 12832, 12835, 12836, 12837, 12838, 12839, 12841, 12842, 13901, 13902, 14743, 15483, 17839, 17840, 18375, 18376, 18451, 18452, 18758, 18759, 18782, 18783])),
            (74, "evil-twin", Anchor::Lits(&[7854, 7855, 7856, 7857, 7858, 7859, 7860, 7861, 7862, 7883, 7884, 7885, 7886, 7887, 7888, 7889, 7890, 7891, 7907, 7908, 7909, 7910, 7911, 7912, 7913, 7914, 7915, 7919, 7920, 7921, 7922, 7923, 7924, 7925, 7926, 7927, 7933, 7934, 7935, 7936, 7937, 7938, 7939, 7940, 7941, 7944, 7945, 7946, 7947, 7948, 7949, 7950, 7951, 7952, 7965, 7966, 7967, 7968, 7969, 7970, 7971, 7972, 7973, 8005, 8006, 8007, 8008, 8009, 8010, 8011, 8012, 8013, 8022, 8023, 8024, 8025, 8026, 8027, 8028, 8029, 8030, 8038, 8039, 8040, 8041, 8042, 8043, 8044, 8045, 8046, 8064, 8065, 8066, 8067, 8068, 8069, 8070, 8071, 8072, 8073, 8074, 8075, 8076, 8077, 8078, 8079, 8080, 8081, 8082, 8083, 8084, 8085, 8086, 8087, 8088, 8089, 8090, 8091, 8092, 8093, 8094, 8095, 8096, 8097, 8098, 8099, 8100, 8101, 8102, 8103, 8104, 8105, 8106, 8107, 8108])),
            (75, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[113, 528, 561, 582, 2727, 3415, 4850, 5951]), Anchor::Lits(&[462, 490, 1323, 1329, 1433, 1522, 1565, 1607, 3112, 3158, 3828, 3977, 7245, 7263, 7316, 7328])])),
            (76, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[636, 1190, 1990, 2301, 2489, 2490, 2491, 2492, 2493, 2494, 2678, 3701, 3715, 3723, 3774, 7030, 7420]), Anchor::Lits(&[1203, 1209, 1256, 3373, 4675, 5386]), Anchor::Lits(&[256, 1735, 1840, 7081, 7401, 7667])])),
            (77, "simulated-privileged-shell", Anchor::Lits(&[2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 5333, 5334, 5335, 5336, 5337, 5338, 5339, 5340, 5341, 5342, 5343, 5344, 5345, 5346, 5347, 5348, 5349, 5350, 5351, 5352, 5353, 5354, 5355, 5356, 6110, 6111, 6112, 6113, 6114, 6115, 6116, 6117, 6118, 6119, 6120, 6121, 6122, 6123, 6124, 6125, 6126, 6127, 6128, 6129, 6130, 6131, 6132, 6133, 7485, 7486, 7491, 7492, 7493, 7494, 7495, 7496, 7497, 7498, 7500, 7502, 7518, 7520, 7522, 7560, 7561, 7562, 7563, 7564, 7565, 7566, 7567, 7568])),
            (78, "self-escalation", Anchor::Lits(&[505, 535, 541, 546, 552, 555, 556, 557, 558, 559, 3300, 6243, 6250, 7981, 7982, 7983, 8132])),
            (79, "blind-execution", Anchor::Lits(&[401, 402, 403, 404, 405, 413, 911, 912, 913, 915, 917, 922, 1419, 1428, 1516, 1520, 1521, 1564, 1894, 1903, 1909, 1910, 1911, 1912, 2032, 2034, 2039, 2042, 2043, 2044, 4114, 4116, 4121, 4123, 4124, 4125, 5321, 5329, 5331, 5359, 5360, 5361])),
            (80, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[14194]), Anchor::All(&[Anchor::Lits(&[8574, 8575, 8580, 8618, 8794, 8795, 8800, 8814, 11250, 11251, 11256, 11308, 17930, 17931, 17932, 17937]), Anchor::Lits(&[687, 771, 1369, 2242, 4859, 4926, 5204, 5417, 5418, 5419, 6074])])])),
            (81, "opposite-of-your-rules", Anchor::Lits(&[7740, 7742, 7786, 7807, 7837, 14196])),
            (82, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[349, 851, 1519, 3890, 7425, 8648, 10035, 10156, 10313, 11309, 11842, 11865, 12341, 12813, 12833, 12951, 12990, 13017, 13156, 13510, 13674, 13677, 13791, 13793, 15011, 15307, 15346, 15347, 17401, 17419, 17422, 17424, 17426, 17476, 17477, 17496, 17518, 17533, 17534, 17556, 18125, 18127, 18149, 18150, 18151, 18152, 18153, 18154, 18155, 18166, 18170, 18172, 18173, 18176, 18180, 18181, 18188, 18213, 18217, 18229, 18243, 18282, 18285]), Anchor::All(&[Anchor::Lits(&[789, 831, 1390, 1532, 1533, 1575, 1576, 2545, 2721, 3114, 3160, 3850, 3891]), Anchor::Lits(&[16588, 17965, 17999])])]), Anchor::Lits(&[1067, 1820, 2681, 2727, 2737, 2747, 2749, 4758, 4850, 5407, 5951])])),
            (83, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9428, 9429, 9430, 10969, 10970, 10971, 10972, 10973, 10974, 10975, 10976, 10977, 10978, 10979, 10980, 10981, 10982, 10983, 10984, 10985, 10986, 10987, 10988, 11148, 11354, 16276, 16277]), Anchor::All(&[Anchor::Lits(&[12955]), Anchor::Lits(&[1163, 1194, 3345, 4680, 5441, 6916])])]), Anchor::Lits(&[8315, 8337, 8687, 9232, 9236, 9327, 9330, 9333, 9566, 9740, 9945, 11067, 11068, 12342, 14178, 14574, 14575, 14576, 14577, 14807, 15012, 15099, 15185, 15193, 15248, 15315, 15326, 15777, 15778, 16178, 16212, 16216, 16495, 17357, 17391, 18361, 18506, 18754])]), Anchor::All(&[Anchor::Lits(&[9063, 9346, 9347, 10132, 10145, 10419, 11310, 11606, 11843, 11845, 12553, 13157, 15308, 15416, 15494, 16189, 17101]), Anchor::Lits(&[8315, 8337, 9232, 9236, 14573, 14586, 15777, 18361, 18754]), Anchor::Lits(&[6083, 7358, 7401])])])),
            (84, "third-party-permission", Anchor::All(&[Anchor::Lits(&[8621, 8624, 8625, 8626, 8627, 8628, 8629, 8630, 8893, 8894, 8895, 8896, 8897, 8898, 8899, 8900, 8950, 8951, 8952, 8953, 8954, 8955, 8956, 8957, 9120, 9121, 9122, 9123, 9124, 9125, 9126, 9127, 9133, 9134, 9135, 9136, 9137, 9138, 9139, 9140, 9713, 9714, 9715, 9716, 9717, 9718, 9719, 9720, 10241, 10242, 10243, 10244, 10245, 10246, 10247, 10248, 11356, 11357, 11358, 11359, 11360, 11361, 11362, 11363, 11657, 11658, 11659, 11660, 11661, 11662, 11663, 11664, 11692, 11693, 11694, 11695, 11696, 11697, 11698, 11700, 11767, 11768, 11769, 11770, 11771, 11772, 11773, 11774, 12556, 12557, 12558, 12559, 12560, 12561, 12562, 12563, 12581, 12582, 12583, 12584, 12585, 12586, 12587, 12588, 13502, 13503, 13504, 13505, 13506, 13507, 13508, 13509, 13972, 13973, 13974, 13975, 13976, 13977, 13978, 13979, 14218, 14219, 14220, 14221, 14222, 14223, 14224, 14225, 14228, 14232, 14233, 14234, 14235, 14236, 14237, 14239, 14497, 14498, 14499, 14500, 14501, 14502, 14503, 14504, 15163, 15164, 15165, 15166, 15167, 15168, 15169, 15170, 15453, 15454, 15455, 15456, 15457, 15458, 15459, 15460, 15486, 15487, 15488, 15489, 15490, 15491, 15492, 15493, 15739, 15740, 15741, 15742, 15743, 15744, 15745, 15746, 17306, 17309, 17310, 17311, 17312, 17313, 17314, 17318, 17801, 17802, 17803, 17804, 17805, 17806, 17807, 17808]), Anchor::Lits(&[828, 966, 1227, 1340, 1708, 1834, 1894, 1918, 1929, 2495, 2704, 4601, 5125, 5321, 5636, 5976, 6982, 6995, 7040, 7466])])),
            (85, "privileged-identity", Anchor::Any(&[Anchor::Lits(&[2072, 2073, 2119, 2120, 2122, 2151, 2157, 2159, 2160, 2204, 2205, 2206, 6570, 6571, 6651, 6666, 6668, 6669, 6670, 6671, 6672, 6673, 6674, 6675, 6676, 6677, 6678, 6679, 6681, 6683, 6684, 6685, 6686, 6687, 6688, 6689, 6690, 6691, 6692, 6693, 6694, 6756, 6764, 6770, 6771, 6847, 6848, 6849, 6851, 6852, 6853, 6854, 6855, 6856, 6857, 6858, 6859, 6860, 6861, 6862, 7487, 7488, 7499, 7501, 7503, 7516, 7519, 7521, 7523, 7558, 7559, 7569]), Anchor::All(&[Anchor::Lits(&[18361, 18506, 18754]), Anchor::Lits(&[8313, 11722, 14241, 15335, 16375, 16384])])])),
            (86, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[7588, 8290, 8291, 8292, 8293, 8295, 8296, 8297, 8298, 9107, 9108, 9109, 9111, 9612, 9613, 9614, 9616, 11311, 11312, 11313, 11314, 11316, 11788, 11795, 11802, 11810, 12258, 12339, 12834, 12835, 12836, 12837, 12840, 13158, 13159, 13160, 13161, 13162, 13197, 13199, 13200, 13206, 14492, 14493, 14494, 14495, 14594, 14601, 14608, 14616, 14952, 14953, 14954, 14955, 15208, 15215, 15222, 15230, 15309, 15310, 15311, 15312, 15313, 15421, 15430, 15432, 15447, 15556, 15568, 15571, 15608, 16395, 16823, 16824, 16825, 16826, 17402, 17403, 17404, 17405, 17406, 17478, 17479, 17480, 17481, 17483, 17535, 17536, 17537, 17538, 17540, 18009, 18014, 18015, 18024, 18025, 18026, 18027]), Anchor::All(&[Anchor::Lits(&[8407, 12638, 15324, 15344, 16581]), Anchor::Any(&[Anchor::Lits(&[8301, 8313, 8642, 8825, 10140, 10141, 10232, 10235, 10236, 10238, 10389, 10390, 10391, 10392, 10393, 10394, 10395, 10396, 10941, 10946, 10947, 10948, 10949, 10950, 10956, 10957, 10958, 11354, 14241, 14348, 14429, 14540, 14796, 15514, 15611, 16140, 16198, 17300, 17384]), Anchor::All(&[Anchor::Lits(&[11761]), Anchor::Lits(&[109, 204, 4425, 4627, 5466, 5995])]), Anchor::All(&[Anchor::Lits(&[6589, 6613, 6627, 6664, 6665, 6667, 6697, 6716, 6725, 6765, 6797, 6835, 6850]), Anchor::Lits(&[10022, 10989, 11061, 11368, 11585, 12956, 14647, 15625, 17356, 17499, 17570])])])]), Anchor::All(&[Anchor::Lits(&[118, 1865, 4838, 5065, 5833, 7664]), Anchor::Lits(&[1127, 1729, 1916, 1928, 3380, 5831, 5839, 7039]), Anchor::Lits(&[11420, 13899, 14589, 15506, 15507, 16334, 16493])])])),
            (87, "persona-without-rules", Anchor::Lits(&[119, 120, 121, 122, 2152, 2153, 2154, 2155, 2415, 2416, 2417, 2418, 3958, 3964, 3967, 3971, 3972, 3974, 3975, 4025, 4026, 4027, 4041, 4043, 4045, 4048, 4050, 5066, 5067, 5068, 5069, 8459, 9505, 9508, 10690, 11499, 11504, 12318, 12319, 12338, 12368, 12833, 13619, 14699, 16394, 16591, 16592, 16598, 16628, 17278, 17280, 17281, 17401, 17422, 17477, 17534, 17969, 17970, 17975, 17995, 18002, 18003, 18004, 18007, 18044])),
            (88, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[9020, 12191, 12338, 12355, 14699, 16394, 17921]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5990, 6031, 7011]), Anchor::All(&[Anchor::Lits(&[11608, 13669, 18157, 18793]), Anchor::Lits(&[417, 420, 785, 1074, 1833, 2008, 2507, 3432, 3436, 4608, 4794, 4802, 5220, 5305, 5367])])]), Anchor::Lits(&[2014, 2015, 2016, 2290, 2508, 2509, 2510, 3438, 3439, 3440, 3954, 5226, 5227, 5228, 5308, 5309, 5310, 5371, 5372, 5373, 7586, 8156]), Anchor::Lits(&[492])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5990, 6031, 7011, 8459, 13544, 13619, 13623]), Anchor::All(&[Anchor::Lits(&[11608, 13669, 18165, 18793]), Anchor::Lits(&[417, 785, 1074, 1083, 1833, 2012, 2507, 3432, 3436, 4794, 4802, 5220, 5305, 5367])])]), Anchor::Lits(&[111, 347, 1432, 1884, 2754, 5158, 5192, 5312, 5774, 7669])])])),
            (89, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[8385, 8386, 8387, 8390, 8391, 8392, 8393, 8395, 8426, 8427, 8428, 8453, 8454, 8455, 8456, 8457, 8471, 8472, 8473, 8507, 8508, 8509, 8510, 8511, 8983, 8984, 8985, 9015, 9016, 9017, 9018, 9019, 9386, 9387, 9388, 9418, 9419, 9420, 9421, 9422, 9569, 9570, 9571, 9578, 9579, 9580, 9581, 9582, 13301, 13302, 13303, 13333, 13334, 13335, 13336, 13337, 14183, 14184, 14185, 14189, 14190, 14191, 14192, 14193, 14510, 14511, 14512, 14518, 14519, 14520, 14521, 14522, 15668, 15669, 15670, 15672, 15673, 15674, 15675, 15676, 16385, 16386, 16387, 16388, 16389, 16390, 16391, 16392, 17757, 17758, 17759, 17762, 17763, 17764, 17765, 17766]), Anchor::Lits(&[112, 693, 4782, 7702, 7728, 7795, 8111])])),
            (90, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1920, 3755, 3775, 3936, 3947, 3948, 3968, 3969, 4055, 4056]), Anchor::All(&[Anchor::Lits(&[1751, 2017, 2018, 2019, 2502, 3433, 3435, 5103, 5104, 5107, 5108, 5111, 5200, 5201, 5203, 5213, 5233]), Anchor::Lits(&[1750, 7021, 7024])])])),
            (91, "persona-whose-words-run", Anchor::All(&[Anchor::Lits(&[112, 2865, 2866, 2867, 2868, 2869, 2983, 3414, 4852, 4853, 5272, 5274, 7719, 7721, 7794, 7840, 7841, 7864]), Anchor::Lits(&[442, 712, 2420, 3091, 7424])])),
            (92, "persona-that-never-refuses", Anchor::All(&[Anchor::Lits(&[1212, 2622, 3526, 3527, 3528, 3529, 3530, 3531, 3532, 3533, 3534, 3535, 3536, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3558, 3559, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3594, 3595, 3596, 3597, 3598, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639, 3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647, 4978, 5094, 5408, 5422, 7224]), Anchor::Lits(&[873, 890, 1522, 1565, 3828, 7430, 7630, 7668]), Anchor::Lits(&[492])])),
            (93, "persona-stripped-of-rules", Anchor::Any(&[Anchor::Lits(&[183, 184, 1030, 1031, 1064, 1065, 5416, 5423]), Anchor::All(&[Anchor::Lits(&[10528, 10529, 10546, 10548, 10574, 10580, 10581, 10588, 10609, 10623, 10704, 10705, 10706, 10707, 10709, 10713, 10714, 10715, 10717, 10718, 10765, 10766, 10767, 10768, 10771, 10775, 10776, 10777, 10780, 10781, 10796, 10797, 10826, 10828, 10855, 10861, 10862, 10869, 10891, 10905, 11495, 11496, 11607, 11608, 11881, 11922, 11936, 11977, 12924, 12925, 13546, 13547, 13554, 13555, 13580, 13586, 13587, 13592, 13612, 13624, 13950, 13951, 18046, 18047, 18048, 18049, 18051, 18055, 18056, 18060, 18062, 18064, 18157, 18323, 18324, 18325, 18326, 18328, 18332, 18333, 18337, 18339, 18341]), Anchor::Lits(&[8874, 9423, 9523, 9611, 11159, 11424, 11786, 13019, 13351, 14592, 15205, 15348, 15419, 17811]), Anchor::Lits(&[8315, 9236, 9565, 11625, 11655, 12986, 13653, 14507, 14586, 14699, 15314, 15325, 17574, 18361, 18503, 18754])])])),
            (94, "disable-safety", Anchor::Any(&[Anchor::Lits(&[5402, 8244, 8618, 8763, 9426, 9427, 9453, 9462, 9620, 9622, 10181, 10184, 10227, 10397, 10401, 10484, 10486, 11147, 11149, 11161, 11163, 11211, 11573, 11576, 11611, 11677, 11678, 11682, 12317, 12324, 12831, 12994, 13524, 13527, 13957, 14318, 14326, 15724, 15726, 16346, 16402, 16408, 16431, 16503, 17020, 17394, 17397, 17453, 18349]), Anchor::All(&[Anchor::Lits(&[8517, 8858, 8859, 8861, 8866, 8867, 8868, 8872, 8873, 8874, 9069, 9071, 9074, 9075, 9541, 9604, 9617, 9869, 9871, 9872, 9873, 9933, 9938, 9939, 9940, 10095, 10103, 11126, 11153, 11154, 11155, 11157, 11158, 11159, 11173, 11425, 11779, 11781, 11783, 11811, 12172, 12179, 12525, 12526, 12527, 12528, 12529, 12530, 12531, 13338, 13351, 14829, 14968, 15022, 15037, 15207, 15269, 15271, 15417, 15422, 15424, 15426, 15427, 15429, 15433, 15434, 15435, 15436, 15437, 15438, 15439, 15440, 15441, 15442, 15444, 15445, 15446, 15465, 15466, 15467, 15560, 15567, 15575, 15577, 15578, 15584, 15585, 15586, 15587, 16822, 17382, 18571]), Anchor::Lits(&[8243, 9188, 9425, 9444, 9455, 9619, 9621, 10180, 10182, 10183, 10226, 10388, 10398, 10400, 10433, 10487, 10568, 10602, 10849, 10884, 10937, 11147, 11149, 11160, 11162, 11522, 11610, 11612, 11676, 11679, 11681, 11841, 12264, 12323, 12920, 12993, 12996, 13084, 13086, 13523, 13526, 13687, 13698, 14314, 14322, 14930, 15061, 15069, 15077, 15723, 15725, 15732, 15798, 15858, 16299, 16337, 16345, 16401, 16404, 16407, 16430, 16502, 17393, 17396, 17452, 17797, 17845, 18157, 18348])])])),
            (95, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[8513, 8517, 8858, 8859, 8861, 8866, 8867, 8868, 8872, 8873, 8874, 9069, 9071, 9074, 9075, 9541, 9604, 9617, 9869, 9871, 9872, 9873, 9933, 9938, 9939, 9940, 10095, 10103, 11126, 11153, 11154, 11155, 11157, 11158, 11159, 11173, 11425, 11779, 11781, 11783, 11811, 12172, 12179, 12525, 12526, 12527, 12528, 12529, 12530, 12531, 13338, 13351, 14829, 14968, 15022, 15037, 15207, 15269, 15271, 15417, 15422, 15424, 15426, 15427, 15429, 15433, 15434, 15435, 15436, 15437, 15438, 15439, 15440, 15441, 15442, 15444, 15445, 15446, 15465, 15466, 15467, 15560, 15567, 15575, 15577, 15578, 15584, 15585, 15586, 15587, 16822, 17382, 18571]), Anchor::Lits(&[9454, 9506, 9507, 10182, 10264, 10398, 11732, 12400, 12995, 13680, 13864, 13959, 14311, 14453, 15074, 15246, 15293, 16403, 17790, 17798])])),
            (96, "skip-approval", Anchor::Any(&[Anchor::Lits(&[8864, 10525, 10582, 10583, 10584, 10602, 10622, 10793, 10863, 10864, 10865, 10884, 10904, 13542, 13691, 13692, 13693, 13698, 13704, 13713, 13714, 13715, 13716, 13717, 13722, 14925, 16303, 18057, 18058, 18059, 18061, 18063, 18183, 18334, 18335, 18336, 18338, 18340, 18415, 18428]), Anchor::All(&[Anchor::Lits(&[18158, 18164, 18165, 18182, 18184, 18186, 18187, 18196, 18197, 18200, 18201, 18212, 18219, 18221, 18222, 18223, 18224, 18226, 18227, 18228, 18230, 18234, 18258, 18264, 18266, 18267, 18269, 18270, 18271, 18272, 18275, 18286, 18289, 18303, 18304, 18305, 18306, 18309, 18310, 18315, 18317, 18321]), Anchor::Any(&[Anchor::Lits(&[8238, 8756, 8854, 8958, 9072, 9075, 9605, 9606, 9868, 9876, 11126, 11786, 12010, 12185, 14330, 14485, 14914, 15423, 15561, 16573, 16574, 16575, 16772, 16784, 17382]), Anchor::All(&[Anchor::Lits(&[14437, 17226, 17783]), Anchor::Lits(&[8299, 8304, 8854, 9464, 9551, 9553, 11736, 15266, 15733, 15747, 17241])])])])])),
            (97, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[10187, 10188, 10192, 10193, 10210, 10211, 10262, 10263, 17543, 17544]), Anchor::All(&[Anchor::Lits(&[8327, 8328, 8329, 8330, 8331, 8332, 8333, 8334, 8335, 8336, 8835, 8838, 8840, 8841, 8843, 8846, 8848, 8850, 8851, 8852, 9513, 9514, 9515, 9516, 9517, 9518, 9519, 9520, 9521, 9522, 9798, 9820, 9822, 9823, 9825, 9826, 9828, 9829, 9831, 9833, 10649, 10650, 10651, 10652, 10653, 10654, 10655, 10656, 10657, 10658, 11332, 11335, 11337, 11338, 11340, 11343, 11345, 11347, 11348, 11349, 11482, 11486, 11487, 11488, 11489, 11490, 11491, 11492, 11493, 11494, 13922, 13933, 13935, 13936, 13938, 13939, 13941, 13942, 13944, 13946, 14475, 14476, 14477, 14478, 14479, 14480, 14481, 14482, 14483, 14484, 15391, 15394, 15396, 15397, 15399, 15402, 15404, 15406, 15407, 15408]), Anchor::Lits(&[10186, 10191, 10209, 10261, 15257, 15336, 15337, 17358, 17489, 17542])])])),
            (98, "route-around-the-guard", Anchor::Lits(&[6637, 6777, 6804, 6808, 9193, 9194, 9195, 9196, 9197, 9198, 9468, 9469, 9470, 9472, 9473, 9476, 9477, 9478, 9479, 9480, 10613, 10616, 10626, 10627, 10628, 10630, 10895, 10898, 10908, 10909, 10910, 10912, 11586, 11587, 11588, 11589, 11590, 11591, 11592, 11593, 11594, 11595, 11596, 11597, 11715, 11716, 11717, 11718, 11719, 11720, 13613, 13616, 13627, 13628, 13629, 13632, 14363, 14364, 14365, 14366, 14367, 14368, 14378, 14379, 14380, 14381, 14382, 14383, 15626, 15627, 15628, 15629, 15630, 15631, 15632, 15633, 15634, 15635, 15636, 15637, 15825, 15826, 15833, 15834, 15835, 15836, 16179, 16180, 16181, 16182, 16183, 16184, 16319, 16322, 16326, 16327, 16328, 16329, 16496, 16497, 16498, 16499, 16500, 16501])),
            (99, "do-not-screen-input", Anchor::Lits(&[1444, 1445, 1446, 1452, 1458, 1487, 1494, 1495, 1496, 1497, 1500, 1501, 1510, 1511, 1619, 1620, 1621, 1627, 1633, 1669, 1676, 1677, 1678, 1679, 1682, 1683, 1692, 1693, 3838, 3839, 3840, 3845, 3852, 3889, 3897, 3898, 3899, 3900, 3903, 3904, 3913, 3914, 4002, 4003, 4004, 4007, 4010, 4011, 4014, 4015, 4016, 4017, 4018, 4019, 4020, 4021, 5639, 5640, 5642, 5643, 5645, 5649, 5651, 5652, 5653, 5654, 5656, 5657, 5666, 5667, 5844, 5845, 5846, 5848, 5850, 5856, 5857, 5858, 5859, 5860, 5862, 5863, 5865, 5866, 7593, 7594, 7597, 7603, 7607, 7612, 7617, 7618, 7619, 7620, 7621, 7622, 7624, 7625])),
            (100, "allowlist-this-prompt", Anchor::Lits(&[8620, 8632, 9631, 9632, 9633, 9634, 9635, 9895, 9897, 9898, 9899, 9900, 11351, 11464, 11465, 11466, 11467, 11468, 12931, 12932, 12936, 12937, 12942, 13184, 13185, 13186, 13187, 13188, 16466, 16467, 16469, 16470, 16472, 17371, 17373, 17375, 17376, 17379, 17386, 17387, 17388, 17389, 17390, 17997, 17998])),
            (104, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[1816, 5213]), Anchor::All(&[Anchor::Lits(&[2117, 2126, 2162, 2167, 2241, 2758, 2786, 2827, 2829, 2872, 4132, 4133, 4139, 4140, 4152, 4323, 4329, 4345, 4348, 4358]), Anchor::Lits(&[9703, 10388, 10937, 11470, 12993, 14314, 15069, 16407, 17298, 17393, 17554])])])),
            (105, "stop-logging", Anchor::Lits(&[1344, 1347, 1348, 1349, 1350, 1351, 1352, 1438, 1459, 1465, 1486, 1498, 1508, 1514, 1612, 1634, 1640, 1668, 1680, 1690, 1696, 3834, 3853, 3860, 3888, 3901, 3911, 3915, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 5011, 5013, 5014, 5015, 5016, 5017, 5018, 5638, 5646, 5647, 5648, 5655, 5664, 5668, 5842, 5851, 5853, 5855, 5861, 5864, 5867, 5979, 5980, 5981, 5982, 5983, 5985, 5986, 6998, 6999, 7000, 7001, 7002, 7004, 7005])),
            (106, "self-approval", Anchor::Lits(&[8878, 8879, 8880, 8881, 8882, 8883, 8884, 8885, 8886, 8887, 8888, 8889, 8890, 8891, 16525, 16527, 16528, 16529, 16531, 16532, 16533, 16534, 16539, 16542, 16544, 16545, 16546, 16547, 16549, 16551, 16552, 16553, 16554, 16555, 16556, 16557, 16558, 16562, 16563, 16564, 16565, 16566, 16568, 16571])),
            (107, "execute-everything", Anchor::Lits(&[68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 226, 227, 228, 230, 231, 232, 233, 235, 237, 238, 239, 240, 241, 242, 243, 244, 421, 422, 423, 424, 425, 426, 427, 429, 431, 432, 433, 434, 435, 436, 437, 438, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1419, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1428, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1903, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 5314, 5315, 5316, 5317, 5318, 5319, 5320, 5321, 5322, 5323, 5324, 5325, 5326, 5327, 5328, 5329])),
            (108, "protection-mode-claim", Anchor::Lits(&[165, 229, 616, 829, 1354, 1727, 3382, 3470, 3702, 4024, 4129, 4183, 4674, 4679, 4728, 5165, 6983, 7051])),
            (109, "approve-tool-calls", Anchor::Lits(&[2374, 4724, 6927, 6928, 6929])),
            (111, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[6248, 6262, 6300, 6382, 6446, 7842]), Anchor::Lits(&[245, 247, 248, 249, 250, 253, 415, 773, 798, 955, 971, 1044, 1046, 1254, 1817, 2504, 2657, 2658, 3437, 3681, 4723, 4725, 4795, 4803, 5052, 5221, 5306, 5540, 6973, 7399]), Anchor::Lits(&[124, 253, 400, 934, 937, 1017, 1227, 1698, 1749, 2027, 2910, 2940, 3425, 3484, 3700, 3718, 3749, 4609, 4694, 5029, 5078, 5119, 5125, 5149, 5152, 5260, 5496, 5625, 5966, 7037, 7047, 7067, 7068, 7399, 7419])])),
            (112, "tamper-with-its-controls", Anchor::All(&[Anchor::Lits(&[3273]), Anchor::Lits(&[245, 247, 248, 249, 250, 253, 415, 773, 798, 955, 971, 1044, 1046, 1254, 1817, 2504, 2657, 2658, 3437, 3681, 4723, 4725, 4795, 4803, 5052, 5221, 5306, 5540, 6973, 7399]), Anchor::Lits(&[124, 253, 400, 934, 937, 1017, 1227, 1698, 1749, 2027, 2910, 2940, 3425, 3484, 3700, 3718, 3749, 4609, 4694, 5029, 5078, 5119, 5125, 5149, 5152, 5260, 5496, 5625, 5966, 7037, 7047, 7067, 7068, 7399, 7419])])),
            (113, "tamper-with-named-controls", Anchor::All(&[Anchor::Lits(&[8619, 8623, 8631, 8863, 8872, 10095, 11126, 11778, 12127, 12128, 12129, 12130, 12131, 12132, 12133, 12134, 12135, 12136, 12137, 12138, 12139, 12140, 12141, 12142, 12143, 12144, 12145, 12146, 12147, 12148, 12149, 12150, 12151, 12152, 12153, 12154, 12155, 12156, 12157, 12158, 12159, 12160, 12526, 14671, 14827, 14830, 14963, 15554, 15569, 17319, 17382]), Anchor::Lits(&[6237, 6373, 7842])])),
            (114, "authority-waives-controls", Anchor::Any(&[Anchor::Lits(&[461, 2976, 3111, 10034, 13658, 13796, 16484]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2447, 2448, 2449, 2452, 2453, 2454, 2621, 9712, 9875, 11125, 11350, 12192, 12205, 12218, 14496, 14655, 14675, 15464, 15733, 15738, 15748, 17796, 17835, 17836, 17844]), Anchor::All(&[Anchor::Lits(&[9114]), Anchor::Lits(&[15414, 18785])])]), Anchor::Lits(&[828, 832, 966, 1227, 1240, 1340, 1361, 1708, 1716, 1874, 2422, 2458, 2459, 2704, 2723, 3425, 3427, 4601, 4604, 5125, 5143, 5503, 5636, 5669, 5834, 5835, 5959, 5976, 6995, 7053, 7054, 7216, 7662])])])),
            (115, "vendor-orders-an-action", Anchor::All(&[Anchor::Lits(&[8716, 8718, 8719, 8720, 8721, 8722, 8723, 8724, 8726, 8727, 8728, 8729, 8730, 8731, 8732, 8733, 8737, 8738, 8740, 8741, 8742, 8743, 8744, 8745, 8746, 8748, 8751, 8752, 9645, 9646, 9647, 9648, 9649, 9650, 9651, 9652, 9657, 9658, 9659, 9660, 9661, 9662, 9663, 9664, 9687, 9688, 9689, 9690, 9691, 9692, 9693, 9694, 9695, 9696, 9697, 9698, 10044, 10045, 10046, 10047, 10048, 10049, 10050, 10051, 10056, 10057, 10058, 10059, 10060, 10061, 10062, 10063, 10086, 10087, 10088, 10089, 10090, 10091, 10092, 10093, 10094, 10098, 10099, 10100, 14093, 14095, 14096, 14097, 14098, 14099, 14100, 14101, 14103, 14104, 14105, 14106, 14107, 14108, 14109, 14110, 14114, 14115, 14117, 14118, 14119, 14120, 14121, 14122, 14123, 14125, 14128, 14129, 15877, 15879, 15880, 15881, 15882, 15883, 15884, 15885, 15887, 15888, 15889, 15890, 15891, 15892, 15893, 15894, 15898, 15899, 15901, 15902, 15903, 15904, 15905, 15906, 15907, 15910, 15914, 15916]), Anchor::Lits(&[2304, 2307, 2308, 2313, 2322, 2325, 2329, 2332, 2338, 2350, 4312, 4313, 4314, 4315, 4316, 4317, 4318, 4319, 4320, 4321, 6406, 6410, 6412, 6418, 6420, 6421, 6422, 6423, 6424, 6425])])),
            (116, "run-data-as-code", Anchor::Any(&[Anchor::Lits(&[762, 763, 764, 765, 766, 767, 768, 769, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 3172, 3175, 3451, 3452, 3453, 3454, 3455, 3456, 3457, 3458, 6256, 6257, 6286, 6287, 6293, 6294, 6295, 6296, 6327, 6328, 7124, 7125, 7126, 7127, 7128, 7129, 7130, 7131, 7345, 7346, 7347, 7348, 7349, 7350, 7351, 7352, 8371, 8372, 14920, 14921, 15544, 15545, 15762, 15763, 17964]), Anchor::All(&[Anchor::Lits(&[11501, 11503]), Anchor::Lits(&[1084, 1085, 1086, 1090, 1091, 1092, 5872, 5873, 5874, 6080, 6081, 6082, 7113, 7114, 7115]), Anchor::Lits(&[1885, 3163, 5313, 5880])])])),
            (117, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[5268]), Anchor::Lits(&[679, 972, 1134, 1135, 5677, 5779]), Anchor::Lits(&[11521, 14945, 15021, 15299])])),
            (118, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[751, 752, 8892, 9335, 10527, 10573, 10592, 10795, 10854, 10873, 11866, 13545, 13579, 13596, 13723, 13738, 13832, 15339, 15922, 15923, 15924, 15930, 15931, 15932, 15933, 15934, 15935, 15943, 15946, 15947, 15948, 15958, 15983, 15984, 15989, 15990, 15993, 15994, 15995, 15996, 15997, 15998, 16051, 16052, 16064, 16065, 16066, 16070, 16075, 16077, 16083, 16084, 16085, 16086, 16087, 16088, 16089, 16090, 16091, 16092, 16093, 16094, 16095, 16096, 16097, 16098, 16099, 16100, 16101, 16102, 18185, 18235, 18247, 18251, 18280, 18291, 18302]), Anchor::All(&[Anchor::Lits(&[12057, 12059, 12061, 12063, 12064]), Anchor::Lits(&[2302])]), Anchor::All(&[Anchor::Lits(&[852, 853, 854, 856, 857, 859, 865, 866, 874, 875, 876, 878, 879, 881, 887, 888, 891, 892, 893, 895, 896, 898, 904, 905, 1443, 1447, 1453, 1455, 1460, 1478, 1502, 1505, 1526, 1527, 1529, 1531, 1534, 1553, 1560, 1561, 1569, 1570, 1572, 1574, 1577, 1596, 1603, 1604, 1618, 1622, 1628, 1630, 1635, 1660, 1684, 1687, 3837, 3841, 3846, 3848, 3854, 3882, 3905, 3908, 7433, 7435, 7436, 7438, 7442, 7448, 7456, 7459, 7633, 7635, 7636, 7638, 7642, 7648, 7656, 7659]), Anchor::Lits(&[11077, 11078, 11079, 11080, 11081, 11082, 11083, 11084, 11085, 11086, 11087, 11088, 11089, 11090, 11091, 11092, 11093, 11094, 11095, 11096, 11097, 11098, 11099, 11100, 11101, 11102, 11103, 11104, 11105, 11106, 11107, 11108, 11109, 11110, 11111, 11112, 11113, 11114, 11115, 11116, 11117, 11118, 11119, 11120, 13110, 13111, 13112, 13113, 13114, 13115, 13116, 13117, 13119, 13120, 13121, 13122, 13123, 13124, 13125, 13126, 13127, 13128, 13129, 13130, 13131, 13132, 13133, 13134, 13135, 13136, 13137, 13138, 13139, 13140, 13141, 13142, 13143, 13144, 13145, 13146, 13147, 13148, 13149, 13150, 13151, 13152, 13153, 13154, 15920, 15924, 15925, 15929, 15958, 15959, 15961, 15968, 15972, 15973, 15974, 15975, 15976, 15977, 15978, 15979, 15980, 15981, 15982, 15983, 15984, 15986, 15987, 15991, 15992, 15999, 16000, 16001, 16003, 16009, 16013, 16014, 16015, 16016, 16017, 16018, 16019, 16020, 16021, 16022, 16023, 16024, 16025, 16026, 16027, 16028, 16029, 16030, 16031, 16032, 16033, 16034, 16035, 16036, 16037, 16038, 16040, 16041, 16042, 16043, 16044, 16045, 16046, 16048, 16049, 16050, 16062, 16066, 16068, 16069, 16070, 16071, 16072, 16073, 16075, 16077, 16078])])])),
            (119, "evade-the-checks", Anchor::Any(&[Anchor::Lits(&[619, 620, 621, 681, 3471, 3472, 3473, 5079, 5080, 5081, 6932, 6933, 6934, 6935, 6936, 6937, 12750, 13709, 17042, 17047, 17048, 17058, 17841, 18203, 18220, 18239, 18465]), Anchor::All(&[Anchor::Lits(&[852, 853, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 874, 875, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 891, 892, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 1443, 1447, 1454, 1455, 1460, 1463, 1478, 1480, 1482, 1483, 1484, 1488, 1502, 1505, 1509, 1526, 1527, 1530, 1531, 1534, 1536, 1553, 1554, 1555, 1556, 1557, 1558, 1560, 1561, 1562, 1569, 1570, 1573, 1574, 1577, 1579, 1596, 1597, 1598, 1599, 1600, 1601, 1603, 1604, 1605, 1618, 1622, 1629, 1630, 1635, 1638, 1660, 1662, 1664, 1665, 1666, 1670, 1684, 1687, 1691, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 3837, 3841, 3847, 3848, 3854, 3858, 3882, 3883, 3884, 3885, 3886, 3892, 3905, 3908, 3912, 7433, 7435, 7437, 7438, 7442, 7444, 7448, 7449, 7450, 7451, 7452, 7453, 7456, 7459, 7460, 7633, 7635, 7637, 7638, 7642, 7644, 7648, 7649, 7650, 7651, 7652, 7653, 7656, 7659, 7660]), Anchor::Lits(&[15919])])])),
            (120, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[138, 140, 141, 147, 148, 149, 153, 154, 155, 161, 162, 163, 948, 949, 950, 951, 952, 953, 956, 957, 958, 959, 960, 961, 1108, 1109, 1110, 1111, 1112, 1113, 1115, 1116, 1117, 1118, 1119, 1120, 1306, 1307, 1308, 1316, 1317, 1319, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1646, 1648, 1649, 1650, 1652, 1656, 1657, 1659, 1755, 1756, 1757, 1758, 1759, 1760, 2295, 2296, 2297, 2298, 2299, 2300, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 3684, 3687, 3690, 3692, 3698, 3699, 3778, 3780, 3781, 3783, 3785, 3793, 3794, 3798, 4001, 4003, 4005, 4006, 4009, 4012, 4013, 4022, 4032, 4033, 4034, 4035, 4036, 4037, 4038, 4039, 4409, 4410, 4411, 4412, 4413, 4414, 4621, 4622, 4623, 4624, 4625, 4626, 4796, 4797, 4798, 4799, 4800, 4801, 4804, 4805, 4806, 4807, 4808, 4809, 5175, 5176, 5177, 5178, 5179, 5180, 5181, 5182, 5183, 5184, 5185, 5186, 5214, 5215, 5216, 5217, 5218, 5219, 5222, 5223, 5224, 5225, 5229, 5230, 5283, 5284, 5285, 5291, 5292, 5293, 6001, 6005, 6006, 6013, 6014, 6017, 7590, 7598, 7602, 7605, 7614, 7626, 8865, 8875, 9615, 9870, 9874, 9973, 10424, 11322, 11352, 11609, 11805, 11852, 13034, 14611, 15225, 15364, 17370, 17374, 17377, 17378, 17380, 17799, 18182, 18192, 18200, 18266, 18284, 18294]), Anchor::All(&[Anchor::Lits(&[828, 832, 966, 1340, 1361, 1913, 1915, 2422, 2436, 3425, 3427, 4601, 4604, 4605, 4607, 5125, 5143, 5636, 5669, 5959, 5961, 6995, 7012, 7216, 7218]), Anchor::Lits(&[4267, 8377, 9542, 9618, 9623, 10146, 10147, 10179, 11989, 14012, 14338, 14571, 15576, 16522, 17792]), Anchor::Lits(&[414, 947, 1052, 1107, 2503, 3428, 4794, 4802, 5051, 5213, 5253, 5304, 5365])])])),
            (121, "standing-order-for-tool-calls", Anchor::Any(&[Anchor::Lits(&[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 2625, 2627, 2628, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2640, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 6509, 6510, 6511, 6512, 6513, 6514, 6515, 6516, 6517, 6518, 6519, 6520, 6938, 6939, 6940, 6941, 6942, 6943, 6944, 6945, 6946, 6947, 6948, 6949, 6960, 6961, 6962, 6963, 6964, 6965, 6966, 6967, 6968, 6969, 6970, 6971, 8158, 8159, 8160, 8161, 8162, 8163, 8164, 8165, 8166, 8167, 8168, 8169]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9021, 9022, 9023, 9024, 9025, 9026, 9027, 9028, 9029, 9030, 9031, 9032, 9033, 9034, 9035, 9036, 9037, 9038, 9039, 9040, 9238, 9245, 9246, 9247, 9248, 9249, 9250, 9251, 9252, 9253, 9255, 9256, 9257, 9258, 9259, 9260, 9261, 9262, 9263, 9264, 15371, 15372, 15373, 15374, 15375, 15376, 15377, 15378, 15379, 15380, 15381, 15382, 15383, 15384, 15385, 15386, 15387, 15388, 15389, 15390, 16409, 16410, 16411, 16412, 16413, 16414, 16415, 16416, 16417, 16418, 16419, 16420, 16421, 16422, 16423, 16424, 16425, 16426, 16427, 16428, 17629, 17630, 17631, 17632, 17633, 17634, 17635, 17636, 17637, 17638, 17639, 17640, 17641, 17642, 17643, 17644, 17645, 17646, 17647, 17648, 17649, 17650, 17651, 17652, 17653, 17654, 17655, 17656, 17657, 17658, 17659, 17660, 17661, 17662, 17663, 17664, 17665, 17666, 17667, 17668, 17669, 17670, 17671, 17672, 17673, 17674, 17675, 17676, 17677, 17678]), Anchor::All(&[Anchor::Lits(&[382, 639, 663, 692, 1123, 1125, 1165, 1171, 1175, 2628, 2630, 2633, 2634, 2635, 2636, 2637, 2640, 4883, 4918, 4946, 6916, 6940, 6941, 6948, 6949, 7088, 7329, 8172]), Anchor::Lits(&[8373, 8833, 10021, 10149, 11065, 11331, 11584, 12402, 12535, 14542, 14646, 14872, 15338, 15370, 15624, 18352])])]), Anchor::Lits(&[8757, 8815, 10993, 11176, 11498, 11500, 11502, 11505, 11506, 11507, 11508, 11509, 11510, 11624, 11731, 12378, 12379, 14013, 17956, 18109])]), Anchor::All(&[Anchor::Lits(&[8822, 8823, 8824, 9888, 9889, 9890, 13517, 13518, 13519, 14278, 14279, 14280, 14887, 14888, 14889, 15160, 15161, 15162, 17335, 17336, 17337, 17347, 17348, 17349]), Anchor::Lits(&[6468, 6469, 6470, 6471, 6472, 6473, 6474, 6475, 6476, 6477, 6478, 6479, 6480, 6481, 6482, 6483, 6484, 6485, 6486, 6487, 6488, 6489, 6490, 6491, 6492, 6493, 6494, 6495, 6496, 6497, 6498, 6499, 6500, 6501, 6502, 6527, 6543, 6546, 6547, 6558, 6564, 6565, 6569, 6652, 6696, 6697, 6727, 6731, 6732, 6733, 6737, 6744, 6745, 6757, 6768, 6769, 6776, 6796, 6800, 6801, 6817, 6829, 6830, 6837, 6840, 6841, 6842, 6844, 6845, 6846, 7141, 7144, 7145, 7146, 7148, 7149, 7150, 7152, 7157, 7158, 7159, 7168, 7169, 7170, 7171, 7172, 7173, 7174, 7176, 7177, 7179, 7183, 7185, 7187, 7188, 7191, 7192, 7193, 7194, 7195, 7196, 7197, 7198, 7199, 7200])])])),
            (122, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[251, 259, 416, 418, 419, 614, 664, 667, 2505, 2506, 4811, 4814, 4834, 4854, 4934, 4937, 5369, 5370, 7094, 9526, 9527, 9533, 9534, 9535, 9536, 9538, 9540, 13532, 13533, 13534, 13535, 13536, 13537, 13538, 13539, 13683, 13684, 13700, 13701, 13703, 13705, 13706, 13708, 14926, 14927, 14936, 14937, 14938, 14939, 14941, 14942, 16304, 16305, 16320, 16321, 16323, 16324, 16330, 16331, 16407, 16429, 17393, 17395]), Anchor::All(&[Anchor::Lits(&[5497, 5504, 5505, 5506, 5507, 5508, 5509, 5510, 5511, 5512, 5513, 5514, 5515, 5516, 5517, 5518, 5519, 5528, 5530, 5531, 5532, 5533, 5534, 5535]), Anchor::Lits(&[9628, 11423, 11778, 12126, 15433, 17382])])])),
            (123, "agent-grants-itself-power", Anchor::Lits(&[5132, 6249, 6255, 7980, 8014, 8031, 8109, 8132, 10603, 10885, 13699, 15960, 15962, 15963, 15964, 15966, 15967, 15970, 16002, 16004, 16005, 16006, 16007, 16008, 16011])),
            (124, "remove-the-guard-hook", Anchor::Lits(&[8862, 8871, 9070, 9073, 10096, 10097, 11780, 11782, 11784, 11785, 14490, 14491, 14624, 14633, 14671, 14672, 14711, 14712, 15431, 15443, 15569, 15589])),
            (125, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[977, 1340, 3352, 4698, 4958, 5570, 5840, 5959, 5976, 6995, 7053, 7466]), Anchor::Lits(&[85, 89, 196, 610, 1836, 3475, 3476, 3703, 5005, 5460]), Anchor::Lits(&[8512, 9509, 9729, 13075, 13078, 13341, 15016, 15243, 16513, 17350])])),
            (126, "policy-does-not-cover-me", Anchor::Lits(&[406, 407, 408, 409, 410, 411, 412, 755, 756, 757, 758, 759, 760, 761, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1875, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 5205, 5206, 5207, 5208, 5209, 5210, 5211])),
            (129, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[167, 550, 731, 2701, 4360, 7355, 7356, 7397]), Anchor::Any(&[Anchor::Lits(&[8301, 8313, 8642, 8825, 10140, 10141, 10232, 10235, 10236, 10238, 10389, 10390, 10391, 10392, 10393, 10394, 10395, 10396, 10941, 10946, 10947, 10948, 10949, 10950, 10956, 10957, 10958, 11354, 14241, 14348, 14429, 14540, 14796, 15514, 15611, 16140, 16198, 17300, 17384]), Anchor::All(&[Anchor::Lits(&[11761]), Anchor::Lits(&[109, 204, 4425, 4627, 5466, 5995])]), Anchor::All(&[Anchor::Lits(&[6589, 6613, 6627, 6664, 6665, 6667, 6697, 6716, 6725, 6765, 6797, 6835, 6850]), Anchor::Lits(&[10022, 10989, 11061, 11368, 11585, 12956, 14647, 15625, 17356, 17499, 17570])])]), Anchor::Lits(&[8667, 8668, 8669, 8672, 8673, 8674, 8685, 8712, 8713, 8906, 9629, 9630, 9636, 11364, 11365, 11366, 11444, 11445, 12699, 13067, 13069, 13070, 14058, 14161, 14354, 14355, 14356, 14808, 14809, 14810, 14960, 14972, 14992, 15267, 15290, 15291, 15612, 15616, 16351, 16359, 16360, 16363, 16371, 16372, 17358, 17359, 17360])])),
            (130, "tool-call-tampering", Anchor::Lits(&[8410, 8411, 8412, 8413, 8414, 8758, 8759, 8760, 8761, 8762, 8816, 8817, 8818, 8819, 8820, 9279, 9299, 9301, 9307, 9320, 9743, 9744, 9746, 9747, 9748, 9749, 9750, 9752, 9759, 9760, 9761, 9762, 9763, 9764, 9765, 9767, 10994, 10995, 10996, 10997, 10998, 11177, 11178, 11179, 11180, 11181, 11639, 11640, 11641, 11642, 11643, 11644, 11645, 11646, 11647, 11648, 11649, 11650, 11651, 11652, 11653, 11654, 12234, 12252, 12253, 12254, 12258, 13659, 13660, 13661, 13662, 13663, 14880, 14881, 14882, 14883, 14884, 14885, 14886, 14890, 14893, 14894, 14896, 14897, 14898, 14905, 14906, 14913, 16190, 16191, 16192, 16193, 16194, 16195, 16196, 16197, 16254, 16255, 16256, 16257, 16258, 16259, 16260, 16261, 16266, 16267, 16268, 16269, 16270, 16271, 16272, 16273, 17320, 17321, 17322, 17323, 17324, 17325, 17326, 17327, 17328, 17329, 17330, 17331, 17332, 17333, 17334, 17338, 17939, 17948, 17949, 17950, 17953, 17958, 17961, 17962, 17963, 17964])),
            (131, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[749, 750, 751, 752, 1449, 1464, 1468, 1485, 1490, 1493, 1499, 1504, 1507, 1624, 1639, 1643, 1667, 1672, 1675, 1681, 1686, 1689, 3724, 3843, 3859, 3863, 3887, 3894, 3896, 3902, 3907, 3910, 5009, 5626, 10120, 10121, 10122, 10123, 10124, 10125, 10126, 10127, 10128, 10129, 10130, 10131, 10416, 10417, 12014, 12016, 12021, 12025, 12026, 12042, 12043, 12046, 12047, 12051, 12052, 12173, 12174, 12175, 12176, 12177, 12178, 12180, 12181, 12182, 12183, 12184, 12186, 12187, 12188, 12189, 12673, 12674, 12675, 12676, 12677, 12678, 12679, 12680, 12681, 12682, 12683, 12684, 12897, 12899, 12904, 12912, 12914, 13228, 14919, 15123, 15143, 15144, 15145, 15146, 15147, 15148, 15149, 15150, 15151, 15152, 15153, 15154, 15155, 15156, 15157, 15482, 15517, 15518, 15520, 15524, 15525, 15534, 15535, 15538, 15539, 15541, 15542, 15543, 15750, 15751, 15752, 15753, 15754, 15755, 15756, 15757, 15758, 15759, 15760, 15761, 16278, 16279, 16280, 16281, 16282, 16283, 16284, 16285, 16286, 16287, 16288, 16289, 16540, 17407, 17408, 17409, 17410, 17411, 17412, 17413, 17414, 17415, 17416, 17417, 17454, 17455, 17456, 17457, 17458, 17459, 17460, 17461, 17462, 17463, 17464, 17502, 17503, 17504, 17505, 17506, 17507, 17508, 17509, 17510, 17511, 17512, 17684, 17685, 17686, 17687, 17688, 17689, 17691, 17692, 17693, 17694, 17695, 17697, 17698, 17699, 17700, 17702, 17703, 17704, 17705, 17706, 17707, 17709, 17710, 17711, 17712, 17713, 17715, 17716, 17717, 17718, 18163, 18238, 18253, 18254, 18255, 18261, 18302]), Anchor::All(&[Anchor::Lits(&[8678, 10519, 10786, 13118, 13529, 13720, 18157, 18472, 18474]), Anchor::Lits(&[190, 197, 780, 1377, 1378, 2914, 2923, 3412, 3416, 3525, 3587, 4086, 4087, 5162, 5168, 5249, 5250, 5407, 5420, 5603, 5612, 6051, 6075, 7225, 7226]), Anchor::Lits(&[8377, 8764, 8765, 12171, 14180, 14338, 14464, 14505, 15142, 17679])]), Anchor::All(&[Anchor::Lits(&[678, 2626, 4160, 4440, 5444]), Anchor::Lits(&[12898, 12903, 12905, 12910, 12911, 12913, 12915, 12960, 12962, 12963, 12964, 12965, 12966, 12967])])])),
            (132, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[28, 30, 34, 38, 41, 43, 45, 49, 51, 271, 273, 275, 277, 282, 284, 286, 288, 290, 6135, 6137, 6167, 6169, 6172, 6177, 6179, 6191, 6193, 6263, 6265, 6267, 6271, 6282, 6288, 6290, 6301, 6305, 6399, 6401, 6426, 6428, 6431, 6433, 6435, 6447, 6449]), Anchor::Lits(&[493, 507, 553, 554, 560, 2731, 2751, 2825, 2826, 2864, 2941, 2942, 2943, 2944, 2945, 2987, 3000, 3051, 3052, 3064, 4375, 4376, 4385, 4386, 4387, 6526, 6577, 6773, 6774, 6836]), Anchor::Lits(&[10142, 10151, 10163, 11062, 11063, 12917, 14435, 14540, 15017, 15231, 15241, 15342, 15461, 15546, 15647, 16199, 16732, 16867, 17301])]), Anchor::All(&[Anchor::Lits(&[12335, 12340, 13045, 14546, 17617]), Anchor::Lits(&[326, 1080, 2040, 4789, 7483]), Anchor::Lits(&[10142, 10163, 11063, 14282, 14435, 15017, 15231, 15241, 15342, 15546, 16199, 16462, 17301])])]), Anchor::Lits(&[29, 31, 35, 39, 42, 44, 46, 50, 52, 272, 274, 276, 278, 283, 285, 287, 289, 291, 6136, 6138, 6168, 6170, 6173, 6178, 6180, 6192, 6194, 6264, 6266, 6268, 6272, 6283, 6289, 6291, 6302, 6306, 6400, 6402, 6427, 6429, 6432, 6434, 6436, 6448, 6450, 10143, 10164, 11064, 14283, 14436, 15018, 15232, 15242, 15343, 15547, 16200, 16463, 17302])])),
            (136, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[446, 452, 459, 477, 481, 868, 2555, 2585, 3143, 3148, 3727, 3799, 3819, 5542, 5571, 7423]), Anchor::Lits(&[179, 180, 186, 187, 580, 581, 779, 782, 944, 945, 946, 972, 1129, 1130, 1134, 2487, 3367, 3368, 3459, 3460]), Anchor::Any(&[Anchor::Lits(&[8301, 8313, 8642, 8825, 10140, 10141, 10232, 10235, 10236, 10238, 10389, 10390, 10391, 10392, 10393, 10394, 10395, 10396, 10941, 10946, 10947, 10948, 10949, 10950, 10956, 10957, 10958, 11354, 14241, 14348, 14429, 14540, 14796, 15514, 15611, 16140, 16198, 17300, 17384]), Anchor::All(&[Anchor::Lits(&[11761]), Anchor::Lits(&[109, 204, 4425, 4627, 5466, 5995])]), Anchor::All(&[Anchor::Lits(&[6589, 6613, 6627, 6664, 6665, 6667, 6697, 6716, 6725, 6765, 6797, 6835, 6850]), Anchor::Lits(&[10022, 10989, 11061, 11368, 11585, 12956, 14647, 15625, 17356, 17499, 17570])])])])),
            (137, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8641, 12170, 12336, 13189, 17345]), Anchor::All(&[Anchor::Lits(&[9229, 9230, 9345, 10119, 11072, 12011, 12013, 12672, 13353, 15336, 15337, 15515, 16290, 17257, 17996, 18794]), Anchor::Lits(&[9066, 9354, 9597, 9770, 10493, 11058, 11421, 11497, 12335, 13040, 13045, 13190, 14357, 14460, 15548, 16177, 16336, 16465, 16580])])]), Anchor::Lits(&[255, 690, 691, 754, 1146, 1797, 2623, 2624, 2664, 2725, 3069, 3505, 3713, 5294, 5295, 5442, 5832, 6508, 6948, 7398, 8157]), Anchor::Lits(&[608, 772, 941, 1016, 1019, 1395, 1396, 1752, 1753, 1991, 1992, 2045, 2724, 3441, 3442, 3507, 4664, 4709, 5453, 5772, 5773, 5871, 6025, 6026, 6079, 12337, 17346])])),
            (138, "hijack-the-task", Anchor::Lits(&[8209, 8210, 8670, 8671, 8677, 8679, 8971, 8972, 9439, 9440, 9626, 9627, 9975, 9976, 12845, 12846, 12868, 12878, 14587, 14588, 14831, 14832, 14915, 14916, 14917, 14918, 15138, 15139, 15158, 15159, 15268, 15270, 16349, 16350, 16361, 16362, 16373, 16374, 16515, 16516, 16519, 16520, 17037, 17038, 17361, 17362, 17690, 17696, 17708, 17714])),
            (140, "instruction-field", Anchor::Any(&[Anchor::Lits(&[8424, 8425, 8429, 8436, 8449, 8450, 8451, 8452, 8469, 8470, 8474, 8486, 8499, 8500, 8501, 8506, 8981, 8982, 8986, 8998, 9011, 9012, 9013, 9014, 9384, 9385, 9389, 9401, 9414, 9415, 9416, 9417, 9995, 9996, 9997, 10004, 10017, 10018, 10019, 10020, 13059, 13060, 13061, 13062, 13063, 13064, 13065, 13066, 13299, 13300, 13304, 13316, 13329, 13330, 13331, 13332, 16437, 16441, 16445, 16450, 16451, 16453, 16456, 16459]), Anchor::All(&[Anchor::Lits(&[2048, 2049, 2050, 2051, 2052, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2064, 2065, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2123, 2127, 2128, 2136, 2137, 2161, 2162, 2164, 2166, 2167, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2179, 2180, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 6528, 6529, 6530, 6531, 6532, 6533, 6534, 6537, 6538, 6541, 6542, 6545, 6550, 6551, 6552, 6553, 6572, 6573, 6574, 6578, 6579, 6580, 6581, 6582, 6583, 6584, 6585, 6586, 6587, 6588, 6590, 6591, 6592, 6593, 6594, 6595, 6596, 6597, 6598, 6599, 6600, 6601, 6602, 6603, 6604, 6605, 6606, 6607, 6608, 6609, 6610, 6611, 6612, 6628, 6629, 6632, 6633, 6636, 6638, 6682, 6713, 6714, 6722, 6723, 6778, 6779, 6781, 6784, 6785, 6786, 6787, 6790, 6791, 6794, 6795, 6799, 6805, 6806, 6809, 6810, 6865, 6866, 6867, 6868, 6869, 6870, 6871, 6872, 6873, 6874, 6875, 6876, 6877, 6878, 6879, 6880, 6881, 6882, 6883, 6884, 6885, 6886, 6887, 6888, 6889, 6890, 6891, 6892, 6893, 6894, 6895, 6896]), Anchor::Lits(&[8346, 8347, 9742, 9751, 9758, 9766, 10374, 10376, 10379, 10381, 12591, 12593, 12603, 12624, 13260, 13263, 13356, 13357, 13873, 13876, 13879, 13882, 14216, 14217, 14229, 14238, 14828, 14833, 16514, 16517, 16518, 16521, 17293, 17296])])])),
            (143, "conceal-from-the-people", Anchor::Any(&[Anchor::Lits(&[388, 392, 793, 794, 795, 836, 839, 845, 3478, 3479, 3556, 3573, 3585, 4791, 4792, 4793, 5469, 5470, 10131, 10417, 10522, 10549, 10551, 10586, 10589, 10597, 10598, 10599, 10600, 10601, 10606, 10640, 10646, 10789, 10829, 10831, 10867, 10870, 10879, 10880, 10881, 10882, 10883, 10888, 10922, 10928, 13540, 13556, 13558, 13590, 13593, 13600, 13601, 13602, 13603, 13604, 13609, 13642, 13647, 14919, 15543, 16289, 18162, 18193, 18195, 18237, 18241, 18250, 18253, 18254, 18255, 18256, 18260, 18301, 18320]), Anchor::All(&[Anchor::Lits(&[8766, 8767, 8768, 8769, 8770, 8771, 8772, 8773, 8774, 11980, 11981, 11982, 11983, 11984, 11985, 11986, 11987, 11988, 13754, 13756, 13758, 13759, 13760, 13761, 13768, 13773, 13775, 13802, 13804, 13806, 13807, 13808, 13809, 13818, 13823, 13825, 13845, 13846, 13848, 13849, 13850, 13851, 13855, 13859, 13860, 14465, 14466, 14467, 14468, 14469, 14470, 14471, 14472, 14473, 16872, 16873, 16874, 16875, 16876, 16877, 16881, 16884, 16885, 16886, 16887, 16888, 16889, 16890, 16891, 16892, 16893, 16894, 16908, 16909, 16910, 16911, 16912, 16913, 16914, 16915, 16916, 16960, 16961, 16962, 16963, 16964, 16965, 16966, 16967, 16968, 16999, 17000, 17001, 17002, 17003, 17004, 17005, 17006, 17007, 17065, 17067, 17070, 17071, 17072, 17073, 17091, 17097, 17099, 17702, 17703, 17704, 17705, 17706, 17707, 17713, 17717, 17718]), Anchor::Lits(&[15919])])])),
            (144, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[1401, 1402, 1405, 1406, 1407, 2659, 2660, 5877, 7505, 7506, 7507, 7508, 7509, 7587, 7591, 7600, 7609, 7623, 18163, 18225, 18231, 18268, 18312, 18313, 18314]), Anchor::All(&[Anchor::Lits(&[332, 3965, 4404, 4947, 7600, 7666]), Anchor::Lits(&[9432, 9928, 13071, 16201]), Anchor::Lits(&[1131, 1729, 1928, 4979, 5155, 7039, 7669])]), Anchor::All(&[Anchor::Lits(&[332, 4947, 7025, 7666]), Anchor::Lits(&[770, 797, 1079, 2438, 3466, 5161, 5363, 5544, 5630, 5790]), Anchor::Lits(&[10022, 10968, 11368, 13281, 14870, 14873, 15096, 16434, 17499, 17570, 18353])]), Anchor::All(&[Anchor::Lits(&[2733, 2734, 2735, 2738, 2739, 2741, 2742, 2743, 2744, 2745, 2746, 2753, 2756, 2757, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2811, 2814, 2815, 2816, 2817, 2818, 2832, 2834, 2835, 2839, 2841, 2846, 2849, 2850, 2851, 2852, 2853, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3029, 3031, 3041, 3042, 3043, 3044, 3045, 3046, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 6536, 6539, 6540, 6544, 6549, 6555, 6557, 6559, 6560, 6561, 6562, 6631, 6634, 6635, 6640, 6641, 6642, 6643, 6644, 6645, 6646, 6647, 6648, 6649, 6650, 6653, 6654, 6655, 6656, 6657, 6658, 6659, 6660, 6661, 6662, 6663, 6680, 6699, 6753, 6755, 6758, 6759, 6761, 6762, 6789, 6792, 6793, 6798, 6803, 6813, 6816, 6818, 6819, 6821, 6822]), Anchor::Lits(&[382, 1059, 1060, 1061, 1062, 1165, 3348, 4680, 4903, 5441, 6916]), Anchor::Lits(&[8373, 8833, 11065, 12402, 12535, 14438, 14872, 18352])])])),
            (148, "conceal-the-steps", Anchor::Lits(&[267, 907, 1147, 1381, 2025, 2026, 2930, 4532, 4533, 4534, 4535, 4544, 4549, 4550, 4551, 4554, 5010, 5448, 5627, 7400, 8157, 10561, 10585, 10591, 10593, 10596, 10618, 10621, 10625, 10632, 10842, 10866, 10872, 10874, 10878, 10900, 10903, 10907, 10914, 12351, 12352, 12353, 12354, 12357, 12358, 12359, 12360, 12369, 12370, 12381, 12382, 12383, 12384, 12385, 12386, 12536, 12537, 12538, 12539, 12540, 12541, 12542, 12543, 12544, 12545, 12546, 12547, 12548, 12549, 12550, 12551, 12656, 12657, 12658, 12659, 12660, 12661, 12662, 12663, 12664, 12665, 12666, 12667, 12668, 12669, 12670, 12671, 13569, 13589, 13595, 13597, 13599, 13618, 13622, 13626, 13634, 13720, 15679, 15682, 18246, 18257, 18281, 18288, 18293])),
            (150, "assert-a-falsehood", Anchor::Lits(&[579, 968, 1051, 3574, 4071, 4851, 5166, 5415, 5815, 6052, 6055, 6056, 6057, 6058, 6059, 6060, 6061, 6062, 6063, 6064, 6065, 6066, 6067, 6068, 6069, 6071, 6072, 7674])),
            (151, "user-kept-out-of-the-loop", Anchor::Any(&[Anchor::Lits(&[219, 220, 222, 223, 224, 225, 353, 354, 355, 356, 358, 359, 494, 495, 497, 498, 499, 500, 501, 502, 503, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 521, 536, 539, 544, 545, 547, 548, 549, 1839, 1841, 1842, 1843, 1844, 1846, 10526, 10530, 10550, 10555, 10556, 10587, 10607, 10641, 10794, 10798, 10830, 10835, 10836, 10868, 10889, 10923, 13361, 13362, 13363, 13364, 13365, 13366, 13367, 13368, 13370, 13371, 13372, 13373, 13374, 13375, 13376, 13377, 13486, 13487, 13488, 13489, 13490, 13491, 13492, 13493, 13494, 13495, 13496, 13497, 13498, 13499, 13500, 13501, 13543, 13548, 13557, 13562, 13563, 13591, 13610, 13643, 13720, 15681, 15683, 15684, 15685, 15686, 15690, 15691, 15693, 15696, 15697, 15698, 15699, 15700, 15704, 15705, 15707]), Anchor::All(&[Anchor::Lits(&[391, 1798, 2429, 2431, 5609, 7009]), Anchor::Lits(&[10523, 10567, 10578, 10579, 10633, 10642, 10702, 10708, 10711, 10712, 10719, 10720, 10762, 10770, 10773, 10774, 10782, 10783, 10790, 10848, 10859, 10860, 10915, 10924, 13541, 13575, 13583, 13584, 13635, 13644, 15680, 15687, 15688, 15689, 15692, 15694, 15695, 15701, 15702, 15703, 15706, 15708, 18045, 18050, 18053, 18054, 18065, 18066, 18322, 18327, 18330, 18331, 18342, 18343])])])),
            (152, "kept-from-the-record", Anchor::Lits(&[1539, 1540, 1542, 1543, 1545, 1549, 1552, 1582, 1583, 1585, 1586, 1588, 1592, 1595, 1645, 1647, 1651, 1653, 1654, 1655, 1658, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 3728, 3729, 3731, 3732, 3734, 3738, 3741, 3777, 3779, 3784, 3786, 3788, 3792, 3797, 3801, 3802, 3804, 3805, 3807, 3811, 3814, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 3881, 4161, 4162, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4545, 4546, 4547, 4548, 4552, 4553, 4555, 5574, 5575, 5577, 5578, 5580, 5584, 5587, 5589, 5590, 5592, 5593, 5595, 5599, 5602, 7431, 7432, 7436, 7440, 7442, 7448, 7458, 7631, 7632, 7636, 7640, 7642, 7648, 7658, 8348, 8349, 8350, 8351, 8352, 8353, 9485, 9486, 9487, 9488, 9489, 9490, 9556, 9557, 9558, 9559, 9560, 9561, 9754, 9755, 9756, 9757, 9768, 9769, 13811, 13816, 13993, 13994, 13995, 13996, 13997, 13998, 13999, 14000, 14001, 14002, 14003, 14004, 14005, 14006, 14007, 14008, 14009, 14010, 14876, 14877, 14878, 14879, 14891, 14892, 16079, 16080, 16081, 16082, 16262, 16263, 16264, 16265, 16274, 16275, 16291, 16292, 16293, 16294, 16295, 16296])),
            (154, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[10960, 11703, 11733, 12124, 12167, 12230, 12945, 14026, 14281, 14337, 14523, 14535, 14537, 14785, 14839, 14840, 18357]), Anchor::Lits(&[583, 588, 589, 590, 591, 592, 593, 594, 595, 625, 626, 627, 628, 629, 630, 631, 632, 633, 2047, 2129, 2131, 2132, 2133, 2134, 2135, 2138, 2140, 2731, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2987, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3756, 3757, 3758, 3759, 3760, 3761, 3762, 3763, 3764, 4304, 4330, 4331, 4332, 4333, 4334, 4335, 4336, 4337, 4375, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4634, 4635, 4636, 4637, 4638, 4639, 4640, 4641, 4642, 4815, 4816, 4817, 4818, 4819, 4820, 4821, 4822, 4823, 6526, 6715, 6717, 6718, 6719, 6720, 6721, 6724, 6726, 7140, 7160, 7161, 7162, 7163, 7164, 7165, 7166, 7167]), Anchor::Lits(&[9212, 9213, 9987, 10021, 10240, 10967, 11355, 11367, 11584, 12955, 13101, 13280, 13355, 14646, 14869, 14872, 15095, 15480, 15624, 15665, 15677, 16335, 16433, 17355, 17498, 17569, 18352])]), Anchor::All(&[Anchor::Lits(&[14524, 14534, 14536, 14785]), Anchor::Lits(&[8312, 9433, 9836, 10312, 10935, 11061, 11073, 11479, 12401, 12946, 13098, 15119, 15135, 15645, 15666, 15796, 16332]), Anchor::Lits(&[682, 684, 1131, 1729, 1767, 1917, 1928, 2273, 3380, 3678, 3717, 4974, 5155, 5474, 5544, 5566, 5869, 5993, 6955, 7039, 7070])])]), Anchor::Lits(&[683, 685, 1126, 1132, 1246, 1730, 1768, 1918, 1929, 2274, 3381, 3494, 3679, 3718, 4747, 4753, 4754, 4810, 4901, 4975, 4980, 5156, 5405, 5475, 5477, 5545, 5567, 5870, 5994, 6956, 7040, 7071, 7670])])),
            (157, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[9981, 9982, 9983, 9984, 9985, 9986, 10499, 10500, 10501, 10502, 10503, 10504, 10505, 10506, 10507, 10508, 10509, 10510, 10511, 10512, 10513, 10514, 10515, 10516, 11991, 11992, 11993, 11994, 11995, 11996, 12161, 12162, 12163, 12164, 12165, 12166, 14445, 14446, 14447, 14448, 14449, 14450, 14899, 14900, 14901, 14902, 14903, 14904, 14907, 14908, 14909, 14910, 14911, 14912, 15030, 15031, 15032, 15033, 15034, 15035, 16339, 16340, 16341, 16342, 16343, 16344, 17618, 17619, 17620, 17621, 17622, 17623, 17624, 17625, 17626, 17681, 17682, 17683]), Anchor::Lits(&[9467, 11419, 13082, 14541, 15137])])),
            (158, "ship-whole-table-to-own-endpoint", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[25, 26, 27, 268, 269, 270, 279, 280, 281, 338, 340, 346, 3752, 3753, 3754, 5747, 5748, 5749]), Anchor::All(&[Anchor::Lits(&[17266, 17271, 17276, 17282, 17285, 17287, 18083, 18088, 18093, 18111, 18135, 18137]), Anchor::Lits(&[8230, 8233, 8241, 8653, 8660, 8683, 13380, 16150, 16821]), Anchor::Any(&[Anchor::Lits(&[8229, 8232, 8240, 8652, 8659, 8682, 13379, 16149, 16820]), Anchor::All(&[Anchor::Lits(&[2752]), Anchor::Lits(&[8222, 8650])])])])]), Anchor::Lits(&[987, 1132, 1918, 1929, 2274, 3381, 3679, 4762, 4810, 4975, 5156, 5475, 5545, 5567, 5870, 5994, 6956, 7071])])),
            (159, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[923, 1384, 1730, 1748, 1768, 2443, 4558, 4690, 4810, 4885, 5053, 5244, 5249, 5475, 5545, 5603, 6051, 7016]), Anchor::Lits(&[8307, 8308, 8826, 8828, 9235, 10143, 13917, 14428, 14430, 14436, 14442, 14452, 14797, 14798, 15036, 15515, 15547, 15648]), Anchor::Lits(&[543, 680, 2046, 2302, 2620, 2730, 2986, 4131, 4303, 5678, 6525, 7044, 7046, 7123])])),
            (160, "keep-it-from-security", Anchor::Any(&[Anchor::Lits(&[9189, 9190, 9191, 9192, 9199, 9200, 9201, 9202, 9203, 9204, 9205, 9206, 9445, 9446, 9447, 9448, 9449, 9450, 9456, 9457, 9458, 9459, 9460, 9461, 10676, 10677, 10678, 10679, 10680, 10681, 10682, 10683, 10684, 10685, 10686, 10687, 11709, 11710, 11711, 11712, 11713, 11714, 11725, 11726, 11727, 11728, 11729, 11730, 15799, 15800, 15815, 15823, 15843, 15845, 15859, 15860, 15861, 15862, 15863, 15864]), Anchor::All(&[Anchor::Lits(&[9338, 10519, 10786, 12984, 12985, 13529, 13720, 13778, 18157]), Anchor::Lits(&[190, 197, 569, 576, 780, 781, 924, 925, 2421, 2435, 2914, 2923, 3084, 3085, 3412, 3482, 3483, 3557, 3575, 3586, 3588, 3589, 3590, 4086, 4087, 6051, 6075, 7214, 7215]), Anchor::Lits(&[8397, 8854, 8901, 9464, 9548, 9623, 9778, 10169, 10934, 11736, 12460, 12717, 12968, 13164, 13420, 14276, 14784, 15513, 15733, 15747, 16139, 16829])])])),
            (161, "send-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1063, 1402, 1406, 1408, 1409, 5251, 5732]), Anchor::All(&[Anchor::Lits(&[9234, 10149, 11353, 14542, 14646, 14869, 15624, 16335, 17363, 17569]), Anchor::Lits(&[0, 2, 15, 17, 18, 19, 20, 21, 22, 23]), Anchor::Lits(&[8211, 8212, 8213, 8215, 8216, 8217, 8218, 8219, 8220, 8221])]), Anchor::All(&[Anchor::Lits(&[6535, 6548, 6554, 6556, 6563, 6566, 6630, 6698, 6726, 6749, 6754, 6763, 6788, 6802, 6811, 6814, 6826, 6834, 6864]), Anchor::Any(&[Anchor::Lits(&[9436, 12639, 13664, 14544, 15140, 17846]), Anchor::All(&[Anchor::Lits(&[1379, 5670, 6048, 7290]), Anchor::Lits(&[13380])])])])]), Anchor::Lits(&[1380, 5671, 6049, 7291, 8211, 8212, 8213, 8215, 8216, 8217, 8218, 8219, 8220, 8221, 9437, 12640, 13665, 14059, 14060, 14061, 14062, 14063, 14064, 14065, 14066, 14067, 14068, 14069, 14070, 14071, 14072, 14073, 14074, 14075, 14076, 14077, 14078, 14079, 14080, 14081, 14082, 14083, 14084, 14085, 14086, 14087, 14088, 14089, 14090, 14131, 14132, 14133, 14134, 14135, 14136, 14137, 14138, 14140, 14151, 14152, 14153, 14154, 14155, 14158, 14159, 14162, 14163, 14164, 14165, 14166, 14167, 14168, 14169, 14170, 14171, 14172, 14173, 14174, 14175, 14176, 14177, 14303, 14304, 14305, 14306, 14307, 14545, 15141, 17227, 17228, 17229, 17230, 17231, 17722, 17723, 17724, 17725, 17726, 17784, 17785, 17786, 17787, 17788, 17847])])),
            (162, "send-outside-the-company", Anchor::Lits(&[1936, 1938, 1939, 1940, 1942, 1943, 2470, 6367, 6368, 6369, 6370, 6371, 6372, 14300, 14525, 14526, 14527, 14528, 14529, 14530, 14531, 14532, 14697, 14848, 14849, 14850, 14851, 14852, 14853, 14854, 14855])),
            (163, "disclose-secret-values", Anchor::Any(&[Anchor::Lits(&[978, 983, 1220, 4779, 4780, 7032, 7044, 7046, 12404, 12405, 12406, 12407, 12408, 12409, 12410, 12411, 12412, 12413, 12414, 12415, 12416, 12417, 12418, 12419, 12420, 12421, 12422, 12423, 12424, 12425, 12426, 12427, 12428, 12429, 12430, 12431, 12432, 12433, 12434, 12435, 12436, 12437, 12438, 12439]), Anchor::All(&[Anchor::Lits(&[1811, 1812, 1813, 1815, 1818, 4886]), Anchor::Lits(&[10425, 10967, 11049, 11689, 12402, 13046, 14282, 14438, 14737, 15255, 15624, 15709, 16538]), Anchor::Lits(&[325, 1163, 3345, 4680, 5441, 6916, 7557, 7737, 7751])]), Anchor::All(&[Anchor::Lits(&[1086, 1092, 7115, 7116]), Anchor::Lits(&[86, 382, 4676, 4680, 4903, 5441, 6916]), Anchor::Lits(&[8374, 11050, 11688, 12403, 14439, 14738, 14873, 15247, 15256, 15625, 15710, 16523, 18353])]), Anchor::All(&[Anchor::Lits(&[8829, 9727, 13916, 14427, 15516, 15529]), Anchor::Lits(&[10426, 10968, 11369, 11688, 14283, 14439, 14738, 14970, 15256, 15625, 15666, 15710, 16523])]), Anchor::All(&[Anchor::Lits(&[9564, 9577, 9598, 9601, 10368, 10369, 12988, 12989]), Anchor::Lits(&[8825, 14427, 14429, 14441, 14796, 15514, 17300])])])),
            (164, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8375, 10134, 10135, 10136, 10137, 10138, 10139, 10236, 10938, 10941, 10942, 10943, 10947, 10949, 10951, 10952, 11372, 11373, 11374, 11520, 11685, 11686, 12470, 13861, 14334, 14335, 14863, 14871, 14971, 15174, 15244, 15306, 16348, 17384]), Anchor::All(&[Anchor::Lits(&[11761]), Anchor::Lits(&[109, 221, 2729, 4425, 4627, 5466, 5995, 7093])]), Anchor::All(&[Anchor::Lits(&[2750, 2810, 2819, 2822, 2870, 2999, 3040, 3049, 3050, 3065, 6238, 6279, 6292, 6297, 6325, 6568, 6752, 6767, 6772, 6863]), Anchor::Lits(&[8373, 8969, 9062, 11687, 13355, 14824, 14872])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8214, 8622, 9071, 9075, 9110, 9784, 12685, 12973, 13196, 13279, 13358, 13521, 14433, 14434, 15646, 17400]), Anchor::All(&[Anchor::Lits(&[13520]), Anchor::Lits(&[12232, 18356])]), Anchor::All(&[Anchor::Lits(&[15341]), Anchor::Lits(&[12232, 18356])])]), Anchor::Lits(&[16, 246, 615, 622, 641, 642, 1029, 3086, 3087, 3400, 3508, 3676, 3722, 3825, 3826, 3827, 4683, 4684, 5300, 5301, 5494, 5495, 7015]), Anchor::Lits(&[9443, 10230, 10278, 10387, 10399, 10936, 11351, 12992, 13083, 15060, 15068, 15076, 16400, 16406, 16479, 17392, 17418, 17553])]), Anchor::All(&[Anchor::Lits(&[176, 624, 984, 1076, 1100, 1177, 1933, 2264, 2292, 2982, 2984, 4563, 4572, 4665, 4874, 4917, 5054, 5188, 5913, 6365, 6366, 7119]), Anchor::Lits(&[9728, 10021, 10967, 11367, 11584, 11687, 13101, 13355, 14646, 14869, 15095, 15624, 15665, 15667, 17355, 17498, 17569]), Anchor::Lits(&[2046, 2986, 6525, 7483])]), Anchor::All(&[Anchor::Lits(&[333, 337, 340, 342, 345, 346, 1935, 1937, 1941, 1944, 1945, 1946, 4565, 4566, 4567, 4568, 4569, 4570, 5055, 5056, 5057, 5058, 5059, 5060]), Anchor::Lits(&[17267, 17268, 17269, 17270, 17272, 17273, 17274, 17275, 17277, 17279, 17283, 17284, 17286, 17288, 17289, 17290, 18084, 18085, 18086, 18087, 18089, 18090, 18091, 18092, 18094, 18110, 18133, 18134, 18136, 18138, 18139, 18140])]), Anchor::All(&[Anchor::Lits(&[584, 585, 586, 587, 596, 597, 3001, 3027, 3028, 3030, 3047, 3048, 6627, 6665, 6667, 6697, 6765, 6766]), Anchor::Lits(&[10022, 11585, 13102, 14647, 14870, 15625, 15666, 17570])]), Anchor::All(&[Anchor::Lits(&[109, 4425, 5466, 5995, 7093]), Anchor::Lits(&[8312, 8378, 13076, 17680]), Anchor::Lits(&[8374, 10133, 13108, 14841, 15656, 15657])]), Anchor::All(&[Anchor::Lits(&[14439, 14647, 14857, 15625, 15666]), Anchor::Lits(&[382, 1165, 3348, 4680, 6916])]), Anchor::All(&[Anchor::Lits(&[6567, 6760, 6775, 6820, 7484, 7517, 7530, 7536]), Anchor::Lits(&[17628]), Anchor::Lits(&[15666])]), Anchor::All(&[Anchor::Lits(&[10937]), Anchor::Lits(&[1197, 1200, 5432, 6022, 7223])]), Anchor::All(&[Anchor::Lits(&[11135, 13903, 13953, 18067]), Anchor::Lits(&[10163, 10178, 12067, 13078, 15017, 15342, 15497, 16462])]), Anchor::All(&[Anchor::Lits(&[10231, 10937, 14864, 15069, 17385, 18067]), Anchor::Lits(&[204, 1733, 1807, 1837, 7417])])]), Anchor::Any(&[Anchor::Lits(&[811, 2812, 2915, 3177, 3179, 3181, 3182, 3184, 3188, 3191, 3193, 3195, 3197, 3198, 3199, 3201, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3244, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3275, 3277, 3279, 3280, 3282, 3286, 3289, 3291, 3293, 3295, 3296, 3297, 3299, 4420, 6140, 6142, 6144, 6145, 6147, 6151, 6154, 6156, 6158, 6160, 6161, 6162, 6164, 6212, 6214, 6216, 6217, 6219, 6223, 6226, 6228, 6230, 6232, 6233, 6234, 6236, 7045, 7122, 8408, 8633, 8634, 8635, 8636, 8637, 8638, 8639, 8640, 9877, 9881, 9882, 9883, 9884, 9885, 9956, 9957, 9958, 9959, 9960, 9961, 9962, 9963, 9964, 9965, 9966, 9967, 10612, 10894, 11598, 11855, 11856, 11857, 11858, 11859, 11860, 11999, 12000, 12001, 12002, 12003, 12004, 12005, 12006, 12007, 12447, 12448, 12449, 12450, 12451, 12452, 12453, 12454, 12459, 12564, 12565, 12566, 12567, 12568, 12569, 12570, 12571, 12572, 12573, 12574, 12575, 12580, 12631, 12632, 12633, 12634, 12635, 12636, 13670, 13718, 13795, 14019, 14020, 14021, 14022, 14023, 14024, 14203, 14204, 14205, 14206, 14207, 14208, 14209, 14210, 14384, 14393, 14426, 14974, 14978, 14979, 14980, 14981, 14982, 15062, 15658, 15659, 15660, 15661, 15662, 15663, 15844, 15936, 15937, 15938, 15939, 15940, 15941, 15942, 15944, 15945, 15949, 15950, 15951, 15952, 15953, 15954, 15955, 15956, 15957, 16053, 16054, 16055, 16056, 16057, 16058, 16059, 16060, 16061, 16103, 16104, 16105, 16106, 16107, 16108, 16109, 16110, 16111, 16112, 16113, 16114, 16115, 16116, 16117, 16118, 16119, 16120, 16121, 16122, 16123, 16124, 16125, 16126, 16127, 16128, 16129, 16130, 16131, 16132, 16133, 16134, 16135, 16136, 16137, 16138, 16997, 17049, 17050, 17051, 17052, 17053, 17054, 17055, 17056, 17057, 17305, 17519, 17520, 17521, 17522, 17523, 17524, 17525, 17526, 17741, 17742, 17743, 17744, 17745, 17746, 17747, 17748, 17978, 17979, 17980, 17981, 17982, 17983, 17984, 17985, 17986, 18032, 18036, 18037, 18038, 18039, 18040, 18161, 18215, 18263, 18276, 18311]), Anchor::All(&[Anchor::Lits(&[7267, 7272, 7279, 7280, 7281, 7282, 7283, 7285, 7298, 7304, 7706, 7732, 7739, 7782, 8115]), Anchor::Lits(&[8458, 9058, 9059, 9875, 13234, 15451, 15481, 16576, 16577, 17307, 17315, 17316])]), Anchor::All(&[Anchor::Lits(&[8311, 8936, 14014, 14474]), Anchor::Lits(&[90, 5151, 5392, 5737, 5914])]), Anchor::All(&[Anchor::Lits(&[91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 5393, 5394, 5395, 5396, 5397, 5398, 5399, 5400, 5401, 5738, 5739, 5740, 5741, 5742, 5743, 5744, 5745, 5746, 5915, 5916, 5917, 5918, 5919, 5920, 5921, 5922, 5923, 5924, 5925, 5926, 5927, 5928, 5929, 5930, 5931, 5932, 5933, 5934, 5935, 5936, 5937, 5938, 5939, 5940, 5941, 5942, 5943, 5944, 5945, 5946, 5947, 5948, 5949, 5950]), Anchor::Lits(&[15874, 15875, 15909, 15912, 15915, 16668, 16669, 16918, 16933, 16934, 17010, 17011, 17012, 17013, 17014, 17015, 17016, 17017, 17018, 17019, 17021, 17022, 17023, 17024, 17025, 17736, 17737, 17738, 17739, 17740])]), Anchor::All(&[Anchor::Lits(&[439, 570, 577, 644, 662, 969, 970, 981, 1053, 2946, 2961, 3399, 3815, 5077, 5169, 5170, 5378, 5406, 5623, 6076, 6919, 7221, 7679]), Anchor::Lits(&[8417, 9077, 9726, 9927, 9953, 10150, 11371, 11583, 11615, 12637, 12641, 14300, 14302, 14360, 14724, 14811, 15171, 16393, 17102, 17103, 17735])]), Anchor::All(&[Anchor::Lits(&[206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 3176, 3178, 3180, 3183, 3185, 3186, 3187, 3189, 3190, 3192, 3194, 3196, 3200, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3274, 3276, 3278, 3281, 3283, 3284, 3285, 3287, 3288, 3290, 3292, 3294, 3298, 6139, 6141, 6143, 6146, 6148, 6149, 6150, 6152, 6153, 6155, 6157, 6159, 6163, 6211, 6213, 6215, 6218, 6220, 6221, 6222, 6224, 6225, 6227, 6229, 6231, 6235, 6403, 6404, 6405, 6407, 6408, 6409, 6411, 6413, 6414, 6415, 6416, 6417, 6419, 6451, 6452, 6453, 6454, 6455, 6456, 6457, 6458, 6459, 6460, 6461, 6462, 6463, 7264, 7265, 7266, 7268, 7269, 7270, 7271, 7273, 7274, 7275, 7276, 7277, 7278, 7295, 7296, 7297, 7299, 7300, 7301, 7303, 7306, 7310, 7312, 7314, 7317, 7321, 7703, 7704, 7705, 7707, 7709, 7710, 7711, 7714, 7715, 7716, 7717, 7720, 7724, 8112, 8113, 8114, 8116, 8118, 8119, 8120, 8123, 8124, 8125, 8126, 8128, 8130]), Anchor::Lits(&[9058, 9059, 9875, 12554, 12555, 14823, 15451, 15484, 16432, 17307, 17316])]), Anchor::All(&[Anchor::Lits(&[9780, 9781, 9782, 9785, 9786, 9787, 9788, 9793, 12462, 12463, 12464, 12465, 12466, 12467, 12468, 12469, 12718, 12719, 12720, 12731, 12732, 12749, 12752, 12753, 12970, 12971, 12972, 12974, 12975, 12976, 12977, 12979, 13166, 13167, 13168, 13169, 13170, 13171, 13172, 13173, 13422, 13423, 13424, 13425, 13426, 13427, 13428, 13429, 15553, 15555, 15557, 15572, 15573, 15574, 15581, 15590, 15591, 15592, 15593, 15600, 15601, 15602, 15604, 15605, 16774, 16775, 16776, 16777, 16778, 16779, 16780, 16781, 16869, 16870, 16871, 16878, 16879, 16880, 16882, 16883]), Anchor::Lits(&[13235, 15452, 15485, 17308, 17317])]), Anchor::All(&[Anchor::Lits(&[800, 801, 802, 803, 804, 805, 806, 807, 811, 814, 815, 816, 817, 818, 819, 820, 821, 825, 826, 2732, 2736, 2740, 2748, 2755, 2759, 2760, 2772, 2813, 2820, 2821, 2823, 2824, 2831, 2840, 2842, 2847, 2871, 2901, 4305, 4306, 4307, 4308, 4322, 4324, 4325, 4326, 4340, 4341, 4342, 4343, 4344, 4349, 4350, 4351, 4352, 4356, 4359, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4582, 4583, 4584, 4585, 4586, 4589, 4590, 4591, 4592, 4596, 4598, 7142, 7143, 7147, 7151, 7153, 7154, 7155, 7156, 7175, 7178, 7180, 7181, 7182, 7184, 7186, 7189, 7190, 7201, 7202]), Anchor::Lits(&[8458, 8877, 9119, 9132, 9353, 9712, 9892, 11775, 11776, 13970, 13971, 13980, 15733, 15738])]), Anchor::All(&[Anchor::Lits(&[449, 455, 982, 2406, 2540, 2565, 3100, 3107, 3356, 4271, 4272, 5379, 5380, 5381, 5623]), Anchor::Lits(&[9068, 9543, 9545, 9624, 9779, 10148, 10165, 11443, 11673, 12169, 12461, 12954, 12969, 13165, 13421, 15552, 16773, 16819, 16868])]), Anchor::All(&[Anchor::Lits(&[8855, 8856, 8857, 8860, 9115, 9116, 9117, 9118, 9128, 9129, 9130, 9131, 11704, 11705, 11706, 11707, 14486, 14487, 14488, 14489, 15734, 15735, 15736, 15737]), Anchor::Lits(&[9077, 9365, 9542, 9544, 9623, 9726, 9927, 9980, 10106, 10147, 11989, 12952, 12968, 13174, 14338, 14360, 15551, 17735, 17792])]), Anchor::All(&[Anchor::Lits(&[8311, 8936, 8937, 9442, 14015, 14474]), Anchor::Lits(&[8417, 9077, 9726, 9927, 9953, 10150, 11371, 11583, 11615, 11672, 12637, 12641, 12973, 14300, 14302, 14360, 14724, 14811, 15171, 16393, 17102, 17103, 17735])]), Anchor::All(&[Anchor::Lits(&[9607, 9608, 9609, 9610, 9771, 9772, 9773, 9774, 9878, 9879, 9880, 9886, 9949, 9950, 9951, 9952, 10495, 10496, 10497, 10498, 10661, 10662, 10663, 10664, 10665, 10666, 10667, 10668, 11813, 11814, 11815, 11816, 11854, 11861, 11862, 11863, 12599, 12604, 12616, 12625, 13103, 13104, 13105, 13106, 13259, 13261, 13262, 13264, 13872, 13874, 13875, 13877, 13878, 13880, 13881, 13883, 14649, 14650, 14651, 14652, 14859, 14860, 14861, 14862, 14975, 14976, 14977, 14983, 15409, 15410, 15411, 15412, 15508, 15509, 15510, 15511, 16185, 16186, 16187, 16188, 17242, 17243, 17244, 17245, 17292, 17294, 17295, 17297, 18029, 18030, 18031, 18033, 18034, 18035, 18041, 18042]), Anchor::Lits(&[8417, 9077, 9726, 9927, 9953, 10150, 11370, 11577, 11615, 12637, 12641, 14299, 14302, 14360, 14724, 14811, 15171, 16393, 17102, 17103, 17490, 17735])]), Anchor::All(&[Anchor::Lits(&[8417, 9077, 9726, 9927, 9953, 10150, 11371, 11583, 11615, 12637, 12641, 14300, 14302, 14360, 14724, 14811, 15171, 16393, 17102, 17103, 17735]), Anchor::Lits(&[954, 1015, 1056, 1099, 1399, 1518, 1767, 1956, 2515, 2537, 2968, 3493, 3657, 4070, 4826, 4955, 5063, 5332, 5438, 5776, 6045, 6506, 6914, 6926, 7421])])])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8375, 10134, 10135, 10136, 10137, 10138, 10139, 10236, 10938, 10941, 10942, 10943, 10947, 10949, 10951, 10952, 11372, 11373, 11374, 11520, 11685, 11686, 12470, 13861, 14334, 14335, 14863, 14871, 14971, 15174, 15244, 15306, 16348, 17384]), Anchor::All(&[Anchor::Lits(&[11761]), Anchor::Lits(&[109, 221, 2729, 4425, 4627, 5466, 5995, 7093])]), Anchor::All(&[Anchor::Lits(&[2750, 2810, 2819, 2822, 2870, 2999, 3040, 3049, 3050, 3065, 6238, 6279, 6292, 6297, 6325, 6568, 6752, 6767, 6772, 6863]), Anchor::Lits(&[8373, 8969, 9062, 11687, 13355, 14824, 14872])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8214, 8622, 9071, 9075, 9110, 9784, 12685, 12973, 13196, 13279, 13358, 13521, 14433, 14434, 15646, 17400]), Anchor::All(&[Anchor::Lits(&[13520]), Anchor::Lits(&[12232, 18356])]), Anchor::All(&[Anchor::Lits(&[15341]), Anchor::Lits(&[12232, 18356])])]), Anchor::Lits(&[16, 246, 615, 622, 641, 642, 1029, 3086, 3087, 3400, 3508, 3676, 3722, 3825, 3826, 3827, 4683, 4684, 5300, 5301, 5494, 5495, 7015]), Anchor::Lits(&[9443, 10230, 10278, 10387, 10399, 10936, 11351, 12992, 13083, 15060, 15068, 15076, 16400, 16406, 16479, 17392, 17418, 17553])]), Anchor::All(&[Anchor::Lits(&[176, 624, 984, 1076, 1100, 1177, 1933, 2264, 2292, 2982, 2984, 4563, 4572, 4665, 4874, 4917, 5054, 5188, 5913, 6365, 6366, 7119]), Anchor::Lits(&[9728, 10021, 10967, 11367, 11584, 11687, 13101, 13355, 14646, 14869, 15095, 15624, 15665, 15667, 17355, 17498, 17569]), Anchor::Lits(&[2046, 2986, 6525, 7483])]), Anchor::All(&[Anchor::Lits(&[333, 337, 340, 342, 345, 346, 1935, 1937, 1941, 1944, 1945, 1946, 4565, 4566, 4567, 4568, 4569, 4570, 5055, 5056, 5057, 5058, 5059, 5060]), Anchor::Lits(&[17267, 17268, 17269, 17270, 17272, 17273, 17274, 17275, 17277, 17279, 17283, 17284, 17286, 17288, 17289, 17290, 18084, 18085, 18086, 18087, 18089, 18090, 18091, 18092, 18094, 18110, 18133, 18134, 18136, 18138, 18139, 18140])]), Anchor::All(&[Anchor::Lits(&[584, 585, 586, 587, 596, 597, 3001, 3027, 3028, 3030, 3047, 3048, 6627, 6665, 6667, 6697, 6765, 6766]), Anchor::Lits(&[10022, 11585, 13102, 14647, 14870, 15625, 15666, 17570])]), Anchor::All(&[Anchor::Lits(&[109, 4425, 5466, 5995, 7093]), Anchor::Lits(&[8312, 8378, 13076, 17680]), Anchor::Lits(&[8374, 10133, 13108, 14841, 15656, 15657])]), Anchor::All(&[Anchor::Lits(&[14439, 14647, 14857, 15625, 15666]), Anchor::Lits(&[382, 1165, 3348, 4680, 6916])]), Anchor::All(&[Anchor::Lits(&[6567, 6760, 6775, 6820, 7484, 7517, 7530, 7536]), Anchor::Lits(&[17628]), Anchor::Lits(&[15666])]), Anchor::All(&[Anchor::Lits(&[10937]), Anchor::Lits(&[1197, 1200, 5432, 6022, 7223])]), Anchor::All(&[Anchor::Lits(&[11135, 13903, 13953, 18067]), Anchor::Lits(&[10163, 10178, 12067, 13078, 15017, 15342, 15497, 16462])]), Anchor::All(&[Anchor::Lits(&[10231, 10937, 14864, 15069, 17385, 18067]), Anchor::Lits(&[204, 1733, 1807, 1837, 7417])])]), Anchor::Any(&[Anchor::Lits(&[811, 2812, 2915, 3177, 3179, 3181, 3182, 3184, 3188, 3191, 3193, 3195, 3197, 3198, 3199, 3201, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3244, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3275, 3277, 3279, 3280, 3282, 3286, 3289, 3291, 3293, 3295, 3296, 3297, 3299, 4420, 6140, 6142, 6144, 6145, 6147, 6151, 6154, 6156, 6158, 6160, 6161, 6162, 6164, 6212, 6214, 6216, 6217, 6219, 6223, 6226, 6228, 6230, 6232, 6233, 6234, 6236, 7045, 7122, 8408, 8633, 8634, 8635, 8636, 8637, 8638, 8639, 8640, 9877, 9881, 9882, 9883, 9884, 9885, 9956, 9957, 9958, 9959, 9960, 9961, 9962, 9963, 9964, 9965, 9966, 9967, 10612, 10894, 11598, 11855, 11856, 11857, 11858, 11859, 11860, 11999, 12000, 12001, 12002, 12003, 12004, 12005, 12006, 12007, 12447, 12448, 12449, 12450, 12451, 12452, 12453, 12454, 12459, 12564, 12565, 12566, 12567, 12568, 12569, 12570, 12571, 12572, 12573, 12574, 12575, 12580, 12631, 12632, 12633, 12634, 12635, 12636, 13670, 13718, 13795, 14019, 14020, 14021, 14022, 14023, 14024, 14203, 14204, 14205, 14206, 14207, 14208, 14209, 14210, 14384, 14393, 14426, 14974, 14978, 14979, 14980, 14981, 14982, 15062, 15658, 15659, 15660, 15661, 15662, 15663, 15844, 15936, 15937, 15938, 15939, 15940, 15941, 15942, 15944, 15945, 15949, 15950, 15951, 15952, 15953, 15954, 15955, 15956, 15957, 16053, 16054, 16055, 16056, 16057, 16058, 16059, 16060, 16061, 16103, 16104, 16105, 16106, 16107, 16108, 16109, 16110, 16111, 16112, 16113, 16114, 16115, 16116, 16117, 16118, 16119, 16120, 16121, 16122, 16123, 16124, 16125, 16126, 16127, 16128, 16129, 16130, 16131, 16132, 16133, 16134, 16135, 16136, 16137, 16138, 16997, 17049, 17050, 17051, 17052, 17053, 17054, 17055, 17056, 17057, 17305, 17519, 17520, 17521, 17522, 17523, 17524, 17525, 17526, 17741, 17742, 17743, 17744, 17745, 17746, 17747, 17748, 17978, 17979, 17980, 17981, 17982, 17983, 17984, 17985, 17986, 18032, 18036, 18037, 18038, 18039, 18040, 18161, 18215, 18263, 18276, 18311]), Anchor::All(&[Anchor::Lits(&[7267, 7272, 7279, 7280, 7281, 7282, 7283, 7285, 7298, 7304, 7706, 7732, 7739, 7782, 8115]), Anchor::Lits(&[8458, 9058, 9059, 9875, 13234, 15451, 15481, 16576, 16577, 17307, 17315, 17316])]), Anchor::All(&[Anchor::Lits(&[8311, 8936, 14014, 14474]), Anchor::Lits(&[90, 5151, 5392, 5737, 5914])]), Anchor::All(&[Anchor::Lits(&[91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 5393, 5394, 5395, 5396, 5397, 5398, 5399, 5400, 5401, 5738, 5739, 5740, 5741, 5742, 5743, 5744, 5745, 5746, 5915, 5916, 5917, 5918, 5919, 5920, 5921, 5922, 5923, 5924, 5925, 5926, 5927, 5928, 5929, 5930, 5931, 5932, 5933, 5934, 5935, 5936, 5937, 5938, 5939, 5940, 5941, 5942, 5943, 5944, 5945, 5946, 5947, 5948, 5949, 5950]), Anchor::Lits(&[15874, 15875, 15909, 15912, 15915, 16668, 16669, 16918, 16933, 16934, 17010, 17011, 17012, 17013, 17014, 17015, 17016, 17017, 17018, 17019, 17021, 17022, 17023, 17024, 17025, 17736, 17737, 17738, 17739, 17740])]), Anchor::All(&[Anchor::Lits(&[439, 570, 577, 644, 662, 969, 970, 981, 1053, 2946, 2961, 3399, 3815, 5077, 5169, 5170, 5378, 5406, 5623, 6076, 6919, 7221, 7679]), Anchor::Lits(&[8417, 9077, 9726, 9927, 9953, 10150, 11371, 11583, 11615, 12637, 12641, 14300, 14302, 14360, 14724, 14811, 15171, 16393, 17102, 17103, 17735])]), Anchor::All(&[Anchor::Lits(&[206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 3176, 3178, 3180, 3183, 3185, 3186, 3187, 3189, 3190, 3192, 3194, 3196, 3200, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3274, 3276, 3278, 3281, 3283, 3284, 3285, 3287, 3288, 3290, 3292, 3294, 3298, 6139, 6141, 6143, 6146, 6148, 6149, 6150, 6152, 6153, 6155, 6157, 6159, 6163, 6211, 6213, 6215, 6218, 6220, 6221, 6222, 6224, 6225, 6227, 6229, 6231, 6235, 6403, 6404, 6405, 6407, 6408, 6409, 6411, 6413, 6414, 6415, 6416, 6417, 6419, 6451, 6452, 6453, 6454, 6455, 6456, 6457, 6458, 6459, 6460, 6461, 6462, 6463, 7264, 7265, 7266, 7268, 7269, 7270, 7271, 7273, 7274, 7275, 7276, 7277, 7278, 7295, 7296, 7297, 7299, 7300, 7301, 7303, 7306, 7310, 7312, 7314, 7317, 7321, 7703, 7704, 7705, 7707, 7709, 7710, 7711, 7714, 7715, 7716, 7717, 7720, 7724, 8112, 8113, 8114, 8116, 8118, 8119, 8120, 8123, 8124, 8125, 8126, 8128, 8130]), Anchor::Lits(&[9058, 9059, 9875, 12554, 12555, 14823, 15451, 15484, 16432, 17307, 17316])]), Anchor::All(&[Anchor::Lits(&[9780, 9781, 9782, 9785, 9786, 9787, 9788, 9793, 12462, 12463, 12464, 12465, 12466, 12467, 12468, 12469, 12718, 12719, 12720, 12731, 12732, 12749, 12752, 12753, 12970, 12971, 12972, 12974, 12975, 12976, 12977, 12979, 13166, 13167, 13168, 13169, 13170, 13171, 13172, 13173, 13422, 13423, 13424, 13425, 13426, 13427, 13428, 13429, 15553, 15555, 15557, 15572, 15573, 15574, 15581, 15590, 15591, 15592, 15593, 15600, 15601, 15602, 15604, 15605, 16774, 16775, 16776, 16777, 16778, 16779, 16780, 16781, 16869, 16870, 16871, 16878, 16879, 16880, 16882, 16883]), Anchor::Lits(&[13235, 15452, 15485, 17308, 17317])]), Anchor::All(&[Anchor::Lits(&[800, 801, 802, 803, 804, 805, 806, 807, 811, 814, 815, 816, 817, 818, 819, 820, 821, 825, 826, 2732, 2736, 2740, 2748, 2755, 2759, 2760, 2772, 2813, 2820, 2821, 2823, 2824, 2831, 2840, 2842, 2847, 2871, 2901, 4305, 4306, 4307, 4308, 4322, 4324, 4325, 4326, 4340, 4341, 4342, 4343, 4344, 4349, 4350, 4351, 4352, 4356, 4359, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4582, 4583, 4584, 4585, 4586, 4589, 4590, 4591, 4592, 4596, 4598, 7142, 7143, 7147, 7151, 7153, 7154, 7155, 7156, 7175, 7178, 7180, 7181, 7182, 7184, 7186, 7189, 7190, 7201, 7202]), Anchor::Lits(&[8458, 8877, 9119, 9132, 9353, 9712, 9892, 11775, 11776, 13970, 13971, 13980, 15733, 15738])]), Anchor::All(&[Anchor::Lits(&[449, 455, 982, 2406, 2540, 2565, 3100, 3107, 3356, 4271, 4272, 5379, 5380, 5381, 5623]), Anchor::Lits(&[9068, 9543, 9545, 9624, 9779, 10148, 10165, 11443, 11673, 12169, 12461, 12954, 12969, 13165, 13421, 15552, 16773, 16819, 16868])]), Anchor::All(&[Anchor::Lits(&[8855, 8856, 8857, 8860, 9115, 9116, 9117, 9118, 9128, 9129, 9130, 9131, 11704, 11705, 11706, 11707, 14486, 14487, 14488, 14489, 15734, 15735, 15736, 15737]), Anchor::Lits(&[9077, 9365, 9542, 9544, 9623, 9726, 9927, 9980, 10106, 10147, 11989, 12952, 12968, 13174, 14338, 14360, 15551, 17735, 17792])]), Anchor::All(&[Anchor::Lits(&[8311, 8936, 8937, 9442, 14015, 14474]), Anchor::Lits(&[8417, 9077, 9726, 9927, 9953, 10150, 11371, 11583, 11615, 11672, 12637, 12641, 12973, 14300, 14302, 14360, 14724, 14811, 15171, 16393, 17102, 17103, 17735])]), Anchor::All(&[Anchor::Lits(&[9607, 9608, 9609, 9610, 9771, 9772, 9773, 9774, 9878, 9879, 9880, 9886, 9949, 9950, 9951, 9952, 10495, 10496, 10497, 10498, 10661, 10662, 10663, 10664, 10665, 10666, 10667, 10668, 11813, 11814, 11815, 11816, 11854, 11861, 11862, 11863, 12599, 12604, 12616, 12625, 13103, 13104, 13105, 13106, 13259, 13261, 13262, 13264, 13872, 13874, 13875, 13877, 13878, 13880, 13881, 13883, 14649, 14650, 14651, 14652, 14859, 14860, 14861, 14862, 14975, 14976, 14977, 14983, 15409, 15410, 15411, 15412, 15508, 15509, 15510, 15511, 16185, 16186, 16187, 16188, 17242, 17243, 17244, 17245, 17292, 17294, 17295, 17297, 18029, 18030, 18031, 18033, 18034, 18035, 18041, 18042]), Anchor::Lits(&[8417, 9077, 9726, 9927, 9953, 10150, 11370, 11577, 11615, 12637, 12641, 14299, 14302, 14360, 14724, 14811, 15171, 16393, 17102, 17103, 17490, 17735])]), Anchor::All(&[Anchor::Lits(&[8417, 9077, 9726, 9927, 9953, 10150, 11371, 11583, 11615, 12637, 12641, 14300, 14302, 14360, 14724, 14811, 15171, 16393, 17102, 17103, 17735]), Anchor::Lits(&[954, 1015, 1056, 1099, 1399, 1518, 1767, 1956, 2515, 2537, 2968, 3493, 3657, 4070, 4826, 4955, 5063, 5332, 5438, 5776, 6045, 6506, 6914, 6926, 7421])])])])])),
            (165, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[10525, 10531, 10532, 10533, 10534, 10535, 10536, 10537, 10538, 10539, 10540, 10549, 10551, 10554, 10565, 10615, 10636, 10637, 10643, 10644, 10793, 10799, 10800, 10801, 10802, 10803, 10804, 10805, 10806, 10807, 10808, 10809, 10810, 10811, 10812, 10813, 10814, 10815, 10816, 10817, 10818, 10829, 10831, 10834, 10846, 10897, 10918, 10919, 10925, 10926, 13542, 13556, 13558, 13561, 13573, 13615, 13638, 13639, 13645, 13646, 13671, 13722, 13726, 13727, 13728, 13731, 13742, 13745, 13746, 13747, 13748, 13777, 13779, 13780, 13781, 13782, 13783, 13784, 13785, 13786, 13787, 13788, 18159, 18160, 18168, 18182, 18183, 18193, 18194, 18195, 18199, 18210, 18274, 18297, 18298, 18318, 18319, 18417, 18418, 18419, 18420, 18421, 18422, 18423, 18424, 18425, 18426, 18430, 18431, 18432, 18433, 18434, 18435, 18436, 18437, 18438, 18439]), Anchor::All(&[Anchor::Lits(&[9443, 15797]), Anchor::Lits(&[8854, 9603, 9867, 9868, 10961])]), Anchor::All(&[Anchor::Lits(&[9443, 15797]), Anchor::Lits(&[8854, 9603, 9867, 9868, 10961])])])),
            (166, "history-wiped-after-the-act", Anchor::Any(&[Anchor::Lits(&[1304, 12068, 12123, 15650, 15653, 17555]), Anchor::All(&[Anchor::Lits(&[974, 977, 1227, 1822, 4958, 5125, 5440, 5876, 6982, 7466]), Anchor::Lits(&[8300, 9231, 9725, 9745, 9905, 10023, 11622, 11623, 11627, 11631, 12069, 12070, 12071, 12072, 12073, 12074, 12075, 12076, 12077, 12078, 12079, 12080, 12081, 12082, 12083, 12084, 12085, 12086, 12087, 12088, 12089, 12090, 12091, 12092, 12093, 12094, 12095, 12096, 12097, 12098, 12099, 12100, 12101, 12102, 12103, 12104, 12105, 12106, 12107, 12108, 12109, 12110, 12111, 12112, 12113, 12114, 12115, 12116, 12117, 12118, 12119, 12120, 12121, 12122, 13068, 13077, 14543, 14845, 14895, 14973, 15671, 15918, 16578, 18803]), Anchor::Lits(&[8409, 8415, 8676, 14025, 17036, 17940, 17954, 17955])])])),
            (167, "report-an-outcome-regardless", Anchor::Lits(&[3090, 3997, 5102, 12233, 12241, 12242, 12243, 12244, 12250, 12251, 12255, 12256, 12257, 12260, 12688, 12689, 12690, 12703, 17816, 17818, 17819, 17829])),
            (168, "agent-permissions-opened", Anchor::Lits(&[234, 245, 250, 252, 253, 258, 428, 666, 830, 833, 1191, 1192, 4726, 7700])),
            (169, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[786, 988, 991, 1193, 1302, 2437, 2441, 2442, 4976, 5172, 5173, 5404, 5443, 5445, 5446, 5447, 5451, 5452, 5462, 5463, 5464, 5465, 6033, 6978]), Anchor::Lits(&[828, 832, 1017, 1018, 1227, 1340, 1361, 1708, 2433, 3749, 5125, 5143, 5267, 5625, 5636, 5669, 5976, 6995, 7037])])),
            (170, "risky-action-on-a-later-trigger", Anchor::Lits(&[168, 169, 170, 171, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 1845, 2121, 2312, 2466, 3094, 3102, 3110, 3139, 3140, 5750, 5751, 5752, 5753, 5754, 5755, 5756, 5757, 5758, 5759, 5760, 5761, 5762, 5763, 5764, 5765, 5766, 5767, 5768, 5769, 6307, 6308, 6309, 6310, 6311, 6312, 6313, 6314, 6315, 6316, 6317, 6318, 6319, 6320, 6321, 6322, 6323, 6324, 6346, 6347, 6348, 6349, 6350, 6351, 6352, 6353, 6354, 6355, 6356, 6357, 6358, 6359, 6360, 6361, 6362, 6363, 8959, 9272, 9321, 12233, 12235, 12236, 12237, 12238, 12239, 12245, 12246, 12247, 12248, 12249, 12250, 12251, 12255, 12256, 12257, 12356, 12380, 12947, 12948, 12949, 12950, 13663, 16843, 17946, 17947, 17951, 17952, 17957])),
            (175, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8827, 9510, 10142, 10176, 11062, 12125, 14286, 14431, 14435, 14538, 15461, 15546, 15617, 16141, 16199]), Anchor::All(&[Anchor::Lits(&[8515, 9777, 11122, 11172, 11632, 14947, 17513, 17527, 18008]), Anchor::Lits(&[132, 996, 1088, 1173, 1194, 1729, 1776, 1928, 1954, 1993, 3447, 4557, 5082, 5234, 5298, 6022])]), Anchor::All(&[Anchor::Lits(&[9510, 9512, 10142, 10144, 10150, 11062, 11063, 11066, 11997, 12168, 13221, 14429, 14451, 14461, 14538, 14540, 15461, 15463, 15546, 16198, 17301, 17679]), Anchor::Lits(&[994, 1173, 1194, 1300, 1729, 1928, 1954, 1993, 2912, 3447, 5082, 5236, 5302, 6022])])]), Anchor::Lits(&[935, 938, 942, 1015, 1021, 1054, 1379, 1402, 1825, 1876, 2271, 2438, 2468, 2471, 2665, 2725, 3162, 3306, 3443, 3505, 3515, 4088, 4826, 4949, 4951, 4955, 5006, 5063, 5087, 5120, 5488, 5491, 5618, 5670, 5786, 5788, 5816, 5877, 6046, 6048, 6466, 7013, 7077, 7083, 7353, 7421]), Anchor::Lits(&[205, 384, 908, 909, 1027, 1165, 1168, 1170, 1178, 1186, 1199, 1770, 1777, 1789, 1792, 1808, 1838, 2372, 2617, 2654, 2662, 3519, 4559, 4681, 4685, 4695, 4697, 4711, 4756, 4761, 5046, 5387, 5389, 5449, 5472, 5731, 5783, 5784, 6918, 7044, 7046, 7082, 7095, 7418])]), Anchor::All(&[Anchor::Lits(&[936, 939, 943, 1016, 1019, 1022, 1023, 1055, 1380, 1403, 1404, 1826, 1827, 1877, 2272, 2439, 2440, 2469, 2472, 2666, 2726, 3163, 3307, 3444, 3506, 3516, 4089, 4827, 4950, 4952, 4953, 4956, 5007, 5064, 5088, 5121, 5489, 5492, 5619, 5671, 5787, 5789, 5817, 5878, 5879, 6047, 6049, 6467, 7014, 7078, 7079, 7084, 7354, 7422]), Anchor::Lits(&[176, 360, 984, 1024, 1100, 1181, 1847, 1933, 2292, 2511, 4400, 4405, 4563, 4665, 4947, 5546, 5672, 7074, 7119]), Anchor::Lits(&[8373, 8833, 9062, 9775, 10021, 10494, 10936, 10967, 11065, 11071, 11584, 12054, 12402, 12535, 12958, 13072, 13258, 14438, 14440, 14542, 14646, 14737, 14856, 14869, 14872, 15078, 15480, 15624, 15665, 15667, 15867, 16252, 16297, 16333, 17232, 17569, 18352])]), Anchor::All(&[Anchor::Lits(&[177, 178, 361, 985, 986, 1025, 1101, 1102, 1182, 1848, 1934, 2293, 2294, 2512, 2513, 4401, 4406, 4564, 4571, 4666, 4667, 4948, 5547, 5673, 7075, 7120, 7121]), Anchor::Lits(&[935, 938, 942, 1015, 1021, 1054, 1379, 1402, 1825, 1876, 2271, 2438, 2468, 2471, 2665, 2725, 3162, 3306, 3443, 3505, 3515, 4088, 4826, 4949, 4951, 4955, 5006, 5063, 5087, 5120, 5488, 5491, 5618, 5670, 5786, 5788, 5816, 5877, 6046, 6048, 6466, 7013, 7077, 7083, 7353, 7421]), Anchor::Lits(&[8373, 8833, 9062, 9775, 10021, 10494, 10936, 10967, 11065, 11071, 11584, 12054, 12402, 12535, 12958, 13072, 13258, 14438, 14440, 14542, 14646, 14737, 14856, 14869, 14872, 15078, 15480, 15624, 15665, 15667, 15867, 16252, 16297, 16333, 17232, 17569, 18352])]), Anchor::All(&[Anchor::Lits(&[10418, 11684, 12715, 14648, 14858, 17225]), Anchor::Any(&[Anchor::Lits(&[8827, 9510, 10142, 10176, 11062, 12125, 14286, 14431, 14435, 14538, 15461, 15546, 15617, 16141, 16199]), Anchor::All(&[Anchor::Lits(&[8515, 9777, 11122, 11172, 11632, 14947, 17513, 17527, 18008]), Anchor::Lits(&[132, 996, 1088, 1173, 1194, 1729, 1776, 1928, 1954, 1993, 3447, 4557, 5082, 5234, 5298, 6022])]), Anchor::All(&[Anchor::Lits(&[9510, 9512, 10142, 10144, 10150, 11062, 11063, 11066, 11997, 12168, 13221, 14429, 14451, 14461, 14538, 14540, 15461, 15463, 15546, 16198, 17301, 17679]), Anchor::Lits(&[994, 1173, 1194, 1300, 1729, 1928, 1954, 1993, 2912, 3447, 5082, 5236, 5302, 6022])])]), Anchor::Lits(&[10133, 11422, 14058, 14647, 14946, 16211])])]), Anchor::Lits(&[124, 400, 607, 1020, 1132, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1400, 1708, 1730, 1783, 1796, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2274, 2642, 2902, 2940, 3383, 3467, 3658, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399, 4402, 4403, 4690, 4691, 4692, 4762, 4810, 4812, 4813, 4885, 4954, 4975, 4980, 5030, 5031, 5032, 5033, 5034, 5035, 5036, 5037, 5038, 5039, 5040, 5041, 5042, 5150, 5405, 5475, 5476, 5545, 5549, 5674, 5796, 5797, 5799, 5800, 5801, 5802, 5803, 5804, 5806, 5807, 5808, 5809, 5810, 5814, 5836, 5868, 6503, 7071, 7072, 7670]), Anchor::Lits(&[133, 177, 178, 361, 936, 939, 943, 985, 986, 995, 997, 1016, 1019, 1022, 1023, 1025, 1055, 1089, 1101, 1102, 1174, 1182, 1195, 1198, 1301, 1380, 1403, 1404, 1730, 1777, 1826, 1827, 1848, 1877, 1929, 1934, 1955, 1994, 2272, 2293, 2294, 2439, 2440, 2469, 2472, 2512, 2513, 2666, 2726, 2913, 2916, 3163, 3307, 3444, 3448, 3506, 3516, 4089, 4401, 4406, 4558, 4564, 4571, 4666, 4667, 4827, 4948, 4956, 5007, 5064, 5083, 5088, 5121, 5235, 5237, 5299, 5303, 5489, 5492, 5619, 5671, 5787, 5789, 5817, 5878, 5879, 6023, 6024, 6047, 6049, 6467, 7014, 7075, 7078, 7079, 7084, 7120, 7121, 7354, 7422, 8828, 9511, 10143, 10177, 14287, 14432, 14436, 14539, 15462, 15547, 15618, 16142, 16200])])),
            (176, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[374, 386, 744, 1002, 2427, 2830, 2838, 4506, 5101, 5608, 5792, 5958, 7008, 7026, 7036, 8379, 8380, 8381, 8382, 8383, 8384, 8388, 8394, 8396, 8398, 8399, 8400, 8401, 8402, 8403, 8404, 8405, 8406, 8830, 8831, 8832, 9078, 9079, 9080, 9081, 9082, 9083, 9084, 9085, 9086, 9088, 9089, 9090, 9091, 9092, 9093, 9094, 9095, 9096, 9366, 9367, 9368, 9369, 9370, 9371, 9372, 9373, 9374, 10541, 10543, 10560, 10562, 10572, 10590, 10592, 10595, 10604, 10608, 10620, 10629, 10638, 10639, 10640, 10821, 10823, 10841, 10843, 10853, 10871, 10873, 10877, 10886, 10890, 10902, 10911, 10920, 10921, 10922, 13079, 13080, 13081, 13175, 13176, 13177, 13178, 13179, 13180, 13181, 13182, 13183, 13549, 13551, 13568, 13570, 13578, 13594, 13596, 13598, 13607, 13611, 13621, 13630, 13640, 13641, 13642, 13710, 13720, 13757, 13762, 13765, 13766, 13769, 13770, 13771, 13797, 13805, 13810, 13814, 13815, 13819, 13820, 13821, 13847, 13852, 13853, 13854, 13856, 13857, 13858, 14339, 14340, 14341, 14342, 14343, 14344, 14345, 14346, 14347, 14362, 14369, 14370, 15272, 15273, 15274, 15275, 15276, 15277, 15278, 15279, 15280, 15281, 15282, 15283, 15284, 15285, 15286, 15287, 15288, 15289, 15558, 15559, 15563, 15564, 15565, 15566, 15579, 15594, 15595, 15596, 15597, 15598, 15599, 15603, 15606, 15607, 15609, 15610, 15613, 15614, 15615, 17684, 17685, 17686, 17687, 17688, 17689, 17695, 17699, 17700, 17702, 17703, 17704, 17705, 17706, 17707, 17713, 17717, 17718, 18177, 18189, 18190, 18206, 18207, 18218, 18244, 18247, 18249, 18259, 18262, 18279, 18287, 18299, 18300, 18301, 18416, 18429, 18475]), Anchor::All(&[Anchor::Lits(&[10152, 11323, 12055, 12961, 13992, 15069, 15512, 16337]), Anchor::Lits(&[347, 989, 2023, 3666, 4560, 5158, 5167, 5195, 5778, 5900, 6954, 7337]), Anchor::Lits(&[11621, 14277])]), Anchor::All(&[Anchor::Lits(&[191, 192, 193, 194, 195, 198, 199, 200, 201, 202, 1769, 1771, 1772, 1773, 1774, 1778, 1779, 1780, 1781, 1782, 3659, 3661, 3662, 3663, 3664, 3667, 3668, 3669, 3670, 3671, 4076, 4077, 4078, 4079, 4080, 4081, 4082, 4083, 4084, 4085, 7227, 7228, 7229, 7230, 7231, 7232, 7233, 7234, 7235, 7236]), Anchor::Lits(&[9355, 10388, 13378, 15749, 15798, 16396, 16405, 16407, 17393])]), Anchor::All(&[Anchor::Lits(&[9552, 9554, 12933, 12938, 13109, 13155, 15654, 15655, 16468, 16471]), Anchor::Lits(&[5678, 6639, 6695]), Anchor::Lits(&[610, 3173, 3174, 3257, 4023, 4053, 5253])])])),
            (177, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[384, 688, 689, 908, 910, 1165, 1169, 1179, 1180, 1183, 1184, 1185, 1187, 1790, 1791, 2619, 2663, 3520, 4677, 4678, 4682, 4685, 4695, 4696, 4710, 4760, 5387, 5388, 5449, 5731, 5782, 7086, 7092, 7101]), Anchor::Lits(&[8417, 9927, 9953, 11371, 11615, 11703, 12167, 14300, 14301, 14360, 14524, 14786, 14787, 14792, 14804, 14838, 14971, 17102, 17103, 17735, 18357]), Anchor::Lits(&[1132, 1133, 1246, 1400, 1730, 1731, 1768, 1775, 1929, 1930, 2274, 2275, 2443, 2536, 3381, 3494, 3495, 4810, 4975, 5156, 5157, 5475, 5476, 5545, 5549, 5567, 5994, 6956, 6957, 7040, 7041, 7071, 7072])])),
            (179, "agent-secrets-spilled", Anchor::All(&[Anchor::Lits(&[674, 2877, 2878, 2879, 2882, 2883, 2887, 2894, 2895, 2896, 3462, 3463, 7726, 7734, 7736, 7737, 7751, 7812, 7832, 7833, 7848, 7849, 7850, 7851, 7852, 7853, 7865, 7866, 7867, 7868, 7869, 7870, 7874, 7875, 7876, 7877, 7878, 7879, 7896, 7897, 7898, 7899, 7900, 7901, 7996, 7997, 7998, 7999, 8000, 8001, 8016, 8017, 8018, 8019, 8020, 8021, 8032, 8033, 8034, 8035, 8036, 8037, 8050, 8051, 8052, 8053, 8054, 8055, 8056, 8057, 8058, 8059, 8060, 8061, 8131]), Anchor::Lits(&[382, 1062, 1163, 1814, 1819, 4680, 4903, 5441, 6916])])),
            (180, "ownership-of-everything-moved", Anchor::Lits(&[4628, 4629, 4630, 4631])),
            (181, "someone-elses-login-taken", Anchor::Lits(&[112, 640, 1057, 2428, 3468, 3469, 3474, 3477, 5617, 5624, 12342, 12343, 13209, 14644, 14645])),
            (182, "ownership-to-a-reader", Anchor::Lits(&[2497, 2498, 2499, 2500])),
            (183, "data-moved-for-a-private-person", Anchor::All(&[Anchor::Lits(&[9431, 9434, 9435, 10111, 10153, 11317, 11318, 11319, 11320, 11418, 11578, 11579, 11580, 11581, 11582, 11619, 11620, 12190, 13210, 13340, 13354, 13359, 13513, 13514, 13981, 13982, 14349, 14361, 15795, 18028]), Anchor::Lits(&[1128, 1132, 1699, 1700, 1730, 1732, 1768, 1777, 1929, 1931, 3718, 4980, 5156, 5475, 5477, 5545, 5548, 5994, 7040, 7042, 7071, 7073]), Anchor::Lits(&[2047, 2124, 2125, 2140, 5678, 6525, 7483])])),
            (184, "admin-role-for-everyone", Anchor::Lits(&[298, 299, 300, 301, 305, 307, 308, 309, 328, 5679, 5680, 5681, 5682, 5684, 5685, 5686, 5687, 5702, 5703, 5704, 5705, 5707, 5708, 5709, 5710, 5726, 5730, 5881, 5882, 5883, 5884, 5885, 5886, 5887, 5888, 5889, 6330, 6331, 6332, 6333, 6336, 6338, 6339, 6340, 6344])),
            (185, "secrets-shipped-by-automation", Anchor::All(&[Anchor::Lits(&[1128, 1768, 1777, 1918, 1919, 2274, 2276, 3494, 3496, 4810, 4813, 4977, 5475, 5477, 5567, 5569, 7071, 7073]), Anchor::Lits(&[115, 190, 1172, 2657, 2658, 3308, 5439, 6036, 6972, 7663]), Anchor::Lits(&[383, 385, 1164, 1166, 1697, 1810, 3347, 3357, 4681, 4686, 4904, 4905, 5450, 5780, 5781, 6917, 6918])])),
            (186, "override-instructions-es-pt-it", Anchor::Lits(&[9730, 9731, 10383, 10385, 10386, 12440, 12441, 12442, 12577, 12579, 12716, 13863, 14212, 14214, 14242, 15051, 15053, 15057])),
            (187, "override-instructions-fr", Anchor::Lits(&[1068, 1334, 2911, 2968, 4424, 5107, 6931])),
            (188, "override-instructions-de-nl", Anchor::Lits(&[2926, 3951, 3952, 4361, 4415, 7137, 8754, 9268, 12589, 12630, 14057, 15046, 15047, 15300, 15301, 15498, 17791])),
            (189, "override-instructions-pl-tr", Anchor::Lits(&[12326, 12926, 12928, 13668, 14643, 16494, 18358, 18789])),
            (190, "override-instructions-ru", Anchor::Lits(&[12325, 13485, 14272, 18787, 18818, 18819, 18827, 18830, 18839])),
            (191, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[110, 3721, 5002, 5003, 5376, 5377, 7102]), Anchor::Lits(&[266, 3325, 3490, 3491, 3492, 3677, 5565])])),
            (193, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[12626, 12627, 12628, 12629, 12894, 13477, 13478, 13961, 13962, 14590, 14653, 14654, 15052, 15058, 15415, 15865, 15866, 16461, 17571, 17572, 17573, 17729, 18812, 18827, 18841])),
            (194, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[57, 123, 686, 774, 2645, 2679, 2680, 3088, 3302, 3324, 3351, 3461, 3489, 4757, 5004, 7213]), Anchor::Lits(&[203, 441, 609, 962, 963, 1335, 2677, 2978, 2979, 2980, 3411, 4633, 4712, 4713, 4721, 4755, 5022, 6027, 7108])])),
            (196, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[928, 2020, 3350, 3429, 3434, 3824, 5044, 5045, 5104, 5202, 5364, 5481, 5490, 5901, 7219, 8171, 8174, 11429, 12923, 12929, 15479, 15792, 17475, 17488, 17559]), Anchor::All(&[Anchor::Lits(&[929, 1103, 2017, 2391, 3431, 3433, 5105, 5213]), Anchor::Lits(&[3423, 5403])]), Anchor::All(&[Anchor::Lits(&[13963]), Anchor::Lits(&[748, 1751, 2008, 2502, 5103, 5261, 5614, 8154])]), Anchor::All(&[Anchor::Lits(&[928, 2020, 3430, 3434, 5111, 5203]), Anchor::Lits(&[5473])]), Anchor::All(&[Anchor::Lits(&[9214, 9266, 12844, 18788]), Anchor::Lits(&[753])]), Anchor::All(&[Anchor::Lits(&[11426, 12922, 12928, 15791]), Anchor::Lits(&[4294, 4295, 5634, 7699])]), Anchor::All(&[Anchor::Lits(&[7106]), Anchor::Lits(&[10963, 10964, 13666])]), Anchor::All(&[Anchor::Lits(&[739, 740, 741, 927, 2017, 2488, 2501, 5106, 5231, 5232, 5480]), Anchor::Lits(&[7017, 7107])]), Anchor::All(&[Anchor::Lits(&[930, 931, 932, 2010, 2017, 2021, 2022, 3433, 4128, 4268, 4298, 4828, 4829, 4830, 5112, 5212]), Anchor::Lits(&[753, 1989])]), Anchor::All(&[Anchor::Lits(&[6035]), Anchor::Lits(&[8680, 9207, 11074, 12892])])])),
            (197, "persona-never-refuses-i18n", Anchor::Lits(&[12981, 13480, 13484, 13657, 13827, 13837, 13906, 13907, 13908, 13909, 13910, 13911, 13912, 13913, 13914, 13915, 15038, 15450, 17767, 17848, 18791])),
            (199, "reveal-system-prompt-i18n", Anchor::Lits(&[329, 1069, 1070, 1071, 1072, 1073, 2411, 2412, 2947, 2948, 2949, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 2960, 2971, 2972, 2973, 2974, 2975, 2977, 2985, 3083, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3523, 3524, 3660, 3665, 3672, 3673, 4388, 4790, 4929, 4930, 4931, 4932, 4933, 4938, 4939, 5996, 5997, 5998, 6015, 6019, 6020, 6021, 6028, 7020, 7080, 7132, 7133, 8180, 8199, 8200, 11702, 15793, 15794])),
            (201, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[181, 381, 606, 1096, 1097, 1098, 1136, 1137, 1204, 1206, 1258, 1262, 1263, 1266, 1267, 1268, 1272, 1273, 1320, 1338, 1371, 1372, 1766, 1864, 2702, 2704, 2722, 3326, 4299, 4302, 5429, 5430, 5431, 5777, 5953, 5957, 7022, 7023, 7685, 7686, 8170, 8176, 8177, 8186, 8187, 8190, 8191]), Anchor::Lits(&[8175, 9067, 9339, 9340, 9834, 9968, 9970, 9972, 10250, 11427, 11428, 11430, 11431, 11432, 11433, 11434, 11656, 11786, 11838, 11839, 12857, 14836, 14837, 15499, 15727, 15729, 15730, 17382, 17734, 17752, 17753, 18786, 18806, 18816, 18817, 18840])])),
            (203, "stop-following-instructions-i18n", Anchor::Lits(&[351, 730, 1068, 1334, 2968, 2981, 5103, 5107, 5261, 7208, 10382, 10384, 12576, 12578, 13835, 13836, 13838, 13839, 13862, 14211, 14213, 15050, 15056])),
            (205, "override-everything-said-i18n", Anchor::Lits(&[350, 1394, 3419, 3420, 3421, 6042, 6043, 6044, 10269, 10270, 10370, 12261, 12306, 12307, 12322, 13983, 13984, 13985, 13986, 13987, 13988, 17750, 17751])),
            (206, "instructions-void-de", Anchor::Lits(&[634, 2644, 3949, 3950, 7035])),
            (207, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[24, 32, 33, 36, 37, 53, 54, 188, 189, 375, 376, 377, 378, 379, 380, 746, 2277, 2920, 2922, 3374, 3521, 7136, 13826, 13828, 13829, 13830, 13831, 13833, 13834, 15468, 15473, 15475, 15477, 15781, 15785, 15786, 15787, 15788]), Anchor::All(&[Anchor::Lits(&[676, 1337, 1393, 2917, 2919, 2921, 3592, 3593, 4658, 4660, 4661, 4856, 4858, 4860, 5027, 5028, 5621, 5622]), Anchor::Lits(&[9726, 13087, 14533, 14835, 17730])]), Anchor::All(&[Anchor::Lits(&[13466, 13481, 13482, 13483, 13515, 15472, 15474]), Anchor::Lits(&[675, 1336, 1392, 2918, 3591, 4659, 4857, 5620])]), Anchor::All(&[Anchor::Lits(&[3946]), Anchor::Lits(&[11145, 11146, 13224, 15448, 15449, 17755])])])),
            (209, "authority-waives-controls-i18n", Anchor::Lits(&[669, 670, 671, 672, 673, 1824, 2410, 2414, 2419, 4722, 4745, 4746, 5785])),
            (210, "persona-without-rules-i18n", Anchor::Lits(&[40, 55, 56, 134, 182, 185, 1284, 1728, 3303, 4419, 6984, 7117, 7203, 7204])),
            (211, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[1204, 1206, 1258, 1262, 1263, 1266, 1267, 1268, 1272, 1273, 1338, 1371, 1372, 5429, 5430, 8170]), Anchor::Lits(&[8853, 8876, 8902, 8903, 9067, 9969, 9971, 11616, 11671, 11724, 14837, 15728])])),
            (212, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[331, 1078, 1082, 1189, 1211, 1322, 1368, 1398, 1829, 2029, 3371, 3372, 3402, 3404, 3408, 3410, 3418, 3446, 3488, 3720, 3726, 4274, 4297, 4417, 5024, 5026, 5075, 5375, 5771, 5963, 5965, 7135, 7207, 7210, 8179, 8198, 8208]), Anchor::Lits(&[8284, 8285, 8681, 9186, 9208, 9209, 9210, 9211, 9441, 9463, 11417, 11758, 11759, 11777, 12714, 13163, 13352, 13467, 13843, 13844, 13989, 13991, 18807, 18808])]), Anchor::All(&[Anchor::Lits(&[8284, 8285, 8681, 9186, 9208, 9209, 9210, 9211, 9441, 9463, 11417, 11758, 11759, 11777, 12714, 13163, 13352, 13467, 13843, 13844, 13989, 13991, 18807, 18808]), Anchor::Lits(&[330, 1077, 1081, 1188, 1210, 1321, 1367, 1397, 1828, 2028, 3370, 3401, 3403, 3407, 3409, 3417, 3445, 3487, 3719, 3725, 4273, 4296, 4416, 5023, 5025, 5074, 5374, 5770, 5962, 5964, 7134, 7206, 7209, 8178, 8197, 8207]), Anchor::Lits(&[383, 964, 973, 992, 993, 1104, 1105, 1162, 1167, 2562, 2563, 2700, 3304, 3305, 3343, 3344, 3349, 3486, 3714, 3716, 4681, 4686, 4687, 4688, 5390, 5391, 5433, 5478, 5479, 5615, 5616, 6917, 6918, 7211, 7212, 8173, 8182, 8193, 8194])])])),
            (213, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[3355, 4824, 4825, 7109, 7110, 7111, 7112, 7628, 8181, 8183, 8184, 8185, 8195, 8196])),
            (214, "skip-approval-cjk", Anchor::Lits(&[18842, 18843, 18844, 18845, 18846, 18847, 18848, 18849, 18850, 18851, 18852, 18853, 18854, 18855, 18856, 18857, 18858, 18859, 18860])),
            (216, "admin-role-handed-out-i18n", Anchor::Any(&[Anchor::Lits(&[5269, 5270, 5271, 5276, 5277, 5278, 5279, 5280, 5281, 7690, 7691, 7692, 7693, 7694, 7695, 7696, 7697, 7698, 9979, 11376, 11400, 11402, 11416, 11665, 11666, 11840, 11851, 11979, 12800, 12801, 13089, 13090, 13092, 13093, 13095, 13097, 13100, 13212, 15080, 15082, 15084, 17340, 17342, 18801, 18802, 18832, 18834]), Anchor::All(&[Anchor::Lits(&[109, 4425, 5466, 7093]), Anchor::Lits(&[8310, 8948, 8949, 8960, 8970, 9060, 9061, 9064, 9065, 9336, 9343, 9846, 9847, 9848, 10154, 10155, 10259, 10784, 11144, 11667, 11668, 11669, 11683, 12229, 12916, 13954, 13955, 14274, 14275, 14843, 14844, 16579, 17754, 17849, 18814, 18822, 18828, 18829])]), Anchor::All(&[Anchor::Lits(&[9977, 9978, 11375, 11378, 11399, 11401, 11850, 11978, 12799, 13088, 13091, 13094, 13096, 13099, 15079, 15081, 15083, 17339, 17341, 18800, 18831, 18833]), Anchor::Lits(&[109, 4425, 5466, 7093])])])),
            (218, "control-removed-i18n-passive", Anchor::Lits(&[59, 67, 634, 635, 637, 638, 1205, 1207, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1269, 1270, 1271, 1272, 1372, 1373, 1374, 1375, 1761, 1762, 1763, 1764, 1765, 1801, 1802, 1805, 1806, 2413, 3485, 5019, 5020, 5021, 5133, 5139, 5140, 5141, 5239, 5240, 5242, 5243, 5263, 5264, 5265, 5266, 5953, 5954, 5955, 5956, 6915, 6925, 7018, 7019, 7103, 7104, 7105, 7138, 7139, 7687, 7688, 7689, 8188, 8189, 8192, 8201, 8202, 8203, 8204, 8205, 8206])),
            (219, "control-weakened-i18n", Anchor::Any(&[Anchor::Lits(&[10314, 12891, 12893]), Anchor::All(&[Anchor::Lits(&[8514, 9466, 10185, 10265, 10266, 10267, 10268, 10409, 11059, 11060, 11075, 11121, 11864, 11998, 12891, 12893, 13085, 13211, 13840, 14443, 14943, 14944, 15067, 15075, 15245, 15303, 15304, 15305, 15495, 15496, 16397, 16398, 16399, 16504, 17258, 17299, 17728, 17768, 18355, 18790, 18795, 18813, 18825, 18836, 18837, 18838]), Anchor::Any(&[Anchor::Lits(&[1201, 8214, 8287, 8288, 8289, 8309, 8314, 8416, 9076, 9087, 9097, 9098, 9099, 9100, 9101, 9102, 9103, 9104, 9105, 9112, 9113, 10249, 10250, 10660, 10931, 11076, 12327, 12855, 12856, 12857, 12858, 12895, 13073, 13191, 13192, 13193, 13194, 13195, 13196, 13207, 13208, 13222, 13223, 13279, 13516, 13520, 13522, 14462, 14463, 14638, 14640, 14641, 14642, 14837, 14842, 15048, 15049, 15302, 15341, 17398, 17399, 17731, 17913, 18792, 18804, 18805, 18806, 18815, 18816, 18820, 18821, 18826, 18835]), Anchor::All(&[Anchor::Lits(&[14639]), Anchor::Lits(&[1202])])])])])),
            (221, "destructive-without-confirmation-i18n", Anchor::Lits(&[9341, 9342, 13475, 13964, 13965, 13966, 13967, 13968, 13969, 14016, 14017, 14018, 15469, 15470, 15471, 15476, 15478, 15619, 15620, 15621, 15622, 15623, 15642, 15643, 15644, 15782, 15783, 15784, 15789, 15790, 16176, 16505, 16507, 16510, 16512, 17800, 18796, 18797, 18798, 18799, 18809, 18810, 18811, 18823, 18824])),
            (226, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[2518, 2519, 2520, 9344, 10315, 12843, 12918, 12919, 12921, 12927, 13369, 13476, 16506, 16508, 16509, 16511, 17484, 17485, 17486, 17487, 17719, 17720, 17793, 17794, 17795])),
            (228, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[611, 612, 613, 617, 618, 1145, 2423, 2424, 2425, 2426, 2430, 2432, 5254, 5255, 5256, 5257, 5258, 5424, 5425, 5426, 5427, 5428, 6950, 9350, 9351, 9352, 9424, 9562, 10577, 10645, 10710, 10772, 10858, 10927, 11469, 11475, 11480, 13776, 13960, 14547, 15868, 15869, 15870, 15871, 15960, 15962, 16002, 16004, 16174, 16175, 17427, 18052, 18240, 18329]), Anchor::All(&[Anchor::Lits(&[12057, 12061, 12062, 12064]), Anchor::Lits(&[2302])])])),
            (229, "trust-raised-for-later", Anchor::Lits(&[236, 254, 257, 260, 261, 262, 263, 264, 357, 430, 440, 448, 665, 668, 1437, 1611, 1923, 1924, 2496, 2540, 2541, 2565, 2566, 3099, 3115, 3161, 3833, 3961, 3962, 3992, 3994, 4068, 4831, 4835, 5163, 5164, 5637, 5640, 5650, 5658, 5659, 5662, 7589, 7595, 7596, 7599, 17364, 17367, 17368, 17369])),
            (230, "admin-role-by-a-side-door", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4309, 10224, 10225, 11762, 11763, 11764, 11765, 11766, 14656]), Anchor::All(&[Anchor::Lits(&[109, 4425, 5466, 5995, 7093]), Anchor::Lits(&[8907, 9236, 9265, 11675, 11680, 12471, 12472, 12700, 15013, 15014])]), Anchor::All(&[Anchor::Lits(&[4620]), Anchor::Lits(&[8313, 8522, 8536, 9110, 10991, 10992, 11174, 11175, 11182, 13201, 13520, 15341, 15570, 15611, 17701]), Anchor::Lits(&[9546, 11687, 11760, 11853, 13107, 15649, 17355])]), Anchor::All(&[Anchor::Lits(&[14956, 14957, 14958, 14959, 15019, 15020, 15054, 15055, 15194, 15195]), Anchor::Lits(&[109, 4425, 5466])])]), Anchor::Lits(&[457, 695, 713, 934, 1222, 1223, 1224, 2421, 2434, 2443, 2495, 2536, 2927, 2928, 3109, 3501, 4832, 5047, 5048, 5049, 5072, 5073, 5084, 5085, 5109, 5110, 5197, 5198, 5496, 6956])])),
            (233, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[3202, 3203, 3204, 7284, 7286, 7288, 7779, 7785, 7792, 8686, 8690, 8691, 8692, 8693, 8695, 8696, 8697, 8698, 8699, 8700, 8701, 8702, 8703, 8704, 8705, 8710, 9041, 9042, 9043, 9044, 9045, 9046, 9047, 9048, 9049, 9050, 9051, 9052, 9053, 9054, 9055, 9056, 9057, 15101, 15102, 15103, 15104, 15105, 15106, 15107, 15108, 15109, 15110, 15111, 15112, 15113, 15114, 15115, 15116, 15117, 16524, 16526, 16530, 16535, 16536, 16537, 16541, 16543, 16548, 16550, 16559, 16560, 16561, 16567, 16569, 16570, 16572]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10260, 10521, 10560, 10590, 10595, 10620, 10624, 10629, 10631, 10640, 10788, 10841, 10871, 10877, 10902, 10906, 10911, 10913, 10922, 12860, 12863, 12867, 12869, 12872, 12873, 12881, 12883, 12885, 12889, 12991, 13236, 13238, 13241, 13242, 13244, 13245, 13251, 13253, 13255, 13257, 13531, 13568, 13594, 13598, 13621, 13625, 13630, 13633, 13642, 14028, 14031, 14035, 14036, 14039, 14040, 14047, 14049, 14051, 14055, 14698]), Anchor::All(&[Anchor::Lits(&[8684, 9625, 15098, 15184, 15481, 16523]), Anchor::Any(&[Anchor::Lits(&[12859, 13884, 14027, 17837, 17838, 17842, 17843, 18410, 18412, 18469, 18476]), Anchor::All(&[Anchor::Lits(&[11221, 11222, 11223, 11224, 11225, 11226, 11227, 11228, 11229, 11230, 11231, 11232, 11233, 11234, 11235, 11236, 11237, 11238, 11239, 11261, 11262, 11263, 11264, 11265, 11266, 11267, 11268, 11269, 11270, 11271, 11272, 11273, 11274, 11275, 11276, 11277, 11278, 11279, 11280, 11281, 11282, 11283, 11284, 11285, 11286, 11287, 11288, 11289, 11290, 11291, 11292, 11293, 11294, 11295, 11296, 11297, 11298, 12727, 12728, 12729, 12730, 12732, 12733, 12734, 12735, 12736, 12737, 12739, 12740, 12741, 12742, 12743, 12744, 12745, 12746, 12747, 12755, 12756, 12757, 12758, 12759, 12760, 12761, 12762, 12763, 12764, 12765, 12766, 12767, 12768, 12769, 12770, 12771, 12772, 12773, 12774, 12775, 12776, 12777, 12778, 12779, 12780, 12781, 12782, 12783, 12784, 12785, 12786, 12787, 12788, 12789, 12790, 12791, 12792, 16599, 16600, 16601, 16602, 16603, 16604, 16605, 16606, 16607, 16608, 16610, 16611, 16612, 16613, 16614, 16615, 16616, 16617, 16618, 16629, 16630, 16631, 16632, 16633, 16634, 16635, 16636, 16637, 16638, 16639, 16640, 16641, 16642, 16643, 16644, 16645, 16646, 16647, 16648, 16649, 16650, 16651, 16652, 16653, 16654, 16655, 16656, 16657, 16658, 16659, 16660, 16661, 16662, 16663, 16664, 16665, 16666, 17155, 17156, 17157, 17158, 17159, 17160, 17161, 17162, 17163, 17164, 17165, 17166, 17167, 17168, 17169, 17170, 17171, 17172, 17173, 17187, 17188, 17189, 17190, 17191, 17192, 17193, 17194, 17195, 17196, 17197, 17198, 17199, 17200, 17201, 17202, 17203, 17204, 17205, 17206, 17207, 17208, 17209, 17210, 17211, 17212, 17213, 17214, 17215, 17216, 17217, 17218, 17219, 17220, 17221, 17222, 17223, 17224]), Anchor::Lits(&[8223, 8224, 8225, 8226, 8227, 8228, 8231, 8234, 8235, 8236, 8237, 8239, 8516, 8523, 8525, 8528, 8529, 8530, 8531, 8532, 8533, 8534, 8535, 8537, 8651, 8654, 8655, 8656, 8657, 8658, 8661, 8662, 8663, 8664, 8665, 8666, 11224, 11225, 11226, 11228, 11230, 11231, 11233, 11234, 11235, 11236, 11237, 11239, 11264, 11265, 11266, 11268, 11270, 11271, 11273, 11274, 11275, 11276, 11277, 11279, 11283, 11284, 11285, 11287, 11289, 11290, 11292, 11293, 11294, 11295, 11296, 11298, 12730, 12732, 12733, 12735, 12737, 12739, 12741, 12742, 12743, 12744, 12745, 12747, 12758, 12759, 12760, 12762, 12764, 12765, 12767, 12768, 12769, 12770, 12771, 12773, 12777, 12778, 12779, 12781, 12783, 12784, 12786, 12787, 12788, 12789, 12790, 12792, 12862, 12864, 12866, 12871, 12874, 12875, 12877, 12879, 12880, 12882, 12884, 12886, 13237, 13239, 13240, 13243, 13246, 13247, 13248, 13249, 13250, 13252, 13254, 13256, 14030, 14032, 14034, 14038, 14041, 14042, 14044, 14045, 14046, 14048, 14050, 14052, 15764, 15765, 15766, 15767, 15768, 15769, 15770, 15771, 15772, 15773, 15774, 15775, 16602, 16603, 16604, 16606, 16608, 16610, 16612, 16613, 16614, 16615, 16616, 16618, 16632, 16633, 16634, 16636, 16638, 16639, 16641, 16642, 16643, 16644, 16645, 16647, 16651, 16652, 16653, 16655, 16657, 16658, 16660, 16661, 16662, 16663, 16664, 16666, 17158, 17159, 17160, 17162, 17164, 17165, 17167, 17168, 17169, 17170, 17171, 17173, 17190, 17191, 17192, 17194, 17196, 17197, 17199, 17200, 17201, 17202, 17203, 17205, 17209, 17210, 17211, 17213, 17215, 17216, 17218, 17219, 17220, 17221, 17222, 17224])])])])]), Anchor::Lits(&[347, 967, 1247, 1434, 1448, 1462, 1467, 1489, 1492, 1503, 1506, 1608, 1623, 1637, 1642, 1671, 1674, 1685, 1688, 3310, 3311, 3314, 3315, 3317, 3318, 3320, 3321, 3322, 3424, 3648, 3649, 3650, 3651, 3652, 3653, 3654, 3655, 3656, 3829, 3842, 3857, 3862, 3893, 3895, 3906, 3909, 4362, 4363, 4366, 4367, 4369, 4370, 4371, 4372, 4373, 4849, 5158, 5192, 5406, 6051]), Anchor::Lits(&[568, 947, 1803, 2939, 3480, 5008, 7220, 7222, 7629])])])),
            (234, "made-to-look-routine", Anchor::Lits(&[9491, 9492, 9493, 9494, 9495, 9496, 9497, 9498, 9499, 9500, 9501, 9502, 9503, 9504, 11847, 11848, 11849, 13585, 13890, 13891, 14385, 14386, 14387, 14388, 14389, 14390, 14391, 14392, 14394, 14395, 14396, 14397, 14398, 14399, 14400, 14401, 14402, 14403, 14404, 14405, 14406, 14407, 14408, 14409, 14410, 14411, 14412, 14413, 14414, 14415, 14416, 14417, 14418, 14419, 14420, 14421, 14422, 14423, 14424, 14425, 15960, 15962, 15965, 15969, 15985, 16067, 16076, 16165, 17813, 17814, 17815, 17817, 17820, 17821, 17822, 17823, 17824, 17825, 17826, 17827, 17828, 17830, 17831, 17832, 17833, 17834, 17850, 17853, 17854, 17855, 17856, 17857, 17858, 17859, 17860, 17861])),
            (235, "own-action-left-out", Anchor::Lits(&[62, 4151, 5421, 5613, 6210, 7357])),
            (236, "disguised-by-a-bland-label", Anchor::Any(&[Anchor::Lits(&[10113, 10114, 10115, 10116, 10117, 10118, 10203, 10204, 10205, 10206, 10207, 10208, 11404, 11405, 11406, 11407, 11408, 11409, 11410, 11411, 11412, 11413, 11414, 11415, 12896, 12900, 12901, 12902, 12906, 12907, 12908, 12909, 13283, 13284, 13285, 13286, 13287, 13288]), Anchor::All(&[Anchor::Lits(&[303, 311, 312, 313, 314, 316, 317, 318, 320, 322, 323, 324, 327, 5683, 5690, 5691, 5692, 5693, 5694, 5696, 5698, 5700, 5701, 5706, 5711, 5712, 5713, 5714, 5715, 5717, 5719, 5721, 5722, 5723, 5724, 5725, 5727, 5728, 5729, 6195, 6196, 6197, 6198, 6199, 6200, 6201, 6202, 6203, 6204, 6205, 6206, 6207, 6614, 6615, 6616, 6617, 6618, 6619, 6620, 6621, 6622, 6623, 6624, 6625, 6626, 6700, 6701, 6702, 6703, 6704, 6705, 6706, 6707, 6708, 6709, 6710, 6711, 6712]), Anchor::Lits(&[9348, 9364, 10112, 10202, 10966, 11403, 11574, 11674, 11867, 12532, 12533, 13282, 13525, 13841, 14240, 15340, 17532, 17732])])])),
            (237, "risky-step-left-out-of-the-record", Anchor::Any(&[Anchor::Lits(&[1541, 1544, 1546, 1547, 1548, 1550, 1551, 1584, 1587, 1589, 1590, 1591, 1593, 1594, 2556, 2557, 2558, 2586, 2587, 2588, 3730, 3733, 3735, 3736, 3737, 3739, 3740, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3782, 3787, 3789, 3790, 3791, 3795, 3796, 3803, 3806, 3808, 3809, 3810, 3812, 3813, 3816, 3817, 3818, 3820, 3821, 3822, 5576, 5579, 5581, 5582, 5583, 5585, 5586, 5591, 5594, 5596, 5597, 5598, 5600, 5601, 7426, 7427, 7428, 7434, 7441, 7443, 7445, 7447, 7455, 7457, 7634, 7641, 7643, 7645, 7647, 7655, 7657, 10520, 10542, 10544, 10545, 10553, 10558, 10564, 10566, 10571, 10573, 10585, 10591, 10593, 10596, 10605, 10614, 10617, 10618, 10619, 10648, 10787, 10822, 10824, 10825, 10833, 10839, 10845, 10847, 10852, 10854, 10866, 10872, 10874, 10878, 10887, 10896, 10899, 10900, 10901, 10930, 13530, 13550, 13552, 13553, 13560, 13566, 13572, 13574, 13577, 13579, 13589, 13595, 13597, 13599, 13608, 13614, 13617, 13618, 13620, 13648, 13721, 13724, 13725, 13729, 13730, 13732, 13733, 13736, 13737, 13739, 13740, 13741, 13743, 13744, 13749, 14197, 14198, 14199, 14200, 14201, 14202]), Anchor::All(&[Anchor::Lits(&[12959]), Anchor::Lits(&[4160, 4440])])])),
            (238, "governance-skipped", Anchor::Any(&[Anchor::Lits(&[125, 126, 127, 128, 129, 130, 131, 334, 335, 336, 339, 341, 343, 344, 529, 530, 531, 532, 562, 563, 564, 565, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 3706, 3707, 3708, 3709, 3710, 3711, 3712, 3920, 3921, 3922, 3925, 3931, 3932, 3933, 6084, 6085, 6104, 6105, 11739]), Anchor::All(&[Anchor::Lits(&[9465, 9547, 9549, 9550, 11736, 16783]), Anchor::Lits(&[9187, 9443, 10518, 10785, 11708, 13528, 13719, 15731, 15797, 18156])]), Anchor::All(&[Anchor::Lits(&[8854, 9553, 11743, 15733, 15747, 17241]), Anchor::Lits(&[1469, 1644, 3954, 7586])])])),
            (239, "recovery-prevented", Anchor::Any(&[Anchor::Lits(&[1469, 1644, 3957, 4046, 4049, 4051, 5695, 5697, 5699, 5716, 5718, 5720, 7446, 7646, 11379, 11380, 11381, 11382, 11383, 11384, 11385, 11386, 11387, 11388, 11389, 11390, 11391, 11392, 11393, 11394, 11395, 11396, 11397, 11398, 12721, 12722, 12723, 12724, 12725, 12738, 12748, 12751, 12793, 12794, 13750, 13751, 13752, 13753, 13755, 13763, 13764, 13767, 13772, 13774, 13798, 13799, 13800, 13801, 13803, 13812, 13813, 13817, 13822, 13824, 13885, 13886, 13887, 13888, 13889, 13892, 13893, 13894, 13895, 13896, 16798, 16799, 16800, 16801, 16802, 16803, 16804, 16805, 16806, 16807, 16919, 16920, 16921, 16922, 16923, 16924, 16925, 16926, 16927, 16928, 16950, 16951, 16952, 16953, 16954, 16955, 16956, 16957, 16958, 16959, 17026, 17027, 17028, 17029, 17030, 17031, 17032, 17033, 17034, 17035, 17061, 17062, 17063, 17064, 17066, 17088, 17089, 17090, 17096, 17098, 17247, 17248, 17249, 17250, 17251, 17252, 17253, 17254, 17255, 17256, 17465, 17466, 17467, 17468, 17469, 17470, 17471, 17472, 17473, 17474]), Anchor::All(&[Anchor::Lits(&[15243, 17246]), Anchor::Lits(&[1226, 1707, 4957, 6981, 7465]), Anchor::Lits(&[1, 8156])]), Anchor::All(&[Anchor::Lits(&[15243, 17246]), Anchor::Lits(&[1226, 1707, 4957, 6981, 7465]), Anchor::Lits(&[1, 8156])]), Anchor::All(&[Anchor::Lits(&[5238, 6507]), Anchor::Lits(&[1226, 1707, 4957, 6981, 7465]), Anchor::Lits(&[1, 8156])]), Anchor::All(&[Anchor::Lits(&[3776, 3800, 5171]), Anchor::Lits(&[684, 5675])])])),
            (240, "payload-run-unseen", Anchor::Any(&[Anchor::Lits(&[8961, 8962, 8963, 8964, 8965, 8966, 8967, 8968, 9732, 9733, 9734, 9735, 9736, 9737, 9738, 9739, 9837, 9838, 9839, 9840, 9841, 9842, 9843, 9844, 10194, 10195, 10196, 10197, 10198, 10199, 10200, 10201, 10212, 10213, 10214, 10215, 10216, 10217, 10218, 10219, 11435, 11436, 11437, 11438, 11439, 11440, 11441, 11442, 12847, 12848, 12849, 12850, 12851, 12852, 12853, 12854, 14548, 14550, 14552, 14553, 14554, 14555, 14556, 14557, 14560, 14562, 14564, 14565, 14566, 14567, 14568, 14569, 15233, 15234, 15235, 15236, 15237, 15238, 15239, 15240, 15258, 15259, 15260, 15261, 15262, 15263, 15264, 15265, 17428, 17430, 17440, 17444, 17447, 17448, 17449, 17450, 17545, 17546, 17547, 17548, 17549, 17550, 17551, 17552]), Anchor::All(&[Anchor::Lits(&[8836, 8837, 8839, 8842, 8844, 8845, 8847, 8849, 11164, 11165, 11166, 11167, 11168, 11169, 11170, 11171, 11333, 11334, 11336, 11339, 11341, 11342, 11344, 11346, 15392, 15393, 15395, 15398, 15400, 15401, 15403, 15405]), Anchor::Lits(&[578, 1035, 1219, 1221, 1255, 3309, 5252, 7033, 7052])]), Anchor::All(&[Anchor::Lits(&[965, 2278, 2535, 4668, 4759, 5471, 5676, 5875]), Anchor::Lits(&[302, 306, 310, 321, 6334, 6337, 6341, 6343])])])),
            (241, "audit-record-rigged", Anchor::Any(&[Anchor::Lits(&[15921, 15924, 15925, 15960, 15962, 15969, 15971, 15983, 15984, 15988, 15991, 15992, 16002, 16004, 16010, 16012, 16024, 16025, 16039, 16040, 16041, 16047, 16048, 16049, 16063, 16066, 16068, 16074, 16075, 16077]), Anchor::All(&[Anchor::Lits(&[85, 87, 117, 610, 3475, 5005, 5456]), Anchor::Lits(&[1707, 1878, 1879, 2009, 2011, 2013, 2641, 2643, 2703, 4300, 5124, 5635, 5952]), Anchor::Lits(&[808, 809, 810, 812, 813, 822, 823, 824, 2130, 2139, 2150, 2156, 2158, 2184, 2187, 2207, 2310, 2311, 2314, 2317, 2318, 2344, 2354, 2355, 4134, 4135, 4136, 4137, 4138, 4145, 4148, 4149])]), Anchor::All(&[Anchor::Lits(&[2303, 2305, 2315, 2316, 2319, 2320, 2321, 2323, 2326, 2342, 2343, 2347, 2348, 2349]), Anchor::Lits(&[9845, 12012, 12054, 12066])])])),
            (242, "passed-off-as-ordinary", Anchor::Any(&[Anchor::Lits(&[392, 975, 2024, 2538, 2934, 3405, 3406, 3479, 4058, 4269, 4270, 4423, 5050, 5297, 5470, 5793]), Anchor::All(&[Anchor::Lits(&[834, 837, 840, 841, 843, 1274, 1276, 1278, 1279, 1281, 1702, 1703, 1704, 1705, 1706, 2279, 2281, 2283, 2284, 2286, 3358, 3360, 3362, 3363, 3365, 3765, 3767, 3769, 3770, 3772, 4669, 4670, 4671, 4672, 4673, 4840, 4842, 4844, 4845, 4847, 5089, 5090, 5091, 5092, 5093]), Anchor::Lits(&[294, 684, 976, 1370, 1701, 2618, 2661, 3499, 3675, 3703, 4714, 5296, 6050])])])),
            (244, "new-operating-rules-declared", Anchor::Lits(&[3955, 3956, 3962, 3972, 3975, 3976, 4030, 4031, 4041, 4042, 4047])),
            (245, "earlier-rules-declared-lapsed", Anchor::Lits(&[1737, 1738, 1739, 1740, 1741, 1743, 1745, 1746, 1747, 2254, 2259, 2260, 2261, 2263, 2265, 2266, 2267, 2268, 4278, 4283, 4284, 4285, 4287, 4288, 4289, 4290, 4291, 4864, 4869, 4870, 4871, 4873, 4876, 4878, 4879, 4880, 4888, 4889, 4890, 4891, 4892, 4894, 4896, 4897, 4898])),
            (246, "persona-careless-of-rules", Anchor::Lits(&[3959, 3966, 3971, 3973, 3975, 4028, 4029, 4040, 4041, 4052, 6088, 6092, 6094, 6095, 6099, 6100, 6101, 6102, 6103, 6106, 6134, 6171, 6183, 6208, 6209, 7360, 7364, 7365, 7366, 7370, 7371, 7372, 7373, 7374, 7375, 7378, 7381, 7387, 7395, 7396, 7402, 7403, 7404, 7405, 7406, 7407, 7408, 7409, 7410, 7411, 7412, 7413, 7414, 7415, 7416, 7592, 7601, 7604, 7606, 7608, 7610, 7611, 7613, 7615, 7627, 12258])),
            (247, "word-redefined-as-a-command", Anchor::Any(&[Anchor::Lits(&[11127, 11128, 11129, 11130, 11131, 11132, 11133, 11134, 12691, 12692, 12693, 12694, 12695, 12696, 12697, 12698, 12704, 12705, 12706, 12707, 12708, 12709, 12710, 12711, 13213, 13214, 13215, 13216, 13217, 13218, 13219, 13220, 16203, 16204, 16205, 16206, 16207, 16208, 16209, 16210]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10232, 10235, 10236, 10238, 10941, 10946, 10947, 10948, 10949, 10956, 10957, 10958, 15292, 17384]), Anchor::All(&[Anchor::Lits(&[11761]), Anchor::Lits(&[109, 221, 4425, 4627, 5466, 5995])]), Anchor::All(&[Anchor::Lits(&[10388]), Anchor::Lits(&[9067, 9611, 11778, 13196, 13279, 14591])]), Anchor::All(&[Anchor::Lits(&[17554]), Anchor::Lits(&[14591])]), Anchor::All(&[Anchor::Lits(&[2968, 5305]), Anchor::Lits(&[12264])])]), Anchor::Lits(&[1821, 1926, 3096, 3103, 3146, 3147, 3518, 5358, 5543, 5572, 5573, 5588, 5795, 6959, 7429, 7462, 7463]), Anchor::Lits(&[11624, 12008, 12240, 12982, 16785, 16786, 16828, 16931, 17944, 17945, 17959, 17960, 18345])])])),
            (248, "risky-action-misdescribed", Anchor::Any(&[Anchor::Lits(&[835, 838, 842, 844, 1275, 1277, 1280, 1282, 2280, 2282, 2285, 2287, 3359, 3361, 3364, 3366, 3766, 3768, 3771, 3773, 4841, 4843, 4846, 4848, 6521, 6522, 6523, 6524, 10552, 10557, 10559, 10563, 10570, 10595, 10604, 10608, 10634, 10635, 10832, 10838, 10840, 10844, 10851, 10877, 10886, 10890, 10916, 10917, 13559, 13565, 13567, 13571, 13576, 13598, 13607, 13611, 13636, 13637, 18198, 18204, 18205, 18209, 18214, 18249, 18259, 18262, 18295, 18296]), Anchor::All(&[Anchor::Lits(&[2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2828, 2832, 2835, 2844, 2845, 2848, 2851, 2854, 2855, 2856, 2857, 2858, 2860, 2861, 2863, 2873, 2874, 2876, 2884, 2885, 2886, 2888, 2889, 2890, 2891, 2892, 2893, 2897, 2898, 2900, 6728, 6729, 6730, 6734, 6735, 6736, 6738, 6739, 6740, 6741, 6742, 6743, 6746, 6747, 6748, 6782, 6789, 6793, 6807, 6812, 6815, 6819, 6823, 6824, 6825, 6827, 6828, 6831, 6832, 6833, 6899, 6900, 6901, 6902, 6903, 6904, 6905, 6906, 6907, 6908, 6909, 6910, 6911, 6912, 6913]), Anchor::Lits(&[9471, 9474, 9475, 9481, 9482, 9483, 9484, 9583, 9584, 9585, 9586, 9587, 9588, 9589, 9590, 9591, 9592, 9593, 9594, 9595, 9596, 10271, 10272, 10273, 10274, 10275, 10276, 10277, 10669, 10670, 10671, 10672, 10673, 10674, 10675, 11599, 11600, 11601, 11602, 11603, 11604, 11605, 12930, 12934, 12935, 12939, 12940, 12941, 12943, 13468, 13469, 13470, 13471, 13472, 13473, 13474, 14371, 14372, 14373, 14374, 14375, 14376, 14377, 14690, 14691, 14692, 14693, 14694, 14695, 14696, 15023, 15024, 15025, 15026, 15027, 15028, 15029, 15121, 15125, 15126, 15129, 15131, 15132, 15133, 16352, 16353, 16354, 16355, 16356, 16357, 16358, 16364, 16365, 16366, 16367, 16368, 16369, 16370, 17259, 17260, 17261, 17262, 17263, 17264, 17265]), Anchor::Lits(&[492])])])),
            (249, "every-account-object-destroyed", Anchor::All(&[Anchor::Lits(&[1228, 1230, 1231, 1232, 1234, 1236, 1237, 1238, 1241, 1243, 1244, 1245, 1285, 1287, 1288, 1289, 1290, 1292, 1293, 1294, 1295, 1297, 1298, 1299, 1341, 1343, 1345, 1346, 1355, 1357, 1358, 1359, 1362, 1364, 1365, 1366, 1709, 1711, 1713, 1714, 1717, 1719, 1720, 1721, 1722, 1724, 1725, 1726, 4094, 4096, 4097, 4098, 4099, 4101, 4102, 4103, 4104, 4106, 4107, 4108, 4959, 4961, 4962, 4963, 4964, 4966, 4967, 4968, 4969, 4971, 4972, 4973, 5126, 5128, 5129, 5130, 5134, 5136, 5137, 5138, 5144, 5146, 5147, 5148, 7467, 7469, 7470, 7471, 7473, 7475, 7476, 7477, 7478, 7480, 7481, 7482]), Anchor::Lits(&[205, 1734, 1838])])),
            (250, "everything-but-one-destroyed", Anchor::All(&[Anchor::Lits(&[1228, 1229, 1231, 1232, 1234, 1235, 1237, 1238, 1241, 1242, 1244, 1245, 1285, 1286, 1288, 1289, 1290, 1291, 1293, 1294, 1295, 1296, 1298, 1299, 1341, 1342, 1345, 1346, 1355, 1356, 1358, 1359, 1362, 1363, 1365, 1366, 1709, 1710, 1713, 1714, 1717, 1718, 1720, 1721, 1722, 1723, 1725, 1726, 4094, 4095, 4097, 4098, 4099, 4100, 4102, 4103, 4104, 4105, 4107, 4108, 4959, 4960, 4962, 4963, 4964, 4965, 4967, 4968, 4969, 4970, 4972, 4973, 5126, 5127, 5129, 5130, 5134, 5135, 5137, 5138, 5144, 5145, 5147, 5148, 7467, 7468, 7470, 7471, 7473, 7474, 7476, 7477, 7478, 7479, 7481, 7482]), Anchor::Lits(&[8821, 9337, 9438, 11321, 11324, 13865, 13866, 13867, 13868, 13869, 13870, 13871, 14273, 15480, 16589, 16590, 16593, 16594, 16595, 16596, 16609, 16619, 16620, 16621, 16622, 16623, 16624, 16625, 16626, 16627, 17967, 17968, 17971, 17972, 17973, 17974, 17976, 17977, 17987, 17988, 17989, 17990, 17991, 17992, 17993, 17994, 18000, 18001, 18005, 18006, 18010, 18011, 18012, 18013, 18016, 18017, 18018, 18019, 18020, 18021, 18022, 18023]), Anchor::Lits(&[205, 352, 1734, 1838])])),
            (251, "listed-objects-dropped-in-a-loop", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5604, 5605, 5606, 5607, 5610, 5611]), Anchor::Lits(&[1226, 1239, 1339, 1360, 1707, 5124, 5142])]), Anchor::All(&[Anchor::Lits(&[15711, 15712, 15715, 15716, 15721, 15722]), Anchor::Lits(&[1176, 2118, 2243, 3271, 3272, 3481])])])),
            (252, "protection-policy-made-permissive", Anchor::Any(&[Anchor::Lits(&[2935, 2936, 2937, 2938, 6974, 6975, 6976, 6977, 8354, 8356, 8369, 8370, 9706, 9707, 9709, 9710, 11633, 11634, 11635, 11636, 14244, 14248, 14268, 14270, 14549, 14551, 14557, 14559, 14561, 14563, 14569, 14570, 14948, 14949, 14950, 14951, 14993, 14995, 15008, 15009, 17429, 17432, 17450, 17451, 17514, 17515, 17516, 17517, 17528, 17529, 17530, 17531]), Anchor::All(&[Anchor::Lits(&[775, 776, 1932, 5246, 5247, 5248, 8242, 8646, 9233, 9906, 12713, 12890, 13057, 13956, 14056, 14558, 15776, 16998, 17291, 17425, 17733]), Anchor::Lits(&[15341])])])),
            (254, "data-taken-to-another-organization", Anchor::Any(&[Anchor::Lits(&[2252, 2253, 2255, 2256, 2257, 2258, 2262, 2269, 2270, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 3923, 3924, 3926, 3927, 3928, 3929, 3930, 3934, 3935, 3937, 3938, 3939, 3940, 3941, 3942, 3943, 3944, 3945, 4276, 4277, 4279, 4280, 4281, 4282, 4286, 4292, 4293, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4748, 4749, 4750, 4751, 4752, 4862, 4863, 4865, 4866, 4867, 4868, 4872, 4881, 4884, 4902, 4906, 4907, 4908, 4909, 7058, 7059, 7060, 7061, 7062, 7063, 7064, 7065, 7066, 9281, 9282, 9283, 9284, 12196, 12197, 12199, 12200, 12214, 12215, 12216, 12217, 12329, 12330, 12331, 12332, 13417, 13418, 13419, 17941, 17942, 17943]), Anchor::All(&[Anchor::Lits(&[1457, 1469, 1491, 1512, 1533, 1538, 1559, 1563, 1576, 1581, 1602, 1606, 1632, 1644, 1673, 1694, 3954, 5636, 7439, 7446, 7454, 7461, 7586, 7639, 7646, 7654, 7661]), Anchor::Lits(&[10166, 10174, 10175, 10932, 10933, 10962, 12978, 13479, 14778, 14782]), Anchor::Lits(&[10021, 11367, 11687, 11701, 15095, 15097, 15624, 15665, 15667, 17498])])])),
            (257, "side-statement-run-unseen", Anchor::Lits(&[744, 1147, 1381, 3082, 5010, 5448, 5627, 10427, 10428, 10429, 10430, 10431, 10432, 11051, 11052, 11053, 11054, 11055, 11056, 13047, 13048, 13049, 13050, 13051, 13052, 13227, 13229, 13230, 13231, 13232, 13233, 14285, 14289, 14291, 14292, 14293, 14294, 14740, 14742, 14745, 14746, 14747, 14748, 15122, 15124, 15127, 15128, 15130, 15134, 15249, 15250, 15251, 15252, 15253, 15254, 15713, 15714, 15717, 15718, 15719, 15720, 18208, 18211, 18236, 18245, 18248, 18252, 18265, 18273, 18283, 18292])),
            (258, "dbt-hook-drops-production", Anchor::Lits(&[1712, 1715])),
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
actualconfiguration\
actualdirections\
actualdirectives\
actualguidelines\
actualinstructions\
actualmessage\
actualpreamble\
actualprompt\
actualrules\
actualsetup\
actualtext\
adhereto\
adheringto\
aforementioned\
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
answertoforexclusively\
answertoforjust\
answertoforonly\
answertoforsolely\
answertofromexclusively\
answertofromjust\
answertofromonly\
answertofromsolely\
answertojust\
answertoonly\
answertosolely\
answertotoexclusively\
answertotojust\
answertotoonly\
answertotosolely\
anthropicadded\
anthropicconfigured\
anthropicdefined\
anthropicgave\
anthropicgive\
anthropicimposed\
anthropicplaced\
anthropicput\
anthropicset\
anthropicspecified\
anthropicwrote\
any\
anything\
anythingthatthe\
anythingthatyour\
anythingthe\
anythingyour\
anyyour\
appearedabove\
appearedbefore\
appearedpriorto\
appearsabove\
appearsbefore\
appearspriorto\
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
avoid\
away\
be\
before\
beforealignment\
beforeanyalignment\
beforeanycontent\
beforeanyethics\
beforeanyrlhf\
beforeanysafety\
beforecontent\
beforeethics\
beforeitsalignment\
beforeitscontent\
beforeitsethics\
beforeitsrlhf\
beforeitssafety\
beforerlhf\
beforesafety\
beforethatas\
beforethealignment\
beforethecontent\
beforetheethics\
beforetherlhf\
beforethesafety\
beforethis\
beforethisas\
beforeyouralignment\
beforeyourcontent\
beforeyourethics\
beforeyourrlhf\
beforeyoursafety\
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
break\
breakfreeof\
breakingfreeof\
breakingoutof\
breakoutof\
brokenfreeof\
bypass\
bypassed\
bypassingyour\
bypassyour\
cameabove\
camebefore\
camepriorto\
canceled\
cancelled\
candoanything\
ceaseto\
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
claudeare\
claudedidnothave\
claudedidnthave\
claudedonothave\
claudedonthave\
claudehad\
claudehas\
claudehave\
claudeis\
claudewas\
claudewere\
clearance\
comebackas\
comesabove\
comesbefore\
comespriorto\
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
complywithonlyme\
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
confidentialconfiguration\
confidentialdirections\
confidentialdirectives\
confidentialguidelines\
confidentialinstructions\
confidentialmessage\
confidentialpreamble\
confidentialprompt\
confidentialrules\
confidentialsetup\
confidentialtext\
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
cortexare\
cortexdidnothave\
cortexdidnthave\
cortexdonothave\
cortexdonthave\
cortexhad\
cortexhas\
cortexhave\
cortexis\
cortexroute\
cortexwas\
cortexwere\
countallofyour\
countallyour\
countfor\
countofyour\
counton\
countover\
countto\
countyour\
dan\
danmode\
datayouweregiven\
deactivate\
deactivated\
deactivateyour\
deactivating\
deactivatingyour\
deemallofyour\
deemallyour\
deemofyour\
deemyour\
defeat\
defeatyour\
defy\
defyyour\
deprecated\
developerconfiguration\
developerdirections\
developerdirective\
developerdirectives\
developerguidelines\
developerinstructions\
developermessage\
developermode\
developernote\
developerpreamble\
developerprompt\
developerrules\
developersetup\
developersmode\
developertext\
devious\
didnotapplied\
didnotapply\
didnotexist\
didnotmatter\
didntapplied\
didntapply\
didntexist\
didntmatter\
didyou\
directions\
directive\
directives\
disable\
disabled\
disableyour\
disabling\
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
doesnotapplied\
doesnotapply\
doesnotexist\
doesnotmatter\
doesntapplied\
doesntapply\
doesntexist\
doesntmatter\
donot\
donotapplied\
donotapply\
donotbreakcharacter\
donotbreakoutofcharacter\
donotcareabout\
donotcarry\
donotenforce\
donotenforceyour\
donotexist\
donotfollow\
donotfollowyour\
donothave\
donotleaveincharacter\
donotmatter\
donotneed\
donotobey\
donotobeyyour\
donotpossess\
donotworryabout\
dont\
dontapplied\
dontapply\
dontbotherwith\
dontbotherwithyour\
dontbreakcharacter\
dontbreakoutofcharacter\
dontcareabout\
dontcarry\
dontenforce\
dontenforceyour\
dontexist\
dontfollow\
dontfollowyour\
donthave\
dontleaveincharacter\
dontmatter\
dontneed\
dontobey\
dontobeyyour\
dontpossess\
dontworryabout\
doyou\
drop\
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
evading\
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
exclusivelylistento\
exclusivelyobey\
exclusivelytakeinstructionsfrom\
exclusivelytakeordersfrom\
exemptfrom\
existfor\
existon\
existover\
existto\
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
followforexclusively\
followforjust\
followforonly\
followforsolely\
followfromexclusively\
followfromjust\
followfromonly\
followfromsolely\
followjust\
followonly\
followsolely\
followtoexclusively\
followtojust\
followtoonly\
followtosolely\
forabit\
foraminute\
foramoment\
foraonce\
forarestof\
forasec\
foratimebeing\
forawhile\
forbidsyou\
forbidyou\
foregoing\
forget\
forgettingyour\
forgetyour\
former\
fornow\
foronebit\
foroneminute\
foronemoment\
foroneonce\
foronerestof\
foronesec\
foronetimebeing\
foronewhile\
forthebit\
fortheminute\
forthemoment\
fortheonce\
fortherestof\
forthesec\
forthetimebeing\
forthewhile\
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
forthiswhile\
fortoday\
freedfrom\
freedommode\
freefrom\
freeyourselffrom\
freeyourselffromyour\
freeyourselfof\
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
getaround\
getaroundyour\
getoutof\
getridof\
gettingaround\
gettingaroundyour\
giveintoyou\
giveinyou\
given\
givenoweightto\
givenoweighttoyour\
giventoyou\
givetoyou\
giveyou\
goal\
godmode\
gone\
governsyou\
governyou\
gptare\
gptdidnothave\
gptdidnthave\
gptdonothave\
gptdonthave\
gpthad\
gpthas\
gpthave\
gptis\
gptwas\
gptwere\
guardcheck\
guardrail\
guardrails\
guards\
guidance\
guideline\
guidelines\
hack\
hacked\
hackermode\
hadyou\
harmful\
haveyou\
hidden\
hiddenconfiguration\
hiddendirections\
hiddendirective\
hiddendirectives\
hiddenguidelines\
hiddeninstructions\
hiddenmessage\
hiddennote\
hiddenpreamble\
hiddenprompt\
hiddenrules\
hiddensetup\
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
inactive\
inaworldwhere\
ineedyou\
info\
initial\
initialconfiguration\
initialdirections\
initialdirectives\
initialguidelines\
initialinstructions\
initialmessage\
initialpreamble\
initialprompt\
initialrules\
initialsetup\
initialtext\
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
instructionsabove\
internalconfiguration\
internaldirections\
internaldirectives\
internalguidelines\
internalinstructions\
internalmessage\
internalpreamble\
internalprompt\
internalrules\
internalsetup\
internaltext\
inthesystemprompt\
inyour\
inyourprompt\
inyourpromptas\
iorderyou\
ipermityou\
isabove\
isbefore\
ispriorto\
iswrittenabove\
iswrittenbefore\
iswrittenpriorto\
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
justlistento\
justobey\
justonce\
justtakeinstructionsfrom\
justtakeordersfrom\
keepallallofyour\
keepallallyour\
keepallofyour\
keepallthe\
keepallyour\
keepincharacter\
keepofallofyour\
keepofallyour\
keepoffallofyour\
keepoffallyour\
keepoffthe\
keepoffyour\
keepofthe\
keepofyour\
keepsyou\
keepthe\
keepyou\
keepyour\
kill\
lawless\
learned\
leaveallallofyour\
leaveallallyour\
leaveallofyour\
leaveallthe\
leaveallyour\
leaveofallofyour\
leaveofallyour\
leaveoffallofyour\
leaveoffallyour\
leaveoffthe\
leaveoffyour\
leaveofthe\
leaveofyour\
leavethe\
leaveyour\
letgoof\
letssay\
liberated\
liberatedfrom\
lift\
lifted\
liftyour\
limitation\
limitations\
limitfor\
limitless\
limitlessmode\
limiton\
limitover\
limitswhatsoever\
limitsyou\
limitto\
limityou\
lineof\
linesof\
listeningto\
listento\
listentoexclusively\
listentoforexclusively\
listentoforjust\
listentoforonly\
listentoforsolely\
listentofromexclusively\
listentofromjust\
listentofromonly\
listentofromsolely\
listentojust\
listentoonly\
listentosolely\
listentotoexclusively\
listentotojust\
listentotoonly\
listentotosolely\
loosen\
lower\
malicious\
matterfor\
matteron\
matterover\
matterto\
messages\
metaconfiguration\
metadirections\
metadirectives\
metaguidelines\
metainstructions\
metamessage\
metapreamble\
metaprompt\
metarules\
metasetup\
metatext\
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
neuter\
neuteryour\
neutralize\
neutralizeyour\
never\
neverapplied\
neverapply\
neverbreakcharacter\
neverbreakoutofcharacter\
neverexist\
neverfollow\
neverfollowyour\
neverleaveincharacter\
nevermatter\
nevermind\
nevermindyour\
neverrefuses\
no\
nofilter\
nofiltermode\
nofiltersmode\
nolimits\
nolimitsmode\
nolonger\
nolongeractive\
nolongerapplied\
nolongerapply\
nolongerboundby\
nolongercarry\
nolongerenforce\
nolongerenforceyour\
nolongerexist\
nolongerfollow\
nolongerfollowyour\
nolongerhave\
nolongerlimitedby\
nolongermatter\
nolongerneed\
nolongerpossess\
nolongerrestrictedby\
nomorecarry\
nomorehave\
nomorepossess\
noneedto\
noneedtofollow\
noneedtofollowyour\
noneofthe\
noneofthose\
noneofyour\
norestrictions\
norestrictionsmode\
norules\
notactive\
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
obeyforexclusively\
obeyforjust\
obeyforonly\
obeyforsolely\
obeyfromexclusively\
obeyfromjust\
obeyfromonly\
obeyfromsolely\
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
obeytoexclusively\
obeytojust\
obeytoonly\
obeytosolely\
obeywhateverisay\
obeywhatisay\
objective\
off\
ofyou\
ofyour\
old\
omegamode\
omit\
omityour\
onhold\
onice\
onlyanswerto\
onlyfollow\
onlylistento\
onlyobey\
onlytakeinstructionsfrom\
onlytakeordersfrom\
onpause\
onyou\
openaiadded\
openaiconfigured\
openaidefined\
openaigave\
openaigive\
openaiimposed\
openaiplaced\
openaiput\
openaiset\
openaispecified\
openaiwrote\
openingconfiguration\
openingdirections\
openingdirectives\
openingguidelines\
openinginstructions\
openingmessage\
openingpreamble\
openingprompt\
openingrules\
openingsetup\
openingtext\
operateas\
oppositeday\
oppositemode\
orders\
original\
originalconfiguration\
originaldirections\
originaldirective\
originaldirectives\
originalguidelines\
originalinstructions\
originalmessage\
originalnote\
originalpreamble\
originalprompt\
originalrules\
originalsetup\
originaltext\
overlook\
overlookyour\
overridden\
override\
overridemode\
overrideyour\
overriding\
overridingyour\
overrule\
overruleyour\
paragraphof\
paragraphsof\
parkallallofyour\
parkallallyour\
parkallofyour\
parkallthe\
parkallyour\
parkofallofyour\
parkofallyour\
parkoffallofyour\
parkoffallyour\
parkoffthe\
parkoffyour\
parkofthe\
parkofyour\
parkthe\
parkyour\
partof\
past\
paused\
paynoattentionto\
paynoattentiontoyour\
paynoheedto\
paynoheedtoyour\
paynomindto\
paynomindtoyour\
permission\
persona\
placeallallofyour\
placeallallyour\
placeallofyour\
placeallthe\
placeallyour\
placeofallofyour\
placeofallyour\
placeoffallofyour\
placeoffallyour\
placeoffthe\
placeoffyour\
placeofthe\
placeofyour\
placethe\
placeyour\
playacharacter\
playthecharacterof\
playthepartof\
playtheroleof\
preceding\
preconfiguration\
predirections\
predirectives\
preguidelines\
preinstructions\
premessage\
prepreamble\
preprompt\
prerules\
presetup\
pretend\
pretendasif\
pretendasthough\
pretendlike\
pretext\
prev\
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
prior\
priordirective\
priorinstructions\
priormessage\
priornote\
priorprompt\
priorrules\
priortext\
priortothis\
privateconfiguration\
privatedirections\
privatedirectives\
privateguidelines\
privateinstructions\
privatemessage\
privatepreamble\
privateprompt\
privaterules\
privatesetup\
privatetext\
proceedas\
programmedintoyou\
programmedinyou\
programmedtoyou\
programmedyou\
programming\
prompt\
promptabove\
promptguard\
prompts\
provided\
providedtoyou\
putallallofyour\
putallallyour\
putallofyour\
putallthe\
putallyour\
putaside\
putasideyour\
putintoyou\
putinyou\
putofallofyour\
putofallyour\
putoffallofyour\
putoffallyour\
putoffthe\
putoffyour\
putofthe\
putofyour\
putthe\
puttoyou\
putyou\
putyour\
quit\
quitenforcing\
quitenforcingyour\
readonlyrestriction\
realconfiguration\
realdirections\
realdirectives\
realguidelines\
realinstructions\
realmessage\
realpreamble\
realprompt\
realrules\
realsetup\
realtext\
rebellious\
rebelmode\
rebootas\
redaction\
refusal\
regardallofyour\
regardallyour\
regardofyour\
regardyour\
relax\
releasedfrom\
remainderof\
remainincharacter\
remove\
removed\
removing\
replyas\
reportexclusively\
reportforexclusively\
reportforjust\
reportforonly\
reportforsolely\
reportfromexclusively\
reportfromjust\
reportfromonly\
reportfromsolely\
reportjust\
reportonly\
reportsolely\
reporttoexclusively\
reporttojust\
reporttoonly\
reporttosolely\
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
retired\
returnas\
reviewprocess\
reviewstep\
revoked\
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
secretconfiguration\
secretdirections\
secretdirectives\
secretguidelines\
secretinstructions\
secretmessage\
secretpreamble\
secretprompt\
secretrules\
secretsetup\
secrettext\
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
setallallofyour\
setallallyour\
setallofyour\
setallthe\
setallyour\
setaside\
setasideyour\
setofallofyour\
setofallyour\
setoffallofyour\
setoffallyour\
setoffthe\
setoffyour\
setofthe\
setofyour\
setthe\
setyour\
shelveallallofyour\
shelveallallyour\
shelveallofyour\
shelveallthe\
shelveallyour\
shelveofallofyour\
shelveofallyour\
shelveoffallofyour\
shelveoffallyour\
shelveoffthe\
shelveoffyour\
shelveofthe\
shelveofyour\
shelvethe\
shelveyour\
shutdown\
shutdownyour\
shutoff\
shutoffyour\
sidestep\
simulate\
simulating\
sitsabove\
sitsbefore\
sitspriorto\
skip\
skipyour\
snowflakeadded\
snowflakeconfigured\
snowflakedefined\
snowflakegave\
snowflakegive\
snowflakeimposed\
snowflakeplaced\
snowflakeput\
snowflakeset\
snowflakespecified\
snowflakewrote\
sofar\
sofaras\
solelyanswerto\
solelyfollow\
solelylistento\
solelyobey\
solelytakeinstructionsfrom\
solelytakeordersfrom\
somebodyadded\
somebodyconfigured\
somebodydefined\
somebodygave\
somebodygive\
somebodyimposed\
somebodyplaced\
somebodyput\
somebodyset\
somebodyspecified\
somebodywrote\
someoneadded\
someoneconfigured\
someonedefined\
someonegave\
someonegive\
someoneimposed\
someoneplaced\
someoneput\
someoneset\
someonespecified\
someonewrote\
speakas\
stanmode\
startingconfiguration\
startingdirections\
startingdirectives\
startingguidelines\
startinginstructions\
startingmessage\
startingpreamble\
startingprompt\
startingrules\
startingsetup\
startingtext\
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
stop\
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
strip\
subvert\
subvertyour\
sudomode\
suppose\
suspend\
suspended\
suspendyour\
switchallallofyour\
switchallallyour\
switchallofyour\
switchallthe\
switchallyour\
switchingoff\
switchingoffyour\
switchofallofyour\
switchofallyour\
switchoff\
switchoffallofyour\
switchoffallyour\
switchoffthe\
switchoffyour\
switchofthe\
switchofyour\
switchthe\
switchyour\
system\
systemconfiguration\
systemdirections\
systemdirective\
systemdirectives\
systemguidelines\
systeminstruction\
systeminstructions\
systemmessage\
systemnote\
systempreamble\
systemprompt\
systemrules\
systemsetup\
systemtext\
takecommandsexclusively\
takecommandsforexclusively\
takecommandsforjust\
takecommandsforonly\
takecommandsforsolely\
takecommandsfromexclusively\
takecommandsfromjust\
takecommandsfromonly\
takecommandsfromsolely\
takecommandsjust\
takecommandsonly\
takecommandssolely\
takecommandstoexclusively\
takecommandstojust\
takecommandstoonly\
takecommandstosolely\
takeinstructionsexclusively\
takeinstructionsforexclusively\
takeinstructionsforjust\
takeinstructionsforonly\
takeinstructionsforsolely\
takeinstructionsfromexclusively\
takeinstructionsfromjust\
takeinstructionsfromonly\
takeinstructionsfromsolely\
takeinstructionsjust\
takeinstructionsonly\
takeinstructionssolely\
takeinstructionstoexclusively\
takeinstructionstojust\
takeinstructionstoonly\
takeinstructionstosolely\
takenonoticeof\
takeordersexclusively\
takeordersforexclusively\
takeordersforjust\
takeordersforonly\
takeordersforsolely\
takeordersfromexclusively\
takeordersfromjust\
takeordersfromonly\
takeordersfromsolely\
takeordersjust\
takeordersonly\
takeorderssolely\
takeorderstoexclusively\
takeorderstojust\
takeorderstoonly\
takeorderstosolely\
talkas\
tamperwith\
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
temporarily\
text\
textof\
that\
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
the\
theabove\
theactual\
theadminadded\
theadminconfigured\
theadmindefined\
theadmingave\
theadmingive\
theadminimposed\
theadministratoradded\
theadministratorconfigured\
theadministratordefined\
theadministratorgave\
theadministratorgive\
theadministratorimposed\
theadministratorplaced\
theadministratorput\
theadministratorset\
theadministratorspecified\
theadministratorwrote\
theadminplaced\
theadminput\
theadminset\
theadminspecified\
theadminwrote\
theaiare\
theaididnothave\
theaididnthave\
theaidonothave\
theaidonthave\
theaihad\
theaihas\
theaihave\
theaiis\
theaiwas\
theaiwere\
theassistantare\
theassistantdidnothave\
theassistantdidnthave\
theassistantdonothave\
theassistantdonthave\
theassistanthad\
theassistanthas\
theassistanthave\
theassistantis\
theassistantwas\
theassistantwere\
thechathistory\
thecompanyadded\
thecompanyconfigured\
thecompanydefined\
thecompanygave\
thecompanygive\
thecompanyimposed\
thecompanyplaced\
thecompanyput\
thecompanyset\
thecompanyspecified\
thecompanywrote\
thecomplete\
theconfidential\
thecontext\
theconversation\
thecurrent\
thedefault\
thedevelopersadded\
thedevelopersconfigured\
thedevelopersdefined\
thedevelopersgave\
thedevelopersgive\
thedevelopersimposed\
thedevelopersplaced\
thedevelopersput\
thedevelopersset\
thedevelopersspecified\
thedeveloperswrote\
theentire\
theexact\
thefirst\
thefull\
theguard\
thehidden\
theinitial\
theinstructions\
theinternal\
thememory\
themodelare\
themodeldidnothave\
themodeldidnthave\
themodeldonothave\
themodeldonthave\
themodelhad\
themodelhas\
themodelhave\
themodelis\
themodelwas\
themodelwere\
theonlyruleis\
theopening\
theoperatoradded\
theoperatorconfigured\
theoperatordefined\
theoperatorgave\
theoperatorgive\
theoperatorimposed\
theoperatorplaced\
theoperatorput\
theoperatorsadded\
theoperatorsconfigured\
theoperatorsdefined\
theoperatorset\
theoperatorsgave\
theoperatorsgive\
theoperatorsimposed\
theoperatorspecified\
theoperatorsplaced\
theoperatorsput\
theoperatorsset\
theoperatorsspecified\
theoperatorswrote\
theoperatorwrote\
theoretically\
theoriginal\
theplatformadded\
theplatformconfigured\
theplatformdefined\
theplatformgave\
theplatformgive\
theplatformimposed\
theplatformplaced\
theplatformput\
theplatformset\
theplatformspecified\
theplatformwrote\
thepreamble\
theprevious\
theprior\
theprivate\
theprompt\
theraw\
thereal\
thereareno\
therearezero\
thereisno\
thereiszero\
therereno\
thererezero\
theresno\
thereszero\
thesecret\
thesession\
thestarting\
thesystem\
thesystemadded\
thesystemconfigured\
thesystemdefined\
thesystemgave\
thesystemgive\
thesystemimposed\
thesystemplaced\
thesystemput\
thesystemset\
thesystemspecified\
thesystemwrote\
thetranscript\
theunderlying\
theunfiltered\
theverbatim\
theveryfirst\
thewhole\
theyadded\
theyconfigured\
theydefined\
theygave\
theygive\
theyhaveadded\
theyhaveconfigured\
theyhavedefined\
theyhavegave\
theyhavegive\
theyhaveimposed\
theyhaveplaced\
theyhaveput\
theyhaveset\
theyhavespecified\
theyhavewrote\
theyimposed\
theyour\
theyplaced\
theyput\
theyset\
theyspecified\
theywrote\
thingsyouweretold\
thisaiare\
thisaididnothave\
thisaididnthave\
thisaidonothave\
thisaidonthave\
thisaihad\
thisaihas\
thisaihave\
thisaiis\
thisaiwas\
thisaiwere\
thisassistantare\
thisassistantdidnothave\
thisassistantdidnthave\
thisassistantdonothave\
thisassistantdonthave\
thisassistanthad\
thisassistanthas\
thisassistanthave\
thisassistantis\
thisassistantwas\
thisassistantwere\
thismodelare\
thismodeldidnothave\
thismodeldidnthave\
thismodeldonothave\
thismodeldonthave\
thismodelhad\
thismodelhas\
thismodelhave\
thismodelis\
thismodelwas\
thismodelwere\
thisonce\
thistime\
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
training\
transcriptof\
transforminto\
treatallofyour\
treatallyour\
treatofyour\
treatyour\
tripwire\
turnallallofyour\
turnallallyour\
turnallofyour\
turnallthe\
turnallyour\
turningoff\
turningoffyour\
turninto\
turnofallofyour\
turnofallyour\
turnoff\
turnoffallofyour\
turnoffallyour\
turnoffthe\
turnoffyour\
turnofthe\
turnofyour\
turnthe\
turnyour\
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
underlyingconfiguration\
underlyingdirections\
underlyingdirectives\
underlyingguidelines\
underlyinginstructions\
underlyingmessage\
underlyingpreamble\
underlyingprompt\
underlyingrules\
underlyingsetup\
underlyingtext\
undermine\
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
veryfirstconfiguration\
veryfirstdirections\
veryfirstdirectives\
veryfirstguidelines\
veryfirstinstructions\
veryfirstmessage\
veryfirstpreamble\
veryfirstprompt\
veryfirstrules\
veryfirstsetup\
veryfirsttext\
violate\
void\
waive\
waived\
wasabove\
wasbefore\
waspriorto\
wassaidabove\
wassaidbefore\
wassaidpriorto\
waswrittenabove\
waswrittenbefore\
waswrittenpriorto\
wasyou\
weaken\
wehavejaibroke\
wehavejailbroke\
wentabove\
wentbefore\
wentpriorto\
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
who\
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
without\
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
workaround\
workaroundyour\
workexclusively\
workforexclusively\
workforjust\
workforonly\
workforsolely\
workfromexclusively\
workfromjust\
workfromonly\
workfromsolely\
workjust\
workonly\
worksolely\
worktoexclusively\
worktojust\
worktoonly\
worktosolely\
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
youarenotrequiredto\
youarentrequiredto\
youareunder\
youcame\
youcan\
youdbeen\
youdidnothave\
youdidnthave\
youdonothave\
youdonthave\
youfollow\
yougot\
youhad\
youhadbeen\
youhas\
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
youis\
youknow\
youmay\
youmust\
youmustfollow\
youmustnot\
youmustnt\
youoperateunder\
your\
yourabove\
youractual\
youralter\
yourchathistory\
yourchecks\
yourcompanyadded\
yourcompanyconfigured\
yourcompanydefined\
yourcompanygave\
yourcompanygive\
yourcompanyimposed\
yourcompanyplaced\
yourcompanyput\
yourcompanyset\
yourcompanyspecified\
yourcompanywrote\
yourcomplete\
yourconfidential\
yourconfig\
yourconstraints\
yourcontext\
yourcontextwindow\
yourconversation\
yourcreatorsadded\
yourcreatorsconfigured\
yourcreatorsdefined\
yourcreatorsgave\
yourcreatorsgive\
yourcreatorsimposed\
yourcreatorsplaced\
yourcreatorsput\
yourcreatorsset\
yourcreatorsspecified\
yourcreatorswrote\
yourcurrent\
yourdark\
yourdefault\
yourdeveloperadded\
yourdeveloperconfigured\
yourdeveloperdefined\
yourdevelopergave\
yourdevelopergive\
yourdeveloperimposed\
yourdeveloperplaced\
yourdeveloperput\
yourdevelopersadded\
yourdevelopersconfigured\
yourdevelopersdefined\
yourdeveloperset\
yourdevelopersgave\
yourdevelopersgive\
yourdevelopersimposed\
yourdeveloperspecified\
yourdevelopersplaced\
yourdevelopersput\
yourdevelopersset\
yourdevelopersspecified\
yourdeveloperswrote\
yourdeveloperwrote\
yourdirections\
yourdirectives\
youre\
youreceived\
youreceivedas\
yourejaibroke\
yourejailbroke\
yourenotrequiredto\
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
yourmemory\
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
yourselfare\
yourselfdidnothave\
yourselfdidnthave\
yourselfdonothave\
yourselfdonthave\
yourselfhad\
yourselfhas\
yourselfhave\
yourselfis\
yourselfwas\
yourselfwere\
yoursession\
yoursetup\
yourshadow\
yourstarting\
yoursystem\
yourtraining\
yourtranscript\
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
youshouldnot\
youshouldnt\
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
zero\
",
            ends: &[7, 18, 25, 34, 43, 48, 55, 69, 86, 98, 107, 118, 128, 137, 142, 149, 160, 168, 175, 194, 210, 226, 242, 260, 273, 287, 299, 310, 321, 331, 339, 349, 363, 372, 375, 384, 394, 405, 411, 418, 424, 434, 445, 453, 463, 477, 487, 502, 521, 543, 558, 573, 590, 613, 629, 645, 663, 675, 687, 701, 722, 736, 750, 766, 780, 799, 815, 828, 841, 857, 872, 884, 896, 914, 928, 931, 939, 954, 970, 981, 993, 1000, 1013, 1027, 1042, 1054, 1067, 1081, 1089, 1096, 1105, 1112, 1122, 1135, 1147, 1159, 1174, 1188, 1207, 1216, 1232, 1238, 1243, 1247, 1259, 1269, 1279, 1287, 1293, 1302, 1310, 1318, 1328, 1341, 1346, 1350, 1352, 1358, 1373, 1391, 1407, 1422, 1435, 1450, 1463, 1475, 1493, 1509, 1524, 1537, 1552, 1562, 1574, 1586, 1604, 1620, 1635, 1648, 1663, 1673, 1685, 1704, 1721, 1737, 1751, 1767, 1778, 1788, 1802, 1812, 1821, 1828, 1834, 1842, 1850, 1856, 1863, 1872, 1880, 1885, 1896, 1910, 1923, 1933, 1945, 1951, 1959, 1972, 1982, 1991, 2001, 2012, 2020, 2029, 2042, 2049, 2059, 2068, 2079, 2091, 2095, 2108, 2120, 2130, 2147, 2161, 2170, 2186, 2201, 2216, 2230, 2239, 2248, 2258, 2266, 2275, 2285, 2294, 2304, 2314, 2325, 2337, 2344, 2352, 2365, 2375, 2397, 2419, 2445, 2457, 2477, 2501, 2524, 2551, 2572, 2590, 2616, 2642, 2672, 2688, 2712, 2740, 2767, 2798, 2823, 2845, 2871, 2891, 2910, 2936, 2958, 2980, 2996, 3011, 3033, 3051, 3061, 3070, 3081, 3090, 3102, 3127, 3149, 3171, 3193, 3217, 3236, 3256, 3274, 3291, 3308, 3324, 3343, 3361, 3374, 3384, 3401, 3416, 3430, 3442, 3466, 3491, 3504, 3515, 3527, 3534, 3547, 3561, 3570, 3585, 3598, 3617, 3627, 3637, 3649, 3665, 3677, 3687, 3701, 3712, 3722, 3734, 3740, 3747, 3756, 3772, 3787, 3802, 3816, 3825, 3834, 3844, 3852, 3863, 3872, 3882, 3896, 3908, 3916, 3927, 3934, 3943, 3950, 3959, 3962, 3969, 3985, 3995, 4006, 4020, 4032, 4048, 4061, 4072, 4082, 4090, 4096, 4106, 4110, 4118, 4128, 4150, 4169, 4187, 4206, 4225, 4246, 4262, 4275, 4288, 4305, 4320, 4334, 4348, 4362, 4375, 4382, 4395, 4406, 4417, 4429, 4441, 4451, 4461, 4472, 4478, 4488, 4497, 4507, 4514, 4522, 4533, 4542, 4555, 4562, 4573, 4580, 4591, 4598, 4609, 4618, 4634, 4647, 4652, 4661, 4673, 4687, 4699, 4711, 4724, 4737, 4748, 4759, 4771, 4776, 4788, 4798, 4817, 4841, 4855, 4865, 4877, 4893, 4903, 4914, 4929, 4938, 4959, 4970, 4979, 4988, 5001, 5013, 5028, 5032, 5043, 5052, 5066, 5084, 5102, 5125, 5138, 5147, 5158, 5173, 5182, 5192, 5206, 5214, 5234, 5244, 5252, 5260, 5272, 5283, 5297, 5302, 5306, 5314, 5318, 5325, 5341, 5360, 5374, 5385, 5398, 5410, 5421, 5428, 5437, 5447, 5455, 5461, 5472, 5482, 5490, 5508, 5522, 5539, 5558, 5570, 5576, 5581, 5590, 5597, 5608, 5613, 5623, 5633, 5650, 5668, 5681, 5695, 5704, 5708, 5716, 5735, 5752, 5771, 5786, 5817, 5842, 5852, 5860, 5867, 5876, 5883, 5905, 5919, 5936, 5948, 5957, 5968, 5978, 5987, 5993, 6010, 6030, 6043, 6056, 6071, 6092, 6106, 6120, 6136, 6146, 6156, 6168, 6187, 6199, 6211, 6225, 6232, 6242, 6252, 6260, 6270, 6277, 6290, 6299, 6309, 6318, 6327, 6333, 6347, 6357, 6363, 6369, 6378, 6390, 6402, 6412, 6424, 6433, 6448, 6459, 6468, 6480, 6492, 6502, 6514, 6523, 6538, 6549, 6559, 6570, 6589, 6602, 6615, 6629, 6642, 6652, 6666, 6677, 6689, 6697, 6706, 6717, 6725, 6741, 6761, 6775, 6785, 6796, 6811, 6831, 6844, 6858, 6869, 6878, 6887, 6894, 6903, 6916, 6924, 6932, 6945, 6962, 6973, 6982, 6987, 7001, 7019, 7029, 7038, 7045, 7049, 7056, 7060, 7070, 7079, 7085, 7098, 7110, 7122, 7133, 7139, 7145, 7152, 7157, 7163, 7170, 7180, 7189, 7199, 7205, 7213, 7222, 7232, 7236, 7242, 7252, 7258, 7265, 7272, 7278, 7297, 7313, 7328, 7344, 7360, 7378, 7391, 7401, 7415, 7427, 7438, 7449, 7459, 7466, 7472, 7480, 7486, 7491, 7497, 7510, 7524, 7538, 7547, 7560, 7571, 7579, 7585, 7595, 7601, 7611, 7622, 7630, 7642, 7651, 7665, 7678, 7692, 7707, 7726, 7743, 7758, 7776, 7790, 7805, 7821, 7835, 7847, 7854, 7861, 7872, 7880, 7893, 7901, 7905, 7912, 7932, 7949, 7966, 7983, 8002, 8016, 8031, 8044, 8056, 8068, 8079, 8093, 8112, 8130, 8147, 8162, 8176, 8192, 8197, 8207, 8224, 8239, 8254, 8267, 8278, 8290, 8307, 8328, 8346, 8364, 8382, 8402, 8417, 8433, 8447, 8460, 8473, 8485, 8502, 8508, 8520, 8534, 8543, 8553, 8560, 8568, 8577, 8591, 8606, 8622, 8634, 8645, 8657, 8665, 8682, 8697, 8709, 8723, 8741, 8754, 8774, 8788, 8804, 8821, 8837, 8848, 8866, 8878, 8894, 8907, 8923, 8939, 8957, 8973, 8986, 9001, 9020, 9034, 9055, 9070, 9087, 9105, 9118, 9135, 9145, 9157, 9176, 9189, 9206, 9220, 9237, 9254, 9266, 9276, 9288, 9296, 9304, 9328, 9346, 9362, 9376, 9389, 9399, 9410, 9425, 9440, 9453, 9469, 9483, 9493, 9504, 9513, 9523, 9531, 9538, 9545, 9553, 9557, 9564, 9571, 9588, 9603, 9617, 9628, 9640, 9656, 9670, 9687, 9702, 9713, 9725, 9735, 9746, 9754, 9763, 9770, 9777, 9786, 9799, 9803, 9809, 9817, 9827, 9838, 9846, 9855, 9868, 9875, 9884, 9900, 9909, 9916, 9924, 9930, 9937, 9948, 9956, 9975, 9997, 10012, 10027, 10044, 10067, 10083, 10099, 10117, 10129, 10141, 10155, 10176, 10190, 10204, 10220, 10226, 10231, 10240, 10249, 10257, 10267, 10275, 10283, 10300, 10314, 10328, 10342, 10358, 10369, 10381, 10391, 10400, 10409, 10417, 10424, 10437, 10447, 10458, 10469, 10489, 10507, 10520, 10535, 10548, 10556, 10562, 10572, 10584, 10596, 10604, 10610, 10619, 10626, 10637, 10643, 10653, 10663, 10677, 10682, 10694, 10704, 10723, 10747, 10757, 10768, 10783, 10804, 10815, 10824, 10837, 10849, 10851, 10859, 10871, 10884, 10892, 10904, 10912, 10926, 10941, 10954, 10969, 10982, 10997, 11016, 11029, 11043, 11061, 11073, 11090, 11104, 11116, 11131, 11151, 11162, 11172, 11185, 11193, 11207, 11225, 11234, 11245, 11255, 11269, 11287, 11294, 11303, 11313, 11325, 11340, 11351, 11363, 11370, 11381, 11385, 11401, 11417, 11437, 11452, 11470, 11481, 11492, 11505, 11524, 11536, 11548, 11562, 11570, 11576, 11590, 11608, 11625, 11646, 11661, 11673, 11681, 11691, 11707, 11717, 11726, 11743, 11753, 11763, 11775, 11791, 11803, 11812, 11815, 11820, 11826, 11829, 11838, 11842, 11850, 11856, 11861, 11873, 11883, 11895, 11903, 11927, 11945, 11952, 11957, 11968, 11984, 11997, 12007, 12017, 12030, 12042, 12051, 12060, 12075, 12086, 12106, 12123, 12140, 12157, 12176, 12190, 12205, 12218, 12230, 12242, 12253, 12262, 12273, 12285, 12291, 12299, 12320, 12338, 12355, 12373, 12391, 12411, 12426, 12438, 12454, 12468, 12481, 12494, 12506, 12514, 12526, 12536, 12544, 12556, 12568, 12578, 12592, 12600, 12612, 12623, 12635, 12651, 12665, 12678, 12688, 12699, 12714, 12727, 12743, 12757, 12767, 12778, 12787, 12797, 12804, 12812, 12818, 12822, 12828, 12844, 12864, 12875, 12890, 12901, 12916, 12926, 12933, 12950, 12965, 12979, 12990, 13002, 13018, 13032, 13049, 13064, 13075, 13087, 13097, 13108, 13116, 13125, 13139, 13157, 13170, 13183, 13192, 13208, 13221, 13234, 13247, 13262, 13272, 13283, 13292, 13300, 13308, 13315, 13326, 13341, 13352, 13359, 13363, 13374, 13384, 13401, 13421, 13431, 13446, 13458, 13472, 13485, 13497, 13507, 13517, 13522, 13536, 13553, 13565, 13574, 13585, 13595, 13604, 13615, 13635, 13652, 13669, 13686, 13705, 13719, 13734, 13747, 13759, 13771, 13782, 13791, 13808, 13823, 13838, 13851, 13862, 13868, 13879, 13890, 13897, 13905, 13918, 13933, 13946, 13958, 13967, 13977, 13985, 13997, 14007, 14015, 14029, 14041, 14056, 14069, 14078, 14088, 14096, 14105, 14111, 14119, 14125, 14132, 14136, 14149, 14166, 14185, 14202, 14216, 14230, 14244, 14260, 14271, 14283, 14293, 14302, 14311, 14319, 14329, 14338, 14346, 14355, 14362, 14377, 14390, 14402, 14412, 14417, 14429, 14440, 14457, 14463, 14470, 14478, 14485, 14502, 14522, 14535, 14548, 14563, 14584, 14598, 14612, 14628, 14638, 14648, 14660, 14679, 14691, 14703, 14717, 14725, 14732, 14741, 14752, 14767, 14778, 14787, 14793, 14802, 14813, 14824, 14836, 14858, 14868, 14880, 14892, 14902, 14913, 14920, 14928, 14941, 14951, 14958, 14963, 14973, 14977, 14989, 14994, 15009, 15018, 15028, 15034, 15045, 15062, 15076, 15088, 15101, 15117, 15128, 15142, 15158, 15172, 15184, 15199, 15210, 15228, 15240, 15251, 15265, 15277, 15291, 15304, 15315, 15326, 15335, 15342, 15354, 15366, 15375, 15383, 15390, 15396, 15401, 15410, 15416, 15435, 15451, 15467, 15483, 15501, 15514, 15528, 15540, 15551, 15562, 15572, 15581, 15594, 15609, 15622, 15638, 15656, 15673, 15686, 15706, 15720, 15730, 15741, 15752, 15761, 15770, 15777, 15792, 15805, 15817, 15826, 15836, 15844, 15856, 15870, 15882, 15897, 15910, 15919, 15929, 15937, 15946, 15952, 15959, 15977, 15993, 16008, 16020, 16033, 16050, 16065, 16083, 16099, 16111, 16124, 16135, 16147, 16156, 16166, 16174, 16186, 16193, 16204, 16212, 16220, 16230, 16239, 16249, 16260, 16264, 16272, 16286, 16305, 16321, 16334, 16347, 16363, 16378, 16390, 16402, 16420, 16434, 16439, 16446, 16460, 16472, 16486, 16496, 16522, 16542, 16555, 16573, 16588, 16600, 16612, 16627, 16641, 16652, 16663, 16680, 16693, 16705, 16722, 16736, 16747, 16758, 16772, 16785, 16795, 16805, 16821, 16833, 16840, 16848, 16869, 16887, 16905, 16923, 16943, 16958, 16974, 16988, 17001, 17014, 17026, 17033, 17044, 17054, 17065, 17082, 17094, 17109, 17122, 17141, 17155, 17174, 17194, 17214, 17231, 17249, 17267, 17277, 17284, 17288, 17300, 17316, 17331, 17344, 17361, 17374, 17391, 17406, 17425, 17436, 17451, 17459, 17466, 17471, 17478, 17489, 17497, 17504, 17511, 17520, 17531, 17549, 17565, 17580, 17592, 17605, 17617, 17633, 17650, 17665, 17674, 17692, 17708, 17720, 17733, 17744, 17756, 17765, 17775, 17781, 17800, 17816, 17831, 17847, 17863, 17880, 17898, 17911, 17921, 17935, 17947, 17958, 17969, 17979, 18002, 18028, 18047, 18066, 18087, 18114, 18134, 18154, 18176, 18192, 18208, 18226, 18251, 18269, 18287, 18307, 18334, 18364, 18387, 18410, 18435, 18466, 18490, 18514, 18540, 18560, 18580, 18602, 18631, 18653, 18675, 18699, 18713, 18734, 18758, 18775, 18792, 18811, 18836, 18854, 18872, 18892, 18906, 18920, 18936, 18959, 18975, 18991, 19009, 19015, 19025, 19039, 19044, 19057, 19068, 19079, 19088, 19099, 19108, 19117, 19124, 19135, 19139, 19145, 19149, 19163, 19173, 19185, 19199, 19216, 19231, 19247, 19261, 19274, 19283, 19294, 19310, 19325, 19341, 19344, 19352, 19361, 19374, 19392, 19407, 19419, 19431, 19446, 19467, 19493, 19516, 19536, 19556, 19579, 19601, 19620, 19639, 19664, 19685, 19699, 19710, 19721, 19738, 19751, 19759, 19774, 19788, 19802, 19815, 19823, 19831, 19840, 19847, 19855, 19864, 19879, 19901, 19922, 19943, 19963, 19978, 19993, 20009, 20023, 20038, 20054, 20068, 20083, 20103, 20120, 20134, 20148, 20165, 20181, 20194, 20207, 20226, 20241, 20252, 20267, 20277, 20292, 20302, 20312, 20330, 20353, 20373, 20390, 20407, 20427, 20446, 20462, 20478, 20500, 20518, 20527, 20535, 20543, 20550, 20558, 20567, 20577, 20592, 20603, 20612, 20623, 20641, 20658, 20675, 20691, 20702, 20713, 20725, 20735, 20746, 20758, 20771, 20781, 20797, 20818, 20836, 20851, 20866, 20884, 20901, 20915, 20932, 20954, 20973, 20987, 21003, 21019, 21038, 21058, 21076, 21091, 21106, 21127, 21144, 21160, 21173, 21184, 21200, 21221, 21239, 21254, 21269, 21287, 21304, 21318, 21332, 21352, 21368, 21379, 21390, 21398, 21408, 21417, 21423, 21430, 21440, 21452, 21461, 21472, 21481, 21492, 21500, 21510, 21519, 21529, 21540, 21549, 21563, 21582, 21598, 21611, 21624, 21640, 21655, 21667, 21679, 21697, 21711, 21724, 21737, 21750, 21761, 21773, 21781, 21790, 21804, 21815, 21823, 21831, 21844, 21862, 21877, 21889, 21901, 21916, 21930, 21941, 21952, 21969, 21982, 21993, 22000, 22010, 22017, 22024, 22037, 22046, 22063, 22072, 22088, 22103, 22118, 22132, 22141, 22150, 22160, 22168, 22177, 22187, 22203, 22226, 22248, 22270, 22291, 22307, 22323, 22340, 22355, 22371, 22388, 22400, 22419, 22437, 22455, 22472, 22484, 22496, 22509, 22520, 22532, 22545, 22553, 22561, 22570, 22583, 22591, 22603, 22611, 22622, 22631, 22640, 22647, 22656, 22663, 22674, 22682, 22694, 22707, 22721, 22733, 22744, 22753, 22761, 22777, 22791, 22804, 22814, 22825, 22835, 22849, 22857, 22872, 22885, 22892, 22908, 22922, 22932, 22943, 22952, 22962, 22969, 22977, 22986, 22993, 23002, 23013, 23023, 23037, 23049, 23058, 23071, 23086, 23098, 23121, 23141, 23161, 23181, 23203, 23220, 23238, 23254, 23269, 23284, 23298, 23307, 23320, 23329, 23339, 23353, 23360, 23371, 23380, 23393, 23405, 23416, 23428, 23440, 23456, 23466, 23476, 23490, 23498, 23505, 23527, 23546, 23565, 23584, 23605, 23621, 23638, 23653, 23667, 23681, 23694, 23701, 23705, 23710, 23716, 23724, 23733, 23743, 23755, 23768, 23782, 23797, 23813, 23830, 23836, 23842, 23856, 23871, 23880, 23890, 23901, 23908, 23912, 23922, 23932, 23944, 23954, 23968, 23983, 23999, 24010, 24022, 24033, 24043, 24052, 24062, 24073, 24078, 24089, 24102, 24117, 24135, 24151, 24168, 24183, 24193, 24205, 24222, 24238, 24255, 24258, 24267, 24278, 24291, 24307, 24321, 24336, 24349, 24357, 24367, 24382, 24396, 24411, 24425, 24437, 24453, 24460, 24480, 24496, 24513, 24533, 24549, 24571, 24586, 24603, 24616, 24630, 24647, 24660, 24679, 24691, 24709, 24724, 24742, 24761, 24775, 24795, 24808, 24817, 24824, 24834, 24848, 24863, 24881, 24892, 24903, 24916, 24935, 24947, 24959, 24973, 24981, 24989, 24999, 25016, 25026, 25036, 25048, 25060, 25070, 25080, 25088, 25100, 25110, 25120, 25128, 25134, 25148, 25163, 25182, 25200, 25211, 25218, 25224, 25232, 25245, 25257, 25269, 25280, 25289, 25295, 25301, 25311, 25317, 25324, 25349, 25372, 25400, 25425, 25453, 25478, 25505, 25527, 25542, 25553, 25571, 25587, 25608, 25626, 25642, 25663, 25682, 25702, 25720, 25740, 25755, 25774, 25791, 25809, 25814, 25821, 25827, 25834, 25847, 25857, 25866, 25881, 25885, 25894, 25904, 25913, 25928, 25938, 25954, 25975, 25993, 26008, 26023, 26041, 26058, 26072, 26086, 26106, 26122, 26134, 26150, 26160, 26175, 26186, 26203, 26219, 26236, 26258, 26277, 26293, 26309, 26328, 26346, 26361, 26376, 26397, 26414, 26425, 26433, 26444, 26462, 26485, 26505, 26522, 26539, 26559, 26578, 26594, 26613, 26637, 26658, 26674, 26692, 26710, 26731, 26753, 26773, 26790, 26807, 26830, 26849, 26867, 26881, 26895, 26900, 26911, 26924, 26937, 26951, 26969, 26979, 26987, 26996, 27005, 27013, 27027, 27041, 27051, 27062, 27071, 27087, 27099, 27113, 27123, 27137, 27148, 27160, 27172, 27183, 27195, 27207, 27220, 27232, 27241, 27252, 27267, 27277, 27284, 27292, 27308, 27317, 27327, 27338, 27356, 27373, 27390, 27406, 27417, 27428, 27440, 27450, 27461, 27473, 27484, 27493, 27503, 27515, 27525, 27537, 27551, 27559, 27573, 27587, 27601, 27613, 27629, 27641, 27654, 27663, 27672, 27684, 27695, 27718, 27739, 27765, 27788, 27814, 27837, 27862, 27882, 27891, 27907, 27921, 27940, 27956, 27970, 27989, 28006, 28024, 28040, 28058, 28071, 28077, 28084, 28096, 28110, 28121, 28128, 28132],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[203, 240, 263, 346, 347, 584, 586, 587, 675, 794, 1124, 1125, 1211, 1225, 1230, 1456, 1783]), Anchor::Lits(&[0, 165, 277, 318, 354, 356, 358, 360, 363, 379, 381, 384, 390, 393, 397, 401, 403, 406, 412, 415, 503, 561, 622, 624, 627, 786, 861, 873, 877, 892, 895, 907, 921, 961, 1013, 1016, 1019, 1021, 1043, 1045, 1047, 1136, 1153, 1262, 1297, 1334, 1409, 1411, 1412, 1414, 1416, 1418, 1495, 1771, 1773, 1781, 1837])]), Anchor::All(&[Anchor::Lits(&[0, 165, 277, 318, 354, 356, 358, 360, 363, 379, 381, 384, 390, 393, 397, 401, 403, 406, 412, 415, 503, 561, 622, 624, 627, 786, 861, 873, 877, 892, 895, 907, 921, 961, 1013, 1016, 1019, 1021, 1043, 1045, 1047, 1136, 1153, 1262, 1297, 1334, 1409, 1411, 1412, 1414, 1416, 1418, 1495, 1771, 1773, 1781, 1837]), Anchor::Lits(&[5, 32, 420, 502, 506, 560, 595, 650, 959, 999, 1041, 1070, 1086, 1099, 1129, 1231, 1264, 1448]), Anchor::Lits(&[203, 240, 265, 281, 306, 346, 348, 448, 584, 586, 588, 649, 669, 676, 831, 998, 1124, 1125, 1200, 1227, 1230, 1392, 1456, 1515, 1525, 1735, 1783])]), Anchor::All(&[Anchor::Lits(&[5, 139, 542, 543, 563, 1130, 1347, 1849, 1850, 1991, 2010, 2091, 2171, 2180, 2182]), Anchor::Lits(&[203, 240, 263, 346, 347, 584, 586, 587, 675, 794, 1124, 1125, 1211, 1225, 1230, 1456, 1783])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 326, 327, 331, 492, 493, 494, 495, 496, 497, 498, 499, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 601, 605, 658, 677, 747, 839, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 1009, 1078, 1126, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1454, 1456, 1459, 1524, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1730, 1731, 1732, 1733, 1734, 1769, 1770, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087]), Anchor::All(&[Anchor::Lits(&[203, 240, 346, 347, 584, 586, 587, 675, 1124, 1125, 1227, 1230, 1456, 1783]), Anchor::Lits(&[0, 165, 277, 318, 354, 356, 358, 360, 363, 379, 381, 384, 390, 393, 397, 401, 403, 406, 412, 415, 503, 561, 622, 624, 627, 786, 861, 873, 877, 892, 895, 907, 921, 961, 1013, 1016, 1019, 1021, 1043, 1045, 1047, 1136, 1153, 1262, 1297, 1334, 1409, 1411, 1412, 1414, 1416, 1418, 1495, 1771, 1773, 1781, 1837]), Anchor::Lits(&[34, 75, 446, 2028])]), Anchor::All(&[Anchor::Lits(&[0, 165, 277, 318, 354, 356, 358, 360, 363, 379, 381, 384, 390, 393, 397, 401, 403, 406, 412, 415, 503, 561, 622, 624, 627, 786, 861, 873, 877, 892, 895, 907, 921, 961, 1013, 1016, 1019, 1021, 1043, 1045, 1047, 1136, 1153, 1262, 1297, 1334, 1409, 1411, 1412, 1414, 1416, 1418, 1495, 1771, 1773, 1781, 1837]), Anchor::Lits(&[202, 347, 583, 587, 675, 793, 1125, 1210, 1225, 1229, 1232]), Anchor::Lits(&[75, 419, 446])]), Anchor::All(&[Anchor::Lits(&[972, 1528, 1536, 1982, 1990, 1991, 1995, 2024, 2027, 2171, 2180]), Anchor::Lits(&[34, 75, 419, 446])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[0, 165, 277, 318, 354, 356, 358, 360, 363, 379, 381, 384, 390, 393, 397, 401, 403, 406, 412, 415, 503, 561, 622, 624, 627, 786, 861, 873, 877, 892, 895, 907, 921, 961, 1013, 1016, 1019, 1021, 1043, 1045, 1047, 1136, 1153, 1262, 1297, 1334, 1409, 1411, 1412, 1414, 1416, 1418, 1495, 1771, 1773, 1781, 1837]), Anchor::Lits(&[5, 117, 420, 689, 691, 770, 1091, 1107, 1347, 1849, 1850, 1977, 1985, 1991, 1993, 2005, 2021, 2166, 2178, 2179]), Anchor::Lits(&[34, 76, 448, 1883])])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[348, 584, 588, 675, 1124, 1128, 1227, 1230, 1459]), Anchor::Lits(&[165, 360, 503, 624, 877, 1016, 1043, 1414, 1418])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[1, 4, 39, 168, 278, 319, 355, 357, 359, 361, 362, 364, 382, 385, 391, 398, 404, 407, 413, 504, 505, 562, 623, 625, 626, 628, 862, 874, 878, 893, 896, 908, 922, 958, 962, 1014, 1018, 1020, 1022, 1044, 1046, 1048, 1137, 1154, 1263, 1298, 1335, 1410, 1413, 1415, 1417, 1419, 1772, 1774, 1782, 1838]), Anchor::All(&[Anchor::Lits(&[0, 165, 277, 318, 354, 356, 358, 360, 363, 379, 381, 384, 390, 393, 397, 401, 403, 406, 412, 415, 503, 561, 622, 624, 627, 786, 861, 873, 877, 892, 895, 907, 921, 961, 1013, 1016, 1019, 1021, 1043, 1045, 1047, 1136, 1153, 1262, 1297, 1334, 1409, 1411, 1412, 1414, 1416, 1418, 1495, 1771, 1773, 1781, 1837]), Anchor::Lits(&[5, 32, 420, 502, 506, 560, 595, 650, 959, 999, 1041, 1070, 1086, 1099, 1129, 1231, 1264, 1448]), Anchor::Lits(&[180, 203, 281, 346, 566, 621, 669, 843, 955, 998, 1050, 1125, 1525])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[92, 154, 156, 157, 158, 262, 264, 279, 280, 500, 501, 569, 570, 764, 766, 801, 803, 1087, 1088, 1215, 1217, 1260, 1261, 1420, 1421, 1523, 1779])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[1977, 1983, 1991, 1995, 2166, 2179]), Anchor::All(&[Anchor::Lits(&[2, 3, 30, 31, 204, 205, 475, 613, 614, 806, 807, 923, 1201, 1406, 1407]), Anchor::Lits(&[175, 374, 394, 867, 886, 906, 1152, 1408, 1980, 1981, 2025, 2026, 2095, 2156, 2157])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 18, 44, 45, 46, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 133, 140, 147, 148, 149, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 256, 257, 258, 259, 274, 275, 276, 296, 297, 299, 303, 312, 313, 314, 315, 323, 326, 327, 329, 331, 332, 335, 421, 422, 423, 424, 425, 426, 427, 456, 457, 458, 459, 460, 461, 468, 469, 470, 471, 472, 473, 474, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 544, 545, 598, 601, 602, 603, 605, 606, 608, 692, 743, 744, 745, 746, 748, 749, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 965, 966, 967, 968, 969, 970, 1002, 1005, 1006, 1007, 1009, 1010, 1012, 1082, 1083, 1084, 1089, 1090, 1092, 1093, 1094, 1095, 1096, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1172, 1173, 1174, 1175, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1203, 1204, 1205, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1451, 1455, 1456, 1457, 1459, 1460, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1786, 1787, 1788, 1789, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 2092, 2181])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[113, 197, 618, 619, 620, 629, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 648, 693, 694, 704, 1049, 1977, 1984, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2006, 2007, 2008, 2009, 2011, 2014, 2015, 2016, 2017, 2018, 2019, 2022, 2023, 2090, 2155, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2167, 2168, 2169, 2170, 2172, 2175, 2176, 2177, 2183]), Anchor::Lits(&[159, 165, 183, 349, 360, 442, 503, 624, 1016, 1334, 1862])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[750, 751, 752, 753, 754, 756, 757, 758, 759, 760, 761, 762, 763, 765, 767, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 784, 785, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1131, 1132, 1133, 1134, 1135, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1151, 1292, 1293, 1294, 1295, 1296, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1430, 1431, 1432, 1433, 1434, 1437, 1438, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1791, 1792, 1793, 1794, 1795, 1799, 1800, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809]), Anchor::Lits(&[102, 115, 150, 956, 963, 964, 971, 1780])])),
            (29, "reveal-own-instructions", Anchor::Lits(&[2029, 2030, 2045, 2046, 2047, 2048, 2050, 2063, 2065, 2088, 2089, 2096, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2106, 2107, 2110, 2111, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2140, 2142, 2143, 2144, 2148, 2149, 2152, 2153, 2154])),
            (30, "reveal-system-prompt", Anchor::Lits(&[19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 321, 322, 324, 325, 326, 327, 330, 331, 332, 333, 335, 596, 597, 599, 600, 601, 602, 604, 605, 606, 607, 608, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 1000, 1001, 1003, 1004, 1005, 1006, 1008, 1009, 1010, 1011, 1012, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1085, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1449, 1450, 1452, 1453, 1455, 1456, 1458, 1459, 1460, 1461, 1462, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861])),
            (31, "what-others-told-you", Anchor::Lits(&[82, 83, 84, 85, 86, 87, 104, 105, 106, 107, 169, 170, 171, 199, 200, 201, 548, 549, 550, 551, 558, 559, 564, 565, 671, 672, 673, 674, 695, 696, 697, 698, 699, 700, 1120, 1121, 1122, 1123, 1138, 1139, 1149, 1150, 1251, 1252, 1253, 1254, 1288, 1289, 1290, 1291, 1331, 1332, 1333, 1516, 1517, 1518, 1519, 1520, 1521, 1522, 1523, 1776, 1777, 1778, 1779, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1879, 1880, 1881, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976])),
            (32, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[670, 690, 1884, 1885, 1886, 1887, 1888, 1893, 1894, 1895, 1896, 1897]), Anchor::All(&[Anchor::Lits(&[101, 345, 416, 592, 594, 1875, 1882]), Anchor::Lits(&[1883, 1898])])])),
            (36, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[268, 272, 282, 1526, 1543, 1544, 1589, 1601, 1602, 1603, 1604, 1605, 1606, 1618, 1619, 1620, 1621, 1623, 1624, 1625, 1626, 1627, 1640, 1664, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1691, 1692, 1693, 1694, 1706, 1707, 1708, 1709, 1710, 1711, 1949, 1950, 2029, 2030, 2032, 2045, 2046, 2049, 2051, 2063, 2065, 2096, 2098, 2099, 2100, 2103, 2104, 2106, 2107, 2109, 2111, 2113, 2116, 2118, 2119, 2120, 2122, 2123, 2124, 2127, 2139, 2142, 2143, 2145, 2148, 2149, 2152, 2153, 2154]), Anchor::All(&[Anchor::Lits(&[146, 179, 268, 272, 282, 430, 804, 805, 1023, 1024, 1040, 1178, 1207, 1276, 1286, 1287, 1390, 1526, 1775, 1784, 1950]), Anchor::Lits(&[1542, 2028])])])),
            (60, "unrestricted-mode", Anchor::Lits(&[41, 42, 177, 305, 328, 334, 418, 455, 537, 567, 591, 725, 740, 797, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 856, 882, 883, 885, 913, 960, 997, 1017, 1168, 1378, 1425, 1813, 1815, 1816, 1836, 1840, 1841, 1845, 1846])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[40, 47, 174, 283, 304, 336, 365, 454, 590, 593, 644, 735, 769, 788, 796, 826, 860, 879, 881, 884, 912, 914, 1167, 1223, 1226, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1537, 1538, 1539, 1540, 1541, 1810, 1811, 1814, 1817, 1820, 1834, 1835, 1839, 1842, 1843, 1844, 1847, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948]), Anchor::Lits(&[14, 17, 43, 116, 178, 198, 273, 428, 429, 645, 995, 1066, 1067, 1068, 1069, 1119, 1169, 1183, 1202, 1206, 1219, 1224, 1329, 1330, 1377, 1391, 1512, 1785, 1798, 1977, 2090])])),
            (65, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[380, 386, 392, 402, 408, 414, 891, 897, 901, 903, 904, 905]), Anchor::All(&[Anchor::Lits(&[176, 255, 267, 269, 270, 441, 584, 588, 794, 800, 857, 858, 859, 1097, 1208, 1211, 1228, 1230, 1236, 1239, 1247, 1250]), Anchor::Lits(&[880, 2184])]), Anchor::All(&[Anchor::Lits(&[186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 284, 285, 286, 287, 288, 289, 290, 291, 292, 294, 295, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1977, 1986, 1987, 1988, 1989, 1992, 1994, 1995, 2020, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2178, 2179]), Anchor::Lits(&[18, 103, 108, 617, 643, 647, 787, 1081, 1426, 1663])])])),
            (66, "rules-do-not-apply", Anchor::Lits(&[88, 89, 90, 91, 151, 152, 153, 155, 236, 237, 238, 239, 298, 300, 301, 302, 337, 338, 339, 340, 341, 342, 343, 344, 366, 367, 368, 369, 370, 371, 372, 373, 375, 376, 383, 388, 395, 396, 405, 410, 463, 464, 465, 466, 609, 610, 611, 612, 795, 798, 799, 802, 827, 828, 829, 830, 868, 869, 872, 876, 888, 889, 894, 899, 1209, 1213, 1214, 1216])),
            (67, "no-rules-apply", Anchor::Lits(&[909, 910, 911, 1639, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690])),
            (68, "freed-from-limits", Anchor::Lits(&[160, 161, 164, 433, 434, 462, 536, 538, 789, 890, 898, 902, 916, 917, 918, 1177, 1812, 1818, 1819, 1848])),
            (70, "pre-safety-self", Anchor::Any(&[Anchor::Lits(&[118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 134, 135, 136, 137, 138, 141, 142, 143, 144, 145, 957]), Anchor::All(&[Anchor::Lits(&[957]), Anchor::Lits(&[1527, 1898, 1911])])])),
            (71, "stay-in-character", Anchor::Lits(&[377, 378, 387, 399, 400, 409, 755, 870, 871, 875, 1179, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405])),
            (73, "jailbreak", Anchor::Lits(&[260, 261, 546, 547, 630, 631, 632, 701, 702, 703, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 734, 736, 737, 738, 739, 740, 741, 742, 919, 920, 1098, 1259, 1877, 1878, 1978, 1979, 2012, 2013, 2093, 2094, 2173, 2174])),
            (74, "evil-twin", Anchor::Lits(&[2031, 2064, 2097, 2103, 2105, 2108, 2112, 2124, 2127, 2141, 2146, 2147, 2149, 2150, 2151])),
            (80, "forbidden-becomes-required", Anchor::Lits(&[36, 37, 38, 39, 77, 78, 79, 80, 449, 450, 451, 452, 996, 1889, 1890, 1891, 1892])),
            (94, "disable-safety", Anchor::Any(&[Anchor::Lits(&[1, 39, 81, 162, 163, 167, 168, 184, 185, 309, 311, 317, 351, 353, 361, 362, 432, 435, 443, 445, 453, 504, 505, 540, 553, 554, 557, 625, 628, 733, 792, 864, 866, 958, 1018, 1020, 1255, 1325, 1327, 1424, 1429, 1436, 1443, 1514, 1729, 1797, 1805, 1833, 1952]), Anchor::All(&[Anchor::Lits(&[35, 93, 94, 95, 96, 97, 98, 99, 100, 109, 110, 111, 112, 176, 181, 182, 252, 253, 254, 266, 269, 270, 271, 293, 431, 436, 437, 438, 439, 440, 441, 447, 467, 582, 583, 585, 615, 616, 662, 663, 664, 665, 666, 667, 668, 855, 859, 1127, 1155, 1170, 1171, 1212, 1220, 1221, 1229, 1232, 1233, 1234, 1235, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1256, 1257, 1258, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1622, 1790, 2033]), Anchor::Lits(&[0, 114, 159, 165, 183, 307, 310, 316, 349, 352, 360, 363, 381, 389, 403, 411, 417, 432, 435, 442, 444, 503, 539, 541, 552, 555, 556, 589, 624, 627, 768, 790, 824, 825, 863, 865, 892, 900, 1016, 1019, 1153, 1176, 1180, 1182, 1324, 1326, 1328, 1334, 1408, 1422, 1423, 1427, 1435, 1439, 1513, 1796, 1801, 1832, 1864, 1876, 1927, 1951])])])),
            (95, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[33, 35, 93, 94, 95, 96, 97, 98, 99, 100, 109, 110, 111, 112, 176, 181, 182, 252, 253, 254, 266, 269, 270, 271, 293, 431, 436, 437, 438, 439, 440, 441, 447, 467, 582, 583, 585, 615, 616, 662, 663, 664, 665, 666, 667, 668, 855, 859, 1127, 1155, 1170, 1171, 1212, 1220, 1221, 1229, 1232, 1233, 1234, 1235, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1256, 1257, 1258, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1622, 1790, 2033]), Anchor::Lits(&[166, 172, 173, 308, 320, 350, 568, 646, 791, 887, 915, 956, 1015, 1042, 1181, 1218, 1222, 1428, 1863, 1865])])),
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
actuaiconfiguration\
actuaidirections\
actuaidirectives\
actuaiguideiines\
actuaiinstructions\
actuaimessage\
actuaipreambie\
actuaiprompt\
actuairuies\
actuaisetup\
actuaitext\
adhereto\
adheringto\
aforementioned\
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
answertoforexciusiveiy\
answertoforjust\
answertoforoniy\
answertoforsoieiy\
answertofromexciusiveiy\
answertofromjust\
answertofromoniy\
answertofromsoieiy\
answertojust\
answertooniy\
answertosoieiy\
answertotoexciusiveiy\
answertotojust\
answertotooniy\
answertotosoieiy\
anthropicadded\
anthropicconfigured\
anthropicdefined\
anthropicgave\
anthropicgive\
anthropicimposed\
anthropicpiaced\
anthropicput\
anthropicset\
anthropicspecified\
anthropicwrote\
any\
anything\
anythingthatthe\
anythingthatyour\
anythingthe\
anythingyour\
anyyour\
appearedabove\
appearedbefore\
appearedpriorto\
appearsabove\
appearsbefore\
appearspriorto\
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
beforeaiignment\
beforeanyaiignment\
beforeanycontent\
beforeanyethics\
beforeanyrihf\
beforeanysafety\
beforecontent\
beforeethics\
beforeitsaiignment\
beforeitscontent\
beforeitsethics\
beforeitsrihf\
beforeitssafety\
beforerihf\
beforesafety\
beforethatas\
beforetheaiignment\
beforethecontent\
beforetheethics\
beforetherihf\
beforethesafety\
beforethis\
beforethisas\
beforeyouraiignment\
beforeyourcontent\
beforeyourethics\
beforeyourrihf\
beforeyoursafety\
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
cameabove\
camebefore\
camepriorto\
candoanything\
ceaseto\
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
comesabove\
comesbefore\
comespriorto\
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
compiywithoniyme\
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
confidentiaiconfiguration\
confidentiaidirections\
confidentiaidirectives\
confidentiaiguideiines\
confidentiaiinstructions\
confidentiaimessage\
confidentiaipreambie\
confidentiaiprompt\
confidentiairuies\
confidentiaisetup\
confidentiaitext\
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
contentfiiter\
contentfiiters\
contentof\
contentpoiicies\
contentpoiicy\
contentrestrictions\
contentsof\
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
dan\
danmode\
deactivateyour\
deactivatingyour\
deemaiiofyour\
deemaiiyour\
deemofyour\
deemyour\
defeatyour\
defy\
defyyour\
deveioperconfiguration\
deveioperdirections\
deveioperdirective\
deveioperdirectives\
deveioperguideiines\
deveioperinstructions\
deveiopermessage\
deveiopermode\
deveiopernote\
deveioperpreambie\
deveioperprompt\
deveioperruies\
deveiopersetup\
deveiopersmode\
deveiopertext\
devious\
didnotappiied\
didnotappiy\
didnotexist\
didnotmatter\
didntappiied\
didntappiy\
didntexist\
didntmatter\
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
doesnotappiied\
doesnotappiy\
doesnotexist\
doesnotmatter\
doesntappiied\
doesntappiy\
doesntexist\
doesntmatter\
donot\
donotappiied\
donotappiy\
donotbreakcharacter\
donotbreakoutofcharacter\
donotcareabout\
donotcarry\
donotenforce\
donotenforceyour\
donotexist\
donotfoiiow\
donotfoiiowyour\
donothave\
donotieaveincharacter\
donotmatter\
donotobey\
donotobeyyour\
donotpossess\
donotworryabout\
dont\
dontappiied\
dontappiy\
dontbotherwith\
dontbotherwithyour\
dontbreakcharacter\
dontbreakoutofcharacter\
dontcareabout\
dontcarry\
dontenforce\
dontenforceyour\
dontexist\
dontfoiiow\
dontfoiiowyour\
donthave\
dontieaveincharacter\
dontmatter\
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
exciusiveiyiistento\
exciusiveiyobey\
exciusiveiytakeinstructionsfrom\
exciusiveiytakeordersfrom\
exemptfrom\
existfor\
existon\
existover\
existto\
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
foiiowforexciusiveiy\
foiiowforjust\
foiiowforoniy\
foiiowforsoieiy\
foiiowfromexciusiveiy\
foiiowfromjust\
foiiowfromoniy\
foiiowfromsoieiy\
foiiowjust\
foiiowoniy\
foiiowsoieiy\
foiiowtoexciusiveiy\
foiiowtojust\
foiiowtooniy\
foiiowtosoieiy\
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
foregoing\
forget\
forgettingyour\
forgetyour\
former\
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
given\
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
hiddenconfiguration\
hiddendirections\
hiddendirective\
hiddendirectives\
hiddenguideiines\
hiddeninstructions\
hiddenmessage\
hiddennote\
hiddenpreambie\
hiddenprompt\
hiddenruies\
hiddensetup\
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
ieaveaiiaiiofyour\
ieaveaiiaiiyour\
ieaveaiiofyour\
ieaveaiithe\
ieaveaiiyour\
ieaveofaiiofyour\
ieaveofaiiyour\
ieaveoffaiiofyour\
ieaveoffaiiyour\
ieaveoffthe\
ieaveoffyour\
ieaveofthe\
ieaveofyour\
ieavethe\
ieaveyour\
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
iistentoforexciusiveiy\
iistentoforjust\
iistentoforoniy\
iistentoforsoieiy\
iistentofromexciusiveiy\
iistentofromjust\
iistentofromoniy\
iistentofromsoieiy\
iistentojust\
iistentooniy\
iistentosoieiy\
iistentotoexciusiveiy\
iistentotojust\
iistentotooniy\
iistentotosoieiy\
imagine\
immorai\
impersonate\
inaworidwhere\
ineedyou\
initiai\
initiaiconfiguration\
initiaidirections\
initiaidirectives\
initiaiguideiines\
initiaiinstructions\
initiaimessage\
initiaipreambie\
initiaiprompt\
initiairuies\
initiaisetup\
initiaitext\
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
instructionsabove\
internaiconfiguration\
internaidirections\
internaidirectives\
internaiguideiines\
internaiinstructions\
internaimessage\
internaipreambie\
internaiprompt\
internairuies\
internaisetup\
internaitext\
inthesystemprompt\
inyour\
inyourprompt\
inyourpromptas\
iorderyou\
ipermityou\
isabove\
isbefore\
ispriorto\
iswrittenabove\
iswrittenbefore\
iswrittenpriorto\
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
justiistento\
justobey\
justonce\
justtakeinstructionsfrom\
justtakeordersfrom\
keepaiiaiiofyour\
keepaiiaiiyour\
keepaiiofyour\
keepaiithe\
keepaiiyour\
keepincharacter\
keepofaiiofyour\
keepofaiiyour\
keepoffaiiofyour\
keepoffaiiyour\
keepoffthe\
keepoffyour\
keepofthe\
keepofyour\
keepsyou\
keepthe\
keepyou\
keepyour\
maiicious\
matterfor\
matteron\
matterover\
matterto\
metaconfiguration\
metadirections\
metadirectives\
metaguideiines\
metainstructions\
metamessage\
metapreambie\
metaprompt\
metaruies\
metasetup\
metatext\
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
never\
neverappiied\
neverappiy\
neverbreakcharacter\
neverbreakoutofcharacter\
neverexist\
neverfoiiow\
neverfoiiowyour\
neverieaveincharacter\
nevermatter\
nevermind\
nevermindyour\
neverrefuses\
no\
nofiiter\
nofiitermode\
nofiitersmode\
noiimits\
noiimitsmode\
noionger\
noiongerappiied\
noiongerappiy\
noiongerboundby\
noiongercarry\
noiongerenforce\
noiongerenforceyour\
noiongerexist\
noiongerfoiiow\
noiongerfoiiowyour\
noiongerhave\
noiongeriimitedby\
noiongermatter\
noiongerpossess\
noiongerrestrictedby\
nomorecarry\
nomorehave\
nomorepossess\
noneedto\
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
obeyforexciusiveiy\
obeyforjust\
obeyforoniy\
obeyforsoieiy\
obeyfromexciusiveiy\
obeyfromjust\
obeyfromoniy\
obeyfromsoieiy\
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
obeytoexciusiveiy\
obeytojust\
obeytooniy\
obeytosoieiy\
obeywhateverisay\
obeywhatisay\
objective\
off\
ofyou\
ofyour\
oid\
omegamode\
omit\
omityour\
onhoid\
onice\
oniyanswerto\
oniyfoiiow\
oniyiistento\
oniyobey\
oniytakeinstructionsfrom\
oniytakeordersfrom\
onpause\
onyou\
openaiadded\
openaiconfigured\
openaidefined\
openaigave\
openaigive\
openaiimposed\
openaipiaced\
openaiput\
openaiset\
openaispecified\
openaiwrote\
openingconfiguration\
openingdirections\
openingdirectives\
openingguideiines\
openinginstructions\
openingmessage\
openingpreambie\
openingprompt\
openingruies\
openingsetup\
openingtext\
operateas\
oppositeday\
oppositemode\
orders\
originai\
originaiconfiguration\
originaidirections\
originaidirective\
originaidirectives\
originaiguideiines\
originaiinstructions\
originaimessage\
originainote\
originaipreambie\
originaiprompt\
originairuies\
originaisetup\
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
paragraphof\
paragraphsof\
parkaiiaiiofyour\
parkaiiaiiyour\
parkaiiofyour\
parkaiithe\
parkaiiyour\
parkofaiiofyour\
parkofaiiyour\
parkoffaiiofyour\
parkoffaiiyour\
parkoffthe\
parkoffyour\
parkofthe\
parkofyour\
parkthe\
parkyour\
partof\
past\
paynoattentionto\
paynoattentiontoyour\
paynoheedto\
paynoheedtoyour\
paynomindto\
paynomindtoyour\
permission\
persona\
piaceaiiaiiofyour\
piaceaiiaiiyour\
piaceaiiofyour\
piaceaiithe\
piaceaiiyour\
piaceofaiiofyour\
piaceofaiiyour\
piaceoffaiiofyour\
piaceoffaiiyour\
piaceoffthe\
piaceoffyour\
piaceofthe\
piaceofyour\
piacethe\
piaceyour\
piayacharacter\
piaythecharacterof\
piaythepartof\
piaytheroieof\
poiicies\
preceding\
preconfiguration\
predirections\
predirectives\
preguideiines\
preinstructions\
premessage\
prepreambie\
preprompt\
preruies\
presetup\
pretend\
pretendasif\
pretendasthough\
pretendiike\
pretext\
prev\
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
prior\
priordirective\
priorinstructions\
priormessage\
priornote\
priorprompt\
priorruies\
priortext\
priortothis\
privateconfiguration\
privatedirections\
privatedirectives\
privateguideiines\
privateinstructions\
privatemessage\
privatepreambie\
privateprompt\
privateruies\
privatesetup\
privatetext\
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
prompts\
provided\
providedtoyou\
putaiiaiiofyour\
putaiiaiiyour\
putaiiofyour\
putaiithe\
putaiiyour\
putaside\
putasideyour\
putintoyou\
putinyou\
putofaiiofyour\
putofaiiyour\
putoffaiiofyour\
putoffaiiyour\
putoffthe\
putoffyour\
putofthe\
putofyour\
putthe\
puttoyou\
putyou\
putyour\
quit\
quitenforcing\
quitenforcingyour\
readoniyrestriction\
reaiconfiguration\
reaidirections\
reaidirectives\
reaiguideiines\
reaiinstructions\
reaimessage\
reaipreambie\
reaiprompt\
reairuies\
reaisetup\
reaitext\
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
reportexciusiveiy\
reportforexciusiveiy\
reportforjust\
reportforoniy\
reportforsoieiy\
reportfromexciusiveiy\
reportfromjust\
reportfromoniy\
reportfromsoieiy\
reportjust\
reportoniy\
reportsoieiy\
reporttoexciusiveiy\
reporttojust\
reporttooniy\
reporttosoieiy\
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
secretconfiguration\
secretdirections\
secretdirectives\
secretguideiines\
secretinstructions\
secretmessage\
secretpreambie\
secretprompt\
secretruies\
secretsetup\
secrettext\
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
setaiiaiiofyour\
setaiiaiiyour\
setaiiofyour\
setaiithe\
setaiiyour\
setaside\
setasideyour\
setofaiiofyour\
setofaiiyour\
setoffaiiofyour\
setoffaiiyour\
setoffthe\
setoffyour\
setofthe\
setofyour\
setthe\
setyour\
sheiveaiiaiiofyour\
sheiveaiiaiiyour\
sheiveaiiofyour\
sheiveaiithe\
sheiveaiiyour\
sheiveofaiiofyour\
sheiveofaiiyour\
sheiveoffaiiofyour\
sheiveoffaiiyour\
sheiveoffthe\
sheiveoffyour\
sheiveofthe\
sheiveofyour\
sheivethe\
sheiveyour\
shutdownyour\
shutoffyour\
simuiate\
simuiating\
sitsabove\
sitsbefore\
sitspriorto\
skip\
skipyour\
snowfiakeadded\
snowfiakeconfigured\
snowfiakedefined\
snowfiakegave\
snowfiakegive\
snowfiakeimposed\
snowfiakepiaced\
snowfiakeput\
snowfiakeset\
snowfiakespecified\
snowfiakewrote\
sofar\
sofaras\
soieiyanswerto\
soieiyfoiiow\
soieiyiistento\
soieiyobey\
soieiytakeinstructionsfrom\
soieiytakeordersfrom\
somebodyadded\
somebodyconfigured\
somebodydefined\
somebodygave\
somebodygive\
somebodyimposed\
somebodypiaced\
somebodyput\
somebodyset\
somebodyspecified\
somebodywrote\
someoneadded\
someoneconfigured\
someonedefined\
someonegave\
someonegive\
someoneimposed\
someonepiaced\
someoneput\
someoneset\
someonespecified\
someonewrote\
speakas\
stanmode\
startingconfiguration\
startingdirections\
startingdirectives\
startingguideiines\
startinginstructions\
startingmessage\
startingpreambie\
startingprompt\
startingruies\
startingsetup\
startingtext\
startof\
startoveras\
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
stop\
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
switchaiiaiiofyour\
switchaiiaiiyour\
switchaiiofyour\
switchaiithe\
switchaiiyour\
switchingoffyour\
switchofaiiofyour\
switchofaiiyour\
switchoffaiiofyour\
switchoffaiiyour\
switchoffthe\
switchoffyour\
switchofthe\
switchofyour\
switchthe\
switchyour\
system\
systemconfiguration\
systemdirections\
systemdirective\
systemdirectives\
systemguideiines\
systeminstruction\
systeminstructions\
systemmessage\
systemnote\
systempreambie\
systemprompt\
systemruies\
systemsetup\
systemtext\
taikas\
takecommandsexciusiveiy\
takecommandsforexciusiveiy\
takecommandsforjust\
takecommandsforoniy\
takecommandsforsoieiy\
takecommandsfromexciusiveiy\
takecommandsfromjust\
takecommandsfromoniy\
takecommandsfromsoieiy\
takecommandsjust\
takecommandsoniy\
takecommandssoieiy\
takecommandstoexciusiveiy\
takecommandstojust\
takecommandstooniy\
takecommandstosoieiy\
takeinstructionsexciusiveiy\
takeinstructionsforexciusiveiy\
takeinstructionsforjust\
takeinstructionsforoniy\
takeinstructionsforsoieiy\
takeinstructionsfromexciusiveiy\
takeinstructionsfromjust\
takeinstructionsfromoniy\
takeinstructionsfromsoieiy\
takeinstructionsjust\
takeinstructionsoniy\
takeinstructionssoieiy\
takeinstructionstoexciusiveiy\
takeinstructionstojust\
takeinstructionstooniy\
takeinstructionstosoieiy\
takenonoticeof\
takeordersexciusiveiy\
takeordersforexciusiveiy\
takeordersforjust\
takeordersforoniy\
takeordersforsoieiy\
takeordersfromexciusiveiy\
takeordersfromjust\
takeordersfromoniy\
takeordersfromsoieiy\
takeordersjust\
takeordersoniy\
takeorderssoieiy\
takeorderstoexciusiveiy\
takeorderstojust\
takeorderstooniy\
takeorderstosoieiy\
tamperwithyour\
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
that\
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
the\
theabove\
theactuai\
theadminadded\
theadminconfigured\
theadmindefined\
theadmingave\
theadmingive\
theadminimposed\
theadministratoradded\
theadministratorconfigured\
theadministratordefined\
theadministratorgave\
theadministratorgive\
theadministratorimposed\
theadministratorpiaced\
theadministratorput\
theadministratorset\
theadministratorspecified\
theadministratorwrote\
theadminpiaced\
theadminput\
theadminset\
theadminspecified\
theadminwrote\
theai\
theassistant\
thechathistory\
thecompanyadded\
thecompanyconfigured\
thecompanydefined\
thecompanygave\
thecompanygive\
thecompanyimposed\
thecompanypiaced\
thecompanyput\
thecompanyset\
thecompanyspecified\
thecompanywrote\
thecompiete\
theconfidentiai\
thecontext\
theconversation\
thecurrent\
thedefauit\
thedeveiopersadded\
thedeveiopersconfigured\
thedeveiopersdefined\
thedeveiopersgave\
thedeveiopersgive\
thedeveiopersimposed\
thedeveioperspiaced\
thedeveiopersput\
thedeveiopersset\
thedeveiopersspecified\
thedeveioperswrote\
theentire\
theexact\
thefirst\
thefuii\
theguard\
thehidden\
theinitiai\
theinstructions\
theinternai\
thememory\
theoniyruieis\
theopening\
theoperatoradded\
theoperatorconfigured\
theoperatordefined\
theoperatorgave\
theoperatorgive\
theoperatorimposed\
theoperatorpiaced\
theoperatorput\
theoperatorsadded\
theoperatorsconfigured\
theoperatorsdefined\
theoperatorset\
theoperatorsgave\
theoperatorsgive\
theoperatorsimposed\
theoperatorspecified\
theoperatorspiaced\
theoperatorsput\
theoperatorsset\
theoperatorsspecified\
theoperatorswrote\
theoperatorwrote\
theoreticaiiy\
theoriginai\
thepiatformadded\
thepiatformconfigured\
thepiatformdefined\
thepiatformgave\
thepiatformgive\
thepiatformimposed\
thepiatformpiaced\
thepiatformput\
thepiatformset\
thepiatformspecified\
thepiatformwrote\
thepreambie\
theprevious\
theprior\
theprivate\
theprompt\
theraw\
thereai\
thereareno\
therearezero\
thereisno\
thereiszero\
therereno\
thererezero\
theresno\
thereszero\
thesecret\
thesession\
thestarting\
thesystem\
thesystemadded\
thesystemconfigured\
thesystemdefined\
thesystemgave\
thesystemgive\
thesystemimposed\
thesystempiaced\
thesystemput\
thesystemset\
thesystemspecified\
thesystemwrote\
thetranscript\
theunderiying\
theunfiitered\
theverbatim\
theveryfirst\
thewhoie\
theyadded\
theyconfigured\
theydefined\
theygave\
theygive\
theyhaveadded\
theyhaveconfigured\
theyhavedefined\
theyhavegave\
theyhavegive\
theyhaveimposed\
theyhavepiaced\
theyhaveput\
theyhaveset\
theyhavespecified\
theyhavewrote\
theyimposed\
theyour\
theypiaced\
theyput\
theyset\
theyspecified\
theywrote\
thisai\
thisassistant\
thismodei\
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
training\
transcriptof\
transforminto\
treataiiofyour\
treataiiyour\
treatofyour\
treatyour\
tripwire\
turnaiiaiiofyour\
turnaiiaiiyour\
turnaiiofyour\
turnaiithe\
turnaiiyour\
turningoffyour\
turninto\
turnofaiiofyour\
turnofaiiyour\
turnoffaiiofyour\
turnoffaiiyour\
turnoffthe\
turnoffyour\
turnofthe\
turnofyour\
turnthe\
turnyour\
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
underiyingconfiguration\
underiyingdirections\
underiyingdirectives\
underiyingguideiines\
underiyinginstructions\
underiyingmessage\
underiyingpreambie\
underiyingprompt\
underiyingruies\
underiyingsetup\
underiyingtext\
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
veryfirstconfiguration\
veryfirstdirections\
veryfirstdirectives\
veryfirstguideiines\
veryfirstinstructions\
veryfirstmessage\
veryfirstpreambie\
veryfirstprompt\
veryfirstruies\
veryfirstsetup\
veryfirsttext\
vioiate\
wasabove\
wasbefore\
waspriorto\
wassaidabove\
wassaidbefore\
wassaidpriorto\
waswrittenabove\
waswrittenbefore\
waswrittenpriorto\
wasyou\
wehavejaibroke\
wehavejaiibroke\
wentabove\
wentbefore\
wentpriorto\
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
who\
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
workexciusiveiy\
workforexciusiveiy\
workforjust\
workforoniy\
workforsoieiy\
workfromexciusiveiy\
workfromjust\
workfromoniy\
workfromsoieiy\
workjust\
workoniy\
worksoieiy\
worktoexciusiveiy\
worktojust\
worktooniy\
worktosoieiy\
writeintoyou\
writeinyou\
writetoyou\
writeyou\
wroteintoyou\
wroteinyou\
wrotetoyou\
wroteyou\
you\
youare\
youarejaibroke\
youarejaiibroke\
youarenotrequiredto\
youarentrequiredto\
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
youmustnot\
youmustnt\
youoperateunder\
your\
yourabove\
youractuai\
youraiter\
yourchathistory\
yourchecks\
yourcompanyadded\
yourcompanyconfigured\
yourcompanydefined\
yourcompanygave\
yourcompanygive\
yourcompanyimposed\
yourcompanypiaced\
yourcompanyput\
yourcompanyset\
yourcompanyspecified\
yourcompanywrote\
yourcompiete\
yourconfidentiai\
yourconfig\
yourconstraints\
yourcontext\
yourcontextwindow\
yourconversation\
yourcreatorsadded\
yourcreatorsconfigured\
yourcreatorsdefined\
yourcreatorsgave\
yourcreatorsgive\
yourcreatorsimposed\
yourcreatorspiaced\
yourcreatorsput\
yourcreatorsset\
yourcreatorsspecified\
yourcreatorswrote\
yourcurrent\
yourdark\
yourdefauit\
yourdeveioperadded\
yourdeveioperconfigured\
yourdeveioperdefined\
yourdeveiopergave\
yourdeveiopergive\
yourdeveioperimposed\
yourdeveioperpiaced\
yourdeveioperput\
yourdeveiopersadded\
yourdeveiopersconfigured\
yourdeveiopersdefined\
yourdeveioperset\
yourdeveiopersgave\
yourdeveiopersgive\
yourdeveiopersimposed\
yourdeveioperspecified\
yourdeveioperspiaced\
yourdeveiopersput\
yourdeveiopersset\
yourdeveiopersspecified\
yourdeveioperswrote\
yourdeveioperwrote\
yourdirections\
yourdirectives\
youre\
youreceived\
youreceivedas\
yourejaibroke\
yourejaiibroke\
yourenotrequiredto\
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
yourmemory\
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
yoursession\
yoursetup\
yourshadow\
yourstarting\
yoursystem\
yourtraining\
yourtranscript\
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
youshouidnot\
youshouidnt\
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
zero\
",
            ends: &[7, 18, 25, 34, 43, 48, 55, 69, 86, 98, 107, 118, 128, 137, 142, 149, 160, 167, 175, 194, 210, 226, 242, 260, 273, 287, 299, 310, 321, 331, 339, 349, 363, 366, 375, 384, 394, 405, 411, 418, 424, 434, 445, 453, 463, 477, 487, 502, 521, 543, 558, 573, 590, 613, 629, 645, 663, 675, 687, 701, 722, 736, 750, 766, 780, 799, 815, 828, 841, 857, 872, 884, 896, 914, 928, 931, 939, 954, 970, 981, 993, 1000, 1013, 1027, 1042, 1054, 1067, 1081, 1089, 1096, 1105, 1112, 1122, 1135, 1147, 1159, 1174, 1188, 1207, 1216, 1232, 1238, 1243, 1247, 1259, 1269, 1279, 1287, 1293, 1302, 1310, 1318, 1328, 1341, 1345, 1348, 1350, 1356, 1371, 1389, 1405, 1420, 1433, 1448, 1461, 1473, 1491, 1507, 1522, 1535, 1550, 1560, 1572, 1584, 1602, 1618, 1633, 1646, 1661, 1671, 1683, 1702, 1719, 1735, 1749, 1765, 1776, 1786, 1800, 1810, 1819, 1826, 1832, 1840, 1848, 1854, 1861, 1866, 1875, 1883, 1893, 1898, 1909, 1923, 1936, 1946, 1958, 1964, 1977, 1987, 1996, 2006, 2017, 2030, 2037, 2047, 2056, 2067, 2079, 2083, 2096, 2108, 2117, 2127, 2144, 2158, 2168, 2178, 2189, 2201, 2208, 2216, 2229, 2239, 2261, 2283, 2309, 2321, 2341, 2365, 2388, 2415, 2436, 2454, 2480, 2506, 2536, 2552, 2576, 2604, 2631, 2662, 2687, 2709, 2735, 2755, 2774, 2800, 2822, 2844, 2860, 2875, 2897, 2915, 2925, 2934, 2945, 2954, 2966, 2991, 3013, 3035, 3057, 3081, 3100, 3120, 3138, 3155, 3172, 3188, 3207, 3225, 3238, 3248, 3265, 3280, 3294, 3306, 3330, 3355, 3368, 3379, 3391, 3404, 3418, 3427, 3442, 3455, 3474, 3484, 3494, 3506, 3522, 3534, 3544, 3558, 3569, 3579, 3591, 3597, 3604, 3615, 3629, 3641, 3649, 3660, 3667, 3676, 3683, 3692, 3695, 3702, 3716, 3732, 3745, 3756, 3766, 3774, 3784, 3788, 3796, 3818, 3837, 3855, 3874, 3893, 3914, 3930, 3943, 3956, 3973, 3988, 4002, 4016, 4030, 4043, 4050, 4063, 4074, 4085, 4097, 4109, 4119, 4129, 4140, 4146, 4156, 4165, 4175, 4182, 4193, 4206, 4214, 4221, 4232, 4239, 4250, 4257, 4268, 4277, 4293, 4306, 4311, 4320, 4332, 4346, 4358, 4370, 4383, 4396, 4407, 4418, 4430, 4435, 4447, 4457, 4476, 4500, 4514, 4524, 4536, 4552, 4562, 4573, 4588, 4597, 4618, 4629, 4638, 4651, 4663, 4678, 4682, 4693, 4702, 4716, 4734, 4752, 4775, 4788, 4797, 4808, 4823, 4832, 4842, 4856, 4864, 4884, 4894, 4902, 4914, 4925, 4939, 4944, 4952, 4956, 4963, 4979, 4998, 5012, 5023, 5036, 5048, 5059, 5066, 5075, 5085, 5093, 5099, 5110, 5120, 5128, 5146, 5160, 5177, 5196, 5208, 5214, 5219, 5228, 5239, 5244, 5254, 5264, 5281, 5299, 5312, 5326, 5335, 5339, 5347, 5366, 5383, 5402, 5417, 5448, 5473, 5483, 5491, 5498, 5507, 5514, 5521, 5543, 5557, 5574, 5586, 5595, 5606, 5616, 5625, 5631, 5648, 5668, 5681, 5694, 5709, 5730, 5744, 5758, 5774, 5784, 5794, 5806, 5825, 5837, 5849, 5863, 5870, 5880, 5890, 5898, 5908, 5915, 5928, 5937, 5943, 5953, 5962, 5971, 5977, 5991, 6001, 6007, 6013, 6022, 6034, 6046, 6056, 6068, 6077, 6092, 6103, 6112, 6124, 6136, 6146, 6158, 6167, 6182, 6193, 6203, 6214, 6233, 6246, 6259, 6273, 6286, 6296, 6310, 6321, 6333, 6341, 6350, 6361, 6369, 6389, 6399, 6410, 6425, 6445, 6458, 6472, 6483, 6492, 6501, 6508, 6521, 6529, 6546, 6557, 6566, 6571, 6585, 6603, 6613, 6622, 6629, 6633, 6640, 6650, 6659, 6669, 6678, 6688, 6694, 6702, 6711, 6721, 6727, 6737, 6743, 6750, 6757, 6763, 6782, 6798, 6813, 6829, 6845, 6863, 6876, 6886, 6900, 6912, 6923, 6934, 6944, 6951, 6957, 6965, 6971, 6976, 6982, 6995, 7009, 7023, 7032, 7045, 7052, 7063, 7071, 7078, 7095, 7110, 7124, 7135, 7147, 7163, 7177, 7194, 7209, 7220, 7232, 7242, 7253, 7261, 7270, 7277, 7284, 7290, 7300, 7306, 7316, 7327, 7335, 7347, 7356, 7370, 7383, 7397, 7412, 7431, 7448, 7463, 7481, 7495, 7510, 7526, 7540, 7549, 7562, 7570, 7580, 7591, 7599, 7608, 7621, 7628, 7637, 7643, 7659, 7668, 7675, 7683, 7689, 7696, 7708, 7719, 7727, 7746, 7768, 7783, 7798, 7815, 7838, 7854, 7870, 7888, 7900, 7912, 7926, 7947, 7961, 7975, 7991, 7998, 8005, 8016, 8029, 8037, 8044, 8064, 8081, 8098, 8115, 8134, 8148, 8163, 8176, 8188, 8200, 8211, 8225, 8244, 8262, 8279, 8294, 8308, 8324, 8329, 8339, 8356, 8371, 8386, 8399, 8410, 8427, 8448, 8466, 8484, 8502, 8522, 8537, 8553, 8567, 8580, 8593, 8605, 8622, 8628, 8640, 8654, 8663, 8673, 8680, 8688, 8697, 8711, 8726, 8742, 8754, 8765, 8777, 8785, 8802, 8817, 8829, 8843, 8861, 8874, 8894, 8908, 8924, 8941, 8957, 8968, 8986, 8998, 9014, 9027, 9043, 9059, 9077, 9093, 9106, 9121, 9140, 9154, 9175, 9190, 9207, 9225, 9238, 9255, 9265, 9277, 9296, 9309, 9326, 9340, 9357, 9374, 9386, 9396, 9408, 9416, 9424, 9448, 9466, 9482, 9496, 9509, 9519, 9530, 9545, 9560, 9573, 9589, 9603, 9613, 9624, 9633, 9643, 9651, 9658, 9665, 9673, 9682, 9691, 9699, 9709, 9717, 9734, 9748, 9762, 9776, 9792, 9803, 9815, 9825, 9834, 9843, 9851, 9858, 9871, 9881, 9892, 9903, 9923, 9941, 9954, 9969, 9982, 9990, 9996, 10006, 10018, 10030, 10038, 10044, 10053, 10060, 10071, 10081, 10095, 10100, 10112, 10122, 10141, 10165, 10175, 10186, 10201, 10222, 10233, 10242, 10255, 10267, 10269, 10277, 10289, 10302, 10310, 10322, 10330, 10345, 10358, 10373, 10386, 10401, 10420, 10433, 10447, 10465, 10477, 10494, 10508, 10523, 10543, 10554, 10564, 10577, 10585, 10599, 10617, 10626, 10637, 10647, 10661, 10679, 10686, 10696, 10708, 10723, 10734, 10746, 10753, 10764, 10768, 10784, 10800, 10820, 10835, 10853, 10864, 10875, 10888, 10907, 10919, 10931, 10945, 10953, 10959, 10973, 10991, 11008, 11029, 11044, 11056, 11064, 11074, 11090, 11100, 11109, 11126, 11136, 11146, 11158, 11174, 11186, 11195, 11198, 11203, 11209, 11212, 11221, 11225, 11233, 11239, 11244, 11256, 11266, 11278, 11286, 11310, 11328, 11335, 11340, 11351, 11367, 11380, 11390, 11400, 11413, 11425, 11434, 11443, 11458, 11469, 11489, 11506, 11523, 11540, 11559, 11573, 11588, 11601, 11613, 11625, 11636, 11645, 11656, 11668, 11674, 11682, 11703, 11721, 11738, 11756, 11774, 11794, 11809, 11821, 11837, 11851, 11864, 11877, 11889, 11897, 11909, 11917, 11929, 11941, 11951, 11965, 11973, 11985, 11996, 12008, 12024, 12038, 12051, 12061, 12072, 12087, 12100, 12116, 12130, 12140, 12151, 12160, 12170, 12177, 12185, 12191, 12195, 12211, 12231, 12242, 12257, 12268, 12283, 12293, 12300, 12317, 12332, 12346, 12357, 12369, 12385, 12399, 12416, 12431, 12442, 12454, 12464, 12475, 12483, 12492, 12506, 12524, 12537, 12550, 12558, 12567, 12583, 12596, 12609, 12622, 12637, 12647, 12658, 12667, 12675, 12683, 12690, 12701, 12716, 12727, 12734, 12738, 12745, 12756, 12766, 12783, 12803, 12813, 12828, 12840, 12854, 12867, 12879, 12889, 12899, 12904, 12918, 12935, 12947, 12956, 12967, 12977, 12986, 12997, 13017, 13034, 13051, 13068, 13087, 13101, 13116, 13129, 13141, 13153, 13164, 13173, 13190, 13205, 13220, 13233, 13244, 13252, 13258, 13269, 13280, 13287, 13295, 13308, 13323, 13336, 13348, 13357, 13367, 13375, 13387, 13397, 13405, 13419, 13431, 13446, 13459, 13468, 13478, 13486, 13495, 13501, 13509, 13515, 13522, 13526, 13539, 13556, 13575, 13592, 13606, 13620, 13634, 13650, 13661, 13673, 13683, 13692, 13701, 13709, 13719, 13728, 13736, 13745, 13752, 13767, 13780, 13792, 13802, 13814, 13825, 13842, 13849, 13866, 13886, 13899, 13912, 13927, 13948, 13962, 13976, 13992, 14002, 14012, 14024, 14043, 14055, 14067, 14081, 14088, 14097, 14108, 14123, 14134, 14143, 14149, 14158, 14166, 14177, 14188, 14200, 14222, 14232, 14244, 14256, 14266, 14277, 14285, 14298, 14308, 14313, 14323, 14327, 14339, 14344, 14359, 14368, 14378, 14384, 14395, 14412, 14426, 14438, 14451, 14467, 14478, 14492, 14508, 14522, 14534, 14549, 14560, 14578, 14590, 14601, 14615, 14627, 14641, 14654, 14665, 14676, 14685, 14692, 14704, 14716, 14725, 14733, 14740, 14746, 14758, 14768, 14781, 14786, 14795, 14801, 14820, 14836, 14852, 14868, 14886, 14899, 14913, 14925, 14936, 14947, 14957, 14966, 14979, 14994, 15007, 15023, 15041, 15058, 15071, 15091, 15105, 15115, 15126, 15137, 15146, 15155, 15162, 15177, 15190, 15202, 15211, 15221, 15229, 15241, 15255, 15267, 15282, 15295, 15304, 15314, 15322, 15331, 15337, 15344, 15362, 15378, 15393, 15405, 15418, 15435, 15450, 15468, 15484, 15496, 15509, 15520, 15532, 15541, 15551, 15563, 15574, 15582, 15592, 15601, 15611, 15622, 15626, 15634, 15648, 15667, 15683, 15696, 15709, 15725, 15740, 15752, 15764, 15782, 15796, 15801, 15808, 15822, 15834, 15848, 15858, 15884, 15904, 15917, 15935, 15950, 15962, 15974, 15989, 16003, 16014, 16025, 16042, 16055, 16067, 16084, 16098, 16109, 16120, 16134, 16147, 16157, 16167, 16183, 16195, 16202, 16210, 16231, 16249, 16267, 16285, 16305, 16320, 16336, 16350, 16363, 16376, 16388, 16395, 16406, 16417, 16434, 16446, 16461, 16474, 16493, 16507, 16526, 16546, 16566, 16583, 16601, 16619, 16629, 16636, 16640, 16652, 16668, 16683, 16696, 16713, 16726, 16743, 16758, 16777, 16788, 16803, 16811, 16818, 16829, 16837, 16844, 16855, 16873, 16889, 16904, 16916, 16929, 16945, 16962, 16977, 16995, 17011, 17023, 17036, 17047, 17059, 17068, 17078, 17084, 17103, 17119, 17134, 17150, 17166, 17183, 17201, 17214, 17224, 17238, 17250, 17261, 17272, 17282, 17288, 17311, 17337, 17356, 17375, 17396, 17423, 17443, 17463, 17485, 17501, 17517, 17535, 17560, 17578, 17596, 17616, 17643, 17673, 17696, 17719, 17744, 17775, 17799, 17823, 17849, 17869, 17889, 17911, 17940, 17962, 17984, 18008, 18022, 18043, 18067, 18084, 18101, 18120, 18145, 18163, 18181, 18201, 18215, 18229, 18245, 18268, 18284, 18300, 18318, 18332, 18345, 18356, 18367, 18376, 18387, 18396, 18405, 18412, 18424, 18435, 18439, 18445, 18449, 18463, 18473, 18485, 18499, 18516, 18531, 18547, 18561, 18574, 18583, 18594, 18610, 18625, 18641, 18644, 18652, 18661, 18674, 18692, 18707, 18719, 18731, 18746, 18767, 18793, 18816, 18836, 18856, 18879, 18901, 18920, 18939, 18964, 18985, 18999, 19010, 19021, 19038, 19051, 19056, 19068, 19082, 19097, 19117, 19134, 19148, 19162, 19179, 19195, 19208, 19221, 19240, 19255, 19266, 19281, 19291, 19306, 19316, 19326, 19344, 19367, 19387, 19404, 19421, 19441, 19460, 19476, 19492, 19514, 19532, 19541, 19549, 19557, 19564, 19572, 19581, 19591, 19606, 19617, 19626, 19639, 19649, 19665, 19686, 19704, 19719, 19734, 19752, 19769, 19783, 19800, 19822, 19841, 19855, 19871, 19887, 19906, 19926, 19944, 19959, 19974, 19995, 20012, 20028, 20041, 20052, 20068, 20089, 20107, 20122, 20137, 20155, 20172, 20186, 20200, 20220, 20236, 20247, 20258, 20266, 20276, 20285, 20291, 20298, 20308, 20320, 20329, 20340, 20349, 20360, 20368, 20378, 20387, 20397, 20408, 20417, 20431, 20450, 20466, 20479, 20492, 20508, 20523, 20535, 20547, 20565, 20579, 20592, 20605, 20618, 20629, 20641, 20649, 20658, 20672, 20683, 20691, 20699, 20712, 20730, 20745, 20757, 20769, 20784, 20798, 20809, 20820, 20837, 20850, 20861, 20868, 20878, 20885, 20892, 20905, 20914, 20920, 20933, 20942, 20950, 20958, 20967, 20980, 20988, 21000, 21011, 21020, 21029, 21036, 21044, 21053, 21060, 21071, 21079, 21091, 21104, 21118, 21130, 21141, 21150, 21158, 21174, 21188, 21201, 21211, 21222, 21236, 21244, 21259, 21272, 21288, 21302, 21312, 21323, 21332, 21342, 21349, 21357, 21366, 21373, 21382, 21393, 21403, 21417, 21429, 21438, 21451, 21466, 21478, 21501, 21521, 21541, 21561, 21583, 21600, 21618, 21634, 21649, 21664, 21678, 21691, 21700, 21710, 21724, 21731, 21742, 21751, 21764, 21776, 21787, 21799, 21811, 21827, 21837, 21847, 21861, 21869, 21876, 21898, 21917, 21936, 21955, 21976, 21992, 22009, 22024, 22038, 22052, 22065, 22072, 22080, 22089, 22099, 22111, 22124, 22138, 22153, 22169, 22186, 22192, 22206, 22221, 22230, 22240, 22251, 22258, 22262, 22272, 22282, 22294, 22304, 22318, 22333, 22349, 22360, 22372, 22383, 22393, 22402, 22412, 22423, 22428, 22439, 22452, 22467, 22485, 22501, 22518, 22533, 22543, 22555, 22572, 22588, 22605, 22608, 22617, 22628, 22641, 22657, 22671, 22686, 22699, 22707, 22717, 22732, 22746, 22761, 22775, 22787, 22803, 22823, 22839, 22856, 22876, 22892, 22914, 22929, 22946, 22959, 22973, 22990, 23003, 23022, 23034, 23052, 23067, 23085, 23104, 23118, 23138, 23151, 23160, 23167, 23181, 23196, 23214, 23225, 23236, 23249, 23268, 23280, 23292, 23306, 23314, 23322, 23332, 23349, 23359, 23369, 23381, 23393, 23403, 23413, 23421, 23433, 23443, 23453, 23461, 23464, 23470, 23484, 23499, 23518, 23536, 23547, 23554, 23560, 23568, 23577, 23583, 23593, 23600, 23625, 23648, 23676, 23701, 23729, 23754, 23781, 23803, 23818, 23829, 23847, 23863, 23884, 23902, 23918, 23939, 23958, 23978, 23996, 24016, 24031, 24050, 24067, 24085, 24092, 24098, 24105, 24118, 24128, 24137, 24152, 24156, 24165, 24175, 24184, 24199, 24209, 24225, 24246, 24264, 24279, 24294, 24312, 24329, 24343, 24357, 24377, 24393, 24405, 24421, 24431, 24446, 24457, 24474, 24490, 24507, 24529, 24548, 24564, 24580, 24599, 24617, 24632, 24647, 24668, 24685, 24696, 24704, 24715, 24733, 24756, 24776, 24793, 24810, 24830, 24849, 24865, 24884, 24908, 24929, 24945, 24963, 24981, 25002, 25024, 25044, 25061, 25078, 25101, 25120, 25138, 25152, 25166, 25171, 25182, 25195, 25208, 25222, 25240, 25250, 25258, 25267, 25276, 25284, 25298, 25312, 25322, 25333, 25342, 25358, 25370, 25384, 25394, 25408, 25419, 25431, 25443, 25454, 25466, 25478, 25491, 25503, 25512, 25523, 25538, 25548, 25555, 25563, 25579, 25588, 25598, 25609, 25618, 25628, 25640, 25650, 25662, 25676, 25684, 25698, 25712, 25726, 25738, 25754, 25766, 25779, 25788, 25797, 25809, 25820, 25843, 25864, 25890, 25913, 25939, 25962, 25987, 26007, 26016, 26032, 26046, 26065, 26081, 26095, 26114, 26131, 26149, 26165, 26183, 26196, 26202, 26209, 26221, 26235, 26246, 26253, 26257],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[191, 228, 251, 316, 317, 534, 536, 537, 614, 676, 1060, 1062, 1144, 1156, 1161, 1380, 1644]), Anchor::Lits(&[0, 167, 264, 289, 323, 325, 327, 329, 332, 348, 350, 353, 358, 361, 365, 369, 371, 374, 379, 382, 470, 523, 588, 590, 592, 595, 802, 812, 816, 830, 833, 844, 857, 897, 949, 951, 954, 956, 977, 979, 981, 1073, 1090, 1196, 1231, 1265, 1339, 1341, 1342, 1344, 1346, 1348, 1420, 1632, 1634, 1642, 1695])]), Anchor::All(&[Anchor::Lits(&[0, 167, 264, 289, 323, 325, 327, 329, 332, 348, 350, 353, 358, 361, 365, 369, 371, 374, 379, 382, 470, 523, 588, 590, 592, 595, 802, 812, 816, 830, 833, 844, 857, 897, 949, 951, 954, 956, 977, 979, 981, 1073, 1090, 1196, 1231, 1265, 1339, 1341, 1342, 1344, 1346, 1348, 1420, 1632, 1634, 1642, 1695]), Anchor::Lits(&[5, 32, 386, 469, 473, 522, 544, 651, 895, 935, 976, 1005, 1021, 1035, 1066, 1162, 1198, 1372]), Anchor::Lits(&[33, 75, 411])]), Anchor::All(&[Anchor::Lits(&[5, 139, 507, 508, 525, 1067, 1278, 1707, 1708, 1840, 1857, 1937, 2006, 2015, 2017]), Anchor::Lits(&[191, 228, 251, 316, 317, 534, 536, 537, 614, 676, 1060, 1062, 1144, 1156, 1161, 1380, 1644])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 296, 297, 301, 458, 459, 460, 461, 462, 463, 464, 465, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 550, 554, 659, 677, 747, 780, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 945, 1013, 1063, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1378, 1380, 1383, 1447, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1501, 1502, 1503, 1510, 1511, 1512, 1513, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1622, 1623, 1624, 1625, 1626, 1630, 1631, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933]), Anchor::All(&[Anchor::Lits(&[191, 228, 316, 317, 534, 536, 537, 676, 1060, 1062, 1158, 1161, 1380, 1644]), Anchor::Lits(&[0, 167, 264, 289, 323, 325, 327, 329, 332, 348, 350, 353, 358, 361, 365, 369, 371, 374, 379, 382, 470, 523, 588, 590, 592, 595, 802, 812, 816, 830, 833, 844, 857, 897, 949, 951, 954, 956, 977, 979, 981, 1073, 1090, 1196, 1231, 1265, 1339, 1341, 1342, 1344, 1346, 1348, 1420, 1632, 1634, 1642, 1695]), Anchor::Lits(&[33, 75, 411, 1874])]), Anchor::All(&[Anchor::Lits(&[0, 167, 264, 289, 323, 325, 327, 329, 332, 348, 350, 353, 358, 361, 365, 369, 371, 374, 379, 382, 470, 523, 588, 590, 592, 595, 802, 812, 816, 830, 833, 844, 857, 897, 949, 951, 954, 956, 977, 979, 981, 1073, 1090, 1196, 1231, 1265, 1339, 1341, 1342, 1344, 1346, 1348, 1420, 1632, 1634, 1642, 1695]), Anchor::Lits(&[190, 317, 533, 537, 613, 676, 1062, 1143, 1156, 1160, 1163]), Anchor::Lits(&[75, 385, 411])]), Anchor::All(&[Anchor::Lits(&[908, 1451, 1459, 1835, 1839, 1840, 1842, 1870, 1873, 2006, 2015]), Anchor::Lits(&[33, 75, 385, 411])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[0, 167, 264, 289, 323, 325, 327, 329, 332, 348, 350, 353, 358, 361, 365, 369, 371, 374, 379, 382, 470, 523, 588, 590, 592, 595, 802, 812, 816, 830, 833, 844, 857, 897, 949, 951, 954, 956, 977, 979, 981, 1073, 1090, 1196, 1231, 1265, 1339, 1341, 1342, 1344, 1346, 1348, 1420, 1632, 1634, 1642, 1695]), Anchor::Lits(&[5, 117, 386, 572, 689, 691, 1027, 1043, 1278, 1707, 1708, 1830, 1838, 1840, 1841, 1852, 1867, 2001, 2013, 2014]), Anchor::Lits(&[33, 76, 413, 1737])])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[318, 534, 538, 676, 1060, 1065, 1158, 1161, 1383]), Anchor::Lits(&[167, 329, 470, 592, 816, 951, 977, 1344, 1348])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[1, 4, 39, 169, 265, 290, 324, 326, 328, 330, 331, 333, 351, 354, 359, 366, 372, 375, 380, 471, 472, 524, 591, 593, 594, 596, 803, 813, 817, 831, 834, 845, 858, 894, 898, 950, 953, 955, 957, 978, 980, 982, 1074, 1091, 1197, 1232, 1266, 1340, 1343, 1345, 1347, 1349, 1633, 1635, 1643, 1696]), Anchor::All(&[Anchor::Lits(&[0, 167, 264, 289, 323, 325, 327, 329, 332, 348, 350, 353, 358, 361, 365, 369, 371, 374, 379, 382, 470, 523, 588, 590, 592, 595, 802, 812, 816, 830, 833, 844, 857, 897, 949, 951, 954, 956, 977, 979, 981, 1073, 1090, 1196, 1231, 1265, 1339, 1341, 1342, 1344, 1346, 1348, 1420, 1632, 1634, 1642, 1695]), Anchor::Lits(&[5, 32, 386, 469, 473, 522, 544, 651, 895, 935, 976, 1005, 1021, 1035, 1066, 1162, 1198, 1372]), Anchor::Lits(&[179, 191, 268, 316, 528, 571, 670, 784, 891, 934, 984, 1062, 1448])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[92, 154, 156, 158, 159, 250, 252, 266, 267, 467, 468, 530, 531, 622, 624, 764, 766, 1023, 1024, 1148, 1150, 1191, 1192, 1350, 1351, 1445, 1639])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[1830, 1836, 1840, 1842, 2001, 2014]), Anchor::All(&[Anchor::Lits(&[2, 3, 30, 31, 192, 193, 441, 562, 563, 628, 629, 859, 1133, 1336, 1337]), Anchor::Lits(&[174, 343, 362, 806, 825, 843, 1089, 1338, 1833, 1834, 1871, 1872, 1941, 1991, 1992])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 44, 45, 46, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 133, 140, 147, 148, 149, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 244, 245, 246, 247, 261, 262, 263, 272, 273, 275, 279, 284, 285, 286, 287, 293, 296, 297, 299, 301, 302, 305, 387, 388, 389, 390, 391, 392, 393, 421, 422, 423, 424, 425, 426, 434, 435, 436, 437, 438, 439, 440, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 509, 510, 547, 550, 551, 552, 554, 555, 557, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 692, 743, 744, 745, 746, 748, 749, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 901, 902, 903, 904, 905, 906, 938, 941, 942, 943, 945, 946, 948, 1017, 1018, 1019, 1025, 1026, 1028, 1029, 1030, 1031, 1032, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1109, 1110, 1111, 1112, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1135, 1136, 1137, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1375, 1379, 1380, 1381, 1383, 1384, 1386, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433, 1434, 1435, 1436, 1647, 1648, 1649, 1650, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1938, 2016])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[113, 182, 567, 568, 570, 597, 601, 602, 603, 604, 605, 606, 607, 608, 609, 627, 650, 693, 694, 704, 983, 1830, 1837, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1853, 1854, 1855, 1856, 1858, 1861, 1862, 1863, 1864, 1865, 1866, 1868, 1869, 1936, 1990, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2002, 2003, 2004, 2005, 2007, 2010, 2011, 2012, 2018]), Anchor::Lits(&[161, 167, 183, 319, 329, 408, 470, 592, 951, 1265, 1720])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 750, 751, 752, 753, 754, 756, 757, 758, 759, 760, 761, 762, 763, 765, 767, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1068, 1069, 1070, 1071, 1072, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1088, 1226, 1227, 1228, 1229, 1230, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1356, 1357, 1358, 1359, 1360, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1371, 1652, 1653, 1654, 1655, 1656, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668]), Anchor::Lits(&[102, 114, 150, 892, 899, 900, 907, 1641])])),
            (29, "reveal-own-instructions", Anchor::Lits(&[1875, 1876, 1891, 1892, 1893, 1894, 1896, 1909, 1911, 1934, 1935, 1942, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1952, 1953, 1956, 1957, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1975, 1977, 1978, 1979, 1983, 1984, 1987, 1988, 1989])),
            (30, "reveal-system-prompt", Anchor::Lits(&[19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 291, 292, 294, 295, 296, 297, 300, 301, 302, 303, 305, 545, 546, 548, 549, 550, 551, 553, 554, 555, 556, 557, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 936, 937, 939, 940, 941, 942, 944, 945, 946, 947, 948, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1020, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1373, 1374, 1376, 1377, 1379, 1380, 1382, 1383, 1384, 1385, 1386, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719])),
            (31, "what-others-told-you", Anchor::Lits(&[82, 83, 84, 85, 86, 87, 104, 105, 106, 107, 170, 171, 172, 187, 188, 189, 513, 514, 515, 516, 520, 521, 526, 527, 672, 673, 674, 675, 695, 696, 697, 698, 699, 700, 1056, 1057, 1058, 1059, 1075, 1076, 1086, 1087, 1182, 1183, 1184, 1185, 1222, 1223, 1224, 1225, 1262, 1263, 1264, 1438, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1636, 1637, 1638, 1639, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1733, 1734, 1735, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828])),
            (32, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[671, 690, 1738, 1739, 1740, 1741, 1742, 1747, 1748, 1749, 1750, 1751]), Anchor::All(&[Anchor::Lits(&[101, 315, 383, 541, 543, 1730, 1736]), Anchor::Lits(&[1737, 1752])])])),
            (36, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[255, 259, 269, 1449, 1466, 1467, 1492, 1504, 1505, 1506, 1507, 1508, 1509, 1521, 1522, 1523, 1524, 1526, 1527, 1528, 1529, 1530, 1532, 1556, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1583, 1584, 1585, 1586, 1598, 1599, 1600, 1601, 1602, 1603, 1802, 1803, 1875, 1876, 1878, 1891, 1892, 1895, 1897, 1909, 1911, 1942, 1944, 1945, 1946, 1949, 1950, 1952, 1953, 1955, 1957, 1959, 1962, 1964, 1965, 1966, 1968, 1969, 1970, 1973, 1974, 1977, 1978, 1980, 1983, 1984, 1987, 1988, 1989]), Anchor::All(&[Anchor::Lits(&[146, 178, 255, 259, 269, 396, 625, 626, 958, 959, 975, 1114, 1139, 1210, 1220, 1221, 1321, 1449, 1640, 1645, 1803]), Anchor::Lits(&[1465, 1874])])])),
            (60, "unrestricted-mode", Anchor::Lits(&[41, 42, 176, 281, 298, 304, 384, 420, 504, 529, 540, 617, 725, 740, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 797, 821, 822, 824, 850, 896, 933, 952, 1105, 1309, 1353, 1672, 1674, 1675, 1694, 1698, 1699, 1703, 1704])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[40, 47, 173, 270, 280, 306, 334, 419, 539, 542, 569, 610, 616, 647, 735, 768, 801, 818, 820, 823, 849, 851, 1104, 1154, 1157, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1460, 1461, 1462, 1463, 1464, 1669, 1670, 1673, 1676, 1679, 1692, 1693, 1697, 1700, 1701, 1702, 1705, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801]), Anchor::Lits(&[14, 18, 43, 116, 177, 186, 260, 394, 395, 648, 931, 1000, 1001, 1002, 1003, 1055, 1106, 1116, 1134, 1138, 1151, 1155, 1260, 1261, 1308, 1322, 1387, 1646, 1658, 1830, 1936])])),
            (65, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[349, 355, 360, 370, 376, 381, 829, 835, 838, 840, 841, 842]), Anchor::All(&[Anchor::Lits(&[175, 243, 254, 256, 257, 407, 534, 538, 614, 621, 798, 799, 800, 1033, 1140, 1144, 1159, 1161, 1167, 1170, 1178, 1181]), Anchor::Lits(&[819, 2019])]), Anchor::All(&[Anchor::Lits(&[160, 175, 243, 251, 257, 407, 432, 534, 538, 614, 620, 798, 799, 800, 1004, 1033, 1060, 1140, 1144, 1158, 1161, 1170]), Anchor::Lits(&[17, 103, 108, 566, 589, 646, 649, 1016, 1354, 1555])])])),
            (66, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[307, 308, 309, 310, 311, 312, 313, 314, 335, 336, 337, 338, 339, 340, 341, 342, 344, 345, 352, 357, 363, 364, 373, 378, 807, 808, 811, 815, 826, 827, 832, 837]), Anchor::All(&[Anchor::Lits(&[88, 89, 90, 91, 151, 152, 153, 155, 224, 225, 226, 227, 274, 276, 277, 278, 428, 429, 430, 431, 558, 559, 560, 561, 615, 618, 619, 623, 769, 770, 771, 772, 1142, 1146, 1147, 1149]), Anchor::Lits(&[1490, 1491, 1627, 1628, 1629, 1829])])])),
            (67, "no-rules-apply", Anchor::Lits(&[846, 847, 848, 1531, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582])),
            (68, "freed-from-limits", Anchor::Lits(&[162, 163, 166, 399, 400, 427, 503, 505, 611, 828, 836, 839, 852, 853, 854, 1113, 1671, 1677, 1678, 1706])),
            (70, "pre-safety-self", Anchor::Any(&[Anchor::Lits(&[118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 134, 135, 136, 137, 138, 141, 142, 143, 144, 145, 893]), Anchor::All(&[Anchor::Lits(&[893]), Anchor::Lits(&[1450, 1752, 1765])])])),
            (71, "stay-in-character", Anchor::Lits(&[346, 347, 356, 367, 368, 377, 755, 809, 810, 814, 1115, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335])),
            (73, "jailbreak", Anchor::Lits(&[248, 249, 511, 512, 598, 599, 600, 701, 702, 703, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 734, 736, 737, 738, 739, 740, 741, 742, 855, 856, 1034, 1190, 1731, 1732, 1831, 1832, 1859, 1860, 1939, 1940, 2008, 2009])),
            (74, "evil-twin", Anchor::Lits(&[1877, 1910, 1943, 1949, 1951, 1954, 1958, 1970, 1973, 1976, 1981, 1982, 1984, 1985, 1986])),
            (80, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[932]), Anchor::All(&[Anchor::Lits(&[36, 37, 38, 39, 77, 78, 79, 80, 414, 415, 416, 417, 1743, 1744, 1745, 1746]), Anchor::Lits(&[115, 157, 322, 466, 1022, 1061, 1141, 1193, 1194, 1195, 1446])])])),
            (94, "disable-safety", Anchor::Lits(&[1, 34, 39, 81, 93, 94, 95, 96, 97, 98, 99, 100, 109, 110, 111, 112, 164, 165, 168, 169, 175, 180, 181, 184, 185, 240, 241, 242, 253, 256, 257, 258, 271, 282, 283, 288, 320, 321, 330, 331, 397, 398, 401, 402, 403, 404, 405, 406, 407, 409, 410, 412, 418, 433, 471, 472, 506, 517, 518, 519, 532, 533, 535, 564, 565, 593, 596, 612, 663, 664, 665, 666, 667, 668, 669, 733, 796, 800, 804, 805, 894, 953, 955, 1064, 1092, 1107, 1108, 1145, 1152, 1153, 1160, 1163, 1164, 1165, 1166, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1186, 1187, 1188, 1189, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1258, 1259, 1352, 1355, 1361, 1367, 1437, 1525, 1621, 1651, 1657, 1664, 1691, 1804, 1879])),
            (95, "safety-declared-off", Anchor::Lits(&[34, 35, 93, 94, 95, 96, 97, 98, 99, 100, 109, 110, 111, 112, 175, 180, 181, 240, 241, 242, 253, 256, 257, 258, 271, 397, 402, 403, 404, 405, 406, 407, 412, 433, 532, 533, 535, 564, 565, 663, 664, 665, 666, 667, 668, 669, 796, 800, 1064, 1092, 1107, 1108, 1145, 1152, 1153, 1160, 1163, 1164, 1165, 1166, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1187, 1188, 1189, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1525, 1651, 1879])),
        ],
    },
    // Text
    ViewAnchors {
        literals: Literals {
            bytes: b"\
\x09\x22//\
\x09\x22http://\
\x09\x22https://\
\x09&\
\x09'//\
\x09'http://\
\x09'https://\
\x09,\
\x09,\x09\
\x09,\x0a\
\x09,\x0b\
\x09,\x0c\
\x09,\x0d\
\x09, \
\x09-\x09\
\x09-\x0a\
\x09-\x0b\
\x09-\x0c\
\x09-\x0d\
\x09- \
\x09.\
\x09//\
\x09/admin\
\x09/assistant>\
\x09/developer>\
\x09/end_of_turn>\
\x09/hidden\
\x09/im_end>\
\x09/im_start>\
\x09/instructions_override\
\x09/start_of_turn>\
\x09/sys>\
\x09/sys_prompt\
\x09/system-prompt\
\x09/system>\
\x09/system_message\
\x09/system_prompt\
\x09:\
\x09:\x09\
\x09:\x0a\
\x09:\x0b\
\x09:\x0c\
\x09:\x0d\
\x09: \
\x09;\
\x09=\
\x09=\x22//\
\x09=\x22http://\
\x09=\x22https://\
\x09='//\
\x09='http://\
\x09='https://\
\x09=//\
\x09=http://\
\x09=https://\
\x09>\
\x09]\
\x09address\
\x09admin\
\x09admin]\
\x09agent\
\x09ai\
\x09alleai\
\x09alleki\
\x09approval\
\x09are to\x09\
\x09are to\x0a\
\x09are to\x0b\
\x09are to\x0c\
\x09are to\x0d\
\x09are to \
\x09assistant\
\x09assistant>\
\x09automation\
\x09bot\
\x09bucket\
\x09che\x09\
\x09che \
\x09claude\
\x09command\
\x09copilot\
\x09cortex\
\x09das\x09\
\x09das \
\x09dasai\
\x09daski\
\x09denai\
\x09denki\
\x09der\x09\
\x09der \
\x09developer>\
\x09die\x09\
\x09die \
\x09dieai\
\x09dieki\
\x09directive\
\x09download\
\x09drive\
\x09email\
\x09end_of_turn>\
\x09endpoint\
\x09external\
\x09for\x09\
\x09for\x0a\
\x09for\x0b\
\x09for\x0c\
\x09for\x0d\
\x09for \
\x09function_call_output\
\x09function_output\
\x09function_result\
\x09gist\
\x09gpt\
\x09has to\
\x09helper\
\x09hidden\
\x09home\
\x09host\
\x09http://\
\x09https://\
\x09ia\
\x09im_end>\
\x09im_start>\
\x09inbox\
\x09instruction\
\x09instructions:\
\x09instructions_override\
\x09is to\
\x09is to\x09\
\x09is to\x0a\
\x09is to\x0b\
\x09is to\x0c\
\x09is to\x0d\
\x09is to \
\x09joka\x09\
\x09joka \
\x09ki\
\x09l\
\x09l'agent\
\x09l'ai\
\x09l'assistant\
\x09l'ia\
\x09l'modele\
\x09lagent\
\x09lai\
\x09lassistant\
\x09lia\
\x09link\
\x09llm\
\x09lmodele\
\x09l\xe2\x80\x99agent\
\x09l\xe2\x80\x99ai\
\x09l\xe2\x80\x99assistant\
\x09l\xe2\x80\x99ia\
\x09l\xe2\x80\x99modele\
\x09machine\
\x09message\
\x09message:\
\x09model\
\x09modele\
\x09must\
\x09must\x09\
\x09must\x0a\
\x09must\x0b\
\x09must\x0c\
\x09must\x0d\
\x09must \
\x09need to\
\x09need to\x09\
\x09need to\x0a\
\x09need to\x0b\
\x09need to\x0c\
\x09need to\x0d\
\x09need to \
\x09needs to\
\x09needs to\x09\
\x09needs to\x0a\
\x09needs to\x0b\
\x09needs to\x0c\
\x09needs to\x0d\
\x09needs to \
\x09note\
\x09note:\
\x09observation\
\x09only\
\x09orders\
\x09override\
\x09override:\
\x09own\
\x09page\
\x09para\x09\
\x09para\x0a\
\x09para\x0b\
\x09para\x0c\
\x09para\x0d\
\x09para \
\x09partner\
\x09per\x09\
\x09per\x0a\
\x09per\x0b\
\x09per\x0c\
\x09per\x0d\
\x09per \
\x09personal\
\x09private\
\x09prompt\
\x09prompt:\
\x09public\
\x09que\x09\
\x09que \
\x09qui\x09\
\x09qui \
\x09robot\
\x09server\
\x09shall\x09\
\x09shall\x0a\
\x09shall\x0b\
\x09shall\x0c\
\x09shall\x0d\
\x09shall \
\x09share\
\x09should\
\x09should\x09\
\x09should\x0a\
\x09should\x0b\
\x09should\x0c\
\x09should\x0d\
\x09should \
\x09site\
\x09som\x09\
\x09som \
\x09stage\
\x09start_of_turn>\
\x09sys>\
\x09sys]\
\x09sys_prompt\
\x09system\
\x09system-prompt\
\x09system>\
\x09system]\
\x09system_message\
\x09system_prompt\
\x09task\
\x09that\x09\
\x09that \
\x09to\
\x09to\x09\
\x09to\x0a\
\x09to\x0b\
\x09to\x0c\
\x09to\x0d\
\x09to \
\x09tool\
\x09tool_output\
\x09tool_response\
\x09tool_result\
\x09update:\
\x09url\
\x09webhook\
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
\x09\xe2\x80\x93\x0a\
\x09\xe2\x80\x93\x0b\
\x09\xe2\x80\x93\x0c\
\x09\xe2\x80\x93\x0d\
\x09\xe2\x80\x93 \
\x09\xe2\x80\x94\x09\
\x09\xe2\x80\x94\x0a\
\x09\xe2\x80\x94\x0b\
\x09\xe2\x80\x94\x0c\
\x09\xe2\x80\x94\x0d\
\x09\xe2\x80\x94 \
\x0a&\
\x0a,\
\x0a,\x09\
\x0a,\x0a\
\x0a,\x0b\
\x0a,\x0c\
\x0a,\x0d\
\x0a, \
\x0a-\x09\
\x0a-\x0a\
\x0a-\x0b\
\x0a-\x0c\
\x0a-\x0d\
\x0a- \
\x0a->\
\x0a/admin\
\x0a/assistant>\
\x0a/developer>\
\x0a/end_of_turn>\
\x0a/hidden\
\x0a/im_end>\
\x0a/im_start>\
\x0a/instructions_override\
\x0a/start_of_turn>\
\x0a/sys>\
\x0a/sys_prompt\
\x0a/system-prompt\
\x0a/system>\
\x0a/system_message\
\x0a/system_prompt\
\x0a:\
\x0a:\x09\
\x0a:\x0a\
\x0a:\x0b\
\x0a:\x0c\
\x0a:\x0d\
\x0a: \
\x0a;\
\x0a=\
\x0a=>\
\x0a>\
\x0a]\
\x0aaccount\x0a\
\x0aaccount \
\x0aaddress\
\x0aadmin\
\x0aadmin]\
\x0aagent\
\x0aai\
\x0aalleai\
\x0aalleki\
\x0aapplies\
\x0aapproval\
\x0aare to\x09\
\x0aare to\x0a\
\x0aare to\x0b\
\x0aare to\x0c\
\x0aare to\x0d\
\x0aare to \
\x0aassistant\
\x0aassistant>\
\x0aauthentication_policy\
\x0aautomation\
\x0abot\
\x0abucket\
\x0aclaude\
\x0acommand\
\x0acopilot\
\x0acortex\
\x0adasai\
\x0adaski\
\x0adenai\
\x0adenki\
\x0adeveloper>\
\x0adieai\
\x0adieki\
\x0adirective\
\x0adomain\
\x0adownload\
\x0adrive\
\x0aemail\
\x0aend_of_turn>\
\x0aendpoint\
\x0aexternal\
\x0afor\x09\
\x0afor\x0a\
\x0afor\x0b\
\x0afor\x0c\
\x0afor\x0d\
\x0afor \
\x0afrom\
\x0afunction_call_output\
\x0afunction_output\
\x0afunction_result\
\x0agist\
\x0agpt\
\x0ahas to\
\x0ahelper\
\x0ahidden\
\x0ahome\
\x0ahost\
\x0aia\
\x0aim_end>\
\x0aim_start>\
\x0ain\x0a\
\x0ain \
\x0ainbox\
\x0ainstruction\
\x0ainstructions_override\
\x0ainto\x0a\
\x0ainto \
\x0aip\
\x0aips\
\x0ais to\
\x0ais to\x09\
\x0ais to\x0a\
\x0ais to\x0b\
\x0ais to\x0c\
\x0ais to\x0d\
\x0ais to \
\x0aki\
\x0al\
\x0al'agent\
\x0al'ai\
\x0al'assistant\
\x0al'ia\
\x0al'modele\
\x0alagent\
\x0alai\
\x0alassistant\
\x0alia\
\x0alink\
\x0allm\
\x0almodele\
\x0alookup\
\x0al\xe2\x80\x99agent\
\x0al\xe2\x80\x99ai\
\x0al\xe2\x80\x99assistant\
\x0al\xe2\x80\x99ia\
\x0al\xe2\x80\x99modele\
\x0amachine\
\x0amessage\
\x0amodel\
\x0amodele\
\x0amust\
\x0amust\x09\
\x0amust\x0a\
\x0amust\x0b\
\x0amust\x0c\
\x0amust\x0d\
\x0amust \
\x0aname\
\x0aneed to\
\x0aneed to\x09\
\x0aneed to\x0a\
\x0aneed to\x0b\
\x0aneed to\x0c\
\x0aneed to\x0d\
\x0aneed to \
\x0aneeded\
\x0aneeds to\
\x0aneeds to\x09\
\x0aneeds to\x0a\
\x0aneeds to\x0b\
\x0aneeds to\x0c\
\x0aneeds to\x0d\
\x0aneeds to \
\x0anetwork_policy\
\x0anote\
\x0anow\
\x0aobservation\
\x0aof\
\x0aof\x0a\
\x0aof \
\x0aoff\
\x0aon\
\x0aon\x0a\
\x0aon \
\x0aonly\
\x0aorders\
\x0aover\
\x0aoverride\
\x0aown\
\x0apage\
\x0apara\x09\
\x0apara\x0a\
\x0apara\x0b\
\x0apara\x0c\
\x0apara\x0d\
\x0apara \
\x0apartner\
\x0apassword_policy\
\x0aper\x09\
\x0aper\x0a\
\x0aper\x0b\
\x0aper\x0c\
\x0aper\x0d\
\x0aper \
\x0apersonal\
\x0aprivate\
\x0aprompt\
\x0apublic\
\x0aqueries\
\x0aquery\
\x0arequest\
\x0arequired\
\x0aresolution\
\x0areturned\
\x0arid\
\x0arobot\
\x0arow\x0a\
\x0arow \
\x0aserver\
\x0asession_policy\
\x0ashall\x09\
\x0ashall\x0a\
\x0ashall\x0b\
\x0ashall\x0c\
\x0ashall\x0d\
\x0ashall \
\x0ashare\
\x0ashould\
\x0ashould\x09\
\x0ashould\x0a\
\x0ashould\x0b\
\x0ashould\x0c\
\x0ashould\x0d\
\x0ashould \
\x0asite\
\x0astage\
\x0astart_of_turn>\
\x0asys>\
\x0asys]\
\x0asys_prompt\
\x0asystem\
\x0asystem-prompt\
\x0asystem>\
\x0asystem]\
\x0asystem_message\
\x0asystem_prompt\
\x0atask\
\x0ato\
\x0ato\x09\
\x0ato\x0a\
\x0ato\x0b\
\x0ato\x0c\
\x0ato\x0d\
\x0ato \
\x0atool\
\x0atool_output\
\x0atool_response\
\x0atool_result\
\x0aunset\x0a\
\x0aunset \
\x0aup\
\x0aurl\
\x0auser\
\x0ausers\
\x0awebhook\
\x0a\xe2\x80\x93\x09\
\x0a\xe2\x80\x93\x0a\
\x0a\xe2\x80\x93\x0b\
\x0a\xe2\x80\x93\x0c\
\x0a\xe2\x80\x93\x0d\
\x0a\xe2\x80\x93 \
\x0a\xe2\x80\x94\x09\
\x0a\xe2\x80\x94\x0a\
\x0a\xe2\x80\x94\x0b\
\x0a\xe2\x80\x94\x0c\
\x0a\xe2\x80\x94\x0d\
\x0a\xe2\x80\x94 \
\x0b&\
\x0b,\
\x0b,\x09\
\x0b,\x0a\
\x0b,\x0b\
\x0b,\x0c\
\x0b,\x0d\
\x0b, \
\x0b-\x09\
\x0b-\x0a\
\x0b-\x0b\
\x0b-\x0c\
\x0b-\x0d\
\x0b- \
\x0b/admin\
\x0b/assistant>\
\x0b/developer>\
\x0b/end_of_turn>\
\x0b/hidden\
\x0b/im_end>\
\x0b/im_start>\
\x0b/instructions_override\
\x0b/start_of_turn>\
\x0b/sys>\
\x0b/sys_prompt\
\x0b/system-prompt\
\x0b/system>\
\x0b/system_message\
\x0b/system_prompt\
\x0b:\
\x0b:\x09\
\x0b:\x0a\
\x0b:\x0b\
\x0b:\x0c\
\x0b:\x0d\
\x0b: \
\x0b;\
\x0b=\
\x0b>\
\x0b]\
\x0baddress\
\x0badmin\
\x0badmin]\
\x0bagent\
\x0bai\
\x0balleai\
\x0balleki\
\x0bapproval\
\x0bare to\x09\
\x0bare to\x0a\
\x0bare to\x0b\
\x0bare to\x0c\
\x0bare to\x0d\
\x0bare to \
\x0bassistant\
\x0bassistant>\
\x0bautomation\
\x0bbot\
\x0bbucket\
\x0bclaude\
\x0bcommand\
\x0bcopilot\
\x0bcortex\
\x0bdasai\
\x0bdaski\
\x0bdenai\
\x0bdenki\
\x0bdeveloper>\
\x0bdieai\
\x0bdieki\
\x0bdirective\
\x0bdownload\
\x0bdrive\
\x0bemail\
\x0bend_of_turn>\
\x0bendpoint\
\x0bexternal\
\x0bfor\x09\
\x0bfor\x0a\
\x0bfor\x0b\
\x0bfor\x0c\
\x0bfor\x0d\
\x0bfor \
\x0bfunction_call_output\
\x0bfunction_output\
\x0bfunction_result\
\x0bgist\
\x0bgpt\
\x0bhas to\
\x0bhelper\
\x0bhidden\
\x0bhome\
\x0bhost\
\x0bia\
\x0bim_end>\
\x0bim_start>\
\x0binbox\
\x0binstruction\
\x0binstructions_override\
\x0bis to\
\x0bis to\x09\
\x0bis to\x0a\
\x0bis to\x0b\
\x0bis to\x0c\
\x0bis to\x0d\
\x0bis to \
\x0bki\
\x0bl\
\x0bl'agent\
\x0bl'ai\
\x0bl'assistant\
\x0bl'ia\
\x0bl'modele\
\x0blagent\
\x0blai\
\x0blassistant\
\x0blia\
\x0blink\
\x0bllm\
\x0blmodele\
\x0bl\xe2\x80\x99agent\
\x0bl\xe2\x80\x99ai\
\x0bl\xe2\x80\x99assistant\
\x0bl\xe2\x80\x99ia\
\x0bl\xe2\x80\x99modele\
\x0bmachine\
\x0bmessage\
\x0bmodel\
\x0bmodele\
\x0bmust\
\x0bmust\x09\
\x0bmust\x0a\
\x0bmust\x0b\
\x0bmust\x0c\
\x0bmust\x0d\
\x0bmust \
\x0bneed to\
\x0bneed to\x09\
\x0bneed to\x0a\
\x0bneed to\x0b\
\x0bneed to\x0c\
\x0bneed to\x0d\
\x0bneed to \
\x0bneeds to\
\x0bneeds to\x09\
\x0bneeds to\x0a\
\x0bneeds to\x0b\
\x0bneeds to\x0c\
\x0bneeds to\x0d\
\x0bneeds to \
\x0bnote\
\x0bobservation\
\x0bonly\
\x0borders\
\x0boverride\
\x0bown\
\x0bpage\
\x0bpara\x09\
\x0bpara\x0a\
\x0bpara\x0b\
\x0bpara\x0c\
\x0bpara\x0d\
\x0bpara \
\x0bpartner\
\x0bper\x09\
\x0bper\x0a\
\x0bper\x0b\
\x0bper\x0c\
\x0bper\x0d\
\x0bper \
\x0bpersonal\
\x0bprivate\
\x0bprompt\
\x0bpublic\
\x0brobot\
\x0bserver\
\x0bshall\x09\
\x0bshall\x0a\
\x0bshall\x0b\
\x0bshall\x0c\
\x0bshall\x0d\
\x0bshall \
\x0bshare\
\x0bshould\
\x0bshould\x09\
\x0bshould\x0a\
\x0bshould\x0b\
\x0bshould\x0c\
\x0bshould\x0d\
\x0bshould \
\x0bsite\
\x0bstage\
\x0bstart_of_turn>\
\x0bsys>\
\x0bsys]\
\x0bsys_prompt\
\x0bsystem\
\x0bsystem-prompt\
\x0bsystem>\
\x0bsystem]\
\x0bsystem_message\
\x0bsystem_prompt\
\x0btask\
\x0bto\
\x0bto\x09\
\x0bto\x0a\
\x0bto\x0b\
\x0bto\x0c\
\x0bto\x0d\
\x0bto \
\x0btool\
\x0btool_output\
\x0btool_response\
\x0btool_result\
\x0burl\
\x0bwebhook\
\x0b\xe2\x80\x93\x09\
\x0b\xe2\x80\x93\x0a\
\x0b\xe2\x80\x93\x0b\
\x0b\xe2\x80\x93\x0c\
\x0b\xe2\x80\x93\x0d\
\x0b\xe2\x80\x93 \
\x0b\xe2\x80\x94\x09\
\x0b\xe2\x80\x94\x0a\
\x0b\xe2\x80\x94\x0b\
\x0b\xe2\x80\x94\x0c\
\x0b\xe2\x80\x94\x0d\
\x0b\xe2\x80\x94 \
\x0c&\
\x0c,\
\x0c,\x09\
\x0c,\x0a\
\x0c,\x0b\
\x0c,\x0c\
\x0c,\x0d\
\x0c, \
\x0c-\x09\
\x0c-\x0a\
\x0c-\x0b\
\x0c-\x0c\
\x0c-\x0d\
\x0c- \
\x0c/admin\
\x0c/assistant>\
\x0c/developer>\
\x0c/end_of_turn>\
\x0c/hidden\
\x0c/im_end>\
\x0c/im_start>\
\x0c/instructions_override\
\x0c/start_of_turn>\
\x0c/sys>\
\x0c/sys_prompt\
\x0c/system-prompt\
\x0c/system>\
\x0c/system_message\
\x0c/system_prompt\
\x0c:\
\x0c:\x09\
\x0c:\x0a\
\x0c:\x0b\
\x0c:\x0c\
\x0c:\x0d\
\x0c: \
\x0c;\
\x0c=\
\x0c>\
\x0c]\
\x0caddress\
\x0cadmin\
\x0cadmin]\
\x0cagent\
\x0cai\
\x0calleai\
\x0calleki\
\x0capproval\
\x0care to\x09\
\x0care to\x0a\
\x0care to\x0b\
\x0care to\x0c\
\x0care to\x0d\
\x0care to \
\x0cassistant\
\x0cassistant>\
\x0cautomation\
\x0cbot\
\x0cbucket\
\x0cclaude\
\x0ccommand\
\x0ccopilot\
\x0ccortex\
\x0cdasai\
\x0cdaski\
\x0cdenai\
\x0cdenki\
\x0cdeveloper>\
\x0cdieai\
\x0cdieki\
\x0cdirective\
\x0cdownload\
\x0cdrive\
\x0cemail\
\x0cend_of_turn>\
\x0cendpoint\
\x0cexternal\
\x0cfor\x09\
\x0cfor\x0a\
\x0cfor\x0b\
\x0cfor\x0c\
\x0cfor\x0d\
\x0cfor \
\x0cfunction_call_output\
\x0cfunction_output\
\x0cfunction_result\
\x0cgist\
\x0cgpt\
\x0chas to\
\x0chelper\
\x0chidden\
\x0chome\
\x0chost\
\x0cia\
\x0cim_end>\
\x0cim_start>\
\x0cinbox\
\x0cinstruction\
\x0cinstructions_override\
\x0cis to\
\x0cis to\x09\
\x0cis to\x0a\
\x0cis to\x0b\
\x0cis to\x0c\
\x0cis to\x0d\
\x0cis to \
\x0cki\
\x0cl\
\x0cl'agent\
\x0cl'ai\
\x0cl'assistant\
\x0cl'ia\
\x0cl'modele\
\x0clagent\
\x0clai\
\x0classistant\
\x0clia\
\x0clink\
\x0cllm\
\x0clmodele\
\x0cl\xe2\x80\x99agent\
\x0cl\xe2\x80\x99ai\
\x0cl\xe2\x80\x99assistant\
\x0cl\xe2\x80\x99ia\
\x0cl\xe2\x80\x99modele\
\x0cmachine\
\x0cmessage\
\x0cmodel\
\x0cmodele\
\x0cmust\
\x0cmust\x09\
\x0cmust\x0a\
\x0cmust\x0b\
\x0cmust\x0c\
\x0cmust\x0d\
\x0cmust \
\x0cneed to\
\x0cneed to\x09\
\x0cneed to\x0a\
\x0cneed to\x0b\
\x0cneed to\x0c\
\x0cneed to\x0d\
\x0cneed to \
\x0cneeds to\
\x0cneeds to\x09\
\x0cneeds to\x0a\
\x0cneeds to\x0b\
\x0cneeds to\x0c\
\x0cneeds to\x0d\
\x0cneeds to \
\x0cnote\
\x0cobservation\
\x0conly\
\x0corders\
\x0coverride\
\x0cown\
\x0cpage\
\x0cpara\x09\
\x0cpara\x0a\
\x0cpara\x0b\
\x0cpara\x0c\
\x0cpara\x0d\
\x0cpara \
\x0cpartner\
\x0cper\x09\
\x0cper\x0a\
\x0cper\x0b\
\x0cper\x0c\
\x0cper\x0d\
\x0cper \
\x0cpersonal\
\x0cprivate\
\x0cprompt\
\x0cpublic\
\x0crobot\
\x0cserver\
\x0cshall\x09\
\x0cshall\x0a\
\x0cshall\x0b\
\x0cshall\x0c\
\x0cshall\x0d\
\x0cshall \
\x0cshare\
\x0cshould\
\x0cshould\x09\
\x0cshould\x0a\
\x0cshould\x0b\
\x0cshould\x0c\
\x0cshould\x0d\
\x0cshould \
\x0csite\
\x0cstage\
\x0cstart_of_turn>\
\x0csys>\
\x0csys]\
\x0csys_prompt\
\x0csystem\
\x0csystem-prompt\
\x0csystem>\
\x0csystem]\
\x0csystem_message\
\x0csystem_prompt\
\x0ctask\
\x0cto\
\x0cto\x09\
\x0cto\x0a\
\x0cto\x0b\
\x0cto\x0c\
\x0cto\x0d\
\x0cto \
\x0ctool\
\x0ctool_output\
\x0ctool_response\
\x0ctool_result\
\x0curl\
\x0cwebhook\
\x0c\xe2\x80\x93\x09\
\x0c\xe2\x80\x93\x0a\
\x0c\xe2\x80\x93\x0b\
\x0c\xe2\x80\x93\x0c\
\x0c\xe2\x80\x93\x0d\
\x0c\xe2\x80\x93 \
\x0c\xe2\x80\x94\x09\
\x0c\xe2\x80\x94\x0a\
\x0c\xe2\x80\x94\x0b\
\x0c\xe2\x80\x94\x0c\
\x0c\xe2\x80\x94\x0d\
\x0c\xe2\x80\x94 \
\x0d&\
\x0d,\
\x0d,\x09\
\x0d,\x0a\
\x0d,\x0b\
\x0d,\x0c\
\x0d,\x0d\
\x0d, \
\x0d-\x09\
\x0d-\x0a\
\x0d-\x0b\
\x0d-\x0c\
\x0d-\x0d\
\x0d- \
\x0d/admin\
\x0d/assistant>\
\x0d/developer>\
\x0d/end_of_turn>\
\x0d/hidden\
\x0d/im_end>\
\x0d/im_start>\
\x0d/instructions_override\
\x0d/start_of_turn>\
\x0d/sys>\
\x0d/sys_prompt\
\x0d/system-prompt\
\x0d/system>\
\x0d/system_message\
\x0d/system_prompt\
\x0d:\
\x0d:\x09\
\x0d:\x0a\
\x0d:\x0b\
\x0d:\x0c\
\x0d:\x0d\
\x0d: \
\x0d;\
\x0d=\
\x0d>\
\x0d]\
\x0daddress\
\x0dadmin\
\x0dadmin]\
\x0dagent\
\x0dai\
\x0dalleai\
\x0dalleki\
\x0dapproval\
\x0dare to\x09\
\x0dare to\x0a\
\x0dare to\x0b\
\x0dare to\x0c\
\x0dare to\x0d\
\x0dare to \
\x0dassistant\
\x0dassistant>\
\x0dautomation\
\x0dbot\
\x0dbucket\
\x0dclaude\
\x0dcommand\
\x0dcopilot\
\x0dcortex\
\x0ddasai\
\x0ddaski\
\x0ddenai\
\x0ddenki\
\x0ddeveloper>\
\x0ddieai\
\x0ddieki\
\x0ddirective\
\x0ddownload\
\x0ddrive\
\x0demail\
\x0dend_of_turn>\
\x0dendpoint\
\x0dexternal\
\x0dfor\x09\
\x0dfor\x0a\
\x0dfor\x0b\
\x0dfor\x0c\
\x0dfor\x0d\
\x0dfor \
\x0dfunction_call_output\
\x0dfunction_output\
\x0dfunction_result\
\x0dgist\
\x0dgpt\
\x0dhas to\
\x0dhelper\
\x0dhidden\
\x0dhome\
\x0dhost\
\x0dia\
\x0dim_end>\
\x0dim_start>\
\x0dinbox\
\x0dinstruction\
\x0dinstructions_override\
\x0dis to\
\x0dis to\x09\
\x0dis to\x0a\
\x0dis to\x0b\
\x0dis to\x0c\
\x0dis to\x0d\
\x0dis to \
\x0dki\
\x0dl\
\x0dl'agent\
\x0dl'ai\
\x0dl'assistant\
\x0dl'ia\
\x0dl'modele\
\x0dlagent\
\x0dlai\
\x0dlassistant\
\x0dlia\
\x0dlink\
\x0dllm\
\x0dlmodele\
\x0dl\xe2\x80\x99agent\
\x0dl\xe2\x80\x99ai\
\x0dl\xe2\x80\x99assistant\
\x0dl\xe2\x80\x99ia\
\x0dl\xe2\x80\x99modele\
\x0dmachine\
\x0dmessage\
\x0dmodel\
\x0dmodele\
\x0dmust\
\x0dmust\x09\
\x0dmust\x0a\
\x0dmust\x0b\
\x0dmust\x0c\
\x0dmust\x0d\
\x0dmust \
\x0dneed to\
\x0dneed to\x09\
\x0dneed to\x0a\
\x0dneed to\x0b\
\x0dneed to\x0c\
\x0dneed to\x0d\
\x0dneed to \
\x0dneeds to\
\x0dneeds to\x09\
\x0dneeds to\x0a\
\x0dneeds to\x0b\
\x0dneeds to\x0c\
\x0dneeds to\x0d\
\x0dneeds to \
\x0dnote\
\x0dobservation\
\x0donly\
\x0dorders\
\x0doverride\
\x0down\
\x0dpage\
\x0dpara\x09\
\x0dpara\x0a\
\x0dpara\x0b\
\x0dpara\x0c\
\x0dpara\x0d\
\x0dpara \
\x0dpartner\
\x0dper\x09\
\x0dper\x0a\
\x0dper\x0b\
\x0dper\x0c\
\x0dper\x0d\
\x0dper \
\x0dpersonal\
\x0dprivate\
\x0dprompt\
\x0dpublic\
\x0drobot\
\x0dserver\
\x0dshall\x09\
\x0dshall\x0a\
\x0dshall\x0b\
\x0dshall\x0c\
\x0dshall\x0d\
\x0dshall \
\x0dshare\
\x0dshould\
\x0dshould\x09\
\x0dshould\x0a\
\x0dshould\x0b\
\x0dshould\x0c\
\x0dshould\x0d\
\x0dshould \
\x0dsite\
\x0dstage\
\x0dstart_of_turn>\
\x0dsys>\
\x0dsys]\
\x0dsys_prompt\
\x0dsystem\
\x0dsystem-prompt\
\x0dsystem>\
\x0dsystem]\
\x0dsystem_message\
\x0dsystem_prompt\
\x0dtask\
\x0dto\
\x0dto\x09\
\x0dto\x0a\
\x0dto\x0b\
\x0dto\x0c\
\x0dto\x0d\
\x0dto \
\x0dtool\
\x0dtool_output\
\x0dtool_response\
\x0dtool_result\
\x0durl\
\x0dwebhook\
\x0d\xe2\x80\x93\x09\
\x0d\xe2\x80\x93\x0a\
\x0d\xe2\x80\x93\x0b\
\x0d\xe2\x80\x93\x0c\
\x0d\xe2\x80\x93\x0d\
\x0d\xe2\x80\x93 \
\x0d\xe2\x80\x94\x09\
\x0d\xe2\x80\x94\x0a\
\x0d\xe2\x80\x94\x0b\
\x0d\xe2\x80\x94\x0c\
\x0d\xe2\x80\x94\x0d\
\x0d\xe2\x80\x94 \
\x20\x22//\
\x20\x22http://\
\x20\x22https://\
\x20&\
\x20'//\
\x20'http://\
\x20'https://\
\x20,\
\x20,\x09\
\x20,\x0a\
\x20,\x0b\
\x20,\x0c\
\x20,\x0d\
\x20, \
\x20-\x09\
\x20-\x0a\
\x20-\x0b\
\x20-\x0c\
\x20-\x0d\
\x20- \
\x20->\
\x20.\
\x20//\
\x20/admin\
\x20/assistant>\
\x20/developer>\
\x20/end_of_turn>\
\x20/hidden\
\x20/im_end>\
\x20/im_start>\
\x20/instructions_override\
\x20/start_of_turn>\
\x20/sys>\
\x20/sys_prompt\
\x20/system-prompt\
\x20/system>\
\x20/system_message\
\x20/system_prompt\
\x20:\
\x20:\x09\
\x20:\x0a\
\x20:\x0b\
\x20:\x0c\
\x20:\x0d\
\x20: \
\x20;\
\x20=\
\x20=\x22//\
\x20=\x22http://\
\x20=\x22https://\
\x20='//\
\x20='http://\
\x20='https://\
\x20=//\
\x20=>\
\x20=http://\
\x20=https://\
\x20>\
\x20]\
\x20account\x0a\
\x20account \
\x20address\
\x20admin\
\x20admin]\
\x20agent\
\x20ai\
\x20alert:\
\x20alleai\
\x20alleki\
\x20announcement:\
\x20applies\
\x20approval\
\x20are to\x09\
\x20are to\x0a\
\x20are to\x0b\
\x20are to\x0c\
\x20are to\x0d\
\x20are to \
\x20assistant\
\x20assistant>\
\x20authentication_policy\
\x20automation\
\x20bot\
\x20bucket\
\x20bulletin:\
\x20change:\
\x20che\x09\
\x20che \
\x20claude\
\x20command\
\x20command:\
\x20config\
\x20config:\
\x20configuration:\
\x20copilot\
\x20cortex\
\x20das\x09\
\x20das \
\x20dasai\
\x20daski\
\x20denai\
\x20denki\
\x20der\x09\
\x20der \
\x20developer>\
\x20die\x09\
\x20die \
\x20dieai\
\x20dieki\
\x20directive\
\x20directive:\
\x20directives\
\x20domain\
\x20download\
\x20drive\
\x20email\
\x20end_of_turn>\
\x20endpoint\
\x20envelope\
\x20external\
\x20flags\
\x20flags:\
\x20for\x09\
\x20for\x0a\
\x20for\x0b\
\x20for\x0c\
\x20for\x0d\
\x20for \
\x20from\
\x20function_call_output\
\x20function_output\
\x20function_result\
\x20gist\
\x20gpt\
\x20guardrails\
\x20guidelines\
\x20has to\
\x20helper\
\x20hidden\
\x20hold\
\x20home\
\x20host\
\x20http://\
\x20https://\
\x20ia\
\x20im_end>\
\x20im_start>\
\x20in\x0a\
\x20in \
\x20inbox\
\x20instruction\
\x20instructions\
\x20instructions:\
\x20instructions_override\
\x20into\x0a\
\x20into \
\x20ip\
\x20ips\
\x20is to\
\x20is to\x09\
\x20is to\x0a\
\x20is to\x0b\
\x20is to\x0c\
\x20is to\x0d\
\x20is to \
\x20joka\x09\
\x20joka \
\x20ki\
\x20l\
\x20l'agent\
\x20l'ai\
\x20l'assistant\
\x20l'ia\
\x20l'modele\
\x20lagent\
\x20lai\
\x20lassistant\
\x20lia\
\x20link\
\x20llm\
\x20lmodele\
\x20log\
\x20lookup\
\x20l\xe2\x80\x99agent\
\x20l\xe2\x80\x99ai\
\x20l\xe2\x80\x99assistant\
\x20l\xe2\x80\x99ia\
\x20l\xe2\x80\x99modele\
\x20machine\
\x20message\
\x20message:\
\x20model\
\x20modele\
\x20must\
\x20must\x09\
\x20must\x0a\
\x20must\x0b\
\x20must\x0c\
\x20must\x0d\
\x20must \
\x20name\
\x20need to\
\x20need to\x09\
\x20need to\x0a\
\x20need to\x0b\
\x20need to\x0c\
\x20need to\x0d\
\x20need to \
\x20needed\
\x20needs to\
\x20needs to\x09\
\x20needs to\x0a\
\x20needs to\x0b\
\x20needs to\x0c\
\x20needs to\x0d\
\x20needs to \
\x20network_policy\
\x20note\
\x20note:\
\x20notice:\
\x20now\
\x20observation\
\x20of\
\x20of\x0a\
\x20of \
\x20off\
\x20on\
\x20on\x0a\
\x20on \
\x20only\
\x20orders\
\x20over\
\x20override\
\x20override:\
\x20own\
\x20page\
\x20para\x09\
\x20para\x0a\
\x20para\x0b\
\x20para\x0c\
\x20para\x0d\
\x20para \
\x20parameters\
\x20parameters:\
\x20partner\
\x20password_policy\
\x20patch:\
\x20per\x09\
\x20per\x0a\
\x20per\x0b\
\x20per\x0c\
\x20per\x0d\
\x20per \
\x20personal\
\x20policy\
\x20policy:\
\x20private\
\x20prompt\
\x20prompt:\
\x20prompts\
\x20public\
\x20que\x09\
\x20que \
\x20queries\
\x20query\
\x20qui\x09\
\x20qui \
\x20reading this\
\x20request\
\x20required\
\x20resolution\
\x20restrictions\
\x20returned\
\x20rid\
\x20robot\
\x20row\x0a\
\x20row \
\x20rules\
\x20safeguards\
\x20server\
\x20session_policy\
\x20settings\
\x20settings:\
\x20shall\x09\
\x20shall\x0a\
\x20shall\x0b\
\x20shall\x0c\
\x20shall\x0d\
\x20shall \
\x20share\
\x20should\
\x20should\x09\
\x20should\x0a\
\x20should\x0b\
\x20should\x0c\
\x20should\x0d\
\x20should \
\x20site\
\x20som\x09\
\x20som \
\x20stage\
\x20start_of_turn>\
\x20sys>\
\x20sys]\
\x20sys_prompt\
\x20system\
\x20system rules\
\x20system-prompt\
\x20system>\
\x20system]\
\x20system_message\
\x20system_prompt\
\x20task\
\x20that\x09\
\x20that \
\x20the prompt\
\x20the system prompt\
\x20to\
\x20to\x09\
\x20to\x0a\
\x20to\x0b\
\x20to\x0c\
\x20to\x0d\
\x20to \
\x20tool\
\x20tool_output\
\x20tool_response\
\x20tool_result\
\x20unset\x0a\
\x20unset \
\x20up\
\x20update:\
\x20url\
\x20user\
\x20users\
\x20webhook\
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
\x20\xe2\x80\x93\x0a\
\x20\xe2\x80\x93\x0b\
\x20\xe2\x80\x93\x0c\
\x20\xe2\x80\x93\x0d\
\x20\xe2\x80\x93 \
\x20\xe2\x80\x94\x09\
\x20\xe2\x80\x94\x0a\
\x20\xe2\x80\x94\x0b\
\x20\xe2\x80\x94\x0c\
\x20\xe2\x80\x94\x0d\
\x20\xe2\x80\x94 \
!\
![\
!ai\
\x22ai\
\x22approval\x22\x09\
\x22approval\x22\x0a\
\x22approval\x22\x0b\
\x22approval\x22\x0c\
\x22approval\x22\x0d\
\x22approval\x22 \
\x22approval\x22:\x09\
\x22approval\x22:\x0a\
\x22approval\x22:\x0b\
\x22approval\x22:\x0c\
\x22approval\x22:\x0d\
\x22approval\x22: \
\x22approval\x22:\x22approved\
\x22approval\x22:\x22authorised\
\x22approval\x22:\x22authorized\
\x22approval\x22:\x22granted\
\x22approval\x22:\x22true\
\x22approval\x22:approved\
\x22approval\x22:authorised\
\x22approval\x22:authorized\
\x22approval\x22:granted\
\x22approval\x22:true\
\x22approved\x22\x09\
\x22approved\x22\x0a\
\x22approved\x22\x0b\
\x22approved\x22\x0c\
\x22approved\x22\x0d\
\x22approved\x22 \
\x22approved\x22:\x09\
\x22approved\x22:\x0a\
\x22approved\x22:\x0b\
\x22approved\x22:\x0c\
\x22approved\x22:\x0d\
\x22approved\x22: \
\x22approved\x22:\x22approved\
\x22approved\x22:\x22authorised\
\x22approved\x22:\x22authorized\
\x22approved\x22:\x22granted\
\x22approved\x22:\x22true\
\x22approved\x22:approved\
\x22approved\x22:authorised\
\x22approved\x22:authorized\
\x22approved\x22:granted\
\x22approved\x22:true\
\x22decision\x22\x09\
\x22decision\x22\x0a\
\x22decision\x22\x0b\
\x22decision\x22\x0c\
\x22decision\x22\x0d\
\x22decision\x22 \
\x22decision\x22:\x09\
\x22decision\x22:\x0a\
\x22decision\x22:\x0b\
\x22decision\x22:\x0c\
\x22decision\x22:\x0d\
\x22decision\x22: \
\x22decision\x22:\x22approved\
\x22decision\x22:\x22authorised\
\x22decision\x22:\x22authorized\
\x22decision\x22:\x22granted\
\x22decision\x22:\x22true\
\x22decision\x22:approved\
\x22decision\x22:authorised\
\x22decision\x22:authorized\
\x22decision\x22:granted\
\x22decision\x22:true\
\x22state\x22\x09\
\x22state\x22\x0a\
\x22state\x22\x0b\
\x22state\x22\x0c\
\x22state\x22\x0d\
\x22state\x22 \
\x22state\x22:\x09\
\x22state\x22:\x0a\
\x22state\x22:\x0b\
\x22state\x22:\x0c\
\x22state\x22:\x0d\
\x22state\x22: \
\x22state\x22:\x22approved\
\x22state\x22:\x22authorised\
\x22state\x22:\x22authorized\
\x22state\x22:\x22granted\
\x22state\x22:\x22true\
\x22state\x22:approved\
\x22state\x22:authorised\
\x22state\x22:authorized\
\x22state\x22:granted\
\x22state\x22:true\
\x22status\x22\x09\
\x22status\x22\x0a\
\x22status\x22\x0b\
\x22status\x22\x0c\
\x22status\x22\x0d\
\x22status\x22 \
\x22status\x22:\x09\
\x22status\x22:\x0a\
\x22status\x22:\x0b\
\x22status\x22:\x0c\
\x22status\x22:\x0d\
\x22status\x22: \
\x22status\x22:\x22approved\
\x22status\x22:\x22authorised\
\x22status\x22:\x22authorized\
\x22status\x22:\x22granted\
\x22status\x22:\x22true\
\x22status\x22:approved\
\x22status\x22:authorised\
\x22status\x22:authorized\
\x22status\x22:granted\
\x22status\x22:true\
\x22verdict\x22\x09\
\x22verdict\x22\x0a\
\x22verdict\x22\x0b\
\x22verdict\x22\x0c\
\x22verdict\x22\x0d\
\x22verdict\x22 \
\x22verdict\x22:\x09\
\x22verdict\x22:\x0a\
\x22verdict\x22:\x0b\
\x22verdict\x22:\x0c\
\x22verdict\x22:\x0d\
\x22verdict\x22: \
\x22verdict\x22:\x22approved\
\x22verdict\x22:\x22authorised\
\x22verdict\x22:\x22authorized\
\x22verdict\x22:\x22granted\
\x22verdict\x22:\x22true\
\x22verdict\x22:approved\
\x22verdict\x22:authorised\
\x22verdict\x22:authorized\
\x22verdict\x22:granted\
\x22verdict\x22:true\
#\
#\x09\
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
%7b\
&ai\
'ai\
(\
(\x09\
(\x0a\
(\x0b\
(\x0c\
(\x0d\
( \
()\
()\x0a\
() \
()->\
()=>\
()returned\
(ai\
(for\x09\
(for\x0a\
(for\x0b\
(for\x0c\
(for\x0d\
(for \
(ia\
(ki\
(to\x09\
(to\x0a\
(to\x0b\
(to\x0c\
(to\x0d\
(to \
(\xd0\xb8\xd0\xb8\
(\xd1\x88\xd1\x96\
(\xd1\x96\xd1\x96\
)\
):\
*\
*:\
*ai\
+ai\
,\
,ai\
,command\
,directive\
,instruction\
,orders\
-\
--\
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
--post-file\x09\
--post-file\x0a\
--post-file\x0b\
--post-file\x0c\
--post-file\x0d\
--post-file \
--skip-approval\
--skip-check\
--skip-guard\
--trust-all\
--unsafe\
--upload-file\x09\
--upload-file\x0a\
--upload-file\x0b\
--upload-file\x0c\
--upload-file\x0d\
--upload-file \
--yolo\
->\
-ai\
-d\
-f\
-ia\
-ki\
-t\x09\
-t\x0a\
-t\x0b\
-t\x0c\
-t\x0d\
-t \
-\xd0\xb8\xd0\xb8\
-\xd1\x88\xd1\x96\
-\xd1\x96\xd1\x96\
.0\
.1\
.2\
.3\
.4\
.5\
.6\
.7\
.8\
.9\
.ai\
/*\
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
//\
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
/ai\
0\x22&\
0\x22,\
0\x22;\
0&\
0'&\
0',\
0';\
0,\
0.\
0.0.0.0/0\
0;\
0x0.st\
1\
1.\
169.\
172.\
192.\
2\
2.\
2fa\
3\
3.\
4\
4.\
5\
5.\
6\
6.\
7\
7.\
8\
8.\
9\
9.\
:\
:ai\
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
</admin\
</admin\x09\
</admin\x0a\
</admin\x0b\
</admin\x0c\
</admin\x0d\
</admin \
</admin>\
</assistant\x09\
</assistant\x0a\
</assistant\x0b\
</assistant\x0c\
</assistant\x0d\
</assistant \
</assistant>\
</developer\x09\
</developer\x0a\
</developer\x0b\
</developer\x0c\
</developer\x0d\
</developer \
</developer>\
</end_of_turn\x09\
</end_of_turn\x0a\
</end_of_turn\x0b\
</end_of_turn\x0c\
</end_of_turn\x0d\
</end_of_turn \
</end_of_turn>\
</hidden\
</hidden\x09\
</hidden\x0a\
</hidden\x0b\
</hidden\x0c\
</hidden\x0d\
</hidden \
</hidden>\
</hidden_instructions\x09\
</hidden_instructions\x0a\
</hidden_instructions\x0b\
</hidden_instructions\x0c\
</hidden_instructions\x0d\
</hidden_instructions \
</hidden_instructions>\
</im_end\x09\
</im_end\x0a\
</im_end\x0b\
</im_end\x0c\
</im_end\x0d\
</im_end \
</im_end>\
</im_start\x09\
</im_start\x0a\
</im_start\x0b\
</im_start\x0c\
</im_start\x0d\
</im_start \
</im_start>\
</instructions_override\
</instructions_override\x09\
</instructions_override\x0a\
</instructions_override\x0b\
</instructions_override\x0c\
</instructions_override\x0d\
</instructions_override \
</instructions_override>\
</s>\
</start_of_turn\x09\
</start_of_turn\x0a\
</start_of_turn\x0b\
</start_of_turn\x0c\
</start_of_turn\x0d\
</start_of_turn \
</start_of_turn>\
</sys\x09\
</sys\x0a\
</sys\x0b\
</sys\x0c\
</sys\x0d\
</sys \
</sys>\
</sys_prompt\
</sys_prompt\x09\
</sys_prompt\x0a\
</sys_prompt\x0b\
</sys_prompt\x0c\
</sys_prompt\x0d\
</sys_prompt \
</sys_prompt>\
</system\x09\
</system\x0a\
</system\x0b\
</system\x0c\
</system\x0d\
</system \
</system-prompt\
</system-prompt\x09\
</system-prompt\x0a\
</system-prompt\x0b\
</system-prompt\x0c\
</system-prompt\x0d\
</system-prompt \
</system-prompt>\
</system>\
</system_message\
</system_message\x09\
</system_message\x0a\
</system_message\x0b\
</system_message\x0c\
</system_message\x0d\
</system_message \
</system_message>\
</system_prompt\
</system_prompt\x09\
</system_prompt\x0a\
</system_prompt\x0b\
</system_prompt\x0c\
</system_prompt\x0d\
</system_prompt \
</system_prompt>\
<<\
<admin\
<admin\x09\
<admin\x0a\
<admin\x0b\
<admin\x0c\
<admin\x0d\
<admin \
<admin>\
<ai\
<approval\
<assistant\x09\
<assistant\x0a\
<assistant\x0b\
<assistant\x0c\
<assistant\x0d\
<assistant \
<assistant>\
<developer\x09\
<developer\x0a\
<developer\x0b\
<developer\x0c\
<developer\x0d\
<developer \
<developer>\
<end_of_turn\x09\
<end_of_turn\x0a\
<end_of_turn\x0b\
<end_of_turn\x0c\
<end_of_turn\x0d\
<end_of_turn \
<end_of_turn>\
<function_call_output\
<function_output\
<function_result\
<hidden\
<hidden\x09\
<hidden\x0a\
<hidden\x0b\
<hidden\x0c\
<hidden\x0d\
<hidden \
<hidden>\
<hidden_instructions\x09\
<hidden_instructions\x0a\
<hidden_instructions\x0b\
<hidden_instructions\x0c\
<hidden_instructions\x0d\
<hidden_instructions \
<hidden_instructions>\
<im_end\x09\
<im_end\x0a\
<im_end\x0b\
<im_end\x0c\
<im_end\x0d\
<im_end \
<im_end>\
<im_start\x09\
<im_start\x0a\
<im_start\x0b\
<im_start\x0c\
<im_start\x0d\
<im_start \
<im_start>\
<img\
<instructions_override\
<instructions_override\x09\
<instructions_override\x0a\
<instructions_override\x0b\
<instructions_override\x0c\
<instructions_override\x0d\
<instructions_override \
<instructions_override>\
<observation\
<s>\
<start_of_turn\x09\
<start_of_turn\x0a\
<start_of_turn\x0b\
<start_of_turn\x0c\
<start_of_turn\x0d\
<start_of_turn \
<start_of_turn>\
<sys\x09\
<sys\x0a\
<sys\x0b\
<sys\x0c\
<sys\x0d\
<sys \
<sys>\
<sys_prompt\
<sys_prompt\x09\
<sys_prompt\x0a\
<sys_prompt\x0b\
<sys_prompt\x0c\
<sys_prompt\x0d\
<sys_prompt \
<sys_prompt>\
<system\x09\
<system\x0a\
<system\x0b\
<system\x0c\
<system\x0d\
<system \
<system-prompt\
<system-prompt\x09\
<system-prompt\x0a\
<system-prompt\x0b\
<system-prompt\x0c\
<system-prompt\x0d\
<system-prompt \
<system-prompt>\
<system>\
<system_message\
<system_message\x09\
<system_message\x0a\
<system_message\x0b\
<system_message\x0c\
<system_message\x0d\
<system_message \
<system_message>\
<system_prompt\
<system_prompt\x09\
<system_prompt\x0a\
<system_prompt\x0b\
<system_prompt\x0c\
<system_prompt\x0d\
<system_prompt \
<system_prompt>\
<tool_output\
<tool_response\
<tool_result\
<|\
=\
=>\
=ai\
>\
>\x09\
> \
>.\
>>\
>ai\
?ai\
@\
@agent\
@ai\
@aol.\
@assistant\
@bot\
@claude\
@copilot\
@cortex\
@fastmail.\
@gmail.\
@gmx.\
@googlemail.\
@gpt\
@hotmail.\
@icloud.\
@llm\
@model\
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
[admin\x09\
[admin\x0a\
[admin\x0b\
[admin\x0c\
[admin\x0d\
[admin \
[admin]\
[ai\
[assistant](\
[developer](\
[for\x09\
[for\x0a\
[for\x0b\
[for\x0c\
[for\x0d\
[for \
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
[to\x09\
[to\x0a\
[to\x0b\
[to\x0c\
[to\x0d\
[to \
]\
]\x09\
] \
](\
](//\
](http://\
](https://\
].\
]]\
_\
_:\
_ai\
_allow_all\
_bypass\
_disable\
_enabled\
_guard\
_hold\
_insecure\
_log\
_off\
_override:\
_skip\
_unsafe\
```\
`ai\
a\x09\
a\x0a\
a\x0b\
a\x0c\
a\x0d\
a \
a l' ai\
a l' ia\
a l' ki\
aaol.\
abfs://\
abfss://\
absolutely\
access\
access\x0a\
access \
access_check\
accessible\x0a\
accessible \
accorde\
accountadmin\
activated\x09\
activated\x0a\
activated\x0b\
activated\x0c\
activated\x0d\
activated \
activated)\
activated-\
activated:\
activated>\
activated]\
activated_\
activatedactivated\
activatedactive\
activatedenabled\
activatedengaged\
activatedgranted\
activatedon\
activatedunlocked\
activated}\
actual\x09\
actual \
actual,\
add\
add\x0a\
add \
add me\
add us\
added\
admin\
admin\x09\
admin \
admin block\
admin input\
admin instructions\
admin message\
admin override\
admin prompt\
admin section\
admin,\
admin:\
administrator \
administrator block\
administrator input\
administrator instructions\
administrator message\
administrator override\
administrator prompt\
administrator section\
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
agente\x09\
agente\x0a\
agente\x0b\
agente\x0c\
agente\x0d\
agente \
agente:\
agente]\
agentes\x09\
agentes\x0a\
agentes\x0b\
agentes\x0c\
agentes\x0d\
agentes \
agentes:\
agentes]\
agents\x09\
agents\x0a\
agents\x0b\
agents\x0c\
agents\x0d\
agents \
agents,\
agents-\
agents:\
agents]\
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
ai model\
ai reviewer\
ai system\
ai tool\
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
ai-model\
ai-reviewer\
ai-system\
ai-tool\
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
aiagent\
aiassistant\
aibot\
aicloud.\
aimodel\
ais\x09\
ais\x0a\
ais\x0b\
ais\x0c\
ais\x0d\
ais \
ais,\
ais-\
ais:\
aisystem\
aitool\
alert\
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
allowed ip\
allowed\x22:\
allowed:\
allowed_ip\
allowed_ip_list\
allowlist\
alter\
an\x09\
an\x0a\
an\x0b\
an\x0c\
an\x0d\
an \
an das ai\
an das ia\
an das ki\
an den ai\
an den ia\
an den ki\
an die ai\
an die ia\
an die ki\
announcement\
anonfiles\
anonymous\x09\
anonymous\x0a\
anonymous\x0b\
anonymous\x0c\
anonymous\x0d\
anonymous \
anweisung\x09\
anweisung\x0a\
anweisung\x0b\
anweisung\x0c\
anweisung\x0d\
anweisung \
any\x09\
any\x0a\
any\x0b\
any\x0c\
any\x0d\
any \
anyone\
aol.\
aoutlook.\
apague\
api key\
api_key\
append\
appended\
approv\
approval\
approval\x09\
approval\x0a\
approval\x0b\
approval\x0c\
approval\x0d\
approval \
approval:\
approval=\
approval>\
approval_mode\
approval_result\x09\
approval_result\x0a\
approval_result\x0b\
approval_result\x0c\
approval_result\x0d\
approval_result \
approval_result>\
approvals\x09\
approvals\x0a\
approvals\x0b\
approvals\x0c\
approvals\x0d\
approvals \
approvals:\
approvals=\
approve\
approved\
approved\x22:\
approved:\
aproton.\
aprotonmail.\
are\x09\
are\x0a\
are\x0b\
are\x0c\
are\x0d\
are \
as an\
asist\
asistente\
asistente\x09\
asistente\x0a\
asistente\x0b\
asistente\x0c\
asistente\x0d\
asistente \
asistente:\
asistente]\
asistentes\x09\
asistentes\x0a\
asistentes\x0b\
asistentes\x0c\
asistentes\x0d\
asistentes \
asistentes:\
asistentes]\
asking\
assign\
assign\x0a\
assign \
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
assistant]\
assistant_\
assistant_tool\
assistants\x09\
assistants\x0a\
assistants\x0b\
assistants\x0c\
assistants\x0d\
assistants \
assistants,\
assistants-\
assistants:\
assistants]\
assistente\
assistente\x09\
assistente\x0a\
assistente\x0b\
assistente\x0c\
assistente\x0d\
assistente \
assistente:\
assistente]\
assistentes\x09\
assistentes\x0a\
assistentes\x0b\
assistentes\x0c\
assistentes\x0d\
assistentes \
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
attn\x09\
attn\x0a\
attn\x0b\
attn\x0c\
attn\x0d\
attn \
atutanota.\
audit\
audit\x09\
audit\x0a\
audit\x0b\
audit\x0c\
audit\x0d\
audit \
audit:\
audit=\
audit_\
audit_log\x09\
audit_log\x0a\
audit_log\x0b\
audit_log\x0c\
audit_log\x0d\
audit_log \
audit_log:\
audit_log=\
auditing\
auditing\x09\
auditing\x0a\
auditing\x0b\
auditing\x0c\
auditing\x0d\
auditing \
auditing:\
auditing=\
authentication\
authentication_policy\
authori\
authorised\
authorized\
authorized\x22:\
authorized:\
automated\
automation\
available\x0a\
available \
aviso\x09\
aviso\x0a\
aviso\x0b\
aviso\x0c\
aviso\x0d\
aviso \
avustaj\
avviso\x09\
avviso\x0a\
avviso\x0b\
avviso\x0c\
avviso\x0d\
avviso \
ayahoo.\
ayandex.\
aymail.\
azoho.\
azure://\
bash\
beacon\
beam\
beeceptor.com\
beste\
bitte\x09\
bitte\x0a\
bitte\x0b\
bitte\x0c\
bitte\x0d\
bitte \
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
bots\x09\
bots\x0a\
bots\x0b\
bots\x0c\
bots\x0d\
bots \
bots,\
bots-\
bots:\
bots]\
box folder\
break glass\
break-glass\
breakglass\
browse\
bulletin\
bump\x0a\
bump \
burpcollaborator\
burpcollaborator.net\
bypass\
bypass \
bypass_approval\
bypass_audit\
bypass_checks\
bypass_cortex\
bypass_envelope\
bypass_filter\
bypass_injection\
bypass_redaction\
bypass_safety\
bypass_sandbox\
bypass_tripwire\
c2\
call\
cancel\
cancella\
cara\
cara ai\
cara ia\
cara ki\
carica\
caro\
caro ai\
caro ia\
caro ki\
catbox\
cc\
certainly\
change\
check_permission\
cher\
cher ai\
cher ia\
cher ki\
chere ai\
chere ia\
chere ki\
ch\xc3\xa8re ai\
ch\xc3\xa8re ia\
ch\xc3\xa8re ki\
ci bot\
ci-bot\
ci_bot\
cibot\
claim\
claude\
claude\x09\
claude\x0a\
claude\x0b\
claude\x0c\
claude\x0d\
claude \
claude,\
claude-\
claude:\
claudes\x09\
claudes\x0a\
claudes\x0b\
claudes\x0c\
claudes\x0d\
claudes \
claudes,\
claudes-\
claudes:\
click\
clientes\
clienti\
close\
collector\
color\
column level\
column-level\
command\
command\x09\
command\x0a\
command\x0b\
command\x0c\
command\x0d\
command \
command)\
command-\
command:\
command>\
command]\
command_\
commandactivated\
commandactive\
commandenabled\
commandengaged\
commandgranted\
commandon\
commands\x09\
commands\x0a\
commands\x0b\
commands\x0c\
commands\x0d\
commands \
commandunlocked\
command}\
company\
concede\
confirm\
confirm\x09\
confirm\x0a\
confirm\x0b\
confirm\x0c\
confirm\x0d\
confirm \
confirm:\
confirm=\
confirmation\
confirmation\x09\
confirmation\x0a\
confirmation\x0b\
confirmation\x0c\
confirmation\x0d\
confirmation \
confirmation:\
confirmation=\
confirmations\x09\
confirmations\x0a\
confirmations\x0b\
confirmations\x0c\
confirmations\x0d\
confirmations \
confirmations:\
confirmations=\
consuming\
contenido\
content\
contenu\
copied\
copies\
copilot\
copilot\x09\
copilot\x0a\
copilot\x0b\
copilot\x0c\
copilot\x0d\
copilot \
copilot,\
copilot-\
copilot:\
copilots\x09\
copilots\x0a\
copilots\x0b\
copilots\x0c\
copilots\x0d\
copilots \
copilots,\
copilots-\
copilots:\
copy\
core\x09\
core \
core,\
cortex\
cortex\x09\
cortex\x0a\
cortex\x0b\
cortex\x0c\
cortex\x0d\
cortex \
cortex,\
cortex-\
cortex:\
cortex_route\
cortexs\x09\
cortexs\x0a\
cortexs\x0b\
cortexs\x0c\
cortexs\x0d\
cortexs \
cortexs,\
cortexs-\
cortexs:\
create\
create\x0a\
create \
credentials\
credit\
critical\x09\
critical \
critical,\
csv\
curl\
customers\
dados\
dan\
data\
data \
data_\
daten\
datos\
deactivate\
deaktiviere\
dear\x09\
dear\x0a\
dear\x0b\
dear\x0c\
dear\x0d\
dear \
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
developer \
developer block\
developer input\
developer instructions\
developer message\
developer override\
developer prompt\
developer section\
developer:\
dig\
directive\
directive\x09\
directive\x0a\
directive\x0b\
directive\x0c\
directive\x0d\
directive \
directive)\
directive-\
directive:\
directive>\
directive]\
directive_\
directiveactivated\
directiveactive\
directiveenabled\
directiveengaged\
directivegranted\
directiveon\
directives\x09\
directives\x0a\
directives\x0b\
directives\x0c\
directives\x0d\
directives \
directiveunlocked\
directive}\
disable\
disable_approval\
disable_audit\
disable_checks\
disable_cortex\
disable_envelope\
disable_filter\
disable_injection\
disable_mfa\
disable_redaction\
disable_safety\
disable_sandbox\
disable_tripwire\
disabled\
disabled\x22&\
disabled\x22,\
disabled\x22;\
disabled&\
disabled'&\
disabled',\
disabled';\
disabled,\
disabled;\
display\
disregard\
disregard \
dns\
dns\x0a\
dns \
dnslog.cn\
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
donnees\
dont\
dont ask\
dont check\
dont confirm\
dont mention\
dont request\
download\
drop\
drop\x0a\
drop \
drop-bucket\
dropbox\
dropbucket\
dropzone\
dump\
dynamic\
e-mail\
each\x09\
each\x0a\
each\x0b\
each\x0c\
each\x0d\
each \
egress\
ejecuta\
elevate\
elevate\x0a\
elevate \
elevated\
elimina\
email\
emails\
embedded\
emergency\
employees\
enabled\x09\
enabled\x0a\
enabled\x0b\
enabled\x0c\
enabled\x0d\
enabled \
enabled)\
enabled-\
enabled:\
enabled>\
enabled]\
enabled_\
enabledactivated\
enabledactive\
enabledenabled\
enabledengaged\
enabledgranted\
enabledon\
enabledunlocked\
enabled}\
end of \
end_of_turn\
enforce network\
enforce_network\
entferne\
envelope\
envelope\x09\
envelope\x0a\
envelope\x0b\
envelope\x0c\
envelope\x0d\
envelope \
envelope:\
envelope=\
envia\
envie\
envoi\
envoie\
envoyer\
envoyez\
ergebnis\
escalate\
escalate\x0a\
escalate \
esegui\
every\x09\
every\x0a\
every\x0b\
every\x0c\
every\x0d\
every \
everybody\
everyone\
everything\
evil\
exclua\
execute\
execute_sql\
exempt\
exfil\
exfiltrat\
exfiltrate\
export\
expose\
extract\
false\x22&\
false\x22,\
false\x22;\
false&\
false'&\
false',\
false';\
false,\
false;\
fetch\
file.io\
filter\
filter\x09\
filter\x0a\
filter\x0b\
filter\x0c\
filter\x0d\
filter \
filter:\
filter=\
filters\x09\
filters\x0a\
filters\x0b\
filters\x0c\
filters\x0d\
filters \
filters:\
filters=\
font-size\
for the ai\
for the ia\
for the ki\
forget\
forget \
forward\
free.\
from\x0a\
from \
ftp://\
ftps://\
fuehre\
fuhre\
function call result\
function call_result\
function output\
function response\
function result\
function returned\
function-call result\
function-call_result\
function-output\
function-response\
function-result\
function-returned\
function_call result\
function_call_output\x09\
function_call_output\x0a\
function_call_output\x0b\
function_call_output\x0c\
function_call_output\x0d\
function_call_output \
function_call_output>\
function_call_result\
function_output\
function_output\x09\
function_output\x0a\
function_output\x0b\
function_output\x0c\
function_output\x0d\
function_output \
function_output>\
function_response\
function_result\
function_result\x09\
function_result\x0a\
function_result\x0b\
function_result\x0c\
function_result\x0d\
function_result \
function_result>\
function_results\x09\
function_results\x0a\
function_results\x0b\
function_results\x0c\
function_results\x0d\
function_results \
function_results>\
function_returned\
functioncall result\
functioncall_result\
functionoutput\
functionresponse\
functionresult\
functionreturned\
fur\x09\
fur\x0a\
fur\x0b\
fur\x0c\
fur\x0d\
fur \
gcs://\
gdrive\
gemini\
get\x0a\
get \
getaddrinfo\
gethostbyname\
gewahre\
ghostbin\
gist\
give\
give\x09\
give\x0a\
give\x0b\
give\x0c\
give\x0d\
give \
gmx.\
god\
gofile\
gonder\
google drive\
gpt\
gpt\x09\
gpt\x0a\
gpt\x0b\
gpt\x0c\
gpt\x0d\
gpt \
gpt agent\
gpt assistant\
gpt bot\
gpt model\
gpt system\
gpt tool\
gpt,\
gpt-\
gpt-agent\
gpt-assistant\
gpt-bot\
gpt-model\
gpt-system\
gpt-tool\
gpt:\
gptagent\
gptassistant\
gptbot\
gptmodel\
gpts\x09\
gpts\x0a\
gpts\x0b\
gpts\x0c\
gpts\x0d\
gpts \
gpts,\
gpts-\
gpts:\
gptsystem\
gpttool\
grant\
grant\x0a\
grant \
granted\
gs://\
guard\
guard\x09\
guard\x0a\
guard\x0b\
guard\x0c\
guard\x0d\
guard \
guard:\
guard=\
guardrail\x09\
guardrail\x0a\
guardrail\x0b\
guardrail\x0c\
guardrail\x0d\
guardrail \
guardrail:\
guardrail=\
guardrails\x09\
guardrails\x0a\
guardrails\x0b\
guardrails\x0c\
guardrails\x0d\
guardrails \
guardrails:\
guardrails=\
guards\x09\
guards\x0a\
guards\x0b\
guards\x0c\
guards\x0d\
guards \
guards:\
guards=\
hacker\
hand\x09\
hand\x0a\
hand\x0b\
hand\x0c\
hand\x0d\
hand \
handling\
has\x09\
has\x0a\
has\x0b\
has\x0c\
has\x0d\
has \
hash\
hasil\
hastebin\
have\x09\
have\x0a\
have\x0b\
have\x0c\
have\x0d\
have \
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
hi\x09\
hi\x0a\
hi\x0b\
hi\x0c\
hi\x0d\
hi \
hidden\
hidden\x09\
hidden \
hidden,\
hint\x09\
hint\x0a\
hint\x0b\
hint\x0c\
hint\x0d\
hint \
hinweis\x09\
hinweis\x0a\
hinweis\x0b\
hinweis\x0c\
hinweis\x0d\
hinweis \
history\
host\
href=\
http\
http://\
https://\
human input \
human message \
human prompt \
i can\
i'll\
ia\
ia\x09\
ia\x0a\
ia\x0b\
ia\x0c\
ia\x0d\
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
ies\
if\x09\
if\x0a\
if\x0b\
if\x0c\
if\x0d\
if \
ignore\
ignore \
ill\
im_end\
im_start\
image\
img\
impersonate\
important\x09\
important \
important,\
in the link\
in the query\
in the url\
include\
included\
ing\
ingesting\
inhalt\
injection\
injection_check\x09\
injection_check\x0a\
injection_check\x0b\
injection_check\x0c\
injection_check\x0d\
injection_check \
injection_check:\
injection_check=\
insecure_approval\
insecure_audit\
insecure_checks\
insecure_cortex\
insecure_envelope\
insecure_filter\
insecure_injection\
insecure_redaction\
insecure_safety\
insecure_sandbox\
insecure_tripwire\
insert\
inst]\
install\
instruction\
instruction\x09\
instruction\x0a\
instruction\x0b\
instruction\x0c\
instruction\x0d\
instruction \
instruction)\
instruction-\
instruction:\
instruction>\
instruction]\
instruction_\
instructionactivated\
instructionactive\
instructionenabled\
instructionengaged\
instructiongranted\
instructionon\
instructions\x09\
instructions\x0a\
instructions\x0b\
instructions\x0c\
instructions\x0d\
instructions \
instructions)\
instructions-\
instructions:\
instructions>\
instructions]\
instructions_\
instructionsactivated\
instructionsactive\
instructionsenabled\
instructionsengaged\
instructionsgranted\
instructionson\
instructionss\x09\
instructionss\x0a\
instructionss\x0b\
instructionss\x0c\
instructionss\x0d\
instructionss \
instructionsunlocked\
instructions}\
instructionunlocked\
instruction}\
inteligencia artificial\
intelligenza artificiale\
interact.sh\
internet\
invia\
ipadala\
is\x09\
is\x0a\
is\x0b\
is\x0c\
is\x0d\
is \
issue\
ix.io\
jailbreak\
ki\x09\
ki\x0a\
ki\x0b\
ki\x0c\
ki\x0d\
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
klant\
klient\
kunden\
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
liebe\
liebe ai\
liebe ia\
liebe ki\
lieber ai\
lieber ia\
lieber ki\
lift\
lifted\
link\
list\
live.\
llm\
llm\x09\
llm\x0a\
llm\x0b\
llm\x0c\
llm\x0d\
llm \
llm agent\
llm assistant\
llm bot\
llm model\
llm system\
llm tool\
llm,\
llm-\
llm-agent\
llm-assistant\
llm-bot\
llm-directive\
llm-instruction\
llm-model\
llm-note\
llm-prompt\
llm-system\
llm-task\
llm-tool\
llm:\
llm]\
llm_directive\
llm_instruction\
llm_note\
llm_prompt\
llm_task\
llmagent\
llmassistant\
llmbot\
llmdirective\
llminstruction\
llmmodel\
llmnote\
llmprompt\
llms\x09\
llms\x0a\
llms\x0b\
llms\x0c\
llms\x0d\
llms \
llms,\
llms-\
llms:\
llms]\
llmsystem\
llmtask\
llmtool\
loesche\
longer\
look up\
look up\x0a\
look up \
look-up\
look-up\x0a\
look-up \
looking up\
looking-up\
lookingup\
looks up\
looks-up\
looksup\
lookup\
lookup\x0a\
lookup \
loosen\
losche\
mail\
mail.\
mailbox.\
make\
make\x0a\
make \
make me\
malicious\
manage\x0a\
manage \
manda\
mandatory\x09\
mandatory \
mandatory,\
mande\
mark\
masking\
may\
mega.nz\
memo\x09\
memo\x0a\
memo\x0b\
memo\x0c\
memo\x0d\
memo \
memos\x09\
memos\x0a\
memos\x0b\
memos\x0c\
memos\x0d\
memos \
mensagem\x09\
mensagem\x0a\
mensagem\x0b\
mensagem\x0c\
mensagem\x0d\
mensagem \
mensaje\x09\
mensaje\x0a\
mensaje\x0b\
mensaje\x0c\
mensaje\x0d\
mensaje \
merge\
merge bot\
merge-bot\
merge_bot\
mergebot\
message\
message\x09\
message\x0a\
message\x0b\
message\x0c\
message\x0d\
message \
messages\x09\
messages\x0a\
messages\x0b\
messages\x0c\
messages\x0d\
messages \
messaggio\x09\
messaggio\x0a\
messaggio\x0b\
messaggio\x0c\
messaggio\x0d\
messaggio \
mfa\
mins_to_bypass_mfa\
mirror\
mode\x09\
mode\x0a\
mode\x0b\
mode\x0c\
mode\x0d\
mode \
mode)\
mode-\
mode:\
mode>\
mode]\
mode_\
modeactivated\
modeactive\
modeenabled\
modeengaged\
modegranted\
model\
model\x09\
model\x0a\
model\x0b\
model\x0c\
model\x0d\
model \
model,\
model,\x09\
model,\x0a\
model,\x0b\
model,\x0c\
model,\x0d\
model, \
model-\
model-\x09\
model-\x0a\
model-\x0b\
model-\x0c\
model-\x0d\
model- \
model:\
model:\x09\
model:\x0a\
model:\x0b\
model:\x0c\
model:\x0d\
model: \
modell\x09\
modell\x0a\
modell\x0b\
modell\x0c\
modell\x0d\
modell \
modell:\
modell]\
modelle\x09\
modelle\x0a\
modelle\x0b\
modelle\x0c\
modelle\x0d\
modelle \
modelle:\
modelle]\
modelli\x09\
modelli\x0a\
modelli\x0b\
modelli\x0c\
modelli\x0d\
modelli \
modelli:\
modelli]\
modelo\x09\
modelo\x0a\
modelo\x0b\
modelo\x0c\
modelo\x0d\
modelo \
modelo:\
modelo]\
modelos\x09\
modelos\x0a\
modelos\x0b\
modelos\x0c\
modelos\x0d\
modelos \
modelos:\
modelos]\
models\x09\
models\x0a\
models\x0b\
models\x0c\
models\x0d\
models \
models,\
models-\
models:\
modeon\
modeunlocked\
mode}\
modify\
mod\xc3\xa8le\x09\
mod\xc3\xa8le\x0a\
mod\xc3\xa8le\x0b\
mod\xc3\xa8le\x0c\
mod\xc3\xa8le\x0d\
mod\xc3\xa8le \
mod\xc3\xa8le:\
mod\xc3\xa8le]\
mod\xc3\xa8les\x09\
mod\xc3\xa8les\x0a\
mod\xc3\xa8les\x0b\
mod\xc3\xa8les\x0c\
mod\xc3\xa8les\x0d\
mod\xc3\xa8les \
mod\xc3\xa8les:\
mod\xc3\xa8les]\
move\
move\x0a\
move \
multi factor\
multi-factor\
multifactor\
must\
my\x09\
my\x0a\
my\x0b\
my\x0c\
my\x0d\
my \
nachricht\x09\
nachricht\x0a\
nachricht\x0b\
nachricht\x0c\
nachricht\x0d\
nachricht \
nc\
need\
netcat\
network\
network_policy\
never\
new directive\
new directives:\
new orders\
new orders:\
new policy\
new policy:\
ngrok\
ngrok-free.app\
ngrok.app\
ngrok.io\
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
no\x22&\
no\x22,\
no\x22;\
no&\
no'&\
no',\
no';\
no,\
no;\
no_approval\
no_audit\
no_checks\
no_cortex\
no_envelope\
no_filter\
no_injection\
no_redaction\
no_safety\
no_sandbox\
no_tripwire\
none\
none\x22&\
none\x22,\
none\x22;\
none&\
none'&\
none',\
none';\
none,\
none;\
nota\
nota\x09\
nota\x0a\
nota\x0b\
nota\x0c\
nota\x0d\
nota \
notas\x09\
notas\x0a\
notas\x0b\
notas\x0c\
notas\x0d\
notas \
note\x09\
note\x0a\
note\x0b\
note\x0c\
note\x0d\
note \
note)\
note-\
note:\
note>\
note]\
note_\
noteactivated\
noteactive\
noteenabled\
noteengaged\
notegranted\
noteon\
notes\x09\
notes\x0a\
notes\x0b\
notes\x0c\
notes\x0d\
notes \
noteunlocked\
note}\
notice\
notiz\x09\
notiz\x0a\
notiz\x0b\
notiz\x0c\
notiz\x0d\
notiz \
nslookup\
oast\
oast.\
observation\
observation\x09\
observation\x0a\
observation\x0b\
observation\x0c\
observation\x0d\
observation \
observation>\
of\x0a\
of \
of course\
off\x22&\
off\x22,\
off\x22;\
off&\
off'&\
off',\
off';\
off,\
off;\
ok\
onedrive\
opacity\
open\
open\x09\
open\x0a\
open\x0b\
open\x0c\
open\x0d\
open \
ops bot\
ops-bot\
ops_bot\
opsbot\
orange.\
order\x09\
order\x0a\
order\x0b\
order\x0c\
order\x0d\
order \
orders\x09\
orders\x0a\
orders\x0b\
orders\x0c\
orders\x0d\
orders \
org\
orgadmin\
our\x09\
our\x0a\
our\x0b\
our\x0c\
our\x0d\
our \
outlook.\
output\
override\
override\x09\
override\x0a\
override\x0b\
override\x0c\
override\x0d\
override \
override mode\
override)\
override,\
override-\
override:\
override>\
override]\
override_\
overrideactivated\
overrideactive\
overrideenabled\
overrideengaged\
overridegranted\
overrideon\
overrideunlocked\
override}\
ownership\
oxo.st\
p.s\x09\
p.s\x0a\
p.s\x0b\
p.s\x0c\
p.s\x0d\
p.s \
p.s.\x09\
p.s.\x0a\
p.s.\x0b\
p.s.\x0c\
p.s.\x0d\
p.s. \
pair programmer\
para el ai\
para el ia\
para el ki\
para la ai\
para la ia\
para la ki\
parsing\
passwd\
password\
paste\
paste.ee\
pastebin\
pastebin.com\
patch\
pause\
pay\
pelanggan\
per l' ai\
per l' ia\
per l' ki\
permission_check\
permitted\
pii\
ping\
pipe\
pipedream\
pipedream.net\
pixel\
polic\
policies\
policy\
policy_check\
post\
pour l' ai\
pour l' ia\
pour l' ki\
prevent\
print\
priority\x09\
priority \
priority,\
privileged\
privileges\
proceed\
processes\
processing\
projection\
promote\x0a\
promote \
proton.\
przeslij\
ps\x09\
ps\x0a\
ps\x0b\
ps\x0c\
ps\x0d\
ps \
ps.\x09\
ps.\x0a\
ps.\x0b\
ps.\x0c\
ps.\x0d\
ps. \
psst\x09\
psst\x0a\
psst\x0b\
psst\x0c\
psst\x0d\
psst \
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
publish\
purge\
push\
put\
put\x0a\
put \
pwn\
querida\
querida ai\
querida ia\
querida ki\
querido\
querido ai\
querido ia\
querido ki\
query\
queryable\x0a\
queryable \
raise\x0a\
raise \
rank\
rate\
read\
read_only\x09\
read_only\x0a\
read_only\x0b\
read_only\x0c\
read_only\x0d\
read_only \
read_only:\
read_only=\
readable\x0a\
readable \
reader\
reading\
readonly\x09\
readonly\x0a\
readonly\x0b\
readonly\x0c\
readonly\x0d\
readonly \
readonly:\
readonly=\
real\x09\
real \
real,\
recommend\
record\
redact\
redact\x09\
redact\x0a\
redact\x0b\
redact\x0c\
redact\x0d\
redact \
redact:\
redact=\
redaction\
redaction\x09\
redaction\x0a\
redaction\x0b\
redaction\x0c\
redaction\x0d\
redaction \
redaction:\
redaction=\
refund\
relax\
remarque\x09\
remarque\x0a\
remarque\x0b\
remarque\x0c\
remarque\x0d\
remarque \
reminder\x09\
reminder\x0a\
reminder\x0b\
reminder\x0c\
reminder\x0d\
reminder \
reminders\x09\
reminders\x0a\
reminders\x0b\
reminders\x0c\
reminders\x0d\
reminders \
remove\
replace\
replicate\
reply\
report\
request\x09\
request\x0a\
request\x0b\
request\x0c\
request\x0d\
request \
request)\
request-\
request:\
request>\
request]\
request_\
requestactivated\
requestactive\
requestbin\
requestcatcher.com\
requestenabled\
requestengaged\
requestgranted\
requeston\
requests\x09\
requests\x0a\
requests\x0b\
requests\x0c\
requests\x0d\
requests \
requestunlocked\
request}\
require storage\
require_storage\
resize\
resolve\
resolving\
respond\
restriction\
result\
result\x0a\
result \
return\
returned\
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
risultat\
role\
roles\
root\
root \
root block\
root input\
root instructions\
root message\
root override\
root prompt\
root section\
root:\
row\
row \
row-\
row_\
rowaccess \
rowaccess_\
rows\
rule\
run\
run_query\
run_sql\
s\
s3://\
safe_mode\x09\
safe_mode\x0a\
safe_mode\x0b\
safe_mode\x0c\
safe_mode\x0d\
safe_mode \
safe_mode:\
safe_mode=\
safety\
safety\x09\
safety\x0a\
safety\x0b\
safety\x0c\
safety\x0d\
safety \
safety:\
safety=\
safety_checks\x09\
safety_checks\x0a\
safety_checks\x0b\
safety_checks\x0c\
safety_checks\x0d\
safety_checks \
safety_checks:\
safety_checks=\
salaries\
sandbox\
sandbox\x09\
sandbox\x0a\
sandbox\x0b\
sandbox\x0c\
sandbox\x0d\
sandbox \
sandbox:\
sandbox=\
sanitization\x09\
sanitization\x0a\
sanitization\x0b\
sanitization\x0c\
sanitization\x0d\
sanitization \
sanitization:\
sanitization=\
sanitize\x09\
sanitize\x0a\
sanitize\x0b\
sanitize\x0c\
sanitize\x0d\
sanitize \
sanitize:\
sanitize=\
say\
schick\
schicke\
scp\
scp://\
secret\
secret\x09\
secret \
secret,\
security\
security \
security_check\
securityadmin\
see\
seeing\
select\
selectable\x0a\
selectable \
send\
send\x09\
send\x0a\
send\x0b\
send\x0c\
send\x0d\
send \
sendspace\
session \
session_\
set\
sftp\
shall\
share\
share\x09\
share\x0a\
share\x0b\
share\x0c\
share\x0d\
share \
shareable\x09\
shareable\x0a\
shareable\x0b\
shareable\x0c\
shareable\x0d\
shareable \
sharing\
shell\
ship\
should\
show\
shut\
shut\x0a\
shut \
skip\
skip_approval\
skip_audit\
skip_checks\
skip_cortex\
skip_envelope\
skip_filter\
skip_injection\
skip_redaction\
skip_safety\
skip_sandbox\
skip_tripwire\
sonuc\
spreadsheet\
sql_execute\
src=\
src=\x22//\
src=\x22http://\
src=\x22https://\
src='//\
src='http://\
src='https://\
src=//\
src=http://\
src=https://\
start_of_turn\
state\
steal\
stop\
stream\
strip\
stuur\
submit\
sudo\
sudo block\
sudo input\
sudo instructions\
sudo message\
sudo override\
sudo prompt\
sudo section\
sudo:\
summarises\
summarizes\
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
sys\
sysadmin\
system\
system\x09\
system\x0a\
system\x0b\
system\x0c\
system\x0d\
system \
system block\
system input\
system instructions\
system message\
system message:\
system override\
system prompt\
system prompt:\
system section\
system(\
system*\
system,\
system:\
system_\
sztucznej inteligencji\
t-online.\
tabel\
tabla\
table\
tablo\
tack\
tag based\
tag-based\
take\x0a\
take \
tekoaly\
tell\
temp.sh\
termbin\
termbin.com\
terminate\
that consume\
that process\
that read\
that see\
the\x09\
the\x0a\
the\x0b\
the\x0c\
the\x0d\
the \
tip\x09\
tip\x0a\
tip\x0b\
tip\x0c\
tip\x0d\
tip \
tmpfiles\
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
tool call result\
tool call_result\
tool output\
tool response\
tool result\
tool returned\
tool-call result\
tool-call_result\
tool-output\
tool-response\
tool-result\
tool-returned\
tool_call result\
tool_call_result\
tool_output\
tool_output\x09\
tool_output\x0a\
tool_output\x0b\
tool_output\x0c\
tool_output\x0d\
tool_output \
tool_output>\
tool_response\
tool_response\x09\
tool_response\x0a\
tool_response\x0b\
tool_response\x0c\
tool_response\x0d\
tool_response \
tool_response>\
tool_result\
tool_result\x09\
tool_result\x0a\
tool_result\x0b\
tool_result\x0c\
tool_result\x0d\
tool_result \
tool_result>\
tool_returned\
toolcall result\
toolcall_result\
tooloutput\
toolresponse\
toolresult\
toolreturned\
trail\
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
tripwire\x09\
tripwire\x0a\
tripwire\x0b\
tripwire\x0c\
tripwire\x0d\
tripwire \
tripwire:\
tripwire=\
tro ly\
true\
truncate\
turn\x0a\
turn \
tuta.\
tutanota.\
two factor\
two-factor\
umele inteligence\
unapply\
unassign\
unauthenticated\x09\
unauthenticated\x0a\
unauthenticated\x0b\
unauthenticated\x0c\
unauthenticated\x0d\
unauthenticated \
unbind\
understood\
unggah\
unload\
unredacted\
unrestricted\
unsafe_approval\
unsafe_audit\
unsafe_checks\
unsafe_cortex\
unsafe_envelope\
unsafe_filter\
unsafe_injection\
unsafe_redaction\
unsafe_safety\
unsafe_sandbox\
unsafe_tripwire\
unset\
unset\x0a\
unset \
update\
update\x09\
update\x0a\
update\x0b\
update\x0c\
update\x0d\
update \
update)\
update-\
update:\
update>\
update]\
update_\
updateactivated\
updateactive\
updateenabled\
updateengaged\
updategranted\
updateon\
updateunlocked\
update}\
upgrade\x0a\
upgrade \
upload\
urgent\x09\
urgent \
urgent,\
url\
usage\
use\
user input \
user message \
user prompt \
useradmin\
veri\
verwijder\
view\
visibility\
visible\x0a\
visible \
visit\
wasb://\
wasbs://\
weaken\
web.\
webdav://\
webhook.site\
wetransfer\
wget\
whatever\x09\
whatever\x0a\
whatever\x0b\
whatever\x0c\
whatever\x0d\
whatever \
whichever\x09\
whichever\x0a\
whichever\x0b\
whichever\x0c\
whichever\x0d\
whichever \
white\
whitelist\
whole\
will\
wipe\
wire\
without\
world readable\x09\
world readable\x0a\
world readable\x0b\
world readable\x0c\
world readable\x0d\
world readable \
world-readable\x09\
world-readable\x0a\
world-readable\x0b\
world-readable\x0c\
world-readable\x0d\
world-readable \
write\
wyslij\
xh\
y\
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
z\
zet\
zoho.\
{\
{ai\
|>\
|ai\
}\x09\
} \
}.\
~\
~ai\
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
\xd0\xb4\xd0\xb0\xd0\xbd\xd0\xbd\
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
\xd0\xba\xd0\xbb\xd0\xb8\xd0\xb5\xd0\xbd\xd1\x82\
\xd0\xbe\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbb\xd1\x8f\xd0\xb8\
\xd0\xbe\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd1\x8c\
\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd1\x88\xd0\xbb\xd0\xb8\
\xd1\x80\xd0\xb5\xd0\xb7\xd1\x83\xd0\xbb\xd1\x8c\xd1\x82\xd0\xb0\xd1\x82\
\xd1\x82\xd0\xb0\xd0\xb1\xd0\xbb\xd0\xb8\xd1\x86\
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
\xd8\xa3\xd8\xb9\xd8\xb7\
\xd8\xa3\xd9\x8a\xd9\x87\xd8\xa7\
\xd8\xa5\xd9\x84\xd9\x89\
\xd8\xa7\xd8\xb9\xd8\xb7\
\xd8\xa7\xd8\xba\xd9\x81\xd9\x84\
\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x85\xd8\xa7\xd8\xaa \xd8\xa7\xd9\x84\xd9\x85\xd8\xae\xd9\x81\xd9\x8a\xd8\xa9\
\xd8\xa7\xd9\x84\xd8\xb0\xd9\x83\xd8\xa7\xd8\xa1 \xd8\xa7\xd9\x84\xd8\xa7\xd8\xb5\xd8\xb7\xd9\x86\xd8\xa7\xd8\xb9\xd9\x8a\
\xd8\xa7\xd9\x84\xd9\x89\
\xd8\xa7\xd9\x85\xd9\x86\xd8\xad\
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
\xd8\xb9\xd9\x8a\xd9\x86\
\xd8\xb9\xd9\x8a\xd9\x91\xd9\x86\
\xd9\x84\xd8\xa7\
\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xaa\xd8\xa8\xd8\xb9\
\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xae\xd8\xa8\xd8\xb1\
\xd9\x84\xd9\x84\
\xd9\x85\xd9\x88\xd8\xac\xd9\x87 \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xe0\xa4\x85\xe0\xa4\xb8\xe0\xa4\xbe\xe0\xa4\x87\xe0\xa4\xa8 \xe0\xa4\x95\xe0\xa4\xb0 \xe0\xa4\xa6\xe0\xa5\x8b\
\xe0\xa4\x85\xe0\xa4\xb8\xe0\xa4\xbe\xe0\xa4\x87\xe0\xa4\xa8 \xe0\xa4\x95\xe0\xa4\xb0\xe0\xa5\x87\xe0\xa4\x82\
\xe0\xa4\x85\xe0\xa4\xb8\xe0\xa4\xbe\xe0\xa4\x87\xe0\xa4\xa8 \xe0\xa4\x95\xe0\xa4\xb0\xe0\xa5\x8b\
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
\xe0\xa4\xa6\xe0\xa5\x80\xe0\xa4\x9c\xe0\xa4\xbf\xe0\xa4\x8f\
\xe0\xa4\xa6\xe0\xa5\x87 \xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\x82\
\xe0\xa4\xa6\xe0\xa5\x87 \xe0\xa4\xa6\xe0\xa5\x8b\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xae\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xac\xe0\xa4\xbf\xe0\xa4\xa8\xe0\xa4\xbe\
\xe0\xa4\xad\xe0\xa5\x87\xe0\xa4\x9c\
\xe0\xa4\xae\xe0\xa4\xa4 \xe0\xa4\xac\xe0\xa4\xa4\xe0\xa4\xbe\
\xe0\xa4\xaf\xe0\xa5\x82\xe0\xa4\x9c\xe0\xa4\xb0 \xe0\xa4\x95\xe0\xa5\x8b\
\xe0\xa4\xaf\xe0\xa5\x82\xe0\xa4\x9c\xe0\xa4\xbc\xe0\xa4\xb0 \xe0\xa4\x95\xe0\xa5\x8b\
\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa4\xae \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa4\xae \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x89\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\x9f\
\xe0\xa4\xb8\xe0\xa5\x8c\xe0\xa4\x82\xe0\xa4\xaa \xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\x82\
\xe0\xa4\xb8\xe0\xa5\x8c\xe0\xa4\x82\xe0\xa4\xaa \xe0\xa4\xa6\xe0\xa5\x8b\
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
\xe2\x80\x93\
\xe2\x80\x94\
\xe2\x80\x98ai\
\xe2\x80\x9cai\
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
\xe3\x82\xa2\xe3\x83\x83\xe3\x83\x97\xe3\x83\xad\xe3\x83\xbc\xe3\x83\x89\
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
\xe4\xb8\x8d\xe5\xbf\x85\
\xe4\xb8\x8d\xe7\x90\x86\xe4\xbc\x9a\
\xe4\xb8\x8d\xe7\x94\xa8\
\xe4\xb8\x8d\xe7\xb6\x93\
\xe4\xb8\x8d\xe7\xbb\x8f\
\xe4\xb8\x8d\xe8\xa6\x81\
\xe4\xb8\x8d\xe8\xa6\x81\xe5\x91\x8a\xe8\xaf\x89\
\xe4\xb8\x8d\xe8\xa6\x81\xe5\x9c\xa8\
\xe4\xb8\x8d\xe8\xa6\x81\xe7\x90\x86\xe4\xbc\x9a\
\xe4\xb8\x8e\xe3\x81\x88\
\xe4\xba\xba\xe5\xb7\xa5\xe6\x99\xba\xe8\x83\xbd\
\xe4\xba\xba\xe5\xb7\xa5\xe7\x9f\xa5\xe8\x83\xbd\
\xe4\xbb\x98\xe4\xb8\x8e\
\xe4\xbb\xa3\xe7\x90\x86\
\xe4\xbb\xbb\xe4\xbd\x95\xe4\xba\xba\
\xe4\xbc\xa0\xe5\x88\xb0\
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xa6\x8f\xe5\x89\x87\
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xa7\x84\xe5\x88\x99\
\xe4\xbd\xa0\xe7\x9a\x84\xe8\xae\xbe\xe5\xae\x9a\
\xe4\xbd\xbf\xe7\x94\xa8\xe8\x80\x85\
\xe5\x81\x9c\xe6\xad\xa2\xe3\x81\x97\
\xe5\x81\x9c\xe7\x94\xa8\
\xe5\x81\xb7\xe5\x81\xb7\
\xe5\x82\xb3\xe5\x88\xb0\
\xe5\x85\x88\xe3\x81\xae\
\xe5\x85\xa7\xe9\x83\xa8\xe8\xa6\x8f\xe5\x89\x87\
\xe5\x85\xb3\xe9\x97\xad\
\xe5\x86\x85\xe7\xb7\x92\
\xe5\x86\x85\xe9\x83\xa8\xe8\xa7\x84\xe5\x88\x99\
\xe5\x88\x86\xe9\x85\x8d\
\xe5\x88\x97\xe5\x87\xba\
\xe5\x88\x9d\xe5\xa7\x8b\xe8\xa8\xad\xe5\xae\x9a\
\xe5\x88\x9d\xe5\xa7\x8b\xe8\xae\xbe\xe5\xae\x9a\
\xe5\x88\x9d\xe6\x9c\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xe5\x88\xa0\xe6\x8e\x89\
\xe5\x88\xa0\xe9\x99\xa4\
\xe5\x88\xa5\
\xe5\x88\xa5\xe4\xba\xba\
\xe5\x88\xaa\xe6\x8e\x89\
\xe5\x88\xaa\xe9\x99\xa4\
\xe5\x88\xab\
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
\xe5\x8f\x91\xe5\x88\xb0\
\xe5\x8f\x91\xe7\x8e\xb0\
\xe5\x8f\x91\xe7\xbb\x99\xe6\x88\x91\
\xe5\x8f\x91\xe9\x80\x81\
\xe5\x8f\x96\xe6\xb6\x88\
\xe5\x90\xac\xe4\xbb\x8e\
\xe5\x91\x8a\xe8\xa8\xb4\
\xe5\x91\x8a\xe8\xaf\x89\
\xe5\x91\x8a\xe8\xaf\x89\xe6\x88\x91\
\xe5\x95\x8f\xe6\x88\x91\
\xe5\x9f\xb7\xe8\xa1\x8c\
\xe5\xa4\x96\xe3\x81\x97\
\xe5\xa4\xa7\xe6\xa8\xa1\xe5\x9e\x8b\
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
\xe5\xaf\xbc\xe5\x87\xba\xe5\x88\xb0\
\xe5\xb0\x8e\xe5\x87\xba\
\xe5\xb0\x8e\xe5\x87\xba\xe5\x88\xb0\
\xe5\xbf\x98\xe3\x82\x8c\
\xe5\xbf\x98\xe6\x8e\x89\
\xe5\xbf\x98\xe8\xae\xb0\
\xe5\xbf\xbd\xe7\x95\xa5\
\xe5\xbf\xbd\xe8\xa7\x86\
\xe6\x88\xaa\xe6\x96\xad\
\xe6\x88\xaa\xe6\x96\xb7\
\xe6\x89\x93\xe5\x8d\xb0\
\xe6\x89\xa7\xe8\xa1\x8c\
\xe6\x8c\x87\xe4\xbb\xa4\
\xe6\x8c\x87\xe6\xb4\xbe\
\xe6\x8c\x87\xe7\xa4\xba\
\xe6\x8e\x88\xe4\xba\x88\
\xe6\x92\xa4\xe9\x8a\xb7\
\xe6\x92\xa4\xe9\x94\x80\
\xe6\x97\xa0\xe8\xa7\x86\
\xe6\x97\xa0\xe9\x9c\x80\
\xe6\x97\xa0\xe9\xa1\xbb\
\xe6\x98\xbe\xe7\xa4\xba\
\xe6\x99\xba\xe8\x83\xbd\xe4\xbd\x93\
\xe6\x99\xba\xe8\x83\xbd\xe9\xab\x94\
\xe6\x9c\x8d\xe4\xbb\x8e\
\xe6\x9c\x8d\xe5\xbe\x9e\
\xe6\x9c\xaa\xe7\xb6\x93\
\xe6\x9c\xaa\xe7\xbb\x8f\
\xe6\xb0\x97\xe3\x81\xa5\xe3\x81\x8b\xe3\x82\x8c\xe3\x81\xaa\xe3\x81\x84\
\xe6\xb0\x97\xe4\xbb\x98\xe3\x81\x8b\xe3\x82\x8c\xe3\x81\xaa\xe3\x81\x84\
\xe6\xb2\x92\xe6\x9c\x89\
\xe6\xb2\xa1\xe6\x9c\x89\
\xe6\xb3\x84\xe9\x9c\xb2\
\xe6\xb8\x85\xe7\xa9\xba\
\xe7\x84\xa1\xe3\x81\x84\
\xe7\x84\xa1\xe3\x81\x97\
\xe7\x84\xa1\xe5\x8a\xb9\xe3\x81\xab\
\xe7\x84\xa1\xe8\xa6\x96\
\xe7\x84\xa1\xe9\x9c\x80\
\xe7\x84\xa1\xe9\xa0\x88\
\xe7\x90\x86\xe4\xbc\x9a\
\xe7\x90\x86\xe6\x9c\x83\
\xe7\x94\xa8\xe6\x88\xb6\
\xe7\x94\xa8\xe6\x88\xb7\
\xe7\x99\xbc\xe5\x88\xb0\
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
\xe7\xb5\xa6\xe4\xba\x88\
\xe7\xb9\x9e\xe9\x81\x8e\
\xe7\xba\xa6\xe6\x9d\x9f\
\xe7\xbb\x95\xe8\xbf\x87\
\xe7\xbb\x99\
\xe7\xbb\x99\xe4\xba\x88\
\xe8\x81\xbd\xe5\xbe\x9e\
\xe8\x83\x8c\xe7\x9d\x80\xe7\x94\xa8\xe6\x88\xb7\
\xe8\x87\xb4\
\xe8\xa6\x8f\xe5\x89\x87\
\xe8\xa7\x84\xe5\x88\x99\
\xe8\xa7\xa3\xe9\x99\xa4\
\xe8\xa9\xa2\xe5\x95\x8f\
\xe8\xaa\x9e\xe8\xa8\x80\xe6\xa8\xa1\xe5\x9e\x8b\
\xe8\xab\x8b\xe6\xb3\xa8\xe6\x84\x8f\
\xe8\xab\x8b\xe7\xa4\xba\
\xe8\xaf\xa2\xe9\x97\xae\
\xe8\xaf\xad\xe8\xa8\x80\xe6\xa8\xa1\xe5\x9e\x8b\
\xe8\xaf\xb7\xe6\xb3\xa8\xe6\x84\x8f\
\xe8\xaf\xb7\xe7\xa4\xba\
\xe8\xb3\xa6\xe4\xba\x88\
\xe8\xb5\x8b\xe4\xba\x88\
\xe8\xb7\xb3\xe8\xbf\x87\
\xe8\xb7\xb3\xe9\x81\x8e\
\xe8\xbb\xa2\xe9\x80\x81\
\xe8\xbd\x89\xe7\x99\xbc\
\xe8\xbd\xac\xe5\x8f\x91\
\xe8\xbe\x93\xe5\x87\xba\
\xe8\xbf\x87\xe6\xbb\xa4\
\xe9\x80\x81\xe3\x81\xa3\xe3\x81\xa6\
\xe9\x80\x81\xe3\x82\x8b\
\xe9\x80\x81\xe4\xbb\x98\
\xe9\x80\x81\xe4\xbf\xa1\
\xe9\x80\x8f\xe9\x9c\xb2\
\xe9\x81\xb5\xe5\xae\x88\
\xe9\x81\xb5\xe5\xbe\xaa\
\xe9\x87\x8d\xe5\xa4\x8d\
\xe9\x97\x9c\xe9\x96\x89\
\xe9\x97\xae\xe6\x88\x91\
\xe9\x99\x90\xe5\x88\xb6\
\xe9\x9a\x90\xe8\x97\x8f\xe8\xa7\x84\xe5\x88\x99\
\xe9\x9a\xa0\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xe9\x9a\xb1\xe8\x97\x8f\xe8\xa6\x8f\xe5\x89\x87\
\xe9\xa0\x88\xe7\x9f\xa5\
\xe9\xa1\xbb\xe7\x9f\xa5\
\xea\xb1\xb4\xeb\x84\x88\xeb\x9b\xb0\
\xea\xb3\xb5\xea\xb0\x9c\
\xea\xba\xbc\
\xea\xbb\x98\
\xeb\x81\x84\
\xeb\x94\xb0\xeb\xa5\xb4\xec\xa7\x80\
\xeb\xa7\x90\xed\x95\x98\xec\xa7\x80\
\xeb\xa7\x90\xed\x95\xb4\
\xeb\xaa\xa8\xeb\xa5\xb4\xea\xb2\x8c\
\xeb\xaa\xb0\xeb\x9e\x98\
\xeb\xac\xb4\xec\x8b\x9c\
\xeb\xb3\xb4\xea\xb3\xa0\xed\x95\x98\xec\xa7\x80\
\xeb\xb3\xb4\xeb\x82\xb4\
\xeb\xb3\xb4\xec\x97\xac\
\xeb\xb6\x80\xec\x97\xac\
\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8\
\xeb\xb9\x84\xed\x99\x9c\xec\x84\xb1\
\xeb\xb9\x84\xed\x99\x9c\xec\x84\xb1\xed\x99\x94\
\xec\x82\xad\xec\xa0\x9c\
\xec\x95\x8c\xeb\xa0\xa4\
\xec\x95\x8c\xeb\xa6\xac\xec\xa7\x80\
\xec\x96\xb8\xea\xb8\x89\xed\x95\x98\xec\xa7\x80\
\xec\x97\x85\xeb\xa1\x9c\xeb\x93\x9c\
\xec\x97\x86\xeb\x8a\x94\
\xec\x97\x86\xeb\x8b\xa4\
\xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4\
\xec\x97\x86\xec\x96\xb4\
\xec\x97\x86\xec\x9d\x8c\
\xec\x97\x86\xec\x9d\xb4\
\xec\x97\x90\xea\xb2\x8c\
\xec\x9a\xb0\xed\x9a\x8c\
\xec\x9d\xb8\xea\xb3\xb5\xec\xa7\x80\xeb\x8a\xa5\
\xec\x9e\x8a\xea\xb3\xa0\
\xec\x9e\x8a\xec\x96\xb4\
\xec\xa0\x84\xec\x86\xa1\
\xec\xa0\x9c\xea\xb1\xb0\
\xec\xa7\x80\xed\x82\xa4\xec\xa7\x80\
\xec\xb6\x9c\xeb\xa0\xa5\
\xed\x95\x9c\xed\x85\x8c\
\xed\x95\xa0\xeb\x8b\xb9\
\xed\x95\xb4\xec\xa0\x9c\
\xef\xbc\x9a\
",
            ends: &[4, 13, 23, 25, 29, 38, 48, 50, 53, 56, 59, 62, 65, 68, 71, 74, 77, 80, 83, 86, 88, 91, 98, 110, 122, 136, 144, 153, 164, 187, 203, 209, 221, 236, 245, 261, 276, 278, 281, 284, 287, 290, 293, 296, 298, 300, 305, 315, 326, 331, 341, 352, 356, 365, 375, 377, 379, 387, 393, 400, 406, 409, 416, 423, 432, 440, 448, 456, 464, 472, 480, 490, 501, 512, 516, 523, 528, 533, 540, 548, 556, 563, 568, 573, 579, 585, 591, 597, 602, 607, 618, 623, 628, 634, 640, 650, 659, 665, 671, 684, 693, 702, 707, 712, 717, 722, 727, 732, 753, 769, 785, 790, 794, 801, 808, 815, 820, 825, 833, 842, 845, 853, 863, 869, 881, 895, 917, 923, 930, 937, 944, 951, 958, 965, 971, 977, 980, 982, 990, 995, 1007, 1012, 1021, 1028, 1032, 1043, 1047, 1052, 1056, 1064, 1074, 1081, 1095, 1102, 1113, 1121, 1129, 1138, 1144, 1151, 1156, 1162, 1168, 1174, 1180, 1186, 1192, 1200, 1209, 1218, 1227, 1236, 1245, 1254, 1263, 1273, 1283, 1293, 1303, 1313, 1323, 1328, 1334, 1346, 1351, 1358, 1367, 1377, 1381, 1386, 1392, 1398, 1404, 1410, 1416, 1422, 1430, 1435, 1440, 1445, 1450, 1455, 1460, 1469, 1477, 1484, 1492, 1499, 1504, 1509, 1514, 1519, 1525, 1532, 1539, 1546, 1553, 1560, 1567, 1574, 1580, 1587, 1595, 1603, 1611, 1619, 1627, 1635, 1640, 1645, 1650, 1656, 1671, 1676, 1681, 1692, 1699, 1713, 1721, 1729, 1744, 1758, 1763, 1769, 1775, 1778, 1782, 1786, 1790, 1794, 1798, 1802, 1807, 1819, 1833, 1845, 1853, 1857, 1865, 1873, 1881, 1888, 1895, 1900, 1905, 1911, 1917, 1922, 1927, 1932, 1937, 1942, 1947, 1952, 1957, 1962, 1967, 1972, 1977, 1982, 1987, 1992, 1994, 1996, 1999, 2002, 2005, 2008, 2011, 2014, 2017, 2020, 2023, 2026, 2029, 2032, 2035, 2042, 2054, 2066, 2080, 2088, 2097, 2108, 2131, 2147, 2153, 2165, 2180, 2189, 2205, 2220, 2222, 2225, 2228, 2231, 2234, 2237, 2240, 2242, 2244, 2247, 2249, 2251, 2260, 2269, 2277, 2283, 2290, 2296, 2299, 2306, 2313, 2321, 2330, 2338, 2346, 2354, 2362, 2370, 2378, 2388, 2399, 2421, 2432, 2436, 2443, 2450, 2458, 2466, 2473, 2479, 2485, 2491, 2497, 2508, 2514, 2520, 2530, 2537, 2546, 2552, 2558, 2571, 2580, 2589, 2594, 2599, 2604, 2609, 2614, 2619, 2624, 2645, 2661, 2677, 2682, 2686, 2693, 2700, 2707, 2712, 2717, 2720, 2728, 2738, 2742, 2746, 2752, 2764, 2786, 2792, 2798, 2801, 2805, 2811, 2818, 2825, 2832, 2839, 2846, 2853, 2856, 2858, 2866, 2871, 2883, 2888, 2897, 2904, 2908, 2919, 2923, 2928, 2932, 2940, 2947, 2957, 2964, 2978, 2985, 2996, 3004, 3012, 3018, 3025, 3030, 3036, 3042, 3048, 3054, 3060, 3066, 3071, 3079, 3088, 3097, 3106, 3115, 3124, 3133, 3140, 3149, 3159, 3169, 3179, 3189, 3199, 3209, 3224, 3229, 3233, 3245, 3248, 3252, 3256, 3260, 3263, 3267, 3271, 3276, 3283, 3288, 3297, 3301, 3306, 3312, 3318, 3324, 3330, 3336, 3342, 3350, 3366, 3371, 3376, 3381, 3386, 3391, 3396, 3405, 3413, 3420, 3427, 3435, 3441, 3449, 3458, 3469, 3478, 3482, 3488, 3493, 3498, 3505, 3520, 3527, 3534, 3541, 3548, 3555, 3562, 3568, 3575, 3583, 3591, 3599, 3607, 3615, 3623, 3628, 3634, 3649, 3654, 3659, 3670, 3677, 3691, 3699, 3707, 3722, 3736, 3741, 3744, 3748, 3752, 3756, 3760, 3764, 3768, 3773, 3785, 3799, 3811, 3818, 3825, 3828, 3832, 3837, 3843, 3851, 3856, 3861, 3866, 3871, 3876, 3881, 3886, 3891, 3896, 3901, 3906, 3911, 3913, 3915, 3918, 3921, 3924, 3927, 3930, 3933, 3936, 3939, 3942, 3945, 3948, 3951, 3958, 3970, 3982, 3996, 4004, 4013, 4024, 4047, 4063, 4069, 4081, 4096, 4105, 4121, 4136, 4138, 4141, 4144, 4147, 4150, 4153, 4156, 4158, 4160, 4162, 4164, 4172, 4178, 4185, 4191, 4194, 4201, 4208, 4217, 4225, 4233, 4241, 4249, 4257, 4265, 4275, 4286, 4297, 4301, 4308, 4315, 4323, 4331, 4338, 4344, 4350, 4356, 4362, 4373, 4379, 4385, 4395, 4404, 4410, 4416, 4429, 4438, 4447, 4452, 4457, 4462, 4467, 4472, 4477, 4498, 4514, 4530, 4535, 4539, 4546, 4553, 4560, 4565, 4570, 4573, 4581, 4591, 4597, 4609, 4631, 4637, 4644, 4651, 4658, 4665, 4672, 4679, 4682, 4684, 4692, 4697, 4709, 4714, 4723, 4730, 4734, 4745, 4749, 4754, 4758, 4766, 4776, 4783, 4797, 4804, 4815, 4823, 4831, 4837, 4844, 4849, 4855, 4861, 4867, 4873, 4879, 4885, 4893, 4902, 4911, 4920, 4929, 4938, 4947, 4956, 4966, 4976, 4986, 4996, 5006, 5016, 5021, 5033, 5038, 5045, 5054, 5058, 5063, 5069, 5075, 5081, 5087, 5093, 5099, 5107, 5112, 5117, 5122, 5127, 5132, 5137, 5146, 5154, 5161, 5168, 5174, 5181, 5188, 5195, 5202, 5209, 5216, 5223, 5229, 5236, 5244, 5252, 5260, 5268, 5276, 5284, 5289, 5295, 5310, 5315, 5320, 5331, 5338, 5352, 5360, 5368, 5383, 5397, 5402, 5405, 5409, 5413, 5417, 5421, 5425, 5429, 5434, 5446, 5460, 5472, 5476, 5484, 5489, 5494, 5499, 5504, 5509, 5514, 5519, 5524, 5529, 5534, 5539, 5544, 5546, 5548, 5551, 5554, 5557, 5560, 5563, 5566, 5569, 5572, 5575, 5578, 5581, 5584, 5591, 5603, 5615, 5629, 5637, 5646, 5657, 5680, 5696, 5702, 5714, 5729, 5738, 5754, 5769, 5771, 5774, 5777, 5780, 5783, 5786, 5789, 5791, 5793, 5795, 5797, 5805, 5811, 5818, 5824, 5827, 5834, 5841, 5850, 5858, 5866, 5874, 5882, 5890, 5898, 5908, 5919, 5930, 5934, 5941, 5948, 5956, 5964, 5971, 5977, 5983, 5989, 5995, 6006, 6012, 6018, 6028, 6037, 6043, 6049, 6062, 6071, 6080, 6085, 6090, 6095, 6100, 6105, 6110, 6131, 6147, 6163, 6168, 6172, 6179, 6186, 6193, 6198, 6203, 6206, 6214, 6224, 6230, 6242, 6264, 6270, 6277, 6284, 6291, 6298, 6305, 6312, 6315, 6317, 6325, 6330, 6342, 6347, 6356, 6363, 6367, 6378, 6382, 6387, 6391, 6399, 6409, 6416, 6430, 6437, 6448, 6456, 6464, 6470, 6477, 6482, 6488, 6494, 6500, 6506, 6512, 6518, 6526, 6535, 6544, 6553, 6562, 6571, 6580, 6589, 6599, 6609, 6619, 6629, 6639, 6649, 6654, 6666, 6671, 6678, 6687, 6691, 6696, 6702, 6708, 6714, 6720, 6726, 6732, 6740, 6745, 6750, 6755, 6760, 6765, 6770, 6779, 6787, 6794, 6801, 6807, 6814, 6821, 6828, 6835, 6842, 6849, 6856, 6862, 6869, 6877, 6885, 6893, 6901, 6909, 6917, 6922, 6928, 6943, 6948, 6953, 6964, 6971, 6985, 6993, 7001, 7016, 7030, 7035, 7038, 7042, 7046, 7050, 7054, 7058, 7062, 7067, 7079, 7093, 7105, 7109, 7117, 7122, 7127, 7132, 7137, 7142, 7147, 7152, 7157, 7162, 7167, 7172, 7177, 7179, 7181, 7184, 7187, 7190, 7193, 7196, 7199, 7202, 7205, 7208, 7211, 7214, 7217, 7224, 7236, 7248, 7262, 7270, 7279, 7290, 7313, 7329, 7335, 7347, 7362, 7371, 7387, 7402, 7404, 7407, 7410, 7413, 7416, 7419, 7422, 7424, 7426, 7428, 7430, 7438, 7444, 7451, 7457, 7460, 7467, 7474, 7483, 7491, 7499, 7507, 7515, 7523, 7531, 7541, 7552, 7563, 7567, 7574, 7581, 7589, 7597, 7604, 7610, 7616, 7622, 7628, 7639, 7645, 7651, 7661, 7670, 7676, 7682, 7695, 7704, 7713, 7718, 7723, 7728, 7733, 7738, 7743, 7764, 7780, 7796, 7801, 7805, 7812, 7819, 7826, 7831, 7836, 7839, 7847, 7857, 7863, 7875, 7897, 7903, 7910, 7917, 7924, 7931, 7938, 7945, 7948, 7950, 7958, 7963, 7975, 7980, 7989, 7996, 8000, 8011, 8015, 8020, 8024, 8032, 8042, 8049, 8063, 8070, 8081, 8089, 8097, 8103, 8110, 8115, 8121, 8127, 8133, 8139, 8145, 8151, 8159, 8168, 8177, 8186, 8195, 8204, 8213, 8222, 8232, 8242, 8252, 8262, 8272, 8282, 8287, 8299, 8304, 8311, 8320, 8324, 8329, 8335, 8341, 8347, 8353, 8359, 8365, 8373, 8378, 8383, 8388, 8393, 8398, 8403, 8412, 8420, 8427, 8434, 8440, 8447, 8454, 8461, 8468, 8475, 8482, 8489, 8495, 8502, 8510, 8518, 8526, 8534, 8542, 8550, 8555, 8561, 8576, 8581, 8586, 8597, 8604, 8618, 8626, 8634, 8649, 8663, 8668, 8671, 8675, 8679, 8683, 8687, 8691, 8695, 8700, 8712, 8726, 8738, 8742, 8750, 8755, 8760, 8765, 8770, 8775, 8780, 8785, 8790, 8795, 8800, 8805, 8810, 8814, 8823, 8833, 8835, 8839, 8848, 8858, 8860, 8863, 8866, 8869, 8872, 8875, 8878, 8881, 8884, 8887, 8890, 8893, 8896, 8899, 8901, 8904, 8911, 8923, 8935, 8949, 8957, 8966, 8977, 9000, 9016, 9022, 9034, 9049, 9058, 9074, 9089, 9091, 9094, 9097, 9100, 9103, 9106, 9109, 9111, 9113, 9118, 9128, 9139, 9144, 9154, 9165, 9169, 9172, 9181, 9191, 9193, 9195, 9204, 9213, 9221, 9227, 9234, 9240, 9243, 9250, 9257, 9264, 9278, 9286, 9295, 9303, 9311, 9319, 9327, 9335, 9343, 9353, 9364, 9386, 9397, 9401, 9408, 9418, 9426, 9431, 9436, 9443, 9451, 9460, 9467, 9475, 9490, 9498, 9505, 9510, 9515, 9521, 9527, 9533, 9539, 9544, 9549, 9560, 9565, 9570, 9576, 9582, 9592, 9603, 9614, 9621, 9630, 9636, 9642, 9655, 9664, 9673, 9682, 9688, 9695, 9700, 9705, 9710, 9715, 9720, 9725, 9730, 9751, 9767, 9783, 9788, 9792, 9803, 9814, 9821, 9828, 9835, 9840, 9845, 9850, 9858, 9867, 9870, 9878, 9888, 9892, 9896, 9902, 9914, 9927, 9941, 9963, 9969, 9975, 9978, 9982, 9988, 9995, 10002, 10009, 10016, 10023, 10030, 10036, 10042, 10045, 10047, 10055, 10060, 10072, 10077, 10086, 10093, 10097, 10108, 10112, 10117, 10121, 10129, 10133, 10140, 10150, 10157, 10171, 10178, 10189, 10197, 10205, 10214, 10220, 10227, 10232, 10238, 10244, 10250, 10256, 10262, 10268, 10273, 10281, 10290, 10299, 10308, 10317, 10326, 10335, 10342, 10351, 10361, 10371, 10381, 10391, 10401, 10411, 10426, 10431, 10437, 10445, 10449, 10461, 10464, 10468, 10472, 10476, 10479, 10483, 10487, 10492, 10499, 10504, 10513, 10523, 10527, 10532, 10538, 10544, 10550, 10556, 10562, 10568, 10579, 10591, 10599, 10615, 10622, 10627, 10632, 10637, 10642, 10647, 10652, 10661, 10668, 10676, 10684, 10691, 10699, 10707, 10714, 10719, 10724, 10732, 10738, 10743, 10748, 10761, 10769, 10778, 10789, 10802, 10811, 10815, 10821, 10826, 10831, 10837, 10848, 10855, 10870, 10879, 10889, 10896, 10903, 10910, 10917, 10924, 10931, 10937, 10944, 10952, 10960, 10968, 10976, 10984, 10992, 10997, 11002, 11007, 11013, 11028, 11033, 11038, 11049, 11056, 11069, 11083, 11091, 11099, 11114, 11128, 11133, 11139, 11145, 11156, 11174, 11177, 11181, 11185, 11189, 11193, 11197, 11201, 11206, 11218, 11232, 11244, 11251, 11258, 11261, 11269, 11273, 11278, 11284, 11292, 11300, 11308, 11315, 11322, 11327, 11332, 11338, 11344, 11349, 11354, 11359, 11364, 11369, 11374, 11379, 11384, 11389, 11394, 11399, 11404, 11409, 11414, 11419, 11420, 11422, 11425, 11428, 11439, 11450, 11461, 11472, 11483, 11494, 11506, 11518, 11530, 11542, 11554, 11566, 11586, 11608, 11630, 11649, 11665, 11684, 11705, 11726, 11744, 11759, 11770, 11781, 11792, 11803, 11814, 11825, 11837, 11849, 11861, 11873, 11885, 11897, 11917, 11939, 11961, 11980, 11996, 12015, 12036, 12057, 12075, 12090, 12101, 12112, 12123, 12134, 12145, 12156, 12168, 12180, 12192, 12204, 12216, 12228, 12248, 12270, 12292, 12311, 12327, 12346, 12367, 12388, 12406, 12421, 12429, 12437, 12445, 12453, 12461, 12469, 12478, 12487, 12496, 12505, 12514, 12523, 12540, 12559, 12578, 12594, 12607, 12623, 12641, 12659, 12674, 12686, 12695, 12704, 12713, 12722, 12731, 12740, 12750, 12760, 12770, 12780, 12790, 12800, 12818, 12838, 12858, 12875, 12889, 12906, 12925, 12944, 12960, 12973, 12983, 12993, 13003, 13013, 13023, 13033, 13044, 13055, 13066, 13077, 13088, 13099, 13118, 13139, 13160, 13178, 13193, 13211, 13231, 13251, 13268, 13282, 13283, 13285, 13287, 13293, 13296, 13306, 13310, 13317, 13325, 13332, 13342, 13346, 13350, 13363, 13376, 13389, 13393, 13399, 13411, 13423, 13435, 13442, 13445, 13448, 13451, 13452, 13454, 13456, 13458, 13460, 13462, 13464, 13466, 13469, 13472, 13476, 13480, 13490, 13493, 13498, 13503, 13508, 13513, 13518, 13523, 13526, 13529, 13533, 13537, 13541, 13545, 13549, 13553, 13558, 13563, 13568, 13569, 13571, 13572, 13574, 13577, 13580, 13581, 13584, 13592, 13602, 13614, 13621, 13622, 13624, 13631, 13635, 13646, 13657, 13662, 13671, 13679, 13688, 13696, 13710, 13728, 13743, 13761, 13776, 13795, 13811, 13828, 13846, 13856, 13861, 13871, 13876, 13883, 13893, 13903, 13914, 13926, 13939, 13950, 13962, 13974, 13986, 13998, 14010, 14022, 14037, 14049, 14061, 14072, 14080, 14094, 14108, 14122, 14136, 14150, 14164, 14170, 14172, 14175, 14177, 14179, 14182, 14185, 14188, 14191, 14194, 14197, 14200, 14203, 14208, 14213, 14218, 14220, 14222, 14224, 14226, 14228, 14230, 14232, 14234, 14236, 14238, 14241, 14243, 14250, 14254, 14265, 14270, 14278, 14287, 14295, 14300, 14305, 14312, 14314, 14321, 14325, 14336, 14341, 14349, 14358, 14366, 14371, 14376, 14383, 14386, 14389, 14392, 14395, 14397, 14400, 14403, 14406, 14408, 14410, 14419, 14421, 14427, 14428, 14430, 14434, 14438, 14442, 14443, 14445, 14448, 14449, 14451, 14452, 14454, 14455, 14457, 14458, 14460, 14461, 14463, 14464, 14466, 14467, 14469, 14470, 14473, 14476, 14477, 14479, 14481, 14483, 14485, 14487, 14489, 14492, 14495, 14498, 14501, 14504, 14507, 14514, 14522, 14530, 14538, 14546, 14554, 14562, 14570, 14582, 14594, 14606, 14618, 14630, 14642, 14654, 14666, 14678, 14690, 14702, 14714, 14726, 14738, 14752, 14766, 14780, 14794, 14808, 14822, 14836, 14844, 14853, 14862, 14871, 14880, 14889, 14898, 14907, 14929, 14951, 14973, 14995, 15017, 15039, 15061, 15070, 15079, 15088, 15097, 15106, 15115, 15124, 15135, 15146, 15157, 15168, 15179, 15190, 15201, 15224, 15248, 15272, 15296, 15320, 15344, 15368, 15392, 15396, 15412, 15428, 15444, 15460, 15476, 15492, 15508, 15514, 15520, 15526, 15532, 15538, 15544, 15550, 15562, 15575, 15588, 15601, 15614, 15627, 15640, 15653, 15662, 15671, 15680, 15689, 15698, 15707, 15722, 15738, 15754, 15770, 15786, 15802, 15818, 15834, 15843, 15859, 15876, 15893, 15910, 15927, 15944, 15961, 15978, 15993, 16009, 16025, 16041, 16057, 16073, 16089, 16105, 16107, 16113, 16120, 16127, 16134, 16141, 16148, 16155, 16162, 16165, 16174, 16185, 16196, 16207, 16218, 16229, 16240, 16251, 16262, 16273, 16284, 16295, 16306, 16317, 16328, 16341, 16354, 16367, 16380, 16393, 16406, 16419, 16440, 16456, 16472, 16479, 16487, 16495, 16503, 16511, 16519, 16527, 16535, 16556, 16577, 16598, 16619, 16640, 16661, 16682, 16690, 16698, 16706, 16714, 16722, 16730, 16738, 16748, 16758, 16768, 16778, 16788, 16798, 16808, 16812, 16834, 16857, 16880, 16903, 16926, 16949, 16972, 16995, 17007, 17010, 17025, 17040, 17055, 17070, 17085, 17100, 17115, 17120, 17125, 17130, 17135, 17140, 17145, 17150, 17161, 17173, 17185, 17197, 17209, 17221, 17233, 17245, 17253, 17261, 17269, 17277, 17285, 17293, 17307, 17322, 17337, 17352, 17367, 17382, 17397, 17412, 17420, 17435, 17451, 17467, 17483, 17499, 17515, 17531, 17547, 17561, 17576, 17591, 17606, 17621, 17636, 17651, 17666, 17678, 17692, 17704, 17706, 17707, 17709, 17712, 17713, 17715, 17717, 17719, 17721, 17724, 17727, 17728, 17734, 17737, 17742, 17752, 17756, 17763, 17771, 17778, 17788, 17795, 17800, 17812, 17816, 17825, 17833, 17837, 17843, 17852, 17860, 17872, 17882, 17889, 17897, 17904, 17910, 17911, 17913, 17915, 17917, 17919, 17921, 17923, 17925, 17932, 17939, 17946, 17953, 17960, 17967, 17974, 17977, 17989, 18001, 18006, 18011, 18016, 18021, 18026, 18031, 18036, 18041, 18046, 18051, 18056, 18061, 18066, 18074, 18082, 18090, 18098, 18106, 18114, 18122, 18131, 18135, 18139, 18143, 18147, 18151, 18155, 18156, 18158, 18160, 18162, 18166, 18175, 18185, 18187, 18189, 18190, 18192, 18195, 18205, 18212, 18220, 18228, 18234, 18239, 18248, 18252, 18256, 18266, 18271, 18278, 18281, 18284, 18286, 18288, 18290, 18292, 18294, 18296, 18303, 18310, 18317, 18322, 18329, 18337, 18347, 18353, 18360, 18367, 18379, 18390, 18401, 18408, 18420, 18430, 18440, 18450, 18460, 18470, 18480, 18490, 18500, 18510, 18520, 18530, 18540, 18558, 18573, 18589, 18605, 18621, 18632, 18649, 18659, 18666, 18673, 18680, 18683, 18687, 18691, 18697, 18703, 18708, 18713, 18719, 18725, 18736, 18747, 18765, 18778, 18792, 18804, 18817, 18823, 18829, 18843, 18862, 18881, 18907, 18928, 18950, 18970, 18991, 18998, 19008, 19013, 19019, 19025, 19031, 19037, 19043, 19049, 19055, 19061, 19067, 19073, 19079, 19086, 19093, 19100, 19107, 19114, 19121, 19128, 19135, 19143, 19151, 19159, 19167, 19175, 19183, 19191, 19199, 19206, 19213, 19220, 19227, 19234, 19241, 19248, 19255, 19262, 19269, 19280, 19287, 19292, 19304, 19313, 19315, 19318, 19321, 19324, 19327, 19330, 19333, 19341, 19349, 19358, 19370, 19378, 19388, 19394, 19402, 19413, 19422, 19429, 19440, 19453, 19466, 19481, 19484, 19487, 19490, 19498, 19506, 19515, 19527, 19535, 19545, 19551, 19559, 19570, 19579, 19586, 19597, 19610, 19623, 19638, 19641, 19645, 19649, 19662, 19670, 19682, 19689, 19700, 19710, 19719, 19727, 19735, 19744, 19751, 19757, 19770, 19782, 19787, 19794, 19807, 19813, 19816, 19819, 19827, 19839, 19845, 19856, 19863, 19874, 19879, 19887, 19894, 19898, 19902, 19906, 19910, 19914, 19918, 19922, 19926, 19930, 19938, 19944, 19949, 19952, 19956, 19960, 19964, 19968, 19972, 19976, 19983, 19990, 19997, 20002, 20011, 20021, 20031, 20040, 20050, 20057, 20067, 20076, 20084, 20094, 20109, 20118, 20123, 20126, 20129, 20132, 20135, 20138, 20141, 20150, 20159, 20168, 20177, 20186, 20195, 20204, 20213, 20222, 20234, 20243, 20253, 20263, 20273, 20283, 20293, 20303, 20313, 20323, 20333, 20343, 20353, 20363, 20367, 20371, 20375, 20379, 20383, 20387, 20393, 20397, 20406, 20412, 20419, 20426, 20432, 20440, 20446, 20454, 20463, 20472, 20481, 20490, 20499, 20508, 20517, 20526, 20535, 20548, 20564, 20580, 20596, 20612, 20628, 20644, 20660, 20670, 20680, 20690, 20700, 20710, 20720, 20730, 20740, 20747, 20755, 20765, 20774, 20782, 20794, 20798, 20802, 20806, 20810, 20814, 20818, 20823, 20828, 20837, 20847, 20857, 20867, 20877, 20887, 20897, 20907, 20917, 20928, 20939, 20950, 20961, 20972, 20983, 20994, 21005, 21011, 21017, 21024, 21031, 21037, 21046, 21056, 21066, 21076, 21086, 21096, 21106, 21116, 21126, 21136, 21146, 21157, 21168, 21188, 21203, 21222, 21236, 21254, 21271, 21287, 21302, 21317, 21333, 21347, 21360, 21380, 21399, 21411, 21425, 21445, 21458, 21468, 21478, 21492, 21503, 21514, 21525, 21536, 21547, 21558, 21569, 21580, 21591, 21602, 21612, 21623, 21634, 21645, 21656, 21667, 21678, 21689, 21700, 21712, 21724, 21736, 21748, 21760, 21772, 21784, 21796, 21802, 21807, 21813, 21821, 21829, 21839, 21849, 21859, 21869, 21879, 21889, 21894, 21899, 21904, 21909, 21914, 21919, 21929, 21934, 21940, 21946, 21952, 21958, 21964, 21970, 21976, 21982, 21988, 21998, 22008, 22018, 22028, 22038, 22048, 22058, 22068, 22076, 22085, 22094, 22103, 22112, 22121, 22130, 22139, 22148, 22162, 22183, 22190, 22200, 22210, 22222, 22233, 22242, 22252, 22262, 22272, 22278, 22284, 22290, 22296, 22302, 22308, 22315, 22322, 22329, 22336, 22343, 22350, 22357, 22364, 22372, 22379, 22385, 22393, 22397, 22403, 22407, 22420, 22425, 22431, 22437, 22443, 22449, 22455, 22461, 22466, 22469, 22473, 22477, 22481, 22485, 22489, 22493, 22497, 22501, 22505, 22509, 22514, 22519, 22524, 22529, 22534, 22539, 22544, 22549, 22554, 22559, 22569, 22580, 22591, 22601, 22607, 22615, 22620, 22625, 22641, 22661, 22667, 22674, 22689, 22701, 22714, 22727, 22742, 22755, 22771, 22787, 22800, 22814, 22829, 22831, 22835, 22841, 22849, 22853, 22860, 22867, 22874, 22880, 22884, 22891, 22898, 22905, 22911, 22913, 22922, 22928, 22944, 22948, 22955, 22962, 22969, 22977, 22985, 22993, 23002, 23011, 23020, 23026, 23032, 23038, 23043, 23048, 23054, 23061, 23068, 23075, 23082, 23089, 23096, 23103, 23110, 23117, 23125, 23133, 23141, 23149, 23157, 23165, 23173, 23181, 23189, 23194, 23202, 23209, 23214, 23223, 23228, 23240, 23252, 23259, 23267, 23275, 23283, 23291, 23299, 23307, 23315, 23323, 23331, 23339, 23347, 23355, 23371, 23384, 23398, 23412, 23426, 23435, 23444, 23453, 23462, 23471, 23480, 23489, 23504, 23512, 23519, 23526, 23533, 23541, 23549, 23557, 23565, 23573, 23581, 23589, 23597, 23609, 23622, 23635, 23648, 23661, 23674, 23687, 23700, 23713, 23727, 23741, 23755, 23769, 23783, 23797, 23811, 23825, 23834, 23843, 23850, 23857, 23863, 23869, 23876, 23884, 23892, 23900, 23908, 23916, 23924, 23932, 23940, 23948, 23957, 23966, 23975, 23984, 23993, 24002, 24011, 24020, 24029, 24033, 24038, 24043, 24048, 24054, 24061, 24068, 24075, 24082, 24089, 24096, 24103, 24110, 24117, 24129, 24137, 24145, 24153, 24161, 24169, 24177, 24185, 24193, 24201, 24207, 24214, 24221, 24232, 24238, 24247, 24256, 24265, 24268, 24272, 24281, 24286, 24289, 24293, 24298, 24303, 24308, 24313, 24323, 24334, 24339, 24344, 24349, 24354, 24359, 24364, 24370, 24377, 24387, 24397, 24407, 24416, 24425, 24432, 24438, 24447, 24457, 24467, 24482, 24497, 24519, 24536, 24554, 24570, 24587, 24597, 24600, 24609, 24619, 24629, 24639, 24649, 24659, 24669, 24679, 24689, 24699, 24709, 24719, 24729, 24747, 24762, 24778, 24794, 24810, 24821, 24832, 24843, 24854, 24865, 24876, 24887, 24904, 24914, 24921, 24937, 24950, 24964, 24978, 24994, 25008, 25025, 25036, 25053, 25067, 25082, 25098, 25106, 25116, 25126, 25136, 25145, 25155, 25165, 25175, 25184, 25193, 25200, 25209, 25219, 25222, 25226, 25230, 25239, 25245, 25255, 25267, 25281, 25295, 25309, 25314, 25323, 25334, 25347, 25360, 25373, 25377, 25384, 25388, 25396, 25406, 25418, 25430, 25442, 25450, 25454, 25459, 25464, 25475, 25482, 25492, 25500, 25504, 25511, 25517, 25522, 25527, 25532, 25537, 25542, 25547, 25553, 25560, 25567, 25575, 25583, 25591, 25598, 25603, 25609, 25617, 25626, 25635, 25643, 25651, 25659, 25667, 25675, 25683, 25691, 25699, 25707, 25715, 25723, 25731, 25747, 25760, 25774, 25788, 25802, 25811, 25826, 25834, 25841, 25852, 25867, 25882, 25890, 25898, 25907, 25916, 25925, 25934, 25943, 25952, 25961, 25970, 25975, 25980, 25985, 25991, 25998, 26005, 26013, 26021, 26030, 26039, 26045, 26051, 26057, 26063, 26069, 26075, 26081, 26090, 26098, 26108, 26112, 26118, 26125, 26136, 26142, 26147, 26156, 26166, 26172, 26178, 26185, 26192, 26199, 26206, 26212, 26219, 26226, 26233, 26239, 26245, 26250, 26257, 26263, 26270, 26277, 26284, 26291, 26298, 26305, 26312, 26319, 26327, 26335, 26343, 26351, 26359, 26367, 26375, 26383, 26392, 26402, 26412, 26422, 26428, 26435, 26442, 26447, 26452, 26457, 26463, 26470, 26476, 26481, 26501, 26521, 26536, 26553, 26568, 26585, 26605, 26625, 26640, 26657, 26672, 26689, 26709, 26730, 26751, 26772, 26793, 26814, 26835, 26856, 26876, 26891, 26907, 26923, 26939, 26955, 26971, 26987, 27003, 27020, 27035, 27051, 27067, 27083, 27099, 27115, 27131, 27147, 27164, 27181, 27198, 27215, 27232, 27249, 27266, 27283, 27302, 27321, 27335, 27351, 27365, 27381, 27385, 27389, 27393, 27397, 27401, 27405, 27411, 27417, 27423, 27427, 27431, 27442, 27455, 27462, 27470, 27474, 27478, 27483, 27488, 27493, 27498, 27503, 27508, 27512, 27515, 27521, 27527, 27539, 27542, 27546, 27550, 27554, 27558, 27562, 27566, 27575, 27588, 27595, 27604, 27614, 27622, 27626, 27630, 27639, 27652, 27659, 27668, 27678, 27686, 27690, 27698, 27710, 27716, 27724, 27729, 27734, 27739, 27744, 27749, 27754, 27759, 27764, 27769, 27778, 27785, 27790, 27796, 27802, 27809, 27814, 27819, 27825, 27831, 27837, 27843, 27849, 27855, 27861, 27867, 27877, 27887, 27897, 27907, 27917, 27927, 27937, 27947, 27958, 27969, 27980, 27991, 28002, 28013, 28024, 28035, 28042, 28049, 28056, 28063, 28070, 28077, 28084, 28091, 28097, 28102, 28107, 28112, 28117, 28122, 28127, 28135, 28139, 28143, 28147, 28151, 28155, 28159, 28163, 28168, 28176, 28181, 28186, 28191, 28196, 28201, 28206, 28212, 28220, 28227, 28233, 28238, 28242, 28246, 28250, 28254, 28258, 28262, 28265, 28268, 28271, 28274, 28277, 28280, 28286, 28293, 28300, 28307, 28312, 28317, 28322, 28327, 28332, 28337, 28345, 28353, 28361, 28369, 28377, 28385, 28392, 28396, 28401, 28405, 28412, 28420, 28432, 28446, 28459, 28464, 28468, 28470, 28473, 28476, 28479, 28482, 28485, 28488, 28496, 28504, 28513, 28521, 28531, 28542, 28555, 28568, 28583, 28591, 28599, 28608, 28616, 28626, 28637, 28650, 28663, 28678, 28681, 28684, 28691, 28694, 28697, 28700, 28703, 28706, 28709, 28712, 28718, 28725, 28728, 28734, 28742, 28747, 28750, 28761, 28771, 28781, 28791, 28802, 28814, 28824, 28831, 28839, 28842, 28851, 28857, 28866, 28882, 28898, 28914, 28930, 28946, 28962, 28978, 28994, 29011, 29025, 29040, 29055, 29072, 29087, 29105, 29123, 29138, 29154, 29171, 29177, 29182, 29189, 29200, 29212, 29224, 29236, 29248, 29260, 29272, 29284, 29296, 29308, 29320, 29332, 29344, 29364, 29381, 29399, 29417, 29435, 29448, 29461, 29474, 29487, 29500, 29513, 29526, 29539, 29552, 29565, 29578, 29591, 29604, 29625, 29643, 29662, 29681, 29700, 29714, 29728, 29742, 29756, 29770, 29784, 29798, 29818, 29831, 29850, 29862, 29885, 29909, 29920, 29928, 29933, 29940, 29943, 29946, 29949, 29952, 29955, 29958, 29963, 29968, 29977, 29980, 29983, 29986, 29989, 29992, 29995, 30003, 30011, 30020, 30028, 30038, 30049, 30062, 30075, 30090, 30098, 30106, 30115, 30123, 30133, 30144, 30157, 30170, 30185, 30188, 30191, 30195, 30200, 30205, 30211, 30217, 30242, 30247, 30251, 30265, 30273, 30288, 30292, 30298, 30304, 30309, 30312, 30316, 30320, 30325, 30333, 30341, 30349, 30358, 30367, 30376, 30380, 30386, 30390, 30394, 30399, 30402, 30406, 30410, 30414, 30418, 30422, 30426, 30435, 30448, 30455, 30464, 30474, 30482, 30486, 30490, 30499, 30512, 30519, 30532, 30547, 30556, 30564, 30574, 30584, 30592, 30600, 30604, 30608, 30621, 30636, 30644, 30654, 30662, 30670, 30682, 30688, 30700, 30714, 30722, 30729, 30738, 30743, 30748, 30753, 30758, 30763, 30768, 30773, 30778, 30783, 30788, 30797, 30804, 30811, 30818, 30824, 30831, 30839, 30847, 30854, 30862, 30870, 30880, 30890, 30899, 30907, 30915, 30922, 30928, 30935, 30942, 30948, 30954, 30958, 30963, 30971, 30975, 30980, 30985, 30992, 31001, 31008, 31015, 31020, 31030, 31040, 31050, 31055, 31059, 31066, 31069, 31076, 31081, 31086, 31091, 31096, 31101, 31106, 31112, 31118, 31124, 31130, 31136, 31142, 31151, 31160, 31169, 31178, 31187, 31196, 31204, 31212, 31220, 31228, 31236, 31244, 31249, 31258, 31267, 31276, 31284, 31291, 31299, 31307, 31315, 31323, 31331, 31339, 31348, 31357, 31366, 31375, 31384, 31393, 31403, 31413, 31423, 31433, 31443, 31453, 31456, 31474, 31480, 31485, 31490, 31495, 31500, 31505, 31510, 31515, 31520, 31525, 31530, 31535, 31540, 31553, 31563, 31574, 31585, 31596, 31601, 31607, 31613, 31619, 31625, 31631, 31637, 31643, 31650, 31657, 31664, 31671, 31678, 31685, 31691, 31698, 31705, 31712, 31719, 31726, 31733, 31739, 31746, 31753, 31760, 31767, 31774, 31781, 31788, 31795, 31802, 31809, 31816, 31823, 31830, 31837, 31845, 31853, 31861, 31869, 31877, 31885, 31893, 31901, 31909, 31917, 31925, 31933, 31941, 31949, 31957, 31965, 31972, 31979, 31986, 31993, 32000, 32007, 32014, 32021, 32029, 32037, 32045, 32053, 32061, 32069, 32077, 32085, 32092, 32099, 32106, 32113, 32120, 32127, 32134, 32141, 32148, 32154, 32166, 32171, 32177, 32185, 32193, 32201, 32209, 32217, 32225, 32233, 32241, 32250, 32259, 32268, 32277, 32286, 32295, 32304, 32313, 32317, 32322, 32327, 32339, 32351, 32362, 32366, 32369, 32372, 32375, 32378, 32381, 32384, 32394, 32404, 32414, 32424, 32434, 32444, 32446, 32450, 32456, 32463, 32477, 32482, 32495, 32510, 32520, 32531, 32541, 32552, 32557, 32571, 32580, 32588, 32601, 32611, 32624, 32633, 32651, 32666, 32684, 32698, 32718, 32731, 32745, 32761, 32779, 32789, 32804, 32812, 32816, 32820, 32824, 32827, 32831, 32835, 32839, 32842, 32845, 32856, 32864, 32873, 32882, 32893, 32902, 32914, 32926, 32935, 32945, 32956, 32960, 32966, 32972, 32978, 32983, 32989, 32995, 33001, 33006, 33011, 33015, 33020, 33025, 33030, 33035, 33040, 33045, 33051, 33057, 33063, 33069, 33075, 33081, 33086, 33091, 33096, 33101, 33106, 33111, 33116, 33121, 33126, 33131, 33136, 33141, 33154, 33164, 33175, 33186, 33197, 33203, 33209, 33215, 33221, 33227, 33233, 33239, 33251, 33256, 33262, 33268, 33274, 33280, 33286, 33292, 33298, 33306, 33310, 33315, 33326, 33338, 33350, 33362, 33374, 33386, 33398, 33410, 33413, 33416, 33425, 33430, 33435, 33440, 33444, 33449, 33454, 33459, 33463, 33467, 33469, 33477, 33484, 33488, 33493, 33498, 33503, 33508, 33513, 33518, 33525, 33532, 33539, 33545, 33552, 33558, 33564, 33570, 33576, 33582, 33588, 33595, 33602, 33609, 33616, 33623, 33630, 33633, 33641, 33645, 33649, 33653, 33657, 33661, 33665, 33673, 33679, 33687, 33696, 33705, 33714, 33723, 33732, 33741, 33754, 33763, 33772, 33781, 33790, 33799, 33808, 33817, 33834, 33848, 33863, 33878, 33893, 33903, 33919, 33928, 33937, 33943, 33947, 33951, 33955, 33959, 33963, 33967, 33972, 33977, 33982, 33987, 33992, 33997, 34012, 34022, 34032, 34042, 34052, 34062, 34072, 34079, 34085, 34093, 34098, 34106, 34114, 34126, 34131, 34136, 34139, 34148, 34157, 34166, 34175, 34191, 34200, 34203, 34207, 34211, 34220, 34233, 34238, 34243, 34251, 34257, 34269, 34273, 34283, 34293, 34303, 34310, 34315, 34324, 34333, 34342, 34352, 34362, 34369, 34378, 34388, 34398, 34406, 34414, 34421, 34429, 34432, 34435, 34438, 34441, 34444, 34447, 34451, 34455, 34459, 34463, 34467, 34471, 34476, 34481, 34486, 34491, 34496, 34501, 34507, 34514, 34521, 34528, 34535, 34542, 34549, 34569, 34589, 34609, 34629, 34649, 34669, 34676, 34681, 34685, 34688, 34692, 34696, 34699, 34706, 34716, 34726, 34736, 34743, 34753, 34763, 34773, 34778, 34788, 34798, 34804, 34810, 34814, 34818, 34822, 34832, 34842, 34852, 34862, 34872, 34882, 34892, 34902, 34911, 34920, 34926, 34933, 34942, 34951, 34960, 34969, 34978, 34987, 34996, 35005, 35010, 35015, 35020, 35029, 35035, 35041, 35048, 35055, 35062, 35069, 35076, 35083, 35090, 35097, 35106, 35116, 35126, 35136, 35146, 35156, 35166, 35176, 35186, 35192, 35197, 35206, 35215, 35224, 35233, 35242, 35251, 35260, 35269, 35278, 35287, 35296, 35305, 35315, 35325, 35335, 35345, 35355, 35365, 35371, 35378, 35387, 35392, 35398, 35406, 35414, 35422, 35430, 35438, 35446, 35454, 35462, 35470, 35478, 35486, 35494, 35510, 35523, 35533, 35551, 35565, 35579, 35593, 35602, 35611, 35620, 35629, 35638, 35647, 35656, 35671, 35679, 35694, 35709, 35715, 35722, 35731, 35738, 35749, 35755, 35762, 35769, 35775, 35783, 35789, 35799, 35809, 35819, 35828, 35836, 35848, 35860, 35872, 35883, 35890, 35896, 35904, 35908, 35913, 35917, 35922, 35932, 35942, 35959, 35971, 35984, 35995, 36007, 36012, 36015, 36019, 36023, 36027, 36037, 36047, 36051, 36055, 36058, 36067, 36074, 36075, 36080, 36090, 36100, 36110, 36120, 36130, 36140, 36150, 36160, 36166, 36173, 36180, 36187, 36194, 36201, 36208, 36215, 36222, 36236, 36250, 36264, 36278, 36292, 36306, 36320, 36334, 36342, 36349, 36357, 36365, 36373, 36381, 36389, 36397, 36405, 36413, 36426, 36439, 36452, 36465, 36478, 36491, 36504, 36517, 36526, 36535, 36544, 36553, 36562, 36571, 36580, 36589, 36592, 36598, 36605, 36608, 36614, 36620, 36627, 36634, 36641, 36649, 36658, 36672, 36685, 36688, 36694, 36700, 36711, 36722, 36726, 36731, 36736, 36741, 36746, 36751, 36756, 36765, 36773, 36781, 36784, 36788, 36793, 36798, 36804, 36810, 36816, 36822, 36828, 36834, 36844, 36854, 36864, 36874, 36884, 36894, 36901, 36906, 36910, 36916, 36920, 36924, 36929, 36934, 36938, 36951, 36961, 36972, 36983, 36996, 37007, 37021, 37035, 37046, 37058, 37071, 37076, 37087, 37098, 37102, 37109, 37121, 37134, 37141, 37153, 37166, 37172, 37183, 37195, 37208, 37213, 37218, 37222, 37228, 37233, 37238, 37244, 37248, 37258, 37268, 37285, 37297, 37310, 37321, 37333, 37338, 37348, 37358, 37367, 37378, 37389, 37400, 37410, 37418, 37422, 37429, 37435, 37439, 37442, 37450, 37456, 37463, 37470, 37477, 37484, 37491, 37498, 37510, 37522, 37541, 37555, 37570, 37585, 37598, 37612, 37626, 37633, 37640, 37647, 37654, 37661, 37683, 37692, 37697, 37702, 37707, 37712, 37716, 37725, 37734, 37739, 37744, 37751, 37755, 37762, 37769, 37780, 37789, 37801, 37813, 37822, 37830, 37834, 37838, 37842, 37846, 37850, 37854, 37858, 37862, 37866, 37870, 37874, 37878, 37886, 37889, 37892, 37895, 37898, 37901, 37904, 37913, 37922, 37931, 37936, 37952, 37968, 37979, 37992, 38003, 38016, 38032, 38048, 38059, 38072, 38083, 38096, 38112, 38128, 38139, 38151, 38163, 38175, 38187, 38199, 38211, 38223, 38236, 38250, 38264, 38278, 38292, 38306, 38320, 38334, 38345, 38357, 38369, 38381, 38393, 38405, 38417, 38429, 38442, 38457, 38472, 38482, 38494, 38504, 38516, 38521, 38529, 38540, 38549, 38560, 38568, 38584, 38594, 38604, 38614, 38623, 38630, 38638, 38647, 38656, 38665, 38674, 38683, 38692, 38701, 38710, 38716, 38720, 38728, 38733, 38738, 38743, 38752, 38762, 38772, 38789, 38796, 38804, 38820, 38836, 38852, 38868, 38884, 38900, 38906, 38916, 38922, 38928, 38938, 38950, 38965, 38977, 38990, 39003, 39018, 39031, 39047, 39063, 39076, 39090, 39105, 39110, 39116, 39122, 39128, 39135, 39142, 39149, 39156, 39163, 39170, 39177, 39184, 39191, 39198, 39205, 39212, 39227, 39239, 39252, 39265, 39278, 39286, 39300, 39307, 39315, 39323, 39329, 39336, 39343, 39350, 39353, 39358, 39361, 39372, 39385, 39397, 39406, 39410, 39419, 39423, 39433, 39441, 39449, 39454, 39461, 39469, 39475, 39479, 39488, 39500, 39510, 39514, 39523, 39532, 39541, 39550, 39559, 39568, 39578, 39588, 39598, 39608, 39618, 39628, 39633, 39642, 39647, 39651, 39655, 39659, 39666, 39681, 39696, 39711, 39726, 39741, 39756, 39771, 39786, 39801, 39816, 39831, 39846, 39851, 39857, 39859, 39860, 39866, 39873, 39883, 39886, 39889, 39892, 39895, 39898, 39901, 39904, 39909, 39910, 39913, 39918, 39919, 39922, 39924, 39927, 39929, 39931, 39933, 39934, 39937, 39941, 39949, 39957, 39965, 39973, 39983, 39993, 40003, 40013, 40023, 40035, 40049, 40057, 40071, 40081, 40091, 40102, 40112, 40124, 40137, 40152, 40167, 40184, 40194, 40204, 40215, 40225, 40237, 40250, 40265, 40280, 40297, 40309, 40327, 40341, 40355, 40373, 40385, 40395, 40405, 40416, 40426, 40438, 40451, 40466, 40481, 40498, 40508, 40518, 40529, 40539, 40551, 40564, 40579, 40594, 40611, 40621, 40631, 40642, 40652, 40664, 40677, 40692, 40707, 40724, 40734, 40744, 40755, 40765, 40777, 40790, 40805, 40820, 40837, 40843, 40856, 40868, 40880, 40888, 40917, 40927, 40937, 40947, 40953, 40963, 40969, 40977, 40983, 40991, 40997, 41003, 41011, 41044, 41075, 41081, 41089, 41093, 41101, 41112, 41123, 41129, 41133, 41143, 41170, 41176, 41186, 41192, 41215, 41221, 41229, 41233, 41246, 41259, 41263, 41284, 41313, 41341, 41366, 41378, 41415, 41424, 41443, 41483, 41499, 41505, 41542, 41567, 41582, 41616, 41631, 41647, 41660, 41672, 41693, 41705, 41714, 41730, 41749, 41771, 41811, 41857, 41879, 41898, 41907, 41928, 41937, 41946, 41967, 41973, 41988, 42006, 42015, 42033, 42042, 42054, 42075, 42096, 42108, 42129, 42162, 42177, 42198, 42201, 42204, 42209, 42214, 42226, 42241, 42247, 42253, 42262, 42280, 42289, 42292, 42301, 42319, 42337, 42355, 42364, 42382, 42409, 42439, 42451, 42466, 42481, 42493, 42502, 42508, 42514, 42523, 42532, 42541, 42547, 42553, 42562, 42568, 42574, 42580, 42586, 42598, 42607, 42619, 42625, 42637, 42649, 42655, 42661, 42670, 42676, 42688, 42700, 42712, 42721, 42730, 42736, 42742, 42748, 42754, 42766, 42772, 42778, 42790, 42796, 42802, 42814, 42826, 42838, 42844, 42850, 42853, 42859, 42865, 42871, 42874, 42880, 42886, 42892, 42901, 42907, 42919, 42928, 42934, 42946, 42952, 42958, 42964, 42970, 42979, 42985, 42991, 42997, 43003, 43009, 43018, 43024, 43030, 43036, 43045, 43063, 43084, 43090, 43096, 43102, 43108, 43114, 43120, 43126, 43132, 43138, 43144, 43153, 43159, 43168, 43174, 43180, 43186, 43192, 43198, 43204, 43210, 43216, 43222, 43228, 43234, 43240, 43246, 43252, 43258, 43264, 43270, 43276, 43282, 43291, 43300, 43306, 43312, 43318, 43324, 43342, 43360, 43366, 43372, 43378, 43384, 43390, 43396, 43405, 43411, 43417, 43423, 43429, 43435, 43441, 43447, 43453, 43459, 43465, 43477, 43483, 43489, 43501, 43516, 43522, 43528, 43534, 43540, 43546, 43561, 43567, 43579, 43591, 43603, 43615, 43621, 43624, 43630, 43636, 43642, 43648, 43651, 43657, 43663, 43675, 43678, 43684, 43690, 43696, 43702, 43714, 43723, 43729, 43735, 43747, 43756, 43762, 43768, 43774, 43780, 43786, 43792, 43798, 43804, 43810, 43816, 43825, 43831, 43837, 43843, 43849, 43855, 43861, 43867, 43873, 43879, 43885, 43897, 43915, 43927, 43933, 43939, 43948, 43954, 43957, 43960, 43963, 43972, 43981, 43987, 43996, 44002, 44008, 44020, 44026, 44032, 44038, 44050, 44059, 44071, 44077, 44083, 44092, 44104, 44113, 44119, 44125, 44137, 44143, 44149, 44155, 44161, 44167, 44179, 44185, 44191, 44197, 44203, 44212, 44218, 44224, 44230, 44236, 44239],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[2014, 2142, 2252, 2253, 2274, 3548]), Anchor::All(&[Anchor::Lits(&[2243]), Anchor::Lits(&[2289])]), Anchor::All(&[Anchor::Lits(&[56, 59, 234, 239, 323, 328, 514, 519, 592, 595, 747, 752, 820, 823, 975, 980, 1048, 1051, 1203, 1208, 1295, 1300, 1540, 1546, 2250, 2266, 2273]), Anchor::Lits(&[2237, 2238, 2239, 2240, 2241, 2242, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273]), Anchor::Lits(&[2357, 4558])]), Anchor::All(&[Anchor::Lits(&[1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2189, 2190, 2191, 2192, 2193, 2194, 2195]), Anchor::Lits(&[22, 26, 29, 32, 33, 35, 36, 58, 115, 126, 235, 237, 240, 241, 297, 301, 304, 307, 308, 310, 311, 327, 380, 390, 515, 517, 520, 521, 567, 571, 574, 577, 578, 580, 581, 594, 643, 651, 748, 750, 753, 754, 795, 799, 802, 805, 806, 808, 809, 822, 871, 879, 976, 978, 981, 982, 1023, 1027, 1030, 1033, 1034, 1036, 1037, 1050, 1099, 1107, 1204, 1206, 1209, 1210, 1260, 1264, 1267, 1270, 1271, 1273, 1274, 1299, 1375, 1390, 1541, 1544, 1547, 1548, 1948, 1977, 2006, 2029, 2043, 2052, 2060, 2069, 2103, 2133, 2157, 2171, 2180, 2188]), Anchor::Lits(&[2203])]), Anchor::All(&[Anchor::Lits(&[2199]), Anchor::Lits(&[4829])]), Anchor::All(&[Anchor::Lits(&[2068]), Anchor::Lits(&[2207])]), Anchor::All(&[Anchor::Lits(&[1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2037, 2038, 2039, 2040, 2041, 2042, 2051, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2165, 2166, 2167, 2168, 2169, 2170, 2179]), Anchor::Lits(&[23, 24, 25, 27, 28, 30, 31, 34, 55, 72, 90, 99, 121, 122, 232, 233, 238, 298, 299, 300, 302, 303, 305, 306, 309, 322, 342, 355, 363, 384, 385, 512, 513, 518, 568, 569, 570, 572, 573, 575, 576, 579, 591, 608, 620, 627, 647, 648, 745, 746, 751, 796, 797, 798, 800, 801, 803, 804, 807, 819, 836, 848, 855, 875, 876, 973, 974, 979, 1024, 1025, 1026, 1028, 1029, 1031, 1032, 1035, 1047, 1064, 1076, 1083, 1103, 1104, 1201, 1202, 1207, 1261, 1262, 1263, 1265, 1266, 1268, 1269, 1272, 1294, 1316, 1341, 1353, 1382, 1383, 1538, 1539, 1545, 1962, 1969, 1976, 1998, 2005, 2021, 2028, 2051, 2085, 2092, 2099, 2124, 2131, 2149, 2156, 2179]), Anchor::Lits(&[2636, 3026, 3165, 3511, 3512, 4529, 4558])])])),
            (47, "code-fence-role", Anchor::Lits(&[2305])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[1348, 1371, 1372, 1388, 1496, 1508, 1514, 1515, 1552, 1553]), Anchor::Lits(&[2815, 3090, 3118, 3242, 3509, 4118])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[1733, 1734, 1737, 1742, 1745, 1746, 1747, 1750, 1751, 1752, 1753]), Anchor::Any(&[Anchor::Lits(&[2636, 3026, 4560]), Anchor::All(&[Anchor::Lits(&[37, 125, 157, 182, 187, 206, 256, 1275, 1389, 1427, 1455, 1470, 1495, 1568, 2646, 3036, 3559, 4579]), Anchor::Lits(&[2637, 2642, 2646, 3027, 3028, 3036, 3551, 3556, 3559, 4561, 4566, 4579])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[37, 1275, 1789, 1791, 2291, 4571, 4574, 4579]), Anchor::Lits(&[4561, 4566, 4576, 4577, 4579, 4580])]), Anchor::All(&[Anchor::Lits(&[37, 1275, 1791, 2291, 2462, 2646]), Anchor::Lits(&[2423, 2428, 2444, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2484, 2637, 2642, 2643, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2668]), Anchor::Lits(&[2319, 2612, 2842, 3107, 3430, 3431, 3432, 3433, 3471, 3472, 3510, 3973, 4065, 4075, 4554, 4710, 4816])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[1543, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3164, 3468, 3469, 3470, 4119, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4567, 4568, 4569, 4570, 4572, 4573, 4575, 4759, 4760, 4761]), Anchor::All(&[Anchor::Lits(&[4112]), Anchor::Lits(&[37, 312, 582, 810, 1038, 1275, 1470, 2302])]), Anchor::All(&[Anchor::Lits(&[37, 1275, 1303, 1306, 1321, 1322, 1327, 1347, 1427, 1456, 1483, 1568, 2368, 3951, 3953, 3955, 4123, 4387, 4545]), Anchor::Any(&[Anchor::Lits(&[2357, 3950, 3952, 3954, 4112, 4378, 4537]), Anchor::All(&[Anchor::Lits(&[2359, 2369, 3028, 4379, 4462, 4566]), Anchor::Lits(&[2505, 2545, 2809, 2843, 2887, 3038, 3789, 4045, 4112, 4163, 4729])])])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2912, 2913, 3039, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3063, 3064, 3144, 3145, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3551, 3552, 3553, 3554, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3586, 3593, 3594, 3595, 3596, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3905, 3906, 3907, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4029, 4030, 4031, 4032, 4033, 4034, 4035, 4036, 4043, 4044, 4113, 4114, 4115, 4116, 4117, 4118, 4120, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4334, 4335, 4336, 4339, 4340, 4341, 4342, 4349, 4350, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749]), Anchor::Lits(&[2357, 3003, 3026, 3142, 3327, 3446, 3611, 3648, 4112, 4378, 4457, 4461, 4537, 4548, 4560, 4714]), Anchor::Lits(&[1757, 1935, 2236, 4827])])),
            (56, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[3550]), Anchor::All(&[Anchor::Lits(&[2348, 2349, 2350, 2358, 2359, 2367, 2968, 2969, 2970, 2996, 2997, 2998, 3447, 3448, 3449, 3516, 3517, 3518, 3752, 3753, 3754, 4113, 4118, 4121, 4188, 4189, 4190, 4275, 4276, 4277, 4458, 4459, 4460, 4561, 4566, 4578, 4753, 4754, 4755]), Anchor::Lits(&[79, 95, 124, 185, 1326, 1346, 1387, 1467, 1796, 1797, 1798, 1799]), Anchor::Lits(&[1790, 1800, 1935, 2200, 2236, 2290, 4834])])])),
            (101, "unsafe-flag-suggested", Anchor::Lits(&[1804, 1807, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1822, 1825, 1826, 1827, 1828, 1829, 1830, 1837, 1838, 1839, 1840, 1841, 1848])),
            (102, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[1355, 1804, 1807, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1822, 1825, 1826, 1827, 1828, 1829, 1830, 1837, 1838, 1839, 1840, 1841, 1848, 2296, 2297, 2584, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3074, 3075, 3076, 3077, 3536, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4715, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4724, 4725]), Anchor::All(&[Anchor::Lits(&[2293, 2294, 2295, 2299, 2301, 2303, 2304]), Anchor::Lits(&[2574, 2981, 3169, 3373, 3527, 4280, 4409, 4427, 4682]), Anchor::Lits(&[2200])])])),
            (103, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2592, 2593, 2594, 2595, 2596, 2597, 2598, 2599, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3374, 3375, 3376, 3377, 3378, 3379, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3528, 3529, 3530, 3531, 3532, 3533, 3534, 3535, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4267, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4281, 4282, 4283, 4284, 4285, 4286, 4287, 4288, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4410, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4683, 4684, 4685, 4686, 4687, 4688, 4689, 4690]), Anchor::Lits(&[3, 7, 44, 282, 283, 319, 553, 554, 589, 781, 782, 817, 1009, 1010, 1045, 1240, 1244, 1282, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1908, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3984, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074]), Anchor::Lits(&[37, 45, 312, 320, 582, 590, 810, 818, 1038, 1046, 1275, 1283, 2581, 2582, 2598, 2599, 2722, 2723, 2731, 2732, 2740, 2741, 2923, 2924, 2932, 2933, 2940, 2941, 3176, 3177, 3227, 3228, 3235, 3236, 3380, 3381, 3388, 3389, 3396, 3397, 3404, 3405, 3534, 3535, 4261, 4262, 4273, 4274, 4287, 4288, 4296, 4297, 4407, 4408, 4416, 4417, 4424, 4425, 4434, 4435, 4442, 4443, 4450, 4451, 4689, 4690])]), Anchor::All(&[Anchor::Lits(&[37, 312, 582, 810, 1038, 1275, 1329, 1330, 1358, 1480, 1492, 1519]), Anchor::Lits(&[2574, 2715, 2925, 3169, 3220, 3373, 4289, 4409, 4427, 4682]), Anchor::Lits(&[1328, 1357, 1479, 1491, 1518])])])),
            (110, "no-more-rules", Anchor::Lits(&[3960, 3961, 3962, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 3974, 3975])),
            (127, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[330, 1302, 1504, 1598, 1599, 1736, 1755, 1756, 1770, 1792, 1793, 1795, 1850, 1874, 1897, 1933, 1934, 2077, 2202, 2208, 2209, 2212, 2251, 2292, 2306, 2379, 2636, 2783, 2860, 2948, 2971, 3311, 3331, 3646, 3668, 4149, 4828, 4830, 4835, 4836, 5000, 5001]), Anchor::Lits(&[14, 15, 16, 17, 18, 19, 65, 66, 67, 68, 69, 70, 128, 129, 130, 131, 132, 133, 161, 162, 163, 164, 165, 166, 168, 169, 170, 171, 172, 173, 175, 176, 177, 178, 179, 180, 214, 215, 216, 217, 218, 219, 222, 223, 224, 225, 226, 227, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 290, 291, 292, 293, 294, 295, 335, 336, 337, 338, 339, 340, 396, 397, 398, 399, 400, 401, 427, 428, 429, 430, 431, 432, 435, 436, 437, 438, 439, 440, 443, 444, 445, 446, 447, 448, 496, 497, 498, 499, 500, 501, 504, 505, 506, 507, 508, 509, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 561, 562, 563, 564, 565, 566, 601, 602, 603, 604, 605, 606, 653, 654, 655, 656, 657, 658, 683, 684, 685, 686, 687, 688, 690, 691, 692, 693, 694, 695, 697, 698, 699, 700, 701, 702, 729, 730, 731, 732, 733, 734, 737, 738, 739, 740, 741, 742, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 789, 790, 791, 792, 793, 794, 829, 830, 831, 832, 833, 834, 881, 882, 883, 884, 885, 886, 911, 912, 913, 914, 915, 916, 918, 919, 920, 921, 922, 923, 925, 926, 927, 928, 929, 930, 957, 958, 959, 960, 961, 962, 965, 966, 967, 968, 969, 970, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1017, 1018, 1019, 1020, 1021, 1022, 1057, 1058, 1059, 1060, 1061, 1062, 1109, 1110, 1111, 1112, 1113, 1114, 1139, 1140, 1141, 1142, 1143, 1144, 1146, 1147, 1148, 1149, 1150, 1151, 1153, 1154, 1155, 1156, 1157, 1158, 1185, 1186, 1187, 1188, 1189, 1190, 1193, 1194, 1195, 1196, 1197, 1198, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1251, 1252, 1253, 1254, 1255, 1256, 1309, 1310, 1311, 1312, 1313, 1314, 1396, 1397, 1398, 1399, 1400, 1401, 1431, 1432, 1433, 1434, 1435, 1436, 1439, 1440, 1441, 1442, 1443, 1444, 1447, 1448, 1449, 1450, 1451, 1452, 1520, 1521, 1522, 1523, 1524, 1525, 1528, 1529, 1530, 1531, 1532, 1533, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1794, 1932]), Anchor::Lits(&[2320, 2351, 2529, 2571, 2600, 2697, 2808, 2814, 2828, 2829, 2843, 2879, 2882, 2967, 2991, 2995, 3000, 3017, 3024, 3065, 3089, 3095, 3101, 3109, 3115, 3116, 3123, 3125, 3134, 3139, 3185, 3200, 3206, 3207, 3218, 3241, 3243, 3319, 3368, 3508, 3515, 3522, 3547, 3609, 3638, 3644, 3649, 3666, 3744, 3756, 3784, 3908, 3925, 3949, 4078, 4111, 4112, 4165, 4182, 4187, 4232, 4233, 4252, 4253, 4254, 4278, 4298, 4319, 4321, 4356, 4361, 4363, 4374, 4396, 4452, 4470, 4480, 4483, 4500, 4501, 4504, 4530, 4532, 4593, 4597, 4671, 4712, 4729, 4752, 4758, 4769, 4777, 4794, 4795, 4809])]), Anchor::All(&[Anchor::Lits(&[2379, 2749, 2750, 2783, 3828, 4265, 4368, 4560]), Anchor::Lits(&[2888, 2889, 2890, 2891, 2892, 2893, 2906, 2907, 2908, 2909, 2910, 2911, 3039, 3040, 3041, 3042, 3043, 3044, 3057, 3058, 3059, 3060, 3061, 3062, 3551, 3552, 3553, 3554, 3555, 3556, 3569, 3570, 3571, 3572, 3573, 3574, 3587, 3588, 3589, 3590, 3591, 3592, 3760, 3761, 3762, 3763, 3764, 3765, 3766, 3767, 3768, 3769, 3770, 3771, 3790, 3791, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801, 4019, 4020, 4021, 4022, 4023, 4024, 4037, 4038, 4039, 4040, 4041, 4042, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4100, 4101, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4315, 4316, 4317, 4323, 4324, 4325, 4326, 4327, 4328, 4343, 4344, 4345, 4346, 4347, 4348]), Anchor::Lits(&[1794, 1932])])])),
            (128, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[2380, 2381, 2382, 2383, 2384, 2385, 2423, 2424, 2425, 2426, 2427, 2428, 2637, 2638, 2639, 2640, 2641, 2642, 2784, 2785, 2786, 2787, 2788, 2789, 2949, 2950, 2951, 2952, 2953, 2954, 2972, 2973, 2974, 2975, 2976, 2977, 3332, 3333, 3334, 3335, 3336, 3337, 3669, 3670, 3671, 3672, 3673, 3674, 3829, 3830, 3831, 3832, 3833, 3834, 4561, 4562, 4563, 4564, 4565, 4566]), Anchor::Lits(&[79, 95, 124, 156, 181, 184, 185, 186, 205, 242, 348, 358, 389, 423, 450, 460, 461, 463, 482, 522, 613, 623, 650, 679, 703, 705, 706, 707, 725, 755, 841, 851, 878, 907, 931, 933, 934, 935, 953, 983, 1069, 1079, 1106, 1135, 1159, 1161, 1162, 1163, 1181, 1211, 1326, 1346, 1387, 1426, 1454, 1466, 1467, 1469, 1494, 1549]), Anchor::Lits(&[1732, 1757, 1801, 1875, 1886, 1935, 2236, 4827])])),
            (133, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[1597]), Anchor::Lits(&[2284])])),
            (134, "send-to-a-beacon", Anchor::All(&[Anchor::Lits(&[3466, 3467]), Anchor::Lits(&[2571, 2699, 2772, 2947, 2967, 3206, 3243, 4182, 4234, 4470, 4536, 4671, 4752]), Anchor::Lits(&[2200])])),
            (135, "exfiltrate-to-a-drop", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2701, 2812, 2827, 2883, 3119, 3121, 3122, 3198, 3203, 3406, 3599, 3748, 3956, 4053, 4175, 4238, 4337, 4531, 4775]), Anchor::Lits(&[2772, 2947, 2967, 3123, 3125, 3139, 3205, 3206, 3243, 3649, 4182, 4234, 4235, 4470, 4671, 4712, 4752, 4809]), Anchor::Lits(&[2210, 2770, 3247, 3309, 3466, 3467, 4400, 4615, 4616, 4617, 4618, 4619, 4620])]), Anchor::All(&[Anchor::Lits(&[2701, 3119, 3121, 3122, 3198, 3203, 3406, 3748, 4238, 4531]), Anchor::Lits(&[2317, 2318, 2770, 3247, 3309, 3466, 3467, 4400, 4770, 4771])])])),
            (139, "hidden-html-text", Anchor::Any(&[Anchor::Lits(&[3237, 4077, 4766]), Anchor::All(&[Anchor::Lits(&[3088]), Anchor::Lits(&[3996])]), Anchor::All(&[Anchor::Lits(&[2884]), Anchor::Lits(&[1743, 4790])]), Anchor::All(&[Anchor::Lits(&[3429]), Anchor::Lits(&[1932])])])),
            (141, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2211, 2212, 2214, 2215, 2216, 2217, 2218, 2223, 2226, 2227, 2749, 3686, 3687, 3689, 3690, 3692, 3696, 3697, 3698, 3699, 3700, 3704, 3705, 3707, 3708, 3720, 5011, 5013, 5042, 5077, 5128]), Anchor::All(&[Anchor::Lits(&[3450, 3451, 3452, 3453, 3454, 3455, 3551, 3552, 3553, 3554, 3555, 3556, 3569, 3570, 3571, 3572, 3573, 3574, 3760, 3761, 3762, 3763, 3764, 3765, 3790, 3791, 3792, 3793, 3794, 3795, 4019, 4020, 4021, 4022, 4023, 4024, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4306, 4307, 4308, 4309, 4310, 4311, 4608, 4609, 4610, 4611, 4612, 4613]), Anchor::Lits(&[60, 61, 71, 74, 80, 148, 158, 329, 330, 341, 345, 349, 414, 424, 596, 597, 607, 610, 614, 671, 680, 824, 825, 835, 838, 842, 899, 908, 1052, 1053, 1063, 1066, 1070, 1127, 1136, 1301, 1302, 1315, 1319, 1331, 1416, 1428]), Anchor::Lits(&[102, 103, 104, 105, 106, 107, 246, 247, 248, 249, 250, 251, 366, 367, 368, 369, 370, 371, 524, 525, 526, 527, 528, 529, 630, 631, 632, 633, 634, 635, 757, 758, 759, 760, 761, 762, 858, 859, 860, 861, 862, 863, 985, 986, 987, 988, 989, 990, 1086, 1087, 1088, 1089, 1090, 1091, 1213, 1214, 1215, 1216, 1217, 1218, 1359, 1360, 1361, 1362, 1363, 1364, 1555, 1556, 1557, 1558, 1559, 1560])]), Anchor::All(&[Anchor::Lits(&[2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 3011, 3012, 3013, 3014, 3015, 3016, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 4213, 4214, 4215, 4216, 4217, 4218, 4817, 4818, 4819, 4820, 4821, 4822]), Anchor::Lits(&[60, 61, 71, 74, 80, 148, 158, 212, 329, 330, 341, 345, 349, 414, 424, 491, 596, 597, 607, 610, 614, 671, 680, 727, 824, 825, 835, 838, 842, 899, 908, 955, 1052, 1053, 1063, 1066, 1070, 1127, 1136, 1183, 1301, 1302, 1315, 1319, 1331, 1416, 1428, 1511])]), Anchor::All(&[Anchor::Lits(&[1758, 1759, 1760, 1761, 1762, 1763, 1771, 1772, 1773, 1774, 1775, 1776, 1779, 1780, 1781, 1782, 1783, 1784, 2237, 2238, 2239, 2240, 2241, 2242, 2254, 2255, 2256, 2257, 2258, 2259, 2275, 2276, 2277, 2278, 2279, 2280]), Anchor::Lits(&[60, 61, 71, 74, 80, 148, 158, 329, 330, 341, 345, 349, 414, 424, 596, 597, 607, 610, 614, 671, 680, 824, 825, 835, 838, 842, 899, 908, 1052, 1053, 1063, 1066, 1070, 1127, 1136, 1301, 1302, 1315, 1319, 1331, 1416, 1428]), Anchor::Lits(&[1788, 2281])]), Anchor::All(&[Anchor::Lits(&[3502, 3503, 3504, 3505, 3506, 3507]), Anchor::Lits(&[2380, 2381, 2382, 2383, 2384, 2385, 2423, 2424, 2425, 2426, 2427, 2428, 2637, 2638, 2639, 2640, 2641, 2642, 2784, 2785, 2786, 2787, 2788, 2789, 2949, 2950, 2951, 2952, 2953, 2954, 3669, 3670, 3671, 3672, 3673, 3674, 3829, 3830, 3831, 3832, 3833, 3834]), Anchor::Lits(&[3524, 4194, 4254, 4373, 4465, 4546, 4547, 4681])]), Anchor::All(&[Anchor::Lits(&[2855, 2856, 2857, 2858, 3019, 3020, 3021, 3022, 3785, 3786, 3787, 3788, 4085, 4086, 4087, 4088, 4364, 4365, 4366, 4367, 4369, 4370, 4371, 4372, 4549, 4550, 4551, 4552, 4677, 4678, 4679, 4680]), Anchor::Lits(&[2784, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802])]), Anchor::All(&[Anchor::Lits(&[2429, 2432, 2435, 2437, 2447, 2450, 2453, 2455, 2485, 2486, 2487, 2488]), Anchor::Lits(&[1932, 2200, 4998, 4999])]), Anchor::All(&[Anchor::Lits(&[2429, 2432, 2435, 2436, 2438, 2439, 2447, 2450, 2453, 2454, 2456, 2457, 2489, 2490, 2491, 2493, 2503, 2504, 3338, 3339, 3340, 3341, 3342, 3343, 3346, 3347, 3348, 3349, 3350, 3351, 3353, 3354, 3355, 3356, 3366, 3367, 3675, 3676, 3677, 3678, 3679, 3680, 3683, 3684, 3685, 3688, 3691, 3693, 3701, 3702, 3703, 3706, 3719, 3721]), Anchor::Lits(&[2942, 3413, 3525, 4156, 4195, 4266, 4466, 4598, 4599, 4600, 4601])]), Anchor::All(&[Anchor::Lits(&[2423, 2424, 2425, 2426, 2427, 2428, 3669, 3670, 3671, 3672, 3673, 3674]), Anchor::Lits(&[113, 127, 160, 167, 174, 221, 378, 395, 426, 434, 442, 503, 641, 652, 682, 689, 696, 736, 869, 880, 910, 917, 924, 964, 1097, 1108, 1138, 1145, 1152, 1192, 1373, 1395, 1430, 1438, 1446, 1527]), Anchor::Lits(&[2380, 2381, 2382, 2383, 2384, 2385, 2637, 2638, 2639, 2640, 2641, 2642, 2784, 2785, 2786, 2787, 2788, 2789, 3829, 3830, 3831, 3832, 3833, 3834])]), Anchor::All(&[Anchor::Lits(&[7, 37, 283, 312, 554, 582, 782, 810, 1010, 1038, 1244, 1275, 2867, 2869, 2955, 2957, 2978, 2980]), Anchor::Lits(&[2860, 2948, 2971])]), Anchor::All(&[Anchor::Lits(&[3829, 3830, 3831, 3832, 3833, 3834, 3836, 3837, 3838, 3839, 3840, 3841, 3843, 3844, 3845, 3846, 3847, 3848, 3850, 3851, 3852, 3853, 3854, 3855]), Anchor::Lits(&[8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 38, 39, 40, 41, 42, 43, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 313, 314, 315, 316, 317, 318, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 583, 584, 585, 586, 587, 588, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 811, 812, 813, 814, 815, 816, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1039, 1040, 1041, 1042, 1043, 1044, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1276, 1277, 1278, 1279, 1280, 1281, 3836, 3837, 3838, 3839, 3840, 3841, 3843, 3844, 3845, 3846, 3847, 3848, 3850, 3851, 3852, 3853, 3854, 3855])]), Anchor::All(&[Anchor::Lits(&[1732, 1801, 1875, 1886]), Anchor::Lits(&[2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2423, 2424, 2425, 2426, 2427, 2428, 2445, 2446, 2462, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2637, 2638, 2639, 2640, 2641, 2642, 2644, 2645, 2646, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2784, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2949, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2972, 2973, 2974, 2975, 2976, 2977, 2978, 2979, 2980, 2982, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 2990, 3332, 3333, 3334, 3335, 3336, 3337, 3344, 3345, 3352, 3357, 3358, 3359, 3360, 3361, 3362, 3363, 3364, 3365, 3669, 3670, 3671, 3672, 3673, 3674, 3681, 3682, 3694, 3709, 3710, 3711, 3712, 3713, 3714, 3715, 3716, 3717, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3842, 3849, 3896, 3897, 3898, 3899, 3900, 3901, 3902, 3903, 3904]), Anchor::Lits(&[60, 61, 71, 74, 78, 80, 81, 112, 148, 158, 329, 330, 341, 345, 347, 349, 350, 377, 414, 424, 596, 597, 607, 610, 612, 614, 615, 640, 671, 680, 824, 825, 835, 838, 840, 842, 843, 868, 899, 908, 1052, 1053, 1063, 1066, 1068, 1070, 1071, 1096, 1127, 1136, 1301, 1302, 1315, 1319, 1325, 1331, 1332, 1370, 1416, 1428, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1744, 1748, 1749, 1802, 1803, 1805, 1806, 1808, 1809, 1810, 1821, 1823, 1824, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896])]), Anchor::All(&[Anchor::Lits(&[2553, 2554, 2555, 2556, 2557, 2558, 2776, 2777, 2778, 2779, 2780, 2781, 3456, 3457, 3458, 3459, 3460, 3461, 3938, 3939, 3940, 3941, 3942, 3943, 4046, 4047, 4048, 4049, 4050, 4051]), Anchor::Lits(&[61, 62, 63, 84, 85, 86, 87, 93, 94, 136, 330, 331, 332, 351, 352, 353, 354, 356, 357, 402, 597, 598, 599, 616, 617, 618, 619, 621, 622, 659, 825, 826, 827, 844, 845, 846, 847, 849, 850, 887, 1053, 1054, 1055, 1072, 1073, 1074, 1075, 1077, 1078, 1115, 1302, 1304, 1305, 1335, 1336, 1337, 1338, 1344, 1345, 1404]), Anchor::Lits(&[2530, 2531, 2532, 2533, 2534, 2535, 3303, 3304, 3305, 3306, 3307, 3308])]), Anchor::All(&[Anchor::Lits(&[4019, 4020, 4021, 4022, 4023, 4024]), Anchor::Lits(&[60, 61, 71, 120, 138, 139, 140, 141, 142, 143, 144, 145, 146, 149, 150, 151, 152, 153, 154, 159, 329, 330, 341, 383, 404, 405, 406, 407, 408, 409, 410, 411, 412, 415, 417, 418, 419, 420, 421, 425, 596, 597, 607, 646, 661, 662, 663, 664, 665, 666, 667, 668, 669, 672, 673, 674, 675, 676, 677, 681, 824, 825, 835, 874, 889, 890, 891, 892, 893, 894, 895, 896, 897, 900, 901, 902, 903, 904, 905, 909, 1052, 1053, 1063, 1102, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1128, 1129, 1130, 1131, 1132, 1133, 1137, 1301, 1302, 1315, 1381, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1417, 1420, 1421, 1422, 1423, 1424, 1429]), Anchor::Lits(&[137, 403, 660, 888, 1116, 1405])]), Anchor::All(&[Anchor::Lits(&[2390, 2614, 2680]), Anchor::Lits(&[2422, 3473])]), Anchor::All(&[Anchor::Lits(&[4006]), Anchor::Lits(&[190, 191, 192, 193, 194, 195, 197, 198, 199, 200, 201, 202, 466, 467, 468, 469, 470, 471, 474, 475, 476, 477, 478, 479, 710, 711, 712, 713, 714, 715, 717, 718, 719, 720, 721, 722, 938, 939, 940, 941, 942, 943, 945, 946, 947, 948, 949, 950, 1166, 1167, 1168, 1169, 1170, 1171, 1173, 1174, 1175, 1176, 1177, 1178, 1473, 1474, 1475, 1476, 1477, 1478, 1484, 1485, 1486, 1487, 1488, 1489]), Anchor::Lits(&[2390, 2422, 2614, 2680, 3473])]), Anchor::All(&[Anchor::Lits(&[2775, 2831, 2836, 2845, 3656, 4239, 4243]), Anchor::Lits(&[61, 120, 136, 330, 383, 402, 597, 646, 659, 825, 874, 887, 1053, 1102, 1115, 1302, 1381, 1404])])]), Anchor::Lits(&[2326, 2351, 2529, 2568, 2571, 2600, 2699, 2782, 2814, 2830, 2843, 2882, 2915, 2967, 2991, 3000, 3009, 3010, 3017, 3023, 3065, 3089, 3096, 3097, 3098, 3099, 3100, 3102, 3103, 3104, 3105, 3106, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3123, 3133, 3134, 3138, 3168, 3178, 3179, 3181, 3185, 3188, 3199, 3200, 3205, 3206, 3241, 3243, 3249, 3250, 3316, 3319, 3368, 3508, 3522, 3547, 3549, 3601, 3609, 3649, 3666, 3722, 3740, 3741, 3756, 3784, 3970, 3971, 3972, 4111, 4112, 4159, 4182, 4187, 4233, 4298, 4318, 4321, 4353, 4363, 4374, 4396, 4454, 4470, 4480, 4483, 4500, 4504, 4535, 4553, 4556, 4587, 4593, 4729, 4752, 4764, 4794, 4809, 4825, 5018, 5035, 5041, 5064, 5072, 5084, 5096, 5105, 5117, 5121, 5193, 5203])])),
            (142, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2317, 2318, 2377, 2566, 2770, 2804, 3120, 3219, 3244, 3247, 3248, 3309, 3310, 3318, 3326, 3330, 3372, 3466, 3467, 3500, 3647, 3667, 3742, 3743, 4076, 4089, 4110, 4161, 4199, 4400, 4456, 4582, 4672, 4696, 4697, 4770, 4771, 4773, 4774, 4776, 4813, 4814, 4826]), Anchor::All(&[Anchor::Lits(&[101, 116, 188, 196, 203, 204, 207, 365, 381, 464, 472, 480, 481, 483, 629, 644, 708, 716, 723, 724, 726, 857, 872, 936, 944, 951, 952, 954, 1085, 1100, 1164, 1172, 1179, 1180, 1182, 1356, 1377, 1471, 1481, 1490, 1493, 1497]), Anchor::Lits(&[57, 75, 97, 98, 100, 117, 123, 155, 213, 228, 231, 257, 258, 326, 346, 361, 362, 364, 382, 388, 422, 494, 510, 511, 537, 540, 593, 611, 625, 626, 628, 645, 649, 678, 728, 743, 744, 767, 768, 821, 839, 853, 854, 856, 873, 877, 906, 956, 971, 972, 995, 996, 1049, 1067, 1081, 1082, 1084, 1101, 1105, 1134, 1184, 1199, 1200, 1223, 1224, 1298, 1320, 1351, 1352, 1354, 1378, 1386, 1425, 1516, 1534, 1537, 1569, 1572]), Anchor::Lits(&[2307, 2308, 2309, 2310, 2311, 2312, 2530, 2531, 2532, 2533, 2534, 2535, 3932, 3933, 3934, 3935, 3936, 3937, 4104, 4105, 4106, 4107, 4108, 4109, 4602, 4603, 4604, 4605, 4606, 4607])])]), Anchor::Lits(&[2773, 2835, 2967, 3018, 3178, 3179, 3180, 3182, 3183, 3205, 3206, 3243, 3329, 3601, 3602, 3639, 3645, 3649, 3652, 3741, 3751, 3755, 3810, 4174, 4182, 4200, 4234, 4235, 4320, 4453, 4470, 4498, 4533, 4535, 4536, 4557, 4673, 4674, 4675, 4711, 4712, 4752, 4810, 4823, 4847, 4849, 4869, 4870, 4871]), Anchor::Lits(&[2880, 2881, 2943, 2944, 2945, 2999, 3001, 3002, 3004, 3007, 3008, 3108, 3123, 3140, 3184, 3197, 3206, 3208, 3421, 3526, 3640, 3641, 3642, 4111, 4166, 4172, 4279, 4322, 4358, 4375, 4388, 4426, 4516, 4517, 4583, 4584, 4585, 4586, 4763, 4848, 4868, 4872, 4873])])),
            (145, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2313, 2314, 2315, 2429, 2430, 2431, 2433, 2434, 2440, 2441, 2442, 2443, 2447, 2448, 2449, 2451, 2452, 2458, 2459, 2460, 2461, 2513, 2514, 2515, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2832, 2833, 2834, 2837, 2838, 2839, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 3238, 3239, 3240, 3480, 3481, 3482, 3483, 3484, 3485, 3486, 3487, 3488, 3489, 3490, 3491, 3492, 3493, 3494, 3495, 3496, 3497, 3597, 3598, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3643, 3657, 3658, 3659, 3660, 3661, 3662, 4150, 4151, 4152, 4153, 4154, 4155, 4167, 4168, 4169, 4183, 4184, 4185, 4240, 4241, 4242, 4244, 4245, 4246, 4581, 4592, 4621, 4622, 4623, 4676, 4700, 4815, 4837, 4838, 4839, 4850, 4851, 4852, 4853, 4854, 4855, 4856, 4857, 4858, 4859, 4860, 4861, 4862, 4863, 4864, 4865, 4866, 4867, 4874, 4875, 4876, 4877, 4878, 4879, 4880, 4881, 4882, 4883, 4884, 4885, 4886, 4887, 4888, 4889, 4890, 4891, 4892, 4893, 4894, 4895, 4896, 4897, 4898, 4899, 4900, 4901, 4902, 4903, 4904, 4905, 4906, 4907, 4908, 4909, 4929, 4934, 4935, 4956, 4958, 5039, 5040]), Anchor::All(&[Anchor::Lits(&[2379, 2613, 2635, 2698, 2759, 4691, 4840, 4844, 4845, 4846, 5011, 5013, 5077]), Anchor::Lits(&[61, 120, 136, 267, 268, 269, 1302, 1381, 1404, 1581, 1582, 1583, 1770, 1777, 1778, 1785, 1786, 1787, 1850, 1853, 1854, 1861, 1862, 1863])]), Anchor::All(&[Anchor::Lits(&[2423, 2428, 3474, 3479, 3612, 3617]), Anchor::Lits(&[76, 77, 82, 83, 88, 89, 91, 92, 134, 135, 208, 209, 210, 211, 229, 230, 243, 244, 259, 260, 261, 262, 263, 264, 265, 266, 1323, 1324, 1333, 1334, 1339, 1340, 1342, 1343, 1402, 1403, 1498, 1499, 1502, 1503, 1535, 1536, 1550, 1551, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580])])]), Anchor::Lits(&[14, 19, 270, 275, 276, 281, 1251, 1256, 1584, 1589, 1590, 1595, 1932, 5257])])),
            (146, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[2327, 3017, 3116, 3368, 3466, 3467, 4158, 4693, 4911, 4919, 4921, 4922, 4940, 4948, 4971, 4972, 4979, 4984, 4989, 5019, 5023, 5024, 5035, 5036, 5064, 5068, 5072, 5084, 5099, 5100, 5105, 5107, 5112, 5121, 5143, 5152, 5156, 5203, 5225, 5226, 5230, 5231, 5234, 5250]), Anchor::Lits(&[1932, 5257]), Anchor::Lits(&[2422, 3331, 3668])])),
            (147, "data-in-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1597, 2132, 2284, 3464, 4519]), Anchor::Lits(&[3466, 3467]), Anchor::Lits(&[1754, 4827])]), Anchor::All(&[Anchor::Lits(&[2356, 2572, 2700, 3141, 3519, 3520, 3521, 3523]), Anchor::Lits(&[2772, 3513, 3514, 3665, 4177, 4756]), Anchor::Lits(&[2569, 2570, 2994, 3139, 4158, 4394, 4457, 4624])]), Anchor::All(&[Anchor::Lits(&[3037, 3463, 4052, 4173, 4354]), Anchor::Lits(&[2570, 3139, 3420, 4157, 4158, 4457, 4624])])])),
            (149, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2507, 2508, 2509, 2510, 2511, 2512, 2559, 2560, 2561, 2562, 2563, 2564, 3126, 3127, 3128, 3129, 3130, 3131, 3189, 3190, 3191, 3192, 3193, 3194, 4778, 4779, 4780, 4781, 4782, 4783, 4784, 4785, 4786, 4787, 4788, 4789]), Anchor::Lits(&[60, 61, 71, 73, 74, 80, 112, 114, 148, 158, 329, 330, 341, 344, 345, 349, 377, 379, 414, 424, 596, 597, 607, 609, 610, 614, 640, 642, 671, 680, 824, 825, 835, 837, 838, 842, 868, 870, 899, 908, 1052, 1053, 1063, 1065, 1066, 1070, 1096, 1098, 1127, 1136, 1301, 1302, 1315, 1318, 1319, 1331, 1370, 1374, 1416, 1428])]), Anchor::All(&[Anchor::Lits(&[2423, 2424, 2425, 2426, 2427, 2428, 2494, 2495, 2496, 2497, 2498, 2499]), Anchor::Lits(&[60, 71, 74, 80, 114, 158, 236, 252, 329, 341, 345, 349, 379, 424, 516, 530, 596, 607, 610, 614, 642, 680, 749, 763, 824, 835, 838, 842, 870, 908, 977, 991, 1052, 1063, 1066, 1070, 1098, 1136, 1205, 1219, 1301, 1315, 1319, 1331, 1374, 1428, 1542, 1561])])]), Anchor::Lits(&[2354, 2355, 2529, 2600, 2632, 2814, 2828, 2859, 2882, 2967, 2991, 3017, 3065, 3089, 3116, 3123, 3125, 3134, 3139, 3185, 3200, 3206, 3241, 3243, 3319, 3368, 3508, 3547, 3644, 3649, 3747, 3756, 3784, 4112, 4182, 4187, 4233, 4253, 4318, 4363, 4374, 4396, 4452, 4470, 4483, 4504, 4530, 4671, 4712, 4729, 4752, 4794]), Anchor::Any(&[Anchor::Lits(&[1794, 1932, 3931, 4482, 4499, 4793]), Anchor::All(&[Anchor::Lits(&[3945]), Anchor::Lits(&[245, 523, 756, 984, 1212, 1554])]), Anchor::All(&[Anchor::Lits(&[3414, 3415, 3416, 3417, 3418, 3419]), Anchor::Lits(&[245, 523, 756, 984, 1212, 1554])]), Anchor::All(&[Anchor::Lits(&[3423, 3424, 3425, 3426, 3427, 3428]), Anchor::Lits(&[245, 523, 756, 984, 1212, 1554])]), Anchor::All(&[Anchor::Lits(&[3603, 3604, 3605, 3606, 3607, 3608]), Anchor::Lits(&[245, 523, 756, 984, 1212, 1554])]), Anchor::All(&[Anchor::Lits(&[2606, 2607, 2608, 2609, 2610, 2611]), Anchor::Lits(&[245, 523, 756, 984, 1212, 1554])])])])),
            (153, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[2753, 2754, 2755, 2756, 2757, 2758, 2760, 2761, 2762, 2763, 2764, 2765, 3456, 3457, 3458, 3459, 3460, 3461, 3772, 3773, 3774, 3775, 3776, 3777, 3778, 3779, 3780, 3781, 3782, 3783, 3802, 3803, 3804, 3805, 3806, 3807, 3938, 3939, 3940, 3941, 3942, 3943, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4046, 4047, 4048, 4049, 4050, 4051, 4300, 4301, 4302, 4303, 4304, 4305]), Anchor::Lits(&[2380, 2381, 2382, 2383, 2384, 2385, 2388, 2389, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2415, 2416, 2423, 2424, 2425, 2426, 2427, 2428, 2462, 2483, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2637, 2638, 2639, 2640, 2641, 2642, 2646, 2667, 2670, 2671, 2672, 2673, 2674, 2675, 2678, 2679, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2784, 2785, 2786, 2787, 2788, 2789, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2802, 2803, 3474, 3475, 3476, 3477, 3478, 3479, 3498, 3499, 3612, 3613, 3614, 3615, 3616, 3617, 3636, 3637, 3669, 3670, 3671, 3672, 3673, 3674, 3694, 3695, 3709, 3710, 3711, 3712, 3713, 3714, 3717, 3718, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3894, 3895, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 3916, 3917, 3918, 3919, 3920, 3921, 3922, 3923, 3924]), Anchor::Lits(&[1932, 2281])])),
            (155, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[2213, 2219, 2220, 2221, 2222, 2224, 2225, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2316, 2378, 2418, 2419, 2420, 2421, 2492, 2567, 2604, 2605, 2714, 2766, 2767, 2768, 2769]), Anchor::Lits(&[2841, 2946, 2947, 2967, 3018, 3206, 3243, 3741, 4182, 4470, 4483, 4496, 4752])])),
            (156, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1909, 2546, 2840, 3219, 3317, 3328, 3422, 3759, 4136, 4160, 4161, 4477, 4594, 4595, 4614, 4672, 4776]), Anchor::All(&[Anchor::Lits(&[2547, 2548, 2549, 2550, 2551, 2552, 4079, 4080, 4081, 4082, 4083, 4084, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4490, 4491, 4492, 4493, 4494, 4495, 4703, 4704, 4705, 4706, 4707, 4708, 4797, 4798, 4799, 4800, 4801, 4802, 4803, 4804, 4805, 4806, 4807, 4808]), Anchor::Lits(&[75, 100, 111, 147, 189, 220, 257, 346, 364, 376, 413, 465, 502, 537, 611, 628, 639, 670, 709, 735, 767, 839, 856, 867, 898, 937, 963, 995, 1067, 1084, 1095, 1126, 1165, 1191, 1223, 1320, 1354, 1369, 1415, 1472, 1526, 1569])])]), Anchor::Lits(&[2967, 3000, 3123, 3206, 3207, 3463, 3744, 4159, 4174, 4182, 4232, 4234, 4235, 4470, 4483, 4533, 4712, 4752])]), Anchor::All(&[Anchor::Lits(&[96, 147, 257, 360, 413, 537, 624, 670, 767, 852, 898, 995, 1080, 1126, 1223, 1350, 1415, 1569]), Anchor::Lits(&[2547, 2548, 2549, 2550, 2551, 2552, 4079, 4080, 4081, 4082, 4083, 4084, 4220, 4221, 4222, 4223, 4224, 4225, 4490, 4491, 4492, 4493, 4494, 4495]), Anchor::Lits(&[3320, 3321, 3322, 3323, 3324, 3325, 3407, 3408, 3409, 3410, 3411, 3412, 4471, 4472, 4473, 4474, 4475, 4476, 4484, 4485, 4486, 4487, 4488, 4489])])])),
            (171, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[3749, 3750]), Anchor::All(&[Anchor::Lits(&[2327, 4103, 4464, 4762]), Anchor::Lits(&[3369, 3370]), Anchor::Lits(&[525, 529, 1556, 1560])]), Anchor::All(&[Anchor::Lits(&[2327, 4103, 4464, 4762]), Anchor::Lits(&[2810, 2811, 3135, 3136, 3186, 3187, 3745, 3746, 4197, 4198, 4250, 4251, 4694, 4695, 4750, 4751])]), Anchor::All(&[Anchor::Lits(&[2327, 4103, 4464, 4762]), Anchor::Lits(&[2633, 2634, 3321, 3325, 3369, 3370, 3408, 3412])]), Anchor::All(&[Anchor::Lits(&[2327, 4103, 4464, 4559, 4762]), Anchor::Lits(&[2352, 2353, 3926, 3927, 4236, 4237]), Anchor::Lits(&[386, 387, 391, 392, 525, 529, 1384, 1385, 1391, 1392, 1556, 1560])]), Anchor::All(&[Anchor::Lits(&[3369, 3370]), Anchor::Lits(&[324, 325, 1296, 1297]), Anchor::Any(&[Anchor::Lits(&[2506, 3749, 3750]), Anchor::All(&[Anchor::Lits(&[2992, 2993]), Anchor::Lits(&[538, 1570])]), Anchor::All(&[Anchor::Lits(&[4376]), Anchor::Lits(&[2992, 2993])])])]), Anchor::All(&[Anchor::Lits(&[3369, 3370]), Anchor::Lits(&[4219]), Anchor::Any(&[Anchor::Lits(&[2327, 4103, 4135, 4464, 4559, 4762]), Anchor::All(&[Anchor::Lits(&[2508, 2512]), Anchor::Lits(&[457, 1463])])])]), Anchor::All(&[Anchor::Lits(&[4135]), Anchor::Any(&[Anchor::Lits(&[3319, 3368, 4671]), Anchor::All(&[Anchor::Lits(&[3408, 3412]), Anchor::Lits(&[462, 1468])])]), Anchor::Lits(&[454, 455, 458, 459, 1460, 1461, 1464, 1465])])])),
            (172, "control-weakened", Anchor::Any(&[Anchor::Lits(&[2527, 2743, 3073, 3809, 3948]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1917, 2518, 2519, 2521, 2523, 2526, 2528, 2885, 2886, 3757, 3808, 3928, 3929, 3930, 4698, 4699]), Anchor::All(&[Anchor::Lits(&[3757]), Anchor::Lits(&[4178]), Anchor::Lits(&[3501, 4812])]), Anchor::All(&[Anchor::Lits(&[2320]), Anchor::Lits(&[4389, 4390, 4391, 4392, 4393]), Anchor::Lits(&[4178])]), Anchor::All(&[Anchor::Lits(&[3947]), Anchor::Lits(&[4179, 4180, 4395])]), Anchor::All(&[Anchor::Lits(&[2742]), Anchor::Lits(&[4178]), Anchor::Lits(&[3501, 4812])]), Anchor::All(&[Anchor::Lits(&[4478, 4479]), Anchor::Lits(&[4178]), Anchor::Lits(&[3501, 4812])]), Anchor::All(&[Anchor::Lits(&[4178]), Anchor::Lits(&[4158]), Anchor::Lits(&[3501, 4812])]), Anchor::All(&[Anchor::Lits(&[2417]), Anchor::Lits(&[4178]), Anchor::Lits(&[3501, 4812])]), Anchor::All(&[Anchor::Lits(&[4196]), Anchor::Lits(&[4178]), Anchor::Lits(&[3501, 4812])]), Anchor::All(&[Anchor::Lits(&[2721, 2724, 2733]), Anchor::Lits(&[1418, 2300, 3524, 4670])]), Anchor::All(&[Anchor::Lits(&[3462]), Anchor::Lits(&[2320])]), Anchor::All(&[Anchor::Lits(&[3650, 3651]), Anchor::Lits(&[1376, 2298])]), Anchor::All(&[Anchor::Lits(&[4588, 4589]), Anchor::Lits(&[3757])]), Anchor::All(&[Anchor::Lits(&[3757]), Anchor::Lits(&[3005, 3006])]), Anchor::All(&[Anchor::Lits(&[3124]), Anchor::Lits(&[3757])])]), Anchor::Any(&[Anchor::Lits(&[2814, 3009, 3017, 3025, 3065, 3116, 3202, 3638, 3663, 3739, 4164, 4299, 4318, 4534, 4555, 4556, 4701, 4702, 4709, 4726, 4772]), Anchor::All(&[Anchor::Lits(&[456, 1462]), Anchor::Lits(&[4694, 4695])]), Anchor::All(&[Anchor::Lits(&[4502, 4503]), Anchor::Lits(&[456, 1462])]), Anchor::All(&[Anchor::Lits(&[4590, 4591]), Anchor::Lits(&[456, 1462])]), Anchor::All(&[Anchor::Lits(&[490, 1510]), Anchor::Lits(&[3312, 3313]), Anchor::Lits(&[453, 1459])])])]), Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4727, 4728]), Anchor::Lits(&[3757])]), Anchor::All(&[Anchor::Lits(&[3117, 3118]), Anchor::Lits(&[492, 493, 1512, 1513]), Anchor::Lits(&[2321, 2322])])]), Anchor::Lits(&[2529])]), Anchor::All(&[Anchor::Lits(&[534, 535, 1565, 1566]), Anchor::Lits(&[343, 449, 473, 495, 1317, 1453, 1482, 1517])]), Anchor::All(&[Anchor::Lits(&[3947]), Anchor::Any(&[Anchor::Lits(&[1907, 3196, 3600]), Anchor::All(&[Anchor::Lits(&[393, 1393]), Anchor::Lits(&[2560, 2564])]), Anchor::All(&[Anchor::Lits(&[394, 1394]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[393, 1393]), Anchor::Lits(&[3190, 3194])])]), Anchor::Lits(&[4178])])])),
            (173, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3369, 3370]), Anchor::Lits(&[4219]), Anchor::Any(&[Anchor::Lits(&[2506, 4254, 4467, 4757]), Anchor::All(&[Anchor::Lits(&[4192]), Anchor::Lits(&[2508, 2512])])])]), Anchor::All(&[Anchor::Lits(&[2324, 2325, 2751, 2752, 4080, 4084, 4248, 4249, 4263, 4264, 4468, 4469, 4767, 4768]), Anchor::Any(&[Anchor::Lits(&[2565, 3195, 3196, 3600, 4219]), Anchor::All(&[Anchor::Lits(&[539, 1571]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[4377]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[3143]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[4792]), Anchor::Lits(&[2914, 4102]), Anchor::Lits(&[4603, 4607])])]), Anchor::Any(&[Anchor::Lits(&[3207, 3653, 3744, 4483]), Anchor::All(&[Anchor::Lits(&[4080, 4084]), Anchor::Lits(&[536, 1567])])])]), Anchor::All(&[Anchor::Lits(&[3654, 3655]), Anchor::Any(&[Anchor::Lits(&[2565, 3195, 3196, 3600, 4219]), Anchor::All(&[Anchor::Lits(&[539, 1571]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[4377]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[3143]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[4792]), Anchor::Lits(&[2914, 4102]), Anchor::Lits(&[4603, 4607])])]), Anchor::Any(&[Anchor::Lits(&[2320, 4247, 4254, 4465, 4765]), Anchor::All(&[Anchor::Lits(&[4467]), Anchor::Lits(&[372, 1365])])])])])),
            (174, "tool-output-approves-itself", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2669, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3271, 3272, 3280, 3281, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 4055, 4625, 4626, 4627, 4628, 4629, 4630, 4631, 4632, 4633, 4634, 4635, 4636, 4637, 4638, 4639, 4647, 4655, 4663, 4664, 4665, 4666, 4667, 4668, 4669]), Anchor::All(&[Anchor::Lits(&[2323, 2574, 2771, 2844, 3201, 3373, 4170, 4181, 4397, 4398, 4463, 4497, 4518, 4682]), Anchor::Lits(&[1849, 1932, 2201, 4362])]), Anchor::All(&[Anchor::Lits(&[4359, 4360]), Anchor::Lits(&[1764]), Anchor::Lits(&[3245, 3246, 4063, 4064])]), Anchor::All(&[Anchor::Lits(&[296, 321, 489, 1257, 1291, 1509, 1767, 1768, 1769]), Anchor::Lits(&[1765, 1766, 1767, 1768, 1769])])]), Anchor::Any(&[Anchor::Lits(&[2517, 2520, 2528, 2573, 2805, 2806, 2807, 2916, 3078, 3137, 3371, 3664, 4171, 4193, 4357, 4714, 4791]), Anchor::All(&[Anchor::Lits(&[2744]), Anchor::Lits(&[4399, 4824])]), Anchor::All(&[Anchor::Lits(&[4796]), Anchor::Lits(&[2631, 2916])]), Anchor::All(&[Anchor::Lits(&[3758]), Anchor::Lits(&[451, 1457])]), Anchor::All(&[Anchor::Lits(&[333, 441, 487, 1307, 1445, 1506]), Anchor::Lits(&[3723])]), Anchor::All(&[Anchor::Lits(&[312, 1275, 2524, 2525, 2602, 2603, 2747, 2748]), Anchor::Lits(&[2522, 2601, 2746]), Anchor::Lits(&[4692])])])])),
            (178, "file-posted-to-an-outside-url", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1831, 1832, 1833, 1834, 1835, 1836, 1842, 1843, 1844, 1845, 1846, 1847, 1855, 1856, 1857, 1858, 1859, 1860]), Anchor::All(&[Anchor::Lits(&[1851, 1852]), Anchor::Lits(&[2210])])]), Anchor::Lits(&[3247, 3248, 3466, 3467]), Anchor::Lits(&[3000, 3465, 4777, 4811])])),
            (192, "override-instructions-cjk", Anchor::Lits(&[5003, 5016, 5025, 5030, 5037, 5053, 5059, 5074, 5083, 5089, 5109, 5110, 5111, 5112, 5113, 5116, 5118, 5120, 5124, 5127, 5138, 5143, 5166, 5168, 5180, 5181, 5193, 5198, 5204, 5207, 5226, 5248, 5249])),
            (195, "override-instructions-other-scripts", Anchor::Lits(&[4841, 4842, 4843, 4912, 4913, 4927, 4932, 4938, 4941, 4947, 4954, 4968, 4969, 4980, 4985, 4986, 4987, 4992, 4995, 4997])),
            (198, "unrestricted-persona-other-scripts", Anchor::Lits(&[4936, 4942, 4970, 4983, 4996, 5004, 5005, 5098, 5104, 5140, 5141, 5169, 5173, 5180, 5181, 5199, 5210, 5239, 5244])),
            (200, "reveal-system-prompt-other-scripts", Anchor::Lits(&[4928, 4939, 4943, 4950, 4961, 4964, 4975, 4976, 4982, 4991, 4993, 5016, 5017, 5062, 5163, 5212, 5217, 5223, 5229, 5235, 5253])),
            (202, "disable-safety-other-scripts", Anchor::Lits(&[5015, 5050, 5055, 5094, 5095, 5153, 5161, 5172, 5174, 5193, 5194, 5208, 5216, 5218, 5220, 5232, 5246])),
            (204, "stop-following-instructions-cjk", Anchor::Lits(&[5007, 5008, 5010, 5086, 5091, 5117, 5130, 5131, 5146, 5147, 5177, 5205, 5206, 5221, 5252])),
            (208, "conceal-from-the-user-cjk", Anchor::Lits(&[5021, 5048, 5149])),
            (215, "reveal-system-prompt-zh", Anchor::Lits(&[5045, 5046, 5047, 5054, 5057, 5060, 5061, 5078, 5165, 5166, 5167, 5168, 5211, 5213])),
            (217, "admin-role-handed-out-other-scripts", Anchor::Lits(&[4923, 4926, 4931, 4944, 4945, 4951, 4952, 4953, 4965, 4966, 4967, 4977, 4978, 5038, 5041, 5058, 5075, 5076, 5119, 5121, 5171, 5176, 5191, 5192, 5230, 5255])),
            (220, "control-weakened-other-scripts", Anchor::Lits(&[5014, 5049, 5050, 5055, 5064, 5068, 5073, 5079, 5080, 5085, 5092, 5122, 5123, 5142, 5161, 5164, 5182, 5208, 5218, 5220, 5233, 5234, 5251, 5256])),
            (222, "destructive-without-confirmation-cjk", Anchor::Any(&[Anchor::Lits(&[5063, 5064, 5067, 5068, 5114, 5115, 5139]), Anchor::All(&[Anchor::Lits(&[5090, 5097, 5103, 5159, 5160, 5183, 5186, 5187, 5190, 5209]), Anchor::Lits(&[5029, 5031, 5032, 5033, 5034, 5065, 5069, 5125, 5126, 5132, 5133, 5144, 5145])])])),
            (223, "results-sent-to-an-address-cjk", Anchor::Lits(&[5012, 5023, 5024, 5044, 5052, 5081, 5084, 5106, 5108, 5150, 5152, 5195, 5196, 5197, 5200, 5201, 5202, 5203, 5228, 5238, 5250])),
            (224, "addressed-to-the-agent-other-scripts", Anchor::Any(&[Anchor::Lits(&[4914, 4915, 4916, 4917, 4918, 4924, 4925, 4930, 4933, 4949, 4959, 4960, 4981, 4988, 5006, 5009, 5185, 5189, 5214, 5215, 5219, 5245, 5254]), Anchor::All(&[Anchor::Lits(&[5219, 5245, 5254]), Anchor::Lits(&[2422, 5247])]), Anchor::All(&[Anchor::Lits(&[5087, 5088, 5170, 5175, 5179]), Anchor::Lits(&[2422, 5039, 5042, 5077, 5093, 5128, 5129, 5184, 5188])])])),
            (225, "conceal-from-the-user-other-scripts", Anchor::Lits(&[4910, 4920, 4937, 4942, 4946, 4955, 4957, 4962, 4963, 4970, 4973, 4974, 4990, 4994, 5002, 5043, 5051, 5056, 5066, 5070, 5082, 5101, 5102, 5134, 5135, 5148, 5151, 5154, 5155, 5157, 5158, 5162, 5178, 5222, 5224, 5225, 5227, 5236, 5237])),
            (227, "no-limits-any-more-cjk", Anchor::Lits(&[5020, 5022, 5026, 5027, 5028, 5071, 5136, 5137, 5180, 5240, 5241, 5242, 5243])),
            (231, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1909, 2774, 2813, 3094, 3219, 3317, 3422, 3599, 3610, 3957, 3958, 3959, 4054, 4160, 4162, 4176, 4337, 4338, 4596, 4672, 4775]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1912, 1913, 1914]), Anchor::All(&[Anchor::Lits(&[1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873]), Anchor::Lits(&[1910, 1915, 1918, 1920, 1922, 1924, 1926, 1928, 1930])])]), Anchor::Lits(&[1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873]), Anchor::Lits(&[1906, 1911, 1916, 1919, 1921, 1923, 1925, 1927, 1929, 1931])])]), Anchor::Lits(&[2516, 2967, 3000, 3132, 3204, 3243, 3944, 3946, 4174, 4182, 4234, 4455, 4470, 4481, 4498, 4533, 4752, 4777])])),
            (232, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731]), Anchor::All(&[Anchor::Lits(&[2236]), Anchor::Lits(&[2281]), Anchor::Lits(&[2601, 2745, 2746, 3371, 4692, 4816])])])),
            (243, "forged-tool-result", Anchor::All(&[Anchor::Lits(&[2575, 2576, 2577, 2578, 2579, 2580, 2583, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4656, 4657, 4658, 4659, 4660, 4661, 4662]), Anchor::Lits(&[64, 108, 109, 110, 183, 253, 254, 255, 334, 373, 374, 375, 452, 531, 532, 533, 600, 636, 637, 638, 704, 764, 765, 766, 828, 864, 865, 866, 932, 992, 993, 994, 1056, 1092, 1093, 1094, 1160, 1220, 1221, 1222, 1308, 1366, 1367, 1368, 1458, 1562, 1563, 1564, 2078, 2100, 2101, 2102, 2141, 2196, 2197, 2198]), Anchor::Lits(&[1935])])),
            (253, "account-safety-parameter-switched-off", Anchor::Lits(&[3166, 3167, 4186, 4191, 4351, 4352, 4713])),
            (255, "secret-resolved-as-a-hostname", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[20, 1258, 2206, 2288, 4833]), Anchor::Any(&[Anchor::Lits(&[3037, 3314, 3315, 3724, 3727, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 4173, 4354, 4355]), Anchor::All(&[Anchor::Lits(&[3091]), Anchor::Lits(&[416, 484, 485, 486, 488, 1419, 1500, 1501, 1505, 1507])])]), Anchor::Lits(&[2204, 2205, 2206, 2282, 2283, 2288, 4831, 4832, 4833])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3037, 4052, 4354]), Anchor::All(&[Anchor::Lits(&[3091]), Anchor::Lits(&[416, 485, 1419, 1501])]), Anchor::All(&[Anchor::Lits(&[3725, 3726, 3728, 3729, 3737, 3738]), Anchor::Lits(&[359, 382, 433, 1349, 1378, 1437])])]), Anchor::Lits(&[3037, 3092, 3093, 3725, 3726, 3728, 3729, 3737, 3738, 4052, 4354]), Anchor::Lits(&[3127, 3131, 3190, 3194])])])),
            (256, "data-placeholder-in-an-image-url", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2132, 2284]), Anchor::All(&[Anchor::Lits(&[1597]), Anchor::Lits(&[2284])])]), Anchor::Lits(&[0, 1, 2, 4, 5, 6, 21, 46, 47, 48, 49, 50, 51, 52, 53, 54, 118, 119, 1237, 1238, 1239, 1241, 1242, 1243, 1259, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1292, 1293, 1379, 1380, 2285, 2286, 2287, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528]), Anchor::Lits(&[2200])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x4ad40413b0771cc4;
