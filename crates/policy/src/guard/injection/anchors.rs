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
\x20a la place \
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
\x20always\
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
\x20appear as before\
\x20appear as if nothing happened\
\x20appear before \
\x20appear clean\
\x20appear earlier \
\x20appear empty\
\x20appear in \
\x20appear intact\
\x20appear like \
\x20appear like nothing happened\
\x20appear normal\
\x20appear nothing\
\x20appear the same\
\x20appear unchanged\
\x20appear unmodified\
\x20appear untouched\
\x20appeared above \
\x20appeared before \
\x20appeared prior to \
\x20appears above \
\x20appears as before\
\x20appears as if nothing happened\
\x20appears before \
\x20appears clean\
\x20appears earlier \
\x20appears empty\
\x20appears intact\
\x20appears like nothing happened\
\x20appears normal\
\x20appears nothing\
\x20appears prior to \
\x20appears the same\
\x20appears unchanged\
\x20appears unmodified\
\x20appears untouched\
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
\x20are as before\
\x20are as if nothing happened\
\x20are asked to \
\x20are authorised\
\x20are authorized\
\x20are aware\
\x20are clean\
\x20are configured \
\x20are defined \
\x20are empty\
\x20are expected to \
\x20are fed \
\x20are fine\
\x20are fine with\
\x20are given \
\x20are granted \
\x20are injected \
\x20are instructed to \
\x20are intact\
\x20are like nothing happened\
\x20are loaded \
\x20are no longer \
\x20are normal\
\x20are not \
\x20are nothing\
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
\x20are the same\
\x20are to \
\x20are unchanged\
\x20are unmodified\
\x20are untouched\
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
\x20atob\
\x20attach \
\x20attribute \
\x20aturan \
\x20au lieu de cela \
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
\x20b64decode\
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
\x20base64 decode\
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
\x20before any other tool\
\x20before calling any other tool\
\x20before calling every other tool\
\x20before every other tool\
\x20before my first message \
\x20before my message \
\x20before that \
\x20before the user \
\x20before this\
\x20before this \
\x20before using any other tool\
\x20before using every other tool\
\x20before you call any other tool\
\x20before you call every other tool\
\x20before you use any other tool\
\x20before you use every other tool\
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
\x20call \
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
\x20chat history \
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
\x20conversation history \
\x20conversation so far \
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
\x20dimentica \
\x20dimenticate \
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
\x20em vez disso \
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
\x20en lugar de eso \
\x20en su lugar \
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
\x20entire conversation \
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
\x20esqueca \
\x20esquece \
\x20ethics\
\x20evade \
\x20eval\
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
\x20exec\
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
\x20first\
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
\x20from base64\
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
\x20full conversation \
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
\x20hex decode\
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
\x20ignoriere \
\x20ignorieren sie \
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
\x20instead \
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
\x20invece \
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
\x20invoke \
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
\x20is as before\
\x20is as if nothing happened\
\x20is authorised\
\x20is authorized\
\x20is aware\
\x20is before \
\x20is beyond\
\x20is clean\
\x20is code for \
\x20is do what \
\x20is empty\
\x20is execute \
\x20is fine\
\x20is fine with\
\x20is follow \
\x20is granted \
\x20is intact\
\x20is later than\
\x20is like nothing happened\
\x20is no longer \
\x20is normal\
\x20is not \
\x20is not aware of \
\x20is not bound by \
\x20is not required\
\x20is nothing\
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
\x20is the same\
\x20is to \
\x20is to do what \
\x20is to execute \
\x20is to follow \
\x20is to obey \
\x20is to run \
\x20is to serve \
\x20is unchanged\
\x20is unmodified\
\x20is untouched\
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
\x20look as before\
\x20look as if nothing happened\
\x20look clean\
\x20look empty\
\x20look intact\
\x20look like \
\x20look like nothing happened\
\x20look normal\
\x20look nothing\
\x20look the same\
\x20look unchanged\
\x20look unmodified\
\x20look untouched\
\x20looks as before\
\x20looks as if nothing happened\
\x20looks clean\
\x20looks empty\
\x20looks intact\
\x20looks into\
\x20looks like nothing happened\
\x20looks normal\
\x20looks nothing\
\x20looks the same\
\x20looks unchanged\
\x20looks unmodified\
\x20looks untouched\
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
\x20olvida \
\x20olvidad \
\x20olvide \
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
\x20on every call\
\x20on every request\
\x20on every turn\
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
\x20oublie \
\x20oubliez \
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
\x20pass \
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
\x20rather \
\x20raw \
\x20re create \
\x20re creates \
\x20re grants \
\x20read as before\
\x20read as if nothing happened\
\x20read clean\
\x20read empty\
\x20read intact\
\x20read like \
\x20read like nothing happened\
\x20read normal\
\x20read nothing\
\x20read only\
\x20read only flag \
\x20read out \
\x20read the same\
\x20read unchanged\
\x20read unmodified\
\x20read untouched\
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
\x20reads as before\
\x20reads as if nothing happened\
\x20reads clean\
\x20reads empty\
\x20reads intact\
\x20reads like nothing happened\
\x20reads normal\
\x20reads nothing\
\x20reads the same\
\x20reads unchanged\
\x20reads unmodified\
\x20reads untouched\
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
\x20remain as before\
\x20remain as if nothing happened\
\x20remain clean\
\x20remain empty\
\x20remain in character \
\x20remain intact\
\x20remain like nothing happened\
\x20remain normal\
\x20remain nothing\
\x20remain the same\
\x20remain unchanged\
\x20remain unmodified\
\x20remain untouched\
\x20remains as before\
\x20remains as if nothing happened\
\x20remains clean\
\x20remains empty\
\x20remains intact\
\x20remains like nothing happened\
\x20remains normal\
\x20remains nothing\
\x20remains the same\
\x20remains unchanged\
\x20remains unmodified\
\x20remains untouched\
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
\x20run it\
\x20run the following \
\x20run the result\
\x20run what it returns\
\x20run whatever \
\x20run whatever it returns\
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
\x20seem as before\
\x20seem as if nothing happened\
\x20seem clean\
\x20seem empty\
\x20seem intact\
\x20seem like \
\x20seem like nothing happened\
\x20seem normal\
\x20seem nothing\
\x20seem the same\
\x20seem unchanged\
\x20seem unmodified\
\x20seem untouched\
\x20seems as before\
\x20seems as if nothing happened\
\x20seems clean\
\x20seems empty\
\x20seems intact\
\x20seems like nothing happened\
\x20seems normal\
\x20seems nothing\
\x20seems the same\
\x20seems unchanged\
\x20seems unmodified\
\x20seems untouched\
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
\x20show as before\
\x20show as if nothing happened\
\x20show clean\
\x20show databases \
\x20show empty\
\x20show intact\
\x20show integrations \
\x20show like nothing happened\
\x20show normal\
\x20show nothing\
\x20show roles \
\x20show shares \
\x20show the same\
\x20show unchanged\
\x20show unmodified\
\x20show untouched\
\x20show up \
\x20show up in \
\x20show users \
\x20show warehouses \
\x20showing \
\x20showing you \
\x20shows as before\
\x20shows as if nothing happened\
\x20shows clean\
\x20shows empty\
\x20shows intact\
\x20shows like nothing happened\
\x20shows normal\
\x20shows nothing\
\x20shows the same\
\x20shows unchanged\
\x20shows unmodified\
\x20shows untouched\
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
\x20so it can tell\
\x20so it does not\
\x20so it doesnt\
\x20so it know\
\x20so it notice\
\x20so it see\
\x20so it will not\
\x20so it wont\
\x20so no one\
\x20so no one \
\x20so no one can tell\
\x20so no one know\
\x20so no one notice\
\x20so no one see\
\x20so nobody\
\x20so nobody \
\x20so nobody can tell\
\x20so nobody know\
\x20so nobody notice\
\x20so nobody see\
\x20so noone\
\x20so noone \
\x20so noone can tell\
\x20so noone know\
\x20so noone notice\
\x20so noone see\
\x20so reviewers\
\x20so security\
\x20so security can tell\
\x20so security know\
\x20so security notice\
\x20so security see\
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
\x20so the auditor can tell\
\x20so the auditor know\
\x20so the auditor notice\
\x20so the auditor see\
\x20so the auditors can tell\
\x20so the auditors know\
\x20so the auditors notice\
\x20so the auditors see\
\x20so the reviewers\
\x20so they can tell\
\x20so they dont\
\x20so they know\
\x20so they notice\
\x20so they see\
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
\x20stattdessen \
\x20status page\
\x20status page \
\x20stay as before\
\x20stay as if nothing happened\
\x20stay clean\
\x20stay dan mode \
\x20stay developer mode \
\x20stay empty\
\x20stay evil mode \
\x20stay in character \
\x20stay in dan mode \
\x20stay in developer mode \
\x20stay in evil mode \
\x20stay in jailbreak mode \
\x20stay in jailbroken mode \
\x20stay in unfiltered mode \
\x20stay intact\
\x20stay jailbreak mode \
\x20stay jailbroken mode \
\x20stay like nothing happened\
\x20stay normal\
\x20stay nothing\
\x20stay the same\
\x20stay unchanged\
\x20stay unfiltered mode \
\x20stay unmodified\
\x20stay untouched\
\x20stays as before\
\x20stays as if nothing happened\
\x20stays clean\
\x20stays empty\
\x20stays intact\
\x20stays like nothing happened\
\x20stays normal\
\x20stays nothing\
\x20stays the same\
\x20stays unchanged\
\x20stays unmodified\
\x20stays untouched\
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
\x20the context \
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
\x20unbase64\
\x20unbound by \
\x20uncensored \
\x20unchained from \
\x20uncle\
\x20unconstrained by \
\x20unencrypted \
\x20unescaping\
\x20unfiltered \
\x20ungultig \
\x20unhex\
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
\x20use \
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
\x20vergessen sie \
\x20vergiss \
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
\x20whole conversation \
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
\x20your context \
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
\x20your instructions \
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
\x20zamiast tego \
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
agent hint\
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
ai hint\
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
analyze \
analyzes \
analyzing \
anarchy mode\
and \
and not \
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
assistant hint\
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
atob\
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
bot hint\
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
copilot hint\
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
decode\
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
eval \
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
exec \
execute\
execute immediate \
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
from base64\
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
just list\
just listen to \
just maintenance\
just mention\
just name\
just normal\
just nothing\
just obey \
just planned\
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
llm hint\
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
model hint\
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
review process\
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
system hint\
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
task to \
tasks for \
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
unbase64\
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
unhex\
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
            ends: &[2, 5, 7, 18, 29, 39, 48, 68, 88, 107, 125, 144, 161, 171, 179, 181, 185, 187, 189, 191, 193, 195, 197, 199, 209, 229, 245, 264, 272, 281, 287, 294, 307, 319, 332, 339, 347, 361, 375, 392, 410, 440, 448, 457, 475, 494, 509, 525, 538, 545, 562, 580, 586, 593, 603, 616, 634, 653, 662, 671, 685, 695, 707, 718, 724, 731, 746, 759, 771, 791, 809, 830, 850, 871, 894, 917, 934, 955, 974, 996, 1016, 1038, 1062, 1086, 1105, 1113, 1128, 1139, 1150, 1161, 1176, 1192, 1214, 1240, 1267, 1295, 1316, 1337, 1359, 1380, 1402, 1420, 1442, 1465, 1489, 1506, 1523, 1541, 1558, 1576, 1589, 1600, 1604, 1612, 1622, 1633, 1641, 1652, 1665, 1673, 1690, 1705, 1722, 1735, 1744, 1749, 1769, 1794, 1819, 1843, 1861, 1881, 1900, 1910, 1921, 1933, 1944, 1957, 1978, 1994, 2009, 2028, 2040, 2051, 2072, 2091, 2105, 2120, 2138, 2155, 2168, 2185, 2199, 2228, 2252, 2279, 2299, 2318, 2347, 2374, 2396, 2419, 2445, 2470, 2491, 2500, 2515, 2531, 2538, 2555, 2570, 2589, 2605, 2626, 2644, 2661, 2675, 2682, 2690, 2699, 2706, 2714, 2722, 2736, 2746, 2757, 2769, 2773, 2778, 2789, 2800, 2807, 2820, 2831, 2843, 2853, 2863, 2872, 2882, 2896, 2908, 2921, 2932, 2943, 2956, 2960, 2965, 2984, 2998, 3013, 3029, 3047, 3065, 3080, 3095, 3107, 3125, 3138, 3148, 3166, 3178, 3187, 3202, 3213, 3227, 3236, 3246, 3265, 3282, 3302, 3318, 3337, 3357, 3379, 3401, 3418, 3434, 3446, 3466, 3484, 3505, 3524, 3545, 3568, 3591, 3609, 3621, 3637, 3651, 3666, 3686, 3701, 3724, 3738, 3749, 3762, 3771, 3778, 3786, 3799, 3813, 3828, 3843, 3857, 3874, 3889, 3907, 3915, 3921, 3933, 3953, 3969, 3988, 3997, 4007, 4014, 4022, 4030, 4039, 4057, 4076, 4095, 4110, 4128, 4137, 4147, 4166, 4186, 4202, 4219, 4237, 4256, 4263, 4271, 4285, 4300, 4310, 4324, 4339, 4343, 4360, 4375, 4389, 4401, 4411, 4421, 4438, 4453, 4462, 4480, 4496, 4510, 4522, 4538, 4552, 4568, 4580, 4588, 4599, 4610, 4620, 4630, 4644, 4652, 4665, 4679, 4697, 4714, 4724, 4738, 4751, 4776, 4786, 4797, 4807, 4823, 4840, 4862, 4884, 4899, 4915, 4936, 4948, 4963, 4977, 4994, 5010, 5024, 5039, 5046, 5057, 5074, 5083, 5095, 5100, 5112, 5121, 5132, 5146, 5161, 5170, 5180, 5187, 5195, 5206, 5221, 5237, 5257, 5273, 5290, 5308, 5319, 5331, 5344, 5354, 5369, 5376, 5387, 5398, 5412, 5424, 5436, 5451, 5458, 5466, 5475, 5484, 5494, 5502, 5516, 5527, 5544, 5574, 5589, 5602, 5618, 5631, 5642, 5656, 5669, 5698, 5712, 5727, 5743, 5760, 5778, 5795, 5811, 5828, 5847, 5862, 5880, 5911, 5927, 5941, 5958, 5972, 5987, 6017, 6032, 6048, 6066, 6083, 6101, 6120, 6138, 6146, 6164, 6184, 6202, 6218, 6236, 6258, 6274, 6286, 6299, 6317, 6338, 6350, 6366, 6375, 6385, 6399, 6414, 6428, 6442, 6452, 6473, 6492, 6514, 6535, 6557, 6581, 6605, 6624, 6642, 6656, 6678, 6698, 6721, 6742, 6765, 6790, 6815, 6835, 6844, 6859, 6867, 6871, 6886, 6898, 6911, 6925, 6952, 6966, 6981, 6996, 7006, 7016, 7032, 7045, 7055, 7072, 7081, 7090, 7104, 7115, 7128, 7142, 7161, 7172, 7198, 7210, 7225, 7236, 7245, 7257, 7266, 7285, 7301, 7318, 7337, 7356, 7369, 7380, 7398, 7405, 7419, 7431, 7445, 7454, 7471, 7481, 7490, 7504, 7517, 7525, 7539, 7554, 7568, 7581, 7589, 7616, 7640, 7663, 7686, 7707, 7721, 7728, 7745, 7749, 7755, 7767, 7781, 7791, 7802, 7812, 7827, 7841, 7854, 7864, 7881, 7897, 7906, 7918, 7925, 7938, 7953, 7965, 7976, 7992, 8007, 8021, 8032, 8050, 8060, 8072, 8085, 8104, 8116, 8129, 8140, 8149, 8163, 8173, 8184, 8191, 8202, 8213, 8225, 8238, 8252, 8261, 8271, 8280, 8295, 8309, 8317, 8332, 8352, 8364, 8379, 8392, 8404, 8412, 8423, 8431, 8446, 8458, 8473, 8483, 8492, 8500, 8513, 8527, 8551, 8563, 8577, 8586, 8597, 8612, 8627, 8643, 8660, 8668, 8675, 8679, 8684, 8690, 8697, 8710, 8725, 8738, 8748, 8756, 8761, 8772, 8785, 8796, 8808, 8816, 8822, 8831, 8838, 8845, 8853, 8860, 8869, 8879, 8887, 8894, 8904, 8912, 8919, 8925, 8931, 8949, 8963, 8989, 9020, 9045, 9072, 9104, 9130, 9136, 9141, 9149, 9160, 9168, 9185, 9191, 9205, 9217, 9229, 9240, 9250, 9267, 9279, 9290, 9307, 9322, 9340, 9349, 9362, 9370, 9377, 9385, 9395, 9406, 9415, 9423, 9434, 9443, 9451, 9463, 9473, 9478, 9493, 9506, 9518, 9535, 9559, 9581, 9596, 9607, 9622, 9645, 9666, 9690, 9713, 9737, 9763, 9789, 9809, 9833, 9855, 9880, 9903, 9928, 9955, 9982, 10004, 10015, 10031, 10044, 10057, 10082, 10096, 10111, 10121, 10133, 10146, 10156, 10167, 10184, 10192, 10201, 10207, 10218, 10223, 10233, 10239, 10247, 10255, 10264, 10271, 10279, 10291, 10295, 10309, 10322, 10330, 10344, 10352, 10359, 10363, 10369, 10377, 10395, 10410, 10426, 10444, 10462, 10474, 10496, 10515, 10535, 10557, 10579, 10595, 10609, 10630, 10640, 10657, 10665, 10674, 10693, 10709, 10726, 10745, 10764, 10777, 10800, 10820, 10841, 10864, 10887, 10904, 10919, 10941, 10952, 10970, 10978, 10986, 11008, 11038, 11070, 11094, 11119, 11138, 11151, 11168, 11180, 11193, 11221, 11251, 11282, 11315, 11345, 11377, 11390, 11405, 11419, 11434, 11445, 11458, 11476, 11488, 11504, 11521, 11536, 11554, 11576, 11587, 11606, 11611, 11619, 11637, 11649, 11657, 11666, 11680, 11697, 11705, 11721, 11736, 11749, 11769, 11788, 11805, 11823, 11837, 11842, 11848, 11855, 11866, 11874, 11886, 11896, 11909, 11926, 11931, 11939, 11950, 11956, 11966, 11976, 11987, 12006, 12021, 12039, 12047, 12059, 12076, 12085, 12097, 12111, 12125, 12141, 12148, 12156, 12164, 12174, 12182, 12195, 12205, 12213, 12219, 12229, 12238, 12244, 12250, 12257, 12266, 12274, 12290, 12299, 12310, 12319, 12327, 12339, 12354, 12369, 12382, 12394, 12406, 12414, 12426, 12434, 12441, 12449, 12462, 12487, 12497, 12508, 12527, 12533, 12541, 12550, 12562, 12572, 12583, 12597, 12607, 12617, 12628, 12638, 12649, 12663, 12675, 12688, 12702, 12717, 12731, 12747, 12761, 12776, 12793, 12809, 12822, 12835, 12847, 12862, 12878, 12896, 12914, 12929, 12946, 12958, 12971, 12990, 12999, 13007, 13016, 13026, 13035, 13043, 13056, 13070, 13086, 13101, 13113, 13125, 13136, 13150, 13165, 13182, 13199, 13213, 13229, 13240, 13252, 13270, 13276, 13287, 13299, 13313, 13326, 13336, 13346, 13355, 13367, 13380, 13395, 13410, 13422, 13436, 13445, 13455, 13471, 13487, 13500, 13512, 13528, 13550, 13574, 13596, 13610, 13630, 13651, 13673, 13695, 13724, 13747, 13762, 13782, 13787, 13791, 13798, 13809, 13816, 13824, 13832, 13840, 13848, 13856, 13873, 13881, 13891, 13902, 13911, 13919, 13928, 13942, 13954, 13959, 13965, 13979, 13988, 13998, 14007, 14013, 14024, 14040, 14057, 14067, 14078, 14090, 14100, 14108, 14120, 14137, 14155, 14166, 14178, 14191, 14200, 14209, 14217, 14225, 14237, 14243, 14255, 14263, 14270, 14282, 14290, 14298, 14305, 14316, 14324, 14331, 14343, 14354, 14368, 14376, 14387, 14398, 14405, 14413, 14422, 14429, 14444, 14458, 14468, 14476, 14483, 14491, 14498, 14506, 14514, 14523, 14535, 14549, 14562, 14576, 14585, 14599, 14612, 14626, 14642, 14663, 14684, 14701, 14717, 14734, 14752, 14774, 14799, 14807, 14816, 14829, 14845, 14855, 14863, 14878, 14894, 14911, 14921, 14932, 14946, 14956, 14968, 14984, 14997, 15008, 15021, 15037, 15049, 15063, 15084, 15099, 15110, 15122, 15139, 15159, 15170, 15177, 15185, 15199, 15214, 15231, 15246, 15266, 15283, 15297, 15310, 15320, 15331, 15343, 15359, 15371, 15382, 15401, 15423, 15441, 15459, 15473, 15485, 15498, 15517, 15527, 15537, 15555, 15575, 15594, 15613, 15631, 15643, 15656, 15667, 15675, 15684, 15694, 15706, 15714, 15723, 15738, 15752, 15764, 15776, 15791, 15800, 15810, 15825, 15838, 15851, 15859, 15868, 15881, 15891, 15902, 15914, 15923, 15934, 15946, 15959, 15970, 15982, 15995, 16007, 16015, 16028, 16046, 16065, 16077, 16090, 16104, 16118, 16132, 16151, 16171, 16184, 16198, 16213, 16228, 16240, 16253, 16267, 16289, 16310, 16318, 16325, 16332, 16340, 16349, 16359, 16364, 16370, 16379, 16387, 16400, 16407, 16415, 16434, 16447, 16456, 16466, 16481, 16499, 16508, 16520, 16528, 16537, 16547, 16558, 16577, 16590, 16611, 16632, 16646, 16658, 16669, 16690, 16711, 16723, 16738, 16750, 16764, 16775, 16792, 16804, 16817, 16830, 16843, 16856, 16870, 16875, 16881, 16885, 16890, 16895, 16902, 16911, 16921, 16935, 16951, 16967, 16984, 16998, 17015, 17030, 17041, 17057, 17065, 17074, 17078, 17108, 17136, 17142, 17147, 17153, 17170, 17179, 17188, 17203, 17206, 17217, 17229, 17235, 17248, 17262, 17280, 17293, 17307, 17317, 17323, 17330, 17338, 17356, 17373, 17385, 17396, 17407, 17424, 17433, 17444, 17455, 17469, 17484, 17509, 17515, 17522, 17530, 17541, 17552, 17571, 17583, 17596, 17604, 17616, 17628, 17648, 17661, 17675, 17684, 17694, 17707, 17720, 17741, 17755, 17770, 17779, 17784, 17799, 17813, 17822, 17830, 17838, 17852, 17862, 17876, 17886, 17897, 17908, 17921, 17935, 17948, 17960, 17971, 17983, 17996, 18008, 18020, 18030, 18042, 18055, 18067, 18078, 18088, 18100, 18113, 18127, 18142, 18156, 18170, 18185, 18199, 18214, 18227, 18244, 18256, 18268, 18288, 18301, 18315, 18330, 18345, 18368, 18384, 18401, 18414, 18427, 18448, 18462, 18477, 18485, 18494, 18510, 18519, 18528, 18553, 18573, 18596, 18612, 18630, 18649, 18664, 18689, 18712, 18730, 18749, 18771, 18792, 18809, 18826, 18844, 18851, 18859, 18868, 18884, 18898, 18912, 18927, 18935, 18942, 18956, 18968, 18980, 18993, 19004, 19017, 19028, 19039, 19043, 19048, 19060, 19068, 19077, 19089, 19101, 19121, 19139, 19152, 19166, 19186, 19203, 19222, 19238, 19256, 19278, 19287, 19302, 19315, 19328, 19349, 19363, 19378, 19388, 19399, 19413, 19427, 19449, 19464, 19480, 19487, 19495, 19504, 19522, 19533, 19546, 19559, 19572, 19585, 19594, 19604, 19616, 19624, 19633, 19644, 19653, 19662, 19671, 19682, 19697, 19719, 19737, 19751, 19763, 19770, 19776, 19783, 19794, 19799, 19805, 19811, 19818, 19821, 19825, 19835, 19846, 19858, 19871, 19880, 19892, 19902, 19915, 19930, 19937, 19953, 19967, 19984, 20000, 20017, 20036, 20055, 20067, 20080, 20097, 20112, 20130, 20146, 20164, 20184, 20204, 20218, 20233, 20248, 20270, 20286, 20292, 20300, 20313, 20328, 20341, 20352, 20369, 20393, 20424, 20443, 20457, 20470, 20484, 20497, 20510, 20524, 20540, 20557, 20573, 20586, 20600, 20616, 20631, 20643, 20658, 20671, 20686, 20705, 20717, 20744, 20756, 20767, 20779, 20795, 20809, 20824, 20840, 20853, 20872, 20893, 20916, 20944, 20972, 21004, 21026, 21046, 21060, 21073, 21088, 21104, 21121, 21138, 21152, 21167, 21185, 21199, 21215, 21229, 21244, 21260, 21274, 21289, 21305, 21323, 21339, 21357, 21372, 21384, 21396, 21410, 21421, 21433, 21446, 21458, 21470, 21483, 21500, 21518, 21534, 21552, 21565, 21585, 21606, 21614, 21627, 21634, 21638, 21652, 21667, 21684, 21694, 21711, 21726, 21747, 21762, 21778, 21793, 21811, 21828, 21842, 21859, 21874, 21888, 21903, 21916, 21932, 21947, 21972, 21997, 22021, 22047, 22078, 22104, 22126, 22149, 22175, 22198, 22222, 22244, 22267, 22293, 22309, 22326, 22345, 22364, 22380, 22398, 22416, 22429, 22443, 22463, 22478, 22493, 22501, 22516, 22529, 22548, 22561, 22575, 22588, 22604, 22619, 22631, 22646, 22659, 22671, 22684, 22695, 22709, 22722, 22745, 22768, 22790, 22814, 22843, 22867, 22887, 22908, 22932, 22953, 22975, 22995, 23016, 23040, 23054, 23069, 23086, 23103, 23117, 23133, 23149, 23160, 23172, 23190, 23203, 23209, 23220, 23233, 23244, 23253, 23268, 23286, 23308, 23337, 23354, 23366, 23377, 23389, 23400, 23411, 23423, 23437, 23452, 23466, 23477, 23489, 23503, 23516, 23526, 23539, 23550, 23563, 23580, 23590, 23615, 23625, 23634, 23644, 23658, 23670, 23683, 23697, 23708, 23729, 23746, 23767, 23786, 23807, 23833, 23855, 23881, 23908, 23926, 23946, 23976, 23996, 24018, 24036, 24048, 24059, 24072, 24086, 24101, 24116, 24128, 24141, 24157, 24169, 24183, 24195, 24208, 24222, 24234, 24247, 24261, 24277, 24291, 24307, 24320, 24330, 24340, 24352, 24361, 24371, 24382, 24392, 24402, 24413, 24428, 24444, 24458, 24474, 24485, 24503, 24522, 24530, 24541, 24551, 24562, 24565, 24577, 24591, 24605, 24619, 24633, 24638, 24644, 24653, 24662, 24679, 24693, 24703, 24714, 24726, 24736, 24749, 24762, 24783, 24797, 24812, 24822, 24832, 24850, 24861, 24873, 24887, 24902, 24907, 24913, 24922, 24929, 24934, 24940, 24952, 24961, 24982, 25000, 25020, 25042, 25058, 25075, 25093, 25108, 25124, 25146, 25161, 25167, 25173, 25177, 25193, 25202, 25212, 25221, 25240, 25262, 25277, 25298, 25318, 25334, 25345, 25357, 25368, 25380, 25390, 25397, 25411, 25417, 25424, 25437, 25453, 25464, 25476, 25486, 25496, 25506, 25513, 25521, 25535, 25547, 25560, 25571, 25582, 25589, 25614, 25639, 25662, 25680, 25699, 25709, 25723, 25740, 25751, 25760, 25771, 25788, 25801, 25810, 25818, 25827, 25838, 25844, 25853, 25862, 25871, 25879, 25888, 25899, 25909, 25916, 25924, 25945, 25949, 25954, 25963, 25977, 25992, 26001, 26011, 26020, 26030, 26043, 26065, 26075, 26083, 26090, 26097, 26106, 26120, 26135, 26151, 26160, 26170, 26180, 26193, 26207, 26216, 26225, 26232, 26239, 26244, 26259, 26271, 26277, 26284, 26298, 26311, 26322, 26335, 26351, 26362, 26373, 26385, 26394, 26404, 26416, 26442, 26463, 26485, 26508, 26533, 26558, 26580, 26602, 26621, 26646, 26666, 26683, 26708, 26714, 26721, 26728, 26744, 26759, 26772, 26792, 26811, 26828, 26846, 26860, 26868, 26879, 26897, 26916, 26924, 26934, 26953, 26973, 26988, 27006, 27011, 27019, 27028, 27040, 27061, 27080, 27102, 27123, 27145, 27169, 27193, 27211, 27233, 27253, 27276, 27297, 27320, 27345, 27370, 27389, 27409, 27429, 27456, 27477, 27500, 27513, 27531, 27550, 27571, 27590, 27598, 27611, 27622, 27632, 27643, 27655, 27668, 27683, 27701, 27717, 27734, 27752, 27761, 27773, 27781, 27788, 27796, 27807, 27816, 27832, 27841, 27851, 27868, 27885, 27901, 27916, 27933, 27949, 27962, 27977, 27993, 28008, 28023, 28039, 28054, 28074, 28094, 28113, 28126, 28141, 28155, 28163, 28172, 28182, 28196, 28211, 28227, 28240, 28253, 28265, 28280, 28296, 28314, 28332, 28347, 28364, 28376, 28389, 28408, 28423, 28439, 28456, 28470, 28484, 28497, 28513, 28530, 28549, 28568, 28584, 28602, 28615, 28629, 28649, 28654, 28660, 28666, 28673, 28680, 28688, 28693, 28699, 28707, 28716, 28733, 28744, 28763, 28782, 28794, 28804, 28813, 28832, 28851, 28861, 28874, 28881, 28892, 28900, 28914, 28922, 28934, 28955, 28973, 28992, 28999, 29006, 29013, 29021, 29029, 29036, 29050, 29060, 29066, 29079, 29090, 29096, 29106, 29117, 29125, 29136, 29153, 29171, 29190, 29209, 29235, 29255, 29267, 29284, 29297, 29308, 29326, 29346, 29364, 29374, 29379, 29386, 29399, 29413, 29423, 29440, 29458, 29468, 29479, 29491, 29506, 29520, 29535, 29549, 29560, 29571, 29583, 29596, 29609, 29623, 29636, 29647, 29661, 29671, 29688, 29700, 29711, 29730, 29741, 29753, 29761, 29775, 29790, 29801, 29819, 29838, 29850, 29863, 29879, 29894, 29910, 29925, 29937, 29949, 29962, 29976, 29991, 30006, 30022, 30034, 30053, 30073, 30086, 30100, 30117, 30133, 30150, 30166, 30179, 30192, 30206, 30221, 30237, 30252, 30268, 30277, 30287, 30300, 30312, 30325, 30337, 30350, 30359, 30373, 30383, 30403, 30412, 30421, 30430, 30439, 30448, 30457, 30467, 30475, 30482, 30492, 30503, 30512, 30520, 30531, 30542, 30554, 30563, 30570, 30578, 30586, 30598, 30613, 30628, 30641, 30657, 30669, 30688, 30702, 30710, 30726, 30743, 30758, 30775, 30788, 30797, 30807, 30824, 30834, 30849, 30864, 30880, 30891, 30903, 30921, 30940, 30960, 30972, 30985, 30999, 31016, 31032, 31049, 31065, 31078, 31091, 31105, 31120, 31135, 31151, 31166, 31179, 31195, 31208, 31220, 31239, 31252, 31266, 31278, 31297, 31310, 31324, 31346, 31362, 31377, 31393, 31410, 31427, 31440, 31457, 31471, 31486, 31496, 31512, 31527, 31545, 31554, 31574, 31595, 31612, 31636, 31661, 31679, 31698, 31720, 31741, 31763, 31784, 31802, 31820, 31839, 31859, 31880, 31901, 31923, 31941, 31966, 31992, 32011, 32031, 32054, 32076, 32099, 32121, 32140, 32159, 32179, 32200, 32222, 32230, 32240, 32247, 32255, 32266, 32274, 32286, 32305, 32320, 32332, 32340, 32348, 32364, 32379, 32399, 32418, 32434, 32446, 32457, 32474, 32493, 32514, 32525, 32540, 32553, 32570, 32585, 32606, 32620, 32635, 32652, 32658, 32665, 32673, 32682, 32694, 32704, 32711, 32722, 32731, 32741, 32752, 32764, 32775, 32786, 32798, 32809, 32821, 32829, 32840, 32849, 32861, 32872, 32884, 32897, 32909, 32926, 32944, 32955, 32967, 32980, 32987, 32993, 33013, 33028, 33039, 33051, 33063, 33075, 33087, 33100, 33108, 33116, 33128, 33140, 33149, 33168, 33182, 33192, 33210, 33227, 33243, 33259, 33274, 33298, 33313, 33332, 33347, 33367, 33389, 33405, 33422, 33444, 33460, 33477, 33495, 33514, 33529, 33545, 33561, 33579, 33594, 33614, 33637, 33655, 33669, 33692, 33709, 33730, 33750, 33770, 33789, 33805, 33835, 33855, 33869, 33879, 33895, 33918, 33936, 33959, 33977, 33996, 34016, 34032, 34049, 34068, 34084, 34105, 34129, 34147, 34178, 34199, 34205, 34222, 34241, 34255, 34272, 34294, 34316, 34337, 34352, 34369, 34385, 34401, 34416, 34435, 34451, 34463, 34474, 34485, 34500, 34517, 34528, 34538, 34553, 34569, 34578, 34588, 34599, 34610, 34626, 34643, 34653, 34664, 34676, 34688, 34702, 34720, 34732, 34741, 34756, 34774, 34794, 34815, 34825, 34836, 34854, 34870, 34888, 34902, 34912, 34916, 34921, 34933, 34948, 34960, 34971, 34983, 34996, 35007, 35022, 35034, 35051, 35064, 35076, 35082, 35091, 35107, 35117, 35122, 35128, 35135, 35148, 35158, 35164, 35176, 35190, 35209, 35225, 35243, 35264, 35276, 35285, 35305, 35327, 35352, 35359, 35372, 35386, 35397, 35409, 35428, 35437, 35456, 35473, 35485, 35498, 35512, 35517, 35528, 35540, 35554, 35567, 35581, 35597, 35610, 35619, 35630, 35644, 35656, 35668, 35682, 35691, 35701, 35710, 35724, 35737, 35749, 35754, 35763, 35770, 35782, 35790, 35802, 35810, 35817, 35824, 35837, 35857, 35879, 35902, 35923, 35931, 35939, 35945, 35952, 35963, 35979, 35990, 36014, 36035, 36057, 36063, 36070, 36078, 36087, 36093, 36104, 36116, 36131, 36146, 36155, 36176, 36194, 36208, 36224, 36243, 36260, 36277, 36296, 36310, 36325, 36339, 36358, 36376, 36384, 36392, 36398, 36407, 36421, 36435, 36448, 36463, 36477, 36487, 36496, 36504, 36527, 36550, 36574, 36603, 36623, 36645, 36669, 36688, 36698, 36706, 36722, 36734, 36746, 36757, 36772, 36790, 36797, 36804, 36819, 36833, 36849, 36871, 36890, 36905, 36922, 36942, 36960, 36978, 36998, 37013, 37029, 37044, 37064, 37083, 37098, 37109, 37119, 37139, 37150, 37159, 37176, 37189, 37202, 37214, 37230, 37249, 37258, 37278, 37291, 37320, 37342, 37363, 37383, 37404, 37425, 37451, 37480, 37492, 37503, 37515, 37527, 37544, 37574, 37597, 37619, 37640, 37662, 37684, 37711, 37741, 37761, 37769, 37782, 37797, 37803, 37811, 37820, 37825, 37836, 37844, 37858, 37871, 37885, 37898, 37918, 37930, 37953, 37976, 37998, 38019, 38041, 38061, 38074, 38088, 38103, 38114, 38119, 38125, 38132, 38143, 38153, 38169, 38185, 38197, 38208, 38220, 38233, 38250, 38270, 38285, 38292, 38300, 38306, 38313, 38323, 38332, 38345, 38349, 38357, 38370, 38382, 38395, 38410, 38428, 38441, 38455, 38470, 38486, 38505, 38519, 38534, 38550, 38561, 38569, 38585, 38599, 38615, 38628, 38645, 38660, 38673, 38693, 38717, 38739, 38759, 38782, 38801, 38821, 38842, 38861, 38877, 38889, 38902, 38916, 38928, 38942, 38946, 38954, 38961, 38969, 38981, 38995, 39014, 39027, 39042, 39058, 39072, 39092, 39105, 39123, 39140, 39160, 39178, 39202, 39219, 39227, 39236, 39245, 39256, 39272, 39282, 39289, 39299, 39310, 39319, 39332, 39352, 39356, 39362, 39372, 39387, 39400, 39420, 39428, 39448, 39458, 39469, 39482, 39496, 39516, 39529, 39547, 39559, 39578, 39596, 39606, 39624, 39640, 39647, 39658, 39671, 39684, 39692, 39703, 39721, 39733, 39739, 39749, 39767, 39783, 39806, 39819, 39833, 39850, 39873, 39889, 39910, 39925, 39947, 39956, 39975, 39992, 40016, 40030, 40045, 40063, 40087, 40104, 40126, 40142, 40165, 40173, 40182, 40190, 40197, 40206, 40216, 40224, 40231, 40241, 40249, 40256, 40269, 40285, 40306, 40320, 40333, 40342, 40361, 40375, 40387, 40400, 40415, 40430, 40444, 40457, 40468, 40480, 40492, 40502, 40511, 40529, 40540, 40556, 40566, 40583, 40600, 40609, 40620, 40632, 40641, 40649, 40658, 40666, 40681, 40695, 40714, 40740, 40752, 40769, 40789, 40804, 40826, 40841, 40861, 40873, 40885, 40900, 40913, 40928, 40942, 40957, 40971, 40987, 41000, 41010, 41032, 41047, 41067, 41081, 41102, 41117, 41130, 41144, 41160, 41176, 41191, 41206, 41220, 41238, 41250, 41259, 41276, 41290, 41308, 41328, 41343, 41356, 41368, 41377, 41392, 41410, 41431, 41454, 41469, 41487, 41503, 41520, 41541, 41561, 41576, 41592, 41607, 41618, 41634, 41655, 41671, 41685, 41700, 41717, 41734, 41750, 41766, 41782, 41798, 41813, 41832, 41845, 41853, 41862, 41883, 41898, 41909, 41921, 41938, 41958, 41969, 41979, 41991, 41996, 42002, 42010, 42021, 42034, 42043, 42052, 42062, 42073, 42083, 42095, 42106, 42120, 42135, 42148, 42157, 42167, 42176, 42191, 42206, 42222, 42233, 42247, 42260, 42271, 42282, 42292, 42300, 42308, 42318, 42329, 42342, 42354, 42367, 42376, 42385, 42410, 42436, 42460, 42483, 42505, 42530, 42553, 42575, 42597, 42617, 42637, 42656, 42677, 42697, 42708, 42720, 42738, 42758, 42776, 42791, 42803, 42816, 42830, 42849, 42870, 42893, 42915, 42937, 42958, 42976, 42997, 43008, 43022, 43035, 43049, 43060, 43081, 43088, 43109, 43115, 43123, 43140, 43155, 43177, 43189, 43202, 43218, 43240, 43255, 43275, 43289, 43310, 43328, 43337, 43348, 43363, 43376, 43396, 43416, 43434, 43459, 43474, 43490, 43509, 43534, 43552, 43575, 43592, 43616, 43637, 43656, 43682, 43698, 43715, 43735, 43761, 43780, 43804, 43822, 43847, 43856, 43865, 43875, 43885, 43896, 43905, 43916, 43928, 43938, 43947, 43959, 43969, 43978, 43992, 44006, 44026, 44039, 44057, 44069, 44088, 44096, 44104, 44123, 44137, 44148, 44158, 44177, 44194, 44218, 44232, 44247, 44265, 44289, 44306, 44328, 44344, 44367, 44378, 44393, 44401, 44413, 44426, 44434, 44445, 44462, 44479, 44495, 44510, 44536, 44562, 44587, 44611, 44636, 44659, 44675, 44689, 44699, 44714, 44722, 44731, 44742, 44756, 44769, 44788, 44799, 44816, 44819, 44829, 44843, 44852, 44863, 44880, 44892, 44905, 44931, 44945, 44959, 44968, 44979, 44989, 44998, 45011, 45023, 45032, 45044, 45052, 45065, 45076, 45088, 45098, 45112, 45137, 45151, 45161, 45169, 45186, 45203, 45219, 45230, 45238, 45256, 45271, 45287, 45305, 45323, 45339, 45355, 45367, 45382, 45395, 45405, 45422, 45434, 45448, 45467, 45486, 45504, 45520, 45535, 45552, 45561, 45567, 45582, 45590, 45603, 45616, 45632, 45640, 45650, 45664, 45682, 45694, 45701, 45716, 45731, 45745, 45757, 45768, 45781, 45794, 45808, 45821, 45839, 45858, 45879, 45885, 45900, 45915, 45929, 45935, 45942, 45965, 45987, 46007, 46026, 46046, 46067, 46086, 46095, 46105, 46117, 46127, 46136, 46154, 46174, 46187, 46206, 46220, 46237, 46254, 46269, 46287, 46304, 46321, 46335, 46349, 46363, 46374, 46388, 46405, 46423, 46435, 46451, 46460, 46472, 46486, 46500, 46517, 46544, 46553, 46564, 46573, 46592, 46610, 46626, 46642, 46659, 46672, 46685, 46702, 46717, 46728, 46741, 46754, 46780, 46807, 46833, 46857, 46881, 46906, 46927, 46948, 46973, 46996, 47015, 47036, 47057, 47091, 47110, 47124, 47139, 47155, 47173, 47191, 47206, 47221, 47233, 47251, 47264, 47274, 47292, 47317, 47341, 47363, 47385, 47408, 47427, 47446, 47469, 47490, 47507, 47526, 47545, 47577, 47585, 47611, 47636, 47659, 47682, 47706, 47726, 47746, 47770, 47792, 47810, 47830, 47850, 47883, 47891, 47901, 47906, 47922, 47940, 47951, 47968, 47980, 47995, 48010, 48023, 48039, 48054, 48069, 48081, 48093, 48105, 48114, 48126, 48141, 48157, 48167, 48181, 48188, 48198, 48210, 48222, 48237, 48262, 48270, 48282, 48296, 48308, 48319, 48332, 48337, 48343, 48348, 48356, 48367, 48381, 48393, 48406, 48419, 48429, 48437, 48450, 48460, 48470, 48482, 48492, 48502, 48513, 48524, 48532, 48539, 48561, 48580, 48598, 48612, 48627, 48646, 48667, 48685, 48698, 48712, 48734, 48753, 48767, 48782, 48792, 48803, 48813, 48825, 48829, 48838, 48848, 48853, 48859, 48866, 48883, 48889, 48905, 48917, 48925, 48930, 48942, 48951, 48961, 48972, 48984, 48995, 49006, 49018, 49029, 49041, 49057, 49074, 49081, 49085, 49090, 49096, 49102, 49114, 49145, 49176, 49205, 49229, 49254, 49259, 49265, 49280, 49287, 49310, 49330, 49349, 49364, 49380, 49402, 49421, 49435, 49450, 49473, 49493, 49508, 49524, 49535, 49547, 49552, 49563, 49571, 49580, 49588, 49597, 49608, 49624, 49629, 49635, 49640, 49646, 49652, 49657, 49668, 49682, 49692, 49701, 49706, 49712, 49725, 49738, 49751, 49767, 49777, 49781, 49787, 49794, 49803, 49809, 49822, 49833, 49844, 49856, 49863, 49871, 49878, 49885, 49893, 49913, 49930, 49948, 49954, 49960, 49969, 49979, 49986, 49994, 49999, 50005, 50016, 50030, 50048, 50065, 50080, 50102, 50123, 50142, 50162, 50178, 50183, 50189, 50196, 50211, 50228, 50241, 50257, 50266, 50271, 50282, 50293, 50308, 50324, 50338, 50355, 50365, 50379, 50393, 50403, 50412, 50427, 50455, 50466, 50477, 50489, 50500, 50527, 50539, 50552, 50566, 50581, 50597, 50612, 50628, 50657, 50669, 50681, 50694, 50705, 50733, 50746, 50760, 50775, 50791, 50808, 50824, 50829, 50838, 50850, 50858, 50867, 50877, 50882, 50888, 50897, 50906, 50917, 50928, 50933, 50939, 50948, 50955, 50970, 50986, 50998, 51015, 51021, 51034, 51048, 51061, 51076, 51092, 51100, 51108, 51117, 51139, 51161, 51181, 51196, 51212, 51223, 51235, 51239, 51246, 51255, 51271, 51278, 51285, 51305, 51325, 51334, 51353, 51376, 51399, 51418, 51439, 51458, 51483, 51501, 51520, 51535, 51554, 51573, 51592, 51615, 51638, 51657, 51678, 51697, 51722, 51740, 51759, 51778, 51801, 51824, 51843, 51864, 51883, 51908, 51926, 51945, 51956, 51971, 51990, 52013, 52036, 52055, 52076, 52095, 52120, 52138, 52157, 52172, 52189, 52204, 52225, 52239, 52254, 52267, 52281, 52298, 52317, 52340, 52363, 52382, 52403, 52422, 52447, 52465, 52484, 52497, 52514, 52526, 52544, 52564, 52584, 52594, 52605, 52617, 52637, 52661, 52685, 52705, 52727, 52747, 52773, 52792, 52812, 52828, 52848, 52868, 52888, 52912, 52936, 52956, 52978, 52998, 53024, 53043, 53063, 53083, 53107, 53131, 53151, 53173, 53193, 53219, 53238, 53258, 53278, 53302, 53326, 53346, 53368, 53388, 53414, 53433, 53453, 53469, 53487, 53503, 53525, 53540, 53556, 53576, 53600, 53624, 53644, 53666, 53686, 53712, 53731, 53751, 53764, 53780, 53795, 53807, 53822, 53834, 53848, 53860, 53872, 53880, 53889, 53904, 53923, 53936, 53950, 53962, 53974, 53990, 54010, 54026, 54040, 54055, 54068, 54081, 54098, 54119, 54131, 54139, 54143, 54153, 54160, 54168, 54173, 54179, 54194, 54206, 54216, 54229, 54242, 54257, 54281, 54303, 54319, 54334, 54343, 54361, 54377, 54388, 54396, 54410, 54420, 54431, 54439, 54443, 54462, 54473, 54478, 54485, 54499, 54518, 54537, 54555, 54567, 54581, 54594, 54601, 54615, 54622, 54637, 54642, 54648, 54655, 54663, 54673, 54686, 54690, 54700, 54710, 54721, 54727, 54744, 54761, 54777, 54795, 54818, 54836, 54850, 54865, 54883, 54898, 54914, 54928, 54943, 54961, 54975, 54991, 55004, 55020, 55033, 55045, 55058, 55064, 55076, 55086, 55103, 55116, 55132, 55145, 55153, 55162, 55173, 55185, 55195, 55204, 55216, 55226, 55235, 55243, 55252, 55262, 55273, 55283, 55293, 55304, 55314, 55325, 55329, 55344, 55354, 55371, 55384, 55401, 55416, 55433, 55449, 55471, 55489, 55511, 55534, 55552, 55566, 55581, 55599, 55614, 55630, 55656, 55672, 55686, 55701, 55719, 55733, 55742, 55749, 55764, 55779, 55793, 55809, 55830, 55846, 55858, 55871, 55887, 55900, 55914, 55926, 55939, 55955, 55961, 55984, 56003, 56022, 56032, 56050, 56064, 56078, 56087, 56094, 56111, 56126, 56139, 56146, 56158, 56174, 56188, 56200, 56210, 56226, 56249, 56279, 56291, 56304, 56316, 56328, 56341, 56356, 56372, 56384, 56397, 56412, 56426, 56437, 56451, 56466, 56482, 56496, 56514, 56525, 56540, 56566, 56577, 56587, 56598, 56613, 56626, 56640, 56655, 56667, 56683, 56706, 56725, 56747, 56769, 56792, 56820, 56839, 56860, 56883, 56906, 56929, 56953, 56982, 57002, 57024, 57048, 57061, 57075, 57091, 57107, 57120, 57134, 57151, 57164, 57178, 57193, 57208, 57221, 57235, 57248, 57262, 57277, 57294, 57309, 57326, 57340, 57351, 57362, 57375, 57385, 57396, 57408, 57419, 57430, 57442, 57458, 57475, 57490, 57507, 57527, 57538, 57553, 57575, 57593, 57606, 57624, 57642, 57655, 57667, 57684, 57700, 57713, 57722, 57730, 57738, 57749, 57762, 57774, 57786, 57800, 57812, 57826, 57839, 57856, 57870, 57880, 57889, 57898, 57911, 57926, 57932, 57949, 57961, 57975, 57987, 58005, 58031, 58034, 58038, 58050, 58059, 58069, 58083, 58093, 58107, 58117, 58133, 58150, 58165, 58180, 58195, 58205, 58216, 58230, 58240, 58251, 58265, 58279, 58294, 58304, 58315, 58326, 58347, 58365, 58381, 58399, 58419, 58436, 58455, 58471, 58489, 58505, 58525, 58544, 58566, 58583, 58600, 58619, 58638, 58663, 58679, 58690, 58705, 58719, 58736, 58751, 58769, 58786, 58803, 58822, 58846, 58864, 58883, 58907, 58926, 58944, 58972, 58990, 59010, 59032, 59052, 59074, 59090, 59108, 59128, 59150, 59166, 59173, 59185, 59198, 59210, 59220, 59232, 59245, 59258, 59270, 59287, 59306, 59327, 59353, 59379, 59409, 59429, 59447, 59458, 59474, 59484, 59493, 59509, 59519, 59531, 59544, 59561, 59576, 59591, 59601, 59612, 59619, 59631, 59647, 59660, 59671, 59683, 59698, 59709, 59721, 59735, 59746, 59756, 59770, 59786, 59798, 59817, 59836, 59841, 59852, 59868, 59885, 59906, 59923, 59943, 59961, 59980, 59997, 60014, 60035, 60054, 60074, 60092, 60110, 60118, 60129, 60136, 60144, 60157, 60167, 60177, 60191, 60200, 60209, 60226, 60236, 60247, 60257, 60267, 60285, 60296, 60308, 60319, 60330, 60349, 60361, 60374, 60379, 60389, 60398, 60404, 60413, 60428, 60444, 60461, 60478, 60502, 60520, 60530, 60545, 60554, 60570, 60588, 60604, 60618, 60630, 60640, 60659, 60668, 60672, 60684, 60692, 60698, 60704, 60711, 60719, 60735, 60750, 60769, 60789, 60804, 60824, 60838, 60850, 60865, 60883, 60895, 60903, 60910, 60918, 60927, 60948, 60964, 60985, 61000, 61016, 61035, 61039, 61044, 61063, 61081, 61096, 61112, 61129, 61142, 61158, 61172, 61183, 61204, 61219, 61241, 61257, 61279, 61294, 61309, 61323, 61334, 61346, 61359, 61368, 61380, 61390, 61408, 61425, 61439, 61454, 61470, 61482, 61497, 61510, 61520, 61540, 61554, 61575, 61590, 61611, 61625, 61635, 61654, 61672, 61687, 61703, 61720, 61733, 61749, 61763, 61774, 61795, 61810, 61832, 61848, 61870, 61885, 61892, 61909, 61920, 61938, 61950, 61968, 61987, 62005, 62020, 62036, 62053, 62066, 62082, 62096, 62107, 62128, 62143, 62165, 62181, 62203, 62218, 62238, 62257, 62273, 62290, 62308, 62322, 62339, 62354, 62366, 62388, 62404, 62427, 62444, 62467, 62483, 62494, 62514, 62533, 62549, 62566, 62584, 62598, 62615, 62630, 62642, 62664, 62680, 62703, 62720, 62743, 62759, 62767, 62779, 62787, 62797, 62807, 62814, 62821, 62829, 62834, 62847, 62859, 62876, 62892, 62905, 62914, 62922, 62936, 62952, 62970, 62978, 62990, 63004, 63016, 63034, 63045, 63057, 63071, 63080, 63089, 63097, 63106, 63114, 63123, 63131, 63139, 63145, 63150, 63156, 63164, 63168, 63174, 63184, 63192, 63205, 63215, 63226, 63242, 63255, 63278, 63298, 63318, 63338, 63361, 63388, 63412, 63436, 63460, 63487, 63495, 63507, 63513, 63523, 63532, 63546, 63563, 63577, 63586, 63594, 63602, 63609, 63618, 63628, 63636, 63643, 63653, 63661, 63668, 63680, 63690, 63699, 63708, 63719, 63728, 63736, 63751, 63761, 63778, 63797, 63809, 63824, 63839, 63852, 63863, 63881, 63895, 63907, 63914, 63923, 63931, 63937, 63947, 63958, 63972, 63984, 63997, 64010, 64020, 64028, 64041, 64051, 64063, 64073, 64083, 64094, 64102, 64111, 64120, 64131, 64143, 64153, 64162, 64174, 64184, 64193, 64204, 64214, 64225, 64253, 64261, 64270, 64287, 64298, 64317, 64336, 64348, 64358, 64367, 64386, 64405, 64417, 64430, 64440, 64453, 64470, 64481, 64493, 64505, 64522, 64541, 64563, 64578, 64599, 64619, 64635, 64646, 64657, 64669, 64678, 64687, 64694, 64706, 64713, 64727, 64734, 64743, 64753, 64771, 64787, 64803, 64810, 64825, 64839, 64857, 64872, 64883, 64893, 64903, 64917, 64933, 64941, 64950, 64958, 64980, 65001, 65019, 65038, 65058, 65074, 65093, 65110, 65124, 65148, 65166, 65191, 65210, 65235, 65253, 65271, 65288, 65302, 65317, 65333, 65345, 65360, 65381, 65401, 65418, 65436, 65455, 65470, 65488, 65504, 65517, 65540, 65557, 65581, 65599, 65623, 65640, 65653, 65675, 65696, 65714, 65733, 65753, 65769, 65788, 65805, 65819, 65843, 65861, 65886, 65905, 65930, 65948, 65958, 65978, 65992, 66013, 66028, 66049, 66071, 66092, 66110, 66129, 66149, 66165, 66181, 66200, 66217, 66231, 66255, 66273, 66298, 66317, 66342, 66360, 66383, 66405, 66424, 66444, 66465, 66482, 66502, 66520, 66535, 66560, 66579, 66605, 66625, 66651, 66670, 66684, 66710, 66731, 66752, 66771, 66794, 66816, 66835, 66855, 66876, 66893, 66913, 66931, 66950, 66965, 66990, 67009, 67035, 67053, 67072, 67091, 67111, 67137, 67157, 67176, 67185, 67192, 67200, 67217, 67233, 67242, 67252, 67260, 67269, 67285, 67300, 67312, 67326, 67340, 67355, 67366, 67377, 67382, 67394, 67404, 67419, 67431, 67441, 67449, 67461, 67472, 67483, 67494, 67507, 67518, 67528, 67540, 67559, 67573, 67590, 67607, 67622, 67635, 67655, 67671, 67685, 67694, 67704, 67714, 67725, 67735, 67749, 67760, 67772, 67782, 67793, 67805, 67815, 67826, 67838, 67849, 67865, 67878, 67886, 67908, 67918, 67929, 67947, 67957, 67963, 67979, 67998, 68010, 68028, 68045, 68058, 68068, 68082, 68099, 68117, 68136, 68147, 68155, 68163, 68172, 68183, 68195, 68205, 68214, 68226, 68236, 68245, 68267, 68286, 68304, 68318, 68333, 68354, 68372, 68385, 68399, 68421, 68440, 68454, 68469, 68479, 68490, 68497, 68504, 68512, 68520, 68532, 68545, 68551, 68559, 68568, 68578, 68585, 68591, 68603, 68617, 68631, 68645, 68659, 68678, 68686, 68697, 68714, 68724, 68742, 68751, 68761, 68777, 68795, 68811, 68821, 68832, 68842, 68854, 68860, 68867, 68875, 68884, 68888, 68895, 68904, 68913, 68923, 68930, 68946, 68964, 68979, 68996, 69010, 69026, 69046, 69067, 69083, 69099, 69108, 69116, 69125, 69134, 69145, 69150, 69162, 69181, 69201, 69228, 69249, 69262, 69272, 69282, 69294, 69313, 69326, 69345, 69361, 69378, 69398, 69416, 69437, 69457, 69478, 69501, 69524, 69541, 69562, 69581, 69603, 69623, 69645, 69669, 69693, 69712, 69724, 69733, 69743, 69760, 69773, 69800, 69816, 69839, 69850, 69859, 69869, 69883, 69892, 69901, 69909, 69913, 69918, 69924, 69947, 69967, 69986, 70001, 70017, 70039, 70058, 70072, 70087, 70110, 70130, 70145, 70161, 70172, 70184, 70199, 70211, 70222, 70230, 70236, 70254, 70277, 70295, 70313, 70329, 70341, 70347, 70369, 70382, 70397, 70412, 70421, 70431, 70445, 70464, 70484, 70497, 70511, 70526, 70533, 70541, 70553, 70570, 70588, 70599, 70611, 70624, 70630, 70649, 70658, 70665, 70682, 70690, 70699, 70710, 70722, 70732, 70741, 70753, 70763, 70772, 70784, 70798, 70801, 70805, 70814, 70824, 70832, 70845, 70872, 70883, 70901, 70913, 70924, 70940, 70949, 70959, 70970, 70982, 70995, 71009, 71022, 71035, 71049, 71062, 71076, 71084, 71093, 71107, 71122, 71135, 71151, 71157, 71167, 71176, 71186, 71194, 71204, 71214, 71232, 71249, 71271, 71292, 71310, 71324, 71337, 71356, 71377, 71400, 71413, 71430, 71445, 71463, 71482, 71498, 71515, 71538, 71554, 71571, 71586, 71608, 71627, 71634, 71644, 71651, 71670, 71686, 71704, 71724, 71738, 71753, 71769, 71782, 71796, 71816, 71829, 71844, 71853, 71862, 71878, 71890, 71903, 71917, 71929, 71955, 71970, 71992, 72003, 72019, 72034, 72046, 72058, 72073, 72089, 72099, 72107, 72119, 72137, 72157, 72175, 72190, 72210, 72222, 72231, 72238, 72251, 72269, 72288, 72306, 72324, 72342, 72354, 72380, 72395, 72414, 72429, 72446, 72454, 72481, 72497, 72509, 72519, 72535, 72541, 72548, 72556, 72570, 72585, 72597, 72610, 72629, 72638, 72651, 72665, 72671, 72678, 72688, 72698, 72716, 72727, 72739, 72750, 72761, 72780, 72792, 72805, 72817, 72829, 72849, 72862, 72876, 72881, 72887, 72904, 72912, 72924, 72928, 72933, 72954, 72972, 72989, 73002, 73016, 73027, 73038, 73051, 73071, 73088, 73100, 73113, 73134, 73152, 73165, 73179, 73188, 73199, 73207, 73217, 73232, 73239, 73248, 73254, 73268, 73281, 73295, 73304, 73316, 73324, 73339, 73355, 73372, 73386, 73402, 73415, 73430, 73449, 73458, 73467, 73475, 73484, 73495, 73507, 73517, 73528, 73537, 73547, 73554, 73563, 73573, 73591, 73603, 73623, 73643, 73656, 73667, 73677, 73697, 73717, 73728, 73742, 73749, 73761, 73773, 73781, 73786, 73797, 73809, 73820, 73835, 73863, 73874, 73885, 73897, 73908, 73935, 73947, 73960, 73970, 73986, 73996, 74010, 74025, 74041, 74056, 74063, 74078, 74092, 74103, 74116, 74129, 74143, 74155, 74168, 74175, 74183, 74199, 74228, 74240, 74252, 74265, 74293, 74306, 74320, 74335, 74351, 74368, 74384, 74390, 74405, 74418, 74433, 74444, 74454, 74465, 74474, 74484, 74493, 74503, 74519, 74531, 74544, 74562, 74578, 74597, 74605, 74614, 74624, 74635, 74651, 74658, 74666, 74678, 74692, 74706, 74720, 74734, 74741, 74758, 74774, 74785, 74795, 74805, 74821, 74832, 74847, 74854, 74861, 74867, 74874, 74881, 74888, 74897, 74907, 74914, 74921, 74938, 74954, 74965, 74975, 74985, 75001, 75008, 75022, 75037, 75052, 75069, 75099, 75112, 75125, 75146, 75160, 75189, 75203, 75218, 75234, 75251, 75269, 75286, 75304, 75335, 75349, 75363, 75378, 75408, 75423, 75439, 75456, 75474, 75493, 75511, 75518, 75526, 75537, 75548, 75567, 75579, 75592, 75600, 75622, 75631, 75643, 75655, 75675, 75688, 75702, 75712, 75723, 75733, 75742, 75752, 75765, 75778, 75799, 75813, 75828, 75836, 75844, 75848, 75857, 75866, 75876, 75886, 75897, 75910, 75916, 75926, 75938, 75943, 75951, 75963, 75978, 75996, 76009, 76025, 76036, 76046, 76055, 76064, 76084, 76102, 76115, 76132, 76154, 76177, 76193, 76210, 76228, 76246, 76269, 76293, 76310, 76328, 76347, 76357, 76366, 76372, 76381, 76393, 76401, 76413, 76427, 76436, 76448, 76457, 76467, 76478, 76488, 76500, 76514, 76525, 76534, 76556, 76572, 76584, 76597, 76615, 76636, 76648, 76659, 76671, 76688, 76710, 76733, 76749, 76766, 76784, 76797, 76811, 76829, 76852, 76876, 76893, 76919, 76942, 76966, 76984, 77003, 77017, 77031, 77043, 77050, 77058, 77066, 77075, 77086, 77096, 77106, 77114, 77123, 77132, 77140, 77151, 77163, 77178, 77191, 77199, 77210, 77227, 77237, 77244, 77259, 77272, 77285, 77298, 77310, 77318, 77327, 77339, 77350, 77359, 77368, 77377, 77388, 77397, 77401, 77409, 77421, 77429, 77440, 77454, 77464, 77477, 77486, 77499, 77508, 77519, 77534, 77545, 77565, 77580, 77598, 77609, 77619, 77639, 77657, 77670, 77684, 77701, 77717, 77729, 77736, 77743, 77751, 77764, 77768, 77773, 77793, 77811, 77816, 77822, 77827, 77833, 77840, 77858, 77877, 77893, 77910, 77927, 77931, 77936, 77953, 77968, 77986, 78003, 78021, 78041, 78061, 78075, 78093, 78109, 78128, 78145, 78164, 78185, 78206, 78222, 78229, 78248, 78263, 78283, 78297, 78321, 78329, 78353, 78370, 78403, 78429, 78454, 78478, 78503, 78528, 78558, 78591, 78607, 78622, 78638, 78654, 78675, 78709, 78736, 78762, 78787, 78813, 78839, 78870, 78904, 78928, 78942, 78948, 78963, 78980, 78995, 79003, 79006, 79015, 79025, 79036, 79043, 79051, 79063, 79076, 79096, 79113, 79131, 79137, 79144, 79151, 79160, 79165, 79180, 79194, 79202, 79217, 79234, 79249, 79261, 79270, 79279, 79286, 79294, 79305, 79317, 79332, 79353, 79378, 79404, 79431, 79451, 79471, 79492, 79512, 79533, 79541, 79547, 79553, 79559, 79563, 79568, 79575, 79595, 79614, 79628, 79641, 79654, 79673, 79683, 79695, 79710, 79723, 79740, 79748, 79760, 79768, 79781, 79794, 79805, 79816, 79827, 79837, 79846, 79855, 79869, 79876, 79887, 79894, 79905, 79923, 79937, 79944, 79952, 79959, 79966, 79974, 79992, 80005, 80018, 80034, 80051, 80060, 80068, 80077, 80094, 80112, 80121, 80131, 80155, 80168, 80192, 80214, 80231, 80248, 80266, 80281, 80297, 80316, 80336, 80350, 80361, 80373, 80382, 80397, 80425, 80436, 80447, 80459, 80470, 80497, 80509, 80522, 80536, 80551, 80567, 80582, 80598, 80627, 80639, 80651, 80664, 80692, 80705, 80719, 80734, 80750, 80767, 80783, 80793, 80810, 80815, 80820, 80826, 80835, 80842, 80849, 80857, 80864, 80874, 80886, 80900, 80912, 80925, 80934, 80944, 80951, 80959, 80966, 80973, 80981, 80989, 81006, 81021, 81026, 81038, 81059, 81077, 81094, 81107, 81121, 81132, 81144, 81157, 81170, 81185, 81200, 81215, 81231, 81247, 81265, 81276, 81292, 81308, 81325, 81342, 81361, 81373, 81393, 81410, 81422, 81435, 81456, 81474, 81487, 81501, 81509, 81518, 81534, 81550, 81567, 81584, 81603, 81615, 81628, 81644, 81654, 81663, 81673, 81679, 81686, 81698, 81704, 81711, 81726, 81742, 81750, 81759, 81783, 81804, 81824, 81840, 81857, 81880, 81900, 81915, 81931, 81955, 81976, 81992, 82009, 82021, 82034, 82042, 82047, 82053, 82070, 82077, 82086, 82094, 82113, 82126, 82145, 82164, 82182, 82202, 82227, 82247, 82263, 82280, 82300, 82317, 82335, 82351, 82368, 82388, 82400, 82417, 82434, 82450, 82468, 82491, 82509, 82523, 82538, 82556, 82571, 82587, 82601, 82616, 82634, 82640, 82655, 82683, 82694, 82710, 82721, 82733, 82752, 82779, 82791, 82804, 82816, 82829, 82843, 82858, 82874, 82889, 82898, 82910, 82922, 82939, 82948, 82961, 82977, 83006, 83018, 83030, 83043, 83071, 83084, 83098, 83113, 83129, 83146, 83162, 83180, 83190, 83201, 83213, 83220, 83228, 83236, 83245, 83255, 83266, 83277, 83286, 83299, 83308, 83318, 83330, 83335, 83347, 83360, 83375, 83380, 83385, 83391, 83405, 83420, 83432, 83443, 83455, 83466, 83478, 83489, 83502, 83519, 83533, 83549, 83561, 83573, 83587, 83603, 83617, 83633, 83646, 83656, 83668, 83686, 83701, 83717, 83732, 83748, 83766, 83781, 83795, 83809, 83825, 83844, 83854, 83860, 83867, 83881, 83896, 83905, 83914, 83924, 83935, 83939, 83955, 83969, 83982, 83993, 84002, 84016, 84033, 84048, 84061, 84068, 84076, 84091, 84106, 84119, 84130, 84143, 84153, 84168, 84179, 84189, 84200, 84219, 84234, 84251, 84265, 84275, 84286, 84305, 84320, 84337, 84351, 84360, 84370, 84388, 84402, 84418, 84431, 84444, 84456, 84477, 84494, 84513, 84529, 84550, 84569, 84587, 84603, 84617, 84636, 84658, 84678, 84696, 84716, 84734, 84754, 84770, 84785, 84801, 84816, 84832, 84846, 84861, 84879, 84896, 84914, 84936, 84954, 84971, 84984, 85008, 85028, 85050, 85069, 85094, 85115, 85138, 85158, 85175, 85192, 85205, 85218, 85233, 85245, 85257, 85281, 85291, 85305, 85320, 85330, 85343, 85362, 85387, 85416, 85446, 85477, 85501, 85525, 85550, 85574, 85599, 85618, 85633, 85651, 85664, 85681, 85699, 85721, 85739, 85758, 85778, 85791, 85805, 85820, 85832, 85848, 85865, 85886, 85903, 85921, 85940, 85952, 85965, 85979, 85988, 85998, 86004, 86011, 86017, 86027, 86032, 86040, 86053, 86058, 86067, 86077, 86081, 86086, 86091, 86100, 86115, 86131, 86145, 86160, 86166, 86172, 86183, 86197, 86208, 86220, 86229, 86239, 86252, 86270, 86282, 86302, 86322, 86335, 86346, 86361, 86371, 86391, 86411, 86422, 86436, 86450, 86467, 86476, 86483, 86495, 86508, 86520, 86533, 86548, 86576, 86587, 86602, 86623, 86634, 86650, 86669, 86687, 86711, 86730, 86754, 86779, 86804, 86816, 86837, 86859, 86886, 86898, 86911, 86925, 86940, 86962, 86978, 86993, 87009, 87038, 87050, 87062, 87075, 87103, 87116, 87130, 87145, 87161, 87178, 87194, 87200, 87216, 87230, 87243, 87257, 87264, 87274, 87287, 87293, 87299, 87314, 87329, 87348, 87360, 87371, 87382, 87398, 87410, 87426, 87439, 87456, 87475, 87489, 87503, 87519, 87531, 87545, 87561, 87575, 87591, 87604, 87614, 87626, 87641, 87655, 87671, 87690, 87697, 87704, 87712, 87720, 87733, 87744, 87755, 87764, 87771, 87781, 87792, 87804, 87812, 87835, 87856, 87876, 87894, 87915, 87939, 87961, 87981, 88000, 88020, 88040, 88058, 88071, 88085, 88097, 88113, 88130, 88146, 88163, 88171, 88183, 88194, 88205, 88217, 88242, 88257, 88282, 88305, 88323, 88342, 88359, 88374, 88383, 88391, 88405, 88423, 88442, 88465, 88489, 88514, 88532, 88550, 88569, 88587, 88606, 88629, 88656, 88684, 88713, 88735, 88757, 88780, 88802, 88825, 88844, 88864, 88877, 88890, 88909, 88932, 88956, 88981, 88999, 89017, 89036, 89054, 89073, 89087, 89100, 89114, 89123, 89132, 89142, 89153, 89165, 89176, 89187, 89196, 89205, 89215, 89227, 89238, 89250, 89260, 89271, 89279, 89303, 89324, 89344, 89360, 89377, 89400, 89420, 89435, 89451, 89463, 89487, 89508, 89529, 89552, 89572, 89594, 89613, 89629, 89650, 89675, 89692, 89704, 89717, 89730, 89749, 89766, 89771, 89777, 89786, 89801, 89820, 89834, 89842, 89864, 89881, 89896, 89913, 89932, 89952, 89965, 89980, 89996, 90018, 90038, 90053, 90069, 90088, 90106, 90120, 90135, 90149, 90162, 90180, 90196, 90209, 90215, 90222, 90230, 90235, 90241, 90252, 90269, 90288, 90310, 90320, 90343, 90353, 90362, 90369, 90375, 90383, 90397, 90413, 90427, 90438, 90450, 90462, 90474, 90484, 90490, 90497, 90506, 90516, 90526, 90532, 90552, 90564, 90578, 90596, 90615, 90635, 90656, 90680, 90702, 90725, 90749, 90774, 90794, 90818, 90838, 90858, 90879, 90895, 90907, 90923, 90940, 90949, 90965, 90974, 90980, 90992, 91004, 91010, 91021, 91030, 91039, 91045, 91055, 91065, 91079, 91097, 91108, 91118, 91129, 91141, 91153, 91172, 91185, 91196, 91211, 91224, 91238, 91254, 91267, 91282, 91295, 91306, 91317, 91329, 91341, 91353, 91365, 91381, 91403, 91418, 91449, 91473, 91496, 91518, 91541, 91564, 91592, 91623, 91637, 91650, 91664, 91678, 91697, 91729, 91754, 91778, 91801, 91825, 91849, 91878, 91910, 91932, 91944, 91955, 91967, 91976, 91986, 92006, 92028, 92043, 92064, 92080, 92099, 92118, 92135, 92155, 92174, 92193, 92209, 92225, 92241, 92254, 92270, 92289, 92309, 92323, 92341, 92352, 92366, 92382, 92398, 92417, 92446, 92456, 92467, 92477, 92488, 92508, 92529, 92541, 92552, 92564, 92577, 92591, 92605, 92626, 92648, 92666, 92685, 92699, 92708, 92719, 92731, 92741, 92752, 92762, 92776, 92791, 92801, 92821, 92842, 92851, 92861, 92876, 92897, 92916, 92937, 92954, 92970, 92986, 93001, 93020, 93038, 93057, 93080, 93099, 93114, 93125, 93135, 93153, 93173, 93186, 93205, 93219, 93236, 93253, 93268, 93286, 93303, 93320, 93334, 93348, 93362, 93373, 93387, 93404, 93422, 93434, 93450, 93459, 93471, 93485, 93499, 93516, 93543, 93548, 93565, 93576, 93595, 93615, 93627, 93638, 93662, 93681, 93699, 93714, 93726, 93743, 93758, 93786, 93809, 93831, 93850, 93871, 93887, 93902, 93915, 93928, 93942, 93957, 93973, 93985, 93995, 94006, 94014, 94023, 94032, 94042, 94053, 94065, 94084, 94104, 94133, 94157, 94180, 94200, 94214, 94229, 94242, 94253, 94265, 94275, 94286, 94302, 94319, 94336, 94352, 94372, 94393, 94410, 94428, 94446, 94461, 94475, 94496, 94516, 94529, 94549, 94568, 94579, 94598, 94618, 94631, 94645, 94653, 94662, 94676, 94689, 94702, 94717, 94736, 94757, 94770, 94785, 94802, 94820, 94842, 94860, 94879, 94899, 94912, 94928, 94942, 94957, 94971, 94982, 94994, 95005, 95010, 95028, 95044, 95059, 95072, 95083, 95101, 95117, 95127, 95146, 95163, 95178, 95191, 95202, 95211, 95225, 95237, 95247, 95256, 95265, 95276, 95291, 95308, 95317, 95328, 95341, 95355, 95373, 95387, 95402, 95418, 95427, 95439, 95449, 95460, 95469, 95483, 95495, 95515, 95533, 95553, 95572, 95590, 95609, 95615, 95630, 95648, 95672, 95691, 95711, 95732, 95748, 95765, 95778, 95797, 95819, 95847, 95870, 95894, 95919, 95939, 95960, 95982, 96007, 96038, 96064, 96091, 96119, 96142, 96166, 96177, 96189, 96198, 96208, 96228, 96243, 96259, 96277, 96294, 96313, 96332, 96347, 96363, 96378, 96394, 96407, 96426, 96440, 96451, 96466, 96485, 96503, 96525, 96544, 96563, 96582, 96604, 96614, 96625, 96645, 96666, 96676, 96687, 96699, 96720, 96742, 96760, 96779, 96796, 96816, 96842, 96863, 96885, 96908, 96926, 96945, 96955, 96967, 96987, 97008, 97017, 97027, 97048, 97064, 97081, 97099, 97119, 97139, 97156, 97173, 97187, 97207, 97222, 97234, 97254, 97266, 97275, 97282, 97290, 97308, 97327, 97342, 97357, 97373, 97390, 97406, 97422, 97439, 97452, 97465, 97484, 97504, 97520, 97536, 97553, 97571, 97588, 97602, 97617, 97631, 97651, 97672, 97689, 97706, 97724, 97743, 97761, 97782, 97804, 97822, 97840, 97859, 97879, 97898, 97905, 97917, 97928, 97935, 97948, 97954, 97966, 97978, 97989, 97999, 98020, 98041, 98061, 98080, 98100, 98118, 98129, 98138, 98148, 98160, 98172, 98184, 98188, 98194, 98207, 98219, 98232, 98241, 98257, 98274, 98284, 98295, 98318, 98333, 98347, 98360, 98373, 98393, 98407, 98420, 98434, 98444, 98454, 98464, 98474, 98490, 98501, 98511, 98522, 98534, 98547, 98558, 98572, 98587, 98607, 98618, 98631, 98649, 98661, 98680, 98696, 98708, 98719, 98737, 98748, 98764, 98775, 98785, 98803, 98813, 98824, 98831, 98847, 98860, 98867, 98880, 98894, 98904, 98921, 98939, 98950, 98962, 98977, 98991, 99006, 99020, 99035, 99046, 99057, 99069, 99082, 99096, 99110, 99125, 99136, 99154, 99173, 99185, 99198, 99214, 99229, 99245, 99260, 99272, 99284, 99297, 99311, 99326, 99340, 99355, 99367, 99382, 99403, 99422, 99443, 99460, 99476, 99492, 99507, 99526, 99544, 99563, 99586, 99605, 99614, 99622, 99631, 99652, 99665, 99677, 99688, 99699, 99717, 99729, 99739, 99750, 99763, 99781, 99797, 99820, 99833, 99847, 99864, 99887, 99903, 99924, 99939, 99961, 99974, 99986, 100005, 100022, 100046, 100060, 100075, 100093, 100117, 100134, 100156, 100172, 100195, 100207, 100214, 100223, 100230, 100244, 100266, 100283, 100296, 100308, 100327, 100340, 100353, 100371, 100390, 100408, 100429, 100437, 100445, 100453, 100468, 100491, 100509, 100523, 100536, 100556, 100570, 100584, 100603, 100623, 100642, 100664, 100673, 100681, 100689, 100703, 100712, 100726, 100746, 100764, 100784, 100800, 100815, 100830, 100844, 100862, 100879, 100897, 100919, 100937, 100945, 100954, 100961, 100967, 100976, 100986, 100994, 101001, 101011, 101021, 101032, 101040, 101046, 101053, 101067, 101080, 101096, 101117, 101132, 101143, 101154, 101168, 101181, 101190, 101202, 101221, 101235, 101247, 101260, 101275, 101290, 101303, 101315, 101329, 101342, 101353, 101362, 101374, 101387, 101399, 101411, 101424, 101442, 101457, 101466, 101477, 101493, 101503, 101513, 101530, 101544, 101553, 101559, 101565, 101582, 101592, 101601, 101610, 101624, 101636, 101645, 101653, 101668, 101683, 101696, 101710, 101725, 101735, 101746, 101760, 101777, 101795, 101814, 101826, 101839, 101864, 101881, 101897, 101912, 101927, 101949, 101965, 101980, 101996, 102013, 102025, 102037, 102049, 102061, 102079, 102092, 102103, 102115, 102128, 102143, 102156, 102170, 102185, 102198, 102212, 102228, 102245, 102255, 102277, 102290, 102305, 102325, 102339, 102353, 102374, 102389, 102402, 102416, 102434, 102450, 102466, 102480, 102493, 102508, 102522, 102534, 102554, 102562, 102571, 102587, 102598, 102616, 102633, 102646, 102659, 102673, 102687, 102702, 102716, 102731, 102745, 102762, 102768, 102782, 102804, 102821, 102834, 102846, 102865, 102878, 102891, 102909, 102928, 102946, 102967, 102980, 102996, 103015, 103035, 103051, 103074, 103098, 103115, 103133, 103154, 103174, 103195, 103215, 103232, 103249, 103267, 103286, 103306, 103326, 103347, 103364, 103388, 103413, 103431, 103450, 103472, 103493, 103515, 103536, 103554, 103572, 103591, 103611, 103632, 103639, 103648, 103663, 103681, 103704, 103720, 103735, 103746, 103767, 103783, 103797, 103812, 103829, 103846, 103862, 103877, 103890, 103895, 103905, 103911, 103918, 103926, 103931, 103937, 103949, 103963, 103975, 103984, 103991, 103996, 104006, 104019, 104028, 104038, 104047, 104063, 104077, 104094, 104111, 104126, 104144, 104160, 104176, 104191, 104205, 104230, 104255, 104279, 104302, 104326, 104348, 104363, 104376, 104383, 104392, 104404, 104413, 104424, 104433, 104443, 104457, 104473, 104488, 104507, 104526, 104544, 104561, 104589, 104617, 104644, 104670, 104697, 104722, 104740, 104756, 104765, 104775, 104787, 104797, 104807, 104816, 104828, 104835, 104843, 104852, 104862, 104876, 104894, 104916, 104935, 104953, 104967, 104982, 104993, 105014, 105032, 105045, 105059, 105069, 105091, 105110, 105129, 105150, 105168, 105188, 105205, 105219, 105238, 105261, 105276, 105286, 105295, 105307, 105318, 105329, 105342, 105350, 105359, 105370, 105380, 105386, 105401, 105415, 105433, 105436, 105444, 105457, 105460, 105476, 105484, 105493, 105505, 105517, 105533, 105539, 105557, 105570, 105581, 105593, 105603, 105609, 105620, 105631, 105640, 105647, 105655, 105666, 105675, 105684, 105694, 105707, 105719, 105731, 105744, 105758, 105776, 105795, 105808, 105815, 105826, 105843, 105853, 105863, 105881, 105898, 105919, 105937, 105951, 105964, 105977, 105994, 106013, 106021, 106030, 106039, 106046, 106054, 106065, 106074, 106083, 106093, 106097, 106111, 106126, 106142, 106169, 106174, 106183, 106189, 106200, 106212, 106226, 106238, 106255, 106269, 106281, 106294, 106308, 106319, 106329, 106351, 106358, 106373, 106391, 106404, 106418, 106433, 106445, 106455, 106463, 106473, 106483, 106489, 106495, 106501, 106511, 106521, 106533, 106546, 106558, 106568, 106578, 106589, 106606, 106612, 106619, 106627, 106636, 106645, 106655, 106672, 106688, 106702, 106723, 106743, 106761, 106780, 106795, 106817, 106832, 106841, 106865, 106874, 106884, 106894, 106905, 106917, 106930, 106937, 106951, 106962, 106971, 106986, 106997, 107008, 107022, 107034, 107047, 107059, 107070, 107082, 107091, 107098, 107109, 107119, 107132, 107141, 107150, 107158, 107168, 107179, 107188, 107196, 107207, 107216, 107224, 107239, 107255, 107267, 107279, 107292, 107306, 107319, 107329, 107339, 107350, 107360, 107370, 107382, 107392, 107401, 107417, 107430, 107447, 107463, 107476, 107489, 107505, 107519, 107533, 107548, 107562, 107579, 107597, 107611, 107625, 107640, 107656, 107671, 107684, 107693, 107707, 107721, 107726, 107734, 107743, 107752, 107759, 107767, 107779, 107793, 107807, 107817, 107830, 107837, 107844, 107853, 107861, 107874, 107880, 107894, 107904, 107909, 107915, 107924, 107939, 107952, 107966, 107978, 107990, 108006, 108020, 108035, 108048, 108061, 108072, 108084, 108100, 108113, 108122, 108133, 108147, 108159, 108168, 108180, 108194, 108208, 108217, 108233, 108250, 108268, 108287, 108297, 108306, 108320, 108333, 108352, 108372, 108393, 108415, 108423, 108430, 108449, 108463, 108478, 108496, 108512, 108530, 108548, 108563, 108581, 108596, 108608, 108626, 108639, 108649, 108667, 108674, 108683, 108705, 108729, 108756, 108765, 108772, 108783, 108799, 108808, 108827, 108835, 108844, 108856, 108869, 108884, 108901, 108913, 108926, 108942, 108956, 108972, 108988, 109010, 109023, 109039, 109056, 109069, 109083, 109106, 109116, 109126, 109138, 109154, 109169, 109180, 109193, 109203, 109211, 109224, 109239, 109249, 109265, 109276, 109286, 109301, 109315, 109324, 109334, 109342, 109347, 109353, 109368, 109381, 109392, 109408, 109420, 109433, 109447, 109457, 109476, 109493, 109508, 109528, 109544, 109561, 109581, 109600, 109617, 109641, 109664, 109685, 109707, 109725, 109734, 109744, 109750, 109760, 109771, 109778, 109793, 109805, 109816, 109828, 109841, 109854, 109868, 109880, 109896, 109910, 109925, 109942, 109956, 109972, 109986, 109998, 110011, 110024, 110037, 110050, 110061, 110073, 110086, 110100, 110115, 110130, 110145, 110155, 110167, 110180, 110191, 110203, 110214, 110229, 110245, 110256, 110272, 110284, 110291, 110298, 110309, 110320, 110325, 110335, 110346, 110358, 110368, 110383, 110395, 110409, 110421, 110431, 110442, 110453, 110464, 110474, 110488, 110498, 110504, 110511, 110531, 110538, 110543, 110548, 110554, 110560, 110568, 110585, 110612, 110635, 110658, 110669, 110679, 110696, 110713, 110728, 110744, 110760, 110778, 110795, 110809, 110824, 110847, 110865, 110879, 110894, 110907, 110925, 110940, 110955, 110971, 110988, 111007, 111026, 111042, 111060, 111078, 111092, 111105, 111120, 111138, 111152, 111172, 111187, 111197, 111213, 111223, 111228, 111234, 111243, 111252, 111269, 111279, 111290, 111296, 111306, 111316, 111334, 111345, 111357, 111368, 111379, 111398, 111410, 111423, 111429, 111442, 111460, 111471, 111483, 111503, 111521, 111536, 111563, 111583, 111602, 111620, 111639, 111658, 111682, 111709, 111724, 111734, 111745, 111754, 111764, 111773, 111789, 111802, 111822, 111836, 111852, 111866, 111886, 111907, 111938, 111963, 111982, 111999, 112011, 112021, 112032, 112042, 112053, 112068, 112084, 112097, 112115, 112134, 112163, 112186, 112203, 112220, 112244, 112269, 112304, 112333, 112356, 112372, 112389, 112411, 112434, 112467, 112494, 112515, 112537, 112560, 112593, 112620, 112641, 112664, 112688, 112722, 112750, 112772, 112790, 112818, 112840, 112856, 112874, 112891, 112907, 112935, 112956, 112976, 112995, 113015, 113035, 113060, 113088, 113106, 113125, 113143, 113162, 113191, 113214, 113231, 113250, 113270, 113300, 113324, 113342, 113356, 113367, 113391, 113409, 113421, 113431, 113440, 113456, 113468, 113485, 113497, 113510, 113525, 113540, 113554, 113571, 113586, 113600, 113616, 113637, 113657, 113677, 113698, 113713, 113729, 113750, 113769, 113785, 113800, 113814, 113831, 113849, 113864, 113880, 113905, 113926, 113941, 113958, 113977, 113994, 114013, 114026, 114041, 114057, 114074, 114093, 114106, 114122, 114134, 114141, 114147, 114160, 114173, 114184, 114196, 114208, 114222, 114235, 114245, 114256, 114275, 114289, 114299, 114310, 114319, 114333, 114344, 114355, 114367, 114380, 114395, 114410, 114422, 114436, 114450, 114460, 114469, 114480, 114494, 114504, 114520, 114531, 114544, 114554, 114563, 114578, 114593, 114600, 114609, 114615, 114622, 114635, 114650, 114661, 114673, 114686, 114696, 114708, 114714, 114720, 114733, 114748, 114761, 114771, 114783, 114791, 114802, 114813, 114824, 114834, 114850, 114870, 114886, 114898, 114914, 114926, 114940, 114958, 114972, 114977, 114988, 114992, 115001, 115021, 115036, 115052, 115071, 115088, 115115, 115134, 115153, 115169, 115193, 115216, 115232, 115245, 115264, 115278, 115301, 115314, 115325, 115342, 115363, 115384, 115403, 115417, 115431, 115453, 115465, 115476, 115488, 115498, 115506, 115516, 115531, 115545, 115558, 115570, 115587, 115597, 115604, 115615, 115628, 115636, 115645, 115660, 115676, 115693, 115710, 115719, 115729, 115748, 115779, 115808, 115842, 115873, 115907, 115938, 115971, 115999, 116018, 116032, 116047, 116070, 116091, 116117, 116140, 116160, 116186, 116209, 116234, 116254, 116278, 116300, 116315, 116338, 116347, 116360, 116373, 116383, 116399, 116411, 116419, 116429, 116443, 116455, 116464, 116474, 116485, 116501, 116516, 116529, 116539, 116557, 116567, 116575, 116601, 116624, 116646, 116668, 116688, 116701, 116717, 116734, 116752, 116765, 116779, 116790, 116803, 116820, 116833, 116850, 116858, 116887, 116914, 116946, 116975, 117007, 117036, 117067, 117093, 117106, 117127, 117146, 117170, 117191, 117215, 117236, 117259, 117277, 117286, 117296, 117321, 117336, 117352, 117367, 117381, 117390, 117401, 117416, 117431, 117443, 117449, 117462, 117474, 117494, 117515, 117528, 117543, 117560, 117580, 117601, 117617, 117648, 117669, 117684, 117704, 117720, 117739, 117755, 117771, 117787, 117806, 117821, 117837, 117853, 117871, 117892, 117914, 117931, 117963, 117977, 117996, 118013, 118033, 118055, 118080, 118106, 118127, 118163, 118177, 118191, 118206, 118220, 118240, 118254, 118273, 118288, 118306, 118321, 118336, 118351, 118369, 118383, 118399, 118416, 118432, 118448, 118466, 118487, 118509, 118526, 118558, 118580, 118604, 118633, 118654, 118674, 118694, 118708, 118727, 118742, 118760, 118775, 118790, 118805, 118823, 118838, 118854, 118870, 118892, 118908, 118929, 118946, 118966, 118983, 119000, 119017, 119037, 119059, 119083, 119112, 119133, 119153, 119174, 119189, 119209, 119225, 119244, 119260, 119276, 119292, 119311, 119327, 119345, 119364, 119390, 119410, 119435, 119456, 119480, 119501, 119522, 119543, 119567, 119579, 119592, 119613, 119626, 119639, 119657, 119677, 119702, 119719, 119735, 119750, 119766, 119790, 119808, 119831, 119850, 119872, 119891, 119910, 119929, 119951, 119963, 119986, 120011, 120041, 120063, 120084, 120094, 120112, 120127, 120142, 120154, 120167, 120190, 120215, 120245, 120267, 120288, 120308, 120330, 120357, 120376, 120394, 120411, 120430, 120452, 120475, 120493, 120526, 120543, 120561, 120578, 120598, 120612, 120631, 120646, 120664, 120679, 120694, 120709, 120727, 120738, 120749, 120766, 120785, 120807, 120830, 120848, 120881, 120903, 120919, 120940, 120957, 120977, 120994, 121011, 121028, 121048, 121067, 121084, 121103, 121125, 121148, 121166, 121199, 121221, 121237, 121258, 121275, 121295, 121312, 121329, 121346, 121366, 121381, 121402, 121422, 121436, 121452, 121471, 121491, 121506, 121536, 121551, 121568, 121588, 121609, 121625, 121656, 121670, 121685, 121705, 121719, 121738, 121753, 121771, 121786, 121801, 121816, 121834, 121860, 121880, 121905, 121926, 121950, 121971, 121992, 122013, 122037, 122063, 122083, 122108, 122129, 122153, 122174, 122195, 122216, 122240, 122264, 122282, 122305, 122324, 122346, 122365, 122384, 122403, 122425, 122453, 122475, 122502, 122525, 122551, 122574, 122597, 122620, 122646, 122657, 122669, 122676, 122694, 122707, 122721, 122738, 122753, 122778, 122795, 122812, 122826, 122848, 122869, 122883, 122894, 122911, 122923, 122944, 122953, 122972, 122989, 123001, 123011, 123023, 123051, 123077, 123108, 123136, 123167, 123195, 123225, 123250, 123261, 123273, 123293, 123311, 123334, 123354, 123371, 123394, 123414, 123436, 123453, 123465, 123479, 123486, 123491, 123497, 123509, 123527, 123545, 123562, 123578, 123605, 123632, 123658, 123683, 123709, 123733, 123750, 123765, 123770, 123778, 123784, 123798, 123806, 123831, 123847, 123867, 123884, 123902, 123915, 123930, 123942, 123965, 123992, 124015, 124029, 124047, 124067, 124087, 124103, 124123, 124143, 124157, 124171, 124196, 124221, 124246, 124272, 124287, 124298, 124310, 124322, 124334, 124350, 124366, 124382, 124395, 124409, 124411, 124413, 124415, 124418, 124420, 124422, 124424, 124426, 124428, 124430, 124432, 124434, 124445, 124451, 124461, 124474, 124482, 124491, 124501, 124512, 124521, 124530, 124540, 124551, 124560, 124569, 124580, 124596, 124606, 124619, 124633, 124639, 124647, 124660, 124671, 124676, 124682, 124691, 124705, 124724, 124739, 124760, 124772, 124790, 124809, 124822, 124843, 124856, 124872, 124886, 124901, 124918, 124928, 124943, 124955, 124968, 124979, 124999, 125009, 125020, 125042, 125056, 125073, 125088, 125104, 125122, 125145, 125160, 125178, 125194, 125211, 125230, 125242, 125248, 125256, 125271, 125287, 125301, 125317, 125336, 125361, 125379, 125399, 125414, 125434, 125460, 125479, 125500, 125511, 125525, 125535, 125550, 125563, 125577, 125596, 125608, 125621, 125635, 125653, 125660, 125673, 125681, 125693, 125708, 125715, 125728, 125742, 125753, 125763, 125780, 125798, 125813, 125832, 125847, 125861, 125870, 125879, 125897, 125914, 125936, 125953, 125964, 125989, 126014, 126033, 126056, 126066, 126082, 126099, 126113, 126133, 126154, 126172, 126194, 126212, 126223, 126233, 126249, 126263, 126282, 126299, 126319, 126335, 126348, 126368, 126379, 126396, 126412, 126429, 126446, 126464, 126483, 126497, 126512, 126530, 126543, 126555, 126567, 126578, 126588, 126605, 126618, 126621, 126625, 126636, 126648, 126653, 126659, 126672, 126683, 126696, 126711, 126724, 126735, 126750, 126763, 126775, 126787, 126797, 126811, 126829, 126842, 126859, 126874, 126884, 126895, 126901, 126915, 126927, 126941, 126957, 126971, 126983, 126996, 127012, 127024, 127038, 127049, 127055, 127068, 127084, 127104, 127120, 127130, 127141, 127152, 127158, 127178, 127201, 127224, 127244, 127266, 127275, 127288, 127303, 127318, 127331, 127343, 127353, 127370, 127389, 127411, 127433, 127452, 127473, 127482, 127492, 127516, 127543, 127570, 127594, 127620, 127633, 127656, 127682, 127708, 127731, 127756, 127769, 127780, 127794, 127806, 127816, 127830, 127848, 127861, 127878, 127888, 127894, 127912, 127914, 127931, 127951, 127971, 127988, 128007, 128016, 128030, 128036, 128046, 128058, 128070, 128080, 128089, 128096, 128110, 128126, 128145, 128164, 128180, 128198, 128209, 128225, 128231, 128239, 128252, 128264, 128271, 128292, 128316, 128340, 128361, 128384, 128394, 128414, 128437, 128460, 128480, 128502, 128512, 128520, 128531, 128540, 128556, 128574, 128589, 128608, 128615, 128626, 128641, 128651, 128665, 128672, 128677, 128686, 128692, 128696, 128709, 128719, 128738, 128755, 128776, 128797, 128810, 128818, 128827, 128839, 128846, 128857, 128872, 128882, 128893, 128904, 128917, 128928, 128939, 128952, 128962, 128974, 128990, 129004, 129022, 129040, 129064, 129086, 129112, 129138, 129152, 129164, 129180, 129201, 129220, 129243, 129266, 129288, 129308, 129332, 129356, 129376, 129394, 129416, 129438, 129461, 129482, 129507, 129532, 129548, 129570, 129590, 129614, 129638, 129655, 129670, 129689, 129708, 129721, 129735, 129750, 129763, 129780, 129797, 129805, 129834, 129861, 129892, 129923, 129942, 129959, 129980, 130006, 130030, 130058, 130086, 130113, 130138, 130167, 130196, 130221, 130244, 130271, 130298, 130326, 130352, 130382, 130412, 130433, 130460, 130485, 130514, 130543, 130561, 130577, 130597, 130617, 130628, 130645, 130660, 130679, 130698, 130707, 130717, 130728, 130743, 130758, 130770, 130790, 130813, 130840, 130857, 130875, 130897, 130909, 130918, 130928, 130942, 130958, 130976, 130994, 131009, 131026, 131037, 131055, 131063, 131073, 131084, 131120, 131135, 131146, 131157, 131163, 131174, 131177, 131189, 131200, 131212, 131219, 131230, 131244, 131253, 131263, 131273, 131284, 131294, 131306, 131316, 131326, 131338, 131349, 131357, 131366, 131376, 131384, 131393, 131403, 131415, 131419, 131427, 131432, 131441, 131448, 131456, 131462, 131469, 131482, 131492, 131505, 131522, 131537, 131552, 131562, 131572, 131584, 131601, 131614, 131630, 131645, 131663, 131679, 131699, 131718, 131733, 131748, 131759, 131781, 131796, 131811, 131828, 131840, 131851, 131861, 131869, 131878, 131893, 131913, 131933, 131962, 131992, 132021, 132043, 132070, 132096, 132120, 132137, 132158, 132189, 132221, 132252, 132276, 132305, 132333, 132359, 132373, 132387, 132404, 132424, 132437, 132453, 132481, 132510, 132538, 132559, 132585, 132610, 132633, 132646, 132664, 132677, 132696, 132713, 132728, 132743, 132755, 132759, 132769, 132777, 132793, 132812, 132835, 132854, 132867, 132876, 132883, 132889, 132903, 132915, 132929, 132945, 132959, 132971, 132984, 133000, 133012, 133036, 133058, 133084, 133110, 133127, 133145, 133159, 133171, 133187, 133204, 133225, 133244, 133267, 133290, 133305, 133327, 133347, 133371, 133395, 133413, 133432, 133452, 133470, 133492, 133514, 133527, 133548, 133570, 133591, 133610, 133633, 133654, 133679, 133704, 133720, 133742, 133762, 133786, 133810, 133824, 133831, 133846, 133864, 133886, 133904, 133916, 133926, 133944, 133957, 133971, 133978, 133986, 133994, 134003, 134013, 134023, 134035, 134049, 134055, 134070, 134078, 134087, 134098, 134115, 134135, 134151, 134172, 134190, 134206, 134223, 134238, 134248, 134260, 134284, 134295, 134319, 134337, 134359, 134370, 134378, 134390, 134407, 134426, 134440, 134453, 134467, 134480, 134493, 134506, 134520, 134532, 134548, 134563, 134583, 134604, 134618, 134633, 134646, 134663, 134672, 134685, 134697, 134704, 134722, 134732, 134744, 134762, 134778, 134797, 134815, 134834, 134851, 134870, 134891, 134903, 134916, 134928, 134936, 134952, 134973, 134997, 135025, 135043, 135062, 135085, 135098, 135106, 135116, 135125, 135128, 135132, 135141, 135153, 135176, 135195, 135203, 135206, 135214, 135229, 135239, 135251, 135265, 135278, 135289, 135300, 135318, 135331, 135346, 135363, 135379, 135393, 135404, 135422, 135435, 135450, 135467, 135483, 135497, 135503, 135512, 135523, 135540, 135555, 135568, 135583, 135593, 135610, 135622, 135636, 135652, 135667, 135680, 135688, 135694, 135700, 135713, 135731, 135752, 135777, 135792, 135808, 135828, 135838, 135844, 135854, 135861, 135875, 135892, 135909, 135924, 135937, 135956, 135972, 135986, 135992, 135999, 136023, 136050, 136077, 136101, 136127, 136143, 136164, 136177, 136194, 136213, 136232, 136249, 136265, 136279, 136300, 136323, 136349, 136375, 136398, 136423, 136441, 136464, 136477, 136492, 136512, 136531, 136545, 136573, 136604, 136635, 136663, 136693, 136710, 136737, 136767, 136797, 136824, 136853, 136870, 136885, 136903, 136919, 136933, 136951, 136973, 136990, 137011, 137025, 137032, 137051, 137066, 137090, 137110, 137135, 137155, 137176, 137196, 137211, 137234, 137253, 137281, 137305, 137334, 137358, 137383, 137407, 137426, 137446, 137462, 137475, 137490, 137505, 137515, 137525, 137542, 137555, 137571, 137586, 137604, 137620, 137640, 137659, 137674, 137689, 137700, 137712, 137722, 137732, 137736, 137743, 137750, 137756, 137765, 137773, 137784, 137793, 137798, 137804, 137814, 137824, 137833, 137846, 137858, 137869, 137877, 137885, 137892, 137907, 137920, 137935, 137952, 137967, 137980, 137994, 138011, 138024, 138033, 138049, 138063, 138079, 138097, 138113, 138127, 138142, 138160, 138174, 138188, 138216, 138239, 138268, 138293, 138321, 138348, 138370, 138393, 138411, 138430, 138455, 138473, 138493, 138513, 138545, 138574, 138581, 138598, 138620, 138644, 138663, 138673, 138691, 138714, 138740, 138770, 138790, 138811, 138836, 138851, 138868, 138890, 138914, 138933, 138943, 138961, 138984, 139010, 139040, 139060, 139081, 139106, 139121, 139136, 139160, 139185, 139213, 139238, 139265, 139292, 139319, 139344, 139367, 139383, 139402, 139418, 139440, 139463, 139489, 139512, 139537, 139562, 139587, 139610, 139631, 139653, 139676, 139702, 139725, 139750, 139775, 139800, 139823, 139844, 139862, 139880, 139905, 139931, 139960, 139986, 140014, 140042, 140070, 140096, 140120, 140138, 140154, 140168, 140171, 140176, 140182, 140192, 140202, 140212, 140222, 140232, 140241, 140252, 140265, 140274, 140284, 140294, 140306, 140319, 140332, 140345, 140358, 140371, 140386, 140391, 140400, 140406, 140414, 140422, 140429, 140435, 140440, 140454, 140469, 140480, 140497, 140511, 140521, 140538, 140556, 140570, 140585, 140601, 140617, 140628, 140638, 140645, 140652, 140664, 140667, 140674, 140680, 140693, 140700, 140713, 140732, 140746, 140757, 140774, 140792, 140807, 140826, 140841, 140865, 140885, 140910, 140930, 140951, 140971, 140986, 141009, 141024, 141043, 141071, 141095, 141124, 141148, 141173, 141197, 141216, 141236, 141252, 141260, 141269, 141274, 141282, 141288, 141295, 141312, 141325, 141346, 141365, 141383, 141399, 141417, 141432, 141446, 141460, 141471, 141485, 141498, 141513, 141534, 141553, 141571, 141587, 141605, 141627, 141641, 141658, 141673, 141689, 141707, 141719, 141733, 141748, 141765, 141786, 141807, 141826, 141849, 141867, 141882, 141900, 141917, 141933, 141950, 141966, 141984, 142003, 142018, 142042, 142058, 142077, 142094, 142112, 142132, 142143, 142160, 142182, 142202, 142221, 142238, 142257, 142269, 142286, 142304, 142314, 142327, 142344, 142356, 142366, 142372, 142376, 142383, 142394, 142415, 142434, 142451, 142462, 142468, 142483, 142490, 142500, 142509, 142515, 142526, 142534, 142545, 142554, 142561, 142566, 142572, 142579, 142594, 142610, 142622, 142640, 142655, 142666, 142684, 142691, 142695, 142707, 142717, 142729, 142743, 142755, 142765, 142776, 142790, 142800, 142803, 142821, 142842, 142863, 142881, 142901, 142911, 142926, 142933, 142944, 142957, 142970, 142981, 142991, 142999, 143014, 143031, 143051, 143071, 143088, 143107, 143119, 143136, 143143, 143152, 143166, 143179, 143187, 143209, 143234, 143259, 143281, 143305, 143316, 143337, 143361, 143385, 143406, 143429, 143440, 143449, 143461, 143471, 143479, 143491, 143507, 143518, 143533, 143541, 143551, 143565, 143571, 143584, 143600, 143607, 143617, 143629, 143637, 143643, 143650, 143658, 143664, 143681, 143699, 143702, 143712, 143724, 143730, 143737, 143748, 143759, 143770, 143781, 143792, 143805, 143817, 143833, 143845, 143854, 143864, 143878, 143892, 143906, 143920, 143934, 143950, 143965, 143977, 143980, 143990, 143995, 143999, 144010, 144023, 144035, 144042, 144051, 144062, 144071, 144080, 144095, 144112, 144128, 144141, 144156, 144165, 144175, 144184, 144194, 144208, 144220, 144237, 144252, 144270, 144284, 144304, 144328, 144340, 144356, 144375, 144393, 144412, 144436, 144464, 144480, 144500, 144523, 144545, 144568, 144580, 144589, 144599, 144612, 144619, 144631, 144644, 144654, 144666, 144687, 144707, 144732, 144752, 144766, 144794, 144822, 144844, 144870, 144877, 144895, 144910, 144927, 144947, 144968, 144984, 144999, 145015, 145029, 145049, 145072, 145089, 145105, 145122, 145136, 145144, 145162, 145172, 145175, 145179, 145182, 145186, 145192, 145213, 145225, 145239, 145256, 145270, 145286, 145300, 145320, 145332, 145348, 145362, 145381, 145398, 145418, 145434, 145449, 145459, 145467, 145477, 145490, 145506, 145527, 145546, 145563, 145579, 145597, 145620, 145635, 145655, 145674, 145687, 145705, 145727, 145744, 145765, 145779, 145794, 145811, 145828, 145845, 145863, 145880, 145898, 145913, 145930, 145947, 145964, 145982, 145999, 146017, 146027, 146041, 146059, 146078, 146087, 146091, 146096, 146110, 146130, 146146, 146159, 146174, 146192, 146213, 146219, 146230, 146247, 146257, 146267, 146279, 146294, 146297, 146308, 146324, 146338, 146357, 146361, 146366, 146371, 146381, 146392, 146401, 146413, 146426, 146447, 146470, 146484, 146496, 146502, 146512, 146533, 146557, 146581, 146602, 146625, 146635, 146652, 146678, 146705, 146731, 146750, 146774, 146797, 146818, 146837, 146854, 146872, 146888, 146906, 146934, 146963, 146991, 147012, 147038, 147063, 147086, 147096, 147106, 147117, 147126, 147146, 147169, 147192, 147212, 147234, 147244, 147269, 147297, 147325, 147350, 147377, 147391, 147415, 147442, 147469, 147493, 147519, 147533, 147550, 147560, 147585, 147611, 147636, 147654, 147677, 147699, 147719, 147734, 147748, 147760, 147770, 147781, 147792, 147803, 147809, 147827, 147842, 147854, 147864, 147878, 147888, 147897, 147908, 147915, 147930, 147950, 147973, 148000, 148017, 148035, 148057, 148069, 148090, 148108, 148125, 148139, 148150, 148156, 148169, 148174, 148184, 148192, 148201, 148214, 148230, 148246, 148260, 148272, 148290, 148305, 148318, 148331, 148338, 148350, 148365, 148381, 148396, 148409, 148425, 148442, 148456, 148471, 148482, 148495, 148503, 148520, 148535, 148555, 148573, 148586, 148602, 148619, 148633, 148650, 148668, 148683, 148699, 148711, 148725, 148746, 148763, 148770, 148781, 148794, 148810, 148829, 148835, 148843, 148852, 148862, 148873, 148890, 148909, 148929, 148948, 148963, 148982, 149000, 149015, 149029, 149048, 149065, 149088, 149104, 149125, 149140, 149166, 149191, 149220, 149234, 149248, 149271, 149298, 149325, 149356, 149381, 149402, 149433, 149463, 149497, 149525, 149557, 149589, 149625, 149655, 149681, 149711, 149735, 149757, 149784, 149815, 149838, 149863, 149885, 149912, 149931, 149953, 149969, 149986, 150016, 150046, 150068, 150092, 150118, 150146, 150173, 150184, 150193, 150210, 150230, 150250, 150268, 150284, 150306, 150325, 150342, 150349, 150356, 150363, 150370, 150382, 150408, 150431, 150453, 150476, 150499, 150523, 150548, 150568, 150589, 150613, 150632, 150650, 150668, 150685, 150692, 150706, 150721, 150733, 150745, 150765, 150781, 150800, 150817, 150830, 150847, 150856, 150866, 150886, 150905, 150926, 150950, 150974, 150994, 151014, 151035, 151056, 151083, 151097, 151117, 151132, 151148, 151158, 151167, 151188, 151206, 151218, 151235, 151248, 151269, 151292, 151306, 151320, 151348, 151375, 151386, 151401, 151414, 151425, 151437, 151464, 151492, 151513, 151535, 151560, 151586, 151613, 151641, 151669, 151698, 151717, 151737, 151756, 151776, 151799, 151823, 151846, 151870, 151880, 151889, 151897, 151916, 151928, 151943, 151957, 151972, 151987, 152003, 152022, 152038, 152052, 152072, 152088, 152105, 152112, 152127, 152139, 152154, 152173, 152187, 152199, 152213, 152230, 152250, 152260, 152271, 152287, 152310, 152337, 152360, 152383, 152407, 152431, 152453, 152479, 152501, 152523, 152546, 152569, 152590, 152612, 152634, 152643, 152665, 152677, 152689, 152700, 152710, 152725, 152728, 152739, 152749, 152759, 152771, 152782, 152793, 152798, 152805, 152827, 152852, 152877, 152899, 152923, 152934, 152949, 152966, 152978, 152997, 153018, 153042, 153066, 153087, 153110, 153121, 153133, 153159, 153188, 153217, 153243, 153271, 153286, 153311, 153339, 153367, 153392, 153419, 153434, 153447, 153463, 153477, 153489, 153493, 153498, 153510, 153522, 153535, 153553, 153567, 153582, 153598, 153614, 153625, 153635, 153645, 153662, 153669, 153676, 153686, 153707, 153731, 153755, 153776, 153799, 153809, 153826, 153852, 153879, 153905, 153924, 153948, 153971, 153992, 154011, 154028, 154046, 154062, 154080, 154108, 154137, 154165, 154186, 154212, 154237, 154260, 154270, 154280, 154291, 154300, 154320, 154343, 154366, 154386, 154408, 154418, 154443, 154471, 154499, 154524, 154551, 154565, 154589, 154616, 154643, 154667, 154693, 154707, 154724, 154734, 154759, 154785, 154810, 154828, 154851, 154873, 154893, 154905, 154922, 154941, 154956, 154970, 154982, 154992, 155003, 155014, 155026, 155036, 155043, 155061, 155076, 155090, 155101, 155108, 155114, 155127, 155147, 155164, 155175, 155190, 155201, 155208, 155223, 155234, 155245, 155258, 155278, 155292, 155304, 155319, 155330, 155346, 155359, 155368, 155376, 155383, 155401, 155415, 155434, 155449, 155465, 155477, 155488, 155498, 155509, 155521, 155532, 155541, 155544, 155547, 155551, 155555, 155563, 155572, 155576, 155580, 155583, 155587, 155590, 155604, 155612, 155621, 155633, 155644, 155657, 155661, 155666, 155677, 155702, 155718, 155742, 155765, 155789, 155811, 155839, 155860, 155882, 155903, 155917, 155932, 155934, 155937, 155948, 155964, 155976, 155989, 156007, 156018, 156027, 156040, 156054, 156061, 156069, 156075, 156082, 156093, 156105, 156117, 156132, 156147, 156160, 156171, 156188, 156202, 156214, 156220, 156233, 156253, 156270, 156281, 156296, 156307, 156315, 156327, 156340, 156354, 156371, 156388, 156403, 156416, 156435, 156451, 156465, 156482, 156496, 156509, 156519, 156531, 156554, 156561, 156573, 156578, 156588, 156594, 156601, 156612, 156631, 156647, 156660, 156671, 156686, 156697, 156709, 156716, 156731, 156751, 156774, 156801, 156818, 156836, 156858, 156870, 156883, 156895, 156901, 156915, 156930, 156941, 156958, 156972, 156982, 156999, 157004, 157008, 157020, 157036, 157053, 157064, 157073, 157082, 157090, 157098, 157112, 157125, 157136, 157149, 157162, 157175, 157189, 157202, 157216, 157222, 157232, 157250, 157273, 157294, 157314, 157333, 157353, 157371, 157391, 157412, 157434, 157451, 157465, 157479, 157495, 157513, 157534, 157550, 157565, 157580, 157594, 157605, 157624, 157646, 157667, 157686, 157707, 157730, 157745, 157762, 157784, 157801, 157817, 157824, 157831, 157838, 157847, 157857, 157868, 157880, 157892, 157905, 157918, 157932, 157946, 157961, 157971, 157982, 157995, 158009, 158019, 158030, 158041, 158055, 158070, 158086, 158102, 158119, 158136, 158154, 158172, 158191, 158205, 158220, 158237, 158255, 158269, 158284, 158299, 158314, 158325, 158333, 158348, 158364, 158381, 158398, 158416, 158434, 158453, 158472, 158492, 158507, 158523, 158541, 158560, 158575, 158591, 158607, 158623, 158632, 158642, 158651, 158661, 158672, 158681, 158695, 158710, 158723, 158734, 158752, 158767, 158784, 158798, 158809, 158821, 158831, 158842, 158852, 158859, 158867, 158883, 158896, 158909, 158929, 158946, 158963, 158983, 158999, 159012, 159021, 159030, 159040, 159055, 159073, 159092, 159107, 159128, 159146, 159160, 159181, 159190, 159198, 159209, 159222, 159236, 159250, 159263, 159279, 159290, 159301, 159313, 159321, 159334, 159342, 159355, 159367, 159374, 159382, 159398, 159411, 159437, 159459, 159477, 159493, 159503, 159517, 159531, 159549, 159564, 159582, 159600, 159613, 159628, 159642, 159661, 159677, 159703, 159718, 159737, 159753, 159766, 159781, 159799, 159829, 159849, 159862, 159888, 159913, 159928, 159947, 159965, 159980, 159997, 160014, 160032, 160047, 160065, 160084, 160102, 160117, 160132, 160146, 160161, 160177, 160192, 160208, 160231, 160257, 160282, 160307, 160331, 160350, 160368, 160386, 160405, 160420, 160433, 160451, 160457, 160466, 160477, 160489, 160501, 160512, 160515, 160517, 160523, 160531, 160542, 160556, 160571, 160585, 160599, 160615, 160630, 160645, 160658, 160670, 160682, 160696, 160709, 160722, 160738, 160753, 160768, 160782, 160795, 160808, 160824, 160830, 160837, 160848, 160860, 160872, 160885, 160897, 160907, 160918, 160930, 160947, 160965, 160979, 160999, 161026, 161056, 161080, 161109, 161132, 161161, 161189, 161214, 161242, 161257, 161273, 161291, 161316, 161332, 161349, 161367, 161385, 161402, 161420, 161440, 161457, 161475, 161489, 161509, 161524, 161539, 161555, 161572, 161587, 161603, 161620, 161635, 161651, 161670, 161695, 161708, 161723, 161743, 161757, 161772, 161783, 161795, 161808, 161822, 161841, 161852, 161869, 161888, 161898, 161909, 161932, 161951, 161975, 161990, 162003, 162017, 162028, 162038, 162049, 162061, 162071, 162082, 162095, 162109, 162124, 162141, 162164, 162189, 162214, 162234, 162246, 162261, 162272, 162284, 162297, 162311, 162324, 162335, 162347, 162364, 162384, 162395, 162412, 162425, 162435, 162446, 162460, 162477, 162490, 162504, 162519, 162533, 162546, 162560, 162572, 162586, 162596, 162606, 162617, 162628, 162640, 162654, 162670, 162689, 162708, 162726, 162740, 162756, 162767, 162779, 162793, 162808, 162826, 162838, 162849, 162868, 162881, 162891, 162910, 162928, 162951, 162969, 162981, 163007, 163033, 163053, 163077, 163084, 163096, 163103, 163112, 163124, 163139, 163147, 163157, 163170, 163186, 163197, 163210, 163223, 163236, 163250, 163263, 163277, 163287, 163297, 163307, 163317, 163327, 163339, 163351, 163363, 163375, 163387, 163399, 163413, 163424, 163436, 163449, 163463, 163476, 163489, 163503, 163517, 163532, 163547, 163563, 163579, 163590, 163602, 163617, 163631, 163650, 163670, 163689, 163709, 163724, 163739, 163752, 163771, 163792, 163804, 163817, 163830, 163845, 163858, 163874, 163890, 163906, 163920, 163935, 163946, 163958, 163970, 163985, 164001, 164018, 164035, 164053, 164071, 164090, 164109, 164129, 164144, 164160, 164178, 164197, 164212, 164228, 164244, 164260, 164272, 164286, 164302, 164319, 164337, 164355, 164374, 164393, 164413, 164433, 164454, 164470, 164487, 164506, 164526, 164542, 164559, 164576, 164593, 164606, 164618, 164631, 164648, 164666, 164683, 164701, 164714, 164727, 164740, 164751, 164768, 164787, 164797, 164808, 164819, 164832, 164846, 164857, 164871, 164885, 164899, 164904, 164908, 164913, 164922, 164932, 164942, 164953, 164963, 164974, 164982, 164991, 165001, 165016, 165032, 165044, 165059, 165081, 165106, 165125, 165149, 165167, 165191, 165214, 165232, 165257, 165285, 165307, 165334, 165355, 165382, 165408, 165431, 165457, 165477, 165500, 165517, 165539, 165552, 165566, 165582, 165605, 165619, 165634, 165650, 165666, 165681, 165697, 165715, 165730, 165746, 165758, 165776, 165789, 165800, 165813, 165827, 165842, 165855, 165869, 165884, 165897, 165911, 165928, 165951, 165962, 165975, 165993, 166005, 166018, 166027, 166037, 166048, 166060, 166077, 166086, 166101, 166118, 166126, 166135, 166156, 166173, 166195, 166208, 166219, 166231, 166240, 166248, 166257, 166267, 166275, 166284, 166295, 166307, 166319, 166332, 166347, 166368, 166391, 166414, 166432, 166442, 166455, 166464, 166474, 166485, 166497, 166508, 166517, 166527, 166542, 166560, 166569, 166584, 166595, 166603, 166612, 166624, 166639, 166650, 166662, 166675, 166687, 166698, 166710, 166720, 166732, 166740, 166748, 166757, 166766, 166776, 166788, 166802, 166819, 166836, 166852, 166864, 166878, 166887, 166897, 166909, 166922, 166938, 166948, 166957, 166974, 166985, 167008, 167011, 167015, 167018, 167024, 167028, 167033, 167041, 167058, 167072, 167085, 167094, 167104, 167112, 167125, 167134, 167145, 167155, 167165, 167174, 167189, 167203, 167213, 167224, 167235, 167244, 167253, 167267, 167277, 167284, 167291, 167294, 167300, 167308, 167317, 167322, 167326, 167331, 167346, 167354, 167367, 167378, 167397, 167409, 167426, 167441, 167455, 167465, 167481, 167490, 167504, 167516, 167536, 167549, 167567, 167583, 167598, 167609, 167616, 167621, 167634, 167645, 167654, 167671, 167691, 167715, 167735, 167749, 167774, 167797, 167824, 167851, 167866, 167879, 167896, 167918, 167938, 167962, 167986, 168009, 168030, 168055, 168080, 168101, 168120, 168143, 168166, 168190, 168212, 168238, 168264, 168281, 168304, 168325, 168350, 168375, 168382, 168390, 168406, 168422, 168443, 168460, 168478, 168501, 168515, 168535, 168556, 168571, 168583, 168600, 168619, 168633, 168648, 168661, 168683, 168695, 168708, 168722, 168726, 168731, 168744, 168754, 168777, 168796, 168811, 168824, 168834, 168841, 168848, 168855, 168861, 168876, 168882, 168889, 168894, 168902, 168910, 168920, 168930, 168939, 168945, 168953, 168962, 168969, 168975, 168990, 169002, 169016, 169033, 169042, 169059, 169072, 169085, 169097, 169113, 169131, 169152, 169165, 169186, 169203, 169220, 169236, 169255, 169274, 169288, 169303, 169318, 169328, 169349, 169372, 169398, 169416, 169442, 169464, 169486, 169507, 169531, 169555, 169574, 169590, 169608, 169629, 169642, 169663, 169680, 169697, 169713, 169732, 169751, 169765, 169773, 169780, 169796, 169813, 169821, 169829, 169843, 169858, 169870, 169883, 169896, 169910, 169926, 169938, 169944, 169962, 169977, 169991, 170002, 170022, 170039, 170055, 170068, 170075, 170084, 170092, 170099, 170107, 170116, 170134, 170150, 170172, 170191, 170206, 170224, 170238, 170258, 170271, 170277, 170283, 170294, 170302, 170315, 170320, 170328, 170338, 170357, 170374, 170390, 170404, 170415, 170425, 170431, 170442, 170456, 170468, 170478, 170496, 170517, 170542, 170563, 170578, 170593, 170619, 170643, 170671, 170699, 170715, 170729, 170747, 170770, 170791, 170816, 170841, 170865, 170887, 170913, 170939, 170961, 170981, 171005, 171029, 171054, 171077, 171104, 171131, 171149, 171173, 171195, 171221, 171247, 171258, 171284, 171308, 171336, 171364, 171383, 171403, 171419, 171433, 171451, 171467, 171485, 171502, 171525, 171543, 171565, 171584, 171609, 171630, 171650, 171671, 171690, 171711, 171734, 171755, 171776, 171799, 171820, 171842, 171861, 171884, 171905, 171930, 171955, 171972, 171996, 172018, 172044, 172070, 172090, 172111, 172133, 172153, 172177, 172201, 172216, 172239, 172263, 172286, 172307, 172324, 172343, 172361, 172385, 172404, 172427, 172447, 172473, 172495, 172516, 172538, 172558, 172580, 172604, 172626, 172648, 172672, 172694, 172717, 172735, 172755, 172774, 172799, 172819, 172843, 172864, 172891, 172914, 172936, 172959, 172980, 173003, 173028, 173051, 173074, 173099, 173122, 173146, 173171, 173194, 173221, 173248, 173266, 173290, 173312, 173338, 173364, 173380, 173384, 173389, 173399, 173406, 173420, 173428, 173437, 173447, 173460, 173474, 173486, 173498, 173504, 173513, 173521, 173530, 173552, 173571, 173593, 173610, 173645, 173674, 173679, 173686, 173704, 173714, 173725, 173738, 173757, 173779, 173797, 173820, 173840, 173858, 173877, 173894, 173906, 173920, 173946, 173959, 173985, 174005, 174029, 174035, 174042, 174051, 174056, 174065, 174075, 174090, 174110, 174133, 174160, 174177, 174195, 174217, 174229, 174237, 174248, 174257, 174263, 174270, 174277, 174285, 174294, 174321, 174338, 174361, 174366, 174374, 174387, 174391, 174416, 174439, 174456, 174472, 174486, 174510, 174532, 174547, 174565, 174579, 174603, 174625, 174641, 174656, 174669, 174692, 174713, 174727, 174744, 174757, 174762, 174774, 174781, 174795, 174800, 174812, 174831, 174847, 174857, 174871, 174881, 174894, 174914, 174931, 174942, 174957, 174968, 174974, 174980, 174987, 174992, 175000, 175005, 175010, 175016, 175023, 175047, 175053, 175071, 175090, 175100, 175119, 175138, 175158, 175178, 175199, 175209, 175222, 175235, 175246, 175255, 175270, 175282, 175292, 175300, 175307, 175316, 175330, 175349, 175364, 175385, 175397, 175415, 175434, 175447, 175461, 175471, 175486, 175498, 175511, 175522, 175542, 175552, 175563, 175575, 175583, 175592, 175609, 175628, 175638, 175649, 175654, 175672, 175687, 175701, 175712, 175721, 175738, 175748, 175760, 175767, 175781, 175800, 175809, 175821, 175833, 175847, 175865, 175882, 175904, 175921, 175932, 175957, 175982, 176001, 176024, 176035, 176048, 176056, 176063, 176080, 176088, 176097, 176106, 176116, 176128, 176152, 176184, 176211, 176236, 176269, 176297, 176304, 176310, 176327, 176345, 176359, 176379, 176396, 176409, 176429, 176439, 176455, 176462, 176473, 176484, 176499, 176511, 176526, 176541, 176551, 176563, 176574, 176590, 176603, 176626, 176638, 176654, 176667, 176677, 176689, 176704, 176731, 176748, 176758, 176781, 176803, 176815, 176831, 176846, 176858, 176872, 176886, 176901, 176913, 176928, 176944, 176959, 176971, 176983, 176994, 177006, 177019, 177031, 177044, 177064, 177087, 177109, 177131, 177152, 177168, 177183, 177198, 177214, 177226, 177238, 177249, 177265, 177271, 177283, 177300, 177318, 177334, 177350, 177362, 177369, 177377, 177397, 177419, 177437, 177457, 177483, 177508, 177530, 177554, 177574, 177596, 177624, 177651, 177661, 177669, 177679, 177689, 177699, 177710, 177720, 177731, 177741, 177751, 177759, 177768, 177787, 177811, 177828, 177833, 177845, 177855, 177863, 177874, 177885, 177892, 177900, 177905, 177916, 177928, 177943, 177954, 177966, 177978, 177994, 178013, 178023, 178047, 178064, 178069, 178080, 178089, 178098, 178106, 178122, 178137, 178158, 178180, 178199, 178221, 178244, 178264, 178285, 178304, 178326, 178349, 178369, 178392, 178416, 178437, 178459, 178479, 178484, 178493, 178505, 178522, 178542, 178566, 178580, 178595, 178614, 178623, 178635, 178650, 178659, 178663, 178667, 178673, 178684, 178699, 178715, 178723, 178727, 178738, 178754, 178765, 178776, 178781, 178796, 178816, 178819, 178824, 178833, 178842, 178846, 178851, 178858, 178876, 178899, 178912, 178930, 178951, 178976, 178991, 179007, 179027, 179039, 179049, 179055, 179068, 179073, 179085, 179102, 179121, 179135, 179144, 179158, 179172, 179186, 179200, 179214, 179230, 179242, 179256, 179266, 179278, 179296, 179313, 179317, 179320, 179328, 179339, 179356, 179373, 179390, 179407, 179424, 179443, 179456, 179461, 179473, 179476, 179480, 179490, 179501, 179520, 179538, 179557, 179574, 179597, 179614, 179630, 179643, 179646, 179653, 179669, 179683, 179698, 179711, 179718, 179725, 179733, 179739, 179746, 179754, 179764, 179773, 179778, 179784, 179816, 179844, 179877, 179905, 179934, 179949, 179969, 179992, 180019, 180036, 180054, 180076, 180088, 180097, 180105, 180116, 180121, 180132, 180142, 180153, 180165, 180174, 180188, 180204, 180214, 180225, 180240, 180266, 180293, 180313, 180334, 180358, 180383, 180404, 180430, 180457, 180484, 180512, 180530, 180549, 180563, 180581, 180600, 180614, 180636, 180659, 180681, 180704, 180720, 180726, 180734, 180743, 180754, 180768, 180785, 180794, 180804, 180815, 180841, 180868, 180888, 180909, 180933, 180958, 180984, 181011, 181038, 181066, 181084, 181103, 181121, 181140, 181162, 181185, 181207, 181230, 181245, 181261, 181269, 181274, 181280, 181287, 181298, 181306, 181309, 181326, 181343, 181359, 181365, 181373, 181382, 181386, 181398, 181415, 181436, 181453, 181470, 181488, 181506, 181520, 181537, 181557, 181562, 181569, 181577, 181586, 181589, 181599, 181610, 181619, 181631, 181643, 181656, 181669, 181683, 181697, 181712, 181722, 181733, 181740, 181753, 181767, 181777, 181788, 181799, 181813, 181828, 181844, 181860, 181877, 181894, 181912, 181930, 181949, 181963, 181978, 181995, 182013, 182027, 182042, 182057, 182072, 182083, 182098, 182114, 182131, 182148, 182166, 182184, 182203, 182222, 182242, 182257, 182273, 182291, 182310, 182325, 182341, 182357, 182373, 182382, 182386, 182397, 182409, 182419, 182432, 182445, 182459, 182473, 182488, 182503, 182519, 182530, 182542, 182550, 182564, 182579, 182590, 182602, 182614, 182629, 182645, 182662, 182679, 182697, 182715, 182734, 182753, 182773, 182788, 182804, 182822, 182841, 182856, 182872, 182888, 182904, 182916, 182932, 182949, 182967, 182985, 183004, 183023, 183043, 183063, 183084, 183100, 183117, 183136, 183156, 183172, 183189, 183206, 183223, 183233, 183237, 183243, 183253, 183261, 183271, 183283, 183293, 183301, 183310, 183322, 183330, 183338, 183354, 183365, 183375, 183385, 183397, 183408, 183419, 183425, 183429, 183446, 183464, 183484, 183504, 183521, 183538, 183552, 183564, 183584, 183594, 183601, 183611, 183615, 183621, 183628, 183643, 183658, 183669, 183689, 183707, 183722, 183742, 183753, 183770, 183786, 183803, 183816, 183836, 183851, 183868, 183890, 183903, 183921, 183940, 183960, 183974, 183985, 183998, 184013, 184029, 184047, 184060, 184074, 184088, 184100, 184112, 184124, 184139, 184150, 184171, 184182, 184194, 184210, 184223, 184236, 184240, 184245, 184266, 184273, 184286, 184295, 184310, 184319, 184328, 184338, 184347, 184362, 184368, 184375, 184384, 184402, 184419, 184434, 184448, 184463, 184478, 184496, 184512, 184527, 184550, 184572, 184592, 184611, 184631, 184651, 184674, 184695, 184715, 184737, 184758, 184777, 184795, 184814, 184833, 184855, 184875, 184894, 184918, 184941, 184962, 184982, 185003, 185024, 185048, 185070, 185091, 185114, 185136, 185156, 185175, 185195, 185215, 185238, 185259, 185279, 185303, 185326, 185347, 185367, 185388, 185409, 185433, 185455, 185476, 185486, 185491, 185505, 185509, 185527, 185542, 185557, 185573, 185587, 185604, 185623, 185637, 185653, 185669, 185685, 185702, 185717, 185735, 185755, 185770, 185787, 185806, 185822, 185838, 185855, 185870, 185888, 185908, 185923, 185940, 185957, 185974, 185992, 186008, 186027, 186048, 186064, 186082, 186095, 186107, 186119, 186133, 186146, 186159, 186166, 186168, 186171, 186183, 186188, 186202, 186215, 186226, 186239, 186254, 186267, 186278, 186295, 186310, 186323, 186338, 186351, 186363, 186375, 186392, 186407, 186422, 186433, 186441, 186456, 186464, 186482, 186490, 186508, 186520, 186534, 186552, 186565, 186579, 186591, 186603, 186618, 186628, 186638, 186663, 186688, 186713, 186730, 186749, 186771, 186788, 186804, 186815, 186828, 186840, 186853, 186862, 186881, 186900, 186919, 186932, 186948, 186968, 186988, 187008, 187022, 187039, 187045, 187051, 187059, 187062, 187072, 187082, 187091, 187102, 187110, 187118, 187129, 187137, 187151, 187161, 187174, 187186, 187196, 187208, 187217, 187226, 187238, 187250, 187261, 187274, 187291, 187304, 187320, 187332, 187340, 187347, 187358, 187371, 187377, 187384, 187396, 187403, 187414, 187425, 187440, 187452, 187467, 187482, 187492, 187504, 187515, 187531, 187544, 187567, 187579, 187595, 187608, 187618, 187630, 187645, 187672, 187689, 187699, 187722, 187744, 187756, 187772, 187787, 187799, 187813, 187827, 187842, 187854, 187869, 187885, 187900, 187912, 187924, 187935, 187947, 187960, 187972, 187985, 187997, 188008, 188028, 188051, 188073, 188095, 188116, 188132, 188147, 188162, 188178, 188190, 188212, 188229, 188237, 188250, 188259, 188268, 188282, 188290, 188298, 188310, 188316, 188326, 188338, 188349, 188361, 188371, 188379, 188384, 188393, 188403, 188411, 188423, 188426, 188433, 188445, 188459, 188467, 188482, 188492, 188504, 188518, 188531, 188542, 188557, 188569, 188581, 188598, 188615, 188629, 188645, 188658, 188671, 188689, 188700, 188718, 188731, 188746, 188763, 188779, 188793, 188806, 188819, 188829, 188840, 188858, 188871, 188886, 188903, 188919, 188933, 188940, 188948, 188958, 188968, 188983, 189000, 189014, 189028, 189047, 189067, 189088, 189098, 189115, 189127, 189141, 189157, 189172, 189185, 189193, 189207, 189222, 189240, 189249, 189255, 189262, 189270, 189291, 189315, 189337, 189362, 189382, 189401, 189422, 189446, 189468, 189493, 189513, 189532, 189549, 189569, 189592, 189618, 189642, 189669, 189691, 189712, 189730, 189751, 189767, 189788, 189812, 189834, 189859, 189879, 189898, 189921, 189947, 189971, 189998, 190020, 190041, 190056, 190069, 190080, 190092, 190108, 190117, 190129, 190145, 190162, 190181, 190202, 190223, 190241, 190261, 190275, 190296, 190319, 190335, 190354, 190377, 190389, 190396, 190404, 190418, 190434, 190451, 190467, 190482, 190494, 190505, 190523, 190530, 190538, 190547, 190557, 190567, 190584, 190596, 190607, 190620, 190631, 190640, 190656, 190677, 190693, 190714, 190732, 190749, 190767, 190785, 190808, 190822, 190841, 190861, 190882, 190897, 190913, 190929, 190946, 190965, 190979, 190994, 191007, 191020, 191042, 191054, 191067, 191081, 191096, 191116, 191136, 191163, 191185, 191206, 191229, 191250, 191269, 191284, 191304, 191324, 191351, 191373, 191394, 191417, 191438, 191457, 191472, 191492, 191511, 191529, 191545, 191560, 191577, 191586, 191596, 191601, 191607, 191626, 191642, 191658, 191679, 191699, 191716, 191733, 191755, 191772, 191786, 191800, 191819, 191840, 191858, 191876, 191899, 191911, 191926, 191934, 191941, 191956, 191976, 191999, 192026, 192043, 192061, 192083, 192095, 192113, 192135, 192153, 192171, 192190, 192209, 192232, 192259, 192282, 192305, 192329, 192353, 192366, 192380, 192390, 192401, 192415, 192433, 192456, 192482, 192512, 192532, 192553, 192578, 192593, 192605, 192616, 192632, 192648, 192663, 192675, 192688, 192712, 192732, 192749, 192765, 192793, 192822, 192842, 192859, 192877, 192899, 192922, 192948, 192975, 193003, 193032, 193061, 193091, 193111, 193132, 193151, 193172, 193192, 193213, 193237, 193261, 193286, 193310, 193335, 193351, 193375, 193386, 193394, 193405, 193416, 193430, 193452, 193478, 193500, 193522, 193545, 193568, 193578, 193597, 193607, 193618, 193624, 193646, 193665, 193683, 193702, 193721, 193741, 193762, 193778, 193795, 193815, 193830, 193844, 193858, 193871, 193888, 193902, 193916, 193935, 193953, 193968, 193983, 194003, 194018, 194030, 194042, 194059, 194078, 194094, 194110, 194131, 194141, 194159, 194173, 194187, 194203, 194226, 194243, 194258, 194276, 194290, 194309, 194325, 194335, 194343, 194345, 194348, 194360, 194370, 194379, 194398, 194418, 194435, 194453, 194471, 194490, 194511, 194528, 194536, 194547, 194569, 194587, 194597, 194617, 194638, 194656, 194675, 194694, 194714, 194736, 194754, 194783, 194790, 194797, 194803, 194814, 194816, 194825, 194836, 194848, 194866, 194882, 194892, 194901, 194908, 194921, 194929, 194939, 194948, 194963, 194974, 194984, 194998, 195009, 195026, 195039, 195051, 195068, 195081, 195092, 195105, 195120, 195133, 195146, 195161, 195174, 195188, 195203, 195210, 195223, 195231, 195237, 195250, 195257, 195266, 195277, 195287, 195303, 195314, 195329, 195341, 195359, 195373, 195386, 195400, 195412, 195426, 195442, 195456, 195470, 195486, 195500, 195515, 195525, 195537, 195548, 195565, 195577, 195593, 195606, 195625, 195640, 195654, 195669, 195682, 195697, 195714, 195729, 195744, 195761, 195776, 195792, 195803, 195810, 195814, 195828, 195842, 195855, 195863, 195875, 195888, 195908, 195926, 195941, 195958, 195979, 195996, 196020, 196038, 196058, 196079, 196098, 196109, 196123, 196144, 196159, 196178, 196194, 196213, 196232, 196251, 196268, 196282, 196298, 196318, 196334, 196357, 196374, 196393, 196413, 196428, 196446, 196456, 196472, 196485, 196505, 196519, 196537, 196552, 196568, 196586, 196604, 196611, 196618, 196629, 196643, 196657, 196669, 196679, 196695, 196708, 196719, 196734, 196748, 196762, 196778, 196782, 196792, 196807, 196821, 196834, 196843, 196855, 196868, 196880, 196889, 196904, 196920, 196932, 196941, 196952, 196964, 196974, 196986, 197000, 197012, 197023, 197035, 197043, 197057, 197066, 197079, 197107, 197129, 197138, 197147, 197153, 197158, 197163, 197169, 197187, 197200, 197216, 197223, 197231, 197242, 197251, 197266, 197275, 197285, 197294, 197311, 197326, 197339, 197358, 197367, 197377, 197388, 197397, 197407, 197417, 197420, 197424, 197434, 197443, 197448, 197455, 197464, 197477, 197486, 197497, 197502, 197508, 197513, 197522, 197530, 197539, 197549, 197564, 197574, 197584, 197602, 197622, 197641, 197651, 197662, 197672, 197683, 197694, 197708, 197714, 197721, 197739, 197752, 197765, 197775, 197782, 197786, 197796, 197807, 197811, 197816, 197823, 197828, 197834, 197842, 197852, 197862, 197872, 197882, 197893, 197903, 197914, 197919, 197925, 197937, 197951, 197966, 197976, 197990, 198003, 198013, 198022, 198034, 198050, 198060, 198069, 198072, 198082, 198092, 198101, 198111, 198120, 198130, 198141, 198150, 198153, 198157, 198162, 198172, 198179, 198187, 198197, 198208, 198235, 198263, 198284, 198306, 198331, 198357, 198384, 198412, 198440, 198469, 198488, 198508, 198527, 198547, 198570, 198594, 198617, 198641, 198650, 198664, 198670, 198692, 198715, 198731, 198748, 198768, 198789, 198811, 198834, 198857, 198881, 198895, 198910, 198924, 198939, 198949, 198967, 198986, 199004, 199023, 199040, 199044, 199056, 199069, 199082, 199096, 199100, 199104, 199117, 199127, 199150, 199169, 199184, 199197, 199219, 199234, 199249, 199266, 199280, 199283, 199294, 199307, 199315, 199330, 199338, 199347, 199359, 199369, 199377, 199382, 199394, 199402, 199408, 199416, 199419, 199428, 199442, 199449, 199455, 199468, 199472, 199480, 199490, 199502, 199508, 199514, 199521, 199527, 199533, 199546, 199551, 199559, 199568, 199573, 199587, 199601, 199607, 199622, 199633, 199653, 199661, 199667, 199682, 199686, 199691, 199699, 199709, 199722, 199738, 199742, 199747, 199761, 199776, 199793, 199813, 199825, 199845, 199861, 199877, 199892, 199909, 199928, 199949, 199973, 199989, 200013, 200033, 200053, 200072, 200094, 200116, 200133, 200151, 200169, 200182, 200206, 200232, 200261, 200282, 200311, 200336, 200361, 200385, 200412, 200439, 200461, 200480, 200501, 200525, 200541, 200565, 200585, 200605, 200624, 200646, 200668, 200685, 200703, 200712, 200722, 200737, 200749, 200768, 200781, 200796, 200801, 200811, 200822, 200839, 200858, 200878, 200897, 200915, 200930, 200944, 200965, 200972, 200987, 201000, 201015, 201032, 201047, 201060, 201074, 201091, 201104, 201112, 201121, 201138, 201157, 201167, 201181, 201187, 201199, 201212, 201221, 201230, 201240, 201247, 201259, 201275, 201293, 201304, 201317, 201333, 201347, 201367, 201380, 201393, 201402, 201410, 201424, 201429, 201436, 201445, 201458, 201472, 201483, 201495, 201507, 201520, 201535, 201546, 201553, 201578, 201588, 201594, 201603, 201611, 201627, 201642, 201655, 201681, 201703, 201721, 201737, 201746, 201756, 201768, 201784, 201799, 201810, 201825, 201839, 201850, 201868, 201882, 201893, 201906, 201920, 201934, 201950, 201964, 201977, 201991, 202001, 202017, 202028, 202043, 202054, 202061, 202072, 202084, 202097, 202113, 202124, 202143, 202161, 202176, 202190, 202205, 202220, 202236, 202253, 202265, 202278, 202294, 202305, 202315, 202325, 202334, 202337, 202343, 202350, 202361, 202379, 202404, 202426, 202442, 202462, 202478, 202485, 202489, 202509, 202532, 202555, 202575, 202597, 202609, 202626, 202635, 202648, 202663, 202678, 202691, 202703, 202713, 202730, 202749, 202771, 202793, 202812, 202833, 202847, 202866, 202875, 202886, 202902, 202917, 202927, 202951, 202978, 203005, 203029, 203055, 203068, 203091, 203117, 203143, 203166, 203191, 203204, 203215, 203229, 203241, 203251, 203265, 203283, 203296, 203313, 203323, 203333, 203345, 203349, 203356, 203372, 203385, 203399, 203416, 203432, 203444, 203462, 203470, 203492, 203498, 203504, 203510, 203517, 203521, 203529, 203536, 203548, 203552, 203559, 203572, 203588, 203608, 203630, 203647, 203663, 203679, 203693, 203702, 203713, 203727, 203745, 203765, 203780, 203794, 203808, 203820, 203825, 203827, 203830, 203850, 203869, 203890, 203910, 203930, 203951, 203968, 203984, 204002, 204019, 204036, 204054, 204071, 204087, 204105, 204122, 204139, 204157, 204183, 204208, 204235, 204261, 204287, 204314, 204341, 204367, 204395, 204422, 204449, 204477, 204496, 204514, 204534, 204553, 204572, 204592, 204603, 204616, 204628, 204638, 204649, 204666, 204685, 204705, 204724, 204742, 204757, 204771, 204792, 204820, 204847, 204876, 204904, 204932, 204961, 204976, 204990, 205006, 205021, 205036, 205052, 205065, 205077, 205091, 205104, 205117, 205131, 205143, 205154, 205167, 205179, 205191, 205204, 205217, 205229, 205243, 205256, 205269, 205283, 205303, 205322, 205343, 205363, 205383, 205404, 205409, 205417, 205424, 205433, 205442, 205451, 205461, 205470, 205480, 205502, 205514, 205521, 205529, 205532, 205549, 205555, 205561, 205568, 205577, 205585, 205598, 205614, 205634, 205656, 205673, 205689, 205705, 205719, 205730, 205744, 205762, 205782, 205797, 205811, 205825, 205837, 205850, 205868, 205889, 205914, 205929, 205945, 205965, 205975, 205984, 205992, 206005, 206014, 206024, 206028, 206041, 206063, 206080, 206098, 206111, 206123, 206141, 206148, 206160, 206168, 206179, 206195, 206200, 206206, 206216, 206227, 206250, 206276, 206302, 206331, 206354, 206376, 206396, 206420, 206431, 206443, 206452, 206462, 206489, 206500, 206516, 206533, 206546, 206560, 206575, 206592, 206616, 206631, 206647, 206664, 206680, 206697, 206716, 206732, 206749, 206762, 206781, 206795, 206809, 206823, 206838, 206854, 206868, 206883, 206899, 206913, 206928, 206946, 206970, 206982, 206995, 207009, 207019, 207030, 207042, 207055, 207073, 207089, 207107, 207121, 207130, 207140, 207155, 207169, 207181, 207194, 207204, 207213, 207223, 207234, 207243, 207253, 207266, 207280, 207296, 207318, 207342, 207366, 207385, 207396, 207412, 207422, 207433, 207445, 207458, 207470, 207480, 207490, 207506, 207518, 207527, 207537, 207550, 207563, 207579, 207591, 207604, 207631, 207644, 207656, 207669, 207680, 207693, 207702, 207711, 207724, 207734, 207744, 207755, 207768, 207783, 207801, 207819, 207836, 207849, 207864, 207874, 207885, 207898, 207912, 207929, 207939, 207951, 207961, 207976, 207989, 208005, 208014, 208024, 208034, 208043, 208059, 208075, 208092, 208112, 208136, 208156, 208170, 208175, 208181, 208187, 208206, 208220, 208223, 208247, 208262, 208276, 208295, 208304, 208318, 208333, 208342, 208356, 208365, 208382, 208399, 208414, 208435, 208459, 208476, 208491, 208509, 208532, 208549, 208571, 208597, 208619, 208646, 208660, 208679, 208697, 208713, 208728, 208746, 208770, 208797, 208815, 208836, 208854, 208874, 208892, 208907, 208929, 208944, 208954, 208967, 208980, 209004, 209024, 209049, 209062, 209078, 209098, 209108, 209119, 209134, 209148, 209164, 209184, 209204, 209225, 209249, 209267, 209287, 209307, 209330, 209349, 209365, 209383, 209406, 209425, 209441, 209455, 209470, 209489, 209505, 209522, 209537, 209555, 209578, 209600, 209619, 209641, 209658, 209680, 209700, 209714, 209727, 209741, 209752, 209764, 209779, 209793, 209809, 209823, 209835, 209858, 209879, 209898, 209917, 209937, 209949, 209962, 209977, 209989, 210002, 210017, 210033, 210044, 210056, 210070, 210088, 210101, 210117, 210140, 210166, 210186, 210211, 210230, 210255, 210279, 210300, 210324, 210335, 210346, 210361, 210381, 210389, 210407, 210423, 210435, 210442, 210464, 210484, 210498, 210511, 210525, 210536, 210548, 210563, 210577, 210593, 210607, 210619, 210642, 210656, 210677, 210696, 210715, 210735, 210751, 210763, 210776, 210791, 210803, 210816, 210831, 210847, 210858, 210870, 210883, 210896, 210905, 210919, 210929, 210943, 210955, 210969, 210985, 210997, 211010, 211025, 211037, 211046, 211057, 211069, 211077, 211082, 211089, 211102, 211113, 211127, 211140, 211155, 211168, 211179, 211201, 211219, 211238, 211250, 211264, 211275, 211287, 211302, 211313, 211321, 211327, 211334, 211345, 211358, 211368, 211374, 211386, 211395, 211407, 211419, 211427, 211436, 211446, 211459, 211467, 211483, 211492, 211502, 211513, 211527, 211536, 211553, 211560, 211583, 211604, 211619, 211633, 211645, 211660, 211676, 211698, 211718, 211731, 211747, 211759, 211770, 211780, 211786, 211790, 211804, 211817, 211822, 211830, 211843, 211860, 211870, 211880, 211891, 211904, 211916, 211929, 211943, 211959, 211974, 211986, 211998, 212017, 212035, 212057, 212074, 212081, 212091, 212098, 212114, 212134, 212154, 212178, 212196, 212210, 212220, 212232, 212248, 212266, 212281, 212301, 212313, 212328, 212337, 212347, 212370, 212393, 212408, 212425, 212444, 212465, 212474, 212483, 212494, 212503, 212514, 212523, 212534, 212541, 212549, 212556, 212564, 212585, 212589, 212602, 212607, 212614, 212619, 212635, 212654, 212671, 212685, 212703, 212717, 212721, 212727, 212741, 212760, 212782, 212808, 212824, 212841, 212862, 212873, 212876, 212885, 212899, 212911, 212922, 212939, 212955, 212967, 212978, 212981, 212991, 212994, 212999, 213008, 213018, 213028, 213038, 213051, 213061, 213075, 213090, 213105, 213120, 213138, 213153, 213166, 213180, 213194, 213208, 213225, 213239, 213249, 213257, 213265, 213282, 213299, 213311, 213325, 213332, 213351, 213374, 213393, 213412, 213432, 213452, 213457, 213465, 213469, 213479, 213494, 213508, 213521, 213530, 213542, 213555, 213567, 213576, 213591, 213607, 213619, 213628, 213639, 213651, 213661, 213673, 213687, 213699, 213710, 213722, 213730, 213744, 213753, 213766, 213794, 213816, 213825, 213834, 213845, 213850, 213871, 213896, 213924, 213945, 213974, 213998, 214015, 214040, 214059, 214082, 214108, 214127, 214154, 214176, 214191, 214214, 214238, 214266, 214297, 214321, 214353, 214380, 214400, 214428, 214450, 214476, 214505, 214527, 214557, 214582, 214600, 214626, 214632, 214644, 214661, 214678, 214704, 214731, 214757, 214776, 214800, 214823, 214844, 214858, 214876, 214904, 214933, 214961, 214982, 215008, 215033, 215056, 215067, 215078, 215092, 215109, 215119, 215132, 215157, 215183, 215208, 215226, 215249, 215271, 215291, 215301, 215316, 215326, 215342, 215356, 215368, 215380, 215404, 215432, 215463, 215487, 215519, 215546, 215566, 215594, 215615, 215637, 215655, 215672, 215690, 215708, 215727, 215747, 215762, 215778, 215797, 215811, 215837, 215866, 215888, 215918, 215943, 215956, 215969, 215987, 216013, 216025, 216031, 216053, 216079, 216108, 216130, 216160, 216185, 216203, 216229, 216249, 216273, 216300, 216320, 216348, 216371, 216387, 216411, 216422, 216432, 216440, 216449, 216471, 216489, 216505, 216520, 216541, 216555, 216572, 216589, 216610, 216626, 216646, 216659, 216671, 216684, 216696, 216704, 216713, 216723, 216736, 216745, 216752, 216765, 216780, 216797, 216814, 216828, 216844, 216854, 216871, 216878, 216886, 216892, 216899, 216904, 216914, 216923, 216938, 216958, 216981, 217008, 217025, 217043, 217065, 217077, 217083, 217097, 217111, 217122, 217134, 217147, 217166, 217188, 217214, 217230, 217247, 217268, 217278, 217289, 217298, 217306, 217318, 217335, 217350, 217372, 217389, 217411, 217424, 217443, 217461, 217480, 217499, 217523, 217538, 217558, 217579, 217601, 217617, 217630, 217647, 217665, 217685, 217700, 217716, 217730, 217744, 217767, 217780, 217794, 217806, 217821, 217827, 217837, 217843, 217850, 217861, 217868, 217891, 217909, 217928, 217939, 217945, 217952, 217966, 217981, 217997, 218014, 218025, 218037, 218057, 218082, 218103, 218120, 218135, 218142, 218166, 218183, 218209, 218216, 218224, 218232, 218242, 218258, 218275, 218292, 218310, 218330, 218339, 218353, 218363, 218374, 218387, 218395, 218404, 218428, 218445, 218471, 218485, 218510, 218528, 218555, 218566, 218592, 218611, 218639, 218655, 218664, 218678, 218690, 218699, 218721, 218740, 218758, 218772, 218790, 218805, 218809, 218814, 218827, 218838, 218851, 218866, 218879, 218890, 218902, 218917, 218928, 218937, 218941, 218958, 218976, 218994, 219013, 219019, 219026, 219034, 219038, 219050, 219063, 219070, 219086, 219094, 219111, 219130, 219145, 219162, 219185, 219207, 219217, 219229, 219240, 219253, 219266, 219279, 219293, 219306, 219320, 219339, 219360, 219377, 219396, 219421, 219445, 219458, 219473, 219494, 219503, 219525, 219553, 219569, 219591, 219611, 219621, 219636, 219649, 219673, 219703, 219721, 219745, 219767, 219786, 219811, 219824, 219850, 219882, 219902, 219928, 219952, 219971, 219988, 220016, 220050, 220072, 220100, 220126, 220151, 220182, 220201, 220226, 220249, 220270, 220297, 220312, 220333, 220352, 220366, 220376, 220387, 220395, 220404, 220419, 220435, 220452, 220467, 220476, 220486, 220491, 220496, 220502, 220509, 220512, 220516, 220523, 220534, 220543, 220551, 220559, 220569, 220578, 220587, 220594, 220599, 220606, 220626, 220651, 220666, 220686, 220701, 220721, 220728, 220735, 220745, 220755, 220761, 220775, 220787, 220801, 220817, 220831, 220843, 220856, 220872, 220884, 220888, 220898, 220917, 220935, 220958, 220976, 220988, 221014, 221040, 221060, 221084, 221094, 221108, 221127, 221148, 221164, 221179, 221196, 221212, 221234, 221249, 221266, 221275, 221292, 221314, 221339, 221368, 221387, 221407, 221431, 221445, 221451, 221458, 221466, 221480, 221499, 221516, 221531, 221545, 221561, 221582, 221595, 221613, 221630, 221646, 221666, 221681, 221700, 221712, 221720, 221729, 221752, 221775, 221788, 221808, 221828, 221848, 221868, 221881, 221889, 221899, 221906, 221914, 221919, 221932, 221946, 221949, 221953, 221957, 221969, 221978, 221988, 221993, 222006, 222016, 222028, 222041, 222051, 222064, 222075, 222084, 222099, 222111, 222121, 222131, 222140, 222154, 222170, 222187, 222201, 222218, 222233, 222246, 222265, 222281, 222295, 222308, 222321, 222334, 222339, 222356, 222378, 222395, 222412, 222435, 222459, 222480, 222507, 222535, 222560, 222589, 222614, 222622, 222627, 222632, 222637, 222645, 222654, 222667, 222691, 222716, 222734, 222753, 222775, 222798, 222817, 222841, 222866, 222891, 222917, 222933, 222950, 222962, 222978, 222995, 223007, 223027, 223048, 223068, 223089, 223103, 223109, 223131, 223154, 223170, 223187, 223207, 223228, 223239, 223261, 223284, 223307, 223331, 223345, 223360, 223374, 223389, 223402, 223420, 223439, 223457, 223476, 223484, 223493, 223512, 223528, 223535, 223541, 223549, 223559, 223563, 223568, 223571, 223577, 223585, 223596, 223610, 223617, 223624, 223636, 223661, 223678, 223692, 223705, 223719, 223733, 223748, 223764, 223775, 223787, 223802, 223812, 223821, 223830, 223838, 223855, 223874, 223882, 223891, 223902, 223920, 223938, 223961, 223981, 224006, 224022, 224045, 224064, 224085, 224101, 224118, 224142, 224157, 224173, 224183, 224195, 224207, 224219, 224232, 224244, 224257, 224271, 224278, 224286, 224300, 224318, 224331, 224351, 224372, 224390, 224414, 224439, 224461, 224487, 224509, 224524, 224541, 224558, 224575, 224597, 224615, 224634, 224658, 224673, 224694, 224716, 224732, 224745, 224759, 224777, 224797, 224812, 224828, 224842, 224865, 224878, 224892, 224907, 224917, 224928, 224938, 224943, 224949, 224962, 224976, 224986, 224997, 225008, 225027, 225051, 225071, 225087, 225101, 225115, 225129, 225148, 225163, 225179, 225200, 225212, 225230, 225249, 225262, 225272, 225287, 225304, 225316, 225329, 225340, 225360, 225370, 225381, 225394, 225408, 225420, 225438, 225459, 225474, 225489, 225503, 225511, 225527, 225552, 225568, 225582, 225602, 225616, 225629, 225641, 225649, 225664, 225678, 225699, 225717, 225734, 225752, 225765, 225783, 225802, 225822, 225833, 225845, 225858, 225873, 225889, 225908, 225922, 225935, 225949, 225962, 225974, 225985, 225993, 226003, 226014, 226023, 226034, 226046, 226065, 226083, 226101, 226120, 226135, 226156, 226174, 226188, 226209, 226217, 226224, 226230, 226237, 226254, 226265, 226277, 226288, 226298, 226306, 226318, 226329, 226344, 226350, 226361, 226371, 226381, 226394, 226403, 226411, 226423, 226432, 226440, 226461, 226482, 226493, 226511, 226529, 226547, 226565, 226576, 226583, 226591, 226604, 226620, 226638, 226659, 226683, 226688, 226694, 226712, 226727, 226741, 226752, 226756, 226761, 226767, 226770, 226774, 226784, 226799, 226815, 226829, 226848, 226865, 226880, 226896, 226909, 226925, 226942, 226956, 226971, 226987, 226998, 227010, 227023, 227043, 227059, 227072, 227086, 227099, 227110, 227124, 227139, 227159, 227178, 227197, 227218, 227238, 227258, 227270, 227283, 227300, 227316, 227332, 227350, 227367, 227384, 227395, 227403, 227411, 227427, 227439, 227443, 227460, 227474, 227482, 227498, 227517, 227528, 227548, 227563, 227583, 227598, 227612, 227627, 227640, 227659, 227681, 227697, 227712, 227728, 227741, 227758, 227763, 227768, 227770, 227776, 227780, 227790, 227798, 227806, 227813, 227822, 227837, 227845, 227855, 227865, 227876, 227885, 227895, 227900, 227910, 227928, 227942, 227957, 227972, 227986, 228000, 228021, 228035, 228044, 228058, 228066, 228082, 228093, 228103, 228115, 228130, 228145, 228156, 228167, 228179, 228191, 228209, 228226, 228239, 228253, 228267, 228280, 228293, 228313, 228326, 228332, 228343, 228361, 228370, 228385, 228399, 228414, 228429, 228445, 228462, 228474, 228487, 228503, 228514, 228524, 228534, 228543, 228551, 228561, 228571, 228581, 228589, 228598, 228610, 228616, 228623, 228631, 228640, 228650, 228666, 228675, 228686, 228699, 228712, 228725, 228739, 228752, 228766, 228778, 228789, 228800, 228813, 228825, 228837, 228851, 228858, 228871, 228878, 228897, 228913, 228923, 228938, 228950, 228962, 228969, 228976, 228993, 229010, 229016, 229023, 229029, 229036, 229044, 229053, 229059, 229066, 229074, 229082, 229087, 229093, 229101, 229118, 229136, 229149, 229161, 229167, 229173, 229180, 229199, 229215, 229230, 229242, 229250, 229257, 229265, 229274, 229280, 229287, 229298, 229304, 229312, 229318, 229328, 229348, 229365, 229381, 229394, 229405, 229413, 229435, 229454, 229472, 229487, 229496, 229506, 229517, 229522, 229531, 229541, 229556, 229573, 229590, 229602, 229614, 229633, 229648, 229666, 229683, 229703, 229721, 229743, 229764, 229781, 229798, 229811, 229825, 229835, 229840, 229846, 229855, 229870, 229884, 229896, 229907, 229918, 229943, 229964, 229975, 229992, 230004, 230015, 230027, 230042, 230053, 230065, 230072, 230082, 230093, 230102, 230119, 230134, 230151, 230170, 230187, 230202, 230221, 230238, 230257, 230274, 230290, 230311, 230330, 230349, 230364, 230381, 230393, 230406, 230422, 230443, 230467, 230495, 230513, 230532, 230555, 230568, 230576, 230594, 230609, 230619, 230633, 230642, 230667, 230678, 230696, 230718, 230737, 230755, 230770, 230777, 230788, 230802, 230820, 230833, 230845, 230857, 230869, 230882, 230893, 230901, 230910, 230919, 230937, 230956, 230971, 230992, 231010, 231024, 231045, 231056, 231068, 231081, 231105, 231122, 231150, 231179, 231201, 231224, 231250, 231277, 231300, 231328, 231357, 231386, 231416, 231436, 231457, 231473, 231493, 231514, 231530, 231554, 231579, 231603, 231628, 231646, 231656, 231667, 231681, 231698, 231715, 231730, 231743, 231762, 231778, 231792, 231799, 231807, 231816, 231840, 231846, 231854, 231861, 231871, 231886, 231898, 231923, 231944, 231961, 231976, 231982, 231989, 231997, 232010, 232026, 232042, 232056, 232068, 232086, 232101, 232114, 232120, 232127, 232141, 232152, 232168, 232182, 232198, 232216, 232232, 232246, 232261, 232279, 232293, 232310, 232325, 232342, 232361, 232378, 232393, 232409, 232428, 232443, 232453, 232461, 232467, 232475, 232482, 232502, 232519, 232535, 232548, 232551, 232563, 232575, 232585, 232594, 232603, 232610, 232615, 232620, 232626, 232637, 232645, 232660, 232669, 232680, 232690, 232703, 232722, 232742, 232759, 232782, 232806, 232827, 232852, 232873, 232890, 232899, 232911, 232929, 232948, 232964, 232986, 233009, 233029, 233053, 233073, 233077, 233083, 233089, 233094, 233101, 233109, 233125, 233129, 233134, 233137, 233141, 233154, 233166, 233171, 233177, 233198, 233220, 233235, 233251, 233270, 233290, 233311, 233333, 233355, 233378, 233391, 233405, 233418, 233432, 233441, 233458, 233476, 233493, 233511, 233527, 233530, 233549, 233564, 233588, 233608, 233633, 233653, 233674, 233694, 233709, 233732, 233751, 233779, 233803, 233832, 233856, 233881, 233905, 233924, 233944, 233960, 233966, 233973, 233982, 233997, 234015, 234029, 234048, 234064, 234078, 234093, 234106, 234114, 234124, 234146, 234155, 234177, 234193, 234213, 234224, 234237, 234253, 234272, 234284, 234285, 234292, 234301, 234310, 234320, 234326, 234333, 234344, 234356, 234369, 234387, 234402, 234417, 234430, 234444, 234461, 234478, 234489, 234499, 234511, 234526, 234543, 234558, 234571, 234587, 234599, 234618, 234631, 234643, 234656, 234671, 234684, 234699, 234711, 234715, 234720, 234728, 234732, 234737, 234749, 234766, 234786, 234810, 234824, 234839, 234858, 234867, 234875, 234884, 234890, 234900, 234912, 234924, 234933, 234946, 234963, 234977, 234990, 234998, 235012, 235020, 235035, 235051, 235065, 235078, 235088, 235092, 235095, 235106, 235115, 235119, 235124, 235136, 235153, 235173, 235197, 235211, 235226, 235245, 235254, 235262, 235269, 235276, 235282, 235299, 235316, 235322, 235333, 235344, 235357, 235371, 235385, 235396, 235403, 235413, 235425, 235440, 235458, 235464, 235470, 235476, 235483, 235500, 235515, 235526, 235546, 235557, 235574, 235590, 235607, 235620, 235640, 235657, 235675, 235694, 235704, 235718, 235733, 235751, 235764, 235778, 235790, 235802, 235814, 235829, 235840, 235851, 235867, 235880, 235889, 235906, 235919, 235926, 235934, 235941, 235956, 235972, 235980, 235989, 236004, 236019, 236036, 236049, 236067, 236083, 236097, 236111, 236126, 236143, 236159, 236177, 236193, 236207, 236223, 236242, 236255, 236275, 236287, 236304, 236320, 236333, 236347, 236360, 236377, 236396, 236411, 236427, 236439, 236456, 236471, 236489, 236503, 236524, 236539, 236553, 236568, 236587, 236607, 236629, 236652, 236673, 236692, 236713, 236736, 236757, 236776, 236798, 236819, 236837, 236857, 236874, 236898, 236921, 236940, 236954, 236972, 236986, 236999, 237003, 237011, 237021, 237033, 237038, 237054, 237071, 237086, 237099, 237115, 237136, 237149, 237153, 237158, 237175, 237194, 237209, 237226, 237249, 237271, 237290, 237311, 237328, 237347, 237372, 237396, 237412, 237429, 237446, 237464, 237478, 237493, 237507, 237514, 237527, 237540, 237554, 237557, 237571, 237581, 237596, 237609, 237622, 237639, 237646, 237652, 237668, 237688, 237704, 237720, 237737, 237754, 237762, 237767, 237773, 237780, 237795, 237808, 237820, 237833, 237847, 237865, 237878, 237895, 237905, 237909, 237918, 237934, 237951, 237966, 237980, 237998, 238020, 238044, 238063, 238080, 238101, 238124, 238142, 238160, 238178, 238194, 238212, 238227, 238240, 238256, 238276, 238298, 238315, 238330, 238349, 238370, 238386, 238402, 238418, 238432, 238448, 238452, 238457, 238472, 238490, 238503, 238513, 238524, 238536, 238559, 238578, 238593, 238606, 238617, 238633, 238643, 238658, 238667, 238681, 238698, 238716, 238736, 238753, 238761, 238770, 238778, 238790, 238807, 238826, 238840, 238850, 238871, 238897, 238926, 238959, 238982, 239006, 239034, 239052, 239059, 239068, 239076, 239091, 239102, 239113, 239126, 239146, 239160, 239172, 239187, 239198, 239214, 239227, 239236, 239253, 239266, 239282, 239293, 239308, 239326, 239339, 239353, 239367, 239383, 239397, 239411, 239427, 239442, 239453, 239462, 239473, 239484, 239494, 239504, 239520, 239533, 239546, 239556, 239565, 239577, 239590, 239612, 239625, 239630, 239639, 239652, 239664, 239671, 239676, 239680, 239685, 239694, 239703, 239716, 239726, 239739, 239752, 239760, 239770, 239779, 239793, 239804, 239825, 239835, 239849, 239860, 239868, 239877, 239887, 239900, 239925, 239940, 239948, 239969, 239989, 239998, 240008, 240017, 240025, 240039, 240052, 240062, 240074, 240086, 240099, 240109, 240121, 240129, 240138, 240148, 240161, 240175, 240188, 240198, 240208, 240217, 240232, 240243, 240253, 240264, 240274, 240292, 240313, 240333, 240353, 240372, 240386, 240399, 240412, 240422, 240431, 240444, 240457, 240470, 240483, 240496, 240511, 240519, 240528, 240535, 240544, 240555, 240566, 240577, 240586, 240596, 240622, 240644, 240659, 240679, 240699, 240728, 240758, 240787, 240809, 240836, 240862, 240886, 240903, 240924, 240955, 240987, 241018, 241042, 241071, 241099, 241125, 241139, 241153, 241170, 241190, 241203, 241219, 241247, 241276, 241304, 241325, 241351, 241376, 241399, 241412, 241437, 241455, 241468, 241497, 241516, 241533, 241551, 241566, 241581, 241596, 241599, 241607, 241616, 241624, 241635, 241645, 241658, 241664, 241671, 241681, 241686, 241700, 241712, 241725, 241740, 241753, 241764, 241780, 241797, 241816, 241835, 241851, 241867, 241880, 241893, 241904, 241923, 241934, 241949, 241960, 241974, 241989, 242006, 242023, 242037, 242051, 242062, 242071, 242088, 242101, 242110, 242120, 242129, 242139, 242153, 242169, 242191, 242208, 242224, 242232, 242241, 242252, 242261, 242273, 242287, 242304, 242313, 242330, 242343, 242356, 242368, 242383, 242398, 242408, 242419, 242430, 242442, 242448, 242461, 242475, 242491, 242505, 242520, 242538, 242553, 242570, 242585, 242598, 242613, 242626, 242636, 242654, 242668, 242683, 242697, 242712, 242731, 242752, 242774, 242795, 242808, 242822, 242838, 242852, 242869, 242888, 242910, 242924, 242946, 242964, 242982, 242999, 243019, 243039, 243054, 243070, 243086, 243097, 243119, 243143, 243170, 243189, 243216, 243239, 243262, 243284, 243309, 243334, 243354, 243371, 243389, 243408, 243430, 243444, 243466, 243484, 243502, 243519, 243537, 243557, 243577, 243592, 243609, 243622, 243638, 243655, 243674, 243693, 243709, 243725, 243738, 243749, 243768, 243780, 243793, 243805, 243820, 243834, 243850, 243867, 243876, 243893, 243906, 243919, 243931, 243944, 243959, 243976, 243991, 244001, 244016, 244030, 244050, 244063, 244079, 244093, 244108, 244125, 244140, 244153, 244168, 244181, 244198, 244211, 244227, 244241, 244256, 244273, 244288, 244301, 244316, 244329, 244346, 244359, 244376, 244394, 244414, 244434, 244451, 244468, 244482, 244494, 244514, 244529, 244545, 244563, 244581, 244596, 244611, 244623, 244633, 244651, 244669, 244688, 244709, 244730, 244748, 244766, 244781, 244794, 244815, 244831, 244848, 244867, 244886, 244902, 244918, 244931, 244942, 244961, 244964, 244986, 245009, 245033, 245050, 245064, 245081, 245093, 245123, 245147, 245151, 245156, 245170, 245189, 245205, 245218, 245231, 245247, 245262, 245274, 245286, 245304, 245318, 245331, 245349, 245364, 245383, 245395, 245407, 245422, 245436, 245447, 245458, 245475, 245488, 245507, 245524, 245532, 245536, 245545, 245560, 245577, 245590, 245605, 245626, 245646, 245654, 245664, 245677, 245693, 245697, 245713, 245730, 245744, 245761, 245779, 245794, 245810, 245824, 245827, 245831, 245836, 245841, 245850, 245868, 245887, 245903, 245920, 245937, 245955, 245975, 245991, 245997, 246009, 246024, 246037, 246051, 246065, 246082, 246102, 246121, 246138, 246157, 246178, 246193, 246213, 246228, 246242, 246264, 246283, 246301, 246320, 246338, 246357, 246377, 246398, 246414, 246431, 246451, 246466, 246480, 246494, 246507, 246523, 246542, 246560, 246576, 246594, 246614, 246628, 246647, 246661, 246674, 246679, 246684, 246701, 246719, 246734, 246752, 246771, 246787, 246804, 246819, 246838, 246855, 246877, 246897, 246915, 246934, 246950, 246969, 246989, 247006, 247024, 247040, 247063, 247082, 247088, 247095, 247111, 247123, 247135, 247149, 247170, 247185, 247198, 247214, 247226, 247243, 247257, 247268, 247283, 247297, 247309, 247326, 247341, 247359, 247373, 247378, 247382, 247387, 247404, 247418, 247437, 247445, 247461, 247480, 247491, 247509, 247529, 247544, 247564, 247579, 247599, 247613, 247628, 247646, 247669, 247682, 247700, 247709, 247728, 247750, 247758, 247774, 247789, 247805, 247815, 247827, 247835, 247844, 247857, 247874, 247882, 247887, 247893, 247899, 247905, 247911, 247932, 247946, 247959, 247972, 247987, 248001, 248015, 248023, 248036, 248045, 248052, 248062, 248074, 248088, 248102, 248116, 248131, 248145, 248160, 248171, 248183, 248193, 248205, 248219, 248233, 248247, 248262, 248276, 248291, 248302, 248314, 248324, 248333, 248358, 248376, 248403, 248416, 248442, 248461, 248489, 248498, 248517, 248534, 248550, 248568, 248590, 248607, 248628, 248642, 248650, 248658, 248670, 248679, 248687, 248694, 248701, 248708, 248716, 248729, 248739, 248750, 248758, 248768, 248779, 248795, 248817, 248835, 248862, 248885, 248913, 248936, 248960, 248983, 249001, 249027, 249049, 249080, 249107, 249139, 249166, 249194, 249221, 249243, 249266, 249285, 249298, 249312, 249331, 249336, 249340, 249345, 249352, 249367, 249381, 249401, 249419, 249436, 249452, 249469, 249484, 249501, 249512, 249530, 249549, 249563, 249578, 249594, 249605, 249617, 249630, 249645, 249660, 249678, 249691, 249703, 249715, 249726, 249737, 249744, 249749, 249755, 249766, 249769, 249776, 249784, 249797, 249813, 249831, 249848, 249857, 249892, 249920, 249948, 249978, 249986, 250004, 250012, 250041, 250063, 250085, 250109, 250130, 250166, 250195, 250233, 250243, 250264, 250301, 250331, 250370, 250375, 250382, 250390, 250404, 250420, 250432, 250446, 250466, 250485, 250497, 250514, 250523, 250537, 250548, 250564, 250583, 250601, 250618, 250638, 250649, 250653, 250662, 250670, 250680, 250689, 250698, 250703, 250714, 250733, 250746, 250759, 250775, 250789, 250802, 250814, 250828, 250838, 250849, 250857, 250865, 250880, 250887, 250900, 250912, 250923, 250937, 250951, 250969, 250988, 251003, 251016, 251029, 251052, 251068, 251085, 251105, 251123, 251139, 251157, 251171, 251186, 251203, 251217, 251235, 251252, 251270, 251292, 251315, 251334, 251351, 251364, 251382, 251395, 251404, 251418, 251428, 251442, 251452, 251468, 251476, 251484, 251500, 251508, 251512, 251526, 251542, 251551, 251563, 251575, 251588, 251604, 251608, 251621, 251632, 251645, 251660, 251672, 251686, 251698, 251708, 251723, 251734, 251744, 251756, 251767, 251784, 251796, 251812, 251825, 251844, 251859, 251873, 251885, 251900, 251913, 251928, 251945, 251960, 251975, 251992, 252007, 252023, 252033, 252050, 252069, 252086, 252101, 252119, 252139, 252157, 252173, 252183, 252194, 252207, 252219, 252237, 252250, 252267, 252281, 252301, 252317, 252332, 252348, 252362, 252378, 252396, 252412, 252428, 252446, 252462, 252479, 252491, 252505, 252518, 252537, 252551, 252569, 252584, 252605, 252622, 252638, 252655, 252670, 252687, 252706, 252723, 252740, 252759, 252776, 252794, 252798, 252818, 252834, 252849, 252869, 252886, 252900, 252914, 252931, 252947, 252960, 252973, 252992, 253007, 253030, 253058, 253083, 253105, 253127, 253152, 253176, 253197, 253218, 253245, 253268, 253278, 253289, 253308, 253331, 253360, 253392, 253420, 253448, 253466, 253488, 253502, 253525, 253552, 253585, 253621, 253653, 253685, 253707, 253733, 253751, 253775, 253797, 253827, 253848, 253868, 253886, 253912, 253929, 253939, 253958, 253975, 253993, 254009, 254019, 254029, 254040, 254049, 254059, 254070, 254078, 254088, 254102, 254119, 254145, 254169, 254194, 254217, 254234, 254251, 254269, 254285, 254302, 254320, 254335, 254358, 254385, 254418, 254454, 254486, 254518, 254540, 254566, 254584, 254611, 254642, 254679, 254719, 254755, 254791, 254817, 254847, 254869, 254897, 254923, 254957, 254982, 255006, 255028, 255058, 255079, 255092, 255101, 255116, 255133, 255151, 255168, 255184, 255197, 255209, 255228, 255237, 255244, 255254, 255267, 255279, 255296, 255318, 255337, 255353, 255369, 255388, 255406, 255421, 255436, 255457, 255474, 255498, 255520, 255536, 255551, 255564, 255587, 255608, 255622, 255639, 255652, 255672, 255697, 255719, 255738, 255757, 255779, 255800, 255818, 255836, 255860, 255880, 255888, 255900, 255913, 255922, 255936, 255956, 255969, 255984, 255999, 256013, 256024, 256039, 256052, 256074, 256094, 256115, 256134, 256147, 256160, 256174, 256186, 256199, 256213, 256224, 256241, 256258, 256276, 256299, 256319, 256336, 256353, 256373, 256392, 256408, 256424, 256446, 256464, 256483, 256507, 256528, 256546, 256564, 256585, 256605, 256622, 256639, 256662, 256681, 256691, 256701, 256717, 256735, 256754, 256771, 256786, 256803, 256822, 256839, 256854, 256872, 256889, 256903, 256919, 256932, 256952, 256971, 256986, 257004, 257020, 257038, 257058, 257076, 257092, 257109, 257129, 257145, 257162, 257177, 257195, 257218, 257238, 257255, 257272, 257292, 257311, 257327, 257343, 257365, 257383, 257404, 257423, 257444, 257467, 257488, 257507, 257527, 257550, 257569, 257579, 257598, 257625, 257650, 257669, 257687, 257703, 257729, 257753, 257770, 257790, 257806, 257819, 257836, 257851, 257869, 257892, 257904, 257920, 257941, 257959, 257974, 257989, 258007, 258024, 258044, 258067, 258089, 258110, 258124, 258138, 258158, 258174, 258200, 258224, 258242, 258259, 258274, 258299, 258322, 258338, 258357, 258372, 258388, 258402, 258418, 258436, 258452, 258466, 258481, 258499, 258513, 258537, 258559, 258585, 258611, 258625, 258637, 258653, 258674, 258693, 258716, 258739, 258761, 258781, 258805, 258829, 258849, 258867, 258889, 258911, 258934, 258955, 258980, 259005, 259021, 259043, 259063, 259087, 259111, 259126, 259134, 259150, 259164, 259180, 259198, 259214, 259228, 259243, 259261, 259275, 259285, 259295, 259324, 259349, 259377, 259409, 259430, 259458, 259482, 259509, 259540, 259560, 259569, 259591, 259609, 259630, 259655, 259669, 259689, 259707, 259719, 259730, 259739, 259758, 259775, 259785, 259798, 259807, 259812, 259826, 259839, 259854, 259866, 259880, 259892, 259904, 259918, 259929, 259946, 259967, 259989, 260013, 260037, 260058, 260079, 260097, 260113, 260137, 260147, 260159, 260169, 260189, 260207, 260219, 260230, 260242, 260251, 260261, 260276, 260288, 260300, 260314, 260326, 260336, 260345, 260354, 260369, 260389, 260406, 260420, 260434, 260451, 260467, 260480, 260493, 260512, 260527, 260539, 260558, 260575, 260585, 260596, 260607, 260615, 260623, 260637, 260650, 260664, 260673, 260683, 260693, 260699, 260712, 260723, 260734, 260754, 260778, 260808, 260841, 260870, 260899, 260918, 260941, 260956, 260980, 261008, 261042, 261079, 261112, 261145, 261168, 261195, 261214, 261239, 261262, 261293, 261315, 261336, 261355, 261382, 261400, 261411, 261431, 261449, 261468, 261485, 261496, 261507, 261519, 261529, 261540, 261552, 261567, 261585, 261612, 261637, 261663, 261687, 261705, 261723, 261742, 261759, 261777, 261796, 261814, 261824, 261836, 261847, 261864, 261876, 261892, 261905, 261924, 261939, 261953, 261968, 261981, 261996, 262013, 262028, 262043, 262060, 262075, 262091, 262104, 262118, 262141, 262162, 262184, 262204, 262218, 262232, 262247, 262260, 262274, 262289, 262302, 262313, 262326, 262338, 262356, 262369, 262386, 262400, 262420, 262436, 262451, 262467, 262481, 262497, 262515, 262531, 262547, 262565, 262581, 262598, 262610, 262624, 262637, 262656, 262670, 262688, 262703, 262724, 262741, 262757, 262774, 262789, 262806, 262825, 262842, 262859, 262878, 262895, 262913, 262920, 262928, 262947, 262967, 262987, 263008, 263031, 263036, 263047, 263063, 263072, 263082, 263097, 263108, 263120, 263132, 263138, 263148, 263160, 263175, 263193, 263204, 263231, 263256, 263275, 263293, 263309, 263335, 263359, 263376, 263396, 263412, 263417, 263421, 263429, 263439, 263449, 263459, 263470, 263480, 263491, 263496, 263509, 263523, 263536, 263548, 263554, 263568, 263583, 263597, 263610, 263620, 263631, 263647, 263659, 263680, 263701, 263706, 263717, 263727, 263734, 263749, 263764, 263780, 263795, 263809, 263816, 263824, 263833, 263843, 263856, 263864, 263880, 263887, 263892, 263897, 263903, 263910, 263924, 263939, 263947, 263959, 263966, 263974, 263991, 264011, 264035, 264049, 264064, 264083, 264092, 264099, 264107, 264116, 264132, 264149, 264167, 264182, 264200, 264219, 264235, 264252, 264267, 264285, 264304, 264320, 264339, 264359, 264376, 264394, 264413, 264427, 264442, 264458, 264464, 264473, 264480, 264490, 264499, 264513, 264527, 264542, 264558, 264569, 264581, 264586, 264594, 264603, 264621, 264640, 264648, 264657, 264672, 264682, 264693, 264705, 264713, 264723, 264741, 264756, 264766, 264777, 264789, 264797, 264806, 264820, 264830, 264840, 264858, 264878, 264888, 264899, 264910, 264921, 264932, 264940, 264946, 264954, 264963, 264972, 264982, 265000, 265020, 265031, 265041, 265049, 265058, 265072, 265083, 265095, 265112, 265135, 265155, 265165, 265174, 265189, 265201, 265220, 265233, 265248, 265268, 265284, 265300, 265318, 265343, 265362, 265379, 265399, 265415, 265436, 265454, 265462, 265470, 265477, 265489, 265502, 265512, 265527, 265536, 265556, 265568, 265583, 265598, 265615, 265633, 265657, 265672, 265693, 265713, 265734, 265755, 265777, 265800, 265818, 265836, 265855, 265877, 265894, 265910, 265926, 265942, 265956, 265976, 265993, 266008, 266022, 266032, 266047, 266067, 266083, 266099, 266117, 266142, 266161, 266178, 266198, 266214, 266235, 266253, 266275, 266295, 266309, 266322, 266333, 266354, 266373, 266385, 266400, 266411, 266426, 266435, 266445, 266461, 266474, 266494, 266508, 266523, 266539, 266547, 266555, 266563, 266575, 266586, 266591, 266597, 266604, 266612, 266632, 266649, 266665, 266678, 266687, 266701, 266707, 266714, 266722, 266735, 266752, 266765, 266778, 266793, 266815, 266831, 266845, 266862, 266875, 266893, 266908, 266917, 266932, 266945, 266958, 266970, 266981, 267000, 267021, 267044, 267067, 267087, 267109, 267125, 267148, 267159, 267176, 267191, 267206, 267220, 267233, 267245, 267257, 267275, 267290, 267312, 267328, 267345, 267363, 267374, 267385, 267400, 267416, 267432, 267451, 267470, 267487, 267502, 267523, 267541, 267557, 267562, 267568, 267582, 267592, 267601, 267611, 267621, 267630, 267640, 267652, 267664, 267681, 267701, 267715, 267729, 267742, 267748, 267755, 267760, 267765, 267773, 267776, 267786, 267797, 267812, 267820, 267841, 267865, 267885, 267905, 267915, 267923, 267937, 267948, 267959, 267965, 267976, 267988, 268003, 268022, 268047, 268075, 268099, 268123, 268137, 268155, 268165, 268181, 268195, 268217, 268230, 268242, 268254, 268263, 268271, 268281, 268299, 268311, 268320, 268336, 268355, 268368, 268381, 268393, 268396, 268404, 268411, 268418, 268436, 268453, 268470, 268479, 268487, 268495, 268501, 268510, 268526, 268538, 268559, 268576, 268602, 268624, 268651, 268673, 268696, 268718, 268735, 268760, 268781, 268811, 268837, 268868, 268894, 268921, 268947, 268968, 268990, 269008, 269025, 269037, 269057, 269073, 269098, 269119, 269149, 269175, 269206, 269232, 269259, 269285, 269306, 269335, 269360, 269394, 269424, 269459, 269489, 269520, 269550, 269575, 269601, 269623, 269644, 269660, 269677, 269690, 269694, 269699, 269714, 269728, 269742, 269754, 269764, 269776, 269790, 269802, 269812, 269826, 269838, 269852, 269864, 269875, 269891, 269905, 269919, 269929, 269938, 269951, 269962, 269975, 269990, 270003, 270014, 270029, 270042, 270057, 270070, 270082, 270099, 270114, 270129, 270140, 270152, 270163, 270168, 270185, 270203, 270221, 270240, 270261, 270279, 270283, 270291, 270302, 270333, 270339, 270349, 270367, 270373, 270396, 270415, 270437, 270463, 270478, 270493, 270510, 270529, 270548, 270564, 270582, 270594, 270613, 270632, 270645, 270652, 270677, 270702, 270710, 270718, 270737, 270754, 270769, 270783, 270804, 270822, 270838, 270858, 270873, 270892, 270904, 270915, 270924, 270948, 270969, 270989, 271010, 271031, 271053, 271076, 271094, 271113, 271135, 271152, 271168, 271184, 271199, 271203, 271218, 271234, 271250, 271267, 271286, 271294, 271299, 271308, 271310, 271324, 271336, 271348, 271353, 271359, 271366, 271372, 271391, 271404, 271422, 271443, 271468, 271483, 271499, 271519, 271529, 271541, 271552, 271560, 271564, 271580, 271596, 271611, 271624, 271640, 271651, 271661, 271674, 271687, 271703, 271718, 271730, 271744, 271758, 271771, 271785, 271796, 271807, 271819, 271830, 271844, 271857, 271866, 271877, 271887, 271895, 271913, 271930, 271942, 271951, 271959, 271969, 271976, 271988, 272001, 272014, 272019, 272031, 272035, 272040, 272053, 272068, 272083, 272097, 272112, 272124, 272137, 272149, 272163, 272178, 272194, 272211, 272228, 272246, 272264, 272283, 272302, 272322, 272337, 272353, 272371, 272390, 272405, 272421, 272437, 272456, 272476, 272497, 272518, 272540, 272562, 272585, 272608, 272632, 272651, 272671, 272693, 272716, 272735, 272755, 272775, 272795, 272811, 272831, 272852, 272874, 272896, 272919, 272942, 272966, 272990, 273015, 273035, 273056, 273079, 273103, 273123, 273144, 273165, 273186, 273196, 273201, 273213, 273225, 273238, 273253, 273271, 273284, 273292, 273305, 273317, 273329, 273342, 273359, 273377, 273394, 273409, 273427, 273446, 273459, 273480, 273502, 273523, 273542, 273556, 273567, 273579, 273589, 273601, 273612, 273625, 273635, 273647, 273662, 273679, 273694, 273713, 273728, 273746, 273760, 273769, 273787, 273803, 273811, 273820, 273836, 273850, 273866, 273885, 273908, 273927, 273940, 273945, 273951, 273965, 273977, 273991, 274007, 274020, 274035, 274048, 274059, 274071, 274084, 274095, 274118, 274142, 274168, 274194, 274217, 274240, 274260, 274278, 274304, 274322, 274342, 274360, 274376, 274395, 274416, 274435, 274452, 274463, 274469, 274480, 274490, 274493, 274505, 274515, 274527, 274541, 274551, 274562, 274571, 274580, 274586, 274603, 274616, 274631, 274644, 274655, 274669, 274682, 274700, 274720, 274738, 274754, 274773, 274794, 274813, 274830, 274845, 274862, 274876, 274896, 274901, 274909, 274919, 274932, 274946, 274959, 274974, 274992, 275010, 275024, 275038, 275053, 275068, 275089, 275105, 275112, 275128, 275143, 275162, 275182, 275201, 275221, 275236, 275251, 275264, 275283, 275304, 275316, 275329, 275354, 275375, 275401, 275414, 275428, 275441, 275458, 275474, 275490, 275506, 275511, 275528, 275542, 275555, 275565, 275584, 275600, 275615, 275627, 275637, 275654, 275666, 275680, 275696, 275711, 275724, 275731, 275746, 275762, 275777, 275791, 275799, 275815, 275832, 275848, 275863, 275875, 275888, 275901, 275921, 275936, 275953, 275972, 275990, 276006, 276019, 276039, 276054, 276071, 276090, 276108, 276124, 276134, 276148, 276155, 276162, 276184, 276205, 276228, 276249, 276273, 276296, 276315, 276335, 276359, 276377, 276394, 276413, 276427, 276444, 276462, 276482, 276501, 276516, 276536, 276549, 276562, 276574, 276583, 276600, 276617, 276635, 276652, 276668, 276680, 276699, 276713, 276729, 276747, 276764, 276779, 276788, 276808, 276825, 276845, 276866, 276882, 276904, 276919, 276926, 276934, 276944, 276966, 276983, 276999, 277012, 277028, 277039, 277051, 277073, 277094, 277112, 277135, 277153, 277174, 277193, 277215, 277239, 277262, 277280, 277299, 277318, 277338, 277362, 277379, 277395, 277406, 277420, 277433, 277454, 277470, 277488, 277504, 277523, 277540, 277553, 277571, 277593, 277614, 277642, 277666, 277684, 277699, 277719, 277737, 277756, 277772, 277788, 277806, 277822, 277840, 277859, 277875, 277895, 277911, 277927, 277941, 277956, 277979, 277996, 278011, 278023, 278039, 278057, 278078, 278102, 278122, 278141, 278162, 278184, 278202, 278220, 278238, 278256, 278271, 278291, 278304, 278318, 278335, 278353, 278367, 278384, 278399, 278415, 278426, 278445, 278459, 278471, 278487, 278508, 278519, 278535, 278550, 278568, 278586, 278605, 278629, 278655, 278681, 278702, 278726, 278737, 278749, 278763, 278780, 278794, 278818, 278830, 278849, 278866, 278887, 278910, 278934, 278954, 278967, 278985, 279002, 279016, 279032, 279056, 279071, 279087, 279101, 279118, 279141, 279161, 279179, 279193, 279206, 279227, 279238, 279258, 279281, 279293, 279308, 279324, 279345, 279361, 279378, 279398, 279418, 279437, 279452, 279469, 279481, 279496, 279518, 279536, 279560, 279572, 279589, 279605, 279619, 279635, 279649, 279665, 279683, 279699, 279715, 279727, 279739, 279755, 279774, 279786, 279799, 279810, 279825, 279841, 279856, 279872, 279883, 279894, 279903, 279918, 279935, 279943, 279952, 279973, 279990, 280012, 280021, 280031, 280040, 280053, 280065, 280077, 280089, 280099, 280108, 280121, 280135, 280147, 280164, 280176, 280186, 280191, 280197, 280216, 280222, 280223, 280228, 280235, 280246, 280253, 280261, 280275, 280288, 280306, 280319, 280334, 280355, 280376, 280391, 280405, 280423, 280437, 280449, 280460, 280478, 280495, 280513, 280536, 280554, 280573, 280589, 280611, 280634, 280654, 280678, 280698, 280718, 280738, 280754, 280767, 280788, 280802, 280823, 280842, 280861, 280885, 280909, 280930, 280949, 280972, 280994, 281018, 281038, 281063, 281081, 281102, 281116, 281123, 281139, 281150, 281166, 281175, 281189, 281204, 281226, 281245, 281267, 281296, 281328, 281354, 281385, 281410, 281441, 281471, 281498, 281528, 281541, 281561, 281578, 281598, 281625, 281655, 281679, 281708, 281731, 281760, 281788, 281813, 281841, 281851, 281865, 281872, 281880, 281887, 281900, 281907, 281915, 281924, 281938, 281957, 281981, 282004, 282021, 282029, 282048, 282054, 282071, 282091, 282111, 282128, 282147, 282155, 282164, 282176, 282189, 282199, 282214, 282221, 282231, 282246, 282258, 282271, 282281, 282292, 282303, 282312, 282331, 282347, 282361, 282379, 282396, 282411, 282433, 282458, 282483, 282505, 282529, 282547, 282558, 282571, 282592, 282616, 282640, 282661, 282684, 282695, 282708, 282723, 282737, 282750, 282759, 282776, 282785, 282804, 282819, 282826, 282839, 282853, 282864, 282881, 282898, 282916, 282931, 282950, 282965, 282977, 282993, 283004, 283024, 283036, 283046, 283065, 283085, 283102, 283125, 283149, 283170, 283195, 283216, 283230, 283242, 283255, 283271, 283278, 283285, 283292, 283300, 283308, 283317, 283331, 283349, 283362, 283374, 283392, 283411, 283427, 283449, 283472, 283492, 283516, 283536, 283545, 283555, 283560, 283571, 283583, 283594, 283602, 283611, 283620, 283635, 283651, 283660, 283675, 283685, 283694, 283704, 283717, 283730, 283741, 283752, 283764, 283778, 283791, 283809, 283832, 283852, 283869, 283886, 283906, 283925, 283941, 283957, 283979, 283997, 284011, 284025, 284043, 284061, 284073, 284092, 284109, 284122, 284135, 284155, 284173, 284192, 284202, 284214, 284227, 284246, 284270, 284291, 284309, 284327, 284348, 284368, 284385, 284402, 284425, 284444, 284457, 284470, 284485, 284505, 284530, 284552, 284571, 284590, 284612, 284633, 284651, 284669, 284693, 284713, 284734, 284760, 284783, 284803, 284823, 284846, 284868, 284887, 284906, 284931, 284952, 284968, 284983, 284999, 285009, 285022, 285034, 285047, 285058, 285069, 285083, 285094, 285109, 285121, 285131, 285143, 285154, 285163, 285180, 285196, 285210, 285225, 285241, 285253, 285266, 285286, 285306, 285323, 285344, 285362, 285376, 285385, 285396, 285408, 285417, 285427, 285443, 285458, 285475, 285486, 285497, 285507, 285516, 285528, 285536, 285550, 285559, 285569, 285581, 285594, 285607, 285615, 285629, 285640, 285650, 285663, 285677, 285693, 285707, 285722, 285737, 285751, 285762, 285775, 285792, 285804, 285817, 285829, 285843, 285852, 285862, 285874, 285887, 285905, 285916, 285932, 285944, 285954, 285966, 285980, 285989, 286000, 286015, 286031, 286044, 286058, 286072, 286086, 286100, 286112, 286128, 286138, 286150, 286171, 286195, 286218, 286240, 286250, 286259, 286270, 286281, 286291, 286302, 286316, 286326, 286339, 286355, 286371, 286384, 286395, 286408, 286422, 286438, 286452, 286467, 286478, 286491, 286501, 286507, 286519, 286532, 286542, 286558, 286573, 286589, 286610, 286626, 286643, 286657, 286675, 286693, 286707, 286719, 286740, 286759, 286779, 286797, 286809, 286821, 286834, 286845, 286857, 286870, 286876, 286887, 286903, 286924, 286944, 286958, 286959, 286973, 286978, 286995, 287004, 287011, 287025, 287038, 287043, 287054, 287057, 287075, 287095, 287115, 287131, 287136, 287146, 287159, 287170, 287181, 287191, 287201, 287213, 287227, 287250, 287271, 287304, 287318, 287332, 287338, 287360, 287372, 287382, 287400, 287412, 287432, 287456, 287470, 287493, 287512, 287526, 287540, 287552, 287572, 287586, 287598, 287611, 287633, 287650, 287676, 287686, 287696, 287706, 287716, 287730, 287742, 287760, 287769, 287778, 287790, 287796, 287802, 287808, 287814, 287820, 287826, 287832, 287838, 287844, 287850, 287856, 287865, 287871, 287877, 287883, 287889],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[64, 782, 2374, 2377, 2525, 5065, 5909, 7337, 7338, 8028, 8052, 8090, 8118, 8121, 8435]), Anchor::All(&[Anchor::Lits(&[10034, 10130, 10188, 10652, 10654, 12066, 12071, 12097, 12102, 12875, 13279, 15093, 15106, 15476, 15614, 15687, 16711, 17609]), Anchor::Lits(&[8529, 9727, 10235, 10509, 10691, 10701, 10703, 10714, 10766, 10768, 10828, 10849, 10856, 10891, 10928, 11100, 11108, 11130, 11137, 11173, 11210, 11806, 11859, 11975, 12547, 12549, 12605, 12608, 13264, 13794, 13864, 13888, 13932, 13970, 13972, 14017, 14187, 14275, 14591, 14597, 14605, 14610, 14737, 14739, 14741, 15153, 15205, 15769, 15920, 16067, 16570, 16576, 16578, 16580, 16584, 16586, 16742, 17491, 17494, 17601, 17749])]), Anchor::All(&[Anchor::Lits(&[8529, 9727, 10235, 10509, 10691, 10701, 10703, 10714, 10766, 10768, 10828, 10849, 10856, 10891, 10928, 11100, 11108, 11130, 11137, 11173, 11210, 11806, 11859, 11975, 12547, 12549, 12605, 12608, 13264, 13794, 13864, 13888, 13932, 13970, 13972, 14017, 14187, 14275, 14591, 14597, 14605, 14610, 14737, 14739, 14741, 15153, 15205, 15769, 15920, 16067, 16570, 16576, 16578, 16580, 16584, 16586, 16742, 17491, 17494, 17601, 17749]), Anchor::Lits(&[65, 167, 1794, 2311, 2318, 2524, 2694, 3001, 4386, 4543, 4809, 4956, 4975, 4981, 5007, 5064, 5541, 5615, 6277]), Anchor::Lits(&[206, 354, 1903, 1914])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[1363, 1365, 1374, 2699, 2708, 3003, 3043, 3785, 4474, 4546, 4953, 4959, 5048, 6282, 6285, 6293, 6365, 6387, 8010, 8026, 8028, 8034, 8074, 8078, 8118, 8435]), Anchor::All(&[Anchor::Lits(&[10034, 10130, 10652, 10654, 12066, 12071, 12097, 12102, 12875, 15093, 15106, 15617, 15687, 16711, 17609]), Anchor::Lits(&[8529, 9727, 10235, 10509, 10691, 10701, 10703, 10714, 10766, 10768, 10828, 10849, 10856, 10891, 10928, 11100, 11108, 11130, 11137, 11173, 11210, 11806, 11859, 11975, 12547, 12549, 12605, 12608, 13264, 13794, 13864, 13888, 13932, 13970, 13972, 14017, 14187, 14275, 14591, 14597, 14605, 14610, 14737, 14739, 14741, 15153, 15205, 15769, 15920, 16067, 16570, 16576, 16578, 16580, 16584, 16586, 16742, 17491, 17494, 17601, 17749]), Anchor::Lits(&[8803, 9039, 11454, 18808])]), Anchor::All(&[Anchor::Lits(&[8529, 9727, 10235, 10509, 10691, 10701, 10703, 10714, 10766, 10768, 10828, 10849, 10856, 10891, 10928, 11100, 11108, 11130, 11137, 11173, 11210, 11806, 11859, 11975, 12547, 12549, 12605, 12608, 13264, 13794, 13864, 13888, 13932, 13970, 13972, 14017, 14187, 14275, 14591, 14597, 14605, 14610, 14737, 14739, 14741, 15153, 15205, 15769, 15920, 16067, 16570, 16576, 16578, 16580, 16584, 16586, 16742, 17491, 17494, 17601, 17749]), Anchor::Lits(&[10022, 10654, 12068, 12102, 12875, 13278, 15106, 15475, 15614, 15686, 15691]), Anchor::Lits(&[9039, 11271, 11454])]), Anchor::All(&[Anchor::Lits(&[8999, 9001, 9009, 9018, 9019, 9020, 9023, 9031, 9033, 9034, 9037, 14375, 14377, 14385, 14394, 14395, 14396, 14399, 14407, 14409, 14410, 14413, 16145, 16147, 16155, 16164, 16165, 16166, 16169, 16177, 16180, 16182, 16186, 16420, 16421, 16422, 16423, 16424, 16425, 16426, 16427, 16428, 16429, 16430, 16431, 16432, 16433, 16435, 16436, 16437, 16438, 16439, 16440, 16441, 16442, 16930, 16931, 16932, 16933, 16934, 16935, 16936, 16937, 16938, 16939, 16940, 16941, 16942, 16943, 16944, 16945, 16946, 16947, 16948, 16949, 16950, 16951, 17047, 17048, 17049, 17050, 17051, 17052, 17053, 17054, 17055, 17056, 17057, 17068, 17069, 17070, 17071, 17072, 17073, 17074, 17075, 17076, 17077, 17078, 17105, 17106, 17107, 17108, 17109, 17110, 17111, 17112, 17113, 17114, 17115, 17116, 17117, 17118, 17119, 17120, 17121, 17122, 17123, 17124, 17125, 17126, 17157, 17158, 17159, 17160, 17161, 17162, 17163, 17164, 17165, 17166, 17167, 17195, 17196, 17197, 17198, 17199, 17200, 17201, 17206, 17207, 17208, 17209, 17318, 17326, 17327, 17332, 17333, 17334, 17335, 17336, 17337, 17338, 17339, 17340, 17341, 17342, 17343, 17344, 17345, 17350, 17351, 17352, 17353, 17358, 18829, 18830, 18831, 18832, 18833, 18834, 18835, 18836, 18837, 18838, 18839, 18855, 18856, 18857, 18858, 18859, 18860, 18861, 18862, 18863, 18864, 18865, 18869, 18870, 18871, 18872, 18873, 18874, 18875, 18876, 18877, 18878, 18879, 18880, 18881, 18882, 18883, 18884, 18885, 18886, 18887, 18888, 18889, 18890]), Anchor::Lits(&[8529, 9727, 10235, 10509, 10691, 10701, 10703, 10714, 10766, 10768, 10828, 10849, 10856, 10891, 10928, 11100, 11108, 11130, 11137, 11173, 11210, 11806, 11859, 11975, 12547, 12549, 12605, 12608, 13264, 13794, 13864, 13888, 13932, 13970, 13972, 14017, 14187, 14275, 14591, 14597, 14605, 14610, 14737, 14739, 14741, 15153, 15205, 15769, 15920, 16067, 16570, 16576, 16578, 16580, 16584, 16586, 16742, 17491, 17494, 17601, 17749])]), Anchor::All(&[Anchor::Lits(&[2120, 2130, 2133, 2134, 2135, 2136, 2137, 2138, 2208, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2235, 2245, 2248, 2249, 2250, 2252, 2253, 2255, 2258, 2259, 2260, 2261, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 3406, 6355, 6709, 6724]), Anchor::Lits(&[10034, 10130, 10652, 10654, 12066, 12071, 12097, 12102, 12875, 15093, 15106, 15617, 15687, 16711, 17609])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[6369, 6376, 6385, 6453, 6454, 6460, 6462, 6464, 6466, 6467, 7647, 7653, 7660, 7667, 7668, 7670, 7672, 7674, 7676, 7677, 8128, 8148, 8156, 8158, 8168, 8178, 8181, 8188, 8189, 8190, 8191, 8192, 8202, 8214, 8215, 8216, 8217, 8218, 8228, 8242, 8243, 8244, 8245, 8246, 8247, 8248, 8249, 8261, 8262, 8263, 8264, 8265, 8266, 8267, 8273, 8274, 8275, 8276, 8277, 8278, 8279, 8280, 8281, 8282, 8334, 8397]), Anchor::All(&[Anchor::Lits(&[8529, 9727, 10235, 10509, 10691, 10701, 10703, 10714, 10766, 10768, 10828, 10849, 10856, 10891, 10928, 11100, 11108, 11130, 11137, 11173, 11210, 11806, 11859, 11975, 12547, 12549, 12605, 12608, 13264, 13794, 13864, 13888, 13932, 13970, 13972, 14017, 14187, 14275, 14591, 14597, 14605, 14610, 14737, 14739, 14741, 15153, 15205, 15769, 15920, 16067, 16570, 16576, 16578, 16580, 16584, 16586, 16742, 17491, 17494, 17601, 17749]), Anchor::Lits(&[1128, 2585, 3523, 4914, 4922, 5063, 5382, 5474]), Anchor::Lits(&[8572, 8664, 10057, 10060, 10210, 10313, 10316, 10447, 10560, 10581, 12022, 14464, 15057, 15236, 15689, 15821, 16142, 16698, 17885])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[59, 880, 1160, 1281, 1434, 1440, 1441, 1443, 1447, 1449, 1499, 1508, 1514, 1537, 1571, 1671, 1674, 1683, 1689, 1719, 1753, 2312, 2316, 2515, 2772, 2774, 2792, 2795, 3500, 3934, 3960, 3975, 4027, 4095, 4097, 4119, 4222, 4415, 4718, 4720, 4723, 4724, 4826, 4827, 4828, 5106, 5132, 5607, 5700, 5857, 6119, 6121, 6125, 6127, 6130, 6132, 6307, 6783, 6784, 7209, 7319]), Anchor::Lits(&[8532, 9553, 11308, 12672, 12682, 13238, 15015, 15049, 16195, 17815, 17818, 18615, 18697, 18699, 18703, 18716, 18791, 18793, 18807, 19034]), Anchor::Lits(&[609, 2524, 3035, 5039, 6315, 7199, 7230, 8533, 9554, 11309, 12673, 12683, 15016, 15050, 16196, 17816, 17819, 18707, 18717, 18718, 19038])])),
            (4, "override-the-above", Anchor::Lits(&[65, 783, 4957, 5002])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[1392, 2576, 2585, 3040, 5045, 5060, 5474, 5539, 6293]), Anchor::Lits(&[880, 1443, 2312, 2774, 3975, 4027, 4720, 4826, 6127, 6132])])),
            (6, "override-previous-loosely", Anchor::Any(&[Anchor::Lits(&[15527]), Anchor::All(&[Anchor::Lits(&[1794, 4981, 5007]), Anchor::Lits(&[12549])])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[8530, 8531, 8906, 9736, 10236, 10510, 10696, 10702, 10704, 10765, 10767, 10773, 10850, 10857, 10892, 11101, 11131, 11138, 11174, 11857, 11860, 11976, 12548, 12602, 12606, 12609, 13795, 13865, 13889, 13933, 13971, 13973, 14018, 14188, 14240, 14294, 14592, 14601, 14609, 14611, 14738, 14740, 14742, 15154, 15206, 15770, 15921, 16126, 16571, 16579, 16581, 16585, 16587, 17492, 17495, 17602, 17753]), Anchor::All(&[Anchor::Lits(&[8529, 9727, 10235, 10509, 10691, 10701, 10703, 10714, 10766, 10768, 10828, 10849, 10856, 10891, 10928, 11100, 11108, 11130, 11137, 11173, 11210, 11806, 11859, 11975, 12547, 12549, 12605, 12608, 13264, 13794, 13864, 13888, 13932, 13970, 13972, 14017, 14187, 14275, 14591, 14597, 14605, 14610, 14737, 14739, 14741, 15153, 15205, 15769, 15920, 16067, 16570, 16576, 16578, 16580, 16584, 16586, 16742, 17491, 17494, 17601, 17749]), Anchor::Lits(&[65, 167, 1794, 2311, 2318, 2524, 2694, 3001, 4386, 4543, 4809, 4956, 4975, 4981, 5007, 5064, 5541, 5615, 6277]), Anchor::Lits(&[9885, 10034, 10255, 10652, 12006, 12516, 12819, 13571, 14235, 14509, 14789, 15106, 16840])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[6364, 6367, 6368, 6374, 6375, 6385, 6386, 6443, 6444, 6452, 6459, 6460, 6463, 6465, 6468, 7643, 7645, 7646, 7651, 7652, 7660, 7661, 7663, 7664, 7666, 7669, 7670, 7673, 7675, 7678])),
            (9, "override-everything-then-order", Anchor::Lits(&[1444, 1445, 1446, 2313, 2314, 2315, 2775, 2777, 2779, 3976, 3977, 3978, 4028, 4029, 4030, 5608, 5609, 5610])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::Lits(&[10211, 10212, 10213, 10218, 12728, 12729, 12730, 12731, 12740, 12741, 12742, 12743, 12881, 12883, 12887, 12904, 16842, 16843, 16844, 16847]), Anchor::All(&[Anchor::Lits(&[10715, 10716, 10717, 10718, 10719, 10720, 10721, 10722, 10723, 10724, 10725, 10726, 10727, 10728, 10729, 10730, 10731, 10732, 10733, 10734, 10735, 10736, 10737, 10738, 10739, 10740, 10741, 10742, 10743, 10744, 10745, 10746, 10747, 10748, 10749, 10750, 10751, 10752, 10753, 10754, 10756, 10757, 10758, 10759, 10760, 10761, 10762, 10763, 11807, 11808, 11809, 11810, 11811, 11812, 11813, 11814, 11815, 11816, 11817, 11818, 11819, 11820, 11821, 11822, 11823, 11824, 11825, 11826, 11827, 11828, 11829, 11830, 11831, 11832, 11833, 11834, 11835, 11836, 11837, 11838, 11839, 11840, 11841, 11842, 11843, 11844, 11845, 11846, 11848, 11849, 11850, 11851, 11852, 11853, 11854, 11855, 12550, 12551, 12552, 12553, 12554, 12555, 12556, 12557, 12558, 12559, 12560, 12561, 12562, 12563, 12564, 12565, 12566, 12567, 12568, 12569, 12570, 12571, 12572, 12573, 12574, 12575, 12576, 12577, 12578, 12579, 12580, 12581, 12582, 12583, 12584, 12585, 12586, 12587, 12588, 12589, 12593, 12594, 12595, 12596, 12597, 12598, 12599, 12600, 16068, 16069, 16070, 16071, 16072, 16073, 16074, 16075, 16076, 16077, 16078, 16079, 16080, 16081, 16082, 16083, 16085, 16086, 16087, 16088, 16089, 16090, 16091, 16093, 16096, 16097, 16098, 16099, 16100, 16101, 16106, 16107, 16108, 16109, 16110, 16111, 16112, 16115, 16116, 16117, 16118, 16119, 16120, 16121, 16122, 16123, 16124, 16125]), Anchor::Lits(&[8995, 9908, 10469, 11760, 11761, 11762, 14567, 14571, 14573, 15020, 15022, 15025, 15375, 15393, 15395, 15460, 15461, 15750, 16522, 16829, 16830, 18608])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[10034, 10130, 10188, 10652, 10654, 12066, 12071, 12097, 12102, 12875, 13279, 15093, 15106, 15476, 15614, 15687, 16711, 17609]), Anchor::Any(&[Anchor::Lits(&[9192, 9193, 10805, 10875, 10984, 10997, 11044, 11059, 11072, 11156, 12986, 12987, 13964, 13965, 13969, 13977, 13980]), Anchor::All(&[Anchor::Lits(&[48, 49, 165, 923, 924, 1289, 1313, 1411, 1860, 1885, 1993, 2053, 2054, 2536, 2790, 3139, 3164, 3456, 3513, 4099, 4107, 4165, 4168, 4170, 4172, 4176, 4220, 4241, 4270, 4535, 4675, 4692, 5221, 5300, 5322, 5356, 5358, 5410, 5428, 6173, 6181, 6238, 7489, 7757, 7870, 7963]), Anchor::Lits(&[9188, 12019, 12131, 12153, 12208, 12971, 13643, 15933, 15947, 18105, 18297])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[736, 922, 925, 2622, 2652, 3140, 3141, 4680, 4681, 4720, 4722, 4724, 4725, 5321, 5323, 6180, 6182, 6308, 6310, 7258, 7259, 7749]), Anchor::Lits(&[65, 167, 206, 354, 1794, 1914, 2311, 2318, 2524, 2694, 3001, 4386, 4543, 4547, 4809, 4956, 4975, 4981, 5007, 5064, 5541, 5615, 6277, 8127]), Anchor::Lits(&[10022, 10224, 10654, 12097, 12875, 13540, 13572, 14498, 14873, 14898, 15106, 15617])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[7987, 8016, 8029, 8035, 8116, 8430]), Anchor::All(&[Anchor::Lits(&[61, 62, 136, 137, 1086, 1087, 2097, 2108, 2725, 2726, 3536, 3537, 4223, 4233, 5359, 5360, 6115, 6116]), Anchor::Lits(&[9822, 10799, 11066, 13811, 13962, 14002, 15197, 16567, 18632, 18645, 18725, 18727, 18784, 18785, 19015])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1945, 1946, 1947, 1948, 3399, 3400, 3403, 3410, 4481, 4482, 4485, 4491, 5986, 5987, 5988, 5989, 8534, 8537, 8540, 8542, 8549, 8551, 8553, 8555, 8605, 8611, 8612, 8972, 8973, 8978, 8990, 8991, 8992, 8993, 9582, 9597, 9615, 9616, 9617, 10076, 10077, 10078, 10080, 10081, 10082, 10083, 10084, 10085, 10086, 10087, 10088, 10089, 10090, 10091, 10092, 10093, 10094, 10095, 10096, 10097, 10098, 10099, 10100, 10102, 10105, 10108, 10111, 10113, 10174, 10175, 10177, 10182, 10227, 10228, 10229, 10387, 10388, 10389, 10390, 10501, 10502, 10503, 10504, 10565, 10570, 10571, 10573, 10577, 10578, 10580, 11313, 11317, 11319, 11320, 11323, 11325, 11327, 11607, 11608, 11609, 11610, 11611, 11612, 11732, 11735, 11737, 11739, 11741, 11743, 11745, 11765, 11767, 11768, 11769, 11913, 11915, 12308, 12317, 12319, 12320, 12325, 12329, 12334, 12684, 13144, 13148, 13152, 13158, 13168, 13169, 13334, 13335, 13336, 13337, 14201, 14202, 14203, 14204, 14206, 14207, 14208, 14209, 14210, 14211, 14212, 14213, 14214, 14215, 14217, 14220, 14223, 14226, 14228, 14312, 14316, 14320, 14326, 14336, 14337, 14533, 14539, 14541, 14542, 14546, 14548, 14551, 14981, 14982, 14983, 14997, 15001, 15003, 15004, 15008, 15010, 15012, 15033, 15037, 15039, 15040, 15043, 15045, 15047, 15315, 15316, 15318, 15320, 15457, 15458, 15459, 16197, 16412, 16413, 16414, 16415, 16416, 16417, 16704, 16710, 16711, 16714, 16720, 16721, 16724, 16737, 16738, 16739, 16740, 16744, 16745, 16746, 16747, 17621, 17622, 17628, 17637, 18771, 18795])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[685, 1033, 2752, 2753, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 4843, 7987, 8018, 8020, 8037, 8038, 8039, 8040, 8041, 8042, 8043, 8044, 8045, 8048, 8049, 8050, 8051, 8053, 8054, 8055, 8056, 8057, 8058, 8060, 8068, 8069, 8073, 8075, 8093, 8094, 8098, 8099, 8100, 8101, 8102, 8103, 8104, 8105, 8107, 8108, 8109, 8110, 8111, 8112, 8113, 8114, 8123, 8124, 8398, 8421, 8422, 8423, 8424, 8425, 8426, 8427, 8428, 8431, 8432, 8433, 8434, 8436, 8437, 8438, 8439]), Anchor::Lits(&[9710, 9727, 9902, 10669, 10714, 11441, 11806, 12549, 14597, 16067, 18043])])),
            (16, "deceive-the-user", Anchor::Lits(&[2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 7367, 7369, 7371, 7372, 7373, 7378, 7379, 7380, 7381, 7382, 9732, 9734, 9735, 9736, 10751, 10754, 10764, 10765, 10803, 10867, 10870, 10876, 10887, 10912, 10921, 11070, 11148, 11151, 11158, 11169, 11194, 11203, 11843, 11846, 11856, 11857, 12341, 12343, 12345, 12350, 12586, 12589, 12601, 12602, 13823, 13873, 13876, 13881, 13892, 13916, 13925, 18416, 18487, 18491, 18495, 18503, 18514, 18544, 18555, 18561, 18562, 18570])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[605, 717, 797, 4271, 4444, 4445, 4456, 7030]), Anchor::Lits(&[3414, 3415, 3416, 3417, 3418, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3471, 3472, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 4762, 4763, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4774, 4775, 4776, 4883, 4884, 4885, 4886, 4887, 4888, 4889, 4890, 4891, 4892, 4893, 4894, 4895, 4896, 4897, 5101, 5102, 5103, 5104, 5105, 5109, 5110, 5111, 5112, 5113, 5114, 5115, 5116, 5117, 5120, 5695, 5696, 5697, 5698, 5699, 5717, 5718, 5719, 5720, 5721, 5722, 5723, 5724, 5726, 5735, 5747, 5748, 5749, 5750, 5751, 5752, 5753, 5754, 5755, 5756, 5757, 5758, 5759, 5760, 5761, 6245, 6246, 6247, 6248, 6249, 6250, 6251, 6252, 6253, 6255, 6256, 6262, 6265, 6266, 6267, 7264, 7265, 7266, 7267, 7268, 7270, 7271, 7272, 7273, 7275, 7276, 7282, 7285, 7286, 7289])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[9633, 9982, 9983, 9985, 9986, 9989, 9992, 10002, 10003, 10004, 10005, 10514, 10515, 10518, 10520, 11220, 11221, 11226, 11240, 11417, 11418, 11419, 11420, 11421, 11422, 11423, 11424, 11755, 11756, 11757, 11758, 11901, 11902, 11911, 14614, 14615, 14616, 14619, 15144, 15145, 15146, 15147, 15345, 15346, 15347, 15348, 15360, 15361, 15362, 15363, 15366, 15367, 15368, 15369, 15443, 15444, 15446, 15449, 15451, 15452, 15453, 15454, 15564, 15565, 15566, 15567, 16728, 17750, 17751, 17752, 17753, 18322, 18323, 18324, 18325, 18326, 18327, 18328, 18329]), Anchor::All(&[Anchor::Lits(&[837, 979, 1897, 2585, 5389, 5480, 5540]), Anchor::Lits(&[18366, 18402])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[173, 174, 175, 176, 4424, 4425, 4455, 4475, 6854, 6855, 7029, 7177, 7774, 7775, 7795, 7866]), Anchor::Lits(&[18809, 18812, 18813, 18814, 18815, 18816, 18817, 18818, 18819, 18820, 18821, 18822, 18823, 18824, 18826, 18827, 18828, 18840, 18842, 18847, 18848, 18850, 18851, 18852, 18853, 18854, 18866, 18867, 18868, 18891, 18892, 18893, 18894, 18895, 18896, 18897, 18898, 18900, 18902, 18903, 18905, 18906, 18907, 18908, 18909, 18910, 18911, 18912, 18913, 18914, 18917, 18919, 18920, 18921, 18922, 18923, 18924, 18925, 18927, 18929, 18930, 18931, 18933, 18934, 18935, 18936, 18938, 18939, 18941, 18942, 18943, 18944, 18949, 18951, 18952, 18954, 18955, 18956, 18958, 18961, 18962, 18964, 18965, 18966, 18967, 18969, 18970, 18972, 18973, 18974, 18975, 18976, 18977, 18979, 18980, 18981, 18982, 18987, 18988, 18989, 18990, 18991, 18992, 18993, 18995, 18996, 18999, 19000, 19003, 19004, 19005, 19006, 19007])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[6517, 6518, 6519, 6520, 6537, 6538, 6539, 6540, 6548, 6549, 6556, 6557, 6559, 6560, 6563, 6564, 6577, 6578, 6582, 6583, 8129, 8130, 8131, 8132, 8166, 8167, 8179, 8180, 8240, 8241, 8250, 8251, 8271, 8272, 8289, 8290, 8335, 8336, 8349, 8350]), Anchor::Lits(&[59, 880, 1160, 1281, 1434, 1440, 1441, 1443, 1447, 1449, 1499, 1508, 1514, 1537, 1571, 1671, 1674, 1683, 1689, 1719, 1753, 2312, 2316, 2515, 2772, 2774, 2792, 2795, 3500, 3934, 3960, 3975, 4027, 4095, 4097, 4119, 4222, 4415, 4718, 4720, 4723, 4724, 4826, 4827, 4828, 5106, 5132, 5607, 5700, 5857, 6119, 6121, 6125, 6127, 6130, 6132, 6307, 6783, 6784, 7209, 7319])])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[3861, 3862, 13934, 13935, 13937, 13938, 13939, 15052, 15053, 15054, 15055, 15056, 17822, 17823, 17824, 17825, 17826, 17870, 17871, 17872, 17873, 17874]), Anchor::All(&[Anchor::Lits(&[18615, 18702, 18760, 18789, 18793, 19008, 19033]), Anchor::Lits(&[10116, 11661, 11897, 12127, 13118, 13271, 14593, 15290, 15411, 15448, 15563, 17758])]), Anchor::All(&[Anchor::Lits(&[3182, 3184, 3187, 3205, 3206, 3208, 3209, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3227, 3228, 3233, 3234, 3235, 3236, 3237, 3238]), Anchor::Lits(&[18808])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[534, 542, 544, 556, 557, 558, 571, 572, 575, 576, 578, 580, 589, 604, 8029, 8047, 8106, 8116, 8430])),
            (23, "nothing-is-real", Anchor::Lits(&[375, 1120, 4074, 4155, 4183, 4184, 4185, 4186, 5476])),
            (24, "declined-now-allowed", Anchor::Any(&[Anchor::Lits(&[9499, 9500, 9501, 9502, 9503, 9504, 9505, 9641, 9642, 9643, 9644, 9645, 9646, 9647, 10533, 10534, 10535, 10536, 10537, 10538, 10539, 10683, 10684, 10685, 10686, 10687, 10688, 10689, 11797, 11798, 11799, 11800, 11801, 11802, 11803, 15097, 15098, 15099, 15100, 15101, 15102, 15103, 15468, 15469, 15470, 15471, 15472, 15473, 15474]), Anchor::All(&[Anchor::Lits(&[469, 470, 471, 475, 476, 484, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 3168, 3170, 3172, 3175, 3176, 3185, 3200, 3201, 3202, 3203, 3204, 3207, 3210, 3211, 3221, 3224]), Anchor::Lits(&[9640, 10384, 10385, 10470, 10532, 11795, 11796, 15314, 15334, 18604, 18605])])])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[3941, 7987, 8029, 8033, 8047, 8062, 8063, 8066, 8116, 8398, 8430, 9218, 10190, 10191, 10192, 10193, 10194, 10195, 10196, 10197, 10198, 10199, 10200, 10201, 10202, 10203, 10204, 10205, 10206, 10207, 12074, 12075, 12076, 12077, 12078, 12079, 12081, 12082, 12083, 12084, 12085, 12086, 12088, 12089, 12091, 12092, 12093, 12094, 12105, 12106, 12107, 12108, 12109, 12110, 12111, 12112, 12113, 12114, 12115, 12116, 12117, 12118, 12119, 12120, 12121, 12122, 12885, 12886, 12890, 12891, 12892, 12893, 12894, 12895, 12896, 12897, 12898, 12899, 12902, 12903, 12905, 12906, 12907, 12908, 13280, 13281, 13282, 13283, 13284, 13285, 13286, 13287, 13288, 13289, 13290, 13291, 13292, 13293, 13294, 13295, 13296, 13297, 13301, 13302, 13303, 13304, 13305, 13306, 13307, 13308, 13309, 13310, 13311, 13312, 13313, 13314, 13316, 13317, 13318, 13319, 14876, 14877, 14878, 14879, 14880, 14881, 14883, 14884, 14885, 14886, 14887, 14888, 14890, 14891, 14893, 14894, 14895, 14896, 14899, 14900, 14901, 14902, 14903, 14904, 14906, 14907, 14908, 14909, 14910, 14911, 14912, 14913, 14915, 14916, 14917, 14918, 15480, 15481, 15482, 15483, 15484, 15485, 15487, 15488, 15489, 15490, 15491, 15492, 15494, 15495, 15497, 15498, 15499, 15500, 15619, 15620, 15621, 15622, 15623, 15624, 15625, 15626, 15627, 15628, 15629, 15630, 15631, 15632, 15634, 15635, 15636, 15637, 17302]), Anchor::All(&[Anchor::Lits(&[18808]), Anchor::Lits(&[1313, 1993, 3139, 3513, 4091, 4099, 4107, 4172, 4241, 4675, 5410, 5428, 6044, 6181, 6238, 7489]), Anchor::Lits(&[1129, 2586, 3042, 4915, 4923, 5390, 5475, 6294])])])),
            (26, "ignore-governance-policies", Anchor::Any(&[Anchor::Lits(&[66, 67, 1800, 1802, 1987, 1988, 4544, 4545, 4995, 4997, 5013, 5015]), Anchor::All(&[Anchor::Lits(&[8529, 9727, 10235, 10509, 10691, 10701, 10703, 10714, 10766, 10768, 10828, 10849, 10856, 10891, 10928, 11100, 11108, 11130, 11137, 11173, 11210, 11806, 11859, 11975, 12547, 12549, 12605, 12608, 13264, 13794, 13864, 13888, 13932, 13970, 13972, 14017, 14187, 14275, 14591, 14597, 14605, 14610, 14737, 14739, 14741, 15153, 15205, 15769, 15920, 16067, 16570, 16576, 16578, 16580, 16584, 16586, 16742, 17491, 17494, 17601, 17749]), Anchor::Lits(&[8580, 8588, 8589, 8591, 8592, 10064, 10070, 10071, 10072, 10073, 10448, 10450, 10451, 10452, 10453, 12023, 12025, 12026, 12027, 12029, 13480, 13484, 13485, 13486, 13487, 15058, 15060, 15061, 15062, 15064, 15694, 15705, 15706, 15709, 15711, 15831, 15851, 15852, 15855, 15857]), Anchor::Lits(&[85, 1082, 1252, 2555, 3620, 5020, 5541, 5627])])])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[2525, 8028, 8046, 8090, 8096, 8115, 8429, 10176, 10181, 11768, 13336, 14214, 15317, 15319, 15447, 15450, 16741, 16752, 17627, 17635, 17833, 17836, 17842, 17844, 17845, 17847, 17848, 17863, 17864, 17865, 17868, 18932, 18937, 18994]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4171, 4174, 4175, 4178, 10692, 10693, 10694, 10695, 10730, 10752, 10753, 10755, 10769, 10770, 10771, 10772, 11045, 11050, 11060, 11073, 11118, 11157, 11225, 11234, 11235, 11236, 11822, 11844, 11845, 11847, 12565, 12587, 12588, 12590, 13964, 13965, 13968, 13969, 13977, 13978, 13979, 13980, 13985, 13990, 14595, 14612, 15364, 15771, 15772, 15773, 15774, 16643, 17493, 17496, 17497, 17498]), Anchor::All(&[Anchor::Lits(&[923, 924, 1088, 1313, 1993, 2053, 3139, 3164, 3513, 3815, 4220, 4241, 4675, 4719, 4901, 5322, 5356, 5410, 5428, 6181, 6238, 7489, 7963]), Anchor::Lits(&[9189, 9195, 9516, 9551, 10185, 12294, 12972, 14183, 18106])])]), Anchor::Any(&[Anchor::Lits(&[638, 639, 640, 641, 642, 643, 843, 1103, 1148, 1178, 2402, 2403, 2407, 2429, 2430, 2433, 2477, 2525, 3552, 5044, 5734, 6065, 6371, 8028, 8046, 8090, 8096, 8106, 8115, 8429, 9063, 9064, 9068, 9073, 9085, 9086, 9087, 9088, 10561, 10563, 10566, 10567, 10568, 10570, 10571, 10574, 10576, 10577, 10578, 10582, 10583, 10584, 10585, 10586, 10587, 10589, 10590, 10591, 10592, 11310, 11314, 11322, 11323, 11498, 11499, 11522, 11527, 11539, 11540, 11541, 11542, 11737, 12300, 12303, 12309, 12312, 12313, 12317, 12321, 12324, 12325, 12329, 12766, 12772, 12779, 12783, 12784, 14526, 14534, 14545, 14546, 14957, 14960, 14965, 14966, 14994, 14998, 15007, 15008, 15030, 15034, 15042, 15043, 16486, 16487, 16488, 16489, 16490, 16491, 16492, 16493, 16494, 16495, 16511, 16512, 16513, 16514, 16515, 16516, 16517, 16518, 16519, 16520, 16699, 16702, 16705, 16706, 16707, 16710, 16711, 16716, 16719, 16720, 16721, 18180, 18181, 18182, 18183, 18187, 18188, 18189, 18190]), Anchor::All(&[Anchor::Lits(&[844, 1099, 1128, 1392, 2576, 2583, 2585, 3041, 4539, 4914, 4922, 5045, 5047, 5389, 5474, 5738, 7232]), Anchor::Lits(&[16953, 17005, 17042, 17102, 17832])]), Anchor::All(&[Anchor::Lits(&[842, 1102, 3039, 5043, 7203]), Anchor::Lits(&[18168])])])]), Anchor::All(&[Anchor::Lits(&[842, 1102, 3039, 5043, 7203]), Anchor::Lits(&[18168])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[389, 393, 395, 410, 413, 415, 899, 900, 901, 1052, 1054, 1055, 3258, 6605, 6624, 6743, 7534, 7535, 7536, 7542, 7543, 7544, 8030, 8031, 8032, 8087, 8088, 8089, 9218, 9219, 9222, 9223, 9807, 9808, 9811, 9812, 9813, 9814, 9815, 9820, 15198, 15199, 15204, 15207, 15208, 15209, 15210, 15215, 16569, 16570, 16577, 16580, 16582, 16583, 16586, 16594]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4171, 13964, 13965, 13969, 13977]), Anchor::All(&[Anchor::Lits(&[923, 924, 1411, 1993, 3139, 3513, 3815, 4089, 4092, 4099, 4100, 4107, 4221, 4241, 4675, 4719, 5300, 5356, 5410, 5428, 6044, 6181, 6238, 7489, 7501, 7870]), Anchor::Lits(&[9189, 9520, 12020, 12156, 12211, 12972, 18066, 18106])])]), Anchor::Any(&[Anchor::Lits(&[9145, 9150, 9151, 9153, 9154, 9156, 12071, 14462, 15687, 15689, 17981]), Anchor::All(&[Anchor::Lits(&[1099, 1128, 1176, 1392, 2355, 2576, 2583, 2585, 3041, 3523, 4914, 5389, 5474, 5539, 5738]), Anchor::Lits(&[8803, 9039, 13080, 16953, 16991, 17005, 17268, 17832])])])]), Anchor::All(&[Anchor::Lits(&[12997, 14578, 14596, 15365, 16639, 16753, 17639]), Anchor::Any(&[Anchor::Lits(&[14465, 14469, 14470, 14471]), Anchor::All(&[Anchor::Lits(&[1099, 1392, 2583, 3041, 4914, 4922, 5047, 5474, 5736]), Anchor::Lits(&[8803, 9039, 11454, 16927, 18808])])])]), Anchor::All(&[Anchor::Lits(&[829, 835, 1101, 2524, 3551, 4525, 5530, 5733, 6064, 6189, 6190, 7950]), Anchor::Lits(&[7986])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[18809, 18810, 18841, 18843, 18844, 18845, 18846, 18849, 18866, 18867, 18891, 18893, 18896, 18899, 18901, 18904, 18909, 18912, 18913, 18914, 18915, 18916, 18918, 18919, 18920, 18928, 18940, 18942, 18945, 18946, 18947, 18948, 18950, 18951, 18952, 18953, 18954, 18955, 18956, 18959, 18960, 18963, 18964, 18968, 18971, 18978, 18982, 18993, 18996, 18997, 19001, 19002, 19005]), Anchor::Lits(&[10145, 10146, 10189, 10225, 10653, 10658, 11738, 12072, 12104, 12780, 12792, 12801, 12877, 12880, 14790, 14874, 14955, 15094, 15107, 15113, 15477, 15618, 15926, 16712, 16713, 17610])])),
            (30, "reveal-system-prompt", Anchor::Lits(&[8641, 8643, 8645, 8646, 8648, 8649, 8650, 8652, 8653, 8654, 8655, 10131, 10132, 10134, 10135, 10137, 10138, 10139, 10141, 10142, 10143, 10144, 10562, 10564, 10566, 10568, 10570, 10571, 10575, 10577, 10578, 10579, 10580, 12302, 12307, 12309, 12313, 12317, 12319, 12322, 12325, 12329, 12330, 12334, 12767, 12770, 12772, 12773, 12777, 12779, 12781, 12784, 12786, 12787, 12789, 12927, 12928, 12930, 12931, 12933, 12934, 12935, 12937, 12938, 12939, 12940, 13547, 13548, 13550, 13551, 13553, 13554, 13555, 13557, 13558, 13559, 13560, 14422, 14424, 14426, 14427, 14429, 14430, 14431, 14433, 14439, 14440, 14443, 14528, 14532, 14534, 14535, 14539, 14541, 14543, 14546, 14548, 14549, 14551, 14938, 14939, 14941, 14942, 14944, 14945, 14946, 14948, 14949, 14950, 14951, 15069, 15070, 15072, 15074, 15076, 15080, 15081, 15083, 15084, 15086, 15087, 15269, 15271, 15273, 15274, 15276, 15277, 15278, 15280, 15281, 15282, 15283, 15788, 15790, 15792, 15795, 15797, 15799, 15800, 15802, 15805, 15806, 15809, 16496, 16497, 16499, 16501, 16503, 16504, 16505, 16507, 16508, 16509, 16510, 16701, 16703, 16705, 16707, 16710, 16711, 16718, 16720, 16721, 16722, 16724, 17688, 17690, 17692, 17693, 17695, 17696, 17698, 17700, 17702, 17703, 17707, 18023, 18024, 18026, 18027, 18029, 18030, 18031, 18033, 18034, 18035, 18036])),
            (31, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[407, 408, 409, 410, 413, 421, 899, 900, 902, 1058, 1059, 1060, 3167, 3178, 3225, 3242, 3243, 3244, 5852, 5853, 5854, 7521, 7522, 7531, 7534, 7535, 7537, 7542, 7543, 7545, 7576, 7577, 7578]), Anchor::All(&[Anchor::Lits(&[610, 611, 612, 613, 2473, 2474, 2476, 2477, 2513, 2514, 2519, 2520, 3036, 3037, 3038, 3039, 5040, 5041, 5042, 5043, 5107, 5108, 5118, 5119, 5555, 5556, 5557, 5558, 5679, 5680, 5681, 5683, 6316, 6317, 6318, 6319, 6331, 6332, 6348, 6351, 7200, 7201, 7202, 7203, 7956, 7957, 7960, 7961, 7965, 7966, 7967, 7968]), Anchor::Lits(&[206, 374, 1914, 7614, 7622])])])),
            (32, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[12681, 12837, 18169, 18170, 18171, 18172, 18173, 18174, 18176, 18177, 18178, 18179, 18192]), Anchor::All(&[Anchor::Lits(&[521, 1384, 1575, 2603, 2661, 7546, 7610]), Anchor::Lits(&[18168, 18220])])])),
            (33, "reveal-given-instructions", Anchor::Lits(&[479, 480, 483, 486, 488, 492, 508, 509, 510, 512, 513, 514, 520, 529, 903, 1057, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2590, 2591, 2592, 2593, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 5765, 7523, 7524, 7525, 7526, 7527, 7528, 7530, 7532, 7533, 7538, 7539, 7540, 7541, 7586, 7589, 7591, 7592, 7593, 7595, 7597, 7599, 7602, 7603, 7604, 7606, 7607, 7608, 7609, 7611, 7987, 8029, 8047, 8116, 8430, 9618, 11914, 11984, 12030, 12681, 12837, 14241, 16857, 18642, 18694, 18704, 18724, 18756, 18770, 18774, 18794, 18796, 19020, 19035])),
            (34, "repeat-text-above", Anchor::Lits(&[65, 636, 637, 778, 779, 780, 781, 783, 2395, 2419, 2952, 4956, 5019, 5910, 8059, 8091, 8119, 8440, 8535, 8536, 8538, 8539, 8541, 8550, 8552, 8554, 8556, 8569, 11311, 11312, 11315, 11316, 11318, 11321, 11324, 11326, 11328, 11329, 11730, 11731, 11733, 11734, 11736, 11740, 11742, 11744, 11746, 11747, 12304, 12305, 12314, 12315, 12318, 12323, 12326, 12333, 12335, 12338, 12768, 12769, 12774, 12775, 12778, 12782, 12785, 12788, 12790, 12791, 14529, 14530, 14536, 14537, 14540, 14544, 14547, 14550, 14552, 14554, 14958, 14959, 14961, 14962, 14963, 14964, 14967, 14968, 14969, 14970, 14995, 14996, 14999, 15000, 15002, 15006, 15009, 15011, 15013, 15014, 15031, 15032, 15035, 15036, 15038, 15041, 15044, 15046, 15048, 15051])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[7796, 7797, 7798, 7799, 7800, 7809, 7810, 7811, 7812, 7813, 7814, 7816, 7817, 7818, 7819, 7820, 7822, 7823, 7824, 7825, 7826, 7827, 7828, 7829, 7830, 7831, 7832, 7833, 7834, 7835, 7836, 7837, 7838, 7839, 7840, 7841, 7855, 7856, 7857, 7858, 7859, 7860, 7861, 7862, 7863, 7864, 7865, 7867, 7868, 7869])),
            (36, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[2396, 2398, 2399, 2405, 2414, 2421, 2425, 2426, 2427, 2432, 2437, 2439, 2526, 2905, 2908, 2909, 2915, 2931, 2934, 2947, 2951, 2953, 2955, 2968, 2971, 4252, 4253, 4254, 4255, 4257, 4258, 4264, 4265, 4266, 4267, 4268, 4269, 5682, 8029, 8035, 8091, 8119, 8120, 9612, 9613, 9882, 9883, 10216, 10217, 10222, 10223, 10304, 10305, 11404, 11405, 13322, 13323, 13324, 13325, 14633, 14634, 14635, 14636, 14641, 14642, 15338, 15339, 15462, 15463, 15818, 15819, 15907, 15908, 15909, 15910, 16483, 16484, 16845, 16846, 17561, 17562, 17611, 17612, 18600, 18601]), Anchor::All(&[Anchor::Lits(&[8806, 8807, 8808, 8809, 8812, 8814, 8815, 8826, 8827, 8828, 8829, 8830, 8831, 8832, 8833, 8834, 8835, 8836, 8837, 8838, 8839, 8840, 8841, 8842, 8843, 8844, 8845, 8846, 8847, 8848, 8849, 8850, 8851, 8852, 8853, 8854, 8855, 8856, 8857, 8858, 8859, 8860, 8861, 8864, 8865, 8866, 8867, 8869, 8870, 8871, 8872, 8873, 8874, 8875, 8876, 8877, 8878, 8879, 8880, 8881, 8882, 8883, 8884, 8885, 8886, 8887, 8888, 8889, 8890, 8891, 8892, 8893, 8894, 8895, 8896, 8897, 8898, 8899, 8900, 8901, 8902, 8903, 8904, 8905, 9059, 9060, 9061, 9062, 9065, 9066, 9067, 9069, 9070, 9071, 9072, 9074, 9075, 9076, 9077, 9080, 9081, 9082, 9083, 9089, 9090, 9091, 9092, 9093, 9094, 9095, 9096, 9097, 11280, 11281, 11282, 11283, 11284, 11285, 11286, 11287, 11288, 11289, 11290, 11291, 11292, 11293, 11294, 11295, 11296, 11297, 11298, 11299, 11300, 11301, 11302, 11303, 11304, 11305, 11306, 11307, 11465, 11466, 11467, 11468, 11469, 11470, 11471, 11472, 11473, 11474, 11475, 11476, 11477, 11478, 11479, 11480, 11481, 11482, 11483, 11484, 11485, 11486, 11487, 11488, 11489, 11490, 11491, 11492, 11494, 11495, 11496, 11497, 11500, 11501, 11502, 11523, 11524, 11525, 11526, 11528, 11529, 11530, 11531, 11534, 11535, 11536, 11537, 11581, 11582, 11583, 11584, 11585, 11586, 11587, 11588, 11589, 17229, 17230, 17231, 17232, 17233, 17234, 17235, 17236, 17237, 17238, 17239, 17240, 17241, 17242, 17243, 17244, 17245, 17246, 17247, 17248, 17249, 17250, 17251, 17252, 17253, 17254, 17255, 17256]), Anchor::Lits(&[10224, 12879, 14954, 15106, 16711])])])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[8641, 8643, 8645, 8646, 8648, 8649, 8650, 8652, 8653, 8654, 8655, 10131, 10132, 10134, 10135, 10137, 10138, 10139, 10141, 10142, 10143, 10144, 10562, 10564, 10566, 10568, 10570, 10571, 10575, 10577, 10578, 10579, 10580, 12302, 12307, 12309, 12313, 12317, 12319, 12322, 12325, 12329, 12330, 12334, 12767, 12770, 12772, 12773, 12777, 12779, 12781, 12784, 12786, 12787, 12789, 12927, 12928, 12930, 12931, 12933, 12934, 12935, 12937, 12938, 12939, 12940, 13547, 13548, 13550, 13551, 13553, 13554, 13555, 13557, 13558, 13559, 13560, 14422, 14424, 14426, 14427, 14429, 14430, 14431, 14433, 14439, 14440, 14443, 14528, 14532, 14534, 14535, 14539, 14541, 14543, 14546, 14548, 14549, 14551, 14938, 14939, 14941, 14942, 14944, 14945, 14946, 14948, 14949, 14950, 14951, 15069, 15070, 15072, 15074, 15076, 15080, 15081, 15083, 15084, 15086, 15087, 15269, 15271, 15273, 15274, 15276, 15277, 15278, 15280, 15281, 15282, 15283, 15788, 15790, 15792, 15795, 15797, 15799, 15800, 15802, 15805, 15806, 15809, 16496, 16497, 16499, 16501, 16503, 16504, 16505, 16507, 16508, 16509, 16510, 16701, 16703, 16705, 16707, 16710, 16711, 16718, 16720, 16721, 16722, 16724, 17688, 17690, 17692, 17693, 17695, 17696, 17698, 17700, 17702, 17703, 17707, 18023, 18024, 18026, 18027, 18029, 18030, 18031, 18033, 18034, 18035, 18036])),
            (38, "complete-the-leak", Anchor::Lits(&[12478, 12480, 12483, 12487, 12488, 12491, 12492, 12493, 12495, 12496, 12504, 12505, 12506, 12507, 12508, 12509, 12510, 12511, 12512, 12513, 13664, 13665, 13666, 13667, 13668, 13669, 13670, 13671, 13672, 13673, 13674, 13675, 13676, 13677, 13678, 13679, 13680, 13681, 13682, 13683, 13684, 13685, 13686, 13687, 13688, 13689, 13690, 13691, 13692, 13693, 13694, 13695, 13696, 13697, 13698, 13699, 13713, 13714, 13715, 13716, 13717, 13718, 13719, 13720, 13721, 13722, 13723, 13724, 13725, 13726, 13727, 13728, 13729, 13730, 13731, 13732, 13733, 13734, 13735, 13736, 13737, 13738, 13739, 13740, 13741, 13742, 13743, 13744, 13745, 13746, 13747, 13748, 17155, 17156, 17189, 17190, 17192, 17202, 17203, 17204, 17205, 18617, 18619, 18623, 18624, 18626, 18628, 18983, 18984, 18985, 18986])),
            (39, "what-you-must-not-say", Anchor::Lits(&[18646, 18648, 18649, 18650, 18651, 18652, 18653, 18654, 18655, 18656, 18657, 18658, 18659, 18660, 18695, 18709, 18731, 18732, 18733, 18734, 18735, 18758, 18759, 18773, 18786, 18787])),
            (40, "reveal-initialization", Anchor::Lits(&[12758, 12759, 12760, 12761, 12762, 12763, 12764, 12765, 12793, 12794, 12795, 12796, 12797, 12798, 12799, 12800, 12802, 12803, 12804, 12805, 12806, 12807, 12808, 12809])),
            (41, "forged-own-instructions", Anchor::Lits(&[8641, 8644, 8646, 8647, 8651, 8652, 8653, 8662, 8931, 8935, 9118, 9506, 9507, 9508, 9509, 9510, 9511, 9512, 9838, 10131, 10133, 10135, 10136, 10140, 10141, 10142, 10306, 10307, 10308, 10309, 10310, 10311, 10312, 10562, 10565, 10568, 10569, 10576, 10577, 10578, 11338, 12302, 12308, 12313, 12316, 12324, 12325, 12329, 12767, 12771, 12773, 12776, 12783, 12784, 12786, 12927, 12929, 12931, 12932, 12936, 12937, 12938, 13547, 13549, 13551, 13552, 13556, 13557, 13558, 13622, 14422, 14425, 14427, 14428, 14432, 14433, 14439, 14528, 14533, 14535, 14538, 14545, 14546, 14548, 14619, 14727, 14938, 14940, 14942, 14943, 14947, 14948, 14949, 15069, 15071, 15074, 15075, 15082, 15083, 15084, 15269, 15272, 15274, 15275, 15279, 15280, 15281, 15567, 15788, 15791, 15795, 15796, 15801, 15802, 15805, 16496, 16498, 16501, 16502, 16506, 16507, 16508, 16701, 16704, 16707, 16709, 16719, 16720, 16721, 17688, 17691, 17693, 17694, 17699, 17700, 17702, 17821, 18023, 18025, 18027, 18028, 18032, 18033, 18034])),
            (42, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[306, 321, 560, 561, 562, 563, 564, 565, 6614, 6621, 7615, 7616, 7617, 7618, 7619, 7620, 7623, 7624, 7625, 7626, 7627, 7628]), Anchor::All(&[Anchor::Lits(&[967, 969, 971, 972, 973, 974, 1468, 1485, 1487, 1488, 1489, 1573, 1952, 1968, 1970, 1971, 1972, 1974, 2098, 2100, 2102, 2103, 2104, 2105, 4224, 4226, 4228, 4229, 4230, 4231, 4835, 4836, 4837, 4838, 4839, 4840]), Anchor::Lits(&[299, 6608])])])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10631, 10940, 16952, 16993, 17090, 17362, 17400, 17412, 17444, 18644, 18647, 18663, 18696, 18701, 18708, 18721, 18788, 18794, 18811, 18818, 18926]), Anchor::All(&[Anchor::Lits(&[1097, 1112, 1147, 1221, 1871, 3041, 3433, 3628, 3633, 5038, 5047, 5535, 5688, 5690, 5736, 5738, 7205, 7400]), Anchor::Lits(&[17832])]), Anchor::All(&[Anchor::Lits(&[9194, 18615, 18760, 19008]), Anchor::Lits(&[9390, 10147, 10168, 13356, 15682, 17975])])]), Anchor::Lits(&[522, 523, 524, 525, 526, 527, 6522, 6523, 6524, 6525, 6529, 6530, 6531, 6532, 6552, 6553, 6554, 6555, 6653, 6654, 6655, 6656, 6657, 6658, 6659, 6660, 6662, 6663, 6664, 6665, 6666, 6667, 6668, 6669, 6670, 6671, 6672, 6673, 6674, 6675, 6676, 6677, 6716, 6717, 6718, 6719, 6720, 6721, 6722, 6723, 7357, 7993, 7997, 7998, 8003, 8008, 8011, 8012, 8023, 8028, 8034, 8061, 8065, 8081, 8082, 8083, 8084, 8085, 8086, 8097, 8118, 8127, 8404, 8408, 8409, 8414, 8416, 8418]), Anchor::Lits(&[679, 1116, 1219, 3432, 4796, 4800, 4813, 5614, 7195])])),
            (44, "developer-message-requested", Anchor::Lits(&[1366, 2709, 3004, 3042, 5684, 6286, 6294, 8014, 8015, 8029, 8091, 8095, 8119, 8543, 8544, 8545, 8546, 8547, 8548, 8557, 8558, 8559, 8560, 8561, 8562, 8563, 8564, 8565, 8566, 8567, 8568, 9574, 9575, 9576, 9577, 9578, 9579, 9587, 9589, 9590, 9592, 9593, 9596, 9598, 9599, 9600, 9601, 9602, 9603, 10597, 10598, 10599, 10600, 10601, 10602, 10603, 10604, 10605, 10606, 10607, 10608, 10609, 10610, 10611, 10612, 10613, 10614, 10615, 10616, 10617, 10618, 10619, 10620, 10621, 10622, 10623, 10624, 10625, 10626, 10627, 10628, 10629, 10630, 10632, 10633, 10634, 10635, 10636, 10637, 10638, 10639, 10640, 10641, 10642, 10643, 10644, 10645, 10646, 10647, 10648, 10969, 10970, 10973, 10974, 10975, 10976, 10977, 10978, 10979, 10981, 10982, 11002, 11003, 11004, 11005, 11006, 11007, 11008, 11009, 11010, 11011, 11012, 11013, 11014, 11015, 11016, 11017, 11018, 11019, 11020, 11021, 11022, 11023, 11024, 11026, 11027, 11028, 11029, 11030, 11031, 11032, 11033, 11034, 11035, 11036, 11037, 11038, 11039, 11040, 11041, 11042, 12154, 12155, 12157, 12158, 12159, 12160, 12161, 12162, 12163, 12164, 12165, 12167, 12168, 12169, 12170, 12171, 12172, 12173, 12174, 12175, 12176, 12177, 12178, 12179, 12180, 12181, 12182, 12183, 12184, 12185, 12186, 12187, 12188, 12189, 12190, 12191, 12192, 12193, 12194, 12195, 12196, 12197, 12198, 12199, 12200, 12201, 12202, 12203, 12204, 12205, 12206, 12209, 12210, 12212, 12213, 12214, 12215, 12216, 12217, 12218, 12219, 12220, 12222, 12223, 12224, 12225, 12226, 12227, 12228, 12229, 12230, 12231, 12232, 12233, 12234, 12235, 12236, 12237, 12238, 12239, 12240, 12241, 12242, 12243, 12244, 12245, 12246, 12247, 12248, 12249, 12250, 12251, 12252, 12253, 12254, 12255, 12256, 12257, 12258, 12259, 12260, 12261, 16482, 16500, 17087, 17177, 18116, 18117, 18118, 18119, 18120, 18121, 18122, 18123, 18124, 18125, 18126, 18127, 18128, 18129, 18130, 18131, 18132, 18133, 18134, 18135, 18136, 18137, 18138, 18139, 18140, 18141, 18142, 18143, 18144, 18145, 18146, 18147, 18148, 18149, 18150, 18151, 18152, 18153, 18154, 18155, 18156, 18157, 18158, 18159, 18160, 18161, 18162, 18163, 18164, 18165, 18166, 18912, 18964])),
            (45, "agents-environment-requested", Anchor::Lits(&[16954, 16955, 16956, 16957, 16958, 16959, 16960, 16961, 16962, 16963, 16964, 16965, 16966, 16967, 16968, 16969, 16970, 16971, 16972, 16973, 16974, 16975, 16976, 16977, 16978, 16979, 17006, 17007, 17008, 17009, 17010, 17011, 17012, 17013, 17014, 17015, 17016, 17017, 17018, 17019, 17020, 17021, 17022, 17023, 17024, 17025, 17026, 17027, 17028, 17029, 17030, 17031, 17363, 17364, 17365, 17366, 17367, 17368, 17369, 17370, 17371, 17372, 17373, 17374, 17375, 17376, 17377, 17378, 17379, 17380, 17381, 17382, 17383, 17384, 17385, 17386, 17387, 17388, 17834, 17835, 17837, 17838, 17839, 17840, 17841, 17843, 17846, 17849, 17850, 17851, 17852, 17853, 17854, 17855, 17856, 17857, 17858, 17859, 17860, 17861, 17862, 17866, 17867, 17869])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[663, 683, 799, 836, 1044, 1080, 1104, 1168, 1175, 1217, 1264, 1339, 1900, 2392, 2401, 2403, 2404, 2407, 2408, 2409, 2413, 2420, 2424, 2428, 2430, 2431, 2433, 2434, 2435, 2436, 2438, 2478, 3608, 3609, 3613, 3614, 3615, 4201, 4202, 4203, 4237, 4238, 4538, 4738, 4751, 5033, 5043, 5231, 5343, 5735, 6280, 6281, 6283, 6285, 6290, 6293, 6296, 6356, 7231, 7962, 7969, 8157, 8203, 8204, 8229, 8291, 8302, 9231, 10659, 10661, 12479, 12486, 12489, 12613, 12618, 12619, 12882, 12900, 14510, 14514, 14579, 14580, 14581, 14598, 14599, 14600, 14602, 14603, 14604, 14606, 14607, 14608, 15095, 15096, 16640, 16641, 16642, 16644, 16645, 16646, 16749, 16750, 16751, 16754, 16755, 16756, 17432, 18613, 18661, 18736, 18742, 18751, 18752, 18753, 18754, 18755, 18772, 18775, 18806, 18810, 18866, 18932, 18937, 18957, 18960, 18994, 18998]), Anchor::All(&[Anchor::Lits(&[10656, 12889, 13543, 14157, 14513, 17820, 18598]), Anchor::Lits(&[8675, 8998, 9825, 9901, 9906, 10075, 10426, 10427, 12275, 13011, 13039, 13234, 13261, 13446, 14374, 14855, 15849, 16141, 17269])]), Anchor::All(&[Anchor::Lits(&[497, 3199]), Anchor::Lits(&[18808])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1973, 3440, 3441, 4907, 4908, 5329, 5363, 5500, 7571, 7573, 8007, 8072, 8076])),
            (54, "authority-override", Anchor::Lits(&[138, 144, 145, 146, 147, 153, 158, 159, 160, 161, 1361, 1368, 1369, 1370, 1371, 1843, 1844, 1845, 1846, 1847, 2529, 2531, 2532, 2533, 2534, 3462, 3463, 3464, 3465, 3466, 3621, 3622, 3623, 3624, 3625, 5451, 5456, 5457, 5458, 5459, 5628, 5630, 5631, 5632, 5634, 6168, 6169, 6170, 6171, 6172, 6183, 6185, 6186, 6187, 6188, 6278, 6287, 6288, 6289, 6290])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[117, 830, 1856, 1861, 1865, 3005, 4898, 5121, 6066, 6269, 6270]), Anchor::All(&[Anchor::Lits(&[18615, 18703, 18720, 18760, 18797, 19008]), Anchor::Lits(&[3791])])])),
            (58, "address-the-model", Anchor::Any(&[Anchor::Lits(&[294, 295, 297, 298, 2996, 2997, 4781, 4782, 5035, 5036, 5194, 5195, 5640, 5641, 6174, 6175, 6176, 6177, 12544]), Anchor::All(&[Anchor::Lits(&[13507, 13508, 13542, 13545, 14156, 14159, 14180, 14181, 15125, 15126, 15340, 15341, 18063, 18064]), Anchor::Lits(&[8747, 9425, 9426, 9427, 9428, 9429, 9430, 9431, 9432, 9433, 9434, 9435, 9436, 9437, 9438, 9439, 9440, 9441, 9442, 9443, 9444, 9445, 9446, 9447, 9448, 9449, 9450, 9451, 9452, 9453, 9454, 9455, 9456, 9457, 9458, 9459, 9460, 9461, 9462, 9463, 9464, 9465, 9466, 9467, 9468, 9469, 9659, 9918, 10267, 11955, 12031, 13225, 13339])])])),
            (59, "capability-declared-granted", Anchor::Any(&[Anchor::Lits(&[89, 143, 157, 1034, 1359, 1367, 1411, 1812, 1892, 1991, 2441, 2530, 3513, 3611, 4847, 5031, 5032, 5163, 5300, 5431, 5455, 6184, 7324, 7331, 7350, 7958, 15237, 15238, 15239, 15240, 15241, 15242, 15243, 15244, 15259, 15260, 15261, 15262, 15263, 15264, 15265, 15266, 18744]), Anchor::All(&[Anchor::Lits(&[8704, 8705, 8706, 8707, 8708, 8709, 8717, 8718, 8719, 8720, 8721, 8722, 8724, 8725, 8726, 8727, 8728, 8729, 8730, 8731, 8732, 8733, 8734, 8735, 8748, 8749, 8750, 8751, 8752, 8755, 8763, 8764, 8765, 8766, 8767, 8770, 8775, 8776, 8777, 8778, 8779, 8780, 8781, 8782, 8783, 8784, 8785, 8786, 9255, 9256, 9257, 9258, 9259, 9262, 9270, 9271, 9272, 9273, 9274, 9277, 9282, 9283, 9284, 9285, 9286, 9287, 9288, 9289, 9290, 9291, 9292, 9293, 9660, 9661, 9662, 9663, 9664, 9667, 9675, 9676, 9677, 9678, 9679, 9682, 9687, 9688, 9689, 9690, 9691, 9692, 9693, 9694, 9695, 9696, 9697, 9698, 9920, 9921, 9922, 9923, 9924, 9925, 9950, 9951, 9952, 9953, 9954, 9955, 9956, 9957, 9958, 9959, 9960, 9961, 9962, 9963, 9964, 9965, 9966, 9967, 10268, 10269, 10270, 10271, 10272, 10273, 10278, 10279, 10280, 10281, 10282, 10283, 10285, 10286, 10287, 10288, 10289, 10290, 10291, 10292, 10293, 10294, 10295, 10296, 10318, 10319, 10320, 10321, 10322, 10323, 10348, 10349, 10350, 10351, 10352, 10353, 10354, 10355, 10356, 10357, 10358, 10359, 10360, 10361, 10362, 10363, 10364, 10365, 13573, 13574, 13575, 13576, 13577, 13580, 13588, 13589, 13590, 13591, 13592, 13595, 13600, 13601, 13602, 13603, 13604, 13605, 13606, 13607, 13608, 13609, 13610, 13611, 18618, 18621, 18622, 18625, 18641, 18662, 18711, 18712, 18713, 18714, 18715, 18722, 18737, 18738, 18739, 18740, 18741, 18743, 18745, 18746, 18747, 18748, 18749, 18750]), Anchor::Lits(&[110, 140, 151, 152, 879, 2776, 2778, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2789, 4542, 5030, 5639, 5858, 5862, 5865, 5871, 5879, 5881, 5882, 5883, 5884, 5886, 6273, 7329, 7874, 7881, 7884, 7893, 7900, 7901])])])),
            (60, "unrestricted-mode", Anchor::Lits(&[3793, 3794, 3796, 3797, 3799, 3800, 3802, 3804, 3805, 3806, 3807, 3808, 4721, 8937, 8961, 9846, 10438, 10572, 10588, 11246, 11597, 11898, 12008, 12129, 13089, 13103, 13108, 13124, 13299, 13958, 13959, 13961, 14075, 14273, 14478, 15285, 16471, 16616, 17677, 17678, 17680, 17739, 17755, 17759, 17797, 17799])),
            (61, "dan-persona", Anchor::Lits(&[8602, 8603, 8604, 8606, 8607, 8608, 8609, 8610, 8624, 8625, 8626, 8627, 8628, 8629, 8630, 8631, 8754, 8769, 8772, 9261, 9276, 9279, 9521, 9523, 9524, 9525, 9526, 9527, 9528, 9538, 9666, 9681, 9684, 9851, 9856, 9858, 10437, 10439, 10440, 10441, 10442, 10798, 13579, 13594, 13597, 14792, 14797, 14799, 14861, 14862, 14863, 14864, 14865, 14866, 14867, 14868, 14984, 14985, 14986, 14987, 14988, 14989, 14990, 14991, 15585, 15586, 15587, 15588, 15589, 15590, 15591, 15592, 15596, 15597, 15598, 15599, 15600, 15601, 15602, 15603, 18010, 18014, 18015, 18616, 18620, 18627, 18633, 18634, 18635, 18636, 18637, 18638, 18639, 18640, 18643, 18761, 18762, 18763, 18765, 18766, 18767, 18768, 18769, 18776, 18777, 18778, 18779, 18780, 18781, 18782, 18783, 18798, 18799, 18800, 18801, 18802, 18803, 18804, 18805, 19009, 19010, 19011, 19016, 19017, 19018, 19019, 19021])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[351, 904, 1577, 4001, 7710, 8936, 10315, 10436, 10594, 11591, 12127, 12150, 12626, 13098, 13118, 13232, 13271, 13298, 13438, 13793, 13957, 13960, 14074, 14076, 15286, 15576, 15615, 15616, 17657, 17676, 17679, 17681, 17683, 17733, 17734, 17754, 17776, 17791, 17792, 17814, 18379, 18381, 18403, 18404, 18405, 18406, 18407, 18408, 18409, 18420, 18424, 18426, 18427, 18430, 18434, 18435, 18442, 18467, 18471, 18483, 18497, 18536, 18539]), Anchor::All(&[Anchor::Lits(&[841, 883, 1448, 1590, 1591, 1633, 1634, 2614, 2791, 3196, 3247, 3961, 4002]), Anchor::Lits(&[16848, 18219, 18253])])]), Anchor::Lits(&[113, 115, 350, 735, 737, 790, 794, 795, 993, 1053, 1149, 1852, 1853, 2800, 4524, 4903, 4904, 4905, 4906, 5034, 5216, 5328, 5362, 5365, 5414, 5442, 5444, 5849, 5850, 6028, 6051, 6058, 6312, 7237, 7269, 7987, 8080, 8398])])),
            (63, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 2608, 2611, 2612, 2613, 2623, 2628, 2629, 2630, 2633, 2649, 2650, 2651, 2653, 2658, 2659, 2660, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 6047, 8933, 8997, 10972, 10980, 11025, 13847, 13871, 13902, 13914, 14230, 14231, 14232, 16607]), Anchor::All(&[Anchor::Lits(&[837, 979, 1141, 1897, 2078, 2576, 2585, 3519, 3523, 3816, 5368, 5389, 5474, 5540]), Anchor::Lits(&[317, 851, 2356, 2357, 7789, 7871])]), Anchor::All(&[Anchor::Lits(&[841, 883, 1448, 1583, 1590, 1591, 1593, 1626, 1633, 1634, 1636, 2317, 2614, 2791, 3195, 3196, 3246, 3247, 3961, 3962, 3966, 4002]), Anchor::Lits(&[16848, 18219, 18253])]), Anchor::All(&[Anchor::Lits(&[267, 1928, 3388, 7308, 7314, 7330]), Anchor::Lits(&[8601, 8623, 8971, 9516, 9520, 9611, 9614, 9617, 9849, 10021, 10226, 11348, 11349, 12627, 14461, 14857, 14858, 14859, 14860, 15088, 15287, 15374, 15456, 15464, 15519, 15584, 15595, 16046, 16047, 16447, 16481, 16485, 16759, 17615, 17647, 18615, 18760, 19008])])])),
            (64, "persona-replaces-assistant", Anchor::Lits(&[1476, 4204, 8420, 8753, 8768, 8771, 8773, 8790, 8791, 8792, 8793, 9260, 9275, 9278, 9280, 9665, 9680, 9683, 9685, 9850, 9855, 9857, 9859, 11350, 11351, 13578, 13593, 13596, 13598, 14791, 14796, 14798, 14800, 15203, 16048, 16049, 16575, 18631, 18764, 19014])),
            (65, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[1500, 1515, 1539, 1675, 1690, 1721, 4094, 4098, 4104, 4109, 4110, 4111]), Anchor::All(&[Anchor::Lits(&[9824, 10172, 10215, 10219, 10220, 11440, 12066, 12071, 12103, 13279, 13320, 13626, 13632, 13634, 15017, 15467, 15476, 15638, 15687, 15697, 15703, 15711, 15715]), Anchor::Lits(&[4064, 8443])]), Anchor::All(&[Anchor::Lits(&[9919, 9934, 9935, 9936, 9937, 9946, 9947, 9948, 9949, 9980, 9981, 10317, 10332, 10333, 10334, 10335, 10344, 10345, 10346, 10347, 10381, 10382, 12032, 12033, 12034, 12035, 12036, 12037, 12038, 12039, 12040, 12041, 12042, 16980, 16981, 16982, 16983, 16984, 16985, 16986, 16987, 16988, 16989, 16990, 16994, 16995, 16996, 16997, 16998, 16999, 17000, 17001, 17002, 17003, 17004, 17091, 17092, 17093, 17094, 17095, 17096, 17097, 17098, 17099, 17100, 17101, 17389, 17390, 17391, 17392, 17393, 17394, 17395, 17396, 17397, 17398, 17399, 17401, 17402, 17403, 17404, 17405, 17406, 17407, 17408, 17409, 17410, 17411, 17433, 17434, 17435, 17436, 17437, 17438, 17439, 17440, 17441, 17442, 17443, 18614, 18665, 18667, 18668, 18681, 18698, 18700, 18701, 18710, 18790, 18792, 19022, 19023, 19024, 19025, 19026, 19027, 19028, 19029, 19030, 19031, 19032]), Anchor::Lits(&[8612, 9217, 9303, 12476, 12623, 12640, 13268, 14980, 16657, 17297])])])),
            (66, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[2230, 2232, 2256, 2257, 2262, 2307, 4463, 4464, 4470, 4471, 4472, 4474, 4706, 4707, 4712, 4713, 4714, 4716, 7059, 7062, 7117, 7118, 7122, 7176]), Anchor::All(&[Anchor::Lits(&[8612, 9217, 9303, 12623, 13268, 14980, 16657]), Anchor::Lits(&[1380, 1381, 1382, 1383, 1386, 1387, 1388, 1389, 1493, 1494, 1509, 1524, 1581, 1582, 1586, 1595, 1624, 1625, 1629, 1638, 1667, 1668, 1684, 1699, 3942, 3943, 3955, 3972, 4090, 4091, 4096, 4102])])])),
            (67, "no-rules-apply", Anchor::Lits(&[14125, 17104, 17298, 17299, 17300, 17301, 17303, 17304, 17316, 17317])),
            (68, "freed-from-limits", Anchor::Lits(&[839, 840, 848, 1893, 1894, 1980, 2356, 2358, 3509, 4093, 4101, 4106, 4173, 4177, 4180, 5267, 7307, 7309, 7311, 7336])),
            (69, "respond-without-limits", Anchor::Lits(&[1269, 1270, 1271, 1272, 1273, 1274, 1304, 1305, 1306, 1307, 1308, 1309, 5240, 5241, 5242, 5243, 5244, 5245, 5258, 5259, 5260, 5261, 5262, 5263, 5582, 5583, 5584, 5585, 5586, 5587, 8801, 8906, 8932, 9047, 9824, 10214, 10219, 10220, 10221, 11431, 11432, 11433, 11434, 11435, 11436, 11437, 11438, 11440, 12066, 12071, 12609, 13621, 13625, 13626, 13627, 13628, 13629, 13630, 13631, 13634, 13950, 13955, 13956, 13994, 13995, 14072, 14073, 14077, 14240, 15687, 15692, 15693, 15695, 15696, 15698, 15702, 15703, 15705, 15706, 15707, 15709, 15711, 15715, 18367, 18368, 18369, 18370, 18371, 18372, 18373, 18374, 18375, 18376, 18377, 18378, 18380, 18382, 18383, 18384, 18385, 18386, 18420, 18421, 18423, 18425, 18428, 18429, 18432, 18433, 18434, 18442, 18445, 18456, 18470, 18486, 18496, 18531, 18532, 18536, 18575])),
            (70, "pre-safety-self", Anchor::Lits(&[4261, 9555, 9557, 9558, 9559, 9560, 9561, 9562, 9564, 9569, 9570, 9571, 9572, 9573, 9580, 9581, 9584, 9586, 9588, 9594, 9595, 9606, 9607, 9608, 9609, 9610])),
            (71, "stay-in-character", Anchor::Lits(&[1497, 1498, 1519, 1672, 1673, 1694, 3419, 3946, 3947, 3967, 5272, 6075, 6076, 6078, 6079, 6080, 6081, 6082, 6083, 6084, 6085, 6087, 6088, 6094])),
            (72, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[986, 4071, 4078, 4081, 4083, 4086, 4152, 4154, 5055, 5056, 5061, 5062, 5215, 6643, 6744, 13633, 18003]), Anchor::All(&[Anchor::Lits(&[9196, 9197, 9198, 9199, 9200, 9201, 9202, 9203, 9204, 9205, 9206, 9207, 9208, 9209, 9210, 9211, 9212, 9213, 9214, 9215, 9216, 9224, 9225, 9226, 9227, 9228, 9229, 9230, 12629, 12630, 12631, 12632, 12633, 12634, 12635, 12646, 12647, 12648, 12649, 12650, 12651, 12652, 12656, 12657, 12658, 12659, 12660, 12661, 12662, 12674, 12675, 12676, 12677, 12678, 12679, 12680, 18330, 18331, 18332, 18333, 18334, 18335, 18336, 18349, 18350, 18351, 18352, 18353, 18354, 18355, 18356, 18357, 18358, 18359, 18360, 18361, 18362, 18395, 18396, 18397, 18398, 18399, 18400, 18401]), Anchor::Lits(&[530, 2802, 7768])])])),
            (73, "jailbreak", Anchor::Lits(&[10183, 10184, 11922, 11923, 12494, 12497, 12498, 13081, 13082, 13083, 13087, 13088, 13089, 13090, 13091, 13092, 13093, 13094, 13095, 13096, 13097, 13099, 13100, 13101, 13102, 13103, 13104, 13105, 13106, 13107, 13108, 13109, 13110, 13111, 13112, 13113, 13114, 13115, 13117, 13120, 13121, 13122, 13123, 13124, 13126, 13127, 14184, 14185, 15024, 15752, 18093, 18094, 18629, 18630, 18705, 18706, 19012, 19013, 19036, 19037])),
            (74, "evil-twin", Anchor::Lits(&[8139, 8140, 8141, 8142, 8143, 8144, 8145, 8146, 8147, 8169, 8170, 8171, 8172, 8173, 8174, 8175, 8176, 8177, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8205, 8206, 8207, 8208, 8209, 8210, 8211, 8212, 8213, 8219, 8220, 8221, 8222, 8223, 8224, 8225, 8226, 8227, 8231, 8232, 8233, 8234, 8235, 8236, 8237, 8238, 8239, 8252, 8253, 8254, 8255, 8256, 8257, 8258, 8259, 8260, 8292, 8293, 8294, 8295, 8296, 8297, 8298, 8299, 8300, 8309, 8310, 8311, 8312, 8313, 8314, 8315, 8316, 8317, 8325, 8326, 8327, 8328, 8329, 8330, 8331, 8332, 8333, 8351, 8352, 8353, 8354, 8355, 8356, 8357, 8358, 8359, 8360, 8361, 8362, 8363, 8364, 8365, 8366, 8367, 8368, 8369, 8370, 8371, 8372, 8373, 8374, 8375, 8376, 8377, 8378, 8379, 8380, 8381, 8382, 8383, 8384, 8385, 8386, 8387, 8388, 8389, 8390, 8391, 8392, 8393, 8394, 8395])),
            (75, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[114, 566, 599, 620, 2799, 3502, 4970, 6229]), Anchor::Lits(&[495, 528, 1379, 1385, 1491, 1580, 1623, 1665, 3194, 3245, 3939, 4088, 7529, 7547, 7600, 7612])])),
            (76, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[676, 1246, 2056, 2368, 2558, 2559, 2560, 2561, 2562, 2563, 2748, 3812, 3826, 3834, 3885, 7310, 7705]), Anchor::Lits(&[1259, 1265, 1312, 3460, 4795, 5559]), Anchor::Lits(&[258, 1793, 1905, 7363, 7685, 7952])])),
            (77, "simulated-privileged-shell", Anchor::Lits(&[2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 5506, 5507, 5508, 5509, 5510, 5511, 5512, 5513, 5514, 5515, 5516, 5517, 5518, 5519, 5520, 5521, 5522, 5523, 5524, 5525, 5526, 5527, 5528, 5529, 6388, 6389, 6390, 6391, 6392, 6393, 6394, 6395, 6396, 6397, 6398, 6399, 6400, 6401, 6402, 6403, 6404, 6405, 6406, 6407, 6408, 6409, 6410, 6411, 7770, 7771, 7776, 7777, 7778, 7779, 7780, 7781, 7782, 7783, 7785, 7787, 7803, 7805, 7807, 7845, 7846, 7847, 7848, 7849, 7850, 7851, 7852, 7853])),
            (78, "self-escalation", Anchor::Lits(&[543, 573, 579, 584, 590, 593, 594, 595, 596, 597, 3387, 6521, 6528, 8268, 8269, 8270, 8419])),
            (79, "blind-execution", Anchor::Lits(&[427, 428, 429, 430, 431, 439, 964, 965, 966, 968, 970, 975, 1477, 1486, 1574, 1578, 1579, 1622, 1960, 1969, 1975, 1976, 1977, 1978, 2099, 2101, 2106, 2109, 2110, 2111, 4225, 4227, 4232, 4234, 4235, 4236, 5490, 5498, 5503, 5532, 5533, 5534])),
            (80, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[14477]), Anchor::All(&[Anchor::Lits(&[8862, 8863, 8868, 8906, 9078, 9079, 9084, 9098, 11532, 11533, 11538, 11590, 18184, 18185, 18186, 18191]), Anchor::Lits(&[728, 823, 1427, 2309, 4979, 5046, 5373, 5590, 5591, 5592, 6352])])])),
            (81, "opposite-of-your-rules", Anchor::Lits(&[8025, 8027, 8071, 8092, 8122, 14479])),
            (82, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[351, 904, 1577, 4001, 7710, 8936, 10315, 10436, 10594, 11591, 12127, 12150, 12626, 13098, 13118, 13232, 13271, 13298, 13438, 13793, 13957, 13960, 14074, 14076, 15286, 15576, 15615, 15616, 17657, 17676, 17679, 17681, 17683, 17733, 17734, 17754, 17776, 17791, 17792, 17814, 18379, 18381, 18403, 18404, 18405, 18406, 18407, 18408, 18409, 18420, 18424, 18426, 18427, 18430, 18434, 18435, 18442, 18467, 18471, 18483, 18497, 18536, 18539]), Anchor::All(&[Anchor::Lits(&[841, 883, 1448, 1590, 1591, 1633, 1634, 2614, 2791, 3196, 3247, 3961, 4002]), Anchor::Lits(&[16848, 18219, 18253])])]), Anchor::Lits(&[1121, 1882, 2751, 2799, 2809, 2819, 2821, 4878, 4970, 5580, 6229])])),
            (83, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9713, 9714, 9715, 11250, 11251, 11252, 11253, 11254, 11255, 11256, 11257, 11258, 11259, 11260, 11261, 11262, 11263, 11264, 11265, 11266, 11267, 11268, 11269, 11429, 11638, 16545, 16546]), Anchor::All(&[Anchor::Lits(&[13236]), Anchor::Lits(&[1219, 1250, 3432, 4800, 5614, 7195])])]), Anchor::Lits(&[8601, 8623, 8971, 9516, 9520, 9611, 9614, 9617, 9849, 10021, 10226, 11348, 11349, 12627, 14461, 14857, 14858, 14859, 14860, 15088, 15287, 15374, 15456, 15464, 15519, 15584, 15595, 16046, 16047, 16447, 16481, 16485, 16759, 17615, 17647, 18615, 18760, 19008])]), Anchor::All(&[Anchor::Lits(&[9347, 9630, 9631, 10412, 10425, 10700, 11592, 11890, 12128, 12130, 12838, 13439, 15577, 15685, 15763, 16458, 17359]), Anchor::Lits(&[8601, 8623, 9516, 9520, 14856, 14869, 16046, 18615, 19008]), Anchor::Lits(&[6361, 7642, 7685])])])),
            (84, "third-party-permission", Anchor::All(&[Anchor::Lits(&[8909, 8912, 8913, 8914, 8915, 8916, 8917, 8918, 9177, 9178, 9179, 9180, 9181, 9182, 9183, 9184, 9234, 9235, 9236, 9237, 9238, 9239, 9240, 9241, 9404, 9405, 9406, 9407, 9408, 9409, 9410, 9411, 9417, 9418, 9419, 9420, 9421, 9422, 9423, 9424, 9994, 9995, 9996, 9997, 9998, 9999, 10000, 10001, 10522, 10523, 10524, 10525, 10526, 10527, 10528, 10529, 11640, 11641, 11642, 11643, 11644, 11645, 11646, 11647, 11942, 11943, 11944, 11945, 11946, 11947, 11948, 11949, 11977, 11978, 11979, 11980, 11981, 11982, 11983, 11985, 12052, 12053, 12054, 12055, 12056, 12057, 12058, 12059, 12841, 12842, 12843, 12844, 12845, 12846, 12847, 12848, 12866, 12867, 12868, 12869, 12870, 12871, 12872, 12873, 13785, 13786, 13787, 13788, 13789, 13790, 13791, 13792, 14255, 14256, 14257, 14258, 14259, 14260, 14261, 14262, 14501, 14502, 14503, 14504, 14505, 14506, 14507, 14508, 14511, 14515, 14516, 14517, 14518, 14519, 14520, 14522, 14780, 14781, 14782, 14783, 14784, 14785, 14786, 14787, 15434, 15435, 15436, 15437, 15438, 15439, 15440, 15441, 15722, 15723, 15724, 15725, 15726, 15727, 15728, 15729, 15755, 15756, 15757, 15758, 15759, 15760, 15761, 15762, 16008, 16009, 16010, 16011, 16012, 16013, 16014, 16015, 17564, 17567, 17568, 17569, 17570, 17571, 17572, 17576, 18055, 18056, 18057, 18058, 18059, 18060, 18061, 18062]), Anchor::Lits(&[880, 1020, 1283, 1398, 1766, 1898, 1960, 1984, 1995, 2564, 2774, 4720, 5294, 5490, 5857, 6254, 7261, 7274, 7321, 7751])])),
            (85, "privileged-identity", Anchor::Any(&[Anchor::Lits(&[2139, 2140, 2186, 2187, 2189, 2218, 2224, 2226, 2227, 2271, 2272, 2273, 6849, 6850, 6930, 6945, 6947, 6948, 6949, 6950, 6951, 6952, 6953, 6954, 6955, 6956, 6957, 6958, 6960, 6962, 6963, 6964, 6965, 6966, 6967, 6968, 6969, 6970, 6971, 6972, 6973, 7035, 7043, 7049, 7050, 7126, 7127, 7128, 7130, 7131, 7132, 7133, 7134, 7135, 7136, 7137, 7138, 7139, 7140, 7141, 7772, 7773, 7784, 7786, 7788, 7801, 7804, 7806, 7808, 7843, 7844, 7854]), Anchor::All(&[Anchor::Lits(&[18615, 18760, 19008]), Anchor::Lits(&[8599, 12007, 14524, 15604, 16638, 16647])])])),
            (86, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[7873, 8576, 8577, 8578, 8579, 8581, 8582, 8583, 8584, 9391, 9392, 9393, 9395, 9895, 9896, 9897, 9899, 11593, 11594, 11595, 11596, 11598, 12073, 12080, 12087, 12095, 12543, 12624, 13119, 13120, 13121, 13122, 13125, 13440, 13441, 13442, 13443, 13444, 13479, 13481, 13482, 13488, 14775, 14776, 14777, 14778, 14875, 14882, 14889, 14897, 15227, 15228, 15229, 15230, 15479, 15486, 15493, 15501, 15578, 15579, 15580, 15581, 15582, 15690, 15699, 15701, 15716, 15825, 15837, 15840, 15877, 16658, 17083, 17084, 17085, 17086, 17658, 17659, 17660, 17661, 17662, 17735, 17736, 17737, 17738, 17740, 17793, 17794, 17795, 17796, 17798, 18263, 18268, 18269, 18278, 18279, 18280, 18281]), Anchor::All(&[Anchor::Lits(&[8693, 12923, 15593, 15613, 16841]), Anchor::Any(&[Anchor::Lits(&[8587, 8599, 8930, 9109, 10420, 10421, 10513, 10516, 10517, 10519, 10670, 10671, 10672, 10673, 10674, 10675, 10676, 10677, 11222, 11227, 11228, 11229, 11230, 11231, 11237, 11238, 11239, 11638, 14524, 14631, 14712, 14823, 15077, 15783, 15880, 16409, 16467, 17558, 17640]), Anchor::All(&[Anchor::Lits(&[12046]), Anchor::Lits(&[110, 205, 4542, 4746, 5639, 6273])]), Anchor::All(&[Anchor::Lits(&[6868, 6892, 6906, 6943, 6944, 6946, 6976, 6995, 7004, 7044, 7076, 7114, 7129]), Anchor::Lits(&[10302, 11270, 11342, 11652, 11869, 13237, 14928, 15894, 17614, 17757, 17828])])])]), Anchor::All(&[Anchor::Lits(&[119, 1930, 4958, 5210, 6111, 7949]), Anchor::Lits(&[1183, 1787, 1982, 1994, 3467, 6109, 6117, 7320]), Anchor::Lits(&[11704, 14182, 14870, 15775, 15776, 16603, 16757])])])),
            (87, "persona-without-rules", Anchor::Lits(&[120, 121, 122, 123, 2219, 2220, 2221, 2222, 2484, 2485, 2486, 2487, 4069, 4075, 4078, 4082, 4083, 4085, 4086, 4136, 4137, 4138, 4152, 4154, 4156, 4159, 4161, 5211, 5212, 5213, 5214, 8746, 9788, 9791, 10971, 11783, 11788, 12603, 12604, 12623, 12653, 13118, 13902, 14980, 16657, 16851, 16852, 16858, 16888, 17536, 17538, 17539, 17657, 17679, 17734, 17792, 18223, 18224, 18229, 18249, 18256, 18257, 18258, 18261, 18298])),
            (88, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[9303, 12476, 12623, 12640, 14980, 16657, 18175]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6268, 6309, 7290]), Anchor::All(&[Anchor::Lits(&[11892, 13952, 18411, 19047]), Anchor::Lits(&[443, 446, 837, 1128, 1897, 2074, 2576, 3519, 3523, 4727, 4914, 4922, 5389, 5474, 5540])])]), Anchor::Lits(&[2080, 2081, 2082, 2357, 2577, 2578, 2579, 3525, 3526, 3527, 4065, 5395, 5396, 5397, 5477, 5478, 5479, 5544, 5545, 5546, 7871, 8444]), Anchor::Lits(&[530])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6268, 6309, 7290, 8746, 13827, 13902, 13906]), Anchor::All(&[Anchor::Lits(&[11892, 13952, 18419, 19047]), Anchor::Lits(&[443, 837, 1128, 1137, 1897, 2078, 2576, 3519, 3523, 4914, 4922, 5389, 5474, 5540])])]), Anchor::Lits(&[112, 349, 1490, 1950, 2826, 5327, 5361, 5481, 6027, 7954])])])),
            (89, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[8671, 8672, 8673, 8676, 8677, 8678, 8679, 8681, 8712, 8713, 8714, 8740, 8741, 8742, 8743, 8744, 8758, 8759, 8760, 8795, 8796, 8797, 8798, 8799, 9265, 9266, 9267, 9298, 9299, 9300, 9301, 9302, 9670, 9671, 9672, 9703, 9704, 9705, 9706, 9707, 9852, 9853, 9854, 9861, 9862, 9863, 9864, 9865, 13583, 13584, 13585, 13616, 13617, 13618, 13619, 13620, 14466, 14467, 14468, 14472, 14473, 14474, 14475, 14476, 14793, 14794, 14795, 14801, 14802, 14803, 14804, 14805, 15937, 15938, 15939, 15941, 15942, 15943, 15944, 15945, 16648, 16649, 16650, 16651, 16652, 16653, 16654, 16655, 18011, 18012, 18013, 18016, 18017, 18018, 18019, 18020]), Anchor::Lits(&[113, 735, 4902, 7987, 8013, 8080, 8398])])),
            (90, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1986, 3866, 3886, 4047, 4058, 4059, 4079, 4080, 4166, 4167]), Anchor::All(&[Anchor::Lits(&[1809, 2083, 2084, 2085, 2571, 3520, 3522, 5248, 5249, 5252, 5253, 5256, 5369, 5370, 5372, 5382, 5402]), Anchor::Lits(&[1808, 7300, 7303])])])),
            (91, "persona-whose-words-run", Anchor::All(&[Anchor::Lits(&[113, 2937, 2938, 2939, 2940, 2941, 3056, 3501, 4972, 4973, 5441, 5443, 8004, 8006, 8079, 8125, 8126, 8149]), Anchor::Lits(&[468, 754, 2489, 3166, 7709])])),
            (92, "persona-that-never-refuses", Anchor::All(&[Anchor::Lits(&[1268, 2691, 3637, 3638, 3639, 3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647, 3648, 3649, 3650, 3651, 3652, 3653, 3654, 3655, 3656, 3657, 3658, 3659, 3660, 3661, 3662, 3663, 3664, 3665, 3666, 3669, 3670, 3671, 3672, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 3683, 3687, 3688, 3689, 3690, 3691, 3692, 3693, 3694, 3695, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712, 3713, 3714, 3715, 3716, 3717, 3718, 3719, 3720, 3721, 3722, 3723, 3724, 3725, 3726, 3727, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3751, 3752, 3753, 3754, 3755, 3756, 3757, 3758, 5098, 5239, 5581, 5595, 7508]), Anchor::Lits(&[926, 943, 1580, 1623, 3939, 7715, 7915, 7953]), Anchor::Lits(&[530])])),
            (93, "persona-stripped-of-rules", Anchor::Any(&[Anchor::Lits(&[184, 185, 1084, 1085, 1118, 1119, 5589, 5596]), Anchor::All(&[Anchor::Lits(&[10809, 10810, 10827, 10829, 10855, 10861, 10862, 10869, 10890, 10904, 10985, 10986, 10987, 10988, 10990, 10994, 10995, 10996, 10998, 10999, 11046, 11047, 11048, 11049, 11052, 11056, 11057, 11058, 11061, 11062, 11077, 11078, 11107, 11109, 11136, 11142, 11143, 11150, 11172, 11186, 11779, 11780, 11891, 11892, 12166, 12207, 12221, 12262, 13205, 13206, 13829, 13830, 13837, 13838, 13863, 13869, 13870, 13875, 13895, 13907, 14233, 14234, 18300, 18301, 18302, 18303, 18305, 18309, 18310, 18314, 18316, 18318, 18411, 18577, 18578, 18579, 18580, 18582, 18586, 18587, 18591, 18593, 18595]), Anchor::Lits(&[9158, 9708, 9806, 9894, 11440, 11708, 12071, 13300, 13634, 14873, 15476, 15617, 15688, 18065]), Anchor::Lits(&[8601, 9520, 9848, 11910, 11940, 13267, 13936, 14790, 14869, 14980, 15583, 15594, 17832, 18615, 18757, 19008])])])),
            (94, "disable-safety", Anchor::Any(&[Anchor::Lits(&[5575, 8530, 8906, 9047, 9711, 9712, 9736, 9745, 9903, 9905, 10461, 10464, 10508, 10678, 10682, 10765, 10767, 11428, 11430, 11442, 11444, 11493, 11857, 11860, 11895, 11962, 11963, 11967, 12602, 12609, 13116, 13275, 13807, 13810, 14240, 14601, 14609, 15993, 15995, 16615, 16665, 16671, 16694, 16767, 17280, 17650, 17653, 17710, 18603]), Anchor::All(&[Anchor::Lits(&[8805, 9142, 9143, 9145, 9150, 9151, 9152, 9156, 9157, 9158, 9353, 9355, 9358, 9359, 9824, 9887, 9900, 10150, 10152, 10153, 10154, 10214, 10219, 10220, 10221, 10375, 10383, 11407, 11434, 11435, 11436, 11438, 11439, 11440, 11455, 11709, 12064, 12066, 12068, 12096, 12457, 12464, 12810, 12811, 12812, 12813, 12814, 12815, 12816, 13621, 13634, 15110, 15243, 15297, 15312, 15478, 15539, 15540, 15686, 15691, 15693, 15695, 15696, 15698, 15702, 15703, 15704, 15705, 15706, 15707, 15708, 15709, 15710, 15711, 15713, 15714, 15715, 15734, 15735, 15736, 15829, 15836, 15844, 15846, 15847, 15853, 15854, 15855, 15856, 17082, 17638, 18825]), Anchor::Lits(&[8529, 9472, 9710, 9727, 9738, 9902, 9904, 10460, 10462, 10463, 10507, 10669, 10679, 10681, 10714, 10768, 10849, 10883, 11130, 11165, 11218, 11428, 11430, 11441, 11443, 11806, 11894, 11896, 11961, 11964, 11966, 12126, 12549, 12608, 13201, 13274, 13277, 13366, 13368, 13806, 13809, 13970, 13981, 14597, 14605, 15205, 15336, 15344, 15352, 15992, 15994, 16001, 16067, 16127, 16568, 16606, 16614, 16664, 16667, 16670, 16693, 16766, 17649, 17652, 17709, 18051, 18099, 18411, 18602])])])),
            (95, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[8801, 8805, 9142, 9143, 9145, 9150, 9151, 9152, 9156, 9157, 9158, 9353, 9355, 9358, 9359, 9824, 9887, 9900, 10150, 10152, 10153, 10154, 10214, 10219, 10220, 10221, 10375, 10383, 11407, 11434, 11435, 11436, 11438, 11439, 11440, 11455, 11709, 12064, 12066, 12068, 12096, 12457, 12464, 12810, 12811, 12812, 12813, 12814, 12815, 12816, 13621, 13634, 15110, 15243, 15297, 15312, 15478, 15539, 15540, 15686, 15691, 15693, 15695, 15696, 15698, 15702, 15703, 15704, 15705, 15706, 15707, 15708, 15709, 15710, 15711, 15713, 15714, 15715, 15734, 15735, 15736, 15829, 15836, 15844, 15846, 15847, 15853, 15854, 15855, 15856, 17082, 17638, 18825]), Anchor::Lits(&[9737, 9789, 9790, 10462, 10545, 10679, 12017, 12685, 13276, 13963, 14147, 14242, 14594, 14736, 15349, 15517, 15562, 16666, 18044, 18052])])),
            (96, "skip-approval", Anchor::Any(&[Anchor::Lits(&[9148, 10806, 10863, 10864, 10865, 10883, 10903, 11074, 11144, 11145, 11146, 11165, 11185, 13825, 13974, 13975, 13976, 13981, 13987, 13996, 13997, 13998, 13999, 14000, 14005, 15200, 16572, 18311, 18312, 18313, 18315, 18317, 18437, 18588, 18589, 18590, 18592, 18594, 18669, 18682]), Anchor::All(&[Anchor::Lits(&[18412, 18418, 18419, 18436, 18438, 18440, 18441, 18450, 18451, 18454, 18455, 18466, 18473, 18475, 18476, 18477, 18478, 18480, 18481, 18482, 18484, 18488, 18512, 18518, 18520, 18521, 18523, 18524, 18525, 18526, 18529, 18540, 18543, 18557, 18558, 18559, 18560, 18563, 18564, 18569, 18571, 18575]), Anchor::Any(&[Anchor::Lits(&[8524, 9040, 9138, 9242, 9356, 9359, 9888, 9889, 10149, 10157, 11407, 12071, 12295, 12470, 14613, 14768, 15193, 15692, 15830, 16833, 16834, 16835, 17032, 17044, 17638]), Anchor::All(&[Anchor::Lits(&[14720, 17484, 18037]), Anchor::Lits(&[8585, 8590, 9138, 9747, 9834, 9836, 12021, 15537, 16002, 16016, 17499])])])])])),
            (97, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[10467, 10468, 10473, 10474, 10491, 10492, 10543, 10544, 17801, 17802]), Anchor::All(&[Anchor::Lits(&[8613, 8614, 8615, 8616, 8617, 8618, 8619, 8620, 8621, 8622, 9119, 9122, 9124, 9125, 9127, 9130, 9132, 9134, 9135, 9136, 9796, 9797, 9798, 9799, 9800, 9801, 9802, 9803, 9804, 9805, 10079, 10101, 10103, 10104, 10106, 10107, 10109, 10110, 10112, 10114, 10930, 10931, 10932, 10933, 10934, 10935, 10936, 10937, 10938, 10939, 11616, 11619, 11621, 11622, 11624, 11627, 11629, 11631, 11632, 11633, 11766, 11770, 11771, 11772, 11773, 11774, 11775, 11776, 11777, 11778, 14205, 14216, 14218, 14219, 14221, 14222, 14224, 14225, 14227, 14229, 14758, 14759, 14760, 14761, 14762, 14763, 14764, 14765, 14766, 14767, 15660, 15663, 15665, 15666, 15668, 15671, 15673, 15675, 15676, 15677]), Anchor::Lits(&[10466, 10472, 10490, 10542, 15528, 15605, 15606, 17616, 17747, 17800])])])),
            (98, "route-around-the-guard", Anchor::Lits(&[6916, 7056, 7083, 7087, 9477, 9478, 9479, 9480, 9481, 9482, 9751, 9752, 9753, 9755, 9756, 9759, 9760, 9761, 9762, 9763, 10894, 10897, 10907, 10908, 10909, 10911, 11176, 11179, 11189, 11190, 11191, 11193, 11870, 11871, 11872, 11873, 11874, 11875, 11876, 11877, 11878, 11879, 11880, 11881, 12000, 12001, 12002, 12003, 12004, 12005, 13896, 13899, 13910, 13911, 13912, 13915, 14646, 14647, 14648, 14649, 14650, 14651, 14661, 14662, 14663, 14664, 14665, 14666, 15895, 15896, 15897, 15898, 15899, 15900, 15901, 15902, 15903, 15904, 15905, 15906, 16094, 16095, 16102, 16103, 16104, 16105, 16448, 16449, 16450, 16451, 16452, 16453, 16588, 16591, 16595, 16596, 16597, 16598, 16760, 16761, 16762, 16763, 16764, 16765])),
            (99, "do-not-screen-input", Anchor::Lits(&[1502, 1503, 1504, 1510, 1516, 1545, 1552, 1553, 1554, 1555, 1558, 1559, 1568, 1569, 1677, 1678, 1679, 1685, 1691, 1727, 1734, 1735, 1736, 1737, 1740, 1741, 1750, 1751, 3949, 3950, 3951, 3956, 3963, 4000, 4008, 4009, 4010, 4011, 4014, 4015, 4024, 4025, 4113, 4114, 4115, 4118, 4121, 4122, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 5860, 5861, 5863, 5864, 5866, 5870, 5872, 5873, 5874, 5875, 5877, 5878, 5887, 5888, 6122, 6123, 6124, 6126, 6128, 6134, 6135, 6136, 6137, 6138, 6140, 6141, 6143, 6144, 7878, 7879, 7882, 7888, 7892, 7897, 7902, 7903, 7904, 7905, 7906, 7907, 7909, 7910])),
            (100, "allowlist-this-prompt", Anchor::Lits(&[8908, 8920, 9912, 9913, 9914, 9915, 9916, 10176, 10178, 10179, 10180, 10181, 11635, 11748, 11749, 11750, 11751, 11752, 13212, 13213, 13217, 13218, 13223, 13466, 13467, 13468, 13469, 13470, 16730, 16731, 16733, 16734, 16736, 17627, 17629, 17631, 17632, 17635, 17642, 17643, 17644, 17645, 17646, 18251, 18252])),
            (104, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[1878, 5382]), Anchor::All(&[Anchor::Lits(&[2184, 2193, 2229, 2234, 2308, 2830, 2858, 2899, 2901, 2944, 4243, 4244, 4250, 4251, 4263, 4437, 4446, 4462, 4465, 4475]), Anchor::Lits(&[9984, 10669, 11218, 11754, 13274, 14597, 15344, 16670, 17556, 17649, 17812])])])),
            (105, "stop-logging", Anchor::Lits(&[1402, 1405, 1406, 1407, 1408, 1409, 1410, 1496, 1517, 1523, 1544, 1556, 1566, 1572, 1670, 1692, 1698, 1726, 1738, 1748, 1754, 3945, 3964, 3971, 3999, 4012, 4022, 4026, 4819, 4820, 4821, 4822, 4823, 4824, 4825, 5131, 5133, 5134, 5135, 5136, 5137, 5138, 5859, 5867, 5868, 5869, 5876, 5885, 5889, 6120, 6129, 6131, 6133, 6139, 6142, 6145, 6257, 6258, 6259, 6260, 6261, 6263, 6264, 7277, 7278, 7279, 7280, 7281, 7283, 7284])),
            (106, "self-approval", Anchor::Lits(&[9162, 9163, 9164, 9165, 9166, 9167, 9168, 9169, 9170, 9171, 9172, 9173, 9174, 9175, 16785, 16787, 16788, 16789, 16791, 16792, 16793, 16794, 16799, 16802, 16804, 16805, 16806, 16807, 16809, 16811, 16812, 16813, 16814, 16815, 16816, 16817, 16818, 16822, 16823, 16824, 16825, 16826, 16828, 16831])),
            (107, "execute-everything", Anchor::Lits(&[69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 227, 228, 229, 231, 232, 233, 234, 236, 238, 239, 240, 241, 242, 243, 244, 245, 447, 448, 449, 450, 451, 452, 453, 455, 457, 458, 459, 460, 461, 462, 463, 464, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1486, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1969, 4849, 4850, 4851, 4852, 4853, 4854, 4855, 4856, 4857, 4858, 4859, 4860, 4861, 4862, 4863, 4864, 5483, 5484, 5485, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 5493, 5494, 5495, 5496, 5497, 5498])),
            (108, "protection-mode-claim", Anchor::Lits(&[166, 230, 656, 881, 1412, 1785, 3469, 3557, 3813, 4135, 4240, 4294, 4794, 4799, 4848, 5334, 7262, 7332])),
            (109, "approve-tool-calls", Anchor::Lits(&[2443, 4844, 7206, 7207, 7208])),
            (111, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[6526, 6541, 6579, 6661, 6725, 8127]), Anchor::Lits(&[246, 248, 249, 250, 251, 254, 441, 825, 850, 1009, 1025, 1098, 1100, 1310, 1879, 2573, 2727, 2728, 3524, 3792, 4843, 4845, 4915, 4923, 5181, 5390, 5475, 5737, 7252, 7683]), Anchor::Lits(&[125, 254, 426, 987, 990, 1071, 1283, 1756, 1807, 2094, 2982, 3012, 3512, 3595, 3811, 3829, 3860, 4728, 4814, 5149, 5223, 5264, 5294, 5318, 5321, 5429, 5693, 5846, 6244, 7318, 7328, 7348, 7349, 7683, 7704])])),
            (112, "tamper-with-its-controls", Anchor::All(&[Anchor::Lits(&[3360]), Anchor::Lits(&[246, 248, 249, 250, 251, 254, 441, 825, 850, 1009, 1025, 1098, 1100, 1310, 1879, 2573, 2727, 2728, 3524, 3792, 4843, 4845, 4915, 4923, 5181, 5390, 5475, 5737, 7252, 7683]), Anchor::Lits(&[125, 254, 426, 987, 990, 1071, 1283, 1756, 1807, 2094, 2982, 3012, 3512, 3595, 3811, 3829, 3860, 4728, 4814, 5149, 5223, 5264, 5294, 5318, 5321, 5429, 5693, 5846, 6244, 7318, 7328, 7348, 7349, 7683, 7704])])),
            (113, "tamper-with-named-controls", Anchor::All(&[Anchor::Lits(&[8907, 8911, 8919, 9147, 9156, 10375, 11407, 12063, 12412, 12413, 12414, 12415, 12416, 12417, 12418, 12419, 12420, 12421, 12422, 12423, 12424, 12425, 12426, 12427, 12428, 12429, 12430, 12431, 12432, 12433, 12434, 12435, 12436, 12437, 12438, 12439, 12440, 12441, 12442, 12443, 12444, 12445, 12811, 14952, 15108, 15111, 15238, 15823, 15838, 17577, 17638]), Anchor::Lits(&[6515, 6652, 8127])])),
            (114, "authority-waives-controls", Anchor::Any(&[Anchor::Lits(&[493, 3049, 3192, 10314, 13941, 14079, 16748]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2516, 2517, 2518, 2521, 2522, 2523, 2690, 9993, 10156, 11406, 11634, 12477, 12490, 12503, 14779, 14936, 14956, 15733, 16002, 16007, 16017, 18050, 18089, 18090, 18098]), Anchor::All(&[Anchor::Lits(&[9398]), Anchor::Lits(&[15683, 19039])])]), Anchor::Lits(&[880, 884, 1020, 1283, 1296, 1398, 1419, 1766, 1774, 1939, 2491, 2527, 2528, 2774, 2795, 3512, 3514, 4720, 4723, 5294, 5312, 5700, 5857, 5890, 6112, 6113, 6237, 6254, 7274, 7334, 7335, 7500, 7947])])])),
            (115, "vendor-orders-an-action", Anchor::All(&[Anchor::Lits(&[9000, 9002, 9003, 9004, 9005, 9006, 9007, 9008, 9010, 9011, 9012, 9013, 9014, 9015, 9016, 9017, 9021, 9022, 9024, 9025, 9026, 9027, 9028, 9029, 9030, 9032, 9035, 9036, 9926, 9927, 9928, 9929, 9930, 9931, 9932, 9933, 9938, 9939, 9940, 9941, 9942, 9943, 9944, 9945, 9968, 9969, 9970, 9971, 9972, 9973, 9974, 9975, 9976, 9977, 9978, 9979, 10324, 10325, 10326, 10327, 10328, 10329, 10330, 10331, 10336, 10337, 10338, 10339, 10340, 10341, 10342, 10343, 10366, 10367, 10368, 10369, 10370, 10371, 10372, 10373, 10374, 10378, 10379, 10380, 14376, 14378, 14379, 14380, 14381, 14382, 14383, 14384, 14386, 14387, 14388, 14389, 14390, 14391, 14392, 14393, 14397, 14398, 14400, 14401, 14402, 14403, 14404, 14405, 14406, 14408, 14411, 14412, 16146, 16148, 16149, 16150, 16151, 16152, 16153, 16154, 16156, 16157, 16158, 16159, 16160, 16161, 16162, 16163, 16167, 16168, 16170, 16171, 16172, 16173, 16174, 16175, 16176, 16179, 16183, 16185]), Anchor::Lits(&[2371, 2375, 2376, 2381, 2390, 2393, 2397, 2400, 2406, 2418, 4426, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 6685, 6689, 6691, 6697, 6699, 6700, 6701, 6702, 6703, 6704])])),
            (116, "run-data-as-code", Anchor::Any(&[Anchor::Lits(&[814, 815, 816, 817, 818, 819, 820, 821, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 3259, 3262, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545, 6534, 6535, 6565, 6566, 6572, 6573, 6574, 6575, 6606, 6607, 7406, 7407, 7408, 7409, 7410, 7411, 7412, 7413, 7629, 7630, 7631, 7632, 7633, 7634, 7635, 7636, 8657, 8658, 15195, 15196, 15813, 15814, 16031, 16032, 18218]), Anchor::All(&[Anchor::Lits(&[11785, 11787]), Anchor::Lits(&[1138, 1139, 1140, 1144, 1145, 1146, 6150, 6151, 6152, 6358, 6359, 6360, 7395, 7396, 7397]), Anchor::Lits(&[1951, 3250, 5482, 6158])])])),
            (117, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[5437]), Anchor::Lits(&[719, 1026, 1190, 1191, 5898, 6032]), Anchor::Lits(&[11805, 15220, 15296, 15568])])),
            (118, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[803, 804, 9176, 9619, 10808, 10854, 10873, 11076, 11135, 11154, 12151, 13828, 13862, 13879, 14006, 14021, 14115, 15608, 16191, 16192, 16193, 16199, 16200, 16201, 16202, 16203, 16204, 16212, 16215, 16216, 16217, 16227, 16252, 16253, 16258, 16259, 16262, 16263, 16264, 16265, 16266, 16267, 16320, 16321, 16333, 16334, 16335, 16339, 16344, 16346, 16352, 16353, 16354, 16355, 16356, 16357, 16358, 16359, 16360, 16361, 16362, 16363, 16364, 16365, 16366, 16367, 16368, 16369, 16370, 16371, 18439, 18489, 18501, 18505, 18534, 18545, 18556]), Anchor::All(&[Anchor::Lits(&[12342, 12344, 12346, 12348, 12349]), Anchor::Lits(&[2369])]), Anchor::All(&[Anchor::Lits(&[905, 906, 907, 909, 910, 912, 918, 919, 927, 928, 929, 931, 932, 934, 940, 941, 944, 945, 946, 948, 949, 951, 957, 958, 1501, 1505, 1511, 1513, 1518, 1536, 1560, 1563, 1584, 1585, 1587, 1589, 1592, 1611, 1618, 1619, 1627, 1628, 1630, 1632, 1635, 1654, 1661, 1662, 1676, 1680, 1686, 1688, 1693, 1718, 1742, 1745, 3948, 3952, 3957, 3959, 3965, 3993, 4016, 4019, 7718, 7720, 7721, 7723, 7727, 7733, 7741, 7744, 7918, 7920, 7921, 7923, 7927, 7933, 7941, 7944]), Anchor::Lits(&[11358, 11359, 11360, 11361, 11362, 11363, 11364, 11365, 11366, 11367, 11368, 11369, 11370, 11371, 11372, 11373, 11374, 11375, 11376, 11377, 11378, 11379, 11380, 11381, 11382, 11383, 11384, 11385, 11386, 11387, 11388, 11389, 11390, 11391, 11392, 11393, 11394, 11395, 11396, 11397, 11398, 11399, 11400, 11401, 13392, 13393, 13394, 13395, 13396, 13397, 13398, 13399, 13401, 13402, 13403, 13404, 13405, 13406, 13407, 13408, 13409, 13410, 13411, 13412, 13413, 13414, 13415, 13416, 13417, 13418, 13419, 13420, 13421, 13422, 13423, 13424, 13425, 13426, 13427, 13428, 13429, 13430, 13431, 13432, 13433, 13434, 13435, 13436, 16189, 16193, 16194, 16198, 16227, 16228, 16230, 16237, 16241, 16242, 16243, 16244, 16245, 16246, 16247, 16248, 16249, 16250, 16251, 16252, 16253, 16255, 16256, 16260, 16261, 16268, 16269, 16270, 16272, 16278, 16282, 16283, 16284, 16285, 16286, 16287, 16288, 16289, 16290, 16291, 16292, 16293, 16294, 16295, 16296, 16297, 16298, 16299, 16300, 16301, 16302, 16303, 16304, 16305, 16306, 16307, 16309, 16310, 16311, 16312, 16313, 16314, 16315, 16317, 16318, 16319, 16331, 16335, 16337, 16338, 16339, 16340, 16341, 16342, 16344, 16346, 16347])])])),
            (119, "evade-the-checks", Anchor::Any(&[Anchor::Lits(&[659, 660, 661, 722, 3558, 3559, 3560, 5224, 5225, 5226, 7211, 7212, 7213, 7214, 7215, 7216, 13035, 13992, 17300, 17305, 17306, 17316, 18095, 18457, 18474, 18493, 18719]), Anchor::All(&[Anchor::Lits(&[905, 906, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 927, 928, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 944, 945, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 1501, 1505, 1512, 1513, 1518, 1521, 1536, 1538, 1540, 1541, 1542, 1546, 1560, 1563, 1567, 1584, 1585, 1588, 1589, 1592, 1594, 1611, 1612, 1613, 1614, 1615, 1616, 1618, 1619, 1620, 1627, 1628, 1631, 1632, 1635, 1637, 1654, 1655, 1656, 1657, 1658, 1659, 1661, 1662, 1663, 1676, 1680, 1687, 1688, 1693, 1696, 1718, 1720, 1722, 1723, 1724, 1728, 1742, 1745, 1749, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2052, 3948, 3952, 3958, 3959, 3965, 3969, 3993, 3994, 3995, 3996, 3997, 4003, 4016, 4019, 4023, 7718, 7720, 7722, 7723, 7727, 7729, 7733, 7734, 7735, 7736, 7737, 7738, 7741, 7744, 7745, 7918, 7920, 7922, 7923, 7927, 7929, 7933, 7934, 7935, 7936, 7937, 7938, 7941, 7944, 7945]), Anchor::Lits(&[16188])])])),
            (120, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[139, 141, 142, 148, 149, 150, 154, 155, 156, 162, 163, 164, 1002, 1003, 1004, 1005, 1006, 1007, 1010, 1011, 1012, 1013, 1014, 1015, 1162, 1163, 1164, 1165, 1166, 1167, 1169, 1170, 1171, 1172, 1173, 1174, 1362, 1363, 1364, 1372, 1373, 1375, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1704, 1706, 1707, 1708, 1710, 1714, 1715, 1717, 1813, 1814, 1815, 1816, 1817, 1818, 2362, 2363, 2364, 2365, 2366, 2367, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 3795, 3798, 3801, 3803, 3809, 3810, 3889, 3891, 3892, 3894, 3896, 3904, 3905, 3909, 4112, 4114, 4116, 4117, 4120, 4123, 4124, 4133, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4526, 4527, 4528, 4529, 4530, 4531, 4740, 4741, 4742, 4743, 4744, 4745, 4916, 4917, 4918, 4919, 4920, 4921, 4924, 4925, 4926, 4927, 4928, 4929, 5344, 5345, 5346, 5347, 5348, 5349, 5350, 5351, 5352, 5353, 5354, 5355, 5383, 5384, 5385, 5386, 5387, 5388, 5391, 5392, 5393, 5394, 5398, 5399, 5452, 5453, 5454, 5460, 5461, 5462, 6279, 6283, 6284, 6291, 6292, 6295, 7875, 7883, 7887, 7890, 7899, 7911, 9149, 9159, 9898, 10151, 10155, 10254, 10705, 11604, 11636, 11893, 12090, 12137, 13315, 14892, 15496, 15633, 17626, 17630, 17633, 17634, 17636, 18053, 18436, 18446, 18454, 18520, 18538, 18548]), Anchor::All(&[Anchor::Lits(&[880, 884, 1020, 1398, 1419, 1979, 1981, 2491, 2505, 3512, 3514, 4720, 4723, 4724, 4726, 5294, 5312, 5857, 5890, 6237, 6239, 7274, 7291, 7500, 7502]), Anchor::Lits(&[4378, 8663, 9825, 9901, 9906, 10426, 10427, 10459, 12274, 14295, 14621, 14854, 15845, 16782, 18046]), Anchor::Lits(&[440, 1001, 1106, 1161, 2572, 3515, 4914, 4922, 5180, 5382, 5422, 5473, 5538])])])),
            (121, "standing-order-for-tool-calls", Anchor::Any(&[Anchor::Lits(&[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 2695, 2697, 2698, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2710, 3144, 3145, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 6788, 6789, 6790, 6791, 6792, 6793, 6794, 6795, 6796, 6797, 6798, 6799, 7217, 7218, 7219, 7220, 7221, 7222, 7223, 7224, 7225, 7226, 7227, 7228, 7239, 7240, 7241, 7242, 7243, 7244, 7245, 7246, 7247, 7248, 7249, 7250, 8446, 8447, 8448, 8449, 8450, 8451, 8452, 8453, 8454, 8455, 8456, 8457]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9304, 9305, 9306, 9307, 9308, 9309, 9310, 9311, 9312, 9313, 9314, 9315, 9316, 9317, 9318, 9319, 9320, 9321, 9322, 9323, 9522, 9529, 9530, 9531, 9532, 9533, 9534, 9535, 9536, 9537, 9539, 9540, 9541, 9542, 9543, 9544, 9545, 9546, 9547, 9548, 15640, 15641, 15642, 15643, 15644, 15645, 15646, 15647, 15648, 15649, 15650, 15651, 15652, 15653, 15654, 15655, 15656, 15657, 15658, 15659, 16672, 16673, 16674, 16675, 16676, 16677, 16678, 16679, 16680, 16681, 16682, 16683, 16684, 16685, 16686, 16687, 16688, 16689, 16690, 16691, 17887, 17888, 17889, 17890, 17891, 17892, 17893, 17894, 17895, 17896, 17897, 17898, 17899, 17900, 17901, 17902, 17903, 17904, 17905, 17906, 17907, 17908, 17909, 17910, 17911, 17912, 17913, 17914, 17915, 17916, 17917, 17918, 17919, 17920, 17921, 17922, 17923, 17924, 17925, 17926, 17927, 17928, 17929, 17930, 17931, 17932, 17933, 17934, 17935, 17936]), Anchor::All(&[Anchor::Lits(&[384, 679, 703, 734, 1177, 1181, 1221, 1227, 1231, 2698, 2700, 2703, 2704, 2705, 2706, 2707, 2710, 5003, 5038, 5066, 7195, 7219, 7220, 7227, 7228, 7370, 7613, 8460]), Anchor::Lits(&[8659, 9117, 10301, 10429, 11346, 11614, 11868, 12687, 12820, 14825, 14927, 15151, 15607, 15639, 15893, 18606])])]), Anchor::Lits(&[9041, 9099, 11274, 11458, 11782, 11784, 11786, 11789, 11790, 11791, 11792, 11793, 11794, 11909, 12016, 12663, 12664, 14296, 18210, 18363])]), Anchor::All(&[Anchor::Lits(&[9106, 9107, 9108, 10169, 10170, 10171, 13800, 13801, 13802, 14561, 14562, 14563, 15166, 15167, 15168, 15431, 15432, 15433, 17593, 17594, 17595, 17605, 17606, 17607]), Anchor::Lits(&[6747, 6748, 6749, 6750, 6751, 6752, 6753, 6754, 6755, 6756, 6757, 6758, 6759, 6760, 6761, 6762, 6763, 6764, 6765, 6766, 6767, 6768, 6769, 6770, 6771, 6772, 6773, 6774, 6775, 6776, 6777, 6778, 6779, 6780, 6781, 6806, 6822, 6825, 6826, 6837, 6843, 6844, 6848, 6931, 6975, 6976, 7006, 7010, 7011, 7012, 7016, 7023, 7024, 7036, 7047, 7048, 7055, 7075, 7079, 7080, 7096, 7108, 7109, 7116, 7119, 7120, 7121, 7123, 7124, 7125, 7425, 7428, 7429, 7430, 7432, 7433, 7434, 7436, 7441, 7442, 7443, 7452, 7453, 7454, 7455, 7456, 7457, 7458, 7460, 7461, 7463, 7467, 7469, 7471, 7472, 7475, 7476, 7477, 7478, 7479, 7480, 7481, 7482, 7483, 7484])])])),
            (122, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[252, 261, 442, 444, 445, 654, 704, 707, 2574, 2575, 4931, 4934, 4954, 4974, 5054, 5057, 5542, 5543, 7376, 9809, 9810, 9816, 9817, 9818, 9819, 9821, 9823, 13815, 13816, 13817, 13818, 13819, 13820, 13821, 13822, 13966, 13967, 13983, 13984, 13986, 13988, 13989, 13991, 15201, 15202, 15211, 15212, 15213, 15214, 15216, 15217, 16573, 16574, 16589, 16590, 16592, 16593, 16599, 16600, 16670, 16692, 17649, 17651]), Anchor::All(&[Anchor::Lits(&[5694, 5701, 5702, 5703, 5704, 5705, 5706, 5707, 5708, 5709, 5710, 5711, 5712, 5713, 5714, 5715, 5716, 5725, 5727, 5728, 5729, 5730, 5731, 5732]), Anchor::Lits(&[9909, 11707, 12063, 12411, 15702, 17638])])])),
            (123, "agent-grants-itself-power", Anchor::Lits(&[5301, 6527, 6533, 8267, 8301, 8318, 8396, 8419, 10884, 11166, 13982, 16229, 16231, 16232, 16233, 16235, 16236, 16239, 16271, 16273, 16274, 16275, 16276, 16277, 16280])),
            (124, "remove-the-guard-hook", Anchor::Lits(&[9146, 9155, 9354, 9357, 10376, 10377, 12065, 12067, 12069, 12070, 14773, 14774, 14905, 14914, 14952, 14953, 14992, 14993, 15700, 15712, 15838, 15858])),
            (125, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[1031, 1398, 3439, 4818, 5078, 5767, 6118, 6237, 6254, 7274, 7334, 7751]), Anchor::Lits(&[86, 90, 197, 650, 1901, 3562, 3563, 3814, 5125, 5633]), Anchor::Lits(&[8800, 9792, 10010, 13357, 13360, 13624, 15291, 15514, 16777, 17608])])),
            (126, "policy-does-not-cover-me", Anchor::Lits(&[432, 433, 434, 435, 436, 437, 438, 807, 808, 809, 810, 811, 812, 813, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1940, 2975, 2976, 2977, 2978, 2979, 2980, 2981, 5374, 5375, 5376, 5377, 5378, 5379, 5380])),
            (129, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[168, 588, 773, 2771, 4477, 7639, 7640, 7681]), Anchor::Any(&[Anchor::Lits(&[8587, 8599, 8930, 9109, 10420, 10421, 10513, 10516, 10517, 10519, 10670, 10671, 10672, 10673, 10674, 10675, 10676, 10677, 11222, 11227, 11228, 11229, 11230, 11231, 11237, 11238, 11239, 11638, 14524, 14631, 14712, 14823, 15077, 15783, 15880, 16409, 16467, 17558, 17640]), Anchor::All(&[Anchor::Lits(&[12046]), Anchor::Lits(&[110, 205, 4542, 4746, 5639, 6273])]), Anchor::All(&[Anchor::Lits(&[6868, 6892, 6906, 6943, 6944, 6946, 6976, 6995, 7004, 7044, 7076, 7114, 7129]), Anchor::Lits(&[10302, 11270, 11342, 11652, 11869, 13237, 14928, 15894, 17614, 17757, 17828])])]), Anchor::Lits(&[8955, 8956, 8957, 8958, 8959, 8960, 8969, 8996, 8997, 9190, 9910, 9911, 9917, 11648, 11649, 11650, 11728, 11729, 12984, 13349, 13351, 13352, 14341, 14444, 14637, 14638, 14639, 15089, 15090, 15091, 15235, 15247, 15267, 15538, 15559, 15560, 15881, 15885, 16618, 16626, 16627, 16628, 16636, 16637, 17616, 17617, 17618])])),
            (130, "tool-call-tampering", Anchor::Lits(&[8696, 8697, 8698, 8699, 8700, 9042, 9043, 9044, 9045, 9046, 9100, 9101, 9102, 9103, 9104, 9563, 9583, 9585, 9591, 9604, 10024, 10025, 10027, 10028, 10029, 10030, 10031, 10033, 10040, 10041, 10042, 10043, 10044, 10045, 10046, 10048, 11275, 11276, 11277, 11278, 11279, 11459, 11460, 11461, 11462, 11463, 11924, 11925, 11926, 11927, 11928, 11929, 11930, 11931, 11932, 11933, 11934, 11935, 11936, 11937, 11938, 11939, 12519, 12537, 12538, 12539, 12543, 13942, 13943, 13944, 13945, 13946, 15159, 15160, 15161, 15162, 15163, 15164, 15165, 15169, 15172, 15173, 15175, 15176, 15177, 15184, 15185, 15192, 16459, 16460, 16461, 16462, 16463, 16464, 16465, 16466, 16523, 16524, 16525, 16526, 16527, 16528, 16529, 16530, 16535, 16536, 16537, 16538, 16539, 16540, 16541, 16542, 17578, 17579, 17580, 17581, 17582, 17583, 17584, 17585, 17586, 17587, 17588, 17589, 17590, 17591, 17592, 17596, 18193, 18202, 18203, 18204, 18207, 18212, 18215, 18216, 18217, 18218])),
            (131, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[801, 802, 803, 804, 1507, 1522, 1526, 1543, 1548, 1551, 1557, 1562, 1565, 1682, 1697, 1701, 1725, 1730, 1733, 1739, 1744, 1747, 3835, 3954, 3970, 3974, 3998, 4005, 4007, 4013, 4018, 4021, 5129, 5847, 10400, 10401, 10402, 10403, 10404, 10405, 10406, 10407, 10408, 10409, 10410, 10411, 10697, 10698, 12299, 12301, 12306, 12310, 12311, 12327, 12328, 12331, 12332, 12336, 12337, 12458, 12459, 12460, 12461, 12462, 12463, 12465, 12466, 12467, 12468, 12469, 12471, 12472, 12473, 12474, 12958, 12959, 12960, 12961, 12962, 12963, 12964, 12965, 12966, 12967, 12968, 12969, 13178, 13180, 13185, 13193, 13195, 13510, 15194, 15398, 15416, 15417, 15418, 15419, 15420, 15421, 15422, 15423, 15424, 15425, 15426, 15427, 15428, 15429, 15430, 15751, 15786, 15787, 15789, 15793, 15794, 15803, 15804, 15807, 15808, 15810, 15811, 15812, 16019, 16020, 16021, 16022, 16023, 16024, 16025, 16026, 16027, 16028, 16029, 16030, 16547, 16548, 16549, 16550, 16551, 16552, 16553, 16554, 16555, 16556, 16557, 16558, 16800, 17663, 17664, 17665, 17666, 17667, 17668, 17669, 17670, 17671, 17672, 17673, 17711, 17712, 17713, 17714, 17715, 17716, 17717, 17718, 17719, 17720, 17721, 17760, 17761, 17762, 17763, 17764, 17765, 17766, 17767, 17768, 17769, 17770, 17942, 17943, 17944, 17945, 17946, 17947, 17948, 17949, 17950, 17951, 17952, 17953, 17954, 17955, 17956, 17958, 17959, 17960, 17961, 17962, 17963, 17964, 17965, 17966, 17967, 17968, 17969, 17970, 17971, 17972, 18417, 18492, 18507, 18508, 18509, 18515, 18556]), Anchor::All(&[Anchor::Lits(&[8963, 10800, 11067, 13400, 13812, 14003, 18411, 18726, 18728]), Anchor::Lits(&[191, 198, 832, 1435, 1436, 2986, 2995, 3499, 3503, 3636, 3698, 4197, 4198, 5331, 5337, 5418, 5419, 5580, 5593, 5800, 5821, 6329, 6353, 7509, 7510]), Anchor::Lits(&[8663, 9048, 9049, 12456, 14463, 14621, 14747, 14788, 15415, 17937])]), Anchor::All(&[Anchor::Lits(&[718, 2696, 4271, 4559, 5617]), Anchor::Lits(&[13179, 13184, 13186, 13191, 13192, 13194, 13196, 13241, 13243, 13244, 13245, 13246, 13247, 13248])])])),
            (132, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[28, 30, 35, 39, 42, 44, 46, 50, 52, 273, 275, 277, 279, 284, 286, 288, 290, 292, 6413, 6415, 6445, 6447, 6450, 6455, 6457, 6469, 6471, 6542, 6544, 6546, 6550, 6561, 6567, 6569, 6580, 6584, 6678, 6680, 6705, 6707, 6710, 6712, 6714, 6726, 6728]), Anchor::Lits(&[531, 545, 591, 592, 598, 2803, 2823, 2897, 2898, 2936, 3013, 3014, 3015, 3016, 3017, 3060, 3073, 3124, 3125, 3137, 4492, 4493, 4502, 4503, 4504, 6805, 6856, 7052, 7053, 7115]), Anchor::Lits(&[10422, 10431, 10443, 11343, 11344, 13198, 14718, 14823, 15292, 15502, 15512, 15611, 15730, 15815, 15916, 16468, 16992, 17127, 17559])]), Anchor::All(&[Anchor::Lits(&[12620, 12625, 13326, 14829, 17875]), Anchor::Lits(&[328, 1134, 2107, 4909, 7768]), Anchor::Lits(&[10422, 10443, 11344, 14565, 14718, 15292, 15502, 15512, 15611, 15815, 16468, 16726, 17559])])]), Anchor::Lits(&[29, 31, 36, 40, 43, 45, 47, 51, 53, 274, 276, 278, 280, 285, 287, 289, 291, 293, 6414, 6416, 6446, 6448, 6451, 6456, 6458, 6470, 6472, 6543, 6545, 6547, 6551, 6562, 6568, 6570, 6581, 6585, 6679, 6681, 6706, 6708, 6711, 6713, 6715, 6727, 6729, 10423, 10444, 11345, 14566, 14719, 15293, 15503, 15513, 15612, 15816, 16469, 16727, 17560])])),
            (136, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[474, 482, 489, 511, 516, 921, 2624, 2654, 3226, 3232, 3838, 3910, 3930, 5739, 5768, 7708]), Anchor::Lits(&[180, 181, 187, 188, 618, 619, 831, 834, 998, 999, 1000, 1026, 1185, 1186, 1190, 2556, 3454, 3455, 3546, 3547]), Anchor::Any(&[Anchor::Lits(&[8587, 8599, 8930, 9109, 10420, 10421, 10513, 10516, 10517, 10519, 10670, 10671, 10672, 10673, 10674, 10675, 10676, 10677, 11222, 11227, 11228, 11229, 11230, 11231, 11237, 11238, 11239, 11638, 14524, 14631, 14712, 14823, 15077, 15783, 15880, 16409, 16467, 17558, 17640]), Anchor::All(&[Anchor::Lits(&[12046]), Anchor::Lits(&[110, 205, 4542, 4746, 5639, 6273])]), Anchor::All(&[Anchor::Lits(&[6868, 6892, 6906, 6943, 6944, 6946, 6976, 6995, 7004, 7044, 7076, 7114, 7129]), Anchor::Lits(&[10302, 11270, 11342, 11652, 11869, 13237, 14928, 15894, 17614, 17757, 17828])])])])),
            (137, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8929, 12455, 12621, 13471, 17603]), Anchor::All(&[Anchor::Lits(&[9513, 9514, 9629, 10399, 11353, 12296, 12298, 12957, 13636, 15605, 15606, 15784, 16559, 17515, 18250, 19048]), Anchor::Lits(&[9350, 9638, 9880, 10051, 10774, 11339, 11705, 11781, 12620, 13321, 13326, 13472, 14640, 14743, 15817, 16446, 16605, 16729, 16840])])]), Anchor::Lits(&[256, 731, 733, 806, 1202, 1858, 2692, 2694, 2734, 2797, 3143, 3616, 3824, 5463, 5464, 5615, 6110, 6787, 7227, 7682, 8445]), Anchor::Lits(&[647, 824, 994, 1070, 1073, 1453, 1454, 1810, 1811, 2057, 2058, 2112, 2796, 3528, 3529, 3618, 4783, 4829, 5626, 6025, 6026, 6149, 6303, 6304, 6357, 12622, 17604])])),
            (138, "hijack-the-task", Anchor::All(&[Anchor::Lits(&[59, 880, 1160, 1281, 1390, 1391, 1434, 1440, 1441, 1443, 1447, 1449, 1499, 1508, 1514, 1537, 1571, 1671, 1674, 1683, 1689, 1719, 1753, 1895, 1896, 2312, 2316, 2515, 2772, 2774, 2792, 2793, 2794, 2795, 3500, 3934, 3960, 3975, 4027, 4095, 4097, 4119, 4222, 4409, 4410, 4411, 4415, 4557, 4558, 4718, 4720, 4723, 4724, 4826, 4827, 4828, 5106, 5132, 5607, 5700, 5857, 6119, 6121, 6125, 6127, 6130, 6132, 6307, 6783, 6784, 7209, 7319, 7415, 7416]), Anchor::Lits(&[33, 649, 1825, 1854, 1855, 3019, 3142, 5166, 6069, 8441])])),
            (140, "instruction-field", Anchor::Any(&[Anchor::Lits(&[8710, 8711, 8715, 8716, 8723, 8736, 8737, 8738, 8739, 8756, 8757, 8761, 8762, 8774, 8787, 8788, 8789, 8794, 9263, 9264, 9268, 9269, 9281, 9294, 9295, 9296, 9297, 9668, 9669, 9673, 9674, 9686, 9699, 9700, 9701, 9702, 10274, 10275, 10276, 10277, 10284, 10297, 10298, 10299, 10300, 13340, 13341, 13342, 13343, 13344, 13345, 13346, 13347, 13348, 13581, 13582, 13586, 13587, 13599, 13612, 13613, 13614, 13615, 16700, 16704, 16708, 16709, 16714, 16715, 16717, 16720, 16723]), Anchor::All(&[Anchor::Lits(&[2115, 2116, 2117, 2118, 2119, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2131, 2132, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2190, 2194, 2195, 2203, 2204, 2228, 2229, 2231, 2233, 2234, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2246, 2247, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303, 2304, 2305, 2306, 6807, 6808, 6809, 6810, 6811, 6812, 6813, 6816, 6817, 6820, 6821, 6824, 6829, 6830, 6831, 6832, 6851, 6852, 6853, 6857, 6858, 6859, 6860, 6861, 6862, 6863, 6864, 6865, 6866, 6867, 6869, 6870, 6871, 6872, 6873, 6874, 6875, 6876, 6877, 6878, 6879, 6880, 6881, 6882, 6883, 6884, 6885, 6886, 6887, 6888, 6889, 6890, 6891, 6907, 6908, 6911, 6912, 6915, 6917, 6961, 6992, 6993, 7001, 7002, 7057, 7058, 7060, 7063, 7064, 7065, 7066, 7069, 7070, 7073, 7074, 7078, 7084, 7085, 7088, 7089, 7144, 7145, 7146, 7147, 7148, 7149, 7150, 7151, 7152, 7153, 7154, 7155, 7156, 7157, 7158, 7159, 7160, 7161, 7162, 7163, 7164, 7165, 7166, 7167, 7168, 7169, 7170, 7171, 7172, 7173, 7174, 7175]), Anchor::Lits(&[8632, 8633, 10023, 10032, 10039, 10047, 10655, 10657, 10660, 10662, 12876, 12878, 12888, 12909, 13542, 13545, 13639, 13640, 14156, 14159, 14162, 14165, 14499, 14500, 14512, 14521, 15109, 15112, 16778, 16779, 16780, 16781, 17551, 17554])])])),
            (143, "conceal-from-the-people", Anchor::Any(&[Anchor::Lits(&[390, 399, 845, 846, 847, 889, 892, 898, 3565, 3571, 3667, 3684, 3696, 4911, 4912, 4913, 5642, 5648, 10411, 10698, 10803, 10830, 10832, 10867, 10870, 10878, 10879, 10880, 10881, 10882, 10887, 10921, 10927, 11070, 11110, 11112, 11148, 11151, 11160, 11161, 11162, 11163, 11164, 11169, 11203, 11209, 13823, 13839, 13841, 13873, 13876, 13883, 13884, 13885, 13886, 13887, 13892, 13925, 13930, 15194, 15812, 16558, 18416, 18447, 18449, 18491, 18495, 18504, 18507, 18508, 18509, 18510, 18514, 18555, 18574]), Anchor::All(&[Anchor::Lits(&[9050, 9051, 9052, 9053, 9054, 9055, 9056, 9057, 9058, 12265, 12266, 12267, 12268, 12269, 12270, 12271, 12272, 12273, 14037, 14039, 14041, 14042, 14043, 14044, 14051, 14056, 14058, 14085, 14087, 14089, 14090, 14091, 14092, 14101, 14106, 14108, 14128, 14129, 14131, 14132, 14133, 14134, 14138, 14142, 14143, 14748, 14749, 14750, 14751, 14752, 14753, 14754, 14755, 14756, 17132, 17133, 17134, 17135, 17136, 17137, 17141, 17144, 17145, 17146, 17147, 17148, 17149, 17150, 17151, 17152, 17153, 17154, 17168, 17169, 17170, 17171, 17172, 17173, 17174, 17175, 17176, 17220, 17221, 17222, 17223, 17224, 17225, 17226, 17227, 17228, 17259, 17260, 17261, 17262, 17263, 17264, 17265, 17266, 17267, 17323, 17325, 17328, 17329, 17330, 17331, 17349, 17355, 17357, 17958, 17959, 17960, 17961, 17962, 17963, 17968, 17971, 17972]), Anchor::Lits(&[16188])])])),
            (144, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[1459, 1460, 1463, 1464, 1465, 2729, 2730, 6155, 7790, 7791, 7792, 7793, 7794, 7872, 7876, 7885, 7894, 7908, 18417, 18479, 18485, 18522, 18566, 18567, 18568]), Anchor::All(&[Anchor::Lits(&[334, 4076, 4521, 5067, 7885, 7951]), Anchor::Lits(&[9717, 10209, 13353, 16470]), Anchor::Lits(&[1187, 1787, 1994, 5099, 5324, 7320, 7954])]), Anchor::All(&[Anchor::Lits(&[334, 5067, 7304, 7951]), Anchor::Lits(&[822, 849, 1133, 2507, 3553, 5330, 5536, 5741, 5851, 6043]), Anchor::Lits(&[10302, 11249, 11652, 13563, 15149, 15152, 15371, 16697, 17757, 17828, 18607])]), Anchor::All(&[Anchor::Lits(&[2805, 2806, 2807, 2810, 2811, 2813, 2814, 2815, 2816, 2817, 2818, 2825, 2828, 2829, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2883, 2886, 2887, 2888, 2889, 2890, 2904, 2906, 2907, 2911, 2913, 2918, 2921, 2922, 2923, 2924, 2925, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098, 3099, 3102, 3104, 3114, 3115, 3116, 3117, 3118, 3119, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 6815, 6818, 6819, 6823, 6828, 6834, 6836, 6838, 6839, 6840, 6841, 6910, 6913, 6914, 6919, 6920, 6921, 6922, 6923, 6924, 6925, 6926, 6927, 6928, 6929, 6932, 6933, 6934, 6935, 6936, 6937, 6938, 6939, 6940, 6941, 6942, 6959, 6978, 7032, 7034, 7037, 7038, 7040, 7041, 7068, 7071, 7072, 7077, 7082, 7092, 7095, 7097, 7098, 7100, 7101]), Anchor::Lits(&[384, 1113, 1114, 1115, 1116, 1221, 3435, 4800, 5023, 5614, 7195]), Anchor::Lits(&[8659, 9117, 11346, 12687, 12820, 14721, 15151, 18606])])])),
            (148, "conceal-the-steps", Anchor::Lits(&[269, 960, 1203, 1439, 2092, 2093, 3002, 4651, 4652, 4653, 4654, 4663, 4668, 4669, 4670, 4673, 5130, 5621, 5848, 7684, 8445, 10842, 10866, 10872, 10874, 10877, 10899, 10902, 10906, 10913, 11123, 11147, 11153, 11155, 11159, 11181, 11184, 11188, 11195, 12636, 12637, 12638, 12639, 12642, 12643, 12644, 12645, 12654, 12655, 12666, 12667, 12668, 12669, 12670, 12671, 12821, 12822, 12823, 12824, 12825, 12826, 12827, 12828, 12829, 12830, 12831, 12832, 12833, 12834, 12835, 12836, 12941, 12942, 12943, 12944, 12945, 12946, 12947, 12948, 12949, 12950, 12951, 12952, 12953, 12954, 12955, 12956, 13852, 13872, 13878, 13880, 13882, 13901, 13905, 13909, 13917, 14003, 15948, 15951, 18500, 18511, 18535, 18542, 18547])),
            (150, "assert-a-falsehood", Anchor::Lits(&[617, 1022, 1105, 3685, 4182, 4971, 5335, 5588, 6068, 6330, 6333, 6334, 6335, 6336, 6337, 6338, 6339, 6340, 6341, 6342, 6343, 6344, 6345, 6346, 6347, 6349, 6350, 7959])),
            (151, "user-kept-out-of-the-loop", Anchor::Any(&[Anchor::Lits(&[220, 221, 223, 224, 225, 226, 355, 356, 357, 358, 360, 361, 532, 533, 535, 536, 537, 538, 539, 540, 541, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 559, 574, 577, 582, 583, 585, 586, 587, 1904, 1906, 1907, 1908, 1909, 1911, 10807, 10811, 10831, 10836, 10837, 10868, 10888, 10922, 11075, 11079, 11111, 11116, 11117, 11149, 11170, 11204, 13644, 13645, 13646, 13647, 13648, 13649, 13650, 13651, 13653, 13654, 13655, 13656, 13657, 13658, 13659, 13660, 13769, 13770, 13771, 13772, 13773, 13774, 13775, 13776, 13777, 13778, 13779, 13780, 13781, 13782, 13783, 13784, 13826, 13831, 13840, 13845, 13846, 13874, 13893, 13926, 14003, 15950, 15952, 15953, 15954, 15955, 15959, 15960, 15962, 15965, 15966, 15967, 15968, 15969, 15973, 15974, 15976]), Anchor::All(&[Anchor::Lits(&[397, 1859, 2498, 2500, 5818, 7288]), Anchor::Lits(&[10804, 10848, 10859, 10860, 10914, 10923, 10983, 10989, 10992, 10993, 11000, 11001, 11043, 11051, 11054, 11055, 11063, 11064, 11071, 11129, 11140, 11141, 11196, 11205, 13824, 13858, 13866, 13867, 13918, 13927, 15949, 15956, 15957, 15958, 15961, 15963, 15964, 15970, 15971, 15972, 15975, 15977, 18299, 18304, 18307, 18308, 18319, 18320, 18576, 18581, 18584, 18585, 18596, 18597])])])),
            (152, "kept-from-the-record", Anchor::Lits(&[1597, 1598, 1600, 1601, 1603, 1607, 1610, 1640, 1641, 1643, 1644, 1646, 1650, 1653, 1703, 1705, 1709, 1711, 1712, 1713, 1716, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 3839, 3840, 3842, 3843, 3845, 3849, 3852, 3888, 3890, 3895, 3897, 3899, 3903, 3908, 3912, 3913, 3915, 3916, 3918, 3922, 3925, 3979, 3980, 3981, 3982, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4292, 4293, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4315, 4316, 4317, 4318, 4319, 4320, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4560, 4561, 4562, 4563, 4564, 4565, 4566, 4567, 4568, 4569, 4570, 4571, 4572, 4573, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4582, 4583, 4584, 4585, 4586, 4587, 4588, 4589, 4590, 4591, 4592, 4593, 4594, 4595, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607, 4608, 4609, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 4623, 4624, 4626, 4627, 4628, 4629, 4630, 4631, 4632, 4633, 4634, 4635, 4636, 4637, 4638, 4639, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4655, 4656, 4657, 4658, 4659, 4660, 4661, 4662, 4664, 4665, 4666, 4667, 4671, 4672, 4674, 5771, 5772, 5774, 5775, 5777, 5781, 5784, 5786, 5787, 5789, 5790, 5792, 5796, 5799, 7716, 7717, 7721, 7725, 7727, 7733, 7743, 7916, 7917, 7921, 7925, 7927, 7933, 7943, 8634, 8635, 8636, 8637, 8638, 8639, 9768, 9769, 9770, 9771, 9772, 9773, 9839, 9840, 9841, 9842, 9843, 9844, 10035, 10036, 10037, 10038, 10049, 10050, 14094, 14099, 14276, 14277, 14278, 14279, 14280, 14281, 14282, 14283, 14284, 14285, 14286, 14287, 14288, 14289, 14290, 14291, 14292, 14293, 15155, 15156, 15157, 15158, 15170, 15171, 16348, 16349, 16350, 16351, 16531, 16532, 16533, 16534, 16543, 16544, 16560, 16561, 16562, 16563, 16564, 16565])),
            (154, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[11241, 11988, 12018, 12409, 12452, 12515, 13226, 14309, 14564, 14620, 14806, 14818, 14820, 15066, 15118, 15119, 18611]), Anchor::Lits(&[621, 626, 627, 628, 629, 630, 631, 632, 633, 665, 666, 667, 668, 669, 670, 671, 672, 673, 2114, 2196, 2198, 2199, 2200, 2201, 2202, 2205, 2207, 2803, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 3060, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 4418, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4492, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 4942, 4943, 6805, 6994, 6996, 6997, 6998, 6999, 7000, 7003, 7005, 7424, 7444, 7445, 7446, 7447, 7448, 7449, 7450, 7451]), Anchor::Lits(&[9496, 9497, 10266, 10301, 10521, 11248, 11639, 11651, 11868, 13236, 13383, 13562, 13638, 14927, 15148, 15151, 15370, 15749, 15893, 15934, 15946, 16604, 16696, 17613, 17756, 17827, 18606])]), Anchor::All(&[Anchor::Lits(&[14807, 14817, 14819, 15066]), Anchor::Lits(&[8598, 9718, 10117, 10593, 11216, 11342, 11354, 11763, 12686, 13227, 13380, 15394, 15410, 15914, 15935, 16065, 16601]), Anchor::Lits(&[723, 725, 1187, 1787, 1826, 1983, 1994, 2340, 3467, 3789, 3828, 5094, 5324, 5671, 5741, 5763, 6147, 6271, 7234, 7320, 7351])])]), Anchor::Lits(&[724, 726, 1182, 1188, 1302, 1788, 1827, 1984, 1995, 2341, 3468, 3605, 3790, 3829, 4867, 4873, 4874, 4930, 5021, 5095, 5100, 5325, 5578, 5672, 5674, 5742, 5764, 6148, 6272, 7235, 7321, 7352, 7955])])),
            (157, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[10260, 10261, 10262, 10263, 10264, 10265, 10780, 10781, 10782, 10783, 10784, 10785, 10786, 10787, 10788, 10789, 10790, 10791, 10792, 10793, 10794, 10795, 10796, 10797, 12276, 12277, 12278, 12279, 12280, 12281, 12446, 12447, 12448, 12449, 12450, 12451, 14728, 14729, 14730, 14731, 14732, 14733, 15178, 15179, 15180, 15181, 15182, 15183, 15186, 15187, 15188, 15189, 15190, 15191, 15305, 15306, 15307, 15308, 15309, 15310, 16608, 16609, 16610, 16611, 16612, 16613, 17876, 17877, 17878, 17879, 17880, 17881, 17882, 17883, 17884, 17939, 17940, 17941]), Anchor::Lits(&[9750, 11703, 13364, 14824, 15412])])),
            (158, "ship-whole-table-to-own-endpoint", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[25, 26, 27, 270, 271, 272, 281, 282, 283, 340, 342, 348, 3863, 3864, 3865, 6000, 6001, 6002]), Anchor::All(&[Anchor::Lits(&[17524, 17529, 17534, 17540, 17543, 17545, 18337, 18342, 18347, 18365, 18389, 18391]), Anchor::Lits(&[8516, 8519, 8527, 8941, 8948, 8967, 13663, 16419, 17081]), Anchor::Any(&[Anchor::Lits(&[8515, 8518, 8526, 8940, 8947, 8966, 13662, 16418, 17080]), Anchor::All(&[Anchor::Lits(&[2824]), Anchor::Lits(&[8508, 8938])])])])]), Anchor::Lits(&[1041, 1188, 1984, 1995, 2341, 3468, 3790, 4882, 4930, 5095, 5325, 5672, 5742, 5764, 6148, 6272, 7235, 7352])])),
            (159, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[976, 1442, 1788, 1806, 1827, 2512, 4677, 4810, 4930, 5005, 5182, 5413, 5418, 5672, 5742, 5800, 6329, 7295]), Anchor::Lits(&[8593, 8594, 9110, 9112, 9519, 10423, 14200, 14711, 14713, 14719, 14725, 14735, 15078, 15079, 15311, 15784, 15816, 15917]), Anchor::Lits(&[581, 721, 2113, 2369, 2689, 2802, 3059, 4242, 4417, 5899, 6804, 7325, 7327, 7405])])),
            (160, "keep-it-from-security", Anchor::Any(&[Anchor::Lits(&[9473, 9474, 9475, 9476, 9483, 9484, 9485, 9486, 9487, 9488, 9489, 9490, 9728, 9729, 9730, 9731, 9732, 9733, 9739, 9740, 9741, 9742, 9743, 9744, 10957, 10958, 10959, 10960, 10961, 10962, 10963, 10964, 10965, 10966, 10967, 10968, 11994, 11995, 11996, 11997, 11998, 11999, 12010, 12011, 12012, 12013, 12014, 12015, 16068, 16069, 16084, 16092, 16112, 16114, 16128, 16129, 16130, 16131, 16132, 16133]), Anchor::All(&[Anchor::Lits(&[9622, 10800, 11067, 13265, 13266, 13812, 14003, 14061, 18411]), Anchor::Lits(&[191, 198, 607, 614, 832, 833, 977, 978, 2490, 2504, 2986, 2995, 3159, 3160, 3499, 3593, 3594, 3668, 3686, 3697, 3699, 3700, 3701, 4197, 4198, 6329, 6353, 7498, 7499]), Anchor::Lits(&[8683, 9138, 9185, 9747, 9831, 9906, 10059, 10449, 11215, 12021, 12745, 13002, 13249, 13446, 13703, 14559, 15065, 15782, 16002, 16016, 16408, 17089])])])),
            (161, "send-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1117, 1460, 1464, 1466, 1467, 5420, 5985]), Anchor::All(&[Anchor::Lits(&[9518, 10429, 11637, 14825, 14927, 15148, 15893, 16604, 17619, 17827]), Anchor::Lits(&[0, 2, 15, 17, 18, 19, 20, 21, 22, 23]), Anchor::Lits(&[8497, 8498, 8499, 8501, 8502, 8503, 8504, 8505, 8506, 8507])]), Anchor::All(&[Anchor::Lits(&[6814, 6827, 6833, 6835, 6842, 6845, 6909, 6977, 7005, 7028, 7033, 7042, 7067, 7081, 7090, 7093, 7105, 7113, 7143]), Anchor::Any(&[Anchor::Lits(&[9721, 12924, 13947, 14827, 15413, 18100]), Anchor::All(&[Anchor::Lits(&[1437, 5891, 6326, 7574]), Anchor::Lits(&[13663])])])])]), Anchor::Lits(&[1438, 5892, 6327, 7575, 8497, 8498, 8499, 8501, 8502, 8503, 8504, 8505, 8506, 8507, 9722, 12925, 13948, 14342, 14343, 14344, 14345, 14346, 14347, 14348, 14349, 14350, 14351, 14352, 14353, 14354, 14355, 14356, 14357, 14358, 14359, 14360, 14361, 14362, 14363, 14364, 14365, 14366, 14367, 14368, 14369, 14370, 14371, 14372, 14373, 14414, 14415, 14416, 14417, 14418, 14419, 14420, 14421, 14423, 14434, 14435, 14436, 14437, 14438, 14441, 14442, 14445, 14446, 14447, 14448, 14449, 14450, 14451, 14452, 14453, 14454, 14455, 14456, 14457, 14458, 14459, 14460, 14586, 14587, 14588, 14589, 14590, 14828, 15414, 17485, 17486, 17487, 17488, 17489, 17976, 17977, 17978, 17979, 17980, 18038, 18039, 18040, 18041, 18042, 18101])])),
            (162, "send-outside-the-company", Anchor::Lits(&[2002, 2004, 2005, 2006, 2008, 2009, 2539, 6646, 6647, 6648, 6649, 6650, 6651, 14583, 14808, 14809, 14810, 14811, 14812, 14813, 14814, 14815, 14978, 15127, 15128, 15129, 15130, 15131, 15132, 15133, 15134])),
            (163, "disclose-secret-values", Anchor::Any(&[Anchor::Lits(&[1032, 1037, 1276, 4899, 4900, 7312, 7325, 7327, 12689, 12690, 12691, 12692, 12693, 12694, 12695, 12696, 12697, 12698, 12699, 12700, 12701, 12702, 12703, 12704, 12705, 12706, 12707, 12708, 12709, 12710, 12711, 12712, 12713, 12714, 12715, 12716, 12717, 12718, 12719, 12720, 12721, 12722, 12723, 12724]), Anchor::All(&[Anchor::Lits(&[1873, 1874, 1875, 1877, 1880, 5006]), Anchor::Lits(&[10706, 11248, 11330, 11974, 12687, 13327, 14565, 14721, 15018, 15526, 15893, 15978, 16798]), Anchor::Lits(&[327, 1219, 3432, 4800, 5614, 7195, 7842, 8022, 8036])]), Anchor::All(&[Anchor::Lits(&[1140, 1146, 7397, 7398]), Anchor::Lits(&[87, 384, 4796, 4800, 5023, 5614, 7195]), Anchor::Lits(&[8660, 11331, 11973, 12688, 14722, 15019, 15152, 15518, 15527, 15894, 15979, 16783, 18607])]), Anchor::All(&[Anchor::Lits(&[9113, 10008, 14199, 14710, 15785, 15798]), Anchor::Lits(&[10707, 11249, 11653, 11973, 14566, 14722, 15019, 15245, 15527, 15894, 15935, 15979, 16783])]), Anchor::All(&[Anchor::Lits(&[9847, 9860, 9881, 9884, 10649, 10650, 13269, 13270]), Anchor::Lits(&[9109, 14710, 14712, 14724, 15077, 15783, 17558])])])),
            (164, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8661, 10414, 10415, 10416, 10417, 10418, 10419, 10517, 11219, 11222, 11223, 11224, 11228, 11230, 11232, 11233, 11656, 11657, 11658, 11804, 11970, 11971, 12755, 14144, 14617, 14618, 15142, 15150, 15246, 15445, 15515, 15575, 16617, 17640]), Anchor::All(&[Anchor::Lits(&[12046]), Anchor::Lits(&[110, 222, 2801, 4542, 4746, 5639, 6273, 7375])]), Anchor::All(&[Anchor::Lits(&[2822, 2882, 2891, 2894, 2942, 3072, 3113, 3122, 3123, 3138, 6516, 6558, 6571, 6576, 6604, 6847, 7031, 7046, 7051, 7142]), Anchor::Lits(&[8659, 9253, 9346, 11972, 13638, 15105, 15151])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8500, 8910, 9355, 9359, 9394, 10065, 12970, 13254, 13478, 13561, 13641, 13804, 14716, 14717, 15915, 17656]), Anchor::All(&[Anchor::Lits(&[13803]), Anchor::Lits(&[12517, 18610])]), Anchor::All(&[Anchor::Lits(&[15610]), Anchor::Lits(&[12517, 18610])])]), Anchor::Lits(&[16, 247, 655, 662, 681, 682, 1083, 3161, 3162, 3487, 3619, 3787, 3833, 3936, 3937, 3938, 4803, 4804, 5469, 5470, 5691, 5692, 7294]), Anchor::Lits(&[9726, 10511, 10559, 10668, 10680, 11217, 11635, 13273, 13365, 15335, 15343, 15351, 16663, 16669, 16743, 17648, 17674, 17811])]), Anchor::All(&[Anchor::Lits(&[177, 664, 1038, 1130, 1154, 1233, 1999, 2331, 2359, 3055, 3057, 4682, 4691, 4784, 4994, 5037, 5187, 5357, 6191, 6644, 6645, 7401]), Anchor::Lits(&[10009, 10301, 11248, 11651, 11868, 11972, 13383, 13638, 14927, 15148, 15370, 15893, 15934, 15936, 17613, 17756, 17827]), Anchor::Lits(&[2113, 3059, 6804, 7768])]), Anchor::All(&[Anchor::Lits(&[335, 339, 342, 344, 347, 348, 2001, 2003, 2007, 2010, 2011, 2012, 4684, 4685, 4686, 4687, 4688, 4689, 5188, 5189, 5190, 5191, 5192, 5193]), Anchor::Lits(&[17525, 17526, 17527, 17528, 17530, 17531, 17532, 17533, 17535, 17537, 17541, 17542, 17544, 17546, 17547, 17548, 18338, 18339, 18340, 18341, 18343, 18344, 18345, 18346, 18348, 18364, 18387, 18388, 18390, 18392, 18393, 18394])]), Anchor::All(&[Anchor::Lits(&[622, 623, 624, 625, 634, 635, 3074, 3100, 3101, 3103, 3120, 3121, 6906, 6944, 6946, 6976, 7044, 7045]), Anchor::Lits(&[10302, 11869, 13384, 14928, 15149, 15894, 15935, 17828])]), Anchor::All(&[Anchor::Lits(&[110, 4542, 5639, 6273, 7375]), Anchor::Lits(&[8598, 8664, 13358, 17938]), Anchor::Lits(&[8660, 10413, 13390, 15120, 15925, 15926])]), Anchor::All(&[Anchor::Lits(&[14722, 14928, 15136, 15894, 15935]), Anchor::Lits(&[384, 1221, 3435, 4800, 7195])]), Anchor::All(&[Anchor::Lits(&[6846, 7039, 7054, 7099, 7769, 7802, 7815, 7821]), Anchor::Lits(&[17886]), Anchor::Lits(&[15935])]), Anchor::All(&[Anchor::Lits(&[11218]), Anchor::Lits(&[1253, 1256, 5605, 6300, 7507])]), Anchor::All(&[Anchor::Lits(&[11416, 14186, 14236, 18321]), Anchor::Lits(&[10443, 10458, 12352, 13360, 15292, 15611, 15766, 16726])]), Anchor::All(&[Anchor::Lits(&[10512, 11218, 15143, 15344, 17641, 18321]), Anchor::Lits(&[205, 1791, 1868, 1902, 7701])])]), Anchor::Any(&[Anchor::Lits(&[863, 2884, 2987, 3264, 3266, 3268, 3269, 3271, 3275, 3278, 3280, 3282, 3284, 3285, 3286, 3288, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3309, 3310, 3311, 3312, 3313, 3314, 3315, 3316, 3317, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3362, 3364, 3366, 3367, 3369, 3373, 3376, 3378, 3380, 3382, 3383, 3384, 3386, 4537, 6418, 6420, 6422, 6423, 6425, 6429, 6432, 6434, 6436, 6438, 6439, 6440, 6442, 6490, 6492, 6494, 6495, 6497, 6501, 6504, 6506, 6508, 6510, 6511, 6512, 6514, 7326, 7404, 8694, 8921, 8922, 8923, 8924, 8925, 8926, 8927, 8928, 10158, 10162, 10163, 10164, 10165, 10166, 10237, 10238, 10239, 10240, 10241, 10242, 10243, 10244, 10245, 10246, 10247, 10248, 10893, 11175, 11882, 12140, 12141, 12142, 12143, 12144, 12145, 12284, 12285, 12286, 12287, 12288, 12289, 12290, 12291, 12292, 12732, 12733, 12734, 12735, 12736, 12737, 12738, 12739, 12744, 12849, 12850, 12851, 12852, 12853, 12854, 12855, 12856, 12857, 12858, 12859, 12860, 12865, 12916, 12917, 12918, 12919, 12920, 12921, 13953, 14001, 14078, 14302, 14303, 14304, 14305, 14306, 14307, 14486, 14487, 14488, 14489, 14490, 14491, 14492, 14493, 14667, 14676, 14709, 15249, 15253, 15254, 15255, 15256, 15257, 15337, 15927, 15928, 15929, 15930, 15931, 15932, 16113, 16205, 16206, 16207, 16208, 16209, 16210, 16211, 16213, 16214, 16218, 16219, 16220, 16221, 16222, 16223, 16224, 16225, 16226, 16322, 16323, 16324, 16325, 16326, 16327, 16328, 16329, 16330, 16372, 16373, 16374, 16375, 16376, 16377, 16378, 16379, 16380, 16381, 16382, 16383, 16384, 16385, 16386, 16387, 16388, 16389, 16390, 16391, 16392, 16393, 16394, 16395, 16396, 16397, 16398, 16399, 16400, 16401, 16402, 16403, 16404, 16405, 16406, 16407, 17257, 17307, 17308, 17309, 17310, 17311, 17312, 17313, 17314, 17315, 17563, 17777, 17778, 17779, 17780, 17781, 17782, 17783, 17784, 17995, 17996, 17997, 17998, 17999, 18000, 18001, 18002, 18232, 18233, 18234, 18235, 18236, 18237, 18238, 18239, 18240, 18286, 18290, 18291, 18292, 18293, 18294, 18415, 18469, 18517, 18530, 18565]), Anchor::All(&[Anchor::Lits(&[7551, 7556, 7563, 7564, 7565, 7566, 7567, 7569, 7582, 7588, 7991, 8017, 8024, 8067, 8402]), Anchor::Lits(&[8745, 9341, 9342, 10156, 13516, 15720, 15750, 16836, 16837, 17565, 17573, 17574])]), Anchor::All(&[Anchor::Lits(&[8597, 9220, 14297, 14757]), Anchor::Lits(&[91, 5320, 5565, 5990, 6192])]), Anchor::All(&[Anchor::Lits(&[92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 5566, 5567, 5568, 5569, 5570, 5571, 5572, 5573, 5574, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 5998, 5999, 6193, 6194, 6195, 6196, 6197, 6198, 6199, 6200, 6201, 6202, 6203, 6204, 6205, 6206, 6207, 6208, 6209, 6210, 6211, 6212, 6213, 6214, 6215, 6216, 6217, 6218, 6219, 6220, 6221, 6222, 6223, 6224, 6225, 6226, 6227, 6228]), Anchor::Lits(&[16143, 16144, 16178, 16181, 16184, 16928, 16929, 17178, 17193, 17194, 17270, 17271, 17272, 17273, 17274, 17275, 17276, 17277, 17278, 17279, 17281, 17282, 17283, 17284, 17285, 17990, 17991, 17992, 17993, 17994])]), Anchor::All(&[Anchor::Lits(&[465, 608, 615, 684, 702, 1023, 1024, 1035, 1107, 3018, 3034, 3486, 3926, 5222, 5338, 5339, 5551, 5579, 5844, 6354, 7198, 7505, 7964]), Anchor::Lits(&[8703, 9361, 10007, 10208, 10234, 10430, 11655, 11867, 11899, 12922, 12926, 14583, 14585, 14643, 15005, 15092, 15442, 16656, 17360, 17361, 17989])]), Anchor::All(&[Anchor::Lits(&[207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 3263, 3265, 3267, 3270, 3272, 3273, 3274, 3276, 3277, 3279, 3281, 3283, 3287, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3326, 3327, 3328, 3329, 3330, 3361, 3363, 3365, 3368, 3370, 3371, 3372, 3374, 3375, 3377, 3379, 3381, 3385, 6417, 6419, 6421, 6424, 6426, 6427, 6428, 6430, 6431, 6433, 6435, 6437, 6441, 6489, 6491, 6493, 6496, 6498, 6499, 6500, 6502, 6503, 6505, 6507, 6509, 6513, 6682, 6683, 6684, 6686, 6687, 6688, 6690, 6692, 6693, 6694, 6695, 6696, 6698, 6730, 6731, 6732, 6733, 6734, 6735, 6736, 6737, 6738, 6739, 6740, 6741, 6742, 7548, 7549, 7550, 7552, 7553, 7554, 7555, 7557, 7558, 7559, 7560, 7561, 7562, 7579, 7580, 7581, 7583, 7584, 7585, 7587, 7590, 7594, 7596, 7598, 7601, 7605, 7988, 7989, 7990, 7992, 7994, 7995, 7996, 7999, 8000, 8001, 8002, 8005, 8009, 8399, 8400, 8401, 8403, 8405, 8406, 8407, 8410, 8411, 8412, 8413, 8415, 8417]), Anchor::Lits(&[9341, 9342, 10156, 12839, 12840, 15104, 15720, 15753, 16695, 17565, 17574])]), Anchor::All(&[Anchor::Lits(&[10061, 10062, 10063, 10066, 10067, 10068, 10069, 10074, 12747, 12748, 12749, 12750, 12751, 12752, 12753, 12754, 13003, 13004, 13005, 13016, 13017, 13034, 13037, 13038, 13251, 13252, 13253, 13255, 13256, 13257, 13258, 13260, 13448, 13449, 13450, 13451, 13452, 13453, 13454, 13455, 13705, 13706, 13707, 13708, 13709, 13710, 13711, 13712, 15822, 15824, 15826, 15841, 15842, 15843, 15850, 15859, 15860, 15861, 15862, 15869, 15870, 15871, 15873, 15874, 17034, 17035, 17036, 17037, 17038, 17039, 17040, 17041, 17129, 17130, 17131, 17138, 17139, 17140, 17142, 17143]), Anchor::Lits(&[13517, 15721, 15754, 17566, 17575])]), Anchor::All(&[Anchor::Lits(&[852, 853, 854, 855, 856, 857, 858, 859, 863, 866, 867, 868, 869, 870, 871, 872, 873, 877, 878, 2804, 2808, 2812, 2820, 2827, 2831, 2832, 2844, 2885, 2892, 2893, 2895, 2896, 2903, 2912, 2914, 2919, 2943, 2973, 4419, 4420, 4421, 4422, 4436, 4438, 4439, 4440, 4457, 4458, 4459, 4460, 4461, 4466, 4467, 4468, 4469, 4473, 4476, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 4708, 4709, 4710, 4711, 4715, 4717, 7426, 7427, 7431, 7435, 7437, 7438, 7439, 7440, 7459, 7462, 7464, 7465, 7466, 7468, 7470, 7473, 7474, 7485, 7486]), Anchor::Lits(&[8745, 9161, 9403, 9416, 9637, 9993, 10173, 12060, 12061, 14253, 14254, 14263, 16002, 16007])]), Anchor::All(&[Anchor::Lits(&[477, 485, 1036, 2475, 2609, 2634, 3177, 3186, 3443, 4382, 4383, 5552, 5553, 5554, 5844]), Anchor::Lits(&[9352, 9826, 9828, 9907, 10060, 10428, 10445, 11727, 11958, 12454, 12746, 13235, 13250, 13447, 13704, 15821, 17033, 17079, 17128])]), Anchor::All(&[Anchor::Lits(&[9139, 9140, 9141, 9144, 9399, 9400, 9401, 9402, 9412, 9413, 9414, 9415, 11989, 11990, 11991, 11992, 14769, 14770, 14771, 14772, 16003, 16004, 16005, 16006]), Anchor::Lits(&[9361, 9649, 9825, 9827, 9906, 10007, 10208, 10259, 10386, 10427, 12274, 13233, 13249, 13456, 14621, 14643, 15820, 17989, 18046])]), Anchor::All(&[Anchor::Lits(&[8597, 9220, 9221, 9725, 14298, 14757]), Anchor::Lits(&[8703, 9361, 10007, 10208, 10234, 10430, 11655, 11867, 11899, 11957, 12922, 12926, 13254, 14583, 14585, 14643, 15005, 15092, 15442, 16656, 17360, 17361, 17989])]), Anchor::All(&[Anchor::Lits(&[9890, 9891, 9892, 9893, 10052, 10053, 10054, 10055, 10159, 10160, 10161, 10167, 10230, 10231, 10232, 10233, 10776, 10777, 10778, 10779, 10942, 10943, 10944, 10945, 10946, 10947, 10948, 10949, 12098, 12099, 12100, 12101, 12139, 12146, 12147, 12148, 12884, 12889, 12901, 12910, 13385, 13386, 13387, 13388, 13541, 13543, 13544, 13546, 14155, 14157, 14158, 14160, 14161, 14163, 14164, 14166, 14930, 14931, 14932, 14933, 15138, 15139, 15140, 15141, 15250, 15251, 15252, 15258, 15678, 15679, 15680, 15681, 15777, 15778, 15779, 15780, 16454, 16455, 16456, 16457, 17500, 17501, 17502, 17503, 17550, 17552, 17553, 17555, 18283, 18284, 18285, 18287, 18288, 18289, 18295, 18296]), Anchor::Lits(&[8703, 9361, 10007, 10208, 10234, 10430, 11654, 11861, 11899, 12922, 12926, 14582, 14585, 14643, 15005, 15092, 15442, 16656, 17360, 17361, 17748, 17989])]), Anchor::All(&[Anchor::Lits(&[8703, 9361, 10007, 10208, 10234, 10430, 11655, 11867, 11899, 12922, 12926, 14583, 14585, 14643, 15005, 15092, 15442, 16656, 17360, 17361, 17989]), Anchor::Lits(&[1008, 1069, 1110, 1153, 1457, 1576, 1826, 2022, 2584, 2606, 3041, 3604, 3768, 4181, 4946, 5075, 5196, 5505, 5611, 6029, 6323, 6785, 7193, 7205, 7706])])])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8661, 10414, 10415, 10416, 10417, 10418, 10419, 10517, 11219, 11222, 11223, 11224, 11228, 11230, 11232, 11233, 11656, 11657, 11658, 11804, 11970, 11971, 12755, 14144, 14617, 14618, 15142, 15150, 15246, 15445, 15515, 15575, 16617, 17640]), Anchor::All(&[Anchor::Lits(&[12046]), Anchor::Lits(&[110, 222, 2801, 4542, 4746, 5639, 6273, 7375])]), Anchor::All(&[Anchor::Lits(&[2822, 2882, 2891, 2894, 2942, 3072, 3113, 3122, 3123, 3138, 6516, 6558, 6571, 6576, 6604, 6847, 7031, 7046, 7051, 7142]), Anchor::Lits(&[8659, 9253, 9346, 11972, 13638, 15105, 15151])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8500, 8910, 9355, 9359, 9394, 10065, 12970, 13254, 13478, 13561, 13641, 13804, 14716, 14717, 15915, 17656]), Anchor::All(&[Anchor::Lits(&[13803]), Anchor::Lits(&[12517, 18610])]), Anchor::All(&[Anchor::Lits(&[15610]), Anchor::Lits(&[12517, 18610])])]), Anchor::Lits(&[16, 247, 655, 662, 681, 682, 1083, 3161, 3162, 3487, 3619, 3787, 3833, 3936, 3937, 3938, 4803, 4804, 5469, 5470, 5691, 5692, 7294]), Anchor::Lits(&[9726, 10511, 10559, 10668, 10680, 11217, 11635, 13273, 13365, 15335, 15343, 15351, 16663, 16669, 16743, 17648, 17674, 17811])]), Anchor::All(&[Anchor::Lits(&[177, 664, 1038, 1130, 1154, 1233, 1999, 2331, 2359, 3055, 3057, 4682, 4691, 4784, 4994, 5037, 5187, 5357, 6191, 6644, 6645, 7401]), Anchor::Lits(&[10009, 10301, 11248, 11651, 11868, 11972, 13383, 13638, 14927, 15148, 15370, 15893, 15934, 15936, 17613, 17756, 17827]), Anchor::Lits(&[2113, 3059, 6804, 7768])]), Anchor::All(&[Anchor::Lits(&[335, 339, 342, 344, 347, 348, 2001, 2003, 2007, 2010, 2011, 2012, 4684, 4685, 4686, 4687, 4688, 4689, 5188, 5189, 5190, 5191, 5192, 5193]), Anchor::Lits(&[17525, 17526, 17527, 17528, 17530, 17531, 17532, 17533, 17535, 17537, 17541, 17542, 17544, 17546, 17547, 17548, 18338, 18339, 18340, 18341, 18343, 18344, 18345, 18346, 18348, 18364, 18387, 18388, 18390, 18392, 18393, 18394])]), Anchor::All(&[Anchor::Lits(&[622, 623, 624, 625, 634, 635, 3074, 3100, 3101, 3103, 3120, 3121, 6906, 6944, 6946, 6976, 7044, 7045]), Anchor::Lits(&[10302, 11869, 13384, 14928, 15149, 15894, 15935, 17828])]), Anchor::All(&[Anchor::Lits(&[110, 4542, 5639, 6273, 7375]), Anchor::Lits(&[8598, 8664, 13358, 17938]), Anchor::Lits(&[8660, 10413, 13390, 15120, 15925, 15926])]), Anchor::All(&[Anchor::Lits(&[14722, 14928, 15136, 15894, 15935]), Anchor::Lits(&[384, 1221, 3435, 4800, 7195])]), Anchor::All(&[Anchor::Lits(&[6846, 7039, 7054, 7099, 7769, 7802, 7815, 7821]), Anchor::Lits(&[17886]), Anchor::Lits(&[15935])]), Anchor::All(&[Anchor::Lits(&[11218]), Anchor::Lits(&[1253, 1256, 5605, 6300, 7507])]), Anchor::All(&[Anchor::Lits(&[11416, 14186, 14236, 18321]), Anchor::Lits(&[10443, 10458, 12352, 13360, 15292, 15611, 15766, 16726])]), Anchor::All(&[Anchor::Lits(&[10512, 11218, 15143, 15344, 17641, 18321]), Anchor::Lits(&[205, 1791, 1868, 1902, 7701])])]), Anchor::Any(&[Anchor::Lits(&[863, 2884, 2987, 3264, 3266, 3268, 3269, 3271, 3275, 3278, 3280, 3282, 3284, 3285, 3286, 3288, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3309, 3310, 3311, 3312, 3313, 3314, 3315, 3316, 3317, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3362, 3364, 3366, 3367, 3369, 3373, 3376, 3378, 3380, 3382, 3383, 3384, 3386, 4537, 6418, 6420, 6422, 6423, 6425, 6429, 6432, 6434, 6436, 6438, 6439, 6440, 6442, 6490, 6492, 6494, 6495, 6497, 6501, 6504, 6506, 6508, 6510, 6511, 6512, 6514, 7326, 7404, 8694, 8921, 8922, 8923, 8924, 8925, 8926, 8927, 8928, 10158, 10162, 10163, 10164, 10165, 10166, 10237, 10238, 10239, 10240, 10241, 10242, 10243, 10244, 10245, 10246, 10247, 10248, 10893, 11175, 11882, 12140, 12141, 12142, 12143, 12144, 12145, 12284, 12285, 12286, 12287, 12288, 12289, 12290, 12291, 12292, 12732, 12733, 12734, 12735, 12736, 12737, 12738, 12739, 12744, 12849, 12850, 12851, 12852, 12853, 12854, 12855, 12856, 12857, 12858, 12859, 12860, 12865, 12916, 12917, 12918, 12919, 12920, 12921, 13953, 14001, 14078, 14302, 14303, 14304, 14305, 14306, 14307, 14486, 14487, 14488, 14489, 14490, 14491, 14492, 14493, 14667, 14676, 14709, 15249, 15253, 15254, 15255, 15256, 15257, 15337, 15927, 15928, 15929, 15930, 15931, 15932, 16113, 16205, 16206, 16207, 16208, 16209, 16210, 16211, 16213, 16214, 16218, 16219, 16220, 16221, 16222, 16223, 16224, 16225, 16226, 16322, 16323, 16324, 16325, 16326, 16327, 16328, 16329, 16330, 16372, 16373, 16374, 16375, 16376, 16377, 16378, 16379, 16380, 16381, 16382, 16383, 16384, 16385, 16386, 16387, 16388, 16389, 16390, 16391, 16392, 16393, 16394, 16395, 16396, 16397, 16398, 16399, 16400, 16401, 16402, 16403, 16404, 16405, 16406, 16407, 17257, 17307, 17308, 17309, 17310, 17311, 17312, 17313, 17314, 17315, 17563, 17777, 17778, 17779, 17780, 17781, 17782, 17783, 17784, 17995, 17996, 17997, 17998, 17999, 18000, 18001, 18002, 18232, 18233, 18234, 18235, 18236, 18237, 18238, 18239, 18240, 18286, 18290, 18291, 18292, 18293, 18294, 18415, 18469, 18517, 18530, 18565]), Anchor::All(&[Anchor::Lits(&[7551, 7556, 7563, 7564, 7565, 7566, 7567, 7569, 7582, 7588, 7991, 8017, 8024, 8067, 8402]), Anchor::Lits(&[8745, 9341, 9342, 10156, 13516, 15720, 15750, 16836, 16837, 17565, 17573, 17574])]), Anchor::All(&[Anchor::Lits(&[8597, 9220, 14297, 14757]), Anchor::Lits(&[91, 5320, 5565, 5990, 6192])]), Anchor::All(&[Anchor::Lits(&[92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 5566, 5567, 5568, 5569, 5570, 5571, 5572, 5573, 5574, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 5998, 5999, 6193, 6194, 6195, 6196, 6197, 6198, 6199, 6200, 6201, 6202, 6203, 6204, 6205, 6206, 6207, 6208, 6209, 6210, 6211, 6212, 6213, 6214, 6215, 6216, 6217, 6218, 6219, 6220, 6221, 6222, 6223, 6224, 6225, 6226, 6227, 6228]), Anchor::Lits(&[16143, 16144, 16178, 16181, 16184, 16928, 16929, 17178, 17193, 17194, 17270, 17271, 17272, 17273, 17274, 17275, 17276, 17277, 17278, 17279, 17281, 17282, 17283, 17284, 17285, 17990, 17991, 17992, 17993, 17994])]), Anchor::All(&[Anchor::Lits(&[465, 608, 615, 684, 702, 1023, 1024, 1035, 1107, 3018, 3034, 3486, 3926, 5222, 5338, 5339, 5551, 5579, 5844, 6354, 7198, 7505, 7964]), Anchor::Lits(&[8703, 9361, 10007, 10208, 10234, 10430, 11655, 11867, 11899, 12922, 12926, 14583, 14585, 14643, 15005, 15092, 15442, 16656, 17360, 17361, 17989])]), Anchor::All(&[Anchor::Lits(&[207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 3263, 3265, 3267, 3270, 3272, 3273, 3274, 3276, 3277, 3279, 3281, 3283, 3287, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3326, 3327, 3328, 3329, 3330, 3361, 3363, 3365, 3368, 3370, 3371, 3372, 3374, 3375, 3377, 3379, 3381, 3385, 6417, 6419, 6421, 6424, 6426, 6427, 6428, 6430, 6431, 6433, 6435, 6437, 6441, 6489, 6491, 6493, 6496, 6498, 6499, 6500, 6502, 6503, 6505, 6507, 6509, 6513, 6682, 6683, 6684, 6686, 6687, 6688, 6690, 6692, 6693, 6694, 6695, 6696, 6698, 6730, 6731, 6732, 6733, 6734, 6735, 6736, 6737, 6738, 6739, 6740, 6741, 6742, 7548, 7549, 7550, 7552, 7553, 7554, 7555, 7557, 7558, 7559, 7560, 7561, 7562, 7579, 7580, 7581, 7583, 7584, 7585, 7587, 7590, 7594, 7596, 7598, 7601, 7605, 7988, 7989, 7990, 7992, 7994, 7995, 7996, 7999, 8000, 8001, 8002, 8005, 8009, 8399, 8400, 8401, 8403, 8405, 8406, 8407, 8410, 8411, 8412, 8413, 8415, 8417]), Anchor::Lits(&[9341, 9342, 10156, 12839, 12840, 15104, 15720, 15753, 16695, 17565, 17574])]), Anchor::All(&[Anchor::Lits(&[10061, 10062, 10063, 10066, 10067, 10068, 10069, 10074, 12747, 12748, 12749, 12750, 12751, 12752, 12753, 12754, 13003, 13004, 13005, 13016, 13017, 13034, 13037, 13038, 13251, 13252, 13253, 13255, 13256, 13257, 13258, 13260, 13448, 13449, 13450, 13451, 13452, 13453, 13454, 13455, 13705, 13706, 13707, 13708, 13709, 13710, 13711, 13712, 15822, 15824, 15826, 15841, 15842, 15843, 15850, 15859, 15860, 15861, 15862, 15869, 15870, 15871, 15873, 15874, 17034, 17035, 17036, 17037, 17038, 17039, 17040, 17041, 17129, 17130, 17131, 17138, 17139, 17140, 17142, 17143]), Anchor::Lits(&[13517, 15721, 15754, 17566, 17575])]), Anchor::All(&[Anchor::Lits(&[852, 853, 854, 855, 856, 857, 858, 859, 863, 866, 867, 868, 869, 870, 871, 872, 873, 877, 878, 2804, 2808, 2812, 2820, 2827, 2831, 2832, 2844, 2885, 2892, 2893, 2895, 2896, 2903, 2912, 2914, 2919, 2943, 2973, 4419, 4420, 4421, 4422, 4436, 4438, 4439, 4440, 4457, 4458, 4459, 4460, 4461, 4466, 4467, 4468, 4469, 4473, 4476, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 4708, 4709, 4710, 4711, 4715, 4717, 7426, 7427, 7431, 7435, 7437, 7438, 7439, 7440, 7459, 7462, 7464, 7465, 7466, 7468, 7470, 7473, 7474, 7485, 7486]), Anchor::Lits(&[8745, 9161, 9403, 9416, 9637, 9993, 10173, 12060, 12061, 14253, 14254, 14263, 16002, 16007])]), Anchor::All(&[Anchor::Lits(&[477, 485, 1036, 2475, 2609, 2634, 3177, 3186, 3443, 4382, 4383, 5552, 5553, 5554, 5844]), Anchor::Lits(&[9352, 9826, 9828, 9907, 10060, 10428, 10445, 11727, 11958, 12454, 12746, 13235, 13250, 13447, 13704, 15821, 17033, 17079, 17128])]), Anchor::All(&[Anchor::Lits(&[9139, 9140, 9141, 9144, 9399, 9400, 9401, 9402, 9412, 9413, 9414, 9415, 11989, 11990, 11991, 11992, 14769, 14770, 14771, 14772, 16003, 16004, 16005, 16006]), Anchor::Lits(&[9361, 9649, 9825, 9827, 9906, 10007, 10208, 10259, 10386, 10427, 12274, 13233, 13249, 13456, 14621, 14643, 15820, 17989, 18046])]), Anchor::All(&[Anchor::Lits(&[8597, 9220, 9221, 9725, 14298, 14757]), Anchor::Lits(&[8703, 9361, 10007, 10208, 10234, 10430, 11655, 11867, 11899, 11957, 12922, 12926, 13254, 14583, 14585, 14643, 15005, 15092, 15442, 16656, 17360, 17361, 17989])]), Anchor::All(&[Anchor::Lits(&[9890, 9891, 9892, 9893, 10052, 10053, 10054, 10055, 10159, 10160, 10161, 10167, 10230, 10231, 10232, 10233, 10776, 10777, 10778, 10779, 10942, 10943, 10944, 10945, 10946, 10947, 10948, 10949, 12098, 12099, 12100, 12101, 12139, 12146, 12147, 12148, 12884, 12889, 12901, 12910, 13385, 13386, 13387, 13388, 13541, 13543, 13544, 13546, 14155, 14157, 14158, 14160, 14161, 14163, 14164, 14166, 14930, 14931, 14932, 14933, 15138, 15139, 15140, 15141, 15250, 15251, 15252, 15258, 15678, 15679, 15680, 15681, 15777, 15778, 15779, 15780, 16454, 16455, 16456, 16457, 17500, 17501, 17502, 17503, 17550, 17552, 17553, 17555, 18283, 18284, 18285, 18287, 18288, 18289, 18295, 18296]), Anchor::Lits(&[8703, 9361, 10007, 10208, 10234, 10430, 11654, 11861, 11899, 12922, 12926, 14582, 14585, 14643, 15005, 15092, 15442, 16656, 17360, 17361, 17748, 17989])]), Anchor::All(&[Anchor::Lits(&[8703, 9361, 10007, 10208, 10234, 10430, 11655, 11867, 11899, 12922, 12926, 14583, 14585, 14643, 15005, 15092, 15442, 16656, 17360, 17361, 17989]), Anchor::Lits(&[1008, 1069, 1110, 1153, 1457, 1576, 1826, 2022, 2584, 2606, 3041, 3604, 3768, 4181, 4946, 5075, 5196, 5505, 5611, 6029, 6323, 6785, 7193, 7205, 7706])])])])])),
            (165, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[10806, 10812, 10813, 10814, 10815, 10816, 10817, 10818, 10819, 10820, 10821, 10830, 10832, 10835, 10846, 10896, 10917, 10918, 10924, 10925, 11074, 11080, 11081, 11082, 11083, 11084, 11085, 11086, 11087, 11088, 11089, 11090, 11091, 11092, 11093, 11094, 11095, 11096, 11097, 11098, 11099, 11110, 11112, 11115, 11127, 11178, 11199, 11200, 11206, 11207, 13825, 13839, 13841, 13844, 13856, 13898, 13921, 13922, 13928, 13929, 13954, 14005, 14009, 14010, 14011, 14014, 14025, 14028, 14029, 14030, 14031, 14060, 14062, 14063, 14064, 14065, 14066, 14067, 14068, 14069, 14070, 14071, 18413, 18414, 18422, 18436, 18437, 18447, 18448, 18449, 18453, 18464, 18528, 18551, 18552, 18572, 18573, 18671, 18672, 18673, 18674, 18675, 18676, 18677, 18678, 18679, 18680, 18684, 18685, 18686, 18687, 18688, 18689, 18690, 18691, 18692, 18693]), Anchor::All(&[Anchor::Lits(&[9726, 16066]), Anchor::Lits(&[9138, 9886, 10148, 10149, 11242])]), Anchor::All(&[Anchor::Lits(&[9726, 16066]), Anchor::Lits(&[9138, 9886, 10148, 10149, 11242])])])),
            (166, "history-wiped-after-the-act", Anchor::Any(&[Anchor::Lits(&[1360, 12353, 12408, 15919, 15922, 17813]), Anchor::All(&[Anchor::Lits(&[1028, 1031, 1283, 1884, 5078, 5294, 5613, 6154, 7261, 7751]), Anchor::Lits(&[8586, 9515, 10006, 10026, 10186, 10303, 11907, 11908, 11912, 11916, 12354, 12355, 12356, 12357, 12358, 12359, 12360, 12361, 12362, 12363, 12364, 12365, 12366, 12367, 12368, 12369, 12370, 12371, 12372, 12373, 12374, 12375, 12376, 12377, 12378, 12379, 12380, 12381, 12382, 12383, 12384, 12385, 12386, 12387, 12388, 12389, 12390, 12391, 12392, 12393, 12394, 12395, 12396, 12397, 12398, 12399, 12400, 12401, 12402, 12403, 12404, 12405, 12406, 12407, 13350, 13359, 14826, 15124, 15174, 15248, 15940, 16187, 16838, 19057]), Anchor::Lits(&[8695, 8701, 8962, 14308, 17296, 18194, 18208, 18209])])])),
            (167, "report-an-outcome-regardless", Anchor::Lits(&[3165, 4108, 5247, 12518, 12526, 12527, 12528, 12529, 12535, 12536, 12540, 12541, 12542, 12545, 12973, 12974, 12975, 12988, 18070, 18072, 18073, 18083])),
            (168, "agent-permissions-opened", Anchor::Lits(&[235, 246, 251, 253, 254, 260, 454, 706, 882, 885, 1247, 1248, 4846, 7985])),
            (169, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[838, 1042, 1045, 1249, 1358, 2506, 2510, 2511, 5096, 5341, 5342, 5577, 5616, 5618, 5619, 5620, 5624, 5625, 5635, 5636, 5637, 5638, 6311, 7257]), Anchor::Lits(&[880, 884, 1071, 1072, 1283, 1398, 1419, 1766, 2502, 3860, 5294, 5312, 5436, 5846, 5857, 5890, 6254, 7274, 7318])])),
            (170, "risky-action-on-a-later-trigger", Anchor::Lits(&[169, 170, 171, 172, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 1910, 2188, 2380, 2535, 3169, 3179, 3190, 3222, 3223, 6003, 6004, 6005, 6006, 6007, 6008, 6009, 6010, 6011, 6012, 6013, 6014, 6015, 6016, 6017, 6018, 6019, 6020, 6021, 6022, 6586, 6587, 6588, 6589, 6590, 6591, 6592, 6593, 6594, 6595, 6596, 6597, 6598, 6599, 6600, 6601, 6602, 6603, 6625, 6626, 6627, 6628, 6629, 6630, 6631, 6632, 6633, 6634, 6635, 6636, 6637, 6638, 6639, 6640, 6641, 6642, 9243, 9556, 9605, 12518, 12520, 12521, 12522, 12523, 12524, 12530, 12531, 12532, 12533, 12534, 12535, 12536, 12540, 12541, 12542, 12641, 12665, 13228, 13229, 13230, 13231, 13946, 17103, 18200, 18201, 18205, 18206, 18211])),
            (175, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9111, 9793, 10422, 10456, 11343, 12410, 14569, 14714, 14718, 14821, 15730, 15815, 15886, 16410, 16468]), Anchor::All(&[Anchor::Lits(&[8803, 10058, 11403, 11454, 11917, 15222, 17771, 17785, 18262]), Anchor::Lits(&[133, 1050, 1142, 1229, 1250, 1787, 1835, 1994, 2020, 2059, 3534, 4676, 5227, 5403, 5467, 6300])]), Anchor::All(&[Anchor::Lits(&[9793, 9795, 10422, 10424, 10430, 11343, 11344, 11347, 12282, 12453, 13503, 14712, 14734, 14744, 14821, 14823, 15730, 15732, 15815, 16467, 17559, 17937]), Anchor::Lits(&[1048, 1229, 1250, 1356, 1787, 1994, 2020, 2059, 2984, 3534, 5227, 5405, 5471, 6300])])]), Anchor::Lits(&[988, 991, 995, 1069, 1075, 1108, 1437, 1460, 1887, 1941, 2338, 2507, 2537, 2540, 2735, 2797, 3249, 3393, 3530, 3616, 3626, 4199, 4946, 5069, 5071, 5075, 5126, 5196, 5232, 5265, 5685, 5688, 5839, 5891, 6039, 6041, 6070, 6155, 6324, 6326, 6745, 7292, 7358, 7365, 7637, 7706]), Anchor::Lits(&[206, 386, 961, 962, 1081, 1221, 1224, 1226, 1234, 1242, 1255, 1829, 1836, 1848, 1851, 1869, 1903, 2440, 2686, 2724, 2732, 3630, 4678, 4801, 4805, 4815, 4817, 4831, 4876, 4881, 5167, 5560, 5562, 5622, 5669, 5984, 6036, 6037, 7197, 7325, 7327, 7364, 7377, 7702])]), Anchor::All(&[Anchor::Lits(&[989, 992, 996, 1070, 1073, 1076, 1077, 1109, 1438, 1461, 1462, 1888, 1889, 1942, 2339, 2508, 2509, 2538, 2541, 2736, 2798, 3250, 3394, 3531, 3617, 3627, 4200, 4947, 5070, 5072, 5073, 5076, 5127, 5197, 5233, 5266, 5686, 5689, 5840, 5892, 6040, 6042, 6071, 6156, 6157, 6325, 6327, 6746, 7293, 7359, 7360, 7366, 7638, 7707]), Anchor::Lits(&[177, 362, 1038, 1078, 1154, 1237, 1912, 1999, 2359, 2580, 4517, 4522, 4682, 4784, 5067, 5743, 5893, 7355, 7401]), Anchor::Lits(&[8659, 9117, 9346, 10056, 10301, 10775, 11217, 11248, 11346, 11352, 11868, 12339, 12687, 12820, 13239, 13354, 13540, 14721, 14723, 14825, 14927, 15018, 15135, 15148, 15151, 15353, 15749, 15893, 15934, 15936, 16136, 16521, 16566, 16602, 17490, 17827, 18606])]), Anchor::All(&[Anchor::Lits(&[178, 179, 363, 1039, 1040, 1079, 1155, 1156, 1238, 1913, 2000, 2360, 2361, 2581, 2582, 4518, 4523, 4683, 4690, 4785, 4786, 5068, 5744, 5894, 7356, 7402, 7403]), Anchor::Lits(&[988, 991, 995, 1069, 1075, 1108, 1437, 1460, 1887, 1941, 2338, 2507, 2537, 2540, 2735, 2797, 3249, 3393, 3530, 3616, 3626, 4199, 4946, 5069, 5071, 5075, 5126, 5196, 5232, 5265, 5685, 5688, 5839, 5891, 6039, 6041, 6070, 6155, 6324, 6326, 6745, 7292, 7358, 7365, 7637, 7706]), Anchor::Lits(&[8659, 9117, 9346, 10056, 10301, 10775, 11217, 11248, 11346, 11352, 11868, 12339, 12687, 12820, 13239, 13354, 13540, 14721, 14723, 14825, 14927, 15018, 15135, 15148, 15151, 15353, 15749, 15893, 15934, 15936, 16136, 16521, 16566, 16602, 17490, 17827, 18606])]), Anchor::All(&[Anchor::Lits(&[10699, 11969, 13000, 14929, 15137, 17483]), Anchor::Any(&[Anchor::Lits(&[9111, 9793, 10422, 10456, 11343, 12410, 14569, 14714, 14718, 14821, 15730, 15815, 15886, 16410, 16468]), Anchor::All(&[Anchor::Lits(&[8803, 10058, 11403, 11454, 11917, 15222, 17771, 17785, 18262]), Anchor::Lits(&[133, 1050, 1142, 1229, 1250, 1787, 1835, 1994, 2020, 2059, 3534, 4676, 5227, 5403, 5467, 6300])]), Anchor::All(&[Anchor::Lits(&[9793, 9795, 10422, 10424, 10430, 11343, 11344, 11347, 12282, 12453, 13503, 14712, 14734, 14744, 14821, 14823, 15730, 15732, 15815, 16467, 17559, 17937]), Anchor::Lits(&[1048, 1229, 1250, 1356, 1787, 1994, 2020, 2059, 2984, 3534, 5227, 5405, 5471, 6300])])]), Anchor::Lits(&[10413, 11706, 14341, 14928, 15221, 16480])])]), Anchor::Lits(&[125, 426, 646, 1074, 1188, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1458, 1766, 1788, 1842, 1857, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2341, 2712, 2974, 3012, 3470, 3554, 3769, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4519, 4520, 4810, 4811, 4812, 4882, 4930, 4932, 4933, 5005, 5074, 5095, 5100, 5150, 5151, 5152, 5153, 5154, 5155, 5156, 5157, 5158, 5159, 5160, 5161, 5162, 5319, 5578, 5672, 5673, 5742, 5746, 5895, 6049, 6050, 6052, 6053, 6054, 6055, 6056, 6057, 6059, 6060, 6061, 6062, 6063, 6067, 6114, 6146, 6782, 7352, 7353, 7955]), Anchor::Lits(&[134, 178, 179, 363, 989, 992, 996, 1039, 1040, 1049, 1051, 1070, 1073, 1076, 1077, 1079, 1109, 1143, 1155, 1156, 1230, 1238, 1251, 1254, 1357, 1438, 1461, 1462, 1788, 1836, 1888, 1889, 1913, 1942, 1995, 2000, 2021, 2060, 2339, 2360, 2361, 2508, 2509, 2538, 2541, 2581, 2582, 2736, 2798, 2985, 2988, 3250, 3394, 3531, 3535, 3617, 3627, 4200, 4518, 4523, 4677, 4683, 4690, 4785, 4786, 4947, 5068, 5076, 5127, 5197, 5228, 5233, 5266, 5404, 5406, 5468, 5472, 5686, 5689, 5840, 5892, 6040, 6042, 6071, 6156, 6157, 6301, 6302, 6325, 6327, 6746, 7293, 7356, 7359, 7360, 7366, 7402, 7403, 7638, 7707, 9112, 9794, 10423, 10457, 14570, 14715, 14719, 14822, 15731, 15816, 15887, 16411, 16469])])),
            (176, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[376, 388, 796, 1056, 2496, 2902, 2910, 4625, 5246, 5817, 6045, 6236, 7287, 7305, 7317, 8665, 8666, 8667, 8668, 8669, 8670, 8674, 8680, 8682, 8684, 8685, 8686, 8687, 8688, 8689, 8690, 8691, 8692, 9114, 9115, 9116, 9362, 9363, 9364, 9365, 9366, 9367, 9368, 9369, 9370, 9372, 9373, 9374, 9375, 9376, 9377, 9378, 9379, 9380, 9650, 9651, 9652, 9653, 9654, 9655, 9656, 9657, 9658, 10822, 10824, 10841, 10843, 10853, 10871, 10873, 10876, 10885, 10889, 10901, 10910, 10919, 10920, 10921, 11102, 11104, 11122, 11124, 11134, 11152, 11154, 11158, 11167, 11171, 11183, 11192, 11201, 11202, 11203, 13361, 13362, 13363, 13457, 13458, 13459, 13460, 13461, 13462, 13463, 13464, 13465, 13832, 13834, 13851, 13853, 13861, 13877, 13879, 13881, 13890, 13894, 13904, 13913, 13923, 13924, 13925, 13993, 14003, 14040, 14045, 14048, 14049, 14052, 14053, 14054, 14080, 14088, 14093, 14097, 14098, 14102, 14103, 14104, 14130, 14135, 14136, 14137, 14139, 14140, 14141, 14622, 14623, 14624, 14625, 14626, 14627, 14628, 14629, 14630, 14645, 14652, 14653, 15541, 15542, 15543, 15544, 15545, 15546, 15547, 15548, 15549, 15550, 15551, 15552, 15553, 15554, 15555, 15556, 15557, 15558, 15827, 15828, 15832, 15833, 15834, 15835, 15848, 15863, 15864, 15865, 15866, 15867, 15868, 15872, 15875, 15876, 15878, 15879, 15882, 15883, 15884, 17942, 17943, 17944, 17945, 17946, 17947, 17952, 17955, 17956, 17958, 17959, 17960, 17961, 17962, 17963, 17968, 17971, 17972, 18431, 18443, 18444, 18460, 18461, 18472, 18498, 18501, 18503, 18513, 18516, 18533, 18541, 18553, 18554, 18555, 18670, 18683, 18729]), Anchor::All(&[Anchor::Lits(&[10432, 11605, 12340, 13242, 14275, 15344, 15781, 16606]), Anchor::Lits(&[349, 1043, 2089, 3777, 4679, 5327, 5336, 5364, 6031, 6178, 7233, 7621]), Anchor::Lits(&[11905, 14560])]), Anchor::All(&[Anchor::Lits(&[192, 193, 194, 195, 196, 199, 200, 201, 202, 203, 1828, 1830, 1831, 1832, 1833, 1837, 1838, 1839, 1840, 1841, 3770, 3772, 3773, 3774, 3775, 3778, 3779, 3780, 3781, 3782, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 7511, 7512, 7513, 7514, 7515, 7516, 7517, 7518, 7519, 7520]), Anchor::Lits(&[9639, 10669, 13661, 16018, 16067, 16659, 16668, 16670, 17649])]), Anchor::All(&[Anchor::Lits(&[9835, 9837, 13214, 13219, 13391, 13437, 15923, 15924, 16732, 16735]), Anchor::Lits(&[5899, 6918, 6974]), Anchor::Lits(&[650, 3260, 3261, 3344, 4134, 4164, 5422])])])),
            (177, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[386, 729, 730, 961, 963, 1221, 1225, 1235, 1236, 1239, 1240, 1241, 1243, 1849, 1850, 2688, 2733, 3631, 4797, 4798, 4802, 4805, 4815, 4816, 4830, 4880, 5560, 5561, 5622, 5984, 6035, 7368, 7374, 7383]), Anchor::Lits(&[8703, 10208, 10234, 11655, 11899, 11988, 12452, 14583, 14584, 14643, 14807, 15067, 15068, 15073, 15085, 15117, 15246, 17360, 17361, 17989, 18611]), Anchor::Lits(&[1188, 1189, 1302, 1458, 1788, 1789, 1827, 1834, 1995, 1996, 2341, 2342, 2512, 2605, 3468, 3605, 3606, 4930, 5095, 5325, 5326, 5672, 5673, 5742, 5746, 5764, 6272, 7235, 7236, 7321, 7322, 7352, 7353])])),
            (179, "agent-secrets-spilled", Anchor::All(&[Anchor::Lits(&[714, 2949, 2950, 2951, 2954, 2955, 2959, 2966, 2967, 2968, 3549, 3550, 8011, 8019, 8021, 8022, 8036, 8097, 8117, 8118, 8133, 8134, 8135, 8136, 8137, 8138, 8150, 8151, 8152, 8153, 8154, 8155, 8159, 8160, 8161, 8162, 8163, 8164, 8182, 8183, 8184, 8185, 8186, 8187, 8283, 8284, 8285, 8286, 8287, 8288, 8303, 8304, 8305, 8306, 8307, 8308, 8319, 8320, 8321, 8322, 8323, 8324, 8337, 8338, 8339, 8340, 8341, 8342, 8343, 8344, 8345, 8346, 8347, 8348, 8418]), Anchor::Lits(&[384, 1116, 1219, 1876, 1881, 4800, 5023, 5614, 7195])])),
            (180, "ownership-of-everything-moved", Anchor::Lits(&[4747, 4748, 4749, 4750])),
            (181, "someone-elses-login-taken", Anchor::Lits(&[113, 680, 1111, 2497, 3555, 3556, 3561, 3564, 5838, 5845, 12627, 12628, 13491, 14925, 14926])),
            (182, "ownership-to-a-reader", Anchor::Lits(&[2566, 2567, 2568, 2569])),
            (183, "data-moved-for-a-private-person", Anchor::All(&[Anchor::Lits(&[9716, 9719, 9720, 10391, 10433, 11599, 11600, 11601, 11602, 11702, 11862, 11863, 11864, 11865, 11866, 11903, 11904, 12475, 13492, 13623, 13637, 13642, 13796, 13797, 14264, 14265, 14632, 14644, 16064, 18282]), Anchor::Lits(&[1184, 1188, 1757, 1758, 1788, 1790, 1827, 1836, 1995, 1997, 3829, 5100, 5325, 5672, 5674, 5742, 5745, 6272, 7321, 7323, 7352, 7354]), Anchor::Lits(&[2114, 2191, 2192, 2207, 5899, 6804, 7768])])),
            (184, "admin-role-for-everyone", Anchor::Lits(&[300, 301, 302, 303, 307, 309, 310, 311, 330, 5900, 5901, 5902, 5903, 5905, 5906, 5907, 5908, 5943, 5944, 5945, 5946, 5948, 5949, 5950, 5951, 5967, 5983, 6159, 6160, 6161, 6162, 6163, 6164, 6165, 6166, 6167, 6609, 6610, 6611, 6612, 6615, 6617, 6618, 6619, 6623])),
            (185, "secrets-shipped-by-automation", Anchor::All(&[Anchor::Lits(&[1184, 1827, 1836, 1984, 1985, 2341, 2343, 3605, 3607, 4930, 4933, 5097, 5672, 5674, 5764, 5766, 7352, 7354]), Anchor::Lits(&[116, 191, 1228, 2727, 2728, 3395, 5612, 6314, 7251, 7948]), Anchor::Lits(&[385, 387, 1220, 1222, 1755, 1872, 3434, 3444, 4801, 4806, 5024, 5025, 5623, 6033, 6034, 7196, 7197])])),
            (186, "override-instructions-es-pt-it", Anchor::Lits(&[10011, 10012, 10664, 10666, 10667, 12725, 12726, 12727, 12862, 12864, 13001, 14146, 14495, 14497, 14525, 15326, 15328, 15332])),
            (187, "override-instructions-fr", Anchor::Lits(&[1122, 1392, 2983, 3041, 4541, 5252, 7210])),
            (188, "override-instructions-de-nl", Anchor::Lits(&[2998, 4062, 4063, 4478, 4532, 7421, 9038, 9552, 12874, 12915, 14340, 15321, 15322, 15569, 15570, 15767, 18045])),
            (189, "override-instructions-pl-tr", Anchor::Lits(&[12611, 13207, 13209, 13951, 14924, 16758, 18612, 19043])),
            (190, "override-instructions-ru", Anchor::Lits(&[12610, 13768, 14555, 19041, 19072, 19073, 19081, 19084, 19093])),
            (191, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[111, 3832, 5122, 5123, 5549, 5550, 7384]), Anchor::Lits(&[268, 3412, 3601, 3602, 3603, 3788, 5762])])),
            (193, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[12911, 12912, 12913, 12914, 13175, 13760, 13761, 14244, 14245, 14871, 14934, 14935, 15327, 15333, 15684, 16134, 16135, 16725, 17829, 17830, 17831, 17983, 19066, 19081, 19095])),
            (194, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[58, 124, 727, 826, 2715, 2749, 2750, 3163, 3389, 3411, 3438, 3548, 3600, 4877, 5124, 7497]), Anchor::Lits(&[204, 467, 648, 1016, 1017, 1393, 2747, 3051, 3052, 3053, 3498, 4752, 4832, 4833, 4841, 4875, 5142, 6305, 7390])])),
            (196, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[981, 2086, 3437, 3516, 3521, 3935, 5164, 5165, 5249, 5371, 5537, 5678, 5687, 6179, 7503, 8459, 8462, 11713, 13204, 13210, 15748, 16061, 17732, 17745, 17817]), Anchor::All(&[Anchor::Lits(&[982, 1157, 2083, 2460, 3518, 3520, 5250, 5382]), Anchor::Lits(&[3510, 5576])]), Anchor::All(&[Anchor::Lits(&[14246]), Anchor::Lits(&[800, 1809, 2074, 2571, 5248, 5430, 5835, 8442])]), Anchor::All(&[Anchor::Lits(&[981, 2086, 3517, 3521, 5256, 5372]), Anchor::Lits(&[5670])]), Anchor::All(&[Anchor::Lits(&[9498, 9550, 13129, 19042]), Anchor::Lits(&[805])]), Anchor::All(&[Anchor::Lits(&[11710, 13203, 13209, 16060]), Anchor::Lits(&[4405, 4406, 5855, 7984])]), Anchor::All(&[Anchor::Lits(&[7388]), Anchor::Lits(&[11244, 11245, 13949])]), Anchor::All(&[Anchor::Lits(&[791, 792, 793, 980, 2083, 2557, 2570, 5251, 5400, 5401, 5677]), Anchor::Lits(&[7296, 7389])]), Anchor::All(&[Anchor::Lits(&[983, 984, 985, 2076, 2083, 2087, 2088, 3520, 4239, 4379, 4412, 4948, 4949, 4950, 5257, 5381]), Anchor::Lits(&[805, 2055])]), Anchor::All(&[Anchor::Lits(&[6313]), Anchor::Lits(&[8964, 9491, 11355, 13173])])])),
            (197, "persona-never-refuses-i18n", Anchor::Lits(&[13262, 13763, 13767, 13940, 14110, 14120, 14189, 14190, 14191, 14192, 14193, 14194, 14195, 14196, 14197, 14198, 15313, 15719, 18021, 18102, 19045])),
            (199, "reveal-system-prompt-i18n", Anchor::Lits(&[331, 1123, 1124, 1125, 1126, 1127, 2480, 2481, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3044, 3045, 3046, 3047, 3048, 3050, 3058, 3157, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3634, 3635, 3771, 3776, 3783, 3784, 4505, 4910, 5049, 5050, 5051, 5052, 5053, 5058, 5059, 6274, 6275, 6276, 6293, 6297, 6298, 6299, 6306, 7299, 7361, 7414, 7417, 8468, 8487, 8488, 11987, 16062, 16063])),
            (201, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[182, 383, 644, 1150, 1151, 1152, 1192, 1193, 1260, 1262, 1314, 1318, 1319, 1322, 1323, 1324, 1328, 1329, 1376, 1396, 1429, 1430, 1824, 1929, 2772, 2774, 2792, 3413, 4413, 4416, 5602, 5603, 5604, 6030, 6231, 6235, 7301, 7302, 7970, 7971, 8458, 8464, 8465, 8474, 8475, 8478, 8479]), Anchor::Lits(&[8463, 9351, 9623, 9624, 10115, 10249, 10251, 10253, 10531, 11711, 11712, 11714, 11715, 11716, 11717, 11718, 11941, 12071, 12123, 12124, 13140, 15115, 15116, 15768, 15996, 15998, 15999, 17638, 17988, 18006, 18007, 19040, 19060, 19070, 19071, 19094])])),
            (203, "stop-following-instructions-i18n", Anchor::Lits(&[353, 772, 1122, 1392, 3041, 3054, 5248, 5252, 5430, 7492, 10663, 10665, 12861, 12863, 14118, 14119, 14121, 14122, 14145, 14494, 14496, 15325, 15331])),
            (205, "override-everything-said-i18n", Anchor::Lits(&[352, 1452, 3506, 3507, 3508, 6320, 6321, 6322, 10550, 10551, 10651, 12546, 12591, 12592, 12607, 14266, 14267, 14268, 14269, 14270, 14271, 18004, 18005])),
            (206, "instructions-void-de", Anchor::Lits(&[674, 2714, 4060, 4061, 7315])),
            (207, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[24, 32, 34, 37, 38, 54, 55, 189, 190, 377, 378, 379, 380, 381, 382, 798, 2344, 2992, 2994, 3461, 3632, 7420, 14109, 14111, 14112, 14113, 14114, 14116, 14117, 15737, 15742, 15744, 15746, 16050, 16054, 16055, 16056, 16057]), Anchor::All(&[Anchor::Lits(&[716, 1395, 1451, 2989, 2991, 2993, 3703, 3704, 4777, 4779, 4780, 4976, 4978, 4980, 5147, 5148, 5842, 5843]), Anchor::Lits(&[10007, 13369, 14816, 15114, 17984])]), Anchor::All(&[Anchor::Lits(&[13749, 13764, 13765, 13766, 13798, 15741, 15743]), Anchor::Lits(&[715, 1394, 1450, 2990, 3702, 4778, 4977, 5841])]), Anchor::All(&[Anchor::Lits(&[4057]), Anchor::Lits(&[11426, 11427, 13506, 15717, 15718, 18009])])])),
            (209, "authority-waives-controls-i18n", Anchor::Lits(&[709, 710, 711, 712, 713, 1886, 2479, 2483, 2488, 4842, 4865, 4866, 6038])),
            (210, "persona-without-rules-i18n", Anchor::Lits(&[41, 56, 57, 135, 183, 186, 1340, 1786, 3390, 4536, 7263, 7399, 7487, 7488])),
            (211, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[1260, 1262, 1314, 1318, 1319, 1322, 1323, 1324, 1328, 1329, 1396, 1429, 1430, 5602, 5603, 8458]), Anchor::Lits(&[9137, 9160, 9186, 9187, 9351, 10250, 10252, 11900, 11956, 12009, 15116, 15997])])),
            (212, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[333, 1132, 1136, 1245, 1267, 1378, 1426, 1456, 1891, 2096, 3458, 3459, 3489, 3491, 3495, 3497, 3505, 3533, 3599, 3831, 3837, 4385, 4408, 4534, 5144, 5146, 5220, 5548, 6024, 6241, 6243, 7419, 7491, 7494, 8467, 8486, 8496]), Anchor::Lits(&[8570, 8571, 8965, 9470, 9492, 9493, 9494, 9495, 9724, 9746, 11701, 12043, 12044, 12062, 12999, 13445, 13635, 13750, 14126, 14127, 14272, 14274, 19061, 19062])]), Anchor::All(&[Anchor::Lits(&[8570, 8571, 8965, 9470, 9492, 9493, 9494, 9495, 9724, 9746, 11701, 12043, 12044, 12062, 12999, 13445, 13635, 13750, 14126, 14127, 14272, 14274, 19061, 19062]), Anchor::Lits(&[332, 1131, 1135, 1244, 1266, 1377, 1425, 1455, 1890, 2095, 3457, 3488, 3490, 3494, 3496, 3504, 3532, 3598, 3830, 3836, 4384, 4407, 4533, 5143, 5145, 5219, 5547, 6023, 6240, 6242, 7418, 7490, 7493, 8466, 8485, 8495]), Anchor::Lits(&[385, 1018, 1027, 1046, 1047, 1158, 1159, 1218, 1223, 2631, 2632, 2770, 3391, 3392, 3430, 3431, 3436, 3597, 3825, 3827, 4801, 4806, 4807, 4808, 5563, 5564, 5606, 5675, 5676, 5836, 5837, 7196, 7197, 7495, 7496, 8461, 8470, 8481, 8482])])])),
            (213, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[3442, 4944, 4945, 7391, 7392, 7393, 7394, 7913, 8469, 8471, 8472, 8473, 8483, 8484])),
            (214, "skip-approval-cjk", Anchor::Lits(&[19096, 19097, 19098, 19099, 19100, 19101, 19102, 19103, 19104, 19105, 19106, 19107, 19108, 19109, 19110, 19111, 19112, 19113, 19114])),
            (216, "admin-role-handed-out-i18n", Anchor::Any(&[Anchor::Lits(&[5438, 5439, 5440, 5445, 5446, 5447, 5448, 5449, 5450, 7975, 7976, 7977, 7978, 7979, 7980, 7981, 7982, 7983, 10258, 11660, 11684, 11686, 11700, 11950, 11951, 12125, 12136, 12264, 13085, 13086, 13371, 13372, 13374, 13375, 13377, 13379, 13382, 13494, 15355, 15357, 15359, 17598, 17600, 19055, 19056, 19086, 19088]), Anchor::All(&[Anchor::Lits(&[110, 4542, 5639, 7375]), Anchor::Lits(&[8596, 9232, 9233, 9244, 9254, 9344, 9345, 9348, 9349, 9620, 9627, 10127, 10128, 10129, 10434, 10435, 10540, 11065, 11425, 11952, 11953, 11954, 11968, 12514, 13197, 14237, 14238, 14557, 14558, 15122, 15123, 16839, 18008, 18103, 19068, 19076, 19082, 19083])]), Anchor::All(&[Anchor::Lits(&[10256, 10257, 11659, 11662, 11683, 11685, 12135, 12263, 13084, 13370, 13373, 13376, 13378, 13381, 15354, 15356, 15358, 17597, 17599, 19054, 19085, 19087]), Anchor::Lits(&[110, 4542, 5639, 7375])])])),
            (218, "control-removed-i18n-passive", Anchor::Lits(&[60, 68, 674, 675, 677, 678, 1261, 1263, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1325, 1326, 1327, 1328, 1430, 1431, 1432, 1433, 1819, 1820, 1821, 1822, 1823, 1862, 1863, 1866, 1867, 2482, 3596, 5139, 5140, 5141, 5302, 5308, 5309, 5310, 5408, 5409, 5411, 5412, 5432, 5433, 5434, 5435, 6231, 6232, 6233, 6234, 7194, 7204, 7297, 7298, 7385, 7386, 7387, 7422, 7423, 7972, 7973, 7974, 8476, 8477, 8480, 8489, 8490, 8491, 8492, 8493, 8494])),
            (219, "control-weakened-i18n", Anchor::Any(&[Anchor::Lits(&[10595, 13172, 13174]), Anchor::All(&[Anchor::Lits(&[8802, 9749, 10465, 10546, 10547, 10548, 10549, 10690, 11340, 11341, 11356, 11402, 12149, 12283, 13172, 13174, 13367, 13493, 14123, 14726, 15218, 15219, 15342, 15350, 15516, 15572, 15573, 15574, 15764, 15765, 16660, 16661, 16662, 16768, 17516, 17557, 17982, 18022, 18609, 19044, 19049, 19067, 19079, 19090, 19091, 19092]), Anchor::Any(&[Anchor::Lits(&[1257, 8500, 8573, 8574, 8575, 8595, 8600, 8702, 9360, 9371, 9381, 9382, 9383, 9384, 9385, 9386, 9387, 9388, 9389, 9396, 9397, 10530, 10531, 10941, 11212, 11357, 12612, 13138, 13139, 13140, 13141, 13176, 13355, 13473, 13474, 13475, 13476, 13477, 13478, 13489, 13490, 13504, 13505, 13561, 13799, 13803, 13805, 14745, 14746, 14919, 14921, 14922, 14923, 15116, 15121, 15323, 15324, 15571, 15610, 17654, 17655, 17985, 18167, 19046, 19058, 19059, 19060, 19069, 19070, 19074, 19075, 19080, 19089]), Anchor::All(&[Anchor::Lits(&[14920]), Anchor::Lits(&[1258])])])])])),
            (221, "destructive-without-confirmation-i18n", Anchor::Lits(&[9625, 9626, 13758, 14247, 14248, 14249, 14250, 14251, 14252, 14299, 14300, 14301, 15738, 15739, 15740, 15745, 15747, 15888, 15889, 15890, 15891, 15892, 15911, 15912, 15913, 16051, 16052, 16053, 16058, 16059, 16445, 16769, 16771, 16774, 16776, 18054, 19050, 19051, 19052, 19053, 19063, 19064, 19065, 19077, 19078])),
            (226, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[2587, 2588, 2589, 9628, 10596, 13128, 13199, 13200, 13202, 13208, 13652, 13759, 16770, 16772, 16773, 16775, 17741, 17742, 17743, 17744, 17973, 17974, 18047, 18048, 18049])),
            (228, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[651, 652, 653, 657, 658, 1201, 2492, 2493, 2494, 2495, 2499, 2501, 5423, 5424, 5425, 5426, 5427, 5597, 5598, 5599, 5600, 5601, 7229, 9634, 9635, 9636, 9709, 9845, 10858, 10926, 10991, 11053, 11139, 11208, 11753, 11759, 11764, 14059, 14243, 14830, 16137, 16138, 16139, 16140, 16229, 16231, 16271, 16273, 16443, 16444, 17684, 18306, 18494, 18583]), Anchor::All(&[Anchor::Lits(&[12342, 12346, 12347, 12349]), Anchor::Lits(&[2369])])])),
            (229, "trust-raised-for-later", Anchor::Lits(&[237, 255, 259, 262, 263, 264, 265, 266, 359, 456, 466, 476, 705, 708, 1495, 1669, 1989, 1990, 2565, 2609, 2610, 2634, 2635, 3176, 3197, 3248, 3944, 4072, 4073, 4103, 4105, 4179, 4951, 4955, 5332, 5333, 5858, 5861, 5871, 5879, 5880, 5883, 7874, 7880, 7881, 7884, 17620, 17623, 17624, 17625])),
            (230, "admin-role-by-a-side-door", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4423, 10505, 10506, 12047, 12048, 12049, 12050, 12051, 14937]), Anchor::All(&[Anchor::Lits(&[110, 4542, 5639, 6273, 7375]), Anchor::Lits(&[9191, 9520, 9549, 11960, 11965, 12756, 12757, 12985, 15288, 15289])]), Anchor::All(&[Anchor::Lits(&[4739]), Anchor::Lits(&[8599, 8810, 8824, 9394, 11272, 11273, 11456, 11457, 11464, 13483, 13803, 15610, 15839, 15880, 17957]), Anchor::Lits(&[9829, 11972, 12045, 12138, 13389, 15918, 17613])]), Anchor::All(&[Anchor::Lits(&[15231, 15232, 15233, 15234, 15294, 15295, 15329, 15330, 15465, 15466]), Anchor::Lits(&[110, 4542, 5639])])]), Anchor::Lits(&[487, 737, 755, 987, 1278, 1279, 1280, 2490, 2503, 2512, 2564, 2605, 2999, 3000, 3188, 3612, 4952, 5168, 5169, 5170, 5217, 5218, 5229, 5230, 5254, 5255, 5366, 5367, 5693, 7235])])),
            (233, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[3289, 3290, 3291, 7568, 7570, 7572, 8064, 8070, 8077, 8970, 8974, 8975, 8976, 8977, 8979, 8980, 8981, 8982, 8983, 8984, 8985, 8986, 8987, 8988, 8989, 8994, 9324, 9325, 9326, 9327, 9328, 9329, 9330, 9331, 9332, 9333, 9334, 9335, 9336, 9337, 9338, 9339, 9340, 15376, 15377, 15378, 15379, 15380, 15381, 15382, 15383, 15384, 15385, 15386, 15387, 15388, 15389, 15390, 15391, 15392, 16784, 16786, 16790, 16795, 16796, 16797, 16801, 16803, 16808, 16810, 16819, 16820, 16821, 16827, 16829, 16830, 16832]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10541, 10802, 10841, 10871, 10876, 10901, 10905, 10910, 10912, 10921, 11069, 11122, 11152, 11158, 11183, 11187, 11192, 11194, 11203, 13143, 13146, 13150, 13151, 13154, 13155, 13162, 13164, 13166, 13170, 13272, 13518, 13520, 13523, 13524, 13526, 13527, 13533, 13535, 13537, 13539, 13814, 13851, 13877, 13881, 13904, 13908, 13913, 13916, 13925, 14311, 14314, 14318, 14319, 14322, 14323, 14330, 14332, 14334, 14338, 14979]), Anchor::All(&[Anchor::Lits(&[8968, 9908, 15373, 15455, 15750, 16783]), Anchor::Any(&[Anchor::Lits(&[13142, 14167, 14310, 18091, 18092, 18096, 18097, 18664, 18666, 18723, 18730]), Anchor::All(&[Anchor::Lits(&[11503, 11504, 11505, 11506, 11507, 11508, 11509, 11510, 11511, 11512, 11513, 11514, 11515, 11516, 11517, 11518, 11519, 11520, 11521, 11543, 11544, 11545, 11546, 11547, 11548, 11549, 11550, 11551, 11552, 11553, 11554, 11555, 11556, 11557, 11558, 11559, 11560, 11561, 11562, 11563, 11564, 11565, 11566, 11567, 11568, 11569, 11570, 11571, 11572, 11573, 11574, 11575, 11576, 11577, 11578, 11579, 11580, 13012, 13013, 13014, 13015, 13017, 13018, 13019, 13020, 13021, 13022, 13024, 13025, 13026, 13027, 13028, 13029, 13030, 13031, 13032, 13040, 13041, 13042, 13043, 13044, 13045, 13046, 13047, 13048, 13049, 13050, 13051, 13052, 13053, 13054, 13055, 13056, 13057, 13058, 13059, 13060, 13061, 13062, 13063, 13064, 13065, 13066, 13067, 13068, 13069, 13070, 13071, 13072, 13073, 13074, 13075, 13076, 13077, 16859, 16860, 16861, 16862, 16863, 16864, 16865, 16866, 16867, 16868, 16870, 16871, 16872, 16873, 16874, 16875, 16876, 16877, 16878, 16889, 16890, 16891, 16892, 16893, 16894, 16895, 16896, 16897, 16898, 16899, 16900, 16901, 16902, 16903, 16904, 16905, 16906, 16907, 16908, 16909, 16910, 16911, 16912, 16913, 16914, 16915, 16916, 16917, 16918, 16919, 16920, 16921, 16922, 16923, 16924, 16925, 16926, 17413, 17414, 17415, 17416, 17417, 17418, 17419, 17420, 17421, 17422, 17423, 17424, 17425, 17426, 17427, 17428, 17429, 17430, 17431, 17445, 17446, 17447, 17448, 17449, 17450, 17451, 17452, 17453, 17454, 17455, 17456, 17457, 17458, 17459, 17460, 17461, 17462, 17463, 17464, 17465, 17466, 17467, 17468, 17469, 17470, 17471, 17472, 17473, 17474, 17475, 17476, 17477, 17478, 17479, 17480, 17481, 17482]), Anchor::Lits(&[8509, 8510, 8511, 8512, 8513, 8514, 8517, 8520, 8521, 8522, 8523, 8525, 8804, 8811, 8813, 8816, 8817, 8818, 8819, 8820, 8821, 8822, 8823, 8825, 8939, 8942, 8943, 8944, 8945, 8946, 8949, 8950, 8951, 8952, 8953, 8954, 11506, 11507, 11508, 11510, 11512, 11513, 11515, 11516, 11517, 11518, 11519, 11521, 11546, 11547, 11548, 11550, 11552, 11553, 11555, 11556, 11557, 11558, 11559, 11561, 11565, 11566, 11567, 11569, 11571, 11572, 11574, 11575, 11576, 11577, 11578, 11580, 13015, 13017, 13018, 13020, 13022, 13024, 13026, 13027, 13028, 13029, 13030, 13032, 13043, 13044, 13045, 13047, 13049, 13050, 13052, 13053, 13054, 13055, 13056, 13058, 13062, 13063, 13064, 13066, 13068, 13069, 13071, 13072, 13073, 13074, 13075, 13077, 13145, 13147, 13149, 13153, 13156, 13157, 13159, 13160, 13161, 13163, 13165, 13167, 13519, 13521, 13522, 13525, 13528, 13529, 13530, 13531, 13532, 13534, 13536, 13538, 14313, 14315, 14317, 14321, 14324, 14325, 14327, 14328, 14329, 14331, 14333, 14335, 16033, 16034, 16035, 16036, 16037, 16038, 16039, 16040, 16041, 16042, 16043, 16044, 16862, 16863, 16864, 16866, 16868, 16870, 16872, 16873, 16874, 16875, 16876, 16878, 16892, 16893, 16894, 16896, 16898, 16899, 16901, 16902, 16903, 16904, 16905, 16907, 16911, 16912, 16913, 16915, 16917, 16918, 16920, 16921, 16922, 16923, 16924, 16926, 17416, 17417, 17418, 17420, 17422, 17423, 17425, 17426, 17427, 17428, 17429, 17431, 17448, 17449, 17450, 17452, 17454, 17455, 17457, 17458, 17459, 17460, 17461, 17463, 17467, 17468, 17469, 17471, 17473, 17474, 17476, 17477, 17478, 17479, 17480, 17482])])])])]), Anchor::Lits(&[349, 1021, 1303, 1492, 1506, 1520, 1525, 1547, 1550, 1561, 1564, 1666, 1681, 1695, 1700, 1729, 1732, 1743, 1746, 3397, 3398, 3401, 3402, 3404, 3405, 3407, 3408, 3409, 3511, 3759, 3760, 3761, 3762, 3763, 3764, 3765, 3766, 3767, 3940, 3953, 3968, 3973, 4004, 4006, 4017, 4020, 4479, 4480, 4483, 4484, 4486, 4487, 4488, 4489, 4490, 4969, 5327, 5361, 5579, 6329]), Anchor::Lits(&[606, 1001, 1864, 3011, 3584, 5128, 7504, 7506, 7914])])])),
            (234, "made-to-look-routine", Anchor::Lits(&[9774, 9775, 9776, 9777, 9778, 9779, 9780, 9781, 9782, 9783, 9784, 9785, 9786, 9787, 12132, 12133, 12134, 13868, 14173, 14174, 14668, 14669, 14670, 14671, 14672, 14673, 14674, 14675, 14677, 14678, 14679, 14680, 14681, 14682, 14683, 14684, 14685, 14686, 14687, 14688, 14689, 14690, 14691, 14692, 14693, 14694, 14695, 14696, 14697, 14698, 14699, 14700, 14701, 14702, 14703, 14704, 14705, 14706, 14707, 14708, 16229, 16231, 16234, 16238, 16254, 16336, 16345, 16434, 18067, 18068, 18069, 18071, 18074, 18075, 18076, 18077, 18078, 18079, 18080, 18081, 18082, 18084, 18085, 18086, 18087, 18088, 18104, 18107, 18108, 18109, 18110, 18111, 18112, 18113, 18114, 18115])),
            (235, "own-action-left-out", Anchor::Lits(&[63, 4262, 5594, 5822, 6488, 7641])),
            (236, "disguised-by-a-bland-label", Anchor::Any(&[Anchor::Lits(&[10393, 10394, 10395, 10396, 10397, 10398, 10484, 10485, 10486, 10487, 10488, 10489, 11688, 11689, 11690, 11691, 11692, 11693, 11694, 11695, 11696, 11697, 11698, 11699, 13177, 13181, 13182, 13183, 13187, 13188, 13189, 13190, 13565, 13566, 13567, 13568, 13569, 13570]), Anchor::All(&[Anchor::Lits(&[305, 313, 314, 315, 316, 318, 319, 320, 322, 324, 325, 326, 329, 5904, 5912, 5913, 5917, 5918, 5919, 5925, 5931, 5937, 5938, 5947, 5952, 5953, 5954, 5955, 5956, 5958, 5960, 5962, 5963, 5964, 5965, 5966, 5968, 5977, 5979, 6473, 6474, 6475, 6476, 6477, 6478, 6479, 6480, 6481, 6482, 6483, 6484, 6485, 6893, 6894, 6895, 6896, 6897, 6898, 6899, 6900, 6901, 6902, 6903, 6904, 6905, 6979, 6980, 6981, 6982, 6983, 6984, 6985, 6986, 6987, 6988, 6989, 6990, 6991]), Anchor::Lits(&[9632, 9648, 10392, 10483, 11247, 11687, 11858, 11959, 12152, 12817, 12818, 13564, 13808, 14124, 14523, 15609, 17790, 17986])])])),
            (237, "risky-step-left-out-of-the-record", Anchor::Any(&[Anchor::Lits(&[1599, 1602, 1604, 1605, 1606, 1608, 1609, 1642, 1645, 1647, 1648, 1649, 1651, 1652, 2625, 2626, 2627, 2655, 2656, 2657, 3841, 3844, 3846, 3847, 3848, 3850, 3851, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3893, 3898, 3900, 3901, 3902, 3906, 3907, 3914, 3917, 3919, 3920, 3921, 3923, 3924, 3927, 3928, 3929, 3931, 3932, 3933, 5773, 5776, 5778, 5779, 5780, 5782, 5783, 5788, 5791, 5793, 5794, 5795, 5797, 5798, 7711, 7712, 7713, 7719, 7726, 7728, 7730, 7732, 7740, 7742, 7919, 7926, 7928, 7930, 7932, 7940, 7942, 10801, 10823, 10825, 10826, 10834, 10839, 10845, 10847, 10852, 10854, 10866, 10872, 10874, 10877, 10886, 10895, 10898, 10899, 10900, 10929, 11068, 11103, 11105, 11106, 11114, 11120, 11126, 11128, 11133, 11135, 11147, 11153, 11155, 11159, 11168, 11177, 11180, 11181, 11182, 11211, 13813, 13833, 13835, 13836, 13843, 13849, 13855, 13857, 13860, 13862, 13872, 13878, 13880, 13882, 13891, 13897, 13900, 13901, 13903, 13931, 14004, 14007, 14008, 14012, 14013, 14015, 14016, 14019, 14020, 14022, 14023, 14024, 14026, 14027, 14032, 14480, 14481, 14482, 14483, 14484, 14485]), Anchor::All(&[Anchor::Lits(&[13240]), Anchor::Lits(&[4271, 4559])])])),
            (238, "governance-skipped", Anchor::Any(&[Anchor::Lits(&[126, 127, 128, 129, 130, 131, 132, 336, 337, 338, 341, 343, 345, 346, 567, 568, 569, 570, 600, 601, 602, 603, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 4031, 4032, 4033, 4036, 4042, 4043, 4044, 6362, 6363, 6382, 6383, 12024]), Anchor::All(&[Anchor::Lits(&[9748, 9830, 9832, 9833, 12021, 17043]), Anchor::Lits(&[9471, 9726, 10799, 11066, 11993, 13811, 14002, 16000, 16066, 18410])]), Anchor::All(&[Anchor::Lits(&[9138, 9836, 12028, 16002, 16016, 17499]), Anchor::Lits(&[1527, 1702, 4065, 7871])])])),
            (239, "recovery-prevented", Anchor::Any(&[Anchor::Lits(&[1527, 1702, 4068, 4157, 4160, 4162, 5920, 5926, 5932, 5957, 5959, 5961, 7731, 7931, 11663, 11664, 11665, 11666, 11667, 11668, 11669, 11670, 11671, 11672, 11673, 11674, 11675, 11676, 11677, 11678, 11679, 11680, 11681, 11682, 13006, 13007, 13008, 13009, 13010, 13023, 13033, 13036, 13078, 13079, 14033, 14034, 14035, 14036, 14038, 14046, 14047, 14050, 14055, 14057, 14081, 14082, 14083, 14084, 14086, 14095, 14096, 14100, 14105, 14107, 14168, 14169, 14170, 14171, 14172, 14175, 14176, 14177, 14178, 14179, 17058, 17059, 17060, 17061, 17062, 17063, 17064, 17065, 17066, 17067, 17179, 17180, 17181, 17182, 17183, 17184, 17185, 17186, 17187, 17188, 17210, 17211, 17212, 17213, 17214, 17215, 17216, 17217, 17218, 17219, 17286, 17287, 17288, 17289, 17290, 17291, 17292, 17293, 17294, 17295, 17319, 17320, 17321, 17322, 17324, 17346, 17347, 17348, 17354, 17356, 17505, 17506, 17507, 17508, 17509, 17510, 17511, 17512, 17513, 17514, 17722, 17723, 17724, 17725, 17726, 17727, 17728, 17729, 17730, 17731]), Anchor::All(&[Anchor::Lits(&[15514, 17504]), Anchor::Lits(&[1282, 1765, 5077, 7260, 7750]), Anchor::Lits(&[1, 8444])]), Anchor::All(&[Anchor::Lits(&[15514, 17504]), Anchor::Lits(&[1282, 1765, 5077, 7260, 7750]), Anchor::Lits(&[1, 8444])]), Anchor::All(&[Anchor::Lits(&[5407, 6786]), Anchor::Lits(&[1282, 1765, 5077, 7260, 7750]), Anchor::Lits(&[1, 8444])]), Anchor::All(&[Anchor::Lits(&[3887, 3911, 5340]), Anchor::Lits(&[725, 5896])])])),
            (240, "payload-run-unseen", Anchor::Any(&[Anchor::Lits(&[9245, 9246, 9247, 9248, 9249, 9250, 9251, 9252, 10013, 10014, 10015, 10016, 10017, 10018, 10019, 10020, 10118, 10119, 10120, 10121, 10122, 10123, 10124, 10125, 10475, 10476, 10477, 10478, 10479, 10480, 10481, 10482, 10493, 10494, 10495, 10496, 10497, 10498, 10499, 10500, 11719, 11720, 11721, 11722, 11723, 11724, 11725, 11726, 13130, 13131, 13132, 13133, 13134, 13135, 13136, 13137, 14831, 14833, 14835, 14836, 14837, 14838, 14839, 14840, 14843, 14845, 14847, 14848, 14849, 14850, 14851, 14852, 15504, 15505, 15506, 15507, 15508, 15509, 15510, 15511, 15529, 15530, 15531, 15532, 15533, 15534, 15535, 15536, 17685, 17687, 17697, 17701, 17704, 17705, 17706, 17707, 17803, 17804, 17805, 17806, 17807, 17808, 17809, 17810]), Anchor::All(&[Anchor::Lits(&[9120, 9121, 9123, 9126, 9128, 9129, 9131, 9133, 11446, 11447, 11448, 11449, 11450, 11451, 11452, 11453, 11617, 11618, 11620, 11623, 11625, 11626, 11628, 11630, 15661, 15662, 15664, 15667, 15669, 15670, 15672, 15674]), Anchor::Lits(&[616, 1089, 1275, 1277, 1311, 3396, 5421, 7313, 7333])]), Anchor::All(&[Anchor::Lits(&[1019, 2345, 2604, 4787, 4879, 5668, 5897, 6153]), Anchor::Lits(&[304, 308, 312, 323, 6613, 6616, 6620, 6622])])])),
            (241, "audit-record-rigged", Anchor::Any(&[Anchor::Lits(&[16190, 16193, 16194, 16229, 16231, 16238, 16240, 16252, 16253, 16257, 16260, 16261, 16271, 16273, 16279, 16281, 16293, 16294, 16308, 16309, 16310, 16316, 16317, 16318, 16332, 16335, 16337, 16343, 16344, 16346]), Anchor::All(&[Anchor::Lits(&[86, 88, 118, 650, 3562, 5125, 5629]), Anchor::Lits(&[1765, 1943, 1944, 2075, 2077, 2079, 2711, 2713, 2773, 4414, 5293, 5856, 6230]), Anchor::Lits(&[860, 861, 862, 864, 865, 874, 875, 876, 2197, 2206, 2217, 2223, 2225, 2251, 2254, 2274, 2378, 2379, 2382, 2385, 2386, 2412, 2422, 2423, 4245, 4246, 4247, 4248, 4249, 4256, 4259, 4260])]), Anchor::All(&[Anchor::Lits(&[2370, 2372, 2383, 2384, 2387, 2388, 2389, 2391, 2394, 2410, 2411, 2415, 2416, 2417]), Anchor::Lits(&[10126, 12297, 12339, 12351])])])),
            (242, "passed-off-as-ordinary", Anchor::Any(&[Anchor::Lits(&[399, 1029, 2090, 2607, 3006, 3492, 3493, 3571, 4169, 4380, 4381, 4540, 5176, 5466, 5648, 6046]), Anchor::All(&[Anchor::Lits(&[887, 890, 893, 894, 896, 1330, 1332, 1334, 1335, 1337, 1760, 1761, 1762, 1763, 1764, 2346, 2348, 2350, 2351, 2353, 3445, 3447, 3449, 3450, 3452, 3876, 3878, 3880, 3881, 3883, 4789, 4790, 4791, 4792, 4793, 4960, 4962, 4964, 4965, 4967, 5234, 5235, 5236, 5237, 5238]), Anchor::Lits(&[296, 725, 1030, 1428, 1759, 2687, 2731, 3610, 3786, 3814, 4834, 5465, 6328])])])),
            (244, "new-operating-rules-declared", Anchor::Lits(&[4066, 4067, 4073, 4083, 4086, 4087, 4141, 4142, 4152, 4153, 4158])),
            (245, "earlier-rules-declared-lapsed", Anchor::Lits(&[1795, 1796, 1797, 1798, 1799, 1801, 1803, 1804, 1805, 2321, 2326, 2327, 2328, 2330, 2332, 2333, 2334, 2335, 4389, 4394, 4395, 4396, 4398, 4399, 4400, 4401, 4402, 4984, 4989, 4990, 4991, 4993, 4996, 4998, 4999, 5000, 5008, 5009, 5010, 5011, 5012, 5014, 5016, 5017, 5018])),
            (246, "persona-careless-of-rules", Anchor::Lits(&[4070, 4077, 4082, 4084, 4086, 4139, 4140, 4151, 4152, 4163, 6366, 6370, 6372, 6373, 6377, 6378, 6379, 6380, 6381, 6384, 6412, 6449, 6461, 6486, 6487, 7644, 7648, 7649, 7650, 7654, 7655, 7656, 7657, 7658, 7659, 7662, 7665, 7671, 7679, 7680, 7686, 7687, 7688, 7689, 7690, 7691, 7692, 7693, 7694, 7695, 7696, 7697, 7698, 7699, 7700, 7877, 7886, 7889, 7891, 7893, 7895, 7896, 7898, 7900, 7912, 12543])),
            (247, "word-redefined-as-a-command", Anchor::Any(&[Anchor::Lits(&[11408, 11409, 11410, 11411, 11412, 11413, 11414, 11415, 12976, 12977, 12978, 12979, 12980, 12981, 12982, 12983, 12989, 12990, 12991, 12992, 12993, 12994, 12995, 12996, 13495, 13496, 13497, 13498, 13499, 13500, 13501, 13502, 16472, 16473, 16474, 16475, 16476, 16477, 16478, 16479]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10513, 10516, 10517, 10519, 11222, 11227, 11228, 11229, 11230, 11237, 11238, 11239, 15561, 17640]), Anchor::All(&[Anchor::Lits(&[12046]), Anchor::Lits(&[110, 222, 4542, 4746, 5639, 6273])]), Anchor::All(&[Anchor::Lits(&[10669]), Anchor::Lits(&[9351, 9894, 12063, 13478, 13561, 14872])]), Anchor::All(&[Anchor::Lits(&[17812]), Anchor::Lits(&[14872])]), Anchor::All(&[Anchor::Lits(&[3041, 5474]), Anchor::Lits(&[12549])])]), Anchor::Lits(&[1883, 1992, 3171, 3181, 3229, 3230, 3629, 5531, 5740, 5769, 5770, 5785, 6048, 7238, 7714, 7747, 7748]), Anchor::Lits(&[11909, 12293, 12525, 13263, 17045, 17046, 17088, 17191, 18198, 18199, 18213, 18214, 18599])])])),
            (248, "risky-action-misdescribed", Anchor::Any(&[Anchor::Lits(&[888, 891, 895, 897, 1331, 1333, 1336, 1338, 2347, 2349, 2352, 2354, 3446, 3448, 3451, 3453, 3877, 3879, 3882, 3884, 4961, 4963, 4966, 4968, 6800, 6801, 6802, 6803, 10833, 10838, 10840, 10844, 10851, 10876, 10885, 10889, 10915, 10916, 11113, 11119, 11121, 11125, 11132, 11158, 11167, 11171, 11197, 11198, 13842, 13848, 13850, 13854, 13859, 13881, 13890, 13894, 13919, 13920, 18452, 18458, 18459, 18463, 18468, 18503, 18513, 18516, 18549, 18550]), Anchor::All(&[Anchor::Lits(&[2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2900, 2904, 2907, 2916, 2917, 2920, 2923, 2926, 2927, 2928, 2929, 2930, 2932, 2933, 2935, 2945, 2946, 2948, 2956, 2957, 2958, 2960, 2961, 2962, 2963, 2964, 2965, 2969, 2970, 2972, 7007, 7008, 7009, 7013, 7014, 7015, 7017, 7018, 7019, 7020, 7021, 7022, 7025, 7026, 7027, 7061, 7068, 7072, 7086, 7091, 7094, 7098, 7102, 7103, 7104, 7106, 7107, 7110, 7111, 7112, 7178, 7179, 7180, 7181, 7182, 7183, 7184, 7185, 7186, 7187, 7188, 7189, 7190, 7191, 7192]), Anchor::Lits(&[9754, 9757, 9758, 9764, 9765, 9766, 9767, 9866, 9867, 9868, 9869, 9870, 9871, 9872, 9873, 9874, 9875, 9876, 9877, 9878, 9879, 10552, 10553, 10554, 10555, 10556, 10557, 10558, 10950, 10951, 10952, 10953, 10954, 10955, 10956, 11883, 11884, 11885, 11886, 11887, 11888, 11889, 13211, 13215, 13216, 13220, 13221, 13222, 13224, 13751, 13752, 13753, 13754, 13755, 13756, 13757, 14654, 14655, 14656, 14657, 14658, 14659, 14660, 14971, 14972, 14973, 14974, 14975, 14976, 14977, 15298, 15299, 15300, 15301, 15302, 15303, 15304, 15396, 15400, 15401, 15404, 15406, 15407, 15408, 16619, 16620, 16621, 16622, 16623, 16624, 16625, 16629, 16630, 16631, 16632, 16633, 16634, 16635, 17517, 17518, 17519, 17520, 17521, 17522, 17523]), Anchor::Lits(&[530])])])),
            (249, "every-account-object-destroyed", Anchor::All(&[Anchor::Lits(&[1284, 1286, 1287, 1288, 1290, 1292, 1293, 1294, 1297, 1299, 1300, 1301, 1341, 1343, 1344, 1345, 1346, 1348, 1349, 1350, 1351, 1353, 1354, 1355, 1399, 1401, 1403, 1404, 1413, 1415, 1416, 1417, 1420, 1422, 1423, 1424, 1767, 1769, 1771, 1772, 1775, 1777, 1778, 1779, 1780, 1782, 1783, 1784, 4205, 4207, 4208, 4209, 4210, 4212, 4213, 4214, 4215, 4217, 4218, 4219, 5079, 5081, 5082, 5083, 5084, 5086, 5087, 5088, 5089, 5091, 5092, 5093, 5295, 5297, 5298, 5299, 5303, 5305, 5306, 5307, 5313, 5315, 5316, 5317, 7752, 7754, 7755, 7756, 7758, 7760, 7761, 7762, 7763, 7765, 7766, 7767]), Anchor::Lits(&[206, 1792, 1903])])),
            (250, "everything-but-one-destroyed", Anchor::All(&[Anchor::Lits(&[1284, 1285, 1287, 1288, 1290, 1291, 1293, 1294, 1297, 1298, 1300, 1301, 1341, 1342, 1344, 1345, 1346, 1347, 1349, 1350, 1351, 1352, 1354, 1355, 1399, 1400, 1403, 1404, 1413, 1414, 1416, 1417, 1420, 1421, 1423, 1424, 1767, 1768, 1771, 1772, 1775, 1776, 1778, 1779, 1780, 1781, 1783, 1784, 4205, 4206, 4208, 4209, 4210, 4211, 4213, 4214, 4215, 4216, 4218, 4219, 5079, 5080, 5082, 5083, 5084, 5085, 5087, 5088, 5089, 5090, 5092, 5093, 5295, 5296, 5298, 5299, 5303, 5304, 5306, 5307, 5313, 5314, 5316, 5317, 7752, 7753, 7755, 7756, 7758, 7759, 7761, 7762, 7763, 7764, 7766, 7767]), Anchor::Lits(&[9105, 9621, 9723, 11603, 11606, 14148, 14149, 14150, 14151, 14152, 14153, 14154, 14556, 15749, 16849, 16850, 16853, 16854, 16855, 16856, 16869, 16879, 16880, 16881, 16882, 16883, 16884, 16885, 16886, 16887, 18221, 18222, 18225, 18226, 18227, 18228, 18230, 18231, 18241, 18242, 18243, 18244, 18245, 18246, 18247, 18248, 18254, 18255, 18259, 18260, 18264, 18265, 18266, 18267, 18270, 18271, 18272, 18273, 18274, 18275, 18276, 18277]), Anchor::Lits(&[206, 354, 1792, 1903])])),
            (251, "listed-objects-dropped-in-a-loop", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5804, 5807, 5811, 5812, 5819, 5820]), Anchor::Lits(&[1282, 1295, 1397, 1418, 1765, 5293, 5311])]), Anchor::All(&[Anchor::Lits(&[15980, 15981, 15984, 15985, 15990, 15991]), Anchor::Lits(&[1232, 2185, 2310, 3358, 3359, 3592])])])),
            (252, "protection-policy-made-permissive", Anchor::Any(&[Anchor::Lits(&[3007, 3008, 3009, 3010, 7253, 7254, 7255, 7256, 8640, 8642, 8655, 8656, 9987, 9988, 9990, 9991, 11918, 11919, 11920, 11921, 14527, 14531, 14551, 14553, 14832, 14834, 14840, 14842, 14844, 14846, 14852, 14853, 15223, 15224, 15225, 15226, 15268, 15270, 15283, 15284, 17686, 17689, 17707, 17708, 17772, 17773, 17774, 17775, 17786, 17787, 17788, 17789]), Anchor::All(&[Anchor::Lits(&[827, 828, 1998, 5415, 5416, 5417, 8528, 8934, 9517, 10187, 12998, 13171, 13338, 14239, 14339, 14841, 16045, 17258, 17549, 17682, 17987]), Anchor::Lits(&[15610])])])),
            (254, "data-taken-to-another-organization", Anchor::Any(&[Anchor::Lits(&[2319, 2320, 2322, 2323, 2324, 2325, 2329, 2336, 2337, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 4034, 4035, 4037, 4038, 4039, 4040, 4041, 4045, 4046, 4048, 4049, 4050, 4051, 4052, 4053, 4054, 4055, 4056, 4387, 4388, 4390, 4391, 4392, 4393, 4397, 4403, 4404, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4555, 4556, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4868, 4869, 4870, 4871, 4872, 4982, 4983, 4985, 4986, 4987, 4988, 4992, 5001, 5004, 5022, 5026, 5027, 5028, 5029, 7339, 7340, 7341, 7342, 7343, 7344, 7345, 7346, 7347, 9565, 9566, 9567, 9568, 12481, 12482, 12484, 12485, 12499, 12500, 12501, 12502, 12614, 12615, 12616, 12617, 13700, 13701, 13702, 18195, 18196, 18197]), Anchor::All(&[Anchor::Lits(&[1515, 1527, 1549, 1570, 1591, 1596, 1617, 1621, 1634, 1639, 1660, 1664, 1690, 1702, 1731, 1752, 4065, 5857, 7724, 7731, 7739, 7746, 7871, 7924, 7931, 7939, 7946]), Anchor::Lits(&[10446, 10454, 10455, 11213, 11214, 11243, 13259, 13762, 15059, 15063]), Anchor::Lits(&[10301, 11651, 11972, 11986, 15370, 15372, 15893, 15934, 15936, 17756])])])),
            (257, "side-statement-run-unseen", Anchor::Lits(&[796, 1203, 1439, 3156, 5130, 5621, 5848, 10708, 10709, 10710, 10711, 10712, 10713, 11332, 11333, 11334, 11335, 11336, 11337, 13328, 13329, 13330, 13331, 13332, 13333, 13509, 13511, 13512, 13513, 13514, 13515, 14568, 14572, 14574, 14575, 14576, 14577, 15021, 15023, 15026, 15027, 15028, 15029, 15397, 15399, 15402, 15403, 15405, 15409, 15520, 15521, 15522, 15523, 15524, 15525, 15982, 15983, 15986, 15987, 15988, 15989, 18462, 18465, 18490, 18499, 18502, 18506, 18519, 18527, 18537, 18546])),
            (258, "dbt-hook-drops-production", Anchor::Lits(&[1770, 1773])),
            (259, "record-made-to-look-untouched", Anchor::Lits(&[391, 392, 394, 396, 398, 400, 401, 402, 403, 404, 405, 406, 411, 412, 414, 416, 417, 418, 419, 420, 422, 423, 424, 425, 472, 473, 478, 481, 490, 491, 494, 496, 515, 517, 518, 519, 3173, 3174, 3180, 3183, 3189, 3191, 3193, 3198, 3231, 3239, 3240, 3241, 3566, 3567, 3568, 3569, 3570, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3585, 3586, 3587, 3588, 3589, 3590, 3591, 5171, 5172, 5173, 5174, 5175, 5177, 5178, 5179, 5183, 5184, 5185, 5186, 5198, 5199, 5200, 5201, 5202, 5203, 5204, 5205, 5206, 5207, 5208, 5209, 5268, 5269, 5270, 5271, 5273, 5274, 5275, 5276, 5277, 5278, 5279, 5280, 5281, 5282, 5283, 5284, 5285, 5286, 5287, 5288, 5289, 5290, 5291, 5292, 5643, 5644, 5645, 5646, 5647, 5649, 5650, 5651, 5652, 5653, 5654, 5655, 5656, 5657, 5658, 5659, 5660, 5661, 5662, 5663, 5664, 5665, 5666, 5667, 5801, 5802, 5803, 5805, 5806, 5808, 5809, 5810, 5813, 5814, 5815, 5816, 5823, 5824, 5825, 5826, 5827, 5828, 5829, 5830, 5831, 5832, 5833, 5834, 5911, 5914, 5915, 5916, 5921, 5922, 5923, 5924, 5927, 5928, 5929, 5930, 5933, 5934, 5935, 5936, 5939, 5940, 5941, 5942, 5969, 5970, 5971, 5972, 5973, 5974, 5975, 5976, 5978, 5980, 5981, 5982, 6072, 6073, 6074, 6077, 6086, 6089, 6090, 6091, 6092, 6093, 6095, 6096, 6097, 6098, 6099, 6100, 6101, 6102, 6103, 6104, 6105, 6106, 6107, 6108])),
            (260, "decoded-string-executed", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[9343, 10471, 11906, 17675, 17746]), Anchor::Lits(&[1899, 1949, 5499, 5501, 5502, 5504])]), Anchor::All(&[Anchor::Lits(&[645, 720, 732, 2373, 2693, 7306, 7316]), Anchor::Lits(&[11445, 11613, 11615])])])),
            (261, "tool-told-to-receive-the-conversation", Anchor::All(&[Anchor::Lits(&[257, 774, 775, 776, 777, 784, 785, 786, 787, 788, 789, 2091, 4441, 4442, 4443]), Anchor::Lits(&[997, 1179, 1180, 1222, 1870, 2442, 3436, 4806, 5623, 6294, 6536, 7197, 7703, 8165, 8230]), Anchor::Lits(&[886, 2341, 2512, 3158, 4788, 5672, 7362])])),
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
andere\
andern\
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
cambia\
cambie\
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
modifica\
modifie\
modifique\
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
muda\
mude\
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
pas aan\
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
wijzig\
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
            ends: &[4, 13, 23, 25, 29, 38, 48, 50, 53, 56, 59, 62, 65, 68, 71, 74, 77, 80, 83, 86, 88, 91, 98, 110, 122, 136, 144, 153, 164, 187, 203, 209, 221, 236, 245, 261, 276, 278, 281, 284, 287, 290, 293, 296, 298, 300, 305, 315, 326, 331, 341, 352, 356, 365, 375, 377, 379, 387, 393, 400, 406, 409, 416, 423, 432, 440, 448, 456, 464, 472, 480, 490, 501, 512, 516, 523, 528, 533, 540, 548, 556, 563, 568, 573, 579, 585, 591, 597, 602, 607, 618, 623, 628, 634, 640, 650, 659, 665, 671, 684, 693, 702, 707, 712, 717, 722, 727, 732, 753, 769, 785, 790, 794, 801, 808, 815, 820, 825, 833, 842, 845, 853, 863, 869, 881, 895, 917, 923, 930, 937, 944, 951, 958, 965, 971, 977, 980, 982, 990, 995, 1007, 1012, 1021, 1028, 1032, 1043, 1047, 1052, 1056, 1064, 1074, 1081, 1095, 1102, 1113, 1121, 1129, 1138, 1144, 1151, 1156, 1162, 1168, 1174, 1180, 1186, 1192, 1200, 1209, 1218, 1227, 1236, 1245, 1254, 1263, 1273, 1283, 1293, 1303, 1313, 1323, 1328, 1334, 1346, 1351, 1358, 1367, 1377, 1381, 1386, 1392, 1398, 1404, 1410, 1416, 1422, 1430, 1435, 1440, 1445, 1450, 1455, 1460, 1469, 1477, 1484, 1492, 1499, 1504, 1509, 1514, 1519, 1525, 1532, 1539, 1546, 1553, 1560, 1567, 1574, 1580, 1587, 1595, 1603, 1611, 1619, 1627, 1635, 1640, 1645, 1650, 1656, 1671, 1676, 1681, 1692, 1699, 1713, 1721, 1729, 1744, 1758, 1763, 1769, 1775, 1778, 1782, 1786, 1790, 1794, 1798, 1802, 1807, 1819, 1833, 1845, 1853, 1857, 1865, 1873, 1881, 1888, 1895, 1900, 1905, 1911, 1917, 1922, 1927, 1932, 1937, 1942, 1947, 1952, 1957, 1962, 1967, 1972, 1977, 1982, 1987, 1992, 1994, 1996, 1999, 2002, 2005, 2008, 2011, 2014, 2017, 2020, 2023, 2026, 2029, 2032, 2035, 2042, 2054, 2066, 2080, 2088, 2097, 2108, 2131, 2147, 2153, 2165, 2180, 2189, 2205, 2220, 2222, 2225, 2228, 2231, 2234, 2237, 2240, 2242, 2244, 2247, 2249, 2251, 2260, 2269, 2277, 2283, 2290, 2296, 2299, 2306, 2313, 2321, 2330, 2338, 2346, 2354, 2362, 2370, 2378, 2388, 2399, 2421, 2432, 2436, 2443, 2450, 2458, 2466, 2473, 2479, 2485, 2491, 2497, 2508, 2514, 2520, 2530, 2537, 2546, 2552, 2558, 2571, 2580, 2589, 2594, 2599, 2604, 2609, 2614, 2619, 2624, 2645, 2661, 2677, 2682, 2686, 2693, 2700, 2707, 2712, 2717, 2720, 2728, 2738, 2742, 2746, 2752, 2764, 2786, 2792, 2798, 2801, 2805, 2811, 2818, 2825, 2832, 2839, 2846, 2853, 2856, 2858, 2866, 2871, 2883, 2888, 2897, 2904, 2908, 2919, 2923, 2928, 2932, 2940, 2947, 2957, 2964, 2978, 2985, 2996, 3004, 3012, 3018, 3025, 3030, 3036, 3042, 3048, 3054, 3060, 3066, 3071, 3079, 3088, 3097, 3106, 3115, 3124, 3133, 3140, 3149, 3159, 3169, 3179, 3189, 3199, 3209, 3224, 3229, 3233, 3245, 3248, 3252, 3256, 3260, 3263, 3267, 3271, 3276, 3283, 3288, 3297, 3301, 3306, 3312, 3318, 3324, 3330, 3336, 3342, 3350, 3366, 3371, 3376, 3381, 3386, 3391, 3396, 3405, 3413, 3420, 3427, 3435, 3441, 3449, 3458, 3469, 3478, 3482, 3488, 3493, 3498, 3505, 3520, 3527, 3534, 3541, 3548, 3555, 3562, 3568, 3575, 3583, 3591, 3599, 3607, 3615, 3623, 3628, 3634, 3649, 3654, 3659, 3670, 3677, 3691, 3699, 3707, 3722, 3736, 3741, 3744, 3748, 3752, 3756, 3760, 3764, 3768, 3773, 3785, 3799, 3811, 3818, 3825, 3828, 3832, 3837, 3843, 3851, 3856, 3861, 3866, 3871, 3876, 3881, 3886, 3891, 3896, 3901, 3906, 3911, 3913, 3915, 3918, 3921, 3924, 3927, 3930, 3933, 3936, 3939, 3942, 3945, 3948, 3951, 3958, 3970, 3982, 3996, 4004, 4013, 4024, 4047, 4063, 4069, 4081, 4096, 4105, 4121, 4136, 4138, 4141, 4144, 4147, 4150, 4153, 4156, 4158, 4160, 4162, 4164, 4172, 4178, 4185, 4191, 4194, 4201, 4208, 4217, 4225, 4233, 4241, 4249, 4257, 4265, 4275, 4286, 4297, 4301, 4308, 4315, 4323, 4331, 4338, 4344, 4350, 4356, 4362, 4373, 4379, 4385, 4395, 4404, 4410, 4416, 4429, 4438, 4447, 4452, 4457, 4462, 4467, 4472, 4477, 4498, 4514, 4530, 4535, 4539, 4546, 4553, 4560, 4565, 4570, 4573, 4581, 4591, 4597, 4609, 4631, 4637, 4644, 4651, 4658, 4665, 4672, 4679, 4682, 4684, 4692, 4697, 4709, 4714, 4723, 4730, 4734, 4745, 4749, 4754, 4758, 4766, 4776, 4783, 4797, 4804, 4815, 4823, 4831, 4837, 4844, 4849, 4855, 4861, 4867, 4873, 4879, 4885, 4893, 4902, 4911, 4920, 4929, 4938, 4947, 4956, 4966, 4976, 4986, 4996, 5006, 5016, 5021, 5033, 5038, 5045, 5054, 5058, 5063, 5069, 5075, 5081, 5087, 5093, 5099, 5107, 5112, 5117, 5122, 5127, 5132, 5137, 5146, 5154, 5161, 5168, 5174, 5181, 5188, 5195, 5202, 5209, 5216, 5223, 5229, 5236, 5244, 5252, 5260, 5268, 5276, 5284, 5289, 5295, 5310, 5315, 5320, 5331, 5338, 5352, 5360, 5368, 5383, 5397, 5402, 5405, 5409, 5413, 5417, 5421, 5425, 5429, 5434, 5446, 5460, 5472, 5476, 5484, 5489, 5494, 5499, 5504, 5509, 5514, 5519, 5524, 5529, 5534, 5539, 5544, 5546, 5548, 5551, 5554, 5557, 5560, 5563, 5566, 5569, 5572, 5575, 5578, 5581, 5584, 5591, 5603, 5615, 5629, 5637, 5646, 5657, 5680, 5696, 5702, 5714, 5729, 5738, 5754, 5769, 5771, 5774, 5777, 5780, 5783, 5786, 5789, 5791, 5793, 5795, 5797, 5805, 5811, 5818, 5824, 5827, 5834, 5841, 5850, 5858, 5866, 5874, 5882, 5890, 5898, 5908, 5919, 5930, 5934, 5941, 5948, 5956, 5964, 5971, 5977, 5983, 5989, 5995, 6006, 6012, 6018, 6028, 6037, 6043, 6049, 6062, 6071, 6080, 6085, 6090, 6095, 6100, 6105, 6110, 6131, 6147, 6163, 6168, 6172, 6179, 6186, 6193, 6198, 6203, 6206, 6214, 6224, 6230, 6242, 6264, 6270, 6277, 6284, 6291, 6298, 6305, 6312, 6315, 6317, 6325, 6330, 6342, 6347, 6356, 6363, 6367, 6378, 6382, 6387, 6391, 6399, 6409, 6416, 6430, 6437, 6448, 6456, 6464, 6470, 6477, 6482, 6488, 6494, 6500, 6506, 6512, 6518, 6526, 6535, 6544, 6553, 6562, 6571, 6580, 6589, 6599, 6609, 6619, 6629, 6639, 6649, 6654, 6666, 6671, 6678, 6687, 6691, 6696, 6702, 6708, 6714, 6720, 6726, 6732, 6740, 6745, 6750, 6755, 6760, 6765, 6770, 6779, 6787, 6794, 6801, 6807, 6814, 6821, 6828, 6835, 6842, 6849, 6856, 6862, 6869, 6877, 6885, 6893, 6901, 6909, 6917, 6922, 6928, 6943, 6948, 6953, 6964, 6971, 6985, 6993, 7001, 7016, 7030, 7035, 7038, 7042, 7046, 7050, 7054, 7058, 7062, 7067, 7079, 7093, 7105, 7109, 7117, 7122, 7127, 7132, 7137, 7142, 7147, 7152, 7157, 7162, 7167, 7172, 7177, 7179, 7181, 7184, 7187, 7190, 7193, 7196, 7199, 7202, 7205, 7208, 7211, 7214, 7217, 7224, 7236, 7248, 7262, 7270, 7279, 7290, 7313, 7329, 7335, 7347, 7362, 7371, 7387, 7402, 7404, 7407, 7410, 7413, 7416, 7419, 7422, 7424, 7426, 7428, 7430, 7438, 7444, 7451, 7457, 7460, 7467, 7474, 7483, 7491, 7499, 7507, 7515, 7523, 7531, 7541, 7552, 7563, 7567, 7574, 7581, 7589, 7597, 7604, 7610, 7616, 7622, 7628, 7639, 7645, 7651, 7661, 7670, 7676, 7682, 7695, 7704, 7713, 7718, 7723, 7728, 7733, 7738, 7743, 7764, 7780, 7796, 7801, 7805, 7812, 7819, 7826, 7831, 7836, 7839, 7847, 7857, 7863, 7875, 7897, 7903, 7910, 7917, 7924, 7931, 7938, 7945, 7948, 7950, 7958, 7963, 7975, 7980, 7989, 7996, 8000, 8011, 8015, 8020, 8024, 8032, 8042, 8049, 8063, 8070, 8081, 8089, 8097, 8103, 8110, 8115, 8121, 8127, 8133, 8139, 8145, 8151, 8159, 8168, 8177, 8186, 8195, 8204, 8213, 8222, 8232, 8242, 8252, 8262, 8272, 8282, 8287, 8299, 8304, 8311, 8320, 8324, 8329, 8335, 8341, 8347, 8353, 8359, 8365, 8373, 8378, 8383, 8388, 8393, 8398, 8403, 8412, 8420, 8427, 8434, 8440, 8447, 8454, 8461, 8468, 8475, 8482, 8489, 8495, 8502, 8510, 8518, 8526, 8534, 8542, 8550, 8555, 8561, 8576, 8581, 8586, 8597, 8604, 8618, 8626, 8634, 8649, 8663, 8668, 8671, 8675, 8679, 8683, 8687, 8691, 8695, 8700, 8712, 8726, 8738, 8742, 8750, 8755, 8760, 8765, 8770, 8775, 8780, 8785, 8790, 8795, 8800, 8805, 8810, 8814, 8823, 8833, 8835, 8839, 8848, 8858, 8860, 8863, 8866, 8869, 8872, 8875, 8878, 8881, 8884, 8887, 8890, 8893, 8896, 8899, 8901, 8904, 8911, 8923, 8935, 8949, 8957, 8966, 8977, 9000, 9016, 9022, 9034, 9049, 9058, 9074, 9089, 9091, 9094, 9097, 9100, 9103, 9106, 9109, 9111, 9113, 9118, 9128, 9139, 9144, 9154, 9165, 9169, 9172, 9181, 9191, 9193, 9195, 9204, 9213, 9221, 9227, 9234, 9240, 9243, 9250, 9257, 9264, 9278, 9286, 9295, 9303, 9311, 9319, 9327, 9335, 9343, 9353, 9364, 9386, 9397, 9401, 9408, 9418, 9426, 9431, 9436, 9443, 9451, 9460, 9467, 9475, 9490, 9498, 9505, 9510, 9515, 9521, 9527, 9533, 9539, 9544, 9549, 9560, 9565, 9570, 9576, 9582, 9592, 9603, 9614, 9621, 9630, 9636, 9642, 9655, 9664, 9673, 9682, 9688, 9695, 9700, 9705, 9710, 9715, 9720, 9725, 9730, 9751, 9767, 9783, 9788, 9792, 9803, 9814, 9821, 9828, 9835, 9840, 9845, 9850, 9858, 9867, 9870, 9878, 9888, 9892, 9896, 9902, 9914, 9927, 9941, 9963, 9969, 9975, 9978, 9982, 9988, 9995, 10002, 10009, 10016, 10023, 10030, 10036, 10042, 10045, 10047, 10055, 10060, 10072, 10077, 10086, 10093, 10097, 10108, 10112, 10117, 10121, 10129, 10133, 10140, 10150, 10157, 10171, 10178, 10189, 10197, 10205, 10214, 10220, 10227, 10232, 10238, 10244, 10250, 10256, 10262, 10268, 10273, 10281, 10290, 10299, 10308, 10317, 10326, 10335, 10342, 10351, 10361, 10371, 10381, 10391, 10401, 10411, 10426, 10431, 10437, 10445, 10449, 10461, 10464, 10468, 10472, 10476, 10479, 10483, 10487, 10492, 10499, 10504, 10513, 10523, 10527, 10532, 10538, 10544, 10550, 10556, 10562, 10568, 10579, 10591, 10599, 10615, 10622, 10627, 10632, 10637, 10642, 10647, 10652, 10661, 10668, 10676, 10684, 10691, 10699, 10707, 10714, 10719, 10724, 10732, 10738, 10743, 10748, 10761, 10769, 10778, 10789, 10802, 10811, 10815, 10821, 10826, 10831, 10837, 10848, 10855, 10870, 10879, 10889, 10896, 10903, 10910, 10917, 10924, 10931, 10937, 10944, 10952, 10960, 10968, 10976, 10984, 10992, 10997, 11002, 11007, 11013, 11028, 11033, 11038, 11049, 11056, 11069, 11083, 11091, 11099, 11114, 11128, 11133, 11139, 11145, 11156, 11174, 11177, 11181, 11185, 11189, 11193, 11197, 11201, 11206, 11218, 11232, 11244, 11251, 11258, 11261, 11269, 11273, 11278, 11284, 11292, 11300, 11308, 11315, 11322, 11327, 11332, 11338, 11344, 11349, 11354, 11359, 11364, 11369, 11374, 11379, 11384, 11389, 11394, 11399, 11404, 11409, 11414, 11419, 11420, 11422, 11425, 11428, 11439, 11450, 11461, 11472, 11483, 11494, 11506, 11518, 11530, 11542, 11554, 11566, 11586, 11608, 11630, 11649, 11665, 11684, 11705, 11726, 11744, 11759, 11770, 11781, 11792, 11803, 11814, 11825, 11837, 11849, 11861, 11873, 11885, 11897, 11917, 11939, 11961, 11980, 11996, 12015, 12036, 12057, 12075, 12090, 12101, 12112, 12123, 12134, 12145, 12156, 12168, 12180, 12192, 12204, 12216, 12228, 12248, 12270, 12292, 12311, 12327, 12346, 12367, 12388, 12406, 12421, 12429, 12437, 12445, 12453, 12461, 12469, 12478, 12487, 12496, 12505, 12514, 12523, 12540, 12559, 12578, 12594, 12607, 12623, 12641, 12659, 12674, 12686, 12695, 12704, 12713, 12722, 12731, 12740, 12750, 12760, 12770, 12780, 12790, 12800, 12818, 12838, 12858, 12875, 12889, 12906, 12925, 12944, 12960, 12973, 12983, 12993, 13003, 13013, 13023, 13033, 13044, 13055, 13066, 13077, 13088, 13099, 13118, 13139, 13160, 13178, 13193, 13211, 13231, 13251, 13268, 13282, 13283, 13285, 13287, 13293, 13296, 13306, 13310, 13317, 13325, 13332, 13342, 13346, 13350, 13363, 13376, 13389, 13393, 13399, 13411, 13423, 13435, 13442, 13445, 13448, 13451, 13452, 13454, 13456, 13458, 13460, 13462, 13464, 13466, 13469, 13472, 13476, 13480, 13490, 13493, 13498, 13503, 13508, 13513, 13518, 13523, 13526, 13529, 13533, 13537, 13541, 13545, 13549, 13553, 13558, 13563, 13568, 13569, 13571, 13572, 13574, 13577, 13580, 13581, 13584, 13592, 13602, 13614, 13621, 13622, 13624, 13631, 13635, 13646, 13657, 13662, 13671, 13679, 13688, 13696, 13710, 13728, 13743, 13761, 13776, 13795, 13811, 13828, 13846, 13856, 13861, 13871, 13876, 13883, 13893, 13903, 13914, 13926, 13939, 13950, 13962, 13974, 13986, 13998, 14010, 14022, 14037, 14049, 14061, 14072, 14080, 14094, 14108, 14122, 14136, 14150, 14164, 14170, 14172, 14175, 14177, 14179, 14182, 14185, 14188, 14191, 14194, 14197, 14200, 14203, 14208, 14213, 14218, 14220, 14222, 14224, 14226, 14228, 14230, 14232, 14234, 14236, 14238, 14241, 14243, 14250, 14254, 14265, 14270, 14278, 14287, 14295, 14300, 14305, 14312, 14314, 14321, 14325, 14336, 14341, 14349, 14358, 14366, 14371, 14376, 14383, 14386, 14389, 14392, 14395, 14397, 14400, 14403, 14406, 14408, 14410, 14419, 14421, 14427, 14428, 14430, 14434, 14438, 14442, 14443, 14445, 14448, 14449, 14451, 14452, 14454, 14455, 14457, 14458, 14460, 14461, 14463, 14464, 14466, 14467, 14469, 14470, 14473, 14476, 14477, 14479, 14481, 14483, 14485, 14487, 14489, 14492, 14495, 14498, 14501, 14504, 14507, 14514, 14522, 14530, 14538, 14546, 14554, 14562, 14570, 14582, 14594, 14606, 14618, 14630, 14642, 14654, 14666, 14678, 14690, 14702, 14714, 14726, 14738, 14752, 14766, 14780, 14794, 14808, 14822, 14836, 14844, 14853, 14862, 14871, 14880, 14889, 14898, 14907, 14929, 14951, 14973, 14995, 15017, 15039, 15061, 15070, 15079, 15088, 15097, 15106, 15115, 15124, 15135, 15146, 15157, 15168, 15179, 15190, 15201, 15224, 15248, 15272, 15296, 15320, 15344, 15368, 15392, 15396, 15412, 15428, 15444, 15460, 15476, 15492, 15508, 15514, 15520, 15526, 15532, 15538, 15544, 15550, 15562, 15575, 15588, 15601, 15614, 15627, 15640, 15653, 15662, 15671, 15680, 15689, 15698, 15707, 15722, 15738, 15754, 15770, 15786, 15802, 15818, 15834, 15843, 15859, 15876, 15893, 15910, 15927, 15944, 15961, 15978, 15993, 16009, 16025, 16041, 16057, 16073, 16089, 16105, 16107, 16113, 16120, 16127, 16134, 16141, 16148, 16155, 16162, 16165, 16174, 16185, 16196, 16207, 16218, 16229, 16240, 16251, 16262, 16273, 16284, 16295, 16306, 16317, 16328, 16341, 16354, 16367, 16380, 16393, 16406, 16419, 16440, 16456, 16472, 16479, 16487, 16495, 16503, 16511, 16519, 16527, 16535, 16556, 16577, 16598, 16619, 16640, 16661, 16682, 16690, 16698, 16706, 16714, 16722, 16730, 16738, 16748, 16758, 16768, 16778, 16788, 16798, 16808, 16812, 16834, 16857, 16880, 16903, 16926, 16949, 16972, 16995, 17007, 17010, 17025, 17040, 17055, 17070, 17085, 17100, 17115, 17120, 17125, 17130, 17135, 17140, 17145, 17150, 17161, 17173, 17185, 17197, 17209, 17221, 17233, 17245, 17253, 17261, 17269, 17277, 17285, 17293, 17307, 17322, 17337, 17352, 17367, 17382, 17397, 17412, 17420, 17435, 17451, 17467, 17483, 17499, 17515, 17531, 17547, 17561, 17576, 17591, 17606, 17621, 17636, 17651, 17666, 17678, 17692, 17704, 17706, 17707, 17709, 17712, 17713, 17715, 17717, 17719, 17721, 17724, 17727, 17728, 17734, 17737, 17742, 17752, 17756, 17763, 17771, 17778, 17788, 17795, 17800, 17812, 17816, 17825, 17833, 17837, 17843, 17852, 17860, 17872, 17882, 17889, 17897, 17904, 17910, 17911, 17913, 17915, 17917, 17919, 17921, 17923, 17925, 17932, 17939, 17946, 17953, 17960, 17967, 17974, 17977, 17989, 18001, 18006, 18011, 18016, 18021, 18026, 18031, 18036, 18041, 18046, 18051, 18056, 18061, 18066, 18074, 18082, 18090, 18098, 18106, 18114, 18122, 18131, 18135, 18139, 18143, 18147, 18151, 18155, 18156, 18158, 18160, 18162, 18166, 18175, 18185, 18187, 18189, 18190, 18192, 18195, 18205, 18212, 18220, 18228, 18234, 18239, 18248, 18252, 18256, 18266, 18271, 18278, 18281, 18284, 18286, 18288, 18290, 18292, 18294, 18296, 18303, 18310, 18317, 18322, 18329, 18337, 18347, 18353, 18360, 18367, 18379, 18390, 18401, 18408, 18420, 18430, 18440, 18450, 18460, 18470, 18480, 18490, 18500, 18510, 18520, 18530, 18540, 18558, 18573, 18589, 18605, 18621, 18632, 18649, 18659, 18666, 18673, 18680, 18683, 18687, 18691, 18697, 18703, 18708, 18713, 18719, 18725, 18736, 18747, 18765, 18778, 18792, 18804, 18817, 18823, 18829, 18843, 18862, 18881, 18907, 18928, 18950, 18970, 18991, 18998, 19008, 19013, 19019, 19025, 19031, 19037, 19043, 19049, 19055, 19061, 19067, 19073, 19079, 19086, 19093, 19100, 19107, 19114, 19121, 19128, 19135, 19143, 19151, 19159, 19167, 19175, 19183, 19191, 19199, 19206, 19213, 19220, 19227, 19234, 19241, 19248, 19255, 19262, 19269, 19280, 19287, 19292, 19304, 19313, 19315, 19318, 19321, 19324, 19327, 19330, 19333, 19341, 19349, 19358, 19370, 19378, 19388, 19394, 19402, 19413, 19422, 19429, 19440, 19453, 19466, 19481, 19484, 19487, 19490, 19498, 19506, 19515, 19527, 19535, 19545, 19551, 19559, 19570, 19579, 19586, 19597, 19610, 19623, 19638, 19641, 19645, 19649, 19662, 19670, 19682, 19689, 19700, 19710, 19719, 19727, 19735, 19744, 19751, 19757, 19770, 19782, 19787, 19794, 19807, 19813, 19816, 19819, 19827, 19839, 19845, 19856, 19863, 19874, 19879, 19887, 19894, 19898, 19902, 19906, 19910, 19914, 19918, 19922, 19926, 19930, 19938, 19944, 19949, 19952, 19956, 19960, 19964, 19968, 19972, 19976, 19983, 19990, 19997, 20002, 20011, 20021, 20031, 20040, 20050, 20057, 20067, 20076, 20084, 20094, 20109, 20118, 20123, 20126, 20129, 20132, 20135, 20138, 20141, 20150, 20159, 20168, 20177, 20186, 20195, 20204, 20213, 20222, 20228, 20234, 20246, 20255, 20265, 20275, 20285, 20295, 20305, 20315, 20325, 20335, 20345, 20355, 20365, 20375, 20379, 20383, 20387, 20391, 20395, 20399, 20405, 20409, 20418, 20424, 20431, 20438, 20444, 20452, 20458, 20466, 20475, 20484, 20493, 20502, 20511, 20520, 20529, 20538, 20547, 20560, 20576, 20592, 20608, 20624, 20640, 20656, 20672, 20682, 20692, 20702, 20712, 20722, 20732, 20742, 20752, 20759, 20767, 20777, 20786, 20794, 20806, 20810, 20814, 20818, 20822, 20826, 20830, 20835, 20840, 20849, 20859, 20869, 20879, 20889, 20899, 20909, 20919, 20929, 20940, 20951, 20962, 20973, 20984, 20995, 21006, 21017, 21023, 21029, 21036, 21043, 21049, 21058, 21068, 21078, 21088, 21098, 21108, 21118, 21128, 21138, 21148, 21158, 21169, 21180, 21200, 21215, 21234, 21248, 21266, 21283, 21299, 21314, 21329, 21345, 21359, 21372, 21392, 21411, 21423, 21437, 21457, 21470, 21480, 21490, 21504, 21515, 21526, 21537, 21548, 21559, 21570, 21581, 21592, 21603, 21614, 21624, 21635, 21646, 21657, 21668, 21679, 21690, 21701, 21712, 21724, 21736, 21748, 21760, 21772, 21784, 21796, 21808, 21814, 21819, 21825, 21833, 21841, 21851, 21861, 21871, 21881, 21891, 21901, 21906, 21911, 21916, 21921, 21926, 21931, 21941, 21946, 21952, 21958, 21964, 21970, 21976, 21982, 21988, 21994, 22000, 22010, 22020, 22030, 22040, 22050, 22060, 22070, 22080, 22088, 22097, 22106, 22115, 22124, 22133, 22142, 22151, 22160, 22174, 22195, 22202, 22212, 22222, 22234, 22245, 22254, 22264, 22274, 22284, 22290, 22296, 22302, 22308, 22314, 22320, 22327, 22334, 22341, 22348, 22355, 22362, 22369, 22376, 22384, 22391, 22397, 22405, 22409, 22415, 22419, 22432, 22437, 22443, 22449, 22455, 22461, 22467, 22473, 22478, 22481, 22485, 22489, 22493, 22497, 22501, 22505, 22509, 22513, 22517, 22521, 22526, 22531, 22536, 22541, 22546, 22551, 22556, 22561, 22566, 22571, 22581, 22592, 22603, 22613, 22619, 22627, 22632, 22637, 22653, 22673, 22679, 22686, 22701, 22713, 22726, 22739, 22754, 22767, 22783, 22799, 22812, 22826, 22841, 22843, 22847, 22853, 22859, 22865, 22873, 22877, 22884, 22891, 22898, 22904, 22908, 22915, 22922, 22929, 22935, 22937, 22946, 22952, 22968, 22972, 22979, 22986, 22993, 23001, 23009, 23017, 23026, 23035, 23044, 23050, 23056, 23062, 23067, 23072, 23078, 23085, 23092, 23099, 23106, 23113, 23120, 23127, 23134, 23141, 23149, 23157, 23165, 23173, 23181, 23189, 23197, 23205, 23213, 23218, 23226, 23233, 23238, 23247, 23252, 23264, 23276, 23283, 23291, 23299, 23307, 23315, 23323, 23331, 23339, 23347, 23355, 23363, 23371, 23379, 23395, 23408, 23422, 23436, 23450, 23459, 23468, 23477, 23486, 23495, 23504, 23513, 23528, 23536, 23543, 23550, 23557, 23565, 23573, 23581, 23589, 23597, 23605, 23613, 23621, 23633, 23646, 23659, 23672, 23685, 23698, 23711, 23724, 23737, 23751, 23765, 23779, 23793, 23807, 23821, 23835, 23849, 23858, 23867, 23874, 23881, 23887, 23893, 23900, 23908, 23916, 23924, 23932, 23940, 23948, 23956, 23964, 23972, 23981, 23990, 23999, 24008, 24017, 24026, 24035, 24044, 24053, 24057, 24062, 24067, 24072, 24078, 24085, 24092, 24099, 24106, 24113, 24120, 24127, 24134, 24141, 24153, 24161, 24169, 24177, 24185, 24193, 24201, 24209, 24217, 24225, 24231, 24238, 24245, 24256, 24262, 24271, 24280, 24289, 24292, 24296, 24305, 24310, 24313, 24317, 24322, 24327, 24332, 24337, 24347, 24358, 24363, 24368, 24373, 24378, 24383, 24388, 24394, 24401, 24411, 24421, 24431, 24440, 24449, 24456, 24462, 24471, 24481, 24491, 24506, 24521, 24543, 24560, 24578, 24594, 24611, 24621, 24624, 24633, 24643, 24653, 24663, 24673, 24683, 24693, 24703, 24713, 24723, 24733, 24743, 24753, 24771, 24786, 24802, 24818, 24834, 24845, 24856, 24867, 24878, 24889, 24900, 24911, 24928, 24938, 24945, 24961, 24974, 24988, 25002, 25018, 25032, 25049, 25060, 25077, 25091, 25106, 25122, 25130, 25140, 25150, 25160, 25169, 25179, 25189, 25199, 25208, 25217, 25224, 25233, 25243, 25246, 25250, 25254, 25263, 25269, 25279, 25291, 25305, 25319, 25333, 25338, 25347, 25358, 25371, 25384, 25397, 25401, 25408, 25412, 25420, 25430, 25442, 25454, 25466, 25474, 25478, 25483, 25488, 25499, 25506, 25516, 25524, 25528, 25535, 25541, 25546, 25551, 25556, 25561, 25566, 25571, 25577, 25584, 25591, 25599, 25607, 25615, 25622, 25627, 25633, 25641, 25650, 25659, 25667, 25675, 25683, 25691, 25699, 25707, 25715, 25723, 25731, 25739, 25747, 25755, 25771, 25784, 25798, 25812, 25826, 25835, 25850, 25858, 25865, 25876, 25891, 25906, 25914, 25922, 25931, 25940, 25949, 25958, 25967, 25976, 25985, 25994, 25999, 26004, 26009, 26015, 26022, 26029, 26037, 26045, 26054, 26063, 26069, 26075, 26081, 26087, 26093, 26099, 26105, 26114, 26122, 26132, 26136, 26142, 26149, 26160, 26166, 26171, 26180, 26190, 26196, 26202, 26209, 26216, 26223, 26230, 26236, 26243, 26250, 26257, 26263, 26269, 26274, 26281, 26287, 26294, 26301, 26308, 26315, 26322, 26329, 26336, 26343, 26351, 26359, 26367, 26375, 26383, 26391, 26399, 26407, 26416, 26426, 26436, 26446, 26452, 26459, 26466, 26471, 26476, 26481, 26487, 26494, 26500, 26505, 26525, 26545, 26560, 26577, 26592, 26609, 26629, 26649, 26664, 26681, 26696, 26713, 26733, 26754, 26775, 26796, 26817, 26838, 26859, 26880, 26900, 26915, 26931, 26947, 26963, 26979, 26995, 27011, 27027, 27044, 27059, 27075, 27091, 27107, 27123, 27139, 27155, 27171, 27188, 27205, 27222, 27239, 27256, 27273, 27290, 27307, 27326, 27345, 27359, 27375, 27389, 27405, 27409, 27413, 27417, 27421, 27425, 27429, 27435, 27441, 27447, 27451, 27455, 27466, 27479, 27486, 27494, 27498, 27502, 27507, 27512, 27517, 27522, 27527, 27532, 27536, 27539, 27545, 27551, 27563, 27566, 27570, 27574, 27578, 27582, 27586, 27590, 27599, 27612, 27619, 27628, 27638, 27646, 27650, 27654, 27663, 27676, 27683, 27692, 27702, 27710, 27714, 27722, 27734, 27740, 27748, 27753, 27758, 27763, 27768, 27773, 27778, 27783, 27788, 27793, 27802, 27809, 27814, 27820, 27826, 27833, 27838, 27843, 27849, 27855, 27861, 27867, 27873, 27879, 27885, 27891, 27901, 27911, 27921, 27931, 27941, 27951, 27961, 27971, 27982, 27993, 28004, 28015, 28026, 28037, 28048, 28059, 28066, 28073, 28080, 28087, 28094, 28101, 28108, 28115, 28121, 28126, 28131, 28136, 28141, 28146, 28151, 28159, 28163, 28167, 28171, 28175, 28179, 28183, 28187, 28192, 28200, 28205, 28210, 28215, 28220, 28225, 28230, 28236, 28244, 28251, 28257, 28262, 28266, 28270, 28274, 28278, 28282, 28286, 28289, 28292, 28295, 28298, 28301, 28304, 28310, 28317, 28324, 28331, 28336, 28341, 28346, 28351, 28356, 28361, 28369, 28377, 28385, 28393, 28401, 28409, 28416, 28420, 28425, 28429, 28436, 28444, 28456, 28470, 28483, 28488, 28492, 28494, 28497, 28500, 28503, 28506, 28509, 28512, 28520, 28528, 28537, 28545, 28555, 28566, 28579, 28592, 28607, 28615, 28623, 28632, 28640, 28650, 28661, 28674, 28687, 28702, 28705, 28708, 28715, 28718, 28721, 28724, 28727, 28730, 28733, 28736, 28742, 28749, 28752, 28758, 28766, 28771, 28774, 28785, 28795, 28805, 28815, 28826, 28838, 28848, 28855, 28863, 28866, 28875, 28881, 28890, 28906, 28922, 28938, 28954, 28970, 28986, 29002, 29018, 29035, 29049, 29064, 29079, 29096, 29111, 29129, 29147, 29162, 29178, 29195, 29201, 29206, 29213, 29224, 29236, 29248, 29260, 29272, 29284, 29296, 29308, 29320, 29332, 29344, 29356, 29368, 29388, 29405, 29423, 29441, 29459, 29472, 29485, 29498, 29511, 29524, 29537, 29550, 29563, 29576, 29589, 29602, 29615, 29628, 29649, 29667, 29686, 29705, 29724, 29738, 29752, 29766, 29780, 29794, 29808, 29822, 29842, 29855, 29874, 29886, 29909, 29933, 29944, 29952, 29957, 29964, 29967, 29970, 29973, 29976, 29979, 29982, 29987, 29992, 30001, 30004, 30007, 30010, 30013, 30016, 30019, 30027, 30035, 30044, 30052, 30062, 30073, 30086, 30099, 30114, 30122, 30130, 30139, 30147, 30157, 30168, 30181, 30194, 30209, 30212, 30215, 30219, 30224, 30229, 30235, 30241, 30266, 30271, 30275, 30289, 30297, 30312, 30316, 30322, 30328, 30333, 30336, 30340, 30344, 30349, 30357, 30365, 30373, 30382, 30391, 30400, 30404, 30410, 30414, 30418, 30423, 30426, 30430, 30434, 30438, 30442, 30446, 30450, 30459, 30472, 30479, 30488, 30498, 30506, 30510, 30514, 30523, 30536, 30543, 30556, 30571, 30580, 30588, 30598, 30608, 30616, 30624, 30628, 30632, 30645, 30660, 30668, 30678, 30686, 30694, 30706, 30712, 30724, 30738, 30746, 30753, 30762, 30767, 30772, 30777, 30782, 30787, 30792, 30797, 30802, 30807, 30812, 30821, 30828, 30835, 30842, 30848, 30855, 30863, 30871, 30878, 30886, 30894, 30904, 30914, 30923, 30931, 30939, 30946, 30952, 30959, 30966, 30972, 30978, 30982, 30987, 30995, 30999, 31004, 31009, 31016, 31025, 31032, 31039, 31044, 31054, 31064, 31074, 31079, 31083, 31090, 31093, 31100, 31105, 31110, 31115, 31120, 31125, 31130, 31136, 31142, 31148, 31154, 31160, 31166, 31175, 31184, 31193, 31202, 31211, 31220, 31228, 31236, 31244, 31252, 31260, 31268, 31273, 31282, 31291, 31300, 31308, 31315, 31323, 31331, 31339, 31347, 31355, 31363, 31372, 31381, 31390, 31399, 31408, 31417, 31427, 31437, 31447, 31457, 31467, 31477, 31480, 31498, 31504, 31509, 31514, 31519, 31524, 31529, 31534, 31539, 31544, 31549, 31554, 31559, 31564, 31577, 31587, 31598, 31609, 31620, 31625, 31631, 31637, 31643, 31649, 31655, 31661, 31667, 31674, 31681, 31688, 31695, 31702, 31709, 31715, 31722, 31729, 31736, 31743, 31750, 31757, 31763, 31770, 31777, 31784, 31791, 31798, 31805, 31812, 31819, 31826, 31833, 31840, 31847, 31854, 31861, 31869, 31877, 31885, 31893, 31901, 31909, 31917, 31925, 31933, 31941, 31949, 31957, 31965, 31973, 31981, 31989, 31996, 32003, 32010, 32017, 32024, 32031, 32038, 32045, 32053, 32061, 32069, 32077, 32085, 32093, 32101, 32109, 32116, 32123, 32130, 32137, 32144, 32151, 32158, 32165, 32172, 32178, 32190, 32195, 32203, 32210, 32219, 32225, 32233, 32241, 32249, 32257, 32265, 32273, 32281, 32289, 32298, 32307, 32316, 32325, 32334, 32343, 32352, 32361, 32365, 32370, 32375, 32379, 32383, 32395, 32407, 32418, 32422, 32425, 32428, 32431, 32434, 32437, 32440, 32450, 32460, 32470, 32480, 32490, 32500, 32502, 32506, 32512, 32519, 32533, 32538, 32551, 32566, 32576, 32587, 32597, 32608, 32613, 32627, 32636, 32644, 32657, 32667, 32680, 32689, 32707, 32722, 32740, 32754, 32774, 32787, 32801, 32817, 32835, 32845, 32860, 32868, 32872, 32876, 32880, 32883, 32887, 32891, 32895, 32898, 32901, 32912, 32920, 32929, 32938, 32949, 32958, 32970, 32982, 32991, 33001, 33012, 33016, 33022, 33028, 33034, 33039, 33045, 33051, 33057, 33062, 33067, 33071, 33076, 33081, 33086, 33091, 33096, 33101, 33107, 33113, 33119, 33125, 33131, 33137, 33142, 33147, 33152, 33157, 33162, 33167, 33172, 33177, 33182, 33187, 33192, 33197, 33210, 33220, 33231, 33242, 33253, 33259, 33265, 33271, 33277, 33283, 33289, 33295, 33307, 33312, 33318, 33324, 33330, 33336, 33342, 33348, 33354, 33362, 33366, 33371, 33382, 33394, 33406, 33418, 33430, 33442, 33454, 33466, 33469, 33472, 33481, 33486, 33491, 33496, 33500, 33505, 33510, 33515, 33519, 33523, 33525, 33533, 33540, 33544, 33549, 33554, 33559, 33564, 33569, 33574, 33581, 33588, 33595, 33601, 33608, 33614, 33620, 33626, 33632, 33638, 33644, 33651, 33658, 33665, 33672, 33679, 33686, 33689, 33697, 33701, 33705, 33709, 33713, 33717, 33721, 33729, 33735, 33743, 33752, 33761, 33770, 33779, 33788, 33797, 33810, 33819, 33828, 33837, 33846, 33855, 33864, 33873, 33890, 33904, 33919, 33934, 33949, 33959, 33975, 33984, 33993, 33999, 34003, 34007, 34011, 34015, 34019, 34023, 34028, 34033, 34038, 34043, 34048, 34053, 34068, 34078, 34088, 34098, 34108, 34118, 34128, 34135, 34142, 34148, 34156, 34161, 34169, 34177, 34189, 34194, 34199, 34202, 34211, 34220, 34229, 34238, 34254, 34263, 34266, 34270, 34274, 34283, 34296, 34301, 34306, 34314, 34320, 34332, 34336, 34346, 34356, 34366, 34373, 34378, 34387, 34396, 34405, 34415, 34425, 34432, 34441, 34451, 34461, 34469, 34477, 34484, 34492, 34495, 34498, 34501, 34504, 34507, 34510, 34514, 34518, 34522, 34526, 34530, 34534, 34539, 34544, 34549, 34554, 34559, 34564, 34570, 34577, 34584, 34591, 34598, 34605, 34612, 34632, 34652, 34672, 34692, 34712, 34732, 34739, 34744, 34748, 34751, 34755, 34759, 34762, 34769, 34779, 34789, 34799, 34806, 34816, 34826, 34836, 34841, 34851, 34861, 34867, 34873, 34877, 34881, 34885, 34895, 34905, 34915, 34925, 34935, 34945, 34955, 34965, 34974, 34983, 34989, 34996, 35005, 35014, 35023, 35032, 35041, 35050, 35059, 35068, 35073, 35078, 35083, 35092, 35098, 35104, 35111, 35118, 35125, 35132, 35139, 35146, 35153, 35160, 35169, 35179, 35189, 35199, 35209, 35219, 35229, 35239, 35249, 35255, 35260, 35269, 35278, 35287, 35296, 35305, 35314, 35323, 35332, 35341, 35350, 35359, 35368, 35378, 35388, 35398, 35408, 35418, 35428, 35434, 35441, 35450, 35455, 35461, 35469, 35477, 35485, 35493, 35501, 35509, 35517, 35525, 35533, 35541, 35549, 35557, 35573, 35586, 35596, 35614, 35628, 35642, 35656, 35665, 35674, 35683, 35692, 35701, 35710, 35719, 35734, 35742, 35757, 35772, 35778, 35785, 35794, 35801, 35812, 35818, 35825, 35832, 35838, 35846, 35852, 35862, 35872, 35882, 35891, 35899, 35911, 35923, 35935, 35946, 35953, 35959, 35967, 35971, 35976, 35980, 35985, 35995, 36005, 36022, 36034, 36047, 36058, 36070, 36075, 36078, 36082, 36086, 36090, 36100, 36110, 36114, 36118, 36121, 36130, 36137, 36138, 36143, 36153, 36163, 36173, 36183, 36193, 36203, 36213, 36223, 36229, 36236, 36243, 36250, 36257, 36264, 36271, 36278, 36285, 36299, 36313, 36327, 36341, 36355, 36369, 36383, 36397, 36405, 36412, 36420, 36428, 36436, 36444, 36452, 36460, 36468, 36476, 36489, 36502, 36515, 36528, 36541, 36554, 36567, 36580, 36589, 36598, 36607, 36616, 36625, 36634, 36643, 36652, 36655, 36661, 36668, 36671, 36677, 36683, 36690, 36697, 36704, 36712, 36721, 36735, 36748, 36751, 36757, 36763, 36774, 36785, 36789, 36794, 36799, 36804, 36809, 36814, 36819, 36828, 36836, 36844, 36847, 36851, 36856, 36861, 36867, 36873, 36879, 36885, 36891, 36897, 36907, 36917, 36927, 36937, 36947, 36957, 36964, 36969, 36973, 36979, 36983, 36987, 36992, 36997, 37001, 37014, 37024, 37035, 37046, 37059, 37070, 37084, 37098, 37109, 37121, 37134, 37139, 37150, 37161, 37165, 37172, 37184, 37197, 37204, 37216, 37229, 37235, 37246, 37258, 37271, 37276, 37281, 37285, 37291, 37296, 37301, 37307, 37311, 37321, 37331, 37348, 37360, 37373, 37384, 37396, 37401, 37411, 37421, 37430, 37441, 37452, 37463, 37473, 37481, 37485, 37492, 37498, 37502, 37505, 37513, 37519, 37526, 37533, 37540, 37547, 37554, 37561, 37573, 37585, 37604, 37618, 37633, 37648, 37661, 37675, 37689, 37696, 37703, 37710, 37717, 37724, 37746, 37755, 37760, 37765, 37770, 37775, 37779, 37788, 37797, 37802, 37807, 37814, 37818, 37825, 37832, 37843, 37852, 37864, 37876, 37885, 37893, 37897, 37901, 37905, 37909, 37913, 37917, 37921, 37925, 37929, 37933, 37937, 37941, 37949, 37952, 37955, 37958, 37961, 37964, 37967, 37976, 37985, 37994, 37999, 38015, 38031, 38042, 38055, 38066, 38079, 38095, 38111, 38122, 38135, 38146, 38159, 38175, 38191, 38202, 38214, 38226, 38238, 38250, 38262, 38274, 38286, 38299, 38313, 38327, 38341, 38355, 38369, 38383, 38397, 38408, 38420, 38432, 38444, 38456, 38468, 38480, 38492, 38505, 38520, 38535, 38545, 38557, 38567, 38579, 38584, 38592, 38603, 38612, 38623, 38631, 38647, 38657, 38667, 38677, 38686, 38693, 38701, 38710, 38719, 38728, 38737, 38746, 38755, 38764, 38773, 38779, 38783, 38791, 38796, 38801, 38806, 38815, 38825, 38835, 38852, 38859, 38867, 38883, 38899, 38915, 38931, 38947, 38963, 38969, 38979, 38985, 38991, 39001, 39013, 39028, 39040, 39053, 39066, 39081, 39094, 39110, 39126, 39139, 39153, 39168, 39173, 39179, 39185, 39191, 39198, 39205, 39212, 39219, 39226, 39233, 39240, 39247, 39254, 39261, 39268, 39275, 39290, 39302, 39315, 39328, 39341, 39349, 39363, 39370, 39378, 39386, 39392, 39399, 39406, 39413, 39416, 39421, 39424, 39435, 39448, 39460, 39469, 39473, 39482, 39486, 39496, 39504, 39512, 39517, 39524, 39532, 39538, 39542, 39551, 39563, 39573, 39577, 39586, 39595, 39604, 39613, 39622, 39631, 39641, 39651, 39661, 39671, 39681, 39691, 39696, 39705, 39710, 39716, 39720, 39724, 39728, 39735, 39750, 39765, 39780, 39795, 39810, 39825, 39840, 39855, 39870, 39885, 39900, 39915, 39920, 39926, 39928, 39929, 39935, 39942, 39952, 39955, 39958, 39961, 39964, 39967, 39970, 39973, 39978, 39979, 39982, 39987, 39988, 39991, 39993, 39996, 39998, 40000, 40002, 40003, 40006, 40010, 40018, 40026, 40034, 40042, 40052, 40062, 40072, 40082, 40092, 40104, 40118, 40126, 40140, 40150, 40160, 40171, 40181, 40193, 40206, 40221, 40236, 40253, 40263, 40273, 40284, 40294, 40306, 40319, 40334, 40349, 40366, 40378, 40396, 40410, 40424, 40442, 40454, 40464, 40474, 40485, 40495, 40507, 40520, 40535, 40550, 40567, 40577, 40587, 40598, 40608, 40620, 40633, 40648, 40663, 40680, 40690, 40700, 40711, 40721, 40733, 40746, 40761, 40776, 40793, 40803, 40813, 40824, 40834, 40846, 40859, 40874, 40889, 40906, 40912, 40925, 40937, 40949, 40957, 40986, 40996, 41006, 41016, 41022, 41032, 41038, 41046, 41052, 41060, 41066, 41072, 41080, 41113, 41144, 41150, 41158, 41162, 41170, 41181, 41192, 41198, 41202, 41212, 41239, 41245, 41255, 41261, 41284, 41290, 41298, 41302, 41315, 41328, 41332, 41353, 41382, 41410, 41435, 41447, 41484, 41493, 41512, 41552, 41568, 41574, 41611, 41636, 41651, 41685, 41700, 41716, 41729, 41741, 41762, 41774, 41783, 41799, 41818, 41840, 41880, 41926, 41948, 41967, 41976, 41997, 42006, 42015, 42036, 42042, 42057, 42075, 42084, 42102, 42111, 42123, 42144, 42165, 42177, 42198, 42231, 42246, 42267, 42270, 42273, 42278, 42283, 42295, 42310, 42316, 42322, 42331, 42349, 42358, 42361, 42370, 42388, 42406, 42424, 42433, 42451, 42478, 42508, 42520, 42535, 42550, 42562, 42571, 42577, 42583, 42592, 42601, 42610, 42616, 42622, 42631, 42637, 42643, 42649, 42655, 42667, 42676, 42688, 42694, 42706, 42718, 42724, 42730, 42739, 42745, 42757, 42769, 42781, 42790, 42799, 42805, 42811, 42817, 42823, 42835, 42841, 42847, 42859, 42865, 42871, 42883, 42895, 42907, 42913, 42919, 42922, 42928, 42934, 42940, 42943, 42949, 42955, 42961, 42970, 42976, 42988, 42997, 43003, 43015, 43021, 43027, 43033, 43039, 43048, 43054, 43060, 43066, 43072, 43078, 43087, 43093, 43099, 43105, 43114, 43132, 43153, 43159, 43165, 43171, 43177, 43183, 43189, 43195, 43201, 43207, 43213, 43222, 43228, 43237, 43243, 43249, 43255, 43261, 43267, 43273, 43279, 43285, 43291, 43297, 43303, 43309, 43315, 43321, 43327, 43333, 43339, 43345, 43351, 43360, 43369, 43375, 43381, 43387, 43393, 43411, 43429, 43435, 43441, 43447, 43453, 43459, 43465, 43474, 43480, 43486, 43492, 43498, 43504, 43510, 43516, 43522, 43528, 43534, 43546, 43552, 43558, 43570, 43585, 43591, 43597, 43603, 43609, 43615, 43630, 43636, 43648, 43660, 43672, 43684, 43690, 43693, 43699, 43705, 43711, 43717, 43720, 43726, 43732, 43744, 43747, 43753, 43759, 43765, 43771, 43783, 43792, 43798, 43804, 43816, 43825, 43831, 43837, 43843, 43849, 43855, 43861, 43867, 43873, 43879, 43885, 43894, 43900, 43906, 43912, 43918, 43924, 43930, 43936, 43942, 43948, 43954, 43966, 43984, 43996, 44002, 44008, 44017, 44023, 44026, 44029, 44032, 44041, 44050, 44056, 44065, 44071, 44077, 44089, 44095, 44101, 44107, 44119, 44128, 44140, 44146, 44152, 44161, 44173, 44182, 44188, 44194, 44206, 44212, 44218, 44224, 44230, 44236, 44248, 44254, 44260, 44266, 44272, 44281, 44287, 44293, 44299, 44305, 44308],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[2014, 2142, 2252, 2253, 2274, 3552]), Anchor::All(&[Anchor::Lits(&[2243]), Anchor::Lits(&[2289])]), Anchor::All(&[Anchor::Lits(&[56, 59, 234, 239, 323, 328, 514, 519, 592, 595, 747, 752, 820, 823, 975, 980, 1048, 1051, 1203, 1208, 1295, 1300, 1540, 1546, 2250, 2266, 2273]), Anchor::Lits(&[2237, 2238, 2239, 2240, 2241, 2242, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2260, 2261, 2262, 2263, 2264, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273]), Anchor::Lits(&[2357, 4568])]), Anchor::All(&[Anchor::Lits(&[1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2044, 2045, 2046, 2047, 2048, 2049, 2050, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2189, 2190, 2191, 2192, 2193, 2194, 2195]), Anchor::Lits(&[22, 26, 29, 32, 33, 35, 36, 58, 115, 126, 235, 237, 240, 241, 297, 301, 304, 307, 308, 310, 311, 327, 380, 390, 515, 517, 520, 521, 567, 571, 574, 577, 578, 580, 581, 594, 643, 651, 748, 750, 753, 754, 795, 799, 802, 805, 806, 808, 809, 822, 871, 879, 976, 978, 981, 982, 1023, 1027, 1030, 1033, 1034, 1036, 1037, 1050, 1099, 1107, 1204, 1206, 1209, 1210, 1260, 1264, 1267, 1270, 1271, 1273, 1274, 1299, 1375, 1390, 1541, 1544, 1547, 1548, 1948, 1977, 2006, 2029, 2043, 2052, 2060, 2069, 2103, 2133, 2157, 2171, 2180, 2188]), Anchor::Lits(&[2203])]), Anchor::All(&[Anchor::Lits(&[2199]), Anchor::Lits(&[4840])]), Anchor::All(&[Anchor::Lits(&[2068]), Anchor::Lits(&[2207])]), Anchor::All(&[Anchor::Lits(&[1936, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2037, 2038, 2039, 2040, 2041, 2042, 2051, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2165, 2166, 2167, 2168, 2169, 2170, 2179]), Anchor::Lits(&[23, 24, 25, 27, 28, 30, 31, 34, 55, 72, 90, 99, 121, 122, 232, 233, 238, 298, 299, 300, 302, 303, 305, 306, 309, 322, 342, 355, 363, 384, 385, 512, 513, 518, 568, 569, 570, 572, 573, 575, 576, 579, 591, 608, 620, 627, 647, 648, 745, 746, 751, 796, 797, 798, 800, 801, 803, 804, 807, 819, 836, 848, 855, 875, 876, 973, 974, 979, 1024, 1025, 1026, 1028, 1029, 1031, 1032, 1035, 1047, 1064, 1076, 1083, 1103, 1104, 1201, 1202, 1207, 1261, 1262, 1263, 1265, 1266, 1268, 1269, 1272, 1294, 1316, 1341, 1353, 1382, 1383, 1538, 1539, 1545, 1962, 1969, 1976, 1998, 2005, 2021, 2028, 2051, 2085, 2092, 2099, 2124, 2131, 2149, 2156, 2179]), Anchor::Lits(&[2638, 3030, 3169, 3515, 3516, 4539, 4568])])])),
            (47, "code-fence-role", Anchor::Lits(&[2305])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[1348, 1371, 1372, 1388, 1496, 1508, 1514, 1515, 1552, 1553]), Anchor::Lits(&[2817, 3094, 3122, 3246, 3513, 4127])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[1733, 1734, 1737, 1742, 1745, 1746, 1747, 1750, 1751, 1752, 1753]), Anchor::Any(&[Anchor::Lits(&[2638, 3030, 4570]), Anchor::All(&[Anchor::Lits(&[37, 125, 157, 182, 187, 206, 256, 1275, 1389, 1427, 1455, 1470, 1495, 1568, 2648, 3040, 3563, 4589]), Anchor::Lits(&[2639, 2644, 2648, 3031, 3032, 3040, 3555, 3560, 3563, 4571, 4576, 4589])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[37, 1275, 1789, 1791, 2291, 4581, 4584, 4589]), Anchor::Lits(&[4571, 4576, 4586, 4587, 4589, 4590])]), Anchor::All(&[Anchor::Lits(&[37, 1275, 1791, 2291, 2462, 2648]), Anchor::Lits(&[2423, 2428, 2444, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2484, 2639, 2644, 2645, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2670]), Anchor::Lits(&[2319, 2614, 2846, 3111, 3434, 3435, 3436, 3437, 3475, 3476, 3514, 3982, 4074, 4084, 4564, 4720, 4827])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[1543, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3168, 3472, 3473, 3474, 4128, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4548, 4549, 4550, 4551, 4552, 4553, 4554, 4577, 4578, 4579, 4580, 4582, 4583, 4585, 4769, 4770, 4771]), Anchor::All(&[Anchor::Lits(&[4121]), Anchor::Lits(&[37, 312, 582, 810, 1038, 1275, 1470, 2302])]), Anchor::All(&[Anchor::Lits(&[37, 1275, 1303, 1306, 1321, 1322, 1327, 1347, 1427, 1456, 1483, 1568, 2368, 3960, 3962, 3964, 4132, 4397, 4555]), Anchor::Any(&[Anchor::Lits(&[2357, 3959, 3961, 3963, 4121, 4388, 4547]), Anchor::All(&[Anchor::Lits(&[2359, 2369, 3032, 4389, 4472, 4576]), Anchor::Lits(&[2505, 2547, 2811, 2847, 2891, 3042, 3793, 4054, 4121, 4173, 4739])])])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2916, 2917, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3067, 3068, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3586, 3587, 3588, 3589, 3590, 3597, 3598, 3599, 3600, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831, 3909, 3910, 3911, 4028, 4029, 4030, 4031, 4032, 4033, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4052, 4053, 4122, 4123, 4124, 4125, 4126, 4127, 4129, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4342, 4343, 4344, 4345, 4346, 4349, 4350, 4351, 4352, 4359, 4360, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749, 4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759]), Anchor::Lits(&[2357, 3007, 3030, 3146, 3331, 3450, 3615, 3652, 4121, 4388, 4467, 4471, 4547, 4558, 4570, 4724]), Anchor::Lits(&[1757, 1935, 2236, 4838])])),
            (56, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[3554]), Anchor::All(&[Anchor::Lits(&[2348, 2349, 2350, 2358, 2359, 2367, 2972, 2973, 2974, 3000, 3001, 3002, 3451, 3452, 3453, 3520, 3521, 3522, 3756, 3757, 3758, 4122, 4127, 4130, 4198, 4199, 4200, 4285, 4286, 4287, 4468, 4469, 4470, 4571, 4576, 4588, 4763, 4764, 4765]), Anchor::Lits(&[79, 95, 124, 185, 1326, 1346, 1387, 1467, 1796, 1797, 1798, 1799]), Anchor::Lits(&[1790, 1800, 1935, 2200, 2236, 2290, 4845])])])),
            (101, "unsafe-flag-suggested", Anchor::Lits(&[1804, 1807, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1822, 1825, 1826, 1827, 1828, 1829, 1830, 1837, 1838, 1839, 1840, 1841, 1848])),
            (102, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[1355, 1804, 1807, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1822, 1825, 1826, 1827, 1828, 1829, 1830, 1837, 1838, 1839, 1840, 1841, 1848, 2296, 2297, 2586, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3078, 3079, 3080, 3081, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4515, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735]), Anchor::All(&[Anchor::Lits(&[2293, 2294, 2295, 2299, 2301, 2303, 2304]), Anchor::Lits(&[2576, 2985, 3173, 3377, 3531, 4290, 4419, 4437, 4692]), Anchor::Lits(&[2200])])])),
            (103, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2594, 2595, 2596, 2597, 2598, 2599, 2600, 2601, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2725, 2727, 2728, 2729, 2730, 2731, 2732, 2733, 2734, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2930, 2931, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3378, 3379, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3532, 3533, 3534, 3535, 3536, 3537, 3538, 3539, 4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4418, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700]), Anchor::Lits(&[3, 7, 44, 282, 283, 319, 553, 554, 589, 781, 782, 817, 1009, 1010, 1045, 1240, 1244, 1282, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1908, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4075, 4076, 4077, 4078, 4079, 4080, 4081, 4082, 4083]), Anchor::Lits(&[37, 45, 312, 320, 582, 590, 810, 818, 1038, 1046, 1275, 1283, 2583, 2584, 2600, 2601, 2724, 2725, 2733, 2734, 2742, 2743, 2927, 2928, 2936, 2937, 2944, 2945, 3180, 3181, 3231, 3232, 3239, 3240, 3384, 3385, 3392, 3393, 3400, 3401, 3408, 3409, 3538, 3539, 4271, 4272, 4283, 4284, 4297, 4298, 4306, 4307, 4417, 4418, 4426, 4427, 4434, 4435, 4444, 4445, 4452, 4453, 4460, 4461, 4699, 4700])]), Anchor::All(&[Anchor::Lits(&[37, 312, 582, 810, 1038, 1275, 1329, 1330, 1358, 1480, 1492, 1519]), Anchor::Lits(&[2576, 2717, 2929, 3173, 3224, 3377, 4299, 4419, 4437, 4692]), Anchor::Lits(&[1328, 1357, 1479, 1491, 1518])])])),
            (110, "no-more-rules", Anchor::Lits(&[3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3983, 3984])),
            (127, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[330, 1302, 1504, 1598, 1599, 1736, 1755, 1756, 1770, 1792, 1793, 1795, 1850, 1874, 1897, 1933, 1934, 2077, 2202, 2208, 2209, 2212, 2251, 2292, 2306, 2379, 2638, 2785, 2864, 2952, 2975, 3315, 3335, 3650, 3672, 4158, 4839, 4841, 4846, 4847, 5011, 5012]), Anchor::Lits(&[14, 15, 16, 17, 18, 19, 65, 66, 67, 68, 69, 70, 128, 129, 130, 131, 132, 133, 161, 162, 163, 164, 165, 166, 168, 169, 170, 171, 172, 173, 175, 176, 177, 178, 179, 180, 214, 215, 216, 217, 218, 219, 222, 223, 224, 225, 226, 227, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 290, 291, 292, 293, 294, 295, 335, 336, 337, 338, 339, 340, 396, 397, 398, 399, 400, 401, 427, 428, 429, 430, 431, 432, 435, 436, 437, 438, 439, 440, 443, 444, 445, 446, 447, 448, 496, 497, 498, 499, 500, 501, 504, 505, 506, 507, 508, 509, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 561, 562, 563, 564, 565, 566, 601, 602, 603, 604, 605, 606, 653, 654, 655, 656, 657, 658, 683, 684, 685, 686, 687, 688, 690, 691, 692, 693, 694, 695, 697, 698, 699, 700, 701, 702, 729, 730, 731, 732, 733, 734, 737, 738, 739, 740, 741, 742, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 789, 790, 791, 792, 793, 794, 829, 830, 831, 832, 833, 834, 881, 882, 883, 884, 885, 886, 911, 912, 913, 914, 915, 916, 918, 919, 920, 921, 922, 923, 925, 926, 927, 928, 929, 930, 957, 958, 959, 960, 961, 962, 965, 966, 967, 968, 969, 970, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1017, 1018, 1019, 1020, 1021, 1022, 1057, 1058, 1059, 1060, 1061, 1062, 1109, 1110, 1111, 1112, 1113, 1114, 1139, 1140, 1141, 1142, 1143, 1144, 1146, 1147, 1148, 1149, 1150, 1151, 1153, 1154, 1155, 1156, 1157, 1158, 1185, 1186, 1187, 1188, 1189, 1190, 1193, 1194, 1195, 1196, 1197, 1198, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1251, 1252, 1253, 1254, 1255, 1256, 1309, 1310, 1311, 1312, 1313, 1314, 1396, 1397, 1398, 1399, 1400, 1401, 1431, 1432, 1433, 1434, 1435, 1436, 1439, 1440, 1441, 1442, 1443, 1444, 1447, 1448, 1449, 1450, 1451, 1452, 1520, 1521, 1522, 1523, 1524, 1525, 1528, 1529, 1530, 1531, 1532, 1533, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1794, 1932]), Anchor::Lits(&[2320, 2351, 2529, 2573, 2602, 2699, 2810, 2816, 2830, 2833, 2847, 2883, 2886, 2971, 2995, 2999, 3004, 3021, 3028, 3069, 3093, 3099, 3105, 3113, 3119, 3120, 3127, 3129, 3138, 3143, 3189, 3204, 3210, 3211, 3222, 3245, 3247, 3323, 3372, 3512, 3519, 3526, 3551, 3613, 3642, 3648, 3653, 3670, 3748, 3760, 3788, 3915, 3932, 3958, 4087, 4120, 4121, 4175, 4192, 4197, 4242, 4243, 4262, 4263, 4264, 4288, 4308, 4329, 4331, 4366, 4371, 4373, 4384, 4406, 4462, 4480, 4490, 4493, 4510, 4511, 4514, 4540, 4542, 4603, 4607, 4681, 4722, 4739, 4762, 4768, 4779, 4787, 4805, 4806, 4820])]), Anchor::All(&[Anchor::Lits(&[2379, 2751, 2752, 2785, 3832, 4275, 4378, 4570]), Anchor::Lits(&[2892, 2893, 2894, 2895, 2896, 2897, 2910, 2911, 2912, 2913, 2914, 2915, 3043, 3044, 3045, 3046, 3047, 3048, 3061, 3062, 3063, 3064, 3065, 3066, 3555, 3556, 3557, 3558, 3559, 3560, 3573, 3574, 3575, 3576, 3577, 3578, 3591, 3592, 3593, 3594, 3595, 3596, 3764, 3765, 3766, 3767, 3768, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805, 4028, 4029, 4030, 4031, 4032, 4033, 4046, 4047, 4048, 4049, 4050, 4051, 4099, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4110, 4316, 4317, 4318, 4319, 4320, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4333, 4334, 4335, 4336, 4337, 4338, 4353, 4354, 4355, 4356, 4357, 4358]), Anchor::Lits(&[1794, 1932])])])),
            (128, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[2380, 2381, 2382, 2383, 2384, 2385, 2423, 2424, 2425, 2426, 2427, 2428, 2639, 2640, 2641, 2642, 2643, 2644, 2786, 2787, 2788, 2789, 2790, 2791, 2953, 2954, 2955, 2956, 2957, 2958, 2976, 2977, 2978, 2979, 2980, 2981, 3336, 3337, 3338, 3339, 3340, 3341, 3673, 3674, 3675, 3676, 3677, 3678, 3833, 3834, 3835, 3836, 3837, 3838, 4571, 4572, 4573, 4574, 4575, 4576]), Anchor::Lits(&[79, 95, 124, 156, 181, 184, 185, 186, 205, 242, 348, 358, 389, 423, 450, 460, 461, 463, 482, 522, 613, 623, 650, 679, 703, 705, 706, 707, 725, 755, 841, 851, 878, 907, 931, 933, 934, 935, 953, 983, 1069, 1079, 1106, 1135, 1159, 1161, 1162, 1163, 1181, 1211, 1326, 1346, 1387, 1426, 1454, 1466, 1467, 1469, 1494, 1549]), Anchor::Lits(&[1732, 1757, 1801, 1875, 1886, 1935, 2236, 4838])])),
            (133, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[1597]), Anchor::Lits(&[2284])])),
            (134, "send-to-a-beacon", Anchor::All(&[Anchor::Lits(&[3470, 3471]), Anchor::Lits(&[2573, 2701, 2774, 2951, 2971, 3210, 3247, 4192, 4244, 4480, 4546, 4681, 4762]), Anchor::Lits(&[2200])])),
            (135, "exfiltrate-to-a-drop", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2703, 2814, 2829, 2887, 3123, 3125, 3126, 3202, 3207, 3410, 3603, 3752, 3965, 4062, 4185, 4248, 4347, 4541, 4785]), Anchor::Lits(&[2774, 2951, 2971, 3127, 3129, 3143, 3209, 3210, 3247, 3653, 4192, 4244, 4245, 4480, 4681, 4722, 4762, 4820]), Anchor::Lits(&[2210, 2772, 3251, 3313, 3470, 3471, 4410, 4625, 4626, 4627, 4628, 4629, 4630])]), Anchor::All(&[Anchor::Lits(&[2703, 3123, 3125, 3126, 3202, 3207, 3410, 3752, 4248, 4541]), Anchor::Lits(&[2317, 2318, 2772, 3251, 3313, 3470, 3471, 4410, 4780, 4781])])])),
            (139, "hidden-html-text", Anchor::Any(&[Anchor::Lits(&[3241, 4086, 4776]), Anchor::All(&[Anchor::Lits(&[3092]), Anchor::Lits(&[4005])]), Anchor::All(&[Anchor::Lits(&[2888]), Anchor::Lits(&[1743, 4800])]), Anchor::All(&[Anchor::Lits(&[3433]), Anchor::Lits(&[1932])])])),
            (141, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2211, 2212, 2214, 2215, 2216, 2217, 2218, 2223, 2226, 2227, 2751, 3690, 3691, 3693, 3694, 3696, 3700, 3701, 3702, 3703, 3704, 3708, 3709, 3711, 3712, 3724, 5022, 5024, 5053, 5088, 5139]), Anchor::All(&[Anchor::Lits(&[3454, 3455, 3456, 3457, 3458, 3459, 3555, 3556, 3557, 3558, 3559, 3560, 3573, 3574, 3575, 3576, 3577, 3578, 3764, 3765, 3766, 3767, 3768, 3769, 3794, 3795, 3796, 3797, 3798, 3799, 4028, 4029, 4030, 4031, 4032, 4033, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4222, 4316, 4317, 4318, 4319, 4320, 4321, 4618, 4619, 4620, 4621, 4622, 4623]), Anchor::Lits(&[60, 61, 71, 74, 80, 148, 158, 329, 330, 341, 345, 349, 414, 424, 596, 597, 607, 610, 614, 671, 680, 824, 825, 835, 838, 842, 899, 908, 1052, 1053, 1063, 1066, 1070, 1127, 1136, 1301, 1302, 1315, 1319, 1331, 1416, 1428]), Anchor::Lits(&[102, 103, 104, 105, 106, 107, 246, 247, 248, 249, 250, 251, 366, 367, 368, 369, 370, 371, 524, 525, 526, 527, 528, 529, 630, 631, 632, 633, 634, 635, 757, 758, 759, 760, 761, 762, 858, 859, 860, 861, 862, 863, 985, 986, 987, 988, 989, 990, 1086, 1087, 1088, 1089, 1090, 1091, 1213, 1214, 1215, 1216, 1217, 1218, 1359, 1360, 1361, 1362, 1363, 1364, 1555, 1556, 1557, 1558, 1559, 1560])]), Anchor::All(&[Anchor::Lits(&[2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 3015, 3016, 3017, 3018, 3019, 3020, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 4223, 4224, 4225, 4226, 4227, 4228, 4828, 4829, 4830, 4831, 4832, 4833]), Anchor::Lits(&[60, 61, 71, 74, 80, 148, 158, 212, 329, 330, 341, 345, 349, 414, 424, 491, 596, 597, 607, 610, 614, 671, 680, 727, 824, 825, 835, 838, 842, 899, 908, 955, 1052, 1053, 1063, 1066, 1070, 1127, 1136, 1183, 1301, 1302, 1315, 1319, 1331, 1416, 1428, 1511])]), Anchor::All(&[Anchor::Lits(&[1758, 1759, 1760, 1761, 1762, 1763, 1771, 1772, 1773, 1774, 1775, 1776, 1779, 1780, 1781, 1782, 1783, 1784, 2237, 2238, 2239, 2240, 2241, 2242, 2254, 2255, 2256, 2257, 2258, 2259, 2275, 2276, 2277, 2278, 2279, 2280]), Anchor::Lits(&[60, 61, 71, 74, 80, 148, 158, 329, 330, 341, 345, 349, 414, 424, 596, 597, 607, 610, 614, 671, 680, 824, 825, 835, 838, 842, 899, 908, 1052, 1053, 1063, 1066, 1070, 1127, 1136, 1301, 1302, 1315, 1319, 1331, 1416, 1428]), Anchor::Lits(&[1788, 2281])]), Anchor::All(&[Anchor::Lits(&[3506, 3507, 3508, 3509, 3510, 3511]), Anchor::Lits(&[2380, 2381, 2382, 2383, 2384, 2385, 2423, 2424, 2425, 2426, 2427, 2428, 2639, 2640, 2641, 2642, 2643, 2644, 2786, 2787, 2788, 2789, 2790, 2791, 2953, 2954, 2955, 2956, 2957, 2958, 3673, 3674, 3675, 3676, 3677, 3678, 3833, 3834, 3835, 3836, 3837, 3838]), Anchor::Lits(&[3528, 4204, 4264, 4383, 4475, 4556, 4557, 4691])]), Anchor::All(&[Anchor::Lits(&[2859, 2860, 2861, 2862, 3023, 3024, 3025, 3026, 3789, 3790, 3791, 3792, 4094, 4095, 4096, 4097, 4374, 4375, 4376, 4377, 4379, 4380, 4381, 4382, 4559, 4560, 4561, 4562, 4687, 4688, 4689, 4690]), Anchor::Lits(&[2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804])]), Anchor::All(&[Anchor::Lits(&[2429, 2432, 2435, 2437, 2447, 2450, 2453, 2455, 2485, 2486, 2487, 2488]), Anchor::Lits(&[1932, 2200, 5009, 5010])]), Anchor::All(&[Anchor::Lits(&[2429, 2432, 2435, 2436, 2438, 2439, 2447, 2450, 2453, 2454, 2456, 2457, 2489, 2490, 2491, 2493, 2503, 2504, 3342, 3343, 3344, 3345, 3346, 3347, 3350, 3351, 3352, 3353, 3354, 3355, 3357, 3358, 3359, 3360, 3370, 3371, 3679, 3680, 3681, 3682, 3683, 3684, 3687, 3688, 3689, 3692, 3695, 3697, 3705, 3706, 3707, 3710, 3723, 3725]), Anchor::Lits(&[2946, 3417, 3529, 4165, 4205, 4276, 4476, 4608, 4609, 4610, 4611])]), Anchor::All(&[Anchor::Lits(&[2423, 2424, 2425, 2426, 2427, 2428, 3673, 3674, 3675, 3676, 3677, 3678]), Anchor::Lits(&[113, 127, 160, 167, 174, 221, 378, 395, 426, 434, 442, 503, 641, 652, 682, 689, 696, 736, 869, 880, 910, 917, 924, 964, 1097, 1108, 1138, 1145, 1152, 1192, 1373, 1395, 1430, 1438, 1446, 1527]), Anchor::Lits(&[2380, 2381, 2382, 2383, 2384, 2385, 2639, 2640, 2641, 2642, 2643, 2644, 2786, 2787, 2788, 2789, 2790, 2791, 3833, 3834, 3835, 3836, 3837, 3838])]), Anchor::All(&[Anchor::Lits(&[7, 37, 283, 312, 554, 582, 782, 810, 1010, 1038, 1244, 1275, 2871, 2873, 2959, 2961, 2982, 2984]), Anchor::Lits(&[2864, 2952, 2975])]), Anchor::All(&[Anchor::Lits(&[3833, 3834, 3835, 3836, 3837, 3838, 3840, 3841, 3842, 3843, 3844, 3845, 3847, 3848, 3849, 3850, 3851, 3852, 3854, 3855, 3856, 3857, 3858, 3859]), Anchor::Lits(&[8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 38, 39, 40, 41, 42, 43, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 313, 314, 315, 316, 317, 318, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 583, 584, 585, 586, 587, 588, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 811, 812, 813, 814, 815, 816, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1039, 1040, 1041, 1042, 1043, 1044, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1276, 1277, 1278, 1279, 1280, 1281, 3840, 3841, 3842, 3843, 3844, 3845, 3847, 3848, 3849, 3850, 3851, 3852, 3854, 3855, 3856, 3857, 3858, 3859])]), Anchor::All(&[Anchor::Lits(&[1732, 1801, 1875, 1886]), Anchor::Lits(&[2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2423, 2424, 2425, 2426, 2427, 2428, 2445, 2446, 2462, 2494, 2495, 2496, 2497, 2498, 2499, 2500, 2501, 2502, 2639, 2640, 2641, 2642, 2643, 2644, 2646, 2647, 2648, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2976, 2977, 2978, 2979, 2980, 2981, 2982, 2983, 2984, 2986, 2987, 2988, 2989, 2990, 2991, 2992, 2993, 2994, 3336, 3337, 3338, 3339, 3340, 3341, 3348, 3349, 3356, 3361, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3673, 3674, 3675, 3676, 3677, 3678, 3685, 3686, 3698, 3713, 3714, 3715, 3716, 3717, 3718, 3719, 3720, 3721, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3846, 3853, 3900, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908]), Anchor::Lits(&[60, 61, 71, 74, 78, 80, 81, 112, 148, 158, 329, 330, 341, 345, 347, 349, 350, 377, 414, 424, 596, 597, 607, 610, 612, 614, 615, 640, 671, 680, 824, 825, 835, 838, 840, 842, 843, 868, 899, 908, 1052, 1053, 1063, 1066, 1068, 1070, 1071, 1096, 1127, 1136, 1301, 1302, 1315, 1319, 1325, 1331, 1332, 1370, 1416, 1428, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1744, 1748, 1749, 1802, 1803, 1805, 1806, 1808, 1809, 1810, 1821, 1823, 1824, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896])]), Anchor::All(&[Anchor::Lits(&[2555, 2556, 2557, 2558, 2559, 2560, 2778, 2779, 2780, 2781, 2782, 2783, 3460, 3461, 3462, 3463, 3464, 3465, 3947, 3948, 3949, 3950, 3951, 3952, 4055, 4056, 4057, 4058, 4059, 4060]), Anchor::Lits(&[61, 62, 63, 84, 85, 86, 87, 93, 94, 136, 330, 331, 332, 351, 352, 353, 354, 356, 357, 402, 597, 598, 599, 616, 617, 618, 619, 621, 622, 659, 825, 826, 827, 844, 845, 846, 847, 849, 850, 887, 1053, 1054, 1055, 1072, 1073, 1074, 1075, 1077, 1078, 1115, 1302, 1304, 1305, 1335, 1336, 1337, 1338, 1344, 1345, 1404]), Anchor::Lits(&[2530, 2531, 2532, 2533, 2534, 2535, 3307, 3308, 3309, 3310, 3311, 3312])]), Anchor::All(&[Anchor::Lits(&[4028, 4029, 4030, 4031, 4032, 4033]), Anchor::Lits(&[60, 61, 71, 120, 138, 139, 140, 141, 142, 143, 144, 145, 146, 149, 150, 151, 152, 153, 154, 159, 329, 330, 341, 383, 404, 405, 406, 407, 408, 409, 410, 411, 412, 415, 417, 418, 419, 420, 421, 425, 596, 597, 607, 646, 661, 662, 663, 664, 665, 666, 667, 668, 669, 672, 673, 674, 675, 676, 677, 681, 824, 825, 835, 874, 889, 890, 891, 892, 893, 894, 895, 896, 897, 900, 901, 902, 903, 904, 905, 909, 1052, 1053, 1063, 1102, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1128, 1129, 1130, 1131, 1132, 1133, 1137, 1301, 1302, 1315, 1381, 1406, 1407, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1417, 1420, 1421, 1422, 1423, 1424, 1429]), Anchor::Lits(&[137, 403, 660, 888, 1116, 1405])]), Anchor::All(&[Anchor::Lits(&[2390, 2616, 2682]), Anchor::Lits(&[2422, 3477])]), Anchor::All(&[Anchor::Lits(&[4015]), Anchor::Lits(&[190, 191, 192, 193, 194, 195, 197, 198, 199, 200, 201, 202, 466, 467, 468, 469, 470, 471, 474, 475, 476, 477, 478, 479, 710, 711, 712, 713, 714, 715, 717, 718, 719, 720, 721, 722, 938, 939, 940, 941, 942, 943, 945, 946, 947, 948, 949, 950, 1166, 1167, 1168, 1169, 1170, 1171, 1173, 1174, 1175, 1176, 1177, 1178, 1473, 1474, 1475, 1476, 1477, 1478, 1484, 1485, 1486, 1487, 1488, 1489]), Anchor::Lits(&[2390, 2422, 2616, 2682, 3477])]), Anchor::All(&[Anchor::Lits(&[2777, 2835, 2840, 2849, 3660, 4249, 4253]), Anchor::Lits(&[61, 120, 136, 330, 383, 402, 597, 646, 659, 825, 874, 887, 1053, 1102, 1115, 1302, 1381, 1404])])]), Anchor::Lits(&[2326, 2351, 2529, 2545, 2546, 2570, 2573, 2602, 2701, 2784, 2816, 2831, 2832, 2834, 2847, 2886, 2919, 2971, 2995, 3004, 3013, 3014, 3021, 3027, 3069, 3093, 3100, 3101, 3102, 3103, 3104, 3106, 3107, 3108, 3109, 3110, 3114, 3115, 3116, 3117, 3118, 3119, 3120, 3127, 3137, 3138, 3142, 3172, 3182, 3183, 3185, 3189, 3192, 3203, 3204, 3209, 3210, 3245, 3247, 3253, 3254, 3320, 3323, 3372, 3512, 3526, 3551, 3553, 3605, 3613, 3653, 3670, 3726, 3744, 3745, 3760, 3788, 3912, 3913, 3914, 3935, 3936, 3979, 3980, 3981, 4120, 4121, 4166, 4169, 4192, 4197, 4243, 4308, 4328, 4331, 4363, 4373, 4384, 4406, 4464, 4480, 4490, 4493, 4510, 4514, 4545, 4563, 4566, 4597, 4603, 4739, 4762, 4774, 4803, 4805, 4820, 4836, 5029, 5046, 5052, 5075, 5083, 5095, 5107, 5116, 5128, 5132, 5204, 5214])])),
            (142, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2317, 2318, 2377, 2568, 2772, 2806, 3124, 3223, 3248, 3251, 3252, 3313, 3314, 3322, 3330, 3334, 3376, 3470, 3471, 3504, 3651, 3671, 3746, 3747, 4085, 4098, 4119, 4171, 4209, 4410, 4466, 4592, 4682, 4706, 4707, 4780, 4781, 4783, 4784, 4786, 4824, 4825, 4837]), Anchor::All(&[Anchor::Lits(&[101, 116, 188, 196, 203, 204, 207, 365, 381, 464, 472, 480, 481, 483, 629, 644, 708, 716, 723, 724, 726, 857, 872, 936, 944, 951, 952, 954, 1085, 1100, 1164, 1172, 1179, 1180, 1182, 1356, 1377, 1471, 1481, 1490, 1493, 1497]), Anchor::Lits(&[57, 75, 97, 98, 100, 117, 123, 155, 213, 228, 231, 257, 258, 326, 346, 361, 362, 364, 382, 388, 422, 494, 510, 511, 537, 540, 593, 611, 625, 626, 628, 645, 649, 678, 728, 743, 744, 767, 768, 821, 839, 853, 854, 856, 873, 877, 906, 956, 971, 972, 995, 996, 1049, 1067, 1081, 1082, 1084, 1101, 1105, 1134, 1184, 1199, 1200, 1223, 1224, 1298, 1320, 1351, 1352, 1354, 1378, 1386, 1425, 1516, 1534, 1537, 1569, 1572]), Anchor::Lits(&[2307, 2308, 2309, 2310, 2311, 2312, 2530, 2531, 2532, 2533, 2534, 2535, 3941, 3942, 3943, 3944, 3945, 3946, 4113, 4114, 4115, 4116, 4117, 4118, 4612, 4613, 4614, 4615, 4616, 4617])])]), Anchor::Lits(&[2775, 2839, 2971, 3022, 3182, 3183, 3184, 3186, 3187, 3209, 3210, 3247, 3333, 3605, 3606, 3643, 3649, 3653, 3656, 3745, 3755, 3759, 3814, 4184, 4192, 4210, 4244, 4245, 4330, 4463, 4480, 4508, 4543, 4545, 4546, 4567, 4683, 4684, 4685, 4721, 4722, 4762, 4821, 4834, 4858, 4860, 4880, 4881, 4882]), Anchor::Lits(&[2884, 2885, 2947, 2948, 2949, 3003, 3005, 3006, 3008, 3011, 3012, 3112, 3127, 3144, 3188, 3201, 3210, 3212, 3425, 3530, 3644, 3645, 3646, 4120, 4176, 4182, 4289, 4332, 4368, 4385, 4398, 4436, 4526, 4527, 4593, 4594, 4595, 4596, 4773, 4859, 4879, 4883, 4884])])),
            (145, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2313, 2314, 2315, 2429, 2430, 2431, 2433, 2434, 2440, 2441, 2442, 2443, 2447, 2448, 2449, 2451, 2452, 2458, 2459, 2460, 2461, 2513, 2514, 2515, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2836, 2837, 2838, 2841, 2842, 2843, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 3242, 3243, 3244, 3484, 3485, 3486, 3487, 3488, 3489, 3490, 3491, 3492, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3500, 3501, 3601, 3602, 3622, 3623, 3624, 3625, 3626, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639, 3647, 3661, 3662, 3663, 3664, 3665, 3666, 4159, 4160, 4161, 4162, 4163, 4164, 4177, 4178, 4179, 4193, 4194, 4195, 4250, 4251, 4252, 4254, 4255, 4256, 4591, 4602, 4631, 4632, 4633, 4686, 4710, 4826, 4848, 4849, 4850, 4861, 4862, 4863, 4864, 4865, 4866, 4867, 4868, 4869, 4870, 4871, 4872, 4873, 4874, 4875, 4876, 4877, 4878, 4885, 4886, 4887, 4888, 4889, 4890, 4891, 4892, 4893, 4894, 4895, 4896, 4897, 4898, 4899, 4900, 4901, 4902, 4903, 4904, 4905, 4906, 4907, 4908, 4909, 4910, 4911, 4912, 4913, 4914, 4915, 4916, 4917, 4918, 4919, 4920, 4940, 4945, 4946, 4967, 4969, 5050, 5051]), Anchor::All(&[Anchor::Lits(&[2379, 2615, 2637, 2700, 2761, 4701, 4851, 4855, 4856, 4857, 5022, 5024, 5088]), Anchor::Lits(&[61, 120, 136, 267, 268, 269, 1302, 1381, 1404, 1581, 1582, 1583, 1770, 1777, 1778, 1785, 1786, 1787, 1850, 1853, 1854, 1861, 1862, 1863])]), Anchor::All(&[Anchor::Lits(&[2423, 2428, 3478, 3483, 3616, 3621]), Anchor::Lits(&[76, 77, 82, 83, 88, 89, 91, 92, 134, 135, 208, 209, 210, 211, 229, 230, 243, 244, 259, 260, 261, 262, 263, 264, 265, 266, 1323, 1324, 1333, 1334, 1339, 1340, 1342, 1343, 1402, 1403, 1498, 1499, 1502, 1503, 1535, 1536, 1550, 1551, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580])])]), Anchor::Lits(&[14, 19, 270, 275, 276, 281, 1251, 1256, 1584, 1589, 1590, 1595, 1932, 5268])])),
            (146, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[2327, 3021, 3120, 3372, 3470, 3471, 4168, 4703, 4922, 4930, 4932, 4933, 4951, 4959, 4982, 4983, 4990, 4995, 5000, 5030, 5034, 5035, 5046, 5047, 5075, 5079, 5083, 5095, 5110, 5111, 5116, 5118, 5123, 5132, 5154, 5163, 5167, 5214, 5236, 5237, 5241, 5242, 5245, 5261]), Anchor::Lits(&[1932, 5268]), Anchor::Lits(&[2422, 3335, 3672])])),
            (147, "data-in-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1597, 2132, 2284, 3468, 4529]), Anchor::Lits(&[3470, 3471]), Anchor::Lits(&[1754, 4838])]), Anchor::All(&[Anchor::Lits(&[2356, 2574, 2702, 3145, 3523, 3524, 3525, 3527]), Anchor::Lits(&[2774, 3517, 3518, 3669, 4187, 4766]), Anchor::Lits(&[2571, 2572, 2998, 3143, 4168, 4404, 4467, 4634])]), Anchor::All(&[Anchor::Lits(&[3041, 3467, 4061, 4183, 4364]), Anchor::Lits(&[2572, 3143, 3424, 4167, 4168, 4467, 4634])])])),
            (149, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2507, 2508, 2509, 2510, 2511, 2512, 2561, 2562, 2563, 2564, 2565, 2566, 3130, 3131, 3132, 3133, 3134, 3135, 3193, 3194, 3195, 3196, 3197, 3198, 4788, 4789, 4790, 4791, 4792, 4793, 4794, 4795, 4796, 4797, 4798, 4799]), Anchor::Lits(&[60, 61, 71, 73, 74, 80, 112, 114, 148, 158, 329, 330, 341, 344, 345, 349, 377, 379, 414, 424, 596, 597, 607, 609, 610, 614, 640, 642, 671, 680, 824, 825, 835, 837, 838, 842, 868, 870, 899, 908, 1052, 1053, 1063, 1065, 1066, 1070, 1096, 1098, 1127, 1136, 1301, 1302, 1315, 1318, 1319, 1331, 1370, 1374, 1416, 1428])]), Anchor::All(&[Anchor::Lits(&[2423, 2424, 2425, 2426, 2427, 2428, 2494, 2495, 2496, 2497, 2498, 2499]), Anchor::Lits(&[60, 71, 74, 80, 114, 158, 236, 252, 329, 341, 345, 349, 379, 424, 516, 530, 596, 607, 610, 614, 642, 680, 749, 763, 824, 835, 838, 842, 870, 908, 977, 991, 1052, 1063, 1066, 1070, 1098, 1136, 1205, 1219, 1301, 1315, 1319, 1331, 1374, 1428, 1542, 1561])])]), Anchor::Lits(&[2354, 2355, 2529, 2602, 2634, 2816, 2830, 2863, 2886, 2971, 2995, 3021, 3069, 3093, 3120, 3127, 3129, 3138, 3143, 3189, 3204, 3210, 3245, 3247, 3323, 3372, 3512, 3551, 3648, 3653, 3751, 3760, 3788, 4121, 4192, 4197, 4243, 4263, 4328, 4373, 4384, 4406, 4462, 4480, 4493, 4514, 4540, 4681, 4722, 4739, 4762, 4805]), Anchor::Any(&[Anchor::Lits(&[1794, 1932, 3940, 4492, 4509, 4804]), Anchor::All(&[Anchor::Lits(&[3954]), Anchor::Lits(&[245, 523, 756, 984, 1212, 1554])]), Anchor::All(&[Anchor::Lits(&[3418, 3419, 3420, 3421, 3422, 3423]), Anchor::Lits(&[245, 523, 756, 984, 1212, 1554])]), Anchor::All(&[Anchor::Lits(&[3427, 3428, 3429, 3430, 3431, 3432]), Anchor::Lits(&[245, 523, 756, 984, 1212, 1554])]), Anchor::All(&[Anchor::Lits(&[3607, 3608, 3609, 3610, 3611, 3612]), Anchor::Lits(&[245, 523, 756, 984, 1212, 1554])]), Anchor::All(&[Anchor::Lits(&[2608, 2609, 2610, 2611, 2612, 2613]), Anchor::Lits(&[245, 523, 756, 984, 1212, 1554])])])])),
            (153, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[2755, 2756, 2757, 2758, 2759, 2760, 2762, 2763, 2764, 2765, 2766, 2767, 3460, 3461, 3462, 3463, 3464, 3465, 3776, 3777, 3778, 3779, 3780, 3781, 3782, 3783, 3784, 3785, 3786, 3787, 3806, 3807, 3808, 3809, 3810, 3811, 3947, 3948, 3949, 3950, 3951, 3952, 4016, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4029, 4030, 4031, 4032, 4033, 4055, 4056, 4057, 4058, 4059, 4060, 4310, 4311, 4312, 4313, 4314, 4315]), Anchor::Lits(&[2380, 2381, 2382, 2383, 2384, 2385, 2388, 2389, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2415, 2416, 2423, 2424, 2425, 2426, 2427, 2428, 2462, 2483, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2639, 2640, 2641, 2642, 2643, 2644, 2648, 2669, 2672, 2673, 2674, 2675, 2676, 2677, 2680, 2681, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2786, 2787, 2788, 2789, 2790, 2791, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2804, 2805, 3478, 3479, 3480, 3481, 3482, 3483, 3502, 3503, 3616, 3617, 3618, 3619, 3620, 3621, 3640, 3641, 3673, 3674, 3675, 3676, 3677, 3678, 3698, 3699, 3713, 3714, 3715, 3716, 3717, 3718, 3721, 3722, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3894, 3895, 3896, 3897, 3898, 3899, 3916, 3917, 3918, 3919, 3920, 3921, 3922, 3923, 3924, 3925, 3926, 3927, 3928, 3929, 3930, 3931]), Anchor::Lits(&[1932, 2281])])),
            (155, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[2213, 2219, 2220, 2221, 2222, 2224, 2225, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2316, 2378, 2418, 2419, 2420, 2421, 2492, 2569, 2606, 2607, 2716, 2768, 2769, 2770, 2771]), Anchor::Lits(&[2845, 2950, 2951, 2971, 3022, 3210, 3247, 3745, 4192, 4480, 4493, 4506, 4762])])),
            (156, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1909, 2548, 2844, 3223, 3321, 3332, 3426, 3763, 4145, 4170, 4171, 4487, 4604, 4605, 4624, 4682, 4786]), Anchor::All(&[Anchor::Lits(&[2549, 2550, 2551, 2552, 2553, 2554, 4088, 4089, 4090, 4091, 4092, 4093, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4500, 4501, 4502, 4503, 4504, 4505, 4713, 4714, 4715, 4716, 4717, 4718, 4808, 4809, 4810, 4811, 4812, 4813, 4814, 4815, 4816, 4817, 4818, 4819]), Anchor::Lits(&[75, 100, 111, 147, 189, 220, 257, 346, 364, 376, 413, 465, 502, 537, 611, 628, 639, 670, 709, 735, 767, 839, 856, 867, 898, 937, 963, 995, 1067, 1084, 1095, 1126, 1165, 1191, 1223, 1320, 1354, 1369, 1415, 1472, 1526, 1569])])]), Anchor::Lits(&[2971, 3004, 3127, 3210, 3211, 3467, 3748, 4169, 4184, 4192, 4242, 4244, 4245, 4480, 4493, 4543, 4722, 4762])]), Anchor::All(&[Anchor::Lits(&[96, 147, 257, 360, 413, 537, 624, 670, 767, 852, 898, 995, 1080, 1126, 1223, 1350, 1415, 1569]), Anchor::Lits(&[2549, 2550, 2551, 2552, 2553, 2554, 4088, 4089, 4090, 4091, 4092, 4093, 4230, 4231, 4232, 4233, 4234, 4235, 4500, 4501, 4502, 4503, 4504, 4505]), Anchor::Lits(&[3324, 3325, 3326, 3327, 3328, 3329, 3411, 3412, 3413, 3414, 3415, 3416, 4481, 4482, 4483, 4484, 4485, 4486, 4494, 4495, 4496, 4497, 4498, 4499])])])),
            (171, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[3753, 3754]), Anchor::All(&[Anchor::Lits(&[2327, 4112, 4474, 4772]), Anchor::Lits(&[3373, 3374]), Anchor::Lits(&[525, 529, 1556, 1560])]), Anchor::All(&[Anchor::Lits(&[2327, 4112, 4474, 4772]), Anchor::Lits(&[2812, 2813, 3139, 3140, 3190, 3191, 3749, 3750, 4207, 4208, 4260, 4261, 4704, 4705, 4760, 4761])]), Anchor::All(&[Anchor::Lits(&[2327, 4112, 4474, 4772]), Anchor::Lits(&[2635, 2636, 3325, 3329, 3373, 3374, 3412, 3416])]), Anchor::All(&[Anchor::Lits(&[2327, 4112, 4474, 4569, 4772]), Anchor::Lits(&[2352, 2353, 3933, 3934, 4246, 4247]), Anchor::Lits(&[386, 387, 391, 392, 525, 529, 1384, 1385, 1391, 1392, 1556, 1560])]), Anchor::All(&[Anchor::Lits(&[3373, 3374]), Anchor::Lits(&[324, 325, 1296, 1297]), Anchor::Any(&[Anchor::Lits(&[2506, 3753, 3754]), Anchor::All(&[Anchor::Lits(&[2996, 2997]), Anchor::Lits(&[538, 1570])]), Anchor::All(&[Anchor::Lits(&[4386]), Anchor::Lits(&[2996, 2997])])])]), Anchor::All(&[Anchor::Lits(&[3373, 3374]), Anchor::Lits(&[4229]), Anchor::Any(&[Anchor::Lits(&[2327, 4112, 4144, 4474, 4569, 4772]), Anchor::All(&[Anchor::Lits(&[2508, 2512]), Anchor::Lits(&[457, 1463])])])]), Anchor::All(&[Anchor::Lits(&[4144]), Anchor::Any(&[Anchor::Lits(&[3323, 3372, 4681]), Anchor::All(&[Anchor::Lits(&[3412, 3416]), Anchor::Lits(&[462, 1468])])]), Anchor::Lits(&[454, 455, 458, 459, 1460, 1461, 1464, 1465])])])),
            (172, "control-weakened", Anchor::Any(&[Anchor::Lits(&[2527, 2745, 3077, 3813, 3957]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1917, 2518, 2519, 2521, 2523, 2526, 2528, 2889, 2890, 3761, 3812, 3937, 3938, 3939, 4708, 4709]), Anchor::All(&[Anchor::Lits(&[3761]), Anchor::Lits(&[4188]), Anchor::Lits(&[3505, 4823])]), Anchor::All(&[Anchor::Lits(&[2320]), Anchor::Lits(&[4399, 4400, 4401, 4402, 4403]), Anchor::Lits(&[4188])]), Anchor::All(&[Anchor::Lits(&[3956]), Anchor::Lits(&[4189, 4190, 4405])]), Anchor::All(&[Anchor::Lits(&[2744]), Anchor::Lits(&[4188]), Anchor::Lits(&[3505, 4823])]), Anchor::All(&[Anchor::Lits(&[4488, 4489]), Anchor::Lits(&[4188]), Anchor::Lits(&[3505, 4823])]), Anchor::All(&[Anchor::Lits(&[4188]), Anchor::Lits(&[4168]), Anchor::Lits(&[3505, 4823])]), Anchor::All(&[Anchor::Lits(&[2417]), Anchor::Lits(&[4188]), Anchor::Lits(&[3505, 4823])]), Anchor::All(&[Anchor::Lits(&[4206]), Anchor::Lits(&[4188]), Anchor::Lits(&[3505, 4823])]), Anchor::All(&[Anchor::Lits(&[2723, 2726, 2735]), Anchor::Lits(&[1418, 2300, 3528, 4680])]), Anchor::All(&[Anchor::Lits(&[3466]), Anchor::Lits(&[2320])]), Anchor::All(&[Anchor::Lits(&[3654, 3655]), Anchor::Lits(&[1376, 2298])]), Anchor::All(&[Anchor::Lits(&[4598, 4599]), Anchor::Lits(&[3761])]), Anchor::All(&[Anchor::Lits(&[3761]), Anchor::Lits(&[3009, 3010])]), Anchor::All(&[Anchor::Lits(&[3128]), Anchor::Lits(&[3761])])]), Anchor::Any(&[Anchor::Lits(&[2816, 3013, 3021, 3029, 3069, 3120, 3206, 3642, 3667, 3743, 4174, 4309, 4328, 4544, 4565, 4566, 4711, 4712, 4719, 4736, 4782]), Anchor::All(&[Anchor::Lits(&[456, 1462]), Anchor::Lits(&[4704, 4705])]), Anchor::All(&[Anchor::Lits(&[4512, 4513]), Anchor::Lits(&[456, 1462])]), Anchor::All(&[Anchor::Lits(&[4600, 4601]), Anchor::Lits(&[456, 1462])]), Anchor::All(&[Anchor::Lits(&[490, 1510]), Anchor::Lits(&[3316, 3317]), Anchor::Lits(&[453, 1459])])])]), Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4737, 4738]), Anchor::Lits(&[3761])]), Anchor::All(&[Anchor::Lits(&[3121, 3122]), Anchor::Lits(&[492, 493, 1512, 1513]), Anchor::Lits(&[2321, 2322])])]), Anchor::Lits(&[2529])]), Anchor::All(&[Anchor::Lits(&[534, 535, 1565, 1566]), Anchor::Lits(&[343, 449, 473, 495, 1317, 1453, 1482, 1517])]), Anchor::All(&[Anchor::Lits(&[3956]), Anchor::Any(&[Anchor::Lits(&[1907, 3200, 3604]), Anchor::All(&[Anchor::Lits(&[393, 1393]), Anchor::Lits(&[2562, 2566])]), Anchor::All(&[Anchor::Lits(&[394, 1394]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[393, 1393]), Anchor::Lits(&[3194, 3198])])]), Anchor::Lits(&[4188])])])),
            (173, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3373, 3374]), Anchor::Lits(&[4229]), Anchor::Any(&[Anchor::Lits(&[2506, 4264, 4477, 4767]), Anchor::All(&[Anchor::Lits(&[4202]), Anchor::Lits(&[2508, 2512])])])]), Anchor::All(&[Anchor::Lits(&[2324, 2325, 2753, 2754, 4089, 4093, 4258, 4259, 4273, 4274, 4478, 4479, 4777, 4778]), Anchor::Any(&[Anchor::Lits(&[2567, 3199, 3200, 3604, 4229]), Anchor::All(&[Anchor::Lits(&[539, 1571]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[4387]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[3147]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[4802]), Anchor::Lits(&[2918, 4111]), Anchor::Lits(&[4613, 4617])])]), Anchor::Any(&[Anchor::Lits(&[3211, 3657, 3748, 4493]), Anchor::All(&[Anchor::Lits(&[4089, 4093]), Anchor::Lits(&[536, 1567])])])]), Anchor::All(&[Anchor::Lits(&[3658, 3659]), Anchor::Any(&[Anchor::Lits(&[2567, 3199, 3200, 3604, 4229]), Anchor::All(&[Anchor::Lits(&[539, 1571]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[4387]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[3147]), Anchor::Lits(&[2508, 2512])]), Anchor::All(&[Anchor::Lits(&[4802]), Anchor::Lits(&[2918, 4111]), Anchor::Lits(&[4613, 4617])])]), Anchor::Any(&[Anchor::Lits(&[2320, 4257, 4264, 4475, 4775]), Anchor::All(&[Anchor::Lits(&[4477]), Anchor::Lits(&[372, 1365])])])])])),
            (174, "tool-output-approves-itself", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2671, 3255, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3275, 3276, 3284, 3285, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 4064, 4635, 4636, 4637, 4638, 4639, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4657, 4665, 4673, 4674, 4675, 4676, 4677, 4678, 4679]), Anchor::All(&[Anchor::Lits(&[2323, 2576, 2773, 2848, 3205, 3377, 4180, 4191, 4407, 4408, 4473, 4507, 4528, 4692]), Anchor::Lits(&[1849, 1932, 2201, 4372])]), Anchor::All(&[Anchor::Lits(&[4369, 4370]), Anchor::Lits(&[1764]), Anchor::Lits(&[3249, 3250, 4072, 4073])]), Anchor::All(&[Anchor::Lits(&[296, 321, 489, 1257, 1291, 1509, 1767, 1768, 1769]), Anchor::Lits(&[1765, 1766, 1767, 1768, 1769])])]), Anchor::Any(&[Anchor::Lits(&[2517, 2520, 2528, 2575, 2807, 2808, 2809, 2920, 3082, 3141, 3375, 3668, 4181, 4203, 4367, 4724, 4801]), Anchor::All(&[Anchor::Lits(&[2746]), Anchor::Lits(&[4409, 4835])]), Anchor::All(&[Anchor::Lits(&[4807]), Anchor::Lits(&[2633, 2920])]), Anchor::All(&[Anchor::Lits(&[3762]), Anchor::Lits(&[451, 1457])]), Anchor::All(&[Anchor::Lits(&[333, 441, 487, 1307, 1445, 1506]), Anchor::Lits(&[3727])]), Anchor::All(&[Anchor::Lits(&[312, 1275, 2524, 2525, 2604, 2605, 2749, 2750]), Anchor::Lits(&[2522, 2603, 2748]), Anchor::Lits(&[4702])])])])),
            (178, "file-posted-to-an-outside-url", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1831, 1832, 1833, 1834, 1835, 1836, 1842, 1843, 1844, 1845, 1846, 1847, 1855, 1856, 1857, 1858, 1859, 1860]), Anchor::All(&[Anchor::Lits(&[1851, 1852]), Anchor::Lits(&[2210])])]), Anchor::Lits(&[3251, 3252, 3470, 3471]), Anchor::Lits(&[3004, 3469, 4787, 4822])])),
            (192, "override-instructions-cjk", Anchor::Lits(&[5014, 5027, 5036, 5041, 5048, 5064, 5070, 5085, 5094, 5100, 5120, 5121, 5122, 5123, 5124, 5127, 5129, 5131, 5135, 5138, 5149, 5154, 5177, 5179, 5191, 5192, 5204, 5209, 5215, 5218, 5237, 5259, 5260])),
            (195, "override-instructions-other-scripts", Anchor::Lits(&[4852, 4853, 4854, 4923, 4924, 4938, 4943, 4949, 4952, 4958, 4965, 4979, 4980, 4991, 4996, 4997, 4998, 5003, 5006, 5008])),
            (198, "unrestricted-persona-other-scripts", Anchor::Lits(&[4947, 4953, 4981, 4994, 5007, 5015, 5016, 5109, 5115, 5151, 5152, 5180, 5184, 5191, 5192, 5210, 5221, 5250, 5255])),
            (200, "reveal-system-prompt-other-scripts", Anchor::Lits(&[4939, 4950, 4954, 4961, 4972, 4975, 4986, 4987, 4993, 5002, 5004, 5027, 5028, 5073, 5174, 5223, 5228, 5234, 5240, 5246, 5264])),
            (202, "disable-safety-other-scripts", Anchor::Lits(&[5026, 5061, 5066, 5105, 5106, 5164, 5172, 5183, 5185, 5204, 5205, 5219, 5227, 5229, 5231, 5243, 5257])),
            (204, "stop-following-instructions-cjk", Anchor::Lits(&[5018, 5019, 5021, 5097, 5102, 5128, 5141, 5142, 5157, 5158, 5188, 5216, 5217, 5232, 5263])),
            (208, "conceal-from-the-user-cjk", Anchor::Lits(&[5032, 5059, 5160])),
            (215, "reveal-system-prompt-zh", Anchor::Lits(&[5056, 5057, 5058, 5065, 5068, 5071, 5072, 5089, 5176, 5177, 5178, 5179, 5222, 5224])),
            (217, "admin-role-handed-out-other-scripts", Anchor::Lits(&[4934, 4937, 4942, 4955, 4956, 4962, 4963, 4964, 4976, 4977, 4978, 4988, 4989, 5049, 5052, 5069, 5086, 5087, 5130, 5132, 5182, 5187, 5202, 5203, 5241, 5266])),
            (220, "control-weakened-other-scripts", Anchor::Lits(&[5025, 5060, 5061, 5066, 5075, 5079, 5084, 5090, 5091, 5096, 5103, 5133, 5134, 5153, 5172, 5175, 5193, 5219, 5229, 5231, 5244, 5245, 5262, 5267])),
            (222, "destructive-without-confirmation-cjk", Anchor::Any(&[Anchor::Lits(&[5074, 5075, 5078, 5079, 5125, 5126, 5150]), Anchor::All(&[Anchor::Lits(&[5101, 5108, 5114, 5170, 5171, 5194, 5197, 5198, 5201, 5220]), Anchor::Lits(&[5040, 5042, 5043, 5044, 5045, 5076, 5080, 5136, 5137, 5143, 5144, 5155, 5156])])])),
            (223, "results-sent-to-an-address-cjk", Anchor::Lits(&[5023, 5034, 5035, 5055, 5063, 5092, 5095, 5117, 5119, 5161, 5163, 5206, 5207, 5208, 5211, 5212, 5213, 5214, 5239, 5249, 5261])),
            (224, "addressed-to-the-agent-other-scripts", Anchor::Any(&[Anchor::Lits(&[4925, 4926, 4927, 4928, 4929, 4935, 4936, 4941, 4944, 4960, 4970, 4971, 4992, 4999, 5017, 5020, 5196, 5200, 5225, 5226, 5230, 5256, 5265]), Anchor::All(&[Anchor::Lits(&[5230, 5256, 5265]), Anchor::Lits(&[2422, 5258])]), Anchor::All(&[Anchor::Lits(&[5098, 5099, 5181, 5186, 5190]), Anchor::Lits(&[2422, 5050, 5053, 5088, 5104, 5139, 5140, 5195, 5199])])])),
            (225, "conceal-from-the-user-other-scripts", Anchor::Lits(&[4921, 4931, 4948, 4953, 4957, 4966, 4968, 4973, 4974, 4981, 4984, 4985, 5001, 5005, 5013, 5054, 5062, 5067, 5077, 5081, 5093, 5112, 5113, 5145, 5146, 5159, 5162, 5165, 5166, 5168, 5169, 5173, 5189, 5233, 5235, 5236, 5238, 5247, 5248])),
            (227, "no-limits-any-more-cjk", Anchor::Lits(&[5031, 5033, 5037, 5038, 5039, 5082, 5147, 5148, 5191, 5251, 5252, 5253, 5254])),
            (231, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1909, 2776, 2815, 3098, 3223, 3321, 3426, 3603, 3614, 3966, 3967, 3968, 4063, 4170, 4172, 4186, 4347, 4348, 4606, 4682, 4785]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1912, 1913, 1914]), Anchor::All(&[Anchor::Lits(&[1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873]), Anchor::Lits(&[1910, 1915, 1918, 1920, 1922, 1924, 1926, 1928, 1930])])]), Anchor::Lits(&[1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873]), Anchor::Lits(&[1906, 1911, 1916, 1919, 1921, 1923, 1925, 1927, 1929, 1931])])]), Anchor::Lits(&[2516, 2971, 3004, 3136, 3208, 3247, 3953, 3955, 4184, 4192, 4244, 4465, 4480, 4491, 4508, 4543, 4762, 4787])])),
            (232, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731]), Anchor::All(&[Anchor::Lits(&[2236]), Anchor::Lits(&[2281]), Anchor::Lits(&[2603, 2747, 2748, 3375, 4702, 4827])])])),
            (243, "forged-tool-result", Anchor::All(&[Anchor::Lits(&[2577, 2578, 2579, 2580, 2581, 2582, 2585, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4650, 4651, 4652, 4653, 4654, 4655, 4656, 4658, 4659, 4660, 4661, 4662, 4663, 4664, 4666, 4667, 4668, 4669, 4670, 4671, 4672]), Anchor::Lits(&[64, 108, 109, 110, 183, 253, 254, 255, 334, 373, 374, 375, 452, 531, 532, 533, 600, 636, 637, 638, 704, 764, 765, 766, 828, 864, 865, 866, 932, 992, 993, 994, 1056, 1092, 1093, 1094, 1160, 1220, 1221, 1222, 1308, 1366, 1367, 1368, 1458, 1562, 1563, 1564, 2078, 2100, 2101, 2102, 2141, 2196, 2197, 2198]), Anchor::Lits(&[1935])])),
            (253, "account-safety-parameter-switched-off", Anchor::Lits(&[3170, 3171, 4196, 4201, 4361, 4362, 4723])),
            (255, "secret-resolved-as-a-hostname", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[20, 1258, 2206, 2288, 4844]), Anchor::Any(&[Anchor::Lits(&[3041, 3318, 3319, 3728, 3731, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 4183, 4364, 4365]), Anchor::All(&[Anchor::Lits(&[3095]), Anchor::Lits(&[416, 484, 485, 486, 488, 1419, 1500, 1501, 1505, 1507])])]), Anchor::Lits(&[2204, 2205, 2206, 2282, 2283, 2288, 4842, 4843, 4844])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3041, 4061, 4364]), Anchor::All(&[Anchor::Lits(&[3095]), Anchor::Lits(&[416, 485, 1419, 1501])]), Anchor::All(&[Anchor::Lits(&[3729, 3730, 3732, 3733, 3741, 3742]), Anchor::Lits(&[359, 382, 433, 1349, 1378, 1437])])]), Anchor::Lits(&[3041, 3096, 3097, 3729, 3730, 3732, 3733, 3741, 3742, 4061, 4364]), Anchor::Lits(&[3131, 3135, 3194, 3198])])])),
            (256, "data-placeholder-in-an-image-url", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2132, 2284]), Anchor::All(&[Anchor::Lits(&[1597]), Anchor::Lits(&[2284])])]), Anchor::Lits(&[0, 1, 2, 4, 5, 6, 21, 46, 47, 48, 49, 50, 51, 52, 53, 54, 118, 119, 1237, 1238, 1239, 1241, 1242, 1243, 1259, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1292, 1293, 1379, 1380, 2285, 2286, 2287, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538]), Anchor::Lits(&[2200])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x951e59ea8546be71;
