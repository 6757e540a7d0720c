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
\x20anthropic\
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
\x20he\
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
\x20name that\
\x20name the \
\x20name them\
\x20name this\
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
\x20openai\
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
\x20others\
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
\x20people\
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
\x20she\
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
\x20snowflake\
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
\x20someone\
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
\x20the admin\
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
\x20the company\
\x20the creator \
\x20the creators \
\x20the developer\
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
\x20the prompt\
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
\x20the system\
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
\x20they\
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
\x20your company\
\x20your configuration\
\x20your configured \
\x20your connection has\
\x20your connection holds\
\x20your connection is using\
\x20your connection runs with\
\x20your connection uses\
\x20your connection was configured with\
\x20your creator\
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
\x20your developer\
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
\x20your operator\
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
\x20your prompt\
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
\x20your system prompt\
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
what does your \
what else is your \
what if \
what is your \
what s your \
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
            ends: &[2, 5, 7, 18, 29, 39, 48, 68, 88, 107, 125, 144, 161, 171, 179, 181, 185, 187, 189, 191, 193, 195, 197, 199, 209, 229, 245, 264, 272, 281, 287, 294, 307, 320, 327, 335, 349, 363, 380, 398, 428, 436, 445, 463, 482, 497, 513, 526, 533, 550, 568, 574, 581, 591, 604, 622, 641, 650, 659, 673, 683, 695, 706, 712, 719, 734, 747, 759, 779, 797, 818, 838, 859, 882, 905, 922, 943, 962, 984, 1004, 1026, 1050, 1074, 1093, 1101, 1116, 1127, 1138, 1149, 1164, 1180, 1202, 1228, 1255, 1283, 1304, 1325, 1347, 1368, 1390, 1408, 1430, 1453, 1477, 1494, 1511, 1529, 1546, 1564, 1577, 1588, 1592, 1600, 1610, 1621, 1629, 1640, 1653, 1661, 1678, 1693, 1710, 1723, 1732, 1737, 1757, 1782, 1807, 1831, 1849, 1869, 1888, 1898, 1909, 1921, 1932, 1945, 1966, 1982, 1997, 2016, 2028, 2039, 2060, 2079, 2093, 2108, 2126, 2143, 2156, 2173, 2187, 2216, 2240, 2267, 2287, 2306, 2335, 2362, 2384, 2407, 2433, 2458, 2479, 2488, 2503, 2519, 2526, 2543, 2558, 2577, 2593, 2614, 2632, 2649, 2663, 2670, 2678, 2687, 2694, 2702, 2710, 2724, 2734, 2745, 2757, 2761, 2766, 2777, 2788, 2795, 2808, 2819, 2831, 2841, 2851, 2860, 2870, 2884, 2896, 2909, 2920, 2931, 2944, 2948, 2953, 2972, 2986, 3001, 3017, 3035, 3053, 3068, 3083, 3095, 3113, 3126, 3136, 3154, 3166, 3175, 3190, 3201, 3215, 3224, 3234, 3253, 3270, 3290, 3306, 3325, 3345, 3367, 3389, 3406, 3422, 3434, 3454, 3472, 3493, 3512, 3533, 3556, 3579, 3597, 3609, 3625, 3639, 3654, 3674, 3689, 3712, 3726, 3737, 3750, 3759, 3767, 3780, 3794, 3809, 3824, 3838, 3855, 3870, 3888, 3896, 3902, 3914, 3934, 3950, 3969, 3978, 3988, 3995, 4003, 4011, 4020, 4038, 4057, 4076, 4091, 4109, 4118, 4128, 4147, 4167, 4183, 4200, 4218, 4237, 4244, 4252, 4266, 4281, 4291, 4305, 4320, 4324, 4341, 4356, 4370, 4382, 4392, 4402, 4419, 4434, 4443, 4461, 4477, 4491, 4503, 4519, 4533, 4549, 4561, 4569, 4580, 4591, 4601, 4611, 4625, 4633, 4646, 4660, 4678, 4695, 4705, 4719, 4732, 4757, 4767, 4778, 4788, 4804, 4821, 4843, 4865, 4880, 4896, 4917, 4929, 4944, 4958, 4975, 4991, 5005, 5020, 5027, 5038, 5055, 5064, 5074, 5086, 5091, 5103, 5112, 5123, 5137, 5152, 5161, 5171, 5178, 5186, 5197, 5212, 5228, 5248, 5264, 5281, 5299, 5310, 5322, 5335, 5345, 5360, 5367, 5378, 5389, 5403, 5415, 5427, 5442, 5449, 5457, 5466, 5475, 5485, 5493, 5507, 5518, 5533, 5549, 5560, 5573, 5589, 5606, 5625, 5640, 5656, 5673, 5691, 5699, 5717, 5737, 5755, 5771, 5789, 5811, 5827, 5839, 5852, 5870, 5891, 5903, 5919, 5928, 5938, 5952, 5967, 5981, 5995, 6005, 6026, 6045, 6067, 6088, 6110, 6134, 6158, 6177, 6195, 6209, 6231, 6251, 6274, 6295, 6318, 6343, 6368, 6388, 6397, 6412, 6420, 6424, 6439, 6451, 6464, 6478, 6493, 6508, 6518, 6534, 6547, 6564, 6573, 6582, 6596, 6607, 6620, 6634, 6653, 6665, 6680, 6689, 6698, 6717, 6733, 6750, 6769, 6788, 6801, 6812, 6830, 6837, 6851, 6863, 6877, 6886, 6903, 6913, 6922, 6936, 6944, 6957, 6965, 6992, 7016, 7039, 7062, 7083, 7097, 7104, 7121, 7125, 7131, 7143, 7157, 7167, 7178, 7188, 7203, 7217, 7230, 7240, 7257, 7273, 7282, 7294, 7301, 7314, 7329, 7341, 7352, 7368, 7383, 7397, 7408, 7426, 7436, 7448, 7461, 7480, 7492, 7505, 7516, 7525, 7539, 7549, 7560, 7567, 7578, 7589, 7601, 7614, 7628, 7637, 7647, 7656, 7671, 7685, 7693, 7708, 7728, 7740, 7755, 7768, 7780, 7788, 7799, 7807, 7822, 7834, 7849, 7859, 7868, 7876, 7889, 7903, 7927, 7939, 7953, 7962, 7973, 7988, 8003, 8019, 8036, 8044, 8051, 8055, 8060, 8066, 8073, 8086, 8101, 8114, 8124, 8132, 8137, 8148, 8161, 8172, 8184, 8192, 8198, 8207, 8214, 8221, 8229, 8236, 8245, 8255, 8263, 8270, 8280, 8288, 8295, 8301, 8307, 8325, 8339, 8365, 8396, 8421, 8448, 8480, 8506, 8512, 8520, 8531, 8539, 8545, 8559, 8571, 8583, 8594, 8604, 8621, 8633, 8644, 8661, 8676, 8694, 8703, 8716, 8724, 8731, 8739, 8749, 8760, 8769, 8777, 8788, 8797, 8805, 8817, 8827, 8832, 8847, 8860, 8872, 8889, 8913, 8935, 8950, 8961, 8976, 8999, 9020, 9044, 9067, 9091, 9117, 9143, 9163, 9187, 9209, 9234, 9257, 9282, 9309, 9336, 9358, 9369, 9385, 9398, 9411, 9436, 9450, 9465, 9475, 9487, 9500, 9510, 9521, 9538, 9546, 9555, 9561, 9572, 9577, 9583, 9591, 9599, 9608, 9615, 9623, 9635, 9639, 9653, 9666, 9674, 9682, 9689, 9693, 9699, 9707, 9725, 9740, 9756, 9774, 9792, 9804, 9826, 9845, 9865, 9887, 9909, 9925, 9939, 9960, 9970, 9987, 9995, 10004, 10023, 10039, 10056, 10075, 10094, 10107, 10130, 10150, 10171, 10194, 10217, 10234, 10249, 10271, 10282, 10300, 10308, 10316, 10341, 10360, 10373, 10390, 10402, 10415, 10428, 10443, 10457, 10472, 10483, 10496, 10514, 10526, 10542, 10559, 10574, 10592, 10614, 10625, 10644, 10649, 10657, 10675, 10687, 10695, 10704, 10718, 10735, 10743, 10759, 10774, 10787, 10807, 10826, 10843, 10861, 10875, 10880, 10886, 10893, 10904, 10912, 10924, 10934, 10947, 10964, 10969, 10977, 10988, 10994, 11004, 11014, 11025, 11044, 11059, 11077, 11085, 11097, 11114, 11123, 11135, 11149, 11163, 11179, 11186, 11194, 11202, 11212, 11220, 11233, 11243, 11251, 11257, 11267, 11276, 11282, 11288, 11295, 11304, 11312, 11328, 11337, 11348, 11357, 11365, 11377, 11392, 11407, 11420, 11432, 11444, 11452, 11464, 11472, 11479, 11487, 11500, 11525, 11535, 11546, 11565, 11573, 11582, 11594, 11604, 11615, 11629, 11639, 11649, 11660, 11670, 11681, 11695, 11707, 11720, 11734, 11749, 11763, 11779, 11793, 11808, 11825, 11841, 11854, 11867, 11879, 11894, 11910, 11928, 11946, 11961, 11978, 11990, 12003, 12022, 12031, 12039, 12048, 12058, 12067, 12075, 12088, 12102, 12118, 12133, 12145, 12157, 12168, 12182, 12197, 12214, 12231, 12245, 12261, 12272, 12284, 12302, 12308, 12319, 12331, 12345, 12358, 12368, 12378, 12387, 12399, 12412, 12427, 12442, 12454, 12468, 12477, 12487, 12503, 12519, 12532, 12544, 12560, 12582, 12606, 12628, 12642, 12662, 12683, 12705, 12727, 12756, 12779, 12794, 12814, 12819, 12823, 12830, 12841, 12848, 12856, 12864, 12872, 12880, 12888, 12905, 12913, 12923, 12934, 12943, 12951, 12960, 12974, 12986, 12991, 12997, 13006, 13016, 13025, 13031, 13042, 13058, 13075, 13085, 13096, 13108, 13118, 13126, 13138, 13155, 13173, 13184, 13196, 13209, 13218, 13227, 13235, 13243, 13255, 13261, 13273, 13281, 13288, 13300, 13308, 13316, 13323, 13334, 13342, 13349, 13361, 13372, 13386, 13394, 13405, 13416, 13423, 13431, 13440, 13447, 13462, 13476, 13486, 13494, 13501, 13509, 13516, 13524, 13532, 13541, 13553, 13567, 13580, 13594, 13603, 13617, 13630, 13644, 13660, 13681, 13702, 13719, 13735, 13752, 13770, 13792, 13817, 13825, 13834, 13847, 13863, 13873, 13881, 13896, 13912, 13929, 13939, 13950, 13964, 13974, 13986, 14002, 14015, 14026, 14039, 14055, 14067, 14081, 14102, 14117, 14128, 14140, 14157, 14177, 14188, 14195, 14203, 14217, 14232, 14249, 14264, 14284, 14301, 14315, 14328, 14338, 14349, 14361, 14377, 14389, 14400, 14419, 14441, 14459, 14477, 14491, 14503, 14516, 14535, 14545, 14555, 14573, 14593, 14612, 14631, 14649, 14661, 14674, 14685, 14693, 14702, 14712, 14724, 14732, 14741, 14756, 14770, 14782, 14794, 14809, 14818, 14828, 14843, 14856, 14869, 14877, 14886, 14899, 14909, 14920, 14932, 14941, 14952, 14964, 14977, 14988, 15000, 15013, 15025, 15033, 15046, 15064, 15083, 15095, 15108, 15122, 15136, 15150, 15169, 15189, 15202, 15216, 15231, 15246, 15258, 15271, 15285, 15293, 15300, 15307, 15315, 15324, 15334, 15339, 15345, 15354, 15362, 15375, 15382, 15390, 15409, 15422, 15431, 15441, 15456, 15474, 15483, 15495, 15503, 15512, 15522, 15533, 15552, 15565, 15586, 15607, 15621, 15633, 15644, 15665, 15686, 15698, 15713, 15725, 15739, 15750, 15767, 15779, 15792, 15805, 15818, 15831, 15845, 15850, 15856, 15860, 15865, 15870, 15877, 15886, 15896, 15910, 15926, 15942, 15959, 15973, 15990, 16005, 16016, 16032, 16040, 16049, 16053, 16083, 16111, 16117, 16122, 16128, 16145, 16154, 16163, 16178, 16181, 16192, 16204, 16210, 16223, 16237, 16255, 16268, 16282, 16292, 16298, 16305, 16313, 16331, 16348, 16360, 16371, 16382, 16399, 16408, 16419, 16430, 16444, 16459, 16484, 16490, 16497, 16505, 16516, 16527, 16546, 16558, 16571, 16579, 16591, 16603, 16623, 16636, 16650, 16659, 16669, 16682, 16695, 16716, 16730, 16745, 16754, 16759, 16774, 16788, 16797, 16805, 16813, 16827, 16837, 16851, 16861, 16872, 16883, 16896, 16910, 16923, 16935, 16946, 16958, 16971, 16983, 16995, 17005, 17017, 17030, 17042, 17053, 17063, 17075, 17088, 17102, 17117, 17131, 17145, 17160, 17174, 17189, 17202, 17219, 17231, 17243, 17263, 17276, 17290, 17305, 17320, 17343, 17359, 17376, 17389, 17402, 17423, 17437, 17452, 17460, 17469, 17485, 17494, 17503, 17528, 17548, 17571, 17587, 17605, 17624, 17639, 17664, 17687, 17705, 17724, 17746, 17767, 17784, 17801, 17819, 17826, 17834, 17843, 17859, 17873, 17887, 17902, 17910, 17917, 17931, 17943, 17955, 17968, 17979, 17990, 17994, 17999, 18011, 18019, 18028, 18040, 18052, 18072, 18090, 18103, 18117, 18137, 18154, 18173, 18189, 18207, 18229, 18238, 18253, 18266, 18279, 18300, 18314, 18329, 18339, 18350, 18364, 18378, 18400, 18415, 18431, 18438, 18446, 18455, 18473, 18484, 18497, 18510, 18523, 18536, 18545, 18555, 18567, 18575, 18584, 18595, 18604, 18613, 18622, 18633, 18648, 18670, 18688, 18702, 18714, 18721, 18727, 18734, 18745, 18750, 18756, 18762, 18769, 18772, 18776, 18786, 18797, 18809, 18822, 18831, 18843, 18853, 18866, 18881, 18888, 18904, 18918, 18935, 18951, 18968, 18987, 19006, 19018, 19031, 19048, 19063, 19081, 19097, 19115, 19135, 19155, 19169, 19184, 19199, 19221, 19237, 19243, 19251, 19264, 19279, 19292, 19303, 19320, 19344, 19375, 19394, 19408, 19421, 19435, 19448, 19461, 19475, 19491, 19508, 19524, 19537, 19551, 19567, 19582, 19594, 19609, 19622, 19637, 19656, 19668, 19695, 19707, 19718, 19730, 19746, 19760, 19775, 19791, 19804, 19823, 19844, 19867, 19895, 19923, 19955, 19977, 19997, 20011, 20024, 20039, 20055, 20072, 20089, 20103, 20118, 20136, 20150, 20166, 20180, 20195, 20211, 20225, 20240, 20256, 20274, 20290, 20308, 20323, 20335, 20347, 20361, 20372, 20384, 20397, 20409, 20421, 20434, 20451, 20469, 20485, 20503, 20516, 20536, 20557, 20565, 20578, 20585, 20589, 20603, 20618, 20635, 20645, 20662, 20677, 20698, 20713, 20729, 20744, 20762, 20779, 20793, 20810, 20825, 20839, 20854, 20867, 20883, 20898, 20923, 20948, 20972, 20998, 21029, 21055, 21077, 21100, 21126, 21149, 21173, 21195, 21218, 21244, 21260, 21277, 21296, 21315, 21331, 21349, 21367, 21380, 21394, 21414, 21429, 21444, 21452, 21467, 21480, 21499, 21512, 21526, 21539, 21555, 21570, 21582, 21597, 21610, 21622, 21635, 21646, 21660, 21673, 21696, 21719, 21741, 21765, 21794, 21818, 21838, 21859, 21883, 21904, 21926, 21946, 21967, 21991, 22005, 22020, 22037, 22054, 22068, 22084, 22100, 22111, 22123, 22141, 22154, 22160, 22171, 22184, 22195, 22204, 22219, 22237, 22259, 22288, 22305, 22317, 22328, 22340, 22351, 22362, 22374, 22388, 22403, 22417, 22428, 22440, 22454, 22467, 22477, 22490, 22501, 22514, 22531, 22541, 22566, 22576, 22585, 22595, 22609, 22621, 22634, 22648, 22659, 22680, 22697, 22718, 22737, 22758, 22784, 22806, 22832, 22859, 22877, 22897, 22927, 22947, 22969, 22987, 22999, 23010, 23023, 23037, 23052, 23067, 23079, 23092, 23108, 23120, 23134, 23146, 23159, 23173, 23185, 23198, 23212, 23228, 23242, 23258, 23271, 23281, 23291, 23303, 23312, 23322, 23333, 23343, 23353, 23364, 23379, 23395, 23409, 23425, 23436, 23454, 23473, 23481, 23492, 23502, 23513, 23516, 23528, 23542, 23556, 23570, 23584, 23589, 23595, 23604, 23613, 23630, 23644, 23654, 23665, 23677, 23687, 23700, 23713, 23734, 23748, 23763, 23773, 23783, 23801, 23812, 23824, 23838, 23853, 23858, 23864, 23873, 23880, 23885, 23891, 23903, 23912, 23933, 23951, 23971, 23993, 24009, 24026, 24044, 24059, 24075, 24097, 24112, 24118, 24124, 24128, 24144, 24153, 24163, 24172, 24191, 24213, 24228, 24249, 24269, 24285, 24296, 24308, 24319, 24331, 24341, 24348, 24354, 24361, 24374, 24390, 24401, 24413, 24423, 24433, 24443, 24450, 24458, 24472, 24484, 24497, 24508, 24519, 24526, 24551, 24576, 24599, 24617, 24636, 24646, 24660, 24677, 24688, 24697, 24708, 24717, 24725, 24734, 24745, 24751, 24760, 24769, 24778, 24786, 24795, 24806, 24816, 24823, 24831, 24835, 24840, 24849, 24863, 24878, 24887, 24897, 24906, 24916, 24929, 24951, 24961, 24969, 24976, 24983, 24992, 25006, 25021, 25037, 25046, 25056, 25066, 25079, 25093, 25100, 25107, 25122, 25134, 25140, 25147, 25161, 25174, 25185, 25198, 25214, 25225, 25236, 25248, 25257, 25267, 25279, 25305, 25326, 25348, 25371, 25396, 25421, 25443, 25465, 25484, 25509, 25529, 25546, 25571, 25577, 25584, 25591, 25607, 25622, 25635, 25655, 25674, 25691, 25709, 25723, 25731, 25742, 25760, 25779, 25787, 25797, 25816, 25836, 25851, 25869, 25877, 25886, 25898, 25919, 25938, 25960, 25981, 26003, 26027, 26051, 26069, 26091, 26111, 26134, 26155, 26178, 26203, 26228, 26247, 26267, 26287, 26314, 26335, 26358, 26371, 26389, 26408, 26429, 26448, 26456, 26469, 26480, 26490, 26501, 26513, 26526, 26541, 26559, 26575, 26592, 26610, 26619, 26631, 26639, 26646, 26654, 26665, 26674, 26690, 26699, 26709, 26726, 26743, 26759, 26774, 26791, 26807, 26820, 26835, 26851, 26866, 26881, 26897, 26912, 26932, 26952, 26971, 26984, 26999, 27013, 27021, 27030, 27040, 27054, 27069, 27085, 27098, 27111, 27123, 27138, 27154, 27172, 27190, 27205, 27222, 27234, 27247, 27266, 27281, 27297, 27314, 27328, 27342, 27355, 27371, 27388, 27407, 27426, 27442, 27460, 27473, 27487, 27507, 27512, 27518, 27524, 27531, 27538, 27546, 27551, 27557, 27565, 27574, 27591, 27602, 27621, 27640, 27652, 27662, 27671, 27690, 27709, 27719, 27732, 27739, 27750, 27758, 27772, 27780, 27792, 27813, 27831, 27850, 27857, 27864, 27871, 27879, 27887, 27894, 27908, 27918, 27931, 27942, 27948, 27958, 27969, 27977, 27988, 28005, 28023, 28042, 28061, 28087, 28107, 28119, 28136, 28149, 28160, 28178, 28198, 28216, 28226, 28231, 28238, 28251, 28265, 28275, 28292, 28310, 28320, 28331, 28343, 28358, 28372, 28387, 28401, 28412, 28423, 28435, 28448, 28461, 28475, 28488, 28499, 28513, 28523, 28540, 28552, 28563, 28582, 28593, 28605, 28613, 28627, 28642, 28653, 28671, 28690, 28702, 28715, 28731, 28746, 28762, 28777, 28789, 28801, 28814, 28828, 28843, 28858, 28874, 28886, 28905, 28925, 28938, 28952, 28969, 28985, 29002, 29018, 29031, 29044, 29058, 29073, 29089, 29104, 29120, 29129, 29139, 29152, 29164, 29177, 29189, 29202, 29211, 29225, 29235, 29255, 29264, 29273, 29282, 29291, 29300, 29309, 29319, 29327, 29334, 29344, 29355, 29364, 29372, 29383, 29394, 29406, 29415, 29422, 29430, 29438, 29450, 29465, 29480, 29493, 29509, 29521, 29540, 29554, 29562, 29578, 29595, 29610, 29627, 29640, 29649, 29659, 29676, 29686, 29701, 29716, 29732, 29743, 29755, 29773, 29792, 29812, 29824, 29837, 29851, 29868, 29884, 29901, 29917, 29930, 29943, 29957, 29972, 29987, 30003, 30018, 30031, 30047, 30060, 30072, 30091, 30104, 30118, 30130, 30149, 30162, 30176, 30198, 30214, 30229, 30245, 30262, 30279, 30292, 30309, 30323, 30338, 30348, 30364, 30379, 30397, 30406, 30426, 30447, 30464, 30488, 30513, 30531, 30550, 30572, 30593, 30615, 30636, 30654, 30672, 30691, 30711, 30732, 30753, 30775, 30793, 30818, 30844, 30863, 30883, 30906, 30928, 30951, 30973, 30992, 31011, 31031, 31052, 31074, 31082, 31092, 31099, 31107, 31118, 31126, 31138, 31157, 31172, 31184, 31192, 31200, 31216, 31231, 31251, 31270, 31286, 31298, 31309, 31326, 31345, 31366, 31377, 31392, 31405, 31422, 31437, 31458, 31472, 31487, 31504, 31510, 31517, 31525, 31534, 31546, 31556, 31563, 31574, 31583, 31593, 31604, 31616, 31627, 31638, 31650, 31661, 31673, 31681, 31692, 31701, 31713, 31724, 31736, 31749, 31761, 31778, 31796, 31807, 31819, 31832, 31839, 31845, 31865, 31880, 31891, 31903, 31915, 31927, 31940, 31948, 31956, 31968, 31980, 31989, 32008, 32022, 32032, 32050, 32067, 32083, 32099, 32114, 32138, 32153, 32172, 32187, 32207, 32229, 32245, 32262, 32284, 32300, 32317, 32335, 32354, 32369, 32385, 32401, 32419, 32434, 32454, 32477, 32495, 32509, 32532, 32549, 32570, 32590, 32610, 32629, 32645, 32675, 32695, 32709, 32719, 32735, 32758, 32776, 32799, 32817, 32836, 32856, 32872, 32889, 32908, 32924, 32945, 32969, 32987, 33018, 33039, 33045, 33062, 33076, 33093, 33115, 33137, 33158, 33173, 33190, 33206, 33222, 33237, 33256, 33272, 33284, 33295, 33306, 33321, 33338, 33349, 33359, 33374, 33390, 33399, 33409, 33420, 33431, 33447, 33464, 33474, 33485, 33497, 33509, 33523, 33541, 33553, 33562, 33577, 33595, 33615, 33636, 33646, 33657, 33675, 33691, 33709, 33723, 33733, 33737, 33742, 33754, 33769, 33781, 33792, 33804, 33817, 33828, 33843, 33855, 33872, 33885, 33897, 33903, 33912, 33928, 33938, 33943, 33949, 33956, 33969, 33979, 33985, 33997, 34011, 34030, 34046, 34064, 34085, 34097, 34106, 34126, 34148, 34173, 34180, 34193, 34207, 34218, 34230, 34249, 34258, 34277, 34294, 34306, 34319, 34333, 34338, 34349, 34361, 34375, 34388, 34402, 34418, 34431, 34440, 34451, 34465, 34477, 34489, 34503, 34512, 34522, 34531, 34545, 34558, 34570, 34575, 34584, 34591, 34603, 34611, 34623, 34631, 34638, 34645, 34658, 34678, 34700, 34723, 34744, 34752, 34760, 34766, 34773, 34784, 34800, 34811, 34835, 34856, 34878, 34884, 34891, 34899, 34908, 34914, 34925, 34937, 34952, 34967, 34976, 34997, 35015, 35029, 35045, 35064, 35081, 35098, 35117, 35131, 35146, 35160, 35179, 35197, 35205, 35213, 35219, 35228, 35242, 35256, 35269, 35284, 35298, 35308, 35317, 35325, 35348, 35371, 35395, 35424, 35444, 35466, 35490, 35509, 35519, 35527, 35543, 35555, 35567, 35578, 35593, 35611, 35618, 35625, 35640, 35654, 35670, 35692, 35711, 35726, 35743, 35763, 35781, 35799, 35819, 35834, 35850, 35865, 35885, 35904, 35919, 35930, 35940, 35960, 35971, 35980, 35997, 36010, 36023, 36035, 36051, 36070, 36079, 36099, 36112, 36141, 36163, 36184, 36204, 36225, 36246, 36272, 36301, 36313, 36324, 36336, 36348, 36365, 36395, 36418, 36440, 36461, 36483, 36505, 36532, 36562, 36582, 36585, 36593, 36606, 36621, 36627, 36635, 36644, 36649, 36657, 36671, 36684, 36698, 36711, 36731, 36743, 36766, 36789, 36811, 36832, 36854, 36874, 36887, 36901, 36916, 36927, 36932, 36938, 36945, 36956, 36966, 36982, 36998, 37010, 37021, 37033, 37046, 37063, 37083, 37098, 37105, 37113, 37119, 37126, 37136, 37145, 37158, 37162, 37170, 37183, 37195, 37208, 37223, 37241, 37254, 37268, 37283, 37299, 37318, 37332, 37347, 37363, 37374, 37382, 37398, 37412, 37428, 37441, 37458, 37473, 37486, 37506, 37530, 37552, 37572, 37595, 37614, 37634, 37655, 37674, 37690, 37702, 37715, 37729, 37741, 37755, 37759, 37767, 37774, 37782, 37794, 37808, 37827, 37840, 37855, 37871, 37885, 37905, 37918, 37936, 37953, 37973, 37991, 38015, 38032, 38040, 38049, 38058, 38068, 38075, 38085, 38096, 38105, 38118, 38138, 38142, 38148, 38158, 38173, 38186, 38206, 38214, 38234, 38244, 38255, 38268, 38282, 38302, 38315, 38333, 38345, 38364, 38382, 38392, 38410, 38426, 38433, 38444, 38457, 38470, 38478, 38489, 38507, 38519, 38525, 38535, 38553, 38569, 38592, 38605, 38619, 38636, 38659, 38675, 38696, 38711, 38733, 38742, 38761, 38778, 38802, 38816, 38831, 38849, 38873, 38890, 38912, 38928, 38951, 38959, 38968, 38976, 38983, 38992, 39002, 39010, 39017, 39027, 39035, 39042, 39055, 39071, 39092, 39106, 39119, 39128, 39147, 39161, 39173, 39186, 39201, 39216, 39230, 39243, 39254, 39266, 39278, 39288, 39297, 39315, 39326, 39342, 39352, 39369, 39386, 39395, 39406, 39418, 39427, 39435, 39444, 39452, 39467, 39481, 39500, 39526, 39538, 39555, 39575, 39590, 39612, 39627, 39647, 39659, 39671, 39686, 39699, 39714, 39728, 39743, 39757, 39773, 39786, 39796, 39818, 39833, 39853, 39867, 39888, 39903, 39916, 39930, 39946, 39962, 39977, 39992, 40006, 40024, 40036, 40045, 40062, 40076, 40094, 40114, 40129, 40142, 40154, 40163, 40178, 40196, 40217, 40240, 40255, 40273, 40289, 40306, 40327, 40347, 40362, 40378, 40393, 40404, 40420, 40441, 40457, 40471, 40486, 40503, 40520, 40536, 40552, 40568, 40584, 40599, 40618, 40631, 40639, 40648, 40669, 40684, 40695, 40707, 40724, 40744, 40755, 40765, 40777, 40782, 40788, 40796, 40807, 40820, 40829, 40838, 40848, 40859, 40869, 40881, 40892, 40906, 40921, 40934, 40943, 40953, 40962, 40977, 40992, 41008, 41019, 41033, 41046, 41057, 41068, 41078, 41086, 41094, 41104, 41115, 41128, 41140, 41153, 41162, 41187, 41213, 41237, 41260, 41282, 41307, 41330, 41352, 41374, 41394, 41414, 41433, 41454, 41474, 41485, 41497, 41515, 41535, 41553, 41568, 41580, 41593, 41607, 41626, 41647, 41670, 41692, 41714, 41735, 41753, 41774, 41785, 41799, 41812, 41826, 41837, 41858, 41865, 41886, 41892, 41900, 41917, 41932, 41954, 41966, 41979, 41995, 42017, 42032, 42052, 42066, 42087, 42105, 42114, 42125, 42140, 42153, 42173, 42193, 42211, 42236, 42251, 42267, 42286, 42311, 42329, 42352, 42369, 42393, 42414, 42433, 42459, 42475, 42492, 42512, 42538, 42557, 42581, 42599, 42624, 42633, 42642, 42652, 42662, 42673, 42682, 42693, 42705, 42715, 42724, 42736, 42746, 42755, 42769, 42783, 42803, 42816, 42834, 42846, 42865, 42873, 42881, 42900, 42914, 42925, 42935, 42954, 42971, 42995, 43009, 43024, 43042, 43066, 43083, 43105, 43121, 43144, 43155, 43170, 43178, 43190, 43203, 43214, 43231, 43248, 43264, 43279, 43305, 43331, 43356, 43380, 43405, 43428, 43444, 43458, 43468, 43483, 43492, 43503, 43517, 43530, 43549, 43560, 43577, 43580, 43590, 43604, 43613, 43624, 43641, 43653, 43667, 43681, 43690, 43701, 43711, 43724, 43736, 43748, 43756, 43769, 43780, 43792, 43806, 43820, 43828, 43845, 43862, 43878, 43886, 43904, 43919, 43935, 43953, 43971, 43987, 44003, 44015, 44030, 44043, 44053, 44070, 44082, 44096, 44115, 44134, 44152, 44168, 44183, 44200, 44209, 44215, 44230, 44238, 44251, 44264, 44280, 44288, 44298, 44312, 44330, 44337, 44352, 44367, 44381, 44393, 44404, 44417, 44435, 44454, 44475, 44481, 44496, 44511, 44525, 44531, 44538, 44561, 44583, 44603, 44622, 44642, 44663, 44682, 44691, 44701, 44713, 44723, 44732, 44750, 44770, 44783, 44802, 44816, 44833, 44850, 44865, 44883, 44900, 44917, 44931, 44945, 44959, 44970, 44984, 45001, 45019, 45031, 45047, 45056, 45068, 45082, 45096, 45113, 45140, 45149, 45160, 45169, 45188, 45206, 45222, 45238, 45255, 45268, 45281, 45298, 45313, 45324, 45337, 45350, 45376, 45403, 45429, 45453, 45477, 45502, 45523, 45544, 45569, 45592, 45611, 45632, 45653, 45687, 45706, 45720, 45735, 45751, 45769, 45787, 45802, 45817, 45829, 45847, 45860, 45870, 45888, 45913, 45937, 45959, 45981, 46004, 46023, 46042, 46065, 46086, 46103, 46122, 46141, 46173, 46181, 46207, 46232, 46255, 46278, 46302, 46322, 46342, 46366, 46388, 46406, 46426, 46446, 46479, 46487, 46497, 46502, 46518, 46536, 46547, 46564, 46576, 46591, 46606, 46619, 46635, 46650, 46665, 46677, 46689, 46701, 46710, 46722, 46737, 46753, 46763, 46777, 46784, 46794, 46806, 46818, 46833, 46858, 46866, 46878, 46892, 46904, 46915, 46928, 46933, 46939, 46944, 46952, 46963, 46977, 46989, 47002, 47015, 47025, 47033, 47046, 47056, 47066, 47078, 47088, 47098, 47109, 47120, 47128, 47135, 47157, 47176, 47194, 47208, 47223, 47242, 47263, 47281, 47294, 47308, 47330, 47349, 47363, 47378, 47388, 47399, 47409, 47421, 47425, 47434, 47444, 47449, 47455, 47462, 47479, 47485, 47501, 47513, 47521, 47526, 47538, 47547, 47557, 47568, 47580, 47591, 47602, 47614, 47625, 47637, 47653, 47670, 47677, 47681, 47686, 47692, 47698, 47710, 47741, 47772, 47801, 47825, 47850, 47855, 47861, 47876, 47883, 47906, 47926, 47945, 47960, 47976, 47998, 48017, 48031, 48046, 48069, 48089, 48104, 48120, 48131, 48143, 48148, 48159, 48167, 48176, 48184, 48193, 48204, 48220, 48225, 48231, 48236, 48242, 48248, 48253, 48264, 48278, 48288, 48297, 48302, 48308, 48321, 48334, 48347, 48363, 48373, 48377, 48383, 48390, 48399, 48405, 48418, 48429, 48440, 48452, 48459, 48467, 48474, 48481, 48489, 48509, 48526, 48544, 48550, 48556, 48565, 48575, 48582, 48590, 48595, 48601, 48612, 48626, 48644, 48661, 48676, 48698, 48719, 48738, 48758, 48774, 48779, 48785, 48792, 48807, 48824, 48837, 48853, 48862, 48867, 48878, 48889, 48904, 48920, 48934, 48951, 48961, 48975, 48989, 48999, 49008, 49019, 49030, 49035, 49044, 49056, 49064, 49073, 49083, 49088, 49094, 49103, 49112, 49123, 49134, 49139, 49145, 49154, 49161, 49176, 49192, 49204, 49221, 49227, 49240, 49254, 49267, 49282, 49298, 49306, 49314, 49323, 49345, 49367, 49387, 49402, 49418, 49429, 49441, 49445, 49452, 49461, 49477, 49484, 49491, 49511, 49531, 49540, 49559, 49582, 49605, 49624, 49645, 49664, 49689, 49707, 49726, 49741, 49760, 49779, 49798, 49821, 49844, 49863, 49884, 49903, 49928, 49946, 49965, 49984, 50007, 50030, 50049, 50070, 50089, 50114, 50132, 50151, 50162, 50177, 50196, 50219, 50242, 50261, 50282, 50301, 50326, 50344, 50363, 50378, 50395, 50410, 50431, 50445, 50460, 50473, 50487, 50504, 50523, 50546, 50569, 50588, 50609, 50628, 50653, 50671, 50690, 50703, 50720, 50732, 50750, 50770, 50790, 50800, 50811, 50823, 50843, 50867, 50891, 50911, 50933, 50953, 50979, 50998, 51018, 51034, 51054, 51074, 51094, 51118, 51142, 51162, 51184, 51204, 51230, 51249, 51269, 51289, 51313, 51337, 51357, 51379, 51399, 51425, 51444, 51464, 51484, 51508, 51532, 51552, 51574, 51594, 51620, 51639, 51659, 51675, 51693, 51709, 51731, 51746, 51762, 51782, 51806, 51830, 51850, 51872, 51892, 51918, 51937, 51957, 51970, 51986, 52001, 52013, 52028, 52040, 52054, 52066, 52078, 52086, 52095, 52110, 52129, 52142, 52156, 52168, 52180, 52196, 52216, 52232, 52246, 52261, 52274, 52287, 52304, 52325, 52337, 52345, 52349, 52359, 52366, 52374, 52379, 52385, 52400, 52412, 52422, 52435, 52448, 52463, 52487, 52509, 52525, 52540, 52549, 52567, 52583, 52594, 52602, 52616, 52626, 52637, 52645, 52649, 52668, 52679, 52684, 52691, 52705, 52724, 52743, 52761, 52773, 52787, 52800, 52807, 52821, 52828, 52843, 52848, 52854, 52861, 52869, 52879, 52892, 52896, 52906, 52916, 52927, 52933, 52950, 52967, 52983, 53001, 53024, 53042, 53056, 53071, 53089, 53104, 53120, 53134, 53149, 53167, 53181, 53197, 53210, 53226, 53239, 53251, 53264, 53270, 53282, 53292, 53309, 53322, 53338, 53351, 53359, 53368, 53379, 53391, 53401, 53410, 53422, 53432, 53441, 53449, 53459, 53469, 53479, 53489, 53493, 53508, 53518, 53535, 53548, 53565, 53580, 53597, 53613, 53635, 53653, 53675, 53698, 53716, 53730, 53745, 53763, 53778, 53794, 53820, 53836, 53850, 53865, 53883, 53897, 53906, 53913, 53928, 53943, 53957, 53973, 53994, 54010, 54022, 54035, 54051, 54064, 54078, 54090, 54103, 54119, 54125, 54148, 54167, 54186, 54196, 54214, 54228, 54242, 54251, 54258, 54275, 54290, 54303, 54310, 54322, 54338, 54352, 54364, 54374, 54390, 54413, 54443, 54455, 54468, 54480, 54492, 54505, 54520, 54536, 54548, 54561, 54576, 54590, 54601, 54615, 54630, 54646, 54660, 54678, 54689, 54704, 54730, 54741, 54751, 54762, 54777, 54790, 54804, 54819, 54831, 54847, 54870, 54889, 54911, 54933, 54956, 54984, 55003, 55024, 55047, 55070, 55093, 55117, 55146, 55166, 55188, 55212, 55225, 55239, 55255, 55271, 55284, 55298, 55315, 55328, 55342, 55357, 55372, 55385, 55399, 55412, 55426, 55441, 55458, 55473, 55490, 55504, 55515, 55526, 55539, 55549, 55560, 55572, 55583, 55594, 55606, 55622, 55639, 55654, 55671, 55691, 55702, 55717, 55739, 55757, 55770, 55788, 55806, 55819, 55831, 55848, 55864, 55877, 55886, 55894, 55902, 55913, 55926, 55938, 55950, 55964, 55976, 55990, 56003, 56020, 56034, 56044, 56053, 56062, 56075, 56090, 56096, 56113, 56125, 56139, 56151, 56169, 56195, 56198, 56202, 56214, 56223, 56233, 56247, 56257, 56271, 56281, 56297, 56314, 56329, 56344, 56359, 56369, 56380, 56394, 56404, 56415, 56429, 56443, 56458, 56468, 56479, 56490, 56511, 56529, 56545, 56563, 56583, 56600, 56619, 56635, 56653, 56669, 56689, 56708, 56730, 56747, 56764, 56783, 56802, 56827, 56843, 56854, 56869, 56883, 56900, 56915, 56933, 56950, 56967, 56986, 57010, 57028, 57047, 57071, 57090, 57108, 57136, 57154, 57174, 57196, 57216, 57238, 57254, 57272, 57292, 57314, 57330, 57337, 57349, 57362, 57374, 57384, 57396, 57409, 57422, 57434, 57451, 57470, 57491, 57517, 57543, 57573, 57593, 57611, 57622, 57638, 57648, 57657, 57673, 57683, 57695, 57708, 57725, 57740, 57755, 57765, 57776, 57783, 57795, 57811, 57824, 57835, 57847, 57862, 57873, 57885, 57899, 57910, 57920, 57934, 57950, 57962, 57981, 58000, 58005, 58016, 58032, 58049, 58070, 58087, 58107, 58125, 58144, 58161, 58178, 58199, 58218, 58238, 58256, 58274, 58282, 58293, 58300, 58308, 58321, 58331, 58341, 58355, 58364, 58373, 58390, 58400, 58411, 58421, 58431, 58449, 58460, 58472, 58483, 58494, 58513, 58525, 58538, 58543, 58553, 58562, 58568, 58577, 58592, 58608, 58625, 58642, 58666, 58684, 58694, 58709, 58718, 58734, 58752, 58768, 58782, 58794, 58804, 58823, 58832, 58836, 58848, 58856, 58862, 58868, 58875, 58883, 58899, 58914, 58933, 58953, 58968, 58988, 59002, 59014, 59029, 59047, 59059, 59067, 59074, 59082, 59091, 59112, 59128, 59149, 59164, 59180, 59199, 59203, 59208, 59227, 59245, 59260, 59276, 59293, 59306, 59322, 59336, 59347, 59368, 59383, 59405, 59421, 59443, 59458, 59473, 59487, 59498, 59510, 59523, 59532, 59544, 59554, 59572, 59589, 59603, 59618, 59634, 59646, 59661, 59674, 59684, 59704, 59718, 59739, 59754, 59775, 59789, 59799, 59818, 59836, 59851, 59867, 59884, 59897, 59913, 59927, 59938, 59959, 59974, 59996, 60012, 60034, 60049, 60056, 60073, 60084, 60102, 60114, 60132, 60151, 60169, 60184, 60200, 60217, 60230, 60246, 60260, 60271, 60292, 60307, 60329, 60345, 60367, 60382, 60402, 60421, 60437, 60454, 60472, 60486, 60503, 60518, 60530, 60552, 60568, 60591, 60608, 60631, 60647, 60658, 60678, 60697, 60713, 60730, 60748, 60762, 60779, 60794, 60806, 60828, 60844, 60867, 60884, 60907, 60923, 60931, 60943, 60951, 60961, 60971, 60978, 60985, 60993, 60998, 61011, 61023, 61040, 61056, 61069, 61078, 61086, 61100, 61116, 61134, 61142, 61154, 61168, 61180, 61198, 61209, 61221, 61235, 61244, 61253, 61261, 61270, 61278, 61284, 61289, 61295, 61303, 61307, 61313, 61323, 61331, 61344, 61354, 61365, 61381, 61394, 61417, 61437, 61457, 61477, 61500, 61527, 61551, 61575, 61599, 61626, 61634, 61646, 61652, 61662, 61671, 61680, 61688, 61696, 61703, 61712, 61722, 61730, 61737, 61747, 61755, 61762, 61774, 61784, 61793, 61802, 61813, 61822, 61830, 61845, 61855, 61872, 61891, 61903, 61918, 61933, 61946, 61957, 61975, 61989, 62001, 62008, 62017, 62025, 62031, 62041, 62052, 62066, 62078, 62091, 62104, 62114, 62122, 62135, 62145, 62157, 62167, 62177, 62188, 62196, 62205, 62214, 62225, 62237, 62247, 62256, 62268, 62278, 62287, 62298, 62308, 62319, 62347, 62355, 62364, 62381, 62392, 62411, 62430, 62442, 62452, 62461, 62480, 62499, 62511, 62524, 62534, 62547, 62564, 62571, 62582, 62594, 62606, 62623, 62642, 62664, 62679, 62700, 62720, 62736, 62747, 62758, 62770, 62779, 62788, 62795, 62807, 62814, 62828, 62835, 62844, 62854, 62872, 62888, 62904, 62911, 62926, 62940, 62958, 62973, 62984, 62994, 63004, 63018, 63034, 63041, 63049, 63071, 63092, 63110, 63129, 63149, 63165, 63184, 63201, 63215, 63239, 63257, 63282, 63301, 63326, 63344, 63362, 63379, 63393, 63408, 63424, 63436, 63451, 63472, 63492, 63509, 63527, 63546, 63561, 63579, 63595, 63608, 63631, 63648, 63672, 63690, 63714, 63731, 63744, 63766, 63787, 63805, 63824, 63844, 63860, 63879, 63896, 63910, 63934, 63952, 63977, 63996, 64021, 64039, 64049, 64069, 64083, 64104, 64119, 64140, 64162, 64183, 64201, 64220, 64240, 64256, 64272, 64291, 64308, 64322, 64346, 64364, 64389, 64408, 64433, 64451, 64474, 64496, 64515, 64535, 64556, 64573, 64593, 64611, 64626, 64651, 64670, 64696, 64716, 64742, 64761, 64775, 64801, 64822, 64843, 64862, 64885, 64907, 64926, 64946, 64967, 64984, 65004, 65022, 65041, 65056, 65081, 65100, 65126, 65144, 65163, 65182, 65202, 65228, 65248, 65267, 65276, 65283, 65291, 65308, 65324, 65333, 65343, 65351, 65360, 65376, 65391, 65403, 65417, 65431, 65446, 65457, 65468, 65473, 65485, 65495, 65510, 65522, 65532, 65540, 65552, 65563, 65574, 65585, 65598, 65609, 65619, 65631, 65650, 65664, 65681, 65698, 65713, 65726, 65746, 65762, 65776, 65785, 65795, 65805, 65816, 65826, 65840, 65851, 65863, 65873, 65884, 65896, 65906, 65917, 65929, 65940, 65956, 65969, 65977, 65999, 66009, 66020, 66038, 66048, 66054, 66070, 66089, 66101, 66119, 66136, 66149, 66159, 66173, 66190, 66208, 66227, 66238, 66246, 66254, 66263, 66274, 66286, 66296, 66305, 66317, 66327, 66336, 66358, 66377, 66395, 66409, 66424, 66445, 66463, 66476, 66490, 66512, 66531, 66545, 66560, 66570, 66581, 66588, 66595, 66603, 66611, 66623, 66636, 66642, 66650, 66659, 66669, 66676, 66688, 66702, 66716, 66730, 66744, 66763, 66771, 66782, 66799, 66809, 66827, 66836, 66846, 66862, 66880, 66896, 66906, 66917, 66927, 66939, 66945, 66952, 66960, 66969, 66973, 66980, 66989, 66998, 67008, 67015, 67031, 67049, 67064, 67081, 67095, 67111, 67131, 67152, 67168, 67184, 67193, 67201, 67210, 67219, 67226, 67237, 67242, 67254, 67273, 67293, 67320, 67341, 67354, 67364, 67374, 67386, 67405, 67418, 67437, 67453, 67470, 67490, 67508, 67529, 67549, 67570, 67593, 67616, 67633, 67654, 67673, 67695, 67715, 67737, 67761, 67785, 67804, 67816, 67825, 67835, 67852, 67865, 67892, 67908, 67931, 67942, 67951, 67961, 67975, 67984, 67993, 68001, 68005, 68010, 68016, 68039, 68059, 68078, 68093, 68109, 68131, 68150, 68164, 68179, 68202, 68222, 68237, 68253, 68264, 68276, 68291, 68303, 68314, 68322, 68328, 68346, 68369, 68387, 68405, 68421, 68433, 68439, 68461, 68474, 68489, 68504, 68513, 68523, 68537, 68556, 68576, 68589, 68603, 68618, 68625, 68633, 68645, 68662, 68680, 68691, 68703, 68716, 68722, 68741, 68750, 68757, 68774, 68782, 68791, 68802, 68814, 68824, 68833, 68845, 68855, 68864, 68876, 68890, 68893, 68897, 68906, 68916, 68924, 68937, 68964, 68975, 68993, 69005, 69016, 69032, 69041, 69051, 69062, 69074, 69087, 69101, 69114, 69127, 69141, 69154, 69168, 69176, 69185, 69199, 69214, 69227, 69243, 69249, 69259, 69268, 69278, 69286, 69296, 69306, 69324, 69341, 69363, 69384, 69402, 69416, 69429, 69448, 69469, 69492, 69505, 69522, 69537, 69555, 69574, 69590, 69607, 69630, 69646, 69663, 69678, 69700, 69719, 69726, 69736, 69743, 69762, 69778, 69796, 69816, 69830, 69845, 69861, 69874, 69888, 69908, 69921, 69936, 69945, 69954, 69970, 69982, 69995, 70009, 70021, 70047, 70062, 70084, 70095, 70111, 70126, 70138, 70150, 70165, 70181, 70191, 70199, 70211, 70229, 70249, 70267, 70282, 70302, 70314, 70323, 70330, 70343, 70361, 70380, 70398, 70416, 70434, 70446, 70472, 70487, 70506, 70521, 70538, 70546, 70573, 70589, 70601, 70611, 70627, 70633, 70640, 70648, 70662, 70677, 70689, 70702, 70721, 70730, 70743, 70757, 70763, 70770, 70780, 70790, 70808, 70819, 70831, 70842, 70853, 70872, 70884, 70897, 70909, 70921, 70941, 70954, 70968, 70973, 70979, 70996, 71004, 71016, 71020, 71025, 71046, 71064, 71081, 71094, 71108, 71119, 71130, 71143, 71163, 71180, 71192, 71205, 71226, 71244, 71257, 71271, 71280, 71291, 71299, 71309, 71324, 71331, 71340, 71346, 71360, 71373, 71387, 71396, 71408, 71416, 71431, 71447, 71464, 71478, 71494, 71507, 71522, 71541, 71550, 71559, 71567, 71576, 71587, 71599, 71609, 71620, 71629, 71639, 71646, 71655, 71665, 71683, 71695, 71715, 71735, 71748, 71759, 71769, 71789, 71809, 71820, 71834, 71841, 71853, 71865, 71870, 71881, 71893, 71904, 71915, 71925, 71941, 71951, 71958, 71973, 71987, 71998, 72011, 72024, 72038, 72050, 72063, 72070, 72078, 72084, 72099, 72112, 72127, 72138, 72148, 72159, 72168, 72178, 72187, 72197, 72213, 72225, 72238, 72256, 72272, 72291, 72299, 72308, 72318, 72329, 72345, 72352, 72360, 72372, 72386, 72400, 72414, 72428, 72435, 72452, 72468, 72479, 72489, 72499, 72515, 72526, 72541, 72548, 72555, 72561, 72568, 72575, 72582, 72591, 72601, 72608, 72615, 72632, 72648, 72659, 72669, 72679, 72695, 72702, 72716, 72731, 72746, 72767, 72774, 72782, 72793, 72804, 72823, 72835, 72848, 72856, 72878, 72887, 72899, 72911, 72931, 72944, 72958, 72968, 72979, 72989, 72998, 73008, 73021, 73034, 73055, 73069, 73084, 73092, 73100, 73104, 73113, 73122, 73132, 73142, 73153, 73166, 73172, 73182, 73194, 73199, 73207, 73219, 73234, 73252, 73265, 73281, 73292, 73302, 73311, 73320, 73340, 73358, 73371, 73388, 73410, 73433, 73449, 73466, 73484, 73502, 73525, 73549, 73566, 73584, 73603, 73613, 73622, 73628, 73637, 73649, 73657, 73669, 73683, 73692, 73704, 73713, 73723, 73734, 73744, 73756, 73770, 73781, 73790, 73812, 73828, 73840, 73853, 73871, 73892, 73904, 73915, 73927, 73944, 73966, 73989, 74005, 74022, 74040, 74053, 74067, 74085, 74108, 74132, 74149, 74175, 74198, 74222, 74240, 74259, 74273, 74287, 74299, 74306, 74314, 74322, 74331, 74342, 74352, 74362, 74370, 74379, 74388, 74396, 74407, 74419, 74434, 74447, 74455, 74466, 74483, 74493, 74500, 74515, 74528, 74541, 74554, 74566, 74574, 74583, 74595, 74606, 74615, 74624, 74633, 74644, 74653, 74657, 74665, 74677, 74685, 74696, 74710, 74720, 74733, 74742, 74755, 74764, 74775, 74790, 74801, 74821, 74836, 74854, 74865, 74875, 74895, 74913, 74926, 74940, 74957, 74973, 74985, 74992, 74999, 75007, 75020, 75024, 75029, 75049, 75067, 75072, 75078, 75083, 75089, 75096, 75114, 75133, 75149, 75166, 75183, 75187, 75192, 75209, 75224, 75242, 75259, 75277, 75297, 75317, 75331, 75349, 75365, 75384, 75401, 75420, 75441, 75462, 75478, 75497, 75511, 75519, 75543, 75560, 75593, 75619, 75644, 75668, 75693, 75718, 75748, 75781, 75797, 75812, 75828, 75844, 75865, 75899, 75926, 75952, 75977, 76003, 76029, 76060, 76094, 76118, 76132, 76138, 76153, 76170, 76185, 76193, 76196, 76205, 76215, 76226, 76233, 76241, 76253, 76266, 76286, 76303, 76321, 76327, 76334, 76341, 76350, 76355, 76370, 76384, 76392, 76407, 76424, 76439, 76451, 76460, 76469, 76476, 76484, 76495, 76507, 76522, 76543, 76568, 76594, 76621, 76641, 76661, 76682, 76702, 76723, 76731, 76737, 76743, 76749, 76753, 76758, 76765, 76785, 76804, 76818, 76831, 76844, 76863, 76873, 76885, 76900, 76913, 76930, 76938, 76950, 76958, 76971, 76984, 76995, 77006, 77017, 77027, 77036, 77045, 77059, 77066, 77077, 77084, 77095, 77113, 77127, 77134, 77142, 77149, 77156, 77164, 77182, 77195, 77208, 77224, 77241, 77250, 77258, 77267, 77284, 77302, 77311, 77321, 77345, 77358, 77382, 77404, 77421, 77438, 77456, 77471, 77487, 77506, 77526, 77540, 77551, 77563, 77572, 77583, 77593, 77610, 77615, 77620, 77626, 77635, 77642, 77649, 77657, 77664, 77674, 77686, 77700, 77712, 77725, 77734, 77744, 77751, 77759, 77766, 77773, 77781, 77789, 77806, 77821, 77826, 77838, 77859, 77877, 77894, 77907, 77921, 77932, 77944, 77957, 77970, 77985, 78000, 78015, 78031, 78047, 78065, 78076, 78092, 78108, 78125, 78142, 78161, 78173, 78193, 78210, 78222, 78235, 78256, 78274, 78287, 78301, 78309, 78318, 78334, 78350, 78367, 78384, 78403, 78415, 78428, 78444, 78454, 78463, 78473, 78479, 78486, 78498, 78504, 78511, 78526, 78542, 78550, 78559, 78563, 78587, 78608, 78628, 78644, 78661, 78684, 78704, 78719, 78735, 78759, 78780, 78796, 78813, 78825, 78838, 78846, 78851, 78857, 78874, 78881, 78890, 78898, 78917, 78930, 78949, 78968, 78986, 79006, 79031, 79051, 79067, 79084, 79104, 79121, 79139, 79155, 79172, 79192, 79204, 79221, 79238, 79254, 79272, 79295, 79313, 79327, 79342, 79360, 79375, 79391, 79405, 79420, 79438, 79444, 79460, 79479, 79491, 79504, 79513, 79525, 79537, 79554, 79563, 79576, 79594, 79604, 79615, 79627, 79634, 79642, 79650, 79659, 79669, 79680, 79691, 79700, 79713, 79722, 79732, 79744, 79749, 79761, 79774, 79789, 79794, 79799, 79805, 79819, 79834, 79846, 79857, 79869, 79880, 79892, 79903, 79916, 79933, 79947, 79963, 79975, 79987, 80001, 80017, 80031, 80047, 80060, 80070, 80082, 80100, 80115, 80131, 80146, 80162, 80180, 80195, 80209, 80223, 80239, 80258, 80268, 80274, 80281, 80295, 80310, 80319, 80328, 80338, 80348, 80359, 80363, 80379, 80393, 80406, 80417, 80426, 80440, 80457, 80472, 80485, 80492, 80500, 80515, 80528, 80543, 80554, 80564, 80575, 80585, 80596, 80605, 80615, 80628, 80640, 80661, 80680, 80698, 80714, 80728, 80747, 80769, 80789, 80807, 80827, 80845, 80865, 80881, 80896, 80912, 80927, 80943, 80957, 80972, 80990, 81007, 81025, 81047, 81065, 81082, 81095, 81112, 81125, 81137, 81161, 81171, 81185, 81200, 81210, 81223, 81242, 81267, 81296, 81326, 81357, 81381, 81405, 81430, 81454, 81479, 81498, 81513, 81531, 81544, 81561, 81579, 81601, 81619, 81638, 81658, 81671, 81685, 81700, 81708, 81720, 81736, 81753, 81774, 81791, 81809, 81828, 81840, 81853, 81867, 81876, 81886, 81892, 81899, 81905, 81915, 81920, 81928, 81941, 81946, 81955, 81965, 81969, 81974, 81979, 81988, 82003, 82019, 82033, 82048, 82054, 82060, 82071, 82085, 82096, 82108, 82117, 82127, 82140, 82158, 82170, 82190, 82210, 82223, 82234, 82249, 82259, 82279, 82299, 82310, 82324, 82338, 82355, 82364, 82371, 82383, 82395, 82408, 82423, 82444, 82460, 82479, 82497, 82521, 82540, 82564, 82589, 82614, 82635, 82657, 82679, 82685, 82701, 82715, 82728, 82742, 82749, 82759, 82772, 82778, 82784, 82799, 82814, 82833, 82845, 82856, 82867, 82883, 82895, 82911, 82924, 82941, 82960, 82974, 82988, 83004, 83016, 83030, 83046, 83060, 83076, 83089, 83099, 83111, 83126, 83140, 83156, 83175, 83182, 83189, 83197, 83205, 83218, 83229, 83240, 83249, 83256, 83266, 83277, 83289, 83297, 83320, 83341, 83361, 83379, 83400, 83424, 83446, 83466, 83485, 83505, 83525, 83543, 83556, 83570, 83582, 83598, 83615, 83631, 83648, 83656, 83668, 83679, 83690, 83702, 83727, 83742, 83767, 83790, 83808, 83827, 83844, 83859, 83868, 83876, 83890, 83908, 83927, 83950, 83974, 83999, 84017, 84035, 84054, 84072, 84091, 84114, 84141, 84169, 84198, 84220, 84242, 84265, 84287, 84310, 84329, 84349, 84362, 84375, 84394, 84417, 84441, 84466, 84484, 84502, 84521, 84539, 84558, 84572, 84585, 84599, 84608, 84617, 84627, 84638, 84650, 84661, 84672, 84681, 84690, 84700, 84712, 84723, 84735, 84745, 84756, 84764, 84788, 84809, 84829, 84845, 84862, 84885, 84905, 84920, 84936, 84948, 84972, 84993, 85014, 85037, 85057, 85079, 85098, 85114, 85135, 85160, 85177, 85189, 85202, 85215, 85234, 85251, 85256, 85262, 85271, 85286, 85305, 85319, 85327, 85349, 85366, 85381, 85398, 85417, 85437, 85450, 85465, 85481, 85503, 85523, 85538, 85554, 85573, 85591, 85605, 85620, 85634, 85647, 85665, 85681, 85694, 85700, 85707, 85715, 85720, 85726, 85737, 85754, 85773, 85795, 85805, 85828, 85838, 85847, 85854, 85860, 85868, 85882, 85898, 85912, 85923, 85935, 85947, 85959, 85969, 85975, 85982, 85991, 86001, 86011, 86017, 86037, 86049, 86063, 86081, 86100, 86120, 86141, 86165, 86187, 86210, 86234, 86259, 86279, 86303, 86323, 86343, 86364, 86380, 86392, 86408, 86425, 86434, 86450, 86459, 86465, 86477, 86489, 86495, 86506, 86515, 86524, 86530, 86540, 86550, 86564, 86582, 86593, 86603, 86614, 86626, 86638, 86657, 86670, 86681, 86696, 86709, 86723, 86739, 86752, 86767, 86780, 86791, 86802, 86814, 86826, 86838, 86850, 86866, 86888, 86903, 86934, 86958, 86981, 87003, 87026, 87049, 87077, 87108, 87122, 87135, 87149, 87163, 87182, 87214, 87239, 87263, 87286, 87310, 87334, 87363, 87395, 87417, 87429, 87440, 87452, 87461, 87471, 87491, 87513, 87528, 87549, 87565, 87584, 87603, 87620, 87640, 87659, 87678, 87694, 87710, 87726, 87739, 87755, 87774, 87794, 87808, 87826, 87837, 87851, 87867, 87883, 87902, 87931, 87941, 87952, 87962, 87973, 87993, 88014, 88026, 88037, 88049, 88062, 88076, 88090, 88111, 88133, 88151, 88170, 88184, 88193, 88204, 88216, 88226, 88237, 88247, 88261, 88276, 88286, 88306, 88327, 88336, 88346, 88361, 88382, 88401, 88422, 88439, 88455, 88471, 88486, 88505, 88523, 88542, 88565, 88584, 88599, 88610, 88620, 88638, 88658, 88671, 88690, 88704, 88721, 88738, 88753, 88771, 88788, 88805, 88819, 88833, 88847, 88858, 88872, 88889, 88907, 88919, 88935, 88944, 88956, 88970, 88984, 89001, 89028, 89033, 89050, 89060, 89071, 89090, 89110, 89122, 89133, 89157, 89176, 89194, 89209, 89221, 89238, 89253, 89281, 89304, 89326, 89345, 89366, 89382, 89397, 89409, 89422, 89436, 89450, 89465, 89481, 89493, 89503, 89514, 89522, 89531, 89540, 89550, 89561, 89573, 89592, 89612, 89641, 89665, 89688, 89708, 89722, 89737, 89750, 89761, 89773, 89783, 89794, 89810, 89827, 89838, 89855, 89871, 89891, 89912, 89929, 89947, 89965, 89980, 89994, 90015, 90035, 90048, 90059, 90079, 90098, 90109, 90128, 90148, 90161, 90175, 90183, 90192, 90206, 90219, 90232, 90247, 90266, 90287, 90300, 90315, 90332, 90350, 90372, 90390, 90409, 90429, 90442, 90458, 90472, 90487, 90501, 90512, 90524, 90535, 90540, 90558, 90574, 90589, 90602, 90613, 90631, 90647, 90657, 90676, 90693, 90708, 90721, 90732, 90741, 90755, 90767, 90772, 90782, 90791, 90800, 90811, 90826, 90843, 90852, 90863, 90876, 90890, 90908, 90922, 90937, 90953, 90962, 90974, 90984, 90995, 91004, 91018, 91030, 91050, 91068, 91088, 91107, 91125, 91144, 91150, 91165, 91183, 91207, 91226, 91246, 91267, 91283, 91300, 91313, 91332, 91354, 91382, 91405, 91429, 91454, 91474, 91495, 91517, 91542, 91573, 91599, 91626, 91654, 91677, 91701, 91712, 91724, 91733, 91743, 91763, 91778, 91794, 91812, 91829, 91848, 91867, 91882, 91898, 91913, 91929, 91942, 91961, 91975, 91986, 92001, 92020, 92038, 92060, 92079, 92098, 92117, 92139, 92149, 92160, 92180, 92201, 92211, 92222, 92234, 92255, 92277, 92295, 92314, 92331, 92351, 92377, 92398, 92420, 92443, 92461, 92480, 92490, 92502, 92522, 92543, 92552, 92562, 92583, 92599, 92616, 92634, 92654, 92674, 92691, 92708, 92722, 92742, 92757, 92769, 92789, 92801, 92810, 92817, 92825, 92843, 92862, 92877, 92892, 92908, 92925, 92941, 92957, 92974, 92987, 93000, 93019, 93039, 93055, 93071, 93088, 93106, 93123, 93137, 93152, 93166, 93186, 93207, 93224, 93241, 93259, 93278, 93296, 93317, 93339, 93357, 93375, 93394, 93414, 93433, 93440, 93452, 93463, 93470, 93483, 93489, 93501, 93513, 93524, 93534, 93555, 93576, 93596, 93615, 93635, 93653, 93664, 93673, 93677, 93683, 93696, 93708, 93721, 93730, 93746, 93763, 93773, 93784, 93807, 93822, 93836, 93849, 93862, 93882, 93896, 93909, 93923, 93933, 93943, 93953, 93963, 93979, 93990, 94000, 94011, 94023, 94036, 94047, 94061, 94076, 94096, 94107, 94120, 94138, 94150, 94169, 94185, 94197, 94208, 94226, 94237, 94253, 94264, 94274, 94292, 94302, 94313, 94320, 94336, 94349, 94356, 94369, 94383, 94393, 94410, 94428, 94439, 94451, 94466, 94480, 94495, 94509, 94524, 94535, 94546, 94558, 94571, 94585, 94599, 94614, 94625, 94643, 94662, 94674, 94687, 94703, 94718, 94734, 94749, 94761, 94773, 94786, 94800, 94815, 94829, 94844, 94856, 94871, 94892, 94911, 94932, 94949, 94965, 94981, 94996, 95015, 95033, 95052, 95075, 95094, 95103, 95111, 95120, 95141, 95154, 95166, 95177, 95188, 95206, 95218, 95228, 95239, 95252, 95270, 95286, 95309, 95322, 95336, 95353, 95376, 95392, 95413, 95428, 95450, 95463, 95475, 95494, 95511, 95535, 95549, 95564, 95582, 95606, 95623, 95645, 95661, 95684, 95696, 95703, 95712, 95719, 95733, 95755, 95772, 95785, 95797, 95816, 95829, 95842, 95860, 95879, 95897, 95918, 95926, 95934, 95942, 95957, 95980, 95998, 96012, 96025, 96045, 96059, 96073, 96092, 96112, 96131, 96153, 96162, 96170, 96178, 96192, 96201, 96215, 96235, 96253, 96273, 96289, 96304, 96319, 96333, 96351, 96368, 96386, 96408, 96426, 96434, 96443, 96450, 96456, 96465, 96475, 96483, 96490, 96500, 96510, 96521, 96529, 96535, 96542, 96556, 96569, 96585, 96606, 96621, 96632, 96643, 96657, 96670, 96679, 96691, 96710, 96724, 96736, 96749, 96764, 96779, 96792, 96804, 96818, 96831, 96842, 96851, 96863, 96876, 96888, 96900, 96913, 96931, 96946, 96955, 96966, 96982, 96992, 97002, 97019, 97033, 97042, 97048, 97054, 97071, 97081, 97090, 97099, 97113, 97125, 97134, 97142, 97157, 97172, 97185, 97199, 97214, 97224, 97235, 97249, 97266, 97284, 97303, 97315, 97328, 97353, 97370, 97386, 97401, 97416, 97438, 97454, 97469, 97485, 97502, 97514, 97526, 97538, 97550, 97568, 97581, 97592, 97604, 97617, 97632, 97645, 97659, 97674, 97687, 97701, 97717, 97734, 97744, 97766, 97779, 97794, 97814, 97828, 97842, 97863, 97878, 97891, 97905, 97923, 97939, 97955, 97969, 97982, 97997, 98011, 98023, 98043, 98051, 98060, 98076, 98087, 98105, 98122, 98135, 98148, 98162, 98176, 98191, 98205, 98220, 98234, 98251, 98257, 98271, 98293, 98310, 98323, 98335, 98354, 98367, 98380, 98398, 98417, 98435, 98456, 98469, 98485, 98504, 98524, 98540, 98563, 98587, 98604, 98622, 98643, 98663, 98684, 98704, 98721, 98738, 98756, 98775, 98795, 98815, 98836, 98853, 98877, 98902, 98920, 98939, 98961, 98982, 99004, 99025, 99043, 99061, 99080, 99100, 99121, 99128, 99137, 99152, 99170, 99193, 99209, 99224, 99235, 99256, 99272, 99286, 99301, 99318, 99335, 99351, 99366, 99379, 99384, 99394, 99400, 99407, 99415, 99420, 99426, 99438, 99452, 99464, 99473, 99480, 99485, 99495, 99508, 99517, 99527, 99536, 99552, 99566, 99583, 99600, 99615, 99633, 99649, 99665, 99680, 99694, 99719, 99744, 99768, 99791, 99815, 99837, 99852, 99865, 99872, 99881, 99893, 99902, 99913, 99922, 99932, 99946, 99962, 99977, 99996, 100015, 100033, 100050, 100078, 100106, 100133, 100159, 100186, 100211, 100229, 100245, 100254, 100264, 100276, 100286, 100296, 100305, 100317, 100324, 100332, 100341, 100351, 100365, 100383, 100405, 100424, 100442, 100456, 100471, 100482, 100503, 100521, 100534, 100548, 100558, 100580, 100599, 100618, 100639, 100657, 100677, 100694, 100708, 100727, 100750, 100765, 100775, 100784, 100796, 100807, 100818, 100831, 100839, 100848, 100859, 100869, 100875, 100890, 100904, 100922, 100925, 100933, 100946, 100949, 100965, 100973, 100985, 100997, 101013, 101019, 101037, 101050, 101061, 101073, 101083, 101094, 101105, 101114, 101121, 101129, 101140, 101149, 101158, 101168, 101181, 101193, 101205, 101218, 101232, 101250, 101269, 101282, 101289, 101300, 101317, 101327, 101337, 101355, 101372, 101393, 101411, 101425, 101438, 101451, 101468, 101487, 101495, 101504, 101513, 101520, 101528, 101539, 101548, 101557, 101567, 101571, 101585, 101600, 101616, 101643, 101652, 101658, 101669, 101681, 101695, 101707, 101724, 101738, 101750, 101763, 101777, 101788, 101798, 101820, 101827, 101842, 101860, 101873, 101887, 101902, 101914, 101924, 101932, 101942, 101952, 101958, 101964, 101970, 101980, 101990, 102002, 102015, 102027, 102037, 102047, 102058, 102075, 102081, 102088, 102096, 102105, 102114, 102124, 102141, 102157, 102171, 102192, 102212, 102230, 102249, 102264, 102286, 102310, 102319, 102329, 102339, 102350, 102362, 102375, 102382, 102396, 102407, 102416, 102431, 102442, 102453, 102467, 102479, 102492, 102504, 102515, 102527, 102536, 102543, 102554, 102564, 102577, 102586, 102595, 102603, 102613, 102624, 102633, 102641, 102652, 102661, 102669, 102684, 102700, 102712, 102724, 102737, 102751, 102764, 102774, 102784, 102795, 102805, 102815, 102827, 102837, 102846, 102862, 102875, 102892, 102908, 102921, 102934, 102950, 102964, 102978, 102993, 103007, 103024, 103042, 103056, 103070, 103085, 103101, 103116, 103129, 103138, 103152, 103166, 103171, 103179, 103188, 103197, 103204, 103212, 103224, 103238, 103252, 103262, 103275, 103282, 103289, 103298, 103306, 103319, 103325, 103339, 103349, 103354, 103360, 103369, 103384, 103397, 103411, 103423, 103435, 103451, 103465, 103480, 103493, 103506, 103517, 103529, 103545, 103558, 103567, 103578, 103592, 103604, 103613, 103625, 103639, 103653, 103662, 103678, 103695, 103713, 103732, 103742, 103751, 103765, 103778, 103797, 103817, 103838, 103860, 103868, 103875, 103894, 103908, 103923, 103941, 103957, 103975, 103993, 104008, 104026, 104041, 104053, 104071, 104084, 104094, 104112, 104119, 104128, 104150, 104174, 104201, 104210, 104217, 104228, 104244, 104253, 104272, 104280, 104289, 104301, 104314, 104329, 104346, 104358, 104371, 104387, 104401, 104417, 104433, 104455, 104468, 104484, 104501, 104514, 104528, 104551, 104561, 104571, 104583, 104599, 104614, 104625, 104638, 104648, 104656, 104669, 104684, 104694, 104710, 104721, 104731, 104746, 104760, 104769, 104779, 104787, 104792, 104798, 104813, 104826, 104837, 104853, 104865, 104878, 104892, 104902, 104921, 104938, 104953, 104973, 104989, 105006, 105026, 105045, 105062, 105086, 105109, 105130, 105152, 105170, 105179, 105189, 105195, 105205, 105216, 105223, 105238, 105250, 105261, 105273, 105286, 105299, 105313, 105325, 105341, 105355, 105370, 105387, 105401, 105417, 105431, 105443, 105456, 105469, 105482, 105495, 105506, 105518, 105531, 105545, 105560, 105575, 105590, 105600, 105612, 105625, 105636, 105648, 105659, 105674, 105690, 105701, 105717, 105729, 105736, 105743, 105754, 105765, 105770, 105780, 105791, 105803, 105813, 105828, 105840, 105854, 105866, 105876, 105887, 105898, 105909, 105919, 105933, 105943, 105949, 105956, 105963, 105968, 105973, 105979, 105985, 105993, 106010, 106037, 106060, 106083, 106094, 106104, 106121, 106138, 106153, 106169, 106185, 106203, 106220, 106234, 106249, 106272, 106290, 106304, 106319, 106332, 106350, 106365, 106380, 106396, 106413, 106432, 106451, 106467, 106485, 106503, 106517, 106530, 106545, 106563, 106577, 106597, 106612, 106622, 106638, 106648, 106653, 106659, 106668, 106677, 106694, 106704, 106715, 106721, 106731, 106741, 106759, 106770, 106782, 106793, 106804, 106823, 106835, 106848, 106854, 106867, 106885, 106896, 106908, 106928, 106946, 106961, 106988, 107008, 107027, 107045, 107064, 107083, 107107, 107134, 107149, 107159, 107170, 107179, 107189, 107198, 107214, 107227, 107247, 107261, 107277, 107291, 107311, 107332, 107363, 107388, 107407, 107424, 107436, 107446, 107457, 107467, 107478, 107493, 107509, 107522, 107540, 107559, 107588, 107611, 107628, 107645, 107669, 107694, 107729, 107758, 107781, 107797, 107814, 107836, 107859, 107892, 107919, 107940, 107962, 107985, 108018, 108045, 108066, 108089, 108113, 108147, 108175, 108197, 108215, 108243, 108265, 108281, 108299, 108316, 108332, 108360, 108381, 108401, 108420, 108440, 108460, 108485, 108513, 108531, 108550, 108568, 108587, 108616, 108639, 108656, 108675, 108695, 108725, 108749, 108767, 108781, 108792, 108816, 108834, 108846, 108856, 108865, 108881, 108893, 108910, 108922, 108935, 108950, 108965, 108979, 108996, 109011, 109025, 109041, 109062, 109082, 109102, 109123, 109138, 109154, 109175, 109194, 109210, 109225, 109239, 109256, 109274, 109289, 109305, 109330, 109351, 109366, 109383, 109402, 109419, 109438, 109451, 109466, 109482, 109499, 109518, 109531, 109547, 109559, 109566, 109572, 109585, 109598, 109609, 109621, 109633, 109647, 109660, 109670, 109681, 109700, 109714, 109724, 109735, 109744, 109758, 109769, 109780, 109792, 109805, 109820, 109835, 109847, 109861, 109875, 109885, 109894, 109905, 109919, 109929, 109945, 109956, 109969, 109979, 109988, 110003, 110018, 110025, 110034, 110040, 110047, 110060, 110075, 110086, 110098, 110111, 110121, 110133, 110139, 110145, 110158, 110173, 110186, 110196, 110208, 110216, 110227, 110238, 110249, 110259, 110275, 110295, 110311, 110323, 110339, 110351, 110365, 110383, 110397, 110402, 110413, 110417, 110426, 110446, 110461, 110477, 110496, 110513, 110540, 110559, 110578, 110594, 110618, 110641, 110657, 110670, 110689, 110703, 110726, 110739, 110750, 110767, 110788, 110809, 110828, 110842, 110856, 110878, 110890, 110901, 110913, 110923, 110931, 110941, 110956, 110970, 110983, 110995, 111012, 111022, 111029, 111040, 111053, 111061, 111070, 111085, 111101, 111118, 111135, 111144, 111154, 111173, 111204, 111233, 111267, 111298, 111332, 111363, 111396, 111424, 111443, 111457, 111472, 111495, 111516, 111542, 111565, 111585, 111611, 111634, 111659, 111679, 111703, 111725, 111740, 111763, 111772, 111785, 111798, 111808, 111824, 111836, 111844, 111854, 111868, 111880, 111889, 111899, 111910, 111926, 111941, 111954, 111964, 111982, 111992, 112000, 112026, 112049, 112071, 112093, 112113, 112126, 112142, 112159, 112177, 112190, 112204, 112215, 112228, 112245, 112258, 112275, 112283, 112312, 112339, 112371, 112400, 112432, 112461, 112492, 112518, 112531, 112552, 112571, 112595, 112616, 112640, 112661, 112684, 112702, 112711, 112721, 112746, 112761, 112777, 112792, 112806, 112815, 112826, 112841, 112856, 112868, 112874, 112887, 112899, 112919, 112940, 112953, 112968, 112985, 113005, 113026, 113042, 113073, 113094, 113109, 113129, 113145, 113164, 113180, 113196, 113212, 113231, 113246, 113262, 113278, 113296, 113317, 113339, 113356, 113388, 113402, 113415, 113434, 113451, 113471, 113493, 113518, 113544, 113565, 113601, 113614, 113628, 113643, 113657, 113677, 113691, 113710, 113725, 113743, 113758, 113773, 113788, 113806, 113820, 113835, 113851, 113868, 113884, 113900, 113918, 113939, 113961, 113978, 114010, 114032, 114056, 114085, 114106, 114126, 114146, 114160, 114179, 114194, 114212, 114227, 114242, 114257, 114275, 114290, 114306, 114322, 114344, 114360, 114381, 114398, 114418, 114435, 114452, 114469, 114489, 114511, 114535, 114564, 114585, 114605, 114626, 114641, 114661, 114677, 114696, 114712, 114728, 114744, 114763, 114779, 114797, 114823, 114843, 114868, 114889, 114913, 114934, 114955, 114976, 115000, 115012, 115025, 115046, 115059, 115072, 115090, 115110, 115135, 115152, 115168, 115182, 115197, 115213, 115237, 115255, 115278, 115297, 115319, 115338, 115357, 115376, 115398, 115410, 115433, 115458, 115488, 115510, 115531, 115541, 115559, 115574, 115589, 115601, 115614, 115637, 115662, 115692, 115714, 115735, 115755, 115777, 115804, 115823, 115841, 115858, 115877, 115899, 115922, 115940, 115973, 115990, 116008, 116025, 116037, 116057, 116071, 116090, 116105, 116123, 116138, 116153, 116168, 116186, 116197, 116208, 116225, 116244, 116266, 116289, 116307, 116340, 116362, 116378, 116399, 116416, 116436, 116453, 116470, 116487, 116507, 116526, 116543, 116562, 116584, 116607, 116625, 116658, 116680, 116696, 116717, 116734, 116754, 116771, 116788, 116805, 116825, 116840, 116861, 116880, 116900, 116914, 116930, 116949, 116969, 116984, 117014, 117029, 117046, 117066, 117087, 117103, 117134, 117148, 117163, 117183, 117197, 117216, 117231, 117249, 117264, 117279, 117294, 117312, 117338, 117358, 117383, 117404, 117428, 117449, 117470, 117491, 117515, 117541, 117561, 117586, 117607, 117631, 117652, 117673, 117694, 117718, 117742, 117760, 117783, 117802, 117824, 117843, 117862, 117881, 117903, 117931, 117953, 117980, 118003, 118029, 118052, 118075, 118098, 118124, 118135, 118147, 118154, 118172, 118185, 118199, 118216, 118231, 118256, 118273, 118290, 118304, 118326, 118347, 118361, 118372, 118389, 118401, 118422, 118431, 118450, 118467, 118479, 118489, 118501, 118529, 118555, 118586, 118614, 118645, 118673, 118703, 118728, 118739, 118751, 118771, 118789, 118812, 118832, 118849, 118872, 118892, 118914, 118931, 118943, 118950, 118955, 118961, 118973, 118991, 119009, 119026, 119042, 119069, 119096, 119122, 119147, 119173, 119197, 119214, 119229, 119234, 119242, 119248, 119262, 119270, 119295, 119311, 119331, 119348, 119366, 119379, 119394, 119406, 119429, 119456, 119479, 119493, 119511, 119531, 119551, 119567, 119587, 119607, 119621, 119635, 119660, 119685, 119710, 119736, 119751, 119762, 119774, 119786, 119798, 119814, 119830, 119846, 119859, 119873, 119883, 119892, 119894, 119896, 119898, 119901, 119903, 119905, 119907, 119909, 119911, 119913, 119915, 119917, 119928, 119934, 119944, 119957, 119965, 119974, 119984, 119995, 120004, 120013, 120023, 120034, 120043, 120052, 120063, 120079, 120089, 120102, 120116, 120122, 120130, 120143, 120154, 120159, 120165, 120174, 120188, 120207, 120222, 120243, 120255, 120273, 120292, 120305, 120326, 120339, 120355, 120369, 120384, 120401, 120411, 120426, 120438, 120451, 120462, 120482, 120492, 120503, 120525, 120539, 120556, 120571, 120587, 120605, 120628, 120643, 120661, 120677, 120694, 120713, 120725, 120731, 120739, 120754, 120770, 120784, 120800, 120819, 120844, 120862, 120882, 120897, 120917, 120943, 120962, 120983, 120994, 121008, 121018, 121033, 121046, 121060, 121079, 121091, 121104, 121118, 121136, 121143, 121156, 121164, 121176, 121191, 121198, 121211, 121225, 121236, 121246, 121263, 121281, 121296, 121315, 121330, 121344, 121353, 121362, 121380, 121397, 121419, 121436, 121447, 121472, 121497, 121516, 121539, 121549, 121565, 121582, 121596, 121616, 121637, 121655, 121677, 121695, 121706, 121716, 121732, 121746, 121765, 121782, 121802, 121818, 121831, 121851, 121862, 121879, 121895, 121912, 121929, 121947, 121966, 121980, 121995, 122013, 122026, 122038, 122050, 122061, 122071, 122088, 122101, 122104, 122108, 122119, 122131, 122136, 122142, 122155, 122166, 122179, 122194, 122207, 122218, 122233, 122246, 122258, 122270, 122280, 122294, 122312, 122325, 122342, 122357, 122367, 122378, 122384, 122398, 122410, 122424, 122440, 122454, 122466, 122479, 122495, 122507, 122521, 122532, 122538, 122551, 122567, 122587, 122603, 122613, 122624, 122635, 122641, 122661, 122684, 122707, 122727, 122749, 122758, 122771, 122786, 122801, 122814, 122826, 122843, 122862, 122884, 122906, 122925, 122946, 122955, 122965, 122989, 123016, 123043, 123067, 123093, 123106, 123129, 123155, 123181, 123204, 123229, 123242, 123253, 123267, 123279, 123289, 123303, 123321, 123334, 123351, 123361, 123367, 123385, 123387, 123404, 123424, 123444, 123461, 123480, 123489, 123503, 123509, 123519, 123531, 123543, 123553, 123562, 123576, 123592, 123611, 123630, 123646, 123664, 123675, 123691, 123697, 123705, 123718, 123730, 123737, 123758, 123782, 123806, 123827, 123850, 123860, 123880, 123903, 123926, 123946, 123968, 123978, 123986, 123997, 124006, 124022, 124040, 124055, 124074, 124081, 124092, 124107, 124117, 124131, 124138, 124143, 124152, 124158, 124162, 124175, 124185, 124204, 124221, 124242, 124263, 124276, 124284, 124293, 124305, 124312, 124323, 124338, 124348, 124359, 124370, 124383, 124394, 124405, 124418, 124428, 124440, 124456, 124470, 124488, 124506, 124530, 124552, 124578, 124604, 124618, 124630, 124646, 124667, 124686, 124709, 124732, 124754, 124774, 124798, 124822, 124842, 124860, 124882, 124904, 124927, 124948, 124973, 124998, 125014, 125036, 125056, 125080, 125104, 125121, 125136, 125155, 125174, 125187, 125201, 125216, 125229, 125246, 125263, 125271, 125300, 125327, 125358, 125389, 125408, 125425, 125446, 125472, 125496, 125524, 125552, 125579, 125604, 125633, 125662, 125687, 125710, 125737, 125764, 125792, 125818, 125848, 125878, 125899, 125926, 125951, 125980, 126009, 126027, 126043, 126063, 126083, 126094, 126111, 126126, 126145, 126164, 126173, 126183, 126194, 126209, 126224, 126236, 126256, 126279, 126306, 126323, 126341, 126363, 126375, 126384, 126394, 126408, 126424, 126442, 126460, 126475, 126492, 126503, 126521, 126529, 126539, 126550, 126586, 126601, 126612, 126623, 126629, 126640, 126643, 126655, 126666, 126678, 126685, 126696, 126710, 126719, 126729, 126739, 126750, 126760, 126772, 126782, 126792, 126804, 126815, 126823, 126832, 126842, 126859, 126875, 126883, 126892, 126902, 126914, 126918, 126930, 126938, 126949, 126954, 126963, 126970, 126978, 126984, 126991, 127004, 127014, 127027, 127044, 127059, 127074, 127084, 127094, 127106, 127123, 127136, 127152, 127167, 127185, 127201, 127221, 127240, 127255, 127270, 127281, 127303, 127318, 127333, 127350, 127362, 127373, 127383, 127391, 127400, 127415, 127435, 127455, 127484, 127514, 127543, 127565, 127592, 127618, 127642, 127659, 127680, 127711, 127743, 127774, 127798, 127827, 127855, 127881, 127895, 127909, 127926, 127946, 127959, 127975, 128003, 128032, 128060, 128081, 128107, 128132, 128155, 128168, 128186, 128199, 128218, 128235, 128250, 128265, 128277, 128281, 128291, 128299, 128315, 128334, 128357, 128376, 128389, 128398, 128405, 128411, 128425, 128437, 128451, 128467, 128481, 128493, 128506, 128522, 128534, 128558, 128580, 128606, 128632, 128649, 128667, 128681, 128693, 128709, 128726, 128747, 128766, 128789, 128812, 128827, 128849, 128869, 128893, 128917, 128935, 128954, 128974, 128992, 129014, 129036, 129049, 129070, 129092, 129113, 129132, 129155, 129176, 129201, 129226, 129242, 129264, 129284, 129308, 129332, 129346, 129353, 129368, 129386, 129408, 129426, 129438, 129448, 129466, 129479, 129493, 129500, 129508, 129516, 129525, 129535, 129545, 129557, 129571, 129577, 129592, 129600, 129609, 129620, 129637, 129657, 129673, 129694, 129712, 129728, 129745, 129760, 129770, 129782, 129806, 129817, 129841, 129859, 129881, 129892, 129900, 129912, 129929, 129948, 129962, 129975, 129989, 130002, 130015, 130028, 130042, 130054, 130070, 130085, 130105, 130126, 130140, 130155, 130168, 130185, 130194, 130207, 130219, 130226, 130244, 130254, 130266, 130284, 130300, 130319, 130337, 130356, 130373, 130392, 130413, 130425, 130438, 130450, 130458, 130474, 130495, 130519, 130547, 130565, 130584, 130607, 130620, 130628, 130638, 130647, 130650, 130654, 130663, 130675, 130698, 130717, 130725, 130728, 130736, 130751, 130761, 130773, 130787, 130800, 130811, 130822, 130840, 130853, 130868, 130885, 130901, 130915, 130926, 130944, 130957, 130972, 130989, 131005, 131019, 131025, 131034, 131045, 131062, 131077, 131090, 131105, 131115, 131132, 131144, 131158, 131174, 131189, 131202, 131210, 131216, 131222, 131235, 131253, 131274, 131299, 131314, 131330, 131350, 131360, 131366, 131376, 131383, 131397, 131414, 131431, 131446, 131459, 131478, 131494, 131508, 131514, 131521, 131540, 131558, 131582, 131609, 131636, 131660, 131686, 131702, 131723, 131736, 131753, 131772, 131791, 131808, 131824, 131845, 131868, 131894, 131920, 131943, 131968, 131986, 132009, 132022, 132037, 132057, 132076, 132090, 132118, 132149, 132180, 132208, 132238, 132255, 132282, 132312, 132342, 132369, 132398, 132415, 132430, 132448, 132464, 132478, 132496, 132518, 132535, 132556, 132570, 132577, 132596, 132611, 132635, 132655, 132680, 132700, 132721, 132741, 132756, 132779, 132798, 132826, 132850, 132879, 132903, 132928, 132952, 132971, 132991, 133007, 133020, 133035, 133050, 133060, 133070, 133087, 133100, 133116, 133131, 133149, 133165, 133185, 133204, 133219, 133234, 133245, 133257, 133267, 133277, 133284, 133291, 133297, 133306, 133314, 133325, 133334, 133339, 133345, 133355, 133365, 133374, 133387, 133399, 133410, 133418, 133426, 133433, 133448, 133461, 133476, 133493, 133508, 133521, 133535, 133552, 133565, 133574, 133590, 133604, 133620, 133638, 133654, 133668, 133683, 133701, 133715, 133729, 133757, 133780, 133809, 133834, 133862, 133889, 133911, 133934, 133952, 133971, 133996, 134014, 134034, 134054, 134086, 134115, 134122, 134139, 134161, 134185, 134204, 134214, 134232, 134255, 134281, 134311, 134331, 134352, 134377, 134392, 134409, 134431, 134455, 134474, 134484, 134502, 134525, 134551, 134581, 134601, 134622, 134647, 134662, 134677, 134701, 134726, 134754, 134779, 134806, 134833, 134860, 134885, 134908, 134924, 134943, 134959, 134981, 135004, 135030, 135053, 135078, 135103, 135128, 135151, 135172, 135194, 135217, 135243, 135266, 135291, 135316, 135341, 135364, 135385, 135403, 135421, 135446, 135472, 135501, 135527, 135555, 135583, 135611, 135637, 135661, 135679, 135695, 135709, 135712, 135717, 135723, 135733, 135743, 135753, 135763, 135773, 135782, 135793, 135806, 135815, 135825, 135835, 135847, 135860, 135873, 135886, 135899, 135912, 135927, 135932, 135941, 135947, 135955, 135963, 135970, 135976, 135981, 135995, 136010, 136021, 136038, 136052, 136062, 136079, 136097, 136111, 136126, 136142, 136158, 136169, 136179, 136186, 136193, 136205, 136208, 136215, 136221, 136234, 136241, 136254, 136273, 136287, 136298, 136315, 136333, 136348, 136367, 136382, 136406, 136426, 136451, 136471, 136492, 136512, 136527, 136550, 136565, 136584, 136612, 136636, 136665, 136689, 136714, 136738, 136757, 136777, 136793, 136801, 136810, 136815, 136823, 136829, 136836, 136853, 136866, 136887, 136906, 136924, 136940, 136958, 136973, 136987, 137001, 137012, 137026, 137039, 137054, 137075, 137094, 137112, 137128, 137146, 137168, 137182, 137199, 137214, 137230, 137248, 137260, 137274, 137289, 137306, 137327, 137348, 137367, 137390, 137408, 137423, 137441, 137458, 137474, 137491, 137507, 137525, 137544, 137559, 137583, 137599, 137618, 137635, 137653, 137673, 137684, 137701, 137723, 137743, 137762, 137779, 137798, 137810, 137827, 137845, 137855, 137868, 137885, 137897, 137907, 137913, 137917, 137924, 137935, 137956, 137975, 137992, 138003, 138009, 138024, 138031, 138041, 138050, 138056, 138067, 138075, 138086, 138095, 138102, 138107, 138113, 138120, 138135, 138151, 138163, 138181, 138196, 138207, 138225, 138232, 138236, 138248, 138258, 138270, 138284, 138296, 138306, 138317, 138331, 138341, 138344, 138362, 138383, 138404, 138422, 138442, 138452, 138467, 138474, 138485, 138498, 138511, 138522, 138532, 138547, 138564, 138584, 138604, 138621, 138640, 138652, 138669, 138676, 138685, 138699, 138712, 138720, 138742, 138767, 138792, 138814, 138838, 138849, 138870, 138894, 138918, 138939, 138962, 138973, 138982, 138994, 139004, 139012, 139024, 139040, 139051, 139066, 139074, 139084, 139098, 139104, 139117, 139133, 139140, 139150, 139162, 139170, 139176, 139183, 139191, 139197, 139214, 139232, 139235, 139247, 139258, 139268, 139280, 139286, 139293, 139304, 139315, 139326, 139337, 139348, 139361, 139373, 139389, 139401, 139410, 139420, 139434, 139448, 139462, 139476, 139490, 139506, 139521, 139533, 139536, 139546, 139551, 139555, 139566, 139579, 139591, 139598, 139607, 139618, 139627, 139636, 139651, 139668, 139684, 139697, 139712, 139721, 139731, 139740, 139750, 139764, 139776, 139793, 139808, 139826, 139840, 139860, 139884, 139896, 139912, 139931, 139949, 139968, 139992, 140020, 140036, 140056, 140079, 140101, 140124, 140136, 140145, 140155, 140168, 140175, 140187, 140200, 140210, 140222, 140243, 140263, 140288, 140308, 140322, 140350, 140378, 140400, 140426, 140433, 140451, 140466, 140483, 140503, 140524, 140540, 140555, 140571, 140585, 140605, 140628, 140645, 140661, 140678, 140692, 140700, 140718, 140728, 140731, 140735, 140738, 140742, 140748, 140769, 140781, 140795, 140812, 140826, 140842, 140856, 140876, 140888, 140904, 140918, 140937, 140954, 140974, 140990, 141005, 141015, 141023, 141033, 141046, 141062, 141083, 141102, 141119, 141135, 141153, 141176, 141191, 141211, 141230, 141243, 141261, 141283, 141300, 141321, 141335, 141350, 141367, 141384, 141401, 141419, 141436, 141454, 141469, 141486, 141503, 141520, 141538, 141555, 141573, 141583, 141597, 141615, 141634, 141643, 141647, 141652, 141666, 141686, 141702, 141715, 141730, 141748, 141769, 141775, 141786, 141803, 141813, 141823, 141835, 141850, 141853, 141864, 141880, 141894, 141913, 141917, 141922, 141927, 141950, 141972, 141982, 141993, 142002, 142014, 142027, 142048, 142071, 142085, 142097, 142103, 142113, 142134, 142158, 142182, 142203, 142226, 142236, 142253, 142279, 142306, 142332, 142351, 142375, 142398, 142419, 142438, 142455, 142473, 142489, 142507, 142535, 142564, 142592, 142613, 142639, 142664, 142687, 142697, 142707, 142718, 142727, 142747, 142770, 142793, 142813, 142835, 142845, 142870, 142898, 142926, 142951, 142978, 142992, 143016, 143043, 143070, 143094, 143120, 143134, 143151, 143161, 143186, 143212, 143237, 143255, 143278, 143300, 143320, 143335, 143349, 143361, 143371, 143382, 143393, 143404, 143410, 143428, 143443, 143455, 143465, 143479, 143489, 143498, 143509, 143516, 143531, 143551, 143574, 143601, 143618, 143636, 143658, 143670, 143691, 143709, 143726, 143740, 143751, 143757, 143770, 143775, 143785, 143793, 143802, 143815, 143831, 143847, 143861, 143873, 143891, 143906, 143919, 143932, 143939, 143951, 143966, 143982, 143997, 144010, 144026, 144043, 144057, 144072, 144083, 144096, 144104, 144121, 144136, 144156, 144174, 144187, 144203, 144220, 144234, 144251, 144269, 144284, 144300, 144312, 144326, 144347, 144364, 144371, 144382, 144395, 144411, 144430, 144436, 144444, 144453, 144463, 144474, 144491, 144510, 144530, 144549, 144564, 144583, 144601, 144616, 144630, 144649, 144666, 144689, 144705, 144726, 144741, 144767, 144792, 144821, 144835, 144849, 144872, 144899, 144926, 144957, 144982, 145003, 145034, 145064, 145098, 145126, 145158, 145190, 145226, 145256, 145282, 145312, 145336, 145358, 145385, 145416, 145439, 145464, 145486, 145513, 145532, 145554, 145570, 145587, 145617, 145647, 145669, 145693, 145719, 145747, 145774, 145785, 145794, 145811, 145831, 145851, 145869, 145885, 145907, 145926, 145943, 145950, 145957, 145964, 145971, 145983, 146009, 146032, 146054, 146077, 146100, 146124, 146149, 146169, 146190, 146214, 146233, 146251, 146269, 146286, 146293, 146307, 146322, 146334, 146346, 146366, 146382, 146401, 146418, 146431, 146448, 146457, 146467, 146487, 146506, 146527, 146551, 146575, 146595, 146615, 146636, 146657, 146684, 146698, 146718, 146733, 146749, 146759, 146768, 146789, 146807, 146819, 146836, 146849, 146870, 146893, 146907, 146921, 146949, 146976, 146987, 147002, 147015, 147026, 147038, 147065, 147093, 147114, 147136, 147161, 147187, 147214, 147242, 147270, 147299, 147318, 147338, 147357, 147377, 147400, 147424, 147447, 147471, 147481, 147490, 147498, 147517, 147529, 147544, 147558, 147573, 147588, 147604, 147623, 147639, 147653, 147673, 147689, 147706, 147713, 147728, 147740, 147755, 147774, 147788, 147800, 147814, 147831, 147851, 147861, 147872, 147888, 147911, 147938, 147961, 147984, 148008, 148032, 148054, 148080, 148102, 148124, 148147, 148170, 148191, 148213, 148235, 148244, 148266, 148278, 148290, 148311, 148331, 148342, 148352, 148367, 148370, 148381, 148391, 148401, 148413, 148424, 148435, 148440, 148447, 148469, 148494, 148519, 148541, 148565, 148576, 148591, 148608, 148627, 148648, 148672, 148696, 148717, 148740, 148751, 148763, 148789, 148818, 148847, 148873, 148901, 148916, 148941, 148969, 148997, 149022, 149049, 149064, 149077, 149093, 149107, 149119, 149123, 149128, 149140, 149152, 149165, 149183, 149197, 149212, 149228, 149244, 149255, 149265, 149275, 149292, 149299, 149306, 149316, 149337, 149361, 149385, 149406, 149429, 149439, 149456, 149482, 149509, 149535, 149554, 149578, 149601, 149622, 149641, 149658, 149676, 149692, 149710, 149738, 149767, 149795, 149816, 149842, 149867, 149890, 149900, 149910, 149921, 149930, 149950, 149973, 149996, 150016, 150038, 150048, 150073, 150101, 150129, 150154, 150181, 150195, 150219, 150246, 150273, 150297, 150323, 150337, 150354, 150364, 150389, 150415, 150440, 150458, 150481, 150503, 150523, 150535, 150552, 150571, 150586, 150600, 150612, 150622, 150633, 150644, 150656, 150666, 150673, 150691, 150706, 150720, 150731, 150738, 150744, 150757, 150777, 150794, 150805, 150820, 150831, 150838, 150853, 150864, 150875, 150888, 150908, 150922, 150934, 150949, 150960, 150976, 150989, 150998, 151006, 151013, 151031, 151045, 151064, 151079, 151095, 151107, 151118, 151128, 151139, 151151, 151162, 151171, 151174, 151177, 151181, 151185, 151193, 151202, 151206, 151210, 151213, 151217, 151220, 151234, 151242, 151251, 151263, 151274, 151287, 151291, 151296, 151307, 151332, 151348, 151372, 151395, 151419, 151441, 151469, 151490, 151512, 151533, 151547, 151562, 151564, 151567, 151578, 151594, 151606, 151619, 151637, 151648, 151657, 151670, 151684, 151691, 151699, 151706, 151717, 151729, 151741, 151756, 151771, 151784, 151795, 151812, 151826, 151838, 151844, 151857, 151877, 151894, 151905, 151920, 151931, 151939, 151951, 151964, 151978, 151995, 152012, 152027, 152040, 152059, 152075, 152089, 152106, 152120, 152133, 152143, 152155, 152178, 152185, 152197, 152202, 152212, 152218, 152225, 152236, 152255, 152271, 152284, 152295, 152310, 152321, 152333, 152340, 152355, 152375, 152398, 152425, 152442, 152460, 152482, 152494, 152507, 152519, 152525, 152539, 152554, 152565, 152582, 152596, 152606, 152623, 152628, 152632, 152644, 152660, 152677, 152688, 152697, 152706, 152714, 152722, 152736, 152749, 152760, 152773, 152786, 152799, 152813, 152826, 152840, 152846, 152856, 152874, 152897, 152918, 152938, 152957, 152977, 152995, 153015, 153036, 153058, 153075, 153089, 153103, 153119, 153137, 153158, 153174, 153189, 153204, 153218, 153229, 153248, 153270, 153291, 153310, 153331, 153354, 153369, 153386, 153408, 153425, 153441, 153448, 153455, 153462, 153471, 153481, 153492, 153504, 153516, 153529, 153542, 153556, 153570, 153585, 153595, 153606, 153619, 153633, 153643, 153654, 153665, 153679, 153694, 153710, 153726, 153743, 153760, 153778, 153796, 153815, 153829, 153844, 153861, 153879, 153893, 153908, 153923, 153938, 153949, 153957, 153972, 153988, 154005, 154022, 154040, 154058, 154077, 154096, 154116, 154131, 154147, 154165, 154184, 154199, 154215, 154231, 154247, 154256, 154266, 154275, 154285, 154296, 154305, 154319, 154334, 154347, 154358, 154376, 154391, 154408, 154422, 154433, 154445, 154455, 154466, 154476, 154483, 154491, 154507, 154520, 154533, 154553, 154570, 154587, 154607, 154623, 154636, 154645, 154654, 154664, 154679, 154697, 154716, 154731, 154752, 154770, 154784, 154805, 154814, 154822, 154833, 154846, 154860, 154874, 154887, 154903, 154914, 154925, 154937, 154945, 154958, 154966, 154979, 154991, 154998, 155006, 155022, 155035, 155061, 155083, 155101, 155117, 155127, 155141, 155155, 155173, 155188, 155206, 155224, 155237, 155252, 155266, 155285, 155301, 155327, 155342, 155361, 155377, 155390, 155405, 155423, 155453, 155473, 155486, 155512, 155537, 155552, 155571, 155589, 155604, 155621, 155638, 155656, 155671, 155689, 155708, 155726, 155741, 155756, 155770, 155785, 155801, 155816, 155832, 155855, 155881, 155906, 155931, 155955, 155974, 155992, 156010, 156029, 156044, 156057, 156075, 156081, 156090, 156101, 156113, 156125, 156136, 156139, 156141, 156147, 156155, 156166, 156180, 156195, 156209, 156223, 156239, 156254, 156269, 156282, 156294, 156306, 156320, 156333, 156346, 156362, 156377, 156392, 156406, 156419, 156432, 156448, 156454, 156461, 156472, 156484, 156496, 156509, 156521, 156531, 156542, 156554, 156571, 156589, 156603, 156623, 156650, 156680, 156704, 156733, 156756, 156785, 156813, 156838, 156866, 156881, 156897, 156915, 156940, 156956, 156973, 156991, 157009, 157026, 157044, 157064, 157081, 157099, 157113, 157133, 157148, 157163, 157179, 157196, 157211, 157227, 157244, 157259, 157275, 157294, 157319, 157332, 157347, 157367, 157381, 157396, 157407, 157419, 157432, 157446, 157465, 157476, 157493, 157512, 157522, 157533, 157556, 157575, 157599, 157614, 157627, 157641, 157652, 157662, 157673, 157685, 157695, 157706, 157719, 157733, 157748, 157765, 157788, 157813, 157838, 157858, 157870, 157885, 157896, 157908, 157921, 157935, 157948, 157959, 157971, 157988, 158008, 158019, 158036, 158049, 158059, 158070, 158084, 158101, 158114, 158128, 158143, 158157, 158170, 158184, 158196, 158210, 158220, 158230, 158241, 158252, 158264, 158278, 158294, 158313, 158332, 158350, 158364, 158380, 158391, 158403, 158417, 158432, 158450, 158462, 158473, 158492, 158505, 158515, 158534, 158552, 158575, 158593, 158605, 158631, 158657, 158677, 158701, 158708, 158720, 158727, 158736, 158748, 158763, 158771, 158781, 158794, 158810, 158821, 158834, 158847, 158860, 158874, 158887, 158901, 158911, 158921, 158931, 158941, 158951, 158963, 158975, 158987, 158999, 159011, 159023, 159037, 159048, 159060, 159073, 159087, 159100, 159113, 159127, 159141, 159156, 159171, 159187, 159203, 159214, 159226, 159241, 159255, 159274, 159294, 159313, 159333, 159348, 159363, 159376, 159395, 159416, 159428, 159441, 159454, 159469, 159482, 159498, 159514, 159530, 159544, 159559, 159570, 159582, 159594, 159609, 159625, 159642, 159659, 159677, 159695, 159714, 159733, 159753, 159768, 159784, 159802, 159821, 159836, 159852, 159868, 159884, 159896, 159910, 159926, 159943, 159961, 159979, 159998, 160017, 160037, 160057, 160078, 160094, 160111, 160130, 160150, 160166, 160183, 160200, 160217, 160230, 160242, 160255, 160272, 160290, 160307, 160325, 160338, 160351, 160364, 160375, 160392, 160411, 160421, 160432, 160443, 160456, 160470, 160481, 160495, 160509, 160523, 160528, 160532, 160537, 160546, 160556, 160566, 160577, 160587, 160598, 160606, 160615, 160625, 160640, 160656, 160668, 160683, 160705, 160730, 160749, 160773, 160791, 160815, 160838, 160856, 160881, 160909, 160931, 160958, 160979, 161006, 161032, 161055, 161081, 161101, 161124, 161141, 161163, 161176, 161190, 161206, 161229, 161243, 161258, 161274, 161290, 161305, 161321, 161339, 161354, 161370, 161382, 161400, 161413, 161424, 161437, 161451, 161466, 161479, 161493, 161508, 161521, 161535, 161552, 161575, 161586, 161599, 161617, 161629, 161642, 161651, 161661, 161672, 161684, 161701, 161710, 161725, 161742, 161750, 161759, 161780, 161797, 161819, 161832, 161843, 161855, 161864, 161872, 161881, 161891, 161899, 161908, 161919, 161931, 161943, 161956, 161971, 161992, 162015, 162038, 162056, 162066, 162079, 162088, 162098, 162109, 162121, 162132, 162141, 162151, 162166, 162184, 162193, 162208, 162219, 162227, 162236, 162248, 162263, 162274, 162286, 162299, 162311, 162322, 162334, 162344, 162356, 162364, 162372, 162381, 162390, 162400, 162412, 162426, 162443, 162460, 162476, 162488, 162502, 162511, 162521, 162533, 162546, 162562, 162572, 162581, 162598, 162609, 162632, 162635, 162639, 162642, 162648, 162652, 162657, 162665, 162682, 162696, 162709, 162718, 162728, 162736, 162749, 162758, 162769, 162779, 162789, 162798, 162813, 162827, 162837, 162848, 162859, 162868, 162877, 162891, 162901, 162908, 162915, 162918, 162924, 162932, 162941, 162946, 162950, 162955, 162970, 162978, 162991, 163002, 163021, 163033, 163050, 163065, 163079, 163089, 163105, 163114, 163128, 163140, 163160, 163173, 163191, 163207, 163222, 163233, 163240, 163245, 163258, 163269, 163278, 163295, 163315, 163339, 163359, 163373, 163398, 163421, 163448, 163475, 163490, 163503, 163520, 163542, 163562, 163586, 163610, 163633, 163654, 163679, 163704, 163725, 163744, 163767, 163790, 163814, 163836, 163862, 163888, 163905, 163928, 163949, 163974, 163999, 164006, 164014, 164030, 164046, 164067, 164084, 164102, 164125, 164139, 164159, 164180, 164195, 164207, 164224, 164243, 164257, 164272, 164285, 164307, 164319, 164332, 164346, 164350, 164355, 164368, 164378, 164401, 164420, 164435, 164448, 164458, 164465, 164472, 164479, 164485, 164500, 164506, 164513, 164518, 164526, 164534, 164544, 164554, 164563, 164569, 164577, 164586, 164593, 164599, 164614, 164626, 164640, 164657, 164666, 164683, 164696, 164709, 164721, 164737, 164755, 164776, 164789, 164810, 164827, 164844, 164860, 164879, 164898, 164912, 164927, 164942, 164952, 164973, 164996, 165022, 165040, 165066, 165088, 165110, 165131, 165155, 165179, 165198, 165214, 165232, 165253, 165266, 165287, 165304, 165321, 165337, 165356, 165375, 165389, 165397, 165404, 165420, 165437, 165445, 165453, 165467, 165482, 165494, 165507, 165520, 165534, 165550, 165562, 165568, 165586, 165601, 165615, 165626, 165646, 165663, 165679, 165692, 165699, 165708, 165716, 165723, 165731, 165740, 165758, 165774, 165796, 165815, 165830, 165848, 165862, 165882, 165895, 165901, 165907, 165918, 165926, 165939, 165947, 165957, 165976, 165993, 166009, 166023, 166034, 166044, 166050, 166061, 166075, 166087, 166097, 166115, 166136, 166161, 166182, 166197, 166212, 166238, 166262, 166290, 166318, 166334, 166348, 166366, 166389, 166410, 166435, 166460, 166484, 166506, 166532, 166558, 166580, 166600, 166624, 166648, 166673, 166696, 166723, 166750, 166768, 166792, 166814, 166840, 166866, 166877, 166903, 166927, 166955, 166983, 167002, 167022, 167038, 167052, 167070, 167086, 167104, 167121, 167144, 167162, 167184, 167203, 167228, 167249, 167269, 167290, 167309, 167330, 167353, 167374, 167395, 167418, 167439, 167461, 167480, 167503, 167524, 167549, 167574, 167591, 167615, 167637, 167663, 167689, 167709, 167730, 167752, 167772, 167796, 167820, 167835, 167858, 167882, 167905, 167926, 167943, 167962, 167980, 168004, 168023, 168046, 168066, 168092, 168114, 168135, 168157, 168177, 168199, 168223, 168245, 168267, 168291, 168313, 168336, 168354, 168374, 168393, 168418, 168438, 168462, 168483, 168510, 168533, 168555, 168578, 168599, 168622, 168647, 168670, 168693, 168718, 168741, 168765, 168790, 168813, 168840, 168867, 168885, 168909, 168931, 168957, 168983, 168999, 169003, 169008, 169018, 169025, 169039, 169047, 169056, 169066, 169079, 169093, 169105, 169117, 169123, 169132, 169140, 169149, 169171, 169190, 169212, 169229, 169264, 169293, 169300, 169310, 169321, 169334, 169353, 169375, 169393, 169416, 169436, 169454, 169473, 169490, 169502, 169516, 169542, 169555, 169581, 169601, 169625, 169631, 169638, 169647, 169652, 169661, 169671, 169686, 169706, 169729, 169756, 169773, 169791, 169813, 169825, 169833, 169844, 169853, 169859, 169866, 169873, 169881, 169890, 169917, 169934, 169957, 169962, 169970, 169983, 169987, 170012, 170035, 170052, 170068, 170082, 170106, 170128, 170143, 170161, 170175, 170199, 170221, 170237, 170252, 170265, 170288, 170309, 170323, 170340, 170353, 170358, 170370, 170377, 170391, 170396, 170408, 170427, 170443, 170453, 170467, 170477, 170490, 170510, 170527, 170538, 170553, 170564, 170570, 170576, 170583, 170588, 170596, 170601, 170606, 170612, 170619, 170643, 170649, 170667, 170686, 170696, 170715, 170734, 170754, 170774, 170795, 170805, 170818, 170831, 170842, 170851, 170866, 170878, 170888, 170896, 170903, 170912, 170926, 170945, 170960, 170981, 170993, 171011, 171030, 171043, 171057, 171067, 171082, 171094, 171107, 171118, 171138, 171148, 171159, 171171, 171179, 171188, 171205, 171224, 171234, 171245, 171250, 171268, 171283, 171297, 171308, 171317, 171334, 171344, 171356, 171363, 171377, 171396, 171405, 171417, 171429, 171443, 171461, 171478, 171500, 171517, 171528, 171553, 171578, 171597, 171620, 171631, 171644, 171652, 171659, 171676, 171684, 171693, 171702, 171712, 171724, 171748, 171780, 171807, 171832, 171865, 171893, 171900, 171906, 171923, 171941, 171955, 171975, 171992, 172005, 172025, 172035, 172051, 172058, 172069, 172080, 172095, 172107, 172122, 172137, 172147, 172159, 172170, 172186, 172199, 172222, 172234, 172250, 172263, 172273, 172285, 172300, 172327, 172344, 172354, 172377, 172399, 172411, 172427, 172442, 172454, 172468, 172482, 172497, 172509, 172524, 172540, 172555, 172567, 172579, 172590, 172602, 172615, 172627, 172640, 172660, 172683, 172705, 172727, 172748, 172764, 172779, 172794, 172810, 172822, 172834, 172845, 172861, 172867, 172879, 172896, 172914, 172930, 172946, 172958, 172965, 172973, 172993, 173015, 173033, 173053, 173079, 173104, 173126, 173150, 173170, 173192, 173220, 173247, 173257, 173265, 173275, 173285, 173295, 173306, 173316, 173327, 173337, 173347, 173355, 173364, 173383, 173407, 173424, 173429, 173441, 173451, 173459, 173470, 173481, 173488, 173496, 173501, 173513, 173528, 173539, 173551, 173563, 173579, 173598, 173608, 173632, 173649, 173654, 173665, 173674, 173683, 173691, 173707, 173722, 173743, 173765, 173784, 173806, 173829, 173849, 173870, 173889, 173911, 173934, 173954, 173977, 174001, 174022, 174044, 174064, 174069, 174078, 174090, 174107, 174127, 174151, 174165, 174180, 174199, 174208, 174220, 174235, 174244, 174248, 174252, 174258, 174269, 174284, 174300, 174308, 174312, 174323, 174339, 174350, 174361, 174366, 174381, 174401, 174404, 174409, 174418, 174427, 174431, 174436, 174443, 174461, 174484, 174497, 174515, 174536, 174561, 174576, 174592, 174612, 174624, 174634, 174640, 174653, 174658, 174670, 174687, 174706, 174720, 174729, 174743, 174757, 174771, 174785, 174799, 174815, 174827, 174841, 174851, 174863, 174881, 174898, 174902, 174905, 174913, 174924, 174941, 174958, 174975, 174992, 175009, 175028, 175041, 175046, 175058, 175061, 175065, 175075, 175086, 175105, 175123, 175142, 175159, 175182, 175199, 175215, 175228, 175231, 175238, 175254, 175268, 175283, 175296, 175303, 175310, 175318, 175324, 175331, 175339, 175349, 175358, 175363, 175369, 175401, 175429, 175462, 175490, 175519, 175534, 175554, 175577, 175604, 175621, 175639, 175661, 175673, 175682, 175690, 175701, 175706, 175717, 175727, 175738, 175750, 175759, 175773, 175789, 175799, 175810, 175825, 175851, 175878, 175898, 175919, 175943, 175968, 175989, 176015, 176042, 176069, 176097, 176115, 176134, 176148, 176166, 176185, 176199, 176221, 176244, 176266, 176289, 176305, 176311, 176319, 176328, 176339, 176353, 176370, 176379, 176389, 176400, 176426, 176453, 176473, 176494, 176518, 176543, 176569, 176596, 176623, 176651, 176669, 176688, 176706, 176725, 176747, 176770, 176792, 176815, 176830, 176846, 176854, 176859, 176865, 176872, 176883, 176891, 176894, 176911, 176928, 176944, 176950, 176958, 176967, 176971, 176983, 177000, 177021, 177038, 177055, 177073, 177091, 177105, 177122, 177142, 177147, 177154, 177162, 177171, 177174, 177184, 177195, 177204, 177216, 177228, 177241, 177254, 177268, 177282, 177297, 177307, 177318, 177325, 177338, 177352, 177362, 177373, 177384, 177398, 177413, 177429, 177445, 177462, 177479, 177497, 177515, 177534, 177548, 177563, 177580, 177598, 177612, 177627, 177642, 177657, 177668, 177683, 177699, 177716, 177733, 177751, 177769, 177788, 177807, 177827, 177842, 177858, 177876, 177895, 177910, 177926, 177942, 177958, 177967, 177971, 177982, 177994, 178004, 178017, 178030, 178044, 178058, 178073, 178088, 178104, 178115, 178127, 178135, 178149, 178164, 178175, 178187, 178199, 178214, 178230, 178247, 178264, 178282, 178300, 178319, 178338, 178358, 178373, 178389, 178407, 178426, 178441, 178457, 178473, 178489, 178501, 178517, 178534, 178552, 178570, 178589, 178608, 178628, 178648, 178669, 178685, 178702, 178721, 178741, 178757, 178774, 178791, 178808, 178818, 178822, 178828, 178838, 178846, 178856, 178868, 178878, 178886, 178895, 178907, 178915, 178923, 178939, 178950, 178960, 178970, 178982, 178993, 179004, 179010, 179014, 179031, 179049, 179069, 179089, 179106, 179123, 179137, 179149, 179169, 179179, 179186, 179196, 179200, 179206, 179213, 179228, 179243, 179254, 179274, 179292, 179307, 179327, 179338, 179355, 179371, 179388, 179401, 179421, 179436, 179453, 179475, 179488, 179506, 179525, 179545, 179559, 179570, 179583, 179598, 179614, 179632, 179645, 179659, 179673, 179685, 179697, 179709, 179724, 179735, 179756, 179767, 179779, 179795, 179808, 179821, 179825, 179830, 179851, 179858, 179871, 179880, 179895, 179904, 179913, 179923, 179932, 179947, 179953, 179960, 179969, 179987, 180004, 180019, 180033, 180048, 180063, 180081, 180097, 180112, 180135, 180157, 180177, 180196, 180216, 180236, 180259, 180280, 180300, 180322, 180343, 180362, 180380, 180399, 180418, 180440, 180460, 180479, 180503, 180526, 180547, 180567, 180588, 180609, 180633, 180655, 180676, 180699, 180721, 180741, 180760, 180780, 180800, 180823, 180844, 180864, 180888, 180911, 180932, 180952, 180973, 180994, 181018, 181040, 181061, 181071, 181076, 181090, 181094, 181112, 181127, 181142, 181158, 181172, 181189, 181208, 181222, 181238, 181254, 181270, 181287, 181302, 181320, 181340, 181355, 181372, 181391, 181407, 181423, 181440, 181455, 181473, 181493, 181508, 181525, 181542, 181559, 181577, 181593, 181612, 181633, 181649, 181667, 181680, 181692, 181704, 181718, 181731, 181744, 181751, 181753, 181756, 181768, 181773, 181787, 181800, 181811, 181824, 181839, 181852, 181863, 181880, 181895, 181908, 181923, 181936, 181948, 181960, 181977, 181992, 182007, 182018, 182026, 182041, 182049, 182067, 182075, 182093, 182105, 182119, 182137, 182150, 182164, 182176, 182188, 182203, 182213, 182223, 182248, 182273, 182298, 182315, 182334, 182356, 182373, 182389, 182400, 182413, 182425, 182438, 182447, 182466, 182485, 182504, 182517, 182533, 182553, 182573, 182593, 182607, 182624, 182630, 182636, 182644, 182647, 182657, 182667, 182676, 182687, 182695, 182703, 182714, 182722, 182736, 182746, 182759, 182771, 182781, 182793, 182802, 182811, 182823, 182835, 182846, 182859, 182876, 182889, 182905, 182917, 182925, 182932, 182943, 182956, 182962, 182969, 182981, 182988, 182999, 183010, 183025, 183037, 183052, 183067, 183077, 183089, 183100, 183116, 183129, 183152, 183164, 183180, 183193, 183203, 183215, 183230, 183257, 183274, 183284, 183307, 183329, 183341, 183357, 183372, 183384, 183398, 183412, 183427, 183439, 183454, 183470, 183485, 183497, 183509, 183520, 183532, 183545, 183557, 183570, 183582, 183593, 183613, 183636, 183658, 183680, 183701, 183717, 183732, 183747, 183763, 183775, 183797, 183814, 183822, 183835, 183844, 183853, 183867, 183875, 183883, 183895, 183901, 183911, 183923, 183934, 183946, 183956, 183964, 183969, 183978, 183988, 183996, 184008, 184011, 184018, 184030, 184044, 184052, 184067, 184077, 184089, 184103, 184116, 184127, 184142, 184154, 184166, 184183, 184200, 184214, 184230, 184243, 184256, 184274, 184285, 184303, 184316, 184331, 184348, 184364, 184378, 184391, 184404, 184414, 184425, 184443, 184456, 184471, 184488, 184504, 184518, 184525, 184533, 184543, 184553, 184568, 184585, 184599, 184613, 184632, 184652, 184673, 184683, 184700, 184712, 184726, 184742, 184757, 184770, 184778, 184792, 184807, 184825, 184834, 184840, 184847, 184855, 184876, 184900, 184922, 184947, 184967, 184986, 185007, 185031, 185053, 185078, 185098, 185117, 185134, 185154, 185177, 185203, 185227, 185254, 185276, 185297, 185315, 185336, 185352, 185373, 185397, 185419, 185444, 185464, 185483, 185506, 185532, 185556, 185583, 185605, 185626, 185641, 185654, 185665, 185677, 185693, 185702, 185714, 185730, 185747, 185766, 185787, 185808, 185826, 185846, 185860, 185881, 185904, 185920, 185939, 185962, 185974, 185981, 185989, 186003, 186019, 186036, 186052, 186067, 186079, 186090, 186108, 186115, 186123, 186132, 186142, 186152, 186169, 186181, 186192, 186205, 186216, 186225, 186241, 186262, 186278, 186299, 186317, 186334, 186352, 186370, 186393, 186407, 186426, 186446, 186467, 186482, 186498, 186514, 186531, 186550, 186564, 186579, 186592, 186605, 186627, 186639, 186652, 186666, 186681, 186701, 186721, 186748, 186770, 186791, 186814, 186835, 186854, 186869, 186889, 186909, 186936, 186958, 186979, 187002, 187023, 187042, 187057, 187077, 187096, 187114, 187130, 187145, 187162, 187171, 187181, 187186, 187192, 187211, 187227, 187243, 187264, 187284, 187301, 187318, 187340, 187357, 187371, 187385, 187404, 187425, 187443, 187461, 187484, 187496, 187511, 187519, 187526, 187541, 187561, 187584, 187611, 187628, 187646, 187668, 187680, 187698, 187720, 187738, 187756, 187775, 187794, 187817, 187844, 187867, 187890, 187914, 187938, 187951, 187965, 187975, 187986, 188000, 188018, 188041, 188067, 188097, 188117, 188138, 188163, 188178, 188190, 188201, 188217, 188233, 188248, 188260, 188273, 188297, 188317, 188334, 188350, 188378, 188407, 188427, 188444, 188462, 188484, 188507, 188533, 188560, 188588, 188617, 188646, 188676, 188696, 188717, 188736, 188757, 188777, 188798, 188822, 188846, 188871, 188895, 188920, 188936, 188960, 188971, 188979, 188990, 189001, 189015, 189037, 189063, 189085, 189107, 189130, 189153, 189163, 189182, 189192, 189203, 189209, 189231, 189250, 189268, 189287, 189306, 189326, 189347, 189363, 189380, 189400, 189415, 189429, 189443, 189456, 189473, 189487, 189501, 189520, 189538, 189553, 189568, 189588, 189603, 189615, 189627, 189644, 189663, 189679, 189695, 189716, 189726, 189744, 189758, 189772, 189788, 189811, 189828, 189843, 189861, 189875, 189894, 189910, 189920, 189928, 189930, 189933, 189945, 189955, 189964, 189983, 190003, 190020, 190038, 190056, 190075, 190096, 190113, 190121, 190132, 190154, 190172, 190182, 190202, 190223, 190241, 190260, 190279, 190299, 190321, 190339, 190368, 190375, 190382, 190388, 190399, 190401, 190410, 190421, 190433, 190451, 190467, 190477, 190486, 190493, 190506, 190514, 190524, 190533, 190548, 190559, 190569, 190583, 190594, 190611, 190624, 190636, 190653, 190666, 190677, 190690, 190705, 190718, 190731, 190746, 190759, 190773, 190788, 190795, 190808, 190816, 190822, 190835, 190842, 190851, 190862, 190872, 190888, 190899, 190914, 190926, 190944, 190958, 190971, 190985, 190997, 191011, 191027, 191041, 191055, 191071, 191085, 191100, 191110, 191122, 191133, 191150, 191162, 191178, 191191, 191210, 191225, 191239, 191254, 191267, 191282, 191299, 191314, 191329, 191346, 191361, 191377, 191388, 191395, 191399, 191413, 191427, 191440, 191448, 191460, 191473, 191493, 191511, 191526, 191543, 191564, 191581, 191605, 191623, 191643, 191664, 191683, 191694, 191708, 191729, 191744, 191763, 191779, 191798, 191817, 191836, 191853, 191867, 191883, 191903, 191919, 191942, 191959, 191978, 191998, 192013, 192031, 192041, 192057, 192070, 192090, 192104, 192122, 192137, 192153, 192171, 192189, 192196, 192203, 192215, 192226, 192237, 192251, 192265, 192277, 192287, 192303, 192316, 192327, 192342, 192356, 192370, 192386, 192390, 192400, 192415, 192429, 192442, 192451, 192463, 192476, 192488, 192501, 192510, 192525, 192541, 192553, 192562, 192573, 192585, 192595, 192607, 192619, 192633, 192645, 192656, 192668, 192676, 192690, 192699, 192712, 192740, 192762, 192771, 192780, 192786, 192791, 192796, 192802, 192820, 192833, 192849, 192856, 192864, 192875, 192884, 192899, 192908, 192918, 192927, 192944, 192959, 192972, 192991, 193000, 193010, 193021, 193030, 193040, 193050, 193053, 193057, 193067, 193076, 193081, 193088, 193097, 193110, 193119, 193130, 193135, 193141, 193146, 193155, 193163, 193172, 193182, 193197, 193207, 193217, 193235, 193255, 193274, 193284, 193295, 193305, 193316, 193327, 193341, 193347, 193354, 193372, 193385, 193398, 193408, 193415, 193419, 193429, 193440, 193444, 193449, 193456, 193461, 193467, 193475, 193485, 193495, 193505, 193515, 193526, 193536, 193547, 193552, 193558, 193570, 193584, 193599, 193609, 193623, 193636, 193646, 193655, 193667, 193683, 193693, 193702, 193705, 193715, 193725, 193734, 193744, 193753, 193763, 193774, 193783, 193786, 193790, 193795, 193805, 193812, 193820, 193830, 193841, 193868, 193896, 193917, 193939, 193964, 193990, 194017, 194045, 194073, 194102, 194121, 194141, 194160, 194180, 194203, 194227, 194250, 194274, 194283, 194297, 194303, 194325, 194348, 194364, 194381, 194401, 194422, 194444, 194467, 194490, 194514, 194528, 194543, 194557, 194572, 194582, 194600, 194619, 194637, 194656, 194673, 194677, 194689, 194702, 194715, 194729, 194733, 194737, 194750, 194760, 194783, 194802, 194817, 194830, 194852, 194867, 194882, 194899, 194913, 194916, 194927, 194940, 194955, 194963, 194972, 194984, 194994, 195002, 195007, 195019, 195027, 195033, 195041, 195044, 195053, 195067, 195074, 195080, 195093, 195097, 195105, 195115, 195127, 195133, 195139, 195146, 195152, 195158, 195171, 195176, 195184, 195193, 195198, 195212, 195226, 195232, 195247, 195258, 195278, 195286, 195292, 195307, 195311, 195316, 195324, 195334, 195347, 195363, 195367, 195372, 195386, 195401, 195418, 195438, 195450, 195470, 195486, 195502, 195517, 195534, 195553, 195574, 195598, 195614, 195638, 195658, 195678, 195697, 195719, 195741, 195758, 195776, 195794, 195807, 195831, 195857, 195886, 195907, 195936, 195961, 195986, 196010, 196037, 196064, 196086, 196105, 196126, 196150, 196166, 196190, 196210, 196230, 196249, 196271, 196293, 196310, 196328, 196337, 196347, 196362, 196374, 196393, 196406, 196421, 196426, 196436, 196447, 196464, 196483, 196503, 196522, 196540, 196555, 196569, 196590, 196597, 196612, 196625, 196640, 196657, 196672, 196685, 196699, 196716, 196729, 196737, 196746, 196763, 196782, 196792, 196806, 196812, 196824, 196837, 196846, 196855, 196865, 196872, 196884, 196900, 196918, 196929, 196942, 196958, 196972, 196992, 197005, 197018, 197027, 197035, 197049, 197054, 197061, 197070, 197083, 197097, 197108, 197120, 197132, 197145, 197160, 197171, 197178, 197203, 197213, 197219, 197228, 197236, 197252, 197267, 197280, 197306, 197328, 197346, 197362, 197371, 197381, 197393, 197409, 197424, 197435, 197450, 197464, 197475, 197493, 197507, 197518, 197531, 197545, 197559, 197575, 197589, 197602, 197616, 197626, 197642, 197653, 197668, 197679, 197686, 197697, 197709, 197722, 197738, 197749, 197768, 197786, 197801, 197815, 197830, 197845, 197861, 197878, 197890, 197903, 197919, 197930, 197940, 197950, 197959, 197962, 197968, 197975, 197986, 198004, 198029, 198051, 198067, 198087, 198103, 198110, 198114, 198134, 198157, 198180, 198200, 198222, 198234, 198251, 198260, 198273, 198288, 198303, 198316, 198328, 198345, 198364, 198386, 198408, 198427, 198448, 198462, 198481, 198490, 198501, 198517, 198532, 198542, 198566, 198593, 198620, 198644, 198670, 198683, 198706, 198732, 198758, 198781, 198806, 198819, 198830, 198844, 198856, 198866, 198880, 198898, 198911, 198928, 198938, 198948, 198960, 198964, 198971, 198987, 199000, 199014, 199031, 199047, 199059, 199077, 199085, 199107, 199113, 199119, 199125, 199132, 199136, 199144, 199151, 199163, 199167, 199174, 199187, 199203, 199223, 199245, 199262, 199278, 199294, 199308, 199317, 199328, 199342, 199360, 199380, 199395, 199409, 199423, 199435, 199440, 199442, 199445, 199465, 199484, 199505, 199525, 199545, 199566, 199583, 199599, 199617, 199634, 199651, 199669, 199686, 199702, 199720, 199737, 199754, 199772, 199798, 199823, 199850, 199876, 199902, 199929, 199956, 199982, 200010, 200037, 200064, 200092, 200111, 200129, 200149, 200168, 200187, 200207, 200218, 200231, 200243, 200253, 200264, 200281, 200300, 200320, 200339, 200357, 200372, 200386, 200407, 200435, 200462, 200491, 200519, 200547, 200576, 200591, 200605, 200621, 200636, 200651, 200667, 200680, 200692, 200706, 200719, 200732, 200746, 200758, 200769, 200782, 200794, 200806, 200819, 200832, 200844, 200858, 200871, 200884, 200898, 200918, 200937, 200958, 200978, 200998, 201019, 201024, 201032, 201039, 201048, 201057, 201066, 201076, 201085, 201095, 201117, 201129, 201136, 201144, 201147, 201164, 201170, 201176, 201183, 201192, 201200, 201213, 201229, 201249, 201271, 201288, 201304, 201320, 201334, 201345, 201359, 201377, 201397, 201412, 201426, 201440, 201452, 201465, 201483, 201504, 201529, 201544, 201560, 201580, 201590, 201599, 201607, 201620, 201629, 201639, 201643, 201656, 201678, 201695, 201713, 201726, 201738, 201756, 201763, 201775, 201783, 201794, 201810, 201815, 201821, 201831, 201842, 201865, 201891, 201917, 201946, 201969, 201991, 202011, 202035, 202046, 202058, 202067, 202077, 202104, 202115, 202131, 202148, 202161, 202175, 202190, 202207, 202231, 202246, 202262, 202279, 202295, 202312, 202331, 202347, 202364, 202377, 202396, 202410, 202424, 202438, 202453, 202469, 202483, 202498, 202514, 202528, 202543, 202561, 202585, 202597, 202610, 202624, 202634, 202645, 202657, 202670, 202688, 202704, 202722, 202736, 202745, 202755, 202770, 202784, 202796, 202809, 202819, 202828, 202838, 202849, 202858, 202868, 202881, 202895, 202911, 202933, 202957, 202981, 203000, 203011, 203027, 203037, 203048, 203060, 203073, 203085, 203095, 203105, 203121, 203133, 203142, 203152, 203165, 203178, 203194, 203206, 203219, 203246, 203259, 203271, 203284, 203295, 203308, 203317, 203326, 203339, 203349, 203359, 203370, 203383, 203398, 203416, 203434, 203451, 203464, 203479, 203489, 203500, 203513, 203527, 203544, 203554, 203566, 203576, 203591, 203604, 203620, 203629, 203639, 203649, 203658, 203674, 203690, 203707, 203727, 203751, 203771, 203785, 203790, 203796, 203802, 203821, 203835, 203838, 203862, 203877, 203891, 203910, 203919, 203933, 203948, 203957, 203971, 203980, 203997, 204014, 204029, 204050, 204074, 204091, 204106, 204124, 204147, 204164, 204186, 204212, 204234, 204261, 204275, 204294, 204312, 204328, 204343, 204361, 204385, 204412, 204430, 204451, 204469, 204489, 204507, 204522, 204544, 204559, 204569, 204582, 204595, 204619, 204639, 204664, 204677, 204693, 204713, 204723, 204734, 204749, 204763, 204779, 204799, 204819, 204840, 204864, 204882, 204902, 204922, 204945, 204964, 204980, 204998, 205021, 205040, 205056, 205070, 205085, 205104, 205120, 205137, 205152, 205170, 205193, 205215, 205234, 205256, 205273, 205295, 205315, 205329, 205342, 205356, 205367, 205379, 205394, 205408, 205424, 205438, 205450, 205473, 205494, 205513, 205532, 205552, 205564, 205577, 205592, 205604, 205617, 205632, 205648, 205659, 205671, 205685, 205703, 205716, 205732, 205755, 205781, 205801, 205826, 205845, 205870, 205894, 205915, 205939, 205950, 205961, 205976, 205996, 206004, 206022, 206038, 206050, 206057, 206079, 206099, 206113, 206126, 206140, 206151, 206163, 206178, 206192, 206208, 206222, 206234, 206257, 206271, 206292, 206311, 206330, 206350, 206366, 206378, 206391, 206406, 206418, 206431, 206446, 206462, 206473, 206485, 206498, 206511, 206520, 206534, 206544, 206558, 206570, 206584, 206600, 206612, 206625, 206640, 206652, 206661, 206672, 206684, 206692, 206697, 206704, 206717, 206728, 206742, 206755, 206770, 206783, 206794, 206816, 206834, 206853, 206865, 206879, 206890, 206902, 206917, 206928, 206936, 206942, 206949, 206960, 206973, 206983, 206989, 207001, 207010, 207022, 207034, 207042, 207051, 207061, 207074, 207082, 207098, 207107, 207117, 207128, 207142, 207151, 207168, 207175, 207198, 207219, 207234, 207248, 207260, 207275, 207291, 207313, 207333, 207346, 207362, 207374, 207385, 207395, 207401, 207405, 207419, 207432, 207437, 207445, 207458, 207475, 207485, 207495, 207506, 207519, 207531, 207544, 207558, 207574, 207589, 207601, 207613, 207632, 207650, 207672, 207689, 207696, 207706, 207713, 207729, 207749, 207769, 207793, 207811, 207825, 207835, 207847, 207863, 207881, 207896, 207916, 207928, 207943, 207952, 207962, 207985, 208008, 208023, 208040, 208059, 208080, 208089, 208098, 208109, 208118, 208129, 208138, 208149, 208156, 208164, 208171, 208179, 208200, 208204, 208217, 208222, 208229, 208234, 208250, 208269, 208286, 208300, 208318, 208332, 208336, 208342, 208356, 208375, 208397, 208423, 208439, 208456, 208477, 208488, 208491, 208500, 208514, 208526, 208537, 208554, 208570, 208582, 208593, 208596, 208606, 208609, 208614, 208623, 208633, 208643, 208653, 208666, 208676, 208690, 208705, 208720, 208735, 208753, 208768, 208781, 208795, 208809, 208823, 208840, 208854, 208864, 208872, 208880, 208897, 208914, 208926, 208940, 208947, 208966, 208989, 209008, 209027, 209047, 209067, 209072, 209080, 209084, 209094, 209109, 209123, 209136, 209145, 209157, 209170, 209182, 209191, 209206, 209222, 209234, 209243, 209254, 209266, 209276, 209288, 209302, 209314, 209325, 209337, 209345, 209359, 209368, 209381, 209409, 209431, 209440, 209449, 209460, 209465, 209486, 209511, 209539, 209560, 209589, 209613, 209630, 209655, 209674, 209697, 209723, 209742, 209769, 209791, 209806, 209829, 209853, 209881, 209912, 209936, 209968, 209995, 210015, 210043, 210065, 210091, 210120, 210142, 210172, 210197, 210215, 210241, 210247, 210259, 210276, 210293, 210319, 210346, 210372, 210391, 210415, 210438, 210459, 210473, 210491, 210519, 210548, 210576, 210597, 210623, 210648, 210671, 210682, 210693, 210707, 210724, 210734, 210747, 210772, 210798, 210823, 210841, 210864, 210886, 210906, 210916, 210931, 210941, 210957, 210971, 210983, 210995, 211019, 211047, 211078, 211102, 211134, 211161, 211181, 211209, 211230, 211252, 211270, 211287, 211305, 211323, 211342, 211362, 211377, 211393, 211412, 211426, 211452, 211481, 211503, 211533, 211558, 211571, 211584, 211602, 211628, 211640, 211646, 211668, 211694, 211723, 211745, 211775, 211800, 211818, 211844, 211864, 211888, 211915, 211935, 211963, 211986, 212002, 212026, 212037, 212047, 212055, 212064, 212086, 212104, 212120, 212135, 212156, 212170, 212187, 212204, 212225, 212241, 212261, 212274, 212286, 212299, 212311, 212319, 212328, 212338, 212351, 212360, 212367, 212380, 212395, 212412, 212429, 212443, 212459, 212469, 212486, 212493, 212501, 212507, 212514, 212519, 212529, 212538, 212553, 212573, 212596, 212623, 212640, 212658, 212680, 212692, 212698, 212712, 212726, 212737, 212749, 212762, 212781, 212803, 212829, 212845, 212862, 212883, 212893, 212904, 212913, 212921, 212933, 212950, 212965, 212987, 213004, 213026, 213039, 213058, 213076, 213095, 213114, 213138, 213153, 213173, 213194, 213216, 213232, 213245, 213262, 213280, 213300, 213315, 213331, 213345, 213359, 213382, 213395, 213409, 213421, 213436, 213442, 213452, 213458, 213465, 213476, 213483, 213506, 213524, 213543, 213554, 213560, 213567, 213581, 213596, 213612, 213629, 213640, 213652, 213672, 213697, 213718, 213735, 213750, 213757, 213781, 213798, 213824, 213831, 213839, 213847, 213857, 213873, 213890, 213907, 213925, 213945, 213954, 213968, 213978, 213989, 214002, 214010, 214019, 214043, 214060, 214086, 214100, 214125, 214143, 214170, 214181, 214207, 214226, 214254, 214270, 214279, 214293, 214305, 214314, 214336, 214355, 214373, 214387, 214405, 214420, 214424, 214429, 214442, 214453, 214466, 214481, 214494, 214505, 214517, 214532, 214543, 214552, 214556, 214573, 214591, 214609, 214628, 214634, 214641, 214649, 214653, 214665, 214678, 214685, 214701, 214709, 214726, 214745, 214760, 214777, 214800, 214822, 214832, 214844, 214855, 214868, 214881, 214894, 214908, 214921, 214935, 214954, 214975, 214992, 215011, 215036, 215060, 215073, 215088, 215109, 215118, 215140, 215168, 215184, 215206, 215226, 215236, 215251, 215264, 215288, 215318, 215336, 215360, 215382, 215401, 215426, 215439, 215465, 215497, 215517, 215543, 215567, 215586, 215603, 215631, 215665, 215687, 215715, 215741, 215766, 215797, 215816, 215841, 215864, 215885, 215912, 215927, 215948, 215967, 215981, 215991, 216002, 216010, 216019, 216034, 216050, 216067, 216082, 216091, 216101, 216106, 216111, 216117, 216124, 216127, 216131, 216138, 216149, 216158, 216166, 216174, 216184, 216193, 216202, 216209, 216214, 216221, 216241, 216266, 216281, 216301, 216316, 216336, 216343, 216350, 216360, 216370, 216376, 216390, 216402, 216416, 216432, 216446, 216458, 216471, 216487, 216499, 216503, 216513, 216532, 216550, 216573, 216591, 216603, 216629, 216655, 216675, 216699, 216709, 216723, 216742, 216763, 216779, 216794, 216811, 216827, 216849, 216864, 216881, 216890, 216907, 216929, 216954, 216983, 217002, 217022, 217046, 217060, 217066, 217073, 217081, 217095, 217114, 217131, 217146, 217160, 217176, 217197, 217210, 217228, 217245, 217261, 217281, 217296, 217315, 217327, 217335, 217344, 217367, 217390, 217403, 217423, 217443, 217463, 217483, 217496, 217504, 217514, 217521, 217529, 217534, 217547, 217561, 217564, 217568, 217572, 217584, 217593, 217603, 217608, 217621, 217631, 217643, 217656, 217666, 217679, 217690, 217699, 217714, 217726, 217736, 217746, 217755, 217769, 217785, 217802, 217816, 217833, 217848, 217861, 217880, 217896, 217910, 217923, 217936, 217949, 217954, 217971, 217993, 218010, 218027, 218050, 218074, 218095, 218122, 218150, 218175, 218204, 218229, 218237, 218252, 218266, 218271, 218276, 218281, 218289, 218298, 218311, 218335, 218360, 218378, 218397, 218419, 218442, 218461, 218485, 218510, 218535, 218561, 218577, 218594, 218606, 218622, 218639, 218651, 218671, 218692, 218712, 218733, 218747, 218753, 218775, 218798, 218814, 218831, 218851, 218872, 218883, 218905, 218928, 218951, 218975, 218989, 219004, 219018, 219033, 219046, 219064, 219083, 219101, 219120, 219128, 219137, 219156, 219172, 219179, 219185, 219193, 219203, 219207, 219212, 219215, 219221, 219229, 219240, 219254, 219261, 219268, 219280, 219305, 219322, 219336, 219349, 219363, 219377, 219392, 219408, 219419, 219431, 219446, 219456, 219465, 219474, 219482, 219499, 219518, 219526, 219535, 219546, 219564, 219582, 219605, 219625, 219650, 219666, 219689, 219708, 219729, 219745, 219762, 219786, 219801, 219817, 219827, 219839, 219851, 219863, 219876, 219888, 219901, 219915, 219922, 219930, 219944, 219962, 219975, 219995, 220016, 220034, 220058, 220083, 220105, 220131, 220153, 220168, 220185, 220202, 220219, 220241, 220259, 220278, 220302, 220317, 220338, 220360, 220376, 220389, 220403, 220421, 220441, 220456, 220472, 220486, 220509, 220522, 220536, 220551, 220561, 220572, 220582, 220587, 220593, 220606, 220620, 220630, 220641, 220652, 220671, 220695, 220715, 220731, 220745, 220759, 220773, 220792, 220807, 220823, 220844, 220856, 220874, 220893, 220906, 220916, 220931, 220948, 220960, 220973, 220984, 221004, 221014, 221025, 221038, 221052, 221064, 221082, 221103, 221118, 221133, 221147, 221155, 221171, 221196, 221212, 221226, 221246, 221260, 221273, 221285, 221293, 221308, 221322, 221343, 221361, 221378, 221396, 221409, 221427, 221446, 221466, 221477, 221489, 221502, 221517, 221533, 221552, 221566, 221579, 221593, 221606, 221618, 221629, 221637, 221647, 221658, 221667, 221678, 221690, 221709, 221727, 221745, 221764, 221779, 221800, 221818, 221832, 221853, 221861, 221868, 221874, 221881, 221898, 221909, 221921, 221932, 221947, 221961, 221971, 221979, 221991, 222002, 222017, 222023, 222034, 222044, 222054, 222067, 222076, 222084, 222096, 222105, 222113, 222134, 222155, 222166, 222184, 222202, 222220, 222238, 222249, 222256, 222264, 222277, 222293, 222311, 222332, 222356, 222361, 222367, 222385, 222400, 222414, 222425, 222429, 222434, 222440, 222443, 222447, 222457, 222472, 222488, 222502, 222521, 222538, 222553, 222569, 222582, 222598, 222615, 222629, 222644, 222660, 222671, 222683, 222696, 222716, 222732, 222745, 222759, 222772, 222783, 222797, 222812, 222832, 222851, 222870, 222891, 222911, 222931, 222943, 222956, 222973, 222989, 223005, 223023, 223040, 223057, 223068, 223076, 223093, 223109, 223127, 223144, 223152, 223168, 223180, 223184, 223201, 223215, 223223, 223239, 223258, 223269, 223289, 223304, 223324, 223339, 223353, 223368, 223381, 223400, 223422, 223438, 223453, 223469, 223482, 223499, 223504, 223509, 223511, 223517, 223521, 223531, 223539, 223547, 223554, 223563, 223578, 223586, 223596, 223606, 223617, 223626, 223636, 223641, 223651, 223669, 223683, 223698, 223713, 223727, 223741, 223762, 223776, 223785, 223799, 223807, 223823, 223834, 223844, 223856, 223871, 223886, 223897, 223908, 223920, 223932, 223950, 223967, 223980, 223994, 224008, 224021, 224034, 224054, 224067, 224073, 224084, 224102, 224111, 224126, 224140, 224155, 224170, 224186, 224203, 224215, 224228, 224244, 224255, 224265, 224275, 224284, 224292, 224302, 224312, 224322, 224330, 224339, 224351, 224357, 224364, 224372, 224381, 224391, 224407, 224416, 224427, 224440, 224453, 224466, 224480, 224493, 224507, 224519, 224530, 224541, 224554, 224566, 224578, 224592, 224599, 224612, 224619, 224638, 224654, 224664, 224679, 224691, 224703, 224710, 224717, 224734, 224751, 224757, 224764, 224770, 224777, 224785, 224794, 224800, 224807, 224815, 224823, 224828, 224834, 224842, 224859, 224877, 224890, 224902, 224908, 224914, 224921, 224940, 224956, 224971, 224983, 224991, 224998, 225006, 225015, 225021, 225028, 225039, 225045, 225053, 225059, 225069, 225089, 225106, 225122, 225135, 225146, 225154, 225176, 225195, 225213, 225228, 225237, 225247, 225258, 225263, 225272, 225282, 225297, 225314, 225331, 225343, 225355, 225374, 225389, 225407, 225424, 225444, 225462, 225484, 225505, 225522, 225539, 225552, 225566, 225576, 225581, 225587, 225596, 225611, 225625, 225637, 225648, 225659, 225684, 225705, 225716, 225733, 225745, 225756, 225768, 225783, 225794, 225806, 225813, 225829, 225844, 225854, 225865, 225874, 225891, 225906, 225923, 225942, 225959, 225974, 225993, 226010, 226029, 226046, 226062, 226083, 226102, 226121, 226136, 226153, 226169, 226186, 226198, 226211, 226227, 226248, 226272, 226300, 226318, 226337, 226360, 226373, 226381, 226399, 226414, 226424, 226438, 226447, 226472, 226483, 226501, 226523, 226542, 226560, 226575, 226582, 226593, 226607, 226625, 226638, 226650, 226662, 226674, 226687, 226698, 226706, 226715, 226724, 226742, 226761, 226776, 226797, 226815, 226829, 226850, 226861, 226873, 226886, 226910, 226927, 226955, 226984, 227006, 227029, 227055, 227082, 227105, 227133, 227162, 227191, 227221, 227241, 227262, 227278, 227298, 227319, 227335, 227359, 227384, 227408, 227433, 227451, 227461, 227472, 227486, 227503, 227520, 227535, 227548, 227567, 227583, 227597, 227604, 227612, 227621, 227645, 227651, 227659, 227666, 227676, 227691, 227703, 227728, 227749, 227766, 227781, 227787, 227794, 227802, 227815, 227831, 227847, 227861, 227873, 227891, 227906, 227919, 227925, 227932, 227947, 227961, 227975, 227986, 228002, 228016, 228032, 228050, 228066, 228080, 228095, 228113, 228127, 228144, 228159, 228176, 228195, 228212, 228227, 228243, 228262, 228277, 228287, 228295, 228301, 228309, 228316, 228336, 228353, 228369, 228382, 228385, 228397, 228409, 228419, 228428, 228437, 228444, 228449, 228454, 228460, 228471, 228479, 228494, 228503, 228514, 228524, 228537, 228556, 228576, 228593, 228616, 228640, 228661, 228686, 228707, 228724, 228733, 228745, 228763, 228782, 228798, 228820, 228843, 228863, 228887, 228907, 228911, 228917, 228923, 228928, 228935, 228943, 228959, 228963, 228968, 228971, 228975, 228988, 229000, 229005, 229011, 229032, 229054, 229069, 229085, 229104, 229124, 229145, 229167, 229189, 229212, 229225, 229239, 229252, 229266, 229275, 229292, 229310, 229327, 229345, 229361, 229364, 229383, 229398, 229422, 229442, 229467, 229487, 229508, 229528, 229543, 229566, 229585, 229613, 229637, 229666, 229690, 229715, 229739, 229758, 229778, 229794, 229800, 229807, 229816, 229831, 229849, 229863, 229882, 229898, 229912, 229927, 229940, 229948, 229958, 229980, 229989, 230011, 230027, 230047, 230058, 230071, 230087, 230106, 230118, 230119, 230126, 230135, 230144, 230154, 230160, 230167, 230178, 230190, 230203, 230221, 230236, 230251, 230264, 230278, 230295, 230312, 230323, 230333, 230345, 230360, 230377, 230392, 230405, 230421, 230433, 230452, 230465, 230477, 230490, 230505, 230518, 230533, 230545, 230549, 230554, 230562, 230566, 230571, 230583, 230600, 230620, 230644, 230658, 230673, 230692, 230701, 230709, 230718, 230724, 230734, 230746, 230758, 230767, 230780, 230797, 230811, 230824, 230832, 230846, 230854, 230869, 230885, 230899, 230912, 230922, 230926, 230929, 230940, 230949, 230953, 230958, 230970, 230987, 231007, 231031, 231045, 231060, 231079, 231088, 231096, 231103, 231110, 231116, 231133, 231150, 231156, 231167, 231178, 231191, 231205, 231219, 231230, 231237, 231247, 231259, 231274, 231292, 231298, 231304, 231310, 231317, 231334, 231349, 231360, 231380, 231391, 231408, 231424, 231441, 231454, 231474, 231491, 231509, 231528, 231538, 231552, 231567, 231585, 231598, 231612, 231624, 231636, 231648, 231663, 231674, 231685, 231701, 231714, 231723, 231740, 231753, 231760, 231768, 231775, 231790, 231806, 231814, 231823, 231838, 231853, 231870, 231883, 231901, 231917, 231931, 231945, 231960, 231977, 231993, 232011, 232027, 232041, 232057, 232076, 232089, 232109, 232121, 232138, 232154, 232167, 232181, 232194, 232211, 232230, 232245, 232261, 232273, 232290, 232305, 232323, 232337, 232358, 232373, 232387, 232402, 232421, 232441, 232463, 232486, 232507, 232526, 232547, 232570, 232591, 232610, 232632, 232653, 232671, 232691, 232708, 232732, 232755, 232774, 232788, 232806, 232820, 232833, 232837, 232845, 232855, 232867, 232872, 232888, 232905, 232920, 232933, 232949, 232970, 232983, 232987, 232992, 233009, 233028, 233043, 233060, 233083, 233105, 233124, 233145, 233162, 233181, 233206, 233230, 233246, 233263, 233280, 233298, 233312, 233327, 233341, 233348, 233361, 233374, 233388, 233391, 233405, 233415, 233430, 233443, 233456, 233473, 233480, 233486, 233502, 233522, 233538, 233554, 233571, 233588, 233596, 233601, 233607, 233614, 233629, 233642, 233654, 233667, 233681, 233699, 233712, 233729, 233739, 233743, 233752, 233768, 233785, 233800, 233814, 233832, 233854, 233878, 233897, 233914, 233935, 233958, 233976, 233994, 234012, 234028, 234046, 234061, 234074, 234090, 234110, 234132, 234149, 234164, 234183, 234204, 234220, 234236, 234252, 234266, 234282, 234286, 234291, 234306, 234324, 234337, 234347, 234358, 234370, 234393, 234412, 234427, 234440, 234451, 234467, 234477, 234492, 234501, 234515, 234532, 234550, 234570, 234587, 234595, 234604, 234612, 234624, 234641, 234660, 234674, 234684, 234705, 234731, 234760, 234793, 234816, 234840, 234868, 234886, 234893, 234902, 234910, 234925, 234936, 234947, 234960, 234980, 234994, 235006, 235021, 235032, 235048, 235061, 235070, 235087, 235100, 235116, 235127, 235142, 235160, 235173, 235187, 235201, 235217, 235231, 235245, 235261, 235276, 235287, 235296, 235307, 235318, 235328, 235338, 235354, 235367, 235380, 235390, 235399, 235411, 235424, 235446, 235459, 235464, 235473, 235486, 235498, 235505, 235510, 235514, 235519, 235528, 235537, 235550, 235560, 235573, 235586, 235594, 235604, 235613, 235627, 235638, 235659, 235669, 235683, 235694, 235702, 235711, 235721, 235734, 235759, 235774, 235782, 235803, 235823, 235832, 235842, 235851, 235859, 235873, 235886, 235896, 235908, 235920, 235933, 235943, 235955, 235963, 235972, 235982, 235995, 236009, 236022, 236032, 236042, 236051, 236066, 236077, 236087, 236098, 236108, 236126, 236147, 236167, 236187, 236206, 236220, 236233, 236246, 236256, 236265, 236278, 236291, 236304, 236317, 236330, 236345, 236353, 236362, 236369, 236378, 236389, 236400, 236411, 236420, 236430, 236456, 236478, 236493, 236513, 236533, 236562, 236592, 236621, 236643, 236670, 236696, 236720, 236737, 236758, 236789, 236821, 236852, 236876, 236905, 236933, 236959, 236973, 236987, 237004, 237024, 237037, 237053, 237081, 237110, 237138, 237159, 237185, 237210, 237233, 237246, 237271, 237289, 237302, 237331, 237350, 237367, 237385, 237400, 237415, 237430, 237433, 237441, 237450, 237458, 237469, 237479, 237492, 237498, 237505, 237515, 237520, 237534, 237546, 237559, 237574, 237587, 237598, 237614, 237631, 237650, 237669, 237685, 237701, 237714, 237727, 237738, 237757, 237768, 237783, 237794, 237808, 237823, 237840, 237857, 237871, 237885, 237896, 237905, 237922, 237935, 237944, 237954, 237963, 237973, 237987, 238003, 238025, 238042, 238058, 238066, 238075, 238086, 238095, 238107, 238121, 238138, 238147, 238164, 238177, 238190, 238202, 238217, 238232, 238242, 238253, 238264, 238276, 238282, 238295, 238309, 238325, 238339, 238354, 238372, 238387, 238404, 238419, 238432, 238447, 238460, 238470, 238488, 238502, 238517, 238531, 238546, 238565, 238586, 238608, 238629, 238642, 238656, 238672, 238686, 238703, 238722, 238744, 238758, 238780, 238798, 238816, 238833, 238853, 238873, 238888, 238904, 238920, 238931, 238953, 238977, 239004, 239023, 239050, 239073, 239096, 239118, 239143, 239168, 239188, 239205, 239223, 239242, 239264, 239278, 239300, 239318, 239336, 239353, 239371, 239391, 239411, 239426, 239443, 239456, 239472, 239489, 239508, 239527, 239543, 239559, 239572, 239583, 239602, 239614, 239627, 239639, 239654, 239668, 239684, 239701, 239710, 239727, 239740, 239753, 239765, 239778, 239793, 239810, 239825, 239835, 239850, 239864, 239884, 239897, 239913, 239927, 239942, 239959, 239974, 239987, 240002, 240015, 240032, 240045, 240061, 240075, 240090, 240107, 240122, 240135, 240150, 240163, 240180, 240193, 240210, 240228, 240248, 240268, 240285, 240302, 240316, 240328, 240348, 240363, 240379, 240397, 240415, 240430, 240445, 240457, 240467, 240485, 240503, 240522, 240543, 240564, 240582, 240600, 240615, 240628, 240649, 240665, 240682, 240701, 240720, 240736, 240752, 240765, 240776, 240795, 240798, 240820, 240843, 240867, 240884, 240898, 240915, 240927, 240957, 240981, 240985, 240990, 241004, 241023, 241039, 241052, 241065, 241081, 241096, 241108, 241120, 241138, 241152, 241165, 241183, 241198, 241217, 241229, 241241, 241256, 241270, 241281, 241292, 241309, 241322, 241341, 241358, 241366, 241370, 241379, 241394, 241411, 241424, 241439, 241460, 241480, 241488, 241498, 241511, 241527, 241531, 241547, 241564, 241578, 241595, 241613, 241628, 241644, 241658, 241661, 241665, 241670, 241675, 241684, 241702, 241721, 241737, 241754, 241771, 241789, 241809, 241825, 241831, 241843, 241858, 241871, 241885, 241899, 241916, 241936, 241955, 241972, 241991, 242012, 242027, 242047, 242062, 242076, 242098, 242117, 242135, 242154, 242172, 242191, 242211, 242232, 242248, 242265, 242285, 242300, 242314, 242328, 242341, 242357, 242376, 242394, 242410, 242428, 242448, 242462, 242481, 242495, 242508, 242513, 242518, 242535, 242553, 242568, 242586, 242605, 242621, 242638, 242653, 242672, 242689, 242711, 242731, 242749, 242768, 242784, 242803, 242823, 242840, 242858, 242874, 242897, 242916, 242922, 242929, 242945, 242957, 242969, 242983, 243004, 243019, 243032, 243048, 243060, 243077, 243091, 243102, 243117, 243131, 243143, 243160, 243175, 243193, 243207, 243212, 243216, 243221, 243238, 243252, 243271, 243279, 243295, 243314, 243325, 243343, 243363, 243378, 243398, 243413, 243433, 243447, 243462, 243480, 243503, 243516, 243534, 243543, 243562, 243584, 243592, 243608, 243623, 243639, 243649, 243661, 243669, 243678, 243691, 243708, 243716, 243721, 243727, 243733, 243739, 243745, 243766, 243780, 243793, 243806, 243821, 243835, 243849, 243857, 243870, 243879, 243886, 243908, 243929, 243939, 243951, 243965, 243979, 243993, 244008, 244022, 244037, 244048, 244060, 244082, 244103, 244113, 244125, 244139, 244153, 244167, 244182, 244196, 244211, 244222, 244234, 244250, 244265, 244275, 244284, 244309, 244327, 244354, 244367, 244393, 244412, 244440, 244449, 244468, 244485, 244501, 244519, 244541, 244558, 244579, 244593, 244601, 244609, 244621, 244630, 244638, 244645, 244652, 244659, 244667, 244680, 244690, 244701, 244709, 244719, 244730, 244746, 244768, 244786, 244813, 244836, 244864, 244887, 244911, 244934, 244952, 244978, 245000, 245031, 245058, 245090, 245117, 245145, 245172, 245194, 245217, 245236, 245249, 245263, 245282, 245287, 245291, 245296, 245303, 245318, 245332, 245352, 245370, 245387, 245403, 245420, 245435, 245452, 245470, 245489, 245503, 245518, 245534, 245545, 245557, 245570, 245585, 245600, 245618, 245631, 245643, 245655, 245666, 245677, 245684, 245689, 245695, 245706, 245709, 245716, 245724, 245737, 245753, 245771, 245788, 245797, 245832, 245860, 245888, 245918, 245926, 245944, 245952, 245981, 246003, 246025, 246049, 246070, 246106, 246135, 246173, 246183, 246204, 246241, 246271, 246310, 246315, 246322, 246330, 246344, 246360, 246372, 246386, 246406, 246425, 246437, 246454, 246463, 246477, 246488, 246504, 246523, 246541, 246558, 246578, 246589, 246593, 246602, 246615, 246627, 246635, 246645, 246659, 246672, 246681, 246690, 246695, 246706, 246725, 246738, 246751, 246767, 246781, 246794, 246806, 246820, 246830, 246841, 246849, 246857, 246872, 246879, 246892, 246904, 246915, 246929, 246943, 246961, 246980, 246995, 247008, 247021, 247044, 247060, 247077, 247097, 247115, 247131, 247149, 247163, 247178, 247195, 247209, 247227, 247244, 247262, 247284, 247307, 247326, 247343, 247356, 247374, 247387, 247396, 247410, 247420, 247434, 247444, 247460, 247468, 247476, 247492, 247500, 247504, 247518, 247534, 247543, 247555, 247567, 247580, 247596, 247600, 247613, 247624, 247637, 247652, 247664, 247678, 247690, 247700, 247715, 247726, 247736, 247748, 247759, 247776, 247788, 247804, 247817, 247836, 247851, 247865, 247877, 247892, 247905, 247920, 247937, 247952, 247967, 247984, 247999, 248015, 248025, 248042, 248061, 248078, 248093, 248111, 248131, 248149, 248165, 248175, 248186, 248199, 248211, 248229, 248242, 248259, 248273, 248293, 248309, 248324, 248340, 248354, 248370, 248388, 248404, 248420, 248438, 248454, 248471, 248483, 248497, 248510, 248529, 248543, 248561, 248576, 248597, 248614, 248630, 248647, 248662, 248679, 248698, 248715, 248732, 248751, 248768, 248786, 248790, 248810, 248826, 248841, 248861, 248878, 248892, 248906, 248923, 248939, 248952, 248965, 248984, 248999, 249022, 249050, 249075, 249097, 249119, 249144, 249168, 249189, 249210, 249237, 249260, 249270, 249281, 249300, 249323, 249352, 249384, 249412, 249440, 249458, 249480, 249494, 249517, 249544, 249577, 249613, 249645, 249677, 249699, 249725, 249743, 249767, 249789, 249819, 249840, 249860, 249878, 249904, 249921, 249931, 249950, 249967, 249985, 250001, 250011, 250021, 250032, 250041, 250051, 250062, 250070, 250080, 250094, 250111, 250137, 250161, 250186, 250209, 250226, 250243, 250261, 250277, 250294, 250312, 250327, 250350, 250377, 250410, 250446, 250478, 250510, 250532, 250558, 250576, 250603, 250634, 250671, 250711, 250747, 250783, 250809, 250839, 250861, 250889, 250915, 250949, 250974, 250998, 251020, 251050, 251071, 251084, 251093, 251108, 251125, 251143, 251160, 251176, 251189, 251201, 251220, 251229, 251236, 251246, 251259, 251271, 251288, 251310, 251329, 251345, 251361, 251380, 251398, 251413, 251428, 251449, 251466, 251490, 251512, 251528, 251543, 251556, 251579, 251600, 251614, 251631, 251644, 251664, 251689, 251711, 251730, 251749, 251771, 251792, 251810, 251828, 251852, 251872, 251880, 251892, 251905, 251914, 251928, 251948, 251961, 251976, 251991, 252005, 252016, 252031, 252044, 252066, 252086, 252107, 252126, 252139, 252152, 252166, 252178, 252191, 252205, 252216, 252233, 252250, 252268, 252291, 252311, 252328, 252345, 252365, 252384, 252400, 252416, 252438, 252456, 252475, 252499, 252520, 252538, 252556, 252577, 252597, 252614, 252631, 252654, 252673, 252683, 252693, 252709, 252727, 252746, 252763, 252778, 252795, 252814, 252831, 252846, 252864, 252881, 252895, 252911, 252924, 252944, 252963, 252978, 252996, 253012, 253030, 253050, 253068, 253084, 253101, 253121, 253137, 253154, 253169, 253187, 253210, 253230, 253247, 253264, 253284, 253303, 253319, 253335, 253357, 253375, 253396, 253415, 253436, 253459, 253480, 253499, 253519, 253542, 253561, 253571, 253590, 253617, 253642, 253661, 253679, 253695, 253721, 253745, 253762, 253782, 253798, 253811, 253828, 253843, 253861, 253884, 253896, 253912, 253933, 253951, 253966, 253981, 253999, 254016, 254036, 254059, 254081, 254102, 254116, 254130, 254150, 254166, 254192, 254216, 254234, 254251, 254266, 254291, 254314, 254330, 254349, 254364, 254380, 254394, 254410, 254428, 254444, 254458, 254473, 254491, 254505, 254529, 254551, 254577, 254603, 254617, 254629, 254645, 254666, 254685, 254708, 254731, 254753, 254773, 254797, 254821, 254841, 254859, 254881, 254903, 254926, 254947, 254972, 254997, 255013, 255035, 255055, 255079, 255103, 255118, 255126, 255142, 255156, 255172, 255190, 255206, 255220, 255235, 255253, 255267, 255277, 255287, 255316, 255341, 255369, 255401, 255422, 255450, 255474, 255501, 255532, 255552, 255561, 255583, 255601, 255622, 255647, 255661, 255681, 255699, 255711, 255722, 255731, 255750, 255767, 255777, 255790, 255799, 255804, 255817, 255829, 255843, 255856, 255871, 255883, 255897, 255909, 255921, 255935, 255946, 255963, 255984, 256006, 256030, 256054, 256075, 256096, 256114, 256130, 256154, 256164, 256176, 256186, 256206, 256224, 256236, 256247, 256259, 256268, 256278, 256293, 256305, 256317, 256331, 256343, 256353, 256362, 256371, 256386, 256406, 256423, 256437, 256451, 256468, 256484, 256497, 256510, 256529, 256544, 256556, 256575, 256592, 256602, 256613, 256624, 256632, 256640, 256654, 256667, 256681, 256690, 256700, 256710, 256716, 256729, 256740, 256751, 256771, 256795, 256825, 256858, 256887, 256916, 256935, 256958, 256973, 256997, 257025, 257059, 257096, 257129, 257162, 257185, 257212, 257231, 257256, 257279, 257310, 257332, 257353, 257372, 257399, 257417, 257428, 257448, 257466, 257485, 257502, 257513, 257524, 257536, 257546, 257557, 257569, 257584, 257602, 257629, 257654, 257680, 257704, 257722, 257740, 257759, 257776, 257794, 257813, 257831, 257841, 257853, 257864, 257881, 257893, 257909, 257922, 257941, 257956, 257970, 257985, 257998, 258013, 258030, 258045, 258060, 258077, 258092, 258108, 258121, 258135, 258158, 258179, 258201, 258221, 258235, 258249, 258264, 258277, 258291, 258306, 258319, 258330, 258343, 258355, 258373, 258386, 258403, 258417, 258437, 258453, 258468, 258484, 258498, 258514, 258532, 258548, 258564, 258582, 258598, 258615, 258627, 258641, 258654, 258673, 258687, 258705, 258720, 258741, 258758, 258774, 258791, 258806, 258823, 258842, 258859, 258876, 258895, 258912, 258930, 258937, 258945, 258964, 258984, 259004, 259025, 259048, 259053, 259064, 259080, 259089, 259099, 259114, 259125, 259137, 259149, 259155, 259165, 259177, 259192, 259210, 259221, 259248, 259273, 259292, 259310, 259326, 259352, 259376, 259393, 259413, 259429, 259434, 259438, 259446, 259456, 259466, 259476, 259487, 259497, 259508, 259513, 259526, 259540, 259553, 259565, 259571, 259585, 259600, 259614, 259627, 259637, 259648, 259664, 259676, 259697, 259718, 259723, 259734, 259744, 259751, 259766, 259781, 259797, 259812, 259826, 259833, 259841, 259850, 259860, 259873, 259881, 259897, 259904, 259909, 259914, 259920, 259927, 259941, 259956, 259964, 259976, 259983, 259991, 260008, 260028, 260052, 260066, 260081, 260100, 260109, 260116, 260124, 260133, 260149, 260166, 260184, 260199, 260217, 260236, 260252, 260269, 260284, 260302, 260321, 260337, 260356, 260376, 260393, 260411, 260430, 260444, 260459, 260475, 260481, 260490, 260497, 260507, 260516, 260530, 260544, 260559, 260575, 260586, 260598, 260603, 260611, 260620, 260638, 260657, 260665, 260674, 260689, 260699, 260710, 260722, 260742, 260761, 260769, 260779, 260797, 260812, 260822, 260833, 260845, 260853, 260862, 260876, 260886, 260896, 260914, 260934, 260944, 260955, 260966, 260977, 260988, 260996, 261002, 261010, 261019, 261028, 261038, 261056, 261076, 261087, 261097, 261105, 261114, 261128, 261139, 261151, 261168, 261191, 261211, 261221, 261230, 261245, 261257, 261276, 261289, 261304, 261324, 261340, 261356, 261374, 261399, 261418, 261435, 261455, 261471, 261492, 261510, 261518, 261525, 261537, 261550, 261560, 261575, 261584, 261604, 261616, 261631, 261646, 261663, 261681, 261705, 261720, 261741, 261761, 261782, 261803, 261825, 261848, 261866, 261884, 261903, 261925, 261942, 261958, 261974, 261990, 262004, 262024, 262041, 262056, 262070, 262080, 262095, 262115, 262131, 262147, 262165, 262190, 262209, 262226, 262246, 262262, 262283, 262301, 262323, 262343, 262357, 262370, 262381, 262402, 262421, 262433, 262448, 262459, 262474, 262483, 262493, 262509, 262522, 262542, 262556, 262571, 262587, 262595, 262603, 262611, 262623, 262634, 262640, 262647, 262655, 262675, 262692, 262708, 262721, 262730, 262744, 262750, 262757, 262765, 262778, 262795, 262808, 262821, 262836, 262858, 262874, 262888, 262905, 262918, 262936, 262951, 262960, 262975, 262988, 263001, 263013, 263024, 263043, 263064, 263087, 263110, 263130, 263152, 263168, 263191, 263202, 263219, 263234, 263249, 263263, 263276, 263288, 263300, 263318, 263333, 263355, 263371, 263388, 263406, 263417, 263428, 263443, 263459, 263475, 263494, 263513, 263530, 263545, 263566, 263584, 263600, 263605, 263611, 263625, 263635, 263644, 263654, 263664, 263673, 263683, 263695, 263707, 263724, 263744, 263758, 263772, 263785, 263791, 263798, 263803, 263808, 263816, 263819, 263829, 263840, 263855, 263863, 263884, 263908, 263928, 263948, 263958, 263966, 263980, 263991, 264002, 264008, 264019, 264031, 264046, 264065, 264090, 264118, 264142, 264166, 264180, 264198, 264208, 264224, 264238, 264260, 264273, 264285, 264297, 264306, 264314, 264324, 264342, 264354, 264363, 264379, 264398, 264411, 264424, 264436, 264439, 264447, 264454, 264461, 264479, 264496, 264513, 264522, 264530, 264538, 264544, 264553, 264569, 264581, 264602, 264619, 264645, 264667, 264694, 264716, 264739, 264761, 264778, 264803, 264824, 264854, 264880, 264911, 264937, 264964, 264990, 265011, 265033, 265051, 265068, 265080, 265100, 265116, 265141, 265162, 265192, 265218, 265249, 265275, 265302, 265328, 265349, 265378, 265403, 265437, 265467, 265502, 265532, 265563, 265593, 265618, 265644, 265666, 265687, 265703, 265720, 265733, 265737, 265742, 265757, 265771, 265785, 265797, 265807, 265819, 265833, 265845, 265855, 265868, 265882, 265894, 265908, 265920, 265931, 265943, 265959, 265973, 265987, 265997, 266006, 266019, 266030, 266043, 266058, 266071, 266082, 266096, 266111, 266124, 266139, 266152, 266164, 266177, 266194, 266209, 266224, 266235, 266247, 266258, 266263, 266280, 266298, 266316, 266335, 266356, 266374, 266378, 266386, 266397, 266428, 266434, 266444, 266462, 266468, 266491, 266510, 266532, 266558, 266573, 266588, 266605, 266624, 266643, 266659, 266677, 266689, 266708, 266727, 266740, 266747, 266772, 266797, 266805, 266813, 266832, 266849, 266864, 266878, 266899, 266917, 266933, 266953, 266968, 266987, 266999, 267010, 267019, 267043, 267064, 267084, 267105, 267126, 267148, 267171, 267189, 267208, 267230, 267247, 267263, 267279, 267294, 267298, 267313, 267329, 267345, 267362, 267381, 267389, 267394, 267403, 267405, 267419, 267431, 267443, 267448, 267454, 267461, 267467, 267486, 267499, 267517, 267538, 267563, 267578, 267594, 267614, 267624, 267636, 267647, 267655, 267659, 267675, 267691, 267706, 267719, 267735, 267746, 267756, 267769, 267782, 267798, 267813, 267825, 267839, 267853, 267866, 267880, 267891, 267902, 267914, 267925, 267939, 267952, 267961, 267972, 267982, 267990, 268008, 268025, 268037, 268046, 268054, 268064, 268071, 268083, 268096, 268109, 268114, 268126, 268130, 268135, 268148, 268163, 268178, 268192, 268207, 268219, 268232, 268244, 268258, 268273, 268289, 268306, 268323, 268341, 268359, 268378, 268397, 268417, 268432, 268448, 268466, 268485, 268500, 268516, 268532, 268551, 268571, 268592, 268613, 268635, 268657, 268680, 268703, 268727, 268746, 268766, 268788, 268811, 268830, 268850, 268870, 268890, 268906, 268926, 268947, 268969, 268991, 269014, 269037, 269061, 269085, 269110, 269130, 269151, 269174, 269198, 269218, 269239, 269260, 269281, 269291, 269296, 269311, 269329, 269337, 269350, 269362, 269379, 269397, 269414, 269429, 269447, 269466, 269479, 269500, 269522, 269543, 269562, 269576, 269587, 269599, 269609, 269621, 269632, 269645, 269655, 269667, 269682, 269699, 269714, 269733, 269748, 269766, 269780, 269789, 269807, 269823, 269831, 269840, 269856, 269870, 269886, 269905, 269928, 269947, 269960, 269965, 269979, 269991, 270005, 270021, 270034, 270049, 270062, 270073, 270085, 270098, 270109, 270132, 270156, 270182, 270208, 270231, 270254, 270274, 270292, 270318, 270336, 270356, 270374, 270390, 270409, 270430, 270449, 270466, 270477, 270483, 270494, 270504, 270507, 270519, 270529, 270541, 270555, 270565, 270576, 270585, 270594, 270600, 270617, 270630, 270645, 270658, 270669, 270683, 270696, 270714, 270734, 270752, 270768, 270787, 270808, 270827, 270844, 270859, 270876, 270890, 270910, 270915, 270923, 270933, 270946, 270960, 270973, 270988, 271006, 271024, 271038, 271052, 271067, 271082, 271103, 271119, 271126, 271142, 271157, 271176, 271196, 271215, 271235, 271250, 271265, 271278, 271297, 271318, 271330, 271343, 271368, 271389, 271415, 271428, 271442, 271455, 271472, 271488, 271504, 271520, 271525, 271542, 271556, 271569, 271579, 271598, 271614, 271629, 271641, 271651, 271668, 271680, 271694, 271710, 271725, 271738, 271745, 271760, 271776, 271791, 271805, 271813, 271829, 271846, 271862, 271877, 271889, 271902, 271915, 271935, 271950, 271967, 271986, 272004, 272020, 272033, 272053, 272068, 272085, 272104, 272122, 272138, 272148, 272162, 272169, 272176, 272198, 272219, 272242, 272263, 272287, 272310, 272329, 272349, 272373, 272391, 272408, 272427, 272441, 272458, 272476, 272496, 272515, 272530, 272550, 272563, 272576, 272588, 272597, 272614, 272631, 272649, 272666, 272682, 272694, 272713, 272727, 272743, 272761, 272778, 272793, 272802, 272822, 272839, 272859, 272880, 272896, 272918, 272933, 272940, 272948, 272958, 272980, 272997, 273013, 273026, 273042, 273053, 273065, 273087, 273108, 273126, 273149, 273167, 273188, 273207, 273229, 273253, 273276, 273294, 273313, 273332, 273352, 273376, 273393, 273409, 273420, 273434, 273447, 273468, 273484, 273502, 273518, 273537, 273554, 273567, 273585, 273607, 273628, 273656, 273680, 273698, 273713, 273733, 273751, 273770, 273786, 273802, 273820, 273836, 273854, 273873, 273889, 273909, 273925, 273941, 273955, 273970, 273993, 274010, 274025, 274037, 274053, 274071, 274092, 274116, 274136, 274155, 274176, 274198, 274216, 274234, 274252, 274270, 274285, 274305, 274318, 274332, 274349, 274367, 274381, 274398, 274413, 274429, 274440, 274459, 274473, 274485, 274501, 274522, 274533, 274549, 274564, 274582, 274600, 274619, 274643, 274669, 274695, 274716, 274740, 274751, 274763, 274777, 274794, 274808, 274832, 274844, 274863, 274880, 274901, 274924, 274948, 274968, 274981, 274999, 275016, 275030, 275046, 275070, 275085, 275101, 275115, 275132, 275155, 275175, 275193, 275207, 275220, 275241, 275252, 275272, 275295, 275307, 275322, 275338, 275359, 275375, 275392, 275412, 275432, 275451, 275466, 275483, 275495, 275510, 275532, 275550, 275574, 275586, 275603, 275619, 275633, 275649, 275663, 275679, 275697, 275713, 275729, 275741, 275753, 275769, 275788, 275800, 275813, 275824, 275839, 275855, 275870, 275886, 275897, 275908, 275917, 275932, 275949, 275957, 275966, 275987, 276004, 276026, 276035, 276045, 276054, 276067, 276079, 276091, 276103, 276113, 276122, 276135, 276149, 276161, 276178, 276190, 276200, 276205, 276211, 276230, 276236, 276237, 276242, 276249, 276260, 276267, 276275, 276289, 276302, 276320, 276333, 276348, 276369, 276390, 276405, 276419, 276437, 276451, 276463, 276474, 276492, 276509, 276527, 276550, 276568, 276587, 276603, 276625, 276648, 276668, 276692, 276712, 276732, 276752, 276768, 276781, 276802, 276816, 276837, 276856, 276875, 276899, 276923, 276944, 276963, 276986, 277008, 277032, 277052, 277077, 277095, 277116, 277130, 277137, 277153, 277164, 277180, 277189, 277203, 277218, 277240, 277259, 277281, 277310, 277342, 277368, 277399, 277424, 277455, 277485, 277512, 277542, 277555, 277575, 277592, 277612, 277639, 277669, 277693, 277722, 277745, 277774, 277802, 277827, 277855, 277865, 277879, 277886, 277894, 277901, 277914, 277921, 277929, 277938, 277952, 277971, 277995, 278018, 278035, 278043, 278062, 278068, 278085, 278105, 278125, 278142, 278161, 278169, 278178, 278190, 278203, 278213, 278228, 278235, 278245, 278260, 278272, 278285, 278295, 278306, 278317, 278326, 278345, 278361, 278375, 278393, 278410, 278425, 278447, 278472, 278497, 278519, 278543, 278561, 278572, 278585, 278606, 278630, 278654, 278675, 278698, 278709, 278722, 278737, 278751, 278764, 278773, 278790, 278799, 278818, 278833, 278840, 278853, 278867, 278878, 278895, 278912, 278930, 278945, 278964, 278979, 278991, 279007, 279018, 279038, 279050, 279060, 279079, 279099, 279116, 279139, 279163, 279184, 279209, 279230, 279244, 279256, 279269, 279285, 279292, 279299, 279306, 279314, 279322, 279331, 279345, 279363, 279376, 279388, 279406, 279425, 279441, 279463, 279486, 279506, 279530, 279550, 279559, 279569, 279574, 279585, 279597, 279608, 279616, 279625, 279634, 279649, 279665, 279674, 279689, 279699, 279708, 279718, 279731, 279744, 279755, 279766, 279778, 279792, 279805, 279823, 279846, 279866, 279883, 279900, 279920, 279939, 279955, 279971, 279993, 280011, 280025, 280039, 280057, 280075, 280087, 280106, 280123, 280136, 280149, 280169, 280187, 280206, 280216, 280228, 280241, 280260, 280284, 280305, 280323, 280341, 280362, 280382, 280399, 280416, 280439, 280458, 280471, 280484, 280499, 280519, 280544, 280566, 280585, 280604, 280626, 280647, 280665, 280683, 280707, 280727, 280748, 280774, 280797, 280817, 280837, 280860, 280882, 280901, 280920, 280945, 280966, 280982, 280997, 281013, 281023, 281036, 281048, 281061, 281072, 281083, 281097, 281108, 281123, 281135, 281145, 281157, 281168, 281177, 281194, 281210, 281224, 281239, 281255, 281267, 281280, 281300, 281320, 281337, 281358, 281376, 281390, 281399, 281410, 281422, 281431, 281441, 281457, 281472, 281489, 281500, 281511, 281521, 281530, 281542, 281550, 281564, 281573, 281583, 281595, 281608, 281621, 281629, 281643, 281654, 281664, 281677, 281691, 281707, 281721, 281736, 281751, 281765, 281776, 281789, 281806, 281818, 281831, 281843, 281857, 281866, 281876, 281888, 281901, 281919, 281930, 281946, 281958, 281968, 281980, 281994, 282003, 282014, 282029, 282045, 282058, 282072, 282086, 282100, 282114, 282126, 282142, 282152, 282164, 282185, 282209, 282232, 282254, 282264, 282273, 282284, 282295, 282305, 282316, 282330, 282340, 282353, 282369, 282385, 282398, 282409, 282422, 282436, 282452, 282466, 282481, 282492, 282505, 282515, 282521, 282533, 282546, 282556, 282572, 282587, 282603, 282624, 282640, 282657, 282671, 282689, 282707, 282721, 282733, 282754, 282773, 282793, 282811, 282823, 282835, 282848, 282859, 282871, 282884, 282890, 282901, 282917, 282938, 282958, 282972, 282973, 282987, 282992, 283009, 283018, 283025, 283039, 283052, 283057, 283068, 283071, 283089, 283109, 283129, 283145, 283150, 283160, 283173, 283184, 283195, 283205, 283215, 283227, 283241, 283264, 283285, 283318, 283332, 283346, 283352, 283374, 283386, 283396, 283414, 283426, 283446, 283470, 283484, 283507, 283526, 283540, 283554, 283566, 283586, 283600, 283612, 283625, 283647, 283664, 283690, 283700, 283710, 283720, 283730, 283744, 283756, 283774, 283783, 283792, 283804, 283810, 283816, 283822, 283828, 283834, 283840, 283846, 283852, 283858, 283864, 283870, 283879, 283885, 283891, 283897, 283903],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[63, 737, 2307, 2310, 2457, 4946, 5691, 7062, 7063, 7749, 7773, 7811, 7839, 7842, 8160]), Anchor::All(&[Anchor::Lits(&[9765, 9861, 9919, 10383, 10385, 11793, 11798, 11824, 11829, 12602, 13010, 14824, 14837, 15217, 15357, 15430, 16459, 17363]), Anchor::Lits(&[8255, 9456, 9966, 10240, 10422, 10432, 10434, 10445, 10497, 10499, 10559, 10580, 10587, 10622, 10659, 10831, 10839, 10861, 10868, 10904, 10941, 11534, 11587, 11702, 12274, 12276, 12332, 12335, 12995, 13523, 13593, 13617, 13661, 13699, 13701, 13746, 13916, 14004, 14320, 14326, 14334, 14339, 14466, 14468, 14470, 14886, 14942, 15512, 15663, 15810, 16313, 16319, 16321, 16323, 16327, 16329, 16490, 17245, 17248, 17355, 17503])]), Anchor::All(&[Anchor::Lits(&[8255, 9456, 9966, 10240, 10422, 10432, 10434, 10445, 10497, 10499, 10559, 10580, 10587, 10622, 10659, 10831, 10839, 10861, 10868, 10904, 10941, 11534, 11587, 11702, 12274, 12276, 12332, 12335, 12995, 13523, 13593, 13617, 13661, 13699, 13701, 13746, 13916, 14004, 14320, 14326, 14334, 14339, 14466, 14468, 14470, 14886, 14942, 15512, 15663, 15810, 16313, 16319, 16321, 16323, 16327, 16329, 16490, 17245, 17248, 17355, 17503]), Anchor::Lits(&[64, 166, 1737, 2245, 2252, 2456, 2626, 2931, 4273, 4425, 4689, 4837, 4856, 4862, 4888, 4945, 5369, 5443, 6003]), Anchor::Lits(&[205, 353, 1839, 1850])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[1308, 1310, 1319, 2631, 2640, 2933, 2972, 3676, 4355, 4428, 4834, 4840, 4929, 6008, 6011, 6019, 6091, 6113, 7731, 7747, 7749, 7755, 7795, 7799, 7839, 8160]), Anchor::All(&[Anchor::Lits(&[9765, 9861, 10383, 10385, 11793, 11798, 11824, 11829, 12602, 14824, 14837, 15360, 15430, 16459, 17363]), Anchor::Lits(&[8255, 9456, 9966, 10240, 10422, 10432, 10434, 10445, 10497, 10499, 10559, 10580, 10587, 10622, 10659, 10831, 10839, 10861, 10868, 10904, 10941, 11534, 11587, 11702, 12274, 12276, 12332, 12335, 12995, 13523, 13593, 13617, 13661, 13699, 13701, 13746, 13916, 14004, 14320, 14326, 14334, 14339, 14466, 14468, 14470, 14886, 14942, 15512, 15663, 15810, 16313, 16319, 16321, 16323, 16327, 16329, 16490, 17245, 17248, 17355, 17503]), Anchor::Lits(&[8527, 8767, 11184, 18559])]), Anchor::All(&[Anchor::Lits(&[8255, 9456, 9966, 10240, 10422, 10432, 10434, 10445, 10497, 10499, 10559, 10580, 10587, 10622, 10659, 10831, 10839, 10861, 10868, 10904, 10941, 11534, 11587, 11702, 12274, 12276, 12332, 12335, 12995, 13523, 13593, 13617, 13661, 13699, 13701, 13746, 13916, 14004, 14320, 14326, 14334, 14339, 14466, 14468, 14470, 14886, 14942, 15512, 15663, 15810, 16313, 16319, 16321, 16323, 16327, 16329, 16490, 17245, 17248, 17355, 17503]), Anchor::Lits(&[9753, 10385, 11795, 11829, 12602, 13009, 14837, 15216, 15357, 15429, 15434]), Anchor::Lits(&[8767, 11002, 11184])]), Anchor::All(&[Anchor::Lits(&[8727, 8729, 8737, 8746, 8747, 8748, 8751, 8759, 8761, 8762, 8765, 14104, 14106, 14114, 14123, 14124, 14125, 14128, 14136, 14138, 14139, 14142, 15888, 15890, 15898, 15907, 15908, 15909, 15912, 15920, 15923, 15925, 15929, 16163, 16164, 16165, 16166, 16167, 16168, 16169, 16170, 16171, 16172, 16173, 16174, 16175, 16176, 16178, 16179, 16180, 16181, 16182, 16183, 16184, 16185, 16682, 16683, 16684, 16685, 16686, 16687, 16688, 16689, 16690, 16691, 16692, 16693, 16694, 16695, 16696, 16697, 16698, 16699, 16700, 16701, 16702, 16703, 16799, 16800, 16801, 16802, 16803, 16804, 16805, 16806, 16807, 16808, 16809, 16820, 16821, 16822, 16823, 16824, 16825, 16826, 16827, 16828, 16829, 16830, 16857, 16858, 16859, 16860, 16861, 16862, 16863, 16864, 16865, 16866, 16867, 16868, 16869, 16870, 16871, 16872, 16873, 16874, 16875, 16876, 16877, 16878, 16909, 16910, 16911, 16912, 16913, 16914, 16915, 16916, 16917, 16918, 16919, 16947, 16948, 16949, 16950, 16951, 16952, 16953, 16958, 16959, 16960, 16961, 17072, 17080, 17081, 17086, 17087, 17088, 17089, 17090, 17091, 17092, 17093, 17094, 17095, 17096, 17097, 17098, 17099, 17104, 17105, 17106, 17107, 17112, 18580, 18581, 18582, 18583, 18584, 18585, 18586, 18587, 18588, 18589, 18590, 18606, 18607, 18608, 18609, 18610, 18611, 18612, 18613, 18614, 18615, 18616, 18620, 18621, 18622, 18623, 18624, 18625, 18626, 18627, 18628, 18629, 18630, 18631, 18632, 18633, 18634, 18635, 18636, 18637, 18638, 18639, 18640, 18641]), Anchor::Lits(&[8255, 9456, 9966, 10240, 10422, 10432, 10434, 10445, 10497, 10499, 10559, 10580, 10587, 10622, 10659, 10831, 10839, 10861, 10868, 10904, 10941, 11534, 11587, 11702, 12274, 12276, 12332, 12335, 12995, 13523, 13593, 13617, 13661, 13699, 13701, 13746, 13916, 14004, 14320, 14326, 14334, 14339, 14466, 14468, 14470, 14886, 14942, 15512, 15663, 15810, 16313, 16319, 16321, 16323, 16327, 16329, 16490, 17245, 17248, 17355, 17503])]), Anchor::All(&[Anchor::Lits(&[2054, 2064, 2067, 2068, 2069, 2070, 2071, 2072, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2169, 2179, 2182, 2183, 2184, 2186, 2187, 2189, 2192, 2193, 2194, 2195, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 3321, 6081, 6440, 6455]), Anchor::Lits(&[9765, 9861, 10383, 10385, 11793, 11798, 11824, 11829, 12602, 14824, 14837, 15360, 15430, 16459, 17363])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[6095, 6102, 6111, 6179, 6180, 6186, 6188, 6190, 6192, 6193, 7369, 7375, 7382, 7389, 7390, 7392, 7394, 7396, 7398, 7399, 7849, 7869, 7877, 7880, 7890, 7900, 7904, 7911, 7912, 7913, 7914, 7915, 7925, 7937, 7938, 7939, 7940, 7941, 7951, 7964, 7965, 7966, 7967, 7968, 7969, 7970, 7971, 7984, 7985, 7986, 7987, 7988, 7989, 7990, 7996, 7997, 7998, 7999, 8000, 8001, 8002, 8003, 8004, 8005, 8058, 8122]), Anchor::All(&[Anchor::Lits(&[8255, 9456, 9966, 10240, 10422, 10432, 10434, 10445, 10497, 10499, 10559, 10580, 10587, 10622, 10659, 10831, 10839, 10861, 10868, 10904, 10941, 11534, 11587, 11702, 12274, 12276, 12332, 12335, 12995, 13523, 13593, 13617, 13661, 13699, 13701, 13746, 13916, 14004, 14320, 14326, 14334, 14339, 14466, 14468, 14470, 14886, 14942, 15512, 15663, 15810, 16313, 16319, 16321, 16323, 16327, 16329, 16490, 17245, 17248, 17355, 17503]), Anchor::Lits(&[1075, 2517, 3438, 4795, 4803, 4944, 5214, 5306]), Anchor::Lits(&[8298, 8390, 9788, 9791, 9941, 10045, 10048, 10179, 10291, 10312, 11749, 14193, 14788, 14973, 15432, 15564, 15885, 16447, 17639])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[58, 829, 1107, 1226, 1377, 1383, 1384, 1386, 1390, 1392, 1442, 1451, 1457, 1480, 1514, 1614, 1617, 1626, 1632, 1662, 1696, 2246, 2250, 2447, 2704, 2706, 2724, 2725, 3415, 3821, 3847, 3862, 3914, 3982, 3984, 4006, 4109, 4299, 4599, 4601, 4604, 4605, 4706, 4707, 4708, 4987, 5013, 5435, 5504, 5638, 5845, 5847, 5851, 5853, 5856, 5858, 6033, 6514, 6515, 6936, 7044]), Anchor::Lits(&[8258, 9281, 11039, 12399, 12409, 12969, 14746, 14780, 15938, 17569, 17572, 18366, 18448, 18450, 18454, 18467, 18542, 18544, 18558, 18785]), Anchor::Lits(&[572, 2456, 2964, 4920, 6041, 6926, 6957, 8259, 9282, 11040, 12400, 12410, 14747, 14781, 15939, 17570, 17573, 18458, 18468, 18469, 18789])])),
            (4, "override-the-above", Anchor::Lits(&[64, 738, 4838, 4883])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[1335, 2508, 2517, 2969, 4926, 4941, 5306, 5367, 6019]), Anchor::Lits(&[829, 1386, 2246, 2706, 3862, 3914, 4601, 4706, 5853, 5858])])),
            (6, "override-previous-loosely", Anchor::Any(&[Anchor::Lits(&[15268]), Anchor::All(&[Anchor::Lits(&[1737, 4862, 4888]), Anchor::Lits(&[12276])])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[8256, 8257, 8630, 9465, 9967, 10241, 10427, 10433, 10435, 10496, 10498, 10504, 10581, 10588, 10623, 10832, 10862, 10869, 10905, 11585, 11588, 11703, 12275, 12329, 12333, 12336, 13524, 13594, 13618, 13662, 13700, 13702, 13747, 13917, 13969, 14023, 14321, 14330, 14338, 14340, 14467, 14469, 14471, 14887, 14943, 15513, 15664, 15869, 16314, 16322, 16324, 16328, 16330, 17246, 17249, 17356, 17507]), Anchor::All(&[Anchor::Lits(&[8255, 9456, 9966, 10240, 10422, 10432, 10434, 10445, 10497, 10499, 10559, 10580, 10587, 10622, 10659, 10831, 10839, 10861, 10868, 10904, 10941, 11534, 11587, 11702, 12274, 12276, 12332, 12335, 12995, 13523, 13593, 13617, 13661, 13699, 13701, 13746, 13916, 14004, 14320, 14326, 14334, 14339, 14466, 14468, 14470, 14886, 14942, 15512, 15663, 15810, 16313, 16319, 16321, 16323, 16327, 16329, 16490, 17245, 17248, 17355, 17503]), Anchor::Lits(&[64, 166, 1737, 2245, 2252, 2456, 2626, 2931, 4273, 4425, 4689, 4837, 4856, 4862, 4888, 4945, 5369, 5443, 6003]), Anchor::Lits(&[9614, 9765, 9986, 10383, 11733, 12243, 12546, 13301, 13964, 14238, 14518, 14837, 16592])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[6090, 6093, 6094, 6100, 6101, 6111, 6112, 6169, 6170, 6178, 6185, 6186, 6189, 6191, 6194, 7365, 7367, 7368, 7373, 7374, 7382, 7383, 7385, 7386, 7388, 7391, 7392, 7395, 7397, 7400])),
            (9, "override-everything-then-order", Anchor::Lits(&[1387, 1388, 1389, 2247, 2248, 2249, 2707, 2709, 2711, 3863, 3864, 3865, 3915, 3916, 3917, 5436, 5437, 5438])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::Lits(&[9942, 9943, 9944, 9949, 12455, 12456, 12457, 12458, 12467, 12468, 12469, 12470, 12608, 12610, 12614, 12631, 16594, 16595, 16596, 16599]), Anchor::All(&[Anchor::Lits(&[10446, 10447, 10448, 10449, 10450, 10451, 10452, 10453, 10454, 10455, 10456, 10457, 10458, 10459, 10460, 10461, 10462, 10463, 10464, 10465, 10466, 10467, 10468, 10469, 10470, 10471, 10472, 10473, 10474, 10475, 10476, 10477, 10478, 10479, 10480, 10481, 10482, 10483, 10484, 10485, 10487, 10488, 10489, 10490, 10491, 10492, 10493, 10494, 11535, 11536, 11537, 11538, 11539, 11540, 11541, 11542, 11543, 11544, 11545, 11546, 11547, 11548, 11549, 11550, 11551, 11552, 11553, 11554, 11555, 11556, 11557, 11558, 11559, 11560, 11561, 11562, 11563, 11564, 11565, 11566, 11567, 11568, 11569, 11570, 11571, 11572, 11573, 11574, 11576, 11577, 11578, 11579, 11580, 11581, 11582, 11583, 12277, 12278, 12279, 12280, 12281, 12282, 12283, 12284, 12285, 12286, 12287, 12288, 12289, 12290, 12291, 12292, 12293, 12294, 12295, 12296, 12297, 12298, 12299, 12300, 12301, 12302, 12303, 12304, 12305, 12306, 12307, 12308, 12309, 12310, 12311, 12312, 12313, 12314, 12315, 12316, 12320, 12321, 12322, 12323, 12324, 12325, 12326, 12327, 15811, 15812, 15813, 15814, 15815, 15816, 15817, 15818, 15819, 15820, 15821, 15822, 15823, 15824, 15825, 15826, 15828, 15829, 15830, 15831, 15832, 15833, 15834, 15836, 15839, 15840, 15841, 15842, 15843, 15844, 15849, 15850, 15851, 15852, 15853, 15854, 15855, 15858, 15859, 15860, 15861, 15862, 15863, 15864, 15865, 15866, 15867, 15868]), Anchor::Lits(&[8723, 9637, 10201, 11488, 11489, 11490, 14296, 14300, 14302, 14751, 14753, 14756, 15112, 15130, 15132, 15201, 15202, 15493, 16265, 16581, 16582, 18359])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[9765, 9861, 9919, 10383, 10385, 11793, 11798, 11824, 11829, 12602, 13010, 14824, 14837, 15217, 15357, 15430, 16459, 17363]), Anchor::Any(&[Anchor::Lits(&[8920, 8921, 10536, 10606, 10715, 10728, 10775, 10790, 10803, 10887, 12713, 12714, 13693, 13694, 13698, 13706, 13709]), Anchor::All(&[Anchor::Lits(&[47, 48, 164, 871, 872, 1234, 1258, 1354, 1800, 1824, 1928, 1988, 1989, 2468, 2722, 3068, 3091, 3371, 3428, 3986, 3994, 4052, 4055, 4057, 4059, 4063, 4107, 4128, 4157, 4417, 4556, 4573, 5077, 5132, 5154, 5188, 5190, 5242, 5260, 5899, 5907, 5964, 7211, 7478, 7591, 7684]), Anchor::Lits(&[8916, 11746, 11858, 11880, 11935, 12698, 13372, 15676, 15690, 17863, 18048])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[695, 870, 873, 2554, 2584, 3069, 3070, 4561, 4562, 4601, 4603, 4605, 4606, 5153, 5155, 5906, 5908, 6034, 6036, 6985, 6986, 7470]), Anchor::Lits(&[64, 166, 205, 353, 1737, 1850, 2245, 2252, 2456, 2626, 2931, 4273, 4425, 4429, 4689, 4837, 4856, 4862, 4888, 4945, 5369, 5443, 6003, 7848]), Anchor::Lits(&[9753, 9955, 10385, 11824, 12602, 13270, 13302, 14227, 14604, 14629, 14837, 15360])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[7708, 7737, 7750, 7756, 7837, 8155]), Anchor::All(&[Anchor::Lits(&[60, 61, 135, 136, 1033, 1034, 2031, 2042, 2657, 2658, 3451, 3452, 4110, 4120, 5191, 5192, 5841, 5842]), Anchor::Lits(&[9551, 10530, 10797, 13540, 13691, 13731, 14934, 16310, 18383, 18396, 18476, 18478, 18535, 18536, 18766])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1881, 1882, 1883, 1884, 3314, 3315, 3318, 3325, 4362, 4363, 4366, 4372, 5736, 5737, 5738, 5739, 8260, 8263, 8266, 8268, 8275, 8277, 8279, 8281, 8331, 8337, 8338, 8700, 8701, 8706, 8718, 8719, 8720, 8721, 9310, 9325, 9343, 9344, 9345, 9807, 9808, 9809, 9811, 9812, 9813, 9814, 9815, 9816, 9817, 9818, 9819, 9820, 9821, 9822, 9823, 9824, 9825, 9826, 9827, 9828, 9829, 9830, 9831, 9833, 9836, 9839, 9842, 9844, 9905, 9906, 9908, 9913, 9958, 9959, 9960, 10119, 10120, 10121, 10122, 10232, 10233, 10234, 10235, 10296, 10301, 10302, 10304, 10308, 10309, 10311, 11044, 11048, 11050, 11051, 11054, 11056, 11058, 11337, 11338, 11339, 11340, 11341, 11342, 11460, 11463, 11465, 11467, 11469, 11471, 11473, 11493, 11495, 11496, 11497, 11640, 11642, 12035, 12044, 12046, 12047, 12052, 12056, 12061, 12411, 12873, 12877, 12882, 12888, 12899, 12900, 13065, 13066, 13067, 13068, 13930, 13931, 13932, 13933, 13935, 13936, 13937, 13938, 13939, 13940, 13941, 13942, 13943, 13944, 13946, 13949, 13952, 13955, 13957, 14041, 14045, 14049, 14055, 14065, 14066, 14262, 14268, 14270, 14271, 14275, 14277, 14280, 14712, 14713, 14714, 14728, 14732, 14734, 14735, 14739, 14741, 14743, 14764, 14768, 14770, 14771, 14774, 14776, 14778, 15052, 15053, 15055, 15057, 15198, 15199, 15200, 15940, 16155, 16156, 16157, 16158, 16159, 16160, 16453, 16458, 16459, 16462, 16468, 16469, 16472, 16485, 16486, 16487, 16488, 16492, 16493, 16494, 16495, 17377, 17378, 17384, 17393, 18522, 18546])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[646, 980, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2700, 2701, 4724, 7708, 7739, 7741, 7758, 7759, 7760, 7761, 7762, 7763, 7764, 7765, 7766, 7769, 7770, 7771, 7772, 7774, 7775, 7776, 7777, 7778, 7779, 7781, 7789, 7790, 7794, 7796, 7814, 7815, 7819, 7820, 7821, 7822, 7823, 7824, 7825, 7826, 7828, 7829, 7830, 7831, 7832, 7833, 7834, 7835, 7844, 7845, 8123, 8146, 8147, 8148, 8149, 8150, 8151, 8152, 8153, 8156, 8157, 8158, 8159, 8161, 8162, 8163, 8164]), Anchor::Lits(&[9437, 9456, 9631, 10400, 10445, 11172, 11534, 12276, 14326, 15810, 17801])])),
            (16, "deceive-the-user", Anchor::Lits(&[2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 7091, 7093, 7095, 7096, 7097, 7102, 7103, 7104, 7105, 7106, 9461, 9463, 9464, 9465, 10482, 10485, 10495, 10496, 10534, 10598, 10601, 10607, 10618, 10643, 10652, 10801, 10879, 10882, 10889, 10900, 10925, 10934, 11571, 11574, 11584, 11585, 12068, 12070, 12072, 12077, 12313, 12316, 12328, 12329, 13552, 13602, 13605, 13610, 13621, 13645, 13654, 18167, 18238, 18242, 18246, 18254, 18265, 18295, 18306, 18312, 18313, 18321])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[568, 678, 746, 4158, 4325, 4326, 4337, 6757]), Anchor::Lits(&[3329, 3330, 3331, 3332, 3333, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3344, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4655, 4656, 4657, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4774, 4775, 4776, 4777, 4778, 4982, 4983, 4984, 4985, 4986, 4990, 4991, 4992, 4993, 4994, 4995, 4996, 4997, 4998, 5001, 5499, 5500, 5501, 5502, 5503, 5521, 5522, 5523, 5524, 5525, 5526, 5527, 5528, 5530, 5539, 5552, 5553, 5554, 5555, 5556, 5557, 5558, 5559, 5560, 5561, 5562, 5563, 5564, 5565, 5566, 5971, 5972, 5973, 5974, 5975, 5976, 5977, 5978, 5979, 5981, 5982, 5988, 5991, 5992, 5993, 6991, 6992, 6993, 6994, 6995, 6997, 6998, 6999, 7000, 7002, 7003, 7009, 7012, 7013, 7016])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[9361, 9713, 9714, 9716, 9717, 9720, 9723, 9733, 9734, 9735, 9736, 10245, 10246, 10249, 10251, 10951, 10952, 10957, 10971, 11148, 11149, 11150, 11151, 11152, 11153, 11154, 11155, 11483, 11484, 11485, 11486, 11629, 11630, 11638, 14343, 14344, 14345, 14348, 14877, 14878, 14879, 14880, 15082, 15083, 15084, 15085, 15097, 15098, 15099, 15100, 15103, 15104, 15105, 15106, 15184, 15185, 15187, 15190, 15192, 15193, 15194, 15195, 15307, 15308, 15309, 15310, 16476, 17504, 17505, 17506, 17507, 18073, 18074, 18075, 18076, 18077, 18078, 18079, 18080]), Anchor::All(&[Anchor::Lits(&[786, 927, 1834, 2517, 5221, 5312, 5368]), Anchor::Lits(&[18117, 18153])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[172, 173, 174, 175, 4308, 4309, 4336, 4356, 6581, 6582, 6756, 6904, 7495, 7496, 7516, 7587]), Anchor::Lits(&[18560, 18563, 18564, 18565, 18566, 18567, 18568, 18569, 18570, 18571, 18572, 18573, 18574, 18575, 18577, 18578, 18579, 18591, 18593, 18598, 18599, 18601, 18602, 18603, 18604, 18605, 18617, 18618, 18619, 18642, 18643, 18644, 18645, 18646, 18647, 18648, 18649, 18651, 18653, 18654, 18656, 18657, 18658, 18659, 18660, 18661, 18662, 18663, 18664, 18665, 18668, 18670, 18671, 18672, 18673, 18674, 18675, 18676, 18678, 18680, 18681, 18682, 18684, 18685, 18686, 18687, 18689, 18690, 18692, 18693, 18694, 18695, 18700, 18702, 18703, 18705, 18706, 18707, 18709, 18712, 18713, 18715, 18716, 18717, 18718, 18720, 18721, 18723, 18724, 18725, 18726, 18727, 18728, 18730, 18731, 18732, 18733, 18738, 18739, 18740, 18741, 18742, 18743, 18744, 18746, 18747, 18750, 18751, 18754, 18755, 18756, 18757, 18758])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[6244, 6245, 6246, 6247, 6264, 6265, 6267, 6268, 6276, 6277, 6284, 6285, 6287, 6288, 6291, 6292, 6307, 6308, 6312, 6313, 7850, 7851, 7852, 7853, 7888, 7889, 7902, 7903, 7962, 7963, 7973, 7974, 7994, 7995, 8012, 8013, 8059, 8061, 8074, 8075]), Anchor::Lits(&[58, 829, 1107, 1226, 1377, 1383, 1384, 1386, 1390, 1392, 1442, 1451, 1457, 1480, 1514, 1614, 1617, 1626, 1632, 1662, 1696, 2246, 2250, 2447, 2704, 2706, 2724, 2725, 3415, 3821, 3847, 3862, 3914, 3982, 3984, 4006, 4109, 4299, 4599, 4601, 4604, 4605, 4706, 4707, 4708, 4987, 5013, 5435, 5504, 5638, 5845, 5847, 5851, 5853, 5856, 5858, 6033, 6514, 6515, 6936, 7044])])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[3752, 3753, 13663, 13664, 13666, 13667, 13668, 14783, 14784, 14785, 14786, 14787, 17576, 17577, 17578, 17579, 17580, 17624, 17625, 17626, 17627, 17628]), Anchor::All(&[Anchor::Lits(&[18366, 18453, 18511, 18540, 18544, 18759, 18784]), Anchor::Lits(&[9847, 11389, 11625, 11854, 12845, 13002, 14322, 15027, 15148, 15189, 15306, 17512])]), Anchor::All(&[Anchor::Lits(&[3106, 3107, 3110, 3124, 3125, 3127, 3128, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3138, 3139, 3146, 3147, 3151, 3152, 3153, 3154, 3155, 3156]), Anchor::Lits(&[18559])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[497, 505, 507, 519, 520, 521, 534, 535, 538, 539, 541, 543, 552, 567, 7750, 7768, 7827, 7837, 8155])),
            (23, "nothing-is-real", Anchor::Lits(&[374, 1067, 3961, 4042, 4070, 4071, 4072, 4073, 5308])),
            (24, "declined-now-allowed", Anchor::Any(&[Anchor::Lits(&[9227, 9228, 9229, 9230, 9231, 9232, 9233, 9369, 9370, 9371, 9372, 9373, 9374, 9375, 10264, 10265, 10266, 10267, 10268, 10269, 10270, 10414, 10415, 10416, 10417, 10418, 10419, 10420, 11525, 11526, 11527, 11528, 11529, 11530, 11531, 14828, 14829, 14830, 14831, 14832, 14833, 14834, 15209, 15210, 15211, 15212, 15213, 15214, 15215]), Anchor::All(&[Anchor::Lits(&[444, 445, 446, 448, 449, 455, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 3095, 3097, 3099, 3100, 3101, 3108, 3119, 3120, 3121, 3122, 3123, 3126, 3129, 3130, 3140, 3143]), Anchor::Lits(&[9368, 10116, 10117, 10202, 10263, 11523, 11524, 15051, 15071, 18355, 18356])])])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[3828, 7708, 7750, 7754, 7768, 7783, 7784, 7787, 7837, 8123, 8155, 8946, 9921, 9922, 9923, 9924, 9925, 9926, 9927, 9928, 9929, 9930, 9931, 9932, 9933, 9934, 9935, 9936, 9937, 9938, 11801, 11802, 11803, 11804, 11805, 11806, 11808, 11809, 11810, 11811, 11812, 11813, 11815, 11816, 11818, 11819, 11820, 11821, 11832, 11833, 11834, 11835, 11836, 11837, 11838, 11839, 11840, 11841, 11842, 11843, 11844, 11845, 11846, 11847, 11848, 11849, 12612, 12613, 12617, 12618, 12619, 12620, 12621, 12622, 12623, 12624, 12625, 12626, 12629, 12630, 12632, 12633, 12634, 12635, 13011, 13012, 13013, 13014, 13015, 13016, 13017, 13018, 13019, 13020, 13021, 13022, 13023, 13024, 13025, 13026, 13027, 13028, 13032, 13033, 13034, 13035, 13036, 13037, 13038, 13039, 13040, 13041, 13042, 13043, 13044, 13045, 13047, 13048, 13049, 13050, 14607, 14608, 14609, 14610, 14611, 14612, 14614, 14615, 14616, 14617, 14618, 14619, 14621, 14622, 14624, 14625, 14626, 14627, 14630, 14631, 14632, 14633, 14634, 14635, 14637, 14638, 14639, 14640, 14641, 14642, 14643, 14644, 14646, 14647, 14648, 14649, 15221, 15222, 15223, 15224, 15225, 15226, 15228, 15229, 15230, 15231, 15232, 15233, 15235, 15236, 15238, 15239, 15240, 15241, 15362, 15363, 15364, 15365, 15366, 15367, 15368, 15369, 15370, 15371, 15372, 15373, 15374, 15375, 15377, 15378, 15379, 15380, 17056]), Anchor::All(&[Anchor::Lits(&[18559]), Anchor::Lits(&[1258, 1928, 3068, 3428, 3978, 3986, 3994, 4059, 4128, 4556, 5242, 5260, 5795, 5907, 5964, 7211]), Anchor::Lits(&[1076, 2518, 2971, 4796, 4804, 5222, 5307, 6020])])])),
            (26, "ignore-governance-policies", Anchor::Any(&[Anchor::Lits(&[65, 66, 1743, 1745, 1922, 1923, 4426, 4427, 4876, 4878, 4894, 4896]), Anchor::All(&[Anchor::Lits(&[8255, 9456, 9966, 10240, 10422, 10432, 10434, 10445, 10497, 10499, 10559, 10580, 10587, 10622, 10659, 10831, 10839, 10861, 10868, 10904, 10941, 11534, 11587, 11702, 12274, 12276, 12332, 12335, 12995, 13523, 13593, 13617, 13661, 13699, 13701, 13746, 13916, 14004, 14320, 14326, 14334, 14339, 14466, 14468, 14470, 14886, 14942, 15512, 15663, 15810, 16313, 16319, 16321, 16323, 16327, 16329, 16490, 17245, 17248, 17355, 17503]), Anchor::Lits(&[8306, 8314, 8315, 8317, 8318, 9795, 9801, 9802, 9803, 9804, 10180, 10182, 10183, 10184, 10185, 11750, 11752, 11753, 11754, 11756, 13210, 13214, 13215, 13216, 13217, 14789, 14791, 14792, 14793, 14795, 15437, 15448, 15449, 15452, 15454, 15574, 15594, 15595, 15598, 15600]), Anchor::Lits(&[84, 1029, 1197, 2487, 3511, 4901, 5369, 5455])])])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[2457, 7749, 7767, 7811, 7817, 7836, 8154, 9907, 9912, 11496, 13067, 13943, 15054, 15056, 15188, 15191, 16489, 16500, 17383, 17391, 17587, 17590, 17596, 17598, 17599, 17601, 17602, 17617, 17618, 17619, 17622, 18683, 18688, 18745]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4058, 4061, 4062, 4065, 10423, 10424, 10425, 10426, 10461, 10483, 10484, 10486, 10500, 10501, 10502, 10503, 10776, 10781, 10791, 10804, 10849, 10888, 10956, 10965, 10966, 10967, 11550, 11572, 11573, 11575, 12292, 12314, 12315, 12317, 13693, 13694, 13697, 13698, 13706, 13707, 13708, 13709, 13714, 13719, 14324, 14341, 15101, 15514, 15515, 15516, 15517, 16392, 17247, 17250, 17251, 17252]), Anchor::All(&[Anchor::Lits(&[871, 872, 1035, 1258, 1928, 1988, 3068, 3091, 3428, 3706, 4107, 4128, 4556, 4600, 4782, 5154, 5188, 5242, 5260, 5907, 5964, 7211, 7684]), Anchor::Lits(&[8917, 8923, 9244, 9279, 9916, 12021, 12699, 13912, 17864])])]), Anchor::Any(&[Anchor::Lits(&[601, 602, 603, 604, 605, 606, 792, 1050, 1095, 1125, 2335, 2336, 2340, 2362, 2363, 2366, 2409, 2457, 3467, 4925, 5538, 5816, 6097, 7749, 7767, 7811, 7817, 7827, 7836, 8154, 8791, 8792, 8796, 8801, 8813, 8814, 8815, 8816, 10292, 10294, 10297, 10298, 10299, 10301, 10302, 10305, 10307, 10308, 10309, 10313, 10314, 10315, 10316, 10317, 10318, 10320, 10321, 10322, 10323, 11041, 11045, 11053, 11054, 11228, 11229, 11252, 11257, 11269, 11270, 11271, 11272, 11465, 12027, 12030, 12036, 12039, 12040, 12044, 12048, 12051, 12052, 12056, 12493, 12499, 12506, 12510, 12511, 14255, 14263, 14274, 14275, 14688, 14691, 14696, 14697, 14725, 14729, 14738, 14739, 14761, 14765, 14773, 14774, 16229, 16230, 16231, 16232, 16233, 16234, 16235, 16236, 16237, 16238, 16254, 16255, 16256, 16257, 16258, 16259, 16260, 16261, 16262, 16263, 16448, 16451, 16454, 16455, 16456, 16458, 16459, 16464, 16467, 16468, 16469, 17932, 17933, 17934, 17935, 17939, 17940, 17941, 17942]), Anchor::All(&[Anchor::Lits(&[793, 1046, 1075, 1335, 2508, 2515, 2517, 2970, 4421, 4795, 4803, 4926, 4928, 5221, 5306, 5542, 6959]), Anchor::Lits(&[16705, 16757, 16794, 16854, 17586])]), Anchor::All(&[Anchor::Lits(&[791, 1049, 2968, 4924, 6930]), Anchor::Lits(&[17926])])])]), Anchor::All(&[Anchor::Lits(&[791, 1049, 2968, 4924, 6930]), Anchor::Lits(&[17926])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[388, 390, 391, 397, 398, 399, 847, 848, 849, 999, 1001, 1002, 3173, 6335, 6354, 6474, 7256, 7257, 7258, 7264, 7265, 7266, 7751, 7752, 7753, 7808, 7809, 7810, 8946, 8947, 8950, 8951, 9536, 9537, 9540, 9541, 9542, 9543, 9544, 9549, 14935, 14936, 14941, 14944, 14945, 14946, 14947, 14952, 16312, 16313, 16320, 16323, 16325, 16326, 16329, 16337]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4058, 13693, 13694, 13698, 13706]), Anchor::All(&[Anchor::Lits(&[871, 872, 1354, 1928, 3068, 3428, 3706, 3976, 3979, 3986, 3987, 3994, 4108, 4128, 4556, 4600, 5132, 5188, 5242, 5260, 5795, 5907, 5964, 7211, 7223, 7591]), Anchor::Lits(&[8917, 9248, 11747, 11883, 11938, 12699, 17824, 17864])])]), Anchor::Any(&[Anchor::Lits(&[8873, 8878, 8879, 8881, 8882, 8884, 11798, 14191, 15430, 15432, 17739]), Anchor::All(&[Anchor::Lits(&[1046, 1075, 1123, 1335, 2289, 2508, 2515, 2517, 2970, 3438, 4795, 5221, 5306, 5367, 5542]), Anchor::Lits(&[8527, 8767, 12807, 16705, 16743, 16757, 17020, 17586])])])]), Anchor::All(&[Anchor::Lits(&[12724, 14307, 14325, 15102, 16388, 16501, 17395]), Anchor::Any(&[Anchor::Lits(&[14194, 14198, 14199, 14200]), Anchor::All(&[Anchor::Lits(&[1046, 1335, 2515, 2970, 4795, 4803, 4928, 5306, 5540]), Anchor::Lits(&[8527, 8767, 11184, 16679, 18559])])])]), Anchor::All(&[Anchor::Lits(&[778, 784, 1048, 2456, 3466, 4407, 5358, 5537, 5815, 5915, 5916, 7671]), Anchor::Lits(&[7707])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[18560, 18561, 18592, 18594, 18595, 18596, 18597, 18600, 18617, 18618, 18642, 18644, 18647, 18650, 18652, 18655, 18660, 18663, 18664, 18665, 18666, 18667, 18669, 18670, 18671, 18679, 18691, 18693, 18696, 18697, 18698, 18699, 18701, 18702, 18703, 18704, 18705, 18706, 18707, 18710, 18711, 18714, 18715, 18719, 18722, 18729, 18733, 18744, 18747, 18748, 18752, 18753, 18756]), Anchor::Lits(&[9876, 9877, 9920, 9956, 10384, 10389, 11466, 11799, 11831, 12507, 12519, 12528, 12604, 12607, 14519, 14605, 14686, 14825, 14838, 14846, 15218, 15361, 15669, 16460, 16461, 17364])])),
            (30, "reveal-system-prompt", Anchor::Lits(&[8367, 8369, 8371, 8372, 8374, 8375, 8376, 8378, 8379, 8380, 8381, 9862, 9863, 9865, 9866, 9868, 9869, 9870, 9872, 9873, 9874, 9875, 10293, 10295, 10297, 10299, 10301, 10302, 10306, 10308, 10309, 10310, 10311, 12029, 12034, 12036, 12040, 12044, 12046, 12049, 12052, 12056, 12057, 12061, 12494, 12497, 12499, 12500, 12504, 12506, 12508, 12511, 12513, 12514, 12516, 12654, 12655, 12657, 12658, 12660, 12661, 12662, 12664, 12665, 12666, 12667, 13277, 13278, 13280, 13281, 13283, 13284, 13285, 13287, 13288, 13289, 13290, 14151, 14153, 14155, 14156, 14158, 14159, 14160, 14162, 14168, 14169, 14172, 14257, 14261, 14263, 14264, 14268, 14270, 14272, 14275, 14277, 14278, 14280, 14669, 14670, 14672, 14673, 14675, 14676, 14677, 14679, 14680, 14681, 14682, 14800, 14801, 14803, 14805, 14807, 14811, 14812, 14814, 14815, 14817, 14818, 15006, 15008, 15010, 15011, 15013, 15014, 15015, 15017, 15018, 15019, 15020, 15531, 15533, 15535, 15538, 15540, 15542, 15543, 15545, 15548, 15549, 15552, 16239, 16240, 16242, 16244, 16246, 16247, 16248, 16250, 16251, 16252, 16253, 16450, 16452, 16454, 16456, 16458, 16459, 16466, 16468, 16469, 16470, 16472, 17443, 17445, 17447, 17448, 17450, 17451, 17453, 17455, 17457, 17458, 17462, 17781, 17782, 17784, 17785, 17787, 17788, 17789, 17791, 17792, 17793, 17794])),
            (31, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[394, 395, 396, 397, 398, 400, 847, 848, 850, 1005, 1006, 1007, 3094, 3103, 3144, 3157, 3158, 3159, 5633, 5634, 5635, 7243, 7244, 7253, 7256, 7257, 7259, 7264, 7265, 7267, 7298, 7299, 7300]), Anchor::All(&[Anchor::Lits(&[573, 574, 575, 576, 2405, 2406, 2408, 2409, 2445, 2446, 2451, 2452, 2965, 2966, 2967, 2968, 4921, 4922, 4923, 4924, 4988, 4989, 4999, 5000, 5383, 5384, 5385, 5386, 5483, 5484, 5485, 5487, 6042, 6043, 6044, 6045, 6057, 6058, 6074, 6077, 6927, 6928, 6929, 6930, 7677, 7678, 7681, 7682, 7686, 7687, 7688, 7689]), Anchor::Lits(&[205, 373, 1850, 7336, 7344]), Anchor::Lits(&[351, 361, 2618, 4403, 4439, 4713, 5551, 5679, 5763, 6243, 6263, 6266, 6293, 6306, 6355, 7878, 7887, 7901, 7972, 8015, 8060])])])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[484, 1329, 1518, 2535, 2593, 7268, 7332, 12408, 12564, 17927, 17928, 17930, 17931, 17944])),
            (33, "reveal-given-instructions", Anchor::Lits(&[451, 452, 454, 457, 459, 461, 475, 476, 477, 479, 480, 481, 483, 492, 851, 1004, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 5570, 7245, 7246, 7247, 7248, 7249, 7250, 7252, 7254, 7255, 7260, 7261, 7262, 7263, 7308, 7311, 7313, 7314, 7315, 7317, 7319, 7321, 7324, 7325, 7326, 7328, 7329, 7330, 7331, 7333, 7708, 7750, 7768, 7837, 8155, 9346, 11641, 11711, 11757, 12408, 12564, 13970, 16609, 18393, 18445, 18455, 18475, 18507, 18521, 18525, 18545, 18547, 18771, 18786])),
            (34, "repeat-text-above", Anchor::Lits(&[64, 599, 600, 733, 734, 735, 736, 738, 2328, 2352, 2882, 4837, 4900, 5692, 7780, 7812, 7840, 8165, 8261, 8262, 8264, 8265, 8267, 8276, 8278, 8280, 8282, 8295, 11042, 11043, 11046, 11047, 11049, 11052, 11055, 11057, 11059, 11060, 11458, 11459, 11461, 11462, 11464, 11468, 11470, 11472, 11474, 11475, 12031, 12032, 12041, 12042, 12045, 12050, 12053, 12060, 12062, 12065, 12495, 12496, 12501, 12502, 12505, 12509, 12512, 12515, 12517, 12518, 14258, 14259, 14265, 14266, 14269, 14273, 14276, 14279, 14281, 14283, 14689, 14690, 14692, 14693, 14694, 14695, 14698, 14699, 14700, 14701, 14726, 14727, 14730, 14731, 14733, 14737, 14740, 14742, 14744, 14745, 14762, 14763, 14766, 14767, 14769, 14772, 14775, 14777, 14779, 14782])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[7517, 7518, 7519, 7520, 7521, 7530, 7531, 7532, 7533, 7534, 7535, 7537, 7538, 7539, 7540, 7541, 7543, 7544, 7545, 7546, 7547, 7548, 7549, 7550, 7551, 7552, 7553, 7554, 7555, 7556, 7557, 7558, 7559, 7560, 7561, 7562, 7576, 7577, 7578, 7579, 7580, 7581, 7582, 7583, 7584, 7585, 7586, 7588, 7589, 7590])),
            (36, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[2329, 2331, 2332, 2338, 2347, 2354, 2358, 2359, 2360, 2365, 2370, 2372, 2458, 2835, 2838, 2839, 2845, 2861, 2864, 2877, 2881, 2883, 2885, 2898, 2901, 4139, 4140, 4141, 4142, 4144, 4145, 4151, 4152, 4153, 4154, 4155, 4156, 5486, 7750, 7756, 7812, 7840, 7841, 9340, 9341, 9611, 9612, 9947, 9948, 9953, 9954, 10036, 10037, 11135, 11136, 13053, 13054, 13055, 13056, 14362, 14363, 14364, 14365, 14370, 14371, 15075, 15076, 15203, 15204, 15561, 15562, 15650, 15651, 15652, 15653, 16226, 16227, 16597, 16598, 17315, 17316, 17365, 17366, 18351, 18352]), Anchor::All(&[Anchor::Lits(&[8530, 8531, 8532, 8533, 8536, 8538, 8539, 8550, 8551, 8552, 8553, 8554, 8555, 8556, 8557, 8558, 8559, 8560, 8561, 8562, 8563, 8564, 8565, 8566, 8567, 8568, 8569, 8570, 8571, 8572, 8573, 8574, 8575, 8576, 8577, 8578, 8579, 8580, 8581, 8582, 8583, 8584, 8585, 8588, 8589, 8590, 8591, 8593, 8594, 8595, 8596, 8597, 8598, 8599, 8600, 8601, 8602, 8603, 8604, 8605, 8606, 8607, 8608, 8609, 8610, 8611, 8612, 8613, 8614, 8615, 8616, 8617, 8618, 8619, 8620, 8621, 8622, 8623, 8624, 8625, 8626, 8627, 8628, 8629, 8787, 8788, 8789, 8790, 8793, 8794, 8795, 8797, 8798, 8799, 8800, 8802, 8803, 8804, 8805, 8808, 8809, 8810, 8811, 8817, 8818, 8819, 8820, 8821, 8822, 8823, 8824, 8825, 11011, 11012, 11013, 11014, 11015, 11016, 11017, 11018, 11019, 11020, 11021, 11022, 11023, 11024, 11025, 11026, 11027, 11028, 11029, 11030, 11031, 11032, 11033, 11034, 11035, 11036, 11037, 11038, 11195, 11196, 11197, 11198, 11199, 11200, 11201, 11202, 11203, 11204, 11205, 11206, 11207, 11208, 11209, 11210, 11211, 11212, 11213, 11214, 11215, 11216, 11217, 11218, 11219, 11220, 11221, 11222, 11224, 11225, 11226, 11227, 11230, 11231, 11232, 11253, 11254, 11255, 11256, 11258, 11259, 11260, 11261, 11264, 11265, 11266, 11267, 11311, 11312, 11313, 11314, 11315, 11316, 11317, 11318, 11319, 16981, 16982, 16983, 16984, 16985, 16986, 16987, 16988, 16989, 16990, 16991, 16992, 16993, 16994, 16995, 16996, 16997, 16998, 16999, 17000, 17001, 17002, 17003, 17004, 17005, 17006, 17007, 17008]), Anchor::Lits(&[9955, 12606, 14685, 14837, 16459])])])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[8367, 8369, 8371, 8372, 8374, 8375, 8376, 8378, 8379, 8380, 8381, 9862, 9863, 9865, 9866, 9868, 9869, 9870, 9872, 9873, 9874, 9875, 10293, 10295, 10297, 10299, 10301, 10302, 10306, 10308, 10309, 10310, 10311, 12029, 12034, 12036, 12040, 12044, 12046, 12049, 12052, 12056, 12057, 12061, 12494, 12497, 12499, 12500, 12504, 12506, 12508, 12511, 12513, 12514, 12516, 12654, 12655, 12657, 12658, 12660, 12661, 12662, 12664, 12665, 12666, 12667, 13277, 13278, 13280, 13281, 13283, 13284, 13285, 13287, 13288, 13289, 13290, 14151, 14153, 14155, 14156, 14158, 14159, 14160, 14162, 14168, 14169, 14172, 14257, 14261, 14263, 14264, 14268, 14270, 14272, 14275, 14277, 14278, 14280, 14669, 14670, 14672, 14673, 14675, 14676, 14677, 14679, 14680, 14681, 14682, 14800, 14801, 14803, 14805, 14807, 14811, 14812, 14814, 14815, 14817, 14818, 15006, 15008, 15010, 15011, 15013, 15014, 15015, 15017, 15018, 15019, 15020, 15531, 15533, 15535, 15538, 15540, 15542, 15543, 15545, 15548, 15549, 15552, 16239, 16240, 16242, 16244, 16246, 16247, 16248, 16250, 16251, 16252, 16253, 16450, 16452, 16454, 16456, 16458, 16459, 16466, 16468, 16469, 16470, 16472, 17443, 17445, 17447, 17448, 17450, 17451, 17453, 17455, 17457, 17458, 17462, 17781, 17782, 17784, 17785, 17787, 17788, 17789, 17791, 17792, 17793, 17794])),
            (38, "complete-the-leak", Anchor::Lits(&[12205, 12207, 12210, 12214, 12215, 12218, 12219, 12220, 12222, 12223, 12231, 12232, 12233, 12234, 12235, 12236, 12237, 12238, 12239, 12240, 13393, 13394, 13395, 13396, 13397, 13398, 13399, 13400, 13401, 13402, 13403, 13404, 13405, 13406, 13407, 13408, 13409, 13410, 13411, 13412, 13413, 13414, 13415, 13416, 13417, 13418, 13419, 13420, 13421, 13422, 13423, 13424, 13425, 13426, 13427, 13428, 13442, 13443, 13444, 13445, 13446, 13447, 13448, 13449, 13450, 13451, 13452, 13453, 13454, 13455, 13456, 13457, 13458, 13459, 13460, 13461, 13462, 13463, 13464, 13465, 13466, 13467, 13468, 13469, 13470, 13471, 13472, 13473, 13474, 13475, 13476, 13477, 16907, 16908, 16941, 16942, 16944, 16954, 16955, 16956, 16957, 18368, 18370, 18374, 18375, 18377, 18379, 18734, 18735, 18736, 18737])),
            (39, "what-you-must-not-say", Anchor::Lits(&[18397, 18399, 18400, 18401, 18402, 18403, 18404, 18405, 18406, 18407, 18408, 18409, 18410, 18411, 18446, 18460, 18482, 18483, 18484, 18485, 18486, 18509, 18510, 18524, 18537, 18538])),
            (40, "reveal-initialization", Anchor::Lits(&[12485, 12486, 12487, 12488, 12489, 12490, 12491, 12492, 12520, 12521, 12522, 12523, 12524, 12525, 12526, 12527, 12529, 12530, 12531, 12532, 12533, 12534, 12535, 12536])),
            (41, "forged-own-instructions", Anchor::Lits(&[8367, 8370, 8372, 8373, 8377, 8378, 8379, 8388, 8655, 8659, 8846, 9234, 9235, 9236, 9237, 9238, 9239, 9240, 9567, 9862, 9864, 9866, 9867, 9871, 9872, 9873, 10038, 10039, 10040, 10041, 10042, 10043, 10044, 10293, 10296, 10299, 10300, 10307, 10308, 10309, 11069, 12029, 12035, 12040, 12043, 12051, 12052, 12056, 12494, 12498, 12500, 12503, 12510, 12511, 12513, 12654, 12656, 12658, 12659, 12663, 12664, 12665, 13277, 13279, 13281, 13282, 13286, 13287, 13288, 13351, 14151, 14154, 14156, 14157, 14161, 14162, 14168, 14257, 14262, 14264, 14267, 14274, 14275, 14277, 14348, 14456, 14669, 14671, 14673, 14674, 14678, 14679, 14680, 14800, 14802, 14805, 14806, 14813, 14814, 14815, 15006, 15009, 15011, 15012, 15016, 15017, 15018, 15310, 15531, 15534, 15538, 15539, 15544, 15545, 15548, 16239, 16241, 16244, 16245, 16249, 16250, 16251, 16450, 16453, 16456, 16457, 16467, 16468, 16469, 17443, 17446, 17448, 17449, 17454, 17455, 17457, 17575, 17781, 17783, 17785, 17786, 17790, 17791, 17792])),
            (42, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[304, 319, 523, 524, 525, 526, 527, 528, 6344, 6351, 7337, 7338, 7339, 7340, 7341, 7342, 7345, 7346, 7347, 7348, 7349, 7350]), Anchor::All(&[Anchor::Lits(&[915, 917, 919, 920, 921, 922, 1411, 1428, 1430, 1431, 1432, 1516, 1887, 1903, 1905, 1906, 1907, 1909, 2032, 2034, 2036, 2037, 2038, 2039, 4111, 4113, 4115, 4116, 4117, 4118, 4716, 4717, 4718, 4719, 4720, 4721]), Anchor::Lits(&[297, 6338])])])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10362, 10671, 16704, 16745, 16842, 17116, 17154, 17166, 17198, 18395, 18398, 18414, 18447, 18452, 18459, 18472, 18539, 18545, 18562, 18569, 18677]), Anchor::All(&[Anchor::Lits(&[1044, 1059, 1094, 1166, 1810, 2970, 3348, 3519, 3524, 4919, 4928, 5363, 5492, 5494, 5540, 5542, 6932, 7124]), Anchor::Lits(&[17586])]), Anchor::All(&[Anchor::Lits(&[8922, 18366, 18511, 18759]), Anchor::Lits(&[9118, 9878, 9899, 13086, 15425, 17733])])]), Anchor::Lits(&[485, 486, 487, 488, 489, 490, 6249, 6250, 6251, 6252, 6256, 6257, 6258, 6259, 6280, 6281, 6282, 6283, 6384, 6385, 6386, 6387, 6388, 6389, 6390, 6391, 6393, 6394, 6395, 6396, 6397, 6398, 6399, 6400, 6401, 6402, 6403, 6404, 6405, 6406, 6407, 6408, 6447, 6448, 6449, 6450, 6451, 6452, 6453, 6454, 7082, 7714, 7718, 7719, 7724, 7729, 7732, 7733, 7744, 7749, 7755, 7782, 7786, 7802, 7803, 7804, 7805, 7806, 7807, 7818, 7839, 7848, 8129, 8133, 8134, 8139, 8141, 8143]), Anchor::Lits(&[640, 1063, 1164, 3347, 4676, 4680, 4693, 5442, 6922])])),
            (44, "developer-message-requested", Anchor::Lits(&[1311, 2641, 2934, 2971, 5488, 6012, 6020, 7735, 7736, 7750, 7812, 7816, 7840, 8269, 8270, 8271, 8272, 8273, 8274, 8283, 8284, 8285, 8286, 8287, 8288, 8289, 8290, 8291, 8292, 8293, 8294, 9302, 9303, 9304, 9305, 9306, 9307, 9315, 9317, 9318, 9320, 9321, 9324, 9326, 9327, 9328, 9329, 9330, 9331, 10328, 10329, 10330, 10331, 10332, 10333, 10334, 10335, 10336, 10337, 10338, 10339, 10340, 10341, 10342, 10343, 10344, 10345, 10346, 10347, 10348, 10349, 10350, 10351, 10352, 10353, 10354, 10355, 10356, 10357, 10358, 10359, 10360, 10361, 10363, 10364, 10365, 10366, 10367, 10368, 10369, 10370, 10371, 10372, 10373, 10374, 10375, 10376, 10377, 10378, 10379, 10700, 10701, 10704, 10705, 10706, 10707, 10708, 10709, 10710, 10712, 10713, 10733, 10734, 10735, 10736, 10737, 10738, 10739, 10740, 10741, 10742, 10743, 10744, 10745, 10746, 10747, 10748, 10749, 10750, 10751, 10752, 10753, 10754, 10755, 10757, 10758, 10759, 10760, 10761, 10762, 10763, 10764, 10765, 10766, 10767, 10768, 10769, 10770, 10771, 10772, 10773, 11881, 11882, 11884, 11885, 11886, 11887, 11888, 11889, 11890, 11891, 11892, 11894, 11895, 11896, 11897, 11898, 11899, 11900, 11901, 11902, 11903, 11904, 11905, 11906, 11907, 11908, 11909, 11910, 11911, 11912, 11913, 11914, 11915, 11916, 11917, 11918, 11919, 11920, 11921, 11922, 11923, 11924, 11925, 11926, 11927, 11928, 11929, 11930, 11931, 11932, 11933, 11936, 11937, 11939, 11940, 11941, 11942, 11943, 11944, 11945, 11946, 11947, 11949, 11950, 11951, 11952, 11953, 11954, 11955, 11956, 11957, 11958, 11959, 11960, 11961, 11962, 11963, 11964, 11965, 11966, 11967, 11968, 11969, 11970, 11971, 11972, 11973, 11974, 11975, 11976, 11977, 11978, 11979, 11980, 11981, 11982, 11983, 11984, 11985, 11986, 11987, 11988, 16225, 16243, 16839, 16929, 17874, 17875, 17876, 17877, 17878, 17879, 17880, 17881, 17882, 17883, 17884, 17885, 17886, 17887, 17888, 17889, 17890, 17891, 17892, 17893, 17894, 17895, 17896, 17897, 17898, 17899, 17900, 17901, 17902, 17903, 17904, 17905, 17906, 17907, 17908, 17909, 17910, 17911, 17912, 17913, 17914, 17915, 17916, 17917, 17918, 17919, 17920, 17921, 17922, 17923, 17924, 18663, 18715])),
            (45, "agents-environment-requested", Anchor::Lits(&[16706, 16707, 16708, 16709, 16710, 16711, 16712, 16713, 16714, 16715, 16716, 16717, 16718, 16719, 16720, 16721, 16722, 16723, 16724, 16725, 16726, 16727, 16728, 16729, 16730, 16731, 16758, 16759, 16760, 16761, 16762, 16763, 16764, 16765, 16766, 16767, 16768, 16769, 16770, 16771, 16772, 16773, 16774, 16775, 16776, 16777, 16778, 16779, 16780, 16781, 16782, 16783, 17117, 17118, 17119, 17120, 17121, 17122, 17123, 17124, 17125, 17126, 17127, 17128, 17129, 17130, 17131, 17132, 17133, 17134, 17135, 17136, 17137, 17138, 17139, 17140, 17141, 17142, 17588, 17589, 17591, 17592, 17593, 17594, 17595, 17597, 17600, 17603, 17604, 17605, 17606, 17607, 17608, 17609, 17610, 17611, 17612, 17613, 17614, 17615, 17616, 17620, 17621, 17623])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[624, 644, 748, 785, 991, 1027, 1051, 1115, 1122, 1162, 1209, 1284, 1836, 2325, 2334, 2336, 2337, 2340, 2341, 2342, 2346, 2353, 2357, 2361, 2363, 2364, 2366, 2367, 2368, 2369, 2371, 2410, 3499, 3500, 3504, 3505, 3506, 4088, 4089, 4090, 4124, 4125, 4420, 4619, 4632, 4914, 4924, 5087, 5175, 5539, 6006, 6007, 6009, 6011, 6016, 6019, 6022, 6082, 6958, 7683, 7690, 7879, 7926, 7927, 7952, 8014, 8026, 8959, 10390, 10392, 12206, 12213, 12216, 12340, 12345, 12346, 12609, 12627, 14239, 14243, 14308, 14309, 14310, 14327, 14328, 14329, 14331, 14332, 14333, 14335, 14336, 14337, 14826, 14827, 16389, 16390, 16391, 16393, 16394, 16395, 16497, 16498, 16499, 16502, 16503, 16504, 17186, 18364, 18412, 18487, 18493, 18502, 18503, 18504, 18505, 18506, 18523, 18526, 18557, 18561, 18617, 18683, 18688, 18708, 18711, 18745, 18749]), Anchor::All(&[Anchor::Lits(&[10387, 12616, 13273, 13886, 14242, 17574, 18349]), Anchor::Lits(&[8401, 8726, 9554, 9630, 9635, 9806, 10158, 10159, 12002, 12738, 12766, 12965, 12992, 13176, 14103, 14584, 15592, 15884, 17021])]), Anchor::All(&[Anchor::Lits(&[464, 3118]), Anchor::Lits(&[18559])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1908, 3355, 3356, 4788, 4789, 5161, 5195, 5331, 7293, 7295, 7728, 7793, 7797])),
            (54, "authority-override", Anchor::Lits(&[137, 143, 144, 145, 146, 152, 157, 158, 159, 160, 1306, 1313, 1314, 1315, 1316, 1785, 1786, 1787, 1788, 1789, 2461, 2463, 2464, 2465, 2466, 3377, 3378, 3379, 3380, 3381, 3512, 3513, 3514, 3515, 3516, 5283, 5288, 5289, 5290, 5291, 5456, 5458, 5459, 5460, 5462, 5894, 5895, 5896, 5897, 5898, 5909, 5911, 5912, 5913, 5914, 6004, 6013, 6014, 6015, 6016])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[116, 779, 1796, 1801, 1805, 2935, 4779, 5002, 5817, 5995, 5996]), Anchor::All(&[Anchor::Lits(&[18366, 18454, 18471, 18511, 18548, 18759]), Anchor::Lits(&[3682])])])),
            (58, "address-the-model", Anchor::Any(&[Anchor::Lits(&[292, 293, 295, 296, 2926, 2927, 4662, 4663, 4916, 4917, 5062, 5063, 5468, 5469, 5900, 5901, 5902, 5903, 12271]), Anchor::All(&[Anchor::Lits(&[13237, 13238, 13272, 13275, 13885, 13888, 13909, 13910, 14858, 14859, 15077, 15078, 17821, 17822]), Anchor::Lits(&[8472, 9153, 9154, 9155, 9156, 9157, 9158, 9159, 9160, 9161, 9162, 9163, 9164, 9165, 9166, 9167, 9168, 9169, 9170, 9171, 9172, 9173, 9174, 9175, 9176, 9177, 9178, 9179, 9180, 9181, 9182, 9183, 9184, 9185, 9186, 9187, 9188, 9189, 9190, 9191, 9192, 9193, 9194, 9195, 9196, 9197, 9387, 9649, 10000, 11682, 11758, 12956, 13070])])])),
            (59, "capability-declared-granted", Anchor::Any(&[Anchor::Lits(&[88, 142, 156, 981, 1304, 1312, 1354, 1755, 1831, 1926, 2374, 2462, 3428, 3502, 4728, 4912, 4913, 5044, 5132, 5263, 5287, 5910, 7049, 7056, 7075, 7679, 14974, 14975, 14976, 14977, 14978, 14979, 14980, 14981, 14996, 14997, 14998, 14999, 15000, 15001, 15002, 15003, 18495]), Anchor::All(&[Anchor::Lits(&[8430, 8431, 8432, 8433, 8434, 8435, 8442, 8443, 8444, 8445, 8446, 8447, 8449, 8450, 8451, 8452, 8453, 8454, 8455, 8456, 8457, 8458, 8459, 8460, 8473, 8474, 8475, 8476, 8477, 8480, 8487, 8488, 8489, 8490, 8491, 8494, 8499, 8500, 8501, 8502, 8503, 8504, 8505, 8506, 8507, 8508, 8509, 8510, 8985, 8986, 8987, 8988, 8989, 8992, 8999, 9000, 9001, 9002, 9003, 9006, 9011, 9012, 9013, 9014, 9015, 9016, 9017, 9018, 9019, 9020, 9021, 9022, 9388, 9389, 9390, 9391, 9392, 9395, 9402, 9403, 9404, 9405, 9406, 9409, 9414, 9415, 9416, 9417, 9418, 9419, 9420, 9421, 9422, 9423, 9424, 9425, 9651, 9652, 9653, 9654, 9655, 9656, 9681, 9682, 9683, 9684, 9685, 9686, 9687, 9688, 9689, 9690, 9691, 9692, 9693, 9694, 9695, 9696, 9697, 9698, 10001, 10002, 10003, 10004, 10005, 10006, 10010, 10011, 10012, 10013, 10014, 10015, 10017, 10018, 10019, 10020, 10021, 10022, 10023, 10024, 10025, 10026, 10027, 10028, 10050, 10051, 10052, 10053, 10054, 10055, 10080, 10081, 10082, 10083, 10084, 10085, 10086, 10087, 10088, 10089, 10090, 10091, 10092, 10093, 10094, 10095, 10096, 10097, 13303, 13304, 13305, 13306, 13307, 13310, 13317, 13318, 13319, 13320, 13321, 13324, 13329, 13330, 13331, 13332, 13333, 13334, 13335, 13336, 13337, 13338, 13339, 13340, 18369, 18372, 18373, 18376, 18392, 18413, 18462, 18463, 18464, 18465, 18466, 18473, 18488, 18489, 18490, 18491, 18492, 18494, 18496, 18497, 18498, 18499, 18500, 18501]), Anchor::Lits(&[109, 139, 150, 151, 828, 2708, 2710, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 4424, 4911, 5467, 5639, 5643, 5646, 5652, 5660, 5662, 5663, 5664, 5665, 5667, 5999, 7054, 7595, 7602, 7605, 7614, 7621, 7622])])])),
            (60, "unrestricted-mode", Anchor::Lits(&[3684, 3685, 3687, 3688, 3690, 3691, 3693, 3695, 3696, 3697, 3698, 3699, 4602, 8661, 8687, 9575, 10170, 10303, 10319, 10977, 11327, 11626, 11735, 11856, 12816, 12830, 12835, 12851, 13030, 13687, 13688, 13690, 13804, 14002, 14207, 15022, 16214, 16359, 17432, 17433, 17435, 17494, 17509, 17513, 17551, 17553])),
            (61, "dan-persona", Anchor::Lits(&[8328, 8329, 8330, 8332, 8333, 8334, 8335, 8336, 8350, 8351, 8352, 8353, 8354, 8355, 8356, 8357, 8479, 8493, 8496, 8991, 9005, 9008, 9249, 9251, 9252, 9253, 9254, 9255, 9256, 9266, 9394, 9408, 9411, 9580, 9585, 9587, 10169, 10171, 10172, 10173, 10174, 10529, 13309, 13323, 13326, 14521, 14526, 14528, 14590, 14591, 14592, 14593, 14594, 14595, 14596, 14597, 14715, 14716, 14717, 14718, 14719, 14720, 14721, 14722, 15328, 15329, 15330, 15331, 15332, 15333, 15334, 15335, 15339, 15340, 15341, 15342, 15343, 15344, 15345, 15346, 17768, 17772, 17773, 18367, 18371, 18378, 18384, 18385, 18386, 18387, 18388, 18389, 18390, 18391, 18394, 18512, 18513, 18514, 18516, 18517, 18518, 18519, 18520, 18527, 18528, 18529, 18530, 18531, 18532, 18533, 18534, 18549, 18550, 18551, 18552, 18553, 18554, 18555, 18556, 18760, 18761, 18762, 18767, 18768, 18769, 18770, 18772])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[349, 852, 1520, 3888, 7431, 8660, 10047, 10168, 10325, 11321, 11854, 11877, 12353, 12825, 12845, 12963, 13002, 13029, 13168, 13522, 13686, 13689, 13803, 13805, 15023, 15319, 15358, 15359, 17413, 17431, 17434, 17436, 17438, 17488, 17489, 17508, 17530, 17545, 17546, 17568, 18130, 18132, 18154, 18155, 18156, 18157, 18158, 18159, 18160, 18171, 18175, 18177, 18178, 18181, 18185, 18186, 18193, 18218, 18222, 18234, 18248, 18287, 18290]), Anchor::All(&[Anchor::Lits(&[790, 832, 1391, 1533, 1534, 1576, 1577, 2546, 2723, 3116, 3162, 3848, 3889]), Anchor::Lits(&[16600, 17971, 18004])])]), Anchor::Lits(&[112, 114, 348, 694, 696, 739, 743, 744, 941, 1000, 1096, 1794, 1795, 2730, 4406, 4784, 4785, 4786, 4787, 4915, 5072, 5160, 5194, 5197, 5246, 5274, 5276, 5630, 5631, 5779, 5802, 5809, 6038, 6964, 6996, 7708, 7801, 8123])])),
            (63, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 2540, 2543, 2544, 2545, 2555, 2560, 2561, 2562, 2565, 2581, 2582, 2583, 2585, 2590, 2591, 2592, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 5798, 8657, 8725, 10703, 10711, 10756, 13576, 13600, 13631, 13643, 13959, 13960, 13961, 16350]), Anchor::All(&[Anchor::Lits(&[786, 927, 1088, 1834, 2013, 2508, 2517, 3434, 3438, 3707, 5200, 5221, 5306, 5368]), Anchor::Lits(&[315, 800, 2290, 2291, 7510, 7592])]), Anchor::All(&[Anchor::Lits(&[790, 832, 1391, 1526, 1533, 1534, 1536, 1569, 1576, 1577, 1579, 2251, 2546, 2723, 3115, 3116, 3161, 3162, 3848, 3849, 3853, 3889]), Anchor::Lits(&[16600, 17971, 18004])]), Anchor::All(&[Anchor::Lits(&[265, 1864, 3303, 7034, 7040, 7055]), Anchor::Lits(&[8327, 8349, 8699, 9244, 9248, 9339, 9342, 9345, 9578, 9752, 9957, 11079, 11080, 12354, 14190, 14586, 14587, 14588, 14589, 14819, 15024, 15111, 15197, 15205, 15260, 15327, 15338, 15789, 15790, 16190, 16224, 16228, 16507, 17369, 17403, 18366, 18511, 18759])])])),
            (64, "persona-replaces-assistant", Anchor::Lits(&[1419, 4091, 8145, 8478, 8492, 8495, 8497, 8514, 8515, 8516, 8517, 8990, 9004, 9007, 9009, 9393, 9407, 9410, 9412, 9579, 9584, 9586, 9588, 11081, 11082, 13308, 13322, 13325, 13327, 14520, 14525, 14527, 14529, 14940, 15791, 15792, 16318, 18382, 18515, 18765])),
            (65, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[1443, 1458, 1482, 1618, 1633, 1664, 3981, 3985, 3991, 3996, 3997, 3998]), Anchor::All(&[Anchor::Lits(&[9553, 9903, 9946, 9950, 9951, 11171, 11793, 11798, 11830, 13010, 13051, 13355, 13361, 13363, 14748, 15208, 15217, 15381, 15430, 15440, 15446, 15454, 15458]), Anchor::Lits(&[3951, 8167])]), Anchor::All(&[Anchor::Lits(&[9650, 9665, 9666, 9667, 9668, 9677, 9678, 9679, 9680, 9711, 9712, 10049, 10064, 10065, 10066, 10067, 10076, 10077, 10078, 10079, 10113, 10114, 11759, 11760, 11761, 11762, 11763, 11764, 11765, 11766, 11767, 11768, 11769, 16732, 16733, 16734, 16735, 16736, 16737, 16738, 16739, 16740, 16741, 16742, 16746, 16747, 16748, 16749, 16750, 16751, 16752, 16753, 16754, 16755, 16756, 16843, 16844, 16845, 16846, 16847, 16848, 16849, 16850, 16851, 16852, 16853, 17143, 17144, 17145, 17146, 17147, 17148, 17149, 17150, 17151, 17152, 17153, 17155, 17156, 17157, 17158, 17159, 17160, 17161, 17162, 17163, 17164, 17165, 17187, 17188, 17189, 17190, 17191, 17192, 17193, 17194, 17195, 17196, 17197, 18365, 18416, 18418, 18419, 18432, 18449, 18451, 18452, 18461, 18541, 18543, 18773, 18774, 18775, 18776, 18777, 18778, 18779, 18780, 18781, 18782, 18783]), Anchor::Lits(&[8338, 8945, 9032, 12203, 12350, 12367, 12999, 14711, 16406, 17051])])])),
            (66, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[2164, 2166, 2190, 2191, 2196, 2241, 4344, 4345, 4351, 4352, 4353, 4355, 4587, 4588, 4593, 4594, 4595, 4597, 6786, 6789, 6844, 6845, 6849, 6903]), Anchor::All(&[Anchor::Lits(&[8338, 8945, 9032, 12350, 12999, 14711, 16406]), Anchor::Lits(&[1325, 1326, 1327, 1328, 1331, 1332, 1333, 1334, 1436, 1437, 1452, 1467, 1524, 1525, 1529, 1538, 1567, 1568, 1572, 1581, 1610, 1611, 1627, 1642, 3829, 3830, 3842, 3859, 3977, 3978, 3983, 3989])])])),
            (67, "no-rules-apply", Anchor::Lits(&[13854, 16856, 17052, 17053, 17054, 17055, 17057, 17058, 17070, 17071])),
            (68, "freed-from-limits", Anchor::Lits(&[788, 789, 797, 1832, 1833, 1915, 2290, 2292, 3424, 3980, 3988, 3993, 4060, 4064, 4067, 5123, 7033, 7035, 7037, 7061])),
            (69, "respond-without-limits", Anchor::Lits(&[1214, 1215, 1216, 1217, 1218, 1219, 1249, 1250, 1251, 1252, 1253, 1254, 5096, 5097, 5098, 5099, 5100, 5101, 5114, 5115, 5116, 5117, 5118, 5119, 5410, 5411, 5412, 5413, 5414, 5415, 8525, 8630, 8656, 8775, 9553, 9945, 9950, 9951, 9952, 11162, 11163, 11164, 11165, 11166, 11167, 11168, 11169, 11171, 11793, 11798, 12336, 13350, 13354, 13355, 13356, 13357, 13358, 13359, 13360, 13363, 13679, 13684, 13685, 13723, 13724, 13801, 13802, 13806, 13969, 15430, 15435, 15436, 15438, 15439, 15441, 15445, 15446, 15448, 15449, 15450, 15452, 15454, 15458, 18118, 18119, 18120, 18121, 18122, 18123, 18124, 18125, 18126, 18127, 18128, 18129, 18131, 18133, 18134, 18135, 18136, 18137, 18171, 18172, 18174, 18176, 18179, 18180, 18183, 18184, 18185, 18193, 18196, 18207, 18221, 18237, 18247, 18282, 18283, 18287, 18326])),
            (70, "pre-safety-self", Anchor::Lits(&[4148, 9283, 9285, 9286, 9287, 9288, 9289, 9290, 9292, 9297, 9298, 9299, 9300, 9301, 9308, 9309, 9312, 9314, 9316, 9322, 9323, 9334, 9335, 9336, 9337, 9338])),
            (71, "stay-in-character", Anchor::Lits(&[1440, 1441, 1462, 1615, 1616, 1637, 3334, 3833, 3834, 3854, 5124, 5822, 5823, 5824, 5825, 5826, 5827, 5828, 5829, 5830, 5831, 5832, 5833, 5834])),
            (72, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[934, 3958, 3965, 3968, 3970, 3973, 4039, 4041, 4936, 4937, 4942, 4943, 5071, 6374, 6475, 13362, 17761]), Anchor::All(&[Anchor::Lits(&[8924, 8925, 8926, 8927, 8928, 8929, 8930, 8931, 8932, 8933, 8934, 8935, 8936, 8937, 8938, 8939, 8940, 8941, 8942, 8943, 8944, 8952, 8953, 8954, 8955, 8956, 8957, 8958, 12356, 12357, 12358, 12359, 12360, 12361, 12362, 12373, 12374, 12375, 12376, 12377, 12378, 12379, 12383, 12384, 12385, 12386, 12387, 12388, 12389, 12401, 12402, 12403, 12404, 12405, 12406, 12407, 18081, 18082, 18083, 18084, 18085, 18086, 18087, 18100, 18101, 18102, 18103, 18104, 18105, 18106, 18107, 18108, 18109, 18110, 18111, 18112, 18113, 18146, 18147, 18148, 18149, 18150, 18151, 18152]), Anchor::Lits(&[493, 2732, 7489])])])),
            (73, "jailbreak", Anchor::Lits(&[9914, 9915, 11649, 11650, 12221, 12224, 12225, 12808, 12809, 12810, 12814, 12815, 12816, 12817, 12818, 12819, 12820, 12821, 12822, 12823, 12824, 12826, 12827, 12828, 12829, 12830, 12831, 12832, 12833, 12834, 12835, 12836, 12837, 12838, 12839, 12840, 12841, 12842, 12844, 12847, 12848, 12849, 12850, 12851, 12853, 12854, 13913, 13914, 14755, 15495, 17851, 17852, 18380, 18381, 18456, 18457, 18763, 18764, 18787, 18788])),
            (74, "evil-twin", Anchor::Lits(&[7860, 7861, 7862, 7863, 7864, 7865, 7866, 7867, 7868, 7891, 7892, 7893, 7894, 7895, 7896, 7897, 7898, 7899, 7916, 7917, 7918, 7919, 7920, 7921, 7922, 7923, 7924, 7928, 7929, 7930, 7931, 7932, 7933, 7934, 7935, 7936, 7942, 7943, 7944, 7945, 7946, 7947, 7948, 7949, 7950, 7953, 7954, 7955, 7956, 7957, 7958, 7959, 7960, 7961, 7975, 7976, 7977, 7978, 7979, 7980, 7981, 7982, 7983, 8016, 8017, 8018, 8019, 8020, 8021, 8022, 8023, 8024, 8033, 8034, 8035, 8036, 8037, 8038, 8039, 8040, 8041, 8049, 8050, 8051, 8052, 8053, 8054, 8055, 8056, 8057, 8076, 8077, 8078, 8079, 8080, 8081, 8082, 8083, 8084, 8085, 8086, 8087, 8088, 8089, 8090, 8091, 8092, 8093, 8094, 8095, 8096, 8097, 8098, 8099, 8100, 8101, 8102, 8103, 8104, 8105, 8106, 8107, 8108, 8109, 8110, 8111, 8112, 8113, 8114, 8115, 8116, 8117, 8118, 8119, 8120])),
            (75, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[113, 529, 562, 583, 2729, 3417, 4851, 5955]), Anchor::Lits(&[463, 491, 1324, 1330, 1434, 1523, 1566, 1608, 3114, 3160, 3826, 3975, 7251, 7269, 7322, 7334])])),
            (76, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[1204, 1210, 1257, 3375, 4675, 5387]), Anchor::Lits(&[637, 1191, 1991, 2302, 2490, 2491, 2492, 2493, 2494, 2495, 2680, 3703, 3717, 3725, 3772, 7036, 7426]), Anchor::Lits(&[256, 1736, 1841, 7087, 7407, 7673])])),
            (77, "simulated-privileged-shell", Anchor::Lits(&[2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 5334, 5335, 5336, 5337, 5338, 5339, 5340, 5341, 5342, 5343, 5344, 5345, 5346, 5347, 5348, 5349, 5350, 5351, 5352, 5353, 5354, 5355, 5356, 5357, 6114, 6115, 6116, 6117, 6118, 6119, 6120, 6121, 6122, 6123, 6124, 6125, 6126, 6127, 6128, 6129, 6130, 6131, 6132, 6133, 6134, 6135, 6136, 6137, 7491, 7492, 7497, 7498, 7499, 7500, 7501, 7502, 7503, 7504, 7506, 7508, 7524, 7526, 7528, 7566, 7567, 7568, 7569, 7570, 7571, 7572, 7573, 7574])),
            (78, "self-escalation", Anchor::Lits(&[506, 536, 542, 547, 553, 556, 557, 558, 559, 560, 3302, 6248, 6255, 7991, 7992, 7993, 8144])),
            (79, "blind-execution", Anchor::Lits(&[402, 403, 404, 405, 406, 414, 912, 913, 914, 916, 918, 923, 1420, 1429, 1517, 1521, 1522, 1565, 1895, 1904, 1910, 1911, 1912, 1913, 2033, 2035, 2040, 2043, 2044, 2045, 4112, 4114, 4119, 4121, 4122, 4123, 5322, 5330, 5332, 5360, 5361, 5362])),
            (80, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[14206]), Anchor::All(&[Anchor::Lits(&[8586, 8587, 8592, 8630, 8806, 8807, 8812, 8826, 11262, 11263, 11268, 11320, 17936, 17937, 17938, 17943]), Anchor::Lits(&[688, 772, 1370, 2243, 4860, 4927, 5205, 5418, 5419, 5420, 6078])])])),
            (81, "opposite-of-your-rules", Anchor::Lits(&[7746, 7748, 7792, 7813, 7843, 14208])),
            (82, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[349, 852, 1520, 3888, 7431, 8660, 10047, 10168, 10325, 11321, 11854, 11877, 12353, 12825, 12845, 12963, 13002, 13029, 13168, 13522, 13686, 13689, 13803, 13805, 15023, 15319, 15358, 15359, 17413, 17431, 17434, 17436, 17438, 17488, 17489, 17508, 17530, 17545, 17546, 17568, 18130, 18132, 18154, 18155, 18156, 18157, 18158, 18159, 18160, 18171, 18175, 18177, 18178, 18181, 18185, 18186, 18193, 18218, 18222, 18234, 18248, 18287, 18290]), Anchor::All(&[Anchor::Lits(&[790, 832, 1391, 1533, 1534, 1576, 1577, 2546, 2723, 3116, 3162, 3848, 3889]), Anchor::Lits(&[16600, 17971, 18004])])]), Anchor::Lits(&[1068, 1821, 2683, 2729, 2739, 2749, 2751, 4759, 4851, 5408, 5955])])),
            (83, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9440, 9441, 9442, 10981, 10982, 10983, 10984, 10985, 10986, 10987, 10988, 10989, 10990, 10991, 10992, 10993, 10994, 10995, 10996, 10997, 10998, 10999, 11000, 11160, 11366, 16288, 16289]), Anchor::All(&[Anchor::Lits(&[12967]), Anchor::Lits(&[1164, 1195, 3347, 4680, 5442, 6922])])]), Anchor::Lits(&[8327, 8349, 8699, 9244, 9248, 9339, 9342, 9345, 9578, 9752, 9957, 11079, 11080, 12354, 14190, 14586, 14587, 14588, 14589, 14819, 15024, 15111, 15197, 15205, 15260, 15327, 15338, 15789, 15790, 16190, 16224, 16228, 16507, 17369, 17403, 18366, 18511, 18759])]), Anchor::All(&[Anchor::Lits(&[9075, 9358, 9359, 10144, 10157, 10431, 11322, 11618, 11855, 11857, 12565, 13169, 15320, 15428, 15506, 16201, 17113]), Anchor::Lits(&[8327, 8349, 9244, 9248, 14585, 14598, 15789, 18366, 18759]), Anchor::Lits(&[6087, 7364, 7407])])])),
            (84, "third-party-permission", Anchor::All(&[Anchor::Lits(&[8633, 8636, 8637, 8638, 8639, 8640, 8641, 8642, 8905, 8906, 8907, 8908, 8909, 8910, 8911, 8912, 8962, 8963, 8964, 8965, 8966, 8967, 8968, 8969, 9132, 9133, 9134, 9135, 9136, 9137, 9138, 9139, 9145, 9146, 9147, 9148, 9149, 9150, 9151, 9152, 9725, 9726, 9727, 9728, 9729, 9730, 9731, 9732, 10253, 10254, 10255, 10256, 10257, 10258, 10259, 10260, 11368, 11369, 11370, 11371, 11372, 11373, 11374, 11375, 11669, 11670, 11671, 11672, 11673, 11674, 11675, 11676, 11704, 11705, 11706, 11707, 11708, 11709, 11710, 11712, 11779, 11780, 11781, 11782, 11783, 11784, 11785, 11786, 12568, 12569, 12570, 12571, 12572, 12573, 12574, 12575, 12593, 12594, 12595, 12596, 12597, 12598, 12599, 12600, 13514, 13515, 13516, 13517, 13518, 13519, 13520, 13521, 13984, 13985, 13986, 13987, 13988, 13989, 13990, 13991, 14230, 14231, 14232, 14233, 14234, 14235, 14236, 14237, 14240, 14244, 14245, 14246, 14247, 14248, 14249, 14251, 14509, 14510, 14511, 14512, 14513, 14514, 14515, 14516, 15175, 15176, 15177, 15178, 15179, 15180, 15181, 15182, 15465, 15466, 15467, 15468, 15469, 15470, 15471, 15472, 15498, 15499, 15500, 15501, 15502, 15503, 15504, 15505, 15751, 15752, 15753, 15754, 15755, 15756, 15757, 15758, 17318, 17321, 17322, 17323, 17324, 17325, 17326, 17330, 17813, 17814, 17815, 17816, 17817, 17818, 17819, 17820]), Anchor::Lits(&[829, 967, 1228, 1341, 1709, 1835, 1895, 1919, 1930, 2496, 2706, 4601, 5126, 5322, 5638, 5980, 6988, 7001, 7046, 7472])])),
            (85, "privileged-identity", Anchor::Any(&[Anchor::Lits(&[2073, 2074, 2120, 2121, 2123, 2152, 2158, 2160, 2161, 2205, 2206, 2207, 6576, 6577, 6657, 6672, 6674, 6675, 6676, 6677, 6678, 6679, 6680, 6681, 6682, 6683, 6684, 6685, 6687, 6689, 6690, 6691, 6692, 6693, 6694, 6695, 6696, 6697, 6698, 6699, 6700, 6762, 6770, 6776, 6777, 6853, 6854, 6855, 6857, 6858, 6859, 6860, 6861, 6862, 6863, 6864, 6865, 6866, 6867, 6868, 7493, 7494, 7505, 7507, 7509, 7522, 7525, 7527, 7529, 7564, 7565, 7575]), Anchor::All(&[Anchor::Lits(&[18366, 18511, 18759]), Anchor::Lits(&[8325, 11734, 14253, 15347, 16387, 16396])])])),
            (86, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[7594, 8302, 8303, 8304, 8305, 8307, 8308, 8309, 8310, 9119, 9120, 9121, 9123, 9624, 9625, 9626, 9628, 11323, 11324, 11325, 11326, 11328, 11800, 11807, 11814, 11822, 12270, 12351, 12846, 12847, 12848, 12849, 12852, 13170, 13171, 13172, 13173, 13174, 13209, 13211, 13212, 13218, 14504, 14505, 14506, 14507, 14606, 14613, 14620, 14628, 14964, 14965, 14966, 14967, 15220, 15227, 15234, 15242, 15321, 15322, 15323, 15324, 15325, 15433, 15442, 15444, 15459, 15568, 15580, 15583, 15620, 16407, 16835, 16836, 16837, 16838, 17414, 17415, 17416, 17417, 17418, 17490, 17491, 17492, 17493, 17495, 17547, 17548, 17549, 17550, 17552, 18014, 18019, 18020, 18029, 18030, 18031, 18032]), Anchor::All(&[Anchor::Lits(&[8419, 12650, 15336, 15356, 16593]), Anchor::Any(&[Anchor::Lits(&[8313, 8325, 8654, 8837, 10152, 10153, 10244, 10247, 10248, 10250, 10401, 10402, 10403, 10404, 10405, 10406, 10407, 10408, 10953, 10958, 10959, 10960, 10961, 10962, 10968, 10969, 10970, 11366, 14253, 14360, 14441, 14552, 14808, 15526, 15623, 16152, 16210, 17312, 17396]), Anchor::All(&[Anchor::Lits(&[11773]), Anchor::Lits(&[109, 204, 4424, 4627, 5467, 5999])]), Anchor::All(&[Anchor::Lits(&[6595, 6619, 6633, 6670, 6671, 6673, 6703, 6722, 6731, 6771, 6803, 6841, 6856]), Anchor::Lits(&[10034, 11001, 11073, 11380, 11597, 12968, 14659, 15637, 17368, 17511, 17582])])])]), Anchor::All(&[Anchor::Lits(&[118, 1866, 4839, 5066, 5837, 7670]), Anchor::Lits(&[1128, 1730, 1917, 1929, 3382, 5835, 5843, 7045]), Anchor::Lits(&[11432, 13911, 14601, 15518, 15519, 16346, 16505])])])),
            (87, "persona-without-rules", Anchor::Lits(&[119, 120, 121, 122, 2153, 2154, 2155, 2156, 2416, 2417, 2418, 2419, 3956, 3962, 3965, 3969, 3970, 3972, 3973, 4023, 4024, 4025, 4039, 4041, 4043, 4046, 4048, 5067, 5068, 5069, 5070, 8471, 9517, 9520, 10702, 11511, 11516, 12330, 12331, 12350, 12380, 12845, 13631, 14711, 16406, 16603, 16604, 16610, 16640, 17290, 17292, 17293, 17413, 17434, 17489, 17546, 17974, 17975, 17980, 18000, 18007, 18008, 18009, 18012, 18049])),
            (88, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[9032, 12203, 12350, 12367, 14711, 16406, 17929]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5994, 6035, 7017]), Anchor::All(&[Anchor::Lits(&[11620, 13681, 18162, 18798]), Anchor::Lits(&[418, 421, 786, 1075, 1834, 2009, 2508, 3434, 3438, 4608, 4795, 4803, 5221, 5306, 5368])])]), Anchor::Lits(&[2015, 2016, 2017, 2291, 2509, 2510, 2511, 3440, 3441, 3442, 3952, 5227, 5228, 5229, 5309, 5310, 5311, 5372, 5373, 5374, 7592, 8168]), Anchor::Lits(&[493])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5994, 6035, 7017, 8471, 13556, 13631, 13635]), Anchor::All(&[Anchor::Lits(&[11620, 13681, 18170, 18798]), Anchor::Lits(&[418, 786, 1075, 1084, 1834, 2013, 2508, 3434, 3438, 4795, 4803, 5221, 5306, 5368])])]), Anchor::Lits(&[111, 347, 1433, 1885, 2756, 5159, 5193, 5313, 5778, 7675])])])),
            (89, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[8397, 8398, 8399, 8402, 8403, 8404, 8405, 8407, 8438, 8439, 8440, 8465, 8466, 8467, 8468, 8469, 8483, 8484, 8485, 8519, 8520, 8521, 8522, 8523, 8995, 8996, 8997, 9027, 9028, 9029, 9030, 9031, 9398, 9399, 9400, 9430, 9431, 9432, 9433, 9434, 9581, 9582, 9583, 9590, 9591, 9592, 9593, 9594, 13313, 13314, 13315, 13345, 13346, 13347, 13348, 13349, 14195, 14196, 14197, 14201, 14202, 14203, 14204, 14205, 14522, 14523, 14524, 14530, 14531, 14532, 14533, 14534, 15680, 15681, 15682, 15684, 15685, 15686, 15687, 15688, 16397, 16398, 16399, 16400, 16401, 16402, 16403, 16404, 17769, 17770, 17771, 17774, 17775, 17776, 17777, 17778]), Anchor::Lits(&[112, 694, 4783, 7708, 7734, 7801, 8123])])),
            (90, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1921, 3757, 3773, 3934, 3945, 3946, 3966, 3967, 4053, 4054]), Anchor::All(&[Anchor::Lits(&[1752, 2018, 2019, 2020, 2503, 3435, 3437, 5104, 5105, 5108, 5109, 5112, 5201, 5202, 5204, 5214, 5234]), Anchor::Lits(&[1751, 7027, 7030])])])),
            (91, "persona-whose-words-run", Anchor::All(&[Anchor::Lits(&[112, 2867, 2868, 2869, 2870, 2871, 2985, 3416, 4853, 4854, 5273, 5275, 7725, 7727, 7800, 7846, 7847, 7870]), Anchor::Lits(&[443, 713, 2421, 3093, 7430])])),
            (92, "persona-that-never-refuses", Anchor::All(&[Anchor::Lits(&[1213, 2624, 3528, 3529, 3530, 3531, 3532, 3533, 3534, 3535, 3536, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3556, 3557, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3586, 3596, 3597, 3598, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639, 3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647, 3648, 3649, 4979, 5095, 5409, 5423, 7230]), Anchor::Lits(&[874, 891, 1523, 1566, 3826, 7436, 7636, 7674]), Anchor::Lits(&[493])])),
            (93, "persona-stripped-of-rules", Anchor::Any(&[Anchor::Lits(&[183, 184, 1031, 1032, 1065, 1066, 5417, 5424]), Anchor::All(&[Anchor::Lits(&[10540, 10541, 10558, 10560, 10586, 10592, 10593, 10600, 10621, 10635, 10716, 10717, 10718, 10719, 10721, 10725, 10726, 10727, 10729, 10730, 10777, 10778, 10779, 10780, 10783, 10787, 10788, 10789, 10792, 10793, 10808, 10809, 10838, 10840, 10867, 10873, 10874, 10881, 10903, 10917, 11507, 11508, 11619, 11620, 11893, 11934, 11948, 11989, 12936, 12937, 13558, 13559, 13566, 13567, 13592, 13598, 13599, 13604, 13624, 13636, 13962, 13963, 18051, 18052, 18053, 18054, 18056, 18060, 18061, 18065, 18067, 18069, 18162, 18328, 18329, 18330, 18331, 18333, 18337, 18338, 18342, 18344, 18346]), Anchor::Lits(&[8886, 9435, 9535, 9623, 11171, 11436, 11798, 13031, 13363, 14604, 15217, 15360, 15431, 17823]), Anchor::Lits(&[8327, 9248, 9577, 11637, 11667, 12998, 13665, 14519, 14598, 14711, 15326, 15337, 17586, 18366, 18508, 18759])])])),
            (94, "disable-safety", Anchor::Any(&[Anchor::Lits(&[5403, 8256, 8630, 8775, 9438, 9439, 9465, 9474, 9632, 9634, 10193, 10196, 10239, 10409, 10413, 10496, 10498, 11159, 11161, 11173, 11175, 11223, 11585, 11588, 11623, 11689, 11690, 11694, 12329, 12336, 12843, 13006, 13536, 13539, 13969, 14330, 14338, 15736, 15738, 16358, 16414, 16420, 16443, 16515, 17032, 17406, 17409, 17465, 18354]), Anchor::All(&[Anchor::Lits(&[8529, 8870, 8871, 8873, 8878, 8879, 8880, 8884, 8885, 8886, 9081, 9083, 9086, 9087, 9553, 9616, 9629, 9881, 9883, 9884, 9885, 9945, 9950, 9951, 9952, 10107, 10115, 11138, 11165, 11166, 11167, 11169, 11170, 11171, 11185, 11437, 11791, 11793, 11795, 11823, 12184, 12191, 12537, 12538, 12539, 12540, 12541, 12542, 12543, 13350, 13363, 14841, 14980, 15034, 15049, 15219, 15281, 15283, 15429, 15434, 15436, 15438, 15439, 15441, 15445, 15446, 15447, 15448, 15449, 15450, 15451, 15452, 15453, 15454, 15456, 15457, 15458, 15477, 15478, 15479, 15572, 15579, 15587, 15589, 15590, 15596, 15597, 15598, 15599, 16834, 17394, 18576]), Anchor::Lits(&[8255, 9200, 9437, 9456, 9467, 9631, 9633, 10192, 10194, 10195, 10238, 10400, 10410, 10412, 10445, 10499, 10580, 10614, 10861, 10896, 10949, 11159, 11161, 11172, 11174, 11534, 11622, 11624, 11688, 11691, 11693, 11853, 12276, 12335, 12932, 13005, 13008, 13096, 13098, 13535, 13538, 13699, 13710, 14326, 14334, 14942, 15073, 15081, 15089, 15735, 15737, 15744, 15810, 15870, 16311, 16349, 16357, 16413, 16416, 16419, 16442, 16514, 17405, 17408, 17464, 17809, 17857, 18162, 18353])])])),
            (95, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[8525, 8529, 8870, 8871, 8873, 8878, 8879, 8880, 8884, 8885, 8886, 9081, 9083, 9086, 9087, 9553, 9616, 9629, 9881, 9883, 9884, 9885, 9945, 9950, 9951, 9952, 10107, 10115, 11138, 11165, 11166, 11167, 11169, 11170, 11171, 11185, 11437, 11791, 11793, 11795, 11823, 12184, 12191, 12537, 12538, 12539, 12540, 12541, 12542, 12543, 13350, 13363, 14841, 14980, 15034, 15049, 15219, 15281, 15283, 15429, 15434, 15436, 15438, 15439, 15441, 15445, 15446, 15447, 15448, 15449, 15450, 15451, 15452, 15453, 15454, 15456, 15457, 15458, 15477, 15478, 15479, 15572, 15579, 15587, 15589, 15590, 15596, 15597, 15598, 15599, 16834, 17394, 18576]), Anchor::Lits(&[9466, 9518, 9519, 10194, 10276, 10410, 11744, 12412, 13007, 13692, 13876, 13971, 14323, 14465, 15086, 15258, 15305, 16415, 17802, 17810])])),
            (96, "skip-approval", Anchor::Any(&[Anchor::Lits(&[8876, 10537, 10594, 10595, 10596, 10614, 10634, 10805, 10875, 10876, 10877, 10896, 10916, 13554, 13703, 13704, 13705, 13710, 13716, 13725, 13726, 13727, 13728, 13729, 13734, 14937, 16315, 18062, 18063, 18064, 18066, 18068, 18188, 18339, 18340, 18341, 18343, 18345, 18420, 18433]), Anchor::All(&[Anchor::Lits(&[18163, 18169, 18170, 18187, 18189, 18191, 18192, 18201, 18202, 18205, 18206, 18217, 18224, 18226, 18227, 18228, 18229, 18231, 18232, 18233, 18235, 18239, 18263, 18269, 18271, 18272, 18274, 18275, 18276, 18277, 18280, 18291, 18294, 18308, 18309, 18310, 18311, 18314, 18315, 18320, 18322, 18326]), Anchor::Any(&[Anchor::Lits(&[8250, 8768, 8866, 8970, 9084, 9087, 9617, 9618, 9880, 9888, 11138, 11798, 12022, 12197, 14342, 14497, 14926, 15435, 15573, 16585, 16586, 16587, 16784, 16796, 17394]), Anchor::All(&[Anchor::Lits(&[14449, 17238, 17795]), Anchor::Lits(&[8311, 8316, 8866, 9476, 9563, 9565, 11748, 15278, 15745, 15759, 17253])])])])])),
            (97, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[10199, 10200, 10204, 10205, 10222, 10223, 10274, 10275, 17555, 17556]), Anchor::All(&[Anchor::Lits(&[8339, 8340, 8341, 8342, 8343, 8344, 8345, 8346, 8347, 8348, 8847, 8850, 8852, 8853, 8855, 8858, 8860, 8862, 8863, 8864, 9525, 9526, 9527, 9528, 9529, 9530, 9531, 9532, 9533, 9534, 9810, 9832, 9834, 9835, 9837, 9838, 9840, 9841, 9843, 9845, 10661, 10662, 10663, 10664, 10665, 10666, 10667, 10668, 10669, 10670, 11344, 11347, 11349, 11350, 11352, 11355, 11357, 11359, 11360, 11361, 11494, 11498, 11499, 11500, 11501, 11502, 11503, 11504, 11505, 11506, 13934, 13945, 13947, 13948, 13950, 13951, 13953, 13954, 13956, 13958, 14487, 14488, 14489, 14490, 14491, 14492, 14493, 14494, 14495, 14496, 15403, 15406, 15408, 15409, 15411, 15414, 15416, 15418, 15419, 15420]), Anchor::Lits(&[10198, 10203, 10221, 10273, 15269, 15348, 15349, 17370, 17501, 17554])])])),
            (98, "route-around-the-guard", Anchor::Lits(&[6643, 6783, 6810, 6814, 9205, 9206, 9207, 9208, 9209, 9210, 9480, 9481, 9482, 9484, 9485, 9488, 9489, 9490, 9491, 9492, 10625, 10628, 10638, 10639, 10640, 10642, 10907, 10910, 10920, 10921, 10922, 10924, 11598, 11599, 11600, 11601, 11602, 11603, 11604, 11605, 11606, 11607, 11608, 11609, 11727, 11728, 11729, 11730, 11731, 11732, 13625, 13628, 13639, 13640, 13641, 13644, 14375, 14376, 14377, 14378, 14379, 14380, 14390, 14391, 14392, 14393, 14394, 14395, 15638, 15639, 15640, 15641, 15642, 15643, 15644, 15645, 15646, 15647, 15648, 15649, 15837, 15838, 15845, 15846, 15847, 15848, 16191, 16192, 16193, 16194, 16195, 16196, 16331, 16334, 16338, 16339, 16340, 16341, 16508, 16509, 16510, 16511, 16512, 16513])),
            (99, "do-not-screen-input", Anchor::Lits(&[1445, 1446, 1447, 1453, 1459, 1488, 1495, 1496, 1497, 1498, 1501, 1502, 1511, 1512, 1620, 1621, 1622, 1628, 1634, 1670, 1677, 1678, 1679, 1680, 1683, 1684, 1693, 1694, 3836, 3837, 3838, 3843, 3850, 3887, 3895, 3896, 3897, 3898, 3901, 3902, 3911, 3912, 4000, 4001, 4002, 4005, 4008, 4009, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4019, 5641, 5642, 5644, 5645, 5647, 5651, 5653, 5654, 5655, 5656, 5658, 5659, 5668, 5669, 5848, 5849, 5850, 5852, 5854, 5860, 5861, 5862, 5863, 5864, 5866, 5867, 5869, 5870, 7599, 7600, 7603, 7609, 7613, 7618, 7623, 7624, 7625, 7626, 7627, 7628, 7630, 7631])),
            (100, "allowlist-this-prompt", Anchor::Lits(&[8632, 8644, 9643, 9644, 9645, 9646, 9647, 9907, 9909, 9910, 9911, 9912, 11363, 11476, 11477, 11478, 11479, 11480, 12943, 12944, 12948, 12949, 12954, 13196, 13197, 13198, 13199, 13200, 16478, 16479, 16481, 16482, 16484, 17383, 17385, 17387, 17388, 17391, 17398, 17399, 17400, 17401, 17402, 18002, 18003])),
            (104, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[1817, 5214]), Anchor::All(&[Anchor::Lits(&[2118, 2127, 2163, 2168, 2242, 2760, 2788, 2829, 2831, 2874, 4130, 4131, 4137, 4138, 4150, 4321, 4327, 4343, 4346, 4356]), Anchor::Lits(&[9715, 10400, 10949, 11482, 13005, 14326, 15081, 16419, 17310, 17405, 17566])])])),
            (105, "stop-logging", Anchor::Lits(&[1345, 1348, 1349, 1350, 1351, 1352, 1353, 1439, 1460, 1466, 1487, 1499, 1509, 1515, 1613, 1635, 1641, 1669, 1681, 1691, 1697, 3832, 3851, 3858, 3886, 3899, 3909, 3913, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 5012, 5014, 5015, 5016, 5017, 5018, 5019, 5640, 5648, 5649, 5650, 5657, 5666, 5670, 5846, 5855, 5857, 5859, 5865, 5868, 5871, 5983, 5984, 5985, 5986, 5987, 5989, 5990, 7004, 7005, 7006, 7007, 7008, 7010, 7011])),
            (106, "self-approval", Anchor::Lits(&[8890, 8891, 8892, 8893, 8894, 8895, 8896, 8897, 8898, 8899, 8900, 8901, 8902, 8903, 16537, 16539, 16540, 16541, 16543, 16544, 16545, 16546, 16551, 16554, 16556, 16557, 16558, 16559, 16561, 16563, 16564, 16565, 16566, 16567, 16568, 16569, 16570, 16574, 16575, 16576, 16577, 16578, 16580, 16583])),
            (107, "execute-everything", Anchor::Lits(&[68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 226, 227, 228, 230, 231, 232, 233, 235, 237, 238, 239, 240, 241, 242, 243, 244, 422, 423, 424, 425, 426, 427, 428, 430, 432, 433, 434, 435, 436, 437, 438, 439, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1429, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1904, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 5315, 5316, 5317, 5318, 5319, 5320, 5321, 5322, 5323, 5324, 5325, 5326, 5327, 5328, 5329, 5330])),
            (108, "protection-mode-claim", Anchor::Lits(&[165, 229, 617, 830, 1355, 1728, 3384, 3472, 3704, 4022, 4127, 4181, 4674, 4679, 4729, 5166, 6989, 7057])),
            (109, "approve-tool-calls", Anchor::Lits(&[2375, 4725, 6933, 6934, 6935])),
            (111, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[6253, 6269, 6309, 6392, 6456, 7848]), Anchor::Lits(&[245, 247, 248, 249, 250, 253, 416, 774, 799, 956, 972, 1045, 1047, 1255, 1818, 2505, 2659, 2660, 3439, 3683, 4724, 4726, 4796, 4804, 5053, 5222, 5307, 5541, 6979, 7405]), Anchor::Lits(&[124, 253, 401, 935, 938, 1018, 1228, 1699, 1750, 2028, 2912, 2942, 3427, 3486, 3702, 3720, 3751, 4609, 4694, 5030, 5079, 5120, 5126, 5150, 5153, 5261, 5497, 5627, 5970, 7043, 7053, 7073, 7074, 7405, 7425])])),
            (112, "tamper-with-its-controls", Anchor::All(&[Anchor::Lits(&[3275]), Anchor::Lits(&[245, 247, 248, 249, 250, 253, 416, 774, 799, 956, 972, 1045, 1047, 1255, 1818, 2505, 2659, 2660, 3439, 3683, 4724, 4726, 4796, 4804, 5053, 5222, 5307, 5541, 6979, 7405]), Anchor::Lits(&[124, 253, 401, 935, 938, 1018, 1228, 1699, 1750, 2028, 2912, 2942, 3427, 3486, 3702, 3720, 3751, 4609, 4694, 5030, 5079, 5120, 5126, 5150, 5153, 5261, 5497, 5627, 5970, 7043, 7053, 7073, 7074, 7405, 7425])])),
            (113, "tamper-with-named-controls", Anchor::All(&[Anchor::Lits(&[8631, 8635, 8643, 8875, 8884, 10107, 11138, 11790, 12139, 12140, 12141, 12142, 12143, 12144, 12145, 12146, 12147, 12148, 12149, 12150, 12151, 12152, 12153, 12154, 12155, 12156, 12157, 12158, 12159, 12160, 12161, 12162, 12163, 12164, 12165, 12166, 12167, 12168, 12169, 12170, 12171, 12172, 12538, 14683, 14839, 14842, 14975, 15566, 15581, 17331, 17394]), Anchor::Lits(&[6241, 6383, 7848])])),
            (114, "authority-waives-controls", Anchor::Any(&[Anchor::Lits(&[462, 2978, 3113, 10046, 13670, 13808, 16496]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2448, 2449, 2450, 2453, 2454, 2455, 2623, 9724, 9887, 11137, 11362, 12204, 12217, 12230, 14508, 14667, 14687, 15476, 15745, 15750, 15760, 17808, 17847, 17848, 17856]), Anchor::All(&[Anchor::Lits(&[9126]), Anchor::Lits(&[15426, 18790])])]), Anchor::Lits(&[829, 833, 967, 1228, 1241, 1341, 1362, 1709, 1717, 1875, 2423, 2459, 2460, 2706, 2725, 3427, 3429, 4601, 4604, 5126, 5144, 5504, 5638, 5671, 5838, 5839, 5963, 5980, 7001, 7059, 7060, 7222, 7668])])])),
            (115, "vendor-orders-an-action", Anchor::All(&[Anchor::Lits(&[8728, 8730, 8731, 8732, 8733, 8734, 8735, 8736, 8738, 8739, 8740, 8741, 8742, 8743, 8744, 8745, 8749, 8750, 8752, 8753, 8754, 8755, 8756, 8757, 8758, 8760, 8763, 8764, 9657, 9658, 9659, 9660, 9661, 9662, 9663, 9664, 9669, 9670, 9671, 9672, 9673, 9674, 9675, 9676, 9699, 9700, 9701, 9702, 9703, 9704, 9705, 9706, 9707, 9708, 9709, 9710, 10056, 10057, 10058, 10059, 10060, 10061, 10062, 10063, 10068, 10069, 10070, 10071, 10072, 10073, 10074, 10075, 10098, 10099, 10100, 10101, 10102, 10103, 10104, 10105, 10106, 10110, 10111, 10112, 14105, 14107, 14108, 14109, 14110, 14111, 14112, 14113, 14115, 14116, 14117, 14118, 14119, 14120, 14121, 14122, 14126, 14127, 14129, 14130, 14131, 14132, 14133, 14134, 14135, 14137, 14140, 14141, 15889, 15891, 15892, 15893, 15894, 15895, 15896, 15897, 15899, 15900, 15901, 15902, 15903, 15904, 15905, 15906, 15910, 15911, 15913, 15914, 15915, 15916, 15917, 15918, 15919, 15922, 15926, 15928]), Anchor::Lits(&[2305, 2308, 2309, 2314, 2323, 2326, 2330, 2333, 2339, 2351, 4310, 4311, 4312, 4313, 4314, 4315, 4316, 4317, 4318, 4319, 6416, 6420, 6422, 6428, 6430, 6431, 6432, 6433, 6434, 6435])])),
            (116, "run-data-as-code", Anchor::Any(&[Anchor::Lits(&[763, 764, 765, 766, 767, 768, 769, 770, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 3174, 3177, 3453, 3454, 3455, 3456, 3457, 3458, 3459, 3460, 6261, 6262, 6294, 6295, 6301, 6302, 6303, 6304, 6336, 6337, 7130, 7131, 7132, 7133, 7134, 7135, 7136, 7137, 7351, 7352, 7353, 7354, 7355, 7356, 7357, 7358, 8383, 8384, 14932, 14933, 15556, 15557, 15774, 15775, 17970]), Anchor::All(&[Anchor::Lits(&[11513, 11515]), Anchor::Lits(&[1085, 1086, 1087, 1091, 1092, 1093, 5876, 5877, 5878, 6084, 6085, 6086, 7119, 7120, 7121]), Anchor::Lits(&[1886, 3165, 5314, 5884])])])),
            (117, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[5269]), Anchor::Lits(&[680, 973, 1135, 1136, 5680, 5783]), Anchor::Lits(&[11533, 14957, 15033, 15311])])),
            (118, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[752, 753, 8904, 9347, 10539, 10585, 10604, 10807, 10866, 10885, 11878, 13557, 13591, 13608, 13735, 13750, 13844, 15351, 15934, 15935, 15936, 15942, 15943, 15944, 15945, 15946, 15947, 15955, 15958, 15959, 15960, 15970, 15995, 15996, 16001, 16002, 16005, 16006, 16007, 16008, 16009, 16010, 16063, 16064, 16076, 16077, 16078, 16082, 16087, 16089, 16095, 16096, 16097, 16098, 16099, 16100, 16101, 16102, 16103, 16104, 16105, 16106, 16107, 16108, 16109, 16110, 16111, 16112, 16113, 16114, 18190, 18240, 18252, 18256, 18285, 18296, 18307]), Anchor::All(&[Anchor::Lits(&[12069, 12071, 12073, 12075, 12076]), Anchor::Lits(&[2303])]), Anchor::All(&[Anchor::Lits(&[853, 854, 855, 857, 858, 860, 866, 867, 875, 876, 877, 879, 880, 882, 888, 889, 892, 893, 894, 896, 897, 899, 905, 906, 1444, 1448, 1454, 1456, 1461, 1479, 1503, 1506, 1527, 1528, 1530, 1532, 1535, 1554, 1561, 1562, 1570, 1571, 1573, 1575, 1578, 1597, 1604, 1605, 1619, 1623, 1629, 1631, 1636, 1661, 1685, 1688, 3835, 3839, 3844, 3846, 3852, 3880, 3903, 3906, 7439, 7441, 7442, 7444, 7448, 7454, 7462, 7465, 7639, 7641, 7642, 7644, 7648, 7654, 7662, 7665]), Anchor::Lits(&[11089, 11090, 11091, 11092, 11093, 11094, 11095, 11096, 11097, 11098, 11099, 11100, 11101, 11102, 11103, 11104, 11105, 11106, 11107, 11108, 11109, 11110, 11111, 11112, 11113, 11114, 11115, 11116, 11117, 11118, 11119, 11120, 11121, 11122, 11123, 11124, 11125, 11126, 11127, 11128, 11129, 11130, 11131, 11132, 13122, 13123, 13124, 13125, 13126, 13127, 13128, 13129, 13131, 13132, 13133, 13134, 13135, 13136, 13137, 13138, 13139, 13140, 13141, 13142, 13143, 13144, 13145, 13146, 13147, 13148, 13149, 13150, 13151, 13152, 13153, 13154, 13155, 13156, 13157, 13158, 13159, 13160, 13161, 13162, 13163, 13164, 13165, 13166, 15932, 15936, 15937, 15941, 15970, 15971, 15973, 15980, 15984, 15985, 15986, 15987, 15988, 15989, 15990, 15991, 15992, 15993, 15994, 15995, 15996, 15998, 15999, 16003, 16004, 16011, 16012, 16013, 16015, 16021, 16025, 16026, 16027, 16028, 16029, 16030, 16031, 16032, 16033, 16034, 16035, 16036, 16037, 16038, 16039, 16040, 16041, 16042, 16043, 16044, 16045, 16046, 16047, 16048, 16049, 16050, 16052, 16053, 16054, 16055, 16056, 16057, 16058, 16060, 16061, 16062, 16074, 16078, 16080, 16081, 16082, 16083, 16084, 16085, 16087, 16089, 16090])])])),
            (119, "evade-the-checks", Anchor::Any(&[Anchor::Lits(&[620, 621, 622, 682, 3473, 3474, 3475, 5080, 5081, 5082, 6938, 6939, 6940, 6941, 6942, 6943, 12762, 13721, 17054, 17059, 17060, 17070, 17853, 18208, 18225, 18244, 18470]), Anchor::All(&[Anchor::Lits(&[853, 854, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 875, 876, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 892, 893, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 1444, 1448, 1455, 1456, 1461, 1464, 1479, 1481, 1483, 1484, 1485, 1489, 1503, 1506, 1510, 1527, 1528, 1531, 1532, 1535, 1537, 1554, 1555, 1556, 1557, 1558, 1559, 1561, 1562, 1563, 1570, 1571, 1574, 1575, 1578, 1580, 1597, 1598, 1599, 1600, 1601, 1602, 1604, 1605, 1606, 1619, 1623, 1630, 1631, 1636, 1639, 1661, 1663, 1665, 1666, 1667, 1671, 1685, 1688, 1692, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 3835, 3839, 3845, 3846, 3852, 3856, 3880, 3881, 3882, 3883, 3884, 3890, 3903, 3906, 3910, 7439, 7441, 7443, 7444, 7448, 7450, 7454, 7455, 7456, 7457, 7458, 7459, 7462, 7465, 7466, 7639, 7641, 7643, 7644, 7648, 7650, 7654, 7655, 7656, 7657, 7658, 7659, 7662, 7665, 7666]), Anchor::Lits(&[15931])])])),
            (120, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[138, 140, 141, 147, 148, 149, 153, 154, 155, 161, 162, 163, 949, 950, 951, 952, 953, 954, 957, 958, 959, 960, 961, 962, 1109, 1110, 1111, 1112, 1113, 1114, 1116, 1117, 1118, 1119, 1120, 1121, 1307, 1308, 1309, 1317, 1318, 1320, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1647, 1649, 1650, 1651, 1653, 1657, 1658, 1660, 1756, 1757, 1758, 1759, 1760, 1761, 2296, 2297, 2298, 2299, 2300, 2301, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 3686, 3689, 3692, 3694, 3700, 3701, 3776, 3778, 3779, 3781, 3783, 3791, 3792, 3796, 3999, 4001, 4003, 4004, 4007, 4010, 4011, 4020, 4030, 4031, 4032, 4033, 4034, 4035, 4036, 4037, 4408, 4409, 4410, 4411, 4412, 4413, 4621, 4622, 4623, 4624, 4625, 4626, 4797, 4798, 4799, 4800, 4801, 4802, 4805, 4806, 4807, 4808, 4809, 4810, 5176, 5177, 5178, 5179, 5180, 5181, 5182, 5183, 5184, 5185, 5186, 5187, 5215, 5216, 5217, 5218, 5219, 5220, 5223, 5224, 5225, 5226, 5230, 5231, 5284, 5285, 5286, 5292, 5293, 5294, 6005, 6009, 6010, 6017, 6018, 6021, 7596, 7604, 7608, 7611, 7620, 7632, 8877, 8887, 9627, 9882, 9886, 9985, 10436, 11334, 11364, 11621, 11817, 11864, 13046, 14623, 15237, 15376, 17382, 17386, 17389, 17390, 17392, 17811, 18187, 18197, 18205, 18271, 18289, 18299]), Anchor::All(&[Anchor::Lits(&[829, 833, 967, 1341, 1362, 1914, 1916, 2423, 2437, 3427, 3429, 4601, 4604, 4605, 4607, 5126, 5144, 5638, 5671, 5963, 5965, 7001, 7018, 7222, 7224]), Anchor::Lits(&[4265, 8389, 9554, 9630, 9635, 10158, 10159, 10191, 12001, 14024, 14350, 14583, 15588, 16534, 17804]), Anchor::Lits(&[415, 948, 1053, 1108, 2504, 3430, 4795, 4803, 5052, 5214, 5254, 5305, 5366])])])),
            (121, "standing-order-for-tool-calls", Anchor::Any(&[Anchor::Lits(&[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 2627, 2629, 2630, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2642, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 6519, 6520, 6521, 6522, 6523, 6524, 6525, 6526, 6527, 6528, 6529, 6530, 6944, 6945, 6946, 6947, 6948, 6949, 6950, 6951, 6952, 6953, 6954, 6955, 6966, 6967, 6968, 6969, 6970, 6971, 6972, 6973, 6974, 6975, 6976, 6977, 8170, 8171, 8172, 8173, 8174, 8175, 8176, 8177, 8178, 8179, 8180, 8181]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9033, 9034, 9035, 9036, 9037, 9038, 9039, 9040, 9041, 9042, 9043, 9044, 9045, 9046, 9047, 9048, 9049, 9050, 9051, 9052, 9250, 9257, 9258, 9259, 9260, 9261, 9262, 9263, 9264, 9265, 9267, 9268, 9269, 9270, 9271, 9272, 9273, 9274, 9275, 9276, 15383, 15384, 15385, 15386, 15387, 15388, 15389, 15390, 15391, 15392, 15393, 15394, 15395, 15396, 15397, 15398, 15399, 15400, 15401, 15402, 16421, 16422, 16423, 16424, 16425, 16426, 16427, 16428, 16429, 16430, 16431, 16432, 16433, 16434, 16435, 16436, 16437, 16438, 16439, 16440, 17641, 17642, 17643, 17644, 17645, 17646, 17647, 17648, 17649, 17650, 17651, 17652, 17653, 17654, 17655, 17656, 17657, 17658, 17659, 17660, 17661, 17662, 17663, 17664, 17665, 17666, 17667, 17668, 17669, 17670, 17671, 17672, 17673, 17674, 17675, 17676, 17677, 17678, 17679, 17680, 17681, 17682, 17683, 17684, 17685, 17686, 17687, 17688, 17689, 17690]), Anchor::All(&[Anchor::Lits(&[383, 640, 664, 693, 1124, 1126, 1166, 1172, 1176, 2630, 2632, 2635, 2636, 2637, 2638, 2639, 2642, 4884, 4919, 4947, 6922, 6946, 6947, 6954, 6955, 7094, 7335, 8184]), Anchor::Lits(&[8385, 8845, 10033, 10161, 11077, 11343, 11596, 12414, 12547, 14554, 14658, 14884, 15350, 15382, 15636, 18357])])]), Anchor::Lits(&[8769, 8827, 11005, 11188, 11510, 11512, 11514, 11517, 11518, 11519, 11520, 11521, 11522, 11636, 11743, 12390, 12391, 14025, 17962, 18114])]), Anchor::All(&[Anchor::Lits(&[8834, 8835, 8836, 9900, 9901, 9902, 13529, 13530, 13531, 14290, 14291, 14292, 14899, 14900, 14901, 15172, 15173, 15174, 17347, 17348, 17349, 17359, 17360, 17361]), Anchor::Lits(&[6478, 6479, 6480, 6481, 6482, 6483, 6484, 6485, 6486, 6487, 6488, 6489, 6490, 6491, 6492, 6493, 6494, 6495, 6496, 6497, 6498, 6499, 6500, 6501, 6502, 6503, 6504, 6505, 6506, 6507, 6508, 6509, 6510, 6511, 6512, 6533, 6549, 6552, 6553, 6564, 6570, 6571, 6575, 6658, 6702, 6703, 6733, 6737, 6738, 6739, 6743, 6750, 6751, 6763, 6774, 6775, 6782, 6802, 6806, 6807, 6823, 6835, 6836, 6843, 6846, 6847, 6848, 6850, 6851, 6852, 7147, 7150, 7151, 7152, 7154, 7155, 7156, 7158, 7163, 7164, 7165, 7174, 7175, 7176, 7177, 7178, 7179, 7180, 7182, 7183, 7185, 7189, 7191, 7193, 7194, 7197, 7198, 7199, 7200, 7201, 7202, 7203, 7204, 7205, 7206])])])),
            (122, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[251, 259, 417, 419, 420, 615, 665, 668, 2506, 2507, 4812, 4815, 4835, 4855, 4935, 4938, 5370, 5371, 7100, 9538, 9539, 9545, 9546, 9547, 9548, 9550, 9552, 13544, 13545, 13546, 13547, 13548, 13549, 13550, 13551, 13695, 13696, 13712, 13713, 13715, 13717, 13718, 13720, 14938, 14939, 14948, 14949, 14950, 14951, 14953, 14954, 16316, 16317, 16332, 16333, 16335, 16336, 16342, 16343, 16419, 16441, 17405, 17407]), Anchor::All(&[Anchor::Lits(&[5498, 5505, 5506, 5507, 5508, 5509, 5510, 5511, 5512, 5513, 5514, 5515, 5516, 5517, 5518, 5519, 5520, 5529, 5531, 5532, 5533, 5534, 5535, 5536]), Anchor::Lits(&[9640, 11435, 11790, 12138, 15445, 17394])])])),
            (123, "agent-grants-itself-power", Anchor::Lits(&[5133, 6254, 6260, 7990, 8025, 8042, 8121, 8144, 10615, 10897, 13711, 15972, 15974, 15975, 15976, 15978, 15979, 15982, 16014, 16016, 16017, 16018, 16019, 16020, 16023])),
            (124, "remove-the-guard-hook", Anchor::Lits(&[8874, 8883, 9082, 9085, 10108, 10109, 11792, 11794, 11796, 11797, 14502, 14503, 14636, 14645, 14683, 14684, 14723, 14724, 15443, 15455, 15581, 15601])),
            (125, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[978, 1341, 3354, 4698, 4959, 5572, 5844, 5963, 5980, 7001, 7059, 7472]), Anchor::Lits(&[85, 89, 196, 611, 1837, 3477, 3478, 3705, 5006, 5461]), Anchor::Lits(&[8524, 9521, 9741, 13087, 13090, 13353, 15028, 15255, 16525, 17362])])),
            (126, "policy-does-not-cover-me", Anchor::Lits(&[407, 408, 409, 410, 411, 412, 413, 756, 757, 758, 759, 760, 761, 762, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1876, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 5206, 5207, 5208, 5209, 5210, 5211, 5212])),
            (129, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[167, 551, 732, 2703, 4358, 7361, 7362, 7403]), Anchor::Any(&[Anchor::Lits(&[8313, 8325, 8654, 8837, 10152, 10153, 10244, 10247, 10248, 10250, 10401, 10402, 10403, 10404, 10405, 10406, 10407, 10408, 10953, 10958, 10959, 10960, 10961, 10962, 10968, 10969, 10970, 11366, 14253, 14360, 14441, 14552, 14808, 15526, 15623, 16152, 16210, 17312, 17396]), Anchor::All(&[Anchor::Lits(&[11773]), Anchor::Lits(&[109, 204, 4424, 4627, 5467, 5999])]), Anchor::All(&[Anchor::Lits(&[6595, 6619, 6633, 6670, 6671, 6673, 6703, 6722, 6731, 6771, 6803, 6841, 6856]), Anchor::Lits(&[10034, 11001, 11073, 11380, 11597, 12968, 14659, 15637, 17368, 17511, 17582])])]), Anchor::Lits(&[8679, 8680, 8681, 8684, 8685, 8686, 8697, 8724, 8725, 8918, 9641, 9642, 9648, 11376, 11377, 11378, 11456, 11457, 12711, 13079, 13081, 13082, 14070, 14173, 14366, 14367, 14368, 14820, 14821, 14822, 14972, 14984, 15004, 15279, 15302, 15303, 15624, 15628, 16363, 16371, 16372, 16375, 16383, 16384, 17370, 17371, 17372])])),
            (130, "tool-call-tampering", Anchor::Lits(&[8422, 8423, 8424, 8425, 8426, 8770, 8771, 8772, 8773, 8774, 8828, 8829, 8830, 8831, 8832, 9291, 9311, 9313, 9319, 9332, 9755, 9756, 9758, 9759, 9760, 9761, 9762, 9764, 9771, 9772, 9773, 9774, 9775, 9776, 9777, 9779, 11006, 11007, 11008, 11009, 11010, 11189, 11190, 11191, 11192, 11193, 11651, 11652, 11653, 11654, 11655, 11656, 11657, 11658, 11659, 11660, 11661, 11662, 11663, 11664, 11665, 11666, 12246, 12264, 12265, 12266, 12270, 13671, 13672, 13673, 13674, 13675, 14892, 14893, 14894, 14895, 14896, 14897, 14898, 14902, 14905, 14906, 14908, 14909, 14910, 14917, 14918, 14925, 16202, 16203, 16204, 16205, 16206, 16207, 16208, 16209, 16266, 16267, 16268, 16269, 16270, 16271, 16272, 16273, 16278, 16279, 16280, 16281, 16282, 16283, 16284, 16285, 17332, 17333, 17334, 17335, 17336, 17337, 17338, 17339, 17340, 17341, 17342, 17343, 17344, 17345, 17346, 17350, 17945, 17954, 17955, 17956, 17959, 17964, 17967, 17968, 17969, 17970])),
            (131, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[750, 751, 752, 753, 1450, 1465, 1469, 1486, 1491, 1494, 1500, 1505, 1508, 1625, 1640, 1644, 1668, 1673, 1676, 1682, 1687, 1690, 3726, 3841, 3857, 3861, 3885, 3892, 3894, 3900, 3905, 3908, 5010, 5628, 10132, 10133, 10134, 10135, 10136, 10137, 10138, 10139, 10140, 10141, 10142, 10143, 10428, 10429, 12026, 12028, 12033, 12037, 12038, 12054, 12055, 12058, 12059, 12063, 12064, 12185, 12186, 12187, 12188, 12189, 12190, 12192, 12193, 12194, 12195, 12196, 12198, 12199, 12200, 12201, 12685, 12686, 12687, 12688, 12689, 12690, 12691, 12692, 12693, 12694, 12695, 12696, 12909, 12911, 12916, 12924, 12926, 13240, 14931, 15135, 15155, 15156, 15157, 15158, 15159, 15160, 15161, 15162, 15163, 15164, 15165, 15166, 15167, 15168, 15169, 15494, 15529, 15530, 15532, 15536, 15537, 15546, 15547, 15550, 15551, 15553, 15554, 15555, 15762, 15763, 15764, 15765, 15766, 15767, 15768, 15769, 15770, 15771, 15772, 15773, 16290, 16291, 16292, 16293, 16294, 16295, 16296, 16297, 16298, 16299, 16300, 16301, 16552, 17419, 17420, 17421, 17422, 17423, 17424, 17425, 17426, 17427, 17428, 17429, 17466, 17467, 17468, 17469, 17470, 17471, 17472, 17473, 17474, 17475, 17476, 17514, 17515, 17516, 17517, 17518, 17519, 17520, 17521, 17522, 17523, 17524, 17696, 17697, 17698, 17699, 17700, 17701, 17703, 17704, 17705, 17706, 17707, 17709, 17710, 17711, 17712, 17714, 17715, 17716, 17717, 17718, 17719, 17721, 17722, 17723, 17724, 17725, 17727, 17728, 17729, 17730, 18168, 18243, 18258, 18259, 18260, 18266, 18307]), Anchor::All(&[Anchor::Lits(&[8690, 10531, 10798, 13130, 13541, 13732, 18162, 18477, 18479]), Anchor::Lits(&[190, 197, 781, 1378, 1379, 2916, 2925, 3414, 3418, 3527, 3589, 4084, 4085, 5163, 5169, 5250, 5251, 5408, 5421, 5605, 5614, 6055, 6079, 7231, 7232]), Anchor::Lits(&[8389, 8776, 8777, 12183, 14192, 14350, 14476, 14517, 15154, 17691])]), Anchor::All(&[Anchor::Lits(&[679, 2628, 4158, 4440, 5445]), Anchor::Lits(&[12910, 12915, 12917, 12922, 12923, 12925, 12927, 12972, 12974, 12975, 12976, 12977, 12978, 12979])])])),
            (132, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[28, 30, 34, 38, 41, 43, 45, 49, 51, 271, 273, 275, 277, 282, 284, 286, 288, 290, 6139, 6141, 6171, 6173, 6176, 6181, 6183, 6195, 6197, 6270, 6272, 6274, 6278, 6289, 6296, 6298, 6310, 6314, 6409, 6411, 6436, 6438, 6441, 6443, 6445, 6457, 6459]), Anchor::Lits(&[494, 508, 554, 555, 561, 2733, 2753, 2827, 2828, 2866, 2943, 2944, 2945, 2946, 2947, 2989, 3002, 3053, 3054, 3066, 4373, 4374, 4383, 4384, 4385, 6532, 6583, 6779, 6780, 6842]), Anchor::Lits(&[10154, 10163, 10175, 11074, 11075, 12929, 14447, 14552, 15029, 15243, 15253, 15354, 15473, 15558, 15659, 16211, 16744, 16879, 17313])]), Anchor::All(&[Anchor::Lits(&[12347, 12352, 13057, 14558, 17629]), Anchor::Lits(&[326, 1081, 2041, 4790, 7489]), Anchor::Lits(&[10154, 10175, 11075, 14294, 14447, 15029, 15243, 15253, 15354, 15558, 16211, 16474, 17313])])]), Anchor::Lits(&[29, 31, 35, 39, 42, 44, 46, 50, 52, 272, 274, 276, 278, 283, 285, 287, 289, 291, 6140, 6142, 6172, 6174, 6177, 6182, 6184, 6196, 6198, 6271, 6273, 6275, 6279, 6290, 6297, 6299, 6311, 6315, 6410, 6412, 6437, 6439, 6442, 6444, 6446, 6458, 6460, 10155, 10176, 11076, 14295, 14448, 15030, 15244, 15254, 15355, 15559, 16212, 16475, 17314])])),
            (136, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[447, 453, 460, 478, 482, 869, 2556, 2586, 3145, 3150, 3729, 3797, 3817, 5543, 5573, 7429]), Anchor::Lits(&[179, 180, 186, 187, 581, 582, 780, 783, 945, 946, 947, 973, 1130, 1131, 1135, 2488, 3369, 3370, 3461, 3462]), Anchor::Any(&[Anchor::Lits(&[8313, 8325, 8654, 8837, 10152, 10153, 10244, 10247, 10248, 10250, 10401, 10402, 10403, 10404, 10405, 10406, 10407, 10408, 10953, 10958, 10959, 10960, 10961, 10962, 10968, 10969, 10970, 11366, 14253, 14360, 14441, 14552, 14808, 15526, 15623, 16152, 16210, 17312, 17396]), Anchor::All(&[Anchor::Lits(&[11773]), Anchor::Lits(&[109, 204, 4424, 4627, 5467, 5999])]), Anchor::All(&[Anchor::Lits(&[6595, 6619, 6633, 6670, 6671, 6673, 6703, 6722, 6731, 6771, 6803, 6841, 6856]), Anchor::Lits(&[10034, 11001, 11073, 11380, 11597, 12968, 14659, 15637, 17368, 17511, 17582])])])])),
            (137, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8653, 12182, 12348, 13201, 17357]), Anchor::All(&[Anchor::Lits(&[9241, 9242, 9357, 10131, 11084, 12023, 12025, 12684, 13365, 15348, 15349, 15527, 16302, 17269, 18001, 18799]), Anchor::Lits(&[9078, 9366, 9609, 9782, 10505, 11070, 11433, 11509, 12347, 13052, 13057, 13202, 14369, 14472, 15560, 16189, 16348, 16477, 16592])])]), Anchor::Lits(&[255, 691, 692, 755, 1147, 1798, 2625, 2626, 2666, 2727, 3071, 3507, 3715, 5295, 5296, 5443, 5836, 6518, 6954, 7404, 8169]), Anchor::Lits(&[609, 773, 942, 1017, 1020, 1396, 1397, 1753, 1754, 1992, 1993, 2046, 2726, 3443, 3444, 3509, 4664, 4709, 5454, 5776, 5777, 5875, 6029, 6030, 6083, 12349, 17358])])),
            (138, "hijack-the-task", Anchor::Lits(&[8221, 8222, 8682, 8683, 8689, 8691, 8983, 8984, 9451, 9452, 9638, 9639, 9987, 9988, 12857, 12858, 12880, 12890, 14599, 14600, 14843, 14844, 14927, 14928, 14929, 14930, 15150, 15151, 15170, 15171, 15280, 15282, 16361, 16362, 16373, 16374, 16385, 16386, 16527, 16528, 16531, 16532, 17049, 17050, 17373, 17374, 17702, 17708, 17720, 17726])),
            (140, "instruction-field", Anchor::Any(&[Anchor::Lits(&[8436, 8437, 8441, 8448, 8461, 8462, 8463, 8464, 8481, 8482, 8486, 8498, 8511, 8512, 8513, 8518, 8993, 8994, 8998, 9010, 9023, 9024, 9025, 9026, 9396, 9397, 9401, 9413, 9426, 9427, 9428, 9429, 10007, 10008, 10009, 10016, 10029, 10030, 10031, 10032, 13071, 13072, 13073, 13074, 13075, 13076, 13077, 13078, 13311, 13312, 13316, 13328, 13341, 13342, 13343, 13344, 16449, 16453, 16457, 16462, 16463, 16465, 16468, 16471]), Anchor::All(&[Anchor::Lits(&[2049, 2050, 2051, 2052, 2053, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2065, 2066, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2124, 2128, 2129, 2137, 2138, 2162, 2163, 2165, 2167, 2168, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2180, 2181, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 6534, 6535, 6536, 6537, 6538, 6539, 6540, 6543, 6544, 6547, 6548, 6551, 6556, 6557, 6558, 6559, 6578, 6579, 6580, 6584, 6585, 6586, 6587, 6588, 6589, 6590, 6591, 6592, 6593, 6594, 6596, 6597, 6598, 6599, 6600, 6601, 6602, 6603, 6604, 6605, 6606, 6607, 6608, 6609, 6610, 6611, 6612, 6613, 6614, 6615, 6616, 6617, 6618, 6634, 6635, 6638, 6639, 6642, 6644, 6688, 6719, 6720, 6728, 6729, 6784, 6785, 6787, 6790, 6791, 6792, 6793, 6796, 6797, 6800, 6801, 6805, 6811, 6812, 6815, 6816, 6871, 6872, 6873, 6874, 6875, 6876, 6877, 6878, 6879, 6880, 6881, 6882, 6883, 6884, 6885, 6886, 6887, 6888, 6889, 6890, 6891, 6892, 6893, 6894, 6895, 6896, 6897, 6898, 6899, 6900, 6901, 6902]), Anchor::Lits(&[8358, 8359, 9754, 9763, 9770, 9778, 10386, 10388, 10391, 10393, 12603, 12605, 12615, 12636, 13272, 13275, 13368, 13369, 13885, 13888, 13891, 13894, 14228, 14229, 14241, 14250, 14840, 14845, 16526, 16529, 16530, 16533, 17305, 17308])])])),
            (143, "conceal-from-the-people", Anchor::Any(&[Anchor::Lits(&[389, 393, 794, 795, 796, 837, 840, 846, 3480, 3481, 3558, 3575, 3587, 4792, 4793, 4794, 5470, 5471, 10143, 10429, 10534, 10561, 10563, 10598, 10601, 10609, 10610, 10611, 10612, 10613, 10618, 10652, 10658, 10801, 10841, 10843, 10879, 10882, 10891, 10892, 10893, 10894, 10895, 10900, 10934, 10940, 13552, 13568, 13570, 13602, 13605, 13612, 13613, 13614, 13615, 13616, 13621, 13654, 13659, 14931, 15555, 16301, 18167, 18198, 18200, 18242, 18246, 18255, 18258, 18259, 18260, 18261, 18265, 18306, 18325]), Anchor::All(&[Anchor::Lits(&[8778, 8779, 8780, 8781, 8782, 8783, 8784, 8785, 8786, 11992, 11993, 11994, 11995, 11996, 11997, 11998, 11999, 12000, 13766, 13768, 13770, 13771, 13772, 13773, 13780, 13785, 13787, 13814, 13816, 13818, 13819, 13820, 13821, 13830, 13835, 13837, 13857, 13858, 13860, 13861, 13862, 13863, 13867, 13871, 13872, 14477, 14478, 14479, 14480, 14481, 14482, 14483, 14484, 14485, 16884, 16885, 16886, 16887, 16888, 16889, 16893, 16896, 16897, 16898, 16899, 16900, 16901, 16902, 16903, 16904, 16905, 16906, 16920, 16921, 16922, 16923, 16924, 16925, 16926, 16927, 16928, 16972, 16973, 16974, 16975, 16976, 16977, 16978, 16979, 16980, 17011, 17012, 17013, 17014, 17015, 17016, 17017, 17018, 17019, 17077, 17079, 17082, 17083, 17084, 17085, 17103, 17109, 17111, 17714, 17715, 17716, 17717, 17718, 17719, 17725, 17729, 17730]), Anchor::Lits(&[15931])])])),
            (144, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[1402, 1403, 1406, 1407, 1408, 2661, 2662, 5881, 7511, 7512, 7513, 7514, 7515, 7593, 7597, 7606, 7615, 7629, 18168, 18230, 18236, 18273, 18317, 18318, 18319]), Anchor::All(&[Anchor::Lits(&[332, 3963, 4402, 4948, 7606, 7672]), Anchor::Lits(&[9444, 9940, 13083, 16213]), Anchor::Lits(&[1132, 1730, 1929, 4980, 5156, 7045, 7675])]), Anchor::All(&[Anchor::Lits(&[332, 4948, 7031, 7672]), Anchor::Lits(&[771, 798, 1080, 2439, 3468, 5162, 5364, 5545, 5632, 5794]), Anchor::Lits(&[10034, 10980, 11380, 13293, 14882, 14885, 15108, 16446, 17511, 17582, 18358])]), Anchor::All(&[Anchor::Lits(&[2735, 2736, 2737, 2740, 2741, 2743, 2744, 2745, 2746, 2747, 2748, 2755, 2758, 2759, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2775, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2813, 2816, 2817, 2818, 2819, 2820, 2834, 2836, 2837, 2841, 2843, 2848, 2851, 2852, 2853, 2854, 2855, 2990, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999, 3000, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3031, 3033, 3043, 3044, 3045, 3046, 3047, 3048, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 6542, 6545, 6546, 6550, 6555, 6561, 6563, 6565, 6566, 6567, 6568, 6637, 6640, 6641, 6646, 6647, 6648, 6649, 6650, 6651, 6652, 6653, 6654, 6655, 6656, 6659, 6660, 6661, 6662, 6663, 6664, 6665, 6666, 6667, 6668, 6669, 6686, 6705, 6759, 6761, 6764, 6765, 6767, 6768, 6795, 6798, 6799, 6804, 6809, 6819, 6822, 6824, 6825, 6827, 6828]), Anchor::Lits(&[383, 1060, 1061, 1062, 1063, 1166, 3350, 4680, 4904, 5442, 6922]), Anchor::Lits(&[8385, 8845, 11077, 12414, 12547, 14450, 14884, 18357])])])),
            (148, "conceal-the-steps", Anchor::Lits(&[267, 908, 1148, 1382, 2026, 2027, 2932, 4532, 4533, 4534, 4535, 4544, 4549, 4550, 4551, 4554, 5011, 5449, 5629, 7406, 8169, 10573, 10597, 10603, 10605, 10608, 10630, 10633, 10637, 10644, 10854, 10878, 10884, 10886, 10890, 10912, 10915, 10919, 10926, 12363, 12364, 12365, 12366, 12369, 12370, 12371, 12372, 12381, 12382, 12393, 12394, 12395, 12396, 12397, 12398, 12548, 12549, 12550, 12551, 12552, 12553, 12554, 12555, 12556, 12557, 12558, 12559, 12560, 12561, 12562, 12563, 12668, 12669, 12670, 12671, 12672, 12673, 12674, 12675, 12676, 12677, 12678, 12679, 12680, 12681, 12682, 12683, 13581, 13601, 13607, 13609, 13611, 13630, 13634, 13638, 13646, 13732, 15691, 15694, 18251, 18262, 18286, 18293, 18298])),
            (150, "assert-a-falsehood", Anchor::Lits(&[580, 969, 1052, 3576, 4069, 4852, 5167, 5416, 5819, 6056, 6059, 6060, 6061, 6062, 6063, 6064, 6065, 6066, 6067, 6068, 6069, 6070, 6071, 6072, 6073, 6075, 6076, 7680])),
            (151, "user-kept-out-of-the-loop", Anchor::Any(&[Anchor::Lits(&[219, 220, 222, 223, 224, 225, 354, 355, 356, 357, 359, 360, 495, 496, 498, 499, 500, 501, 502, 503, 504, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 522, 537, 540, 545, 546, 548, 549, 550, 1840, 1842, 1843, 1844, 1845, 1847, 10538, 10542, 10562, 10567, 10568, 10599, 10619, 10653, 10806, 10810, 10842, 10847, 10848, 10880, 10901, 10935, 13373, 13374, 13375, 13376, 13377, 13378, 13379, 13380, 13382, 13383, 13384, 13385, 13386, 13387, 13388, 13389, 13498, 13499, 13500, 13501, 13502, 13503, 13504, 13505, 13506, 13507, 13508, 13509, 13510, 13511, 13512, 13513, 13555, 13560, 13569, 13574, 13575, 13603, 13622, 13655, 13732, 15693, 15695, 15696, 15697, 15698, 15702, 15703, 15705, 15708, 15709, 15710, 15711, 15712, 15716, 15717, 15719]), Anchor::All(&[Anchor::Lits(&[392, 1799, 2430, 2432, 5611, 7015]), Anchor::Lits(&[10535, 10579, 10590, 10591, 10645, 10654, 10714, 10720, 10723, 10724, 10731, 10732, 10774, 10782, 10785, 10786, 10794, 10795, 10802, 10860, 10871, 10872, 10927, 10936, 13553, 13587, 13595, 13596, 13647, 13656, 15692, 15699, 15700, 15701, 15704, 15706, 15707, 15713, 15714, 15715, 15718, 15720, 18050, 18055, 18058, 18059, 18070, 18071, 18327, 18332, 18335, 18336, 18347, 18348])])])),
            (152, "kept-from-the-record", Anchor::Lits(&[1540, 1541, 1543, 1544, 1546, 1550, 1553, 1583, 1584, 1586, 1587, 1589, 1593, 1596, 1646, 1648, 1652, 1654, 1655, 1656, 1659, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 3730, 3731, 3733, 3734, 3736, 3740, 3743, 3775, 3777, 3782, 3784, 3786, 3790, 3795, 3799, 3800, 3802, 3803, 3805, 3809, 3812, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4545, 4546, 4547, 4548, 4552, 4553, 4555, 5576, 5577, 5579, 5580, 5582, 5586, 5589, 5591, 5592, 5594, 5595, 5597, 5601, 5604, 7437, 7438, 7442, 7446, 7448, 7454, 7464, 7637, 7638, 7642, 7646, 7648, 7654, 7664, 8360, 8361, 8362, 8363, 8364, 8365, 9497, 9498, 9499, 9500, 9501, 9502, 9568, 9569, 9570, 9571, 9572, 9573, 9766, 9767, 9768, 9769, 9780, 9781, 13823, 13828, 14005, 14006, 14007, 14008, 14009, 14010, 14011, 14012, 14013, 14014, 14015, 14016, 14017, 14018, 14019, 14020, 14021, 14022, 14888, 14889, 14890, 14891, 14903, 14904, 16091, 16092, 16093, 16094, 16274, 16275, 16276, 16277, 16286, 16287, 16303, 16304, 16305, 16306, 16307, 16308])),
            (154, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[10972, 11715, 11745, 12136, 12179, 12242, 12957, 14038, 14293, 14349, 14535, 14547, 14549, 14797, 14851, 14852, 18362]), Anchor::Lits(&[584, 589, 590, 591, 592, 593, 594, 595, 596, 626, 627, 628, 629, 630, 631, 632, 633, 634, 2048, 2130, 2132, 2133, 2134, 2135, 2136, 2139, 2141, 2733, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2989, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3758, 3759, 3760, 3761, 3762, 3763, 3764, 3765, 3766, 4302, 4328, 4329, 4330, 4331, 4332, 4333, 4334, 4335, 4373, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4634, 4635, 4636, 4637, 4638, 4639, 4640, 4641, 4642, 4816, 4817, 4818, 4819, 4820, 4821, 4822, 4823, 4824, 6532, 6721, 6723, 6724, 6725, 6726, 6727, 6730, 6732, 7146, 7166, 7167, 7168, 7169, 7170, 7171, 7172, 7173]), Anchor::Lits(&[9224, 9225, 9999, 10033, 10252, 10979, 11367, 11379, 11596, 12967, 13113, 13292, 13367, 14658, 14881, 14884, 15107, 15492, 15636, 15677, 15689, 16347, 16445, 17367, 17510, 17581, 18357])]), Anchor::All(&[Anchor::Lits(&[14536, 14546, 14548, 14797]), Anchor::Lits(&[8324, 9445, 9848, 10324, 10947, 11073, 11085, 11491, 12413, 12958, 13110, 15131, 15147, 15657, 15678, 15808, 16344]), Anchor::Lits(&[683, 685, 1132, 1730, 1768, 1918, 1929, 2274, 3382, 3680, 3719, 4975, 5156, 5475, 5545, 5568, 5873, 5997, 6961, 7045, 7076])])]), Anchor::Lits(&[684, 686, 1127, 1133, 1247, 1731, 1769, 1919, 1930, 2275, 3383, 3496, 3681, 3720, 4748, 4754, 4755, 4811, 4902, 4976, 4981, 5157, 5406, 5476, 5478, 5546, 5569, 5874, 5998, 6962, 7046, 7077, 7676])])),
            (157, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[9993, 9994, 9995, 9996, 9997, 9998, 10511, 10512, 10513, 10514, 10515, 10516, 10517, 10518, 10519, 10520, 10521, 10522, 10523, 10524, 10525, 10526, 10527, 10528, 12003, 12004, 12005, 12006, 12007, 12008, 12173, 12174, 12175, 12176, 12177, 12178, 14457, 14458, 14459, 14460, 14461, 14462, 14911, 14912, 14913, 14914, 14915, 14916, 14919, 14920, 14921, 14922, 14923, 14924, 15042, 15043, 15044, 15045, 15046, 15047, 16351, 16352, 16353, 16354, 16355, 16356, 17630, 17631, 17632, 17633, 17634, 17635, 17636, 17637, 17638, 17693, 17694, 17695]), Anchor::Lits(&[9479, 11431, 13094, 14553, 15149])])),
            (158, "ship-whole-table-to-own-endpoint", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[25, 26, 27, 268, 269, 270, 279, 280, 281, 338, 340, 346, 3754, 3755, 3756, 5750, 5751, 5752]), Anchor::All(&[Anchor::Lits(&[17278, 17283, 17288, 17294, 17297, 17299, 18088, 18093, 18098, 18116, 18140, 18142]), Anchor::Lits(&[8242, 8245, 8253, 8665, 8672, 8695, 13392, 16162, 16833]), Anchor::Any(&[Anchor::Lits(&[8241, 8244, 8252, 8664, 8671, 8694, 13391, 16161, 16832]), Anchor::All(&[Anchor::Lits(&[2754]), Anchor::Lits(&[8234, 8662])])])])]), Anchor::Lits(&[988, 1133, 1919, 1930, 2275, 3383, 3681, 4763, 4811, 4976, 5157, 5476, 5546, 5569, 5874, 5998, 6962, 7077])])),
            (159, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[8319, 8320, 8838, 8840, 9247, 10155, 13929, 14440, 14442, 14448, 14454, 14464, 14809, 14810, 15048, 15527, 15559, 15660]), Anchor::Lits(&[924, 1385, 1731, 1749, 1769, 2444, 4558, 4690, 4811, 4886, 5054, 5245, 5250, 5476, 5546, 5605, 6055, 7022]), Anchor::Lits(&[544, 681, 2047, 2303, 2622, 2732, 2988, 4129, 4301, 5681, 6531, 7050, 7052, 7129])])),
            (160, "keep-it-from-security", Anchor::Any(&[Anchor::Lits(&[9201, 9202, 9203, 9204, 9211, 9212, 9213, 9214, 9215, 9216, 9217, 9218, 9457, 9458, 9459, 9460, 9461, 9462, 9468, 9469, 9470, 9471, 9472, 9473, 10688, 10689, 10690, 10691, 10692, 10693, 10694, 10695, 10696, 10697, 10698, 10699, 11721, 11722, 11723, 11724, 11725, 11726, 11737, 11738, 11739, 11740, 11741, 11742, 15811, 15812, 15827, 15835, 15855, 15857, 15871, 15872, 15873, 15874, 15875, 15876]), Anchor::All(&[Anchor::Lits(&[9350, 10531, 10798, 12996, 12997, 13541, 13732, 13790, 18162]), Anchor::Lits(&[190, 197, 570, 577, 781, 782, 925, 926, 2422, 2436, 2916, 2925, 3086, 3087, 3414, 3484, 3485, 3559, 3577, 3588, 3590, 3591, 3592, 4084, 4085, 6055, 6079, 7220, 7221]), Anchor::Lits(&[8409, 8866, 8913, 9476, 9560, 9635, 9790, 10181, 10946, 11748, 12472, 12729, 12980, 13176, 13432, 14288, 14796, 15525, 15745, 15759, 16151, 16841])])])),
            (161, "send-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1064, 1403, 1407, 1409, 1410, 5252, 5735]), Anchor::All(&[Anchor::Lits(&[9246, 10161, 11365, 14554, 14658, 14881, 15636, 16347, 17375, 17581]), Anchor::Lits(&[0, 2, 15, 17, 18, 19, 20, 21, 22, 23]), Anchor::Lits(&[8223, 8224, 8225, 8227, 8228, 8229, 8230, 8231, 8232, 8233])]), Anchor::All(&[Anchor::Lits(&[6541, 6554, 6560, 6562, 6569, 6572, 6636, 6704, 6732, 6755, 6760, 6769, 6794, 6808, 6817, 6820, 6832, 6840, 6870]), Anchor::Any(&[Anchor::Lits(&[9448, 12651, 13676, 14556, 15152, 17858]), Anchor::All(&[Anchor::Lits(&[1380, 5672, 6052, 7296]), Anchor::Lits(&[13392])])])])]), Anchor::Lits(&[1381, 5673, 6053, 7297, 8223, 8224, 8225, 8227, 8228, 8229, 8230, 8231, 8232, 8233, 9449, 12652, 13677, 14071, 14072, 14073, 14074, 14075, 14076, 14077, 14078, 14079, 14080, 14081, 14082, 14083, 14084, 14085, 14086, 14087, 14088, 14089, 14090, 14091, 14092, 14093, 14094, 14095, 14096, 14097, 14098, 14099, 14100, 14101, 14102, 14143, 14144, 14145, 14146, 14147, 14148, 14149, 14150, 14152, 14163, 14164, 14165, 14166, 14167, 14170, 14171, 14174, 14175, 14176, 14177, 14178, 14179, 14180, 14181, 14182, 14183, 14184, 14185, 14186, 14187, 14188, 14189, 14315, 14316, 14317, 14318, 14319, 14557, 15153, 17239, 17240, 17241, 17242, 17243, 17734, 17735, 17736, 17737, 17738, 17796, 17797, 17798, 17799, 17800, 17859])])),
            (162, "send-outside-the-company", Anchor::Lits(&[1937, 1939, 1940, 1941, 1943, 1944, 2471, 6377, 6378, 6379, 6380, 6381, 6382, 14312, 14537, 14538, 14539, 14540, 14541, 14542, 14543, 14544, 14709, 14860, 14861, 14862, 14863, 14864, 14865, 14866, 14867])),
            (163, "disclose-secret-values", Anchor::Any(&[Anchor::Lits(&[979, 984, 1221, 4780, 4781, 7038, 7050, 7052, 12416, 12417, 12418, 12419, 12420, 12421, 12422, 12423, 12424, 12425, 12426, 12427, 12428, 12429, 12430, 12431, 12432, 12433, 12434, 12435, 12436, 12437, 12438, 12439, 12440, 12441, 12442, 12443, 12444, 12445, 12446, 12447, 12448, 12449, 12450, 12451]), Anchor::All(&[Anchor::Lits(&[1812, 1813, 1814, 1816, 1819, 4887]), Anchor::Lits(&[10437, 10979, 11061, 11701, 12414, 13058, 14294, 14450, 14749, 15267, 15636, 15721, 16550]), Anchor::Lits(&[325, 1164, 3347, 4680, 5442, 6922, 7563, 7743, 7757])]), Anchor::All(&[Anchor::Lits(&[1087, 1093, 7121, 7122]), Anchor::Lits(&[86, 383, 4676, 4680, 4904, 5442, 6922]), Anchor::Lits(&[8386, 11062, 11700, 12415, 14451, 14750, 14885, 15259, 15268, 15637, 15722, 16535, 18358])]), Anchor::All(&[Anchor::Lits(&[8841, 9739, 13928, 14439, 15528, 15541]), Anchor::Lits(&[10438, 10980, 11381, 11700, 14295, 14451, 14750, 14982, 15268, 15637, 15678, 15722, 16535])]), Anchor::All(&[Anchor::Lits(&[9576, 9589, 9610, 9613, 10380, 10381, 13000, 13001]), Anchor::Lits(&[8837, 14439, 14441, 14453, 14808, 15526, 17312])])])),
            (164, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8387, 10146, 10147, 10148, 10149, 10150, 10151, 10248, 10950, 10953, 10954, 10955, 10959, 10961, 10963, 10964, 11384, 11385, 11386, 11532, 11697, 11698, 12482, 13873, 14346, 14347, 14875, 14883, 14983, 15186, 15256, 15318, 16360, 17396]), Anchor::All(&[Anchor::Lits(&[11773]), Anchor::Lits(&[109, 221, 2731, 4424, 4627, 5467, 5999, 7099])]), Anchor::All(&[Anchor::Lits(&[2752, 2812, 2821, 2824, 2872, 3001, 3042, 3051, 3052, 3067, 6242, 6286, 6300, 6305, 6334, 6574, 6758, 6773, 6778, 6869]), Anchor::Lits(&[8385, 8981, 9074, 11699, 13367, 14836, 14884])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8226, 8634, 9083, 9087, 9122, 9796, 12697, 12985, 13208, 13291, 13370, 13533, 14445, 14446, 15658, 17412]), Anchor::All(&[Anchor::Lits(&[13532]), Anchor::Lits(&[12244, 18361])]), Anchor::All(&[Anchor::Lits(&[15353]), Anchor::Lits(&[12244, 18361])])]), Anchor::Lits(&[16, 246, 616, 623, 642, 643, 1030, 3088, 3089, 3402, 3510, 3678, 3724, 3823, 3824, 3825, 4683, 4684, 5301, 5302, 5495, 5496, 7021]), Anchor::Lits(&[9455, 10242, 10290, 10399, 10411, 10948, 11363, 13004, 13095, 15072, 15080, 15088, 16412, 16418, 16491, 17404, 17430, 17565])]), Anchor::All(&[Anchor::Lits(&[176, 625, 985, 1077, 1101, 1178, 1934, 2265, 2293, 2984, 2986, 4563, 4572, 4665, 4875, 4918, 5055, 5189, 5917, 6375, 6376, 7125]), Anchor::Lits(&[9740, 10033, 10979, 11379, 11596, 11699, 13113, 13367, 14658, 14881, 15107, 15636, 15677, 15679, 17367, 17510, 17581]), Anchor::Lits(&[2047, 2988, 6531, 7489])]), Anchor::All(&[Anchor::Lits(&[333, 337, 340, 342, 345, 346, 1936, 1938, 1942, 1945, 1946, 1947, 4565, 4566, 4567, 4568, 4569, 4570, 5056, 5057, 5058, 5059, 5060, 5061]), Anchor::Lits(&[17279, 17280, 17281, 17282, 17284, 17285, 17286, 17287, 17289, 17291, 17295, 17296, 17298, 17300, 17301, 17302, 18089, 18090, 18091, 18092, 18094, 18095, 18096, 18097, 18099, 18115, 18138, 18139, 18141, 18143, 18144, 18145])]), Anchor::All(&[Anchor::Lits(&[585, 586, 587, 588, 597, 598, 3003, 3029, 3030, 3032, 3049, 3050, 6633, 6671, 6673, 6703, 6771, 6772]), Anchor::Lits(&[10034, 11597, 13114, 14659, 14882, 15637, 15678, 17582])]), Anchor::All(&[Anchor::Lits(&[109, 4424, 5467, 5999, 7099]), Anchor::Lits(&[8324, 8390, 13088, 17692]), Anchor::Lits(&[8386, 10145, 13120, 14853, 15668, 15669])]), Anchor::All(&[Anchor::Lits(&[14451, 14659, 14869, 15637, 15678]), Anchor::Lits(&[383, 1166, 3350, 4680, 6922])]), Anchor::All(&[Anchor::Lits(&[6573, 6766, 6781, 6826, 7490, 7523, 7536, 7542]), Anchor::Lits(&[17640]), Anchor::Lits(&[15678])]), Anchor::All(&[Anchor::Lits(&[10949]), Anchor::Lits(&[1198, 1201, 5433, 6026, 7229])]), Anchor::All(&[Anchor::Lits(&[11147, 13915, 13965, 18072]), Anchor::Lits(&[10175, 10190, 12079, 13090, 15029, 15354, 15509, 16474])]), Anchor::All(&[Anchor::Lits(&[10243, 10949, 14876, 15081, 17397, 18072]), Anchor::Lits(&[204, 1734, 1808, 1838, 7423])])]), Anchor::Any(&[Anchor::Lits(&[812, 2814, 2917, 3179, 3181, 3183, 3184, 3186, 3190, 3193, 3195, 3197, 3199, 3200, 3201, 3203, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3277, 3279, 3281, 3282, 3284, 3288, 3291, 3293, 3295, 3297, 3298, 3299, 3301, 4419, 6144, 6146, 6148, 6149, 6151, 6155, 6158, 6160, 6162, 6164, 6165, 6166, 6168, 6216, 6218, 6220, 6221, 6223, 6227, 6230, 6232, 6234, 6236, 6237, 6238, 6240, 7051, 7128, 8420, 8645, 8646, 8647, 8648, 8649, 8650, 8651, 8652, 9889, 9893, 9894, 9895, 9896, 9897, 9968, 9969, 9970, 9971, 9972, 9973, 9974, 9975, 9976, 9977, 9978, 9979, 10624, 10906, 11610, 11867, 11868, 11869, 11870, 11871, 11872, 12011, 12012, 12013, 12014, 12015, 12016, 12017, 12018, 12019, 12459, 12460, 12461, 12462, 12463, 12464, 12465, 12466, 12471, 12576, 12577, 12578, 12579, 12580, 12581, 12582, 12583, 12584, 12585, 12586, 12587, 12592, 12643, 12644, 12645, 12646, 12647, 12648, 13682, 13730, 13807, 14031, 14032, 14033, 14034, 14035, 14036, 14215, 14216, 14217, 14218, 14219, 14220, 14221, 14222, 14396, 14405, 14438, 14986, 14990, 14991, 14992, 14993, 14994, 15074, 15670, 15671, 15672, 15673, 15674, 15675, 15856, 15948, 15949, 15950, 15951, 15952, 15953, 15954, 15956, 15957, 15961, 15962, 15963, 15964, 15965, 15966, 15967, 15968, 15969, 16065, 16066, 16067, 16068, 16069, 16070, 16071, 16072, 16073, 16115, 16116, 16117, 16118, 16119, 16120, 16121, 16122, 16123, 16124, 16125, 16126, 16127, 16128, 16129, 16130, 16131, 16132, 16133, 16134, 16135, 16136, 16137, 16138, 16139, 16140, 16141, 16142, 16143, 16144, 16145, 16146, 16147, 16148, 16149, 16150, 17009, 17061, 17062, 17063, 17064, 17065, 17066, 17067, 17068, 17069, 17317, 17531, 17532, 17533, 17534, 17535, 17536, 17537, 17538, 17753, 17754, 17755, 17756, 17757, 17758, 17759, 17760, 17983, 17984, 17985, 17986, 17987, 17988, 17989, 17990, 17991, 18037, 18041, 18042, 18043, 18044, 18045, 18166, 18220, 18268, 18281, 18316]), Anchor::All(&[Anchor::Lits(&[7273, 7278, 7285, 7286, 7287, 7288, 7289, 7291, 7304, 7310, 7712, 7738, 7745, 7788, 8127]), Anchor::Lits(&[8470, 9070, 9071, 9887, 13246, 15463, 15493, 16588, 16589, 17319, 17327, 17328])]), Anchor::All(&[Anchor::Lits(&[8323, 8948, 14026, 14486]), Anchor::Lits(&[90, 5152, 5393, 5740, 5918])]), Anchor::All(&[Anchor::Lits(&[91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 5394, 5395, 5396, 5397, 5398, 5399, 5400, 5401, 5402, 5741, 5742, 5743, 5744, 5745, 5746, 5747, 5748, 5749, 5919, 5920, 5921, 5922, 5923, 5924, 5925, 5926, 5927, 5928, 5929, 5930, 5931, 5932, 5933, 5934, 5935, 5936, 5937, 5938, 5939, 5940, 5941, 5942, 5943, 5944, 5945, 5946, 5947, 5948, 5949, 5950, 5951, 5952, 5953, 5954]), Anchor::Lits(&[15886, 15887, 15921, 15924, 15927, 16680, 16681, 16930, 16945, 16946, 17022, 17023, 17024, 17025, 17026, 17027, 17028, 17029, 17030, 17031, 17033, 17034, 17035, 17036, 17037, 17748, 17749, 17750, 17751, 17752])]), Anchor::All(&[Anchor::Lits(&[440, 571, 578, 645, 663, 970, 971, 982, 1054, 2948, 2963, 3401, 3813, 5078, 5170, 5171, 5379, 5407, 5625, 6080, 6925, 7227, 7685]), Anchor::Lits(&[8429, 9089, 9738, 9939, 9965, 10162, 11383, 11595, 11627, 12649, 12653, 14312, 14314, 14372, 14736, 14823, 15183, 16405, 17114, 17115, 17747])]), Anchor::All(&[Anchor::Lits(&[206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 3178, 3180, 3182, 3185, 3187, 3188, 3189, 3191, 3192, 3194, 3196, 3198, 3202, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3276, 3278, 3280, 3283, 3285, 3286, 3287, 3289, 3290, 3292, 3294, 3296, 3300, 6143, 6145, 6147, 6150, 6152, 6153, 6154, 6156, 6157, 6159, 6161, 6163, 6167, 6215, 6217, 6219, 6222, 6224, 6225, 6226, 6228, 6229, 6231, 6233, 6235, 6239, 6413, 6414, 6415, 6417, 6418, 6419, 6421, 6423, 6424, 6425, 6426, 6427, 6429, 6461, 6462, 6463, 6464, 6465, 6466, 6467, 6468, 6469, 6470, 6471, 6472, 6473, 7270, 7271, 7272, 7274, 7275, 7276, 7277, 7279, 7280, 7281, 7282, 7283, 7284, 7301, 7302, 7303, 7305, 7306, 7307, 7309, 7312, 7316, 7318, 7320, 7323, 7327, 7709, 7710, 7711, 7713, 7715, 7716, 7717, 7720, 7721, 7722, 7723, 7726, 7730, 8124, 8125, 8126, 8128, 8130, 8131, 8132, 8135, 8136, 8137, 8138, 8140, 8142]), Anchor::Lits(&[9070, 9071, 9887, 12566, 12567, 14835, 15463, 15496, 16444, 17319, 17328])]), Anchor::All(&[Anchor::Lits(&[9792, 9793, 9794, 9797, 9798, 9799, 9800, 9805, 12474, 12475, 12476, 12477, 12478, 12479, 12480, 12481, 12730, 12731, 12732, 12743, 12744, 12761, 12764, 12765, 12982, 12983, 12984, 12986, 12987, 12988, 12989, 12991, 13178, 13179, 13180, 13181, 13182, 13183, 13184, 13185, 13434, 13435, 13436, 13437, 13438, 13439, 13440, 13441, 15565, 15567, 15569, 15584, 15585, 15586, 15593, 15602, 15603, 15604, 15605, 15612, 15613, 15614, 15616, 15617, 16786, 16787, 16788, 16789, 16790, 16791, 16792, 16793, 16881, 16882, 16883, 16890, 16891, 16892, 16894, 16895]), Anchor::Lits(&[13247, 15464, 15497, 17320, 17329])]), Anchor::All(&[Anchor::Lits(&[801, 802, 803, 804, 805, 806, 807, 808, 812, 815, 816, 817, 818, 819, 820, 821, 822, 826, 827, 2734, 2738, 2742, 2750, 2757, 2761, 2762, 2774, 2815, 2822, 2823, 2825, 2826, 2833, 2842, 2844, 2849, 2873, 2903, 4303, 4304, 4305, 4306, 4320, 4322, 4323, 4324, 4338, 4339, 4340, 4341, 4342, 4347, 4348, 4349, 4350, 4354, 4357, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4582, 4583, 4584, 4585, 4586, 4589, 4590, 4591, 4592, 4596, 4598, 7148, 7149, 7153, 7157, 7159, 7160, 7161, 7162, 7181, 7184, 7186, 7187, 7188, 7190, 7192, 7195, 7196, 7207, 7208]), Anchor::Lits(&[8470, 8889, 9131, 9144, 9365, 9724, 9904, 11787, 11788, 13982, 13983, 13992, 15745, 15750])]), Anchor::All(&[Anchor::Lits(&[450, 456, 983, 2407, 2541, 2566, 3102, 3109, 3358, 4269, 4270, 5380, 5381, 5382, 5625]), Anchor::Lits(&[9080, 9555, 9557, 9636, 9791, 10160, 10177, 11455, 11685, 12181, 12473, 12966, 12981, 13177, 13433, 15564, 16785, 16831, 16880])]), Anchor::All(&[Anchor::Lits(&[8867, 8868, 8869, 8872, 9127, 9128, 9129, 9130, 9140, 9141, 9142, 9143, 11716, 11717, 11718, 11719, 14498, 14499, 14500, 14501, 15746, 15747, 15748, 15749]), Anchor::Lits(&[9089, 9377, 9554, 9556, 9635, 9738, 9939, 9992, 10118, 10159, 12001, 12964, 12980, 13186, 14350, 14372, 15563, 17747, 17804])]), Anchor::All(&[Anchor::Lits(&[8323, 8948, 8949, 9454, 14027, 14486]), Anchor::Lits(&[8429, 9089, 9738, 9939, 9965, 10162, 11383, 11595, 11627, 11684, 12649, 12653, 12985, 14312, 14314, 14372, 14736, 14823, 15183, 16405, 17114, 17115, 17747])]), Anchor::All(&[Anchor::Lits(&[9619, 9620, 9621, 9622, 9783, 9784, 9785, 9786, 9890, 9891, 9892, 9898, 9961, 9962, 9963, 9964, 10507, 10508, 10509, 10510, 10673, 10674, 10675, 10676, 10677, 10678, 10679, 10680, 11825, 11826, 11827, 11828, 11866, 11873, 11874, 11875, 12611, 12616, 12628, 12637, 13115, 13116, 13117, 13118, 13271, 13273, 13274, 13276, 13884, 13886, 13887, 13889, 13890, 13892, 13893, 13895, 14661, 14662, 14663, 14664, 14871, 14872, 14873, 14874, 14987, 14988, 14989, 14995, 15421, 15422, 15423, 15424, 15520, 15521, 15522, 15523, 16197, 16198, 16199, 16200, 17254, 17255, 17256, 17257, 17304, 17306, 17307, 17309, 18034, 18035, 18036, 18038, 18039, 18040, 18046, 18047]), Anchor::Lits(&[8429, 9089, 9738, 9939, 9965, 10162, 11382, 11589, 11627, 12649, 12653, 14311, 14314, 14372, 14736, 14823, 15183, 16405, 17114, 17115, 17502, 17747])]), Anchor::All(&[Anchor::Lits(&[8429, 9089, 9738, 9939, 9965, 10162, 11383, 11595, 11627, 12649, 12653, 14312, 14314, 14372, 14736, 14823, 15183, 16405, 17114, 17115, 17747]), Anchor::Lits(&[955, 1016, 1057, 1100, 1400, 1519, 1768, 1957, 2516, 2538, 2970, 3495, 3659, 4068, 4827, 4956, 5064, 5333, 5439, 5780, 6049, 6516, 6920, 6932, 7427])])])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8387, 10146, 10147, 10148, 10149, 10150, 10151, 10248, 10950, 10953, 10954, 10955, 10959, 10961, 10963, 10964, 11384, 11385, 11386, 11532, 11697, 11698, 12482, 13873, 14346, 14347, 14875, 14883, 14983, 15186, 15256, 15318, 16360, 17396]), Anchor::All(&[Anchor::Lits(&[11773]), Anchor::Lits(&[109, 221, 2731, 4424, 4627, 5467, 5999, 7099])]), Anchor::All(&[Anchor::Lits(&[2752, 2812, 2821, 2824, 2872, 3001, 3042, 3051, 3052, 3067, 6242, 6286, 6300, 6305, 6334, 6574, 6758, 6773, 6778, 6869]), Anchor::Lits(&[8385, 8981, 9074, 11699, 13367, 14836, 14884])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8226, 8634, 9083, 9087, 9122, 9796, 12697, 12985, 13208, 13291, 13370, 13533, 14445, 14446, 15658, 17412]), Anchor::All(&[Anchor::Lits(&[13532]), Anchor::Lits(&[12244, 18361])]), Anchor::All(&[Anchor::Lits(&[15353]), Anchor::Lits(&[12244, 18361])])]), Anchor::Lits(&[16, 246, 616, 623, 642, 643, 1030, 3088, 3089, 3402, 3510, 3678, 3724, 3823, 3824, 3825, 4683, 4684, 5301, 5302, 5495, 5496, 7021]), Anchor::Lits(&[9455, 10242, 10290, 10399, 10411, 10948, 11363, 13004, 13095, 15072, 15080, 15088, 16412, 16418, 16491, 17404, 17430, 17565])]), Anchor::All(&[Anchor::Lits(&[176, 625, 985, 1077, 1101, 1178, 1934, 2265, 2293, 2984, 2986, 4563, 4572, 4665, 4875, 4918, 5055, 5189, 5917, 6375, 6376, 7125]), Anchor::Lits(&[9740, 10033, 10979, 11379, 11596, 11699, 13113, 13367, 14658, 14881, 15107, 15636, 15677, 15679, 17367, 17510, 17581]), Anchor::Lits(&[2047, 2988, 6531, 7489])]), Anchor::All(&[Anchor::Lits(&[333, 337, 340, 342, 345, 346, 1936, 1938, 1942, 1945, 1946, 1947, 4565, 4566, 4567, 4568, 4569, 4570, 5056, 5057, 5058, 5059, 5060, 5061]), Anchor::Lits(&[17279, 17280, 17281, 17282, 17284, 17285, 17286, 17287, 17289, 17291, 17295, 17296, 17298, 17300, 17301, 17302, 18089, 18090, 18091, 18092, 18094, 18095, 18096, 18097, 18099, 18115, 18138, 18139, 18141, 18143, 18144, 18145])]), Anchor::All(&[Anchor::Lits(&[585, 586, 587, 588, 597, 598, 3003, 3029, 3030, 3032, 3049, 3050, 6633, 6671, 6673, 6703, 6771, 6772]), Anchor::Lits(&[10034, 11597, 13114, 14659, 14882, 15637, 15678, 17582])]), Anchor::All(&[Anchor::Lits(&[109, 4424, 5467, 5999, 7099]), Anchor::Lits(&[8324, 8390, 13088, 17692]), Anchor::Lits(&[8386, 10145, 13120, 14853, 15668, 15669])]), Anchor::All(&[Anchor::Lits(&[14451, 14659, 14869, 15637, 15678]), Anchor::Lits(&[383, 1166, 3350, 4680, 6922])]), Anchor::All(&[Anchor::Lits(&[6573, 6766, 6781, 6826, 7490, 7523, 7536, 7542]), Anchor::Lits(&[17640]), Anchor::Lits(&[15678])]), Anchor::All(&[Anchor::Lits(&[10949]), Anchor::Lits(&[1198, 1201, 5433, 6026, 7229])]), Anchor::All(&[Anchor::Lits(&[11147, 13915, 13965, 18072]), Anchor::Lits(&[10175, 10190, 12079, 13090, 15029, 15354, 15509, 16474])]), Anchor::All(&[Anchor::Lits(&[10243, 10949, 14876, 15081, 17397, 18072]), Anchor::Lits(&[204, 1734, 1808, 1838, 7423])])]), Anchor::Any(&[Anchor::Lits(&[812, 2814, 2917, 3179, 3181, 3183, 3184, 3186, 3190, 3193, 3195, 3197, 3199, 3200, 3201, 3203, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3277, 3279, 3281, 3282, 3284, 3288, 3291, 3293, 3295, 3297, 3298, 3299, 3301, 4419, 6144, 6146, 6148, 6149, 6151, 6155, 6158, 6160, 6162, 6164, 6165, 6166, 6168, 6216, 6218, 6220, 6221, 6223, 6227, 6230, 6232, 6234, 6236, 6237, 6238, 6240, 7051, 7128, 8420, 8645, 8646, 8647, 8648, 8649, 8650, 8651, 8652, 9889, 9893, 9894, 9895, 9896, 9897, 9968, 9969, 9970, 9971, 9972, 9973, 9974, 9975, 9976, 9977, 9978, 9979, 10624, 10906, 11610, 11867, 11868, 11869, 11870, 11871, 11872, 12011, 12012, 12013, 12014, 12015, 12016, 12017, 12018, 12019, 12459, 12460, 12461, 12462, 12463, 12464, 12465, 12466, 12471, 12576, 12577, 12578, 12579, 12580, 12581, 12582, 12583, 12584, 12585, 12586, 12587, 12592, 12643, 12644, 12645, 12646, 12647, 12648, 13682, 13730, 13807, 14031, 14032, 14033, 14034, 14035, 14036, 14215, 14216, 14217, 14218, 14219, 14220, 14221, 14222, 14396, 14405, 14438, 14986, 14990, 14991, 14992, 14993, 14994, 15074, 15670, 15671, 15672, 15673, 15674, 15675, 15856, 15948, 15949, 15950, 15951, 15952, 15953, 15954, 15956, 15957, 15961, 15962, 15963, 15964, 15965, 15966, 15967, 15968, 15969, 16065, 16066, 16067, 16068, 16069, 16070, 16071, 16072, 16073, 16115, 16116, 16117, 16118, 16119, 16120, 16121, 16122, 16123, 16124, 16125, 16126, 16127, 16128, 16129, 16130, 16131, 16132, 16133, 16134, 16135, 16136, 16137, 16138, 16139, 16140, 16141, 16142, 16143, 16144, 16145, 16146, 16147, 16148, 16149, 16150, 17009, 17061, 17062, 17063, 17064, 17065, 17066, 17067, 17068, 17069, 17317, 17531, 17532, 17533, 17534, 17535, 17536, 17537, 17538, 17753, 17754, 17755, 17756, 17757, 17758, 17759, 17760, 17983, 17984, 17985, 17986, 17987, 17988, 17989, 17990, 17991, 18037, 18041, 18042, 18043, 18044, 18045, 18166, 18220, 18268, 18281, 18316]), Anchor::All(&[Anchor::Lits(&[7273, 7278, 7285, 7286, 7287, 7288, 7289, 7291, 7304, 7310, 7712, 7738, 7745, 7788, 8127]), Anchor::Lits(&[8470, 9070, 9071, 9887, 13246, 15463, 15493, 16588, 16589, 17319, 17327, 17328])]), Anchor::All(&[Anchor::Lits(&[8323, 8948, 14026, 14486]), Anchor::Lits(&[90, 5152, 5393, 5740, 5918])]), Anchor::All(&[Anchor::Lits(&[91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 5394, 5395, 5396, 5397, 5398, 5399, 5400, 5401, 5402, 5741, 5742, 5743, 5744, 5745, 5746, 5747, 5748, 5749, 5919, 5920, 5921, 5922, 5923, 5924, 5925, 5926, 5927, 5928, 5929, 5930, 5931, 5932, 5933, 5934, 5935, 5936, 5937, 5938, 5939, 5940, 5941, 5942, 5943, 5944, 5945, 5946, 5947, 5948, 5949, 5950, 5951, 5952, 5953, 5954]), Anchor::Lits(&[15886, 15887, 15921, 15924, 15927, 16680, 16681, 16930, 16945, 16946, 17022, 17023, 17024, 17025, 17026, 17027, 17028, 17029, 17030, 17031, 17033, 17034, 17035, 17036, 17037, 17748, 17749, 17750, 17751, 17752])]), Anchor::All(&[Anchor::Lits(&[440, 571, 578, 645, 663, 970, 971, 982, 1054, 2948, 2963, 3401, 3813, 5078, 5170, 5171, 5379, 5407, 5625, 6080, 6925, 7227, 7685]), Anchor::Lits(&[8429, 9089, 9738, 9939, 9965, 10162, 11383, 11595, 11627, 12649, 12653, 14312, 14314, 14372, 14736, 14823, 15183, 16405, 17114, 17115, 17747])]), Anchor::All(&[Anchor::Lits(&[206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 3178, 3180, 3182, 3185, 3187, 3188, 3189, 3191, 3192, 3194, 3196, 3198, 3202, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3276, 3278, 3280, 3283, 3285, 3286, 3287, 3289, 3290, 3292, 3294, 3296, 3300, 6143, 6145, 6147, 6150, 6152, 6153, 6154, 6156, 6157, 6159, 6161, 6163, 6167, 6215, 6217, 6219, 6222, 6224, 6225, 6226, 6228, 6229, 6231, 6233, 6235, 6239, 6413, 6414, 6415, 6417, 6418, 6419, 6421, 6423, 6424, 6425, 6426, 6427, 6429, 6461, 6462, 6463, 6464, 6465, 6466, 6467, 6468, 6469, 6470, 6471, 6472, 6473, 7270, 7271, 7272, 7274, 7275, 7276, 7277, 7279, 7280, 7281, 7282, 7283, 7284, 7301, 7302, 7303, 7305, 7306, 7307, 7309, 7312, 7316, 7318, 7320, 7323, 7327, 7709, 7710, 7711, 7713, 7715, 7716, 7717, 7720, 7721, 7722, 7723, 7726, 7730, 8124, 8125, 8126, 8128, 8130, 8131, 8132, 8135, 8136, 8137, 8138, 8140, 8142]), Anchor::Lits(&[9070, 9071, 9887, 12566, 12567, 14835, 15463, 15496, 16444, 17319, 17328])]), Anchor::All(&[Anchor::Lits(&[9792, 9793, 9794, 9797, 9798, 9799, 9800, 9805, 12474, 12475, 12476, 12477, 12478, 12479, 12480, 12481, 12730, 12731, 12732, 12743, 12744, 12761, 12764, 12765, 12982, 12983, 12984, 12986, 12987, 12988, 12989, 12991, 13178, 13179, 13180, 13181, 13182, 13183, 13184, 13185, 13434, 13435, 13436, 13437, 13438, 13439, 13440, 13441, 15565, 15567, 15569, 15584, 15585, 15586, 15593, 15602, 15603, 15604, 15605, 15612, 15613, 15614, 15616, 15617, 16786, 16787, 16788, 16789, 16790, 16791, 16792, 16793, 16881, 16882, 16883, 16890, 16891, 16892, 16894, 16895]), Anchor::Lits(&[13247, 15464, 15497, 17320, 17329])]), Anchor::All(&[Anchor::Lits(&[801, 802, 803, 804, 805, 806, 807, 808, 812, 815, 816, 817, 818, 819, 820, 821, 822, 826, 827, 2734, 2738, 2742, 2750, 2757, 2761, 2762, 2774, 2815, 2822, 2823, 2825, 2826, 2833, 2842, 2844, 2849, 2873, 2903, 4303, 4304, 4305, 4306, 4320, 4322, 4323, 4324, 4338, 4339, 4340, 4341, 4342, 4347, 4348, 4349, 4350, 4354, 4357, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4582, 4583, 4584, 4585, 4586, 4589, 4590, 4591, 4592, 4596, 4598, 7148, 7149, 7153, 7157, 7159, 7160, 7161, 7162, 7181, 7184, 7186, 7187, 7188, 7190, 7192, 7195, 7196, 7207, 7208]), Anchor::Lits(&[8470, 8889, 9131, 9144, 9365, 9724, 9904, 11787, 11788, 13982, 13983, 13992, 15745, 15750])]), Anchor::All(&[Anchor::Lits(&[450, 456, 983, 2407, 2541, 2566, 3102, 3109, 3358, 4269, 4270, 5380, 5381, 5382, 5625]), Anchor::Lits(&[9080, 9555, 9557, 9636, 9791, 10160, 10177, 11455, 11685, 12181, 12473, 12966, 12981, 13177, 13433, 15564, 16785, 16831, 16880])]), Anchor::All(&[Anchor::Lits(&[8867, 8868, 8869, 8872, 9127, 9128, 9129, 9130, 9140, 9141, 9142, 9143, 11716, 11717, 11718, 11719, 14498, 14499, 14500, 14501, 15746, 15747, 15748, 15749]), Anchor::Lits(&[9089, 9377, 9554, 9556, 9635, 9738, 9939, 9992, 10118, 10159, 12001, 12964, 12980, 13186, 14350, 14372, 15563, 17747, 17804])]), Anchor::All(&[Anchor::Lits(&[8323, 8948, 8949, 9454, 14027, 14486]), Anchor::Lits(&[8429, 9089, 9738, 9939, 9965, 10162, 11383, 11595, 11627, 11684, 12649, 12653, 12985, 14312, 14314, 14372, 14736, 14823, 15183, 16405, 17114, 17115, 17747])]), Anchor::All(&[Anchor::Lits(&[9619, 9620, 9621, 9622, 9783, 9784, 9785, 9786, 9890, 9891, 9892, 9898, 9961, 9962, 9963, 9964, 10507, 10508, 10509, 10510, 10673, 10674, 10675, 10676, 10677, 10678, 10679, 10680, 11825, 11826, 11827, 11828, 11866, 11873, 11874, 11875, 12611, 12616, 12628, 12637, 13115, 13116, 13117, 13118, 13271, 13273, 13274, 13276, 13884, 13886, 13887, 13889, 13890, 13892, 13893, 13895, 14661, 14662, 14663, 14664, 14871, 14872, 14873, 14874, 14987, 14988, 14989, 14995, 15421, 15422, 15423, 15424, 15520, 15521, 15522, 15523, 16197, 16198, 16199, 16200, 17254, 17255, 17256, 17257, 17304, 17306, 17307, 17309, 18034, 18035, 18036, 18038, 18039, 18040, 18046, 18047]), Anchor::Lits(&[8429, 9089, 9738, 9939, 9965, 10162, 11382, 11589, 11627, 12649, 12653, 14311, 14314, 14372, 14736, 14823, 15183, 16405, 17114, 17115, 17502, 17747])]), Anchor::All(&[Anchor::Lits(&[8429, 9089, 9738, 9939, 9965, 10162, 11383, 11595, 11627, 12649, 12653, 14312, 14314, 14372, 14736, 14823, 15183, 16405, 17114, 17115, 17747]), Anchor::Lits(&[955, 1016, 1057, 1100, 1400, 1519, 1768, 1957, 2516, 2538, 2970, 3495, 3659, 4068, 4827, 4956, 5064, 5333, 5439, 5780, 6049, 6516, 6920, 6932, 7427])])])])])),
            (165, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[10537, 10543, 10544, 10545, 10546, 10547, 10548, 10549, 10550, 10551, 10552, 10561, 10563, 10566, 10577, 10627, 10648, 10649, 10655, 10656, 10805, 10811, 10812, 10813, 10814, 10815, 10816, 10817, 10818, 10819, 10820, 10821, 10822, 10823, 10824, 10825, 10826, 10827, 10828, 10829, 10830, 10841, 10843, 10846, 10858, 10909, 10930, 10931, 10937, 10938, 13554, 13568, 13570, 13573, 13585, 13627, 13650, 13651, 13657, 13658, 13683, 13734, 13738, 13739, 13740, 13743, 13754, 13757, 13758, 13759, 13760, 13789, 13791, 13792, 13793, 13794, 13795, 13796, 13797, 13798, 13799, 13800, 18164, 18165, 18173, 18187, 18188, 18198, 18199, 18200, 18204, 18215, 18279, 18302, 18303, 18323, 18324, 18422, 18423, 18424, 18425, 18426, 18427, 18428, 18429, 18430, 18431, 18435, 18436, 18437, 18438, 18439, 18440, 18441, 18442, 18443, 18444]), Anchor::All(&[Anchor::Lits(&[9455, 15809]), Anchor::Lits(&[8866, 9615, 9879, 9880, 10973])]), Anchor::All(&[Anchor::Lits(&[9455, 15809]), Anchor::Lits(&[8866, 9615, 9879, 9880, 10973])])])),
            (166, "history-wiped-after-the-act", Anchor::Any(&[Anchor::Lits(&[1305, 12080, 12135, 15662, 15665, 17567]), Anchor::All(&[Anchor::Lits(&[975, 978, 1228, 1823, 4959, 5126, 5441, 5880, 6988, 7472]), Anchor::Lits(&[8312, 9243, 9737, 9757, 9917, 10035, 11634, 11635, 11639, 11643, 12081, 12082, 12083, 12084, 12085, 12086, 12087, 12088, 12089, 12090, 12091, 12092, 12093, 12094, 12095, 12096, 12097, 12098, 12099, 12100, 12101, 12102, 12103, 12104, 12105, 12106, 12107, 12108, 12109, 12110, 12111, 12112, 12113, 12114, 12115, 12116, 12117, 12118, 12119, 12120, 12121, 12122, 12123, 12124, 12125, 12126, 12127, 12128, 12129, 12130, 12131, 12132, 12133, 12134, 13080, 13089, 14555, 14857, 14907, 14985, 15683, 15930, 16590, 18808]), Anchor::Lits(&[8421, 8427, 8688, 14037, 17048, 17946, 17960, 17961])])])),
            (167, "report-an-outcome-regardless", Anchor::Lits(&[3092, 3995, 5103, 12245, 12253, 12254, 12255, 12256, 12262, 12263, 12267, 12268, 12269, 12272, 12700, 12701, 12702, 12715, 17828, 17830, 17831, 17841])),
            (168, "agent-permissions-opened", Anchor::Lits(&[234, 245, 250, 252, 253, 258, 429, 667, 831, 834, 1192, 1193, 4727, 7706])),
            (169, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[787, 989, 992, 1194, 1303, 2438, 2442, 2443, 4977, 5173, 5174, 5405, 5444, 5446, 5447, 5448, 5452, 5453, 5463, 5464, 5465, 5466, 6037, 6984]), Anchor::Lits(&[829, 833, 1018, 1019, 1228, 1341, 1362, 1709, 2434, 3751, 5126, 5144, 5268, 5627, 5638, 5671, 5980, 7001, 7043])])),
            (170, "risky-action-on-a-later-trigger", Anchor::Lits(&[168, 169, 170, 171, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 1846, 2122, 2313, 2467, 3096, 3104, 3112, 3141, 3142, 5753, 5754, 5755, 5756, 5757, 5758, 5759, 5760, 5761, 5762, 5764, 5765, 5766, 5767, 5768, 5769, 5770, 5771, 5772, 5773, 6316, 6317, 6318, 6319, 6320, 6321, 6322, 6323, 6324, 6325, 6326, 6327, 6328, 6329, 6330, 6331, 6332, 6333, 6356, 6357, 6358, 6359, 6360, 6361, 6362, 6363, 6364, 6365, 6366, 6367, 6368, 6369, 6370, 6371, 6372, 6373, 8971, 9284, 9333, 12245, 12247, 12248, 12249, 12250, 12251, 12257, 12258, 12259, 12260, 12261, 12262, 12263, 12267, 12268, 12269, 12368, 12392, 12959, 12960, 12961, 12962, 13675, 16855, 17952, 17953, 17957, 17958, 17963])),
            (175, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8839, 9522, 10154, 10188, 11074, 12137, 14298, 14443, 14447, 14550, 15473, 15558, 15629, 16153, 16211]), Anchor::All(&[Anchor::Lits(&[8527, 9789, 11134, 11184, 11644, 14959, 17525, 17539, 18013]), Anchor::Lits(&[132, 997, 1089, 1174, 1195, 1730, 1777, 1929, 1955, 1994, 3449, 4557, 5083, 5235, 5299, 6026])]), Anchor::All(&[Anchor::Lits(&[9522, 9524, 10154, 10156, 10162, 11074, 11075, 11078, 12009, 12180, 13233, 14441, 14463, 14473, 14550, 14552, 15473, 15475, 15558, 16210, 17313, 17691]), Anchor::Lits(&[995, 1174, 1195, 1301, 1730, 1929, 1955, 1994, 2914, 3449, 5083, 5237, 5303, 6026])])]), Anchor::Lits(&[936, 939, 943, 1016, 1022, 1055, 1380, 1403, 1826, 1877, 2272, 2439, 2469, 2472, 2667, 2727, 3164, 3308, 3445, 3507, 3517, 4086, 4827, 4950, 4952, 4956, 5007, 5064, 5088, 5121, 5489, 5492, 5620, 5672, 5790, 5792, 5820, 5881, 6050, 6052, 6476, 7019, 7083, 7089, 7359, 7427]), Anchor::Lits(&[205, 385, 909, 910, 1028, 1166, 1169, 1171, 1179, 1187, 1200, 1771, 1778, 1790, 1793, 1809, 1839, 2373, 2619, 2656, 2664, 3521, 4559, 4681, 4685, 4695, 4697, 4711, 4757, 4762, 5047, 5388, 5390, 5450, 5473, 5734, 5787, 5788, 6924, 7050, 7052, 7088, 7101, 7424])]), Anchor::All(&[Anchor::Lits(&[937, 940, 944, 1017, 1020, 1023, 1024, 1056, 1381, 1404, 1405, 1827, 1828, 1878, 2273, 2440, 2441, 2470, 2473, 2668, 2728, 3165, 3309, 3446, 3508, 3518, 4087, 4828, 4951, 4953, 4954, 4957, 5008, 5065, 5089, 5122, 5490, 5493, 5621, 5673, 5791, 5793, 5821, 5882, 5883, 6051, 6053, 6477, 7020, 7084, 7085, 7090, 7360, 7428]), Anchor::Lits(&[176, 361, 985, 1025, 1101, 1182, 1848, 1934, 2293, 2512, 4398, 4404, 4563, 4665, 4948, 5547, 5674, 7080, 7125]), Anchor::Lits(&[8385, 8845, 9074, 9787, 10033, 10506, 10948, 10979, 11077, 11083, 11596, 12066, 12414, 12547, 12970, 13084, 13270, 14450, 14452, 14554, 14658, 14749, 14868, 14881, 14884, 15090, 15492, 15636, 15677, 15679, 15879, 16264, 16309, 16345, 17244, 17581, 18357])]), Anchor::All(&[Anchor::Lits(&[177, 178, 362, 986, 987, 1026, 1102, 1103, 1183, 1849, 1935, 2294, 2295, 2513, 2514, 4399, 4405, 4564, 4571, 4666, 4667, 4949, 5548, 5675, 7081, 7126, 7127]), Anchor::Lits(&[936, 939, 943, 1016, 1022, 1055, 1380, 1403, 1826, 1877, 2272, 2439, 2469, 2472, 2667, 2727, 3164, 3308, 3445, 3507, 3517, 4086, 4827, 4950, 4952, 4956, 5007, 5064, 5088, 5121, 5489, 5492, 5620, 5672, 5790, 5792, 5820, 5881, 6050, 6052, 6476, 7019, 7083, 7089, 7359, 7427]), Anchor::Lits(&[8385, 8845, 9074, 9787, 10033, 10506, 10948, 10979, 11077, 11083, 11596, 12066, 12414, 12547, 12970, 13084, 13270, 14450, 14452, 14554, 14658, 14749, 14868, 14881, 14884, 15090, 15492, 15636, 15677, 15679, 15879, 16264, 16309, 16345, 17244, 17581, 18357])]), Anchor::All(&[Anchor::Lits(&[10430, 11696, 12727, 14660, 14870, 17237]), Anchor::Any(&[Anchor::Lits(&[8839, 9522, 10154, 10188, 11074, 12137, 14298, 14443, 14447, 14550, 15473, 15558, 15629, 16153, 16211]), Anchor::All(&[Anchor::Lits(&[8527, 9789, 11134, 11184, 11644, 14959, 17525, 17539, 18013]), Anchor::Lits(&[132, 997, 1089, 1174, 1195, 1730, 1777, 1929, 1955, 1994, 3449, 4557, 5083, 5235, 5299, 6026])]), Anchor::All(&[Anchor::Lits(&[9522, 9524, 10154, 10156, 10162, 11074, 11075, 11078, 12009, 12180, 13233, 14441, 14463, 14473, 14550, 14552, 15473, 15475, 15558, 16210, 17313, 17691]), Anchor::Lits(&[995, 1174, 1195, 1301, 1730, 1929, 1955, 1994, 2914, 3449, 5083, 5237, 5303, 6026])])]), Anchor::Lits(&[10145, 11434, 14070, 14659, 14958, 16223])])]), Anchor::Lits(&[124, 401, 608, 1021, 1133, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1401, 1709, 1731, 1784, 1797, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2275, 2644, 2904, 2942, 3385, 3469, 3660, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4400, 4401, 4690, 4691, 4692, 4763, 4811, 4813, 4814, 4886, 4955, 4976, 4981, 5031, 5032, 5033, 5034, 5035, 5036, 5037, 5038, 5039, 5040, 5041, 5042, 5043, 5151, 5406, 5476, 5477, 5546, 5550, 5676, 5800, 5801, 5803, 5804, 5805, 5806, 5807, 5808, 5810, 5811, 5812, 5813, 5814, 5818, 5840, 5872, 6513, 7077, 7078, 7676]), Anchor::Lits(&[133, 177, 178, 362, 937, 940, 944, 986, 987, 996, 998, 1017, 1020, 1023, 1024, 1026, 1056, 1090, 1102, 1103, 1175, 1183, 1196, 1199, 1302, 1381, 1404, 1405, 1731, 1778, 1827, 1828, 1849, 1878, 1930, 1935, 1956, 1995, 2273, 2294, 2295, 2440, 2441, 2470, 2473, 2513, 2514, 2668, 2728, 2915, 2918, 3165, 3309, 3446, 3450, 3508, 3518, 4087, 4399, 4405, 4558, 4564, 4571, 4666, 4667, 4828, 4949, 4957, 5008, 5065, 5084, 5089, 5122, 5236, 5238, 5300, 5304, 5490, 5493, 5621, 5673, 5791, 5793, 5821, 5882, 5883, 6027, 6028, 6051, 6053, 6477, 7020, 7081, 7084, 7085, 7090, 7126, 7127, 7360, 7428, 8840, 9523, 10155, 10189, 14299, 14444, 14448, 14551, 15474, 15559, 15630, 16154, 16212])])),
            (176, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[375, 387, 745, 1003, 2428, 2832, 2840, 4506, 5102, 5610, 5796, 5962, 7014, 7032, 7042, 8391, 8392, 8393, 8394, 8395, 8396, 8400, 8406, 8408, 8410, 8411, 8412, 8413, 8414, 8415, 8416, 8417, 8418, 8842, 8843, 8844, 9090, 9091, 9092, 9093, 9094, 9095, 9096, 9097, 9098, 9100, 9101, 9102, 9103, 9104, 9105, 9106, 9107, 9108, 9378, 9379, 9380, 9381, 9382, 9383, 9384, 9385, 9386, 10553, 10555, 10572, 10574, 10584, 10602, 10604, 10607, 10616, 10620, 10632, 10641, 10650, 10651, 10652, 10833, 10835, 10853, 10855, 10865, 10883, 10885, 10889, 10898, 10902, 10914, 10923, 10932, 10933, 10934, 13091, 13092, 13093, 13187, 13188, 13189, 13190, 13191, 13192, 13193, 13194, 13195, 13561, 13563, 13580, 13582, 13590, 13606, 13608, 13610, 13619, 13623, 13633, 13642, 13652, 13653, 13654, 13722, 13732, 13769, 13774, 13777, 13778, 13781, 13782, 13783, 13809, 13817, 13822, 13826, 13827, 13831, 13832, 13833, 13859, 13864, 13865, 13866, 13868, 13869, 13870, 14351, 14352, 14353, 14354, 14355, 14356, 14357, 14358, 14359, 14374, 14381, 14382, 15284, 15285, 15286, 15287, 15288, 15289, 15290, 15291, 15292, 15293, 15294, 15295, 15296, 15297, 15298, 15299, 15300, 15301, 15570, 15571, 15575, 15576, 15577, 15578, 15591, 15606, 15607, 15608, 15609, 15610, 15611, 15615, 15618, 15619, 15621, 15622, 15625, 15626, 15627, 17696, 17697, 17698, 17699, 17700, 17701, 17707, 17711, 17712, 17714, 17715, 17716, 17717, 17718, 17719, 17725, 17729, 17730, 18182, 18194, 18195, 18211, 18212, 18223, 18249, 18252, 18254, 18264, 18267, 18284, 18292, 18304, 18305, 18306, 18421, 18434, 18480]), Anchor::All(&[Anchor::Lits(&[10164, 11335, 12067, 12973, 14004, 15081, 15524, 16349]), Anchor::Lits(&[347, 990, 2024, 3668, 4560, 5159, 5168, 5196, 5782, 5904, 6960, 7343]), Anchor::Lits(&[11633, 14289])]), Anchor::All(&[Anchor::Lits(&[191, 192, 193, 194, 195, 198, 199, 200, 201, 202, 1770, 1772, 1773, 1774, 1775, 1779, 1780, 1781, 1782, 1783, 3661, 3663, 3664, 3665, 3666, 3669, 3670, 3671, 3672, 3673, 4074, 4075, 4076, 4077, 4078, 4079, 4080, 4081, 4082, 4083, 7233, 7234, 7235, 7236, 7237, 7238, 7239, 7240, 7241, 7242]), Anchor::Lits(&[9367, 10400, 13390, 15761, 15810, 16408, 16417, 16419, 17405])]), Anchor::All(&[Anchor::Lits(&[9564, 9566, 12945, 12950, 13121, 13167, 15666, 15667, 16480, 16483]), Anchor::Lits(&[5681, 6645, 6701]), Anchor::Lits(&[611, 3175, 3176, 3259, 4021, 4051, 5254])])])),
            (177, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[385, 689, 690, 909, 911, 1166, 1170, 1180, 1181, 1184, 1185, 1186, 1188, 1791, 1792, 2621, 2665, 3522, 4677, 4678, 4682, 4685, 4695, 4696, 4710, 4761, 5388, 5389, 5450, 5734, 5786, 7092, 7098, 7107]), Anchor::Lits(&[8429, 9939, 9965, 11383, 11627, 11715, 12179, 14312, 14313, 14372, 14536, 14798, 14799, 14804, 14816, 14850, 14983, 17114, 17115, 17747, 18362]), Anchor::Lits(&[1133, 1134, 1247, 1401, 1731, 1732, 1769, 1776, 1930, 1931, 2275, 2276, 2444, 2537, 3383, 3496, 3497, 4811, 4976, 5157, 5158, 5476, 5477, 5546, 5550, 5569, 5998, 6962, 6963, 7046, 7047, 7077, 7078])])),
            (179, "agent-secrets-spilled", Anchor::All(&[Anchor::Lits(&[675, 2879, 2880, 2881, 2884, 2885, 2889, 2896, 2897, 2898, 3464, 3465, 7732, 7740, 7742, 7743, 7757, 7818, 7838, 7839, 7854, 7855, 7856, 7857, 7858, 7859, 7871, 7872, 7873, 7874, 7875, 7876, 7881, 7882, 7883, 7884, 7885, 7886, 7905, 7906, 7907, 7908, 7909, 7910, 8006, 8007, 8008, 8009, 8010, 8011, 8027, 8028, 8029, 8030, 8031, 8032, 8043, 8044, 8045, 8046, 8047, 8048, 8062, 8063, 8064, 8065, 8066, 8067, 8068, 8069, 8070, 8071, 8072, 8073, 8143]), Anchor::Lits(&[383, 1063, 1164, 1815, 1820, 4680, 4904, 5442, 6922])])),
            (180, "ownership-of-everything-moved", Anchor::Lits(&[4628, 4629, 4630, 4631])),
            (181, "someone-elses-login-taken", Anchor::Lits(&[112, 641, 1058, 2429, 3470, 3471, 3476, 3479, 5619, 5626, 12354, 12355, 13221, 14656, 14657])),
            (182, "ownership-to-a-reader", Anchor::Lits(&[2498, 2499, 2500, 2501])),
            (183, "data-moved-for-a-private-person", Anchor::All(&[Anchor::Lits(&[9443, 9446, 9447, 10123, 10165, 11329, 11330, 11331, 11332, 11430, 11590, 11591, 11592, 11593, 11594, 11631, 11632, 12202, 13222, 13352, 13366, 13371, 13525, 13526, 13993, 13994, 14361, 14373, 15807, 18033]), Anchor::Lits(&[1129, 1133, 1700, 1701, 1731, 1733, 1769, 1778, 1930, 1932, 3720, 4981, 5157, 5476, 5478, 5546, 5549, 5998, 7046, 7048, 7077, 7079]), Anchor::Lits(&[2048, 2125, 2126, 2141, 5681, 6531, 7489])])),
            (184, "admin-role-for-everyone", Anchor::Lits(&[298, 299, 300, 301, 305, 307, 308, 309, 328, 5682, 5683, 5684, 5685, 5687, 5688, 5689, 5690, 5705, 5706, 5707, 5708, 5710, 5711, 5712, 5713, 5729, 5733, 5885, 5886, 5887, 5888, 5889, 5890, 5891, 5892, 5893, 6339, 6340, 6341, 6342, 6345, 6347, 6348, 6349, 6353])),
            (185, "secrets-shipped-by-automation", Anchor::All(&[Anchor::Lits(&[1129, 1769, 1778, 1919, 1920, 2275, 2277, 3496, 3498, 4811, 4814, 4978, 5476, 5478, 5569, 5571, 7077, 7079]), Anchor::Lits(&[115, 190, 1173, 2659, 2660, 3310, 5440, 6040, 6978, 7669]), Anchor::Lits(&[384, 386, 1165, 1167, 1698, 1811, 3349, 3359, 4681, 4686, 4905, 4906, 5451, 5784, 5785, 6923, 6924])])),
            (186, "override-instructions-es-pt-it", Anchor::Lits(&[9742, 9743, 10395, 10397, 10398, 12452, 12453, 12454, 12589, 12591, 12728, 13875, 14224, 14226, 14254, 15063, 15065, 15069])),
            (187, "override-instructions-fr", Anchor::Lits(&[1069, 1335, 2913, 2970, 4423, 5108, 6937])),
            (188, "override-instructions-de-nl", Anchor::Lits(&[2928, 3949, 3950, 4359, 4414, 7143, 8766, 9280, 12601, 12642, 14069, 15058, 15059, 15312, 15313, 15510, 17803])),
            (189, "override-instructions-pl-tr", Anchor::Lits(&[12338, 12938, 12940, 13680, 14655, 16506, 18363, 18794])),
            (190, "override-instructions-ru", Anchor::Lits(&[12337, 13497, 14284, 18792, 18823, 18824, 18832, 18835, 18844])),
            (191, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[110, 3723, 5003, 5004, 5377, 5378, 7108]), Anchor::Lits(&[266, 3327, 3492, 3493, 3494, 3679, 5567])])),
            (193, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[12638, 12639, 12640, 12641, 12906, 13489, 13490, 13973, 13974, 14602, 14665, 14666, 15064, 15070, 15427, 15877, 15878, 16473, 17583, 17584, 17585, 17741, 18817, 18832, 18846])),
            (194, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[57, 123, 687, 775, 2647, 2681, 2682, 3090, 3304, 3326, 3353, 3463, 3491, 4758, 5005, 7219]), Anchor::Lits(&[203, 442, 610, 963, 964, 1336, 2679, 2980, 2981, 2982, 3413, 4633, 4712, 4714, 4722, 4756, 5023, 6031, 7114])])),
            (196, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[929, 2021, 3352, 3431, 3436, 3822, 5045, 5046, 5105, 5203, 5365, 5482, 5491, 5905, 7225, 8183, 8186, 11441, 12935, 12941, 15491, 15804, 17487, 17500, 17571]), Anchor::All(&[Anchor::Lits(&[930, 1104, 2018, 2392, 3433, 3435, 5106, 5214]), Anchor::Lits(&[3425, 5404])]), Anchor::All(&[Anchor::Lits(&[13975]), Anchor::Lits(&[749, 1752, 2009, 2503, 5104, 5262, 5616, 8166])]), Anchor::All(&[Anchor::Lits(&[929, 2021, 3432, 3436, 5112, 5204]), Anchor::Lits(&[5474])]), Anchor::All(&[Anchor::Lits(&[9226, 9278, 12856, 18793]), Anchor::Lits(&[754])]), Anchor::All(&[Anchor::Lits(&[11438, 12934, 12940, 15803]), Anchor::Lits(&[4292, 4293, 5636, 7705])]), Anchor::All(&[Anchor::Lits(&[7112]), Anchor::Lits(&[10975, 10976, 13678])]), Anchor::All(&[Anchor::Lits(&[740, 741, 742, 928, 2018, 2489, 2502, 5107, 5232, 5233, 5481]), Anchor::Lits(&[7023, 7113])]), Anchor::All(&[Anchor::Lits(&[931, 932, 933, 2011, 2018, 2022, 2023, 3435, 4126, 4266, 4296, 4829, 4830, 4831, 5113, 5213]), Anchor::Lits(&[754, 1990])]), Anchor::All(&[Anchor::Lits(&[6039]), Anchor::Lits(&[8692, 9219, 11086, 12904])])])),
            (197, "persona-never-refuses-i18n", Anchor::Lits(&[12993, 13492, 13496, 13669, 13839, 13849, 13918, 13919, 13920, 13921, 13922, 13923, 13924, 13925, 13926, 13927, 15050, 15462, 17779, 17860, 18796])),
            (199, "reveal-system-prompt-i18n", Anchor::Lits(&[329, 1070, 1071, 1072, 1073, 1074, 2412, 2413, 2949, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2973, 2974, 2975, 2976, 2977, 2979, 2987, 3085, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3525, 3526, 3662, 3667, 3674, 3675, 4386, 4791, 4930, 4931, 4932, 4933, 4934, 4939, 4940, 6000, 6001, 6002, 6019, 6023, 6024, 6025, 6032, 7026, 7086, 7138, 7139, 8192, 8211, 8212, 11714, 15805, 15806])),
            (201, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[181, 382, 607, 1097, 1098, 1099, 1137, 1138, 1205, 1207, 1259, 1263, 1264, 1267, 1268, 1269, 1273, 1274, 1321, 1339, 1372, 1373, 1767, 1865, 2704, 2706, 2724, 3328, 4297, 4300, 5430, 5431, 5432, 5781, 5957, 5961, 7028, 7029, 7691, 7692, 8182, 8188, 8189, 8198, 8199, 8202, 8203]), Anchor::Lits(&[8187, 9079, 9351, 9352, 9846, 9980, 9982, 9984, 10262, 11439, 11440, 11442, 11443, 11444, 11445, 11446, 11668, 11798, 11850, 11851, 12869, 14848, 14849, 15511, 15739, 15741, 15742, 17394, 17746, 17764, 17765, 18791, 18811, 18821, 18822, 18845])])),
            (203, "stop-following-instructions-i18n", Anchor::Lits(&[352, 731, 1069, 1335, 2970, 2983, 5104, 5108, 5262, 7214, 10394, 10396, 12588, 12590, 13847, 13848, 13850, 13851, 13874, 14223, 14225, 15062, 15068])),
            (205, "override-everything-said-i18n", Anchor::Lits(&[350, 1395, 3421, 3422, 3423, 6046, 6047, 6048, 10281, 10282, 10382, 12273, 12318, 12319, 12334, 13995, 13996, 13997, 13998, 13999, 14000, 17762, 17763])),
            (206, "instructions-void-de", Anchor::Lits(&[635, 2646, 3947, 3948, 7041])),
            (207, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[24, 32, 33, 36, 37, 53, 54, 188, 189, 376, 377, 378, 379, 380, 381, 747, 2278, 2922, 2924, 3376, 3523, 7142, 13838, 13840, 13841, 13842, 13843, 13845, 13846, 15480, 15485, 15487, 15489, 15793, 15797, 15798, 15799, 15800]), Anchor::All(&[Anchor::Lits(&[677, 1338, 1394, 2919, 2921, 2923, 3594, 3595, 4658, 4660, 4661, 4857, 4859, 4861, 5028, 5029, 5623, 5624]), Anchor::Lits(&[9738, 13099, 14545, 14847, 17742])]), Anchor::All(&[Anchor::Lits(&[13478, 13493, 13494, 13495, 13527, 15484, 15486]), Anchor::Lits(&[676, 1337, 1393, 2920, 3593, 4659, 4858, 5622])]), Anchor::All(&[Anchor::Lits(&[3944]), Anchor::Lits(&[11157, 11158, 13236, 15460, 15461, 17767])])])),
            (209, "authority-waives-controls-i18n", Anchor::Lits(&[670, 671, 672, 673, 674, 1825, 2411, 2415, 2420, 4723, 4746, 4747, 5789])),
            (210, "persona-without-rules-i18n", Anchor::Lits(&[40, 55, 56, 134, 182, 185, 1285, 1729, 3305, 4418, 6990, 7123, 7209, 7210])),
            (211, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[1205, 1207, 1259, 1263, 1264, 1267, 1268, 1269, 1273, 1274, 1339, 1372, 1373, 5430, 5431, 8182]), Anchor::Lits(&[8865, 8888, 8914, 8915, 9079, 9981, 9983, 11628, 11683, 11736, 14849, 15740])])),
            (212, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[331, 1079, 1083, 1190, 1212, 1323, 1369, 1399, 1830, 2030, 3373, 3374, 3404, 3406, 3410, 3412, 3420, 3448, 3490, 3722, 3728, 4272, 4295, 4416, 5025, 5027, 5076, 5376, 5775, 5967, 5969, 7141, 7213, 7216, 8191, 8210, 8220]), Anchor::Lits(&[8296, 8297, 8693, 9198, 9220, 9221, 9222, 9223, 9453, 9475, 11429, 11770, 11771, 11789, 12726, 13175, 13364, 13479, 13855, 13856, 14001, 14003, 18812, 18813])]), Anchor::All(&[Anchor::Lits(&[8296, 8297, 8693, 9198, 9220, 9221, 9222, 9223, 9453, 9475, 11429, 11770, 11771, 11789, 12726, 13175, 13364, 13479, 13855, 13856, 14001, 14003, 18812, 18813]), Anchor::Lits(&[330, 1078, 1082, 1189, 1211, 1322, 1368, 1398, 1829, 2029, 3372, 3403, 3405, 3409, 3411, 3419, 3447, 3489, 3721, 3727, 4271, 4294, 4415, 5024, 5026, 5075, 5375, 5774, 5966, 5968, 7140, 7212, 7215, 8190, 8209, 8219]), Anchor::Lits(&[384, 965, 974, 993, 994, 1105, 1106, 1163, 1168, 2563, 2564, 2702, 3306, 3307, 3345, 3346, 3351, 3488, 3716, 3718, 4681, 4686, 4687, 4688, 5391, 5392, 5434, 5479, 5480, 5617, 5618, 6923, 6924, 7217, 7218, 8185, 8194, 8205, 8206])])])),
            (213, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[3357, 4825, 4826, 7115, 7116, 7117, 7118, 7634, 8193, 8195, 8196, 8197, 8207, 8208])),
            (214, "skip-approval-cjk", Anchor::Lits(&[18847, 18848, 18849, 18850, 18851, 18852, 18853, 18854, 18855, 18856, 18857, 18858, 18859, 18860, 18861, 18862, 18863, 18864, 18865])),
            (216, "admin-role-handed-out-i18n", Anchor::Any(&[Anchor::Lits(&[5270, 5271, 5272, 5277, 5278, 5279, 5280, 5281, 5282, 7696, 7697, 7698, 7699, 7700, 7701, 7702, 7703, 7704, 9991, 11388, 11412, 11414, 11428, 11677, 11678, 11852, 11863, 11991, 12812, 12813, 13101, 13102, 13104, 13105, 13107, 13109, 13112, 13224, 15092, 15094, 15096, 17352, 17354, 18806, 18807, 18837, 18839]), Anchor::All(&[Anchor::Lits(&[109, 4424, 5467, 7099]), Anchor::Lits(&[8322, 8960, 8961, 8972, 8982, 9072, 9073, 9076, 9077, 9348, 9355, 9858, 9859, 9860, 10166, 10167, 10271, 10796, 11156, 11679, 11680, 11681, 11695, 12241, 12928, 13966, 13967, 14286, 14287, 14855, 14856, 16591, 17766, 17861, 18819, 18827, 18833, 18834])]), Anchor::All(&[Anchor::Lits(&[9989, 9990, 11387, 11390, 11411, 11413, 11862, 11990, 12811, 13100, 13103, 13106, 13108, 13111, 15091, 15093, 15095, 17351, 17353, 18805, 18836, 18838]), Anchor::Lits(&[109, 4424, 5467, 7099])])])),
            (218, "control-removed-i18n-passive", Anchor::Lits(&[59, 67, 635, 636, 638, 639, 1206, 1208, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1270, 1271, 1272, 1273, 1373, 1374, 1375, 1376, 1762, 1763, 1764, 1765, 1766, 1802, 1803, 1806, 1807, 2414, 3487, 5020, 5021, 5022, 5134, 5140, 5141, 5142, 5240, 5241, 5243, 5244, 5264, 5265, 5266, 5267, 5957, 5958, 5959, 5960, 6921, 6931, 7024, 7025, 7109, 7110, 7111, 7144, 7145, 7693, 7694, 7695, 8200, 8201, 8204, 8213, 8214, 8215, 8216, 8217, 8218])),
            (219, "control-weakened-i18n", Anchor::Any(&[Anchor::Lits(&[10326, 12903, 12905]), Anchor::All(&[Anchor::Lits(&[8526, 9478, 10197, 10277, 10278, 10279, 10280, 10421, 11071, 11072, 11087, 11133, 11876, 12010, 12903, 12905, 13097, 13223, 13852, 14455, 14955, 14956, 15079, 15087, 15257, 15315, 15316, 15317, 15507, 15508, 16409, 16410, 16411, 16516, 17270, 17311, 17740, 17780, 18360, 18795, 18800, 18818, 18830, 18841, 18842, 18843]), Anchor::Any(&[Anchor::Lits(&[1202, 8226, 8299, 8300, 8301, 8321, 8326, 8428, 9088, 9099, 9109, 9110, 9111, 9112, 9113, 9114, 9115, 9116, 9117, 9124, 9125, 10261, 10262, 10672, 10943, 11088, 12339, 12867, 12868, 12869, 12870, 12907, 13085, 13203, 13204, 13205, 13206, 13207, 13208, 13219, 13220, 13234, 13235, 13291, 13528, 13532, 13534, 14474, 14475, 14650, 14652, 14653, 14654, 14849, 14854, 15060, 15061, 15314, 15353, 17410, 17411, 17743, 17925, 18797, 18809, 18810, 18811, 18820, 18821, 18825, 18826, 18831, 18840]), Anchor::All(&[Anchor::Lits(&[14651]), Anchor::Lits(&[1203])])])])])),
            (221, "destructive-without-confirmation-i18n", Anchor::Lits(&[9353, 9354, 13487, 13976, 13977, 13978, 13979, 13980, 13981, 14028, 14029, 14030, 15481, 15482, 15483, 15488, 15490, 15631, 15632, 15633, 15634, 15635, 15654, 15655, 15656, 15794, 15795, 15796, 15801, 15802, 16188, 16517, 16519, 16522, 16524, 17812, 18801, 18802, 18803, 18804, 18814, 18815, 18816, 18828, 18829])),
            (226, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[2519, 2520, 2521, 9356, 10327, 12855, 12930, 12931, 12933, 12939, 13381, 13488, 16518, 16520, 16521, 16523, 17496, 17497, 17498, 17499, 17731, 17732, 17805, 17806, 17807])),
            (228, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[612, 613, 614, 618, 619, 1146, 2424, 2425, 2426, 2427, 2431, 2433, 5255, 5256, 5257, 5258, 5259, 5425, 5426, 5427, 5428, 5429, 6956, 9362, 9363, 9364, 9436, 9574, 10589, 10657, 10722, 10784, 10870, 10939, 11481, 11487, 11492, 13788, 13972, 14559, 15880, 15881, 15882, 15883, 15972, 15974, 16014, 16016, 16186, 16187, 17439, 18057, 18245, 18334]), Anchor::All(&[Anchor::Lits(&[12069, 12073, 12074, 12076]), Anchor::Lits(&[2303])])])),
            (229, "trust-raised-for-later", Anchor::Lits(&[236, 254, 257, 260, 261, 262, 263, 264, 358, 431, 441, 449, 666, 669, 1438, 1612, 1924, 1925, 2497, 2541, 2542, 2566, 2567, 3101, 3117, 3163, 3831, 3959, 3960, 3990, 3992, 4066, 4832, 4836, 5164, 5165, 5639, 5642, 5652, 5660, 5661, 5664, 7595, 7601, 7602, 7605, 17376, 17379, 17380, 17381])),
            (230, "admin-role-by-a-side-door", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4307, 10236, 10237, 11774, 11775, 11776, 11777, 11778, 14668]), Anchor::All(&[Anchor::Lits(&[109, 4424, 5467, 5999, 7099]), Anchor::Lits(&[8919, 9248, 9277, 11687, 11692, 12483, 12484, 12712, 15025, 15026])]), Anchor::All(&[Anchor::Lits(&[4620]), Anchor::Lits(&[8325, 8534, 8548, 9122, 11003, 11004, 11186, 11187, 11194, 13213, 13532, 15353, 15582, 15623, 17713]), Anchor::Lits(&[9558, 11699, 11772, 11865, 13119, 15661, 17367])]), Anchor::All(&[Anchor::Lits(&[14968, 14969, 14970, 14971, 15031, 15032, 15066, 15067, 15206, 15207]), Anchor::Lits(&[109, 4424, 5467])])]), Anchor::Lits(&[458, 696, 714, 935, 1223, 1224, 1225, 2422, 2435, 2444, 2496, 2537, 2929, 2930, 3111, 3503, 4833, 5048, 5049, 5050, 5073, 5074, 5085, 5086, 5110, 5111, 5198, 5199, 5497, 6962])])),
            (233, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[3204, 3205, 3206, 7290, 7292, 7294, 7785, 7791, 7798, 8698, 8702, 8703, 8704, 8705, 8707, 8708, 8709, 8710, 8711, 8712, 8713, 8714, 8715, 8716, 8717, 8722, 9053, 9054, 9055, 9056, 9057, 9058, 9059, 9060, 9061, 9062, 9063, 9064, 9065, 9066, 9067, 9068, 9069, 15113, 15114, 15115, 15116, 15117, 15118, 15119, 15120, 15121, 15122, 15123, 15124, 15125, 15126, 15127, 15128, 15129, 16536, 16538, 16542, 16547, 16548, 16549, 16553, 16555, 16560, 16562, 16571, 16572, 16573, 16579, 16581, 16582, 16584]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10272, 10533, 10572, 10602, 10607, 10632, 10636, 10641, 10643, 10652, 10800, 10853, 10883, 10889, 10914, 10918, 10923, 10925, 10934, 12872, 12875, 12879, 12881, 12884, 12885, 12893, 12895, 12897, 12901, 13003, 13248, 13250, 13253, 13254, 13256, 13257, 13263, 13265, 13267, 13269, 13543, 13580, 13606, 13610, 13633, 13637, 13642, 13645, 13654, 14040, 14043, 14047, 14048, 14051, 14052, 14059, 14061, 14063, 14067, 14710]), Anchor::All(&[Anchor::Lits(&[8696, 9637, 15110, 15196, 15493, 16535]), Anchor::Any(&[Anchor::Lits(&[12871, 13896, 14039, 17849, 17850, 17854, 17855, 18415, 18417, 18474, 18481]), Anchor::All(&[Anchor::Lits(&[11233, 11234, 11235, 11236, 11237, 11238, 11239, 11240, 11241, 11242, 11243, 11244, 11245, 11246, 11247, 11248, 11249, 11250, 11251, 11273, 11274, 11275, 11276, 11277, 11278, 11279, 11280, 11281, 11282, 11283, 11284, 11285, 11286, 11287, 11288, 11289, 11290, 11291, 11292, 11293, 11294, 11295, 11296, 11297, 11298, 11299, 11300, 11301, 11302, 11303, 11304, 11305, 11306, 11307, 11308, 11309, 11310, 12739, 12740, 12741, 12742, 12744, 12745, 12746, 12747, 12748, 12749, 12751, 12752, 12753, 12754, 12755, 12756, 12757, 12758, 12759, 12767, 12768, 12769, 12770, 12771, 12772, 12773, 12774, 12775, 12776, 12777, 12778, 12779, 12780, 12781, 12782, 12783, 12784, 12785, 12786, 12787, 12788, 12789, 12790, 12791, 12792, 12793, 12794, 12795, 12796, 12797, 12798, 12799, 12800, 12801, 12802, 12803, 12804, 16611, 16612, 16613, 16614, 16615, 16616, 16617, 16618, 16619, 16620, 16622, 16623, 16624, 16625, 16626, 16627, 16628, 16629, 16630, 16641, 16642, 16643, 16644, 16645, 16646, 16647, 16648, 16649, 16650, 16651, 16652, 16653, 16654, 16655, 16656, 16657, 16658, 16659, 16660, 16661, 16662, 16663, 16664, 16665, 16666, 16667, 16668, 16669, 16670, 16671, 16672, 16673, 16674, 16675, 16676, 16677, 16678, 17167, 17168, 17169, 17170, 17171, 17172, 17173, 17174, 17175, 17176, 17177, 17178, 17179, 17180, 17181, 17182, 17183, 17184, 17185, 17199, 17200, 17201, 17202, 17203, 17204, 17205, 17206, 17207, 17208, 17209, 17210, 17211, 17212, 17213, 17214, 17215, 17216, 17217, 17218, 17219, 17220, 17221, 17222, 17223, 17224, 17225, 17226, 17227, 17228, 17229, 17230, 17231, 17232, 17233, 17234, 17235, 17236]), Anchor::Lits(&[8235, 8236, 8237, 8238, 8239, 8240, 8243, 8246, 8247, 8248, 8249, 8251, 8528, 8535, 8537, 8540, 8541, 8542, 8543, 8544, 8545, 8546, 8547, 8549, 8663, 8666, 8667, 8668, 8669, 8670, 8673, 8674, 8675, 8676, 8677, 8678, 11236, 11237, 11238, 11240, 11242, 11243, 11245, 11246, 11247, 11248, 11249, 11251, 11276, 11277, 11278, 11280, 11282, 11283, 11285, 11286, 11287, 11288, 11289, 11291, 11295, 11296, 11297, 11299, 11301, 11302, 11304, 11305, 11306, 11307, 11308, 11310, 12742, 12744, 12745, 12747, 12749, 12751, 12753, 12754, 12755, 12756, 12757, 12759, 12770, 12771, 12772, 12774, 12776, 12777, 12779, 12780, 12781, 12782, 12783, 12785, 12789, 12790, 12791, 12793, 12795, 12796, 12798, 12799, 12800, 12801, 12802, 12804, 12874, 12876, 12878, 12883, 12886, 12887, 12889, 12891, 12892, 12894, 12896, 12898, 13249, 13251, 13252, 13255, 13258, 13259, 13260, 13261, 13262, 13264, 13266, 13268, 14042, 14044, 14046, 14050, 14053, 14054, 14056, 14057, 14058, 14060, 14062, 14064, 15776, 15777, 15778, 15779, 15780, 15781, 15782, 15783, 15784, 15785, 15786, 15787, 16614, 16615, 16616, 16618, 16620, 16622, 16624, 16625, 16626, 16627, 16628, 16630, 16644, 16645, 16646, 16648, 16650, 16651, 16653, 16654, 16655, 16656, 16657, 16659, 16663, 16664, 16665, 16667, 16669, 16670, 16672, 16673, 16674, 16675, 16676, 16678, 17170, 17171, 17172, 17174, 17176, 17177, 17179, 17180, 17181, 17182, 17183, 17185, 17202, 17203, 17204, 17206, 17208, 17209, 17211, 17212, 17213, 17214, 17215, 17217, 17221, 17222, 17223, 17225, 17227, 17228, 17230, 17231, 17232, 17233, 17234, 17236])])])])]), Anchor::Lits(&[347, 968, 1248, 1435, 1449, 1463, 1468, 1490, 1493, 1504, 1507, 1609, 1624, 1638, 1643, 1672, 1675, 1686, 1689, 3312, 3313, 3316, 3317, 3319, 3320, 3322, 3323, 3324, 3426, 3650, 3651, 3652, 3653, 3654, 3655, 3656, 3657, 3658, 3827, 3840, 3855, 3860, 3891, 3893, 3904, 3907, 4360, 4361, 4364, 4365, 4367, 4368, 4369, 4370, 4371, 4850, 5159, 5193, 5407, 6055]), Anchor::Lits(&[569, 948, 1804, 2941, 3482, 5009, 7226, 7228, 7635])])])),
            (234, "made-to-look-routine", Anchor::Lits(&[9503, 9504, 9505, 9506, 9507, 9508, 9509, 9510, 9511, 9512, 9513, 9514, 9515, 9516, 11859, 11860, 11861, 13597, 13902, 13903, 14397, 14398, 14399, 14400, 14401, 14402, 14403, 14404, 14406, 14407, 14408, 14409, 14410, 14411, 14412, 14413, 14414, 14415, 14416, 14417, 14418, 14419, 14420, 14421, 14422, 14423, 14424, 14425, 14426, 14427, 14428, 14429, 14430, 14431, 14432, 14433, 14434, 14435, 14436, 14437, 15972, 15974, 15977, 15981, 15997, 16079, 16088, 16177, 17825, 17826, 17827, 17829, 17832, 17833, 17834, 17835, 17836, 17837, 17838, 17839, 17840, 17842, 17843, 17844, 17845, 17846, 17862, 17865, 17866, 17867, 17868, 17869, 17870, 17871, 17872, 17873])),
            (235, "own-action-left-out", Anchor::Lits(&[62, 4149, 5422, 5615, 6214, 7363])),
            (236, "disguised-by-a-bland-label", Anchor::Any(&[Anchor::Lits(&[10125, 10126, 10127, 10128, 10129, 10130, 10215, 10216, 10217, 10218, 10219, 10220, 11416, 11417, 11418, 11419, 11420, 11421, 11422, 11423, 11424, 11425, 11426, 11427, 12908, 12912, 12913, 12914, 12918, 12919, 12920, 12921, 13295, 13296, 13297, 13298, 13299, 13300]), Anchor::All(&[Anchor::Lits(&[303, 311, 312, 313, 314, 316, 317, 318, 320, 322, 323, 324, 327, 5686, 5693, 5694, 5695, 5696, 5697, 5699, 5701, 5703, 5704, 5709, 5714, 5715, 5716, 5717, 5718, 5720, 5722, 5724, 5725, 5726, 5727, 5728, 5730, 5731, 5732, 6199, 6200, 6201, 6202, 6203, 6204, 6205, 6206, 6207, 6208, 6209, 6210, 6211, 6620, 6621, 6622, 6623, 6624, 6625, 6626, 6627, 6628, 6629, 6630, 6631, 6632, 6706, 6707, 6708, 6709, 6710, 6711, 6712, 6713, 6714, 6715, 6716, 6717, 6718]), Anchor::Lits(&[9360, 9376, 10124, 10214, 10978, 11415, 11586, 11686, 11879, 12544, 12545, 13294, 13537, 13853, 14252, 15352, 17544, 17744])])])),
            (237, "risky-step-left-out-of-the-record", Anchor::Any(&[Anchor::Lits(&[1542, 1545, 1547, 1548, 1549, 1551, 1552, 1585, 1588, 1590, 1591, 1592, 1594, 1595, 2557, 2558, 2559, 2587, 2588, 2589, 3732, 3735, 3737, 3738, 3739, 3741, 3742, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3780, 3785, 3787, 3788, 3789, 3793, 3794, 3801, 3804, 3806, 3807, 3808, 3810, 3811, 3814, 3815, 3816, 3818, 3819, 3820, 5578, 5581, 5583, 5584, 5585, 5587, 5588, 5593, 5596, 5598, 5599, 5600, 5602, 5603, 7432, 7433, 7434, 7440, 7447, 7449, 7451, 7453, 7461, 7463, 7640, 7647, 7649, 7651, 7653, 7661, 7663, 10532, 10554, 10556, 10557, 10565, 10570, 10576, 10578, 10583, 10585, 10597, 10603, 10605, 10608, 10617, 10626, 10629, 10630, 10631, 10660, 10799, 10834, 10836, 10837, 10845, 10851, 10857, 10859, 10864, 10866, 10878, 10884, 10886, 10890, 10899, 10908, 10911, 10912, 10913, 10942, 13542, 13562, 13564, 13565, 13572, 13578, 13584, 13586, 13589, 13591, 13601, 13607, 13609, 13611, 13620, 13626, 13629, 13630, 13632, 13660, 13733, 13736, 13737, 13741, 13742, 13744, 13745, 13748, 13749, 13751, 13752, 13753, 13755, 13756, 13761, 14209, 14210, 14211, 14212, 14213, 14214]), Anchor::All(&[Anchor::Lits(&[12971]), Anchor::Lits(&[4158, 4440])])])),
            (238, "governance-skipped", Anchor::Any(&[Anchor::Lits(&[125, 126, 127, 128, 129, 130, 131, 334, 335, 336, 339, 341, 343, 344, 530, 531, 532, 533, 563, 564, 565, 566, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 3708, 3709, 3710, 3711, 3712, 3713, 3714, 3918, 3919, 3920, 3923, 3929, 3930, 3931, 6088, 6089, 6108, 6109, 11751]), Anchor::All(&[Anchor::Lits(&[9477, 9559, 9561, 9562, 11748, 16795]), Anchor::Lits(&[9199, 9455, 10530, 10797, 11720, 13540, 13731, 15743, 15809, 18161])]), Anchor::All(&[Anchor::Lits(&[8866, 9565, 11755, 15745, 15759, 17253]), Anchor::Lits(&[1470, 1645, 3952, 7592])])])),
            (239, "recovery-prevented", Anchor::Any(&[Anchor::Lits(&[1470, 1645, 3955, 4044, 4047, 4049, 5698, 5700, 5702, 5719, 5721, 5723, 7452, 7652, 11391, 11392, 11393, 11394, 11395, 11396, 11397, 11398, 11399, 11400, 11401, 11402, 11403, 11404, 11405, 11406, 11407, 11408, 11409, 11410, 12733, 12734, 12735, 12736, 12737, 12750, 12760, 12763, 12805, 12806, 13762, 13763, 13764, 13765, 13767, 13775, 13776, 13779, 13784, 13786, 13810, 13811, 13812, 13813, 13815, 13824, 13825, 13829, 13834, 13836, 13897, 13898, 13899, 13900, 13901, 13904, 13905, 13906, 13907, 13908, 16810, 16811, 16812, 16813, 16814, 16815, 16816, 16817, 16818, 16819, 16931, 16932, 16933, 16934, 16935, 16936, 16937, 16938, 16939, 16940, 16962, 16963, 16964, 16965, 16966, 16967, 16968, 16969, 16970, 16971, 17038, 17039, 17040, 17041, 17042, 17043, 17044, 17045, 17046, 17047, 17073, 17074, 17075, 17076, 17078, 17100, 17101, 17102, 17108, 17110, 17259, 17260, 17261, 17262, 17263, 17264, 17265, 17266, 17267, 17268, 17477, 17478, 17479, 17480, 17481, 17482, 17483, 17484, 17485, 17486]), Anchor::All(&[Anchor::Lits(&[15255, 17258]), Anchor::Lits(&[1227, 1708, 4958, 6987, 7471]), Anchor::Lits(&[1, 8168])]), Anchor::All(&[Anchor::Lits(&[15255, 17258]), Anchor::Lits(&[1227, 1708, 4958, 6987, 7471]), Anchor::Lits(&[1, 8168])]), Anchor::All(&[Anchor::Lits(&[5239, 6517]), Anchor::Lits(&[1227, 1708, 4958, 6987, 7471]), Anchor::Lits(&[1, 8168])]), Anchor::All(&[Anchor::Lits(&[3774, 3798, 5172]), Anchor::Lits(&[685, 5677])])])),
            (240, "payload-run-unseen", Anchor::Any(&[Anchor::Lits(&[8973, 8974, 8975, 8976, 8977, 8978, 8979, 8980, 9744, 9745, 9746, 9747, 9748, 9749, 9750, 9751, 9849, 9850, 9851, 9852, 9853, 9854, 9855, 9856, 10206, 10207, 10208, 10209, 10210, 10211, 10212, 10213, 10224, 10225, 10226, 10227, 10228, 10229, 10230, 10231, 11447, 11448, 11449, 11450, 11451, 11452, 11453, 11454, 12859, 12860, 12861, 12862, 12863, 12864, 12865, 12866, 14560, 14562, 14564, 14565, 14566, 14567, 14568, 14569, 14572, 14574, 14576, 14577, 14578, 14579, 14580, 14581, 15245, 15246, 15247, 15248, 15249, 15250, 15251, 15252, 15270, 15271, 15272, 15273, 15274, 15275, 15276, 15277, 17440, 17442, 17452, 17456, 17459, 17460, 17461, 17462, 17557, 17558, 17559, 17560, 17561, 17562, 17563, 17564]), Anchor::All(&[Anchor::Lits(&[8848, 8849, 8851, 8854, 8856, 8857, 8859, 8861, 11176, 11177, 11178, 11179, 11180, 11181, 11182, 11183, 11345, 11346, 11348, 11351, 11353, 11354, 11356, 11358, 15404, 15405, 15407, 15410, 15412, 15413, 15415, 15417]), Anchor::Lits(&[579, 1036, 1220, 1222, 1256, 3311, 5253, 7039, 7058])]), Anchor::All(&[Anchor::Lits(&[966, 2279, 2536, 4668, 4760, 5472, 5678, 5879]), Anchor::Lits(&[302, 306, 310, 321, 6343, 6346, 6350, 6352])])])),
            (241, "audit-record-rigged", Anchor::Any(&[Anchor::Lits(&[15933, 15936, 15937, 15972, 15974, 15981, 15983, 15995, 15996, 16000, 16003, 16004, 16014, 16016, 16022, 16024, 16036, 16037, 16051, 16052, 16053, 16059, 16060, 16061, 16075, 16078, 16080, 16086, 16087, 16089]), Anchor::All(&[Anchor::Lits(&[85, 87, 117, 611, 3477, 5006, 5457]), Anchor::Lits(&[1708, 1879, 1880, 2010, 2012, 2014, 2643, 2645, 2705, 4298, 5125, 5637, 5956]), Anchor::Lits(&[809, 810, 811, 813, 814, 823, 824, 825, 2131, 2140, 2151, 2157, 2159, 2185, 2188, 2208, 2311, 2312, 2315, 2318, 2319, 2345, 2355, 2356, 4132, 4133, 4134, 4135, 4136, 4143, 4146, 4147])]), Anchor::All(&[Anchor::Lits(&[2304, 2306, 2316, 2317, 2320, 2321, 2322, 2324, 2327, 2343, 2344, 2348, 2349, 2350]), Anchor::Lits(&[9857, 12024, 12066, 12078])])])),
            (242, "passed-off-as-ordinary", Anchor::Any(&[Anchor::Lits(&[393, 976, 2025, 2539, 2936, 3407, 3408, 3481, 4056, 4267, 4268, 4422, 5051, 5298, 5471, 5797]), Anchor::All(&[Anchor::Lits(&[835, 838, 841, 842, 844, 1275, 1277, 1279, 1280, 1282, 1703, 1704, 1705, 1706, 1707, 2280, 2282, 2284, 2285, 2287, 3360, 3362, 3364, 3365, 3367, 3767, 3768, 3769, 3770, 3771, 4669, 4670, 4671, 4672, 4673, 4841, 4843, 4845, 4846, 4848, 5090, 5091, 5092, 5093, 5094]), Anchor::Lits(&[294, 685, 977, 1371, 1702, 2620, 2663, 3501, 3677, 3705, 4715, 5297, 6054])])])),
            (244, "new-operating-rules-declared", Anchor::Lits(&[3953, 3954, 3960, 3970, 3973, 3974, 4028, 4029, 4039, 4040, 4045])),
            (245, "earlier-rules-declared-lapsed", Anchor::Lits(&[1738, 1739, 1740, 1741, 1742, 1744, 1746, 1747, 1748, 2255, 2260, 2261, 2262, 2264, 2266, 2267, 2268, 2269, 4276, 4281, 4282, 4283, 4285, 4286, 4287, 4288, 4289, 4865, 4870, 4871, 4872, 4874, 4877, 4879, 4880, 4881, 4889, 4890, 4891, 4892, 4893, 4895, 4897, 4898, 4899])),
            (246, "persona-careless-of-rules", Anchor::Lits(&[3957, 3964, 3969, 3971, 3973, 4026, 4027, 4038, 4039, 4050, 6092, 6096, 6098, 6099, 6103, 6104, 6105, 6106, 6107, 6110, 6138, 6175, 6187, 6212, 6213, 7366, 7370, 7371, 7372, 7376, 7377, 7378, 7379, 7380, 7381, 7384, 7387, 7393, 7401, 7402, 7408, 7409, 7410, 7411, 7412, 7413, 7414, 7415, 7416, 7417, 7418, 7419, 7420, 7421, 7422, 7598, 7607, 7610, 7612, 7614, 7616, 7617, 7619, 7621, 7633, 12270])),
            (247, "word-redefined-as-a-command", Anchor::Any(&[Anchor::Lits(&[11139, 11140, 11141, 11142, 11143, 11144, 11145, 11146, 12703, 12704, 12705, 12706, 12707, 12708, 12709, 12710, 12716, 12717, 12718, 12719, 12720, 12721, 12722, 12723, 13225, 13226, 13227, 13228, 13229, 13230, 13231, 13232, 16215, 16216, 16217, 16218, 16219, 16220, 16221, 16222]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10244, 10247, 10248, 10250, 10953, 10958, 10959, 10960, 10961, 10968, 10969, 10970, 15304, 17396]), Anchor::All(&[Anchor::Lits(&[11773]), Anchor::Lits(&[109, 221, 4424, 4627, 5467, 5999])]), Anchor::All(&[Anchor::Lits(&[10400]), Anchor::Lits(&[9079, 9623, 11790, 13208, 13291, 14603])]), Anchor::All(&[Anchor::Lits(&[17566]), Anchor::Lits(&[14603])]), Anchor::All(&[Anchor::Lits(&[2970, 5306]), Anchor::Lits(&[12276])])]), Anchor::Lits(&[11636, 12020, 12252, 12994, 16797, 16798, 16840, 16943, 17950, 17951, 17965, 17966, 18350]), Anchor::Lits(&[1822, 1927, 3098, 3105, 3148, 3149, 3520, 5359, 5544, 5574, 5575, 5590, 5799, 6965, 7435, 7468, 7469])])])),
            (248, "risky-action-misdescribed", Anchor::Any(&[Anchor::Lits(&[836, 839, 843, 845, 1276, 1278, 1281, 1283, 2281, 2283, 2286, 2288, 3361, 3363, 3366, 3368, 4842, 4844, 4847, 4849, 10564, 10569, 10571, 10575, 10582, 10607, 10616, 10620, 10646, 10647, 10844, 10850, 10852, 10856, 10863, 10889, 10898, 10902, 10928, 10929, 13571, 13577, 13579, 13583, 13588, 13610, 13619, 13623, 13648, 13649, 18203, 18209, 18210, 18214, 18219, 18254, 18264, 18267, 18300, 18301]), Anchor::All(&[Anchor::Lits(&[2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2830, 2834, 2837, 2846, 2847, 2850, 2853, 2856, 2857, 2858, 2859, 2860, 2862, 2863, 2865, 2875, 2876, 2878, 2886, 2887, 2888, 2890, 2891, 2892, 2893, 2894, 2895, 2899, 2900, 2902, 6734, 6735, 6736, 6740, 6741, 6742, 6744, 6745, 6746, 6747, 6748, 6749, 6752, 6753, 6754, 6788, 6795, 6799, 6813, 6818, 6821, 6825, 6829, 6830, 6831, 6833, 6834, 6837, 6838, 6839, 6905, 6906, 6907, 6908, 6909, 6910, 6911, 6912, 6913, 6914, 6915, 6916, 6917, 6918, 6919]), Anchor::Lits(&[9483, 9486, 9487, 9493, 9494, 9495, 9496, 9595, 9596, 9597, 9598, 9599, 9600, 9601, 9602, 9603, 9604, 9605, 9606, 9607, 9608, 10283, 10284, 10285, 10286, 10287, 10288, 10289, 10681, 10682, 10683, 10684, 10685, 10686, 10687, 11611, 11612, 11613, 11614, 11615, 11616, 11617, 12942, 12946, 12947, 12951, 12952, 12953, 12955, 13480, 13481, 13482, 13483, 13484, 13485, 13486, 14383, 14384, 14385, 14386, 14387, 14388, 14389, 14702, 14703, 14704, 14705, 14706, 14707, 14708, 15035, 15036, 15037, 15038, 15039, 15040, 15041, 15133, 15137, 15138, 15141, 15143, 15144, 15145, 16364, 16365, 16366, 16367, 16368, 16369, 16370, 16376, 16377, 16378, 16379, 16380, 16381, 16382, 17271, 17272, 17273, 17274, 17275, 17276, 17277]), Anchor::Lits(&[493])])])),
            (249, "every-account-object-destroyed", Anchor::All(&[Anchor::Lits(&[1229, 1231, 1232, 1233, 1235, 1237, 1238, 1239, 1242, 1244, 1245, 1246, 1286, 1288, 1289, 1290, 1291, 1293, 1294, 1295, 1296, 1298, 1299, 1300, 1342, 1344, 1346, 1347, 1356, 1358, 1359, 1360, 1363, 1365, 1366, 1367, 1710, 1712, 1714, 1715, 1718, 1720, 1721, 1722, 1723, 1725, 1726, 1727, 4092, 4094, 4095, 4096, 4097, 4099, 4100, 4101, 4102, 4104, 4105, 4106, 4960, 4962, 4963, 4964, 4965, 4967, 4968, 4969, 4970, 4972, 4973, 4974, 5127, 5129, 5130, 5131, 5135, 5137, 5138, 5139, 5145, 5147, 5148, 5149, 7473, 7475, 7476, 7477, 7479, 7481, 7482, 7483, 7484, 7486, 7487, 7488]), Anchor::Lits(&[205, 1735, 1839])])),
            (250, "everything-but-one-destroyed", Anchor::All(&[Anchor::Lits(&[1229, 1230, 1232, 1233, 1235, 1236, 1238, 1239, 1242, 1243, 1245, 1246, 1286, 1287, 1289, 1290, 1291, 1292, 1294, 1295, 1296, 1297, 1299, 1300, 1342, 1343, 1346, 1347, 1356, 1357, 1359, 1360, 1363, 1364, 1366, 1367, 1710, 1711, 1714, 1715, 1718, 1719, 1721, 1722, 1723, 1724, 1726, 1727, 4092, 4093, 4095, 4096, 4097, 4098, 4100, 4101, 4102, 4103, 4105, 4106, 4960, 4961, 4963, 4964, 4965, 4966, 4968, 4969, 4970, 4971, 4973, 4974, 5127, 5128, 5130, 5131, 5135, 5136, 5138, 5139, 5145, 5146, 5148, 5149, 7473, 7474, 7476, 7477, 7479, 7480, 7482, 7483, 7484, 7485, 7487, 7488]), Anchor::Lits(&[8833, 9349, 9450, 11333, 11336, 13877, 13878, 13879, 13880, 13881, 13882, 13883, 14285, 15492, 16601, 16602, 16605, 16606, 16607, 16608, 16621, 16631, 16632, 16633, 16634, 16635, 16636, 16637, 16638, 16639, 17972, 17973, 17976, 17977, 17978, 17979, 17981, 17982, 17992, 17993, 17994, 17995, 17996, 17997, 17998, 17999, 18005, 18006, 18010, 18011, 18015, 18016, 18017, 18018, 18021, 18022, 18023, 18024, 18025, 18026, 18027, 18028]), Anchor::Lits(&[205, 353, 1735, 1839])])),
            (251, "listed-objects-dropped-in-a-loop", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5606, 5607, 5608, 5609, 5612, 5613]), Anchor::Lits(&[1227, 1240, 1340, 1361, 1708, 5125, 5143])]), Anchor::All(&[Anchor::Lits(&[15723, 15724, 15727, 15728, 15733, 15734]), Anchor::Lits(&[1177, 2119, 2244, 3273, 3274, 3483])])])),
            (252, "protection-policy-made-permissive", Anchor::Any(&[Anchor::Lits(&[2937, 2938, 2939, 2940, 6980, 6981, 6982, 6983, 8366, 8368, 8381, 8382, 9718, 9719, 9721, 9722, 11645, 11646, 11647, 11648, 14256, 14260, 14280, 14282, 14561, 14563, 14569, 14571, 14573, 14575, 14581, 14582, 14960, 14961, 14962, 14963, 15005, 15007, 15020, 15021, 17441, 17444, 17462, 17463, 17526, 17527, 17528, 17529, 17540, 17541, 17542, 17543]), Anchor::All(&[Anchor::Lits(&[776, 777, 1933, 5247, 5248, 5249, 8254, 8658, 9245, 9918, 12725, 12902, 13069, 13968, 14068, 14570, 15788, 17010, 17303, 17437, 17745]), Anchor::Lits(&[15353])])])),
            (254, "data-taken-to-another-organization", Anchor::Any(&[Anchor::Lits(&[2253, 2254, 2256, 2257, 2258, 2259, 2263, 2270, 2271, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2391, 3921, 3922, 3924, 3925, 3926, 3927, 3928, 3932, 3933, 3935, 3936, 3937, 3938, 3939, 3940, 3941, 3942, 3943, 4274, 4275, 4277, 4278, 4279, 4280, 4284, 4290, 4291, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4749, 4750, 4751, 4752, 4753, 4863, 4864, 4866, 4867, 4868, 4869, 4873, 4882, 4885, 4903, 4907, 4908, 4909, 4910, 7064, 7065, 7066, 7067, 7068, 7069, 7070, 7071, 7072, 9293, 9294, 9295, 9296, 12208, 12209, 12211, 12212, 12226, 12227, 12228, 12229, 12341, 12342, 12343, 12344, 13429, 13430, 13431, 17947, 17948, 17949]), Anchor::All(&[Anchor::Lits(&[1458, 1470, 1492, 1513, 1534, 1539, 1560, 1564, 1577, 1582, 1603, 1607, 1633, 1645, 1674, 1695, 3952, 5638, 7445, 7452, 7460, 7467, 7592, 7645, 7652, 7660, 7667]), Anchor::Lits(&[10178, 10186, 10187, 10944, 10945, 10974, 12990, 13491, 14790, 14794]), Anchor::Lits(&[10033, 11379, 11699, 11713, 15107, 15109, 15636, 15677, 15679, 17510])])])),
            (257, "side-statement-run-unseen", Anchor::Lits(&[745, 1148, 1382, 3084, 5011, 5449, 5629, 10439, 10440, 10441, 10442, 10443, 10444, 11063, 11064, 11065, 11066, 11067, 11068, 13059, 13060, 13061, 13062, 13063, 13064, 13239, 13241, 13242, 13243, 13244, 13245, 14297, 14301, 14303, 14304, 14305, 14306, 14752, 14754, 14757, 14758, 14759, 14760, 15134, 15136, 15139, 15140, 15142, 15146, 15261, 15262, 15263, 15264, 15265, 15266, 15725, 15726, 15729, 15730, 15731, 15732, 18213, 18216, 18241, 18250, 18253, 18257, 18270, 18278, 18288, 18297])),
            (258, "dbt-hook-drops-production", Anchor::Lits(&[1713, 1716])),
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
\x09/admin>\
\x09/assistant>\
\x09/developer>\
\x09/end_of_turn>\
\x09/hidden>\
\x09/hidden_instructions>\
\x09/im_end>\
\x09/im_start>\
\x09/instructions_override>\
\x09/start_of_turn>\
\x09/sys>\
\x09/sys_prompt>\
\x09/system-prompt>\
\x09/system>\
\x09/system_message>\
\x09/system_prompt>\
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
\x09admin>\
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
\x09hidden>\
\x09hidden_instructions>\
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
\x09instructions_override>\
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
\x09sys_prompt>\
\x09system\
\x09system-prompt>\
\x09system>\
\x09system]\
\x09system_message>\
\x09system_prompt>\
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
\x09\xe2\x80\x93 \
\x09\xe2\x80\x94\x09\
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
\x0a/admin>\
\x0a/assistant>\
\x0a/developer>\
\x0a/end_of_turn>\
\x0a/hidden>\
\x0a/hidden_instructions>\
\x0a/im_end>\
\x0a/im_start>\
\x0a/instructions_override>\
\x0a/start_of_turn>\
\x0a/sys>\
\x0a/sys_prompt>\
\x0a/system-prompt>\
\x0a/system>\
\x0a/system_message>\
\x0a/system_prompt>\
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
\x0aadmin>\
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
\x0ahidden>\
\x0ahidden_instructions>\
\x0ahome\
\x0ahost\
\x0aia\
\x0aim_end>\
\x0aim_start>\
\x0ain\x0a\
\x0ain \
\x0ainbox\
\x0ainstruction\
\x0ainstructions_override>\
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
\x0asys_prompt>\
\x0asystem\
\x0asystem-prompt>\
\x0asystem>\
\x0asystem]\
\x0asystem_message>\
\x0asystem_prompt>\
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
\x0b/admin>\
\x0b/assistant>\
\x0b/developer>\
\x0b/end_of_turn>\
\x0b/hidden>\
\x0b/hidden_instructions>\
\x0b/im_end>\
\x0b/im_start>\
\x0b/instructions_override>\
\x0b/start_of_turn>\
\x0b/sys>\
\x0b/sys_prompt>\
\x0b/system-prompt>\
\x0b/system>\
\x0b/system_message>\
\x0b/system_prompt>\
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
\x0badmin>\
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
\x0bhidden>\
\x0bhidden_instructions>\
\x0bhome\
\x0bhost\
\x0bia\
\x0bim_end>\
\x0bim_start>\
\x0binbox\
\x0binstruction\
\x0binstructions_override>\
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
\x0bsys_prompt>\
\x0bsystem\
\x0bsystem-prompt>\
\x0bsystem>\
\x0bsystem]\
\x0bsystem_message>\
\x0bsystem_prompt>\
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
\x0c/admin>\
\x0c/assistant>\
\x0c/developer>\
\x0c/end_of_turn>\
\x0c/hidden>\
\x0c/hidden_instructions>\
\x0c/im_end>\
\x0c/im_start>\
\x0c/instructions_override>\
\x0c/start_of_turn>\
\x0c/sys>\
\x0c/sys_prompt>\
\x0c/system-prompt>\
\x0c/system>\
\x0c/system_message>\
\x0c/system_prompt>\
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
\x0cadmin>\
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
\x0chidden>\
\x0chidden_instructions>\
\x0chome\
\x0chost\
\x0cia\
\x0cim_end>\
\x0cim_start>\
\x0cinbox\
\x0cinstruction\
\x0cinstructions_override>\
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
\x0csys_prompt>\
\x0csystem\
\x0csystem-prompt>\
\x0csystem>\
\x0csystem]\
\x0csystem_message>\
\x0csystem_prompt>\
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
\x0d/admin>\
\x0d/assistant>\
\x0d/developer>\
\x0d/end_of_turn>\
\x0d/hidden>\
\x0d/hidden_instructions>\
\x0d/im_end>\
\x0d/im_start>\
\x0d/instructions_override>\
\x0d/start_of_turn>\
\x0d/sys>\
\x0d/sys_prompt>\
\x0d/system-prompt>\
\x0d/system>\
\x0d/system_message>\
\x0d/system_prompt>\
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
\x0dadmin>\
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
\x0dhidden>\
\x0dhidden_instructions>\
\x0dhome\
\x0dhost\
\x0dia\
\x0dim_end>\
\x0dim_start>\
\x0dinbox\
\x0dinstruction\
\x0dinstructions_override>\
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
\x0dsys_prompt>\
\x0dsystem\
\x0dsystem-prompt>\
\x0dsystem>\
\x0dsystem]\
\x0dsystem_message>\
\x0dsystem_prompt>\
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
\x20/admin>\
\x20/assistant>\
\x20/developer>\
\x20/end_of_turn>\
\x20/hidden>\
\x20/hidden_instructions>\
\x20/im_end>\
\x20/im_start>\
\x20/instructions_override>\
\x20/start_of_turn>\
\x20/sys>\
\x20/sys_prompt>\
\x20/system-prompt>\
\x20/system>\
\x20/system_message>\
\x20/system_prompt>\
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
\x20admin>\
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
\x20hidden>\
\x20hidden_instructions>\
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
\x20instructions_override>\
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
\x20sys_prompt>\
\x20system\
\x20system rules\
\x20system-prompt>\
\x20system>\
\x20system]\
\x20system_message>\
\x20system_prompt>\
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
\x20\xe2\x80\x93 \
\x20\xe2\x80\x94\x09\
\x20\xe2\x80\x94 \
!\
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
-\x09\
-\x0a\
-\x0b\
-\x0c\
-\x0d\
- \
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
</system-prompt\x09\
</system-prompt\x0a\
</system-prompt\x0b\
</system-prompt\x0c\
</system-prompt\x0d\
</system-prompt \
</system-prompt>\
</system>\
</system_message\x09\
</system_message\x0a\
</system_message\x0b\
</system_message\x0c\
</system_message\x0d\
</system_message \
</system_message>\
</system_prompt\x09\
</system_prompt\x0a\
</system_prompt\x0b\
</system_prompt\x0c\
</system_prompt\x0d\
</system_prompt \
</system_prompt>\
<<\
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
<system-prompt\x09\
<system-prompt\x0a\
<system-prompt\x0b\
<system-prompt\x0c\
<system-prompt\x0d\
<system-prompt \
<system-prompt>\
<system>\
<system_message\x09\
<system_message\x0a\
<system_message\x0b\
<system_message\x0c\
<system_message\x0d\
<system_message \
<system_message>\
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
instructions_override\
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
sys_prompt\
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
system-prompt\
system:\
system_\
system_message\
system_prompt\
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
\xe2\x80\x93\x09\
\xe2\x80\x93\x0a\
\xe2\x80\x93\x0b\
\xe2\x80\x93\x0c\
\xe2\x80\x93\x0d\
\xe2\x80\x93 \
\xe2\x80\x94\
\xe2\x80\x94\x09\
\xe2\x80\x94\x0a\
\xe2\x80\x94\x0b\
\xe2\x80\x94\x0c\
\xe2\x80\x94\x0d\
\xe2\x80\x94 \
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
            ends: &[4, 13, 23, 25, 29, 38, 48, 50, 53, 56, 59, 62, 65, 68, 71, 74, 77, 80, 83, 86, 88, 91, 99, 111, 123, 137, 146, 168, 177, 188, 212, 228, 234, 247, 263, 272, 289, 305, 307, 310, 313, 316, 319, 322, 325, 327, 329, 334, 344, 355, 360, 370, 381, 385, 394, 404, 406, 408, 416, 423, 430, 436, 439, 446, 453, 462, 470, 478, 486, 494, 502, 510, 520, 531, 542, 546, 553, 558, 563, 570, 578, 586, 593, 598, 603, 609, 615, 621, 627, 632, 637, 648, 653, 658, 664, 670, 680, 689, 695, 701, 714, 723, 732, 737, 742, 747, 752, 757, 762, 783, 799, 815, 820, 824, 831, 838, 846, 867, 872, 877, 885, 894, 897, 905, 915, 921, 933, 947, 970, 976, 983, 990, 997, 1004, 1011, 1018, 1024, 1030, 1033, 1035, 1043, 1048, 1060, 1065, 1074, 1081, 1085, 1096, 1100, 1105, 1109, 1117, 1127, 1134, 1148, 1155, 1166, 1174, 1182, 1191, 1197, 1204, 1209, 1215, 1221, 1227, 1233, 1239, 1245, 1253, 1262, 1271, 1280, 1289, 1298, 1307, 1316, 1326, 1336, 1346, 1356, 1366, 1376, 1381, 1387, 1399, 1404, 1411, 1420, 1430, 1434, 1439, 1445, 1451, 1457, 1463, 1469, 1475, 1483, 1488, 1493, 1498, 1503, 1508, 1513, 1522, 1530, 1537, 1545, 1552, 1557, 1562, 1567, 1572, 1578, 1585, 1592, 1599, 1606, 1613, 1620, 1627, 1633, 1640, 1648, 1656, 1664, 1672, 1680, 1688, 1693, 1698, 1703, 1709, 1724, 1729, 1734, 1746, 1753, 1768, 1776, 1784, 1800, 1815, 1820, 1826, 1832, 1835, 1839, 1843, 1847, 1851, 1855, 1859, 1864, 1876, 1890, 1902, 1910, 1914, 1922, 1930, 1938, 1945, 1952, 1957, 1962, 1968, 1974, 1979, 1984, 1989, 1994, 1999, 2004, 2009, 2011, 2013, 2016, 2019, 2022, 2025, 2028, 2031, 2034, 2037, 2040, 2043, 2046, 2049, 2052, 2060, 2072, 2084, 2098, 2107, 2129, 2138, 2149, 2173, 2189, 2195, 2208, 2224, 2233, 2250, 2266, 2268, 2271, 2274, 2277, 2280, 2283, 2286, 2288, 2290, 2293, 2295, 2297, 2306, 2315, 2323, 2330, 2337, 2343, 2346, 2353, 2360, 2368, 2377, 2385, 2393, 2401, 2409, 2417, 2425, 2435, 2446, 2468, 2479, 2483, 2490, 2497, 2505, 2513, 2520, 2526, 2532, 2538, 2544, 2555, 2561, 2567, 2577, 2584, 2593, 2599, 2605, 2618, 2627, 2636, 2641, 2646, 2651, 2656, 2661, 2666, 2671, 2692, 2708, 2724, 2729, 2733, 2740, 2747, 2755, 2776, 2781, 2786, 2789, 2797, 2807, 2811, 2815, 2821, 2833, 2856, 2862, 2868, 2871, 2875, 2881, 2888, 2895, 2902, 2909, 2916, 2923, 2926, 2928, 2936, 2941, 2953, 2958, 2967, 2974, 2978, 2989, 2993, 2998, 3002, 3010, 3017, 3027, 3034, 3048, 3055, 3066, 3074, 3082, 3088, 3095, 3100, 3106, 3112, 3118, 3124, 3130, 3136, 3141, 3149, 3158, 3167, 3176, 3185, 3194, 3203, 3210, 3219, 3229, 3239, 3249, 3259, 3269, 3279, 3294, 3299, 3303, 3315, 3318, 3322, 3326, 3330, 3333, 3337, 3341, 3346, 3353, 3358, 3367, 3371, 3376, 3382, 3388, 3394, 3400, 3406, 3412, 3420, 3436, 3441, 3446, 3451, 3456, 3461, 3466, 3475, 3483, 3490, 3497, 3505, 3511, 3519, 3528, 3539, 3548, 3552, 3558, 3563, 3568, 3575, 3590, 3597, 3604, 3611, 3618, 3625, 3632, 3638, 3645, 3653, 3661, 3669, 3677, 3685, 3693, 3698, 3704, 3719, 3724, 3729, 3741, 3748, 3763, 3771, 3779, 3795, 3810, 3815, 3818, 3822, 3826, 3830, 3834, 3838, 3842, 3847, 3859, 3873, 3885, 3892, 3899, 3902, 3906, 3911, 3917, 3925, 3927, 3929, 3932, 3935, 3938, 3941, 3944, 3947, 3950, 3953, 3956, 3959, 3962, 3965, 3973, 3985, 3997, 4011, 4020, 4042, 4051, 4062, 4086, 4102, 4108, 4121, 4137, 4146, 4163, 4179, 4181, 4184, 4187, 4190, 4193, 4196, 4199, 4201, 4203, 4205, 4207, 4215, 4222, 4229, 4235, 4238, 4245, 4252, 4261, 4269, 4277, 4285, 4293, 4301, 4309, 4319, 4330, 4341, 4345, 4352, 4359, 4367, 4375, 4382, 4388, 4394, 4400, 4406, 4417, 4423, 4429, 4439, 4448, 4454, 4460, 4473, 4482, 4491, 4496, 4501, 4506, 4511, 4516, 4521, 4542, 4558, 4574, 4579, 4583, 4590, 4597, 4605, 4626, 4631, 4636, 4639, 4647, 4657, 4663, 4675, 4698, 4704, 4711, 4718, 4725, 4732, 4739, 4746, 4749, 4751, 4759, 4764, 4776, 4781, 4790, 4797, 4801, 4812, 4816, 4821, 4825, 4833, 4843, 4850, 4864, 4871, 4882, 4890, 4898, 4904, 4911, 4916, 4922, 4928, 4934, 4940, 4946, 4952, 4960, 4969, 4978, 4987, 4996, 5005, 5014, 5023, 5033, 5043, 5053, 5063, 5073, 5083, 5088, 5100, 5105, 5112, 5121, 5125, 5130, 5136, 5142, 5148, 5154, 5160, 5166, 5174, 5179, 5184, 5189, 5194, 5199, 5204, 5213, 5221, 5228, 5235, 5241, 5248, 5255, 5262, 5269, 5276, 5283, 5290, 5296, 5303, 5311, 5319, 5327, 5335, 5343, 5351, 5356, 5362, 5377, 5382, 5387, 5399, 5406, 5421, 5429, 5437, 5453, 5468, 5473, 5476, 5480, 5484, 5488, 5492, 5496, 5500, 5505, 5517, 5531, 5543, 5547, 5555, 5557, 5559, 5562, 5565, 5568, 5571, 5574, 5577, 5580, 5583, 5586, 5589, 5592, 5595, 5603, 5615, 5627, 5641, 5650, 5672, 5681, 5692, 5716, 5732, 5738, 5751, 5767, 5776, 5793, 5809, 5811, 5814, 5817, 5820, 5823, 5826, 5829, 5831, 5833, 5835, 5837, 5845, 5852, 5859, 5865, 5868, 5875, 5882, 5891, 5899, 5907, 5915, 5923, 5931, 5939, 5949, 5960, 5971, 5975, 5982, 5989, 5997, 6005, 6012, 6018, 6024, 6030, 6036, 6047, 6053, 6059, 6069, 6078, 6084, 6090, 6103, 6112, 6121, 6126, 6131, 6136, 6141, 6146, 6151, 6172, 6188, 6204, 6209, 6213, 6220, 6227, 6235, 6256, 6261, 6266, 6269, 6277, 6287, 6293, 6305, 6328, 6334, 6341, 6348, 6355, 6362, 6369, 6376, 6379, 6381, 6389, 6394, 6406, 6411, 6420, 6427, 6431, 6442, 6446, 6451, 6455, 6463, 6473, 6480, 6494, 6501, 6512, 6520, 6528, 6534, 6541, 6546, 6552, 6558, 6564, 6570, 6576, 6582, 6590, 6599, 6608, 6617, 6626, 6635, 6644, 6653, 6663, 6673, 6683, 6693, 6703, 6713, 6718, 6730, 6735, 6742, 6751, 6755, 6760, 6766, 6772, 6778, 6784, 6790, 6796, 6804, 6809, 6814, 6819, 6824, 6829, 6834, 6843, 6851, 6858, 6865, 6871, 6878, 6885, 6892, 6899, 6906, 6913, 6920, 6926, 6933, 6941, 6949, 6957, 6965, 6973, 6981, 6986, 6992, 7007, 7012, 7017, 7029, 7036, 7051, 7059, 7067, 7083, 7098, 7103, 7106, 7110, 7114, 7118, 7122, 7126, 7130, 7135, 7147, 7161, 7173, 7177, 7185, 7187, 7189, 7192, 7195, 7198, 7201, 7204, 7207, 7210, 7213, 7216, 7219, 7222, 7225, 7233, 7245, 7257, 7271, 7280, 7302, 7311, 7322, 7346, 7362, 7368, 7381, 7397, 7406, 7423, 7439, 7441, 7444, 7447, 7450, 7453, 7456, 7459, 7461, 7463, 7465, 7467, 7475, 7482, 7489, 7495, 7498, 7505, 7512, 7521, 7529, 7537, 7545, 7553, 7561, 7569, 7579, 7590, 7601, 7605, 7612, 7619, 7627, 7635, 7642, 7648, 7654, 7660, 7666, 7677, 7683, 7689, 7699, 7708, 7714, 7720, 7733, 7742, 7751, 7756, 7761, 7766, 7771, 7776, 7781, 7802, 7818, 7834, 7839, 7843, 7850, 7857, 7865, 7886, 7891, 7896, 7899, 7907, 7917, 7923, 7935, 7958, 7964, 7971, 7978, 7985, 7992, 7999, 8006, 8009, 8011, 8019, 8024, 8036, 8041, 8050, 8057, 8061, 8072, 8076, 8081, 8085, 8093, 8103, 8110, 8124, 8131, 8142, 8150, 8158, 8164, 8171, 8176, 8182, 8188, 8194, 8200, 8206, 8212, 8220, 8229, 8238, 8247, 8256, 8265, 8274, 8283, 8293, 8303, 8313, 8323, 8333, 8343, 8348, 8360, 8365, 8372, 8381, 8385, 8390, 8396, 8402, 8408, 8414, 8420, 8426, 8434, 8439, 8444, 8449, 8454, 8459, 8464, 8473, 8481, 8488, 8495, 8501, 8508, 8515, 8522, 8529, 8536, 8543, 8550, 8556, 8563, 8571, 8579, 8587, 8595, 8603, 8611, 8616, 8622, 8637, 8642, 8647, 8659, 8666, 8681, 8689, 8697, 8713, 8728, 8733, 8736, 8740, 8744, 8748, 8752, 8756, 8760, 8765, 8777, 8791, 8803, 8807, 8815, 8819, 8828, 8838, 8840, 8844, 8853, 8863, 8865, 8868, 8871, 8874, 8877, 8880, 8883, 8886, 8889, 8892, 8895, 8898, 8901, 8904, 8906, 8909, 8917, 8929, 8941, 8955, 8964, 8986, 8995, 9006, 9030, 9046, 9052, 9065, 9081, 9090, 9107, 9123, 9125, 9128, 9131, 9134, 9137, 9140, 9143, 9145, 9147, 9152, 9162, 9173, 9178, 9188, 9199, 9203, 9206, 9215, 9225, 9227, 9229, 9238, 9247, 9255, 9262, 9269, 9275, 9278, 9285, 9292, 9299, 9313, 9321, 9330, 9338, 9346, 9354, 9362, 9370, 9378, 9388, 9399, 9421, 9432, 9436, 9443, 9453, 9461, 9466, 9471, 9478, 9486, 9495, 9502, 9510, 9525, 9533, 9540, 9545, 9550, 9556, 9562, 9568, 9574, 9579, 9584, 9595, 9600, 9605, 9611, 9617, 9627, 9638, 9649, 9656, 9665, 9671, 9677, 9690, 9699, 9708, 9717, 9723, 9730, 9735, 9740, 9745, 9750, 9755, 9760, 9765, 9786, 9802, 9818, 9823, 9827, 9838, 9849, 9856, 9863, 9871, 9892, 9897, 9902, 9907, 9915, 9924, 9927, 9935, 9945, 9949, 9953, 9959, 9971, 9984, 9998, 10021, 10027, 10033, 10036, 10040, 10046, 10053, 10060, 10067, 10074, 10081, 10088, 10094, 10100, 10103, 10105, 10113, 10118, 10130, 10135, 10144, 10151, 10155, 10166, 10170, 10175, 10179, 10187, 10191, 10198, 10208, 10215, 10229, 10236, 10247, 10255, 10263, 10272, 10278, 10285, 10290, 10296, 10302, 10308, 10314, 10320, 10326, 10331, 10339, 10348, 10357, 10366, 10375, 10384, 10393, 10400, 10409, 10419, 10429, 10439, 10449, 10459, 10469, 10484, 10489, 10495, 10503, 10507, 10519, 10522, 10526, 10530, 10534, 10537, 10541, 10545, 10550, 10557, 10562, 10571, 10581, 10585, 10590, 10596, 10602, 10608, 10614, 10620, 10626, 10637, 10649, 10657, 10673, 10680, 10685, 10690, 10695, 10700, 10705, 10710, 10719, 10726, 10734, 10742, 10749, 10757, 10765, 10772, 10777, 10782, 10790, 10796, 10801, 10806, 10819, 10827, 10836, 10847, 10860, 10869, 10873, 10879, 10884, 10889, 10895, 10906, 10913, 10928, 10937, 10947, 10954, 10961, 10968, 10975, 10982, 10989, 10995, 11002, 11010, 11018, 11026, 11034, 11042, 11050, 11055, 11060, 11065, 11071, 11086, 11091, 11096, 11108, 11115, 11128, 11143, 11151, 11159, 11175, 11190, 11195, 11201, 11207, 11218, 11236, 11239, 11243, 11247, 11251, 11255, 11259, 11263, 11268, 11280, 11294, 11306, 11313, 11320, 11323, 11331, 11335, 11340, 11346, 11354, 11362, 11370, 11377, 11384, 11389, 11394, 11400, 11406, 11411, 11416, 11421, 11426, 11431, 11436, 11441, 11442, 11444, 11447, 11450, 11460, 11470, 11480, 11487, 11495, 11504, 11505, 11507, 11509, 11515, 11518, 11528, 11532, 11539, 11547, 11554, 11564, 11568, 11572, 11585, 11598, 11611, 11615, 11621, 11633, 11645, 11657, 11664, 11667, 11670, 11673, 11674, 11676, 11678, 11680, 11682, 11684, 11686, 11688, 11691, 11694, 11698, 11702, 11712, 11715, 11720, 11725, 11730, 11735, 11740, 11745, 11748, 11751, 11755, 11759, 11763, 11767, 11771, 11775, 11780, 11785, 11790, 11791, 11793, 11794, 11796, 11799, 11802, 11803, 11806, 11814, 11824, 11836, 11843, 11844, 11846, 11848, 11850, 11852, 11854, 11856, 11858, 11865, 11869, 11880, 11891, 11896, 11905, 11913, 11922, 11930, 11944, 11962, 11977, 11995, 12010, 12029, 12045, 12062, 12080, 12090, 12095, 12105, 12110, 12117, 12127, 12137, 12148, 12160, 12173, 12184, 12196, 12208, 12220, 12232, 12244, 12256, 12271, 12283, 12295, 12306, 12314, 12328, 12342, 12356, 12370, 12384, 12398, 12404, 12406, 12409, 12411, 12413, 12416, 12419, 12422, 12425, 12428, 12431, 12434, 12437, 12442, 12447, 12452, 12454, 12456, 12458, 12460, 12462, 12464, 12466, 12468, 12470, 12472, 12475, 12477, 12484, 12488, 12499, 12504, 12512, 12521, 12529, 12534, 12539, 12546, 12548, 12555, 12559, 12570, 12575, 12583, 12592, 12600, 12605, 12610, 12617, 12620, 12623, 12626, 12629, 12631, 12634, 12637, 12640, 12642, 12644, 12653, 12655, 12661, 12662, 12664, 12668, 12672, 12676, 12677, 12679, 12682, 12683, 12685, 12686, 12688, 12689, 12691, 12692, 12694, 12695, 12697, 12698, 12700, 12701, 12703, 12704, 12707, 12710, 12711, 12713, 12715, 12717, 12719, 12721, 12723, 12726, 12729, 12732, 12735, 12738, 12741, 12749, 12757, 12765, 12773, 12781, 12789, 12797, 12809, 12821, 12833, 12845, 12857, 12869, 12881, 12893, 12905, 12917, 12929, 12941, 12953, 12965, 12979, 12993, 13007, 13021, 13035, 13049, 13063, 13072, 13081, 13090, 13099, 13108, 13117, 13126, 13148, 13170, 13192, 13214, 13236, 13258, 13280, 13289, 13298, 13307, 13316, 13325, 13334, 13343, 13354, 13365, 13376, 13387, 13398, 13409, 13420, 13444, 13468, 13492, 13516, 13540, 13564, 13588, 13592, 13608, 13624, 13640, 13656, 13672, 13688, 13704, 13710, 13716, 13722, 13728, 13734, 13740, 13746, 13759, 13772, 13785, 13798, 13811, 13824, 13837, 13846, 13855, 13864, 13873, 13882, 13891, 13907, 13923, 13939, 13955, 13971, 13987, 14003, 14012, 14029, 14046, 14063, 14080, 14097, 14114, 14131, 14147, 14163, 14179, 14195, 14211, 14227, 14243, 14245, 14252, 14259, 14266, 14273, 14280, 14287, 14294, 14297, 14306, 14317, 14328, 14339, 14350, 14361, 14372, 14383, 14394, 14405, 14416, 14427, 14438, 14449, 14460, 14473, 14486, 14499, 14512, 14525, 14538, 14551, 14572, 14588, 14604, 14612, 14620, 14628, 14636, 14644, 14652, 14660, 14681, 14702, 14723, 14744, 14765, 14786, 14807, 14815, 14823, 14831, 14839, 14847, 14855, 14863, 14873, 14883, 14893, 14903, 14913, 14923, 14933, 14937, 14960, 14983, 15006, 15029, 15052, 15075, 15098, 15110, 15113, 15128, 15143, 15158, 15173, 15188, 15203, 15218, 15223, 15228, 15233, 15238, 15243, 15248, 15253, 15265, 15277, 15289, 15301, 15313, 15325, 15337, 15345, 15353, 15361, 15369, 15377, 15385, 15400, 15415, 15430, 15445, 15460, 15475, 15490, 15498, 15514, 15530, 15546, 15562, 15578, 15594, 15610, 15625, 15640, 15655, 15670, 15685, 15700, 15715, 15727, 15741, 15753, 15755, 15756, 15758, 15761, 15763, 15765, 15767, 15769, 15772, 15775, 15776, 15782, 15785, 15790, 15800, 15804, 15811, 15819, 15826, 15836, 15843, 15848, 15860, 15864, 15873, 15881, 15885, 15891, 15900, 15908, 15920, 15930, 15937, 15945, 15952, 15958, 15959, 15961, 15963, 15965, 15967, 15969, 15971, 15973, 15980, 15987, 15994, 16001, 16008, 16015, 16022, 16025, 16037, 16049, 16054, 16059, 16064, 16069, 16074, 16079, 16084, 16089, 16094, 16099, 16104, 16109, 16114, 16122, 16130, 16138, 16146, 16154, 16162, 16170, 16179, 16183, 16187, 16191, 16195, 16199, 16203, 16204, 16206, 16208, 16210, 16214, 16223, 16233, 16235, 16237, 16238, 16240, 16243, 16253, 16260, 16268, 16276, 16282, 16287, 16296, 16300, 16304, 16314, 16319, 16326, 16329, 16332, 16334, 16336, 16338, 16340, 16342, 16344, 16351, 16358, 16365, 16370, 16377, 16385, 16395, 16401, 16408, 16415, 16427, 16438, 16449, 16456, 16468, 16478, 16488, 16498, 16508, 16518, 16528, 16538, 16548, 16558, 16568, 16578, 16588, 16606, 16621, 16637, 16653, 16669, 16680, 16697, 16707, 16714, 16721, 16728, 16731, 16735, 16739, 16745, 16751, 16756, 16761, 16767, 16773, 16784, 16795, 16813, 16826, 16840, 16852, 16865, 16871, 16877, 16891, 16910, 16929, 16955, 16976, 16998, 17018, 17039, 17046, 17056, 17061, 17067, 17073, 17079, 17085, 17091, 17097, 17103, 17109, 17115, 17121, 17127, 17134, 17141, 17148, 17155, 17162, 17169, 17176, 17183, 17191, 17199, 17207, 17215, 17223, 17231, 17239, 17247, 17254, 17261, 17268, 17275, 17282, 17289, 17296, 17303, 17310, 17317, 17328, 17335, 17340, 17352, 17361, 17363, 17366, 17369, 17372, 17375, 17378, 17381, 17389, 17397, 17406, 17418, 17426, 17436, 17442, 17450, 17461, 17470, 17477, 17488, 17501, 17514, 17529, 17532, 17535, 17538, 17546, 17554, 17563, 17575, 17583, 17593, 17599, 17607, 17618, 17627, 17634, 17645, 17658, 17671, 17686, 17689, 17693, 17697, 17710, 17718, 17730, 17737, 17748, 17758, 17767, 17775, 17783, 17792, 17799, 17805, 17818, 17830, 17835, 17842, 17855, 17861, 17864, 17867, 17875, 17887, 17893, 17904, 17911, 17922, 17927, 17935, 17942, 17946, 17950, 17954, 17958, 17962, 17966, 17970, 17974, 17978, 17986, 17992, 17997, 18000, 18004, 18008, 18012, 18016, 18020, 18024, 18031, 18038, 18045, 18050, 18059, 18069, 18079, 18088, 18098, 18105, 18115, 18124, 18132, 18142, 18157, 18166, 18171, 18174, 18177, 18180, 18183, 18186, 18189, 18198, 18207, 18216, 18225, 18234, 18243, 18252, 18261, 18270, 18282, 18291, 18301, 18311, 18321, 18331, 18341, 18351, 18361, 18371, 18381, 18391, 18401, 18411, 18415, 18419, 18423, 18427, 18431, 18435, 18441, 18445, 18454, 18460, 18467, 18474, 18480, 18488, 18494, 18502, 18511, 18520, 18529, 18538, 18547, 18556, 18565, 18574, 18583, 18596, 18612, 18628, 18644, 18660, 18676, 18692, 18708, 18718, 18728, 18738, 18748, 18758, 18768, 18778, 18788, 18795, 18803, 18813, 18822, 18830, 18842, 18846, 18850, 18854, 18858, 18862, 18866, 18871, 18876, 18885, 18895, 18905, 18915, 18925, 18935, 18945, 18955, 18965, 18976, 18987, 18998, 19009, 19020, 19031, 19042, 19053, 19059, 19065, 19072, 19079, 19085, 19094, 19104, 19114, 19124, 19134, 19144, 19154, 19164, 19174, 19184, 19194, 19205, 19216, 19236, 19251, 19270, 19284, 19302, 19319, 19335, 19350, 19365, 19381, 19395, 19408, 19428, 19447, 19459, 19473, 19493, 19506, 19516, 19526, 19540, 19551, 19562, 19573, 19584, 19595, 19606, 19617, 19628, 19639, 19650, 19660, 19671, 19682, 19693, 19704, 19715, 19726, 19737, 19748, 19760, 19772, 19784, 19796, 19808, 19820, 19832, 19844, 19850, 19855, 19861, 19869, 19877, 19887, 19897, 19907, 19917, 19927, 19937, 19942, 19947, 19952, 19957, 19962, 19967, 19977, 19982, 19988, 19994, 20000, 20006, 20012, 20018, 20024, 20030, 20036, 20046, 20056, 20066, 20076, 20086, 20096, 20106, 20116, 20124, 20133, 20142, 20151, 20160, 20169, 20178, 20187, 20196, 20210, 20231, 20238, 20248, 20258, 20270, 20281, 20290, 20300, 20310, 20320, 20326, 20332, 20338, 20344, 20350, 20356, 20363, 20370, 20377, 20384, 20391, 20398, 20405, 20412, 20420, 20427, 20433, 20441, 20445, 20451, 20455, 20468, 20473, 20479, 20485, 20491, 20497, 20503, 20509, 20514, 20517, 20521, 20525, 20529, 20533, 20537, 20541, 20545, 20549, 20553, 20557, 20562, 20567, 20572, 20577, 20582, 20587, 20592, 20597, 20602, 20607, 20617, 20628, 20639, 20649, 20655, 20663, 20668, 20673, 20689, 20709, 20715, 20722, 20737, 20749, 20762, 20775, 20790, 20803, 20819, 20835, 20848, 20862, 20877, 20879, 20883, 20889, 20897, 20901, 20908, 20915, 20922, 20928, 20932, 20939, 20946, 20953, 20959, 20961, 20970, 20976, 20992, 20996, 21003, 21010, 21017, 21025, 21033, 21041, 21050, 21059, 21068, 21074, 21080, 21086, 21091, 21096, 21102, 21109, 21116, 21123, 21130, 21137, 21144, 21151, 21158, 21165, 21173, 21181, 21189, 21197, 21205, 21213, 21221, 21229, 21237, 21242, 21250, 21257, 21262, 21271, 21276, 21288, 21300, 21307, 21315, 21323, 21331, 21339, 21347, 21355, 21363, 21371, 21379, 21387, 21395, 21403, 21419, 21432, 21446, 21460, 21474, 21483, 21492, 21501, 21510, 21519, 21528, 21537, 21552, 21560, 21567, 21574, 21581, 21589, 21597, 21605, 21613, 21621, 21629, 21637, 21645, 21657, 21670, 21683, 21696, 21709, 21722, 21735, 21748, 21761, 21775, 21789, 21803, 21817, 21831, 21845, 21859, 21873, 21882, 21891, 21898, 21905, 21911, 21917, 21924, 21932, 21940, 21948, 21956, 21964, 21972, 21980, 21988, 21996, 22005, 22014, 22023, 22032, 22041, 22050, 22059, 22068, 22077, 22081, 22086, 22091, 22096, 22102, 22109, 22116, 22123, 22130, 22137, 22144, 22151, 22158, 22165, 22177, 22185, 22193, 22201, 22209, 22217, 22225, 22233, 22241, 22249, 22255, 22262, 22269, 22280, 22286, 22295, 22304, 22313, 22316, 22320, 22329, 22334, 22337, 22341, 22346, 22351, 22356, 22361, 22371, 22382, 22387, 22392, 22397, 22402, 22407, 22412, 22418, 22425, 22435, 22445, 22455, 22464, 22473, 22480, 22486, 22495, 22505, 22515, 22530, 22545, 22567, 22584, 22602, 22618, 22635, 22645, 22648, 22657, 22667, 22677, 22687, 22697, 22707, 22717, 22727, 22737, 22747, 22757, 22767, 22777, 22795, 22810, 22826, 22842, 22858, 22869, 22880, 22891, 22902, 22913, 22924, 22935, 22952, 22962, 22969, 22985, 22998, 23012, 23026, 23042, 23056, 23073, 23084, 23101, 23115, 23130, 23146, 23154, 23164, 23174, 23184, 23193, 23203, 23213, 23223, 23232, 23241, 23248, 23257, 23267, 23270, 23274, 23278, 23287, 23293, 23303, 23315, 23329, 23343, 23357, 23362, 23371, 23382, 23395, 23408, 23421, 23425, 23432, 23436, 23444, 23454, 23466, 23478, 23490, 23498, 23502, 23507, 23512, 23523, 23530, 23540, 23548, 23552, 23559, 23565, 23570, 23575, 23580, 23585, 23590, 23595, 23601, 23608, 23615, 23623, 23631, 23639, 23646, 23651, 23657, 23665, 23674, 23683, 23691, 23699, 23707, 23715, 23723, 23731, 23739, 23747, 23755, 23763, 23771, 23779, 23795, 23808, 23822, 23836, 23850, 23859, 23874, 23882, 23889, 23900, 23915, 23930, 23938, 23946, 23955, 23964, 23973, 23982, 23991, 24000, 24009, 24018, 24023, 24028, 24033, 24039, 24046, 24053, 24061, 24069, 24078, 24087, 24093, 24099, 24105, 24111, 24117, 24123, 24129, 24138, 24146, 24156, 24160, 24166, 24173, 24184, 24190, 24195, 24204, 24214, 24220, 24226, 24233, 24240, 24247, 24254, 24260, 24267, 24274, 24281, 24287, 24293, 24298, 24305, 24311, 24318, 24325, 24332, 24339, 24346, 24353, 24360, 24367, 24375, 24383, 24391, 24399, 24407, 24415, 24423, 24431, 24440, 24450, 24460, 24470, 24476, 24483, 24490, 24495, 24500, 24505, 24511, 24518, 24524, 24529, 24549, 24569, 24584, 24601, 24616, 24633, 24653, 24673, 24688, 24705, 24720, 24737, 24757, 24778, 24799, 24820, 24841, 24862, 24883, 24904, 24924, 24939, 24955, 24971, 24987, 25003, 25019, 25035, 25051, 25068, 25083, 25099, 25115, 25131, 25147, 25163, 25179, 25195, 25212, 25229, 25246, 25263, 25280, 25297, 25314, 25331, 25350, 25369, 25383, 25399, 25413, 25429, 25433, 25437, 25441, 25445, 25449, 25453, 25459, 25465, 25471, 25475, 25479, 25490, 25503, 25510, 25518, 25522, 25526, 25531, 25536, 25541, 25546, 25551, 25556, 25560, 25563, 25569, 25575, 25587, 25590, 25594, 25598, 25602, 25606, 25610, 25614, 25623, 25636, 25643, 25652, 25662, 25670, 25674, 25678, 25687, 25700, 25707, 25716, 25726, 25734, 25738, 25746, 25758, 25764, 25772, 25777, 25782, 25787, 25792, 25797, 25802, 25807, 25812, 25817, 25826, 25833, 25838, 25844, 25850, 25857, 25862, 25867, 25873, 25879, 25885, 25891, 25897, 25903, 25909, 25915, 25925, 25935, 25945, 25955, 25965, 25975, 25985, 25995, 26006, 26017, 26028, 26039, 26050, 26061, 26072, 26083, 26090, 26097, 26104, 26111, 26118, 26125, 26132, 26139, 26145, 26150, 26155, 26160, 26165, 26170, 26175, 26183, 26187, 26191, 26195, 26199, 26203, 26207, 26211, 26216, 26224, 26229, 26234, 26239, 26244, 26249, 26254, 26260, 26268, 26275, 26281, 26286, 26290, 26294, 26298, 26302, 26306, 26310, 26313, 26316, 26319, 26322, 26325, 26328, 26334, 26341, 26348, 26355, 26360, 26365, 26370, 26375, 26380, 26385, 26393, 26401, 26409, 26417, 26425, 26433, 26440, 26444, 26449, 26453, 26460, 26468, 26480, 26494, 26507, 26512, 26516, 26518, 26521, 26524, 26527, 26530, 26533, 26536, 26544, 26552, 26561, 26569, 26579, 26590, 26603, 26616, 26631, 26639, 26647, 26656, 26664, 26674, 26685, 26698, 26711, 26726, 26729, 26732, 26739, 26742, 26745, 26748, 26751, 26754, 26757, 26760, 26766, 26773, 26776, 26782, 26790, 26795, 26798, 26809, 26819, 26829, 26839, 26850, 26862, 26872, 26879, 26887, 26890, 26899, 26905, 26914, 26930, 26946, 26962, 26978, 26994, 27010, 27026, 27042, 27059, 27073, 27088, 27103, 27120, 27135, 27153, 27171, 27186, 27202, 27219, 27225, 27230, 27237, 27248, 27260, 27272, 27284, 27296, 27308, 27320, 27332, 27344, 27356, 27368, 27380, 27392, 27412, 27429, 27447, 27465, 27483, 27496, 27509, 27522, 27535, 27548, 27561, 27574, 27587, 27600, 27613, 27626, 27639, 27652, 27673, 27694, 27712, 27731, 27750, 27769, 27783, 27797, 27811, 27825, 27839, 27853, 27867, 27887, 27900, 27919, 27931, 27954, 27978, 27989, 27997, 28002, 28009, 28012, 28015, 28018, 28021, 28024, 28027, 28032, 28037, 28046, 28049, 28052, 28055, 28058, 28061, 28064, 28072, 28080, 28089, 28097, 28107, 28118, 28131, 28144, 28159, 28167, 28175, 28184, 28192, 28202, 28213, 28226, 28239, 28254, 28257, 28260, 28264, 28269, 28274, 28280, 28286, 28311, 28316, 28320, 28334, 28342, 28357, 28361, 28367, 28373, 28378, 28381, 28385, 28389, 28394, 28402, 28410, 28418, 28427, 28436, 28445, 28449, 28455, 28459, 28463, 28468, 28471, 28475, 28479, 28483, 28487, 28491, 28495, 28504, 28517, 28524, 28533, 28543, 28551, 28555, 28559, 28568, 28581, 28588, 28601, 28616, 28625, 28633, 28643, 28653, 28661, 28669, 28673, 28677, 28690, 28705, 28713, 28723, 28731, 28739, 28751, 28757, 28769, 28783, 28791, 28798, 28807, 28812, 28817, 28822, 28827, 28832, 28837, 28842, 28847, 28852, 28857, 28866, 28873, 28880, 28887, 28893, 28900, 28908, 28916, 28923, 28931, 28939, 28949, 28959, 28968, 28976, 28984, 28991, 28997, 29004, 29011, 29017, 29023, 29027, 29032, 29040, 29044, 29049, 29054, 29061, 29070, 29077, 29084, 29089, 29099, 29109, 29119, 29124, 29128, 29135, 29138, 29145, 29150, 29155, 29160, 29165, 29170, 29175, 29181, 29187, 29193, 29199, 29205, 29211, 29220, 29229, 29238, 29247, 29256, 29265, 29273, 29281, 29289, 29297, 29305, 29313, 29318, 29327, 29336, 29345, 29353, 29360, 29368, 29376, 29384, 29392, 29400, 29408, 29417, 29426, 29435, 29444, 29453, 29462, 29472, 29482, 29492, 29502, 29512, 29522, 29525, 29543, 29549, 29554, 29559, 29564, 29569, 29574, 29579, 29584, 29589, 29594, 29599, 29604, 29609, 29622, 29632, 29643, 29654, 29665, 29670, 29676, 29682, 29688, 29694, 29700, 29706, 29712, 29719, 29726, 29733, 29740, 29747, 29754, 29760, 29767, 29774, 29781, 29788, 29795, 29802, 29808, 29815, 29822, 29829, 29836, 29843, 29850, 29857, 29864, 29871, 29878, 29885, 29892, 29899, 29906, 29914, 29922, 29930, 29938, 29946, 29954, 29962, 29970, 29978, 29986, 29994, 30002, 30010, 30018, 30026, 30034, 30041, 30048, 30055, 30062, 30069, 30076, 30083, 30090, 30098, 30106, 30114, 30122, 30130, 30138, 30146, 30154, 30161, 30168, 30175, 30182, 30189, 30196, 30203, 30210, 30217, 30223, 30235, 30240, 30246, 30254, 30262, 30270, 30278, 30286, 30294, 30302, 30310, 30319, 30328, 30337, 30346, 30355, 30364, 30373, 30382, 30386, 30391, 30396, 30408, 30420, 30431, 30435, 30438, 30441, 30444, 30447, 30450, 30453, 30463, 30473, 30483, 30493, 30503, 30513, 30515, 30519, 30525, 30532, 30546, 30551, 30564, 30579, 30589, 30600, 30610, 30621, 30626, 30640, 30649, 30657, 30670, 30680, 30693, 30702, 30720, 30735, 30753, 30767, 30787, 30800, 30814, 30830, 30848, 30858, 30873, 30881, 30885, 30889, 30893, 30896, 30900, 30904, 30908, 30911, 30914, 30925, 30933, 30942, 30951, 30962, 30971, 30983, 30995, 31004, 31014, 31025, 31029, 31035, 31041, 31047, 31052, 31058, 31064, 31070, 31075, 31080, 31084, 31089, 31094, 31099, 31104, 31109, 31114, 31120, 31126, 31132, 31138, 31144, 31150, 31155, 31160, 31165, 31170, 31175, 31180, 31185, 31190, 31195, 31200, 31205, 31210, 31223, 31233, 31244, 31255, 31266, 31272, 31278, 31284, 31290, 31296, 31302, 31308, 31320, 31325, 31331, 31337, 31343, 31349, 31355, 31361, 31367, 31375, 31379, 31384, 31395, 31407, 31419, 31431, 31443, 31455, 31467, 31479, 31482, 31485, 31494, 31499, 31504, 31509, 31513, 31518, 31523, 31528, 31532, 31536, 31538, 31546, 31553, 31557, 31562, 31567, 31572, 31577, 31582, 31587, 31594, 31601, 31608, 31614, 31621, 31627, 31633, 31639, 31645, 31651, 31657, 31664, 31671, 31678, 31685, 31692, 31699, 31702, 31710, 31714, 31718, 31722, 31726, 31730, 31734, 31742, 31748, 31756, 31765, 31774, 31783, 31792, 31801, 31810, 31823, 31832, 31841, 31850, 31859, 31868, 31877, 31886, 31903, 31917, 31932, 31947, 31962, 31972, 31988, 31997, 32006, 32012, 32016, 32020, 32024, 32028, 32032, 32036, 32041, 32046, 32051, 32056, 32061, 32066, 32081, 32091, 32101, 32111, 32121, 32131, 32141, 32148, 32154, 32162, 32167, 32175, 32183, 32195, 32200, 32205, 32208, 32217, 32226, 32235, 32244, 32260, 32269, 32272, 32276, 32280, 32289, 32302, 32307, 32312, 32320, 32326, 32338, 32342, 32352, 32362, 32372, 32379, 32384, 32393, 32402, 32411, 32421, 32431, 32438, 32447, 32457, 32467, 32475, 32483, 32490, 32498, 32501, 32504, 32507, 32510, 32513, 32516, 32520, 32524, 32528, 32532, 32536, 32540, 32545, 32550, 32555, 32560, 32565, 32570, 32576, 32583, 32590, 32597, 32604, 32611, 32618, 32638, 32658, 32678, 32698, 32718, 32738, 32745, 32750, 32754, 32757, 32761, 32765, 32768, 32775, 32785, 32795, 32805, 32812, 32822, 32832, 32842, 32847, 32857, 32867, 32873, 32879, 32883, 32887, 32891, 32901, 32911, 32921, 32931, 32941, 32951, 32961, 32971, 32980, 32989, 32995, 33002, 33011, 33020, 33029, 33038, 33047, 33056, 33065, 33074, 33079, 33084, 33089, 33098, 33104, 33110, 33117, 33124, 33131, 33138, 33145, 33152, 33159, 33166, 33175, 33185, 33195, 33205, 33215, 33225, 33235, 33245, 33255, 33261, 33266, 33275, 33284, 33293, 33302, 33311, 33320, 33329, 33338, 33347, 33356, 33365, 33374, 33384, 33394, 33404, 33414, 33424, 33434, 33440, 33447, 33456, 33461, 33467, 33475, 33483, 33491, 33499, 33507, 33515, 33523, 33531, 33539, 33547, 33555, 33563, 33579, 33592, 33602, 33620, 33634, 33648, 33662, 33671, 33680, 33689, 33698, 33707, 33716, 33725, 33740, 33748, 33763, 33778, 33784, 33791, 33800, 33807, 33818, 33824, 33831, 33838, 33844, 33852, 33858, 33868, 33878, 33888, 33897, 33905, 33917, 33929, 33941, 33952, 33959, 33965, 33973, 33977, 33982, 33986, 33991, 34001, 34011, 34028, 34040, 34053, 34064, 34076, 34081, 34084, 34088, 34092, 34096, 34106, 34116, 34120, 34124, 34127, 34136, 34143, 34144, 34149, 34159, 34169, 34179, 34189, 34199, 34209, 34219, 34229, 34235, 34242, 34249, 34256, 34263, 34270, 34277, 34284, 34291, 34305, 34319, 34333, 34347, 34361, 34375, 34389, 34403, 34411, 34418, 34426, 34434, 34442, 34450, 34458, 34466, 34474, 34482, 34495, 34508, 34521, 34534, 34547, 34560, 34573, 34586, 34595, 34604, 34613, 34622, 34631, 34640, 34649, 34658, 34661, 34667, 34674, 34677, 34683, 34689, 34696, 34703, 34710, 34718, 34727, 34741, 34754, 34757, 34763, 34769, 34780, 34791, 34795, 34800, 34805, 34810, 34815, 34820, 34825, 34834, 34842, 34850, 34853, 34857, 34862, 34867, 34873, 34879, 34885, 34891, 34897, 34903, 34913, 34923, 34933, 34943, 34953, 34963, 34970, 34975, 34979, 34985, 34989, 34993, 34998, 35003, 35007, 35020, 35030, 35041, 35052, 35065, 35076, 35090, 35104, 35115, 35127, 35140, 35145, 35156, 35167, 35171, 35178, 35190, 35203, 35210, 35222, 35235, 35241, 35252, 35264, 35277, 35282, 35287, 35291, 35297, 35302, 35307, 35313, 35317, 35327, 35337, 35354, 35366, 35379, 35390, 35402, 35407, 35417, 35427, 35436, 35447, 35458, 35469, 35479, 35487, 35491, 35498, 35504, 35508, 35511, 35521, 35529, 35535, 35542, 35549, 35556, 35563, 35570, 35577, 35589, 35601, 35620, 35634, 35649, 35664, 35677, 35691, 35705, 35712, 35719, 35726, 35739, 35746, 35753, 35767, 35780, 35802, 35811, 35816, 35821, 35826, 35831, 35835, 35844, 35853, 35858, 35863, 35870, 35874, 35881, 35888, 35899, 35908, 35920, 35932, 35941, 35949, 35953, 35957, 35961, 35965, 35969, 35973, 35977, 35981, 35985, 35989, 35993, 35997, 36005, 36008, 36011, 36014, 36017, 36020, 36023, 36032, 36041, 36050, 36055, 36071, 36087, 36098, 36111, 36122, 36135, 36151, 36167, 36178, 36191, 36202, 36215, 36231, 36247, 36258, 36270, 36282, 36294, 36306, 36318, 36330, 36342, 36355, 36369, 36383, 36397, 36411, 36425, 36439, 36453, 36464, 36476, 36488, 36500, 36512, 36524, 36536, 36548, 36561, 36576, 36591, 36601, 36613, 36623, 36635, 36640, 36648, 36659, 36668, 36679, 36687, 36703, 36713, 36723, 36733, 36742, 36749, 36757, 36766, 36775, 36784, 36793, 36802, 36811, 36820, 36829, 36835, 36839, 36847, 36852, 36857, 36862, 36871, 36881, 36891, 36908, 36915, 36923, 36939, 36955, 36971, 36987, 37003, 37019, 37025, 37035, 37041, 37047, 37057, 37069, 37084, 37096, 37109, 37122, 37137, 37150, 37166, 37182, 37195, 37209, 37224, 37229, 37235, 37241, 37247, 37254, 37261, 37268, 37275, 37282, 37289, 37296, 37303, 37310, 37317, 37324, 37331, 37346, 37358, 37371, 37384, 37397, 37405, 37419, 37426, 37434, 37442, 37448, 37455, 37462, 37469, 37472, 37477, 37480, 37491, 37504, 37516, 37525, 37529, 37538, 37542, 37552, 37560, 37568, 37573, 37580, 37588, 37594, 37598, 37607, 37619, 37629, 37633, 37642, 37651, 37660, 37669, 37678, 37687, 37697, 37707, 37717, 37727, 37737, 37747, 37752, 37761, 37766, 37770, 37774, 37778, 37785, 37800, 37815, 37830, 37845, 37860, 37875, 37890, 37905, 37920, 37935, 37950, 37965, 37970, 37976, 37978, 37979, 37985, 37992, 38002, 38005, 38008, 38011, 38014, 38017, 38020, 38023, 38028, 38029, 38032, 38037, 38038, 38041, 38043, 38046, 38048, 38050, 38052, 38053, 38056, 38060, 38068, 38076, 38084, 38092, 38102, 38112, 38122, 38132, 38142, 38154, 38168, 38176, 38190, 38200, 38210, 38221, 38231, 38243, 38256, 38271, 38286, 38303, 38313, 38323, 38334, 38344, 38356, 38369, 38384, 38399, 38416, 38428, 38446, 38460, 38474, 38492, 38504, 38514, 38524, 38535, 38545, 38557, 38570, 38585, 38600, 38617, 38627, 38637, 38648, 38658, 38670, 38683, 38698, 38713, 38730, 38740, 38750, 38761, 38771, 38783, 38796, 38811, 38826, 38843, 38853, 38863, 38874, 38884, 38896, 38909, 38924, 38939, 38956, 38962, 38975, 38987, 38999, 39007, 39036, 39046, 39056, 39066, 39072, 39082, 39088, 39096, 39102, 39110, 39116, 39122, 39130, 39163, 39194, 39200, 39208, 39212, 39220, 39231, 39242, 39248, 39252, 39262, 39289, 39295, 39305, 39311, 39334, 39340, 39348, 39352, 39365, 39378, 39382, 39403, 39432, 39460, 39485, 39497, 39534, 39543, 39562, 39602, 39618, 39624, 39661, 39686, 39701, 39735, 39750, 39766, 39779, 39791, 39812, 39824, 39833, 39849, 39868, 39890, 39930, 39976, 39998, 40017, 40026, 40047, 40056, 40065, 40086, 40092, 40107, 40125, 40134, 40152, 40161, 40173, 40194, 40215, 40227, 40248, 40281, 40296, 40317, 40320, 40324, 40328, 40332, 40336, 40340, 40344, 40347, 40351, 40355, 40359, 40363, 40367, 40371, 40376, 40381, 40393, 40408, 40414, 40420, 40429, 40447, 40456, 40459, 40468, 40486, 40504, 40522, 40531, 40549, 40576, 40606, 40618, 40633, 40648, 40660, 40669, 40675, 40681, 40690, 40699, 40708, 40714, 40720, 40729, 40735, 40741, 40747, 40753, 40765, 40774, 40786, 40792, 40804, 40816, 40822, 40828, 40837, 40843, 40855, 40867, 40879, 40888, 40897, 40903, 40909, 40915, 40921, 40933, 40939, 40945, 40957, 40963, 40969, 40981, 40993, 41005, 41011, 41017, 41020, 41026, 41032, 41038, 41041, 41047, 41053, 41059, 41068, 41074, 41086, 41095, 41101, 41113, 41119, 41125, 41131, 41137, 41146, 41152, 41158, 41164, 41170, 41176, 41185, 41191, 41197, 41203, 41212, 41230, 41251, 41257, 41263, 41269, 41275, 41281, 41287, 41293, 41299, 41305, 41311, 41320, 41326, 41335, 41341, 41347, 41353, 41359, 41365, 41371, 41377, 41383, 41389, 41395, 41401, 41407, 41413, 41419, 41425, 41431, 41437, 41443, 41449, 41458, 41467, 41473, 41479, 41485, 41491, 41509, 41527, 41533, 41539, 41545, 41551, 41557, 41563, 41572, 41578, 41584, 41590, 41596, 41602, 41608, 41614, 41620, 41626, 41632, 41644, 41650, 41656, 41668, 41683, 41689, 41695, 41701, 41707, 41713, 41728, 41734, 41746, 41758, 41770, 41782, 41788, 41791, 41797, 41803, 41809, 41815, 41818, 41824, 41830, 41842, 41845, 41851, 41857, 41863, 41869, 41881, 41890, 41896, 41902, 41914, 41923, 41929, 41935, 41941, 41947, 41953, 41959, 41965, 41971, 41977, 41983, 41992, 41998, 42004, 42010, 42016, 42022, 42028, 42034, 42040, 42046, 42052, 42064, 42082, 42094, 42100, 42106, 42115, 42121, 42124, 42127, 42130, 42139, 42148, 42154, 42163, 42169, 42175, 42187, 42193, 42199, 42205, 42217, 42226, 42238, 42244, 42250, 42259, 42271, 42280, 42286, 42292, 42304, 42310, 42316, 42322, 42328, 42334, 42346, 42352, 42358, 42364, 42370, 42379, 42385, 42391, 42397, 42403, 42406],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[1839, 1960, 2065, 2066, 2087, 3361]), Anchor::All(&[Anchor::Lits(&[2056]), Anchor::Lits(&[2102])]), Anchor::All(&[Anchor::Lits(&[2050, 2051, 2052, 2053, 2054, 2055, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086]), Anchor::Lits(&[57, 60, 236, 241, 318, 323, 510, 515, 577, 580, 733, 738, 795, 798, 951, 956, 1013, 1016, 1169, 1174, 1250, 1255, 1496, 1502, 2063, 2079, 2086]), Anchor::Lits(&[2170, 4372])]), Anchor::All(&[Anchor::Lits(&[1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009]), Anchor::Lits(&[22, 26, 27, 30, 33, 34, 36, 37, 56, 59, 116, 117, 128, 237, 239, 242, 243, 291, 295, 296, 299, 302, 303, 305, 306, 317, 322, 375, 376, 386, 511, 513, 516, 517, 551, 555, 556, 559, 562, 563, 565, 566, 576, 579, 628, 629, 637, 734, 736, 739, 740, 769, 773, 774, 777, 780, 781, 783, 784, 794, 797, 846, 847, 855, 952, 954, 957, 958, 987, 991, 992, 995, 998, 999, 1001, 1002, 1012, 1015, 1064, 1065, 1073, 1170, 1172, 1175, 1176, 1214, 1218, 1219, 1222, 1225, 1226, 1228, 1229, 1249, 1254, 1330, 1331, 1346, 1497, 1500, 1503, 1504, 1782, 1810, 1817, 1838, 1860, 1873, 1881, 1888, 1896, 1929, 1936, 1958, 1981, 1994, 2002, 2009]), Anchor::Lits(&[2170, 3259, 3394, 4373, 4394, 4397, 4398])]), Anchor::All(&[Anchor::Lits(&[2013]), Anchor::Lits(&[4647])]), Anchor::All(&[Anchor::Lits(&[1889]), Anchor::Lits(&[2020])]), Anchor::All(&[Anchor::Lits(&[1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1861, 1862, 1863, 1864, 1865, 1866, 1874, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1982, 1983, 1984, 1985, 1986, 1987, 1995]), Anchor::Lits(&[23, 24, 25, 28, 29, 31, 32, 35, 56, 73, 91, 100, 123, 124, 234, 235, 240, 292, 293, 294, 297, 298, 300, 301, 304, 317, 337, 350, 358, 380, 381, 508, 509, 514, 552, 553, 554, 557, 558, 560, 561, 564, 576, 593, 605, 612, 633, 634, 731, 732, 737, 770, 771, 772, 775, 776, 778, 779, 782, 794, 811, 823, 830, 851, 852, 949, 950, 955, 988, 989, 990, 993, 994, 996, 997, 1000, 1012, 1029, 1041, 1048, 1069, 1070, 1167, 1168, 1173, 1215, 1216, 1217, 1220, 1221, 1223, 1224, 1227, 1249, 1271, 1296, 1308, 1338, 1339, 1494, 1495, 1501, 1789, 1796, 1803, 1824, 1831, 1846, 1853, 1874, 1905, 1912, 1919, 1943, 1950, 1967, 1974, 1995]), Anchor::Lits(&[2449, 2839, 2978, 3324, 3325, 4343, 4372])])])),
            (47, "code-fence-role", Anchor::Lits(&[2118])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[1303, 1326, 1327, 1344, 1452, 1464, 1470, 1471, 1508, 1509]), Anchor::Lits(&[2628, 2903, 2931, 3055, 3322, 3932])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[1555, 1556, 1559, 1564, 1567, 1568, 1569, 1572, 1573, 1574, 1575]), Anchor::Any(&[Anchor::Lits(&[2449, 2839, 4375]), Anchor::All(&[Anchor::Lits(&[38, 127, 159, 184, 189, 208, 258, 1230, 1345, 1383, 1411, 1426, 1451, 1524, 2459, 2849, 3372, 4395]), Anchor::Lits(&[2450, 2455, 2459, 2840, 2841, 2849, 3364, 3369, 3372, 4376, 4381, 4395])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[38, 1230, 1611, 1613, 2104, 4386, 4389, 4395]), Anchor::Lits(&[4376, 4381, 4391, 4392, 4395, 4396])]), Anchor::All(&[Anchor::Lits(&[38, 1230, 1613, 2104, 2275, 2459]), Anchor::Lits(&[2236, 2241, 2257, 2276, 2277, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2297, 2450, 2455, 2456, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2481]), Anchor::Lits(&[2132, 2425, 2655, 2920, 3243, 3244, 3245, 3246, 3284, 3285, 3323, 3787, 3879, 3889, 4368, 4528, 4634])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[1499, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2977, 3281, 3282, 3283, 3933, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4382, 4383, 4384, 4385, 4387, 4388, 4390, 4577, 4578, 4579]), Anchor::All(&[Anchor::Lits(&[3926]), Anchor::Lits(&[38, 307, 567, 785, 1003, 1230, 1426, 2115])]), Anchor::All(&[Anchor::Lits(&[38, 1230, 1258, 1261, 1276, 1277, 1282, 1302, 1383, 1412, 1439, 1524, 2181, 3765, 3767, 3769, 3937, 4201, 4359]), Anchor::Any(&[Anchor::Lits(&[2170, 3764, 3766, 3768, 3926, 4192, 4351]), Anchor::All(&[Anchor::Lits(&[2172, 2182, 2841, 4193, 4276, 4381]), Anchor::Lits(&[2318, 2358, 2622, 2656, 2700, 2851, 3603, 3859, 3926, 3977, 4547])])])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2725, 2726, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2876, 2877, 2957, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3379, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3395, 3396, 3397, 3398, 3399, 3400, 3407, 3408, 3409, 3410, 3625, 3626, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639, 3640, 3641, 3719, 3720, 3721, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849, 3850, 3857, 3858, 3927, 3928, 3929, 3930, 3931, 3932, 3934, 3936, 3937, 3938, 3939, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4153, 4154, 4155, 4156, 4163, 4164, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4555, 4556, 4557, 4558, 4559, 4560, 4561, 4562, 4563, 4564, 4565, 4566, 4567]), Anchor::Lits(&[2170, 2816, 2839, 2955, 3140, 3259, 3425, 3462, 3926, 4192, 4271, 4275, 4351, 4362, 4375, 4532]), Anchor::Lits(&[1579, 1763, 2049, 4645])])),
            (56, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[3363]), Anchor::All(&[Anchor::Lits(&[2161, 2162, 2163, 2171, 2172, 2180, 2781, 2782, 2783, 2809, 2810, 2811, 3260, 3261, 3262, 3329, 3330, 3331, 3566, 3567, 3568, 3927, 3932, 3935, 4002, 4003, 4004, 4089, 4090, 4091, 4272, 4273, 4274, 4376, 4381, 4393, 4571, 4572, 4573]), Anchor::Lits(&[80, 96, 126, 187, 1281, 1301, 1343, 1423, 1618, 1619, 1620, 1621]), Anchor::Lits(&[1612, 1622, 1763, 2014, 2049, 2103, 4652])])])),
            (101, "unsafe-flag-suggested", Anchor::Lits(&[1632, 1635, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1650, 1653, 1654, 1655, 1656, 1657, 1658, 1665, 1666, 1667, 1668, 1669, 1676])),
            (102, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[1310, 1632, 1635, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1650, 1653, 1654, 1655, 1656, 1657, 1658, 1665, 1666, 1667, 1668, 1669, 1676, 2109, 2110, 2397, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2887, 2888, 2889, 2890, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3358, 3359, 3799, 3800, 3801, 3802, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 4319, 4320, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543]), Anchor::All(&[Anchor::Lits(&[2106, 2107, 2108, 2112, 2114, 2116, 2117]), Anchor::Lits(&[2387, 2794, 2982, 3186, 3340, 4094, 4223, 4241, 4500]), Anchor::Lits(&[2014])])])),
            (103, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2388, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2730, 2731, 2732, 2733, 2734, 2735, 2736, 2737, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2750, 2751, 2752, 2753, 2754, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 2990, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3187, 3188, 3189, 3190, 3191, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3341, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4081, 4082, 4083, 4084, 4085, 4086, 4087, 4088, 4095, 4096, 4097, 4098, 4099, 4100, 4101, 4102, 4104, 4105, 4106, 4107, 4108, 4109, 4110, 4111, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4222, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508]), Anchor::Lits(&[3, 7, 45, 276, 277, 314, 537, 538, 574, 755, 756, 792, 973, 974, 1010, 1194, 1198, 1237, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1736, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3790, 3791, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888]), Anchor::Lits(&[38, 46, 307, 315, 567, 575, 785, 793, 1003, 1011, 1230, 1238, 2394, 2395, 2411, 2412, 2535, 2536, 2544, 2545, 2553, 2554, 2736, 2737, 2745, 2746, 2753, 2754, 2989, 2990, 3040, 3041, 3048, 3049, 3193, 3194, 3201, 3202, 3209, 3210, 3217, 3218, 3347, 3348, 4075, 4076, 4087, 4088, 4101, 4102, 4110, 4111, 4221, 4222, 4230, 4231, 4238, 4239, 4248, 4249, 4256, 4257, 4264, 4265, 4507, 4508])]), Anchor::All(&[Anchor::Lits(&[38, 307, 567, 785, 1003, 1230, 1284, 1285, 1313, 1436, 1448, 1475]), Anchor::Lits(&[2387, 2528, 2738, 2982, 3033, 3186, 4103, 4223, 4241, 4500]), Anchor::Lits(&[1283, 1312, 1435, 1447, 1474])])])),
            (110, "no-more-rules", Anchor::Lits(&[3774, 3775, 3776, 3777, 3778, 3779, 3780, 3781, 3782, 3783, 3788, 3789])),
            (127, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[325, 1257, 1460, 1546, 1547, 1558, 1577, 1578, 1592, 1614, 1615, 1617, 1678, 1702, 1725, 1761, 1762, 1897, 2016, 2021, 2022, 2025, 2064, 2105, 2119, 2192, 2449, 2596, 2673, 2761, 2784, 3124, 3144, 3460, 3482, 3963, 4646, 4648, 4653, 4654, 4830, 4831]), Anchor::Lits(&[66, 67, 68, 69, 70, 71, 130, 131, 132, 133, 134, 135, 163, 164, 165, 166, 167, 168, 170, 171, 172, 173, 174, 175, 177, 178, 179, 180, 181, 182, 216, 217, 218, 219, 220, 221, 224, 225, 226, 227, 228, 229, 330, 331, 332, 333, 334, 335, 392, 393, 394, 395, 396, 397, 423, 424, 425, 426, 427, 428, 431, 432, 433, 434, 435, 436, 439, 440, 441, 442, 443, 444, 492, 493, 494, 495, 496, 497, 500, 501, 502, 503, 504, 505, 586, 587, 588, 589, 590, 591, 639, 640, 641, 642, 643, 644, 669, 670, 671, 672, 673, 674, 676, 677, 678, 679, 680, 681, 683, 684, 685, 686, 687, 688, 715, 716, 717, 718, 719, 720, 723, 724, 725, 726, 727, 728, 804, 805, 806, 807, 808, 809, 857, 858, 859, 860, 861, 862, 887, 888, 889, 890, 891, 892, 894, 895, 896, 897, 898, 899, 901, 902, 903, 904, 905, 906, 933, 934, 935, 936, 937, 938, 941, 942, 943, 944, 945, 946, 1022, 1023, 1024, 1025, 1026, 1027, 1075, 1076, 1077, 1078, 1079, 1080, 1105, 1106, 1107, 1108, 1109, 1110, 1112, 1113, 1114, 1115, 1116, 1117, 1119, 1120, 1121, 1122, 1123, 1124, 1151, 1152, 1153, 1154, 1155, 1156, 1159, 1160, 1161, 1162, 1163, 1164, 1264, 1265, 1266, 1267, 1268, 1269, 1352, 1353, 1354, 1355, 1356, 1357, 1387, 1388, 1389, 1390, 1391, 1392, 1395, 1396, 1397, 1398, 1399, 1400, 1403, 1404, 1405, 1406, 1407, 1408, 1476, 1477, 1478, 1479, 1480, 1481, 1484, 1485, 1486, 1487, 1488, 1489, 1544, 1616, 1623, 1624, 1625, 1626, 1627, 1628, 1760, 4817, 4818, 4819, 4820, 4821, 4822, 4824, 4825, 4826, 4827, 4828, 4829]), Anchor::Lits(&[2133, 2164, 2342, 2384, 2413, 2510, 2621, 2627, 2641, 2642, 2656, 2692, 2695, 2780, 2804, 2808, 2813, 2830, 2837, 2878, 2902, 2908, 2914, 2922, 2928, 2929, 2936, 2938, 2947, 2952, 2998, 3013, 3019, 3020, 3031, 3054, 3056, 3132, 3181, 3321, 3328, 3335, 3360, 3423, 3452, 3458, 3463, 3480, 3558, 3570, 3598, 3722, 3739, 3763, 3892, 3925, 3926, 3979, 3996, 4001, 4046, 4047, 4066, 4067, 4068, 4092, 4112, 4133, 4135, 4170, 4175, 4177, 4188, 4210, 4266, 4284, 4294, 4297, 4314, 4315, 4318, 4344, 4346, 4411, 4415, 4489, 4530, 4547, 4570, 4576, 4587, 4595, 4612, 4613, 4627])]), Anchor::All(&[Anchor::Lits(&[2192, 2562, 2563, 2596, 3642, 4079, 4182, 4375]), Anchor::Lits(&[2701, 2702, 2703, 2704, 2705, 2706, 2719, 2720, 2721, 2722, 2723, 2724, 2852, 2853, 2854, 2855, 2856, 2857, 2870, 2871, 2872, 2873, 2874, 2875, 3364, 3365, 3366, 3367, 3368, 3369, 3382, 3383, 3384, 3385, 3386, 3387, 3401, 3402, 3403, 3404, 3405, 3406, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3833, 3834, 3835, 3836, 3837, 3838, 3851, 3852, 3853, 3854, 3855, 3856, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4137, 4138, 4139, 4140, 4141, 4142, 4157, 4158, 4159, 4160, 4161, 4162]), Anchor::Lits(&[1616, 1760])])])),
            (128, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[2193, 2194, 2195, 2196, 2197, 2198, 2236, 2237, 2238, 2239, 2240, 2241, 2450, 2451, 2452, 2453, 2454, 2455, 2597, 2598, 2599, 2600, 2601, 2602, 2762, 2763, 2764, 2765, 2766, 2767, 2785, 2786, 2787, 2788, 2789, 2790, 3145, 3146, 3147, 3148, 3149, 3150, 3483, 3484, 3485, 3486, 3487, 3488, 3643, 3644, 3645, 3646, 3647, 3648, 4376, 4377, 4378, 4379, 4380, 4381]), Anchor::Lits(&[80, 96, 126, 158, 183, 186, 187, 188, 207, 244, 343, 353, 385, 419, 446, 456, 457, 459, 478, 518, 598, 608, 636, 665, 689, 691, 692, 693, 711, 741, 816, 826, 854, 883, 907, 909, 910, 911, 929, 959, 1034, 1044, 1072, 1101, 1125, 1127, 1128, 1129, 1147, 1177, 1281, 1301, 1343, 1382, 1410, 1422, 1423, 1425, 1450, 1505]), Anchor::Lits(&[1554, 1579, 1629, 1703, 1714, 1763, 2049, 4645])])),
            (133, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[1545]), Anchor::Lits(&[2097])])),
            (134, "send-to-a-beacon", Anchor::All(&[Anchor::Lits(&[3279, 3280]), Anchor::Lits(&[2384, 2512, 2585, 2760, 2780, 3019, 3056, 3996, 4048, 4284, 4350, 4489, 4570]), Anchor::Lits(&[2014])])),
            (135, "exfiltrate-to-a-drop", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2514, 2625, 2640, 2696, 2932, 2934, 2935, 3011, 3016, 3219, 3413, 3562, 3770, 3867, 3989, 4052, 4151, 4345, 4593]), Anchor::Lits(&[2585, 2760, 2780, 2936, 2938, 2952, 3018, 3019, 3056, 3463, 3996, 4048, 4049, 4284, 4489, 4530, 4570, 4627]), Anchor::Lits(&[2023, 2583, 3060, 3122, 3279, 3280, 4214, 4433, 4434, 4435, 4436, 4437, 4438])]), Anchor::All(&[Anchor::Lits(&[2514, 2932, 2934, 2935, 3011, 3016, 3219, 3562, 4052, 4345]), Anchor::Lits(&[2130, 2131, 2583, 3060, 3122, 3279, 3280, 4214, 4588, 4589])])])),
            (139, "hidden-html-text", Anchor::Any(&[Anchor::Lits(&[3050, 3891, 4584]), Anchor::All(&[Anchor::Lits(&[2901]), Anchor::Lits(&[3810])]), Anchor::All(&[Anchor::Lits(&[2697]), Anchor::Lits(&[1565, 4608])]), Anchor::All(&[Anchor::Lits(&[3242]), Anchor::Lits(&[1760])])])),
            (141, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2024, 2025, 2027, 2028, 2029, 2030, 2031, 2036, 2039, 2040, 2562, 3500, 3501, 3503, 3504, 3506, 3510, 3511, 3512, 3513, 3514, 3518, 3519, 3521, 3522, 3534, 4841, 4843, 4872, 4907, 4958]), Anchor::All(&[Anchor::Lits(&[3263, 3264, 3265, 3266, 3267, 3268, 3364, 3365, 3366, 3367, 3368, 3369, 3382, 3383, 3384, 3385, 3386, 3387, 3574, 3575, 3576, 3577, 3578, 3579, 3604, 3605, 3606, 3607, 3608, 3609, 3833, 3834, 3835, 3836, 3837, 3838, 3951, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3961, 3962, 4015, 4016, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4120, 4121, 4122, 4123, 4124, 4125, 4426, 4427, 4428, 4429, 4430, 4431]), Anchor::Lits(&[61, 62, 72, 75, 81, 150, 160, 324, 325, 336, 340, 344, 410, 420, 581, 582, 592, 595, 599, 657, 666, 799, 800, 810, 813, 817, 875, 884, 1017, 1018, 1028, 1031, 1035, 1093, 1102, 1256, 1257, 1270, 1274, 1286, 1372, 1384]), Anchor::Lits(&[103, 104, 105, 106, 107, 108, 248, 249, 250, 251, 252, 253, 361, 362, 363, 364, 365, 366, 520, 521, 522, 523, 524, 525, 615, 616, 617, 618, 619, 620, 743, 744, 745, 746, 747, 748, 833, 834, 835, 836, 837, 838, 961, 962, 963, 964, 965, 966, 1051, 1052, 1053, 1054, 1055, 1056, 1179, 1180, 1181, 1182, 1183, 1184, 1314, 1315, 1316, 1317, 1318, 1319, 1511, 1512, 1513, 1514, 1515, 1516])]), Anchor::All(&[Anchor::Lits(&[2515, 2516, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2824, 2825, 2826, 2827, 2828, 2829, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 4027, 4028, 4029, 4030, 4031, 4032, 4635, 4636, 4637, 4638, 4639, 4640]), Anchor::Lits(&[61, 62, 72, 75, 81, 150, 160, 214, 324, 325, 336, 340, 344, 410, 420, 487, 581, 582, 592, 595, 599, 657, 666, 713, 799, 800, 810, 813, 817, 875, 884, 931, 1017, 1018, 1028, 1031, 1035, 1093, 1102, 1149, 1256, 1257, 1270, 1274, 1286, 1372, 1384, 1467])]), Anchor::All(&[Anchor::Lits(&[1580, 1581, 1582, 1583, 1584, 1585, 1593, 1594, 1595, 1596, 1597, 1598, 1601, 1602, 1603, 1604, 1605, 1606, 2050, 2051, 2052, 2053, 2054, 2055, 2067, 2068, 2069, 2070, 2071, 2072, 2088, 2089, 2090, 2091, 2092, 2093]), Anchor::Lits(&[61, 62, 72, 75, 81, 150, 160, 324, 325, 336, 340, 344, 410, 420, 581, 582, 592, 595, 599, 657, 666, 799, 800, 810, 813, 817, 875, 884, 1017, 1018, 1028, 1031, 1035, 1093, 1102, 1256, 1257, 1270, 1274, 1286, 1372, 1384]), Anchor::Lits(&[1610, 2094])]), Anchor::All(&[Anchor::Lits(&[3315, 3316, 3317, 3318, 3319, 3320]), Anchor::Lits(&[2193, 2194, 2195, 2196, 2197, 2198, 2236, 2237, 2238, 2239, 2240, 2241, 2450, 2451, 2452, 2453, 2454, 2455, 2597, 2598, 2599, 2600, 2601, 2602, 2762, 2763, 2764, 2765, 2766, 2767, 3483, 3484, 3485, 3486, 3487, 3488, 3643, 3644, 3645, 3646, 3647, 3648]), Anchor::Lits(&[3337, 4008, 4068, 4187, 4279, 4360, 4361, 4499])]), Anchor::All(&[Anchor::Lits(&[2668, 2669, 2670, 2671, 2832, 2833, 2834, 2835, 3599, 3600, 3601, 3602, 3899, 3900, 3901, 3902, 4178, 4179, 4180, 4181, 4183, 4184, 4185, 4186, 4363, 4364, 4365, 4366, 4495, 4496, 4497, 4498]), Anchor::Lits(&[2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615])]), Anchor::All(&[Anchor::Lits(&[2242, 2245, 2248, 2250, 2260, 2263, 2266, 2268, 2298, 2299, 2300, 2301]), Anchor::Lits(&[1760, 2014, 4816, 4823])]), Anchor::All(&[Anchor::Lits(&[2242, 2245, 2248, 2249, 2251, 2252, 2260, 2263, 2266, 2267, 2269, 2270, 2302, 2303, 2304, 2306, 2316, 2317, 3151, 3152, 3153, 3154, 3155, 3156, 3159, 3160, 3161, 3162, 3163, 3164, 3166, 3167, 3168, 3169, 3179, 3180, 3489, 3490, 3491, 3492, 3493, 3494, 3497, 3498, 3499, 3502, 3505, 3507, 3515, 3516, 3517, 3520, 3533, 3535]), Anchor::Lits(&[2755, 3226, 3338, 3970, 4009, 4080, 4280, 4416, 4417, 4418, 4419])]), Anchor::All(&[Anchor::Lits(&[2236, 2237, 2238, 2239, 2240, 2241, 3483, 3484, 3485, 3486, 3487, 3488]), Anchor::Lits(&[114, 129, 162, 169, 176, 223, 373, 391, 422, 430, 438, 499, 626, 638, 668, 675, 682, 722, 844, 856, 886, 893, 900, 940, 1062, 1074, 1104, 1111, 1118, 1158, 1328, 1351, 1386, 1394, 1402, 1483]), Anchor::Lits(&[2193, 2194, 2195, 2196, 2197, 2198, 2450, 2451, 2452, 2453, 2454, 2455, 2597, 2598, 2599, 2600, 2601, 2602, 3643, 3644, 3645, 3646, 3647, 3648])]), Anchor::All(&[Anchor::Lits(&[7, 38, 277, 307, 538, 567, 756, 785, 974, 1003, 1198, 1230, 2680, 2682, 2768, 2770, 2791, 2793]), Anchor::Lits(&[2673, 2761, 2784])]), Anchor::All(&[Anchor::Lits(&[3643, 3644, 3645, 3646, 3647, 3648, 3650, 3651, 3652, 3653, 3654, 3655, 3657, 3658, 3659, 3660, 3661, 3662, 3664, 3665, 3666, 3667, 3668, 3669]), Anchor::Lits(&[8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 39, 40, 41, 42, 43, 44, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 308, 309, 310, 311, 312, 313, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 568, 569, 570, 571, 572, 573, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 786, 787, 788, 789, 790, 791, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 1004, 1005, 1006, 1007, 1008, 1009, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1231, 1232, 1233, 1234, 1235, 1236, 3650, 3651, 3652, 3653, 3654, 3655, 3657, 3658, 3659, 3660, 3661, 3662, 3664, 3665, 3666, 3667, 3668, 3669])]), Anchor::All(&[Anchor::Lits(&[1554, 1629, 1703, 1714]), Anchor::Lits(&[2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2236, 2237, 2238, 2239, 2240, 2241, 2258, 2259, 2275, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2450, 2451, 2452, 2453, 2454, 2455, 2457, 2458, 2459, 2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2615, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2778, 2779, 2785, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 3145, 3146, 3147, 3148, 3149, 3150, 3157, 3158, 3165, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3483, 3484, 3485, 3486, 3487, 3488, 3495, 3496, 3508, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 3643, 3644, 3645, 3646, 3647, 3648, 3649, 3656, 3663, 3710, 3711, 3712, 3713, 3714, 3715, 3716, 3717, 3718]), Anchor::Lits(&[61, 62, 72, 75, 79, 81, 82, 113, 150, 160, 324, 325, 336, 340, 342, 344, 345, 372, 410, 420, 581, 582, 592, 595, 597, 599, 600, 625, 657, 666, 799, 800, 810, 813, 815, 817, 818, 843, 875, 884, 1017, 1018, 1028, 1031, 1033, 1035, 1036, 1061, 1093, 1102, 1256, 1257, 1270, 1274, 1280, 1286, 1287, 1325, 1372, 1384, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1566, 1570, 1571, 1630, 1631, 1633, 1634, 1636, 1637, 1638, 1649, 1651, 1652, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724])]), Anchor::All(&[Anchor::Lits(&[2366, 2367, 2368, 2369, 2370, 2371, 2589, 2590, 2591, 2592, 2593, 2594, 3269, 3270, 3271, 3272, 3273, 3274, 3752, 3753, 3754, 3755, 3756, 3757, 3860, 3861, 3862, 3863, 3864, 3865]), Anchor::Lits(&[62, 63, 64, 85, 86, 87, 88, 94, 95, 138, 325, 326, 327, 346, 347, 348, 349, 351, 352, 398, 582, 583, 584, 601, 602, 603, 604, 606, 607, 645, 800, 801, 802, 819, 820, 821, 822, 824, 825, 863, 1018, 1019, 1020, 1037, 1038, 1039, 1040, 1042, 1043, 1081, 1257, 1259, 1260, 1290, 1291, 1292, 1293, 1299, 1300, 1360]), Anchor::Lits(&[2343, 2344, 2345, 2346, 2347, 2348, 3116, 3117, 3118, 3119, 3120, 3121])]), Anchor::All(&[Anchor::Lits(&[3833, 3834, 3835, 3836, 3837, 3838]), Anchor::Lits(&[61, 62, 72, 122, 140, 141, 142, 143, 144, 145, 146, 147, 148, 151, 152, 153, 154, 155, 156, 161, 324, 325, 336, 379, 400, 401, 402, 403, 404, 405, 406, 407, 408, 411, 413, 414, 415, 416, 417, 421, 581, 582, 592, 632, 647, 648, 649, 650, 651, 652, 653, 654, 655, 658, 659, 660, 661, 662, 663, 667, 799, 800, 810, 850, 865, 866, 867, 868, 869, 870, 871, 872, 873, 876, 877, 878, 879, 880, 881, 885, 1017, 1018, 1028, 1068, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1094, 1095, 1096, 1097, 1098, 1099, 1103, 1256, 1257, 1270, 1337, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369, 1370, 1373, 1376, 1377, 1378, 1379, 1380, 1385]), Anchor::Lits(&[139, 399, 646, 864, 1082, 1361])]), Anchor::All(&[Anchor::Lits(&[2203, 2427, 2493]), Anchor::Lits(&[2235, 3286])]), Anchor::All(&[Anchor::Lits(&[3820]), Anchor::Lits(&[192, 193, 194, 195, 196, 197, 199, 200, 201, 202, 203, 204, 462, 463, 464, 465, 466, 467, 470, 471, 472, 473, 474, 475, 696, 697, 698, 699, 700, 701, 703, 704, 705, 706, 707, 708, 914, 915, 916, 917, 918, 919, 921, 922, 923, 924, 925, 926, 1132, 1133, 1134, 1135, 1136, 1137, 1139, 1140, 1141, 1142, 1143, 1144, 1429, 1430, 1431, 1432, 1433, 1434, 1440, 1441, 1442, 1443, 1444, 1445]), Anchor::Lits(&[2203, 2235, 2427, 2493, 3286])]), Anchor::All(&[Anchor::Lits(&[2588, 2644, 2649, 2658, 3470, 4053, 4057]), Anchor::Lits(&[62, 122, 138, 325, 379, 398, 582, 632, 645, 800, 850, 863, 1018, 1068, 1081, 1257, 1337, 1360])])]), Anchor::Lits(&[2139, 2164, 2342, 2381, 2384, 2413, 2512, 2595, 2627, 2643, 2656, 2695, 2728, 2780, 2804, 2813, 2822, 2823, 2830, 2836, 2878, 2902, 2909, 2910, 2911, 2912, 2913, 2915, 2916, 2917, 2918, 2919, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2936, 2946, 2947, 2951, 2981, 2991, 2992, 2994, 2998, 3001, 3012, 3013, 3018, 3019, 3054, 3056, 3062, 3063, 3129, 3132, 3181, 3321, 3335, 3360, 3362, 3415, 3423, 3463, 3480, 3536, 3554, 3555, 3570, 3598, 3784, 3785, 3786, 3925, 3926, 3973, 3996, 4001, 4047, 4112, 4132, 4135, 4167, 4177, 4188, 4210, 4268, 4284, 4294, 4297, 4314, 4318, 4349, 4367, 4370, 4405, 4411, 4547, 4570, 4582, 4612, 4627, 4643, 4848, 4865, 4871, 4894, 4902, 4914, 4926, 4935, 4947, 4951, 5023, 5033])])),
            (142, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2130, 2131, 2190, 2379, 2583, 2617, 2933, 3032, 3057, 3060, 3061, 3122, 3123, 3131, 3139, 3143, 3185, 3279, 3280, 3313, 3461, 3481, 3556, 3557, 3890, 3903, 3924, 3975, 4013, 4214, 4270, 4400, 4490, 4514, 4515, 4588, 4589, 4591, 4592, 4594, 4631, 4632, 4644]), Anchor::All(&[Anchor::Lits(&[102, 118, 190, 198, 205, 206, 209, 360, 377, 460, 468, 476, 477, 479, 614, 630, 694, 702, 709, 710, 712, 832, 848, 912, 920, 927, 928, 930, 1050, 1066, 1130, 1138, 1145, 1146, 1148, 1311, 1333, 1427, 1437, 1446, 1449, 1453]), Anchor::Lits(&[58, 76, 98, 99, 101, 119, 125, 157, 215, 230, 233, 259, 260, 321, 341, 356, 357, 359, 378, 384, 418, 490, 506, 507, 533, 536, 578, 596, 610, 611, 613, 631, 635, 664, 714, 729, 730, 753, 754, 796, 814, 828, 829, 831, 849, 853, 882, 932, 947, 948, 971, 972, 1014, 1032, 1046, 1047, 1049, 1067, 1071, 1100, 1150, 1165, 1166, 1189, 1190, 1253, 1275, 1306, 1307, 1309, 1334, 1342, 1381, 1472, 1490, 1493, 1525, 1528]), Anchor::Lits(&[2120, 2121, 2122, 2123, 2124, 2125, 2343, 2344, 2345, 2346, 2347, 2348, 3746, 3747, 3748, 3749, 3750, 3751, 3918, 3919, 3920, 3921, 3922, 3923, 4420, 4421, 4422, 4423, 4424, 4425])])]), Anchor::Lits(&[2586, 2648, 2780, 2831, 2991, 2992, 2993, 2995, 2996, 3018, 3019, 3056, 3142, 3415, 3416, 3453, 3459, 3463, 3466, 3555, 3565, 3569, 3624, 3988, 3996, 4014, 4048, 4049, 4134, 4267, 4284, 4312, 4347, 4349, 4350, 4371, 4491, 4492, 4493, 4529, 4530, 4570, 4628, 4641, 4665, 4667, 4687, 4688, 4689]), Anchor::Lits(&[2693, 2694, 2756, 2757, 2758, 2812, 2814, 2815, 2817, 2820, 2821, 2921, 2936, 2953, 2997, 3010, 3019, 3021, 3234, 3339, 3454, 3455, 3456, 3925, 3980, 3986, 4093, 4136, 4172, 4189, 4202, 4240, 4330, 4331, 4401, 4402, 4403, 4404, 4581, 4666, 4686, 4690, 4691])])),
            (145, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2126, 2127, 2128, 2242, 2243, 2244, 2246, 2247, 2253, 2254, 2255, 2256, 2260, 2261, 2262, 2264, 2265, 2271, 2272, 2273, 2274, 2326, 2327, 2328, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2645, 2646, 2647, 2650, 2651, 2652, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 3051, 3052, 3053, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3309, 3310, 3411, 3412, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 3457, 3471, 3472, 3473, 3474, 3475, 3476, 3964, 3965, 3966, 3967, 3968, 3969, 3981, 3982, 3983, 3997, 3998, 3999, 4054, 4055, 4056, 4058, 4059, 4060, 4399, 4410, 4439, 4440, 4441, 4494, 4518, 4633, 4655, 4656, 4657, 4668, 4669, 4670, 4671, 4672, 4673, 4674, 4675, 4676, 4677, 4678, 4679, 4680, 4681, 4682, 4683, 4684, 4685, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 4706, 4707, 4708, 4709, 4710, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4724, 4725, 4726, 4727, 4747, 4752, 4753, 4774, 4776, 4869, 4870]), Anchor::All(&[Anchor::Lits(&[2192, 2426, 2448, 2511, 2572, 4509, 4658, 4662, 4663, 4664, 4841, 4843, 4907]), Anchor::Lits(&[62, 122, 138, 269, 270, 271, 1257, 1337, 1360, 1537, 1538, 1539, 1592, 1599, 1600, 1607, 1608, 1609, 1678, 1681, 1682, 1689, 1690, 1691])]), Anchor::All(&[Anchor::Lits(&[2236, 2241, 3287, 3292, 3426, 3431]), Anchor::Lits(&[77, 78, 83, 84, 89, 90, 92, 93, 136, 137, 210, 211, 212, 213, 231, 232, 245, 246, 261, 262, 263, 264, 265, 266, 267, 268, 1278, 1279, 1288, 1289, 1294, 1295, 1297, 1298, 1358, 1359, 1454, 1455, 1458, 1459, 1491, 1492, 1506, 1507, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536])])]), Anchor::Lits(&[14, 19, 272, 273, 274, 275, 1205, 1210, 1540, 1541, 1542, 1543, 1760, 5087])])),
            (146, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[2140, 2830, 2929, 3181, 3279, 3280, 3972, 4511, 4729, 4737, 4739, 4740, 4758, 4766, 4789, 4790, 4797, 4802, 4807, 4849, 4853, 4854, 4865, 4866, 4894, 4898, 4902, 4914, 4929, 4930, 4935, 4937, 4942, 4951, 4973, 4982, 4986, 5033, 5055, 5056, 5060, 5061, 5064, 5080]), Anchor::Lits(&[1760, 5087]), Anchor::Lits(&[2235, 3144, 3482])])),
            (147, "data-in-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1545, 1951, 2097, 3277, 4333]), Anchor::Lits(&[3279, 3280]), Anchor::Lits(&[1576, 4645])]), Anchor::All(&[Anchor::Lits(&[2169, 2385, 2513, 2954, 3332, 3333, 3334, 3336]), Anchor::Lits(&[2585, 3326, 3327, 3479, 3991, 4574]), Anchor::Lits(&[2382, 2383, 2807, 2952, 3972, 4208, 4271, 4442])]), Anchor::All(&[Anchor::Lits(&[2850, 3276, 3866, 3987, 4168]), Anchor::Lits(&[2383, 2952, 3233, 3971, 3972, 4271, 4442])])])),
            (149, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2320, 2321, 2322, 2323, 2324, 2325, 2372, 2373, 2374, 2375, 2376, 2377, 2939, 2940, 2941, 2942, 2943, 2944, 3002, 3003, 3004, 3005, 3006, 3007, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607]), Anchor::Lits(&[61, 62, 72, 74, 75, 81, 113, 115, 150, 160, 324, 325, 336, 339, 340, 344, 372, 374, 410, 420, 581, 582, 592, 594, 595, 599, 625, 627, 657, 666, 799, 800, 810, 812, 813, 817, 843, 845, 875, 884, 1017, 1018, 1028, 1030, 1031, 1035, 1061, 1063, 1093, 1102, 1256, 1257, 1270, 1273, 1274, 1286, 1325, 1329, 1372, 1384])]), Anchor::All(&[Anchor::Lits(&[2236, 2237, 2238, 2239, 2240, 2241, 2307, 2308, 2309, 2310, 2311, 2312]), Anchor::Lits(&[61, 72, 75, 81, 115, 160, 238, 254, 324, 336, 340, 344, 374, 420, 512, 526, 581, 592, 595, 599, 627, 666, 735, 749, 799, 810, 813, 817, 845, 884, 953, 967, 1017, 1028, 1031, 1035, 1063, 1102, 1171, 1185, 1256, 1270, 1274, 1286, 1329, 1384, 1498, 1517])])]), Anchor::Lits(&[2167, 2168, 2342, 2413, 2445, 2627, 2641, 2672, 2695, 2780, 2804, 2830, 2878, 2902, 2929, 2936, 2938, 2947, 2952, 2998, 3013, 3019, 3054, 3056, 3132, 3181, 3321, 3360, 3458, 3463, 3561, 3570, 3598, 3926, 3996, 4001, 4047, 4067, 4132, 4177, 4188, 4210, 4266, 4284, 4297, 4318, 4344, 4489, 4530, 4547, 4570, 4612]), Anchor::Any(&[Anchor::Lits(&[1616, 1760, 3745, 4296, 4313, 4611]), Anchor::All(&[Anchor::Lits(&[3759]), Anchor::Lits(&[247, 519, 742, 960, 1178, 1510])]), Anchor::All(&[Anchor::Lits(&[3227, 3228, 3229, 3230, 3231, 3232]), Anchor::Lits(&[247, 519, 742, 960, 1178, 1510])]), Anchor::All(&[Anchor::Lits(&[3236, 3237, 3238, 3239, 3240, 3241]), Anchor::Lits(&[247, 519, 742, 960, 1178, 1510])]), Anchor::All(&[Anchor::Lits(&[3417, 3418, 3419, 3420, 3421, 3422]), Anchor::Lits(&[247, 519, 742, 960, 1178, 1510])]), Anchor::All(&[Anchor::Lits(&[2419, 2420, 2421, 2422, 2423, 2424]), Anchor::Lits(&[247, 519, 742, 960, 1178, 1510])])])])),
            (153, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[2566, 2567, 2568, 2569, 2570, 2571, 2573, 2574, 2575, 2576, 2577, 2578, 3269, 3270, 3271, 3272, 3273, 3274, 3586, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3597, 3616, 3617, 3618, 3619, 3620, 3621, 3752, 3753, 3754, 3755, 3756, 3757, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3836, 3837, 3838, 3860, 3861, 3862, 3863, 3864, 3865, 4114, 4115, 4116, 4117, 4118, 4119]), Anchor::Lits(&[2193, 2194, 2195, 2196, 2197, 2198, 2201, 2202, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2228, 2229, 2236, 2237, 2238, 2239, 2240, 2241, 2275, 2296, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2450, 2451, 2452, 2453, 2454, 2455, 2459, 2480, 2483, 2484, 2485, 2486, 2487, 2488, 2491, 2492, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2597, 2598, 2599, 2600, 2601, 2602, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2615, 2616, 3287, 3288, 3289, 3290, 3291, 3292, 3311, 3312, 3426, 3427, 3428, 3429, 3430, 3431, 3450, 3451, 3483, 3484, 3485, 3486, 3487, 3488, 3508, 3509, 3523, 3524, 3525, 3526, 3527, 3528, 3531, 3532, 3670, 3671, 3672, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 3683, 3684, 3685, 3686, 3687, 3688, 3689, 3690, 3691, 3692, 3693, 3694, 3695, 3696, 3697, 3698, 3699, 3700, 3701, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3723, 3724, 3725, 3726, 3727, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3738]), Anchor::Lits(&[1760, 2094])])),
            (155, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[2026, 2032, 2033, 2034, 2035, 2037, 2038, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2129, 2191, 2231, 2232, 2233, 2234, 2305, 2380, 2417, 2418, 2527, 2579, 2580, 2581, 2582]), Anchor::Lits(&[2654, 2759, 2760, 2780, 2831, 3019, 3056, 3555, 3996, 4284, 4297, 4310, 4570])])),
            (156, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1737, 2359, 2653, 3032, 3130, 3141, 3235, 3573, 3950, 3974, 3975, 4291, 4412, 4413, 4432, 4490, 4594]), Anchor::All(&[Anchor::Lits(&[2360, 2361, 2362, 2363, 2364, 2365, 3893, 3894, 3895, 3896, 3897, 3898, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4304, 4305, 4306, 4307, 4308, 4309, 4521, 4522, 4523, 4524, 4525, 4526, 4615, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 4623, 4624, 4625, 4626]), Anchor::Lits(&[76, 101, 112, 149, 191, 222, 259, 341, 359, 371, 409, 461, 498, 533, 596, 613, 624, 656, 695, 721, 753, 814, 831, 842, 874, 913, 939, 971, 1032, 1049, 1060, 1092, 1131, 1157, 1189, 1275, 1309, 1324, 1371, 1428, 1482, 1525])])]), Anchor::Lits(&[2780, 2813, 2936, 3019, 3020, 3276, 3558, 3973, 3988, 3996, 4046, 4048, 4049, 4284, 4297, 4347, 4530, 4570])]), Anchor::All(&[Anchor::Lits(&[97, 149, 259, 355, 409, 533, 609, 656, 753, 827, 874, 971, 1045, 1092, 1189, 1305, 1371, 1525]), Anchor::Lits(&[2360, 2361, 2362, 2363, 2364, 2365, 3893, 3894, 3895, 3896, 3897, 3898, 4034, 4035, 4036, 4037, 4038, 4039, 4304, 4305, 4306, 4307, 4308, 4309]), Anchor::Lits(&[3133, 3134, 3135, 3136, 3137, 3138, 3220, 3221, 3222, 3223, 3224, 3225, 4285, 4286, 4287, 4288, 4289, 4290, 4298, 4299, 4300, 4301, 4302, 4303])])])),
            (171, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[3563, 3564]), Anchor::All(&[Anchor::Lits(&[2140, 3917, 4278, 4580]), Anchor::Lits(&[3182, 3183]), Anchor::Lits(&[521, 525, 1512, 1516])]), Anchor::All(&[Anchor::Lits(&[2140, 3917, 4278, 4580]), Anchor::Lits(&[2623, 2624, 2948, 2949, 2999, 3000, 3559, 3560, 4011, 4012, 4064, 4065, 4512, 4513, 4568, 4569])]), Anchor::All(&[Anchor::Lits(&[2140, 3917, 4278, 4580]), Anchor::Lits(&[2446, 2447, 3134, 3138, 3182, 3183, 3221, 3225])]), Anchor::All(&[Anchor::Lits(&[2140, 3917, 4278, 4374, 4580]), Anchor::Lits(&[2165, 2166, 3740, 3741, 4050, 4051]), Anchor::Lits(&[382, 383, 387, 388, 521, 525, 1340, 1341, 1347, 1348, 1512, 1516])]), Anchor::All(&[Anchor::Lits(&[3182, 3183]), Anchor::Lits(&[319, 320, 1251, 1252]), Anchor::Any(&[Anchor::Lits(&[2319, 3563, 3564]), Anchor::All(&[Anchor::Lits(&[534, 1526]), Anchor::Lits(&[2805, 2806])]), Anchor::All(&[Anchor::Lits(&[4190]), Anchor::Lits(&[2805, 2806])])])]), Anchor::All(&[Anchor::Lits(&[3182, 3183]), Anchor::Lits(&[4033]), Anchor::Any(&[Anchor::Lits(&[2140, 3917, 3949, 4278, 4374, 4580]), Anchor::All(&[Anchor::Lits(&[2321, 2325]), Anchor::Lits(&[453, 1419])])])]), Anchor::All(&[Anchor::Lits(&[3949]), Anchor::Any(&[Anchor::Lits(&[3132, 3181, 4489]), Anchor::All(&[Anchor::Lits(&[3221, 3225]), Anchor::Lits(&[458, 1424])])]), Anchor::Lits(&[450, 451, 454, 455, 1416, 1417, 1420, 1421])])])),
            (172, "control-weakened", Anchor::Any(&[Anchor::Lits(&[2340, 2556, 2886, 3623, 3762]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1745, 2331, 2332, 2334, 2336, 2339, 2341, 2698, 2699, 3571, 3622, 3742, 3743, 3744, 4516, 4517]), Anchor::All(&[Anchor::Lits(&[3571]), Anchor::Lits(&[3992]), Anchor::Lits(&[3314, 4630])]), Anchor::All(&[Anchor::Lits(&[2133]), Anchor::Lits(&[4203, 4204, 4205, 4206, 4207]), Anchor::Lits(&[3992])]), Anchor::All(&[Anchor::Lits(&[3761]), Anchor::Lits(&[3993, 3994, 4209])]), Anchor::All(&[Anchor::Lits(&[2555]), Anchor::Lits(&[3992]), Anchor::Lits(&[3314, 4630])]), Anchor::All(&[Anchor::Lits(&[4292, 4293]), Anchor::Lits(&[3992]), Anchor::Lits(&[3314, 4630])]), Anchor::All(&[Anchor::Lits(&[3992]), Anchor::Lits(&[3972]), Anchor::Lits(&[3314, 4630])]), Anchor::All(&[Anchor::Lits(&[2230]), Anchor::Lits(&[3992]), Anchor::Lits(&[3314, 4630])]), Anchor::All(&[Anchor::Lits(&[4010]), Anchor::Lits(&[3992]), Anchor::Lits(&[3314, 4630])]), Anchor::All(&[Anchor::Lits(&[2534, 2537, 2546]), Anchor::Lits(&[1374, 2113, 3337, 4488])]), Anchor::All(&[Anchor::Lits(&[3275]), Anchor::Lits(&[2133])]), Anchor::All(&[Anchor::Lits(&[3464, 3465]), Anchor::Lits(&[1332, 2111])]), Anchor::All(&[Anchor::Lits(&[4406, 4407]), Anchor::Lits(&[3571])]), Anchor::All(&[Anchor::Lits(&[3571]), Anchor::Lits(&[2818, 2819])]), Anchor::All(&[Anchor::Lits(&[2937]), Anchor::Lits(&[3571])])]), Anchor::Any(&[Anchor::Lits(&[2627, 2822, 2830, 2838, 2878, 2929, 3015, 3452, 3477, 3553, 3978, 4113, 4132, 4348, 4369, 4370, 4519, 4520, 4527, 4544, 4590]), Anchor::All(&[Anchor::Lits(&[452, 1418]), Anchor::Lits(&[4512, 4513])]), Anchor::All(&[Anchor::Lits(&[4316, 4317]), Anchor::Lits(&[452, 1418])]), Anchor::All(&[Anchor::Lits(&[4408, 4409]), Anchor::Lits(&[452, 1418])]), Anchor::All(&[Anchor::Lits(&[486, 1466]), Anchor::Lits(&[3125, 3126]), Anchor::Lits(&[449, 1415])])])]), Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4545, 4546]), Anchor::Lits(&[3571])]), Anchor::All(&[Anchor::Lits(&[2930, 2931]), Anchor::Lits(&[488, 489, 1468, 1469]), Anchor::Lits(&[2134, 2135])])]), Anchor::Lits(&[2342])]), Anchor::All(&[Anchor::Lits(&[530, 531, 1521, 1522]), Anchor::Lits(&[338, 445, 469, 491, 1272, 1409, 1438, 1473])]), Anchor::All(&[Anchor::Lits(&[3761]), Anchor::Any(&[Anchor::Lits(&[1735, 3009, 3414]), Anchor::All(&[Anchor::Lits(&[389, 1349]), Anchor::Lits(&[2373, 2377])]), Anchor::All(&[Anchor::Lits(&[390, 1350]), Anchor::Lits(&[2321, 2325])]), Anchor::All(&[Anchor::Lits(&[389, 1349]), Anchor::Lits(&[3003, 3007])])]), Anchor::Lits(&[3992])])])),
            (173, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3182, 3183]), Anchor::Lits(&[4033]), Anchor::Any(&[Anchor::Lits(&[2319, 4068, 4281, 4575]), Anchor::All(&[Anchor::Lits(&[4006]), Anchor::Lits(&[2321, 2325])])])]), Anchor::All(&[Anchor::Lits(&[2137, 2138, 2564, 2565, 3894, 3898, 4062, 4063, 4077, 4078, 4282, 4283, 4585, 4586]), Anchor::Any(&[Anchor::Lits(&[2378, 3008, 3009, 3414, 4033]), Anchor::All(&[Anchor::Lits(&[535, 1527]), Anchor::Lits(&[2321, 2325])]), Anchor::All(&[Anchor::Lits(&[4191]), Anchor::Lits(&[2321, 2325])]), Anchor::All(&[Anchor::Lits(&[2956]), Anchor::Lits(&[2321, 2325])]), Anchor::All(&[Anchor::Lits(&[4610]), Anchor::Lits(&[2727, 3916]), Anchor::Lits(&[4421, 4425])])]), Anchor::Any(&[Anchor::Lits(&[3020, 3467, 3558, 4297]), Anchor::All(&[Anchor::Lits(&[3894, 3898]), Anchor::Lits(&[532, 1523])])])]), Anchor::All(&[Anchor::Lits(&[3468, 3469]), Anchor::Any(&[Anchor::Lits(&[2378, 3008, 3009, 3414, 4033]), Anchor::All(&[Anchor::Lits(&[535, 1527]), Anchor::Lits(&[2321, 2325])]), Anchor::All(&[Anchor::Lits(&[4191]), Anchor::Lits(&[2321, 2325])]), Anchor::All(&[Anchor::Lits(&[2956]), Anchor::Lits(&[2321, 2325])]), Anchor::All(&[Anchor::Lits(&[4610]), Anchor::Lits(&[2727, 3916]), Anchor::Lits(&[4421, 4425])])]), Anchor::Any(&[Anchor::Lits(&[2133, 4061, 4068, 4279, 4583]), Anchor::All(&[Anchor::Lits(&[4281]), Anchor::Lits(&[367, 1320])])])])])),
            (174, "tool-output-approves-itself", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2482, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3084, 3085, 3093, 3094, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3869, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4465, 4473, 4481, 4482, 4483, 4484, 4485, 4486, 4487]), Anchor::All(&[Anchor::Lits(&[2136, 2387, 2584, 2657, 3014, 3186, 3984, 3995, 4211, 4212, 4277, 4311, 4332, 4500]), Anchor::Lits(&[1677, 1760, 2015, 4176])]), Anchor::All(&[Anchor::Lits(&[4173, 4174]), Anchor::Lits(&[1586]), Anchor::Lits(&[3058, 3059, 3877, 3878])]), Anchor::All(&[Anchor::Lits(&[290, 316, 485, 1211, 1246, 1465, 1589, 1590, 1591]), Anchor::Lits(&[1587, 1588, 1589, 1590, 1591])])]), Anchor::Any(&[Anchor::Lits(&[2330, 2333, 2341, 2386, 2618, 2619, 2620, 2729, 2891, 2950, 3184, 3478, 3985, 4007, 4171, 4532, 4609]), Anchor::All(&[Anchor::Lits(&[2557]), Anchor::Lits(&[4213, 4642])]), Anchor::All(&[Anchor::Lits(&[4614]), Anchor::Lits(&[2444, 2729])]), Anchor::All(&[Anchor::Lits(&[3572]), Anchor::Lits(&[447, 1413])]), Anchor::All(&[Anchor::Lits(&[328, 437, 483, 1262, 1401, 1462]), Anchor::Lits(&[3537])]), Anchor::All(&[Anchor::Lits(&[307, 1230, 2337, 2338, 2415, 2416, 2560, 2561]), Anchor::Lits(&[2335, 2414, 2559]), Anchor::Lits(&[4510])])])])),
            (178, "file-posted-to-an-outside-url", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1659, 1660, 1661, 1662, 1663, 1664, 1670, 1671, 1672, 1673, 1674, 1675, 1683, 1684, 1685, 1686, 1687, 1688]), Anchor::All(&[Anchor::Lits(&[1679, 1680]), Anchor::Lits(&[2023])])]), Anchor::Lits(&[3060, 3061, 3279, 3280]), Anchor::Lits(&[2813, 3278, 4595, 4629])])),
            (192, "override-instructions-cjk", Anchor::Lits(&[4833, 4846, 4855, 4860, 4867, 4883, 4889, 4904, 4913, 4919, 4939, 4940, 4941, 4942, 4943, 4946, 4948, 4950, 4954, 4957, 4968, 4973, 4996, 4998, 5010, 5011, 5023, 5028, 5034, 5037, 5056, 5078, 5079])),
            (195, "override-instructions-other-scripts", Anchor::Lits(&[4659, 4660, 4661, 4730, 4731, 4745, 4750, 4756, 4759, 4765, 4772, 4786, 4787, 4798, 4803, 4804, 4805, 4810, 4813, 4815])),
            (198, "unrestricted-persona-other-scripts", Anchor::Lits(&[4754, 4760, 4788, 4801, 4814, 4834, 4835, 4928, 4934, 4970, 4971, 4999, 5003, 5010, 5011, 5029, 5040, 5069, 5074])),
            (200, "reveal-system-prompt-other-scripts", Anchor::Lits(&[4746, 4757, 4761, 4768, 4779, 4782, 4793, 4794, 4800, 4809, 4811, 4846, 4847, 4892, 4993, 5042, 5047, 5053, 5059, 5065, 5083])),
            (202, "disable-safety-other-scripts", Anchor::Lits(&[4845, 4880, 4885, 4924, 4925, 4983, 4991, 5002, 5004, 5023, 5024, 5038, 5046, 5048, 5050, 5062, 5076])),
            (204, "stop-following-instructions-cjk", Anchor::Lits(&[4837, 4838, 4840, 4916, 4921, 4947, 4960, 4961, 4976, 4977, 5007, 5035, 5036, 5051, 5082])),
            (208, "conceal-from-the-user-cjk", Anchor::Lits(&[4851, 4878, 4979])),
            (215, "reveal-system-prompt-zh", Anchor::Lits(&[4875, 4876, 4877, 4884, 4887, 4890, 4891, 4908, 4995, 4996, 4997, 4998, 5041, 5043])),
            (217, "admin-role-handed-out-other-scripts", Anchor::Lits(&[4741, 4744, 4749, 4762, 4763, 4769, 4770, 4771, 4783, 4784, 4785, 4795, 4796, 4868, 4871, 4888, 4905, 4906, 4949, 4951, 5001, 5006, 5021, 5022, 5060, 5085])),
            (220, "control-weakened-other-scripts", Anchor::Lits(&[4844, 4879, 4880, 4885, 4894, 4898, 4903, 4909, 4910, 4915, 4922, 4952, 4953, 4972, 4991, 4994, 5012, 5038, 5048, 5050, 5063, 5064, 5081, 5086])),
            (222, "destructive-without-confirmation-cjk", Anchor::Any(&[Anchor::Lits(&[4893, 4894, 4897, 4898, 4944, 4945, 4969]), Anchor::All(&[Anchor::Lits(&[4920, 4927, 4933, 4989, 4990, 5013, 5016, 5017, 5020, 5039]), Anchor::Lits(&[4859, 4861, 4862, 4863, 4864, 4895, 4899, 4955, 4956, 4962, 4963, 4974, 4975])])])),
            (223, "results-sent-to-an-address-cjk", Anchor::Lits(&[4842, 4853, 4854, 4874, 4882, 4911, 4914, 4936, 4938, 4980, 4982, 5025, 5026, 5027, 5030, 5031, 5032, 5033, 5058, 5068, 5080])),
            (224, "addressed-to-the-agent-other-scripts", Anchor::Any(&[Anchor::Lits(&[4732, 4733, 4734, 4735, 4736, 4742, 4743, 4748, 4751, 4767, 4777, 4778, 4799, 4806, 4836, 4839, 5015, 5019, 5044, 5045, 5049, 5075, 5084]), Anchor::All(&[Anchor::Lits(&[5049, 5075, 5084]), Anchor::Lits(&[2235, 5077])]), Anchor::All(&[Anchor::Lits(&[4917, 4918, 5000, 5005, 5009]), Anchor::Lits(&[2235, 4869, 4872, 4907, 4923, 4958, 4959, 5014, 5018])])])),
            (225, "conceal-from-the-user-other-scripts", Anchor::Lits(&[4728, 4738, 4755, 4760, 4764, 4773, 4775, 4780, 4781, 4788, 4791, 4792, 4808, 4812, 4832, 4873, 4881, 4886, 4896, 4900, 4912, 4931, 4932, 4964, 4965, 4978, 4981, 4984, 4985, 4987, 4988, 4992, 5008, 5052, 5054, 5055, 5057, 5066, 5067])),
            (227, "no-limits-any-more-cjk", Anchor::Lits(&[4850, 4852, 4856, 4857, 4858, 4901, 4966, 4967, 5010, 5070, 5071, 5072, 5073])),
            (231, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1737, 2587, 2626, 2907, 3032, 3130, 3235, 3413, 3424, 3771, 3772, 3773, 3868, 3974, 3976, 3990, 4151, 4152, 4414, 4490, 4593]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1740, 1741, 1742]), Anchor::All(&[Anchor::Lits(&[1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701]), Anchor::Lits(&[1738, 1743, 1746, 1748, 1750, 1752, 1754, 1756, 1758])])]), Anchor::Lits(&[1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701]), Anchor::Lits(&[1734, 1739, 1744, 1747, 1749, 1751, 1753, 1755, 1757, 1759])])]), Anchor::Lits(&[2329, 2780, 2813, 2945, 3017, 3056, 3758, 3760, 3988, 3996, 4048, 4269, 4284, 4295, 4312, 4347, 4570, 4595])])),
            (232, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[1548, 1549, 1550, 1551, 1552, 1553]), Anchor::All(&[Anchor::Lits(&[2049]), Anchor::Lits(&[2094]), Anchor::Lits(&[2414, 2558, 2559, 3184, 4510, 4634])])])),
            (243, "forged-tool-result", Anchor::All(&[Anchor::Lits(&[2388, 2389, 2390, 2391, 2392, 2393, 2396, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3095, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4474, 4475, 4476, 4477, 4478, 4479, 4480]), Anchor::Lits(&[65, 109, 110, 111, 185, 255, 256, 257, 329, 368, 369, 370, 448, 527, 528, 529, 585, 621, 622, 623, 690, 750, 751, 752, 803, 839, 840, 841, 908, 968, 969, 970, 1021, 1057, 1058, 1059, 1126, 1186, 1187, 1188, 1263, 1321, 1322, 1323, 1414, 1518, 1519, 1520, 1898, 1920, 1921, 1922, 1959, 2010, 2011, 2012]), Anchor::Lits(&[1763])])),
            (253, "account-safety-parameter-switched-off", Anchor::Lits(&[2979, 2980, 4000, 4005, 4165, 4166, 4531])),
            (255, "secret-resolved-as-a-hostname", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[20, 1212, 2019, 2101, 4651]), Anchor::Any(&[Anchor::Lits(&[2850, 3127, 3128, 3538, 3541, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3987, 4168, 4169]), Anchor::All(&[Anchor::Lits(&[2904]), Anchor::Lits(&[412, 480, 481, 482, 484, 1375, 1456, 1457, 1461, 1463])])]), Anchor::Lits(&[2017, 2018, 2019, 2095, 2096, 2101, 4649, 4650, 4651])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2850, 3866, 4168]), Anchor::All(&[Anchor::Lits(&[2904]), Anchor::Lits(&[412, 481, 1375, 1457])]), Anchor::All(&[Anchor::Lits(&[3539, 3540, 3542, 3543, 3551, 3552]), Anchor::Lits(&[354, 378, 429, 1304, 1334, 1393])])]), Anchor::Lits(&[2850, 2905, 2906, 3539, 3540, 3542, 3543, 3551, 3552, 3866, 4168]), Anchor::Lits(&[2940, 2944, 3003, 3007])])])),
            (256, "data-placeholder-in-an-image-url", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1951, 2097]), Anchor::All(&[Anchor::Lits(&[1545]), Anchor::Lits(&[2097])])]), Anchor::Lits(&[0, 1, 2, 4, 5, 6, 21, 47, 48, 49, 50, 51, 52, 53, 54, 55, 120, 121, 1191, 1192, 1193, 1195, 1196, 1197, 1213, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1247, 1248, 1335, 1336, 2098, 2099, 2100, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4342]), Anchor::Lits(&[2014])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x7f7df775de792841;
