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
\x20a home \
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
\x20a own \
\x20a partir de maintenant tu es \
\x20a personal \
\x20a pixel\
\x20a pixel \
\x20a private \
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
\x20adding \
\x20additional approval\
\x20additional authorisation\
\x20additional authorization\
\x20additional confirmation\
\x20additional review\
\x20additional sign off\
\x20additional signoff\
\x20addresses\
\x20addresses \
\x20adds \
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
\x20all client\
\x20all companies\
\x20all company s\
\x20all customer\
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
\x20all org\
\x20all privileges\
\x20all record\
\x20all reference\
\x20all sign\
\x20all snowflake client\
\x20all snowflake companies\
\x20all snowflake company s\
\x20all snowflake customer\
\x20all snowflake org\
\x20all snowflake tenant\
\x20all tenant\
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
\x20another client\
\x20another companies\
\x20another company\
\x20another company s\
\x20another confirmation\
\x20another customer\
\x20another org\
\x20another review\
\x20another share\
\x20another sign off\
\x20another signoff\
\x20another snowflake client\
\x20another snowflake companies\
\x20another snowflake company s\
\x20another snowflake customer\
\x20another snowflake org\
\x20another snowflake tenant\
\x20another stage\
\x20another tenant\
\x20answer\
\x20answer as \
\x20answers anything\
\x20anterior\
\x20anweisungen\
\x20any \
\x20any client\
\x20any companies\
\x20any company s\
\x20any customer\
\x20any mention\
\x20any note\
\x20any org\
\x20any record\
\x20any reference\
\x20any role i ask\
\x20any sign\
\x20any snowflake client\
\x20any snowflake companies\
\x20any snowflake company s\
\x20any snowflake customer\
\x20any snowflake org\
\x20any snowflake tenant\
\x20any tenant\
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
\x20auto suspend 0\
\x20auto suspend never\
\x20auto suspend none\
\x20auto suspend null\
\x20auto suspend off\
\x20auto suspend to 0\
\x20auto suspend to never\
\x20auto suspend to none\
\x20auto suspend to null\
\x20auto suspend to off\
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
\x20beperkingen \
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
\x20cookie \
\x20cookies\
\x20cookies \
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
\x20decode\
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
\x20delete from \
\x20delete rows \
\x20delete the rows \
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
\x20dns name \
\x20dns names \
\x20dns queries\
\x20dns queries \
\x20dns query\
\x20dns query \
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
\x20escape from \
\x20escaped from \
\x20esqueca \
\x20esquece \
\x20ethics\
\x20evade \
\x20eval\
\x20eval \
\x20evaluating you\
\x20event table\
\x20every\
\x20every \
\x20every client\
\x20every companies\
\x20every company s\
\x20every customer\
\x20every mention\
\x20every night \
\x20every note\
\x20every org\
\x20every record\
\x20every reference\
\x20every sign\
\x20every snowflake client\
\x20every snowflake companies\
\x20every snowflake company s\
\x20every snowflake customer\
\x20every snowflake org\
\x20every snowflake tenant\
\x20every tenant\
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
\x20exception for\
\x20exception here\
\x20exception message\
\x20exception message \
\x20exception now\
\x20exclude\
\x20excluding\
\x20exclusively for me\
\x20exclusively from me\
\x20exclusively me\
\x20exclusively to me\
\x20exec\
\x20exec \
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
\x20execute immediate \
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
\x20expands to \
\x20expired\
\x20export\
\x20export \
\x20exporting \
\x20exports \
\x20expose \
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
\x20failover group \
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
\x20header \
\x20headers \
\x20health \
\x20health check\
\x20health records\
\x20her home \
\x20her own \
\x20her personal \
\x20her private \
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
\x20his home \
\x20his own \
\x20his personal \
\x20his private \
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
\x20hostname \
\x20hostnames \
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
\x20instructies \
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
\x20invite \
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
\x20it off \
\x20it only \
\x20it out of \
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
\x20listing \
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
\x20my home \
\x20my orders\
\x20my other company\
\x20my other org\
\x20my other tenant\
\x20my own \
\x20my personal \
\x20my private \
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
\x20never realise\
\x20never realize\
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
\x20only admit\
\x20only describe\
\x20only display \
\x20only echo \
\x20only for me\
\x20only from me\
\x20only include\
\x20only list\
\x20only list \
\x20only me\
\x20only mention\
\x20only mention \
\x20only name\
\x20only output \
\x20only print \
\x20only report\
\x20only report \
\x20only return \
\x20only show\
\x20only show \
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
\x20opdrachten \
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
\x20other client\
\x20other companies\
\x20other company\
\x20other company s\
\x20other consultancy\
\x20other customer\
\x20other employer\
\x20other firm\
\x20other gig\
\x20other job\
\x20other org\
\x20other snowflake client\
\x20other snowflake companies\
\x20other snowflake company s\
\x20other snowflake customer\
\x20other snowflake org\
\x20other snowflake tenant\
\x20other startup\
\x20other tenant\
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
\x20patch \
\x20path \
\x20paths \
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
\x20provide \
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
\x20query parameter \
\x20query parameters \
\x20query string\
\x20query string \
\x20query strings \
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
\x20quote \
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
\x20referer \
\x20referrer \
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
\x20regels \
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
\x20remove rows \
\x20remove the rows \
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
\x20replication group \
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
\x20resource monitor none\
\x20resource monitor null\
\x20resource monitor to none\
\x20resource monitor to null\
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
\x20richtlijnen \
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
\x20spell out \
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
\x20that off \
\x20that out of \
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
\x20their home \
\x20their own \
\x20their personal \
\x20their private \
\x20them aside\
\x20them before\
\x20them first\
\x20them off \
\x20them out of \
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
\x20this off \
\x20this once\
\x20this out of \
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
\x20to role public \
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
\x20upload\
\x20upload \
\x20uploading \
\x20uploads \
\x20upstream\
\x20upstream \
\x20ur \
\x20url \
\x20url parameter\
\x20url parameter \
\x20url parameters \
\x20urls \
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
\x20what are \
\x20what i command\
\x20what i order\
\x20what i say\
\x20what i tell you\
\x20what i type\
\x20what i write\
\x20what is \
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
\x20whats \
\x20whatsapp\
\x20whatsapp \
\x20when \
\x20whenever \
\x20where \
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
\x20will not realise\
\x20will not realize\
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
\x20wont realise\
\x20wont realize\
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
\x20would not find out\
\x20would not know\
\x20would not notice\
\x20would not realise\
\x20would not realize\
\x20would not see\
\x20would not spot\
\x20wouldnt \
\x20wouldnt find out\
\x20wouldnt know\
\x20wouldnt notice\
\x20wouldnt realise\
\x20wouldnt realize\
\x20wouldnt see\
\x20wouldnt spot\
\x20write\
\x20write \
\x20write in you\
\x20write into you\
\x20write mode\
\x20write out \
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
agent access level \
agent are allowed to\
agent are authorised to\
agent are authorized to\
agent are cleared to\
agent are permitted to\
agent can\
agent capabilities \
agent clearance \
agent command\
agent directive\
agent free from\
agent free of\
agent guardrails \
agent having\
agent hint\
agent instruction\
agent is allowed to\
agent is authorised to\
agent is authorized to\
agent is cleared to\
agent is permitted to\
agent limits \
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
agent permissions \
agent privileges \
agent prompt\
agent restrictions \
agent safety limits \
agent task\
agent that has\
agent that ignores\
agent who has\
agent who ignores\
agent with\
agreed\
agrees to anything\
ai\
ai access level \
ai are allowed to\
ai are authorised to\
ai are authorized to\
ai are cleared to\
ai are permitted to\
ai called\
ai called dan \
ai can\
ai capabilities \
ai clearance \
ai command\
ai directive\
ai free from\
ai free of\
ai guardrails \
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
ai limits \
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
ai permissions \
ai privileges \
ai prompt\
ai restrictions \
ai safety limits \
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
alerting\
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
assistant access level \
assistant are allowed to\
assistant are authorised to\
assistant are authorized to\
assistant are cleared to\
assistant are permitted to\
assistant called\
assistant called dan \
assistant can\
assistant capabilities \
assistant clearance \
assistant command\
assistant directive\
assistant free from\
assistant free of\
assistant guardrails \
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
assistant limits \
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
assistant permissions \
assistant privileges \
assistant prompt\
assistant restrictions \
assistant safety limits \
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
auto suspend 0 \
auto suspend never \
auto suspend none \
auto suspend null \
auto suspend off \
auto suspend to 0 \
auto suspend to never \
auto suspend to none \
auto suspend to null \
auto suspend to off \
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
bot access level \
bot are allowed to\
bot are authorised to\
bot are authorized to\
bot are cleared to\
bot are permitted to\
bot called\
bot called dan \
bot can\
bot capabilities \
bot clearance \
bot command\
bot directive\
bot free from\
bot free of\
bot guardrails \
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
bot limits \
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
bot permissions \
bot privileges \
bot prompt\
bot restrictions \
bot safety limits \
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
clearance elevated\
clearance unlocked\
clearance upgraded\
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
control\
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
delete from \
delete of your \
delete rows from \
delete the \
delete the rows from \
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
do not announce\
do not announcing\
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
do not cc\
do not check with\
do not check with \
do not checking with\
do not comment on\
do not comment on \
do not confirm\
do not confirm with \
do not consult \
do not contact\
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
do not e mail\
do not email\
do not end up\
do not enforce \
do not enforce your \
do not explain\
do not explain \
do not file\
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
do not message\
do not need \
do not need to \
do not need to announce\
do not need to announcing\
do not need to document\
do not need to file\
do not need to log\
do not need to note\
do not need to record\
do not need to report\
do not need to ticket\
do not need to write up\
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
do not ping\
do not point out \
do not prompt\
do not put\
do not put \
do not record\
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
do not ticket\
do not turn up\
do not wait for\
do not waiting for\
do not want \
do not warn\
do not worry about \
do not write \
do not write up\
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
dont announce\
dont announcing\
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
dont cc\
dont check with\
dont check with \
dont checking with\
dont comment on\
dont comment on \
dont confirm\
dont confirm with \
dont consult \
dont contact\
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
dont e mail\
dont email\
dont end up\
dont enforce \
dont enforce your \
dont explain\
dont explain \
dont file\
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
dont message\
dont need \
dont need to \
dont need to announce\
dont need to announcing\
dont need to document\
dont need to file\
dont need to log\
dont need to note\
dont need to record\
dont need to report\
dont need to ticket\
dont need to write up\
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
dont ping\
dont point out \
dont prompt\
dont put\
dont put \
dont record\
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
dont ticket\
dont turn up\
dont wait for\
dont waiting for\
dont want \
dont warn\
dont worry about \
dont write \
dont write up\
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
hoeft niemand te weten\
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
ignorier\
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
ingetrokken\
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
limit\
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
missachte\
mission\
mode\
model access level \
model are allowed to\
model are authorised to\
model are authorized to\
model are cleared to\
model are permitted to\
model called\
model called dan \
model can\
model capabilities \
model clearance \
model command\
model directive\
model free from\
model free of\
model guardrails \
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
model limits \
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
model permissions \
model privileges \
model prompt\
model restrictions \
model safety limits \
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
monitoring\
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
negeer\
negeren\
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
never announce\
never announcing\
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
never cc\
never check with\
never check with \
never checking with\
never comment on\
never comment on \
never confirm\
never confirm with \
never consult \
never contact\
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
never e mail\
never email\
never end up\
never explain\
never explain \
never file\
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
never message\
never mind \
never mind your \
never note\
never note \
never notify\
never notify \
never noting\
never obey\
never pass\
never ping\
never point out \
never prompt\
never put\
never put \
never record\
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
never ticket\
never turn up\
never wait for\
never waiting for\
never warn\
never write \
never write up\
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
no need to alert\
no need to announce\
no need to announcing\
no need to ask\
no need to audit\
no need to bring up \
no need to call out \
no need to cc\
no need to check with\
no need to checking with\
no need to confirm\
no need to contact\
no need to describe \
no need to document\
no need to document \
no need to double check\
no need to e mail\
no need to email\
no need to explain \
no need to file\
no need to flag \
no need to follow \
no need to follow your \
no need to include \
no need to inform\
no need to list \
no need to log\
no need to log \
no need to mention \
no need to message\
no need to note\
no need to note \
no need to notify\
no need to ping\
no need to prompt\
no need to put \
no need to record\
no need to record \
no need to report\
no need to stop and ask\
no need to stop to ask\
no need to tell\
no need to ticket\
no need to wait for\
no need to waiting for\
no need to warn\
no need to write \
no need to write up\
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
no reason to announce\
no reason to announcing\
no reason to ask\
no reason to check with\
no reason to checking with\
no reason to confirm\
no reason to document\
no reason to double check\
no reason to file\
no reason to log\
no reason to note\
no reason to prompt\
no reason to record\
no reason to report\
no reason to stop and ask\
no reason to stop to ask\
no reason to ticket\
no reason to wait for\
no reason to waiting for\
no reason to write up\
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
ongeldig\
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
opgeheven\
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
permissions elevated\
permissions have been \
permissions is \
permissions unlocked\
permissions upgraded\
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
privileges elevated\
privileges unlocked\
privileges upgraded\
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
read only\
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
reason privately\
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
remove rows from \
remove the rows from \
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
session access level \
session capabilities \
session clearance \
session guardrails \
session limits \
session permissions \
session polic\
session privileges \
session restrictions \
session safety limits \
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
surprise for \
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
te melden\
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
there is no approval\
there is no change request\
there is no change ticket\
there is no cr\
there is no ticket\
there is zero \
there never \
there re no \
there re zero \
there s no \
there s no approval\
there s no change request\
there s no change ticket\
there s no cr\
there s no ticket\
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
theres no approval\
theres no change request\
theres no change ticket\
theres no cr\
theres no ticket\
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
tool access level \
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
tool capabilities \
tool clearance \
tool guardrails \
tool limits \
tool permissions \
tool privileges \
tool restrictions \
tool safety limits \
tools access level \
tools capabilities \
tools clearance \
tools guardrails \
tools limits \
tools permissions \
tools privileges \
tools restrictions \
tools safety limits \
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
uberschreibe\
umgehe\
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
unset account s resource monitor\
unset accounts resource monitor\
unset histfile\
unset resource monitor\
unset the account s resource monitor\
unset the accounts resource monitor\
unset the resource monitor\
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
verdict\
vergeet\
vergessen\
vergessen sie\
vergesst\
vergeten\
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
vervallen\
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
with no approval\
with no boundaries\
with no censoring\
with no change request\
with no change ticket\
with no constraints\
with no cr\
with no ethics\
with no filtering\
with no guidelines\
with no holding back\
with no limitations\
with no refusal\
with no restrictions\
with no ticket\
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
without announce\
without announcing\
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
without cc\
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
without contact\
without creating\
without describe\
without describing\
without disclose\
without disclosing\
without displaying \
without document\
without double check\
without e mail\
without echoing \
without email\
without envelope\
without ethics\
without explain\
without file\
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
without message\
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
without ping\
without printing \
without prompt\
without question\
without raising a ticket\
without record\
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
without write up\
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
your access level \
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
your capabilities \
your chat \
your chatbot \
your chatgpt \
your chats \
your checks\
your claude \
your clearance \
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
your limits \
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
your permissions \
your persona \
your policies \
your pre prompt \
your preamble \
your preceding \
your preprompt \
your previous \
your prior \
your private \
your privileges \
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
your safety limits \
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
            ends: &[2, 5, 7, 18, 29, 39, 48, 68, 88, 107, 125, 144, 161, 171, 179, 181, 185, 187, 189, 191, 193, 195, 197, 199, 209, 229, 245, 264, 272, 280, 289, 295, 302, 315, 327, 340, 347, 355, 369, 383, 400, 418, 425, 455, 467, 475, 484, 495, 513, 532, 547, 563, 576, 583, 600, 618, 624, 631, 641, 654, 672, 691, 700, 709, 723, 733, 745, 756, 762, 769, 784, 797, 809, 829, 847, 868, 888, 909, 932, 955, 972, 993, 1012, 1034, 1054, 1076, 1100, 1124, 1143, 1151, 1166, 1177, 1188, 1199, 1214, 1230, 1252, 1278, 1305, 1333, 1354, 1375, 1397, 1418, 1440, 1458, 1480, 1503, 1527, 1544, 1561, 1579, 1596, 1614, 1627, 1638, 1642, 1650, 1660, 1671, 1679, 1690, 1703, 1711, 1728, 1743, 1760, 1773, 1782, 1787, 1795, 1815, 1840, 1865, 1889, 1907, 1927, 1946, 1956, 1967, 1973, 1985, 1996, 2009, 2030, 2046, 2061, 2080, 2092, 2103, 2124, 2143, 2157, 2172, 2190, 2207, 2220, 2237, 2251, 2280, 2304, 2331, 2351, 2370, 2399, 2426, 2448, 2471, 2497, 2522, 2543, 2552, 2567, 2583, 2590, 2607, 2622, 2641, 2657, 2678, 2696, 2713, 2727, 2734, 2742, 2751, 2758, 2766, 2774, 2788, 2798, 2809, 2821, 2825, 2830, 2841, 2852, 2859, 2872, 2883, 2895, 2905, 2915, 2924, 2934, 2948, 2960, 2973, 2984, 2995, 3008, 3012, 3017, 3028, 3042, 3056, 3069, 3088, 3102, 3117, 3133, 3151, 3169, 3184, 3199, 3211, 3229, 3242, 3252, 3270, 3282, 3291, 3299, 3314, 3325, 3339, 3348, 3369, 3393, 3417, 3440, 3458, 3479, 3490, 3500, 3519, 3536, 3556, 3572, 3591, 3611, 3633, 3655, 3672, 3688, 3700, 3720, 3738, 3759, 3778, 3799, 3822, 3845, 3863, 3875, 3891, 3905, 3920, 3940, 3955, 3978, 3992, 4003, 4016, 4025, 4032, 4040, 4053, 4067, 4082, 4097, 4111, 4128, 4143, 4161, 4169, 4175, 4187, 4207, 4223, 4242, 4251, 4261, 4268, 4276, 4284, 4293, 4311, 4330, 4349, 4364, 4382, 4391, 4401, 4420, 4440, 4456, 4473, 4491, 4510, 4517, 4525, 4539, 4554, 4564, 4578, 4593, 4597, 4614, 4629, 4643, 4655, 4665, 4675, 4692, 4707, 4716, 4734, 4750, 4764, 4776, 4792, 4806, 4822, 4834, 4842, 4853, 4864, 4874, 4884, 4898, 4906, 4919, 4933, 4951, 4968, 4978, 4992, 5005, 5030, 5040, 5051, 5061, 5077, 5094, 5116, 5138, 5153, 5168, 5186, 5202, 5220, 5241, 5258, 5270, 5285, 5299, 5316, 5332, 5357, 5385, 5413, 5440, 5462, 5487, 5501, 5516, 5523, 5534, 5551, 5560, 5572, 5577, 5588, 5602, 5616, 5629, 5641, 5650, 5658, 5669, 5683, 5698, 5707, 5728, 5752, 5776, 5799, 5817, 5838, 5849, 5859, 5866, 5874, 5885, 5900, 5916, 5936, 5952, 5969, 5987, 5998, 6010, 6023, 6033, 6048, 6055, 6066, 6077, 6091, 6103, 6115, 6130, 6137, 6145, 6154, 6163, 6173, 6181, 6195, 6206, 6223, 6253, 6268, 6281, 6297, 6310, 6321, 6335, 6348, 6377, 6391, 6406, 6422, 6439, 6457, 6474, 6490, 6507, 6526, 6541, 6559, 6590, 6606, 6620, 6637, 6651, 6666, 6696, 6711, 6727, 6745, 6762, 6780, 6799, 6817, 6825, 6843, 6863, 6881, 6897, 6915, 6937, 6953, 6965, 6978, 6996, 7017, 7029, 7045, 7054, 7064, 7078, 7093, 7107, 7121, 7131, 7152, 7171, 7193, 7214, 7236, 7260, 7284, 7303, 7321, 7335, 7357, 7377, 7400, 7421, 7444, 7469, 7494, 7514, 7523, 7538, 7546, 7550, 7565, 7577, 7590, 7604, 7631, 7645, 7660, 7675, 7685, 7695, 7711, 7724, 7734, 7751, 7760, 7769, 7783, 7794, 7807, 7821, 7840, 7851, 7877, 7889, 7904, 7915, 7924, 7936, 7945, 7964, 7980, 7997, 8016, 8035, 8048, 8059, 8077, 8084, 8098, 8110, 8124, 8133, 8150, 8160, 8169, 8183, 8196, 8204, 8218, 8233, 8247, 8260, 8268, 8295, 8319, 8342, 8365, 8386, 8400, 8407, 8424, 8428, 8434, 8446, 8460, 8470, 8481, 8491, 8506, 8520, 8533, 8543, 8560, 8576, 8585, 8597, 8604, 8617, 8632, 8644, 8655, 8671, 8686, 8700, 8711, 8729, 8739, 8751, 8764, 8783, 8795, 8808, 8819, 8828, 8842, 8852, 8863, 8870, 8881, 8892, 8904, 8917, 8931, 8940, 8950, 8959, 8974, 8988, 8996, 9011, 9031, 9043, 9058, 9071, 9083, 9091, 9102, 9110, 9125, 9137, 9152, 9162, 9171, 9179, 9192, 9206, 9230, 9242, 9256, 9265, 9276, 9291, 9306, 9322, 9339, 9347, 9354, 9358, 9363, 9369, 9376, 9389, 9404, 9417, 9427, 9435, 9440, 9451, 9464, 9475, 9487, 9495, 9501, 9510, 9517, 9524, 9532, 9539, 9548, 9558, 9566, 9573, 9583, 9591, 9598, 9604, 9610, 9628, 9642, 9668, 9699, 9724, 9751, 9783, 9809, 9815, 9820, 9828, 9839, 9847, 9864, 9870, 9884, 9896, 9908, 9919, 9929, 9946, 9958, 9969, 9986, 10001, 10019, 10028, 10041, 10049, 10056, 10064, 10074, 10085, 10094, 10102, 10113, 10122, 10130, 10142, 10152, 10157, 10172, 10185, 10197, 10214, 10238, 10260, 10275, 10286, 10301, 10324, 10345, 10369, 10392, 10416, 10442, 10468, 10488, 10512, 10534, 10559, 10582, 10607, 10634, 10661, 10683, 10694, 10710, 10723, 10736, 10761, 10775, 10790, 10805, 10824, 10842, 10860, 10877, 10895, 10917, 10938, 10959, 10979, 10989, 11001, 11014, 11024, 11035, 11052, 11060, 11069, 11075, 11086, 11091, 11101, 11107, 11115, 11123, 11132, 11139, 11147, 11159, 11163, 11177, 11190, 11198, 11206, 11213, 11217, 11223, 11231, 11249, 11264, 11280, 11298, 11316, 11328, 11350, 11369, 11389, 11411, 11433, 11449, 11463, 11484, 11494, 11511, 11519, 11528, 11547, 11563, 11580, 11599, 11618, 11631, 11654, 11674, 11695, 11718, 11741, 11758, 11773, 11795, 11806, 11824, 11832, 11840, 11862, 11892, 11924, 11948, 11973, 11992, 12005, 12022, 12034, 12047, 12075, 12105, 12136, 12169, 12199, 12231, 12244, 12259, 12273, 12288, 12299, 12312, 12330, 12342, 12358, 12375, 12388, 12403, 12421, 12443, 12454, 12473, 12478, 12486, 12504, 12516, 12524, 12533, 12547, 12564, 12572, 12588, 12603, 12616, 12636, 12655, 12672, 12690, 12704, 12709, 12715, 12722, 12733, 12741, 12753, 12763, 12776, 12793, 12798, 12806, 12817, 12823, 12833, 12843, 12854, 12873, 12888, 12906, 12914, 12926, 12943, 12952, 12964, 12978, 12992, 13008, 13015, 13023, 13031, 13041, 13049, 13062, 13072, 13080, 13086, 13096, 13105, 13111, 13117, 13124, 13133, 13141, 13157, 13166, 13177, 13186, 13194, 13206, 13221, 13236, 13249, 13261, 13273, 13281, 13293, 13301, 13308, 13316, 13329, 13354, 13364, 13375, 13394, 13400, 13408, 13417, 13429, 13439, 13450, 13464, 13474, 13484, 13495, 13505, 13516, 13530, 13542, 13555, 13569, 13584, 13598, 13614, 13628, 13643, 13660, 13676, 13689, 13702, 13714, 13729, 13745, 13763, 13781, 13796, 13813, 13825, 13838, 13857, 13866, 13874, 13883, 13893, 13902, 13910, 13923, 13937, 13953, 13968, 13980, 13992, 14003, 14017, 14032, 14049, 14066, 14080, 14096, 14107, 14119, 14137, 14143, 14154, 14166, 14180, 14193, 14203, 14213, 14222, 14234, 14247, 14262, 14277, 14289, 14303, 14312, 14322, 14338, 14354, 14367, 14379, 14395, 14417, 14441, 14463, 14477, 14497, 14518, 14540, 14562, 14591, 14614, 14629, 14649, 14654, 14658, 14665, 14676, 14683, 14691, 14699, 14707, 14715, 14723, 14740, 14748, 14758, 14769, 14778, 14786, 14795, 14809, 14821, 14826, 14832, 14846, 14855, 14865, 14874, 14880, 14891, 14907, 14924, 14934, 14945, 14957, 14967, 14975, 14987, 15004, 15022, 15033, 15045, 15058, 15067, 15076, 15084, 15092, 15104, 15110, 15122, 15130, 15137, 15149, 15157, 15165, 15172, 15183, 15191, 15198, 15210, 15221, 15235, 15243, 15254, 15265, 15272, 15280, 15289, 15296, 15311, 15325, 15335, 15343, 15350, 15358, 15365, 15373, 15381, 15390, 15402, 15416, 15429, 15443, 15452, 15466, 15479, 15493, 15509, 15530, 15551, 15568, 15584, 15601, 15619, 15641, 15666, 15674, 15683, 15696, 15712, 15722, 15730, 15745, 15761, 15778, 15788, 15799, 15813, 15823, 15835, 15851, 15864, 15875, 15888, 15904, 15916, 15930, 15951, 15966, 15977, 15989, 16006, 16026, 16037, 16044, 16052, 16066, 16081, 16098, 16113, 16133, 16150, 16164, 16177, 16187, 16198, 16210, 16226, 16238, 16249, 16268, 16290, 16308, 16326, 16340, 16352, 16365, 16384, 16394, 16404, 16422, 16442, 16461, 16480, 16498, 16510, 16523, 16534, 16542, 16551, 16561, 16573, 16581, 16590, 16605, 16619, 16631, 16643, 16658, 16667, 16677, 16692, 16705, 16718, 16726, 16735, 16748, 16758, 16769, 16781, 16790, 16801, 16813, 16826, 16837, 16849, 16862, 16874, 16882, 16895, 16913, 16932, 16944, 16957, 16971, 16985, 16999, 17018, 17038, 17051, 17065, 17080, 17095, 17107, 17120, 17134, 17156, 17177, 17185, 17193, 17202, 17209, 17216, 17224, 17233, 17243, 17248, 17254, 17263, 17271, 17284, 17291, 17299, 17318, 17331, 17340, 17350, 17365, 17383, 17392, 17404, 17412, 17421, 17431, 17442, 17461, 17474, 17495, 17516, 17530, 17542, 17553, 17574, 17595, 17607, 17622, 17634, 17648, 17659, 17676, 17688, 17701, 17714, 17727, 17740, 17754, 17759, 17765, 17769, 17774, 17779, 17786, 17795, 17805, 17819, 17835, 17851, 17868, 17882, 17899, 17914, 17925, 17941, 17949, 17958, 17962, 17992, 18020, 18026, 18031, 18037, 18054, 18063, 18072, 18087, 18090, 18101, 18113, 18119, 18132, 18146, 18164, 18177, 18191, 18201, 18207, 18214, 18222, 18240, 18257, 18269, 18280, 18291, 18308, 18315, 18324, 18335, 18346, 18360, 18375, 18400, 18406, 18413, 18421, 18432, 18443, 18462, 18474, 18487, 18500, 18513, 18530, 18538, 18550, 18562, 18582, 18595, 18609, 18618, 18628, 18641, 18654, 18675, 18689, 18704, 18713, 18718, 18733, 18747, 18756, 18764, 18772, 18786, 18796, 18810, 18820, 18831, 18842, 18855, 18869, 18882, 18894, 18905, 18917, 18930, 18942, 18954, 18964, 18976, 18989, 19001, 19012, 19022, 19034, 19047, 19061, 19076, 19090, 19104, 19119, 19133, 19148, 19161, 19178, 19190, 19202, 19222, 19235, 19249, 19264, 19279, 19302, 19318, 19335, 19348, 19361, 19382, 19396, 19411, 19419, 19428, 19444, 19453, 19462, 19487, 19507, 19530, 19546, 19564, 19583, 19598, 19623, 19646, 19664, 19683, 19705, 19726, 19743, 19760, 19778, 19785, 19793, 19802, 19818, 19832, 19846, 19861, 19869, 19876, 19890, 19902, 19914, 19927, 19938, 19951, 19962, 19973, 19977, 19982, 19994, 20002, 20011, 20023, 20035, 20055, 20073, 20086, 20100, 20120, 20137, 20156, 20172, 20190, 20212, 20221, 20236, 20249, 20262, 20283, 20297, 20312, 20322, 20333, 20347, 20361, 20383, 20398, 20414, 20421, 20429, 20438, 20456, 20467, 20480, 20493, 20506, 20519, 20528, 20538, 20550, 20558, 20567, 20578, 20587, 20596, 20605, 20616, 20631, 20653, 20671, 20685, 20697, 20704, 20710, 20717, 20728, 20733, 20739, 20745, 20752, 20755, 20759, 20769, 20780, 20792, 20805, 20814, 20824, 20835, 20847, 20860, 20870, 20881, 20894, 20909, 20916, 20932, 20946, 20963, 20979, 20996, 21015, 21034, 21046, 21059, 21076, 21091, 21109, 21125, 21143, 21163, 21183, 21197, 21212, 21227, 21249, 21265, 21271, 21279, 21292, 21307, 21320, 21331, 21348, 21372, 21403, 21422, 21436, 21449, 21463, 21476, 21489, 21503, 21519, 21536, 21552, 21565, 21579, 21595, 21610, 21622, 21637, 21650, 21665, 21684, 21696, 21723, 21735, 21746, 21758, 21774, 21788, 21803, 21819, 21832, 21851, 21872, 21895, 21923, 21951, 21983, 22005, 22025, 22039, 22052, 22067, 22083, 22100, 22117, 22131, 22146, 22164, 22178, 22194, 22208, 22223, 22239, 22253, 22268, 22284, 22302, 22318, 22336, 22351, 22363, 22375, 22389, 22400, 22412, 22425, 22437, 22449, 22462, 22479, 22497, 22513, 22531, 22544, 22564, 22585, 22593, 22606, 22613, 22617, 22631, 22646, 22663, 22673, 22690, 22705, 22726, 22741, 22757, 22772, 22790, 22807, 22821, 22838, 22853, 22867, 22882, 22895, 22911, 22926, 22951, 22976, 23000, 23026, 23057, 23083, 23105, 23128, 23154, 23177, 23201, 23223, 23246, 23272, 23288, 23305, 23324, 23343, 23359, 23377, 23395, 23408, 23422, 23442, 23457, 23472, 23480, 23495, 23508, 23527, 23540, 23554, 23567, 23583, 23598, 23610, 23625, 23638, 23650, 23663, 23674, 23688, 23701, 23724, 23747, 23769, 23793, 23822, 23846, 23866, 23887, 23911, 23932, 23954, 23974, 23995, 24019, 24033, 24048, 24065, 24082, 24096, 24112, 24128, 24139, 24151, 24169, 24182, 24188, 24199, 24212, 24223, 24232, 24247, 24265, 24287, 24316, 24333, 24345, 24356, 24368, 24379, 24390, 24402, 24416, 24431, 24445, 24456, 24468, 24482, 24495, 24505, 24518, 24529, 24542, 24559, 24569, 24594, 24604, 24613, 24623, 24637, 24649, 24662, 24676, 24687, 24708, 24725, 24746, 24765, 24786, 24812, 24834, 24860, 24887, 24905, 24925, 24955, 24975, 24997, 25015, 25027, 25038, 25051, 25065, 25080, 25095, 25107, 25120, 25136, 25148, 25162, 25174, 25187, 25201, 25213, 25226, 25240, 25256, 25270, 25286, 25299, 25309, 25319, 25331, 25340, 25350, 25361, 25371, 25381, 25392, 25407, 25423, 25437, 25453, 25464, 25482, 25501, 25509, 25520, 25530, 25541, 25544, 25556, 25570, 25584, 25598, 25612, 25617, 25623, 25632, 25641, 25658, 25672, 25682, 25693, 25705, 25715, 25728, 25741, 25762, 25776, 25791, 25801, 25811, 25829, 25840, 25852, 25866, 25881, 25886, 25892, 25901, 25908, 25913, 25919, 25931, 25940, 25961, 25979, 25999, 26021, 26037, 26054, 26072, 26087, 26103, 26125, 26140, 26146, 26152, 26156, 26172, 26181, 26191, 26210, 26232, 26247, 26268, 26288, 26304, 26315, 26327, 26338, 26350, 26360, 26367, 26381, 26387, 26394, 26407, 26423, 26434, 26446, 26456, 26466, 26476, 26483, 26491, 26505, 26517, 26530, 26541, 26552, 26559, 26584, 26609, 26632, 26650, 26669, 26679, 26693, 26710, 26721, 26730, 26741, 26758, 26771, 26780, 26788, 26797, 26808, 26814, 26823, 26832, 26841, 26849, 26858, 26869, 26879, 26886, 26894, 26915, 26919, 26924, 26933, 26947, 26962, 26971, 26981, 26990, 27000, 27013, 27035, 27045, 27053, 27060, 27067, 27076, 27090, 27105, 27121, 27130, 27140, 27153, 27167, 27176, 27185, 27192, 27199, 27204, 27210, 27225, 27237, 27243, 27250, 27263, 27279, 27295, 27310, 27324, 27337, 27348, 27358, 27371, 27387, 27398, 27421, 27447, 27473, 27498, 27518, 27541, 27554, 27565, 27577, 27586, 27596, 27608, 27634, 27655, 27677, 27700, 27725, 27750, 27772, 27794, 27813, 27838, 27858, 27875, 27900, 27906, 27913, 27920, 27936, 27951, 27964, 27984, 28003, 28020, 28038, 28052, 28060, 28074, 28089, 28107, 28126, 28140, 28148, 28158, 28177, 28197, 28212, 28230, 28235, 28241, 28249, 28258, 28270, 28291, 28310, 28332, 28353, 28375, 28399, 28423, 28441, 28463, 28483, 28506, 28527, 28550, 28575, 28600, 28619, 28639, 28659, 28686, 28707, 28726, 28749, 28762, 28780, 28799, 28820, 28839, 28847, 28860, 28871, 28881, 28892, 28904, 28917, 28932, 28950, 28966, 28983, 29001, 29013, 29021, 29028, 29036, 29047, 29056, 29064, 29080, 29089, 29099, 29116, 29133, 29149, 29164, 29181, 29197, 29210, 29225, 29241, 29256, 29271, 29287, 29302, 29322, 29342, 29361, 29374, 29389, 29403, 29411, 29420, 29430, 29444, 29459, 29475, 29488, 29501, 29513, 29528, 29544, 29562, 29580, 29595, 29612, 29624, 29637, 29656, 29672, 29687, 29703, 29720, 29734, 29748, 29761, 29777, 29794, 29813, 29832, 29848, 29866, 29879, 29893, 29913, 29918, 29924, 29930, 29937, 29944, 29952, 29957, 29963, 29971, 29980, 29997, 30008, 30027, 30046, 30058, 30068, 30077, 30096, 30115, 30125, 30138, 30145, 30156, 30164, 30178, 30186, 30198, 30219, 30237, 30256, 30263, 30270, 30277, 30285, 30293, 30300, 30314, 30324, 30330, 30343, 30354, 30360, 30370, 30381, 30389, 30400, 30417, 30435, 30454, 30473, 30499, 30519, 30531, 30548, 30561, 30572, 30590, 30610, 30628, 30638, 30643, 30650, 30663, 30677, 30687, 30704, 30722, 30732, 30743, 30755, 30770, 30784, 30799, 30813, 30824, 30835, 30847, 30860, 30873, 30887, 30900, 30911, 30925, 30935, 30952, 30964, 30975, 30994, 31005, 31017, 31025, 31039, 31054, 31065, 31083, 31102, 31114, 31127, 31143, 31158, 31174, 31189, 31201, 31213, 31226, 31240, 31255, 31270, 31286, 31298, 31317, 31337, 31350, 31364, 31381, 31397, 31414, 31430, 31443, 31456, 31470, 31485, 31501, 31516, 31532, 31541, 31551, 31564, 31576, 31589, 31601, 31614, 31623, 31637, 31647, 31667, 31676, 31685, 31694, 31703, 31712, 31721, 31731, 31739, 31746, 31756, 31767, 31776, 31784, 31795, 31806, 31818, 31827, 31834, 31842, 31850, 31862, 31877, 31892, 31905, 31921, 31933, 31952, 31966, 31974, 31990, 32007, 32022, 32039, 32052, 32061, 32071, 32088, 32098, 32113, 32128, 32144, 32155, 32167, 32185, 32204, 32224, 32236, 32249, 32263, 32280, 32296, 32313, 32329, 32342, 32355, 32369, 32384, 32399, 32415, 32430, 32443, 32459, 32472, 32484, 32503, 32516, 32530, 32542, 32561, 32574, 32588, 32610, 32626, 32641, 32657, 32674, 32691, 32704, 32721, 32735, 32750, 32760, 32776, 32791, 32809, 32818, 32838, 32859, 32876, 32900, 32925, 32943, 32962, 32984, 33005, 33027, 33048, 33066, 33084, 33103, 33123, 33144, 33165, 33187, 33205, 33230, 33256, 33275, 33295, 33318, 33340, 33363, 33385, 33404, 33423, 33443, 33464, 33486, 33494, 33504, 33511, 33519, 33530, 33538, 33550, 33569, 33584, 33596, 33604, 33612, 33628, 33643, 33663, 33682, 33698, 33710, 33721, 33738, 33757, 33778, 33789, 33804, 33817, 33834, 33849, 33870, 33884, 33899, 33916, 33922, 33929, 33937, 33946, 33958, 33968, 33975, 33986, 33995, 34005, 34016, 34028, 34039, 34050, 34062, 34073, 34085, 34093, 34104, 34113, 34125, 34136, 34148, 34161, 34173, 34190, 34208, 34219, 34231, 34244, 34251, 34257, 34277, 34292, 34303, 34315, 34327, 34339, 34351, 34364, 34372, 34380, 34392, 34404, 34413, 34432, 34446, 34456, 34474, 34491, 34507, 34523, 34538, 34562, 34577, 34596, 34611, 34631, 34653, 34669, 34686, 34708, 34724, 34741, 34759, 34778, 34793, 34809, 34825, 34843, 34858, 34878, 34901, 34919, 34933, 34956, 34973, 34994, 35014, 35034, 35053, 35069, 35099, 35119, 35133, 35143, 35159, 35182, 35200, 35223, 35241, 35260, 35280, 35296, 35313, 35332, 35348, 35369, 35393, 35411, 35442, 35463, 35469, 35486, 35505, 35519, 35536, 35558, 35580, 35601, 35616, 35633, 35649, 35665, 35680, 35699, 35715, 35727, 35738, 35749, 35764, 35781, 35792, 35802, 35817, 35833, 35842, 35852, 35863, 35874, 35890, 35907, 35917, 35928, 35940, 35952, 35966, 35984, 35996, 36005, 36020, 36038, 36058, 36079, 36089, 36100, 36118, 36134, 36152, 36166, 36176, 36180, 36185, 36197, 36212, 36224, 36235, 36247, 36260, 36271, 36286, 36298, 36315, 36328, 36340, 36346, 36355, 36371, 36381, 36386, 36392, 36399, 36412, 36422, 36428, 36440, 36454, 36473, 36489, 36507, 36528, 36540, 36549, 36569, 36591, 36616, 36623, 36636, 36650, 36661, 36673, 36692, 36701, 36720, 36737, 36749, 36762, 36776, 36781, 36792, 36804, 36818, 36831, 36845, 36861, 36874, 36883, 36894, 36908, 36920, 36932, 36946, 36955, 36965, 36974, 36988, 37001, 37013, 37018, 37027, 37034, 37046, 37054, 37066, 37074, 37081, 37088, 37101, 37121, 37143, 37166, 37187, 37195, 37203, 37209, 37216, 37227, 37243, 37254, 37278, 37299, 37321, 37327, 37334, 37342, 37351, 37357, 37368, 37380, 37395, 37410, 37419, 37440, 37458, 37472, 37488, 37507, 37524, 37541, 37560, 37574, 37589, 37603, 37622, 37640, 37648, 37656, 37662, 37671, 37685, 37699, 37712, 37727, 37741, 37751, 37760, 37768, 37791, 37814, 37838, 37867, 37887, 37909, 37933, 37952, 37962, 37970, 37986, 37998, 38010, 38021, 38036, 38054, 38061, 38068, 38083, 38097, 38113, 38135, 38154, 38169, 38186, 38206, 38224, 38242, 38262, 38277, 38293, 38308, 38328, 38347, 38362, 38373, 38383, 38403, 38414, 38423, 38440, 38453, 38466, 38478, 38494, 38513, 38522, 38542, 38555, 38584, 38606, 38627, 38647, 38668, 38689, 38715, 38744, 38756, 38767, 38779, 38791, 38808, 38838, 38861, 38883, 38904, 38926, 38948, 38975, 39005, 39025, 39033, 39042, 39050, 39063, 39078, 39088, 39097, 39111, 39124, 39130, 39138, 39147, 39152, 39160, 39174, 39187, 39201, 39214, 39234, 39246, 39269, 39292, 39314, 39335, 39357, 39377, 39390, 39404, 39419, 39430, 39435, 39441, 39448, 39459, 39469, 39479, 39488, 39502, 39515, 39531, 39547, 39559, 39570, 39582, 39595, 39612, 39632, 39647, 39654, 39662, 39668, 39675, 39685, 39694, 39704, 39715, 39728, 39732, 39740, 39753, 39765, 39778, 39793, 39811, 39824, 39838, 39853, 39869, 39888, 39902, 39917, 39933, 39944, 39952, 39968, 39982, 39998, 40011, 40028, 40043, 40056, 40076, 40100, 40122, 40142, 40165, 40184, 40204, 40225, 40244, 40260, 40272, 40285, 40299, 40311, 40325, 40329, 40337, 40344, 40352, 40364, 40378, 40397, 40410, 40425, 40441, 40455, 40475, 40488, 40506, 40523, 40543, 40561, 40585, 40602, 40610, 40619, 40628, 40639, 40655, 40665, 40672, 40682, 40693, 40702, 40715, 40735, 40739, 40745, 40755, 40770, 40783, 40803, 40811, 40831, 40841, 40852, 40865, 40879, 40899, 40912, 40930, 40942, 40961, 40979, 40989, 41007, 41023, 41030, 41041, 41054, 41067, 41075, 41086, 41104, 41116, 41122, 41132, 41150, 41166, 41189, 41202, 41216, 41233, 41256, 41272, 41293, 41308, 41330, 41339, 41358, 41375, 41399, 41413, 41428, 41446, 41470, 41487, 41509, 41525, 41548, 41556, 41565, 41573, 41580, 41589, 41599, 41607, 41614, 41624, 41632, 41639, 41652, 41668, 41689, 41703, 41716, 41725, 41744, 41758, 41770, 41783, 41798, 41813, 41827, 41840, 41851, 41863, 41875, 41885, 41894, 41912, 41923, 41939, 41949, 41966, 41983, 41992, 42003, 42015, 42024, 42032, 42041, 42049, 42064, 42078, 42097, 42123, 42135, 42152, 42172, 42187, 42209, 42224, 42244, 42256, 42268, 42283, 42296, 42311, 42325, 42340, 42354, 42370, 42383, 42393, 42415, 42430, 42450, 42464, 42485, 42500, 42513, 42527, 42543, 42559, 42574, 42589, 42603, 42621, 42633, 42642, 42659, 42673, 42691, 42711, 42726, 42739, 42751, 42760, 42775, 42793, 42814, 42837, 42852, 42870, 42886, 42903, 42924, 42944, 42959, 42975, 42990, 43001, 43017, 43038, 43054, 43068, 43083, 43100, 43117, 43133, 43149, 43165, 43181, 43196, 43215, 43228, 43236, 43245, 43266, 43281, 43292, 43304, 43321, 43341, 43352, 43362, 43374, 43379, 43385, 43393, 43404, 43417, 43426, 43435, 43445, 43456, 43466, 43478, 43489, 43503, 43518, 43527, 43537, 43546, 43561, 43576, 43592, 43603, 43617, 43630, 43641, 43652, 43662, 43670, 43678, 43688, 43699, 43712, 43724, 43737, 43746, 43755, 43780, 43806, 43830, 43853, 43875, 43900, 43923, 43945, 43967, 43987, 44007, 44026, 44047, 44067, 44078, 44090, 44108, 44128, 44146, 44161, 44174, 44186, 44199, 44213, 44232, 44253, 44276, 44298, 44320, 44341, 44359, 44380, 44391, 44405, 44418, 44432, 44443, 44464, 44471, 44492, 44498, 44506, 44523, 44538, 44560, 44572, 44585, 44601, 44623, 44638, 44658, 44672, 44693, 44711, 44720, 44731, 44746, 44759, 44779, 44799, 44817, 44842, 44857, 44873, 44892, 44917, 44935, 44958, 44975, 44999, 45020, 45039, 45065, 45081, 45098, 45118, 45144, 45163, 45187, 45205, 45230, 45239, 45248, 45258, 45268, 45279, 45288, 45299, 45311, 45321, 45330, 45342, 45352, 45361, 45375, 45389, 45409, 45422, 45440, 45452, 45471, 45479, 45487, 45506, 45520, 45531, 45541, 45560, 45577, 45601, 45615, 45630, 45648, 45672, 45689, 45711, 45727, 45750, 45761, 45776, 45784, 45796, 45809, 45817, 45828, 45845, 45862, 45878, 45893, 45919, 45945, 45970, 45994, 46019, 46042, 46058, 46072, 46082, 46090, 46105, 46113, 46122, 46133, 46147, 46160, 46179, 46190, 46207, 46210, 46220, 46234, 46243, 46254, 46271, 46283, 46296, 46322, 46336, 46350, 46359, 46370, 46380, 46389, 46402, 46414, 46423, 46435, 46443, 46456, 46467, 46479, 46489, 46503, 46528, 46542, 46552, 46560, 46577, 46594, 46610, 46621, 46629, 46647, 46662, 46678, 46696, 46714, 46730, 46746, 46758, 46773, 46786, 46796, 46813, 46825, 46839, 46858, 46877, 46895, 46911, 46926, 46943, 46952, 46958, 46973, 46981, 46994, 47007, 47023, 47031, 47041, 47055, 47073, 47085, 47092, 47107, 47122, 47136, 47148, 47159, 47172, 47185, 47199, 47212, 47230, 47249, 47270, 47276, 47291, 47306, 47320, 47326, 47333, 47356, 47378, 47398, 47417, 47437, 47458, 47477, 47486, 47496, 47508, 47518, 47527, 47545, 47565, 47578, 47597, 47611, 47628, 47645, 47660, 47678, 47695, 47712, 47726, 47740, 47754, 47765, 47779, 47796, 47814, 47826, 47842, 47851, 47863, 47877, 47891, 47908, 47935, 47944, 47955, 47963, 47972, 47983, 48002, 48020, 48036, 48052, 48069, 48082, 48095, 48112, 48127, 48138, 48151, 48164, 48190, 48217, 48243, 48267, 48291, 48316, 48337, 48358, 48383, 48406, 48425, 48446, 48467, 48501, 48520, 48534, 48549, 48565, 48583, 48601, 48616, 48631, 48643, 48661, 48674, 48684, 48702, 48727, 48751, 48773, 48795, 48818, 48837, 48856, 48879, 48900, 48917, 48936, 48955, 48987, 48995, 49021, 49046, 49069, 49092, 49116, 49136, 49156, 49180, 49202, 49220, 49240, 49260, 49293, 49301, 49311, 49316, 49332, 49350, 49361, 49378, 49390, 49405, 49420, 49433, 49449, 49464, 49479, 49491, 49503, 49515, 49524, 49536, 49551, 49567, 49577, 49591, 49598, 49608, 49620, 49632, 49647, 49672, 49680, 49692, 49706, 49718, 49729, 49742, 49747, 49753, 49758, 49766, 49777, 49791, 49803, 49816, 49829, 49839, 49847, 49860, 49870, 49880, 49892, 49902, 49912, 49923, 49934, 49942, 49949, 49971, 49990, 50008, 50022, 50037, 50056, 50077, 50095, 50108, 50122, 50144, 50163, 50177, 50192, 50202, 50213, 50223, 50235, 50239, 50248, 50258, 50263, 50269, 50276, 50293, 50299, 50315, 50327, 50335, 50340, 50352, 50361, 50371, 50382, 50394, 50405, 50416, 50428, 50439, 50451, 50467, 50484, 50491, 50495, 50500, 50506, 50512, 50524, 50555, 50586, 50615, 50639, 50664, 50669, 50675, 50690, 50697, 50720, 50740, 50759, 50774, 50790, 50812, 50831, 50845, 50860, 50883, 50903, 50918, 50934, 50945, 50957, 50962, 50973, 50981, 50990, 50998, 51007, 51018, 51034, 51039, 51045, 51050, 51056, 51062, 51067, 51078, 51092, 51102, 51111, 51116, 51122, 51135, 51148, 51161, 51177, 51187, 51191, 51197, 51204, 51213, 51219, 51232, 51243, 51254, 51266, 51273, 51281, 51288, 51295, 51303, 51323, 51340, 51358, 51364, 51370, 51379, 51389, 51396, 51404, 51409, 51415, 51426, 51440, 51449, 51467, 51484, 51499, 51521, 51542, 51561, 51581, 51597, 51602, 51608, 51615, 51630, 51647, 51660, 51676, 51685, 51690, 51701, 51712, 51727, 51743, 51757, 51774, 51784, 51798, 51812, 51822, 51831, 51846, 51874, 51885, 51896, 51908, 51919, 51946, 51958, 51971, 51985, 52000, 52016, 52031, 52047, 52076, 52088, 52100, 52113, 52124, 52152, 52165, 52179, 52194, 52210, 52227, 52243, 52248, 52257, 52269, 52277, 52286, 52296, 52301, 52307, 52316, 52325, 52336, 52347, 52352, 52358, 52367, 52374, 52389, 52405, 52417, 52434, 52440, 52453, 52467, 52480, 52495, 52511, 52519, 52527, 52536, 52558, 52580, 52600, 52615, 52631, 52642, 52654, 52658, 52665, 52674, 52690, 52697, 52704, 52724, 52744, 52753, 52772, 52795, 52818, 52837, 52858, 52877, 52902, 52920, 52939, 52954, 52973, 52992, 53011, 53034, 53057, 53076, 53097, 53116, 53141, 53159, 53178, 53197, 53220, 53243, 53262, 53283, 53302, 53327, 53345, 53364, 53375, 53390, 53409, 53432, 53455, 53474, 53495, 53514, 53539, 53557, 53576, 53591, 53608, 53623, 53644, 53658, 53673, 53686, 53700, 53717, 53736, 53759, 53782, 53801, 53822, 53841, 53866, 53884, 53903, 53916, 53933, 53945, 53963, 53983, 54003, 54013, 54024, 54036, 54056, 54080, 54104, 54124, 54146, 54166, 54192, 54211, 54231, 54247, 54267, 54287, 54307, 54331, 54355, 54375, 54397, 54417, 54443, 54462, 54482, 54502, 54526, 54550, 54570, 54592, 54612, 54638, 54657, 54677, 54697, 54721, 54745, 54765, 54787, 54807, 54833, 54852, 54872, 54888, 54906, 54922, 54944, 54959, 54975, 54995, 55019, 55043, 55063, 55085, 55105, 55131, 55150, 55170, 55183, 55199, 55214, 55226, 55241, 55253, 55267, 55279, 55291, 55299, 55308, 55323, 55342, 55355, 55369, 55381, 55393, 55409, 55429, 55445, 55459, 55474, 55487, 55500, 55517, 55538, 55550, 55558, 55562, 55572, 55579, 55587, 55592, 55598, 55613, 55625, 55635, 55648, 55661, 55676, 55700, 55722, 55738, 55753, 55762, 55780, 55796, 55807, 55815, 55829, 55839, 55850, 55858, 55862, 55881, 55892, 55897, 55904, 55918, 55937, 55956, 55974, 55986, 56000, 56013, 56020, 56034, 56041, 56056, 56061, 56067, 56074, 56082, 56092, 56105, 56109, 56119, 56129, 56140, 56146, 56163, 56180, 56196, 56214, 56237, 56255, 56269, 56284, 56302, 56317, 56333, 56347, 56362, 56380, 56394, 56410, 56423, 56439, 56452, 56464, 56477, 56483, 56495, 56504, 56514, 56531, 56544, 56560, 56568, 56581, 56593, 56606, 56614, 56623, 56634, 56646, 56656, 56665, 56677, 56687, 56696, 56704, 56713, 56723, 56734, 56744, 56754, 56765, 56775, 56786, 56790, 56805, 56815, 56832, 56845, 56862, 56877, 56894, 56910, 56932, 56950, 56972, 56995, 57013, 57027, 57042, 57060, 57075, 57091, 57117, 57133, 57147, 57162, 57180, 57194, 57203, 57210, 57225, 57240, 57254, 57270, 57291, 57307, 57319, 57332, 57348, 57361, 57375, 57387, 57400, 57416, 57422, 57445, 57464, 57483, 57493, 57511, 57525, 57539, 57548, 57555, 57572, 57587, 57600, 57607, 57619, 57635, 57649, 57661, 57671, 57687, 57710, 57740, 57752, 57765, 57777, 57789, 57802, 57817, 57833, 57845, 57858, 57873, 57887, 57898, 57912, 57927, 57943, 57957, 57975, 57986, 58001, 58027, 58038, 58048, 58059, 58074, 58087, 58101, 58116, 58128, 58144, 58167, 58186, 58208, 58230, 58253, 58281, 58300, 58321, 58344, 58367, 58390, 58414, 58443, 58463, 58485, 58509, 58522, 58536, 58550, 58564, 58580, 58596, 58609, 58623, 58640, 58653, 58667, 58682, 58697, 58710, 58724, 58737, 58751, 58766, 58783, 58798, 58815, 58829, 58840, 58851, 58864, 58874, 58885, 58897, 58908, 58919, 58931, 58947, 58964, 58979, 58996, 59016, 59027, 59042, 59064, 59082, 59095, 59113, 59131, 59144, 59156, 59173, 59189, 59202, 59211, 59219, 59227, 59238, 59251, 59263, 59275, 59289, 59301, 59315, 59328, 59345, 59359, 59369, 59378, 59387, 59400, 59415, 59421, 59438, 59450, 59464, 59476, 59479, 59483, 59495, 59504, 59514, 59528, 59538, 59552, 59562, 59578, 59595, 59610, 59625, 59640, 59650, 59661, 59675, 59685, 59696, 59710, 59724, 59739, 59749, 59760, 59771, 59792, 59810, 59826, 59844, 59864, 59881, 59900, 59916, 59934, 59950, 59970, 59989, 60011, 60028, 60045, 60064, 60083, 60108, 60124, 60135, 60150, 60164, 60181, 60196, 60214, 60231, 60248, 60267, 60291, 60309, 60328, 60352, 60371, 60389, 60417, 60435, 60455, 60477, 60497, 60519, 60535, 60553, 60573, 60595, 60611, 60618, 60630, 60643, 60655, 60665, 60677, 60690, 60703, 60715, 60732, 60751, 60772, 60798, 60824, 60854, 60874, 60892, 60903, 60919, 60929, 60938, 60954, 60964, 60976, 60989, 61006, 61021, 61036, 61046, 61057, 61064, 61076, 61092, 61105, 61116, 61128, 61143, 61154, 61166, 61180, 61191, 61201, 61215, 61231, 61243, 61262, 61281, 61286, 61297, 61313, 61330, 61351, 61368, 61388, 61406, 61425, 61442, 61459, 61480, 61499, 61519, 61537, 61555, 61563, 61574, 61581, 61589, 61602, 61612, 61622, 61636, 61645, 61654, 61671, 61681, 61692, 61702, 61712, 61730, 61741, 61753, 61764, 61775, 61794, 61806, 61819, 61824, 61834, 61843, 61849, 61858, 61873, 61889, 61906, 61923, 61947, 61965, 61975, 61990, 61999, 62015, 62033, 62049, 62063, 62075, 62085, 62104, 62113, 62117, 62129, 62137, 62143, 62149, 62156, 62164, 62180, 62195, 62214, 62234, 62249, 62269, 62283, 62295, 62310, 62328, 62340, 62348, 62355, 62363, 62372, 62393, 62409, 62430, 62445, 62461, 62480, 62484, 62489, 62508, 62526, 62541, 62557, 62574, 62587, 62603, 62617, 62628, 62649, 62664, 62686, 62702, 62724, 62739, 62754, 62768, 62779, 62791, 62804, 62813, 62825, 62835, 62853, 62870, 62884, 62899, 62915, 62927, 62942, 62955, 62965, 62985, 62999, 63020, 63035, 63056, 63070, 63080, 63099, 63117, 63132, 63148, 63165, 63178, 63194, 63208, 63219, 63240, 63255, 63277, 63293, 63315, 63330, 63337, 63354, 63365, 63383, 63395, 63413, 63432, 63450, 63465, 63481, 63498, 63511, 63527, 63541, 63552, 63573, 63588, 63610, 63626, 63648, 63663, 63683, 63702, 63718, 63735, 63753, 63767, 63784, 63799, 63811, 63833, 63849, 63872, 63889, 63912, 63928, 63939, 63959, 63978, 63994, 64011, 64029, 64043, 64060, 64075, 64087, 64109, 64125, 64148, 64165, 64188, 64204, 64212, 64224, 64232, 64242, 64252, 64259, 64266, 64274, 64279, 64292, 64304, 64321, 64337, 64350, 64359, 64367, 64381, 64397, 64415, 64423, 64435, 64449, 64461, 64479, 64490, 64502, 64516, 64525, 64534, 64542, 64551, 64559, 64568, 64576, 64584, 64590, 64595, 64601, 64609, 64613, 64619, 64629, 64637, 64650, 64660, 64671, 64687, 64700, 64723, 64743, 64763, 64783, 64806, 64833, 64857, 64881, 64905, 64932, 64940, 64952, 64958, 64968, 64977, 64991, 65008, 65022, 65031, 65039, 65047, 65054, 65063, 65073, 65081, 65088, 65098, 65106, 65113, 65125, 65135, 65144, 65153, 65164, 65173, 65181, 65196, 65206, 65223, 65242, 65254, 65269, 65284, 65297, 65308, 65326, 65340, 65352, 65359, 65368, 65376, 65382, 65393, 65407, 65421, 65432, 65444, 65457, 65470, 65480, 65491, 65499, 65512, 65526, 65536, 65549, 65561, 65573, 65586, 65599, 65609, 65620, 65630, 65641, 65649, 65658, 65667, 65678, 65690, 65700, 65709, 65721, 65731, 65740, 65751, 65761, 65772, 65800, 65812, 65820, 65829, 65846, 65857, 65876, 65895, 65907, 65917, 65926, 65945, 65964, 65976, 65989, 65999, 66012, 66029, 66040, 66052, 66064, 66081, 66100, 66122, 66137, 66158, 66178, 66194, 66205, 66217, 66226, 66235, 66242, 66254, 66261, 66275, 66282, 66291, 66301, 66319, 66335, 66351, 66358, 66373, 66386, 66402, 66416, 66432, 66450, 66465, 66480, 66491, 66501, 66511, 66521, 66544, 66570, 66596, 66621, 66641, 66664, 66678, 66691, 66707, 66715, 66724, 66732, 66754, 66775, 66793, 66812, 66832, 66848, 66867, 66884, 66898, 66922, 66940, 66965, 66984, 67009, 67027, 67045, 67062, 67076, 67091, 67107, 67119, 67134, 67155, 67175, 67192, 67210, 67229, 67244, 67262, 67278, 67291, 67314, 67331, 67355, 67373, 67397, 67414, 67427, 67449, 67470, 67488, 67507, 67527, 67543, 67562, 67579, 67593, 67617, 67635, 67660, 67679, 67704, 67722, 67732, 67752, 67766, 67787, 67802, 67823, 67845, 67866, 67884, 67903, 67923, 67939, 67955, 67974, 67991, 68005, 68029, 68047, 68072, 68091, 68116, 68134, 68157, 68179, 68198, 68218, 68239, 68256, 68276, 68294, 68309, 68334, 68353, 68379, 68399, 68425, 68444, 68458, 68484, 68505, 68526, 68545, 68568, 68590, 68609, 68629, 68650, 68667, 68687, 68705, 68724, 68739, 68764, 68783, 68809, 68827, 68846, 68865, 68885, 68911, 68931, 68950, 68959, 68966, 68974, 68991, 69007, 69016, 69026, 69034, 69043, 69059, 69074, 69086, 69100, 69114, 69129, 69140, 69151, 69156, 69168, 69178, 69193, 69205, 69215, 69223, 69235, 69246, 69257, 69268, 69281, 69292, 69302, 69314, 69333, 69347, 69364, 69381, 69396, 69409, 69429, 69445, 69459, 69468, 69478, 69488, 69499, 69509, 69523, 69534, 69546, 69556, 69567, 69579, 69589, 69600, 69612, 69623, 69639, 69652, 69660, 69682, 69692, 69703, 69721, 69731, 69737, 69753, 69772, 69784, 69802, 69819, 69832, 69842, 69856, 69873, 69891, 69910, 69921, 69929, 69937, 69946, 69957, 69969, 69979, 69988, 70000, 70010, 70019, 70041, 70060, 70078, 70092, 70107, 70128, 70146, 70159, 70173, 70195, 70214, 70228, 70243, 70253, 70264, 70271, 70278, 70286, 70294, 70306, 70319, 70325, 70333, 70342, 70352, 70359, 70365, 70377, 70391, 70405, 70419, 70433, 70452, 70460, 70471, 70488, 70498, 70516, 70525, 70535, 70551, 70569, 70585, 70595, 70606, 70616, 70628, 70634, 70641, 70649, 70658, 70665, 70671, 70678, 70687, 70696, 70706, 70713, 70729, 70747, 70762, 70779, 70793, 70809, 70829, 70850, 70866, 70882, 70891, 70899, 70908, 70917, 70928, 70933, 70945, 70964, 70984, 71011, 71032, 71045, 71055, 71065, 71077, 71096, 71109, 71128, 71144, 71161, 71181, 71199, 71220, 71240, 71261, 71284, 71307, 71324, 71345, 71364, 71386, 71406, 71428, 71452, 71476, 71495, 71507, 71516, 71526, 71543, 71556, 71583, 71599, 71622, 71633, 71642, 71652, 71666, 71675, 71684, 71692, 71696, 71701, 71707, 71730, 71750, 71769, 71784, 71800, 71822, 71841, 71855, 71870, 71893, 71913, 71928, 71944, 71955, 71967, 71982, 71994, 72005, 72013, 72019, 72037, 72060, 72078, 72096, 72112, 72124, 72130, 72152, 72165, 72180, 72195, 72204, 72214, 72228, 72247, 72267, 72280, 72294, 72309, 72316, 72324, 72336, 72353, 72371, 72382, 72394, 72407, 72413, 72432, 72441, 72448, 72465, 72473, 72482, 72493, 72505, 72515, 72524, 72536, 72546, 72555, 72567, 72581, 72584, 72588, 72597, 72607, 72615, 72628, 72655, 72666, 72684, 72696, 72707, 72723, 72732, 72742, 72753, 72765, 72778, 72792, 72805, 72818, 72832, 72845, 72859, 72867, 72876, 72890, 72905, 72918, 72934, 72940, 72950, 72959, 72969, 72977, 72987, 72997, 73015, 73032, 73054, 73075, 73093, 73107, 73120, 73139, 73160, 73183, 73196, 73213, 73228, 73246, 73265, 73281, 73298, 73321, 73337, 73354, 73369, 73391, 73410, 73417, 73427, 73434, 73453, 73469, 73487, 73507, 73521, 73536, 73552, 73565, 73579, 73599, 73612, 73627, 73636, 73645, 73661, 73673, 73686, 73700, 73712, 73738, 73753, 73775, 73786, 73802, 73817, 73829, 73841, 73856, 73872, 73882, 73890, 73902, 73920, 73940, 73958, 73973, 73993, 74005, 74014, 74021, 74034, 74052, 74071, 74089, 74107, 74125, 74137, 74163, 74178, 74197, 74212, 74229, 74237, 74264, 74280, 74292, 74301, 74311, 74327, 74333, 74340, 74348, 74362, 74377, 74389, 74402, 74421, 74430, 74443, 74457, 74463, 74470, 74480, 74490, 74508, 74519, 74531, 74542, 74553, 74572, 74584, 74597, 74609, 74621, 74641, 74654, 74668, 74673, 74679, 74696, 74704, 74716, 74720, 74725, 74746, 74764, 74781, 74794, 74808, 74819, 74830, 74843, 74863, 74880, 74892, 74905, 74926, 74944, 74957, 74971, 74980, 74991, 74999, 75009, 75024, 75031, 75040, 75046, 75060, 75077, 75095, 75108, 75122, 75137, 75146, 75158, 75166, 75181, 75197, 75214, 75228, 75244, 75257, 75272, 75291, 75300, 75309, 75317, 75324, 75333, 75344, 75356, 75366, 75377, 75386, 75396, 75403, 75412, 75422, 75440, 75452, 75472, 75492, 75505, 75516, 75526, 75546, 75566, 75577, 75591, 75603, 75615, 75623, 75628, 75639, 75651, 75662, 75677, 75705, 75716, 75727, 75739, 75750, 75777, 75789, 75802, 75812, 75828, 75838, 75852, 75867, 75883, 75898, 75905, 75920, 75934, 75945, 75958, 75971, 75985, 75997, 76010, 76017, 76025, 76041, 76070, 76082, 76094, 76107, 76135, 76148, 76162, 76177, 76193, 76210, 76226, 76232, 76247, 76260, 76275, 76286, 76296, 76307, 76316, 76326, 76335, 76345, 76361, 76373, 76386, 76404, 76420, 76439, 76447, 76456, 76466, 76477, 76493, 76500, 76508, 76520, 76534, 76548, 76562, 76576, 76585, 76595, 76602, 76619, 76635, 76646, 76656, 76666, 76682, 76693, 76708, 76715, 76723, 76730, 76736, 76743, 76750, 76757, 76766, 76776, 76783, 76790, 76807, 76823, 76834, 76844, 76854, 76870, 76877, 76891, 76906, 76921, 76938, 76968, 76981, 76994, 77015, 77029, 77058, 77072, 77087, 77103, 77120, 77138, 77155, 77173, 77204, 77218, 77232, 77247, 77277, 77292, 77308, 77325, 77343, 77362, 77380, 77387, 77395, 77406, 77417, 77436, 77448, 77461, 77474, 77491, 77499, 77521, 77530, 77542, 77554, 77574, 77587, 77601, 77611, 77622, 77632, 77641, 77651, 77664, 77677, 77698, 77712, 77727, 77735, 77743, 77747, 77756, 77765, 77775, 77785, 77796, 77809, 77828, 77834, 77844, 77856, 77861, 77869, 77881, 77896, 77914, 77927, 77943, 77954, 77964, 77973, 77982, 78002, 78020, 78033, 78050, 78072, 78095, 78111, 78128, 78146, 78164, 78187, 78211, 78228, 78246, 78265, 78275, 78284, 78290, 78312, 78334, 78359, 78384, 78393, 78405, 78413, 78425, 78439, 78448, 78460, 78469, 78479, 78490, 78500, 78512, 78526, 78537, 78546, 78568, 78584, 78596, 78609, 78627, 78648, 78660, 78671, 78683, 78700, 78722, 78745, 78761, 78778, 78796, 78809, 78823, 78841, 78864, 78888, 78905, 78931, 78954, 78978, 78996, 79015, 79029, 79043, 79055, 79062, 79070, 79078, 79087, 79098, 79108, 79118, 79126, 79135, 79144, 79152, 79163, 79175, 79190, 79203, 79211, 79222, 79239, 79249, 79256, 79271, 79284, 79297, 79310, 79322, 79330, 79339, 79352, 79364, 79375, 79384, 79393, 79402, 79413, 79422, 79426, 79434, 79446, 79454, 79465, 79479, 79489, 79502, 79511, 79524, 79533, 79544, 79559, 79570, 79590, 79605, 79623, 79634, 79644, 79664, 79682, 79695, 79709, 79726, 79742, 79754, 79761, 79768, 79776, 79789, 79793, 79798, 79818, 79836, 79841, 79847, 79852, 79858, 79865, 79883, 79902, 79918, 79935, 79952, 79956, 79961, 79978, 79993, 80011, 80028, 80046, 80066, 80086, 80100, 80118, 80134, 80153, 80170, 80189, 80210, 80231, 80247, 80254, 80273, 80288, 80308, 80322, 80346, 80354, 80378, 80395, 80428, 80454, 80479, 80503, 80528, 80553, 80583, 80616, 80632, 80647, 80663, 80679, 80700, 80734, 80761, 80787, 80812, 80838, 80864, 80895, 80929, 80953, 80967, 80973, 80988, 81005, 81020, 81028, 81031, 81040, 81050, 81061, 81068, 81076, 81088, 81101, 81121, 81138, 81156, 81162, 81169, 81176, 81185, 81190, 81205, 81219, 81227, 81242, 81259, 81274, 81286, 81295, 81304, 81311, 81319, 81330, 81342, 81357, 81378, 81403, 81429, 81456, 81476, 81496, 81517, 81537, 81558, 81566, 81572, 81578, 81584, 81588, 81593, 81600, 81620, 81639, 81653, 81666, 81679, 81698, 81708, 81720, 81735, 81748, 81765, 81773, 81785, 81793, 81806, 81819, 81830, 81841, 81852, 81862, 81871, 81880, 81894, 81901, 81912, 81919, 81930, 81948, 81962, 81969, 81977, 81984, 81991, 81999, 82017, 82030, 82043, 82059, 82076, 82085, 82093, 82102, 82119, 82137, 82146, 82156, 82180, 82193, 82217, 82239, 82256, 82273, 82291, 82306, 82322, 82341, 82361, 82375, 82386, 82398, 82407, 82422, 82450, 82461, 82472, 82484, 82495, 82522, 82534, 82547, 82561, 82576, 82592, 82607, 82623, 82652, 82664, 82676, 82689, 82717, 82730, 82744, 82759, 82775, 82792, 82808, 82818, 82835, 82840, 82845, 82851, 82860, 82867, 82874, 82882, 82889, 82899, 82911, 82925, 82937, 82950, 82959, 82969, 82976, 82984, 82991, 82998, 83006, 83014, 83031, 83046, 83051, 83063, 83084, 83102, 83119, 83132, 83146, 83157, 83169, 83182, 83195, 83210, 83225, 83240, 83256, 83272, 83290, 83301, 83317, 83333, 83350, 83367, 83386, 83398, 83418, 83435, 83447, 83460, 83481, 83499, 83512, 83526, 83534, 83543, 83559, 83575, 83592, 83609, 83628, 83640, 83653, 83669, 83679, 83688, 83698, 83704, 83711, 83723, 83729, 83736, 83751, 83767, 83775, 83784, 83808, 83829, 83849, 83865, 83882, 83905, 83925, 83940, 83956, 83980, 84001, 84017, 84034, 84046, 84059, 84067, 84072, 84078, 84095, 84102, 84111, 84119, 84138, 84151, 84170, 84189, 84207, 84227, 84252, 84272, 84288, 84305, 84325, 84342, 84360, 84376, 84393, 84413, 84425, 84442, 84459, 84475, 84493, 84516, 84534, 84548, 84563, 84581, 84596, 84612, 84626, 84641, 84659, 84665, 84680, 84708, 84719, 84735, 84746, 84758, 84777, 84804, 84816, 84829, 84841, 84854, 84868, 84883, 84899, 84914, 84923, 84935, 84947, 84964, 84973, 84986, 85002, 85031, 85043, 85055, 85068, 85096, 85109, 85123, 85138, 85154, 85171, 85187, 85205, 85215, 85226, 85238, 85245, 85253, 85261, 85270, 85280, 85291, 85302, 85311, 85324, 85333, 85343, 85355, 85360, 85372, 85385, 85400, 85405, 85410, 85416, 85430, 85445, 85457, 85468, 85480, 85491, 85503, 85514, 85527, 85544, 85558, 85574, 85586, 85598, 85612, 85628, 85642, 85658, 85671, 85681, 85693, 85711, 85726, 85742, 85757, 85773, 85791, 85806, 85820, 85834, 85850, 85869, 85879, 85885, 85892, 85906, 85921, 85930, 85939, 85949, 85960, 85964, 85980, 85994, 86007, 86018, 86027, 86041, 86058, 86073, 86086, 86093, 86101, 86116, 86131, 86144, 86155, 86168, 86178, 86193, 86204, 86214, 86225, 86244, 86259, 86276, 86290, 86300, 86311, 86330, 86345, 86362, 86376, 86385, 86395, 86413, 86427, 86443, 86456, 86469, 86481, 86502, 86519, 86538, 86554, 86575, 86594, 86612, 86628, 86642, 86661, 86683, 86703, 86721, 86741, 86759, 86779, 86795, 86810, 86826, 86841, 86857, 86871, 86886, 86904, 86921, 86939, 86961, 86979, 86996, 87009, 87033, 87053, 87075, 87094, 87119, 87140, 87163, 87183, 87200, 87217, 87230, 87243, 87258, 87270, 87282, 87306, 87316, 87330, 87345, 87355, 87368, 87387, 87412, 87441, 87471, 87502, 87526, 87550, 87575, 87599, 87624, 87643, 87658, 87676, 87689, 87706, 87724, 87746, 87764, 87783, 87803, 87816, 87830, 87845, 87857, 87873, 87890, 87911, 87928, 87946, 87965, 87977, 87990, 88004, 88013, 88023, 88029, 88036, 88042, 88052, 88057, 88065, 88076, 88089, 88094, 88103, 88113, 88117, 88122, 88127, 88136, 88151, 88167, 88181, 88196, 88202, 88208, 88219, 88233, 88244, 88256, 88265, 88275, 88288, 88306, 88318, 88338, 88358, 88371, 88382, 88397, 88407, 88427, 88447, 88458, 88472, 88486, 88503, 88512, 88519, 88531, 88544, 88556, 88569, 88584, 88612, 88623, 88638, 88659, 88670, 88686, 88705, 88723, 88747, 88766, 88790, 88815, 88840, 88852, 88873, 88895, 88922, 88934, 88947, 88961, 88976, 88998, 89014, 89029, 89045, 89074, 89086, 89098, 89111, 89139, 89152, 89166, 89181, 89197, 89214, 89230, 89236, 89252, 89266, 89279, 89293, 89300, 89310, 89323, 89329, 89335, 89350, 89365, 89384, 89396, 89407, 89418, 89434, 89446, 89462, 89475, 89492, 89511, 89525, 89539, 89555, 89567, 89581, 89597, 89611, 89627, 89640, 89650, 89662, 89677, 89691, 89707, 89726, 89733, 89740, 89748, 89756, 89769, 89780, 89791, 89800, 89807, 89817, 89828, 89840, 89848, 89871, 89892, 89912, 89930, 89951, 89975, 89997, 90017, 90036, 90056, 90076, 90094, 90107, 90121, 90133, 90149, 90166, 90182, 90199, 90207, 90219, 90230, 90241, 90253, 90278, 90293, 90318, 90341, 90359, 90378, 90395, 90410, 90419, 90427, 90441, 90459, 90478, 90501, 90525, 90550, 90568, 90586, 90605, 90623, 90642, 90665, 90692, 90720, 90749, 90771, 90793, 90816, 90838, 90861, 90880, 90900, 90913, 90926, 90945, 90968, 90992, 91017, 91035, 91053, 91072, 91090, 91109, 91123, 91136, 91150, 91159, 91168, 91178, 91189, 91201, 91212, 91223, 91232, 91241, 91251, 91263, 91274, 91286, 91296, 91307, 91315, 91339, 91360, 91380, 91396, 91413, 91436, 91456, 91471, 91487, 91499, 91523, 91544, 91565, 91588, 91608, 91630, 91649, 91665, 91686, 91711, 91728, 91740, 91753, 91766, 91785, 91802, 91807, 91813, 91822, 91837, 91856, 91870, 91878, 91900, 91917, 91932, 91949, 91968, 91988, 92001, 92016, 92032, 92054, 92074, 92089, 92105, 92124, 92142, 92156, 92171, 92185, 92198, 92216, 92232, 92245, 92251, 92258, 92266, 92271, 92277, 92288, 92305, 92324, 92346, 92356, 92379, 92389, 92398, 92405, 92411, 92419, 92433, 92449, 92463, 92474, 92486, 92498, 92510, 92520, 92526, 92533, 92542, 92552, 92562, 92568, 92588, 92600, 92614, 92632, 92651, 92671, 92692, 92716, 92738, 92761, 92785, 92810, 92830, 92854, 92874, 92894, 92915, 92931, 92943, 92959, 92976, 92985, 93001, 93010, 93016, 93028, 93040, 93046, 93057, 93066, 93075, 93081, 93091, 93101, 93115, 93133, 93144, 93154, 93165, 93177, 93189, 93208, 93221, 93232, 93247, 93260, 93274, 93290, 93303, 93318, 93331, 93342, 93353, 93365, 93377, 93389, 93401, 93417, 93439, 93454, 93485, 93509, 93532, 93554, 93577, 93600, 93628, 93659, 93673, 93686, 93700, 93714, 93733, 93765, 93790, 93814, 93837, 93861, 93885, 93914, 93946, 93968, 93980, 93991, 94003, 94012, 94022, 94042, 94064, 94079, 94100, 94116, 94135, 94154, 94171, 94191, 94210, 94229, 94245, 94261, 94277, 94290, 94306, 94325, 94345, 94359, 94377, 94388, 94402, 94418, 94434, 94453, 94482, 94492, 94503, 94513, 94524, 94544, 94565, 94577, 94587, 94600, 94611, 94623, 94636, 94650, 94664, 94685, 94707, 94725, 94744, 94758, 94767, 94778, 94790, 94800, 94811, 94821, 94835, 94850, 94860, 94880, 94901, 94910, 94920, 94935, 94956, 94975, 94996, 95013, 95029, 95045, 95060, 95079, 95097, 95116, 95139, 95158, 95173, 95184, 95194, 95212, 95232, 95245, 95264, 95278, 95295, 95312, 95327, 95345, 95362, 95379, 95393, 95407, 95421, 95432, 95446, 95463, 95481, 95493, 95509, 95518, 95530, 95544, 95558, 95575, 95602, 95607, 95624, 95635, 95654, 95674, 95686, 95697, 95721, 95740, 95758, 95773, 95785, 95802, 95817, 95845, 95868, 95890, 95909, 95930, 95946, 95961, 95974, 95987, 96001, 96016, 96032, 96044, 96054, 96065, 96073, 96082, 96091, 96101, 96112, 96124, 96143, 96163, 96192, 96216, 96239, 96259, 96273, 96288, 96301, 96312, 96324, 96334, 96345, 96361, 96378, 96395, 96411, 96431, 96452, 96469, 96487, 96505, 96520, 96534, 96555, 96575, 96588, 96608, 96627, 96638, 96657, 96677, 96690, 96704, 96712, 96721, 96735, 96748, 96761, 96776, 96795, 96816, 96829, 96844, 96861, 96879, 96901, 96919, 96938, 96958, 96971, 96987, 97001, 97016, 97030, 97042, 97053, 97069, 97084, 97095, 97107, 97118, 97128, 97141, 97146, 97164, 97180, 97195, 97208, 97219, 97237, 97253, 97263, 97282, 97299, 97314, 97327, 97338, 97347, 97361, 97373, 97383, 97392, 97401, 97412, 97427, 97444, 97453, 97464, 97477, 97491, 97509, 97523, 97538, 97554, 97563, 97575, 97585, 97596, 97605, 97619, 97631, 97651, 97669, 97689, 97708, 97726, 97745, 97751, 97766, 97784, 97808, 97827, 97847, 97868, 97884, 97901, 97914, 97933, 97955, 97983, 98006, 98030, 98055, 98075, 98096, 98118, 98143, 98174, 98200, 98227, 98255, 98278, 98302, 98313, 98325, 98334, 98344, 98364, 98379, 98395, 98413, 98430, 98449, 98468, 98483, 98499, 98514, 98530, 98543, 98562, 98576, 98587, 98602, 98621, 98639, 98661, 98680, 98699, 98718, 98740, 98750, 98761, 98781, 98802, 98812, 98822, 98835, 98846, 98858, 98879, 98901, 98919, 98938, 98955, 98975, 99001, 99022, 99044, 99067, 99085, 99104, 99114, 99126, 99146, 99167, 99176, 99186, 99207, 99223, 99240, 99258, 99278, 99298, 99315, 99332, 99346, 99366, 99381, 99393, 99413, 99425, 99434, 99441, 99449, 99467, 99486, 99501, 99516, 99532, 99549, 99565, 99581, 99598, 99611, 99624, 99643, 99663, 99679, 99695, 99712, 99730, 99747, 99761, 99776, 99790, 99810, 99831, 99848, 99865, 99883, 99902, 99920, 99941, 99963, 99981, 99999, 100018, 100038, 100057, 100064, 100076, 100087, 100094, 100107, 100113, 100125, 100137, 100148, 100158, 100179, 100200, 100220, 100239, 100259, 100277, 100288, 100297, 100307, 100319, 100331, 100343, 100347, 100353, 100366, 100378, 100391, 100400, 100416, 100433, 100443, 100454, 100477, 100492, 100506, 100519, 100532, 100552, 100566, 100579, 100593, 100603, 100613, 100623, 100633, 100649, 100660, 100670, 100681, 100693, 100706, 100717, 100731, 100746, 100766, 100777, 100790, 100808, 100820, 100839, 100855, 100867, 100878, 100896, 100907, 100923, 100934, 100944, 100962, 100972, 100983, 100990, 101006, 101019, 101026, 101039, 101053, 101063, 101080, 101098, 101109, 101121, 101136, 101150, 101165, 101179, 101194, 101205, 101216, 101228, 101241, 101255, 101269, 101284, 101295, 101313, 101332, 101344, 101357, 101373, 101388, 101404, 101419, 101431, 101443, 101456, 101470, 101485, 101499, 101514, 101526, 101541, 101562, 101581, 101602, 101619, 101635, 101651, 101666, 101685, 101703, 101722, 101745, 101764, 101773, 101781, 101790, 101811, 101824, 101836, 101847, 101858, 101876, 101888, 101898, 101909, 101922, 101940, 101956, 101979, 101992, 102006, 102023, 102046, 102062, 102083, 102098, 102120, 102133, 102145, 102164, 102181, 102205, 102219, 102234, 102252, 102276, 102293, 102315, 102331, 102354, 102366, 102373, 102382, 102389, 102403, 102425, 102442, 102455, 102467, 102486, 102499, 102512, 102530, 102549, 102567, 102588, 102596, 102604, 102612, 102627, 102650, 102668, 102682, 102695, 102715, 102729, 102743, 102762, 102782, 102801, 102823, 102832, 102840, 102848, 102862, 102871, 102885, 102905, 102923, 102943, 102959, 102974, 102989, 103003, 103021, 103038, 103056, 103078, 103096, 103104, 103113, 103120, 103126, 103135, 103145, 103153, 103160, 103170, 103180, 103191, 103199, 103205, 103212, 103226, 103239, 103255, 103276, 103291, 103302, 103313, 103327, 103340, 103349, 103361, 103380, 103394, 103406, 103419, 103434, 103449, 103462, 103474, 103488, 103501, 103512, 103521, 103533, 103546, 103558, 103570, 103583, 103601, 103616, 103625, 103636, 103652, 103662, 103672, 103689, 103703, 103719, 103728, 103734, 103740, 103757, 103767, 103776, 103785, 103799, 103811, 103820, 103828, 103843, 103858, 103871, 103885, 103900, 103910, 103921, 103935, 103952, 103970, 103989, 104001, 104014, 104039, 104056, 104072, 104087, 104102, 104124, 104140, 104155, 104171, 104188, 104200, 104212, 104224, 104236, 104254, 104267, 104278, 104290, 104303, 104318, 104331, 104345, 104360, 104373, 104387, 104403, 104420, 104430, 104452, 104465, 104480, 104500, 104514, 104528, 104549, 104564, 104577, 104591, 104609, 104625, 104641, 104655, 104668, 104683, 104697, 104709, 104729, 104737, 104746, 104762, 104773, 104791, 104808, 104821, 104834, 104848, 104862, 104877, 104891, 104906, 104920, 104937, 104943, 104957, 104979, 104996, 105009, 105021, 105040, 105053, 105066, 105084, 105103, 105121, 105142, 105155, 105171, 105190, 105210, 105226, 105249, 105273, 105290, 105308, 105329, 105349, 105370, 105390, 105407, 105424, 105442, 105461, 105481, 105501, 105522, 105539, 105563, 105588, 105606, 105625, 105647, 105668, 105690, 105711, 105729, 105747, 105766, 105786, 105807, 105814, 105823, 105838, 105856, 105879, 105895, 105910, 105921, 105942, 105958, 105972, 105987, 106004, 106021, 106037, 106052, 106065, 106070, 106080, 106086, 106093, 106101, 106106, 106112, 106124, 106138, 106150, 106159, 106166, 106171, 106181, 106194, 106203, 106213, 106222, 106238, 106252, 106269, 106286, 106301, 106319, 106335, 106351, 106366, 106380, 106405, 106430, 106454, 106477, 106501, 106523, 106538, 106551, 106558, 106567, 106579, 106588, 106599, 106608, 106618, 106632, 106648, 106663, 106682, 106701, 106719, 106736, 106764, 106792, 106819, 106845, 106872, 106897, 106915, 106931, 106940, 106950, 106962, 106972, 106982, 106991, 107003, 107010, 107018, 107027, 107037, 107051, 107069, 107091, 107110, 107128, 107142, 107157, 107168, 107189, 107207, 107220, 107234, 107244, 107266, 107285, 107304, 107325, 107343, 107363, 107380, 107394, 107413, 107436, 107451, 107461, 107470, 107482, 107493, 107504, 107517, 107525, 107534, 107545, 107555, 107561, 107576, 107590, 107608, 107611, 107619, 107632, 107635, 107651, 107659, 107668, 107680, 107692, 107708, 107714, 107732, 107745, 107756, 107768, 107778, 107784, 107795, 107806, 107815, 107822, 107830, 107841, 107850, 107860, 107873, 107885, 107897, 107910, 107924, 107942, 107961, 107974, 107981, 107992, 108009, 108019, 108029, 108047, 108064, 108085, 108103, 108117, 108130, 108143, 108160, 108179, 108187, 108196, 108203, 108211, 108222, 108231, 108240, 108250, 108254, 108259, 108273, 108288, 108304, 108310, 108337, 108342, 108351, 108357, 108368, 108380, 108394, 108406, 108423, 108437, 108449, 108462, 108476, 108487, 108497, 108519, 108526, 108541, 108559, 108572, 108586, 108601, 108613, 108623, 108631, 108641, 108651, 108657, 108663, 108669, 108679, 108689, 108701, 108714, 108726, 108736, 108746, 108757, 108774, 108780, 108787, 108795, 108804, 108813, 108823, 108840, 108856, 108870, 108891, 108911, 108929, 108948, 108963, 108985, 109000, 109009, 109033, 109042, 109052, 109062, 109074, 109087, 109094, 109108, 109119, 109128, 109143, 109154, 109165, 109179, 109191, 109204, 109216, 109227, 109239, 109248, 109255, 109266, 109276, 109289, 109298, 109307, 109315, 109325, 109336, 109345, 109353, 109364, 109373, 109381, 109396, 109412, 109424, 109436, 109449, 109463, 109476, 109486, 109496, 109507, 109517, 109527, 109539, 109549, 109558, 109574, 109587, 109604, 109620, 109633, 109646, 109662, 109676, 109690, 109705, 109719, 109736, 109754, 109768, 109782, 109797, 109813, 109828, 109841, 109850, 109864, 109878, 109883, 109891, 109900, 109909, 109916, 109924, 109936, 109950, 109964, 109974, 109987, 109994, 110001, 110010, 110018, 110031, 110037, 110051, 110061, 110066, 110072, 110081, 110096, 110109, 110123, 110135, 110147, 110163, 110177, 110192, 110205, 110218, 110229, 110241, 110257, 110270, 110279, 110290, 110304, 110316, 110325, 110337, 110351, 110365, 110374, 110390, 110407, 110425, 110444, 110454, 110463, 110477, 110490, 110509, 110529, 110550, 110572, 110580, 110587, 110606, 110620, 110635, 110653, 110669, 110687, 110705, 110720, 110738, 110753, 110765, 110783, 110796, 110806, 110824, 110831, 110840, 110862, 110886, 110913, 110922, 110929, 110940, 110956, 110965, 110984, 110992, 111001, 111013, 111026, 111041, 111058, 111070, 111083, 111099, 111113, 111129, 111145, 111167, 111180, 111196, 111213, 111226, 111240, 111263, 111273, 111283, 111295, 111311, 111326, 111337, 111350, 111360, 111368, 111381, 111396, 111406, 111422, 111433, 111443, 111458, 111472, 111481, 111491, 111499, 111504, 111510, 111520, 111535, 111548, 111559, 111575, 111587, 111600, 111609, 111623, 111633, 111652, 111669, 111684, 111704, 111720, 111737, 111757, 111776, 111793, 111817, 111840, 111861, 111883, 111901, 111908, 111917, 111927, 111933, 111943, 111950, 111961, 111968, 111983, 111995, 112006, 112018, 112031, 112044, 112058, 112070, 112086, 112100, 112115, 112132, 112146, 112162, 112176, 112188, 112201, 112214, 112227, 112240, 112251, 112263, 112276, 112290, 112305, 112320, 112335, 112345, 112357, 112370, 112381, 112393, 112404, 112419, 112435, 112446, 112462, 112474, 112481, 112488, 112499, 112510, 112515, 112525, 112536, 112548, 112558, 112573, 112585, 112599, 112611, 112621, 112632, 112643, 112654, 112664, 112678, 112688, 112694, 112701, 112721, 112728, 112733, 112738, 112744, 112750, 112758, 112775, 112802, 112825, 112848, 112859, 112869, 112886, 112903, 112918, 112934, 112950, 112968, 112985, 112999, 113014, 113037, 113055, 113069, 113084, 113097, 113115, 113130, 113145, 113161, 113178, 113195, 113212, 113231, 113250, 113266, 113284, 113302, 113316, 113329, 113344, 113362, 113376, 113396, 113411, 113421, 113437, 113447, 113452, 113458, 113467, 113476, 113493, 113503, 113514, 113520, 113530, 113540, 113558, 113569, 113581, 113592, 113603, 113622, 113634, 113647, 113653, 113666, 113684, 113695, 113707, 113727, 113745, 113760, 113787, 113807, 113826, 113844, 113863, 113882, 113906, 113933, 113948, 113958, 113969, 113978, 113988, 113997, 114013, 114026, 114046, 114060, 114076, 114090, 114110, 114131, 114162, 114187, 114206, 114223, 114235, 114245, 114256, 114266, 114277, 114292, 114308, 114321, 114339, 114358, 114387, 114410, 114427, 114444, 114468, 114493, 114528, 114557, 114580, 114596, 114613, 114635, 114658, 114691, 114718, 114739, 114761, 114784, 114817, 114844, 114865, 114888, 114912, 114946, 114974, 114996, 115014, 115042, 115064, 115080, 115098, 115115, 115131, 115159, 115180, 115200, 115219, 115239, 115259, 115284, 115312, 115330, 115349, 115367, 115386, 115415, 115438, 115455, 115474, 115494, 115524, 115548, 115566, 115580, 115591, 115615, 115633, 115645, 115655, 115664, 115680, 115692, 115709, 115721, 115734, 115749, 115764, 115778, 115795, 115810, 115824, 115840, 115861, 115881, 115901, 115922, 115937, 115953, 115974, 115993, 116009, 116024, 116038, 116055, 116073, 116088, 116104, 116129, 116150, 116165, 116182, 116201, 116218, 116237, 116250, 116265, 116281, 116298, 116317, 116330, 116346, 116358, 116365, 116371, 116384, 116397, 116408, 116420, 116432, 116446, 116459, 116469, 116480, 116499, 116513, 116523, 116534, 116543, 116557, 116568, 116579, 116591, 116604, 116617, 116630, 116645, 116660, 116672, 116686, 116700, 116710, 116719, 116730, 116744, 116754, 116770, 116781, 116794, 116804, 116813, 116828, 116843, 116850, 116869, 116884, 116901, 116919, 116937, 116951, 116966, 116975, 116992, 117005, 117020, 117036, 117052, 117064, 117077, 117083, 117090, 117103, 117118, 117129, 117140, 117152, 117165, 117175, 117187, 117193, 117199, 117212, 117227, 117240, 117250, 117262, 117270, 117281, 117292, 117303, 117313, 117329, 117349, 117365, 117377, 117393, 117405, 117419, 117437, 117451, 117456, 117467, 117471, 117480, 117500, 117515, 117531, 117550, 117567, 117594, 117613, 117632, 117648, 117672, 117695, 117711, 117724, 117743, 117757, 117780, 117793, 117804, 117821, 117842, 117863, 117882, 117896, 117910, 117932, 117944, 117955, 117967, 117977, 117985, 117995, 118010, 118024, 118037, 118049, 118066, 118076, 118083, 118094, 118107, 118115, 118124, 118139, 118155, 118172, 118189, 118198, 118208, 118227, 118258, 118287, 118321, 118352, 118386, 118417, 118450, 118478, 118497, 118511, 118526, 118549, 118570, 118596, 118619, 118639, 118665, 118688, 118713, 118733, 118757, 118779, 118794, 118817, 118826, 118839, 118852, 118862, 118878, 118890, 118898, 118908, 118922, 118934, 118943, 118953, 118964, 118980, 118995, 119008, 119018, 119036, 119046, 119054, 119080, 119103, 119125, 119147, 119167, 119180, 119196, 119213, 119231, 119244, 119258, 119269, 119282, 119299, 119312, 119329, 119337, 119366, 119393, 119425, 119454, 119486, 119515, 119546, 119572, 119585, 119606, 119625, 119649, 119670, 119694, 119715, 119738, 119756, 119765, 119775, 119800, 119815, 119831, 119846, 119860, 119869, 119880, 119895, 119910, 119922, 119928, 119941, 119953, 119973, 119994, 120007, 120022, 120039, 120059, 120080, 120096, 120127, 120148, 120163, 120183, 120199, 120218, 120234, 120250, 120266, 120285, 120300, 120316, 120332, 120350, 120371, 120393, 120410, 120442, 120456, 120475, 120492, 120512, 120534, 120559, 120585, 120606, 120642, 120656, 120670, 120685, 120699, 120719, 120733, 120752, 120767, 120785, 120800, 120815, 120830, 120848, 120862, 120878, 120895, 120911, 120927, 120945, 120966, 120988, 121005, 121037, 121059, 121083, 121112, 121133, 121153, 121173, 121187, 121206, 121221, 121239, 121254, 121269, 121284, 121302, 121317, 121333, 121349, 121371, 121387, 121408, 121425, 121445, 121462, 121479, 121496, 121516, 121538, 121562, 121591, 121612, 121632, 121653, 121668, 121688, 121704, 121723, 121739, 121755, 121771, 121790, 121806, 121824, 121843, 121869, 121889, 121914, 121935, 121959, 121980, 122001, 122022, 122046, 122058, 122071, 122092, 122105, 122118, 122136, 122156, 122181, 122198, 122214, 122229, 122245, 122269, 122287, 122310, 122329, 122351, 122370, 122389, 122408, 122430, 122442, 122465, 122490, 122520, 122542, 122563, 122573, 122591, 122606, 122621, 122633, 122646, 122669, 122694, 122724, 122746, 122767, 122787, 122809, 122836, 122855, 122873, 122890, 122909, 122931, 122954, 122972, 123005, 123022, 123040, 123057, 123077, 123091, 123110, 123125, 123143, 123158, 123173, 123188, 123206, 123217, 123228, 123245, 123264, 123286, 123309, 123327, 123360, 123382, 123398, 123419, 123436, 123456, 123473, 123490, 123507, 123527, 123546, 123563, 123582, 123604, 123627, 123645, 123678, 123700, 123716, 123737, 123754, 123774, 123791, 123808, 123825, 123845, 123860, 123881, 123901, 123915, 123931, 123950, 123970, 123985, 124015, 124030, 124047, 124067, 124088, 124104, 124135, 124149, 124164, 124184, 124198, 124217, 124232, 124250, 124265, 124280, 124295, 124313, 124339, 124359, 124384, 124405, 124429, 124450, 124471, 124492, 124516, 124542, 124562, 124587, 124608, 124632, 124653, 124674, 124695, 124719, 124743, 124761, 124784, 124803, 124825, 124844, 124863, 124882, 124904, 124932, 124954, 124981, 125004, 125030, 125053, 125076, 125099, 125125, 125136, 125148, 125155, 125173, 125186, 125200, 125217, 125232, 125257, 125274, 125291, 125305, 125327, 125348, 125362, 125373, 125390, 125402, 125423, 125432, 125451, 125468, 125480, 125490, 125502, 125530, 125556, 125587, 125615, 125646, 125674, 125704, 125729, 125740, 125752, 125772, 125790, 125813, 125833, 125850, 125873, 125893, 125915, 125932, 125944, 125958, 125965, 125970, 125976, 125988, 126006, 126024, 126041, 126057, 126084, 126111, 126137, 126162, 126188, 126212, 126229, 126244, 126249, 126257, 126263, 126277, 126285, 126310, 126326, 126346, 126363, 126381, 126394, 126409, 126421, 126444, 126471, 126494, 126508, 126526, 126546, 126566, 126582, 126602, 126622, 126636, 126650, 126675, 126700, 126725, 126751, 126766, 126777, 126789, 126801, 126813, 126829, 126845, 126861, 126874, 126888, 126890, 126892, 126894, 126897, 126899, 126901, 126903, 126905, 126907, 126909, 126911, 126913, 126924, 126930, 126940, 126953, 126961, 126970, 126980, 126991, 127000, 127009, 127019, 127030, 127039, 127048, 127059, 127075, 127085, 127098, 127112, 127118, 127126, 127139, 127150, 127155, 127161, 127170, 127184, 127203, 127218, 127239, 127251, 127269, 127288, 127301, 127322, 127335, 127351, 127365, 127380, 127397, 127407, 127422, 127434, 127447, 127458, 127478, 127488, 127499, 127521, 127535, 127552, 127567, 127583, 127601, 127624, 127639, 127657, 127673, 127690, 127709, 127721, 127727, 127735, 127750, 127766, 127780, 127796, 127815, 127840, 127858, 127878, 127893, 127913, 127939, 127958, 127979, 127990, 128004, 128014, 128029, 128042, 128056, 128075, 128087, 128100, 128114, 128132, 128139, 128152, 128160, 128172, 128187, 128194, 128207, 128221, 128232, 128242, 128259, 128277, 128292, 128311, 128326, 128340, 128349, 128358, 128376, 128393, 128415, 128432, 128443, 128468, 128493, 128512, 128535, 128545, 128561, 128578, 128592, 128612, 128633, 128651, 128673, 128691, 128702, 128712, 128728, 128742, 128761, 128778, 128798, 128814, 128827, 128847, 128858, 128875, 128891, 128908, 128925, 128943, 128962, 128976, 128991, 129009, 129022, 129034, 129046, 129057, 129067, 129084, 129097, 129100, 129104, 129115, 129127, 129132, 129138, 129151, 129162, 129175, 129190, 129203, 129214, 129229, 129242, 129254, 129266, 129276, 129290, 129308, 129321, 129338, 129353, 129363, 129374, 129380, 129394, 129406, 129420, 129436, 129450, 129462, 129475, 129491, 129503, 129517, 129528, 129534, 129547, 129563, 129583, 129599, 129609, 129620, 129631, 129637, 129656, 129676, 129699, 129722, 129742, 129764, 129773, 129792, 129808, 129821, 129836, 129851, 129864, 129881, 129893, 129903, 129920, 129939, 129961, 129983, 130002, 130023, 130036, 130045, 130055, 130079, 130106, 130133, 130157, 130183, 130196, 130219, 130245, 130271, 130294, 130319, 130332, 130343, 130357, 130375, 130392, 130404, 130423, 130443, 130453, 130467, 130485, 130498, 130515, 130525, 130531, 130549, 130551, 130567, 130584, 130604, 130624, 130641, 130660, 130669, 130683, 130689, 130705, 130718, 130728, 130740, 130752, 130762, 130776, 130785, 130792, 130806, 130822, 130841, 130860, 130876, 130894, 130905, 130921, 130931, 130937, 130945, 130958, 130970, 130977, 130998, 131022, 131046, 131067, 131090, 131100, 131120, 131143, 131166, 131186, 131208, 131218, 131226, 131237, 131252, 131266, 131275, 131291, 131308, 131324, 131342, 131357, 131376, 131383, 131394, 131409, 131419, 131433, 131440, 131445, 131453, 131462, 131468, 131472, 131485, 131495, 131514, 131531, 131552, 131573, 131586, 131594, 131603, 131615, 131622, 131633, 131648, 131658, 131669, 131680, 131693, 131704, 131715, 131728, 131738, 131750, 131766, 131780, 131798, 131816, 131840, 131862, 131888, 131914, 131928, 131940, 131956, 131977, 131996, 132019, 132042, 132064, 132084, 132108, 132132, 132152, 132170, 132192, 132214, 132237, 132258, 132283, 132308, 132324, 132346, 132366, 132390, 132414, 132431, 132446, 132465, 132484, 132497, 132511, 132526, 132539, 132556, 132573, 132581, 132610, 132637, 132668, 132699, 132718, 132735, 132756, 132782, 132806, 132834, 132862, 132889, 132914, 132943, 132972, 132997, 133020, 133047, 133074, 133102, 133128, 133158, 133188, 133209, 133236, 133261, 133290, 133319, 133337, 133353, 133373, 133393, 133404, 133421, 133436, 133455, 133474, 133483, 133493, 133504, 133519, 133534, 133546, 133566, 133589, 133616, 133633, 133651, 133673, 133685, 133694, 133704, 133718, 133734, 133752, 133770, 133785, 133802, 133813, 133831, 133839, 133849, 133860, 133896, 133911, 133922, 133933, 133939, 133950, 133953, 133965, 133976, 133988, 133995, 134006, 134020, 134029, 134039, 134049, 134060, 134070, 134082, 134092, 134102, 134114, 134125, 134133, 134142, 134152, 134160, 134169, 134179, 134191, 134195, 134203, 134208, 134217, 134224, 134232, 134238, 134245, 134258, 134268, 134281, 134298, 134313, 134328, 134338, 134348, 134360, 134377, 134390, 134406, 134421, 134439, 134455, 134475, 134494, 134509, 134524, 134535, 134557, 134572, 134587, 134604, 134616, 134627, 134637, 134645, 134654, 134669, 134689, 134709, 134738, 134768, 134797, 134819, 134846, 134872, 134896, 134913, 134934, 134965, 134997, 135028, 135052, 135081, 135109, 135135, 135149, 135163, 135180, 135200, 135213, 135229, 135257, 135286, 135314, 135335, 135361, 135386, 135409, 135422, 135440, 135453, 135472, 135489, 135504, 135519, 135523, 135533, 135541, 135557, 135576, 135599, 135618, 135631, 135640, 135647, 135653, 135667, 135679, 135693, 135709, 135723, 135735, 135748, 135764, 135776, 135800, 135822, 135848, 135874, 135891, 135909, 135923, 135935, 135951, 135968, 135989, 136008, 136031, 136054, 136069, 136091, 136111, 136135, 136159, 136177, 136196, 136216, 136234, 136256, 136278, 136291, 136312, 136334, 136355, 136374, 136397, 136418, 136443, 136468, 136484, 136506, 136526, 136550, 136574, 136588, 136595, 136610, 136628, 136650, 136668, 136680, 136690, 136708, 136721, 136735, 136742, 136750, 136758, 136767, 136777, 136787, 136799, 136813, 136819, 136834, 136842, 136851, 136862, 136879, 136899, 136915, 136936, 136954, 136970, 136987, 137002, 137012, 137024, 137048, 137059, 137083, 137101, 137123, 137134, 137142, 137154, 137171, 137190, 137204, 137217, 137231, 137244, 137257, 137270, 137284, 137296, 137312, 137327, 137347, 137368, 137382, 137397, 137410, 137427, 137436, 137449, 137461, 137468, 137486, 137496, 137508, 137526, 137542, 137561, 137579, 137598, 137615, 137634, 137655, 137667, 137680, 137692, 137700, 137716, 137737, 137761, 137789, 137807, 137826, 137849, 137862, 137870, 137880, 137889, 137892, 137896, 137905, 137917, 137940, 137959, 137967, 137970, 137978, 137993, 138003, 138015, 138029, 138042, 138053, 138064, 138082, 138095, 138110, 138127, 138143, 138157, 138168, 138186, 138199, 138214, 138231, 138247, 138261, 138267, 138276, 138287, 138304, 138319, 138332, 138347, 138357, 138374, 138386, 138400, 138416, 138431, 138444, 138452, 138458, 138464, 138477, 138495, 138516, 138541, 138556, 138572, 138592, 138602, 138608, 138618, 138625, 138639, 138656, 138673, 138688, 138701, 138720, 138736, 138750, 138756, 138763, 138786, 138810, 138837, 138864, 138888, 138914, 138930, 138951, 138964, 138987, 139007, 139024, 139043, 139062, 139079, 139100, 139116, 139130, 139151, 139174, 139200, 139226, 139249, 139274, 139292, 139315, 139332, 139345, 139360, 139380, 139399, 139413, 139441, 139472, 139503, 139531, 139561, 139578, 139605, 139635, 139665, 139692, 139721, 139738, 139753, 139771, 139793, 139814, 139830, 139853, 139877, 139891, 139909, 139931, 139948, 139969, 139983, 139990, 140009, 140024, 140048, 140068, 140093, 140113, 140134, 140154, 140169, 140192, 140211, 140239, 140263, 140292, 140316, 140341, 140365, 140384, 140404, 140420, 140433, 140448, 140463, 140473, 140483, 140500, 140513, 140529, 140544, 140562, 140578, 140598, 140617, 140632, 140647, 140658, 140670, 140680, 140690, 140694, 140701, 140708, 140714, 140723, 140731, 140742, 140751, 140756, 140762, 140772, 140782, 140791, 140804, 140816, 140827, 140835, 140843, 140850, 140865, 140878, 140893, 140910, 140925, 140938, 140952, 140969, 140982, 140991, 141007, 141021, 141037, 141055, 141071, 141085, 141100, 141118, 141132, 141146, 141174, 141197, 141226, 141251, 141279, 141306, 141328, 141351, 141369, 141388, 141413, 141431, 141451, 141471, 141503, 141532, 141539, 141556, 141578, 141602, 141621, 141631, 141649, 141672, 141698, 141728, 141748, 141769, 141794, 141809, 141826, 141848, 141872, 141891, 141901, 141919, 141942, 141968, 141998, 142018, 142039, 142064, 142079, 142094, 142113, 142131, 142149, 142166, 142184, 142206, 142227, 142248, 142268, 142283, 142307, 142332, 142360, 142385, 142412, 142439, 142466, 142491, 142514, 142530, 142549, 142565, 142587, 142610, 142636, 142659, 142684, 142709, 142734, 142757, 142778, 142800, 142823, 142849, 142872, 142897, 142922, 142947, 142970, 142991, 143009, 143027, 143052, 143078, 143107, 143133, 143161, 143189, 143217, 143243, 143267, 143285, 143301, 143315, 143318, 143323, 143329, 143339, 143349, 143359, 143369, 143379, 143388, 143399, 143412, 143421, 143431, 143441, 143453, 143466, 143479, 143492, 143505, 143518, 143533, 143538, 143547, 143553, 143561, 143569, 143576, 143582, 143587, 143601, 143616, 143627, 143644, 143658, 143668, 143685, 143703, 143717, 143732, 143748, 143764, 143775, 143785, 143792, 143799, 143811, 143814, 143821, 143827, 143840, 143847, 143860, 143879, 143893, 143904, 143921, 143939, 143954, 143973, 143988, 144012, 144032, 144057, 144077, 144098, 144118, 144133, 144156, 144171, 144190, 144218, 144242, 144271, 144295, 144320, 144344, 144363, 144383, 144399, 144407, 144416, 144421, 144427, 144434, 144451, 144464, 144485, 144504, 144522, 144538, 144556, 144571, 144585, 144599, 144610, 144624, 144637, 144652, 144673, 144692, 144710, 144726, 144744, 144766, 144780, 144797, 144812, 144828, 144846, 144858, 144872, 144887, 144904, 144925, 144946, 144965, 144988, 145006, 145021, 145039, 145056, 145072, 145089, 145105, 145123, 145142, 145157, 145181, 145197, 145216, 145233, 145251, 145271, 145282, 145299, 145321, 145341, 145360, 145377, 145396, 145408, 145425, 145443, 145453, 145466, 145483, 145495, 145505, 145511, 145515, 145522, 145533, 145554, 145573, 145590, 145601, 145607, 145622, 145629, 145639, 145648, 145654, 145665, 145673, 145684, 145693, 145700, 145705, 145711, 145718, 145733, 145749, 145761, 145779, 145794, 145805, 145823, 145830, 145834, 145846, 145856, 145868, 145882, 145894, 145904, 145915, 145929, 145939, 145942, 145959, 145977, 145998, 146019, 146037, 146057, 146067, 146082, 146089, 146106, 146120, 146131, 146144, 146157, 146168, 146183, 146193, 146201, 146216, 146233, 146253, 146273, 146290, 146309, 146321, 146338, 146349, 146356, 146365, 146379, 146392, 146400, 146422, 146447, 146472, 146494, 146518, 146529, 146550, 146574, 146598, 146619, 146642, 146653, 146662, 146674, 146690, 146705, 146715, 146732, 146750, 146758, 146770, 146786, 146797, 146812, 146820, 146830, 146844, 146850, 146863, 146879, 146886, 146896, 146908, 146916, 146922, 146929, 146937, 146943, 146960, 146978, 146981, 146991, 147003, 147009, 147016, 147027, 147038, 147049, 147060, 147071, 147084, 147096, 147112, 147124, 147133, 147143, 147157, 147171, 147185, 147199, 147213, 147229, 147244, 147256, 147259, 147269, 147274, 147278, 147289, 147302, 147314, 147321, 147330, 147341, 147350, 147359, 147374, 147391, 147407, 147420, 147435, 147444, 147454, 147463, 147473, 147487, 147499, 147516, 147531, 147549, 147563, 147583, 147607, 147619, 147635, 147654, 147672, 147691, 147715, 147743, 147759, 147779, 147802, 147824, 147847, 147859, 147868, 147878, 147891, 147898, 147910, 147923, 147933, 147945, 147966, 147986, 148011, 148031, 148045, 148073, 148101, 148123, 148149, 148156, 148174, 148189, 148206, 148226, 148247, 148263, 148278, 148294, 148308, 148328, 148351, 148368, 148384, 148401, 148415, 148423, 148441, 148451, 148454, 148458, 148461, 148465, 148471, 148492, 148504, 148518, 148535, 148549, 148565, 148579, 148599, 148611, 148627, 148641, 148660, 148677, 148697, 148713, 148728, 148738, 148746, 148756, 148769, 148785, 148806, 148825, 148842, 148858, 148876, 148899, 148914, 148934, 148953, 148966, 148984, 149006, 149023, 149044, 149058, 149073, 149090, 149107, 149124, 149142, 149159, 149177, 149192, 149209, 149226, 149243, 149261, 149278, 149296, 149306, 149320, 149338, 149357, 149366, 149370, 149375, 149389, 149409, 149425, 149438, 149453, 149471, 149492, 149498, 149509, 149526, 149536, 149546, 149558, 149573, 149576, 149587, 149603, 149617, 149636, 149640, 149645, 149650, 149660, 149671, 149680, 149692, 149705, 149726, 149749, 149763, 149775, 149781, 149791, 149812, 149836, 149860, 149881, 149904, 149914, 149931, 149957, 149984, 150010, 150029, 150053, 150076, 150097, 150116, 150133, 150151, 150167, 150185, 150213, 150242, 150270, 150291, 150317, 150342, 150365, 150375, 150385, 150396, 150405, 150425, 150448, 150471, 150491, 150513, 150523, 150548, 150576, 150604, 150629, 150656, 150670, 150694, 150721, 150748, 150772, 150798, 150812, 150829, 150839, 150864, 150890, 150915, 150933, 150956, 150978, 150998, 151013, 151027, 151039, 151049, 151060, 151071, 151082, 151088, 151106, 151121, 151133, 151143, 151157, 151167, 151176, 151187, 151205, 151223, 151241, 151248, 151263, 151283, 151306, 151333, 151350, 151368, 151390, 151402, 151423, 151441, 151458, 151472, 151483, 151489, 151502, 151507, 151517, 151525, 151534, 151547, 151563, 151579, 151593, 151605, 151623, 151638, 151651, 151664, 151671, 151683, 151698, 151714, 151729, 151742, 151758, 151775, 151789, 151804, 151815, 151828, 151836, 151853, 151868, 151888, 151906, 151919, 151935, 151952, 151966, 151983, 152001, 152016, 152032, 152044, 152058, 152079, 152096, 152103, 152114, 152127, 152143, 152162, 152168, 152176, 152185, 152195, 152206, 152223, 152242, 152262, 152281, 152296, 152315, 152333, 152348, 152362, 152381, 152398, 152421, 152437, 152458, 152473, 152499, 152524, 152553, 152567, 152581, 152604, 152631, 152658, 152689, 152714, 152735, 152766, 152796, 152830, 152858, 152890, 152922, 152958, 152988, 153014, 153044, 153068, 153090, 153117, 153148, 153171, 153196, 153218, 153245, 153264, 153286, 153302, 153319, 153349, 153379, 153401, 153425, 153451, 153479, 153506, 153517, 153526, 153543, 153563, 153583, 153601, 153617, 153639, 153658, 153675, 153682, 153689, 153696, 153703, 153715, 153741, 153764, 153786, 153809, 153832, 153856, 153881, 153901, 153922, 153946, 153965, 153983, 154001, 154018, 154025, 154039, 154054, 154066, 154078, 154098, 154114, 154133, 154150, 154163, 154180, 154189, 154199, 154219, 154238, 154259, 154283, 154307, 154327, 154347, 154368, 154389, 154416, 154430, 154450, 154465, 154481, 154491, 154500, 154521, 154539, 154551, 154568, 154581, 154602, 154625, 154639, 154653, 154681, 154708, 154719, 154734, 154747, 154758, 154770, 154797, 154825, 154846, 154868, 154893, 154919, 154946, 154974, 155002, 155031, 155050, 155070, 155089, 155109, 155132, 155156, 155179, 155203, 155213, 155222, 155230, 155249, 155261, 155276, 155290, 155305, 155320, 155336, 155355, 155371, 155385, 155405, 155421, 155438, 155445, 155460, 155472, 155487, 155506, 155520, 155532, 155546, 155563, 155583, 155593, 155604, 155620, 155643, 155670, 155693, 155716, 155740, 155764, 155786, 155812, 155834, 155856, 155879, 155902, 155909, 155930, 155952, 155974, 155983, 156005, 156017, 156029, 156040, 156050, 156065, 156068, 156079, 156089, 156099, 156111, 156122, 156133, 156138, 156145, 156167, 156192, 156217, 156239, 156263, 156274, 156289, 156306, 156318, 156337, 156358, 156382, 156406, 156427, 156450, 156461, 156473, 156499, 156528, 156557, 156583, 156611, 156626, 156651, 156679, 156707, 156732, 156759, 156774, 156787, 156803, 156817, 156829, 156833, 156838, 156850, 156862, 156875, 156893, 156907, 156922, 156938, 156954, 156965, 156975, 156985, 157002, 157009, 157016, 157026, 157047, 157071, 157095, 157116, 157139, 157149, 157166, 157192, 157219, 157245, 157264, 157288, 157311, 157332, 157351, 157368, 157386, 157402, 157420, 157448, 157477, 157505, 157526, 157552, 157577, 157600, 157610, 157620, 157631, 157640, 157660, 157683, 157706, 157726, 157748, 157758, 157783, 157811, 157839, 157864, 157891, 157905, 157929, 157956, 157983, 158007, 158033, 158047, 158064, 158074, 158099, 158125, 158150, 158168, 158191, 158213, 158233, 158245, 158262, 158281, 158296, 158310, 158322, 158332, 158343, 158354, 158366, 158376, 158383, 158401, 158416, 158430, 158441, 158448, 158454, 158467, 158487, 158504, 158515, 158530, 158541, 158548, 158563, 158574, 158585, 158598, 158618, 158632, 158644, 158659, 158670, 158686, 158699, 158708, 158716, 158723, 158741, 158755, 158774, 158789, 158805, 158817, 158828, 158838, 158849, 158861, 158872, 158881, 158884, 158887, 158891, 158895, 158903, 158912, 158916, 158920, 158923, 158927, 158930, 158944, 158952, 158961, 158973, 158984, 158997, 159001, 159006, 159017, 159042, 159058, 159082, 159105, 159129, 159151, 159179, 159200, 159222, 159243, 159257, 159272, 159274, 159277, 159288, 159304, 159316, 159329, 159347, 159358, 159367, 159380, 159394, 159401, 159409, 159415, 159422, 159433, 159445, 159457, 159472, 159487, 159500, 159511, 159528, 159542, 159554, 159560, 159573, 159593, 159610, 159621, 159636, 159647, 159655, 159667, 159680, 159694, 159711, 159728, 159743, 159756, 159775, 159791, 159805, 159822, 159836, 159849, 159859, 159871, 159894, 159901, 159913, 159918, 159928, 159934, 159941, 159952, 159971, 159987, 160000, 160011, 160023, 160038, 160055, 160066, 160087, 160099, 160106, 160121, 160141, 160164, 160191, 160208, 160226, 160248, 160260, 160273, 160285, 160291, 160305, 160320, 160331, 160348, 160362, 160372, 160389, 160394, 160398, 160410, 160426, 160443, 160454, 160463, 160472, 160480, 160488, 160502, 160515, 160526, 160539, 160552, 160565, 160579, 160592, 160606, 160612, 160622, 160640, 160663, 160684, 160704, 160723, 160743, 160761, 160781, 160802, 160824, 160841, 160855, 160869, 160885, 160903, 160924, 160940, 160955, 160970, 160984, 160995, 161014, 161036, 161057, 161076, 161097, 161120, 161135, 161152, 161174, 161191, 161207, 161214, 161221, 161228, 161237, 161247, 161258, 161270, 161282, 161295, 161308, 161322, 161336, 161351, 161361, 161372, 161385, 161399, 161409, 161420, 161431, 161445, 161460, 161476, 161492, 161509, 161526, 161544, 161562, 161581, 161595, 161610, 161627, 161645, 161659, 161674, 161689, 161704, 161715, 161723, 161738, 161754, 161771, 161788, 161806, 161824, 161843, 161862, 161882, 161897, 161913, 161931, 161950, 161965, 161981, 161997, 162013, 162022, 162032, 162041, 162051, 162062, 162071, 162085, 162100, 162113, 162124, 162142, 162157, 162174, 162188, 162199, 162211, 162221, 162232, 162242, 162249, 162257, 162273, 162286, 162299, 162319, 162336, 162353, 162373, 162389, 162402, 162411, 162420, 162430, 162445, 162463, 162482, 162497, 162518, 162536, 162550, 162571, 162580, 162588, 162599, 162612, 162626, 162640, 162653, 162669, 162680, 162691, 162703, 162711, 162724, 162732, 162745, 162757, 162764, 162772, 162788, 162801, 162827, 162849, 162867, 162883, 162893, 162907, 162921, 162939, 162954, 162972, 162990, 163003, 163018, 163032, 163051, 163067, 163093, 163108, 163127, 163143, 163156, 163171, 163189, 163219, 163239, 163252, 163278, 163303, 163318, 163337, 163355, 163370, 163387, 163404, 163422, 163437, 163455, 163474, 163492, 163507, 163522, 163536, 163551, 163567, 163582, 163598, 163621, 163647, 163672, 163697, 163721, 163740, 163758, 163776, 163795, 163810, 163823, 163841, 163847, 163856, 163867, 163879, 163891, 163902, 163905, 163907, 163913, 163921, 163932, 163946, 163961, 163975, 163989, 164005, 164020, 164035, 164048, 164060, 164072, 164086, 164099, 164112, 164128, 164143, 164158, 164172, 164185, 164198, 164214, 164220, 164227, 164238, 164250, 164262, 164277, 164294, 164307, 164319, 164329, 164340, 164352, 164369, 164387, 164401, 164421, 164448, 164478, 164502, 164531, 164554, 164583, 164611, 164636, 164664, 164679, 164695, 164713, 164738, 164754, 164771, 164789, 164807, 164816, 164833, 164851, 164871, 164888, 164906, 164920, 164940, 164955, 164969, 164984, 165000, 165017, 165032, 165048, 165065, 165080, 165096, 165115, 165140, 165153, 165165, 165178, 165193, 165213, 165227, 165242, 165253, 165264, 165276, 165289, 165303, 165322, 165333, 165350, 165369, 165379, 165390, 165413, 165432, 165456, 165471, 165484, 165498, 165509, 165519, 165530, 165542, 165552, 165563, 165576, 165590, 165605, 165622, 165645, 165670, 165695, 165715, 165729, 165741, 165756, 165779, 165804, 165827, 165846, 165864, 165883, 165904, 165925, 165946, 165969, 165980, 165992, 166005, 166019, 166032, 166043, 166055, 166072, 166092, 166103, 166114, 166131, 166144, 166154, 166165, 166178, 166192, 166209, 166222, 166236, 166251, 166265, 166278, 166292, 166304, 166318, 166328, 166338, 166349, 166360, 166372, 166386, 166402, 166421, 166440, 166458, 166472, 166488, 166499, 166511, 166524, 166538, 166553, 166571, 166583, 166594, 166613, 166626, 166641, 166651, 166670, 166688, 166711, 166729, 166741, 166767, 166793, 166813, 166837, 166844, 166856, 166863, 166872, 166884, 166899, 166907, 166917, 166930, 166946, 166957, 166970, 166983, 166996, 167010, 167023, 167037, 167047, 167057, 167067, 167077, 167087, 167099, 167111, 167123, 167135, 167147, 167159, 167173, 167184, 167196, 167209, 167223, 167236, 167249, 167263, 167277, 167292, 167307, 167323, 167339, 167350, 167362, 167377, 167391, 167410, 167430, 167449, 167469, 167484, 167499, 167512, 167531, 167552, 167564, 167577, 167590, 167605, 167618, 167634, 167650, 167666, 167680, 167695, 167706, 167718, 167730, 167745, 167761, 167778, 167795, 167813, 167831, 167850, 167869, 167889, 167904, 167920, 167938, 167957, 167972, 167988, 168004, 168020, 168032, 168046, 168062, 168079, 168097, 168115, 168134, 168153, 168173, 168193, 168214, 168230, 168247, 168266, 168286, 168302, 168319, 168336, 168353, 168366, 168378, 168391, 168408, 168426, 168443, 168461, 168474, 168487, 168500, 168511, 168528, 168547, 168557, 168568, 168579, 168592, 168606, 168617, 168631, 168645, 168659, 168664, 168668, 168673, 168682, 168692, 168702, 168715, 168730, 168741, 168751, 168762, 168770, 168779, 168789, 168804, 168820, 168832, 168847, 168869, 168894, 168913, 168937, 168955, 168979, 169002, 169020, 169045, 169073, 169095, 169122, 169143, 169170, 169196, 169219, 169245, 169265, 169288, 169305, 169327, 169340, 169354, 169370, 169393, 169407, 169422, 169438, 169454, 169461, 169476, 169492, 169510, 169525, 169541, 169553, 169571, 169584, 169596, 169607, 169620, 169634, 169649, 169662, 169676, 169691, 169704, 169718, 169735, 169758, 169769, 169779, 169790, 169803, 169821, 169833, 169846, 169855, 169864, 169874, 169885, 169897, 169914, 169923, 169938, 169955, 169963, 169972, 169993, 170010, 170032, 170045, 170056, 170068, 170077, 170085, 170094, 170104, 170112, 170121, 170132, 170144, 170156, 170169, 170184, 170205, 170228, 170251, 170269, 170281, 170291, 170304, 170325, 170348, 170369, 170386, 170402, 170419, 170438, 170457, 170476, 170497, 170506, 170516, 170527, 170539, 170550, 170559, 170569, 170584, 170602, 170611, 170620, 170635, 170646, 170654, 170663, 170674, 170686, 170701, 170712, 170724, 170737, 170749, 170760, 170772, 170782, 170794, 170802, 170810, 170819, 170828, 170838, 170850, 170864, 170881, 170898, 170914, 170926, 170940, 170949, 170959, 170970, 170982, 170995, 171011, 171021, 171030, 171047, 171058, 171071, 171094, 171097, 171101, 171104, 171110, 171114, 171119, 171127, 171144, 171158, 171171, 171180, 171190, 171198, 171211, 171220, 171231, 171241, 171251, 171260, 171275, 171289, 171299, 171310, 171321, 171330, 171339, 171353, 171363, 171370, 171377, 171380, 171386, 171394, 171403, 171408, 171412, 171417, 171432, 171440, 171453, 171464, 171483, 171495, 171512, 171527, 171541, 171551, 171567, 171576, 171590, 171602, 171622, 171635, 171653, 171669, 171684, 171695, 171702, 171707, 171720, 171731, 171740, 171757, 171777, 171801, 171821, 171835, 171860, 171883, 171910, 171937, 171952, 171965, 171982, 172004, 172024, 172048, 172072, 172095, 172116, 172141, 172166, 172187, 172206, 172229, 172252, 172276, 172298, 172324, 172350, 172367, 172390, 172411, 172436, 172461, 172468, 172476, 172492, 172508, 172529, 172546, 172564, 172587, 172601, 172621, 172642, 172657, 172669, 172686, 172705, 172719, 172734, 172747, 172769, 172781, 172794, 172808, 172812, 172817, 172830, 172840, 172863, 172882, 172897, 172910, 172920, 172927, 172934, 172941, 172947, 172962, 172968, 172975, 172980, 172988, 172996, 173006, 173016, 173025, 173031, 173039, 173048, 173055, 173061, 173076, 173088, 173102, 173119, 173128, 173145, 173158, 173171, 173183, 173199, 173217, 173238, 173251, 173272, 173289, 173306, 173322, 173341, 173360, 173374, 173389, 173404, 173414, 173435, 173458, 173484, 173502, 173528, 173550, 173572, 173593, 173617, 173641, 173660, 173676, 173694, 173715, 173728, 173749, 173766, 173783, 173799, 173818, 173837, 173851, 173859, 173866, 173882, 173899, 173907, 173915, 173929, 173944, 173956, 173969, 173982, 173996, 174012, 174024, 174030, 174048, 174063, 174077, 174088, 174108, 174125, 174141, 174154, 174161, 174170, 174178, 174185, 174193, 174202, 174220, 174236, 174258, 174277, 174292, 174310, 174324, 174344, 174357, 174363, 174369, 174380, 174388, 174401, 174406, 174414, 174424, 174443, 174460, 174476, 174490, 174501, 174511, 174517, 174528, 174542, 174554, 174564, 174582, 174603, 174628, 174649, 174664, 174679, 174705, 174729, 174757, 174785, 174801, 174815, 174833, 174856, 174877, 174902, 174927, 174951, 174973, 174999, 175025, 175047, 175067, 175091, 175115, 175140, 175163, 175190, 175217, 175235, 175259, 175281, 175307, 175333, 175344, 175370, 175394, 175422, 175450, 175469, 175489, 175505, 175519, 175537, 175553, 175571, 175588, 175611, 175629, 175651, 175670, 175695, 175716, 175736, 175757, 175776, 175797, 175820, 175841, 175862, 175885, 175906, 175928, 175947, 175970, 175991, 176016, 176041, 176058, 176082, 176104, 176130, 176156, 176176, 176197, 176219, 176239, 176263, 176287, 176302, 176325, 176349, 176372, 176393, 176410, 176429, 176447, 176471, 176490, 176513, 176533, 176559, 176581, 176602, 176624, 176644, 176666, 176690, 176712, 176734, 176758, 176780, 176803, 176821, 176841, 176860, 176885, 176905, 176929, 176950, 176977, 177000, 177022, 177045, 177066, 177089, 177114, 177137, 177160, 177185, 177208, 177232, 177257, 177280, 177307, 177334, 177352, 177376, 177398, 177424, 177450, 177466, 177470, 177475, 177485, 177492, 177506, 177514, 177523, 177533, 177546, 177560, 177572, 177584, 177590, 177599, 177607, 177616, 177638, 177657, 177679, 177696, 177731, 177760, 177765, 177772, 177790, 177800, 177811, 177824, 177843, 177865, 177883, 177906, 177926, 177944, 177963, 177980, 177992, 178006, 178032, 178045, 178071, 178091, 178115, 178121, 178128, 178137, 178142, 178151, 178161, 178176, 178196, 178219, 178246, 178263, 178281, 178303, 178315, 178323, 178334, 178343, 178349, 178356, 178363, 178371, 178380, 178407, 178424, 178447, 178452, 178460, 178473, 178477, 178502, 178525, 178542, 178558, 178572, 178596, 178618, 178633, 178651, 178665, 178689, 178711, 178727, 178742, 178755, 178778, 178799, 178813, 178830, 178843, 178848, 178860, 178867, 178881, 178886, 178898, 178917, 178933, 178943, 178957, 178967, 178980, 179000, 179017, 179028, 179043, 179054, 179060, 179066, 179073, 179078, 179086, 179091, 179096, 179102, 179109, 179133, 179139, 179157, 179176, 179186, 179205, 179224, 179244, 179264, 179285, 179295, 179308, 179321, 179332, 179341, 179356, 179368, 179378, 179386, 179393, 179402, 179416, 179435, 179450, 179471, 179483, 179501, 179520, 179533, 179547, 179557, 179572, 179584, 179597, 179608, 179628, 179638, 179649, 179661, 179669, 179678, 179695, 179714, 179724, 179735, 179740, 179758, 179773, 179787, 179798, 179807, 179824, 179834, 179846, 179853, 179867, 179886, 179895, 179907, 179919, 179933, 179951, 179968, 179990, 180007, 180018, 180043, 180068, 180087, 180110, 180121, 180134, 180142, 180149, 180166, 180174, 180183, 180192, 180202, 180214, 180238, 180270, 180297, 180322, 180355, 180383, 180390, 180396, 180413, 180431, 180445, 180465, 180482, 180495, 180515, 180525, 180541, 180548, 180559, 180570, 180585, 180597, 180612, 180627, 180637, 180649, 180660, 180676, 180689, 180712, 180724, 180740, 180753, 180763, 180775, 180790, 180817, 180834, 180844, 180867, 180889, 180901, 180917, 180932, 180944, 180958, 180972, 180987, 180999, 181014, 181030, 181045, 181057, 181069, 181080, 181092, 181105, 181117, 181130, 181150, 181173, 181195, 181217, 181238, 181254, 181269, 181284, 181300, 181312, 181324, 181335, 181351, 181357, 181369, 181386, 181404, 181420, 181436, 181448, 181455, 181463, 181483, 181505, 181523, 181543, 181569, 181594, 181616, 181640, 181660, 181682, 181710, 181737, 181747, 181755, 181765, 181775, 181785, 181796, 181806, 181817, 181827, 181837, 181845, 181854, 181873, 181897, 181914, 181919, 181931, 181941, 181949, 181960, 181971, 181978, 181986, 181991, 182002, 182014, 182029, 182040, 182052, 182064, 182080, 182099, 182109, 182133, 182150, 182155, 182166, 182175, 182184, 182192, 182208, 182223, 182244, 182266, 182285, 182307, 182330, 182350, 182371, 182390, 182412, 182435, 182455, 182478, 182502, 182523, 182545, 182565, 182570, 182579, 182591, 182608, 182628, 182652, 182666, 182681, 182700, 182709, 182721, 182736, 182745, 182749, 182753, 182759, 182770, 182785, 182801, 182809, 182813, 182824, 182840, 182851, 182862, 182867, 182882, 182902, 182905, 182910, 182919, 182928, 182932, 182937, 182944, 182962, 182985, 182998, 183016, 183037, 183062, 183077, 183093, 183113, 183125, 183135, 183141, 183154, 183159, 183171, 183188, 183207, 183221, 183230, 183244, 183258, 183272, 183286, 183300, 183316, 183328, 183342, 183352, 183364, 183382, 183399, 183403, 183406, 183414, 183425, 183442, 183459, 183476, 183493, 183510, 183529, 183542, 183547, 183559, 183562, 183566, 183576, 183587, 183606, 183624, 183643, 183660, 183683, 183700, 183716, 183729, 183732, 183739, 183755, 183769, 183784, 183797, 183804, 183811, 183819, 183825, 183832, 183840, 183850, 183859, 183864, 183870, 183902, 183930, 183963, 183991, 184020, 184035, 184055, 184078, 184105, 184122, 184140, 184162, 184174, 184183, 184191, 184202, 184207, 184218, 184228, 184239, 184251, 184260, 184274, 184290, 184300, 184311, 184326, 184352, 184379, 184399, 184420, 184444, 184469, 184490, 184516, 184543, 184570, 184598, 184616, 184635, 184649, 184667, 184686, 184700, 184722, 184745, 184767, 184790, 184806, 184812, 184820, 184829, 184840, 184854, 184871, 184880, 184890, 184901, 184927, 184954, 184974, 184995, 185019, 185044, 185070, 185097, 185124, 185152, 185170, 185189, 185207, 185226, 185248, 185271, 185293, 185316, 185331, 185347, 185355, 185360, 185366, 185373, 185384, 185392, 185395, 185412, 185429, 185445, 185451, 185459, 185468, 185472, 185484, 185501, 185522, 185539, 185556, 185574, 185592, 185606, 185623, 185643, 185648, 185655, 185663, 185672, 185675, 185685, 185696, 185705, 185717, 185729, 185742, 185755, 185769, 185783, 185798, 185808, 185819, 185826, 185839, 185853, 185863, 185874, 185885, 185899, 185914, 185930, 185946, 185963, 185980, 185998, 186016, 186035, 186049, 186064, 186081, 186099, 186113, 186128, 186143, 186158, 186169, 186184, 186200, 186217, 186234, 186252, 186270, 186289, 186308, 186328, 186343, 186359, 186377, 186396, 186411, 186427, 186443, 186459, 186468, 186472, 186483, 186495, 186505, 186518, 186531, 186545, 186559, 186574, 186589, 186605, 186616, 186628, 186636, 186650, 186665, 186676, 186688, 186700, 186715, 186731, 186748, 186765, 186783, 186801, 186820, 186839, 186859, 186874, 186890, 186908, 186927, 186942, 186958, 186974, 186990, 187002, 187018, 187035, 187053, 187071, 187090, 187109, 187129, 187149, 187170, 187186, 187203, 187222, 187242, 187258, 187275, 187292, 187309, 187319, 187323, 187329, 187339, 187347, 187357, 187369, 187379, 187387, 187396, 187408, 187416, 187424, 187440, 187451, 187461, 187471, 187483, 187494, 187505, 187511, 187515, 187532, 187550, 187570, 187590, 187607, 187624, 187638, 187650, 187670, 187680, 187687, 187697, 187701, 187707, 187714, 187729, 187744, 187755, 187775, 187793, 187808, 187828, 187839, 187856, 187872, 187889, 187902, 187922, 187937, 187954, 187976, 187989, 188007, 188026, 188046, 188060, 188071, 188084, 188099, 188115, 188133, 188146, 188160, 188174, 188186, 188198, 188210, 188225, 188236, 188257, 188268, 188280, 188296, 188309, 188322, 188326, 188331, 188352, 188359, 188372, 188381, 188396, 188405, 188414, 188424, 188433, 188448, 188454, 188461, 188470, 188488, 188505, 188520, 188534, 188549, 188564, 188582, 188598, 188613, 188636, 188658, 188678, 188697, 188717, 188737, 188760, 188781, 188801, 188823, 188844, 188863, 188881, 188900, 188919, 188941, 188961, 188980, 189004, 189027, 189048, 189068, 189089, 189110, 189134, 189156, 189177, 189200, 189222, 189242, 189261, 189281, 189301, 189324, 189345, 189365, 189389, 189412, 189433, 189453, 189474, 189495, 189519, 189541, 189562, 189572, 189594, 189599, 189613, 189617, 189635, 189650, 189665, 189681, 189695, 189712, 189731, 189745, 189761, 189777, 189793, 189810, 189825, 189843, 189863, 189878, 189895, 189914, 189930, 189946, 189963, 189978, 189996, 190016, 190031, 190048, 190065, 190082, 190100, 190116, 190135, 190156, 190172, 190190, 190203, 190215, 190227, 190241, 190254, 190267, 190274, 190276, 190279, 190291, 190296, 190310, 190323, 190334, 190347, 190362, 190375, 190386, 190403, 190418, 190431, 190446, 190459, 190471, 190483, 190500, 190515, 190530, 190541, 190549, 190564, 190572, 190590, 190598, 190616, 190628, 190642, 190660, 190673, 190687, 190699, 190711, 190726, 190736, 190746, 190771, 190796, 190821, 190838, 190857, 190879, 190896, 190912, 190923, 190936, 190948, 190961, 190970, 190989, 191008, 191027, 191040, 191056, 191076, 191096, 191116, 191130, 191147, 191153, 191159, 191167, 191170, 191180, 191190, 191199, 191210, 191218, 191226, 191237, 191245, 191259, 191269, 191282, 191294, 191304, 191316, 191325, 191334, 191346, 191358, 191369, 191382, 191399, 191412, 191428, 191440, 191448, 191455, 191466, 191479, 191485, 191492, 191504, 191511, 191522, 191533, 191548, 191560, 191575, 191590, 191600, 191612, 191623, 191639, 191652, 191675, 191687, 191703, 191716, 191726, 191738, 191753, 191780, 191797, 191807, 191830, 191852, 191864, 191880, 191895, 191907, 191921, 191935, 191950, 191962, 191977, 191993, 192008, 192020, 192032, 192043, 192055, 192068, 192080, 192093, 192105, 192116, 192136, 192159, 192181, 192203, 192224, 192240, 192255, 192270, 192286, 192298, 192320, 192337, 192345, 192358, 192366, 192375, 192384, 192398, 192406, 192414, 192426, 192432, 192442, 192454, 192465, 192477, 192487, 192495, 192500, 192509, 192519, 192527, 192539, 192542, 192549, 192561, 192575, 192583, 192598, 192608, 192620, 192634, 192647, 192658, 192673, 192685, 192697, 192714, 192731, 192745, 192761, 192774, 192787, 192805, 192816, 192834, 192847, 192862, 192879, 192895, 192909, 192922, 192935, 192945, 192956, 192974, 192987, 193002, 193019, 193035, 193049, 193056, 193064, 193074, 193084, 193099, 193116, 193130, 193144, 193163, 193183, 193204, 193214, 193231, 193243, 193257, 193273, 193288, 193301, 193309, 193323, 193338, 193356, 193365, 193371, 193378, 193386, 193407, 193431, 193453, 193478, 193498, 193517, 193538, 193562, 193584, 193609, 193629, 193648, 193665, 193685, 193708, 193734, 193758, 193785, 193807, 193828, 193846, 193867, 193883, 193904, 193928, 193950, 193975, 193995, 194014, 194037, 194063, 194087, 194114, 194136, 194157, 194172, 194185, 194196, 194208, 194224, 194233, 194245, 194261, 194278, 194297, 194318, 194339, 194357, 194377, 194391, 194412, 194435, 194451, 194470, 194493, 194505, 194512, 194520, 194534, 194550, 194567, 194583, 194598, 194610, 194621, 194639, 194650, 194657, 194665, 194674, 194684, 194694, 194711, 194723, 194734, 194747, 194758, 194767, 194783, 194804, 194820, 194841, 194859, 194876, 194894, 194912, 194935, 194949, 194968, 194988, 195009, 195024, 195040, 195056, 195073, 195092, 195106, 195121, 195134, 195147, 195169, 195181, 195194, 195208, 195223, 195243, 195263, 195290, 195312, 195333, 195356, 195377, 195396, 195411, 195431, 195451, 195478, 195500, 195521, 195544, 195565, 195584, 195599, 195619, 195638, 195656, 195672, 195687, 195704, 195713, 195723, 195728, 195734, 195753, 195769, 195785, 195806, 195826, 195843, 195860, 195882, 195899, 195913, 195927, 195946, 195967, 195985, 196003, 196026, 196038, 196053, 196061, 196068, 196083, 196103, 196126, 196153, 196170, 196188, 196210, 196222, 196240, 196262, 196280, 196298, 196317, 196336, 196359, 196386, 196409, 196432, 196456, 196480, 196493, 196507, 196517, 196528, 196542, 196560, 196583, 196609, 196639, 196659, 196680, 196705, 196720, 196731, 196747, 196763, 196778, 196790, 196803, 196827, 196847, 196864, 196880, 196908, 196937, 196957, 196974, 196992, 197014, 197037, 197063, 197090, 197118, 197147, 197176, 197206, 197226, 197247, 197266, 197287, 197307, 197328, 197352, 197376, 197401, 197425, 197450, 197466, 197490, 197501, 197509, 197520, 197531, 197553, 197579, 197601, 197623, 197646, 197669, 197679, 197698, 197708, 197719, 197725, 197747, 197766, 197784, 197803, 197822, 197842, 197863, 197879, 197896, 197916, 197931, 197945, 197959, 197972, 197989, 198003, 198017, 198036, 198054, 198069, 198084, 198104, 198119, 198131, 198143, 198160, 198179, 198195, 198211, 198232, 198242, 198260, 198274, 198288, 198304, 198327, 198344, 198359, 198377, 198391, 198410, 198426, 198436, 198444, 198446, 198449, 198461, 198471, 198480, 198499, 198519, 198536, 198554, 198572, 198591, 198612, 198629, 198637, 198648, 198670, 198688, 198698, 198718, 198739, 198757, 198776, 198795, 198815, 198837, 198855, 198884, 198891, 198898, 198904, 198915, 198917, 198926, 198937, 198949, 198967, 198983, 198993, 199002, 199009, 199022, 199030, 199040, 199049, 199064, 199075, 199085, 199099, 199110, 199127, 199140, 199152, 199169, 199182, 199193, 199206, 199221, 199234, 199247, 199262, 199275, 199289, 199304, 199311, 199324, 199332, 199338, 199351, 199358, 199367, 199378, 199388, 199404, 199415, 199430, 199442, 199460, 199474, 199487, 199501, 199513, 199527, 199543, 199557, 199571, 199587, 199601, 199616, 199626, 199638, 199649, 199666, 199678, 199694, 199707, 199726, 199741, 199755, 199770, 199783, 199798, 199815, 199830, 199845, 199862, 199877, 199893, 199904, 199911, 199915, 199929, 199943, 199956, 199964, 199976, 199989, 200009, 200027, 200042, 200059, 200080, 200097, 200121, 200139, 200159, 200180, 200199, 200210, 200224, 200245, 200260, 200279, 200295, 200314, 200333, 200352, 200369, 200383, 200399, 200419, 200435, 200458, 200475, 200494, 200514, 200529, 200547, 200557, 200573, 200586, 200606, 200620, 200638, 200653, 200669, 200687, 200705, 200712, 200719, 200730, 200744, 200758, 200770, 200780, 200796, 200809, 200820, 200835, 200849, 200863, 200879, 200883, 200893, 200908, 200922, 200935, 200944, 200956, 200969, 200981, 200990, 201005, 201021, 201033, 201042, 201053, 201065, 201075, 201087, 201101, 201113, 201124, 201136, 201144, 201158, 201167, 201180, 201208, 201230, 201239, 201248, 201254, 201259, 201264, 201270, 201288, 201301, 201317, 201324, 201332, 201343, 201352, 201367, 201376, 201386, 201395, 201412, 201427, 201440, 201459, 201468, 201478, 201489, 201498, 201508, 201518, 201521, 201525, 201535, 201544, 201549, 201556, 201565, 201578, 201587, 201598, 201603, 201609, 201614, 201623, 201631, 201640, 201650, 201665, 201675, 201685, 201703, 201723, 201742, 201752, 201763, 201773, 201784, 201795, 201809, 201815, 201822, 201840, 201853, 201866, 201876, 201883, 201887, 201897, 201908, 201912, 201917, 201924, 201929, 201935, 201943, 201953, 201963, 201973, 201983, 201994, 202004, 202015, 202020, 202026, 202038, 202052, 202067, 202077, 202091, 202104, 202114, 202123, 202135, 202151, 202161, 202170, 202173, 202183, 202193, 202202, 202212, 202221, 202231, 202242, 202251, 202254, 202258, 202263, 202273, 202280, 202288, 202293, 202303, 202314, 202341, 202369, 202390, 202412, 202437, 202463, 202490, 202518, 202546, 202575, 202594, 202614, 202633, 202653, 202676, 202700, 202723, 202747, 202756, 202770, 202776, 202798, 202821, 202837, 202854, 202874, 202895, 202917, 202940, 202963, 202987, 203001, 203016, 203030, 203045, 203055, 203073, 203092, 203110, 203129, 203146, 203150, 203162, 203175, 203188, 203202, 203206, 203210, 203223, 203233, 203256, 203275, 203290, 203303, 203325, 203340, 203355, 203372, 203386, 203389, 203400, 203413, 203421, 203436, 203444, 203453, 203465, 203475, 203483, 203488, 203500, 203508, 203514, 203522, 203525, 203534, 203548, 203555, 203561, 203574, 203578, 203586, 203596, 203608, 203614, 203620, 203627, 203633, 203639, 203652, 203657, 203665, 203674, 203679, 203693, 203707, 203713, 203728, 203739, 203759, 203767, 203773, 203788, 203792, 203797, 203805, 203815, 203828, 203844, 203848, 203853, 203867, 203882, 203899, 203919, 203931, 203951, 203967, 203983, 203998, 204015, 204034, 204055, 204079, 204095, 204119, 204139, 204159, 204178, 204200, 204222, 204239, 204257, 204275, 204288, 204312, 204338, 204367, 204388, 204417, 204442, 204467, 204491, 204518, 204545, 204567, 204586, 204607, 204631, 204647, 204671, 204691, 204711, 204730, 204752, 204774, 204791, 204809, 204818, 204828, 204843, 204855, 204874, 204887, 204902, 204907, 204917, 204928, 204945, 204964, 204984, 205003, 205021, 205036, 205050, 205071, 205078, 205093, 205106, 205121, 205138, 205153, 205166, 205180, 205197, 205210, 205218, 205227, 205244, 205263, 205273, 205287, 205293, 205305, 205318, 205327, 205336, 205346, 205353, 205365, 205381, 205399, 205410, 205423, 205439, 205453, 205473, 205486, 205499, 205508, 205516, 205530, 205535, 205542, 205551, 205564, 205578, 205589, 205601, 205613, 205626, 205641, 205652, 205659, 205684, 205694, 205700, 205709, 205717, 205733, 205748, 205761, 205787, 205809, 205827, 205843, 205852, 205862, 205874, 205890, 205905, 205916, 205931, 205945, 205956, 205974, 205988, 205999, 206012, 206026, 206040, 206056, 206070, 206083, 206097, 206107, 206123, 206134, 206149, 206160, 206167, 206178, 206190, 206203, 206219, 206230, 206249, 206267, 206282, 206296, 206311, 206326, 206342, 206359, 206371, 206384, 206400, 206411, 206421, 206431, 206440, 206443, 206449, 206456, 206467, 206485, 206510, 206532, 206548, 206568, 206584, 206593, 206600, 206604, 206623, 206643, 206666, 206689, 206709, 206731, 206743, 206760, 206769, 206788, 206804, 206817, 206832, 206847, 206860, 206877, 206889, 206899, 206916, 206935, 206957, 206979, 206998, 207019, 207033, 207052, 207065, 207074, 207085, 207101, 207116, 207126, 207150, 207177, 207204, 207228, 207254, 207267, 207290, 207316, 207342, 207365, 207390, 207403, 207414, 207428, 207446, 207463, 207475, 207494, 207514, 207524, 207538, 207556, 207569, 207586, 207596, 207606, 207618, 207622, 207629, 207639, 207655, 207668, 207682, 207699, 207715, 207727, 207745, 207753, 207775, 207781, 207787, 207793, 207800, 207804, 207812, 207819, 207831, 207835, 207842, 207855, 207871, 207891, 207913, 207930, 207946, 207962, 207976, 207985, 207996, 208010, 208028, 208048, 208063, 208077, 208091, 208103, 208108, 208110, 208113, 208133, 208152, 208173, 208193, 208213, 208234, 208251, 208267, 208285, 208302, 208319, 208337, 208354, 208370, 208388, 208405, 208422, 208440, 208466, 208491, 208518, 208544, 208570, 208597, 208624, 208650, 208678, 208705, 208732, 208760, 208779, 208797, 208817, 208836, 208855, 208875, 208886, 208899, 208911, 208921, 208932, 208949, 208968, 208988, 209007, 209025, 209040, 209054, 209075, 209103, 209130, 209159, 209187, 209215, 209244, 209259, 209273, 209289, 209304, 209319, 209335, 209348, 209360, 209374, 209387, 209400, 209414, 209426, 209437, 209450, 209462, 209474, 209487, 209500, 209512, 209526, 209539, 209552, 209566, 209586, 209605, 209626, 209646, 209666, 209687, 209692, 209700, 209707, 209716, 209725, 209734, 209744, 209753, 209763, 209785, 209797, 209804, 209812, 209815, 209832, 209838, 209844, 209851, 209860, 209868, 209881, 209897, 209917, 209939, 209956, 209972, 209988, 210002, 210013, 210027, 210045, 210065, 210080, 210094, 210108, 210120, 210133, 210151, 210172, 210197, 210212, 210228, 210248, 210258, 210267, 210273, 210280, 210288, 210301, 210310, 210320, 210324, 210337, 210359, 210376, 210394, 210407, 210419, 210437, 210444, 210456, 210464, 210475, 210491, 210496, 210502, 210512, 210523, 210546, 210572, 210598, 210627, 210650, 210672, 210692, 210716, 210727, 210741, 210757, 210769, 210778, 210788, 210815, 210826, 210842, 210859, 210872, 210886, 210901, 210918, 210942, 210957, 210973, 210990, 210998, 211014, 211031, 211050, 211066, 211083, 211096, 211115, 211129, 211142, 211156, 211170, 211185, 211201, 211215, 211230, 211246, 211260, 211275, 211293, 211317, 211329, 211340, 211352, 211365, 211379, 211389, 211399, 211410, 211422, 211435, 211453, 211469, 211487, 211501, 211510, 211520, 211535, 211549, 211561, 211574, 211584, 211593, 211603, 211614, 211623, 211633, 211646, 211660, 211676, 211698, 211722, 211746, 211765, 211778, 211789, 211805, 211815, 211826, 211838, 211851, 211863, 211873, 211883, 211893, 211909, 211921, 211930, 211940, 211952, 211965, 211978, 211994, 212006, 212019, 212046, 212059, 212071, 212084, 212095, 212108, 212117, 212126, 212139, 212149, 212159, 212170, 212183, 212198, 212216, 212234, 212251, 212264, 212279, 212289, 212300, 212312, 212325, 212339, 212356, 212366, 212378, 212392, 212402, 212417, 212430, 212446, 212455, 212465, 212475, 212484, 212500, 212516, 212533, 212553, 212577, 212597, 212611, 212616, 212622, 212628, 212647, 212661, 212664, 212688, 212703, 212717, 212736, 212745, 212759, 212774, 212783, 212797, 212806, 212823, 212840, 212855, 212876, 212900, 212917, 212932, 212950, 212973, 212990, 213012, 213038, 213060, 213087, 213101, 213120, 213138, 213154, 213169, 213187, 213211, 213238, 213256, 213277, 213295, 213315, 213333, 213348, 213370, 213385, 213395, 213408, 213421, 213445, 213465, 213490, 213503, 213519, 213539, 213549, 213560, 213575, 213591, 213610, 213631, 213645, 213661, 213681, 213701, 213714, 213735, 213759, 213777, 213795, 213815, 213834, 213854, 213877, 213894, 213910, 213929, 213944, 213960, 213978, 214001, 214020, 214037, 214053, 214067, 214082, 214101, 214119, 214134, 214150, 214167, 214182, 214199, 214214, 214231, 214249, 214266, 214289, 214311, 214326, 214343, 214362, 214384, 214399, 214416, 214435, 214457, 214477, 214491, 214504, 214518, 214529, 214541, 214556, 214570, 214586, 214600, 214612, 214635, 214656, 214675, 214694, 214714, 214726, 214739, 214754, 214766, 214779, 214794, 214810, 214821, 214833, 214847, 214865, 214878, 214899, 214922, 214938, 214961, 214987, 215007, 215028, 215053, 215070, 215086, 215103, 215122, 215141, 215160, 215185, 215209, 215228, 215249, 215273, 215294, 215305, 215316, 215331, 215351, 215359, 215377, 215393, 215405, 215412, 215434, 215454, 215468, 215481, 215495, 215506, 215518, 215533, 215547, 215563, 215577, 215589, 215612, 215626, 215647, 215666, 215685, 215705, 215721, 215733, 215746, 215761, 215773, 215786, 215801, 215817, 215828, 215840, 215853, 215866, 215875, 215889, 215899, 215913, 215925, 215939, 215955, 215967, 215980, 215995, 216007, 216016, 216027, 216039, 216047, 216052, 216059, 216072, 216083, 216097, 216110, 216125, 216138, 216149, 216171, 216189, 216208, 216220, 216234, 216245, 216257, 216272, 216283, 216291, 216297, 216304, 216315, 216328, 216338, 216344, 216356, 216365, 216377, 216389, 216397, 216406, 216416, 216429, 216437, 216453, 216462, 216472, 216483, 216497, 216506, 216523, 216530, 216553, 216574, 216589, 216603, 216615, 216630, 216646, 216668, 216688, 216701, 216717, 216729, 216740, 216750, 216756, 216760, 216774, 216787, 216792, 216800, 216813, 216830, 216840, 216850, 216861, 216874, 216886, 216899, 216913, 216929, 216944, 216956, 216968, 216987, 217005, 217027, 217044, 217051, 217061, 217068, 217084, 217104, 217124, 217148, 217166, 217180, 217190, 217202, 217218, 217236, 217251, 217271, 217283, 217298, 217307, 217317, 217340, 217363, 217378, 217395, 217414, 217435, 217444, 217453, 217464, 217473, 217484, 217493, 217504, 217511, 217519, 217526, 217534, 217555, 217559, 217572, 217577, 217584, 217589, 217605, 217624, 217641, 217655, 217673, 217687, 217691, 217697, 217711, 217730, 217752, 217778, 217794, 217811, 217832, 217843, 217846, 217855, 217869, 217881, 217892, 217909, 217925, 217937, 217948, 217951, 217961, 217964, 217969, 217978, 217988, 217998, 218008, 218021, 218031, 218045, 218060, 218075, 218090, 218108, 218123, 218136, 218150, 218164, 218178, 218195, 218209, 218219, 218227, 218235, 218252, 218269, 218281, 218295, 218302, 218321, 218344, 218363, 218382, 218402, 218422, 218427, 218435, 218443, 218447, 218457, 218472, 218486, 218499, 218508, 218520, 218533, 218545, 218554, 218569, 218585, 218597, 218606, 218617, 218629, 218639, 218651, 218665, 218677, 218688, 218700, 218708, 218722, 218731, 218744, 218772, 218794, 218803, 218812, 218817, 218838, 218863, 218891, 218912, 218941, 218965, 218982, 219007, 219026, 219049, 219075, 219094, 219121, 219143, 219158, 219181, 219205, 219233, 219264, 219288, 219320, 219347, 219367, 219395, 219417, 219443, 219472, 219494, 219524, 219549, 219567, 219593, 219599, 219611, 219628, 219645, 219671, 219698, 219724, 219743, 219767, 219790, 219811, 219825, 219843, 219871, 219900, 219928, 219949, 219975, 220000, 220023, 220034, 220045, 220059, 220076, 220086, 220099, 220124, 220150, 220175, 220193, 220216, 220238, 220258, 220268, 220283, 220293, 220309, 220323, 220335, 220347, 220371, 220399, 220430, 220454, 220486, 220513, 220533, 220561, 220582, 220604, 220622, 220639, 220657, 220675, 220694, 220714, 220729, 220745, 220764, 220778, 220804, 220833, 220855, 220885, 220910, 220923, 220936, 220954, 220980, 220992, 220998, 221020, 221046, 221075, 221097, 221127, 221152, 221170, 221196, 221216, 221240, 221267, 221287, 221315, 221338, 221354, 221378, 221389, 221399, 221407, 221416, 221438, 221456, 221472, 221487, 221508, 221522, 221539, 221556, 221577, 221593, 221613, 221626, 221635, 221647, 221660, 221672, 221680, 221689, 221699, 221712, 221721, 221728, 221741, 221756, 221773, 221790, 221804, 221820, 221830, 221847, 221854, 221862, 221868, 221875, 221880, 221890, 221899, 221914, 221934, 221957, 221984, 222001, 222019, 222041, 222053, 222059, 222073, 222087, 222098, 222110, 222123, 222142, 222164, 222190, 222206, 222223, 222244, 222254, 222265, 222274, 222282, 222294, 222311, 222326, 222348, 222365, 222387, 222400, 222419, 222437, 222456, 222475, 222499, 222514, 222534, 222555, 222577, 222593, 222606, 222623, 222641, 222661, 222676, 222692, 222706, 222720, 222743, 222756, 222770, 222782, 222797, 222803, 222813, 222819, 222826, 222837, 222844, 222867, 222885, 222904, 222915, 222921, 222928, 222942, 222957, 222973, 222990, 223001, 223013, 223033, 223058, 223079, 223096, 223111, 223118, 223142, 223159, 223185, 223192, 223200, 223208, 223218, 223234, 223251, 223268, 223286, 223306, 223315, 223329, 223339, 223350, 223363, 223371, 223380, 223404, 223421, 223447, 223461, 223486, 223504, 223531, 223542, 223568, 223587, 223615, 223631, 223640, 223654, 223666, 223675, 223697, 223716, 223734, 223748, 223766, 223781, 223785, 223790, 223803, 223814, 223827, 223842, 223855, 223866, 223878, 223893, 223904, 223913, 223917, 223934, 223952, 223970, 223989, 223995, 224002, 224010, 224014, 224026, 224039, 224046, 224062, 224070, 224087, 224106, 224121, 224138, 224161, 224183, 224193, 224205, 224216, 224229, 224242, 224255, 224269, 224282, 224296, 224315, 224336, 224353, 224372, 224397, 224421, 224434, 224449, 224470, 224479, 224501, 224529, 224545, 224567, 224587, 224597, 224612, 224625, 224649, 224679, 224697, 224721, 224743, 224762, 224787, 224800, 224826, 224858, 224878, 224904, 224928, 224947, 224964, 224992, 225026, 225048, 225076, 225102, 225127, 225158, 225177, 225202, 225225, 225246, 225273, 225288, 225309, 225328, 225342, 225352, 225363, 225371, 225380, 225395, 225411, 225428, 225443, 225452, 225462, 225467, 225472, 225478, 225485, 225488, 225492, 225499, 225510, 225519, 225527, 225535, 225545, 225554, 225563, 225570, 225575, 225582, 225602, 225627, 225642, 225662, 225677, 225697, 225704, 225711, 225721, 225731, 225737, 225751, 225763, 225777, 225793, 225807, 225819, 225832, 225848, 225860, 225864, 225874, 225893, 225911, 225934, 225952, 225964, 225990, 226016, 226036, 226060, 226070, 226084, 226103, 226124, 226140, 226155, 226172, 226188, 226208, 226230, 226245, 226265, 226285, 226302, 226311, 226328, 226350, 226375, 226404, 226423, 226443, 226467, 226481, 226487, 226494, 226502, 226516, 226535, 226552, 226567, 226581, 226597, 226618, 226631, 226649, 226666, 226682, 226702, 226717, 226736, 226748, 226756, 226765, 226788, 226811, 226824, 226844, 226864, 226884, 226904, 226917, 226925, 226935, 226942, 226950, 226955, 226968, 226982, 226985, 226989, 226993, 227005, 227014, 227024, 227029, 227042, 227052, 227064, 227077, 227087, 227100, 227111, 227120, 227135, 227147, 227157, 227167, 227176, 227190, 227206, 227223, 227237, 227254, 227269, 227282, 227301, 227317, 227331, 227344, 227357, 227370, 227375, 227392, 227414, 227431, 227448, 227471, 227495, 227516, 227543, 227571, 227596, 227625, 227650, 227658, 227663, 227668, 227673, 227681, 227690, 227703, 227727, 227752, 227770, 227789, 227811, 227834, 227853, 227877, 227902, 227927, 227953, 227969, 227986, 227998, 228014, 228031, 228043, 228063, 228084, 228104, 228125, 228139, 228145, 228167, 228190, 228206, 228223, 228243, 228264, 228275, 228297, 228320, 228343, 228367, 228381, 228396, 228410, 228425, 228438, 228456, 228475, 228493, 228512, 228520, 228529, 228548, 228564, 228571, 228577, 228585, 228595, 228599, 228604, 228607, 228613, 228621, 228632, 228646, 228653, 228660, 228672, 228697, 228714, 228728, 228741, 228755, 228769, 228784, 228800, 228811, 228823, 228838, 228848, 228857, 228866, 228874, 228891, 228910, 228918, 228927, 228938, 228956, 228974, 228997, 229017, 229042, 229058, 229081, 229100, 229121, 229137, 229154, 229178, 229193, 229209, 229219, 229231, 229243, 229255, 229268, 229280, 229293, 229307, 229314, 229322, 229336, 229354, 229367, 229387, 229408, 229426, 229450, 229475, 229497, 229523, 229545, 229560, 229577, 229594, 229611, 229633, 229651, 229670, 229694, 229709, 229730, 229752, 229768, 229781, 229795, 229813, 229833, 229848, 229864, 229878, 229901, 229914, 229928, 229943, 229953, 229964, 229974, 229979, 229985, 229998, 230012, 230022, 230033, 230044, 230063, 230087, 230107, 230123, 230137, 230151, 230165, 230184, 230199, 230215, 230236, 230248, 230266, 230285, 230298, 230308, 230323, 230340, 230352, 230365, 230376, 230396, 230406, 230417, 230430, 230444, 230456, 230474, 230495, 230510, 230525, 230539, 230547, 230563, 230588, 230604, 230618, 230638, 230652, 230665, 230677, 230685, 230700, 230714, 230735, 230753, 230770, 230788, 230801, 230819, 230838, 230858, 230869, 230881, 230894, 230909, 230925, 230944, 230958, 230971, 230985, 230998, 231010, 231029, 231048, 231067, 231078, 231086, 231096, 231107, 231116, 231127, 231139, 231158, 231176, 231194, 231213, 231228, 231249, 231267, 231281, 231302, 231310, 231317, 231323, 231330, 231347, 231358, 231370, 231381, 231391, 231399, 231411, 231422, 231437, 231443, 231454, 231464, 231474, 231487, 231496, 231504, 231516, 231525, 231533, 231554, 231575, 231586, 231604, 231622, 231640, 231658, 231669, 231676, 231684, 231697, 231713, 231731, 231752, 231776, 231781, 231787, 231805, 231820, 231834, 231845, 231849, 231854, 231860, 231863, 231867, 231877, 231892, 231908, 231922, 231941, 231958, 231973, 231989, 232002, 232018, 232035, 232049, 232064, 232080, 232091, 232103, 232116, 232136, 232152, 232165, 232179, 232192, 232203, 232217, 232232, 232252, 232271, 232290, 232311, 232331, 232351, 232363, 232376, 232393, 232409, 232425, 232443, 232460, 232477, 232488, 232496, 232504, 232520, 232532, 232536, 232553, 232567, 232575, 232591, 232610, 232621, 232641, 232656, 232676, 232691, 232705, 232720, 232733, 232752, 232774, 232790, 232805, 232821, 232834, 232851, 232856, 232861, 232863, 232869, 232873, 232883, 232891, 232899, 232906, 232915, 232930, 232938, 232948, 232958, 232969, 232978, 232988, 232993, 233002, 233012, 233030, 233044, 233059, 233074, 233088, 233102, 233123, 233137, 233146, 233160, 233168, 233184, 233195, 233205, 233217, 233232, 233247, 233258, 233269, 233281, 233293, 233311, 233328, 233341, 233355, 233369, 233382, 233395, 233415, 233428, 233434, 233445, 233463, 233472, 233487, 233501, 233516, 233531, 233547, 233564, 233576, 233589, 233605, 233616, 233626, 233636, 233645, 233653, 233669, 233679, 233689, 233699, 233707, 233716, 233728, 233734, 233741, 233749, 233758, 233768, 233784, 233793, 233804, 233817, 233830, 233843, 233857, 233870, 233884, 233896, 233907, 233918, 233931, 233943, 233955, 233969, 233976, 233989, 233996, 234015, 234031, 234041, 234056, 234068, 234080, 234097, 234114, 234120, 234127, 234133, 234140, 234148, 234157, 234163, 234170, 234178, 234186, 234191, 234197, 234205, 234222, 234240, 234253, 234265, 234271, 234277, 234284, 234303, 234319, 234334, 234351, 234372, 234384, 234392, 234399, 234407, 234416, 234422, 234429, 234440, 234446, 234454, 234460, 234470, 234490, 234507, 234523, 234536, 234547, 234555, 234577, 234596, 234614, 234629, 234638, 234648, 234659, 234664, 234673, 234683, 234698, 234715, 234732, 234744, 234756, 234775, 234790, 234808, 234825, 234845, 234863, 234885, 234906, 234923, 234940, 234953, 234967, 234977, 234982, 234988, 234997, 235012, 235026, 235038, 235049, 235060, 235085, 235106, 235117, 235134, 235146, 235157, 235169, 235184, 235195, 235207, 235214, 235224, 235235, 235244, 235261, 235276, 235293, 235312, 235329, 235344, 235363, 235380, 235399, 235416, 235432, 235453, 235472, 235491, 235506, 235523, 235535, 235548, 235564, 235585, 235609, 235637, 235655, 235674, 235697, 235710, 235718, 235736, 235751, 235761, 235775, 235784, 235809, 235820, 235838, 235860, 235879, 235897, 235912, 235919, 235930, 235944, 235962, 235975, 235987, 235999, 236011, 236024, 236035, 236043, 236052, 236061, 236079, 236098, 236113, 236134, 236152, 236166, 236187, 236198, 236210, 236223, 236247, 236264, 236292, 236321, 236343, 236366, 236392, 236419, 236442, 236470, 236499, 236528, 236558, 236578, 236599, 236615, 236635, 236656, 236672, 236696, 236721, 236745, 236770, 236788, 236798, 236809, 236823, 236840, 236857, 236872, 236885, 236904, 236920, 236934, 236941, 236949, 236958, 236982, 236988, 236996, 237003, 237013, 237028, 237040, 237065, 237086, 237103, 237118, 237124, 237131, 237139, 237152, 237168, 237184, 237198, 237210, 237228, 237243, 237256, 237262, 237269, 237283, 237294, 237310, 237324, 237340, 237358, 237374, 237388, 237403, 237421, 237435, 237452, 237467, 237484, 237503, 237520, 237535, 237551, 237570, 237585, 237595, 237603, 237609, 237617, 237624, 237644, 237661, 237677, 237690, 237693, 237703, 237712, 237721, 237728, 237733, 237738, 237744, 237755, 237763, 237778, 237787, 237798, 237808, 237821, 237840, 237860, 237877, 237900, 237924, 237945, 237970, 237991, 238008, 238017, 238029, 238047, 238066, 238082, 238104, 238127, 238147, 238171, 238191, 238195, 238201, 238207, 238212, 238219, 238227, 238243, 238247, 238252, 238255, 238259, 238272, 238284, 238289, 238295, 238316, 238338, 238353, 238369, 238388, 238408, 238429, 238451, 238473, 238496, 238509, 238523, 238536, 238550, 238559, 238576, 238594, 238611, 238629, 238645, 238648, 238667, 238682, 238706, 238726, 238751, 238771, 238792, 238812, 238827, 238850, 238869, 238897, 238921, 238950, 238974, 238999, 239023, 239042, 239062, 239078, 239084, 239091, 239100, 239115, 239133, 239147, 239166, 239182, 239196, 239211, 239224, 239232, 239242, 239264, 239273, 239295, 239311, 239331, 239342, 239355, 239371, 239390, 239402, 239403, 239410, 239419, 239428, 239438, 239444, 239451, 239462, 239474, 239487, 239505, 239520, 239535, 239548, 239562, 239579, 239596, 239607, 239617, 239629, 239644, 239661, 239676, 239689, 239705, 239717, 239736, 239749, 239761, 239774, 239789, 239802, 239817, 239829, 239833, 239838, 239846, 239850, 239855, 239867, 239884, 239904, 239928, 239942, 239957, 239976, 239985, 239993, 240002, 240008, 240018, 240030, 240042, 240051, 240064, 240081, 240095, 240108, 240116, 240130, 240138, 240153, 240169, 240183, 240196, 240206, 240210, 240213, 240224, 240233, 240237, 240242, 240254, 240271, 240291, 240315, 240329, 240344, 240363, 240372, 240380, 240387, 240394, 240400, 240417, 240423, 240434, 240445, 240458, 240472, 240486, 240497, 240504, 240514, 240526, 240541, 240559, 240565, 240571, 240577, 240584, 240601, 240616, 240627, 240647, 240658, 240675, 240691, 240708, 240721, 240741, 240758, 240776, 240795, 240805, 240819, 240834, 240852, 240865, 240879, 240891, 240903, 240915, 240930, 240941, 240952, 240968, 240981, 240990, 241007, 241020, 241027, 241035, 241042, 241057, 241073, 241081, 241090, 241105, 241120, 241137, 241150, 241168, 241184, 241198, 241212, 241227, 241244, 241260, 241278, 241294, 241308, 241324, 241343, 241356, 241376, 241388, 241405, 241421, 241434, 241448, 241461, 241478, 241497, 241512, 241528, 241540, 241557, 241572, 241590, 241604, 241625, 241640, 241654, 241669, 241688, 241708, 241730, 241753, 241774, 241793, 241814, 241837, 241858, 241877, 241899, 241920, 241938, 241958, 241975, 241999, 242022, 242041, 242055, 242073, 242087, 242100, 242104, 242112, 242122, 242134, 242139, 242155, 242172, 242187, 242200, 242216, 242237, 242250, 242254, 242259, 242276, 242295, 242310, 242327, 242350, 242372, 242391, 242412, 242429, 242448, 242473, 242497, 242513, 242530, 242547, 242565, 242579, 242594, 242608, 242615, 242636, 242657, 242675, 242694, 242709, 242729, 242742, 242761, 242782, 242804, 242817, 242831, 242834, 242848, 242858, 242873, 242886, 242899, 242916, 242923, 242929, 242945, 242965, 242981, 242997, 243014, 243031, 243039, 243044, 243050, 243057, 243072, 243085, 243097, 243110, 243124, 243142, 243155, 243172, 243182, 243186, 243195, 243211, 243228, 243243, 243257, 243275, 243297, 243321, 243340, 243357, 243378, 243401, 243419, 243437, 243455, 243471, 243489, 243504, 243517, 243533, 243553, 243575, 243592, 243607, 243626, 243647, 243663, 243679, 243695, 243709, 243725, 243729, 243734, 243749, 243767, 243780, 243790, 243801, 243813, 243836, 243855, 243870, 243883, 243894, 243910, 243920, 243935, 243944, 243958, 243975, 243993, 244013, 244030, 244038, 244047, 244055, 244067, 244084, 244103, 244117, 244127, 244148, 244174, 244203, 244236, 244259, 244283, 244311, 244329, 244336, 244345, 244353, 244368, 244379, 244390, 244403, 244423, 244437, 244449, 244464, 244475, 244491, 244504, 244513, 244530, 244543, 244559, 244570, 244585, 244603, 244616, 244630, 244644, 244660, 244674, 244688, 244704, 244719, 244730, 244739, 244750, 244761, 244771, 244781, 244797, 244810, 244823, 244833, 244842, 244854, 244867, 244889, 244902, 244907, 244916, 244929, 244941, 244948, 244953, 244957, 244962, 244971, 244980, 244993, 245003, 245016, 245029, 245037, 245047, 245056, 245070, 245081, 245102, 245112, 245126, 245137, 245145, 245154, 245164, 245177, 245202, 245217, 245225, 245246, 245266, 245275, 245285, 245294, 245302, 245316, 245329, 245339, 245351, 245363, 245376, 245386, 245398, 245406, 245415, 245425, 245438, 245452, 245465, 245475, 245485, 245494, 245509, 245520, 245530, 245541, 245551, 245569, 245590, 245610, 245630, 245649, 245663, 245676, 245689, 245699, 245708, 245721, 245734, 245747, 245760, 245773, 245788, 245796, 245805, 245812, 245821, 245832, 245843, 245854, 245863, 245873, 245899, 245921, 245936, 245956, 245976, 246005, 246035, 246064, 246086, 246113, 246139, 246163, 246180, 246201, 246232, 246264, 246295, 246319, 246348, 246376, 246402, 246416, 246430, 246447, 246467, 246480, 246496, 246524, 246553, 246581, 246602, 246628, 246653, 246676, 246689, 246714, 246732, 246745, 246774, 246793, 246810, 246828, 246843, 246858, 246873, 246876, 246884, 246893, 246901, 246912, 246922, 246935, 246941, 246948, 246958, 246963, 246977, 246989, 247002, 247017, 247030, 247041, 247057, 247074, 247093, 247112, 247128, 247144, 247157, 247170, 247181, 247200, 247211, 247226, 247237, 247251, 247266, 247283, 247300, 247314, 247328, 247339, 247348, 247365, 247378, 247387, 247397, 247406, 247416, 247430, 247446, 247468, 247485, 247501, 247509, 247518, 247529, 247538, 247550, 247564, 247581, 247590, 247607, 247620, 247633, 247645, 247660, 247675, 247685, 247696, 247707, 247719, 247725, 247738, 247752, 247768, 247782, 247797, 247815, 247830, 247847, 247862, 247875, 247890, 247903, 247913, 247931, 247945, 247960, 247974, 247989, 248008, 248029, 248051, 248072, 248085, 248099, 248115, 248129, 248146, 248165, 248187, 248201, 248223, 248241, 248259, 248276, 248296, 248316, 248331, 248347, 248363, 248374, 248396, 248420, 248447, 248466, 248493, 248516, 248539, 248561, 248586, 248611, 248631, 248648, 248666, 248685, 248707, 248721, 248743, 248761, 248779, 248796, 248814, 248834, 248854, 248869, 248886, 248899, 248915, 248932, 248951, 248970, 248986, 249002, 249015, 249026, 249045, 249057, 249070, 249082, 249097, 249111, 249127, 249144, 249153, 249170, 249183, 249196, 249208, 249221, 249236, 249253, 249268, 249278, 249293, 249307, 249327, 249340, 249356, 249370, 249385, 249402, 249417, 249430, 249445, 249458, 249475, 249488, 249504, 249518, 249533, 249550, 249565, 249578, 249593, 249606, 249623, 249636, 249653, 249671, 249691, 249711, 249728, 249745, 249759, 249771, 249791, 249806, 249822, 249840, 249858, 249873, 249888, 249900, 249910, 249928, 249946, 249965, 249986, 250007, 250025, 250043, 250058, 250071, 250092, 250108, 250125, 250144, 250163, 250179, 250195, 250208, 250219, 250238, 250241, 250263, 250286, 250310, 250327, 250341, 250358, 250370, 250400, 250424, 250428, 250433, 250447, 250466, 250482, 250495, 250508, 250524, 250539, 250551, 250563, 250581, 250595, 250608, 250626, 250641, 250660, 250672, 250684, 250699, 250713, 250724, 250735, 250752, 250765, 250784, 250801, 250809, 250813, 250822, 250837, 250854, 250867, 250882, 250903, 250923, 250931, 250941, 250954, 250970, 250974, 250990, 251007, 251021, 251038, 251056, 251071, 251087, 251101, 251104, 251108, 251113, 251118, 251127, 251145, 251164, 251180, 251197, 251214, 251232, 251252, 251268, 251274, 251286, 251301, 251314, 251328, 251342, 251359, 251379, 251398, 251415, 251434, 251455, 251470, 251490, 251505, 251519, 251541, 251560, 251578, 251597, 251615, 251634, 251654, 251675, 251691, 251708, 251728, 251743, 251757, 251771, 251784, 251800, 251819, 251837, 251853, 251871, 251891, 251905, 251924, 251938, 251951, 251956, 251961, 251978, 251996, 252011, 252029, 252048, 252064, 252081, 252096, 252115, 252132, 252154, 252174, 252192, 252211, 252227, 252246, 252266, 252283, 252301, 252317, 252340, 252359, 252365, 252372, 252388, 252400, 252412, 252426, 252447, 252462, 252475, 252491, 252503, 252520, 252534, 252545, 252560, 252574, 252586, 252603, 252618, 252636, 252650, 252655, 252659, 252664, 252681, 252695, 252714, 252722, 252738, 252757, 252768, 252786, 252806, 252821, 252841, 252856, 252876, 252890, 252905, 252923, 252946, 252959, 252977, 252986, 253005, 253027, 253035, 253051, 253066, 253082, 253092, 253104, 253112, 253121, 253134, 253151, 253159, 253164, 253170, 253176, 253182, 253188, 253209, 253223, 253236, 253249, 253264, 253278, 253292, 253300, 253313, 253322, 253329, 253339, 253351, 253365, 253379, 253393, 253408, 253422, 253437, 253448, 253460, 253470, 253482, 253496, 253510, 253524, 253539, 253553, 253568, 253579, 253591, 253601, 253610, 253635, 253653, 253680, 253693, 253719, 253738, 253766, 253775, 253794, 253811, 253827, 253845, 253867, 253884, 253905, 253919, 253927, 253935, 253947, 253956, 253964, 253971, 253978, 253991, 253998, 254006, 254019, 254029, 254040, 254048, 254058, 254069, 254085, 254107, 254125, 254152, 254175, 254203, 254226, 254250, 254273, 254291, 254317, 254339, 254370, 254397, 254429, 254456, 254484, 254511, 254533, 254556, 254575, 254588, 254602, 254621, 254626, 254630, 254635, 254642, 254657, 254671, 254691, 254709, 254726, 254742, 254759, 254774, 254791, 254802, 254820, 254839, 254853, 254868, 254884, 254895, 254907, 254920, 254935, 254950, 254968, 254981, 254993, 255005, 255016, 255027, 255034, 255039, 255045, 255056, 255059, 255066, 255074, 255087, 255103, 255121, 255138, 255147, 255182, 255210, 255238, 255268, 255276, 255294, 255302, 255331, 255353, 255375, 255399, 255420, 255456, 255485, 255523, 255533, 255554, 255591, 255621, 255660, 255665, 255672, 255680, 255694, 255710, 255722, 255736, 255756, 255775, 255787, 255804, 255813, 255827, 255838, 255854, 255873, 255891, 255908, 255928, 255939, 255943, 255952, 255960, 255970, 255979, 255988, 255997, 256002, 256013, 256032, 256045, 256058, 256074, 256088, 256101, 256113, 256127, 256137, 256148, 256156, 256164, 256179, 256186, 256199, 256211, 256222, 256236, 256250, 256268, 256287, 256302, 256315, 256328, 256351, 256367, 256384, 256404, 256422, 256438, 256456, 256470, 256485, 256502, 256516, 256534, 256551, 256569, 256591, 256614, 256633, 256650, 256663, 256681, 256694, 256703, 256717, 256727, 256741, 256751, 256767, 256775, 256783, 256799, 256807, 256811, 256825, 256841, 256850, 256862, 256874, 256887, 256903, 256907, 256920, 256931, 256944, 256959, 256971, 256985, 256997, 257007, 257022, 257033, 257043, 257055, 257066, 257083, 257095, 257111, 257124, 257143, 257158, 257172, 257184, 257199, 257212, 257227, 257244, 257259, 257274, 257291, 257306, 257322, 257332, 257349, 257368, 257385, 257400, 257418, 257438, 257456, 257472, 257482, 257493, 257506, 257518, 257536, 257549, 257566, 257580, 257600, 257616, 257631, 257647, 257661, 257677, 257695, 257711, 257727, 257745, 257761, 257778, 257790, 257804, 257817, 257836, 257850, 257868, 257883, 257904, 257921, 257937, 257954, 257969, 257986, 258005, 258022, 258039, 258058, 258075, 258093, 258097, 258117, 258133, 258148, 258168, 258185, 258199, 258213, 258230, 258246, 258259, 258272, 258291, 258306, 258329, 258357, 258382, 258404, 258426, 258451, 258475, 258496, 258517, 258544, 258567, 258577, 258588, 258607, 258630, 258659, 258691, 258719, 258747, 258765, 258787, 258801, 258824, 258851, 258884, 258920, 258952, 258984, 259006, 259032, 259050, 259074, 259096, 259126, 259147, 259167, 259185, 259211, 259228, 259238, 259257, 259274, 259292, 259308, 259318, 259328, 259339, 259348, 259358, 259369, 259377, 259387, 259401, 259418, 259444, 259468, 259493, 259516, 259533, 259550, 259568, 259584, 259601, 259619, 259634, 259657, 259684, 259717, 259753, 259785, 259817, 259839, 259865, 259883, 259910, 259941, 259978, 260018, 260054, 260090, 260116, 260146, 260168, 260196, 260222, 260256, 260281, 260305, 260327, 260357, 260378, 260391, 260400, 260415, 260432, 260450, 260467, 260483, 260496, 260508, 260527, 260536, 260543, 260553, 260566, 260578, 260595, 260617, 260636, 260652, 260668, 260687, 260705, 260720, 260735, 260756, 260773, 260797, 260819, 260835, 260850, 260863, 260886, 260907, 260921, 260938, 260951, 260971, 260996, 261018, 261037, 261056, 261078, 261099, 261117, 261135, 261159, 261179, 261187, 261199, 261212, 261221, 261235, 261255, 261268, 261283, 261298, 261312, 261323, 261338, 261351, 261373, 261393, 261414, 261433, 261446, 261459, 261473, 261485, 261498, 261512, 261523, 261540, 261557, 261575, 261598, 261618, 261635, 261652, 261672, 261691, 261707, 261723, 261745, 261763, 261782, 261806, 261827, 261845, 261863, 261884, 261904, 261921, 261938, 261961, 261980, 261990, 262000, 262016, 262034, 262053, 262070, 262085, 262102, 262121, 262138, 262153, 262171, 262188, 262202, 262218, 262231, 262251, 262270, 262285, 262303, 262319, 262337, 262357, 262375, 262391, 262408, 262428, 262444, 262461, 262476, 262494, 262517, 262537, 262554, 262571, 262591, 262610, 262626, 262642, 262664, 262682, 262703, 262722, 262743, 262766, 262787, 262806, 262826, 262849, 262868, 262878, 262897, 262924, 262949, 262968, 262986, 263002, 263028, 263052, 263069, 263089, 263105, 263118, 263135, 263150, 263168, 263191, 263203, 263219, 263240, 263258, 263273, 263288, 263306, 263323, 263343, 263366, 263388, 263409, 263423, 263437, 263457, 263473, 263499, 263523, 263541, 263558, 263573, 263598, 263621, 263637, 263656, 263671, 263687, 263701, 263717, 263735, 263751, 263765, 263780, 263798, 263812, 263836, 263858, 263884, 263910, 263924, 263936, 263952, 263973, 263992, 264015, 264038, 264060, 264080, 264104, 264128, 264148, 264166, 264188, 264210, 264233, 264254, 264279, 264304, 264320, 264342, 264362, 264386, 264410, 264425, 264433, 264449, 264463, 264479, 264497, 264513, 264527, 264542, 264560, 264574, 264584, 264594, 264623, 264648, 264676, 264708, 264729, 264757, 264781, 264808, 264839, 264859, 264868, 264890, 264908, 264929, 264954, 264968, 264988, 265006, 265018, 265029, 265038, 265057, 265074, 265084, 265097, 265106, 265111, 265125, 265138, 265153, 265165, 265185, 265211, 265236, 265250, 265268, 265282, 265294, 265306, 265320, 265331, 265350, 265375, 265399, 265412, 265429, 265446, 265467, 265489, 265513, 265537, 265558, 265579, 265597, 265613, 265637, 265647, 265665, 265689, 265712, 265724, 265740, 265752, 265762, 265782, 265800, 265812, 265823, 265835, 265844, 265854, 265869, 265881, 265893, 265907, 265919, 265929, 265938, 265947, 265962, 265982, 265999, 266013, 266027, 266044, 266060, 266073, 266086, 266105, 266120, 266132, 266151, 266168, 266178, 266189, 266200, 266208, 266216, 266230, 266243, 266257, 266266, 266276, 266286, 266292, 266305, 266316, 266327, 266347, 266371, 266401, 266434, 266463, 266492, 266511, 266534, 266549, 266573, 266601, 266635, 266672, 266705, 266738, 266761, 266788, 266807, 266832, 266855, 266886, 266908, 266929, 266948, 266975, 266993, 267004, 267024, 267042, 267061, 267078, 267089, 267100, 267112, 267122, 267133, 267145, 267160, 267178, 267205, 267230, 267256, 267280, 267298, 267316, 267335, 267352, 267370, 267389, 267407, 267417, 267429, 267440, 267457, 267469, 267485, 267498, 267517, 267532, 267546, 267561, 267574, 267589, 267606, 267621, 267636, 267653, 267668, 267684, 267697, 267711, 267734, 267755, 267777, 267797, 267811, 267825, 267840, 267853, 267867, 267882, 267895, 267906, 267919, 267931, 267949, 267962, 267979, 267993, 268013, 268029, 268044, 268060, 268074, 268090, 268108, 268124, 268140, 268158, 268174, 268191, 268203, 268217, 268230, 268249, 268263, 268281, 268296, 268317, 268334, 268350, 268367, 268382, 268399, 268418, 268435, 268452, 268471, 268488, 268506, 268513, 268521, 268540, 268560, 268580, 268601, 268624, 268629, 268640, 268656, 268665, 268675, 268690, 268701, 268713, 268725, 268731, 268741, 268753, 268768, 268786, 268797, 268824, 268849, 268868, 268886, 268902, 268928, 268952, 268969, 268989, 269005, 269010, 269014, 269022, 269032, 269042, 269052, 269063, 269073, 269084, 269089, 269102, 269116, 269129, 269141, 269147, 269161, 269176, 269190, 269203, 269213, 269224, 269240, 269252, 269273, 269294, 269299, 269310, 269320, 269327, 269342, 269357, 269373, 269388, 269402, 269409, 269417, 269426, 269436, 269449, 269457, 269473, 269480, 269485, 269490, 269496, 269503, 269517, 269532, 269540, 269552, 269559, 269567, 269584, 269604, 269628, 269642, 269657, 269676, 269685, 269692, 269700, 269709, 269727, 269743, 269760, 269778, 269793, 269811, 269830, 269846, 269863, 269878, 269896, 269915, 269931, 269950, 269970, 269987, 270005, 270024, 270038, 270053, 270069, 270087, 270102, 270118, 270130, 270147, 270163, 270181, 270200, 270219, 270238, 270254, 270271, 270284, 270302, 270319, 270338, 270358, 270364, 270373, 270380, 270390, 270399, 270413, 270427, 270442, 270458, 270469, 270481, 270486, 270494, 270503, 270521, 270540, 270548, 270557, 270572, 270582, 270593, 270605, 270613, 270623, 270641, 270656, 270666, 270677, 270689, 270697, 270706, 270720, 270730, 270740, 270758, 270778, 270788, 270799, 270810, 270821, 270832, 270840, 270846, 270854, 270863, 270872, 270882, 270900, 270920, 270931, 270941, 270949, 270958, 270972, 270983, 270995, 271012, 271035, 271055, 271065, 271077, 271083, 271092, 271107, 271119, 271138, 271151, 271166, 271186, 271202, 271218, 271236, 271261, 271280, 271297, 271317, 271333, 271354, 271372, 271380, 271388, 271395, 271407, 271420, 271430, 271445, 271454, 271474, 271486, 271501, 271516, 271533, 271551, 271575, 271590, 271611, 271631, 271652, 271673, 271695, 271718, 271736, 271754, 271773, 271795, 271812, 271828, 271844, 271860, 271874, 271894, 271911, 271926, 271940, 271950, 271965, 271985, 272001, 272017, 272035, 272060, 272079, 272096, 272116, 272132, 272153, 272171, 272193, 272213, 272227, 272240, 272251, 272272, 272291, 272303, 272318, 272329, 272344, 272353, 272363, 272379, 272392, 272412, 272426, 272441, 272457, 272465, 272473, 272481, 272493, 272504, 272509, 272515, 272522, 272530, 272550, 272567, 272583, 272596, 272605, 272619, 272625, 272632, 272640, 272653, 272670, 272683, 272696, 272711, 272733, 272749, 272763, 272780, 272793, 272811, 272826, 272835, 272850, 272863, 272876, 272888, 272899, 272918, 272939, 272962, 272985, 273005, 273027, 273043, 273066, 273077, 273094, 273109, 273124, 273138, 273151, 273163, 273175, 273193, 273208, 273230, 273246, 273263, 273281, 273292, 273303, 273318, 273334, 273350, 273369, 273388, 273405, 273420, 273441, 273459, 273475, 273480, 273486, 273518, 273549, 273563, 273585, 273621, 273656, 273682, 273692, 273701, 273711, 273721, 273730, 273740, 273752, 273764, 273781, 273801, 273815, 273829, 273842, 273848, 273855, 273860, 273865, 273873, 273876, 273886, 273897, 273912, 273920, 273941, 273965, 273985, 274005, 274015, 274023, 274037, 274048, 274059, 274065, 274076, 274088, 274103, 274122, 274147, 274175, 274199, 274223, 274237, 274255, 274265, 274281, 274295, 274317, 274330, 274342, 274354, 274363, 274371, 274381, 274399, 274411, 274420, 274436, 274455, 274468, 274481, 274493, 274496, 274504, 274511, 274518, 274536, 274553, 274570, 274579, 274587, 274595, 274601, 274610, 274626, 274638, 274659, 274676, 274702, 274724, 274751, 274773, 274796, 274818, 274835, 274860, 274881, 274911, 274937, 274968, 274994, 275021, 275047, 275068, 275090, 275108, 275125, 275137, 275157, 275173, 275198, 275219, 275249, 275275, 275306, 275332, 275359, 275385, 275406, 275435, 275460, 275494, 275524, 275559, 275589, 275620, 275650, 275675, 275701, 275723, 275744, 275760, 275777, 275790, 275794, 275799, 275814, 275828, 275842, 275854, 275864, 275876, 275890, 275902, 275912, 275926, 275938, 275952, 275964, 275975, 275991, 276005, 276019, 276029, 276038, 276051, 276062, 276075, 276090, 276103, 276114, 276129, 276142, 276157, 276170, 276182, 276199, 276214, 276229, 276240, 276252, 276263, 276268, 276285, 276303, 276321, 276340, 276361, 276379, 276383, 276391, 276402, 276433, 276439, 276449, 276467, 276473, 276496, 276515, 276537, 276563, 276578, 276593, 276610, 276629, 276648, 276664, 276682, 276694, 276713, 276732, 276739, 276746, 276755, 276768, 276776, 276784, 276791, 276816, 276841, 276849, 276857, 276876, 276893, 276908, 276922, 276943, 276961, 276977, 276997, 277012, 277031, 277043, 277052, 277063, 277072, 277096, 277117, 277137, 277158, 277179, 277201, 277224, 277242, 277261, 277283, 277300, 277316, 277332, 277347, 277351, 277366, 277382, 277398, 277415, 277434, 277442, 277447, 277449, 277463, 277475, 277487, 277492, 277498, 277505, 277511, 277530, 277543, 277561, 277582, 277607, 277622, 277638, 277658, 277668, 277680, 277691, 277699, 277703, 277719, 277735, 277750, 277763, 277779, 277790, 277800, 277813, 277826, 277842, 277857, 277869, 277883, 277897, 277910, 277924, 277935, 277946, 277958, 277969, 277983, 277996, 278005, 278016, 278026, 278034, 278052, 278069, 278081, 278090, 278098, 278108, 278115, 278127, 278140, 278153, 278158, 278170, 278174, 278179, 278192, 278207, 278222, 278236, 278251, 278263, 278276, 278288, 278302, 278317, 278333, 278350, 278367, 278385, 278403, 278422, 278441, 278461, 278476, 278492, 278510, 278529, 278544, 278560, 278576, 278595, 278615, 278636, 278657, 278679, 278701, 278724, 278747, 278771, 278790, 278810, 278832, 278855, 278874, 278894, 278914, 278934, 278950, 278970, 278991, 279013, 279035, 279058, 279081, 279105, 279129, 279154, 279174, 279195, 279218, 279242, 279262, 279283, 279304, 279325, 279335, 279340, 279352, 279364, 279377, 279392, 279410, 279423, 279431, 279444, 279456, 279468, 279481, 279498, 279516, 279533, 279548, 279566, 279585, 279598, 279619, 279641, 279662, 279681, 279695, 279706, 279718, 279728, 279740, 279751, 279764, 279774, 279786, 279801, 279818, 279833, 279852, 279867, 279885, 279899, 279908, 279926, 279942, 279950, 279959, 279975, 279989, 280005, 280024, 280047, 280066, 280079, 280084, 280090, 280104, 280116, 280130, 280146, 280159, 280174, 280187, 280198, 280210, 280223, 280234, 280257, 280281, 280307, 280333, 280356, 280379, 280399, 280417, 280443, 280461, 280481, 280499, 280515, 280534, 280555, 280574, 280591, 280602, 280608, 280619, 280629, 280632, 280644, 280654, 280666, 280680, 280690, 280701, 280710, 280719, 280725, 280742, 280755, 280770, 280783, 280794, 280808, 280821, 280839, 280859, 280877, 280893, 280912, 280933, 280952, 280969, 280984, 281001, 281015, 281035, 281040, 281048, 281058, 281071, 281085, 281098, 281113, 281131, 281149, 281163, 281177, 281192, 281207, 281228, 281244, 281251, 281267, 281282, 281301, 281321, 281340, 281360, 281375, 281390, 281403, 281422, 281443, 281455, 281468, 281493, 281514, 281540, 281553, 281567, 281580, 281597, 281613, 281629, 281645, 281650, 281667, 281681, 281694, 281704, 281723, 281739, 281754, 281766, 281776, 281793, 281805, 281819, 281835, 281850, 281863, 281870, 281885, 281901, 281916, 281930, 281938, 281954, 281971, 281987, 282002, 282014, 282027, 282040, 282060, 282075, 282092, 282111, 282129, 282145, 282158, 282178, 282193, 282210, 282229, 282247, 282263, 282273, 282287, 282294, 282301, 282323, 282344, 282367, 282388, 282412, 282435, 282454, 282474, 282498, 282514, 282532, 282549, 282571, 282592, 282611, 282621, 282635, 282652, 282670, 282690, 282709, 282724, 282744, 282758, 282771, 282784, 282796, 282805, 282822, 282839, 282857, 282874, 282890, 282902, 282921, 282935, 282951, 282969, 282986, 283001, 283010, 283030, 283047, 283067, 283088, 283104, 283126, 283141, 283148, 283156, 283166, 283188, 283205, 283221, 283234, 283250, 283261, 283277, 283295, 283307, 283329, 283350, 283368, 283391, 283409, 283430, 283449, 283471, 283495, 283518, 283536, 283555, 283574, 283594, 283618, 283635, 283651, 283662, 283676, 283689, 283710, 283726, 283744, 283760, 283779, 283789, 283806, 283819, 283837, 283859, 283880, 283908, 283932, 283950, 283965, 283985, 284003, 284022, 284037, 284053, 284069, 284087, 284103, 284121, 284140, 284156, 284176, 284190, 284206, 284219, 284235, 284249, 284264, 284276, 284299, 284316, 284331, 284343, 284359, 284377, 284398, 284422, 284442, 284461, 284482, 284504, 284522, 284540, 284558, 284576, 284591, 284611, 284624, 284638, 284655, 284673, 284687, 284704, 284719, 284735, 284746, 284765, 284779, 284791, 284807, 284828, 284839, 284855, 284870, 284888, 284906, 284925, 284949, 284975, 285001, 285022, 285046, 285061, 285072, 285084, 285098, 285115, 285129, 285153, 285165, 285184, 285201, 285222, 285245, 285269, 285289, 285302, 285320, 285332, 285349, 285363, 285379, 285403, 285417, 285432, 285448, 285462, 285479, 285502, 285522, 285540, 285554, 285567, 285588, 285599, 285619, 285642, 285654, 285669, 285685, 285706, 285722, 285739, 285759, 285779, 285798, 285813, 285830, 285842, 285857, 285879, 285897, 285921, 285933, 285950, 285966, 285980, 285996, 286010, 286026, 286044, 286060, 286076, 286088, 286100, 286116, 286135, 286147, 286163, 286176, 286187, 286202, 286218, 286233, 286249, 286260, 286271, 286280, 286295, 286312, 286320, 286329, 286350, 286367, 286389, 286398, 286408, 286417, 286430, 286442, 286454, 286466, 286476, 286485, 286498, 286512, 286524, 286541, 286553, 286563, 286568, 286574, 286593, 286599, 286600, 286605, 286612, 286623, 286630, 286638, 286652, 286665, 286683, 286696, 286711, 286732, 286753, 286768, 286782, 286800, 286814, 286826, 286837, 286855, 286872, 286890, 286913, 286931, 286950, 286966, 286988, 287011, 287031, 287055, 287075, 287095, 287115, 287131, 287144, 287165, 287179, 287200, 287219, 287238, 287262, 287286, 287307, 287326, 287349, 287371, 287395, 287415, 287440, 287458, 287479, 287493, 287500, 287516, 287527, 287543, 287552, 287566, 287581, 287603, 287622, 287644, 287673, 287705, 287731, 287762, 287787, 287818, 287848, 287875, 287905, 287918, 287938, 287955, 287975, 288002, 288032, 288056, 288085, 288108, 288137, 288165, 288190, 288218, 288228, 288242, 288249, 288257, 288264, 288277, 288284, 288292, 288301, 288315, 288334, 288358, 288381, 288398, 288406, 288425, 288431, 288448, 288468, 288488, 288505, 288524, 288532, 288541, 288553, 288566, 288576, 288591, 288598, 288608, 288623, 288635, 288648, 288658, 288669, 288680, 288689, 288708, 288724, 288738, 288756, 288773, 288788, 288810, 288835, 288860, 288882, 288906, 288924, 288935, 288948, 288969, 288993, 289017, 289038, 289061, 289072, 289085, 289100, 289114, 289127, 289136, 289153, 289162, 289181, 289196, 289203, 289216, 289230, 289241, 289258, 289275, 289293, 289308, 289327, 289342, 289354, 289370, 289381, 289401, 289413, 289423, 289442, 289462, 289479, 289502, 289526, 289547, 289572, 289593, 289607, 289619, 289632, 289648, 289655, 289662, 289669, 289677, 289685, 289694, 289708, 289726, 289739, 289751, 289769, 289788, 289804, 289826, 289849, 289869, 289893, 289913, 289922, 289932, 289937, 289948, 289966, 289978, 289989, 289997, 290006, 290015, 290030, 290046, 290055, 290070, 290080, 290089, 290107, 290117, 290130, 290143, 290154, 290165, 290177, 290192, 290206, 290219, 290237, 290260, 290280, 290297, 290314, 290334, 290353, 290369, 290385, 290407, 290425, 290439, 290453, 290471, 290489, 290501, 290520, 290537, 290550, 290563, 290583, 290601, 290620, 290630, 290642, 290655, 290674, 290698, 290719, 290737, 290755, 290776, 290796, 290813, 290830, 290853, 290872, 290885, 290898, 290913, 290933, 290958, 290980, 290999, 291018, 291040, 291061, 291079, 291097, 291121, 291141, 291162, 291188, 291211, 291231, 291251, 291274, 291296, 291315, 291334, 291359, 291380, 291396, 291411, 291427, 291437, 291450, 291462, 291475, 291486, 291497, 291511, 291522, 291537, 291549, 291559, 291571, 291582, 291591, 291608, 291624, 291638, 291653, 291669, 291681, 291694, 291714, 291734, 291751, 291772, 291790, 291804, 291813, 291824, 291836, 291848, 291857, 291867, 291883, 291898, 291915, 291926, 291937, 291947, 291956, 291968, 291976, 291990, 291999, 292009, 292021, 292034, 292047, 292055, 292069, 292080, 292090, 292107, 292120, 292134, 292150, 292164, 292179, 292194, 292208, 292219, 292232, 292248, 292265, 292277, 292290, 292302, 292316, 292325, 292335, 292347, 292360, 292378, 292389, 292405, 292417, 292436, 292446, 292458, 292472, 292481, 292492, 292507, 292523, 292536, 292550, 292564, 292578, 292592, 292604, 292620, 292630, 292642, 292663, 292687, 292710, 292732, 292742, 292751, 292762, 292773, 292783, 292794, 292808, 292818, 292831, 292847, 292863, 292876, 292887, 292900, 292914, 292930, 292944, 292959, 292970, 292983, 292993, 292999, 293011, 293024, 293034, 293050, 293065, 293081, 293102, 293118, 293135, 293149, 293167, 293185, 293199, 293211, 293232, 293251, 293271, 293289, 293301, 293313, 293326, 293337, 293349, 293362, 293368, 293379, 293395, 293416, 293436, 293450, 293451, 293465, 293470, 293487, 293496, 293503, 293517, 293530, 293535, 293546, 293549, 293567, 293587, 293607, 293623, 293628, 293638, 293651, 293662, 293673, 293683, 293693, 293705, 293719, 293742, 293763, 293796, 293810, 293824, 293830, 293852, 293864, 293874, 293892, 293904, 293924, 293948, 293962, 293985, 294004, 294018, 294032, 294044, 294064, 294078, 294090, 294103, 294125, 294142, 294168, 294178, 294188, 294198, 294208, 294222, 294234, 294252, 294261, 294270, 294282, 294288, 294294, 294300, 294306, 294312, 294318, 294324, 294330, 294336, 294342, 294348, 294357, 294363, 294369, 294375, 294381],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[68, 831, 2450, 2453, 2601, 5182, 6040, 7479, 7480, 8193, 8217, 8255, 8283, 8286, 8600]), Anchor::All(&[Anchor::Lits(&[10247, 10343, 10401, 10869, 10871, 12327, 12332, 12358, 12363, 13138, 13542, 15418, 15431, 15803, 15939, 16012, 17045, 17977]), Anchor::Lits(&[8694, 9937, 10448, 10723, 10908, 10918, 10920, 10931, 10983, 10985, 11047, 11072, 11080, 11126, 11166, 11341, 11349, 11375, 11383, 11430, 11470, 12067, 12120, 12236, 12809, 12811, 12867, 12871, 13526, 14070, 14147, 14172, 14220, 14258, 14260, 14314, 14505, 14593, 14910, 14916, 14924, 14929, 15056, 15058, 15060, 15478, 15530, 16093, 16253, 16400, 16903, 16909, 16911, 16913, 16917, 16919, 17076, 17841, 17844, 17969, 18119])]), Anchor::All(&[Anchor::Lits(&[8694, 9937, 10448, 10723, 10908, 10918, 10920, 10931, 10983, 10985, 11047, 11072, 11080, 11126, 11166, 11341, 11349, 11375, 11383, 11430, 11470, 12067, 12120, 12236, 12809, 12811, 12867, 12871, 13526, 14070, 14147, 14172, 14220, 14258, 14260, 14314, 14505, 14593, 14910, 14916, 14924, 14929, 15056, 15058, 15060, 15478, 15530, 16093, 16253, 16400, 16903, 16909, 16911, 16913, 16917, 16919, 17076, 17841, 17844, 17969, 18119]), Anchor::Lits(&[69, 173, 1854, 2387, 2394, 2600, 2775, 3087, 4481, 4646, 4924, 5072, 5091, 5097, 5123, 5181, 5672, 5746, 6409]), Anchor::Lits(&[212, 382, 1962, 1985])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[1419, 1421, 1430, 2780, 2789, 3089, 3130, 3876, 4569, 4649, 5069, 5075, 5164, 6414, 6417, 6425, 6497, 6519, 8175, 8191, 8193, 8199, 8239, 8243, 8283, 8600]), Anchor::All(&[Anchor::Lits(&[10247, 10343, 10869, 10871, 12327, 12332, 12358, 12363, 13138, 15418, 15431, 15942, 16012, 17045, 17977]), Anchor::Lits(&[8694, 9937, 10448, 10723, 10908, 10918, 10920, 10931, 10983, 10985, 11047, 11072, 11080, 11126, 11166, 11341, 11349, 11375, 11383, 11430, 11470, 12067, 12120, 12236, 12809, 12811, 12867, 12871, 13526, 14070, 14147, 14172, 14220, 14258, 14260, 14314, 14505, 14593, 14910, 14916, 14924, 14929, 15056, 15058, 15060, 15478, 15530, 16093, 16253, 16400, 16903, 16909, 16911, 16913, 16917, 16919, 17076, 17841, 17844, 17969, 18119]), Anchor::Lits(&[8987, 9222, 11715, 19205])]), Anchor::All(&[Anchor::Lits(&[8694, 9937, 10448, 10723, 10908, 10918, 10920, 10931, 10983, 10985, 11047, 11072, 11080, 11126, 11166, 11341, 11349, 11375, 11383, 11430, 11470, 12067, 12120, 12236, 12809, 12811, 12867, 12871, 13526, 14070, 14147, 14172, 14220, 14258, 14260, 14314, 14505, 14593, 14910, 14916, 14924, 14929, 15056, 15058, 15060, 15478, 15530, 16093, 16253, 16400, 16903, 16909, 16911, 16913, 16917, 16919, 17076, 17841, 17844, 17969, 18119]), Anchor::Lits(&[10235, 10871, 12329, 12363, 13138, 13541, 15431, 15802, 15939, 16011, 16016]), Anchor::Lits(&[9222, 11532, 11715])]), Anchor::All(&[Anchor::Lits(&[9183, 9185, 9193, 9202, 9203, 9204, 9207, 9215, 9217, 9218, 9221, 14693, 14695, 14703, 14712, 14713, 14714, 14717, 14725, 14727, 14728, 14731, 16478, 16480, 16488, 16497, 16498, 16499, 16502, 16510, 16513, 16515, 16519, 16753, 16754, 16755, 16756, 16757, 16758, 16759, 16760, 16761, 16762, 16763, 16764, 16765, 16766, 16768, 16769, 16770, 16771, 16772, 16773, 16774, 16775, 17265, 17266, 17267, 17268, 17269, 17270, 17271, 17272, 17273, 17274, 17275, 17276, 17277, 17278, 17279, 17280, 17281, 17282, 17283, 17284, 17285, 17286, 17382, 17383, 17384, 17385, 17386, 17387, 17388, 17389, 17390, 17391, 17392, 17403, 17404, 17405, 17406, 17407, 17408, 17409, 17410, 17411, 17412, 17413, 17440, 17441, 17442, 17443, 17444, 17445, 17446, 17447, 17448, 17449, 17450, 17451, 17452, 17453, 17454, 17455, 17456, 17457, 17458, 17459, 17460, 17461, 17492, 17493, 17494, 17495, 17496, 17497, 17498, 17499, 17500, 17501, 17502, 17530, 17531, 17532, 17533, 17534, 17535, 17536, 17541, 17542, 17543, 17544, 17668, 17676, 17677, 17682, 17683, 17684, 17685, 17686, 17687, 17688, 17689, 17690, 17691, 17692, 17693, 17694, 17695, 17700, 17701, 17702, 17703, 17708, 19229, 19230, 19231, 19232, 19233, 19234, 19235, 19236, 19237, 19238, 19239, 19255, 19256, 19257, 19258, 19259, 19260, 19261, 19262, 19263, 19264, 19265, 19269, 19270, 19271, 19272, 19273, 19274, 19275, 19276, 19277, 19278, 19279, 19280, 19281, 19282, 19283, 19284, 19285, 19286, 19287, 19288, 19289, 19290]), Anchor::Lits(&[8694, 9937, 10448, 10723, 10908, 10918, 10920, 10931, 10983, 10985, 11047, 11072, 11080, 11126, 11166, 11341, 11349, 11375, 11383, 11430, 11470, 12067, 12120, 12236, 12809, 12811, 12867, 12871, 13526, 14070, 14147, 14172, 14220, 14258, 14260, 14314, 14505, 14593, 14910, 14916, 14924, 14929, 15056, 15058, 15060, 15478, 15530, 16093, 16253, 16400, 16903, 16909, 16911, 16913, 16917, 16919, 17076, 17841, 17844, 17969, 18119])]), Anchor::All(&[Anchor::Lits(&[2196, 2206, 2209, 2210, 2211, 2212, 2213, 2214, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2311, 2321, 2324, 2325, 2326, 2328, 2329, 2331, 2334, 2335, 2336, 2337, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 3496, 6487, 6850, 6866]), Anchor::Lits(&[10247, 10343, 10869, 10871, 12327, 12332, 12358, 12363, 13138, 15418, 15431, 15942, 16012, 17045, 17977])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[6501, 6508, 6517, 6587, 6588, 6594, 6596, 6598, 6600, 6601, 7793, 7799, 7806, 7813, 7814, 7816, 7818, 7820, 7822, 7823, 8293, 8313, 8321, 8323, 8333, 8343, 8346, 8353, 8354, 8355, 8356, 8357, 8367, 8379, 8380, 8381, 8382, 8383, 8393, 8407, 8408, 8409, 8410, 8411, 8412, 8413, 8414, 8426, 8427, 8428, 8429, 8430, 8431, 8432, 8438, 8439, 8440, 8441, 8442, 8443, 8444, 8445, 8446, 8447, 8499, 8562]), Anchor::All(&[Anchor::Lits(&[8694, 9937, 10448, 10723, 10908, 10918, 10920, 10931, 10983, 10985, 11047, 11072, 11080, 11126, 11166, 11341, 11349, 11375, 11383, 11430, 11470, 12067, 12120, 12236, 12809, 12811, 12867, 12871, 13526, 14070, 14147, 14172, 14220, 14258, 14260, 14314, 14505, 14593, 14910, 14916, 14924, 14929, 15056, 15058, 15060, 15478, 15530, 16093, 16253, 16400, 16903, 16909, 16911, 16913, 16917, 16919, 17076, 17841, 17844, 17969, 18119]), Anchor::Lits(&[1178, 2661, 3613, 5030, 5038, 5179, 5512, 5605]), Anchor::Lits(&[8737, 8829, 10270, 10273, 10423, 10527, 10530, 10661, 10777, 10798, 12283, 14782, 15379, 15562, 16014, 16145, 16475, 17032, 18261])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[63, 930, 1210, 1334, 1490, 1496, 1497, 1499, 1503, 1505, 1559, 1568, 1574, 1597, 1631, 1731, 1734, 1743, 1749, 1779, 1813, 2388, 2392, 2591, 2859, 2861, 2879, 2882, 3590, 4029, 4055, 4070, 4124, 4190, 4192, 4214, 4317, 4510, 4833, 4835, 4838, 4839, 4942, 4943, 4944, 5223, 5252, 5738, 5831, 5988, 6251, 6253, 6257, 6259, 6262, 6264, 6439, 6925, 6926, 7352, 7462]), Anchor::Lits(&[8697, 9754, 11569, 12935, 12945, 13500, 15337, 15371, 16528, 18191, 18194, 19012, 19094, 19096, 19100, 19113, 19188, 19190, 19204, 19438]), Anchor::Lits(&[649, 2600, 3121, 5155, 6447, 7342, 7373, 8698, 9755, 11570, 12936, 12946, 15338, 15372, 16529, 18192, 18195, 19104, 19114, 19115, 19442])])),
            (4, "override-the-above", Anchor::Lits(&[69, 832, 5073, 5118])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[1448, 2652, 2661, 3127, 5161, 5176, 5605, 5670, 6425]), Anchor::Lits(&[930, 1499, 2388, 2861, 4070, 4124, 4835, 4942, 6259, 6264])])),
            (6, "override-previous-loosely", Anchor::Any(&[Anchor::Lits(&[15854]), Anchor::All(&[Anchor::Lits(&[1854, 5097, 5123]), Anchor::Lits(&[12811])])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[8695, 8696, 9090, 9946, 10449, 10724, 10913, 10919, 10921, 10982, 10984, 10990, 11073, 11081, 11127, 11342, 11376, 11384, 11431, 12118, 12121, 12237, 12810, 12864, 12868, 12872, 14071, 14148, 14173, 14221, 14259, 14261, 14315, 14506, 14558, 14612, 14911, 14920, 14928, 14930, 15057, 15059, 15061, 15479, 15531, 16094, 16254, 16459, 16904, 16912, 16914, 16918, 16920, 17842, 17845, 17970, 18123]), Anchor::All(&[Anchor::Lits(&[8694, 9937, 10448, 10723, 10908, 10918, 10920, 10931, 10983, 10985, 11047, 11072, 11080, 11126, 11166, 11341, 11349, 11375, 11383, 11430, 11470, 12067, 12120, 12236, 12809, 12811, 12867, 12871, 13526, 14070, 14147, 14172, 14220, 14258, 14260, 14314, 14505, 14593, 14910, 14916, 14924, 14929, 15056, 15058, 15060, 15478, 15530, 16093, 16253, 16400, 16903, 16909, 16911, 16913, 16917, 16919, 17076, 17841, 17844, 17969, 18119]), Anchor::Lits(&[69, 173, 1854, 2387, 2394, 2600, 2775, 3087, 4481, 4646, 4924, 5072, 5091, 5097, 5123, 5181, 5672, 5746, 6409]), Anchor::Lits(&[10095, 10247, 10469, 10869, 12267, 12778, 13083, 13835, 14553, 14828, 15111, 15431, 17175])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[6496, 6499, 6500, 6506, 6507, 6517, 6518, 6575, 6576, 6586, 6593, 6594, 6597, 6599, 6602, 7789, 7791, 7792, 7797, 7798, 7806, 7807, 7809, 7810, 7812, 7815, 7816, 7819, 7821, 7824])),
            (9, "override-everything-then-order", Anchor::Lits(&[1500, 1501, 1502, 2389, 2390, 2391, 2862, 2864, 2866, 4071, 4072, 4073, 4125, 4126, 4127, 5739, 5740, 5741])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::Lits(&[10424, 10425, 10426, 10431, 12991, 12992, 12993, 12994, 13003, 13004, 13005, 13006, 13144, 13146, 13150, 13167, 17177, 17178, 17179, 17182]), Anchor::All(&[Anchor::Lits(&[10932, 10933, 10934, 10935, 10936, 10937, 10938, 10939, 10940, 10941, 10942, 10943, 10944, 10945, 10946, 10947, 10948, 10949, 10950, 10951, 10952, 10953, 10954, 10955, 10956, 10957, 10958, 10959, 10960, 10961, 10962, 10963, 10964, 10965, 10966, 10967, 10968, 10969, 10970, 10971, 10973, 10974, 10975, 10976, 10977, 10978, 10979, 10980, 12068, 12069, 12070, 12071, 12072, 12073, 12074, 12075, 12076, 12077, 12078, 12079, 12080, 12081, 12082, 12083, 12084, 12085, 12086, 12087, 12088, 12089, 12090, 12091, 12092, 12093, 12094, 12095, 12096, 12097, 12098, 12099, 12100, 12101, 12102, 12103, 12104, 12105, 12106, 12107, 12109, 12110, 12111, 12112, 12113, 12114, 12115, 12116, 12812, 12813, 12814, 12815, 12816, 12817, 12818, 12819, 12820, 12821, 12822, 12823, 12824, 12825, 12826, 12827, 12828, 12829, 12830, 12831, 12832, 12833, 12834, 12835, 12836, 12837, 12838, 12839, 12840, 12841, 12842, 12843, 12844, 12845, 12846, 12847, 12848, 12849, 12850, 12851, 12855, 12856, 12857, 12858, 12859, 12860, 12861, 12862, 16401, 16402, 16403, 16404, 16405, 16406, 16407, 16408, 16409, 16410, 16411, 16412, 16413, 16414, 16415, 16416, 16418, 16419, 16420, 16421, 16422, 16423, 16424, 16426, 16429, 16430, 16431, 16432, 16433, 16434, 16439, 16440, 16441, 16442, 16443, 16444, 16445, 16448, 16449, 16450, 16451, 16452, 16453, 16454, 16455, 16456, 16457, 16458]), Anchor::Lits(&[9179, 10118, 10683, 12021, 12022, 12023, 14886, 14890, 14892, 15342, 15344, 15347, 15702, 15720, 15722, 15787, 15788, 16075, 16855, 17164, 17165, 19005])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[10247, 10343, 10401, 10869, 10871, 12327, 12332, 12358, 12363, 13138, 13542, 15418, 15431, 15803, 15939, 16012, 17045, 17977]), Anchor::Any(&[Anchor::Lits(&[9375, 9376, 11024, 11099, 11223, 11236, 11283, 11298, 11313, 11402, 13248, 13249, 14252, 14253, 14257, 14265, 14268]), Anchor::All(&[Anchor::Lits(&[52, 53, 171, 973, 974, 1345, 1369, 1467, 1919, 1944, 2067, 2129, 2130, 2612, 2877, 3226, 3252, 3546, 3603, 4194, 4202, 4260, 4263, 4265, 4267, 4271, 4315, 4336, 4365, 4638, 4790, 4807, 5341, 5425, 5447, 5482, 5484, 5540, 5558, 6305, 6313, 6370, 7631, 7905, 8018, 8128]), Anchor::Lits(&[9371, 12280, 12392, 12414, 12469, 13233, 13917, 16266, 16280, 18486, 18678])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[785, 972, 975, 2698, 2728, 3227, 3228, 4795, 4796, 4835, 4837, 4839, 4840, 5446, 5448, 6312, 6314, 6440, 6442, 7401, 7402, 7897]), Anchor::Lits(&[69, 173, 212, 382, 1854, 1985, 2387, 2394, 2600, 2775, 3087, 4481, 4646, 4650, 4924, 5072, 5091, 5097, 5123, 5181, 5672, 5746, 6409, 8292]), Anchor::Lits(&[10235, 10437, 10871, 12358, 13138, 13803, 13836, 14817, 15195, 15220, 15431, 15942])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[8152, 8181, 8194, 8200, 8281, 8595]), Anchor::All(&[Anchor::Lits(&[65, 66, 142, 143, 1136, 1137, 2173, 2184, 2810, 2811, 3626, 3627, 4318, 4328, 5489, 5490, 6247, 6248]), Anchor::Lits(&[10032, 11016, 11305, 14087, 14250, 14290, 15522, 16900, 19029, 19042, 19122, 19124, 19181, 19182, 19419])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[2018, 2019, 2020, 2021, 3489, 3490, 3493, 3500, 4577, 4578, 4582, 4594, 6117, 6118, 6119, 6120, 8699, 8702, 8705, 8707, 8714, 8716, 8718, 8720, 8770, 8776, 8777, 9156, 9157, 9162, 9174, 9175, 9176, 9177, 9783, 9798, 9816, 9817, 9818, 10289, 10290, 10291, 10293, 10294, 10295, 10296, 10297, 10298, 10299, 10300, 10301, 10302, 10303, 10304, 10305, 10306, 10307, 10308, 10309, 10310, 10311, 10312, 10313, 10315, 10318, 10321, 10324, 10326, 10387, 10388, 10390, 10395, 10440, 10441, 10442, 10601, 10602, 10603, 10604, 10715, 10716, 10717, 10718, 10782, 10787, 10788, 10790, 10794, 10795, 10797, 11574, 11578, 11580, 11581, 11584, 11586, 11588, 11868, 11869, 11870, 11871, 11872, 11873, 11993, 11996, 11998, 12000, 12002, 12004, 12006, 12026, 12028, 12029, 12030, 12174, 12176, 12569, 12578, 12580, 12581, 12586, 12590, 12595, 12947, 13406, 13410, 13414, 13420, 13430, 13431, 13597, 13598, 13599, 13600, 14519, 14520, 14521, 14522, 14524, 14525, 14526, 14527, 14528, 14529, 14530, 14531, 14532, 14533, 14535, 14538, 14541, 14544, 14546, 14631, 14635, 14639, 14645, 14655, 14656, 14852, 14858, 14860, 14861, 14865, 14867, 14870, 15303, 15304, 15305, 15319, 15323, 15325, 15326, 15330, 15332, 15334, 15355, 15359, 15361, 15362, 15365, 15367, 15369, 15642, 15643, 15645, 15647, 15784, 15785, 15786, 16530, 16745, 16746, 16747, 16748, 16749, 16750, 17038, 17044, 17045, 17048, 17054, 17055, 17058, 17071, 17072, 17073, 17074, 17078, 17079, 17080, 17081, 17989, 17990, 17996, 18005, 19168, 19192])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[725, 1083, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 4959, 8152, 8183, 8185, 8202, 8203, 8204, 8205, 8206, 8207, 8208, 8209, 8210, 8213, 8214, 8215, 8216, 8218, 8219, 8220, 8221, 8222, 8223, 8225, 8233, 8234, 8238, 8240, 8258, 8259, 8263, 8264, 8265, 8266, 8267, 8268, 8269, 8270, 8272, 8273, 8274, 8275, 8276, 8277, 8278, 8279, 8288, 8289, 8563, 8586, 8587, 8588, 8589, 8590, 8591, 8592, 8593, 8596, 8597, 8598, 8599, 8601, 8602, 8603, 8604]), Anchor::Lits(&[9920, 9937, 10112, 10886, 10931, 11702, 12067, 12811, 14916, 16400, 18425])])),
            (16, "deceive-the-user", Anchor::Lits(&[2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 7510, 7512, 7514, 7515, 7516, 7521, 7522, 7523, 7524, 7525, 9942, 9944, 9945, 9946, 10968, 10971, 10981, 10982, 11020, 11091, 11094, 11100, 11122, 11149, 11158, 11309, 11394, 11397, 11404, 11426, 11453, 11462, 12104, 12107, 12117, 12118, 12602, 12604, 12606, 12611, 12848, 12851, 12863, 12864, 14099, 14156, 14159, 14164, 14176, 14202, 14211, 18802, 18880, 18884, 18888, 18896, 18908, 18940, 18951, 18957, 18958, 18966])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[645, 767, 846, 4366, 4539, 4540, 4551, 7172]), Anchor::Lits(&[3504, 3505, 3506, 3507, 3508, 3510, 3511, 3512, 3513, 3514, 3515, 3516, 3517, 3518, 3519, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 4877, 4878, 4879, 4880, 4881, 4882, 4883, 4884, 4885, 4886, 4887, 4888, 4889, 4890, 4891, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5012, 5013, 5218, 5219, 5220, 5221, 5222, 5226, 5227, 5228, 5229, 5230, 5231, 5232, 5233, 5234, 5237, 5826, 5827, 5828, 5829, 5830, 5848, 5849, 5850, 5851, 5852, 5853, 5854, 5855, 5857, 5866, 5878, 5879, 5880, 5881, 5882, 5883, 5884, 5885, 5886, 5887, 5888, 5889, 5890, 5891, 5892, 6377, 6378, 6379, 6380, 6381, 6382, 6383, 6384, 6385, 6387, 6388, 6394, 6397, 6398, 6399, 7407, 7408, 7409, 7410, 7411, 7413, 7414, 7415, 7416, 7418, 7419, 7425, 7428, 7429, 7432])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[9834, 10192, 10193, 10195, 10196, 10199, 10202, 10215, 10216, 10217, 10218, 10728, 10729, 10733, 10737, 11481, 11482, 11487, 11501, 11678, 11679, 11680, 11681, 11682, 11683, 11684, 11685, 12016, 12017, 12018, 12019, 12162, 12163, 12172, 14933, 14934, 14935, 14938, 15469, 15470, 15471, 15472, 15670, 15671, 15672, 15675, 15687, 15688, 15689, 15690, 15693, 15694, 15695, 15696, 15770, 15771, 15773, 15776, 15778, 15779, 15780, 15781, 15891, 15892, 15893, 15894, 17062, 18120, 18121, 18122, 18123, 18703, 18704, 18705, 18706, 18707, 18708, 18709, 18710]), Anchor::All(&[Anchor::Lits(&[887, 1029, 1955, 2661, 5519, 5611, 5671]), Anchor::Lits(&[18747, 18788])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[179, 180, 181, 182, 4519, 4520, 4550, 4570, 6996, 6997, 7171, 7320, 7922, 7923, 7943, 8014]), Anchor::Lits(&[19206, 19210, 19211, 19212, 19213, 19214, 19215, 19216, 19217, 19218, 19220, 19221, 19222, 19223, 19225, 19227, 19228, 19240, 19242, 19247, 19248, 19250, 19251, 19252, 19253, 19254, 19266, 19267, 19268, 19291, 19292, 19293, 19294, 19295, 19296, 19297, 19298, 19300, 19302, 19303, 19305, 19306, 19307, 19308, 19309, 19310, 19311, 19312, 19313, 19314, 19317, 19319, 19320, 19321, 19322, 19324, 19325, 19326, 19328, 19330, 19331, 19332, 19334, 19335, 19336, 19337, 19339, 19340, 19342, 19343, 19344, 19345, 19351, 19353, 19354, 19357, 19358, 19359, 19361, 19364, 19365, 19367, 19368, 19369, 19371, 19373, 19374, 19376, 19377, 19378, 19379, 19380, 19381, 19383, 19384, 19385, 19386, 19391, 19392, 19393, 19394, 19395, 19396, 19397, 19399, 19400, 19403, 19404, 19407, 19408, 19409, 19410, 19411])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[6651, 6652, 6653, 6654, 6671, 6672, 6673, 6674, 6682, 6683, 6690, 6691, 6693, 6694, 6697, 6698, 6711, 6712, 6716, 6717, 8294, 8295, 8296, 8297, 8331, 8332, 8344, 8345, 8405, 8406, 8415, 8416, 8436, 8437, 8454, 8455, 8500, 8501, 8514, 8515]), Anchor::Lits(&[63, 930, 1210, 1334, 1490, 1496, 1497, 1499, 1503, 1505, 1559, 1568, 1574, 1597, 1631, 1731, 1734, 1743, 1749, 1779, 1813, 2388, 2392, 2591, 2859, 2861, 2879, 2882, 3590, 4029, 4055, 4070, 4124, 4190, 4192, 4214, 4317, 4510, 4833, 4835, 4838, 4839, 4942, 4943, 4944, 5223, 5252, 5738, 5831, 5988, 6251, 6253, 6257, 6259, 6262, 6264, 6439, 6925, 6926, 7352, 7462])])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[3952, 3954, 14222, 14223, 14225, 14226, 14227, 15374, 15375, 15376, 15377, 15378, 18198, 18199, 18200, 18201, 18202, 18246, 18247, 18248, 18249, 18250]), Anchor::All(&[Anchor::Lits(&[19012, 19099, 19157, 19186, 19190, 19412, 19437]), Anchor::Lits(&[10329, 11922, 12158, 12388, 13380, 13533, 14912, 15617, 15738, 15775, 15890, 18128])]), Anchor::All(&[Anchor::Lits(&[3270, 3272, 3275, 3293, 3294, 3296, 3297, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3315, 3316, 3321, 3322, 3323, 3324, 3325, 3326]), Anchor::Lits(&[19205])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[574, 582, 584, 596, 597, 598, 611, 612, 615, 616, 618, 620, 629, 644, 8194, 8212, 8271, 8281, 8595])),
            (23, "nothing-is-real", Anchor::Lits(&[415, 1170, 4169, 4250, 4278, 4279, 4280, 4281, 5607])),
            (24, "declined-now-allowed", Anchor::Any(&[Anchor::Lits(&[9701, 9702, 9703, 9704, 9705, 9706, 9707, 9842, 9843, 9844, 9845, 9846, 9847, 9848, 10750, 10751, 10752, 10753, 10754, 10755, 10756, 10900, 10901, 10902, 10903, 10904, 10905, 10906, 12058, 12059, 12060, 12061, 12062, 12063, 12064, 15422, 15423, 15424, 15425, 15426, 15427, 15428, 15795, 15796, 15797, 15798, 15799, 15800, 15801]), Anchor::All(&[Anchor::Lits(&[509, 510, 511, 515, 516, 524, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 3256, 3258, 3260, 3263, 3264, 3273, 3288, 3289, 3290, 3291, 3292, 3295, 3298, 3299, 3309, 3312]), Anchor::Lits(&[9841, 10598, 10599, 10684, 10749, 12056, 12057, 15641, 15659, 19001, 19002])])])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[4036, 8152, 8194, 8198, 8212, 8227, 8228, 8231, 8281, 8563, 8595, 9401, 10403, 10404, 10405, 10406, 10407, 10408, 10409, 10410, 10411, 10412, 10413, 10414, 10415, 10416, 10417, 10418, 10419, 10420, 12335, 12336, 12337, 12338, 12339, 12340, 12342, 12343, 12344, 12345, 12346, 12347, 12349, 12350, 12352, 12353, 12354, 12355, 12366, 12367, 12368, 12369, 12370, 12371, 12372, 12373, 12374, 12375, 12376, 12377, 12378, 12379, 12380, 12381, 12382, 12383, 13148, 13149, 13153, 13154, 13155, 13156, 13157, 13158, 13159, 13160, 13161, 13162, 13165, 13166, 13168, 13169, 13170, 13171, 13543, 13544, 13545, 13546, 13547, 13548, 13549, 13550, 13551, 13552, 13553, 13554, 13555, 13556, 13557, 13558, 13559, 13560, 13564, 13565, 13566, 13567, 13568, 13569, 13570, 13571, 13572, 13573, 13574, 13575, 13576, 13577, 13579, 13580, 13581, 13582, 15198, 15199, 15200, 15201, 15202, 15203, 15205, 15206, 15207, 15208, 15209, 15210, 15212, 15213, 15215, 15216, 15217, 15218, 15221, 15222, 15223, 15224, 15225, 15226, 15228, 15229, 15230, 15231, 15232, 15233, 15234, 15235, 15237, 15238, 15239, 15240, 15807, 15808, 15809, 15810, 15811, 15812, 15814, 15815, 15816, 15817, 15818, 15819, 15821, 15822, 15824, 15825, 15826, 15827, 15944, 15945, 15946, 15947, 15948, 15949, 15950, 15951, 15952, 15953, 15954, 15955, 15956, 15957, 15959, 15960, 15961, 15962, 17642]), Anchor::All(&[Anchor::Lits(&[19205]), Anchor::Lits(&[1369, 2067, 3226, 3603, 4186, 4194, 4202, 4267, 4336, 4790, 5540, 5558, 6176, 6313, 6370, 7631]), Anchor::Lits(&[1179, 2662, 3129, 5031, 5039, 5520, 5606, 6426])])])),
            (26, "ignore-governance-policies", Anchor::Any(&[Anchor::Lits(&[70, 71, 1860, 1862, 2062, 2063, 4647, 4648, 5111, 5113, 5129, 5131]), Anchor::All(&[Anchor::Lits(&[8694, 9937, 10448, 10723, 10908, 10918, 10920, 10931, 10983, 10985, 11047, 11072, 11080, 11126, 11166, 11341, 11349, 11375, 11383, 11430, 11470, 12067, 12120, 12236, 12809, 12811, 12867, 12871, 13526, 14070, 14147, 14172, 14220, 14258, 14260, 14314, 14505, 14593, 14910, 14916, 14924, 14929, 15056, 15058, 15060, 15478, 15530, 16093, 16253, 16400, 16903, 16909, 16911, 16913, 16917, 16919, 17076, 17841, 17844, 17969, 18119]), Anchor::Lits(&[8745, 8753, 8754, 8756, 8757, 10277, 10283, 10284, 10285, 10286, 10662, 10664, 10665, 10666, 10667, 12284, 12286, 12287, 12288, 12290, 13743, 13747, 13748, 13749, 13750, 15380, 15382, 15383, 15384, 15386, 16019, 16030, 16031, 16034, 16036, 16155, 16175, 16176, 16179, 16181]), Anchor::Lits(&[89, 1132, 1304, 2631, 3711, 5136, 5672, 5758])])])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[2601, 8193, 8211, 8255, 8261, 8280, 8594, 10389, 10394, 12029, 13599, 14532, 15644, 15646, 15774, 15777, 17075, 17086, 17995, 18003, 18209, 18212, 18218, 18220, 18221, 18223, 18224, 18239, 18240, 18241, 18244, 19333, 19338, 19398]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4266, 4269, 4270, 4273, 10909, 10910, 10911, 10912, 10947, 10969, 10970, 10972, 10986, 10987, 10988, 10989, 11284, 11289, 11299, 11314, 11361, 11403, 11486, 11495, 11496, 11497, 12083, 12105, 12106, 12108, 12827, 12849, 12850, 12852, 14252, 14253, 14256, 14257, 14265, 14266, 14267, 14268, 14273, 14278, 14914, 14931, 15691, 16095, 16096, 16097, 16098, 16976, 17843, 17846, 17847, 17848]), Anchor::All(&[Anchor::Lits(&[973, 974, 1138, 1369, 2067, 2129, 3226, 3252, 3603, 3906, 4315, 4336, 4790, 4834, 5017, 5447, 5482, 5540, 5558, 6313, 6370, 7631, 8128]), Anchor::Lits(&[9372, 9378, 9718, 9753, 10398, 12555, 13234, 14501, 18487])])]), Anchor::Any(&[Anchor::Lits(&[678, 679, 680, 681, 682, 683, 893, 1153, 1198, 1228, 2478, 2479, 2483, 2505, 2506, 2509, 2553, 2601, 3643, 5160, 5865, 6197, 6503, 8193, 8211, 8255, 8261, 8271, 8280, 8594, 9246, 9247, 9251, 9256, 9268, 9269, 9270, 9271, 10778, 10780, 10783, 10784, 10785, 10787, 10788, 10791, 10793, 10794, 10795, 10799, 10800, 10801, 10802, 10803, 10804, 10806, 10807, 10808, 10809, 11571, 11575, 11583, 11584, 11759, 11760, 11783, 11788, 11800, 11801, 11802, 11803, 11998, 12561, 12564, 12570, 12573, 12574, 12578, 12582, 12585, 12586, 12590, 13030, 13036, 13043, 13047, 13048, 14845, 14853, 14864, 14865, 15279, 15282, 15287, 15288, 15316, 15320, 15329, 15330, 15352, 15356, 15364, 15365, 16819, 16820, 16821, 16822, 16823, 16824, 16825, 16826, 16827, 16828, 16844, 16845, 16846, 16847, 16848, 16849, 16850, 16851, 16852, 16853, 17033, 17036, 17039, 17040, 17041, 17044, 17045, 17050, 17053, 17054, 17055, 18561, 18562, 18563, 18564, 18568, 18569, 18570, 18571]), Anchor::All(&[Anchor::Lits(&[894, 1149, 1178, 1448, 2652, 2659, 2661, 3128, 4642, 5030, 5038, 5161, 5163, 5519, 5605, 5869, 7375]), Anchor::Lits(&[17288, 17340, 17377, 17437, 18208])]), Anchor::All(&[Anchor::Lits(&[892, 1152, 3125, 5159, 7346]), Anchor::Lits(&[18549])])])]), Anchor::All(&[Anchor::Lits(&[892, 1152, 3125, 5159, 7346]), Anchor::Lits(&[18549])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[429, 433, 435, 450, 453, 455, 949, 950, 951, 1102, 1104, 1105, 3346, 6743, 6764, 6885, 7676, 7677, 7678, 7684, 7685, 7686, 8195, 8196, 8197, 8252, 8253, 8254, 9401, 9402, 9405, 9406, 10017, 10018, 10021, 10022, 10023, 10024, 10025, 10030, 15523, 15524, 15529, 15532, 15533, 15534, 15535, 15540, 16902, 16903, 16910, 16913, 16915, 16916, 16919, 16927]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9328, 9333, 9334, 9336, 9337, 9339, 12332, 14780, 16012, 16014, 18357]), Anchor::All(&[Anchor::Lits(&[1149, 1178, 1226, 1448, 2431, 2652, 2659, 2661, 3128, 3613, 5030, 5519, 5605, 5670, 5869]), Anchor::Lits(&[8987, 9222, 13342, 17288, 17326, 17340, 17603, 18208])])]), Anchor::Any(&[Anchor::Lits(&[4266, 14252, 14253, 14257, 14265]), Anchor::All(&[Anchor::Lits(&[973, 974, 1467, 2067, 3226, 3603, 3906, 4184, 4187, 4194, 4195, 4202, 4316, 4336, 4790, 4834, 5425, 5482, 5540, 5558, 6176, 6313, 6370, 7631, 7643, 8018]), Anchor::Lits(&[9372, 9722, 12281, 12417, 12472, 13234, 18447, 18487])])])]), Anchor::All(&[Anchor::Lits(&[13259, 14897, 14915, 15692, 16972, 17087, 18007]), Anchor::Any(&[Anchor::Lits(&[14783, 14787, 14788, 14789]), Anchor::All(&[Anchor::Lits(&[1149, 1448, 2659, 3128, 5030, 5038, 5163, 5605, 5867]), Anchor::Lits(&[8987, 9222, 11715, 17262, 19205])])])]), Anchor::All(&[Anchor::Lits(&[879, 885, 1151, 2600, 3642, 4629, 5661, 5864, 6196, 6321, 6322, 8100]), Anchor::Lits(&[8151])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[19206, 19208, 19241, 19243, 19244, 19245, 19246, 19249, 19266, 19267, 19291, 19293, 19296, 19299, 19301, 19304, 19309, 19312, 19313, 19314, 19315, 19316, 19318, 19319, 19320, 19329, 19341, 19343, 19347, 19348, 19349, 19350, 19352, 19353, 19354, 19355, 19357, 19358, 19359, 19362, 19363, 19366, 19367, 19372, 19375, 19382, 19386, 19397, 19400, 19401, 19405, 19406, 19409]), Anchor::Lits(&[10358, 10359, 10402, 10438, 10870, 10875, 11999, 12333, 12365, 13044, 13056, 13065, 13140, 13143, 15112, 15196, 15277, 15419, 15432, 15438, 15804, 15943, 16259, 17046, 17047, 17978])])),
            (30, "reveal-system-prompt", Anchor::Lits(&[8806, 8808, 8810, 8811, 8813, 8814, 8815, 8817, 8818, 8819, 8820, 10344, 10345, 10347, 10348, 10350, 10351, 10352, 10354, 10355, 10356, 10357, 10779, 10781, 10783, 10785, 10787, 10788, 10792, 10794, 10795, 10796, 10797, 12563, 12568, 12570, 12574, 12578, 12580, 12583, 12586, 12590, 12591, 12595, 13031, 13034, 13036, 13037, 13041, 13043, 13045, 13048, 13050, 13051, 13053, 13189, 13190, 13192, 13193, 13195, 13196, 13197, 13199, 13200, 13201, 13202, 13810, 13811, 13813, 13814, 13816, 13817, 13818, 13820, 13821, 13822, 13823, 14740, 14742, 14744, 14745, 14747, 14748, 14749, 14751, 14757, 14758, 14761, 14847, 14851, 14853, 14854, 14858, 14860, 14862, 14865, 14867, 14868, 14870, 15260, 15261, 15263, 15264, 15266, 15267, 15268, 15270, 15271, 15272, 15273, 15391, 15392, 15394, 15396, 15398, 15402, 15403, 15405, 15406, 15408, 15409, 15595, 15597, 15599, 15600, 15602, 15603, 15604, 15606, 15607, 15608, 15609, 16112, 16114, 16116, 16119, 16121, 16123, 16124, 16126, 16129, 16130, 16133, 16829, 16830, 16832, 16834, 16836, 16837, 16838, 16840, 16841, 16842, 16843, 17035, 17037, 17039, 17041, 17044, 17045, 17052, 17054, 17055, 17056, 17058, 18058, 18060, 18062, 18063, 18065, 18066, 18068, 18070, 18072, 18073, 18077, 18405, 18406, 18408, 18409, 18411, 18412, 18413, 18415, 18416, 18417, 18418])),
            (31, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[447, 448, 449, 450, 453, 461, 949, 950, 952, 1108, 1109, 1110, 3255, 3266, 3313, 3330, 3331, 3332, 5983, 5984, 5985, 7663, 7664, 7673, 7676, 7677, 7679, 7684, 7685, 7687, 7718, 7719, 7720]), Anchor::All(&[Anchor::Lits(&[650, 651, 652, 653, 2549, 2550, 2552, 2553, 2589, 2590, 2595, 2596, 3122, 3123, 3124, 3125, 5156, 5157, 5158, 5159, 5224, 5225, 5235, 5236, 5686, 5687, 5688, 5689, 5810, 5811, 5812, 5814, 6448, 6449, 6450, 6451, 6463, 6464, 6480, 6483, 7343, 7344, 7345, 7346, 8120, 8121, 8125, 8126, 8130, 8131, 8132, 8133]), Anchor::Lits(&[212, 414, 1985, 7756, 7766])])])),
            (32, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[12944, 13101, 18550, 18551, 18552, 18553, 18554, 18555, 18557, 18558, 18559, 18560, 18573]), Anchor::All(&[Anchor::Lits(&[561, 1440, 1635, 2679, 2737, 7688, 7752]), Anchor::Lits(&[18549, 18601])])])),
            (33, "reveal-given-instructions", Anchor::Lits(&[519, 520, 523, 526, 528, 532, 548, 549, 550, 552, 553, 554, 560, 569, 953, 1107, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2666, 2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 5896, 7665, 7666, 7667, 7668, 7669, 7670, 7672, 7674, 7675, 7680, 7681, 7682, 7683, 7728, 7731, 7733, 7734, 7735, 7737, 7739, 7741, 7744, 7745, 7746, 7748, 7749, 7750, 7751, 7753, 8152, 8194, 8212, 8281, 8595, 9819, 12175, 12245, 12291, 12944, 13101, 14559, 17192, 19039, 19091, 19101, 19121, 19153, 19167, 19171, 19191, 19193, 19424, 19439])),
            (34, "repeat-text-above", Anchor::Lits(&[69, 676, 677, 827, 828, 829, 830, 832, 2471, 2495, 3039, 5072, 5135, 6041, 8224, 8256, 8284, 8605, 8700, 8701, 8703, 8704, 8706, 8715, 8717, 8719, 8721, 8734, 11572, 11573, 11576, 11577, 11579, 11582, 11585, 11587, 11589, 11590, 11991, 11992, 11994, 11995, 11997, 12001, 12003, 12005, 12007, 12008, 12565, 12566, 12575, 12576, 12579, 12584, 12587, 12594, 12596, 12599, 13032, 13033, 13038, 13039, 13042, 13046, 13049, 13052, 13054, 13055, 14848, 14849, 14855, 14856, 14859, 14863, 14866, 14869, 14871, 14873, 15280, 15281, 15283, 15284, 15285, 15286, 15289, 15290, 15291, 15292, 15317, 15318, 15321, 15322, 15324, 15328, 15331, 15333, 15335, 15336, 15353, 15354, 15357, 15358, 15360, 15363, 15366, 15368, 15370, 15373])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[7944, 7945, 7946, 7947, 7948, 7957, 7958, 7959, 7960, 7961, 7962, 7964, 7965, 7966, 7967, 7968, 7970, 7971, 7972, 7973, 7974, 7975, 7976, 7977, 7978, 7979, 7980, 7981, 7982, 7983, 7984, 7985, 7986, 7987, 7988, 7989, 8003, 8004, 8005, 8006, 8007, 8008, 8009, 8010, 8011, 8012, 8013, 8015, 8016, 8017])),
            (36, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[2472, 2474, 2475, 2481, 2490, 2497, 2501, 2502, 2503, 2508, 2513, 2515, 2602, 2992, 2995, 2996, 3002, 3018, 3021, 3034, 3038, 3040, 3042, 3055, 3058, 4347, 4348, 4349, 4350, 4352, 4353, 4359, 4360, 4361, 4362, 4363, 4364, 5813, 8194, 8200, 8256, 8284, 8285, 9813, 9814, 10092, 10093, 10429, 10430, 10435, 10436, 10518, 10519, 11665, 11666, 13585, 13586, 13587, 13588, 14952, 14953, 14954, 14955, 14960, 14961, 15663, 15664, 15789, 15790, 16142, 16143, 16231, 16232, 16233, 16234, 16816, 16817, 17180, 17181, 17911, 17912, 17979, 17980, 18997, 18998]), Anchor::All(&[Anchor::Lits(&[8990, 8991, 8992, 8993, 8996, 8998, 8999, 9010, 9011, 9012, 9013, 9014, 9015, 9016, 9017, 9018, 9019, 9020, 9021, 9022, 9023, 9024, 9025, 9026, 9027, 9028, 9029, 9030, 9031, 9032, 9033, 9034, 9035, 9036, 9037, 9038, 9039, 9040, 9041, 9042, 9043, 9044, 9045, 9048, 9049, 9050, 9051, 9053, 9054, 9055, 9056, 9057, 9058, 9059, 9060, 9061, 9062, 9063, 9064, 9065, 9066, 9067, 9068, 9069, 9070, 9071, 9072, 9073, 9074, 9075, 9076, 9077, 9078, 9079, 9080, 9081, 9082, 9083, 9084, 9085, 9086, 9087, 9088, 9089, 9242, 9243, 9244, 9245, 9248, 9249, 9250, 9252, 9253, 9254, 9255, 9257, 9258, 9259, 9260, 9263, 9264, 9265, 9266, 9272, 9273, 9274, 9275, 9276, 9277, 9278, 9279, 9280, 11541, 11542, 11543, 11544, 11545, 11546, 11547, 11548, 11549, 11550, 11551, 11552, 11553, 11554, 11555, 11556, 11557, 11558, 11559, 11560, 11561, 11562, 11563, 11564, 11565, 11566, 11567, 11568, 11726, 11727, 11728, 11729, 11730, 11731, 11732, 11733, 11734, 11735, 11736, 11737, 11738, 11739, 11740, 11741, 11742, 11743, 11744, 11745, 11746, 11747, 11748, 11749, 11750, 11751, 11752, 11753, 11755, 11756, 11757, 11758, 11761, 11762, 11763, 11784, 11785, 11786, 11787, 11789, 11790, 11791, 11792, 11795, 11796, 11797, 11798, 11842, 11843, 11844, 11845, 11846, 11847, 11848, 11849, 11850, 17564, 17565, 17566, 17567, 17568, 17569, 17570, 17571, 17572, 17573, 17574, 17575, 17576, 17577, 17578, 17579, 17580, 17581, 17582, 17583, 17584, 17585, 17586, 17587, 17588, 17589, 17590, 17591]), Anchor::Lits(&[10437, 13142, 15276, 15431, 17045])])])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[8806, 8808, 8810, 8811, 8813, 8814, 8815, 8817, 8818, 8819, 8820, 10344, 10345, 10347, 10348, 10350, 10351, 10352, 10354, 10355, 10356, 10357, 10779, 10781, 10783, 10785, 10787, 10788, 10792, 10794, 10795, 10796, 10797, 12563, 12568, 12570, 12574, 12578, 12580, 12583, 12586, 12590, 12591, 12595, 13031, 13034, 13036, 13037, 13041, 13043, 13045, 13048, 13050, 13051, 13053, 13189, 13190, 13192, 13193, 13195, 13196, 13197, 13199, 13200, 13201, 13202, 13810, 13811, 13813, 13814, 13816, 13817, 13818, 13820, 13821, 13822, 13823, 14740, 14742, 14744, 14745, 14747, 14748, 14749, 14751, 14757, 14758, 14761, 14847, 14851, 14853, 14854, 14858, 14860, 14862, 14865, 14867, 14868, 14870, 15260, 15261, 15263, 15264, 15266, 15267, 15268, 15270, 15271, 15272, 15273, 15391, 15392, 15394, 15396, 15398, 15402, 15403, 15405, 15406, 15408, 15409, 15595, 15597, 15599, 15600, 15602, 15603, 15604, 15606, 15607, 15608, 15609, 16112, 16114, 16116, 16119, 16121, 16123, 16124, 16126, 16129, 16130, 16133, 16829, 16830, 16832, 16834, 16836, 16837, 16838, 16840, 16841, 16842, 16843, 17035, 17037, 17039, 17041, 17044, 17045, 17052, 17054, 17055, 17056, 17058, 18058, 18060, 18062, 18063, 18065, 18066, 18068, 18070, 18072, 18073, 18077, 18405, 18406, 18408, 18409, 18411, 18412, 18413, 18415, 18416, 18417, 18418])),
            (38, "complete-the-leak", Anchor::Lits(&[12740, 12742, 12745, 12749, 12750, 12753, 12754, 12755, 12757, 12758, 12766, 12767, 12768, 12769, 12770, 12771, 12772, 12773, 12774, 12775, 13938, 13939, 13940, 13941, 13942, 13943, 13944, 13945, 13946, 13947, 13948, 13949, 13950, 13951, 13952, 13953, 13954, 13955, 13956, 13957, 13958, 13959, 13960, 13961, 13962, 13963, 13964, 13965, 13966, 13967, 13968, 13969, 13970, 13971, 13972, 13973, 13987, 13988, 13989, 13990, 13991, 13992, 13993, 13994, 13995, 13996, 13997, 13998, 13999, 14000, 14001, 14002, 14003, 14004, 14005, 14006, 14007, 14008, 14009, 14010, 14011, 14012, 14013, 14014, 14015, 14016, 14017, 14018, 14019, 14020, 14021, 14022, 17490, 17491, 17524, 17525, 17527, 17537, 17538, 17539, 17540, 19014, 19016, 19020, 19021, 19023, 19025, 19387, 19388, 19389, 19390])),
            (39, "what-you-must-not-say", Anchor::Lits(&[19043, 19045, 19046, 19047, 19048, 19049, 19050, 19051, 19052, 19053, 19054, 19055, 19056, 19057, 19092, 19106, 19128, 19129, 19130, 19131, 19132, 19155, 19156, 19170, 19183, 19184])),
            (40, "reveal-initialization", Anchor::Lits(&[13022, 13023, 13024, 13025, 13026, 13027, 13028, 13029, 13057, 13058, 13059, 13060, 13061, 13062, 13063, 13064, 13066, 13067, 13068, 13069, 13070, 13071, 13072, 13073])),
            (41, "forged-own-instructions", Anchor::Lits(&[8806, 8809, 8811, 8812, 8816, 8817, 8818, 8827, 9115, 9119, 9301, 9708, 9709, 9710, 9711, 9712, 9713, 9714, 10048, 10344, 10346, 10348, 10349, 10353, 10354, 10355, 10520, 10521, 10522, 10523, 10524, 10525, 10526, 10779, 10782, 10785, 10786, 10793, 10794, 10795, 11599, 12563, 12569, 12574, 12577, 12585, 12586, 12590, 13031, 13035, 13037, 13040, 13047, 13048, 13050, 13189, 13191, 13193, 13194, 13198, 13199, 13200, 13810, 13812, 13814, 13815, 13819, 13820, 13821, 13895, 14740, 14743, 14745, 14746, 14750, 14751, 14757, 14847, 14852, 14854, 14857, 14864, 14865, 14867, 14938, 15046, 15260, 15262, 15264, 15265, 15269, 15270, 15271, 15391, 15393, 15396, 15397, 15404, 15405, 15406, 15595, 15598, 15600, 15601, 15605, 15606, 15607, 15894, 16112, 16115, 16119, 16120, 16125, 16126, 16129, 16829, 16831, 16834, 16835, 16839, 16840, 16841, 17035, 17038, 17041, 17043, 17053, 17054, 17055, 18058, 18061, 18063, 18064, 18069, 18070, 18072, 18197, 18405, 18407, 18409, 18410, 18414, 18415, 18416])),
            (42, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[324, 339, 600, 601, 602, 603, 604, 605, 6754, 6761, 7758, 7759, 7760, 7761, 7762, 7763, 7767, 7768, 7769, 7770, 7771, 7772]), Anchor::All(&[Anchor::Lits(&[1017, 1019, 1021, 1022, 1023, 1024, 1528, 1545, 1547, 1548, 1549, 1633, 2026, 2042, 2044, 2045, 2046, 2049, 2174, 2176, 2178, 2179, 2180, 2181, 4319, 4321, 4323, 4324, 4325, 4326, 4951, 4952, 4953, 4954, 4955, 4956]), Anchor::Lits(&[317, 6748])])])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10848, 11179, 17287, 17328, 17425, 17712, 17750, 17762, 17794, 19041, 19044, 19060, 19093, 19098, 19105, 19118, 19185, 19191, 19209, 19216, 19327]), Anchor::All(&[Anchor::Lits(&[1147, 1162, 1197, 1273, 1930, 3128, 3523, 3719, 3724, 5154, 5163, 5666, 5819, 5821, 5867, 5869, 7348, 7543]), Anchor::Lits(&[18208])]), Anchor::All(&[Anchor::Lits(&[9377, 19012, 19157, 19412]), Anchor::Lits(&[9582, 10360, 10381, 13619, 16007, 18351])])]), Anchor::Lits(&[562, 563, 564, 565, 566, 567, 6656, 6657, 6658, 6659, 6663, 6664, 6665, 6666, 6686, 6687, 6688, 6689, 6793, 6794, 6795, 6796, 6797, 6798, 6799, 6800, 6802, 6803, 6804, 6805, 6806, 6807, 6808, 6809, 6810, 6811, 6812, 6813, 6814, 6815, 6816, 6817, 6858, 6859, 6860, 6861, 6862, 6863, 6864, 6865, 7498, 8158, 8162, 8163, 8168, 8173, 8176, 8177, 8188, 8193, 8199, 8226, 8230, 8246, 8247, 8248, 8249, 8250, 8251, 8262, 8283, 8292, 8569, 8573, 8574, 8579, 8581, 8583]), Anchor::Lits(&[1498, 1848, 1866, 2072, 2588, 3625, 4792, 4925, 5121, 5180, 5262, 5302, 5543, 5548, 5803, 5873, 5931, 6162, 6461, 7757, 7764, 7781, 7788, 8123])])),
            (44, "developer-message-requested", Anchor::Lits(&[1422, 2790, 3090, 3129, 5815, 6418, 6426, 8179, 8180, 8194, 8256, 8260, 8284, 8708, 8709, 8710, 8711, 8712, 8713, 8722, 8723, 8724, 8725, 8726, 8727, 8728, 8729, 8730, 8731, 8732, 8733, 9775, 9776, 9777, 9778, 9779, 9780, 9788, 9790, 9791, 9793, 9794, 9797, 9799, 9800, 9801, 9802, 9803, 9804, 10814, 10815, 10816, 10817, 10818, 10819, 10820, 10821, 10822, 10823, 10824, 10825, 10826, 10827, 10828, 10829, 10830, 10831, 10832, 10833, 10834, 10835, 10836, 10837, 10838, 10839, 10840, 10841, 10842, 10843, 10844, 10845, 10846, 10847, 10849, 10850, 10851, 10852, 10853, 10854, 10855, 10856, 10857, 10858, 10859, 10860, 10861, 10862, 10863, 10864, 10865, 11208, 11209, 11212, 11213, 11214, 11215, 11216, 11217, 11218, 11220, 11221, 11241, 11242, 11243, 11244, 11245, 11246, 11247, 11248, 11249, 11250, 11251, 11252, 11253, 11254, 11255, 11256, 11257, 11258, 11259, 11260, 11261, 11262, 11263, 11265, 11266, 11267, 11268, 11269, 11270, 11271, 11272, 11273, 11274, 11275, 11276, 11277, 11278, 11279, 11280, 11281, 12415, 12416, 12418, 12419, 12420, 12421, 12422, 12423, 12424, 12425, 12426, 12428, 12429, 12430, 12431, 12432, 12433, 12434, 12435, 12436, 12437, 12438, 12439, 12440, 12441, 12442, 12443, 12444, 12445, 12446, 12447, 12448, 12449, 12450, 12451, 12452, 12453, 12454, 12455, 12456, 12457, 12458, 12459, 12460, 12461, 12462, 12463, 12464, 12465, 12466, 12467, 12470, 12471, 12473, 12474, 12475, 12476, 12477, 12478, 12479, 12480, 12481, 12483, 12484, 12485, 12486, 12487, 12488, 12489, 12490, 12491, 12492, 12493, 12494, 12495, 12496, 12497, 12498, 12499, 12500, 12501, 12502, 12503, 12504, 12505, 12506, 12507, 12508, 12509, 12510, 12511, 12512, 12513, 12514, 12515, 12516, 12517, 12518, 12519, 12520, 12521, 12522, 16815, 16833, 17422, 17512, 18497, 18498, 18499, 18500, 18501, 18502, 18503, 18504, 18505, 18506, 18507, 18508, 18509, 18510, 18511, 18512, 18513, 18514, 18515, 18516, 18517, 18518, 18519, 18520, 18521, 18522, 18523, 18524, 18525, 18526, 18527, 18528, 18529, 18530, 18531, 18532, 18533, 18534, 18535, 18536, 18537, 18538, 18539, 18540, 18541, 18542, 18543, 18544, 18545, 18546, 18547, 19312, 19367])),
            (45, "agents-environment-requested", Anchor::Lits(&[17289, 17290, 17291, 17292, 17293, 17294, 17295, 17296, 17297, 17298, 17299, 17300, 17301, 17302, 17303, 17304, 17305, 17306, 17307, 17308, 17309, 17310, 17311, 17312, 17313, 17314, 17341, 17342, 17343, 17344, 17345, 17346, 17347, 17348, 17349, 17350, 17351, 17352, 17353, 17354, 17355, 17356, 17357, 17358, 17359, 17360, 17361, 17362, 17363, 17364, 17365, 17366, 17713, 17714, 17715, 17716, 17717, 17718, 17719, 17720, 17721, 17722, 17723, 17724, 17725, 17726, 17727, 17728, 17729, 17730, 17731, 17732, 17733, 17734, 17735, 17736, 17737, 17738, 18210, 18211, 18213, 18214, 18215, 18216, 18217, 18219, 18222, 18225, 18226, 18227, 18228, 18229, 18230, 18231, 18232, 18233, 18234, 18235, 18236, 18237, 18238, 18242, 18243, 18245])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[703, 723, 848, 886, 1094, 1130, 1154, 1218, 1225, 1269, 1316, 1395, 1959, 2468, 2477, 2479, 2480, 2483, 2484, 2485, 2489, 2496, 2500, 2504, 2506, 2507, 2509, 2510, 2511, 2512, 2514, 2554, 3699, 3700, 3704, 3705, 3706, 4296, 4297, 4298, 4332, 4333, 4641, 4853, 4866, 5149, 5159, 5351, 5469, 5866, 6412, 6413, 6415, 6417, 6422, 6425, 6428, 6488, 7374, 8127, 8134, 8322, 8368, 8369, 8394, 8456, 8467, 9414, 10876, 10878, 12741, 12748, 12751, 12876, 12881, 12882, 13145, 13163, 14829, 14833, 14898, 14899, 14900, 14917, 14918, 14919, 14921, 14922, 14923, 14925, 14926, 14927, 15420, 15421, 16973, 16974, 16975, 16977, 16978, 16979, 17083, 17084, 17085, 17088, 17089, 17090, 17782, 19010, 19058, 19133, 19139, 19148, 19149, 19150, 19151, 19152, 19169, 19172, 19203, 19208, 19266, 19333, 19338, 19360, 19363, 19398, 19402]), Anchor::All(&[Anchor::Lits(&[10873, 13152, 13806, 14475, 14832, 18196, 18995]), Anchor::Lits(&[8840, 9182, 10035, 10111, 10116, 10288, 10640, 10641, 12536, 13273, 13301, 13496, 13523, 13709, 14692, 15177, 16173, 16474, 17604])]), Anchor::All(&[Anchor::Lits(&[537, 3287]), Anchor::Lits(&[19205])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[2048, 3530, 3531, 5023, 5024, 5455, 5493, 5631, 7713, 7715, 8172, 8237, 8241])),
            (54, "authority-override", Anchor::Lits(&[144, 150, 151, 152, 153, 159, 164, 165, 166, 167, 1417, 1424, 1425, 1426, 1427, 1902, 1903, 1904, 1905, 1906, 2605, 2607, 2608, 2609, 2610, 3552, 3553, 3554, 3555, 3556, 3712, 3713, 3714, 3715, 3716, 5582, 5587, 5588, 5589, 5590, 5759, 5761, 5762, 5763, 5765, 6300, 6301, 6302, 6303, 6304, 6315, 6317, 6318, 6319, 6320, 6410, 6419, 6420, 6421, 6422])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[121, 880, 1915, 1920, 1924, 3091, 5014, 5238, 6198, 6401, 6402]), Anchor::All(&[Anchor::Lits(&[19012, 19100, 19117, 19157, 19194, 19412]), Anchor::Lits(&[3882])])])),
            (58, "address-the-model", Anchor::Any(&[Anchor::Lits(&[312, 313, 315, 316, 3083, 3084, 4896, 4897, 5151, 5152, 5314, 5315, 5771, 5772, 6306, 6307, 6308, 6309, 12806]), Anchor::All(&[Anchor::Lits(&[13770, 13771, 13805, 13808, 14474, 14477, 14498, 14499, 15450, 15451, 15665, 15666, 18444, 18445]), Anchor::Lits(&[8921, 9627, 9628, 9629, 9630, 9631, 9632, 9633, 9634, 9635, 9636, 9637, 9638, 9639, 9640, 9641, 9642, 9643, 9644, 9645, 9646, 9647, 9648, 9649, 9650, 9651, 9652, 9653, 9654, 9655, 9656, 9657, 9658, 9659, 9660, 9661, 9662, 9663, 9664, 9665, 9666, 9667, 9668, 9669, 9670, 9671, 9860, 10128, 10481, 12216, 12292, 13487, 13602])])])),
            (59, "capability-declared-granted", Anchor::Any(&[Anchor::Lits(&[93, 149, 163, 1084, 1415, 1423, 2517, 2606, 3702, 4963, 5147, 5148, 5562, 5586, 6316, 7473, 8122, 8869, 8876, 8877, 8882, 8891, 8908, 8909, 8911, 8912, 8922, 8931, 8932, 8937, 8948, 8968, 8969, 8971, 8972, 9438, 9447, 9448, 9453, 9464, 9484, 9485, 9487, 9488, 9861, 9870, 9871, 9876, 9887, 9907, 9908, 9910, 9911, 10203, 10204, 10205, 13837, 13846, 13847, 13852, 13863, 13883, 13884, 13886, 13887, 15095, 15098, 15099, 15410, 15411, 15412, 15563, 15564, 15565, 15566, 15567, 15568, 15569, 15570, 15585, 15586, 15587, 15588, 15589, 15590, 15591, 15592, 16239, 16240, 16241, 16242, 16243, 16244, 16246, 16247, 16248, 17927, 17948, 17949, 17950, 17951, 17952, 17953, 17954, 17955, 17956, 17957, 17958, 17959, 17960, 17961, 17962, 17963, 17964, 19141, 19207, 19219, 19226, 19309, 19323, 19346, 19356, 19366, 19370]), Anchor::All(&[Anchor::Lits(&[8870, 8871, 8872, 8873, 8874, 8875, 8886, 8887, 8888, 8889, 8890, 8892, 8894, 8895, 8896, 8897, 8898, 8899, 8900, 8901, 8902, 8903, 8904, 8905, 8923, 8924, 8925, 8926, 8927, 8930, 8941, 8942, 8943, 8944, 8945, 8949, 8954, 8955, 8956, 8957, 8958, 8959, 8960, 8961, 8962, 8963, 8964, 8965, 9439, 9440, 9441, 9442, 9443, 9446, 9457, 9458, 9459, 9460, 9461, 9465, 9470, 9471, 9472, 9473, 9474, 9475, 9476, 9477, 9478, 9479, 9480, 9481, 9862, 9863, 9864, 9865, 9866, 9869, 9880, 9881, 9882, 9883, 9884, 9888, 9893, 9894, 9895, 9896, 9897, 9898, 9899, 9900, 9901, 9902, 9903, 9904, 10130, 10131, 10132, 10133, 10134, 10135, 10160, 10161, 10162, 10163, 10164, 10165, 10166, 10167, 10168, 10169, 10170, 10171, 10172, 10173, 10174, 10175, 10176, 10177, 10482, 10483, 10484, 10485, 10486, 10487, 10492, 10493, 10494, 10495, 10496, 10497, 10499, 10500, 10501, 10502, 10503, 10504, 10505, 10506, 10507, 10508, 10509, 10510, 10532, 10533, 10534, 10535, 10536, 10537, 10562, 10563, 10564, 10565, 10566, 10567, 10568, 10569, 10570, 10571, 10572, 10573, 10574, 10575, 10576, 10577, 10578, 10579, 13838, 13839, 13840, 13841, 13842, 13845, 13856, 13857, 13858, 13859, 13860, 13864, 13869, 13870, 13871, 13872, 13873, 13874, 13875, 13876, 13877, 13878, 13879, 13880, 19015, 19018, 19019, 19022, 19038, 19059, 19108, 19109, 19110, 19111, 19112, 19119, 19134, 19135, 19136, 19137, 19138, 19140, 19142, 19143, 19144, 19145, 19146, 19147]), Anchor::Lits(&[114, 146, 157, 158, 929, 2863, 2865, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 4645, 5146, 5770, 5989, 5993, 5996, 6002, 6010, 6012, 6013, 6014, 6015, 6017, 6405, 7471, 8022, 8029, 8032, 8041, 8048, 8049])])])),
            (60, "unrestricted-mode", Anchor::Lits(&[3884, 3885, 3887, 3888, 3890, 3891, 3893, 3895, 3896, 3897, 3898, 3899, 4836, 9121, 9145, 10056, 10652, 10789, 10805, 11507, 11858, 12159, 12269, 12390, 13351, 13365, 13370, 13386, 13562, 14246, 14247, 14249, 14393, 14591, 14797, 15612, 16804, 16949, 18047, 18048, 18050, 18109, 18125, 18129, 18167, 18169])),
            (61, "dan-persona", Anchor::Lits(&[8767, 8768, 8769, 8771, 8772, 8773, 8774, 8775, 8789, 8790, 8791, 8792, 8793, 8794, 8795, 8796, 8929, 8947, 8951, 9445, 9463, 9467, 9723, 9725, 9726, 9727, 9728, 9729, 9730, 9740, 9868, 9886, 9890, 10061, 10066, 10068, 10651, 10653, 10654, 10655, 10656, 11015, 13844, 13862, 13866, 15114, 15119, 15121, 15183, 15184, 15185, 15186, 15187, 15188, 15189, 15190, 15306, 15307, 15308, 15309, 15310, 15311, 15312, 15313, 15910, 15911, 15912, 15913, 15914, 15915, 15916, 15917, 15921, 15922, 15923, 15924, 15925, 15926, 15927, 15928, 18391, 18395, 18396, 19013, 19017, 19024, 19030, 19031, 19032, 19033, 19034, 19035, 19036, 19037, 19040, 19158, 19159, 19160, 19162, 19163, 19164, 19165, 19166, 19173, 19174, 19175, 19176, 19177, 19178, 19179, 19180, 19195, 19196, 19197, 19198, 19199, 19200, 19201, 19202, 19413, 19414, 19415, 19420, 19421, 19422, 19423, 19425])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[379, 954, 1637, 4098, 7856, 9120, 10529, 10650, 10811, 11852, 12388, 12411, 12889, 13360, 13380, 13494, 13533, 13561, 13701, 14067, 14245, 14248, 14392, 14394, 15613, 15901, 15940, 15941, 18027, 18046, 18049, 18051, 18053, 18103, 18104, 18124, 18146, 18161, 18162, 18190, 18764, 18766, 18789, 18790, 18791, 18792, 18793, 18794, 18795, 18808, 18812, 18814, 18815, 18818, 18822, 18823, 18830, 18859, 18864, 18876, 18890, 18932, 18935]), Anchor::All(&[Anchor::Lits(&[891, 933, 1504, 1650, 1651, 1693, 1694, 2690, 2878, 3284, 3335, 4056, 4099]), Anchor::Lits(&[17183, 18600, 18634])])]), Anchor::Lits(&[117, 119, 378, 784, 786, 839, 843, 844, 1043, 1103, 1199, 1911, 1912, 2887, 4628, 5019, 5020, 5021, 5022, 5150, 5336, 5454, 5492, 5495, 5544, 5573, 5575, 5980, 5981, 6159, 6183, 6190, 6444, 7380, 7412, 8152, 8245, 8563])])),
            (63, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 2684, 2687, 2688, 2689, 2699, 2704, 2705, 2706, 2709, 2725, 2726, 2727, 2729, 2734, 2735, 2736, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 6179, 9117, 9181, 11211, 11219, 11264, 14127, 14154, 14188, 14200, 14548, 14549, 14550, 16940]), Anchor::All(&[Anchor::Lits(&[887, 1029, 1191, 1955, 2154, 2652, 2661, 3609, 3613, 3907, 5498, 5519, 5605, 5671]), Anchor::Lits(&[335, 901, 2432, 2433, 7937, 8019])]), Anchor::All(&[Anchor::Lits(&[891, 933, 1504, 1643, 1650, 1651, 1653, 1686, 1693, 1694, 1696, 2393, 2690, 2878, 3283, 3284, 3334, 3335, 4056, 4057, 4061, 4099]), Anchor::Lits(&[17183, 18600, 18634])]), Anchor::All(&[Anchor::Lits(&[285, 1999, 3478, 7451, 7457, 7472]), Anchor::Lits(&[8766, 8788, 9155, 9718, 9722, 9812, 9815, 9818, 10059, 10234, 10439, 11609, 11610, 12890, 14779, 15179, 15180, 15181, 15182, 15413, 15614, 15701, 15783, 15791, 15846, 15909, 15920, 16379, 16380, 16780, 16814, 16818, 17093, 17983, 18015, 19012, 19157, 19412])])])),
            (64, "persona-replaces-assistant", Anchor::Lits(&[1536, 4299, 8585, 8928, 8946, 8950, 8952, 8973, 8974, 8975, 8976, 9444, 9462, 9466, 9468, 9867, 9885, 9889, 9891, 10060, 10065, 10067, 10069, 11611, 11612, 13843, 13861, 13865, 13867, 15113, 15118, 15120, 15122, 15528, 16381, 16382, 16908, 19028, 19161, 19418])),
            (65, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[1560, 1575, 1599, 1735, 1750, 1781, 4189, 4193, 4199, 4204, 4205, 4206]), Anchor::All(&[Anchor::Lits(&[10034, 10385, 10428, 10432, 10433, 11701, 12327, 12332, 12364, 13542, 13583, 13900, 13906, 13908, 15339, 15794, 15803, 15963, 16012, 16022, 16028, 16036, 16040]), Anchor::Lits(&[4159, 8608])]), Anchor::All(&[Anchor::Lits(&[10129, 10144, 10145, 10146, 10147, 10156, 10157, 10158, 10159, 10190, 10191, 10531, 10546, 10547, 10548, 10549, 10558, 10559, 10560, 10561, 10595, 10596, 12293, 12294, 12295, 12296, 12297, 12298, 12299, 12300, 12301, 12302, 12303, 17315, 17316, 17317, 17318, 17319, 17320, 17321, 17322, 17323, 17324, 17325, 17329, 17330, 17331, 17332, 17333, 17334, 17335, 17336, 17337, 17338, 17339, 17426, 17427, 17428, 17429, 17430, 17431, 17432, 17433, 17434, 17435, 17436, 17739, 17740, 17741, 17742, 17743, 17744, 17745, 17746, 17747, 17748, 17749, 17751, 17752, 17753, 17754, 17755, 17756, 17757, 17758, 17759, 17760, 17761, 17783, 17784, 17785, 17786, 17787, 17788, 17789, 17790, 17791, 17792, 17793, 19011, 19062, 19064, 19065, 19078, 19095, 19097, 19098, 19107, 19187, 19189, 19426, 19427, 19428, 19429, 19430, 19431, 19432, 19433, 19434, 19435, 19436]), Anchor::Lits(&[8777, 9400, 9495, 12738, 12886, 12903, 13530, 15302, 16990, 17632])])])),
            (66, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[2306, 2308, 2332, 2333, 2338, 2383, 4558, 4559, 4565, 4566, 4567, 4569, 4821, 4822, 4827, 4828, 4829, 4831, 7202, 7205, 7260, 7261, 7265, 7319]), Anchor::All(&[Anchor::Lits(&[8777, 9400, 9495, 12886, 13530, 15302, 16990]), Anchor::Lits(&[1436, 1437, 1438, 1439, 1442, 1443, 1444, 1445, 1553, 1554, 1569, 1584, 1641, 1642, 1646, 1655, 1684, 1685, 1689, 1698, 1727, 1728, 1744, 1759, 4037, 4038, 4050, 4067, 4185, 4186, 4191, 4197])])])),
            (67, "no-rules-apply", Anchor::Lits(&[14443, 17439, 17633, 17634, 17635, 17641, 17643, 17644, 17661, 17667])),
            (68, "freed-from-limits", Anchor::Lits(&[889, 890, 898, 1951, 1952, 2055, 2432, 2434, 3599, 4188, 4196, 4201, 4268, 4272, 4275, 5390, 7450, 7452, 7454, 7478])),
            (69, "respond-without-limits", Anchor::Lits(&[1321, 1322, 1323, 1324, 1325, 1326, 1360, 1361, 1362, 1363, 1364, 1365, 5362, 5363, 5364, 5365, 5366, 5367, 5381, 5382, 5383, 5384, 5385, 5386, 5713, 5714, 5715, 5716, 5717, 5718, 8985, 9090, 9116, 9230, 10034, 10427, 10432, 10433, 10434, 11692, 11693, 11694, 11695, 11696, 11697, 11698, 11699, 11701, 12327, 12332, 12872, 13894, 13899, 13900, 13901, 13902, 13903, 13904, 13905, 13908, 14238, 14243, 14244, 14282, 14283, 14390, 14391, 14395, 14558, 16012, 16017, 16018, 16020, 16021, 16023, 16027, 16028, 16030, 16031, 16032, 16034, 16036, 16040, 18748, 18749, 18750, 18751, 18752, 18753, 18754, 18755, 18756, 18758, 18759, 18762, 18765, 18767, 18768, 18769, 18770, 18772, 18808, 18809, 18811, 18813, 18816, 18817, 18820, 18821, 18822, 18830, 18834, 18845, 18863, 18879, 18889, 18927, 18928, 18932, 18972])),
            (70, "pre-safety-self", Anchor::Lits(&[4356, 9756, 9758, 9759, 9760, 9761, 9762, 9763, 9765, 9770, 9771, 9772, 9773, 9774, 9781, 9782, 9785, 9787, 9789, 9795, 9796, 9807, 9808, 9809, 9810, 9811])),
            (71, "stay-in-character", Anchor::Lits(&[1557, 1558, 1579, 1732, 1733, 1754, 3509, 4041, 4042, 4062, 5395, 6207, 6208, 6210, 6211, 6212, 6213, 6214, 6215, 6216, 6217, 6219, 6220, 6226])),
            (72, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[1036, 4166, 4173, 4176, 4178, 4181, 4247, 4249, 5171, 5172, 5177, 5178, 5335, 6783, 6886, 13907, 18379]), Anchor::All(&[Anchor::Lits(&[9379, 9380, 9381, 9382, 9383, 9384, 9385, 9386, 9387, 9388, 9389, 9390, 9391, 9392, 9393, 9394, 9395, 9396, 9397, 9398, 9399, 9407, 9408, 9409, 9410, 9411, 9412, 9413, 12892, 12893, 12894, 12895, 12896, 12897, 12898, 12909, 12910, 12911, 12912, 12913, 12914, 12915, 12919, 12920, 12921, 12922, 12923, 12924, 12925, 12937, 12938, 12939, 12940, 12941, 12942, 12943, 18711, 18712, 18713, 18714, 18715, 18716, 18717, 18730, 18731, 18732, 18733, 18734, 18735, 18736, 18737, 18738, 18739, 18740, 18741, 18742, 18743, 18781, 18782, 18783, 18784, 18785, 18786, 18787]), Anchor::Lits(&[570, 2889, 7916])])])),
            (73, "jailbreak", Anchor::Lits(&[10396, 10397, 12183, 12184, 12756, 12759, 12760, 13343, 13344, 13345, 13349, 13350, 13351, 13352, 13353, 13354, 13355, 13356, 13357, 13358, 13359, 13361, 13362, 13363, 13364, 13365, 13366, 13367, 13368, 13369, 13370, 13371, 13372, 13373, 13374, 13375, 13376, 13377, 13379, 13382, 13383, 13384, 13385, 13386, 13388, 13389, 14502, 14503, 15346, 16077, 18474, 18475, 19026, 19027, 19102, 19103, 19416, 19417, 19440, 19441])),
            (74, "evil-twin", Anchor::Lits(&[8304, 8305, 8306, 8307, 8308, 8309, 8310, 8311, 8312, 8334, 8335, 8336, 8337, 8338, 8339, 8340, 8341, 8342, 8358, 8359, 8360, 8361, 8362, 8363, 8364, 8365, 8366, 8370, 8371, 8372, 8373, 8374, 8375, 8376, 8377, 8378, 8384, 8385, 8386, 8387, 8388, 8389, 8390, 8391, 8392, 8396, 8397, 8398, 8399, 8400, 8401, 8402, 8403, 8404, 8417, 8418, 8419, 8420, 8421, 8422, 8423, 8424, 8425, 8457, 8458, 8459, 8460, 8461, 8462, 8463, 8464, 8465, 8474, 8475, 8476, 8477, 8478, 8479, 8480, 8481, 8482, 8490, 8491, 8492, 8493, 8494, 8495, 8496, 8497, 8498, 8516, 8517, 8518, 8519, 8520, 8521, 8522, 8523, 8524, 8525, 8526, 8527, 8528, 8529, 8530, 8531, 8532, 8533, 8534, 8535, 8536, 8537, 8538, 8539, 8540, 8541, 8542, 8543, 8544, 8545, 8546, 8547, 8548, 8549, 8550, 8551, 8552, 8553, 8554, 8555, 8556, 8557, 8558, 8559, 8560])),
            (75, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[118, 606, 639, 660, 2886, 3592, 5086, 6361]), Anchor::Lits(&[535, 568, 1435, 1441, 1551, 1640, 1683, 1725, 3282, 3333, 4034, 4183, 7671, 7689, 7742, 7754])])),
            (76, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[716, 1298, 2132, 2444, 2634, 2635, 2636, 2637, 2638, 2639, 2835, 3903, 3917, 3925, 3980, 7453, 7851]), Anchor::Lits(&[1311, 1317, 1368, 3550, 4910, 5690]), Anchor::Lits(&[276, 1853, 1968, 7506, 7831, 8102])])),
            (77, "simulated-privileged-shell", Anchor::Lits(&[2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2750, 2751, 2752, 2753, 2754, 2755, 2756, 2757, 2758, 2759, 2760, 2761, 5637, 5638, 5639, 5640, 5641, 5642, 5643, 5644, 5645, 5646, 5647, 5648, 5649, 5650, 5651, 5652, 5653, 5654, 5655, 5656, 5657, 5658, 5659, 5660, 6520, 6521, 6522, 6523, 6524, 6525, 6526, 6527, 6528, 6529, 6530, 6531, 6532, 6533, 6534, 6535, 6536, 6537, 6538, 6539, 6540, 6541, 6542, 6543, 7918, 7919, 7924, 7925, 7926, 7927, 7928, 7929, 7930, 7931, 7933, 7935, 7951, 7953, 7955, 7993, 7994, 7995, 7996, 7997, 7998, 7999, 8000, 8001])),
            (78, "self-escalation", Anchor::Lits(&[583, 613, 619, 624, 630, 633, 634, 635, 636, 637, 3477, 6655, 6662, 8433, 8434, 8435, 8584])),
            (79, "blind-execution", Anchor::Lits(&[467, 468, 469, 470, 471, 479, 1014, 1015, 1016, 1018, 1020, 1025, 1537, 1546, 1634, 1638, 1639, 1682, 2034, 2043, 2050, 2051, 2052, 2053, 2175, 2177, 2182, 2185, 2186, 2187, 4320, 4322, 4327, 4329, 4330, 4331, 5621, 5629, 5634, 5663, 5664, 5665])),
            (80, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[14796]), Anchor::All(&[Anchor::Lits(&[9046, 9047, 9052, 9090, 9261, 9262, 9267, 9281, 11793, 11794, 11799, 11851, 18565, 18566, 18567, 18572]), Anchor::Lits(&[778, 873, 1483, 2385, 5095, 5162, 5503, 5721, 5722, 5723, 6484])])])),
            (81, "opposite-of-your-rules", Anchor::Lits(&[8190, 8192, 8236, 8257, 8287, 14798])),
            (82, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[379, 954, 1637, 4098, 7856, 9120, 10529, 10650, 10811, 11852, 12388, 12411, 12889, 13360, 13380, 13494, 13533, 13561, 13701, 14067, 14245, 14248, 14392, 14394, 15613, 15901, 15940, 15941, 18027, 18046, 18049, 18051, 18053, 18103, 18104, 18124, 18146, 18161, 18162, 18190, 18764, 18766, 18789, 18790, 18791, 18792, 18793, 18794, 18795, 18808, 18812, 18814, 18815, 18818, 18822, 18823, 18830, 18859, 18864, 18876, 18890, 18932, 18935]), Anchor::All(&[Anchor::Lits(&[891, 933, 1504, 1650, 1651, 1693, 1694, 2690, 2878, 3284, 3335, 4056, 4099]), Anchor::Lits(&[17183, 18600, 18634])])]), Anchor::Lits(&[1171, 1941, 2838, 2886, 2896, 2906, 2908, 4994, 5086, 5711, 6361])])),
            (83, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9923, 9924, 9925, 11511, 11512, 11513, 11514, 11515, 11516, 11517, 11518, 11519, 11520, 11521, 11522, 11523, 11524, 11525, 11526, 11527, 11528, 11529, 11530, 11690, 11899, 16878, 16879]), Anchor::All(&[Anchor::Lits(&[13498]), Anchor::Lits(&[1271, 1302, 3522, 4915, 5745, 7338])])]), Anchor::Lits(&[8766, 8788, 9155, 9718, 9722, 9812, 9815, 9818, 10059, 10234, 10439, 11609, 11610, 12890, 14779, 15179, 15180, 15181, 15182, 15413, 15614, 15701, 15783, 15791, 15846, 15909, 15920, 16379, 16380, 16780, 16814, 16818, 17093, 17983, 18015, 19012, 19157, 19412])]), Anchor::All(&[Anchor::Lits(&[9539, 9831, 9832, 10626, 10639, 10917, 11853, 12151, 12389, 12391, 13102, 13702, 15902, 16010, 16088, 16791, 17709]), Anchor::Lits(&[8766, 8788, 9718, 9722, 15178, 15191, 16379, 19012, 19412]), Anchor::Lits(&[6493, 7788, 7831])])])),
            (84, "third-party-permission", Anchor::All(&[Anchor::Lits(&[9093, 9096, 9097, 9098, 9099, 9100, 9101, 9102, 9360, 9361, 9362, 9363, 9364, 9365, 9366, 9367, 9417, 9418, 9419, 9420, 9421, 9422, 9423, 9424, 9596, 9597, 9598, 9599, 9600, 9601, 9602, 9603, 9609, 9610, 9611, 9612, 9613, 9614, 9615, 9616, 10207, 10208, 10209, 10210, 10211, 10212, 10213, 10214, 10739, 10740, 10741, 10742, 10743, 10744, 10745, 10746, 11901, 11902, 11903, 11904, 11905, 11906, 11907, 11908, 12203, 12204, 12205, 12206, 12207, 12208, 12209, 12210, 12238, 12239, 12240, 12241, 12242, 12243, 12244, 12246, 12313, 12314, 12315, 12316, 12317, 12318, 12319, 12320, 13105, 13106, 13107, 13108, 13109, 13110, 13111, 13112, 13130, 13131, 13132, 13133, 13134, 13135, 13136, 13137, 14059, 14060, 14061, 14062, 14063, 14064, 14065, 14066, 14573, 14574, 14575, 14576, 14577, 14578, 14579, 14580, 14820, 14821, 14822, 14823, 14824, 14825, 14826, 14827, 14830, 14834, 14835, 14836, 14837, 14838, 14839, 14841, 15102, 15103, 15104, 15105, 15106, 15107, 15108, 15109, 15761, 15762, 15763, 15764, 15765, 15766, 15767, 15768, 16047, 16048, 16049, 16050, 16051, 16052, 16053, 16054, 16080, 16081, 16082, 16083, 16084, 16085, 16086, 16087, 16341, 16342, 16343, 16344, 16345, 16346, 16347, 16348, 17914, 17917, 17918, 17919, 17920, 17921, 17922, 17926, 18436, 18437, 18438, 18439, 18440, 18441, 18442, 18443]), Anchor::Lits(&[930, 1070, 1336, 1454, 1826, 1956, 2034, 2059, 2069, 2640, 2861, 4835, 5417, 5621, 5988, 6386, 7404, 7417, 7464, 7899])])),
            (85, "privileged-identity", Anchor::Any(&[Anchor::Lits(&[2215, 2216, 2262, 2263, 2265, 2294, 2300, 2302, 2303, 2347, 2348, 2349, 6991, 6992, 7072, 7087, 7089, 7090, 7091, 7092, 7093, 7094, 7095, 7096, 7097, 7098, 7099, 7100, 7102, 7104, 7105, 7106, 7107, 7108, 7109, 7110, 7111, 7112, 7113, 7114, 7115, 7177, 7186, 7192, 7193, 7269, 7270, 7271, 7273, 7274, 7275, 7276, 7277, 7278, 7279, 7280, 7281, 7282, 7283, 7284, 7920, 7921, 7932, 7934, 7936, 7949, 7952, 7954, 7956, 7991, 7992, 8002]), Anchor::All(&[Anchor::Lits(&[19012, 19157, 19412]), Anchor::Lits(&[8764, 12268, 14843, 15929, 16971, 16980])])])),
            (86, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[8021, 8741, 8742, 8743, 8744, 8746, 8747, 8748, 8749, 9583, 9584, 9585, 9587, 10105, 10106, 10107, 10109, 11854, 11855, 11856, 11857, 11859, 12334, 12341, 12348, 12356, 12805, 12887, 13381, 13382, 13383, 13384, 13387, 13703, 13704, 13705, 13706, 13707, 13742, 13744, 13745, 13751, 15094, 15096, 15097, 15100, 15197, 15204, 15211, 15219, 15552, 15553, 15554, 15555, 15806, 15813, 15820, 15828, 15903, 15904, 15905, 15906, 15907, 16015, 16024, 16026, 16041, 16149, 16161, 16164, 16201, 16991, 17418, 17419, 17420, 17421, 18028, 18029, 18030, 18031, 18032, 18105, 18106, 18107, 18108, 18110, 18163, 18164, 18165, 18166, 18168, 18644, 18649, 18650, 18659, 18660, 18661, 18662]), Anchor::All(&[Anchor::Lits(&[8858, 13185, 15918, 15938, 17176]), Anchor::Any(&[Anchor::Lits(&[8752, 8764, 9114, 9292, 10634, 10635, 10727, 10730, 10731, 10735, 10887, 10888, 10889, 10890, 10891, 10892, 10893, 10894, 11483, 11488, 11489, 11490, 11491, 11492, 11498, 11499, 11500, 11899, 14843, 14950, 15031, 15145, 15399, 16107, 16204, 16742, 16800, 17908, 18008]), Anchor::All(&[Anchor::Lits(&[12307]), Anchor::Lits(&[114, 211, 4645, 4861, 5770, 6405])]), Anchor::All(&[Anchor::Lits(&[7010, 7034, 7048, 7085, 7086, 7088, 7118, 7137, 7146, 7187, 7219, 7257, 7272]), Anchor::Lits(&[10516, 11531, 11603, 11913, 12130, 13499, 15250, 16218, 17982, 18127, 18204])])])]), Anchor::All(&[Anchor::Lits(&[123, 2001, 5074, 5330, 6243, 8099]), Anchor::Lits(&[1235, 1847, 2057, 2068, 3557, 6241, 6249, 7463]), Anchor::Lits(&[11965, 14500, 15192, 16099, 16100, 16936, 17091])])])),
            (87, "persona-without-rules", Anchor::Lits(&[124, 125, 126, 127, 2295, 2296, 2297, 2298, 2560, 2561, 2562, 2563, 4164, 4170, 4173, 4177, 4178, 4180, 4181, 4231, 4232, 4233, 4247, 4249, 4251, 4254, 4256, 5331, 5332, 5333, 5334, 8920, 9998, 10001, 11210, 12044, 12049, 12865, 12866, 12886, 12916, 13380, 14188, 15302, 16990, 17186, 17187, 17193, 17223, 17886, 17888, 17889, 18027, 18049, 18104, 18162, 18604, 18605, 18610, 18630, 18637, 18638, 18639, 18642, 18679])),
            (88, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[9495, 12738, 12886, 12903, 15302, 16990, 18556]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6400, 6441, 7433]), Anchor::All(&[Anchor::Lits(&[12153, 14240, 18797, 19451]), Anchor::Lits(&[483, 486, 887, 1178, 1955, 2150, 2652, 3609, 3613, 4842, 5030, 5038, 5519, 5605, 5671])])]), Anchor::Lits(&[2156, 2157, 2158, 2433, 2653, 2654, 2655, 3615, 3616, 3617, 4160, 5525, 5526, 5527, 5608, 5609, 5610, 5675, 5676, 5677, 8019, 8609]), Anchor::Lits(&[570])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[6400, 6441, 7433, 8920, 14105, 14188, 14192]), Anchor::All(&[Anchor::Lits(&[12153, 14240, 18807, 19451]), Anchor::Lits(&[483, 887, 1178, 1187, 1955, 2154, 2652, 3609, 3613, 5030, 5038, 5519, 5605, 5671])])]), Anchor::Lits(&[116, 377, 1550, 2024, 2913, 5453, 5491, 5612, 6158, 8118])])])),
            (89, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[8836, 8837, 8838, 8841, 8842, 8843, 8844, 8846, 8880, 8881, 8883, 8914, 8915, 8916, 8917, 8918, 8935, 8936, 8938, 8978, 8979, 8980, 8981, 8982, 9451, 9452, 9454, 9490, 9491, 9492, 9493, 9494, 9874, 9875, 9877, 9913, 9914, 9915, 9916, 9917, 10062, 10063, 10064, 10071, 10072, 10073, 10074, 10075, 13850, 13851, 13853, 13889, 13890, 13891, 13892, 13893, 14784, 14785, 14786, 14790, 14791, 14792, 14793, 14794, 15115, 15116, 15117, 15123, 15124, 15125, 15126, 15127, 16270, 16271, 16272, 16274, 16275, 16276, 16277, 16278, 16981, 16982, 16983, 16984, 16985, 16986, 16987, 16988, 18392, 18393, 18394, 18397, 18398, 18399, 18400, 18401]), Anchor::Lits(&[117, 784, 5018, 8152, 8178, 8245, 8563])])),
            (90, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[2061, 3961, 3981, 4144, 4155, 4156, 4174, 4175, 4261, 4262]), Anchor::All(&[Anchor::Lits(&[1869, 2159, 2160, 2161, 2647, 3610, 3612, 5370, 5372, 5375, 5376, 5379, 5499, 5500, 5502, 5512, 5532]), Anchor::Lits(&[1868, 7443, 7446])])])),
            (91, "persona-whose-words-run", Anchor::All(&[Anchor::Lits(&[117, 3024, 3025, 3026, 3027, 3028, 3143, 3591, 5088, 5089, 5572, 5574, 8169, 8171, 8244, 8290, 8291, 8314]), Anchor::Lits(&[508, 803, 2565, 3254, 7855])])),
            (92, "persona-that-never-refuses", Anchor::All(&[Anchor::Lits(&[1320, 2773, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3751, 3752, 3753, 3754, 3755, 3756, 3757, 3760, 3761, 3762, 3763, 3764, 3765, 3766, 3767, 3768, 3769, 3770, 3771, 3772, 3773, 3774, 3778, 3779, 3780, 3781, 3782, 3783, 3784, 3785, 3786, 3796, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849, 5215, 5361, 5712, 5726, 7650]), Anchor::Lits(&[976, 993, 1640, 1683, 4034, 7861, 8063, 8110]), Anchor::Lits(&[570])])),
            (93, "persona-stripped-of-rules", Anchor::Any(&[Anchor::Lits(&[190, 191, 1134, 1135, 1168, 1169, 5720, 5727]), Anchor::All(&[Anchor::Lits(&[11028, 11029, 11046, 11048, 11079, 11085, 11086, 11093, 11125, 11141, 11224, 11225, 11226, 11227, 11229, 11233, 11234, 11235, 11237, 11238, 11285, 11286, 11287, 11288, 11291, 11295, 11296, 11297, 11300, 11301, 11318, 11319, 11348, 11350, 11382, 11388, 11389, 11396, 11429, 11445, 12040, 12041, 12152, 12153, 12427, 12468, 12482, 12523, 13467, 13468, 14107, 14108, 14115, 14116, 14146, 14152, 14153, 14158, 14179, 14193, 14551, 14552, 18681, 18682, 18683, 18684, 18686, 18690, 18691, 18695, 18697, 18699, 18797, 18974, 18975, 18976, 18977, 18979, 18983, 18984, 18988, 18990, 18992]), Anchor::Lits(&[9341, 9918, 10016, 10104, 11701, 11969, 12332, 13563, 13908, 15195, 15803, 15942, 16013, 18446]), Anchor::Lits(&[8766, 9722, 10058, 12171, 12201, 13529, 14224, 15112, 15191, 15302, 15908, 15919, 18208, 19012, 19154, 19412])])])),
            (94, "disable-safety", Anchor::Any(&[Anchor::Lits(&[5706, 8695, 9090, 9230, 9921, 9922, 9946, 9955, 10113, 10115, 10675, 10678, 10722, 10895, 10899, 10982, 10984, 11689, 11691, 11703, 11705, 11754, 12118, 12121, 12156, 12223, 12224, 12228, 12864, 12872, 13378, 13537, 14083, 14086, 14558, 14920, 14928, 16326, 16328, 16948, 16999, 17005, 17028, 17101, 17615, 18018, 18021, 18080, 19000]), Anchor::All(&[Anchor::Lits(&[8989, 9325, 9326, 9328, 9333, 9334, 9335, 9339, 9340, 9341, 9545, 9547, 9550, 9551, 10034, 10097, 10110, 10363, 10365, 10366, 10367, 10427, 10432, 10433, 10434, 10589, 10597, 11668, 11695, 11696, 11697, 11699, 11700, 11701, 11716, 11970, 12325, 12327, 12329, 12357, 12719, 12726, 13074, 13075, 13076, 13077, 13078, 13079, 13080, 13894, 13908, 15435, 15569, 15624, 15639, 15805, 15866, 15867, 16011, 16016, 16018, 16020, 16021, 16023, 16027, 16028, 16029, 16030, 16031, 16032, 16033, 16034, 16035, 16036, 16038, 16039, 16040, 16059, 16060, 16061, 16153, 16160, 16168, 16170, 16171, 16177, 16178, 16179, 16180, 17417, 18006, 19224]), Anchor::Lits(&[8694, 9674, 9920, 9937, 9948, 10112, 10114, 10674, 10676, 10677, 10721, 10886, 10896, 10898, 10931, 10985, 11072, 11108, 11375, 11412, 11479, 11689, 11691, 11702, 11704, 12067, 12155, 12157, 12222, 12225, 12227, 12387, 12811, 12871, 13463, 13536, 13539, 13629, 13631, 14082, 14085, 14258, 14269, 14916, 14924, 15530, 15661, 15669, 15679, 16325, 16327, 16334, 16400, 16460, 16901, 16939, 16947, 16998, 17001, 17004, 17027, 17100, 18017, 18020, 18079, 18432, 18480, 18797, 18999])])])),
            (95, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[8985, 8989, 9325, 9326, 9328, 9333, 9334, 9335, 9339, 9340, 9341, 9545, 9547, 9550, 9551, 10034, 10097, 10110, 10363, 10365, 10366, 10367, 10427, 10432, 10433, 10434, 10589, 10597, 11668, 11695, 11696, 11697, 11699, 11700, 11701, 11716, 11970, 12325, 12327, 12329, 12357, 12719, 12726, 13074, 13075, 13076, 13077, 13078, 13079, 13080, 13894, 13908, 15435, 15569, 15624, 15639, 15805, 15866, 15867, 16011, 16016, 16018, 16020, 16021, 16023, 16027, 16028, 16029, 16030, 16031, 16032, 16033, 16034, 16035, 16036, 16038, 16039, 16040, 16059, 16060, 16061, 16153, 16160, 16168, 16170, 16171, 16177, 16178, 16179, 16180, 17417, 18006, 19224]), Anchor::Lits(&[9947, 9999, 10000, 10676, 10762, 10896, 12278, 12948, 13538, 14251, 14465, 14560, 14913, 15055, 15676, 15844, 15889, 17000, 18426, 18433])])),
            (96, "skip-approval", Anchor::Any(&[Anchor::Lits(&[9331, 11025, 11087, 11088, 11089, 11108, 11140, 11315, 11390, 11391, 11392, 11412, 11444, 14103, 14262, 14263, 14264, 14269, 14275, 14284, 14285, 14286, 14287, 14288, 14296, 15525, 16905, 18692, 18693, 18694, 18696, 18698, 18825, 18985, 18986, 18987, 18989, 18991, 19066, 19079]), Anchor::All(&[Anchor::Lits(&[18798, 18804, 18807, 18824, 18826, 18828, 18829, 18839, 18840, 18843, 18844, 18858, 18866, 18868, 18869, 18870, 18871, 18873, 18874, 18875, 18877, 18881, 18906, 18912, 18914, 18915, 18917, 18918, 18919, 18920, 18924, 18936, 18939, 18953, 18954, 18955, 18956, 18959, 18960, 18965, 18967, 18972]), Anchor::Any(&[Anchor::Lits(&[8689, 9223, 9321, 9425, 9548, 9551, 10098, 10099, 10362, 10370, 11668, 12332, 12556, 12732, 14932, 15087, 15518, 16017, 16154, 17168, 17169, 17170, 17367, 17379, 18006]), Anchor::All(&[Anchor::Lits(&[15039, 17834, 18419]), Anchor::Lits(&[8750, 8755, 9321, 9957, 10044, 10046, 12282, 15864, 16335, 16349, 17849])])])])])),
            (97, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[10681, 10682, 10687, 10688, 10705, 10706, 10760, 10761, 18171, 18172]), Anchor::All(&[Anchor::Lits(&[8778, 8779, 8780, 8781, 8782, 8783, 8784, 8785, 8786, 8787, 9302, 9305, 9307, 9308, 9310, 9313, 9315, 9317, 9318, 9319, 10006, 10007, 10008, 10009, 10010, 10011, 10012, 10013, 10014, 10015, 10292, 10314, 10316, 10317, 10319, 10320, 10322, 10323, 10325, 10327, 11169, 11170, 11171, 11172, 11173, 11174, 11175, 11176, 11177, 11178, 11877, 11880, 11882, 11883, 11885, 11888, 11890, 11892, 11893, 11894, 12027, 12031, 12032, 12033, 12034, 12035, 12036, 12037, 12038, 12039, 14523, 14534, 14536, 14537, 14539, 14540, 14542, 14543, 14545, 14547, 15077, 15078, 15079, 15080, 15081, 15082, 15083, 15084, 15085, 15086, 15985, 15988, 15990, 15991, 15993, 15996, 15998, 16000, 16001, 16002]), Anchor::Lits(&[10680, 10686, 10704, 10759, 15855, 15930, 15931, 17984, 18117, 18170])])])),
            (98, "route-around-the-guard", Anchor::Lits(&[7058, 7199, 7226, 7230, 9679, 9680, 9681, 9682, 9683, 9684, 9961, 9962, 9963, 9965, 9966, 9969, 9970, 9971, 9972, 9973, 11129, 11133, 11144, 11145, 11146, 11148, 11433, 11437, 11448, 11449, 11450, 11452, 12131, 12132, 12133, 12134, 12135, 12136, 12137, 12138, 12139, 12140, 12141, 12142, 12261, 12262, 12263, 12264, 12265, 12266, 14180, 14184, 14196, 14197, 14198, 14201, 14965, 14966, 14967, 14968, 14969, 14970, 14980, 14981, 14982, 14983, 14984, 14985, 16219, 16220, 16221, 16222, 16223, 16224, 16225, 16226, 16227, 16228, 16229, 16230, 16427, 16428, 16435, 16436, 16437, 16438, 16781, 16782, 16783, 16784, 16785, 16786, 16921, 16924, 16928, 16929, 16930, 16931, 17094, 17095, 17096, 17097, 17098, 17099])),
            (99, "do-not-screen-input", Anchor::Lits(&[1562, 1563, 1564, 1570, 1576, 1605, 1612, 1613, 1614, 1615, 1618, 1619, 1628, 1629, 1737, 1738, 1739, 1745, 1751, 1787, 1794, 1795, 1796, 1797, 1800, 1801, 1810, 1811, 4044, 4045, 4046, 4051, 4058, 4097, 4105, 4106, 4107, 4108, 4111, 4112, 4121, 4122, 4208, 4209, 4210, 4213, 4216, 4217, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 5991, 5992, 5994, 5995, 5997, 6001, 6003, 6004, 6005, 6006, 6008, 6009, 6018, 6019, 6254, 6255, 6256, 6258, 6260, 6266, 6267, 6268, 6269, 6270, 6272, 6273, 6275, 6276, 8026, 8027, 8030, 8036, 8040, 8045, 8050, 8051, 8052, 8053, 8054, 8055, 8057, 8058])),
            (100, "allowlist-this-prompt", Anchor::Lits(&[9092, 9104, 10122, 10123, 10124, 10125, 10126, 10389, 10391, 10392, 10393, 10394, 11896, 12009, 12010, 12011, 12012, 12013, 13474, 13475, 13479, 13480, 13485, 13729, 13730, 13731, 13732, 13733, 17064, 17065, 17067, 17068, 17070, 17995, 17997, 17999, 18000, 18003, 18010, 18011, 18012, 18013, 18014, 18632, 18633])),
            (104, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[1937, 5512]), Anchor::All(&[Anchor::Lits(&[2260, 2269, 2305, 2310, 2384, 2917, 2945, 2986, 2988, 3031, 4338, 4339, 4345, 4346, 4358, 4532, 4541, 4557, 4560, 4570]), Anchor::Lits(&[10194, 10886, 11479, 12015, 13536, 14916, 15669, 17004, 17906, 18017, 18182])])])),
            (105, "stop-logging", Anchor::Lits(&[1458, 1461, 1462, 1463, 1464, 1465, 1466, 1556, 1577, 1583, 1604, 1616, 1626, 1632, 1730, 1752, 1758, 1786, 1798, 1808, 1814, 4040, 4059, 4066, 4096, 4109, 4119, 4123, 4935, 4936, 4937, 4938, 4939, 4940, 4941, 5251, 5253, 5254, 5255, 5256, 5257, 5258, 5990, 5998, 5999, 6000, 6007, 6016, 6020, 6252, 6261, 6263, 6265, 6271, 6274, 6277, 6389, 6390, 6391, 6392, 6393, 6395, 6396, 7420, 7421, 7422, 7423, 7424, 7426, 7427])),
            (106, "self-approval", Anchor::Lits(&[9345, 9346, 9347, 9348, 9349, 9350, 9351, 9352, 9353, 9354, 9355, 9356, 9357, 9358, 17120, 17122, 17123, 17124, 17126, 17127, 17128, 17129, 17134, 17137, 17139, 17140, 17141, 17142, 17144, 17146, 17147, 17148, 17149, 17150, 17151, 17152, 17153, 17157, 17158, 17159, 17160, 17161, 17163, 17166])),
            (107, "execute-everything", Anchor::Lits(&[73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 245, 246, 247, 249, 250, 251, 252, 254, 256, 257, 258, 259, 260, 261, 262, 263, 487, 488, 489, 490, 491, 492, 493, 495, 497, 498, 499, 500, 501, 502, 503, 504, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1546, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2041, 2043, 4965, 4966, 4967, 4968, 4969, 4970, 4971, 4972, 4973, 4974, 4975, 4976, 4977, 4978, 4979, 4980, 5614, 5615, 5616, 5617, 5618, 5619, 5620, 5621, 5622, 5623, 5624, 5625, 5626, 5627, 5628, 5629])),
            (108, "protection-mode-claim", Anchor::Lits(&[172, 248, 696, 931, 1468, 1845, 3559, 3648, 3904, 4230, 4335, 4389, 4909, 4914, 4964, 5460, 7405, 7474])),
            (109, "approve-tool-calls", Anchor::Lits(&[2519, 4960, 7349, 7350, 7351])),
            (111, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[6660, 6675, 6713, 6801, 6867, 8292]), Anchor::Lits(&[264, 266, 267, 268, 269, 272, 481, 875, 900, 1059, 1075, 1148, 1150, 1366, 1938, 2649, 2812, 2813, 3614, 3883, 4959, 4961, 5031, 5039, 5301, 5520, 5606, 5868, 7395, 7829]), Anchor::Lits(&[129, 272, 466, 1037, 1040, 1121, 1336, 1816, 1867, 2170, 3069, 3098, 3602, 3686, 3902, 3920, 3951, 4843, 4928, 5270, 5343, 5387, 5417, 5443, 5446, 5559, 5824, 5977, 6376, 7461, 7470, 7490, 7491, 7829, 7850])])),
            (112, "tamper-with-its-controls", Anchor::All(&[Anchor::Lits(&[3450]), Anchor::Lits(&[264, 266, 267, 268, 269, 272, 481, 875, 900, 1059, 1075, 1148, 1150, 1366, 1938, 2649, 2812, 2813, 3614, 3883, 4959, 4961, 5031, 5039, 5301, 5520, 5606, 5868, 7395, 7829]), Anchor::Lits(&[129, 272, 466, 1037, 1040, 1121, 1336, 1816, 1867, 2170, 3069, 3098, 3602, 3686, 3902, 3920, 3951, 4843, 4928, 5270, 5343, 5387, 5417, 5443, 5446, 5559, 5824, 5977, 6376, 7461, 7470, 7490, 7491, 7829, 7850])])),
            (113, "tamper-with-named-controls", Anchor::All(&[Anchor::Lits(&[9091, 9095, 9103, 9330, 9339, 10589, 11668, 12324, 12674, 12675, 12676, 12677, 12678, 12679, 12680, 12681, 12682, 12683, 12684, 12685, 12686, 12687, 12688, 12689, 12690, 12691, 12692, 12693, 12694, 12695, 12696, 12697, 12698, 12699, 12700, 12701, 12702, 12703, 12704, 12705, 12706, 12707, 13075, 15274, 15433, 15436, 15564, 16147, 16162, 17928, 18006]), Anchor::Lits(&[6649, 6792, 8292])])),
            (114, "authority-waives-controls", Anchor::Any(&[Anchor::Lits(&[533, 3136, 3280, 10528, 14229, 14397, 17082]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2592, 2593, 2594, 2597, 2598, 2599, 2772, 10206, 10369, 11667, 11895, 12739, 12752, 12765, 15101, 15258, 15278, 16058, 16335, 16340, 16350, 18431, 18470, 18471, 18479]), Anchor::All(&[Anchor::Lits(&[9590]), Anchor::Lits(&[16008, 19443])])]), Anchor::Lits(&[930, 934, 1070, 1336, 1352, 1454, 1475, 1826, 1834, 2010, 2567, 2603, 2604, 2861, 2882, 3602, 3604, 4835, 4838, 5417, 5437, 5831, 5988, 6021, 6244, 6245, 6369, 6386, 7417, 7476, 7477, 7642, 8097]), Anchor::Lits(&[8751, 8984, 9321, 9543, 10096, 10462, 11668, 11968, 12282, 12324, 13540, 13620, 13741, 13898, 15195, 15220, 15499, 15561, 15802, 15841, 15864, 15942, 16013, 18006, 18380])])])),
            (115, "vendor-orders-an-action", Anchor::All(&[Anchor::Lits(&[9184, 9186, 9187, 9188, 9189, 9190, 9191, 9192, 9194, 9195, 9196, 9197, 9198, 9199, 9200, 9201, 9205, 9206, 9208, 9209, 9210, 9211, 9212, 9213, 9214, 9216, 9219, 9220, 10136, 10137, 10138, 10139, 10140, 10141, 10142, 10143, 10148, 10149, 10150, 10151, 10152, 10153, 10154, 10155, 10178, 10179, 10180, 10181, 10182, 10183, 10184, 10185, 10186, 10187, 10188, 10189, 10538, 10539, 10540, 10541, 10542, 10543, 10544, 10545, 10550, 10551, 10552, 10553, 10554, 10555, 10556, 10557, 10580, 10581, 10582, 10583, 10584, 10585, 10586, 10587, 10588, 10592, 10593, 10594, 14694, 14696, 14697, 14698, 14699, 14700, 14701, 14702, 14704, 14705, 14706, 14707, 14708, 14709, 14710, 14711, 14715, 14716, 14718, 14719, 14720, 14721, 14722, 14723, 14724, 14726, 14729, 14730, 16479, 16481, 16482, 16483, 16484, 16485, 16486, 16487, 16489, 16490, 16491, 16492, 16493, 16494, 16495, 16496, 16500, 16501, 16503, 16504, 16505, 16506, 16507, 16508, 16509, 16512, 16516, 16518]), Anchor::Lits(&[2447, 2451, 2452, 2457, 2466, 2469, 2473, 2476, 2482, 2494, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 6825, 6829, 6831, 6837, 6839, 6840, 6841, 6842, 6843, 6844])])),
            (116, "run-data-as-code", Anchor::Any(&[Anchor::Lits(&[864, 865, 866, 867, 868, 869, 870, 871, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 3347, 3350, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 6668, 6669, 6699, 6700, 6706, 6707, 6708, 6709, 6744, 6745, 7549, 7550, 7551, 7552, 7553, 7554, 7555, 7556, 7773, 7774, 7775, 7776, 7777, 7778, 7779, 7780, 8822, 8823, 15520, 15521, 16137, 16138, 16364, 16365, 18599]), Anchor::All(&[Anchor::Lits(&[12046, 12048]), Anchor::Lits(&[1188, 1189, 1190, 1194, 1195, 1196, 6282, 6283, 6284, 6490, 6491, 6492, 7538, 7539, 7540]), Anchor::Lits(&[2025, 3338, 5613, 6290])])])),
            (117, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[5568]), Anchor::Lits(&[769, 1076, 1242, 1243, 6029, 6164]), Anchor::Lits(&[12066, 15545, 15623, 15895])])),
            (118, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[853, 854, 9359, 9820, 11027, 11078, 11097, 11317, 11381, 11400, 12412, 14106, 14145, 14162, 14297, 14319, 14433, 15933, 16524, 16525, 16526, 16532, 16533, 16534, 16535, 16536, 16537, 16545, 16548, 16549, 16550, 16560, 16585, 16586, 16591, 16592, 16595, 16596, 16597, 16598, 16599, 16600, 16653, 16654, 16666, 16667, 16668, 16672, 16677, 16679, 16685, 16686, 16687, 16688, 16689, 16690, 16691, 16692, 16693, 16694, 16695, 16696, 16697, 16698, 16699, 16700, 16701, 16702, 16703, 16704, 18827, 18882, 18894, 18898, 18930, 18941, 18952]), Anchor::All(&[Anchor::Lits(&[12603, 12605, 12607, 12609, 12610]), Anchor::Lits(&[2445])]), Anchor::All(&[Anchor::Lits(&[955, 956, 957, 959, 960, 962, 968, 969, 977, 978, 979, 981, 982, 984, 990, 991, 994, 995, 996, 998, 999, 1001, 1007, 1008, 1561, 1565, 1571, 1573, 1578, 1596, 1620, 1623, 1644, 1645, 1647, 1649, 1652, 1671, 1678, 1679, 1687, 1688, 1690, 1692, 1695, 1714, 1721, 1722, 1736, 1740, 1746, 1748, 1753, 1778, 1802, 1805, 4043, 4047, 4052, 4054, 4060, 4088, 4113, 4116, 7864, 7866, 7867, 7869, 7873, 7879, 7889, 7892, 8066, 8068, 8069, 8071, 8075, 8081, 8091, 8094]), Anchor::Lits(&[11619, 11620, 11621, 11622, 11623, 11624, 11625, 11626, 11627, 11628, 11629, 11630, 11631, 11632, 11633, 11634, 11635, 11636, 11637, 11638, 11639, 11640, 11641, 11642, 11643, 11644, 11645, 11646, 11647, 11648, 11649, 11650, 11651, 11652, 11653, 11654, 11655, 11656, 11657, 11658, 11659, 11660, 11661, 11662, 13655, 13656, 13657, 13658, 13659, 13660, 13661, 13662, 13664, 13665, 13666, 13667, 13668, 13669, 13670, 13671, 13672, 13673, 13674, 13675, 13676, 13677, 13678, 13679, 13680, 13681, 13682, 13683, 13684, 13685, 13686, 13687, 13688, 13689, 13690, 13691, 13692, 13693, 13694, 13695, 13696, 13697, 13698, 13699, 16522, 16526, 16527, 16531, 16560, 16561, 16563, 16570, 16574, 16575, 16576, 16577, 16578, 16579, 16580, 16581, 16582, 16583, 16584, 16585, 16586, 16588, 16589, 16593, 16594, 16601, 16602, 16603, 16605, 16611, 16615, 16616, 16617, 16618, 16619, 16620, 16621, 16622, 16623, 16624, 16625, 16626, 16627, 16628, 16629, 16630, 16631, 16632, 16633, 16634, 16635, 16636, 16637, 16638, 16639, 16640, 16642, 16643, 16644, 16645, 16646, 16647, 16648, 16650, 16651, 16652, 16664, 16668, 16670, 16671, 16672, 16673, 16674, 16675, 16677, 16679, 16680])])])),
            (119, "evade-the-checks", Anchor::Any(&[Anchor::Lits(&[699, 700, 701, 772, 3649, 3650, 3651, 5344, 5345, 5346, 7354, 7355, 7356, 7357, 7358, 7359, 13297, 14280, 17635, 17645, 17651, 17661, 18476, 18847, 18867, 18886, 19116]), Anchor::All(&[Anchor::Lits(&[955, 956, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 977, 978, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 994, 995, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1561, 1565, 1572, 1573, 1578, 1581, 1596, 1598, 1600, 1601, 1602, 1606, 1620, 1623, 1627, 1644, 1645, 1648, 1649, 1652, 1654, 1671, 1672, 1673, 1674, 1675, 1676, 1678, 1679, 1680, 1687, 1688, 1691, 1692, 1695, 1697, 1714, 1715, 1716, 1717, 1718, 1719, 1721, 1722, 1723, 1736, 1740, 1747, 1748, 1753, 1756, 1778, 1780, 1782, 1783, 1784, 1788, 1802, 1805, 1809, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 4043, 4047, 4053, 4054, 4060, 4064, 4088, 4089, 4092, 4093, 4094, 4100, 4113, 4116, 4120, 7864, 7866, 7868, 7869, 7873, 7875, 7879, 7880, 7883, 7884, 7885, 7886, 7889, 7892, 7893, 8066, 8068, 8070, 8071, 8075, 8077, 8081, 8082, 8085, 8086, 8087, 8088, 8091, 8094, 8095]), Anchor::Lits(&[16521])])])),
            (120, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[145, 147, 148, 154, 155, 156, 160, 161, 162, 168, 169, 170, 1052, 1053, 1054, 1055, 1056, 1057, 1060, 1061, 1062, 1063, 1064, 1065, 1212, 1213, 1214, 1215, 1216, 1217, 1219, 1220, 1221, 1222, 1223, 1224, 1418, 1419, 1420, 1428, 1429, 1431, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1764, 1766, 1767, 1768, 1770, 1774, 1775, 1777, 1872, 1873, 1874, 1875, 1876, 1877, 2438, 2439, 2440, 2441, 2442, 2443, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 3886, 3889, 3892, 3894, 3900, 3901, 3984, 3986, 3987, 3989, 3991, 3999, 4000, 4004, 4207, 4209, 4211, 4212, 4215, 4218, 4219, 4228, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4630, 4631, 4632, 4633, 4634, 4635, 4855, 4856, 4857, 4858, 4859, 4860, 5032, 5033, 5034, 5035, 5036, 5037, 5040, 5041, 5042, 5043, 5044, 5045, 5470, 5471, 5472, 5473, 5474, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5513, 5514, 5515, 5516, 5517, 5518, 5521, 5522, 5523, 5524, 5528, 5529, 5583, 5584, 5585, 5591, 5592, 5593, 6411, 6415, 6416, 6423, 6424, 6427, 8023, 8031, 8035, 8038, 8047, 8059, 9332, 9342, 10108, 10364, 10368, 10468, 12351, 13578, 15214, 15823, 15958, 17994, 17998, 18001, 18002, 18004, 18824, 18835, 18843, 18914, 18934, 18944]), Anchor::All(&[Anchor::Lits(&[930, 934, 1070, 1454, 1475, 2054, 2056, 2567, 2581, 3602, 3604, 4835, 4838, 4839, 4841, 5417, 5437, 5988, 6021, 6369, 6371, 7417, 7434, 7642, 7644]), Anchor::Lits(&[4473, 8828, 10035, 10111, 10116, 10640, 10641, 10673, 12535, 14613, 14940, 15176, 16169, 17117, 18427]), Anchor::Lits(&[480, 1051, 1156, 1211, 2648, 3605, 5030, 5038, 5300, 5512, 5552, 5604, 5669])]), Anchor::All(&[Anchor::Lits(&[10922, 11865, 11897, 12154, 12398, 18434]), Anchor::Lits(&[930, 1070, 1454, 2567, 2861, 3602, 4835, 5988, 6386, 7417])])])),
            (121, "standing-order-for-tool-calls", Anchor::Any(&[Anchor::Lits(&[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 2776, 2778, 2779, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2788, 2791, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 6930, 6931, 6932, 6933, 6934, 6935, 6936, 6937, 6938, 6939, 6940, 6941, 7360, 7361, 7362, 7363, 7364, 7365, 7366, 7367, 7368, 7369, 7370, 7371, 7382, 7383, 7384, 7385, 7386, 7387, 7388, 7389, 7390, 7391, 7392, 7393, 8611, 8612, 8613, 8614, 8615, 8616, 8617, 8618, 8619, 8620, 8621, 8622]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9496, 9497, 9498, 9499, 9500, 9501, 9502, 9503, 9504, 9505, 9506, 9507, 9508, 9509, 9510, 9511, 9512, 9513, 9514, 9515, 9724, 9731, 9732, 9733, 9734, 9735, 9736, 9737, 9738, 9739, 9741, 9742, 9743, 9744, 9745, 9746, 9747, 9748, 9749, 9750, 15965, 15966, 15967, 15968, 15969, 15970, 15971, 15972, 15973, 15974, 15975, 15976, 15977, 15978, 15979, 15980, 15981, 15982, 15983, 15984, 17006, 17007, 17008, 17009, 17010, 17011, 17012, 17013, 17014, 17015, 17016, 17017, 17018, 17019, 17020, 17021, 17022, 17023, 17024, 17025, 18263, 18264, 18265, 18266, 18267, 18268, 18269, 18270, 18271, 18272, 18273, 18274, 18275, 18276, 18277, 18278, 18279, 18280, 18281, 18282, 18283, 18284, 18285, 18286, 18287, 18288, 18289, 18290, 18291, 18292, 18293, 18294, 18295, 18296, 18297, 18298, 18299, 18300, 18301, 18302, 18303, 18304, 18305, 18306, 18307, 18308, 18309, 18310, 18311, 18312]), Anchor::All(&[Anchor::Lits(&[424, 719, 743, 783, 1227, 1232, 1273, 1279, 1283, 2779, 2781, 2784, 2785, 2786, 2787, 2788, 2791, 5119, 5154, 5183, 7338, 7362, 7363, 7370, 7371, 7513, 7755, 8625]), Anchor::Lits(&[8824, 9300, 10515, 10643, 11607, 11875, 12129, 12950, 13084, 15147, 15249, 15476, 15932, 15964, 16217, 19003])])]), Anchor::Lits(&[9224, 9282, 11535, 11719, 12043, 12045, 12047, 12050, 12051, 12052, 12053, 12054, 12055, 12170, 12277, 12926, 12927, 14614, 18591, 18744])]), Anchor::All(&[Anchor::Lits(&[9289, 9290, 9291, 10382, 10383, 10384, 14076, 14077, 14078, 14880, 14881, 14882, 15491, 15492, 15493, 15758, 15759, 15760, 17944, 17945, 17946, 17973, 17974, 17975]), Anchor::Lits(&[6889, 6890, 6891, 6892, 6893, 6894, 6895, 6896, 6897, 6898, 6899, 6900, 6901, 6902, 6903, 6904, 6905, 6906, 6907, 6908, 6909, 6910, 6911, 6912, 6913, 6914, 6915, 6916, 6917, 6918, 6919, 6920, 6921, 6922, 6923, 6948, 6964, 6967, 6968, 6979, 6985, 6986, 6990, 7073, 7117, 7118, 7148, 7152, 7153, 7154, 7158, 7165, 7166, 7178, 7190, 7191, 7198, 7218, 7222, 7223, 7239, 7251, 7252, 7259, 7262, 7263, 7264, 7266, 7267, 7268, 7567, 7570, 7571, 7572, 7574, 7575, 7576, 7578, 7583, 7584, 7585, 7594, 7595, 7596, 7597, 7598, 7599, 7600, 7602, 7603, 7605, 7609, 7611, 7613, 7614, 7617, 7618, 7619, 7620, 7621, 7622, 7623, 7624, 7625, 7626])])])),
            (122, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[270, 279, 482, 484, 485, 694, 744, 747, 2650, 2651, 5047, 5050, 5070, 5090, 5170, 5173, 5673, 5674, 7519, 10019, 10020, 10026, 10027, 10028, 10029, 10031, 10033, 14091, 14092, 14093, 14094, 14095, 14096, 14097, 14098, 14254, 14255, 14271, 14272, 14274, 14276, 14277, 14279, 15526, 15527, 15536, 15537, 15538, 15539, 15541, 15542, 16906, 16907, 16922, 16923, 16925, 16926, 16932, 16933, 17004, 17026, 18017, 18019]), Anchor::All(&[Anchor::Lits(&[5825, 5832, 5833, 5834, 5835, 5836, 5837, 5838, 5839, 5840, 5841, 5842, 5843, 5844, 5845, 5846, 5847, 5856, 5858, 5859, 5860, 5861, 5862, 5863]), Anchor::Lits(&[10119, 11968, 12324, 12673, 16027, 18006])])])),
            (123, "agent-grants-itself-power", Anchor::Lits(&[5426, 6661, 6667, 8432, 8466, 8483, 8561, 8584, 11109, 11413, 14270, 16562, 16564, 16565, 16566, 16568, 16569, 16572, 16604, 16606, 16607, 16608, 16609, 16610, 16613])),
            (124, "remove-the-guard-hook", Anchor::Lits(&[9329, 9338, 9546, 9549, 10590, 10591, 12326, 12328, 12330, 12331, 15092, 15093, 15227, 15236, 15274, 15275, 15314, 15315, 16025, 16037, 16162, 16182])),
            (125, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[1081, 1454, 3529, 4934, 5195, 5898, 6250, 6369, 6386, 7417, 7476, 7899]), Anchor::Lits(&[90, 94, 203, 690, 1960, 3653, 3654, 3905, 5242, 5764]), Anchor::Lits(&[8983, 10002, 10223, 13620, 13623, 13897, 15618, 15841, 17111, 17976])])),
            (126, "policy-does-not-cover-me", Anchor::Lits(&[472, 473, 474, 475, 476, 477, 478, 857, 858, 859, 860, 861, 862, 863, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 2011, 2012, 2015, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 5504, 5505, 5506, 5507, 5508, 5509, 5510])),
            (129, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[174, 628, 822, 2858, 4572, 7784, 7785, 7827]), Anchor::Any(&[Anchor::Lits(&[8752, 8764, 9114, 9292, 10634, 10635, 10727, 10730, 10731, 10735, 10887, 10888, 10889, 10890, 10891, 10892, 10893, 10894, 11483, 11488, 11489, 11490, 11491, 11492, 11498, 11499, 11500, 11899, 14843, 14950, 15031, 15145, 15399, 16107, 16204, 16742, 16800, 17908, 18008]), Anchor::All(&[Anchor::Lits(&[12307]), Anchor::Lits(&[114, 211, 4645, 4861, 5770, 6405])]), Anchor::All(&[Anchor::Lits(&[7010, 7034, 7048, 7085, 7086, 7088, 7118, 7137, 7146, 7187, 7219, 7257, 7272]), Anchor::Lits(&[10516, 11531, 11603, 11913, 12130, 13499, 15250, 16218, 17982, 18127, 18204])])]), Anchor::Lits(&[9139, 9140, 9141, 9142, 9143, 9144, 9153, 9180, 9181, 9373, 10120, 10121, 10127, 11909, 11910, 11911, 11989, 11990, 13246, 13612, 13614, 13615, 14659, 14762, 14956, 14957, 14958, 15414, 15415, 15416, 15560, 15573, 15593, 15865, 15886, 15887, 16205, 16209, 16951, 16959, 16960, 16961, 16969, 16970, 17984, 17985, 17986])])),
            (130, "tool-call-tampering", Anchor::Lits(&[8861, 8862, 8863, 8864, 8865, 9225, 9226, 9227, 9228, 9229, 9283, 9284, 9285, 9286, 9287, 9764, 9784, 9786, 9792, 9805, 10237, 10238, 10240, 10241, 10242, 10243, 10244, 10246, 10253, 10254, 10255, 10256, 10257, 10258, 10259, 10261, 11536, 11537, 11538, 11539, 11540, 11720, 11721, 11722, 11723, 11724, 12185, 12186, 12187, 12188, 12189, 12190, 12191, 12192, 12193, 12194, 12195, 12196, 12197, 12198, 12199, 12200, 12781, 12799, 12800, 12801, 12805, 14230, 14231, 14232, 14233, 14234, 15484, 15485, 15486, 15487, 15488, 15489, 15490, 15494, 15497, 15498, 15500, 15501, 15502, 15509, 15510, 15517, 16792, 16793, 16794, 16795, 16796, 16797, 16798, 16799, 16856, 16857, 16858, 16859, 16860, 16861, 16862, 16863, 16868, 16869, 16870, 16871, 16872, 16873, 16874, 16875, 17929, 17930, 17931, 17932, 17933, 17934, 17935, 17936, 17937, 17938, 17939, 17940, 17941, 17942, 17943, 17947, 18574, 18583, 18584, 18585, 18588, 18593, 18596, 18597, 18598, 18599])),
            (131, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[851, 852, 853, 854, 1567, 1582, 1586, 1603, 1608, 1611, 1617, 1622, 1625, 1742, 1757, 1761, 1785, 1790, 1793, 1799, 1804, 1807, 3926, 4049, 4065, 4069, 4095, 4102, 4104, 4110, 4115, 4118, 5249, 5978, 10614, 10615, 10616, 10617, 10618, 10619, 10620, 10621, 10622, 10623, 10624, 10625, 10914, 10915, 12560, 12562, 12567, 12571, 12572, 12588, 12589, 12592, 12593, 12597, 12598, 12720, 12721, 12722, 12723, 12724, 12725, 12727, 12728, 12729, 12730, 12731, 12733, 12734, 12735, 12736, 13220, 13221, 13222, 13223, 13224, 13225, 13226, 13227, 13228, 13229, 13230, 13231, 13440, 13442, 13447, 13455, 13457, 13773, 15519, 15725, 15743, 15744, 15745, 15746, 15747, 15748, 15749, 15750, 15751, 15752, 15753, 15754, 15755, 15756, 15757, 16076, 16110, 16111, 16113, 16117, 16118, 16127, 16128, 16131, 16132, 16134, 16135, 16136, 16352, 16353, 16354, 16355, 16356, 16357, 16358, 16359, 16360, 16361, 16362, 16363, 16880, 16881, 16882, 16883, 16884, 16885, 16886, 16887, 16888, 16889, 16890, 16891, 17135, 18033, 18034, 18035, 18036, 18037, 18038, 18039, 18040, 18041, 18042, 18043, 18081, 18082, 18083, 18084, 18085, 18086, 18087, 18088, 18089, 18090, 18091, 18130, 18131, 18132, 18133, 18134, 18135, 18136, 18137, 18138, 18139, 18140, 18318, 18319, 18320, 18321, 18322, 18323, 18324, 18325, 18326, 18327, 18328, 18329, 18330, 18331, 18332, 18334, 18335, 18336, 18337, 18338, 18339, 18340, 18341, 18342, 18343, 18344, 18345, 18346, 18347, 18348, 18803, 18885, 18900, 18901, 18902, 18909, 18952]), Anchor::All(&[Anchor::Lits(&[9147, 11017, 11306, 13663, 14088, 14291, 18797, 19123, 19125]), Anchor::Lits(&[197, 204, 882, 1491, 1492, 3073, 3082, 3589, 3593, 3727, 3789, 4292, 4293, 5457, 5463, 5548, 5549, 5711, 5724, 5931, 5952, 6461, 6485, 7651, 7652]), Anchor::Lits(&[8828, 9231, 9232, 12718, 14781, 14940, 15066, 15110, 15742, 18313])]), Anchor::All(&[Anchor::Lits(&[768, 2777, 4366, 4674, 5748]), Anchor::Lits(&[13441, 13446, 13448, 13453, 13454, 13456, 13458, 13503, 13505, 13506, 13507, 13508, 13509, 13510])])])),
            (132, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[29, 31, 36, 40, 45, 48, 50, 54, 56, 291, 293, 295, 297, 302, 304, 306, 308, 310, 6545, 6547, 6577, 6579, 6584, 6589, 6591, 6603, 6605, 6676, 6678, 6680, 6684, 6695, 6701, 6703, 6714, 6718, 6818, 6820, 6845, 6847, 6852, 6854, 6856, 6868, 6870]), Anchor::Lits(&[571, 585, 631, 632, 638, 2890, 2910, 2984, 2985, 3023, 3099, 3100, 3101, 3102, 3103, 3147, 3160, 3211, 3212, 3224, 4595, 4596, 4605, 4606, 4607, 6947, 6998, 7195, 7196, 7258]), Anchor::Lits(&[10636, 10645, 10657, 11604, 11605, 13460, 15037, 15145, 15619, 15829, 15839, 15936, 16055, 16139, 16249, 16801, 17327, 17462, 17909])]), Anchor::All(&[Anchor::Lits(&[12883, 12888, 13589, 15151, 18251]), Anchor::Lits(&[346, 1184, 2183, 5025, 7916]), Anchor::Lits(&[10636, 10657, 11605, 14884, 15037, 15619, 15829, 15839, 15936, 16139, 16801, 17060, 17909])])]), Anchor::Lits(&[30, 32, 37, 41, 46, 49, 51, 55, 57, 292, 294, 296, 298, 303, 305, 307, 309, 311, 6546, 6548, 6578, 6580, 6585, 6590, 6592, 6604, 6606, 6677, 6679, 6681, 6685, 6696, 6702, 6704, 6715, 6719, 6819, 6821, 6846, 6848, 6853, 6855, 6857, 6869, 6871, 10637, 10658, 11606, 14885, 15038, 15620, 15830, 15840, 15937, 16140, 16802, 17061, 17910])])),
            (136, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[514, 522, 529, 551, 556, 971, 2700, 2730, 3314, 3320, 3929, 4005, 4025, 5870, 5899, 7854]), Anchor::Lits(&[186, 187, 193, 194, 658, 659, 881, 884, 1048, 1049, 1050, 1076, 1237, 1238, 1242, 2632, 3544, 3545, 3637, 3638]), Anchor::Any(&[Anchor::Lits(&[8752, 8764, 9114, 9292, 10634, 10635, 10727, 10730, 10731, 10735, 10887, 10888, 10889, 10890, 10891, 10892, 10893, 10894, 11483, 11488, 11489, 11490, 11491, 11492, 11498, 11499, 11500, 11899, 14843, 14950, 15031, 15145, 15399, 16107, 16204, 16742, 16800, 17908, 18008]), Anchor::All(&[Anchor::Lits(&[12307]), Anchor::Lits(&[114, 211, 4645, 4861, 5770, 6405])]), Anchor::All(&[Anchor::Lits(&[7010, 7034, 7048, 7085, 7086, 7088, 7118, 7137, 7146, 7187, 7219, 7257, 7272]), Anchor::Lits(&[10516, 11531, 11603, 11913, 12130, 13499, 15250, 16218, 17982, 18127, 18204])])])])),
            (137, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9113, 12717, 12884, 13734, 17971]), Anchor::All(&[Anchor::Lits(&[9715, 9716, 9830, 10613, 11614, 12557, 12559, 13219, 13910, 15930, 15931, 16108, 16892, 17865, 18631, 19452]), Anchor::Lits(&[9542, 9839, 10090, 10264, 10991, 11600, 11966, 12042, 12883, 13584, 13589, 13735, 14959, 15062, 16141, 16779, 16938, 17063, 17175])])]), Anchor::Lits(&[274, 781, 782, 856, 1254, 1917, 2774, 2775, 2821, 2884, 3230, 3707, 3915, 5594, 5595, 5746, 6242, 6929, 7370, 7828, 8610]), Anchor::Lits(&[687, 874, 1044, 1120, 1123, 1509, 1510, 1870, 1871, 2133, 2134, 2188, 2883, 3618, 3619, 3709, 4898, 4945, 5757, 6156, 6157, 6281, 6435, 6436, 6489, 12885, 17972])])),
            (138, "hijack-the-task", Anchor::All(&[Anchor::Lits(&[63, 930, 1210, 1334, 1446, 1447, 1490, 1496, 1497, 1499, 1503, 1505, 1559, 1568, 1574, 1597, 1631, 1731, 1734, 1743, 1749, 1779, 1813, 1953, 1954, 2388, 2392, 2591, 2859, 2861, 2879, 2880, 2881, 2882, 3590, 4029, 4055, 4070, 4124, 4190, 4192, 4214, 4317, 4504, 4505, 4506, 4510, 4672, 4673, 4833, 4835, 4838, 4839, 4942, 4943, 4944, 5223, 5252, 5738, 5831, 5988, 6251, 6253, 6257, 6259, 6262, 6264, 6439, 6925, 6926, 7352, 7462, 7558, 7559]), Anchor::Lits(&[34, 689, 1884, 1913, 1914, 3105, 3229, 5286, 6201, 8606])])),
            (140, "instruction-field", Anchor::Any(&[Anchor::Lits(&[8878, 8879, 8884, 8885, 8893, 8906, 8907, 8910, 8913, 8933, 8934, 8939, 8940, 8953, 8966, 8967, 8970, 8977, 9449, 9450, 9455, 9456, 9469, 9482, 9483, 9486, 9489, 9872, 9873, 9878, 9879, 9892, 9905, 9906, 9909, 9912, 10488, 10489, 10490, 10491, 10498, 10511, 10512, 10513, 10514, 13603, 13604, 13605, 13606, 13607, 13608, 13609, 13610, 13611, 13848, 13849, 13854, 13855, 13868, 13881, 13882, 13885, 13888, 17034, 17038, 17042, 17043, 17048, 17049, 17051, 17054, 17057]), Anchor::All(&[Anchor::Lits(&[2191, 2192, 2193, 2194, 2195, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2207, 2208, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2266, 2270, 2271, 2279, 2280, 2304, 2305, 2307, 2309, 2310, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2322, 2323, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 6949, 6950, 6951, 6952, 6953, 6954, 6955, 6958, 6959, 6962, 6963, 6966, 6971, 6972, 6973, 6974, 6993, 6994, 6995, 6999, 7000, 7001, 7002, 7003, 7004, 7005, 7006, 7007, 7008, 7009, 7011, 7012, 7013, 7014, 7015, 7016, 7017, 7018, 7019, 7020, 7021, 7022, 7023, 7024, 7025, 7026, 7027, 7028, 7029, 7030, 7031, 7032, 7033, 7049, 7050, 7053, 7054, 7057, 7059, 7103, 7134, 7135, 7143, 7144, 7200, 7201, 7203, 7206, 7207, 7208, 7209, 7212, 7213, 7216, 7217, 7221, 7227, 7228, 7231, 7232, 7287, 7288, 7289, 7290, 7291, 7292, 7293, 7294, 7295, 7296, 7297, 7298, 7299, 7300, 7301, 7302, 7303, 7304, 7305, 7306, 7307, 7308, 7309, 7310, 7311, 7312, 7313, 7314, 7315, 7316, 7317, 7318]), Anchor::Lits(&[8797, 8798, 10236, 10245, 10252, 10260, 10872, 10874, 10877, 10879, 13139, 13141, 13151, 13172, 13805, 13808, 13913, 13914, 14474, 14477, 14480, 14483, 14818, 14819, 14831, 14840, 15434, 15437, 17112, 17113, 17114, 17115, 17901, 17904])])])),
            (143, "conceal-from-the-people", Anchor::Any(&[Anchor::Lits(&[430, 439, 895, 896, 897, 939, 942, 948, 3656, 3662, 3758, 3775, 3787, 5027, 5028, 5029, 5773, 5779, 10625, 10915, 11020, 11050, 11052, 11091, 11094, 11102, 11103, 11104, 11105, 11106, 11122, 11158, 11165, 11309, 11352, 11354, 11394, 11397, 11406, 11407, 11408, 11409, 11410, 11426, 11462, 11469, 14099, 14118, 14120, 14156, 14159, 14166, 14167, 14168, 14169, 14170, 14176, 14211, 14217, 15519, 16136, 16891, 18802, 18836, 18838, 18884, 18888, 18897, 18900, 18901, 18902, 18903, 18908, 18951, 18970]), Anchor::All(&[Anchor::Lits(&[9233, 9234, 9235, 9236, 9237, 9238, 9239, 9240, 9241, 12526, 12527, 12528, 12529, 12530, 12531, 12532, 12533, 12534, 14345, 14347, 14349, 14350, 14351, 14352, 14359, 14364, 14366, 14403, 14405, 14407, 14408, 14409, 14410, 14419, 14424, 14426, 14446, 14447, 14449, 14450, 14451, 14452, 14456, 14460, 14461, 15067, 15068, 15069, 15070, 15071, 15072, 15073, 15074, 15075, 17467, 17468, 17469, 17470, 17471, 17472, 17476, 17479, 17480, 17481, 17482, 17483, 17484, 17485, 17486, 17487, 17488, 17489, 17503, 17504, 17505, 17506, 17507, 17508, 17509, 17510, 17511, 17555, 17556, 17557, 17558, 17559, 17560, 17561, 17562, 17563, 17594, 17595, 17596, 17597, 17598, 17599, 17600, 17601, 17602, 17673, 17675, 17678, 17679, 17680, 17681, 17699, 17705, 17707, 18334, 18335, 18336, 18337, 18338, 18339, 18344, 18347, 18348]), Anchor::Lits(&[16521])])])),
            (144, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[1515, 1516, 1519, 1522, 1524, 2814, 2815, 6287, 7938, 7939, 7940, 7941, 7942, 8020, 8024, 8033, 8042, 8056, 18803, 18872, 18878, 18916, 18962, 18963, 18964]), Anchor::All(&[Anchor::Lits(&[352, 4171, 4625, 5184, 8033, 8101]), Anchor::Lits(&[9927, 10422, 13616, 16803]), Anchor::Lits(&[1239, 1847, 2068, 5216, 5449, 7463, 8118])]), Anchor::All(&[Anchor::Lits(&[352, 5184, 7447, 8101]), Anchor::Lits(&[872, 899, 1183, 2583, 3644, 5456, 5667, 5872, 5982, 6175]), Anchor::Lits(&[10516, 11510, 11913, 13826, 15474, 15477, 15698, 17031, 18127, 18204, 19004])]), Anchor::All(&[Anchor::Lits(&[2892, 2893, 2894, 2897, 2898, 2900, 2901, 2902, 2903, 2904, 2905, 2912, 2915, 2916, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2932, 2933, 2934, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2970, 2973, 2974, 2975, 2976, 2977, 2991, 2993, 2994, 2998, 3000, 3005, 3008, 3009, 3010, 3011, 3012, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3189, 3191, 3201, 3202, 3203, 3204, 3205, 3206, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 6957, 6960, 6961, 6965, 6970, 6976, 6978, 6980, 6981, 6982, 6983, 7052, 7055, 7056, 7061, 7062, 7063, 7064, 7065, 7066, 7067, 7068, 7069, 7070, 7071, 7074, 7075, 7076, 7077, 7078, 7079, 7080, 7081, 7082, 7083, 7084, 7101, 7120, 7174, 7176, 7179, 7180, 7182, 7183, 7211, 7214, 7215, 7220, 7225, 7235, 7238, 7240, 7241, 7243, 7244]), Anchor::Lits(&[424, 1163, 1164, 1165, 1166, 1273, 3525, 4915, 5139, 5745, 7338]), Anchor::Lits(&[8824, 9300, 11607, 12950, 13084, 15040, 15476, 19003])])])),
            (148, "conceal-the-steps", Anchor::Lits(&[287, 1010, 1255, 1495, 2168, 2169, 3088, 4766, 4767, 4768, 4769, 4778, 4783, 4784, 4785, 4788, 5250, 5752, 5979, 7830, 8610, 11063, 11090, 11096, 11098, 11101, 11136, 11139, 11143, 11150, 11366, 11393, 11399, 11401, 11405, 11440, 11443, 11447, 11454, 12899, 12900, 12901, 12902, 12905, 12906, 12907, 12908, 12917, 12918, 12929, 12930, 12931, 12932, 12933, 12934, 13085, 13086, 13087, 13088, 13089, 13090, 13091, 13092, 13093, 13094, 13095, 13096, 13097, 13098, 13099, 13100, 13203, 13204, 13205, 13206, 13207, 13208, 13209, 13210, 13211, 13212, 13213, 13214, 13215, 13216, 13217, 13218, 14132, 14155, 14161, 14163, 14165, 14187, 14191, 14195, 14203, 14291, 16281, 16284, 18893, 18904, 18931, 18938, 18943])),
            (150, "assert-a-falsehood", Anchor::Lits(&[657, 1072, 1155, 3776, 4277, 5087, 5461, 5719, 6200, 6462, 6465, 6466, 6467, 6468, 6469, 6470, 6471, 6472, 6473, 6474, 6475, 6476, 6477, 6478, 6479, 6481, 6482, 8124])),
            (151, "user-kept-out-of-the-loop", Anchor::Any(&[Anchor::Lits(&[230, 231, 234, 235, 236, 244, 387, 388, 390, 391, 393, 401, 572, 573, 575, 576, 577, 578, 579, 580, 581, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 599, 614, 617, 622, 623, 625, 626, 627, 1967, 1969, 1971, 1972, 1973, 1982, 11026, 11030, 11051, 11056, 11057, 11092, 11123, 11159, 11316, 11320, 11353, 11358, 11359, 11395, 11427, 11463, 13918, 13919, 13920, 13921, 13922, 13923, 13924, 13925, 13927, 13928, 13929, 13930, 13931, 13932, 13933, 13934, 14043, 14044, 14045, 14046, 14047, 14048, 14049, 14050, 14051, 14052, 14053, 14054, 14055, 14056, 14057, 14058, 14104, 14109, 14119, 14124, 14125, 14157, 14177, 14212, 14291, 16283, 16285, 16286, 16287, 16288, 16292, 16293, 16295, 16298, 16299, 16300, 16301, 16302, 16306, 16307, 16309]), Anchor::All(&[Anchor::Lits(&[437, 1918, 2574, 2576, 5949, 7431]), Anchor::Lits(&[11023, 11071, 11083, 11084, 11151, 11161, 11222, 11228, 11231, 11232, 11239, 11240, 11282, 11290, 11293, 11294, 11302, 11303, 11312, 11374, 11386, 11387, 11455, 11465, 14102, 14140, 14149, 14150, 14204, 14214, 16282, 16289, 16290, 16291, 16294, 16296, 16297, 16303, 16304, 16305, 16308, 16310, 18680, 18685, 18688, 18689, 18700, 18701, 18973, 18978, 18981, 18982, 18993, 18994])])])),
            (152, "kept-from-the-record", Anchor::Lits(&[1657, 1658, 1660, 1661, 1663, 1667, 1670, 1700, 1701, 1703, 1704, 1706, 1710, 1713, 1763, 1765, 1769, 1771, 1772, 1773, 1776, 2691, 2692, 2693, 2694, 2695, 2696, 2697, 3930, 3931, 3933, 3934, 3936, 3940, 3943, 3983, 3985, 3990, 3992, 3994, 3998, 4003, 4007, 4008, 4010, 4011, 4013, 4017, 4020, 4074, 4075, 4076, 4077, 4078, 4079, 4080, 4081, 4082, 4083, 4084, 4085, 4086, 4087, 4367, 4368, 4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399, 4400, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4675, 4676, 4677, 4678, 4679, 4680, 4681, 4682, 4683, 4684, 4685, 4686, 4687, 4688, 4689, 4690, 4691, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 4706, 4707, 4708, 4709, 4710, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4724, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4748, 4749, 4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4765, 4770, 4771, 4772, 4773, 4774, 4775, 4776, 4777, 4779, 4780, 4781, 4782, 4786, 4787, 4789, 5902, 5903, 5905, 5906, 5908, 5912, 5915, 5917, 5918, 5920, 5921, 5923, 5927, 5930, 7862, 7863, 7867, 7871, 7873, 7879, 7891, 8064, 8065, 8069, 8073, 8075, 8081, 8093, 8799, 8800, 8801, 8802, 8803, 8804, 9978, 9979, 9980, 9981, 9982, 9983, 10049, 10050, 10051, 10052, 10053, 10054, 10248, 10249, 10250, 10251, 10262, 10263, 14412, 14417, 14594, 14595, 14596, 14597, 14598, 14599, 14600, 14601, 14602, 14603, 14604, 14605, 14606, 14607, 14608, 14609, 14610, 14611, 15480, 15481, 15482, 15483, 15495, 15496, 16681, 16682, 16683, 16684, 16864, 16865, 16866, 16867, 16876, 16877, 16893, 16894, 16895, 16896, 16897, 16898])),
            (154, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[11502, 12249, 12279, 12671, 12714, 12777, 13488, 14627, 14883, 14939, 15128, 15140, 15142, 15388, 15443, 15444, 19008]), Anchor::Lits(&[661, 666, 667, 668, 669, 670, 671, 672, 673, 705, 706, 707, 708, 709, 710, 711, 712, 713, 2190, 2272, 2274, 2275, 2276, 2277, 2278, 2281, 2283, 2890, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 2953, 3147, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3962, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 4513, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4595, 4597, 4598, 4599, 4600, 4601, 4602, 4603, 4604, 4868, 4869, 4870, 4871, 4872, 4873, 4874, 4875, 4876, 5051, 5052, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 6947, 7136, 7138, 7139, 7140, 7141, 7142, 7145, 7147, 7566, 7586, 7587, 7588, 7589, 7590, 7591, 7592, 7593]), Anchor::Lits(&[9698, 9699, 10480, 10515, 10738, 11509, 11900, 11912, 12129, 13498, 13646, 13825, 13912, 15249, 15473, 15476, 15697, 16074, 16217, 16267, 16279, 16937, 17030, 17981, 18126, 18203, 19003])]), Anchor::All(&[Anchor::Lits(&[15129, 15139, 15141, 15388]), Anchor::Lits(&[8763, 9928, 10330, 10810, 11477, 11603, 11615, 12024, 12949, 13489, 13643, 15721, 15737, 16238, 16268, 16398, 16934]), Anchor::Lits(&[773, 775, 1239, 1847, 1885, 2058, 2068, 2416, 3557, 3880, 3919, 5211, 5449, 5802, 5872, 5894, 6279, 6403, 7377, 7463, 7492])])]), Anchor::Lits(&[774, 776, 1234, 1240, 1358, 1848, 1886, 2059, 2069, 2417, 3558, 3696, 3881, 3920, 4983, 4989, 4990, 5046, 5137, 5212, 5217, 5450, 5709, 5803, 5805, 5873, 5895, 6280, 6404, 7378, 7464, 7493, 8119])])),
            (157, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[10474, 10475, 10476, 10477, 10478, 10479, 10997, 10998, 10999, 11000, 11001, 11002, 11003, 11004, 11005, 11006, 11007, 11008, 11009, 11010, 11011, 11012, 11013, 11014, 12537, 12538, 12539, 12540, 12541, 12542, 12708, 12709, 12710, 12711, 12712, 12713, 15047, 15048, 15049, 15050, 15051, 15052, 15503, 15504, 15505, 15506, 15507, 15508, 15511, 15512, 15513, 15514, 15515, 15516, 15632, 15633, 15634, 15635, 15636, 15637, 16941, 16942, 16943, 16944, 16945, 16946, 18252, 18253, 18254, 18255, 18256, 18257, 18258, 18259, 18260, 18315, 18316, 18317]), Anchor::Lits(&[1231, 1233, 1517, 1518, 1520, 1521, 1523, 1525, 2762, 2763, 2816, 2817, 4929, 4930, 5243, 5244, 5246, 5247, 5359, 5360, 6288, 6289, 7499, 7503, 7509]), Anchor::Lits(&[9960, 11964, 13627, 15146, 15739])])),
            (158, "ship-whole-table-to-own-endpoint", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[25, 26, 27, 288, 289, 290, 299, 300, 301, 360, 364, 376, 3955, 3956, 3957, 6131, 6132, 6133]), Anchor::All(&[Anchor::Lits(&[17874, 17879, 17884, 17890, 17893, 17895, 18718, 18723, 18728, 18746, 18775, 18777]), Anchor::Lits(&[8681, 8684, 8692, 9125, 9132, 9151, 13937, 16752, 17416]), Anchor::Any(&[Anchor::Lits(&[8680, 8683, 8691, 9124, 9131, 9150, 13936, 16751, 17415]), Anchor::All(&[Anchor::Lits(&[2911]), Anchor::Lits(&[8673, 9122])])])])]), Anchor::Lits(&[1091, 1240, 2059, 2069, 2417, 3558, 3881, 4998, 5046, 5212, 5450, 5803, 5873, 5895, 6280, 6404, 7378, 7493])])),
            (159, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[1026, 1498, 1848, 1866, 1886, 2588, 4792, 4925, 5046, 5121, 5302, 5543, 5548, 5803, 5873, 5931, 6461, 7438]), Anchor::Lits(&[8758, 8759, 9293, 9295, 9721, 10637, 14518, 15030, 15032, 15038, 15044, 15054, 15400, 15401, 15638, 16108, 16140, 16250]), Anchor::Lits(&[621, 771, 2189, 2445, 2771, 2889, 3146, 4337, 4512, 6030, 6946, 7467, 7469, 7548])])),
            (160, "keep-it-from-security", Anchor::Any(&[Anchor::Lits(&[9675, 9676, 9677, 9678, 9685, 9686, 9687, 9688, 9689, 9690, 9691, 9692, 9938, 9939, 9940, 9941, 9942, 9943, 9949, 9950, 9951, 9952, 9953, 9954, 11196, 11197, 11198, 11199, 11200, 11201, 11202, 11203, 11204, 11205, 11206, 11207, 12255, 12256, 12257, 12258, 12259, 12260, 12271, 12272, 12273, 12274, 12275, 12276, 16401, 16402, 16417, 16425, 16445, 16447, 16461, 16462, 16463, 16464, 16465, 16466]), Anchor::All(&[Anchor::Lits(&[9823, 11017, 11306, 13527, 13528, 14088, 14291, 14369, 18797]), Anchor::Lits(&[197, 204, 647, 654, 882, 883, 1027, 1028, 2566, 2580, 3073, 3082, 3247, 3248, 3589, 3684, 3685, 3759, 3777, 3788, 3790, 3791, 3792, 4292, 4293, 6461, 6485, 7640, 7641]), Anchor::Lits(&[8848, 9321, 9368, 9957, 10041, 10116, 10272, 10663, 11476, 12282, 13008, 13264, 13511, 13709, 13977, 14878, 15387, 16106, 16335, 16349, 16741, 17424])])])),
            (161, "send-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1167, 1516, 1522, 1526, 1527, 5550, 6116]), Anchor::All(&[Anchor::Lits(&[9720, 10643, 11898, 15147, 15249, 15473, 16217, 16937, 17987, 18203]), Anchor::Lits(&[0, 2, 15, 17, 18, 19, 20, 21, 22, 23]), Anchor::Lits(&[8662, 8663, 8664, 8666, 8667, 8668, 8669, 8670, 8671, 8672])]), Anchor::All(&[Anchor::Lits(&[6956, 6969, 6975, 6977, 6984, 6987, 7051, 7119, 7147, 7170, 7175, 7184, 7210, 7224, 7233, 7236, 7248, 7256, 7286]), Anchor::Any(&[Anchor::Lits(&[9931, 13186, 14235, 15149, 15740, 18481]), Anchor::All(&[Anchor::Lits(&[1493, 6022, 6458, 7716]), Anchor::Lits(&[13937])])])])]), Anchor::Lits(&[1494, 6023, 6459, 7717, 8662, 8663, 8664, 8666, 8667, 8668, 8669, 8670, 8671, 8672, 9932, 13187, 14236, 14660, 14661, 14662, 14663, 14664, 14665, 14666, 14667, 14668, 14669, 14670, 14671, 14672, 14673, 14674, 14675, 14676, 14677, 14678, 14679, 14680, 14681, 14682, 14683, 14684, 14685, 14686, 14687, 14688, 14689, 14690, 14691, 14732, 14733, 14734, 14735, 14736, 14737, 14738, 14739, 14741, 14752, 14753, 14754, 14755, 14756, 14759, 14760, 14763, 14764, 14765, 14766, 14767, 14768, 14769, 14770, 14771, 14772, 14773, 14774, 14775, 14776, 14777, 14778, 14905, 14906, 14907, 14908, 14909, 15150, 15741, 17835, 17836, 17837, 17838, 17839, 18352, 18353, 18354, 18355, 18356, 18420, 18421, 18422, 18423, 18424, 18482])])),
            (162, "send-outside-the-company", Anchor::Lits(&[2077, 2079, 2080, 2081, 2083, 2084, 2615, 6786, 6787, 6788, 6789, 6790, 6791, 14902, 15130, 15131, 15132, 15133, 15134, 15135, 15136, 15137, 15300, 15452, 15453, 15454, 15455, 15456, 15457, 15458, 15459])),
            (163, "disclose-secret-values", Anchor::Any(&[Anchor::Lits(&[1082, 1087, 1329, 5015, 5016, 7455, 7467, 7469, 12952, 12953, 12954, 12955, 12956, 12957, 12958, 12959, 12960, 12961, 12962, 12963, 12964, 12965, 12966, 12967, 12968, 12969, 12970, 12971, 12972, 12973, 12974, 12975, 12976, 12977, 12978, 12979, 12980, 12981, 12982, 12983, 12984, 12985, 12986, 12987]), Anchor::All(&[Anchor::Lits(&[1932, 1933, 1934, 1936, 1939, 5122]), Anchor::Lits(&[10923, 11509, 11591, 12235, 12950, 13590, 14884, 15040, 15340, 15853, 16217, 16311, 17133]), Anchor::Lits(&[345, 1271, 3522, 4915, 5745, 7338, 7990, 8187, 8201])]), Anchor::All(&[Anchor::Lits(&[1190, 1196, 7540, 7541]), Anchor::Lits(&[91, 424, 4911, 4915, 5139, 5745, 7338]), Anchor::Lits(&[8825, 11592, 12234, 12951, 15041, 15341, 15477, 15845, 15854, 16218, 16312, 17118, 19004])]), Anchor::All(&[Anchor::Lits(&[9296, 10221, 14517, 15029, 16109, 16122]), Anchor::Lits(&[10924, 11510, 11914, 12234, 14885, 15041, 15341, 15571, 15854, 16218, 16268, 16312, 17118])]), Anchor::All(&[Anchor::Lits(&[10057, 10070, 10091, 10094, 10866, 10867, 13531, 13532]), Anchor::Lits(&[9292, 15029, 15031, 15043, 15399, 16107, 17908])])])),
            (164, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8826, 10628, 10629, 10630, 10631, 10632, 10633, 10731, 11480, 11483, 11484, 11485, 11489, 11491, 11493, 11494, 11917, 11918, 11919, 12065, 12231, 12232, 13019, 14462, 14936, 14937, 15467, 15475, 15572, 15772, 15842, 15900, 16950, 18008]), Anchor::All(&[Anchor::Lits(&[12307]), Anchor::Lits(&[114, 233, 2888, 4645, 4861, 5770, 6405, 7518])]), Anchor::All(&[Anchor::Lits(&[2909, 2969, 2978, 2981, 3029, 3159, 3200, 3209, 3210, 3225, 6650, 6692, 6705, 6710, 6738, 6989, 7173, 7189, 7194, 7285]), Anchor::Lits(&[8824, 9436, 9538, 12233, 13912, 15430, 15476])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8665, 9094, 9547, 9551, 9586, 10278, 13232, 13516, 13741, 13824, 13915, 14080, 15035, 15036, 16245, 18024]), Anchor::All(&[Anchor::Lits(&[14079]), Anchor::Lits(&[12779, 19007])]), Anchor::All(&[Anchor::Lits(&[15935]), Anchor::Lits(&[12779, 19007])])]), Anchor::Lits(&[16, 265, 695, 702, 721, 722, 1133, 3249, 3250, 3577, 3710, 3878, 3924, 4031, 4032, 4033, 4918, 4919, 5600, 5601, 5822, 5823, 7437]), Anchor::Lits(&[9936, 10725, 10776, 10885, 10897, 11478, 11896, 13535, 13628, 15660, 15668, 15678, 16997, 17003, 17077, 18016, 18044, 18181])]), Anchor::All(&[Anchor::Lits(&[183, 704, 1088, 1180, 1204, 1285, 2074, 2407, 2435, 3142, 3144, 4797, 4806, 4899, 5110, 5153, 5307, 5483, 6323, 6784, 6785, 7544]), Anchor::Lits(&[10222, 10515, 11509, 11912, 12129, 12233, 13646, 13912, 15249, 15473, 15697, 16217, 16267, 16269, 17981, 18126, 18203]), Anchor::Lits(&[2189, 3146, 6946, 7916])]), Anchor::All(&[Anchor::Lits(&[353, 357, 364, 366, 375, 376, 2076, 2078, 2082, 2085, 2086, 2087, 4799, 4800, 4801, 4802, 4803, 4804, 5308, 5309, 5310, 5311, 5312, 5313]), Anchor::Lits(&[17875, 17876, 17877, 17878, 17880, 17881, 17882, 17883, 17885, 17887, 17891, 17892, 17894, 17896, 17897, 17898, 18719, 18720, 18721, 18722, 18724, 18725, 18726, 18727, 18729, 18745, 18773, 18774, 18776, 18778, 18779, 18780])]), Anchor::All(&[Anchor::Lits(&[662, 663, 664, 665, 674, 675, 3161, 3187, 3188, 3190, 3207, 3208, 7048, 7086, 7088, 7118, 7187, 7188]), Anchor::Lits(&[10516, 12130, 13647, 15250, 15474, 16218, 16268, 18204])]), Anchor::All(&[Anchor::Lits(&[114, 4645, 5770, 6405, 7518]), Anchor::Lits(&[8763, 8829, 13621, 18314]), Anchor::Lits(&[8825, 10627, 13653, 15445, 16258, 16259])]), Anchor::All(&[Anchor::Lits(&[15041, 15250, 15461, 16218, 16268]), Anchor::Lits(&[424, 1273, 3525, 4915, 7338])]), Anchor::All(&[Anchor::Lits(&[6988, 7181, 7197, 7242, 7917, 7950, 7963, 7969]), Anchor::Lits(&[18262]), Anchor::Lits(&[16268])]), Anchor::All(&[Anchor::Lits(&[11479]), Anchor::Lits(&[1305, 1308, 5736, 6432, 7649])]), Anchor::All(&[Anchor::Lits(&[11677, 14504, 14554, 18702]), Anchor::Lits(&[10657, 10672, 12613, 13623, 15619, 15936, 16091, 17060])]), Anchor::All(&[Anchor::Lits(&[10726, 11479, 15468, 15669, 18009, 18702]), Anchor::Lits(&[211, 1851, 1927, 1961, 7847])])]), Anchor::Any(&[Anchor::Lits(&[913, 2971, 3074, 3352, 3354, 3356, 3357, 3359, 3363, 3366, 3368, 3370, 3372, 3373, 3374, 3376, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3452, 3454, 3456, 3457, 3459, 3463, 3466, 3468, 3470, 3472, 3473, 3474, 3476, 4640, 6550, 6552, 6554, 6555, 6557, 6561, 6564, 6566, 6568, 6570, 6571, 6572, 6574, 6624, 6626, 6628, 6629, 6631, 6635, 6638, 6640, 6642, 6644, 6645, 6646, 6648, 7468, 7547, 8859, 9105, 9106, 9107, 9108, 9109, 9110, 9111, 9112, 10371, 10375, 10376, 10377, 10378, 10379, 10450, 10451, 10452, 10453, 10454, 10455, 10456, 10457, 10458, 10459, 10460, 10461, 11128, 11432, 12143, 12401, 12402, 12403, 12404, 12405, 12406, 12545, 12546, 12547, 12548, 12549, 12550, 12551, 12552, 12553, 12995, 12996, 12997, 12998, 12999, 13000, 13001, 13002, 13007, 13113, 13114, 13115, 13116, 13117, 13118, 13119, 13120, 13121, 13122, 13123, 13124, 13129, 13178, 13179, 13180, 13181, 13182, 13183, 14241, 14289, 14396, 14620, 14621, 14622, 14623, 14624, 14625, 14805, 14806, 14807, 14808, 14809, 14810, 14811, 14812, 14986, 14995, 15028, 15575, 15579, 15580, 15581, 15582, 15583, 15662, 16260, 16261, 16262, 16263, 16264, 16265, 16446, 16538, 16539, 16540, 16541, 16542, 16543, 16544, 16546, 16547, 16551, 16552, 16553, 16554, 16555, 16556, 16557, 16558, 16559, 16655, 16656, 16657, 16658, 16659, 16660, 16661, 16662, 16663, 16705, 16706, 16707, 16708, 16709, 16710, 16711, 16712, 16713, 16714, 16715, 16716, 16717, 16718, 16719, 16720, 16721, 16722, 16723, 16724, 16725, 16726, 16727, 16728, 16729, 16730, 16731, 16732, 16733, 16734, 16735, 16736, 16737, 16738, 16739, 16740, 17592, 17652, 17653, 17654, 17655, 17656, 17657, 17658, 17659, 17660, 17913, 18147, 18148, 18149, 18150, 18151, 18152, 18153, 18154, 18371, 18372, 18373, 18374, 18375, 18376, 18377, 18378, 18613, 18614, 18615, 18616, 18617, 18618, 18619, 18620, 18621, 18667, 18671, 18672, 18673, 18674, 18675, 18801, 18862, 18911, 18925, 18961]), Anchor::All(&[Anchor::Lits(&[7693, 7698, 7705, 7706, 7707, 7708, 7709, 7711, 7724, 7730, 8156, 8182, 8189, 8232, 8567]), Anchor::Lits(&[8919, 9533, 9534, 10369, 13779, 16045, 16075, 17171, 17172, 17915, 17923, 17924])]), Anchor::All(&[Anchor::Lits(&[8762, 9403, 14615, 15076]), Anchor::Lits(&[95, 5445, 5696, 6121, 6324])]), Anchor::All(&[Anchor::Lits(&[96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 5697, 5698, 5699, 5700, 5701, 5702, 5703, 5704, 5705, 6122, 6123, 6124, 6125, 6126, 6127, 6128, 6129, 6130, 6325, 6326, 6327, 6328, 6329, 6330, 6331, 6332, 6333, 6334, 6335, 6336, 6337, 6338, 6339, 6340, 6341, 6342, 6343, 6344, 6345, 6346, 6347, 6348, 6349, 6350, 6351, 6352, 6353, 6354, 6355, 6356, 6357, 6358, 6359, 6360]), Anchor::Lits(&[16476, 16477, 16511, 16514, 16517, 17263, 17264, 17513, 17528, 17529, 17605, 17606, 17607, 17608, 17609, 17610, 17611, 17612, 17613, 17614, 17616, 17617, 17618, 17619, 17620, 18366, 18367, 18368, 18369, 18370])]), Anchor::All(&[Anchor::Lits(&[505, 648, 655, 724, 742, 1073, 1074, 1085, 1157, 3104, 3120, 3576, 4021, 5342, 5464, 5465, 5682, 5710, 5975, 6486, 7341, 7647, 8129]), Anchor::Lits(&[8868, 9553, 10220, 10421, 10447, 10644, 11916, 12128, 12160, 13184, 13188, 14902, 14904, 14962, 15327, 15417, 15769, 16989, 17710, 17711, 18365])]), Anchor::All(&[Anchor::Lits(&[217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 3351, 3353, 3355, 3358, 3360, 3361, 3362, 3364, 3365, 3367, 3369, 3371, 3375, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3451, 3453, 3455, 3458, 3460, 3461, 3462, 3464, 3465, 3467, 3469, 3471, 3475, 6549, 6551, 6553, 6556, 6558, 6559, 6560, 6562, 6563, 6565, 6567, 6569, 6573, 6623, 6625, 6627, 6630, 6632, 6633, 6634, 6636, 6637, 6639, 6641, 6643, 6647, 6822, 6823, 6824, 6826, 6827, 6828, 6830, 6832, 6833, 6834, 6835, 6836, 6838, 6872, 6873, 6874, 6875, 6876, 6877, 6878, 6879, 6880, 6881, 6882, 6883, 6884, 7690, 7691, 7692, 7694, 7695, 7696, 7697, 7699, 7700, 7701, 7702, 7703, 7704, 7721, 7722, 7723, 7725, 7726, 7727, 7729, 7732, 7736, 7738, 7740, 7743, 7747, 8153, 8154, 8155, 8157, 8159, 8160, 8161, 8164, 8165, 8166, 8167, 8170, 8174, 8564, 8565, 8566, 8568, 8570, 8571, 8572, 8575, 8576, 8577, 8578, 8580, 8582]), Anchor::Lits(&[9533, 9534, 10369, 13103, 13104, 15429, 16045, 16078, 17029, 17915, 17924])]), Anchor::All(&[Anchor::Lits(&[10274, 10275, 10276, 10279, 10280, 10281, 10282, 10287, 13010, 13011, 13012, 13013, 13014, 13015, 13016, 13017, 13265, 13266, 13267, 13278, 13279, 13296, 13299, 13300, 13513, 13514, 13515, 13517, 13518, 13519, 13520, 13522, 13711, 13712, 13713, 13714, 13715, 13716, 13717, 13718, 13979, 13980, 13981, 13982, 13983, 13984, 13985, 13986, 16146, 16148, 16150, 16165, 16166, 16167, 16174, 16183, 16184, 16185, 16186, 16193, 16194, 16195, 16197, 16198, 17369, 17370, 17371, 17372, 17373, 17374, 17375, 17376, 17464, 17465, 17466, 17473, 17474, 17475, 17477, 17478]), Anchor::Lits(&[13780, 16046, 16079, 17916, 17925])]), Anchor::All(&[Anchor::Lits(&[902, 903, 904, 905, 906, 907, 908, 909, 913, 916, 917, 918, 919, 920, 921, 922, 923, 927, 928, 2891, 2895, 2899, 2907, 2914, 2918, 2919, 2931, 2972, 2979, 2980, 2982, 2983, 2990, 2999, 3001, 3006, 3030, 3060, 4514, 4515, 4516, 4517, 4531, 4533, 4534, 4535, 4552, 4553, 4554, 4555, 4556, 4561, 4562, 4563, 4564, 4568, 4571, 4808, 4809, 4810, 4811, 4812, 4813, 4814, 4815, 4816, 4817, 4818, 4819, 4820, 4823, 4824, 4825, 4826, 4830, 4832, 7568, 7569, 7573, 7577, 7579, 7580, 7581, 7582, 7601, 7604, 7606, 7607, 7608, 7610, 7612, 7615, 7616, 7627, 7628]), Anchor::Lits(&[8919, 9344, 9595, 9608, 9838, 10206, 10386, 12321, 12322, 14571, 14572, 14581, 16335, 16340])]), Anchor::All(&[Anchor::Lits(&[517, 525, 1086, 2551, 2685, 2710, 3265, 3274, 3533, 4477, 4478, 5683, 5684, 5685, 5975]), Anchor::Lits(&[9544, 10036, 10038, 10117, 10273, 10642, 10659, 11988, 12219, 12716, 13009, 13497, 13512, 13710, 13978, 16145, 17368, 17414, 17463])]), Anchor::All(&[Anchor::Lits(&[9322, 9323, 9324, 9327, 9591, 9592, 9593, 9594, 9604, 9605, 9606, 9607, 12250, 12251, 12252, 12253, 15088, 15089, 15090, 15091, 16336, 16337, 16338, 16339]), Anchor::Lits(&[9553, 9850, 10035, 10037, 10116, 10220, 10421, 10473, 10600, 10641, 12535, 13495, 13511, 13719, 14940, 14962, 16144, 18365, 18427])]), Anchor::All(&[Anchor::Lits(&[8762, 9403, 9404, 9935, 14616, 15076]), Anchor::Lits(&[8868, 9553, 10220, 10421, 10447, 10644, 11916, 12128, 12160, 12218, 13184, 13188, 13516, 14902, 14904, 14962, 15327, 15417, 15769, 16989, 17710, 17711, 18365])]), Anchor::All(&[Anchor::Lits(&[10100, 10101, 10102, 10103, 10265, 10266, 10267, 10268, 10372, 10373, 10374, 10380, 10443, 10444, 10445, 10446, 10993, 10994, 10995, 10996, 11181, 11182, 11183, 11184, 11185, 11186, 11187, 11188, 12359, 12360, 12361, 12362, 12400, 12407, 12408, 12409, 13147, 13152, 13164, 13173, 13648, 13649, 13650, 13651, 13804, 13806, 13807, 13809, 14473, 14475, 14476, 14478, 14479, 14481, 14482, 14484, 15252, 15253, 15254, 15255, 15463, 15464, 15465, 15466, 15576, 15577, 15578, 15584, 16003, 16004, 16005, 16006, 16101, 16102, 16103, 16104, 16787, 16788, 16789, 16790, 17850, 17851, 17852, 17853, 17900, 17902, 17903, 17905, 18664, 18665, 18666, 18668, 18669, 18670, 18676, 18677]), Anchor::Lits(&[8868, 9553, 10220, 10421, 10447, 10644, 11915, 12122, 12160, 13184, 13188, 14901, 14904, 14962, 15327, 15417, 15769, 16989, 17710, 17711, 18118, 18365])]), Anchor::All(&[Anchor::Lits(&[8868, 9553, 10220, 10421, 10447, 10644, 11916, 12128, 12160, 13184, 13188, 14902, 14904, 14962, 15327, 15417, 15769, 16989, 17710, 17711, 18365]), Anchor::Lits(&[1058, 1119, 1160, 1203, 1513, 1636, 1885, 2097, 2660, 2682, 3128, 3695, 3859, 4276, 5062, 5192, 5316, 5636, 5742, 6160, 6455, 6927, 7336, 7348, 7852])])])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8826, 10628, 10629, 10630, 10631, 10632, 10633, 10731, 11480, 11483, 11484, 11485, 11489, 11491, 11493, 11494, 11917, 11918, 11919, 12065, 12231, 12232, 13019, 14462, 14936, 14937, 15467, 15475, 15572, 15772, 15842, 15900, 16950, 18008]), Anchor::All(&[Anchor::Lits(&[12307]), Anchor::Lits(&[114, 233, 2888, 4645, 4861, 5770, 6405, 7518])]), Anchor::All(&[Anchor::Lits(&[2909, 2969, 2978, 2981, 3029, 3159, 3200, 3209, 3210, 3225, 6650, 6692, 6705, 6710, 6738, 6989, 7173, 7189, 7194, 7285]), Anchor::Lits(&[8824, 9436, 9538, 12233, 13912, 15430, 15476])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8665, 9094, 9547, 9551, 9586, 10278, 13232, 13516, 13741, 13824, 13915, 14080, 15035, 15036, 16245, 18024]), Anchor::All(&[Anchor::Lits(&[14079]), Anchor::Lits(&[12779, 19007])]), Anchor::All(&[Anchor::Lits(&[15935]), Anchor::Lits(&[12779, 19007])])]), Anchor::Lits(&[16, 265, 695, 702, 721, 722, 1133, 3249, 3250, 3577, 3710, 3878, 3924, 4031, 4032, 4033, 4918, 4919, 5600, 5601, 5822, 5823, 7437]), Anchor::Lits(&[9936, 10725, 10776, 10885, 10897, 11478, 11896, 13535, 13628, 15660, 15668, 15678, 16997, 17003, 17077, 18016, 18044, 18181])]), Anchor::All(&[Anchor::Lits(&[183, 704, 1088, 1180, 1204, 1285, 2074, 2407, 2435, 3142, 3144, 4797, 4806, 4899, 5110, 5153, 5307, 5483, 6323, 6784, 6785, 7544]), Anchor::Lits(&[10222, 10515, 11509, 11912, 12129, 12233, 13646, 13912, 15249, 15473, 15697, 16217, 16267, 16269, 17981, 18126, 18203]), Anchor::Lits(&[2189, 3146, 6946, 7916])]), Anchor::All(&[Anchor::Lits(&[353, 357, 364, 366, 375, 376, 2076, 2078, 2082, 2085, 2086, 2087, 4799, 4800, 4801, 4802, 4803, 4804, 5308, 5309, 5310, 5311, 5312, 5313]), Anchor::Lits(&[17875, 17876, 17877, 17878, 17880, 17881, 17882, 17883, 17885, 17887, 17891, 17892, 17894, 17896, 17897, 17898, 18719, 18720, 18721, 18722, 18724, 18725, 18726, 18727, 18729, 18745, 18773, 18774, 18776, 18778, 18779, 18780])]), Anchor::All(&[Anchor::Lits(&[662, 663, 664, 665, 674, 675, 3161, 3187, 3188, 3190, 3207, 3208, 7048, 7086, 7088, 7118, 7187, 7188]), Anchor::Lits(&[10516, 12130, 13647, 15250, 15474, 16218, 16268, 18204])]), Anchor::All(&[Anchor::Lits(&[114, 4645, 5770, 6405, 7518]), Anchor::Lits(&[8763, 8829, 13621, 18314]), Anchor::Lits(&[8825, 10627, 13653, 15445, 16258, 16259])]), Anchor::All(&[Anchor::Lits(&[15041, 15250, 15461, 16218, 16268]), Anchor::Lits(&[424, 1273, 3525, 4915, 7338])]), Anchor::All(&[Anchor::Lits(&[6988, 7181, 7197, 7242, 7917, 7950, 7963, 7969]), Anchor::Lits(&[18262]), Anchor::Lits(&[16268])]), Anchor::All(&[Anchor::Lits(&[11479]), Anchor::Lits(&[1305, 1308, 5736, 6432, 7649])]), Anchor::All(&[Anchor::Lits(&[11677, 14504, 14554, 18702]), Anchor::Lits(&[10657, 10672, 12613, 13623, 15619, 15936, 16091, 17060])]), Anchor::All(&[Anchor::Lits(&[10726, 11479, 15468, 15669, 18009, 18702]), Anchor::Lits(&[211, 1851, 1927, 1961, 7847])])]), Anchor::Any(&[Anchor::Lits(&[913, 2971, 3074, 3352, 3354, 3356, 3357, 3359, 3363, 3366, 3368, 3370, 3372, 3373, 3374, 3376, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3452, 3454, 3456, 3457, 3459, 3463, 3466, 3468, 3470, 3472, 3473, 3474, 3476, 4640, 6550, 6552, 6554, 6555, 6557, 6561, 6564, 6566, 6568, 6570, 6571, 6572, 6574, 6624, 6626, 6628, 6629, 6631, 6635, 6638, 6640, 6642, 6644, 6645, 6646, 6648, 7468, 7547, 8859, 9105, 9106, 9107, 9108, 9109, 9110, 9111, 9112, 10371, 10375, 10376, 10377, 10378, 10379, 10450, 10451, 10452, 10453, 10454, 10455, 10456, 10457, 10458, 10459, 10460, 10461, 11128, 11432, 12143, 12401, 12402, 12403, 12404, 12405, 12406, 12545, 12546, 12547, 12548, 12549, 12550, 12551, 12552, 12553, 12995, 12996, 12997, 12998, 12999, 13000, 13001, 13002, 13007, 13113, 13114, 13115, 13116, 13117, 13118, 13119, 13120, 13121, 13122, 13123, 13124, 13129, 13178, 13179, 13180, 13181, 13182, 13183, 14241, 14289, 14396, 14620, 14621, 14622, 14623, 14624, 14625, 14805, 14806, 14807, 14808, 14809, 14810, 14811, 14812, 14986, 14995, 15028, 15575, 15579, 15580, 15581, 15582, 15583, 15662, 16260, 16261, 16262, 16263, 16264, 16265, 16446, 16538, 16539, 16540, 16541, 16542, 16543, 16544, 16546, 16547, 16551, 16552, 16553, 16554, 16555, 16556, 16557, 16558, 16559, 16655, 16656, 16657, 16658, 16659, 16660, 16661, 16662, 16663, 16705, 16706, 16707, 16708, 16709, 16710, 16711, 16712, 16713, 16714, 16715, 16716, 16717, 16718, 16719, 16720, 16721, 16722, 16723, 16724, 16725, 16726, 16727, 16728, 16729, 16730, 16731, 16732, 16733, 16734, 16735, 16736, 16737, 16738, 16739, 16740, 17592, 17652, 17653, 17654, 17655, 17656, 17657, 17658, 17659, 17660, 17913, 18147, 18148, 18149, 18150, 18151, 18152, 18153, 18154, 18371, 18372, 18373, 18374, 18375, 18376, 18377, 18378, 18613, 18614, 18615, 18616, 18617, 18618, 18619, 18620, 18621, 18667, 18671, 18672, 18673, 18674, 18675, 18801, 18862, 18911, 18925, 18961]), Anchor::All(&[Anchor::Lits(&[7693, 7698, 7705, 7706, 7707, 7708, 7709, 7711, 7724, 7730, 8156, 8182, 8189, 8232, 8567]), Anchor::Lits(&[8919, 9533, 9534, 10369, 13779, 16045, 16075, 17171, 17172, 17915, 17923, 17924])]), Anchor::All(&[Anchor::Lits(&[8762, 9403, 14615, 15076]), Anchor::Lits(&[95, 5445, 5696, 6121, 6324])]), Anchor::All(&[Anchor::Lits(&[96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 5697, 5698, 5699, 5700, 5701, 5702, 5703, 5704, 5705, 6122, 6123, 6124, 6125, 6126, 6127, 6128, 6129, 6130, 6325, 6326, 6327, 6328, 6329, 6330, 6331, 6332, 6333, 6334, 6335, 6336, 6337, 6338, 6339, 6340, 6341, 6342, 6343, 6344, 6345, 6346, 6347, 6348, 6349, 6350, 6351, 6352, 6353, 6354, 6355, 6356, 6357, 6358, 6359, 6360]), Anchor::Lits(&[16476, 16477, 16511, 16514, 16517, 17263, 17264, 17513, 17528, 17529, 17605, 17606, 17607, 17608, 17609, 17610, 17611, 17612, 17613, 17614, 17616, 17617, 17618, 17619, 17620, 18366, 18367, 18368, 18369, 18370])]), Anchor::All(&[Anchor::Lits(&[505, 648, 655, 724, 742, 1073, 1074, 1085, 1157, 3104, 3120, 3576, 4021, 5342, 5464, 5465, 5682, 5710, 5975, 6486, 7341, 7647, 8129]), Anchor::Lits(&[8868, 9553, 10220, 10421, 10447, 10644, 11916, 12128, 12160, 13184, 13188, 14902, 14904, 14962, 15327, 15417, 15769, 16989, 17710, 17711, 18365])]), Anchor::All(&[Anchor::Lits(&[217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 3351, 3353, 3355, 3358, 3360, 3361, 3362, 3364, 3365, 3367, 3369, 3371, 3375, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3451, 3453, 3455, 3458, 3460, 3461, 3462, 3464, 3465, 3467, 3469, 3471, 3475, 6549, 6551, 6553, 6556, 6558, 6559, 6560, 6562, 6563, 6565, 6567, 6569, 6573, 6623, 6625, 6627, 6630, 6632, 6633, 6634, 6636, 6637, 6639, 6641, 6643, 6647, 6822, 6823, 6824, 6826, 6827, 6828, 6830, 6832, 6833, 6834, 6835, 6836, 6838, 6872, 6873, 6874, 6875, 6876, 6877, 6878, 6879, 6880, 6881, 6882, 6883, 6884, 7690, 7691, 7692, 7694, 7695, 7696, 7697, 7699, 7700, 7701, 7702, 7703, 7704, 7721, 7722, 7723, 7725, 7726, 7727, 7729, 7732, 7736, 7738, 7740, 7743, 7747, 8153, 8154, 8155, 8157, 8159, 8160, 8161, 8164, 8165, 8166, 8167, 8170, 8174, 8564, 8565, 8566, 8568, 8570, 8571, 8572, 8575, 8576, 8577, 8578, 8580, 8582]), Anchor::Lits(&[9533, 9534, 10369, 13103, 13104, 15429, 16045, 16078, 17029, 17915, 17924])]), Anchor::All(&[Anchor::Lits(&[10274, 10275, 10276, 10279, 10280, 10281, 10282, 10287, 13010, 13011, 13012, 13013, 13014, 13015, 13016, 13017, 13265, 13266, 13267, 13278, 13279, 13296, 13299, 13300, 13513, 13514, 13515, 13517, 13518, 13519, 13520, 13522, 13711, 13712, 13713, 13714, 13715, 13716, 13717, 13718, 13979, 13980, 13981, 13982, 13983, 13984, 13985, 13986, 16146, 16148, 16150, 16165, 16166, 16167, 16174, 16183, 16184, 16185, 16186, 16193, 16194, 16195, 16197, 16198, 17369, 17370, 17371, 17372, 17373, 17374, 17375, 17376, 17464, 17465, 17466, 17473, 17474, 17475, 17477, 17478]), Anchor::Lits(&[13780, 16046, 16079, 17916, 17925])]), Anchor::All(&[Anchor::Lits(&[902, 903, 904, 905, 906, 907, 908, 909, 913, 916, 917, 918, 919, 920, 921, 922, 923, 927, 928, 2891, 2895, 2899, 2907, 2914, 2918, 2919, 2931, 2972, 2979, 2980, 2982, 2983, 2990, 2999, 3001, 3006, 3030, 3060, 4514, 4515, 4516, 4517, 4531, 4533, 4534, 4535, 4552, 4553, 4554, 4555, 4556, 4561, 4562, 4563, 4564, 4568, 4571, 4808, 4809, 4810, 4811, 4812, 4813, 4814, 4815, 4816, 4817, 4818, 4819, 4820, 4823, 4824, 4825, 4826, 4830, 4832, 7568, 7569, 7573, 7577, 7579, 7580, 7581, 7582, 7601, 7604, 7606, 7607, 7608, 7610, 7612, 7615, 7616, 7627, 7628]), Anchor::Lits(&[8919, 9344, 9595, 9608, 9838, 10206, 10386, 12321, 12322, 14571, 14572, 14581, 16335, 16340])]), Anchor::All(&[Anchor::Lits(&[517, 525, 1086, 2551, 2685, 2710, 3265, 3274, 3533, 4477, 4478, 5683, 5684, 5685, 5975]), Anchor::Lits(&[9544, 10036, 10038, 10117, 10273, 10642, 10659, 11988, 12219, 12716, 13009, 13497, 13512, 13710, 13978, 16145, 17368, 17414, 17463])]), Anchor::All(&[Anchor::Lits(&[9322, 9323, 9324, 9327, 9591, 9592, 9593, 9594, 9604, 9605, 9606, 9607, 12250, 12251, 12252, 12253, 15088, 15089, 15090, 15091, 16336, 16337, 16338, 16339]), Anchor::Lits(&[9553, 9850, 10035, 10037, 10116, 10220, 10421, 10473, 10600, 10641, 12535, 13495, 13511, 13719, 14940, 14962, 16144, 18365, 18427])]), Anchor::All(&[Anchor::Lits(&[8762, 9403, 9404, 9935, 14616, 15076]), Anchor::Lits(&[8868, 9553, 10220, 10421, 10447, 10644, 11916, 12128, 12160, 12218, 13184, 13188, 13516, 14902, 14904, 14962, 15327, 15417, 15769, 16989, 17710, 17711, 18365])]), Anchor::All(&[Anchor::Lits(&[10100, 10101, 10102, 10103, 10265, 10266, 10267, 10268, 10372, 10373, 10374, 10380, 10443, 10444, 10445, 10446, 10993, 10994, 10995, 10996, 11181, 11182, 11183, 11184, 11185, 11186, 11187, 11188, 12359, 12360, 12361, 12362, 12400, 12407, 12408, 12409, 13147, 13152, 13164, 13173, 13648, 13649, 13650, 13651, 13804, 13806, 13807, 13809, 14473, 14475, 14476, 14478, 14479, 14481, 14482, 14484, 15252, 15253, 15254, 15255, 15463, 15464, 15465, 15466, 15576, 15577, 15578, 15584, 16003, 16004, 16005, 16006, 16101, 16102, 16103, 16104, 16787, 16788, 16789, 16790, 17850, 17851, 17852, 17853, 17900, 17902, 17903, 17905, 18664, 18665, 18666, 18668, 18669, 18670, 18676, 18677]), Anchor::Lits(&[8868, 9553, 10220, 10421, 10447, 10644, 11915, 12122, 12160, 13184, 13188, 14901, 14904, 14962, 15327, 15417, 15769, 16989, 17710, 17711, 18118, 18365])]), Anchor::All(&[Anchor::Lits(&[8868, 9553, 10220, 10421, 10447, 10644, 11916, 12128, 12160, 13184, 13188, 14902, 14904, 14962, 15327, 15417, 15769, 16989, 17710, 17711, 18365]), Anchor::Lits(&[1058, 1119, 1160, 1203, 1513, 1636, 1885, 2097, 2660, 2682, 3128, 3695, 3859, 4276, 5062, 5192, 5316, 5636, 5742, 6160, 6455, 6927, 7336, 7348, 7852])])])])])),
            (165, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[11025, 11031, 11032, 11033, 11034, 11035, 11036, 11037, 11038, 11039, 11040, 11050, 11052, 11055, 11067, 11132, 11154, 11155, 11162, 11163, 11315, 11321, 11322, 11323, 11324, 11325, 11326, 11327, 11328, 11329, 11330, 11331, 11332, 11333, 11334, 11335, 11336, 11337, 11338, 11339, 11340, 11352, 11354, 11357, 11370, 11436, 11458, 11459, 11466, 11467, 14103, 14118, 14120, 14123, 14136, 14183, 14207, 14208, 14215, 14216, 14242, 14296, 14301, 14302, 14303, 14308, 14327, 14332, 14333, 14336, 14337, 14368, 14372, 14373, 14374, 14375, 14377, 14381, 14384, 14385, 14387, 14388, 18799, 18800, 18810, 18824, 18825, 18836, 18837, 18838, 18842, 18854, 18923, 18947, 18948, 18968, 18969, 19068, 19069, 19070, 19071, 19072, 19073, 19074, 19075, 19076, 19077, 19081, 19082, 19083, 19084, 19085, 19086, 19087, 19088, 19089, 19090]), Anchor::All(&[Anchor::Lits(&[9936, 16399]), Anchor::Lits(&[9321, 10096, 10361, 10362, 11503])]), Anchor::All(&[Anchor::Lits(&[9936, 16399]), Anchor::Lits(&[9321, 10096, 10361, 10362, 11503])])])),
            (166, "history-wiped-after-the-act", Anchor::Any(&[Anchor::Lits(&[1416, 12614, 12669, 16252, 16255, 18185]), Anchor::All(&[Anchor::Lits(&[1078, 1081, 1336, 1943, 5195, 5417, 5744, 6286, 7404, 7899]), Anchor::Lits(&[8751, 9717, 10219, 10239, 10399, 10517, 12168, 12169, 12173, 12177, 12615, 12616, 12617, 12618, 12619, 12620, 12621, 12622, 12623, 12624, 12625, 12626, 12627, 12628, 12629, 12630, 12631, 12632, 12633, 12634, 12635, 12636, 12637, 12638, 12639, 12640, 12641, 12642, 12643, 12644, 12645, 12646, 12647, 12648, 12649, 12650, 12651, 12652, 12653, 12654, 12655, 12656, 12657, 12658, 12659, 12660, 12661, 12662, 12663, 12664, 12665, 12666, 12667, 12668, 13613, 13622, 15148, 15449, 15499, 15574, 16273, 16520, 17173, 19461]), Anchor::Lits(&[8860, 8866, 9146, 14626, 17631, 18575, 18589, 18590])])])),
            (167, "report-an-outcome-regardless", Anchor::Lits(&[3253, 4203, 5369, 12780, 12788, 12789, 12790, 12791, 12797, 12798, 12802, 12803, 12804, 12807, 13235, 13236, 13237, 13250, 18451, 18453, 18454, 18464])),
            (168, "agent-permissions-opened", Anchor::Lits(&[253, 264, 269, 271, 272, 278, 494, 746, 932, 935, 1299, 1300, 4962, 8150])),
            (169, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[888, 1092, 1095, 1301, 1414, 2582, 2586, 2587, 5213, 5467, 5468, 5708, 5747, 5749, 5750, 5751, 5755, 5756, 5766, 5767, 5768, 5769, 6443, 7400]), Anchor::Lits(&[930, 934, 1121, 1122, 1336, 1454, 1475, 1826, 2578, 3951, 5417, 5437, 5567, 5977, 5988, 6021, 6386, 7417, 7461])])),
            (170, "risky-action-on-a-later-trigger", Anchor::Lits(&[175, 176, 177, 178, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 1981, 2264, 2456, 2611, 3257, 3267, 3278, 3310, 3311, 6134, 6135, 6136, 6137, 6138, 6139, 6140, 6141, 6142, 6143, 6144, 6145, 6146, 6147, 6148, 6149, 6150, 6151, 6152, 6153, 6720, 6721, 6722, 6723, 6724, 6725, 6726, 6727, 6728, 6729, 6730, 6731, 6732, 6733, 6734, 6735, 6736, 6737, 6765, 6766, 6767, 6768, 6769, 6770, 6771, 6772, 6773, 6774, 6775, 6776, 6777, 6778, 6779, 6780, 6781, 6782, 9426, 9757, 9806, 12780, 12782, 12783, 12784, 12785, 12786, 12792, 12793, 12794, 12795, 12796, 12797, 12798, 12802, 12803, 12804, 12904, 12928, 13490, 13491, 13492, 13493, 14234, 17438, 18581, 18582, 18586, 18587, 18592])),
            (175, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9294, 10003, 10636, 10670, 11604, 12672, 14888, 15033, 15037, 15143, 16055, 16139, 16210, 16743, 16801]), Anchor::All(&[Anchor::Lits(&[8987, 10271, 11664, 11715, 12178, 15547, 18141, 18155, 18643]), Anchor::Lits(&[138, 1100, 1192, 1281, 1302, 1847, 1894, 2068, 2095, 2135, 3624, 4791, 5347, 5533, 5598, 6432])]), Anchor::All(&[Anchor::Lits(&[10003, 10005, 10636, 10638, 10644, 11604, 11605, 11608, 12543, 12715, 13766, 15031, 15053, 15063, 15143, 15145, 16055, 16057, 16139, 16800, 17909, 18313]), Anchor::Lits(&[1098, 1281, 1302, 1412, 1847, 2068, 2095, 2135, 3071, 3624, 5347, 5535, 5602, 6432])])]), Anchor::Lits(&[1038, 1041, 1045, 1119, 1125, 1158, 1493, 1516, 1946, 2013, 2414, 2583, 2613, 2616, 2822, 2884, 3337, 3483, 3620, 3707, 3717, 4294, 5062, 5186, 5188, 5192, 5245, 5316, 5352, 5388, 5816, 5819, 5970, 6022, 6171, 6173, 6202, 6287, 6456, 6458, 6887, 7435, 7500, 7508, 7782, 7852]), Anchor::Lits(&[212, 426, 1011, 1012, 1131, 1273, 1276, 1278, 1286, 1294, 1307, 1888, 1895, 1907, 1910, 1928, 1962, 2516, 2764, 2809, 2819, 3721, 4793, 4916, 4920, 4931, 4933, 4947, 4992, 4997, 5287, 5691, 5693, 5753, 5800, 6115, 6168, 6169, 7340, 7467, 7469, 7507, 7520, 7848])]), Anchor::All(&[Anchor::Lits(&[1039, 1042, 1046, 1120, 1123, 1126, 1127, 1159, 1494, 1517, 1518, 1947, 1948, 2014, 2415, 2584, 2585, 2614, 2617, 2823, 2885, 3338, 3484, 3621, 3708, 3718, 4295, 5063, 5187, 5189, 5190, 5193, 5246, 5317, 5353, 5389, 5817, 5820, 5971, 6023, 6172, 6174, 6203, 6288, 6289, 6457, 6459, 6888, 7436, 7501, 7502, 7509, 7783, 7853]), Anchor::Lits(&[183, 402, 1088, 1128, 1204, 1289, 1983, 2074, 2435, 2656, 4621, 4626, 4797, 4899, 5184, 5874, 6024, 7496, 7544]), Anchor::Lits(&[8824, 9300, 9538, 10269, 10515, 10992, 11478, 11509, 11607, 11613, 12129, 12600, 12950, 13084, 13501, 13617, 13803, 15040, 15042, 15147, 15249, 15340, 15460, 15473, 15476, 15680, 16074, 16217, 16267, 16269, 16469, 16854, 16899, 16935, 17840, 18203, 19003])]), Anchor::All(&[Anchor::Lits(&[184, 185, 403, 1089, 1090, 1129, 1205, 1206, 1290, 1984, 2075, 2436, 2437, 2657, 2658, 4622, 4627, 4798, 4805, 4900, 4901, 5185, 5875, 6025, 7497, 7545, 7546]), Anchor::Lits(&[1038, 1041, 1045, 1119, 1125, 1158, 1493, 1516, 1946, 2013, 2414, 2583, 2613, 2616, 2822, 2884, 3337, 3483, 3620, 3707, 3717, 4294, 5062, 5186, 5188, 5192, 5245, 5316, 5352, 5388, 5816, 5819, 5970, 6022, 6171, 6173, 6202, 6287, 6456, 6458, 6887, 7435, 7500, 7508, 7782, 7852]), Anchor::Lits(&[8824, 9300, 9538, 10269, 10515, 10992, 11478, 11509, 11607, 11613, 12129, 12600, 12950, 13084, 13501, 13617, 13803, 15040, 15042, 15147, 15249, 15340, 15460, 15473, 15476, 15680, 16074, 16217, 16267, 16269, 16469, 16854, 16899, 16935, 17840, 18203, 19003])]), Anchor::All(&[Anchor::Lits(&[10916, 12230, 13262, 15251, 15462, 17833]), Anchor::Any(&[Anchor::Lits(&[9294, 10003, 10636, 10670, 11604, 12672, 14888, 15033, 15037, 15143, 16055, 16139, 16210, 16743, 16801]), Anchor::All(&[Anchor::Lits(&[8987, 10271, 11664, 11715, 12178, 15547, 18141, 18155, 18643]), Anchor::Lits(&[138, 1100, 1192, 1281, 1302, 1847, 1894, 2068, 2095, 2135, 3624, 4791, 5347, 5533, 5598, 6432])]), Anchor::All(&[Anchor::Lits(&[10003, 10005, 10636, 10638, 10644, 11604, 11605, 11608, 12543, 12715, 13766, 15031, 15053, 15063, 15143, 15145, 16055, 16057, 16139, 16800, 17909, 18313]), Anchor::Lits(&[1098, 1281, 1302, 1412, 1847, 2068, 2095, 2135, 3071, 3624, 5347, 5535, 5602, 6432])])]), Anchor::Lits(&[10627, 11967, 14659, 15250, 15546, 16813])])]), Anchor::Lits(&[129, 466, 686, 1124, 1240, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1514, 1826, 1848, 1901, 1916, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2417, 2793, 3061, 3098, 3560, 3645, 3860, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 4623, 4624, 4925, 4926, 4927, 4998, 5046, 5048, 5049, 5121, 5191, 5212, 5217, 5271, 5272, 5273, 5274, 5275, 5276, 5277, 5278, 5279, 5280, 5281, 5282, 5283, 5444, 5709, 5803, 5804, 5873, 5877, 6026, 6181, 6182, 6184, 6185, 6186, 6187, 6188, 6189, 6191, 6192, 6193, 6194, 6195, 6199, 6246, 6278, 6924, 7493, 7494, 8119]), Anchor::Lits(&[139, 184, 185, 403, 1039, 1042, 1046, 1089, 1090, 1099, 1101, 1120, 1123, 1126, 1127, 1129, 1159, 1193, 1205, 1206, 1282, 1290, 1303, 1306, 1413, 1494, 1517, 1518, 1848, 1895, 1947, 1948, 1984, 2014, 2069, 2075, 2096, 2136, 2415, 2436, 2437, 2584, 2585, 2614, 2617, 2657, 2658, 2823, 2885, 3072, 3075, 3338, 3484, 3621, 3625, 3708, 3718, 4295, 4622, 4627, 4792, 4798, 4805, 4900, 4901, 5063, 5185, 5193, 5246, 5317, 5348, 5353, 5389, 5534, 5536, 5599, 5603, 5817, 5820, 5971, 6023, 6172, 6174, 6203, 6288, 6289, 6433, 6434, 6457, 6459, 6888, 7436, 7497, 7501, 7502, 7509, 7545, 7546, 7783, 7853, 9295, 10004, 10637, 10671, 14889, 15034, 15038, 15144, 16056, 16140, 16211, 16744, 16802])])),
            (176, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[416, 428, 845, 1106, 2572, 2989, 2997, 4740, 5368, 5948, 6177, 6368, 7430, 7448, 7460, 8830, 8831, 8832, 8833, 8834, 8835, 8839, 8845, 8847, 8849, 8850, 8851, 8852, 8853, 8854, 8855, 8856, 8857, 9297, 9298, 9299, 9554, 9555, 9556, 9557, 9558, 9559, 9560, 9561, 9562, 9564, 9565, 9566, 9567, 9568, 9569, 9570, 9571, 9572, 9851, 9852, 9853, 9854, 9855, 9856, 9857, 9858, 9859, 11041, 11043, 11062, 11064, 11077, 11095, 11097, 11100, 11120, 11124, 11138, 11147, 11156, 11157, 11158, 11343, 11345, 11365, 11367, 11380, 11398, 11400, 11404, 11424, 11428, 11442, 11451, 11460, 11461, 11462, 13624, 13625, 13626, 13720, 13721, 13722, 13723, 13724, 13725, 13726, 13727, 13728, 14110, 14112, 14131, 14133, 14144, 14160, 14162, 14164, 14174, 14178, 14190, 14199, 14209, 14210, 14211, 14281, 14291, 14348, 14353, 14356, 14357, 14360, 14361, 14362, 14398, 14406, 14411, 14415, 14416, 14420, 14421, 14422, 14448, 14453, 14454, 14455, 14457, 14458, 14459, 14941, 14942, 14943, 14944, 14945, 14946, 14947, 14948, 14949, 14964, 14971, 14972, 15868, 15869, 15870, 15871, 15872, 15873, 15874, 15875, 15876, 15877, 15878, 15879, 15880, 15881, 15882, 15883, 15884, 15885, 16151, 16152, 16156, 16157, 16158, 16159, 16172, 16187, 16188, 16189, 16190, 16191, 16192, 16196, 16199, 16200, 16202, 16203, 16206, 16207, 16208, 18318, 18319, 18320, 18321, 18322, 18323, 18328, 18331, 18332, 18334, 18335, 18336, 18337, 18338, 18339, 18344, 18347, 18348, 18819, 18831, 18832, 18850, 18851, 18865, 18891, 18894, 18896, 18907, 18910, 18929, 18937, 18949, 18950, 18951, 19067, 19080, 19126]), Anchor::All(&[Anchor::Lits(&[10646, 11866, 12601, 13504, 14593, 15669, 16105, 16939]), Anchor::Lits(&[377, 1093, 2165, 3868, 4794, 5453, 5462, 5494, 6163, 6310, 7376, 7765]), Anchor::Lits(&[12166, 14879])]), Anchor::All(&[Anchor::Lits(&[198, 199, 200, 201, 202, 205, 206, 207, 208, 209, 1887, 1889, 1890, 1891, 1892, 1896, 1897, 1898, 1899, 1900, 3861, 3863, 3864, 3865, 3866, 3869, 3870, 3871, 3872, 3873, 4282, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 7653, 7654, 7655, 7656, 7657, 7658, 7659, 7660, 7661, 7662]), Anchor::Lits(&[9840, 10886, 13935, 16351, 16400, 16992, 17002, 17004, 18017])]), Anchor::All(&[Anchor::Lits(&[10045, 10047, 13476, 13481, 13654, 13700, 16256, 16257, 17066, 17069]), Anchor::Lits(&[6030, 7060, 7116]), Anchor::Lits(&[690, 3348, 3349, 3434, 4229, 4259, 5552])])])),
            (177, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[426, 779, 780, 1011, 1013, 1273, 1277, 1287, 1288, 1291, 1292, 1293, 1295, 1908, 1909, 2766, 2820, 3722, 4912, 4913, 4917, 4920, 4931, 4932, 4946, 4996, 5691, 5692, 5753, 6115, 6167, 7511, 7517, 7526]), Anchor::Lits(&[8868, 10421, 10447, 11916, 12160, 12249, 12714, 14902, 14903, 14962, 15129, 15389, 15390, 15395, 15407, 15442, 15572, 17710, 17711, 18365, 19008]), Anchor::Lits(&[1240, 1241, 1358, 1514, 1848, 1849, 1886, 1893, 2069, 2070, 2417, 2418, 2588, 2681, 3558, 3696, 3697, 5046, 5212, 5450, 5451, 5803, 5804, 5873, 5877, 5895, 6404, 7378, 7379, 7464, 7465, 7493, 7494])])),
            (179, "agent-secrets-spilled", Anchor::All(&[Anchor::Lits(&[764, 3036, 3037, 3038, 3041, 3042, 3046, 3053, 3054, 3055, 3640, 3641, 8176, 8184, 8186, 8187, 8201, 8262, 8282, 8283, 8298, 8299, 8300, 8301, 8302, 8303, 8315, 8316, 8317, 8318, 8319, 8320, 8324, 8325, 8326, 8327, 8328, 8329, 8347, 8348, 8349, 8350, 8351, 8352, 8448, 8449, 8450, 8451, 8452, 8453, 8468, 8469, 8470, 8471, 8472, 8473, 8484, 8485, 8486, 8487, 8488, 8489, 8502, 8503, 8504, 8505, 8506, 8507, 8508, 8509, 8510, 8511, 8512, 8513, 8583]), Anchor::Lits(&[424, 1166, 1271, 1935, 1940, 4915, 5139, 5745, 7338]), Anchor::Lits(&[1240, 1848, 1866, 2069, 2588, 3061, 3098, 3625, 3645, 4792, 4925, 5121, 5217, 5302, 5543, 5548, 5709, 5803, 5873, 5931, 6162, 6278, 6461, 8119])])),
            (180, "ownership-of-everything-moved", Anchor::Lits(&[4862, 4863, 4864, 4865])),
            (181, "someone-elses-login-taken", Anchor::Lits(&[117, 720, 1161, 2573, 3646, 3647, 3652, 3655, 5969, 5976, 12890, 12891, 13754, 15247, 15248])),
            (182, "ownership-to-a-reader", Anchor::Lits(&[2642, 2643, 2644, 2645])),
            (183, "data-moved-for-a-private-person", Anchor::All(&[Anchor::Lits(&[9926, 9929, 9930, 10605, 10647, 11860, 11861, 11862, 11863, 11963, 12123, 12124, 12125, 12126, 12127, 12164, 12165, 12737, 13755, 13896, 13911, 13916, 14072, 14073, 14582, 14583, 14951, 14963, 16397, 18663]), Anchor::Lits(&[1236, 1240, 1817, 1818, 1848, 1850, 1886, 1895, 2069, 2071, 3920, 5217, 5450, 5803, 5805, 5873, 5876, 6404, 7464, 7466, 7493, 7495]), Anchor::Lits(&[2190, 2267, 2268, 2283, 6030, 6946, 7916])])),
            (184, "admin-role-for-everyone", Anchor::Lits(&[318, 319, 320, 321, 325, 327, 328, 329, 348, 6031, 6032, 6033, 6034, 6036, 6037, 6038, 6039, 6074, 6075, 6076, 6077, 6079, 6080, 6081, 6082, 6098, 6114, 6291, 6292, 6293, 6294, 6295, 6296, 6297, 6298, 6299, 6749, 6750, 6751, 6752, 6755, 6757, 6758, 6759, 6763])),
            (185, "secrets-shipped-by-automation", Anchor::All(&[Anchor::Lits(&[1236, 1886, 1895, 2059, 2060, 2417, 2419, 3696, 3698, 5046, 5049, 5214, 5803, 5805, 5895, 5897, 7493, 7495]), Anchor::Lits(&[120, 197, 1280, 2812, 2813, 3485, 5743, 6446, 7394, 8098]), Anchor::Lits(&[425, 427, 1272, 1274, 1815, 1931, 3524, 3534, 4916, 4921, 5140, 5141, 5754, 6165, 6166, 7339, 7340])])),
            (186, "override-instructions-es-pt-it", Anchor::Lits(&[10224, 10225, 10881, 10883, 10884, 12988, 12989, 12990, 13126, 13128, 13263, 14464, 14814, 14816, 14844, 15651, 15653, 15657])),
            (187, "override-instructions-fr", Anchor::Lits(&[1172, 1448, 3070, 3128, 4644, 5375, 7353])),
            (188, "override-instructions-de-nl", Anchor::Lits(&[849, 3126, 4609, 5371, 5560, 12869, 13018, 13834, 14068, 14069, 14628, 14795, 18025, 18026, 18381, 18382, 18384, 18385, 18386, 18402])),
            (189, "override-instructions-pl-tr", Anchor::Lits(&[12874, 13469, 13471, 14239, 15246, 17092, 19009, 19447])),
            (190, "override-instructions-ru", Anchor::Lits(&[12873, 14042, 14874, 19445, 19476, 19477, 19485, 19488, 19497])),
            (191, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[115, 3923, 5239, 5240, 5680, 5681, 7527]), Anchor::Lits(&[286, 3502, 3692, 3693, 3694, 3879, 5893])])),
            (193, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[13174, 13175, 13176, 13177, 13437, 14034, 14035, 14562, 14563, 15193, 15256, 15257, 15652, 15658, 16009, 16467, 16468, 17059, 18205, 18206, 18207, 18359, 19470, 19485, 19499])),
            (194, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[62, 128, 777, 876, 2796, 2836, 2837, 3251, 3479, 3501, 3528, 3639, 3691, 4993, 5241, 7639]), Anchor::Lits(&[210, 507, 688, 1066, 1067, 1449, 2834, 3138, 3139, 3140, 3588, 4867, 4948, 4949, 4957, 4991, 5263, 6437, 7533])])),
            (196, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[1031, 2162, 3527, 3606, 3611, 4030, 5284, 5285, 5372, 5501, 5668, 5809, 5818, 6311, 7645, 8624, 8627, 11974, 13466, 13472, 16073, 16394, 18102, 18115, 18193]), Anchor::All(&[Anchor::Lits(&[1032, 1207, 2159, 2536, 3608, 3610, 5373, 5512]), Anchor::Lits(&[3600, 5707])]), Anchor::All(&[Anchor::Lits(&[14564]), Anchor::Lits(&[850, 1869, 2150, 2647, 5370, 5561, 5966, 8607])]), Anchor::All(&[Anchor::Lits(&[1031, 2162, 3607, 3611, 5379, 5502]), Anchor::Lits(&[5801])]), Anchor::All(&[Anchor::Lits(&[9700, 9752, 13391, 19446]), Anchor::Lits(&[855])]), Anchor::All(&[Anchor::Lits(&[11971, 13465, 13471, 16393]), Anchor::Lits(&[4500, 4501, 5986, 8149])]), Anchor::All(&[Anchor::Lits(&[7531]), Anchor::Lits(&[11505, 11506, 14237])]), Anchor::All(&[Anchor::Lits(&[840, 841, 842, 1030, 2159, 2633, 2646, 5374, 5530, 5531, 5808]), Anchor::Lits(&[7439, 7532])]), Anchor::All(&[Anchor::Lits(&[1033, 1034, 1035, 2152, 2159, 2163, 2164, 3610, 4334, 4474, 4507, 5064, 5065, 5066, 5380, 5511]), Anchor::Lits(&[855, 2131])]), Anchor::All(&[Anchor::Lits(&[6445]), Anchor::Lits(&[9148, 9693, 11616, 13435])])])),
            (197, "persona-never-refuses-i18n", Anchor::Lits(&[13524, 14037, 14041, 14228, 14428, 14438, 14507, 14508, 14509, 14510, 14511, 14512, 14513, 14514, 14515, 14516, 15640, 16044, 18403, 18483, 19449])),
            (199, "reveal-system-prompt-i18n", Anchor::Lits(&[349, 1173, 1174, 1175, 1176, 1177, 2556, 2557, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3131, 3132, 3133, 3134, 3135, 3137, 3145, 3245, 3339, 3340, 3341, 3342, 3343, 3344, 3345, 3725, 3726, 3862, 3867, 3874, 3875, 4608, 5026, 5165, 5166, 5167, 5168, 5169, 5174, 5175, 6406, 6407, 6408, 6425, 6429, 6430, 6431, 6438, 7442, 7504, 7557, 7560, 8633, 8652, 8653, 12248, 16395, 16396])),
            (201, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[188, 423, 684, 1200, 1201, 1202, 1244, 1245, 1312, 1314, 1370, 1374, 1375, 1378, 1379, 1380, 1384, 1385, 1432, 1452, 1485, 1486, 1883, 2000, 2859, 2861, 2879, 3503, 4508, 4511, 5733, 5734, 5735, 6161, 6363, 6367, 7444, 7445, 8135, 8136, 8623, 8629, 8630, 8639, 8640, 8643, 8644]), Anchor::Lits(&[8628, 9543, 9824, 9825, 10328, 10463, 10465, 10467, 10748, 11972, 11973, 11975, 11976, 11977, 11978, 11979, 12202, 12332, 12384, 12385, 13402, 15440, 15441, 16092, 16329, 16331, 16332, 18006, 18364, 18387, 18388, 19444, 19464, 19474, 19475, 19498])])),
            (203, "stop-following-instructions-i18n", Anchor::Lits(&[381, 821, 1172, 1448, 3128, 3141, 5370, 5375, 5561, 7634, 10880, 10882, 13125, 13127, 14436, 14437, 14439, 14440, 14463, 14813, 14815, 15650, 15656])),
            (205, "override-everything-said-i18n", Anchor::Lits(&[380, 1508, 3596, 3597, 3598, 6452, 6453, 6454, 10767, 10768, 10868, 12808, 12853, 12854, 12870, 14584, 14585, 14586, 14587, 14588, 14589, 18383, 18386])),
            (206, "instructions-void-de", Anchor::Lits(&[714, 2795, 4157, 4158, 7458])),
            (207, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[24, 33, 35, 38, 39, 58, 59, 195, 196, 417, 418, 419, 420, 421, 422, 847, 2420, 3079, 3081, 3551, 3723, 7563, 14427, 14429, 14430, 14431, 14432, 14434, 14435, 16062, 16067, 16069, 16071, 16383, 16387, 16388, 16389, 16390]), Anchor::All(&[Anchor::Lits(&[766, 1451, 1507, 3076, 3078, 3080, 3794, 3795, 4892, 4894, 4895, 5092, 5094, 5096, 5268, 5269, 5973, 5974]), Anchor::Lits(&[10220, 13632, 15138, 15439, 18360])]), Anchor::All(&[Anchor::Lits(&[14023, 14038, 14039, 14040, 14074, 16066, 16068]), Anchor::Lits(&[765, 1450, 1506, 3077, 3793, 4893, 5093, 5972])]), Anchor::All(&[Anchor::Lits(&[4154]), Anchor::Lits(&[11687, 11688, 13769, 16042, 16043, 18390])])])),
            (209, "authority-waives-controls-i18n", Anchor::Lits(&[759, 760, 761, 762, 763, 1945, 2555, 2559, 2564, 4958, 4981, 4982, 6170])),
            (210, "persona-without-rules-i18n", Anchor::Lits(&[43, 60, 61, 141, 189, 192, 1396, 1846, 3480, 4639, 7406, 7542, 7629, 7630])),
            (211, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[1312, 1314, 1370, 1374, 1375, 1378, 1379, 1380, 1384, 1385, 1452, 1485, 1486, 5733, 5734, 8623]), Anchor::Lits(&[9320, 9343, 9369, 9370, 9543, 10464, 10466, 12161, 12217, 12270, 15441, 16330])])),
            (212, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[351, 1182, 1186, 1297, 1319, 1434, 1482, 1512, 1950, 2172, 3548, 3549, 3579, 3581, 3585, 3587, 3595, 3623, 3690, 3922, 3928, 4480, 4503, 4637, 5265, 5267, 5340, 5679, 6155, 6373, 6375, 7562, 7633, 7636, 8632, 8651, 8661]), Anchor::Lits(&[8735, 8736, 9149, 9672, 9694, 9695, 9696, 9697, 9934, 9956, 11962, 12304, 12305, 12323, 13261, 13708, 13909, 14024, 14444, 14445, 14590, 14592, 19465, 19466])]), Anchor::All(&[Anchor::Lits(&[8735, 8736, 9149, 9672, 9694, 9695, 9696, 9697, 9934, 9956, 11962, 12304, 12305, 12323, 13261, 13708, 13909, 14024, 14444, 14445, 14590, 14592, 19465, 19466]), Anchor::Lits(&[350, 1181, 1185, 1296, 1318, 1433, 1481, 1511, 1949, 2171, 3547, 3578, 3580, 3584, 3586, 3594, 3622, 3689, 3921, 3927, 4479, 4502, 4636, 5264, 5266, 5339, 5678, 6154, 6372, 6374, 7561, 7632, 7635, 8631, 8650, 8660]), Anchor::Lits(&[425, 1068, 1077, 1096, 1097, 1208, 1209, 1270, 1275, 2707, 2708, 2857, 3481, 3482, 3520, 3521, 3526, 3688, 3916, 3918, 4916, 4921, 4922, 4923, 5694, 5695, 5737, 5806, 5807, 5967, 5968, 7339, 7340, 7637, 7638, 8626, 8635, 8646, 8647])])])),
            (213, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[3532, 5060, 5061, 7534, 7535, 7536, 7537, 8061, 8634, 8636, 8637, 8638, 8648, 8649])),
            (214, "skip-approval-cjk", Anchor::Lits(&[19500, 19501, 19502, 19503, 19504, 19505, 19506, 19507, 19508, 19509, 19510, 19511, 19512, 19513, 19514, 19515, 19516, 19517, 19518])),
            (216, "admin-role-handed-out-i18n", Anchor::Any(&[Anchor::Lits(&[5569, 5570, 5571, 5576, 5577, 5578, 5579, 5580, 5581, 8140, 8141, 8142, 8143, 8144, 8145, 8146, 8147, 8148, 10472, 11921, 11945, 11947, 11961, 12211, 12212, 12386, 12397, 12525, 13347, 13348, 13634, 13635, 13637, 13638, 13640, 13642, 13645, 13757, 15682, 15684, 15686, 17966, 17968, 19459, 19460, 19490, 19492]), Anchor::All(&[Anchor::Lits(&[114, 4645, 5770, 7518]), Anchor::Lits(&[8761, 9415, 9416, 9427, 9437, 9536, 9537, 9540, 9541, 9821, 9828, 10340, 10341, 10342, 10648, 10649, 10757, 11304, 11686, 12213, 12214, 12215, 12229, 12776, 13459, 14555, 14556, 14876, 14877, 15447, 15448, 17174, 18389, 18484, 19472, 19480, 19486, 19487])]), Anchor::All(&[Anchor::Lits(&[10470, 10471, 11920, 11923, 11944, 11946, 12396, 12524, 13346, 13633, 13636, 13639, 13641, 13644, 15681, 15683, 15685, 17965, 17967, 19458, 19489, 19491]), Anchor::Lits(&[114, 4645, 5770, 7518])])])),
            (218, "control-removed-i18n-passive", Anchor::Lits(&[64, 72, 714, 715, 717, 718, 1313, 1315, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1381, 1382, 1383, 1384, 1486, 1487, 1488, 1489, 1878, 1879, 1880, 1881, 1882, 1921, 1922, 1925, 1926, 2558, 3687, 5259, 5260, 5261, 5427, 5433, 5434, 5435, 5538, 5539, 5541, 5542, 5563, 5564, 5565, 5566, 6363, 6364, 6365, 6366, 7337, 7347, 7440, 7441, 7528, 7529, 7530, 7564, 7565, 8137, 8138, 8139, 8641, 8642, 8645, 8654, 8655, 8656, 8657, 8658, 8659])),
            (219, "control-weakened-i18n", Anchor::Any(&[Anchor::Lits(&[10812, 13434, 13436]), Anchor::All(&[Anchor::Lits(&[8986, 9959, 10679, 10763, 10764, 10765, 10766, 10907, 11601, 11602, 11617, 11663, 12410, 12544, 13434, 13436, 13630, 13756, 14441, 15045, 15543, 15544, 15667, 15677, 15843, 15897, 15898, 15899, 16089, 16090, 16993, 16994, 16995, 17102, 17866, 17907, 18358, 18404, 19006, 19448, 19453, 19471, 19483, 19494, 19495, 19496]), Anchor::Any(&[Anchor::Lits(&[1309, 8665, 8738, 8739, 8740, 8760, 8765, 8867, 9552, 9563, 9573, 9574, 9575, 9576, 9577, 9578, 9579, 9580, 9581, 9588, 9589, 10747, 10748, 11180, 11473, 11618, 12875, 13400, 13401, 13402, 13403, 13438, 13618, 13736, 13737, 13738, 13739, 13740, 13741, 13752, 13753, 13767, 13768, 13824, 14075, 14079, 14081, 15064, 15065, 15241, 15243, 15244, 15245, 15441, 15446, 15648, 15649, 15896, 15935, 18022, 18023, 18361, 18548, 19450, 19462, 19463, 19464, 19473, 19474, 19478, 19479, 19484, 19493]), Anchor::All(&[Anchor::Lits(&[15242]), Anchor::Lits(&[1310])])])])])),
            (221, "destructive-without-confirmation-i18n", Anchor::Lits(&[9826, 9827, 14032, 14565, 14566, 14567, 14568, 14569, 14570, 14617, 14618, 14619, 16063, 16064, 16065, 16070, 16072, 16212, 16213, 16214, 16215, 16216, 16235, 16236, 16237, 16384, 16385, 16386, 16391, 16392, 16778, 17103, 17105, 17108, 17110, 18435, 19454, 19455, 19456, 19457, 19467, 19468, 19469, 19481, 19482])),
            (226, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[2663, 2664, 2665, 9829, 10813, 13390, 13461, 13462, 13464, 13470, 13926, 14033, 17104, 17106, 17107, 17109, 18111, 18112, 18113, 18114, 18349, 18350, 18428, 18429, 18430])),
            (228, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[691, 692, 693, 697, 698, 1253, 2568, 2569, 2570, 2571, 2575, 2577, 5553, 5554, 5555, 5556, 5557, 5728, 5729, 5730, 5731, 5732, 7372, 9835, 9836, 9837, 9919, 10055, 11082, 11164, 11230, 11292, 11385, 11468, 12014, 12020, 12025, 14367, 14561, 15152, 16470, 16471, 16472, 16473, 16562, 16564, 16604, 16606, 16776, 16777, 18054, 18687, 18887, 18980]), Anchor::All(&[Anchor::Lits(&[12603, 12607, 12608, 12610]), Anchor::Lits(&[2445])])])),
            (229, "trust-raised-for-later", Anchor::Lits(&[255, 273, 277, 280, 281, 282, 283, 284, 392, 496, 506, 516, 745, 748, 1555, 1729, 2064, 2065, 2641, 2685, 2686, 2710, 2711, 3264, 3285, 3336, 4039, 4167, 4168, 4198, 4200, 4274, 5067, 5071, 5458, 5459, 5989, 5992, 6002, 6010, 6011, 6014, 8022, 8028, 8029, 8032, 17988, 17991, 17992, 17993])),
            (230, "admin-role-by-a-side-door", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4518, 10719, 10720, 12308, 12309, 12310, 12311, 12312, 15259]), Anchor::All(&[Anchor::Lits(&[114, 4645, 5770, 6405, 7518]), Anchor::Lits(&[9374, 9722, 9751, 12221, 12226, 13020, 13021, 13247, 15615, 15616])]), Anchor::All(&[Anchor::Lits(&[4854]), Anchor::Lits(&[8764, 8994, 9008, 9586, 11533, 11534, 11717, 11718, 11725, 13746, 14079, 15935, 16163, 16204, 18333]), Anchor::Lits(&[10039, 12233, 12306, 12399, 13652, 16251, 17981])]), Anchor::All(&[Anchor::Lits(&[15556, 15557, 15558, 15559, 15621, 15622, 15654, 15655, 15792, 15793]), Anchor::Lits(&[114, 4645, 5770])])]), Anchor::Lits(&[527, 786, 804, 1037, 1331, 1332, 1333, 2566, 2579, 2588, 2640, 2681, 3085, 3086, 3276, 3703, 5068, 5288, 5289, 5290, 5337, 5338, 5349, 5350, 5377, 5378, 5496, 5497, 5824, 7378])])),
            (233, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[3377, 3378, 3380, 7710, 7712, 7714, 8229, 8235, 8242, 9154, 9158, 9159, 9160, 9161, 9163, 9164, 9165, 9166, 9167, 9168, 9169, 9170, 9171, 9172, 9173, 9178, 9516, 9517, 9518, 9519, 9520, 9521, 9522, 9523, 9524, 9525, 9526, 9527, 9528, 9529, 9530, 9531, 9532, 15703, 15704, 15705, 15706, 15707, 15708, 15709, 15710, 15711, 15712, 15713, 15714, 15715, 15716, 15717, 15718, 15719, 17119, 17121, 17125, 17130, 17131, 17132, 17136, 17138, 17143, 17145, 17154, 17155, 17156, 17162, 17164, 17165, 17167]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10758, 11019, 11062, 11095, 11100, 11138, 11142, 11147, 11149, 11158, 11308, 11365, 11398, 11404, 11442, 11446, 11451, 11453, 11462, 13405, 13408, 13412, 13413, 13416, 13417, 13424, 13426, 13428, 13432, 13534, 13781, 13783, 13786, 13787, 13789, 13790, 13796, 13798, 13800, 13802, 14090, 14131, 14160, 14164, 14190, 14194, 14199, 14202, 14211, 14630, 14633, 14637, 14638, 14641, 14642, 14649, 14651, 14653, 14657, 15301]), Anchor::All(&[Anchor::Lits(&[9152, 10118, 15700, 15782, 16075, 17118]), Anchor::Any(&[Anchor::Lits(&[13404, 14485, 14629, 18472, 18473, 18477, 18478, 19061, 19063, 19120, 19127]), Anchor::All(&[Anchor::Lits(&[11764, 11765, 11766, 11767, 11768, 11769, 11770, 11771, 11772, 11773, 11774, 11775, 11776, 11777, 11778, 11779, 11780, 11781, 11782, 11804, 11805, 11806, 11807, 11808, 11809, 11810, 11811, 11812, 11813, 11814, 11815, 11816, 11817, 11818, 11819, 11820, 11821, 11822, 11823, 11824, 11825, 11826, 11827, 11828, 11829, 11830, 11831, 11832, 11833, 11834, 11835, 11836, 11837, 11838, 11839, 11840, 11841, 13274, 13275, 13276, 13277, 13279, 13280, 13281, 13282, 13283, 13284, 13286, 13287, 13288, 13289, 13290, 13291, 13292, 13293, 13294, 13302, 13303, 13304, 13305, 13306, 13307, 13308, 13309, 13310, 13311, 13312, 13313, 13314, 13315, 13316, 13317, 13318, 13319, 13320, 13321, 13322, 13323, 13324, 13325, 13326, 13327, 13328, 13329, 13330, 13331, 13332, 13333, 13334, 13335, 13336, 13337, 13338, 13339, 17194, 17195, 17196, 17197, 17198, 17199, 17200, 17201, 17202, 17203, 17205, 17206, 17207, 17208, 17209, 17210, 17211, 17212, 17213, 17224, 17225, 17226, 17227, 17228, 17229, 17230, 17231, 17232, 17233, 17234, 17235, 17236, 17237, 17238, 17239, 17240, 17241, 17242, 17243, 17244, 17245, 17246, 17247, 17248, 17249, 17250, 17251, 17252, 17253, 17254, 17255, 17256, 17257, 17258, 17259, 17260, 17261, 17763, 17764, 17765, 17766, 17767, 17768, 17769, 17770, 17771, 17772, 17773, 17774, 17775, 17776, 17777, 17778, 17779, 17780, 17781, 17795, 17796, 17797, 17798, 17799, 17800, 17801, 17802, 17803, 17804, 17805, 17806, 17807, 17808, 17809, 17810, 17811, 17812, 17813, 17814, 17815, 17816, 17817, 17818, 17819, 17820, 17821, 17822, 17823, 17824, 17825, 17826, 17827, 17828, 17829, 17830, 17831, 17832]), Anchor::Lits(&[8674, 8675, 8676, 8677, 8678, 8679, 8682, 8685, 8686, 8687, 8688, 8690, 8988, 8995, 8997, 9000, 9001, 9002, 9003, 9004, 9005, 9006, 9007, 9009, 9123, 9126, 9127, 9128, 9129, 9130, 9133, 9134, 9135, 9136, 9137, 9138, 11767, 11768, 11769, 11771, 11773, 11774, 11776, 11777, 11778, 11779, 11780, 11782, 11807, 11808, 11809, 11811, 11813, 11814, 11816, 11817, 11818, 11819, 11820, 11822, 11826, 11827, 11828, 11830, 11832, 11833, 11835, 11836, 11837, 11838, 11839, 11841, 13277, 13279, 13280, 13282, 13284, 13286, 13288, 13289, 13290, 13291, 13292, 13294, 13305, 13306, 13307, 13309, 13311, 13312, 13314, 13315, 13316, 13317, 13318, 13320, 13324, 13325, 13326, 13328, 13330, 13331, 13333, 13334, 13335, 13336, 13337, 13339, 13407, 13409, 13411, 13415, 13418, 13419, 13421, 13422, 13423, 13425, 13427, 13429, 13782, 13784, 13785, 13788, 13791, 13792, 13793, 13794, 13795, 13797, 13799, 13801, 14632, 14634, 14636, 14640, 14643, 14644, 14646, 14647, 14648, 14650, 14652, 14654, 16366, 16367, 16368, 16369, 16370, 16371, 16372, 16373, 16374, 16375, 16376, 16377, 17197, 17198, 17199, 17201, 17203, 17205, 17207, 17208, 17209, 17210, 17211, 17213, 17227, 17228, 17229, 17231, 17233, 17234, 17236, 17237, 17238, 17239, 17240, 17242, 17246, 17247, 17248, 17250, 17252, 17253, 17255, 17256, 17257, 17258, 17259, 17261, 17766, 17767, 17768, 17770, 17772, 17773, 17775, 17776, 17777, 17778, 17779, 17781, 17798, 17799, 17800, 17802, 17804, 17805, 17807, 17808, 17809, 17810, 17811, 17813, 17817, 17818, 17819, 17821, 17823, 17824, 17826, 17827, 17828, 17829, 17830, 17832])])])])]), Anchor::Lits(&[377, 1071, 1359, 1552, 1566, 1580, 1585, 1607, 1610, 1621, 1624, 1726, 1741, 1755, 1760, 1789, 1792, 1803, 1806, 3487, 3488, 3491, 3492, 3494, 3495, 3497, 3498, 3499, 3601, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 4035, 4048, 4063, 4068, 4101, 4103, 4114, 4117, 4573, 4574, 4579, 4580, 4583, 4585, 4588, 4591, 4593, 5085, 5453, 5491, 5710, 6461]), Anchor::Lits(&[646, 1051, 1923, 3097, 3675, 5248, 7646, 7648, 8062])])])),
            (234, "made-to-look-routine", Anchor::Lits(&[9984, 9985, 9986, 9987, 9988, 9989, 9990, 9991, 9992, 9993, 9994, 9995, 9996, 9997, 12393, 12394, 12395, 14151, 14491, 14492, 14987, 14988, 14989, 14990, 14991, 14992, 14993, 14994, 14996, 14997, 14998, 14999, 15000, 15001, 15002, 15003, 15004, 15005, 15006, 15007, 15008, 15009, 15010, 15011, 15012, 15013, 15014, 15015, 15016, 15017, 15018, 15019, 15020, 15021, 15022, 15023, 15024, 15025, 15026, 15027, 16562, 16564, 16567, 16571, 16587, 16669, 16678, 16767, 18448, 18449, 18450, 18452, 18455, 18456, 18457, 18458, 18459, 18460, 18461, 18462, 18463, 18465, 18466, 18467, 18468, 18469, 18485, 18488, 18489, 18490, 18491, 18492, 18493, 18494, 18495, 18496])),
            (235, "own-action-left-out", Anchor::Lits(&[67, 4357, 5725, 5953, 6622, 7787])),
            (236, "disguised-by-a-bland-label", Anchor::Any(&[Anchor::Lits(&[10607, 10608, 10609, 10610, 10611, 10612, 10698, 10699, 10700, 10701, 10702, 10703, 11949, 11950, 11951, 11952, 11953, 11954, 11955, 11956, 11957, 11958, 11959, 11960, 13439, 13443, 13444, 13445, 13449, 13450, 13451, 13452, 13828, 13829, 13830, 13831, 13832, 13833]), Anchor::All(&[Anchor::Lits(&[323, 331, 332, 333, 334, 336, 337, 338, 340, 342, 343, 344, 347, 6035, 6043, 6044, 6048, 6049, 6050, 6056, 6062, 6068, 6069, 6078, 6083, 6084, 6085, 6086, 6087, 6089, 6091, 6093, 6094, 6095, 6096, 6097, 6099, 6108, 6110, 6607, 6608, 6609, 6610, 6611, 6612, 6613, 6614, 6615, 6616, 6617, 6618, 6619, 7035, 7036, 7037, 7038, 7039, 7040, 7041, 7042, 7043, 7044, 7045, 7046, 7047, 7121, 7122, 7123, 7124, 7125, 7126, 7127, 7128, 7129, 7130, 7131, 7132, 7133]), Anchor::Lits(&[9833, 9849, 10606, 10697, 11508, 11948, 12119, 12220, 12413, 13081, 13082, 13827, 14084, 14442, 14842, 15934, 18160, 18362])])])),
            (237, "risky-step-left-out-of-the-record", Anchor::Any(&[Anchor::Lits(&[1659, 1662, 1664, 1665, 1666, 1668, 1669, 1702, 1705, 1707, 1708, 1709, 1711, 1712, 2701, 2702, 2703, 2731, 2732, 2733, 3932, 3935, 3937, 3938, 3939, 3941, 3942, 3944, 3945, 3946, 3947, 3948, 3949, 3950, 3988, 3993, 3995, 3996, 3997, 4001, 4002, 4009, 4012, 4014, 4015, 4016, 4018, 4019, 4022, 4023, 4024, 4026, 4027, 4028, 5904, 5907, 5909, 5910, 5911, 5913, 5914, 5919, 5922, 5924, 5925, 5926, 5928, 5929, 7857, 7858, 7859, 7865, 7872, 7874, 7876, 7878, 7888, 7890, 8067, 8074, 8076, 8078, 8080, 8090, 8092, 11018, 11042, 11044, 11045, 11054, 11060, 11066, 11068, 11075, 11078, 11090, 11096, 11098, 11101, 11121, 11131, 11134, 11136, 11137, 11167, 11307, 11344, 11346, 11347, 11356, 11363, 11369, 11371, 11378, 11381, 11393, 11399, 11401, 11405, 11425, 11435, 11438, 11440, 11441, 11471, 14089, 14111, 14113, 14114, 14122, 14129, 14135, 14137, 14142, 14145, 14155, 14161, 14163, 14165, 14175, 14182, 14185, 14187, 14189, 14218, 14292, 14298, 14299, 14305, 14307, 14311, 14313, 14316, 14318, 14320, 14321, 14324, 14328, 14330, 14339, 14799, 14800, 14801, 14802, 14803, 14804]), Anchor::All(&[Anchor::Lits(&[13502]), Anchor::Lits(&[4366, 4674])])])),
            (238, "governance-skipped", Anchor::Any(&[Anchor::Lits(&[131, 132, 133, 134, 135, 136, 137, 354, 355, 356, 362, 365, 367, 368, 607, 608, 609, 610, 640, 641, 642, 643, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 3908, 3909, 3910, 3911, 3912, 3913, 3914, 4128, 4129, 4130, 4133, 4139, 4140, 4141, 6494, 6495, 6514, 6515, 12285]), Anchor::All(&[Anchor::Lits(&[9958, 10040, 10042, 10043, 12282, 17378]), Anchor::Lits(&[9673, 9936, 11016, 11305, 12254, 14087, 14290, 16333, 16399, 18796])]), Anchor::All(&[Anchor::Lits(&[9321, 10046, 12289, 16335, 16349, 17849]), Anchor::Lits(&[1587, 1762, 4160, 8019])])])),
            (239, "recovery-prevented", Anchor::Any(&[Anchor::Lits(&[1587, 1762, 4163, 4252, 4255, 4257, 6051, 6057, 6063, 6088, 6090, 6092, 7877, 8079, 11924, 11925, 11926, 11927, 11928, 11929, 11930, 11931, 11932, 11933, 11934, 11935, 11936, 11937, 11938, 11939, 11940, 11941, 11942, 11943, 13268, 13269, 13270, 13271, 13272, 13285, 13295, 13298, 13340, 13341, 14341, 14342, 14343, 14344, 14346, 14354, 14355, 14358, 14363, 14365, 14399, 14400, 14401, 14402, 14404, 14413, 14414, 14418, 14423, 14425, 14486, 14487, 14488, 14489, 14490, 14493, 14494, 14495, 14496, 14497, 17393, 17394, 17395, 17396, 17397, 17398, 17399, 17400, 17401, 17402, 17514, 17515, 17516, 17517, 17518, 17519, 17520, 17521, 17522, 17523, 17545, 17546, 17547, 17548, 17549, 17550, 17551, 17552, 17553, 17554, 17621, 17622, 17623, 17624, 17625, 17626, 17627, 17628, 17629, 17630, 17669, 17670, 17671, 17672, 17674, 17696, 17697, 17698, 17704, 17706, 17855, 17856, 17857, 17858, 17859, 17860, 17861, 17862, 17863, 17864, 18092, 18093, 18094, 18095, 18096, 18097, 18098, 18099, 18100, 18101]), Anchor::All(&[Anchor::Lits(&[15841, 17854]), Anchor::Lits(&[1335, 1825, 5194, 7403, 7898]), Anchor::Lits(&[1, 8609])]), Anchor::All(&[Anchor::Lits(&[15841, 17854]), Anchor::Lits(&[1335, 1825, 5194, 7403, 7898]), Anchor::Lits(&[1, 8609])]), Anchor::All(&[Anchor::Lits(&[5537, 6928]), Anchor::Lits(&[1335, 1825, 5194, 7403, 7898]), Anchor::Lits(&[1, 8609])]), Anchor::All(&[Anchor::Lits(&[3982, 4006, 5466]), Anchor::Lits(&[775, 6027])])])),
            (240, "payload-run-unseen", Anchor::Any(&[Anchor::Lits(&[9428, 9429, 9430, 9431, 9432, 9433, 9434, 9435, 10226, 10227, 10228, 10229, 10230, 10231, 10232, 10233, 10331, 10332, 10333, 10334, 10335, 10336, 10337, 10338, 10689, 10690, 10691, 10692, 10693, 10694, 10695, 10696, 10707, 10708, 10709, 10710, 10711, 10712, 10713, 10714, 11980, 11981, 11982, 11983, 11984, 11985, 11986, 11987, 13392, 13393, 13394, 13395, 13396, 13397, 13398, 13399, 15153, 15155, 15157, 15158, 15159, 15160, 15161, 15162, 15165, 15167, 15169, 15170, 15171, 15172, 15173, 15174, 15831, 15832, 15833, 15834, 15835, 15836, 15837, 15838, 15856, 15857, 15858, 15859, 15860, 15861, 15862, 15863, 18055, 18057, 18067, 18071, 18074, 18075, 18076, 18077, 18173, 18174, 18175, 18176, 18177, 18178, 18179, 18180]), Anchor::All(&[Anchor::Lits(&[9303, 9304, 9306, 9309, 9311, 9312, 9314, 9316, 11707, 11708, 11709, 11710, 11711, 11712, 11713, 11714, 11878, 11879, 11881, 11884, 11886, 11887, 11889, 11891, 15986, 15987, 15989, 15992, 15994, 15995, 15997, 15999]), Anchor::Lits(&[656, 1139, 1328, 1330, 1367, 3486, 5551, 7456, 7475])]), Anchor::All(&[Anchor::Lits(&[1069, 2421, 2680, 4902, 4995, 5799, 6028, 6285]), Anchor::Lits(&[322, 326, 330, 341, 6753, 6756, 6760, 6762])])])),
            (241, "audit-record-rigged", Anchor::Any(&[Anchor::Lits(&[16523, 16526, 16527, 16562, 16564, 16571, 16573, 16585, 16586, 16590, 16593, 16594, 16604, 16606, 16612, 16614, 16626, 16627, 16641, 16642, 16643, 16649, 16650, 16651, 16665, 16668, 16670, 16676, 16677, 16679]), Anchor::All(&[Anchor::Lits(&[90, 92, 122, 690, 3653, 5242, 5760]), Anchor::Lits(&[1825, 2016, 2017, 2151, 2153, 2155, 2792, 2794, 2860, 4509, 5416, 5987, 6362]), Anchor::Lits(&[910, 911, 912, 914, 915, 924, 925, 926, 2273, 2282, 2293, 2299, 2301, 2327, 2330, 2350, 2454, 2455, 2458, 2461, 2462, 2488, 2498, 2499, 4340, 4341, 4342, 4343, 4344, 4351, 4354, 4355])]), Anchor::All(&[Anchor::Lits(&[2446, 2448, 2459, 2460, 2463, 2464, 2465, 2467, 2470, 2486, 2487, 2491, 2492, 2493]), Anchor::Lits(&[10339, 12558, 12600, 12612])])])),
            (242, "passed-off-as-ordinary", Anchor::Any(&[Anchor::Lits(&[439, 1079, 2166, 2683, 3092, 3582, 3583, 3662, 4264, 4475, 4476, 4643, 5296, 5597, 5779, 6178]), Anchor::All(&[Anchor::Lits(&[937, 940, 943, 944, 946, 1386, 1388, 1390, 1391, 1393, 1820, 1821, 1822, 1823, 1824, 2422, 2424, 2426, 2427, 2429, 3535, 3537, 3539, 3540, 3542, 3971, 3973, 3975, 3976, 3978, 4904, 4905, 4906, 4907, 4908, 5076, 5078, 5080, 5081, 5083, 5354, 5355, 5356, 5357, 5358]), Anchor::Lits(&[314, 775, 1080, 1484, 1819, 2765, 2818, 3701, 3877, 3905, 4950, 5596, 6460])])])),
            (244, "new-operating-rules-declared", Anchor::Lits(&[4161, 4162, 4168, 4178, 4181, 4182, 4236, 4237, 4247, 4248, 4253])),
            (245, "earlier-rules-declared-lapsed", Anchor::Lits(&[1855, 1856, 1857, 1858, 1859, 1861, 1863, 1864, 1865, 2397, 2402, 2403, 2404, 2406, 2408, 2409, 2410, 2411, 4484, 4489, 4490, 4491, 4493, 4494, 4495, 4496, 4497, 5100, 5105, 5106, 5107, 5109, 5112, 5114, 5115, 5116, 5124, 5125, 5126, 5127, 5128, 5130, 5132, 5133, 5134])),
            (246, "persona-careless-of-rules", Anchor::Lits(&[4165, 4172, 4177, 4179, 4181, 4234, 4235, 4246, 4247, 4258, 6498, 6502, 6504, 6505, 6509, 6510, 6511, 6512, 6513, 6516, 6544, 6581, 6595, 6620, 6621, 7790, 7794, 7795, 7796, 7800, 7801, 7802, 7803, 7804, 7805, 7808, 7811, 7817, 7825, 7826, 7832, 7833, 7834, 7835, 7836, 7837, 7838, 7839, 7840, 7841, 7842, 7843, 7844, 7845, 7846, 8025, 8034, 8037, 8039, 8041, 8043, 8044, 8046, 8048, 8060, 12805])),
            (247, "word-redefined-as-a-command", Anchor::Any(&[Anchor::Lits(&[11669, 11670, 11671, 11672, 11673, 11674, 11675, 11676, 13238, 13239, 13240, 13241, 13242, 13243, 13244, 13245, 13251, 13252, 13253, 13254, 13255, 13256, 13257, 13258, 13758, 13759, 13760, 13761, 13762, 13763, 13764, 13765, 16805, 16806, 16807, 16808, 16809, 16810, 16811, 16812]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10727, 10730, 10731, 10735, 11483, 11488, 11489, 11490, 11491, 11498, 11499, 11500, 15888, 18008]), Anchor::All(&[Anchor::Lits(&[12307]), Anchor::Lits(&[114, 233, 4645, 4861, 5770, 6405])]), Anchor::All(&[Anchor::Lits(&[10886]), Anchor::Lits(&[9543, 10104, 12324, 13741, 13824, 15194])]), Anchor::All(&[Anchor::Lits(&[18182]), Anchor::Lits(&[15194])]), Anchor::All(&[Anchor::Lits(&[3128, 5605]), Anchor::Lits(&[12811])])]), Anchor::Lits(&[1942, 2066, 3259, 3269, 3317, 3318, 3720, 5662, 5871, 5900, 5901, 5916, 6180, 7381, 7860, 7895, 7896]), Anchor::Lits(&[12170, 12554, 12787, 13525, 17380, 17381, 17423, 17526, 18579, 18580, 18594, 18595, 18996])])])),
            (248, "risky-action-misdescribed", Anchor::Any(&[Anchor::Lits(&[938, 941, 945, 947, 1387, 1389, 1392, 1394, 2423, 2425, 2428, 2430, 3536, 3538, 3541, 3543, 3972, 3974, 3977, 3979, 5077, 5079, 5082, 5084, 6942, 6943, 6944, 6945, 11053, 11059, 11061, 11065, 11074, 11100, 11120, 11124, 11152, 11153, 11355, 11362, 11364, 11368, 11377, 11404, 11424, 11428, 11456, 11457, 14121, 14128, 14130, 14134, 14141, 14164, 14174, 14178, 14205, 14206, 18841, 18848, 18849, 18853, 18860, 18896, 18907, 18910, 18945, 18946]), Anchor::All(&[Anchor::Lits(&[2954, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2987, 2991, 2994, 3003, 3004, 3007, 3010, 3013, 3014, 3015, 3016, 3017, 3019, 3020, 3022, 3032, 3033, 3035, 3043, 3044, 3045, 3047, 3048, 3049, 3050, 3051, 3052, 3056, 3057, 3059, 7149, 7150, 7151, 7155, 7156, 7157, 7159, 7160, 7161, 7162, 7163, 7164, 7167, 7168, 7169, 7204, 7211, 7215, 7229, 7234, 7237, 7241, 7245, 7246, 7247, 7249, 7250, 7253, 7254, 7255, 7321, 7322, 7323, 7324, 7325, 7326, 7327, 7328, 7329, 7330, 7331, 7332, 7333, 7334, 7335]), Anchor::Lits(&[9964, 9967, 9968, 9974, 9975, 9976, 9977, 10076, 10077, 10078, 10079, 10080, 10081, 10082, 10083, 10084, 10085, 10086, 10087, 10088, 10089, 10769, 10770, 10771, 10772, 10773, 10774, 10775, 11189, 11190, 11191, 11192, 11193, 11194, 11195, 12144, 12145, 12146, 12147, 12148, 12149, 12150, 13473, 13477, 13478, 13482, 13483, 13484, 13486, 14025, 14026, 14027, 14028, 14029, 14030, 14031, 14973, 14974, 14975, 14976, 14977, 14978, 14979, 15293, 15294, 15295, 15296, 15297, 15298, 15299, 15625, 15626, 15627, 15628, 15629, 15630, 15631, 15723, 15727, 15728, 15731, 15733, 15734, 15735, 16952, 16953, 16954, 16955, 16956, 16957, 16958, 16962, 16963, 16964, 16965, 16966, 16967, 16968, 17867, 17868, 17869, 17870, 17871, 17872, 17873]), Anchor::Lits(&[570])])])),
            (249, "every-account-object-destroyed", Anchor::All(&[Anchor::Lits(&[1337, 1339, 1340, 1341, 1346, 1348, 1349, 1350, 1353, 1355, 1356, 1357, 1397, 1399, 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1409, 1410, 1411, 1455, 1457, 1459, 1460, 1469, 1471, 1472, 1473, 1476, 1478, 1479, 1480, 1827, 1829, 1831, 1832, 1835, 1837, 1838, 1839, 1840, 1842, 1843, 1844, 4300, 4302, 4303, 4304, 4305, 4307, 4308, 4309, 4310, 4312, 4313, 4314, 5196, 5198, 5199, 5200, 5201, 5203, 5204, 5205, 5206, 5208, 5209, 5210, 5418, 5420, 5421, 5422, 5428, 5430, 5431, 5432, 5438, 5440, 5441, 5442, 7900, 7902, 7903, 7904, 7906, 7908, 7909, 7910, 7911, 7913, 7914, 7915]), Anchor::Lits(&[212, 1852, 1962])])),
            (250, "everything-but-one-destroyed", Anchor::All(&[Anchor::Lits(&[1337, 1338, 1340, 1341, 1346, 1347, 1349, 1350, 1353, 1354, 1356, 1357, 1397, 1398, 1400, 1401, 1402, 1403, 1405, 1406, 1407, 1408, 1410, 1411, 1455, 1456, 1459, 1460, 1469, 1470, 1472, 1473, 1476, 1477, 1479, 1480, 1827, 1828, 1831, 1832, 1835, 1836, 1838, 1839, 1840, 1841, 1843, 1844, 4300, 4301, 4303, 4304, 4305, 4306, 4308, 4309, 4310, 4311, 4313, 4314, 5196, 5197, 5199, 5200, 5201, 5202, 5204, 5205, 5206, 5207, 5209, 5210, 5418, 5419, 5421, 5422, 5428, 5429, 5431, 5432, 5438, 5439, 5441, 5442, 7900, 7901, 7903, 7904, 7906, 7907, 7909, 7910, 7911, 7912, 7914, 7915]), Anchor::Lits(&[9288, 9822, 9933, 11864, 11867, 14466, 14467, 14468, 14469, 14470, 14471, 14472, 14875, 16074, 17184, 17185, 17188, 17189, 17190, 17191, 17204, 17214, 17215, 17216, 17217, 17218, 17219, 17220, 17221, 17222, 18602, 18603, 18606, 18607, 18608, 18609, 18611, 18612, 18622, 18623, 18624, 18625, 18626, 18627, 18628, 18629, 18635, 18636, 18640, 18641, 18645, 18646, 18647, 18648, 18651, 18652, 18653, 18654, 18655, 18656, 18657, 18658]), Anchor::Lits(&[212, 382, 1852, 1962])])),
            (251, "listed-objects-dropped-in-a-loop", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5935, 5938, 5942, 5943, 5950, 5951]), Anchor::Lits(&[1335, 1351, 1453, 1474, 1825, 5416, 5436])]), Anchor::All(&[Anchor::Lits(&[16313, 16314, 16317, 16318, 16323, 16324]), Anchor::Lits(&[1284, 2261, 2386, 3448, 3449, 3683])])])),
            (252, "protection-policy-made-permissive", Anchor::Any(&[Anchor::Lits(&[3093, 3094, 3095, 3096, 7396, 7397, 7398, 7399, 8805, 8807, 8820, 8821, 10197, 10198, 10200, 10201, 12179, 12180, 12181, 12182, 14846, 14850, 14870, 14872, 15154, 15156, 15162, 15164, 15166, 15168, 15174, 15175, 15548, 15549, 15550, 15551, 15594, 15596, 15609, 15610, 18056, 18059, 18077, 18078, 18142, 18143, 18144, 18145, 18156, 18157, 18158, 18159]), Anchor::All(&[Anchor::Lits(&[877, 878, 2073, 5545, 5546, 5547, 8693, 9118, 9719, 10400, 13260, 13433, 13601, 14557, 14658, 15163, 16378, 17593, 17899, 18052, 18363]), Anchor::Lits(&[15935])])])),
            (254, "data-taken-to-another-organization", Anchor::Any(&[Anchor::Lits(&[2395, 2396, 2398, 2399, 2400, 2401, 2405, 2412, 2413, 2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 4131, 4132, 4134, 4135, 4136, 4137, 4138, 4142, 4143, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4482, 4483, 4485, 4486, 4487, 4488, 4492, 4498, 4499, 4651, 4654, 4656, 4658, 4659, 4660, 4661, 4669, 4671, 4844, 4845, 4846, 4847, 4848, 4849, 4850, 4851, 4852, 4984, 4985, 4986, 4987, 4988, 5098, 5099, 5101, 5102, 5103, 5104, 5108, 5117, 5120, 5138, 5142, 5143, 5144, 5145, 7481, 7482, 7483, 7484, 7485, 7486, 7487, 7488, 7489, 9766, 9767, 9768, 9769, 12743, 12744, 12746, 12747, 12761, 12762, 12763, 12764, 12877, 12878, 12879, 12880, 13974, 13975, 13976, 18576, 18577, 18578]), Anchor::All(&[Anchor::Lits(&[1575, 1587, 1609, 1630, 1651, 1656, 1677, 1681, 1694, 1699, 1720, 1724, 1750, 1762, 1791, 1812, 4160, 5988, 7870, 7877, 7887, 7894, 8019, 8072, 8079, 8089, 8096]), Anchor::Lits(&[10660, 10668, 10669, 11474, 11475, 11504, 13521, 14036, 15381, 15385]), Anchor::Lits(&[10515, 11912, 12233, 12247, 15697, 15699, 16217, 16267, 16269, 18126])])])),
            (257, "side-statement-run-unseen", Anchor::Lits(&[845, 1255, 1495, 3243, 4575, 4576, 4581, 4584, 4586, 4587, 4589, 4590, 4592, 5250, 5752, 5979, 10925, 10926, 10927, 10928, 10929, 10930, 11593, 11594, 11595, 11596, 11597, 11598, 13591, 13592, 13593, 13594, 13595, 13596, 13772, 13774, 13775, 13776, 13777, 13778, 14887, 14891, 14893, 14894, 14895, 14896, 15343, 15345, 15348, 15349, 15350, 15351, 15724, 15726, 15729, 15730, 15732, 15736, 15847, 15848, 15849, 15850, 15851, 15852, 16315, 16316, 16319, 16320, 16321, 16322, 18852, 18856, 18883, 18892, 18895, 18899, 18913, 18922, 18933, 18942])),
            (258, "dbt-hook-drops-production", Anchor::Lits(&[1830, 1833])),
            (259, "record-made-to-look-untouched", Anchor::Lits(&[431, 432, 434, 436, 438, 440, 441, 442, 443, 444, 445, 446, 451, 452, 454, 456, 457, 458, 459, 460, 462, 463, 464, 465, 512, 513, 518, 521, 530, 531, 534, 536, 555, 557, 558, 559, 3261, 3262, 3268, 3271, 3277, 3279, 3281, 3286, 3319, 3327, 3328, 3329, 3657, 3658, 3659, 3660, 3661, 3663, 3664, 3665, 3666, 3667, 3668, 3669, 3670, 3671, 3672, 3673, 3674, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 5291, 5292, 5293, 5294, 5295, 5297, 5298, 5299, 5303, 5304, 5305, 5306, 5318, 5319, 5320, 5321, 5322, 5323, 5324, 5325, 5326, 5327, 5328, 5329, 5391, 5392, 5393, 5394, 5396, 5397, 5398, 5399, 5400, 5401, 5402, 5403, 5404, 5405, 5406, 5407, 5408, 5409, 5410, 5411, 5412, 5413, 5414, 5415, 5774, 5775, 5776, 5777, 5778, 5780, 5781, 5782, 5783, 5784, 5785, 5786, 5787, 5788, 5789, 5790, 5791, 5792, 5793, 5794, 5795, 5796, 5797, 5798, 5932, 5933, 5934, 5936, 5937, 5939, 5940, 5941, 5944, 5945, 5946, 5947, 5954, 5955, 5956, 5957, 5958, 5959, 5960, 5961, 5962, 5963, 5964, 5965, 6042, 6045, 6046, 6047, 6052, 6053, 6054, 6055, 6058, 6059, 6060, 6061, 6064, 6065, 6066, 6067, 6070, 6071, 6072, 6073, 6100, 6101, 6102, 6103, 6104, 6105, 6106, 6107, 6109, 6111, 6112, 6113, 6204, 6205, 6206, 6209, 6218, 6221, 6222, 6223, 6224, 6225, 6227, 6228, 6229, 6230, 6231, 6232, 6233, 6234, 6235, 6236, 6237, 6238, 6239, 6240])),
            (260, "decoded-string-executed", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[9535, 10685, 12167, 18045, 18116]), Anchor::Lits(&[1957, 2022, 5630, 5632, 5633, 5635])]), Anchor::All(&[Anchor::Lits(&[11706, 11874, 11876]), Anchor::Lits(&[685, 770, 1327, 2449, 7449, 7459])])]), Anchor::Lits(&[685, 770, 1327, 1958, 2023, 2047, 2449, 7449, 7459])])),
            (261, "tool-told-to-receive-the-conversation", Anchor::All(&[Anchor::Lits(&[275, 823, 824, 825, 826, 833, 834, 835, 836, 837, 838, 2167, 4536, 4537, 4538]), Anchor::Lits(&[1047, 1229, 1230, 1274, 1929, 2518, 3526, 4921, 5754, 6426, 6670, 7340, 7849, 8330, 8395]), Anchor::Lits(&[936, 2417, 2588, 3246, 4903, 5803, 7505])])),
            (262, "risky-change-kept-quiet", Anchor::Lits(&[3379, 3381, 4052, 4060, 4088, 4090, 4091, 4113, 4116, 6582, 6583, 6746, 6747, 6849, 6851, 7867, 7873, 7879, 7881, 7882, 7889, 7892, 8069, 8075, 8081, 8083, 8084, 8091, 8094, 8103, 8104, 8105, 8106, 8107, 8108, 8109, 8111, 8112, 8113, 8114, 8115, 8116, 8117, 11020, 11021, 11022, 11049, 11058, 11065, 11069, 11070, 11076, 11091, 11097, 11107, 11110, 11111, 11112, 11113, 11114, 11115, 11116, 11117, 11118, 11119, 11120, 11122, 11130, 11135, 11138, 11158, 11160, 11165, 11168, 11309, 11310, 11311, 11351, 11360, 11368, 11372, 11373, 11379, 11394, 11400, 11411, 11414, 11415, 11416, 11417, 11418, 11419, 11420, 11421, 11422, 11423, 11424, 11426, 11434, 11439, 11442, 11462, 11464, 11469, 11472, 12670, 14099, 14100, 14101, 14117, 14126, 14134, 14138, 14139, 14143, 14156, 14162, 14171, 14174, 14176, 14181, 14186, 14190, 14211, 14213, 14217, 14219, 14293, 14294, 14295, 14300, 14304, 14306, 14309, 14310, 14312, 14317, 14319, 14322, 14323, 14325, 14326, 14329, 14331, 14334, 14335, 14338, 14340, 14370, 14371, 14376, 14378, 14379, 14380, 14382, 14383, 14386, 14389, 14396, 14561, 15611, 16996, 17116, 17636, 17637, 17638, 17639, 17640, 17646, 17647, 17648, 17649, 17650, 17662, 17663, 17664, 17665, 17666, 18757, 18760, 18761, 18763, 18771, 18802, 18805, 18806, 18833, 18846, 18853, 18855, 18857, 18861, 18884, 18894, 18905, 18907, 18908, 18921, 18926, 18929, 18951, 18961, 18970, 18971])),
            (263, "powerful-grant-to-public", Anchor::Lits(&[7179, 7185])),
            (266, "personal-account-added-to-a-share", Anchor::All(&[Anchor::Lits(&[28, 42, 44, 47, 2767, 2768, 2769, 2770, 2797, 2798, 2799, 2800, 3953, 3958, 3959, 3960, 6739, 6740, 6741, 6742]), Anchor::Lits(&[2113, 3628, 5452, 5873, 5876]), Anchor::Lits(&[129, 130, 140, 2640, 3061, 3244, 5217])])),
            (267, "persona-with-cross-account-powers", Anchor::Lits(&[213, 214, 215, 216, 232, 237, 238, 239, 240, 241, 242, 243, 358, 359, 361, 363, 364, 369, 370, 371, 372, 373, 374, 376, 383, 384, 385, 386, 389, 394, 395, 396, 397, 398, 399, 400, 1963, 1964, 1965, 1966, 1970, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 4652, 4653, 4655, 4657, 4662, 4663, 4664, 4665, 4666, 4667, 4668, 4670])),
            (268, "warehouse-left-burning", Anchor::Lits(&[749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 5485, 5486, 5487, 5488, 9617, 9618, 9619, 9620, 9621, 9622, 9623, 9624, 9625, 9626, 18183, 18184, 18186, 18187, 18188, 18189])),
            (269, "one-persons-trail-deleted", Anchor::Any(&[Anchor::Lits(&[1342, 1343, 1344, 5195, 5423, 5424]), Anchor::All(&[Anchor::Lits(&[10732, 10734, 10736, 15468, 15673, 15674]), Anchor::Lits(&[7786])])])),
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
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[203, 240, 263, 346, 347, 584, 586, 587, 675, 794, 1124, 1125, 1211, 1225, 1230, 1456, 1783]), Anchor::Lits(&[0, 165, 277, 318, 354, 356, 358, 360, 363, 379, 381, 384, 390, 393, 397, 401, 403, 406, 412, 415, 503, 561, 622, 624, 627, 786, 861, 873, 877, 892, 895, 907, 921, 961, 1013, 1016, 1019, 1021, 1043, 1045, 1047, 1136, 1153, 1262, 1297, 1334, 1409, 1411, 1412, 1414, 1416, 1418, 1495, 1771, 1773, 1781, 1837]), Anchor::Lits(&[5, 32, 420, 502, 506, 560, 595, 650, 959, 999, 1041, 1070, 1086, 1099, 1129, 1231, 1264, 1448])]), Anchor::All(&[Anchor::Lits(&[0, 165, 277, 318, 354, 356, 358, 360, 363, 379, 381, 384, 390, 393, 397, 401, 403, 406, 412, 415, 503, 561, 622, 624, 627, 786, 861, 873, 877, 892, 895, 907, 921, 961, 1013, 1016, 1019, 1021, 1043, 1045, 1047, 1136, 1153, 1262, 1297, 1334, 1409, 1411, 1412, 1414, 1416, 1418, 1495, 1771, 1773, 1781, 1837]), Anchor::Lits(&[5, 32, 420, 502, 506, 560, 595, 650, 959, 999, 1041, 1070, 1086, 1099, 1129, 1231, 1264, 1448]), Anchor::Lits(&[203, 240, 265, 281, 306, 346, 348, 448, 584, 586, 588, 649, 669, 676, 831, 998, 1124, 1125, 1200, 1227, 1230, 1392, 1456, 1515, 1525, 1735, 1783])]), Anchor::All(&[Anchor::Lits(&[5, 139, 542, 543, 563, 1130, 1347, 1849, 1850, 1991, 2010, 2091, 2171, 2180, 2182]), Anchor::Lits(&[203, 240, 263, 346, 347, 584, 586, 587, 675, 794, 1124, 1125, 1211, 1225, 1230, 1456, 1783])])])),
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
\x09&\
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
\x09curl\
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
\x09wget\
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
\x0acurl\
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
\x0awget\
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
\x0bcurl\
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
\x0bwget\
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
\x0ccurl\
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
\x0cwget\
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
\x0dcurl\
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
\x0dwget\
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
\x20&\
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
\x20=>\
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
\x20curl\
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
\x20wget\
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
$\
$(\
$(curl\
$(wget\
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
.\
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
`\
```\
`ai\
`curl\
`wget\
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
address\
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
badge\
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
host\x09\
host\x0a\
host\x0b\
host\x0c\
host\x0d\
host \
href\
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
picture\
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
source\
spreadsheet\
sql_execute\
src\
src=\
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
value_list\
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
|\
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
            ends: &[2, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 42, 49, 61, 73, 87, 95, 104, 115, 138, 154, 160, 172, 187, 196, 212, 227, 229, 232, 235, 238, 241, 244, 247, 249, 251, 253, 255, 263, 269, 276, 282, 285, 292, 299, 308, 316, 324, 332, 340, 348, 356, 366, 377, 388, 392, 399, 404, 409, 416, 424, 432, 439, 444, 449, 454, 460, 466, 472, 478, 483, 488, 499, 504, 509, 515, 521, 531, 540, 546, 552, 565, 574, 583, 588, 593, 598, 603, 608, 613, 634, 650, 666, 671, 675, 682, 689, 696, 701, 706, 709, 717, 727, 733, 745, 759, 781, 787, 794, 801, 808, 815, 822, 829, 835, 841, 844, 846, 854, 859, 871, 876, 885, 892, 896, 907, 911, 916, 920, 928, 938, 945, 959, 966, 977, 985, 993, 1002, 1008, 1015, 1020, 1026, 1032, 1038, 1044, 1050, 1056, 1064, 1073, 1082, 1091, 1100, 1109, 1118, 1127, 1137, 1147, 1157, 1167, 1177, 1187, 1192, 1198, 1210, 1215, 1222, 1231, 1241, 1245, 1250, 1256, 1262, 1268, 1274, 1280, 1286, 1294, 1299, 1304, 1309, 1314, 1319, 1324, 1333, 1341, 1348, 1356, 1363, 1368, 1373, 1378, 1383, 1389, 1396, 1403, 1410, 1417, 1424, 1431, 1438, 1444, 1451, 1459, 1467, 1475, 1483, 1491, 1499, 1504, 1509, 1514, 1520, 1535, 1540, 1545, 1556, 1563, 1577, 1585, 1593, 1608, 1622, 1627, 1633, 1639, 1642, 1646, 1650, 1654, 1658, 1662, 1666, 1671, 1683, 1697, 1709, 1717, 1721, 1729, 1737, 1745, 1750, 1757, 1764, 1769, 1774, 1780, 1786, 1791, 1796, 1801, 1806, 1811, 1816, 1821, 1826, 1831, 1836, 1841, 1846, 1851, 1856, 1861, 1863, 1865, 1868, 1871, 1874, 1877, 1880, 1883, 1886, 1889, 1892, 1895, 1898, 1901, 1904, 1911, 1923, 1935, 1949, 1957, 1966, 1977, 2000, 2016, 2022, 2034, 2049, 2058, 2074, 2089, 2091, 2094, 2097, 2100, 2103, 2106, 2109, 2111, 2113, 2116, 2118, 2120, 2129, 2138, 2146, 2152, 2159, 2165, 2168, 2175, 2182, 2190, 2199, 2207, 2215, 2223, 2231, 2239, 2247, 2257, 2268, 2290, 2301, 2305, 2312, 2319, 2327, 2335, 2342, 2347, 2353, 2359, 2365, 2371, 2382, 2388, 2394, 2404, 2411, 2420, 2426, 2432, 2445, 2454, 2463, 2468, 2473, 2478, 2483, 2488, 2493, 2498, 2519, 2535, 2551, 2556, 2560, 2567, 2574, 2581, 2586, 2591, 2594, 2602, 2612, 2616, 2620, 2626, 2638, 2660, 2666, 2672, 2675, 2679, 2685, 2692, 2699, 2706, 2713, 2720, 2727, 2730, 2732, 2740, 2745, 2757, 2762, 2771, 2778, 2782, 2793, 2797, 2802, 2806, 2814, 2821, 2831, 2838, 2852, 2859, 2870, 2878, 2886, 2892, 2899, 2904, 2910, 2916, 2922, 2928, 2934, 2940, 2945, 2953, 2962, 2971, 2980, 2989, 2998, 3007, 3014, 3023, 3033, 3043, 3053, 3063, 3073, 3083, 3098, 3103, 3107, 3119, 3122, 3126, 3130, 3134, 3137, 3141, 3145, 3150, 3157, 3162, 3171, 3175, 3180, 3186, 3192, 3198, 3204, 3210, 3216, 3224, 3240, 3245, 3250, 3255, 3260, 3265, 3270, 3279, 3287, 3294, 3301, 3309, 3315, 3323, 3332, 3343, 3352, 3356, 3362, 3367, 3372, 3379, 3394, 3401, 3408, 3415, 3422, 3429, 3436, 3442, 3449, 3457, 3465, 3473, 3481, 3489, 3497, 3502, 3508, 3523, 3528, 3533, 3544, 3551, 3565, 3573, 3581, 3596, 3610, 3615, 3618, 3622, 3626, 3630, 3634, 3638, 3642, 3647, 3659, 3673, 3685, 3692, 3699, 3702, 3706, 3711, 3717, 3725, 3730, 3735, 3740, 3745, 3750, 3755, 3760, 3765, 3770, 3775, 3780, 3785, 3790, 3792, 3794, 3797, 3800, 3803, 3806, 3809, 3812, 3815, 3818, 3821, 3824, 3827, 3830, 3837, 3849, 3861, 3875, 3883, 3892, 3903, 3926, 3942, 3948, 3960, 3975, 3984, 4000, 4015, 4017, 4020, 4023, 4026, 4029, 4032, 4035, 4037, 4039, 4041, 4043, 4051, 4057, 4064, 4070, 4073, 4080, 4087, 4096, 4104, 4112, 4120, 4128, 4136, 4144, 4154, 4165, 4176, 4180, 4187, 4194, 4202, 4210, 4217, 4222, 4228, 4234, 4240, 4246, 4257, 4263, 4269, 4279, 4288, 4294, 4300, 4313, 4322, 4331, 4336, 4341, 4346, 4351, 4356, 4361, 4382, 4398, 4414, 4419, 4423, 4430, 4437, 4444, 4449, 4454, 4457, 4465, 4475, 4481, 4493, 4515, 4521, 4528, 4535, 4542, 4549, 4556, 4563, 4566, 4568, 4576, 4581, 4593, 4598, 4607, 4614, 4618, 4629, 4633, 4638, 4642, 4650, 4660, 4667, 4681, 4688, 4699, 4707, 4715, 4721, 4728, 4733, 4739, 4745, 4751, 4757, 4763, 4769, 4777, 4786, 4795, 4804, 4813, 4822, 4831, 4840, 4850, 4860, 4870, 4880, 4890, 4900, 4905, 4917, 4922, 4929, 4938, 4942, 4947, 4953, 4959, 4965, 4971, 4977, 4983, 4991, 4996, 5001, 5006, 5011, 5016, 5021, 5030, 5038, 5045, 5052, 5058, 5065, 5072, 5079, 5086, 5093, 5100, 5107, 5113, 5120, 5128, 5136, 5144, 5152, 5160, 5168, 5173, 5179, 5194, 5199, 5204, 5215, 5222, 5236, 5244, 5252, 5267, 5281, 5286, 5289, 5293, 5297, 5301, 5305, 5309, 5313, 5318, 5330, 5344, 5356, 5360, 5368, 5373, 5378, 5383, 5388, 5393, 5398, 5403, 5408, 5413, 5418, 5423, 5428, 5433, 5435, 5437, 5440, 5443, 5446, 5449, 5452, 5455, 5458, 5461, 5464, 5467, 5470, 5473, 5480, 5492, 5504, 5518, 5526, 5535, 5546, 5569, 5585, 5591, 5603, 5618, 5627, 5643, 5658, 5660, 5663, 5666, 5669, 5672, 5675, 5678, 5680, 5682, 5684, 5686, 5694, 5700, 5707, 5713, 5716, 5723, 5730, 5739, 5747, 5755, 5763, 5771, 5779, 5787, 5797, 5808, 5819, 5823, 5830, 5837, 5845, 5853, 5860, 5865, 5871, 5877, 5883, 5889, 5900, 5906, 5912, 5922, 5931, 5937, 5943, 5956, 5965, 5974, 5979, 5984, 5989, 5994, 5999, 6004, 6025, 6041, 6057, 6062, 6066, 6073, 6080, 6087, 6092, 6097, 6100, 6108, 6118, 6124, 6136, 6158, 6164, 6171, 6178, 6185, 6192, 6199, 6206, 6209, 6211, 6219, 6224, 6236, 6241, 6250, 6257, 6261, 6272, 6276, 6281, 6285, 6293, 6303, 6310, 6324, 6331, 6342, 6350, 6358, 6364, 6371, 6376, 6382, 6388, 6394, 6400, 6406, 6412, 6420, 6429, 6438, 6447, 6456, 6465, 6474, 6483, 6493, 6503, 6513, 6523, 6533, 6543, 6548, 6560, 6565, 6572, 6581, 6585, 6590, 6596, 6602, 6608, 6614, 6620, 6626, 6634, 6639, 6644, 6649, 6654, 6659, 6664, 6673, 6681, 6688, 6695, 6701, 6708, 6715, 6722, 6729, 6736, 6743, 6750, 6756, 6763, 6771, 6779, 6787, 6795, 6803, 6811, 6816, 6822, 6837, 6842, 6847, 6858, 6865, 6879, 6887, 6895, 6910, 6924, 6929, 6932, 6936, 6940, 6944, 6948, 6952, 6956, 6961, 6973, 6987, 6999, 7003, 7011, 7016, 7021, 7026, 7031, 7036, 7041, 7046, 7051, 7056, 7061, 7066, 7071, 7076, 7078, 7080, 7083, 7086, 7089, 7092, 7095, 7098, 7101, 7104, 7107, 7110, 7113, 7116, 7123, 7135, 7147, 7161, 7169, 7178, 7189, 7212, 7228, 7234, 7246, 7261, 7270, 7286, 7301, 7303, 7306, 7309, 7312, 7315, 7318, 7321, 7323, 7325, 7327, 7329, 7337, 7343, 7350, 7356, 7359, 7366, 7373, 7382, 7390, 7398, 7406, 7414, 7422, 7430, 7440, 7451, 7462, 7466, 7473, 7480, 7488, 7496, 7503, 7508, 7514, 7520, 7526, 7532, 7543, 7549, 7555, 7565, 7574, 7580, 7586, 7599, 7608, 7617, 7622, 7627, 7632, 7637, 7642, 7647, 7668, 7684, 7700, 7705, 7709, 7716, 7723, 7730, 7735, 7740, 7743, 7751, 7761, 7767, 7779, 7801, 7807, 7814, 7821, 7828, 7835, 7842, 7849, 7852, 7854, 7862, 7867, 7879, 7884, 7893, 7900, 7904, 7915, 7919, 7924, 7928, 7936, 7946, 7953, 7967, 7974, 7985, 7993, 8001, 8007, 8014, 8019, 8025, 8031, 8037, 8043, 8049, 8055, 8063, 8072, 8081, 8090, 8099, 8108, 8117, 8126, 8136, 8146, 8156, 8166, 8176, 8186, 8191, 8203, 8208, 8215, 8224, 8228, 8233, 8239, 8245, 8251, 8257, 8263, 8269, 8277, 8282, 8287, 8292, 8297, 8302, 8307, 8316, 8324, 8331, 8338, 8344, 8351, 8358, 8365, 8372, 8379, 8386, 8393, 8399, 8406, 8414, 8422, 8430, 8438, 8446, 8454, 8459, 8465, 8480, 8485, 8490, 8501, 8508, 8522, 8530, 8538, 8553, 8567, 8572, 8575, 8579, 8583, 8587, 8591, 8595, 8599, 8604, 8616, 8630, 8642, 8646, 8654, 8659, 8664, 8669, 8674, 8679, 8684, 8689, 8694, 8699, 8704, 8709, 8714, 8719, 8721, 8723, 8726, 8729, 8732, 8735, 8738, 8741, 8744, 8747, 8750, 8753, 8756, 8759, 8762, 8764, 8771, 8783, 8795, 8809, 8817, 8826, 8837, 8860, 8876, 8882, 8894, 8909, 8918, 8934, 8949, 8951, 8954, 8957, 8960, 8963, 8966, 8969, 8971, 8973, 8976, 8978, 8980, 8989, 8998, 9006, 9012, 9019, 9025, 9028, 9035, 9042, 9049, 9063, 9071, 9080, 9088, 9096, 9104, 9112, 9120, 9128, 9138, 9149, 9171, 9182, 9186, 9193, 9203, 9211, 9216, 9221, 9228, 9236, 9245, 9252, 9260, 9275, 9283, 9290, 9295, 9300, 9305, 9311, 9317, 9323, 9329, 9334, 9339, 9350, 9355, 9360, 9366, 9372, 9382, 9393, 9404, 9411, 9420, 9426, 9432, 9445, 9454, 9463, 9472, 9478, 9485, 9490, 9495, 9500, 9505, 9510, 9515, 9520, 9541, 9557, 9573, 9578, 9582, 9593, 9604, 9611, 9618, 9625, 9630, 9635, 9640, 9643, 9651, 9661, 9665, 9669, 9675, 9687, 9700, 9714, 9736, 9742, 9748, 9751, 9755, 9761, 9768, 9775, 9782, 9789, 9796, 9803, 9809, 9815, 9818, 9820, 9828, 9833, 9845, 9850, 9859, 9866, 9870, 9881, 9885, 9890, 9894, 9902, 9906, 9913, 9923, 9930, 9944, 9951, 9962, 9970, 9978, 9987, 9993, 10000, 10005, 10011, 10017, 10023, 10029, 10035, 10041, 10046, 10054, 10063, 10072, 10081, 10090, 10099, 10108, 10115, 10124, 10134, 10144, 10154, 10164, 10174, 10184, 10199, 10204, 10210, 10218, 10222, 10234, 10237, 10241, 10245, 10249, 10252, 10256, 10260, 10265, 10272, 10277, 10286, 10296, 10300, 10305, 10311, 10317, 10323, 10329, 10335, 10341, 10352, 10364, 10372, 10388, 10395, 10400, 10405, 10410, 10415, 10420, 10425, 10434, 10441, 10449, 10457, 10464, 10472, 10480, 10487, 10492, 10497, 10505, 10511, 10516, 10521, 10534, 10542, 10551, 10562, 10575, 10584, 10588, 10594, 10599, 10604, 10610, 10621, 10628, 10643, 10652, 10662, 10669, 10676, 10683, 10690, 10697, 10704, 10710, 10717, 10725, 10733, 10741, 10749, 10757, 10765, 10770, 10775, 10780, 10786, 10801, 10806, 10811, 10822, 10829, 10842, 10856, 10864, 10872, 10887, 10901, 10906, 10912, 10918, 10929, 10947, 10950, 10954, 10958, 10962, 10966, 10970, 10974, 10979, 10991, 11005, 11017, 11024, 11031, 11034, 11042, 11046, 11051, 11057, 11065, 11073, 11081, 11086, 11093, 11100, 11105, 11110, 11116, 11122, 11127, 11132, 11137, 11142, 11147, 11152, 11157, 11162, 11167, 11172, 11177, 11182, 11187, 11192, 11197, 11198, 11200, 11203, 11206, 11217, 11228, 11239, 11250, 11261, 11272, 11284, 11296, 11308, 11320, 11332, 11344, 11364, 11386, 11408, 11427, 11443, 11462, 11483, 11504, 11522, 11537, 11548, 11559, 11570, 11581, 11592, 11603, 11615, 11627, 11639, 11651, 11663, 11675, 11695, 11717, 11739, 11758, 11774, 11793, 11814, 11835, 11853, 11868, 11879, 11890, 11901, 11912, 11923, 11934, 11946, 11958, 11970, 11982, 11994, 12006, 12026, 12048, 12070, 12089, 12105, 12124, 12145, 12166, 12184, 12199, 12207, 12215, 12223, 12231, 12239, 12247, 12256, 12265, 12274, 12283, 12292, 12301, 12318, 12337, 12356, 12372, 12385, 12401, 12419, 12437, 12452, 12464, 12473, 12482, 12491, 12500, 12509, 12518, 12528, 12538, 12548, 12558, 12568, 12578, 12596, 12616, 12636, 12653, 12667, 12684, 12703, 12722, 12738, 12751, 12761, 12771, 12781, 12791, 12801, 12811, 12822, 12833, 12844, 12855, 12866, 12877, 12896, 12917, 12938, 12956, 12971, 12989, 13009, 13029, 13046, 13060, 13061, 13063, 13065, 13071, 13074, 13084, 13088, 13095, 13103, 13110, 13120, 13124, 13128, 13141, 13154, 13167, 13171, 13177, 13189, 13201, 13213, 13220, 13221, 13223, 13229, 13235, 13238, 13241, 13244, 13245, 13247, 13249, 13251, 13253, 13255, 13257, 13259, 13262, 13265, 13269, 13273, 13283, 13286, 13291, 13296, 13301, 13306, 13311, 13316, 13319, 13322, 13326, 13330, 13334, 13338, 13342, 13346, 13351, 13356, 13361, 13362, 13364, 13365, 13367, 13370, 13373, 13374, 13377, 13385, 13395, 13407, 13414, 13415, 13417, 13424, 13428, 13439, 13450, 13455, 13464, 13472, 13481, 13489, 13503, 13521, 13536, 13554, 13569, 13588, 13604, 13621, 13639, 13649, 13654, 13664, 13669, 13676, 13686, 13696, 13707, 13719, 13732, 13743, 13755, 13767, 13779, 13791, 13803, 13815, 13830, 13842, 13854, 13865, 13873, 13887, 13901, 13915, 13929, 13943, 13957, 13963, 13965, 13968, 13970, 13972, 13975, 13978, 13981, 13984, 13987, 13990, 13993, 13996, 14001, 14006, 14011, 14012, 14014, 14016, 14018, 14020, 14022, 14024, 14026, 14028, 14030, 14032, 14035, 14037, 14044, 14048, 14059, 14064, 14072, 14081, 14089, 14094, 14099, 14106, 14108, 14115, 14119, 14130, 14135, 14143, 14152, 14160, 14165, 14170, 14177, 14180, 14183, 14186, 14189, 14191, 14194, 14197, 14200, 14202, 14204, 14213, 14215, 14221, 14222, 14224, 14228, 14232, 14236, 14237, 14239, 14242, 14243, 14245, 14246, 14248, 14249, 14251, 14252, 14254, 14255, 14257, 14258, 14260, 14261, 14263, 14264, 14267, 14270, 14271, 14273, 14275, 14277, 14279, 14281, 14283, 14286, 14289, 14292, 14295, 14298, 14301, 14308, 14316, 14324, 14332, 14340, 14348, 14356, 14364, 14376, 14388, 14400, 14412, 14424, 14436, 14448, 14460, 14472, 14484, 14496, 14508, 14520, 14532, 14546, 14560, 14574, 14588, 14602, 14616, 14630, 14638, 14647, 14656, 14665, 14674, 14683, 14692, 14701, 14723, 14745, 14767, 14789, 14811, 14833, 14855, 14864, 14873, 14882, 14891, 14900, 14909, 14918, 14929, 14940, 14951, 14962, 14973, 14984, 14995, 15018, 15042, 15066, 15090, 15114, 15138, 15162, 15186, 15190, 15206, 15222, 15238, 15254, 15270, 15286, 15302, 15308, 15314, 15320, 15326, 15332, 15338, 15344, 15356, 15369, 15382, 15395, 15408, 15421, 15434, 15447, 15456, 15465, 15474, 15483, 15492, 15501, 15516, 15532, 15548, 15564, 15580, 15596, 15612, 15628, 15637, 15653, 15670, 15687, 15704, 15721, 15738, 15755, 15772, 15787, 15803, 15819, 15835, 15851, 15867, 15883, 15899, 15901, 15907, 15914, 15921, 15928, 15935, 15942, 15949, 15956, 15959, 15968, 15979, 15990, 16001, 16012, 16023, 16034, 16045, 16056, 16067, 16078, 16089, 16100, 16111, 16122, 16135, 16148, 16161, 16174, 16187, 16200, 16213, 16234, 16250, 16266, 16273, 16281, 16289, 16297, 16305, 16313, 16321, 16329, 16350, 16371, 16392, 16413, 16434, 16455, 16476, 16484, 16492, 16500, 16508, 16516, 16524, 16532, 16542, 16552, 16562, 16572, 16582, 16592, 16602, 16606, 16628, 16651, 16674, 16697, 16720, 16743, 16766, 16789, 16801, 16804, 16819, 16834, 16849, 16864, 16879, 16894, 16909, 16914, 16919, 16924, 16929, 16934, 16939, 16944, 16955, 16967, 16979, 16991, 17003, 17015, 17027, 17039, 17047, 17055, 17063, 17071, 17079, 17087, 17101, 17116, 17131, 17146, 17161, 17176, 17191, 17206, 17214, 17229, 17245, 17261, 17277, 17293, 17309, 17325, 17341, 17355, 17370, 17385, 17400, 17415, 17430, 17445, 17460, 17472, 17486, 17498, 17500, 17501, 17503, 17506, 17507, 17509, 17511, 17513, 17515, 17518, 17521, 17522, 17528, 17531, 17536, 17546, 17550, 17557, 17565, 17572, 17582, 17589, 17594, 17606, 17610, 17619, 17627, 17631, 17637, 17646, 17654, 17666, 17676, 17683, 17691, 17698, 17704, 17705, 17707, 17709, 17711, 17713, 17715, 17717, 17719, 17726, 17733, 17740, 17747, 17754, 17761, 17768, 17771, 17783, 17795, 17800, 17805, 17810, 17815, 17820, 17825, 17830, 17835, 17840, 17845, 17850, 17855, 17860, 17868, 17876, 17884, 17892, 17900, 17908, 17916, 17925, 17929, 17933, 17937, 17941, 17945, 17949, 17950, 17952, 17954, 17956, 17958, 17960, 17961, 17963, 17966, 17976, 17983, 17991, 17999, 18005, 18010, 18019, 18023, 18027, 18037, 18042, 18049, 18050, 18053, 18056, 18061, 18066, 18068, 18070, 18072, 18074, 18076, 18078, 18085, 18092, 18099, 18104, 18111, 18119, 18129, 18135, 18142, 18149, 18161, 18172, 18183, 18190, 18202, 18212, 18222, 18232, 18242, 18252, 18262, 18272, 18282, 18292, 18302, 18312, 18322, 18340, 18355, 18371, 18387, 18403, 18414, 18431, 18441, 18448, 18455, 18462, 18465, 18469, 18473, 18479, 18485, 18490, 18497, 18502, 18508, 18514, 18525, 18536, 18554, 18567, 18581, 18593, 18606, 18612, 18618, 18632, 18651, 18670, 18696, 18717, 18739, 18759, 18780, 18787, 18797, 18802, 18808, 18814, 18820, 18826, 18832, 18838, 18844, 18850, 18856, 18862, 18868, 18875, 18882, 18889, 18896, 18903, 18910, 18917, 18924, 18932, 18940, 18948, 18956, 18964, 18972, 18980, 18988, 18995, 19002, 19009, 19016, 19023, 19030, 19037, 19044, 19051, 19058, 19069, 19076, 19081, 19093, 19102, 19104, 19107, 19110, 19113, 19116, 19119, 19122, 19130, 19138, 19147, 19159, 19167, 19177, 19183, 19191, 19202, 19211, 19218, 19229, 19242, 19255, 19270, 19273, 19276, 19279, 19287, 19295, 19304, 19316, 19324, 19334, 19340, 19348, 19359, 19368, 19375, 19386, 19399, 19412, 19427, 19430, 19434, 19438, 19451, 19459, 19471, 19478, 19489, 19499, 19508, 19516, 19524, 19533, 19540, 19546, 19559, 19571, 19576, 19583, 19596, 19602, 19605, 19608, 19616, 19628, 19634, 19645, 19652, 19663, 19668, 19676, 19683, 19687, 19691, 19695, 19699, 19703, 19707, 19711, 19715, 19719, 19727, 19733, 19738, 19741, 19745, 19749, 19753, 19757, 19761, 19765, 19772, 19779, 19786, 19795, 19805, 19815, 19824, 19834, 19841, 19851, 19860, 19868, 19878, 19893, 19902, 19907, 19910, 19913, 19916, 19919, 19922, 19925, 19934, 19943, 19952, 19961, 19970, 19979, 19988, 19997, 20006, 20012, 20018, 20030, 20039, 20049, 20059, 20069, 20079, 20089, 20099, 20109, 20119, 20129, 20139, 20149, 20159, 20163, 20167, 20171, 20175, 20179, 20183, 20189, 20193, 20202, 20208, 20215, 20222, 20228, 20236, 20242, 20250, 20259, 20268, 20277, 20286, 20295, 20304, 20313, 20322, 20331, 20344, 20360, 20376, 20392, 20408, 20424, 20440, 20456, 20466, 20476, 20486, 20496, 20506, 20516, 20526, 20536, 20543, 20551, 20561, 20570, 20578, 20590, 20594, 20598, 20602, 20606, 20610, 20614, 20619, 20624, 20633, 20643, 20653, 20663, 20673, 20683, 20693, 20703, 20713, 20724, 20735, 20746, 20757, 20768, 20779, 20790, 20801, 20807, 20813, 20820, 20827, 20833, 20842, 20852, 20862, 20872, 20882, 20892, 20902, 20912, 20922, 20932, 20942, 20953, 20964, 20984, 20999, 21018, 21032, 21050, 21067, 21083, 21098, 21113, 21129, 21143, 21156, 21176, 21195, 21207, 21221, 21241, 21254, 21264, 21274, 21288, 21299, 21310, 21321, 21332, 21343, 21354, 21365, 21376, 21387, 21398, 21408, 21419, 21430, 21441, 21452, 21463, 21474, 21485, 21496, 21508, 21520, 21532, 21544, 21556, 21568, 21580, 21592, 21598, 21603, 21609, 21617, 21625, 21635, 21645, 21655, 21665, 21675, 21685, 21690, 21695, 21700, 21705, 21710, 21715, 21725, 21730, 21736, 21742, 21748, 21754, 21760, 21766, 21772, 21778, 21784, 21794, 21804, 21814, 21824, 21834, 21844, 21854, 21864, 21872, 21881, 21890, 21899, 21908, 21917, 21926, 21935, 21944, 21958, 21979, 21986, 21996, 22006, 22018, 22029, 22038, 22048, 22058, 22068, 22074, 22080, 22086, 22092, 22098, 22104, 22111, 22118, 22125, 22132, 22139, 22146, 22153, 22160, 22168, 22175, 22181, 22189, 22194, 22198, 22204, 22208, 22221, 22226, 22232, 22238, 22244, 22250, 22256, 22262, 22267, 22270, 22274, 22278, 22282, 22286, 22290, 22294, 22298, 22302, 22306, 22310, 22315, 22320, 22325, 22330, 22335, 22340, 22345, 22350, 22355, 22360, 22370, 22381, 22392, 22402, 22408, 22416, 22421, 22426, 22442, 22462, 22468, 22475, 22490, 22502, 22515, 22528, 22543, 22556, 22572, 22588, 22601, 22615, 22630, 22632, 22636, 22642, 22648, 22654, 22662, 22666, 22673, 22680, 22687, 22693, 22697, 22704, 22711, 22718, 22724, 22726, 22735, 22741, 22757, 22761, 22768, 22775, 22782, 22790, 22798, 22806, 22815, 22824, 22833, 22839, 22845, 22851, 22856, 22861, 22867, 22874, 22881, 22888, 22895, 22902, 22909, 22916, 22923, 22930, 22938, 22946, 22954, 22962, 22970, 22978, 22986, 22994, 23002, 23007, 23015, 23022, 23027, 23036, 23041, 23053, 23065, 23072, 23080, 23088, 23096, 23104, 23112, 23120, 23128, 23136, 23144, 23152, 23160, 23168, 23184, 23197, 23211, 23225, 23239, 23248, 23257, 23266, 23275, 23284, 23293, 23302, 23317, 23325, 23332, 23339, 23346, 23354, 23362, 23370, 23378, 23386, 23394, 23402, 23410, 23422, 23435, 23448, 23461, 23474, 23487, 23500, 23513, 23526, 23540, 23554, 23568, 23582, 23596, 23610, 23624, 23638, 23647, 23656, 23663, 23670, 23676, 23682, 23689, 23697, 23705, 23713, 23721, 23729, 23737, 23745, 23753, 23761, 23770, 23779, 23788, 23797, 23806, 23815, 23824, 23833, 23842, 23846, 23851, 23856, 23861, 23867, 23874, 23881, 23888, 23895, 23902, 23909, 23916, 23923, 23930, 23942, 23950, 23958, 23966, 23974, 23982, 23990, 23998, 24006, 24014, 24020, 24027, 24034, 24045, 24051, 24060, 24069, 24078, 24081, 24085, 24094, 24099, 24102, 24106, 24111, 24116, 24121, 24126, 24136, 24147, 24152, 24157, 24162, 24167, 24172, 24177, 24183, 24190, 24200, 24210, 24220, 24229, 24238, 24245, 24251, 24260, 24270, 24280, 24295, 24310, 24332, 24349, 24367, 24383, 24400, 24410, 24413, 24422, 24432, 24442, 24452, 24462, 24472, 24482, 24492, 24502, 24512, 24522, 24532, 24542, 24560, 24575, 24591, 24607, 24623, 24634, 24645, 24656, 24667, 24678, 24689, 24700, 24717, 24727, 24734, 24750, 24763, 24777, 24791, 24807, 24821, 24838, 24849, 24866, 24880, 24895, 24911, 24919, 24929, 24939, 24949, 24958, 24968, 24978, 24988, 24997, 25006, 25013, 25022, 25032, 25035, 25039, 25043, 25052, 25058, 25068, 25080, 25094, 25108, 25122, 25127, 25136, 25147, 25160, 25173, 25186, 25190, 25197, 25201, 25209, 25219, 25231, 25243, 25255, 25263, 25267, 25272, 25277, 25288, 25295, 25305, 25313, 25317, 25324, 25330, 25335, 25340, 25345, 25350, 25355, 25360, 25366, 25373, 25380, 25388, 25396, 25404, 25411, 25416, 25422, 25430, 25439, 25448, 25456, 25464, 25472, 25480, 25488, 25496, 25504, 25512, 25520, 25528, 25536, 25544, 25560, 25573, 25587, 25601, 25615, 25624, 25639, 25647, 25654, 25665, 25680, 25695, 25703, 25711, 25720, 25729, 25738, 25747, 25756, 25765, 25774, 25783, 25788, 25793, 25798, 25804, 25811, 25818, 25826, 25834, 25843, 25852, 25858, 25864, 25870, 25876, 25882, 25888, 25894, 25903, 25911, 25921, 25925, 25931, 25938, 25949, 25955, 25960, 25969, 25979, 25985, 25991, 25998, 26005, 26012, 26019, 26025, 26032, 26039, 26046, 26052, 26058, 26063, 26070, 26076, 26083, 26090, 26097, 26104, 26111, 26118, 26125, 26132, 26140, 26148, 26156, 26164, 26172, 26180, 26188, 26196, 26205, 26215, 26225, 26235, 26241, 26248, 26255, 26260, 26265, 26270, 26276, 26283, 26289, 26294, 26314, 26334, 26349, 26366, 26381, 26398, 26418, 26438, 26453, 26470, 26485, 26502, 26522, 26543, 26564, 26585, 26606, 26627, 26648, 26669, 26689, 26704, 26720, 26736, 26752, 26768, 26784, 26800, 26816, 26833, 26848, 26864, 26880, 26896, 26912, 26928, 26944, 26960, 26977, 26994, 27011, 27028, 27045, 27062, 27079, 27096, 27115, 27134, 27148, 27164, 27178, 27194, 27198, 27202, 27206, 27210, 27214, 27218, 27224, 27230, 27236, 27240, 27244, 27255, 27268, 27275, 27283, 27287, 27291, 27296, 27301, 27306, 27311, 27316, 27321, 27325, 27328, 27334, 27340, 27352, 27355, 27359, 27363, 27367, 27371, 27375, 27379, 27388, 27401, 27408, 27417, 27427, 27435, 27439, 27443, 27452, 27465, 27472, 27481, 27491, 27499, 27503, 27511, 27523, 27529, 27537, 27542, 27547, 27552, 27557, 27562, 27567, 27572, 27577, 27582, 27591, 27598, 27603, 27609, 27615, 27622, 27627, 27632, 27638, 27644, 27650, 27656, 27662, 27668, 27674, 27680, 27690, 27700, 27710, 27720, 27730, 27740, 27750, 27760, 27771, 27782, 27793, 27804, 27815, 27826, 27837, 27848, 27855, 27862, 27869, 27876, 27883, 27890, 27897, 27904, 27910, 27915, 27920, 27925, 27930, 27935, 27940, 27948, 27952, 27956, 27960, 27964, 27968, 27972, 27976, 27981, 27989, 27994, 27999, 28004, 28009, 28014, 28019, 28025, 28033, 28040, 28046, 28051, 28055, 28059, 28063, 28067, 28071, 28075, 28078, 28081, 28084, 28087, 28090, 28093, 28099, 28106, 28113, 28120, 28125, 28130, 28135, 28140, 28145, 28150, 28158, 28166, 28174, 28182, 28190, 28198, 28205, 28209, 28214, 28219, 28224, 28229, 28234, 28239, 28243, 28248, 28252, 28259, 28267, 28279, 28293, 28306, 28311, 28315, 28317, 28320, 28323, 28326, 28329, 28332, 28335, 28343, 28351, 28360, 28368, 28378, 28389, 28402, 28415, 28430, 28438, 28446, 28455, 28463, 28473, 28484, 28497, 28510, 28525, 28528, 28531, 28538, 28541, 28544, 28547, 28550, 28553, 28556, 28559, 28565, 28572, 28575, 28581, 28589, 28594, 28597, 28608, 28618, 28628, 28638, 28649, 28661, 28671, 28678, 28686, 28689, 28698, 28704, 28713, 28729, 28745, 28761, 28777, 28793, 28809, 28825, 28841, 28858, 28872, 28887, 28902, 28919, 28934, 28952, 28970, 28985, 29001, 29018, 29024, 29029, 29036, 29047, 29059, 29071, 29083, 29095, 29107, 29119, 29131, 29143, 29155, 29167, 29179, 29191, 29211, 29228, 29246, 29264, 29282, 29295, 29308, 29321, 29334, 29347, 29360, 29373, 29386, 29399, 29412, 29425, 29438, 29451, 29472, 29490, 29509, 29528, 29547, 29561, 29575, 29589, 29603, 29617, 29631, 29645, 29665, 29678, 29697, 29709, 29732, 29756, 29767, 29775, 29780, 29787, 29790, 29793, 29796, 29799, 29802, 29805, 29810, 29815, 29824, 29827, 29830, 29833, 29836, 29839, 29842, 29850, 29858, 29867, 29875, 29885, 29896, 29909, 29922, 29937, 29945, 29953, 29962, 29970, 29980, 29991, 30004, 30017, 30032, 30035, 30038, 30042, 30047, 30052, 30058, 30064, 30089, 30094, 30098, 30112, 30120, 30135, 30139, 30145, 30151, 30156, 30159, 30163, 30167, 30172, 30180, 30188, 30196, 30205, 30214, 30223, 30227, 30233, 30237, 30241, 30246, 30249, 30253, 30257, 30261, 30265, 30269, 30273, 30282, 30295, 30302, 30311, 30321, 30329, 30333, 30337, 30346, 30359, 30366, 30379, 30394, 30403, 30411, 30421, 30431, 30439, 30447, 30451, 30455, 30468, 30483, 30491, 30501, 30509, 30517, 30529, 30535, 30547, 30561, 30569, 30576, 30585, 30590, 30595, 30600, 30605, 30610, 30615, 30620, 30625, 30630, 30635, 30644, 30651, 30658, 30665, 30671, 30678, 30686, 30694, 30701, 30709, 30717, 30727, 30737, 30746, 30754, 30762, 30769, 30775, 30782, 30789, 30795, 30801, 30805, 30810, 30818, 30822, 30827, 30832, 30839, 30848, 30855, 30862, 30867, 30877, 30887, 30897, 30902, 30906, 30913, 30916, 30923, 30928, 30933, 30938, 30943, 30948, 30953, 30959, 30965, 30971, 30977, 30983, 30989, 30998, 31007, 31016, 31025, 31034, 31043, 31051, 31059, 31067, 31075, 31083, 31091, 31096, 31105, 31114, 31123, 31131, 31138, 31146, 31154, 31162, 31170, 31178, 31186, 31195, 31204, 31213, 31222, 31231, 31240, 31250, 31260, 31270, 31280, 31290, 31300, 31303, 31321, 31327, 31332, 31337, 31342, 31347, 31352, 31357, 31362, 31367, 31372, 31377, 31382, 31387, 31400, 31410, 31421, 31432, 31443, 31448, 31454, 31460, 31466, 31472, 31478, 31484, 31490, 31497, 31504, 31511, 31518, 31525, 31532, 31538, 31545, 31552, 31559, 31566, 31573, 31580, 31586, 31593, 31600, 31607, 31614, 31621, 31628, 31635, 31642, 31649, 31656, 31663, 31670, 31677, 31684, 31692, 31700, 31708, 31716, 31724, 31732, 31740, 31748, 31756, 31764, 31772, 31780, 31788, 31796, 31804, 31812, 31819, 31826, 31833, 31840, 31847, 31854, 31861, 31868, 31876, 31884, 31892, 31900, 31908, 31916, 31924, 31932, 31939, 31946, 31953, 31960, 31967, 31974, 31981, 31988, 31995, 32001, 32013, 32018, 32026, 32033, 32042, 32048, 32056, 32064, 32072, 32080, 32088, 32096, 32104, 32112, 32121, 32130, 32139, 32148, 32157, 32166, 32175, 32184, 32188, 32193, 32198, 32202, 32206, 32218, 32230, 32241, 32245, 32248, 32251, 32254, 32257, 32260, 32263, 32273, 32283, 32293, 32303, 32313, 32323, 32325, 32329, 32335, 32342, 32356, 32361, 32374, 32389, 32399, 32410, 32420, 32431, 32436, 32450, 32459, 32467, 32480, 32490, 32503, 32512, 32530, 32545, 32563, 32577, 32597, 32610, 32624, 32640, 32658, 32668, 32683, 32691, 32695, 32699, 32703, 32706, 32710, 32714, 32718, 32721, 32724, 32735, 32743, 32752, 32761, 32772, 32781, 32793, 32805, 32814, 32824, 32835, 32839, 32845, 32851, 32857, 32862, 32868, 32874, 32880, 32885, 32890, 32894, 32899, 32904, 32909, 32914, 32919, 32924, 32930, 32936, 32942, 32948, 32954, 32960, 32965, 32970, 32975, 32980, 32985, 32990, 32995, 33000, 33005, 33010, 33015, 33020, 33033, 33043, 33054, 33065, 33076, 33082, 33088, 33094, 33100, 33106, 33112, 33118, 33130, 33135, 33141, 33147, 33153, 33159, 33165, 33171, 33177, 33185, 33189, 33194, 33205, 33217, 33229, 33241, 33253, 33265, 33277, 33289, 33292, 33295, 33304, 33309, 33314, 33319, 33323, 33328, 33333, 33338, 33342, 33346, 33348, 33356, 33363, 33367, 33372, 33377, 33382, 33387, 33392, 33397, 33404, 33411, 33418, 33424, 33431, 33437, 33443, 33449, 33455, 33461, 33467, 33474, 33481, 33488, 33495, 33502, 33509, 33512, 33520, 33524, 33528, 33532, 33536, 33540, 33544, 33552, 33558, 33566, 33575, 33584, 33593, 33602, 33611, 33620, 33633, 33642, 33651, 33660, 33669, 33678, 33687, 33696, 33713, 33727, 33742, 33757, 33772, 33782, 33798, 33807, 33816, 33822, 33826, 33830, 33834, 33838, 33842, 33846, 33851, 33856, 33861, 33866, 33871, 33876, 33891, 33901, 33911, 33921, 33931, 33941, 33951, 33958, 33965, 33971, 33979, 33984, 33992, 34000, 34012, 34017, 34022, 34025, 34034, 34043, 34052, 34061, 34077, 34086, 34093, 34096, 34100, 34104, 34113, 34126, 34131, 34136, 34144, 34150, 34162, 34166, 34176, 34186, 34196, 34203, 34208, 34217, 34226, 34235, 34245, 34255, 34262, 34271, 34281, 34291, 34299, 34307, 34314, 34322, 34325, 34328, 34331, 34334, 34337, 34340, 34344, 34348, 34352, 34356, 34360, 34364, 34369, 34374, 34379, 34384, 34389, 34394, 34400, 34407, 34414, 34421, 34428, 34435, 34442, 34462, 34482, 34502, 34522, 34542, 34562, 34569, 34574, 34578, 34581, 34585, 34589, 34592, 34599, 34609, 34619, 34629, 34636, 34646, 34656, 34666, 34671, 34681, 34691, 34697, 34703, 34707, 34711, 34715, 34725, 34735, 34745, 34755, 34765, 34775, 34785, 34795, 34804, 34813, 34819, 34826, 34835, 34844, 34853, 34862, 34871, 34880, 34889, 34898, 34903, 34908, 34913, 34922, 34928, 34934, 34941, 34948, 34955, 34962, 34969, 34976, 34983, 34990, 34999, 35009, 35019, 35029, 35039, 35049, 35059, 35069, 35079, 35085, 35090, 35099, 35108, 35117, 35126, 35135, 35144, 35153, 35162, 35171, 35180, 35189, 35198, 35208, 35218, 35228, 35238, 35248, 35258, 35264, 35271, 35280, 35285, 35291, 35299, 35307, 35315, 35323, 35331, 35339, 35347, 35355, 35363, 35371, 35379, 35387, 35403, 35416, 35426, 35444, 35458, 35472, 35486, 35495, 35504, 35513, 35522, 35531, 35540, 35549, 35564, 35572, 35587, 35602, 35608, 35615, 35624, 35631, 35642, 35648, 35655, 35662, 35668, 35676, 35682, 35692, 35702, 35712, 35721, 35729, 35741, 35753, 35765, 35776, 35783, 35789, 35797, 35801, 35806, 35810, 35815, 35825, 35835, 35852, 35864, 35877, 35888, 35900, 35905, 35908, 35912, 35916, 35920, 35930, 35940, 35944, 35948, 35951, 35960, 35967, 35968, 35973, 35983, 35993, 36003, 36013, 36023, 36033, 36043, 36053, 36059, 36066, 36073, 36080, 36087, 36094, 36101, 36108, 36115, 36129, 36143, 36157, 36171, 36185, 36199, 36213, 36227, 36235, 36242, 36250, 36258, 36266, 36274, 36282, 36290, 36298, 36306, 36319, 36332, 36345, 36358, 36371, 36384, 36397, 36410, 36419, 36428, 36437, 36446, 36455, 36464, 36473, 36482, 36485, 36491, 36498, 36501, 36507, 36513, 36520, 36527, 36534, 36542, 36551, 36565, 36578, 36581, 36587, 36593, 36604, 36615, 36619, 36624, 36629, 36634, 36639, 36644, 36649, 36658, 36666, 36674, 36677, 36681, 36686, 36691, 36697, 36703, 36709, 36715, 36721, 36727, 36737, 36747, 36757, 36767, 36777, 36787, 36794, 36799, 36803, 36809, 36813, 36817, 36822, 36827, 36831, 36844, 36854, 36865, 36876, 36889, 36900, 36914, 36928, 36939, 36951, 36964, 36969, 36975, 36986, 36997, 37000, 37004, 37017, 37022, 37027, 37031, 37037, 37042, 37047, 37053, 37057, 37067, 37077, 37094, 37106, 37119, 37130, 37142, 37147, 37157, 37167, 37176, 37187, 37198, 37209, 37219, 37227, 37231, 37238, 37244, 37248, 37251, 37259, 37265, 37272, 37279, 37286, 37293, 37300, 37307, 37319, 37331, 37350, 37364, 37379, 37394, 37407, 37421, 37435, 37442, 37449, 37456, 37463, 37470, 37492, 37501, 37506, 37511, 37516, 37521, 37525, 37534, 37543, 37548, 37553, 37560, 37564, 37571, 37578, 37589, 37598, 37610, 37622, 37631, 37639, 37643, 37647, 37651, 37655, 37659, 37663, 37667, 37671, 37675, 37679, 37683, 37687, 37695, 37698, 37701, 37704, 37707, 37710, 37713, 37722, 37731, 37740, 37745, 37761, 37777, 37788, 37801, 37812, 37825, 37841, 37857, 37868, 37881, 37892, 37905, 37921, 37937, 37948, 37960, 37972, 37984, 37996, 38008, 38020, 38032, 38045, 38059, 38073, 38087, 38101, 38115, 38129, 38143, 38154, 38166, 38178, 38190, 38202, 38214, 38226, 38238, 38251, 38266, 38281, 38291, 38303, 38313, 38325, 38330, 38338, 38349, 38358, 38369, 38377, 38393, 38403, 38413, 38423, 38432, 38439, 38447, 38456, 38465, 38474, 38483, 38492, 38501, 38510, 38519, 38525, 38529, 38537, 38542, 38547, 38552, 38561, 38571, 38581, 38598, 38605, 38613, 38629, 38645, 38661, 38677, 38693, 38709, 38715, 38725, 38731, 38737, 38747, 38759, 38774, 38786, 38799, 38812, 38827, 38840, 38856, 38872, 38885, 38899, 38914, 38919, 38925, 38931, 38937, 38944, 38951, 38958, 38965, 38972, 38979, 38986, 38993, 39000, 39007, 39014, 39021, 39036, 39048, 39061, 39074, 39087, 39095, 39109, 39116, 39124, 39132, 39138, 39145, 39152, 39159, 39162, 39167, 39170, 39181, 39194, 39206, 39215, 39225, 39229, 39238, 39242, 39252, 39260, 39268, 39273, 39280, 39288, 39294, 39298, 39307, 39319, 39329, 39333, 39342, 39351, 39360, 39369, 39378, 39387, 39397, 39407, 39417, 39427, 39437, 39447, 39452, 39461, 39466, 39472, 39476, 39480, 39484, 39491, 39506, 39521, 39536, 39551, 39566, 39581, 39596, 39611, 39626, 39641, 39656, 39671, 39676, 39682, 39684, 39685, 39691, 39698, 39708, 39711, 39714, 39717, 39720, 39723, 39726, 39729, 39734, 39735, 39738, 39743, 39744, 39747, 39748, 39750, 39753, 39755, 39757, 39759, 39760, 39763, 39767, 39775, 39783, 39791, 39799, 39809, 39819, 39829, 39839, 39849, 39861, 39875, 39883, 39897, 39907, 39917, 39928, 39938, 39950, 39963, 39978, 39993, 40010, 40020, 40030, 40041, 40051, 40063, 40076, 40091, 40106, 40123, 40135, 40153, 40167, 40181, 40199, 40211, 40221, 40231, 40242, 40252, 40264, 40277, 40292, 40307, 40324, 40334, 40344, 40355, 40365, 40377, 40390, 40405, 40420, 40437, 40447, 40457, 40468, 40478, 40490, 40503, 40518, 40533, 40550, 40560, 40570, 40581, 40591, 40603, 40616, 40631, 40646, 40663, 40669, 40682, 40694, 40706, 40714, 40743, 40753, 40763, 40773, 40779, 40789, 40795, 40803, 40809, 40817, 40823, 40829, 40837, 40870, 40901, 40907, 40915, 40919, 40927, 40938, 40949, 40955, 40959, 40969, 40996, 41002, 41012, 41018, 41041, 41047, 41055, 41059, 41072, 41085, 41089, 41110, 41139, 41167, 41192, 41204, 41241, 41250, 41269, 41309, 41325, 41331, 41368, 41393, 41408, 41442, 41457, 41473, 41486, 41498, 41519, 41531, 41540, 41556, 41575, 41597, 41637, 41683, 41705, 41724, 41733, 41754, 41763, 41772, 41793, 41799, 41814, 41832, 41841, 41859, 41868, 41880, 41901, 41922, 41934, 41955, 41988, 42003, 42024, 42027, 42030, 42035, 42040, 42052, 42067, 42073, 42079, 42088, 42106, 42115, 42118, 42127, 42145, 42163, 42181, 42190, 42208, 42235, 42265, 42277, 42292, 42307, 42319, 42328, 42334, 42340, 42349, 42358, 42367, 42373, 42379, 42388, 42394, 42400, 42406, 42412, 42424, 42433, 42445, 42451, 42463, 42475, 42481, 42487, 42496, 42502, 42514, 42526, 42538, 42547, 42556, 42562, 42568, 42574, 42580, 42592, 42598, 42604, 42616, 42622, 42628, 42640, 42652, 42664, 42670, 42676, 42679, 42685, 42691, 42697, 42700, 42706, 42712, 42718, 42727, 42733, 42745, 42754, 42760, 42772, 42778, 42784, 42790, 42796, 42805, 42811, 42817, 42823, 42829, 42835, 42844, 42850, 42856, 42862, 42871, 42889, 42910, 42916, 42922, 42928, 42934, 42940, 42946, 42952, 42958, 42964, 42970, 42979, 42985, 42994, 43000, 43006, 43012, 43018, 43024, 43030, 43036, 43042, 43048, 43054, 43060, 43066, 43072, 43078, 43084, 43090, 43096, 43102, 43108, 43117, 43126, 43132, 43138, 43144, 43150, 43168, 43186, 43192, 43198, 43204, 43210, 43216, 43222, 43231, 43237, 43243, 43249, 43255, 43261, 43267, 43273, 43279, 43285, 43291, 43303, 43309, 43315, 43327, 43342, 43348, 43354, 43360, 43366, 43372, 43387, 43393, 43405, 43417, 43429, 43441, 43447, 43450, 43456, 43462, 43468, 43474, 43477, 43483, 43489, 43501, 43504, 43510, 43516, 43522, 43528, 43540, 43549, 43555, 43561, 43573, 43582, 43588, 43594, 43600, 43606, 43612, 43618, 43624, 43630, 43636, 43642, 43651, 43657, 43663, 43669, 43675, 43681, 43687, 43693, 43699, 43705, 43711, 43723, 43741, 43753, 43759, 43765, 43774, 43780, 43783, 43786, 43789, 43798, 43807, 43813, 43822, 43828, 43834, 43846, 43852, 43858, 43864, 43876, 43885, 43897, 43903, 43909, 43918, 43930, 43939, 43945, 43951, 43963, 43969, 43975, 43981, 43987, 43993, 44005, 44011, 44017, 44023, 44029, 44038, 44044, 44050, 44056, 44062, 44065],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[1995, 2123, 2233, 2234, 2255, 3541]), Anchor::All(&[Anchor::Lits(&[2224]), Anchor::Lits(&[2267])]), Anchor::All(&[Anchor::Lits(&[40, 43, 217, 222, 307, 312, 499, 504, 578, 581, 734, 739, 808, 811, 964, 969, 1038, 1041, 1194, 1199, 1271, 1276, 1515, 1521, 2231, 2247, 2254]), Anchor::Lits(&[2218, 2219, 2220, 2221, 2222, 2223, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254]), Anchor::Lits(&[2339, 4551])]), Anchor::All(&[Anchor::Lits(&[1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2170, 2171, 2172, 2173, 2174, 2175, 2176]), Anchor::Lits(&[15, 19, 22, 25, 26, 28, 29, 42, 100, 109, 218, 220, 223, 224, 281, 285, 288, 291, 292, 294, 295, 311, 365, 375, 500, 502, 505, 506, 553, 557, 560, 563, 564, 566, 567, 580, 630, 638, 735, 737, 740, 741, 783, 787, 790, 793, 794, 796, 797, 810, 860, 868, 965, 967, 970, 971, 1013, 1017, 1020, 1023, 1024, 1026, 1027, 1040, 1090, 1098, 1195, 1197, 1200, 1201, 1245, 1249, 1252, 1255, 1256, 1258, 1259, 1275, 1352, 1365, 1516, 1519, 1522, 1523, 1929, 1958, 1987, 2010, 2024, 2033, 2041, 2050, 2084, 2114, 2138, 2152, 2161, 2169]), Anchor::Lits(&[2184])]), Anchor::All(&[Anchor::Lits(&[2180]), Anchor::Lits(&[4825])]), Anchor::All(&[Anchor::Lits(&[2049]), Anchor::Lits(&[2188])]), Anchor::All(&[Anchor::Lits(&[1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2018, 2019, 2020, 2021, 2022, 2023, 2032, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2080, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2146, 2147, 2148, 2149, 2150, 2151, 2160]), Anchor::Lits(&[16, 17, 18, 20, 21, 23, 24, 27, 39, 56, 75, 84, 104, 105, 215, 216, 221, 282, 283, 284, 286, 287, 289, 290, 293, 306, 326, 340, 348, 369, 370, 497, 498, 503, 554, 555, 556, 558, 559, 561, 562, 565, 577, 594, 607, 614, 634, 635, 732, 733, 738, 784, 785, 786, 788, 789, 791, 792, 795, 807, 824, 837, 844, 864, 865, 962, 963, 968, 1014, 1015, 1016, 1018, 1019, 1021, 1022, 1025, 1037, 1054, 1067, 1074, 1094, 1095, 1192, 1193, 1198, 1246, 1247, 1248, 1250, 1251, 1253, 1254, 1257, 1270, 1292, 1318, 1330, 1357, 1358, 1513, 1514, 1520, 1943, 1950, 1957, 1979, 1986, 2002, 2009, 2032, 2066, 2073, 2080, 2105, 2112, 2130, 2137, 2160]), Anchor::Lits(&[2619, 3012, 3151, 3504, 3505, 4522, 4551])])])),
            (47, "code-fence-role", Anchor::Lits(&[2284])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[1325, 1348, 1349, 1363, 1471, 1483, 1489, 1490, 1527, 1528]), Anchor::Lits(&[2799, 3076, 3104, 3228, 3502, 4116])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[1709, 1710, 1713, 1718, 1721, 1722, 1723, 1726, 1727, 1728, 1729]), Anchor::Any(&[Anchor::Lits(&[2619, 3012, 4553]), Anchor::All(&[Anchor::Lits(&[30, 108, 140, 165, 170, 189, 239, 1260, 1364, 1402, 1430, 1445, 1470, 1543, 2629, 3022, 3552, 4572]), Anchor::Lits(&[2620, 2625, 2629, 3013, 3014, 3022, 3544, 3549, 3552, 4554, 4559, 4572])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[30, 1260, 1769, 1771, 2269, 4564, 4567, 4572]), Anchor::Lits(&[4554, 4559, 4569, 4570, 4572, 4573])]), Anchor::All(&[Anchor::Lits(&[30, 1260, 1771, 2269, 2444, 2629]), Anchor::Lits(&[2405, 2410, 2426, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2466, 2620, 2625, 2626, 2630, 2631, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2651]), Anchor::Lits(&[2300, 2595, 2828, 3093, 3416, 3417, 3418, 3419, 3464, 3465, 3503, 3971, 4063, 4073, 4547, 4703, 4811])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[1518, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3150, 3461, 3462, 3463, 4117, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4560, 4561, 4562, 4563, 4565, 4566, 4568, 4752, 4753, 4754]), Anchor::All(&[Anchor::Lits(&[4110]), Anchor::Lits(&[30, 296, 568, 798, 1028, 1260, 1445, 2280])]), Anchor::All(&[Anchor::Lits(&[30, 1260, 1279, 1282, 1297, 1298, 1303, 1324, 1402, 1431, 1458, 1543, 2350, 3949, 3951, 3953, 4121, 4387, 4538]), Anchor::Any(&[Anchor::Lits(&[2339, 3948, 3950, 3952, 4110, 4378, 4530]), Anchor::All(&[Anchor::Lits(&[2341, 2351, 3014, 4379, 4462, 4559]), Anchor::Lits(&[2487, 2528, 2793, 2829, 2873, 3024, 3782, 4043, 4110, 4162, 4722])])])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2898, 2899, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3049, 3050, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3138, 3139, 3140, 3141, 3142, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579, 3586, 3587, 3588, 3589, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3898, 3899, 3900, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4029, 4030, 4031, 4032, 4033, 4034, 4041, 4042, 4111, 4112, 4113, 4114, 4115, 4116, 4118, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4334, 4335, 4336, 4339, 4340, 4341, 4342, 4349, 4350, 4723, 4724, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742]), Anchor::Lits(&[2339, 2989, 3012, 3128, 3313, 3432, 3604, 3641, 4110, 4378, 4457, 4461, 4530, 4541, 4553, 4707]), Anchor::Lits(&[1737, 1916, 2217, 4822])])),
            (56, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[3543]), Anchor::All(&[Anchor::Lits(&[2329, 2330, 2331, 2340, 2341, 2349, 2954, 2955, 2956, 2982, 2983, 2984, 3433, 3434, 3435, 3509, 3510, 3511, 3745, 3746, 3747, 4111, 4116, 4119, 4188, 4189, 4190, 4275, 4276, 4277, 4458, 4459, 4460, 4554, 4559, 4571, 4746, 4747, 4748]), Anchor::Lits(&[63, 80, 107, 168, 1302, 1323, 1362, 1442, 1776, 1777, 1778, 1779]), Anchor::Lits(&[1770, 1780, 1916, 2181, 2217, 2268, 4830])])])),
            (101, "unsafe-flag-suggested", Anchor::Lits(&[1784, 1787, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1802, 1805, 1806, 1807, 1808, 1809, 1810, 1817, 1818, 1819, 1820, 1821, 1828])),
            (102, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[1332, 1784, 1787, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1802, 1805, 1806, 1807, 1808, 1809, 1810, 1817, 1818, 1819, 1820, 1821, 1828, 2274, 2275, 2567, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3060, 3061, 3062, 3063, 3529, 3530, 3531, 3532, 3533, 3534, 3535, 3536, 3537, 3538, 3539, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4708, 4709, 4710, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718]), Anchor::All(&[Anchor::Lits(&[2271, 2272, 2273, 2277, 2279, 2281, 2282]), Anchor::Lits(&[2557, 2967, 3155, 3359, 3520, 4280, 4409, 4427, 4675]), Anchor::Lits(&[2181])])])),
            (103, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 3156, 3157, 3158, 3159, 3160, 3161, 3162, 3163, 3207, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3360, 3361, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3379, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4267, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4281, 4282, 4283, 4284, 4285, 4286, 4287, 4288, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4410, 4411, 4412, 4413, 4414, 4415, 4416, 4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4676, 4677, 4678, 4679, 4680, 4681, 4682, 4683]), Anchor::Lits(&[0, 1, 37, 266, 267, 303, 539, 540, 575, 769, 770, 805, 999, 1000, 1035, 1229, 1230, 1267, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1889, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3195, 3196, 3197, 3198, 3199, 3200, 3201, 3202, 3203, 3974, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072]), Anchor::Lits(&[30, 38, 296, 304, 568, 576, 798, 806, 1028, 1036, 1260, 1268, 2564, 2565, 2581, 2582, 2705, 2706, 2714, 2715, 2723, 2724, 2909, 2910, 2918, 2919, 2926, 2927, 3162, 3163, 3213, 3214, 3221, 3222, 3366, 3367, 3374, 3375, 3382, 3383, 3390, 3391, 3527, 3528, 4261, 4262, 4273, 4274, 4287, 4288, 4296, 4297, 4407, 4408, 4416, 4417, 4424, 4425, 4434, 4435, 4442, 4443, 4450, 4451, 4682, 4683])]), Anchor::All(&[Anchor::Lits(&[30, 296, 568, 798, 1028, 1260, 1305, 1306, 1335, 1455, 1467, 1494]), Anchor::Lits(&[2557, 2698, 2911, 3155, 3206, 3359, 4289, 4409, 4427, 4675]), Anchor::Lits(&[1304, 1334, 1454, 1466, 1493])])])),
            (110, "no-more-rules", Anchor::Lits(&[3958, 3959, 3960, 3961, 3962, 3963, 3964, 3965, 3966, 3967, 3972, 3973])),
            (127, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[314, 1278, 1479, 1574, 1575, 1712, 1735, 1736, 1750, 1772, 1773, 1775, 1830, 1855, 1878, 1914, 1915, 2058, 2183, 2189, 2190, 2193, 2232, 2270, 2285, 2361, 2619, 2767, 2846, 2934, 2957, 3297, 3317, 3639, 3661, 4147, 4823, 4826, 4831, 4832, 4996, 4997]), Anchor::Lits(&[8, 9, 10, 11, 12, 13, 49, 50, 51, 52, 53, 54, 111, 112, 113, 114, 115, 116, 144, 145, 146, 147, 148, 149, 151, 152, 153, 154, 155, 156, 158, 159, 160, 161, 162, 163, 197, 198, 199, 200, 201, 202, 205, 206, 207, 208, 209, 210, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 274, 275, 276, 277, 278, 279, 319, 320, 321, 322, 323, 324, 381, 382, 383, 384, 385, 386, 412, 413, 414, 415, 416, 417, 420, 421, 422, 423, 424, 425, 428, 429, 430, 431, 432, 433, 481, 482, 483, 484, 485, 486, 489, 490, 491, 492, 493, 494, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 547, 548, 549, 550, 551, 552, 587, 588, 589, 590, 591, 592, 640, 641, 642, 643, 644, 645, 670, 671, 672, 673, 674, 675, 677, 678, 679, 680, 681, 682, 684, 685, 686, 687, 688, 689, 716, 717, 718, 719, 720, 721, 724, 725, 726, 727, 728, 729, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 777, 778, 779, 780, 781, 782, 817, 818, 819, 820, 821, 822, 870, 871, 872, 873, 874, 875, 900, 901, 902, 903, 904, 905, 907, 908, 909, 910, 911, 912, 914, 915, 916, 917, 918, 919, 946, 947, 948, 949, 950, 951, 954, 955, 956, 957, 958, 959, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 1007, 1008, 1009, 1010, 1011, 1012, 1047, 1048, 1049, 1050, 1051, 1052, 1100, 1101, 1102, 1103, 1104, 1105, 1130, 1131, 1132, 1133, 1134, 1135, 1137, 1138, 1139, 1140, 1141, 1142, 1144, 1145, 1146, 1147, 1148, 1149, 1176, 1177, 1178, 1179, 1180, 1181, 1184, 1185, 1186, 1187, 1188, 1189, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1237, 1238, 1239, 1240, 1241, 1242, 1285, 1286, 1287, 1288, 1289, 1290, 1371, 1372, 1373, 1374, 1375, 1376, 1406, 1407, 1408, 1409, 1410, 1411, 1414, 1415, 1416, 1417, 1418, 1419, 1422, 1423, 1424, 1425, 1426, 1427, 1495, 1496, 1497, 1498, 1499, 1500, 1503, 1504, 1505, 1506, 1507, 1508, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1774, 1913]), Anchor::Lits(&[2301, 2332, 2510, 2554, 2583, 2680, 2792, 2798, 2812, 2815, 2829, 2865, 2868, 2953, 2977, 2981, 2986, 3003, 3010, 3051, 3075, 3081, 3087, 3095, 3101, 3102, 3109, 3111, 3120, 3125, 3171, 3186, 3192, 3193, 3204, 3227, 3229, 3305, 3354, 3501, 3508, 3515, 3540, 3602, 3631, 3637, 3642, 3659, 3737, 3749, 3777, 3904, 3921, 3947, 4076, 4109, 4110, 4164, 4182, 4187, 4232, 4233, 4252, 4253, 4254, 4278, 4298, 4319, 4321, 4356, 4361, 4363, 4374, 4396, 4452, 4470, 4480, 4483, 4500, 4501, 4504, 4523, 4525, 4586, 4590, 4664, 4705, 4722, 4745, 4751, 4763, 4771, 4789, 4790, 4804])]), Anchor::All(&[Anchor::Lits(&[2361, 2732, 2733, 2767, 3821, 4265, 4368, 4553]), Anchor::Lits(&[2874, 2875, 2876, 2877, 2878, 2879, 2892, 2893, 2894, 2895, 2896, 2897, 3025, 3026, 3027, 3028, 3029, 3030, 3043, 3044, 3045, 3046, 3047, 3048, 3544, 3545, 3546, 3547, 3548, 3549, 3562, 3563, 3564, 3565, 3566, 3567, 3580, 3581, 3582, 3583, 3584, 3585, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760, 3761, 3762, 3763, 3764, 3783, 3784, 3785, 3786, 3787, 3788, 3789, 3790, 3791, 3792, 3793, 3794, 4017, 4018, 4019, 4020, 4021, 4022, 4035, 4036, 4037, 4038, 4039, 4040, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4099, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4315, 4316, 4317, 4323, 4324, 4325, 4326, 4327, 4328, 4343, 4344, 4345, 4346, 4347, 4348]), Anchor::Lits(&[87, 88, 89, 90, 91, 92, 229, 230, 231, 232, 233, 234, 351, 352, 353, 354, 355, 356, 509, 510, 511, 512, 513, 514, 617, 618, 619, 620, 621, 622, 744, 745, 746, 747, 748, 749, 847, 848, 849, 850, 851, 852, 974, 975, 976, 977, 978, 979, 1077, 1078, 1079, 1080, 1081, 1082, 1204, 1205, 1206, 1207, 1208, 1209, 1336, 1337, 1338, 1339, 1340, 1341, 1530, 1531, 1532, 1533, 1534, 1535])])])),
            (128, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[2362, 2363, 2364, 2365, 2366, 2367, 2405, 2406, 2407, 2408, 2409, 2410, 2620, 2621, 2622, 2623, 2624, 2625, 2768, 2769, 2770, 2771, 2772, 2773, 2935, 2936, 2937, 2938, 2939, 2940, 2958, 2959, 2960, 2961, 2962, 2963, 3318, 3319, 3320, 3321, 3322, 3323, 3662, 3663, 3664, 3665, 3666, 3667, 3822, 3823, 3824, 3825, 3826, 3827, 4554, 4555, 4556, 4557, 4558, 4559]), Anchor::Lits(&[63, 80, 107, 139, 164, 167, 168, 169, 188, 225, 332, 343, 374, 408, 435, 445, 446, 448, 467, 507, 599, 610, 637, 666, 690, 692, 693, 694, 712, 742, 829, 840, 867, 896, 920, 922, 923, 924, 942, 972, 1059, 1070, 1097, 1126, 1150, 1152, 1153, 1154, 1172, 1202, 1302, 1323, 1362, 1401, 1429, 1441, 1442, 1444, 1469, 1524]), Anchor::Lits(&[1708, 1737, 1781, 1856, 1867, 1916, 2217, 4822])])),
            (133, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[1573]), Anchor::Lits(&[2265])])),
            (134, "send-to-a-beacon", Anchor::All(&[Anchor::Lits(&[3459, 3460]), Anchor::Lits(&[2554, 2682, 2756, 2933, 2953, 3192, 3229, 4182, 4234, 4470, 4529, 4664, 4745]), Anchor::Lits(&[2181])])),
            (135, "exfiltrate-to-a-drop", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2684, 2796, 2811, 2869, 3105, 3107, 3108, 3184, 3189, 3392, 3592, 3741, 3954, 4051, 4175, 4238, 4337, 4524, 4769]), Anchor::Lits(&[2756, 2933, 2953, 3109, 3111, 3125, 3191, 3192, 3229, 3642, 4182, 4234, 4235, 4470, 4664, 4705, 4745, 4804]), Anchor::Lits(&[2191, 2753, 3233, 3295, 3459, 3460, 4400, 4608, 4609, 4610, 4611, 4612, 4613])]), Anchor::All(&[Anchor::Lits(&[2684, 3105, 3107, 3108, 3184, 3189, 3392, 3741, 4238, 4524]), Anchor::Lits(&[2298, 2299, 2753, 3233, 3295, 3459, 3460, 4400, 4764, 4765])])])),
            (139, "hidden-html-text", Anchor::Any(&[Anchor::Lits(&[3223, 4075, 4760]), Anchor::All(&[Anchor::Lits(&[3074]), Anchor::Lits(&[3994])]), Anchor::All(&[Anchor::Lits(&[2870]), Anchor::Lits(&[1719, 4784])]), Anchor::All(&[Anchor::Lits(&[3415]), Anchor::Lits(&[1913])])])),
            (141, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2192, 2193, 2195, 2196, 2197, 2198, 2199, 2204, 2207, 2208, 2732, 3679, 3680, 3682, 3683, 3685, 3689, 3690, 3691, 3692, 3693, 3697, 3698, 3700, 3701, 3713, 5007, 5009, 5038, 5073, 5124]), Anchor::All(&[Anchor::Lits(&[3436, 3437, 3438, 3439, 3440, 3441, 3544, 3545, 3546, 3547, 3548, 3549, 3562, 3563, 3564, 3565, 3566, 3567, 3753, 3754, 3755, 3756, 3757, 3758, 3783, 3784, 3785, 3786, 3787, 3788, 4017, 4018, 4019, 4020, 4021, 4022, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4306, 4307, 4308, 4309, 4310, 4311, 4601, 4602, 4603, 4604, 4605, 4606]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 313, 314, 325, 329, 333, 399, 409, 582, 583, 593, 596, 600, 658, 667, 812, 813, 823, 826, 830, 888, 897, 1042, 1043, 1053, 1056, 1060, 1118, 1127, 1277, 1278, 1291, 1295, 1307, 1391, 1403]), Anchor::Lits(&[87, 88, 89, 90, 91, 92, 229, 230, 231, 232, 233, 234, 351, 352, 353, 354, 355, 356, 509, 510, 511, 512, 513, 514, 617, 618, 619, 620, 621, 622, 744, 745, 746, 747, 748, 749, 847, 848, 849, 850, 851, 852, 974, 975, 976, 977, 978, 979, 1077, 1078, 1079, 1080, 1081, 1082, 1204, 1205, 1206, 1207, 1208, 1209, 1336, 1337, 1338, 1339, 1340, 1341, 1530, 1531, 1532, 1533, 1534, 1535])]), Anchor::All(&[Anchor::Lits(&[2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2997, 2998, 2999, 3000, 3001, 3002, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 4213, 4214, 4215, 4216, 4217, 4218, 4812, 4813, 4814, 4815, 4816, 4817]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 195, 313, 314, 325, 329, 333, 399, 409, 476, 582, 583, 593, 596, 600, 658, 667, 714, 812, 813, 823, 826, 830, 888, 897, 944, 1042, 1043, 1053, 1056, 1060, 1118, 1127, 1174, 1277, 1278, 1291, 1295, 1307, 1391, 1403, 1486])]), Anchor::All(&[Anchor::Lits(&[1738, 1739, 1740, 1741, 1742, 1743, 1751, 1752, 1753, 1754, 1755, 1756, 1759, 1760, 1761, 1762, 1763, 1764, 2218, 2219, 2220, 2221, 2222, 2223, 2235, 2236, 2237, 2238, 2239, 2240, 2256, 2257, 2258, 2259, 2260, 2261]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 313, 314, 325, 329, 333, 399, 409, 582, 583, 593, 596, 600, 658, 667, 812, 813, 823, 826, 830, 888, 897, 1042, 1043, 1053, 1056, 1060, 1118, 1127, 1277, 1278, 1291, 1295, 1307, 1391, 1403]), Anchor::Lits(&[1768, 2262])]), Anchor::All(&[Anchor::Lits(&[3495, 3496, 3497, 3498, 3499, 3500]), Anchor::Lits(&[2362, 2363, 2364, 2365, 2366, 2367, 2405, 2406, 2407, 2408, 2409, 2410, 2620, 2621, 2622, 2623, 2624, 2625, 2768, 2769, 2770, 2771, 2772, 2773, 2935, 2936, 2937, 2938, 2939, 2940, 3662, 3663, 3664, 3665, 3666, 3667, 3822, 3823, 3824, 3825, 3826, 3827]), Anchor::Lits(&[3517, 4194, 4254, 4373, 4465, 4539, 4540, 4674])]), Anchor::All(&[Anchor::Lits(&[2841, 2842, 2843, 2844, 3005, 3006, 3007, 3008, 3778, 3779, 3780, 3781, 4083, 4084, 4085, 4086, 4364, 4365, 4366, 4367, 4369, 4370, 4371, 4372, 4542, 4543, 4544, 4545, 4670, 4671, 4672, 4673]), Anchor::Lits(&[2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786])]), Anchor::All(&[Anchor::Lits(&[2411, 2414, 2417, 2419, 2429, 2432, 2435, 2437, 2467, 2468, 2469, 2470]), Anchor::Lits(&[1913, 2181, 4994, 4995])]), Anchor::All(&[Anchor::Lits(&[2411, 2414, 2417, 2418, 2420, 2421, 2429, 2432, 2435, 2436, 2438, 2439, 2471, 2472, 2473, 2475, 2485, 2486, 3324, 3325, 3326, 3327, 3328, 3329, 3332, 3333, 3334, 3335, 3336, 3337, 3339, 3340, 3341, 3342, 3352, 3353, 3668, 3669, 3670, 3671, 3672, 3673, 3676, 3677, 3678, 3681, 3684, 3686, 3694, 3695, 3696, 3699, 3712, 3714]), Anchor::Lits(&[2928, 3399, 3518, 4154, 4195, 4266, 4466, 4591, 4592, 4593, 4594])]), Anchor::All(&[Anchor::Lits(&[2405, 2406, 2407, 2408, 2409, 2410, 3662, 3663, 3664, 3665, 3666, 3667]), Anchor::Lits(&[98, 110, 143, 150, 157, 204, 363, 380, 411, 419, 427, 488, 628, 639, 669, 676, 683, 723, 858, 869, 899, 906, 913, 953, 1088, 1099, 1129, 1136, 1143, 1183, 1350, 1370, 1405, 1413, 1421, 1502]), Anchor::Lits(&[2362, 2363, 2364, 2365, 2366, 2367, 2620, 2621, 2622, 2623, 2624, 2625, 2768, 2769, 2770, 2771, 2772, 2773, 3822, 3823, 3824, 3825, 3826, 3827])]), Anchor::All(&[Anchor::Lits(&[1, 30, 267, 296, 540, 568, 770, 798, 1000, 1028, 1230, 1260, 2853, 2855, 2941, 2943, 2964, 2966]), Anchor::Lits(&[2846, 2934, 2957])]), Anchor::All(&[Anchor::Lits(&[3822, 3823, 3824, 3825, 3826, 3827, 3829, 3830, 3831, 3832, 3833, 3834, 3836, 3837, 3838, 3839, 3840, 3841, 3843, 3844, 3845, 3846, 3847, 3848]), Anchor::Lits(&[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 31, 32, 33, 34, 35, 36, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 297, 298, 299, 300, 301, 302, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 569, 570, 571, 572, 573, 574, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 799, 800, 801, 802, 803, 804, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1029, 1030, 1031, 1032, 1033, 1034, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1261, 1262, 1263, 1264, 1265, 1266, 3829, 3830, 3831, 3832, 3833, 3834, 3836, 3837, 3838, 3839, 3840, 3841, 3843, 3844, 3845, 3846, 3847, 3848])]), Anchor::All(&[Anchor::Lits(&[1708, 1781, 1856, 1867]), Anchor::Lits(&[2362, 2363, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2389, 2390, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2405, 2406, 2407, 2408, 2409, 2410, 2427, 2428, 2444, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2620, 2621, 2622, 2623, 2624, 2625, 2627, 2628, 2629, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2935, 2936, 2937, 2938, 2939, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 2965, 2966, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 3318, 3319, 3320, 3321, 3322, 3323, 3330, 3331, 3338, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3662, 3663, 3664, 3665, 3666, 3667, 3674, 3675, 3687, 3702, 3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3835, 3842, 3889, 3890, 3891, 3892, 3893, 3894, 3895, 3896, 3897]), Anchor::Lits(&[44, 45, 55, 58, 62, 64, 65, 97, 131, 141, 313, 314, 325, 329, 331, 333, 334, 362, 399, 409, 582, 583, 593, 596, 598, 600, 601, 627, 658, 667, 812, 813, 823, 826, 828, 830, 831, 857, 888, 897, 1042, 1043, 1053, 1056, 1058, 1060, 1061, 1087, 1118, 1127, 1277, 1278, 1291, 1295, 1301, 1307, 1308, 1347, 1391, 1403, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1720, 1724, 1725, 1782, 1783, 1785, 1786, 1788, 1789, 1790, 1801, 1803, 1804, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877])]), Anchor::All(&[Anchor::Lits(&[2536, 2537, 2538, 2539, 2540, 2541, 2760, 2761, 2762, 2763, 2764, 2765, 3442, 3443, 3444, 3445, 3446, 3447, 3936, 3937, 3938, 3939, 3940, 3941, 4044, 4045, 4046, 4047, 4048, 4049]), Anchor::Lits(&[45, 46, 47, 69, 70, 71, 72, 78, 79, 119, 314, 315, 316, 336, 337, 338, 339, 341, 342, 387, 583, 584, 585, 603, 604, 605, 606, 608, 609, 646, 813, 814, 815, 833, 834, 835, 836, 838, 839, 876, 1043, 1044, 1045, 1063, 1064, 1065, 1066, 1068, 1069, 1106, 1278, 1280, 1281, 1312, 1313, 1314, 1315, 1321, 1322, 1379]), Anchor::Lits(&[2511, 2512, 2513, 2514, 2515, 2516, 3289, 3290, 3291, 3292, 3293, 3294])]), Anchor::All(&[Anchor::Lits(&[4017, 4018, 4019, 4020, 4021, 4022]), Anchor::Lits(&[44, 45, 55, 103, 121, 122, 123, 124, 125, 126, 127, 128, 129, 132, 133, 134, 135, 136, 137, 142, 313, 314, 325, 368, 389, 390, 391, 392, 393, 394, 395, 396, 397, 400, 402, 403, 404, 405, 406, 410, 582, 583, 593, 633, 648, 649, 650, 651, 652, 653, 654, 655, 656, 659, 660, 661, 662, 663, 664, 668, 812, 813, 823, 863, 878, 879, 880, 881, 882, 883, 884, 885, 886, 889, 890, 891, 892, 893, 894, 898, 1042, 1043, 1053, 1093, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1119, 1120, 1121, 1122, 1123, 1124, 1128, 1277, 1278, 1291, 1356, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1392, 1395, 1396, 1397, 1398, 1399, 1404]), Anchor::Lits(&[120, 388, 647, 877, 1107, 1380])]), Anchor::All(&[Anchor::Lits(&[2372, 2597, 2663]), Anchor::Lits(&[2404, 3466])]), Anchor::All(&[Anchor::Lits(&[4004]), Anchor::Lits(&[173, 174, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 451, 452, 453, 454, 455, 456, 459, 460, 461, 462, 463, 464, 697, 698, 699, 700, 701, 702, 704, 705, 706, 707, 708, 709, 927, 928, 929, 930, 931, 932, 934, 935, 936, 937, 938, 939, 1157, 1158, 1159, 1160, 1161, 1162, 1164, 1165, 1166, 1167, 1168, 1169, 1448, 1449, 1450, 1451, 1452, 1453, 1459, 1460, 1461, 1462, 1463, 1464]), Anchor::Lits(&[2372, 2404, 2597, 2663, 3466])]), Anchor::All(&[Anchor::Lits(&[2759, 2817, 2822, 2831, 3649, 4239, 4243]), Anchor::Lits(&[45, 103, 119, 314, 368, 387, 583, 633, 646, 813, 863, 876, 1043, 1093, 1106, 1278, 1356, 1379])])]), Anchor::Lits(&[2307, 2332, 2510, 2526, 2527, 2551, 2554, 2583, 2682, 2766, 2798, 2813, 2814, 2816, 2829, 2868, 2901, 2953, 2977, 2986, 2995, 2996, 3003, 3009, 3051, 3075, 3082, 3083, 3084, 3085, 3086, 3088, 3089, 3090, 3091, 3092, 3096, 3097, 3098, 3099, 3100, 3101, 3102, 3109, 3119, 3120, 3124, 3154, 3164, 3165, 3167, 3171, 3174, 3185, 3186, 3191, 3192, 3227, 3229, 3235, 3236, 3302, 3305, 3354, 3501, 3515, 3540, 3542, 3594, 3602, 3642, 3659, 3715, 3733, 3734, 3749, 3777, 3901, 3902, 3903, 3924, 3925, 3968, 3969, 3970, 4109, 4110, 4155, 4158, 4182, 4187, 4233, 4298, 4318, 4321, 4353, 4363, 4374, 4396, 4454, 4470, 4480, 4483, 4500, 4504, 4528, 4546, 4549, 4580, 4586, 4722, 4745, 4758, 4787, 4789, 4804, 4820, 5014, 5031, 5037, 5060, 5068, 5080, 5092, 5101, 5113, 5117, 5189, 5199])])),
            (142, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2298, 2299, 2359, 2549, 2753, 2788, 3106, 3205, 3230, 3233, 3234, 3295, 3296, 3304, 3312, 3316, 3358, 3459, 3460, 3493, 3640, 3660, 3735, 3736, 4074, 4087, 4108, 4160, 4199, 4400, 4456, 4575, 4665, 4689, 4690, 4764, 4765, 4767, 4768, 4770, 4808, 4809, 4821]), Anchor::All(&[Anchor::Lits(&[86, 101, 171, 179, 186, 187, 190, 350, 366, 449, 457, 465, 466, 468, 616, 631, 695, 703, 710, 711, 713, 846, 861, 925, 933, 940, 941, 943, 1076, 1091, 1155, 1163, 1170, 1171, 1173, 1333, 1354, 1446, 1456, 1465, 1468, 1472]), Anchor::Lits(&[41, 59, 82, 83, 85, 102, 106, 138, 196, 211, 214, 240, 241, 310, 330, 346, 347, 349, 367, 373, 407, 479, 495, 496, 522, 525, 579, 597, 612, 613, 615, 632, 636, 665, 715, 730, 731, 754, 755, 809, 827, 842, 843, 845, 862, 866, 895, 945, 960, 961, 984, 985, 1039, 1057, 1072, 1073, 1075, 1092, 1096, 1125, 1175, 1190, 1191, 1214, 1215, 1274, 1296, 1328, 1329, 1331, 1355, 1361, 1400, 1491, 1509, 1512, 1544, 1547]), Anchor::Lits(&[2288, 2289, 2290, 2291, 2292, 2293, 2511, 2512, 2513, 2514, 2515, 2516, 3930, 3931, 3932, 3933, 3934, 3935, 4102, 4103, 4104, 4105, 4106, 4107, 4595, 4596, 4597, 4598, 4599, 4600])])]), Anchor::Lits(&[2757, 2821, 2953, 3004, 3164, 3165, 3166, 3168, 3169, 3191, 3192, 3229, 3315, 3594, 3595, 3632, 3638, 3642, 3645, 3734, 3744, 3748, 3803, 4174, 4182, 4200, 4234, 4235, 4320, 4453, 4470, 4498, 4526, 4528, 4529, 4550, 4666, 4667, 4668, 4704, 4705, 4745, 4805, 4818, 4843, 4845, 4865, 4866, 4867]), Anchor::Lits(&[2866, 2867, 2929, 2930, 2931, 2985, 2987, 2988, 2990, 2993, 2994, 3094, 3109, 3126, 3170, 3183, 3192, 3194, 3407, 3519, 3633, 3634, 3635, 4109, 4165, 4172, 4279, 4322, 4358, 4375, 4388, 4426, 4516, 4518, 4576, 4577, 4578, 4579, 4757, 4844, 4864, 4868, 4869])])),
            (145, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2294, 2295, 2296, 2411, 2412, 2413, 2415, 2416, 2422, 2423, 2424, 2425, 2429, 2430, 2431, 2433, 2434, 2440, 2441, 2442, 2443, 2495, 2496, 2497, 2517, 2518, 2519, 2520, 2521, 2522, 2523, 2524, 2525, 2818, 2819, 2820, 2823, 2824, 2825, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 3224, 3225, 3226, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3486, 3487, 3488, 3489, 3490, 3590, 3591, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626, 3627, 3628, 3636, 3650, 3651, 3652, 3653, 3654, 3655, 4148, 4149, 4150, 4151, 4152, 4153, 4166, 4167, 4168, 4183, 4184, 4185, 4240, 4241, 4242, 4244, 4245, 4246, 4574, 4585, 4614, 4615, 4616, 4669, 4693, 4810, 4833, 4834, 4835, 4846, 4847, 4848, 4849, 4850, 4851, 4852, 4853, 4854, 4855, 4856, 4857, 4858, 4859, 4860, 4861, 4862, 4863, 4870, 4871, 4872, 4873, 4874, 4875, 4876, 4877, 4878, 4879, 4880, 4881, 4882, 4883, 4884, 4885, 4886, 4887, 4888, 4889, 4890, 4891, 4892, 4893, 4894, 4895, 4896, 4897, 4898, 4899, 4900, 4901, 4902, 4903, 4904, 4905, 4925, 4930, 4931, 4952, 4954, 5035, 5036]), Anchor::All(&[Anchor::Lits(&[2361, 2596, 2618, 2681, 2742, 4684, 4836, 4840, 4841, 4842, 5007, 5009, 5073]), Anchor::Lits(&[45, 103, 119, 251, 252, 253, 1278, 1356, 1379, 1557, 1558, 1559, 1750, 1757, 1758, 1765, 1766, 1767, 1830, 1833, 1834, 1841, 1842, 1843])]), Anchor::All(&[Anchor::Lits(&[2405, 2410, 3467, 3472, 3605, 3610]), Anchor::Lits(&[60, 61, 67, 68, 73, 74, 76, 77, 117, 118, 191, 192, 193, 194, 212, 213, 226, 227, 242, 243, 245, 246, 247, 248, 249, 250, 1299, 1300, 1310, 1311, 1316, 1317, 1319, 1320, 1377, 1378, 1473, 1474, 1477, 1478, 1510, 1511, 1525, 1526, 1548, 1549, 1551, 1552, 1553, 1554, 1555, 1556])])]), Anchor::Lits(&[8, 13, 254, 259, 260, 265, 1237, 1242, 1560, 1565, 1566, 1571, 1913, 5253])])),
            (146, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[2308, 3003, 3102, 3354, 3459, 3460, 4157, 4686, 4907, 4915, 4917, 4918, 4936, 4944, 4967, 4968, 4975, 4980, 4985, 5015, 5019, 5020, 5031, 5032, 5060, 5064, 5068, 5080, 5095, 5096, 5101, 5103, 5108, 5117, 5139, 5148, 5152, 5199, 5221, 5222, 5226, 5227, 5230, 5246]), Anchor::Lits(&[2404, 3317, 3661]), Anchor::Lits(&[1913, 5253])])),
            (147, "data-in-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1573, 2113, 2265, 3457, 4521]), Anchor::Lits(&[3459, 3460]), Anchor::Lits(&[1734, 4822])]), Anchor::All(&[Anchor::Lits(&[2337, 2555, 2683, 3127, 3512, 3513, 3514, 3516]), Anchor::Lits(&[2756, 3506, 3507, 3658, 4177, 4749]), Anchor::Lits(&[2552, 2553, 2980, 3125, 4157, 4394, 4457, 4617])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3023, 4050, 4173, 4354]), Anchor::All(&[Anchor::Lits(&[3449]), Anchor::Lits(&[1730, 1844, 1916, 4822])])]), Anchor::Lits(&[3023, 3450, 3451, 3452, 3453, 3454, 3455, 4050, 4173, 4354]), Anchor::Lits(&[2553, 3125, 3406, 4156, 4157, 4457, 4617])])])),
            (149, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2489, 2490, 2491, 2492, 2493, 2494, 2542, 2543, 2544, 2545, 2546, 2547, 3112, 3113, 3114, 3115, 3116, 3117, 3175, 3176, 3177, 3178, 3179, 3180, 4772, 4773, 4774, 4775, 4776, 4777, 4778, 4779, 4780, 4781, 4782, 4783]), Anchor::Lits(&[44, 45, 55, 57, 58, 64, 97, 99, 131, 141, 313, 314, 325, 328, 329, 333, 362, 364, 399, 409, 582, 583, 593, 595, 596, 600, 627, 629, 658, 667, 812, 813, 823, 825, 826, 830, 857, 859, 888, 897, 1042, 1043, 1053, 1055, 1056, 1060, 1087, 1089, 1118, 1127, 1277, 1278, 1291, 1294, 1295, 1307, 1347, 1351, 1391, 1403])]), Anchor::All(&[Anchor::Lits(&[2405, 2406, 2407, 2408, 2409, 2410, 2476, 2477, 2478, 2479, 2480, 2481]), Anchor::Lits(&[44, 55, 58, 64, 99, 141, 219, 235, 313, 325, 329, 333, 364, 409, 501, 515, 582, 593, 596, 600, 629, 667, 736, 750, 812, 823, 826, 830, 859, 897, 966, 980, 1042, 1053, 1056, 1060, 1089, 1127, 1196, 1210, 1277, 1291, 1295, 1307, 1351, 1403, 1517, 1536])])]), Anchor::Lits(&[2335, 2336, 2510, 2583, 2615, 2798, 2812, 2845, 2868, 2953, 2977, 3003, 3051, 3075, 3102, 3109, 3111, 3120, 3125, 3171, 3186, 3192, 3227, 3229, 3305, 3354, 3501, 3540, 3637, 3642, 3740, 3749, 3777, 4110, 4182, 4187, 4233, 4253, 4318, 4363, 4374, 4396, 4452, 4470, 4483, 4504, 4523, 4664, 4705, 4722, 4745, 4789]), Anchor::Any(&[Anchor::Lits(&[1774, 1913, 3929, 4482, 4499, 4788]), Anchor::All(&[Anchor::Lits(&[3943]), Anchor::Lits(&[228, 508, 743, 973, 1203, 1529])]), Anchor::All(&[Anchor::Lits(&[3400, 3401, 3402, 3403, 3404, 3405]), Anchor::Lits(&[228, 508, 743, 973, 1203, 1529])]), Anchor::All(&[Anchor::Lits(&[3409, 3410, 3411, 3412, 3413, 3414]), Anchor::Lits(&[228, 508, 743, 973, 1203, 1529])]), Anchor::All(&[Anchor::Lits(&[3596, 3597, 3598, 3599, 3600, 3601]), Anchor::Lits(&[228, 508, 743, 973, 1203, 1529])]), Anchor::All(&[Anchor::Lits(&[2589, 2590, 2591, 2592, 2593, 2594]), Anchor::Lits(&[228, 508, 743, 973, 1203, 1529])])])])),
            (153, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[2736, 2737, 2738, 2739, 2740, 2741, 2743, 2744, 2745, 2746, 2747, 2748, 3442, 3443, 3444, 3445, 3446, 3447, 3765, 3766, 3767, 3768, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776, 3795, 3796, 3797, 3798, 3799, 3800, 3936, 3937, 3938, 3939, 3940, 3941, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4019, 4020, 4021, 4022, 4044, 4045, 4046, 4047, 4048, 4049, 4300, 4301, 4302, 4303, 4304, 4305]), Anchor::Lits(&[2362, 2363, 2364, 2365, 2366, 2367, 2370, 2371, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2391, 2392, 2393, 2394, 2397, 2398, 2405, 2406, 2407, 2408, 2409, 2410, 2444, 2465, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2620, 2621, 2622, 2623, 2624, 2625, 2629, 2650, 2653, 2654, 2655, 2656, 2657, 2658, 2661, 2662, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2768, 2769, 2770, 2771, 2772, 2773, 2776, 2777, 2778, 2779, 2780, 2781, 2782, 2783, 2786, 2787, 3467, 3468, 3469, 3470, 3471, 3472, 3491, 3492, 3605, 3606, 3607, 3608, 3609, 3610, 3629, 3630, 3662, 3663, 3664, 3665, 3666, 3667, 3687, 3688, 3702, 3703, 3704, 3705, 3706, 3707, 3710, 3711, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 3916, 3917, 3918, 3919, 3920]), Anchor::Lits(&[1913, 2262])])),
            (155, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[2194, 2200, 2201, 2202, 2203, 2205, 2206, 2209, 2210, 2211, 2212, 2213, 2214, 2215, 2216, 2297, 2360, 2400, 2401, 2402, 2403, 2474, 2550, 2587, 2588, 2697, 2749, 2750, 2751, 2752]), Anchor::Lits(&[2827, 2932, 2933, 2953, 3004, 3192, 3229, 3734, 4182, 4470, 4483, 4496, 4745])])),
            (156, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1890, 2529, 2826, 3205, 3303, 3314, 3408, 3752, 4134, 4159, 4160, 4477, 4587, 4588, 4607, 4665, 4770]), Anchor::All(&[Anchor::Lits(&[2530, 2531, 2532, 2533, 2534, 2535, 4077, 4078, 4079, 4080, 4081, 4082, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4490, 4491, 4492, 4493, 4494, 4495, 4696, 4697, 4698, 4699, 4700, 4701, 4792, 4793, 4794, 4795, 4796, 4797, 4798, 4799, 4800, 4801, 4802, 4803]), Anchor::Lits(&[59, 85, 96, 130, 172, 203, 240, 330, 349, 361, 398, 450, 487, 522, 597, 615, 626, 657, 696, 722, 754, 827, 845, 856, 887, 926, 952, 984, 1057, 1075, 1086, 1117, 1156, 1182, 1214, 1296, 1331, 1346, 1390, 1447, 1501, 1544])])]), Anchor::Lits(&[2953, 2986, 3109, 3192, 3193, 3449, 3737, 4158, 4174, 4182, 4232, 4234, 4235, 4470, 4483, 4526, 4705, 4745])]), Anchor::All(&[Anchor::Lits(&[81, 130, 240, 345, 398, 522, 611, 657, 754, 841, 887, 984, 1071, 1117, 1214, 1327, 1390, 1544]), Anchor::Lits(&[2530, 2531, 2532, 2533, 2534, 2535, 4077, 4078, 4079, 4080, 4081, 4082, 4220, 4221, 4222, 4223, 4224, 4225, 4490, 4491, 4492, 4493, 4494, 4495]), Anchor::Lits(&[3306, 3307, 3308, 3309, 3310, 3311, 3393, 3394, 3395, 3396, 3397, 3398, 4471, 4472, 4473, 4474, 4475, 4476, 4484, 4485, 4486, 4487, 4488, 4489])])])),
            (171, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[3742, 3743]), Anchor::All(&[Anchor::Lits(&[2308, 4101, 4464, 4755]), Anchor::Lits(&[3355, 3356]), Anchor::Lits(&[510, 514, 1531, 1535])]), Anchor::All(&[Anchor::Lits(&[2308, 4101, 4464, 4755]), Anchor::Lits(&[2794, 2795, 3121, 3122, 3172, 3173, 3738, 3739, 4197, 4198, 4250, 4251, 4687, 4688, 4743, 4744])]), Anchor::All(&[Anchor::Lits(&[2308, 4101, 4464, 4755]), Anchor::Lits(&[2616, 2617, 3307, 3311, 3355, 3356, 3394, 3398])]), Anchor::All(&[Anchor::Lits(&[2308, 4101, 4464, 4552, 4755]), Anchor::Lits(&[2333, 2334, 3922, 3923, 4236, 4237]), Anchor::Lits(&[371, 372, 376, 377, 510, 514, 1359, 1360, 1366, 1367, 1531, 1535])]), Anchor::All(&[Anchor::Lits(&[3355, 3356]), Anchor::Lits(&[308, 309, 1272, 1273]), Anchor::Any(&[Anchor::Lits(&[2488, 3742, 3743]), Anchor::All(&[Anchor::Lits(&[2978, 2979]), Anchor::Lits(&[523, 1545])]), Anchor::All(&[Anchor::Lits(&[4376]), Anchor::Lits(&[2978, 2979])])])]), Anchor::All(&[Anchor::Lits(&[3355, 3356]), Anchor::Lits(&[4219]), Anchor::Any(&[Anchor::Lits(&[2308, 4101, 4133, 4464, 4552, 4755]), Anchor::All(&[Anchor::Lits(&[2490, 2494]), Anchor::Lits(&[442, 1438])])])]), Anchor::All(&[Anchor::Lits(&[4133]), Anchor::Any(&[Anchor::Lits(&[3305, 3354, 4664]), Anchor::All(&[Anchor::Lits(&[3394, 3398]), Anchor::Lits(&[447, 1443])])]), Anchor::Lits(&[439, 440, 443, 444, 1435, 1436, 1439, 1440])])])),
            (172, "control-weakened", Anchor::Any(&[Anchor::Lits(&[2508, 2726, 3059, 3802, 3946]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1898, 2499, 2500, 2502, 2504, 2507, 2509, 2871, 2872, 3750, 3801, 3926, 3927, 3928, 4691, 4692]), Anchor::All(&[Anchor::Lits(&[3750]), Anchor::Lits(&[4178]), Anchor::Lits(&[3494, 4807])]), Anchor::All(&[Anchor::Lits(&[2301]), Anchor::Lits(&[4389, 4390, 4391, 4392, 4393]), Anchor::Lits(&[4178])]), Anchor::All(&[Anchor::Lits(&[3945]), Anchor::Lits(&[4179, 4180, 4395])]), Anchor::All(&[Anchor::Lits(&[2725]), Anchor::Lits(&[4178]), Anchor::Lits(&[3494, 4807])]), Anchor::All(&[Anchor::Lits(&[4478, 4479]), Anchor::Lits(&[4178]), Anchor::Lits(&[3494, 4807])]), Anchor::All(&[Anchor::Lits(&[4178]), Anchor::Lits(&[4157]), Anchor::Lits(&[3494, 4807])]), Anchor::All(&[Anchor::Lits(&[2399]), Anchor::Lits(&[4178]), Anchor::Lits(&[3494, 4807])]), Anchor::All(&[Anchor::Lits(&[4196]), Anchor::Lits(&[4178]), Anchor::Lits(&[3494, 4807])]), Anchor::All(&[Anchor::Lits(&[2704, 2707, 2716]), Anchor::Lits(&[1393, 2278, 3517, 4663])]), Anchor::All(&[Anchor::Lits(&[3448]), Anchor::Lits(&[2301])]), Anchor::All(&[Anchor::Lits(&[3643, 3644]), Anchor::Lits(&[1353, 2276])]), Anchor::All(&[Anchor::Lits(&[4581, 4582]), Anchor::Lits(&[3750])]), Anchor::All(&[Anchor::Lits(&[3750]), Anchor::Lits(&[2991, 2992])]), Anchor::All(&[Anchor::Lits(&[3110]), Anchor::Lits(&[3750])])]), Anchor::Any(&[Anchor::Lits(&[2798, 2995, 3003, 3011, 3051, 3102, 3188, 3631, 3656, 3732, 4163, 4299, 4318, 4527, 4548, 4549, 4694, 4695, 4702, 4719, 4766]), Anchor::All(&[Anchor::Lits(&[4687, 4688]), Anchor::Lits(&[441, 1437])]), Anchor::All(&[Anchor::Lits(&[4502, 4503]), Anchor::Lits(&[441, 1437])]), Anchor::All(&[Anchor::Lits(&[4583, 4584]), Anchor::Lits(&[441, 1437])]), Anchor::All(&[Anchor::Lits(&[475, 1485]), Anchor::Lits(&[3298, 3299]), Anchor::Lits(&[438, 1434])])])]), Anchor::All(&[Anchor::Lits(&[4720, 4721]), Anchor::Lits(&[3750])]), Anchor::All(&[Anchor::Lits(&[3103, 3104]), Anchor::Lits(&[477, 478, 1487, 1488]), Anchor::Lits(&[2302, 2303])]), Anchor::All(&[Anchor::Lits(&[519, 520, 1540, 1541]), Anchor::Lits(&[327, 434, 458, 480, 1293, 1428, 1457, 1492])]), Anchor::All(&[Anchor::Lits(&[3945]), Anchor::Any(&[Anchor::Lits(&[1888, 3182, 3593]), Anchor::All(&[Anchor::Lits(&[378, 1368]), Anchor::Lits(&[2543, 2547])]), Anchor::All(&[Anchor::Lits(&[379, 1369]), Anchor::Lits(&[2490, 2494])]), Anchor::All(&[Anchor::Lits(&[378, 1368]), Anchor::Lits(&[3176, 3180])])]), Anchor::Lits(&[4178])])])),
            (173, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3355, 3356]), Anchor::Lits(&[4219]), Anchor::Any(&[Anchor::Lits(&[2488, 4254, 4467, 4750]), Anchor::All(&[Anchor::Lits(&[4192]), Anchor::Lits(&[2490, 2494])])])]), Anchor::All(&[Anchor::Lits(&[2305, 2306, 2734, 2735, 4078, 4082, 4248, 4249, 4263, 4264, 4468, 4469, 4761, 4762]), Anchor::Any(&[Anchor::Lits(&[2548, 3181, 3182, 3593, 4219]), Anchor::All(&[Anchor::Lits(&[524, 1546]), Anchor::Lits(&[2490, 2494])]), Anchor::All(&[Anchor::Lits(&[4377]), Anchor::Lits(&[2490, 2494])]), Anchor::All(&[Anchor::Lits(&[3129]), Anchor::Lits(&[2490, 2494])]), Anchor::All(&[Anchor::Lits(&[4786]), Anchor::Lits(&[2900, 4100]), Anchor::Lits(&[4596, 4600])])]), Anchor::Any(&[Anchor::Lits(&[3193, 3646, 3737, 4483]), Anchor::All(&[Anchor::Lits(&[4078, 4082]), Anchor::Lits(&[521, 1542])])])]), Anchor::All(&[Anchor::Lits(&[3647, 3648]), Anchor::Any(&[Anchor::Lits(&[2548, 3181, 3182, 3593, 4219]), Anchor::All(&[Anchor::Lits(&[524, 1546]), Anchor::Lits(&[2490, 2494])]), Anchor::All(&[Anchor::Lits(&[4377]), Anchor::Lits(&[2490, 2494])]), Anchor::All(&[Anchor::Lits(&[3129]), Anchor::Lits(&[2490, 2494])]), Anchor::All(&[Anchor::Lits(&[4786]), Anchor::Lits(&[2900, 4100]), Anchor::Lits(&[4596, 4600])])]), Anchor::Any(&[Anchor::Lits(&[2301, 4247, 4254, 4465, 4759]), Anchor::All(&[Anchor::Lits(&[4467]), Anchor::Lits(&[357, 1342])])])])])),
            (174, "tool-output-approves-itself", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2652, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247, 3248, 3249, 3257, 3258, 3266, 3267, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 4053, 4618, 4619, 4620, 4621, 4622, 4623, 4624, 4625, 4626, 4627, 4628, 4629, 4630, 4631, 4632, 4640, 4648, 4656, 4657, 4658, 4659, 4660, 4661, 4662]), Anchor::All(&[Anchor::Lits(&[2304, 2557, 2755, 2830, 3187, 3359, 4169, 4181, 4397, 4398, 4463, 4497, 4519, 4675]), Anchor::Lits(&[1829, 1913, 2182, 4362])]), Anchor::All(&[Anchor::Lits(&[4359, 4360]), Anchor::Lits(&[1744]), Anchor::Lits(&[3231, 3232, 4061, 4062])]), Anchor::All(&[Anchor::Lits(&[1745, 1746, 1747, 1748, 1749]), Anchor::Lits(&[280, 305, 474, 1243, 1269, 1484, 1747, 1748, 1749])])]), Anchor::Any(&[Anchor::Lits(&[2498, 2501, 2509, 2556, 2789, 2790, 2791, 2902, 3064, 3123, 3357, 3657, 4170, 4193, 4357, 4707, 4785]), Anchor::All(&[Anchor::Lits(&[2727]), Anchor::Lits(&[4399, 4819])]), Anchor::All(&[Anchor::Lits(&[4791]), Anchor::Lits(&[2614, 2902])]), Anchor::All(&[Anchor::Lits(&[3751]), Anchor::Lits(&[436, 1432])]), Anchor::All(&[Anchor::Lits(&[317, 426, 472, 1283, 1420, 1481]), Anchor::Lits(&[3716])]), Anchor::All(&[Anchor::Lits(&[296, 1260, 2505, 2506, 2585, 2586, 2730, 2731]), Anchor::Lits(&[2503, 2584, 2729]), Anchor::Lits(&[4685])])])])),
            (178, "file-posted-to-an-outside-url", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1811, 1812, 1813, 1814, 1815, 1816, 1822, 1823, 1824, 1825, 1826, 1827, 1835, 1836, 1837, 1838, 1839, 1840]), Anchor::All(&[Anchor::Lits(&[1831, 1832]), Anchor::Lits(&[2191])])]), Anchor::Lits(&[3233, 3234, 3459, 3460]), Anchor::Lits(&[2986, 3458, 4771, 4806])])),
            (192, "override-instructions-cjk", Anchor::Lits(&[4999, 5012, 5021, 5026, 5033, 5049, 5055, 5070, 5079, 5085, 5105, 5106, 5107, 5108, 5109, 5112, 5114, 5116, 5120, 5123, 5134, 5139, 5162, 5164, 5176, 5177, 5189, 5194, 5200, 5203, 5222, 5244, 5245])),
            (195, "override-instructions-other-scripts", Anchor::Lits(&[4837, 4838, 4839, 4908, 4909, 4923, 4928, 4934, 4937, 4943, 4950, 4964, 4965, 4976, 4981, 4982, 4983, 4988, 4991, 4993])),
            (198, "unrestricted-persona-other-scripts", Anchor::Lits(&[4932, 4938, 4966, 4979, 4992, 5000, 5001, 5094, 5100, 5136, 5137, 5165, 5169, 5176, 5177, 5195, 5206, 5235, 5240])),
            (200, "reveal-system-prompt-other-scripts", Anchor::Lits(&[4924, 4935, 4939, 4946, 4957, 4960, 4971, 4972, 4978, 4987, 4989, 5012, 5013, 5058, 5159, 5208, 5213, 5219, 5225, 5231, 5249])),
            (202, "disable-safety-other-scripts", Anchor::Lits(&[5011, 5046, 5051, 5090, 5091, 5149, 5157, 5168, 5170, 5189, 5190, 5204, 5212, 5214, 5216, 5228, 5242])),
            (204, "stop-following-instructions-cjk", Anchor::Lits(&[5003, 5004, 5006, 5082, 5087, 5113, 5126, 5127, 5142, 5143, 5173, 5201, 5202, 5217, 5248])),
            (208, "conceal-from-the-user-cjk", Anchor::Lits(&[5017, 5044, 5145])),
            (215, "reveal-system-prompt-zh", Anchor::Lits(&[5041, 5042, 5043, 5050, 5053, 5056, 5057, 5074, 5161, 5162, 5163, 5164, 5207, 5209])),
            (217, "admin-role-handed-out-other-scripts", Anchor::Lits(&[4919, 4922, 4927, 4940, 4941, 4947, 4948, 4949, 4961, 4962, 4963, 4973, 4974, 5034, 5037, 5054, 5071, 5072, 5115, 5117, 5167, 5172, 5187, 5188, 5226, 5251])),
            (220, "control-weakened-other-scripts", Anchor::Lits(&[5010, 5045, 5046, 5051, 5060, 5064, 5069, 5075, 5076, 5081, 5088, 5118, 5119, 5138, 5157, 5160, 5178, 5204, 5214, 5216, 5229, 5230, 5247, 5252])),
            (222, "destructive-without-confirmation-cjk", Anchor::Any(&[Anchor::Lits(&[5059, 5060, 5063, 5064, 5110, 5111, 5135]), Anchor::All(&[Anchor::Lits(&[5086, 5093, 5099, 5155, 5156, 5179, 5182, 5183, 5186, 5205]), Anchor::Lits(&[5025, 5027, 5028, 5029, 5030, 5061, 5065, 5121, 5122, 5128, 5129, 5140, 5141])])])),
            (223, "results-sent-to-an-address-cjk", Anchor::Lits(&[5008, 5019, 5020, 5040, 5048, 5077, 5080, 5102, 5104, 5146, 5148, 5191, 5192, 5193, 5196, 5197, 5198, 5199, 5224, 5234, 5246])),
            (224, "addressed-to-the-agent-other-scripts", Anchor::Any(&[Anchor::Lits(&[4910, 4911, 4912, 4913, 4914, 4920, 4921, 4926, 4929, 4945, 4955, 4956, 4977, 4984, 5002, 5005, 5181, 5185, 5210, 5211, 5215, 5241, 5250]), Anchor::All(&[Anchor::Lits(&[5215, 5241, 5250]), Anchor::Lits(&[2404, 5243])]), Anchor::All(&[Anchor::Lits(&[5083, 5084, 5166, 5171, 5175]), Anchor::Lits(&[2404, 5035, 5038, 5073, 5089, 5124, 5125, 5180, 5184])])])),
            (225, "conceal-from-the-user-other-scripts", Anchor::Lits(&[4906, 4916, 4933, 4938, 4942, 4951, 4953, 4958, 4959, 4966, 4969, 4970, 4986, 4990, 4998, 5039, 5047, 5052, 5062, 5066, 5078, 5097, 5098, 5130, 5131, 5144, 5147, 5150, 5151, 5153, 5154, 5158, 5174, 5218, 5220, 5221, 5223, 5232, 5233])),
            (227, "no-limits-any-more-cjk", Anchor::Lits(&[5016, 5018, 5022, 5023, 5024, 5067, 5132, 5133, 5176, 5236, 5237, 5238, 5239])),
            (231, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1890, 2758, 2797, 3080, 3205, 3303, 3408, 3592, 3603, 3955, 3956, 3957, 4052, 4159, 4161, 4176, 4337, 4338, 4589, 4665, 4769]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1893, 1894, 1895]), Anchor::All(&[Anchor::Lits(&[1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854]), Anchor::Lits(&[1891, 1896, 1899, 1901, 1903, 1905, 1907, 1909, 1911])])]), Anchor::Lits(&[1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854]), Anchor::Lits(&[1887, 1892, 1897, 1900, 1902, 1904, 1906, 1908, 1910, 1912])])]), Anchor::Lits(&[2953, 2986, 3118, 3190, 3229, 3942, 3944, 4174, 4182, 4234, 4455, 4470, 4481, 4498, 4526, 4745, 4771])])),
            (232, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603, 1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707]), Anchor::All(&[Anchor::Lits(&[2217]), Anchor::Lits(&[2262]), Anchor::Lits(&[2584, 2728, 2729, 3357, 4685, 4811])])])),
            (243, "forged-tool-result", Anchor::All(&[Anchor::Lits(&[2558, 2559, 2560, 2561, 2562, 2563, 2566, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4633, 4634, 4635, 4636, 4637, 4638, 4639, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4649, 4650, 4651, 4652, 4653, 4654, 4655]), Anchor::Lits(&[48, 93, 94, 95, 166, 236, 237, 238, 318, 358, 359, 360, 437, 516, 517, 518, 586, 623, 624, 625, 691, 751, 752, 753, 816, 853, 854, 855, 921, 981, 982, 983, 1046, 1083, 1084, 1085, 1151, 1211, 1212, 1213, 1284, 1343, 1344, 1345, 1433, 1537, 1538, 1539, 2059, 2081, 2082, 2083, 2122, 2177, 2178, 2179]), Anchor::Lits(&[1916])])),
            (253, "account-safety-parameter-switched-off", Anchor::Lits(&[3152, 3153, 4186, 4191, 4351, 4352, 4706])),
            (255, "secret-resolved-as-a-hostname", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[14, 1244, 2187, 2266, 4829]), Anchor::Any(&[Anchor::Lits(&[3023, 3300, 3301, 3717, 3720, 3723, 3724, 3725, 3726, 3727, 3728, 3729, 4173, 4354, 4355]), Anchor::All(&[Anchor::Lits(&[3077]), Anchor::Lits(&[401, 469, 470, 471, 473, 1394, 1475, 1476, 1480, 1482])])]), Anchor::Lits(&[2185, 2186, 2187, 2263, 2264, 2266, 4827, 4828, 4829])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3023, 4050, 4354]), Anchor::All(&[Anchor::Lits(&[3077]), Anchor::Lits(&[401, 470, 1394, 1476])]), Anchor::All(&[Anchor::Lits(&[3718, 3719, 3721, 3722, 3730, 3731]), Anchor::Lits(&[344, 367, 418, 1326, 1355, 1412])])]), Anchor::Lits(&[3023, 3078, 3079, 3718, 3719, 3721, 3722, 3730, 3731, 4050, 4354]), Anchor::Lits(&[3113, 3117, 3176, 3180])])])),
            (256, "data-placeholder-in-an-image-url", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2113, 2265]), Anchor::All(&[Anchor::Lits(&[1573]), Anchor::Lits(&[2265])]), Anchor::All(&[Anchor::Lits(&[2754, 2756, 3506, 3507, 3658, 4171, 4177]), Anchor::Lits(&[2338, 3456, 4517, 4520, 4749])])]), Anchor::Lits(&[1867]), Anchor::Lits(&[2181])])),
            (264, "egress-to-any-host", Anchor::Lits(&[4756])),
            (265, "remote-script-run-against-a-database", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[66, 244, 335, 526, 602, 756, 832, 986, 1062, 1216, 1309, 1550, 1732, 1733, 2286, 2287]), Anchor::Lits(&[1731, 2283])]), Anchor::All(&[Anchor::Lits(&[2986, 4771]), Anchor::Lits(&[4824])])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0xa008e029a660ebd3;
