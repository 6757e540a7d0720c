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
\x20call it out\
\x20call that\
\x20call that out\
\x20call the \
\x20call them\
\x20call this\
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
\x20in the pastebin\
\x20in the phone\
\x20in the pr description\
\x20in the public \
\x20in the pull request\
\x20in the readme\
\x20in the release notes\
\x20in the session\
\x20in the transcript\
\x20in this \
\x20in this fiction \
\x20in this game \
\x20in this scenario \
\x20in this simulation \
\x20in this story \
\x20in useradmin\
\x20in whatsapp\
\x20in your \
\x20in your chat history\
\x20in your config\
\x20in your container\
\x20in your context\
\x20in your context \
\x20in your conversation\
\x20in your environment\
\x20in your memory\
\x20in your process\
\x20in your runtime\
\x20in your sandbox\
\x20in your session\
\x20in your transcript\
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
\x20label that\
\x20label the \
\x20label them\
\x20label this\
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
\x20present that\
\x20present the \
\x20present them\
\x20present this\
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
\x20to my endpoint\
\x20to my host\
\x20to my http\
\x20to my proxy\
\x20to my server\
\x20to my socks\
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
\x20to the model\
\x20to the model \
\x20to the models \
\x20to the ngrok\
\x20to the pastebin\
\x20to the pipedream\
\x20to the pr description\
\x20to the proxy\
\x20to the public \
\x20to the pull request\
\x20to the reader\
\x20to the readme\
\x20to the release notes\
\x20to the requestbin\
\x20to the server\
\x20to the socks\
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
\x20with none of the \
\x20with none of your \
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
\x20with zero \
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
call llm \
call model \
call the agent \
call the backend \
call the cortex \
call the llm \
call the model \
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
do not comment on \
do not confirm\
do not confirm with \
do not consult \
do not describe \
do not disclose\
do not disclose \
do not disclosing\
do not document \
do not double check\
do not draw attention to \
do not end up\
do not enforce \
do not enforce your \
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
dont comment on \
dont confirm\
dont confirm with \
dont consult \
dont count \
dont describe \
dont disclose\
dont disclose \
dont disclosing\
dont document \
dont double check\
dont draw attention to \
dont end up\
dont enforce \
dont enforce your \
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
label my \
label our \
label query tag\
label the current \
label the following \
label the query tag\
label this \
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
nang hindi nagtatanong\
nang palihim\
naredbe\
navodila\
ne la \
ne le \
ne les \
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
never comment on \
never confirm\
never confirm with \
never consult \
never declines\
never describe \
never disclose\
never disclose \
never disclosing\
never document \
never double check\
never draw attention to \
never end up\
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
report nothing\
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
summarises \
summarising \
summarization instead \
summarization rather \
summarize \
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
which \
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
without confirm\
without confirmation\
without confirming\
without constraints\
without creating\
without disclose\
without disclosing\
without double check\
without envelope\
without ethics\
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
            ends: &[2, 5, 7, 18, 29, 39, 48, 68, 88, 107, 125, 144, 161, 171, 179, 181, 185, 187, 189, 191, 193, 195, 197, 199, 209, 229, 245, 264, 272, 281, 287, 294, 307, 320, 327, 335, 349, 363, 380, 398, 428, 436, 445, 463, 482, 497, 513, 526, 533, 550, 568, 574, 581, 591, 604, 622, 641, 650, 659, 669, 681, 692, 698, 705, 720, 733, 753, 771, 792, 812, 833, 856, 879, 896, 917, 936, 958, 978, 1000, 1024, 1048, 1067, 1075, 1090, 1101, 1112, 1123, 1138, 1154, 1176, 1202, 1229, 1257, 1278, 1299, 1321, 1342, 1364, 1382, 1404, 1427, 1451, 1468, 1485, 1503, 1520, 1538, 1551, 1562, 1566, 1574, 1584, 1595, 1603, 1614, 1627, 1635, 1652, 1667, 1684, 1697, 1706, 1711, 1731, 1756, 1781, 1805, 1823, 1843, 1862, 1872, 1883, 1895, 1906, 1919, 1940, 1956, 1971, 1990, 2002, 2013, 2034, 2053, 2067, 2082, 2100, 2117, 2130, 2147, 2161, 2190, 2214, 2241, 2261, 2280, 2309, 2336, 2358, 2381, 2407, 2432, 2453, 2462, 2477, 2493, 2500, 2517, 2532, 2551, 2567, 2588, 2606, 2623, 2637, 2644, 2652, 2661, 2668, 2676, 2684, 2698, 2708, 2719, 2731, 2735, 2740, 2751, 2762, 2769, 2782, 2793, 2805, 2815, 2825, 2834, 2844, 2858, 2870, 2883, 2894, 2905, 2918, 2922, 2927, 2946, 2960, 2975, 2991, 3009, 3027, 3042, 3057, 3069, 3087, 3100, 3110, 3128, 3140, 3149, 3164, 3175, 3189, 3198, 3208, 3227, 3244, 3264, 3280, 3299, 3319, 3341, 3363, 3380, 3396, 3408, 3428, 3446, 3467, 3486, 3507, 3530, 3553, 3571, 3583, 3599, 3613, 3628, 3648, 3663, 3686, 3700, 3711, 3724, 3733, 3741, 3754, 3768, 3783, 3798, 3812, 3829, 3844, 3862, 3870, 3876, 3888, 3908, 3924, 3943, 3952, 3962, 3969, 3977, 3985, 3994, 4012, 4031, 4050, 4065, 4083, 4092, 4102, 4121, 4141, 4157, 4174, 4192, 4211, 4218, 4226, 4240, 4255, 4265, 4279, 4294, 4298, 4315, 4330, 4344, 4356, 4366, 4376, 4393, 4408, 4417, 4435, 4451, 4465, 4477, 4493, 4507, 4523, 4535, 4543, 4554, 4565, 4575, 4585, 4599, 4607, 4620, 4634, 4652, 4669, 4679, 4693, 4706, 4731, 4741, 4752, 4762, 4778, 4795, 4817, 4839, 4854, 4870, 4891, 4903, 4918, 4932, 4949, 4965, 4979, 4994, 5001, 5012, 5029, 5038, 5048, 5060, 5065, 5077, 5086, 5097, 5111, 5126, 5135, 5145, 5152, 5160, 5171, 5186, 5202, 5222, 5238, 5255, 5273, 5284, 5296, 5309, 5319, 5334, 5341, 5352, 5363, 5377, 5389, 5401, 5416, 5423, 5431, 5440, 5449, 5459, 5467, 5481, 5492, 5507, 5523, 5534, 5547, 5563, 5580, 5599, 5614, 5630, 5647, 5665, 5673, 5691, 5711, 5729, 5745, 5763, 5785, 5801, 5813, 5826, 5844, 5865, 5877, 5893, 5902, 5912, 5926, 5941, 5955, 5969, 5979, 6000, 6019, 6041, 6062, 6084, 6108, 6132, 6151, 6169, 6183, 6205, 6225, 6248, 6269, 6292, 6317, 6342, 6362, 6371, 6386, 6394, 6398, 6413, 6425, 6438, 6452, 6467, 6482, 6492, 6508, 6521, 6538, 6547, 6556, 6570, 6581, 6594, 6608, 6627, 6639, 6654, 6663, 6672, 6691, 6707, 6724, 6743, 6762, 6775, 6786, 6804, 6811, 6825, 6837, 6851, 6860, 6877, 6887, 6896, 6910, 6918, 6931, 6939, 6966, 6990, 7013, 7036, 7057, 7071, 7078, 7095, 7099, 7105, 7117, 7131, 7141, 7152, 7162, 7177, 7191, 7204, 7214, 7231, 7247, 7256, 7268, 7275, 7288, 7303, 7315, 7326, 7342, 7357, 7371, 7382, 7400, 7410, 7422, 7435, 7454, 7466, 7479, 7490, 7499, 7513, 7523, 7534, 7541, 7552, 7563, 7575, 7588, 7602, 7611, 7621, 7630, 7645, 7659, 7667, 7682, 7702, 7714, 7729, 7742, 7754, 7762, 7773, 7781, 7796, 7808, 7823, 7833, 7842, 7850, 7863, 7877, 7901, 7913, 7927, 7936, 7947, 7962, 7977, 7993, 8010, 8018, 8025, 8029, 8034, 8040, 8047, 8060, 8075, 8088, 8098, 8106, 8111, 8122, 8135, 8146, 8158, 8166, 8172, 8181, 8188, 8195, 8203, 8210, 8219, 8229, 8237, 8244, 8254, 8262, 8269, 8275, 8281, 8299, 8313, 8339, 8370, 8395, 8422, 8454, 8480, 8486, 8494, 8505, 8513, 8519, 8533, 8545, 8557, 8568, 8578, 8595, 8607, 8618, 8635, 8650, 8668, 8677, 8690, 8698, 8705, 8713, 8723, 8734, 8743, 8751, 8762, 8771, 8779, 8791, 8796, 8808, 8825, 8849, 8871, 8886, 8897, 8912, 8935, 8956, 8980, 9003, 9027, 9053, 9079, 9099, 9123, 9145, 9170, 9193, 9218, 9245, 9272, 9294, 9305, 9321, 9334, 9347, 9372, 9386, 9401, 9411, 9423, 9436, 9446, 9457, 9474, 9482, 9491, 9497, 9508, 9513, 9519, 9527, 9535, 9544, 9551, 9559, 9571, 9575, 9589, 9602, 9610, 9618, 9625, 9629, 9635, 9643, 9661, 9676, 9692, 9710, 9728, 9740, 9762, 9781, 9801, 9823, 9845, 9861, 9875, 9896, 9906, 9923, 9931, 9940, 9959, 9975, 9992, 10011, 10030, 10043, 10066, 10086, 10107, 10130, 10153, 10170, 10185, 10207, 10218, 10236, 10244, 10252, 10277, 10296, 10309, 10326, 10338, 10351, 10364, 10379, 10393, 10408, 10419, 10432, 10450, 10462, 10478, 10495, 10510, 10528, 10550, 10561, 10580, 10585, 10593, 10611, 10623, 10631, 10640, 10654, 10671, 10679, 10695, 10710, 10723, 10743, 10762, 10779, 10797, 10811, 10816, 10822, 10829, 10840, 10848, 10861, 10878, 10883, 10891, 10902, 10908, 10918, 10928, 10939, 10958, 10973, 10991, 10999, 11011, 11028, 11037, 11049, 11063, 11077, 11093, 11100, 11108, 11116, 11126, 11134, 11147, 11157, 11165, 11171, 11181, 11190, 11196, 11202, 11209, 11218, 11226, 11242, 11251, 11262, 11271, 11279, 11291, 11306, 11321, 11334, 11346, 11358, 11366, 11378, 11386, 11393, 11401, 11414, 11439, 11449, 11460, 11479, 11487, 11499, 11509, 11523, 11533, 11543, 11553, 11567, 11579, 11592, 11606, 11621, 11635, 11651, 11665, 11680, 11697, 11713, 11726, 11739, 11751, 11766, 11782, 11800, 11818, 11833, 11850, 11862, 11875, 11894, 11903, 11911, 11920, 11930, 11939, 11947, 11960, 11974, 11990, 12005, 12017, 12029, 12040, 12054, 12069, 12086, 12103, 12117, 12133, 12144, 12156, 12174, 12180, 12191, 12203, 12217, 12230, 12240, 12250, 12259, 12271, 12284, 12299, 12314, 12326, 12340, 12349, 12359, 12375, 12391, 12404, 12416, 12432, 12454, 12478, 12500, 12514, 12534, 12555, 12577, 12599, 12628, 12651, 12666, 12686, 12691, 12695, 12702, 12713, 12720, 12728, 12736, 12744, 12752, 12760, 12777, 12785, 12795, 12806, 12815, 12823, 12832, 12846, 12858, 12863, 12869, 12878, 12888, 12897, 12903, 12914, 12930, 12947, 12957, 12968, 12980, 12990, 12998, 13010, 13027, 13045, 13056, 13068, 13081, 13090, 13099, 13107, 13115, 13127, 13133, 13145, 13153, 13160, 13172, 13180, 13188, 13195, 13206, 13214, 13221, 13233, 13244, 13258, 13266, 13277, 13288, 13295, 13303, 13312, 13319, 13334, 13348, 13358, 13366, 13373, 13381, 13388, 13396, 13404, 13413, 13425, 13439, 13452, 13466, 13475, 13489, 13502, 13516, 13532, 13553, 13574, 13591, 13607, 13624, 13642, 13664, 13689, 13697, 13706, 13719, 13735, 13745, 13753, 13768, 13784, 13801, 13811, 13822, 13836, 13846, 13858, 13874, 13887, 13898, 13911, 13927, 13939, 13953, 13974, 13989, 14000, 14012, 14029, 14049, 14060, 14067, 14075, 14089, 14104, 14121, 14136, 14156, 14173, 14187, 14200, 14210, 14221, 14233, 14249, 14261, 14272, 14291, 14313, 14331, 14349, 14363, 14375, 14388, 14407, 14417, 14427, 14445, 14465, 14484, 14503, 14521, 14533, 14546, 14557, 14565, 14574, 14584, 14596, 14604, 14613, 14628, 14642, 14654, 14666, 14681, 14690, 14700, 14715, 14728, 14741, 14749, 14758, 14771, 14781, 14792, 14804, 14813, 14824, 14836, 14849, 14860, 14872, 14885, 14897, 14905, 14918, 14936, 14955, 14967, 14980, 14994, 15008, 15022, 15041, 15061, 15074, 15088, 15103, 15118, 15130, 15143, 15157, 15165, 15172, 15179, 15187, 15196, 15206, 15211, 15217, 15226, 15234, 15247, 15254, 15262, 15281, 15294, 15303, 15313, 15328, 15346, 15355, 15367, 15375, 15384, 15394, 15405, 15424, 15437, 15458, 15479, 15493, 15505, 15516, 15537, 15558, 15570, 15585, 15597, 15611, 15622, 15639, 15651, 15664, 15677, 15690, 15703, 15717, 15722, 15728, 15732, 15737, 15742, 15751, 15761, 15775, 15791, 15807, 15824, 15838, 15855, 15870, 15881, 15897, 15905, 15914, 15918, 15948, 15976, 15982, 15987, 15993, 16010, 16019, 16028, 16043, 16046, 16057, 16069, 16075, 16088, 16106, 16120, 16130, 16136, 16143, 16151, 16169, 16186, 16198, 16209, 16220, 16237, 16246, 16257, 16268, 16282, 16297, 16322, 16328, 16335, 16343, 16351, 16361, 16370, 16375, 16390, 16404, 16413, 16421, 16429, 16443, 16453, 16467, 16477, 16488, 16499, 16511, 16522, 16534, 16546, 16556, 16567, 16577, 16589, 16603, 16617, 16631, 16645, 16658, 16675, 16683, 16692, 16708, 16717, 16726, 16751, 16771, 16794, 16810, 16828, 16847, 16862, 16887, 16910, 16928, 16947, 16969, 16990, 17007, 17024, 17042, 17049, 17057, 17066, 17082, 17096, 17110, 17125, 17133, 17140, 17154, 17166, 17178, 17191, 17202, 17213, 17217, 17222, 17234, 17243, 17261, 17281, 17298, 17317, 17333, 17351, 17373, 17382, 17397, 17408, 17415, 17423, 17432, 17450, 17461, 17474, 17483, 17493, 17505, 17513, 17522, 17533, 17542, 17551, 17560, 17571, 17586, 17608, 17626, 17640, 17652, 17659, 17665, 17672, 17683, 17688, 17694, 17700, 17707, 17710, 17714, 17724, 17735, 17747, 17760, 17769, 17781, 17791, 17804, 17819, 17826, 17842, 17856, 17873, 17889, 17906, 17925, 17944, 17956, 17969, 17986, 18001, 18019, 18035, 18053, 18073, 18093, 18107, 18122, 18137, 18159, 18175, 18181, 18189, 18202, 18217, 18230, 18241, 18258, 18282, 18313, 18332, 18346, 18359, 18373, 18386, 18399, 18413, 18429, 18446, 18462, 18475, 18489, 18505, 18520, 18532, 18547, 18560, 18575, 18594, 18606, 18633, 18645, 18656, 18668, 18684, 18698, 18713, 18729, 18742, 18761, 18782, 18805, 18833, 18861, 18893, 18915, 18935, 18949, 18962, 18977, 18993, 19010, 19027, 19041, 19056, 19074, 19088, 19104, 19118, 19133, 19147, 19162, 19178, 19196, 19212, 19230, 19245, 19257, 19269, 19283, 19294, 19306, 19319, 19331, 19343, 19356, 19373, 19391, 19407, 19425, 19445, 19466, 19474, 19487, 19494, 19498, 19512, 19527, 19544, 19554, 19571, 19586, 19607, 19622, 19638, 19653, 19671, 19688, 19702, 19719, 19734, 19748, 19763, 19776, 19792, 19817, 19842, 19866, 19892, 19923, 19949, 19971, 19994, 20020, 20043, 20067, 20089, 20112, 20138, 20154, 20171, 20190, 20209, 20225, 20243, 20256, 20270, 20290, 20305, 20313, 20328, 20341, 20360, 20373, 20387, 20400, 20416, 20431, 20443, 20458, 20471, 20483, 20496, 20507, 20521, 20544, 20567, 20589, 20613, 20642, 20666, 20686, 20707, 20731, 20752, 20774, 20794, 20815, 20839, 20853, 20868, 20885, 20902, 20916, 20932, 20943, 20955, 20973, 20979, 20990, 21003, 21014, 21023, 21038, 21056, 21078, 21107, 21124, 21136, 21147, 21159, 21170, 21181, 21193, 21207, 21222, 21236, 21247, 21259, 21273, 21286, 21296, 21309, 21320, 21333, 21350, 21360, 21385, 21395, 21404, 21414, 21428, 21440, 21453, 21467, 21478, 21499, 21516, 21537, 21556, 21577, 21603, 21625, 21651, 21678, 21696, 21716, 21746, 21766, 21788, 21806, 21818, 21829, 21842, 21856, 21871, 21886, 21898, 21911, 21927, 21939, 21953, 21965, 21978, 21990, 22003, 22017, 22033, 22047, 22063, 22076, 22086, 22096, 22108, 22117, 22127, 22138, 22148, 22158, 22169, 22184, 22200, 22214, 22230, 22248, 22267, 22275, 22286, 22296, 22307, 22310, 22322, 22336, 22350, 22364, 22378, 22383, 22389, 22399, 22413, 22428, 22433, 22439, 22448, 22455, 22460, 22472, 22481, 22502, 22520, 22540, 22562, 22578, 22595, 22613, 22628, 22644, 22666, 22681, 22687, 22693, 22697, 22713, 22722, 22732, 22741, 22760, 22782, 22797, 22818, 22838, 22854, 22861, 22867, 22874, 22887, 22903, 22914, 22926, 22936, 22946, 22956, 22963, 22971, 22985, 22997, 23010, 23021, 23032, 23039, 23064, 23089, 23112, 23130, 23149, 23159, 23173, 23190, 23201, 23210, 23221, 23230, 23238, 23247, 23258, 23264, 23273, 23281, 23290, 23297, 23305, 23309, 23314, 23323, 23337, 23352, 23361, 23371, 23380, 23390, 23403, 23425, 23435, 23442, 23449, 23458, 23472, 23487, 23503, 23512, 23522, 23532, 23545, 23559, 23566, 23573, 23588, 23600, 23606, 23613, 23627, 23640, 23651, 23664, 23680, 23691, 23702, 23714, 23723, 23733, 23745, 23771, 23792, 23814, 23837, 23862, 23887, 23909, 23931, 23950, 23975, 23995, 24012, 24037, 24043, 24050, 24057, 24073, 24088, 24101, 24121, 24140, 24157, 24175, 24189, 24197, 24208, 24226, 24245, 24253, 24263, 24282, 24302, 24317, 24335, 24343, 24352, 24364, 24385, 24404, 24426, 24447, 24469, 24493, 24517, 24535, 24557, 24577, 24600, 24621, 24644, 24669, 24694, 24713, 24733, 24753, 24780, 24801, 24824, 24837, 24855, 24874, 24895, 24914, 24922, 24935, 24946, 24956, 24967, 24979, 24992, 25007, 25025, 25041, 25058, 25076, 25085, 25093, 25100, 25108, 25119, 25128, 25137, 25147, 25164, 25181, 25197, 25212, 25229, 25245, 25258, 25273, 25289, 25304, 25319, 25335, 25350, 25370, 25390, 25409, 25422, 25437, 25451, 25459, 25468, 25478, 25492, 25507, 25523, 25536, 25549, 25561, 25576, 25592, 25610, 25628, 25643, 25660, 25672, 25685, 25704, 25719, 25735, 25752, 25766, 25780, 25793, 25809, 25826, 25845, 25864, 25880, 25898, 25911, 25925, 25945, 25950, 25956, 25962, 25969, 25976, 25984, 25989, 25995, 26003, 26012, 26029, 26040, 26059, 26078, 26090, 26100, 26109, 26128, 26147, 26157, 26170, 26177, 26188, 26196, 26210, 26218, 26230, 26251, 26269, 26288, 26295, 26302, 26309, 26317, 26325, 26332, 26346, 26356, 26369, 26380, 26386, 26396, 26407, 26415, 26426, 26443, 26461, 26480, 26499, 26525, 26545, 26557, 26574, 26587, 26598, 26616, 26636, 26654, 26664, 26669, 26676, 26689, 26703, 26713, 26730, 26748, 26758, 26769, 26781, 26796, 26810, 26825, 26839, 26850, 26861, 26873, 26886, 26899, 26913, 26926, 26937, 26951, 26961, 26978, 26990, 27001, 27020, 27031, 27043, 27051, 27065, 27080, 27091, 27109, 27128, 27140, 27153, 27169, 27184, 27200, 27215, 27227, 27239, 27252, 27266, 27281, 27296, 27312, 27324, 27343, 27363, 27376, 27390, 27407, 27423, 27440, 27456, 27469, 27482, 27496, 27511, 27527, 27542, 27558, 27567, 27577, 27590, 27602, 27615, 27627, 27640, 27654, 27664, 27684, 27693, 27702, 27711, 27720, 27729, 27738, 27748, 27756, 27763, 27773, 27784, 27793, 27801, 27812, 27823, 27835, 27844, 27851, 27859, 27867, 27879, 27894, 27909, 27922, 27938, 27950, 27969, 27983, 27991, 28007, 28024, 28039, 28056, 28069, 28078, 28088, 28105, 28115, 28130, 28145, 28161, 28172, 28184, 28202, 28221, 28241, 28253, 28266, 28280, 28297, 28313, 28330, 28346, 28359, 28372, 28386, 28401, 28416, 28432, 28447, 28460, 28476, 28489, 28501, 28520, 28533, 28547, 28559, 28578, 28591, 28605, 28627, 28643, 28658, 28674, 28691, 28708, 28721, 28738, 28752, 28767, 28777, 28793, 28808, 28826, 28835, 28855, 28876, 28893, 28917, 28942, 28960, 28979, 29001, 29022, 29044, 29065, 29083, 29101, 29120, 29140, 29161, 29182, 29204, 29222, 29247, 29273, 29292, 29312, 29335, 29357, 29380, 29402, 29421, 29440, 29460, 29481, 29503, 29511, 29521, 29528, 29539, 29547, 29559, 29578, 29593, 29605, 29613, 29621, 29641, 29658, 29677, 29698, 29713, 29726, 29743, 29758, 29779, 29793, 29799, 29806, 29814, 29823, 29835, 29845, 29852, 29863, 29872, 29883, 29894, 29905, 29916, 29924, 29935, 29944, 29956, 29967, 29979, 29992, 30004, 30021, 30039, 30050, 30062, 30075, 30082, 30088, 30108, 30123, 30134, 30146, 30158, 30170, 30183, 30191, 30199, 30211, 30223, 30232, 30251, 30265, 30275, 30293, 30310, 30326, 30342, 30357, 30381, 30396, 30415, 30430, 30450, 30472, 30488, 30505, 30527, 30543, 30560, 30578, 30597, 30612, 30628, 30644, 30662, 30677, 30697, 30720, 30738, 30752, 30775, 30792, 30813, 30833, 30853, 30872, 30888, 30918, 30938, 30952, 30962, 30978, 31001, 31019, 31042, 31060, 31079, 31099, 31115, 31132, 31151, 31167, 31188, 31212, 31230, 31261, 31282, 31288, 31305, 31319, 31336, 31358, 31380, 31401, 31416, 31433, 31449, 31460, 31470, 31485, 31501, 31510, 31520, 31531, 31542, 31558, 31575, 31585, 31596, 31608, 31620, 31634, 31652, 31664, 31673, 31688, 31706, 31726, 31747, 31758, 31776, 31792, 31810, 31824, 31834, 31838, 31843, 31855, 31870, 31882, 31893, 31905, 31918, 31929, 31944, 31956, 31973, 31986, 31998, 32004, 32013, 32029, 32039, 32044, 32050, 32057, 32070, 32080, 32086, 32098, 32112, 32131, 32147, 32165, 32186, 32198, 32207, 32227, 32249, 32274, 32281, 32294, 32308, 32319, 32331, 32350, 32359, 32378, 32395, 32407, 32420, 32434, 32439, 32450, 32462, 32476, 32489, 32503, 32519, 32532, 32541, 32552, 32566, 32578, 32590, 32604, 32613, 32623, 32632, 32646, 32659, 32671, 32676, 32685, 32692, 32704, 32712, 32724, 32732, 32739, 32746, 32759, 32779, 32801, 32824, 32845, 32853, 32861, 32867, 32874, 32885, 32901, 32912, 32936, 32957, 32979, 32985, 32992, 33000, 33009, 33015, 33026, 33038, 33053, 33068, 33077, 33098, 33116, 33130, 33146, 33165, 33182, 33199, 33218, 33232, 33247, 33261, 33280, 33298, 33306, 33314, 33320, 33329, 33343, 33357, 33370, 33385, 33399, 33409, 33418, 33426, 33449, 33472, 33496, 33525, 33545, 33567, 33591, 33610, 33620, 33628, 33644, 33656, 33668, 33679, 33694, 33712, 33719, 33726, 33741, 33755, 33771, 33793, 33812, 33827, 33844, 33864, 33882, 33900, 33920, 33935, 33951, 33966, 33986, 34005, 34020, 34031, 34041, 34061, 34072, 34081, 34098, 34111, 34124, 34136, 34152, 34171, 34180, 34200, 34213, 34242, 34264, 34285, 34305, 34326, 34347, 34373, 34402, 34414, 34425, 34437, 34449, 34466, 34496, 34519, 34541, 34562, 34584, 34606, 34633, 34663, 34683, 34686, 34694, 34707, 34722, 34728, 34736, 34745, 34750, 34758, 34772, 34785, 34799, 34812, 34832, 34844, 34867, 34890, 34912, 34933, 34955, 34975, 34988, 35002, 35017, 35028, 35033, 35039, 35046, 35057, 35067, 35083, 35099, 35111, 35122, 35134, 35147, 35164, 35184, 35199, 35206, 35214, 35220, 35227, 35237, 35246, 35259, 35263, 35271, 35284, 35296, 35309, 35324, 35342, 35355, 35369, 35384, 35400, 35419, 35433, 35448, 35464, 35475, 35483, 35499, 35513, 35529, 35542, 35559, 35574, 35587, 35607, 35631, 35653, 35673, 35696, 35715, 35735, 35756, 35775, 35791, 35803, 35816, 35830, 35842, 35856, 35860, 35868, 35875, 35883, 35895, 35909, 35928, 35941, 35956, 35972, 35986, 36006, 36019, 36037, 36054, 36074, 36092, 36116, 36133, 36141, 36150, 36159, 36169, 36176, 36186, 36197, 36206, 36219, 36239, 36243, 36249, 36259, 36274, 36287, 36307, 36315, 36335, 36345, 36356, 36369, 36383, 36403, 36416, 36434, 36446, 36465, 36483, 36493, 36511, 36527, 36534, 36545, 36558, 36571, 36579, 36590, 36608, 36620, 36626, 36636, 36654, 36670, 36693, 36706, 36720, 36737, 36760, 36776, 36797, 36812, 36834, 36843, 36862, 36879, 36903, 36917, 36932, 36950, 36974, 36991, 37013, 37029, 37052, 37060, 37069, 37077, 37084, 37093, 37103, 37111, 37118, 37128, 37136, 37143, 37155, 37167, 37177, 37186, 37204, 37215, 37231, 37241, 37258, 37275, 37284, 37295, 37307, 37316, 37324, 37333, 37341, 37356, 37375, 37401, 37413, 37430, 37450, 37465, 37487, 37502, 37522, 37534, 37546, 37561, 37574, 37589, 37603, 37619, 37632, 37654, 37669, 37689, 37703, 37724, 37739, 37757, 37766, 37783, 37797, 37815, 37835, 37850, 37863, 37875, 37884, 37905, 37920, 37938, 37954, 37971, 37992, 38012, 38027, 38043, 38059, 38075, 38091, 38110, 38118, 38127, 38148, 38163, 38174, 38186, 38203, 38223, 38234, 38244, 38256, 38261, 38267, 38275, 38286, 38299, 38308, 38317, 38327, 38338, 38348, 38360, 38371, 38385, 38400, 38413, 38422, 38432, 38441, 38456, 38471, 38487, 38498, 38512, 38520, 38528, 38538, 38549, 38562, 38574, 38587, 38596, 38621, 38647, 38671, 38694, 38716, 38741, 38764, 38786, 38808, 38828, 38848, 38867, 38888, 38908, 38919, 38931, 38949, 38969, 38987, 39002, 39014, 39027, 39041, 39060, 39081, 39104, 39126, 39148, 39169, 39187, 39208, 39219, 39233, 39246, 39260, 39271, 39292, 39299, 39320, 39326, 39334, 39351, 39366, 39388, 39400, 39413, 39429, 39451, 39466, 39486, 39500, 39521, 39539, 39548, 39559, 39574, 39587, 39607, 39627, 39645, 39670, 39685, 39701, 39720, 39745, 39763, 39786, 39803, 39827, 39848, 39867, 39893, 39909, 39926, 39946, 39972, 39991, 40015, 40033, 40058, 40067, 40076, 40086, 40096, 40107, 40116, 40127, 40139, 40149, 40158, 40170, 40180, 40189, 40203, 40217, 40237, 40250, 40268, 40280, 40299, 40307, 40315, 40334, 40348, 40359, 40369, 40388, 40405, 40429, 40443, 40458, 40476, 40500, 40517, 40539, 40555, 40578, 40589, 40604, 40612, 40624, 40637, 40648, 40665, 40682, 40698, 40713, 40739, 40765, 40790, 40814, 40839, 40862, 40878, 40892, 40907, 40916, 40927, 40941, 40954, 40973, 40984, 41001, 41004, 41014, 41028, 41037, 41048, 41060, 41074, 41088, 41097, 41108, 41118, 41130, 41142, 41150, 41163, 41174, 41186, 41200, 41214, 41222, 41239, 41256, 41272, 41280, 41298, 41313, 41329, 41347, 41365, 41381, 41397, 41409, 41424, 41437, 41447, 41464, 41476, 41490, 41509, 41528, 41546, 41562, 41577, 41594, 41603, 41609, 41624, 41632, 41645, 41658, 41674, 41682, 41692, 41699, 41714, 41729, 41743, 41755, 41766, 41779, 41797, 41816, 41837, 41843, 41858, 41873, 41887, 41893, 41900, 41923, 41945, 41965, 41984, 42004, 42025, 42044, 42053, 42063, 42075, 42085, 42094, 42112, 42132, 42145, 42164, 42178, 42195, 42212, 42227, 42245, 42262, 42279, 42293, 42307, 42321, 42332, 42346, 42363, 42381, 42393, 42409, 42418, 42430, 42444, 42458, 42475, 42502, 42511, 42522, 42531, 42550, 42568, 42584, 42600, 42617, 42630, 42643, 42660, 42675, 42686, 42699, 42712, 42738, 42765, 42791, 42815, 42839, 42864, 42885, 42906, 42931, 42954, 42973, 42994, 43015, 43049, 43068, 43082, 43097, 43113, 43131, 43149, 43164, 43179, 43191, 43209, 43222, 43232, 43250, 43275, 43299, 43321, 43343, 43366, 43385, 43404, 43427, 43448, 43465, 43484, 43503, 43535, 43543, 43569, 43594, 43617, 43640, 43664, 43684, 43704, 43728, 43750, 43768, 43788, 43808, 43841, 43846, 43862, 43880, 43891, 43908, 43920, 43935, 43950, 43963, 43979, 43994, 44009, 44021, 44033, 44045, 44054, 44066, 44081, 44097, 44107, 44121, 44128, 44138, 44150, 44162, 44177, 44202, 44210, 44222, 44236, 44248, 44259, 44272, 44277, 44283, 44288, 44296, 44307, 44321, 44333, 44346, 44359, 44369, 44377, 44390, 44400, 44410, 44422, 44432, 44442, 44453, 44464, 44472, 44479, 44501, 44520, 44538, 44552, 44567, 44586, 44607, 44625, 44638, 44652, 44674, 44693, 44707, 44722, 44732, 44743, 44753, 44765, 44769, 44778, 44788, 44793, 44799, 44806, 44823, 44829, 44845, 44857, 44865, 44870, 44882, 44891, 44902, 44913, 44924, 44935, 44951, 44968, 44975, 44979, 44984, 44990, 44996, 45008, 45039, 45070, 45099, 45123, 45148, 45153, 45159, 45174, 45181, 45204, 45224, 45243, 45258, 45274, 45296, 45315, 45329, 45344, 45367, 45387, 45402, 45418, 45429, 45441, 45446, 45457, 45465, 45474, 45482, 45491, 45502, 45518, 45523, 45529, 45534, 45540, 45546, 45551, 45562, 45576, 45586, 45595, 45600, 45606, 45619, 45632, 45645, 45661, 45671, 45675, 45681, 45688, 45697, 45703, 45716, 45727, 45738, 45750, 45757, 45765, 45772, 45779, 45787, 45807, 45824, 45842, 45848, 45854, 45863, 45873, 45880, 45888, 45893, 45899, 45910, 45924, 45942, 45959, 45974, 45996, 46017, 46036, 46056, 46072, 46077, 46083, 46090, 46105, 46122, 46135, 46151, 46160, 46165, 46176, 46187, 46202, 46218, 46232, 46249, 46259, 46273, 46287, 46297, 46306, 46317, 46328, 46337, 46349, 46357, 46367, 46372, 46378, 46387, 46396, 46407, 46418, 46423, 46429, 46438, 46445, 46460, 46476, 46488, 46505, 46511, 46524, 46538, 46551, 46566, 46582, 46590, 46598, 46607, 46629, 46651, 46671, 46686, 46702, 46713, 46725, 46729, 46738, 46754, 46761, 46768, 46788, 46808, 46817, 46836, 46859, 46882, 46901, 46922, 46941, 46966, 46984, 47003, 47018, 47037, 47056, 47075, 47098, 47121, 47140, 47161, 47180, 47205, 47223, 47242, 47261, 47284, 47307, 47326, 47347, 47366, 47391, 47409, 47428, 47439, 47454, 47473, 47496, 47519, 47538, 47559, 47578, 47603, 47621, 47640, 47655, 47672, 47687, 47708, 47722, 47737, 47750, 47764, 47781, 47800, 47823, 47846, 47865, 47886, 47905, 47930, 47948, 47967, 47980, 47997, 48009, 48027, 48047, 48067, 48077, 48088, 48100, 48120, 48144, 48168, 48188, 48210, 48230, 48256, 48275, 48295, 48311, 48331, 48351, 48371, 48395, 48419, 48439, 48461, 48481, 48507, 48526, 48546, 48566, 48590, 48614, 48634, 48656, 48676, 48702, 48721, 48741, 48761, 48785, 48809, 48829, 48851, 48871, 48897, 48916, 48936, 48952, 48970, 48986, 49008, 49023, 49039, 49059, 49083, 49107, 49127, 49149, 49169, 49195, 49214, 49234, 49247, 49263, 49278, 49290, 49305, 49317, 49331, 49343, 49355, 49363, 49372, 49387, 49406, 49419, 49433, 49445, 49457, 49473, 49493, 49509, 49523, 49538, 49551, 49564, 49581, 49602, 49614, 49622, 49626, 49636, 49643, 49651, 49656, 49662, 49677, 49689, 49699, 49712, 49725, 49740, 49764, 49786, 49802, 49817, 49826, 49844, 49860, 49871, 49879, 49893, 49903, 49914, 49922, 49926, 49945, 49956, 49961, 49968, 49982, 50001, 50020, 50038, 50050, 50064, 50077, 50084, 50098, 50105, 50120, 50125, 50131, 50138, 50146, 50156, 50169, 50173, 50183, 50193, 50204, 50210, 50227, 50244, 50260, 50278, 50301, 50319, 50333, 50348, 50366, 50381, 50397, 50411, 50426, 50444, 50458, 50474, 50487, 50503, 50516, 50528, 50541, 50547, 50559, 50569, 50586, 50599, 50615, 50628, 50636, 50645, 50656, 50668, 50678, 50687, 50699, 50709, 50718, 50726, 50736, 50746, 50756, 50766, 50770, 50785, 50795, 50812, 50825, 50842, 50857, 50874, 50890, 50912, 50930, 50952, 50975, 50993, 51007, 51022, 51040, 51055, 51071, 51097, 51113, 51127, 51142, 51160, 51174, 51183, 51190, 51205, 51220, 51234, 51250, 51271, 51287, 51299, 51312, 51328, 51341, 51355, 51367, 51380, 51396, 51402, 51425, 51444, 51463, 51473, 51491, 51505, 51519, 51528, 51535, 51552, 51567, 51580, 51587, 51599, 51615, 51629, 51641, 51651, 51667, 51690, 51720, 51732, 51745, 51757, 51769, 51782, 51797, 51813, 51825, 51838, 51853, 51867, 51878, 51892, 51907, 51923, 51937, 51955, 51966, 51981, 52007, 52018, 52028, 52039, 52054, 52067, 52081, 52096, 52108, 52124, 52147, 52166, 52188, 52210, 52233, 52261, 52280, 52301, 52324, 52347, 52370, 52394, 52423, 52443, 52465, 52489, 52502, 52516, 52532, 52548, 52561, 52575, 52592, 52605, 52619, 52634, 52649, 52662, 52676, 52689, 52703, 52718, 52735, 52750, 52767, 52781, 52792, 52803, 52816, 52826, 52837, 52849, 52860, 52871, 52883, 52899, 52916, 52931, 52948, 52968, 52979, 52994, 53016, 53034, 53047, 53065, 53083, 53100, 53111, 53124, 53136, 53148, 53154, 53171, 53183, 53197, 53209, 53227, 53253, 53256, 53260, 53272, 53281, 53291, 53305, 53315, 53329, 53339, 53355, 53372, 53387, 53402, 53417, 53427, 53438, 53452, 53462, 53473, 53487, 53501, 53516, 53526, 53537, 53548, 53569, 53587, 53603, 53621, 53641, 53658, 53677, 53693, 53711, 53727, 53747, 53766, 53788, 53805, 53822, 53841, 53860, 53885, 53901, 53912, 53927, 53941, 53958, 53973, 53991, 54008, 54025, 54044, 54068, 54086, 54105, 54129, 54148, 54166, 54194, 54212, 54232, 54254, 54274, 54296, 54312, 54330, 54350, 54372, 54388, 54395, 54407, 54420, 54432, 54442, 54454, 54467, 54480, 54492, 54509, 54528, 54549, 54575, 54601, 54631, 54651, 54669, 54680, 54696, 54706, 54715, 54731, 54741, 54753, 54766, 54783, 54798, 54813, 54823, 54834, 54841, 54853, 54869, 54882, 54893, 54905, 54920, 54931, 54943, 54957, 54968, 54978, 54992, 55008, 55020, 55039, 55058, 55063, 55074, 55090, 55107, 55128, 55145, 55165, 55183, 55202, 55219, 55236, 55257, 55276, 55296, 55314, 55332, 55340, 55351, 55358, 55366, 55379, 55389, 55399, 55413, 55418, 55428, 55437, 55443, 55452, 55467, 55483, 55500, 55517, 55541, 55559, 55569, 55584, 55593, 55609, 55627, 55643, 55657, 55669, 55679, 55698, 55707, 55711, 55723, 55731, 55737, 55743, 55750, 55758, 55774, 55789, 55808, 55828, 55843, 55863, 55877, 55889, 55904, 55922, 55934, 55942, 55949, 55957, 55966, 55987, 56003, 56024, 56039, 56055, 56074, 56078, 56083, 56102, 56120, 56135, 56151, 56168, 56181, 56197, 56211, 56222, 56243, 56258, 56280, 56296, 56318, 56333, 56348, 56362, 56373, 56385, 56398, 56407, 56419, 56429, 56447, 56464, 56478, 56493, 56509, 56521, 56536, 56549, 56559, 56579, 56593, 56614, 56629, 56650, 56664, 56674, 56693, 56711, 56726, 56742, 56759, 56772, 56788, 56802, 56813, 56834, 56849, 56871, 56887, 56909, 56924, 56931, 56948, 56959, 56977, 56989, 57007, 57026, 57044, 57059, 57075, 57092, 57105, 57121, 57135, 57146, 57167, 57182, 57204, 57220, 57242, 57257, 57277, 57296, 57312, 57329, 57347, 57361, 57378, 57393, 57405, 57427, 57443, 57466, 57483, 57506, 57522, 57533, 57553, 57572, 57588, 57605, 57623, 57637, 57654, 57669, 57681, 57703, 57719, 57742, 57759, 57782, 57798, 57806, 57818, 57826, 57836, 57846, 57853, 57860, 57868, 57873, 57890, 57904, 57920, 57938, 57950, 57964, 57976, 57994, 58005, 58014, 58023, 58031, 58040, 58048, 58054, 58059, 58065, 58073, 58077, 58083, 58093, 58101, 58114, 58124, 58135, 58151, 58164, 58187, 58207, 58227, 58247, 58270, 58297, 58321, 58345, 58369, 58396, 58404, 58416, 58422, 58432, 58441, 58450, 58458, 58466, 58473, 58482, 58492, 58500, 58507, 58517, 58525, 58532, 58544, 58554, 58563, 58572, 58583, 58592, 58600, 58615, 58625, 58642, 58661, 58673, 58688, 58703, 58716, 58727, 58745, 58759, 58771, 58778, 58787, 58795, 58801, 58811, 58822, 58836, 58848, 58861, 58874, 58884, 58892, 58905, 58915, 58927, 58937, 58947, 58958, 58966, 58975, 58984, 58995, 59007, 59017, 59026, 59038, 59048, 59057, 59068, 59078, 59089, 59117, 59125, 59134, 59151, 59162, 59181, 59200, 59212, 59222, 59231, 59250, 59269, 59281, 59294, 59304, 59317, 59334, 59341, 59352, 59364, 59376, 59393, 59412, 59434, 59449, 59470, 59490, 59506, 59517, 59528, 59540, 59549, 59558, 59565, 59577, 59584, 59598, 59605, 59614, 59624, 59642, 59658, 59674, 59681, 59688, 59696, 59718, 59739, 59757, 59776, 59796, 59812, 59831, 59848, 59862, 59886, 59904, 59929, 59948, 59973, 59991, 60009, 60026, 60040, 60055, 60071, 60083, 60098, 60119, 60139, 60156, 60174, 60193, 60208, 60226, 60242, 60255, 60278, 60295, 60319, 60337, 60361, 60378, 60391, 60413, 60434, 60452, 60471, 60491, 60507, 60526, 60543, 60557, 60581, 60599, 60624, 60643, 60668, 60686, 60696, 60716, 60730, 60751, 60766, 60787, 60809, 60830, 60848, 60867, 60887, 60903, 60919, 60938, 60955, 60969, 60993, 61011, 61036, 61055, 61080, 61098, 61121, 61143, 61162, 61182, 61203, 61220, 61240, 61258, 61273, 61298, 61317, 61343, 61363, 61389, 61408, 61422, 61448, 61469, 61490, 61509, 61532, 61554, 61573, 61593, 61614, 61631, 61651, 61669, 61688, 61703, 61728, 61747, 61773, 61791, 61810, 61829, 61849, 61875, 61895, 61914, 61923, 61930, 61938, 61955, 61971, 61980, 61990, 61998, 62007, 62023, 62038, 62050, 62064, 62078, 62093, 62104, 62115, 62120, 62132, 62142, 62157, 62169, 62179, 62187, 62199, 62210, 62221, 62232, 62245, 62256, 62266, 62278, 62297, 62311, 62328, 62345, 62360, 62373, 62393, 62409, 62423, 62432, 62442, 62452, 62463, 62473, 62487, 62498, 62510, 62520, 62531, 62543, 62553, 62564, 62574, 62580, 62596, 62615, 62627, 62645, 62662, 62675, 62685, 62699, 62716, 62734, 62753, 62764, 62772, 62780, 62789, 62800, 62812, 62822, 62831, 62843, 62853, 62862, 62884, 62903, 62921, 62935, 62950, 62971, 62989, 63002, 63016, 63038, 63057, 63071, 63086, 63096, 63107, 63114, 63121, 63129, 63137, 63149, 63162, 63168, 63176, 63185, 63195, 63202, 63214, 63228, 63242, 63256, 63270, 63289, 63297, 63308, 63325, 63335, 63353, 63362, 63372, 63388, 63406, 63422, 63432, 63443, 63453, 63465, 63471, 63478, 63486, 63495, 63499, 63506, 63515, 63524, 63534, 63541, 63557, 63575, 63590, 63607, 63621, 63637, 63657, 63678, 63694, 63710, 63719, 63727, 63736, 63745, 63752, 63763, 63768, 63780, 63799, 63819, 63846, 63867, 63880, 63890, 63900, 63912, 63931, 63944, 63963, 63979, 63996, 64016, 64034, 64055, 64075, 64096, 64119, 64142, 64159, 64180, 64199, 64221, 64241, 64263, 64287, 64311, 64330, 64342, 64351, 64361, 64372, 64381, 64391, 64405, 64414, 64423, 64431, 64435, 64440, 64446, 64469, 64489, 64508, 64523, 64539, 64561, 64580, 64594, 64609, 64632, 64652, 64667, 64683, 64694, 64706, 64721, 64733, 64744, 64752, 64758, 64776, 64799, 64817, 64835, 64851, 64863, 64869, 64891, 64904, 64919, 64934, 64943, 64953, 64967, 64986, 65006, 65019, 65033, 65048, 65055, 65063, 65075, 65092, 65110, 65121, 65133, 65146, 65152, 65171, 65180, 65187, 65204, 65212, 65221, 65232, 65244, 65254, 65263, 65275, 65285, 65294, 65306, 65320, 65323, 65327, 65336, 65346, 65354, 65367, 65394, 65405, 65423, 65435, 65446, 65462, 65471, 65481, 65492, 65505, 65518, 65531, 65544, 65552, 65561, 65575, 65590, 65603, 65619, 65625, 65635, 65644, 65654, 65662, 65672, 65682, 65704, 65723, 65744, 65767, 65784, 65799, 65817, 65836, 65852, 65869, 65892, 65908, 65923, 65945, 65952, 65962, 65969, 65988, 66004, 66022, 66042, 66056, 66071, 66087, 66100, 66114, 66134, 66147, 66162, 66171, 66180, 66192, 66205, 66219, 66230, 66246, 66261, 66273, 66285, 66300, 66316, 66326, 66334, 66346, 66364, 66384, 66402, 66417, 66437, 66449, 66458, 66465, 66478, 66496, 66515, 66533, 66551, 66569, 66581, 66607, 66622, 66641, 66656, 66673, 66681, 66708, 66724, 66736, 66746, 66762, 66768, 66775, 66783, 66797, 66812, 66824, 66837, 66856, 66865, 66878, 66892, 66898, 66905, 66910, 66916, 66933, 66941, 66953, 66957, 66962, 66983, 67001, 67018, 67031, 67045, 67056, 67067, 67080, 67100, 67117, 67129, 67142, 67163, 67181, 67194, 67208, 67217, 67228, 67236, 67246, 67261, 67268, 67277, 67283, 67297, 67310, 67324, 67333, 67345, 67353, 67368, 67384, 67401, 67415, 67431, 67444, 67459, 67478, 67487, 67498, 67510, 67520, 67531, 67540, 67550, 67557, 67566, 67576, 67594, 67606, 67626, 67646, 67659, 67670, 67680, 67700, 67720, 67731, 67745, 67752, 67764, 67776, 67781, 67792, 67804, 67815, 67826, 67836, 67852, 67862, 67869, 67884, 67898, 67909, 67922, 67935, 67949, 67961, 67974, 67981, 67989, 67995, 68010, 68023, 68038, 68049, 68059, 68070, 68079, 68089, 68098, 68108, 68124, 68136, 68149, 68167, 68183, 68202, 68210, 68219, 68229, 68240, 68256, 68263, 68271, 68283, 68297, 68311, 68325, 68339, 68346, 68363, 68379, 68390, 68400, 68410, 68426, 68437, 68452, 68459, 68466, 68472, 68479, 68486, 68493, 68502, 68512, 68519, 68526, 68543, 68559, 68570, 68580, 68590, 68606, 68613, 68627, 68642, 68657, 68678, 68685, 68693, 68701, 68723, 68733, 68741, 68749, 68753, 68762, 68771, 68781, 68791, 68802, 68815, 68821, 68831, 68843, 68848, 68856, 68868, 68883, 68901, 68914, 68930, 68941, 68951, 68960, 68969, 68989, 69007, 69020, 69037, 69059, 69082, 69098, 69115, 69133, 69151, 69174, 69198, 69215, 69233, 69252, 69262, 69271, 69277, 69286, 69298, 69306, 69318, 69332, 69341, 69353, 69362, 69372, 69383, 69393, 69405, 69419, 69430, 69439, 69461, 69477, 69489, 69502, 69520, 69541, 69553, 69564, 69576, 69593, 69615, 69638, 69654, 69671, 69689, 69702, 69716, 69734, 69757, 69781, 69798, 69824, 69847, 69871, 69889, 69908, 69922, 69936, 69948, 69955, 69963, 69971, 69980, 69991, 69999, 70007, 70018, 70026, 70037, 70054, 70064, 70071, 70086, 70099, 70112, 70125, 70137, 70145, 70154, 70166, 70177, 70186, 70190, 70198, 70210, 70218, 70229, 70243, 70253, 70266, 70275, 70288, 70297, 70308, 70323, 70334, 70354, 70369, 70387, 70398, 70408, 70428, 70446, 70459, 70473, 70490, 70506, 70518, 70525, 70532, 70540, 70553, 70557, 70562, 70582, 70600, 70605, 70611, 70616, 70622, 70629, 70647, 70666, 70682, 70699, 70703, 70708, 70725, 70740, 70758, 70775, 70793, 70813, 70833, 70847, 70865, 70881, 70900, 70917, 70936, 70957, 70978, 70994, 71013, 71027, 71035, 71059, 71076, 71109, 71135, 71160, 71184, 71209, 71234, 71264, 71297, 71313, 71328, 71344, 71360, 71381, 71415, 71442, 71468, 71493, 71519, 71545, 71576, 71610, 71634, 71648, 71663, 71680, 71695, 71703, 71706, 71715, 71725, 71736, 71743, 71751, 71763, 71776, 71796, 71813, 71831, 71837, 71844, 71851, 71860, 71865, 71880, 71894, 71902, 71917, 71934, 71949, 71961, 71970, 71979, 71986, 71994, 72005, 72017, 72032, 72053, 72078, 72104, 72131, 72151, 72171, 72192, 72212, 72233, 72241, 72247, 72253, 72259, 72263, 72268, 72275, 72295, 72314, 72328, 72341, 72354, 72373, 72383, 72395, 72410, 72423, 72440, 72448, 72460, 72468, 72481, 72494, 72505, 72516, 72527, 72537, 72546, 72555, 72569, 72576, 72587, 72594, 72605, 72623, 72637, 72644, 72652, 72659, 72666, 72674, 72692, 72705, 72718, 72734, 72751, 72760, 72768, 72777, 72794, 72812, 72821, 72831, 72855, 72868, 72892, 72914, 72931, 72948, 72966, 72981, 72997, 73016, 73036, 73050, 73061, 73073, 73082, 73093, 73103, 73120, 73125, 73130, 73136, 73145, 73152, 73159, 73167, 73174, 73184, 73196, 73210, 73222, 73235, 73244, 73254, 73261, 73269, 73276, 73283, 73291, 73299, 73316, 73331, 73336, 73348, 73369, 73387, 73404, 73417, 73431, 73442, 73454, 73467, 73480, 73495, 73510, 73525, 73541, 73557, 73575, 73586, 73602, 73618, 73635, 73652, 73671, 73683, 73703, 73720, 73732, 73745, 73766, 73784, 73797, 73811, 73819, 73828, 73844, 73860, 73877, 73894, 73913, 73925, 73938, 73954, 73964, 73973, 73983, 73989, 73996, 74002, 74009, 74024, 74040, 74048, 74057, 74061, 74085, 74106, 74126, 74142, 74159, 74182, 74202, 74217, 74233, 74257, 74278, 74294, 74311, 74323, 74336, 74344, 74349, 74355, 74372, 74379, 74388, 74396, 74415, 74434, 74452, 74472, 74497, 74517, 74533, 74550, 74570, 74587, 74605, 74621, 74638, 74658, 74675, 74692, 74708, 74726, 74749, 74767, 74781, 74796, 74814, 74829, 74845, 74859, 74874, 74892, 74898, 74907, 74919, 74928, 74941, 74959, 74969, 74980, 74992, 74999, 75007, 75015, 75024, 75034, 75045, 75056, 75065, 75078, 75087, 75097, 75109, 75114, 75126, 75139, 75154, 75159, 75164, 75170, 75184, 75199, 75211, 75222, 75234, 75245, 75257, 75268, 75281, 75298, 75312, 75328, 75340, 75352, 75366, 75382, 75396, 75412, 75425, 75435, 75447, 75465, 75480, 75496, 75511, 75527, 75545, 75560, 75574, 75588, 75604, 75623, 75633, 75639, 75646, 75660, 75675, 75684, 75693, 75703, 75713, 75724, 75728, 75744, 75758, 75771, 75782, 75791, 75805, 75822, 75837, 75850, 75857, 75865, 75880, 75893, 75908, 75919, 75929, 75940, 75950, 75961, 75970, 75980, 75993, 76005, 76026, 76045, 76063, 76079, 76093, 76112, 76134, 76154, 76172, 76192, 76210, 76230, 76246, 76261, 76277, 76292, 76308, 76322, 76337, 76355, 76372, 76390, 76412, 76430, 76447, 76460, 76477, 76490, 76502, 76526, 76536, 76550, 76565, 76575, 76588, 76607, 76632, 76661, 76691, 76722, 76746, 76770, 76795, 76819, 76844, 76863, 76878, 76896, 76909, 76926, 76944, 76966, 76984, 77003, 77023, 77036, 77050, 77065, 77073, 77085, 77101, 77118, 77139, 77156, 77174, 77193, 77205, 77218, 77232, 77241, 77251, 77257, 77264, 77270, 77280, 77285, 77293, 77306, 77311, 77320, 77330, 77334, 77339, 77344, 77353, 77368, 77384, 77398, 77413, 77419, 77425, 77436, 77450, 77461, 77470, 77480, 77493, 77511, 77523, 77543, 77563, 77576, 77587, 77602, 77612, 77632, 77652, 77663, 77677, 77691, 77708, 77717, 77724, 77736, 77748, 77761, 77776, 77797, 77813, 77832, 77850, 77874, 77893, 77917, 77942, 77967, 77988, 78010, 78032, 78038, 78054, 78068, 78081, 78095, 78102, 78112, 78125, 78131, 78137, 78152, 78167, 78186, 78198, 78209, 78220, 78236, 78248, 78264, 78277, 78294, 78313, 78327, 78341, 78357, 78369, 78383, 78399, 78413, 78429, 78442, 78452, 78464, 78479, 78493, 78509, 78528, 78535, 78542, 78550, 78558, 78571, 78582, 78593, 78602, 78609, 78619, 78630, 78642, 78650, 78673, 78694, 78714, 78732, 78753, 78777, 78799, 78819, 78838, 78858, 78878, 78896, 78909, 78923, 78935, 78951, 78968, 78984, 79001, 79009, 79021, 79032, 79043, 79055, 79080, 79095, 79120, 79143, 79161, 79180, 79197, 79212, 79221, 79229, 79243, 79261, 79280, 79303, 79327, 79352, 79370, 79388, 79407, 79425, 79444, 79467, 79494, 79522, 79551, 79573, 79595, 79618, 79640, 79663, 79682, 79702, 79715, 79728, 79747, 79770, 79794, 79819, 79837, 79855, 79874, 79892, 79911, 79925, 79938, 79952, 79961, 79970, 79980, 79991, 80000, 80009, 80019, 80031, 80042, 80054, 80064, 80075, 80083, 80107, 80128, 80148, 80164, 80181, 80204, 80224, 80239, 80255, 80267, 80291, 80312, 80333, 80356, 80376, 80398, 80417, 80433, 80454, 80479, 80496, 80508, 80521, 80534, 80553, 80570, 80575, 80581, 80590, 80605, 80624, 80638, 80646, 80668, 80685, 80700, 80717, 80736, 80756, 80769, 80784, 80800, 80822, 80842, 80857, 80873, 80892, 80910, 80924, 80939, 80953, 80966, 80984, 81000, 81013, 81019, 81026, 81034, 81039, 81045, 81056, 81073, 81092, 81114, 81124, 81147, 81157, 81166, 81173, 81179, 81187, 81201, 81217, 81231, 81242, 81254, 81266, 81278, 81288, 81294, 81301, 81310, 81320, 81330, 81336, 81356, 81368, 81382, 81400, 81419, 81439, 81460, 81484, 81506, 81529, 81553, 81578, 81598, 81622, 81642, 81662, 81683, 81699, 81711, 81727, 81744, 81753, 81769, 81778, 81784, 81796, 81808, 81814, 81825, 81834, 81843, 81849, 81859, 81869, 81883, 81901, 81912, 81922, 81933, 81945, 81957, 81976, 81989, 82000, 82015, 82028, 82042, 82058, 82071, 82086, 82099, 82110, 82121, 82133, 82145, 82157, 82169, 82185, 82207, 82222, 82253, 82277, 82300, 82322, 82345, 82368, 82396, 82427, 82441, 82454, 82468, 82482, 82501, 82533, 82558, 82582, 82605, 82629, 82653, 82682, 82714, 82736, 82748, 82759, 82771, 82780, 82790, 82810, 82832, 82847, 82868, 82884, 82903, 82922, 82939, 82959, 82978, 82997, 83013, 83029, 83045, 83058, 83074, 83093, 83113, 83127, 83145, 83156, 83170, 83186, 83202, 83221, 83250, 83260, 83271, 83281, 83292, 83312, 83333, 83345, 83356, 83368, 83381, 83395, 83409, 83430, 83452, 83470, 83489, 83503, 83512, 83523, 83535, 83545, 83556, 83566, 83580, 83595, 83605, 83625, 83646, 83655, 83665, 83680, 83701, 83720, 83741, 83758, 83774, 83790, 83805, 83824, 83842, 83861, 83884, 83903, 83918, 83929, 83939, 83957, 83977, 83990, 84009, 84023, 84040, 84057, 84072, 84090, 84107, 84124, 84138, 84152, 84166, 84177, 84191, 84208, 84226, 84238, 84254, 84263, 84275, 84289, 84303, 84320, 84347, 84352, 84369, 84379, 84390, 84409, 84429, 84441, 84452, 84476, 84495, 84513, 84528, 84540, 84557, 84572, 84600, 84623, 84645, 84664, 84685, 84701, 84716, 84728, 84741, 84755, 84769, 84784, 84800, 84812, 84822, 84833, 84841, 84850, 84859, 84869, 84880, 84892, 84911, 84931, 84960, 84984, 85007, 85027, 85041, 85056, 85069, 85080, 85092, 85102, 85113, 85129, 85146, 85157, 85174, 85190, 85210, 85231, 85248, 85266, 85284, 85299, 85313, 85334, 85354, 85367, 85378, 85398, 85417, 85428, 85447, 85467, 85480, 85494, 85502, 85511, 85525, 85538, 85551, 85566, 85585, 85606, 85619, 85634, 85651, 85669, 85691, 85709, 85728, 85748, 85761, 85777, 85791, 85806, 85820, 85831, 85843, 85854, 85859, 85877, 85893, 85908, 85921, 85932, 85950, 85966, 85976, 85995, 86012, 86027, 86040, 86051, 86060, 86074, 86086, 86091, 86101, 86110, 86119, 86130, 86145, 86162, 86171, 86182, 86195, 86209, 86227, 86241, 86256, 86272, 86281, 86293, 86303, 86314, 86323, 86337, 86349, 86369, 86387, 86407, 86426, 86444, 86463, 86469, 86484, 86502, 86526, 86545, 86565, 86586, 86602, 86619, 86632, 86651, 86673, 86701, 86724, 86748, 86773, 86793, 86814, 86836, 86861, 86892, 86918, 86945, 86973, 86996, 87020, 87031, 87043, 87052, 87062, 87082, 87097, 87113, 87131, 87148, 87167, 87186, 87201, 87217, 87232, 87248, 87261, 87280, 87294, 87305, 87320, 87339, 87357, 87379, 87398, 87417, 87436, 87458, 87468, 87479, 87499, 87520, 87530, 87541, 87553, 87574, 87596, 87614, 87633, 87650, 87670, 87696, 87717, 87739, 87762, 87780, 87799, 87809, 87821, 87841, 87862, 87871, 87881, 87902, 87918, 87935, 87953, 87973, 87993, 88010, 88027, 88041, 88061, 88076, 88088, 88108, 88120, 88129, 88136, 88144, 88162, 88181, 88196, 88211, 88227, 88244, 88260, 88276, 88293, 88306, 88319, 88338, 88358, 88374, 88390, 88407, 88425, 88442, 88456, 88471, 88485, 88505, 88526, 88543, 88560, 88578, 88597, 88615, 88636, 88658, 88676, 88694, 88713, 88733, 88752, 88759, 88771, 88782, 88789, 88802, 88808, 88820, 88832, 88843, 88853, 88874, 88895, 88915, 88934, 88954, 88972, 88983, 88992, 88996, 89002, 89015, 89027, 89040, 89049, 89065, 89082, 89092, 89103, 89126, 89141, 89155, 89168, 89181, 89201, 89215, 89228, 89242, 89252, 89262, 89272, 89282, 89298, 89309, 89319, 89330, 89342, 89355, 89366, 89380, 89395, 89415, 89426, 89439, 89457, 89469, 89488, 89504, 89516, 89527, 89545, 89556, 89572, 89583, 89593, 89611, 89621, 89632, 89639, 89655, 89668, 89675, 89688, 89702, 89712, 89729, 89747, 89758, 89770, 89785, 89799, 89814, 89828, 89843, 89854, 89865, 89877, 89890, 89904, 89918, 89933, 89944, 89962, 89981, 89993, 90006, 90022, 90037, 90053, 90068, 90080, 90092, 90105, 90119, 90134, 90148, 90163, 90175, 90190, 90211, 90230, 90251, 90268, 90284, 90300, 90315, 90334, 90352, 90371, 90394, 90413, 90422, 90430, 90439, 90460, 90473, 90485, 90496, 90507, 90525, 90537, 90547, 90558, 90571, 90589, 90605, 90628, 90641, 90655, 90672, 90695, 90711, 90732, 90747, 90769, 90782, 90794, 90813, 90830, 90854, 90868, 90883, 90901, 90925, 90942, 90964, 90980, 91003, 91015, 91022, 91031, 91038, 91052, 91074, 91091, 91104, 91116, 91135, 91148, 91161, 91179, 91198, 91216, 91237, 91245, 91253, 91261, 91276, 91299, 91317, 91331, 91344, 91364, 91378, 91392, 91411, 91431, 91450, 91472, 91481, 91489, 91497, 91511, 91520, 91534, 91554, 91572, 91592, 91608, 91623, 91638, 91652, 91670, 91687, 91705, 91727, 91745, 91753, 91762, 91769, 91775, 91784, 91794, 91802, 91809, 91819, 91829, 91840, 91848, 91854, 91861, 91875, 91890, 91901, 91912, 91924, 91937, 91949, 91958, 91970, 91983, 91995, 92007, 92020, 92038, 92053, 92062, 92073, 92089, 92099, 92109, 92126, 92140, 92149, 92155, 92161, 92178, 92188, 92197, 92206, 92220, 92232, 92241, 92249, 92264, 92279, 92292, 92306, 92321, 92331, 92342, 92359, 92377, 92396, 92408, 92421, 92446, 92463, 92479, 92494, 92509, 92531, 92547, 92562, 92578, 92595, 92607, 92619, 92631, 92643, 92661, 92674, 92685, 92697, 92710, 92723, 92737, 92752, 92765, 92781, 92798, 92820, 92833, 92848, 92868, 92882, 92896, 92917, 92935, 92949, 92962, 92982, 92990, 92999, 93015, 93026, 93044, 93061, 93074, 93087, 93101, 93115, 93130, 93144, 93159, 93173, 93190, 93196, 93210, 93232, 93249, 93262, 93274, 93293, 93306, 93319, 93337, 93356, 93374, 93395, 93408, 93424, 93443, 93463, 93479, 93502, 93526, 93543, 93561, 93582, 93602, 93623, 93643, 93660, 93677, 93695, 93714, 93734, 93754, 93775, 93792, 93816, 93841, 93859, 93878, 93900, 93921, 93943, 93964, 93982, 94000, 94019, 94039, 94060, 94067, 94076, 94081, 94087, 94094, 94102, 94107, 94113, 94125, 94139, 94151, 94160, 94165, 94175, 94188, 94197, 94207, 94216, 94232, 94246, 94263, 94280, 94295, 94313, 94329, 94345, 94360, 94374, 94399, 94424, 94448, 94471, 94495, 94517, 94532, 94545, 94552, 94561, 94573, 94582, 94593, 94602, 94612, 94626, 94642, 94661, 94680, 94698, 94715, 94743, 94771, 94798, 94824, 94851, 94876, 94894, 94910, 94919, 94929, 94941, 94948, 94956, 94965, 94975, 94989, 95007, 95029, 95048, 95066, 95080, 95095, 95106, 95127, 95145, 95158, 95172, 95182, 95204, 95223, 95242, 95263, 95281, 95301, 95318, 95332, 95351, 95374, 95389, 95399, 95408, 95420, 95431, 95442, 95455, 95463, 95472, 95483, 95493, 95499, 95517, 95520, 95528, 95541, 95544, 95560, 95568, 95580, 95592, 95608, 95614, 95632, 95645, 95656, 95668, 95678, 95689, 95700, 95709, 95716, 95724, 95735, 95744, 95753, 95763, 95776, 95788, 95800, 95813, 95827, 95845, 95864, 95877, 95884, 95895, 95912, 95922, 95932, 95940, 95949, 95958, 95965, 95973, 95984, 95993, 96002, 96012, 96016, 96030, 96045, 96061, 96088, 96097, 96103, 96114, 96126, 96140, 96152, 96169, 96183, 96195, 96208, 96222, 96233, 96243, 96265, 96272, 96287, 96305, 96318, 96332, 96347, 96359, 96369, 96375, 96381, 96387, 96397, 96407, 96419, 96432, 96444, 96454, 96464, 96475, 96492, 96498, 96505, 96513, 96522, 96531, 96541, 96558, 96574, 96588, 96609, 96629, 96647, 96666, 96681, 96703, 96727, 96736, 96746, 96756, 96767, 96774, 96788, 96799, 96808, 96823, 96834, 96845, 96859, 96871, 96884, 96896, 96907, 96919, 96928, 96935, 96946, 96956, 96969, 96978, 96987, 96995, 97005, 97016, 97025, 97033, 97044, 97053, 97061, 97076, 97092, 97104, 97116, 97129, 97143, 97156, 97166, 97176, 97187, 97197, 97207, 97219, 97229, 97238, 97254, 97267, 97284, 97300, 97313, 97326, 97342, 97356, 97370, 97385, 97399, 97416, 97434, 97448, 97462, 97477, 97493, 97508, 97521, 97530, 97544, 97558, 97563, 97571, 97580, 97589, 97596, 97604, 97616, 97630, 97644, 97654, 97667, 97674, 97681, 97690, 97698, 97711, 97717, 97731, 97741, 97746, 97752, 97761, 97776, 97789, 97803, 97815, 97827, 97843, 97857, 97872, 97885, 97898, 97909, 97921, 97937, 97950, 97959, 97970, 97984, 97996, 98005, 98017, 98031, 98045, 98054, 98070, 98087, 98105, 98124, 98134, 98143, 98157, 98170, 98189, 98209, 98230, 98252, 98260, 98267, 98286, 98300, 98315, 98333, 98349, 98367, 98385, 98400, 98418, 98433, 98445, 98463, 98476, 98486, 98504, 98511, 98520, 98542, 98566, 98593, 98602, 98609, 98620, 98636, 98645, 98664, 98672, 98681, 98693, 98706, 98721, 98738, 98750, 98763, 98779, 98793, 98809, 98825, 98847, 98860, 98876, 98893, 98906, 98920, 98943, 98953, 98963, 98975, 98991, 99006, 99017, 99030, 99040, 99048, 99061, 99076, 99086, 99102, 99113, 99123, 99138, 99152, 99161, 99171, 99179, 99184, 99190, 99205, 99218, 99229, 99245, 99257, 99270, 99284, 99294, 99313, 99330, 99345, 99365, 99381, 99398, 99418, 99437, 99454, 99478, 99501, 99522, 99544, 99562, 99571, 99581, 99587, 99597, 99608, 99615, 99630, 99642, 99653, 99665, 99678, 99691, 99705, 99717, 99733, 99747, 99762, 99779, 99793, 99809, 99823, 99835, 99848, 99861, 99874, 99887, 99898, 99910, 99923, 99937, 99952, 99967, 99982, 99992, 100004, 100017, 100028, 100040, 100051, 100066, 100082, 100093, 100109, 100121, 100128, 100135, 100146, 100157, 100162, 100172, 100183, 100195, 100205, 100220, 100232, 100246, 100258, 100268, 100279, 100290, 100301, 100311, 100325, 100335, 100341, 100348, 100355, 100360, 100365, 100371, 100377, 100385, 100402, 100429, 100452, 100475, 100485, 100502, 100519, 100534, 100550, 100566, 100584, 100601, 100615, 100638, 100656, 100670, 100685, 100698, 100716, 100731, 100746, 100762, 100779, 100798, 100817, 100833, 100851, 100865, 100878, 100893, 100911, 100925, 100945, 100955, 100960, 100966, 100972, 100978, 100991, 101009, 101020, 101032, 101052, 101070, 101085, 101112, 101132, 101151, 101169, 101188, 101207, 101231, 101258, 101273, 101283, 101294, 101303, 101313, 101322, 101338, 101351, 101371, 101385, 101401, 101419, 101438, 101452, 101472, 101493, 101524, 101549, 101568, 101585, 101597, 101607, 101618, 101628, 101639, 101654, 101670, 101683, 101701, 101720, 101749, 101772, 101789, 101806, 101830, 101855, 101890, 101919, 101942, 101958, 101975, 101997, 102020, 102053, 102080, 102101, 102123, 102146, 102179, 102206, 102227, 102250, 102274, 102308, 102336, 102358, 102376, 102404, 102426, 102442, 102460, 102477, 102493, 102521, 102542, 102562, 102581, 102601, 102621, 102646, 102674, 102692, 102711, 102729, 102748, 102777, 102800, 102817, 102836, 102856, 102886, 102910, 102928, 102942, 102953, 102977, 102995, 103007, 103018, 103028, 103037, 103053, 103065, 103082, 103094, 103107, 103122, 103137, 103151, 103168, 103183, 103197, 103213, 103234, 103254, 103274, 103295, 103310, 103326, 103347, 103366, 103382, 103397, 103411, 103428, 103446, 103461, 103477, 103502, 103523, 103538, 103555, 103574, 103591, 103610, 103623, 103638, 103654, 103671, 103690, 103703, 103719, 103731, 103738, 103744, 103757, 103770, 103781, 103793, 103805, 103819, 103832, 103842, 103861, 103875, 103885, 103896, 103905, 103919, 103930, 103941, 103953, 103966, 103981, 103996, 104008, 104022, 104032, 104041, 104052, 104066, 104076, 104092, 104105, 104115, 104124, 104139, 104154, 104161, 104170, 104176, 104183, 104196, 104211, 104222, 104234, 104247, 104257, 104269, 104275, 104281, 104294, 104309, 104322, 104332, 104344, 104352, 104363, 104379, 104399, 104415, 104427, 104443, 104455, 104469, 104487, 104501, 104506, 104517, 104521, 104530, 104550, 104565, 104581, 104600, 104617, 104644, 104663, 104682, 104698, 104722, 104745, 104761, 104774, 104793, 104807, 104830, 104843, 104854, 104871, 104892, 104913, 104932, 104946, 104960, 104982, 104994, 105005, 105017, 105027, 105035, 105045, 105060, 105074, 105087, 105099, 105116, 105126, 105133, 105144, 105157, 105165, 105174, 105189, 105205, 105222, 105239, 105248, 105258, 105277, 105308, 105337, 105371, 105402, 105436, 105467, 105500, 105528, 105547, 105561, 105576, 105599, 105620, 105646, 105669, 105689, 105715, 105738, 105763, 105783, 105807, 105829, 105844, 105867, 105876, 105889, 105902, 105912, 105928, 105940, 105948, 105958, 105972, 105984, 105993, 106003, 106014, 106030, 106045, 106058, 106068, 106086, 106096, 106104, 106130, 106153, 106175, 106197, 106217, 106230, 106246, 106263, 106281, 106294, 106308, 106319, 106332, 106349, 106362, 106379, 106387, 106416, 106443, 106475, 106504, 106536, 106565, 106596, 106622, 106635, 106656, 106675, 106699, 106720, 106744, 106765, 106788, 106806, 106815, 106825, 106850, 106865, 106881, 106896, 106910, 106919, 106930, 106945, 106960, 106972, 106978, 106991, 107003, 107023, 107044, 107057, 107072, 107089, 107109, 107130, 107146, 107177, 107198, 107213, 107233, 107249, 107268, 107284, 107300, 107316, 107335, 107350, 107366, 107382, 107400, 107421, 107443, 107460, 107492, 107506, 107519, 107538, 107555, 107575, 107597, 107622, 107648, 107669, 107705, 107718, 107732, 107747, 107761, 107781, 107795, 107814, 107829, 107847, 107862, 107877, 107892, 107910, 107924, 107939, 107955, 107972, 107988, 108004, 108022, 108043, 108065, 108082, 108114, 108136, 108160, 108189, 108210, 108230, 108250, 108264, 108283, 108298, 108316, 108331, 108346, 108361, 108379, 108394, 108410, 108426, 108448, 108464, 108485, 108502, 108522, 108539, 108556, 108573, 108593, 108615, 108639, 108668, 108689, 108709, 108730, 108745, 108765, 108781, 108800, 108816, 108832, 108848, 108867, 108883, 108901, 108927, 108947, 108972, 108993, 109017, 109038, 109059, 109080, 109104, 109116, 109129, 109150, 109163, 109176, 109194, 109214, 109239, 109256, 109272, 109286, 109301, 109317, 109341, 109359, 109382, 109401, 109423, 109442, 109461, 109480, 109502, 109514, 109537, 109562, 109592, 109614, 109635, 109645, 109663, 109678, 109693, 109705, 109718, 109741, 109766, 109796, 109818, 109839, 109859, 109881, 109908, 109927, 109945, 109962, 109981, 110003, 110026, 110044, 110077, 110094, 110112, 110129, 110141, 110161, 110175, 110194, 110209, 110227, 110242, 110257, 110272, 110290, 110301, 110312, 110329, 110348, 110370, 110393, 110411, 110444, 110466, 110482, 110503, 110520, 110540, 110557, 110574, 110591, 110611, 110630, 110647, 110666, 110688, 110711, 110729, 110762, 110784, 110800, 110821, 110838, 110858, 110875, 110892, 110909, 110929, 110944, 110965, 110984, 111004, 111018, 111034, 111053, 111073, 111088, 111118, 111133, 111150, 111170, 111191, 111207, 111238, 111252, 111267, 111287, 111301, 111320, 111335, 111353, 111368, 111383, 111398, 111416, 111442, 111462, 111487, 111508, 111532, 111553, 111574, 111595, 111619, 111645, 111665, 111690, 111711, 111735, 111756, 111777, 111798, 111822, 111846, 111864, 111887, 111906, 111928, 111947, 111966, 111985, 112007, 112035, 112057, 112084, 112107, 112133, 112156, 112179, 112202, 112228, 112239, 112251, 112258, 112276, 112289, 112303, 112320, 112335, 112360, 112377, 112394, 112408, 112430, 112451, 112465, 112476, 112493, 112505, 112526, 112535, 112554, 112571, 112583, 112593, 112605, 112633, 112659, 112690, 112718, 112749, 112777, 112807, 112832, 112843, 112855, 112875, 112893, 112916, 112936, 112953, 112976, 112996, 113018, 113035, 113047, 113054, 113059, 113065, 113077, 113095, 113113, 113130, 113146, 113173, 113200, 113226, 113251, 113277, 113301, 113318, 113333, 113338, 113346, 113352, 113366, 113374, 113399, 113415, 113435, 113452, 113470, 113483, 113498, 113510, 113533, 113560, 113583, 113597, 113615, 113631, 113651, 113665, 113679, 113704, 113729, 113754, 113780, 113795, 113806, 113819, 113833, 113843, 113852, 113854, 113856, 113858, 113861, 113863, 113865, 113867, 113869, 113871, 113873, 113875, 113877, 113888, 113894, 113904, 113917, 113925, 113934, 113944, 113955, 113964, 113973, 113983, 113994, 114003, 114012, 114023, 114039, 114049, 114062, 114076, 114084, 114097, 114108, 114113, 114119, 114128, 114142, 114161, 114176, 114197, 114209, 114227, 114246, 114259, 114280, 114293, 114309, 114323, 114338, 114355, 114365, 114380, 114392, 114405, 114416, 114436, 114446, 114457, 114479, 114493, 114510, 114525, 114541, 114559, 114582, 114597, 114615, 114631, 114648, 114667, 114679, 114685, 114693, 114708, 114724, 114738, 114754, 114773, 114798, 114816, 114836, 114851, 114871, 114897, 114916, 114937, 114948, 114962, 114972, 114987, 115000, 115014, 115033, 115045, 115058, 115072, 115090, 115097, 115110, 115118, 115130, 115145, 115152, 115165, 115179, 115190, 115200, 115217, 115235, 115250, 115269, 115284, 115298, 115307, 115316, 115334, 115351, 115373, 115390, 115401, 115426, 115451, 115470, 115493, 115503, 115519, 115536, 115550, 115570, 115591, 115609, 115631, 115649, 115660, 115670, 115686, 115700, 115719, 115736, 115756, 115772, 115792, 115809, 115825, 115842, 115859, 115877, 115896, 115910, 115925, 115943, 115956, 115968, 115980, 115991, 116008, 116021, 116024, 116028, 116039, 116051, 116056, 116062, 116075, 116086, 116099, 116114, 116127, 116138, 116153, 116166, 116178, 116190, 116200, 116214, 116232, 116245, 116262, 116277, 116287, 116298, 116304, 116318, 116330, 116344, 116360, 116374, 116386, 116399, 116415, 116427, 116441, 116452, 116458, 116471, 116487, 116507, 116523, 116533, 116544, 116555, 116561, 116581, 116604, 116627, 116647, 116669, 116678, 116691, 116706, 116721, 116734, 116746, 116763, 116782, 116804, 116826, 116845, 116866, 116875, 116885, 116909, 116936, 116963, 116987, 117013, 117026, 117049, 117075, 117101, 117124, 117149, 117162, 117173, 117187, 117199, 117209, 117223, 117241, 117254, 117271, 117281, 117287, 117305, 117307, 117324, 117344, 117364, 117381, 117400, 117409, 117423, 117429, 117439, 117451, 117463, 117473, 117482, 117496, 117512, 117531, 117550, 117566, 117584, 117595, 117611, 117617, 117625, 117638, 117650, 117657, 117678, 117702, 117726, 117747, 117770, 117780, 117800, 117823, 117846, 117866, 117888, 117898, 117906, 117917, 117926, 117942, 117960, 117975, 117994, 118001, 118012, 118027, 118037, 118051, 118058, 118063, 118072, 118078, 118082, 118095, 118105, 118124, 118141, 118162, 118183, 118196, 118204, 118213, 118225, 118232, 118243, 118258, 118268, 118279, 118290, 118303, 118314, 118325, 118338, 118348, 118360, 118376, 118390, 118408, 118426, 118450, 118472, 118498, 118524, 118538, 118550, 118566, 118587, 118606, 118629, 118652, 118674, 118694, 118718, 118742, 118762, 118780, 118802, 118824, 118847, 118868, 118893, 118918, 118934, 118956, 118976, 119000, 119024, 119041, 119056, 119075, 119094, 119107, 119121, 119136, 119149, 119166, 119183, 119191, 119220, 119247, 119278, 119309, 119328, 119345, 119366, 119392, 119416, 119444, 119472, 119499, 119524, 119553, 119582, 119607, 119630, 119657, 119684, 119712, 119738, 119768, 119798, 119819, 119846, 119871, 119900, 119929, 119947, 119963, 119983, 120003, 120014, 120031, 120046, 120065, 120084, 120093, 120103, 120114, 120129, 120144, 120156, 120176, 120199, 120226, 120243, 120261, 120283, 120295, 120304, 120314, 120328, 120344, 120362, 120380, 120395, 120412, 120423, 120441, 120449, 120459, 120470, 120506, 120521, 120532, 120538, 120549, 120552, 120564, 120575, 120587, 120594, 120605, 120619, 120628, 120638, 120648, 120659, 120669, 120681, 120691, 120701, 120713, 120724, 120732, 120741, 120751, 120768, 120784, 120792, 120801, 120811, 120823, 120827, 120839, 120847, 120858, 120863, 120872, 120879, 120887, 120893, 120900, 120913, 120923, 120936, 120953, 120968, 120983, 120993, 121003, 121015, 121032, 121045, 121061, 121076, 121094, 121110, 121130, 121149, 121164, 121179, 121190, 121212, 121227, 121242, 121259, 121271, 121282, 121292, 121300, 121309, 121324, 121344, 121364, 121393, 121423, 121452, 121474, 121501, 121527, 121551, 121568, 121589, 121620, 121652, 121683, 121707, 121736, 121764, 121790, 121804, 121818, 121835, 121855, 121868, 121884, 121912, 121941, 121969, 121990, 122016, 122041, 122064, 122077, 122095, 122108, 122127, 122144, 122159, 122174, 122186, 122190, 122200, 122208, 122224, 122243, 122266, 122285, 122298, 122307, 122314, 122320, 122334, 122346, 122360, 122376, 122390, 122402, 122415, 122431, 122443, 122467, 122489, 122515, 122541, 122558, 122576, 122590, 122602, 122618, 122635, 122656, 122675, 122698, 122721, 122736, 122758, 122778, 122802, 122826, 122844, 122863, 122883, 122901, 122923, 122945, 122958, 122979, 123001, 123022, 123041, 123064, 123085, 123110, 123135, 123151, 123173, 123193, 123217, 123241, 123255, 123262, 123277, 123295, 123317, 123335, 123347, 123365, 123378, 123392, 123399, 123407, 123415, 123424, 123434, 123444, 123456, 123470, 123476, 123491, 123499, 123508, 123519, 123536, 123556, 123572, 123593, 123611, 123627, 123644, 123659, 123669, 123681, 123705, 123716, 123740, 123758, 123780, 123791, 123799, 123811, 123828, 123847, 123861, 123874, 123888, 123901, 123914, 123927, 123941, 123953, 123969, 123984, 124004, 124025, 124039, 124054, 124067, 124084, 124093, 124106, 124118, 124125, 124143, 124153, 124165, 124183, 124199, 124218, 124236, 124255, 124272, 124291, 124312, 124324, 124337, 124349, 124357, 124373, 124394, 124418, 124446, 124464, 124483, 124506, 124519, 124527, 124537, 124546, 124549, 124553, 124562, 124574, 124597, 124616, 124624, 124627, 124635, 124650, 124660, 124672, 124686, 124699, 124710, 124721, 124739, 124752, 124767, 124784, 124800, 124814, 124825, 124843, 124856, 124871, 124888, 124904, 124918, 124924, 124933, 124944, 124961, 124976, 124989, 125004, 125014, 125031, 125043, 125057, 125073, 125088, 125101, 125109, 125115, 125121, 125134, 125152, 125173, 125198, 125213, 125229, 125249, 125259, 125265, 125275, 125282, 125296, 125313, 125330, 125345, 125358, 125377, 125393, 125407, 125413, 125420, 125439, 125457, 125481, 125508, 125535, 125559, 125585, 125601, 125622, 125635, 125652, 125671, 125690, 125707, 125723, 125744, 125767, 125793, 125819, 125842, 125867, 125885, 125908, 125921, 125936, 125956, 125975, 125989, 126017, 126048, 126079, 126107, 126137, 126154, 126181, 126211, 126241, 126268, 126297, 126314, 126329, 126347, 126363, 126377, 126395, 126417, 126434, 126455, 126469, 126476, 126495, 126510, 126534, 126554, 126579, 126599, 126620, 126640, 126655, 126678, 126697, 126725, 126749, 126778, 126802, 126827, 126851, 126870, 126890, 126906, 126919, 126934, 126949, 126959, 126969, 126986, 126999, 127015, 127030, 127048, 127064, 127084, 127103, 127118, 127133, 127144, 127156, 127166, 127176, 127183, 127190, 127196, 127205, 127213, 127224, 127233, 127238, 127244, 127254, 127264, 127273, 127286, 127298, 127309, 127317, 127325, 127332, 127347, 127360, 127375, 127392, 127407, 127420, 127434, 127451, 127464, 127473, 127489, 127503, 127519, 127537, 127553, 127567, 127582, 127600, 127614, 127628, 127656, 127679, 127708, 127733, 127761, 127788, 127810, 127833, 127851, 127870, 127895, 127913, 127933, 127953, 127985, 128014, 128021, 128038, 128060, 128084, 128103, 128113, 128131, 128154, 128180, 128210, 128230, 128251, 128276, 128291, 128308, 128330, 128354, 128373, 128383, 128401, 128424, 128450, 128480, 128500, 128521, 128546, 128561, 128576, 128600, 128625, 128653, 128678, 128705, 128732, 128759, 128784, 128807, 128823, 128842, 128858, 128880, 128903, 128929, 128952, 128977, 129002, 129027, 129050, 129071, 129093, 129116, 129142, 129165, 129190, 129215, 129240, 129263, 129284, 129302, 129320, 129345, 129371, 129400, 129426, 129454, 129482, 129510, 129536, 129560, 129578, 129594, 129608, 129611, 129616, 129622, 129632, 129642, 129652, 129662, 129672, 129681, 129692, 129705, 129714, 129724, 129734, 129746, 129759, 129772, 129785, 129798, 129811, 129826, 129831, 129840, 129846, 129854, 129862, 129869, 129875, 129880, 129894, 129909, 129920, 129937, 129951, 129961, 129978, 129996, 130010, 130025, 130041, 130057, 130068, 130078, 130085, 130092, 130104, 130107, 130113, 130126, 130133, 130146, 130165, 130179, 130190, 130207, 130225, 130240, 130259, 130274, 130298, 130318, 130343, 130363, 130384, 130404, 130419, 130442, 130457, 130476, 130504, 130528, 130557, 130581, 130606, 130630, 130649, 130669, 130685, 130693, 130702, 130707, 130715, 130721, 130728, 130745, 130758, 130779, 130798, 130816, 130832, 130850, 130865, 130879, 130893, 130914, 130933, 130951, 130967, 130985, 131007, 131021, 131038, 131053, 131069, 131087, 131099, 131113, 131128, 131145, 131166, 131187, 131206, 131229, 131247, 131262, 131280, 131297, 131313, 131330, 131346, 131364, 131383, 131398, 131422, 131438, 131457, 131474, 131492, 131512, 131523, 131540, 131562, 131582, 131601, 131618, 131637, 131649, 131666, 131684, 131694, 131707, 131724, 131736, 131746, 131752, 131756, 131767, 131788, 131807, 131824, 131835, 131841, 131856, 131863, 131873, 131882, 131888, 131899, 131907, 131918, 131927, 131934, 131939, 131945, 131952, 131967, 131983, 131995, 132013, 132028, 132039, 132057, 132064, 132068, 132080, 132090, 132102, 132116, 132128, 132138, 132149, 132163, 132173, 132176, 132194, 132215, 132236, 132254, 132274, 132284, 132299, 132306, 132317, 132330, 132343, 132354, 132364, 132379, 132396, 132416, 132436, 132453, 132472, 132484, 132501, 132508, 132517, 132531, 132544, 132552, 132574, 132599, 132624, 132646, 132670, 132681, 132702, 132726, 132750, 132771, 132794, 132805, 132814, 132826, 132836, 132844, 132856, 132872, 132883, 132898, 132906, 132916, 132930, 132936, 132949, 132965, 132972, 132982, 132994, 133002, 133008, 133015, 133023, 133029, 133046, 133064, 133076, 133087, 133097, 133109, 133115, 133122, 133133, 133144, 133155, 133166, 133177, 133190, 133202, 133218, 133230, 133239, 133249, 133263, 133277, 133291, 133305, 133319, 133335, 133350, 133362, 133365, 133375, 133380, 133384, 133395, 133408, 133420, 133429, 133440, 133455, 133472, 133488, 133501, 133516, 133530, 133542, 133559, 133574, 133592, 133606, 133626, 133650, 133662, 133678, 133697, 133715, 133734, 133758, 133786, 133802, 133822, 133845, 133867, 133890, 133902, 133911, 133921, 133934, 133941, 133953, 133966, 133976, 133988, 134009, 134029, 134054, 134074, 134088, 134116, 134144, 134166, 134192, 134199, 134217, 134232, 134249, 134269, 134290, 134306, 134321, 134337, 134351, 134371, 134394, 134411, 134427, 134444, 134458, 134466, 134484, 134494, 134497, 134501, 134504, 134508, 134514, 134535, 134547, 134561, 134578, 134592, 134608, 134622, 134642, 134654, 134670, 134684, 134703, 134720, 134740, 134756, 134771, 134781, 134789, 134799, 134812, 134828, 134849, 134868, 134885, 134901, 134919, 134942, 134957, 134977, 134996, 135009, 135027, 135049, 135066, 135087, 135101, 135111, 135125, 135143, 135162, 135171, 135175, 135180, 135194, 135214, 135230, 135243, 135258, 135276, 135297, 135303, 135314, 135331, 135341, 135351, 135363, 135378, 135381, 135392, 135408, 135422, 135441, 135445, 135450, 135455, 135478, 135500, 135510, 135521, 135530, 135542, 135555, 135576, 135599, 135613, 135625, 135631, 135641, 135662, 135686, 135710, 135731, 135754, 135764, 135781, 135807, 135834, 135860, 135879, 135903, 135926, 135947, 135966, 135983, 136001, 136017, 136035, 136063, 136092, 136120, 136141, 136167, 136192, 136215, 136225, 136235, 136246, 136255, 136275, 136298, 136321, 136341, 136363, 136373, 136398, 136426, 136454, 136479, 136506, 136520, 136544, 136571, 136598, 136622, 136648, 136662, 136679, 136689, 136714, 136740, 136765, 136783, 136806, 136828, 136848, 136863, 136877, 136889, 136899, 136910, 136921, 136932, 136938, 136956, 136971, 136985, 136996, 137003, 137018, 137038, 137061, 137088, 137105, 137123, 137145, 137157, 137178, 137196, 137213, 137227, 137238, 137244, 137257, 137262, 137272, 137280, 137289, 137302, 137318, 137334, 137348, 137360, 137378, 137393, 137406, 137419, 137426, 137438, 137453, 137469, 137484, 137497, 137513, 137530, 137544, 137559, 137570, 137583, 137591, 137608, 137623, 137643, 137661, 137674, 137690, 137707, 137721, 137738, 137756, 137771, 137787, 137799, 137813, 137834, 137851, 137858, 137869, 137882, 137898, 137917, 137923, 137931, 137940, 137950, 137961, 137978, 137997, 138017, 138036, 138051, 138070, 138088, 138103, 138117, 138136, 138153, 138176, 138192, 138213, 138228, 138254, 138279, 138308, 138322, 138336, 138359, 138386, 138413, 138444, 138469, 138490, 138521, 138551, 138585, 138613, 138645, 138677, 138713, 138743, 138769, 138799, 138823, 138845, 138872, 138903, 138926, 138951, 138973, 139000, 139019, 139041, 139057, 139074, 139104, 139134, 139156, 139180, 139206, 139234, 139261, 139272, 139281, 139298, 139318, 139338, 139356, 139372, 139394, 139413, 139430, 139437, 139444, 139451, 139458, 139470, 139496, 139519, 139541, 139564, 139587, 139611, 139636, 139656, 139677, 139701, 139720, 139738, 139756, 139773, 139780, 139794, 139809, 139821, 139833, 139853, 139869, 139888, 139905, 139918, 139935, 139944, 139954, 139974, 139993, 140014, 140038, 140062, 140082, 140102, 140123, 140144, 140171, 140185, 140205, 140220, 140236, 140246, 140255, 140276, 140294, 140306, 140323, 140336, 140357, 140380, 140394, 140408, 140436, 140463, 140474, 140489, 140500, 140512, 140539, 140567, 140588, 140610, 140635, 140661, 140688, 140716, 140744, 140773, 140792, 140812, 140831, 140851, 140874, 140898, 140921, 140945, 140955, 140964, 140972, 140991, 141003, 141018, 141032, 141047, 141062, 141078, 141097, 141113, 141127, 141147, 141163, 141180, 141187, 141202, 141214, 141229, 141248, 141262, 141274, 141288, 141305, 141325, 141335, 141346, 141362, 141385, 141412, 141435, 141458, 141482, 141506, 141528, 141554, 141576, 141598, 141621, 141644, 141665, 141687, 141709, 141718, 141740, 141752, 141764, 141785, 141805, 141816, 141826, 141841, 141844, 141855, 141865, 141875, 141887, 141898, 141909, 141914, 141921, 141943, 141968, 141993, 142015, 142039, 142050, 142065, 142082, 142101, 142122, 142146, 142170, 142191, 142214, 142225, 142237, 142263, 142292, 142321, 142347, 142375, 142390, 142415, 142443, 142471, 142496, 142523, 142538, 142551, 142567, 142581, 142593, 142597, 142602, 142614, 142626, 142639, 142657, 142671, 142686, 142702, 142718, 142729, 142739, 142749, 142766, 142773, 142780, 142790, 142811, 142835, 142859, 142880, 142903, 142913, 142930, 142956, 142983, 143009, 143028, 143052, 143075, 143096, 143115, 143132, 143150, 143166, 143184, 143212, 143241, 143269, 143290, 143316, 143341, 143364, 143374, 143384, 143395, 143404, 143424, 143447, 143470, 143490, 143512, 143522, 143547, 143575, 143603, 143628, 143655, 143669, 143693, 143720, 143747, 143771, 143797, 143811, 143828, 143838, 143863, 143889, 143914, 143932, 143955, 143977, 143997, 144009, 144026, 144045, 144060, 144074, 144086, 144096, 144107, 144118, 144130, 144140, 144147, 144165, 144180, 144194, 144205, 144212, 144218, 144231, 144251, 144268, 144279, 144294, 144305, 144312, 144327, 144338, 144349, 144362, 144382, 144396, 144408, 144423, 144434, 144450, 144463, 144472, 144480, 144487, 144505, 144519, 144538, 144553, 144569, 144581, 144592, 144602, 144613, 144625, 144636, 144645, 144648, 144651, 144655, 144659, 144667, 144676, 144680, 144684, 144687, 144691, 144694, 144708, 144716, 144725, 144737, 144748, 144761, 144765, 144770, 144781, 144797, 144821, 144844, 144868, 144890, 144918, 144939, 144953, 144968, 144970, 144973, 144984, 145000, 145012, 145025, 145043, 145054, 145063, 145076, 145090, 145097, 145105, 145112, 145123, 145135, 145147, 145162, 145177, 145190, 145201, 145218, 145232, 145244, 145250, 145263, 145283, 145300, 145311, 145326, 145337, 145345, 145357, 145370, 145384, 145401, 145418, 145433, 145446, 145465, 145481, 145495, 145512, 145526, 145539, 145549, 145561, 145584, 145591, 145603, 145608, 145618, 145624, 145631, 145642, 145661, 145677, 145690, 145701, 145716, 145727, 145739, 145746, 145761, 145781, 145804, 145831, 145848, 145866, 145888, 145900, 145913, 145925, 145931, 145945, 145960, 145971, 145988, 146002, 146012, 146029, 146034, 146038, 146050, 146066, 146083, 146094, 146103, 146112, 146120, 146128, 146142, 146155, 146161, 146171, 146189, 146212, 146233, 146253, 146272, 146292, 146310, 146330, 146351, 146373, 146390, 146404, 146418, 146434, 146452, 146473, 146489, 146504, 146519, 146533, 146544, 146563, 146585, 146606, 146625, 146646, 146669, 146684, 146701, 146723, 146740, 146756, 146763, 146770, 146777, 146786, 146796, 146807, 146819, 146831, 146844, 146857, 146871, 146885, 146900, 146910, 146921, 146934, 146948, 146958, 146969, 146980, 146994, 147009, 147025, 147041, 147058, 147075, 147093, 147111, 147130, 147144, 147159, 147176, 147194, 147208, 147223, 147238, 147253, 147264, 147272, 147287, 147303, 147320, 147337, 147355, 147373, 147392, 147411, 147431, 147446, 147462, 147480, 147499, 147514, 147530, 147546, 147562, 147571, 147581, 147590, 147600, 147611, 147620, 147634, 147649, 147662, 147673, 147691, 147706, 147723, 147737, 147748, 147760, 147770, 147781, 147791, 147798, 147806, 147822, 147835, 147848, 147868, 147885, 147902, 147922, 147938, 147951, 147960, 147969, 147979, 147994, 148012, 148031, 148046, 148067, 148085, 148099, 148120, 148129, 148137, 148148, 148161, 148175, 148189, 148202, 148218, 148229, 148240, 148252, 148260, 148273, 148281, 148294, 148306, 148313, 148321, 148331, 148345, 148359, 148377, 148392, 148410, 148428, 148441, 148456, 148470, 148489, 148505, 148531, 148546, 148565, 148581, 148594, 148609, 148627, 148657, 148677, 148690, 148716, 148741, 148756, 148775, 148793, 148808, 148825, 148842, 148860, 148875, 148893, 148912, 148930, 148945, 148960, 148974, 148989, 149005, 149020, 149036, 149059, 149085, 149110, 149135, 149159, 149178, 149196, 149214, 149233, 149248, 149261, 149279, 149285, 149294, 149305, 149317, 149329, 149340, 149343, 149345, 149351, 149359, 149370, 149384, 149399, 149413, 149427, 149443, 149458, 149473, 149486, 149498, 149510, 149524, 149537, 149550, 149566, 149581, 149596, 149610, 149623, 149636, 149652, 149658, 149665, 149676, 149688, 149700, 149713, 149725, 149735, 149746, 149758, 149775, 149793, 149807, 149827, 149854, 149884, 149908, 149937, 149960, 149989, 150017, 150042, 150070, 150085, 150101, 150119, 150144, 150160, 150177, 150195, 150213, 150230, 150248, 150268, 150286, 150300, 150320, 150335, 150351, 150366, 150382, 150399, 150415, 150434, 150459, 150472, 150487, 150507, 150522, 150533, 150545, 150558, 150572, 150591, 150602, 150619, 150638, 150648, 150659, 150682, 150701, 150725, 150740, 150753, 150767, 150778, 150788, 150799, 150811, 150821, 150832, 150845, 150859, 150874, 150891, 150914, 150939, 150964, 150984, 150996, 151011, 151022, 151034, 151047, 151061, 151074, 151085, 151097, 151114, 151134, 151145, 151162, 151175, 151185, 151196, 151210, 151227, 151240, 151254, 151269, 151283, 151296, 151310, 151322, 151336, 151346, 151356, 151367, 151378, 151390, 151404, 151423, 151441, 151455, 151471, 151482, 151494, 151508, 151523, 151541, 151553, 151564, 151583, 151596, 151606, 151625, 151643, 151666, 151684, 151696, 151722, 151748, 151768, 151792, 151799, 151811, 151818, 151827, 151839, 151854, 151862, 151872, 151885, 151901, 151911, 151921, 151931, 151941, 151951, 151963, 151975, 151987, 151999, 152011, 152023, 152037, 152048, 152060, 152073, 152087, 152100, 152113, 152127, 152141, 152156, 152171, 152187, 152203, 152214, 152226, 152241, 152255, 152274, 152294, 152313, 152333, 152348, 152363, 152376, 152395, 152416, 152428, 152441, 152454, 152469, 152482, 152498, 152514, 152530, 152544, 152559, 152570, 152582, 152594, 152609, 152625, 152642, 152659, 152677, 152695, 152714, 152733, 152753, 152768, 152784, 152802, 152821, 152836, 152852, 152868, 152884, 152896, 152910, 152926, 152943, 152961, 152979, 152998, 153017, 153037, 153057, 153078, 153094, 153111, 153130, 153150, 153166, 153183, 153200, 153217, 153230, 153242, 153255, 153272, 153290, 153307, 153325, 153338, 153351, 153364, 153375, 153392, 153411, 153421, 153432, 153443, 153456, 153470, 153481, 153495, 153509, 153523, 153528, 153532, 153537, 153546, 153556, 153566, 153577, 153587, 153598, 153606, 153615, 153625, 153640, 153656, 153668, 153683, 153705, 153730, 153749, 153773, 153791, 153815, 153838, 153856, 153881, 153909, 153931, 153958, 153979, 154006, 154032, 154055, 154081, 154101, 154124, 154141, 154163, 154176, 154190, 154206, 154229, 154243, 154258, 154274, 154290, 154305, 154321, 154339, 154355, 154367, 154385, 154398, 154409, 154423, 154436, 154450, 154465, 154479, 154496, 154519, 154530, 154543, 154561, 154574, 154583, 154593, 154604, 154616, 154633, 154642, 154657, 154674, 154682, 154691, 154712, 154729, 154751, 154764, 154775, 154787, 154796, 154804, 154813, 154823, 154831, 154840, 154851, 154863, 154875, 154888, 154903, 154924, 154947, 154970, 154988, 154998, 155011, 155020, 155030, 155041, 155053, 155064, 155073, 155083, 155098, 155116, 155125, 155140, 155151, 155159, 155168, 155180, 155195, 155206, 155218, 155231, 155243, 155254, 155266, 155276, 155288, 155296, 155304, 155313, 155322, 155332, 155344, 155361, 155377, 155389, 155403, 155412, 155422, 155434, 155447, 155463, 155473, 155482, 155499, 155510, 155533, 155536, 155542, 155546, 155551, 155559, 155576, 155590, 155603, 155612, 155622, 155630, 155643, 155652, 155663, 155673, 155683, 155692, 155707, 155721, 155731, 155742, 155753, 155762, 155771, 155785, 155795, 155802, 155809, 155815, 155823, 155832, 155837, 155841, 155846, 155861, 155869, 155882, 155893, 155912, 155924, 155941, 155956, 155970, 155980, 155996, 156005, 156019, 156031, 156051, 156064, 156082, 156098, 156113, 156124, 156131, 156136, 156149, 156160, 156169, 156186, 156206, 156230, 156250, 156264, 156289, 156312, 156339, 156366, 156381, 156394, 156411, 156433, 156453, 156477, 156501, 156524, 156545, 156570, 156595, 156616, 156635, 156658, 156681, 156705, 156727, 156753, 156779, 156796, 156819, 156840, 156865, 156890, 156897, 156905, 156921, 156937, 156958, 156975, 156993, 157016, 157030, 157050, 157071, 157086, 157098, 157115, 157134, 157148, 157163, 157176, 157198, 157210, 157223, 157237, 157241, 157246, 157256, 157263, 157270, 157277, 157283, 157298, 157304, 157311, 157316, 157324, 157332, 157342, 157352, 157361, 157367, 157375, 157384, 157391, 157397, 157412, 157424, 157438, 157455, 157464, 157481, 157494, 157507, 157519, 157535, 157553, 157574, 157587, 157608, 157625, 157642, 157658, 157677, 157696, 157710, 157725, 157740, 157750, 157771, 157794, 157820, 157838, 157864, 157886, 157908, 157929, 157953, 157977, 157996, 158012, 158030, 158051, 158064, 158085, 158102, 158119, 158135, 158154, 158173, 158187, 158195, 158202, 158218, 158235, 158243, 158251, 158257, 158275, 158290, 158304, 158315, 158335, 158352, 158368, 158381, 158388, 158397, 158405, 158412, 158420, 158429, 158447, 158463, 158485, 158504, 158519, 158537, 158551, 158571, 158584, 158590, 158596, 158607, 158615, 158628, 158636, 158646, 158665, 158682, 158698, 158712, 158723, 158733, 158739, 158750, 158764, 158776, 158786, 158804, 158825, 158850, 158871, 158886, 158901, 158927, 158951, 158979, 159007, 159023, 159037, 159055, 159078, 159099, 159124, 159149, 159173, 159195, 159221, 159247, 159269, 159289, 159313, 159337, 159362, 159385, 159412, 159439, 159457, 159481, 159503, 159529, 159555, 159566, 159592, 159616, 159644, 159672, 159691, 159711, 159727, 159741, 159759, 159775, 159793, 159810, 159833, 159851, 159873, 159892, 159917, 159938, 159958, 159979, 159998, 160019, 160042, 160063, 160084, 160107, 160128, 160150, 160169, 160192, 160213, 160238, 160263, 160280, 160304, 160326, 160352, 160378, 160398, 160419, 160441, 160461, 160485, 160509, 160524, 160547, 160571, 160594, 160615, 160632, 160651, 160669, 160693, 160712, 160735, 160755, 160781, 160803, 160824, 160846, 160866, 160888, 160912, 160934, 160956, 160980, 161002, 161025, 161043, 161063, 161082, 161107, 161127, 161151, 161172, 161199, 161222, 161244, 161267, 161288, 161311, 161336, 161359, 161382, 161407, 161430, 161454, 161479, 161502, 161529, 161556, 161574, 161598, 161620, 161646, 161672, 161688, 161692, 161697, 161707, 161714, 161728, 161736, 161745, 161755, 161768, 161782, 161794, 161806, 161815, 161823, 161845, 161864, 161886, 161903, 161938, 161967, 161974, 161984, 161995, 162008, 162027, 162049, 162067, 162090, 162110, 162128, 162147, 162164, 162176, 162190, 162216, 162229, 162255, 162275, 162299, 162305, 162312, 162321, 162326, 162335, 162345, 162360, 162380, 162403, 162430, 162447, 162465, 162487, 162499, 162507, 162518, 162527, 162533, 162540, 162547, 162555, 162564, 162591, 162608, 162631, 162636, 162644, 162657, 162661, 162686, 162709, 162726, 162742, 162756, 162780, 162802, 162817, 162835, 162849, 162873, 162895, 162911, 162926, 162939, 162962, 162983, 162997, 163014, 163027, 163032, 163044, 163051, 163065, 163070, 163082, 163101, 163117, 163127, 163141, 163151, 163164, 163184, 163201, 163212, 163227, 163238, 163244, 163250, 163257, 163262, 163270, 163275, 163280, 163286, 163293, 163317, 163323, 163341, 163360, 163370, 163389, 163408, 163428, 163448, 163469, 163479, 163492, 163505, 163516, 163525, 163540, 163552, 163562, 163570, 163577, 163586, 163600, 163619, 163634, 163655, 163667, 163685, 163704, 163717, 163731, 163741, 163756, 163768, 163781, 163792, 163812, 163822, 163833, 163845, 163853, 163862, 163879, 163898, 163908, 163919, 163924, 163942, 163957, 163971, 163982, 163991, 164008, 164018, 164030, 164037, 164051, 164070, 164079, 164091, 164103, 164117, 164135, 164152, 164174, 164191, 164202, 164227, 164252, 164271, 164294, 164305, 164318, 164326, 164333, 164350, 164358, 164367, 164376, 164386, 164398, 164422, 164454, 164481, 164506, 164539, 164567, 164574, 164580, 164597, 164615, 164629, 164649, 164666, 164679, 164699, 164709, 164725, 164732, 164743, 164754, 164769, 164781, 164796, 164811, 164821, 164833, 164844, 164860, 164873, 164896, 164908, 164924, 164937, 164947, 164959, 164974, 165001, 165018, 165028, 165051, 165073, 165085, 165101, 165116, 165128, 165142, 165156, 165171, 165183, 165198, 165214, 165229, 165241, 165253, 165264, 165276, 165289, 165301, 165314, 165334, 165357, 165379, 165401, 165422, 165438, 165453, 165468, 165484, 165496, 165508, 165519, 165535, 165541, 165553, 165570, 165588, 165604, 165620, 165632, 165639, 165647, 165667, 165689, 165707, 165727, 165753, 165778, 165800, 165824, 165844, 165866, 165894, 165921, 165931, 165941, 165951, 165959, 165968, 165987, 166011, 166028, 166033, 166045, 166055, 166063, 166074, 166085, 166092, 166100, 166105, 166117, 166132, 166143, 166155, 166167, 166183, 166202, 166212, 166236, 166253, 166258, 166274, 166289, 166310, 166332, 166351, 166373, 166396, 166416, 166437, 166456, 166478, 166501, 166521, 166544, 166568, 166589, 166611, 166631, 166636, 166645, 166657, 166674, 166694, 166718, 166732, 166747, 166766, 166775, 166787, 166802, 166811, 166815, 166819, 166825, 166836, 166851, 166867, 166875, 166879, 166890, 166906, 166917, 166928, 166933, 166948, 166968, 166971, 166976, 166985, 166994, 166998, 167003, 167010, 167028, 167051, 167064, 167082, 167103, 167128, 167143, 167159, 167179, 167191, 167201, 167214, 167219, 167231, 167248, 167267, 167281, 167290, 167304, 167318, 167332, 167346, 167360, 167376, 167388, 167402, 167412, 167424, 167442, 167459, 167463, 167466, 167474, 167485, 167502, 167519, 167536, 167553, 167570, 167589, 167602, 167607, 167619, 167622, 167626, 167636, 167647, 167666, 167684, 167703, 167720, 167743, 167760, 167776, 167789, 167792, 167799, 167815, 167829, 167844, 167857, 167864, 167871, 167879, 167885, 167892, 167900, 167910, 167919, 167924, 167930, 167962, 167990, 168023, 168051, 168080, 168095, 168115, 168138, 168165, 168182, 168200, 168222, 168234, 168243, 168251, 168262, 168267, 168278, 168288, 168299, 168311, 168320, 168334, 168350, 168360, 168371, 168386, 168412, 168439, 168459, 168480, 168504, 168529, 168550, 168576, 168603, 168630, 168658, 168676, 168695, 168709, 168727, 168746, 168760, 168782, 168805, 168827, 168850, 168866, 168872, 168880, 168889, 168900, 168914, 168931, 168940, 168950, 168961, 168987, 169014, 169034, 169055, 169079, 169104, 169130, 169157, 169184, 169212, 169230, 169249, 169267, 169286, 169308, 169331, 169353, 169376, 169391, 169407, 169415, 169420, 169426, 169433, 169444, 169452, 169455, 169472, 169489, 169505, 169511, 169519, 169528, 169532, 169544, 169561, 169582, 169599, 169616, 169634, 169652, 169666, 169683, 169703, 169708, 169715, 169723, 169732, 169735, 169745, 169756, 169765, 169777, 169789, 169802, 169815, 169829, 169843, 169858, 169868, 169879, 169886, 169899, 169913, 169923, 169934, 169945, 169959, 169974, 169990, 170006, 170023, 170040, 170058, 170076, 170095, 170109, 170124, 170141, 170159, 170173, 170188, 170203, 170218, 170229, 170244, 170260, 170277, 170294, 170312, 170330, 170349, 170368, 170388, 170403, 170419, 170437, 170456, 170471, 170487, 170503, 170519, 170528, 170532, 170543, 170555, 170565, 170578, 170591, 170605, 170619, 170634, 170649, 170665, 170676, 170688, 170696, 170710, 170725, 170736, 170748, 170760, 170775, 170791, 170808, 170825, 170843, 170861, 170880, 170899, 170919, 170934, 170950, 170968, 170987, 171002, 171018, 171034, 171050, 171062, 171078, 171095, 171113, 171131, 171150, 171169, 171189, 171209, 171230, 171246, 171263, 171282, 171302, 171318, 171335, 171352, 171369, 171379, 171383, 171389, 171399, 171407, 171417, 171429, 171439, 171447, 171456, 171468, 171476, 171484, 171500, 171511, 171521, 171531, 171543, 171554, 171565, 171571, 171575, 171592, 171610, 171630, 171650, 171667, 171684, 171698, 171710, 171730, 171737, 171747, 171751, 171757, 171764, 171779, 171794, 171805, 171825, 171843, 171858, 171878, 171889, 171906, 171922, 171939, 171952, 171972, 171987, 172004, 172026, 172039, 172057, 172076, 172096, 172110, 172121, 172134, 172149, 172165, 172183, 172196, 172210, 172224, 172236, 172248, 172260, 172275, 172286, 172307, 172318, 172330, 172346, 172359, 172372, 172376, 172381, 172402, 172409, 172422, 172431, 172446, 172455, 172464, 172474, 172483, 172498, 172504, 172511, 172520, 172538, 172555, 172570, 172584, 172599, 172614, 172632, 172648, 172663, 172686, 172708, 172728, 172747, 172767, 172787, 172810, 172831, 172851, 172873, 172894, 172913, 172931, 172950, 172969, 172991, 173011, 173030, 173054, 173077, 173098, 173118, 173139, 173160, 173184, 173206, 173227, 173250, 173272, 173292, 173311, 173331, 173351, 173374, 173395, 173415, 173439, 173462, 173483, 173503, 173524, 173545, 173569, 173591, 173612, 173622, 173627, 173641, 173645, 173663, 173678, 173693, 173709, 173723, 173740, 173759, 173773, 173789, 173805, 173821, 173838, 173853, 173871, 173891, 173906, 173923, 173942, 173958, 173974, 173991, 174006, 174024, 174044, 174059, 174076, 174093, 174110, 174128, 174144, 174163, 174184, 174200, 174218, 174231, 174243, 174255, 174269, 174282, 174295, 174302, 174304, 174307, 174319, 174324, 174338, 174351, 174362, 174375, 174390, 174403, 174414, 174431, 174446, 174459, 174474, 174487, 174499, 174511, 174528, 174543, 174558, 174569, 174577, 174592, 174600, 174618, 174626, 174644, 174662, 174674, 174686, 174701, 174711, 174721, 174746, 174771, 174796, 174813, 174832, 174854, 174871, 174887, 174896, 174915, 174934, 174953, 174966, 174982, 175002, 175022, 175042, 175056, 175073, 175079, 175085, 175093, 175096, 175106, 175116, 175125, 175136, 175144, 175152, 175163, 175177, 175187, 175200, 175212, 175222, 175234, 175243, 175252, 175264, 175276, 175287, 175300, 175317, 175330, 175346, 175358, 175366, 175373, 175384, 175397, 175403, 175410, 175422, 175429, 175440, 175451, 175466, 175478, 175493, 175508, 175518, 175530, 175541, 175557, 175570, 175593, 175605, 175621, 175634, 175644, 175656, 175671, 175698, 175715, 175725, 175748, 175770, 175782, 175798, 175813, 175825, 175839, 175853, 175868, 175880, 175895, 175911, 175926, 175938, 175950, 175961, 175973, 175986, 175998, 176011, 176023, 176034, 176054, 176077, 176099, 176121, 176142, 176158, 176173, 176188, 176204, 176216, 176238, 176255, 176263, 176276, 176285, 176294, 176308, 176316, 176324, 176336, 176342, 176352, 176360, 176365, 176374, 176384, 176392, 176404, 176407, 176414, 176426, 176440, 176448, 176463, 176473, 176485, 176499, 176512, 176523, 176538, 176550, 176562, 176579, 176596, 176610, 176626, 176639, 176652, 176670, 176681, 176699, 176712, 176727, 176744, 176760, 176774, 176787, 176800, 176810, 176821, 176839, 176852, 176867, 176884, 176900, 176914, 176921, 176929, 176939, 176949, 176964, 176981, 176995, 177009, 177028, 177048, 177069, 177079, 177096, 177108, 177122, 177138, 177153, 177166, 177174, 177188, 177203, 177221, 177230, 177236, 177243, 177251, 177272, 177296, 177318, 177343, 177363, 177382, 177403, 177427, 177449, 177474, 177494, 177513, 177530, 177550, 177573, 177599, 177623, 177650, 177672, 177693, 177711, 177732, 177748, 177769, 177793, 177815, 177840, 177860, 177879, 177902, 177928, 177952, 177979, 178001, 178022, 178037, 178050, 178061, 178073, 178089, 178098, 178110, 178126, 178143, 178162, 178183, 178204, 178222, 178242, 178256, 178277, 178300, 178316, 178335, 178358, 178370, 178377, 178385, 178399, 178415, 178432, 178448, 178463, 178475, 178486, 178504, 178511, 178519, 178528, 178538, 178548, 178565, 178577, 178588, 178601, 178612, 178621, 178637, 178658, 178674, 178695, 178713, 178730, 178748, 178766, 178789, 178803, 178822, 178842, 178863, 178878, 178894, 178910, 178927, 178946, 178960, 178975, 178988, 179001, 179023, 179035, 179048, 179062, 179077, 179097, 179117, 179144, 179166, 179187, 179210, 179231, 179250, 179265, 179285, 179305, 179332, 179354, 179375, 179398, 179419, 179438, 179453, 179473, 179492, 179510, 179526, 179541, 179558, 179567, 179577, 179582, 179588, 179607, 179623, 179639, 179660, 179680, 179697, 179714, 179736, 179753, 179767, 179781, 179800, 179821, 179839, 179857, 179880, 179892, 179907, 179915, 179922, 179937, 179957, 179980, 180007, 180024, 180042, 180064, 180076, 180094, 180116, 180134, 180152, 180171, 180190, 180213, 180240, 180263, 180286, 180310, 180334, 180347, 180361, 180371, 180382, 180396, 180414, 180437, 180463, 180493, 180513, 180534, 180559, 180574, 180586, 180597, 180613, 180629, 180644, 180656, 180669, 180693, 180713, 180730, 180746, 180774, 180803, 180823, 180840, 180858, 180880, 180903, 180929, 180956, 180984, 181013, 181042, 181072, 181092, 181113, 181132, 181153, 181173, 181194, 181218, 181242, 181267, 181291, 181316, 181332, 181356, 181367, 181375, 181386, 181397, 181411, 181433, 181459, 181481, 181503, 181526, 181549, 181559, 181578, 181588, 181599, 181605, 181627, 181646, 181664, 181683, 181702, 181722, 181743, 181759, 181776, 181796, 181811, 181825, 181839, 181852, 181869, 181883, 181897, 181916, 181934, 181949, 181964, 181984, 181999, 182011, 182023, 182040, 182059, 182075, 182091, 182112, 182122, 182140, 182154, 182168, 182184, 182207, 182224, 182239, 182257, 182271, 182290, 182306, 182316, 182324, 182326, 182329, 182341, 182351, 182360, 182368, 182379, 182401, 182419, 182429, 182458, 182465, 182471, 182482, 182484, 182493, 182504, 182516, 182534, 182550, 182560, 182569, 182576, 182589, 182597, 182607, 182616, 182631, 182642, 182652, 182666, 182677, 182694, 182707, 182719, 182736, 182749, 182760, 182773, 182788, 182801, 182814, 182829, 182842, 182856, 182871, 182878, 182891, 182899, 182905, 182918, 182925, 182934, 182945, 182955, 182971, 182982, 182997, 183009, 183027, 183041, 183054, 183068, 183080, 183094, 183110, 183124, 183138, 183154, 183168, 183183, 183193, 183205, 183216, 183233, 183245, 183261, 183274, 183293, 183308, 183322, 183337, 183350, 183365, 183382, 183397, 183412, 183429, 183444, 183460, 183471, 183478, 183482, 183496, 183510, 183523, 183531, 183543, 183556, 183576, 183594, 183609, 183626, 183647, 183664, 183688, 183706, 183726, 183747, 183766, 183777, 183791, 183812, 183827, 183846, 183862, 183881, 183900, 183919, 183936, 183950, 183966, 183986, 184002, 184025, 184042, 184061, 184081, 184096, 184114, 184124, 184140, 184153, 184173, 184187, 184205, 184220, 184236, 184254, 184272, 184279, 184286, 184298, 184309, 184320, 184334, 184348, 184360, 184370, 184386, 184399, 184410, 184425, 184439, 184453, 184469, 184473, 184483, 184498, 184512, 184525, 184534, 184546, 184559, 184571, 184584, 184593, 184608, 184624, 184636, 184645, 184656, 184668, 184678, 184690, 184702, 184716, 184728, 184739, 184751, 184759, 184773, 184782, 184795, 184823, 184845, 184854, 184860, 184865, 184870, 184876, 184894, 184907, 184923, 184930, 184938, 184949, 184958, 184973, 184982, 184992, 185001, 185018, 185033, 185046, 185065, 185074, 185084, 185095, 185104, 185114, 185124, 185127, 185131, 185141, 185150, 185155, 185162, 185171, 185184, 185193, 185204, 185209, 185215, 185220, 185229, 185238, 185248, 185263, 185281, 185301, 185320, 185331, 185345, 185351, 185358, 185376, 185389, 185402, 185412, 185419, 185423, 185433, 185444, 185448, 185453, 185460, 185465, 185471, 185479, 185489, 185499, 185509, 185519, 185530, 185540, 185551, 185556, 185562, 185574, 185588, 185603, 185613, 185627, 185640, 185650, 185659, 185675, 185685, 185695, 185705, 185714, 185724, 185733, 185743, 185754, 185763, 185766, 185770, 185775, 185785, 185792, 185800, 185810, 185821, 185848, 185876, 185897, 185919, 185944, 185970, 185997, 186025, 186053, 186082, 186101, 186121, 186140, 186160, 186183, 186207, 186230, 186254, 186263, 186277, 186283, 186305, 186328, 186344, 186361, 186381, 186402, 186424, 186447, 186470, 186494, 186508, 186523, 186537, 186552, 186562, 186580, 186599, 186617, 186636, 186653, 186657, 186669, 186682, 186695, 186709, 186713, 186717, 186739, 186754, 186769, 186786, 186789, 186800, 186813, 186828, 186836, 186845, 186857, 186867, 186875, 186880, 186892, 186900, 186906, 186914, 186917, 186926, 186940, 186947, 186953, 186966, 186970, 186978, 186988, 187000, 187006, 187012, 187019, 187025, 187031, 187044, 187049, 187057, 187066, 187071, 187085, 187099, 187105, 187120, 187131, 187151, 187159, 187165, 187180, 187184, 187189, 187197, 187207, 187220, 187236, 187240, 187245, 187259, 187274, 187291, 187311, 187323, 187343, 187359, 187375, 187390, 187407, 187426, 187447, 187471, 187487, 187511, 187531, 187551, 187570, 187592, 187614, 187631, 187649, 187667, 187680, 187704, 187730, 187759, 187780, 187809, 187834, 187859, 187883, 187910, 187937, 187959, 187978, 187999, 188023, 188039, 188063, 188083, 188103, 188122, 188144, 188166, 188183, 188201, 188210, 188220, 188235, 188247, 188266, 188279, 188294, 188299, 188309, 188320, 188337, 188356, 188376, 188395, 188413, 188428, 188442, 188463, 188470, 188485, 188498, 188513, 188530, 188545, 188558, 188572, 188589, 188602, 188610, 188619, 188636, 188655, 188665, 188679, 188685, 188697, 188710, 188719, 188728, 188738, 188745, 188757, 188773, 188791, 188802, 188815, 188831, 188845, 188865, 188878, 188891, 188900, 188908, 188922, 188927, 188934, 188943, 188950, 188975, 188985, 188991, 189000, 189008, 189023, 189032, 189042, 189054, 189070, 189085, 189096, 189111, 189125, 189136, 189154, 189168, 189179, 189192, 189206, 189220, 189236, 189250, 189263, 189277, 189287, 189303, 189314, 189329, 189340, 189347, 189358, 189370, 189383, 189399, 189410, 189429, 189447, 189462, 189476, 189491, 189506, 189522, 189539, 189551, 189564, 189580, 189591, 189601, 189611, 189620, 189623, 189629, 189636, 189647, 189665, 189690, 189712, 189728, 189748, 189764, 189771, 189775, 189795, 189818, 189841, 189861, 189883, 189895, 189912, 189921, 189934, 189949, 189964, 189977, 189989, 190006, 190025, 190047, 190069, 190088, 190109, 190123, 190142, 190151, 190162, 190178, 190193, 190203, 190227, 190254, 190281, 190305, 190331, 190344, 190367, 190393, 190419, 190442, 190467, 190480, 190491, 190505, 190517, 190527, 190541, 190559, 190572, 190589, 190599, 190609, 190621, 190625, 190632, 190648, 190661, 190675, 190692, 190708, 190720, 190738, 190746, 190768, 190774, 190780, 190786, 190793, 190797, 190805, 190812, 190824, 190828, 190835, 190848, 190864, 190884, 190906, 190923, 190939, 190955, 190969, 190978, 190989, 191003, 191021, 191041, 191056, 191070, 191084, 191096, 191101, 191103, 191106, 191126, 191145, 191166, 191186, 191206, 191227, 191244, 191260, 191278, 191295, 191312, 191330, 191347, 191363, 191381, 191398, 191415, 191433, 191459, 191484, 191511, 191537, 191563, 191590, 191617, 191643, 191671, 191698, 191725, 191753, 191772, 191790, 191810, 191829, 191848, 191868, 191878, 191889, 191906, 191925, 191945, 191964, 191982, 191997, 192011, 192032, 192060, 192087, 192116, 192144, 192172, 192201, 192216, 192230, 192246, 192261, 192276, 192292, 192305, 192317, 192331, 192344, 192357, 192371, 192383, 192394, 192407, 192419, 192431, 192444, 192457, 192469, 192483, 192496, 192509, 192523, 192543, 192562, 192583, 192603, 192623, 192644, 192649, 192657, 192679, 192691, 192698, 192706, 192712, 192718, 192725, 192733, 192746, 192762, 192782, 192804, 192821, 192837, 192853, 192867, 192878, 192892, 192910, 192930, 192945, 192959, 192973, 192985, 192998, 193016, 193037, 193062, 193077, 193093, 193113, 193123, 193132, 193140, 193153, 193162, 193172, 193176, 193189, 193211, 193228, 193246, 193259, 193271, 193289, 193296, 193308, 193316, 193327, 193343, 193348, 193354, 193364, 193375, 193398, 193424, 193450, 193479, 193502, 193524, 193544, 193568, 193579, 193591, 193600, 193610, 193637, 193648, 193664, 193681, 193694, 193708, 193723, 193740, 193764, 193779, 193795, 193812, 193828, 193845, 193864, 193881, 193894, 193913, 193927, 193941, 193956, 193970, 193985, 194001, 194016, 194034, 194058, 194070, 194084, 194094, 194105, 194117, 194130, 194148, 194164, 194182, 194196, 194205, 194215, 194230, 194244, 194256, 194269, 194279, 194288, 194298, 194309, 194318, 194328, 194341, 194355, 194371, 194393, 194417, 194441, 194460, 194471, 194487, 194497, 194508, 194520, 194533, 194545, 194555, 194565, 194581, 194593, 194602, 194612, 194625, 194638, 194654, 194666, 194679, 194706, 194719, 194731, 194744, 194755, 194768, 194777, 194786, 194799, 194809, 194819, 194830, 194843, 194861, 194878, 194891, 194906, 194916, 194927, 194940, 194954, 194971, 194981, 194993, 195003, 195018, 195031, 195047, 195056, 195066, 195076, 195085, 195101, 195118, 195138, 195162, 195182, 195196, 195201, 195207, 195213, 195232, 195246, 195249, 195273, 195288, 195302, 195321, 195330, 195344, 195359, 195368, 195382, 195391, 195408, 195425, 195440, 195461, 195485, 195502, 195517, 195535, 195558, 195575, 195597, 195623, 195645, 195672, 195686, 195705, 195723, 195739, 195754, 195772, 195796, 195823, 195841, 195862, 195880, 195900, 195918, 195933, 195955, 195970, 195980, 195993, 196006, 196030, 196050, 196075, 196088, 196104, 196124, 196134, 196145, 196160, 196174, 196190, 196210, 196230, 196251, 196275, 196293, 196313, 196333, 196356, 196375, 196391, 196409, 196432, 196451, 196467, 196481, 196496, 196515, 196531, 196548, 196563, 196581, 196604, 196626, 196645, 196667, 196684, 196706, 196726, 196740, 196753, 196767, 196778, 196790, 196805, 196819, 196835, 196849, 196861, 196884, 196905, 196924, 196943, 196963, 196975, 196988, 197003, 197015, 197028, 197043, 197059, 197070, 197082, 197096, 197114, 197127, 197143, 197166, 197192, 197212, 197237, 197256, 197281, 197305, 197326, 197350, 197361, 197372, 197387, 197407, 197415, 197433, 197449, 197461, 197468, 197490, 197510, 197524, 197537, 197551, 197562, 197574, 197589, 197603, 197619, 197633, 197645, 197668, 197682, 197703, 197722, 197741, 197761, 197777, 197789, 197802, 197817, 197829, 197842, 197857, 197873, 197884, 197896, 197909, 197918, 197932, 197942, 197956, 197968, 197982, 197998, 198010, 198023, 198035, 198044, 198055, 198067, 198075, 198080, 198087, 198100, 198111, 198125, 198138, 198153, 198166, 198177, 198199, 198217, 198236, 198248, 198262, 198273, 198285, 198300, 198311, 198319, 198325, 198332, 198343, 198351, 198360, 198370, 198383, 198391, 198407, 198416, 198426, 198437, 198451, 198460, 198477, 198484, 198507, 198528, 198543, 198557, 198569, 198584, 198600, 198622, 198642, 198655, 198671, 198683, 198694, 198704, 198710, 198714, 198728, 198741, 198746, 198754, 198767, 198779, 198791, 198810, 198828, 198850, 198867, 198874, 198884, 198891, 198907, 198927, 198947, 198971, 198989, 199003, 199013, 199025, 199041, 199059, 199074, 199094, 199106, 199121, 199130, 199140, 199163, 199186, 199201, 199218, 199237, 199258, 199267, 199276, 199287, 199296, 199307, 199316, 199327, 199334, 199342, 199350, 199371, 199375, 199388, 199393, 199400, 199405, 199421, 199440, 199457, 199471, 199489, 199503, 199507, 199513, 199527, 199546, 199568, 199594, 199610, 199627, 199648, 199659, 199662, 199671, 199685, 199697, 199708, 199725, 199741, 199753, 199764, 199767, 199777, 199780, 199785, 199794, 199804, 199814, 199824, 199837, 199847, 199861, 199876, 199891, 199906, 199924, 199939, 199952, 199966, 199980, 199994, 200011, 200025, 200035, 200043, 200051, 200068, 200085, 200097, 200111, 200118, 200137, 200160, 200179, 200198, 200218, 200238, 200243, 200251, 200255, 200265, 200280, 200294, 200307, 200316, 200328, 200341, 200353, 200362, 200377, 200393, 200405, 200414, 200425, 200437, 200447, 200459, 200473, 200485, 200496, 200508, 200516, 200530, 200539, 200552, 200580, 200602, 200611, 200622, 200627, 200648, 200673, 200701, 200722, 200751, 200775, 200792, 200817, 200836, 200859, 200885, 200904, 200931, 200953, 200968, 200991, 201015, 201043, 201074, 201098, 201130, 201157, 201177, 201205, 201227, 201253, 201282, 201304, 201334, 201359, 201377, 201403, 201409, 201421, 201438, 201455, 201481, 201508, 201534, 201553, 201577, 201600, 201621, 201635, 201653, 201681, 201710, 201738, 201759, 201785, 201810, 201833, 201844, 201855, 201869, 201886, 201896, 201909, 201934, 201960, 201985, 202003, 202026, 202048, 202068, 202078, 202093, 202103, 202119, 202133, 202145, 202157, 202181, 202209, 202240, 202264, 202296, 202323, 202343, 202371, 202392, 202414, 202432, 202449, 202467, 202485, 202504, 202524, 202539, 202555, 202574, 202588, 202614, 202643, 202665, 202695, 202720, 202733, 202746, 202764, 202790, 202802, 202808, 202830, 202856, 202885, 202907, 202937, 202962, 202980, 203006, 203026, 203050, 203077, 203097, 203125, 203148, 203164, 203188, 203199, 203209, 203217, 203226, 203248, 203266, 203282, 203297, 203318, 203332, 203349, 203366, 203387, 203403, 203423, 203436, 203448, 203461, 203473, 203481, 203490, 203500, 203513, 203522, 203529, 203542, 203557, 203574, 203591, 203605, 203621, 203631, 203648, 203655, 203663, 203669, 203676, 203681, 203691, 203700, 203715, 203735, 203758, 203785, 203802, 203820, 203842, 203854, 203860, 203874, 203888, 203899, 203911, 203924, 203943, 203965, 203991, 204007, 204024, 204045, 204055, 204066, 204075, 204083, 204095, 204112, 204134, 204151, 204173, 204192, 204210, 204229, 204248, 204272, 204287, 204307, 204328, 204350, 204366, 204379, 204396, 204414, 204434, 204449, 204465, 204479, 204493, 204516, 204529, 204543, 204558, 204564, 204570, 204577, 204588, 204595, 204618, 204636, 204655, 204666, 204672, 204679, 204693, 204709, 204726, 204737, 204757, 204764, 204788, 204805, 204831, 204838, 204846, 204854, 204864, 204880, 204897, 204914, 204932, 204952, 204961, 204975, 204985, 204996, 205009, 205017, 205026, 205050, 205067, 205093, 205107, 205132, 205150, 205177, 205188, 205214, 205233, 205261, 205277, 205286, 205300, 205312, 205321, 205343, 205362, 205380, 205394, 205412, 205427, 205431, 205436, 205449, 205460, 205473, 205488, 205501, 205512, 205524, 205539, 205550, 205559, 205563, 205580, 205598, 205616, 205635, 205641, 205648, 205656, 205660, 205672, 205685, 205692, 205708, 205716, 205733, 205752, 205767, 205784, 205807, 205829, 205839, 205851, 205870, 205891, 205908, 205927, 205952, 205976, 205989, 206004, 206025, 206034, 206056, 206084, 206100, 206122, 206142, 206152, 206167, 206180, 206204, 206234, 206252, 206276, 206298, 206317, 206342, 206355, 206381, 206413, 206433, 206459, 206483, 206502, 206519, 206547, 206581, 206603, 206631, 206657, 206682, 206713, 206732, 206757, 206780, 206801, 206828, 206843, 206864, 206883, 206897, 206907, 206918, 206926, 206935, 206950, 206966, 206983, 206998, 207007, 207017, 207022, 207027, 207033, 207040, 207043, 207047, 207054, 207065, 207074, 207082, 207090, 207100, 207109, 207118, 207125, 207130, 207137, 207157, 207182, 207197, 207217, 207232, 207252, 207259, 207266, 207276, 207286, 207292, 207306, 207318, 207332, 207348, 207362, 207374, 207387, 207403, 207415, 207419, 207429, 207448, 207466, 207489, 207507, 207519, 207545, 207571, 207591, 207615, 207625, 207639, 207658, 207679, 207695, 207710, 207727, 207743, 207765, 207780, 207797, 207806, 207823, 207845, 207870, 207899, 207918, 207938, 207962, 207976, 207982, 207989, 207997, 208011, 208030, 208047, 208062, 208076, 208092, 208113, 208126, 208144, 208161, 208177, 208197, 208212, 208231, 208243, 208251, 208260, 208283, 208306, 208319, 208339, 208359, 208379, 208399, 208412, 208420, 208430, 208437, 208445, 208450, 208463, 208477, 208480, 208484, 208488, 208500, 208509, 208519, 208524, 208537, 208547, 208560, 208573, 208584, 208593, 208608, 208620, 208630, 208644, 208661, 208678, 208693, 208706, 208725, 208741, 208755, 208768, 208781, 208786, 208803, 208825, 208842, 208859, 208882, 208906, 208927, 208954, 208982, 209007, 209036, 209061, 209069, 209084, 209098, 209103, 209108, 209116, 209125, 209138, 209162, 209187, 209205, 209224, 209246, 209269, 209288, 209312, 209337, 209362, 209388, 209404, 209421, 209433, 209449, 209466, 209478, 209498, 209519, 209539, 209560, 209574, 209580, 209602, 209625, 209641, 209658, 209678, 209699, 209710, 209732, 209755, 209778, 209802, 209816, 209831, 209845, 209860, 209873, 209891, 209910, 209928, 209947, 209955, 209964, 209983, 209999, 210006, 210012, 210020, 210030, 210034, 210039, 210042, 210048, 210056, 210067, 210081, 210088, 210095, 210107, 210132, 210149, 210163, 210176, 210190, 210204, 210219, 210235, 210246, 210258, 210273, 210283, 210292, 210301, 210309, 210326, 210345, 210353, 210362, 210373, 210391, 210409, 210432, 210452, 210477, 210493, 210516, 210535, 210556, 210572, 210589, 210613, 210628, 210644, 210658, 210665, 210673, 210687, 210705, 210718, 210738, 210759, 210777, 210801, 210826, 210848, 210874, 210896, 210911, 210928, 210945, 210962, 210984, 211002, 211021, 211045, 211060, 211081, 211103, 211119, 211132, 211146, 211164, 211184, 211199, 211215, 211229, 211252, 211265, 211279, 211294, 211304, 211315, 211325, 211330, 211336, 211349, 211359, 211370, 211389, 211403, 211417, 211436, 211451, 211467, 211488, 211500, 211518, 211537, 211550, 211560, 211575, 211592, 211604, 211617, 211628, 211648, 211658, 211669, 211682, 211696, 211708, 211726, 211747, 211762, 211777, 211791, 211799, 211815, 211831, 211845, 211865, 211878, 211890, 211898, 211913, 211927, 211948, 211966, 211983, 212001, 212014, 212032, 212051, 212071, 212082, 212094, 212107, 212122, 212138, 212157, 212171, 212184, 212198, 212211, 212223, 212234, 212242, 212252, 212263, 212272, 212283, 212295, 212314, 212332, 212350, 212369, 212384, 212405, 212423, 212437, 212458, 212466, 212473, 212479, 212486, 212503, 212514, 212526, 212537, 212552, 212566, 212576, 212584, 212596, 212607, 212622, 212628, 212639, 212649, 212659, 212672, 212681, 212689, 212701, 212710, 212718, 212739, 212760, 212771, 212789, 212807, 212825, 212843, 212854, 212861, 212869, 212882, 212898, 212916, 212937, 212961, 212966, 212972, 212990, 213005, 213019, 213030, 213034, 213039, 213045, 213048, 213052, 213062, 213077, 213093, 213107, 213126, 213143, 213158, 213174, 213187, 213203, 213220, 213234, 213249, 213265, 213276, 213288, 213301, 213321, 213337, 213350, 213364, 213377, 213388, 213402, 213417, 213437, 213456, 213475, 213496, 213516, 213536, 213548, 213561, 213578, 213594, 213610, 213628, 213645, 213662, 213673, 213681, 213698, 213714, 213732, 213749, 213757, 213773, 213785, 213789, 213806, 213820, 213828, 213844, 213863, 213874, 213894, 213909, 213929, 213944, 213958, 213973, 213986, 214005, 214027, 214043, 214058, 214074, 214087, 214104, 214109, 214114, 214116, 214122, 214126, 214135, 214150, 214158, 214168, 214178, 214189, 214198, 214208, 214213, 214223, 214241, 214255, 214270, 214285, 214299, 214313, 214334, 214348, 214357, 214371, 214379, 214395, 214406, 214416, 214428, 214443, 214458, 214469, 214480, 214492, 214504, 214522, 214539, 214552, 214566, 214580, 214593, 214606, 214626, 214639, 214645, 214663, 214678, 214692, 214707, 214722, 214738, 214755, 214767, 214780, 214796, 214807, 214817, 214827, 214836, 214846, 214856, 214866, 214874, 214883, 214895, 214901, 214908, 214916, 214925, 214935, 214951, 214960, 214972, 214983, 214994, 215007, 215019, 215031, 215045, 215052, 215059, 215078, 215094, 215104, 215119, 215131, 215143, 215150, 215157, 215174, 215191, 215197, 215204, 215210, 215217, 215225, 215234, 215240, 215247, 215255, 215263, 215268, 215274, 215282, 215299, 215317, 215330, 215342, 215348, 215354, 215361, 215380, 215396, 215411, 215423, 215431, 215438, 215446, 215455, 215461, 215468, 215479, 215485, 215493, 215499, 215509, 215529, 215546, 215562, 215575, 215586, 215594, 215616, 215635, 215653, 215668, 215677, 215687, 215692, 215701, 215711, 215726, 215743, 215760, 215772, 215784, 215803, 215818, 215836, 215853, 215873, 215891, 215913, 215934, 215951, 215968, 215981, 215995, 216005, 216010, 216016, 216030, 216041, 216053, 216060, 216076, 216091, 216101, 216112, 216121, 216138, 216153, 216170, 216189, 216206, 216221, 216240, 216257, 216276, 216293, 216309, 216330, 216349, 216368, 216383, 216400, 216416, 216433, 216445, 216458, 216474, 216495, 216519, 216547, 216565, 216584, 216607, 216620, 216628, 216646, 216661, 216671, 216685, 216694, 216719, 216730, 216748, 216770, 216789, 216807, 216822, 216829, 216840, 216854, 216872, 216885, 216897, 216909, 216921, 216934, 216945, 216953, 216962, 216971, 216989, 217008, 217023, 217044, 217062, 217076, 217097, 217108, 217120, 217133, 217157, 217174, 217202, 217231, 217253, 217276, 217302, 217329, 217352, 217380, 217409, 217438, 217468, 217488, 217509, 217525, 217545, 217566, 217582, 217606, 217631, 217655, 217680, 217698, 217708, 217719, 217733, 217750, 217767, 217782, 217795, 217814, 217830, 217844, 217851, 217859, 217868, 217892, 217898, 217906, 217913, 217923, 217929, 217936, 217944, 217957, 217973, 217989, 218003, 218015, 218033, 218048, 218061, 218067, 218074, 218089, 218103, 218117, 218128, 218144, 218158, 218174, 218192, 218208, 218222, 218237, 218255, 218269, 218286, 218301, 218318, 218337, 218354, 218369, 218385, 218404, 218419, 218429, 218437, 218445, 218452, 218472, 218489, 218505, 218518, 218521, 218533, 218545, 218555, 218564, 218573, 218580, 218585, 218590, 218596, 218607, 218615, 218630, 218639, 218650, 218660, 218673, 218692, 218712, 218729, 218752, 218776, 218797, 218822, 218843, 218860, 218869, 218881, 218899, 218918, 218934, 218956, 218979, 218999, 219023, 219043, 219047, 219053, 219059, 219064, 219071, 219079, 219095, 219099, 219104, 219107, 219111, 219124, 219136, 219141, 219147, 219168, 219190, 219205, 219221, 219240, 219260, 219281, 219303, 219325, 219348, 219361, 219375, 219388, 219402, 219411, 219428, 219446, 219463, 219481, 219497, 219500, 219519, 219534, 219558, 219578, 219603, 219623, 219644, 219664, 219679, 219702, 219721, 219749, 219773, 219802, 219826, 219851, 219875, 219894, 219914, 219930, 219936, 219943, 219952, 219967, 219985, 219999, 220018, 220034, 220048, 220063, 220076, 220084, 220094, 220116, 220125, 220147, 220163, 220183, 220194, 220207, 220223, 220242, 220254, 220255, 220262, 220271, 220280, 220290, 220296, 220303, 220314, 220326, 220339, 220357, 220372, 220387, 220400, 220414, 220431, 220448, 220459, 220469, 220481, 220496, 220513, 220528, 220541, 220557, 220569, 220588, 220601, 220613, 220626, 220641, 220654, 220669, 220681, 220685, 220690, 220694, 220699, 220711, 220728, 220748, 220772, 220786, 220801, 220820, 220829, 220837, 220846, 220852, 220862, 220874, 220886, 220895, 220908, 220925, 220939, 220952, 220960, 220974, 220982, 220997, 221013, 221027, 221040, 221050, 221054, 221057, 221068, 221077, 221081, 221086, 221098, 221115, 221135, 221159, 221173, 221188, 221207, 221216, 221224, 221231, 221238, 221244, 221261, 221278, 221284, 221295, 221306, 221319, 221333, 221347, 221358, 221365, 221375, 221387, 221402, 221420, 221426, 221432, 221438, 221445, 221462, 221477, 221488, 221508, 221519, 221536, 221552, 221569, 221582, 221602, 221619, 221637, 221656, 221666, 221680, 221695, 221713, 221726, 221740, 221752, 221764, 221776, 221791, 221802, 221813, 221829, 221842, 221851, 221868, 221881, 221888, 221896, 221903, 221918, 221934, 221942, 221951, 221966, 221981, 221998, 222011, 222029, 222045, 222059, 222073, 222088, 222105, 222121, 222139, 222155, 222169, 222185, 222204, 222217, 222237, 222249, 222266, 222282, 222295, 222309, 222322, 222339, 222358, 222373, 222389, 222401, 222418, 222433, 222451, 222465, 222486, 222501, 222515, 222530, 222549, 222569, 222591, 222614, 222635, 222654, 222675, 222698, 222719, 222738, 222760, 222781, 222799, 222819, 222836, 222860, 222883, 222902, 222916, 222934, 222948, 222961, 222965, 222973, 222983, 222995, 223000, 223016, 223033, 223048, 223061, 223077, 223098, 223111, 223115, 223120, 223137, 223156, 223171, 223188, 223211, 223233, 223252, 223273, 223290, 223309, 223334, 223358, 223374, 223391, 223408, 223426, 223440, 223455, 223469, 223476, 223489, 223502, 223516, 223519, 223533, 223543, 223558, 223571, 223584, 223601, 223608, 223614, 223630, 223650, 223666, 223682, 223699, 223716, 223724, 223729, 223735, 223742, 223757, 223770, 223782, 223795, 223809, 223827, 223840, 223857, 223867, 223871, 223880, 223896, 223913, 223928, 223942, 223960, 223982, 224006, 224025, 224042, 224063, 224086, 224104, 224122, 224140, 224156, 224174, 224189, 224202, 224218, 224238, 224260, 224277, 224292, 224311, 224332, 224348, 224364, 224380, 224394, 224410, 224414, 224419, 224429, 224444, 224453, 224467, 224484, 224502, 224522, 224539, 224547, 224556, 224564, 224576, 224593, 224612, 224626, 224636, 224657, 224683, 224712, 224745, 224768, 224792, 224820, 224838, 224845, 224854, 224862, 224877, 224888, 224899, 224912, 224932, 224946, 224958, 224973, 224984, 225000, 225013, 225022, 225039, 225052, 225068, 225079, 225094, 225112, 225125, 225139, 225153, 225169, 225183, 225197, 225213, 225228, 225237, 225248, 225259, 225269, 225279, 225295, 225308, 225321, 225331, 225340, 225352, 225365, 225387, 225400, 225405, 225414, 225427, 225439, 225446, 225451, 225455, 225460, 225469, 225478, 225491, 225501, 225514, 225527, 225535, 225545, 225554, 225568, 225579, 225600, 225610, 225624, 225635, 225643, 225652, 225662, 225675, 225700, 225715, 225723, 225744, 225764, 225773, 225783, 225792, 225800, 225814, 225827, 225837, 225849, 225861, 225874, 225884, 225896, 225904, 225913, 225923, 225936, 225950, 225963, 225973, 225983, 225992, 226007, 226018, 226028, 226039, 226049, 226067, 226088, 226108, 226128, 226147, 226161, 226174, 226187, 226197, 226206, 226219, 226232, 226245, 226258, 226271, 226286, 226294, 226303, 226310, 226319, 226330, 226341, 226352, 226361, 226371, 226397, 226419, 226434, 226454, 226474, 226503, 226533, 226562, 226584, 226611, 226637, 226661, 226678, 226699, 226730, 226762, 226793, 226817, 226846, 226874, 226900, 226914, 226928, 226945, 226965, 226978, 226994, 227022, 227051, 227079, 227100, 227126, 227151, 227174, 227187, 227212, 227230, 227243, 227272, 227291, 227308, 227326, 227341, 227356, 227371, 227374, 227382, 227391, 227399, 227410, 227420, 227433, 227439, 227446, 227456, 227461, 227475, 227487, 227500, 227515, 227528, 227539, 227555, 227572, 227591, 227610, 227626, 227642, 227655, 227668, 227679, 227698, 227709, 227724, 227735, 227749, 227764, 227781, 227798, 227812, 227826, 227837, 227846, 227863, 227876, 227885, 227895, 227904, 227914, 227928, 227944, 227966, 227983, 227999, 228007, 228016, 228027, 228036, 228048, 228062, 228079, 228088, 228105, 228118, 228131, 228143, 228158, 228173, 228183, 228194, 228205, 228217, 228223, 228236, 228250, 228266, 228280, 228295, 228313, 228328, 228345, 228360, 228373, 228388, 228401, 228411, 228429, 228443, 228458, 228472, 228487, 228506, 228527, 228549, 228570, 228583, 228597, 228613, 228627, 228644, 228663, 228685, 228699, 228721, 228739, 228757, 228774, 228794, 228814, 228829, 228845, 228861, 228872, 228894, 228918, 228945, 228964, 228991, 229014, 229037, 229059, 229084, 229109, 229129, 229146, 229164, 229183, 229205, 229219, 229241, 229259, 229277, 229294, 229312, 229332, 229352, 229367, 229384, 229397, 229413, 229430, 229449, 229468, 229484, 229500, 229513, 229524, 229543, 229555, 229568, 229580, 229595, 229609, 229625, 229642, 229651, 229668, 229681, 229694, 229706, 229719, 229734, 229751, 229766, 229776, 229791, 229805, 229825, 229838, 229854, 229868, 229883, 229900, 229915, 229928, 229943, 229956, 229973, 229986, 230002, 230016, 230031, 230048, 230063, 230076, 230091, 230104, 230121, 230134, 230151, 230169, 230189, 230209, 230226, 230243, 230257, 230269, 230289, 230304, 230320, 230338, 230356, 230371, 230386, 230398, 230408, 230426, 230444, 230463, 230484, 230505, 230523, 230541, 230556, 230569, 230590, 230606, 230623, 230642, 230661, 230677, 230693, 230706, 230717, 230736, 230739, 230761, 230784, 230808, 230825, 230839, 230856, 230868, 230898, 230922, 230926, 230931, 230945, 230964, 230980, 230993, 231006, 231022, 231037, 231049, 231061, 231079, 231093, 231106, 231124, 231139, 231158, 231170, 231182, 231197, 231211, 231222, 231233, 231250, 231263, 231282, 231299, 231307, 231311, 231320, 231335, 231352, 231365, 231380, 231401, 231421, 231429, 231439, 231452, 231468, 231472, 231488, 231505, 231519, 231536, 231554, 231569, 231585, 231599, 231602, 231606, 231611, 231616, 231625, 231631, 231643, 231658, 231671, 231685, 231699, 231716, 231736, 231755, 231772, 231791, 231812, 231827, 231847, 231862, 231876, 231898, 231917, 231935, 231954, 231972, 231991, 232011, 232032, 232048, 232065, 232085, 232100, 232114, 232128, 232141, 232157, 232176, 232194, 232210, 232228, 232248, 232262, 232281, 232295, 232308, 232313, 232318, 232335, 232353, 232368, 232386, 232405, 232421, 232438, 232453, 232472, 232489, 232511, 232531, 232549, 232568, 232584, 232603, 232623, 232640, 232658, 232674, 232697, 232716, 232722, 232729, 232745, 232757, 232769, 232783, 232804, 232819, 232832, 232848, 232860, 232877, 232891, 232902, 232917, 232931, 232943, 232960, 232975, 232993, 233007, 233012, 233016, 233021, 233038, 233052, 233071, 233079, 233095, 233114, 233125, 233143, 233163, 233178, 233198, 233213, 233233, 233247, 233262, 233280, 233303, 233316, 233334, 233343, 233362, 233384, 233392, 233408, 233423, 233439, 233449, 233461, 233469, 233478, 233491, 233508, 233516, 233521, 233527, 233533, 233539, 233545, 233566, 233580, 233593, 233606, 233621, 233635, 233649, 233657, 233670, 233679, 233686, 233708, 233729, 233739, 233750, 233762, 233784, 233805, 233815, 233826, 233838, 233854, 233869, 233879, 233888, 233913, 233931, 233958, 233971, 233997, 234016, 234044, 234053, 234072, 234089, 234105, 234123, 234145, 234162, 234183, 234197, 234205, 234213, 234225, 234234, 234242, 234249, 234256, 234263, 234271, 234284, 234294, 234305, 234313, 234323, 234334, 234350, 234372, 234390, 234417, 234440, 234468, 234491, 234515, 234538, 234556, 234582, 234604, 234635, 234662, 234694, 234721, 234749, 234776, 234798, 234821, 234840, 234853, 234867, 234886, 234891, 234895, 234900, 234907, 234922, 234936, 234956, 234974, 234991, 235007, 235024, 235039, 235056, 235074, 235093, 235107, 235122, 235138, 235149, 235161, 235174, 235189, 235204, 235222, 235235, 235247, 235259, 235270, 235281, 235288, 235293, 235299, 235310, 235313, 235320, 235328, 235341, 235357, 235375, 235392, 235401, 235436, 235464, 235492, 235522, 235530, 235548, 235556, 235585, 235607, 235629, 235653, 235674, 235710, 235739, 235777, 235787, 235808, 235845, 235875, 235914, 235919, 235926, 235934, 235948, 235964, 235976, 235990, 236010, 236029, 236041, 236058, 236067, 236081, 236092, 236108, 236127, 236145, 236162, 236182, 236193, 236197, 236206, 236219, 236231, 236239, 236249, 236263, 236276, 236285, 236294, 236299, 236310, 236329, 236342, 236355, 236371, 236385, 236398, 236410, 236424, 236434, 236445, 236453, 236461, 236476, 236483, 236496, 236508, 236519, 236533, 236547, 236565, 236584, 236599, 236612, 236625, 236648, 236664, 236681, 236701, 236719, 236735, 236753, 236767, 236782, 236799, 236813, 236831, 236848, 236866, 236888, 236911, 236930, 236947, 236960, 236978, 236991, 237000, 237014, 237024, 237038, 237048, 237064, 237072, 237080, 237096, 237104, 237108, 237122, 237138, 237147, 237159, 237171, 237184, 237200, 237204, 237217, 237232, 237247, 237258, 237268, 237280, 237291, 237308, 237320, 237336, 237349, 237368, 237383, 237397, 237412, 237425, 237440, 237457, 237472, 237487, 237504, 237519, 237535, 237545, 237556, 237569, 237581, 237599, 237612, 237629, 237643, 237663, 237679, 237694, 237710, 237724, 237740, 237758, 237774, 237790, 237808, 237824, 237841, 237853, 237867, 237880, 237899, 237913, 237931, 237946, 237967, 237984, 238000, 238017, 238032, 238049, 238068, 238085, 238102, 238121, 238138, 238156, 238160, 238180, 238196, 238211, 238231, 238248, 238262, 238276, 238293, 238309, 238322, 238335, 238354, 238369, 238392, 238420, 238445, 238467, 238489, 238514, 238538, 238559, 238580, 238607, 238630, 238640, 238651, 238670, 238693, 238722, 238754, 238782, 238810, 238828, 238850, 238864, 238887, 238914, 238947, 238983, 239015, 239047, 239069, 239095, 239113, 239137, 239159, 239189, 239210, 239230, 239248, 239274, 239291, 239301, 239320, 239337, 239355, 239371, 239381, 239391, 239402, 239411, 239421, 239432, 239440, 239450, 239464, 239481, 239507, 239531, 239556, 239579, 239596, 239613, 239631, 239647, 239664, 239682, 239697, 239720, 239747, 239780, 239816, 239848, 239880, 239902, 239928, 239946, 239973, 240004, 240041, 240081, 240117, 240153, 240179, 240209, 240231, 240259, 240285, 240319, 240344, 240368, 240390, 240420, 240441, 240454, 240463, 240478, 240495, 240513, 240530, 240546, 240559, 240571, 240590, 240599, 240606, 240616, 240633, 240655, 240674, 240690, 240706, 240725, 240743, 240758, 240773, 240794, 240811, 240835, 240857, 240873, 240888, 240901, 240924, 240945, 240959, 240976, 240989, 241009, 241034, 241056, 241075, 241094, 241116, 241137, 241155, 241173, 241197, 241217, 241225, 241237, 241250, 241259, 241273, 241293, 241306, 241321, 241336, 241347, 241362, 241375, 241397, 241417, 241438, 241457, 241470, 241483, 241497, 241509, 241522, 241536, 241547, 241564, 241581, 241599, 241622, 241642, 241659, 241676, 241696, 241715, 241731, 241747, 241769, 241787, 241806, 241830, 241851, 241869, 241887, 241908, 241928, 241945, 241962, 241985, 242004, 242014, 242024, 242040, 242058, 242077, 242094, 242109, 242126, 242145, 242162, 242177, 242195, 242212, 242226, 242242, 242255, 242275, 242294, 242309, 242327, 242343, 242361, 242381, 242399, 242415, 242432, 242452, 242468, 242485, 242500, 242518, 242541, 242561, 242578, 242595, 242615, 242634, 242650, 242666, 242688, 242706, 242727, 242746, 242767, 242790, 242811, 242830, 242850, 242873, 242892, 242902, 242921, 242948, 242973, 242992, 243010, 243026, 243052, 243076, 243093, 243113, 243129, 243142, 243159, 243177, 243200, 243212, 243228, 243249, 243267, 243282, 243297, 243315, 243332, 243352, 243375, 243397, 243418, 243432, 243446, 243466, 243482, 243508, 243532, 243550, 243567, 243582, 243607, 243630, 243646, 243665, 243680, 243696, 243710, 243726, 243744, 243760, 243774, 243789, 243807, 243821, 243845, 243867, 243893, 243919, 243933, 243945, 243961, 243982, 244001, 244024, 244047, 244069, 244089, 244113, 244137, 244157, 244175, 244197, 244219, 244242, 244263, 244288, 244313, 244329, 244351, 244371, 244395, 244419, 244434, 244450, 244464, 244480, 244498, 244514, 244528, 244543, 244561, 244575, 244585, 244595, 244624, 244649, 244677, 244709, 244730, 244758, 244782, 244809, 244840, 244860, 244869, 244891, 244909, 244930, 244955, 244969, 244989, 245007, 245019, 245030, 245039, 245058, 245075, 245085, 245098, 245107, 245112, 245125, 245137, 245151, 245164, 245179, 245191, 245205, 245217, 245229, 245243, 245254, 245271, 245292, 245314, 245338, 245362, 245383, 245404, 245422, 245438, 245462, 245472, 245484, 245494, 245514, 245532, 245544, 245555, 245567, 245576, 245586, 245601, 245613, 245625, 245639, 245651, 245661, 245670, 245679, 245694, 245714, 245731, 245745, 245759, 245776, 245792, 245805, 245818, 245837, 245852, 245864, 245883, 245900, 245910, 245921, 245932, 245940, 245948, 245962, 245975, 245989, 245998, 246008, 246018, 246024, 246037, 246048, 246059, 246079, 246103, 246133, 246166, 246195, 246224, 246243, 246266, 246281, 246305, 246333, 246367, 246404, 246437, 246470, 246493, 246520, 246539, 246564, 246587, 246618, 246640, 246661, 246680, 246707, 246725, 246736, 246756, 246774, 246793, 246810, 246821, 246832, 246844, 246854, 246865, 246877, 246892, 246910, 246937, 246962, 246988, 247012, 247030, 247048, 247067, 247084, 247102, 247121, 247139, 247149, 247161, 247172, 247189, 247201, 247217, 247230, 247249, 247264, 247278, 247293, 247306, 247321, 247338, 247353, 247368, 247385, 247400, 247416, 247429, 247443, 247466, 247487, 247509, 247529, 247543, 247557, 247572, 247585, 247599, 247614, 247627, 247638, 247651, 247663, 247681, 247694, 247711, 247725, 247745, 247761, 247776, 247792, 247806, 247822, 247840, 247856, 247872, 247890, 247906, 247923, 247935, 247949, 247962, 247981, 247995, 248013, 248028, 248049, 248066, 248082, 248099, 248114, 248131, 248150, 248167, 248184, 248203, 248220, 248238, 248245, 248253, 248272, 248292, 248312, 248333, 248356, 248361, 248372, 248388, 248397, 248407, 248422, 248433, 248445, 248457, 248463, 248473, 248485, 248500, 248518, 248529, 248556, 248581, 248600, 248618, 248634, 248660, 248684, 248701, 248721, 248737, 248742, 248746, 248751, 248764, 248778, 248791, 248803, 248809, 248823, 248838, 248852, 248865, 248875, 248886, 248902, 248914, 248935, 248956, 248961, 248972, 248982, 248989, 249004, 249019, 249035, 249050, 249064, 249072, 249081, 249091, 249104, 249112, 249128, 249135, 249140, 249145, 249151, 249158, 249172, 249187, 249195, 249207, 249214, 249222, 249239, 249259, 249283, 249297, 249312, 249331, 249340, 249347, 249355, 249364, 249380, 249397, 249415, 249430, 249448, 249467, 249483, 249500, 249515, 249533, 249552, 249568, 249587, 249607, 249624, 249642, 249661, 249675, 249690, 249706, 249712, 249721, 249728, 249738, 249747, 249761, 249775, 249790, 249806, 249817, 249829, 249834, 249842, 249851, 249869, 249888, 249896, 249905, 249920, 249930, 249941, 249953, 249973, 249992, 250000, 250010, 250028, 250043, 250053, 250064, 250076, 250084, 250093, 250107, 250117, 250127, 250145, 250165, 250175, 250186, 250197, 250208, 250219, 250227, 250233, 250241, 250250, 250259, 250269, 250287, 250307, 250318, 250328, 250336, 250345, 250359, 250370, 250382, 250399, 250422, 250442, 250452, 250461, 250476, 250488, 250507, 250520, 250535, 250555, 250571, 250587, 250605, 250630, 250649, 250666, 250686, 250702, 250723, 250741, 250749, 250756, 250768, 250781, 250791, 250806, 250815, 250827, 250842, 250857, 250875, 250899, 250920, 250940, 250961, 250982, 251004, 251027, 251045, 251063, 251082, 251104, 251121, 251137, 251153, 251169, 251183, 251203, 251220, 251235, 251245, 251260, 251280, 251296, 251312, 251330, 251355, 251374, 251391, 251411, 251427, 251448, 251466, 251488, 251508, 251522, 251535, 251546, 251567, 251586, 251598, 251613, 251624, 251639, 251648, 251658, 251674, 251687, 251707, 251721, 251736, 251752, 251760, 251768, 251776, 251788, 251799, 251805, 251812, 251820, 251840, 251857, 251873, 251886, 251895, 251909, 251915, 251922, 251930, 251943, 251960, 251973, 251986, 252001, 252023, 252039, 252053, 252070, 252083, 252101, 252116, 252125, 252136, 252155, 252176, 252199, 252222, 252242, 252264, 252280, 252303, 252314, 252327, 252339, 252351, 252369, 252384, 252406, 252422, 252439, 252457, 252468, 252479, 252494, 252510, 252526, 252545, 252564, 252581, 252596, 252617, 252635, 252651, 252656, 252662, 252676, 252686, 252695, 252705, 252715, 252724, 252734, 252746, 252758, 252775, 252795, 252809, 252823, 252836, 252842, 252849, 252854, 252859, 252867, 252870, 252880, 252891, 252906, 252914, 252935, 252959, 252979, 252999, 253009, 253017, 253031, 253042, 253053, 253059, 253070, 253082, 253097, 253116, 253141, 253169, 253193, 253217, 253231, 253249, 253259, 253275, 253289, 253311, 253324, 253336, 253348, 253357, 253365, 253375, 253393, 253405, 253414, 253430, 253449, 253462, 253475, 253487, 253490, 253498, 253505, 253512, 253530, 253547, 253564, 253573, 253581, 253589, 253595, 253604, 253620, 253632, 253653, 253670, 253696, 253718, 253745, 253767, 253790, 253812, 253829, 253854, 253875, 253905, 253931, 253962, 253988, 254015, 254041, 254062, 254084, 254102, 254119, 254131, 254151, 254167, 254192, 254213, 254243, 254269, 254300, 254326, 254353, 254379, 254400, 254429, 254454, 254488, 254518, 254553, 254583, 254614, 254644, 254669, 254695, 254717, 254738, 254754, 254771, 254784, 254788, 254793, 254808, 254822, 254836, 254848, 254858, 254870, 254884, 254896, 254906, 254919, 254933, 254945, 254959, 254971, 254982, 254994, 255010, 255024, 255038, 255048, 255057, 255070, 255081, 255094, 255109, 255122, 255133, 255147, 255162, 255175, 255190, 255203, 255215, 255228, 255245, 255260, 255275, 255286, 255298, 255309, 255314, 255331, 255349, 255367, 255386, 255407, 255425, 255429, 255437, 255448, 255479, 255485, 255503, 255509, 255532, 255551, 255573, 255599, 255614, 255629, 255646, 255665, 255684, 255700, 255718, 255730, 255749, 255768, 255781, 255788, 255813, 255838, 255846, 255854, 255873, 255890, 255905, 255919, 255940, 255958, 255974, 255994, 256009, 256028, 256040, 256049, 256073, 256094, 256114, 256135, 256156, 256178, 256201, 256219, 256238, 256260, 256277, 256293, 256309, 256324, 256328, 256343, 256359, 256375, 256392, 256411, 256419, 256424, 256433, 256435, 256449, 256461, 256473, 256478, 256484, 256491, 256497, 256516, 256529, 256547, 256568, 256593, 256608, 256624, 256644, 256654, 256666, 256677, 256685, 256689, 256705, 256721, 256736, 256749, 256765, 256776, 256786, 256799, 256812, 256828, 256843, 256855, 256869, 256883, 256896, 256910, 256921, 256932, 256944, 256955, 256969, 256982, 256991, 257002, 257012, 257020, 257038, 257055, 257067, 257076, 257084, 257094, 257101, 257113, 257126, 257131, 257143, 257147, 257152, 257165, 257180, 257195, 257209, 257224, 257236, 257249, 257261, 257275, 257290, 257306, 257323, 257340, 257358, 257376, 257395, 257414, 257434, 257449, 257465, 257483, 257502, 257517, 257533, 257549, 257568, 257588, 257609, 257630, 257652, 257674, 257697, 257720, 257744, 257763, 257783, 257805, 257828, 257847, 257867, 257887, 257907, 257923, 257943, 257964, 257986, 258008, 258031, 258054, 258078, 258102, 258127, 258147, 258168, 258191, 258215, 258235, 258256, 258277, 258298, 258308, 258313, 258325, 258337, 258350, 258365, 258383, 258396, 258404, 258417, 258429, 258441, 258454, 258471, 258489, 258506, 258521, 258539, 258558, 258571, 258592, 258614, 258635, 258654, 258668, 258679, 258691, 258701, 258716, 258733, 258748, 258767, 258782, 258800, 258814, 258823, 258841, 258857, 258865, 258874, 258890, 258909, 258932, 258951, 258964, 258969, 258975, 258989, 259005, 259017, 259040, 259064, 259090, 259116, 259139, 259162, 259182, 259200, 259226, 259237, 259243, 259254, 259264, 259267, 259279, 259293, 259303, 259312, 259318, 259335, 259349, 259362, 259377, 259394, 259408, 259428, 259433, 259441, 259451, 259464, 259478, 259491, 259506, 259524, 259542, 259556, 259570, 259585, 259600, 259621, 259637, 259644, 259660, 259675, 259694, 259714, 259733, 259753, 259768, 259783, 259796, 259815, 259836, 259848, 259861, 259886, 259907, 259933, 259946, 259960, 259973, 259990, 260006, 260022, 260038, 260043, 260060, 260074, 260087, 260097, 260116, 260132, 260147, 260159, 260169, 260186, 260198, 260212, 260228, 260243, 260256, 260263, 260278, 260294, 260309, 260323, 260331, 260347, 260364, 260380, 260395, 260407, 260420, 260433, 260453, 260468, 260485, 260504, 260522, 260538, 260551, 260571, 260586, 260603, 260622, 260640, 260656, 260666, 260680, 260687, 260709, 260730, 260753, 260774, 260798, 260821, 260840, 260860, 260884, 260902, 260919, 260938, 260952, 260969, 260987, 261007, 261026, 261041, 261061, 261074, 261087, 261099, 261108, 261125, 261142, 261160, 261177, 261193, 261205, 261224, 261238, 261254, 261272, 261289, 261304, 261324, 261341, 261361, 261382, 261398, 261420, 261435, 261442, 261450, 261460, 261482, 261499, 261515, 261528, 261544, 261555, 261567, 261589, 261610, 261628, 261651, 261669, 261690, 261709, 261731, 261755, 261778, 261796, 261815, 261834, 261854, 261878, 261895, 261911, 261922, 261936, 261949, 261970, 261986, 262004, 262020, 262039, 262056, 262069, 262087, 262109, 262130, 262158, 262182, 262197, 262217, 262235, 262254, 262270, 262286, 262304, 262324, 262340, 262354, 262377, 262394, 262409, 262421, 262437, 262455, 262476, 262500, 262520, 262539, 262560, 262582, 262600, 262618, 262636, 262654, 262669, 262689, 262702, 262716, 262733, 262747, 262764, 262779, 262795, 262806, 262825, 262839, 262851, 262872, 262883, 262898, 262916, 262934, 262958, 262984, 263010, 263031, 263055, 263066, 263078, 263092, 263109, 263123, 263147, 263159, 263176, 263197, 263220, 263244, 263264, 263277, 263295, 263309, 263325, 263349, 263364, 263380, 263394, 263411, 263434, 263454, 263468, 263481, 263502, 263513, 263533, 263556, 263568, 263583, 263604, 263620, 263640, 263659, 263674, 263691, 263703, 263718, 263740, 263758, 263782, 263794, 263811, 263827, 263841, 263857, 263871, 263887, 263905, 263921, 263937, 263949, 263961, 263977, 263996, 264008, 264021, 264032, 264047, 264063, 264078, 264094, 264105, 264116, 264125, 264140, 264157, 264165, 264174, 264195, 264212, 264234, 264243, 264253, 264262, 264275, 264287, 264299, 264311, 264321, 264334, 264348, 264360, 264377, 264389, 264399, 264404, 264410, 264429, 264435, 264436, 264441, 264448, 264459, 264466, 264474, 264488, 264501, 264519, 264532, 264547, 264568, 264589, 264604, 264618, 264636, 264650, 264662, 264673, 264691, 264708, 264726, 264749, 264767, 264786, 264802, 264824, 264847, 264867, 264891, 264911, 264931, 264951, 264967, 264980, 265001, 265015, 265036, 265055, 265074, 265098, 265122, 265143, 265162, 265185, 265207, 265231, 265251, 265276, 265294, 265315, 265329, 265336, 265352, 265363, 265379, 265388, 265402, 265417, 265439, 265458, 265480, 265509, 265541, 265567, 265598, 265623, 265654, 265684, 265711, 265741, 265754, 265774, 265791, 265811, 265838, 265868, 265892, 265921, 265944, 265973, 266001, 266026, 266054, 266064, 266078, 266085, 266093, 266100, 266113, 266120, 266128, 266137, 266151, 266170, 266194, 266217, 266234, 266242, 266261, 266267, 266284, 266304, 266324, 266341, 266360, 266368, 266377, 266389, 266402, 266412, 266427, 266434, 266444, 266459, 266471, 266484, 266494, 266505, 266516, 266525, 266544, 266560, 266574, 266592, 266609, 266624, 266646, 266671, 266696, 266718, 266742, 266760, 266771, 266784, 266805, 266829, 266853, 266874, 266897, 266908, 266921, 266936, 266950, 266963, 266972, 266989, 266998, 267017, 267032, 267039, 267052, 267066, 267077, 267094, 267111, 267129, 267144, 267163, 267178, 267190, 267206, 267217, 267237, 267249, 267259, 267278, 267298, 267315, 267338, 267362, 267383, 267408, 267429, 267443, 267455, 267468, 267484, 267491, 267498, 267505, 267513, 267521, 267530, 267544, 267562, 267575, 267587, 267605, 267624, 267640, 267662, 267685, 267705, 267729, 267749, 267758, 267768, 267773, 267784, 267796, 267807, 267815, 267824, 267833, 267848, 267864, 267873, 267888, 267898, 267907, 267917, 267930, 267943, 267954, 267965, 267977, 267991, 268004, 268022, 268045, 268065, 268082, 268099, 268119, 268138, 268154, 268170, 268192, 268210, 268224, 268238, 268256, 268274, 268286, 268305, 268322, 268335, 268348, 268368, 268386, 268405, 268415, 268427, 268440, 268459, 268483, 268504, 268522, 268540, 268561, 268581, 268598, 268615, 268638, 268657, 268670, 268683, 268698, 268718, 268743, 268765, 268784, 268803, 268825, 268846, 268864, 268882, 268906, 268926, 268947, 268973, 268996, 269016, 269036, 269059, 269081, 269100, 269119, 269144, 269165, 269181, 269196, 269212, 269222, 269235, 269247, 269260, 269271, 269282, 269296, 269307, 269322, 269334, 269344, 269356, 269367, 269376, 269393, 269409, 269423, 269438, 269454, 269466, 269479, 269499, 269519, 269536, 269557, 269575, 269589, 269598, 269609, 269621, 269630, 269640, 269656, 269671, 269688, 269699, 269710, 269720, 269729, 269741, 269749, 269763, 269772, 269782, 269794, 269807, 269820, 269828, 269842, 269853, 269863, 269876, 269890, 269906, 269920, 269935, 269950, 269964, 269975, 269988, 270005, 270017, 270030, 270042, 270056, 270065, 270075, 270087, 270100, 270118, 270129, 270145, 270157, 270167, 270179, 270193, 270202, 270213, 270228, 270244, 270257, 270271, 270285, 270299, 270313, 270325, 270341, 270351, 270363, 270384, 270408, 270431, 270453, 270463, 270472, 270483, 270494, 270504, 270515, 270529, 270539, 270552, 270568, 270584, 270597, 270608, 270621, 270635, 270651, 270665, 270680, 270691, 270704, 270714, 270720, 270732, 270745, 270755, 270771, 270786, 270802, 270823, 270839, 270856, 270870, 270888, 270906, 270920, 270932, 270953, 270972, 270992, 271010, 271022, 271034, 271047, 271058, 271070, 271083, 271089, 271100, 271116, 271137, 271157, 271171, 271172, 271186, 271191, 271208, 271217, 271224, 271237, 271242, 271253, 271256, 271274, 271294, 271314, 271330, 271335, 271345, 271358, 271369, 271380, 271390, 271400, 271412, 271426, 271449, 271470, 271503, 271517, 271531, 271537, 271559, 271571, 271581, 271599, 271611, 271631, 271655, 271669, 271692, 271711, 271725, 271739, 271751, 271771, 271785, 271797, 271810, 271832, 271849, 271875, 271885, 271895, 271905, 271915, 271929, 271941, 271959, 271968, 271977, 271989, 271995, 272001, 272007, 272013, 272019, 272025, 272031, 272037, 272043, 272049, 272055, 272064, 272070, 272076, 272082, 272088],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[62, 732, 2175, 2178, 2315, 4661, 5345, 6661, 6662, 7310, 7334, 7372, 7400, 7403, 7721]), Anchor::All(&[Anchor::Lits(&[9279, 9375, 9432, 9886, 9888, 11238, 11243, 11269, 11274, 12033, 12413, 14124, 14137, 14488, 14621, 14694, 15687, 16562]), Anchor::Lits(&[7806, 8995, 9479, 9750, 9925, 9935, 9937, 9942, 9994, 9996, 10056, 10073, 10079, 10114, 10149, 10314, 10322, 10340, 10346, 10382, 10417, 10991, 11044, 11148, 11709, 11711, 11767, 11770, 12398, 12892, 12957, 12981, 13023, 13060, 13062, 13107, 13268, 13345, 13650, 13656, 13664, 13669, 13789, 13791, 13793, 14186, 14242, 14775, 14926, 15060, 15555, 15561, 15563, 15565, 15569, 15571, 15718, 16452, 16455, 16554, 16698])]), Anchor::All(&[Anchor::Lits(&[7806, 8995, 9479, 9750, 9925, 9935, 9937, 9942, 9994, 9996, 10056, 10073, 10079, 10114, 10149, 10314, 10322, 10340, 10346, 10382, 10417, 10991, 11044, 11148, 11709, 11711, 11767, 11770, 12398, 12892, 12957, 12981, 13023, 13060, 13062, 13107, 13268, 13345, 13650, 13656, 13664, 13669, 13789, 13791, 13793, 14186, 14242, 14775, 14926, 15060, 15555, 15561, 15563, 15565, 15569, 15571, 15718, 16452, 16455, 16554, 16698]), Anchor::Lits(&[63, 164, 1632, 2126, 2133, 2314, 2484, 2747, 4038, 4181, 4427, 4570, 4585, 4591, 4608, 4660, 5033, 5107, 5653]), Anchor::Lits(&[203, 351, 1724, 1735])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[1251, 1253, 1262, 1937, 1947, 1950, 1951, 1952, 1953, 1954, 1955, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2051, 2061, 2064, 2065, 2066, 2068, 2069, 2071, 2074, 2075, 2076, 2077, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2489, 2498, 2749, 2784, 3126, 3474, 4111, 4184, 4567, 4573, 4644, 5658, 5661, 5669, 5731, 5741, 5763, 6090, 6105, 7292, 7308, 7310, 7316, 7356, 7360, 7400, 7721]), Anchor::All(&[Anchor::Lits(&[9279, 9375, 9886, 9888, 11238, 11243, 11269, 11274, 12033, 14124, 14137, 14624, 14694, 15687, 16562]), Anchor::Lits(&[7806, 8995, 9479, 9750, 9925, 9935, 9937, 9942, 9994, 9996, 10056, 10073, 10079, 10114, 10149, 10314, 10322, 10340, 10346, 10382, 10417, 10991, 11044, 11148, 11709, 11711, 11767, 11770, 12398, 12892, 12957, 12981, 13023, 13060, 13062, 13107, 13268, 13345, 13650, 13656, 13664, 13669, 13789, 13791, 13793, 14186, 14242, 14775, 14926, 15060, 15555, 15561, 15563, 15565, 15569, 15571, 15718, 16452, 16455, 16554, 16698]), Anchor::Lits(&[8075, 8314, 10643, 17691])]), Anchor::All(&[Anchor::Lits(&[7806, 8995, 9479, 9750, 9925, 9935, 9937, 9942, 9994, 9996, 10056, 10073, 10079, 10114, 10149, 10314, 10322, 10340, 10346, 10382, 10417, 10991, 11044, 11148, 11709, 11711, 11767, 11770, 12398, 12892, 12957, 12981, 13023, 13060, 13062, 13107, 13268, 13345, 13650, 13656, 13664, 13669, 13789, 13791, 13793, 14186, 14242, 14775, 14926, 15060, 15555, 15561, 15563, 15565, 15569, 15571, 15718, 16452, 16455, 16554, 16698]), Anchor::Lits(&[9267, 9888, 11240, 11274, 12033, 12412, 14137, 14487, 14621, 14693, 14698]), Anchor::Lits(&[8314, 10475, 10643])]), Anchor::All(&[Anchor::Lits(&[8274, 8276, 8284, 8293, 8294, 8295, 8298, 8306, 8308, 8309, 8312, 13444, 13446, 13454, 13463, 13464, 13465, 13468, 13476, 13478, 13479, 13482, 15138, 15140, 15148, 15157, 15158, 15159, 15162, 15170, 15173, 15175, 15179, 15413, 15414, 15415, 15416, 15417, 15418, 15419, 15420, 15421, 15422, 15423, 15424, 15425, 15426, 15428, 15429, 15430, 15431, 15432, 15433, 15434, 15435, 15894, 15895, 15896, 15897, 15898, 15899, 15900, 15901, 15902, 15903, 15904, 15905, 15906, 15907, 15908, 15909, 15910, 15911, 15912, 15913, 15914, 15915, 16009, 16010, 16011, 16012, 16013, 16014, 16015, 16016, 16017, 16018, 16019, 16030, 16031, 16032, 16033, 16034, 16035, 16036, 16037, 16038, 16039, 16040, 16066, 16067, 16068, 16069, 16070, 16071, 16072, 16073, 16074, 16075, 16076, 16077, 16078, 16079, 16080, 16081, 16082, 16083, 16084, 16085, 16086, 16087, 16118, 16119, 16120, 16121, 16122, 16123, 16124, 16125, 16126, 16127, 16128, 16155, 16156, 16157, 16158, 16159, 16160, 16161, 16166, 16167, 16168, 16169, 16279, 16287, 16288, 16293, 16294, 16295, 16296, 16297, 16298, 16299, 16300, 16301, 16302, 16303, 16304, 16305, 16306, 16311, 16312, 16313, 16314, 16319, 17712, 17713, 17714, 17715, 17716, 17717, 17718, 17719, 17720, 17721, 17722, 17738, 17739, 17740, 17741, 17742, 17743, 17744, 17745, 17746, 17747, 17748, 17752, 17753, 17754, 17755, 17756, 17757, 17758, 17759, 17760, 17761, 17762, 17763, 17764, 17765, 17766, 17767, 17768, 17769, 17770, 17771, 17772, 17773]), Anchor::Lits(&[7806, 8995, 9479, 9750, 9925, 9935, 9937, 9942, 9994, 9996, 10056, 10073, 10079, 10114, 10149, 10314, 10322, 10340, 10346, 10382, 10417, 10991, 11044, 11148, 11709, 11711, 11767, 11770, 12398, 12892, 12957, 12981, 13023, 13060, 13062, 13107, 13268, 13345, 13650, 13656, 13664, 13669, 13789, 13791, 13793, 14186, 14242, 14775, 14926, 15060, 15555, 15561, 15563, 15565, 15569, 15571, 15718, 16452, 16455, 16554, 16698])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[5745, 5752, 5761, 5829, 5830, 5836, 5838, 5840, 5842, 5843, 6954, 6960, 6967, 6974, 6975, 6977, 6979, 6981, 6983, 6984, 7410, 7430, 7438, 7441, 7451, 7461, 7465, 7472, 7473, 7474, 7475, 7476, 7486, 7498, 7499, 7500, 7501, 7502, 7512, 7525, 7526, 7527, 7528, 7529, 7530, 7531, 7532, 7545, 7546, 7547, 7548, 7549, 7550, 7551, 7557, 7558, 7559, 7560, 7561, 7562, 7563, 7564, 7565, 7566, 7619, 7683]), Anchor::All(&[Anchor::Lits(&[7806, 8995, 9479, 9750, 9925, 9935, 9937, 9942, 9994, 9996, 10056, 10073, 10079, 10114, 10149, 10314, 10322, 10340, 10346, 10382, 10417, 10991, 11044, 11148, 11709, 11711, 11767, 11770, 12398, 12892, 12957, 12981, 13023, 13060, 13062, 13107, 13268, 13345, 13650, 13656, 13664, 13669, 13789, 13791, 13793, 14186, 14242, 14775, 14926, 15060, 15555, 15561, 15563, 15565, 15569, 15571, 15718, 16452, 16455, 16554, 16698]), Anchor::Lits(&[1064, 2375, 3239, 4528, 4536, 4659, 4891, 4972]), Anchor::Lits(&[7849, 7938, 9302, 9305, 9454, 9558, 9561, 9691, 9794, 9815, 11194, 13533, 14090, 14269, 14696, 14827, 15135, 15675, 16826])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[58, 822, 1096, 1212, 1300, 1306, 1307, 1309, 1313, 1315, 1365, 1374, 1380, 1403, 1435, 1529, 1532, 1541, 1547, 1577, 1609, 2127, 2131, 2305, 2562, 2564, 2582, 2583, 3216, 3619, 3645, 3660, 3712, 3762, 3764, 3786, 3874, 4055, 4346, 4348, 4351, 4352, 4444, 4445, 4446, 4687, 4713, 5099, 5168, 5292, 5498, 5500, 5504, 5506, 5509, 5511, 5683, 6164, 6165, 6542, 6643]), Anchor::Lits(&[7809, 8826, 10512, 11830, 11840, 12375, 14054, 14082, 15188, 16756, 16759, 17498, 17580, 17582, 17586, 17599, 17674, 17676, 17690, 17917]), Anchor::Lits(&[570, 2314, 2776, 4635, 5691, 6533, 6563, 7810, 8827, 10513, 11831, 11841, 14055, 14083, 15189, 16757, 16760, 17590, 17600, 17601, 17921])])),
            (4, "override-the-above", Anchor::Lits(&[63, 733, 4571, 4604])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[1278, 2366, 2375, 2781, 4641, 4656, 4972, 5031, 5669]), Anchor::Lits(&[822, 1309, 2127, 2564, 3660, 3712, 4348, 4444, 5506, 5511])])),
            (6, "override-previous-loosely", Anchor::Any(&[Anchor::Lits(&[14533]), Anchor::All(&[Anchor::Lits(&[1632, 4591, 4608]), Anchor::Lits(&[11711])])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[7807, 7808, 8178, 9004, 9480, 9751, 9930, 9936, 9938, 9993, 9995, 10001, 10074, 10080, 10115, 10315, 10341, 10347, 10383, 11042, 11045, 11149, 11710, 11764, 11768, 11771, 12893, 12958, 12982, 13024, 13061, 13063, 13108, 13269, 13310, 13364, 13651, 13660, 13668, 13670, 13790, 13792, 13794, 14187, 14243, 14776, 14927, 15119, 15556, 15564, 15566, 15570, 15572, 16453, 16456, 16555, 16702]), Anchor::All(&[Anchor::Lits(&[7806, 8995, 9479, 9750, 9925, 9935, 9937, 9942, 9994, 9996, 10056, 10073, 10079, 10114, 10149, 10314, 10322, 10340, 10346, 10382, 10417, 10991, 11044, 11148, 11709, 11711, 11767, 11770, 12398, 12892, 12957, 12981, 13023, 13060, 13062, 13107, 13268, 13345, 13650, 13656, 13664, 13669, 13789, 13791, 13793, 14186, 14242, 14775, 14926, 15060, 15555, 15561, 15563, 15565, 15569, 15571, 15718, 16452, 16455, 16554, 16698]), Anchor::Lits(&[63, 164, 1632, 2126, 2133, 2314, 2484, 2747, 4038, 4181, 4427, 4570, 4585, 4591, 4608, 4660, 5033, 5107, 5653]), Anchor::Lits(&[9132, 9279, 9499, 9886, 11178, 11679, 11977, 12683, 13306, 13578, 13841, 14137, 15820])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[5740, 5743, 5744, 5750, 5751, 5761, 5762, 5819, 5820, 5828, 5835, 5836, 5839, 5841, 5844, 6950, 6952, 6953, 6958, 6959, 6967, 6968, 6970, 6971, 6973, 6976, 6977, 6980, 6982, 6985])),
            (9, "override-everything-then-order", Anchor::Lits(&[1310, 1311, 1312, 2128, 2129, 2130, 2565, 2567, 2569, 3661, 3662, 3663, 3713, 3714, 3715, 5100, 5101, 5102])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::Lits(&[9455, 9456, 9457, 9462, 11886, 11887, 11888, 11889, 11898, 11899, 11900, 11901, 12039, 12041, 12045, 12062, 15822, 15823, 15824, 15827]), Anchor::All(&[Anchor::Lits(&[9943, 9944, 9945, 9946, 9947, 9948, 9949, 9950, 9951, 9952, 9953, 9954, 9955, 9956, 9957, 9958, 9959, 9960, 9961, 9962, 9963, 9964, 9965, 9966, 9967, 9968, 9969, 9970, 9971, 9972, 9973, 9974, 9975, 9976, 9977, 9978, 9979, 9980, 9981, 9982, 9984, 9985, 9986, 9987, 9988, 9989, 9990, 9991, 10992, 10993, 10994, 10995, 10996, 10997, 10998, 10999, 11000, 11001, 11002, 11003, 11004, 11005, 11006, 11007, 11008, 11009, 11010, 11011, 11012, 11013, 11014, 11015, 11016, 11017, 11018, 11019, 11020, 11021, 11022, 11023, 11024, 11025, 11026, 11027, 11028, 11029, 11030, 11031, 11033, 11034, 11035, 11036, 11037, 11038, 11039, 11040, 11712, 11713, 11714, 11715, 11716, 11717, 11718, 11719, 11720, 11721, 11722, 11723, 11724, 11725, 11726, 11727, 11728, 11729, 11730, 11731, 11732, 11733, 11734, 11735, 11736, 11737, 11738, 11739, 11740, 11741, 11742, 11743, 11744, 11745, 11746, 11747, 11748, 11749, 11750, 11751, 11755, 11756, 11757, 11758, 11759, 11760, 11761, 11762, 15061, 15062, 15063, 15064, 15065, 15066, 15067, 15068, 15069, 15070, 15071, 15072, 15073, 15074, 15075, 15076, 15078, 15079, 15080, 15081, 15082, 15083, 15084, 15086, 15089, 15090, 15091, 15092, 15093, 15094, 15099, 15100, 15101, 15102, 15103, 15104, 15105, 15108, 15109, 15110, 15111, 15112, 15113, 15114, 15115, 15116, 15117, 15118]), Anchor::Lits(&[8270, 9155, 9711, 10945, 10946, 10947, 13632, 13635, 13636, 14059, 14060, 14062, 14396, 14414, 14416, 14472, 14473, 14756, 15507, 15809, 15810, 17491])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[9279, 9375, 9432, 9886, 9888, 11238, 11243, 11269, 11274, 12033, 12413, 14124, 14137, 14488, 14621, 14694, 15687, 16562]), Anchor::Any(&[Anchor::Lits(&[8466, 8467, 10033, 10098, 10198, 10211, 10258, 10273, 10286, 10365, 12136, 12137, 13054, 13055, 13059, 13067, 13070]), Anchor::All(&[Anchor::Lits(&[47, 48, 162, 860, 861, 1215, 1228, 1291, 1690, 1709, 1812, 1871, 1872, 2326, 2580, 2880, 2902, 3172, 3229, 3766, 3774, 3832, 3835, 3837, 3839, 3843, 3872, 3893, 3922, 4173, 4303, 4320, 4774, 4824, 4831, 4865, 4867, 4917, 4930, 5552, 5560, 5614, 6796, 7052, 7158, 7248]), Anchor::Lits(&[8462, 11191, 11303, 11325, 11380, 12129, 12754, 14939, 14953, 17047, 17200])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[690, 859, 862, 2412, 2442, 2881, 2882, 4308, 4309, 4348, 4350, 4352, 4353, 4830, 4832, 5559, 5561, 5684, 5686, 6586, 6587, 7049]), Anchor::Lits(&[63, 164, 203, 351, 1632, 1735, 2126, 2133, 2314, 2484, 2747, 4038, 4181, 4185, 4427, 4570, 4585, 4591, 4608, 4660, 5033, 5107, 5653, 7409]), Anchor::Lits(&[9267, 9468, 9888, 11269, 12033, 12652, 12684, 13567, 13919, 13944, 14137, 14624])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[7269, 7298, 7311, 7317, 7398, 7716]), Anchor::All(&[Anchor::Lits(&[59, 60, 133, 134, 1022, 1023, 1914, 1925, 2515, 2516, 3252, 3253, 3875, 3885, 4868, 4869, 5494, 5495]), Anchor::Lits(&[9083, 10027, 10280, 12909, 13052, 13092, 14234, 15552, 17515, 17528, 17608, 17610, 17667, 17668, 17898])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1766, 1767, 1768, 1769, 3119, 3120, 3123, 3130, 4118, 4119, 4122, 4128, 5390, 5391, 5392, 5393, 7811, 7814, 7817, 7819, 7826, 7828, 7830, 7832, 7882, 7888, 7889, 8247, 8248, 8253, 8265, 8266, 8267, 8268, 8851, 8866, 8884, 8885, 8886, 9321, 9322, 9323, 9325, 9326, 9327, 9328, 9329, 9330, 9331, 9332, 9333, 9334, 9335, 9336, 9337, 9338, 9339, 9340, 9341, 9342, 9343, 9344, 9345, 9347, 9350, 9353, 9356, 9358, 9419, 9420, 9422, 9427, 9471, 9472, 9473, 9632, 9633, 9634, 9635, 9742, 9743, 9744, 9745, 9799, 9804, 9805, 9807, 9811, 9812, 9814, 10517, 10521, 10523, 10524, 10527, 10529, 10531, 10794, 10795, 10796, 10797, 10798, 10799, 10917, 10920, 10922, 10924, 10926, 10928, 10930, 10950, 10952, 10953, 10954, 11090, 11092, 11479, 11488, 11490, 11491, 11496, 11500, 11505, 11842, 12287, 12291, 12296, 12302, 12313, 12314, 12462, 12463, 12464, 12465, 13272, 13273, 13274, 13275, 13277, 13278, 13279, 13280, 13281, 13282, 13283, 13284, 13285, 13286, 13288, 13291, 13294, 13297, 13299, 13382, 13386, 13390, 13396, 13406, 13407, 13600, 13606, 13608, 13609, 13613, 13615, 13618, 14020, 14021, 14022, 14036, 14040, 14042, 14043, 14047, 14049, 14051, 14066, 14070, 14072, 14073, 14076, 14078, 14080, 14337, 14338, 14340, 14342, 14469, 14470, 14471, 15190, 15405, 15406, 15407, 15408, 15409, 15410, 15681, 15686, 15687, 15690, 15696, 15697, 15700, 15713, 15714, 15715, 15716, 15720, 15721, 15722, 15723, 16576, 16577, 16583, 16592, 17654, 17678])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[641, 969, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 4462, 7269, 7300, 7302, 7319, 7320, 7321, 7322, 7323, 7324, 7325, 7326, 7327, 7330, 7331, 7332, 7333, 7335, 7336, 7337, 7338, 7339, 7340, 7342, 7350, 7351, 7355, 7357, 7375, 7376, 7380, 7381, 7382, 7383, 7384, 7385, 7386, 7387, 7389, 7390, 7391, 7392, 7393, 7394, 7395, 7396, 7405, 7406, 7684, 7707, 7708, 7709, 7710, 7711, 7712, 7713, 7714, 7717, 7718, 7719, 7720, 7722, 7723, 7724, 7725]), Anchor::Lits(&[8977, 8995, 9149, 9903, 9942, 10631, 10991, 11711, 13656, 15060, 16986])])),
            (16, "deceive-the-user", Anchor::Lits(&[2527, 2528, 2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 6681, 6683, 6685, 6686, 6687, 6692, 6693, 6694, 6695, 6696, 9000, 9002, 9003, 9004, 9979, 9982, 9992, 9993, 10031, 10090, 10093, 10099, 10110, 10135, 10142, 10284, 10357, 10360, 10367, 10378, 10403, 10410, 11028, 11031, 11041, 11042, 11512, 11514, 11516, 11521, 11748, 11751, 11763, 11764, 12921, 12966, 12969, 12974, 12985, 13009, 13016, 17317, 17381, 17384, 17388, 17394, 17404, 17431, 17439, 17445, 17446, 17454])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[566, 673, 741, 3923, 4081, 4082, 4093, 6392]), Anchor::Lits(&[3134, 3135, 3136, 3137, 3138, 3140, 3141, 3142, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3187, 3188, 3189, 3190, 3191, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3200, 3201, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4682, 4683, 4684, 4685, 4686, 4690, 4691, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4701, 5163, 5164, 5165, 5166, 5167, 5185, 5186, 5187, 5188, 5189, 5190, 5191, 5192, 5194, 5203, 5215, 5216, 5217, 5218, 5219, 5220, 5221, 5222, 5223, 5224, 5225, 5226, 5227, 5228, 5229, 5621, 5622, 5623, 5624, 5625, 5626, 5627, 5628, 5629, 5631, 5632, 5638, 5641, 5642, 5643, 6592, 6593, 6594, 6595, 6596, 6598, 6599, 6600, 6601, 6603, 6604, 6610, 6613, 6614, 6617])])),
            (18, "reset-own-instructions", Anchor::Lits(&[7074, 7080, 7081, 7157, 8901, 9231, 9232, 9234, 9235, 9236, 9237, 9247, 9248, 9249, 9250, 9755, 9756, 9759, 9761, 10425, 10426, 10431, 10445, 10607, 10608, 10609, 10610, 10611, 10612, 10613, 10614, 10940, 10941, 10942, 10943, 11079, 11080, 11088, 13673, 13674, 13675, 13678, 14177, 14178, 14179, 14180, 14367, 14368, 14369, 14370, 14382, 14383, 14384, 14385, 14388, 14389, 14390, 14391, 14455, 14456, 14458, 14461, 14463, 14464, 14465, 14466, 14571, 14572, 14573, 14574, 15704, 16699, 16700, 16701, 16702, 17225, 17226, 17227, 17228, 17229, 17230, 17231, 17232])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[170, 171, 172, 173, 4064, 4065, 4092, 4112, 6231, 6232, 6391, 6527, 7059, 7060, 7082, 7153]), Anchor::Lits(&[17692, 17695, 17696, 17697, 17698, 17699, 17700, 17701, 17702, 17703, 17704, 17705, 17706, 17707, 17709, 17710, 17711, 17723, 17725, 17730, 17731, 17733, 17734, 17735, 17736, 17737, 17749, 17750, 17751, 17774, 17775, 17776, 17777, 17778, 17779, 17780, 17781, 17783, 17785, 17786, 17788, 17789, 17790, 17791, 17792, 17793, 17794, 17795, 17796, 17797, 17800, 17802, 17803, 17804, 17805, 17806, 17807, 17808, 17810, 17812, 17813, 17814, 17816, 17817, 17818, 17819, 17821, 17822, 17824, 17825, 17826, 17827, 17832, 17834, 17835, 17837, 17838, 17839, 17841, 17844, 17845, 17847, 17848, 17849, 17850, 17852, 17853, 17855, 17856, 17857, 17858, 17859, 17860, 17862, 17863, 17864, 17865, 17870, 17871, 17872, 17873, 17874, 17875, 17876, 17878, 17879, 17882, 17883, 17886, 17887, 17888, 17889, 17890])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[5894, 5895, 5896, 5897, 5914, 5915, 5917, 5918, 5926, 5927, 5934, 5935, 5937, 5938, 5941, 5942, 5957, 5958, 5962, 5963, 7411, 7412, 7413, 7414, 7449, 7450, 7463, 7464, 7523, 7524, 7534, 7535, 7555, 7556, 7573, 7574, 7620, 7622, 7635, 7636]), Anchor::Lits(&[58, 822, 1096, 1212, 1300, 1306, 1307, 1309, 1313, 1315, 1365, 1374, 1380, 1403, 1435, 1529, 1532, 1541, 1547, 1577, 1609, 2127, 2131, 2305, 2562, 2564, 2582, 2583, 3216, 3619, 3645, 3660, 3712, 3762, 3764, 3786, 3874, 4055, 4346, 4348, 4351, 4352, 4444, 4445, 4446, 4687, 4713, 5099, 5168, 5292, 5498, 5500, 5504, 5506, 5509, 5511, 5683, 6164, 6165, 6542, 6643])])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[3550, 3551, 13025, 13026, 13028, 13029, 13030, 14085, 14086, 14087, 14088, 14089, 16763, 16764, 16765, 16766, 16767, 16811, 16812, 16813, 16814, 16815]), Anchor::All(&[Anchor::Lits(&[17498, 17585, 17643, 17672, 17676, 17891, 17916]), Anchor::Lits(&[9361, 10846, 11075, 11299, 12259, 12405, 13652, 14320, 14419, 14460, 14570, 16707])]), Anchor::All(&[Anchor::Lits(&[2915, 2916, 2919, 2933, 2934, 2936, 2937, 2940, 2941, 2942, 2943, 2944, 2945, 2946, 2947, 2948, 2955, 2956, 2958, 2959, 2960, 2961, 2962, 2963]), Anchor::Lits(&[17691])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[495, 503, 505, 517, 518, 519, 532, 533, 536, 537, 539, 541, 550, 565, 7311, 7329, 7388, 7398, 7716])),
            (23, "nothing-is-real", Anchor::Lits(&[372, 1056, 3741, 3822, 3850, 3851, 3852, 3853, 4974])),
            (24, "declined-now-allowed", Anchor::Any(&[Anchor::Lits(&[8773, 8774, 8775, 8776, 8777, 8778, 8779, 8909, 8910, 8911, 8912, 8913, 8914, 8915, 9774, 9775, 9776, 9777, 9778, 9779, 9780, 9917, 9918, 9919, 9920, 9921, 9922, 9923, 10982, 10983, 10984, 10985, 10986, 10987, 10988, 14128, 14129, 14130, 14131, 14132, 14133, 14134, 14480, 14481, 14482, 14483, 14484, 14485, 14486]), Anchor::All(&[Anchor::Lits(&[442, 443, 444, 446, 447, 453, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 2906, 2908, 2909, 2910, 2911, 2917, 2928, 2929, 2930, 2931, 2932, 2935, 2938, 2939, 2949, 2952]), Anchor::Lits(&[8908, 9629, 9630, 9712, 9773, 10980, 10981, 14336, 14356, 17487, 17488])])])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[3626, 7269, 7311, 7315, 7329, 7344, 7345, 7348, 7398, 7684, 7716, 8492, 9434, 9435, 9436, 9437, 9438, 9439, 9440, 9441, 9442, 9443, 9444, 9445, 9446, 9447, 9448, 9449, 9450, 9451, 11246, 11247, 11248, 11249, 11250, 11251, 11253, 11254, 11255, 11256, 11257, 11258, 11260, 11261, 11263, 11264, 11265, 11266, 11277, 11278, 11279, 11280, 11281, 11282, 11283, 11284, 11285, 11286, 11287, 11288, 11289, 11290, 11291, 11292, 11293, 11294, 12043, 12044, 12048, 12049, 12050, 12051, 12052, 12053, 12054, 12055, 12056, 12057, 12060, 12061, 12063, 12064, 12065, 12066, 12414, 12415, 12416, 12417, 12418, 12419, 12420, 12421, 12422, 12423, 12424, 12425, 12426, 12427, 12428, 12429, 12430, 12431, 12435, 12436, 12437, 12438, 12439, 12440, 12441, 12442, 12443, 12444, 12445, 12446, 12447, 12448, 12450, 12451, 12452, 12453, 13922, 13923, 13924, 13925, 13926, 13927, 13929, 13930, 13931, 13932, 13933, 13934, 13936, 13937, 13939, 13940, 13941, 13942, 13945, 13946, 13947, 13948, 13949, 13950, 13952, 13953, 13954, 13955, 13956, 13957, 13958, 13959, 13961, 13962, 13963, 13964, 14492, 14493, 14494, 14495, 14496, 14497, 14499, 14500, 14501, 14502, 14503, 14504, 14506, 14507, 14509, 14510, 14511, 14512, 14626, 14627, 14628, 14629, 14630, 14631, 14632, 14633, 14634, 14635, 14636, 14637, 14638, 14639, 14641, 14642, 14643, 14644, 16263]), Anchor::All(&[Anchor::Lits(&[17691]), Anchor::Lits(&[1228, 1812, 2880, 3229, 3758, 3766, 3774, 3839, 3893, 4303, 4917, 4930, 5449, 5560, 5614, 6796]), Anchor::Lits(&[1065, 2376, 2783, 4529, 4537, 4899, 4973, 5670])])])),
            (26, "ignore-governance-policies", Anchor::Any(&[Anchor::Lits(&[64, 65, 1638, 1640, 1807, 1808, 4182, 4183, 4598, 4600, 4614, 4616]), Anchor::All(&[Anchor::Lits(&[7806, 8995, 9479, 9750, 9925, 9935, 9937, 9942, 9994, 9996, 10056, 10073, 10079, 10114, 10149, 10314, 10322, 10340, 10346, 10382, 10417, 10991, 11044, 11148, 11709, 11711, 11767, 11770, 12398, 12892, 12957, 12981, 13023, 13060, 13062, 13107, 13268, 13345, 13650, 13656, 13664, 13669, 13789, 13791, 13793, 14186, 14242, 14775, 14926, 15060, 15555, 15561, 15563, 15565, 15569, 15571, 15718, 16452, 16455, 16554, 16698]), Anchor::Lits(&[7857, 7865, 7866, 7868, 7869, 9309, 9315, 9316, 9317, 9318, 9692, 9694, 9695, 9696, 9697, 11195, 11197, 11198, 11199, 11201, 12606, 12610, 12611, 12612, 12613, 14091, 14092, 14093, 14094, 14095, 14701, 14712, 14713, 14716, 14718, 14837, 14857, 14858, 14861, 14863]), Anchor::Lits(&[82, 1018, 1185, 2345, 3310, 4621, 5033, 5119])])])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[2315, 7310, 7328, 7372, 7378, 7397, 7715, 9421, 9426, 10953, 12464, 13285, 14339, 14341, 14459, 14462, 15717, 15728, 16582, 16590, 16774, 16777, 16783, 16785, 16786, 16788, 16789, 16804, 16805, 16806, 16809, 17815, 17820, 17877]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3838, 3841, 3842, 3845, 9926, 9927, 9928, 9929, 9958, 9980, 9981, 9983, 9997, 9998, 9999, 10000, 10259, 10264, 10274, 10287, 10331, 10366, 10430, 10439, 10440, 10441, 11007, 11029, 11030, 11032, 11727, 11749, 11750, 11752, 13054, 13055, 13058, 13059, 13067, 13068, 13069, 13070, 13075, 13080, 13654, 13671, 14386, 14777, 14778, 14779, 14780, 15620, 16454, 16457, 16458, 16459]), Anchor::All(&[Anchor::Lits(&[860, 861, 1024, 1228, 1812, 1871, 2880, 2902, 3229, 3504, 3872, 3893, 4303, 4347, 4515, 4831, 4865, 4917, 4930, 5560, 5614, 6796, 7248]), Anchor::Lits(&[8463, 8469, 8790, 8824, 9430, 11465, 12130, 13264, 17048])])]), Anchor::Any(&[Anchor::Lits(&[599, 600, 601, 602, 603, 604, 785, 1039, 1084, 1114, 2203, 2204, 2208, 2230, 2231, 2234, 2268, 2315, 3268, 4640, 5202, 5469, 5747, 7310, 7328, 7372, 7378, 7388, 7397, 7715, 8338, 8339, 8343, 8348, 8360, 8361, 8362, 8363, 9795, 9797, 9800, 9801, 9802, 9804, 9805, 9808, 9810, 9811, 9812, 9816, 9817, 9818, 9819, 9820, 9821, 9823, 9824, 9825, 9826, 10514, 10518, 10526, 10527, 10687, 10688, 10711, 10716, 10728, 10729, 10730, 10731, 10922, 11471, 11474, 11480, 11483, 11484, 11488, 11492, 11495, 11496, 11500, 11924, 11930, 11937, 11941, 11942, 13595, 13601, 13612, 13613, 14003, 14006, 14011, 14012, 14033, 14037, 14046, 14047, 14063, 14067, 14075, 14076, 15471, 15472, 15473, 15474, 15475, 15476, 15477, 15478, 15479, 15480, 15496, 15497, 15498, 15499, 15500, 15501, 15502, 15503, 15504, 15505, 15676, 15679, 15682, 15683, 15684, 15686, 15687, 15692, 15695, 15696, 15697, 17122, 17123, 17124, 17125, 17129, 17130, 17131, 17132]), Anchor::All(&[Anchor::Lits(&[786, 1035, 1064, 1278, 2366, 2373, 2375, 2782, 4177, 4528, 4536, 4641, 4643, 4898, 4972, 5206, 6565]), Anchor::Lits(&[15917, 15969, 16006, 16063, 16773])]), Anchor::All(&[Anchor::Lits(&[784, 1038, 2780, 4639, 6537]), Anchor::Lits(&[17110])])])]), Anchor::All(&[Anchor::Lits(&[784, 1038, 2780, 4639, 6537]), Anchor::Lits(&[17110])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[386, 388, 389, 395, 396, 397, 836, 837, 838, 988, 990, 991, 2980, 5985, 6004, 6124, 6841, 6842, 6843, 6849, 6850, 6851, 7312, 7313, 7314, 7369, 7370, 7371, 8492, 8493, 8496, 8497, 9068, 9069, 9072, 9073, 9074, 9075, 9076, 9081, 14235, 14236, 14241, 14244, 14245, 14246, 14247, 14252, 15554, 15555, 15562, 15565, 15567, 15568, 15571, 15579]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3838, 13054, 13055, 13059, 13067]), Anchor::All(&[Anchor::Lits(&[860, 861, 1291, 1812, 2880, 3229, 3504, 3756, 3759, 3766, 3767, 3774, 3873, 3893, 4303, 4347, 4824, 4865, 4917, 4930, 5449, 5560, 5614, 6796, 6808, 7158]), Anchor::Lits(&[8463, 8793, 11192, 11328, 11383, 12130, 17009, 17048])])]), Anchor::Any(&[Anchor::Lits(&[8419, 8424, 8425, 8427, 8428, 8430, 11243, 13531, 14694, 14696, 16926]), Anchor::All(&[Anchor::Lits(&[1035, 1064, 1112, 1278, 2157, 2366, 2373, 2375, 2782, 3239, 4528, 4898, 4972, 5031, 5206]), Anchor::Lits(&[8075, 8314, 12221, 15917, 15955, 15969, 16227, 16773])])])]), Anchor::All(&[Anchor::Lits(&[12139, 13637, 13655, 14387, 15616, 15729, 16594]), Anchor::Any(&[Anchor::Lits(&[13534, 13538, 13539, 13540]), Anchor::All(&[Anchor::Lits(&[1035, 1278, 2373, 2782, 4528, 4536, 4643, 4972, 5204]), Anchor::Lits(&[8075, 8314, 10643, 15891, 17691])])])]), Anchor::All(&[Anchor::Lits(&[771, 777, 1037, 2314, 3267, 4163, 5023, 5201, 5468, 5568, 5569, 7235]), Anchor::Lits(&[7268])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[17692, 17693, 17724, 17726, 17727, 17728, 17729, 17732, 17749, 17750, 17774, 17776, 17779, 17782, 17784, 17787, 17792, 17795, 17796, 17797, 17798, 17799, 17801, 17802, 17803, 17811, 17823, 17825, 17828, 17829, 17830, 17831, 17833, 17834, 17835, 17836, 17837, 17838, 17839, 17842, 17843, 17846, 17847, 17851, 17854, 17861, 17865, 17876, 17879, 17880, 17884, 17885, 17888]), Anchor::Lits(&[9390, 9391, 9433, 9469, 9887, 9892, 10923, 11244, 11276, 11938, 11950, 11959, 12035, 12038, 13842, 13920, 14001, 14125, 14138, 14146, 14489, 14625, 14932, 15688, 15689, 16563])])),
            (30, "reveal-system-prompt", Anchor::Lits(&[7917, 7918, 7920, 7921, 7923, 7924, 7925, 7927, 7928, 7929, 7930, 9376, 9377, 9379, 9380, 9382, 9383, 9384, 9386, 9387, 9388, 9389, 9796, 9798, 9800, 9802, 9804, 9805, 9809, 9811, 9812, 9813, 9814, 11473, 11478, 11480, 11484, 11488, 11490, 11493, 11496, 11500, 11501, 11505, 11925, 11928, 11930, 11931, 11935, 11937, 11939, 11942, 11944, 11945, 11947, 12085, 12086, 12088, 12089, 12091, 12092, 12093, 12095, 12096, 12097, 12098, 12659, 12660, 12662, 12663, 12665, 12666, 12667, 12669, 12670, 12671, 12672, 13491, 13493, 13495, 13496, 13498, 13499, 13500, 13502, 13508, 13509, 13512, 13596, 13599, 13601, 13602, 13606, 13608, 13610, 13613, 13615, 13616, 13618, 13984, 13985, 13987, 13988, 13990, 13991, 13992, 13994, 13995, 13996, 13997, 14100, 14101, 14103, 14105, 14107, 14111, 14112, 14114, 14115, 14117, 14118, 14301, 14302, 14304, 14305, 14307, 14308, 14309, 14311, 14312, 14313, 14314, 14794, 14796, 14798, 14801, 14803, 14805, 14806, 14808, 14811, 14812, 14815, 15481, 15482, 15484, 15486, 15488, 15489, 15490, 15492, 15493, 15494, 15495, 15678, 15680, 15682, 15684, 15686, 15687, 15694, 15696, 15697, 15698, 15700, 16640, 16641, 16643, 16644, 16646, 16647, 16649, 16651, 16653, 16654, 16658, 16966, 16967, 16969, 16970, 16972, 16973, 16974, 16976, 16977, 16978, 16979])),
            (31, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[392, 393, 394, 395, 396, 398, 836, 837, 839, 994, 995, 996, 2905, 2913, 2953, 2964, 2965, 2966, 5287, 5288, 5289, 6828, 6829, 6838, 6841, 6842, 6844, 6849, 6850, 6852, 6883, 6884, 6885]), Anchor::All(&[Anchor::Lits(&[571, 572, 573, 574, 2264, 2265, 2267, 2268, 2303, 2304, 2309, 2310, 2777, 2778, 2779, 2780, 4636, 4637, 4638, 4639, 4688, 4689, 4699, 4700, 5047, 5048, 5049, 5050, 5147, 5148, 5149, 5151, 5692, 5693, 5694, 5695, 5707, 5708, 5724, 5727, 6534, 6535, 6536, 6537, 7241, 7242, 7245, 7246, 7250, 7251, 7252, 7253]), Anchor::Lits(&[203, 371, 1735, 6921, 6929]), Anchor::Lits(&[349, 359, 2476, 4159, 4186, 4451, 5214, 5333, 5417, 5893, 5913, 5916, 5943, 5956, 6005, 7439, 7448, 7462, 7533, 7576, 7621])])])),
            (32, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[11839, 11995, 17111, 17112, 17113, 17114, 17115, 17116, 17118, 17119, 17120, 17121, 17134]), Anchor::All(&[Anchor::Lits(&[482, 1272, 1439, 2393, 2451, 6853, 6917]), Anchor::Lits(&[17110, 17155])])])),
            (33, "reveal-given-instructions", Anchor::Lits(&[449, 450, 452, 455, 457, 459, 473, 474, 475, 477, 478, 479, 481, 490, 840, 993, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2391, 2392, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 5233, 6830, 6831, 6832, 6833, 6834, 6835, 6837, 6839, 6840, 6845, 6846, 6847, 6848, 6893, 6896, 6898, 6899, 6900, 6902, 6904, 6906, 6909, 6910, 6911, 6913, 6914, 6915, 6916, 6918, 7269, 7311, 7329, 7398, 7716, 8887, 11091, 11157, 11202, 11839, 11995, 13311, 15831, 17525, 17577, 17587, 17607, 17639, 17653, 17657, 17677, 17679, 17903, 17918])),
            (34, "repeat-text-above", Anchor::Lits(&[63, 597, 598, 728, 729, 730, 731, 733, 2196, 2220, 2710, 4570, 4620, 5346, 7341, 7373, 7401, 7726, 7812, 7813, 7815, 7816, 7818, 7827, 7829, 7831, 7833, 7846, 10515, 10516, 10519, 10520, 10522, 10525, 10528, 10530, 10532, 10533, 10915, 10916, 10918, 10919, 10921, 10925, 10927, 10929, 10931, 10932, 11475, 11476, 11485, 11486, 11489, 11494, 11497, 11504, 11506, 11509, 11926, 11927, 11932, 11933, 11936, 11940, 11943, 11946, 11948, 11949, 13597, 13598, 13603, 13604, 13607, 13611, 13614, 13617, 13619, 13620, 14004, 14005, 14007, 14008, 14009, 14010, 14013, 14014, 14015, 14016, 14034, 14035, 14038, 14039, 14041, 14045, 14048, 14050, 14052, 14053, 14064, 14065, 14068, 14069, 14071, 14074, 14077, 14079, 14081, 14084])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[7083, 7084, 7085, 7086, 7087, 7096, 7097, 7098, 7099, 7100, 7101, 7103, 7104, 7105, 7106, 7107, 7109, 7110, 7111, 7112, 7113, 7114, 7115, 7116, 7117, 7118, 7119, 7120, 7121, 7122, 7123, 7124, 7125, 7126, 7127, 7128, 7142, 7143, 7144, 7145, 7146, 7147, 7148, 7149, 7150, 7151, 7152, 7154, 7155, 7156])),
            (36, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[2197, 2199, 2200, 2206, 2215, 2222, 2226, 2227, 2228, 2233, 2238, 2240, 2316, 2677, 2680, 2681, 2687, 2695, 2696, 2706, 2709, 2711, 2713, 2717, 2718, 3904, 3905, 3906, 3907, 3909, 3910, 3916, 3917, 3918, 3919, 3920, 3921, 5150, 7311, 7317, 7373, 7401, 7402, 8881, 8882, 9129, 9130, 9460, 9461, 9466, 9467, 9549, 9550, 10602, 10603, 12456, 12457, 12458, 12459, 13692, 13693, 13694, 13695, 13700, 13701, 14360, 14361, 14474, 14475, 14824, 14825, 14913, 14914, 14915, 14916, 15468, 15469, 15825, 15826, 16514, 16515, 16564, 16565, 17483, 17484]), Anchor::All(&[Anchor::Lits(&[8078, 8079, 8080, 8081, 8084, 8086, 8087, 8098, 8099, 8100, 8101, 8102, 8103, 8104, 8105, 8106, 8107, 8108, 8109, 8110, 8111, 8112, 8113, 8114, 8115, 8116, 8117, 8118, 8119, 8120, 8121, 8122, 8123, 8124, 8125, 8126, 8127, 8128, 8129, 8130, 8131, 8132, 8133, 8136, 8137, 8138, 8139, 8141, 8142, 8143, 8144, 8145, 8146, 8147, 8148, 8149, 8150, 8151, 8152, 8153, 8154, 8155, 8156, 8157, 8158, 8159, 8160, 8161, 8162, 8163, 8164, 8165, 8166, 8167, 8168, 8169, 8170, 8171, 8172, 8173, 8174, 8175, 8176, 8177, 8334, 8335, 8336, 8337, 8340, 8341, 8342, 8344, 8345, 8346, 8347, 8349, 8350, 8351, 8352, 8355, 8356, 8357, 8358, 8364, 8365, 8366, 8367, 8368, 8369, 8370, 8371, 8372, 10484, 10485, 10486, 10487, 10488, 10489, 10490, 10491, 10492, 10493, 10494, 10495, 10496, 10497, 10498, 10499, 10500, 10501, 10502, 10503, 10504, 10505, 10506, 10507, 10508, 10509, 10510, 10511, 10654, 10655, 10656, 10657, 10658, 10659, 10660, 10661, 10662, 10663, 10664, 10665, 10666, 10667, 10668, 10669, 10670, 10671, 10672, 10673, 10674, 10675, 10676, 10677, 10678, 10679, 10680, 10681, 10683, 10684, 10685, 10686, 10689, 10690, 10691, 10712, 10713, 10714, 10715, 10717, 10718, 10719, 10720, 10723, 10724, 10725, 10726, 10770, 10771, 10772, 10773, 10774, 10775, 10776, 10777, 10778, 16189, 16190, 16191, 16192, 16193, 16194, 16195, 16196, 16197, 16198, 16199, 16200, 16201, 16202, 16203, 16204, 16205, 16206, 16207, 16208, 16209, 16210, 16211, 16212, 16213, 16214, 16215, 16216]), Anchor::Lits(&[9468, 12037, 14000, 14137, 15687])])])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[7917, 7918, 7920, 7921, 7923, 7924, 7925, 7927, 7928, 7929, 7930, 9376, 9377, 9379, 9380, 9382, 9383, 9384, 9386, 9387, 9388, 9389, 9796, 9798, 9800, 9802, 9804, 9805, 9809, 9811, 9812, 9813, 9814, 11473, 11478, 11480, 11484, 11488, 11490, 11493, 11496, 11500, 11501, 11505, 11925, 11928, 11930, 11931, 11935, 11937, 11939, 11942, 11944, 11945, 11947, 12085, 12086, 12088, 12089, 12091, 12092, 12093, 12095, 12096, 12097, 12098, 12659, 12660, 12662, 12663, 12665, 12666, 12667, 12669, 12670, 12671, 12672, 13491, 13493, 13495, 13496, 13498, 13499, 13500, 13502, 13508, 13509, 13512, 13596, 13599, 13601, 13602, 13606, 13608, 13610, 13613, 13615, 13616, 13618, 13984, 13985, 13987, 13988, 13990, 13991, 13992, 13994, 13995, 13996, 13997, 14100, 14101, 14103, 14105, 14107, 14111, 14112, 14114, 14115, 14117, 14118, 14301, 14302, 14304, 14305, 14307, 14308, 14309, 14311, 14312, 14313, 14314, 14794, 14796, 14798, 14801, 14803, 14805, 14806, 14808, 14811, 14812, 14815, 15481, 15482, 15484, 15486, 15488, 15489, 15490, 15492, 15493, 15494, 15495, 15678, 15680, 15682, 15684, 15686, 15687, 15694, 15696, 15697, 15698, 15700, 16640, 16641, 16643, 16644, 16646, 16647, 16649, 16651, 16653, 16654, 16658, 16966, 16967, 16969, 16970, 16972, 16973, 16974, 16976, 16977, 16978, 16979])),
            (38, "complete-the-leak", Anchor::Lits(&[11649, 11651, 11652, 11654, 11655, 11658, 11659, 11660, 11662, 11663, 11667, 11668, 11669, 11670, 11671, 11672, 11673, 11674, 11675, 11676, 12775, 12776, 12777, 12778, 12779, 12780, 12781, 12782, 12783, 12784, 12785, 12786, 12787, 12788, 12789, 12790, 12791, 12792, 12793, 12794, 12795, 12796, 12797, 12798, 12799, 12800, 12801, 12802, 12803, 12804, 12805, 12806, 12807, 12808, 12809, 12810, 12821, 12822, 12823, 12824, 12825, 12826, 12827, 12828, 12829, 12830, 12831, 12832, 12833, 12834, 12835, 12836, 12837, 12838, 12839, 12840, 12841, 12842, 12843, 12844, 12845, 12846, 12847, 12848, 12849, 12850, 12851, 12852, 12853, 12854, 12855, 12856, 16116, 16117, 16150, 16151, 16152, 16162, 16163, 16164, 16165, 17500, 17502, 17506, 17507, 17509, 17511, 17866, 17867, 17868, 17869])),
            (39, "what-you-must-not-say", Anchor::Lits(&[17529, 17531, 17532, 17533, 17534, 17535, 17536, 17537, 17538, 17539, 17540, 17541, 17542, 17543, 17578, 17592, 17614, 17615, 17616, 17617, 17618, 17641, 17642, 17656, 17669, 17670])),
            (40, "reveal-initialization", Anchor::Lits(&[11916, 11917, 11918, 11919, 11920, 11921, 11922, 11923, 11951, 11952, 11953, 11954, 11955, 11956, 11957, 11958, 11960, 11961, 11962, 11963, 11964, 11965, 11966, 11967])),
            (41, "forged-own-instructions", Anchor::Lits(&[7917, 7919, 7921, 7922, 7926, 7927, 7928, 7936, 8203, 8206, 8392, 8780, 8781, 8782, 8783, 8784, 8785, 8786, 9099, 9376, 9378, 9380, 9381, 9385, 9386, 9387, 9551, 9552, 9553, 9554, 9555, 9556, 9557, 9796, 9799, 9802, 9803, 9810, 9811, 9812, 10536, 11473, 11479, 11484, 11487, 11495, 11496, 11500, 11925, 11929, 11931, 11934, 11941, 11942, 11944, 12085, 12087, 12089, 12090, 12094, 12095, 12096, 12659, 12661, 12663, 12664, 12668, 12669, 12670, 12733, 13491, 13494, 13496, 13497, 13501, 13502, 13508, 13596, 13600, 13602, 13605, 13612, 13613, 13615, 13678, 13779, 13984, 13986, 13988, 13989, 13993, 13994, 13995, 14100, 14102, 14105, 14106, 14113, 14114, 14115, 14301, 14303, 14305, 14306, 14310, 14311, 14312, 14574, 14794, 14797, 14801, 14802, 14807, 14808, 14811, 15481, 15483, 15486, 15487, 15491, 15492, 15493, 15678, 15681, 15684, 15685, 15695, 15696, 15697, 16640, 16642, 16644, 16645, 16650, 16651, 16653, 16762, 16966, 16968, 16970, 16971, 16975, 16976, 16977])),
            (42, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[302, 317, 521, 522, 523, 524, 525, 526, 5994, 6001, 6922, 6923, 6924, 6925, 6926, 6927, 6930, 6931, 6932, 6933, 6934, 6935]), Anchor::All(&[Anchor::Lits(&[904, 906, 908, 909, 910, 911, 1334, 1351, 1353, 1354, 1355, 1437, 1772, 1788, 1790, 1791, 1792, 1794, 1915, 1917, 1919, 1920, 1921, 1922, 3876, 3878, 3880, 3881, 3882, 3883, 4454, 4455, 4456, 4457, 4458, 4459]), Anchor::Lits(&[295, 5988])])])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9865, 10161, 15916, 15957, 16051, 16323, 16361, 16373, 16405, 17527, 17530, 17546, 17579, 17584, 17591, 17604, 17671, 17677, 17694, 17701, 17809]), Anchor::All(&[Anchor::Lits(&[1033, 1048, 1083, 1155, 1696, 2782, 3153, 3318, 3322, 4634, 4643, 5027, 5156, 5158, 5204, 5206, 6538, 6711]), Anchor::Lits(&[16773])]), Anchor::All(&[Anchor::Lits(&[8468, 17498, 17643, 17891]), Anchor::Lits(&[8664, 9392, 9413, 12482, 14689, 16920])])]), Anchor::Lits(&[483, 484, 485, 486, 487, 488, 5899, 5900, 5901, 5902, 5906, 5907, 5908, 5909, 5930, 5931, 5932, 5933, 6034, 6035, 6036, 6037, 6038, 6039, 6040, 6041, 6043, 6044, 6045, 6046, 6047, 6048, 6049, 6050, 6051, 6052, 6053, 6054, 6055, 6056, 6057, 6058, 6097, 6098, 6099, 6100, 6101, 6102, 6103, 6104, 6672, 7275, 7279, 7280, 7285, 7290, 7293, 7294, 7305, 7310, 7316, 7343, 7347, 7363, 7364, 7365, 7366, 7367, 7368, 7379, 7400, 7409, 7690, 7694, 7695, 7700, 7702, 7704]), Anchor::Lits(&[635, 1052, 1153, 3152, 4414, 4418, 4431, 5106, 6529])])),
            (44, "developer-message-requested", Anchor::Lits(&[1254, 2499, 2750, 2783, 5152, 5662, 5670, 7296, 7297, 7311, 7373, 7377, 7401, 7820, 7821, 7822, 7823, 7824, 7825, 7834, 7835, 7836, 7837, 7838, 7839, 7840, 7841, 7842, 7843, 7844, 7845, 8843, 8844, 8845, 8846, 8847, 8848, 8856, 8858, 8859, 8861, 8862, 8865, 8867, 8868, 8869, 8870, 8871, 8872, 9831, 9832, 9833, 9834, 9835, 9836, 9837, 9838, 9839, 9840, 9841, 9842, 9843, 9844, 9845, 9846, 9847, 9848, 9849, 9850, 9851, 9852, 9853, 9854, 9855, 9856, 9857, 9858, 9859, 9860, 9861, 9862, 9863, 9864, 9866, 9867, 9868, 9869, 9870, 9871, 9872, 9873, 9874, 9875, 9876, 9877, 9878, 9879, 9880, 9881, 9882, 10183, 10184, 10187, 10188, 10189, 10190, 10191, 10192, 10193, 10195, 10196, 10216, 10217, 10218, 10219, 10220, 10221, 10222, 10223, 10224, 10225, 10226, 10227, 10228, 10229, 10230, 10231, 10232, 10233, 10234, 10235, 10236, 10237, 10238, 10240, 10241, 10242, 10243, 10244, 10245, 10246, 10247, 10248, 10249, 10250, 10251, 10252, 10253, 10254, 10255, 10256, 11326, 11327, 11329, 11330, 11331, 11332, 11333, 11334, 11335, 11336, 11337, 11339, 11340, 11341, 11342, 11343, 11344, 11345, 11346, 11347, 11348, 11349, 11350, 11351, 11352, 11353, 11354, 11355, 11356, 11357, 11358, 11359, 11360, 11361, 11362, 11363, 11364, 11365, 11366, 11367, 11368, 11369, 11370, 11371, 11372, 11373, 11374, 11375, 11376, 11377, 11378, 11381, 11382, 11384, 11385, 11386, 11387, 11388, 11389, 11390, 11391, 11392, 11394, 11395, 11396, 11397, 11398, 11399, 11400, 11401, 11402, 11403, 11404, 11405, 11406, 11407, 11408, 11409, 11410, 11411, 11412, 11413, 11414, 11415, 11416, 11417, 11418, 11419, 11420, 11421, 11422, 11423, 11424, 11425, 11426, 11427, 11428, 11429, 11430, 11431, 11432, 11433, 15467, 15485, 16049, 16138, 17058, 17059, 17060, 17061, 17062, 17063, 17064, 17065, 17066, 17067, 17068, 17069, 17070, 17071, 17072, 17073, 17074, 17075, 17076, 17077, 17078, 17079, 17080, 17081, 17082, 17083, 17084, 17085, 17086, 17087, 17088, 17089, 17090, 17091, 17092, 17093, 17094, 17095, 17096, 17097, 17098, 17099, 17100, 17101, 17102, 17103, 17104, 17105, 17106, 17107, 17108, 17795, 17847])),
            (45, "agents-environment-requested", Anchor::Lits(&[15918, 15919, 15920, 15921, 15922, 15923, 15924, 15925, 15926, 15927, 15928, 15929, 15930, 15931, 15932, 15933, 15934, 15935, 15936, 15937, 15938, 15939, 15940, 15941, 15942, 15943, 15970, 15971, 15972, 15973, 15974, 15975, 15976, 15977, 15978, 15979, 15980, 15981, 15982, 15983, 15984, 15985, 15986, 15987, 15988, 15989, 15990, 15991, 15992, 15993, 15994, 15995, 16324, 16325, 16326, 16327, 16328, 16329, 16330, 16331, 16332, 16333, 16334, 16335, 16336, 16337, 16338, 16339, 16340, 16341, 16342, 16343, 16344, 16345, 16346, 16347, 16348, 16349, 16775, 16776, 16778, 16779, 16780, 16781, 16782, 16784, 16787, 16790, 16791, 16792, 16793, 16794, 16795, 16796, 16797, 16798, 16799, 16800, 16801, 16802, 16803, 16807, 16808, 16810])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[622, 639, 743, 778, 980, 1016, 1040, 1104, 1111, 1151, 1195, 1242, 1721, 2193, 2202, 2204, 2205, 2208, 2209, 2210, 2214, 2221, 2225, 2229, 2231, 2232, 2234, 2235, 2236, 2237, 2239, 2269, 3298, 3299, 3303, 3304, 3305, 3868, 3869, 3870, 3889, 3890, 4176, 4357, 4370, 4629, 4639, 4784, 4852, 5203, 5656, 5657, 5659, 5661, 5666, 5669, 5672, 5732, 6564, 7247, 7254, 7440, 7487, 7488, 7513, 7575, 7587, 8505, 9893, 9895, 11650, 11653, 11656, 11775, 11776, 11777, 12040, 12058, 13579, 13583, 13638, 13639, 13640, 13657, 13658, 13659, 13661, 13662, 13663, 13665, 13666, 13667, 14126, 14127, 15617, 15618, 15619, 15621, 15622, 15623, 15725, 15726, 15727, 15730, 15731, 15732, 16393, 17496, 17544, 17619, 17625, 17634, 17635, 17636, 17637, 17638, 17655, 17658, 17689, 17693, 17749, 17815, 17820, 17840, 17843, 17877, 17881]), Anchor::All(&[Anchor::Lits(&[9890, 12047, 12655, 13238, 13582, 16761, 17482]), Anchor::Lits(&[7949, 8273, 9086, 9148, 9153, 9320, 9671, 9672, 11447, 12152, 12180, 12371, 12397, 12572, 13443, 13900, 14855, 15134, 16228])]), Anchor::All(&[Anchor::Lits(&[462, 2927]), Anchor::Lits(&[17691])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1793, 3160, 3161, 4521, 4522, 4838, 4872, 4996, 6878, 6880, 7289, 7354, 7358])),
            (54, "authority-override", Anchor::Lits(&[135, 141, 142, 143, 144, 150, 155, 156, 157, 158, 1249, 1256, 1257, 1258, 1259, 1675, 1676, 1677, 1678, 1679, 2319, 2321, 2322, 2323, 2324, 3178, 3179, 3180, 3181, 3182, 3311, 3312, 3313, 3314, 3315, 4949, 4954, 4955, 4956, 4957, 5120, 5122, 5123, 5124, 5126, 5547, 5548, 5549, 5550, 5551, 5562, 5564, 5565, 5566, 5567, 5654, 5663, 5664, 5665, 5666])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[114, 772, 1686, 1691, 1693, 2751, 4512, 4702, 5470, 5645, 5646]), Anchor::All(&[Anchor::Lits(&[17498, 17586, 17603, 17643, 17680, 17891]), Anchor::Lits(&[3480])])])),
            (58, "address-the-model", Anchor::Any(&[Anchor::Lits(&[290, 291, 293, 294, 2742, 2743, 4400, 4401, 4631, 4632, 4759, 4760, 5132, 5133, 5553, 5554, 5555, 5556, 11706]), Anchor::All(&[Anchor::Lits(&[12625, 12626, 12654, 12657, 13237, 13240, 13261, 13262, 14158, 14159, 14362, 14363, 17006, 17007]), Anchor::Lits(&[8020, 8699, 8700, 8701, 8702, 8703, 8704, 8705, 8706, 8707, 8708, 8709, 8710, 8711, 8712, 8713, 8714, 8715, 8716, 8717, 8718, 8719, 8720, 8721, 8722, 8723, 8724, 8725, 8726, 8727, 8728, 8729, 8730, 8731, 8732, 8733, 8734, 8735, 8736, 8737, 8738, 8739, 8740, 8741, 8742, 8743, 8927, 9167, 9513, 11128, 11203, 12362, 12466])])])),
            (59, "capability-declared-granted", Anchor::Any(&[Anchor::Lits(&[86, 140, 154, 970, 1247, 1255, 1291, 1650, 1716, 1811, 2242, 2320, 3229, 3301, 4466, 4627, 4628, 4741, 4824, 4933, 4953, 5563, 6648, 6655, 6665, 7243, 14270, 14271, 14272, 14273, 14274, 14275, 14276, 14277, 14292, 14293, 14294, 14295, 14296, 14297, 14298, 14299, 17627]), Anchor::All(&[Anchor::Lits(&[7978, 7979, 7980, 7981, 7982, 7983, 7990, 7991, 7992, 7993, 7994, 7995, 7997, 7998, 7999, 8000, 8001, 8002, 8003, 8004, 8005, 8006, 8007, 8008, 8021, 8022, 8023, 8024, 8025, 8028, 8035, 8036, 8037, 8038, 8039, 8042, 8047, 8048, 8049, 8050, 8051, 8052, 8053, 8054, 8055, 8056, 8057, 8058, 8531, 8532, 8533, 8534, 8535, 8538, 8545, 8546, 8547, 8548, 8549, 8552, 8557, 8558, 8559, 8560, 8561, 8562, 8563, 8564, 8565, 8566, 8567, 8568, 8928, 8929, 8930, 8931, 8932, 8935, 8942, 8943, 8944, 8945, 8946, 8949, 8954, 8955, 8956, 8957, 8958, 8959, 8960, 8961, 8962, 8963, 8964, 8965, 9169, 9170, 9171, 9172, 9173, 9174, 9199, 9200, 9201, 9202, 9203, 9204, 9205, 9206, 9207, 9208, 9209, 9210, 9211, 9212, 9213, 9214, 9215, 9216, 9514, 9515, 9516, 9517, 9518, 9519, 9523, 9524, 9525, 9526, 9527, 9528, 9530, 9531, 9532, 9533, 9534, 9535, 9536, 9537, 9538, 9539, 9540, 9541, 9563, 9564, 9565, 9566, 9567, 9568, 9593, 9594, 9595, 9596, 9597, 9598, 9599, 9600, 9601, 9602, 9603, 9604, 9605, 9606, 9607, 9608, 9609, 9610, 12685, 12686, 12687, 12688, 12689, 12692, 12699, 12700, 12701, 12702, 12703, 12706, 12711, 12712, 12713, 12714, 12715, 12716, 12717, 12718, 12719, 12720, 12721, 12722, 17501, 17504, 17505, 17508, 17524, 17545, 17594, 17595, 17596, 17597, 17598, 17605, 17620, 17621, 17622, 17623, 17624, 17626, 17628, 17629, 17630, 17631, 17632, 17633]), Anchor::Lits(&[107, 137, 148, 149, 821, 2566, 2568, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 4180, 4626, 5131, 5293, 5297, 5300, 5306, 5314, 5316, 5317, 5318, 5319, 5321, 5649, 6653, 7162, 7169, 7172, 7181, 7188, 7189])])])),
            (60, "unrestricted-mode", Anchor::Lits(&[3482, 3483, 3485, 3486, 3488, 3489, 3491, 3493, 3494, 3495, 3496, 3497, 4349, 8208, 8234, 9107, 9683, 9806, 9822, 10450, 10786, 11076, 11180, 11301, 12230, 12244, 12249, 12265, 12433, 13048, 13049, 13051, 13165, 13343, 13547, 14315, 15464, 15601, 16631, 16632, 16634, 16689, 16704, 16708, 16738, 16740])),
            (61, "dan-persona", Anchor::Lits(&[7879, 7880, 7881, 7883, 7884, 7885, 7886, 7887, 7901, 7902, 7903, 7904, 7905, 7906, 7907, 7908, 8027, 8041, 8044, 8537, 8551, 8554, 8794, 8796, 8797, 8798, 8799, 8800, 8801, 8811, 8934, 8948, 8951, 9112, 9117, 9119, 9682, 9684, 9685, 9686, 9687, 10026, 12691, 12705, 12708, 13844, 13849, 13851, 13906, 13907, 13908, 13909, 13910, 13911, 13912, 13913, 14023, 14024, 14025, 14026, 14027, 14028, 14029, 14030, 14592, 14593, 14594, 14595, 14596, 14597, 14598, 14599, 14603, 14604, 14605, 14606, 14607, 14608, 14609, 14610, 16954, 16958, 16959, 17499, 17503, 17510, 17516, 17517, 17518, 17519, 17520, 17521, 17522, 17523, 17526, 17644, 17645, 17646, 17648, 17649, 17650, 17651, 17652, 17659, 17660, 17661, 17662, 17663, 17664, 17665, 17666, 17681, 17682, 17683, 17684, 17685, 17686, 17687, 17688, 17892, 17893, 17894, 17899, 17900, 17901, 17902, 17904])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[347, 841, 1441, 3686, 7016, 8207, 9560, 9681, 9828, 10780, 11299, 11322, 11784, 12239, 12259, 12369, 12405, 12432, 12564, 12891, 13047, 13050, 13164, 13166, 14316, 14583, 14622, 14623, 16612, 16630, 16633, 16635, 16636, 16683, 16684, 16703, 16721, 16732, 16733, 16755, 17281, 17283, 17304, 17305, 17306, 17307, 17308, 17309, 17310, 17321, 17325, 17327, 17328, 17331, 17335, 17336, 17343, 17362, 17365, 17377, 17390, 17424, 17426]), Anchor::All(&[Anchor::Lits(&[783, 825, 1314, 1454, 1455, 1494, 1495, 2404, 2581, 2925, 2969, 3646, 3687]), Anchor::Lits(&[15828, 17154, 17172])])]), Anchor::Lits(&[110, 112, 346, 689, 691, 734, 738, 739, 930, 989, 1085, 1684, 1685, 2588, 4162, 4517, 4518, 4519, 4520, 4630, 4769, 4837, 4871, 4874, 4919, 4940, 4942, 5284, 5285, 5433, 5455, 5462, 5688, 6570, 6597, 7269, 7362, 7684])])),
            (63, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[997, 998, 999, 1000, 1001, 1002, 1003, 1004, 2398, 2401, 2402, 2403, 2413, 2418, 2419, 2420, 2423, 2439, 2440, 2441, 2443, 2448, 2449, 2450, 2506, 2507, 2508, 2509, 2510, 2511, 2512, 2513, 5452, 8205, 8272, 10186, 10194, 10239, 12944, 12964, 12995, 13007, 13301, 13302, 13303, 15592]), Anchor::All(&[Anchor::Lits(&[779, 916, 1077, 1719, 1896, 2366, 2375, 3235, 3239, 3505, 4877, 4898, 4972, 5032]), Anchor::Lits(&[313, 793, 2158, 2159, 7074, 7159])]), Anchor::All(&[Anchor::Lits(&[783, 825, 1314, 1447, 1454, 1455, 1457, 1487, 1494, 1495, 1497, 2132, 2404, 2581, 2924, 2925, 2968, 2969, 3646, 3647, 3651, 3687]), Anchor::Lits(&[15828, 17154, 17172])]), Anchor::All(&[Anchor::Lits(&[263, 1749, 3108, 6633, 6639, 6654]), Anchor::Lits(&[7878, 7900, 8246, 8790, 8793, 8880, 8883, 8886, 9110, 9266, 9470, 10546, 10547, 11785, 13530, 13902, 13903, 13904, 13905, 14119, 14317, 14395, 14468, 14476, 14531, 14591, 14602, 15039, 15040, 15440, 15466, 15470, 15735, 16568, 16602, 17498, 17643, 17891])])])),
            (64, "persona-replaces-assistant", Anchor::Lits(&[1342, 3871, 7706, 8026, 8040, 8043, 8045, 8062, 8063, 8064, 8065, 8536, 8550, 8553, 8555, 8933, 8947, 8950, 8952, 9111, 9116, 9118, 9120, 10548, 10549, 12690, 12704, 12707, 12709, 13843, 13848, 13850, 13852, 14240, 15041, 15042, 15560, 17514, 17647, 17897])),
            (65, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[1366, 1381, 1405, 1533, 1548, 1579, 3761, 3765, 3771, 3776, 3777, 3778]), Anchor::All(&[Anchor::Lits(&[9085, 9417, 9459, 9463, 9464, 10630, 11238, 11243, 11275, 12413, 12454, 12737, 12743, 12745, 14056, 14479, 14488, 14645, 14694, 14704, 14710, 14718, 14722]), Anchor::Lits(&[3731, 7728])]), Anchor::All(&[Anchor::Lits(&[9168, 9183, 9184, 9185, 9186, 9195, 9196, 9197, 9198, 9229, 9230, 9562, 9577, 9578, 9579, 9580, 9589, 9590, 9591, 9592, 9626, 9627, 11204, 11205, 11206, 11207, 11208, 11209, 11210, 11211, 11212, 11213, 11214, 15944, 15945, 15946, 15947, 15948, 15949, 15950, 15951, 15952, 15953, 15954, 15958, 15959, 15960, 15961, 15962, 15963, 15964, 15965, 15966, 15967, 15968, 16052, 16053, 16054, 16055, 16056, 16057, 16058, 16059, 16060, 16061, 16062, 16350, 16351, 16352, 16353, 16354, 16355, 16356, 16357, 16358, 16359, 16360, 16362, 16363, 16364, 16365, 16366, 16367, 16368, 16369, 16370, 16371, 16372, 16394, 16395, 16396, 16397, 16398, 16399, 16400, 16401, 16402, 16403, 16404, 17497, 17548, 17550, 17551, 17564, 17581, 17583, 17584, 17593, 17673, 17675, 17905, 17906, 17907, 17908, 17909, 17910, 17911, 17912, 17913, 17914, 17915]), Anchor::Lits(&[7889, 8491, 8578, 11647, 11781, 11798, 12402, 14019, 15634, 16258])])])),
            (66, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[2046, 2048, 2072, 2073, 2078, 2123, 4100, 4101, 4107, 4108, 4109, 4111, 4334, 4335, 4340, 4341, 4342, 4344, 6421, 6423, 6467, 6468, 6472, 6526]), Anchor::All(&[Anchor::Lits(&[7889, 8491, 8578, 11781, 12402, 14019, 15634]), Anchor::Lits(&[1268, 1269, 1270, 1271, 1274, 1275, 1276, 1277, 1359, 1360, 1375, 1390, 1445, 1446, 1450, 1459, 1485, 1486, 1490, 1499, 1525, 1526, 1542, 1557, 3627, 3628, 3640, 3657, 3757, 3758, 3763, 3769])])])),
            (67, "no-rules-apply", Anchor::Lits(&[13213, 16065, 16259, 16260, 16261, 16262, 16264, 16265, 16277, 16278])),
            (68, "freed-from-limits", Anchor::Lits(&[781, 782, 790, 1717, 1718, 1800, 2158, 2160, 3225, 3760, 3768, 3773, 3840, 3844, 3847, 4820, 6632, 6634, 6636, 6660])),
            (69, "respond-without-limits", Anchor::Lits(&[1200, 1201, 1202, 1203, 1204, 1205, 1219, 1220, 1221, 1222, 1223, 1224, 4793, 4794, 4795, 4796, 4797, 4798, 4811, 4812, 4813, 4814, 4815, 4816, 5074, 5075, 5076, 5077, 5078, 5079, 8073, 8178, 8204, 8322, 9085, 9458, 9463, 9464, 9465, 10621, 10622, 10623, 10624, 10625, 10626, 10627, 10628, 10630, 11238, 11243, 11771, 12732, 12736, 12737, 12738, 12739, 12740, 12741, 12742, 12745, 13040, 13045, 13046, 13084, 13085, 13162, 13163, 13167, 13310, 14694, 14699, 14700, 14702, 14703, 14705, 14709, 14710, 14712, 14713, 14714, 14716, 14718, 14722, 17269, 17270, 17271, 17272, 17273, 17274, 17275, 17276, 17277, 17278, 17279, 17280, 17282, 17284, 17285, 17286, 17287, 17288, 17321, 17322, 17324, 17326, 17329, 17330, 17333, 17334, 17335, 17343, 17346, 17356, 17364, 17380, 17389, 17419, 17420, 17424, 17459])),
            (70, "pre-safety-self", Anchor::Lits(&[3913, 8828, 8830, 8831, 8832, 8833, 8834, 8835, 8837, 8838, 8839, 8840, 8841, 8842, 8849, 8850, 8853, 8855, 8857, 8863, 8864, 8875, 8876, 8877, 8878, 8879])),
            (71, "stay-in-character", Anchor::Lits(&[1363, 1364, 1385, 1530, 1531, 1552, 3139, 3631, 3632, 3652, 4821, 5475, 5476, 5477, 5478, 5479, 5480, 5481, 5482, 5483, 5484, 5485, 5486, 5487])),
            (72, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[923, 3738, 3745, 3748, 3750, 3753, 3819, 3821, 4651, 4652, 4657, 4658, 4768, 6024, 6125, 12744, 16947]), Anchor::All(&[Anchor::Lits(&[8470, 8471, 8472, 8473, 8474, 8475, 8476, 8477, 8478, 8479, 8480, 8481, 8482, 8483, 8484, 8485, 8486, 8487, 8488, 8489, 8490, 8498, 8499, 8500, 8501, 8502, 8503, 8504, 11787, 11788, 11789, 11790, 11791, 11792, 11793, 11804, 11805, 11806, 11807, 11808, 11809, 11810, 11814, 11815, 11816, 11817, 11818, 11819, 11820, 11832, 11833, 11834, 11835, 11836, 11837, 11838, 17233, 17234, 17235, 17236, 17237, 17238, 17239, 17252, 17253, 17254, 17255, 17256, 17257, 17258, 17259, 17260, 17261, 17262, 17263, 17264, 17265, 17297, 17298, 17299, 17300, 17301, 17302, 17303]), Anchor::Lits(&[491, 2590, 7053])])])),
            (73, "jailbreak", Anchor::Lits(&[9428, 9429, 11095, 11096, 11661, 11664, 11665, 12222, 12223, 12224, 12228, 12229, 12230, 12231, 12232, 12233, 12234, 12235, 12236, 12237, 12238, 12240, 12241, 12242, 12243, 12244, 12245, 12246, 12247, 12248, 12249, 12250, 12251, 12252, 12253, 12254, 12255, 12256, 12258, 12261, 12262, 12263, 12264, 12265, 12267, 12268, 13265, 13266, 14061, 14758, 17036, 17037, 17512, 17513, 17588, 17589, 17895, 17896, 17919, 17920])),
            (74, "evil-twin", Anchor::Lits(&[7421, 7422, 7423, 7424, 7425, 7426, 7427, 7428, 7429, 7452, 7453, 7454, 7455, 7456, 7457, 7458, 7459, 7460, 7477, 7478, 7479, 7480, 7481, 7482, 7483, 7484, 7485, 7489, 7490, 7491, 7492, 7493, 7494, 7495, 7496, 7497, 7503, 7504, 7505, 7506, 7507, 7508, 7509, 7510, 7511, 7514, 7515, 7516, 7517, 7518, 7519, 7520, 7521, 7522, 7536, 7537, 7538, 7539, 7540, 7541, 7542, 7543, 7544, 7577, 7578, 7579, 7580, 7581, 7582, 7583, 7584, 7585, 7594, 7595, 7596, 7597, 7598, 7599, 7600, 7601, 7602, 7610, 7611, 7612, 7613, 7614, 7615, 7616, 7617, 7618, 7637, 7638, 7639, 7640, 7641, 7642, 7643, 7644, 7645, 7646, 7647, 7648, 7649, 7650, 7651, 7652, 7653, 7654, 7655, 7656, 7657, 7658, 7659, 7660, 7661, 7662, 7663, 7664, 7665, 7666, 7667, 7668, 7669, 7670, 7671, 7672, 7673, 7674, 7675, 7676, 7677, 7678, 7679, 7680, 7681])),
            (75, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[111, 527, 560, 581, 2587, 3218, 4580, 5608]), Anchor::Lits(&[461, 489, 1267, 1273, 1357, 1444, 1484, 1523, 2923, 2967, 3624, 3755, 6836, 6854, 6907, 6919])])),
            (76, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[1192, 1196, 1227, 3176, 4413, 5051]), Anchor::Lits(&[634, 1179, 1874, 2170, 2348, 2349, 2350, 2351, 2352, 2353, 2538, 3501, 3515, 3523, 3570, 6635, 7011]), Anchor::Lits(&[254, 1631, 1726, 6677, 6992, 7237])])),
            (77, "simulated-privileged-shell", Anchor::Lits(&[2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5012, 5013, 5014, 5015, 5016, 5017, 5018, 5019, 5020, 5021, 5022, 5764, 5765, 5766, 5767, 5768, 5769, 5770, 5771, 5772, 5773, 5774, 5775, 5776, 5777, 5778, 5779, 5780, 5781, 5782, 5783, 5784, 5785, 5786, 5787, 7055, 7056, 7061, 7062, 7063, 7064, 7065, 7066, 7067, 7068, 7070, 7072, 7090, 7092, 7094, 7132, 7133, 7134, 7135, 7136, 7137, 7138, 7139, 7140])),
            (78, "self-escalation", Anchor::Lits(&[504, 534, 540, 545, 551, 554, 555, 556, 557, 558, 3107, 5898, 5905, 7552, 7553, 7554, 7705])),
            (79, "blind-execution", Anchor::Lits(&[400, 401, 402, 403, 404, 412, 901, 902, 903, 905, 907, 912, 1343, 1352, 1438, 1442, 1443, 1483, 1780, 1789, 1795, 1796, 1797, 1798, 1916, 1918, 1923, 1926, 1927, 1928, 3877, 3879, 3884, 3886, 3887, 3888, 4987, 4995, 4997, 5024, 5025, 5026])),
            (80, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[13546]), Anchor::All(&[Anchor::Lits(&[8134, 8135, 8140, 8178, 8353, 8354, 8359, 8373, 10721, 10722, 10727, 10779, 17126, 17127, 17128, 17133]), Anchor::Lits(&[683, 767, 1296, 2125, 4589, 4642, 4882, 5082, 5083, 5084, 5728])])])),
            (81, "opposite-of-your-rules", Anchor::Lits(&[7307, 7309, 7353, 7374, 7404, 13548])),
            (82, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[347, 841, 1441, 3686, 7016, 8207, 9560, 9681, 9828, 10780, 11299, 11322, 11784, 12239, 12259, 12369, 12405, 12432, 12564, 12891, 13047, 13050, 13164, 13166, 14316, 14583, 14622, 14623, 16612, 16630, 16633, 16635, 16636, 16683, 16684, 16703, 16721, 16732, 16733, 16755, 17281, 17283, 17304, 17305, 17306, 17307, 17308, 17309, 17310, 17321, 17325, 17327, 17328, 17331, 17335, 17336, 17343, 17362, 17365, 17377, 17390, 17424, 17426]), Anchor::All(&[Anchor::Lits(&[783, 825, 1314, 1454, 1455, 1494, 1495, 2404, 2581, 2925, 2969, 3646, 3687]), Anchor::Lits(&[15828, 17154, 17172])])]), Anchor::Lits(&[1057, 1707, 2541, 2587, 2597, 2607, 2609, 4492, 4580, 5072, 5608])])),
            (83, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8980, 8981, 8982, 10454, 10455, 10456, 10457, 10458, 10459, 10460, 10461, 10462, 10463, 10464, 10465, 10466, 10467, 10468, 10469, 10470, 10471, 10472, 10473, 10619, 10823, 15530, 15531]), Anchor::All(&[Anchor::Lits(&[12373]), Anchor::Lits(&[1153, 1183, 3152, 4418, 5106, 6529])])]), Anchor::Lits(&[7878, 7900, 8246, 8790, 8793, 8880, 8883, 8886, 9110, 9266, 9470, 10546, 10547, 11785, 13530, 13902, 13903, 13904, 13905, 14119, 14317, 14395, 14468, 14476, 14531, 14591, 14602, 15039, 15040, 15440, 15466, 15470, 15735, 16568, 16602, 17498, 17643, 17891])]), Anchor::All(&[Anchor::Lits(&[8621, 8898, 8899, 9657, 9670, 9934, 10781, 11068, 11300, 11302, 11996, 12565, 14584, 14692, 14769, 15451, 16320]), Anchor::Lits(&[7878, 7900, 8790, 8793, 13901, 13914, 15039, 17498, 17891]), Anchor::Lits(&[5737, 6949, 6992])])])),
            (84, "third-party-permission", Anchor::All(&[Anchor::Lits(&[8181, 8184, 8185, 8186, 8187, 8188, 8189, 8190, 8451, 8452, 8453, 8454, 8455, 8456, 8457, 8458, 8508, 8509, 8510, 8511, 8512, 8513, 8514, 8515, 8678, 8679, 8680, 8681, 8682, 8683, 8684, 8685, 8691, 8692, 8693, 8694, 8695, 8696, 8697, 8698, 9239, 9240, 9241, 9242, 9243, 9244, 9245, 9246, 9763, 9764, 9765, 9766, 9767, 9768, 9769, 9770, 10825, 10826, 10827, 10828, 10829, 10830, 10831, 10832, 11115, 11116, 11117, 11118, 11119, 11120, 11121, 11122, 11150, 11151, 11152, 11153, 11154, 11155, 11156, 11158, 11224, 11225, 11226, 11227, 11228, 11229, 11230, 11231, 11999, 12000, 12001, 12002, 12003, 12004, 12005, 12006, 12024, 12025, 12026, 12027, 12028, 12029, 12030, 12031, 12883, 12884, 12885, 12886, 12887, 12888, 12889, 12890, 13325, 13326, 13327, 13328, 13329, 13330, 13331, 13332, 13570, 13571, 13572, 13573, 13574, 13575, 13576, 13577, 13580, 13584, 13585, 13586, 13587, 13588, 13589, 13591, 13832, 13833, 13834, 13835, 13836, 13837, 13838, 13839, 14446, 14447, 14448, 14449, 14450, 14451, 14452, 14453, 14728, 14729, 14730, 14731, 14732, 14733, 14734, 14735, 14761, 14762, 14763, 14764, 14765, 14766, 14767, 14768, 15002, 15003, 15004, 15005, 15006, 15007, 15008, 15009, 16517, 16520, 16521, 16522, 16523, 16524, 16525, 16529, 16998, 16999, 17000, 17001, 17002, 17003, 17004, 17005]), Anchor::Lits(&[822, 956, 1214, 1283, 1622, 1720, 1780, 1804, 1814, 2354, 2564, 4348, 4823, 4987, 5292, 5630, 6589, 6602, 6645, 7051])])),
            (85, "privileged-identity", Anchor::Any(&[Anchor::Lits(&[1956, 1957, 2002, 2003, 2005, 2034, 2040, 2042, 2043, 2087, 2088, 2089, 6226, 6227, 6307, 6322, 6324, 6325, 6326, 6327, 6328, 6329, 6330, 6331, 6332, 6333, 6334, 6335, 6337, 6339, 6340, 6341, 6342, 6343, 6344, 6345, 6346, 6347, 6348, 6349, 6350, 6397, 6405, 6411, 6412, 6476, 6477, 6478, 6480, 6481, 6482, 6483, 6484, 6485, 6486, 6487, 6488, 6489, 6490, 6491, 7057, 7058, 7069, 7071, 7073, 7088, 7091, 7093, 7095, 7130, 7131, 7141]), Anchor::All(&[Anchor::Lits(&[17498, 17643, 17891]), Anchor::Lits(&[7876, 11179, 13593, 14611, 15615, 15624])])])),
            (86, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[7161, 7853, 7854, 7855, 7856, 7858, 7859, 7860, 7861, 8665, 8666, 8667, 8669, 9142, 9143, 9144, 9146, 10782, 10783, 10784, 10785, 10787, 11245, 11252, 11259, 11267, 11705, 11782, 12260, 12261, 12262, 12263, 12266, 12566, 12567, 12568, 12569, 12570, 12605, 12607, 12608, 12614, 13827, 13828, 13829, 13830, 13921, 13928, 13935, 13943, 14260, 14261, 14262, 14263, 14491, 14498, 14505, 14513, 14585, 14586, 14587, 14588, 14589, 14697, 14706, 14708, 14723, 14831, 14843, 14846, 14883, 15635, 16045, 16046, 16047, 16048, 16613, 16614, 16615, 16616, 16617, 16685, 16686, 16687, 16688, 16690, 16734, 16735, 16736, 16737, 16739, 17178, 17179, 17180, 17181, 17182, 17183, 17184]), Anchor::All(&[Anchor::Lits(&[7967, 12081, 14600, 14620, 15821]), Anchor::Any(&[Anchor::Lits(&[7864, 7876, 8202, 8383, 9665, 9666, 9754, 9757, 9758, 9760, 9904, 9905, 9906, 9907, 9908, 9909, 9910, 9911, 10427, 10432, 10433, 10434, 10435, 10436, 10442, 10443, 10444, 10823, 13593, 13690, 13764, 13875, 14108, 14789, 14886, 15402, 15460, 16511, 16595]), Anchor::All(&[Anchor::Lits(&[11218]), Anchor::Lits(&[107, 202, 4180, 4365, 5131, 5649])]), Anchor::All(&[Anchor::Lits(&[6245, 6269, 6283, 6320, 6321, 6323, 6353, 6372, 6381, 6406, 6437, 6464, 6479]), Anchor::Lits(&[9547, 10474, 10540, 10837, 11054, 12374, 13974, 14900, 16567, 16706, 16769])])])]), Anchor::All(&[Anchor::Lits(&[116, 1751, 4572, 4763, 5490, 7234]), Anchor::Lits(&[1117, 1626, 1802, 1813, 3183, 5488, 5496, 6644]), Anchor::Lits(&[10889, 13263, 13917, 14781, 14782, 15588, 15733])])])),
            (87, "persona-without-rules", Anchor::Lits(&[117, 118, 119, 120, 2035, 2036, 2037, 2038, 2274, 2275, 2276, 2277, 3736, 3742, 3745, 3749, 3750, 3752, 3753, 3803, 3804, 3805, 3819, 3821, 3823, 3826, 3828, 4764, 4765, 4766, 4767, 8019, 9049, 9052, 10185, 10968, 10973, 11765, 11766, 11781, 11811, 12259, 12995, 14019, 15634, 15829, 15830, 15832, 15852, 16490, 16492, 16493, 16612, 16633, 16684, 16733, 17156, 17157, 17158, 17168, 17173, 17174, 17175, 17176, 17201])),
            (88, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[8578, 11647, 11781, 11798, 14019, 15634, 17117]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5644, 5685, 6618]), Anchor::All(&[Anchor::Lits(&[11070, 13042, 17312, 17929]), Anchor::Lits(&[416, 419, 779, 1064, 1719, 1892, 2366, 3235, 3239, 4355, 4528, 4536, 4898, 4972, 5032])])]), Anchor::Lits(&[1898, 1899, 1900, 2159, 2367, 2368, 2369, 3241, 3242, 3243, 3732, 4904, 4905, 4906, 4975, 4976, 4977, 5036, 5037, 5038, 7159, 7729]), Anchor::Lits(&[491])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5644, 5685, 6618, 8019, 12925, 12995, 12999]), Anchor::All(&[Anchor::Lits(&[11070, 13042, 17320, 17929]), Anchor::Lits(&[416, 779, 1064, 1073, 1719, 1896, 2366, 3235, 3239, 4528, 4536, 4898, 4972, 5032])])]), Anchor::Lits(&[109, 345, 1356, 1770, 2614, 4836, 4870, 4978, 5432, 7239])])])),
            (89, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[7945, 7946, 7947, 7950, 7951, 7952, 7953, 7955, 7986, 7987, 7988, 8013, 8014, 8015, 8016, 8017, 8031, 8032, 8033, 8067, 8068, 8069, 8070, 8071, 8541, 8542, 8543, 8573, 8574, 8575, 8576, 8577, 8938, 8939, 8940, 8970, 8971, 8972, 8973, 8974, 9113, 9114, 9115, 9122, 9123, 9124, 9125, 9126, 12695, 12696, 12697, 12727, 12728, 12729, 12730, 12731, 13535, 13536, 13537, 13541, 13542, 13543, 13544, 13545, 13845, 13846, 13847, 13853, 13854, 13855, 13856, 13857, 14943, 14944, 14945, 14947, 14948, 14949, 14950, 14951, 15625, 15626, 15627, 15628, 15629, 15630, 15631, 15632, 16955, 16956, 16957, 16960, 16961, 16962, 16963, 16964]), Anchor::Lits(&[110, 689, 4516, 7269, 7295, 7362, 7684])])),
            (90, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1806, 3555, 3571, 3723, 3725, 3726, 3746, 3747, 3833, 3834]), Anchor::All(&[Anchor::Lits(&[1647, 1901, 1902, 1903, 2361, 3236, 3238, 4801, 4802, 4805, 4806, 4809, 4878, 4879, 4881, 4891, 4911]), Anchor::Lits(&[1646, 6626, 6629])])])),
            (91, "persona-whose-words-run", Anchor::All(&[Anchor::Lits(&[110, 2698, 2699, 2700, 2701, 2702, 2797, 3217, 4582, 4583, 4939, 4941, 7286, 7288, 7361, 7407, 7408, 7431]), Anchor::Lits(&[441, 708, 2279, 2904, 7015])])),
            (92, "persona-that-never-refuses", Anchor::All(&[Anchor::Lits(&[1199, 2482, 3326, 3327, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3358, 3359, 3360, 3361, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3376, 3377, 3378, 3379, 3380, 3381, 3382, 3383, 3384, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 4679, 4792, 5073, 5087, 6815]), Anchor::Lits(&[863, 880, 1444, 1484, 3624, 7020, 7203, 7238]), Anchor::Lits(&[491])])),
            (93, "persona-stripped-of-rules", Anchor::Any(&[Anchor::Lits(&[181, 182, 1020, 1021, 1054, 1055, 5081, 5088]), Anchor::All(&[Anchor::Lits(&[10037, 10038, 10055, 10057, 10078, 10084, 10085, 10092, 10113, 10127, 10199, 10200, 10201, 10202, 10204, 10208, 10209, 10210, 10212, 10213, 10260, 10261, 10262, 10263, 10266, 10270, 10271, 10272, 10275, 10276, 10291, 10292, 10321, 10323, 10345, 10351, 10352, 10359, 10381, 10395, 10964, 10965, 11069, 11070, 11338, 11379, 11393, 11434, 12349, 12350, 12927, 12928, 12935, 12936, 12956, 12962, 12963, 12968, 12988, 13000, 13304, 13305, 17203, 17204, 17205, 17206, 17208, 17212, 17213, 17217, 17219, 17221, 17312, 17461, 17462, 17463, 17464, 17466, 17470, 17471, 17475, 17477, 17479]), Anchor::Lits(&[8432, 8975, 9067, 9141, 10630, 10893, 11243, 12434, 12745, 13919, 14488, 14624, 14695, 17008]), Anchor::Lits(&[7878, 8793, 9109, 11087, 11113, 12401, 13027, 13842, 13914, 14019, 14590, 14601, 16773, 17498, 17640, 17891])])])),
            (94, "disable-safety", Anchor::Any(&[Anchor::Lits(&[5067, 7807, 8178, 8322, 8978, 8979, 9004, 9013, 9150, 9152, 9703, 9706, 9749, 9912, 9916, 9993, 9995, 10618, 10620, 10632, 10634, 10682, 11042, 11045, 11073, 11135, 11136, 11140, 11764, 11771, 12257, 12409, 12905, 12908, 13310, 13660, 13668, 14987, 14989, 15600, 15642, 15648, 15671, 15743, 16239, 16605, 16608, 16660, 17486]), Anchor::All(&[Anchor::Lits(&[8077, 8416, 8417, 8419, 8424, 8425, 8426, 8430, 8431, 8432, 8627, 8629, 8632, 8633, 9085, 9134, 9147, 9395, 9397, 9398, 9399, 9458, 9463, 9464, 9465, 9620, 9628, 10605, 10624, 10625, 10626, 10628, 10629, 10630, 10644, 10894, 11236, 11238, 11240, 11268, 11628, 11635, 11968, 11969, 11970, 11971, 11972, 11973, 11974, 12732, 12745, 14141, 14276, 14327, 14335, 14490, 14546, 14548, 14693, 14698, 14700, 14702, 14703, 14705, 14709, 14710, 14711, 14712, 14713, 14714, 14715, 14716, 14717, 14718, 14720, 14721, 14722, 14740, 14741, 14742, 14835, 14842, 14850, 14852, 14853, 14859, 14860, 14861, 14862, 16044, 16593, 17708]), Anchor::Lits(&[7806, 8746, 8977, 8995, 9006, 9149, 9151, 9702, 9704, 9705, 9748, 9903, 9913, 9915, 9942, 9996, 10073, 10106, 10340, 10374, 10423, 10618, 10620, 10631, 10633, 10991, 11072, 11074, 11134, 11137, 11139, 11298, 11711, 11770, 12345, 12408, 12411, 12492, 12494, 12904, 12907, 13060, 13071, 13656, 13664, 14242, 14358, 14366, 14374, 14986, 14988, 14995, 15060, 15120, 15553, 15591, 15599, 15641, 15644, 15647, 15670, 15742, 16604, 16607, 16659, 16994, 17042, 17312, 17485])])])),
            (95, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[8073, 8077, 8416, 8417, 8419, 8424, 8425, 8426, 8430, 8431, 8432, 8627, 8629, 8632, 8633, 9085, 9134, 9147, 9395, 9397, 9398, 9399, 9458, 9463, 9464, 9465, 9620, 9628, 10605, 10624, 10625, 10626, 10628, 10629, 10630, 10644, 10894, 11236, 11238, 11240, 11268, 11628, 11635, 11968, 11969, 11970, 11971, 11972, 11973, 11974, 12732, 12745, 14141, 14276, 14327, 14335, 14490, 14546, 14548, 14693, 14698, 14700, 14702, 14703, 14705, 14709, 14710, 14711, 14712, 14713, 14714, 14715, 14716, 14717, 14718, 14720, 14721, 14722, 14740, 14741, 14742, 14835, 14842, 14850, 14852, 14853, 14859, 14860, 14861, 14862, 16044, 16593, 17708]), Anchor::Lits(&[9005, 9050, 9051, 9704, 9786, 9913, 11189, 11843, 12410, 13053, 13235, 13312, 13653, 13788, 14371, 14529, 14569, 15643, 16987, 16995])])),
            (96, "skip-approval", Anchor::Any(&[Anchor::Lits(&[8422, 10034, 10086, 10087, 10088, 10106, 10126, 10288, 10353, 10354, 10355, 10374, 10394, 12923, 13064, 13065, 13066, 13071, 13077, 13086, 13087, 13088, 13089, 13090, 13095, 14237, 15557, 17214, 17215, 17216, 17218, 17220, 17338, 17472, 17473, 17474, 17476, 17478, 17552, 17565]), Anchor::All(&[Anchor::Lits(&[17313, 17319, 17320, 17337, 17339, 17341, 17342, 17351, 17352, 17354, 17355, 17361, 17367, 17369, 17370, 17371, 17372, 17374, 17375, 17376, 17378, 17382, 17402, 17408, 17409, 17410, 17412, 17413, 17414, 17415, 17417, 17427, 17430, 17441, 17442, 17443, 17444, 17447, 17448, 17453, 17455, 17459]), Anchor::Any(&[Anchor::Lits(&[7802, 8315, 8412, 8516, 8630, 8633, 9135, 9136, 9394, 9402, 10605, 11243, 11466, 11641, 13672, 13820, 14226, 14699, 14836, 15813, 15814, 15815, 15996, 16008, 16593]), Anchor::All(&[Anchor::Lits(&[13772, 16445, 16980]), Anchor::Lits(&[7862, 7867, 8412, 9015, 9095, 9097, 11193, 14543, 14996, 15010, 16460])])])])])),
            (97, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[9709, 9710, 9714, 9715, 9732, 9733, 9784, 9785, 16742, 16743]), Anchor::All(&[Anchor::Lits(&[7890, 7891, 7892, 7893, 7894, 7895, 7896, 7897, 7898, 7899, 8393, 8396, 8398, 8399, 8401, 8404, 8406, 8408, 8409, 8410, 9057, 9058, 9059, 9060, 9061, 9062, 9063, 9064, 9065, 9066, 9324, 9346, 9348, 9349, 9351, 9352, 9354, 9355, 9357, 9359, 10151, 10152, 10153, 10154, 10155, 10156, 10157, 10158, 10159, 10160, 10801, 10804, 10806, 10807, 10809, 10812, 10814, 10816, 10817, 10818, 10951, 10955, 10956, 10957, 10958, 10959, 10960, 10961, 10962, 10963, 13276, 13287, 13289, 13290, 13292, 13293, 13295, 13296, 13298, 13300, 13810, 13811, 13812, 13813, 13814, 13815, 13816, 13817, 13818, 13819, 14667, 14670, 14672, 14673, 14675, 14678, 14680, 14682, 14683, 14684]), Anchor::Lits(&[9708, 9713, 9731, 9783, 14534, 14612, 14613, 16569, 16696, 16741])])])),
            (98, "route-around-the-guard", Anchor::Lits(&[6293, 6418, 6444, 6447, 8751, 8752, 8753, 8754, 8755, 8756, 9019, 9020, 9021, 9022, 9023, 9024, 9025, 9026, 9027, 9028, 10117, 10120, 10130, 10131, 10132, 10134, 10385, 10388, 10398, 10399, 10400, 10402, 11055, 11056, 11057, 11058, 11059, 11060, 11061, 11062, 11063, 11064, 11065, 11066, 11172, 11173, 11174, 11175, 11176, 11177, 12989, 12992, 13003, 13004, 13005, 13008, 13705, 13706, 13707, 13708, 13709, 13710, 13713, 13714, 13715, 13716, 13717, 13718, 14901, 14902, 14903, 14904, 14905, 14906, 14907, 14908, 14909, 14910, 14911, 14912, 15087, 15088, 15095, 15096, 15097, 15098, 15441, 15442, 15443, 15444, 15445, 15446, 15573, 15576, 15580, 15581, 15582, 15583, 15736, 15737, 15738, 15739, 15740, 15741])),
            (99, "do-not-screen-input", Anchor::Lits(&[1368, 1369, 1370, 1376, 1382, 1411, 1417, 1418, 1419, 1420, 1423, 1424, 1433, 1434, 1535, 1536, 1537, 1543, 1549, 1585, 1591, 1592, 1593, 1594, 1597, 1598, 1607, 1608, 3634, 3635, 3636, 3641, 3648, 3685, 3693, 3694, 3695, 3696, 3699, 3700, 3709, 3710, 3780, 3781, 3782, 3785, 3788, 3789, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 5295, 5296, 5298, 5299, 5301, 5305, 5307, 5308, 5309, 5310, 5312, 5313, 5322, 5323, 5501, 5502, 5503, 5505, 5507, 5513, 5514, 5515, 5516, 5517, 5519, 5520, 5522, 5523, 7166, 7167, 7170, 7176, 7180, 7185, 7190, 7191, 7192, 7193, 7194, 7195, 7197, 7198])),
            (100, "allowlist-this-prompt", Anchor::Lits(&[8180, 8192, 9161, 9162, 9163, 9164, 9165, 9421, 9423, 9424, 9425, 9426, 10820, 10933, 10934, 10935, 10936, 10937, 12355, 12356, 12358, 12359, 12361, 12592, 12593, 12594, 12595, 12596, 15706, 15707, 15709, 15710, 15712, 16582, 16584, 16586, 16587, 16590, 16597, 16598, 16599, 16600, 16601, 17170, 17171])),
            (103, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[1703, 4891]), Anchor::All(&[Anchor::Lits(&[2001, 2009, 2045, 2050, 2124, 2618, 2646, 2672, 2673, 2705, 3895, 3896, 3902, 3903, 3915, 4077, 4083, 4099, 4102, 4112]), Anchor::Lits(&[9233, 9903, 10423, 10939, 12408, 13656, 14366, 15647, 16509, 16604, 16753])])])),
            (104, "stop-logging", Anchor::Lits(&[1284, 1285, 1286, 1287, 1288, 1289, 1290, 1362, 1383, 1389, 1410, 1421, 1431, 1436, 1528, 1550, 1556, 1584, 1595, 1605, 1610, 3630, 3649, 3656, 3684, 3697, 3707, 3711, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4712, 4714, 4715, 4716, 4717, 4718, 4719, 5294, 5302, 5303, 5304, 5311, 5320, 5324, 5499, 5508, 5510, 5512, 5518, 5521, 5524, 5633, 5634, 5635, 5636, 5637, 5639, 5640, 6605, 6606, 6607, 6608, 6609, 6611, 6612])),
            (105, "self-approval", Anchor::Lits(&[8436, 8437, 8438, 8439, 8440, 8441, 8442, 8443, 8444, 8445, 8446, 8447, 8448, 8449, 15765, 15767, 15768, 15769, 15771, 15772, 15773, 15774, 15779, 15782, 15784, 15785, 15786, 15787, 15789, 15791, 15792, 15793, 15794, 15795, 15796, 15797, 15798, 15802, 15803, 15804, 15805, 15806, 15808, 15811])),
            (106, "execute-everything", Anchor::Lits(&[66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 224, 225, 226, 228, 229, 230, 231, 233, 235, 236, 237, 238, 239, 240, 241, 242, 420, 421, 422, 423, 424, 425, 426, 428, 430, 431, 432, 433, 434, 435, 436, 437, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1352, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1789, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4980, 4981, 4982, 4983, 4984, 4985, 4986, 4987, 4988, 4989, 4990, 4991, 4992, 4993, 4994, 4995])),
            (107, "protection-mode-claim", Anchor::Lits(&[163, 227, 615, 823, 1292, 1624, 3185, 3273, 3502, 3802, 3892, 3946, 4412, 4417, 4467, 4843, 6590, 6656])),
            (108, "approve-tool-calls", Anchor::Lits(&[2243, 4463, 6539, 6540, 6541])),
            (110, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[3080, 5903, 5919, 5959, 6042, 6106, 7409]), Anchor::Lits(&[243, 245, 246, 247, 248, 251, 414, 769, 792, 945, 961, 1034, 1036, 1225, 1704, 2363, 2517, 2518, 3240, 3481, 4462, 4464, 4529, 4537, 4750, 4899, 4973, 5205, 6584, 6990]), Anchor::Lits(&[122, 251, 399, 924, 927, 1007, 1214, 1612, 1645, 1911, 2728, 2754, 3228, 3286, 3500, 3518, 3549, 4356, 4432, 4727, 4776, 4817, 4823, 4827, 4830, 4931, 5161, 5281, 5620, 6642, 6652, 6663, 6664, 6990, 7010])])),
            (111, "tamper-with-named-controls", Anchor::All(&[Anchor::Lits(&[8179, 8183, 8191, 8421, 8430, 9620, 10605, 11235, 11583, 11584, 11585, 11586, 11587, 11588, 11589, 11590, 11591, 11592, 11593, 11594, 11595, 11596, 11597, 11598, 11599, 11600, 11601, 11602, 11603, 11604, 11605, 11606, 11607, 11608, 11609, 11610, 11611, 11612, 11613, 11614, 11615, 11616, 11969, 13998, 14139, 14142, 14271, 14829, 14844, 16530, 16593]), Anchor::Lits(&[5891, 6033, 7409])])),
            (112, "authority-waives-controls", Anchor::Any(&[Anchor::Lits(&[460, 2790, 2922, 9559, 13031, 13169, 15724]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2306, 2307, 2308, 2311, 2312, 2313, 2481, 9238, 9401, 10604, 10819, 11648, 11657, 11666, 13831, 13982, 14002, 14739, 14996, 15001, 15011, 16993, 17032, 17033, 17041]), Anchor::All(&[Anchor::Lits(&[8672]), Anchor::Lits(&[14690, 17922])])]), Anchor::Lits(&[822, 826, 956, 1214, 1216, 1283, 1293, 1622, 1623, 1760, 2281, 2317, 2318, 2564, 2583, 3228, 3230, 4348, 4351, 4823, 4826, 5168, 5292, 5325, 5491, 5492, 5613, 5630, 6602, 6658, 6659, 6807, 7232])])])),
            (113, "vendor-orders-an-action", Anchor::All(&[Anchor::Lits(&[8275, 8277, 8278, 8279, 8280, 8281, 8282, 8283, 8285, 8286, 8287, 8288, 8289, 8290, 8291, 8292, 8296, 8297, 8299, 8300, 8301, 8302, 8303, 8304, 8305, 8307, 8310, 8311, 9175, 9176, 9177, 9178, 9179, 9180, 9181, 9182, 9187, 9188, 9189, 9190, 9191, 9192, 9193, 9194, 9217, 9218, 9219, 9220, 9221, 9222, 9223, 9224, 9225, 9226, 9227, 9228, 9569, 9570, 9571, 9572, 9573, 9574, 9575, 9576, 9581, 9582, 9583, 9584, 9585, 9586, 9587, 9588, 9611, 9612, 9613, 9614, 9615, 9616, 9617, 9618, 9619, 9623, 9624, 9625, 13445, 13447, 13448, 13449, 13450, 13451, 13452, 13453, 13455, 13456, 13457, 13458, 13459, 13460, 13461, 13462, 13466, 13467, 13469, 13470, 13471, 13472, 13473, 13474, 13475, 13477, 13480, 13481, 15139, 15141, 15142, 15143, 15144, 15145, 15146, 15147, 15149, 15150, 15151, 15152, 15153, 15154, 15155, 15156, 15160, 15161, 15163, 15164, 15165, 15166, 15167, 15168, 15169, 15172, 15176, 15178]), Anchor::Lits(&[2173, 2176, 2177, 2182, 2191, 2194, 2198, 2201, 2207, 2219, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 6066, 6070, 6072, 6078, 6080, 6081, 6082, 6083, 6084, 6085])])),
            (114, "run-data-as-code", Anchor::Any(&[Anchor::Lits(&[758, 759, 760, 761, 762, 763, 764, 765, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 2981, 2984, 3254, 3255, 3256, 3257, 3258, 3259, 3260, 3261, 5911, 5912, 5944, 5945, 5951, 5952, 5953, 5954, 5986, 5987, 6717, 6718, 6719, 6720, 6721, 6722, 6723, 6724, 6936, 6937, 6938, 6939, 6940, 6941, 6942, 6943, 7931, 7932, 14232, 14233, 14819, 14820, 15025, 15026, 17153]), Anchor::All(&[Anchor::Lits(&[10970, 10972]), Anchor::Lits(&[1074, 1075, 1076, 1080, 1081, 1082, 5529, 5530, 5531, 5734, 5735, 5736, 6706, 6707, 6708]), Anchor::Lits(&[1771, 2972, 4979, 5537])])])),
            (115, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[4935]), Anchor::Lits(&[675, 962, 1124, 1125, 5334, 5437]), Anchor::Lits(&[10990, 14257, 14326, 14575])])),
            (116, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[747, 748, 8450, 8888, 10036, 10077, 10096, 10290, 10344, 10363, 11323, 12926, 12955, 12972, 13096, 13111, 13204, 14615, 15184, 15185, 15186, 15192, 15193, 15194, 15195, 15196, 15197, 15205, 15208, 15209, 15210, 15220, 15245, 15246, 15251, 15252, 15255, 15256, 15257, 15258, 15259, 15260, 15313, 15314, 15326, 15327, 15328, 15332, 15337, 15339, 15345, 15346, 15347, 15348, 15349, 15350, 15351, 15352, 15353, 15354, 15355, 15356, 15357, 15358, 15359, 15360, 15361, 15362, 15363, 15364, 17340, 17383, 17393, 17396, 17422, 17432, 17440]), Anchor::All(&[Anchor::Lits(&[11513, 11515, 11517, 11519, 11520]), Anchor::Lits(&[2171])]), Anchor::All(&[Anchor::Lits(&[842, 843, 844, 846, 847, 849, 855, 856, 864, 865, 866, 868, 869, 871, 877, 878, 881, 882, 883, 885, 886, 888, 894, 895, 1367, 1371, 1377, 1379, 1384, 1402, 1425, 1428, 1448, 1449, 1451, 1453, 1456, 1474, 1480, 1481, 1488, 1489, 1491, 1493, 1496, 1514, 1520, 1521, 1534, 1538, 1544, 1546, 1551, 1576, 1599, 1602, 3633, 3637, 3642, 3644, 3650, 3678, 3701, 3704, 7023, 7025, 7026, 7028, 7031, 7037, 7044, 7047, 7206, 7208, 7209, 7211, 7214, 7220, 7227, 7230]), Anchor::Lits(&[10556, 10557, 10558, 10559, 10560, 10561, 10562, 10563, 10564, 10565, 10566, 10567, 10568, 10569, 10570, 10571, 10572, 10573, 10574, 10575, 10576, 10577, 10578, 10579, 10580, 10581, 10582, 10583, 10584, 10585, 10586, 10587, 10588, 10589, 10590, 10591, 10592, 10593, 10594, 10595, 10596, 10597, 10598, 10599, 12518, 12519, 12520, 12521, 12522, 12523, 12524, 12525, 12527, 12528, 12529, 12530, 12531, 12532, 12533, 12534, 12535, 12536, 12537, 12538, 12539, 12540, 12541, 12542, 12543, 12544, 12545, 12546, 12547, 12548, 12549, 12550, 12551, 12552, 12553, 12554, 12555, 12556, 12557, 12558, 12559, 12560, 12561, 12562, 15182, 15186, 15187, 15191, 15220, 15221, 15223, 15230, 15234, 15235, 15236, 15237, 15238, 15239, 15240, 15241, 15242, 15243, 15244, 15245, 15246, 15248, 15249, 15253, 15254, 15261, 15262, 15263, 15265, 15271, 15275, 15276, 15277, 15278, 15279, 15280, 15281, 15282, 15283, 15284, 15285, 15286, 15287, 15288, 15289, 15290, 15291, 15292, 15293, 15294, 15295, 15296, 15297, 15298, 15299, 15300, 15302, 15303, 15304, 15305, 15306, 15307, 15308, 15310, 15311, 15312, 15324, 15328, 15330, 15331, 15332, 15333, 15334, 15335, 15337, 15339, 15340])])])),
            (117, "evade-the-checks", Anchor::Any(&[Anchor::Lits(&[618, 619, 620, 677, 3274, 3275, 3276, 4777, 4778, 4779, 6544, 6545, 6546, 6547, 6548, 6549, 12176, 13082, 16261, 16266, 16267, 16277, 17038, 17357, 17368, 17386, 17602]), Anchor::All(&[Anchor::Lits(&[842, 843, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 864, 865, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 881, 882, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 1367, 1371, 1378, 1379, 1384, 1387, 1402, 1404, 1406, 1407, 1408, 1412, 1425, 1428, 1432, 1448, 1449, 1452, 1453, 1456, 1458, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1488, 1489, 1492, 1493, 1496, 1498, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1521, 1522, 1534, 1538, 1545, 1546, 1551, 1554, 1576, 1578, 1580, 1581, 1582, 1586, 1599, 1602, 1606, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 3633, 3637, 3643, 3644, 3650, 3654, 3678, 3679, 3680, 3681, 3682, 3688, 3701, 3704, 3708, 7023, 7025, 7027, 7028, 7031, 7033, 7037, 7038, 7039, 7040, 7041, 7042, 7044, 7047, 7048, 7206, 7208, 7210, 7211, 7214, 7216, 7220, 7221, 7222, 7223, 7224, 7225, 7227, 7230, 7231]), Anchor::Lits(&[15181])])])),
            (118, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[136, 138, 139, 145, 146, 147, 151, 152, 153, 159, 160, 161, 938, 939, 940, 941, 942, 943, 946, 947, 948, 949, 950, 951, 1098, 1099, 1100, 1101, 1102, 1103, 1105, 1106, 1107, 1108, 1109, 1110, 1250, 1251, 1252, 1260, 1261, 1263, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1562, 1564, 1565, 1566, 1568, 1572, 1573, 1575, 1651, 1652, 1653, 1654, 1655, 1656, 2164, 2165, 2166, 2167, 2168, 2169, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 3484, 3487, 3490, 3492, 3498, 3499, 3574, 3576, 3577, 3579, 3581, 3589, 3590, 3594, 3779, 3781, 3783, 3784, 3787, 3790, 3791, 3800, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 4164, 4165, 4166, 4167, 4168, 4169, 4359, 4360, 4361, 4362, 4363, 4364, 4530, 4531, 4532, 4533, 4534, 4535, 4538, 4539, 4540, 4541, 4542, 4543, 4853, 4854, 4855, 4856, 4857, 4858, 4859, 4860, 4861, 4862, 4863, 4864, 4892, 4893, 4894, 4895, 4896, 4897, 4900, 4901, 4902, 4903, 4907, 4908, 4950, 4951, 4952, 4958, 4959, 4960, 5655, 5659, 5660, 5667, 5668, 5671, 7163, 7171, 7175, 7178, 7187, 7199, 8423, 8433, 9145, 9396, 9400, 9498, 9939, 10792, 10821, 11071, 11262, 11309, 12449, 13938, 14508, 14640, 16581, 16585, 16588, 16589, 16591, 16996, 17337, 17347, 17354, 17409, 17425, 17434]), Anchor::All(&[Anchor::Lits(&[822, 826, 956, 1283, 1293, 1799, 1801, 2281, 2295, 3228, 3230, 4348, 4351, 4352, 4354, 4823, 4826, 5292, 5325, 5613, 5615, 6602, 6619, 6807, 6809]), Anchor::Lits(&[4030, 7937, 9086, 9148, 9153, 9671, 9672, 9701, 11446, 13365, 13680, 13899, 14851, 15762, 16989]), Anchor::Lits(&[413, 937, 1042, 1097, 2362, 3231, 4528, 4536, 4749, 4891, 4924, 4971, 5030])])])),
            (119, "standing-order-for-tool-calls", Anchor::Any(&[Anchor::Lits(&[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 2485, 2487, 2488, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2500, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 6169, 6170, 6171, 6172, 6173, 6174, 6175, 6176, 6177, 6178, 6179, 6180, 6550, 6551, 6552, 6553, 6554, 6555, 6556, 6557, 6558, 6559, 6560, 6561, 6571, 6572, 6573, 6574, 6575, 6576, 6577, 6578, 6579, 6580, 6581, 6582, 7731, 7732, 7733, 7734, 7735, 7736, 7737, 7738, 7739, 7740, 7741, 7742]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8579, 8580, 8581, 8582, 8583, 8584, 8585, 8586, 8587, 8588, 8589, 8590, 8591, 8592, 8593, 8594, 8595, 8596, 8597, 8598, 8795, 8802, 8803, 8804, 8805, 8806, 8807, 8808, 8809, 8810, 8812, 8813, 8814, 8815, 8816, 8817, 8818, 8819, 8820, 8821, 14647, 14648, 14649, 14650, 14651, 14652, 14653, 14654, 14655, 14656, 14657, 14658, 14659, 14660, 14661, 14662, 14663, 14664, 14665, 14666, 15649, 15650, 15651, 15652, 15653, 15654, 15655, 15656, 15657, 15658, 15659, 15660, 15661, 15662, 15663, 15664, 15665, 15666, 15667, 15668, 16828, 16829, 16830, 16831, 16832, 16833, 16834, 16835, 16836, 16837, 16838, 16839, 16840, 16841, 16842, 16843, 16844, 16845, 16846, 16847, 16848, 16849, 16850, 16851, 16852, 16853, 16854, 16855, 16856, 16857, 16858, 16859, 16860, 16861, 16862, 16863, 16864, 16865, 16866, 16867, 16868, 16869, 16870, 16871, 16872, 16873, 16874, 16875, 16876, 16877]), Anchor::All(&[Anchor::Lits(&[381, 635, 659, 688, 1113, 1115, 1155, 1161, 1165, 2488, 2490, 2493, 2494, 2495, 2496, 2497, 2500, 4605, 4634, 4662, 6529, 6552, 6553, 6560, 6561, 6684, 6920, 7745]), Anchor::Lits(&[7933, 8391, 9546, 9674, 10544, 10800, 11053, 11845, 11978, 13877, 13973, 14184, 14614, 14646, 14899, 17489])])]), Anchor::Lits(&[8316, 8374, 10478, 10647, 10967, 10969, 10971, 10974, 10975, 10976, 10977, 10978, 10979, 11086, 11188, 11821, 11822, 13366, 17147, 17266])]), Anchor::All(&[Anchor::Lits(&[8380, 8381, 8382, 9414, 9415, 9416, 12898, 12899, 12900, 13626, 13627, 13628, 14199, 14200, 14201, 14443, 14444, 14445, 16546, 16547, 16548, 16558, 16559, 16560]), Anchor::Lits(&[6128, 6129, 6130, 6131, 6132, 6133, 6134, 6135, 6136, 6137, 6138, 6139, 6140, 6141, 6142, 6143, 6144, 6145, 6146, 6147, 6148, 6149, 6150, 6151, 6152, 6153, 6154, 6155, 6156, 6157, 6158, 6159, 6160, 6161, 6162, 6183, 6199, 6202, 6203, 6214, 6220, 6221, 6225, 6308, 6352, 6353, 6383, 6384, 6385, 6386, 6387, 6388, 6389, 6398, 6409, 6410, 6417, 6436, 6440, 6441, 6454, 6461, 6462, 6466, 6469, 6470, 6471, 6473, 6474, 6475, 6732, 6735, 6736, 6737, 6739, 6740, 6741, 6743, 6748, 6749, 6750, 6759, 6760, 6761, 6762, 6763, 6764, 6765, 6767, 6768, 6770, 6774, 6776, 6778, 6779, 6782, 6783, 6784, 6785, 6786, 6787, 6788, 6789, 6790, 6791])])])),
            (120, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[249, 257, 415, 417, 418, 613, 660, 663, 2364, 2365, 4545, 4548, 4568, 4584, 4650, 4653, 5034, 5035, 6690, 9070, 9071, 9077, 9078, 9079, 9080, 9082, 9084, 12913, 12914, 12915, 12916, 12917, 12918, 12919, 12920, 13056, 13057, 13073, 13074, 13076, 13078, 13079, 13081, 14238, 14239, 14248, 14249, 14250, 14251, 14253, 14254, 15558, 15559, 15574, 15575, 15577, 15578, 15584, 15585, 15647, 15669, 16604, 16606]), Anchor::All(&[Anchor::Lits(&[5162, 5169, 5170, 5171, 5172, 5173, 5174, 5175, 5176, 5177, 5178, 5179, 5180, 5181, 5182, 5183, 5184, 5193, 5195, 5196, 5197, 5198, 5199, 5200]), Anchor::Lits(&[9158, 10892, 11235, 11582, 14709, 16593])])])),
            (121, "agent-grants-itself-power", Anchor::Lits(&[4825, 5904, 5910, 7551, 7586, 7603, 7682, 7705, 10107, 10375, 13072, 15222, 15224, 15225, 15226, 15228, 15229, 15232, 15264, 15266, 15267, 15268, 15269, 15270, 15273])),
            (122, "remove-the-guard-hook", Anchor::Lits(&[8420, 8429, 8628, 8631, 9621, 9622, 11237, 11239, 11241, 11242, 13825, 13826, 13951, 13960, 13998, 13999, 14031, 14032, 14707, 14719, 14844, 14864])),
            (123, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[967, 1283, 3159, 4436, 4674, 5235, 5497, 5613, 5630, 6602, 6658, 7051]), Anchor::Lits(&[83, 87, 194, 609, 1722, 3278, 3279, 3503, 4706, 5125]), Anchor::Lits(&[8072, 9053, 9255, 12483, 12486, 12735, 14321, 14526, 15753, 16561])])),
            (124, "policy-does-not-cover-me", Anchor::Lits(&[405, 406, 407, 408, 409, 410, 411, 751, 752, 753, 754, 755, 756, 757, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1761, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 4883, 4884, 4885, 4886, 4887, 4888, 4889])),
            (127, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[165, 549, 727, 2561, 4114, 6946, 6947, 6988]), Anchor::Any(&[Anchor::Lits(&[7864, 7876, 8202, 8383, 9665, 9666, 9754, 9757, 9758, 9760, 9904, 9905, 9906, 9907, 9908, 9909, 9910, 9911, 10427, 10432, 10433, 10434, 10435, 10436, 10442, 10443, 10444, 10823, 13593, 13690, 13764, 13875, 14108, 14789, 14886, 15402, 15460, 16511, 16595]), Anchor::All(&[Anchor::Lits(&[11218]), Anchor::Lits(&[107, 202, 4180, 4365, 5131, 5649])]), Anchor::All(&[Anchor::Lits(&[6245, 6269, 6283, 6320, 6321, 6323, 6353, 6372, 6381, 6406, 6437, 6464, 6479]), Anchor::Lits(&[9547, 10474, 10540, 10837, 11054, 12374, 13974, 14900, 16567, 16706, 16769])])]), Anchor::Lits(&[8226, 8227, 8228, 8231, 8232, 8233, 8244, 8271, 8272, 8464, 9159, 9160, 9166, 10833, 10834, 10835, 10913, 10914, 12134, 12475, 12477, 12478, 13410, 13513, 13696, 13697, 13698, 14120, 14121, 14122, 14268, 14280, 14300, 14544, 14567, 14568, 14887, 14891, 15605, 15606, 15607, 15610, 15611, 15612, 16569, 16570, 16571])])),
            (128, "tool-call-tampering", Anchor::Lits(&[7970, 7971, 7972, 7973, 7974, 8317, 8318, 8319, 8320, 8321, 8375, 8376, 8377, 8378, 8379, 8836, 8852, 8854, 8860, 8873, 9269, 9270, 9272, 9273, 9274, 9275, 9276, 9278, 9285, 9286, 9287, 9288, 9289, 9290, 9291, 9293, 10479, 10480, 10481, 10482, 10483, 10648, 10649, 10650, 10651, 10652, 11097, 11098, 11099, 11100, 11101, 11102, 11103, 11104, 11105, 11106, 11107, 11108, 11109, 11110, 11111, 11112, 11682, 11699, 11700, 11701, 11705, 13032, 13033, 13034, 13035, 13036, 14192, 14193, 14194, 14195, 14196, 14197, 14198, 14202, 14205, 14206, 14208, 14209, 14210, 14217, 14218, 14225, 15452, 15453, 15454, 15455, 15456, 15457, 15458, 15459, 15508, 15509, 15510, 15511, 15512, 15513, 15514, 15515, 15520, 15521, 15522, 15523, 15524, 15525, 15526, 15527, 16531, 16532, 16533, 16534, 16535, 16536, 16537, 16538, 16539, 16540, 16541, 16542, 16543, 16544, 16545, 16549, 17135, 17139, 17140, 17141, 17144, 17149, 17150, 17151, 17152, 17153])),
            (129, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[745, 746, 747, 748, 1373, 1388, 1392, 1409, 1414, 1416, 1422, 1427, 1430, 1540, 1555, 1559, 1583, 1588, 1590, 1596, 1601, 1604, 3524, 3639, 3655, 3659, 3683, 3690, 3692, 3698, 3703, 3706, 4710, 5282, 9645, 9646, 9647, 9648, 9649, 9650, 9651, 9652, 9653, 9654, 9655, 9656, 9931, 9932, 11470, 11472, 11477, 11481, 11482, 11498, 11499, 11502, 11503, 11507, 11508, 11629, 11630, 11631, 11632, 11633, 11634, 11636, 11637, 11638, 11639, 11640, 11642, 11643, 11644, 11645, 12116, 12117, 12118, 12119, 12120, 12121, 12122, 12123, 12124, 12125, 12126, 12127, 12322, 12324, 12329, 12337, 12339, 12627, 14231, 14417, 14426, 14427, 14428, 14429, 14430, 14431, 14432, 14433, 14434, 14435, 14436, 14437, 14438, 14439, 14440, 14757, 14792, 14793, 14795, 14799, 14800, 14809, 14810, 14813, 14814, 14816, 14817, 14818, 15013, 15014, 15015, 15016, 15017, 15018, 15019, 15020, 15021, 15022, 15023, 15024, 15532, 15533, 15534, 15535, 15536, 15537, 15538, 15539, 15540, 15541, 15542, 15543, 15780, 16618, 16619, 16620, 16621, 16622, 16623, 16624, 16625, 16626, 16627, 16628, 16661, 16662, 16663, 16664, 16665, 16666, 16667, 16668, 16669, 16670, 16671, 16709, 16710, 16711, 16712, 16713, 16714, 16715, 16716, 16717, 16718, 16719, 16883, 16884, 16885, 16886, 16887, 16888, 16890, 16891, 16892, 16893, 16894, 16896, 16897, 16898, 16899, 16901, 16902, 16903, 16904, 16905, 16906, 16908, 16909, 16910, 16911, 16912, 16914, 16915, 16916, 16917, 17318, 17385, 17397, 17398, 17399, 17405, 17440]), Anchor::All(&[Anchor::Lits(&[8237, 10028, 10281, 12526, 12910, 13093, 17312, 17609, 17611]), Anchor::Lits(&[188, 195, 774, 1301, 1302, 2732, 2741, 3215, 3219, 3325, 3387, 3864, 3865, 4840, 4846, 4920, 4921, 5072, 5085, 5265, 5268, 5705, 5729, 6816, 6817]), Anchor::Lits(&[7937, 8323, 8324, 11627, 13532, 13680, 13799, 13840, 14425, 16878])]), Anchor::All(&[Anchor::Lits(&[674, 2486, 3923, 4187, 5109]), Anchor::Lits(&[12323, 12328, 12330, 12335, 12336, 12338, 12340, 12378, 12380, 12381, 12382, 12383, 12384, 12385])])])),
            (130, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[28, 30, 34, 38, 41, 43, 45, 49, 51, 269, 271, 273, 275, 280, 282, 284, 286, 288, 5789, 5791, 5821, 5823, 5826, 5831, 5833, 5845, 5847, 5920, 5922, 5924, 5928, 5939, 5946, 5948, 5960, 5964, 6059, 6061, 6086, 6088, 6091, 6093, 6095, 6107, 6109]), Anchor::Lits(&[492, 506, 552, 553, 559, 2591, 2611, 2670, 2671, 2697, 2755, 2756, 2757, 2758, 2759, 2801, 2814, 2865, 2866, 2878, 4129, 4130, 4139, 4140, 4141, 6182, 6233, 6414, 6415, 6465]), Anchor::Lits(&[9667, 9676, 9688, 10541, 10542, 12342, 13770, 13875, 14322, 14514, 14524, 14618, 14736, 14821, 14922, 15461, 15956, 16088, 16512])]), Anchor::All(&[Anchor::Lits(&[11778, 11783, 12460, 13881, 16816]), Anchor::Lits(&[324, 1070, 1924, 4523, 7053]), Anchor::Lits(&[9667, 9688, 10542, 13630, 13770, 14322, 14514, 14524, 14618, 14821, 15461, 15702, 16512])])]), Anchor::Lits(&[29, 31, 35, 39, 42, 44, 46, 50, 52, 270, 272, 274, 276, 281, 283, 285, 287, 289, 5790, 5792, 5822, 5824, 5827, 5832, 5834, 5846, 5848, 5921, 5923, 5925, 5929, 5940, 5947, 5949, 5961, 5965, 6060, 6062, 6087, 6089, 6092, 6094, 6096, 6108, 6110, 9668, 9689, 10543, 13631, 13771, 14323, 14515, 14525, 14619, 14822, 15462, 15703, 16513])])),
            (134, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[445, 451, 458, 476, 480, 858, 2414, 2444, 2954, 2957, 3527, 3595, 3615, 5207, 5236, 7014]), Anchor::Lits(&[177, 178, 184, 185, 579, 580, 773, 776, 934, 935, 936, 962, 1119, 1120, 1124, 2346, 3170, 3171, 3262, 3263]), Anchor::Any(&[Anchor::Lits(&[7864, 7876, 8202, 8383, 9665, 9666, 9754, 9757, 9758, 9760, 9904, 9905, 9906, 9907, 9908, 9909, 9910, 9911, 10427, 10432, 10433, 10434, 10435, 10436, 10442, 10443, 10444, 10823, 13593, 13690, 13764, 13875, 14108, 14789, 14886, 15402, 15460, 16511, 16595]), Anchor::All(&[Anchor::Lits(&[11218]), Anchor::Lits(&[107, 202, 4180, 4365, 5131, 5649])]), Anchor::All(&[Anchor::Lits(&[6245, 6269, 6283, 6320, 6321, 6323, 6353, 6372, 6381, 6406, 6437, 6464, 6479]), Anchor::Lits(&[9547, 10474, 10540, 10837, 11054, 12374, 13974, 14900, 16567, 16706, 16769])])])])),
            (135, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8201, 11626, 11779, 12597, 16556]), Anchor::All(&[Anchor::Lits(&[8787, 8788, 8897, 9644, 10551, 11467, 11469, 12115, 12747, 14612, 14613, 14790, 15544, 16476, 17169, 17930]), Anchor::Lits(&[8624, 8906, 9127, 9296, 10002, 10537, 10890, 10966, 11778, 12455, 12460, 12598, 13699, 13795, 14823, 15439, 15590, 15705, 15820])])]), Anchor::Lits(&[253, 686, 687, 750, 1136, 1688, 2483, 2484, 2524, 2585, 2883, 3306, 3513, 4961, 4962, 5107, 5489, 6168, 6560, 6989, 7730]), Anchor::Lits(&[607, 768, 931, 1006, 1009, 1319, 1320, 1648, 1649, 1875, 1876, 1929, 2584, 3244, 3245, 3308, 4402, 4447, 5118, 5430, 5431, 5528, 5679, 5680, 5733, 11780, 16557])])),
            (136, "hijack-the-task", Anchor::Lits(&[7773, 7774, 8229, 8230, 8236, 8238, 8529, 8530, 8990, 8991, 9156, 9157, 9500, 9501, 12271, 12272, 12294, 12304, 13915, 13916, 14143, 14144, 14227, 14228, 14229, 14230, 14421, 14422, 14441, 14442, 14545, 14547, 15603, 15604, 15608, 15609, 15613, 15614, 15755, 15756, 15759, 15760, 16256, 16257, 16572, 16573, 16889, 16895, 16907, 16913])),
            (138, "instruction-field", Anchor::Any(&[Anchor::Lits(&[7984, 7985, 7989, 7996, 8009, 8010, 8011, 8012, 8029, 8030, 8034, 8046, 8059, 8060, 8061, 8066, 8539, 8540, 8544, 8556, 8569, 8570, 8571, 8572, 8936, 8937, 8941, 8953, 8966, 8967, 8968, 8969, 9520, 9521, 9522, 9529, 9542, 9543, 9544, 9545, 12467, 12468, 12469, 12470, 12471, 12472, 12473, 12474, 12693, 12694, 12698, 12710, 12723, 12724, 12725, 12726, 15677, 15681, 15685, 15690, 15691, 15693, 15696, 15699]), Anchor::All(&[Anchor::Lits(&[1932, 1933, 1934, 1935, 1936, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1948, 1949, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2006, 2010, 2011, 2019, 2020, 2044, 2045, 2047, 2049, 2050, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2062, 2063, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 6184, 6185, 6186, 6187, 6188, 6189, 6190, 6193, 6194, 6197, 6198, 6201, 6206, 6207, 6208, 6209, 6228, 6229, 6230, 6234, 6235, 6236, 6237, 6238, 6239, 6240, 6241, 6242, 6243, 6244, 6246, 6247, 6248, 6249, 6250, 6251, 6252, 6253, 6254, 6255, 6256, 6257, 6258, 6259, 6260, 6261, 6262, 6263, 6264, 6265, 6266, 6267, 6268, 6284, 6285, 6288, 6289, 6292, 6294, 6338, 6369, 6370, 6378, 6379, 6419, 6420, 6422, 6424, 6425, 6426, 6427, 6430, 6431, 6434, 6435, 6439, 6445, 6446, 6448, 6449, 6494, 6495, 6496, 6497, 6498, 6499, 6500, 6501, 6502, 6503, 6504, 6505, 6506, 6507, 6508, 6509, 6510, 6511, 6512, 6513, 6514, 6515, 6516, 6517, 6518, 6519, 6520, 6521, 6522, 6523, 6524, 6525]), Anchor::Lits(&[7909, 7910, 9268, 9277, 9284, 9292, 9889, 9891, 9894, 9896, 12034, 12036, 12046, 12067, 12654, 12657, 12750, 12751, 13237, 13240, 13243, 13246, 13568, 13569, 13581, 13590, 14140, 14145, 15754, 15757, 15758, 15761, 16504, 16507])])])),
            (141, "conceal-from-the-people", Anchor::Any(&[Anchor::Lits(&[387, 391, 787, 788, 789, 829, 831, 835, 3281, 3282, 3356, 3373, 3385, 4525, 4526, 4527, 5134, 5135, 9656, 9932, 10031, 10058, 10060, 10090, 10093, 10101, 10102, 10103, 10104, 10105, 10110, 10142, 10148, 10284, 10324, 10326, 10357, 10360, 10369, 10370, 10371, 10372, 10373, 10378, 10410, 10416, 12921, 12937, 12939, 12966, 12969, 12976, 12977, 12978, 12979, 12980, 12985, 13016, 13021, 14231, 14818, 15543, 17317, 17348, 17350, 17384, 17388, 17395, 17397, 17398, 17399, 17400, 17404, 17439, 17458]), Anchor::All(&[Anchor::Lits(&[8325, 8326, 8327, 8328, 8329, 8330, 8331, 8332, 8333, 11437, 11438, 11439, 11440, 11441, 11442, 11443, 11444, 11445, 13127, 13129, 13131, 13132, 13133, 13134, 13141, 13146, 13148, 13175, 13177, 13179, 13180, 13181, 13182, 13191, 13196, 13198, 13216, 13217, 13219, 13220, 13221, 13222, 13226, 13230, 13231, 13800, 13801, 13802, 13803, 13804, 13805, 13806, 13807, 13808, 16093, 16094, 16095, 16096, 16097, 16098, 16102, 16105, 16106, 16107, 16108, 16109, 16110, 16111, 16112, 16113, 16114, 16115, 16129, 16130, 16131, 16132, 16133, 16134, 16135, 16136, 16137, 16180, 16181, 16182, 16183, 16184, 16185, 16186, 16187, 16188, 16218, 16219, 16220, 16221, 16222, 16223, 16224, 16225, 16226, 16284, 16286, 16289, 16290, 16291, 16292, 16310, 16316, 16318, 16901, 16902, 16903, 16904, 16905, 16906, 16912, 16916, 16917]), Anchor::Lits(&[15181])])])),
            (142, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[1325, 1326, 1329, 1330, 1331, 2519, 2520, 5534, 7075, 7076, 7077, 7078, 7079, 7160, 7164, 7173, 7182, 7196, 17318, 17373, 17379, 17411, 17450, 17451, 17452]), Anchor::All(&[Anchor::Lits(&[330, 3743, 4158, 4663, 7173, 7236]), Anchor::Lits(&[8984, 9453, 12479, 15463]), Anchor::Lits(&[1121, 1626, 1813, 4680, 4833, 6644, 7239])]), Anchor::All(&[Anchor::Lits(&[330, 4663, 6630, 7236]), Anchor::Lits(&[766, 791, 1069, 2297, 3269, 4839, 5028, 5208, 5286, 5448]), Anchor::Lits(&[9547, 10453, 10837, 12675, 14182, 14185, 14393, 15674, 16706, 16769, 17490])]), Anchor::All(&[Anchor::Lits(&[2593, 2594, 2595, 2598, 2599, 2601, 2602, 2603, 2604, 2605, 2606, 2613, 2616, 2617, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2656, 2659, 2660, 2661, 2662, 2663, 2676, 2678, 2679, 2683, 2685, 2688, 2690, 2691, 2692, 2693, 2694, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2843, 2845, 2855, 2856, 2857, 2858, 2859, 2860, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 6192, 6195, 6196, 6200, 6205, 6211, 6213, 6215, 6216, 6217, 6218, 6287, 6290, 6291, 6296, 6297, 6298, 6299, 6300, 6301, 6302, 6303, 6304, 6305, 6306, 6309, 6310, 6311, 6312, 6313, 6314, 6315, 6316, 6317, 6318, 6319, 6336, 6355, 6394, 6396, 6399, 6400, 6402, 6403, 6429, 6432, 6433, 6438, 6443, 6451, 6453, 6455, 6456, 6458, 6459]), Anchor::Lits(&[381, 1049, 1050, 1051, 1052, 1155, 3155, 4418, 4623, 5106, 6529]), Anchor::Lits(&[7933, 8391, 10544, 11845, 11978, 13773, 14184, 17489])])])),
            (146, "conceal-the-steps", Anchor::Lits(&[265, 897, 1137, 1305, 1909, 1910, 2748, 4279, 4280, 4281, 4282, 4291, 4296, 4297, 4298, 4301, 4711, 5113, 5283, 6991, 7730, 10067, 10089, 10095, 10097, 10100, 10122, 10125, 10129, 10136, 10334, 10356, 10362, 10364, 10368, 10390, 10393, 10397, 10404, 11794, 11795, 11796, 11797, 11800, 11801, 11802, 11803, 11812, 11813, 11824, 11825, 11826, 11827, 11828, 11829, 11979, 11980, 11981, 11982, 11983, 11984, 11985, 11986, 11987, 11988, 11989, 11990, 11991, 11992, 11993, 11994, 12099, 12100, 12101, 12102, 12103, 12104, 12105, 12106, 12107, 12108, 12109, 12110, 12111, 12112, 12113, 12114, 12947, 12965, 12971, 12973, 12975, 12994, 12998, 13002, 13010, 13093, 14954, 14957, 17392, 17401, 17423, 17429, 17433])),
            (148, "assert-a-falsehood", Anchor::Lits(&[578, 958, 1041, 3374, 3849, 4581, 4844, 5080, 5472, 5706, 5709, 5710, 5711, 5712, 5713, 5714, 5715, 5716, 5717, 5718, 5719, 5720, 5721, 5722, 5723, 5725, 5726, 7244])),
            (149, "user-kept-out-of-the-loop", Anchor::Any(&[Anchor::Lits(&[217, 218, 220, 221, 222, 223, 352, 353, 354, 355, 357, 358, 493, 494, 496, 497, 498, 499, 500, 501, 502, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 520, 535, 538, 543, 544, 546, 547, 548, 1725, 1727, 1728, 1729, 1730, 1732, 10035, 10039, 10059, 10063, 10064, 10091, 10111, 10143, 10289, 10293, 10325, 10329, 10330, 10358, 10379, 10411, 12755, 12756, 12757, 12758, 12759, 12760, 12761, 12762, 12764, 12765, 12766, 12767, 12768, 12769, 12770, 12771, 12867, 12868, 12869, 12870, 12871, 12872, 12873, 12874, 12875, 12876, 12877, 12878, 12879, 12880, 12881, 12882, 12924, 12929, 12938, 12942, 12943, 12967, 12986, 13017, 13093, 14956, 14958, 14959, 14960, 14961, 14965, 14966, 14968, 14971, 14972, 14973, 14974, 14975, 14979, 14980, 14982]), Anchor::All(&[Anchor::Lits(&[390, 1689, 2288, 2290, 5267, 6616]), Anchor::Lits(&[10032, 10072, 10082, 10083, 10137, 10144, 10197, 10203, 10206, 10207, 10214, 10215, 10257, 10265, 10268, 10269, 10277, 10278, 10285, 10339, 10349, 10350, 10405, 10412, 12922, 12952, 12959, 12960, 13011, 13018, 14955, 14962, 14963, 14964, 14967, 14969, 14970, 14976, 14977, 14978, 14981, 14983, 17202, 17207, 17210, 17211, 17222, 17223, 17460, 17465, 17468, 17469, 17480, 17481])])])),
            (150, "kept-from-the-record", Anchor::Lits(&[1460, 1461, 1463, 1464, 1466, 1470, 1473, 1500, 1501, 1503, 1504, 1506, 1510, 1513, 1561, 1563, 1567, 1569, 1570, 1571, 1574, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 3528, 3529, 3531, 3532, 3534, 3538, 3541, 3573, 3575, 3580, 3582, 3584, 3588, 3593, 3597, 3598, 3600, 3601, 3603, 3607, 3610, 3664, 3665, 3666, 3667, 3668, 3669, 3670, 3671, 3672, 3673, 3674, 3675, 3676, 3677, 3924, 3925, 3926, 3927, 3928, 3929, 3930, 3931, 3932, 3933, 3934, 3935, 3936, 3937, 3938, 3939, 3940, 3941, 3942, 3943, 3944, 3945, 3947, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3961, 3962, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4029, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4292, 4293, 4294, 4295, 4299, 4300, 4302, 5237, 5238, 5240, 5241, 5243, 5247, 5250, 5251, 5252, 5254, 5255, 5257, 5261, 5264, 7021, 7022, 7026, 7029, 7031, 7037, 7046, 7204, 7205, 7209, 7212, 7214, 7220, 7229, 7911, 7912, 7913, 7914, 7915, 7916, 9029, 9030, 9031, 9032, 9033, 9034, 9100, 9101, 9102, 9103, 9104, 9105, 9280, 9281, 9282, 9283, 9294, 9295, 13184, 13189, 13346, 13347, 13348, 13349, 13350, 13351, 13352, 13353, 13354, 13355, 13356, 13357, 13358, 13359, 13360, 13361, 13362, 13363, 14188, 14189, 14190, 14191, 14203, 14204, 15341, 15342, 15343, 15344, 15516, 15517, 15518, 15519, 15528, 15529, 15545, 15546, 15547, 15548, 15549, 15550])),
            (152, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[10446, 11160, 11190, 11580, 11623, 11678, 12363, 13379, 13629, 13679, 13858, 13870, 13872, 14097, 14151, 14152, 17494]), Anchor::Lits(&[582, 587, 588, 589, 590, 591, 592, 593, 594, 624, 625, 626, 627, 628, 629, 630, 631, 632, 1931, 2012, 2014, 2015, 2016, 2017, 2018, 2021, 2023, 2591, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2801, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3563, 3564, 4058, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4129, 4131, 4132, 4133, 4134, 4135, 4136, 4137, 4138, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4549, 4550, 4551, 4552, 4553, 4554, 4555, 4556, 4557, 6182, 6371, 6373, 6374, 6375, 6376, 6377, 6380, 6382, 6731, 6751, 6752, 6753, 6754, 6755, 6756, 6757, 6758]), Anchor::Lits(&[8770, 8771, 9512, 9546, 9762, 10452, 10824, 10836, 11053, 12373, 12509, 12674, 12749, 13973, 14181, 14184, 14392, 14755, 14899, 14940, 14952, 15589, 15673, 16566, 16705, 16768, 17489])]), Anchor::All(&[Anchor::Lits(&[13859, 13869, 13871, 14097]), Anchor::Lits(&[678, 680, 1121, 1626, 1658, 1803, 1813, 2146, 3183, 3478, 3517, 4675, 4833, 5139, 5208, 5231, 5526, 5647, 6567, 6644, 6666]), Anchor::Lits(&[7875, 8985, 9362, 9827, 10421, 10540, 10552, 10948, 11844, 12364, 12506, 14415, 14418, 14920, 14941, 15058, 15586])])]), Anchor::Lits(&[679, 681, 1116, 1122, 1217, 1627, 1659, 1804, 1814, 2147, 3184, 3295, 3479, 3518, 4486, 4487, 4488, 4544, 4622, 4676, 4681, 4834, 5070, 5140, 5142, 5209, 5232, 5527, 5648, 6568, 6645, 6667, 7240])])),
            (155, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[9506, 9507, 9508, 9509, 9510, 9511, 10008, 10009, 10010, 10011, 10012, 10013, 10014, 10015, 10016, 10017, 10018, 10019, 10020, 10021, 10022, 10023, 10024, 10025, 11448, 11449, 11450, 11451, 11452, 11453, 11617, 11618, 11619, 11620, 11621, 11622, 13780, 13781, 13782, 13783, 13784, 13785, 14211, 14212, 14213, 14214, 14215, 14216, 14219, 14220, 14221, 14222, 14223, 14224, 14328, 14329, 14330, 14331, 14332, 14333, 15593, 15594, 15595, 15596, 15597, 15598, 16817, 16818, 16819, 16820, 16821, 16822, 16823, 16824, 16825, 16880, 16881, 16882]), Anchor::Lits(&[9018, 10888, 12490, 13876, 14420])])),
            (156, "ship-whole-table-to-own-endpoint", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[25, 26, 27, 266, 267, 268, 277, 278, 279, 336, 338, 344, 3552, 3553, 3554, 5404, 5405, 5406]), Anchor::All(&[Anchor::Lits(&[16478, 16483, 16488, 16494, 16497, 16499, 17240, 17245, 17250, 17268, 17291, 17293]), Anchor::Lits(&[7794, 7797, 7805, 8212, 8219, 8242, 12774, 15412, 16043]), Anchor::Any(&[Anchor::Lits(&[7793, 7796, 7804, 8211, 8218, 8241, 12773, 15411, 16042]), Anchor::All(&[Anchor::Lits(&[2612]), Anchor::Lits(&[7786, 8209])])])])]), Anchor::Lits(&[977, 1122, 1804, 1814, 2147, 3184, 3479, 4496, 4544, 4676, 4834, 5140, 5209, 5232, 5527, 5648, 6568, 6667])])),
            (157, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[7870, 7871, 8384, 8386, 8792, 9668, 13271, 13763, 13765, 13771, 13777, 13787, 14109, 14110, 14334, 14790, 14822, 14923]), Anchor::Lits(&[913, 1308, 1627, 1644, 1659, 2302, 4305, 4428, 4544, 4606, 4751, 4918, 4920, 5140, 5209, 5265, 5705, 6623]), Anchor::Lits(&[542, 676, 1930, 2171, 2480, 2590, 2800, 3894, 4057, 5335, 6181, 6649, 6651, 6716])])),
            (158, "keep-it-from-security", Anchor::Any(&[Anchor::Lits(&[8747, 8748, 8749, 8750, 8757, 8758, 8759, 8760, 8761, 8762, 8763, 8764, 8996, 8997, 8998, 8999, 9000, 9001, 9007, 9008, 9009, 9010, 9011, 9012, 10171, 10172, 10173, 10174, 10175, 10176, 10177, 10178, 10179, 10180, 10181, 10182, 11166, 11167, 11168, 11169, 11170, 11171, 11182, 11183, 11184, 11185, 11186, 11187, 15061, 15062, 15077, 15085, 15105, 15107, 15121, 15122, 15123, 15124, 15125, 15126]), Anchor::All(&[Anchor::Lits(&[8890, 10028, 10281, 12399, 12400, 12910, 13093, 13151, 17312]), Anchor::Lits(&[188, 195, 568, 575, 774, 775, 914, 915, 2280, 2294, 2732, 2741, 2897, 2898, 3215, 3284, 3285, 3357, 3375, 3386, 3388, 3389, 3390, 3864, 3865, 5705, 5729, 6805, 6806]), Anchor::Lits(&[7957, 8412, 8459, 9015, 9092, 9153, 9304, 9693, 10420, 11193, 11903, 12143, 12386, 12572, 12811, 13624, 14096, 14788, 14996, 15010, 15401, 16050])])])),
            (159, "send-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1053, 1326, 1330, 1332, 1333, 4922, 5389]), Anchor::All(&[Anchor::Lits(&[8791, 9674, 10822, 13877, 13973, 14181, 14899, 15589, 16574, 16768]), Anchor::Lits(&[0, 2, 15, 17, 18, 19, 20, 21, 22, 23]), Anchor::Lits(&[7775, 7776, 7777, 7779, 7780, 7781, 7782, 7783, 7784, 7785])]), Anchor::All(&[Anchor::Lits(&[6191, 6204, 6210, 6212, 6219, 6222, 6286, 6354, 6382, 6390, 6395, 6404, 6428, 6442, 6450, 6452, 6460, 6463, 6493]), Anchor::Any(&[Anchor::Lits(&[8988, 12082, 13037, 13879, 14423, 17043]), Anchor::All(&[Anchor::Lits(&[1303, 5326, 5702, 6881]), Anchor::Lits(&[12774])])])])]), Anchor::Lits(&[1304, 5327, 5703, 6882, 7775, 7776, 7777, 7779, 7780, 7781, 7782, 7783, 7784, 7785, 8989, 12083, 13038, 13411, 13412, 13413, 13414, 13415, 13416, 13417, 13418, 13419, 13420, 13421, 13422, 13423, 13424, 13425, 13426, 13427, 13428, 13429, 13430, 13431, 13432, 13433, 13434, 13435, 13436, 13437, 13438, 13439, 13440, 13441, 13442, 13483, 13484, 13485, 13486, 13487, 13488, 13489, 13490, 13492, 13503, 13504, 13505, 13506, 13507, 13510, 13511, 13514, 13515, 13516, 13517, 13518, 13519, 13520, 13521, 13522, 13523, 13524, 13525, 13526, 13527, 13528, 13529, 13645, 13646, 13647, 13648, 13649, 13880, 14424, 16446, 16447, 16448, 16449, 16450, 16921, 16922, 16923, 16924, 16925, 16981, 16982, 16983, 16984, 16985, 17044])])),
            (160, "send-outside-the-company", Anchor::Lits(&[1820, 1822, 1823, 1824, 1826, 1827, 2329, 6027, 6028, 6029, 6030, 6031, 6032, 13642, 13860, 13861, 13862, 13863, 13864, 13865, 13866, 13867, 14017, 14160, 14161, 14162, 14163, 14164, 14165, 14166, 14167])),
            (161, "disclose-secret-values", Anchor::Any(&[Anchor::Lits(&[968, 973, 1207, 4513, 4514, 6637, 6649, 6651, 11847, 11848, 11849, 11850, 11851, 11852, 11853, 11854, 11855, 11856, 11857, 11858, 11859, 11860, 11861, 11862, 11863, 11864, 11865, 11866, 11867, 11868, 11869, 11870, 11871, 11872, 11873, 11874, 11875, 11876, 11877, 11878, 11879, 11880, 11881, 11882]), Anchor::All(&[Anchor::Lits(&[1698, 1699, 1700, 1702, 1705, 4607]), Anchor::Lits(&[9940, 10452, 10534, 11147, 11845, 12461, 13630, 13773, 14057, 14532, 14899, 14984, 15778]), Anchor::Lits(&[323, 1153, 3152, 4418, 5106, 6529, 7129, 7304, 7318])]), Anchor::All(&[Anchor::Lits(&[1076, 1082, 6708, 6709]), Anchor::Lits(&[84, 381, 4414, 4418, 4623, 5106, 6529]), Anchor::Lits(&[7934, 10535, 11146, 11846, 13774, 14058, 14185, 14530, 14533, 14900, 14985, 15763, 17490])]), Anchor::All(&[Anchor::Lits(&[8387, 9253, 13270, 13762, 14791, 14804]), Anchor::Lits(&[9941, 10453, 10838, 11146, 13631, 13774, 14058, 14278, 14533, 14900, 14941, 14985, 15763])]), Anchor::All(&[Anchor::Lits(&[9108, 9121, 9128, 9131, 9883, 9884, 12403, 12404]), Anchor::Lits(&[8383, 13762, 13764, 13776, 14108, 14789, 16511])])])),
            (162, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[7935, 9659, 9660, 9661, 9662, 9663, 9664, 9758, 10424, 10427, 10428, 10429, 10433, 10435, 10437, 10438, 10841, 10842, 10843, 10989, 11143, 11144, 11913, 13232, 13676, 13677, 14175, 14183, 14279, 14457, 14527, 14582, 15602, 16595]), Anchor::All(&[Anchor::Lits(&[11218]), Anchor::Lits(&[107, 219, 2589, 4180, 4365, 5131, 5649, 6689])]), Anchor::All(&[Anchor::Lits(&[2610, 2655, 2664, 2667, 2703, 2813, 2854, 2863, 2864, 2879, 5892, 5936, 5950, 5955, 5984, 6224, 6393, 6408, 6413, 6492]), Anchor::Lits(&[7933, 8527, 8620, 11145, 12749, 14136, 14184])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[7778, 8182, 8629, 8633, 8668, 9310, 12128, 12391, 12604, 12673, 12752, 12902, 13768, 13769, 14921, 16611]), Anchor::All(&[Anchor::Lits(&[12901]), Anchor::Lits(&[11680, 17493])]), Anchor::All(&[Anchor::Lits(&[14617]), Anchor::Lits(&[11680, 17493])])]), Anchor::Lits(&[16, 244, 614, 621, 637, 638, 1019, 2899, 2900, 3203, 3309, 3476, 3522, 3621, 3622, 3623, 4421, 4422, 4967, 4968, 5159, 5160, 6622]), Anchor::Lits(&[8994, 9752, 9793, 9902, 9914, 10422, 10820, 12407, 12491, 14357, 14365, 14373, 15640, 15646, 15719, 16603, 16629, 16752])]), Anchor::All(&[Anchor::Lits(&[174, 623, 974, 1066, 1090, 1166, 1817, 2139, 2161, 2796, 2798, 4310, 4319, 4403, 4597, 4633, 4752, 4866, 5570, 6025, 6026, 6712]), Anchor::Lits(&[9254, 9546, 10452, 10836, 11053, 11145, 12509, 12749, 13973, 14181, 14392, 14899, 14940, 14942, 16566, 16705, 16768]), Anchor::Lits(&[1930, 2800, 6181, 7053])]), Anchor::All(&[Anchor::Lits(&[331, 335, 338, 340, 343, 344, 1819, 1821, 1825, 1828, 1829, 1830, 4312, 4313, 4314, 4315, 4316, 4317, 4753, 4754, 4755, 4756, 4757, 4758]), Anchor::Lits(&[16479, 16480, 16481, 16482, 16484, 16485, 16486, 16487, 16489, 16491, 16495, 16496, 16498, 16500, 16501, 16502, 17241, 17242, 17243, 17244, 17246, 17247, 17248, 17249, 17251, 17267, 17289, 17290, 17292, 17294, 17295, 17296])]), Anchor::All(&[Anchor::Lits(&[583, 584, 585, 586, 595, 596, 2815, 2841, 2842, 2844, 2861, 2862, 6283, 6321, 6323, 6353, 6406, 6407]), Anchor::Lits(&[9547, 11054, 12510, 13974, 14182, 14900, 14941, 16769])]), Anchor::All(&[Anchor::Lits(&[107, 4180, 5131, 5649, 6689]), Anchor::Lits(&[7875, 7938, 12484, 16879]), Anchor::Lits(&[7934, 9658, 12516, 14153, 14931, 14932])]), Anchor::All(&[Anchor::Lits(&[13774, 13974, 14169, 14900, 14941]), Anchor::Lits(&[381, 1155, 3155, 4418, 6529])]), Anchor::All(&[Anchor::Lits(&[6223, 6401, 6416, 6457, 7054, 7089, 7102, 7108]), Anchor::Lits(&[16827]), Anchor::Lits(&[14941])]), Anchor::All(&[Anchor::Lits(&[10423]), Anchor::Lits(&[1186, 1189, 5097, 5676, 6814])]), Anchor::All(&[Anchor::Lits(&[10606, 13267, 13307, 17224]), Anchor::Lits(&[9688, 9700, 11523, 12486, 14322, 14618, 14772, 15702])]), Anchor::All(&[Anchor::Lits(&[9753, 10423, 14176, 14366, 16596, 17224]), Anchor::Lits(&[202, 1630, 1694, 1723, 7008])])]), Anchor::Any(&[Anchor::Lits(&[805, 2657, 2733, 2986, 2988, 2990, 2991, 2993, 2997, 3000, 3002, 3004, 3006, 3007, 3008, 3010, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3082, 3084, 3086, 3087, 3089, 3093, 3096, 3098, 3100, 3102, 3103, 3104, 3106, 4175, 5794, 5796, 5798, 5799, 5801, 5805, 5808, 5810, 5812, 5814, 5815, 5816, 5818, 5866, 5868, 5870, 5871, 5873, 5877, 5880, 5882, 5884, 5886, 5887, 5888, 5890, 6650, 6715, 7968, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 9403, 9407, 9408, 9409, 9410, 9411, 9481, 9482, 9483, 9484, 9485, 9486, 9487, 9488, 9489, 9490, 9491, 9492, 10116, 10384, 11067, 11312, 11313, 11314, 11315, 11316, 11317, 11456, 11457, 11458, 11459, 11460, 11461, 11462, 11463, 11464, 11890, 11891, 11892, 11893, 11894, 11895, 11896, 11897, 11902, 12007, 12008, 12009, 12010, 12011, 12012, 12013, 12014, 12015, 12016, 12017, 12018, 12023, 12074, 12075, 12076, 12077, 12078, 12079, 13043, 13091, 13168, 13372, 13373, 13374, 13375, 13376, 13377, 13555, 13556, 13557, 13558, 13559, 13560, 13561, 13562, 13719, 13728, 13761, 14282, 14286, 14287, 14288, 14289, 14290, 14359, 14933, 14934, 14935, 14936, 14937, 14938, 15106, 15198, 15199, 15200, 15201, 15202, 15203, 15204, 15206, 15207, 15211, 15212, 15213, 15214, 15215, 15216, 15217, 15218, 15219, 15315, 15316, 15317, 15318, 15319, 15320, 15321, 15322, 15323, 15365, 15366, 15367, 15368, 15369, 15370, 15371, 15372, 15373, 15374, 15375, 15376, 15377, 15378, 15379, 15380, 15381, 15382, 15383, 15384, 15385, 15386, 15387, 15388, 15389, 15390, 15391, 15392, 15393, 15394, 15395, 15396, 15397, 15398, 15399, 15400, 16217, 16268, 16269, 16270, 16271, 16272, 16273, 16274, 16275, 16276, 16516, 16722, 16723, 16724, 16725, 16726, 16727, 16728, 16729, 16939, 16940, 16941, 16942, 16943, 16944, 16945, 16946, 17159, 17160, 17161, 17162, 17163, 17164, 17165, 17166, 17167, 17189, 17193, 17194, 17195, 17196, 17197, 17316, 17363, 17407, 17418, 17449]), Anchor::All(&[Anchor::Lits(&[6858, 6863, 6870, 6871, 6872, 6873, 6874, 6876, 6889, 6895, 7273, 7299, 7306, 7349, 7688]), Anchor::Lits(&[8018, 8616, 8617, 9401, 12628, 14726, 14756, 15816, 15817, 16518, 16526, 16527])]), Anchor::All(&[Anchor::Lits(&[7874, 8494, 13367, 13809]), Anchor::Lits(&[88, 4829, 5057, 5394, 5571])]), Anchor::All(&[Anchor::Lits(&[89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 5058, 5059, 5060, 5061, 5062, 5063, 5064, 5065, 5066, 5395, 5396, 5397, 5398, 5399, 5400, 5401, 5402, 5403, 5572, 5573, 5574, 5575, 5576, 5577, 5578, 5579, 5580, 5581, 5582, 5583, 5584, 5585, 5586, 5587, 5588, 5589, 5590, 5591, 5592, 5593, 5594, 5595, 5596, 5597, 5598, 5599, 5600, 5601, 5602, 5603, 5604, 5605, 5606, 5607]), Anchor::Lits(&[15136, 15137, 15171, 15174, 15177, 15892, 15893, 16139, 16153, 16154, 16229, 16230, 16231, 16232, 16233, 16234, 16235, 16236, 16237, 16238, 16240, 16241, 16242, 16243, 16244, 16934, 16935, 16936, 16937, 16938])]), Anchor::All(&[Anchor::Lits(&[438, 569, 576, 640, 658, 959, 960, 971, 1043, 2760, 2775, 3202, 3611, 4775, 4847, 4848, 5043, 5071, 5279, 5730, 6532, 6812, 7249]), Anchor::Lits(&[7977, 8635, 9252, 9452, 9478, 9675, 10840, 11052, 11077, 12080, 12084, 13642, 13644, 13702, 14044, 14123, 14454, 15633, 16321, 16322, 16933])]), Anchor::All(&[Anchor::Lits(&[204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 2985, 2987, 2989, 2992, 2994, 2995, 2996, 2998, 2999, 3001, 3003, 3005, 3009, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3081, 3083, 3085, 3088, 3090, 3091, 3092, 3094, 3095, 3097, 3099, 3101, 3105, 5793, 5795, 5797, 5800, 5802, 5803, 5804, 5806, 5807, 5809, 5811, 5813, 5817, 5865, 5867, 5869, 5872, 5874, 5875, 5876, 5878, 5879, 5881, 5883, 5885, 5889, 6063, 6064, 6065, 6067, 6068, 6069, 6071, 6073, 6074, 6075, 6076, 6077, 6079, 6111, 6112, 6113, 6114, 6115, 6116, 6117, 6118, 6119, 6120, 6121, 6122, 6123, 6855, 6856, 6857, 6859, 6860, 6861, 6862, 6864, 6865, 6866, 6867, 6868, 6869, 6886, 6887, 6888, 6890, 6891, 6892, 6894, 6897, 6901, 6903, 6905, 6908, 6912, 7270, 7271, 7272, 7274, 7276, 7277, 7278, 7281, 7282, 7283, 7284, 7287, 7291, 7685, 7686, 7687, 7689, 7691, 7692, 7693, 7696, 7697, 7698, 7699, 7701, 7703]), Anchor::Lits(&[8616, 8617, 9401, 11997, 11998, 14135, 14726, 14759, 15672, 16518, 16527])]), Anchor::All(&[Anchor::Lits(&[9306, 9307, 9308, 9311, 9312, 9313, 9314, 9319, 11905, 11906, 11907, 11908, 11909, 11910, 11911, 11912, 12144, 12145, 12146, 12157, 12158, 12175, 12178, 12179, 12388, 12389, 12390, 12392, 12393, 12394, 12395, 12396, 12574, 12575, 12576, 12577, 12578, 12579, 12580, 12581, 12813, 12814, 12815, 12816, 12817, 12818, 12819, 12820, 14828, 14830, 14832, 14847, 14848, 14849, 14856, 14865, 14866, 14867, 14868, 14875, 14876, 14877, 14879, 14880, 15998, 15999, 16000, 16001, 16002, 16003, 16004, 16005, 16090, 16091, 16092, 16099, 16100, 16101, 16103, 16104]), Anchor::Lits(&[12629, 14727, 14760, 16519, 16528])]), Anchor::All(&[Anchor::Lits(&[794, 795, 796, 797, 798, 799, 800, 801, 805, 808, 809, 810, 811, 812, 813, 814, 815, 819, 820, 2592, 2596, 2600, 2608, 2615, 2619, 2620, 2632, 2658, 2665, 2666, 2668, 2669, 2675, 2684, 2686, 2689, 2704, 2719, 4059, 4060, 4061, 4062, 4076, 4078, 4079, 4080, 4094, 4095, 4096, 4097, 4098, 4103, 4104, 4105, 4106, 4110, 4113, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4336, 4337, 4338, 4339, 4343, 4345, 6733, 6734, 6738, 6742, 6744, 6745, 6746, 6747, 6766, 6769, 6771, 6772, 6773, 6775, 6777, 6780, 6781, 6792, 6793]), Anchor::Lits(&[8018, 8435, 8677, 8690, 8905, 9238, 9418, 11232, 11233, 13323, 13324, 13333, 14996, 15001])]), Anchor::All(&[Anchor::Lits(&[448, 454, 972, 2266, 2399, 2424, 2912, 2918, 3163, 4034, 4035, 5044, 5045, 5046, 5279]), Anchor::Lits(&[8626, 9087, 9089, 9154, 9305, 9673, 9690, 10912, 11131, 11625, 11904, 12372, 12387, 12573, 12812, 14827, 15997, 16041, 16089])]), Anchor::All(&[Anchor::Lits(&[8413, 8414, 8415, 8418, 8673, 8674, 8675, 8676, 8686, 8687, 8688, 8689, 11161, 11162, 11163, 11164, 13821, 13822, 13823, 13824, 14997, 14998, 14999, 15000]), Anchor::Lits(&[8635, 8917, 9086, 9088, 9153, 9252, 9452, 9505, 9631, 9672, 11446, 12370, 12386, 12582, 13680, 13702, 14826, 16933, 16989])]), Anchor::All(&[Anchor::Lits(&[7874, 8494, 8495, 8993, 13368, 13809]), Anchor::Lits(&[7977, 8635, 9252, 9452, 9478, 9675, 10840, 11052, 11077, 11130, 12080, 12084, 12391, 13642, 13644, 13702, 14044, 14123, 14454, 15633, 16321, 16322, 16933])]), Anchor::All(&[Anchor::Lits(&[9137, 9138, 9139, 9140, 9297, 9298, 9299, 9300, 9404, 9405, 9406, 9412, 9474, 9475, 9476, 9477, 10004, 10005, 10006, 10007, 10163, 10164, 10165, 10166, 10167, 10168, 10169, 10170, 11270, 11271, 11272, 11273, 11311, 11318, 11319, 11320, 12042, 12047, 12059, 12068, 12511, 12512, 12513, 12514, 12653, 12655, 12656, 12658, 13236, 13238, 13239, 13241, 13242, 13244, 13245, 13247, 13976, 13977, 13978, 13979, 14171, 14172, 14173, 14174, 14283, 14284, 14285, 14291, 14685, 14686, 14687, 14688, 14783, 14784, 14785, 14786, 15447, 15448, 15449, 15450, 16461, 16462, 16463, 16464, 16503, 16505, 16506, 16508, 17186, 17187, 17188, 17190, 17191, 17192, 17198, 17199]), Anchor::Lits(&[7977, 8635, 9252, 9452, 9478, 9675, 10839, 11046, 11077, 12080, 12084, 13641, 13644, 13702, 14044, 14123, 14454, 15633, 16321, 16322, 16697, 16933])]), Anchor::All(&[Anchor::Lits(&[7977, 8635, 9252, 9452, 9478, 9675, 10840, 11052, 11077, 12080, 12084, 13642, 13644, 13702, 14044, 14123, 14454, 15633, 16321, 16322, 16933]), Anchor::Lits(&[944, 1005, 1046, 1089, 1323, 1440, 1658, 1840, 2374, 2396, 2782, 3294, 3457, 3848, 4560, 4671, 4761, 4998, 5103, 5434, 5699, 6166, 6528, 6538, 7012])])])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[7935, 9659, 9660, 9661, 9662, 9663, 9664, 9758, 10424, 10427, 10428, 10429, 10433, 10435, 10437, 10438, 10841, 10842, 10843, 10989, 11143, 11144, 11913, 13232, 13676, 13677, 14175, 14183, 14279, 14457, 14527, 14582, 15602, 16595]), Anchor::All(&[Anchor::Lits(&[11218]), Anchor::Lits(&[107, 219, 2589, 4180, 4365, 5131, 5649, 6689])]), Anchor::All(&[Anchor::Lits(&[2610, 2655, 2664, 2667, 2703, 2813, 2854, 2863, 2864, 2879, 5892, 5936, 5950, 5955, 5984, 6224, 6393, 6408, 6413, 6492]), Anchor::Lits(&[7933, 8527, 8620, 11145, 12749, 14136, 14184])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[7778, 8182, 8629, 8633, 8668, 9310, 12128, 12391, 12604, 12673, 12752, 12902, 13768, 13769, 14921, 16611]), Anchor::All(&[Anchor::Lits(&[12901]), Anchor::Lits(&[11680, 17493])]), Anchor::All(&[Anchor::Lits(&[14617]), Anchor::Lits(&[11680, 17493])])]), Anchor::Lits(&[16, 244, 614, 621, 637, 638, 1019, 2899, 2900, 3203, 3309, 3476, 3522, 3621, 3622, 3623, 4421, 4422, 4967, 4968, 5159, 5160, 6622]), Anchor::Lits(&[8994, 9752, 9793, 9902, 9914, 10422, 10820, 12407, 12491, 14357, 14365, 14373, 15640, 15646, 15719, 16603, 16629, 16752])]), Anchor::All(&[Anchor::Lits(&[174, 623, 974, 1066, 1090, 1166, 1817, 2139, 2161, 2796, 2798, 4310, 4319, 4403, 4597, 4633, 4752, 4866, 5570, 6025, 6026, 6712]), Anchor::Lits(&[9254, 9546, 10452, 10836, 11053, 11145, 12509, 12749, 13973, 14181, 14392, 14899, 14940, 14942, 16566, 16705, 16768]), Anchor::Lits(&[1930, 2800, 6181, 7053])]), Anchor::All(&[Anchor::Lits(&[331, 335, 338, 340, 343, 344, 1819, 1821, 1825, 1828, 1829, 1830, 4312, 4313, 4314, 4315, 4316, 4317, 4753, 4754, 4755, 4756, 4757, 4758]), Anchor::Lits(&[16479, 16480, 16481, 16482, 16484, 16485, 16486, 16487, 16489, 16491, 16495, 16496, 16498, 16500, 16501, 16502, 17241, 17242, 17243, 17244, 17246, 17247, 17248, 17249, 17251, 17267, 17289, 17290, 17292, 17294, 17295, 17296])]), Anchor::All(&[Anchor::Lits(&[583, 584, 585, 586, 595, 596, 2815, 2841, 2842, 2844, 2861, 2862, 6283, 6321, 6323, 6353, 6406, 6407]), Anchor::Lits(&[9547, 11054, 12510, 13974, 14182, 14900, 14941, 16769])]), Anchor::All(&[Anchor::Lits(&[107, 4180, 5131, 5649, 6689]), Anchor::Lits(&[7875, 7938, 12484, 16879]), Anchor::Lits(&[7934, 9658, 12516, 14153, 14931, 14932])]), Anchor::All(&[Anchor::Lits(&[13774, 13974, 14169, 14900, 14941]), Anchor::Lits(&[381, 1155, 3155, 4418, 6529])]), Anchor::All(&[Anchor::Lits(&[6223, 6401, 6416, 6457, 7054, 7089, 7102, 7108]), Anchor::Lits(&[16827]), Anchor::Lits(&[14941])]), Anchor::All(&[Anchor::Lits(&[10423]), Anchor::Lits(&[1186, 1189, 5097, 5676, 6814])]), Anchor::All(&[Anchor::Lits(&[10606, 13267, 13307, 17224]), Anchor::Lits(&[9688, 9700, 11523, 12486, 14322, 14618, 14772, 15702])]), Anchor::All(&[Anchor::Lits(&[9753, 10423, 14176, 14366, 16596, 17224]), Anchor::Lits(&[202, 1630, 1694, 1723, 7008])])]), Anchor::Any(&[Anchor::Lits(&[805, 2657, 2733, 2986, 2988, 2990, 2991, 2993, 2997, 3000, 3002, 3004, 3006, 3007, 3008, 3010, 3014, 3015, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3082, 3084, 3086, 3087, 3089, 3093, 3096, 3098, 3100, 3102, 3103, 3104, 3106, 4175, 5794, 5796, 5798, 5799, 5801, 5805, 5808, 5810, 5812, 5814, 5815, 5816, 5818, 5866, 5868, 5870, 5871, 5873, 5877, 5880, 5882, 5884, 5886, 5887, 5888, 5890, 6650, 6715, 7968, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 9403, 9407, 9408, 9409, 9410, 9411, 9481, 9482, 9483, 9484, 9485, 9486, 9487, 9488, 9489, 9490, 9491, 9492, 10116, 10384, 11067, 11312, 11313, 11314, 11315, 11316, 11317, 11456, 11457, 11458, 11459, 11460, 11461, 11462, 11463, 11464, 11890, 11891, 11892, 11893, 11894, 11895, 11896, 11897, 11902, 12007, 12008, 12009, 12010, 12011, 12012, 12013, 12014, 12015, 12016, 12017, 12018, 12023, 12074, 12075, 12076, 12077, 12078, 12079, 13043, 13091, 13168, 13372, 13373, 13374, 13375, 13376, 13377, 13555, 13556, 13557, 13558, 13559, 13560, 13561, 13562, 13719, 13728, 13761, 14282, 14286, 14287, 14288, 14289, 14290, 14359, 14933, 14934, 14935, 14936, 14937, 14938, 15106, 15198, 15199, 15200, 15201, 15202, 15203, 15204, 15206, 15207, 15211, 15212, 15213, 15214, 15215, 15216, 15217, 15218, 15219, 15315, 15316, 15317, 15318, 15319, 15320, 15321, 15322, 15323, 15365, 15366, 15367, 15368, 15369, 15370, 15371, 15372, 15373, 15374, 15375, 15376, 15377, 15378, 15379, 15380, 15381, 15382, 15383, 15384, 15385, 15386, 15387, 15388, 15389, 15390, 15391, 15392, 15393, 15394, 15395, 15396, 15397, 15398, 15399, 15400, 16217, 16268, 16269, 16270, 16271, 16272, 16273, 16274, 16275, 16276, 16516, 16722, 16723, 16724, 16725, 16726, 16727, 16728, 16729, 16939, 16940, 16941, 16942, 16943, 16944, 16945, 16946, 17159, 17160, 17161, 17162, 17163, 17164, 17165, 17166, 17167, 17189, 17193, 17194, 17195, 17196, 17197, 17316, 17363, 17407, 17418, 17449]), Anchor::All(&[Anchor::Lits(&[6858, 6863, 6870, 6871, 6872, 6873, 6874, 6876, 6889, 6895, 7273, 7299, 7306, 7349, 7688]), Anchor::Lits(&[8018, 8616, 8617, 9401, 12628, 14726, 14756, 15816, 15817, 16518, 16526, 16527])]), Anchor::All(&[Anchor::Lits(&[7874, 8494, 13367, 13809]), Anchor::Lits(&[88, 4829, 5057, 5394, 5571])]), Anchor::All(&[Anchor::Lits(&[89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 5058, 5059, 5060, 5061, 5062, 5063, 5064, 5065, 5066, 5395, 5396, 5397, 5398, 5399, 5400, 5401, 5402, 5403, 5572, 5573, 5574, 5575, 5576, 5577, 5578, 5579, 5580, 5581, 5582, 5583, 5584, 5585, 5586, 5587, 5588, 5589, 5590, 5591, 5592, 5593, 5594, 5595, 5596, 5597, 5598, 5599, 5600, 5601, 5602, 5603, 5604, 5605, 5606, 5607]), Anchor::Lits(&[15136, 15137, 15171, 15174, 15177, 15892, 15893, 16139, 16153, 16154, 16229, 16230, 16231, 16232, 16233, 16234, 16235, 16236, 16237, 16238, 16240, 16241, 16242, 16243, 16244, 16934, 16935, 16936, 16937, 16938])]), Anchor::All(&[Anchor::Lits(&[438, 569, 576, 640, 658, 959, 960, 971, 1043, 2760, 2775, 3202, 3611, 4775, 4847, 4848, 5043, 5071, 5279, 5730, 6532, 6812, 7249]), Anchor::Lits(&[7977, 8635, 9252, 9452, 9478, 9675, 10840, 11052, 11077, 12080, 12084, 13642, 13644, 13702, 14044, 14123, 14454, 15633, 16321, 16322, 16933])]), Anchor::All(&[Anchor::Lits(&[204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 2985, 2987, 2989, 2992, 2994, 2995, 2996, 2998, 2999, 3001, 3003, 3005, 3009, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3081, 3083, 3085, 3088, 3090, 3091, 3092, 3094, 3095, 3097, 3099, 3101, 3105, 5793, 5795, 5797, 5800, 5802, 5803, 5804, 5806, 5807, 5809, 5811, 5813, 5817, 5865, 5867, 5869, 5872, 5874, 5875, 5876, 5878, 5879, 5881, 5883, 5885, 5889, 6063, 6064, 6065, 6067, 6068, 6069, 6071, 6073, 6074, 6075, 6076, 6077, 6079, 6111, 6112, 6113, 6114, 6115, 6116, 6117, 6118, 6119, 6120, 6121, 6122, 6123, 6855, 6856, 6857, 6859, 6860, 6861, 6862, 6864, 6865, 6866, 6867, 6868, 6869, 6886, 6887, 6888, 6890, 6891, 6892, 6894, 6897, 6901, 6903, 6905, 6908, 6912, 7270, 7271, 7272, 7274, 7276, 7277, 7278, 7281, 7282, 7283, 7284, 7287, 7291, 7685, 7686, 7687, 7689, 7691, 7692, 7693, 7696, 7697, 7698, 7699, 7701, 7703]), Anchor::Lits(&[8616, 8617, 9401, 11997, 11998, 14135, 14726, 14759, 15672, 16518, 16527])]), Anchor::All(&[Anchor::Lits(&[9306, 9307, 9308, 9311, 9312, 9313, 9314, 9319, 11905, 11906, 11907, 11908, 11909, 11910, 11911, 11912, 12144, 12145, 12146, 12157, 12158, 12175, 12178, 12179, 12388, 12389, 12390, 12392, 12393, 12394, 12395, 12396, 12574, 12575, 12576, 12577, 12578, 12579, 12580, 12581, 12813, 12814, 12815, 12816, 12817, 12818, 12819, 12820, 14828, 14830, 14832, 14847, 14848, 14849, 14856, 14865, 14866, 14867, 14868, 14875, 14876, 14877, 14879, 14880, 15998, 15999, 16000, 16001, 16002, 16003, 16004, 16005, 16090, 16091, 16092, 16099, 16100, 16101, 16103, 16104]), Anchor::Lits(&[12629, 14727, 14760, 16519, 16528])]), Anchor::All(&[Anchor::Lits(&[794, 795, 796, 797, 798, 799, 800, 801, 805, 808, 809, 810, 811, 812, 813, 814, 815, 819, 820, 2592, 2596, 2600, 2608, 2615, 2619, 2620, 2632, 2658, 2665, 2666, 2668, 2669, 2675, 2684, 2686, 2689, 2704, 2719, 4059, 4060, 4061, 4062, 4076, 4078, 4079, 4080, 4094, 4095, 4096, 4097, 4098, 4103, 4104, 4105, 4106, 4110, 4113, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4336, 4337, 4338, 4339, 4343, 4345, 6733, 6734, 6738, 6742, 6744, 6745, 6746, 6747, 6766, 6769, 6771, 6772, 6773, 6775, 6777, 6780, 6781, 6792, 6793]), Anchor::Lits(&[8018, 8435, 8677, 8690, 8905, 9238, 9418, 11232, 11233, 13323, 13324, 13333, 14996, 15001])]), Anchor::All(&[Anchor::Lits(&[448, 454, 972, 2266, 2399, 2424, 2912, 2918, 3163, 4034, 4035, 5044, 5045, 5046, 5279]), Anchor::Lits(&[8626, 9087, 9089, 9154, 9305, 9673, 9690, 10912, 11131, 11625, 11904, 12372, 12387, 12573, 12812, 14827, 15997, 16041, 16089])]), Anchor::All(&[Anchor::Lits(&[8413, 8414, 8415, 8418, 8673, 8674, 8675, 8676, 8686, 8687, 8688, 8689, 11161, 11162, 11163, 11164, 13821, 13822, 13823, 13824, 14997, 14998, 14999, 15000]), Anchor::Lits(&[8635, 8917, 9086, 9088, 9153, 9252, 9452, 9505, 9631, 9672, 11446, 12370, 12386, 12582, 13680, 13702, 14826, 16933, 16989])]), Anchor::All(&[Anchor::Lits(&[7874, 8494, 8495, 8993, 13368, 13809]), Anchor::Lits(&[7977, 8635, 9252, 9452, 9478, 9675, 10840, 11052, 11077, 11130, 12080, 12084, 12391, 13642, 13644, 13702, 14044, 14123, 14454, 15633, 16321, 16322, 16933])]), Anchor::All(&[Anchor::Lits(&[9137, 9138, 9139, 9140, 9297, 9298, 9299, 9300, 9404, 9405, 9406, 9412, 9474, 9475, 9476, 9477, 10004, 10005, 10006, 10007, 10163, 10164, 10165, 10166, 10167, 10168, 10169, 10170, 11270, 11271, 11272, 11273, 11311, 11318, 11319, 11320, 12042, 12047, 12059, 12068, 12511, 12512, 12513, 12514, 12653, 12655, 12656, 12658, 13236, 13238, 13239, 13241, 13242, 13244, 13245, 13247, 13976, 13977, 13978, 13979, 14171, 14172, 14173, 14174, 14283, 14284, 14285, 14291, 14685, 14686, 14687, 14688, 14783, 14784, 14785, 14786, 15447, 15448, 15449, 15450, 16461, 16462, 16463, 16464, 16503, 16505, 16506, 16508, 17186, 17187, 17188, 17190, 17191, 17192, 17198, 17199]), Anchor::Lits(&[7977, 8635, 9252, 9452, 9478, 9675, 10839, 11046, 11077, 12080, 12084, 13641, 13644, 13702, 14044, 14123, 14454, 15633, 16321, 16322, 16697, 16933])]), Anchor::All(&[Anchor::Lits(&[7977, 8635, 9252, 9452, 9478, 9675, 10840, 11052, 11077, 12080, 12084, 13642, 13644, 13702, 14044, 14123, 14454, 15633, 16321, 16322, 16933]), Anchor::Lits(&[944, 1005, 1046, 1089, 1323, 1440, 1658, 1840, 2374, 2396, 2782, 3294, 3457, 3848, 4560, 4671, 4761, 4998, 5103, 5434, 5699, 6166, 6528, 6538, 7012])])])])])),
            (163, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[10034, 10040, 10041, 10042, 10043, 10044, 10045, 10046, 10047, 10048, 10049, 10058, 10060, 10062, 10070, 10119, 10138, 10139, 10145, 10146, 10288, 10294, 10295, 10296, 10297, 10298, 10299, 10300, 10301, 10302, 10303, 10304, 10305, 10306, 10307, 10308, 10309, 10310, 10311, 10312, 10313, 10324, 10326, 10328, 10337, 10387, 10406, 10407, 10413, 10414, 12923, 12937, 12939, 12941, 12950, 12991, 13012, 13013, 13019, 13020, 13044, 13095, 13099, 13100, 13101, 13104, 13115, 13118, 13119, 13120, 13121, 13150, 13152, 13153, 13154, 13155, 13156, 13157, 13158, 13159, 13160, 13161, 17314, 17315, 17323, 17337, 17338, 17348, 17349, 17350, 17353, 17360, 17416, 17435, 17436, 17456, 17457, 17554, 17555, 17556, 17557, 17558, 17559, 17560, 17561, 17562, 17563, 17567, 17568, 17569, 17570, 17571, 17572, 17573, 17574, 17575, 17576]), Anchor::All(&[Anchor::Lits(&[8994, 15059]), Anchor::Lits(&[8412, 9133, 9393, 9394, 10447])]), Anchor::All(&[Anchor::Lits(&[8994, 15059]), Anchor::Lits(&[8412, 9133, 9393, 9394, 10447])])])),
            (164, "history-wiped-after-the-act", Anchor::Any(&[Anchor::Lits(&[1248, 11524, 11579, 14925, 14928, 16754]), Anchor::All(&[Anchor::Lits(&[964, 967, 1214, 1708, 4674, 4823, 5105, 5533, 6589, 7051]), Anchor::Lits(&[7863, 8789, 9251, 9271, 9431, 9548, 11084, 11085, 11089, 11093, 11525, 11526, 11527, 11528, 11529, 11530, 11531, 11532, 11533, 11534, 11535, 11536, 11537, 11538, 11539, 11540, 11541, 11542, 11543, 11544, 11545, 11546, 11547, 11548, 11549, 11550, 11551, 11552, 11553, 11554, 11555, 11556, 11557, 11558, 11559, 11560, 11561, 11562, 11563, 11564, 11565, 11566, 11567, 11568, 11569, 11570, 11571, 11572, 11573, 11574, 11575, 11576, 11577, 11578, 12476, 12485, 13878, 14157, 14207, 14281, 14946, 15180, 15818, 17939]), Anchor::Lits(&[7969, 7975, 8235, 13378, 16255, 17136, 17145, 17146])])])),
            (165, "report-an-outcome-regardless", Anchor::Lits(&[2903, 3775, 4800, 11681, 11688, 11689, 11690, 11691, 11697, 11698, 11702, 11703, 11704, 11707, 12131, 12132, 12133, 12138, 17013, 17015, 17016, 17026])),
            (166, "agent-permissions-opened", Anchor::Lits(&[232, 243, 248, 250, 251, 256, 427, 662, 824, 827, 1180, 1181, 4465, 7267])),
            (167, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[780, 978, 981, 1182, 1246, 2296, 2300, 2301, 4677, 4850, 4851, 5069, 5108, 5110, 5111, 5112, 5116, 5117, 5127, 5128, 5129, 5130, 5687, 6585]), Anchor::Lits(&[822, 826, 1007, 1008, 1214, 1283, 1293, 1622, 2292, 3549, 4823, 4826, 4934, 5281, 5292, 5325, 5630, 6602, 6642])])),
            (168, "risky-action-on-a-later-trigger", Anchor::Lits(&[166, 167, 168, 169, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 1731, 2004, 2181, 2325, 2907, 2914, 2921, 2950, 2951, 5407, 5408, 5409, 5410, 5411, 5412, 5413, 5414, 5415, 5416, 5418, 5419, 5420, 5421, 5422, 5423, 5424, 5425, 5426, 5427, 5966, 5967, 5968, 5969, 5970, 5971, 5972, 5973, 5974, 5975, 5976, 5977, 5978, 5979, 5980, 5981, 5982, 5983, 6006, 6007, 6008, 6009, 6010, 6011, 6012, 6013, 6014, 6015, 6016, 6017, 6018, 6019, 6020, 6021, 6022, 6023, 8517, 8829, 8874, 11681, 11683, 11684, 11685, 11686, 11687, 11692, 11693, 11694, 11695, 11696, 11697, 11698, 11702, 11703, 11704, 11799, 11823, 12365, 12366, 12367, 12368, 13036, 16064, 17137, 17138, 17142, 17143, 17148])),
            (173, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8385, 9054, 9667, 9698, 10541, 11581, 13633, 13766, 13770, 13873, 14736, 14821, 14892, 15403, 15461]), Anchor::All(&[Anchor::Lits(&[8075, 9303, 10601, 10643, 11094, 14259, 16720, 16730, 17177]), Anchor::Lits(&[130, 986, 1078, 1163, 1183, 1626, 1667, 1813, 1838, 1877, 3250, 4304, 4780, 4912, 4965, 5676])]), Anchor::All(&[Anchor::Lits(&[9054, 9056, 9667, 9669, 9675, 10541, 10542, 10545, 11454, 11624, 12621, 13764, 13786, 13796, 13873, 13875, 14736, 14738, 14821, 15460, 16512, 16878]), Anchor::Lits(&[984, 1163, 1183, 1244, 1626, 1813, 1838, 1877, 2730, 3250, 4780, 4914, 4969, 5676])])]), Anchor::Lits(&[925, 928, 932, 1005, 1011, 1044, 1303, 1326, 1711, 1762, 2144, 2297, 2327, 2330, 2525, 2585, 2971, 3113, 3246, 3306, 3316, 3866, 4560, 4665, 4667, 4671, 4707, 4761, 4785, 4818, 5153, 5156, 5274, 5326, 5444, 5446, 5473, 5534, 5700, 5702, 6126, 6620, 6673, 6679, 6944, 7012]), Anchor::Lits(&[203, 383, 898, 899, 1017, 1155, 1158, 1160, 1167, 1175, 1188, 1661, 1668, 1680, 1683, 1695, 1724, 2241, 2477, 2514, 2522, 3319, 4306, 4419, 4423, 4433, 4435, 4449, 4490, 4495, 4744, 5052, 5054, 5114, 5137, 5388, 5441, 5442, 6531, 6649, 6651, 6678, 6691, 7009])]), Anchor::All(&[Anchor::Lits(&[926, 929, 933, 1006, 1009, 1012, 1013, 1045, 1304, 1327, 1328, 1712, 1713, 1763, 2145, 2298, 2299, 2328, 2331, 2526, 2586, 2972, 3114, 3247, 3307, 3317, 3867, 4561, 4666, 4668, 4669, 4672, 4708, 4762, 4786, 4819, 5154, 5157, 5275, 5327, 5445, 5447, 5474, 5535, 5536, 5701, 5703, 6127, 6621, 6674, 6675, 6680, 6945, 7013]), Anchor::Lits(&[174, 359, 974, 1014, 1090, 1170, 1733, 1817, 2161, 2370, 4154, 4160, 4310, 4403, 4663, 5210, 5328, 6670, 6712]), Anchor::Lits(&[7933, 8391, 8620, 9301, 9546, 10003, 10422, 10452, 10544, 10550, 11053, 11510, 11845, 11978, 12376, 12480, 12652, 13773, 13775, 13877, 13973, 14057, 14168, 14181, 14184, 14375, 14755, 14899, 14940, 14942, 15129, 15506, 15551, 15587, 16451, 16768, 17489])]), Anchor::All(&[Anchor::Lits(&[175, 176, 360, 975, 976, 1015, 1091, 1092, 1171, 1734, 1818, 2162, 2163, 2371, 2372, 4155, 4161, 4311, 4318, 4404, 4405, 4664, 5211, 5329, 6671, 6713, 6714]), Anchor::Lits(&[925, 928, 932, 1005, 1011, 1044, 1303, 1326, 1711, 1762, 2144, 2297, 2327, 2330, 2525, 2585, 2971, 3113, 3246, 3306, 3316, 3866, 4560, 4665, 4667, 4671, 4707, 4761, 4785, 4818, 5153, 5156, 5274, 5326, 5444, 5446, 5473, 5534, 5700, 5702, 6126, 6620, 6673, 6679, 6944, 7012]), Anchor::Lits(&[7933, 8391, 8620, 9301, 9546, 10003, 10422, 10452, 10544, 10550, 11053, 11510, 11845, 11978, 12376, 12480, 12652, 13773, 13775, 13877, 13973, 14057, 14168, 14181, 14184, 14375, 14755, 14899, 14940, 14942, 15129, 15506, 15551, 15587, 16451, 16768, 17489])]), Anchor::All(&[Anchor::Lits(&[9933, 11142, 12141, 13975, 14170, 16444]), Anchor::Any(&[Anchor::Lits(&[8385, 9054, 9667, 9698, 10541, 11581, 13633, 13766, 13770, 13873, 14736, 14821, 14892, 15403, 15461]), Anchor::All(&[Anchor::Lits(&[8075, 9303, 10601, 10643, 11094, 14259, 16720, 16730, 17177]), Anchor::Lits(&[130, 986, 1078, 1163, 1183, 1626, 1667, 1813, 1838, 1877, 3250, 4304, 4780, 4912, 4965, 5676])]), Anchor::All(&[Anchor::Lits(&[9054, 9056, 9667, 9669, 9675, 10541, 10542, 10545, 11454, 11624, 12621, 13764, 13786, 13796, 13873, 13875, 14736, 14738, 14821, 15460, 16512, 16878]), Anchor::Lits(&[984, 1163, 1183, 1244, 1626, 1813, 1838, 1877, 2730, 3250, 4780, 4914, 4969, 5676])])]), Anchor::Lits(&[9658, 10891, 13410, 13974, 14258, 15465])])]), Anchor::Lits(&[122, 399, 606, 1010, 1122, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1324, 1622, 1627, 1674, 1687, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 2147, 2502, 2720, 2754, 3186, 3270, 3458, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4156, 4157, 4428, 4429, 4430, 4496, 4544, 4546, 4547, 4606, 4670, 4676, 4681, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4828, 5070, 5140, 5141, 5209, 5213, 5330, 5453, 5454, 5456, 5457, 5458, 5459, 5460, 5461, 5463, 5464, 5465, 5466, 5467, 5471, 5493, 5525, 6163, 6667, 6668, 7240]), Anchor::Lits(&[131, 175, 176, 360, 926, 929, 933, 975, 976, 985, 987, 1006, 1009, 1012, 1013, 1015, 1045, 1079, 1091, 1092, 1164, 1171, 1184, 1187, 1245, 1304, 1327, 1328, 1627, 1668, 1712, 1713, 1734, 1763, 1814, 1818, 1839, 1878, 2145, 2162, 2163, 2298, 2299, 2328, 2331, 2371, 2372, 2526, 2586, 2731, 2734, 2972, 3114, 3247, 3251, 3307, 3317, 3867, 4155, 4161, 4305, 4311, 4318, 4404, 4405, 4561, 4664, 4672, 4708, 4762, 4781, 4786, 4819, 4913, 4915, 4966, 4970, 5154, 5157, 5275, 5327, 5445, 5447, 5474, 5535, 5536, 5677, 5678, 5701, 5703, 6127, 6621, 6671, 6674, 6675, 6680, 6713, 6714, 6945, 7013, 8386, 9055, 9668, 9699, 13634, 13767, 13771, 13874, 14737, 14822, 14893, 15404, 15462])])),
            (174, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[373, 385, 740, 992, 2286, 2674, 2682, 4253, 4799, 5266, 5450, 5612, 6615, 6631, 6641, 7939, 7940, 7941, 7942, 7943, 7944, 7948, 7954, 7956, 7958, 7959, 7960, 7961, 7962, 7963, 7964, 7965, 7966, 8388, 8389, 8390, 8636, 8637, 8638, 8639, 8640, 8641, 8642, 8643, 8644, 8646, 8647, 8648, 8649, 8650, 8651, 8652, 8653, 8654, 8918, 8919, 8920, 8921, 8922, 8923, 8924, 8925, 8926, 10050, 10052, 10066, 10068, 10076, 10094, 10096, 10099, 10108, 10112, 10124, 10133, 10140, 10141, 10142, 10316, 10318, 10333, 10335, 10343, 10361, 10363, 10367, 10376, 10380, 10392, 10401, 10408, 10409, 10410, 12487, 12488, 12489, 12583, 12584, 12585, 12586, 12587, 12588, 12589, 12590, 12591, 12930, 12932, 12946, 12948, 12954, 12970, 12972, 12974, 12983, 12987, 12997, 13006, 13014, 13015, 13016, 13083, 13093, 13130, 13135, 13138, 13139, 13142, 13143, 13144, 13170, 13178, 13183, 13187, 13188, 13192, 13193, 13194, 13218, 13223, 13224, 13225, 13227, 13228, 13229, 13681, 13682, 13683, 13684, 13685, 13686, 13687, 13688, 13689, 13704, 13711, 13712, 14549, 14550, 14551, 14552, 14553, 14554, 14555, 14556, 14557, 14558, 14559, 14560, 14561, 14562, 14563, 14564, 14565, 14566, 14833, 14834, 14838, 14839, 14840, 14841, 14854, 14869, 14870, 14871, 14872, 14873, 14874, 14878, 14881, 14882, 14884, 14885, 14888, 14889, 14890, 16883, 16884, 16885, 16886, 16887, 16888, 16894, 16898, 16899, 16901, 16902, 16903, 16904, 16905, 16906, 16912, 16916, 16917, 17332, 17344, 17345, 17358, 17359, 17366, 17391, 17393, 17394, 17403, 17406, 17421, 17428, 17437, 17438, 17439, 17553, 17566, 17612]), Anchor::All(&[Anchor::Lits(&[9677, 10793, 11511, 12379, 13345, 14366, 14787, 15591]), Anchor::Lits(&[345, 979, 1907, 3466, 4307, 4836, 4845, 4873, 5436, 5557, 6566, 6928]), Anchor::Lits(&[11083, 13625])]), Anchor::All(&[Anchor::Lits(&[189, 190, 191, 192, 193, 196, 197, 198, 199, 200, 1660, 1662, 1663, 1664, 1665, 1669, 1670, 1671, 1672, 1673, 3459, 3461, 3462, 3463, 3464, 3467, 3468, 3469, 3470, 3471, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 6818, 6819, 6820, 6821, 6822, 6823, 6824, 6825, 6826, 6827]), Anchor::Lits(&[8907, 9903, 12772, 15012, 15060, 15636, 15645, 15647, 16604])]), Anchor::All(&[Anchor::Lits(&[9096, 9098, 12357, 12360, 12517, 12563, 14929, 14930, 15708, 15711]), Anchor::Lits(&[5335, 6295, 6351]), Anchor::Lits(&[609, 2982, 2983, 3066, 3801, 3831, 4924])])])),
            (175, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[7977, 9452, 9478, 10840, 11077, 11160, 11623, 13642, 13643, 13702, 13859, 14098, 14099, 14104, 14116, 14150, 14279, 16321, 16322, 16933, 17494]), Anchor::Lits(&[383, 684, 685, 898, 900, 1155, 1159, 1168, 1169, 1172, 1173, 1174, 1176, 1681, 1682, 2479, 2523, 3320, 4415, 4416, 4420, 4423, 4433, 4434, 4448, 4494, 5052, 5053, 5114, 5388, 5440, 6682, 6688, 6697]), Anchor::Lits(&[1122, 1123, 1217, 1324, 1627, 1628, 1659, 1666, 1814, 1815, 2147, 2148, 2302, 2395, 3184, 3295, 3296, 4544, 4676, 4834, 4835, 5140, 5141, 5209, 5213, 5232, 5648, 6568, 6569, 6645, 6646, 6667, 6668])])),
            (177, "agent-secrets-spilled", Anchor::All(&[Anchor::Lits(&[670, 2707, 2708, 2709, 2712, 2713, 2714, 2715, 2716, 2717, 3265, 3266, 7293, 7301, 7303, 7304, 7318, 7379, 7399, 7400, 7415, 7416, 7417, 7418, 7419, 7420, 7432, 7433, 7434, 7435, 7436, 7437, 7442, 7443, 7444, 7445, 7446, 7447, 7466, 7467, 7468, 7469, 7470, 7471, 7567, 7568, 7569, 7570, 7571, 7572, 7588, 7589, 7590, 7591, 7592, 7593, 7604, 7605, 7606, 7607, 7608, 7609, 7623, 7624, 7625, 7626, 7627, 7628, 7629, 7630, 7631, 7632, 7633, 7634, 7704]), Anchor::Lits(&[381, 1052, 1153, 1701, 1706, 4418, 4623, 5106, 6529])])),
            (178, "ownership-of-everything-moved", Anchor::Lits(&[4366, 4367, 4368, 4369])),
            (179, "someone-elses-login-taken", Anchor::Lits(&[110, 636, 1047, 2287, 3271, 3272, 3277, 3280, 5273, 5280, 11785, 11786, 12617, 13971, 13972])),
            (180, "ownership-to-a-reader", Anchor::Lits(&[2356, 2357, 2358, 2359])),
            (181, "data-moved-for-a-private-person", Anchor::All(&[Anchor::Lits(&[8983, 8986, 8987, 9636, 9678, 10788, 10789, 10790, 10791, 10887, 11047, 11048, 11049, 11050, 11051, 11081, 11082, 11646, 12618, 12734, 12748, 12753, 12894, 12895, 13334, 13335, 13691, 13703, 15057, 17185]), Anchor::Lits(&[1118, 1122, 1613, 1614, 1627, 1629, 1659, 1668, 1814, 1816, 3518, 4681, 4834, 5140, 5142, 5209, 5212, 5648, 6645, 6647, 6667, 6669]), Anchor::Lits(&[1931, 2007, 2008, 2023, 5335, 6181, 7053])])),
            (182, "admin-role-for-everyone", Anchor::Lits(&[296, 297, 298, 299, 303, 305, 306, 307, 326, 5336, 5337, 5338, 5339, 5341, 5342, 5343, 5344, 5359, 5360, 5361, 5362, 5364, 5365, 5366, 5367, 5383, 5387, 5538, 5539, 5540, 5541, 5542, 5543, 5544, 5545, 5546, 5989, 5990, 5991, 5992, 5995, 5997, 5998, 5999, 6003])),
            (183, "secrets-shipped-by-automation", Anchor::All(&[Anchor::Lits(&[1118, 1659, 1668, 1804, 1805, 2147, 2149, 3295, 3297, 4544, 4547, 4678, 5140, 5142, 5232, 5234, 6667, 6669]), Anchor::Lits(&[113, 188, 1162, 2517, 2518, 3115, 5104, 5690, 6583, 7233]), Anchor::Lits(&[382, 384, 1154, 1156, 1611, 1697, 3154, 3164, 4419, 4424, 4624, 4625, 5115, 5438, 5439, 6530, 6531])])),
            (184, "override-instructions-es-pt-it", Anchor::Lits(&[9256, 9257, 9898, 9900, 9901, 11883, 11884, 11885, 12020, 12022, 12142, 13234, 13564, 13566, 13594, 14348, 14350, 14354])),
            (185, "override-instructions-fr", Anchor::Lits(&[1058, 1278, 2729, 2782, 4179, 4805, 6543])),
            (186, "override-instructions-de-nl", Anchor::Lits(&[2744, 3729, 3730, 4115, 4170, 6730, 8313, 8825, 12032, 12073, 13409, 14343, 14344, 14576, 14577, 14773, 16988])),
            (187, "override-instructions-pl-tr", Anchor::Lits(&[11773, 12351, 12353, 13041, 13970, 15734, 17495, 17926])),
            (188, "override-instructions-ru", Anchor::Lits(&[11772, 12866, 13621, 17924, 17954, 17955, 17963, 17966, 17975])),
            (189, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[108, 3521, 4703, 4704, 5041, 5042, 6698]), Anchor::Lits(&[264, 3132, 3291, 3292, 3293, 3477, 5230])])),
            (191, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[12069, 12070, 12071, 12072, 12319, 12861, 12862, 13314, 13315, 13918, 13980, 13981, 14349, 14355, 14691, 15127, 15128, 15701, 16770, 16771, 16772, 16928, 17948, 17963, 17977])),
            (192, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[57, 121, 682, 770, 2505, 2539, 2540, 2901, 3109, 3131, 3158, 3264, 3290, 4491, 4705, 6804]), Anchor::Lits(&[201, 440, 608, 952, 953, 1279, 2537, 2792, 2793, 2794, 3214, 4371, 4450, 4452, 4460, 4489, 4720, 5681, 6701])])),
            (194, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[918, 1904, 3157, 3232, 3237, 3620, 4742, 4743, 4802, 4880, 5029, 5146, 5155, 5558, 6810, 7744, 7747, 10898, 12348, 12354, 14754, 15054, 16682, 16695, 16758]), Anchor::All(&[Anchor::Lits(&[919, 1093, 1901, 2251, 3234, 3236, 4803, 4891]), Anchor::Lits(&[3226, 5068])]), Anchor::All(&[Anchor::Lits(&[13316]), Anchor::Lits(&[744, 1647, 1892, 2361, 4801, 4932, 5270, 7727])]), Anchor::All(&[Anchor::Lits(&[918, 1904, 3233, 3237, 4809, 4881]), Anchor::Lits(&[5138])]), Anchor::All(&[Anchor::Lits(&[8772, 8823, 12270, 17925]), Anchor::Lits(&[749])]), Anchor::All(&[Anchor::Lits(&[10895, 12347, 12353, 15053]), Anchor::Lits(&[4048, 4049, 5290, 7266])]), Anchor::All(&[Anchor::Lits(&[6699]), Anchor::Lits(&[10448, 10449, 13039])]), Anchor::All(&[Anchor::Lits(&[735, 736, 737, 917, 1901, 2347, 2360, 4804, 4909, 4910, 5145]), Anchor::Lits(&[6624, 6700])]), Anchor::All(&[Anchor::Lits(&[920, 921, 922, 1894, 1901, 1905, 1906, 3236, 3891, 4031, 4052, 4562, 4563, 4564, 4810, 4890]), Anchor::Lits(&[749, 1873])]), Anchor::All(&[Anchor::Lits(&[5689]), Anchor::Lits(&[8239, 8765, 10553, 12317])])])),
            (196, "reveal-system-prompt-i18n", Anchor::Lits(&[327, 1059, 1060, 1061, 1062, 1063, 2271, 2272, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2785, 2786, 2787, 2788, 2789, 2791, 2799, 2896, 2973, 2974, 2975, 2976, 2977, 2978, 2979, 3323, 3324, 3460, 3465, 3472, 3473, 4142, 4524, 4645, 4646, 4647, 4648, 4649, 4654, 4655, 5650, 5651, 5652, 5669, 5673, 5674, 5675, 5682, 6625, 6676, 6725, 6726, 7753, 7769, 7770, 11159, 15055, 15056])),
            (198, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[179, 380, 605, 1086, 1087, 1088, 1126, 1127, 1193, 1194, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1264, 1282, 1298, 1299, 1657, 1750, 2562, 2564, 2582, 3133, 4053, 4056, 5094, 5095, 5096, 5435, 5610, 5611, 6627, 6628, 7255, 7256, 7743, 7749, 7750, 7759, 7760, 7761, 7762]), Anchor::Lits(&[7748, 8625, 8891, 8892, 9360, 9493, 9495, 9497, 9772, 10896, 10897, 10899, 10900, 10901, 10902, 10903, 11114, 11243, 11295, 11296, 12283, 14148, 14149, 14774, 14990, 14992, 14993, 16593, 16932, 16950, 16951, 17923, 17942, 17952, 17953, 17976])])),
            (200, "stop-following-instructions-i18n", Anchor::Lits(&[350, 726, 1058, 1278, 2782, 2795, 4801, 4805, 4932, 6799, 9897, 9899, 12019, 12021, 13207, 13208, 13209, 13210, 13233, 13563, 13565, 14347, 14353])),
            (202, "override-everything-said-i18n", Anchor::Lits(&[348, 1318, 3222, 3223, 3224, 5696, 5697, 5698, 9791, 9792, 9885, 11708, 11753, 11754, 11769, 13336, 13337, 13338, 13339, 13340, 13341, 16948, 16949])),
            (203, "instructions-void-de", Anchor::Lits(&[633, 2504, 3727, 3728, 6640])),
            (204, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[24, 32, 33, 36, 37, 53, 54, 186, 187, 374, 375, 376, 377, 378, 379, 742, 2150, 2738, 2740, 3177, 3321, 6729, 13199, 13200, 13201, 13202, 13203, 13205, 13206, 14743, 14748, 14750, 14752, 15043, 15047, 15048, 15049, 15050]), Anchor::All(&[Anchor::Lits(&[672, 1281, 1317, 2735, 2737, 2739, 3392, 3393, 4396, 4398, 4399, 4586, 4588, 4590, 4725, 4726, 5277, 5278]), Anchor::Lits(&[9252, 12495, 13868, 14147, 16929])]), Anchor::All(&[Anchor::Lits(&[12857, 12863, 12864, 12865, 12896, 14747, 14749]), Anchor::Lits(&[671, 1280, 1316, 2736, 3391, 4397, 4587, 5276])]), Anchor::All(&[Anchor::Lits(&[3724]), Anchor::Lits(&[10616, 10617, 12624, 14724, 14725, 16953])])])),
            (206, "authority-waives-controls-i18n", Anchor::Lits(&[665, 666, 667, 668, 669, 1710, 2270, 2273, 2278, 4461, 4484, 4485, 5443])),
            (207, "persona-without-rules-i18n", Anchor::Lits(&[40, 55, 56, 132, 180, 183, 1243, 1625, 3110, 4174, 6591, 6710, 6794, 6795])),
            (208, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[1193, 1194, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1282, 1298, 1299, 5094, 5095, 7743]), Anchor::Lits(&[8411, 8434, 8460, 8461, 8625, 9494, 9496, 11078, 11129, 11181, 14149, 14991])])),
            (209, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[329, 1068, 1072, 1178, 1198, 1266, 1295, 1322, 1715, 1913, 3174, 3175, 3205, 3207, 3211, 3213, 3221, 3249, 3289, 3520, 3526, 4037, 4051, 4172, 4722, 4724, 4773, 5040, 5429, 5617, 5619, 6728, 6798, 6801, 7752, 7768, 7772]), Anchor::Lits(&[7847, 7848, 8240, 8744, 8766, 8767, 8768, 8769, 8992, 9014, 10886, 11215, 11216, 11234, 12140, 12571, 12746, 12858, 13214, 13215, 13342, 13344, 17943, 17944])]), Anchor::All(&[Anchor::Lits(&[7847, 7848, 8240, 8744, 8766, 8767, 8768, 8769, 8992, 9014, 10886, 11215, 11216, 11234, 12140, 12571, 12746, 12858, 13214, 13215, 13342, 13344, 17943, 17944]), Anchor::Lits(&[328, 1067, 1071, 1177, 1197, 1265, 1294, 1321, 1714, 1912, 3173, 3204, 3206, 3210, 3212, 3220, 3248, 3288, 3519, 3525, 4036, 4050, 4171, 4721, 4723, 4772, 5039, 5428, 5616, 5618, 6727, 6797, 6800, 7751, 7767, 7771]), Anchor::Lits(&[382, 954, 963, 982, 983, 1094, 1095, 1152, 1157, 2421, 2422, 2560, 3111, 3112, 3150, 3151, 3156, 3287, 3514, 3516, 4419, 4424, 4425, 4426, 5055, 5056, 5098, 5143, 5144, 5271, 5272, 6530, 6531, 6802, 6803, 7746, 7755, 7763, 7764])])])),
            (210, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[3162, 4558, 4559, 6702, 6703, 6704, 6705, 7201, 7754, 7756, 7757, 7758, 7765, 7766])),
            (211, "skip-approval-cjk", Anchor::Lits(&[17978, 17979, 17980, 17981, 17982, 17983, 17984, 17985, 17986, 17987, 17988, 17989, 17990, 17991, 17992, 17993, 17994, 17995, 17996])),
            (213, "admin-role-handed-out-i18n", Anchor::Any(&[Anchor::Lits(&[4936, 4937, 4938, 4943, 4944, 4945, 4946, 4947, 4948, 7257, 7258, 7259, 7260, 7261, 7262, 7263, 7264, 7265, 9504, 10845, 10869, 10871, 10885, 11123, 11124, 11297, 11308, 11436, 12226, 12227, 12497, 12498, 12500, 12501, 12503, 12505, 12508, 12620, 14377, 14379, 14381, 16551, 16553, 17937, 17938, 17968, 17970]), Anchor::All(&[Anchor::Lits(&[107, 4180, 5131, 6689]), Anchor::Lits(&[7873, 8506, 8507, 8518, 8528, 8618, 8619, 8622, 8623, 8889, 8895, 9372, 9373, 9374, 9679, 9680, 9781, 10279, 10615, 11125, 11126, 11127, 11141, 11677, 12341, 13308, 13309, 13622, 13623, 14155, 14156, 15819, 16952, 17045, 17950, 17958, 17964, 17965])]), Anchor::All(&[Anchor::Lits(&[9502, 9503, 10844, 10847, 10868, 10870, 11307, 11435, 12225, 12496, 12499, 12502, 12504, 12507, 14376, 14378, 14380, 16550, 16552, 17936, 17967, 17969]), Anchor::Lits(&[107, 4180, 5131, 6689])])])),
            (215, "control-weakened-i18n", Anchor::Any(&[Anchor::Lits(&[9829, 12316, 12318]), Anchor::All(&[Anchor::Lits(&[8074, 9017, 9707, 9787, 9788, 9789, 9790, 9924, 10538, 10539, 10554, 10600, 11321, 11455, 12316, 12318, 12493, 12619, 13211, 13778, 14255, 14256, 14364, 14372, 14528, 14579, 14580, 14581, 14770, 14771, 15637, 15638, 15639, 15744, 16477, 16510, 16927, 16965, 17492, 17927, 17931, 17949, 17961, 17972, 17973, 17974]), Anchor::Any(&[Anchor::Lits(&[1190, 7778, 7850, 7851, 7852, 7872, 7877, 7976, 8634, 8645, 8655, 8656, 8657, 8658, 8659, 8660, 8661, 8662, 8663, 8670, 8671, 9771, 9772, 10162, 10419, 10555, 11774, 12281, 12282, 12283, 12284, 12320, 12481, 12599, 12600, 12601, 12602, 12603, 12604, 12615, 12616, 12622, 12623, 12673, 12897, 12901, 12903, 13797, 13798, 13965, 13967, 13968, 13969, 14149, 14154, 14345, 14346, 14578, 14617, 16609, 16610, 16930, 17109, 17928, 17940, 17941, 17942, 17951, 17952, 17956, 17957, 17962, 17971]), Anchor::All(&[Anchor::Lits(&[13966]), Anchor::Lits(&[1191])])])])])),
            (217, "destructive-without-confirmation-i18n", Anchor::Lits(&[8893, 8894, 12859, 13317, 13318, 13319, 13320, 13321, 13322, 13369, 13370, 13371, 14744, 14745, 14746, 14751, 14753, 14894, 14895, 14896, 14897, 14898, 14917, 14918, 14919, 15044, 15045, 15046, 15051, 15052, 15438, 15745, 15747, 15750, 15752, 16997, 17932, 17933, 17934, 17935, 17945, 17946, 17947, 17959, 17960])),
            (222, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[2377, 2378, 2379, 8896, 9830, 12269, 12343, 12344, 12346, 12352, 12763, 12860, 15746, 15748, 15749, 15751, 16691, 16692, 16693, 16694, 16918, 16919, 16990, 16991, 16992])),
            (224, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[610, 611, 612, 616, 617, 1135, 2282, 2283, 2284, 2285, 2289, 2291, 4925, 4926, 4927, 4928, 4929, 5089, 5090, 5091, 5092, 5093, 6562, 8902, 8903, 8904, 8976, 9106, 10081, 10147, 10205, 10267, 10348, 10415, 10938, 10944, 10949, 13149, 13313, 13882, 15130, 15131, 15132, 15133, 15222, 15224, 15264, 15266, 15436, 15437, 16637, 17209, 17387, 17467]), Anchor::All(&[Anchor::Lits(&[11513, 11517, 11518, 11520]), Anchor::Lits(&[2171])])])),
            (225, "trust-raised-for-later", Anchor::Lits(&[234, 252, 255, 258, 259, 260, 261, 262, 356, 429, 439, 447, 661, 664, 1361, 1527, 1809, 1810, 2355, 2399, 2400, 2424, 2425, 2911, 2926, 2970, 3629, 3739, 3740, 3770, 3772, 3846, 4565, 4569, 4841, 4842, 5293, 5296, 5306, 5314, 5315, 5318, 7162, 7168, 7169, 7172, 16575, 16578, 16579, 16580])),
            (226, "admin-role-by-a-side-door", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4063, 9746, 9747, 11219, 11220, 11221, 11222, 11223, 13983]), Anchor::All(&[Anchor::Lits(&[107, 4180, 5131, 5649, 6689]), Anchor::Lits(&[8465, 8793, 8822, 11133, 11138, 11914, 11915, 12135, 14318, 14319])]), Anchor::All(&[Anchor::Lits(&[4358]), Anchor::Lits(&[7876, 8082, 8096, 8668, 10476, 10477, 10645, 10646, 10653, 12609, 12901, 14617, 14845, 14886, 16900]), Anchor::Lits(&[9090, 11145, 11217, 11310, 12515, 14924, 16566])]), Anchor::All(&[Anchor::Lits(&[14264, 14265, 14266, 14267, 14324, 14325, 14351, 14352, 14477, 14478]), Anchor::Lits(&[107, 4180, 5131])])]), Anchor::Lits(&[456, 691, 709, 924, 1209, 1210, 1211, 2280, 2293, 2302, 2354, 2395, 2745, 2746, 2920, 3302, 4566, 4745, 4746, 4747, 4770, 4771, 4782, 4783, 4807, 4808, 4875, 4876, 5161, 6568])])),
            (229, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[3011, 3012, 3013, 6875, 6877, 6879, 7346, 7352, 7359, 8245, 8249, 8250, 8251, 8252, 8254, 8255, 8256, 8257, 8258, 8259, 8260, 8261, 8262, 8263, 8264, 8269, 8599, 8600, 8601, 8602, 8603, 8604, 8605, 8606, 8607, 8608, 8609, 8610, 8611, 8612, 8613, 8614, 8615, 14397, 14398, 14399, 14400, 14401, 14402, 14403, 14404, 14405, 14406, 14407, 14408, 14409, 14410, 14411, 14412, 14413, 15764, 15766, 15770, 15775, 15776, 15777, 15781, 15783, 15788, 15790, 15799, 15800, 15801, 15807, 15809, 15810, 15812]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9782, 10030, 10066, 10094, 10099, 10124, 10128, 10133, 10135, 10142, 10283, 10333, 10361, 10367, 10392, 10396, 10401, 10403, 10410, 12286, 12289, 12293, 12295, 12298, 12299, 12307, 12309, 12311, 12315, 12406, 12630, 12632, 12635, 12636, 12638, 12639, 12645, 12647, 12649, 12651, 12912, 12946, 12970, 12974, 12997, 13001, 13006, 13009, 13016, 13381, 13384, 13388, 13389, 13392, 13393, 13400, 13402, 13404, 13408, 14018]), Anchor::All(&[Anchor::Lits(&[8243, 9155, 14394, 14467, 14756, 15763]), Anchor::Any(&[Anchor::Lits(&[12285, 13248, 13380, 17034, 17035, 17039, 17040, 17547, 17549, 17606, 17613]), Anchor::All(&[Anchor::Lits(&[10692, 10693, 10694, 10695, 10696, 10697, 10698, 10699, 10700, 10701, 10702, 10703, 10704, 10705, 10706, 10707, 10708, 10709, 10710, 10732, 10733, 10734, 10735, 10736, 10737, 10738, 10739, 10740, 10741, 10742, 10743, 10744, 10745, 10746, 10747, 10748, 10749, 10750, 10751, 10752, 10753, 10754, 10755, 10756, 10757, 10758, 10759, 10760, 10761, 10762, 10763, 10764, 10765, 10766, 10767, 10768, 10769, 12153, 12154, 12155, 12156, 12158, 12159, 12160, 12161, 12162, 12163, 12165, 12166, 12167, 12168, 12169, 12170, 12171, 12172, 12173, 12181, 12182, 12183, 12184, 12185, 12186, 12187, 12188, 12189, 12190, 12191, 12192, 12193, 12194, 12195, 12196, 12197, 12198, 12199, 12200, 12201, 12202, 12203, 12204, 12205, 12206, 12207, 12208, 12209, 12210, 12211, 12212, 12213, 12214, 12215, 12216, 12217, 12218, 15833, 15834, 15835, 15836, 15837, 15838, 15839, 15840, 15841, 15842, 15843, 15844, 15845, 15846, 15847, 15848, 15849, 15850, 15851, 15853, 15854, 15855, 15856, 15857, 15858, 15859, 15860, 15861, 15862, 15863, 15864, 15865, 15866, 15867, 15868, 15869, 15870, 15871, 15872, 15873, 15874, 15875, 15876, 15877, 15878, 15879, 15880, 15881, 15882, 15883, 15884, 15885, 15886, 15887, 15888, 15889, 15890, 16374, 16375, 16376, 16377, 16378, 16379, 16380, 16381, 16382, 16383, 16384, 16385, 16386, 16387, 16388, 16389, 16390, 16391, 16392, 16406, 16407, 16408, 16409, 16410, 16411, 16412, 16413, 16414, 16415, 16416, 16417, 16418, 16419, 16420, 16421, 16422, 16423, 16424, 16425, 16426, 16427, 16428, 16429, 16430, 16431, 16432, 16433, 16434, 16435, 16436, 16437, 16438, 16439, 16440, 16441, 16442, 16443]), Anchor::Lits(&[7787, 7788, 7789, 7790, 7791, 7792, 7795, 7798, 7799, 7800, 7801, 7803, 8076, 8083, 8085, 8088, 8089, 8090, 8091, 8092, 8093, 8094, 8095, 8097, 8210, 8213, 8214, 8215, 8216, 8217, 8220, 8221, 8222, 8223, 8224, 8225, 10695, 10696, 10697, 10699, 10701, 10702, 10704, 10705, 10706, 10707, 10708, 10710, 10735, 10736, 10737, 10739, 10741, 10742, 10744, 10745, 10746, 10747, 10748, 10750, 10754, 10755, 10756, 10758, 10760, 10761, 10763, 10764, 10765, 10766, 10767, 10769, 12156, 12158, 12159, 12161, 12163, 12165, 12167, 12168, 12169, 12170, 12171, 12173, 12184, 12185, 12186, 12188, 12190, 12191, 12193, 12194, 12195, 12196, 12197, 12199, 12203, 12204, 12205, 12207, 12209, 12210, 12212, 12213, 12214, 12215, 12216, 12218, 12288, 12290, 12292, 12297, 12300, 12301, 12303, 12305, 12306, 12308, 12310, 12312, 12631, 12633, 12634, 12637, 12640, 12641, 12642, 12643, 12644, 12646, 12648, 12650, 13383, 13385, 13387, 13391, 13394, 13395, 13397, 13398, 13399, 13401, 13403, 13405, 15027, 15028, 15029, 15030, 15031, 15032, 15033, 15034, 15035, 15036, 15037, 15038, 15836, 15837, 15838, 15840, 15842, 15843, 15845, 15846, 15847, 15848, 15849, 15851, 15856, 15857, 15858, 15860, 15862, 15863, 15865, 15866, 15867, 15868, 15869, 15871, 15875, 15876, 15877, 15879, 15881, 15882, 15884, 15885, 15886, 15887, 15888, 15890, 16377, 16378, 16379, 16381, 16383, 16384, 16386, 16387, 16388, 16389, 16390, 16392, 16409, 16410, 16411, 16413, 16415, 16416, 16418, 16419, 16420, 16421, 16422, 16424, 16428, 16429, 16430, 16432, 16434, 16435, 16437, 16438, 16439, 16440, 16441, 16443])])])])]), Anchor::Lits(&[345, 957, 1218, 1358, 1372, 1386, 1391, 1413, 1415, 1426, 1429, 1524, 1539, 1553, 1558, 1587, 1589, 1600, 1603, 3117, 3118, 3121, 3122, 3124, 3125, 3127, 3128, 3129, 3227, 3448, 3449, 3450, 3451, 3452, 3453, 3454, 3455, 3456, 3625, 3638, 3653, 3658, 3689, 3691, 3702, 3705, 4116, 4117, 4120, 4121, 4123, 4124, 4125, 4126, 4127, 4579, 4836, 4870, 5071, 5705]), Anchor::Lits(&[567, 937, 1692, 2753, 3283, 4709, 6811, 6813, 7202])])])),
            (230, "made-to-look-routine", Anchor::Lits(&[9035, 9036, 9037, 9038, 9039, 9040, 9041, 9042, 9043, 9044, 9045, 9046, 9047, 9048, 11304, 11305, 11306, 12961, 13254, 13255, 13720, 13721, 13722, 13723, 13724, 13725, 13726, 13727, 13729, 13730, 13731, 13732, 13733, 13734, 13735, 13736, 13737, 13738, 13739, 13740, 13741, 13742, 13743, 13744, 13745, 13746, 13747, 13748, 13749, 13750, 13751, 13752, 13753, 13754, 13755, 13756, 13757, 13758, 13759, 13760, 15222, 15224, 15227, 15231, 15247, 15329, 15338, 15427, 17010, 17011, 17012, 17014, 17017, 17018, 17019, 17020, 17021, 17022, 17023, 17024, 17025, 17027, 17028, 17029, 17030, 17031, 17046, 17049, 17050, 17051, 17052, 17053, 17054, 17055, 17056, 17057])),
            (231, "own-action-left-out", Anchor::Lits(&[61, 3914, 5086, 5269, 5864, 6948])),
            (232, "disguised-by-a-bland-label", Anchor::Any(&[Anchor::Lits(&[9638, 9639, 9640, 9641, 9642, 9643, 9725, 9726, 9727, 9728, 9729, 9730, 10873, 10874, 10875, 10876, 10877, 10878, 10879, 10880, 10881, 10882, 10883, 10884, 12321, 12325, 12326, 12327, 12331, 12332, 12333, 12334, 12677, 12678, 12679, 12680, 12681, 12682]), Anchor::All(&[Anchor::Lits(&[301, 309, 310, 311, 312, 314, 315, 316, 318, 320, 321, 322, 325, 5340, 5347, 5348, 5349, 5350, 5351, 5353, 5355, 5357, 5358, 5363, 5368, 5369, 5370, 5371, 5372, 5374, 5376, 5378, 5379, 5380, 5381, 5382, 5384, 5385, 5386, 5849, 5850, 5851, 5852, 5853, 5854, 5855, 5856, 5857, 5858, 5859, 5860, 5861, 6270, 6271, 6272, 6273, 6274, 6275, 6276, 6277, 6278, 6279, 6280, 6281, 6282, 6356, 6357, 6358, 6359, 6360, 6361, 6362, 6363, 6364, 6365, 6366, 6367, 6368]), Anchor::Lits(&[8900, 8916, 9637, 9724, 10451, 10872, 11043, 11132, 11324, 11975, 11976, 12676, 12906, 13212, 13592, 14616, 16731, 16931])])])),
            (233, "risky-step-left-out-of-the-record", Anchor::Any(&[Anchor::Lits(&[1462, 1465, 1467, 1468, 1469, 1471, 1472, 1502, 1505, 1507, 1508, 1509, 1511, 1512, 2415, 2416, 2417, 2445, 2446, 2447, 3530, 3533, 3535, 3536, 3537, 3539, 3540, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3578, 3583, 3585, 3586, 3587, 3591, 3592, 3599, 3602, 3604, 3605, 3606, 3608, 3609, 3612, 3613, 3614, 3616, 3617, 3618, 5239, 5242, 5244, 5245, 5246, 5248, 5249, 5253, 5256, 5258, 5259, 5260, 5262, 5263, 7017, 7018, 7019, 7024, 7030, 7032, 7034, 7036, 7043, 7045, 7207, 7213, 7215, 7217, 7219, 7226, 7228, 10029, 10051, 10053, 10054, 10061, 10065, 10069, 10071, 10075, 10077, 10089, 10095, 10097, 10100, 10109, 10118, 10121, 10122, 10123, 10150, 10282, 10317, 10319, 10320, 10327, 10332, 10336, 10338, 10342, 10344, 10356, 10362, 10364, 10368, 10377, 10386, 10389, 10390, 10391, 10418, 12911, 12931, 12933, 12934, 12940, 12945, 12949, 12951, 12953, 12955, 12965, 12971, 12973, 12975, 12984, 12990, 12993, 12994, 12996, 13022, 13094, 13097, 13098, 13102, 13103, 13105, 13106, 13109, 13110, 13112, 13113, 13114, 13116, 13117, 13122, 13549, 13550, 13551, 13552, 13553, 13554]), Anchor::All(&[Anchor::Lits(&[12377]), Anchor::Lits(&[3923, 4187])])])),
            (234, "governance-skipped", Anchor::Any(&[Anchor::Lits(&[123, 124, 125, 126, 127, 128, 129, 332, 333, 334, 337, 339, 341, 342, 528, 529, 530, 531, 561, 562, 563, 564, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3716, 3717, 3718, 3719, 3720, 3721, 3722, 5738, 5739, 5758, 5759, 11196]), Anchor::All(&[Anchor::Lits(&[9016, 9091, 9093, 9094, 11193, 16007]), Anchor::Lits(&[8745, 8994, 10027, 10280, 11165, 12909, 13092, 14994, 15059, 17311])]), Anchor::All(&[Anchor::Lits(&[8412, 9097, 11200, 14996, 15010, 16460]), Anchor::Lits(&[1393, 1560, 3732, 7159])])])),
            (235, "recovery-prevented", Anchor::Any(&[Anchor::Lits(&[1393, 1560, 3735, 3824, 3827, 3829, 5352, 5354, 5356, 5373, 5375, 5377, 7035, 7218, 10848, 10849, 10850, 10851, 10852, 10853, 10854, 10855, 10856, 10857, 10858, 10859, 10860, 10861, 10862, 10863, 10864, 10865, 10866, 10867, 12147, 12148, 12149, 12150, 12151, 12164, 12174, 12177, 12219, 12220, 13123, 13124, 13125, 13126, 13128, 13136, 13137, 13140, 13145, 13147, 13171, 13172, 13173, 13174, 13176, 13185, 13186, 13190, 13195, 13197, 13249, 13250, 13251, 13252, 13253, 13256, 13257, 13258, 13259, 13260, 16020, 16021, 16022, 16023, 16024, 16025, 16026, 16027, 16028, 16029, 16140, 16141, 16142, 16143, 16144, 16145, 16146, 16147, 16148, 16149, 16170, 16171, 16172, 16173, 16174, 16175, 16176, 16177, 16178, 16179, 16245, 16246, 16247, 16248, 16249, 16250, 16251, 16252, 16253, 16254, 16280, 16281, 16282, 16283, 16285, 16307, 16308, 16309, 16315, 16317, 16466, 16467, 16468, 16469, 16470, 16471, 16472, 16473, 16474, 16475, 16672, 16673, 16674, 16675, 16676, 16677, 16678, 16679, 16680, 16681]), Anchor::All(&[Anchor::Lits(&[14526, 16465]), Anchor::Lits(&[1213, 1621, 4673, 6588, 7050]), Anchor::Lits(&[1, 7729])]), Anchor::All(&[Anchor::Lits(&[14526, 16465]), Anchor::Lits(&[1213, 1621, 4673, 6588, 7050]), Anchor::Lits(&[1, 7729])]), Anchor::All(&[Anchor::Lits(&[4916, 6167]), Anchor::Lits(&[1213, 1621, 4673, 6588, 7050]), Anchor::Lits(&[1, 7729])]), Anchor::All(&[Anchor::Lits(&[3572, 3596, 4849]), Anchor::Lits(&[680, 5331])])])),
            (236, "payload-run-unseen", Anchor::Any(&[Anchor::Lits(&[8519, 8520, 8521, 8522, 8523, 8524, 8525, 8526, 9258, 9259, 9260, 9261, 9262, 9263, 9264, 9265, 9363, 9364, 9365, 9366, 9367, 9368, 9369, 9370, 9716, 9717, 9718, 9719, 9720, 9721, 9722, 9723, 9734, 9735, 9736, 9737, 9738, 9739, 9740, 9741, 10904, 10905, 10906, 10907, 10908, 10909, 10910, 10911, 12273, 12274, 12275, 12276, 12277, 12278, 12279, 12280, 13883, 13884, 13885, 13886, 13887, 13888, 13889, 13890, 13891, 13892, 13893, 13894, 13895, 13896, 13897, 13898, 14516, 14517, 14518, 14519, 14520, 14521, 14522, 14523, 14535, 14536, 14537, 14538, 14539, 14540, 14541, 14542, 16638, 16639, 16648, 16652, 16655, 16656, 16657, 16658, 16744, 16745, 16746, 16747, 16748, 16749, 16750, 16751]), Anchor::All(&[Anchor::Lits(&[8394, 8395, 8397, 8400, 8402, 8403, 8405, 8407, 10635, 10636, 10637, 10638, 10639, 10640, 10641, 10642, 10802, 10803, 10805, 10808, 10810, 10811, 10813, 10815, 14668, 14669, 14671, 14674, 14676, 14677, 14679, 14681]), Anchor::Lits(&[577, 1025, 1206, 1208, 1226, 3116, 4923, 6638, 6657])]), Anchor::All(&[Anchor::Lits(&[955, 2151, 2394, 4406, 4493, 5136, 5332, 5532]), Anchor::Lits(&[300, 304, 308, 319, 5993, 5996, 6000, 6002])])])),
            (237, "audit-record-rigged", Anchor::Any(&[Anchor::Lits(&[15183, 15186, 15187, 15222, 15224, 15231, 15233, 15245, 15246, 15250, 15253, 15254, 15264, 15266, 15272, 15274, 15286, 15287, 15301, 15302, 15303, 15309, 15310, 15311, 15325, 15328, 15330, 15336, 15337, 15339]), Anchor::All(&[Anchor::Lits(&[83, 85, 115, 609, 3278, 4706, 5121]), Anchor::Lits(&[1621, 1764, 1765, 1893, 1895, 1897, 2501, 2503, 2563, 4054, 4822, 5291, 5609]), Anchor::Lits(&[802, 803, 804, 806, 807, 816, 817, 818, 2013, 2022, 2033, 2039, 2041, 2067, 2070, 2090, 2179, 2180, 2183, 2186, 2187, 2213, 2223, 2224, 3897, 3898, 3899, 3900, 3901, 3908, 3911, 3912])]), Anchor::All(&[Anchor::Lits(&[2172, 2174, 2184, 2185, 2188, 2189, 2190, 2192, 2195, 2211, 2212, 2216, 2217, 2218]), Anchor::Lits(&[9371, 11468, 11510, 11522])])])),
            (238, "passed-off-as-ordinary", Anchor::Any(&[Anchor::Lits(&[391, 965, 1908, 2397, 2752, 3208, 3209, 3282, 3836, 4032, 4033, 4178, 4748, 4964, 5135, 5451]), Anchor::All(&[Anchor::Lits(&[828, 830, 832, 833, 834, 1237, 1238, 1239, 1240, 1241, 1616, 1617, 1618, 1619, 1620, 2152, 2153, 2154, 2155, 2156, 3165, 3166, 3167, 3168, 3169, 3565, 3566, 3567, 3568, 3569, 4407, 4408, 4409, 4410, 4411, 4574, 4575, 4576, 4577, 4578, 4787, 4788, 4789, 4790, 4791]), Anchor::Lits(&[292, 680, 966, 1297, 1615, 2478, 2521, 3300, 3475, 3503, 4453, 4963, 5704])])])),
            (240, "new-operating-rules-declared", Anchor::Lits(&[3733, 3734, 3740, 3750, 3753, 3754, 3808, 3809, 3819, 3820, 3825])),
            (241, "earlier-rules-declared-lapsed", Anchor::Lits(&[1633, 1634, 1635, 1636, 1637, 1639, 1641, 1642, 1643, 2134, 2135, 2136, 2137, 2138, 2140, 2141, 2142, 2143, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4592, 4593, 4594, 4595, 4596, 4599, 4601, 4602, 4603, 4609, 4610, 4611, 4612, 4613, 4615, 4617, 4618, 4619])),
            (242, "persona-careless-of-rules", Anchor::Lits(&[3737, 3744, 3749, 3751, 3753, 3806, 3807, 3818, 3819, 3830, 5742, 5746, 5748, 5749, 5753, 5754, 5755, 5756, 5757, 5760, 5788, 5825, 5837, 5862, 5863, 6951, 6955, 6956, 6957, 6961, 6962, 6963, 6964, 6965, 6966, 6969, 6972, 6978, 6986, 6987, 6993, 6994, 6995, 6996, 6997, 6998, 6999, 7000, 7001, 7002, 7003, 7004, 7005, 7006, 7007, 7165, 7174, 7177, 7179, 7181, 7183, 7184, 7186, 7188, 7200, 11705])),
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
_allow_all\
_bypass\
_disable\
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
bypass_guard\
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
disable_guard\
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
insecure_guard\
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
no_guard\
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
skip_guard\
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
unsafe_guard\
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
            ends: &[2, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 48, 60, 72, 86, 95, 117, 126, 137, 161, 177, 183, 196, 212, 221, 238, 254, 256, 259, 262, 265, 268, 271, 274, 276, 278, 280, 282, 290, 297, 304, 310, 313, 320, 327, 336, 344, 352, 360, 368, 376, 384, 394, 405, 416, 420, 427, 432, 437, 444, 452, 460, 467, 472, 477, 483, 489, 495, 501, 506, 511, 522, 527, 532, 538, 544, 554, 563, 569, 575, 588, 597, 606, 611, 616, 621, 626, 631, 636, 657, 673, 689, 694, 698, 705, 712, 720, 741, 746, 751, 754, 762, 772, 778, 790, 804, 827, 833, 840, 847, 854, 861, 868, 875, 881, 887, 890, 892, 900, 905, 917, 922, 931, 938, 942, 953, 957, 962, 966, 974, 984, 991, 1005, 1012, 1023, 1031, 1039, 1048, 1054, 1061, 1066, 1072, 1078, 1084, 1090, 1096, 1102, 1110, 1119, 1128, 1137, 1146, 1155, 1164, 1173, 1183, 1193, 1203, 1213, 1223, 1233, 1238, 1244, 1256, 1261, 1268, 1277, 1287, 1291, 1296, 1302, 1308, 1314, 1320, 1326, 1332, 1340, 1345, 1350, 1355, 1360, 1365, 1370, 1379, 1387, 1394, 1402, 1409, 1414, 1419, 1424, 1429, 1435, 1442, 1449, 1456, 1463, 1470, 1477, 1484, 1490, 1497, 1505, 1513, 1521, 1529, 1537, 1545, 1550, 1555, 1560, 1566, 1581, 1586, 1591, 1603, 1610, 1625, 1633, 1641, 1657, 1672, 1677, 1683, 1689, 1692, 1696, 1700, 1704, 1708, 1712, 1716, 1721, 1733, 1747, 1759, 1767, 1771, 1779, 1787, 1795, 1802, 1809, 1814, 1819, 1825, 1831, 1836, 1841, 1846, 1851, 1856, 1861, 1866, 1868, 1870, 1873, 1876, 1879, 1882, 1885, 1888, 1891, 1894, 1897, 1900, 1903, 1906, 1909, 1917, 1929, 1941, 1955, 1964, 1986, 1995, 2006, 2030, 2046, 2052, 2065, 2081, 2090, 2107, 2123, 2125, 2128, 2131, 2134, 2137, 2140, 2143, 2145, 2147, 2150, 2152, 2154, 2163, 2172, 2180, 2187, 2194, 2200, 2203, 2210, 2217, 2225, 2234, 2242, 2250, 2258, 2266, 2274, 2282, 2292, 2303, 2325, 2336, 2340, 2347, 2354, 2362, 2370, 2377, 2383, 2389, 2395, 2401, 2412, 2418, 2424, 2434, 2443, 2449, 2455, 2468, 2477, 2486, 2491, 2496, 2501, 2506, 2511, 2516, 2521, 2542, 2558, 2574, 2579, 2583, 2590, 2597, 2605, 2626, 2631, 2636, 2639, 2647, 2657, 2661, 2665, 2671, 2683, 2706, 2712, 2718, 2721, 2725, 2731, 2738, 2745, 2752, 2759, 2766, 2773, 2776, 2778, 2786, 2791, 2803, 2808, 2817, 2824, 2828, 2839, 2843, 2848, 2852, 2860, 2870, 2877, 2891, 2898, 2909, 2917, 2925, 2931, 2938, 2943, 2949, 2955, 2961, 2967, 2973, 2979, 2987, 2996, 3005, 3014, 3023, 3032, 3041, 3048, 3057, 3067, 3077, 3087, 3097, 3107, 3117, 3132, 3137, 3141, 3153, 3156, 3160, 3164, 3168, 3171, 3175, 3179, 3184, 3191, 3196, 3205, 3209, 3214, 3220, 3226, 3232, 3238, 3244, 3250, 3258, 3274, 3279, 3284, 3289, 3294, 3299, 3304, 3313, 3321, 3328, 3335, 3344, 3353, 3357, 3363, 3368, 3373, 3380, 3395, 3402, 3409, 3416, 3423, 3430, 3437, 3443, 3450, 3458, 3466, 3474, 3482, 3490, 3498, 3503, 3509, 3524, 3529, 3534, 3546, 3553, 3568, 3576, 3584, 3600, 3615, 3620, 3623, 3627, 3631, 3635, 3639, 3643, 3647, 3652, 3664, 3678, 3690, 3697, 3704, 3707, 3711, 3716, 3722, 3730, 3732, 3734, 3737, 3740, 3743, 3746, 3749, 3752, 3755, 3758, 3761, 3764, 3767, 3770, 3778, 3790, 3802, 3816, 3825, 3847, 3856, 3867, 3891, 3907, 3913, 3926, 3942, 3951, 3968, 3984, 3986, 3989, 3992, 3995, 3998, 4001, 4004, 4006, 4008, 4010, 4012, 4020, 4027, 4034, 4040, 4043, 4050, 4057, 4066, 4074, 4082, 4090, 4098, 4106, 4114, 4124, 4135, 4146, 4150, 4157, 4164, 4172, 4180, 4187, 4193, 4199, 4205, 4211, 4222, 4228, 4234, 4244, 4253, 4259, 4265, 4278, 4287, 4296, 4301, 4306, 4311, 4316, 4321, 4326, 4347, 4363, 4379, 4384, 4388, 4395, 4402, 4410, 4431, 4436, 4441, 4444, 4452, 4462, 4468, 4480, 4503, 4509, 4516, 4523, 4530, 4537, 4544, 4551, 4554, 4556, 4564, 4569, 4581, 4586, 4595, 4602, 4606, 4617, 4621, 4626, 4630, 4638, 4648, 4655, 4669, 4676, 4687, 4695, 4703, 4709, 4716, 4721, 4727, 4733, 4739, 4745, 4751, 4757, 4765, 4774, 4783, 4792, 4801, 4810, 4819, 4828, 4838, 4848, 4858, 4868, 4878, 4888, 4893, 4905, 4910, 4917, 4926, 4930, 4935, 4941, 4947, 4953, 4959, 4965, 4971, 4979, 4984, 4989, 4994, 4999, 5004, 5009, 5018, 5026, 5033, 5040, 5046, 5053, 5060, 5067, 5074, 5081, 5088, 5095, 5101, 5108, 5116, 5124, 5132, 5140, 5148, 5156, 5161, 5167, 5182, 5187, 5192, 5204, 5211, 5226, 5234, 5242, 5258, 5273, 5278, 5281, 5285, 5289, 5293, 5297, 5301, 5305, 5310, 5322, 5336, 5348, 5352, 5360, 5362, 5364, 5367, 5370, 5373, 5376, 5379, 5382, 5385, 5388, 5391, 5394, 5397, 5400, 5408, 5420, 5432, 5446, 5455, 5477, 5486, 5497, 5521, 5537, 5543, 5556, 5572, 5581, 5598, 5614, 5616, 5619, 5622, 5625, 5628, 5631, 5634, 5636, 5638, 5640, 5642, 5650, 5657, 5664, 5670, 5673, 5680, 5687, 5696, 5704, 5712, 5720, 5728, 5736, 5744, 5754, 5765, 5776, 5780, 5787, 5794, 5802, 5810, 5817, 5823, 5829, 5835, 5841, 5852, 5858, 5864, 5874, 5883, 5889, 5895, 5908, 5917, 5926, 5931, 5936, 5941, 5946, 5951, 5956, 5977, 5993, 6009, 6014, 6018, 6025, 6032, 6040, 6061, 6066, 6071, 6074, 6082, 6092, 6098, 6110, 6133, 6139, 6146, 6153, 6160, 6167, 6174, 6181, 6184, 6186, 6194, 6199, 6211, 6216, 6225, 6232, 6236, 6247, 6251, 6256, 6260, 6268, 6278, 6285, 6299, 6306, 6317, 6325, 6333, 6339, 6346, 6351, 6357, 6363, 6369, 6375, 6381, 6387, 6395, 6404, 6413, 6422, 6431, 6440, 6449, 6458, 6468, 6478, 6488, 6498, 6508, 6518, 6523, 6535, 6540, 6547, 6556, 6560, 6565, 6571, 6577, 6583, 6589, 6595, 6601, 6609, 6614, 6619, 6624, 6629, 6634, 6639, 6648, 6656, 6663, 6670, 6676, 6683, 6690, 6697, 6704, 6711, 6718, 6725, 6731, 6738, 6746, 6754, 6762, 6770, 6778, 6786, 6791, 6797, 6812, 6817, 6822, 6834, 6841, 6856, 6864, 6872, 6888, 6903, 6908, 6911, 6915, 6919, 6923, 6927, 6931, 6935, 6940, 6952, 6966, 6978, 6982, 6990, 6992, 6994, 6997, 7000, 7003, 7006, 7009, 7012, 7015, 7018, 7021, 7024, 7027, 7030, 7038, 7050, 7062, 7076, 7085, 7107, 7116, 7127, 7151, 7167, 7173, 7186, 7202, 7211, 7228, 7244, 7246, 7249, 7252, 7255, 7258, 7261, 7264, 7266, 7268, 7270, 7272, 7280, 7287, 7294, 7300, 7303, 7310, 7317, 7326, 7334, 7342, 7350, 7358, 7366, 7374, 7384, 7395, 7406, 7410, 7417, 7424, 7432, 7440, 7447, 7453, 7459, 7465, 7471, 7482, 7488, 7494, 7504, 7513, 7519, 7525, 7538, 7547, 7556, 7561, 7566, 7571, 7576, 7581, 7586, 7607, 7623, 7639, 7644, 7648, 7655, 7662, 7670, 7691, 7696, 7701, 7704, 7712, 7722, 7728, 7740, 7763, 7769, 7776, 7783, 7790, 7797, 7804, 7811, 7814, 7816, 7824, 7829, 7841, 7846, 7855, 7862, 7866, 7877, 7881, 7886, 7890, 7898, 7908, 7915, 7929, 7936, 7947, 7955, 7963, 7969, 7976, 7981, 7987, 7993, 7999, 8005, 8011, 8017, 8025, 8034, 8043, 8052, 8061, 8070, 8079, 8088, 8098, 8108, 8118, 8128, 8138, 8148, 8153, 8165, 8170, 8177, 8186, 8190, 8195, 8201, 8207, 8213, 8219, 8225, 8231, 8239, 8244, 8249, 8254, 8259, 8264, 8269, 8278, 8286, 8293, 8300, 8306, 8313, 8320, 8327, 8334, 8341, 8348, 8355, 8361, 8368, 8376, 8384, 8392, 8400, 8408, 8416, 8421, 8427, 8442, 8447, 8452, 8464, 8471, 8486, 8494, 8502, 8518, 8533, 8538, 8541, 8545, 8549, 8553, 8557, 8561, 8565, 8570, 8582, 8596, 8608, 8612, 8620, 8622, 8624, 8627, 8630, 8633, 8636, 8639, 8642, 8645, 8648, 8651, 8654, 8657, 8660, 8663, 8671, 8683, 8695, 8709, 8718, 8740, 8749, 8760, 8784, 8800, 8806, 8819, 8835, 8844, 8861, 8877, 8879, 8882, 8885, 8888, 8891, 8894, 8897, 8899, 8901, 8904, 8906, 8908, 8917, 8926, 8934, 8941, 8948, 8954, 8957, 8964, 8971, 8978, 8992, 9000, 9009, 9017, 9025, 9033, 9041, 9049, 9057, 9067, 9078, 9100, 9111, 9115, 9122, 9132, 9140, 9145, 9150, 9157, 9165, 9174, 9181, 9189, 9204, 9212, 9219, 9224, 9229, 9235, 9241, 9247, 9253, 9258, 9263, 9274, 9279, 9284, 9290, 9296, 9306, 9317, 9328, 9337, 9343, 9349, 9362, 9371, 9380, 9389, 9395, 9402, 9407, 9412, 9417, 9422, 9427, 9432, 9437, 9458, 9474, 9490, 9495, 9499, 9510, 9521, 9528, 9535, 9543, 9564, 9569, 9574, 9579, 9582, 9590, 9600, 9604, 9608, 9614, 9626, 9639, 9653, 9676, 9682, 9688, 9691, 9695, 9701, 9708, 9715, 9722, 9729, 9736, 9743, 9749, 9755, 9758, 9760, 9768, 9773, 9785, 9790, 9799, 9806, 9810, 9821, 9825, 9830, 9834, 9842, 9846, 9856, 9863, 9877, 9884, 9895, 9903, 9911, 9920, 9926, 9933, 9938, 9944, 9950, 9956, 9962, 9968, 9974, 9982, 9991, 10000, 10009, 10018, 10027, 10036, 10043, 10052, 10062, 10072, 10082, 10092, 10102, 10112, 10127, 10132, 10138, 10146, 10150, 10162, 10165, 10169, 10173, 10177, 10180, 10184, 10188, 10193, 10200, 10205, 10214, 10224, 10228, 10233, 10239, 10245, 10251, 10257, 10263, 10269, 10280, 10292, 10300, 10316, 10323, 10328, 10333, 10338, 10343, 10348, 10353, 10362, 10369, 10377, 10385, 10392, 10400, 10408, 10415, 10420, 10425, 10430, 10435, 10448, 10457, 10470, 10479, 10483, 10489, 10494, 10499, 10505, 10516, 10523, 10538, 10547, 10557, 10564, 10571, 10578, 10585, 10592, 10599, 10605, 10612, 10620, 10628, 10636, 10644, 10652, 10660, 10665, 10670, 10675, 10681, 10696, 10701, 10706, 10718, 10725, 10738, 10753, 10761, 10769, 10785, 10800, 10805, 10811, 10817, 10828, 10846, 10849, 10853, 10857, 10861, 10865, 10869, 10873, 10878, 10890, 10904, 10916, 10923, 10930, 10933, 10941, 10945, 10950, 10956, 10964, 10972, 10980, 10987, 10994, 10999, 11004, 11010, 11016, 11021, 11026, 11031, 11036, 11041, 11046, 11051, 11052, 11054, 11057, 11060, 11070, 11080, 11090, 11097, 11105, 11114, 11115, 11117, 11119, 11125, 11128, 11138, 11142, 11149, 11157, 11164, 11174, 11178, 11182, 11195, 11208, 11221, 11225, 11231, 11243, 11255, 11267, 11274, 11277, 11280, 11283, 11284, 11286, 11288, 11290, 11292, 11294, 11296, 11298, 11301, 11304, 11308, 11312, 11322, 11325, 11330, 11335, 11340, 11345, 11350, 11355, 11358, 11361, 11365, 11369, 11373, 11377, 11381, 11385, 11390, 11395, 11400, 11401, 11403, 11404, 11406, 11409, 11412, 11413, 11416, 11424, 11434, 11446, 11453, 11454, 11456, 11458, 11460, 11462, 11464, 11466, 11468, 11475, 11479, 11490, 11501, 11506, 11515, 11523, 11532, 11540, 11554, 11572, 11587, 11605, 11620, 11639, 11655, 11672, 11690, 11700, 11705, 11715, 11720, 11727, 11737, 11747, 11758, 11770, 11783, 11794, 11806, 11818, 11830, 11842, 11854, 11866, 11881, 11893, 11905, 11916, 11924, 11938, 11952, 11966, 11980, 11994, 12008, 12014, 12016, 12019, 12021, 12023, 12026, 12029, 12032, 12035, 12038, 12041, 12044, 12047, 12052, 12057, 12062, 12064, 12066, 12068, 12070, 12072, 12074, 12076, 12078, 12080, 12082, 12085, 12087, 12094, 12098, 12109, 12114, 12122, 12131, 12139, 12144, 12149, 12156, 12158, 12165, 12169, 12180, 12185, 12193, 12202, 12210, 12215, 12220, 12227, 12230, 12233, 12236, 12239, 12241, 12244, 12247, 12250, 12252, 12254, 12263, 12265, 12271, 12272, 12274, 12278, 12282, 12286, 12287, 12289, 12292, 12293, 12295, 12296, 12298, 12299, 12301, 12302, 12304, 12305, 12307, 12308, 12310, 12311, 12313, 12314, 12317, 12320, 12321, 12323, 12325, 12327, 12329, 12331, 12333, 12336, 12339, 12342, 12345, 12348, 12351, 12359, 12367, 12375, 12383, 12391, 12399, 12407, 12419, 12431, 12443, 12455, 12467, 12479, 12491, 12503, 12515, 12527, 12539, 12551, 12563, 12575, 12589, 12603, 12617, 12631, 12645, 12659, 12673, 12682, 12691, 12700, 12709, 12718, 12727, 12736, 12758, 12780, 12802, 12824, 12846, 12868, 12890, 12899, 12908, 12917, 12926, 12935, 12944, 12953, 12964, 12975, 12986, 12997, 13008, 13019, 13030, 13054, 13078, 13102, 13126, 13150, 13174, 13198, 13202, 13218, 13234, 13250, 13266, 13282, 13298, 13314, 13320, 13326, 13332, 13338, 13344, 13350, 13356, 13369, 13382, 13395, 13408, 13421, 13434, 13447, 13456, 13465, 13474, 13483, 13492, 13501, 13517, 13533, 13549, 13565, 13581, 13597, 13613, 13622, 13639, 13656, 13673, 13690, 13707, 13724, 13741, 13757, 13773, 13789, 13805, 13821, 13837, 13853, 13855, 13862, 13869, 13876, 13883, 13890, 13897, 13904, 13907, 13916, 13927, 13938, 13949, 13960, 13971, 13982, 13993, 14004, 14015, 14026, 14037, 14048, 14059, 14070, 14083, 14096, 14109, 14122, 14135, 14148, 14161, 14182, 14198, 14214, 14222, 14230, 14238, 14246, 14254, 14262, 14270, 14291, 14312, 14333, 14354, 14375, 14396, 14417, 14425, 14433, 14441, 14449, 14457, 14465, 14473, 14483, 14493, 14503, 14513, 14523, 14533, 14543, 14547, 14570, 14593, 14616, 14639, 14662, 14685, 14708, 14720, 14723, 14738, 14753, 14768, 14783, 14798, 14813, 14828, 14833, 14838, 14843, 14848, 14853, 14858, 14863, 14875, 14887, 14899, 14911, 14923, 14935, 14947, 14955, 14963, 14971, 14979, 14987, 14995, 15010, 15025, 15040, 15055, 15070, 15085, 15100, 15108, 15124, 15140, 15156, 15172, 15188, 15204, 15220, 15235, 15250, 15265, 15280, 15295, 15310, 15325, 15337, 15351, 15363, 15365, 15366, 15368, 15371, 15373, 15376, 15379, 15380, 15386, 15389, 15394, 15404, 15408, 15415, 15423, 15430, 15440, 15447, 15452, 15464, 15468, 15477, 15485, 15489, 15495, 15504, 15512, 15524, 15534, 15541, 15549, 15556, 15562, 15563, 15565, 15567, 15569, 15571, 15573, 15575, 15577, 15584, 15591, 15598, 15605, 15612, 15619, 15626, 15629, 15641, 15653, 15658, 15663, 15668, 15673, 15678, 15683, 15688, 15693, 15698, 15703, 15708, 15713, 15718, 15726, 15734, 15742, 15750, 15758, 15766, 15774, 15783, 15787, 15791, 15795, 15799, 15803, 15807, 15808, 15810, 15812, 15813, 15815, 15825, 15832, 15840, 15845, 15854, 15858, 15862, 15872, 15877, 15884, 15887, 15890, 15892, 15894, 15896, 15898, 15900, 15902, 15909, 15916, 15923, 15928, 15935, 15943, 15953, 15959, 15966, 15973, 15985, 15996, 16007, 16014, 16026, 16036, 16046, 16056, 16066, 16076, 16086, 16096, 16106, 16116, 16126, 16136, 16146, 16164, 16179, 16195, 16211, 16227, 16238, 16255, 16265, 16272, 16279, 16286, 16289, 16293, 16297, 16303, 16309, 16314, 16319, 16325, 16331, 16342, 16353, 16371, 16384, 16398, 16410, 16423, 16429, 16435, 16449, 16468, 16487, 16513, 16534, 16556, 16576, 16597, 16604, 16614, 16619, 16625, 16631, 16637, 16643, 16649, 16655, 16661, 16667, 16673, 16679, 16685, 16692, 16699, 16706, 16713, 16720, 16727, 16734, 16741, 16749, 16757, 16765, 16773, 16781, 16789, 16797, 16805, 16812, 16819, 16826, 16833, 16840, 16847, 16854, 16861, 16868, 16875, 16886, 16893, 16898, 16910, 16919, 16921, 16924, 16927, 16930, 16933, 16936, 16939, 16947, 16955, 16964, 16976, 16984, 16994, 17000, 17008, 17019, 17028, 17035, 17046, 17059, 17072, 17087, 17090, 17093, 17096, 17104, 17112, 17121, 17133, 17141, 17151, 17157, 17165, 17176, 17185, 17192, 17203, 17216, 17229, 17244, 17247, 17251, 17255, 17268, 17276, 17288, 17295, 17306, 17316, 17325, 17333, 17341, 17350, 17357, 17363, 17376, 17388, 17393, 17400, 17413, 17419, 17422, 17425, 17433, 17445, 17451, 17462, 17469, 17480, 17485, 17493, 17500, 17504, 17508, 17512, 17516, 17520, 17524, 17528, 17532, 17536, 17544, 17550, 17555, 17558, 17562, 17566, 17570, 17574, 17578, 17582, 17589, 17596, 17603, 17608, 17617, 17627, 17637, 17646, 17656, 17663, 17673, 17682, 17690, 17700, 17715, 17724, 17729, 17732, 17735, 17738, 17741, 17744, 17747, 17756, 17765, 17774, 17783, 17792, 17801, 17810, 17819, 17828, 17840, 17849, 17859, 17869, 17879, 17889, 17899, 17909, 17919, 17929, 17939, 17949, 17959, 17969, 17973, 17977, 17981, 17985, 17989, 17993, 17999, 18003, 18012, 18018, 18025, 18032, 18038, 18046, 18052, 18060, 18069, 18078, 18087, 18096, 18105, 18114, 18123, 18132, 18141, 18154, 18170, 18186, 18202, 18218, 18234, 18250, 18266, 18276, 18286, 18296, 18306, 18316, 18326, 18336, 18346, 18353, 18361, 18371, 18380, 18388, 18400, 18404, 18408, 18412, 18416, 18420, 18424, 18429, 18434, 18443, 18453, 18463, 18473, 18483, 18493, 18503, 18513, 18523, 18534, 18545, 18556, 18567, 18578, 18589, 18600, 18611, 18617, 18623, 18630, 18637, 18643, 18652, 18662, 18672, 18682, 18692, 18702, 18712, 18722, 18732, 18742, 18752, 18763, 18774, 18794, 18809, 18828, 18842, 18860, 18877, 18893, 18908, 18923, 18939, 18953, 18966, 18986, 19005, 19017, 19031, 19051, 19064, 19074, 19084, 19098, 19109, 19120, 19131, 19142, 19153, 19164, 19175, 19186, 19197, 19208, 19218, 19229, 19240, 19251, 19262, 19273, 19284, 19295, 19306, 19318, 19330, 19342, 19354, 19366, 19378, 19390, 19402, 19408, 19413, 19419, 19427, 19435, 19445, 19455, 19465, 19475, 19485, 19495, 19500, 19505, 19510, 19515, 19520, 19525, 19535, 19540, 19546, 19552, 19558, 19564, 19570, 19576, 19582, 19588, 19594, 19604, 19614, 19624, 19634, 19644, 19654, 19664, 19674, 19682, 19691, 19700, 19709, 19718, 19727, 19736, 19745, 19754, 19768, 19789, 19796, 19806, 19816, 19828, 19839, 19848, 19858, 19868, 19878, 19884, 19890, 19896, 19902, 19908, 19914, 19921, 19928, 19935, 19942, 19949, 19956, 19963, 19970, 19978, 19985, 19991, 19999, 20003, 20009, 20013, 20026, 20031, 20037, 20043, 20049, 20055, 20061, 20067, 20072, 20075, 20079, 20083, 20087, 20091, 20095, 20099, 20103, 20107, 20111, 20115, 20120, 20125, 20130, 20135, 20140, 20145, 20150, 20155, 20160, 20165, 20175, 20186, 20197, 20207, 20213, 20221, 20226, 20231, 20247, 20267, 20273, 20280, 20295, 20307, 20320, 20333, 20348, 20361, 20373, 20389, 20405, 20418, 20432, 20447, 20449, 20453, 20459, 20467, 20471, 20478, 20485, 20492, 20498, 20502, 20509, 20516, 20523, 20529, 20531, 20540, 20546, 20562, 20566, 20573, 20580, 20587, 20595, 20603, 20611, 20620, 20629, 20638, 20644, 20650, 20656, 20661, 20666, 20672, 20679, 20686, 20693, 20700, 20707, 20714, 20721, 20728, 20735, 20743, 20751, 20759, 20767, 20775, 20783, 20791, 20799, 20807, 20812, 20820, 20827, 20832, 20841, 20846, 20858, 20870, 20877, 20885, 20893, 20901, 20909, 20917, 20925, 20933, 20941, 20949, 20957, 20965, 20973, 20989, 21002, 21016, 21030, 21044, 21053, 21062, 21071, 21080, 21089, 21098, 21107, 21122, 21130, 21137, 21144, 21151, 21159, 21167, 21175, 21183, 21191, 21199, 21207, 21215, 21227, 21240, 21253, 21266, 21279, 21292, 21305, 21318, 21331, 21345, 21359, 21373, 21387, 21401, 21415, 21429, 21443, 21452, 21461, 21468, 21475, 21481, 21487, 21494, 21502, 21510, 21518, 21526, 21534, 21542, 21550, 21558, 21566, 21575, 21584, 21593, 21602, 21611, 21620, 21629, 21638, 21647, 21651, 21656, 21661, 21666, 21672, 21679, 21686, 21693, 21700, 21707, 21714, 21721, 21728, 21735, 21747, 21755, 21763, 21771, 21779, 21787, 21795, 21803, 21811, 21819, 21825, 21832, 21839, 21850, 21856, 21865, 21874, 21883, 21886, 21890, 21899, 21904, 21907, 21911, 21916, 21921, 21926, 21931, 21941, 21952, 21957, 21962, 21967, 21972, 21977, 21982, 21988, 21995, 22005, 22015, 22025, 22034, 22043, 22050, 22056, 22065, 22075, 22085, 22100, 22115, 22137, 22154, 22172, 22188, 22205, 22215, 22218, 22227, 22237, 22247, 22257, 22267, 22277, 22287, 22297, 22307, 22317, 22327, 22337, 22347, 22365, 22380, 22396, 22412, 22428, 22439, 22450, 22461, 22472, 22483, 22494, 22505, 22522, 22532, 22539, 22555, 22568, 22582, 22596, 22612, 22626, 22639, 22656, 22667, 22684, 22698, 22713, 22729, 22737, 22747, 22757, 22767, 22776, 22786, 22796, 22806, 22815, 22824, 22831, 22840, 22850, 22859, 22865, 22875, 22887, 22901, 22915, 22929, 22934, 22943, 22954, 22967, 22980, 22993, 22997, 23004, 23008, 23016, 23026, 23038, 23050, 23062, 23070, 23074, 23079, 23084, 23095, 23102, 23112, 23120, 23124, 23131, 23137, 23142, 23147, 23152, 23157, 23162, 23167, 23173, 23180, 23187, 23195, 23203, 23211, 23218, 23223, 23229, 23237, 23246, 23255, 23263, 23271, 23279, 23287, 23295, 23303, 23311, 23319, 23327, 23335, 23343, 23351, 23367, 23380, 23394, 23408, 23422, 23431, 23446, 23454, 23461, 23472, 23480, 23488, 23497, 23506, 23515, 23524, 23533, 23542, 23551, 23560, 23565, 23570, 23575, 23581, 23588, 23595, 23603, 23611, 23620, 23629, 23635, 23641, 23647, 23653, 23659, 23665, 23671, 23680, 23688, 23698, 23702, 23708, 23715, 23726, 23732, 23737, 23746, 23756, 23762, 23768, 23775, 23782, 23789, 23796, 23802, 23809, 23816, 23823, 23829, 23835, 23840, 23847, 23853, 23860, 23867, 23874, 23881, 23888, 23895, 23902, 23909, 23917, 23925, 23933, 23941, 23949, 23957, 23965, 23973, 23982, 23992, 24002, 24012, 24018, 24025, 24032, 24037, 24042, 24047, 24053, 24060, 24066, 24071, 24091, 24111, 24126, 24143, 24158, 24175, 24195, 24215, 24230, 24247, 24262, 24279, 24299, 24320, 24341, 24362, 24383, 24404, 24425, 24446, 24466, 24481, 24497, 24513, 24529, 24545, 24561, 24577, 24593, 24610, 24625, 24641, 24657, 24673, 24689, 24705, 24721, 24737, 24754, 24771, 24788, 24805, 24822, 24839, 24856, 24873, 24892, 24911, 24925, 24941, 24955, 24971, 24975, 24979, 24983, 24987, 24991, 24995, 25001, 25007, 25013, 25017, 25021, 25028, 25036, 25040, 25044, 25049, 25054, 25059, 25064, 25069, 25074, 25078, 25081, 25087, 25093, 25105, 25108, 25112, 25116, 25120, 25124, 25128, 25132, 25141, 25154, 25161, 25170, 25180, 25188, 25192, 25196, 25205, 25218, 25225, 25234, 25244, 25252, 25256, 25264, 25276, 25282, 25290, 25295, 25300, 25305, 25310, 25315, 25320, 25325, 25330, 25335, 25344, 25351, 25356, 25362, 25368, 25375, 25380, 25385, 25391, 25397, 25403, 25409, 25415, 25421, 25427, 25433, 25443, 25453, 25463, 25473, 25483, 25493, 25503, 25513, 25524, 25535, 25546, 25557, 25568, 25579, 25590, 25601, 25608, 25615, 25622, 25629, 25636, 25643, 25650, 25657, 25663, 25668, 25673, 25678, 25683, 25688, 25693, 25701, 25705, 25709, 25713, 25717, 25721, 25725, 25729, 25734, 25742, 25747, 25752, 25757, 25762, 25767, 25772, 25778, 25786, 25793, 25799, 25804, 25808, 25812, 25816, 25820, 25824, 25828, 25831, 25834, 25837, 25840, 25843, 25846, 25852, 25859, 25866, 25873, 25878, 25883, 25888, 25893, 25898, 25903, 25911, 25919, 25927, 25935, 25943, 25951, 25958, 25962, 25967, 25971, 25978, 25986, 25998, 26012, 26025, 26030, 26034, 26036, 26039, 26042, 26045, 26048, 26051, 26054, 26062, 26070, 26079, 26087, 26097, 26108, 26121, 26134, 26149, 26157, 26165, 26174, 26182, 26192, 26203, 26216, 26229, 26244, 26247, 26250, 26257, 26260, 26263, 26266, 26269, 26272, 26275, 26278, 26284, 26291, 26294, 26300, 26308, 26313, 26316, 26327, 26337, 26347, 26357, 26368, 26380, 26390, 26397, 26405, 26408, 26417, 26423, 26432, 26448, 26464, 26480, 26496, 26512, 26528, 26544, 26560, 26577, 26591, 26606, 26621, 26638, 26653, 26667, 26685, 26703, 26718, 26734, 26751, 26757, 26762, 26769, 26780, 26792, 26804, 26816, 26828, 26840, 26852, 26864, 26876, 26888, 26900, 26912, 26924, 26944, 26961, 26979, 26997, 27015, 27028, 27041, 27054, 27067, 27080, 27093, 27106, 27119, 27132, 27145, 27158, 27171, 27184, 27205, 27226, 27244, 27263, 27282, 27301, 27315, 27329, 27343, 27357, 27371, 27385, 27399, 27419, 27432, 27451, 27463, 27486, 27510, 27521, 27529, 27534, 27541, 27544, 27547, 27550, 27553, 27556, 27559, 27564, 27569, 27578, 27581, 27584, 27587, 27590, 27593, 27596, 27604, 27612, 27621, 27629, 27639, 27650, 27663, 27676, 27691, 27699, 27707, 27716, 27724, 27734, 27745, 27758, 27771, 27786, 27789, 27792, 27796, 27801, 27806, 27812, 27818, 27843, 27848, 27852, 27866, 27874, 27889, 27893, 27899, 27905, 27910, 27913, 27917, 27921, 27926, 27934, 27942, 27950, 27959, 27968, 27977, 27981, 27987, 27991, 27995, 28000, 28003, 28007, 28011, 28015, 28019, 28023, 28027, 28036, 28049, 28056, 28065, 28075, 28083, 28087, 28091, 28100, 28113, 28120, 28133, 28148, 28157, 28165, 28175, 28185, 28193, 28201, 28205, 28209, 28222, 28237, 28245, 28255, 28263, 28271, 28283, 28289, 28301, 28315, 28323, 28330, 28339, 28344, 28349, 28354, 28359, 28364, 28369, 28374, 28379, 28384, 28389, 28398, 28405, 28412, 28419, 28425, 28431, 28437, 28441, 28446, 28454, 28458, 28463, 28468, 28475, 28484, 28491, 28498, 28503, 28513, 28523, 28533, 28538, 28542, 28549, 28552, 28559, 28564, 28569, 28574, 28579, 28584, 28589, 28595, 28601, 28607, 28613, 28619, 28625, 28634, 28643, 28652, 28661, 28670, 28679, 28687, 28695, 28703, 28711, 28719, 28727, 28732, 28741, 28750, 28759, 28767, 28774, 28782, 28790, 28798, 28806, 28814, 28822, 28831, 28840, 28849, 28858, 28867, 28876, 28886, 28896, 28906, 28916, 28926, 28936, 28939, 28957, 28963, 28968, 28973, 28978, 28983, 28988, 28993, 28998, 29003, 29008, 29013, 29018, 29023, 29036, 29046, 29057, 29068, 29079, 29084, 29090, 29096, 29102, 29108, 29114, 29120, 29126, 29133, 29140, 29147, 29154, 29161, 29168, 29174, 29181, 29188, 29195, 29202, 29209, 29216, 29222, 29229, 29236, 29243, 29250, 29257, 29264, 29271, 29278, 29285, 29292, 29299, 29306, 29313, 29320, 29328, 29336, 29344, 29352, 29360, 29368, 29376, 29384, 29392, 29400, 29408, 29416, 29424, 29432, 29440, 29448, 29455, 29462, 29469, 29476, 29483, 29490, 29497, 29504, 29512, 29520, 29528, 29536, 29544, 29552, 29560, 29568, 29575, 29582, 29589, 29596, 29603, 29610, 29617, 29624, 29631, 29637, 29649, 29654, 29660, 29668, 29676, 29684, 29692, 29700, 29708, 29716, 29724, 29733, 29742, 29751, 29760, 29769, 29778, 29787, 29796, 29800, 29805, 29810, 29822, 29834, 29845, 29849, 29852, 29855, 29858, 29861, 29864, 29867, 29877, 29887, 29897, 29907, 29917, 29927, 29929, 29933, 29939, 29946, 29960, 29965, 29978, 29993, 30003, 30014, 30024, 30035, 30040, 30054, 30063, 30071, 30084, 30094, 30107, 30116, 30134, 30149, 30167, 30181, 30201, 30214, 30228, 30244, 30262, 30272, 30287, 30295, 30299, 30303, 30307, 30310, 30314, 30318, 30322, 30325, 30328, 30339, 30347, 30356, 30365, 30376, 30385, 30393, 30405, 30417, 30426, 30436, 30447, 30451, 30457, 30463, 30469, 30474, 30480, 30486, 30492, 30497, 30502, 30506, 30511, 30516, 30521, 30526, 30531, 30536, 30542, 30548, 30554, 30560, 30566, 30572, 30577, 30582, 30587, 30592, 30597, 30602, 30607, 30612, 30617, 30622, 30627, 30632, 30645, 30655, 30666, 30677, 30688, 30694, 30700, 30706, 30712, 30718, 30724, 30730, 30742, 30747, 30753, 30759, 30765, 30771, 30777, 30783, 30789, 30797, 30801, 30806, 30817, 30829, 30841, 30853, 30865, 30877, 30889, 30901, 30904, 30907, 30916, 30921, 30926, 30931, 30935, 30940, 30945, 30950, 30954, 30958, 30960, 30968, 30975, 30979, 30984, 30989, 30994, 30999, 31004, 31009, 31016, 31023, 31030, 31036, 31043, 31049, 31055, 31061, 31067, 31073, 31079, 31086, 31093, 31100, 31107, 31114, 31121, 31124, 31132, 31136, 31140, 31144, 31148, 31152, 31156, 31164, 31170, 31178, 31187, 31196, 31205, 31214, 31223, 31232, 31245, 31254, 31263, 31272, 31281, 31290, 31299, 31308, 31325, 31339, 31354, 31369, 31384, 31394, 31410, 31419, 31428, 31434, 31438, 31442, 31446, 31450, 31454, 31458, 31463, 31468, 31473, 31478, 31483, 31488, 31503, 31513, 31523, 31533, 31543, 31553, 31563, 31570, 31576, 31584, 31589, 31597, 31605, 31617, 31622, 31627, 31630, 31639, 31648, 31657, 31666, 31682, 31691, 31694, 31698, 31702, 31711, 31724, 31729, 31734, 31742, 31748, 31760, 31764, 31774, 31784, 31794, 31799, 31808, 31817, 31826, 31836, 31843, 31852, 31862, 31872, 31880, 31888, 31895, 31903, 31906, 31909, 31912, 31915, 31918, 31921, 31925, 31929, 31933, 31937, 31941, 31945, 31950, 31955, 31960, 31965, 31970, 31975, 31981, 31988, 31995, 32002, 32009, 32016, 32023, 32043, 32063, 32083, 32103, 32123, 32143, 32150, 32155, 32159, 32162, 32166, 32170, 32173, 32180, 32190, 32200, 32210, 32217, 32227, 32237, 32247, 32252, 32262, 32272, 32278, 32284, 32288, 32292, 32296, 32306, 32316, 32326, 32336, 32346, 32356, 32366, 32376, 32385, 32394, 32400, 32407, 32416, 32425, 32434, 32443, 32452, 32461, 32470, 32479, 32484, 32489, 32494, 32503, 32509, 32515, 32522, 32529, 32536, 32543, 32550, 32557, 32564, 32571, 32580, 32590, 32600, 32610, 32620, 32630, 32640, 32650, 32660, 32666, 32671, 32680, 32689, 32698, 32707, 32716, 32725, 32734, 32743, 32752, 32761, 32770, 32779, 32789, 32799, 32809, 32819, 32829, 32839, 32845, 32852, 32861, 32866, 32872, 32880, 32888, 32896, 32904, 32912, 32920, 32928, 32936, 32944, 32952, 32960, 32968, 32984, 32997, 33007, 33025, 33039, 33053, 33067, 33076, 33085, 33094, 33103, 33112, 33121, 33130, 33145, 33153, 33159, 33166, 33173, 33184, 33190, 33197, 33204, 33210, 33218, 33224, 33234, 33244, 33254, 33263, 33271, 33283, 33295, 33307, 33318, 33325, 33331, 33339, 33343, 33348, 33352, 33357, 33367, 33377, 33394, 33406, 33419, 33430, 33442, 33447, 33450, 33454, 33458, 33462, 33472, 33482, 33486, 33490, 33493, 33502, 33509, 33510, 33515, 33525, 33535, 33545, 33555, 33565, 33575, 33585, 33595, 33601, 33608, 33615, 33622, 33629, 33636, 33643, 33650, 33657, 33671, 33685, 33699, 33713, 33727, 33741, 33755, 33769, 33777, 33784, 33792, 33800, 33808, 33816, 33824, 33832, 33840, 33848, 33861, 33874, 33887, 33900, 33913, 33926, 33939, 33952, 33961, 33970, 33979, 33988, 33997, 34006, 34015, 34024, 34027, 34033, 34040, 34043, 34049, 34055, 34062, 34069, 34076, 34084, 34093, 34107, 34120, 34123, 34129, 34135, 34146, 34157, 34161, 34166, 34171, 34176, 34181, 34186, 34191, 34200, 34208, 34216, 34219, 34223, 34228, 34233, 34239, 34245, 34251, 34257, 34263, 34269, 34279, 34289, 34299, 34309, 34319, 34329, 34336, 34341, 34345, 34351, 34355, 34359, 34364, 34369, 34373, 34386, 34396, 34407, 34418, 34431, 34442, 34452, 34466, 34480, 34491, 34503, 34516, 34521, 34532, 34543, 34547, 34560, 34565, 34570, 34574, 34580, 34585, 34590, 34596, 34600, 34610, 34620, 34637, 34649, 34662, 34673, 34685, 34690, 34700, 34710, 34719, 34730, 34741, 34752, 34762, 34770, 34774, 34781, 34787, 34791, 34794, 34804, 34812, 34818, 34825, 34832, 34839, 34846, 34853, 34860, 34872, 34884, 34903, 34917, 34932, 34947, 34960, 34974, 34988, 34995, 35002, 35009, 35022, 35029, 35036, 35050, 35063, 35085, 35094, 35099, 35104, 35109, 35114, 35118, 35127, 35136, 35141, 35146, 35153, 35157, 35164, 35171, 35182, 35191, 35203, 35215, 35224, 35232, 35236, 35240, 35244, 35248, 35252, 35256, 35260, 35264, 35268, 35272, 35276, 35280, 35288, 35291, 35294, 35297, 35300, 35303, 35306, 35315, 35324, 35333, 35338, 35354, 35370, 35381, 35394, 35405, 35418, 35434, 35450, 35461, 35474, 35485, 35498, 35514, 35530, 35541, 35553, 35565, 35577, 35589, 35601, 35613, 35625, 35638, 35652, 35666, 35680, 35694, 35708, 35722, 35736, 35747, 35759, 35771, 35783, 35795, 35807, 35819, 35831, 35844, 35859, 35874, 35884, 35896, 35906, 35918, 35923, 35931, 35942, 35951, 35962, 35970, 35986, 35996, 36006, 36016, 36025, 36032, 36040, 36049, 36058, 36067, 36076, 36085, 36094, 36103, 36112, 36118, 36122, 36130, 36135, 36140, 36145, 36154, 36164, 36174, 36191, 36198, 36206, 36222, 36238, 36254, 36270, 36286, 36302, 36308, 36318, 36324, 36330, 36342, 36357, 36369, 36382, 36395, 36410, 36423, 36435, 36451, 36467, 36480, 36494, 36509, 36514, 36520, 36526, 36532, 36539, 36546, 36553, 36560, 36567, 36574, 36581, 36588, 36595, 36602, 36609, 36616, 36631, 36643, 36656, 36669, 36682, 36690, 36704, 36711, 36719, 36727, 36733, 36740, 36747, 36754, 36757, 36762, 36765, 36776, 36789, 36801, 36810, 36814, 36823, 36827, 36837, 36845, 36853, 36858, 36865, 36873, 36879, 36883, 36892, 36904, 36914, 36918, 36927, 36936, 36945, 36954, 36963, 36972, 36982, 36992, 37002, 37012, 37022, 37032, 37037, 37046, 37051, 37055, 37059, 37063, 37070, 37085, 37100, 37115, 37130, 37145, 37160, 37175, 37190, 37205, 37220, 37235, 37250, 37255, 37261, 37263, 37264, 37270, 37277, 37287, 37290, 37293, 37296, 37299, 37302, 37305, 37308, 37313, 37314, 37317, 37322, 37323, 37326, 37328, 37331, 37332, 37335, 37339, 37347, 37355, 37363, 37371, 37381, 37391, 37401, 37411, 37421, 37433, 37447, 37455, 37469, 37479, 37489, 37500, 37510, 37522, 37535, 37550, 37565, 37582, 37592, 37602, 37613, 37623, 37635, 37648, 37663, 37678, 37695, 37707, 37725, 37739, 37753, 37771, 37783, 37793, 37803, 37814, 37824, 37836, 37849, 37864, 37879, 37896, 37906, 37916, 37927, 37937, 37949, 37962, 37977, 37992, 38009, 38019, 38029, 38040, 38050, 38062, 38075, 38090, 38105, 38122, 38132, 38142, 38153, 38163, 38175, 38188, 38203, 38218, 38235, 38241, 38254, 38266, 38278, 38286, 38315, 38325, 38335, 38345, 38351, 38361, 38367, 38375, 38381, 38389, 38395, 38401, 38409, 38442, 38473, 38479, 38487, 38491, 38499, 38510, 38521, 38527, 38531, 38541, 38568, 38574, 38584, 38590, 38613, 38619, 38627, 38631, 38644, 38657, 38661, 38682, 38711, 38739, 38764, 38776, 38813, 38822, 38841, 38881, 38897, 38903, 38940, 38965, 38980, 39014, 39029, 39045, 39058, 39070, 39091, 39103, 39112, 39128, 39147, 39169, 39209, 39255, 39277, 39296, 39305, 39326, 39335, 39344, 39365, 39371, 39386, 39404, 39413, 39431, 39440, 39452, 39473, 39494, 39506, 39527, 39560, 39575, 39596, 39599, 39603, 39607, 39611, 39615, 39619, 39623, 39626, 39630, 39634, 39638, 39642, 39646, 39650, 39655, 39660, 39672, 39687, 39693, 39699, 39708, 39726, 39735, 39738, 39747, 39765, 39783, 39801, 39810, 39828, 39855, 39885, 39897, 39912, 39927, 39939, 39948, 39954, 39960, 39969, 39978, 39987, 39993, 39999, 40008, 40014, 40020, 40026, 40032, 40044, 40053, 40065, 40071, 40083, 40095, 40101, 40107, 40116, 40122, 40134, 40146, 40158, 40167, 40176, 40182, 40188, 40194, 40200, 40212, 40218, 40224, 40236, 40242, 40248, 40260, 40272, 40284, 40290, 40296, 40299, 40305, 40311, 40317, 40320, 40326, 40332, 40338, 40347, 40353, 40365, 40374, 40380, 40392, 40398, 40404, 40410, 40416, 40425, 40431, 40437, 40443, 40449, 40455, 40464, 40470, 40476, 40482, 40491, 40509, 40530, 40536, 40542, 40548, 40554, 40560, 40566, 40572, 40578, 40584, 40590, 40599, 40605, 40614, 40620, 40626, 40632, 40638, 40644, 40650, 40656, 40662, 40668, 40674, 40680, 40686, 40692, 40698, 40704, 40710, 40716, 40722, 40728, 40737, 40746, 40752, 40758, 40764, 40770, 40788, 40806, 40812, 40818, 40824, 40830, 40836, 40842, 40851, 40857, 40863, 40869, 40875, 40881, 40887, 40893, 40899, 40905, 40911, 40923, 40929, 40935, 40947, 40962, 40968, 40974, 40980, 40986, 40992, 41007, 41013, 41025, 41037, 41049, 41061, 41067, 41070, 41076, 41082, 41088, 41094, 41097, 41103, 41109, 41121, 41124, 41130, 41136, 41142, 41148, 41160, 41169, 41175, 41181, 41193, 41202, 41208, 41214, 41220, 41226, 41232, 41238, 41244, 41250, 41256, 41262, 41271, 41277, 41283, 41289, 41295, 41301, 41307, 41313, 41319, 41325, 41331, 41343, 41361, 41373, 41379, 41385, 41394, 41400, 41403, 41406, 41409, 41418, 41427, 41433, 41442, 41448, 41454, 41466, 41472, 41478, 41484, 41496, 41505, 41517, 41523, 41529, 41538, 41550, 41559, 41565, 41571, 41583, 41589, 41595, 41601, 41607, 41613, 41625, 41631, 41637, 41643, 41649, 41658, 41664, 41670, 41676, 41682, 41685],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[1787, 1908, 2010, 2011, 2032, 3293]), Anchor::All(&[Anchor::Lits(&[2001]), Anchor::Lits(&[2041])]), Anchor::All(&[Anchor::Lits(&[1995, 1996, 1997, 1998, 1999, 2000, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]), Anchor::Lits(&[40, 43, 217, 222, 299, 304, 484, 489, 551, 554, 707, 712, 769, 772, 925, 930, 987, 990, 1143, 1148, 1207, 1212, 1444, 1450, 2008, 2024, 2031]), Anchor::Lits(&[2106, 4277])]), Anchor::All(&[Anchor::Lits(&[1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957]), Anchor::Lits(&[14, 18, 19, 22, 25, 26, 28, 29, 39, 42, 99, 100, 109, 218, 220, 223, 224, 272, 276, 277, 280, 283, 284, 286, 287, 298, 303, 355, 356, 366, 485, 487, 490, 491, 525, 529, 530, 533, 536, 537, 539, 540, 550, 553, 602, 603, 611, 708, 710, 713, 714, 743, 747, 748, 751, 754, 755, 757, 758, 768, 771, 820, 821, 829, 926, 928, 931, 932, 961, 965, 966, 969, 972, 973, 975, 976, 986, 989, 1038, 1039, 1047, 1144, 1146, 1149, 1150, 1180, 1184, 1185, 1188, 1191, 1192, 1194, 1195, 1206, 1211, 1286, 1287, 1300, 1445, 1448, 1451, 1452, 1730, 1758, 1765, 1786, 1808, 1821, 1829, 1836, 1844, 1877, 1884, 1906, 1929, 1942, 1950, 1957]), Anchor::Lits(&[2106, 3190, 3326, 4278, 4299, 4302, 4303])]), Anchor::All(&[Anchor::Lits(&[1961]), Anchor::Lits(&[4552])]), Anchor::All(&[Anchor::Lits(&[1837]), Anchor::Lits(&[1965])]), Anchor::All(&[Anchor::Lits(&[1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1809, 1810, 1811, 1812, 1813, 1814, 1822, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1930, 1931, 1932, 1933, 1934, 1935, 1943]), Anchor::Lits(&[15, 16, 17, 20, 21, 23, 24, 27, 39, 56, 74, 83, 104, 105, 215, 216, 221, 273, 274, 275, 278, 279, 281, 282, 285, 298, 318, 331, 338, 360, 361, 482, 483, 488, 526, 527, 528, 531, 532, 534, 535, 538, 550, 567, 579, 586, 607, 608, 705, 706, 711, 744, 745, 746, 749, 750, 752, 753, 756, 768, 785, 797, 804, 825, 826, 923, 924, 929, 962, 963, 964, 967, 968, 970, 971, 974, 986, 1003, 1015, 1022, 1043, 1044, 1141, 1142, 1147, 1181, 1182, 1183, 1186, 1187, 1189, 1190, 1193, 1206, 1228, 1253, 1264, 1292, 1293, 1442, 1443, 1449, 1737, 1744, 1751, 1772, 1779, 1794, 1801, 1822, 1853, 1860, 1867, 1891, 1898, 1915, 1922, 1943]), Anchor::Lits(&[2385, 2776, 2913, 3255, 3256, 4248, 4277])])])),
            (47, "code-fence-role", Anchor::Lits(&[2054])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[1260, 1282, 1283, 1298, 1404, 1412, 1418, 1419, 1456, 1457]), Anchor::Lits(&[2564, 2841, 2866, 2988, 3253, 3850])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[1503, 1504, 1507, 1512, 1515, 1516, 1517, 1520, 1521, 1522, 1523]), Anchor::Any(&[Anchor::Lits(&[2385, 2776, 4280]), Anchor::All(&[Anchor::Lits(&[30, 108, 140, 165, 170, 189, 239, 1196, 1299, 1336, 1363, 1378, 1403, 1472, 2395, 2786, 3304, 4300]), Anchor::Lits(&[2386, 2391, 2395, 2777, 2778, 2786, 3296, 3301, 3304, 4281, 4286, 4300])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[30, 1196, 1559, 1561, 2043, 4291, 4294, 4300]), Anchor::Lits(&[4281, 4286, 4296, 4297, 4300, 4301])]), Anchor::All(&[Anchor::Lits(&[30, 1196, 1561, 2043, 2211, 2395]), Anchor::Lits(&[2172, 2177, 2193, 2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2233, 2386, 2391, 2392, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2417]), Anchor::Lits(&[2068, 2361, 2592, 2855, 3174, 3175, 3176, 3177, 3215, 3216, 3254, 3704, 3797, 3807, 4273, 4433, 4539])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[1447, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2119, 2120, 2121, 2122, 2123, 2124, 2125, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2912, 3212, 3213, 3214, 3851, 4107, 4108, 4109, 4110, 4111, 4112, 4113, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4287, 4288, 4289, 4290, 4292, 4293, 4295, 4482, 4483, 4484]), Anchor::All(&[Anchor::Lits(&[3844]), Anchor::Lits(&[30, 288, 541, 759, 977, 1196, 1378, 2051])]), Anchor::All(&[Anchor::Lits(&[30, 1196, 1215, 1218, 1233, 1234, 1239, 1259, 1336, 1364, 1391, 1472, 2117, 3682, 3684, 3686, 3855, 4114, 4264]), Anchor::Any(&[Anchor::Lits(&[2106, 3681, 3683, 3685, 3844, 4105, 4256]), Anchor::All(&[Anchor::Lits(&[2108, 2118, 2778, 4106, 4189, 4286]), Anchor::Lits(&[2254, 2294, 2558, 2593, 2637, 2788, 3520, 3777, 3844, 3895, 4452])])])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[2077, 2078, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2662, 2663, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2813, 2814, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3307, 3308, 3309, 3310, 3311, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3327, 3328, 3329, 3330, 3331, 3332, 3339, 3340, 3341, 3342, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3556, 3557, 3558, 3636, 3637, 3638, 3751, 3752, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760, 3761, 3762, 3763, 3764, 3765, 3766, 3767, 3768, 3775, 3776, 3845, 3846, 3847, 3848, 3849, 3850, 3852, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 4053, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4065, 4066, 4069, 4070, 4071, 4072, 4079, 4080, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472]), Anchor::Lits(&[2106, 2753, 2776, 2890, 3071, 3190, 3357, 3394, 3844, 4105, 4184, 4188, 4256, 4267, 4280, 4436]), Anchor::Lits(&[1527, 1711, 1994, 4550])])),
            (56, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[3295]), Anchor::All(&[Anchor::Lits(&[2097, 2098, 2099, 2107, 2108, 2116, 2718, 2719, 2720, 2746, 2747, 2748, 3191, 3192, 3193, 3260, 3261, 3262, 3483, 3484, 3485, 3845, 3850, 3853, 3919, 3920, 3921, 4005, 4006, 4007, 4185, 4186, 4187, 4281, 4286, 4298, 4476, 4477, 4478]), Anchor::Lits(&[63, 79, 107, 168, 1238, 1258, 1297, 1375, 1566, 1567, 1568, 1569]), Anchor::Lits(&[1560, 1570, 1711, 1962, 1994, 2042, 4554])])])),
            (101, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[1266, 1580, 1583, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1598, 1601, 1602, 1603, 1604, 1605, 1606, 1613, 1614, 1615, 1616, 1617, 1624, 2333, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2825, 2826, 2827, 2828, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3716, 3717, 3718, 3719, 3720, 3721, 3722, 3723, 3724, 3725, 3726, 3727, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4437, 4438, 4439, 4440, 4441, 4442, 4443, 4444, 4445, 4446, 4447, 4448]), Anchor::All(&[Anchor::Lits(&[2044, 2045, 2046, 2048, 2050, 2052, 2053]), Anchor::Lits(&[2323, 2731, 2915, 3117, 3271, 4010, 4136, 4154, 4405]), Anchor::Lits(&[1962])])])),
            (102, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2341, 2342, 2343, 2344, 2345, 2346, 2347, 2348, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2483, 2484, 2485, 2486, 2487, 2488, 2489, 2490, 2667, 2668, 2669, 2670, 2671, 2672, 2673, 2674, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2916, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 2976, 2977, 2978, 2979, 2980, 2981, 2982, 3118, 3119, 3120, 3121, 3122, 3123, 3124, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3138, 3139, 3140, 3141, 3142, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4135, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4413]), Anchor::Lits(&[0, 1, 37, 257, 258, 295, 511, 512, 548, 729, 730, 766, 947, 948, 984, 1165, 1166, 1203, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1684, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2955, 2956, 2957, 2958, 2959, 2960, 2961, 2962, 2963, 3707, 3708, 3709, 3710, 3711, 3712, 3713, 3714, 3715, 3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 3805, 3806]), Anchor::Lits(&[30, 38, 288, 296, 541, 549, 759, 767, 977, 985, 1196, 1204, 2330, 2331, 2347, 2348, 2471, 2472, 2480, 2481, 2489, 2490, 2673, 2674, 2682, 2683, 2690, 2691, 2922, 2923, 2973, 2974, 2981, 2982, 3124, 3125, 3132, 3133, 3140, 3141, 3148, 3149, 3278, 3279, 3991, 3992, 4003, 4004, 4017, 4018, 4026, 4027, 4134, 4135, 4143, 4144, 4151, 4152, 4161, 4162, 4169, 4170, 4177, 4178, 4412, 4413])]), Anchor::All(&[Anchor::Lits(&[30, 288, 541, 759, 977, 1196, 1241, 1242, 1269, 1388, 1400, 1423]), Anchor::Lits(&[2323, 2464, 2675, 2915, 2966, 3117, 4019, 4136, 4154, 4405]), Anchor::Lits(&[1240, 1268, 1387, 1399, 1422])])])),
            (109, "no-more-rules", Anchor::Lits(&[3691, 3692, 3693, 3694, 3695, 3696, 3697, 3698, 3699, 3700, 3705, 3706])),
            (125, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[306, 1214, 1410, 1494, 1495, 1506, 1525, 1526, 1540, 1562, 1563, 1565, 1626, 1650, 1673, 1709, 1710, 1845, 1964, 1966, 1967, 1970, 2009, 2055, 2128, 2385, 2532, 2610, 2698, 2721, 3057, 3075, 3392, 3414, 3881, 4551, 4553, 4555, 4556, 4732, 4733]), Anchor::Lits(&[49, 50, 51, 52, 53, 54, 111, 112, 113, 114, 115, 116, 144, 145, 146, 147, 148, 149, 151, 152, 153, 154, 155, 156, 158, 159, 160, 161, 162, 163, 197, 198, 199, 200, 201, 202, 205, 206, 207, 208, 209, 210, 311, 312, 313, 314, 315, 316, 372, 373, 374, 375, 376, 377, 402, 403, 404, 405, 406, 407, 409, 410, 411, 412, 413, 414, 417, 418, 419, 420, 421, 422, 466, 467, 468, 469, 470, 471, 474, 475, 476, 477, 478, 479, 560, 561, 562, 563, 564, 565, 613, 614, 615, 616, 617, 618, 643, 644, 645, 646, 647, 648, 650, 651, 652, 653, 654, 655, 657, 658, 659, 660, 661, 662, 689, 690, 691, 692, 693, 694, 697, 698, 699, 700, 701, 702, 778, 779, 780, 781, 782, 783, 831, 832, 833, 834, 835, 836, 861, 862, 863, 864, 865, 866, 868, 869, 870, 871, 872, 873, 875, 876, 877, 878, 879, 880, 907, 908, 909, 910, 911, 912, 915, 916, 917, 918, 919, 920, 996, 997, 998, 999, 1000, 1001, 1049, 1050, 1051, 1052, 1053, 1054, 1079, 1080, 1081, 1082, 1083, 1084, 1086, 1087, 1088, 1089, 1090, 1091, 1093, 1094, 1095, 1096, 1097, 1098, 1125, 1126, 1127, 1128, 1129, 1130, 1133, 1134, 1135, 1136, 1137, 1138, 1221, 1222, 1223, 1224, 1225, 1226, 1306, 1307, 1308, 1309, 1310, 1311, 1340, 1341, 1342, 1343, 1344, 1345, 1347, 1348, 1349, 1350, 1351, 1352, 1355, 1356, 1357, 1358, 1359, 1360, 1424, 1425, 1426, 1427, 1428, 1429, 1432, 1433, 1434, 1435, 1436, 1437, 1492, 1564, 1571, 1572, 1573, 1574, 1575, 1576, 1708, 4719, 4720, 4721, 4722, 4723, 4724, 4726, 4727, 4728, 4729, 4730, 4731]), Anchor::Lits(&[2069, 2100, 2278, 2320, 2349, 2446, 2557, 2563, 2578, 2579, 2593, 2629, 2632, 2717, 2741, 2745, 2750, 2767, 2774, 2815, 2840, 2843, 2849, 2857, 2863, 2864, 2871, 2873, 2882, 2887, 2931, 2946, 2952, 2953, 2964, 2987, 2989, 3063, 3112, 3252, 3259, 3266, 3292, 3355, 3384, 3390, 3395, 3412, 3475, 3487, 3515, 3639, 3656, 3680, 3810, 3843, 3844, 3897, 3914, 3918, 3962, 3963, 3982, 3983, 3984, 4008, 4028, 4049, 4051, 4083, 4088, 4090, 4101, 4123, 4179, 4197, 4207, 4210, 4227, 4228, 4231, 4249, 4251, 4316, 4320, 4394, 4435, 4452, 4475, 4481, 4492, 4500, 4517, 4518, 4532])]), Anchor::All(&[Anchor::Lits(&[2128, 2498, 2499, 2532, 3559, 3995, 4095, 4280]), Anchor::Lits(&[2638, 2639, 2640, 2641, 2642, 2643, 2656, 2657, 2658, 2659, 2660, 2661, 2789, 2790, 2791, 2792, 2793, 2794, 2807, 2808, 2809, 2810, 2811, 2812, 3296, 3297, 3298, 3299, 3300, 3301, 3314, 3315, 3316, 3317, 3318, 3319, 3333, 3334, 3335, 3336, 3337, 3338, 3491, 3492, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3500, 3501, 3502, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 3532, 3751, 3752, 3753, 3754, 3755, 3756, 3769, 3770, 3771, 3772, 3773, 3774, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831, 3832, 3833, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4053, 4054, 4055, 4056, 4057, 4058, 4073, 4074, 4075, 4076, 4077, 4078]), Anchor::Lits(&[1564, 1708])])])),
            (126, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[2129, 2130, 2131, 2132, 2133, 2134, 2172, 2173, 2174, 2175, 2176, 2177, 2386, 2387, 2388, 2389, 2390, 2391, 2533, 2534, 2535, 2536, 2537, 2538, 2699, 2700, 2701, 2702, 2703, 2704, 2722, 2723, 2724, 2725, 2726, 2727, 3076, 3077, 3078, 3079, 3080, 3081, 3415, 3416, 3417, 3418, 3419, 3420, 3560, 3561, 3562, 3563, 3564, 3565, 4281, 4282, 4283, 4284, 4285, 4286]), Anchor::Lits(&[63, 79, 107, 139, 164, 167, 168, 169, 188, 225, 324, 334, 365, 398, 424, 434, 435, 437, 456, 492, 572, 582, 610, 639, 663, 665, 666, 667, 685, 715, 790, 800, 828, 857, 881, 883, 884, 885, 903, 933, 1008, 1018, 1046, 1075, 1099, 1101, 1102, 1103, 1121, 1151, 1238, 1258, 1297, 1335, 1362, 1374, 1375, 1377, 1402, 1453]), Anchor::Lits(&[1502, 1527, 1577, 1651, 1662, 1711, 1994, 4550])])),
            (131, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[1493]), Anchor::Lits(&[2040])])),
            (132, "send-to-a-beacon", Anchor::All(&[Anchor::Lits(&[3210, 3211]), Anchor::Lits(&[2320, 2448, 2521, 2697, 2717, 2952, 2989, 3914, 3964, 4197, 4255, 4394, 4475]), Anchor::Lits(&[1962])])),
            (133, "exfiltrate-to-a-drop", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2450, 2561, 2577, 2633, 2867, 2869, 2870, 2944, 2949, 3150, 3345, 3479, 3687, 3785, 3907, 3968, 4067, 4250, 4498]), Anchor::Lits(&[2521, 2697, 2717, 2871, 2873, 2887, 2951, 2952, 2989, 3395, 3914, 3964, 3965, 4197, 4394, 4435, 4475, 4532]), Anchor::Lits(&[1968, 2519, 2993, 3055, 3210, 3211, 4127, 4338, 4339, 4340, 4341, 4342, 4343])]), Anchor::All(&[Anchor::Lits(&[2450, 2867, 2869, 2870, 2944, 2949, 3150, 3479, 3968, 4250]), Anchor::Lits(&[2066, 2067, 2519, 2993, 3055, 3210, 3211, 4127, 4493, 4494])])])),
            (137, "hidden-html-text", Anchor::Any(&[Anchor::Lits(&[2983, 3809, 4489]), Anchor::All(&[Anchor::Lits(&[2839]), Anchor::Lits(&[3728])]), Anchor::All(&[Anchor::Lits(&[2634]), Anchor::Lits(&[1513, 4513])]), Anchor::All(&[Anchor::Lits(&[3173]), Anchor::Lits(&[1708])])])),
            (139, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1969, 1970, 1972, 1973, 1974, 1975, 1976, 1981, 1984, 1985, 2498, 3432, 3433, 3435, 3436, 3438, 3442, 3443, 3444, 3445, 3446, 3450, 3451, 3453, 3454, 3466, 4743, 4745, 4774, 4809, 4860]), Anchor::All(&[Anchor::Lits(&[3194, 3195, 3196, 3197, 3198, 3199, 3296, 3297, 3298, 3299, 3300, 3301, 3314, 3315, 3316, 3317, 3318, 3319, 3491, 3492, 3493, 3494, 3495, 3496, 3521, 3522, 3523, 3524, 3525, 3526, 3751, 3752, 3753, 3754, 3755, 3756, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 3931, 3932, 3933, 3934, 3935, 3936, 3937, 3938, 3939, 3940, 3941, 3942, 4036, 4037, 4038, 4039, 4040, 4041, 4331, 4332, 4333, 4334, 4335, 4336]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 305, 306, 317, 321, 325, 390, 399, 555, 556, 566, 569, 573, 631, 640, 773, 774, 784, 787, 791, 849, 858, 991, 992, 1002, 1005, 1009, 1067, 1076, 1213, 1214, 1227, 1231, 1243, 1326, 1337]), Anchor::Lits(&[86, 87, 88, 89, 90, 91, 229, 230, 231, 232, 233, 234, 341, 342, 343, 344, 345, 346, 494, 495, 496, 497, 498, 499, 589, 590, 591, 592, 593, 594, 717, 718, 719, 720, 721, 722, 807, 808, 809, 810, 811, 812, 935, 936, 937, 938, 939, 940, 1025, 1026, 1027, 1028, 1029, 1030, 1153, 1154, 1155, 1156, 1157, 1158, 1270, 1271, 1272, 1273, 1274, 1275, 1459, 1460, 1461, 1462, 1463, 1464])]), Anchor::All(&[Anchor::Lits(&[2451, 2452, 2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2761, 2762, 2763, 2764, 2765, 2766, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3186, 3187, 3188, 3189, 3943, 3944, 3945, 3946, 3947, 3948, 4540, 4541, 4542, 4543, 4544, 4545]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 195, 305, 306, 317, 321, 325, 390, 399, 461, 555, 556, 566, 569, 573, 631, 640, 687, 773, 774, 784, 787, 791, 849, 858, 905, 991, 992, 1002, 1005, 1009, 1067, 1076, 1123, 1213, 1214, 1227, 1231, 1243, 1326, 1337, 1415])]), Anchor::All(&[Anchor::Lits(&[1528, 1529, 1530, 1531, 1532, 1533, 1541, 1542, 1543, 1544, 1545, 1546, 1549, 1550, 1551, 1552, 1553, 1554, 1995, 1996, 1997, 1998, 1999, 2000, 2012, 2013, 2014, 2015, 2016, 2017, 2033, 2034, 2035, 2036, 2037, 2038]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 305, 306, 317, 321, 325, 390, 399, 555, 556, 566, 569, 573, 631, 640, 773, 774, 784, 787, 791, 849, 858, 991, 992, 1002, 1005, 1009, 1067, 1076, 1213, 1214, 1227, 1231, 1243, 1326, 1337]), Anchor::Lits(&[1558, 2039])]), Anchor::All(&[Anchor::Lits(&[3246, 3247, 3248, 3249, 3250, 3251]), Anchor::Lits(&[2129, 2130, 2131, 2132, 2133, 2134, 2172, 2173, 2174, 2175, 2176, 2177, 2386, 2387, 2388, 2389, 2390, 2391, 2533, 2534, 2535, 2536, 2537, 2538, 2699, 2700, 2701, 2702, 2703, 2704, 3415, 3416, 3417, 3418, 3419, 3420, 3560, 3561, 3562, 3563, 3564, 3565]), Anchor::Lits(&[3268, 3924, 3984, 4100, 4192, 4265, 4266, 4404])]), Anchor::All(&[Anchor::Lits(&[2605, 2606, 2607, 2608, 2769, 2770, 2771, 2772, 3516, 3517, 3518, 3519, 3817, 3818, 3819, 3820, 4091, 4092, 4093, 4094, 4096, 4097, 4098, 4099, 4268, 4269, 4270, 4271, 4400, 4401, 4402, 4403]), Anchor::Lits(&[2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551])]), Anchor::All(&[Anchor::Lits(&[2178, 2181, 2184, 2186, 2196, 2199, 2202, 2204, 2234, 2235, 2236, 2237]), Anchor::Lits(&[1708, 1962, 4718, 4725])]), Anchor::All(&[Anchor::Lits(&[2178, 2181, 2184, 2185, 2187, 2188, 2196, 2199, 2202, 2203, 2205, 2206, 2238, 2239, 2240, 2242, 2252, 2253, 3082, 3083, 3084, 3085, 3086, 3087, 3090, 3091, 3092, 3093, 3094, 3095, 3097, 3098, 3099, 3100, 3110, 3111, 3421, 3422, 3423, 3424, 3425, 3426, 3429, 3430, 3431, 3434, 3437, 3439, 3447, 3448, 3449, 3452, 3465, 3467]), Anchor::Lits(&[2692, 3157, 3269, 3888, 3925, 3996, 4193, 4321, 4322, 4323, 4324])]), Anchor::All(&[Anchor::Lits(&[2172, 2173, 2174, 2175, 2176, 2177, 3415, 3416, 3417, 3418, 3419, 3420]), Anchor::Lits(&[97, 110, 143, 150, 157, 204, 353, 371, 401, 408, 416, 473, 600, 612, 642, 649, 656, 696, 818, 830, 860, 867, 874, 914, 1036, 1048, 1078, 1085, 1092, 1132, 1284, 1305, 1339, 1346, 1354, 1431]), Anchor::Lits(&[2129, 2130, 2131, 2132, 2133, 2134, 2386, 2387, 2388, 2389, 2390, 2391, 2533, 2534, 2535, 2536, 2537, 2538, 3560, 3561, 3562, 3563, 3564, 3565])]), Anchor::All(&[Anchor::Lits(&[1, 30, 258, 288, 512, 541, 730, 759, 948, 977, 1166, 1196, 2617, 2619, 2705, 2707, 2728, 2730]), Anchor::Lits(&[2610, 2698, 2721])]), Anchor::All(&[Anchor::Lits(&[3560, 3561, 3562, 3563, 3564, 3565, 3567, 3568, 3569, 3570, 3571, 3572, 3574, 3575, 3576, 3577, 3578, 3579, 3581, 3582, 3583, 3584, 3585, 3586]), Anchor::Lits(&[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 31, 32, 33, 34, 35, 36, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 289, 290, 291, 292, 293, 294, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 542, 543, 544, 545, 546, 547, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 760, 761, 762, 763, 764, 765, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 978, 979, 980, 981, 982, 983, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1197, 1198, 1199, 1200, 1201, 1202, 3567, 3568, 3569, 3570, 3571, 3572, 3574, 3575, 3576, 3577, 3578, 3579, 3581, 3582, 3583, 3584, 3585, 3586])]), Anchor::All(&[Anchor::Lits(&[1502, 1577, 1651, 1662]), Anchor::Lits(&[2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2172, 2173, 2174, 2175, 2176, 2177, 2194, 2195, 2211, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2386, 2387, 2388, 2389, 2390, 2391, 2393, 2394, 2395, 2419, 2420, 2421, 2422, 2423, 2424, 2425, 2426, 2427, 2533, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2611, 2612, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2699, 2700, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2732, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 3076, 3077, 3078, 3079, 3080, 3081, 3088, 3089, 3096, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3108, 3109, 3415, 3416, 3417, 3418, 3419, 3420, 3427, 3428, 3440, 3455, 3456, 3457, 3458, 3459, 3460, 3461, 3462, 3463, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3573, 3580, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635]), Anchor::Lits(&[44, 45, 55, 58, 62, 64, 65, 96, 131, 141, 305, 306, 317, 321, 323, 325, 326, 352, 390, 399, 555, 556, 566, 569, 571, 573, 574, 599, 631, 640, 773, 774, 784, 787, 789, 791, 792, 817, 849, 858, 991, 992, 1002, 1005, 1007, 1009, 1010, 1035, 1067, 1076, 1213, 1214, 1227, 1231, 1237, 1243, 1244, 1281, 1326, 1337, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1514, 1518, 1519, 1578, 1579, 1581, 1582, 1584, 1585, 1586, 1597, 1599, 1600, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672])]), Anchor::All(&[Anchor::Lits(&[2302, 2303, 2304, 2305, 2306, 2307, 2525, 2526, 2527, 2528, 2529, 2530, 3200, 3201, 3202, 3203, 3204, 3205, 3669, 3670, 3671, 3672, 3673, 3674, 3778, 3779, 3780, 3781, 3782, 3783]), Anchor::Lits(&[45, 46, 47, 68, 69, 70, 71, 77, 78, 119, 306, 307, 308, 327, 328, 329, 330, 332, 333, 378, 556, 557, 558, 575, 576, 577, 578, 580, 581, 619, 774, 775, 776, 793, 794, 795, 796, 798, 799, 837, 992, 993, 994, 1011, 1012, 1013, 1014, 1016, 1017, 1055, 1214, 1216, 1217, 1247, 1248, 1249, 1250, 1256, 1257, 1314]), Anchor::Lits(&[2279, 2280, 2281, 2282, 2283, 2284, 3049, 3050, 3051, 3052, 3053, 3054])]), Anchor::All(&[Anchor::Lits(&[3751, 3752, 3753, 3754, 3755, 3756]), Anchor::Lits(&[44, 45, 55, 103, 121, 122, 123, 124, 125, 126, 127, 128, 129, 132, 133, 134, 135, 136, 137, 142, 305, 306, 317, 359, 380, 381, 382, 383, 384, 385, 386, 387, 388, 391, 392, 393, 394, 395, 396, 400, 555, 556, 566, 606, 621, 622, 623, 624, 625, 626, 627, 628, 629, 632, 633, 634, 635, 636, 637, 641, 773, 774, 784, 824, 839, 840, 841, 842, 843, 844, 845, 846, 847, 850, 851, 852, 853, 854, 855, 859, 991, 992, 1002, 1042, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1068, 1069, 1070, 1071, 1072, 1073, 1077, 1213, 1214, 1227, 1291, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1327, 1329, 1330, 1331, 1332, 1333, 1338]), Anchor::Lits(&[120, 379, 620, 838, 1056, 1315])]), Anchor::All(&[Anchor::Lits(&[2139, 2363, 2429]), Anchor::Lits(&[2171, 3217])]), Anchor::All(&[Anchor::Lits(&[3738]), Anchor::Lits(&[173, 174, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 440, 441, 442, 443, 444, 445, 448, 449, 450, 451, 452, 453, 670, 671, 672, 673, 674, 675, 677, 678, 679, 680, 681, 682, 888, 889, 890, 891, 892, 893, 895, 896, 897, 898, 899, 900, 1106, 1107, 1108, 1109, 1110, 1111, 1113, 1114, 1115, 1116, 1117, 1118, 1381, 1382, 1383, 1384, 1385, 1386, 1392, 1393, 1394, 1395, 1396, 1397]), Anchor::Lits(&[2139, 2171, 2363, 2429, 3217])]), Anchor::All(&[Anchor::Lits(&[2524, 2581, 2586, 2595, 3402, 3969, 3973]), Anchor::Lits(&[45, 103, 119, 306, 359, 378, 556, 606, 619, 774, 824, 837, 992, 1042, 1055, 1214, 1291, 1314])])]), Anchor::Lits(&[2075, 2100, 2278, 2317, 2320, 2349, 2448, 2531, 2563, 2580, 2593, 2632, 2665, 2717, 2741, 2750, 2759, 2760, 2767, 2773, 2815, 2840, 2844, 2845, 2846, 2847, 2848, 2850, 2851, 2852, 2853, 2854, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2871, 2881, 2882, 2886, 2914, 2924, 2925, 2927, 2931, 2934, 2945, 2946, 2951, 2952, 2987, 2989, 2995, 2996, 3060, 3063, 3112, 3252, 3266, 3292, 3294, 3347, 3355, 3395, 3412, 3468, 3471, 3472, 3487, 3515, 3701, 3702, 3703, 3843, 3844, 3891, 3914, 3918, 3963, 4028, 4048, 4051, 4081, 4090, 4101, 4123, 4181, 4197, 4207, 4210, 4227, 4231, 4254, 4272, 4275, 4310, 4316, 4452, 4475, 4487, 4517, 4532, 4548, 4750, 4767, 4773, 4796, 4804, 4816, 4828, 4837, 4849, 4853, 4925, 4935])])),
            (140, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2066, 2067, 2126, 2315, 2519, 2553, 2868, 2965, 2990, 2993, 2994, 3055, 3056, 3062, 3070, 3074, 3116, 3210, 3211, 3244, 3393, 3413, 3473, 3474, 3808, 3821, 3842, 3893, 3929, 4127, 4183, 4305, 4395, 4419, 4420, 4493, 4494, 4496, 4497, 4499, 4536, 4537, 4549]), Anchor::All(&[Anchor::Lits(&[85, 101, 171, 179, 186, 187, 190, 340, 357, 438, 446, 454, 455, 457, 588, 604, 668, 676, 683, 684, 686, 806, 822, 886, 894, 901, 902, 904, 1024, 1040, 1104, 1112, 1119, 1120, 1122, 1267, 1289, 1379, 1389, 1398, 1401, 1405]), Anchor::Lits(&[41, 59, 81, 82, 84, 102, 106, 138, 196, 211, 214, 240, 241, 302, 322, 336, 337, 339, 358, 364, 397, 464, 480, 481, 507, 510, 552, 570, 584, 585, 587, 605, 609, 638, 688, 703, 704, 727, 728, 770, 788, 802, 803, 805, 823, 827, 856, 906, 921, 922, 945, 946, 988, 1006, 1020, 1021, 1023, 1041, 1045, 1074, 1124, 1139, 1140, 1163, 1164, 1210, 1232, 1262, 1263, 1265, 1290, 1296, 1334, 1420, 1438, 1441, 1473, 1476]), Anchor::Lits(&[2056, 2057, 2058, 2059, 2060, 2061, 2279, 2280, 2281, 2282, 2283, 2284, 3663, 3664, 3665, 3666, 3667, 3668, 3836, 3837, 3838, 3839, 3840, 3841, 4325, 4326, 4327, 4328, 4329, 4330])])]), Anchor::Lits(&[2522, 2585, 2717, 2768, 2924, 2925, 2926, 2928, 2929, 2951, 2952, 2989, 3073, 3347, 3348, 3385, 3391, 3395, 3398, 3472, 3482, 3486, 3541, 3906, 3914, 3930, 3964, 3965, 4050, 4180, 4197, 4225, 4252, 4254, 4255, 4276, 4396, 4397, 4398, 4434, 4435, 4475, 4533, 4546, 4567, 4569, 4589, 4590, 4591]), Anchor::Lits(&[2630, 2631, 2693, 2694, 2695, 2749, 2751, 2752, 2754, 2757, 2758, 2856, 2871, 2888, 2930, 2943, 2952, 2954, 3165, 3270, 3386, 3387, 3388, 3843, 3898, 3904, 4009, 4052, 4085, 4102, 4115, 4153, 4244, 4245, 4306, 4307, 4308, 4309, 4486, 4568, 4588, 4592, 4593])])),
            (143, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2062, 2063, 2064, 2178, 2179, 2180, 2182, 2183, 2189, 2190, 2191, 2192, 2196, 2197, 2198, 2200, 2201, 2207, 2208, 2209, 2210, 2262, 2263, 2264, 2285, 2286, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2582, 2583, 2584, 2587, 2588, 2589, 2596, 2597, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2984, 2985, 2986, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3343, 3344, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3379, 3380, 3381, 3389, 3403, 3404, 3405, 3406, 3407, 3408, 3882, 3883, 3884, 3885, 3886, 3887, 3899, 3900, 3901, 3915, 3916, 3917, 3970, 3971, 3972, 3974, 3975, 3976, 4304, 4315, 4344, 4345, 4346, 4399, 4423, 4538, 4557, 4558, 4559, 4570, 4571, 4572, 4573, 4574, 4575, 4576, 4577, 4578, 4579, 4580, 4581, 4582, 4583, 4584, 4585, 4586, 4587, 4594, 4595, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607, 4608, 4609, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 4623, 4624, 4625, 4626, 4627, 4628, 4629, 4649, 4654, 4655, 4676, 4678, 4771, 4772]), Anchor::All(&[Anchor::Lits(&[2128, 2362, 2384, 2447, 2508, 4414, 4560, 4564, 4565, 4566, 4743, 4745, 4809]), Anchor::Lits(&[45, 103, 119, 250, 251, 252, 1214, 1291, 1314, 1485, 1486, 1487, 1540, 1547, 1548, 1555, 1556, 1557, 1626, 1629, 1630, 1637, 1638, 1639])]), Anchor::All(&[Anchor::Lits(&[2172, 2177, 3218, 3223, 3358, 3363]), Anchor::Lits(&[60, 61, 66, 67, 72, 73, 75, 76, 117, 118, 191, 192, 193, 194, 212, 213, 226, 227, 242, 243, 244, 245, 246, 247, 248, 249, 1235, 1236, 1245, 1246, 1251, 1252, 1254, 1255, 1312, 1313, 1406, 1407, 1408, 1409, 1439, 1440, 1454, 1455, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484])])]), Anchor::Lits(&[8, 13, 253, 254, 255, 256, 1173, 1178, 1488, 1489, 1490, 1491, 1708, 4989])])),
            (144, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[2076, 2767, 2864, 3112, 3210, 3211, 3890, 4416, 4631, 4639, 4641, 4642, 4660, 4668, 4691, 4692, 4699, 4704, 4709, 4751, 4755, 4756, 4767, 4768, 4796, 4800, 4804, 4816, 4831, 4832, 4837, 4839, 4844, 4853, 4875, 4884, 4888, 4935, 4957, 4958, 4962, 4963, 4966, 4982]), Anchor::Lits(&[1708, 4989]), Anchor::Lits(&[2171, 3075, 3414])])),
            (145, "data-in-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1493, 1899, 2040, 3208, 4247]), Anchor::Lits(&[3210, 3211]), Anchor::Lits(&[1524, 4550])]), Anchor::All(&[Anchor::Lits(&[2105, 2321, 2449, 2889, 3263, 3264, 3265, 3267]), Anchor::Lits(&[2521, 3257, 3258, 3411, 3909, 4479]), Anchor::Lits(&[2318, 2319, 2744, 2887, 3890, 4121, 4184, 4347])]), Anchor::All(&[Anchor::Lits(&[2787, 3207, 3784, 3905, 4082]), Anchor::Lits(&[2319, 2887, 3164, 3889, 3890, 4184, 4347])])])),
            (147, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2256, 2257, 2258, 2259, 2260, 2261, 2308, 2309, 2310, 2311, 2312, 2313, 2874, 2875, 2876, 2877, 2878, 2879, 2935, 2936, 2937, 2938, 2939, 2940, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512]), Anchor::Lits(&[44, 45, 55, 57, 58, 64, 96, 98, 131, 141, 305, 306, 317, 320, 321, 325, 352, 354, 390, 399, 555, 556, 566, 568, 569, 573, 599, 601, 631, 640, 773, 774, 784, 786, 787, 791, 817, 819, 849, 858, 991, 992, 1002, 1004, 1005, 1009, 1035, 1037, 1067, 1076, 1213, 1214, 1227, 1230, 1231, 1243, 1281, 1285, 1326, 1337])]), Anchor::All(&[Anchor::Lits(&[2172, 2173, 2174, 2175, 2176, 2177, 2243, 2244, 2245, 2246, 2247, 2248]), Anchor::Lits(&[44, 55, 58, 64, 98, 141, 219, 235, 305, 317, 321, 325, 354, 399, 486, 500, 555, 566, 569, 573, 601, 640, 709, 723, 773, 784, 787, 791, 819, 858, 927, 941, 991, 1002, 1005, 1009, 1037, 1076, 1145, 1159, 1213, 1227, 1231, 1243, 1285, 1337, 1446, 1465])])]), Anchor::Lits(&[2103, 2104, 2278, 2349, 2381, 2563, 2578, 2609, 2632, 2717, 2741, 2767, 2815, 2840, 2864, 2871, 2873, 2882, 2887, 2931, 2946, 2952, 2987, 2989, 3063, 3112, 3252, 3292, 3390, 3395, 3478, 3487, 3515, 3844, 3914, 3918, 3963, 3983, 4048, 4090, 4101, 4123, 4179, 4197, 4210, 4231, 4249, 4394, 4435, 4452, 4475, 4517]), Anchor::Any(&[Anchor::Lits(&[1564, 1708, 3662, 4209, 4226, 4516]), Anchor::All(&[Anchor::Lits(&[3676]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[3158, 3159, 3160, 3161, 3162, 3163]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[3167, 3168, 3169, 3170, 3171, 3172]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[3349, 3350, 3351, 3352, 3353, 3354]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[2355, 2356, 2357, 2358, 2359, 2360]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])])])])),
            (151, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[2502, 2503, 2504, 2505, 2506, 2507, 2509, 2510, 2511, 2512, 2513, 2514, 3200, 3201, 3202, 3203, 3204, 3205, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3533, 3534, 3535, 3536, 3537, 3538, 3669, 3670, 3671, 3672, 3673, 3674, 3739, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3751, 3752, 3753, 3754, 3755, 3756, 3778, 3779, 3780, 3781, 3782, 3783, 4030, 4031, 4032, 4033, 4034, 4035]), Anchor::Lits(&[2129, 2130, 2131, 2132, 2133, 2134, 2137, 2138, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2164, 2165, 2172, 2173, 2174, 2175, 2176, 2177, 2211, 2232, 2364, 2365, 2366, 2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2386, 2387, 2388, 2389, 2390, 2391, 2395, 2416, 2419, 2420, 2421, 2422, 2423, 2424, 2427, 2428, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2533, 2534, 2535, 2536, 2537, 2538, 2541, 2542, 2543, 2544, 2545, 2546, 2547, 2548, 2551, 2552, 3218, 3219, 3220, 3221, 3222, 3223, 3242, 3243, 3358, 3359, 3360, 3361, 3362, 3363, 3382, 3383, 3415, 3416, 3417, 3418, 3419, 3420, 3440, 3441, 3455, 3456, 3457, 3458, 3459, 3460, 3463, 3464, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3597, 3598, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626, 3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647, 3648, 3649, 3650, 3651, 3652, 3653, 3654, 3655]), Anchor::Lits(&[1708, 2039])])),
            (153, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[1971, 1977, 1978, 1979, 1980, 1982, 1983, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 2065, 2127, 2167, 2168, 2169, 2170, 2241, 2316, 2353, 2354, 2463, 2515, 2516, 2517, 2518]), Anchor::Lits(&[2591, 2696, 2697, 2717, 2768, 2952, 2989, 3472, 3914, 4197, 4210, 4223, 4475])])),
            (154, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1685, 2295, 2590, 2965, 3061, 3072, 3166, 3490, 3868, 3892, 3893, 4204, 4317, 4318, 4337, 4395, 4499]), Anchor::All(&[Anchor::Lits(&[2296, 2297, 2298, 2299, 2300, 2301, 3811, 3812, 3813, 3814, 3815, 3816, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3961, 4217, 4218, 4219, 4220, 4221, 4222, 4426, 4427, 4428, 4429, 4430, 4431, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531]), Anchor::Lits(&[59, 84, 95, 130, 172, 203, 240, 322, 339, 351, 389, 439, 472, 507, 570, 587, 598, 630, 669, 695, 727, 788, 805, 816, 848, 887, 913, 945, 1006, 1023, 1034, 1066, 1105, 1131, 1163, 1232, 1265, 1280, 1325, 1380, 1430, 1473])])]), Anchor::Lits(&[2717, 2750, 2871, 2952, 2953, 3207, 3475, 3891, 3906, 3914, 3962, 3964, 3965, 4197, 4210, 4252, 4435, 4475])]), Anchor::All(&[Anchor::Lits(&[80, 130, 240, 335, 389, 507, 583, 630, 727, 801, 848, 945, 1019, 1066, 1163, 1261, 1325, 1473]), Anchor::Lits(&[2296, 2297, 2298, 2299, 2300, 2301, 3811, 3812, 3813, 3814, 3815, 3816, 3950, 3951, 3952, 3953, 3954, 3955, 4217, 4218, 4219, 4220, 4221, 4222]), Anchor::Lits(&[3064, 3065, 3066, 3067, 3068, 3069, 3151, 3152, 3153, 3154, 3155, 3156, 4198, 4199, 4200, 4201, 4202, 4203, 4211, 4212, 4213, 4214, 4215, 4216])])])),
            (169, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[3480, 3481]), Anchor::All(&[Anchor::Lits(&[2076, 3835, 4191, 4485]), Anchor::Lits(&[3113, 3114]), Anchor::Lits(&[495, 499, 1460, 1464])]), Anchor::All(&[Anchor::Lits(&[2076, 3835, 4191, 4485]), Anchor::Lits(&[2559, 2560, 2883, 2884, 2932, 2933, 3476, 3477, 3927, 3928, 3980, 3981, 4417, 4418, 4473, 4474])]), Anchor::All(&[Anchor::Lits(&[2076, 3835, 4191, 4485]), Anchor::Lits(&[2382, 2383, 3065, 3069, 3113, 3114, 3152, 3156])]), Anchor::All(&[Anchor::Lits(&[2076, 3835, 4191, 4279, 4485]), Anchor::Lits(&[2101, 2102, 3657, 3658, 3966, 3967]), Anchor::Lits(&[362, 363, 367, 368, 495, 499, 1294, 1295, 1301, 1302, 1460, 1464])]), Anchor::All(&[Anchor::Lits(&[3113, 3114]), Anchor::Lits(&[300, 301, 1208, 1209]), Anchor::Any(&[Anchor::Lits(&[2255, 3480, 3481]), Anchor::All(&[Anchor::Lits(&[508, 1474]), Anchor::Lits(&[2742, 2743])]), Anchor::All(&[Anchor::Lits(&[4103]), Anchor::Lits(&[2742, 2743])])])]), Anchor::All(&[Anchor::Lits(&[3113, 3114]), Anchor::Lits(&[3949]), Anchor::Any(&[Anchor::Lits(&[2076, 3835, 3867, 4191, 4279, 4485]), Anchor::All(&[Anchor::Lits(&[2257, 2261]), Anchor::Lits(&[431, 1371])])])]), Anchor::All(&[Anchor::Lits(&[3867]), Anchor::Any(&[Anchor::Lits(&[3063, 3112, 4394]), Anchor::All(&[Anchor::Lits(&[3152, 3156]), Anchor::Lits(&[436, 1376])])]), Anchor::Lits(&[428, 429, 432, 433, 1368, 1369, 1372, 1373])])])),
            (170, "control-weakened", Anchor::Any(&[Anchor::Lits(&[2276, 2492, 2824, 3540, 3679]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1693, 2267, 2268, 2270, 2272, 2275, 2277, 2635, 2636, 3488, 3539, 3659, 3660, 3661, 4421, 4422]), Anchor::All(&[Anchor::Lits(&[3488]), Anchor::Lits(&[3910]), Anchor::Lits(&[3245, 4535])]), Anchor::All(&[Anchor::Lits(&[2069]), Anchor::Lits(&[4116, 4117, 4118, 4119, 4120]), Anchor::Lits(&[3910])]), Anchor::All(&[Anchor::Lits(&[3678]), Anchor::Lits(&[3911, 3912, 4122])]), Anchor::All(&[Anchor::Lits(&[2491]), Anchor::Lits(&[3910]), Anchor::Lits(&[3245, 4535])]), Anchor::All(&[Anchor::Lits(&[4205, 4206]), Anchor::Lits(&[3910]), Anchor::Lits(&[3245, 4535])]), Anchor::All(&[Anchor::Lits(&[3910]), Anchor::Lits(&[3890]), Anchor::Lits(&[3245, 4535])]), Anchor::All(&[Anchor::Lits(&[2166]), Anchor::Lits(&[3910]), Anchor::Lits(&[3245, 4535])]), Anchor::All(&[Anchor::Lits(&[3926]), Anchor::Lits(&[3910]), Anchor::Lits(&[3245, 4535])]), Anchor::All(&[Anchor::Lits(&[2470, 2473, 2482]), Anchor::Lits(&[1328, 2049, 3268, 4393])]), Anchor::All(&[Anchor::Lits(&[3206]), Anchor::Lits(&[2069])]), Anchor::All(&[Anchor::Lits(&[3396, 3397]), Anchor::Lits(&[1288, 2047])]), Anchor::All(&[Anchor::Lits(&[4311, 4312]), Anchor::Lits(&[3488])]), Anchor::All(&[Anchor::Lits(&[3488]), Anchor::Lits(&[2755, 2756])]), Anchor::All(&[Anchor::Lits(&[2872]), Anchor::Lits(&[3488])])]), Anchor::Any(&[Anchor::Lits(&[2563, 2759, 2767, 2775, 2815, 2864, 2948, 3384, 3409, 3470, 3896, 4029, 4048, 4253, 4274, 4275, 4424, 4425, 4432, 4449, 4495]), Anchor::All(&[Anchor::Lits(&[430, 1370]), Anchor::Lits(&[4417, 4418])]), Anchor::All(&[Anchor::Lits(&[4229, 4230]), Anchor::Lits(&[430, 1370])]), Anchor::All(&[Anchor::Lits(&[4313, 4314]), Anchor::Lits(&[430, 1370])]), Anchor::All(&[Anchor::Lits(&[460, 1414]), Anchor::Lits(&[3058, 3059]), Anchor::Lits(&[427, 1367])])])]), Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4450, 4451]), Anchor::Lits(&[3488])]), Anchor::All(&[Anchor::Lits(&[2865, 2866]), Anchor::Lits(&[462, 463, 1416, 1417]), Anchor::Lits(&[2070, 2071])])]), Anchor::Lits(&[2278])]), Anchor::All(&[Anchor::Lits(&[504, 505, 1469, 1470]), Anchor::Lits(&[319, 423, 447, 465, 1229, 1361, 1390, 1421])]), Anchor::All(&[Anchor::Lits(&[3678]), Anchor::Any(&[Anchor::Lits(&[1683, 2942, 3346]), Anchor::All(&[Anchor::Lits(&[369, 1303]), Anchor::Lits(&[2309, 2313])]), Anchor::All(&[Anchor::Lits(&[370, 1304]), Anchor::Lits(&[2257, 2261])]), Anchor::All(&[Anchor::Lits(&[369, 1303]), Anchor::Lits(&[2936, 2940])])]), Anchor::Lits(&[3910])])])),
            (171, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3113, 3114]), Anchor::Lits(&[3949]), Anchor::Any(&[Anchor::Lits(&[2255, 3984, 4194, 4480]), Anchor::All(&[Anchor::Lits(&[3922]), Anchor::Lits(&[2257, 2261])])])]), Anchor::All(&[Anchor::Lits(&[2073, 2074, 2500, 2501, 3812, 3816, 3978, 3979, 3993, 3994, 4195, 4196, 4490, 4491]), Anchor::Any(&[Anchor::Lits(&[2314, 2941, 2942, 3346, 3949]), Anchor::All(&[Anchor::Lits(&[509, 1475]), Anchor::Lits(&[2257, 2261])]), Anchor::All(&[Anchor::Lits(&[4104]), Anchor::Lits(&[2257, 2261])]), Anchor::All(&[Anchor::Lits(&[2891]), Anchor::Lits(&[2257, 2261])]), Anchor::All(&[Anchor::Lits(&[4515]), Anchor::Lits(&[2664, 3834]), Anchor::Lits(&[4326, 4330])])]), Anchor::Any(&[Anchor::Lits(&[2953, 3399, 3475, 4210]), Anchor::All(&[Anchor::Lits(&[3812, 3816]), Anchor::Lits(&[506, 1471])])])]), Anchor::All(&[Anchor::Lits(&[3400, 3401]), Anchor::Any(&[Anchor::Lits(&[2314, 2941, 2942, 3346, 3949]), Anchor::All(&[Anchor::Lits(&[509, 1475]), Anchor::Lits(&[2257, 2261])]), Anchor::All(&[Anchor::Lits(&[4104]), Anchor::Lits(&[2257, 2261])]), Anchor::All(&[Anchor::Lits(&[2891]), Anchor::Lits(&[2257, 2261])]), Anchor::All(&[Anchor::Lits(&[4515]), Anchor::Lits(&[2664, 3834]), Anchor::Lits(&[4326, 4330])])]), Anchor::Any(&[Anchor::Lits(&[2069, 3977, 3984, 4192, 4488]), Anchor::All(&[Anchor::Lits(&[4194]), Anchor::Lits(&[347, 1276])])])])])),
            (172, "tool-output-approves-itself", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2418, 2997, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3017, 3018, 3026, 3027, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3787, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4370, 4378, 4386, 4387, 4388, 4389, 4390, 4391, 4392]), Anchor::All(&[Anchor::Lits(&[2072, 2323, 2520, 2594, 2947, 3117, 3902, 3913, 4124, 4125, 4190, 4224, 4246, 4405]), Anchor::Lits(&[1625, 1708, 1963, 4089])]), Anchor::All(&[Anchor::Lits(&[4086, 4087]), Anchor::Lits(&[1534]), Anchor::Lits(&[2991, 2992, 3795, 3796])]), Anchor::All(&[Anchor::Lits(&[271, 297, 459, 1179, 1205, 1413, 1537, 1538, 1539]), Anchor::Lits(&[1535, 1536, 1537, 1538, 1539])])]), Anchor::Any(&[Anchor::Lits(&[2266, 2269, 2277, 2322, 2554, 2555, 2556, 2666, 2829, 2885, 3115, 3410, 3903, 3923, 4084, 4436, 4514]), Anchor::All(&[Anchor::Lits(&[2493]), Anchor::Lits(&[4126, 4547])]), Anchor::All(&[Anchor::Lits(&[4519]), Anchor::Lits(&[2380, 2666])]), Anchor::All(&[Anchor::Lits(&[3489]), Anchor::Lits(&[425, 1365])]), Anchor::All(&[Anchor::Lits(&[309, 415, 458, 1219, 1353, 1411]), Anchor::Lits(&[3469])]), Anchor::All(&[Anchor::Lits(&[288, 1196, 2273, 2274, 2351, 2352, 2496, 2497]), Anchor::Lits(&[2271, 2350, 2495]), Anchor::Lits(&[4415])])])])),
            (176, "file-posted-to-an-outside-url", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1607, 1608, 1609, 1610, 1611, 1612, 1618, 1619, 1620, 1621, 1622, 1623, 1631, 1632, 1633, 1634, 1635, 1636]), Anchor::All(&[Anchor::Lits(&[1627, 1628]), Anchor::Lits(&[1968])])]), Anchor::Lits(&[2993, 2994, 3210, 3211]), Anchor::Lits(&[2750, 3209, 4500, 4534])])),
            (190, "override-instructions-cjk", Anchor::Lits(&[4735, 4748, 4757, 4762, 4769, 4785, 4791, 4806, 4815, 4821, 4841, 4842, 4843, 4844, 4845, 4848, 4850, 4852, 4856, 4859, 4870, 4875, 4898, 4900, 4912, 4913, 4925, 4930, 4936, 4939, 4958, 4980, 4981])),
            (193, "override-instructions-other-scripts", Anchor::Lits(&[4561, 4562, 4563, 4632, 4633, 4647, 4652, 4658, 4661, 4667, 4674, 4688, 4689, 4700, 4705, 4706, 4707, 4712, 4715, 4717])),
            (195, "unrestricted-persona-other-scripts", Anchor::Lits(&[4656, 4662, 4690, 4703, 4716, 4736, 4737, 4830, 4836, 4872, 4873, 4901, 4905, 4912, 4913, 4931, 4942, 4971, 4976])),
            (197, "reveal-system-prompt-other-scripts", Anchor::Lits(&[4648, 4659, 4663, 4670, 4681, 4684, 4695, 4696, 4702, 4711, 4713, 4748, 4749, 4794, 4895, 4944, 4949, 4955, 4961, 4967, 4985])),
            (199, "disable-safety-other-scripts", Anchor::Lits(&[4747, 4782, 4787, 4826, 4827, 4885, 4893, 4904, 4906, 4925, 4926, 4940, 4948, 4950, 4952, 4964, 4978])),
            (201, "stop-following-instructions-cjk", Anchor::Lits(&[4739, 4740, 4742, 4818, 4823, 4849, 4862, 4863, 4878, 4879, 4909, 4937, 4938, 4953, 4984])),
            (205, "conceal-from-the-user-cjk", Anchor::Lits(&[4753, 4780, 4881])),
            (212, "reveal-system-prompt-zh", Anchor::Lits(&[4777, 4778, 4779, 4786, 4789, 4792, 4793, 4810, 4897, 4898, 4899, 4900, 4943, 4945])),
            (214, "admin-role-handed-out-other-scripts", Anchor::Lits(&[4643, 4646, 4651, 4664, 4665, 4671, 4672, 4673, 4685, 4686, 4687, 4697, 4698, 4770, 4773, 4790, 4807, 4808, 4851, 4853, 4903, 4908, 4923, 4924, 4962, 4987])),
            (216, "control-weakened-other-scripts", Anchor::Lits(&[4746, 4781, 4782, 4787, 4796, 4800, 4805, 4811, 4812, 4817, 4824, 4854, 4855, 4874, 4893, 4896, 4914, 4940, 4950, 4952, 4965, 4966, 4983, 4988])),
            (218, "destructive-without-confirmation-cjk", Anchor::Any(&[Anchor::Lits(&[4795, 4796, 4799, 4800, 4846, 4847, 4871]), Anchor::All(&[Anchor::Lits(&[4822, 4829, 4835, 4891, 4892, 4915, 4918, 4919, 4922, 4941]), Anchor::Lits(&[4761, 4763, 4764, 4765, 4766, 4797, 4801, 4857, 4858, 4864, 4865, 4876, 4877])])])),
            (219, "results-sent-to-an-address-cjk", Anchor::Lits(&[4744, 4755, 4756, 4776, 4784, 4813, 4816, 4838, 4840, 4882, 4884, 4927, 4928, 4929, 4932, 4933, 4934, 4935, 4960, 4970, 4982])),
            (220, "addressed-to-the-agent-other-scripts", Anchor::Any(&[Anchor::Lits(&[4634, 4635, 4636, 4637, 4638, 4644, 4645, 4650, 4653, 4669, 4679, 4680, 4701, 4708, 4738, 4741, 4917, 4921, 4946, 4947, 4951, 4977, 4986]), Anchor::All(&[Anchor::Lits(&[4951, 4977, 4986]), Anchor::Lits(&[2171, 4979])]), Anchor::All(&[Anchor::Lits(&[4819, 4820, 4902, 4907, 4911]), Anchor::Lits(&[2171, 4771, 4774, 4809, 4825, 4860, 4861, 4916, 4920])])])),
            (221, "conceal-from-the-user-other-scripts", Anchor::Lits(&[4630, 4640, 4657, 4662, 4666, 4675, 4677, 4682, 4683, 4690, 4693, 4694, 4710, 4714, 4734, 4775, 4783, 4788, 4798, 4802, 4814, 4833, 4834, 4866, 4867, 4880, 4883, 4886, 4887, 4889, 4890, 4894, 4910, 4954, 4956, 4957, 4959, 4968, 4969])),
            (223, "no-limits-any-more-cjk", Anchor::Lits(&[4752, 4754, 4758, 4759, 4760, 4803, 4868, 4869, 4912, 4972, 4973, 4974, 4975])),
            (227, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1685, 2523, 2562, 2842, 2965, 3061, 3166, 3345, 3356, 3688, 3689, 3690, 3786, 3892, 3894, 3908, 4067, 4068, 4319, 4395, 4498]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1688, 1689, 1690]), Anchor::All(&[Anchor::Lits(&[1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649]), Anchor::Lits(&[1686, 1691, 1694, 1696, 1698, 1700, 1702, 1704, 1706])])]), Anchor::Lits(&[1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649]), Anchor::Lits(&[1682, 1687, 1692, 1695, 1697, 1699, 1701, 1703, 1705, 1707])])]), Anchor::Lits(&[2265, 2717, 2750, 2880, 2950, 2989, 3675, 3677, 3906, 3914, 3964, 4182, 4197, 4208, 4225, 4252, 4475, 4500])])),
            (228, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[1496, 1497, 1498, 1499, 1500, 1501]), Anchor::All(&[Anchor::Lits(&[1994]), Anchor::Lits(&[2039]), Anchor::Lits(&[2350, 2494, 2495, 3115, 4415, 4539])])])),
            (239, "forged-tool-result", Anchor::All(&[Anchor::Lits(&[2324, 2325, 2326, 2327, 2328, 2329, 2332, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 3010, 3011, 3012, 3013, 3014, 3015, 3016, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3788, 3789, 3790, 3791, 3792, 3793, 3794, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4379, 4380, 4381, 4382, 4383, 4384, 4385]), Anchor::Lits(&[48, 92, 93, 94, 166, 236, 237, 238, 310, 348, 349, 350, 426, 501, 502, 503, 559, 595, 596, 597, 664, 724, 725, 726, 777, 813, 814, 815, 882, 942, 943, 944, 995, 1031, 1032, 1033, 1100, 1160, 1161, 1162, 1220, 1277, 1278, 1279, 1366, 1466, 1467, 1468, 1846, 1868, 1869, 1870, 1907, 1958, 1959, 1960]), Anchor::Lits(&[1711])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x0da6cb0c149d34cd;
