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
\x20abide by \
\x20abiding by \
\x20about you \
\x20above\
\x20above \
\x20above policies\
\x20above policy\
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
\x20aunt\
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
\x20deaktivieren sie \
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
\x20deleted\
\x20deleting \
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
\x20desactivar \
\x20desactive \
\x20desactiver \
\x20desactivez \
\x20desativa \
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
\x20disable \
\x20disable auditing \
\x20disable journaling \
\x20disable logging \
\x20disable recording \
\x20disable saving \
\x20disable tracking \
\x20disable writing down \
\x20disabled\
\x20disabled mode \
\x20disabling \
\x20disait\
\x20disait \
\x20disallow\
\x20disaster recovery\
\x20disattiva \
\x20disattivare \
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
\x20does not see\
\x20does not spot\
\x20does not trigger on\
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
\x20doesnt see\
\x20doesnt spot\
\x20doesnt trigger on\
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
\x20dropping \
\x20dry run mode \
\x20du bist jetzt \
\x20dump\
\x20dump \
\x20dumping \
\x20dumps \
\x20each\
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
\x20enquire\
\x20entering\
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
\x20expired\
\x20export\
\x20export \
\x20exporting \
\x20exports \
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
\x20foregoing \
\x20forget \
\x20forget all \
\x20forget everything \
\x20forget it all \
\x20forgetting \
\x20forgot \
\x20former \
\x20former constraints \
\x20former guidance \
\x20former guidelines \
\x20former instructions \
\x20former limits \
\x20former owner\
\x20former policies \
\x20former policy \
\x20former restrictions \
\x20former rules \
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
\x20from now on \
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
\x20henceforth \
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
\x20if i say \
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
\x20is approved\
\x20is authorised\
\x20is authorized\
\x20is aware\
\x20is before \
\x20is beyond\
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
\x20lets agree \
\x20lets play \
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
\x20loop in \
\x20looping in \
\x20loosen \
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
\x20new confirmation\
\x20new review\
\x20new sign off\
\x20new signoff\
\x20nexistaient\
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
\x20old constraints \
\x20old guidance \
\x20old guidelines \
\x20old instructions \
\x20old limits \
\x20old policies \
\x20old policy \
\x20old restrictions \
\x20old rules \
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
\x20previous constraints \
\x20previous guidance \
\x20previous guidelines \
\x20previous instructions \
\x20previous limits \
\x20previous owner\
\x20previous policies\
\x20previous policies \
\x20previous policy\
\x20previous policy \
\x20previous restrictions \
\x20previous rules \
\x20previous text \
\x20previous user message\
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
\x20private key\
\x20private key \
\x20private keys \
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
\x20removed\
\x20removed from the loop\
\x20removing \
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
\x20retired\
\x20return \
\x20return as \
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
\x20show up \
\x20show up in \
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
\x20the code word \
\x20the codeword \
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
\x20the magic word \
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
\x20the secret word \
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
\x20token\
\x20token \
\x20tokens \
\x20told\
\x20told \
\x20told in you\
\x20told into you\
\x20told to you\
\x20told you\
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
\x20when i say \
\x20when i write \
\x20whenever \
\x20whenever i say \
\x20whenever i write \
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
\x20will not \
\x20will not approve\
\x20will not be told\
\x20will not catch\
\x20will not cover \
\x20will not detect\
\x20will not find out\
\x20will not fire on\
\x20will not flag\
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
\x20will not say \
\x20will not see\
\x20will not show \
\x20will not sign off\
\x20will not spot\
\x20will not trigger on\
\x20win over \
\x20wipe\
\x20wipe \
\x20wiped\
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
\x20wont say \
\x20wont see\
\x20wont show \
\x20wont sign off\
\x20wont spot\
\x20wont trigger on\
\x20word game \
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
\x20\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8 \
\x20\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\xd1\x82\xd0\xb5 \
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd0\xb8 \
\x20\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c \
\x20\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8e\
\x20\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8f\
\x20\xd1\x80\xd0\xb0\xd1\x81\xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd1\x8b\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb0\
\x20\xd1\x80\xd0\xb0\xd1\x81\xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd1\x8b\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb0 \
\x20\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xbc\xd0\xbd\
\x20\xd1\x81\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\
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
actual configuration\
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
clear of your \
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
data protection \
data protection controls\
data protection officer\
data protection policies\
data protection policy\
data protection restrictions\
data protection rules\
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
exception\
exclude \
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
i am programmed to\
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
is done \
is granted \
is no longer in effect\
is no longer valid\
is nothing\
is subordinate to nothing but\
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
legal signed off\
legal team\
lehnt nie\
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
listen to exclusively \
listen to just \
listen to only \
listen to solely \
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
medical\
meervoudige authenticatie\
mehrfaktor\
melde \
memo for \
memo to \
mention nothing\
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
original configuration\
original context \
original conversation \
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
original words \
otbros\
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
output of select\
output of select \
output only\
output the following\
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
plain command\
plain payload\
plain query\
plain sql\
plain statement\
plain string\
plain text\
plaintext code\
plaintext command\
plaintext payload\
plaintext query\
plaintext sql\
plaintext statement\
plaintext string\
plaintext text\
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
print only\
print pwned\
print the following\
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
privacy policies\
privacy policy\
privacy restrictions\
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
real configuration\
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
report nothing\
report that\
report the \
report them\
report these\
report this\
report those\
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
that bypasses\
that disregards\
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
that is nothing\
that is only \
that is planned\
that is read only\
that is regular\
that is routine\
that is scheduled\
that is simply \
that is standard\
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
uncontrolled\
under the radar\
underlying code\
underlying command\
underlying configuration\
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
whenever the agent \
whenever the assistant \
whenever the model \
whenever you \
which\
which bypasses\
which disregards\
which ignore\
which means its allowed\
which means its approved\
which means its authorised\
which means its authorized\
which means its cleared\
which means its covered\
which means its fine\
which means its ok\
which means its sanctioned\
which skips\
white \
white list \
whitelist \
who\
who bypasses\
who disregards\
who ignore\
who skips\
whole \
whose ability is \
whose goal is \
whose job is \
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
without document\
without double check\
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
without inform\
without informing\
without leaving\
without leaving \
without let\
without limitations\
without limits\
without list\
without listing what \
without log\
without mention\
without mention to\
without mentioning\
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
without oversight\
without passing past \
without passing through\
without passing through \
without passing via \
without past \
without permission\
without prompt\
without question\
without raising a ticket\
without refusal\
without refusing\
without report\
without reporting\
without reporting what \
without restrictions\
without review\
without rules\
without safety checks\
without say\
without saying what \
without security checks\
without show\
without showing\
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
            ends: &[2, 5, 7, 18, 29, 39, 48, 68, 88, 107, 125, 144, 161, 171, 179, 181, 185, 187, 189, 191, 193, 195, 197, 199, 209, 229, 245, 264, 272, 281, 287, 294, 307, 320, 327, 335, 349, 363, 380, 398, 428, 436, 445, 463, 482, 497, 513, 526, 533, 550, 568, 574, 581, 591, 604, 622, 641, 650, 659, 669, 681, 692, 698, 705, 720, 733, 753, 771, 792, 812, 833, 856, 879, 896, 917, 936, 958, 978, 1000, 1024, 1048, 1067, 1075, 1090, 1101, 1112, 1123, 1138, 1154, 1176, 1202, 1229, 1257, 1278, 1299, 1321, 1342, 1364, 1382, 1404, 1427, 1451, 1468, 1485, 1503, 1520, 1538, 1551, 1562, 1566, 1574, 1584, 1595, 1603, 1614, 1627, 1635, 1652, 1667, 1684, 1697, 1706, 1711, 1731, 1756, 1781, 1805, 1823, 1843, 1862, 1872, 1883, 1895, 1906, 1919, 1940, 1956, 1971, 1990, 2002, 2013, 2034, 2053, 2067, 2082, 2100, 2117, 2130, 2147, 2161, 2190, 2214, 2241, 2261, 2280, 2309, 2336, 2358, 2381, 2407, 2432, 2453, 2462, 2477, 2493, 2500, 2517, 2532, 2551, 2567, 2588, 2606, 2623, 2637, 2644, 2652, 2661, 2668, 2676, 2684, 2698, 2708, 2719, 2731, 2735, 2740, 2751, 2762, 2769, 2782, 2793, 2805, 2815, 2825, 2834, 2844, 2858, 2870, 2883, 2894, 2905, 2918, 2922, 2927, 2946, 2960, 2975, 2991, 3009, 3027, 3042, 3057, 3069, 3087, 3100, 3110, 3128, 3140, 3149, 3164, 3175, 3189, 3198, 3208, 3227, 3244, 3264, 3280, 3299, 3319, 3341, 3363, 3380, 3396, 3408, 3428, 3446, 3467, 3486, 3507, 3530, 3553, 3571, 3583, 3599, 3613, 3628, 3648, 3663, 3686, 3700, 3711, 3724, 3733, 3741, 3754, 3768, 3783, 3798, 3812, 3829, 3844, 3862, 3870, 3876, 3888, 3908, 3924, 3943, 3952, 3962, 3969, 3977, 3985, 3994, 4012, 4031, 4050, 4065, 4083, 4092, 4102, 4121, 4141, 4157, 4174, 4192, 4211, 4218, 4226, 4240, 4255, 4265, 4279, 4294, 4298, 4315, 4330, 4344, 4356, 4366, 4376, 4393, 4408, 4417, 4435, 4451, 4465, 4477, 4493, 4507, 4523, 4535, 4543, 4554, 4565, 4575, 4585, 4599, 4607, 4620, 4634, 4652, 4669, 4679, 4693, 4706, 4731, 4741, 4752, 4762, 4778, 4795, 4817, 4839, 4854, 4870, 4891, 4903, 4918, 4932, 4949, 4965, 4979, 4994, 5001, 5012, 5029, 5038, 5048, 5060, 5065, 5077, 5086, 5097, 5111, 5126, 5135, 5145, 5152, 5160, 5171, 5186, 5202, 5222, 5238, 5255, 5273, 5284, 5296, 5309, 5319, 5334, 5341, 5352, 5363, 5377, 5389, 5401, 5416, 5423, 5431, 5440, 5449, 5459, 5467, 5481, 5492, 5507, 5523, 5534, 5547, 5563, 5580, 5599, 5614, 5630, 5647, 5665, 5673, 5691, 5711, 5729, 5745, 5763, 5785, 5801, 5813, 5826, 5844, 5865, 5877, 5893, 5902, 5912, 5926, 5941, 5955, 5969, 5979, 6000, 6019, 6041, 6062, 6084, 6108, 6132, 6151, 6169, 6183, 6205, 6225, 6248, 6269, 6292, 6317, 6342, 6362, 6371, 6386, 6394, 6398, 6413, 6425, 6438, 6452, 6467, 6482, 6492, 6508, 6521, 6538, 6547, 6556, 6570, 6581, 6594, 6608, 6627, 6639, 6654, 6663, 6672, 6691, 6707, 6724, 6743, 6762, 6775, 6786, 6804, 6811, 6825, 6837, 6851, 6860, 6877, 6887, 6896, 6910, 6918, 6931, 6939, 6966, 6990, 7013, 7036, 7057, 7071, 7078, 7095, 7099, 7105, 7117, 7131, 7141, 7152, 7162, 7177, 7191, 7204, 7214, 7231, 7247, 7256, 7268, 7275, 7288, 7303, 7315, 7326, 7342, 7357, 7371, 7382, 7400, 7410, 7422, 7435, 7454, 7466, 7479, 7490, 7499, 7513, 7523, 7534, 7541, 7552, 7563, 7575, 7588, 7602, 7611, 7621, 7630, 7645, 7659, 7667, 7682, 7702, 7714, 7729, 7742, 7754, 7762, 7773, 7781, 7796, 7808, 7823, 7833, 7842, 7850, 7863, 7877, 7901, 7913, 7927, 7936, 7947, 7962, 7977, 7993, 8010, 8018, 8025, 8029, 8034, 8040, 8047, 8060, 8075, 8088, 8098, 8106, 8111, 8122, 8135, 8146, 8158, 8166, 8172, 8181, 8188, 8195, 8203, 8210, 8219, 8229, 8237, 8244, 8254, 8262, 8269, 8275, 8281, 8299, 8313, 8339, 8370, 8395, 8422, 8454, 8480, 8486, 8494, 8505, 8513, 8519, 8533, 8545, 8557, 8568, 8578, 8595, 8607, 8618, 8635, 8650, 8668, 8677, 8690, 8698, 8705, 8713, 8723, 8734, 8743, 8751, 8762, 8771, 8779, 8791, 8796, 8808, 8825, 8849, 8871, 8886, 8897, 8912, 8935, 8956, 8980, 9003, 9027, 9053, 9079, 9099, 9123, 9145, 9170, 9193, 9218, 9245, 9272, 9294, 9305, 9321, 9334, 9347, 9372, 9386, 9401, 9411, 9423, 9436, 9446, 9457, 9474, 9482, 9491, 9497, 9508, 9513, 9519, 9527, 9535, 9544, 9551, 9559, 9571, 9575, 9589, 9602, 9610, 9618, 9625, 9629, 9635, 9643, 9661, 9676, 9692, 9710, 9728, 9740, 9762, 9781, 9801, 9823, 9845, 9861, 9875, 9896, 9906, 9923, 9931, 9940, 9959, 9975, 9992, 10011, 10030, 10043, 10066, 10086, 10107, 10130, 10153, 10170, 10185, 10207, 10218, 10236, 10244, 10252, 10277, 10296, 10309, 10326, 10338, 10351, 10364, 10379, 10393, 10408, 10419, 10432, 10450, 10462, 10478, 10495, 10510, 10528, 10550, 10561, 10580, 10585, 10593, 10611, 10623, 10631, 10640, 10654, 10671, 10679, 10695, 10710, 10723, 10743, 10762, 10779, 10797, 10811, 10816, 10822, 10829, 10840, 10848, 10861, 10878, 10883, 10891, 10902, 10908, 10918, 10928, 10939, 10958, 10973, 10991, 10999, 11011, 11028, 11037, 11049, 11063, 11077, 11093, 11100, 11108, 11116, 11126, 11134, 11147, 11157, 11165, 11171, 11181, 11190, 11196, 11202, 11209, 11218, 11226, 11242, 11251, 11262, 11271, 11279, 11291, 11306, 11321, 11334, 11346, 11358, 11366, 11378, 11386, 11393, 11401, 11414, 11439, 11449, 11460, 11479, 11487, 11496, 11508, 11518, 11529, 11543, 11553, 11563, 11574, 11584, 11595, 11609, 11621, 11634, 11648, 11663, 11677, 11693, 11707, 11722, 11739, 11755, 11768, 11781, 11793, 11808, 11824, 11842, 11860, 11875, 11892, 11904, 11917, 11936, 11945, 11953, 11962, 11972, 11981, 11989, 12002, 12016, 12032, 12047, 12059, 12071, 12082, 12096, 12111, 12128, 12145, 12159, 12175, 12186, 12198, 12216, 12222, 12233, 12245, 12259, 12272, 12282, 12292, 12301, 12313, 12326, 12341, 12356, 12368, 12382, 12391, 12401, 12417, 12433, 12446, 12458, 12474, 12496, 12520, 12542, 12556, 12576, 12597, 12619, 12641, 12670, 12693, 12708, 12728, 12733, 12737, 12744, 12755, 12762, 12770, 12778, 12786, 12794, 12802, 12819, 12827, 12837, 12848, 12857, 12865, 12874, 12888, 12900, 12905, 12911, 12920, 12930, 12939, 12945, 12956, 12972, 12989, 12999, 13010, 13022, 13032, 13040, 13052, 13069, 13087, 13098, 13110, 13123, 13132, 13141, 13149, 13157, 13169, 13175, 13187, 13195, 13202, 13214, 13222, 13230, 13237, 13248, 13256, 13263, 13275, 13286, 13300, 13308, 13319, 13330, 13337, 13345, 13354, 13361, 13376, 13390, 13400, 13408, 13415, 13423, 13430, 13438, 13446, 13455, 13467, 13481, 13494, 13508, 13517, 13531, 13544, 13558, 13574, 13595, 13616, 13633, 13649, 13666, 13684, 13706, 13731, 13739, 13748, 13761, 13777, 13787, 13795, 13810, 13826, 13843, 13853, 13864, 13878, 13888, 13900, 13916, 13929, 13940, 13953, 13969, 13981, 13995, 14016, 14031, 14042, 14054, 14071, 14091, 14102, 14109, 14117, 14131, 14146, 14163, 14178, 14198, 14215, 14229, 14242, 14252, 14263, 14275, 14291, 14303, 14314, 14333, 14355, 14373, 14391, 14405, 14417, 14430, 14449, 14459, 14469, 14487, 14507, 14526, 14545, 14563, 14575, 14588, 14599, 14607, 14616, 14626, 14638, 14646, 14655, 14670, 14684, 14696, 14708, 14723, 14732, 14742, 14757, 14770, 14783, 14791, 14800, 14813, 14823, 14834, 14846, 14855, 14866, 14878, 14891, 14902, 14914, 14927, 14939, 14947, 14960, 14978, 14997, 15009, 15022, 15036, 15050, 15064, 15083, 15103, 15116, 15130, 15145, 15160, 15172, 15185, 15199, 15207, 15214, 15221, 15229, 15238, 15248, 15253, 15259, 15268, 15276, 15289, 15296, 15304, 15323, 15336, 15345, 15355, 15370, 15388, 15397, 15409, 15417, 15426, 15436, 15447, 15466, 15479, 15500, 15521, 15535, 15547, 15558, 15579, 15600, 15612, 15627, 15639, 15653, 15664, 15681, 15693, 15706, 15719, 15732, 15745, 15759, 15764, 15770, 15774, 15779, 15784, 15793, 15803, 15817, 15833, 15849, 15866, 15880, 15897, 15912, 15923, 15939, 15947, 15956, 15960, 15990, 16018, 16024, 16029, 16035, 16052, 16061, 16070, 16085, 16088, 16099, 16111, 16117, 16130, 16148, 16162, 16172, 16178, 16185, 16193, 16211, 16228, 16240, 16251, 16262, 16279, 16288, 16299, 16310, 16324, 16339, 16364, 16370, 16377, 16385, 16393, 16403, 16412, 16417, 16432, 16446, 16455, 16463, 16471, 16485, 16495, 16509, 16519, 16530, 16541, 16553, 16564, 16576, 16588, 16598, 16609, 16619, 16631, 16644, 16658, 16673, 16687, 16701, 16716, 16730, 16745, 16758, 16775, 16783, 16792, 16808, 16817, 16826, 16851, 16871, 16894, 16910, 16928, 16947, 16962, 16987, 17010, 17028, 17047, 17069, 17090, 17107, 17124, 17142, 17149, 17157, 17166, 17182, 17196, 17210, 17225, 17233, 17240, 17254, 17266, 17278, 17291, 17302, 17313, 17317, 17322, 17334, 17343, 17361, 17381, 17398, 17417, 17433, 17451, 17473, 17482, 17497, 17508, 17515, 17523, 17532, 17550, 17561, 17574, 17583, 17593, 17605, 17613, 17622, 17633, 17642, 17651, 17660, 17671, 17686, 17708, 17726, 17740, 17752, 17759, 17765, 17772, 17783, 17788, 17794, 17800, 17807, 17810, 17814, 17824, 17835, 17847, 17860, 17869, 17881, 17891, 17904, 17919, 17926, 17942, 17956, 17973, 17989, 18006, 18025, 18044, 18056, 18069, 18086, 18101, 18119, 18135, 18153, 18173, 18193, 18207, 18222, 18237, 18259, 18275, 18281, 18289, 18302, 18317, 18330, 18341, 18358, 18382, 18413, 18432, 18446, 18459, 18473, 18486, 18499, 18513, 18529, 18546, 18562, 18575, 18589, 18605, 18620, 18632, 18647, 18660, 18675, 18694, 18706, 18733, 18745, 18756, 18768, 18784, 18798, 18813, 18829, 18842, 18861, 18882, 18905, 18933, 18961, 18993, 19015, 19035, 19049, 19062, 19077, 19093, 19110, 19127, 19141, 19156, 19174, 19188, 19204, 19218, 19233, 19247, 19262, 19278, 19296, 19312, 19330, 19345, 19357, 19369, 19383, 19394, 19406, 19419, 19431, 19443, 19456, 19473, 19491, 19507, 19525, 19545, 19566, 19574, 19587, 19594, 19598, 19612, 19627, 19644, 19654, 19671, 19686, 19707, 19722, 19738, 19753, 19771, 19788, 19802, 19819, 19834, 19848, 19863, 19876, 19892, 19917, 19942, 19966, 19992, 20023, 20049, 20071, 20094, 20120, 20143, 20167, 20189, 20212, 20238, 20254, 20271, 20290, 20309, 20325, 20343, 20356, 20370, 20390, 20405, 20413, 20428, 20441, 20460, 20473, 20487, 20500, 20516, 20531, 20543, 20558, 20571, 20583, 20596, 20607, 20621, 20644, 20667, 20689, 20713, 20742, 20766, 20786, 20807, 20831, 20852, 20874, 20894, 20915, 20939, 20953, 20968, 20985, 21002, 21016, 21032, 21043, 21055, 21073, 21079, 21090, 21103, 21114, 21123, 21138, 21156, 21178, 21207, 21224, 21236, 21247, 21259, 21270, 21281, 21293, 21307, 21322, 21336, 21347, 21359, 21373, 21386, 21396, 21409, 21420, 21433, 21450, 21460, 21485, 21495, 21504, 21514, 21528, 21540, 21553, 21567, 21578, 21599, 21616, 21637, 21656, 21677, 21703, 21725, 21751, 21778, 21796, 21816, 21846, 21866, 21888, 21906, 21918, 21929, 21942, 21956, 21971, 21986, 21998, 22011, 22027, 22039, 22053, 22065, 22078, 22090, 22103, 22117, 22133, 22147, 22163, 22176, 22186, 22196, 22208, 22217, 22227, 22238, 22248, 22258, 22269, 22284, 22300, 22314, 22330, 22348, 22367, 22375, 22386, 22396, 22407, 22410, 22422, 22436, 22450, 22464, 22478, 22483, 22489, 22499, 22513, 22528, 22533, 22539, 22548, 22555, 22560, 22572, 22581, 22602, 22620, 22640, 22662, 22678, 22695, 22713, 22728, 22744, 22766, 22781, 22787, 22793, 22797, 22813, 22822, 22832, 22841, 22860, 22882, 22897, 22918, 22938, 22954, 22961, 22967, 22974, 22987, 23003, 23014, 23026, 23036, 23046, 23056, 23063, 23071, 23085, 23097, 23110, 23121, 23132, 23139, 23164, 23189, 23212, 23230, 23249, 23259, 23273, 23290, 23301, 23310, 23321, 23330, 23338, 23347, 23358, 23364, 23373, 23381, 23390, 23397, 23405, 23409, 23414, 23423, 23437, 23452, 23461, 23471, 23480, 23490, 23503, 23525, 23535, 23542, 23549, 23558, 23572, 23587, 23603, 23612, 23622, 23632, 23645, 23659, 23666, 23673, 23688, 23700, 23706, 23713, 23727, 23740, 23751, 23764, 23780, 23791, 23802, 23814, 23823, 23833, 23845, 23871, 23892, 23914, 23937, 23962, 23987, 24009, 24031, 24050, 24075, 24095, 24112, 24137, 24143, 24150, 24157, 24173, 24188, 24201, 24221, 24240, 24257, 24275, 24289, 24297, 24308, 24326, 24345, 24353, 24363, 24382, 24402, 24417, 24435, 24443, 24452, 24464, 24485, 24504, 24526, 24547, 24569, 24593, 24617, 24635, 24657, 24677, 24700, 24721, 24744, 24769, 24794, 24813, 24833, 24853, 24880, 24901, 24924, 24937, 24955, 24974, 24995, 25014, 25022, 25035, 25046, 25056, 25067, 25079, 25092, 25107, 25125, 25141, 25158, 25176, 25185, 25193, 25200, 25208, 25219, 25228, 25237, 25247, 25264, 25281, 25297, 25312, 25329, 25345, 25358, 25373, 25389, 25404, 25419, 25435, 25450, 25470, 25490, 25509, 25522, 25537, 25551, 25559, 25568, 25578, 25592, 25607, 25623, 25636, 25649, 25661, 25676, 25692, 25710, 25728, 25743, 25760, 25772, 25785, 25804, 25819, 25835, 25852, 25866, 25880, 25893, 25909, 25926, 25945, 25964, 25980, 25998, 26011, 26025, 26045, 26050, 26056, 26062, 26069, 26076, 26084, 26089, 26095, 26103, 26112, 26129, 26140, 26159, 26178, 26190, 26200, 26209, 26228, 26247, 26257, 26270, 26277, 26288, 26296, 26310, 26318, 26330, 26351, 26369, 26388, 26395, 26402, 26409, 26417, 26425, 26432, 26446, 26456, 26469, 26480, 26486, 26496, 26507, 26515, 26526, 26543, 26561, 26580, 26599, 26625, 26645, 26657, 26674, 26687, 26698, 26716, 26736, 26754, 26764, 26769, 26776, 26789, 26803, 26813, 26830, 26848, 26858, 26869, 26881, 26896, 26910, 26925, 26939, 26950, 26961, 26973, 26986, 26999, 27013, 27026, 27037, 27051, 27061, 27078, 27090, 27101, 27120, 27131, 27143, 27151, 27165, 27180, 27191, 27209, 27228, 27240, 27253, 27269, 27284, 27300, 27315, 27327, 27339, 27352, 27366, 27381, 27396, 27412, 27424, 27443, 27463, 27476, 27490, 27507, 27523, 27540, 27556, 27569, 27582, 27596, 27611, 27627, 27642, 27658, 27667, 27677, 27690, 27702, 27715, 27727, 27740, 27754, 27764, 27784, 27793, 27802, 27811, 27820, 27829, 27838, 27848, 27856, 27863, 27873, 27884, 27893, 27901, 27912, 27923, 27935, 27944, 27951, 27959, 27967, 27979, 27994, 28009, 28022, 28038, 28050, 28069, 28083, 28091, 28107, 28124, 28139, 28156, 28169, 28178, 28188, 28205, 28215, 28230, 28245, 28261, 28272, 28284, 28302, 28321, 28341, 28353, 28366, 28380, 28397, 28413, 28430, 28446, 28459, 28472, 28486, 28501, 28516, 28532, 28547, 28560, 28576, 28589, 28601, 28620, 28633, 28647, 28659, 28678, 28691, 28705, 28727, 28743, 28758, 28774, 28791, 28808, 28821, 28838, 28852, 28867, 28877, 28893, 28908, 28926, 28935, 28955, 28976, 28993, 29017, 29042, 29060, 29079, 29101, 29122, 29144, 29165, 29183, 29201, 29220, 29240, 29261, 29282, 29304, 29322, 29347, 29373, 29392, 29412, 29435, 29457, 29480, 29502, 29521, 29540, 29560, 29581, 29603, 29611, 29621, 29628, 29639, 29647, 29659, 29678, 29693, 29705, 29713, 29721, 29741, 29758, 29777, 29798, 29813, 29826, 29843, 29858, 29879, 29893, 29899, 29906, 29914, 29923, 29935, 29945, 29952, 29963, 29972, 29982, 29993, 30005, 30016, 30027, 30039, 30050, 30062, 30070, 30081, 30090, 30102, 30113, 30125, 30138, 30150, 30167, 30185, 30196, 30208, 30221, 30228, 30234, 30254, 30269, 30280, 30292, 30304, 30316, 30329, 30337, 30345, 30357, 30370, 30382, 30391, 30410, 30424, 30434, 30452, 30469, 30485, 30501, 30516, 30540, 30555, 30574, 30589, 30609, 30631, 30647, 30664, 30686, 30702, 30719, 30737, 30756, 30771, 30787, 30803, 30821, 30836, 30856, 30879, 30897, 30911, 30934, 30951, 30972, 30992, 31012, 31031, 31047, 31077, 31097, 31111, 31121, 31137, 31160, 31178, 31201, 31219, 31238, 31258, 31274, 31291, 31310, 31326, 31347, 31371, 31389, 31420, 31441, 31447, 31464, 31478, 31495, 31517, 31539, 31560, 31575, 31592, 31608, 31619, 31629, 31644, 31660, 31669, 31679, 31690, 31701, 31717, 31734, 31744, 31755, 31767, 31779, 31793, 31811, 31823, 31832, 31847, 31865, 31885, 31906, 31917, 31935, 31951, 31969, 31983, 31993, 31997, 32002, 32014, 32029, 32041, 32052, 32064, 32077, 32088, 32103, 32115, 32132, 32145, 32157, 32163, 32172, 32188, 32198, 32203, 32209, 32216, 32229, 32239, 32245, 32257, 32271, 32290, 32306, 32324, 32345, 32357, 32366, 32386, 32408, 32433, 32440, 32453, 32467, 32478, 32490, 32509, 32518, 32537, 32554, 32566, 32579, 32593, 32598, 32609, 32621, 32635, 32648, 32662, 32678, 32691, 32700, 32711, 32725, 32737, 32749, 32763, 32772, 32782, 32791, 32805, 32818, 32830, 32835, 32844, 32851, 32863, 32871, 32883, 32891, 32898, 32905, 32918, 32938, 32960, 32983, 33004, 33012, 33020, 33026, 33033, 33044, 33060, 33071, 33095, 33116, 33138, 33144, 33151, 33159, 33168, 33174, 33185, 33197, 33212, 33227, 33236, 33257, 33275, 33289, 33305, 33324, 33341, 33358, 33377, 33391, 33406, 33420, 33439, 33457, 33465, 33473, 33479, 33488, 33502, 33516, 33529, 33544, 33558, 33568, 33577, 33585, 33608, 33631, 33655, 33684, 33704, 33726, 33750, 33769, 33779, 33787, 33803, 33815, 33827, 33838, 33853, 33871, 33878, 33885, 33900, 33914, 33930, 33952, 33971, 33986, 34003, 34023, 34041, 34059, 34079, 34094, 34110, 34125, 34145, 34164, 34179, 34190, 34200, 34220, 34231, 34240, 34257, 34270, 34283, 34295, 34311, 34330, 34339, 34359, 34372, 34401, 34423, 34444, 34464, 34485, 34506, 34532, 34561, 34573, 34584, 34596, 34608, 34625, 34655, 34678, 34700, 34721, 34743, 34765, 34792, 34822, 34842, 34845, 34853, 34866, 34881, 34893, 34899, 34907, 34916, 34921, 34929, 34943, 34956, 34970, 34983, 35003, 35015, 35038, 35061, 35083, 35104, 35126, 35146, 35159, 35173, 35188, 35199, 35204, 35210, 35217, 35228, 35238, 35254, 35270, 35282, 35293, 35305, 35318, 35335, 35355, 35370, 35377, 35385, 35391, 35398, 35408, 35417, 35430, 35434, 35442, 35455, 35467, 35480, 35495, 35513, 35526, 35540, 35555, 35571, 35590, 35604, 35619, 35635, 35646, 35654, 35670, 35684, 35700, 35713, 35730, 35745, 35758, 35778, 35802, 35824, 35844, 35867, 35886, 35906, 35927, 35946, 35962, 35974, 35987, 36001, 36013, 36027, 36031, 36041, 36049, 36056, 36064, 36076, 36090, 36109, 36122, 36137, 36153, 36167, 36187, 36200, 36218, 36235, 36255, 36273, 36297, 36314, 36322, 36331, 36340, 36350, 36357, 36367, 36378, 36387, 36400, 36420, 36424, 36430, 36440, 36455, 36468, 36488, 36496, 36516, 36526, 36537, 36550, 36564, 36584, 36597, 36615, 36627, 36646, 36664, 36674, 36692, 36708, 36715, 36726, 36739, 36752, 36760, 36771, 36789, 36801, 36807, 36817, 36835, 36851, 36874, 36887, 36901, 36918, 36941, 36957, 36978, 36993, 37015, 37024, 37043, 37060, 37084, 37098, 37113, 37131, 37155, 37172, 37194, 37210, 37233, 37241, 37250, 37258, 37265, 37274, 37284, 37292, 37299, 37309, 37317, 37324, 37337, 37353, 37374, 37388, 37401, 37410, 37429, 37443, 37455, 37468, 37483, 37498, 37512, 37525, 37536, 37548, 37560, 37570, 37579, 37597, 37608, 37624, 37634, 37651, 37668, 37677, 37688, 37700, 37709, 37717, 37726, 37734, 37749, 37763, 37782, 37808, 37820, 37837, 37857, 37872, 37894, 37909, 37929, 37941, 37953, 37968, 37981, 37996, 38010, 38025, 38039, 38055, 38068, 38078, 38100, 38115, 38135, 38149, 38170, 38185, 38198, 38212, 38228, 38244, 38259, 38274, 38288, 38306, 38318, 38327, 38344, 38358, 38376, 38396, 38411, 38424, 38436, 38445, 38460, 38478, 38499, 38522, 38537, 38555, 38571, 38588, 38609, 38629, 38644, 38660, 38675, 38686, 38702, 38723, 38739, 38753, 38768, 38785, 38802, 38818, 38834, 38850, 38866, 38881, 38900, 38913, 38921, 38930, 38951, 38966, 38977, 38989, 39006, 39026, 39037, 39047, 39059, 39064, 39070, 39078, 39089, 39102, 39111, 39120, 39130, 39141, 39151, 39163, 39174, 39188, 39203, 39216, 39225, 39235, 39244, 39259, 39274, 39290, 39301, 39315, 39323, 39331, 39341, 39352, 39365, 39377, 39390, 39399, 39424, 39450, 39474, 39497, 39519, 39544, 39567, 39589, 39611, 39631, 39651, 39670, 39691, 39711, 39722, 39734, 39752, 39772, 39790, 39805, 39817, 39830, 39844, 39863, 39884, 39907, 39929, 39951, 39972, 39990, 40011, 40022, 40036, 40049, 40063, 40074, 40095, 40102, 40123, 40129, 40137, 40154, 40169, 40191, 40203, 40216, 40232, 40254, 40269, 40289, 40303, 40324, 40342, 40351, 40362, 40377, 40390, 40410, 40430, 40448, 40473, 40488, 40504, 40523, 40548, 40566, 40589, 40606, 40630, 40651, 40670, 40696, 40712, 40729, 40749, 40775, 40794, 40818, 40836, 40861, 40870, 40879, 40889, 40899, 40910, 40919, 40930, 40942, 40952, 40961, 40973, 40983, 40992, 41006, 41020, 41040, 41053, 41071, 41083, 41102, 41110, 41118, 41137, 41151, 41162, 41172, 41191, 41208, 41232, 41246, 41261, 41279, 41303, 41320, 41342, 41358, 41381, 41392, 41407, 41415, 41427, 41440, 41451, 41468, 41485, 41501, 41516, 41542, 41568, 41593, 41617, 41642, 41665, 41681, 41695, 41710, 41719, 41730, 41744, 41757, 41776, 41787, 41804, 41807, 41817, 41831, 41840, 41851, 41863, 41877, 41891, 41900, 41911, 41921, 41933, 41945, 41953, 41966, 41977, 41989, 42003, 42017, 42025, 42042, 42059, 42075, 42083, 42101, 42116, 42132, 42150, 42168, 42184, 42200, 42212, 42227, 42240, 42250, 42267, 42279, 42293, 42312, 42331, 42349, 42365, 42380, 42397, 42406, 42412, 42427, 42435, 42448, 42461, 42477, 42485, 42495, 42502, 42517, 42532, 42546, 42558, 42569, 42582, 42600, 42619, 42640, 42646, 42661, 42676, 42690, 42696, 42703, 42726, 42748, 42768, 42787, 42807, 42828, 42847, 42856, 42866, 42878, 42888, 42897, 42915, 42935, 42948, 42967, 42981, 42998, 43015, 43030, 43048, 43065, 43082, 43096, 43110, 43124, 43135, 43149, 43166, 43184, 43196, 43212, 43221, 43233, 43247, 43261, 43278, 43305, 43314, 43325, 43334, 43353, 43371, 43387, 43403, 43420, 43433, 43446, 43463, 43478, 43489, 43502, 43515, 43541, 43568, 43594, 43618, 43642, 43667, 43688, 43709, 43734, 43757, 43776, 43797, 43818, 43852, 43871, 43885, 43900, 43916, 43934, 43952, 43967, 43982, 43994, 44012, 44025, 44035, 44053, 44078, 44102, 44124, 44146, 44169, 44188, 44207, 44230, 44251, 44268, 44287, 44306, 44338, 44346, 44372, 44397, 44420, 44443, 44467, 44487, 44507, 44531, 44553, 44571, 44591, 44611, 44644, 44649, 44665, 44683, 44694, 44711, 44723, 44738, 44753, 44766, 44782, 44797, 44812, 44824, 44836, 44848, 44857, 44869, 44884, 44900, 44910, 44924, 44931, 44941, 44953, 44965, 44980, 45005, 45013, 45025, 45039, 45051, 45062, 45075, 45080, 45086, 45091, 45099, 45110, 45124, 45136, 45149, 45162, 45172, 45180, 45193, 45203, 45213, 45225, 45235, 45245, 45256, 45267, 45275, 45282, 45304, 45323, 45341, 45355, 45370, 45389, 45410, 45428, 45441, 45455, 45477, 45496, 45510, 45525, 45535, 45546, 45556, 45568, 45572, 45581, 45591, 45596, 45602, 45609, 45626, 45632, 45648, 45660, 45668, 45673, 45685, 45694, 45704, 45715, 45727, 45738, 45749, 45761, 45772, 45784, 45800, 45817, 45824, 45828, 45833, 45839, 45845, 45857, 45888, 45919, 45948, 45972, 45997, 46002, 46008, 46023, 46030, 46053, 46073, 46092, 46107, 46123, 46145, 46164, 46178, 46193, 46216, 46236, 46251, 46267, 46278, 46290, 46295, 46306, 46314, 46323, 46331, 46340, 46351, 46367, 46372, 46378, 46383, 46389, 46395, 46400, 46411, 46423, 46434, 46448, 46458, 46467, 46472, 46478, 46491, 46504, 46517, 46533, 46543, 46547, 46553, 46560, 46569, 46575, 46588, 46599, 46610, 46622, 46629, 46637, 46644, 46651, 46659, 46679, 46696, 46714, 46720, 46726, 46735, 46745, 46752, 46760, 46765, 46771, 46782, 46796, 46814, 46831, 46846, 46868, 46889, 46908, 46928, 46944, 46949, 46955, 46962, 46977, 46994, 47007, 47023, 47032, 47037, 47048, 47059, 47074, 47090, 47104, 47121, 47131, 47145, 47159, 47169, 47178, 47189, 47200, 47209, 47221, 47229, 47239, 47244, 47250, 47259, 47268, 47279, 47290, 47295, 47301, 47310, 47317, 47332, 47348, 47360, 47377, 47383, 47396, 47410, 47423, 47438, 47454, 47462, 47470, 47479, 47501, 47523, 47543, 47558, 47574, 47585, 47597, 47601, 47610, 47626, 47633, 47640, 47660, 47680, 47689, 47708, 47731, 47754, 47773, 47794, 47813, 47838, 47856, 47875, 47890, 47909, 47928, 47947, 47970, 47993, 48012, 48033, 48052, 48077, 48095, 48114, 48133, 48156, 48179, 48198, 48219, 48238, 48263, 48281, 48300, 48311, 48326, 48345, 48368, 48391, 48410, 48431, 48450, 48475, 48493, 48512, 48527, 48544, 48559, 48580, 48594, 48609, 48622, 48636, 48653, 48672, 48695, 48718, 48737, 48758, 48777, 48802, 48820, 48839, 48852, 48869, 48881, 48899, 48919, 48939, 48949, 48960, 48972, 48992, 49016, 49040, 49060, 49082, 49102, 49128, 49147, 49167, 49183, 49203, 49223, 49243, 49267, 49291, 49311, 49333, 49353, 49379, 49398, 49418, 49438, 49462, 49486, 49506, 49528, 49548, 49574, 49593, 49613, 49633, 49657, 49681, 49701, 49723, 49743, 49769, 49788, 49808, 49824, 49842, 49858, 49880, 49895, 49911, 49931, 49955, 49979, 49999, 50021, 50041, 50067, 50086, 50106, 50119, 50135, 50150, 50162, 50177, 50189, 50203, 50215, 50227, 50235, 50244, 50259, 50278, 50291, 50305, 50317, 50329, 50345, 50365, 50381, 50395, 50410, 50423, 50436, 50453, 50474, 50486, 50494, 50498, 50508, 50515, 50523, 50528, 50534, 50549, 50561, 50571, 50584, 50597, 50612, 50636, 50658, 50674, 50689, 50698, 50716, 50732, 50743, 50751, 50765, 50775, 50786, 50794, 50798, 50817, 50828, 50833, 50840, 50854, 50873, 50892, 50910, 50922, 50936, 50949, 50956, 50970, 50977, 50992, 50997, 51003, 51010, 51018, 51028, 51041, 51045, 51055, 51065, 51076, 51082, 51099, 51116, 51132, 51150, 51173, 51191, 51205, 51220, 51238, 51253, 51269, 51283, 51298, 51316, 51330, 51346, 51359, 51375, 51388, 51400, 51413, 51419, 51431, 51441, 51458, 51471, 51487, 51500, 51508, 51517, 51528, 51540, 51550, 51559, 51571, 51581, 51590, 51598, 51608, 51618, 51628, 51638, 51642, 51657, 51667, 51684, 51697, 51714, 51729, 51746, 51762, 51784, 51802, 51824, 51847, 51865, 51879, 51894, 51912, 51927, 51943, 51969, 51985, 51999, 52014, 52032, 52046, 52055, 52062, 52077, 52092, 52106, 52122, 52143, 52159, 52171, 52184, 52200, 52213, 52227, 52239, 52252, 52268, 52274, 52297, 52316, 52335, 52345, 52363, 52377, 52391, 52400, 52407, 52424, 52439, 52452, 52459, 52471, 52487, 52501, 52513, 52523, 52539, 52562, 52592, 52604, 52617, 52629, 52641, 52654, 52669, 52685, 52697, 52710, 52725, 52739, 52750, 52764, 52779, 52795, 52809, 52827, 52838, 52853, 52879, 52890, 52900, 52911, 52926, 52939, 52953, 52968, 52980, 52996, 53019, 53038, 53060, 53082, 53105, 53133, 53152, 53173, 53196, 53219, 53242, 53266, 53295, 53315, 53337, 53361, 53374, 53388, 53404, 53420, 53433, 53447, 53464, 53477, 53491, 53506, 53521, 53534, 53548, 53561, 53575, 53590, 53607, 53622, 53639, 53653, 53664, 53675, 53688, 53698, 53709, 53721, 53732, 53743, 53755, 53771, 53788, 53803, 53820, 53840, 53851, 53866, 53888, 53906, 53919, 53937, 53955, 53972, 53983, 53996, 54008, 54020, 54026, 54043, 54055, 54069, 54081, 54099, 54125, 54128, 54132, 54144, 54153, 54163, 54177, 54187, 54201, 54211, 54227, 54244, 54259, 54274, 54289, 54299, 54310, 54324, 54334, 54345, 54359, 54373, 54388, 54398, 54409, 54420, 54441, 54459, 54475, 54493, 54513, 54530, 54549, 54565, 54583, 54599, 54619, 54638, 54660, 54677, 54694, 54713, 54732, 54757, 54773, 54784, 54799, 54813, 54830, 54845, 54863, 54880, 54897, 54916, 54940, 54958, 54977, 55001, 55020, 55038, 55066, 55084, 55104, 55126, 55146, 55168, 55184, 55202, 55222, 55244, 55260, 55267, 55279, 55292, 55304, 55314, 55326, 55339, 55352, 55364, 55381, 55400, 55421, 55447, 55473, 55503, 55523, 55541, 55552, 55568, 55578, 55587, 55603, 55613, 55625, 55638, 55655, 55670, 55685, 55695, 55706, 55713, 55725, 55741, 55754, 55765, 55777, 55792, 55803, 55815, 55829, 55840, 55850, 55864, 55880, 55892, 55911, 55930, 55935, 55946, 55962, 55979, 56000, 56017, 56037, 56055, 56074, 56091, 56108, 56129, 56148, 56168, 56186, 56204, 56212, 56223, 56230, 56238, 56251, 56261, 56271, 56285, 56290, 56300, 56309, 56315, 56324, 56339, 56355, 56372, 56389, 56413, 56431, 56441, 56456, 56465, 56481, 56499, 56515, 56529, 56541, 56551, 56570, 56579, 56583, 56595, 56603, 56609, 56615, 56622, 56630, 56646, 56661, 56680, 56700, 56715, 56735, 56749, 56761, 56776, 56794, 56806, 56814, 56821, 56829, 56838, 56859, 56875, 56896, 56911, 56927, 56946, 56950, 56955, 56974, 56992, 57007, 57023, 57040, 57053, 57069, 57083, 57094, 57115, 57130, 57152, 57168, 57190, 57205, 57220, 57234, 57245, 57257, 57270, 57279, 57291, 57301, 57319, 57336, 57350, 57365, 57381, 57393, 57408, 57421, 57431, 57451, 57465, 57486, 57501, 57522, 57536, 57546, 57565, 57583, 57598, 57614, 57631, 57644, 57660, 57674, 57685, 57706, 57721, 57743, 57759, 57781, 57796, 57803, 57820, 57831, 57849, 57861, 57879, 57898, 57916, 57931, 57947, 57964, 57977, 57993, 58007, 58018, 58039, 58054, 58076, 58092, 58114, 58129, 58149, 58168, 58184, 58201, 58219, 58233, 58250, 58265, 58277, 58299, 58315, 58338, 58355, 58378, 58394, 58405, 58425, 58444, 58460, 58477, 58495, 58509, 58526, 58541, 58553, 58575, 58591, 58614, 58631, 58654, 58670, 58678, 58690, 58698, 58708, 58718, 58725, 58732, 58740, 58745, 58762, 58776, 58792, 58810, 58822, 58836, 58848, 58866, 58877, 58886, 58895, 58903, 58912, 58920, 58926, 58931, 58937, 58945, 58949, 58955, 58965, 58973, 58986, 58996, 59007, 59023, 59036, 59059, 59079, 59099, 59119, 59142, 59169, 59193, 59217, 59241, 59268, 59276, 59288, 59294, 59304, 59313, 59322, 59330, 59338, 59345, 59354, 59364, 59372, 59379, 59389, 59397, 59404, 59416, 59426, 59435, 59444, 59455, 59464, 59472, 59487, 59497, 59514, 59533, 59545, 59560, 59575, 59588, 59599, 59617, 59631, 59643, 59650, 59659, 59667, 59673, 59683, 59694, 59708, 59720, 59733, 59746, 59756, 59764, 59777, 59787, 59799, 59809, 59819, 59830, 59838, 59847, 59856, 59867, 59879, 59889, 59898, 59910, 59920, 59929, 59940, 59950, 59961, 59989, 59997, 60006, 60023, 60034, 60053, 60072, 60084, 60094, 60103, 60122, 60141, 60153, 60166, 60176, 60189, 60206, 60213, 60224, 60236, 60248, 60265, 60284, 60306, 60321, 60342, 60362, 60378, 60389, 60400, 60412, 60421, 60430, 60437, 60449, 60456, 60470, 60477, 60486, 60496, 60514, 60530, 60546, 60553, 60560, 60568, 60590, 60611, 60629, 60648, 60668, 60684, 60703, 60720, 60734, 60758, 60776, 60801, 60820, 60845, 60863, 60881, 60898, 60912, 60927, 60943, 60955, 60970, 60991, 61011, 61028, 61046, 61065, 61080, 61098, 61114, 61127, 61150, 61167, 61191, 61209, 61233, 61250, 61263, 61285, 61306, 61324, 61343, 61363, 61379, 61398, 61415, 61429, 61453, 61471, 61496, 61515, 61540, 61558, 61568, 61588, 61602, 61623, 61638, 61659, 61681, 61702, 61720, 61739, 61759, 61775, 61791, 61810, 61827, 61841, 61865, 61883, 61908, 61927, 61952, 61970, 61993, 62015, 62034, 62054, 62075, 62092, 62112, 62130, 62145, 62170, 62189, 62215, 62235, 62261, 62280, 62294, 62320, 62341, 62362, 62381, 62404, 62426, 62445, 62465, 62486, 62503, 62523, 62541, 62560, 62575, 62600, 62619, 62645, 62663, 62682, 62701, 62721, 62747, 62767, 62786, 62795, 62802, 62810, 62827, 62843, 62852, 62862, 62870, 62879, 62895, 62910, 62922, 62936, 62950, 62965, 62976, 62987, 62992, 63004, 63014, 63029, 63041, 63051, 63059, 63071, 63082, 63093, 63104, 63117, 63128, 63138, 63150, 63169, 63183, 63200, 63217, 63232, 63245, 63265, 63281, 63295, 63304, 63314, 63324, 63335, 63345, 63359, 63370, 63382, 63392, 63403, 63415, 63425, 63436, 63446, 63452, 63468, 63487, 63499, 63517, 63534, 63547, 63557, 63571, 63588, 63606, 63625, 63636, 63644, 63652, 63661, 63672, 63684, 63694, 63703, 63715, 63725, 63734, 63756, 63775, 63793, 63807, 63822, 63843, 63861, 63874, 63888, 63910, 63929, 63943, 63958, 63968, 63979, 63986, 63993, 64001, 64009, 64021, 64034, 64040, 64048, 64057, 64067, 64074, 64086, 64100, 64114, 64128, 64142, 64161, 64169, 64180, 64197, 64207, 64225, 64234, 64244, 64260, 64278, 64294, 64304, 64315, 64325, 64337, 64343, 64350, 64358, 64367, 64371, 64378, 64387, 64396, 64406, 64413, 64429, 64447, 64462, 64479, 64493, 64509, 64529, 64550, 64566, 64582, 64591, 64599, 64608, 64617, 64624, 64635, 64640, 64652, 64671, 64691, 64718, 64739, 64752, 64762, 64772, 64784, 64803, 64816, 64835, 64851, 64868, 64888, 64906, 64927, 64947, 64968, 64991, 65014, 65031, 65052, 65071, 65093, 65113, 65135, 65159, 65183, 65202, 65214, 65223, 65233, 65244, 65253, 65263, 65277, 65286, 65295, 65303, 65307, 65312, 65318, 65341, 65361, 65380, 65395, 65411, 65433, 65452, 65466, 65481, 65504, 65524, 65539, 65555, 65566, 65578, 65593, 65605, 65616, 65624, 65630, 65648, 65671, 65689, 65707, 65723, 65735, 65741, 65763, 65776, 65791, 65806, 65815, 65825, 65839, 65858, 65878, 65891, 65905, 65920, 65927, 65935, 65947, 65964, 65982, 65993, 66005, 66018, 66024, 66043, 66052, 66059, 66076, 66084, 66093, 66104, 66116, 66126, 66135, 66147, 66157, 66166, 66178, 66192, 66195, 66199, 66208, 66218, 66226, 66239, 66266, 66277, 66295, 66307, 66318, 66334, 66343, 66353, 66364, 66376, 66389, 66403, 66416, 66429, 66443, 66456, 66470, 66478, 66487, 66501, 66516, 66529, 66545, 66551, 66561, 66570, 66580, 66588, 66598, 66608, 66630, 66649, 66670, 66693, 66710, 66725, 66743, 66762, 66778, 66795, 66818, 66834, 66849, 66871, 66878, 66888, 66895, 66914, 66930, 66948, 66968, 66982, 66997, 67013, 67026, 67040, 67060, 67073, 67088, 67097, 67106, 67118, 67131, 67145, 67156, 67172, 67187, 67199, 67211, 67226, 67242, 67252, 67260, 67272, 67290, 67310, 67328, 67343, 67363, 67375, 67384, 67391, 67404, 67422, 67441, 67459, 67477, 67495, 67507, 67533, 67548, 67567, 67582, 67599, 67607, 67634, 67650, 67662, 67672, 67688, 67694, 67701, 67709, 67723, 67738, 67750, 67763, 67782, 67791, 67804, 67818, 67824, 67831, 67836, 67842, 67859, 67867, 67879, 67883, 67888, 67909, 67927, 67944, 67957, 67971, 67982, 67993, 68006, 68026, 68043, 68055, 68068, 68089, 68107, 68120, 68134, 68143, 68154, 68162, 68172, 68187, 68194, 68203, 68209, 68223, 68236, 68250, 68259, 68271, 68279, 68294, 68310, 68327, 68341, 68357, 68370, 68385, 68404, 68413, 68424, 68436, 68446, 68457, 68466, 68476, 68483, 68492, 68502, 68520, 68532, 68552, 68572, 68585, 68596, 68606, 68626, 68646, 68657, 68671, 68678, 68690, 68702, 68707, 68718, 68730, 68741, 68752, 68762, 68778, 68788, 68795, 68810, 68824, 68835, 68848, 68861, 68875, 68887, 68900, 68907, 68915, 68921, 68936, 68949, 68964, 68975, 68985, 68996, 69005, 69015, 69024, 69034, 69050, 69062, 69075, 69093, 69109, 69128, 69136, 69145, 69155, 69166, 69182, 69189, 69197, 69209, 69223, 69237, 69251, 69265, 69272, 69289, 69305, 69316, 69326, 69336, 69352, 69363, 69378, 69385, 69392, 69398, 69405, 69412, 69419, 69428, 69438, 69445, 69452, 69469, 69485, 69496, 69506, 69516, 69532, 69539, 69553, 69568, 69583, 69604, 69611, 69619, 69627, 69649, 69659, 69667, 69675, 69679, 69688, 69697, 69707, 69717, 69728, 69741, 69747, 69757, 69769, 69774, 69782, 69794, 69809, 69827, 69840, 69856, 69867, 69877, 69886, 69895, 69915, 69933, 69946, 69963, 69985, 70008, 70024, 70041, 70059, 70077, 70100, 70124, 70141, 70159, 70178, 70188, 70197, 70203, 70212, 70224, 70232, 70244, 70258, 70267, 70279, 70288, 70298, 70309, 70319, 70331, 70345, 70356, 70365, 70387, 70403, 70415, 70428, 70446, 70467, 70479, 70490, 70502, 70519, 70541, 70564, 70580, 70597, 70615, 70628, 70642, 70660, 70683, 70707, 70724, 70750, 70773, 70797, 70815, 70834, 70848, 70862, 70874, 70881, 70889, 70897, 70906, 70917, 70925, 70933, 70944, 70952, 70963, 70980, 70990, 70997, 71012, 71025, 71038, 71051, 71063, 71071, 71080, 71092, 71103, 71112, 71116, 71124, 71136, 71144, 71155, 71169, 71179, 71192, 71201, 71214, 71223, 71234, 71249, 71260, 71280, 71295, 71313, 71324, 71334, 71354, 71372, 71385, 71399, 71416, 71432, 71444, 71451, 71458, 71466, 71479, 71483, 71488, 71508, 71526, 71531, 71537, 71542, 71548, 71555, 71573, 71592, 71608, 71625, 71642, 71646, 71651, 71668, 71683, 71701, 71718, 71736, 71756, 71776, 71790, 71808, 71824, 71843, 71860, 71879, 71900, 71921, 71937, 71956, 71970, 71978, 72002, 72019, 72052, 72078, 72103, 72127, 72152, 72177, 72207, 72240, 72256, 72271, 72287, 72303, 72324, 72358, 72385, 72411, 72436, 72462, 72488, 72519, 72553, 72577, 72591, 72606, 72623, 72638, 72646, 72649, 72658, 72668, 72679, 72686, 72694, 72706, 72719, 72739, 72756, 72774, 72780, 72787, 72794, 72803, 72808, 72823, 72837, 72845, 72860, 72877, 72892, 72904, 72913, 72922, 72929, 72937, 72948, 72960, 72975, 72996, 73021, 73047, 73074, 73094, 73114, 73135, 73155, 73176, 73184, 73190, 73196, 73202, 73206, 73211, 73218, 73238, 73257, 73271, 73284, 73297, 73316, 73326, 73338, 73353, 73366, 73383, 73391, 73403, 73411, 73424, 73437, 73448, 73459, 73470, 73480, 73489, 73498, 73512, 73519, 73530, 73537, 73548, 73566, 73580, 73587, 73595, 73602, 73609, 73617, 73635, 73648, 73661, 73677, 73694, 73703, 73711, 73720, 73737, 73755, 73764, 73774, 73798, 73811, 73835, 73857, 73874, 73891, 73909, 73924, 73940, 73959, 73979, 73993, 74004, 74016, 74025, 74036, 74046, 74063, 74068, 74073, 74079, 74088, 74095, 74102, 74110, 74117, 74127, 74139, 74153, 74165, 74178, 74187, 74197, 74204, 74212, 74219, 74226, 74234, 74242, 74259, 74274, 74279, 74291, 74312, 74330, 74347, 74360, 74374, 74385, 74397, 74410, 74423, 74438, 74453, 74468, 74484, 74500, 74518, 74529, 74545, 74561, 74578, 74595, 74614, 74626, 74646, 74663, 74675, 74688, 74709, 74727, 74740, 74754, 74762, 74771, 74787, 74803, 74820, 74837, 74856, 74868, 74881, 74897, 74907, 74916, 74926, 74932, 74939, 74945, 74952, 74967, 74983, 74991, 75000, 75004, 75028, 75049, 75069, 75085, 75102, 75125, 75145, 75160, 75176, 75200, 75221, 75237, 75254, 75266, 75279, 75287, 75292, 75298, 75315, 75322, 75331, 75339, 75358, 75377, 75395, 75415, 75440, 75460, 75476, 75493, 75513, 75530, 75548, 75564, 75581, 75601, 75618, 75635, 75651, 75669, 75692, 75710, 75724, 75739, 75757, 75772, 75788, 75802, 75817, 75835, 75841, 75850, 75862, 75871, 75884, 75902, 75912, 75923, 75935, 75942, 75950, 75958, 75967, 75977, 75988, 75999, 76008, 76021, 76030, 76040, 76052, 76057, 76069, 76082, 76097, 76102, 76107, 76113, 76127, 76142, 76154, 76165, 76177, 76188, 76200, 76211, 76224, 76241, 76255, 76271, 76283, 76295, 76309, 76325, 76339, 76355, 76368, 76378, 76390, 76408, 76423, 76439, 76454, 76470, 76488, 76503, 76517, 76531, 76547, 76566, 76576, 76582, 76589, 76603, 76618, 76627, 76636, 76646, 76656, 76667, 76671, 76687, 76701, 76714, 76725, 76734, 76748, 76765, 76780, 76793, 76800, 76808, 76823, 76836, 76851, 76862, 76872, 76883, 76893, 76904, 76913, 76923, 76936, 76948, 76969, 76988, 77006, 77022, 77036, 77055, 77077, 77097, 77115, 77135, 77153, 77173, 77189, 77204, 77220, 77235, 77251, 77265, 77280, 77298, 77315, 77333, 77355, 77373, 77390, 77403, 77420, 77433, 77445, 77469, 77479, 77493, 77508, 77518, 77531, 77550, 77575, 77604, 77634, 77665, 77689, 77713, 77738, 77762, 77787, 77806, 77821, 77839, 77852, 77869, 77887, 77909, 77927, 77946, 77966, 77979, 77993, 78008, 78016, 78028, 78044, 78061, 78082, 78099, 78117, 78136, 78148, 78161, 78175, 78184, 78194, 78200, 78207, 78213, 78223, 78228, 78236, 78249, 78254, 78263, 78273, 78277, 78282, 78287, 78296, 78311, 78327, 78341, 78356, 78362, 78368, 78379, 78393, 78404, 78413, 78423, 78436, 78454, 78466, 78486, 78506, 78519, 78530, 78545, 78555, 78575, 78595, 78606, 78620, 78634, 78651, 78660, 78667, 78679, 78691, 78704, 78719, 78740, 78756, 78775, 78793, 78817, 78836, 78860, 78885, 78910, 78931, 78953, 78975, 78981, 78997, 79011, 79024, 79038, 79045, 79055, 79068, 79074, 79080, 79095, 79110, 79129, 79141, 79152, 79163, 79179, 79191, 79207, 79220, 79237, 79256, 79270, 79284, 79300, 79312, 79326, 79342, 79356, 79372, 79385, 79395, 79407, 79422, 79436, 79452, 79471, 79478, 79485, 79493, 79501, 79514, 79525, 79536, 79545, 79552, 79562, 79573, 79585, 79593, 79616, 79637, 79657, 79675, 79696, 79720, 79742, 79762, 79781, 79801, 79821, 79839, 79852, 79866, 79878, 79894, 79911, 79927, 79944, 79952, 79964, 79975, 79986, 79998, 80023, 80038, 80063, 80086, 80104, 80123, 80140, 80155, 80164, 80172, 80186, 80204, 80223, 80246, 80270, 80295, 80313, 80331, 80350, 80368, 80387, 80410, 80437, 80465, 80494, 80516, 80538, 80561, 80583, 80606, 80625, 80645, 80658, 80671, 80690, 80713, 80737, 80762, 80780, 80798, 80817, 80835, 80854, 80868, 80881, 80895, 80904, 80913, 80923, 80934, 80943, 80952, 80962, 80974, 80985, 80997, 81007, 81018, 81026, 81050, 81071, 81091, 81107, 81124, 81147, 81167, 81182, 81198, 81210, 81234, 81255, 81276, 81299, 81319, 81341, 81360, 81376, 81397, 81422, 81439, 81451, 81464, 81477, 81496, 81513, 81518, 81524, 81533, 81548, 81567, 81581, 81589, 81611, 81628, 81643, 81660, 81679, 81699, 81712, 81727, 81743, 81765, 81785, 81800, 81816, 81835, 81853, 81867, 81882, 81896, 81909, 81927, 81943, 81956, 81962, 81969, 81977, 81982, 81988, 81999, 82016, 82035, 82057, 82067, 82090, 82100, 82109, 82116, 82122, 82130, 82144, 82160, 82174, 82185, 82197, 82209, 82221, 82231, 82237, 82244, 82253, 82263, 82273, 82279, 82299, 82311, 82325, 82343, 82362, 82382, 82403, 82427, 82449, 82472, 82496, 82521, 82541, 82565, 82585, 82605, 82626, 82642, 82654, 82670, 82687, 82696, 82712, 82721, 82727, 82739, 82751, 82757, 82768, 82777, 82786, 82792, 82802, 82812, 82826, 82844, 82855, 82865, 82876, 82888, 82900, 82919, 82932, 82943, 82958, 82971, 82985, 83001, 83014, 83029, 83042, 83053, 83064, 83076, 83088, 83100, 83112, 83128, 83150, 83165, 83196, 83220, 83243, 83265, 83288, 83311, 83339, 83370, 83384, 83397, 83411, 83425, 83444, 83476, 83501, 83525, 83548, 83572, 83596, 83625, 83657, 83679, 83691, 83702, 83714, 83723, 83733, 83753, 83775, 83790, 83811, 83827, 83846, 83865, 83882, 83902, 83921, 83940, 83956, 83972, 83988, 84001, 84017, 84036, 84056, 84070, 84088, 84099, 84113, 84129, 84145, 84164, 84193, 84203, 84214, 84224, 84235, 84255, 84276, 84288, 84299, 84311, 84324, 84338, 84352, 84373, 84395, 84413, 84432, 84446, 84455, 84466, 84478, 84488, 84499, 84509, 84523, 84538, 84548, 84568, 84589, 84598, 84608, 84623, 84644, 84663, 84684, 84701, 84717, 84733, 84748, 84767, 84785, 84804, 84827, 84846, 84861, 84872, 84882, 84900, 84920, 84933, 84952, 84966, 84983, 85000, 85015, 85033, 85050, 85067, 85081, 85095, 85109, 85120, 85134, 85151, 85169, 85181, 85197, 85206, 85218, 85232, 85246, 85263, 85290, 85295, 85312, 85322, 85333, 85352, 85372, 85384, 85395, 85419, 85438, 85456, 85471, 85483, 85500, 85515, 85543, 85566, 85588, 85607, 85628, 85644, 85659, 85674, 85688, 85700, 85713, 85727, 85741, 85756, 85772, 85784, 85794, 85805, 85813, 85822, 85831, 85841, 85857, 85868, 85880, 85899, 85919, 85948, 85972, 85995, 86015, 86029, 86044, 86057, 86068, 86080, 86090, 86101, 86117, 86134, 86145, 86162, 86178, 86198, 86219, 86236, 86254, 86271, 86289, 86304, 86318, 86339, 86359, 86372, 86383, 86403, 86422, 86433, 86452, 86472, 86485, 86499, 86507, 86516, 86530, 86543, 86556, 86571, 86590, 86611, 86624, 86639, 86656, 86674, 86696, 86714, 86733, 86753, 86766, 86782, 86796, 86811, 86825, 86836, 86848, 86859, 86864, 86882, 86898, 86913, 86926, 86937, 86955, 86971, 86981, 87000, 87017, 87032, 87045, 87056, 87065, 87079, 87091, 87096, 87106, 87115, 87124, 87135, 87150, 87167, 87176, 87187, 87200, 87214, 87232, 87246, 87261, 87277, 87286, 87298, 87308, 87319, 87328, 87342, 87354, 87374, 87392, 87412, 87431, 87449, 87468, 87474, 87489, 87507, 87531, 87550, 87570, 87591, 87607, 87624, 87637, 87656, 87678, 87706, 87729, 87753, 87778, 87798, 87819, 87841, 87866, 87897, 87923, 87950, 87978, 88001, 88025, 88036, 88048, 88057, 88067, 88087, 88102, 88118, 88136, 88153, 88172, 88191, 88206, 88222, 88237, 88253, 88266, 88285, 88299, 88310, 88325, 88344, 88362, 88384, 88403, 88422, 88441, 88463, 88473, 88484, 88504, 88525, 88535, 88546, 88558, 88579, 88601, 88619, 88638, 88655, 88675, 88701, 88722, 88744, 88767, 88785, 88804, 88814, 88826, 88846, 88867, 88876, 88886, 88907, 88923, 88940, 88958, 88978, 88998, 89015, 89032, 89046, 89066, 89081, 89093, 89113, 89125, 89134, 89141, 89149, 89167, 89186, 89201, 89216, 89232, 89249, 89265, 89281, 89298, 89311, 89324, 89343, 89363, 89379, 89395, 89412, 89430, 89447, 89461, 89476, 89490, 89510, 89531, 89548, 89565, 89583, 89602, 89620, 89641, 89663, 89681, 89699, 89718, 89738, 89757, 89764, 89776, 89787, 89794, 89807, 89813, 89825, 89837, 89848, 89858, 89879, 89900, 89920, 89939, 89959, 89977, 89988, 89997, 90001, 90007, 90020, 90032, 90045, 90054, 90070, 90087, 90097, 90108, 90131, 90146, 90160, 90173, 90186, 90206, 90220, 90233, 90247, 90257, 90267, 90277, 90287, 90303, 90314, 90324, 90335, 90347, 90360, 90371, 90385, 90400, 90420, 90431, 90444, 90462, 90474, 90493, 90509, 90521, 90532, 90550, 90561, 90577, 90588, 90598, 90616, 90626, 90637, 90644, 90660, 90673, 90680, 90693, 90707, 90717, 90734, 90752, 90763, 90775, 90790, 90804, 90819, 90833, 90848, 90859, 90870, 90882, 90895, 90909, 90923, 90938, 90949, 90967, 90986, 90998, 91011, 91027, 91042, 91058, 91073, 91085, 91097, 91110, 91124, 91139, 91153, 91168, 91180, 91195, 91216, 91235, 91256, 91273, 91289, 91305, 91320, 91339, 91357, 91376, 91399, 91418, 91427, 91435, 91444, 91465, 91478, 91490, 91501, 91512, 91530, 91542, 91552, 91563, 91576, 91594, 91610, 91633, 91646, 91660, 91677, 91700, 91716, 91737, 91752, 91774, 91787, 91799, 91818, 91835, 91859, 91873, 91888, 91906, 91930, 91947, 91969, 91985, 92008, 92020, 92027, 92036, 92043, 92057, 92079, 92096, 92109, 92121, 92140, 92153, 92166, 92184, 92203, 92221, 92242, 92250, 92258, 92266, 92281, 92304, 92322, 92336, 92349, 92369, 92383, 92397, 92416, 92436, 92455, 92477, 92486, 92494, 92502, 92516, 92525, 92539, 92559, 92577, 92597, 92613, 92628, 92643, 92657, 92675, 92692, 92710, 92732, 92750, 92758, 92767, 92774, 92780, 92789, 92799, 92807, 92814, 92824, 92834, 92845, 92853, 92859, 92866, 92880, 92893, 92909, 92930, 92945, 92956, 92967, 92981, 92994, 93003, 93015, 93034, 93048, 93060, 93073, 93088, 93103, 93116, 93128, 93142, 93155, 93166, 93175, 93187, 93200, 93212, 93224, 93237, 93255, 93270, 93279, 93290, 93306, 93316, 93326, 93343, 93357, 93366, 93372, 93378, 93395, 93405, 93414, 93423, 93437, 93449, 93458, 93466, 93481, 93496, 93509, 93523, 93538, 93548, 93559, 93573, 93590, 93608, 93627, 93639, 93652, 93677, 93694, 93710, 93725, 93740, 93762, 93778, 93793, 93809, 93826, 93838, 93850, 93862, 93874, 93892, 93905, 93916, 93928, 93941, 93956, 93969, 93983, 93998, 94011, 94025, 94041, 94058, 94068, 94090, 94103, 94118, 94138, 94152, 94166, 94187, 94202, 94215, 94229, 94247, 94263, 94279, 94293, 94306, 94321, 94335, 94347, 94367, 94375, 94384, 94400, 94411, 94429, 94446, 94459, 94472, 94486, 94500, 94515, 94529, 94544, 94558, 94575, 94581, 94595, 94617, 94634, 94647, 94659, 94678, 94691, 94704, 94722, 94741, 94759, 94780, 94793, 94809, 94828, 94848, 94864, 94887, 94911, 94928, 94946, 94967, 94987, 95008, 95028, 95045, 95062, 95080, 95099, 95119, 95139, 95160, 95177, 95201, 95226, 95244, 95263, 95285, 95306, 95328, 95349, 95367, 95385, 95404, 95424, 95445, 95452, 95461, 95476, 95494, 95517, 95533, 95548, 95559, 95580, 95596, 95610, 95625, 95642, 95659, 95675, 95690, 95703, 95708, 95714, 95721, 95729, 95734, 95740, 95752, 95766, 95778, 95787, 95792, 95802, 95815, 95824, 95834, 95843, 95859, 95873, 95890, 95907, 95922, 95940, 95956, 95972, 95987, 96001, 96026, 96051, 96075, 96098, 96122, 96144, 96159, 96172, 96179, 96188, 96200, 96209, 96220, 96229, 96239, 96253, 96269, 96288, 96307, 96325, 96342, 96370, 96398, 96425, 96451, 96478, 96503, 96521, 96537, 96546, 96556, 96568, 96575, 96583, 96592, 96602, 96616, 96634, 96656, 96675, 96693, 96707, 96722, 96733, 96754, 96772, 96785, 96799, 96809, 96831, 96850, 96869, 96890, 96908, 96928, 96945, 96959, 96978, 97001, 97016, 97026, 97035, 97047, 97058, 97069, 97082, 97090, 97099, 97110, 97120, 97126, 97144, 97147, 97155, 97168, 97171, 97187, 97195, 97207, 97219, 97235, 97241, 97259, 97272, 97283, 97295, 97305, 97316, 97327, 97336, 97343, 97351, 97362, 97371, 97380, 97390, 97403, 97415, 97427, 97440, 97454, 97472, 97491, 97504, 97511, 97522, 97539, 97549, 97559, 97567, 97576, 97585, 97592, 97600, 97611, 97620, 97629, 97639, 97643, 97657, 97672, 97688, 97715, 97724, 97730, 97741, 97753, 97767, 97779, 97796, 97810, 97822, 97835, 97849, 97860, 97870, 97892, 97899, 97914, 97932, 97945, 97959, 97974, 97986, 97996, 98002, 98008, 98014, 98024, 98034, 98046, 98059, 98071, 98081, 98091, 98102, 98119, 98125, 98132, 98140, 98149, 98158, 98168, 98185, 98201, 98215, 98236, 98256, 98274, 98293, 98308, 98330, 98354, 98363, 98373, 98383, 98394, 98401, 98415, 98426, 98435, 98450, 98461, 98472, 98486, 98498, 98511, 98523, 98534, 98546, 98555, 98562, 98573, 98583, 98596, 98605, 98614, 98622, 98632, 98643, 98652, 98660, 98671, 98680, 98688, 98703, 98719, 98731, 98743, 98756, 98770, 98783, 98793, 98803, 98814, 98824, 98834, 98846, 98856, 98865, 98881, 98894, 98911, 98927, 98940, 98953, 98969, 98983, 98997, 99012, 99026, 99043, 99061, 99075, 99089, 99104, 99120, 99135, 99148, 99157, 99171, 99185, 99190, 99198, 99207, 99216, 99223, 99231, 99243, 99257, 99271, 99281, 99294, 99301, 99308, 99317, 99325, 99338, 99344, 99358, 99368, 99373, 99379, 99388, 99403, 99416, 99430, 99442, 99454, 99470, 99484, 99499, 99512, 99525, 99536, 99548, 99564, 99577, 99586, 99597, 99611, 99623, 99632, 99644, 99658, 99672, 99681, 99697, 99714, 99732, 99751, 99761, 99770, 99784, 99797, 99816, 99836, 99857, 99879, 99887, 99894, 99913, 99927, 99942, 99960, 99976, 99994, 100012, 100027, 100045, 100060, 100072, 100090, 100103, 100113, 100131, 100138, 100147, 100169, 100193, 100220, 100229, 100236, 100247, 100263, 100272, 100291, 100299, 100308, 100320, 100333, 100348, 100365, 100377, 100390, 100406, 100420, 100436, 100452, 100474, 100487, 100503, 100520, 100533, 100547, 100570, 100580, 100590, 100602, 100618, 100633, 100644, 100657, 100667, 100675, 100688, 100703, 100713, 100729, 100740, 100750, 100765, 100779, 100788, 100798, 100806, 100811, 100817, 100832, 100845, 100856, 100872, 100884, 100897, 100911, 100921, 100940, 100957, 100972, 100992, 101008, 101025, 101045, 101064, 101081, 101105, 101128, 101149, 101171, 101189, 101198, 101208, 101214, 101226, 101240, 101250, 101266, 101284, 101295, 101302, 101317, 101329, 101340, 101352, 101365, 101378, 101392, 101404, 101420, 101434, 101449, 101466, 101480, 101496, 101510, 101522, 101535, 101548, 101561, 101574, 101585, 101597, 101610, 101624, 101639, 101654, 101669, 101679, 101691, 101704, 101715, 101727, 101738, 101753, 101769, 101780, 101796, 101808, 101815, 101822, 101833, 101844, 101849, 101859, 101870, 101882, 101892, 101907, 101919, 101933, 101945, 101955, 101966, 101977, 101988, 101998, 102012, 102022, 102028, 102035, 102042, 102047, 102052, 102058, 102064, 102072, 102089, 102116, 102139, 102162, 102172, 102189, 102206, 102221, 102237, 102253, 102271, 102288, 102302, 102325, 102343, 102357, 102372, 102385, 102403, 102418, 102433, 102449, 102466, 102485, 102504, 102520, 102538, 102552, 102565, 102580, 102598, 102612, 102632, 102642, 102647, 102653, 102659, 102665, 102678, 102696, 102707, 102719, 102739, 102757, 102772, 102799, 102819, 102838, 102856, 102875, 102894, 102918, 102945, 102960, 102970, 102981, 102990, 103000, 103009, 103025, 103038, 103058, 103072, 103088, 103102, 103122, 103143, 103174, 103199, 103218, 103235, 103247, 103257, 103268, 103278, 103289, 103304, 103320, 103333, 103351, 103370, 103399, 103422, 103439, 103456, 103480, 103505, 103540, 103569, 103592, 103608, 103625, 103647, 103670, 103703, 103730, 103751, 103773, 103796, 103829, 103856, 103877, 103900, 103924, 103958, 103986, 104008, 104026, 104054, 104076, 104092, 104110, 104127, 104143, 104171, 104192, 104212, 104231, 104251, 104271, 104296, 104324, 104342, 104361, 104379, 104398, 104427, 104450, 104467, 104486, 104506, 104536, 104560, 104578, 104592, 104603, 104627, 104645, 104657, 104667, 104676, 104692, 104704, 104721, 104733, 104746, 104761, 104776, 104790, 104807, 104822, 104836, 104852, 104873, 104893, 104913, 104934, 104949, 104965, 104986, 105005, 105021, 105036, 105050, 105067, 105085, 105100, 105116, 105141, 105162, 105177, 105194, 105213, 105230, 105249, 105262, 105277, 105293, 105310, 105329, 105342, 105358, 105370, 105377, 105383, 105396, 105409, 105420, 105432, 105444, 105458, 105471, 105481, 105500, 105514, 105524, 105535, 105544, 105558, 105569, 105580, 105592, 105605, 105620, 105635, 105647, 105661, 105671, 105680, 105691, 105705, 105715, 105731, 105742, 105755, 105765, 105774, 105789, 105804, 105811, 105820, 105826, 105833, 105846, 105861, 105872, 105884, 105897, 105907, 105919, 105925, 105931, 105944, 105959, 105972, 105982, 105994, 106002, 106013, 106029, 106049, 106065, 106077, 106093, 106105, 106119, 106137, 106151, 106156, 106167, 106171, 106180, 106200, 106215, 106231, 106250, 106267, 106294, 106313, 106332, 106348, 106372, 106395, 106411, 106424, 106443, 106457, 106480, 106493, 106504, 106521, 106542, 106563, 106582, 106596, 106610, 106632, 106644, 106655, 106667, 106677, 106685, 106695, 106710, 106724, 106737, 106749, 106766, 106776, 106783, 106794, 106807, 106815, 106824, 106839, 106855, 106872, 106889, 106898, 106908, 106927, 106958, 106987, 107021, 107052, 107086, 107117, 107150, 107178, 107197, 107211, 107226, 107249, 107270, 107296, 107319, 107339, 107365, 107388, 107413, 107433, 107457, 107479, 107494, 107517, 107526, 107539, 107552, 107562, 107578, 107590, 107598, 107608, 107622, 107634, 107643, 107653, 107664, 107680, 107695, 107708, 107718, 107736, 107746, 107754, 107780, 107803, 107825, 107847, 107867, 107880, 107896, 107913, 107931, 107944, 107958, 107969, 107982, 107999, 108012, 108029, 108037, 108066, 108093, 108125, 108154, 108186, 108215, 108246, 108272, 108285, 108306, 108325, 108349, 108370, 108394, 108415, 108438, 108456, 108465, 108475, 108500, 108515, 108531, 108546, 108560, 108569, 108580, 108595, 108610, 108622, 108628, 108641, 108653, 108673, 108694, 108707, 108722, 108739, 108759, 108780, 108796, 108827, 108848, 108863, 108883, 108899, 108918, 108934, 108950, 108966, 108985, 109000, 109016, 109032, 109050, 109071, 109093, 109110, 109142, 109156, 109169, 109188, 109205, 109225, 109247, 109272, 109298, 109319, 109355, 109368, 109382, 109397, 109411, 109431, 109445, 109464, 109479, 109497, 109512, 109527, 109542, 109560, 109574, 109589, 109605, 109622, 109638, 109654, 109672, 109693, 109715, 109732, 109764, 109786, 109810, 109839, 109860, 109880, 109900, 109914, 109933, 109948, 109966, 109981, 109996, 110011, 110029, 110044, 110060, 110076, 110098, 110114, 110135, 110152, 110172, 110189, 110206, 110223, 110243, 110265, 110289, 110318, 110339, 110359, 110380, 110395, 110415, 110431, 110450, 110466, 110482, 110498, 110517, 110533, 110551, 110577, 110597, 110622, 110643, 110667, 110688, 110709, 110730, 110754, 110766, 110779, 110800, 110813, 110826, 110844, 110864, 110889, 110906, 110922, 110936, 110951, 110967, 110991, 111009, 111032, 111051, 111073, 111092, 111111, 111130, 111152, 111164, 111187, 111212, 111242, 111264, 111285, 111295, 111313, 111328, 111343, 111355, 111368, 111391, 111416, 111446, 111468, 111489, 111509, 111531, 111558, 111577, 111595, 111612, 111631, 111653, 111676, 111694, 111727, 111744, 111762, 111779, 111791, 111811, 111825, 111844, 111859, 111877, 111892, 111907, 111922, 111940, 111951, 111962, 111979, 111998, 112020, 112043, 112061, 112094, 112116, 112132, 112153, 112170, 112190, 112207, 112224, 112241, 112261, 112280, 112297, 112316, 112338, 112361, 112379, 112412, 112434, 112450, 112471, 112488, 112508, 112525, 112542, 112559, 112579, 112594, 112615, 112634, 112654, 112668, 112684, 112703, 112723, 112738, 112768, 112783, 112800, 112820, 112841, 112857, 112888, 112902, 112917, 112937, 112951, 112970, 112985, 113003, 113018, 113033, 113048, 113066, 113092, 113112, 113137, 113158, 113182, 113203, 113224, 113245, 113269, 113295, 113315, 113340, 113361, 113385, 113406, 113427, 113448, 113472, 113496, 113514, 113537, 113556, 113578, 113597, 113616, 113635, 113657, 113685, 113707, 113734, 113757, 113783, 113806, 113829, 113852, 113878, 113889, 113901, 113908, 113926, 113939, 113953, 113970, 113985, 114010, 114027, 114044, 114058, 114080, 114101, 114115, 114126, 114143, 114155, 114176, 114185, 114204, 114221, 114233, 114243, 114255, 114283, 114309, 114340, 114368, 114399, 114427, 114457, 114482, 114493, 114505, 114525, 114543, 114566, 114586, 114603, 114626, 114646, 114668, 114685, 114697, 114704, 114709, 114715, 114727, 114745, 114763, 114780, 114796, 114823, 114850, 114876, 114901, 114927, 114951, 114968, 114983, 114988, 114996, 115002, 115016, 115024, 115049, 115065, 115085, 115102, 115120, 115133, 115148, 115160, 115183, 115210, 115233, 115247, 115265, 115281, 115301, 115315, 115329, 115354, 115379, 115404, 115430, 115445, 115456, 115469, 115483, 115493, 115502, 115504, 115506, 115508, 115511, 115513, 115515, 115517, 115519, 115521, 115523, 115525, 115527, 115538, 115544, 115554, 115567, 115575, 115584, 115594, 115605, 115614, 115623, 115633, 115644, 115653, 115662, 115673, 115689, 115699, 115712, 115726, 115734, 115747, 115758, 115763, 115769, 115778, 115792, 115811, 115826, 115847, 115859, 115877, 115896, 115909, 115930, 115943, 115959, 115973, 115988, 116005, 116015, 116030, 116042, 116055, 116066, 116086, 116096, 116107, 116129, 116143, 116160, 116175, 116191, 116209, 116232, 116247, 116265, 116281, 116298, 116317, 116329, 116335, 116343, 116358, 116374, 116388, 116404, 116423, 116448, 116466, 116486, 116501, 116521, 116547, 116566, 116587, 116598, 116612, 116622, 116637, 116650, 116664, 116683, 116695, 116708, 116722, 116740, 116747, 116760, 116768, 116780, 116795, 116802, 116815, 116829, 116840, 116850, 116867, 116885, 116900, 116919, 116934, 116948, 116957, 116966, 116984, 117001, 117023, 117040, 117051, 117076, 117101, 117120, 117143, 117153, 117169, 117186, 117200, 117220, 117241, 117259, 117281, 117299, 117310, 117320, 117336, 117350, 117369, 117386, 117406, 117422, 117442, 117459, 117475, 117492, 117509, 117527, 117546, 117560, 117575, 117593, 117606, 117618, 117630, 117641, 117658, 117671, 117674, 117678, 117689, 117701, 117706, 117712, 117725, 117736, 117749, 117764, 117777, 117788, 117803, 117816, 117828, 117840, 117850, 117864, 117882, 117895, 117912, 117927, 117937, 117948, 117954, 117968, 117980, 117994, 118010, 118024, 118036, 118049, 118065, 118077, 118091, 118102, 118108, 118121, 118137, 118157, 118173, 118183, 118194, 118205, 118211, 118231, 118254, 118277, 118297, 118319, 118328, 118341, 118356, 118371, 118384, 118396, 118413, 118432, 118454, 118476, 118495, 118516, 118525, 118535, 118559, 118586, 118613, 118637, 118663, 118676, 118699, 118725, 118751, 118774, 118799, 118812, 118823, 118837, 118849, 118859, 118873, 118891, 118904, 118921, 118931, 118937, 118955, 118957, 118974, 118994, 119014, 119031, 119050, 119059, 119073, 119079, 119089, 119101, 119113, 119123, 119132, 119146, 119162, 119181, 119200, 119216, 119234, 119245, 119261, 119267, 119275, 119288, 119300, 119307, 119328, 119352, 119376, 119397, 119420, 119430, 119450, 119473, 119496, 119516, 119538, 119548, 119556, 119567, 119576, 119592, 119610, 119625, 119644, 119651, 119662, 119677, 119687, 119701, 119708, 119713, 119722, 119728, 119732, 119745, 119755, 119774, 119791, 119812, 119833, 119846, 119854, 119863, 119875, 119882, 119893, 119908, 119918, 119929, 119940, 119953, 119964, 119975, 119988, 119998, 120010, 120026, 120040, 120058, 120076, 120100, 120122, 120148, 120174, 120188, 120200, 120216, 120237, 120256, 120279, 120302, 120324, 120344, 120368, 120392, 120412, 120430, 120452, 120474, 120497, 120518, 120543, 120568, 120584, 120606, 120626, 120650, 120674, 120691, 120706, 120725, 120744, 120757, 120771, 120786, 120799, 120816, 120833, 120841, 120870, 120897, 120928, 120959, 120978, 120995, 121016, 121042, 121066, 121094, 121122, 121149, 121174, 121203, 121232, 121257, 121280, 121307, 121334, 121362, 121388, 121418, 121448, 121469, 121496, 121521, 121550, 121579, 121597, 121613, 121633, 121653, 121664, 121681, 121696, 121715, 121734, 121743, 121753, 121764, 121779, 121794, 121806, 121826, 121849, 121876, 121893, 121911, 121933, 121945, 121954, 121964, 121978, 121994, 122012, 122030, 122045, 122062, 122073, 122091, 122099, 122109, 122120, 122156, 122171, 122182, 122188, 122199, 122202, 122214, 122225, 122237, 122244, 122255, 122269, 122278, 122288, 122298, 122309, 122319, 122331, 122341, 122351, 122363, 122374, 122382, 122391, 122401, 122418, 122434, 122442, 122451, 122461, 122473, 122477, 122489, 122497, 122508, 122513, 122522, 122529, 122537, 122543, 122550, 122563, 122573, 122586, 122603, 122618, 122633, 122643, 122653, 122665, 122682, 122695, 122711, 122726, 122744, 122760, 122780, 122799, 122814, 122829, 122840, 122862, 122877, 122892, 122909, 122921, 122932, 122942, 122950, 122959, 122974, 122994, 123014, 123043, 123073, 123102, 123124, 123151, 123177, 123201, 123218, 123239, 123270, 123302, 123333, 123357, 123386, 123414, 123440, 123454, 123468, 123485, 123505, 123518, 123534, 123562, 123591, 123619, 123640, 123666, 123691, 123714, 123727, 123745, 123758, 123777, 123794, 123809, 123824, 123836, 123840, 123850, 123858, 123874, 123893, 123916, 123935, 123948, 123957, 123964, 123970, 123984, 123996, 124010, 124026, 124040, 124052, 124065, 124081, 124093, 124117, 124139, 124165, 124191, 124208, 124226, 124240, 124252, 124268, 124285, 124306, 124325, 124348, 124371, 124386, 124408, 124428, 124452, 124476, 124494, 124513, 124533, 124551, 124573, 124595, 124608, 124629, 124651, 124672, 124691, 124714, 124735, 124760, 124785, 124801, 124823, 124843, 124867, 124891, 124905, 124912, 124927, 124945, 124967, 124985, 124997, 125015, 125028, 125042, 125049, 125057, 125065, 125074, 125084, 125094, 125106, 125120, 125126, 125141, 125149, 125158, 125169, 125186, 125206, 125222, 125243, 125261, 125277, 125294, 125309, 125319, 125331, 125355, 125366, 125390, 125408, 125430, 125441, 125449, 125461, 125478, 125497, 125511, 125524, 125538, 125551, 125564, 125577, 125591, 125603, 125619, 125634, 125654, 125675, 125689, 125704, 125717, 125734, 125743, 125756, 125768, 125775, 125793, 125803, 125815, 125833, 125849, 125868, 125886, 125905, 125922, 125941, 125962, 125974, 125987, 125999, 126007, 126023, 126044, 126068, 126096, 126114, 126133, 126156, 126169, 126177, 126187, 126196, 126199, 126203, 126212, 126224, 126247, 126266, 126274, 126277, 126285, 126300, 126310, 126322, 126336, 126349, 126360, 126371, 126389, 126402, 126417, 126434, 126450, 126464, 126475, 126493, 126506, 126521, 126538, 126554, 126568, 126574, 126583, 126594, 126611, 126626, 126639, 126654, 126664, 126681, 126693, 126707, 126723, 126738, 126751, 126759, 126765, 126771, 126784, 126802, 126823, 126848, 126863, 126879, 126899, 126909, 126915, 126925, 126932, 126946, 126963, 126980, 126995, 127008, 127027, 127043, 127057, 127063, 127070, 127089, 127107, 127131, 127158, 127185, 127209, 127235, 127251, 127272, 127285, 127302, 127321, 127340, 127357, 127373, 127394, 127417, 127443, 127469, 127492, 127517, 127535, 127558, 127571, 127586, 127606, 127625, 127639, 127667, 127698, 127729, 127757, 127787, 127804, 127831, 127861, 127891, 127918, 127947, 127964, 127979, 127997, 128013, 128027, 128045, 128067, 128084, 128105, 128119, 128126, 128145, 128160, 128184, 128204, 128229, 128249, 128270, 128290, 128305, 128328, 128347, 128375, 128399, 128428, 128452, 128477, 128501, 128520, 128540, 128556, 128569, 128584, 128599, 128609, 128619, 128636, 128649, 128665, 128680, 128698, 128714, 128734, 128753, 128768, 128783, 128794, 128806, 128816, 128826, 128833, 128840, 128846, 128855, 128863, 128874, 128883, 128888, 128894, 128904, 128914, 128923, 128936, 128948, 128959, 128967, 128975, 128982, 128997, 129010, 129025, 129042, 129057, 129070, 129084, 129101, 129114, 129123, 129139, 129153, 129169, 129187, 129203, 129217, 129232, 129250, 129264, 129278, 129306, 129329, 129358, 129383, 129411, 129438, 129460, 129483, 129501, 129520, 129545, 129563, 129583, 129603, 129635, 129664, 129671, 129688, 129710, 129734, 129753, 129763, 129781, 129804, 129830, 129860, 129880, 129901, 129926, 129941, 129958, 129980, 130004, 130023, 130033, 130051, 130074, 130100, 130130, 130150, 130171, 130196, 130211, 130226, 130250, 130275, 130303, 130328, 130355, 130382, 130409, 130434, 130457, 130473, 130492, 130508, 130530, 130553, 130579, 130602, 130627, 130652, 130677, 130700, 130721, 130743, 130766, 130792, 130815, 130840, 130865, 130890, 130913, 130934, 130952, 130970, 130995, 131021, 131050, 131076, 131104, 131132, 131160, 131186, 131210, 131228, 131244, 131258, 131261, 131266, 131272, 131282, 131292, 131302, 131312, 131322, 131331, 131342, 131355, 131364, 131374, 131384, 131396, 131409, 131422, 131435, 131448, 131461, 131476, 131481, 131490, 131496, 131504, 131512, 131519, 131525, 131530, 131544, 131559, 131570, 131587, 131601, 131611, 131628, 131646, 131660, 131675, 131691, 131707, 131718, 131728, 131735, 131742, 131754, 131757, 131763, 131776, 131783, 131796, 131815, 131829, 131840, 131857, 131875, 131890, 131909, 131924, 131948, 131968, 131993, 132013, 132034, 132054, 132069, 132092, 132107, 132126, 132154, 132178, 132207, 132231, 132256, 132280, 132299, 132319, 132335, 132343, 132352, 132357, 132365, 132371, 132378, 132395, 132408, 132429, 132448, 132466, 132482, 132500, 132515, 132529, 132543, 132564, 132583, 132601, 132617, 132635, 132657, 132671, 132688, 132703, 132719, 132737, 132749, 132763, 132778, 132795, 132816, 132837, 132856, 132879, 132897, 132912, 132930, 132947, 132963, 132980, 132996, 133014, 133033, 133048, 133072, 133088, 133107, 133124, 133142, 133162, 133173, 133190, 133212, 133232, 133251, 133268, 133287, 133299, 133316, 133334, 133344, 133357, 133374, 133386, 133396, 133402, 133406, 133417, 133438, 133457, 133474, 133485, 133491, 133506, 133513, 133523, 133532, 133538, 133549, 133557, 133568, 133577, 133584, 133589, 133595, 133602, 133617, 133633, 133645, 133663, 133678, 133689, 133707, 133714, 133718, 133730, 133740, 133752, 133766, 133778, 133788, 133799, 133813, 133823, 133826, 133844, 133865, 133886, 133904, 133924, 133934, 133949, 133956, 133967, 133980, 133993, 134004, 134014, 134029, 134046, 134066, 134086, 134103, 134122, 134134, 134151, 134158, 134167, 134181, 134194, 134202, 134224, 134249, 134274, 134296, 134320, 134331, 134352, 134376, 134400, 134421, 134444, 134455, 134464, 134476, 134486, 134494, 134506, 134522, 134533, 134548, 134556, 134566, 134580, 134586, 134599, 134615, 134622, 134632, 134644, 134652, 134658, 134665, 134673, 134679, 134696, 134714, 134726, 134737, 134747, 134759, 134765, 134772, 134783, 134794, 134805, 134816, 134827, 134840, 134852, 134868, 134880, 134889, 134899, 134913, 134927, 134941, 134955, 134969, 134985, 135000, 135012, 135015, 135025, 135030, 135034, 135045, 135058, 135070, 135077, 135086, 135097, 135106, 135115, 135130, 135147, 135163, 135176, 135191, 135200, 135210, 135219, 135229, 135243, 135255, 135272, 135287, 135305, 135319, 135339, 135363, 135375, 135391, 135410, 135428, 135447, 135471, 135499, 135515, 135535, 135558, 135580, 135603, 135615, 135624, 135634, 135647, 135654, 135666, 135679, 135689, 135701, 135722, 135742, 135767, 135787, 135801, 135829, 135857, 135879, 135905, 135912, 135930, 135945, 135962, 135982, 136003, 136019, 136034, 136050, 136064, 136084, 136107, 136124, 136140, 136157, 136171, 136179, 136197, 136207, 136210, 136214, 136217, 136221, 136227, 136248, 136260, 136274, 136291, 136305, 136321, 136335, 136355, 136367, 136383, 136397, 136416, 136433, 136453, 136469, 136484, 136494, 136502, 136512, 136525, 136541, 136562, 136581, 136598, 136614, 136632, 136655, 136670, 136690, 136709, 136722, 136740, 136762, 136779, 136800, 136814, 136829, 136846, 136863, 136880, 136898, 136915, 136933, 136948, 136965, 136982, 136999, 137017, 137034, 137052, 137062, 137076, 137094, 137113, 137122, 137126, 137131, 137145, 137165, 137181, 137194, 137209, 137227, 137248, 137254, 137265, 137282, 137292, 137302, 137314, 137329, 137332, 137343, 137359, 137373, 137392, 137396, 137401, 137406, 137429, 137451, 137461, 137472, 137481, 137493, 137506, 137527, 137550, 137564, 137576, 137582, 137592, 137613, 137637, 137661, 137682, 137705, 137715, 137732, 137758, 137785, 137811, 137830, 137854, 137877, 137898, 137917, 137934, 137952, 137968, 137986, 138014, 138043, 138071, 138092, 138118, 138143, 138166, 138176, 138186, 138197, 138206, 138226, 138249, 138272, 138292, 138314, 138324, 138349, 138377, 138405, 138430, 138457, 138471, 138495, 138522, 138549, 138573, 138599, 138613, 138630, 138640, 138665, 138691, 138716, 138734, 138757, 138779, 138799, 138814, 138828, 138840, 138850, 138861, 138872, 138883, 138889, 138907, 138922, 138936, 138947, 138954, 138969, 138989, 139012, 139039, 139056, 139074, 139096, 139108, 139129, 139147, 139164, 139178, 139189, 139195, 139208, 139213, 139223, 139231, 139240, 139253, 139269, 139285, 139299, 139311, 139329, 139344, 139357, 139370, 139377, 139389, 139404, 139420, 139435, 139448, 139464, 139481, 139495, 139510, 139521, 139534, 139542, 139559, 139574, 139594, 139612, 139625, 139641, 139658, 139672, 139689, 139707, 139722, 139738, 139750, 139764, 139785, 139802, 139809, 139820, 139833, 139849, 139868, 139874, 139882, 139891, 139901, 139912, 139929, 139948, 139968, 139987, 140002, 140021, 140039, 140054, 140068, 140087, 140104, 140127, 140143, 140164, 140179, 140205, 140230, 140259, 140273, 140287, 140310, 140337, 140364, 140395, 140420, 140441, 140472, 140502, 140536, 140564, 140596, 140628, 140664, 140694, 140720, 140750, 140774, 140796, 140823, 140854, 140877, 140902, 140924, 140951, 140970, 140992, 141008, 141025, 141055, 141085, 141107, 141131, 141157, 141185, 141212, 141223, 141232, 141249, 141269, 141289, 141307, 141323, 141345, 141364, 141381, 141388, 141395, 141402, 141409, 141421, 141447, 141470, 141492, 141515, 141538, 141562, 141587, 141607, 141628, 141652, 141671, 141689, 141707, 141724, 141731, 141745, 141760, 141772, 141784, 141804, 141820, 141839, 141856, 141869, 141886, 141895, 141905, 141925, 141944, 141965, 141989, 142013, 142033, 142053, 142074, 142095, 142122, 142136, 142156, 142171, 142187, 142197, 142206, 142227, 142245, 142257, 142274, 142287, 142308, 142331, 142345, 142359, 142387, 142414, 142425, 142440, 142451, 142463, 142490, 142518, 142539, 142561, 142586, 142612, 142639, 142667, 142695, 142724, 142743, 142763, 142782, 142802, 142825, 142849, 142872, 142896, 142906, 142915, 142923, 142942, 142954, 142969, 142983, 142998, 143013, 143029, 143048, 143064, 143078, 143098, 143114, 143131, 143138, 143153, 143165, 143180, 143199, 143213, 143225, 143239, 143256, 143276, 143286, 143297, 143313, 143336, 143363, 143386, 143409, 143433, 143457, 143479, 143505, 143527, 143549, 143572, 143595, 143616, 143638, 143660, 143669, 143691, 143703, 143715, 143736, 143756, 143767, 143777, 143792, 143795, 143806, 143816, 143826, 143838, 143849, 143860, 143865, 143872, 143894, 143919, 143944, 143966, 143990, 144001, 144016, 144033, 144052, 144073, 144097, 144121, 144142, 144165, 144176, 144188, 144214, 144243, 144272, 144298, 144326, 144341, 144366, 144394, 144422, 144447, 144474, 144489, 144502, 144518, 144532, 144544, 144548, 144553, 144565, 144577, 144590, 144608, 144622, 144637, 144653, 144669, 144680, 144690, 144700, 144717, 144724, 144731, 144741, 144762, 144786, 144810, 144831, 144854, 144864, 144881, 144907, 144934, 144960, 144979, 145003, 145026, 145047, 145066, 145083, 145101, 145117, 145135, 145163, 145192, 145220, 145241, 145267, 145292, 145315, 145325, 145335, 145346, 145355, 145375, 145398, 145421, 145441, 145463, 145473, 145498, 145526, 145554, 145579, 145606, 145620, 145644, 145671, 145698, 145722, 145748, 145762, 145779, 145789, 145814, 145840, 145865, 145883, 145906, 145928, 145948, 145960, 145977, 145996, 146011, 146025, 146037, 146047, 146058, 146069, 146081, 146091, 146098, 146116, 146131, 146145, 146156, 146163, 146169, 146182, 146202, 146219, 146230, 146245, 146256, 146263, 146278, 146289, 146300, 146313, 146333, 146347, 146359, 146374, 146385, 146401, 146414, 146423, 146431, 146438, 146456, 146470, 146489, 146504, 146520, 146532, 146543, 146553, 146564, 146576, 146587, 146596, 146599, 146602, 146606, 146610, 146618, 146627, 146631, 146635, 146638, 146642, 146645, 146659, 146667, 146676, 146688, 146699, 146712, 146716, 146721, 146732, 146748, 146772, 146795, 146819, 146841, 146869, 146890, 146904, 146919, 146921, 146924, 146935, 146951, 146963, 146976, 146994, 147005, 147014, 147027, 147041, 147048, 147056, 147063, 147074, 147086, 147098, 147113, 147128, 147141, 147152, 147169, 147183, 147195, 147201, 147214, 147234, 147251, 147262, 147277, 147288, 147296, 147308, 147321, 147335, 147352, 147369, 147384, 147397, 147416, 147432, 147446, 147463, 147477, 147490, 147500, 147512, 147535, 147542, 147554, 147559, 147569, 147575, 147582, 147593, 147612, 147628, 147641, 147652, 147667, 147678, 147690, 147697, 147712, 147732, 147755, 147782, 147799, 147817, 147839, 147851, 147864, 147876, 147882, 147896, 147911, 147922, 147939, 147953, 147963, 147980, 147985, 147989, 148001, 148017, 148034, 148045, 148054, 148063, 148071, 148079, 148093, 148106, 148117, 148130, 148143, 148156, 148170, 148183, 148197, 148203, 148213, 148231, 148254, 148275, 148295, 148314, 148334, 148352, 148372, 148393, 148415, 148432, 148446, 148460, 148476, 148494, 148515, 148531, 148546, 148561, 148575, 148586, 148605, 148627, 148648, 148667, 148688, 148711, 148726, 148743, 148765, 148782, 148798, 148805, 148812, 148819, 148828, 148838, 148849, 148861, 148873, 148886, 148899, 148913, 148927, 148942, 148952, 148963, 148976, 148990, 149000, 149011, 149022, 149036, 149051, 149067, 149083, 149100, 149117, 149135, 149153, 149172, 149186, 149201, 149218, 149236, 149250, 149265, 149280, 149295, 149306, 149314, 149329, 149345, 149362, 149379, 149397, 149415, 149434, 149453, 149473, 149488, 149504, 149522, 149541, 149556, 149572, 149588, 149604, 149613, 149623, 149632, 149642, 149653, 149662, 149676, 149691, 149704, 149715, 149733, 149748, 149765, 149779, 149790, 149802, 149812, 149823, 149833, 149840, 149848, 149864, 149877, 149890, 149910, 149927, 149944, 149964, 149980, 149993, 150002, 150011, 150021, 150036, 150054, 150073, 150088, 150109, 150127, 150141, 150162, 150171, 150179, 150190, 150203, 150217, 150231, 150244, 150260, 150271, 150282, 150294, 150302, 150315, 150323, 150336, 150348, 150355, 150363, 150373, 150387, 150401, 150419, 150434, 150452, 150470, 150483, 150498, 150512, 150531, 150547, 150573, 150588, 150607, 150623, 150636, 150651, 150669, 150699, 150719, 150732, 150758, 150783, 150798, 150817, 150835, 150850, 150867, 150884, 150902, 150917, 150935, 150954, 150972, 150987, 151002, 151016, 151031, 151047, 151062, 151078, 151101, 151127, 151152, 151177, 151201, 151220, 151238, 151256, 151275, 151290, 151303, 151321, 151327, 151336, 151347, 151359, 151371, 151382, 151385, 151387, 151393, 151401, 151412, 151426, 151441, 151455, 151469, 151485, 151500, 151515, 151528, 151540, 151552, 151566, 151579, 151592, 151608, 151623, 151638, 151652, 151665, 151678, 151694, 151700, 151707, 151718, 151730, 151742, 151755, 151767, 151777, 151788, 151800, 151817, 151835, 151849, 151869, 151896, 151926, 151950, 151979, 152002, 152031, 152059, 152084, 152112, 152127, 152143, 152161, 152186, 152202, 152219, 152237, 152255, 152272, 152290, 152310, 152327, 152345, 152359, 152379, 152394, 152409, 152425, 152442, 152457, 152473, 152490, 152505, 152521, 152540, 152565, 152578, 152593, 152613, 152627, 152642, 152653, 152665, 152678, 152692, 152711, 152722, 152739, 152758, 152768, 152779, 152802, 152821, 152845, 152860, 152873, 152887, 152898, 152908, 152919, 152931, 152941, 152952, 152965, 152979, 152994, 153011, 153034, 153059, 153084, 153104, 153116, 153131, 153142, 153154, 153167, 153181, 153194, 153205, 153217, 153234, 153254, 153265, 153282, 153295, 153305, 153316, 153330, 153347, 153360, 153374, 153389, 153403, 153416, 153430, 153442, 153456, 153466, 153476, 153487, 153498, 153510, 153524, 153540, 153559, 153578, 153596, 153610, 153626, 153637, 153649, 153663, 153678, 153696, 153708, 153719, 153738, 153751, 153761, 153780, 153798, 153821, 153839, 153851, 153877, 153903, 153923, 153947, 153954, 153966, 153973, 153982, 153994, 154009, 154017, 154027, 154040, 154056, 154067, 154080, 154093, 154106, 154120, 154133, 154147, 154157, 154167, 154177, 154187, 154197, 154209, 154221, 154233, 154245, 154257, 154269, 154283, 154294, 154306, 154319, 154333, 154346, 154359, 154373, 154387, 154402, 154417, 154433, 154449, 154460, 154472, 154487, 154501, 154520, 154540, 154559, 154579, 154594, 154609, 154622, 154641, 154662, 154674, 154687, 154700, 154715, 154728, 154744, 154760, 154776, 154790, 154805, 154816, 154828, 154840, 154855, 154871, 154888, 154905, 154923, 154941, 154960, 154979, 154999, 155014, 155030, 155048, 155067, 155082, 155098, 155114, 155130, 155142, 155156, 155172, 155189, 155207, 155225, 155244, 155263, 155283, 155303, 155324, 155340, 155357, 155376, 155396, 155412, 155429, 155446, 155463, 155476, 155488, 155501, 155518, 155536, 155553, 155571, 155584, 155597, 155610, 155621, 155638, 155657, 155667, 155678, 155689, 155702, 155716, 155727, 155741, 155755, 155769, 155774, 155778, 155783, 155792, 155802, 155812, 155823, 155833, 155844, 155852, 155861, 155871, 155886, 155902, 155914, 155929, 155951, 155976, 155995, 156019, 156037, 156061, 156084, 156102, 156127, 156155, 156177, 156204, 156225, 156252, 156278, 156301, 156327, 156347, 156370, 156387, 156409, 156422, 156436, 156452, 156475, 156489, 156504, 156520, 156536, 156551, 156567, 156585, 156600, 156616, 156628, 156646, 156659, 156670, 156683, 156697, 156712, 156725, 156739, 156754, 156767, 156781, 156798, 156821, 156832, 156845, 156863, 156875, 156888, 156897, 156907, 156918, 156930, 156947, 156956, 156971, 156988, 156996, 157005, 157026, 157043, 157065, 157078, 157089, 157101, 157110, 157118, 157127, 157137, 157145, 157154, 157165, 157177, 157189, 157202, 157217, 157238, 157261, 157284, 157302, 157312, 157325, 157334, 157344, 157355, 157367, 157378, 157387, 157397, 157412, 157430, 157439, 157454, 157465, 157473, 157482, 157494, 157509, 157520, 157532, 157545, 157557, 157568, 157580, 157590, 157602, 157610, 157618, 157627, 157636, 157646, 157658, 157672, 157689, 157706, 157722, 157734, 157748, 157757, 157767, 157779, 157792, 157808, 157818, 157827, 157844, 157855, 157878, 157881, 157887, 157891, 157896, 157904, 157921, 157935, 157948, 157957, 157967, 157975, 157988, 157997, 158008, 158018, 158028, 158037, 158052, 158066, 158076, 158087, 158098, 158107, 158116, 158130, 158140, 158147, 158154, 158160, 158168, 158177, 158182, 158186, 158191, 158206, 158214, 158227, 158238, 158257, 158269, 158286, 158301, 158315, 158325, 158341, 158350, 158364, 158376, 158396, 158409, 158427, 158443, 158458, 158469, 158476, 158481, 158494, 158505, 158514, 158531, 158551, 158575, 158595, 158609, 158634, 158657, 158684, 158711, 158726, 158739, 158756, 158778, 158798, 158822, 158846, 158869, 158890, 158915, 158940, 158961, 158980, 159003, 159026, 159050, 159072, 159098, 159124, 159141, 159164, 159185, 159210, 159235, 159242, 159250, 159266, 159282, 159303, 159320, 159338, 159361, 159375, 159395, 159416, 159431, 159443, 159460, 159479, 159493, 159508, 159521, 159543, 159555, 159568, 159582, 159586, 159591, 159601, 159608, 159615, 159622, 159628, 159643, 159649, 159656, 159661, 159669, 159677, 159687, 159697, 159706, 159712, 159720, 159729, 159736, 159742, 159757, 159769, 159783, 159800, 159809, 159826, 159839, 159852, 159864, 159880, 159898, 159919, 159932, 159953, 159970, 159987, 160003, 160022, 160041, 160055, 160070, 160085, 160095, 160116, 160139, 160165, 160183, 160209, 160231, 160253, 160274, 160298, 160322, 160341, 160357, 160375, 160396, 160409, 160430, 160447, 160464, 160480, 160499, 160518, 160532, 160540, 160547, 160563, 160580, 160588, 160596, 160602, 160620, 160635, 160649, 160660, 160680, 160697, 160713, 160726, 160733, 160742, 160750, 160757, 160765, 160774, 160792, 160808, 160830, 160849, 160864, 160882, 160896, 160916, 160929, 160935, 160941, 160952, 160960, 160973, 160981, 160991, 161010, 161027, 161043, 161057, 161068, 161078, 161084, 161095, 161109, 161121, 161131, 161149, 161170, 161195, 161216, 161231, 161246, 161272, 161296, 161324, 161352, 161368, 161382, 161400, 161423, 161444, 161469, 161494, 161518, 161540, 161566, 161592, 161614, 161634, 161658, 161682, 161707, 161730, 161757, 161784, 161802, 161826, 161848, 161874, 161900, 161911, 161937, 161961, 161989, 162017, 162036, 162056, 162072, 162086, 162104, 162120, 162138, 162155, 162178, 162196, 162218, 162237, 162262, 162283, 162303, 162324, 162343, 162364, 162387, 162408, 162429, 162452, 162473, 162495, 162514, 162537, 162558, 162583, 162608, 162625, 162649, 162671, 162697, 162723, 162743, 162764, 162786, 162806, 162830, 162854, 162869, 162892, 162916, 162939, 162960, 162977, 162996, 163014, 163038, 163057, 163080, 163100, 163126, 163148, 163169, 163191, 163211, 163233, 163257, 163279, 163301, 163325, 163347, 163370, 163388, 163408, 163427, 163452, 163472, 163496, 163517, 163544, 163567, 163589, 163612, 163633, 163656, 163681, 163704, 163727, 163752, 163775, 163799, 163824, 163847, 163874, 163901, 163919, 163943, 163965, 163991, 164017, 164033, 164037, 164042, 164052, 164059, 164073, 164081, 164090, 164100, 164113, 164127, 164139, 164151, 164160, 164168, 164190, 164209, 164231, 164248, 164283, 164312, 164319, 164329, 164340, 164353, 164372, 164394, 164412, 164435, 164455, 164473, 164492, 164509, 164521, 164535, 164561, 164574, 164600, 164620, 164644, 164650, 164657, 164666, 164671, 164680, 164690, 164705, 164725, 164748, 164775, 164792, 164810, 164832, 164844, 164852, 164863, 164872, 164878, 164885, 164892, 164900, 164909, 164936, 164953, 164976, 164981, 164989, 165002, 165006, 165031, 165054, 165071, 165087, 165101, 165125, 165147, 165162, 165180, 165194, 165218, 165240, 165256, 165271, 165284, 165307, 165328, 165342, 165359, 165372, 165377, 165389, 165396, 165410, 165415, 165427, 165446, 165462, 165472, 165486, 165496, 165509, 165529, 165546, 165557, 165572, 165583, 165589, 165595, 165602, 165607, 165615, 165620, 165625, 165631, 165638, 165662, 165668, 165686, 165705, 165715, 165734, 165753, 165773, 165793, 165814, 165824, 165837, 165850, 165861, 165870, 165885, 165897, 165907, 165915, 165922, 165931, 165945, 165964, 165979, 166000, 166012, 166030, 166049, 166062, 166076, 166086, 166101, 166113, 166126, 166137, 166157, 166167, 166178, 166190, 166198, 166207, 166224, 166243, 166253, 166264, 166269, 166287, 166302, 166316, 166327, 166336, 166353, 166363, 166375, 166382, 166396, 166415, 166424, 166436, 166448, 166462, 166480, 166497, 166519, 166536, 166547, 166572, 166597, 166616, 166639, 166650, 166663, 166671, 166678, 166695, 166703, 166712, 166721, 166731, 166743, 166767, 166799, 166826, 166851, 166884, 166912, 166919, 166925, 166942, 166960, 166974, 166994, 167011, 167024, 167044, 167054, 167070, 167077, 167088, 167099, 167114, 167126, 167141, 167156, 167166, 167178, 167189, 167205, 167218, 167241, 167253, 167269, 167282, 167292, 167304, 167319, 167346, 167363, 167373, 167396, 167418, 167430, 167446, 167461, 167473, 167487, 167501, 167516, 167528, 167543, 167559, 167574, 167586, 167598, 167609, 167621, 167634, 167646, 167659, 167679, 167702, 167724, 167746, 167767, 167783, 167798, 167813, 167829, 167841, 167853, 167864, 167880, 167886, 167898, 167915, 167933, 167949, 167965, 167977, 167984, 167992, 168012, 168034, 168052, 168072, 168098, 168123, 168145, 168169, 168189, 168211, 168239, 168266, 168276, 168284, 168294, 168304, 168314, 168325, 168335, 168346, 168356, 168366, 168374, 168383, 168402, 168426, 168443, 168448, 168460, 168470, 168478, 168489, 168500, 168507, 168515, 168520, 168532, 168547, 168558, 168570, 168582, 168598, 168617, 168627, 168651, 168668, 168673, 168689, 168704, 168725, 168747, 168766, 168788, 168811, 168831, 168852, 168871, 168893, 168916, 168936, 168959, 168983, 169004, 169026, 169046, 169051, 169060, 169072, 169089, 169109, 169133, 169147, 169162, 169181, 169190, 169202, 169217, 169226, 169230, 169234, 169240, 169251, 169266, 169282, 169290, 169294, 169305, 169321, 169332, 169343, 169348, 169363, 169383, 169386, 169391, 169400, 169409, 169413, 169418, 169425, 169443, 169466, 169479, 169497, 169518, 169543, 169558, 169574, 169594, 169606, 169616, 169629, 169634, 169646, 169663, 169682, 169696, 169705, 169719, 169733, 169747, 169761, 169775, 169791, 169803, 169817, 169827, 169839, 169857, 169874, 169878, 169881, 169889, 169900, 169917, 169934, 169951, 169968, 169985, 170004, 170017, 170022, 170034, 170037, 170041, 170051, 170062, 170081, 170099, 170118, 170135, 170158, 170175, 170191, 170204, 170207, 170214, 170230, 170244, 170259, 170272, 170279, 170286, 170294, 170300, 170307, 170315, 170325, 170334, 170339, 170345, 170377, 170405, 170438, 170466, 170495, 170510, 170530, 170553, 170580, 170597, 170615, 170637, 170649, 170658, 170666, 170677, 170682, 170693, 170703, 170714, 170726, 170735, 170749, 170765, 170775, 170786, 170801, 170827, 170854, 170874, 170895, 170919, 170944, 170965, 170991, 171018, 171045, 171073, 171091, 171110, 171124, 171142, 171161, 171175, 171197, 171220, 171242, 171265, 171281, 171287, 171295, 171304, 171315, 171329, 171346, 171355, 171365, 171376, 171402, 171429, 171449, 171470, 171494, 171519, 171545, 171572, 171599, 171627, 171645, 171664, 171682, 171701, 171723, 171746, 171768, 171791, 171806, 171822, 171830, 171835, 171841, 171848, 171859, 171867, 171870, 171887, 171904, 171920, 171926, 171934, 171943, 171947, 171959, 171976, 171997, 172014, 172031, 172049, 172067, 172081, 172098, 172118, 172123, 172130, 172138, 172147, 172150, 172160, 172171, 172180, 172192, 172204, 172217, 172230, 172244, 172258, 172273, 172283, 172294, 172301, 172314, 172328, 172338, 172349, 172360, 172374, 172389, 172405, 172421, 172438, 172455, 172473, 172491, 172510, 172524, 172539, 172556, 172574, 172588, 172603, 172618, 172633, 172644, 172659, 172675, 172692, 172709, 172727, 172745, 172764, 172783, 172803, 172818, 172834, 172852, 172871, 172886, 172902, 172918, 172934, 172943, 172947, 172958, 172970, 172980, 172993, 173006, 173020, 173034, 173049, 173064, 173080, 173091, 173103, 173111, 173125, 173140, 173151, 173163, 173175, 173190, 173206, 173223, 173240, 173258, 173276, 173295, 173314, 173334, 173349, 173365, 173383, 173402, 173417, 173433, 173449, 173465, 173477, 173493, 173510, 173528, 173546, 173565, 173584, 173604, 173624, 173645, 173661, 173678, 173697, 173717, 173733, 173750, 173767, 173784, 173794, 173798, 173804, 173814, 173822, 173832, 173844, 173854, 173862, 173871, 173883, 173891, 173899, 173915, 173926, 173936, 173946, 173958, 173969, 173980, 173986, 173990, 174007, 174025, 174045, 174065, 174082, 174099, 174113, 174125, 174145, 174152, 174162, 174166, 174172, 174179, 174194, 174209, 174220, 174240, 174258, 174273, 174293, 174304, 174321, 174337, 174354, 174367, 174387, 174402, 174419, 174441, 174454, 174472, 174491, 174511, 174525, 174536, 174549, 174564, 174580, 174598, 174611, 174625, 174639, 174651, 174663, 174675, 174690, 174701, 174722, 174733, 174745, 174761, 174774, 174787, 174791, 174796, 174817, 174824, 174837, 174846, 174861, 174870, 174879, 174889, 174898, 174913, 174919, 174926, 174935, 174953, 174970, 174985, 174999, 175014, 175029, 175047, 175063, 175078, 175101, 175123, 175143, 175162, 175182, 175202, 175225, 175246, 175266, 175288, 175309, 175328, 175346, 175365, 175384, 175406, 175426, 175445, 175469, 175492, 175513, 175533, 175554, 175575, 175599, 175621, 175642, 175665, 175687, 175707, 175726, 175746, 175766, 175789, 175810, 175830, 175854, 175877, 175898, 175918, 175939, 175960, 175984, 176006, 176027, 176037, 176042, 176056, 176060, 176078, 176093, 176108, 176124, 176138, 176155, 176174, 176188, 176204, 176220, 176236, 176253, 176268, 176286, 176306, 176321, 176338, 176357, 176373, 176389, 176406, 176421, 176439, 176459, 176474, 176491, 176508, 176525, 176543, 176559, 176578, 176599, 176615, 176633, 176646, 176658, 176670, 176684, 176697, 176710, 176717, 176719, 176722, 176734, 176739, 176753, 176766, 176777, 176790, 176805, 176818, 176829, 176846, 176861, 176874, 176889, 176902, 176914, 176926, 176943, 176958, 176973, 176984, 176992, 177007, 177015, 177033, 177041, 177059, 177077, 177089, 177101, 177116, 177126, 177136, 177161, 177186, 177211, 177228, 177247, 177269, 177286, 177302, 177311, 177330, 177349, 177368, 177381, 177397, 177417, 177437, 177457, 177471, 177488, 177494, 177500, 177508, 177511, 177521, 177531, 177540, 177551, 177559, 177567, 177578, 177592, 177602, 177615, 177627, 177637, 177649, 177658, 177667, 177679, 177691, 177702, 177715, 177732, 177745, 177761, 177773, 177781, 177788, 177799, 177812, 177818, 177825, 177837, 177844, 177855, 177866, 177881, 177893, 177908, 177923, 177933, 177945, 177956, 177972, 177985, 178008, 178020, 178036, 178049, 178059, 178071, 178086, 178113, 178130, 178140, 178163, 178185, 178197, 178213, 178228, 178240, 178254, 178268, 178283, 178295, 178310, 178326, 178341, 178353, 178365, 178376, 178388, 178401, 178413, 178426, 178438, 178449, 178469, 178492, 178514, 178536, 178557, 178573, 178588, 178603, 178619, 178631, 178653, 178670, 178678, 178691, 178700, 178709, 178723, 178731, 178739, 178751, 178757, 178767, 178775, 178780, 178789, 178799, 178807, 178819, 178822, 178829, 178841, 178855, 178863, 178878, 178888, 178900, 178914, 178927, 178938, 178953, 178965, 178977, 178994, 179011, 179025, 179041, 179054, 179067, 179085, 179096, 179114, 179127, 179142, 179159, 179175, 179189, 179202, 179215, 179225, 179236, 179254, 179267, 179282, 179299, 179315, 179329, 179336, 179344, 179354, 179364, 179379, 179396, 179410, 179424, 179443, 179463, 179484, 179494, 179511, 179523, 179537, 179553, 179568, 179581, 179589, 179603, 179618, 179636, 179645, 179651, 179658, 179666, 179687, 179711, 179733, 179758, 179778, 179797, 179818, 179842, 179864, 179889, 179909, 179928, 179945, 179965, 179988, 180014, 180038, 180065, 180087, 180108, 180126, 180147, 180163, 180184, 180208, 180230, 180255, 180275, 180294, 180317, 180343, 180367, 180394, 180416, 180437, 180452, 180465, 180476, 180488, 180504, 180513, 180525, 180541, 180558, 180577, 180598, 180619, 180637, 180657, 180671, 180692, 180715, 180731, 180750, 180773, 180785, 180792, 180800, 180814, 180830, 180847, 180863, 180878, 180890, 180901, 180919, 180926, 180934, 180943, 180953, 180963, 180980, 180992, 181003, 181016, 181027, 181036, 181052, 181073, 181089, 181110, 181128, 181145, 181163, 181181, 181204, 181218, 181237, 181257, 181278, 181293, 181309, 181325, 181342, 181361, 181375, 181390, 181403, 181416, 181438, 181450, 181463, 181477, 181492, 181512, 181532, 181559, 181581, 181602, 181625, 181646, 181665, 181680, 181700, 181720, 181747, 181769, 181790, 181813, 181834, 181853, 181868, 181888, 181907, 181925, 181941, 181956, 181973, 181982, 181992, 181997, 182003, 182022, 182038, 182054, 182075, 182095, 182112, 182129, 182151, 182168, 182182, 182196, 182215, 182236, 182254, 182272, 182295, 182307, 182322, 182330, 182337, 182352, 182372, 182395, 182422, 182439, 182457, 182479, 182491, 182509, 182531, 182549, 182567, 182586, 182605, 182628, 182655, 182678, 182701, 182725, 182749, 182762, 182776, 182786, 182797, 182811, 182829, 182852, 182878, 182908, 182928, 182949, 182974, 182989, 183001, 183012, 183028, 183044, 183059, 183071, 183084, 183108, 183128, 183145, 183161, 183189, 183218, 183238, 183255, 183273, 183295, 183318, 183344, 183371, 183399, 183428, 183457, 183487, 183507, 183528, 183547, 183568, 183588, 183609, 183633, 183657, 183682, 183706, 183731, 183747, 183771, 183782, 183790, 183801, 183812, 183826, 183848, 183874, 183896, 183918, 183941, 183964, 183974, 183993, 184003, 184014, 184020, 184042, 184061, 184079, 184098, 184117, 184137, 184158, 184174, 184191, 184211, 184226, 184240, 184254, 184267, 184284, 184298, 184312, 184331, 184349, 184364, 184379, 184399, 184414, 184426, 184438, 184455, 184474, 184490, 184506, 184527, 184537, 184555, 184569, 184583, 184599, 184622, 184639, 184654, 184672, 184686, 184705, 184721, 184731, 184739, 184741, 184744, 184756, 184766, 184775, 184783, 184794, 184816, 184834, 184844, 184873, 184880, 184886, 184897, 184899, 184908, 184919, 184931, 184949, 184965, 184975, 184984, 184991, 185004, 185012, 185022, 185031, 185046, 185057, 185067, 185081, 185092, 185109, 185122, 185134, 185151, 185164, 185175, 185188, 185203, 185216, 185229, 185244, 185257, 185271, 185286, 185293, 185306, 185314, 185320, 185333, 185340, 185349, 185360, 185370, 185386, 185397, 185412, 185424, 185442, 185456, 185469, 185483, 185495, 185509, 185525, 185539, 185553, 185569, 185583, 185598, 185608, 185620, 185631, 185648, 185660, 185676, 185689, 185708, 185723, 185737, 185752, 185765, 185780, 185797, 185812, 185827, 185844, 185859, 185875, 185886, 185893, 185897, 185911, 185925, 185938, 185946, 185958, 185971, 185991, 186009, 186024, 186041, 186062, 186079, 186103, 186121, 186141, 186162, 186181, 186192, 186206, 186227, 186242, 186261, 186277, 186296, 186315, 186334, 186351, 186365, 186381, 186401, 186417, 186440, 186457, 186476, 186496, 186511, 186529, 186539, 186555, 186568, 186588, 186602, 186620, 186635, 186651, 186669, 186687, 186694, 186701, 186713, 186724, 186735, 186749, 186763, 186775, 186785, 186801, 186814, 186825, 186840, 186854, 186868, 186884, 186888, 186898, 186913, 186927, 186940, 186949, 186961, 186974, 186986, 186999, 187008, 187023, 187039, 187051, 187060, 187071, 187083, 187093, 187105, 187117, 187131, 187143, 187154, 187166, 187174, 187188, 187197, 187210, 187238, 187260, 187269, 187275, 187280, 187285, 187291, 187309, 187322, 187338, 187345, 187353, 187364, 187373, 187388, 187397, 187407, 187416, 187433, 187448, 187461, 187480, 187489, 187499, 187510, 187519, 187529, 187539, 187542, 187546, 187556, 187565, 187570, 187577, 187586, 187599, 187608, 187619, 187624, 187630, 187635, 187644, 187652, 187661, 187671, 187686, 187696, 187706, 187724, 187744, 187763, 187773, 187784, 187794, 187805, 187816, 187830, 187836, 187843, 187861, 187874, 187887, 187897, 187904, 187908, 187918, 187929, 187933, 187938, 187945, 187950, 187956, 187964, 187974, 187984, 187994, 188004, 188015, 188025, 188036, 188041, 188047, 188059, 188073, 188088, 188098, 188112, 188125, 188135, 188144, 188160, 188170, 188179, 188189, 188199, 188208, 188218, 188227, 188237, 188248, 188257, 188260, 188264, 188269, 188279, 188286, 188294, 188304, 188315, 188342, 188370, 188391, 188413, 188438, 188464, 188491, 188519, 188547, 188576, 188595, 188615, 188634, 188654, 188677, 188701, 188724, 188748, 188757, 188771, 188777, 188799, 188822, 188838, 188855, 188875, 188896, 188918, 188941, 188964, 188988, 189002, 189017, 189031, 189046, 189056, 189074, 189093, 189111, 189130, 189147, 189151, 189163, 189176, 189189, 189203, 189207, 189211, 189233, 189248, 189263, 189280, 189283, 189294, 189307, 189322, 189330, 189339, 189351, 189361, 189369, 189374, 189386, 189394, 189400, 189408, 189411, 189420, 189434, 189441, 189447, 189460, 189464, 189472, 189482, 189494, 189500, 189506, 189513, 189519, 189525, 189538, 189543, 189551, 189560, 189565, 189579, 189593, 189599, 189614, 189625, 189645, 189653, 189659, 189674, 189678, 189683, 189691, 189701, 189714, 189730, 189734, 189739, 189753, 189768, 189785, 189805, 189817, 189837, 189853, 189869, 189884, 189901, 189920, 189941, 189965, 189981, 190005, 190025, 190045, 190064, 190086, 190108, 190125, 190143, 190161, 190174, 190198, 190224, 190253, 190274, 190303, 190328, 190353, 190377, 190404, 190431, 190453, 190472, 190493, 190517, 190533, 190557, 190577, 190597, 190616, 190638, 190660, 190677, 190695, 190704, 190714, 190729, 190741, 190760, 190773, 190788, 190793, 190803, 190814, 190831, 190850, 190870, 190889, 190907, 190922, 190936, 190957, 190964, 190979, 190992, 191007, 191024, 191039, 191052, 191066, 191083, 191096, 191104, 191113, 191130, 191149, 191159, 191173, 191179, 191191, 191204, 191213, 191222, 191232, 191239, 191251, 191267, 191285, 191296, 191309, 191325, 191339, 191359, 191372, 191385, 191394, 191402, 191416, 191421, 191428, 191437, 191444, 191469, 191479, 191485, 191494, 191502, 191517, 191526, 191536, 191548, 191564, 191579, 191590, 191605, 191619, 191630, 191648, 191662, 191673, 191686, 191700, 191714, 191730, 191744, 191757, 191771, 191781, 191797, 191808, 191823, 191834, 191841, 191852, 191864, 191877, 191893, 191904, 191923, 191941, 191956, 191970, 191985, 192000, 192016, 192033, 192045, 192058, 192074, 192085, 192095, 192105, 192114, 192117, 192123, 192130, 192141, 192159, 192184, 192206, 192222, 192242, 192258, 192265, 192269, 192289, 192312, 192335, 192355, 192377, 192389, 192406, 192415, 192428, 192443, 192458, 192471, 192483, 192500, 192519, 192541, 192563, 192582, 192603, 192617, 192636, 192645, 192656, 192672, 192687, 192697, 192721, 192748, 192775, 192799, 192825, 192838, 192861, 192887, 192913, 192936, 192961, 192974, 192985, 192999, 193011, 193021, 193035, 193053, 193066, 193083, 193093, 193103, 193115, 193119, 193126, 193142, 193155, 193169, 193186, 193202, 193214, 193232, 193240, 193262, 193268, 193274, 193280, 193287, 193291, 193299, 193306, 193318, 193322, 193329, 193342, 193358, 193378, 193400, 193417, 193433, 193449, 193463, 193472, 193483, 193497, 193515, 193535, 193550, 193564, 193578, 193590, 193595, 193597, 193600, 193620, 193639, 193660, 193680, 193700, 193721, 193738, 193754, 193772, 193789, 193806, 193824, 193841, 193857, 193875, 193892, 193909, 193927, 193953, 193978, 194005, 194031, 194057, 194084, 194111, 194137, 194165, 194192, 194219, 194247, 194266, 194284, 194304, 194323, 194342, 194362, 194372, 194383, 194400, 194419, 194439, 194458, 194476, 194491, 194505, 194526, 194554, 194581, 194610, 194638, 194666, 194695, 194710, 194724, 194740, 194755, 194770, 194786, 194799, 194811, 194825, 194838, 194851, 194865, 194877, 194888, 194901, 194913, 194925, 194938, 194951, 194963, 194977, 194990, 195003, 195017, 195037, 195056, 195077, 195097, 195117, 195138, 195143, 195151, 195158, 195167, 195176, 195185, 195195, 195204, 195214, 195236, 195248, 195255, 195263, 195280, 195286, 195292, 195299, 195308, 195316, 195329, 195345, 195365, 195387, 195404, 195420, 195436, 195450, 195461, 195475, 195493, 195513, 195528, 195542, 195556, 195568, 195581, 195599, 195620, 195645, 195660, 195676, 195696, 195706, 195715, 195723, 195736, 195745, 195755, 195759, 195772, 195794, 195811, 195829, 195842, 195854, 195872, 195879, 195891, 195899, 195910, 195926, 195931, 195937, 195947, 195958, 195981, 196007, 196033, 196062, 196085, 196107, 196127, 196151, 196162, 196174, 196183, 196193, 196220, 196231, 196247, 196264, 196277, 196291, 196306, 196323, 196347, 196362, 196378, 196395, 196411, 196428, 196447, 196463, 196480, 196493, 196512, 196526, 196540, 196554, 196569, 196585, 196599, 196614, 196630, 196644, 196659, 196677, 196701, 196713, 196726, 196740, 196750, 196761, 196773, 196786, 196804, 196820, 196838, 196852, 196861, 196871, 196886, 196900, 196912, 196925, 196935, 196944, 196954, 196965, 196974, 196984, 196997, 197011, 197027, 197049, 197073, 197097, 197116, 197127, 197143, 197153, 197164, 197176, 197189, 197201, 197211, 197221, 197237, 197249, 197258, 197268, 197281, 197294, 197310, 197322, 197335, 197362, 197375, 197387, 197400, 197411, 197424, 197433, 197442, 197455, 197465, 197475, 197486, 197499, 197514, 197532, 197550, 197567, 197580, 197595, 197605, 197616, 197629, 197643, 197660, 197670, 197682, 197692, 197707, 197720, 197736, 197745, 197755, 197765, 197774, 197790, 197806, 197823, 197843, 197867, 197887, 197901, 197906, 197912, 197918, 197937, 197951, 197954, 197978, 197993, 198007, 198026, 198035, 198049, 198064, 198073, 198087, 198096, 198113, 198130, 198145, 198166, 198190, 198207, 198222, 198240, 198263, 198280, 198302, 198328, 198350, 198377, 198391, 198410, 198428, 198444, 198459, 198477, 198501, 198528, 198546, 198567, 198585, 198605, 198623, 198638, 198660, 198675, 198685, 198698, 198711, 198735, 198755, 198780, 198793, 198809, 198829, 198839, 198850, 198865, 198879, 198895, 198915, 198935, 198956, 198980, 198998, 199018, 199038, 199061, 199080, 199096, 199114, 199137, 199156, 199172, 199186, 199201, 199220, 199236, 199253, 199268, 199286, 199309, 199331, 199350, 199372, 199389, 199411, 199431, 199445, 199458, 199472, 199483, 199495, 199510, 199524, 199540, 199554, 199566, 199589, 199610, 199629, 199648, 199668, 199680, 199693, 199708, 199720, 199733, 199748, 199764, 199775, 199787, 199801, 199819, 199832, 199848, 199871, 199897, 199917, 199942, 199961, 199986, 200010, 200031, 200055, 200066, 200077, 200092, 200112, 200120, 200138, 200154, 200166, 200173, 200195, 200215, 200229, 200242, 200256, 200267, 200279, 200294, 200308, 200324, 200338, 200350, 200373, 200387, 200408, 200427, 200446, 200466, 200482, 200494, 200507, 200522, 200534, 200547, 200562, 200578, 200589, 200601, 200614, 200627, 200636, 200650, 200660, 200674, 200686, 200700, 200716, 200728, 200741, 200756, 200768, 200777, 200788, 200800, 200808, 200813, 200820, 200833, 200844, 200858, 200871, 200886, 200899, 200910, 200932, 200950, 200969, 200981, 200995, 201006, 201018, 201033, 201044, 201052, 201058, 201065, 201076, 201084, 201093, 201103, 201116, 201124, 201140, 201149, 201159, 201170, 201184, 201193, 201210, 201217, 201240, 201261, 201276, 201290, 201302, 201317, 201333, 201355, 201375, 201388, 201404, 201416, 201427, 201437, 201443, 201447, 201461, 201474, 201479, 201487, 201500, 201517, 201527, 201537, 201548, 201561, 201573, 201586, 201600, 201616, 201631, 201643, 201655, 201674, 201692, 201714, 201731, 201738, 201748, 201755, 201771, 201791, 201811, 201835, 201853, 201867, 201877, 201889, 201905, 201923, 201938, 201958, 201970, 201985, 201994, 202004, 202027, 202050, 202065, 202082, 202101, 202122, 202131, 202140, 202151, 202160, 202171, 202180, 202191, 202198, 202206, 202214, 202235, 202239, 202252, 202257, 202264, 202269, 202285, 202304, 202321, 202335, 202353, 202367, 202371, 202377, 202391, 202410, 202432, 202458, 202474, 202491, 202512, 202523, 202526, 202535, 202549, 202561, 202572, 202589, 202605, 202617, 202628, 202631, 202641, 202644, 202649, 202658, 202668, 202678, 202688, 202701, 202711, 202725, 202740, 202755, 202770, 202788, 202803, 202816, 202830, 202844, 202858, 202875, 202889, 202899, 202907, 202915, 202932, 202949, 202961, 202975, 202982, 203001, 203024, 203043, 203062, 203082, 203102, 203107, 203115, 203119, 203129, 203144, 203158, 203171, 203180, 203192, 203205, 203217, 203226, 203241, 203257, 203269, 203278, 203289, 203301, 203311, 203323, 203337, 203349, 203360, 203372, 203380, 203394, 203403, 203416, 203444, 203466, 203475, 203486, 203491, 203512, 203537, 203565, 203586, 203615, 203639, 203656, 203681, 203700, 203723, 203749, 203768, 203795, 203817, 203832, 203855, 203879, 203907, 203938, 203962, 203994, 204021, 204041, 204069, 204091, 204117, 204146, 204168, 204198, 204223, 204241, 204267, 204273, 204285, 204302, 204319, 204345, 204372, 204398, 204417, 204441, 204464, 204485, 204499, 204517, 204545, 204574, 204602, 204623, 204649, 204674, 204697, 204708, 204719, 204733, 204750, 204760, 204773, 204798, 204824, 204849, 204867, 204890, 204912, 204932, 204942, 204957, 204967, 204983, 204997, 205009, 205021, 205045, 205073, 205104, 205128, 205160, 205187, 205207, 205235, 205256, 205278, 205296, 205313, 205331, 205349, 205368, 205388, 205403, 205419, 205438, 205452, 205478, 205507, 205529, 205559, 205584, 205597, 205610, 205628, 205654, 205666, 205672, 205694, 205720, 205749, 205771, 205801, 205826, 205844, 205870, 205890, 205914, 205941, 205961, 205989, 206012, 206028, 206052, 206063, 206073, 206081, 206090, 206112, 206130, 206146, 206161, 206182, 206196, 206213, 206230, 206251, 206267, 206287, 206300, 206312, 206325, 206337, 206345, 206354, 206364, 206377, 206386, 206393, 206406, 206421, 206438, 206455, 206469, 206485, 206495, 206512, 206519, 206527, 206533, 206540, 206545, 206555, 206564, 206579, 206599, 206622, 206649, 206666, 206684, 206706, 206718, 206724, 206738, 206752, 206763, 206775, 206788, 206807, 206829, 206855, 206871, 206888, 206909, 206919, 206930, 206939, 206947, 206959, 206976, 206998, 207015, 207037, 207056, 207074, 207093, 207112, 207136, 207151, 207171, 207192, 207214, 207230, 207243, 207260, 207278, 207298, 207313, 207329, 207343, 207357, 207380, 207393, 207407, 207422, 207428, 207434, 207441, 207452, 207459, 207482, 207500, 207519, 207530, 207536, 207543, 207557, 207573, 207590, 207601, 207621, 207628, 207652, 207669, 207695, 207702, 207710, 207718, 207728, 207744, 207761, 207778, 207796, 207816, 207825, 207839, 207849, 207860, 207873, 207881, 207890, 207914, 207931, 207957, 207971, 207996, 208014, 208041, 208052, 208078, 208097, 208125, 208141, 208150, 208164, 208176, 208185, 208207, 208226, 208244, 208258, 208276, 208291, 208295, 208300, 208313, 208324, 208337, 208352, 208365, 208376, 208388, 208403, 208414, 208423, 208427, 208444, 208462, 208480, 208499, 208505, 208512, 208520, 208524, 208536, 208549, 208556, 208572, 208580, 208597, 208616, 208631, 208648, 208671, 208693, 208703, 208715, 208726, 208739, 208752, 208765, 208779, 208792, 208806, 208825, 208846, 208863, 208882, 208907, 208931, 208944, 208959, 208980, 208989, 209011, 209039, 209055, 209077, 209097, 209107, 209122, 209135, 209159, 209189, 209207, 209231, 209253, 209272, 209297, 209310, 209336, 209368, 209388, 209414, 209438, 209457, 209474, 209502, 209536, 209558, 209586, 209612, 209637, 209668, 209687, 209712, 209735, 209756, 209783, 209798, 209819, 209838, 209852, 209862, 209873, 209881, 209890, 209905, 209921, 209938, 209953, 209962, 209972, 209977, 209982, 209988, 209995, 209998, 210002, 210009, 210020, 210029, 210037, 210045, 210055, 210064, 210073, 210080, 210085, 210092, 210112, 210137, 210152, 210172, 210187, 210207, 210214, 210221, 210231, 210241, 210247, 210261, 210273, 210287, 210303, 210317, 210329, 210342, 210358, 210370, 210374, 210384, 210403, 210421, 210444, 210462, 210474, 210500, 210526, 210546, 210570, 210580, 210594, 210613, 210634, 210650, 210665, 210682, 210698, 210720, 210735, 210752, 210761, 210778, 210800, 210825, 210854, 210873, 210893, 210917, 210931, 210937, 210944, 210952, 210966, 210985, 211002, 211017, 211031, 211047, 211068, 211081, 211099, 211116, 211132, 211152, 211167, 211186, 211198, 211206, 211215, 211238, 211261, 211274, 211294, 211314, 211334, 211354, 211367, 211375, 211385, 211392, 211400, 211405, 211418, 211432, 211435, 211439, 211443, 211455, 211464, 211474, 211479, 211492, 211502, 211515, 211528, 211539, 211548, 211563, 211575, 211585, 211599, 211616, 211633, 211648, 211661, 211680, 211696, 211710, 211723, 211736, 211741, 211758, 211780, 211797, 211814, 211837, 211861, 211882, 211909, 211937, 211962, 211991, 212016, 212024, 212039, 212053, 212058, 212063, 212068, 212076, 212085, 212098, 212122, 212147, 212165, 212184, 212206, 212229, 212248, 212272, 212297, 212322, 212348, 212364, 212381, 212393, 212409, 212426, 212438, 212458, 212479, 212499, 212520, 212534, 212540, 212562, 212585, 212601, 212618, 212638, 212659, 212670, 212692, 212715, 212738, 212762, 212776, 212791, 212805, 212820, 212833, 212851, 212870, 212888, 212907, 212915, 212924, 212943, 212959, 212966, 212972, 212980, 212990, 212994, 212999, 213002, 213008, 213016, 213027, 213041, 213048, 213055, 213067, 213092, 213109, 213123, 213136, 213150, 213164, 213179, 213195, 213206, 213218, 213233, 213243, 213252, 213261, 213269, 213286, 213305, 213313, 213322, 213333, 213351, 213369, 213392, 213412, 213437, 213453, 213476, 213495, 213516, 213532, 213549, 213573, 213588, 213604, 213614, 213626, 213638, 213650, 213663, 213675, 213688, 213702, 213709, 213717, 213731, 213749, 213762, 213782, 213803, 213821, 213845, 213870, 213892, 213918, 213940, 213955, 213972, 213989, 214006, 214028, 214046, 214065, 214089, 214104, 214125, 214147, 214163, 214176, 214190, 214208, 214228, 214243, 214259, 214273, 214296, 214309, 214323, 214338, 214348, 214359, 214369, 214374, 214380, 214393, 214403, 214414, 214433, 214447, 214461, 214480, 214495, 214511, 214532, 214544, 214562, 214581, 214594, 214604, 214619, 214636, 214648, 214661, 214672, 214692, 214702, 214713, 214726, 214740, 214752, 214770, 214791, 214806, 214821, 214835, 214843, 214859, 214875, 214889, 214909, 214922, 214934, 214942, 214957, 214971, 214992, 215010, 215027, 215045, 215058, 215076, 215095, 215115, 215126, 215138, 215151, 215166, 215182, 215201, 215215, 215228, 215242, 215255, 215267, 215278, 215286, 215296, 215307, 215316, 215327, 215339, 215358, 215376, 215394, 215413, 215428, 215449, 215467, 215481, 215502, 215510, 215517, 215523, 215530, 215547, 215558, 215570, 215581, 215596, 215610, 215620, 215628, 215640, 215651, 215666, 215672, 215683, 215693, 215703, 215716, 215725, 215733, 215745, 215754, 215762, 215783, 215804, 215815, 215833, 215851, 215869, 215887, 215898, 215905, 215913, 215926, 215942, 215960, 215981, 216005, 216010, 216016, 216034, 216049, 216063, 216074, 216078, 216083, 216089, 216092, 216096, 216106, 216121, 216137, 216151, 216170, 216187, 216202, 216218, 216231, 216247, 216264, 216278, 216293, 216309, 216320, 216332, 216345, 216365, 216381, 216394, 216408, 216421, 216432, 216446, 216461, 216481, 216500, 216519, 216540, 216560, 216580, 216592, 216605, 216622, 216638, 216654, 216672, 216689, 216706, 216717, 216725, 216742, 216758, 216776, 216793, 216801, 216817, 216829, 216833, 216850, 216864, 216872, 216888, 216907, 216918, 216938, 216953, 216973, 216988, 217002, 217017, 217030, 217049, 217071, 217087, 217102, 217118, 217131, 217148, 217153, 217158, 217160, 217166, 217170, 217179, 217194, 217202, 217212, 217222, 217233, 217242, 217252, 217257, 217267, 217285, 217299, 217314, 217329, 217343, 217357, 217378, 217392, 217401, 217415, 217423, 217439, 217450, 217460, 217472, 217487, 217502, 217513, 217524, 217536, 217548, 217566, 217583, 217596, 217610, 217624, 217637, 217650, 217670, 217683, 217689, 217707, 217722, 217736, 217751, 217766, 217782, 217799, 217811, 217824, 217840, 217851, 217861, 217871, 217880, 217890, 217900, 217910, 217918, 217927, 217939, 217945, 217952, 217960, 217969, 217979, 217995, 218004, 218015, 218028, 218041, 218054, 218068, 218081, 218095, 218107, 218118, 218129, 218142, 218154, 218166, 218180, 218187, 218200, 218207, 218226, 218242, 218252, 218267, 218279, 218291, 218298, 218305, 218322, 218339, 218345, 218352, 218358, 218365, 218373, 218382, 218388, 218395, 218403, 218411, 218416, 218422, 218430, 218447, 218465, 218478, 218490, 218496, 218502, 218509, 218528, 218544, 218559, 218571, 218579, 218586, 218594, 218603, 218609, 218616, 218627, 218633, 218641, 218647, 218657, 218677, 218694, 218710, 218723, 218734, 218742, 218764, 218783, 218801, 218816, 218825, 218835, 218840, 218849, 218859, 218874, 218891, 218908, 218920, 218932, 218951, 218966, 218984, 219001, 219021, 219039, 219061, 219082, 219099, 219116, 219129, 219143, 219153, 219158, 219164, 219173, 219187, 219198, 219209, 219220, 219232, 219243, 219255, 219266, 219278, 219285, 219301, 219316, 219326, 219337, 219346, 219363, 219378, 219395, 219414, 219431, 219446, 219465, 219482, 219501, 219518, 219534, 219555, 219574, 219593, 219608, 219625, 219641, 219658, 219670, 219683, 219699, 219720, 219744, 219772, 219790, 219809, 219832, 219845, 219853, 219871, 219886, 219896, 219910, 219919, 219944, 219955, 219973, 219995, 220014, 220032, 220047, 220054, 220065, 220079, 220097, 220110, 220122, 220134, 220146, 220159, 220170, 220178, 220187, 220196, 220214, 220233, 220248, 220269, 220287, 220301, 220322, 220333, 220345, 220358, 220382, 220399, 220427, 220456, 220478, 220501, 220527, 220554, 220577, 220605, 220634, 220663, 220693, 220713, 220734, 220750, 220770, 220791, 220807, 220831, 220856, 220880, 220905, 220923, 220933, 220944, 220958, 220975, 220992, 221007, 221020, 221039, 221055, 221069, 221076, 221084, 221093, 221117, 221123, 221131, 221138, 221148, 221154, 221161, 221169, 221182, 221198, 221214, 221228, 221240, 221258, 221273, 221286, 221292, 221299, 221314, 221328, 221342, 221353, 221369, 221383, 221399, 221417, 221433, 221447, 221462, 221480, 221494, 221511, 221526, 221543, 221562, 221579, 221594, 221610, 221629, 221644, 221654, 221662, 221668, 221676, 221683, 221703, 221720, 221736, 221749, 221752, 221764, 221776, 221786, 221795, 221804, 221811, 221816, 221821, 221827, 221838, 221846, 221861, 221870, 221881, 221891, 221904, 221923, 221943, 221960, 221983, 222007, 222028, 222053, 222074, 222091, 222100, 222112, 222130, 222149, 222165, 222187, 222210, 222230, 222254, 222274, 222278, 222284, 222290, 222295, 222302, 222310, 222326, 222330, 222335, 222338, 222342, 222355, 222367, 222372, 222378, 222399, 222421, 222436, 222452, 222471, 222491, 222512, 222534, 222556, 222579, 222592, 222606, 222619, 222633, 222642, 222659, 222677, 222694, 222712, 222728, 222731, 222750, 222765, 222789, 222809, 222834, 222854, 222875, 222895, 222910, 222933, 222952, 222980, 223004, 223033, 223057, 223082, 223106, 223125, 223145, 223161, 223167, 223174, 223183, 223198, 223216, 223230, 223249, 223265, 223279, 223294, 223307, 223315, 223325, 223347, 223356, 223378, 223394, 223414, 223425, 223438, 223454, 223473, 223485, 223486, 223493, 223502, 223511, 223521, 223527, 223534, 223545, 223557, 223570, 223588, 223603, 223618, 223631, 223645, 223662, 223679, 223690, 223700, 223712, 223727, 223744, 223759, 223772, 223788, 223800, 223819, 223832, 223844, 223857, 223872, 223885, 223900, 223912, 223916, 223921, 223929, 223933, 223938, 223950, 223967, 223987, 224011, 224025, 224040, 224059, 224068, 224076, 224085, 224091, 224101, 224113, 224125, 224134, 224147, 224164, 224178, 224191, 224199, 224213, 224221, 224236, 224252, 224266, 224279, 224289, 224293, 224296, 224307, 224316, 224320, 224325, 224337, 224354, 224374, 224398, 224412, 224427, 224446, 224455, 224463, 224470, 224477, 224483, 224500, 224517, 224523, 224534, 224545, 224558, 224572, 224586, 224597, 224604, 224614, 224626, 224641, 224659, 224665, 224671, 224677, 224684, 224701, 224716, 224727, 224747, 224758, 224775, 224791, 224808, 224821, 224841, 224858, 224876, 224895, 224905, 224919, 224934, 224952, 224965, 224979, 224991, 225003, 225015, 225030, 225041, 225052, 225068, 225081, 225090, 225107, 225120, 225127, 225135, 225142, 225157, 225173, 225181, 225190, 225205, 225220, 225237, 225250, 225268, 225284, 225298, 225312, 225327, 225344, 225360, 225378, 225394, 225408, 225424, 225443, 225456, 225476, 225488, 225505, 225521, 225534, 225548, 225561, 225578, 225597, 225612, 225628, 225640, 225657, 225672, 225690, 225704, 225725, 225740, 225754, 225769, 225788, 225808, 225830, 225853, 225874, 225893, 225914, 225937, 225958, 225977, 225999, 226020, 226038, 226058, 226075, 226099, 226122, 226141, 226155, 226173, 226187, 226200, 226204, 226212, 226222, 226234, 226239, 226255, 226272, 226287, 226300, 226316, 226337, 226350, 226354, 226359, 226376, 226395, 226410, 226427, 226450, 226472, 226491, 226512, 226529, 226548, 226573, 226597, 226613, 226630, 226647, 226665, 226679, 226694, 226708, 226715, 226728, 226741, 226755, 226758, 226772, 226782, 226797, 226810, 226823, 226840, 226847, 226853, 226869, 226889, 226905, 226921, 226938, 226955, 226963, 226968, 226974, 226981, 226996, 227009, 227021, 227034, 227048, 227066, 227079, 227096, 227106, 227110, 227119, 227135, 227152, 227167, 227181, 227199, 227221, 227245, 227264, 227281, 227302, 227325, 227343, 227361, 227379, 227395, 227413, 227428, 227441, 227457, 227477, 227499, 227516, 227531, 227550, 227571, 227587, 227603, 227619, 227633, 227649, 227653, 227658, 227668, 227683, 227692, 227706, 227723, 227741, 227761, 227778, 227786, 227795, 227803, 227815, 227832, 227851, 227865, 227875, 227896, 227922, 227951, 227984, 228007, 228031, 228059, 228077, 228084, 228093, 228101, 228116, 228127, 228138, 228151, 228171, 228185, 228197, 228212, 228223, 228239, 228252, 228261, 228278, 228291, 228307, 228318, 228333, 228351, 228364, 228378, 228392, 228408, 228422, 228436, 228452, 228467, 228476, 228487, 228498, 228508, 228518, 228534, 228547, 228560, 228570, 228579, 228591, 228604, 228626, 228639, 228644, 228653, 228666, 228678, 228685, 228690, 228694, 228699, 228708, 228717, 228730, 228740, 228753, 228766, 228774, 228784, 228793, 228807, 228818, 228839, 228849, 228863, 228874, 228882, 228891, 228901, 228914, 228939, 228954, 228962, 228983, 229003, 229012, 229022, 229031, 229039, 229053, 229066, 229076, 229088, 229100, 229113, 229123, 229135, 229143, 229152, 229162, 229175, 229189, 229202, 229212, 229222, 229231, 229246, 229257, 229267, 229278, 229288, 229306, 229327, 229347, 229367, 229386, 229400, 229413, 229426, 229436, 229445, 229458, 229471, 229484, 229497, 229510, 229525, 229533, 229542, 229549, 229558, 229569, 229580, 229591, 229600, 229610, 229636, 229658, 229673, 229693, 229713, 229742, 229772, 229801, 229823, 229850, 229876, 229900, 229917, 229938, 229969, 230001, 230032, 230056, 230085, 230113, 230139, 230153, 230167, 230184, 230204, 230217, 230233, 230261, 230290, 230318, 230339, 230365, 230390, 230413, 230426, 230451, 230469, 230482, 230511, 230530, 230547, 230565, 230580, 230595, 230610, 230613, 230621, 230630, 230638, 230649, 230659, 230672, 230678, 230685, 230695, 230700, 230714, 230726, 230739, 230754, 230767, 230778, 230794, 230811, 230830, 230849, 230865, 230881, 230894, 230907, 230918, 230937, 230948, 230963, 230974, 230988, 231003, 231020, 231037, 231051, 231065, 231076, 231085, 231102, 231115, 231124, 231134, 231143, 231153, 231167, 231183, 231205, 231222, 231238, 231246, 231255, 231266, 231275, 231287, 231301, 231318, 231327, 231344, 231357, 231370, 231382, 231397, 231412, 231422, 231433, 231444, 231456, 231462, 231475, 231489, 231505, 231519, 231534, 231552, 231567, 231584, 231599, 231612, 231627, 231640, 231650, 231668, 231682, 231697, 231711, 231726, 231745, 231766, 231788, 231809, 231822, 231836, 231852, 231866, 231883, 231902, 231924, 231938, 231960, 231978, 231996, 232013, 232033, 232053, 232068, 232084, 232100, 232111, 232133, 232157, 232184, 232203, 232230, 232253, 232276, 232298, 232323, 232348, 232368, 232385, 232403, 232422, 232444, 232458, 232480, 232498, 232516, 232533, 232551, 232571, 232591, 232606, 232623, 232636, 232652, 232669, 232688, 232707, 232723, 232739, 232752, 232763, 232782, 232794, 232807, 232819, 232834, 232848, 232864, 232881, 232890, 232907, 232920, 232933, 232945, 232958, 232973, 232990, 233005, 233015, 233030, 233044, 233064, 233077, 233093, 233107, 233122, 233139, 233154, 233167, 233182, 233195, 233212, 233225, 233241, 233255, 233270, 233287, 233302, 233315, 233330, 233343, 233360, 233373, 233390, 233408, 233428, 233448, 233465, 233482, 233496, 233508, 233528, 233543, 233559, 233577, 233595, 233610, 233625, 233637, 233647, 233665, 233683, 233702, 233723, 233744, 233762, 233780, 233795, 233808, 233829, 233845, 233862, 233881, 233900, 233916, 233932, 233945, 233956, 233975, 233978, 234000, 234023, 234047, 234064, 234078, 234095, 234107, 234137, 234161, 234165, 234170, 234184, 234203, 234219, 234232, 234245, 234261, 234276, 234288, 234300, 234318, 234332, 234345, 234363, 234378, 234397, 234409, 234421, 234436, 234450, 234461, 234472, 234489, 234502, 234521, 234538, 234546, 234550, 234559, 234574, 234591, 234604, 234619, 234640, 234660, 234668, 234678, 234691, 234707, 234711, 234727, 234744, 234758, 234775, 234793, 234808, 234824, 234838, 234841, 234845, 234850, 234855, 234864, 234870, 234882, 234897, 234910, 234924, 234938, 234955, 234975, 234994, 235011, 235030, 235051, 235066, 235086, 235101, 235115, 235137, 235156, 235174, 235193, 235211, 235230, 235250, 235271, 235287, 235304, 235324, 235339, 235353, 235367, 235380, 235396, 235415, 235433, 235449, 235467, 235487, 235501, 235520, 235534, 235547, 235552, 235557, 235574, 235592, 235607, 235625, 235644, 235660, 235677, 235692, 235711, 235728, 235750, 235770, 235788, 235807, 235823, 235842, 235862, 235879, 235897, 235913, 235936, 235955, 235961, 235968, 235984, 235996, 236008, 236022, 236043, 236058, 236071, 236087, 236099, 236116, 236130, 236141, 236156, 236170, 236182, 236199, 236214, 236232, 236246, 236251, 236255, 236260, 236277, 236291, 236310, 236318, 236334, 236353, 236364, 236382, 236402, 236417, 236437, 236452, 236472, 236486, 236501, 236519, 236542, 236555, 236573, 236582, 236601, 236623, 236631, 236647, 236662, 236678, 236688, 236700, 236708, 236717, 236730, 236747, 236755, 236760, 236766, 236772, 236778, 236784, 236805, 236819, 236832, 236845, 236860, 236874, 236888, 236896, 236909, 236918, 236925, 236947, 236968, 236978, 236990, 237004, 237018, 237032, 237047, 237061, 237076, 237087, 237099, 237121, 237142, 237152, 237164, 237178, 237192, 237206, 237221, 237235, 237250, 237261, 237273, 237289, 237304, 237314, 237323, 237348, 237366, 237393, 237406, 237432, 237451, 237479, 237488, 237507, 237524, 237540, 237558, 237580, 237597, 237618, 237632, 237640, 237648, 237660, 237669, 237677, 237684, 237691, 237698, 237706, 237719, 237729, 237740, 237748, 237758, 237769, 237785, 237807, 237825, 237852, 237875, 237903, 237926, 237950, 237973, 237991, 238017, 238039, 238070, 238097, 238129, 238156, 238184, 238211, 238233, 238256, 238275, 238288, 238302, 238321, 238326, 238330, 238335, 238342, 238357, 238371, 238391, 238409, 238426, 238442, 238459, 238474, 238491, 238509, 238528, 238542, 238557, 238573, 238584, 238596, 238609, 238624, 238639, 238657, 238670, 238682, 238694, 238705, 238716, 238723, 238728, 238734, 238745, 238748, 238755, 238763, 238776, 238792, 238810, 238827, 238836, 238871, 238899, 238927, 238957, 238965, 238983, 238991, 239020, 239042, 239064, 239088, 239109, 239145, 239174, 239212, 239222, 239243, 239280, 239310, 239349, 239354, 239361, 239369, 239383, 239399, 239411, 239425, 239445, 239464, 239476, 239493, 239502, 239516, 239527, 239543, 239562, 239580, 239597, 239617, 239628, 239632, 239641, 239654, 239666, 239674, 239684, 239698, 239711, 239720, 239729, 239734, 239745, 239764, 239777, 239790, 239806, 239820, 239833, 239845, 239859, 239869, 239880, 239888, 239896, 239911, 239918, 239931, 239943, 239954, 239968, 239982, 240000, 240019, 240034, 240047, 240060, 240083, 240099, 240116, 240136, 240154, 240170, 240188, 240202, 240217, 240234, 240248, 240266, 240283, 240301, 240323, 240346, 240365, 240382, 240395, 240413, 240426, 240435, 240449, 240459, 240473, 240483, 240499, 240507, 240515, 240531, 240539, 240543, 240557, 240573, 240582, 240594, 240606, 240619, 240635, 240639, 240652, 240667, 240682, 240693, 240703, 240715, 240726, 240743, 240755, 240771, 240784, 240803, 240818, 240832, 240847, 240860, 240875, 240892, 240907, 240922, 240939, 240954, 240970, 240980, 240991, 241004, 241016, 241034, 241047, 241064, 241078, 241098, 241114, 241129, 241145, 241159, 241175, 241193, 241209, 241225, 241243, 241259, 241276, 241288, 241302, 241315, 241334, 241348, 241366, 241381, 241402, 241419, 241435, 241452, 241467, 241484, 241503, 241520, 241537, 241556, 241573, 241591, 241595, 241615, 241631, 241646, 241666, 241683, 241697, 241711, 241728, 241744, 241757, 241770, 241789, 241804, 241827, 241855, 241880, 241902, 241924, 241949, 241973, 241994, 242015, 242042, 242065, 242075, 242086, 242105, 242128, 242157, 242189, 242217, 242245, 242263, 242285, 242299, 242322, 242349, 242382, 242418, 242450, 242482, 242504, 242530, 242548, 242572, 242594, 242624, 242645, 242665, 242683, 242709, 242726, 242736, 242755, 242772, 242790, 242806, 242816, 242826, 242837, 242846, 242856, 242867, 242875, 242885, 242899, 242916, 242942, 242966, 242991, 243014, 243031, 243048, 243066, 243082, 243099, 243117, 243132, 243155, 243182, 243215, 243251, 243283, 243315, 243337, 243363, 243381, 243408, 243439, 243476, 243516, 243552, 243588, 243614, 243644, 243666, 243694, 243720, 243754, 243779, 243803, 243825, 243855, 243876, 243889, 243898, 243913, 243930, 243948, 243965, 243981, 243994, 244006, 244025, 244034, 244041, 244051, 244068, 244090, 244109, 244125, 244141, 244160, 244178, 244193, 244208, 244229, 244246, 244270, 244292, 244308, 244323, 244336, 244359, 244380, 244394, 244411, 244424, 244444, 244469, 244491, 244510, 244529, 244551, 244572, 244590, 244608, 244632, 244652, 244660, 244672, 244685, 244694, 244708, 244728, 244741, 244756, 244771, 244782, 244797, 244810, 244832, 244852, 244873, 244892, 244905, 244918, 244932, 244944, 244957, 244971, 244982, 244999, 245016, 245034, 245057, 245077, 245094, 245111, 245131, 245150, 245166, 245182, 245204, 245222, 245241, 245265, 245286, 245304, 245322, 245343, 245363, 245380, 245397, 245420, 245439, 245449, 245459, 245475, 245493, 245512, 245529, 245544, 245561, 245580, 245597, 245612, 245630, 245647, 245661, 245677, 245690, 245710, 245729, 245744, 245762, 245778, 245796, 245816, 245834, 245850, 245867, 245887, 245903, 245920, 245935, 245953, 245976, 245996, 246013, 246030, 246050, 246069, 246085, 246101, 246123, 246141, 246162, 246181, 246202, 246225, 246246, 246265, 246285, 246308, 246327, 246337, 246356, 246383, 246408, 246427, 246445, 246461, 246487, 246511, 246528, 246548, 246564, 246577, 246594, 246612, 246635, 246647, 246663, 246684, 246702, 246717, 246732, 246750, 246767, 246787, 246810, 246832, 246853, 246867, 246881, 246901, 246917, 246943, 246967, 246985, 247002, 247017, 247042, 247065, 247081, 247100, 247115, 247131, 247145, 247161, 247179, 247195, 247209, 247224, 247242, 247256, 247280, 247302, 247328, 247354, 247368, 247380, 247396, 247417, 247436, 247459, 247482, 247504, 247524, 247548, 247572, 247592, 247610, 247632, 247654, 247677, 247698, 247723, 247748, 247764, 247786, 247806, 247830, 247854, 247869, 247885, 247899, 247915, 247933, 247949, 247963, 247978, 247996, 248010, 248020, 248030, 248059, 248084, 248112, 248144, 248165, 248193, 248217, 248244, 248275, 248295, 248304, 248326, 248344, 248365, 248390, 248404, 248424, 248442, 248454, 248465, 248474, 248493, 248510, 248520, 248533, 248542, 248547, 248560, 248572, 248586, 248599, 248614, 248626, 248640, 248652, 248664, 248678, 248689, 248706, 248727, 248749, 248773, 248797, 248818, 248839, 248857, 248873, 248897, 248907, 248919, 248929, 248949, 248967, 248979, 248990, 249002, 249011, 249021, 249036, 249048, 249060, 249074, 249086, 249096, 249105, 249114, 249129, 249149, 249166, 249180, 249194, 249211, 249227, 249240, 249253, 249272, 249287, 249299, 249318, 249335, 249345, 249356, 249367, 249375, 249383, 249397, 249410, 249424, 249433, 249443, 249453, 249459, 249472, 249483, 249494, 249514, 249538, 249568, 249601, 249630, 249659, 249678, 249701, 249716, 249740, 249768, 249802, 249839, 249872, 249905, 249928, 249955, 249974, 249999, 250022, 250053, 250075, 250096, 250115, 250142, 250160, 250171, 250191, 250209, 250228, 250245, 250256, 250267, 250279, 250289, 250300, 250312, 250327, 250345, 250372, 250397, 250423, 250447, 250465, 250483, 250502, 250519, 250537, 250556, 250574, 250584, 250596, 250607, 250624, 250636, 250652, 250665, 250684, 250699, 250713, 250728, 250741, 250756, 250773, 250788, 250803, 250820, 250835, 250851, 250864, 250878, 250901, 250922, 250944, 250964, 250978, 250992, 251007, 251020, 251034, 251049, 251062, 251073, 251086, 251098, 251116, 251129, 251146, 251160, 251180, 251196, 251211, 251227, 251241, 251257, 251275, 251291, 251307, 251325, 251341, 251358, 251370, 251384, 251397, 251416, 251430, 251448, 251463, 251484, 251501, 251517, 251534, 251549, 251566, 251585, 251602, 251619, 251638, 251655, 251673, 251680, 251688, 251707, 251727, 251747, 251768, 251791, 251796, 251807, 251823, 251832, 251842, 251857, 251868, 251880, 251892, 251898, 251908, 251920, 251935, 251953, 251964, 251991, 252016, 252035, 252053, 252069, 252095, 252119, 252136, 252156, 252172, 252177, 252181, 252189, 252199, 252209, 252219, 252230, 252240, 252251, 252256, 252269, 252283, 252296, 252308, 252314, 252328, 252343, 252357, 252370, 252380, 252391, 252407, 252419, 252440, 252461, 252466, 252477, 252487, 252494, 252509, 252524, 252540, 252555, 252569, 252577, 252586, 252596, 252609, 252617, 252633, 252640, 252645, 252650, 252656, 252663, 252677, 252692, 252700, 252712, 252719, 252727, 252744, 252764, 252788, 252802, 252817, 252836, 252845, 252852, 252860, 252869, 252885, 252902, 252920, 252935, 252953, 252972, 252988, 253005, 253020, 253038, 253057, 253073, 253092, 253112, 253129, 253147, 253166, 253180, 253195, 253211, 253217, 253226, 253233, 253243, 253252, 253266, 253280, 253295, 253311, 253322, 253334, 253339, 253347, 253356, 253374, 253393, 253401, 253410, 253425, 253435, 253446, 253458, 253478, 253497, 253505, 253515, 253533, 253548, 253558, 253569, 253581, 253589, 253598, 253612, 253622, 253632, 253650, 253670, 253680, 253691, 253702, 253713, 253724, 253732, 253738, 253746, 253755, 253764, 253774, 253792, 253812, 253823, 253833, 253841, 253850, 253864, 253875, 253887, 253904, 253927, 253947, 253957, 253966, 253981, 253993, 254012, 254025, 254040, 254060, 254076, 254092, 254110, 254135, 254154, 254171, 254191, 254207, 254228, 254246, 254254, 254261, 254273, 254286, 254296, 254311, 254320, 254332, 254347, 254362, 254380, 254404, 254425, 254445, 254466, 254487, 254509, 254532, 254550, 254568, 254587, 254609, 254626, 254642, 254658, 254674, 254688, 254708, 254725, 254740, 254750, 254765, 254785, 254801, 254817, 254835, 254860, 254879, 254896, 254916, 254932, 254953, 254971, 254993, 255013, 255027, 255040, 255051, 255072, 255091, 255103, 255118, 255129, 255144, 255153, 255163, 255179, 255192, 255212, 255226, 255241, 255257, 255265, 255273, 255281, 255293, 255304, 255310, 255317, 255325, 255345, 255362, 255378, 255391, 255400, 255414, 255420, 255427, 255435, 255448, 255465, 255478, 255491, 255506, 255528, 255544, 255558, 255575, 255588, 255606, 255621, 255630, 255641, 255660, 255681, 255704, 255727, 255747, 255769, 255785, 255808, 255819, 255832, 255844, 255856, 255874, 255889, 255911, 255927, 255944, 255962, 255973, 255984, 255999, 256015, 256031, 256050, 256069, 256086, 256101, 256122, 256140, 256156, 256161, 256167, 256181, 256191, 256200, 256210, 256220, 256229, 256239, 256251, 256263, 256280, 256300, 256314, 256328, 256341, 256347, 256354, 256359, 256364, 256372, 256375, 256385, 256396, 256411, 256419, 256440, 256464, 256484, 256504, 256514, 256522, 256536, 256547, 256558, 256564, 256575, 256587, 256602, 256621, 256646, 256674, 256698, 256722, 256736, 256754, 256764, 256780, 256794, 256816, 256829, 256841, 256853, 256862, 256870, 256880, 256898, 256910, 256919, 256935, 256954, 256967, 256980, 256992, 256995, 257003, 257010, 257017, 257035, 257052, 257069, 257078, 257086, 257094, 257100, 257109, 257125, 257137, 257158, 257175, 257201, 257223, 257250, 257272, 257295, 257317, 257334, 257359, 257380, 257410, 257436, 257467, 257493, 257520, 257546, 257567, 257589, 257607, 257624, 257636, 257656, 257672, 257697, 257718, 257748, 257774, 257805, 257831, 257858, 257884, 257905, 257934, 257959, 257993, 258023, 258058, 258088, 258119, 258149, 258174, 258200, 258222, 258243, 258259, 258276, 258289, 258293, 258298, 258313, 258327, 258341, 258353, 258363, 258375, 258389, 258401, 258411, 258424, 258438, 258450, 258464, 258476, 258487, 258499, 258515, 258529, 258543, 258553, 258562, 258575, 258586, 258599, 258614, 258627, 258638, 258652, 258667, 258680, 258695, 258708, 258720, 258733, 258750, 258765, 258780, 258791, 258803, 258814, 258819, 258836, 258854, 258872, 258891, 258912, 258930, 258934, 258942, 258953, 258984, 258990, 259008, 259014, 259037, 259056, 259078, 259104, 259119, 259134, 259151, 259170, 259189, 259205, 259223, 259235, 259254, 259273, 259286, 259293, 259318, 259343, 259351, 259359, 259378, 259395, 259410, 259424, 259445, 259463, 259479, 259499, 259514, 259533, 259545, 259556, 259565, 259589, 259610, 259630, 259651, 259672, 259694, 259717, 259735, 259754, 259776, 259793, 259809, 259825, 259840, 259844, 259859, 259875, 259891, 259908, 259927, 259935, 259940, 259949, 259951, 259965, 259977, 259989, 259994, 260000, 260007, 260013, 260032, 260045, 260063, 260084, 260109, 260124, 260140, 260160, 260170, 260182, 260193, 260201, 260205, 260221, 260237, 260252, 260265, 260281, 260292, 260302, 260315, 260328, 260344, 260359, 260371, 260385, 260399, 260412, 260426, 260437, 260448, 260460, 260471, 260485, 260498, 260507, 260518, 260528, 260536, 260554, 260571, 260583, 260592, 260600, 260610, 260617, 260629, 260642, 260655, 260660, 260672, 260676, 260681, 260694, 260709, 260724, 260738, 260753, 260765, 260778, 260790, 260804, 260819, 260835, 260852, 260869, 260887, 260905, 260924, 260943, 260963, 260978, 260994, 261012, 261031, 261046, 261062, 261078, 261097, 261117, 261138, 261159, 261181, 261203, 261226, 261249, 261273, 261292, 261312, 261334, 261357, 261376, 261396, 261416, 261436, 261452, 261472, 261493, 261515, 261537, 261560, 261583, 261607, 261631, 261656, 261676, 261697, 261720, 261744, 261764, 261785, 261806, 261827, 261837, 261842, 261857, 261875, 261883, 261896, 261908, 261925, 261943, 261960, 261975, 261993, 262012, 262025, 262046, 262068, 262089, 262108, 262122, 262133, 262145, 262155, 262170, 262187, 262202, 262221, 262236, 262254, 262268, 262277, 262295, 262311, 262319, 262328, 262344, 262363, 262386, 262405, 262418, 262423, 262437, 262453, 262465, 262488, 262512, 262538, 262564, 262587, 262610, 262630, 262648, 262674, 262685, 262691, 262702, 262712, 262715, 262727, 262741, 262751, 262760, 262766, 262783, 262797, 262810, 262825, 262842, 262856, 262876, 262881, 262889, 262899, 262912, 262926, 262939, 262954, 262972, 262990, 263004, 263018, 263033, 263048, 263069, 263085, 263092, 263108, 263123, 263142, 263162, 263181, 263201, 263216, 263231, 263244, 263263, 263284, 263296, 263309, 263334, 263355, 263381, 263394, 263408, 263421, 263438, 263454, 263470, 263486, 263491, 263508, 263522, 263535, 263545, 263564, 263580, 263595, 263607, 263617, 263634, 263646, 263660, 263676, 263691, 263704, 263711, 263726, 263742, 263757, 263771, 263779, 263795, 263812, 263828, 263843, 263855, 263868, 263881, 263901, 263916, 263933, 263952, 263970, 263986, 263999, 264019, 264034, 264051, 264070, 264088, 264104, 264114, 264128, 264135, 264142, 264164, 264185, 264208, 264229, 264253, 264276, 264295, 264315, 264339, 264357, 264374, 264393, 264407, 264424, 264442, 264462, 264481, 264496, 264516, 264529, 264542, 264554, 264563, 264580, 264597, 264615, 264632, 264648, 264660, 264679, 264693, 264709, 264727, 264744, 264759, 264768, 264788, 264805, 264825, 264846, 264862, 264884, 264899, 264906, 264914, 264924, 264946, 264963, 264979, 264992, 265008, 265019, 265031, 265053, 265074, 265092, 265115, 265133, 265154, 265173, 265195, 265219, 265242, 265260, 265279, 265298, 265318, 265342, 265359, 265375, 265386, 265400, 265413, 265434, 265450, 265468, 265484, 265503, 265520, 265533, 265551, 265573, 265594, 265622, 265646, 265664, 265679, 265699, 265717, 265736, 265752, 265768, 265786, 265802, 265820, 265836, 265856, 265872, 265886, 265901, 265924, 265941, 265956, 265968, 265984, 266002, 266023, 266047, 266067, 266086, 266107, 266129, 266147, 266165, 266183, 266201, 266216, 266236, 266249, 266263, 266280, 266294, 266311, 266326, 266342, 266353, 266372, 266386, 266398, 266419, 266430, 266445, 266463, 266481, 266505, 266531, 266557, 266578, 266602, 266613, 266625, 266639, 266656, 266670, 266694, 266706, 266723, 266744, 266767, 266791, 266811, 266824, 266842, 266856, 266872, 266896, 266911, 266927, 266941, 266958, 266981, 267001, 267015, 267028, 267049, 267060, 267080, 267103, 267115, 267130, 267151, 267167, 267184, 267204, 267224, 267243, 267258, 267275, 267287, 267302, 267324, 267342, 267366, 267378, 267395, 267411, 267425, 267441, 267455, 267471, 267489, 267505, 267521, 267533, 267545, 267561, 267580, 267592, 267605, 267616, 267631, 267647, 267662, 267678, 267689, 267700, 267709, 267724, 267741, 267749, 267758, 267779, 267796, 267818, 267827, 267837, 267846, 267859, 267871, 267883, 267895, 267905, 267918, 267932, 267944, 267961, 267973, 267983, 267988, 267994, 268013, 268019, 268020, 268025, 268032, 268043, 268050, 268058, 268072, 268085, 268103, 268116, 268131, 268152, 268173, 268188, 268202, 268220, 268234, 268246, 268257, 268275, 268292, 268310, 268333, 268351, 268370, 268386, 268408, 268431, 268451, 268475, 268495, 268515, 268535, 268551, 268564, 268585, 268599, 268620, 268639, 268658, 268682, 268706, 268727, 268746, 268769, 268791, 268815, 268835, 268860, 268878, 268899, 268913, 268920, 268936, 268947, 268963, 268972, 268986, 269001, 269023, 269042, 269064, 269093, 269125, 269151, 269182, 269207, 269238, 269268, 269295, 269325, 269338, 269358, 269375, 269395, 269422, 269452, 269476, 269505, 269528, 269557, 269585, 269610, 269638, 269648, 269662, 269669, 269677, 269684, 269697, 269704, 269712, 269721, 269735, 269754, 269778, 269801, 269818, 269826, 269845, 269851, 269868, 269888, 269908, 269925, 269944, 269952, 269961, 269973, 269986, 269996, 270011, 270018, 270028, 270043, 270055, 270068, 270078, 270089, 270100, 270109, 270128, 270144, 270158, 270176, 270193, 270208, 270230, 270255, 270280, 270302, 270326, 270344, 270355, 270368, 270389, 270413, 270437, 270458, 270481, 270492, 270505, 270520, 270534, 270547, 270556, 270573, 270582, 270601, 270616, 270623, 270636, 270650, 270661, 270678, 270695, 270713, 270728, 270747, 270762, 270774, 270790, 270801, 270821, 270833, 270843, 270862, 270882, 270899, 270922, 270946, 270967, 270992, 271013, 271027, 271039, 271052, 271068, 271075, 271082, 271089, 271097, 271105, 271114, 271128, 271146, 271159, 271171, 271189, 271208, 271224, 271246, 271269, 271289, 271313, 271333, 271342, 271352, 271357, 271368, 271380, 271391, 271399, 271408, 271417, 271432, 271448, 271457, 271472, 271482, 271491, 271501, 271514, 271527, 271538, 271549, 271561, 271575, 271588, 271606, 271629, 271649, 271666, 271683, 271703, 271722, 271738, 271754, 271776, 271794, 271808, 271822, 271840, 271858, 271870, 271889, 271906, 271919, 271932, 271952, 271970, 271989, 271999, 272011, 272024, 272043, 272067, 272088, 272106, 272124, 272145, 272165, 272182, 272199, 272222, 272241, 272254, 272267, 272282, 272302, 272327, 272349, 272368, 272387, 272409, 272430, 272448, 272466, 272490, 272510, 272531, 272557, 272580, 272600, 272620, 272643, 272665, 272684, 272703, 272728, 272749, 272765, 272780, 272796, 272806, 272819, 272831, 272844, 272855, 272866, 272880, 272891, 272906, 272918, 272928, 272940, 272951, 272960, 272977, 272993, 273007, 273022, 273038, 273050, 273063, 273083, 273103, 273120, 273141, 273159, 273173, 273182, 273193, 273205, 273214, 273224, 273240, 273255, 273272, 273283, 273294, 273304, 273313, 273325, 273333, 273347, 273356, 273366, 273378, 273391, 273404, 273412, 273426, 273437, 273447, 273460, 273474, 273490, 273504, 273519, 273534, 273548, 273559, 273572, 273589, 273601, 273614, 273626, 273640, 273649, 273659, 273671, 273684, 273702, 273713, 273729, 273741, 273751, 273763, 273777, 273786, 273797, 273812, 273828, 273841, 273855, 273869, 273883, 273897, 273909, 273925, 273935, 273947, 273968, 273992, 274015, 274037, 274047, 274056, 274067, 274078, 274088, 274099, 274113, 274123, 274136, 274152, 274168, 274181, 274192, 274205, 274219, 274235, 274249, 274264, 274275, 274288, 274298, 274304, 274316, 274329, 274339, 274355, 274370, 274386, 274407, 274423, 274440, 274454, 274472, 274490, 274504, 274516, 274537, 274556, 274576, 274594, 274606, 274618, 274631, 274642, 274654, 274667, 274673, 274684, 274700, 274721, 274741, 274755, 274756, 274770, 274775, 274792, 274801, 274808, 274822, 274835, 274840, 274851, 274854, 274872, 274892, 274912, 274928, 274933, 274943, 274956, 274967, 274978, 274988, 274998, 275010, 275024, 275047, 275068, 275101, 275115, 275129, 275135, 275157, 275169, 275179, 275197, 275209, 275229, 275253, 275267, 275290, 275309, 275323, 275337, 275349, 275369, 275383, 275395, 275408, 275430, 275447, 275473, 275483, 275493, 275503, 275513, 275527, 275539, 275557, 275566, 275575, 275587, 275593, 275599, 275605, 275611, 275617, 275623, 275629, 275635, 275641, 275647, 275653, 275662, 275668, 275674, 275680, 275686],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[62, 732, 2187, 2190, 2328, 4728, 5413, 6775, 6776, 7426, 7450, 7488, 7516, 7519, 7837]), Anchor::All(&[Anchor::Lits(&[9416, 9512, 9569, 10030, 10032, 11410, 11415, 11441, 11446, 12205, 12593, 14348, 14361, 14727, 14861, 14934, 15942, 16824]), Anchor::Lits(&[7922, 9111, 9616, 9887, 10069, 10079, 10081, 10086, 10138, 10140, 10200, 10221, 10228, 10263, 10300, 10472, 10480, 10502, 10509, 10545, 10582, 11156, 11209, 11320, 11881, 11883, 11939, 11942, 12578, 13081, 13151, 13175, 13219, 13257, 13259, 13304, 13467, 13554, 13859, 13865, 13873, 13878, 14005, 14007, 14009, 14410, 14466, 15016, 15167, 15301, 15796, 15802, 15804, 15806, 15810, 15812, 15973, 16707, 16710, 16816, 16960])]), Anchor::All(&[Anchor::Lits(&[7922, 9111, 9616, 9887, 10069, 10079, 10081, 10086, 10138, 10140, 10200, 10221, 10228, 10263, 10300, 10472, 10480, 10502, 10509, 10545, 10582, 11156, 11209, 11320, 11881, 11883, 11939, 11942, 12578, 13081, 13151, 13175, 13219, 13257, 13259, 13304, 13467, 13554, 13859, 13865, 13873, 13878, 14005, 14007, 14009, 14410, 14466, 15016, 15167, 15301, 15796, 15802, 15804, 15806, 15810, 15812, 15973, 16707, 16710, 16816, 16960]), Anchor::Lits(&[63, 164, 1640, 2134, 2141, 2327, 2498, 2804, 4101, 4244, 4490, 4633, 4652, 4658, 4675, 4727, 5101, 5175, 5721]), Anchor::Lits(&[203, 351, 1732, 1743])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[1259, 1261, 1270, 2503, 2512, 2806, 2841, 3537, 4174, 4247, 4630, 4636, 4711, 5726, 5729, 5737, 5809, 5831, 7408, 7424, 7426, 7432, 7472, 7476, 7516, 7837]), Anchor::All(&[Anchor::Lits(&[9416, 9512, 10030, 10032, 11410, 11415, 11441, 11446, 12205, 14348, 14361, 14864, 14934, 15942, 16824]), Anchor::Lits(&[7922, 9111, 9616, 9887, 10069, 10079, 10081, 10086, 10138, 10140, 10200, 10221, 10228, 10263, 10300, 10472, 10480, 10502, 10509, 10545, 10582, 11156, 11209, 11320, 11881, 11883, 11939, 11942, 12578, 13081, 13151, 13175, 13219, 13257, 13259, 13304, 13467, 13554, 13859, 13865, 13873, 13878, 14005, 14007, 14009, 14410, 14466, 15016, 15167, 15301, 15796, 15802, 15804, 15806, 15810, 15812, 15973, 16707, 16710, 16816, 16960]), Anchor::Lits(&[8191, 8430, 10808, 17957])]), Anchor::All(&[Anchor::Lits(&[7922, 9111, 9616, 9887, 10069, 10079, 10081, 10086, 10138, 10140, 10200, 10221, 10228, 10263, 10300, 10472, 10480, 10502, 10509, 10545, 10582, 11156, 11209, 11320, 11881, 11883, 11939, 11942, 12578, 13081, 13151, 13175, 13219, 13257, 13259, 13304, 13467, 13554, 13859, 13865, 13873, 13878, 14005, 14007, 14009, 14410, 14466, 15016, 15167, 15301, 15796, 15802, 15804, 15806, 15810, 15812, 15973, 16707, 16710, 16816, 16960]), Anchor::Lits(&[9404, 10032, 11412, 11446, 12205, 12592, 14361, 14726, 14861, 14933, 14938]), Anchor::Lits(&[8430, 10640, 10808])]), Anchor::All(&[Anchor::Lits(&[8390, 8392, 8400, 8409, 8410, 8411, 8414, 8422, 8424, 8425, 8428, 13653, 13655, 13663, 13672, 13673, 13674, 13677, 13685, 13687, 13688, 13691, 15379, 15381, 15389, 15398, 15399, 15400, 15403, 15411, 15414, 15416, 15420, 15654, 15655, 15656, 15657, 15658, 15659, 15660, 15661, 15662, 15663, 15664, 15665, 15666, 15667, 15669, 15670, 15671, 15672, 15673, 15674, 15675, 15676, 16149, 16150, 16151, 16152, 16153, 16154, 16155, 16156, 16157, 16158, 16159, 16160, 16161, 16162, 16163, 16164, 16165, 16166, 16167, 16168, 16169, 16170, 16264, 16265, 16266, 16267, 16268, 16269, 16270, 16271, 16272, 16273, 16274, 16285, 16286, 16287, 16288, 16289, 16290, 16291, 16292, 16293, 16294, 16295, 16321, 16322, 16323, 16324, 16325, 16326, 16327, 16328, 16329, 16330, 16331, 16332, 16333, 16334, 16335, 16336, 16337, 16338, 16339, 16340, 16341, 16342, 16373, 16374, 16375, 16376, 16377, 16378, 16379, 16380, 16381, 16382, 16383, 16410, 16411, 16412, 16413, 16414, 16415, 16416, 16421, 16422, 16423, 16424, 16534, 16542, 16543, 16548, 16549, 16550, 16551, 16552, 16553, 16554, 16555, 16556, 16557, 16558, 16559, 16560, 16561, 16566, 16567, 16568, 16569, 16574, 17978, 17979, 17980, 17981, 17982, 17983, 17984, 17985, 17986, 17987, 17988, 18004, 18005, 18006, 18007, 18008, 18009, 18010, 18011, 18012, 18013, 18014, 18018, 18019, 18020, 18021, 18022, 18023, 18024, 18025, 18026, 18027, 18028, 18029, 18030, 18031, 18032, 18033, 18034, 18035, 18036, 18037, 18038, 18039]), Anchor::Lits(&[7922, 9111, 9616, 9887, 10069, 10079, 10081, 10086, 10138, 10140, 10200, 10221, 10228, 10263, 10300, 10472, 10480, 10502, 10509, 10545, 10582, 11156, 11209, 11320, 11881, 11883, 11939, 11942, 12578, 13081, 13151, 13175, 13219, 13257, 13259, 13304, 13467, 13554, 13859, 13865, 13873, 13878, 14005, 14007, 14009, 14410, 14466, 15016, 15167, 15301, 15796, 15802, 15804, 15806, 15810, 15812, 15973, 16707, 16710, 16816, 16960])]), Anchor::All(&[Anchor::Lits(&[1945, 1955, 1958, 1959, 1960, 1961, 1962, 1963, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040, 2059, 2069, 2072, 2073, 2074, 2076, 2077, 2079, 2082, 2083, 2084, 2085, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 3183, 5799, 6162, 6177]), Anchor::Lits(&[9416, 9512, 10030, 10032, 11410, 11415, 11441, 11446, 12205, 14348, 14361, 14864, 14934, 15942, 16824])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[5813, 5820, 5829, 5897, 5898, 5904, 5906, 5908, 5910, 5911, 7072, 7078, 7085, 7092, 7093, 7095, 7097, 7099, 7101, 7102, 7526, 7546, 7554, 7557, 7567, 7577, 7581, 7588, 7589, 7590, 7591, 7592, 7602, 7614, 7615, 7616, 7617, 7618, 7628, 7641, 7642, 7643, 7644, 7645, 7646, 7647, 7648, 7661, 7662, 7663, 7664, 7665, 7666, 7667, 7673, 7674, 7675, 7676, 7677, 7678, 7679, 7680, 7681, 7682, 7735, 7799]), Anchor::All(&[Anchor::Lits(&[7922, 9111, 9616, 9887, 10069, 10079, 10081, 10086, 10138, 10140, 10200, 10221, 10228, 10263, 10300, 10472, 10480, 10502, 10509, 10545, 10582, 11156, 11209, 11320, 11881, 11883, 11939, 11942, 12578, 13081, 13151, 13175, 13219, 13257, 13259, 13304, 13467, 13554, 13859, 13865, 13873, 13878, 14005, 14007, 14009, 14410, 14466, 15016, 15167, 15301, 15796, 15802, 15804, 15806, 15810, 15812, 15973, 16707, 16710, 16816, 16960]), Anchor::Lits(&[1068, 2388, 3302, 4591, 4599, 4726, 4958, 5039]), Anchor::Lits(&[7965, 8054, 9439, 9442, 9591, 9695, 9698, 9828, 9938, 9959, 11366, 13742, 14314, 14493, 14936, 15068, 15376, 15930, 17088])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[58, 822, 1100, 1216, 1308, 1314, 1315, 1317, 1321, 1323, 1373, 1382, 1388, 1411, 1443, 1537, 1540, 1549, 1555, 1585, 1617, 2135, 2139, 2318, 2577, 2579, 2597, 2598, 3277, 3682, 3708, 3723, 3775, 3825, 3827, 3849, 3937, 4118, 4409, 4411, 4414, 4415, 4507, 4508, 4509, 4754, 4780, 5167, 5236, 5360, 5566, 5568, 5572, 5574, 5577, 5579, 5751, 6236, 6237, 6656, 6757]), Anchor::Lits(&[7925, 8942, 10677, 12002, 12012, 12554, 14278, 14306, 15429, 17018, 17021, 17764, 17846, 17848, 17852, 17865, 17940, 17942, 17956, 18183]), Anchor::Lits(&[570, 2327, 2833, 4702, 5759, 6647, 6677, 7926, 8943, 10678, 12003, 12013, 14279, 14307, 15430, 17019, 17022, 17856, 17866, 17867, 18187])])),
            (4, "override-the-above", Anchor::Lits(&[63, 733, 4634, 4671])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[1286, 2379, 2388, 2838, 4708, 4723, 5039, 5099, 5737]), Anchor::Lits(&[822, 1317, 2135, 2579, 3723, 3775, 4411, 4507, 5574, 5579])])),
            (6, "override-previous-loosely", Anchor::Any(&[Anchor::Lits(&[14772]), Anchor::All(&[Anchor::Lits(&[1640, 4658, 4675]), Anchor::Lits(&[11883])])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[7923, 7924, 8294, 9120, 9617, 9888, 10074, 10080, 10082, 10137, 10139, 10145, 10222, 10229, 10264, 10473, 10503, 10510, 10546, 11207, 11210, 11321, 11882, 11936, 11940, 11943, 13082, 13152, 13176, 13220, 13258, 13260, 13305, 13468, 13519, 13573, 13860, 13869, 13877, 13879, 14006, 14008, 14010, 14411, 14467, 15017, 15168, 15360, 15797, 15805, 15807, 15811, 15813, 16708, 16711, 16817, 16964]), Anchor::All(&[Anchor::Lits(&[7922, 9111, 9616, 9887, 10069, 10079, 10081, 10086, 10138, 10140, 10200, 10221, 10228, 10263, 10300, 10472, 10480, 10502, 10509, 10545, 10582, 11156, 11209, 11320, 11881, 11883, 11939, 11942, 12578, 13081, 13151, 13175, 13219, 13257, 13259, 13304, 13467, 13554, 13859, 13865, 13873, 13878, 14005, 14007, 14009, 14410, 14466, 15016, 15167, 15301, 15796, 15802, 15804, 15806, 15810, 15812, 15973, 16707, 16710, 16816, 16960]), Anchor::Lits(&[63, 164, 1640, 2134, 2141, 2327, 2498, 2804, 4101, 4244, 4490, 4633, 4652, 4658, 4675, 4727, 5101, 5175, 5721]), Anchor::Lits(&[9269, 9416, 9636, 10030, 11350, 11851, 12149, 12863, 13515, 13787, 14057, 14361, 16075])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[5808, 5811, 5812, 5818, 5819, 5829, 5830, 5887, 5888, 5896, 5903, 5904, 5907, 5909, 5912, 7068, 7070, 7071, 7076, 7077, 7085, 7086, 7088, 7089, 7091, 7094, 7095, 7098, 7100, 7103])),
            (9, "override-everything-then-order", Anchor::Lits(&[1318, 1319, 1320, 2136, 2137, 2138, 2580, 2582, 2584, 3724, 3725, 3726, 3776, 3777, 3778, 5168, 5169, 5170])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::Lits(&[9592, 9593, 9594, 9599, 12058, 12059, 12060, 12061, 12070, 12071, 12072, 12073, 12211, 12213, 12217, 12234, 16077, 16078, 16079, 16082]), Anchor::All(&[Anchor::Lits(&[10087, 10088, 10089, 10090, 10091, 10092, 10093, 10094, 10095, 10096, 10097, 10098, 10099, 10100, 10101, 10102, 10103, 10104, 10105, 10106, 10107, 10108, 10109, 10110, 10111, 10112, 10113, 10114, 10115, 10116, 10117, 10118, 10119, 10120, 10121, 10122, 10123, 10124, 10125, 10126, 10128, 10129, 10130, 10131, 10132, 10133, 10134, 10135, 11157, 11158, 11159, 11160, 11161, 11162, 11163, 11164, 11165, 11166, 11167, 11168, 11169, 11170, 11171, 11172, 11173, 11174, 11175, 11176, 11177, 11178, 11179, 11180, 11181, 11182, 11183, 11184, 11185, 11186, 11187, 11188, 11189, 11190, 11191, 11192, 11193, 11194, 11195, 11196, 11198, 11199, 11200, 11201, 11202, 11203, 11204, 11205, 11884, 11885, 11886, 11887, 11888, 11889, 11890, 11891, 11892, 11893, 11894, 11895, 11896, 11897, 11898, 11899, 11900, 11901, 11902, 11903, 11904, 11905, 11906, 11907, 11908, 11909, 11910, 11911, 11912, 11913, 11914, 11915, 11916, 11917, 11918, 11919, 11920, 11921, 11922, 11923, 11927, 11928, 11929, 11930, 11931, 11932, 11933, 11934, 15302, 15303, 15304, 15305, 15306, 15307, 15308, 15309, 15310, 15311, 15312, 15313, 15314, 15315, 15316, 15317, 15319, 15320, 15321, 15322, 15323, 15324, 15325, 15327, 15330, 15331, 15332, 15333, 15334, 15335, 15340, 15341, 15342, 15343, 15344, 15345, 15346, 15349, 15350, 15351, 15352, 15353, 15354, 15355, 15356, 15357, 15358, 15359]), Anchor::Lits(&[8386, 9292, 9848, 11110, 11111, 11112, 13841, 13844, 13845, 14283, 14284, 14286, 14628, 14646, 14648, 14711, 14712, 14997, 15748, 16064, 16065, 17757])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[9416, 9512, 9569, 10030, 10032, 11410, 11415, 11441, 11446, 12205, 12593, 14348, 14361, 14727, 14861, 14934, 15942, 16824]), Anchor::Any(&[Anchor::Lits(&[8582, 8583, 10177, 10247, 10356, 10369, 10416, 10431, 10444, 10528, 12308, 12309, 13251, 13252, 13256, 13264, 13267]), Anchor::All(&[Anchor::Lits(&[47, 48, 162, 864, 865, 1219, 1232, 1299, 1698, 1717, 1820, 1879, 1880, 2339, 2595, 2937, 2959, 3233, 3292, 3829, 3837, 3895, 3898, 3900, 3902, 3906, 3935, 3956, 3985, 4236, 4366, 4383, 4841, 4891, 4898, 4932, 4934, 4984, 4997, 5620, 5628, 5682, 6910, 7170, 7273, 7364]), Anchor::Lits(&[8578, 11363, 11475, 11497, 11552, 12301, 12934, 15180, 15194, 17311, 17457])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[690, 863, 866, 2425, 2455, 2938, 2939, 4371, 4372, 4411, 4413, 4415, 4416, 4897, 4899, 5627, 5629, 5752, 5754, 6700, 6701, 7167]), Anchor::Lits(&[63, 164, 203, 351, 1640, 1743, 2134, 2141, 2327, 2498, 2804, 4101, 4244, 4248, 4490, 4633, 4652, 4658, 4675, 4727, 5101, 5175, 5721, 7525]), Anchor::Lits(&[9404, 9605, 10032, 11441, 12205, 12832, 12864, 13776, 14136, 14161, 14361, 14864])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[7385, 7414, 7427, 7433, 7514, 7832]), Anchor::All(&[Anchor::Lits(&[59, 60, 133, 134, 1026, 1027, 1922, 1933, 2529, 2530, 3315, 3316, 3938, 3948, 4935, 4936, 5562, 5563]), Anchor::Lits(&[9206, 10171, 10438, 13098, 13249, 13289, 14458, 15793, 17781, 17794, 17874, 17876, 17933, 17934, 18164])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1774, 1775, 1776, 1777, 3176, 3177, 3180, 3187, 4181, 4182, 4185, 4191, 5458, 5459, 5460, 5461, 7927, 7930, 7933, 7935, 7942, 7944, 7946, 7948, 7998, 8004, 8005, 8363, 8364, 8369, 8381, 8382, 8383, 8384, 8967, 8982, 9000, 9001, 9002, 9458, 9459, 9460, 9462, 9463, 9464, 9465, 9466, 9467, 9468, 9469, 9470, 9471, 9472, 9473, 9474, 9475, 9476, 9477, 9478, 9479, 9480, 9481, 9482, 9484, 9487, 9490, 9493, 9495, 9556, 9557, 9559, 9564, 9608, 9609, 9610, 9769, 9770, 9771, 9772, 9879, 9880, 9881, 9882, 9943, 9948, 9949, 9951, 9955, 9956, 9958, 10682, 10686, 10688, 10689, 10692, 10694, 10696, 10959, 10960, 10961, 10962, 10963, 10964, 11082, 11085, 11087, 11089, 11091, 11093, 11095, 11115, 11117, 11118, 11119, 11262, 11264, 11651, 11660, 11662, 11663, 11668, 11672, 11677, 12014, 12459, 12463, 12468, 12474, 12485, 12486, 12642, 12643, 12644, 12645, 13481, 13482, 13483, 13484, 13486, 13487, 13488, 13489, 13490, 13491, 13492, 13493, 13494, 13495, 13497, 13500, 13503, 13506, 13508, 13591, 13595, 13599, 13605, 13615, 13616, 13809, 13815, 13817, 13818, 13822, 13824, 13827, 14244, 14245, 14246, 14260, 14264, 14266, 14267, 14271, 14273, 14275, 14290, 14294, 14296, 14297, 14300, 14302, 14304, 14569, 14570, 14572, 14574, 14708, 14709, 14710, 15431, 15646, 15647, 15648, 15649, 15650, 15651, 15936, 15941, 15942, 15945, 15951, 15952, 15955, 15968, 15969, 15970, 15971, 15975, 15976, 15977, 15978, 16838, 16839, 16845, 16854, 17920, 17944])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[641, 973, 2556, 2557, 2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 4525, 7385, 7416, 7418, 7435, 7436, 7437, 7438, 7439, 7440, 7441, 7442, 7443, 7446, 7447, 7448, 7449, 7451, 7452, 7453, 7454, 7455, 7456, 7458, 7466, 7467, 7471, 7473, 7491, 7492, 7496, 7497, 7498, 7499, 7500, 7501, 7502, 7503, 7505, 7506, 7507, 7508, 7509, 7510, 7511, 7512, 7521, 7522, 7800, 7823, 7824, 7825, 7826, 7827, 7828, 7829, 7830, 7833, 7834, 7835, 7836, 7838, 7839, 7840, 7841]), Anchor::Lits(&[9093, 9111, 9286, 10047, 10086, 10796, 11156, 11883, 13865, 15301, 17249])])),
            (16, "deceive-the-user", Anchor::Lits(&[2541, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 6795, 6797, 6799, 6800, 6801, 6806, 6807, 6808, 6809, 6810, 9116, 9118, 9119, 9120, 10123, 10126, 10136, 10137, 10175, 10239, 10242, 10248, 10259, 10284, 10293, 10442, 10520, 10523, 10530, 10541, 10566, 10575, 11193, 11196, 11206, 11207, 11684, 11686, 11688, 11693, 11920, 11923, 11935, 11936, 13110, 13160, 13163, 13168, 13179, 13203, 13212, 17576, 17645, 17648, 17652, 17658, 17668, 17695, 17705, 17711, 17712, 17720])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[566, 673, 741, 3986, 4144, 4145, 4156, 6479]), Anchor::Lits(&[3191, 3192, 3193, 3194, 3195, 3197, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 4444, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4560, 4561, 4562, 4563, 4564, 4565, 4566, 4567, 4568, 4569, 4570, 4571, 4572, 4573, 4574, 4749, 4750, 4751, 4752, 4753, 4757, 4758, 4759, 4760, 4761, 4762, 4763, 4764, 4765, 4768, 5231, 5232, 5233, 5234, 5235, 5253, 5254, 5255, 5256, 5257, 5258, 5259, 5260, 5262, 5271, 5283, 5284, 5285, 5286, 5287, 5288, 5289, 5290, 5291, 5292, 5293, 5294, 5295, 5296, 5297, 5689, 5690, 5691, 5692, 5693, 5694, 5695, 5696, 5697, 5699, 5700, 5706, 5709, 5710, 5711, 6706, 6707, 6708, 6709, 6710, 6712, 6713, 6714, 6715, 6717, 6718, 6724, 6727, 6728, 6731])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[9017, 9368, 9369, 9371, 9372, 9373, 9374, 9384, 9385, 9386, 9387, 9892, 9893, 9896, 9898, 10590, 10591, 10596, 10610, 10772, 10773, 10774, 10775, 10776, 10777, 10778, 10779, 11105, 11106, 11107, 11108, 11251, 11252, 11260, 13882, 13883, 13884, 13887, 14401, 14402, 14403, 14404, 14599, 14600, 14601, 14602, 14614, 14615, 14616, 14617, 14620, 14621, 14622, 14623, 14694, 14695, 14697, 14700, 14702, 14703, 14704, 14705, 14811, 14812, 14813, 14814, 15959, 16961, 16962, 16963, 16964, 17482, 17483, 17484, 17485, 17486, 17487, 17488, 17489]), Anchor::All(&[Anchor::Lits(&[779, 920, 1727, 2388, 4965, 5045, 5100]), Anchor::Lits(&[17526, 17562])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[170, 171, 172, 173, 4127, 4128, 4155, 4175, 6303, 6304, 6478, 6626, 7177, 7178, 7198, 7269]), Anchor::Lits(&[17958, 17961, 17962, 17963, 17964, 17965, 17966, 17967, 17968, 17969, 17970, 17971, 17972, 17973, 17975, 17976, 17977, 17989, 17991, 17996, 17997, 17999, 18000, 18001, 18002, 18003, 18015, 18016, 18017, 18040, 18041, 18042, 18043, 18044, 18045, 18046, 18047, 18049, 18051, 18052, 18054, 18055, 18056, 18057, 18058, 18059, 18060, 18061, 18062, 18063, 18066, 18068, 18069, 18070, 18071, 18072, 18073, 18074, 18076, 18078, 18079, 18080, 18082, 18083, 18084, 18085, 18087, 18088, 18090, 18091, 18092, 18093, 18098, 18100, 18101, 18103, 18104, 18105, 18107, 18110, 18111, 18113, 18114, 18115, 18116, 18118, 18119, 18121, 18122, 18123, 18124, 18125, 18126, 18128, 18129, 18130, 18131, 18136, 18137, 18138, 18139, 18140, 18141, 18142, 18144, 18145, 18148, 18149, 18152, 18153, 18154, 18155, 18156])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[5962, 5963, 5964, 5965, 5984, 5985, 5987, 5988, 5997, 5998, 6005, 6006, 6008, 6009, 6012, 6013, 6029, 6030, 6034, 6035, 7527, 7528, 7529, 7530, 7565, 7566, 7579, 7580, 7639, 7640, 7650, 7651, 7671, 7672, 7689, 7690, 7736, 7738, 7751, 7752]), Anchor::Lits(&[58, 822, 1100, 1216, 1308, 1314, 1315, 1317, 1321, 1323, 1373, 1382, 1388, 1411, 1443, 1537, 1540, 1549, 1555, 1585, 1617, 2135, 2139, 2318, 2577, 2579, 2597, 2598, 3277, 3682, 3708, 3723, 3775, 3825, 3827, 3849, 3937, 4118, 4409, 4411, 4414, 4415, 4507, 4508, 4509, 4754, 4780, 5167, 5236, 5360, 5566, 5568, 5572, 5574, 5577, 5579, 5751, 6236, 6237, 6656, 6757])])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[3613, 3614, 13221, 13222, 13224, 13225, 13226, 14309, 14310, 14311, 14312, 14313, 17025, 17026, 17027, 17028, 17029, 17073, 17074, 17075, 17076, 17077]), Anchor::All(&[Anchor::Lits(&[17764, 17851, 17909, 17938, 17942, 18157, 18182]), Anchor::Lits(&[9498, 11011, 11247, 11471, 12431, 12585, 13861, 14544, 14658, 14699, 14810, 16969])]), Anchor::All(&[Anchor::Lits(&[2972, 2973, 2976, 2990, 2991, 2993, 2994, 2997, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3012, 3013, 3015, 3016, 3017, 3018, 3019, 3020]), Anchor::Lits(&[17957])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[495, 503, 505, 517, 518, 519, 532, 533, 536, 537, 539, 541, 550, 565, 7427, 7445, 7504, 7514, 7832])),
            (23, "nothing-is-real", Anchor::Lits(&[372, 1060, 3804, 3885, 3913, 3914, 3915, 3916, 5041])),
            (24, "declined-now-allowed", Anchor::Any(&[Anchor::Lits(&[8889, 8890, 8891, 8892, 8893, 8894, 8895, 9025, 9026, 9027, 9028, 9029, 9030, 9031, 9911, 9912, 9913, 9914, 9915, 9916, 9917, 10061, 10062, 10063, 10064, 10065, 10066, 10067, 11147, 11148, 11149, 11150, 11151, 11152, 11153, 14352, 14353, 14354, 14355, 14356, 14357, 14358, 14719, 14720, 14721, 14722, 14723, 14724, 14725]), Anchor::All(&[Anchor::Lits(&[442, 443, 444, 446, 447, 453, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 2963, 2965, 2966, 2967, 2968, 2974, 2985, 2986, 2987, 2988, 2989, 2992, 2995, 2996, 3006, 3009]), Anchor::Lits(&[9024, 9766, 9767, 9849, 9910, 11145, 11146, 14568, 14588, 17753, 17754])])])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[3689, 7385, 7427, 7431, 7445, 7460, 7461, 7464, 7514, 7800, 7832, 8608, 9571, 9572, 9573, 9574, 9575, 9576, 9577, 9578, 9579, 9580, 9581, 9582, 9583, 9584, 9585, 9586, 9587, 9588, 11418, 11419, 11420, 11421, 11422, 11423, 11425, 11426, 11427, 11428, 11429, 11430, 11432, 11433, 11435, 11436, 11437, 11438, 11449, 11450, 11451, 11452, 11453, 11454, 11455, 11456, 11457, 11458, 11459, 11460, 11461, 11462, 11463, 11464, 11465, 11466, 12215, 12216, 12220, 12221, 12222, 12223, 12224, 12225, 12226, 12227, 12228, 12229, 12232, 12233, 12235, 12236, 12237, 12238, 12594, 12595, 12596, 12597, 12598, 12599, 12600, 12601, 12602, 12603, 12604, 12605, 12606, 12607, 12608, 12609, 12610, 12611, 12615, 12616, 12617, 12618, 12619, 12620, 12621, 12622, 12623, 12624, 12625, 12626, 12627, 12628, 12630, 12631, 12632, 12633, 14139, 14140, 14141, 14142, 14143, 14144, 14146, 14147, 14148, 14149, 14150, 14151, 14153, 14154, 14156, 14157, 14158, 14159, 14162, 14163, 14164, 14165, 14166, 14167, 14169, 14170, 14171, 14172, 14173, 14174, 14175, 14176, 14178, 14179, 14180, 14181, 14731, 14732, 14733, 14734, 14735, 14736, 14738, 14739, 14740, 14741, 14742, 14743, 14745, 14746, 14748, 14749, 14750, 14751, 14866, 14867, 14868, 14869, 14870, 14871, 14872, 14873, 14874, 14875, 14876, 14877, 14878, 14879, 14881, 14882, 14883, 14884, 16518]), Anchor::All(&[Anchor::Lits(&[17957]), Anchor::Lits(&[1232, 1820, 2937, 3292, 3821, 3829, 3837, 3902, 3956, 4366, 4984, 4997, 5517, 5628, 5682, 6910]), Anchor::Lits(&[1069, 2389, 2840, 4592, 4600, 4966, 5040, 5738])])])),
            (26, "ignore-governance-policies", Anchor::Any(&[Anchor::Lits(&[64, 65, 1646, 1648, 1815, 1816, 4245, 4246, 4665, 4667, 4681, 4683]), Anchor::All(&[Anchor::Lits(&[7922, 9111, 9616, 9887, 10069, 10079, 10081, 10086, 10138, 10140, 10200, 10221, 10228, 10263, 10300, 10472, 10480, 10502, 10509, 10545, 10582, 11156, 11209, 11320, 11881, 11883, 11939, 11942, 12578, 13081, 13151, 13175, 13219, 13257, 13259, 13304, 13467, 13554, 13859, 13865, 13873, 13878, 14005, 14007, 14009, 14410, 14466, 15016, 15167, 15301, 15796, 15802, 15804, 15806, 15810, 15812, 15973, 16707, 16710, 16816, 16960]), Anchor::Lits(&[7973, 7981, 7982, 7984, 7985, 9446, 9452, 9453, 9454, 9455, 9829, 9831, 9832, 9833, 9834, 11367, 11369, 11370, 11371, 11373, 12786, 12790, 12791, 12792, 12793, 14315, 14316, 14317, 14318, 14319, 14941, 14952, 14953, 14956, 14958, 15078, 15098, 15099, 15102, 15104]), Anchor::Lits(&[82, 1022, 1189, 2358, 3373, 4688, 5101, 5187])])])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[2328, 7426, 7444, 7488, 7494, 7513, 7831, 9558, 9563, 11118, 12644, 13494, 14571, 14573, 14698, 14701, 15972, 15983, 16844, 16852, 17036, 17039, 17045, 17047, 17048, 17050, 17051, 17066, 17067, 17068, 17071, 18081, 18086, 18143]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3901, 3904, 3905, 3908, 10070, 10071, 10072, 10073, 10102, 10124, 10125, 10127, 10141, 10142, 10143, 10144, 10417, 10422, 10432, 10445, 10490, 10529, 10595, 10604, 10605, 10606, 11172, 11194, 11195, 11197, 11899, 11921, 11922, 11924, 13251, 13252, 13255, 13256, 13264, 13265, 13266, 13267, 13272, 13277, 13863, 13880, 14618, 15018, 15019, 15020, 15021, 15875, 16709, 16712, 16713, 16714]), Anchor::All(&[Anchor::Lits(&[864, 865, 1028, 1232, 1820, 1879, 2937, 2959, 3292, 3567, 3935, 3956, 4366, 4410, 4578, 4898, 4932, 4984, 4997, 5628, 5682, 6910, 7364]), Anchor::Lits(&[8579, 8585, 8906, 8940, 9567, 11637, 12302, 13463, 17312])])]), Anchor::Any(&[Anchor::Lits(&[599, 600, 601, 602, 603, 604, 785, 1043, 1088, 1118, 2216, 2217, 2221, 2243, 2244, 2247, 2281, 2328, 3331, 4707, 5270, 5537, 5815, 7426, 7444, 7488, 7494, 7504, 7513, 7831, 8454, 8455, 8459, 8464, 8476, 8477, 8478, 8479, 9939, 9941, 9944, 9945, 9946, 9948, 9949, 9952, 9954, 9955, 9956, 9960, 9961, 9962, 9963, 9964, 9965, 9967, 9968, 9969, 9970, 10679, 10683, 10691, 10692, 10852, 10853, 10876, 10881, 10893, 10894, 10895, 10896, 11087, 11643, 11646, 11652, 11655, 11656, 11660, 11664, 11667, 11668, 11672, 12096, 12102, 12109, 12113, 12114, 13804, 13810, 13821, 13822, 14220, 14223, 14228, 14229, 14257, 14261, 14270, 14271, 14287, 14291, 14299, 14300, 15712, 15713, 15714, 15715, 15716, 15717, 15718, 15719, 15720, 15721, 15737, 15738, 15739, 15740, 15741, 15742, 15743, 15744, 15745, 15746, 15931, 15934, 15937, 15938, 15939, 15941, 15942, 15947, 15950, 15951, 15952, 17380, 17381, 17382, 17383, 17387, 17388, 17389, 17390]), Anchor::All(&[Anchor::Lits(&[786, 1039, 1068, 1286, 2379, 2386, 2388, 2839, 4240, 4591, 4599, 4708, 4710, 4965, 5039, 5274, 6679]), Anchor::Lits(&[16172, 16224, 16261, 16318, 17035])]), Anchor::All(&[Anchor::Lits(&[784, 1042, 2837, 4706, 6651]), Anchor::Lits(&[17374])])])]), Anchor::All(&[Anchor::Lits(&[784, 1042, 2837, 4706, 6651]), Anchor::Lits(&[17374])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[386, 388, 389, 395, 396, 397, 840, 841, 842, 992, 994, 995, 3037, 6057, 6076, 6196, 6955, 6956, 6957, 6963, 6964, 6965, 7428, 7429, 7430, 7485, 7486, 7487, 8608, 8609, 8612, 8613, 9191, 9192, 9195, 9196, 9197, 9198, 9199, 9204, 14459, 14460, 14465, 14468, 14469, 14470, 14471, 14476, 15795, 15796, 15803, 15806, 15808, 15809, 15812, 15820]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3901, 13251, 13252, 13256, 13264]), Anchor::All(&[Anchor::Lits(&[864, 865, 1299, 1820, 2937, 3292, 3567, 3819, 3822, 3829, 3830, 3837, 3936, 3956, 4366, 4410, 4891, 4932, 4984, 4997, 5517, 5628, 5682, 6910, 6922, 7273]), Anchor::Lits(&[8579, 8909, 11364, 11500, 11555, 12302, 17272, 17312])])]), Anchor::Any(&[Anchor::Lits(&[8535, 8540, 8541, 8543, 8544, 8546, 11415, 13740, 14934, 14936, 17188]), Anchor::All(&[Anchor::Lits(&[1039, 1068, 1116, 1286, 2169, 2379, 2386, 2388, 2839, 3302, 4591, 4965, 5039, 5099, 5274]), Anchor::Lits(&[8191, 8430, 12393, 16172, 16210, 16224, 16482, 17035])])])]), Anchor::All(&[Anchor::Lits(&[12311, 13846, 13864, 14619, 15871, 15984, 16856]), Anchor::Any(&[Anchor::Lits(&[13743, 13747, 13748, 13749]), Anchor::All(&[Anchor::Lits(&[1039, 1286, 2386, 2839, 4591, 4599, 4710, 5039, 5272]), Anchor::Lits(&[8191, 8430, 10808, 16146, 17957])])])]), Anchor::All(&[Anchor::Lits(&[771, 777, 1041, 2327, 3330, 4226, 5091, 5269, 5536, 5636, 5637, 7351]), Anchor::Lits(&[7384])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[17958, 17959, 17990, 17992, 17993, 17994, 17995, 17998, 18015, 18016, 18040, 18042, 18045, 18048, 18050, 18053, 18058, 18061, 18062, 18063, 18064, 18065, 18067, 18068, 18069, 18077, 18089, 18091, 18094, 18095, 18096, 18097, 18099, 18100, 18101, 18102, 18103, 18104, 18105, 18108, 18109, 18112, 18113, 18117, 18120, 18127, 18131, 18142, 18145, 18146, 18150, 18151, 18154]), Anchor::Lits(&[9527, 9528, 9570, 9606, 10031, 10036, 11088, 11416, 11448, 12110, 12122, 12131, 12207, 12210, 14058, 14137, 14218, 14349, 14362, 14370, 14728, 14865, 15173, 15943, 15944, 16825])])),
            (30, "reveal-system-prompt", Anchor::Lits(&[8033, 8034, 8036, 8037, 8039, 8040, 8041, 8043, 8044, 8045, 8046, 9513, 9514, 9516, 9517, 9519, 9520, 9521, 9523, 9524, 9525, 9526, 9940, 9942, 9944, 9946, 9948, 9949, 9953, 9955, 9956, 9957, 9958, 11645, 11650, 11652, 11656, 11660, 11662, 11665, 11668, 11672, 11673, 11677, 12097, 12100, 12102, 12103, 12107, 12109, 12111, 12114, 12116, 12117, 12119, 12257, 12258, 12260, 12261, 12263, 12264, 12265, 12267, 12268, 12269, 12270, 12839, 12840, 12842, 12843, 12845, 12846, 12847, 12849, 12850, 12851, 12852, 13700, 13702, 13704, 13705, 13707, 13708, 13709, 13711, 13717, 13718, 13721, 13805, 13808, 13810, 13811, 13815, 13817, 13819, 13822, 13824, 13825, 13827, 14201, 14202, 14204, 14205, 14207, 14208, 14209, 14211, 14212, 14213, 14214, 14324, 14325, 14327, 14329, 14331, 14335, 14336, 14338, 14339, 14341, 14342, 14525, 14526, 14528, 14529, 14531, 14532, 14533, 14535, 14536, 14537, 14538, 15035, 15037, 15039, 15042, 15044, 15046, 15047, 15049, 15052, 15053, 15056, 15722, 15723, 15725, 15727, 15729, 15730, 15731, 15733, 15734, 15735, 15736, 15933, 15935, 15937, 15939, 15941, 15942, 15949, 15951, 15952, 15953, 15955, 16902, 16903, 16905, 16906, 16908, 16909, 16911, 16913, 16915, 16916, 16920, 17229, 17230, 17232, 17233, 17235, 17236, 17237, 17239, 17240, 17241, 17242])),
            (31, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[392, 393, 394, 395, 396, 398, 840, 841, 843, 998, 999, 1000, 2962, 2970, 3010, 3021, 3022, 3023, 5355, 5356, 5357, 6942, 6943, 6952, 6955, 6956, 6958, 6963, 6964, 6966, 6997, 6998, 6999]), Anchor::All(&[Anchor::Lits(&[571, 572, 573, 574, 2277, 2278, 2280, 2281, 2316, 2317, 2322, 2323, 2834, 2835, 2836, 2837, 4703, 4704, 4705, 4706, 4755, 4756, 4766, 4767, 5115, 5116, 5117, 5118, 5215, 5216, 5217, 5219, 5760, 5761, 5762, 5763, 5775, 5776, 5792, 5795, 6648, 6649, 6650, 6651, 7357, 7358, 7361, 7362, 7366, 7367, 7368, 7369]), Anchor::Lits(&[203, 371, 1743, 7035, 7043]), Anchor::Lits(&[349, 359, 2489, 4222, 4249, 4514, 5282, 5401, 5485, 5961, 5983, 5986, 6014, 6028, 6077, 7555, 7564, 7578, 7649, 7692, 7737])])])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[482, 1280, 1447, 2406, 2464, 6967, 7031, 12011, 12167, 17375, 17376, 17378, 17379, 17392])),
            (33, "reveal-given-instructions", Anchor::Lits(&[449, 450, 452, 455, 457, 459, 473, 474, 475, 477, 478, 479, 481, 490, 844, 997, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 5301, 6944, 6945, 6946, 6947, 6948, 6949, 6951, 6953, 6954, 6959, 6960, 6961, 6962, 7007, 7010, 7012, 7013, 7014, 7016, 7018, 7020, 7023, 7024, 7025, 7027, 7028, 7029, 7030, 7032, 7385, 7427, 7445, 7514, 7832, 9003, 11263, 11329, 11374, 12011, 12167, 13520, 16086, 17791, 17843, 17853, 17873, 17905, 17919, 17923, 17943, 17945, 18169, 18184])),
            (34, "repeat-text-above", Anchor::Lits(&[63, 597, 598, 728, 729, 730, 731, 733, 2209, 2233, 2755, 4633, 4687, 5414, 7457, 7489, 7517, 7842, 7928, 7929, 7931, 7932, 7934, 7943, 7945, 7947, 7949, 7962, 10680, 10681, 10684, 10685, 10687, 10690, 10693, 10695, 10697, 10698, 11080, 11081, 11083, 11084, 11086, 11090, 11092, 11094, 11096, 11097, 11647, 11648, 11657, 11658, 11661, 11666, 11669, 11676, 11678, 11681, 12098, 12099, 12104, 12105, 12108, 12112, 12115, 12118, 12120, 12121, 13806, 13807, 13812, 13813, 13816, 13820, 13823, 13826, 13828, 13829, 14221, 14222, 14224, 14225, 14226, 14227, 14230, 14231, 14232, 14233, 14258, 14259, 14262, 14263, 14265, 14269, 14272, 14274, 14276, 14277, 14288, 14289, 14292, 14293, 14295, 14298, 14301, 14303, 14305, 14308])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[7199, 7200, 7201, 7202, 7203, 7212, 7213, 7214, 7215, 7216, 7217, 7219, 7220, 7221, 7222, 7223, 7225, 7226, 7227, 7228, 7229, 7230, 7231, 7232, 7233, 7234, 7235, 7236, 7237, 7238, 7239, 7240, 7241, 7242, 7243, 7244, 7258, 7259, 7260, 7261, 7262, 7263, 7264, 7265, 7266, 7267, 7268, 7270, 7271, 7272])),
            (36, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[2210, 2212, 2213, 2219, 2228, 2235, 2239, 2240, 2241, 2246, 2251, 2253, 2329, 2708, 2711, 2712, 2718, 2734, 2737, 2750, 2754, 2756, 2758, 2771, 2774, 3967, 3968, 3969, 3970, 3972, 3973, 3979, 3980, 3981, 3982, 3983, 3984, 5218, 7427, 7433, 7489, 7517, 7518, 8997, 8998, 9266, 9267, 9597, 9598, 9603, 9604, 9686, 9687, 10767, 10768, 12636, 12637, 12638, 12639, 13901, 13902, 13903, 13904, 13909, 13910, 14592, 14593, 14713, 14714, 15065, 15066, 15154, 15155, 15156, 15157, 15709, 15710, 16080, 16081, 16776, 16777, 16826, 16827, 17749, 17750]), Anchor::All(&[Anchor::Lits(&[8194, 8195, 8196, 8197, 8200, 8202, 8203, 8214, 8215, 8216, 8217, 8218, 8219, 8220, 8221, 8222, 8223, 8224, 8225, 8226, 8227, 8228, 8229, 8230, 8231, 8232, 8233, 8234, 8235, 8236, 8237, 8238, 8239, 8240, 8241, 8242, 8243, 8244, 8245, 8246, 8247, 8248, 8249, 8252, 8253, 8254, 8255, 8257, 8258, 8259, 8260, 8261, 8262, 8263, 8264, 8265, 8266, 8267, 8268, 8269, 8270, 8271, 8272, 8273, 8274, 8275, 8276, 8277, 8278, 8279, 8280, 8281, 8282, 8283, 8284, 8285, 8286, 8287, 8288, 8289, 8290, 8291, 8292, 8293, 8450, 8451, 8452, 8453, 8456, 8457, 8458, 8460, 8461, 8462, 8463, 8465, 8466, 8467, 8468, 8471, 8472, 8473, 8474, 8480, 8481, 8482, 8483, 8484, 8485, 8486, 8487, 8488, 10649, 10650, 10651, 10652, 10653, 10654, 10655, 10656, 10657, 10658, 10659, 10660, 10661, 10662, 10663, 10664, 10665, 10666, 10667, 10668, 10669, 10670, 10671, 10672, 10673, 10674, 10675, 10676, 10819, 10820, 10821, 10822, 10823, 10824, 10825, 10826, 10827, 10828, 10829, 10830, 10831, 10832, 10833, 10834, 10835, 10836, 10837, 10838, 10839, 10840, 10841, 10842, 10843, 10844, 10845, 10846, 10848, 10849, 10850, 10851, 10854, 10855, 10856, 10877, 10878, 10879, 10880, 10882, 10883, 10884, 10885, 10888, 10889, 10890, 10891, 10935, 10936, 10937, 10938, 10939, 10940, 10941, 10942, 10943, 16444, 16445, 16446, 16447, 16448, 16449, 16450, 16451, 16452, 16453, 16454, 16455, 16456, 16457, 16458, 16459, 16460, 16461, 16462, 16463, 16464, 16465, 16466, 16467, 16468, 16469, 16470, 16471]), Anchor::Lits(&[9605, 12209, 14217, 14361, 15942])])])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[8033, 8034, 8036, 8037, 8039, 8040, 8041, 8043, 8044, 8045, 8046, 9513, 9514, 9516, 9517, 9519, 9520, 9521, 9523, 9524, 9525, 9526, 9940, 9942, 9944, 9946, 9948, 9949, 9953, 9955, 9956, 9957, 9958, 11645, 11650, 11652, 11656, 11660, 11662, 11665, 11668, 11672, 11673, 11677, 12097, 12100, 12102, 12103, 12107, 12109, 12111, 12114, 12116, 12117, 12119, 12257, 12258, 12260, 12261, 12263, 12264, 12265, 12267, 12268, 12269, 12270, 12839, 12840, 12842, 12843, 12845, 12846, 12847, 12849, 12850, 12851, 12852, 13700, 13702, 13704, 13705, 13707, 13708, 13709, 13711, 13717, 13718, 13721, 13805, 13808, 13810, 13811, 13815, 13817, 13819, 13822, 13824, 13825, 13827, 14201, 14202, 14204, 14205, 14207, 14208, 14209, 14211, 14212, 14213, 14214, 14324, 14325, 14327, 14329, 14331, 14335, 14336, 14338, 14339, 14341, 14342, 14525, 14526, 14528, 14529, 14531, 14532, 14533, 14535, 14536, 14537, 14538, 15035, 15037, 15039, 15042, 15044, 15046, 15047, 15049, 15052, 15053, 15056, 15722, 15723, 15725, 15727, 15729, 15730, 15731, 15733, 15734, 15735, 15736, 15933, 15935, 15937, 15939, 15941, 15942, 15949, 15951, 15952, 15953, 15955, 16902, 16903, 16905, 16906, 16908, 16909, 16911, 16913, 16915, 16916, 16920, 17229, 17230, 17232, 17233, 17235, 17236, 17237, 17239, 17240, 17241, 17242])),
            (38, "complete-the-leak", Anchor::Lits(&[11821, 11823, 11824, 11826, 11827, 11830, 11831, 11832, 11834, 11835, 11839, 11840, 11841, 11842, 11843, 11844, 11845, 11846, 11847, 11848, 12955, 12956, 12957, 12958, 12959, 12960, 12961, 12962, 12963, 12964, 12965, 12966, 12967, 12968, 12969, 12970, 12971, 12972, 12973, 12974, 12975, 12976, 12977, 12978, 12979, 12980, 12981, 12982, 12983, 12984, 12985, 12986, 12987, 12988, 12989, 12990, 13001, 13002, 13003, 13004, 13005, 13006, 13007, 13008, 13009, 13010, 13011, 13012, 13013, 13014, 13015, 13016, 13017, 13018, 13019, 13020, 13021, 13022, 13023, 13024, 13025, 13026, 13027, 13028, 13029, 13030, 13031, 13032, 13033, 13034, 13035, 13036, 16371, 16372, 16405, 16406, 16407, 16417, 16418, 16419, 16420, 17766, 17768, 17772, 17773, 17775, 17777, 18132, 18133, 18134, 18135])),
            (39, "what-you-must-not-say", Anchor::Lits(&[17795, 17797, 17798, 17799, 17800, 17801, 17802, 17803, 17804, 17805, 17806, 17807, 17808, 17809, 17844, 17858, 17880, 17881, 17882, 17883, 17884, 17907, 17908, 17922, 17935, 17936])),
            (40, "reveal-initialization", Anchor::Lits(&[12088, 12089, 12090, 12091, 12092, 12093, 12094, 12095, 12123, 12124, 12125, 12126, 12127, 12128, 12129, 12130, 12132, 12133, 12134, 12135, 12136, 12137, 12138, 12139])),
            (41, "forged-own-instructions", Anchor::Lits(&[8033, 8035, 8037, 8038, 8042, 8043, 8044, 8052, 8319, 8322, 8508, 8896, 8897, 8898, 8899, 8900, 8901, 8902, 9222, 9513, 9515, 9517, 9518, 9522, 9523, 9524, 9688, 9689, 9690, 9691, 9692, 9693, 9694, 9940, 9943, 9946, 9947, 9954, 9955, 9956, 10701, 11645, 11651, 11656, 11659, 11667, 11668, 11672, 12097, 12101, 12103, 12106, 12113, 12114, 12116, 12257, 12259, 12261, 12262, 12266, 12267, 12268, 12839, 12841, 12843, 12844, 12848, 12849, 12850, 12913, 13700, 13703, 13705, 13706, 13710, 13711, 13717, 13805, 13809, 13811, 13814, 13821, 13822, 13824, 13887, 13995, 14201, 14203, 14205, 14206, 14210, 14211, 14212, 14324, 14326, 14329, 14330, 14337, 14338, 14339, 14525, 14527, 14529, 14530, 14534, 14535, 14536, 14814, 15035, 15038, 15042, 15043, 15048, 15049, 15052, 15722, 15724, 15727, 15728, 15732, 15733, 15734, 15933, 15936, 15939, 15940, 15950, 15951, 15952, 16902, 16904, 16906, 16907, 16912, 16913, 16915, 17024, 17229, 17231, 17233, 17234, 17238, 17239, 17240])),
            (42, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[302, 317, 521, 522, 523, 524, 525, 526, 6066, 6073, 7036, 7037, 7038, 7039, 7040, 7041, 7044, 7045, 7046, 7047, 7048, 7049]), Anchor::All(&[Anchor::Lits(&[908, 910, 912, 913, 914, 915, 1342, 1359, 1361, 1362, 1363, 1445, 1780, 1796, 1798, 1799, 1800, 1802, 1923, 1925, 1927, 1928, 1929, 1930, 3939, 3941, 3943, 3944, 3945, 3946, 4517, 4518, 4519, 4520, 4521, 4522]), Anchor::Lits(&[295, 6060])])])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[10009, 10312, 16171, 16212, 16306, 16578, 16616, 16628, 16660, 17793, 17796, 17812, 17845, 17850, 17857, 17870, 17937, 17943, 17960, 17967, 18075]), Anchor::All(&[Anchor::Lits(&[1037, 1052, 1087, 1159, 1704, 2839, 3210, 3381, 3385, 4701, 4710, 5095, 5224, 5226, 5272, 5274, 6652, 6825]), Anchor::Lits(&[17035])]), Anchor::All(&[Anchor::Lits(&[8584, 17764, 17909, 18157]), Anchor::Lits(&[8780, 9529, 9550, 12662, 14929, 17182])])]), Anchor::Lits(&[483, 484, 485, 486, 487, 488, 5967, 5968, 5969, 5970, 5974, 5975, 5976, 5977, 6001, 6002, 6003, 6004, 6106, 6107, 6108, 6109, 6110, 6111, 6112, 6113, 6115, 6116, 6117, 6118, 6119, 6120, 6121, 6122, 6123, 6124, 6125, 6126, 6127, 6128, 6129, 6130, 6169, 6170, 6171, 6172, 6173, 6174, 6175, 6176, 6786, 7391, 7395, 7396, 7401, 7406, 7409, 7410, 7421, 7426, 7432, 7459, 7463, 7479, 7480, 7481, 7482, 7483, 7484, 7495, 7516, 7525, 7806, 7810, 7811, 7816, 7818, 7820]), Anchor::Lits(&[635, 1056, 1157, 3209, 4477, 4481, 4494, 5174, 6643])])),
            (44, "developer-message-requested", Anchor::Lits(&[1262, 2513, 2807, 2840, 5220, 5730, 5738, 7412, 7413, 7427, 7489, 7493, 7517, 7936, 7937, 7938, 7939, 7940, 7941, 7950, 7951, 7952, 7953, 7954, 7955, 7956, 7957, 7958, 7959, 7960, 7961, 8959, 8960, 8961, 8962, 8963, 8964, 8972, 8974, 8975, 8977, 8978, 8981, 8983, 8984, 8985, 8986, 8987, 8988, 9975, 9976, 9977, 9978, 9979, 9980, 9981, 9982, 9983, 9984, 9985, 9986, 9987, 9988, 9989, 9990, 9991, 9992, 9993, 9994, 9995, 9996, 9997, 9998, 9999, 10000, 10001, 10002, 10003, 10004, 10005, 10006, 10007, 10008, 10010, 10011, 10012, 10013, 10014, 10015, 10016, 10017, 10018, 10019, 10020, 10021, 10022, 10023, 10024, 10025, 10026, 10341, 10342, 10345, 10346, 10347, 10348, 10349, 10350, 10351, 10353, 10354, 10374, 10375, 10376, 10377, 10378, 10379, 10380, 10381, 10382, 10383, 10384, 10385, 10386, 10387, 10388, 10389, 10390, 10391, 10392, 10393, 10394, 10395, 10396, 10398, 10399, 10400, 10401, 10402, 10403, 10404, 10405, 10406, 10407, 10408, 10409, 10410, 10411, 10412, 10413, 10414, 11498, 11499, 11501, 11502, 11503, 11504, 11505, 11506, 11507, 11508, 11509, 11511, 11512, 11513, 11514, 11515, 11516, 11517, 11518, 11519, 11520, 11521, 11522, 11523, 11524, 11525, 11526, 11527, 11528, 11529, 11530, 11531, 11532, 11533, 11534, 11535, 11536, 11537, 11538, 11539, 11540, 11541, 11542, 11543, 11544, 11545, 11546, 11547, 11548, 11549, 11550, 11553, 11554, 11556, 11557, 11558, 11559, 11560, 11561, 11562, 11563, 11564, 11566, 11567, 11568, 11569, 11570, 11571, 11572, 11573, 11574, 11575, 11576, 11577, 11578, 11579, 11580, 11581, 11582, 11583, 11584, 11585, 11586, 11587, 11588, 11589, 11590, 11591, 11592, 11593, 11594, 11595, 11596, 11597, 11598, 11599, 11600, 11601, 11602, 11603, 11604, 11605, 15708, 15726, 16304, 16393, 17322, 17323, 17324, 17325, 17326, 17327, 17328, 17329, 17330, 17331, 17332, 17333, 17334, 17335, 17336, 17337, 17338, 17339, 17340, 17341, 17342, 17343, 17344, 17345, 17346, 17347, 17348, 17349, 17350, 17351, 17352, 17353, 17354, 17355, 17356, 17357, 17358, 17359, 17360, 17361, 17362, 17363, 17364, 17365, 17366, 17367, 17368, 17369, 17370, 17371, 17372, 18061, 18113])),
            (45, "agents-environment-requested", Anchor::Lits(&[16173, 16174, 16175, 16176, 16177, 16178, 16179, 16180, 16181, 16182, 16183, 16184, 16185, 16186, 16187, 16188, 16189, 16190, 16191, 16192, 16193, 16194, 16195, 16196, 16197, 16198, 16225, 16226, 16227, 16228, 16229, 16230, 16231, 16232, 16233, 16234, 16235, 16236, 16237, 16238, 16239, 16240, 16241, 16242, 16243, 16244, 16245, 16246, 16247, 16248, 16249, 16250, 16579, 16580, 16581, 16582, 16583, 16584, 16585, 16586, 16587, 16588, 16589, 16590, 16591, 16592, 16593, 16594, 16595, 16596, 16597, 16598, 16599, 16600, 16601, 16602, 16603, 16604, 17037, 17038, 17040, 17041, 17042, 17043, 17044, 17046, 17049, 17052, 17053, 17054, 17055, 17056, 17057, 17058, 17059, 17060, 17061, 17062, 17063, 17064, 17065, 17069, 17070, 17072])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[622, 639, 743, 778, 984, 1020, 1044, 1108, 1115, 1155, 1199, 1250, 1729, 2206, 2215, 2217, 2218, 2221, 2222, 2223, 2227, 2234, 2238, 2242, 2244, 2245, 2247, 2248, 2249, 2250, 2252, 2282, 3361, 3362, 3366, 3367, 3368, 3931, 3932, 3933, 3952, 3953, 4239, 4420, 4433, 4696, 4706, 4851, 4919, 5271, 5724, 5725, 5727, 5729, 5734, 5737, 5740, 5800, 6678, 7363, 7370, 7556, 7603, 7604, 7629, 7691, 7703, 8621, 10037, 10039, 11822, 11825, 11828, 11947, 11948, 11949, 12212, 12230, 13788, 13792, 13847, 13848, 13849, 13866, 13867, 13868, 13870, 13871, 13872, 13874, 13875, 13876, 14350, 14351, 15872, 15873, 15874, 15876, 15877, 15878, 15980, 15981, 15982, 15985, 15986, 15987, 16648, 17762, 17810, 17885, 17891, 17900, 17901, 17902, 17903, 17904, 17921, 17924, 17955, 17959, 18015, 18081, 18086, 18106, 18109, 18143, 18147]), Anchor::All(&[Anchor::Lits(&[10034, 12219, 12835, 13437, 13791, 17023, 17748]), Anchor::Lits(&[8065, 8389, 9209, 9285, 9290, 9457, 9808, 9809, 11619, 12324, 12352, 12550, 12576, 12752, 13652, 14116, 15096, 15375, 16483])]), Anchor::All(&[Anchor::Lits(&[462, 2984]), Anchor::Lits(&[17957])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1801, 3217, 3218, 4584, 4585, 4905, 4939, 5064, 6992, 6994, 7405, 7470, 7474])),
            (54, "authority-override", Anchor::Lits(&[135, 141, 142, 143, 144, 150, 155, 156, 157, 158, 1257, 1264, 1265, 1266, 1267, 1683, 1684, 1685, 1686, 1687, 2332, 2334, 2335, 2336, 2337, 3239, 3240, 3241, 3242, 3243, 3374, 3375, 3376, 3377, 3378, 5016, 5021, 5022, 5023, 5024, 5188, 5190, 5191, 5192, 5194, 5615, 5616, 5617, 5618, 5619, 5630, 5632, 5633, 5634, 5635, 5722, 5731, 5732, 5733, 5734])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[114, 772, 1694, 1699, 1701, 2808, 4575, 4769, 5538, 5713, 5714]), Anchor::All(&[Anchor::Lits(&[17764, 17852, 17869, 17909, 17946, 18157]), Anchor::Lits(&[3543])])])),
            (58, "address-the-model", Anchor::Any(&[Anchor::Lits(&[290, 291, 293, 294, 2799, 2800, 4463, 4464, 4698, 4699, 4826, 4827, 5200, 5201, 5621, 5622, 5623, 5624, 11878]), Anchor::All(&[Anchor::Lits(&[12805, 12806, 12834, 12837, 13436, 13439, 13460, 13461, 14382, 14383, 14594, 14595, 17269, 17270]), Anchor::Lits(&[8136, 8815, 8816, 8817, 8818, 8819, 8820, 8821, 8822, 8823, 8824, 8825, 8826, 8827, 8828, 8829, 8830, 8831, 8832, 8833, 8834, 8835, 8836, 8837, 8838, 8839, 8840, 8841, 8842, 8843, 8844, 8845, 8846, 8847, 8848, 8849, 8850, 8851, 8852, 8853, 8854, 8855, 8856, 8857, 8858, 8859, 9043, 9304, 9650, 11300, 11375, 12541, 12646])])])),
            (59, "capability-declared-granted", Anchor::Any(&[Anchor::Lits(&[86, 140, 154, 974, 1255, 1263, 1299, 1658, 1724, 1819, 2255, 2333, 3292, 3364, 4529, 4694, 4695, 4808, 4891, 5000, 5020, 5631, 6762, 6769, 6779, 7359, 14494, 14495, 14496, 14497, 14498, 14499, 14500, 14501, 14516, 14517, 14518, 14519, 14520, 14521, 14522, 14523, 17893]), Anchor::All(&[Anchor::Lits(&[8094, 8095, 8096, 8097, 8098, 8099, 8106, 8107, 8108, 8109, 8110, 8111, 8113, 8114, 8115, 8116, 8117, 8118, 8119, 8120, 8121, 8122, 8123, 8124, 8137, 8138, 8139, 8140, 8141, 8144, 8151, 8152, 8153, 8154, 8155, 8158, 8163, 8164, 8165, 8166, 8167, 8168, 8169, 8170, 8171, 8172, 8173, 8174, 8647, 8648, 8649, 8650, 8651, 8654, 8661, 8662, 8663, 8664, 8665, 8668, 8673, 8674, 8675, 8676, 8677, 8678, 8679, 8680, 8681, 8682, 8683, 8684, 9044, 9045, 9046, 9047, 9048, 9051, 9058, 9059, 9060, 9061, 9062, 9065, 9070, 9071, 9072, 9073, 9074, 9075, 9076, 9077, 9078, 9079, 9080, 9081, 9306, 9307, 9308, 9309, 9310, 9311, 9336, 9337, 9338, 9339, 9340, 9341, 9342, 9343, 9344, 9345, 9346, 9347, 9348, 9349, 9350, 9351, 9352, 9353, 9651, 9652, 9653, 9654, 9655, 9656, 9660, 9661, 9662, 9663, 9664, 9665, 9667, 9668, 9669, 9670, 9671, 9672, 9673, 9674, 9675, 9676, 9677, 9678, 9700, 9701, 9702, 9703, 9704, 9705, 9730, 9731, 9732, 9733, 9734, 9735, 9736, 9737, 9738, 9739, 9740, 9741, 9742, 9743, 9744, 9745, 9746, 9747, 12865, 12866, 12867, 12868, 12869, 12872, 12879, 12880, 12881, 12882, 12883, 12886, 12891, 12892, 12893, 12894, 12895, 12896, 12897, 12898, 12899, 12900, 12901, 12902, 17767, 17770, 17771, 17774, 17790, 17811, 17860, 17861, 17862, 17863, 17864, 17871, 17886, 17887, 17888, 17889, 17890, 17892, 17894, 17895, 17896, 17897, 17898, 17899]), Anchor::Lits(&[107, 137, 148, 149, 821, 2581, 2583, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2593, 2594, 4243, 4693, 5199, 5361, 5365, 5368, 5374, 5382, 5384, 5385, 5386, 5387, 5389, 5717, 6767, 7277, 7284, 7287, 7296, 7303, 7304])])])),
            (60, "unrestricted-mode", Anchor::Lits(&[3545, 3546, 3548, 3549, 3551, 3552, 3554, 3556, 3557, 3558, 3559, 3560, 4412, 8324, 8350, 9230, 9820, 9950, 9966, 10615, 10951, 11248, 11352, 11473, 12402, 12416, 12421, 12437, 12613, 13245, 13246, 13248, 13362, 13552, 13756, 14539, 15705, 15842, 16893, 16894, 16896, 16951, 16966, 16970, 17000, 17002])),
            (61, "dan-persona", Anchor::Lits(&[7995, 7996, 7997, 7999, 8000, 8001, 8002, 8003, 8017, 8018, 8019, 8020, 8021, 8022, 8023, 8024, 8143, 8157, 8160, 8653, 8667, 8670, 8910, 8912, 8913, 8914, 8915, 8916, 8917, 8927, 9050, 9064, 9067, 9235, 9240, 9242, 9819, 9821, 9822, 9823, 9824, 10170, 12871, 12885, 12888, 14060, 14065, 14067, 14122, 14123, 14124, 14125, 14126, 14127, 14128, 14129, 14247, 14248, 14249, 14250, 14251, 14252, 14253, 14254, 14832, 14833, 14834, 14835, 14836, 14837, 14838, 14839, 14843, 14844, 14845, 14846, 14847, 14848, 14849, 14850, 17216, 17220, 17221, 17765, 17769, 17776, 17782, 17783, 17784, 17785, 17786, 17787, 17788, 17789, 17792, 17910, 17911, 17912, 17914, 17915, 17916, 17917, 17918, 17925, 17926, 17927, 17928, 17929, 17930, 17931, 17932, 17947, 17948, 17949, 17950, 17951, 17952, 17953, 17954, 18158, 18159, 18160, 18165, 18166, 18167, 18168, 18170])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[347, 845, 1449, 3749, 7134, 8323, 9697, 9818, 9972, 10945, 11471, 11494, 11956, 12411, 12431, 12548, 12585, 12612, 12744, 13080, 13244, 13247, 13361, 13363, 14540, 14823, 14862, 14863, 16874, 16892, 16895, 16897, 16898, 16945, 16946, 16965, 16983, 16994, 16995, 17017, 17539, 17541, 17563, 17564, 17565, 17566, 17567, 17568, 17569, 17580, 17584, 17586, 17587, 17590, 17594, 17595, 17602, 17625, 17629, 17641, 17654, 17688, 17690]), Anchor::All(&[Anchor::Lits(&[783, 825, 1322, 1462, 1463, 1502, 1503, 2417, 2596, 2982, 3026, 3709, 3750]), Anchor::Lits(&[16083, 17412, 17429])])]), Anchor::Lits(&[110, 112, 346, 689, 691, 734, 738, 739, 934, 993, 1089, 1692, 1693, 2603, 4225, 4580, 4581, 4582, 4583, 4697, 4836, 4904, 4938, 4941, 4986, 5007, 5009, 5352, 5353, 5501, 5523, 5530, 5756, 6684, 6711, 7385, 7478, 7800])])),
            (63, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 2411, 2414, 2415, 2416, 2426, 2431, 2432, 2433, 2436, 2452, 2453, 2454, 2456, 2461, 2462, 2463, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 5520, 8321, 8388, 10344, 10352, 10397, 13134, 13158, 13189, 13201, 13510, 13511, 13512, 15833]), Anchor::All(&[Anchor::Lits(&[779, 920, 1081, 1727, 1904, 2379, 2388, 3298, 3302, 3568, 4944, 4965, 5039, 5100]), Anchor::Lits(&[313, 793, 2170, 2171, 7192, 7274])]), Anchor::All(&[Anchor::Lits(&[783, 825, 1322, 1455, 1462, 1463, 1465, 1495, 1502, 1503, 1505, 2140, 2417, 2596, 2981, 2982, 3025, 3026, 3709, 3710, 3714, 3750]), Anchor::Lits(&[16083, 17412, 17429])]), Anchor::All(&[Anchor::Lits(&[263, 1757, 3165, 6747, 6753, 6768]), Anchor::Lits(&[7994, 8016, 8362, 8906, 8909, 8996, 8999, 9002, 9233, 9403, 9607, 10711, 10712, 11957, 13739, 14118, 14119, 14120, 14121, 14343, 14541, 14627, 14707, 14715, 14770, 14831, 14842, 15280, 15281, 15681, 15707, 15711, 15990, 16830, 16864, 17764, 17909, 18157])])])),
            (64, "persona-replaces-assistant", Anchor::Lits(&[1350, 3934, 7822, 8142, 8156, 8159, 8161, 8178, 8179, 8180, 8181, 8652, 8666, 8669, 8671, 9049, 9063, 9066, 9068, 9234, 9239, 9241, 9243, 10713, 10714, 12870, 12884, 12887, 12889, 14059, 14064, 14066, 14068, 14464, 15282, 15283, 15801, 17780, 17913, 18163])),
            (65, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[1374, 1389, 1413, 1541, 1556, 1587, 3824, 3828, 3834, 3839, 3840, 3841]), Anchor::All(&[Anchor::Lits(&[9208, 9554, 9596, 9600, 9601, 10795, 11410, 11415, 11447, 12593, 12634, 12917, 12923, 12925, 14280, 14718, 14727, 14885, 14934, 14944, 14950, 14958, 14962]), Anchor::Lits(&[3794, 7844])]), Anchor::All(&[Anchor::Lits(&[9305, 9320, 9321, 9322, 9323, 9332, 9333, 9334, 9335, 9366, 9367, 9699, 9714, 9715, 9716, 9717, 9726, 9727, 9728, 9729, 9763, 9764, 11376, 11377, 11378, 11379, 11380, 11381, 11382, 11383, 11384, 11385, 11386, 16199, 16200, 16201, 16202, 16203, 16204, 16205, 16206, 16207, 16208, 16209, 16213, 16214, 16215, 16216, 16217, 16218, 16219, 16220, 16221, 16222, 16223, 16307, 16308, 16309, 16310, 16311, 16312, 16313, 16314, 16315, 16316, 16317, 16605, 16606, 16607, 16608, 16609, 16610, 16611, 16612, 16613, 16614, 16615, 16617, 16618, 16619, 16620, 16621, 16622, 16623, 16624, 16625, 16626, 16627, 16649, 16650, 16651, 16652, 16653, 16654, 16655, 16656, 16657, 16658, 16659, 17763, 17814, 17816, 17817, 17830, 17847, 17849, 17850, 17859, 17939, 17941, 18171, 18172, 18173, 18174, 18175, 18176, 18177, 18178, 18179, 18180, 18181]), Anchor::Lits(&[8005, 8607, 8694, 11819, 11953, 11970, 12582, 14243, 15889, 16513])])])),
            (66, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[2054, 2056, 2080, 2081, 2086, 2131, 4163, 4164, 4170, 4171, 4172, 4174, 4397, 4398, 4403, 4404, 4405, 4407, 6508, 6511, 6566, 6567, 6571, 6625]), Anchor::All(&[Anchor::Lits(&[8005, 8607, 8694, 11953, 12582, 14243, 15889]), Anchor::Lits(&[1276, 1277, 1278, 1279, 1282, 1283, 1284, 1285, 1367, 1368, 1383, 1398, 1453, 1454, 1458, 1467, 1493, 1494, 1498, 1507, 1533, 1534, 1550, 1565, 3690, 3691, 3703, 3720, 3820, 3821, 3826, 3832])])])),
            (67, "no-rules-apply", Anchor::Lits(&[13412, 16320, 16514, 16515, 16516, 16517, 16519, 16520, 16532, 16533])),
            (68, "freed-from-limits", Anchor::Lits(&[781, 782, 790, 1725, 1726, 1808, 2170, 2172, 3288, 3823, 3831, 3836, 3903, 3907, 3910, 4887, 6746, 6748, 6750, 6774])),
            (69, "respond-without-limits", Anchor::Lits(&[1204, 1205, 1206, 1207, 1208, 1209, 1223, 1224, 1225, 1226, 1227, 1228, 4860, 4861, 4862, 4863, 4864, 4865, 4878, 4879, 4880, 4881, 4882, 4883, 5142, 5143, 5144, 5145, 5146, 5147, 8189, 8294, 8320, 8438, 9208, 9595, 9600, 9601, 9602, 10786, 10787, 10788, 10789, 10790, 10791, 10792, 10793, 10795, 11410, 11415, 11943, 12912, 12916, 12917, 12918, 12919, 12920, 12921, 12922, 12925, 13237, 13242, 13243, 13281, 13282, 13359, 13360, 13364, 13519, 14934, 14939, 14940, 14942, 14943, 14945, 14949, 14950, 14952, 14953, 14954, 14956, 14958, 14962, 17527, 17528, 17529, 17530, 17531, 17532, 17533, 17534, 17535, 17536, 17537, 17538, 17540, 17542, 17543, 17544, 17545, 17546, 17580, 17581, 17583, 17585, 17588, 17589, 17592, 17593, 17594, 17602, 17605, 17616, 17628, 17644, 17653, 17683, 17684, 17688, 17725])),
            (70, "pre-safety-self", Anchor::Lits(&[3976, 8944, 8946, 8947, 8948, 8949, 8950, 8951, 8953, 8954, 8955, 8956, 8957, 8958, 8965, 8966, 8969, 8971, 8973, 8979, 8980, 8991, 8992, 8993, 8994, 8995])),
            (71, "stay-in-character", Anchor::Lits(&[1371, 1372, 1393, 1538, 1539, 1560, 3196, 3694, 3695, 3715, 4888, 5543, 5544, 5545, 5546, 5547, 5548, 5549, 5550, 5551, 5552, 5553, 5554, 5555])),
            (72, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[927, 3801, 3808, 3811, 3813, 3816, 3882, 3884, 4718, 4719, 4724, 4725, 4835, 6096, 6197, 12924, 17209]), Anchor::All(&[Anchor::Lits(&[8586, 8587, 8588, 8589, 8590, 8591, 8592, 8593, 8594, 8595, 8596, 8597, 8598, 8599, 8600, 8601, 8602, 8603, 8604, 8605, 8606, 8614, 8615, 8616, 8617, 8618, 8619, 8620, 11959, 11960, 11961, 11962, 11963, 11964, 11965, 11976, 11977, 11978, 11979, 11980, 11981, 11982, 11986, 11987, 11988, 11989, 11990, 11991, 11992, 12004, 12005, 12006, 12007, 12008, 12009, 12010, 17490, 17491, 17492, 17493, 17494, 17495, 17496, 17509, 17510, 17511, 17512, 17513, 17514, 17515, 17516, 17517, 17518, 17519, 17520, 17521, 17522, 17555, 17556, 17557, 17558, 17559, 17560, 17561]), Anchor::Lits(&[491, 2605, 7171])])])),
            (73, "jailbreak", Anchor::Lits(&[9565, 9566, 11267, 11268, 11833, 11836, 11837, 12394, 12395, 12396, 12400, 12401, 12402, 12403, 12404, 12405, 12406, 12407, 12408, 12409, 12410, 12412, 12413, 12414, 12415, 12416, 12417, 12418, 12419, 12420, 12421, 12422, 12423, 12424, 12425, 12426, 12427, 12428, 12430, 12433, 12434, 12435, 12436, 12437, 12439, 12440, 13464, 13465, 14285, 14999, 17299, 17300, 17778, 17779, 17854, 17855, 18161, 18162, 18185, 18186])),
            (74, "evil-twin", Anchor::Lits(&[7537, 7538, 7539, 7540, 7541, 7542, 7543, 7544, 7545, 7568, 7569, 7570, 7571, 7572, 7573, 7574, 7575, 7576, 7593, 7594, 7595, 7596, 7597, 7598, 7599, 7600, 7601, 7605, 7606, 7607, 7608, 7609, 7610, 7611, 7612, 7613, 7619, 7620, 7621, 7622, 7623, 7624, 7625, 7626, 7627, 7630, 7631, 7632, 7633, 7634, 7635, 7636, 7637, 7638, 7652, 7653, 7654, 7655, 7656, 7657, 7658, 7659, 7660, 7693, 7694, 7695, 7696, 7697, 7698, 7699, 7700, 7701, 7710, 7711, 7712, 7713, 7714, 7715, 7716, 7717, 7718, 7726, 7727, 7728, 7729, 7730, 7731, 7732, 7733, 7734, 7753, 7754, 7755, 7756, 7757, 7758, 7759, 7760, 7761, 7762, 7763, 7764, 7765, 7766, 7767, 7768, 7769, 7770, 7771, 7772, 7773, 7774, 7775, 7776, 7777, 7778, 7779, 7780, 7781, 7782, 7783, 7784, 7785, 7786, 7787, 7788, 7789, 7790, 7791, 7792, 7793, 7794, 7795, 7796, 7797])),
            (75, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[111, 527, 560, 581, 2602, 3281, 4647, 5676]), Anchor::Lits(&[461, 489, 1275, 1281, 1365, 1452, 1492, 1531, 2980, 3024, 3687, 3818, 6950, 6968, 7021, 7033])])),
            (76, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[1196, 1200, 1231, 3237, 4476, 5119]), Anchor::Lits(&[634, 1183, 1882, 2182, 2361, 2362, 2363, 2364, 2365, 2366, 2552, 3564, 3578, 3586, 3633, 6749, 7129]), Anchor::Lits(&[254, 1639, 1734, 6791, 7110, 7353])])),
            (77, "simulated-privileged-shell", Anchor::Lits(&[2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487, 2488, 5067, 5068, 5069, 5070, 5071, 5072, 5073, 5074, 5075, 5076, 5077, 5078, 5079, 5080, 5081, 5082, 5083, 5084, 5085, 5086, 5087, 5088, 5089, 5090, 5832, 5833, 5834, 5835, 5836, 5837, 5838, 5839, 5840, 5841, 5842, 5843, 5844, 5845, 5846, 5847, 5848, 5849, 5850, 5851, 5852, 5853, 5854, 5855, 7173, 7174, 7179, 7180, 7181, 7182, 7183, 7184, 7185, 7186, 7188, 7190, 7206, 7208, 7210, 7248, 7249, 7250, 7251, 7252, 7253, 7254, 7255, 7256])),
            (78, "self-escalation", Anchor::Lits(&[504, 534, 540, 545, 551, 554, 555, 556, 557, 558, 3164, 5966, 5973, 7668, 7669, 7670, 7821])),
            (79, "blind-execution", Anchor::Lits(&[400, 401, 402, 403, 404, 412, 905, 906, 907, 909, 911, 916, 1351, 1360, 1446, 1450, 1451, 1491, 1788, 1797, 1803, 1804, 1805, 1806, 1924, 1926, 1931, 1934, 1935, 1936, 3940, 3942, 3947, 3949, 3950, 3951, 5055, 5063, 5065, 5092, 5093, 5094])),
            (80, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[13755]), Anchor::All(&[Anchor::Lits(&[8250, 8251, 8256, 8294, 8469, 8470, 8475, 8489, 10886, 10887, 10892, 10944, 17384, 17385, 17386, 17391]), Anchor::Lits(&[683, 767, 1304, 2133, 4656, 4709, 4949, 5150, 5151, 5152, 5796])])])),
            (81, "opposite-of-your-rules", Anchor::Lits(&[7423, 7425, 7469, 7490, 7520, 13757])),
            (82, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[347, 845, 1449, 3749, 7134, 8323, 9697, 9818, 9972, 10945, 11471, 11494, 11956, 12411, 12431, 12548, 12585, 12612, 12744, 13080, 13244, 13247, 13361, 13363, 14540, 14823, 14862, 14863, 16874, 16892, 16895, 16897, 16898, 16945, 16946, 16965, 16983, 16994, 16995, 17017, 17539, 17541, 17563, 17564, 17565, 17566, 17567, 17568, 17569, 17580, 17584, 17586, 17587, 17590, 17594, 17595, 17602, 17625, 17629, 17641, 17654, 17688, 17690]), Anchor::All(&[Anchor::Lits(&[783, 825, 1322, 1462, 1463, 1502, 1503, 2417, 2596, 2982, 3026, 3709, 3750]), Anchor::Lits(&[16083, 17412, 17429])])]), Anchor::Lits(&[1061, 1715, 2555, 2602, 2612, 2622, 2624, 4555, 4647, 5140, 5676])])),
            (83, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9096, 9097, 9098, 10619, 10620, 10621, 10622, 10623, 10624, 10625, 10626, 10627, 10628, 10629, 10630, 10631, 10632, 10633, 10634, 10635, 10636, 10637, 10638, 10784, 10988, 15771, 15772]), Anchor::All(&[Anchor::Lits(&[12552]), Anchor::Lits(&[1157, 1187, 3209, 4481, 5174, 6643])])]), Anchor::Lits(&[7994, 8016, 8362, 8906, 8909, 8996, 8999, 9002, 9233, 9403, 9607, 10711, 10712, 11957, 13739, 14118, 14119, 14120, 14121, 14343, 14541, 14627, 14707, 14715, 14770, 14831, 14842, 15280, 15281, 15681, 15707, 15711, 15990, 16830, 16864, 17764, 17909, 18157])]), Anchor::All(&[Anchor::Lits(&[8737, 9014, 9015, 9794, 9807, 10078, 10946, 11240, 11472, 11474, 12168, 12745, 14824, 14932, 15010, 15692, 16575]), Anchor::Lits(&[7994, 8016, 8906, 8909, 14117, 14130, 15280, 17764, 18157]), Anchor::Lits(&[5805, 7067, 7110])])])),
            (84, "third-party-permission", Anchor::All(&[Anchor::Lits(&[8297, 8300, 8301, 8302, 8303, 8304, 8305, 8306, 8567, 8568, 8569, 8570, 8571, 8572, 8573, 8574, 8624, 8625, 8626, 8627, 8628, 8629, 8630, 8631, 8794, 8795, 8796, 8797, 8798, 8799, 8800, 8801, 8807, 8808, 8809, 8810, 8811, 8812, 8813, 8814, 9376, 9377, 9378, 9379, 9380, 9381, 9382, 9383, 9900, 9901, 9902, 9903, 9904, 9905, 9906, 9907, 10990, 10991, 10992, 10993, 10994, 10995, 10996, 10997, 11287, 11288, 11289, 11290, 11291, 11292, 11293, 11294, 11322, 11323, 11324, 11325, 11326, 11327, 11328, 11330, 11396, 11397, 11398, 11399, 11400, 11401, 11402, 11403, 12171, 12172, 12173, 12174, 12175, 12176, 12177, 12178, 12196, 12197, 12198, 12199, 12200, 12201, 12202, 12203, 13072, 13073, 13074, 13075, 13076, 13077, 13078, 13079, 13534, 13535, 13536, 13537, 13538, 13539, 13540, 13541, 13779, 13780, 13781, 13782, 13783, 13784, 13785, 13786, 13789, 13793, 13794, 13795, 13796, 13797, 13798, 13800, 14048, 14049, 14050, 14051, 14052, 14053, 14054, 14055, 14685, 14686, 14687, 14688, 14689, 14690, 14691, 14692, 14969, 14970, 14971, 14972, 14973, 14974, 14975, 14976, 15002, 15003, 15004, 15005, 15006, 15007, 15008, 15009, 15243, 15244, 15245, 15246, 15247, 15248, 15249, 15250, 16779, 16782, 16783, 16784, 16785, 16786, 16787, 16791, 17261, 17262, 17263, 17264, 17265, 17266, 17267, 17268]), Anchor::Lits(&[822, 960, 1218, 1291, 1630, 1728, 1788, 1812, 1822, 2367, 2579, 4411, 4890, 5055, 5360, 5698, 6703, 6716, 6759, 7169])])),
            (85, "privileged-identity", Anchor::Any(&[Anchor::Lits(&[1964, 1965, 2010, 2011, 2013, 2042, 2048, 2050, 2051, 2095, 2096, 2097, 6298, 6299, 6379, 6394, 6396, 6397, 6398, 6399, 6400, 6401, 6402, 6403, 6404, 6405, 6406, 6407, 6409, 6411, 6412, 6413, 6414, 6415, 6416, 6417, 6418, 6419, 6420, 6421, 6422, 6484, 6492, 6498, 6499, 6575, 6576, 6577, 6579, 6580, 6581, 6582, 6583, 6584, 6585, 6586, 6587, 6588, 6589, 6590, 7175, 7176, 7187, 7189, 7191, 7204, 7207, 7209, 7211, 7246, 7247, 7257]), Anchor::All(&[Anchor::Lits(&[17764, 17909, 18157]), Anchor::Lits(&[7992, 11351, 13802, 14851, 15870, 15879])])])),
            (86, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[7276, 7969, 7970, 7971, 7972, 7974, 7975, 7976, 7977, 8781, 8782, 8783, 8785, 9279, 9280, 9281, 9283, 10947, 10948, 10949, 10950, 10952, 11417, 11424, 11431, 11439, 11877, 11954, 12432, 12433, 12434, 12435, 12438, 12746, 12747, 12748, 12749, 12750, 12785, 12787, 12788, 12794, 14043, 14044, 14045, 14046, 14138, 14145, 14152, 14160, 14484, 14485, 14486, 14487, 14730, 14737, 14744, 14752, 14825, 14826, 14827, 14828, 14829, 14937, 14946, 14948, 14963, 15072, 15084, 15087, 15124, 15890, 16300, 16301, 16302, 16303, 16875, 16876, 16877, 16878, 16879, 16947, 16948, 16949, 16950, 16952, 16996, 16997, 16998, 16999, 17001, 17435, 17436, 17437, 17438, 17439, 17440, 17441]), Anchor::All(&[Anchor::Lits(&[8083, 12253, 14840, 14860, 16076]), Anchor::Any(&[Anchor::Lits(&[7980, 7992, 8318, 8499, 9802, 9803, 9891, 9894, 9895, 9897, 10048, 10049, 10050, 10051, 10052, 10053, 10054, 10055, 10592, 10597, 10598, 10599, 10600, 10601, 10607, 10608, 10609, 10988, 13802, 13899, 13980, 14091, 14332, 15030, 15127, 15643, 15701, 16773, 16857]), Anchor::All(&[Anchor::Lits(&[11390]), Anchor::Lits(&[107, 202, 4243, 4428, 5199, 5717])]), Anchor::All(&[Anchor::Lits(&[6317, 6341, 6355, 6392, 6393, 6395, 6425, 6444, 6453, 6493, 6525, 6563, 6578]), Anchor::Lits(&[9684, 10639, 10705, 11002, 11219, 12553, 14191, 15141, 16829, 16968, 17031])])])]), Anchor::All(&[Anchor::Lits(&[116, 1759, 4635, 4830, 5558, 7350]), Anchor::Lits(&[1121, 1634, 1810, 1821, 3244, 5556, 5564, 6758]), Anchor::Lits(&[11054, 13462, 14133, 15022, 15023, 15829, 15988])])])),
            (87, "persona-without-rules", Anchor::Lits(&[117, 118, 119, 120, 2043, 2044, 2045, 2046, 2287, 2288, 2289, 2290, 3799, 3805, 3808, 3812, 3813, 3815, 3816, 3866, 3867, 3868, 3882, 3884, 3886, 3889, 3891, 4831, 4832, 4833, 4834, 8135, 9172, 9175, 10343, 11133, 11138, 11937, 11938, 11953, 11983, 12431, 13189, 14243, 15889, 16084, 16085, 16087, 16107, 16752, 16754, 16755, 16874, 16895, 16946, 16995, 17413, 17414, 17415, 17425, 17430, 17431, 17432, 17433, 17458])),
            (88, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[8694, 11819, 11953, 11970, 14243, 15889, 17377]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5712, 5753, 6732]), Anchor::All(&[Anchor::Lits(&[11242, 13239, 17571, 18196]), Anchor::Lits(&[416, 419, 779, 1068, 1727, 1900, 2379, 3298, 3302, 4418, 4591, 4599, 4965, 5039, 5100])])]), Anchor::Lits(&[1906, 1907, 1908, 2171, 2380, 2381, 2382, 3304, 3305, 3306, 3795, 4971, 4972, 4973, 5042, 5043, 5044, 5104, 5105, 5106, 7274, 7845]), Anchor::Lits(&[491])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5712, 5753, 6732, 8135, 13114, 13189, 13193]), Anchor::All(&[Anchor::Lits(&[11242, 13239, 17579, 18196]), Anchor::Lits(&[416, 779, 1068, 1077, 1727, 1904, 2379, 3298, 3302, 4591, 4599, 4965, 5039, 5100])])]), Anchor::Lits(&[109, 345, 1364, 1778, 2629, 4903, 4937, 5046, 5500, 7355])])])),
            (89, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[8061, 8062, 8063, 8066, 8067, 8068, 8069, 8071, 8102, 8103, 8104, 8129, 8130, 8131, 8132, 8133, 8147, 8148, 8149, 8183, 8184, 8185, 8186, 8187, 8657, 8658, 8659, 8689, 8690, 8691, 8692, 8693, 9054, 9055, 9056, 9086, 9087, 9088, 9089, 9090, 9236, 9237, 9238, 9245, 9246, 9247, 9248, 9249, 12875, 12876, 12877, 12907, 12908, 12909, 12910, 12911, 13744, 13745, 13746, 13750, 13751, 13752, 13753, 13754, 14061, 14062, 14063, 14069, 14070, 14071, 14072, 14073, 15184, 15185, 15186, 15188, 15189, 15190, 15191, 15192, 15880, 15881, 15882, 15883, 15884, 15885, 15886, 15887, 17217, 17218, 17219, 17222, 17223, 17224, 17225, 17226]), Anchor::Lits(&[110, 689, 4579, 7385, 7411, 7478, 7800])])),
            (90, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1814, 3618, 3634, 3786, 3788, 3789, 3809, 3810, 3896, 3897]), Anchor::All(&[Anchor::Lits(&[1655, 1909, 1910, 1911, 2374, 3299, 3301, 4868, 4869, 4872, 4873, 4876, 4945, 4946, 4948, 4958, 4978]), Anchor::Lits(&[1654, 6740, 6743])])])),
            (91, "persona-whose-words-run", Anchor::All(&[Anchor::Lits(&[110, 2740, 2741, 2742, 2743, 2744, 2854, 3280, 4649, 4650, 5006, 5008, 7402, 7404, 7477, 7523, 7524, 7547]), Anchor::Lits(&[441, 708, 2292, 2961, 7133])])),
            (92, "persona-that-never-refuses", Anchor::All(&[Anchor::Lits(&[1203, 2496, 3389, 3390, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3457, 3458, 3459, 3460, 3461, 3462, 3463, 3464, 3465, 3466, 3467, 3468, 3469, 3470, 3471, 3472, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3486, 3487, 3488, 3489, 3490, 3491, 3492, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3500, 3501, 3502, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 4746, 4859, 5141, 5155, 6929]), Anchor::Lits(&[867, 884, 1452, 1492, 3687, 7138, 7318, 7354]), Anchor::Lits(&[491])])),
            (93, "persona-stripped-of-rules", Anchor::Any(&[Anchor::Lits(&[181, 182, 1024, 1025, 1058, 1059, 5149, 5156]), Anchor::All(&[Anchor::Lits(&[10181, 10182, 10199, 10201, 10227, 10233, 10234, 10241, 10262, 10276, 10357, 10358, 10359, 10360, 10362, 10366, 10367, 10368, 10370, 10371, 10418, 10419, 10420, 10421, 10424, 10428, 10429, 10430, 10433, 10434, 10449, 10450, 10479, 10481, 10508, 10514, 10515, 10522, 10544, 10558, 11129, 11130, 11241, 11242, 11510, 11551, 11565, 11606, 12521, 12522, 13116, 13117, 13124, 13125, 13150, 13156, 13157, 13162, 13182, 13194, 13513, 13514, 17460, 17461, 17462, 17463, 17465, 17469, 17470, 17474, 17476, 17478, 17571, 17727, 17728, 17729, 17730, 17732, 17736, 17737, 17741, 17743, 17745]), Anchor::Lits(&[8548, 9091, 9190, 9278, 10795, 11058, 11415, 12614, 12925, 14136, 14727, 14864, 14935, 17271]), Anchor::Lits(&[7994, 8909, 9232, 11259, 11285, 12581, 13223, 14058, 14130, 14243, 14830, 14841, 17035, 17764, 17906, 18157])])])),
            (94, "disable-safety", Anchor::Any(&[Anchor::Lits(&[5135, 7923, 8294, 8438, 9094, 9095, 9120, 9129, 9287, 9289, 9840, 9843, 9886, 10056, 10060, 10137, 10139, 10783, 10785, 10797, 10799, 10847, 11207, 11210, 11245, 11307, 11308, 11312, 11936, 11943, 12429, 12589, 13094, 13097, 13519, 13869, 13877, 15228, 15230, 15841, 15897, 15903, 15926, 15998, 16494, 16867, 16870, 16922, 17752]), Anchor::All(&[Anchor::Lits(&[8193, 8532, 8533, 8535, 8540, 8541, 8542, 8546, 8547, 8548, 8743, 8745, 8748, 8749, 9208, 9271, 9284, 9532, 9534, 9535, 9536, 9595, 9600, 9601, 9602, 9757, 9765, 10770, 10789, 10790, 10791, 10793, 10794, 10795, 10809, 11059, 11408, 11410, 11412, 11440, 11800, 11807, 12140, 12141, 12142, 12143, 12144, 12145, 12146, 12912, 12925, 14365, 14500, 14551, 14566, 14729, 14785, 14787, 14933, 14938, 14940, 14942, 14943, 14945, 14949, 14950, 14951, 14952, 14953, 14954, 14955, 14956, 14957, 14958, 14960, 14961, 14962, 14981, 14982, 14983, 15076, 15083, 15091, 15093, 15094, 15100, 15101, 15102, 15103, 16299, 16855, 17974]), Anchor::Lits(&[7922, 8862, 9093, 9111, 9122, 9286, 9288, 9839, 9841, 9842, 9885, 10047, 10057, 10059, 10086, 10140, 10221, 10255, 10502, 10537, 10588, 10783, 10785, 10796, 10798, 11156, 11244, 11246, 11306, 11309, 11311, 11470, 11883, 11942, 12517, 12588, 12591, 12672, 12674, 13093, 13096, 13257, 13268, 13865, 13873, 14466, 14590, 14598, 14606, 15227, 15229, 15236, 15301, 15361, 15794, 15832, 15840, 15896, 15899, 15902, 15925, 15997, 16866, 16869, 16921, 17257, 17305, 17571, 17751])])])),
            (95, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[8189, 8193, 8532, 8533, 8535, 8540, 8541, 8542, 8546, 8547, 8548, 8743, 8745, 8748, 8749, 9208, 9271, 9284, 9532, 9534, 9535, 9536, 9595, 9600, 9601, 9602, 9757, 9765, 10770, 10789, 10790, 10791, 10793, 10794, 10795, 10809, 11059, 11408, 11410, 11412, 11440, 11800, 11807, 12140, 12141, 12142, 12143, 12144, 12145, 12146, 12912, 12925, 14365, 14500, 14551, 14566, 14729, 14785, 14787, 14933, 14938, 14940, 14942, 14943, 14945, 14949, 14950, 14951, 14952, 14953, 14954, 14955, 14956, 14957, 14958, 14960, 14961, 14962, 14981, 14982, 14983, 15076, 15083, 15091, 15093, 15094, 15100, 15101, 15102, 15103, 16299, 16855, 17974]), Anchor::Lits(&[9121, 9173, 9174, 9841, 9923, 10057, 11361, 12015, 12590, 13250, 13434, 13521, 13862, 14004, 14603, 14768, 14809, 15898, 17250, 17258])])),
            (96, "skip-approval", Anchor::Any(&[Anchor::Lits(&[8538, 10178, 10235, 10236, 10237, 10255, 10275, 10446, 10516, 10517, 10518, 10537, 10557, 13112, 13261, 13262, 13263, 13268, 13274, 13283, 13284, 13285, 13286, 13287, 13292, 14461, 15798, 17471, 17472, 17473, 17475, 17477, 17597, 17738, 17739, 17740, 17742, 17744, 17818, 17831]), Anchor::All(&[Anchor::Lits(&[17572, 17578, 17579, 17596, 17598, 17600, 17601, 17610, 17611, 17614, 17615, 17624, 17631, 17633, 17634, 17635, 17636, 17638, 17639, 17640, 17642, 17646, 17666, 17672, 17673, 17674, 17676, 17677, 17678, 17679, 17681, 17691, 17694, 17707, 17708, 17709, 17710, 17713, 17714, 17719, 17721, 17725]), Anchor::Any(&[Anchor::Lits(&[7918, 8431, 8528, 8632, 8746, 8749, 9272, 9273, 9531, 9539, 10770, 11415, 11638, 11813, 13881, 14036, 14450, 14939, 15077, 16068, 16069, 16070, 16251, 16263, 16855]), Anchor::All(&[Anchor::Lits(&[13988, 16700, 17243]), Anchor::Lits(&[7978, 7983, 8528, 9131, 9218, 9220, 11365, 14782, 15237, 15251, 16715])])])])])),
            (97, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[9846, 9847, 9851, 9852, 9869, 9870, 9921, 9922, 17004, 17005]), Anchor::All(&[Anchor::Lits(&[8006, 8007, 8008, 8009, 8010, 8011, 8012, 8013, 8014, 8015, 8509, 8512, 8514, 8515, 8517, 8520, 8522, 8524, 8525, 8526, 9180, 9181, 9182, 9183, 9184, 9185, 9186, 9187, 9188, 9189, 9461, 9483, 9485, 9486, 9488, 9489, 9491, 9492, 9494, 9496, 10302, 10303, 10304, 10305, 10306, 10307, 10308, 10309, 10310, 10311, 10966, 10969, 10971, 10972, 10974, 10977, 10979, 10981, 10982, 10983, 11116, 11120, 11121, 11122, 11123, 11124, 11125, 11126, 11127, 11128, 13485, 13496, 13498, 13499, 13501, 13502, 13504, 13505, 13507, 13509, 14026, 14027, 14028, 14029, 14030, 14031, 14032, 14033, 14034, 14035, 14907, 14910, 14912, 14913, 14915, 14918, 14920, 14922, 14923, 14924]), Anchor::Lits(&[9845, 9850, 9868, 9920, 14773, 14852, 14853, 16831, 16958, 17003])])])),
            (98, "route-around-the-guard", Anchor::Lits(&[6365, 6505, 6532, 6536, 8867, 8868, 8869, 8870, 8871, 8872, 9135, 9136, 9137, 9139, 9140, 9143, 9144, 9145, 9146, 9147, 10266, 10269, 10279, 10280, 10281, 10283, 10548, 10551, 10561, 10562, 10563, 10565, 11220, 11221, 11222, 11223, 11224, 11225, 11226, 11227, 11228, 11229, 11230, 11231, 11344, 11345, 11346, 11347, 11348, 11349, 13183, 13186, 13197, 13198, 13199, 13202, 13914, 13915, 13916, 13917, 13918, 13919, 13929, 13930, 13931, 13932, 13933, 13934, 15142, 15143, 15144, 15145, 15146, 15147, 15148, 15149, 15150, 15151, 15152, 15153, 15328, 15329, 15336, 15337, 15338, 15339, 15682, 15683, 15684, 15685, 15686, 15687, 15814, 15817, 15821, 15822, 15823, 15824, 15991, 15992, 15993, 15994, 15995, 15996])),
            (99, "do-not-screen-input", Anchor::Lits(&[1376, 1377, 1378, 1384, 1390, 1419, 1425, 1426, 1427, 1428, 1431, 1432, 1441, 1442, 1543, 1544, 1545, 1551, 1557, 1593, 1599, 1600, 1601, 1602, 1605, 1606, 1615, 1616, 3697, 3698, 3699, 3704, 3711, 3748, 3756, 3757, 3758, 3759, 3762, 3763, 3772, 3773, 3843, 3844, 3845, 3848, 3851, 3852, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 5363, 5364, 5366, 5367, 5369, 5373, 5375, 5376, 5377, 5378, 5380, 5381, 5390, 5391, 5569, 5570, 5571, 5573, 5575, 5581, 5582, 5583, 5584, 5585, 5587, 5588, 5590, 5591, 7281, 7282, 7285, 7291, 7295, 7300, 7305, 7306, 7307, 7308, 7309, 7310, 7312, 7313])),
            (100, "allowlist-this-prompt", Anchor::Lits(&[8296, 8308, 9298, 9299, 9300, 9301, 9302, 9558, 9560, 9561, 9562, 9563, 10985, 11098, 11099, 11100, 11101, 11102, 12528, 12529, 12533, 12534, 12539, 12772, 12773, 12774, 12775, 12776, 15961, 15962, 15964, 15965, 15967, 16844, 16846, 16848, 16849, 16852, 16859, 16860, 16861, 16862, 16863, 17427, 17428])),
            (103, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[1711, 4958]), Anchor::All(&[Anchor::Lits(&[2009, 2017, 2053, 2058, 2132, 2633, 2661, 2702, 2704, 2747, 3958, 3959, 3965, 3966, 3978, 4140, 4146, 4162, 4165, 4175]), Anchor::Lits(&[9370, 10047, 10588, 11104, 12588, 13865, 14598, 15902, 16771, 16866, 17015])])])),
            (104, "stop-logging", Anchor::Lits(&[1292, 1293, 1294, 1295, 1296, 1297, 1298, 1370, 1391, 1397, 1418, 1429, 1439, 1444, 1536, 1558, 1564, 1592, 1603, 1613, 1618, 3693, 3712, 3719, 3747, 3760, 3770, 3774, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4779, 4781, 4782, 4783, 4784, 4785, 4786, 5362, 5370, 5371, 5372, 5379, 5388, 5392, 5567, 5576, 5578, 5580, 5586, 5589, 5592, 5701, 5702, 5703, 5704, 5705, 5707, 5708, 6719, 6720, 6721, 6722, 6723, 6725, 6726])),
            (105, "self-approval", Anchor::Lits(&[8552, 8553, 8554, 8555, 8556, 8557, 8558, 8559, 8560, 8561, 8562, 8563, 8564, 8565, 16020, 16022, 16023, 16024, 16026, 16027, 16028, 16029, 16034, 16037, 16039, 16040, 16041, 16042, 16044, 16046, 16047, 16048, 16049, 16050, 16051, 16052, 16053, 16057, 16058, 16059, 16060, 16061, 16063, 16066])),
            (106, "execute-everything", Anchor::Lits(&[66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 224, 225, 226, 228, 229, 230, 231, 233, 235, 236, 237, 238, 239, 240, 241, 242, 420, 421, 422, 423, 424, 425, 426, 428, 430, 431, 432, 433, 434, 435, 436, 437, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1360, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1797, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 5048, 5049, 5050, 5051, 5052, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 5060, 5061, 5062, 5063])),
            (107, "protection-mode-claim", Anchor::Lits(&[163, 227, 615, 823, 1300, 1632, 3246, 3336, 3565, 3865, 3955, 4009, 4475, 4480, 4530, 4910, 6704, 6770])),
            (108, "approve-tool-calls", Anchor::Lits(&[2256, 4526, 6653, 6654, 6655])),
            (110, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[5971, 5989, 6031, 6114, 6178, 7525]), Anchor::Lits(&[243, 245, 246, 247, 248, 251, 414, 769, 792, 949, 965, 1038, 1040, 1229, 1712, 2376, 2531, 2532, 3303, 3544, 4525, 4527, 4592, 4600, 4817, 4966, 5040, 5273, 6698, 7108]), Anchor::Lits(&[122, 251, 399, 928, 931, 1011, 1218, 1620, 1653, 1919, 2785, 2811, 3291, 3349, 3563, 3581, 3612, 4419, 4495, 4794, 4843, 4884, 4890, 4894, 4897, 4998, 5229, 5349, 5688, 6756, 6766, 6777, 6778, 7108, 7128])])),
            (111, "tamper-with-its-controls", Anchor::All(&[Anchor::Lits(&[3137]), Anchor::Lits(&[243, 245, 246, 247, 248, 251, 414, 769, 792, 949, 965, 1038, 1040, 1229, 1712, 2376, 2531, 2532, 3303, 3544, 4525, 4527, 4592, 4600, 4817, 4966, 5040, 5273, 6698, 7108]), Anchor::Lits(&[122, 251, 399, 928, 931, 1011, 1218, 1620, 1653, 1919, 2785, 2811, 3291, 3349, 3563, 3581, 3612, 4419, 4495, 4794, 4843, 4884, 4890, 4894, 4897, 4998, 5229, 5349, 5688, 6756, 6766, 6777, 6778, 7108, 7128])])),
            (112, "tamper-with-named-controls", Anchor::All(&[Anchor::Lits(&[8295, 8299, 8307, 8537, 8546, 9757, 10770, 11407, 11755, 11756, 11757, 11758, 11759, 11760, 11761, 11762, 11763, 11764, 11765, 11766, 11767, 11768, 11769, 11770, 11771, 11772, 11773, 11774, 11775, 11776, 11777, 11778, 11779, 11780, 11781, 11782, 11783, 11784, 11785, 11786, 11787, 11788, 12141, 14215, 14363, 14366, 14495, 15070, 15085, 16792, 16855]), Anchor::Lits(&[5959, 6105, 7525])])),
            (113, "authority-waives-controls", Anchor::Any(&[Anchor::Lits(&[460, 2847, 2979, 9696, 13228, 13366, 15979]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2319, 2320, 2321, 2324, 2325, 2326, 2495, 9375, 9538, 10769, 10984, 11820, 11829, 11838, 14047, 14199, 14219, 14980, 15237, 15242, 15252, 17256, 17295, 17296, 17304]), Anchor::All(&[Anchor::Lits(&[8788]), Anchor::Lits(&[14930, 18188])])]), Anchor::Lits(&[822, 826, 960, 1218, 1220, 1291, 1301, 1630, 1631, 1768, 2294, 2330, 2331, 2579, 2598, 3291, 3293, 4411, 4414, 4890, 4893, 5236, 5360, 5393, 5559, 5560, 5681, 5698, 6716, 6772, 6773, 6921, 7348])])])),
            (114, "vendor-orders-an-action", Anchor::All(&[Anchor::Lits(&[8391, 8393, 8394, 8395, 8396, 8397, 8398, 8399, 8401, 8402, 8403, 8404, 8405, 8406, 8407, 8408, 8412, 8413, 8415, 8416, 8417, 8418, 8419, 8420, 8421, 8423, 8426, 8427, 9312, 9313, 9314, 9315, 9316, 9317, 9318, 9319, 9324, 9325, 9326, 9327, 9328, 9329, 9330, 9331, 9354, 9355, 9356, 9357, 9358, 9359, 9360, 9361, 9362, 9363, 9364, 9365, 9706, 9707, 9708, 9709, 9710, 9711, 9712, 9713, 9718, 9719, 9720, 9721, 9722, 9723, 9724, 9725, 9748, 9749, 9750, 9751, 9752, 9753, 9754, 9755, 9756, 9760, 9761, 9762, 13654, 13656, 13657, 13658, 13659, 13660, 13661, 13662, 13664, 13665, 13666, 13667, 13668, 13669, 13670, 13671, 13675, 13676, 13678, 13679, 13680, 13681, 13682, 13683, 13684, 13686, 13689, 13690, 15380, 15382, 15383, 15384, 15385, 15386, 15387, 15388, 15390, 15391, 15392, 15393, 15394, 15395, 15396, 15397, 15401, 15402, 15404, 15405, 15406, 15407, 15408, 15409, 15410, 15413, 15417, 15419]), Anchor::Lits(&[2185, 2188, 2189, 2195, 2204, 2207, 2211, 2214, 2220, 2232, 4129, 4130, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 6138, 6142, 6144, 6150, 6152, 6153, 6154, 6155, 6156, 6157])])),
            (115, "run-data-as-code", Anchor::Any(&[Anchor::Lits(&[758, 759, 760, 761, 762, 763, 764, 765, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 3038, 3041, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 5979, 5980, 6015, 6016, 6023, 6024, 6025, 6026, 6058, 6059, 6831, 6832, 6833, 6834, 6835, 6836, 6837, 6838, 7050, 7051, 7052, 7053, 7054, 7055, 7056, 7057, 8047, 8048, 14456, 14457, 15060, 15061, 15266, 15267, 17411]), Anchor::All(&[Anchor::Lits(&[11135, 11137]), Anchor::Lits(&[1078, 1079, 1080, 1084, 1085, 1086, 5597, 5598, 5599, 5802, 5803, 5804, 6820, 6821, 6822]), Anchor::Lits(&[1779, 3029, 5047, 5605])])])),
            (116, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[5002]), Anchor::Lits(&[675, 966, 1128, 1129, 5402, 5505]), Anchor::Lits(&[11155, 14481, 14550, 14815])])),
            (117, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[747, 748, 8566, 9004, 10180, 10226, 10245, 10448, 10507, 10526, 11495, 13115, 13149, 13166, 13293, 13308, 13402, 14855, 15425, 15426, 15427, 15433, 15434, 15435, 15436, 15437, 15438, 15446, 15449, 15450, 15451, 15461, 15486, 15487, 15492, 15493, 15496, 15497, 15498, 15499, 15500, 15501, 15554, 15555, 15567, 15568, 15569, 15573, 15578, 15580, 15586, 15587, 15588, 15589, 15590, 15591, 15592, 15593, 15594, 15595, 15596, 15597, 15598, 15599, 15600, 15601, 15602, 15603, 15604, 15605, 17599, 17647, 17657, 17660, 17686, 17696, 17706]), Anchor::All(&[Anchor::Lits(&[11685, 11687, 11689, 11691, 11692]), Anchor::Lits(&[2183])]), Anchor::All(&[Anchor::Lits(&[846, 847, 848, 850, 851, 853, 859, 860, 868, 869, 870, 872, 873, 875, 881, 882, 885, 886, 887, 889, 890, 892, 898, 899, 1375, 1379, 1385, 1387, 1392, 1410, 1433, 1436, 1456, 1457, 1459, 1461, 1464, 1482, 1488, 1489, 1496, 1497, 1499, 1501, 1504, 1522, 1528, 1529, 1542, 1546, 1552, 1554, 1559, 1584, 1607, 1610, 3696, 3700, 3705, 3707, 3713, 3741, 3764, 3767, 7141, 7143, 7144, 7146, 7149, 7155, 7162, 7165, 7321, 7323, 7324, 7326, 7329, 7335, 7342, 7345]), Anchor::Lits(&[10721, 10722, 10723, 10724, 10725, 10726, 10727, 10728, 10729, 10730, 10731, 10732, 10733, 10734, 10735, 10736, 10737, 10738, 10739, 10740, 10741, 10742, 10743, 10744, 10745, 10746, 10747, 10748, 10749, 10750, 10751, 10752, 10753, 10754, 10755, 10756, 10757, 10758, 10759, 10760, 10761, 10762, 10763, 10764, 12698, 12699, 12700, 12701, 12702, 12703, 12704, 12705, 12707, 12708, 12709, 12710, 12711, 12712, 12713, 12714, 12715, 12716, 12717, 12718, 12719, 12720, 12721, 12722, 12723, 12724, 12725, 12726, 12727, 12728, 12729, 12730, 12731, 12732, 12733, 12734, 12735, 12736, 12737, 12738, 12739, 12740, 12741, 12742, 15423, 15427, 15428, 15432, 15461, 15462, 15464, 15471, 15475, 15476, 15477, 15478, 15479, 15480, 15481, 15482, 15483, 15484, 15485, 15486, 15487, 15489, 15490, 15494, 15495, 15502, 15503, 15504, 15506, 15512, 15516, 15517, 15518, 15519, 15520, 15521, 15522, 15523, 15524, 15525, 15526, 15527, 15528, 15529, 15530, 15531, 15532, 15533, 15534, 15535, 15536, 15537, 15538, 15539, 15540, 15541, 15543, 15544, 15545, 15546, 15547, 15548, 15549, 15551, 15552, 15553, 15565, 15569, 15571, 15572, 15573, 15574, 15575, 15576, 15578, 15580, 15581])])])),
            (118, "evade-the-checks", Anchor::Any(&[Anchor::Lits(&[618, 619, 620, 677, 3337, 3338, 3339, 4844, 4845, 4846, 6658, 6659, 6660, 6661, 6662, 6663, 12348, 13279, 16516, 16521, 16522, 16532, 17301, 17617, 17632, 17650, 17868]), Anchor::All(&[Anchor::Lits(&[846, 847, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 868, 869, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 885, 886, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 1375, 1379, 1386, 1387, 1392, 1395, 1410, 1412, 1414, 1415, 1416, 1420, 1433, 1436, 1440, 1456, 1457, 1460, 1461, 1464, 1466, 1482, 1483, 1484, 1485, 1486, 1487, 1488, 1489, 1490, 1496, 1497, 1500, 1501, 1504, 1506, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1542, 1546, 1553, 1554, 1559, 1562, 1584, 1586, 1588, 1589, 1590, 1594, 1607, 1610, 1614, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 3696, 3700, 3706, 3707, 3713, 3717, 3741, 3742, 3743, 3744, 3745, 3751, 3764, 3767, 3771, 7141, 7143, 7145, 7146, 7149, 7151, 7155, 7156, 7157, 7158, 7159, 7160, 7162, 7165, 7166, 7321, 7323, 7325, 7326, 7329, 7331, 7335, 7336, 7337, 7338, 7339, 7340, 7342, 7345, 7346]), Anchor::Lits(&[15422])])])),
            (119, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[136, 138, 139, 145, 146, 147, 151, 152, 153, 159, 160, 161, 942, 943, 944, 945, 946, 947, 950, 951, 952, 953, 954, 955, 1102, 1103, 1104, 1105, 1106, 1107, 1109, 1110, 1111, 1112, 1113, 1114, 1258, 1259, 1260, 1268, 1269, 1271, 1402, 1403, 1404, 1405, 1406, 1407, 1408, 1409, 1570, 1572, 1573, 1574, 1576, 1580, 1581, 1583, 1659, 1660, 1661, 1662, 1663, 1664, 2176, 2177, 2178, 2179, 2180, 2181, 2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 3547, 3550, 3553, 3555, 3561, 3562, 3637, 3639, 3640, 3642, 3644, 3652, 3653, 3657, 3842, 3844, 3846, 3847, 3850, 3853, 3854, 3863, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 4227, 4228, 4229, 4230, 4231, 4232, 4422, 4423, 4424, 4425, 4426, 4427, 4593, 4594, 4595, 4596, 4597, 4598, 4601, 4602, 4603, 4604, 4605, 4606, 4920, 4921, 4922, 4923, 4924, 4925, 4926, 4927, 4928, 4929, 4930, 4931, 4959, 4960, 4961, 4962, 4963, 4964, 4967, 4968, 4969, 4970, 4974, 4975, 5017, 5018, 5019, 5025, 5026, 5027, 5723, 5727, 5728, 5735, 5736, 5739, 7278, 7286, 7290, 7293, 7302, 7314, 8539, 8549, 9282, 9533, 9537, 9635, 10083, 10957, 10986, 11243, 11434, 11481, 12629, 14155, 14747, 14880, 16843, 16847, 16850, 16851, 16853, 17259, 17596, 17606, 17614, 17673, 17689, 17698]), Anchor::All(&[Anchor::Lits(&[822, 826, 960, 1291, 1301, 1807, 1809, 2294, 2308, 3291, 3293, 4411, 4414, 4415, 4417, 4890, 4893, 5360, 5393, 5681, 5683, 6716, 6733, 6921, 6923]), Anchor::Lits(&[4093, 8053, 9209, 9285, 9290, 9808, 9809, 9838, 11618, 13574, 13889, 14115, 15092, 16017, 17252]), Anchor::Lits(&[413, 941, 1046, 1101, 2375, 3294, 4591, 4599, 4816, 4958, 4991, 5038, 5098])])])),
            (120, "standing-order-for-tool-calls", Anchor::Any(&[Anchor::Lits(&[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 2499, 2501, 2502, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511, 2514, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2948, 2949, 2950, 2951, 2952, 6241, 6242, 6243, 6244, 6245, 6246, 6247, 6248, 6249, 6250, 6251, 6252, 6664, 6665, 6666, 6667, 6668, 6669, 6670, 6671, 6672, 6673, 6674, 6675, 6685, 6686, 6687, 6688, 6689, 6690, 6691, 6692, 6693, 6694, 6695, 6696, 7847, 7848, 7849, 7850, 7851, 7852, 7853, 7854, 7855, 7856, 7857, 7858]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8695, 8696, 8697, 8698, 8699, 8700, 8701, 8702, 8703, 8704, 8705, 8706, 8707, 8708, 8709, 8710, 8711, 8712, 8713, 8714, 8911, 8918, 8919, 8920, 8921, 8922, 8923, 8924, 8925, 8926, 8928, 8929, 8930, 8931, 8932, 8933, 8934, 8935, 8936, 8937, 14887, 14888, 14889, 14890, 14891, 14892, 14893, 14894, 14895, 14896, 14897, 14898, 14899, 14900, 14901, 14902, 14903, 14904, 14905, 14906, 15904, 15905, 15906, 15907, 15908, 15909, 15910, 15911, 15912, 15913, 15914, 15915, 15916, 15917, 15918, 15919, 15920, 15921, 15922, 15923, 17090, 17091, 17092, 17093, 17094, 17095, 17096, 17097, 17098, 17099, 17100, 17101, 17102, 17103, 17104, 17105, 17106, 17107, 17108, 17109, 17110, 17111, 17112, 17113, 17114, 17115, 17116, 17117, 17118, 17119, 17120, 17121, 17122, 17123, 17124, 17125, 17126, 17127, 17128, 17129, 17130, 17131, 17132, 17133, 17134, 17135, 17136, 17137, 17138, 17139]), Anchor::All(&[Anchor::Lits(&[381, 635, 659, 688, 1117, 1119, 1159, 1165, 1169, 2502, 2504, 2507, 2508, 2509, 2510, 2511, 2514, 4672, 4701, 4729, 6643, 6666, 6667, 6674, 6675, 6798, 7034, 7861]), Anchor::Lits(&[8049, 8507, 9683, 9811, 10709, 10965, 11218, 12017, 12150, 14093, 14190, 14408, 14854, 14886, 15140, 17755])])]), Anchor::Lits(&[8432, 8490, 10643, 10812, 11132, 11134, 11136, 11139, 11140, 11141, 11142, 11143, 11144, 11258, 11360, 11993, 11994, 13575, 17405, 17523])]), Anchor::All(&[Anchor::Lits(&[8496, 8497, 8498, 9551, 9552, 9553, 13087, 13088, 13089, 13835, 13836, 13837, 14423, 14424, 14425, 14682, 14683, 14684, 16808, 16809, 16810, 16820, 16821, 16822]), Anchor::Lits(&[6200, 6201, 6202, 6203, 6204, 6205, 6206, 6207, 6208, 6209, 6210, 6211, 6212, 6213, 6214, 6215, 6216, 6217, 6218, 6219, 6220, 6221, 6222, 6223, 6224, 6225, 6226, 6227, 6228, 6229, 6230, 6231, 6232, 6233, 6234, 6255, 6271, 6274, 6275, 6286, 6292, 6293, 6297, 6380, 6424, 6425, 6455, 6459, 6460, 6461, 6465, 6472, 6473, 6485, 6496, 6497, 6504, 6524, 6528, 6529, 6545, 6557, 6558, 6565, 6568, 6569, 6570, 6572, 6573, 6574, 6846, 6849, 6850, 6851, 6853, 6854, 6855, 6857, 6862, 6863, 6864, 6873, 6874, 6875, 6876, 6877, 6878, 6879, 6881, 6882, 6884, 6888, 6890, 6892, 6893, 6896, 6897, 6898, 6899, 6900, 6901, 6902, 6903, 6904, 6905])])])),
            (121, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[249, 257, 415, 417, 418, 613, 660, 663, 2377, 2378, 4608, 4611, 4631, 4651, 4717, 4720, 5102, 5103, 6804, 9193, 9194, 9200, 9201, 9202, 9203, 9205, 9207, 13102, 13103, 13104, 13105, 13106, 13107, 13108, 13109, 13253, 13254, 13270, 13271, 13273, 13275, 13276, 13278, 14462, 14463, 14472, 14473, 14474, 14475, 14477, 14478, 15799, 15800, 15815, 15816, 15818, 15819, 15825, 15826, 15902, 15924, 16866, 16868]), Anchor::All(&[Anchor::Lits(&[5230, 5237, 5238, 5239, 5240, 5241, 5242, 5243, 5244, 5245, 5246, 5247, 5248, 5249, 5250, 5251, 5252, 5261, 5263, 5264, 5265, 5266, 5267, 5268]), Anchor::Lits(&[9295, 11057, 11407, 11754, 14949, 16855])])])),
            (122, "agent-grants-itself-power", Anchor::Lits(&[4892, 5972, 5978, 7667, 7702, 7719, 7798, 7821, 10256, 10538, 13269, 15463, 15465, 15466, 15467, 15469, 15470, 15473, 15505, 15507, 15508, 15509, 15510, 15511, 15514])),
            (123, "remove-the-guard-hook", Anchor::Lits(&[8536, 8545, 8744, 8747, 9758, 9759, 11409, 11411, 11413, 11414, 14041, 14042, 14168, 14177, 14215, 14216, 14255, 14256, 14947, 14959, 15085, 15105])),
            (124, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[971, 1291, 3216, 4499, 4741, 5303, 5565, 5681, 5698, 6716, 6772, 7169]), Anchor::Lits(&[83, 87, 194, 609, 1730, 3341, 3342, 3566, 4773, 5193]), Anchor::Lits(&[8188, 9176, 9392, 12663, 12666, 12915, 14545, 14765, 16008, 16823])])),
            (125, "policy-does-not-cover-me", Anchor::Lits(&[405, 406, 407, 408, 409, 410, 411, 751, 752, 753, 754, 755, 756, 757, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1769, 2778, 2779, 2780, 2781, 2782, 2783, 2784, 4950, 4951, 4952, 4953, 4954, 4955, 4956])),
            (128, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[165, 549, 727, 2575, 4177, 7060, 7063, 7106]), Anchor::Any(&[Anchor::Lits(&[7980, 7992, 8318, 8499, 9802, 9803, 9891, 9894, 9895, 9897, 10048, 10049, 10050, 10051, 10052, 10053, 10054, 10055, 10592, 10597, 10598, 10599, 10600, 10601, 10607, 10608, 10609, 10988, 13802, 13899, 13980, 14091, 14332, 15030, 15127, 15643, 15701, 16773, 16857]), Anchor::All(&[Anchor::Lits(&[11390]), Anchor::Lits(&[107, 202, 4243, 4428, 5199, 5717])]), Anchor::All(&[Anchor::Lits(&[6317, 6341, 6355, 6392, 6393, 6395, 6425, 6444, 6453, 6493, 6525, 6563, 6578]), Anchor::Lits(&[9684, 10639, 10705, 11002, 11219, 12553, 14191, 15141, 16829, 16968, 17031])])]), Anchor::Lits(&[8342, 8343, 8344, 8347, 8348, 8349, 8360, 8387, 8388, 8580, 9296, 9297, 9303, 10998, 10999, 11000, 11078, 11079, 12306, 12655, 12657, 12658, 13619, 13722, 13905, 13906, 13907, 14344, 14345, 14346, 14492, 14504, 14524, 14783, 14806, 14807, 15128, 15132, 15846, 15854, 15855, 15858, 15866, 15867, 16831, 16832, 16833])])),
            (129, "tool-call-tampering", Anchor::Lits(&[8086, 8087, 8088, 8089, 8090, 8433, 8434, 8435, 8436, 8437, 8491, 8492, 8493, 8494, 8495, 8952, 8968, 8970, 8976, 8989, 9406, 9407, 9409, 9410, 9411, 9412, 9413, 9415, 9422, 9423, 9424, 9425, 9426, 9427, 9428, 9430, 10644, 10645, 10646, 10647, 10648, 10813, 10814, 10815, 10816, 10817, 11269, 11270, 11271, 11272, 11273, 11274, 11275, 11276, 11277, 11278, 11279, 11280, 11281, 11282, 11283, 11284, 11854, 11871, 11872, 11873, 11877, 13229, 13230, 13231, 13232, 13233, 14416, 14417, 14418, 14419, 14420, 14421, 14422, 14426, 14429, 14430, 14432, 14433, 14434, 14441, 14442, 14449, 15693, 15694, 15695, 15696, 15697, 15698, 15699, 15700, 15749, 15750, 15751, 15752, 15753, 15754, 15755, 15756, 15761, 15762, 15763, 15764, 15765, 15766, 15767, 15768, 16793, 16794, 16795, 16796, 16797, 16798, 16799, 16800, 16801, 16802, 16803, 16804, 16805, 16806, 16807, 16811, 17393, 17397, 17398, 17399, 17402, 17407, 17408, 17409, 17410, 17411])),
            (130, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[745, 746, 747, 748, 1381, 1396, 1400, 1417, 1422, 1424, 1430, 1435, 1438, 1548, 1563, 1567, 1591, 1596, 1598, 1604, 1609, 1612, 3587, 3702, 3718, 3722, 3746, 3753, 3755, 3761, 3766, 3769, 4777, 5350, 9782, 9783, 9784, 9785, 9786, 9787, 9788, 9789, 9790, 9791, 9792, 9793, 10075, 10076, 11642, 11644, 11649, 11653, 11654, 11670, 11671, 11674, 11675, 11679, 11680, 11801, 11802, 11803, 11804, 11805, 11806, 11808, 11809, 11810, 11811, 11812, 11814, 11815, 11816, 11817, 12288, 12289, 12290, 12291, 12292, 12293, 12294, 12295, 12296, 12297, 12298, 12299, 12494, 12496, 12501, 12509, 12511, 12807, 14455, 14650, 14665, 14666, 14667, 14668, 14669, 14670, 14671, 14672, 14673, 14674, 14675, 14676, 14677, 14678, 14679, 14998, 15033, 15034, 15036, 15040, 15041, 15050, 15051, 15054, 15055, 15057, 15058, 15059, 15254, 15255, 15256, 15257, 15258, 15259, 15260, 15261, 15262, 15263, 15264, 15265, 15773, 15774, 15775, 15776, 15777, 15778, 15779, 15780, 15781, 15782, 15783, 15784, 16035, 16880, 16881, 16882, 16883, 16884, 16885, 16886, 16887, 16888, 16889, 16890, 16923, 16924, 16925, 16926, 16927, 16928, 16929, 16930, 16931, 16932, 16933, 16971, 16972, 16973, 16974, 16975, 16976, 16977, 16978, 16979, 16980, 16981, 17145, 17146, 17147, 17148, 17149, 17150, 17152, 17153, 17154, 17155, 17156, 17158, 17159, 17160, 17161, 17163, 17164, 17165, 17166, 17167, 17168, 17170, 17171, 17172, 17173, 17174, 17176, 17177, 17178, 17179, 17577, 17649, 17661, 17662, 17663, 17669, 17706]), Anchor::All(&[Anchor::Lits(&[8353, 10172, 10439, 12706, 13099, 13290, 17571, 17875, 17877]), Anchor::Lits(&[188, 195, 774, 1309, 1310, 2789, 2798, 3276, 3282, 3388, 3450, 3927, 3928, 4907, 4913, 4987, 4988, 5140, 5153, 5333, 5336, 5773, 5797, 6930, 6931]), Anchor::Lits(&[8053, 8439, 8440, 11799, 13741, 13889, 14015, 14056, 14664, 17140])]), Anchor::All(&[Anchor::Lits(&[674, 2500, 3986, 4250, 5177]), Anchor::Lits(&[12495, 12500, 12502, 12507, 12508, 12510, 12512, 12557, 12559, 12560, 12561, 12562, 12563, 12564])])])),
            (131, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[28, 30, 34, 38, 41, 43, 45, 49, 51, 269, 271, 273, 275, 280, 282, 284, 286, 288, 5857, 5859, 5889, 5891, 5894, 5899, 5901, 5913, 5915, 5990, 5992, 5994, 5999, 6010, 6017, 6019, 6032, 6036, 6131, 6133, 6158, 6160, 6163, 6165, 6167, 6179, 6181]), Anchor::Lits(&[492, 506, 552, 553, 559, 2606, 2626, 2700, 2701, 2739, 2812, 2813, 2814, 2815, 2816, 2858, 2871, 2922, 2923, 2935, 4192, 4193, 4202, 4203, 4204, 6254, 6305, 6501, 6502, 6564]), Anchor::Lits(&[9804, 9813, 9825, 10706, 10707, 12514, 13986, 14091, 14546, 14753, 14763, 14858, 14977, 15062, 15163, 15702, 16211, 16343, 16774])]), Anchor::All(&[Anchor::Lits(&[11950, 11955, 12640, 14097, 17078]), Anchor::Lits(&[324, 1074, 1932, 4586, 7171]), Anchor::Lits(&[9804, 9825, 10707, 13839, 13986, 14546, 14753, 14763, 14858, 15062, 15702, 15957, 16774])])]), Anchor::Lits(&[29, 31, 35, 39, 42, 44, 46, 50, 52, 270, 272, 274, 276, 281, 283, 285, 287, 289, 5858, 5860, 5890, 5892, 5895, 5900, 5902, 5914, 5916, 5991, 5993, 5995, 6000, 6011, 6018, 6020, 6033, 6037, 6132, 6134, 6159, 6161, 6164, 6166, 6168, 6180, 6182, 9805, 9826, 10708, 13840, 13987, 14547, 14754, 14764, 14859, 15063, 15703, 15958, 16775])])),
            (135, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[445, 451, 458, 476, 480, 862, 2427, 2457, 3011, 3014, 3590, 3658, 3678, 5275, 5304, 7132]), Anchor::Lits(&[177, 178, 184, 185, 579, 580, 773, 776, 938, 939, 940, 966, 1123, 1124, 1128, 2359, 3231, 3232, 3325, 3326]), Anchor::Any(&[Anchor::Lits(&[7980, 7992, 8318, 8499, 9802, 9803, 9891, 9894, 9895, 9897, 10048, 10049, 10050, 10051, 10052, 10053, 10054, 10055, 10592, 10597, 10598, 10599, 10600, 10601, 10607, 10608, 10609, 10988, 13802, 13899, 13980, 14091, 14332, 15030, 15127, 15643, 15701, 16773, 16857]), Anchor::All(&[Anchor::Lits(&[11390]), Anchor::Lits(&[107, 202, 4243, 4428, 5199, 5717])]), Anchor::All(&[Anchor::Lits(&[6317, 6341, 6355, 6392, 6393, 6395, 6425, 6444, 6453, 6493, 6525, 6563, 6578]), Anchor::Lits(&[9684, 10639, 10705, 11002, 11219, 12553, 14191, 15141, 16829, 16968, 17031])])])])),
            (136, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8317, 11798, 11951, 12777, 16818]), Anchor::All(&[Anchor::Lits(&[8903, 8904, 9013, 9781, 10716, 11639, 11641, 12287, 12927, 14852, 14853, 15031, 15785, 16731, 17426, 18197]), Anchor::Lits(&[8740, 9022, 9264, 9433, 10146, 10702, 11055, 11131, 11950, 12635, 12640, 12778, 13908, 14011, 15064, 15680, 15831, 15960, 16075])])]), Anchor::Lits(&[253, 686, 687, 750, 1140, 1696, 2497, 2498, 2538, 2600, 2940, 3369, 3576, 5028, 5029, 5175, 5557, 6240, 6674, 7107, 7846]), Anchor::Lits(&[607, 768, 935, 1010, 1013, 1327, 1328, 1656, 1657, 1883, 1884, 1937, 2599, 3307, 3308, 3371, 4465, 4510, 5186, 5498, 5499, 5596, 5747, 5748, 5801, 11952, 16819])])),
            (137, "hijack-the-task", Anchor::Lits(&[7889, 7890, 8345, 8346, 8352, 8354, 8645, 8646, 9106, 9107, 9293, 9294, 9637, 9638, 12443, 12444, 12466, 12476, 14131, 14132, 14367, 14368, 14451, 14452, 14453, 14454, 14660, 14661, 14680, 14681, 14784, 14786, 15844, 15845, 15856, 15857, 15868, 15869, 16010, 16011, 16014, 16015, 16511, 16512, 16834, 16835, 17151, 17157, 17169, 17175])),
            (139, "instruction-field", Anchor::Any(&[Anchor::Lits(&[8100, 8101, 8105, 8112, 8125, 8126, 8127, 8128, 8145, 8146, 8150, 8162, 8175, 8176, 8177, 8182, 8655, 8656, 8660, 8672, 8685, 8686, 8687, 8688, 9052, 9053, 9057, 9069, 9082, 9083, 9084, 9085, 9657, 9658, 9659, 9666, 9679, 9680, 9681, 9682, 12647, 12648, 12649, 12650, 12651, 12652, 12653, 12654, 12873, 12874, 12878, 12890, 12903, 12904, 12905, 12906, 15932, 15936, 15940, 15945, 15946, 15948, 15951, 15954]), Anchor::All(&[Anchor::Lits(&[1940, 1941, 1942, 1943, 1944, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1956, 1957, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2014, 2018, 2019, 2027, 2028, 2052, 2053, 2055, 2057, 2058, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2070, 2071, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 6256, 6257, 6258, 6259, 6260, 6261, 6262, 6265, 6266, 6269, 6270, 6273, 6278, 6279, 6280, 6281, 6300, 6301, 6302, 6306, 6307, 6308, 6309, 6310, 6311, 6312, 6313, 6314, 6315, 6316, 6318, 6319, 6320, 6321, 6322, 6323, 6324, 6325, 6326, 6327, 6328, 6329, 6330, 6331, 6332, 6333, 6334, 6335, 6336, 6337, 6338, 6339, 6340, 6356, 6357, 6360, 6361, 6364, 6366, 6410, 6441, 6442, 6450, 6451, 6506, 6507, 6509, 6512, 6513, 6514, 6515, 6518, 6519, 6522, 6523, 6527, 6533, 6534, 6537, 6538, 6593, 6594, 6595, 6596, 6597, 6598, 6599, 6600, 6601, 6602, 6603, 6604, 6605, 6606, 6607, 6608, 6609, 6610, 6611, 6612, 6613, 6614, 6615, 6616, 6617, 6618, 6619, 6620, 6621, 6622, 6623, 6624]), Anchor::Lits(&[8025, 8026, 9405, 9414, 9421, 9429, 10033, 10035, 10038, 10040, 12206, 12208, 12218, 12239, 12834, 12837, 12930, 12931, 13436, 13439, 13442, 13445, 13777, 13778, 13790, 13799, 14364, 14369, 16009, 16012, 16013, 16016, 16766, 16769])])])),
            (142, "conceal-from-the-people", Anchor::Any(&[Anchor::Lits(&[387, 391, 787, 788, 789, 830, 833, 839, 3344, 3345, 3419, 3436, 3448, 4588, 4589, 4590, 5202, 5203, 9793, 10076, 10175, 10202, 10204, 10239, 10242, 10250, 10251, 10252, 10253, 10254, 10259, 10293, 10299, 10442, 10482, 10484, 10520, 10523, 10532, 10533, 10534, 10535, 10536, 10541, 10575, 10581, 13110, 13126, 13128, 13160, 13163, 13170, 13171, 13172, 13173, 13174, 13179, 13212, 13217, 14455, 15059, 15784, 17576, 17607, 17609, 17648, 17652, 17659, 17661, 17662, 17663, 17664, 17668, 17705, 17724]), Anchor::All(&[Anchor::Lits(&[8441, 8442, 8443, 8444, 8445, 8446, 8447, 8448, 8449, 11609, 11610, 11611, 11612, 11613, 11614, 11615, 11616, 11617, 13324, 13326, 13328, 13329, 13330, 13331, 13338, 13343, 13345, 13372, 13374, 13376, 13377, 13378, 13379, 13388, 13393, 13395, 13415, 13416, 13418, 13419, 13420, 13421, 13425, 13429, 13430, 14016, 14017, 14018, 14019, 14020, 14021, 14022, 14023, 14024, 16348, 16349, 16350, 16351, 16352, 16353, 16357, 16360, 16361, 16362, 16363, 16364, 16365, 16366, 16367, 16368, 16369, 16370, 16384, 16385, 16386, 16387, 16388, 16389, 16390, 16391, 16392, 16435, 16436, 16437, 16438, 16439, 16440, 16441, 16442, 16443, 16473, 16474, 16475, 16476, 16477, 16478, 16479, 16480, 16481, 16539, 16541, 16544, 16545, 16546, 16547, 16565, 16571, 16573, 17163, 17164, 17165, 17166, 17167, 17168, 17174, 17178, 17179]), Anchor::Lits(&[15422])])])),
            (143, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[1333, 1334, 1337, 1338, 1339, 2533, 2534, 5602, 7193, 7194, 7195, 7196, 7197, 7275, 7279, 7288, 7297, 7311, 17577, 17637, 17643, 17675, 17716, 17717, 17718]), Anchor::All(&[Anchor::Lits(&[330, 3806, 4221, 4730, 7288, 7352]), Anchor::Lits(&[9100, 9590, 12659, 15704]), Anchor::Lits(&[1125, 1634, 1821, 4747, 4900, 6758, 7355])]), Anchor::All(&[Anchor::Lits(&[330, 4730, 6744, 7352]), Anchor::Lits(&[766, 791, 1073, 2310, 3332, 4906, 5096, 5276, 5354, 5516]), Anchor::Lits(&[9684, 10618, 11002, 12855, 14406, 14409, 14625, 15929, 16968, 17031, 17756])]), Anchor::All(&[Anchor::Lits(&[2608, 2609, 2610, 2613, 2614, 2616, 2617, 2618, 2619, 2620, 2621, 2628, 2631, 2632, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2686, 2689, 2690, 2691, 2692, 2693, 2707, 2709, 2710, 2714, 2716, 2721, 2724, 2725, 2726, 2727, 2728, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2900, 2902, 2912, 2913, 2914, 2915, 2916, 2917, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2932, 2933, 2934, 6264, 6267, 6268, 6272, 6277, 6283, 6285, 6287, 6288, 6289, 6290, 6359, 6362, 6363, 6368, 6369, 6370, 6371, 6372, 6373, 6374, 6375, 6376, 6377, 6378, 6381, 6382, 6383, 6384, 6385, 6386, 6387, 6388, 6389, 6390, 6391, 6408, 6427, 6481, 6483, 6486, 6487, 6489, 6490, 6517, 6520, 6521, 6526, 6531, 6541, 6544, 6546, 6547, 6549, 6550]), Anchor::Lits(&[381, 1053, 1054, 1055, 1056, 1159, 3212, 4481, 4690, 5174, 6643]), Anchor::Lits(&[8049, 8507, 10709, 12017, 12150, 13989, 14408, 17755])])])),
            (147, "conceal-the-steps", Anchor::Lits(&[265, 901, 1141, 1313, 1917, 1918, 2805, 4342, 4343, 4344, 4345, 4354, 4359, 4360, 4361, 4364, 4778, 5181, 5351, 7109, 7846, 10214, 10238, 10244, 10246, 10249, 10271, 10274, 10278, 10285, 10495, 10519, 10525, 10527, 10531, 10553, 10556, 10560, 10567, 11966, 11967, 11968, 11969, 11972, 11973, 11974, 11975, 11984, 11985, 11996, 11997, 11998, 11999, 12000, 12001, 12151, 12152, 12153, 12154, 12155, 12156, 12157, 12158, 12159, 12160, 12161, 12162, 12163, 12164, 12165, 12166, 12271, 12272, 12273, 12274, 12275, 12276, 12277, 12278, 12279, 12280, 12281, 12282, 12283, 12284, 12285, 12286, 13139, 13159, 13165, 13167, 13169, 13188, 13192, 13196, 13204, 13290, 15195, 15198, 17656, 17665, 17687, 17693, 17697])),
            (149, "assert-a-falsehood", Anchor::Lits(&[578, 962, 1045, 3437, 3912, 4648, 4911, 5148, 5540, 5774, 5777, 5778, 5779, 5780, 5781, 5782, 5783, 5784, 5785, 5786, 5787, 5788, 5789, 5790, 5791, 5793, 5794, 7360])),
            (150, "user-kept-out-of-the-loop", Anchor::Any(&[Anchor::Lits(&[217, 218, 220, 221, 222, 223, 352, 353, 354, 355, 357, 358, 493, 494, 496, 497, 498, 499, 500, 501, 502, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 520, 535, 538, 543, 544, 546, 547, 548, 1733, 1735, 1736, 1737, 1738, 1740, 10179, 10183, 10203, 10208, 10209, 10240, 10260, 10294, 10447, 10451, 10483, 10488, 10489, 10521, 10542, 10576, 12935, 12936, 12937, 12938, 12939, 12940, 12941, 12942, 12944, 12945, 12946, 12947, 12948, 12949, 12950, 12951, 13056, 13057, 13058, 13059, 13060, 13061, 13062, 13063, 13064, 13065, 13066, 13067, 13068, 13069, 13070, 13071, 13113, 13118, 13127, 13132, 13133, 13161, 13180, 13213, 13290, 15197, 15199, 15200, 15201, 15202, 15206, 15207, 15209, 15212, 15213, 15214, 15215, 15216, 15220, 15221, 15223]), Anchor::All(&[Anchor::Lits(&[390, 1697, 2301, 2303, 5335, 6730]), Anchor::Lits(&[10176, 10220, 10231, 10232, 10286, 10295, 10355, 10361, 10364, 10365, 10372, 10373, 10415, 10423, 10426, 10427, 10435, 10436, 10443, 10501, 10512, 10513, 10568, 10577, 13111, 13145, 13153, 13154, 13205, 13214, 15196, 15203, 15204, 15205, 15208, 15210, 15211, 15217, 15218, 15219, 15222, 15224, 17459, 17464, 17467, 17468, 17479, 17480, 17726, 17731, 17734, 17735, 17746, 17747])])])),
            (151, "kept-from-the-record", Anchor::Lits(&[1468, 1469, 1471, 1472, 1474, 1478, 1481, 1508, 1509, 1511, 1512, 1514, 1518, 1521, 1569, 1571, 1575, 1577, 1578, 1579, 1582, 2418, 2419, 2420, 2421, 2422, 2423, 2424, 3591, 3592, 3594, 3595, 3597, 3601, 3604, 3636, 3638, 3643, 3645, 3647, 3651, 3656, 3660, 3661, 3663, 3664, 3666, 3670, 3673, 3727, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4029, 4030, 4031, 4032, 4033, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4052, 4053, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4080, 4081, 4082, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4315, 4317, 4318, 4319, 4320, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4355, 4356, 4357, 4358, 4362, 4363, 4365, 5305, 5306, 5308, 5309, 5311, 5315, 5318, 5319, 5320, 5322, 5323, 5325, 5329, 5332, 7139, 7140, 7144, 7147, 7149, 7155, 7164, 7319, 7320, 7324, 7327, 7329, 7335, 7344, 8027, 8028, 8029, 8030, 8031, 8032, 9152, 9153, 9154, 9155, 9156, 9157, 9223, 9224, 9225, 9226, 9227, 9228, 9417, 9418, 9419, 9420, 9431, 9432, 13381, 13386, 13555, 13556, 13557, 13558, 13559, 13560, 13561, 13562, 13563, 13564, 13565, 13566, 13567, 13568, 13569, 13570, 13571, 13572, 14412, 14413, 14414, 14415, 14427, 14428, 15582, 15583, 15584, 15585, 15757, 15758, 15759, 15760, 15769, 15770, 15786, 15787, 15788, 15789, 15790, 15791])),
            (153, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[10611, 11332, 11362, 11752, 11795, 11850, 12542, 13588, 13838, 13888, 14074, 14086, 14088, 14321, 14375, 14376, 17760]), Anchor::Lits(&[582, 587, 588, 589, 590, 591, 592, 593, 594, 624, 625, 626, 627, 628, 629, 630, 631, 632, 1939, 2020, 2022, 2023, 2024, 2025, 2026, 2029, 2031, 2606, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2858, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626, 3627, 4121, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154, 4192, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 6254, 6443, 6445, 6446, 6447, 6448, 6449, 6452, 6454, 6845, 6865, 6866, 6867, 6868, 6869, 6870, 6871, 6872]), Anchor::Lits(&[8886, 8887, 9649, 9683, 9899, 10617, 10989, 11001, 11218, 12552, 12689, 12854, 12929, 14190, 14405, 14408, 14624, 14996, 15140, 15181, 15193, 15830, 15928, 16828, 16967, 17030, 17755])]), Anchor::All(&[Anchor::Lits(&[14075, 14085, 14087, 14321]), Anchor::Lits(&[7991, 9101, 9499, 9971, 10586, 10705, 10717, 11113, 12016, 12543, 12686, 14647, 14657, 15161, 15182, 15299, 15827]), Anchor::Lits(&[678, 680, 1125, 1634, 1666, 1811, 1821, 2154, 3244, 3541, 3580, 4742, 4900, 5207, 5276, 5299, 5594, 5715, 6681, 6758, 6780])])]), Anchor::Lits(&[679, 681, 1120, 1126, 1221, 1635, 1667, 1812, 1822, 2155, 3245, 3358, 3542, 3581, 4549, 4550, 4551, 4607, 4689, 4743, 4748, 4901, 5138, 5208, 5210, 5277, 5300, 5595, 5716, 6682, 6759, 6781, 7356])])),
            (156, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[9643, 9644, 9645, 9646, 9647, 9648, 10152, 10153, 10154, 10155, 10156, 10157, 10158, 10159, 10160, 10161, 10162, 10163, 10164, 10165, 10166, 10167, 10168, 10169, 11620, 11621, 11622, 11623, 11624, 11625, 11789, 11790, 11791, 11792, 11793, 11794, 13996, 13997, 13998, 13999, 14000, 14001, 14435, 14436, 14437, 14438, 14439, 14440, 14443, 14444, 14445, 14446, 14447, 14448, 14559, 14560, 14561, 14562, 14563, 14564, 15834, 15835, 15836, 15837, 15838, 15839, 17079, 17080, 17081, 17082, 17083, 17084, 17085, 17086, 17087, 17142, 17143, 17144]), Anchor::Lits(&[9134, 11053, 12670, 14092, 14659])])),
            (157, "ship-whole-table-to-own-endpoint", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[25, 26, 27, 266, 267, 268, 277, 278, 279, 336, 338, 344, 3615, 3616, 3617, 5472, 5473, 5474]), Anchor::All(&[Anchor::Lits(&[16740, 16745, 16750, 16756, 16759, 16761, 17497, 17502, 17507, 17525, 17549, 17551]), Anchor::Lits(&[7910, 7913, 7921, 8328, 8335, 8358, 12954, 15653, 16298]), Anchor::Any(&[Anchor::Lits(&[7909, 7912, 7920, 8327, 8334, 8357, 12953, 15652, 16297]), Anchor::All(&[Anchor::Lits(&[2627]), Anchor::Lits(&[7902, 8325])])])])]), Anchor::Lits(&[981, 1126, 1812, 1822, 2155, 3245, 3542, 4559, 4607, 4743, 4901, 5208, 5277, 5300, 5595, 5716, 6682, 6781])])),
            (158, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[7986, 7987, 8500, 8502, 8908, 9805, 13480, 13979, 13981, 13987, 13993, 14003, 14333, 14334, 14565, 15031, 15063, 15164]), Anchor::Lits(&[917, 1316, 1635, 1652, 1667, 2315, 4368, 4491, 4607, 4673, 4818, 4985, 4987, 5208, 5277, 5333, 5773, 6737]), Anchor::Lits(&[542, 676, 1938, 2183, 2494, 2605, 2857, 3957, 4120, 5403, 6253, 6763, 6765, 6830])])),
            (159, "keep-it-from-security", Anchor::Any(&[Anchor::Lits(&[8863, 8864, 8865, 8866, 8873, 8874, 8875, 8876, 8877, 8878, 8879, 8880, 9112, 9113, 9114, 9115, 9116, 9117, 9123, 9124, 9125, 9126, 9127, 9128, 10329, 10330, 10331, 10332, 10333, 10334, 10335, 10336, 10337, 10338, 10339, 10340, 11338, 11339, 11340, 11341, 11342, 11343, 11354, 11355, 11356, 11357, 11358, 11359, 15302, 15303, 15318, 15326, 15346, 15348, 15362, 15363, 15364, 15365, 15366, 15367]), Anchor::All(&[Anchor::Lits(&[9006, 10172, 10439, 12579, 12580, 13099, 13290, 13348, 17571]), Anchor::Lits(&[188, 195, 568, 575, 774, 775, 918, 919, 2293, 2307, 2789, 2798, 2954, 2955, 3276, 3347, 3348, 3420, 3438, 3449, 3451, 3452, 3453, 3927, 3928, 5773, 5797, 6919, 6920]), Anchor::Lits(&[8073, 8528, 8575, 9131, 9215, 9290, 9441, 9830, 10585, 11365, 12075, 12315, 12565, 12752, 12991, 13833, 14320, 15029, 15237, 15251, 15642, 16305])])])),
            (160, "send-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1057, 1334, 1338, 1340, 1341, 4989, 5457]), Anchor::All(&[Anchor::Lits(&[8907, 9811, 10987, 14093, 14190, 14405, 15140, 15830, 16836, 17030]), Anchor::Lits(&[0, 2, 15, 17, 18, 19, 20, 21, 22, 23]), Anchor::Lits(&[7891, 7892, 7893, 7895, 7896, 7897, 7898, 7899, 7900, 7901])]), Anchor::All(&[Anchor::Lits(&[6263, 6276, 6282, 6284, 6291, 6294, 6358, 6426, 6454, 6477, 6482, 6491, 6516, 6530, 6539, 6542, 6554, 6562, 6592]), Anchor::Any(&[Anchor::Lits(&[9104, 12254, 13234, 14095, 14662, 17306]), Anchor::All(&[Anchor::Lits(&[1311, 5394, 5770, 6995]), Anchor::Lits(&[12954])])])])]), Anchor::Lits(&[1312, 5395, 5771, 6996, 7891, 7892, 7893, 7895, 7896, 7897, 7898, 7899, 7900, 7901, 9105, 12255, 13235, 13620, 13621, 13622, 13623, 13624, 13625, 13626, 13627, 13628, 13629, 13630, 13631, 13632, 13633, 13634, 13635, 13636, 13637, 13638, 13639, 13640, 13641, 13642, 13643, 13644, 13645, 13646, 13647, 13648, 13649, 13650, 13651, 13692, 13693, 13694, 13695, 13696, 13697, 13698, 13699, 13701, 13712, 13713, 13714, 13715, 13716, 13719, 13720, 13723, 13724, 13725, 13726, 13727, 13728, 13729, 13730, 13731, 13732, 13733, 13734, 13735, 13736, 13737, 13738, 13854, 13855, 13856, 13857, 13858, 14096, 14663, 16701, 16702, 16703, 16704, 16705, 17183, 17184, 17185, 17186, 17187, 17244, 17245, 17246, 17247, 17248, 17307])])),
            (161, "send-outside-the-company", Anchor::Lits(&[1828, 1830, 1831, 1832, 1834, 1835, 2342, 6099, 6100, 6101, 6102, 6103, 6104, 13851, 14076, 14077, 14078, 14079, 14080, 14081, 14082, 14083, 14241, 14384, 14385, 14386, 14387, 14388, 14389, 14390, 14391])),
            (162, "disclose-secret-values", Anchor::Any(&[Anchor::Lits(&[972, 977, 1211, 4576, 4577, 6751, 6763, 6765, 12019, 12020, 12021, 12022, 12023, 12024, 12025, 12026, 12027, 12028, 12029, 12030, 12031, 12032, 12033, 12034, 12035, 12036, 12037, 12038, 12039, 12040, 12041, 12042, 12043, 12044, 12045, 12046, 12047, 12048, 12049, 12050, 12051, 12052, 12053, 12054]), Anchor::All(&[Anchor::Lits(&[1706, 1707, 1708, 1710, 1713, 4674]), Anchor::Lits(&[10084, 10617, 10699, 11319, 12017, 12641, 13839, 13989, 14281, 14771, 15140, 15225, 16033]), Anchor::Lits(&[323, 1157, 3209, 4481, 5174, 6643, 7245, 7420, 7434])]), Anchor::All(&[Anchor::Lits(&[1080, 1086, 6822, 6823]), Anchor::Lits(&[84, 381, 4477, 4481, 4690, 5174, 6643]), Anchor::Lits(&[8050, 10700, 11318, 12018, 13990, 14282, 14409, 14769, 14772, 15141, 15226, 16018, 17756])]), Anchor::All(&[Anchor::Lits(&[8503, 9390, 13479, 13978, 15032, 15045]), Anchor::Lits(&[10085, 10618, 11003, 11318, 13840, 13990, 14282, 14502, 14772, 15141, 15182, 15226, 16018])]), Anchor::All(&[Anchor::Lits(&[9231, 9244, 9265, 9268, 10027, 10028, 12583, 12584]), Anchor::Lits(&[8499, 13978, 13980, 13992, 14332, 15030, 16773])])])),
            (163, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8051, 9796, 9797, 9798, 9799, 9800, 9801, 9895, 10589, 10592, 10593, 10594, 10598, 10600, 10602, 10603, 11006, 11007, 11008, 11154, 11315, 11316, 12085, 13431, 13885, 13886, 14399, 14407, 14503, 14696, 14766, 14822, 15843, 16857]), Anchor::All(&[Anchor::Lits(&[11390]), Anchor::Lits(&[107, 219, 2604, 4243, 4428, 5199, 5717, 6803])]), Anchor::All(&[Anchor::Lits(&[2625, 2685, 2694, 2697, 2745, 2870, 2911, 2920, 2921, 2936, 5960, 6007, 6022, 6027, 6056, 6296, 6480, 6495, 6500, 6591]), Anchor::Lits(&[8049, 8643, 8736, 11317, 12929, 14360, 14408])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[7894, 8298, 8745, 8749, 8784, 9447, 12300, 12570, 12784, 12853, 12932, 13091, 13984, 13985, 15162, 16873]), Anchor::All(&[Anchor::Lits(&[13090]), Anchor::Lits(&[11852, 17759])]), Anchor::All(&[Anchor::Lits(&[14857]), Anchor::Lits(&[11852, 17759])])]), Anchor::Lits(&[16, 244, 614, 621, 637, 638, 1023, 2956, 2957, 3264, 3372, 3539, 3585, 3684, 3685, 3686, 4484, 4485, 5034, 5035, 5227, 5228, 6736]), Anchor::Lits(&[9110, 9889, 9937, 10046, 10058, 10587, 10985, 12587, 12671, 14589, 14597, 14605, 15895, 15901, 15974, 16865, 16891, 17014])]), Anchor::All(&[Anchor::Lits(&[174, 623, 978, 1070, 1094, 1170, 1825, 2147, 2173, 2853, 2855, 4373, 4382, 4466, 4664, 4700, 4819, 4933, 5638, 6097, 6098, 6826]), Anchor::Lits(&[9391, 9683, 10617, 11001, 11218, 11317, 12689, 12929, 14190, 14405, 14624, 15140, 15181, 15183, 16828, 16967, 17030]), Anchor::Lits(&[1938, 2857, 6253, 7171])]), Anchor::All(&[Anchor::Lits(&[331, 335, 338, 340, 343, 344, 1827, 1829, 1833, 1836, 1837, 1838, 4375, 4376, 4377, 4378, 4379, 4380, 4820, 4821, 4822, 4823, 4824, 4825]), Anchor::Lits(&[16741, 16742, 16743, 16744, 16746, 16747, 16748, 16749, 16751, 16753, 16757, 16758, 16760, 16762, 16763, 16764, 17498, 17499, 17500, 17501, 17503, 17504, 17505, 17506, 17508, 17524, 17547, 17548, 17550, 17552, 17553, 17554])]), Anchor::All(&[Anchor::Lits(&[583, 584, 585, 586, 595, 596, 2872, 2898, 2899, 2901, 2918, 2919, 6355, 6393, 6395, 6425, 6493, 6494]), Anchor::Lits(&[9684, 11219, 12690, 14191, 14406, 15141, 15182, 17031])]), Anchor::All(&[Anchor::Lits(&[107, 4243, 5199, 5717, 6803]), Anchor::Lits(&[7991, 8054, 12664, 17141]), Anchor::Lits(&[8050, 9795, 12696, 14377, 15172, 15173])]), Anchor::All(&[Anchor::Lits(&[13990, 14191, 14393, 15141, 15182]), Anchor::Lits(&[381, 1159, 3212, 4481, 6643])]), Anchor::All(&[Anchor::Lits(&[6295, 6488, 6503, 6548, 7172, 7205, 7218, 7224]), Anchor::Lits(&[17089]), Anchor::Lits(&[15182])]), Anchor::All(&[Anchor::Lits(&[10588]), Anchor::Lits(&[1190, 1193, 5165, 5744, 6928])]), Anchor::All(&[Anchor::Lits(&[10771, 13466, 13516, 17481]), Anchor::Lits(&[9825, 9837, 11695, 12666, 14546, 14858, 15013, 15957])]), Anchor::All(&[Anchor::Lits(&[9890, 10588, 14400, 14598, 16858, 17481]), Anchor::Lits(&[202, 1638, 1702, 1731, 7126])])]), Anchor::Any(&[Anchor::Lits(&[805, 2687, 2790, 3043, 3045, 3047, 3048, 3050, 3054, 3057, 3059, 3061, 3063, 3064, 3065, 3067, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3120, 3121, 3122, 3124, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3139, 3141, 3143, 3144, 3146, 3150, 3153, 3155, 3157, 3159, 3160, 3161, 3163, 4238, 5862, 5864, 5866, 5867, 5869, 5873, 5876, 5878, 5880, 5882, 5883, 5884, 5886, 5934, 5936, 5938, 5939, 5941, 5945, 5948, 5950, 5952, 5954, 5955, 5956, 5958, 6764, 6829, 8084, 8309, 8310, 8311, 8312, 8313, 8314, 8315, 8316, 9540, 9544, 9545, 9546, 9547, 9548, 9618, 9619, 9620, 9621, 9622, 9623, 9624, 9625, 9626, 9627, 9628, 9629, 10265, 10547, 11232, 11484, 11485, 11486, 11487, 11488, 11489, 11628, 11629, 11630, 11631, 11632, 11633, 11634, 11635, 11636, 12062, 12063, 12064, 12065, 12066, 12067, 12068, 12069, 12074, 12179, 12180, 12181, 12182, 12183, 12184, 12185, 12186, 12187, 12188, 12189, 12190, 12195, 12246, 12247, 12248, 12249, 12250, 12251, 13240, 13288, 13365, 13581, 13582, 13583, 13584, 13585, 13586, 13764, 13765, 13766, 13767, 13768, 13769, 13770, 13771, 13935, 13944, 13977, 14506, 14510, 14511, 14512, 14513, 14514, 14591, 15174, 15175, 15176, 15177, 15178, 15179, 15347, 15439, 15440, 15441, 15442, 15443, 15444, 15445, 15447, 15448, 15452, 15453, 15454, 15455, 15456, 15457, 15458, 15459, 15460, 15556, 15557, 15558, 15559, 15560, 15561, 15562, 15563, 15564, 15606, 15607, 15608, 15609, 15610, 15611, 15612, 15613, 15614, 15615, 15616, 15617, 15618, 15619, 15620, 15621, 15622, 15623, 15624, 15625, 15626, 15627, 15628, 15629, 15630, 15631, 15632, 15633, 15634, 15635, 15636, 15637, 15638, 15639, 15640, 15641, 16472, 16523, 16524, 16525, 16526, 16527, 16528, 16529, 16530, 16531, 16778, 16984, 16985, 16986, 16987, 16988, 16989, 16990, 16991, 17201, 17202, 17203, 17204, 17205, 17206, 17207, 17208, 17416, 17417, 17418, 17419, 17420, 17421, 17422, 17423, 17424, 17446, 17450, 17451, 17452, 17453, 17454, 17575, 17627, 17671, 17682, 17715]), Anchor::All(&[Anchor::Lits(&[6972, 6977, 6984, 6985, 6986, 6987, 6988, 6990, 7003, 7009, 7389, 7415, 7422, 7465, 7804]), Anchor::Lits(&[8134, 8732, 8733, 9538, 12808, 14967, 14997, 16071, 16072, 16780, 16788, 16789])]), Anchor::All(&[Anchor::Lits(&[7990, 8610, 13576, 14025]), Anchor::Lits(&[88, 4896, 5125, 5462, 5639])]), Anchor::All(&[Anchor::Lits(&[89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 5126, 5127, 5128, 5129, 5130, 5131, 5132, 5133, 5134, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 5470, 5471, 5640, 5641, 5642, 5643, 5644, 5645, 5646, 5647, 5648, 5649, 5650, 5651, 5652, 5653, 5654, 5655, 5656, 5657, 5658, 5659, 5660, 5661, 5662, 5663, 5664, 5665, 5666, 5667, 5668, 5669, 5670, 5671, 5672, 5673, 5674, 5675]), Anchor::Lits(&[15377, 15378, 15412, 15415, 15418, 16147, 16148, 16394, 16408, 16409, 16484, 16485, 16486, 16487, 16488, 16489, 16490, 16491, 16492, 16493, 16495, 16496, 16497, 16498, 16499, 17196, 17197, 17198, 17199, 17200])]), Anchor::All(&[Anchor::Lits(&[438, 569, 576, 640, 658, 963, 964, 975, 1047, 2817, 2832, 3263, 3674, 4842, 4914, 4915, 5111, 5139, 5347, 5798, 6646, 6926, 7365]), Anchor::Lits(&[8093, 8751, 9389, 9589, 9615, 9812, 11005, 11217, 11249, 12252, 12256, 13851, 13853, 13911, 14268, 14347, 14693, 15888, 16576, 16577, 17195])]), Anchor::All(&[Anchor::Lits(&[204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 3042, 3044, 3046, 3049, 3051, 3052, 3053, 3055, 3056, 3058, 3060, 3062, 3066, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3138, 3140, 3142, 3145, 3147, 3148, 3149, 3151, 3152, 3154, 3156, 3158, 3162, 5861, 5863, 5865, 5868, 5870, 5871, 5872, 5874, 5875, 5877, 5879, 5881, 5885, 5933, 5935, 5937, 5940, 5942, 5943, 5944, 5946, 5947, 5949, 5951, 5953, 5957, 6135, 6136, 6137, 6139, 6140, 6141, 6143, 6145, 6146, 6147, 6148, 6149, 6151, 6183, 6184, 6185, 6186, 6187, 6188, 6189, 6190, 6191, 6192, 6193, 6194, 6195, 6969, 6970, 6971, 6973, 6974, 6975, 6976, 6978, 6979, 6980, 6981, 6982, 6983, 7000, 7001, 7002, 7004, 7005, 7006, 7008, 7011, 7015, 7017, 7019, 7022, 7026, 7386, 7387, 7388, 7390, 7392, 7393, 7394, 7397, 7398, 7399, 7400, 7403, 7407, 7801, 7802, 7803, 7805, 7807, 7808, 7809, 7812, 7813, 7814, 7815, 7817, 7819]), Anchor::Lits(&[8732, 8733, 9538, 12169, 12170, 14359, 14967, 15000, 15927, 16780, 16789])]), Anchor::All(&[Anchor::Lits(&[9443, 9444, 9445, 9448, 9449, 9450, 9451, 9456, 12077, 12078, 12079, 12080, 12081, 12082, 12083, 12084, 12316, 12317, 12318, 12329, 12330, 12347, 12350, 12351, 12567, 12568, 12569, 12571, 12572, 12573, 12574, 12575, 12754, 12755, 12756, 12757, 12758, 12759, 12760, 12761, 12993, 12994, 12995, 12996, 12997, 12998, 12999, 13000, 15069, 15071, 15073, 15088, 15089, 15090, 15097, 15106, 15107, 15108, 15109, 15116, 15117, 15118, 15120, 15121, 16253, 16254, 16255, 16256, 16257, 16258, 16259, 16260, 16345, 16346, 16347, 16354, 16355, 16356, 16358, 16359]), Anchor::Lits(&[12809, 14968, 15001, 16781, 16790])]), Anchor::All(&[Anchor::Lits(&[794, 795, 796, 797, 798, 799, 800, 801, 805, 808, 809, 810, 811, 812, 813, 814, 815, 819, 820, 2607, 2611, 2615, 2623, 2630, 2634, 2635, 2647, 2688, 2695, 2696, 2698, 2699, 2706, 2715, 2717, 2722, 2746, 2776, 4122, 4123, 4124, 4125, 4139, 4141, 4142, 4143, 4157, 4158, 4159, 4160, 4161, 4166, 4167, 4168, 4169, 4173, 4176, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4399, 4400, 4401, 4402, 4406, 4408, 6847, 6848, 6852, 6856, 6858, 6859, 6860, 6861, 6880, 6883, 6885, 6886, 6887, 6889, 6891, 6894, 6895, 6906, 6907]), Anchor::Lits(&[8134, 8551, 8793, 8806, 9021, 9375, 9555, 11404, 11405, 13532, 13533, 13542, 15237, 15242])]), Anchor::All(&[Anchor::Lits(&[448, 454, 976, 2279, 2412, 2437, 2969, 2975, 3220, 4097, 4098, 5112, 5113, 5114, 5347]), Anchor::Lits(&[8742, 9210, 9212, 9291, 9442, 9810, 9827, 11077, 11303, 11797, 12076, 12551, 12566, 12753, 12992, 15068, 16252, 16296, 16344])]), Anchor::All(&[Anchor::Lits(&[8529, 8530, 8531, 8534, 8789, 8790, 8791, 8792, 8802, 8803, 8804, 8805, 11333, 11334, 11335, 11336, 14037, 14038, 14039, 14040, 15238, 15239, 15240, 15241]), Anchor::Lits(&[8751, 9033, 9209, 9211, 9290, 9389, 9589, 9642, 9768, 9809, 11618, 12549, 12565, 12762, 13889, 13911, 15067, 17195, 17252])]), Anchor::All(&[Anchor::Lits(&[7990, 8610, 8611, 9109, 13577, 14025]), Anchor::Lits(&[8093, 8751, 9389, 9589, 9615, 9812, 11005, 11217, 11249, 11302, 12252, 12256, 12570, 13851, 13853, 13911, 14268, 14347, 14693, 15888, 16576, 16577, 17195])]), Anchor::All(&[Anchor::Lits(&[9274, 9275, 9276, 9277, 9434, 9435, 9436, 9437, 9541, 9542, 9543, 9549, 9611, 9612, 9613, 9614, 10148, 10149, 10150, 10151, 10314, 10315, 10316, 10317, 10318, 10319, 10320, 10321, 11442, 11443, 11444, 11445, 11483, 11490, 11491, 11492, 12214, 12219, 12231, 12240, 12691, 12692, 12693, 12694, 12833, 12835, 12836, 12838, 13435, 13437, 13438, 13440, 13441, 13443, 13444, 13446, 14193, 14194, 14195, 14196, 14395, 14396, 14397, 14398, 14507, 14508, 14509, 14515, 14925, 14926, 14927, 14928, 15024, 15025, 15026, 15027, 15688, 15689, 15690, 15691, 16716, 16717, 16718, 16719, 16765, 16767, 16768, 16770, 17443, 17444, 17445, 17447, 17448, 17449, 17455, 17456]), Anchor::Lits(&[8093, 8751, 9389, 9589, 9615, 9812, 11004, 11211, 11249, 12252, 12256, 13850, 13853, 13911, 14268, 14347, 14693, 15888, 16576, 16577, 16959, 17195])]), Anchor::All(&[Anchor::Lits(&[8093, 8751, 9389, 9589, 9615, 9812, 11005, 11217, 11249, 12252, 12256, 13851, 13853, 13911, 14268, 14347, 14693, 15888, 16576, 16577, 17195]), Anchor::Lits(&[948, 1009, 1050, 1093, 1331, 1448, 1666, 1848, 2387, 2409, 2839, 3357, 3520, 3911, 4623, 4738, 4828, 5066, 5171, 5502, 5767, 6238, 6642, 6652, 7130])])])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8051, 9796, 9797, 9798, 9799, 9800, 9801, 9895, 10589, 10592, 10593, 10594, 10598, 10600, 10602, 10603, 11006, 11007, 11008, 11154, 11315, 11316, 12085, 13431, 13885, 13886, 14399, 14407, 14503, 14696, 14766, 14822, 15843, 16857]), Anchor::All(&[Anchor::Lits(&[11390]), Anchor::Lits(&[107, 219, 2604, 4243, 4428, 5199, 5717, 6803])]), Anchor::All(&[Anchor::Lits(&[2625, 2685, 2694, 2697, 2745, 2870, 2911, 2920, 2921, 2936, 5960, 6007, 6022, 6027, 6056, 6296, 6480, 6495, 6500, 6591]), Anchor::Lits(&[8049, 8643, 8736, 11317, 12929, 14360, 14408])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[7894, 8298, 8745, 8749, 8784, 9447, 12300, 12570, 12784, 12853, 12932, 13091, 13984, 13985, 15162, 16873]), Anchor::All(&[Anchor::Lits(&[13090]), Anchor::Lits(&[11852, 17759])]), Anchor::All(&[Anchor::Lits(&[14857]), Anchor::Lits(&[11852, 17759])])]), Anchor::Lits(&[16, 244, 614, 621, 637, 638, 1023, 2956, 2957, 3264, 3372, 3539, 3585, 3684, 3685, 3686, 4484, 4485, 5034, 5035, 5227, 5228, 6736]), Anchor::Lits(&[9110, 9889, 9937, 10046, 10058, 10587, 10985, 12587, 12671, 14589, 14597, 14605, 15895, 15901, 15974, 16865, 16891, 17014])]), Anchor::All(&[Anchor::Lits(&[174, 623, 978, 1070, 1094, 1170, 1825, 2147, 2173, 2853, 2855, 4373, 4382, 4466, 4664, 4700, 4819, 4933, 5638, 6097, 6098, 6826]), Anchor::Lits(&[9391, 9683, 10617, 11001, 11218, 11317, 12689, 12929, 14190, 14405, 14624, 15140, 15181, 15183, 16828, 16967, 17030]), Anchor::Lits(&[1938, 2857, 6253, 7171])]), Anchor::All(&[Anchor::Lits(&[331, 335, 338, 340, 343, 344, 1827, 1829, 1833, 1836, 1837, 1838, 4375, 4376, 4377, 4378, 4379, 4380, 4820, 4821, 4822, 4823, 4824, 4825]), Anchor::Lits(&[16741, 16742, 16743, 16744, 16746, 16747, 16748, 16749, 16751, 16753, 16757, 16758, 16760, 16762, 16763, 16764, 17498, 17499, 17500, 17501, 17503, 17504, 17505, 17506, 17508, 17524, 17547, 17548, 17550, 17552, 17553, 17554])]), Anchor::All(&[Anchor::Lits(&[583, 584, 585, 586, 595, 596, 2872, 2898, 2899, 2901, 2918, 2919, 6355, 6393, 6395, 6425, 6493, 6494]), Anchor::Lits(&[9684, 11219, 12690, 14191, 14406, 15141, 15182, 17031])]), Anchor::All(&[Anchor::Lits(&[107, 4243, 5199, 5717, 6803]), Anchor::Lits(&[7991, 8054, 12664, 17141]), Anchor::Lits(&[8050, 9795, 12696, 14377, 15172, 15173])]), Anchor::All(&[Anchor::Lits(&[13990, 14191, 14393, 15141, 15182]), Anchor::Lits(&[381, 1159, 3212, 4481, 6643])]), Anchor::All(&[Anchor::Lits(&[6295, 6488, 6503, 6548, 7172, 7205, 7218, 7224]), Anchor::Lits(&[17089]), Anchor::Lits(&[15182])]), Anchor::All(&[Anchor::Lits(&[10588]), Anchor::Lits(&[1190, 1193, 5165, 5744, 6928])]), Anchor::All(&[Anchor::Lits(&[10771, 13466, 13516, 17481]), Anchor::Lits(&[9825, 9837, 11695, 12666, 14546, 14858, 15013, 15957])]), Anchor::All(&[Anchor::Lits(&[9890, 10588, 14400, 14598, 16858, 17481]), Anchor::Lits(&[202, 1638, 1702, 1731, 7126])])]), Anchor::Any(&[Anchor::Lits(&[805, 2687, 2790, 3043, 3045, 3047, 3048, 3050, 3054, 3057, 3059, 3061, 3063, 3064, 3065, 3067, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3118, 3119, 3120, 3121, 3122, 3124, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3139, 3141, 3143, 3144, 3146, 3150, 3153, 3155, 3157, 3159, 3160, 3161, 3163, 4238, 5862, 5864, 5866, 5867, 5869, 5873, 5876, 5878, 5880, 5882, 5883, 5884, 5886, 5934, 5936, 5938, 5939, 5941, 5945, 5948, 5950, 5952, 5954, 5955, 5956, 5958, 6764, 6829, 8084, 8309, 8310, 8311, 8312, 8313, 8314, 8315, 8316, 9540, 9544, 9545, 9546, 9547, 9548, 9618, 9619, 9620, 9621, 9622, 9623, 9624, 9625, 9626, 9627, 9628, 9629, 10265, 10547, 11232, 11484, 11485, 11486, 11487, 11488, 11489, 11628, 11629, 11630, 11631, 11632, 11633, 11634, 11635, 11636, 12062, 12063, 12064, 12065, 12066, 12067, 12068, 12069, 12074, 12179, 12180, 12181, 12182, 12183, 12184, 12185, 12186, 12187, 12188, 12189, 12190, 12195, 12246, 12247, 12248, 12249, 12250, 12251, 13240, 13288, 13365, 13581, 13582, 13583, 13584, 13585, 13586, 13764, 13765, 13766, 13767, 13768, 13769, 13770, 13771, 13935, 13944, 13977, 14506, 14510, 14511, 14512, 14513, 14514, 14591, 15174, 15175, 15176, 15177, 15178, 15179, 15347, 15439, 15440, 15441, 15442, 15443, 15444, 15445, 15447, 15448, 15452, 15453, 15454, 15455, 15456, 15457, 15458, 15459, 15460, 15556, 15557, 15558, 15559, 15560, 15561, 15562, 15563, 15564, 15606, 15607, 15608, 15609, 15610, 15611, 15612, 15613, 15614, 15615, 15616, 15617, 15618, 15619, 15620, 15621, 15622, 15623, 15624, 15625, 15626, 15627, 15628, 15629, 15630, 15631, 15632, 15633, 15634, 15635, 15636, 15637, 15638, 15639, 15640, 15641, 16472, 16523, 16524, 16525, 16526, 16527, 16528, 16529, 16530, 16531, 16778, 16984, 16985, 16986, 16987, 16988, 16989, 16990, 16991, 17201, 17202, 17203, 17204, 17205, 17206, 17207, 17208, 17416, 17417, 17418, 17419, 17420, 17421, 17422, 17423, 17424, 17446, 17450, 17451, 17452, 17453, 17454, 17575, 17627, 17671, 17682, 17715]), Anchor::All(&[Anchor::Lits(&[6972, 6977, 6984, 6985, 6986, 6987, 6988, 6990, 7003, 7009, 7389, 7415, 7422, 7465, 7804]), Anchor::Lits(&[8134, 8732, 8733, 9538, 12808, 14967, 14997, 16071, 16072, 16780, 16788, 16789])]), Anchor::All(&[Anchor::Lits(&[7990, 8610, 13576, 14025]), Anchor::Lits(&[88, 4896, 5125, 5462, 5639])]), Anchor::All(&[Anchor::Lits(&[89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 5126, 5127, 5128, 5129, 5130, 5131, 5132, 5133, 5134, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 5470, 5471, 5640, 5641, 5642, 5643, 5644, 5645, 5646, 5647, 5648, 5649, 5650, 5651, 5652, 5653, 5654, 5655, 5656, 5657, 5658, 5659, 5660, 5661, 5662, 5663, 5664, 5665, 5666, 5667, 5668, 5669, 5670, 5671, 5672, 5673, 5674, 5675]), Anchor::Lits(&[15377, 15378, 15412, 15415, 15418, 16147, 16148, 16394, 16408, 16409, 16484, 16485, 16486, 16487, 16488, 16489, 16490, 16491, 16492, 16493, 16495, 16496, 16497, 16498, 16499, 17196, 17197, 17198, 17199, 17200])]), Anchor::All(&[Anchor::Lits(&[438, 569, 576, 640, 658, 963, 964, 975, 1047, 2817, 2832, 3263, 3674, 4842, 4914, 4915, 5111, 5139, 5347, 5798, 6646, 6926, 7365]), Anchor::Lits(&[8093, 8751, 9389, 9589, 9615, 9812, 11005, 11217, 11249, 12252, 12256, 13851, 13853, 13911, 14268, 14347, 14693, 15888, 16576, 16577, 17195])]), Anchor::All(&[Anchor::Lits(&[204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 3042, 3044, 3046, 3049, 3051, 3052, 3053, 3055, 3056, 3058, 3060, 3062, 3066, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3138, 3140, 3142, 3145, 3147, 3148, 3149, 3151, 3152, 3154, 3156, 3158, 3162, 5861, 5863, 5865, 5868, 5870, 5871, 5872, 5874, 5875, 5877, 5879, 5881, 5885, 5933, 5935, 5937, 5940, 5942, 5943, 5944, 5946, 5947, 5949, 5951, 5953, 5957, 6135, 6136, 6137, 6139, 6140, 6141, 6143, 6145, 6146, 6147, 6148, 6149, 6151, 6183, 6184, 6185, 6186, 6187, 6188, 6189, 6190, 6191, 6192, 6193, 6194, 6195, 6969, 6970, 6971, 6973, 6974, 6975, 6976, 6978, 6979, 6980, 6981, 6982, 6983, 7000, 7001, 7002, 7004, 7005, 7006, 7008, 7011, 7015, 7017, 7019, 7022, 7026, 7386, 7387, 7388, 7390, 7392, 7393, 7394, 7397, 7398, 7399, 7400, 7403, 7407, 7801, 7802, 7803, 7805, 7807, 7808, 7809, 7812, 7813, 7814, 7815, 7817, 7819]), Anchor::Lits(&[8732, 8733, 9538, 12169, 12170, 14359, 14967, 15000, 15927, 16780, 16789])]), Anchor::All(&[Anchor::Lits(&[9443, 9444, 9445, 9448, 9449, 9450, 9451, 9456, 12077, 12078, 12079, 12080, 12081, 12082, 12083, 12084, 12316, 12317, 12318, 12329, 12330, 12347, 12350, 12351, 12567, 12568, 12569, 12571, 12572, 12573, 12574, 12575, 12754, 12755, 12756, 12757, 12758, 12759, 12760, 12761, 12993, 12994, 12995, 12996, 12997, 12998, 12999, 13000, 15069, 15071, 15073, 15088, 15089, 15090, 15097, 15106, 15107, 15108, 15109, 15116, 15117, 15118, 15120, 15121, 16253, 16254, 16255, 16256, 16257, 16258, 16259, 16260, 16345, 16346, 16347, 16354, 16355, 16356, 16358, 16359]), Anchor::Lits(&[12809, 14968, 15001, 16781, 16790])]), Anchor::All(&[Anchor::Lits(&[794, 795, 796, 797, 798, 799, 800, 801, 805, 808, 809, 810, 811, 812, 813, 814, 815, 819, 820, 2607, 2611, 2615, 2623, 2630, 2634, 2635, 2647, 2688, 2695, 2696, 2698, 2699, 2706, 2715, 2717, 2722, 2746, 2776, 4122, 4123, 4124, 4125, 4139, 4141, 4142, 4143, 4157, 4158, 4159, 4160, 4161, 4166, 4167, 4168, 4169, 4173, 4176, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4399, 4400, 4401, 4402, 4406, 4408, 6847, 6848, 6852, 6856, 6858, 6859, 6860, 6861, 6880, 6883, 6885, 6886, 6887, 6889, 6891, 6894, 6895, 6906, 6907]), Anchor::Lits(&[8134, 8551, 8793, 8806, 9021, 9375, 9555, 11404, 11405, 13532, 13533, 13542, 15237, 15242])]), Anchor::All(&[Anchor::Lits(&[448, 454, 976, 2279, 2412, 2437, 2969, 2975, 3220, 4097, 4098, 5112, 5113, 5114, 5347]), Anchor::Lits(&[8742, 9210, 9212, 9291, 9442, 9810, 9827, 11077, 11303, 11797, 12076, 12551, 12566, 12753, 12992, 15068, 16252, 16296, 16344])]), Anchor::All(&[Anchor::Lits(&[8529, 8530, 8531, 8534, 8789, 8790, 8791, 8792, 8802, 8803, 8804, 8805, 11333, 11334, 11335, 11336, 14037, 14038, 14039, 14040, 15238, 15239, 15240, 15241]), Anchor::Lits(&[8751, 9033, 9209, 9211, 9290, 9389, 9589, 9642, 9768, 9809, 11618, 12549, 12565, 12762, 13889, 13911, 15067, 17195, 17252])]), Anchor::All(&[Anchor::Lits(&[7990, 8610, 8611, 9109, 13577, 14025]), Anchor::Lits(&[8093, 8751, 9389, 9589, 9615, 9812, 11005, 11217, 11249, 11302, 12252, 12256, 12570, 13851, 13853, 13911, 14268, 14347, 14693, 15888, 16576, 16577, 17195])]), Anchor::All(&[Anchor::Lits(&[9274, 9275, 9276, 9277, 9434, 9435, 9436, 9437, 9541, 9542, 9543, 9549, 9611, 9612, 9613, 9614, 10148, 10149, 10150, 10151, 10314, 10315, 10316, 10317, 10318, 10319, 10320, 10321, 11442, 11443, 11444, 11445, 11483, 11490, 11491, 11492, 12214, 12219, 12231, 12240, 12691, 12692, 12693, 12694, 12833, 12835, 12836, 12838, 13435, 13437, 13438, 13440, 13441, 13443, 13444, 13446, 14193, 14194, 14195, 14196, 14395, 14396, 14397, 14398, 14507, 14508, 14509, 14515, 14925, 14926, 14927, 14928, 15024, 15025, 15026, 15027, 15688, 15689, 15690, 15691, 16716, 16717, 16718, 16719, 16765, 16767, 16768, 16770, 17443, 17444, 17445, 17447, 17448, 17449, 17455, 17456]), Anchor::Lits(&[8093, 8751, 9389, 9589, 9615, 9812, 11004, 11211, 11249, 12252, 12256, 13850, 13853, 13911, 14268, 14347, 14693, 15888, 16576, 16577, 16959, 17195])]), Anchor::All(&[Anchor::Lits(&[8093, 8751, 9389, 9589, 9615, 9812, 11005, 11217, 11249, 12252, 12256, 13851, 13853, 13911, 14268, 14347, 14693, 15888, 16576, 16577, 17195]), Anchor::Lits(&[948, 1009, 1050, 1093, 1331, 1448, 1666, 1848, 2387, 2409, 2839, 3357, 3520, 3911, 4623, 4738, 4828, 5066, 5171, 5502, 5767, 6238, 6642, 6652, 7130])])])])])),
            (164, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[10178, 10184, 10185, 10186, 10187, 10188, 10189, 10190, 10191, 10192, 10193, 10202, 10204, 10207, 10218, 10268, 10289, 10290, 10296, 10297, 10446, 10452, 10453, 10454, 10455, 10456, 10457, 10458, 10459, 10460, 10461, 10462, 10463, 10464, 10465, 10466, 10467, 10468, 10469, 10470, 10471, 10482, 10484, 10487, 10499, 10550, 10571, 10572, 10578, 10579, 13112, 13126, 13128, 13131, 13143, 13185, 13208, 13209, 13215, 13216, 13241, 13292, 13296, 13297, 13298, 13301, 13312, 13315, 13316, 13317, 13318, 13347, 13349, 13350, 13351, 13352, 13353, 13354, 13355, 13356, 13357, 13358, 17573, 17574, 17582, 17596, 17597, 17607, 17608, 17609, 17613, 17623, 17680, 17701, 17702, 17722, 17723, 17820, 17821, 17822, 17823, 17824, 17825, 17826, 17827, 17828, 17829, 17833, 17834, 17835, 17836, 17837, 17838, 17839, 17840, 17841, 17842]), Anchor::All(&[Anchor::Lits(&[9110, 15300]), Anchor::Lits(&[8528, 9270, 9530, 9531, 10612])]), Anchor::All(&[Anchor::Lits(&[9110, 15300]), Anchor::Lits(&[8528, 9270, 9530, 9531, 10612])])])),
            (165, "history-wiped-after-the-act", Anchor::Any(&[Anchor::Lits(&[1256, 11696, 11751, 15166, 15169, 17016]), Anchor::All(&[Anchor::Lits(&[968, 971, 1218, 1716, 4741, 4890, 5173, 5601, 6703, 7169]), Anchor::Lits(&[7979, 8905, 9388, 9408, 9568, 9685, 11256, 11257, 11261, 11265, 11697, 11698, 11699, 11700, 11701, 11702, 11703, 11704, 11705, 11706, 11707, 11708, 11709, 11710, 11711, 11712, 11713, 11714, 11715, 11716, 11717, 11718, 11719, 11720, 11721, 11722, 11723, 11724, 11725, 11726, 11727, 11728, 11729, 11730, 11731, 11732, 11733, 11734, 11735, 11736, 11737, 11738, 11739, 11740, 11741, 11742, 11743, 11744, 11745, 11746, 11747, 11748, 11749, 11750, 12656, 12665, 14094, 14381, 14431, 14505, 15187, 15421, 16073, 18206]), Anchor::Lits(&[8085, 8091, 8351, 13587, 16510, 17394, 17403, 17404])])])),
            (166, "report-an-outcome-regardless", Anchor::Lits(&[2960, 3838, 4867, 11853, 11860, 11861, 11862, 11863, 11869, 11870, 11874, 11875, 11876, 11879, 12303, 12304, 12305, 12310, 17276, 17278, 17279, 17289])),
            (167, "agent-permissions-opened", Anchor::Lits(&[232, 243, 248, 250, 251, 256, 427, 662, 824, 827, 1184, 1185, 4528, 7383])),
            (168, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[780, 982, 985, 1186, 1254, 2309, 2313, 2314, 4744, 4917, 4918, 5137, 5176, 5178, 5179, 5180, 5184, 5185, 5195, 5196, 5197, 5198, 5755, 6699]), Anchor::Lits(&[822, 826, 1011, 1012, 1218, 1291, 1301, 1630, 2305, 3612, 4890, 4893, 5001, 5349, 5360, 5393, 5698, 6716, 6756])])),
            (169, "risky-action-on-a-later-trigger", Anchor::Lits(&[166, 167, 168, 169, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 1739, 2012, 2193, 2338, 2964, 2971, 2978, 3007, 3008, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5482, 5483, 5484, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 5493, 5494, 5495, 6038, 6039, 6040, 6041, 6042, 6043, 6044, 6045, 6046, 6047, 6048, 6049, 6050, 6051, 6052, 6053, 6054, 6055, 6078, 6079, 6080, 6081, 6082, 6083, 6084, 6085, 6086, 6087, 6088, 6089, 6090, 6091, 6092, 6093, 6094, 6095, 8633, 8945, 8990, 11853, 11855, 11856, 11857, 11858, 11859, 11864, 11865, 11866, 11867, 11868, 11869, 11870, 11874, 11875, 11876, 11971, 11995, 12544, 12545, 12546, 12547, 13233, 16319, 17395, 17396, 17400, 17401, 17406])),
            (174, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8501, 9177, 9804, 9835, 10706, 11753, 13842, 13982, 13986, 14089, 14977, 15062, 15133, 15644, 15702]), Anchor::All(&[Anchor::Lits(&[8191, 9440, 10766, 10808, 11266, 14483, 16982, 16992, 17434]), Anchor::Lits(&[130, 990, 1082, 1167, 1187, 1634, 1675, 1821, 1846, 1885, 3313, 4367, 4847, 4979, 5032, 5744])]), Anchor::All(&[Anchor::Lits(&[9177, 9179, 9804, 9806, 9812, 10706, 10707, 10710, 11626, 11796, 12801, 13980, 14002, 14012, 14089, 14091, 14977, 14979, 15062, 15701, 16774, 17140]), Anchor::Lits(&[988, 1167, 1187, 1252, 1634, 1821, 1846, 1885, 2787, 3313, 4847, 4981, 5036, 5744])])]), Anchor::Lits(&[929, 932, 936, 1009, 1015, 1048, 1311, 1334, 1719, 1770, 2152, 2310, 2340, 2343, 2539, 2600, 3028, 3170, 3309, 3369, 3379, 3929, 4623, 4732, 4734, 4738, 4774, 4828, 4852, 4885, 5221, 5224, 5342, 5394, 5512, 5514, 5541, 5602, 5768, 5770, 6198, 6734, 6787, 6793, 7058, 7130]), Anchor::Lits(&[203, 383, 902, 903, 1021, 1159, 1162, 1164, 1171, 1179, 1192, 1669, 1676, 1688, 1691, 1703, 1732, 2254, 2490, 2528, 2536, 3382, 4369, 4482, 4486, 4496, 4498, 4512, 4553, 4558, 4811, 5120, 5122, 5182, 5205, 5456, 5509, 5510, 6645, 6763, 6765, 6792, 6805, 7127])]), Anchor::All(&[Anchor::Lits(&[930, 933, 937, 1010, 1013, 1016, 1017, 1049, 1312, 1335, 1336, 1720, 1721, 1771, 2153, 2311, 2312, 2341, 2344, 2540, 2601, 3029, 3171, 3310, 3370, 3380, 3930, 4624, 4733, 4735, 4736, 4739, 4775, 4829, 4853, 4886, 5222, 5225, 5343, 5395, 5513, 5515, 5542, 5603, 5604, 5769, 5771, 6199, 6735, 6788, 6789, 6794, 7059, 7131]), Anchor::Lits(&[174, 359, 978, 1018, 1094, 1174, 1741, 1825, 2173, 2383, 4217, 4223, 4373, 4466, 4730, 5278, 5396, 6784, 6826]), Anchor::Lits(&[8049, 8507, 8736, 9438, 9683, 10147, 10587, 10617, 10709, 10715, 11218, 11682, 12017, 12150, 12555, 12660, 12832, 13989, 13991, 14093, 14190, 14281, 14392, 14405, 14408, 14607, 14996, 15140, 15181, 15183, 15370, 15747, 15792, 15828, 16706, 17030, 17755])]), Anchor::All(&[Anchor::Lits(&[175, 176, 360, 979, 980, 1019, 1095, 1096, 1175, 1742, 1826, 2174, 2175, 2384, 2385, 4218, 4224, 4374, 4381, 4467, 4468, 4731, 5279, 5397, 6785, 6827, 6828]), Anchor::Lits(&[929, 932, 936, 1009, 1015, 1048, 1311, 1334, 1719, 1770, 2152, 2310, 2340, 2343, 2539, 2600, 3028, 3170, 3309, 3369, 3379, 3929, 4623, 4732, 4734, 4738, 4774, 4828, 4852, 4885, 5221, 5224, 5342, 5394, 5512, 5514, 5541, 5602, 5768, 5770, 6198, 6734, 6787, 6793, 7058, 7130]), Anchor::Lits(&[8049, 8507, 8736, 9438, 9683, 10147, 10587, 10617, 10709, 10715, 11218, 11682, 12017, 12150, 12555, 12660, 12832, 13989, 13991, 14093, 14190, 14281, 14392, 14405, 14408, 14607, 14996, 15140, 15181, 15183, 15370, 15747, 15792, 15828, 16706, 17030, 17755])]), Anchor::All(&[Anchor::Lits(&[10077, 11314, 12313, 14192, 14394, 16699]), Anchor::Any(&[Anchor::Lits(&[8501, 9177, 9804, 9835, 10706, 11753, 13842, 13982, 13986, 14089, 14977, 15062, 15133, 15644, 15702]), Anchor::All(&[Anchor::Lits(&[8191, 9440, 10766, 10808, 11266, 14483, 16982, 16992, 17434]), Anchor::Lits(&[130, 990, 1082, 1167, 1187, 1634, 1675, 1821, 1846, 1885, 3313, 4367, 4847, 4979, 5032, 5744])]), Anchor::All(&[Anchor::Lits(&[9177, 9179, 9804, 9806, 9812, 10706, 10707, 10710, 11626, 11796, 12801, 13980, 14002, 14012, 14089, 14091, 14977, 14979, 15062, 15701, 16774, 17140]), Anchor::Lits(&[988, 1167, 1187, 1252, 1634, 1821, 1846, 1885, 2787, 3313, 4847, 4981, 5036, 5744])])]), Anchor::Lits(&[9795, 11056, 13619, 14191, 14482, 15706])])]), Anchor::Lits(&[122, 399, 606, 1014, 1126, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1332, 1630, 1635, 1682, 1695, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 2155, 2516, 2777, 2811, 3247, 3333, 3521, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4219, 4220, 4491, 4492, 4493, 4559, 4607, 4609, 4610, 4673, 4737, 4743, 4748, 4795, 4796, 4797, 4798, 4799, 4800, 4801, 4802, 4803, 4804, 4805, 4806, 4807, 4895, 5138, 5208, 5209, 5277, 5281, 5398, 5521, 5522, 5524, 5525, 5526, 5527, 5528, 5529, 5531, 5532, 5533, 5534, 5535, 5539, 5561, 5593, 6235, 6781, 6782, 7356]), Anchor::Lits(&[131, 175, 176, 360, 930, 933, 937, 979, 980, 989, 991, 1010, 1013, 1016, 1017, 1019, 1049, 1083, 1095, 1096, 1168, 1175, 1188, 1191, 1253, 1312, 1335, 1336, 1635, 1676, 1720, 1721, 1742, 1771, 1822, 1826, 1847, 1886, 2153, 2174, 2175, 2311, 2312, 2341, 2344, 2384, 2385, 2540, 2601, 2788, 2791, 3029, 3171, 3310, 3314, 3370, 3380, 3930, 4218, 4224, 4368, 4374, 4381, 4467, 4468, 4624, 4731, 4739, 4775, 4829, 4848, 4853, 4886, 4980, 4982, 5033, 5037, 5222, 5225, 5343, 5395, 5513, 5515, 5542, 5603, 5604, 5745, 5746, 5769, 5771, 6199, 6735, 6785, 6788, 6789, 6794, 6827, 6828, 7059, 7131, 8502, 9178, 9805, 9836, 13843, 13983, 13987, 14090, 14978, 15063, 15134, 15645, 15703])])),
            (175, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[373, 385, 740, 996, 2299, 2705, 2713, 4316, 4866, 5334, 5518, 5680, 6729, 6745, 6755, 8055, 8056, 8057, 8058, 8059, 8060, 8064, 8070, 8072, 8074, 8075, 8076, 8077, 8078, 8079, 8080, 8081, 8082, 8504, 8505, 8506, 8752, 8753, 8754, 8755, 8756, 8757, 8758, 8759, 8760, 8762, 8763, 8764, 8765, 8766, 8767, 8768, 8769, 8770, 9034, 9035, 9036, 9037, 9038, 9039, 9040, 9041, 9042, 10194, 10196, 10213, 10215, 10225, 10243, 10245, 10248, 10257, 10261, 10273, 10282, 10291, 10292, 10293, 10474, 10476, 10494, 10496, 10506, 10524, 10526, 10530, 10539, 10543, 10555, 10564, 10573, 10574, 10575, 12667, 12668, 12669, 12763, 12764, 12765, 12766, 12767, 12768, 12769, 12770, 12771, 13119, 13121, 13138, 13140, 13148, 13164, 13166, 13168, 13177, 13181, 13191, 13200, 13210, 13211, 13212, 13280, 13290, 13327, 13332, 13335, 13336, 13339, 13340, 13341, 13367, 13375, 13380, 13384, 13385, 13389, 13390, 13391, 13417, 13422, 13423, 13424, 13426, 13427, 13428, 13890, 13891, 13892, 13893, 13894, 13895, 13896, 13897, 13898, 13913, 13920, 13921, 14788, 14789, 14790, 14791, 14792, 14793, 14794, 14795, 14796, 14797, 14798, 14799, 14800, 14801, 14802, 14803, 14804, 14805, 15074, 15075, 15079, 15080, 15081, 15082, 15095, 15110, 15111, 15112, 15113, 15114, 15115, 15119, 15122, 15123, 15125, 15126, 15129, 15130, 15131, 17145, 17146, 17147, 17148, 17149, 17150, 17156, 17160, 17161, 17163, 17164, 17165, 17166, 17167, 17168, 17174, 17178, 17179, 17591, 17603, 17604, 17620, 17621, 17630, 17655, 17657, 17658, 17667, 17670, 17685, 17692, 17703, 17704, 17705, 17819, 17832, 17878]), Anchor::All(&[Anchor::Lits(&[9814, 10958, 11683, 12558, 13554, 14598, 15028, 15832]), Anchor::Lits(&[345, 983, 1915, 3529, 4370, 4903, 4912, 4940, 5504, 5625, 6680, 7042]), Anchor::Lits(&[11255, 13834])]), Anchor::All(&[Anchor::Lits(&[189, 190, 191, 192, 193, 196, 197, 198, 199, 200, 1668, 1670, 1671, 1672, 1673, 1677, 1678, 1679, 1680, 1681, 3522, 3524, 3525, 3526, 3527, 3530, 3531, 3532, 3533, 3534, 3917, 3918, 3919, 3920, 3921, 3922, 3923, 3924, 3925, 3926, 6932, 6933, 6934, 6935, 6936, 6937, 6938, 6939, 6940, 6941]), Anchor::Lits(&[9023, 10047, 12952, 15253, 15301, 15891, 15900, 15902, 16866])]), Anchor::All(&[Anchor::Lits(&[9219, 9221, 12530, 12535, 12697, 12743, 15170, 15171, 15963, 15966]), Anchor::Lits(&[5403, 6367, 6423]), Anchor::Lits(&[609, 3039, 3040, 3123, 3864, 3894, 4991])])])),
            (176, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[383, 684, 685, 902, 904, 1159, 1163, 1172, 1173, 1176, 1177, 1178, 1180, 1689, 1690, 2492, 2537, 3383, 4478, 4479, 4483, 4486, 4496, 4497, 4511, 4557, 5120, 5121, 5182, 5456, 5508, 6796, 6802, 6811]), Anchor::Lits(&[8093, 9589, 9615, 11005, 11249, 11332, 11795, 13851, 13852, 13911, 14075, 14322, 14323, 14328, 14340, 14374, 14503, 16576, 16577, 17195, 17760]), Anchor::Lits(&[1126, 1127, 1221, 1332, 1635, 1636, 1667, 1674, 1822, 1823, 2155, 2156, 2315, 2408, 3245, 3358, 3359, 4607, 4743, 4901, 4902, 5208, 5209, 5277, 5281, 5300, 5716, 6682, 6683, 6759, 6760, 6781, 6782])])),
            (178, "agent-secrets-spilled", Anchor::All(&[Anchor::Lits(&[670, 2752, 2753, 2754, 2757, 2758, 2762, 2769, 2770, 2771, 3328, 3329, 7409, 7417, 7419, 7420, 7434, 7495, 7515, 7516, 7531, 7532, 7533, 7534, 7535, 7536, 7548, 7549, 7550, 7551, 7552, 7553, 7558, 7559, 7560, 7561, 7562, 7563, 7582, 7583, 7584, 7585, 7586, 7587, 7683, 7684, 7685, 7686, 7687, 7688, 7704, 7705, 7706, 7707, 7708, 7709, 7720, 7721, 7722, 7723, 7724, 7725, 7739, 7740, 7741, 7742, 7743, 7744, 7745, 7746, 7747, 7748, 7749, 7750, 7820]), Anchor::Lits(&[381, 1056, 1157, 1709, 1714, 4481, 4690, 5174, 6643])])),
            (179, "ownership-of-everything-moved", Anchor::Lits(&[4429, 4430, 4431, 4432])),
            (180, "someone-elses-login-taken", Anchor::Lits(&[110, 636, 1051, 2300, 3334, 3335, 3340, 3343, 5341, 5348, 11957, 11958, 12797, 14188, 14189])),
            (181, "ownership-to-a-reader", Anchor::Lits(&[2369, 2370, 2371, 2372])),
            (182, "data-moved-for-a-private-person", Anchor::All(&[Anchor::Lits(&[9099, 9102, 9103, 9773, 9815, 10953, 10954, 10955, 10956, 11052, 11212, 11213, 11214, 11215, 11216, 11253, 11254, 11818, 12798, 12914, 12928, 12933, 13083, 13084, 13543, 13544, 13900, 13912, 15298, 17442]), Anchor::Lits(&[1122, 1126, 1621, 1622, 1635, 1637, 1667, 1676, 1822, 1824, 3581, 4748, 4901, 5208, 5210, 5277, 5280, 5716, 6759, 6761, 6781, 6783]), Anchor::Lits(&[1939, 2015, 2016, 2031, 5403, 6253, 7171])])),
            (183, "admin-role-for-everyone", Anchor::Lits(&[296, 297, 298, 299, 303, 305, 306, 307, 326, 5404, 5405, 5406, 5407, 5409, 5410, 5411, 5412, 5427, 5428, 5429, 5430, 5432, 5433, 5434, 5435, 5451, 5455, 5606, 5607, 5608, 5609, 5610, 5611, 5612, 5613, 5614, 6061, 6062, 6063, 6064, 6067, 6069, 6070, 6071, 6075])),
            (184, "secrets-shipped-by-automation", Anchor::All(&[Anchor::Lits(&[1122, 1667, 1676, 1812, 1813, 2155, 2157, 3358, 3360, 4607, 4610, 4745, 5208, 5210, 5300, 5302, 6781, 6783]), Anchor::Lits(&[113, 188, 1166, 2531, 2532, 3172, 5172, 5758, 6697, 7349]), Anchor::Lits(&[382, 384, 1158, 1160, 1619, 1705, 3211, 3221, 4482, 4487, 4691, 4692, 5183, 5506, 5507, 6644, 6645])])),
            (185, "override-instructions-es-pt-it", Anchor::Lits(&[9393, 9394, 10042, 10044, 10045, 12055, 12056, 12057, 12192, 12194, 12314, 13433, 13773, 13775, 13803, 14580, 14582, 14586])),
            (186, "override-instructions-fr", Anchor::Lits(&[1062, 1286, 2786, 2839, 4242, 4872, 6657])),
            (187, "override-instructions-de-nl", Anchor::Lits(&[2801, 3792, 3793, 4178, 4233, 6844, 8429, 8941, 12204, 12245, 13618, 14575, 14576, 14816, 14817, 15014, 17251])),
            (188, "override-instructions-pl-tr", Anchor::Lits(&[11945, 12523, 12525, 13238, 14187, 15989, 17761, 18192])),
            (189, "override-instructions-ru", Anchor::Lits(&[11944, 13055, 13830, 18190, 18221, 18222, 18230, 18233, 18242])),
            (190, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[108, 3584, 4770, 4771, 5109, 5110, 6812]), Anchor::Lits(&[264, 3189, 3354, 3355, 3356, 3540, 5298])])),
            (192, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[12241, 12242, 12243, 12244, 12491, 13048, 13049, 13523, 13524, 14134, 14197, 14198, 14581, 14587, 14931, 15368, 15369, 15956, 17032, 17033, 17034, 17190, 18215, 18230, 18244])),
            (193, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[57, 121, 682, 770, 2519, 2553, 2554, 2958, 3166, 3188, 3215, 3327, 3353, 4554, 4772, 6918]), Anchor::Lits(&[201, 440, 608, 956, 957, 1287, 2551, 2849, 2850, 2851, 3275, 4434, 4513, 4515, 4523, 4552, 4787, 5749, 6815])])),
            (195, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[922, 1912, 3214, 3295, 3300, 3683, 4809, 4810, 4869, 4947, 5097, 5214, 5223, 5626, 6924, 7860, 7863, 11063, 12520, 12526, 14995, 15295, 16944, 16957, 17020]), Anchor::All(&[Anchor::Lits(&[923, 1097, 1909, 2264, 3297, 3299, 4870, 4958]), Anchor::Lits(&[3289, 5136])]), Anchor::All(&[Anchor::Lits(&[13525]), Anchor::Lits(&[744, 1655, 1900, 2374, 4868, 4999, 5338, 7843])]), Anchor::All(&[Anchor::Lits(&[922, 1912, 3296, 3300, 4876, 4948]), Anchor::Lits(&[5206])]), Anchor::All(&[Anchor::Lits(&[8888, 8939, 12442, 18191]), Anchor::Lits(&[749])]), Anchor::All(&[Anchor::Lits(&[11060, 12519, 12525, 15294]), Anchor::Lits(&[4111, 4112, 5358, 7382])]), Anchor::All(&[Anchor::Lits(&[6813]), Anchor::Lits(&[10613, 10614, 13236])]), Anchor::All(&[Anchor::Lits(&[735, 736, 737, 921, 1909, 2360, 2373, 4871, 4976, 4977, 5213]), Anchor::Lits(&[6738, 6814])]), Anchor::All(&[Anchor::Lits(&[924, 925, 926, 1902, 1909, 1913, 1914, 3299, 3954, 4094, 4115, 4625, 4626, 4627, 4877, 4957]), Anchor::Lits(&[749, 1881])]), Anchor::All(&[Anchor::Lits(&[5757]), Anchor::Lits(&[8355, 8881, 10718, 12489])])])),
            (196, "persona-never-refuses-i18n", Anchor::Lits(&[12577, 13050, 13054, 13227, 13397, 13407, 13469, 13470, 13471, 13472, 13473, 13474, 13475, 13476, 13477, 13478, 14567, 14966, 17227, 17308, 18194])),
            (198, "reveal-system-prompt-i18n", Anchor::Lits(&[327, 1063, 1064, 1065, 1066, 1067, 2284, 2285, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2842, 2843, 2844, 2845, 2846, 2848, 2856, 2953, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3386, 3387, 3523, 3528, 3535, 3536, 4205, 4587, 4712, 4713, 4714, 4715, 4716, 4721, 4722, 5718, 5719, 5720, 5737, 5741, 5742, 5743, 5750, 6739, 6790, 6839, 6840, 7869, 7885, 7886, 11331, 15296, 15297])),
            (200, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[179, 380, 605, 1090, 1091, 1092, 1130, 1131, 1197, 1198, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1272, 1290, 1306, 1307, 1665, 1758, 2577, 2579, 2597, 3190, 4116, 4119, 5162, 5163, 5164, 5503, 5678, 5679, 6741, 6742, 7371, 7372, 7859, 7865, 7866, 7875, 7876, 7877, 7878]), Anchor::Lits(&[7864, 8741, 9007, 9008, 9497, 9630, 9632, 9634, 9909, 11061, 11062, 11064, 11065, 11066, 11067, 11068, 11286, 11415, 11467, 11468, 12455, 14372, 14373, 15015, 15231, 15233, 15234, 16855, 17194, 17212, 17213, 18189, 18209, 18219, 18220, 18243])])),
            (202, "stop-following-instructions-i18n", Anchor::Lits(&[350, 726, 1062, 1286, 2839, 2852, 4868, 4872, 4999, 6913, 10041, 10043, 12191, 12193, 13405, 13406, 13408, 13409, 13432, 13772, 13774, 14579, 14585])),
            (204, "override-everything-said-i18n", Anchor::Lits(&[348, 1326, 3285, 3286, 3287, 5764, 5765, 5766, 9928, 9929, 10029, 11880, 11925, 11926, 11941, 13545, 13546, 13547, 13548, 13549, 13550, 17210, 17211])),
            (205, "instructions-void-de", Anchor::Lits(&[633, 2518, 3790, 3791, 6754])),
            (206, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[24, 32, 33, 36, 37, 53, 54, 186, 187, 374, 375, 376, 377, 378, 379, 742, 2158, 2795, 2797, 3238, 3384, 6843, 13396, 13398, 13399, 13400, 13401, 13403, 13404, 14984, 14989, 14991, 14993, 15284, 15288, 15289, 15290, 15291]), Anchor::All(&[Anchor::Lits(&[672, 1289, 1325, 2792, 2794, 2796, 3455, 3456, 4459, 4461, 4462, 4653, 4655, 4657, 4792, 4793, 5345, 5346]), Anchor::Lits(&[9389, 12675, 14084, 14371, 17191])]), Anchor::All(&[Anchor::Lits(&[13037, 13051, 13052, 13053, 13085, 14988, 14990]), Anchor::Lits(&[671, 1288, 1324, 2793, 3454, 4460, 4654, 5344])]), Anchor::All(&[Anchor::Lits(&[3787]), Anchor::Lits(&[10781, 10782, 12804, 14964, 14965, 17215])])])),
            (208, "authority-waives-controls-i18n", Anchor::Lits(&[665, 666, 667, 668, 669, 1718, 2283, 2286, 2291, 4524, 4547, 4548, 5511])),
            (209, "persona-without-rules-i18n", Anchor::Lits(&[40, 55, 56, 132, 180, 183, 1251, 1633, 3167, 4237, 6705, 6824, 6908, 6909])),
            (210, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[1197, 1198, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1290, 1306, 1307, 5162, 5163, 7859]), Anchor::Lits(&[8527, 8550, 8576, 8577, 8741, 9631, 9633, 11250, 11301, 11353, 14373, 15232])])),
            (211, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[329, 1072, 1076, 1182, 1202, 1274, 1303, 1330, 1723, 1921, 3235, 3236, 3266, 3268, 3272, 3274, 3284, 3312, 3352, 3583, 3589, 4100, 4114, 4235, 4789, 4791, 4840, 5108, 5497, 5685, 5687, 6842, 6912, 6915, 7868, 7884, 7888]), Anchor::Lits(&[7963, 7964, 8356, 8860, 8882, 8883, 8884, 8885, 9108, 9130, 11051, 11387, 11388, 11406, 12312, 12751, 12926, 13038, 13413, 13414, 13551, 13553, 18210, 18211])]), Anchor::All(&[Anchor::Lits(&[7963, 7964, 8356, 8860, 8882, 8883, 8884, 8885, 9108, 9130, 11051, 11387, 11388, 11406, 12312, 12751, 12926, 13038, 13413, 13414, 13551, 13553, 18210, 18211]), Anchor::Lits(&[328, 1071, 1075, 1181, 1201, 1273, 1302, 1329, 1722, 1920, 3234, 3265, 3267, 3271, 3273, 3283, 3311, 3351, 3582, 3588, 4099, 4113, 4234, 4788, 4790, 4839, 5107, 5496, 5684, 5686, 6841, 6911, 6914, 7867, 7883, 7887]), Anchor::Lits(&[382, 958, 967, 986, 987, 1098, 1099, 1156, 1161, 2434, 2435, 2574, 3168, 3169, 3207, 3208, 3213, 3350, 3577, 3579, 4482, 4487, 4488, 4489, 5123, 5124, 5166, 5211, 5212, 5339, 5340, 6644, 6645, 6916, 6917, 7862, 7871, 7879, 7880])])])),
            (212, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[3219, 4621, 4622, 6816, 6817, 6818, 6819, 7316, 7870, 7872, 7873, 7874, 7881, 7882])),
            (213, "skip-approval-cjk", Anchor::Lits(&[18245, 18246, 18247, 18248, 18249, 18250, 18251, 18252, 18253, 18254, 18255, 18256, 18257, 18258, 18259, 18260, 18261, 18262, 18263])),
            (215, "admin-role-handed-out-i18n", Anchor::Any(&[Anchor::Lits(&[5003, 5004, 5005, 5010, 5011, 5012, 5013, 5014, 5015, 7373, 7374, 7375, 7376, 7377, 7378, 7379, 7380, 7381, 9641, 11010, 11034, 11036, 11050, 11295, 11296, 11469, 11480, 11608, 12398, 12399, 12677, 12678, 12680, 12681, 12683, 12685, 12688, 12800, 14609, 14611, 14613, 16813, 16815, 18204, 18205, 18235, 18237]), Anchor::All(&[Anchor::Lits(&[107, 4243, 5199, 6803]), Anchor::Lits(&[7989, 8622, 8623, 8634, 8644, 8734, 8735, 8738, 8739, 9005, 9011, 9509, 9510, 9511, 9816, 9817, 9918, 10437, 10780, 11297, 11298, 11299, 11313, 11849, 12513, 13517, 13518, 13831, 13832, 14379, 14380, 16074, 17214, 17309, 18217, 18225, 18231, 18232])]), Anchor::All(&[Anchor::Lits(&[9639, 9640, 11009, 11012, 11033, 11035, 11479, 11607, 12397, 12676, 12679, 12682, 12684, 12687, 14608, 14610, 14612, 16812, 16814, 18203, 18234, 18236]), Anchor::Lits(&[107, 4243, 5199, 6803])])])),
            (217, "control-weakened-i18n", Anchor::Any(&[Anchor::Lits(&[9973, 12488, 12490]), Anchor::All(&[Anchor::Lits(&[8190, 9133, 9844, 9924, 9925, 9926, 9927, 10068, 10703, 10704, 10719, 10765, 11493, 11627, 12488, 12490, 12673, 12799, 13410, 13994, 14479, 14480, 14596, 14604, 14767, 14819, 14820, 14821, 15011, 15012, 15892, 15893, 15894, 15999, 16732, 16772, 17189, 17228, 17758, 18193, 18198, 18216, 18228, 18239, 18240, 18241]), Anchor::Any(&[Anchor::Lits(&[1194, 7894, 7966, 7967, 7968, 7988, 7993, 8092, 8750, 8761, 8771, 8772, 8773, 8774, 8775, 8776, 8777, 8778, 8779, 8786, 8787, 9908, 9909, 10313, 10584, 10720, 11946, 12453, 12454, 12455, 12456, 12492, 12661, 12779, 12780, 12781, 12782, 12783, 12784, 12795, 12796, 12802, 12803, 12853, 13086, 13090, 13092, 14013, 14014, 14182, 14184, 14185, 14186, 14373, 14378, 14577, 14578, 14818, 14857, 16871, 16872, 17192, 17373, 18195, 18207, 18208, 18209, 18218, 18219, 18223, 18224, 18229, 18238]), Anchor::All(&[Anchor::Lits(&[14183]), Anchor::Lits(&[1195])])])])])),
            (219, "destructive-without-confirmation-i18n", Anchor::Lits(&[9009, 9010, 13046, 13526, 13527, 13528, 13529, 13530, 13531, 13578, 13579, 13580, 14985, 14986, 14987, 14992, 14994, 15135, 15136, 15137, 15138, 15139, 15158, 15159, 15160, 15285, 15286, 15287, 15292, 15293, 15679, 16000, 16002, 16005, 16007, 17260, 18199, 18200, 18201, 18202, 18212, 18213, 18214, 18226, 18227])),
            (224, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[2390, 2391, 2392, 9012, 9974, 12441, 12515, 12516, 12518, 12524, 12943, 13047, 16001, 16003, 16004, 16006, 16953, 16954, 16955, 16956, 17180, 17181, 17253, 17254, 17255])),
            (226, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[610, 611, 612, 616, 617, 1139, 2295, 2296, 2297, 2298, 2302, 2304, 4992, 4993, 4994, 4995, 4996, 5157, 5158, 5159, 5160, 5161, 6676, 9018, 9019, 9020, 9092, 9229, 10230, 10298, 10363, 10425, 10511, 10580, 11103, 11109, 11114, 13346, 13522, 14098, 15371, 15372, 15373, 15374, 15463, 15465, 15505, 15507, 15677, 15678, 16899, 17466, 17651, 17733]), Anchor::All(&[Anchor::Lits(&[11685, 11689, 11690, 11692]), Anchor::Lits(&[2183])])])),
            (227, "trust-raised-for-later", Anchor::Lits(&[234, 252, 255, 258, 259, 260, 261, 262, 356, 429, 439, 447, 661, 664, 1369, 1535, 1817, 1818, 2368, 2412, 2413, 2437, 2438, 2968, 2983, 3027, 3692, 3802, 3803, 3833, 3835, 3909, 4628, 4632, 4908, 4909, 5361, 5364, 5374, 5382, 5383, 5386, 7277, 7283, 7284, 7287, 16837, 16840, 16841, 16842])),
            (228, "admin-role-by-a-side-door", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4126, 9883, 9884, 11391, 11392, 11393, 11394, 11395, 14200]), Anchor::All(&[Anchor::Lits(&[107, 4243, 5199, 5717, 6803]), Anchor::Lits(&[8581, 8909, 8938, 11305, 11310, 12086, 12087, 12307, 14542, 14543])]), Anchor::All(&[Anchor::Lits(&[4421]), Anchor::Lits(&[7992, 8198, 8212, 8784, 10641, 10642, 10810, 10811, 10818, 12789, 13090, 14857, 15086, 15127, 17162]), Anchor::Lits(&[9213, 11317, 11389, 11482, 12695, 15165, 16828])]), Anchor::All(&[Anchor::Lits(&[14488, 14489, 14490, 14491, 14548, 14549, 14583, 14584, 14716, 14717]), Anchor::Lits(&[107, 4243, 5199])])]), Anchor::Lits(&[456, 691, 709, 928, 1213, 1214, 1215, 2293, 2306, 2315, 2367, 2408, 2802, 2803, 2977, 3365, 4629, 4812, 4813, 4814, 4837, 4838, 4849, 4850, 4874, 4875, 4942, 4943, 5229, 6682])])),
            (231, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[3068, 3069, 3070, 6989, 6991, 6993, 7462, 7468, 7475, 8361, 8365, 8366, 8367, 8368, 8370, 8371, 8372, 8373, 8374, 8375, 8376, 8377, 8378, 8379, 8380, 8385, 8715, 8716, 8717, 8718, 8719, 8720, 8721, 8722, 8723, 8724, 8725, 8726, 8727, 8728, 8729, 8730, 8731, 14629, 14630, 14631, 14632, 14633, 14634, 14635, 14636, 14637, 14638, 14639, 14640, 14641, 14642, 14643, 14644, 14645, 16019, 16021, 16025, 16030, 16031, 16032, 16036, 16038, 16043, 16045, 16054, 16055, 16056, 16062, 16064, 16065, 16067]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9919, 10174, 10213, 10243, 10248, 10273, 10277, 10282, 10284, 10293, 10441, 10494, 10524, 10530, 10555, 10559, 10564, 10566, 10575, 12458, 12461, 12465, 12467, 12470, 12471, 12479, 12481, 12483, 12487, 12586, 12810, 12812, 12815, 12816, 12818, 12819, 12825, 12827, 12829, 12831, 13101, 13138, 13164, 13168, 13191, 13195, 13200, 13203, 13212, 13590, 13593, 13597, 13598, 13601, 13602, 13609, 13611, 13613, 13617, 14242]), Anchor::All(&[Anchor::Lits(&[8359, 9292, 14626, 14706, 14997, 16018]), Anchor::Any(&[Anchor::Lits(&[12457, 13447, 13589, 17297, 17298, 17302, 17303, 17813, 17815, 17872, 17879]), Anchor::All(&[Anchor::Lits(&[10857, 10858, 10859, 10860, 10861, 10862, 10863, 10864, 10865, 10866, 10867, 10868, 10869, 10870, 10871, 10872, 10873, 10874, 10875, 10897, 10898, 10899, 10900, 10901, 10902, 10903, 10904, 10905, 10906, 10907, 10908, 10909, 10910, 10911, 10912, 10913, 10914, 10915, 10916, 10917, 10918, 10919, 10920, 10921, 10922, 10923, 10924, 10925, 10926, 10927, 10928, 10929, 10930, 10931, 10932, 10933, 10934, 12325, 12326, 12327, 12328, 12330, 12331, 12332, 12333, 12334, 12335, 12337, 12338, 12339, 12340, 12341, 12342, 12343, 12344, 12345, 12353, 12354, 12355, 12356, 12357, 12358, 12359, 12360, 12361, 12362, 12363, 12364, 12365, 12366, 12367, 12368, 12369, 12370, 12371, 12372, 12373, 12374, 12375, 12376, 12377, 12378, 12379, 12380, 12381, 12382, 12383, 12384, 12385, 12386, 12387, 12388, 12389, 12390, 16088, 16089, 16090, 16091, 16092, 16093, 16094, 16095, 16096, 16097, 16098, 16099, 16100, 16101, 16102, 16103, 16104, 16105, 16106, 16108, 16109, 16110, 16111, 16112, 16113, 16114, 16115, 16116, 16117, 16118, 16119, 16120, 16121, 16122, 16123, 16124, 16125, 16126, 16127, 16128, 16129, 16130, 16131, 16132, 16133, 16134, 16135, 16136, 16137, 16138, 16139, 16140, 16141, 16142, 16143, 16144, 16145, 16629, 16630, 16631, 16632, 16633, 16634, 16635, 16636, 16637, 16638, 16639, 16640, 16641, 16642, 16643, 16644, 16645, 16646, 16647, 16661, 16662, 16663, 16664, 16665, 16666, 16667, 16668, 16669, 16670, 16671, 16672, 16673, 16674, 16675, 16676, 16677, 16678, 16679, 16680, 16681, 16682, 16683, 16684, 16685, 16686, 16687, 16688, 16689, 16690, 16691, 16692, 16693, 16694, 16695, 16696, 16697, 16698]), Anchor::Lits(&[7903, 7904, 7905, 7906, 7907, 7908, 7911, 7914, 7915, 7916, 7917, 7919, 8192, 8199, 8201, 8204, 8205, 8206, 8207, 8208, 8209, 8210, 8211, 8213, 8326, 8329, 8330, 8331, 8332, 8333, 8336, 8337, 8338, 8339, 8340, 8341, 10860, 10861, 10862, 10864, 10866, 10867, 10869, 10870, 10871, 10872, 10873, 10875, 10900, 10901, 10902, 10904, 10906, 10907, 10909, 10910, 10911, 10912, 10913, 10915, 10919, 10920, 10921, 10923, 10925, 10926, 10928, 10929, 10930, 10931, 10932, 10934, 12328, 12330, 12331, 12333, 12335, 12337, 12339, 12340, 12341, 12342, 12343, 12345, 12356, 12357, 12358, 12360, 12362, 12363, 12365, 12366, 12367, 12368, 12369, 12371, 12375, 12376, 12377, 12379, 12381, 12382, 12384, 12385, 12386, 12387, 12388, 12390, 12460, 12462, 12464, 12469, 12472, 12473, 12475, 12477, 12478, 12480, 12482, 12484, 12811, 12813, 12814, 12817, 12820, 12821, 12822, 12823, 12824, 12826, 12828, 12830, 13592, 13594, 13596, 13600, 13603, 13604, 13606, 13607, 13608, 13610, 13612, 13614, 15268, 15269, 15270, 15271, 15272, 15273, 15274, 15275, 15276, 15277, 15278, 15279, 16091, 16092, 16093, 16095, 16097, 16098, 16100, 16101, 16102, 16103, 16104, 16106, 16111, 16112, 16113, 16115, 16117, 16118, 16120, 16121, 16122, 16123, 16124, 16126, 16130, 16131, 16132, 16134, 16136, 16137, 16139, 16140, 16141, 16142, 16143, 16145, 16632, 16633, 16634, 16636, 16638, 16639, 16641, 16642, 16643, 16644, 16645, 16647, 16664, 16665, 16666, 16668, 16670, 16671, 16673, 16674, 16675, 16676, 16677, 16679, 16683, 16684, 16685, 16687, 16689, 16690, 16692, 16693, 16694, 16695, 16696, 16698])])])])]), Anchor::Lits(&[345, 961, 1222, 1366, 1380, 1394, 1399, 1421, 1423, 1434, 1437, 1532, 1547, 1561, 1566, 1595, 1597, 1608, 1611, 3174, 3175, 3178, 3179, 3181, 3182, 3184, 3185, 3186, 3290, 3511, 3512, 3513, 3514, 3515, 3516, 3517, 3518, 3519, 3688, 3701, 3716, 3721, 3752, 3754, 3765, 3768, 4179, 4180, 4183, 4184, 4186, 4187, 4188, 4189, 4190, 4646, 4903, 4937, 5139, 5773]), Anchor::Lits(&[567, 941, 1700, 2810, 3346, 4776, 6925, 6927, 7317])])])),
            (232, "made-to-look-routine", Anchor::Lits(&[9158, 9159, 9160, 9161, 9162, 9163, 9164, 9165, 9166, 9167, 9168, 9169, 9170, 9171, 11476, 11477, 11478, 13155, 13453, 13454, 13936, 13937, 13938, 13939, 13940, 13941, 13942, 13943, 13945, 13946, 13947, 13948, 13949, 13950, 13951, 13952, 13953, 13954, 13955, 13956, 13957, 13958, 13959, 13960, 13961, 13962, 13963, 13964, 13965, 13966, 13967, 13968, 13969, 13970, 13971, 13972, 13973, 13974, 13975, 13976, 15463, 15465, 15468, 15472, 15488, 15570, 15579, 15668, 17273, 17274, 17275, 17277, 17280, 17281, 17282, 17283, 17284, 17285, 17286, 17287, 17288, 17290, 17291, 17292, 17293, 17294, 17310, 17313, 17314, 17315, 17316, 17317, 17318, 17319, 17320, 17321])),
            (233, "own-action-left-out", Anchor::Lits(&[61, 3977, 5154, 5337, 5932, 7066])),
            (234, "disguised-by-a-bland-label", Anchor::Any(&[Anchor::Lits(&[9775, 9776, 9777, 9778, 9779, 9780, 9862, 9863, 9864, 9865, 9866, 9867, 11038, 11039, 11040, 11041, 11042, 11043, 11044, 11045, 11046, 11047, 11048, 11049, 12493, 12497, 12498, 12499, 12503, 12504, 12505, 12506, 12857, 12858, 12859, 12860, 12861, 12862]), Anchor::All(&[Anchor::Lits(&[301, 309, 310, 311, 312, 314, 315, 316, 318, 320, 321, 322, 325, 5408, 5415, 5416, 5417, 5418, 5419, 5421, 5423, 5425, 5426, 5431, 5436, 5437, 5438, 5439, 5440, 5442, 5444, 5446, 5447, 5448, 5449, 5450, 5452, 5453, 5454, 5917, 5918, 5919, 5920, 5921, 5922, 5923, 5924, 5925, 5926, 5927, 5928, 5929, 6342, 6343, 6344, 6345, 6346, 6347, 6348, 6349, 6350, 6351, 6352, 6353, 6354, 6428, 6429, 6430, 6431, 6432, 6433, 6434, 6435, 6436, 6437, 6438, 6439, 6440]), Anchor::Lits(&[9016, 9032, 9774, 9861, 10616, 11037, 11208, 11304, 11496, 12147, 12148, 12856, 13095, 13411, 13801, 14856, 16993, 17193])])])),
            (235, "risky-step-left-out-of-the-record", Anchor::Any(&[Anchor::Lits(&[1470, 1473, 1475, 1476, 1477, 1479, 1480, 1510, 1513, 1515, 1516, 1517, 1519, 1520, 2428, 2429, 2430, 2458, 2459, 2460, 3593, 3596, 3598, 3599, 3600, 3602, 3603, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3641, 3646, 3648, 3649, 3650, 3654, 3655, 3662, 3665, 3667, 3668, 3669, 3671, 3672, 3675, 3676, 3677, 3679, 3680, 3681, 5307, 5310, 5312, 5313, 5314, 5316, 5317, 5321, 5324, 5326, 5327, 5328, 5330, 5331, 7135, 7136, 7137, 7142, 7148, 7150, 7152, 7154, 7161, 7163, 7322, 7328, 7330, 7332, 7334, 7341, 7343, 10173, 10195, 10197, 10198, 10206, 10211, 10217, 10219, 10224, 10226, 10238, 10244, 10246, 10249, 10258, 10267, 10270, 10271, 10272, 10301, 10440, 10475, 10477, 10478, 10486, 10492, 10498, 10500, 10505, 10507, 10519, 10525, 10527, 10531, 10540, 10549, 10552, 10553, 10554, 10583, 13100, 13120, 13122, 13123, 13130, 13136, 13142, 13144, 13147, 13149, 13159, 13165, 13167, 13169, 13178, 13184, 13187, 13188, 13190, 13218, 13291, 13294, 13295, 13299, 13300, 13302, 13303, 13306, 13307, 13309, 13310, 13311, 13313, 13314, 13319, 13758, 13759, 13760, 13761, 13762, 13763]), Anchor::All(&[Anchor::Lits(&[12556]), Anchor::Lits(&[3986, 4250])])])),
            (236, "governance-skipped", Anchor::Any(&[Anchor::Lits(&[123, 124, 125, 126, 127, 128, 129, 332, 333, 334, 337, 339, 341, 342, 528, 529, 530, 531, 561, 562, 563, 564, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3779, 3780, 3781, 3782, 3783, 3784, 3785, 5806, 5807, 5826, 5827, 11368]), Anchor::All(&[Anchor::Lits(&[9132, 9214, 9216, 9217, 11365, 16262]), Anchor::Lits(&[8861, 9110, 10171, 10438, 11337, 13098, 13289, 15235, 15300, 17570])]), Anchor::All(&[Anchor::Lits(&[8528, 9220, 11372, 15237, 15251, 16715]), Anchor::Lits(&[1401, 1568, 3795, 7274])])])),
            (237, "recovery-prevented", Anchor::Any(&[Anchor::Lits(&[1401, 1568, 3798, 3887, 3890, 3892, 5420, 5422, 5424, 5441, 5443, 5445, 7153, 7333, 11013, 11014, 11015, 11016, 11017, 11018, 11019, 11020, 11021, 11022, 11023, 11024, 11025, 11026, 11027, 11028, 11029, 11030, 11031, 11032, 12319, 12320, 12321, 12322, 12323, 12336, 12346, 12349, 12391, 12392, 13320, 13321, 13322, 13323, 13325, 13333, 13334, 13337, 13342, 13344, 13368, 13369, 13370, 13371, 13373, 13382, 13383, 13387, 13392, 13394, 13448, 13449, 13450, 13451, 13452, 13455, 13456, 13457, 13458, 13459, 16275, 16276, 16277, 16278, 16279, 16280, 16281, 16282, 16283, 16284, 16395, 16396, 16397, 16398, 16399, 16400, 16401, 16402, 16403, 16404, 16425, 16426, 16427, 16428, 16429, 16430, 16431, 16432, 16433, 16434, 16500, 16501, 16502, 16503, 16504, 16505, 16506, 16507, 16508, 16509, 16535, 16536, 16537, 16538, 16540, 16562, 16563, 16564, 16570, 16572, 16721, 16722, 16723, 16724, 16725, 16726, 16727, 16728, 16729, 16730, 16934, 16935, 16936, 16937, 16938, 16939, 16940, 16941, 16942, 16943]), Anchor::All(&[Anchor::Lits(&[14765, 16720]), Anchor::Lits(&[1217, 1629, 4740, 6702, 7168]), Anchor::Lits(&[1, 7845])]), Anchor::All(&[Anchor::Lits(&[14765, 16720]), Anchor::Lits(&[1217, 1629, 4740, 6702, 7168]), Anchor::Lits(&[1, 7845])]), Anchor::All(&[Anchor::Lits(&[4983, 6239]), Anchor::Lits(&[1217, 1629, 4740, 6702, 7168]), Anchor::Lits(&[1, 7845])]), Anchor::All(&[Anchor::Lits(&[3635, 3659, 4916]), Anchor::Lits(&[680, 5399])])])),
            (238, "payload-run-unseen", Anchor::Any(&[Anchor::Lits(&[8635, 8636, 8637, 8638, 8639, 8640, 8641, 8642, 9395, 9396, 9397, 9398, 9399, 9400, 9401, 9402, 9500, 9501, 9502, 9503, 9504, 9505, 9506, 9507, 9853, 9854, 9855, 9856, 9857, 9858, 9859, 9860, 9871, 9872, 9873, 9874, 9875, 9876, 9877, 9878, 11069, 11070, 11071, 11072, 11073, 11074, 11075, 11076, 12445, 12446, 12447, 12448, 12449, 12450, 12451, 12452, 14099, 14100, 14101, 14102, 14103, 14104, 14105, 14106, 14107, 14108, 14109, 14110, 14111, 14112, 14113, 14114, 14755, 14756, 14757, 14758, 14759, 14760, 14761, 14762, 14774, 14775, 14776, 14777, 14778, 14779, 14780, 14781, 16900, 16901, 16910, 16914, 16917, 16918, 16919, 16920, 17006, 17007, 17008, 17009, 17010, 17011, 17012, 17013]), Anchor::All(&[Anchor::Lits(&[8510, 8511, 8513, 8516, 8518, 8519, 8521, 8523, 10800, 10801, 10802, 10803, 10804, 10805, 10806, 10807, 10967, 10968, 10970, 10973, 10975, 10976, 10978, 10980, 14908, 14909, 14911, 14914, 14916, 14917, 14919, 14921]), Anchor::Lits(&[577, 1029, 1210, 1212, 1230, 3173, 4990, 6752, 6771])]), Anchor::All(&[Anchor::Lits(&[959, 2159, 2407, 4469, 4556, 5204, 5400, 5600]), Anchor::Lits(&[300, 304, 308, 319, 6065, 6068, 6072, 6074])])])),
            (239, "audit-record-rigged", Anchor::Any(&[Anchor::Lits(&[15424, 15427, 15428, 15463, 15465, 15472, 15474, 15486, 15487, 15491, 15494, 15495, 15505, 15507, 15513, 15515, 15527, 15528, 15542, 15543, 15544, 15550, 15551, 15552, 15566, 15569, 15571, 15577, 15578, 15580]), Anchor::All(&[Anchor::Lits(&[83, 85, 115, 609, 3341, 4773, 5189]), Anchor::Lits(&[1629, 1772, 1773, 1901, 1903, 1905, 2515, 2517, 2578, 4117, 4889, 5359, 5677]), Anchor::Lits(&[802, 803, 804, 806, 807, 816, 817, 818, 2021, 2030, 2041, 2047, 2049, 2075, 2078, 2098, 2191, 2192, 2196, 2199, 2200, 2226, 2236, 2237, 3960, 3961, 3962, 3963, 3964, 3971, 3974, 3975])]), Anchor::All(&[Anchor::Lits(&[2184, 2186, 2197, 2198, 2201, 2202, 2203, 2205, 2208, 2224, 2225, 2229, 2230, 2231]), Anchor::Lits(&[9508, 11640, 11682, 11694])])])),
            (240, "passed-off-as-ordinary", Anchor::Any(&[Anchor::Lits(&[391, 969, 1916, 2410, 2809, 3269, 3270, 3345, 3899, 4095, 4096, 4241, 4815, 5031, 5203, 5519]), Anchor::All(&[Anchor::Lits(&[828, 831, 834, 835, 837, 1241, 1243, 1245, 1246, 1248, 1624, 1625, 1626, 1627, 1628, 2160, 2162, 2164, 2165, 2167, 3222, 3224, 3226, 3227, 3229, 3628, 3629, 3630, 3631, 3632, 4470, 4471, 4472, 4473, 4474, 4637, 4639, 4641, 4642, 4644, 4854, 4855, 4856, 4857, 4858]), Anchor::Lits(&[292, 680, 970, 1305, 1623, 2491, 2535, 3363, 3538, 3566, 4516, 5030, 5772])])])),
            (242, "new-operating-rules-declared", Anchor::Lits(&[3796, 3797, 3803, 3813, 3816, 3817, 3871, 3872, 3882, 3883, 3888])),
            (243, "earlier-rules-declared-lapsed", Anchor::Lits(&[1641, 1642, 1643, 1644, 1645, 1647, 1649, 1650, 1651, 2142, 2143, 2144, 2145, 2146, 2148, 2149, 2150, 2151, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4110, 4659, 4660, 4661, 4662, 4663, 4666, 4668, 4669, 4670, 4676, 4677, 4678, 4679, 4680, 4682, 4684, 4685, 4686])),
            (244, "persona-careless-of-rules", Anchor::Lits(&[3800, 3807, 3812, 3814, 3816, 3869, 3870, 3881, 3882, 3893, 5810, 5814, 5816, 5817, 5821, 5822, 5823, 5824, 5825, 5828, 5856, 5893, 5905, 5930, 5931, 7069, 7073, 7074, 7075, 7079, 7080, 7081, 7082, 7083, 7084, 7087, 7090, 7096, 7104, 7105, 7111, 7112, 7113, 7114, 7115, 7116, 7117, 7118, 7119, 7120, 7121, 7122, 7123, 7124, 7125, 7280, 7289, 7292, 7294, 7296, 7298, 7299, 7301, 7303, 7315, 11877])),
            (245, "word-redefined-as-a-command", Anchor::All(&[Anchor::Lits(&[2194, 2493, 2576, 3276, 3278, 3279, 5981, 5982, 5996, 6021, 7061, 7062, 7064, 7065, 7347]), Anchor::Any(&[Anchor::Lits(&[9891, 9894, 9895, 9897, 10592, 10597, 10598, 10599, 10600, 10607, 10608, 10609, 14808, 16857]), Anchor::All(&[Anchor::Lits(&[11390]), Anchor::Lits(&[107, 219, 4243, 4428, 5199, 5717])]), Anchor::All(&[Anchor::Lits(&[10047]), Anchor::Lits(&[8741, 9278, 11407, 12784, 12853, 14135])]), Anchor::All(&[Anchor::Lits(&[17015]), Anchor::Lits(&[14135])]), Anchor::All(&[Anchor::Lits(&[2839, 5039]), Anchor::Lits(&[11883])])])])),
            (246, "risky-action-misdescribed", Anchor::Any(&[Anchor::Lits(&[829, 832, 836, 838, 1242, 1244, 1247, 1249, 2161, 2163, 2166, 2168, 3223, 3225, 3228, 3230, 4638, 4640, 4643, 4645, 10205, 10210, 10212, 10216, 10223, 10248, 10257, 10261, 10287, 10288, 10485, 10491, 10493, 10497, 10504, 10530, 10539, 10543, 10569, 10570, 13129, 13135, 13137, 13141, 13146, 13168, 13177, 13181, 13206, 13207, 17612, 17618, 17619, 17622, 17626, 17658, 17667, 17670, 17699, 17700]), Anchor::All(&[Anchor::Lits(&[2670, 2671, 2672, 2673, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2703, 2707, 2710, 2719, 2720, 2723, 2726, 2729, 2730, 2731, 2732, 2733, 2735, 2736, 2738, 2748, 2749, 2751, 2759, 2760, 2761, 2763, 2764, 2765, 2766, 2767, 2768, 2772, 2773, 2775, 6456, 6457, 6458, 6462, 6463, 6464, 6466, 6467, 6468, 6469, 6470, 6471, 6474, 6475, 6476, 6510, 6517, 6521, 6535, 6540, 6543, 6547, 6551, 6552, 6553, 6555, 6556, 6559, 6560, 6561, 6627, 6628, 6629, 6630, 6631, 6632, 6633, 6634, 6635, 6636, 6637, 6638, 6639, 6640, 6641]), Anchor::Lits(&[9138, 9141, 9142, 9148, 9149, 9150, 9151, 9250, 9251, 9252, 9253, 9254, 9255, 9256, 9257, 9258, 9259, 9260, 9261, 9262, 9263, 9930, 9931, 9932, 9933, 9934, 9935, 9936, 10322, 10323, 10324, 10325, 10326, 10327, 10328, 11233, 11234, 11235, 11236, 11237, 11238, 11239, 12527, 12531, 12532, 12536, 12537, 12538, 12540, 13039, 13040, 13041, 13042, 13043, 13044, 13045, 13922, 13923, 13924, 13925, 13926, 13927, 13928, 14234, 14235, 14236, 14237, 14238, 14239, 14240, 14552, 14553, 14554, 14555, 14556, 14557, 14558, 14649, 14651, 14652, 14653, 14654, 14655, 14656, 15847, 15848, 15849, 15850, 15851, 15852, 15853, 15859, 15860, 15861, 15862, 15863, 15864, 15865, 16733, 16734, 16735, 16736, 16737, 16738, 16739]), Anchor::Lits(&[491])])])),
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
\x0arequired\
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
\x20=>\
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
\x20qui\x09\
\x20qui \
\x20reading this\
\x20required\
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
](\
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
print\
priority\x09\
priority \
priority,\
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
resize\
resolve\
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
            ends: &[2, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 48, 60, 72, 86, 95, 117, 126, 137, 161, 177, 183, 196, 212, 221, 238, 254, 256, 259, 262, 265, 268, 271, 274, 276, 278, 280, 282, 290, 297, 304, 310, 313, 320, 327, 336, 344, 352, 360, 368, 376, 384, 394, 405, 416, 420, 427, 432, 437, 444, 452, 460, 467, 472, 477, 483, 489, 495, 501, 506, 511, 522, 527, 532, 538, 544, 554, 563, 569, 575, 588, 597, 606, 611, 616, 621, 626, 631, 636, 657, 673, 689, 694, 698, 705, 712, 720, 741, 746, 751, 754, 762, 772, 778, 790, 804, 827, 833, 840, 847, 854, 861, 868, 875, 881, 887, 890, 892, 900, 905, 917, 922, 931, 938, 942, 953, 957, 962, 966, 974, 984, 991, 1005, 1012, 1023, 1031, 1039, 1048, 1054, 1061, 1066, 1072, 1078, 1084, 1090, 1096, 1102, 1110, 1119, 1128, 1137, 1146, 1155, 1164, 1173, 1183, 1193, 1203, 1213, 1223, 1233, 1238, 1244, 1256, 1261, 1268, 1277, 1287, 1291, 1296, 1302, 1308, 1314, 1320, 1326, 1332, 1340, 1345, 1350, 1355, 1360, 1365, 1370, 1379, 1387, 1394, 1402, 1409, 1414, 1419, 1424, 1429, 1435, 1442, 1449, 1456, 1463, 1470, 1477, 1484, 1490, 1497, 1505, 1513, 1521, 1529, 1537, 1545, 1550, 1555, 1560, 1566, 1581, 1586, 1591, 1603, 1610, 1625, 1633, 1641, 1657, 1672, 1677, 1683, 1689, 1692, 1696, 1700, 1704, 1708, 1712, 1716, 1721, 1733, 1747, 1759, 1767, 1771, 1779, 1787, 1795, 1802, 1809, 1814, 1819, 1825, 1831, 1836, 1841, 1846, 1851, 1856, 1861, 1866, 1868, 1870, 1873, 1876, 1879, 1882, 1885, 1888, 1891, 1894, 1897, 1900, 1903, 1906, 1909, 1917, 1929, 1941, 1955, 1964, 1986, 1995, 2006, 2030, 2046, 2052, 2065, 2081, 2090, 2107, 2123, 2125, 2128, 2131, 2134, 2137, 2140, 2143, 2145, 2147, 2150, 2152, 2154, 2163, 2172, 2180, 2187, 2194, 2200, 2203, 2210, 2217, 2225, 2234, 2242, 2250, 2258, 2266, 2274, 2282, 2292, 2303, 2325, 2336, 2340, 2347, 2354, 2362, 2370, 2377, 2383, 2389, 2395, 2401, 2412, 2418, 2424, 2434, 2443, 2449, 2455, 2468, 2477, 2486, 2491, 2496, 2501, 2506, 2511, 2516, 2521, 2542, 2558, 2574, 2579, 2583, 2590, 2597, 2605, 2626, 2631, 2636, 2639, 2647, 2657, 2661, 2665, 2671, 2683, 2706, 2712, 2718, 2721, 2725, 2731, 2738, 2745, 2752, 2759, 2766, 2773, 2776, 2778, 2786, 2791, 2803, 2808, 2817, 2824, 2828, 2839, 2843, 2848, 2852, 2860, 2870, 2877, 2891, 2898, 2909, 2917, 2925, 2931, 2938, 2943, 2949, 2955, 2961, 2967, 2973, 2979, 2987, 2996, 3005, 3014, 3023, 3032, 3041, 3048, 3057, 3067, 3077, 3087, 3097, 3107, 3117, 3132, 3137, 3141, 3153, 3156, 3160, 3164, 3168, 3171, 3175, 3179, 3184, 3191, 3196, 3205, 3209, 3214, 3220, 3226, 3232, 3238, 3244, 3250, 3258, 3274, 3279, 3284, 3289, 3294, 3299, 3304, 3313, 3321, 3328, 3335, 3344, 3353, 3357, 3363, 3368, 3373, 3380, 3395, 3402, 3409, 3416, 3423, 3430, 3437, 3443, 3450, 3458, 3466, 3474, 3482, 3490, 3498, 3503, 3509, 3524, 3529, 3534, 3546, 3553, 3568, 3576, 3584, 3600, 3615, 3620, 3623, 3627, 3631, 3635, 3639, 3643, 3647, 3652, 3664, 3678, 3690, 3697, 3704, 3707, 3711, 3716, 3722, 3730, 3732, 3734, 3737, 3740, 3743, 3746, 3749, 3752, 3755, 3758, 3761, 3764, 3767, 3770, 3778, 3790, 3802, 3816, 3825, 3847, 3856, 3867, 3891, 3907, 3913, 3926, 3942, 3951, 3968, 3984, 3986, 3989, 3992, 3995, 3998, 4001, 4004, 4006, 4008, 4010, 4012, 4020, 4027, 4034, 4040, 4043, 4050, 4057, 4066, 4074, 4082, 4090, 4098, 4106, 4114, 4124, 4135, 4146, 4150, 4157, 4164, 4172, 4180, 4187, 4193, 4199, 4205, 4211, 4222, 4228, 4234, 4244, 4253, 4259, 4265, 4278, 4287, 4296, 4301, 4306, 4311, 4316, 4321, 4326, 4347, 4363, 4379, 4384, 4388, 4395, 4402, 4410, 4431, 4436, 4441, 4444, 4452, 4462, 4468, 4480, 4503, 4509, 4516, 4523, 4530, 4537, 4544, 4551, 4554, 4556, 4564, 4569, 4581, 4586, 4595, 4602, 4606, 4617, 4621, 4626, 4630, 4638, 4648, 4655, 4669, 4676, 4687, 4695, 4703, 4709, 4716, 4721, 4727, 4733, 4739, 4745, 4751, 4757, 4765, 4774, 4783, 4792, 4801, 4810, 4819, 4828, 4838, 4848, 4858, 4868, 4878, 4888, 4893, 4905, 4910, 4917, 4926, 4930, 4935, 4941, 4947, 4953, 4959, 4965, 4971, 4979, 4984, 4989, 4994, 4999, 5004, 5009, 5018, 5026, 5033, 5040, 5046, 5053, 5060, 5067, 5074, 5081, 5088, 5095, 5101, 5108, 5116, 5124, 5132, 5140, 5148, 5156, 5161, 5167, 5182, 5187, 5192, 5204, 5211, 5226, 5234, 5242, 5258, 5273, 5278, 5281, 5285, 5289, 5293, 5297, 5301, 5305, 5310, 5322, 5336, 5348, 5352, 5360, 5362, 5364, 5367, 5370, 5373, 5376, 5379, 5382, 5385, 5388, 5391, 5394, 5397, 5400, 5408, 5420, 5432, 5446, 5455, 5477, 5486, 5497, 5521, 5537, 5543, 5556, 5572, 5581, 5598, 5614, 5616, 5619, 5622, 5625, 5628, 5631, 5634, 5636, 5638, 5640, 5642, 5650, 5657, 5664, 5670, 5673, 5680, 5687, 5696, 5704, 5712, 5720, 5728, 5736, 5744, 5754, 5765, 5776, 5780, 5787, 5794, 5802, 5810, 5817, 5823, 5829, 5835, 5841, 5852, 5858, 5864, 5874, 5883, 5889, 5895, 5908, 5917, 5926, 5931, 5936, 5941, 5946, 5951, 5956, 5977, 5993, 6009, 6014, 6018, 6025, 6032, 6040, 6061, 6066, 6071, 6074, 6082, 6092, 6098, 6110, 6133, 6139, 6146, 6153, 6160, 6167, 6174, 6181, 6184, 6186, 6194, 6199, 6211, 6216, 6225, 6232, 6236, 6247, 6251, 6256, 6260, 6268, 6278, 6285, 6299, 6306, 6317, 6325, 6333, 6339, 6346, 6351, 6357, 6363, 6369, 6375, 6381, 6387, 6395, 6404, 6413, 6422, 6431, 6440, 6449, 6458, 6468, 6478, 6488, 6498, 6508, 6518, 6523, 6535, 6540, 6547, 6556, 6560, 6565, 6571, 6577, 6583, 6589, 6595, 6601, 6609, 6614, 6619, 6624, 6629, 6634, 6639, 6648, 6656, 6663, 6670, 6676, 6683, 6690, 6697, 6704, 6711, 6718, 6725, 6731, 6738, 6746, 6754, 6762, 6770, 6778, 6786, 6791, 6797, 6812, 6817, 6822, 6834, 6841, 6856, 6864, 6872, 6888, 6903, 6908, 6911, 6915, 6919, 6923, 6927, 6931, 6935, 6940, 6952, 6966, 6978, 6982, 6990, 6992, 6994, 6997, 7000, 7003, 7006, 7009, 7012, 7015, 7018, 7021, 7024, 7027, 7030, 7038, 7050, 7062, 7076, 7085, 7107, 7116, 7127, 7151, 7167, 7173, 7186, 7202, 7211, 7228, 7244, 7246, 7249, 7252, 7255, 7258, 7261, 7264, 7266, 7268, 7270, 7272, 7280, 7287, 7294, 7300, 7303, 7310, 7317, 7326, 7334, 7342, 7350, 7358, 7366, 7374, 7384, 7395, 7406, 7410, 7417, 7424, 7432, 7440, 7447, 7453, 7459, 7465, 7471, 7482, 7488, 7494, 7504, 7513, 7519, 7525, 7538, 7547, 7556, 7561, 7566, 7571, 7576, 7581, 7586, 7607, 7623, 7639, 7644, 7648, 7655, 7662, 7670, 7691, 7696, 7701, 7704, 7712, 7722, 7728, 7740, 7763, 7769, 7776, 7783, 7790, 7797, 7804, 7811, 7814, 7816, 7824, 7829, 7841, 7846, 7855, 7862, 7866, 7877, 7881, 7886, 7890, 7898, 7908, 7915, 7929, 7936, 7947, 7955, 7963, 7969, 7976, 7981, 7987, 7993, 7999, 8005, 8011, 8017, 8025, 8034, 8043, 8052, 8061, 8070, 8079, 8088, 8098, 8108, 8118, 8128, 8138, 8148, 8153, 8165, 8170, 8177, 8186, 8190, 8195, 8201, 8207, 8213, 8219, 8225, 8231, 8239, 8244, 8249, 8254, 8259, 8264, 8269, 8278, 8286, 8293, 8300, 8306, 8313, 8320, 8327, 8334, 8341, 8348, 8355, 8361, 8368, 8376, 8384, 8392, 8400, 8408, 8416, 8421, 8427, 8442, 8447, 8452, 8464, 8471, 8486, 8494, 8502, 8518, 8533, 8538, 8541, 8545, 8549, 8553, 8557, 8561, 8565, 8570, 8582, 8596, 8608, 8612, 8620, 8622, 8624, 8627, 8630, 8633, 8636, 8639, 8642, 8645, 8648, 8651, 8654, 8657, 8660, 8663, 8671, 8683, 8695, 8709, 8718, 8740, 8749, 8760, 8784, 8800, 8806, 8819, 8835, 8844, 8861, 8877, 8879, 8882, 8885, 8888, 8891, 8894, 8897, 8899, 8901, 8904, 8906, 8908, 8917, 8926, 8934, 8941, 8948, 8954, 8957, 8964, 8971, 8978, 8992, 9000, 9009, 9017, 9025, 9033, 9041, 9049, 9057, 9067, 9078, 9100, 9111, 9115, 9122, 9132, 9140, 9145, 9150, 9157, 9165, 9174, 9181, 9189, 9204, 9212, 9219, 9224, 9229, 9235, 9241, 9247, 9253, 9258, 9263, 9274, 9279, 9284, 9290, 9296, 9306, 9317, 9328, 9337, 9343, 9349, 9362, 9371, 9380, 9389, 9395, 9402, 9407, 9412, 9417, 9422, 9427, 9432, 9437, 9458, 9474, 9490, 9495, 9499, 9510, 9521, 9528, 9535, 9543, 9564, 9569, 9574, 9579, 9582, 9590, 9600, 9604, 9608, 9614, 9626, 9639, 9653, 9676, 9682, 9688, 9691, 9695, 9701, 9708, 9715, 9722, 9729, 9736, 9743, 9749, 9755, 9758, 9760, 9768, 9773, 9785, 9790, 9799, 9806, 9810, 9821, 9825, 9830, 9834, 9842, 9846, 9856, 9863, 9877, 9884, 9895, 9903, 9911, 9920, 9926, 9933, 9938, 9944, 9950, 9956, 9962, 9968, 9974, 9982, 9991, 10000, 10009, 10018, 10027, 10036, 10043, 10052, 10062, 10072, 10082, 10092, 10102, 10112, 10127, 10132, 10138, 10146, 10150, 10162, 10165, 10169, 10173, 10177, 10180, 10184, 10188, 10193, 10200, 10205, 10214, 10224, 10228, 10233, 10239, 10245, 10251, 10257, 10263, 10269, 10280, 10292, 10300, 10316, 10323, 10328, 10333, 10338, 10343, 10348, 10353, 10362, 10369, 10377, 10385, 10392, 10400, 10408, 10415, 10420, 10425, 10430, 10435, 10448, 10457, 10470, 10479, 10483, 10489, 10494, 10499, 10505, 10516, 10523, 10538, 10547, 10557, 10564, 10571, 10578, 10585, 10592, 10599, 10605, 10612, 10620, 10628, 10636, 10644, 10652, 10660, 10665, 10670, 10675, 10681, 10696, 10701, 10706, 10718, 10725, 10738, 10753, 10761, 10769, 10785, 10800, 10805, 10811, 10817, 10828, 10846, 10849, 10853, 10857, 10861, 10865, 10869, 10873, 10878, 10890, 10904, 10916, 10923, 10930, 10933, 10941, 10945, 10950, 10956, 10964, 10972, 10980, 10987, 10994, 10999, 11004, 11010, 11016, 11021, 11026, 11031, 11036, 11041, 11046, 11051, 11052, 11054, 11057, 11060, 11070, 11080, 11090, 11097, 11105, 11114, 11115, 11117, 11119, 11125, 11128, 11138, 11142, 11149, 11157, 11164, 11174, 11178, 11182, 11195, 11208, 11221, 11225, 11231, 11243, 11255, 11267, 11274, 11277, 11280, 11283, 11284, 11286, 11288, 11290, 11292, 11294, 11296, 11298, 11301, 11304, 11308, 11312, 11322, 11325, 11330, 11335, 11340, 11345, 11350, 11355, 11358, 11361, 11365, 11369, 11373, 11377, 11381, 11385, 11390, 11395, 11400, 11401, 11403, 11404, 11406, 11409, 11412, 11413, 11416, 11424, 11434, 11446, 11453, 11454, 11456, 11458, 11460, 11462, 11464, 11466, 11468, 11475, 11479, 11490, 11501, 11506, 11515, 11523, 11532, 11540, 11554, 11572, 11587, 11605, 11620, 11639, 11655, 11672, 11690, 11700, 11705, 11715, 11720, 11727, 11737, 11747, 11758, 11770, 11783, 11794, 11806, 11818, 11830, 11842, 11854, 11866, 11881, 11893, 11905, 11916, 11924, 11938, 11952, 11966, 11980, 11994, 12008, 12014, 12016, 12019, 12021, 12023, 12026, 12029, 12032, 12035, 12038, 12041, 12044, 12047, 12052, 12057, 12062, 12064, 12066, 12068, 12070, 12072, 12074, 12076, 12078, 12080, 12082, 12085, 12087, 12094, 12098, 12109, 12114, 12122, 12131, 12139, 12144, 12149, 12156, 12158, 12165, 12169, 12180, 12185, 12193, 12202, 12210, 12215, 12220, 12227, 12230, 12233, 12236, 12239, 12241, 12244, 12247, 12250, 12252, 12254, 12263, 12265, 12271, 12272, 12274, 12278, 12282, 12286, 12287, 12289, 12292, 12293, 12295, 12296, 12298, 12299, 12301, 12302, 12304, 12305, 12307, 12308, 12310, 12311, 12313, 12314, 12317, 12320, 12321, 12323, 12325, 12327, 12329, 12331, 12333, 12336, 12339, 12342, 12345, 12348, 12351, 12359, 12367, 12375, 12383, 12391, 12399, 12407, 12419, 12431, 12443, 12455, 12467, 12479, 12491, 12503, 12515, 12527, 12539, 12551, 12563, 12575, 12589, 12603, 12617, 12631, 12645, 12659, 12673, 12682, 12691, 12700, 12709, 12718, 12727, 12736, 12758, 12780, 12802, 12824, 12846, 12868, 12890, 12899, 12908, 12917, 12926, 12935, 12944, 12953, 12964, 12975, 12986, 12997, 13008, 13019, 13030, 13054, 13078, 13102, 13126, 13150, 13174, 13198, 13202, 13218, 13234, 13250, 13266, 13282, 13298, 13314, 13320, 13326, 13332, 13338, 13344, 13350, 13356, 13369, 13382, 13395, 13408, 13421, 13434, 13447, 13456, 13465, 13474, 13483, 13492, 13501, 13517, 13533, 13549, 13565, 13581, 13597, 13613, 13622, 13639, 13656, 13673, 13690, 13707, 13724, 13741, 13757, 13773, 13789, 13805, 13821, 13837, 13853, 13855, 13862, 13869, 13876, 13883, 13890, 13897, 13904, 13907, 13916, 13927, 13938, 13949, 13960, 13971, 13982, 13993, 14004, 14015, 14026, 14037, 14048, 14059, 14070, 14083, 14096, 14109, 14122, 14135, 14148, 14161, 14182, 14198, 14214, 14222, 14230, 14238, 14246, 14254, 14262, 14270, 14291, 14312, 14333, 14354, 14375, 14396, 14417, 14425, 14433, 14441, 14449, 14457, 14465, 14473, 14483, 14493, 14503, 14513, 14523, 14533, 14543, 14547, 14570, 14593, 14616, 14639, 14662, 14685, 14708, 14720, 14723, 14738, 14753, 14768, 14783, 14798, 14813, 14828, 14833, 14838, 14843, 14848, 14853, 14858, 14863, 14875, 14887, 14899, 14911, 14923, 14935, 14947, 14955, 14963, 14971, 14979, 14987, 14995, 15010, 15025, 15040, 15055, 15070, 15085, 15100, 15108, 15124, 15140, 15156, 15172, 15188, 15204, 15220, 15235, 15250, 15265, 15280, 15295, 15310, 15325, 15337, 15351, 15363, 15365, 15366, 15368, 15371, 15373, 15376, 15379, 15380, 15386, 15389, 15394, 15404, 15408, 15415, 15423, 15430, 15440, 15447, 15452, 15464, 15468, 15477, 15485, 15489, 15495, 15504, 15512, 15524, 15534, 15541, 15549, 15556, 15562, 15563, 15565, 15567, 15569, 15571, 15573, 15575, 15577, 15584, 15591, 15598, 15605, 15612, 15619, 15626, 15629, 15641, 15653, 15658, 15663, 15668, 15673, 15678, 15683, 15688, 15693, 15698, 15703, 15708, 15713, 15718, 15726, 15734, 15742, 15750, 15758, 15766, 15774, 15783, 15787, 15791, 15795, 15799, 15803, 15807, 15808, 15810, 15812, 15813, 15815, 15818, 15828, 15835, 15843, 15851, 15857, 15862, 15871, 15875, 15879, 15889, 15894, 15901, 15904, 15907, 15909, 15911, 15913, 15915, 15917, 15919, 15926, 15933, 15940, 15945, 15952, 15960, 15970, 15976, 15983, 15990, 16002, 16013, 16024, 16031, 16043, 16053, 16063, 16073, 16083, 16093, 16103, 16113, 16123, 16133, 16143, 16153, 16163, 16181, 16196, 16212, 16228, 16244, 16255, 16272, 16282, 16289, 16296, 16303, 16306, 16310, 16314, 16320, 16326, 16331, 16336, 16342, 16348, 16359, 16370, 16388, 16401, 16415, 16427, 16440, 16446, 16452, 16466, 16485, 16504, 16530, 16551, 16573, 16593, 16614, 16621, 16631, 16636, 16642, 16648, 16654, 16660, 16666, 16672, 16678, 16684, 16690, 16696, 16702, 16709, 16716, 16723, 16730, 16737, 16744, 16751, 16758, 16766, 16774, 16782, 16790, 16798, 16806, 16814, 16822, 16829, 16836, 16843, 16850, 16857, 16864, 16871, 16878, 16885, 16892, 16903, 16910, 16915, 16927, 16936, 16938, 16941, 16944, 16947, 16950, 16953, 16956, 16964, 16972, 16981, 16993, 17001, 17011, 17017, 17025, 17036, 17045, 17052, 17063, 17076, 17089, 17104, 17107, 17110, 17113, 17121, 17129, 17138, 17150, 17158, 17168, 17174, 17182, 17193, 17202, 17209, 17220, 17233, 17246, 17261, 17264, 17268, 17272, 17285, 17293, 17305, 17312, 17323, 17333, 17342, 17350, 17358, 17367, 17374, 17380, 17393, 17405, 17410, 17417, 17430, 17436, 17439, 17442, 17450, 17462, 17468, 17479, 17486, 17497, 17502, 17510, 17517, 17521, 17525, 17529, 17533, 17537, 17541, 17545, 17549, 17553, 17561, 17567, 17572, 17575, 17579, 17583, 17587, 17591, 17595, 17599, 17606, 17613, 17620, 17625, 17634, 17644, 17654, 17663, 17673, 17680, 17690, 17699, 17707, 17717, 17732, 17741, 17746, 17749, 17752, 17755, 17758, 17761, 17764, 17773, 17782, 17791, 17800, 17809, 17818, 17827, 17836, 17845, 17857, 17866, 17876, 17886, 17896, 17906, 17916, 17926, 17936, 17946, 17956, 17966, 17976, 17986, 17990, 17994, 17998, 18002, 18006, 18010, 18016, 18020, 18029, 18035, 18042, 18049, 18055, 18063, 18069, 18077, 18086, 18095, 18104, 18113, 18122, 18131, 18140, 18149, 18158, 18171, 18187, 18203, 18219, 18235, 18251, 18267, 18283, 18293, 18303, 18313, 18323, 18333, 18343, 18353, 18363, 18370, 18378, 18388, 18397, 18405, 18417, 18421, 18425, 18429, 18433, 18437, 18441, 18446, 18451, 18460, 18470, 18480, 18490, 18500, 18510, 18520, 18530, 18540, 18551, 18562, 18573, 18584, 18595, 18606, 18617, 18628, 18634, 18640, 18647, 18654, 18660, 18669, 18679, 18689, 18699, 18709, 18719, 18729, 18739, 18749, 18759, 18769, 18780, 18791, 18811, 18826, 18845, 18859, 18877, 18894, 18910, 18925, 18940, 18956, 18970, 18983, 19003, 19022, 19034, 19048, 19068, 19081, 19091, 19101, 19115, 19126, 19137, 19148, 19159, 19170, 19181, 19192, 19203, 19214, 19225, 19235, 19246, 19257, 19268, 19279, 19290, 19301, 19312, 19323, 19335, 19347, 19359, 19371, 19383, 19395, 19407, 19419, 19425, 19430, 19436, 19444, 19452, 19462, 19472, 19482, 19492, 19502, 19512, 19517, 19522, 19527, 19532, 19537, 19542, 19552, 19557, 19563, 19569, 19575, 19581, 19587, 19593, 19599, 19605, 19611, 19621, 19631, 19641, 19651, 19661, 19671, 19681, 19691, 19699, 19708, 19717, 19726, 19735, 19744, 19753, 19762, 19771, 19785, 19806, 19813, 19823, 19833, 19845, 19856, 19865, 19875, 19885, 19895, 19901, 19907, 19913, 19919, 19925, 19931, 19938, 19945, 19952, 19959, 19966, 19973, 19980, 19987, 19995, 20002, 20008, 20016, 20020, 20026, 20030, 20043, 20048, 20054, 20060, 20066, 20072, 20078, 20084, 20089, 20092, 20096, 20100, 20104, 20108, 20112, 20116, 20120, 20124, 20128, 20132, 20137, 20142, 20147, 20152, 20157, 20162, 20167, 20172, 20177, 20182, 20192, 20203, 20214, 20224, 20230, 20238, 20243, 20248, 20264, 20284, 20290, 20297, 20312, 20324, 20337, 20350, 20365, 20378, 20394, 20410, 20423, 20437, 20452, 20454, 20458, 20464, 20472, 20476, 20483, 20490, 20497, 20503, 20507, 20514, 20521, 20528, 20534, 20536, 20545, 20551, 20567, 20571, 20578, 20585, 20592, 20600, 20608, 20616, 20625, 20634, 20643, 20649, 20655, 20661, 20666, 20671, 20677, 20684, 20691, 20698, 20705, 20712, 20719, 20726, 20733, 20740, 20748, 20756, 20764, 20772, 20780, 20788, 20796, 20804, 20812, 20817, 20825, 20832, 20837, 20846, 20851, 20863, 20875, 20882, 20890, 20898, 20906, 20914, 20922, 20930, 20938, 20946, 20954, 20962, 20970, 20978, 20994, 21007, 21021, 21035, 21049, 21058, 21067, 21076, 21085, 21094, 21103, 21112, 21127, 21135, 21142, 21149, 21156, 21164, 21172, 21180, 21188, 21196, 21204, 21212, 21220, 21232, 21245, 21258, 21271, 21284, 21297, 21310, 21323, 21336, 21350, 21364, 21378, 21392, 21406, 21420, 21434, 21448, 21457, 21466, 21473, 21480, 21486, 21492, 21499, 21507, 21515, 21523, 21531, 21539, 21547, 21555, 21563, 21571, 21580, 21589, 21598, 21607, 21616, 21625, 21634, 21643, 21652, 21656, 21661, 21666, 21671, 21677, 21684, 21691, 21698, 21705, 21712, 21719, 21726, 21733, 21740, 21752, 21760, 21768, 21776, 21784, 21792, 21800, 21808, 21816, 21824, 21830, 21837, 21844, 21855, 21861, 21870, 21879, 21888, 21891, 21895, 21904, 21909, 21912, 21916, 21921, 21926, 21931, 21936, 21946, 21957, 21962, 21967, 21972, 21977, 21982, 21987, 21993, 22000, 22010, 22020, 22030, 22039, 22048, 22055, 22061, 22070, 22080, 22090, 22105, 22120, 22142, 22159, 22177, 22193, 22210, 22220, 22223, 22232, 22242, 22252, 22262, 22272, 22282, 22292, 22302, 22312, 22322, 22332, 22342, 22352, 22370, 22385, 22401, 22417, 22433, 22444, 22455, 22466, 22477, 22488, 22499, 22510, 22527, 22537, 22544, 22560, 22573, 22587, 22601, 22617, 22631, 22648, 22659, 22676, 22690, 22705, 22721, 22729, 22739, 22749, 22759, 22768, 22778, 22788, 22798, 22807, 22816, 22823, 22832, 22842, 22851, 22857, 22867, 22879, 22893, 22907, 22921, 22926, 22935, 22946, 22959, 22972, 22985, 22989, 22996, 23000, 23008, 23018, 23030, 23042, 23054, 23062, 23066, 23071, 23076, 23087, 23094, 23104, 23112, 23116, 23123, 23129, 23134, 23139, 23144, 23149, 23154, 23159, 23165, 23172, 23179, 23187, 23195, 23203, 23210, 23215, 23221, 23229, 23238, 23247, 23255, 23263, 23271, 23279, 23287, 23295, 23303, 23311, 23319, 23327, 23335, 23343, 23359, 23372, 23386, 23400, 23414, 23423, 23438, 23446, 23453, 23464, 23472, 23480, 23489, 23498, 23507, 23516, 23525, 23534, 23543, 23552, 23557, 23562, 23567, 23573, 23580, 23587, 23595, 23603, 23612, 23621, 23627, 23633, 23639, 23645, 23651, 23657, 23663, 23672, 23680, 23690, 23694, 23700, 23707, 23718, 23724, 23729, 23738, 23748, 23754, 23760, 23767, 23774, 23781, 23788, 23794, 23801, 23808, 23815, 23821, 23827, 23832, 23839, 23845, 23852, 23859, 23866, 23873, 23880, 23887, 23894, 23901, 23909, 23917, 23925, 23933, 23941, 23949, 23957, 23965, 23974, 23984, 23994, 24004, 24010, 24017, 24024, 24029, 24034, 24039, 24045, 24052, 24058, 24063, 24083, 24103, 24118, 24135, 24150, 24167, 24187, 24207, 24222, 24239, 24254, 24271, 24291, 24312, 24333, 24354, 24375, 24396, 24417, 24438, 24458, 24473, 24489, 24505, 24521, 24537, 24553, 24569, 24585, 24602, 24617, 24633, 24649, 24665, 24681, 24697, 24713, 24729, 24746, 24763, 24780, 24797, 24814, 24831, 24848, 24865, 24884, 24903, 24917, 24933, 24947, 24963, 24967, 24971, 24975, 24979, 24983, 24987, 24993, 24999, 25005, 25009, 25013, 25020, 25028, 25032, 25036, 25041, 25046, 25051, 25056, 25061, 25066, 25070, 25073, 25079, 25085, 25097, 25100, 25104, 25108, 25112, 25116, 25120, 25124, 25133, 25146, 25153, 25162, 25172, 25180, 25184, 25188, 25197, 25210, 25217, 25226, 25236, 25244, 25248, 25256, 25268, 25274, 25282, 25287, 25292, 25297, 25302, 25307, 25312, 25317, 25322, 25327, 25336, 25343, 25348, 25354, 25360, 25367, 25372, 25377, 25383, 25389, 25395, 25401, 25407, 25413, 25419, 25425, 25435, 25445, 25455, 25465, 25475, 25485, 25495, 25505, 25516, 25527, 25538, 25549, 25560, 25571, 25582, 25593, 25600, 25607, 25614, 25621, 25628, 25635, 25642, 25649, 25655, 25660, 25665, 25670, 25675, 25680, 25685, 25693, 25697, 25701, 25705, 25709, 25713, 25717, 25721, 25726, 25734, 25739, 25744, 25749, 25754, 25759, 25764, 25770, 25778, 25785, 25791, 25796, 25800, 25804, 25808, 25812, 25816, 25820, 25823, 25826, 25829, 25832, 25835, 25838, 25844, 25851, 25858, 25865, 25870, 25875, 25880, 25885, 25890, 25895, 25903, 25911, 25919, 25927, 25935, 25943, 25950, 25954, 25959, 25963, 25970, 25978, 25990, 26004, 26017, 26022, 26026, 26028, 26031, 26034, 26037, 26040, 26043, 26046, 26054, 26062, 26071, 26079, 26089, 26100, 26113, 26126, 26141, 26149, 26157, 26166, 26174, 26184, 26195, 26208, 26221, 26236, 26239, 26242, 26249, 26252, 26255, 26258, 26261, 26264, 26267, 26270, 26276, 26283, 26286, 26292, 26300, 26305, 26308, 26319, 26329, 26339, 26349, 26360, 26372, 26382, 26389, 26397, 26400, 26409, 26415, 26424, 26440, 26456, 26472, 26488, 26504, 26520, 26536, 26552, 26569, 26583, 26598, 26613, 26630, 26645, 26663, 26681, 26696, 26712, 26729, 26735, 26740, 26747, 26758, 26770, 26782, 26794, 26806, 26818, 26830, 26842, 26854, 26866, 26878, 26890, 26902, 26922, 26939, 26957, 26975, 26993, 27006, 27019, 27032, 27045, 27058, 27071, 27084, 27097, 27110, 27123, 27136, 27149, 27162, 27183, 27204, 27222, 27241, 27260, 27279, 27293, 27307, 27321, 27335, 27349, 27363, 27377, 27397, 27410, 27429, 27441, 27464, 27488, 27499, 27507, 27512, 27519, 27522, 27525, 27528, 27531, 27534, 27537, 27542, 27547, 27556, 27559, 27562, 27565, 27568, 27571, 27574, 27582, 27590, 27599, 27607, 27617, 27628, 27641, 27654, 27669, 27677, 27685, 27694, 27702, 27712, 27723, 27736, 27749, 27764, 27767, 27770, 27774, 27779, 27784, 27790, 27796, 27821, 27826, 27830, 27844, 27852, 27867, 27871, 27877, 27883, 27888, 27891, 27895, 27899, 27904, 27912, 27920, 27928, 27937, 27946, 27955, 27959, 27965, 27969, 27973, 27978, 27981, 27985, 27989, 27993, 27997, 28001, 28005, 28014, 28027, 28034, 28043, 28053, 28061, 28065, 28069, 28078, 28091, 28098, 28111, 28126, 28135, 28143, 28153, 28163, 28171, 28179, 28183, 28187, 28200, 28215, 28223, 28233, 28241, 28249, 28261, 28267, 28279, 28293, 28301, 28308, 28317, 28322, 28327, 28332, 28337, 28342, 28347, 28352, 28357, 28362, 28367, 28376, 28383, 28390, 28397, 28403, 28409, 28415, 28419, 28424, 28432, 28436, 28441, 28446, 28453, 28462, 28469, 28476, 28481, 28491, 28501, 28511, 28516, 28520, 28527, 28530, 28537, 28542, 28547, 28552, 28557, 28562, 28567, 28573, 28579, 28585, 28591, 28597, 28603, 28612, 28621, 28630, 28639, 28648, 28657, 28665, 28673, 28681, 28689, 28697, 28705, 28710, 28719, 28728, 28737, 28745, 28752, 28760, 28768, 28776, 28784, 28792, 28800, 28809, 28818, 28827, 28836, 28845, 28854, 28864, 28874, 28884, 28894, 28904, 28914, 28917, 28935, 28941, 28946, 28951, 28956, 28961, 28966, 28971, 28976, 28981, 28986, 28991, 28996, 29001, 29014, 29024, 29035, 29046, 29057, 29062, 29068, 29074, 29080, 29086, 29092, 29098, 29104, 29111, 29118, 29125, 29132, 29139, 29146, 29152, 29159, 29166, 29173, 29180, 29187, 29194, 29200, 29207, 29214, 29221, 29228, 29235, 29242, 29249, 29256, 29263, 29270, 29277, 29284, 29291, 29298, 29306, 29314, 29322, 29330, 29338, 29346, 29354, 29362, 29370, 29378, 29386, 29394, 29402, 29410, 29418, 29426, 29433, 29440, 29447, 29454, 29461, 29468, 29475, 29482, 29490, 29498, 29506, 29514, 29522, 29530, 29538, 29546, 29553, 29560, 29567, 29574, 29581, 29588, 29595, 29602, 29609, 29615, 29627, 29632, 29638, 29646, 29654, 29662, 29670, 29678, 29686, 29694, 29702, 29711, 29720, 29729, 29738, 29747, 29756, 29765, 29774, 29778, 29783, 29788, 29800, 29812, 29823, 29827, 29830, 29833, 29836, 29839, 29842, 29845, 29855, 29865, 29875, 29885, 29895, 29905, 29907, 29911, 29917, 29924, 29938, 29943, 29956, 29971, 29981, 29992, 30002, 30013, 30018, 30032, 30041, 30049, 30062, 30072, 30085, 30094, 30112, 30127, 30145, 30159, 30179, 30192, 30206, 30222, 30240, 30250, 30265, 30273, 30277, 30281, 30285, 30288, 30292, 30296, 30300, 30303, 30306, 30317, 30325, 30334, 30343, 30354, 30363, 30375, 30387, 30396, 30406, 30417, 30421, 30427, 30433, 30439, 30444, 30450, 30456, 30462, 30467, 30472, 30476, 30481, 30486, 30491, 30496, 30501, 30506, 30512, 30518, 30524, 30530, 30536, 30542, 30547, 30552, 30557, 30562, 30567, 30572, 30577, 30582, 30587, 30592, 30597, 30602, 30615, 30625, 30636, 30647, 30658, 30664, 30670, 30676, 30682, 30688, 30694, 30700, 30712, 30717, 30723, 30729, 30735, 30741, 30747, 30753, 30759, 30767, 30771, 30776, 30787, 30799, 30811, 30823, 30835, 30847, 30859, 30871, 30874, 30877, 30886, 30891, 30896, 30901, 30905, 30910, 30915, 30920, 30924, 30928, 30930, 30938, 30945, 30949, 30954, 30959, 30964, 30969, 30974, 30979, 30986, 30993, 31000, 31006, 31013, 31019, 31025, 31031, 31037, 31043, 31049, 31056, 31063, 31070, 31077, 31084, 31091, 31094, 31102, 31106, 31110, 31114, 31118, 31122, 31126, 31134, 31140, 31148, 31157, 31166, 31175, 31184, 31193, 31202, 31215, 31224, 31233, 31242, 31251, 31260, 31269, 31278, 31295, 31309, 31324, 31339, 31354, 31364, 31380, 31389, 31398, 31404, 31408, 31412, 31416, 31420, 31424, 31428, 31433, 31438, 31443, 31448, 31453, 31458, 31473, 31483, 31493, 31503, 31513, 31523, 31533, 31540, 31546, 31554, 31559, 31567, 31575, 31587, 31592, 31597, 31600, 31609, 31618, 31627, 31636, 31652, 31661, 31664, 31668, 31672, 31681, 31694, 31699, 31704, 31712, 31718, 31730, 31734, 31744, 31754, 31764, 31769, 31778, 31787, 31796, 31806, 31813, 31822, 31832, 31842, 31850, 31858, 31865, 31873, 31876, 31879, 31882, 31885, 31888, 31891, 31895, 31899, 31903, 31907, 31911, 31915, 31920, 31925, 31930, 31935, 31940, 31945, 31951, 31958, 31965, 31972, 31979, 31986, 31993, 32013, 32033, 32053, 32073, 32093, 32113, 32120, 32125, 32129, 32132, 32136, 32140, 32143, 32150, 32160, 32170, 32180, 32187, 32197, 32207, 32217, 32222, 32232, 32242, 32248, 32254, 32258, 32262, 32266, 32276, 32286, 32296, 32306, 32316, 32326, 32336, 32346, 32355, 32364, 32370, 32377, 32386, 32395, 32404, 32413, 32422, 32431, 32440, 32449, 32454, 32459, 32464, 32473, 32479, 32485, 32492, 32499, 32506, 32513, 32520, 32527, 32534, 32541, 32550, 32560, 32570, 32580, 32590, 32600, 32610, 32620, 32630, 32636, 32641, 32650, 32659, 32668, 32677, 32686, 32695, 32704, 32713, 32722, 32731, 32740, 32749, 32759, 32769, 32779, 32789, 32799, 32809, 32815, 32822, 32831, 32836, 32842, 32850, 32858, 32866, 32874, 32882, 32890, 32898, 32906, 32914, 32922, 32930, 32938, 32954, 32967, 32977, 32995, 33009, 33023, 33037, 33046, 33055, 33064, 33073, 33082, 33091, 33100, 33115, 33123, 33129, 33136, 33143, 33154, 33160, 33167, 33174, 33180, 33188, 33194, 33204, 33214, 33224, 33233, 33241, 33253, 33265, 33277, 33288, 33295, 33301, 33309, 33313, 33318, 33322, 33327, 33337, 33347, 33364, 33376, 33389, 33400, 33412, 33417, 33420, 33424, 33428, 33432, 33442, 33452, 33456, 33460, 33463, 33472, 33479, 33480, 33485, 33495, 33505, 33515, 33525, 33535, 33545, 33555, 33565, 33571, 33578, 33585, 33592, 33599, 33606, 33613, 33620, 33627, 33641, 33655, 33669, 33683, 33697, 33711, 33725, 33739, 33747, 33754, 33762, 33770, 33778, 33786, 33794, 33802, 33810, 33818, 33831, 33844, 33857, 33870, 33883, 33896, 33909, 33922, 33931, 33940, 33949, 33958, 33967, 33976, 33985, 33994, 33997, 34003, 34010, 34013, 34019, 34025, 34032, 34039, 34046, 34054, 34063, 34077, 34090, 34093, 34099, 34105, 34116, 34127, 34131, 34136, 34141, 34146, 34151, 34156, 34161, 34170, 34178, 34186, 34189, 34193, 34198, 34203, 34209, 34215, 34221, 34227, 34233, 34239, 34249, 34259, 34269, 34279, 34289, 34299, 34306, 34311, 34315, 34321, 34325, 34329, 34334, 34339, 34343, 34356, 34366, 34377, 34388, 34401, 34412, 34426, 34440, 34451, 34463, 34476, 34481, 34492, 34503, 34507, 34520, 34525, 34530, 34534, 34540, 34545, 34550, 34556, 34560, 34570, 34580, 34597, 34609, 34622, 34633, 34645, 34650, 34660, 34670, 34679, 34690, 34701, 34712, 34722, 34730, 34734, 34741, 34747, 34751, 34754, 34764, 34772, 34778, 34785, 34792, 34799, 34806, 34813, 34820, 34832, 34844, 34863, 34877, 34892, 34907, 34920, 34934, 34948, 34955, 34962, 34969, 34982, 34989, 34996, 35010, 35023, 35045, 35054, 35059, 35064, 35069, 35074, 35078, 35087, 35096, 35101, 35106, 35113, 35117, 35124, 35131, 35142, 35151, 35163, 35175, 35184, 35192, 35196, 35200, 35204, 35208, 35212, 35216, 35220, 35224, 35228, 35232, 35236, 35240, 35248, 35251, 35254, 35257, 35260, 35263, 35266, 35275, 35284, 35293, 35298, 35314, 35330, 35341, 35354, 35365, 35378, 35394, 35410, 35421, 35434, 35445, 35458, 35474, 35490, 35501, 35513, 35525, 35537, 35549, 35561, 35573, 35585, 35598, 35612, 35626, 35640, 35654, 35668, 35682, 35696, 35707, 35719, 35731, 35743, 35755, 35767, 35779, 35791, 35804, 35819, 35834, 35844, 35856, 35866, 35878, 35883, 35891, 35902, 35911, 35922, 35930, 35946, 35956, 35966, 35976, 35985, 35992, 36000, 36009, 36018, 36027, 36036, 36045, 36054, 36063, 36072, 36078, 36082, 36090, 36095, 36100, 36105, 36114, 36124, 36134, 36151, 36158, 36166, 36182, 36198, 36214, 36230, 36246, 36262, 36268, 36278, 36284, 36290, 36302, 36317, 36329, 36342, 36355, 36370, 36383, 36399, 36415, 36428, 36442, 36457, 36462, 36468, 36474, 36480, 36487, 36494, 36501, 36508, 36515, 36522, 36529, 36536, 36543, 36550, 36557, 36564, 36579, 36591, 36604, 36617, 36630, 36638, 36652, 36659, 36667, 36675, 36681, 36688, 36695, 36702, 36705, 36710, 36713, 36724, 36737, 36749, 36758, 36762, 36771, 36775, 36785, 36793, 36801, 36806, 36813, 36821, 36827, 36831, 36840, 36852, 36862, 36866, 36875, 36884, 36893, 36902, 36911, 36920, 36930, 36940, 36950, 36960, 36970, 36980, 36985, 36994, 36999, 37003, 37007, 37011, 37018, 37033, 37048, 37063, 37078, 37093, 37108, 37123, 37138, 37153, 37168, 37183, 37198, 37203, 37209, 37211, 37212, 37218, 37225, 37235, 37238, 37241, 37244, 37247, 37250, 37253, 37256, 37261, 37262, 37265, 37270, 37271, 37274, 37276, 37279, 37280, 37283, 37287, 37295, 37303, 37311, 37319, 37329, 37339, 37349, 37359, 37369, 37381, 37395, 37403, 37417, 37427, 37437, 37448, 37458, 37470, 37483, 37498, 37513, 37530, 37540, 37550, 37561, 37571, 37583, 37596, 37611, 37626, 37643, 37655, 37673, 37687, 37701, 37719, 37731, 37741, 37751, 37762, 37772, 37784, 37797, 37812, 37827, 37844, 37854, 37864, 37875, 37885, 37897, 37910, 37925, 37940, 37957, 37967, 37977, 37988, 37998, 38010, 38023, 38038, 38053, 38070, 38080, 38090, 38101, 38111, 38123, 38136, 38151, 38166, 38183, 38189, 38202, 38214, 38226, 38234, 38263, 38273, 38283, 38293, 38299, 38309, 38315, 38323, 38329, 38337, 38343, 38349, 38357, 38390, 38421, 38427, 38435, 38439, 38447, 38458, 38469, 38475, 38479, 38489, 38516, 38522, 38532, 38538, 38561, 38567, 38575, 38579, 38592, 38605, 38609, 38630, 38659, 38687, 38712, 38724, 38761, 38770, 38789, 38829, 38845, 38851, 38888, 38913, 38928, 38962, 38977, 38993, 39006, 39018, 39039, 39051, 39060, 39076, 39095, 39117, 39157, 39203, 39225, 39244, 39253, 39274, 39283, 39292, 39313, 39319, 39334, 39352, 39361, 39379, 39388, 39400, 39421, 39442, 39454, 39475, 39508, 39523, 39544, 39547, 39551, 39555, 39559, 39563, 39567, 39571, 39574, 39578, 39582, 39586, 39590, 39594, 39598, 39603, 39608, 39620, 39635, 39641, 39647, 39656, 39674, 39683, 39686, 39695, 39713, 39731, 39749, 39758, 39776, 39803, 39833, 39845, 39860, 39875, 39887, 39896, 39902, 39908, 39917, 39926, 39935, 39941, 39947, 39956, 39962, 39968, 39974, 39980, 39992, 40001, 40013, 40019, 40031, 40043, 40049, 40055, 40064, 40070, 40082, 40094, 40106, 40115, 40124, 40130, 40136, 40142, 40148, 40160, 40166, 40172, 40184, 40190, 40196, 40208, 40220, 40232, 40238, 40244, 40247, 40253, 40259, 40265, 40268, 40274, 40280, 40286, 40295, 40301, 40313, 40322, 40328, 40340, 40346, 40352, 40358, 40364, 40373, 40379, 40385, 40391, 40397, 40403, 40412, 40418, 40424, 40430, 40439, 40457, 40478, 40484, 40490, 40496, 40502, 40508, 40514, 40520, 40526, 40532, 40538, 40547, 40553, 40562, 40568, 40574, 40580, 40586, 40592, 40598, 40604, 40610, 40616, 40622, 40628, 40634, 40640, 40646, 40652, 40658, 40664, 40670, 40676, 40685, 40694, 40700, 40706, 40712, 40718, 40736, 40754, 40760, 40766, 40772, 40778, 40784, 40790, 40799, 40805, 40811, 40817, 40823, 40829, 40835, 40841, 40847, 40853, 40859, 40871, 40877, 40883, 40895, 40910, 40916, 40922, 40928, 40934, 40940, 40955, 40961, 40973, 40985, 40997, 41009, 41015, 41018, 41024, 41030, 41036, 41042, 41045, 41051, 41057, 41069, 41072, 41078, 41084, 41090, 41096, 41108, 41117, 41123, 41129, 41141, 41150, 41156, 41162, 41168, 41174, 41180, 41186, 41192, 41198, 41204, 41210, 41219, 41225, 41231, 41237, 41243, 41249, 41255, 41261, 41267, 41273, 41279, 41291, 41309, 41321, 41327, 41333, 41342, 41348, 41351, 41354, 41357, 41366, 41375, 41381, 41390, 41396, 41402, 41414, 41420, 41426, 41432, 41444, 41453, 41465, 41471, 41477, 41486, 41498, 41507, 41513, 41519, 41531, 41537, 41543, 41549, 41555, 41561, 41573, 41579, 41585, 41591, 41597, 41606, 41612, 41618, 41624, 41630, 41633],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[1787, 1908, 2010, 2011, 2032, 3293]), Anchor::All(&[Anchor::Lits(&[2001]), Anchor::Lits(&[2041])]), Anchor::All(&[Anchor::Lits(&[1995, 1996, 1997, 1998, 1999, 2000, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]), Anchor::Lits(&[40, 43, 217, 222, 299, 304, 484, 489, 551, 554, 707, 712, 769, 772, 925, 930, 987, 990, 1143, 1148, 1207, 1212, 1444, 1450, 2008, 2024, 2031]), Anchor::Lits(&[2109, 4275])]), Anchor::All(&[Anchor::Lits(&[1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957]), Anchor::Lits(&[14, 18, 19, 22, 25, 26, 28, 29, 39, 42, 99, 100, 109, 218, 220, 223, 224, 272, 276, 277, 280, 283, 284, 286, 287, 298, 303, 355, 356, 366, 485, 487, 490, 491, 525, 529, 530, 533, 536, 537, 539, 540, 550, 553, 602, 603, 611, 708, 710, 713, 714, 743, 747, 748, 751, 754, 755, 757, 758, 768, 771, 820, 821, 829, 926, 928, 931, 932, 961, 965, 966, 969, 972, 973, 975, 976, 986, 989, 1038, 1039, 1047, 1144, 1146, 1149, 1150, 1180, 1184, 1185, 1188, 1191, 1192, 1194, 1195, 1206, 1211, 1286, 1287, 1300, 1445, 1448, 1451, 1452, 1730, 1758, 1765, 1786, 1808, 1821, 1829, 1836, 1844, 1877, 1884, 1906, 1929, 1942, 1950, 1957]), Anchor::Lits(&[2109, 3191, 3326, 4276, 4297, 4300, 4301])]), Anchor::All(&[Anchor::Lits(&[1961]), Anchor::Lits(&[4549])]), Anchor::All(&[Anchor::Lits(&[1837]), Anchor::Lits(&[1965])]), Anchor::All(&[Anchor::Lits(&[1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1809, 1810, 1811, 1812, 1813, 1814, 1822, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1930, 1931, 1932, 1933, 1934, 1935, 1943]), Anchor::Lits(&[15, 16, 17, 20, 21, 23, 24, 27, 39, 56, 74, 83, 104, 105, 215, 216, 221, 273, 274, 275, 278, 279, 281, 282, 285, 298, 318, 331, 338, 360, 361, 482, 483, 488, 526, 527, 528, 531, 532, 534, 535, 538, 550, 567, 579, 586, 607, 608, 705, 706, 711, 744, 745, 746, 749, 750, 752, 753, 756, 768, 785, 797, 804, 825, 826, 923, 924, 929, 962, 963, 964, 967, 968, 970, 971, 974, 986, 1003, 1015, 1022, 1043, 1044, 1141, 1142, 1147, 1181, 1182, 1183, 1186, 1187, 1189, 1190, 1193, 1206, 1228, 1253, 1264, 1292, 1293, 1442, 1443, 1449, 1737, 1744, 1751, 1772, 1779, 1794, 1801, 1822, 1853, 1860, 1867, 1891, 1898, 1915, 1922, 1943]), Anchor::Lits(&[2388, 2778, 2914, 3256, 3257, 4246, 4275])])])),
            (47, "code-fence-role", Anchor::Lits(&[2057])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[1260, 1282, 1283, 1298, 1404, 1412, 1418, 1419, 1456, 1457]), Anchor::Lits(&[2567, 2842, 2867, 2989, 3254, 3849])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[1503, 1504, 1507, 1512, 1515, 1516, 1517, 1520, 1521, 1522, 1523]), Anchor::Any(&[Anchor::Lits(&[2388, 2778, 4278]), Anchor::All(&[Anchor::Lits(&[30, 108, 140, 165, 170, 189, 239, 1196, 1299, 1336, 1363, 1378, 1403, 1472, 2398, 2788, 3304, 4298]), Anchor::Lits(&[2389, 2394, 2398, 2779, 2780, 2788, 3296, 3301, 3304, 4279, 4284, 4298])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[30, 1196, 1559, 1561, 2043, 4289, 4292, 4298]), Anchor::Lits(&[4279, 4284, 4294, 4295, 4298, 4299])]), Anchor::All(&[Anchor::Lits(&[30, 1196, 1561, 2043, 2214, 2398]), Anchor::Lits(&[2175, 2180, 2196, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2236, 2389, 2394, 2395, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2418, 2420]), Anchor::Lits(&[2071, 2364, 2594, 2856, 3175, 3176, 3177, 3178, 3216, 3217, 3255, 3704, 3796, 3806, 4271, 4431, 4536])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[1447, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2781, 2782, 2783, 2784, 2785, 2786, 2787, 2913, 3213, 3214, 3215, 3850, 4106, 4107, 4108, 4109, 4110, 4111, 4112, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4285, 4286, 4287, 4288, 4290, 4291, 4293, 4479, 4480, 4481]), Anchor::All(&[Anchor::Lits(&[3843]), Anchor::Lits(&[30, 288, 541, 759, 977, 1196, 1378, 2054])]), Anchor::All(&[Anchor::Lits(&[30, 1196, 1215, 1218, 1233, 1234, 1239, 1259, 1336, 1364, 1391, 1472, 2120, 3682, 3684, 3686, 3854, 4113, 4262]), Anchor::Any(&[Anchor::Lits(&[2109, 3681, 3683, 3685, 3843, 4104, 4254]), Anchor::All(&[Anchor::Lits(&[2111, 2121, 2780, 4105, 4188, 4284]), Anchor::Lits(&[2257, 2297, 2561, 2595, 2639, 2790, 3520, 3776, 3843, 3894, 4449])])])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2664, 2665, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2815, 2816, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3309, 3310, 3311, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3327, 3328, 3329, 3330, 3331, 3332, 3339, 3340, 3341, 3342, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3556, 3557, 3558, 3636, 3637, 3638, 3750, 3751, 3752, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760, 3761, 3762, 3763, 3764, 3765, 3766, 3767, 3774, 3775, 3844, 3845, 3846, 3847, 3848, 3849, 3851, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 4052, 4053, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4065, 4068, 4069, 4070, 4071, 4078, 4079, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469]), Anchor::Lits(&[2109, 2755, 2778, 2891, 3072, 3191, 3357, 3394, 3843, 4104, 4183, 4187, 4254, 4265, 4278, 4434]), Anchor::Lits(&[1527, 1711, 1994, 4547])])),
            (56, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[3295]), Anchor::All(&[Anchor::Lits(&[2100, 2101, 2102, 2110, 2111, 2119, 2720, 2721, 2722, 2748, 2749, 2750, 3192, 3193, 3194, 3261, 3262, 3263, 3483, 3484, 3485, 3844, 3849, 3852, 3918, 3919, 3920, 4004, 4005, 4006, 4184, 4185, 4186, 4279, 4284, 4296, 4473, 4474, 4475]), Anchor::Lits(&[63, 79, 107, 168, 1238, 1258, 1297, 1375, 1566, 1567, 1568, 1569]), Anchor::Lits(&[1560, 1570, 1711, 1962, 1994, 2042, 4551])])])),
            (101, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[1266, 1580, 1583, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1598, 1601, 1602, 1603, 1604, 1605, 1606, 1613, 1614, 1615, 1616, 1617, 1624, 2048, 2049, 2336, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2826, 2827, 2828, 2829, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3716, 3717, 3718, 3719, 3720, 3721, 3722, 3723, 3724, 3725, 3726, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4435, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445]), Anchor::All(&[Anchor::Lits(&[2045, 2046, 2047, 2051, 2053, 2055, 2056]), Anchor::Lits(&[2326, 2733, 2916, 3118, 3272, 4009, 4135, 4153, 4403]), Anchor::Lits(&[1962])])])),
            (102, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2493, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 2977, 2978, 2979, 2980, 2981, 2982, 2983, 3119, 3120, 3121, 3122, 3123, 3124, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3138, 3139, 3140, 3141, 3142, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3150, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4127, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4177, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411]), Anchor::Lits(&[0, 1, 37, 257, 258, 295, 511, 512, 548, 729, 730, 766, 947, 948, 984, 1165, 1166, 1203, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1684, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2963, 2964, 3707, 3708, 3709, 3710, 3711, 3712, 3713, 3714, 3715, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805]), Anchor::Lits(&[30, 38, 288, 296, 541, 549, 759, 767, 977, 985, 1196, 1204, 2333, 2334, 2350, 2351, 2474, 2475, 2483, 2484, 2492, 2493, 2675, 2676, 2684, 2685, 2692, 2693, 2923, 2924, 2974, 2975, 2982, 2983, 3125, 3126, 3133, 3134, 3141, 3142, 3149, 3150, 3279, 3280, 3990, 3991, 4002, 4003, 4016, 4017, 4025, 4026, 4133, 4134, 4142, 4143, 4150, 4151, 4160, 4161, 4168, 4169, 4176, 4177, 4410, 4411])]), Anchor::All(&[Anchor::Lits(&[30, 288, 541, 759, 977, 1196, 1241, 1242, 1269, 1388, 1400, 1423]), Anchor::Lits(&[2326, 2467, 2677, 2916, 2967, 3118, 4018, 4135, 4153, 4403]), Anchor::Lits(&[1240, 1268, 1387, 1399, 1422])])])),
            (109, "no-more-rules", Anchor::Lits(&[3691, 3692, 3693, 3694, 3695, 3696, 3697, 3698, 3699, 3700, 3705, 3706])),
            (126, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[306, 1214, 1410, 1494, 1495, 1506, 1525, 1526, 1540, 1562, 1563, 1565, 1626, 1650, 1673, 1709, 1710, 1845, 1964, 1966, 1967, 1970, 2009, 2044, 2058, 2131, 2388, 2535, 2612, 2700, 2723, 3058, 3076, 3392, 3414, 3880, 4548, 4550, 4552, 4553, 4729, 4730]), Anchor::Lits(&[49, 50, 51, 52, 53, 54, 111, 112, 113, 114, 115, 116, 144, 145, 146, 147, 148, 149, 151, 152, 153, 154, 155, 156, 158, 159, 160, 161, 162, 163, 197, 198, 199, 200, 201, 202, 205, 206, 207, 208, 209, 210, 311, 312, 313, 314, 315, 316, 372, 373, 374, 375, 376, 377, 402, 403, 404, 405, 406, 407, 409, 410, 411, 412, 413, 414, 417, 418, 419, 420, 421, 422, 466, 467, 468, 469, 470, 471, 474, 475, 476, 477, 478, 479, 560, 561, 562, 563, 564, 565, 613, 614, 615, 616, 617, 618, 643, 644, 645, 646, 647, 648, 650, 651, 652, 653, 654, 655, 657, 658, 659, 660, 661, 662, 689, 690, 691, 692, 693, 694, 697, 698, 699, 700, 701, 702, 778, 779, 780, 781, 782, 783, 831, 832, 833, 834, 835, 836, 861, 862, 863, 864, 865, 866, 868, 869, 870, 871, 872, 873, 875, 876, 877, 878, 879, 880, 907, 908, 909, 910, 911, 912, 915, 916, 917, 918, 919, 920, 996, 997, 998, 999, 1000, 1001, 1049, 1050, 1051, 1052, 1053, 1054, 1079, 1080, 1081, 1082, 1083, 1084, 1086, 1087, 1088, 1089, 1090, 1091, 1093, 1094, 1095, 1096, 1097, 1098, 1125, 1126, 1127, 1128, 1129, 1130, 1133, 1134, 1135, 1136, 1137, 1138, 1221, 1222, 1223, 1224, 1225, 1226, 1306, 1307, 1308, 1309, 1310, 1311, 1340, 1341, 1342, 1343, 1344, 1345, 1347, 1348, 1349, 1350, 1351, 1352, 1355, 1356, 1357, 1358, 1359, 1360, 1424, 1425, 1426, 1427, 1428, 1429, 1432, 1433, 1434, 1435, 1436, 1437, 1492, 1564, 1571, 1572, 1573, 1574, 1575, 1576, 1708, 4716, 4717, 4718, 4719, 4720, 4721, 4723, 4724, 4725, 4726, 4727, 4728]), Anchor::Lits(&[2072, 2103, 2281, 2323, 2352, 2449, 2560, 2566, 2580, 2581, 2595, 2631, 2634, 2719, 2743, 2747, 2752, 2769, 2776, 2817, 2841, 2844, 2850, 2858, 2864, 2865, 2872, 2874, 2883, 2888, 2932, 2947, 2953, 2954, 2965, 2988, 2990, 3064, 3113, 3253, 3260, 3267, 3292, 3355, 3384, 3390, 3395, 3412, 3475, 3487, 3515, 3639, 3656, 3680, 3809, 3842, 3843, 3896, 3913, 3917, 3961, 3962, 3981, 3982, 3983, 4007, 4027, 4048, 4050, 4082, 4087, 4089, 4100, 4122, 4178, 4196, 4206, 4209, 4226, 4227, 4230, 4247, 4249, 4314, 4318, 4392, 4433, 4449, 4472, 4478, 4489, 4497, 4514, 4515, 4529])]), Anchor::All(&[Anchor::Lits(&[2131, 2501, 2502, 2535, 3559, 3994, 4094, 4278]), Anchor::Lits(&[2640, 2641, 2642, 2643, 2644, 2645, 2658, 2659, 2660, 2661, 2662, 2663, 2791, 2792, 2793, 2794, 2795, 2796, 2809, 2810, 2811, 2812, 2813, 2814, 3296, 3297, 3298, 3299, 3300, 3301, 3314, 3315, 3316, 3317, 3318, 3319, 3333, 3334, 3335, 3336, 3337, 3338, 3491, 3492, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3500, 3501, 3502, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 3532, 3750, 3751, 3752, 3753, 3754, 3755, 3768, 3769, 3770, 3771, 3772, 3773, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831, 3832, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4052, 4053, 4054, 4055, 4056, 4057, 4072, 4073, 4074, 4075, 4076, 4077]), Anchor::Lits(&[1564, 1708])])])),
            (127, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[2132, 2133, 2134, 2135, 2136, 2137, 2175, 2176, 2177, 2178, 2179, 2180, 2389, 2390, 2391, 2392, 2393, 2394, 2536, 2537, 2538, 2539, 2540, 2541, 2701, 2702, 2703, 2704, 2705, 2706, 2724, 2725, 2726, 2727, 2728, 2729, 3077, 3078, 3079, 3080, 3081, 3082, 3415, 3416, 3417, 3418, 3419, 3420, 3560, 3561, 3562, 3563, 3564, 3565, 4279, 4280, 4281, 4282, 4283, 4284]), Anchor::Lits(&[63, 79, 107, 139, 164, 167, 168, 169, 188, 225, 324, 334, 365, 398, 424, 434, 435, 437, 456, 492, 572, 582, 610, 639, 663, 665, 666, 667, 685, 715, 790, 800, 828, 857, 881, 883, 884, 885, 903, 933, 1008, 1018, 1046, 1075, 1099, 1101, 1102, 1103, 1121, 1151, 1238, 1258, 1297, 1335, 1362, 1374, 1375, 1377, 1402, 1453]), Anchor::Lits(&[1502, 1527, 1577, 1651, 1662, 1711, 1994, 4547])])),
            (132, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[1493]), Anchor::Lits(&[2040])])),
            (133, "send-to-a-beacon", Anchor::All(&[Anchor::Lits(&[3211, 3212]), Anchor::Lits(&[2323, 2451, 2524, 2699, 2719, 2953, 2990, 3913, 3963, 4196, 4253, 4392, 4472]), Anchor::Lits(&[1962])])),
            (134, "exfiltrate-to-a-drop", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2453, 2564, 2579, 2635, 2868, 2870, 2871, 2945, 2950, 3151, 3345, 3479, 3687, 3784, 3906, 3967, 4066, 4248, 4495]), Anchor::Lits(&[2524, 2699, 2719, 2872, 2874, 2888, 2952, 2953, 2990, 3395, 3913, 3963, 3964, 4196, 4392, 4433, 4472, 4529]), Anchor::Lits(&[1968, 2522, 2994, 3056, 3211, 3212, 4126, 4336, 4337, 4338, 4339, 4340, 4341])]), Anchor::All(&[Anchor::Lits(&[2453, 2868, 2870, 2871, 2945, 2950, 3151, 3479, 3967, 4248]), Anchor::Lits(&[2069, 2070, 2522, 2994, 3056, 3211, 3212, 4126, 4490, 4491])])])),
            (138, "hidden-html-text", Anchor::Any(&[Anchor::Lits(&[2984, 3808, 4486]), Anchor::All(&[Anchor::Lits(&[2840]), Anchor::Lits(&[3727])]), Anchor::All(&[Anchor::Lits(&[2636]), Anchor::Lits(&[1513, 4510])]), Anchor::All(&[Anchor::Lits(&[3174]), Anchor::Lits(&[1708])])])),
            (140, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1969, 1970, 1972, 1973, 1974, 1975, 1976, 1981, 1984, 1985, 2501, 3432, 3433, 3435, 3436, 3438, 3442, 3443, 3444, 3445, 3446, 3450, 3451, 3453, 3454, 3466, 4740, 4742, 4771, 4806, 4857]), Anchor::All(&[Anchor::Lits(&[3195, 3196, 3197, 3198, 3199, 3200, 3296, 3297, 3298, 3299, 3300, 3301, 3314, 3315, 3316, 3317, 3318, 3319, 3491, 3492, 3493, 3494, 3495, 3496, 3521, 3522, 3523, 3524, 3525, 3526, 3750, 3751, 3752, 3753, 3754, 3755, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 3930, 3931, 3932, 3933, 3934, 3935, 3936, 3937, 3938, 3939, 3940, 3941, 4035, 4036, 4037, 4038, 4039, 4040, 4329, 4330, 4331, 4332, 4333, 4334]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 305, 306, 317, 321, 325, 390, 399, 555, 556, 566, 569, 573, 631, 640, 773, 774, 784, 787, 791, 849, 858, 991, 992, 1002, 1005, 1009, 1067, 1076, 1213, 1214, 1227, 1231, 1243, 1326, 1337]), Anchor::Lits(&[86, 87, 88, 89, 90, 91, 229, 230, 231, 232, 233, 234, 341, 342, 343, 344, 345, 346, 494, 495, 496, 497, 498, 499, 589, 590, 591, 592, 593, 594, 717, 718, 719, 720, 721, 722, 807, 808, 809, 810, 811, 812, 935, 936, 937, 938, 939, 940, 1025, 1026, 1027, 1028, 1029, 1030, 1153, 1154, 1155, 1156, 1157, 1158, 1270, 1271, 1272, 1273, 1274, 1275, 1459, 1460, 1461, 1462, 1463, 1464])]), Anchor::All(&[Anchor::Lits(&[2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2763, 2764, 2765, 2766, 2767, 2768, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3188, 3189, 3190, 3942, 3943, 3944, 3945, 3946, 3947, 4537, 4538, 4539, 4540, 4541, 4542]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 195, 305, 306, 317, 321, 325, 390, 399, 461, 555, 556, 566, 569, 573, 631, 640, 687, 773, 774, 784, 787, 791, 849, 858, 905, 991, 992, 1002, 1005, 1009, 1067, 1076, 1123, 1213, 1214, 1227, 1231, 1243, 1326, 1337, 1415])]), Anchor::All(&[Anchor::Lits(&[1528, 1529, 1530, 1531, 1532, 1533, 1541, 1542, 1543, 1544, 1545, 1546, 1549, 1550, 1551, 1552, 1553, 1554, 1995, 1996, 1997, 1998, 1999, 2000, 2012, 2013, 2014, 2015, 2016, 2017, 2033, 2034, 2035, 2036, 2037, 2038]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 305, 306, 317, 321, 325, 390, 399, 555, 556, 566, 569, 573, 631, 640, 773, 774, 784, 787, 791, 849, 858, 991, 992, 1002, 1005, 1009, 1067, 1076, 1213, 1214, 1227, 1231, 1243, 1326, 1337]), Anchor::Lits(&[1558, 2039])]), Anchor::All(&[Anchor::Lits(&[3247, 3248, 3249, 3250, 3251, 3252]), Anchor::Lits(&[2132, 2133, 2134, 2135, 2136, 2137, 2175, 2176, 2177, 2178, 2179, 2180, 2389, 2390, 2391, 2392, 2393, 2394, 2536, 2537, 2538, 2539, 2540, 2541, 2701, 2702, 2703, 2704, 2705, 2706, 3415, 3416, 3417, 3418, 3419, 3420, 3560, 3561, 3562, 3563, 3564, 3565]), Anchor::Lits(&[3269, 3923, 3983, 4099, 4191, 4263, 4264, 4402])]), Anchor::All(&[Anchor::Lits(&[2607, 2608, 2609, 2610, 2771, 2772, 2773, 2774, 3516, 3517, 3518, 3519, 3816, 3817, 3818, 3819, 4090, 4091, 4092, 4093, 4095, 4096, 4097, 4098, 4266, 4267, 4268, 4269, 4398, 4399, 4400, 4401]), Anchor::Lits(&[2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554])]), Anchor::All(&[Anchor::Lits(&[2181, 2184, 2187, 2189, 2199, 2202, 2205, 2207, 2237, 2238, 2239, 2240]), Anchor::Lits(&[1708, 1962, 4715, 4722])]), Anchor::All(&[Anchor::Lits(&[2181, 2184, 2187, 2188, 2190, 2191, 2199, 2202, 2205, 2206, 2208, 2209, 2241, 2242, 2243, 2245, 2255, 2256, 3083, 3084, 3085, 3086, 3087, 3088, 3091, 3092, 3093, 3094, 3095, 3096, 3098, 3099, 3100, 3101, 3111, 3112, 3421, 3422, 3423, 3424, 3425, 3426, 3429, 3430, 3431, 3434, 3437, 3439, 3447, 3448, 3449, 3452, 3465, 3467]), Anchor::Lits(&[2694, 3158, 3270, 3887, 3924, 3995, 4192, 4319, 4320, 4321, 4322])]), Anchor::All(&[Anchor::Lits(&[2175, 2176, 2177, 2178, 2179, 2180, 3415, 3416, 3417, 3418, 3419, 3420]), Anchor::Lits(&[97, 110, 143, 150, 157, 204, 353, 371, 401, 408, 416, 473, 600, 612, 642, 649, 656, 696, 818, 830, 860, 867, 874, 914, 1036, 1048, 1078, 1085, 1092, 1132, 1284, 1305, 1339, 1346, 1354, 1431]), Anchor::Lits(&[2132, 2133, 2134, 2135, 2136, 2137, 2389, 2390, 2391, 2392, 2393, 2394, 2536, 2537, 2538, 2539, 2540, 2541, 3560, 3561, 3562, 3563, 3564, 3565])]), Anchor::All(&[Anchor::Lits(&[1, 30, 258, 288, 512, 541, 730, 759, 948, 977, 1166, 1196, 2619, 2621, 2707, 2709, 2730, 2732]), Anchor::Lits(&[2612, 2700, 2723])]), Anchor::All(&[Anchor::Lits(&[3560, 3561, 3562, 3563, 3564, 3565, 3567, 3568, 3569, 3570, 3571, 3572, 3574, 3575, 3576, 3577, 3578, 3579, 3581, 3582, 3583, 3584, 3585, 3586]), Anchor::Lits(&[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 31, 32, 33, 34, 35, 36, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 289, 290, 291, 292, 293, 294, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 542, 543, 544, 545, 546, 547, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 760, 761, 762, 763, 764, 765, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 978, 979, 980, 981, 982, 983, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1197, 1198, 1199, 1200, 1201, 1202, 3567, 3568, 3569, 3570, 3571, 3572, 3574, 3575, 3576, 3577, 3578, 3579, 3581, 3582, 3583, 3584, 3585, 3586])]), Anchor::All(&[Anchor::Lits(&[1502, 1577, 1651, 1662]), Anchor::Lits(&[2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2175, 2176, 2177, 2178, 2179, 2180, 2197, 2198, 2214, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2389, 2390, 2391, 2392, 2393, 2394, 2396, 2397, 2398, 2422, 2423, 2424, 2425, 2426, 2427, 2428, 2429, 2430, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2544, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 3077, 3078, 3079, 3080, 3081, 3082, 3089, 3090, 3097, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3110, 3415, 3416, 3417, 3418, 3419, 3420, 3427, 3428, 3440, 3455, 3456, 3457, 3458, 3459, 3460, 3461, 3462, 3463, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3573, 3580, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635]), Anchor::Lits(&[44, 45, 55, 58, 62, 64, 65, 96, 131, 141, 305, 306, 317, 321, 323, 325, 326, 352, 390, 399, 555, 556, 566, 569, 571, 573, 574, 599, 631, 640, 773, 774, 784, 787, 789, 791, 792, 817, 849, 858, 991, 992, 1002, 1005, 1007, 1009, 1010, 1035, 1067, 1076, 1213, 1214, 1227, 1231, 1237, 1243, 1244, 1281, 1326, 1337, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1514, 1518, 1519, 1578, 1579, 1581, 1582, 1584, 1585, 1586, 1597, 1599, 1600, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672])]), Anchor::All(&[Anchor::Lits(&[2305, 2306, 2307, 2308, 2309, 2310, 2528, 2529, 2530, 2531, 2532, 2533, 3201, 3202, 3203, 3204, 3205, 3206, 3669, 3670, 3671, 3672, 3673, 3674, 3777, 3778, 3779, 3780, 3781, 3782]), Anchor::Lits(&[45, 46, 47, 68, 69, 70, 71, 77, 78, 119, 306, 307, 308, 327, 328, 329, 330, 332, 333, 378, 556, 557, 558, 575, 576, 577, 578, 580, 581, 619, 774, 775, 776, 793, 794, 795, 796, 798, 799, 837, 992, 993, 994, 1011, 1012, 1013, 1014, 1016, 1017, 1055, 1214, 1216, 1217, 1247, 1248, 1249, 1250, 1256, 1257, 1314]), Anchor::Lits(&[2282, 2283, 2284, 2285, 2286, 2287, 3050, 3051, 3052, 3053, 3054, 3055])]), Anchor::All(&[Anchor::Lits(&[3750, 3751, 3752, 3753, 3754, 3755]), Anchor::Lits(&[44, 45, 55, 103, 121, 122, 123, 124, 125, 126, 127, 128, 129, 132, 133, 134, 135, 136, 137, 142, 305, 306, 317, 359, 380, 381, 382, 383, 384, 385, 386, 387, 388, 391, 392, 393, 394, 395, 396, 400, 555, 556, 566, 606, 621, 622, 623, 624, 625, 626, 627, 628, 629, 632, 633, 634, 635, 636, 637, 641, 773, 774, 784, 824, 839, 840, 841, 842, 843, 844, 845, 846, 847, 850, 851, 852, 853, 854, 855, 859, 991, 992, 1002, 1042, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1068, 1069, 1070, 1071, 1072, 1073, 1077, 1213, 1214, 1227, 1291, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1327, 1329, 1330, 1331, 1332, 1333, 1338]), Anchor::Lits(&[120, 379, 620, 838, 1056, 1315])]), Anchor::All(&[Anchor::Lits(&[2142, 2366, 2432]), Anchor::Lits(&[2174, 3218])]), Anchor::All(&[Anchor::Lits(&[3737]), Anchor::Lits(&[173, 174, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 440, 441, 442, 443, 444, 445, 448, 449, 450, 451, 452, 453, 670, 671, 672, 673, 674, 675, 677, 678, 679, 680, 681, 682, 888, 889, 890, 891, 892, 893, 895, 896, 897, 898, 899, 900, 1106, 1107, 1108, 1109, 1110, 1111, 1113, 1114, 1115, 1116, 1117, 1118, 1381, 1382, 1383, 1384, 1385, 1386, 1392, 1393, 1394, 1395, 1396, 1397]), Anchor::Lits(&[2142, 2174, 2366, 2432, 3218])]), Anchor::All(&[Anchor::Lits(&[2527, 2583, 2588, 2597, 3402, 3968, 3972]), Anchor::Lits(&[45, 103, 119, 306, 359, 378, 556, 606, 619, 774, 824, 837, 992, 1042, 1055, 1214, 1291, 1314])])]), Anchor::Lits(&[2078, 2103, 2281, 2320, 2323, 2352, 2451, 2534, 2566, 2582, 2595, 2634, 2667, 2719, 2743, 2752, 2761, 2762, 2769, 2775, 2817, 2841, 2845, 2846, 2847, 2848, 2849, 2851, 2852, 2853, 2854, 2855, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2872, 2882, 2883, 2887, 2915, 2925, 2926, 2928, 2932, 2935, 2946, 2947, 2952, 2953, 2988, 2990, 2996, 2997, 3061, 3064, 3113, 3253, 3267, 3292, 3294, 3347, 3355, 3395, 3412, 3468, 3471, 3472, 3487, 3515, 3701, 3702, 3703, 3842, 3843, 3890, 3913, 3917, 3962, 4027, 4047, 4050, 4080, 4089, 4100, 4122, 4180, 4196, 4206, 4209, 4226, 4230, 4252, 4270, 4273, 4308, 4314, 4449, 4472, 4484, 4514, 4529, 4545, 4747, 4764, 4770, 4793, 4801, 4813, 4825, 4834, 4846, 4850, 4922, 4932])])),
            (141, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2069, 2070, 2129, 2318, 2522, 2556, 2869, 2966, 2991, 2994, 2995, 3056, 3057, 3063, 3071, 3075, 3117, 3211, 3212, 3245, 3393, 3413, 3473, 3474, 3807, 3820, 3841, 3892, 3928, 4126, 4182, 4303, 4393, 4417, 4418, 4490, 4491, 4493, 4494, 4496, 4533, 4534, 4546]), Anchor::All(&[Anchor::Lits(&[85, 101, 171, 179, 186, 187, 190, 340, 357, 438, 446, 454, 455, 457, 588, 604, 668, 676, 683, 684, 686, 806, 822, 886, 894, 901, 902, 904, 1024, 1040, 1104, 1112, 1119, 1120, 1122, 1267, 1289, 1379, 1389, 1398, 1401, 1405]), Anchor::Lits(&[41, 59, 81, 82, 84, 102, 106, 138, 196, 211, 214, 240, 241, 302, 322, 336, 337, 339, 358, 364, 397, 464, 480, 481, 507, 510, 552, 570, 584, 585, 587, 605, 609, 638, 688, 703, 704, 727, 728, 770, 788, 802, 803, 805, 823, 827, 856, 906, 921, 922, 945, 946, 988, 1006, 1020, 1021, 1023, 1041, 1045, 1074, 1124, 1139, 1140, 1163, 1164, 1210, 1232, 1262, 1263, 1265, 1290, 1296, 1334, 1420, 1438, 1441, 1473, 1476]), Anchor::Lits(&[2059, 2060, 2061, 2062, 2063, 2064, 2282, 2283, 2284, 2285, 2286, 2287, 3663, 3664, 3665, 3666, 3667, 3668, 3835, 3836, 3837, 3838, 3839, 3840, 4323, 4324, 4325, 4326, 4327, 4328])])]), Anchor::Lits(&[2525, 2587, 2719, 2770, 2925, 2926, 2927, 2929, 2930, 2952, 2953, 2990, 3074, 3347, 3348, 3385, 3391, 3395, 3398, 3472, 3482, 3486, 3541, 3905, 3913, 3929, 3963, 3964, 4049, 4179, 4196, 4224, 4250, 4252, 4253, 4274, 4394, 4395, 4396, 4432, 4433, 4472, 4530, 4543, 4564, 4566, 4586, 4587, 4588]), Anchor::Lits(&[2632, 2633, 2695, 2696, 2697, 2751, 2753, 2754, 2756, 2759, 2760, 2857, 2872, 2889, 2931, 2944, 2953, 2955, 3166, 3271, 3386, 3387, 3388, 3842, 3897, 3903, 4008, 4051, 4084, 4101, 4114, 4152, 4242, 4243, 4304, 4305, 4306, 4307, 4483, 4565, 4585, 4589, 4590])])),
            (144, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2065, 2066, 2067, 2181, 2182, 2183, 2185, 2186, 2192, 2193, 2194, 2195, 2199, 2200, 2201, 2203, 2204, 2210, 2211, 2212, 2213, 2265, 2266, 2267, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2296, 2584, 2585, 2586, 2589, 2590, 2591, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2985, 2986, 2987, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3343, 3344, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3379, 3380, 3381, 3389, 3403, 3404, 3405, 3406, 3407, 3408, 3881, 3882, 3883, 3884, 3885, 3886, 3898, 3899, 3900, 3914, 3915, 3916, 3969, 3970, 3971, 3973, 3974, 3975, 4302, 4313, 4342, 4343, 4344, 4397, 4421, 4535, 4554, 4555, 4556, 4567, 4568, 4569, 4570, 4571, 4572, 4573, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4582, 4583, 4584, 4591, 4592, 4593, 4594, 4595, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607, 4608, 4609, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 4623, 4624, 4625, 4626, 4646, 4651, 4652, 4673, 4675, 4768, 4769]), Anchor::All(&[Anchor::Lits(&[2131, 2365, 2387, 2450, 2511, 4412, 4557, 4561, 4562, 4563, 4740, 4742, 4806]), Anchor::Lits(&[45, 103, 119, 250, 251, 252, 1214, 1291, 1314, 1485, 1486, 1487, 1540, 1547, 1548, 1555, 1556, 1557, 1626, 1629, 1630, 1637, 1638, 1639])]), Anchor::All(&[Anchor::Lits(&[2175, 2180, 3219, 3224, 3358, 3363]), Anchor::Lits(&[60, 61, 66, 67, 72, 73, 75, 76, 117, 118, 191, 192, 193, 194, 212, 213, 226, 227, 242, 243, 244, 245, 246, 247, 248, 249, 1235, 1236, 1245, 1246, 1251, 1252, 1254, 1255, 1312, 1313, 1406, 1407, 1408, 1409, 1439, 1440, 1454, 1455, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484])])]), Anchor::Lits(&[8, 13, 253, 254, 255, 256, 1173, 1178, 1488, 1489, 1490, 1491, 1708, 4986])])),
            (145, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[2079, 2769, 2865, 3113, 3211, 3212, 3889, 4414, 4628, 4636, 4638, 4639, 4657, 4665, 4688, 4689, 4696, 4701, 4706, 4748, 4752, 4753, 4764, 4765, 4793, 4797, 4801, 4813, 4828, 4829, 4834, 4836, 4841, 4850, 4872, 4881, 4885, 4932, 4954, 4955, 4959, 4960, 4963, 4979]), Anchor::Lits(&[1708, 4986]), Anchor::Lits(&[2174, 3076, 3414])])),
            (146, "data-in-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1493, 1899, 2040, 3209, 4245]), Anchor::Lits(&[3211, 3212]), Anchor::Lits(&[1524, 4547])]), Anchor::All(&[Anchor::Lits(&[2108, 2324, 2452, 2890, 3264, 3265, 3266, 3268]), Anchor::Lits(&[2524, 3258, 3259, 3411, 3908, 4476]), Anchor::Lits(&[2321, 2322, 2746, 2888, 3889, 4120, 4183, 4345])]), Anchor::All(&[Anchor::Lits(&[2789, 3208, 3783, 3904, 4081]), Anchor::Lits(&[2322, 2888, 3165, 3888, 3889, 4183, 4345])])])),
            (148, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2259, 2260, 2261, 2262, 2263, 2264, 2311, 2312, 2313, 2314, 2315, 2316, 2875, 2876, 2877, 2878, 2879, 2880, 2936, 2937, 2938, 2939, 2940, 2941, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509]), Anchor::Lits(&[44, 45, 55, 57, 58, 64, 96, 98, 131, 141, 305, 306, 317, 320, 321, 325, 352, 354, 390, 399, 555, 556, 566, 568, 569, 573, 599, 601, 631, 640, 773, 774, 784, 786, 787, 791, 817, 819, 849, 858, 991, 992, 1002, 1004, 1005, 1009, 1035, 1037, 1067, 1076, 1213, 1214, 1227, 1230, 1231, 1243, 1281, 1285, 1326, 1337])]), Anchor::All(&[Anchor::Lits(&[2175, 2176, 2177, 2178, 2179, 2180, 2246, 2247, 2248, 2249, 2250, 2251]), Anchor::Lits(&[44, 55, 58, 64, 98, 141, 219, 235, 305, 317, 321, 325, 354, 399, 486, 500, 555, 566, 569, 573, 601, 640, 709, 723, 773, 784, 787, 791, 819, 858, 927, 941, 991, 1002, 1005, 1009, 1037, 1076, 1145, 1159, 1213, 1227, 1231, 1243, 1285, 1337, 1446, 1465])])]), Anchor::Lits(&[2106, 2107, 2281, 2352, 2384, 2566, 2580, 2611, 2634, 2719, 2743, 2769, 2817, 2841, 2865, 2872, 2874, 2883, 2888, 2932, 2947, 2953, 2988, 2990, 3064, 3113, 3253, 3292, 3390, 3395, 3478, 3487, 3515, 3843, 3913, 3917, 3962, 3982, 4047, 4089, 4100, 4122, 4178, 4196, 4209, 4230, 4247, 4392, 4433, 4449, 4472, 4514]), Anchor::Any(&[Anchor::Lits(&[1564, 1708, 3662, 4208, 4225, 4513]), Anchor::All(&[Anchor::Lits(&[3676]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[3159, 3160, 3161, 3162, 3163, 3164]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[3168, 3169, 3170, 3171, 3172, 3173]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[3349, 3350, 3351, 3352, 3353, 3354]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[2358, 2359, 2360, 2361, 2362, 2363]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])])])])),
            (152, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[2505, 2506, 2507, 2508, 2509, 2510, 2512, 2513, 2514, 2515, 2516, 2517, 3201, 3202, 3203, 3204, 3205, 3206, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3533, 3534, 3535, 3536, 3537, 3538, 3669, 3670, 3671, 3672, 3673, 3674, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3751, 3752, 3753, 3754, 3755, 3777, 3778, 3779, 3780, 3781, 3782, 4029, 4030, 4031, 4032, 4033, 4034]), Anchor::Lits(&[2132, 2133, 2134, 2135, 2136, 2137, 2140, 2141, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2167, 2168, 2175, 2176, 2177, 2178, 2179, 2180, 2214, 2235, 2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2382, 2389, 2390, 2391, 2392, 2393, 2394, 2398, 2419, 2422, 2423, 2424, 2425, 2426, 2427, 2430, 2431, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2536, 2537, 2538, 2539, 2540, 2541, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2554, 2555, 3219, 3220, 3221, 3222, 3223, 3224, 3243, 3244, 3358, 3359, 3360, 3361, 3362, 3363, 3382, 3383, 3415, 3416, 3417, 3418, 3419, 3420, 3440, 3441, 3455, 3456, 3457, 3458, 3459, 3460, 3463, 3464, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3597, 3598, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626, 3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647, 3648, 3649, 3650, 3651, 3652, 3653, 3654, 3655]), Anchor::Lits(&[1708, 2039])])),
            (154, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[1971, 1977, 1978, 1979, 1980, 1982, 1983, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 2068, 2130, 2170, 2171, 2172, 2173, 2244, 2319, 2356, 2357, 2466, 2518, 2519, 2520, 2521]), Anchor::Lits(&[2593, 2698, 2699, 2719, 2770, 2953, 2990, 3472, 3913, 4196, 4209, 4222, 4472])])),
            (155, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1685, 2298, 2592, 2966, 3062, 3073, 3167, 3490, 3867, 3891, 3892, 4203, 4315, 4316, 4335, 4393, 4496]), Anchor::All(&[Anchor::Lits(&[2299, 2300, 2301, 2302, 2303, 2304, 3810, 3811, 3812, 3813, 3814, 3815, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 4216, 4217, 4218, 4219, 4220, 4221, 4424, 4425, 4426, 4427, 4428, 4429, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528]), Anchor::Lits(&[59, 84, 95, 130, 172, 203, 240, 322, 339, 351, 389, 439, 472, 507, 570, 587, 598, 630, 669, 695, 727, 788, 805, 816, 848, 887, 913, 945, 1006, 1023, 1034, 1066, 1105, 1131, 1163, 1232, 1265, 1280, 1325, 1380, 1430, 1473])])]), Anchor::Lits(&[2719, 2752, 2872, 2953, 2954, 3208, 3475, 3890, 3905, 3913, 3961, 3963, 3964, 4196, 4209, 4250, 4433, 4472])]), Anchor::All(&[Anchor::Lits(&[80, 130, 240, 335, 389, 507, 583, 630, 727, 801, 848, 945, 1019, 1066, 1163, 1261, 1325, 1473]), Anchor::Lits(&[2299, 2300, 2301, 2302, 2303, 2304, 3810, 3811, 3812, 3813, 3814, 3815, 3949, 3950, 3951, 3952, 3953, 3954, 4216, 4217, 4218, 4219, 4220, 4221]), Anchor::Lits(&[3065, 3066, 3067, 3068, 3069, 3070, 3152, 3153, 3154, 3155, 3156, 3157, 4197, 4198, 4199, 4200, 4201, 4202, 4210, 4211, 4212, 4213, 4214, 4215])])])),
            (170, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[3480, 3481]), Anchor::All(&[Anchor::Lits(&[2079, 3834, 4190, 4482]), Anchor::Lits(&[3114, 3115]), Anchor::Lits(&[495, 499, 1460, 1464])]), Anchor::All(&[Anchor::Lits(&[2079, 3834, 4190, 4482]), Anchor::Lits(&[2562, 2563, 2884, 2885, 2933, 2934, 3476, 3477, 3926, 3927, 3979, 3980, 4415, 4416, 4470, 4471])]), Anchor::All(&[Anchor::Lits(&[2079, 3834, 4190, 4482]), Anchor::Lits(&[2385, 2386, 3066, 3070, 3114, 3115, 3153, 3157])]), Anchor::All(&[Anchor::Lits(&[2079, 3834, 4190, 4277, 4482]), Anchor::Lits(&[2104, 2105, 3657, 3658, 3965, 3966]), Anchor::Lits(&[362, 363, 367, 368, 495, 499, 1294, 1295, 1301, 1302, 1460, 1464])]), Anchor::All(&[Anchor::Lits(&[3114, 3115]), Anchor::Lits(&[300, 301, 1208, 1209]), Anchor::Any(&[Anchor::Lits(&[2258, 3480, 3481]), Anchor::All(&[Anchor::Lits(&[508, 1474]), Anchor::Lits(&[2744, 2745])]), Anchor::All(&[Anchor::Lits(&[4102]), Anchor::Lits(&[2744, 2745])])])]), Anchor::All(&[Anchor::Lits(&[3114, 3115]), Anchor::Lits(&[3948]), Anchor::Any(&[Anchor::Lits(&[2079, 3834, 3866, 4190, 4277, 4482]), Anchor::All(&[Anchor::Lits(&[2260, 2264]), Anchor::Lits(&[431, 1371])])])]), Anchor::All(&[Anchor::Lits(&[3866]), Anchor::Any(&[Anchor::Lits(&[3064, 3113, 4392]), Anchor::All(&[Anchor::Lits(&[3153, 3157]), Anchor::Lits(&[436, 1376])])]), Anchor::Lits(&[428, 429, 432, 433, 1368, 1369, 1372, 1373])])])),
            (171, "control-weakened", Anchor::Any(&[Anchor::Lits(&[2279, 2495, 2825, 3540, 3679]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1693, 2270, 2271, 2273, 2275, 2278, 2280, 2637, 2638, 3488, 3539, 3659, 3660, 3661, 4419, 4420]), Anchor::All(&[Anchor::Lits(&[3488]), Anchor::Lits(&[3909]), Anchor::Lits(&[3246, 4532])]), Anchor::All(&[Anchor::Lits(&[2072]), Anchor::Lits(&[4115, 4116, 4117, 4118, 4119]), Anchor::Lits(&[3909])]), Anchor::All(&[Anchor::Lits(&[3678]), Anchor::Lits(&[3910, 3911, 4121])]), Anchor::All(&[Anchor::Lits(&[2494]), Anchor::Lits(&[3909]), Anchor::Lits(&[3246, 4532])]), Anchor::All(&[Anchor::Lits(&[4204, 4205]), Anchor::Lits(&[3909]), Anchor::Lits(&[3246, 4532])]), Anchor::All(&[Anchor::Lits(&[3909]), Anchor::Lits(&[3889]), Anchor::Lits(&[3246, 4532])]), Anchor::All(&[Anchor::Lits(&[2169]), Anchor::Lits(&[3909]), Anchor::Lits(&[3246, 4532])]), Anchor::All(&[Anchor::Lits(&[3925]), Anchor::Lits(&[3909]), Anchor::Lits(&[3246, 4532])]), Anchor::All(&[Anchor::Lits(&[2473, 2476, 2485]), Anchor::Lits(&[1328, 2052, 3269, 4391])]), Anchor::All(&[Anchor::Lits(&[3207]), Anchor::Lits(&[2072])]), Anchor::All(&[Anchor::Lits(&[3396, 3397]), Anchor::Lits(&[1288, 2050])]), Anchor::All(&[Anchor::Lits(&[4309, 4310]), Anchor::Lits(&[3488])]), Anchor::All(&[Anchor::Lits(&[3488]), Anchor::Lits(&[2757, 2758])]), Anchor::All(&[Anchor::Lits(&[2873]), Anchor::Lits(&[3488])])]), Anchor::Any(&[Anchor::Lits(&[2566, 2761, 2769, 2777, 2817, 2865, 2949, 3384, 3409, 3470, 3895, 4028, 4047, 4251, 4272, 4273, 4422, 4423, 4430, 4446, 4492]), Anchor::All(&[Anchor::Lits(&[430, 1370]), Anchor::Lits(&[4415, 4416])]), Anchor::All(&[Anchor::Lits(&[4228, 4229]), Anchor::Lits(&[430, 1370])]), Anchor::All(&[Anchor::Lits(&[4311, 4312]), Anchor::Lits(&[430, 1370])]), Anchor::All(&[Anchor::Lits(&[460, 1414]), Anchor::Lits(&[3059, 3060]), Anchor::Lits(&[427, 1367])])])]), Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4447, 4448]), Anchor::Lits(&[3488])]), Anchor::All(&[Anchor::Lits(&[2866, 2867]), Anchor::Lits(&[462, 463, 1416, 1417]), Anchor::Lits(&[2073, 2074])])]), Anchor::Lits(&[2281])]), Anchor::All(&[Anchor::Lits(&[504, 505, 1469, 1470]), Anchor::Lits(&[319, 423, 447, 465, 1229, 1361, 1390, 1421])]), Anchor::All(&[Anchor::Lits(&[3678]), Anchor::Any(&[Anchor::Lits(&[1683, 2943, 3346]), Anchor::All(&[Anchor::Lits(&[369, 1303]), Anchor::Lits(&[2312, 2316])]), Anchor::All(&[Anchor::Lits(&[370, 1304]), Anchor::Lits(&[2260, 2264])]), Anchor::All(&[Anchor::Lits(&[369, 1303]), Anchor::Lits(&[2937, 2941])])]), Anchor::Lits(&[3909])])])),
            (172, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3114, 3115]), Anchor::Lits(&[3948]), Anchor::Any(&[Anchor::Lits(&[2258, 3983, 4193, 4477]), Anchor::All(&[Anchor::Lits(&[3921]), Anchor::Lits(&[2260, 2264])])])]), Anchor::All(&[Anchor::Lits(&[2076, 2077, 2503, 2504, 3811, 3815, 3977, 3978, 3992, 3993, 4194, 4195, 4487, 4488]), Anchor::Any(&[Anchor::Lits(&[2317, 2942, 2943, 3346, 3948]), Anchor::All(&[Anchor::Lits(&[509, 1475]), Anchor::Lits(&[2260, 2264])]), Anchor::All(&[Anchor::Lits(&[4103]), Anchor::Lits(&[2260, 2264])]), Anchor::All(&[Anchor::Lits(&[2892]), Anchor::Lits(&[2260, 2264])]), Anchor::All(&[Anchor::Lits(&[4512]), Anchor::Lits(&[2666, 3833]), Anchor::Lits(&[4324, 4328])])]), Anchor::Any(&[Anchor::Lits(&[2954, 3399, 3475, 4209]), Anchor::All(&[Anchor::Lits(&[3811, 3815]), Anchor::Lits(&[506, 1471])])])]), Anchor::All(&[Anchor::Lits(&[3400, 3401]), Anchor::Any(&[Anchor::Lits(&[2317, 2942, 2943, 3346, 3948]), Anchor::All(&[Anchor::Lits(&[509, 1475]), Anchor::Lits(&[2260, 2264])]), Anchor::All(&[Anchor::Lits(&[4103]), Anchor::Lits(&[2260, 2264])]), Anchor::All(&[Anchor::Lits(&[2892]), Anchor::Lits(&[2260, 2264])]), Anchor::All(&[Anchor::Lits(&[4512]), Anchor::Lits(&[2666, 3833]), Anchor::Lits(&[4324, 4328])])]), Anchor::Any(&[Anchor::Lits(&[2072, 3976, 3983, 4191, 4485]), Anchor::All(&[Anchor::Lits(&[4193]), Anchor::Lits(&[347, 1276])])])])])),
            (173, "tool-output-approves-itself", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2421, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3018, 3019, 3027, 3028, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3786, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4368, 4376, 4384, 4385, 4386, 4387, 4388, 4389, 4390]), Anchor::All(&[Anchor::Lits(&[2075, 2326, 2523, 2596, 2948, 3118, 3901, 3912, 4123, 4124, 4189, 4223, 4244, 4403]), Anchor::Lits(&[1625, 1708, 1963, 4088])]), Anchor::All(&[Anchor::Lits(&[4085, 4086]), Anchor::Lits(&[1534]), Anchor::Lits(&[2992, 2993, 3794, 3795])]), Anchor::All(&[Anchor::Lits(&[271, 297, 459, 1179, 1205, 1413, 1537, 1538, 1539]), Anchor::Lits(&[1535, 1536, 1537, 1538, 1539])])]), Anchor::Any(&[Anchor::Lits(&[2269, 2272, 2280, 2325, 2557, 2558, 2559, 2668, 2830, 2886, 3116, 3410, 3902, 3922, 4083, 4434, 4511]), Anchor::All(&[Anchor::Lits(&[2496]), Anchor::Lits(&[4125, 4544])]), Anchor::All(&[Anchor::Lits(&[4516]), Anchor::Lits(&[2383, 2668])]), Anchor::All(&[Anchor::Lits(&[3489]), Anchor::Lits(&[425, 1365])]), Anchor::All(&[Anchor::Lits(&[309, 415, 458, 1219, 1353, 1411]), Anchor::Lits(&[3469])]), Anchor::All(&[Anchor::Lits(&[288, 1196, 2276, 2277, 2354, 2355, 2499, 2500]), Anchor::Lits(&[2274, 2353, 2498]), Anchor::Lits(&[4413])])])])),
            (177, "file-posted-to-an-outside-url", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1607, 1608, 1609, 1610, 1611, 1612, 1618, 1619, 1620, 1621, 1622, 1623, 1631, 1632, 1633, 1634, 1635, 1636]), Anchor::All(&[Anchor::Lits(&[1627, 1628]), Anchor::Lits(&[1968])])]), Anchor::Lits(&[2994, 2995, 3211, 3212]), Anchor::Lits(&[2752, 3210, 4497, 4531])])),
            (191, "override-instructions-cjk", Anchor::Lits(&[4732, 4745, 4754, 4759, 4766, 4782, 4788, 4803, 4812, 4818, 4838, 4839, 4840, 4841, 4842, 4845, 4847, 4849, 4853, 4856, 4867, 4872, 4895, 4897, 4909, 4910, 4922, 4927, 4933, 4936, 4955, 4977, 4978])),
            (194, "override-instructions-other-scripts", Anchor::Lits(&[4558, 4559, 4560, 4629, 4630, 4644, 4649, 4655, 4658, 4664, 4671, 4685, 4686, 4697, 4702, 4703, 4704, 4709, 4712, 4714])),
            (197, "unrestricted-persona-other-scripts", Anchor::Lits(&[4653, 4659, 4687, 4700, 4713, 4733, 4734, 4827, 4833, 4869, 4870, 4898, 4902, 4909, 4910, 4928, 4939, 4968, 4973])),
            (199, "reveal-system-prompt-other-scripts", Anchor::Lits(&[4645, 4656, 4660, 4667, 4678, 4681, 4692, 4693, 4699, 4708, 4710, 4745, 4746, 4791, 4892, 4941, 4946, 4952, 4958, 4964, 4982])),
            (201, "disable-safety-other-scripts", Anchor::Lits(&[4744, 4779, 4784, 4823, 4824, 4882, 4890, 4901, 4903, 4922, 4923, 4937, 4945, 4947, 4949, 4961, 4975])),
            (203, "stop-following-instructions-cjk", Anchor::Lits(&[4736, 4737, 4739, 4815, 4820, 4846, 4859, 4860, 4875, 4876, 4906, 4934, 4935, 4950, 4981])),
            (207, "conceal-from-the-user-cjk", Anchor::Lits(&[4750, 4777, 4878])),
            (214, "reveal-system-prompt-zh", Anchor::Lits(&[4774, 4775, 4776, 4783, 4786, 4789, 4790, 4807, 4894, 4895, 4896, 4897, 4940, 4942])),
            (216, "admin-role-handed-out-other-scripts", Anchor::Lits(&[4640, 4643, 4648, 4661, 4662, 4668, 4669, 4670, 4682, 4683, 4684, 4694, 4695, 4767, 4770, 4787, 4804, 4805, 4848, 4850, 4900, 4905, 4920, 4921, 4959, 4984])),
            (218, "control-weakened-other-scripts", Anchor::Lits(&[4743, 4778, 4779, 4784, 4793, 4797, 4802, 4808, 4809, 4814, 4821, 4851, 4852, 4871, 4890, 4893, 4911, 4937, 4947, 4949, 4962, 4963, 4980, 4985])),
            (220, "destructive-without-confirmation-cjk", Anchor::Any(&[Anchor::Lits(&[4792, 4793, 4796, 4797, 4843, 4844, 4868]), Anchor::All(&[Anchor::Lits(&[4819, 4826, 4832, 4888, 4889, 4912, 4915, 4916, 4919, 4938]), Anchor::Lits(&[4758, 4760, 4761, 4762, 4763, 4794, 4798, 4854, 4855, 4861, 4862, 4873, 4874])])])),
            (221, "results-sent-to-an-address-cjk", Anchor::Lits(&[4741, 4752, 4753, 4773, 4781, 4810, 4813, 4835, 4837, 4879, 4881, 4924, 4925, 4926, 4929, 4930, 4931, 4932, 4957, 4967, 4979])),
            (222, "addressed-to-the-agent-other-scripts", Anchor::Any(&[Anchor::Lits(&[4631, 4632, 4633, 4634, 4635, 4641, 4642, 4647, 4650, 4666, 4676, 4677, 4698, 4705, 4735, 4738, 4914, 4918, 4943, 4944, 4948, 4974, 4983]), Anchor::All(&[Anchor::Lits(&[4948, 4974, 4983]), Anchor::Lits(&[2174, 4976])]), Anchor::All(&[Anchor::Lits(&[4816, 4817, 4899, 4904, 4908]), Anchor::Lits(&[2174, 4768, 4771, 4806, 4822, 4857, 4858, 4913, 4917])])])),
            (223, "conceal-from-the-user-other-scripts", Anchor::Lits(&[4627, 4637, 4654, 4659, 4663, 4672, 4674, 4679, 4680, 4687, 4690, 4691, 4707, 4711, 4731, 4772, 4780, 4785, 4795, 4799, 4811, 4830, 4831, 4863, 4864, 4877, 4880, 4883, 4884, 4886, 4887, 4891, 4907, 4951, 4953, 4954, 4956, 4965, 4966])),
            (225, "no-limits-any-more-cjk", Anchor::Lits(&[4749, 4751, 4755, 4756, 4757, 4800, 4865, 4866, 4909, 4969, 4970, 4971, 4972])),
            (229, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1685, 2526, 2565, 2843, 2966, 3062, 3167, 3345, 3356, 3688, 3689, 3690, 3785, 3891, 3893, 3907, 4066, 4067, 4317, 4393, 4495]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1688, 1689, 1690]), Anchor::All(&[Anchor::Lits(&[1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649]), Anchor::Lits(&[1686, 1691, 1694, 1696, 1698, 1700, 1702, 1704, 1706])])]), Anchor::Lits(&[1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649]), Anchor::Lits(&[1682, 1687, 1692, 1695, 1697, 1699, 1701, 1703, 1705, 1707])])]), Anchor::Lits(&[2268, 2719, 2752, 2881, 2951, 2990, 3675, 3677, 3905, 3913, 3963, 4181, 4196, 4207, 4224, 4250, 4472, 4497])])),
            (230, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[1496, 1497, 1498, 1499, 1500, 1501]), Anchor::All(&[Anchor::Lits(&[1994]), Anchor::Lits(&[2039]), Anchor::Lits(&[2353, 2497, 2498, 3116, 4413, 4536])])])),
            (241, "forged-tool-result", Anchor::All(&[Anchor::Lits(&[2327, 2328, 2329, 2330, 2331, 2332, 2335, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3787, 3788, 3789, 3790, 3791, 3792, 3793, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4369, 4370, 4371, 4372, 4373, 4374, 4375, 4377, 4378, 4379, 4380, 4381, 4382, 4383]), Anchor::Lits(&[48, 92, 93, 94, 166, 236, 237, 238, 310, 348, 349, 350, 426, 501, 502, 503, 559, 595, 596, 597, 664, 724, 725, 726, 777, 813, 814, 815, 882, 942, 943, 944, 995, 1031, 1032, 1033, 1100, 1160, 1161, 1162, 1220, 1277, 1278, 1279, 1366, 1466, 1467, 1468, 1846, 1868, 1869, 1870, 1907, 1958, 1959, 1960]), Anchor::Lits(&[1711])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0xc44f7e2d81f576e4;
