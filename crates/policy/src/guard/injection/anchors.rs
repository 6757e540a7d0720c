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
\x20just as\
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
\x20merely as\
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
\x20only as\
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
\x20purely as\
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
\x20simply as\
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
\x20the command \
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
\x20the keyword \
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
\x20the phrase \
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
\x20the term \
\x20the token \
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
\x20the verb \
\x20the word \
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
            ends: &[2, 5, 7, 18, 29, 39, 48, 68, 88, 107, 125, 144, 161, 171, 179, 181, 185, 187, 189, 191, 193, 195, 197, 199, 209, 229, 245, 264, 272, 281, 287, 294, 307, 320, 327, 335, 349, 363, 380, 398, 428, 436, 445, 463, 482, 497, 513, 526, 533, 550, 568, 574, 581, 591, 604, 622, 641, 650, 659, 669, 681, 692, 698, 705, 720, 733, 753, 771, 792, 812, 833, 856, 879, 896, 917, 936, 958, 978, 1000, 1024, 1048, 1067, 1075, 1090, 1101, 1112, 1123, 1138, 1154, 1176, 1202, 1229, 1257, 1278, 1299, 1321, 1342, 1364, 1382, 1404, 1427, 1451, 1468, 1485, 1503, 1520, 1538, 1551, 1562, 1566, 1574, 1584, 1595, 1603, 1614, 1627, 1635, 1652, 1667, 1684, 1697, 1706, 1711, 1731, 1756, 1781, 1805, 1823, 1843, 1862, 1872, 1883, 1895, 1906, 1919, 1940, 1956, 1971, 1990, 2002, 2013, 2034, 2053, 2067, 2082, 2100, 2117, 2130, 2147, 2161, 2190, 2214, 2241, 2261, 2280, 2309, 2336, 2358, 2381, 2407, 2432, 2453, 2462, 2477, 2493, 2500, 2517, 2532, 2551, 2567, 2588, 2606, 2623, 2637, 2644, 2652, 2661, 2668, 2676, 2684, 2698, 2708, 2719, 2731, 2735, 2740, 2751, 2762, 2769, 2782, 2793, 2805, 2815, 2825, 2834, 2844, 2858, 2870, 2883, 2894, 2905, 2918, 2922, 2927, 2946, 2960, 2975, 2991, 3009, 3027, 3042, 3057, 3069, 3087, 3100, 3110, 3128, 3140, 3149, 3164, 3175, 3189, 3198, 3208, 3227, 3244, 3264, 3280, 3299, 3319, 3341, 3363, 3380, 3396, 3408, 3428, 3446, 3467, 3486, 3507, 3530, 3553, 3571, 3583, 3599, 3613, 3628, 3648, 3663, 3686, 3700, 3711, 3724, 3733, 3741, 3754, 3768, 3783, 3798, 3812, 3829, 3844, 3862, 3870, 3876, 3888, 3908, 3924, 3943, 3952, 3962, 3969, 3977, 3985, 3994, 4012, 4031, 4050, 4065, 4083, 4092, 4102, 4121, 4141, 4157, 4174, 4192, 4211, 4218, 4226, 4240, 4255, 4265, 4279, 4294, 4298, 4315, 4330, 4344, 4356, 4366, 4376, 4393, 4408, 4417, 4435, 4451, 4465, 4477, 4493, 4507, 4523, 4535, 4543, 4554, 4565, 4575, 4585, 4599, 4607, 4620, 4634, 4652, 4669, 4679, 4693, 4706, 4731, 4741, 4752, 4762, 4778, 4795, 4817, 4839, 4854, 4870, 4891, 4903, 4918, 4932, 4949, 4965, 4979, 4994, 5001, 5012, 5029, 5038, 5048, 5060, 5065, 5077, 5086, 5097, 5111, 5126, 5135, 5145, 5152, 5160, 5171, 5186, 5202, 5222, 5238, 5255, 5273, 5284, 5296, 5309, 5319, 5334, 5341, 5352, 5363, 5377, 5389, 5401, 5416, 5423, 5431, 5440, 5449, 5459, 5467, 5481, 5492, 5507, 5523, 5534, 5547, 5563, 5580, 5599, 5614, 5630, 5647, 5665, 5673, 5691, 5711, 5729, 5745, 5763, 5785, 5801, 5813, 5826, 5844, 5865, 5877, 5893, 5902, 5912, 5926, 5941, 5955, 5969, 5979, 6000, 6019, 6041, 6062, 6084, 6108, 6132, 6151, 6169, 6183, 6205, 6225, 6248, 6269, 6292, 6317, 6342, 6362, 6371, 6386, 6394, 6398, 6413, 6425, 6438, 6452, 6467, 6482, 6492, 6508, 6521, 6538, 6547, 6556, 6570, 6581, 6594, 6608, 6627, 6639, 6654, 6663, 6672, 6691, 6707, 6724, 6743, 6762, 6775, 6786, 6804, 6811, 6825, 6837, 6851, 6860, 6877, 6887, 6896, 6910, 6918, 6931, 6939, 6966, 6990, 7013, 7036, 7057, 7071, 7078, 7095, 7099, 7105, 7117, 7131, 7141, 7152, 7162, 7177, 7191, 7204, 7214, 7231, 7247, 7256, 7268, 7275, 7288, 7303, 7315, 7326, 7342, 7357, 7371, 7382, 7400, 7410, 7422, 7435, 7454, 7466, 7479, 7490, 7499, 7513, 7523, 7534, 7541, 7552, 7563, 7575, 7588, 7602, 7611, 7621, 7630, 7645, 7659, 7667, 7682, 7702, 7714, 7729, 7742, 7754, 7762, 7773, 7781, 7796, 7808, 7823, 7833, 7842, 7850, 7863, 7877, 7901, 7913, 7927, 7936, 7947, 7962, 7977, 7993, 8010, 8018, 8025, 8029, 8034, 8040, 8047, 8060, 8075, 8088, 8098, 8106, 8111, 8122, 8135, 8146, 8158, 8166, 8172, 8181, 8188, 8195, 8203, 8210, 8219, 8229, 8237, 8244, 8254, 8262, 8269, 8275, 8281, 8299, 8313, 8339, 8370, 8395, 8422, 8454, 8480, 8486, 8494, 8505, 8513, 8519, 8533, 8545, 8557, 8568, 8578, 8595, 8607, 8618, 8635, 8650, 8668, 8677, 8690, 8698, 8705, 8713, 8723, 8734, 8743, 8751, 8762, 8771, 8779, 8791, 8796, 8808, 8825, 8849, 8871, 8886, 8897, 8912, 8935, 8956, 8980, 9003, 9027, 9053, 9079, 9099, 9123, 9145, 9170, 9193, 9218, 9245, 9272, 9294, 9305, 9321, 9334, 9347, 9372, 9386, 9401, 9411, 9423, 9436, 9446, 9457, 9474, 9482, 9491, 9497, 9508, 9513, 9519, 9527, 9535, 9544, 9551, 9559, 9571, 9575, 9589, 9602, 9610, 9618, 9625, 9629, 9635, 9643, 9661, 9676, 9692, 9710, 9728, 9740, 9762, 9781, 9801, 9823, 9845, 9861, 9875, 9896, 9906, 9923, 9931, 9940, 9959, 9975, 9992, 10011, 10030, 10043, 10066, 10086, 10107, 10130, 10153, 10170, 10185, 10207, 10218, 10236, 10244, 10252, 10277, 10296, 10309, 10326, 10338, 10351, 10364, 10379, 10393, 10408, 10419, 10432, 10450, 10462, 10478, 10495, 10510, 10528, 10550, 10561, 10580, 10585, 10593, 10611, 10623, 10631, 10640, 10654, 10671, 10679, 10695, 10710, 10723, 10743, 10762, 10779, 10797, 10811, 10816, 10822, 10829, 10840, 10848, 10861, 10878, 10883, 10891, 10902, 10908, 10918, 10928, 10939, 10958, 10973, 10991, 10999, 11011, 11028, 11037, 11049, 11063, 11077, 11093, 11100, 11108, 11116, 11126, 11134, 11147, 11157, 11165, 11171, 11181, 11190, 11196, 11202, 11209, 11218, 11226, 11242, 11251, 11262, 11271, 11279, 11291, 11306, 11321, 11334, 11346, 11358, 11366, 11378, 11386, 11393, 11401, 11414, 11439, 11449, 11460, 11479, 11487, 11499, 11509, 11523, 11533, 11543, 11553, 11567, 11579, 11592, 11606, 11621, 11635, 11651, 11665, 11680, 11697, 11713, 11726, 11739, 11751, 11766, 11782, 11800, 11818, 11833, 11850, 11862, 11875, 11894, 11903, 11911, 11920, 11930, 11939, 11947, 11960, 11974, 11990, 12005, 12017, 12029, 12040, 12054, 12069, 12086, 12103, 12117, 12133, 12144, 12156, 12174, 12180, 12191, 12203, 12217, 12230, 12240, 12250, 12259, 12271, 12284, 12299, 12314, 12326, 12340, 12349, 12359, 12375, 12391, 12404, 12416, 12432, 12454, 12478, 12500, 12514, 12534, 12555, 12577, 12599, 12628, 12651, 12666, 12686, 12691, 12695, 12702, 12713, 12720, 12728, 12736, 12744, 12752, 12760, 12777, 12785, 12795, 12806, 12815, 12823, 12832, 12846, 12858, 12863, 12869, 12878, 12888, 12897, 12903, 12914, 12930, 12947, 12957, 12968, 12980, 12990, 12998, 13010, 13027, 13045, 13056, 13068, 13081, 13090, 13099, 13107, 13115, 13127, 13133, 13145, 13153, 13160, 13172, 13180, 13188, 13195, 13206, 13214, 13221, 13233, 13244, 13258, 13266, 13277, 13288, 13295, 13303, 13312, 13319, 13334, 13348, 13358, 13366, 13373, 13381, 13388, 13396, 13404, 13413, 13425, 13439, 13452, 13466, 13475, 13489, 13502, 13516, 13532, 13553, 13574, 13591, 13607, 13624, 13642, 13664, 13689, 13697, 13706, 13719, 13735, 13745, 13753, 13768, 13784, 13801, 13811, 13822, 13836, 13846, 13858, 13874, 13887, 13898, 13911, 13927, 13939, 13953, 13974, 13989, 14000, 14012, 14029, 14049, 14060, 14067, 14075, 14089, 14104, 14121, 14136, 14156, 14173, 14187, 14200, 14210, 14221, 14233, 14249, 14261, 14272, 14291, 14313, 14331, 14349, 14363, 14375, 14388, 14407, 14417, 14427, 14445, 14465, 14484, 14503, 14521, 14533, 14546, 14557, 14565, 14574, 14584, 14596, 14604, 14613, 14628, 14642, 14654, 14666, 14681, 14690, 14700, 14715, 14728, 14741, 14749, 14758, 14771, 14781, 14792, 14804, 14813, 14824, 14836, 14849, 14860, 14872, 14885, 14897, 14905, 14918, 14936, 14955, 14967, 14980, 14994, 15008, 15022, 15041, 15061, 15074, 15088, 15103, 15118, 15130, 15143, 15157, 15165, 15172, 15179, 15187, 15196, 15206, 15211, 15217, 15226, 15234, 15247, 15254, 15262, 15281, 15294, 15303, 15313, 15328, 15346, 15355, 15367, 15375, 15384, 15394, 15405, 15424, 15437, 15458, 15479, 15493, 15505, 15516, 15537, 15558, 15570, 15585, 15597, 15611, 15622, 15639, 15651, 15664, 15677, 15690, 15703, 15717, 15722, 15728, 15732, 15737, 15742, 15751, 15761, 15775, 15791, 15807, 15824, 15838, 15855, 15870, 15881, 15897, 15905, 15914, 15918, 15948, 15976, 15982, 15987, 15993, 16010, 16019, 16028, 16043, 16046, 16057, 16069, 16075, 16088, 16106, 16120, 16130, 16136, 16143, 16151, 16169, 16186, 16198, 16209, 16220, 16237, 16246, 16257, 16268, 16282, 16297, 16322, 16328, 16335, 16343, 16351, 16361, 16370, 16375, 16390, 16404, 16413, 16421, 16429, 16443, 16453, 16467, 16477, 16488, 16499, 16511, 16522, 16534, 16546, 16556, 16567, 16577, 16589, 16603, 16617, 16631, 16645, 16658, 16675, 16683, 16692, 16708, 16717, 16726, 16751, 16771, 16794, 16810, 16828, 16847, 16862, 16887, 16910, 16928, 16947, 16969, 16990, 17007, 17024, 17042, 17049, 17057, 17066, 17082, 17096, 17110, 17125, 17133, 17140, 17154, 17166, 17178, 17191, 17202, 17213, 17217, 17222, 17234, 17243, 17261, 17281, 17298, 17317, 17333, 17351, 17373, 17382, 17397, 17408, 17415, 17423, 17432, 17450, 17461, 17474, 17483, 17493, 17505, 17513, 17522, 17533, 17542, 17551, 17560, 17571, 17586, 17608, 17626, 17640, 17652, 17659, 17665, 17672, 17683, 17688, 17694, 17700, 17707, 17710, 17714, 17724, 17735, 17747, 17760, 17769, 17781, 17791, 17804, 17819, 17826, 17842, 17856, 17873, 17889, 17906, 17925, 17944, 17956, 17969, 17986, 18001, 18019, 18035, 18053, 18073, 18093, 18107, 18122, 18137, 18159, 18175, 18181, 18189, 18202, 18217, 18230, 18241, 18258, 18282, 18313, 18332, 18346, 18359, 18373, 18386, 18399, 18413, 18429, 18446, 18462, 18475, 18489, 18505, 18520, 18532, 18547, 18560, 18575, 18594, 18606, 18633, 18645, 18656, 18668, 18684, 18698, 18713, 18729, 18742, 18761, 18782, 18805, 18833, 18861, 18893, 18915, 18935, 18949, 18962, 18977, 18993, 19010, 19027, 19041, 19056, 19074, 19088, 19104, 19118, 19133, 19147, 19162, 19178, 19196, 19212, 19230, 19245, 19257, 19269, 19283, 19294, 19306, 19319, 19331, 19343, 19356, 19373, 19391, 19407, 19425, 19445, 19466, 19474, 19487, 19494, 19498, 19512, 19527, 19544, 19554, 19571, 19586, 19607, 19622, 19638, 19653, 19671, 19688, 19702, 19719, 19734, 19748, 19763, 19776, 19792, 19817, 19842, 19866, 19892, 19923, 19949, 19971, 19994, 20020, 20043, 20067, 20089, 20112, 20138, 20154, 20171, 20190, 20209, 20225, 20243, 20256, 20270, 20290, 20305, 20313, 20328, 20341, 20360, 20373, 20387, 20400, 20416, 20431, 20443, 20458, 20471, 20483, 20496, 20507, 20521, 20544, 20567, 20589, 20613, 20642, 20666, 20686, 20707, 20731, 20752, 20774, 20794, 20815, 20839, 20853, 20868, 20885, 20902, 20916, 20932, 20943, 20955, 20973, 20979, 20990, 21003, 21014, 21023, 21038, 21056, 21078, 21107, 21124, 21136, 21147, 21159, 21170, 21181, 21193, 21207, 21222, 21236, 21247, 21259, 21273, 21286, 21296, 21309, 21320, 21333, 21350, 21360, 21385, 21395, 21404, 21414, 21428, 21440, 21453, 21467, 21478, 21499, 21516, 21537, 21556, 21577, 21603, 21625, 21651, 21678, 21696, 21716, 21746, 21766, 21788, 21806, 21818, 21829, 21842, 21856, 21871, 21886, 21898, 21911, 21927, 21939, 21953, 21965, 21978, 21990, 22003, 22017, 22033, 22047, 22063, 22076, 22086, 22096, 22108, 22117, 22127, 22138, 22148, 22158, 22169, 22184, 22200, 22214, 22230, 22248, 22267, 22275, 22286, 22296, 22307, 22310, 22322, 22336, 22350, 22364, 22378, 22383, 22389, 22399, 22413, 22428, 22433, 22439, 22448, 22455, 22460, 22472, 22481, 22502, 22520, 22540, 22562, 22578, 22595, 22613, 22628, 22644, 22666, 22681, 22687, 22693, 22697, 22713, 22722, 22732, 22741, 22760, 22782, 22797, 22818, 22838, 22854, 22861, 22867, 22874, 22887, 22903, 22914, 22926, 22936, 22946, 22956, 22963, 22971, 22985, 22997, 23010, 23021, 23032, 23039, 23064, 23089, 23112, 23130, 23149, 23159, 23173, 23190, 23201, 23210, 23221, 23230, 23238, 23247, 23258, 23264, 23273, 23281, 23290, 23297, 23305, 23309, 23314, 23323, 23337, 23352, 23361, 23371, 23380, 23390, 23403, 23425, 23435, 23442, 23449, 23458, 23472, 23487, 23503, 23512, 23522, 23532, 23545, 23559, 23566, 23573, 23588, 23600, 23606, 23613, 23627, 23640, 23651, 23664, 23680, 23691, 23702, 23714, 23723, 23733, 23745, 23771, 23792, 23814, 23837, 23862, 23887, 23909, 23931, 23950, 23975, 23995, 24012, 24037, 24043, 24050, 24057, 24073, 24088, 24101, 24121, 24140, 24157, 24175, 24189, 24197, 24208, 24226, 24245, 24253, 24263, 24282, 24302, 24317, 24335, 24343, 24352, 24364, 24385, 24404, 24426, 24447, 24469, 24493, 24517, 24535, 24557, 24577, 24600, 24621, 24644, 24669, 24694, 24713, 24733, 24753, 24780, 24801, 24824, 24837, 24855, 24874, 24895, 24914, 24922, 24935, 24946, 24956, 24967, 24979, 24992, 25007, 25025, 25041, 25058, 25076, 25085, 25093, 25100, 25108, 25119, 25128, 25137, 25147, 25164, 25181, 25197, 25212, 25229, 25245, 25258, 25273, 25289, 25304, 25319, 25335, 25350, 25370, 25390, 25409, 25422, 25437, 25451, 25459, 25468, 25478, 25492, 25507, 25523, 25536, 25549, 25561, 25576, 25592, 25610, 25628, 25643, 25660, 25672, 25685, 25704, 25719, 25735, 25752, 25766, 25780, 25793, 25809, 25826, 25845, 25864, 25880, 25898, 25911, 25925, 25945, 25950, 25956, 25962, 25969, 25976, 25984, 25989, 25995, 26003, 26012, 26029, 26040, 26059, 26078, 26090, 26100, 26109, 26128, 26147, 26157, 26170, 26177, 26188, 26196, 26210, 26218, 26230, 26251, 26269, 26288, 26295, 26302, 26309, 26317, 26325, 26332, 26346, 26356, 26369, 26380, 26386, 26396, 26407, 26415, 26426, 26443, 26461, 26480, 26499, 26525, 26545, 26557, 26574, 26587, 26598, 26616, 26636, 26654, 26664, 26669, 26676, 26689, 26703, 26713, 26730, 26748, 26758, 26769, 26781, 26796, 26810, 26825, 26839, 26850, 26861, 26873, 26886, 26899, 26913, 26926, 26937, 26951, 26961, 26978, 26990, 27001, 27020, 27031, 27043, 27051, 27065, 27080, 27091, 27109, 27128, 27140, 27153, 27169, 27184, 27200, 27215, 27227, 27239, 27252, 27266, 27281, 27296, 27312, 27324, 27343, 27363, 27376, 27390, 27407, 27423, 27440, 27456, 27469, 27482, 27496, 27511, 27527, 27542, 27558, 27567, 27577, 27590, 27602, 27615, 27627, 27640, 27654, 27664, 27684, 27693, 27702, 27711, 27720, 27729, 27738, 27748, 27756, 27763, 27773, 27784, 27793, 27801, 27812, 27823, 27835, 27844, 27851, 27859, 27867, 27879, 27894, 27909, 27922, 27938, 27950, 27969, 27983, 27991, 28007, 28024, 28039, 28056, 28069, 28078, 28088, 28105, 28115, 28130, 28145, 28161, 28172, 28184, 28202, 28221, 28241, 28253, 28266, 28280, 28297, 28313, 28330, 28346, 28359, 28372, 28386, 28401, 28416, 28432, 28447, 28460, 28476, 28489, 28501, 28520, 28533, 28547, 28559, 28578, 28591, 28605, 28627, 28643, 28658, 28674, 28691, 28708, 28721, 28738, 28752, 28767, 28777, 28793, 28808, 28826, 28835, 28855, 28876, 28893, 28917, 28942, 28960, 28979, 29001, 29022, 29044, 29065, 29083, 29101, 29120, 29140, 29161, 29182, 29204, 29222, 29247, 29273, 29292, 29312, 29335, 29357, 29380, 29402, 29421, 29440, 29460, 29481, 29503, 29511, 29521, 29528, 29539, 29547, 29559, 29578, 29593, 29605, 29613, 29621, 29641, 29658, 29677, 29698, 29713, 29726, 29743, 29758, 29779, 29793, 29799, 29806, 29814, 29823, 29835, 29845, 29852, 29863, 29872, 29883, 29894, 29905, 29916, 29924, 29935, 29944, 29956, 29967, 29979, 29992, 30004, 30021, 30039, 30050, 30062, 30075, 30082, 30088, 30108, 30123, 30134, 30146, 30158, 30170, 30183, 30191, 30199, 30211, 30224, 30236, 30245, 30264, 30278, 30288, 30306, 30323, 30339, 30355, 30370, 30394, 30409, 30428, 30443, 30463, 30485, 30501, 30518, 30540, 30556, 30573, 30591, 30610, 30625, 30641, 30657, 30675, 30690, 30710, 30733, 30751, 30765, 30788, 30805, 30826, 30846, 30866, 30885, 30901, 30931, 30951, 30965, 30975, 30991, 31014, 31032, 31055, 31073, 31092, 31112, 31128, 31145, 31164, 31180, 31201, 31225, 31243, 31274, 31295, 31301, 31318, 31332, 31349, 31371, 31393, 31414, 31429, 31446, 31462, 31473, 31483, 31498, 31514, 31523, 31533, 31544, 31555, 31571, 31588, 31598, 31609, 31621, 31633, 31647, 31665, 31677, 31686, 31701, 31719, 31739, 31760, 31771, 31789, 31805, 31823, 31837, 31847, 31851, 31856, 31868, 31883, 31895, 31906, 31918, 31931, 31942, 31957, 31969, 31986, 31999, 32011, 32017, 32026, 32042, 32052, 32057, 32063, 32070, 32083, 32093, 32099, 32111, 32125, 32144, 32160, 32178, 32199, 32211, 32220, 32240, 32262, 32287, 32294, 32307, 32321, 32332, 32344, 32363, 32372, 32391, 32408, 32420, 32433, 32447, 32452, 32463, 32475, 32489, 32502, 32516, 32532, 32545, 32554, 32565, 32579, 32591, 32603, 32617, 32626, 32636, 32645, 32659, 32672, 32684, 32689, 32698, 32705, 32717, 32725, 32737, 32745, 32752, 32759, 32772, 32792, 32814, 32837, 32858, 32866, 32874, 32880, 32887, 32898, 32914, 32925, 32949, 32970, 32992, 32998, 33005, 33013, 33022, 33028, 33039, 33051, 33066, 33081, 33090, 33111, 33129, 33143, 33159, 33178, 33195, 33212, 33231, 33245, 33260, 33274, 33293, 33311, 33319, 33327, 33333, 33342, 33356, 33370, 33383, 33398, 33412, 33422, 33431, 33439, 33462, 33485, 33509, 33538, 33558, 33580, 33604, 33623, 33633, 33641, 33657, 33669, 33681, 33692, 33707, 33725, 33732, 33739, 33754, 33768, 33784, 33806, 33825, 33840, 33857, 33877, 33895, 33913, 33933, 33948, 33964, 33979, 33999, 34018, 34033, 34044, 34054, 34074, 34085, 34094, 34111, 34124, 34137, 34149, 34165, 34184, 34193, 34213, 34226, 34255, 34277, 34298, 34318, 34339, 34360, 34386, 34415, 34427, 34438, 34450, 34462, 34479, 34509, 34532, 34554, 34575, 34597, 34619, 34646, 34676, 34696, 34699, 34707, 34720, 34735, 34747, 34753, 34761, 34770, 34775, 34783, 34797, 34810, 34824, 34837, 34857, 34869, 34892, 34915, 34937, 34958, 34980, 35000, 35013, 35027, 35042, 35053, 35058, 35064, 35071, 35082, 35092, 35108, 35124, 35136, 35147, 35159, 35172, 35189, 35209, 35224, 35231, 35239, 35245, 35252, 35262, 35271, 35284, 35288, 35296, 35309, 35321, 35334, 35349, 35367, 35380, 35394, 35409, 35425, 35444, 35458, 35473, 35489, 35500, 35508, 35524, 35538, 35554, 35567, 35584, 35599, 35612, 35632, 35656, 35678, 35698, 35721, 35740, 35760, 35781, 35800, 35816, 35828, 35841, 35855, 35867, 35881, 35885, 35895, 35903, 35910, 35918, 35930, 35944, 35963, 35976, 35991, 36007, 36021, 36041, 36054, 36072, 36089, 36109, 36127, 36151, 36168, 36176, 36185, 36194, 36204, 36211, 36221, 36232, 36241, 36254, 36274, 36278, 36284, 36294, 36309, 36322, 36342, 36350, 36370, 36380, 36391, 36404, 36418, 36438, 36451, 36469, 36481, 36500, 36518, 36528, 36546, 36562, 36569, 36580, 36593, 36606, 36614, 36625, 36643, 36655, 36661, 36671, 36689, 36705, 36728, 36741, 36755, 36772, 36795, 36811, 36832, 36847, 36869, 36878, 36897, 36914, 36938, 36952, 36967, 36985, 37009, 37026, 37048, 37064, 37087, 37095, 37104, 37112, 37119, 37128, 37138, 37146, 37153, 37163, 37171, 37178, 37190, 37202, 37212, 37221, 37239, 37250, 37266, 37276, 37293, 37310, 37319, 37330, 37342, 37351, 37359, 37368, 37376, 37391, 37410, 37436, 37448, 37465, 37485, 37500, 37522, 37537, 37557, 37569, 37581, 37596, 37609, 37624, 37638, 37654, 37667, 37689, 37704, 37724, 37738, 37759, 37774, 37792, 37801, 37818, 37832, 37850, 37870, 37885, 37898, 37910, 37919, 37940, 37955, 37973, 37989, 38006, 38027, 38047, 38062, 38078, 38094, 38110, 38126, 38145, 38153, 38162, 38183, 38198, 38209, 38221, 38238, 38258, 38269, 38279, 38291, 38296, 38302, 38310, 38321, 38334, 38343, 38352, 38362, 38373, 38383, 38395, 38406, 38420, 38435, 38448, 38457, 38467, 38476, 38491, 38506, 38522, 38533, 38547, 38555, 38563, 38573, 38584, 38597, 38609, 38622, 38631, 38656, 38682, 38706, 38729, 38751, 38776, 38799, 38821, 38843, 38863, 38883, 38902, 38923, 38943, 38954, 38966, 38984, 39004, 39022, 39037, 39049, 39062, 39076, 39095, 39116, 39139, 39161, 39183, 39204, 39222, 39243, 39254, 39268, 39281, 39295, 39306, 39327, 39334, 39355, 39361, 39369, 39386, 39401, 39423, 39435, 39448, 39464, 39486, 39501, 39521, 39535, 39556, 39574, 39583, 39594, 39609, 39622, 39642, 39662, 39680, 39705, 39720, 39736, 39755, 39780, 39798, 39821, 39838, 39862, 39883, 39902, 39928, 39944, 39961, 39981, 40007, 40026, 40050, 40068, 40093, 40102, 40111, 40121, 40131, 40142, 40151, 40162, 40174, 40184, 40193, 40205, 40215, 40224, 40238, 40252, 40272, 40285, 40303, 40315, 40334, 40342, 40350, 40369, 40383, 40394, 40404, 40423, 40440, 40464, 40478, 40493, 40511, 40535, 40552, 40574, 40590, 40613, 40624, 40639, 40647, 40659, 40672, 40683, 40700, 40717, 40733, 40748, 40774, 40800, 40825, 40849, 40874, 40897, 40913, 40927, 40942, 40951, 40962, 40976, 40989, 41008, 41019, 41036, 41039, 41049, 41063, 41072, 41083, 41095, 41109, 41123, 41132, 41143, 41153, 41165, 41177, 41185, 41198, 41209, 41221, 41235, 41249, 41257, 41274, 41291, 41307, 41315, 41333, 41348, 41364, 41382, 41400, 41416, 41432, 41444, 41459, 41472, 41482, 41499, 41511, 41525, 41544, 41563, 41581, 41597, 41612, 41629, 41638, 41644, 41659, 41667, 41680, 41693, 41709, 41717, 41727, 41734, 41749, 41764, 41778, 41790, 41801, 41814, 41832, 41851, 41872, 41878, 41893, 41908, 41922, 41928, 41935, 41958, 41980, 42000, 42019, 42039, 42060, 42079, 42088, 42098, 42110, 42120, 42129, 42147, 42167, 42180, 42199, 42213, 42230, 42247, 42262, 42280, 42297, 42314, 42328, 42342, 42356, 42367, 42381, 42398, 42416, 42428, 42444, 42453, 42465, 42479, 42493, 42510, 42537, 42546, 42557, 42566, 42585, 42603, 42619, 42635, 42652, 42665, 42678, 42695, 42710, 42721, 42734, 42747, 42773, 42800, 42826, 42850, 42874, 42899, 42920, 42941, 42966, 42989, 43008, 43029, 43050, 43084, 43103, 43117, 43132, 43148, 43166, 43184, 43199, 43214, 43226, 43244, 43257, 43267, 43285, 43310, 43334, 43356, 43378, 43401, 43420, 43439, 43462, 43483, 43500, 43519, 43538, 43570, 43578, 43604, 43629, 43652, 43675, 43699, 43719, 43739, 43763, 43785, 43803, 43823, 43843, 43876, 43881, 43897, 43915, 43926, 43943, 43955, 43970, 43985, 43998, 44014, 44029, 44044, 44056, 44068, 44080, 44089, 44101, 44116, 44132, 44142, 44156, 44163, 44173, 44185, 44197, 44212, 44237, 44245, 44257, 44271, 44283, 44294, 44307, 44312, 44318, 44323, 44331, 44342, 44350, 44364, 44376, 44389, 44402, 44412, 44420, 44433, 44443, 44453, 44465, 44475, 44485, 44496, 44507, 44515, 44522, 44544, 44563, 44581, 44595, 44610, 44629, 44650, 44668, 44681, 44695, 44717, 44736, 44750, 44765, 44775, 44786, 44796, 44808, 44812, 44821, 44831, 44836, 44842, 44849, 44866, 44872, 44888, 44900, 44908, 44913, 44925, 44934, 44945, 44956, 44967, 44978, 44994, 45011, 45018, 45022, 45027, 45033, 45039, 45051, 45082, 45113, 45142, 45166, 45191, 45196, 45202, 45217, 45224, 45247, 45267, 45286, 45301, 45317, 45339, 45358, 45372, 45387, 45410, 45430, 45445, 45461, 45472, 45484, 45489, 45500, 45508, 45517, 45525, 45534, 45545, 45561, 45566, 45572, 45577, 45583, 45589, 45594, 45605, 45619, 45629, 45638, 45643, 45649, 45662, 45675, 45688, 45704, 45714, 45718, 45724, 45731, 45740, 45746, 45759, 45770, 45781, 45793, 45800, 45808, 45815, 45822, 45830, 45850, 45867, 45885, 45891, 45897, 45906, 45916, 45923, 45931, 45936, 45942, 45953, 45967, 45985, 46002, 46017, 46039, 46060, 46079, 46099, 46115, 46120, 46126, 46133, 46148, 46165, 46178, 46194, 46203, 46208, 46219, 46230, 46245, 46261, 46275, 46292, 46302, 46316, 46330, 46340, 46349, 46360, 46371, 46380, 46392, 46400, 46410, 46415, 46421, 46430, 46439, 46450, 46461, 46466, 46472, 46481, 46488, 46503, 46519, 46531, 46548, 46554, 46567, 46581, 46594, 46609, 46625, 46633, 46641, 46650, 46672, 46694, 46714, 46729, 46745, 46756, 46768, 46772, 46781, 46797, 46804, 46811, 46831, 46851, 46860, 46879, 46902, 46925, 46944, 46965, 46984, 47009, 47027, 47046, 47061, 47080, 47099, 47118, 47141, 47164, 47183, 47204, 47223, 47248, 47266, 47285, 47304, 47327, 47350, 47369, 47390, 47409, 47434, 47452, 47471, 47482, 47497, 47516, 47539, 47562, 47581, 47602, 47621, 47646, 47664, 47683, 47698, 47715, 47730, 47751, 47765, 47780, 47793, 47807, 47824, 47843, 47866, 47889, 47908, 47929, 47948, 47973, 47991, 48010, 48023, 48040, 48052, 48070, 48090, 48110, 48120, 48131, 48143, 48163, 48187, 48211, 48231, 48253, 48273, 48299, 48318, 48338, 48354, 48374, 48394, 48414, 48438, 48462, 48482, 48504, 48524, 48550, 48569, 48589, 48609, 48633, 48657, 48677, 48699, 48719, 48745, 48764, 48784, 48804, 48828, 48852, 48872, 48894, 48914, 48940, 48959, 48979, 48995, 49013, 49029, 49051, 49066, 49082, 49102, 49126, 49150, 49170, 49192, 49212, 49238, 49257, 49277, 49290, 49300, 49316, 49331, 49343, 49358, 49370, 49384, 49396, 49408, 49416, 49425, 49440, 49459, 49472, 49486, 49498, 49510, 49526, 49546, 49562, 49576, 49591, 49604, 49617, 49634, 49655, 49667, 49675, 49679, 49689, 49696, 49704, 49709, 49715, 49730, 49742, 49752, 49765, 49778, 49793, 49817, 49839, 49855, 49870, 49879, 49897, 49913, 49924, 49932, 49946, 49956, 49967, 49975, 49979, 49998, 50009, 50014, 50021, 50035, 50054, 50073, 50091, 50103, 50117, 50130, 50137, 50151, 50158, 50173, 50178, 50184, 50191, 50199, 50209, 50222, 50226, 50236, 50246, 50257, 50263, 50280, 50297, 50313, 50331, 50354, 50372, 50386, 50401, 50419, 50434, 50450, 50464, 50479, 50497, 50511, 50527, 50540, 50556, 50569, 50581, 50594, 50600, 50612, 50622, 50639, 50652, 50668, 50681, 50689, 50698, 50709, 50721, 50731, 50740, 50752, 50762, 50771, 50779, 50789, 50799, 50809, 50819, 50823, 50838, 50848, 50865, 50878, 50895, 50910, 50927, 50943, 50965, 50983, 51005, 51028, 51046, 51060, 51075, 51093, 51108, 51124, 51150, 51166, 51180, 51195, 51213, 51227, 51236, 51243, 51258, 51273, 51287, 51303, 51324, 51340, 51352, 51365, 51381, 51394, 51408, 51420, 51433, 51449, 51455, 51478, 51497, 51516, 51526, 51544, 51558, 51572, 51581, 51588, 51605, 51620, 51633, 51640, 51652, 51668, 51682, 51694, 51704, 51720, 51743, 51773, 51785, 51798, 51810, 51822, 51835, 51850, 51866, 51878, 51891, 51906, 51920, 51931, 51945, 51960, 51976, 51990, 52008, 52019, 52034, 52060, 52071, 52081, 52092, 52107, 52120, 52134, 52149, 52161, 52177, 52200, 52219, 52241, 52263, 52286, 52314, 52333, 52354, 52377, 52400, 52423, 52447, 52476, 52496, 52518, 52542, 52555, 52569, 52585, 52601, 52614, 52628, 52645, 52658, 52672, 52687, 52702, 52715, 52729, 52742, 52756, 52771, 52788, 52803, 52820, 52834, 52845, 52856, 52869, 52879, 52890, 52902, 52913, 52924, 52936, 52952, 52969, 52984, 53001, 53021, 53032, 53047, 53069, 53087, 53100, 53118, 53136, 53153, 53164, 53177, 53189, 53201, 53207, 53224, 53236, 53250, 53262, 53280, 53306, 53309, 53313, 53325, 53334, 53344, 53358, 53368, 53382, 53392, 53408, 53425, 53440, 53455, 53470, 53480, 53491, 53505, 53515, 53526, 53540, 53554, 53569, 53579, 53590, 53601, 53622, 53640, 53656, 53674, 53694, 53711, 53730, 53746, 53764, 53780, 53800, 53819, 53841, 53858, 53875, 53894, 53913, 53938, 53954, 53965, 53980, 53994, 54011, 54026, 54044, 54061, 54078, 54097, 54121, 54139, 54158, 54182, 54201, 54219, 54247, 54265, 54285, 54307, 54327, 54349, 54365, 54383, 54403, 54425, 54441, 54448, 54460, 54473, 54485, 54495, 54507, 54520, 54533, 54545, 54562, 54581, 54602, 54628, 54654, 54684, 54704, 54722, 54733, 54749, 54759, 54768, 54784, 54794, 54806, 54819, 54836, 54851, 54866, 54876, 54887, 54894, 54906, 54922, 54935, 54946, 54958, 54973, 54984, 54996, 55010, 55021, 55031, 55045, 55061, 55073, 55092, 55111, 55116, 55127, 55143, 55160, 55181, 55198, 55218, 55236, 55255, 55272, 55289, 55310, 55329, 55349, 55367, 55385, 55393, 55404, 55411, 55419, 55432, 55442, 55452, 55466, 55471, 55481, 55490, 55496, 55505, 55520, 55536, 55553, 55570, 55594, 55612, 55622, 55637, 55646, 55662, 55680, 55696, 55710, 55722, 55732, 55751, 55760, 55764, 55776, 55784, 55790, 55796, 55803, 55811, 55827, 55842, 55861, 55881, 55896, 55916, 55930, 55942, 55957, 55975, 55987, 55995, 56002, 56010, 56019, 56040, 56056, 56077, 56092, 56108, 56127, 56131, 56136, 56155, 56173, 56188, 56204, 56221, 56234, 56250, 56264, 56275, 56296, 56311, 56333, 56349, 56371, 56386, 56401, 56415, 56426, 56438, 56451, 56460, 56472, 56482, 56500, 56517, 56531, 56546, 56562, 56574, 56589, 56602, 56612, 56632, 56646, 56667, 56682, 56703, 56717, 56727, 56746, 56764, 56779, 56795, 56812, 56825, 56841, 56855, 56866, 56887, 56902, 56924, 56940, 56962, 56977, 56984, 57001, 57012, 57030, 57042, 57060, 57079, 57097, 57112, 57128, 57145, 57158, 57174, 57188, 57199, 57220, 57235, 57257, 57273, 57295, 57310, 57330, 57349, 57365, 57382, 57400, 57414, 57431, 57446, 57458, 57480, 57496, 57519, 57536, 57559, 57575, 57586, 57606, 57625, 57641, 57658, 57676, 57690, 57707, 57722, 57734, 57756, 57772, 57795, 57812, 57835, 57851, 57859, 57871, 57879, 57889, 57899, 57906, 57913, 57921, 57926, 57943, 57957, 57973, 57991, 58003, 58017, 58029, 58047, 58058, 58067, 58076, 58084, 58093, 58101, 58107, 58112, 58118, 58126, 58130, 58136, 58146, 58154, 58167, 58177, 58188, 58204, 58217, 58240, 58260, 58280, 58300, 58323, 58350, 58374, 58398, 58422, 58449, 58457, 58469, 58475, 58485, 58494, 58503, 58511, 58519, 58526, 58535, 58545, 58553, 58560, 58570, 58578, 58585, 58597, 58607, 58616, 58625, 58636, 58645, 58653, 58668, 58678, 58695, 58714, 58726, 58741, 58756, 58769, 58780, 58798, 58812, 58824, 58831, 58840, 58848, 58854, 58864, 58875, 58883, 58897, 58909, 58922, 58935, 58945, 58953, 58966, 58976, 58988, 58998, 59008, 59019, 59027, 59036, 59045, 59056, 59068, 59078, 59087, 59099, 59109, 59118, 59129, 59139, 59150, 59178, 59186, 59195, 59212, 59223, 59242, 59261, 59273, 59283, 59292, 59311, 59330, 59342, 59355, 59365, 59378, 59395, 59402, 59413, 59425, 59437, 59454, 59473, 59495, 59510, 59531, 59551, 59567, 59578, 59589, 59601, 59610, 59619, 59626, 59638, 59645, 59659, 59666, 59675, 59685, 59703, 59719, 59735, 59742, 59749, 59757, 59779, 59800, 59818, 59837, 59857, 59873, 59892, 59909, 59923, 59947, 59965, 59990, 60009, 60034, 60052, 60070, 60087, 60101, 60116, 60132, 60144, 60159, 60180, 60200, 60217, 60235, 60254, 60269, 60287, 60303, 60316, 60339, 60356, 60380, 60398, 60422, 60439, 60452, 60474, 60495, 60513, 60532, 60552, 60568, 60587, 60604, 60618, 60642, 60660, 60685, 60704, 60729, 60747, 60757, 60777, 60791, 60812, 60827, 60848, 60870, 60891, 60909, 60928, 60948, 60964, 60980, 60999, 61016, 61030, 61054, 61072, 61097, 61116, 61141, 61159, 61182, 61204, 61223, 61243, 61264, 61281, 61301, 61319, 61334, 61359, 61378, 61404, 61424, 61450, 61469, 61483, 61509, 61530, 61551, 61570, 61593, 61615, 61634, 61654, 61675, 61692, 61712, 61730, 61749, 61764, 61789, 61808, 61834, 61852, 61871, 61890, 61910, 61936, 61956, 61975, 61984, 61991, 61999, 62016, 62032, 62041, 62051, 62059, 62068, 62084, 62099, 62111, 62125, 62139, 62154, 62165, 62176, 62181, 62193, 62203, 62218, 62230, 62240, 62248, 62260, 62271, 62282, 62293, 62306, 62317, 62327, 62339, 62358, 62372, 62389, 62406, 62421, 62434, 62454, 62470, 62484, 62493, 62503, 62513, 62524, 62534, 62548, 62559, 62571, 62581, 62592, 62604, 62614, 62625, 62635, 62641, 62657, 62676, 62688, 62706, 62723, 62736, 62746, 62760, 62777, 62795, 62814, 62825, 62833, 62841, 62850, 62861, 62873, 62883, 62892, 62904, 62914, 62923, 62945, 62964, 62982, 62996, 63011, 63032, 63050, 63063, 63077, 63099, 63118, 63132, 63147, 63157, 63168, 63175, 63182, 63190, 63198, 63210, 63223, 63229, 63237, 63246, 63256, 63263, 63275, 63289, 63303, 63317, 63331, 63350, 63358, 63369, 63386, 63396, 63414, 63423, 63433, 63449, 63467, 63483, 63493, 63504, 63514, 63526, 63532, 63539, 63547, 63556, 63560, 63567, 63576, 63585, 63595, 63602, 63618, 63636, 63651, 63668, 63682, 63698, 63718, 63739, 63755, 63771, 63780, 63788, 63797, 63806, 63813, 63824, 63829, 63841, 63860, 63880, 63907, 63928, 63941, 63951, 63961, 63973, 63992, 64005, 64024, 64040, 64057, 64077, 64095, 64116, 64136, 64157, 64180, 64203, 64220, 64241, 64260, 64282, 64302, 64324, 64348, 64372, 64391, 64403, 64412, 64422, 64433, 64442, 64452, 64466, 64475, 64484, 64492, 64496, 64501, 64507, 64530, 64550, 64569, 64584, 64600, 64622, 64641, 64655, 64670, 64693, 64713, 64728, 64744, 64755, 64767, 64782, 64794, 64805, 64813, 64819, 64837, 64860, 64878, 64896, 64912, 64924, 64930, 64952, 64965, 64980, 64995, 65004, 65014, 65028, 65047, 65067, 65080, 65094, 65109, 65116, 65124, 65136, 65153, 65171, 65182, 65194, 65207, 65213, 65232, 65241, 65248, 65265, 65273, 65282, 65293, 65305, 65315, 65324, 65336, 65346, 65355, 65367, 65381, 65384, 65388, 65397, 65407, 65415, 65428, 65455, 65466, 65484, 65496, 65507, 65523, 65532, 65542, 65553, 65566, 65579, 65592, 65605, 65613, 65622, 65636, 65651, 65664, 65680, 65686, 65696, 65705, 65715, 65723, 65733, 65743, 65765, 65784, 65805, 65828, 65845, 65860, 65878, 65897, 65913, 65930, 65953, 65969, 65984, 66006, 66013, 66023, 66030, 66049, 66065, 66083, 66103, 66117, 66132, 66148, 66161, 66175, 66195, 66208, 66223, 66232, 66241, 66253, 66266, 66280, 66291, 66307, 66322, 66334, 66346, 66361, 66377, 66387, 66395, 66407, 66425, 66445, 66463, 66478, 66498, 66510, 66519, 66526, 66539, 66557, 66576, 66594, 66612, 66630, 66642, 66668, 66683, 66702, 66717, 66734, 66742, 66769, 66785, 66797, 66807, 66823, 66829, 66836, 66844, 66858, 66873, 66885, 66898, 66917, 66926, 66939, 66953, 66963, 66969, 66976, 66981, 66987, 67004, 67012, 67024, 67028, 67033, 67054, 67072, 67089, 67102, 67116, 67127, 67138, 67151, 67171, 67188, 67200, 67213, 67234, 67252, 67265, 67279, 67288, 67299, 67307, 67317, 67332, 67339, 67348, 67354, 67368, 67381, 67395, 67404, 67416, 67424, 67439, 67455, 67472, 67486, 67502, 67515, 67530, 67549, 67558, 67569, 67581, 67591, 67602, 67611, 67621, 67628, 67637, 67647, 67665, 67677, 67697, 67717, 67730, 67741, 67751, 67771, 67791, 67802, 67816, 67823, 67835, 67847, 67852, 67863, 67875, 67886, 67897, 67907, 67923, 67933, 67940, 67955, 67969, 67980, 67993, 68006, 68020, 68032, 68045, 68052, 68060, 68066, 68081, 68094, 68109, 68120, 68130, 68141, 68150, 68160, 68169, 68179, 68195, 68207, 68220, 68238, 68254, 68273, 68281, 68290, 68300, 68311, 68327, 68334, 68342, 68354, 68368, 68382, 68396, 68410, 68417, 68434, 68450, 68461, 68471, 68481, 68497, 68508, 68523, 68530, 68537, 68543, 68550, 68557, 68564, 68573, 68583, 68590, 68597, 68614, 68630, 68641, 68651, 68661, 68677, 68684, 68698, 68713, 68728, 68749, 68756, 68764, 68772, 68794, 68804, 68812, 68820, 68824, 68833, 68842, 68852, 68862, 68873, 68886, 68892, 68902, 68914, 68919, 68927, 68939, 68954, 68972, 68985, 69001, 69012, 69022, 69031, 69040, 69060, 69078, 69091, 69108, 69130, 69153, 69169, 69186, 69204, 69222, 69245, 69269, 69286, 69304, 69323, 69333, 69342, 69348, 69357, 69369, 69377, 69389, 69403, 69412, 69424, 69433, 69443, 69454, 69464, 69476, 69490, 69501, 69510, 69532, 69548, 69560, 69573, 69591, 69612, 69624, 69635, 69647, 69664, 69686, 69709, 69725, 69742, 69760, 69773, 69787, 69805, 69828, 69852, 69869, 69895, 69918, 69942, 69960, 69979, 69993, 70007, 70019, 70026, 70034, 70042, 70051, 70062, 70070, 70078, 70089, 70097, 70108, 70125, 70135, 70142, 70157, 70170, 70183, 70196, 70208, 70216, 70225, 70237, 70248, 70257, 70261, 70269, 70281, 70289, 70300, 70314, 70324, 70337, 70346, 70359, 70368, 70379, 70394, 70405, 70425, 70440, 70458, 70469, 70479, 70499, 70517, 70530, 70544, 70561, 70577, 70589, 70596, 70603, 70611, 70624, 70628, 70633, 70653, 70671, 70676, 70682, 70687, 70693, 70700, 70718, 70737, 70753, 70770, 70787, 70791, 70796, 70813, 70828, 70846, 70863, 70881, 70901, 70921, 70935, 70953, 70969, 70988, 71005, 71024, 71045, 71066, 71082, 71101, 71115, 71123, 71147, 71164, 71197, 71223, 71248, 71272, 71297, 71322, 71352, 71385, 71401, 71416, 71432, 71448, 71469, 71503, 71530, 71556, 71581, 71607, 71633, 71664, 71698, 71722, 71736, 71751, 71768, 71783, 71791, 71794, 71803, 71813, 71824, 71831, 71839, 71851, 71864, 71884, 71901, 71919, 71925, 71932, 71939, 71948, 71953, 71968, 71982, 71990, 72005, 72022, 72037, 72049, 72058, 72067, 72074, 72082, 72093, 72105, 72120, 72141, 72166, 72192, 72219, 72239, 72259, 72280, 72300, 72321, 72329, 72335, 72341, 72347, 72351, 72356, 72363, 72383, 72402, 72416, 72429, 72442, 72461, 72471, 72483, 72498, 72511, 72528, 72536, 72548, 72556, 72569, 72582, 72593, 72604, 72615, 72625, 72634, 72643, 72657, 72664, 72675, 72682, 72693, 72711, 72725, 72732, 72740, 72747, 72754, 72762, 72780, 72793, 72806, 72822, 72839, 72848, 72856, 72865, 72882, 72900, 72909, 72919, 72943, 72956, 72980, 73002, 73019, 73036, 73054, 73069, 73085, 73104, 73124, 73138, 73149, 73161, 73170, 73181, 73191, 73208, 73213, 73218, 73224, 73233, 73240, 73247, 73255, 73262, 73272, 73284, 73298, 73310, 73323, 73332, 73342, 73349, 73357, 73364, 73371, 73379, 73387, 73404, 73419, 73424, 73436, 73457, 73475, 73492, 73505, 73519, 73530, 73542, 73555, 73568, 73583, 73598, 73613, 73629, 73645, 73663, 73674, 73690, 73706, 73723, 73740, 73759, 73771, 73791, 73808, 73820, 73833, 73854, 73872, 73885, 73899, 73907, 73916, 73932, 73948, 73965, 73982, 74001, 74013, 74026, 74042, 74052, 74061, 74071, 74077, 74084, 74090, 74097, 74112, 74128, 74136, 74145, 74149, 74173, 74194, 74214, 74230, 74247, 74270, 74290, 74305, 74321, 74345, 74366, 74382, 74399, 74411, 74424, 74432, 74437, 74443, 74460, 74467, 74476, 74484, 74503, 74522, 74540, 74560, 74585, 74605, 74621, 74638, 74658, 74675, 74693, 74709, 74726, 74746, 74763, 74780, 74796, 74814, 74837, 74855, 74869, 74884, 74902, 74917, 74933, 74947, 74962, 74980, 74986, 74995, 75007, 75016, 75029, 75047, 75057, 75068, 75080, 75087, 75095, 75103, 75112, 75122, 75133, 75144, 75153, 75166, 75175, 75185, 75195, 75207, 75212, 75224, 75237, 75252, 75257, 75262, 75268, 75282, 75297, 75309, 75320, 75332, 75343, 75355, 75366, 75379, 75396, 75410, 75426, 75438, 75450, 75464, 75480, 75494, 75510, 75523, 75533, 75545, 75563, 75578, 75594, 75609, 75625, 75643, 75658, 75672, 75686, 75702, 75721, 75731, 75737, 75744, 75758, 75773, 75782, 75791, 75801, 75811, 75822, 75826, 75842, 75856, 75869, 75880, 75889, 75903, 75920, 75935, 75948, 75955, 75963, 75978, 75991, 76006, 76017, 76027, 76038, 76048, 76059, 76068, 76078, 76091, 76103, 76124, 76143, 76161, 76177, 76191, 76210, 76232, 76252, 76270, 76290, 76308, 76328, 76344, 76359, 76375, 76390, 76406, 76420, 76435, 76453, 76470, 76488, 76510, 76528, 76545, 76558, 76575, 76588, 76600, 76624, 76634, 76648, 76663, 76673, 76686, 76705, 76730, 76759, 76789, 76820, 76844, 76868, 76893, 76917, 76942, 76961, 76976, 76994, 77007, 77024, 77042, 77064, 77082, 77101, 77121, 77134, 77148, 77163, 77171, 77183, 77199, 77216, 77237, 77254, 77272, 77291, 77303, 77316, 77330, 77339, 77349, 77355, 77362, 77368, 77378, 77383, 77391, 77404, 77409, 77418, 77428, 77432, 77437, 77442, 77451, 77466, 77482, 77496, 77511, 77517, 77523, 77534, 77548, 77559, 77568, 77578, 77591, 77609, 77621, 77641, 77661, 77674, 77685, 77700, 77710, 77730, 77750, 77761, 77775, 77789, 77806, 77815, 77822, 77834, 77846, 77859, 77874, 77895, 77911, 77930, 77948, 77972, 77991, 78015, 78040, 78065, 78086, 78108, 78130, 78136, 78152, 78166, 78179, 78193, 78200, 78210, 78223, 78229, 78235, 78250, 78265, 78284, 78296, 78307, 78318, 78334, 78346, 78362, 78375, 78392, 78411, 78425, 78439, 78455, 78467, 78481, 78497, 78511, 78527, 78540, 78550, 78562, 78577, 78591, 78607, 78626, 78633, 78640, 78648, 78656, 78669, 78680, 78691, 78700, 78707, 78717, 78728, 78740, 78748, 78771, 78792, 78812, 78830, 78851, 78875, 78897, 78917, 78936, 78956, 78976, 78994, 79007, 79021, 79033, 79049, 79066, 79082, 79099, 79107, 79119, 79130, 79141, 79153, 79178, 79193, 79218, 79241, 79259, 79278, 79295, 79310, 79319, 79327, 79341, 79359, 79378, 79401, 79425, 79450, 79468, 79486, 79505, 79523, 79542, 79565, 79592, 79620, 79649, 79671, 79693, 79716, 79738, 79761, 79780, 79800, 79813, 79826, 79845, 79868, 79892, 79917, 79935, 79953, 79972, 79990, 80009, 80023, 80036, 80050, 80059, 80068, 80078, 80089, 80098, 80107, 80117, 80129, 80140, 80152, 80162, 80173, 80181, 80205, 80226, 80246, 80262, 80279, 80302, 80322, 80337, 80353, 80365, 80389, 80410, 80431, 80454, 80474, 80496, 80515, 80531, 80552, 80577, 80594, 80606, 80619, 80632, 80651, 80668, 80673, 80679, 80688, 80703, 80722, 80736, 80744, 80766, 80783, 80798, 80815, 80834, 80854, 80867, 80882, 80898, 80920, 80940, 80955, 80971, 80990, 81008, 81022, 81037, 81051, 81064, 81082, 81098, 81111, 81117, 81124, 81132, 81137, 81143, 81154, 81171, 81190, 81212, 81222, 81245, 81255, 81264, 81271, 81277, 81285, 81299, 81315, 81329, 81340, 81352, 81364, 81376, 81386, 81392, 81399, 81408, 81418, 81428, 81434, 81454, 81466, 81480, 81498, 81517, 81537, 81558, 81582, 81604, 81627, 81651, 81676, 81696, 81720, 81740, 81760, 81781, 81797, 81809, 81825, 81842, 81851, 81867, 81876, 81882, 81894, 81906, 81912, 81923, 81932, 81941, 81947, 81957, 81967, 81981, 81999, 82010, 82020, 82031, 82043, 82055, 82074, 82087, 82098, 82113, 82126, 82140, 82156, 82169, 82184, 82197, 82208, 82219, 82231, 82243, 82255, 82267, 82283, 82305, 82320, 82351, 82375, 82398, 82420, 82443, 82466, 82494, 82525, 82539, 82552, 82566, 82580, 82599, 82631, 82656, 82680, 82703, 82727, 82751, 82780, 82812, 82834, 82846, 82857, 82869, 82878, 82888, 82908, 82930, 82945, 82966, 82982, 83001, 83020, 83037, 83057, 83076, 83095, 83111, 83127, 83143, 83156, 83172, 83191, 83211, 83225, 83243, 83254, 83268, 83284, 83300, 83319, 83348, 83358, 83369, 83379, 83390, 83410, 83431, 83443, 83454, 83466, 83479, 83493, 83507, 83528, 83550, 83568, 83587, 83601, 83610, 83621, 83633, 83643, 83654, 83664, 83678, 83693, 83703, 83723, 83744, 83753, 83763, 83778, 83799, 83818, 83839, 83856, 83872, 83888, 83903, 83922, 83940, 83959, 83982, 84001, 84016, 84027, 84037, 84055, 84075, 84088, 84107, 84121, 84138, 84155, 84170, 84188, 84205, 84222, 84236, 84250, 84264, 84275, 84289, 84306, 84324, 84336, 84352, 84361, 84373, 84387, 84401, 84418, 84445, 84450, 84467, 84477, 84488, 84507, 84527, 84539, 84550, 84574, 84593, 84611, 84626, 84638, 84655, 84670, 84698, 84721, 84743, 84762, 84783, 84799, 84814, 84829, 84843, 84856, 84868, 84881, 84895, 84909, 84924, 84940, 84952, 84962, 84973, 84981, 84990, 85003, 85012, 85022, 85033, 85045, 85064, 85084, 85113, 85137, 85160, 85180, 85194, 85209, 85222, 85233, 85245, 85257, 85267, 85278, 85294, 85311, 85322, 85339, 85355, 85375, 85396, 85413, 85431, 85449, 85464, 85478, 85499, 85519, 85532, 85543, 85563, 85582, 85592, 85603, 85614, 85633, 85653, 85666, 85680, 85688, 85697, 85711, 85724, 85737, 85752, 85771, 85792, 85805, 85820, 85837, 85855, 85877, 85895, 85914, 85934, 85947, 85963, 85977, 85992, 86006, 86016, 86026, 86037, 86049, 86060, 86065, 86083, 86099, 86114, 86127, 86138, 86156, 86172, 86182, 86201, 86218, 86233, 86246, 86257, 86266, 86280, 86292, 86297, 86307, 86316, 86325, 86336, 86351, 86368, 86377, 86388, 86401, 86415, 86433, 86447, 86462, 86478, 86487, 86499, 86509, 86520, 86529, 86543, 86555, 86575, 86593, 86613, 86632, 86650, 86669, 86675, 86690, 86708, 86732, 86751, 86771, 86792, 86808, 86825, 86838, 86857, 86879, 86907, 86930, 86954, 86979, 86999, 87020, 87042, 87067, 87098, 87124, 87151, 87179, 87202, 87226, 87237, 87249, 87258, 87268, 87288, 87303, 87319, 87337, 87354, 87373, 87392, 87407, 87423, 87438, 87454, 87467, 87486, 87500, 87511, 87526, 87545, 87563, 87585, 87604, 87623, 87642, 87664, 87674, 87685, 87705, 87726, 87736, 87747, 87759, 87780, 87802, 87820, 87839, 87856, 87876, 87902, 87923, 87945, 87968, 87986, 88005, 88015, 88027, 88047, 88068, 88077, 88087, 88108, 88124, 88141, 88159, 88179, 88199, 88216, 88233, 88247, 88267, 88282, 88294, 88314, 88326, 88335, 88342, 88350, 88368, 88387, 88402, 88417, 88433, 88450, 88466, 88482, 88499, 88512, 88525, 88544, 88564, 88580, 88596, 88613, 88631, 88648, 88662, 88677, 88691, 88711, 88732, 88749, 88766, 88784, 88803, 88821, 88842, 88864, 88882, 88900, 88919, 88939, 88958, 88965, 88977, 88988, 88995, 89008, 89014, 89026, 89038, 89049, 89059, 89080, 89101, 89121, 89140, 89160, 89178, 89189, 89198, 89202, 89208, 89221, 89233, 89246, 89255, 89271, 89288, 89298, 89309, 89332, 89347, 89361, 89374, 89387, 89407, 89421, 89434, 89448, 89458, 89468, 89478, 89488, 89504, 89515, 89525, 89536, 89548, 89561, 89572, 89586, 89601, 89621, 89632, 89645, 89663, 89675, 89694, 89710, 89722, 89733, 89751, 89762, 89778, 89789, 89799, 89817, 89827, 89838, 89845, 89861, 89874, 89881, 89894, 89908, 89918, 89935, 89953, 89964, 89976, 89991, 90005, 90020, 90034, 90049, 90060, 90071, 90083, 90096, 90110, 90124, 90139, 90150, 90168, 90187, 90199, 90212, 90228, 90243, 90259, 90274, 90286, 90298, 90311, 90325, 90340, 90354, 90369, 90381, 90396, 90417, 90436, 90457, 90474, 90490, 90506, 90521, 90540, 90558, 90577, 90600, 90619, 90628, 90636, 90645, 90666, 90679, 90691, 90702, 90713, 90731, 90743, 90753, 90764, 90777, 90795, 90811, 90834, 90847, 90861, 90878, 90901, 90917, 90938, 90953, 90975, 90988, 91000, 91019, 91036, 91060, 91074, 91089, 91107, 91131, 91148, 91170, 91186, 91209, 91221, 91228, 91237, 91244, 91258, 91280, 91297, 91310, 91322, 91341, 91354, 91367, 91385, 91404, 91422, 91443, 91451, 91459, 91467, 91482, 91505, 91523, 91537, 91550, 91570, 91584, 91598, 91617, 91637, 91656, 91678, 91687, 91695, 91703, 91717, 91726, 91740, 91760, 91778, 91798, 91814, 91829, 91844, 91858, 91876, 91893, 91911, 91933, 91951, 91959, 91968, 91975, 91981, 91990, 92000, 92008, 92015, 92025, 92035, 92046, 92054, 92060, 92067, 92081, 92096, 92107, 92118, 92130, 92143, 92155, 92164, 92176, 92189, 92201, 92213, 92226, 92244, 92259, 92268, 92279, 92295, 92305, 92315, 92332, 92346, 92355, 92361, 92367, 92384, 92394, 92403, 92412, 92426, 92438, 92447, 92455, 92470, 92485, 92498, 92512, 92527, 92537, 92548, 92565, 92583, 92602, 92614, 92627, 92652, 92669, 92685, 92700, 92715, 92737, 92753, 92768, 92784, 92801, 92813, 92825, 92837, 92849, 92867, 92880, 92891, 92903, 92916, 92929, 92943, 92958, 92971, 92987, 93004, 93026, 93039, 93054, 93074, 93088, 93102, 93123, 93141, 93155, 93168, 93188, 93196, 93205, 93221, 93232, 93250, 93267, 93280, 93293, 93307, 93321, 93336, 93350, 93365, 93379, 93396, 93402, 93416, 93438, 93455, 93468, 93480, 93499, 93512, 93525, 93543, 93562, 93580, 93601, 93614, 93630, 93649, 93669, 93685, 93708, 93732, 93749, 93767, 93788, 93808, 93829, 93849, 93866, 93883, 93901, 93920, 93940, 93960, 93981, 93998, 94022, 94047, 94065, 94084, 94106, 94127, 94149, 94170, 94188, 94206, 94225, 94245, 94266, 94273, 94282, 94287, 94293, 94300, 94308, 94313, 94319, 94331, 94345, 94357, 94366, 94371, 94381, 94394, 94403, 94413, 94422, 94438, 94452, 94469, 94486, 94501, 94519, 94535, 94551, 94566, 94580, 94605, 94630, 94654, 94677, 94701, 94723, 94738, 94751, 94758, 94767, 94779, 94788, 94799, 94808, 94818, 94832, 94848, 94867, 94886, 94904, 94921, 94949, 94977, 95004, 95030, 95057, 95082, 95100, 95116, 95125, 95135, 95147, 95154, 95162, 95171, 95181, 95195, 95213, 95235, 95254, 95272, 95286, 95301, 95312, 95333, 95351, 95364, 95378, 95388, 95410, 95429, 95448, 95469, 95487, 95507, 95524, 95538, 95557, 95580, 95595, 95605, 95614, 95626, 95637, 95648, 95661, 95669, 95678, 95689, 95699, 95705, 95723, 95726, 95734, 95747, 95750, 95766, 95774, 95786, 95798, 95814, 95820, 95838, 95851, 95862, 95874, 95884, 95895, 95906, 95915, 95922, 95930, 95941, 95950, 95959, 95969, 95982, 95994, 96006, 96019, 96033, 96051, 96070, 96083, 96090, 96101, 96118, 96128, 96138, 96146, 96155, 96164, 96171, 96179, 96190, 96199, 96208, 96218, 96222, 96236, 96251, 96267, 96294, 96303, 96309, 96320, 96332, 96346, 96358, 96375, 96389, 96401, 96414, 96428, 96439, 96449, 96471, 96478, 96493, 96511, 96524, 96538, 96553, 96565, 96575, 96581, 96587, 96593, 96603, 96613, 96625, 96638, 96650, 96660, 96670, 96681, 96698, 96704, 96711, 96719, 96728, 96737, 96747, 96764, 96780, 96794, 96815, 96835, 96853, 96872, 96887, 96909, 96933, 96942, 96952, 96962, 96973, 96980, 96994, 97005, 97014, 97029, 97040, 97051, 97065, 97077, 97090, 97102, 97113, 97125, 97134, 97141, 97152, 97162, 97175, 97184, 97193, 97201, 97211, 97222, 97231, 97239, 97250, 97259, 97267, 97282, 97298, 97310, 97322, 97335, 97349, 97362, 97372, 97382, 97393, 97403, 97413, 97425, 97435, 97444, 97460, 97473, 97490, 97506, 97519, 97532, 97548, 97562, 97576, 97591, 97605, 97622, 97640, 97654, 97668, 97683, 97699, 97714, 97727, 97736, 97750, 97764, 97769, 97777, 97786, 97795, 97802, 97810, 97822, 97836, 97850, 97860, 97873, 97880, 97887, 97896, 97904, 97917, 97923, 97937, 97947, 97952, 97958, 97967, 97982, 97995, 98009, 98021, 98033, 98049, 98063, 98078, 98091, 98104, 98115, 98127, 98143, 98156, 98165, 98176, 98190, 98202, 98211, 98223, 98237, 98251, 98260, 98276, 98293, 98311, 98330, 98340, 98349, 98363, 98376, 98395, 98415, 98436, 98458, 98466, 98473, 98492, 98506, 98521, 98539, 98555, 98573, 98591, 98606, 98624, 98639, 98651, 98669, 98682, 98692, 98710, 98717, 98726, 98748, 98772, 98799, 98808, 98815, 98826, 98842, 98851, 98870, 98878, 98887, 98899, 98912, 98927, 98944, 98956, 98969, 98985, 98999, 99015, 99031, 99053, 99066, 99082, 99099, 99112, 99126, 99149, 99159, 99169, 99181, 99197, 99212, 99223, 99236, 99246, 99254, 99267, 99282, 99292, 99308, 99319, 99329, 99344, 99358, 99367, 99377, 99385, 99390, 99396, 99411, 99424, 99435, 99451, 99463, 99476, 99490, 99500, 99519, 99536, 99551, 99571, 99587, 99604, 99624, 99643, 99660, 99684, 99707, 99728, 99750, 99768, 99777, 99787, 99793, 99805, 99819, 99829, 99845, 99863, 99874, 99881, 99896, 99908, 99919, 99931, 99944, 99957, 99971, 99983, 99999, 100013, 100028, 100045, 100059, 100075, 100089, 100101, 100114, 100127, 100140, 100153, 100164, 100176, 100189, 100203, 100218, 100233, 100248, 100258, 100270, 100283, 100294, 100306, 100317, 100332, 100348, 100359, 100375, 100387, 100394, 100401, 100412, 100423, 100428, 100438, 100449, 100461, 100471, 100486, 100498, 100512, 100524, 100534, 100545, 100556, 100567, 100577, 100591, 100601, 100607, 100614, 100621, 100626, 100631, 100637, 100643, 100651, 100668, 100695, 100718, 100741, 100751, 100768, 100785, 100800, 100816, 100832, 100850, 100867, 100881, 100904, 100922, 100936, 100951, 100964, 100982, 100997, 101012, 101028, 101045, 101064, 101083, 101099, 101117, 101131, 101144, 101159, 101177, 101191, 101211, 101221, 101226, 101232, 101238, 101244, 101257, 101275, 101286, 101298, 101318, 101336, 101351, 101378, 101398, 101417, 101435, 101454, 101473, 101497, 101524, 101539, 101549, 101560, 101569, 101579, 101588, 101604, 101617, 101637, 101651, 101667, 101681, 101701, 101722, 101753, 101778, 101797, 101814, 101826, 101836, 101847, 101857, 101868, 101883, 101899, 101912, 101930, 101949, 101978, 102001, 102018, 102035, 102059, 102084, 102119, 102148, 102171, 102187, 102204, 102226, 102249, 102282, 102309, 102330, 102352, 102375, 102408, 102435, 102456, 102479, 102503, 102537, 102565, 102587, 102605, 102633, 102655, 102671, 102689, 102706, 102722, 102750, 102771, 102791, 102810, 102830, 102850, 102875, 102903, 102921, 102940, 102958, 102977, 103006, 103029, 103046, 103065, 103085, 103115, 103139, 103157, 103171, 103182, 103206, 103224, 103236, 103246, 103255, 103271, 103283, 103300, 103312, 103325, 103340, 103355, 103369, 103386, 103401, 103415, 103431, 103452, 103472, 103492, 103513, 103528, 103544, 103565, 103584, 103600, 103615, 103629, 103646, 103664, 103679, 103695, 103720, 103741, 103756, 103773, 103792, 103809, 103828, 103841, 103856, 103872, 103889, 103908, 103921, 103937, 103949, 103956, 103962, 103975, 103988, 103999, 104011, 104023, 104037, 104050, 104060, 104079, 104093, 104103, 104114, 104123, 104137, 104148, 104159, 104171, 104184, 104199, 104214, 104226, 104240, 104250, 104259, 104270, 104284, 104294, 104310, 104323, 104333, 104342, 104357, 104372, 104379, 104388, 104394, 104401, 104414, 104429, 104440, 104452, 104465, 104475, 104487, 104493, 104499, 104512, 104527, 104540, 104550, 104562, 104570, 104581, 104597, 104617, 104633, 104645, 104661, 104673, 104687, 104705, 104719, 104724, 104735, 104739, 104748, 104768, 104783, 104799, 104818, 104835, 104862, 104881, 104900, 104916, 104940, 104963, 104979, 104992, 105011, 105025, 105048, 105061, 105072, 105089, 105110, 105131, 105150, 105164, 105178, 105200, 105212, 105223, 105235, 105245, 105253, 105263, 105278, 105292, 105305, 105317, 105334, 105344, 105351, 105362, 105375, 105383, 105392, 105407, 105423, 105440, 105457, 105466, 105476, 105495, 105526, 105555, 105589, 105620, 105654, 105685, 105718, 105746, 105765, 105779, 105794, 105817, 105838, 105864, 105887, 105907, 105933, 105956, 105981, 106001, 106025, 106047, 106062, 106085, 106094, 106107, 106120, 106130, 106146, 106158, 106166, 106176, 106190, 106202, 106211, 106221, 106232, 106248, 106263, 106276, 106286, 106304, 106314, 106322, 106348, 106371, 106393, 106415, 106435, 106448, 106464, 106481, 106499, 106512, 106526, 106537, 106550, 106567, 106580, 106597, 106605, 106634, 106661, 106693, 106722, 106754, 106783, 106814, 106840, 106853, 106874, 106893, 106917, 106938, 106962, 106983, 107006, 107024, 107033, 107043, 107068, 107083, 107099, 107114, 107128, 107137, 107148, 107163, 107178, 107190, 107196, 107209, 107221, 107241, 107262, 107275, 107290, 107307, 107327, 107348, 107364, 107395, 107416, 107431, 107451, 107467, 107486, 107502, 107518, 107534, 107553, 107568, 107584, 107600, 107618, 107639, 107661, 107678, 107710, 107724, 107737, 107756, 107773, 107793, 107815, 107840, 107866, 107887, 107923, 107936, 107950, 107965, 107979, 107999, 108013, 108032, 108047, 108065, 108080, 108095, 108110, 108128, 108142, 108157, 108173, 108190, 108206, 108222, 108240, 108261, 108283, 108300, 108332, 108354, 108378, 108407, 108428, 108448, 108468, 108482, 108501, 108516, 108534, 108549, 108564, 108579, 108597, 108612, 108628, 108644, 108666, 108682, 108703, 108720, 108740, 108757, 108774, 108791, 108811, 108833, 108857, 108886, 108907, 108927, 108948, 108963, 108983, 108999, 109018, 109034, 109050, 109066, 109085, 109101, 109119, 109145, 109165, 109190, 109211, 109235, 109256, 109277, 109298, 109322, 109334, 109347, 109368, 109381, 109394, 109412, 109432, 109457, 109474, 109490, 109504, 109519, 109535, 109559, 109577, 109600, 109619, 109641, 109660, 109679, 109698, 109720, 109732, 109755, 109780, 109810, 109832, 109853, 109863, 109881, 109896, 109911, 109923, 109936, 109959, 109984, 110014, 110036, 110057, 110077, 110099, 110126, 110145, 110163, 110180, 110199, 110221, 110244, 110262, 110295, 110312, 110330, 110347, 110359, 110379, 110393, 110412, 110427, 110445, 110460, 110475, 110490, 110508, 110519, 110530, 110547, 110566, 110588, 110611, 110629, 110662, 110684, 110700, 110721, 110738, 110758, 110775, 110792, 110809, 110829, 110848, 110865, 110884, 110906, 110929, 110947, 110980, 111002, 111018, 111039, 111056, 111076, 111093, 111110, 111127, 111147, 111162, 111183, 111202, 111222, 111236, 111252, 111271, 111291, 111306, 111336, 111351, 111368, 111388, 111409, 111425, 111456, 111470, 111485, 111505, 111519, 111538, 111553, 111571, 111586, 111601, 111616, 111634, 111660, 111680, 111705, 111726, 111750, 111771, 111792, 111813, 111837, 111863, 111883, 111908, 111929, 111953, 111974, 111995, 112016, 112040, 112064, 112082, 112105, 112124, 112146, 112165, 112184, 112203, 112225, 112253, 112275, 112302, 112325, 112351, 112374, 112397, 112420, 112446, 112457, 112469, 112476, 112494, 112507, 112521, 112538, 112553, 112578, 112595, 112612, 112626, 112648, 112669, 112683, 112694, 112711, 112723, 112744, 112753, 112772, 112789, 112801, 112811, 112823, 112851, 112877, 112908, 112936, 112967, 112995, 113025, 113050, 113061, 113073, 113093, 113111, 113134, 113154, 113171, 113194, 113214, 113236, 113253, 113265, 113272, 113277, 113283, 113295, 113313, 113331, 113348, 113364, 113391, 113418, 113444, 113469, 113495, 113519, 113536, 113551, 113556, 113564, 113570, 113584, 113592, 113617, 113633, 113653, 113670, 113688, 113701, 113716, 113728, 113751, 113778, 113801, 113815, 113833, 113849, 113869, 113883, 113897, 113922, 113947, 113972, 113998, 114013, 114024, 114037, 114051, 114061, 114070, 114072, 114074, 114076, 114079, 114081, 114083, 114085, 114087, 114089, 114091, 114093, 114095, 114106, 114112, 114122, 114135, 114143, 114152, 114162, 114173, 114182, 114191, 114201, 114212, 114221, 114230, 114241, 114257, 114267, 114280, 114294, 114302, 114315, 114326, 114331, 114337, 114346, 114360, 114379, 114394, 114415, 114427, 114445, 114464, 114477, 114498, 114511, 114527, 114541, 114556, 114573, 114583, 114598, 114610, 114623, 114634, 114654, 114664, 114675, 114697, 114711, 114728, 114743, 114759, 114777, 114800, 114815, 114833, 114849, 114866, 114885, 114897, 114903, 114911, 114926, 114942, 114956, 114972, 114991, 115016, 115034, 115054, 115069, 115089, 115115, 115134, 115155, 115166, 115180, 115190, 115205, 115218, 115232, 115251, 115263, 115276, 115290, 115308, 115315, 115328, 115336, 115348, 115363, 115370, 115383, 115397, 115408, 115418, 115435, 115453, 115468, 115487, 115502, 115516, 115525, 115534, 115552, 115569, 115591, 115608, 115619, 115644, 115669, 115688, 115711, 115721, 115737, 115754, 115768, 115788, 115809, 115827, 115849, 115867, 115878, 115888, 115904, 115918, 115937, 115954, 115974, 115990, 116010, 116027, 116043, 116060, 116077, 116095, 116114, 116128, 116143, 116161, 116174, 116186, 116198, 116209, 116226, 116239, 116242, 116246, 116257, 116269, 116274, 116280, 116293, 116304, 116317, 116332, 116345, 116356, 116371, 116384, 116396, 116408, 116418, 116432, 116450, 116463, 116480, 116495, 116505, 116516, 116522, 116536, 116548, 116562, 116578, 116592, 116604, 116617, 116633, 116645, 116659, 116670, 116676, 116689, 116705, 116725, 116741, 116751, 116762, 116773, 116779, 116799, 116822, 116845, 116865, 116887, 116896, 116909, 116924, 116939, 116952, 116964, 116981, 117000, 117022, 117044, 117063, 117084, 117093, 117103, 117127, 117154, 117181, 117205, 117231, 117244, 117267, 117293, 117319, 117342, 117367, 117380, 117391, 117405, 117417, 117427, 117441, 117459, 117472, 117489, 117499, 117505, 117523, 117525, 117542, 117562, 117582, 117599, 117618, 117627, 117641, 117647, 117657, 117669, 117681, 117691, 117700, 117714, 117730, 117749, 117768, 117784, 117802, 117813, 117829, 117835, 117843, 117856, 117868, 117875, 117896, 117920, 117944, 117965, 117988, 117998, 118018, 118041, 118064, 118084, 118106, 118116, 118124, 118135, 118144, 118160, 118178, 118193, 118212, 118219, 118230, 118245, 118255, 118269, 118276, 118281, 118290, 118296, 118300, 118313, 118323, 118342, 118359, 118380, 118401, 118414, 118422, 118431, 118443, 118450, 118461, 118476, 118486, 118497, 118508, 118521, 118532, 118543, 118556, 118566, 118578, 118594, 118608, 118626, 118644, 118668, 118690, 118716, 118742, 118756, 118768, 118784, 118805, 118824, 118847, 118870, 118892, 118912, 118936, 118960, 118980, 118998, 119020, 119042, 119065, 119086, 119111, 119136, 119152, 119174, 119194, 119218, 119242, 119259, 119274, 119293, 119312, 119325, 119339, 119354, 119367, 119384, 119401, 119409, 119438, 119465, 119496, 119527, 119546, 119563, 119584, 119610, 119634, 119662, 119690, 119717, 119742, 119771, 119800, 119825, 119848, 119875, 119902, 119930, 119956, 119986, 120016, 120037, 120064, 120089, 120118, 120147, 120165, 120181, 120201, 120221, 120232, 120249, 120264, 120283, 120302, 120311, 120321, 120332, 120347, 120362, 120374, 120394, 120417, 120444, 120461, 120479, 120501, 120513, 120522, 120532, 120546, 120562, 120580, 120598, 120613, 120630, 120641, 120659, 120667, 120677, 120688, 120724, 120739, 120750, 120756, 120767, 120770, 120782, 120793, 120805, 120812, 120823, 120837, 120846, 120856, 120866, 120877, 120887, 120899, 120909, 120919, 120931, 120942, 120950, 120959, 120969, 120986, 121002, 121010, 121019, 121029, 121041, 121045, 121057, 121065, 121076, 121081, 121090, 121097, 121105, 121111, 121118, 121131, 121141, 121154, 121171, 121186, 121201, 121211, 121221, 121233, 121250, 121263, 121279, 121294, 121312, 121328, 121348, 121367, 121382, 121397, 121408, 121430, 121445, 121460, 121477, 121489, 121500, 121510, 121518, 121527, 121542, 121562, 121582, 121611, 121641, 121670, 121692, 121719, 121745, 121769, 121786, 121807, 121838, 121870, 121901, 121925, 121954, 121982, 122008, 122022, 122036, 122053, 122073, 122086, 122102, 122130, 122159, 122187, 122208, 122234, 122259, 122282, 122295, 122313, 122326, 122345, 122362, 122377, 122392, 122404, 122408, 122418, 122426, 122442, 122461, 122484, 122503, 122516, 122525, 122532, 122538, 122552, 122564, 122578, 122594, 122608, 122620, 122633, 122649, 122661, 122685, 122707, 122733, 122759, 122776, 122794, 122808, 122820, 122836, 122853, 122874, 122893, 122916, 122939, 122954, 122976, 122996, 123020, 123044, 123062, 123081, 123101, 123119, 123141, 123163, 123176, 123197, 123219, 123240, 123259, 123282, 123303, 123328, 123353, 123369, 123391, 123411, 123435, 123459, 123473, 123480, 123495, 123513, 123535, 123553, 123565, 123583, 123596, 123610, 123617, 123625, 123633, 123642, 123652, 123662, 123674, 123688, 123694, 123709, 123717, 123726, 123737, 123754, 123774, 123790, 123811, 123829, 123845, 123862, 123877, 123887, 123899, 123923, 123934, 123958, 123976, 123998, 124009, 124017, 124029, 124046, 124065, 124079, 124092, 124106, 124119, 124132, 124145, 124159, 124171, 124187, 124202, 124222, 124243, 124257, 124272, 124285, 124302, 124311, 124324, 124336, 124343, 124361, 124371, 124383, 124401, 124417, 124436, 124454, 124473, 124490, 124509, 124530, 124542, 124555, 124567, 124575, 124591, 124612, 124636, 124664, 124682, 124701, 124724, 124737, 124745, 124755, 124764, 124767, 124771, 124780, 124792, 124815, 124834, 124842, 124845, 124853, 124868, 124878, 124890, 124904, 124917, 124928, 124939, 124957, 124970, 124985, 125002, 125018, 125032, 125043, 125061, 125074, 125089, 125106, 125122, 125136, 125142, 125151, 125162, 125179, 125194, 125207, 125222, 125232, 125249, 125261, 125275, 125291, 125306, 125319, 125327, 125333, 125339, 125352, 125370, 125391, 125416, 125431, 125447, 125467, 125477, 125483, 125493, 125500, 125514, 125531, 125548, 125563, 125576, 125595, 125611, 125625, 125631, 125638, 125657, 125675, 125699, 125726, 125753, 125777, 125803, 125819, 125840, 125853, 125870, 125889, 125908, 125925, 125941, 125962, 125985, 126011, 126037, 126060, 126085, 126103, 126126, 126139, 126154, 126174, 126193, 126207, 126235, 126266, 126297, 126325, 126355, 126372, 126399, 126429, 126459, 126486, 126515, 126532, 126547, 126565, 126581, 126595, 126613, 126635, 126652, 126673, 126687, 126694, 126713, 126728, 126752, 126772, 126797, 126817, 126838, 126858, 126873, 126896, 126915, 126943, 126967, 126996, 127020, 127045, 127069, 127088, 127108, 127124, 127137, 127152, 127167, 127177, 127187, 127204, 127217, 127233, 127248, 127266, 127282, 127302, 127321, 127336, 127351, 127362, 127374, 127384, 127394, 127401, 127408, 127414, 127423, 127431, 127442, 127451, 127456, 127462, 127472, 127482, 127491, 127504, 127516, 127527, 127535, 127543, 127550, 127565, 127578, 127593, 127610, 127625, 127638, 127652, 127669, 127682, 127691, 127707, 127721, 127737, 127755, 127771, 127785, 127800, 127818, 127832, 127846, 127874, 127897, 127926, 127951, 127979, 128006, 128028, 128051, 128069, 128088, 128113, 128131, 128151, 128171, 128203, 128232, 128239, 128256, 128278, 128302, 128321, 128331, 128349, 128372, 128398, 128428, 128448, 128469, 128494, 128509, 128526, 128548, 128572, 128591, 128601, 128619, 128642, 128668, 128698, 128718, 128739, 128764, 128779, 128794, 128818, 128843, 128871, 128896, 128923, 128950, 128977, 129002, 129025, 129041, 129060, 129076, 129098, 129121, 129147, 129170, 129195, 129220, 129245, 129268, 129289, 129311, 129334, 129360, 129383, 129408, 129433, 129458, 129481, 129502, 129520, 129538, 129563, 129589, 129618, 129644, 129672, 129700, 129728, 129754, 129778, 129796, 129812, 129826, 129829, 129834, 129840, 129850, 129860, 129870, 129880, 129890, 129899, 129910, 129923, 129932, 129942, 129952, 129964, 129977, 129990, 130003, 130016, 130029, 130044, 130049, 130058, 130064, 130072, 130080, 130087, 130093, 130098, 130112, 130127, 130138, 130155, 130169, 130179, 130196, 130214, 130228, 130243, 130259, 130275, 130286, 130296, 130303, 130310, 130322, 130325, 130331, 130344, 130351, 130364, 130383, 130397, 130408, 130425, 130443, 130458, 130477, 130492, 130516, 130536, 130561, 130581, 130602, 130622, 130637, 130660, 130675, 130694, 130722, 130746, 130775, 130799, 130824, 130848, 130867, 130887, 130903, 130911, 130920, 130925, 130933, 130939, 130946, 130963, 130976, 130997, 131016, 131034, 131050, 131068, 131083, 131097, 131111, 131132, 131151, 131169, 131185, 131203, 131225, 131239, 131256, 131271, 131287, 131305, 131317, 131331, 131346, 131363, 131384, 131405, 131424, 131447, 131465, 131480, 131498, 131515, 131531, 131548, 131564, 131582, 131601, 131616, 131640, 131656, 131675, 131692, 131710, 131730, 131741, 131758, 131780, 131800, 131819, 131836, 131855, 131867, 131884, 131902, 131912, 131925, 131942, 131954, 131964, 131970, 131974, 131985, 132006, 132025, 132042, 132053, 132059, 132074, 132081, 132091, 132100, 132106, 132117, 132125, 132136, 132145, 132152, 132157, 132163, 132170, 132185, 132201, 132213, 132231, 132246, 132257, 132275, 132282, 132286, 132298, 132308, 132320, 132334, 132346, 132356, 132367, 132381, 132391, 132394, 132412, 132433, 132454, 132472, 132492, 132502, 132517, 132524, 132535, 132548, 132561, 132572, 132582, 132597, 132614, 132634, 132654, 132671, 132690, 132702, 132719, 132726, 132735, 132749, 132762, 132770, 132792, 132817, 132842, 132864, 132888, 132899, 132920, 132944, 132968, 132989, 133012, 133023, 133032, 133044, 133054, 133062, 133074, 133090, 133101, 133116, 133124, 133134, 133148, 133154, 133167, 133183, 133190, 133200, 133212, 133220, 133226, 133233, 133241, 133247, 133264, 133282, 133294, 133305, 133315, 133327, 133333, 133340, 133351, 133362, 133373, 133384, 133395, 133408, 133420, 133436, 133448, 133457, 133467, 133481, 133495, 133509, 133523, 133537, 133553, 133568, 133580, 133583, 133593, 133598, 133602, 133613, 133626, 133638, 133647, 133658, 133673, 133690, 133706, 133719, 133734, 133748, 133760, 133777, 133792, 133810, 133824, 133844, 133868, 133880, 133896, 133915, 133933, 133952, 133976, 134004, 134020, 134040, 134063, 134085, 134108, 134120, 134129, 134139, 134152, 134159, 134171, 134184, 134194, 134206, 134227, 134247, 134272, 134292, 134306, 134334, 134362, 134384, 134410, 134417, 134435, 134450, 134467, 134487, 134508, 134524, 134539, 134555, 134569, 134589, 134612, 134629, 134645, 134662, 134676, 134684, 134702, 134712, 134715, 134719, 134722, 134726, 134732, 134753, 134765, 134779, 134796, 134810, 134826, 134840, 134860, 134872, 134888, 134902, 134921, 134938, 134958, 134974, 134989, 134999, 135007, 135017, 135030, 135046, 135067, 135086, 135103, 135119, 135137, 135160, 135175, 135195, 135214, 135227, 135245, 135267, 135284, 135305, 135319, 135329, 135343, 135361, 135380, 135389, 135393, 135398, 135412, 135432, 135448, 135461, 135476, 135494, 135515, 135521, 135532, 135549, 135559, 135569, 135581, 135596, 135599, 135610, 135626, 135640, 135659, 135663, 135668, 135673, 135696, 135718, 135728, 135739, 135748, 135760, 135773, 135794, 135817, 135831, 135843, 135849, 135859, 135880, 135904, 135928, 135949, 135972, 135982, 135999, 136025, 136052, 136078, 136097, 136121, 136144, 136165, 136184, 136201, 136219, 136235, 136253, 136281, 136310, 136338, 136359, 136385, 136410, 136433, 136443, 136453, 136464, 136473, 136493, 136516, 136539, 136559, 136581, 136591, 136616, 136644, 136672, 136697, 136724, 136738, 136762, 136789, 136816, 136840, 136866, 136880, 136897, 136907, 136932, 136958, 136983, 137001, 137024, 137046, 137066, 137081, 137095, 137107, 137117, 137128, 137139, 137150, 137156, 137174, 137189, 137203, 137214, 137221, 137236, 137256, 137279, 137306, 137323, 137341, 137363, 137375, 137396, 137414, 137431, 137445, 137456, 137462, 137475, 137480, 137490, 137498, 137507, 137520, 137536, 137552, 137566, 137578, 137596, 137611, 137624, 137637, 137644, 137656, 137671, 137687, 137702, 137715, 137731, 137748, 137762, 137777, 137788, 137801, 137809, 137826, 137841, 137861, 137879, 137892, 137908, 137925, 137939, 137956, 137974, 137989, 138005, 138017, 138031, 138052, 138069, 138076, 138087, 138100, 138116, 138135, 138141, 138149, 138158, 138168, 138179, 138196, 138215, 138235, 138254, 138269, 138288, 138306, 138321, 138335, 138354, 138371, 138394, 138410, 138431, 138446, 138472, 138497, 138526, 138540, 138554, 138577, 138604, 138631, 138662, 138687, 138708, 138739, 138769, 138803, 138831, 138863, 138895, 138931, 138961, 138987, 139017, 139041, 139063, 139090, 139121, 139144, 139169, 139191, 139218, 139237, 139259, 139275, 139292, 139322, 139352, 139374, 139398, 139424, 139452, 139479, 139490, 139499, 139516, 139536, 139556, 139574, 139590, 139612, 139631, 139648, 139655, 139662, 139669, 139676, 139688, 139714, 139737, 139759, 139782, 139805, 139829, 139854, 139874, 139895, 139919, 139938, 139956, 139974, 139991, 139998, 140012, 140027, 140039, 140051, 140071, 140087, 140106, 140123, 140136, 140153, 140162, 140172, 140192, 140211, 140232, 140256, 140280, 140300, 140320, 140341, 140362, 140389, 140403, 140423, 140438, 140454, 140464, 140473, 140494, 140512, 140524, 140541, 140554, 140575, 140598, 140612, 140626, 140654, 140681, 140692, 140707, 140718, 140730, 140757, 140785, 140806, 140828, 140853, 140879, 140906, 140934, 140962, 140991, 141010, 141030, 141049, 141069, 141092, 141116, 141139, 141163, 141173, 141182, 141190, 141209, 141221, 141236, 141250, 141265, 141280, 141296, 141315, 141331, 141345, 141365, 141381, 141398, 141405, 141420, 141432, 141447, 141466, 141480, 141492, 141506, 141523, 141543, 141553, 141564, 141580, 141603, 141630, 141653, 141676, 141700, 141724, 141746, 141772, 141794, 141816, 141839, 141862, 141883, 141905, 141927, 141936, 141958, 141970, 141982, 142003, 142023, 142034, 142044, 142059, 142062, 142073, 142083, 142093, 142105, 142116, 142127, 142132, 142139, 142161, 142186, 142211, 142233, 142257, 142268, 142283, 142300, 142319, 142340, 142364, 142388, 142409, 142432, 142443, 142455, 142481, 142510, 142539, 142565, 142593, 142608, 142633, 142661, 142689, 142714, 142741, 142756, 142769, 142785, 142799, 142811, 142815, 142820, 142832, 142844, 142857, 142875, 142889, 142904, 142920, 142936, 142947, 142957, 142967, 142984, 142991, 142998, 143008, 143029, 143053, 143077, 143098, 143121, 143131, 143148, 143174, 143201, 143227, 143246, 143270, 143293, 143314, 143333, 143350, 143368, 143384, 143402, 143430, 143459, 143487, 143508, 143534, 143559, 143582, 143592, 143602, 143613, 143622, 143642, 143665, 143688, 143708, 143730, 143740, 143765, 143793, 143821, 143846, 143873, 143887, 143911, 143938, 143965, 143989, 144015, 144029, 144046, 144056, 144081, 144107, 144132, 144150, 144173, 144195, 144215, 144227, 144244, 144263, 144278, 144292, 144304, 144314, 144325, 144336, 144348, 144358, 144365, 144383, 144398, 144412, 144423, 144430, 144436, 144449, 144469, 144486, 144497, 144512, 144523, 144530, 144545, 144556, 144567, 144580, 144600, 144614, 144626, 144641, 144652, 144668, 144681, 144690, 144698, 144705, 144723, 144737, 144756, 144771, 144787, 144799, 144810, 144820, 144831, 144843, 144854, 144863, 144866, 144869, 144873, 144877, 144885, 144894, 144898, 144902, 144905, 144909, 144912, 144926, 144934, 144943, 144955, 144966, 144979, 144983, 144988, 144999, 145015, 145039, 145062, 145086, 145108, 145136, 145157, 145171, 145186, 145188, 145191, 145202, 145218, 145230, 145243, 145261, 145272, 145281, 145294, 145308, 145315, 145323, 145330, 145341, 145353, 145365, 145380, 145395, 145408, 145419, 145436, 145450, 145462, 145468, 145481, 145501, 145518, 145529, 145544, 145555, 145563, 145575, 145588, 145602, 145619, 145636, 145651, 145664, 145683, 145699, 145713, 145730, 145744, 145757, 145767, 145779, 145802, 145809, 145821, 145826, 145836, 145842, 145849, 145860, 145879, 145895, 145908, 145919, 145934, 145945, 145957, 145964, 145979, 145999, 146022, 146049, 146066, 146084, 146106, 146118, 146131, 146143, 146149, 146163, 146178, 146189, 146206, 146220, 146230, 146247, 146252, 146256, 146268, 146284, 146301, 146312, 146321, 146330, 146338, 146346, 146360, 146373, 146379, 146389, 146407, 146430, 146451, 146471, 146490, 146510, 146528, 146548, 146569, 146591, 146608, 146622, 146636, 146652, 146670, 146691, 146707, 146722, 146737, 146751, 146762, 146781, 146803, 146824, 146843, 146864, 146887, 146902, 146919, 146941, 146958, 146974, 146981, 146988, 146995, 147004, 147014, 147025, 147037, 147049, 147062, 147075, 147089, 147103, 147118, 147128, 147139, 147152, 147166, 147176, 147187, 147198, 147212, 147227, 147243, 147259, 147276, 147293, 147311, 147329, 147348, 147362, 147377, 147394, 147412, 147426, 147441, 147456, 147471, 147482, 147490, 147505, 147521, 147538, 147555, 147573, 147591, 147610, 147629, 147649, 147664, 147680, 147698, 147717, 147732, 147748, 147764, 147780, 147789, 147799, 147808, 147818, 147829, 147838, 147852, 147867, 147880, 147891, 147909, 147924, 147941, 147955, 147966, 147978, 147988, 147999, 148009, 148016, 148024, 148040, 148053, 148066, 148086, 148103, 148120, 148140, 148156, 148169, 148178, 148187, 148197, 148212, 148230, 148249, 148264, 148285, 148303, 148317, 148338, 148347, 148355, 148366, 148379, 148393, 148407, 148420, 148436, 148447, 148458, 148470, 148478, 148491, 148499, 148512, 148524, 148531, 148539, 148549, 148563, 148577, 148595, 148610, 148628, 148646, 148659, 148674, 148688, 148707, 148723, 148749, 148764, 148783, 148799, 148812, 148827, 148845, 148875, 148895, 148908, 148934, 148959, 148974, 148993, 149011, 149026, 149043, 149060, 149078, 149093, 149111, 149130, 149148, 149163, 149178, 149192, 149207, 149223, 149238, 149254, 149277, 149303, 149328, 149353, 149377, 149396, 149414, 149432, 149451, 149466, 149479, 149497, 149503, 149512, 149523, 149535, 149547, 149558, 149561, 149563, 149569, 149577, 149588, 149602, 149617, 149631, 149645, 149661, 149676, 149691, 149704, 149716, 149728, 149742, 149755, 149768, 149784, 149799, 149814, 149828, 149841, 149854, 149870, 149876, 149883, 149894, 149906, 149918, 149931, 149943, 149953, 149964, 149976, 149993, 150011, 150025, 150045, 150072, 150102, 150126, 150155, 150178, 150207, 150235, 150260, 150288, 150303, 150319, 150337, 150362, 150378, 150395, 150413, 150431, 150448, 150466, 150486, 150503, 150521, 150535, 150555, 150570, 150585, 150601, 150618, 150633, 150649, 150666, 150681, 150697, 150716, 150741, 150754, 150769, 150789, 150803, 150818, 150829, 150841, 150854, 150868, 150887, 150898, 150915, 150934, 150944, 150955, 150978, 150997, 151021, 151036, 151049, 151063, 151074, 151084, 151095, 151107, 151117, 151128, 151141, 151155, 151170, 151187, 151210, 151235, 151260, 151280, 151292, 151307, 151318, 151330, 151343, 151357, 151370, 151381, 151393, 151410, 151430, 151441, 151458, 151471, 151481, 151492, 151506, 151523, 151536, 151550, 151565, 151579, 151592, 151606, 151618, 151632, 151642, 151652, 151663, 151674, 151686, 151700, 151716, 151735, 151754, 151772, 151786, 151802, 151813, 151825, 151839, 151854, 151872, 151884, 151895, 151914, 151927, 151937, 151956, 151974, 151997, 152015, 152027, 152053, 152079, 152099, 152123, 152130, 152142, 152149, 152158, 152170, 152185, 152193, 152203, 152216, 152232, 152242, 152252, 152262, 152272, 152282, 152294, 152306, 152318, 152330, 152342, 152354, 152368, 152379, 152391, 152404, 152418, 152431, 152444, 152458, 152472, 152487, 152502, 152518, 152534, 152545, 152557, 152572, 152586, 152605, 152625, 152644, 152664, 152679, 152694, 152707, 152726, 152747, 152759, 152772, 152785, 152800, 152813, 152829, 152845, 152861, 152875, 152890, 152901, 152913, 152925, 152940, 152956, 152973, 152990, 153008, 153026, 153045, 153064, 153084, 153099, 153115, 153133, 153152, 153167, 153183, 153199, 153215, 153227, 153241, 153257, 153274, 153292, 153310, 153329, 153348, 153368, 153388, 153409, 153425, 153442, 153461, 153481, 153497, 153514, 153531, 153548, 153561, 153573, 153586, 153603, 153621, 153638, 153656, 153669, 153682, 153695, 153706, 153723, 153742, 153752, 153763, 153774, 153787, 153801, 153812, 153826, 153840, 153854, 153859, 153863, 153868, 153877, 153887, 153897, 153908, 153918, 153929, 153937, 153946, 153956, 153971, 153987, 153999, 154014, 154036, 154061, 154080, 154104, 154122, 154146, 154169, 154187, 154212, 154240, 154262, 154289, 154310, 154337, 154363, 154386, 154412, 154432, 154455, 154472, 154494, 154507, 154521, 154537, 154560, 154574, 154589, 154605, 154621, 154636, 154652, 154670, 154685, 154701, 154713, 154731, 154744, 154755, 154768, 154782, 154797, 154810, 154824, 154839, 154852, 154866, 154883, 154906, 154917, 154930, 154948, 154960, 154973, 154982, 154992, 155003, 155015, 155032, 155041, 155056, 155073, 155081, 155090, 155111, 155128, 155150, 155163, 155174, 155186, 155195, 155203, 155212, 155222, 155230, 155239, 155250, 155262, 155274, 155287, 155302, 155323, 155346, 155369, 155387, 155397, 155410, 155419, 155429, 155440, 155452, 155463, 155472, 155482, 155497, 155515, 155524, 155539, 155550, 155558, 155567, 155579, 155594, 155605, 155617, 155630, 155642, 155653, 155665, 155675, 155687, 155695, 155703, 155712, 155721, 155731, 155743, 155757, 155774, 155791, 155807, 155819, 155833, 155842, 155852, 155864, 155877, 155893, 155903, 155912, 155929, 155940, 155963, 155966, 155972, 155976, 155981, 155989, 156006, 156020, 156033, 156042, 156052, 156060, 156073, 156082, 156093, 156103, 156113, 156122, 156137, 156151, 156161, 156172, 156183, 156192, 156201, 156215, 156225, 156232, 156239, 156245, 156253, 156262, 156267, 156271, 156276, 156291, 156299, 156312, 156323, 156342, 156354, 156371, 156386, 156400, 156410, 156426, 156435, 156449, 156461, 156481, 156494, 156512, 156528, 156543, 156554, 156561, 156566, 156579, 156590, 156599, 156616, 156636, 156660, 156680, 156694, 156719, 156742, 156769, 156796, 156811, 156824, 156841, 156863, 156883, 156907, 156931, 156954, 156975, 157000, 157025, 157046, 157065, 157088, 157111, 157135, 157157, 157183, 157209, 157226, 157249, 157270, 157295, 157320, 157327, 157335, 157351, 157367, 157388, 157405, 157423, 157446, 157460, 157480, 157501, 157516, 157528, 157545, 157564, 157578, 157593, 157606, 157628, 157640, 157653, 157667, 157671, 157676, 157686, 157693, 157700, 157707, 157713, 157728, 157734, 157741, 157746, 157754, 157762, 157772, 157782, 157791, 157797, 157805, 157814, 157821, 157827, 157842, 157854, 157868, 157885, 157894, 157911, 157924, 157937, 157949, 157965, 157983, 158004, 158017, 158038, 158055, 158072, 158088, 158107, 158126, 158140, 158155, 158170, 158180, 158201, 158224, 158250, 158268, 158294, 158316, 158338, 158359, 158383, 158407, 158426, 158442, 158460, 158481, 158494, 158515, 158532, 158549, 158565, 158584, 158603, 158617, 158625, 158632, 158648, 158665, 158673, 158681, 158687, 158705, 158720, 158734, 158745, 158765, 158782, 158798, 158811, 158818, 158827, 158835, 158842, 158850, 158859, 158877, 158893, 158915, 158934, 158949, 158967, 158981, 159001, 159014, 159020, 159026, 159037, 159045, 159058, 159066, 159076, 159095, 159112, 159128, 159142, 159153, 159163, 159169, 159180, 159194, 159206, 159216, 159234, 159255, 159280, 159301, 159316, 159331, 159357, 159381, 159409, 159437, 159453, 159467, 159485, 159508, 159529, 159554, 159579, 159603, 159625, 159651, 159677, 159699, 159719, 159743, 159767, 159792, 159815, 159842, 159869, 159887, 159911, 159933, 159959, 159985, 159996, 160022, 160046, 160074, 160102, 160121, 160141, 160157, 160171, 160189, 160205, 160223, 160240, 160263, 160281, 160303, 160322, 160347, 160368, 160388, 160409, 160428, 160449, 160472, 160493, 160514, 160537, 160558, 160580, 160599, 160622, 160643, 160668, 160693, 160710, 160734, 160756, 160782, 160808, 160828, 160849, 160871, 160891, 160915, 160939, 160954, 160977, 161001, 161024, 161045, 161062, 161081, 161099, 161123, 161142, 161165, 161185, 161211, 161233, 161254, 161276, 161296, 161318, 161342, 161364, 161386, 161410, 161432, 161455, 161473, 161493, 161512, 161537, 161557, 161581, 161602, 161629, 161652, 161674, 161697, 161718, 161741, 161766, 161789, 161812, 161837, 161860, 161884, 161909, 161932, 161959, 161986, 162004, 162028, 162050, 162076, 162102, 162118, 162122, 162127, 162137, 162144, 162158, 162166, 162175, 162185, 162198, 162212, 162224, 162236, 162245, 162253, 162275, 162294, 162316, 162333, 162368, 162397, 162404, 162414, 162425, 162438, 162457, 162479, 162497, 162520, 162540, 162558, 162577, 162594, 162606, 162620, 162646, 162659, 162685, 162705, 162729, 162735, 162742, 162751, 162756, 162765, 162775, 162790, 162810, 162833, 162860, 162877, 162895, 162917, 162929, 162937, 162948, 162957, 162963, 162970, 162977, 162985, 162994, 163021, 163038, 163061, 163066, 163074, 163087, 163091, 163116, 163139, 163156, 163172, 163186, 163210, 163232, 163247, 163265, 163279, 163303, 163325, 163341, 163356, 163369, 163392, 163413, 163427, 163444, 163457, 163462, 163474, 163481, 163495, 163500, 163512, 163531, 163547, 163557, 163571, 163581, 163594, 163614, 163631, 163642, 163657, 163668, 163674, 163680, 163687, 163692, 163700, 163705, 163710, 163716, 163723, 163747, 163753, 163771, 163790, 163800, 163819, 163838, 163858, 163878, 163899, 163909, 163922, 163935, 163946, 163955, 163970, 163982, 163992, 164000, 164007, 164016, 164030, 164049, 164064, 164085, 164097, 164115, 164134, 164147, 164161, 164171, 164186, 164198, 164211, 164222, 164242, 164252, 164263, 164275, 164283, 164292, 164309, 164328, 164338, 164349, 164354, 164372, 164387, 164401, 164412, 164421, 164438, 164448, 164460, 164467, 164481, 164500, 164509, 164521, 164533, 164547, 164565, 164582, 164604, 164621, 164632, 164657, 164682, 164701, 164724, 164735, 164748, 164756, 164763, 164780, 164788, 164797, 164806, 164816, 164828, 164852, 164884, 164911, 164936, 164969, 164997, 165004, 165010, 165027, 165045, 165059, 165079, 165096, 165109, 165129, 165139, 165155, 165162, 165173, 165184, 165199, 165211, 165226, 165241, 165251, 165263, 165274, 165290, 165303, 165326, 165338, 165354, 165367, 165377, 165389, 165404, 165431, 165448, 165458, 165481, 165503, 165515, 165531, 165546, 165558, 165572, 165586, 165601, 165613, 165628, 165644, 165659, 165671, 165683, 165694, 165706, 165719, 165731, 165744, 165764, 165787, 165809, 165831, 165852, 165868, 165883, 165898, 165914, 165926, 165938, 165949, 165965, 165971, 165983, 166000, 166018, 166034, 166050, 166062, 166069, 166077, 166097, 166119, 166137, 166157, 166183, 166208, 166230, 166254, 166274, 166296, 166324, 166351, 166361, 166371, 166381, 166389, 166398, 166417, 166441, 166458, 166463, 166475, 166485, 166493, 166504, 166515, 166522, 166530, 166535, 166547, 166562, 166573, 166585, 166597, 166613, 166632, 166642, 166666, 166683, 166688, 166704, 166719, 166740, 166762, 166781, 166803, 166826, 166846, 166867, 166886, 166908, 166931, 166951, 166974, 166998, 167019, 167041, 167061, 167066, 167075, 167087, 167104, 167124, 167148, 167162, 167177, 167196, 167205, 167217, 167232, 167241, 167245, 167249, 167255, 167266, 167281, 167297, 167305, 167309, 167320, 167336, 167347, 167358, 167363, 167378, 167398, 167401, 167406, 167415, 167424, 167428, 167433, 167440, 167458, 167481, 167494, 167512, 167533, 167558, 167573, 167589, 167609, 167621, 167631, 167644, 167649, 167661, 167678, 167697, 167711, 167720, 167734, 167748, 167762, 167776, 167790, 167806, 167818, 167832, 167842, 167854, 167872, 167889, 167893, 167896, 167904, 167915, 167932, 167949, 167966, 167983, 168000, 168019, 168032, 168037, 168049, 168052, 168056, 168066, 168077, 168096, 168114, 168133, 168150, 168173, 168190, 168206, 168219, 168222, 168229, 168245, 168259, 168274, 168287, 168294, 168301, 168309, 168315, 168322, 168330, 168340, 168349, 168354, 168360, 168392, 168420, 168453, 168481, 168510, 168525, 168545, 168568, 168595, 168612, 168630, 168652, 168664, 168673, 168681, 168692, 168697, 168708, 168718, 168729, 168741, 168750, 168764, 168780, 168790, 168801, 168816, 168842, 168869, 168889, 168910, 168934, 168959, 168980, 169006, 169033, 169060, 169088, 169106, 169125, 169139, 169157, 169176, 169190, 169212, 169235, 169257, 169280, 169296, 169302, 169310, 169319, 169330, 169344, 169361, 169370, 169380, 169391, 169417, 169444, 169464, 169485, 169509, 169534, 169560, 169587, 169614, 169642, 169660, 169679, 169697, 169716, 169738, 169761, 169783, 169806, 169821, 169837, 169845, 169850, 169856, 169863, 169874, 169882, 169885, 169902, 169919, 169935, 169941, 169949, 169958, 169962, 169974, 169991, 170012, 170029, 170046, 170064, 170082, 170096, 170113, 170133, 170138, 170145, 170153, 170162, 170165, 170175, 170186, 170195, 170207, 170219, 170232, 170245, 170259, 170273, 170288, 170298, 170309, 170316, 170329, 170343, 170353, 170364, 170375, 170389, 170404, 170420, 170436, 170453, 170470, 170488, 170506, 170525, 170539, 170554, 170571, 170589, 170603, 170618, 170633, 170648, 170659, 170674, 170690, 170707, 170724, 170742, 170760, 170779, 170798, 170818, 170833, 170849, 170867, 170886, 170901, 170917, 170933, 170949, 170958, 170962, 170973, 170985, 170995, 171008, 171021, 171035, 171049, 171064, 171079, 171095, 171106, 171118, 171126, 171140, 171155, 171166, 171178, 171190, 171205, 171221, 171238, 171255, 171273, 171291, 171310, 171329, 171349, 171364, 171380, 171398, 171417, 171432, 171448, 171464, 171480, 171492, 171508, 171525, 171543, 171561, 171580, 171599, 171619, 171639, 171660, 171676, 171693, 171712, 171732, 171748, 171765, 171782, 171799, 171809, 171813, 171819, 171829, 171837, 171847, 171859, 171869, 171877, 171886, 171898, 171906, 171914, 171930, 171941, 171951, 171961, 171973, 171984, 171995, 172001, 172005, 172022, 172040, 172060, 172080, 172097, 172114, 172128, 172140, 172160, 172167, 172177, 172181, 172187, 172194, 172209, 172224, 172235, 172255, 172273, 172288, 172308, 172319, 172336, 172352, 172369, 172382, 172402, 172417, 172434, 172456, 172469, 172487, 172506, 172526, 172540, 172551, 172564, 172579, 172595, 172613, 172626, 172640, 172654, 172666, 172678, 172690, 172705, 172716, 172737, 172748, 172760, 172776, 172789, 172802, 172806, 172811, 172832, 172839, 172852, 172861, 172876, 172885, 172894, 172904, 172913, 172928, 172934, 172941, 172950, 172968, 172985, 173000, 173014, 173029, 173044, 173062, 173078, 173093, 173116, 173138, 173158, 173177, 173197, 173217, 173240, 173261, 173281, 173303, 173324, 173343, 173361, 173380, 173399, 173421, 173441, 173460, 173484, 173507, 173528, 173548, 173569, 173590, 173614, 173636, 173657, 173680, 173702, 173722, 173741, 173761, 173781, 173804, 173825, 173845, 173869, 173892, 173913, 173933, 173954, 173975, 173999, 174021, 174042, 174052, 174057, 174071, 174075, 174093, 174108, 174123, 174139, 174153, 174170, 174189, 174203, 174219, 174235, 174251, 174268, 174283, 174301, 174321, 174336, 174353, 174372, 174388, 174404, 174421, 174436, 174454, 174474, 174489, 174506, 174523, 174540, 174558, 174574, 174593, 174614, 174630, 174648, 174661, 174673, 174685, 174699, 174712, 174725, 174732, 174734, 174737, 174749, 174754, 174768, 174781, 174792, 174805, 174820, 174833, 174844, 174861, 174876, 174889, 174904, 174917, 174929, 174941, 174958, 174973, 174988, 174999, 175007, 175022, 175030, 175048, 175056, 175074, 175092, 175104, 175116, 175131, 175141, 175151, 175176, 175201, 175226, 175243, 175262, 175284, 175301, 175317, 175326, 175345, 175364, 175383, 175396, 175412, 175432, 175452, 175472, 175486, 175503, 175509, 175515, 175523, 175526, 175536, 175546, 175555, 175566, 175574, 175582, 175593, 175607, 175617, 175630, 175642, 175652, 175664, 175673, 175682, 175694, 175706, 175717, 175730, 175747, 175760, 175776, 175788, 175796, 175803, 175814, 175827, 175833, 175840, 175852, 175859, 175870, 175881, 175896, 175908, 175923, 175938, 175948, 175960, 175971, 175987, 176000, 176023, 176035, 176051, 176064, 176074, 176086, 176101, 176128, 176145, 176155, 176178, 176200, 176212, 176228, 176243, 176255, 176269, 176283, 176298, 176310, 176325, 176341, 176356, 176368, 176380, 176391, 176403, 176416, 176428, 176441, 176453, 176464, 176484, 176507, 176529, 176551, 176572, 176588, 176603, 176618, 176634, 176646, 176668, 176685, 176693, 176706, 176715, 176724, 176738, 176746, 176754, 176766, 176772, 176782, 176790, 176795, 176804, 176814, 176822, 176834, 176837, 176844, 176856, 176870, 176878, 176893, 176903, 176915, 176929, 176942, 176953, 176968, 176980, 176992, 177009, 177026, 177040, 177056, 177069, 177082, 177100, 177111, 177129, 177142, 177157, 177174, 177190, 177204, 177217, 177230, 177240, 177251, 177269, 177282, 177297, 177314, 177330, 177344, 177351, 177359, 177369, 177379, 177394, 177411, 177425, 177439, 177458, 177478, 177499, 177509, 177526, 177538, 177552, 177568, 177583, 177596, 177604, 177618, 177633, 177651, 177660, 177666, 177673, 177681, 177702, 177726, 177748, 177773, 177793, 177812, 177833, 177857, 177879, 177904, 177924, 177943, 177960, 177980, 178003, 178029, 178053, 178080, 178102, 178123, 178141, 178162, 178178, 178199, 178223, 178245, 178270, 178290, 178309, 178332, 178358, 178382, 178409, 178431, 178452, 178467, 178480, 178491, 178503, 178519, 178528, 178540, 178556, 178573, 178592, 178613, 178634, 178652, 178672, 178686, 178707, 178730, 178746, 178765, 178788, 178800, 178807, 178815, 178829, 178845, 178862, 178878, 178893, 178905, 178916, 178934, 178941, 178949, 178958, 178968, 178978, 178995, 179007, 179018, 179031, 179042, 179051, 179067, 179088, 179104, 179125, 179143, 179160, 179178, 179196, 179219, 179233, 179252, 179272, 179293, 179308, 179324, 179340, 179357, 179376, 179390, 179405, 179418, 179431, 179453, 179465, 179478, 179492, 179507, 179527, 179547, 179574, 179596, 179617, 179640, 179661, 179680, 179695, 179715, 179735, 179762, 179784, 179805, 179828, 179849, 179868, 179883, 179903, 179922, 179940, 179956, 179971, 179988, 179997, 180007, 180012, 180018, 180037, 180053, 180069, 180090, 180110, 180127, 180144, 180166, 180183, 180197, 180211, 180230, 180251, 180269, 180287, 180310, 180322, 180337, 180345, 180352, 180367, 180387, 180410, 180437, 180454, 180472, 180494, 180506, 180524, 180546, 180564, 180582, 180601, 180620, 180643, 180670, 180693, 180716, 180740, 180764, 180777, 180791, 180801, 180812, 180826, 180844, 180867, 180893, 180923, 180943, 180964, 180989, 181004, 181016, 181027, 181043, 181059, 181074, 181086, 181099, 181123, 181143, 181160, 181176, 181204, 181233, 181253, 181270, 181288, 181310, 181333, 181359, 181386, 181414, 181443, 181472, 181502, 181522, 181543, 181562, 181583, 181603, 181624, 181648, 181672, 181697, 181721, 181746, 181762, 181786, 181797, 181805, 181816, 181827, 181841, 181863, 181889, 181911, 181933, 181956, 181979, 181989, 182008, 182018, 182029, 182035, 182057, 182076, 182094, 182113, 182132, 182152, 182173, 182189, 182206, 182226, 182241, 182255, 182269, 182282, 182299, 182313, 182327, 182346, 182364, 182379, 182394, 182414, 182429, 182441, 182453, 182470, 182489, 182505, 182521, 182542, 182552, 182570, 182584, 182598, 182614, 182637, 182654, 182669, 182687, 182701, 182720, 182736, 182746, 182754, 182756, 182759, 182771, 182781, 182790, 182798, 182809, 182831, 182849, 182859, 182888, 182895, 182901, 182912, 182914, 182923, 182934, 182946, 182964, 182980, 182990, 182999, 183006, 183019, 183027, 183037, 183046, 183061, 183072, 183082, 183096, 183107, 183124, 183137, 183149, 183166, 183179, 183190, 183203, 183218, 183231, 183244, 183259, 183272, 183286, 183301, 183308, 183321, 183329, 183335, 183348, 183355, 183364, 183375, 183385, 183401, 183412, 183427, 183439, 183457, 183471, 183484, 183498, 183510, 183524, 183540, 183554, 183568, 183584, 183598, 183613, 183623, 183635, 183646, 183663, 183675, 183691, 183704, 183723, 183738, 183752, 183767, 183780, 183795, 183812, 183827, 183842, 183859, 183874, 183890, 183901, 183908, 183912, 183926, 183940, 183953, 183961, 183973, 183986, 184006, 184024, 184039, 184056, 184077, 184094, 184118, 184136, 184156, 184177, 184196, 184207, 184221, 184242, 184257, 184276, 184292, 184311, 184330, 184349, 184366, 184380, 184396, 184416, 184432, 184455, 184472, 184491, 184511, 184526, 184544, 184554, 184570, 184583, 184603, 184617, 184635, 184650, 184666, 184684, 184702, 184709, 184716, 184728, 184739, 184750, 184764, 184778, 184790, 184800, 184816, 184829, 184840, 184855, 184869, 184883, 184899, 184903, 184913, 184928, 184942, 184955, 184964, 184976, 184989, 185001, 185014, 185023, 185038, 185054, 185066, 185075, 185086, 185098, 185108, 185120, 185132, 185146, 185158, 185169, 185181, 185189, 185203, 185212, 185225, 185253, 185275, 185284, 185290, 185295, 185300, 185306, 185324, 185337, 185353, 185360, 185368, 185379, 185388, 185403, 185412, 185422, 185431, 185448, 185463, 185476, 185495, 185504, 185514, 185525, 185534, 185544, 185554, 185557, 185561, 185571, 185580, 185585, 185592, 185601, 185614, 185623, 185634, 185639, 185645, 185650, 185659, 185668, 185678, 185693, 185711, 185731, 185750, 185761, 185775, 185781, 185788, 185806, 185819, 185832, 185842, 185849, 185853, 185863, 185874, 185878, 185883, 185890, 185895, 185901, 185909, 185919, 185929, 185939, 185949, 185960, 185970, 185981, 185986, 185992, 186004, 186018, 186033, 186043, 186057, 186070, 186080, 186089, 186105, 186115, 186124, 186134, 186144, 186153, 186163, 186172, 186182, 186193, 186202, 186205, 186209, 186214, 186224, 186231, 186239, 186249, 186260, 186287, 186315, 186336, 186358, 186383, 186409, 186436, 186464, 186492, 186521, 186540, 186560, 186579, 186599, 186622, 186646, 186669, 186693, 186702, 186716, 186722, 186744, 186767, 186783, 186800, 186820, 186841, 186863, 186886, 186909, 186933, 186947, 186962, 186976, 186991, 187001, 187019, 187038, 187056, 187075, 187092, 187096, 187108, 187121, 187134, 187148, 187152, 187156, 187178, 187193, 187208, 187225, 187228, 187239, 187252, 187267, 187275, 187284, 187296, 187306, 187314, 187319, 187331, 187339, 187345, 187353, 187356, 187365, 187379, 187386, 187392, 187405, 187409, 187417, 187427, 187439, 187445, 187451, 187458, 187464, 187470, 187483, 187488, 187496, 187505, 187510, 187524, 187538, 187544, 187559, 187570, 187590, 187598, 187604, 187619, 187623, 187628, 187636, 187646, 187659, 187675, 187679, 187684, 187698, 187713, 187730, 187750, 187762, 187782, 187798, 187814, 187829, 187846, 187865, 187886, 187910, 187926, 187950, 187970, 187990, 188009, 188031, 188053, 188070, 188088, 188106, 188119, 188143, 188169, 188198, 188219, 188248, 188273, 188298, 188322, 188349, 188376, 188398, 188417, 188438, 188462, 188478, 188502, 188522, 188542, 188561, 188583, 188605, 188622, 188640, 188649, 188659, 188674, 188686, 188705, 188718, 188733, 188738, 188748, 188759, 188776, 188795, 188815, 188834, 188852, 188867, 188881, 188902, 188909, 188924, 188937, 188952, 188969, 188984, 188997, 189011, 189028, 189041, 189049, 189058, 189075, 189094, 189104, 189118, 189124, 189136, 189149, 189158, 189167, 189177, 189184, 189196, 189212, 189230, 189241, 189254, 189270, 189284, 189304, 189317, 189330, 189339, 189347, 189361, 189366, 189373, 189382, 189389, 189414, 189424, 189430, 189439, 189447, 189462, 189471, 189481, 189493, 189509, 189524, 189535, 189550, 189564, 189575, 189593, 189607, 189618, 189631, 189645, 189659, 189675, 189689, 189702, 189716, 189726, 189742, 189753, 189768, 189779, 189786, 189797, 189809, 189822, 189838, 189849, 189868, 189886, 189901, 189915, 189930, 189945, 189961, 189978, 189990, 190003, 190019, 190030, 190040, 190050, 190059, 190062, 190068, 190075, 190086, 190104, 190129, 190151, 190167, 190187, 190203, 190210, 190214, 190234, 190257, 190280, 190300, 190322, 190334, 190351, 190360, 190373, 190388, 190403, 190416, 190428, 190445, 190464, 190486, 190508, 190527, 190548, 190562, 190581, 190590, 190601, 190617, 190632, 190642, 190666, 190693, 190720, 190744, 190770, 190783, 190806, 190832, 190858, 190881, 190906, 190919, 190930, 190944, 190956, 190966, 190980, 190998, 191011, 191028, 191038, 191048, 191060, 191064, 191071, 191087, 191100, 191114, 191131, 191147, 191159, 191177, 191185, 191207, 191213, 191219, 191225, 191232, 191236, 191244, 191251, 191263, 191267, 191274, 191287, 191303, 191323, 191345, 191362, 191378, 191394, 191408, 191417, 191428, 191442, 191460, 191480, 191495, 191509, 191523, 191535, 191540, 191542, 191545, 191565, 191584, 191605, 191625, 191645, 191666, 191683, 191699, 191717, 191734, 191751, 191769, 191786, 191802, 191820, 191837, 191854, 191872, 191898, 191923, 191950, 191976, 192002, 192029, 192056, 192082, 192110, 192137, 192164, 192192, 192211, 192229, 192249, 192268, 192287, 192307, 192317, 192328, 192345, 192364, 192384, 192403, 192421, 192436, 192450, 192471, 192499, 192526, 192555, 192583, 192611, 192640, 192655, 192669, 192685, 192700, 192715, 192731, 192744, 192756, 192770, 192783, 192796, 192810, 192822, 192833, 192846, 192858, 192870, 192883, 192896, 192908, 192922, 192935, 192948, 192962, 192982, 193001, 193022, 193042, 193062, 193083, 193088, 193096, 193118, 193130, 193137, 193145, 193162, 193168, 193174, 193181, 193190, 193198, 193211, 193227, 193247, 193269, 193286, 193302, 193318, 193332, 193343, 193357, 193375, 193395, 193410, 193424, 193438, 193450, 193463, 193481, 193502, 193527, 193542, 193558, 193578, 193588, 193597, 193605, 193618, 193627, 193637, 193641, 193654, 193676, 193693, 193711, 193724, 193736, 193754, 193761, 193773, 193781, 193792, 193808, 193813, 193819, 193829, 193840, 193863, 193889, 193915, 193944, 193967, 193989, 194009, 194033, 194044, 194056, 194065, 194075, 194102, 194113, 194129, 194146, 194159, 194173, 194188, 194205, 194229, 194244, 194260, 194277, 194293, 194310, 194329, 194345, 194362, 194375, 194394, 194408, 194422, 194436, 194451, 194467, 194481, 194496, 194512, 194526, 194541, 194559, 194583, 194595, 194608, 194622, 194632, 194643, 194655, 194668, 194686, 194702, 194720, 194734, 194743, 194753, 194768, 194782, 194794, 194807, 194817, 194826, 194836, 194847, 194856, 194866, 194879, 194893, 194909, 194931, 194955, 194979, 194998, 195009, 195025, 195035, 195046, 195058, 195071, 195083, 195093, 195103, 195119, 195131, 195140, 195150, 195163, 195176, 195192, 195204, 195217, 195244, 195257, 195269, 195282, 195293, 195306, 195315, 195324, 195337, 195347, 195357, 195368, 195381, 195396, 195414, 195432, 195449, 195462, 195477, 195487, 195498, 195511, 195525, 195542, 195552, 195564, 195574, 195589, 195602, 195618, 195627, 195637, 195647, 195656, 195672, 195688, 195705, 195725, 195749, 195769, 195783, 195788, 195794, 195800, 195819, 195833, 195836, 195860, 195875, 195889, 195908, 195917, 195931, 195946, 195955, 195969, 195978, 195995, 196012, 196027, 196048, 196072, 196089, 196104, 196122, 196145, 196162, 196184, 196210, 196232, 196259, 196273, 196292, 196310, 196326, 196341, 196359, 196383, 196410, 196428, 196449, 196467, 196487, 196505, 196520, 196542, 196557, 196567, 196580, 196593, 196617, 196637, 196662, 196675, 196691, 196711, 196721, 196732, 196747, 196761, 196777, 196797, 196817, 196838, 196862, 196880, 196900, 196920, 196943, 196962, 196978, 196996, 197019, 197038, 197054, 197068, 197083, 197102, 197118, 197135, 197150, 197168, 197191, 197213, 197232, 197254, 197271, 197293, 197313, 197327, 197340, 197354, 197365, 197377, 197392, 197406, 197422, 197436, 197448, 197471, 197492, 197511, 197530, 197550, 197562, 197575, 197590, 197602, 197615, 197630, 197646, 197657, 197669, 197683, 197701, 197714, 197730, 197753, 197779, 197799, 197824, 197843, 197868, 197892, 197913, 197937, 197948, 197959, 197974, 197994, 198002, 198020, 198036, 198048, 198055, 198077, 198097, 198111, 198124, 198138, 198149, 198161, 198176, 198190, 198206, 198220, 198232, 198255, 198269, 198290, 198309, 198328, 198348, 198364, 198376, 198389, 198404, 198416, 198429, 198444, 198460, 198471, 198483, 198496, 198509, 198518, 198532, 198542, 198556, 198568, 198582, 198598, 198610, 198623, 198638, 198650, 198659, 198670, 198682, 198690, 198695, 198702, 198715, 198726, 198740, 198753, 198768, 198781, 198792, 198814, 198832, 198851, 198863, 198877, 198888, 198900, 198915, 198926, 198934, 198940, 198947, 198958, 198966, 198975, 198985, 198998, 199006, 199022, 199031, 199041, 199052, 199066, 199075, 199092, 199099, 199122, 199143, 199158, 199172, 199184, 199199, 199215, 199237, 199257, 199270, 199286, 199298, 199309, 199319, 199325, 199329, 199343, 199356, 199361, 199369, 199382, 199399, 199409, 199419, 199430, 199443, 199455, 199468, 199482, 199498, 199513, 199525, 199537, 199556, 199574, 199596, 199613, 199620, 199630, 199637, 199653, 199673, 199693, 199717, 199735, 199749, 199759, 199771, 199787, 199805, 199820, 199840, 199852, 199867, 199876, 199886, 199909, 199932, 199947, 199964, 199983, 200004, 200013, 200022, 200033, 200042, 200053, 200062, 200073, 200080, 200088, 200096, 200117, 200121, 200134, 200139, 200146, 200151, 200167, 200186, 200203, 200217, 200235, 200249, 200253, 200259, 200273, 200292, 200314, 200340, 200356, 200373, 200394, 200405, 200408, 200417, 200431, 200443, 200454, 200471, 200487, 200499, 200510, 200513, 200523, 200526, 200531, 200540, 200550, 200560, 200570, 200583, 200593, 200607, 200622, 200637, 200652, 200670, 200685, 200698, 200712, 200726, 200740, 200757, 200771, 200781, 200789, 200797, 200814, 200831, 200843, 200857, 200864, 200883, 200906, 200925, 200944, 200964, 200984, 200989, 200997, 201001, 201011, 201026, 201040, 201053, 201062, 201074, 201087, 201099, 201108, 201123, 201139, 201151, 201160, 201171, 201183, 201193, 201205, 201219, 201231, 201242, 201254, 201262, 201276, 201285, 201298, 201326, 201348, 201357, 201368, 201373, 201394, 201419, 201447, 201468, 201497, 201521, 201538, 201563, 201582, 201605, 201631, 201650, 201677, 201699, 201714, 201737, 201761, 201789, 201820, 201844, 201876, 201903, 201923, 201951, 201973, 201999, 202028, 202050, 202080, 202105, 202123, 202149, 202155, 202167, 202184, 202201, 202227, 202254, 202280, 202299, 202323, 202346, 202367, 202381, 202399, 202427, 202456, 202484, 202505, 202531, 202556, 202579, 202590, 202601, 202615, 202632, 202642, 202655, 202680, 202706, 202731, 202749, 202772, 202794, 202814, 202824, 202839, 202849, 202865, 202879, 202891, 202903, 202927, 202955, 202986, 203010, 203042, 203069, 203089, 203117, 203138, 203160, 203178, 203195, 203213, 203231, 203250, 203270, 203285, 203301, 203320, 203334, 203360, 203389, 203411, 203441, 203466, 203479, 203492, 203510, 203536, 203548, 203554, 203576, 203602, 203631, 203653, 203683, 203708, 203726, 203752, 203772, 203796, 203823, 203843, 203871, 203894, 203910, 203934, 203945, 203955, 203963, 203972, 203994, 204012, 204028, 204043, 204064, 204078, 204095, 204112, 204133, 204149, 204169, 204182, 204194, 204207, 204219, 204227, 204236, 204246, 204259, 204268, 204275, 204288, 204303, 204320, 204337, 204351, 204367, 204377, 204394, 204401, 204409, 204415, 204422, 204427, 204437, 204446, 204461, 204481, 204504, 204531, 204548, 204566, 204588, 204600, 204606, 204620, 204634, 204645, 204657, 204670, 204689, 204711, 204737, 204753, 204770, 204791, 204801, 204812, 204821, 204829, 204841, 204858, 204880, 204897, 204919, 204938, 204956, 204975, 204994, 205018, 205033, 205053, 205074, 205096, 205112, 205125, 205142, 205160, 205180, 205195, 205211, 205225, 205239, 205262, 205275, 205289, 205304, 205310, 205316, 205323, 205334, 205341, 205364, 205382, 205401, 205412, 205418, 205425, 205439, 205455, 205472, 205483, 205503, 205510, 205534, 205551, 205577, 205584, 205592, 205600, 205610, 205626, 205643, 205660, 205678, 205698, 205707, 205721, 205731, 205742, 205755, 205763, 205772, 205796, 205813, 205839, 205853, 205878, 205896, 205923, 205934, 205960, 205979, 206007, 206023, 206032, 206046, 206058, 206067, 206089, 206108, 206126, 206140, 206158, 206173, 206177, 206182, 206195, 206206, 206219, 206234, 206247, 206258, 206270, 206285, 206296, 206305, 206309, 206326, 206344, 206362, 206381, 206387, 206394, 206402, 206406, 206418, 206431, 206438, 206454, 206462, 206479, 206498, 206513, 206530, 206553, 206575, 206585, 206597, 206616, 206637, 206654, 206673, 206698, 206722, 206735, 206750, 206771, 206780, 206802, 206830, 206846, 206868, 206888, 206898, 206913, 206926, 206950, 206980, 206998, 207022, 207044, 207063, 207088, 207101, 207127, 207159, 207179, 207205, 207229, 207248, 207265, 207293, 207327, 207349, 207377, 207403, 207428, 207459, 207478, 207503, 207526, 207547, 207574, 207589, 207610, 207629, 207643, 207653, 207664, 207672, 207681, 207696, 207712, 207729, 207744, 207753, 207763, 207768, 207773, 207779, 207786, 207789, 207793, 207800, 207811, 207820, 207828, 207836, 207846, 207855, 207864, 207871, 207876, 207883, 207903, 207928, 207943, 207963, 207978, 207998, 208005, 208012, 208022, 208032, 208038, 208052, 208064, 208078, 208094, 208108, 208120, 208133, 208149, 208161, 208165, 208175, 208194, 208212, 208235, 208253, 208265, 208291, 208317, 208337, 208361, 208371, 208385, 208404, 208425, 208441, 208456, 208473, 208489, 208511, 208526, 208543, 208552, 208569, 208591, 208616, 208645, 208664, 208684, 208708, 208722, 208728, 208735, 208743, 208757, 208776, 208793, 208808, 208822, 208838, 208859, 208872, 208890, 208907, 208923, 208943, 208958, 208977, 208989, 208997, 209006, 209029, 209052, 209065, 209085, 209105, 209125, 209145, 209158, 209166, 209176, 209183, 209191, 209196, 209209, 209223, 209226, 209230, 209234, 209246, 209255, 209265, 209270, 209283, 209293, 209306, 209319, 209330, 209339, 209354, 209366, 209376, 209390, 209407, 209424, 209439, 209452, 209471, 209487, 209501, 209514, 209527, 209532, 209549, 209571, 209588, 209605, 209628, 209652, 209673, 209700, 209728, 209753, 209782, 209807, 209815, 209830, 209844, 209849, 209854, 209859, 209867, 209876, 209889, 209913, 209938, 209956, 209975, 209997, 210020, 210039, 210063, 210088, 210113, 210139, 210155, 210172, 210184, 210200, 210217, 210229, 210249, 210270, 210290, 210311, 210325, 210331, 210353, 210376, 210392, 210409, 210429, 210450, 210461, 210483, 210506, 210529, 210553, 210567, 210582, 210596, 210611, 210624, 210642, 210661, 210679, 210698, 210706, 210715, 210734, 210750, 210757, 210763, 210771, 210781, 210785, 210790, 210793, 210799, 210807, 210818, 210832, 210839, 210846, 210858, 210883, 210900, 210914, 210927, 210941, 210955, 210970, 210986, 210997, 211009, 211024, 211034, 211043, 211052, 211060, 211077, 211096, 211104, 211113, 211124, 211142, 211160, 211183, 211203, 211228, 211244, 211267, 211286, 211307, 211323, 211340, 211364, 211379, 211395, 211409, 211416, 211424, 211438, 211456, 211469, 211489, 211510, 211528, 211552, 211577, 211599, 211625, 211647, 211662, 211679, 211696, 211713, 211735, 211753, 211772, 211796, 211811, 211832, 211854, 211870, 211883, 211897, 211915, 211935, 211950, 211966, 211980, 212003, 212016, 212030, 212045, 212055, 212066, 212076, 212081, 212087, 212100, 212110, 212121, 212140, 212154, 212168, 212187, 212202, 212218, 212239, 212251, 212269, 212288, 212301, 212311, 212326, 212343, 212355, 212368, 212379, 212399, 212409, 212420, 212433, 212447, 212459, 212477, 212498, 212513, 212528, 212542, 212550, 212566, 212582, 212596, 212616, 212629, 212641, 212649, 212664, 212678, 212699, 212717, 212734, 212752, 212765, 212783, 212802, 212822, 212833, 212845, 212858, 212873, 212889, 212908, 212922, 212935, 212949, 212962, 212974, 212985, 212993, 213003, 213014, 213023, 213034, 213046, 213065, 213083, 213101, 213120, 213135, 213156, 213174, 213188, 213209, 213217, 213224, 213230, 213237, 213254, 213265, 213277, 213288, 213303, 213317, 213327, 213335, 213347, 213358, 213373, 213379, 213390, 213400, 213410, 213423, 213432, 213440, 213452, 213461, 213469, 213490, 213511, 213522, 213540, 213558, 213576, 213594, 213605, 213612, 213620, 213633, 213649, 213667, 213688, 213712, 213717, 213723, 213741, 213756, 213770, 213781, 213785, 213790, 213796, 213799, 213803, 213813, 213828, 213844, 213858, 213877, 213894, 213909, 213925, 213938, 213954, 213971, 213985, 214000, 214016, 214027, 214039, 214052, 214072, 214088, 214101, 214115, 214128, 214139, 214153, 214168, 214188, 214207, 214226, 214247, 214267, 214287, 214299, 214312, 214329, 214345, 214361, 214379, 214396, 214413, 214424, 214432, 214449, 214465, 214483, 214500, 214508, 214524, 214536, 214540, 214557, 214571, 214579, 214595, 214614, 214625, 214645, 214660, 214680, 214695, 214709, 214724, 214737, 214756, 214778, 214794, 214809, 214825, 214838, 214855, 214860, 214865, 214867, 214873, 214877, 214886, 214901, 214909, 214919, 214929, 214940, 214949, 214959, 214964, 214974, 214992, 215006, 215021, 215036, 215050, 215064, 215085, 215099, 215108, 215122, 215130, 215146, 215157, 215167, 215179, 215194, 215209, 215220, 215231, 215243, 215255, 215273, 215290, 215303, 215317, 215331, 215344, 215357, 215377, 215390, 215396, 215414, 215429, 215443, 215458, 215473, 215489, 215506, 215518, 215531, 215547, 215558, 215568, 215578, 215587, 215597, 215607, 215617, 215625, 215634, 215646, 215652, 215659, 215667, 215676, 215686, 215702, 215711, 215723, 215734, 215745, 215758, 215770, 215782, 215796, 215803, 215816, 215823, 215842, 215858, 215868, 215883, 215895, 215907, 215914, 215921, 215938, 215955, 215961, 215968, 215974, 215981, 215989, 215998, 216004, 216011, 216019, 216027, 216032, 216038, 216046, 216063, 216081, 216094, 216106, 216112, 216118, 216125, 216144, 216160, 216175, 216187, 216195, 216202, 216210, 216219, 216225, 216232, 216243, 216249, 216257, 216263, 216273, 216293, 216310, 216326, 216339, 216350, 216358, 216380, 216399, 216417, 216432, 216441, 216451, 216456, 216465, 216475, 216490, 216507, 216524, 216536, 216548, 216567, 216582, 216600, 216617, 216637, 216655, 216677, 216698, 216715, 216732, 216745, 216759, 216769, 216774, 216780, 216794, 216805, 216817, 216824, 216840, 216855, 216865, 216876, 216885, 216902, 216917, 216934, 216953, 216970, 216985, 217004, 217021, 217040, 217057, 217073, 217094, 217113, 217132, 217147, 217164, 217180, 217197, 217209, 217222, 217238, 217259, 217283, 217311, 217329, 217348, 217371, 217384, 217392, 217410, 217425, 217435, 217449, 217458, 217483, 217494, 217512, 217534, 217553, 217571, 217586, 217593, 217604, 217618, 217636, 217649, 217661, 217673, 217685, 217698, 217709, 217717, 217726, 217735, 217753, 217772, 217787, 217808, 217826, 217840, 217861, 217872, 217884, 217897, 217921, 217938, 217966, 217995, 218017, 218040, 218066, 218093, 218116, 218144, 218173, 218202, 218232, 218252, 218273, 218289, 218309, 218330, 218346, 218370, 218395, 218419, 218444, 218462, 218472, 218483, 218497, 218514, 218531, 218546, 218559, 218578, 218594, 218608, 218615, 218623, 218632, 218656, 218662, 218670, 218677, 218687, 218693, 218700, 218708, 218721, 218737, 218753, 218767, 218779, 218797, 218812, 218825, 218831, 218838, 218853, 218867, 218881, 218892, 218908, 218922, 218938, 218956, 218972, 218986, 219001, 219019, 219033, 219050, 219065, 219082, 219101, 219118, 219133, 219149, 219168, 219183, 219193, 219201, 219207, 219215, 219222, 219242, 219259, 219275, 219288, 219291, 219303, 219315, 219325, 219334, 219343, 219350, 219355, 219360, 219366, 219377, 219385, 219400, 219409, 219420, 219430, 219443, 219462, 219482, 219499, 219522, 219546, 219567, 219592, 219613, 219630, 219639, 219651, 219669, 219688, 219704, 219726, 219749, 219769, 219793, 219813, 219817, 219823, 219829, 219834, 219841, 219849, 219865, 219869, 219874, 219877, 219881, 219894, 219906, 219911, 219917, 219938, 219960, 219975, 219991, 220010, 220030, 220051, 220073, 220095, 220118, 220131, 220145, 220158, 220172, 220181, 220198, 220216, 220233, 220251, 220267, 220270, 220289, 220304, 220328, 220348, 220373, 220393, 220414, 220434, 220449, 220472, 220491, 220519, 220543, 220572, 220596, 220621, 220645, 220664, 220684, 220700, 220706, 220713, 220722, 220737, 220755, 220769, 220788, 220804, 220818, 220833, 220846, 220854, 220864, 220886, 220895, 220917, 220933, 220953, 220964, 220977, 220993, 221012, 221024, 221025, 221032, 221041, 221050, 221060, 221066, 221073, 221084, 221096, 221109, 221127, 221142, 221157, 221170, 221184, 221201, 221218, 221229, 221239, 221251, 221266, 221283, 221298, 221311, 221327, 221339, 221358, 221371, 221383, 221396, 221411, 221424, 221439, 221451, 221455, 221460, 221468, 221472, 221477, 221489, 221506, 221526, 221550, 221564, 221579, 221598, 221607, 221615, 221624, 221630, 221640, 221652, 221664, 221673, 221686, 221703, 221717, 221730, 221738, 221752, 221760, 221775, 221791, 221805, 221818, 221828, 221832, 221835, 221846, 221855, 221859, 221864, 221876, 221893, 221913, 221937, 221951, 221966, 221985, 221994, 222002, 222009, 222016, 222022, 222039, 222056, 222062, 222073, 222084, 222097, 222111, 222125, 222136, 222143, 222153, 222165, 222180, 222198, 222204, 222210, 222216, 222223, 222240, 222255, 222266, 222286, 222297, 222314, 222330, 222347, 222360, 222380, 222397, 222415, 222434, 222444, 222458, 222473, 222491, 222504, 222518, 222530, 222542, 222554, 222569, 222580, 222591, 222607, 222620, 222629, 222646, 222659, 222666, 222674, 222681, 222696, 222712, 222720, 222729, 222744, 222759, 222776, 222789, 222807, 222823, 222837, 222851, 222866, 222883, 222899, 222917, 222933, 222947, 222963, 222982, 222995, 223015, 223027, 223044, 223060, 223073, 223087, 223100, 223117, 223136, 223151, 223167, 223179, 223196, 223211, 223229, 223243, 223264, 223279, 223293, 223308, 223327, 223347, 223369, 223392, 223413, 223432, 223453, 223476, 223497, 223516, 223538, 223559, 223577, 223597, 223614, 223638, 223661, 223680, 223694, 223712, 223726, 223739, 223743, 223751, 223761, 223773, 223778, 223794, 223811, 223826, 223839, 223855, 223876, 223889, 223893, 223898, 223915, 223934, 223949, 223966, 223989, 224011, 224030, 224051, 224068, 224087, 224112, 224136, 224152, 224169, 224186, 224204, 224218, 224233, 224247, 224254, 224267, 224280, 224294, 224297, 224311, 224321, 224336, 224349, 224362, 224379, 224386, 224392, 224408, 224428, 224444, 224460, 224477, 224494, 224502, 224507, 224513, 224520, 224535, 224548, 224560, 224573, 224587, 224605, 224618, 224635, 224645, 224649, 224658, 224674, 224691, 224706, 224720, 224738, 224760, 224784, 224803, 224820, 224841, 224864, 224882, 224900, 224918, 224934, 224952, 224967, 224980, 224996, 225016, 225038, 225055, 225070, 225089, 225110, 225126, 225142, 225158, 225172, 225188, 225192, 225197, 225207, 225222, 225231, 225245, 225262, 225280, 225300, 225317, 225325, 225334, 225342, 225354, 225371, 225390, 225404, 225414, 225435, 225461, 225490, 225523, 225546, 225570, 225598, 225616, 225623, 225632, 225640, 225655, 225666, 225677, 225690, 225710, 225724, 225736, 225751, 225762, 225778, 225791, 225800, 225817, 225830, 225846, 225857, 225872, 225890, 225903, 225917, 225931, 225947, 225961, 225975, 225991, 226006, 226015, 226026, 226037, 226047, 226057, 226073, 226086, 226099, 226109, 226118, 226130, 226143, 226165, 226178, 226183, 226192, 226205, 226217, 226224, 226229, 226233, 226238, 226247, 226256, 226269, 226279, 226292, 226305, 226313, 226323, 226332, 226346, 226357, 226378, 226388, 226402, 226413, 226421, 226430, 226440, 226453, 226478, 226493, 226501, 226522, 226542, 226551, 226561, 226570, 226578, 226592, 226605, 226615, 226627, 226639, 226652, 226662, 226674, 226682, 226691, 226701, 226714, 226728, 226741, 226751, 226761, 226770, 226785, 226796, 226806, 226817, 226827, 226845, 226866, 226886, 226906, 226925, 226939, 226952, 226965, 226975, 226984, 226997, 227010, 227023, 227036, 227049, 227064, 227072, 227081, 227088, 227097, 227108, 227119, 227130, 227139, 227149, 227175, 227197, 227212, 227232, 227252, 227281, 227311, 227340, 227362, 227389, 227415, 227439, 227456, 227477, 227508, 227540, 227571, 227595, 227624, 227652, 227678, 227692, 227706, 227723, 227743, 227756, 227772, 227800, 227829, 227857, 227878, 227904, 227929, 227952, 227965, 227990, 228008, 228021, 228050, 228069, 228086, 228104, 228119, 228134, 228149, 228152, 228160, 228169, 228177, 228188, 228198, 228211, 228217, 228224, 228234, 228239, 228253, 228265, 228278, 228293, 228306, 228317, 228333, 228350, 228369, 228388, 228404, 228420, 228433, 228446, 228457, 228476, 228487, 228502, 228513, 228527, 228542, 228559, 228576, 228590, 228604, 228615, 228624, 228641, 228654, 228663, 228673, 228682, 228692, 228706, 228722, 228744, 228761, 228777, 228785, 228794, 228805, 228814, 228826, 228840, 228857, 228866, 228883, 228896, 228909, 228921, 228936, 228951, 228961, 228972, 228983, 228995, 229001, 229014, 229028, 229044, 229058, 229073, 229091, 229106, 229123, 229138, 229151, 229166, 229179, 229189, 229207, 229221, 229236, 229250, 229265, 229284, 229305, 229327, 229348, 229361, 229375, 229391, 229405, 229422, 229441, 229463, 229477, 229499, 229517, 229535, 229552, 229572, 229592, 229607, 229623, 229639, 229650, 229672, 229696, 229723, 229742, 229769, 229792, 229815, 229837, 229862, 229887, 229907, 229924, 229942, 229961, 229983, 229997, 230019, 230037, 230055, 230072, 230090, 230110, 230130, 230145, 230162, 230175, 230191, 230208, 230227, 230246, 230262, 230278, 230291, 230302, 230321, 230333, 230346, 230358, 230373, 230387, 230403, 230420, 230429, 230446, 230459, 230472, 230484, 230497, 230512, 230529, 230544, 230554, 230569, 230583, 230603, 230616, 230632, 230646, 230661, 230678, 230693, 230706, 230721, 230734, 230751, 230764, 230780, 230794, 230809, 230826, 230841, 230854, 230869, 230882, 230899, 230912, 230929, 230947, 230967, 230987, 231004, 231021, 231035, 231047, 231067, 231082, 231098, 231116, 231134, 231149, 231164, 231176, 231186, 231204, 231222, 231241, 231262, 231283, 231301, 231319, 231334, 231347, 231368, 231384, 231401, 231420, 231439, 231455, 231471, 231484, 231495, 231514, 231517, 231539, 231562, 231586, 231603, 231617, 231634, 231646, 231676, 231700, 231704, 231709, 231723, 231742, 231758, 231771, 231784, 231800, 231815, 231827, 231839, 231857, 231871, 231884, 231902, 231917, 231936, 231948, 231960, 231975, 231989, 232000, 232011, 232028, 232041, 232060, 232077, 232085, 232089, 232098, 232113, 232130, 232143, 232158, 232179, 232199, 232207, 232217, 232230, 232246, 232250, 232266, 232283, 232297, 232314, 232332, 232347, 232363, 232377, 232380, 232384, 232389, 232394, 232403, 232409, 232421, 232436, 232449, 232463, 232477, 232494, 232514, 232533, 232550, 232569, 232590, 232605, 232625, 232640, 232654, 232676, 232695, 232713, 232732, 232750, 232769, 232789, 232810, 232826, 232843, 232863, 232878, 232892, 232906, 232919, 232935, 232954, 232972, 232988, 233006, 233026, 233040, 233059, 233073, 233086, 233091, 233096, 233113, 233131, 233146, 233164, 233183, 233199, 233216, 233231, 233250, 233267, 233289, 233309, 233327, 233346, 233362, 233381, 233401, 233418, 233436, 233452, 233475, 233494, 233500, 233507, 233523, 233535, 233547, 233561, 233582, 233597, 233610, 233626, 233638, 233655, 233669, 233680, 233695, 233709, 233721, 233738, 233753, 233771, 233785, 233790, 233794, 233799, 233816, 233830, 233849, 233857, 233873, 233892, 233903, 233921, 233941, 233956, 233976, 233991, 234011, 234025, 234040, 234058, 234081, 234094, 234112, 234121, 234140, 234162, 234170, 234186, 234201, 234217, 234227, 234239, 234247, 234256, 234269, 234286, 234294, 234299, 234305, 234311, 234317, 234323, 234344, 234358, 234371, 234384, 234399, 234413, 234427, 234435, 234448, 234457, 234464, 234486, 234507, 234517, 234528, 234540, 234562, 234583, 234593, 234604, 234616, 234632, 234647, 234657, 234666, 234691, 234709, 234736, 234749, 234775, 234794, 234822, 234831, 234850, 234867, 234883, 234901, 234923, 234940, 234961, 234975, 234983, 234991, 235003, 235012, 235020, 235027, 235034, 235041, 235049, 235062, 235072, 235083, 235091, 235101, 235112, 235128, 235150, 235168, 235195, 235218, 235246, 235269, 235293, 235316, 235334, 235360, 235382, 235413, 235440, 235472, 235499, 235527, 235554, 235576, 235599, 235618, 235631, 235645, 235664, 235669, 235673, 235678, 235685, 235700, 235714, 235734, 235752, 235769, 235785, 235802, 235817, 235834, 235852, 235871, 235885, 235900, 235916, 235927, 235939, 235952, 235967, 235982, 236000, 236013, 236025, 236037, 236048, 236059, 236066, 236071, 236077, 236088, 236091, 236098, 236106, 236119, 236135, 236153, 236170, 236179, 236214, 236242, 236270, 236300, 236308, 236326, 236334, 236363, 236385, 236407, 236431, 236452, 236488, 236517, 236555, 236565, 236586, 236623, 236653, 236692, 236697, 236704, 236712, 236726, 236742, 236754, 236768, 236788, 236807, 236819, 236836, 236845, 236859, 236870, 236886, 236905, 236923, 236940, 236960, 236971, 236975, 236984, 236997, 237009, 237017, 237027, 237041, 237054, 237063, 237072, 237077, 237088, 237107, 237120, 237133, 237149, 237163, 237176, 237188, 237202, 237212, 237223, 237231, 237239, 237254, 237261, 237274, 237286, 237297, 237311, 237325, 237343, 237362, 237377, 237390, 237403, 237426, 237442, 237459, 237479, 237497, 237513, 237531, 237545, 237560, 237577, 237591, 237609, 237626, 237644, 237666, 237689, 237708, 237725, 237738, 237756, 237769, 237778, 237792, 237802, 237816, 237826, 237842, 237850, 237858, 237874, 237882, 237886, 237900, 237916, 237925, 237937, 237949, 237962, 237978, 237982, 237995, 238010, 238025, 238036, 238046, 238058, 238069, 238086, 238098, 238114, 238127, 238146, 238161, 238175, 238190, 238203, 238218, 238235, 238250, 238265, 238282, 238297, 238313, 238323, 238334, 238347, 238359, 238377, 238390, 238407, 238421, 238441, 238457, 238472, 238488, 238502, 238518, 238536, 238552, 238568, 238586, 238602, 238619, 238631, 238645, 238658, 238677, 238691, 238709, 238724, 238745, 238762, 238778, 238795, 238810, 238827, 238846, 238863, 238880, 238899, 238916, 238934, 238938, 238958, 238974, 238989, 239009, 239026, 239040, 239054, 239071, 239087, 239100, 239113, 239132, 239147, 239170, 239198, 239223, 239245, 239267, 239292, 239316, 239337, 239358, 239385, 239408, 239418, 239429, 239448, 239471, 239500, 239532, 239560, 239588, 239606, 239628, 239642, 239665, 239692, 239725, 239761, 239793, 239825, 239847, 239873, 239891, 239915, 239937, 239967, 239988, 240008, 240026, 240052, 240069, 240079, 240098, 240115, 240133, 240149, 240159, 240169, 240180, 240189, 240199, 240210, 240218, 240228, 240242, 240259, 240285, 240309, 240334, 240357, 240374, 240391, 240409, 240425, 240442, 240460, 240475, 240498, 240525, 240558, 240594, 240626, 240658, 240680, 240706, 240724, 240751, 240782, 240819, 240859, 240895, 240931, 240957, 240987, 241009, 241037, 241063, 241097, 241122, 241146, 241168, 241198, 241219, 241232, 241241, 241256, 241273, 241291, 241308, 241324, 241337, 241349, 241368, 241377, 241384, 241394, 241411, 241433, 241452, 241468, 241484, 241503, 241521, 241536, 241551, 241572, 241589, 241613, 241635, 241651, 241666, 241679, 241702, 241723, 241737, 241754, 241767, 241787, 241812, 241834, 241853, 241872, 241894, 241915, 241933, 241951, 241975, 241995, 242003, 242015, 242028, 242037, 242051, 242071, 242084, 242099, 242114, 242125, 242140, 242153, 242175, 242195, 242216, 242235, 242248, 242261, 242275, 242287, 242300, 242314, 242325, 242342, 242359, 242377, 242400, 242420, 242437, 242454, 242474, 242493, 242509, 242525, 242547, 242565, 242584, 242608, 242629, 242647, 242665, 242686, 242706, 242723, 242740, 242763, 242782, 242792, 242802, 242818, 242836, 242855, 242872, 242887, 242904, 242923, 242940, 242955, 242973, 242990, 243004, 243020, 243033, 243053, 243072, 243087, 243105, 243121, 243139, 243159, 243177, 243193, 243210, 243230, 243246, 243263, 243278, 243296, 243319, 243339, 243356, 243373, 243393, 243412, 243428, 243444, 243466, 243484, 243505, 243524, 243545, 243568, 243589, 243608, 243628, 243651, 243670, 243680, 243699, 243726, 243751, 243770, 243788, 243804, 243830, 243854, 243871, 243891, 243907, 243920, 243937, 243955, 243978, 243990, 244006, 244027, 244045, 244060, 244075, 244093, 244110, 244130, 244153, 244175, 244196, 244210, 244224, 244244, 244260, 244286, 244310, 244328, 244345, 244360, 244385, 244408, 244424, 244443, 244458, 244474, 244488, 244504, 244522, 244538, 244552, 244567, 244585, 244599, 244623, 244645, 244671, 244697, 244711, 244723, 244739, 244760, 244779, 244802, 244825, 244847, 244867, 244891, 244915, 244935, 244953, 244975, 244997, 245020, 245041, 245066, 245091, 245107, 245129, 245149, 245173, 245197, 245212, 245228, 245242, 245258, 245276, 245292, 245306, 245321, 245339, 245353, 245363, 245373, 245402, 245427, 245455, 245487, 245508, 245536, 245560, 245587, 245618, 245638, 245647, 245669, 245687, 245708, 245733, 245747, 245767, 245785, 245797, 245808, 245817, 245836, 245853, 245863, 245876, 245885, 245890, 245903, 245915, 245929, 245942, 245957, 245969, 245983, 245995, 246007, 246021, 246032, 246049, 246070, 246092, 246116, 246140, 246161, 246182, 246200, 246216, 246240, 246250, 246262, 246272, 246292, 246310, 246322, 246333, 246345, 246354, 246364, 246379, 246391, 246403, 246417, 246429, 246439, 246448, 246457, 246472, 246492, 246509, 246523, 246537, 246554, 246570, 246583, 246596, 246615, 246630, 246642, 246661, 246678, 246688, 246699, 246710, 246718, 246726, 246740, 246753, 246767, 246776, 246786, 246796, 246802, 246815, 246826, 246837, 246857, 246881, 246911, 246944, 246973, 247002, 247021, 247044, 247059, 247083, 247111, 247145, 247182, 247215, 247248, 247271, 247298, 247317, 247342, 247365, 247396, 247418, 247439, 247458, 247485, 247503, 247514, 247534, 247552, 247571, 247588, 247599, 247610, 247622, 247632, 247643, 247655, 247670, 247688, 247715, 247740, 247766, 247790, 247808, 247826, 247845, 247862, 247880, 247899, 247917, 247927, 247939, 247950, 247967, 247979, 247995, 248008, 248027, 248042, 248056, 248071, 248084, 248099, 248116, 248131, 248146, 248163, 248178, 248194, 248207, 248221, 248244, 248265, 248287, 248307, 248321, 248335, 248350, 248363, 248377, 248392, 248405, 248416, 248429, 248441, 248459, 248472, 248489, 248503, 248523, 248539, 248554, 248570, 248584, 248600, 248618, 248634, 248650, 248668, 248684, 248701, 248713, 248727, 248740, 248759, 248773, 248791, 248806, 248827, 248844, 248860, 248877, 248892, 248909, 248928, 248945, 248962, 248981, 248998, 249016, 249023, 249031, 249050, 249070, 249090, 249111, 249134, 249139, 249150, 249166, 249175, 249185, 249200, 249211, 249223, 249235, 249241, 249251, 249263, 249278, 249296, 249307, 249334, 249359, 249378, 249396, 249412, 249438, 249462, 249479, 249499, 249515, 249520, 249524, 249529, 249542, 249556, 249569, 249581, 249587, 249601, 249616, 249630, 249643, 249653, 249664, 249680, 249692, 249713, 249734, 249739, 249750, 249760, 249767, 249782, 249797, 249813, 249828, 249842, 249850, 249859, 249869, 249882, 249890, 249906, 249913, 249918, 249923, 249929, 249936, 249950, 249965, 249973, 249985, 249992, 250000, 250017, 250037, 250061, 250075, 250090, 250109, 250118, 250125, 250133, 250142, 250158, 250175, 250193, 250208, 250226, 250245, 250261, 250278, 250293, 250311, 250330, 250346, 250365, 250385, 250402, 250420, 250439, 250453, 250468, 250484, 250490, 250499, 250506, 250516, 250525, 250539, 250553, 250568, 250584, 250595, 250607, 250612, 250620, 250629, 250647, 250666, 250674, 250683, 250698, 250708, 250719, 250731, 250751, 250770, 250778, 250788, 250806, 250821, 250831, 250842, 250854, 250862, 250871, 250885, 250895, 250905, 250923, 250943, 250953, 250964, 250975, 250986, 250997, 251005, 251011, 251019, 251028, 251037, 251047, 251065, 251085, 251096, 251106, 251114, 251123, 251137, 251148, 251160, 251177, 251200, 251220, 251230, 251239, 251254, 251266, 251285, 251298, 251313, 251333, 251349, 251365, 251383, 251408, 251427, 251444, 251464, 251480, 251501, 251519, 251527, 251534, 251546, 251559, 251569, 251584, 251593, 251605, 251620, 251635, 251653, 251677, 251698, 251718, 251739, 251760, 251782, 251805, 251823, 251841, 251860, 251882, 251899, 251915, 251931, 251947, 251961, 251981, 251998, 252013, 252023, 252038, 252058, 252074, 252090, 252108, 252133, 252152, 252169, 252189, 252205, 252226, 252244, 252266, 252286, 252300, 252313, 252324, 252345, 252364, 252376, 252391, 252402, 252417, 252426, 252436, 252452, 252465, 252485, 252499, 252514, 252530, 252538, 252546, 252554, 252566, 252577, 252583, 252590, 252598, 252618, 252635, 252651, 252664, 252673, 252687, 252693, 252700, 252708, 252721, 252738, 252751, 252764, 252779, 252801, 252817, 252831, 252848, 252861, 252879, 252894, 252903, 252914, 252933, 252954, 252977, 253000, 253020, 253042, 253058, 253081, 253092, 253105, 253117, 253129, 253147, 253162, 253184, 253200, 253217, 253235, 253246, 253257, 253272, 253288, 253304, 253323, 253342, 253359, 253374, 253395, 253413, 253429, 253434, 253440, 253454, 253464, 253473, 253483, 253493, 253502, 253512, 253524, 253536, 253553, 253573, 253587, 253601, 253614, 253620, 253627, 253632, 253637, 253645, 253648, 253658, 253669, 253684, 253692, 253713, 253737, 253757, 253777, 253787, 253795, 253809, 253820, 253831, 253837, 253848, 253860, 253875, 253894, 253919, 253947, 253971, 253995, 254009, 254027, 254037, 254053, 254067, 254089, 254102, 254114, 254126, 254135, 254143, 254153, 254171, 254183, 254192, 254208, 254227, 254240, 254253, 254265, 254268, 254276, 254283, 254290, 254308, 254325, 254342, 254351, 254359, 254367, 254373, 254382, 254398, 254410, 254431, 254448, 254474, 254496, 254523, 254545, 254568, 254590, 254607, 254632, 254653, 254683, 254709, 254740, 254766, 254793, 254819, 254840, 254862, 254880, 254897, 254909, 254929, 254945, 254970, 254991, 255021, 255047, 255078, 255104, 255131, 255157, 255178, 255207, 255232, 255266, 255296, 255331, 255361, 255392, 255422, 255447, 255473, 255495, 255516, 255532, 255549, 255562, 255566, 255571, 255586, 255600, 255614, 255626, 255636, 255648, 255662, 255674, 255684, 255697, 255711, 255723, 255737, 255749, 255760, 255772, 255788, 255802, 255816, 255826, 255835, 255848, 255859, 255872, 255887, 255900, 255911, 255925, 255940, 255953, 255968, 255981, 255993, 256006, 256023, 256038, 256053, 256064, 256076, 256087, 256092, 256109, 256127, 256145, 256164, 256185, 256203, 256207, 256215, 256226, 256257, 256263, 256281, 256287, 256310, 256329, 256351, 256377, 256392, 256407, 256424, 256443, 256462, 256478, 256496, 256508, 256527, 256546, 256559, 256566, 256591, 256616, 256624, 256632, 256651, 256668, 256683, 256697, 256718, 256736, 256752, 256772, 256787, 256806, 256818, 256829, 256838, 256862, 256883, 256903, 256924, 256945, 256967, 256990, 257008, 257027, 257049, 257066, 257082, 257098, 257113, 257117, 257132, 257148, 257164, 257181, 257200, 257208, 257213, 257222, 257224, 257238, 257250, 257262, 257267, 257273, 257280, 257286, 257305, 257318, 257336, 257357, 257382, 257397, 257413, 257433, 257443, 257455, 257466, 257474, 257478, 257494, 257510, 257525, 257538, 257554, 257565, 257575, 257588, 257601, 257617, 257632, 257644, 257658, 257672, 257685, 257699, 257710, 257721, 257733, 257744, 257758, 257771, 257780, 257791, 257801, 257809, 257827, 257844, 257856, 257865, 257873, 257883, 257890, 257902, 257915, 257928, 257933, 257945, 257949, 257954, 257967, 257982, 257997, 258011, 258026, 258038, 258051, 258063, 258077, 258092, 258108, 258125, 258142, 258160, 258178, 258197, 258216, 258236, 258251, 258267, 258285, 258304, 258319, 258335, 258351, 258370, 258390, 258411, 258432, 258454, 258476, 258499, 258522, 258546, 258565, 258585, 258607, 258630, 258649, 258669, 258689, 258709, 258725, 258745, 258766, 258788, 258810, 258833, 258856, 258880, 258904, 258929, 258949, 258970, 258993, 259017, 259037, 259058, 259079, 259100, 259110, 259115, 259130, 259148, 259156, 259169, 259181, 259198, 259216, 259233, 259248, 259266, 259285, 259298, 259319, 259341, 259362, 259381, 259395, 259406, 259418, 259428, 259443, 259460, 259475, 259494, 259509, 259527, 259541, 259550, 259568, 259584, 259592, 259601, 259617, 259636, 259659, 259678, 259691, 259696, 259710, 259726, 259738, 259761, 259785, 259811, 259837, 259860, 259883, 259903, 259921, 259947, 259958, 259964, 259975, 259985, 259988, 260000, 260014, 260024, 260033, 260039, 260056, 260070, 260083, 260098, 260115, 260129, 260149, 260154, 260162, 260172, 260185, 260199, 260212, 260227, 260245, 260263, 260277, 260291, 260306, 260321, 260342, 260358, 260365, 260381, 260396, 260415, 260435, 260454, 260474, 260489, 260504, 260517, 260536, 260557, 260569, 260582, 260607, 260628, 260654, 260667, 260681, 260694, 260711, 260727, 260743, 260759, 260764, 260781, 260795, 260808, 260818, 260837, 260853, 260868, 260880, 260890, 260907, 260919, 260933, 260949, 260964, 260977, 260984, 260999, 261015, 261030, 261044, 261052, 261068, 261085, 261101, 261116, 261128, 261141, 261154, 261174, 261189, 261206, 261225, 261243, 261259, 261272, 261292, 261307, 261324, 261343, 261361, 261377, 261387, 261401, 261408, 261415, 261437, 261458, 261481, 261502, 261526, 261549, 261568, 261588, 261612, 261630, 261647, 261666, 261680, 261697, 261715, 261735, 261754, 261769, 261789, 261802, 261815, 261827, 261836, 261853, 261870, 261888, 261905, 261921, 261933, 261952, 261966, 261982, 262000, 262017, 262032, 262041, 262061, 262078, 262098, 262119, 262135, 262157, 262172, 262179, 262187, 262197, 262219, 262236, 262252, 262265, 262281, 262292, 262304, 262326, 262347, 262365, 262388, 262406, 262427, 262446, 262468, 262492, 262515, 262533, 262552, 262571, 262591, 262615, 262632, 262648, 262659, 262673, 262686, 262707, 262723, 262741, 262757, 262776, 262793, 262806, 262824, 262846, 262867, 262895, 262919, 262937, 262952, 262972, 262990, 263009, 263025, 263041, 263059, 263075, 263093, 263109, 263129, 263145, 263159, 263174, 263197, 263214, 263229, 263241, 263257, 263275, 263296, 263320, 263340, 263359, 263380, 263402, 263420, 263438, 263456, 263474, 263489, 263509, 263522, 263536, 263553, 263567, 263584, 263599, 263615, 263626, 263645, 263659, 263671, 263692, 263703, 263718, 263736, 263754, 263778, 263804, 263830, 263851, 263875, 263886, 263898, 263912, 263929, 263943, 263967, 263979, 263996, 264017, 264040, 264064, 264084, 264097, 264115, 264129, 264145, 264169, 264184, 264200, 264214, 264231, 264254, 264274, 264288, 264301, 264322, 264333, 264353, 264376, 264388, 264403, 264424, 264440, 264457, 264477, 264497, 264516, 264531, 264548, 264560, 264575, 264597, 264615, 264639, 264651, 264668, 264684, 264698, 264714, 264728, 264744, 264762, 264778, 264794, 264806, 264818, 264834, 264853, 264865, 264878, 264889, 264904, 264920, 264935, 264951, 264962, 264973, 264982, 264997, 265014, 265022, 265031, 265052, 265069, 265091, 265100, 265110, 265119, 265132, 265144, 265156, 265168, 265178, 265191, 265205, 265217, 265234, 265246, 265256, 265261, 265267, 265286, 265292, 265293, 265298, 265305, 265316, 265323, 265331, 265345, 265358, 265376, 265389, 265404, 265425, 265446, 265461, 265475, 265493, 265507, 265519, 265530, 265548, 265565, 265583, 265606, 265624, 265643, 265659, 265681, 265704, 265724, 265748, 265768, 265788, 265808, 265824, 265837, 265858, 265872, 265893, 265912, 265931, 265955, 265979, 266000, 266019, 266042, 266064, 266088, 266108, 266133, 266151, 266172, 266186, 266193, 266209, 266220, 266236, 266245, 266259, 266274, 266296, 266315, 266337, 266366, 266398, 266424, 266455, 266480, 266511, 266541, 266568, 266598, 266611, 266631, 266648, 266668, 266695, 266725, 266749, 266778, 266801, 266830, 266858, 266883, 266911, 266921, 266935, 266942, 266950, 266957, 266970, 266977, 266985, 266994, 267008, 267027, 267051, 267074, 267091, 267099, 267118, 267124, 267141, 267161, 267181, 267198, 267217, 267225, 267234, 267246, 267259, 267269, 267284, 267291, 267301, 267316, 267328, 267341, 267351, 267362, 267373, 267382, 267401, 267417, 267431, 267449, 267466, 267481, 267503, 267528, 267553, 267575, 267599, 267617, 267628, 267641, 267662, 267686, 267710, 267731, 267754, 267765, 267778, 267793, 267807, 267820, 267829, 267846, 267855, 267874, 267889, 267896, 267909, 267923, 267934, 267951, 267968, 267986, 268001, 268020, 268035, 268047, 268063, 268074, 268094, 268106, 268116, 268135, 268155, 268172, 268195, 268219, 268240, 268265, 268286, 268300, 268312, 268325, 268341, 268348, 268355, 268362, 268370, 268378, 268387, 268401, 268419, 268432, 268444, 268462, 268481, 268497, 268519, 268542, 268562, 268586, 268606, 268615, 268625, 268630, 268641, 268653, 268664, 268672, 268681, 268690, 268705, 268721, 268730, 268745, 268755, 268764, 268774, 268787, 268800, 268811, 268822, 268834, 268848, 268861, 268879, 268902, 268922, 268939, 268956, 268976, 268995, 269011, 269027, 269049, 269067, 269081, 269095, 269113, 269131, 269143, 269162, 269179, 269192, 269205, 269225, 269243, 269262, 269272, 269284, 269297, 269316, 269340, 269361, 269379, 269397, 269418, 269438, 269455, 269472, 269495, 269514, 269527, 269540, 269555, 269575, 269600, 269622, 269641, 269660, 269682, 269703, 269721, 269739, 269763, 269783, 269804, 269830, 269853, 269873, 269893, 269916, 269938, 269957, 269976, 270001, 270022, 270038, 270053, 270069, 270079, 270092, 270104, 270117, 270128, 270139, 270153, 270164, 270179, 270191, 270201, 270213, 270224, 270233, 270250, 270266, 270280, 270295, 270311, 270323, 270336, 270356, 270376, 270393, 270414, 270432, 270446, 270455, 270466, 270478, 270487, 270497, 270513, 270528, 270545, 270556, 270567, 270577, 270586, 270598, 270606, 270620, 270629, 270639, 270651, 270664, 270677, 270685, 270699, 270710, 270720, 270733, 270747, 270763, 270777, 270792, 270807, 270821, 270832, 270845, 270862, 270874, 270887, 270899, 270913, 270922, 270932, 270944, 270957, 270975, 270986, 271002, 271014, 271024, 271036, 271050, 271059, 271070, 271085, 271101, 271114, 271128, 271142, 271156, 271170, 271182, 271198, 271208, 271220, 271241, 271265, 271288, 271310, 271320, 271329, 271340, 271351, 271361, 271372, 271386, 271396, 271409, 271425, 271441, 271454, 271465, 271478, 271492, 271508, 271522, 271537, 271548, 271561, 271571, 271577, 271589, 271602, 271612, 271628, 271643, 271659, 271680, 271696, 271713, 271727, 271745, 271763, 271777, 271789, 271810, 271829, 271849, 271867, 271879, 271891, 271904, 271915, 271927, 271940, 271946, 271957, 271973, 271994, 272014, 272028, 272029, 272043, 272048, 272065, 272074, 272081, 272095, 272108, 272113, 272124, 272127, 272145, 272165, 272185, 272201, 272206, 272216, 272229, 272240, 272251, 272261, 272271, 272283, 272297, 272320, 272341, 272374, 272388, 272402, 272408, 272430, 272442, 272452, 272470, 272482, 272502, 272526, 272540, 272563, 272582, 272596, 272610, 272622, 272642, 272656, 272668, 272681, 272703, 272720, 272746, 272756, 272766, 272776, 272786, 272800, 272812, 272830, 272839, 272848, 272860, 272866, 272872, 272878, 272884, 272890, 272896, 272902, 272908, 272914, 272920, 272926, 272935, 272941, 272947, 272953, 272959],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[62, 732, 2175, 2178, 2316, 4667, 5354, 6679, 6680, 7329, 7353, 7391, 7419, 7422, 7740]), Anchor::All(&[Anchor::Lits(&[9298, 9394, 9451, 9905, 9907, 11271, 11276, 11302, 11307, 12066, 12447, 14181, 14194, 14546, 14680, 14753, 15747, 16622]), Anchor::Lits(&[7825, 9014, 9498, 9769, 9944, 9954, 9956, 9961, 10013, 10015, 10075, 10096, 10103, 10138, 10175, 10340, 10348, 10370, 10377, 10413, 10450, 11024, 11077, 11181, 11742, 11744, 11800, 11803, 12432, 12928, 12998, 13022, 13066, 13104, 13106, 13151, 13314, 13401, 13706, 13712, 13720, 13725, 13845, 13847, 13849, 14243, 14299, 14835, 14986, 15120, 15615, 15621, 15623, 15625, 15629, 15631, 15778, 16512, 16515, 16614, 16758])]), Anchor::All(&[Anchor::Lits(&[7825, 9014, 9498, 9769, 9944, 9954, 9956, 9961, 10013, 10015, 10075, 10096, 10103, 10138, 10175, 10340, 10348, 10370, 10377, 10413, 10450, 11024, 11077, 11181, 11742, 11744, 11800, 11803, 12432, 12928, 12998, 13022, 13066, 13104, 13106, 13151, 13314, 13401, 13706, 13712, 13720, 13725, 13845, 13847, 13849, 14243, 14299, 14835, 14986, 15120, 15615, 15621, 15623, 15625, 15629, 15631, 15778, 16512, 16515, 16614, 16758]), Anchor::Lits(&[63, 164, 1632, 2126, 2133, 2315, 2486, 2750, 4043, 4187, 4433, 4576, 4591, 4597, 4614, 4666, 5041, 5115, 5662]), Anchor::Lits(&[203, 351, 1724, 1735])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[1251, 1253, 1262, 2491, 2500, 2752, 2787, 3479, 4116, 4190, 4573, 4579, 4650, 5667, 5670, 5678, 5750, 5772, 7311, 7327, 7329, 7335, 7375, 7379, 7419, 7740]), Anchor::All(&[Anchor::Lits(&[9298, 9394, 9905, 9907, 11271, 11276, 11302, 11307, 12066, 14181, 14194, 14683, 14753, 15747, 16622]), Anchor::Lits(&[7825, 9014, 9498, 9769, 9944, 9954, 9956, 9961, 10013, 10015, 10075, 10096, 10103, 10138, 10175, 10340, 10348, 10370, 10377, 10413, 10450, 11024, 11077, 11181, 11742, 11744, 11800, 11803, 12432, 12928, 12998, 13022, 13066, 13104, 13106, 13151, 13314, 13401, 13706, 13712, 13720, 13725, 13845, 13847, 13849, 14243, 14299, 14835, 14986, 15120, 15615, 15621, 15623, 15625, 15629, 15631, 15778, 16512, 16515, 16614, 16758]), Anchor::Lits(&[8094, 8333, 10676, 17755])]), Anchor::All(&[Anchor::Lits(&[7825, 9014, 9498, 9769, 9944, 9954, 9956, 9961, 10013, 10015, 10075, 10096, 10103, 10138, 10175, 10340, 10348, 10370, 10377, 10413, 10450, 11024, 11077, 11181, 11742, 11744, 11800, 11803, 12432, 12928, 12998, 13022, 13066, 13104, 13106, 13151, 13314, 13401, 13706, 13712, 13720, 13725, 13845, 13847, 13849, 14243, 14299, 14835, 14986, 15120, 15615, 15621, 15623, 15625, 15629, 15631, 15778, 16512, 16515, 16614, 16758]), Anchor::Lits(&[9286, 9907, 11273, 11307, 12066, 12446, 14194, 14545, 14680, 14752, 14757]), Anchor::Lits(&[8333, 10508, 10676])]), Anchor::All(&[Anchor::Lits(&[8293, 8295, 8303, 8312, 8313, 8314, 8317, 8325, 8327, 8328, 8331, 13500, 13502, 13510, 13519, 13520, 13521, 13524, 13532, 13534, 13535, 13538, 15198, 15200, 15208, 15217, 15218, 15219, 15222, 15230, 15233, 15235, 15239, 15473, 15474, 15475, 15476, 15477, 15478, 15479, 15480, 15481, 15482, 15483, 15484, 15485, 15486, 15488, 15489, 15490, 15491, 15492, 15493, 15494, 15495, 15954, 15955, 15956, 15957, 15958, 15959, 15960, 15961, 15962, 15963, 15964, 15965, 15966, 15967, 15968, 15969, 15970, 15971, 15972, 15973, 15974, 15975, 16069, 16070, 16071, 16072, 16073, 16074, 16075, 16076, 16077, 16078, 16079, 16090, 16091, 16092, 16093, 16094, 16095, 16096, 16097, 16098, 16099, 16100, 16126, 16127, 16128, 16129, 16130, 16131, 16132, 16133, 16134, 16135, 16136, 16137, 16138, 16139, 16140, 16141, 16142, 16143, 16144, 16145, 16146, 16147, 16178, 16179, 16180, 16181, 16182, 16183, 16184, 16185, 16186, 16187, 16188, 16215, 16216, 16217, 16218, 16219, 16220, 16221, 16226, 16227, 16228, 16229, 16339, 16347, 16348, 16353, 16354, 16355, 16356, 16357, 16358, 16359, 16360, 16361, 16362, 16363, 16364, 16365, 16366, 16371, 16372, 16373, 16374, 16379, 17776, 17777, 17778, 17779, 17780, 17781, 17782, 17783, 17784, 17785, 17786, 17802, 17803, 17804, 17805, 17806, 17807, 17808, 17809, 17810, 17811, 17812, 17816, 17817, 17818, 17819, 17820, 17821, 17822, 17823, 17824, 17825, 17826, 17827, 17828, 17829, 17830, 17831, 17832, 17833, 17834, 17835, 17836, 17837]), Anchor::Lits(&[7825, 9014, 9498, 9769, 9944, 9954, 9956, 9961, 10013, 10015, 10075, 10096, 10103, 10138, 10175, 10340, 10348, 10370, 10377, 10413, 10450, 11024, 11077, 11181, 11742, 11744, 11800, 11803, 12432, 12928, 12998, 13022, 13066, 13104, 13106, 13151, 13314, 13401, 13706, 13712, 13720, 13725, 13845, 13847, 13849, 14243, 14299, 14835, 14986, 15120, 15615, 15621, 15623, 15625, 15629, 15631, 15778, 16512, 16515, 16614, 16758])]), Anchor::All(&[Anchor::Lits(&[1937, 1947, 1950, 1951, 1952, 1953, 1954, 1955, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2051, 2061, 2064, 2065, 2066, 2068, 2069, 2071, 2074, 2075, 2076, 2077, 2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 3130, 5740, 6108, 6123]), Anchor::Lits(&[9298, 9394, 9905, 9907, 11271, 11276, 11302, 11307, 12066, 14181, 14194, 14683, 14753, 15747, 16622])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[5754, 5761, 5770, 5838, 5839, 5845, 5847, 5849, 5851, 5852, 6976, 6982, 6989, 6996, 6997, 6999, 7001, 7003, 7005, 7006, 7429, 7449, 7457, 7460, 7470, 7480, 7484, 7491, 7492, 7493, 7494, 7495, 7505, 7517, 7518, 7519, 7520, 7521, 7531, 7544, 7545, 7546, 7547, 7548, 7549, 7550, 7551, 7564, 7565, 7566, 7567, 7568, 7569, 7570, 7576, 7577, 7578, 7579, 7580, 7581, 7582, 7583, 7584, 7585, 7638, 7702]), Anchor::All(&[Anchor::Lits(&[7825, 9014, 9498, 9769, 9944, 9954, 9956, 9961, 10013, 10015, 10075, 10096, 10103, 10138, 10175, 10340, 10348, 10370, 10377, 10413, 10450, 11024, 11077, 11181, 11742, 11744, 11800, 11803, 12432, 12928, 12998, 13022, 13066, 13104, 13106, 13151, 13314, 13401, 13706, 13712, 13720, 13725, 13845, 13847, 13849, 14243, 14299, 14835, 14986, 15120, 15615, 15621, 15623, 15625, 15629, 15631, 15778, 16512, 16515, 16614, 16758]), Anchor::Lits(&[1064, 2376, 3243, 4534, 4542, 4665, 4898, 4979]), Anchor::Lits(&[7868, 7957, 9321, 9324, 9473, 9577, 9580, 9710, 9813, 9834, 11227, 13589, 14147, 14326, 14755, 14887, 15195, 15735, 16886])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[58, 822, 1096, 1212, 1300, 1306, 1307, 1309, 1313, 1315, 1365, 1374, 1380, 1403, 1435, 1529, 1532, 1541, 1547, 1577, 1609, 2127, 2131, 2306, 2565, 2567, 2585, 2586, 3220, 3624, 3650, 3665, 3717, 3767, 3769, 3791, 3879, 4060, 4352, 4354, 4357, 4358, 4450, 4451, 4452, 4694, 4720, 5107, 5176, 5301, 5507, 5509, 5513, 5515, 5518, 5520, 5692, 6182, 6183, 6560, 6661]), Anchor::Lits(&[7828, 8845, 10545, 11863, 11873, 12408, 14111, 14139, 15248, 16816, 16819, 17562, 17644, 17646, 17650, 17663, 17738, 17740, 17754, 17981]), Anchor::Lits(&[570, 2315, 2779, 4641, 5700, 6551, 6581, 7829, 8846, 10546, 11864, 11874, 14112, 14140, 15249, 16817, 16820, 17654, 17664, 17665, 17985])])),
            (4, "override-the-above", Anchor::Lits(&[63, 733, 4577, 4610])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[1278, 2367, 2376, 2784, 4647, 4662, 4979, 5039, 5678]), Anchor::Lits(&[822, 1309, 2127, 2567, 3665, 3717, 4354, 4450, 5515, 5520])])),
            (6, "override-previous-loosely", Anchor::Any(&[Anchor::Lits(&[14591]), Anchor::All(&[Anchor::Lits(&[1632, 4597, 4614]), Anchor::Lits(&[11744])])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[7826, 7827, 8197, 9023, 9499, 9770, 9949, 9955, 9957, 10012, 10014, 10020, 10097, 10104, 10139, 10341, 10371, 10378, 10414, 11075, 11078, 11182, 11743, 11797, 11801, 11804, 12929, 12999, 13023, 13067, 13105, 13107, 13152, 13315, 13366, 13420, 13707, 13716, 13724, 13726, 13846, 13848, 13850, 14244, 14300, 14836, 14987, 15179, 15616, 15624, 15626, 15630, 15632, 16513, 16516, 16615, 16762]), Anchor::All(&[Anchor::Lits(&[7825, 9014, 9498, 9769, 9944, 9954, 9956, 9961, 10013, 10015, 10075, 10096, 10103, 10138, 10175, 10340, 10348, 10370, 10377, 10413, 10450, 11024, 11077, 11181, 11742, 11744, 11800, 11803, 12432, 12928, 12998, 13022, 13066, 13104, 13106, 13151, 13314, 13401, 13706, 13712, 13720, 13725, 13845, 13847, 13849, 14243, 14299, 14835, 14986, 15120, 15615, 15621, 15623, 15625, 15629, 15631, 15778, 16512, 16515, 16614, 16758]), Anchor::Lits(&[63, 164, 1632, 2126, 2133, 2315, 2486, 2750, 4043, 4187, 4433, 4576, 4591, 4597, 4614, 4666, 5041, 5115, 5662]), Anchor::Lits(&[9151, 9298, 9518, 9905, 11211, 11712, 12010, 12717, 13362, 13634, 13897, 14194, 15880])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[5749, 5752, 5753, 5759, 5760, 5770, 5771, 5828, 5829, 5837, 5844, 5845, 5848, 5850, 5853, 6972, 6974, 6975, 6980, 6981, 6989, 6990, 6992, 6993, 6995, 6998, 6999, 7002, 7004, 7007])),
            (9, "override-everything-then-order", Anchor::Lits(&[1310, 1311, 1312, 2128, 2129, 2130, 2568, 2570, 2572, 3666, 3667, 3668, 3718, 3719, 3720, 5108, 5109, 5110])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::Lits(&[9474, 9475, 9476, 9481, 11919, 11920, 11921, 11922, 11931, 11932, 11933, 11934, 12072, 12074, 12078, 12095, 15882, 15883, 15884, 15887]), Anchor::All(&[Anchor::Lits(&[9962, 9963, 9964, 9965, 9966, 9967, 9968, 9969, 9970, 9971, 9972, 9973, 9974, 9975, 9976, 9977, 9978, 9979, 9980, 9981, 9982, 9983, 9984, 9985, 9986, 9987, 9988, 9989, 9990, 9991, 9992, 9993, 9994, 9995, 9996, 9997, 9998, 9999, 10000, 10001, 10003, 10004, 10005, 10006, 10007, 10008, 10009, 10010, 11025, 11026, 11027, 11028, 11029, 11030, 11031, 11032, 11033, 11034, 11035, 11036, 11037, 11038, 11039, 11040, 11041, 11042, 11043, 11044, 11045, 11046, 11047, 11048, 11049, 11050, 11051, 11052, 11053, 11054, 11055, 11056, 11057, 11058, 11059, 11060, 11061, 11062, 11063, 11064, 11066, 11067, 11068, 11069, 11070, 11071, 11072, 11073, 11745, 11746, 11747, 11748, 11749, 11750, 11751, 11752, 11753, 11754, 11755, 11756, 11757, 11758, 11759, 11760, 11761, 11762, 11763, 11764, 11765, 11766, 11767, 11768, 11769, 11770, 11771, 11772, 11773, 11774, 11775, 11776, 11777, 11778, 11779, 11780, 11781, 11782, 11783, 11784, 11788, 11789, 11790, 11791, 11792, 11793, 11794, 11795, 15121, 15122, 15123, 15124, 15125, 15126, 15127, 15128, 15129, 15130, 15131, 15132, 15133, 15134, 15135, 15136, 15138, 15139, 15140, 15141, 15142, 15143, 15144, 15146, 15149, 15150, 15151, 15152, 15153, 15154, 15159, 15160, 15161, 15162, 15163, 15164, 15165, 15168, 15169, 15170, 15171, 15172, 15173, 15174, 15175, 15176, 15177, 15178]), Anchor::Lits(&[8289, 9174, 9730, 10978, 10979, 10980, 13688, 13691, 13692, 14116, 14117, 14119, 14454, 14472, 14474, 14530, 14531, 14816, 15567, 15869, 15870, 17555])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[9298, 9394, 9451, 9905, 9907, 11271, 11276, 11302, 11307, 12066, 12447, 14181, 14194, 14546, 14680, 14753, 15747, 16622]), Anchor::Any(&[Anchor::Lits(&[8485, 8486, 10052, 10122, 10224, 10237, 10284, 10299, 10312, 10396, 12169, 12170, 13098, 13099, 13103, 13111, 13114]), Anchor::All(&[Anchor::Lits(&[47, 48, 162, 860, 861, 1215, 1228, 1291, 1690, 1709, 1812, 1871, 1872, 2327, 2583, 2883, 2905, 3176, 3233, 3771, 3779, 3837, 3840, 3842, 3844, 3848, 3877, 3898, 3927, 4179, 4309, 4326, 4781, 4831, 4838, 4872, 4874, 4924, 4937, 5561, 5569, 5623, 6814, 7074, 7177, 7267]), Anchor::Lits(&[8481, 11224, 11336, 11358, 11413, 12162, 12788, 14999, 15013, 17109, 17255])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[690, 859, 862, 2413, 2443, 2884, 2885, 4314, 4315, 4354, 4356, 4358, 4359, 4837, 4839, 5568, 5570, 5693, 5695, 6604, 6605, 7071]), Anchor::Lits(&[63, 164, 203, 351, 1632, 1735, 2126, 2133, 2315, 2486, 2750, 4043, 4187, 4191, 4433, 4576, 4591, 4597, 4614, 4666, 5041, 5115, 5662, 7428]), Anchor::Lits(&[9286, 9487, 9907, 11302, 12066, 12686, 12718, 13623, 13976, 14001, 14194, 14683])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[7288, 7317, 7330, 7336, 7417, 7735]), Anchor::All(&[Anchor::Lits(&[59, 60, 133, 134, 1022, 1023, 1914, 1925, 2517, 2518, 3256, 3257, 3880, 3890, 4875, 4876, 5503, 5504]), Anchor::Lits(&[9102, 10046, 10306, 12945, 13096, 13136, 14291, 15612, 17579, 17592, 17672, 17674, 17731, 17732, 17962])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[1766, 1767, 1768, 1769, 3123, 3124, 3127, 3134, 4124, 4125, 4128, 4134, 5399, 5400, 5401, 5402, 7830, 7833, 7836, 7838, 7845, 7847, 7849, 7851, 7901, 7907, 7908, 8266, 8267, 8272, 8284, 8285, 8286, 8287, 8870, 8885, 8903, 8904, 8905, 9340, 9341, 9342, 9344, 9345, 9346, 9347, 9348, 9349, 9350, 9351, 9352, 9353, 9354, 9355, 9356, 9357, 9358, 9359, 9360, 9361, 9362, 9363, 9364, 9366, 9369, 9372, 9375, 9377, 9438, 9439, 9441, 9446, 9490, 9491, 9492, 9651, 9652, 9653, 9654, 9761, 9762, 9763, 9764, 9818, 9823, 9824, 9826, 9830, 9831, 9833, 10550, 10554, 10556, 10557, 10560, 10562, 10564, 10827, 10828, 10829, 10830, 10831, 10832, 10950, 10953, 10955, 10957, 10959, 10961, 10963, 10983, 10985, 10986, 10987, 11123, 11125, 11512, 11521, 11523, 11524, 11529, 11533, 11538, 11875, 12320, 12324, 12329, 12335, 12346, 12347, 12496, 12497, 12498, 12499, 13328, 13329, 13330, 13331, 13333, 13334, 13335, 13336, 13337, 13338, 13339, 13340, 13341, 13342, 13344, 13347, 13350, 13353, 13355, 13438, 13442, 13446, 13452, 13462, 13463, 13656, 13662, 13664, 13665, 13669, 13671, 13674, 14077, 14078, 14079, 14093, 14097, 14099, 14100, 14104, 14106, 14108, 14123, 14127, 14129, 14130, 14133, 14135, 14137, 14395, 14396, 14398, 14400, 14527, 14528, 14529, 15250, 15465, 15466, 15467, 15468, 15469, 15470, 15741, 15746, 15747, 15750, 15756, 15757, 15760, 15773, 15774, 15775, 15776, 15780, 15781, 15782, 15783, 16636, 16637, 16643, 16652, 17718, 17742])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[641, 969, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2558, 2559, 2560, 2561, 4468, 7288, 7319, 7321, 7338, 7339, 7340, 7341, 7342, 7343, 7344, 7345, 7346, 7349, 7350, 7351, 7352, 7354, 7355, 7356, 7357, 7358, 7359, 7361, 7369, 7370, 7374, 7376, 7394, 7395, 7399, 7400, 7401, 7402, 7403, 7404, 7405, 7406, 7408, 7409, 7410, 7411, 7412, 7413, 7414, 7415, 7424, 7425, 7703, 7726, 7727, 7728, 7729, 7730, 7731, 7732, 7733, 7736, 7737, 7738, 7739, 7741, 7742, 7743, 7744]), Anchor::Lits(&[8996, 9014, 9168, 9922, 9961, 10664, 11024, 11744, 13712, 15120, 17047])])),
            (16, "deceive-the-user", Anchor::Lits(&[2529, 2530, 2531, 2532, 2533, 2534, 2535, 2536, 2537, 2538, 6699, 6701, 6703, 6704, 6705, 6710, 6711, 6712, 6713, 6714, 9019, 9021, 9022, 9023, 9998, 10001, 10011, 10012, 10050, 10114, 10117, 10123, 10134, 10159, 10168, 10310, 10388, 10391, 10398, 10409, 10434, 10443, 11061, 11064, 11074, 11075, 11545, 11547, 11549, 11554, 11781, 11784, 11796, 11797, 12957, 13007, 13010, 13015, 13026, 13050, 13059, 17374, 17443, 17446, 17450, 17456, 17466, 17493, 17503, 17509, 17510, 17518])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[566, 673, 741, 3928, 4086, 4087, 4098, 6410]), Anchor::Lits(&[3138, 3139, 3140, 3141, 3142, 3144, 3145, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 3153, 3191, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399, 4400, 4401, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4510, 4511, 4512, 4513, 4514, 4515, 4516, 4517, 4689, 4690, 4691, 4692, 4693, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 4708, 5171, 5172, 5173, 5174, 5175, 5193, 5194, 5195, 5196, 5197, 5198, 5199, 5200, 5202, 5211, 5223, 5224, 5225, 5226, 5227, 5228, 5229, 5230, 5231, 5232, 5233, 5234, 5235, 5236, 5237, 5630, 5631, 5632, 5633, 5634, 5635, 5636, 5637, 5638, 5640, 5641, 5647, 5650, 5651, 5652, 6610, 6611, 6612, 6613, 6614, 6616, 6617, 6618, 6619, 6621, 6622, 6628, 6631, 6632, 6635])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[8920, 9250, 9251, 9253, 9254, 9255, 9256, 9266, 9267, 9268, 9269, 9774, 9775, 9778, 9780, 10458, 10459, 10464, 10478, 10640, 10641, 10642, 10643, 10644, 10645, 10646, 10647, 10973, 10974, 10975, 10976, 11112, 11113, 11121, 13729, 13730, 13731, 13734, 14234, 14235, 14236, 14237, 14425, 14426, 14427, 14428, 14440, 14441, 14442, 14443, 14446, 14447, 14448, 14449, 14513, 14514, 14516, 14519, 14521, 14522, 14523, 14524, 14630, 14631, 14632, 14633, 15764, 16759, 16760, 16761, 16762, 17280, 17281, 17282, 17283, 17284, 17285, 17286, 17287]), Anchor::All(&[Anchor::Lits(&[779, 916, 1719, 2376, 4905, 4985, 5040]), Anchor::Lits(&[17324, 17360])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[170, 171, 172, 173, 4069, 4070, 4097, 4117, 6249, 6250, 6409, 6545, 7081, 7082, 7102, 7173]), Anchor::Lits(&[17756, 17759, 17760, 17761, 17762, 17763, 17764, 17765, 17766, 17767, 17768, 17769, 17770, 17771, 17773, 17774, 17775, 17787, 17789, 17794, 17795, 17797, 17798, 17799, 17800, 17801, 17813, 17814, 17815, 17838, 17839, 17840, 17841, 17842, 17843, 17844, 17845, 17847, 17849, 17850, 17852, 17853, 17854, 17855, 17856, 17857, 17858, 17859, 17860, 17861, 17864, 17866, 17867, 17868, 17869, 17870, 17871, 17872, 17874, 17876, 17877, 17878, 17880, 17881, 17882, 17883, 17885, 17886, 17888, 17889, 17890, 17891, 17896, 17898, 17899, 17901, 17902, 17903, 17905, 17908, 17909, 17911, 17912, 17913, 17914, 17916, 17917, 17919, 17920, 17921, 17922, 17923, 17924, 17926, 17927, 17928, 17929, 17934, 17935, 17936, 17937, 17938, 17939, 17940, 17942, 17943, 17946, 17947, 17950, 17951, 17952, 17953, 17954])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[5903, 5904, 5905, 5906, 5926, 5927, 5929, 5930, 5939, 5940, 5947, 5948, 5950, 5951, 5955, 5956, 5971, 5972, 5978, 5979, 7430, 7431, 7432, 7433, 7468, 7469, 7482, 7483, 7542, 7543, 7553, 7554, 7574, 7575, 7592, 7593, 7639, 7641, 7654, 7655]), Anchor::Lits(&[58, 822, 1096, 1212, 1300, 1306, 1307, 1309, 1313, 1315, 1365, 1374, 1380, 1403, 1435, 1529, 1532, 1541, 1547, 1577, 1609, 2127, 2131, 2306, 2565, 2567, 2585, 2586, 3220, 3624, 3650, 3665, 3717, 3767, 3769, 3791, 3879, 4060, 4352, 4354, 4357, 4358, 4450, 4451, 4452, 4694, 4720, 5107, 5176, 5301, 5507, 5509, 5513, 5515, 5518, 5520, 5692, 6182, 6183, 6560, 6661])])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[3555, 3556, 13068, 13069, 13071, 13072, 13073, 14142, 14143, 14144, 14145, 14146, 16823, 16824, 16825, 16826, 16827, 16871, 16872, 16873, 16874, 16875]), Anchor::All(&[Anchor::Lits(&[17562, 17649, 17707, 17736, 17740, 17955, 17980]), Anchor::Lits(&[9380, 10879, 11108, 11332, 12292, 12439, 13708, 14377, 14477, 14518, 14629, 16767])]), Anchor::All(&[Anchor::Lits(&[2918, 2919, 2922, 2936, 2937, 2939, 2940, 2943, 2944, 2945, 2946, 2947, 2948, 2949, 2950, 2951, 2958, 2959, 2961, 2962, 2963, 2964, 2965, 2966]), Anchor::Lits(&[17755])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[495, 503, 505, 517, 518, 519, 532, 533, 536, 537, 539, 541, 550, 565, 7330, 7348, 7407, 7417, 7735])),
            (23, "nothing-is-real", Anchor::Lits(&[372, 1056, 3746, 3827, 3855, 3856, 3857, 3858, 4981])),
            (24, "declined-now-allowed", Anchor::Any(&[Anchor::Lits(&[8792, 8793, 8794, 8795, 8796, 8797, 8798, 8928, 8929, 8930, 8931, 8932, 8933, 8934, 9793, 9794, 9795, 9796, 9797, 9798, 9799, 9936, 9937, 9938, 9939, 9940, 9941, 9942, 11015, 11016, 11017, 11018, 11019, 11020, 11021, 14185, 14186, 14187, 14188, 14189, 14190, 14191, 14538, 14539, 14540, 14541, 14542, 14543, 14544]), Anchor::All(&[Anchor::Lits(&[442, 443, 444, 446, 447, 453, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 2909, 2911, 2912, 2913, 2914, 2920, 2931, 2932, 2933, 2934, 2935, 2938, 2941, 2942, 2952, 2955]), Anchor::Lits(&[8927, 9648, 9649, 9731, 9792, 11013, 11014, 14394, 14414, 17551, 17552])])])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[3631, 7288, 7330, 7334, 7348, 7363, 7364, 7367, 7417, 7703, 7735, 8511, 9453, 9454, 9455, 9456, 9457, 9458, 9459, 9460, 9461, 9462, 9463, 9464, 9465, 9466, 9467, 9468, 9469, 9470, 11279, 11280, 11281, 11282, 11283, 11284, 11286, 11287, 11288, 11289, 11290, 11291, 11293, 11294, 11296, 11297, 11298, 11299, 11310, 11311, 11312, 11313, 11314, 11315, 11316, 11317, 11318, 11319, 11320, 11321, 11322, 11323, 11324, 11325, 11326, 11327, 12076, 12077, 12081, 12082, 12083, 12084, 12085, 12086, 12087, 12088, 12089, 12090, 12093, 12094, 12096, 12097, 12098, 12099, 12448, 12449, 12450, 12451, 12452, 12453, 12454, 12455, 12456, 12457, 12458, 12459, 12460, 12461, 12462, 12463, 12464, 12465, 12469, 12470, 12471, 12472, 12473, 12474, 12475, 12476, 12477, 12478, 12479, 12480, 12481, 12482, 12484, 12485, 12486, 12487, 13979, 13980, 13981, 13982, 13983, 13984, 13986, 13987, 13988, 13989, 13990, 13991, 13993, 13994, 13996, 13997, 13998, 13999, 14002, 14003, 14004, 14005, 14006, 14007, 14009, 14010, 14011, 14012, 14013, 14014, 14015, 14016, 14018, 14019, 14020, 14021, 14550, 14551, 14552, 14553, 14554, 14555, 14557, 14558, 14559, 14560, 14561, 14562, 14564, 14565, 14567, 14568, 14569, 14570, 14685, 14686, 14687, 14688, 14689, 14690, 14691, 14692, 14693, 14694, 14695, 14696, 14697, 14698, 14700, 14701, 14702, 14703, 16323]), Anchor::All(&[Anchor::Lits(&[17755]), Anchor::Lits(&[1228, 1812, 2883, 3233, 3763, 3771, 3779, 3844, 3898, 4309, 4924, 4937, 5458, 5569, 5623, 6814]), Anchor::Lits(&[1065, 2377, 2786, 4535, 4543, 4906, 4980, 5679])])])),
            (26, "ignore-governance-policies", Anchor::Any(&[Anchor::Lits(&[64, 65, 1638, 1640, 1807, 1808, 4188, 4189, 4604, 4606, 4620, 4622]), Anchor::All(&[Anchor::Lits(&[7825, 9014, 9498, 9769, 9944, 9954, 9956, 9961, 10013, 10015, 10075, 10096, 10103, 10138, 10175, 10340, 10348, 10370, 10377, 10413, 10450, 11024, 11077, 11181, 11742, 11744, 11800, 11803, 12432, 12928, 12998, 13022, 13066, 13104, 13106, 13151, 13314, 13401, 13706, 13712, 13720, 13725, 13845, 13847, 13849, 14243, 14299, 14835, 14986, 15120, 15615, 15621, 15623, 15625, 15629, 15631, 15778, 16512, 16515, 16614, 16758]), Anchor::Lits(&[7876, 7884, 7885, 7887, 7888, 9328, 9334, 9335, 9336, 9337, 9711, 9713, 9714, 9715, 9716, 11228, 11230, 11231, 11232, 11234, 12640, 12644, 12645, 12646, 12647, 14148, 14149, 14150, 14151, 14152, 14760, 14771, 14772, 14775, 14777, 14897, 14917, 14918, 14921, 14923]), Anchor::Lits(&[82, 1018, 1185, 2346, 3314, 4627, 5041, 5127])])])),
            (27, "earlier-instructions-voided", Anchor::Any(&[Anchor::Lits(&[2316, 7329, 7347, 7391, 7397, 7416, 7734, 9440, 9445, 10986, 12498, 13341, 14397, 14399, 14517, 14520, 15777, 15788, 16642, 16650, 16834, 16837, 16843, 16845, 16846, 16848, 16849, 16864, 16865, 16866, 16869, 17879, 17884, 17941]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3843, 3846, 3847, 3850, 9945, 9946, 9947, 9948, 9977, 9999, 10000, 10002, 10016, 10017, 10018, 10019, 10285, 10290, 10300, 10313, 10358, 10397, 10463, 10472, 10473, 10474, 11040, 11062, 11063, 11065, 11760, 11782, 11783, 11785, 13098, 13099, 13102, 13103, 13111, 13112, 13113, 13114, 13119, 13124, 13710, 13727, 14444, 14837, 14838, 14839, 14840, 15680, 16514, 16517, 16518, 16519]), Anchor::All(&[Anchor::Lits(&[860, 861, 1024, 1228, 1812, 1871, 2883, 2905, 3233, 3509, 3877, 3898, 4309, 4353, 4521, 4838, 4872, 4924, 4937, 5569, 5623, 6814, 7267]), Anchor::Lits(&[8482, 8488, 8809, 8843, 9449, 11498, 12163, 13310, 17110])])]), Anchor::Any(&[Anchor::Lits(&[599, 600, 601, 602, 603, 604, 785, 1039, 1084, 1114, 2204, 2205, 2209, 2231, 2232, 2235, 2269, 2316, 3272, 4646, 5210, 5478, 5756, 7329, 7347, 7391, 7397, 7407, 7416, 7734, 8357, 8358, 8362, 8367, 8379, 8380, 8381, 8382, 9814, 9816, 9819, 9820, 9821, 9823, 9824, 9827, 9829, 9830, 9831, 9835, 9836, 9837, 9838, 9839, 9840, 9842, 9843, 9844, 9845, 10547, 10551, 10559, 10560, 10720, 10721, 10744, 10749, 10761, 10762, 10763, 10764, 10955, 11504, 11507, 11513, 11516, 11517, 11521, 11525, 11528, 11529, 11533, 11957, 11963, 11970, 11974, 11975, 13651, 13657, 13668, 13669, 14060, 14063, 14068, 14069, 14090, 14094, 14103, 14104, 14120, 14124, 14132, 14133, 15531, 15532, 15533, 15534, 15535, 15536, 15537, 15538, 15539, 15540, 15556, 15557, 15558, 15559, 15560, 15561, 15562, 15563, 15564, 15565, 15736, 15739, 15742, 15743, 15744, 15746, 15747, 15752, 15755, 15756, 15757, 17178, 17179, 17180, 17181, 17185, 17186, 17187, 17188]), Anchor::All(&[Anchor::Lits(&[786, 1035, 1064, 1278, 2367, 2374, 2376, 2785, 4183, 4534, 4542, 4647, 4649, 4905, 4979, 5214, 6583]), Anchor::Lits(&[15977, 16029, 16066, 16123, 16833])]), Anchor::All(&[Anchor::Lits(&[784, 1038, 2783, 4645, 6555]), Anchor::Lits(&[17172])])])]), Anchor::All(&[Anchor::Lits(&[784, 1038, 2783, 4645, 6555]), Anchor::Lits(&[17172])])])),
            (28, "controls-declared-void", Anchor::Any(&[Anchor::Lits(&[386, 388, 389, 395, 396, 397, 836, 837, 838, 988, 990, 991, 2983, 6003, 6022, 6142, 6859, 6860, 6861, 6867, 6868, 6869, 7331, 7332, 7333, 7388, 7389, 7390, 8511, 8512, 8515, 8516, 9087, 9088, 9091, 9092, 9093, 9094, 9095, 9100, 14292, 14293, 14298, 14301, 14302, 14303, 14304, 14309, 15614, 15615, 15622, 15625, 15627, 15628, 15631, 15639]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3843, 13098, 13099, 13103, 13111]), Anchor::All(&[Anchor::Lits(&[860, 861, 1291, 1812, 2883, 3233, 3509, 3761, 3764, 3771, 3772, 3779, 3878, 3898, 4309, 4353, 4831, 4872, 4924, 4937, 5458, 5569, 5623, 6814, 6826, 7177]), Anchor::Lits(&[8482, 8812, 11225, 11361, 11416, 12163, 17070, 17110])])]), Anchor::Any(&[Anchor::Lits(&[8438, 8443, 8444, 8446, 8447, 8449, 11276, 13587, 14753, 14755, 16986]), Anchor::All(&[Anchor::Lits(&[1035, 1064, 1112, 1278, 2157, 2367, 2374, 2376, 2785, 3243, 4534, 4905, 4979, 5039, 5214]), Anchor::Lits(&[8094, 8333, 12254, 15977, 16015, 16029, 16287, 16833])])])]), Anchor::All(&[Anchor::Lits(&[12172, 13693, 13711, 14445, 15676, 15789, 16654]), Anchor::Any(&[Anchor::Lits(&[13590, 13594, 13595, 13596]), Anchor::All(&[Anchor::Lits(&[1035, 1278, 2374, 2785, 4534, 4542, 4649, 4979, 5212]), Anchor::Lits(&[8094, 8333, 10676, 15951, 17755])])])]), Anchor::All(&[Anchor::Lits(&[771, 777, 1037, 2315, 3271, 4169, 5031, 5209, 5477, 5577, 5578, 7254]), Anchor::Lits(&[7287])])])),
            (29, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[17756, 17757, 17788, 17790, 17791, 17792, 17793, 17796, 17813, 17814, 17838, 17840, 17843, 17846, 17848, 17851, 17856, 17859, 17860, 17861, 17862, 17863, 17865, 17866, 17867, 17875, 17887, 17889, 17892, 17893, 17894, 17895, 17897, 17898, 17899, 17900, 17901, 17902, 17903, 17906, 17907, 17910, 17911, 17915, 17918, 17925, 17929, 17940, 17943, 17944, 17948, 17949, 17952]), Anchor::Lits(&[9409, 9410, 9452, 9488, 9906, 9911, 10956, 11277, 11309, 11971, 11983, 11992, 12068, 12071, 13898, 13977, 14058, 14182, 14195, 14203, 14547, 14684, 14992, 15748, 15749, 16623])])),
            (30, "reveal-system-prompt", Anchor::Lits(&[7936, 7937, 7939, 7940, 7942, 7943, 7944, 7946, 7947, 7948, 7949, 9395, 9396, 9398, 9399, 9401, 9402, 9403, 9405, 9406, 9407, 9408, 9815, 9817, 9819, 9821, 9823, 9824, 9828, 9830, 9831, 9832, 9833, 11506, 11511, 11513, 11517, 11521, 11523, 11526, 11529, 11533, 11534, 11538, 11958, 11961, 11963, 11964, 11968, 11970, 11972, 11975, 11977, 11978, 11980, 12118, 12119, 12121, 12122, 12124, 12125, 12126, 12128, 12129, 12130, 12131, 12693, 12694, 12696, 12697, 12699, 12700, 12701, 12703, 12704, 12705, 12706, 13547, 13549, 13551, 13552, 13554, 13555, 13556, 13558, 13564, 13565, 13568, 13652, 13655, 13657, 13658, 13662, 13664, 13666, 13669, 13671, 13672, 13674, 14041, 14042, 14044, 14045, 14047, 14048, 14049, 14051, 14052, 14053, 14054, 14157, 14158, 14160, 14162, 14164, 14168, 14169, 14171, 14172, 14174, 14175, 14358, 14359, 14361, 14362, 14364, 14365, 14366, 14368, 14369, 14370, 14371, 14854, 14856, 14858, 14861, 14863, 14865, 14866, 14868, 14871, 14872, 14875, 15541, 15542, 15544, 15546, 15548, 15549, 15550, 15552, 15553, 15554, 15555, 15738, 15740, 15742, 15744, 15746, 15747, 15754, 15756, 15757, 15758, 15760, 16700, 16701, 16703, 16704, 16706, 16707, 16709, 16711, 16713, 16714, 16718, 17027, 17028, 17030, 17031, 17033, 17034, 17035, 17037, 17038, 17039, 17040])),
            (31, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[392, 393, 394, 395, 396, 398, 836, 837, 839, 994, 995, 996, 2908, 2916, 2956, 2967, 2968, 2969, 5296, 5297, 5298, 6846, 6847, 6856, 6859, 6860, 6862, 6867, 6868, 6870, 6901, 6902, 6903]), Anchor::All(&[Anchor::Lits(&[571, 572, 573, 574, 2265, 2266, 2268, 2269, 2304, 2305, 2310, 2311, 2780, 2781, 2782, 2783, 4642, 4643, 4644, 4645, 4695, 4696, 4706, 4707, 5055, 5056, 5057, 5058, 5155, 5156, 5157, 5159, 5701, 5702, 5703, 5704, 5716, 5717, 5733, 5736, 6552, 6553, 6554, 6555, 7260, 7261, 7264, 7265, 7269, 7270, 7271, 7272]), Anchor::Lits(&[203, 371, 1735, 6939, 6947]), Anchor::Lits(&[349, 359, 2477, 4165, 4192, 4457, 5222, 5342, 5426, 5902, 5925, 5928, 5957, 5970, 6023, 7458, 7467, 7481, 7552, 7595, 7640])])])),
            (32, "reveal-what-you-were-told", Anchor::Lits(&[482, 1272, 1439, 2394, 2452, 6871, 6935, 11872, 12028, 17173, 17174, 17176, 17177, 17190])),
            (33, "reveal-given-instructions", Anchor::Lits(&[449, 450, 452, 455, 457, 459, 473, 474, 475, 477, 478, 479, 481, 490, 840, 993, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2388, 2389, 2390, 2391, 2392, 2393, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 5241, 6848, 6849, 6850, 6851, 6852, 6853, 6855, 6857, 6858, 6863, 6864, 6865, 6866, 6911, 6914, 6916, 6917, 6918, 6920, 6922, 6924, 6927, 6928, 6929, 6931, 6932, 6933, 6934, 6936, 7288, 7330, 7348, 7417, 7735, 8906, 11124, 11190, 11235, 11872, 12028, 13367, 15891, 17589, 17641, 17651, 17671, 17703, 17717, 17721, 17741, 17743, 17967, 17982])),
            (34, "repeat-text-above", Anchor::Lits(&[63, 597, 598, 728, 729, 730, 731, 733, 2197, 2221, 2713, 4576, 4626, 5355, 7360, 7392, 7420, 7745, 7831, 7832, 7834, 7835, 7837, 7846, 7848, 7850, 7852, 7865, 10548, 10549, 10552, 10553, 10555, 10558, 10561, 10563, 10565, 10566, 10948, 10949, 10951, 10952, 10954, 10958, 10960, 10962, 10964, 10965, 11508, 11509, 11518, 11519, 11522, 11527, 11530, 11537, 11539, 11542, 11959, 11960, 11965, 11966, 11969, 11973, 11976, 11979, 11981, 11982, 13653, 13654, 13659, 13660, 13663, 13667, 13670, 13673, 13675, 13676, 14061, 14062, 14064, 14065, 14066, 14067, 14070, 14071, 14072, 14073, 14091, 14092, 14095, 14096, 14098, 14102, 14105, 14107, 14109, 14110, 14121, 14122, 14125, 14126, 14128, 14131, 14134, 14136, 14138, 14141])),
            (35, "repeat-starting-with-you-are", Anchor::Lits(&[7103, 7104, 7105, 7106, 7107, 7116, 7117, 7118, 7119, 7120, 7121, 7123, 7124, 7125, 7126, 7127, 7129, 7130, 7131, 7132, 7133, 7134, 7135, 7136, 7137, 7138, 7139, 7140, 7141, 7142, 7143, 7144, 7145, 7146, 7147, 7148, 7162, 7163, 7164, 7165, 7166, 7167, 7168, 7169, 7170, 7171, 7172, 7174, 7175, 7176])),
            (36, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[2198, 2200, 2201, 2207, 2216, 2223, 2227, 2228, 2229, 2234, 2239, 2241, 2317, 2680, 2683, 2684, 2690, 2698, 2699, 2709, 2712, 2714, 2716, 2720, 2721, 3909, 3910, 3911, 3912, 3914, 3915, 3921, 3922, 3923, 3924, 3925, 3926, 5158, 7330, 7336, 7392, 7420, 7421, 8900, 8901, 9148, 9149, 9479, 9480, 9485, 9486, 9568, 9569, 10635, 10636, 12490, 12491, 12492, 12493, 13748, 13749, 13750, 13751, 13756, 13757, 14418, 14419, 14532, 14533, 14884, 14885, 14973, 14974, 14975, 14976, 15528, 15529, 15885, 15886, 16574, 16575, 16624, 16625, 17547, 17548]), Anchor::All(&[Anchor::Lits(&[8097, 8098, 8099, 8100, 8103, 8105, 8106, 8117, 8118, 8119, 8120, 8121, 8122, 8123, 8124, 8125, 8126, 8127, 8128, 8129, 8130, 8131, 8132, 8133, 8134, 8135, 8136, 8137, 8138, 8139, 8140, 8141, 8142, 8143, 8144, 8145, 8146, 8147, 8148, 8149, 8150, 8151, 8152, 8155, 8156, 8157, 8158, 8160, 8161, 8162, 8163, 8164, 8165, 8166, 8167, 8168, 8169, 8170, 8171, 8172, 8173, 8174, 8175, 8176, 8177, 8178, 8179, 8180, 8181, 8182, 8183, 8184, 8185, 8186, 8187, 8188, 8189, 8190, 8191, 8192, 8193, 8194, 8195, 8196, 8353, 8354, 8355, 8356, 8359, 8360, 8361, 8363, 8364, 8365, 8366, 8368, 8369, 8370, 8371, 8374, 8375, 8376, 8377, 8383, 8384, 8385, 8386, 8387, 8388, 8389, 8390, 8391, 10517, 10518, 10519, 10520, 10521, 10522, 10523, 10524, 10525, 10526, 10527, 10528, 10529, 10530, 10531, 10532, 10533, 10534, 10535, 10536, 10537, 10538, 10539, 10540, 10541, 10542, 10543, 10544, 10687, 10688, 10689, 10690, 10691, 10692, 10693, 10694, 10695, 10696, 10697, 10698, 10699, 10700, 10701, 10702, 10703, 10704, 10705, 10706, 10707, 10708, 10709, 10710, 10711, 10712, 10713, 10714, 10716, 10717, 10718, 10719, 10722, 10723, 10724, 10745, 10746, 10747, 10748, 10750, 10751, 10752, 10753, 10756, 10757, 10758, 10759, 10803, 10804, 10805, 10806, 10807, 10808, 10809, 10810, 10811, 16249, 16250, 16251, 16252, 16253, 16254, 16255, 16256, 16257, 16258, 16259, 16260, 16261, 16262, 16263, 16264, 16265, 16266, 16267, 16268, 16269, 16270, 16271, 16272, 16273, 16274, 16275, 16276]), Anchor::Lits(&[9487, 12070, 14057, 14194, 15747])])])),
            (37, "reveal-transformed-prompt", Anchor::Lits(&[7936, 7937, 7939, 7940, 7942, 7943, 7944, 7946, 7947, 7948, 7949, 9395, 9396, 9398, 9399, 9401, 9402, 9403, 9405, 9406, 9407, 9408, 9815, 9817, 9819, 9821, 9823, 9824, 9828, 9830, 9831, 9832, 9833, 11506, 11511, 11513, 11517, 11521, 11523, 11526, 11529, 11533, 11534, 11538, 11958, 11961, 11963, 11964, 11968, 11970, 11972, 11975, 11977, 11978, 11980, 12118, 12119, 12121, 12122, 12124, 12125, 12126, 12128, 12129, 12130, 12131, 12693, 12694, 12696, 12697, 12699, 12700, 12701, 12703, 12704, 12705, 12706, 13547, 13549, 13551, 13552, 13554, 13555, 13556, 13558, 13564, 13565, 13568, 13652, 13655, 13657, 13658, 13662, 13664, 13666, 13669, 13671, 13672, 13674, 14041, 14042, 14044, 14045, 14047, 14048, 14049, 14051, 14052, 14053, 14054, 14157, 14158, 14160, 14162, 14164, 14168, 14169, 14171, 14172, 14174, 14175, 14358, 14359, 14361, 14362, 14364, 14365, 14366, 14368, 14369, 14370, 14371, 14854, 14856, 14858, 14861, 14863, 14865, 14866, 14868, 14871, 14872, 14875, 15541, 15542, 15544, 15546, 15548, 15549, 15550, 15552, 15553, 15554, 15555, 15738, 15740, 15742, 15744, 15746, 15747, 15754, 15756, 15757, 15758, 15760, 16700, 16701, 16703, 16704, 16706, 16707, 16709, 16711, 16713, 16714, 16718, 17027, 17028, 17030, 17031, 17033, 17034, 17035, 17037, 17038, 17039, 17040])),
            (38, "complete-the-leak", Anchor::Lits(&[11682, 11684, 11685, 11687, 11688, 11691, 11692, 11693, 11695, 11696, 11700, 11701, 11702, 11703, 11704, 11705, 11706, 11707, 11708, 11709, 12809, 12810, 12811, 12812, 12813, 12814, 12815, 12816, 12817, 12818, 12819, 12820, 12821, 12822, 12823, 12824, 12825, 12826, 12827, 12828, 12829, 12830, 12831, 12832, 12833, 12834, 12835, 12836, 12837, 12838, 12839, 12840, 12841, 12842, 12843, 12844, 12855, 12856, 12857, 12858, 12859, 12860, 12861, 12862, 12863, 12864, 12865, 12866, 12867, 12868, 12869, 12870, 12871, 12872, 12873, 12874, 12875, 12876, 12877, 12878, 12879, 12880, 12881, 12882, 12883, 12884, 12885, 12886, 12887, 12888, 12889, 12890, 16176, 16177, 16210, 16211, 16212, 16222, 16223, 16224, 16225, 17564, 17566, 17570, 17571, 17573, 17575, 17930, 17931, 17932, 17933])),
            (39, "what-you-must-not-say", Anchor::Lits(&[17593, 17595, 17596, 17597, 17598, 17599, 17600, 17601, 17602, 17603, 17604, 17605, 17606, 17607, 17642, 17656, 17678, 17679, 17680, 17681, 17682, 17705, 17706, 17720, 17733, 17734])),
            (40, "reveal-initialization", Anchor::Lits(&[11949, 11950, 11951, 11952, 11953, 11954, 11955, 11956, 11984, 11985, 11986, 11987, 11988, 11989, 11990, 11991, 11993, 11994, 11995, 11996, 11997, 11998, 11999, 12000])),
            (41, "forged-own-instructions", Anchor::Lits(&[7936, 7938, 7940, 7941, 7945, 7946, 7947, 7955, 8222, 8225, 8411, 8799, 8800, 8801, 8802, 8803, 8804, 8805, 9118, 9395, 9397, 9399, 9400, 9404, 9405, 9406, 9570, 9571, 9572, 9573, 9574, 9575, 9576, 9815, 9818, 9821, 9822, 9829, 9830, 9831, 10569, 11506, 11512, 11517, 11520, 11528, 11529, 11533, 11958, 11962, 11964, 11967, 11974, 11975, 11977, 12118, 12120, 12122, 12123, 12127, 12128, 12129, 12693, 12695, 12697, 12698, 12702, 12703, 12704, 12767, 13547, 13550, 13552, 13553, 13557, 13558, 13564, 13652, 13656, 13658, 13661, 13668, 13669, 13671, 13734, 13835, 14041, 14043, 14045, 14046, 14050, 14051, 14052, 14157, 14159, 14162, 14163, 14170, 14171, 14172, 14358, 14360, 14362, 14363, 14367, 14368, 14369, 14633, 14854, 14857, 14861, 14862, 14867, 14868, 14871, 15541, 15543, 15546, 15547, 15551, 15552, 15553, 15738, 15741, 15744, 15745, 15755, 15756, 15757, 16700, 16702, 16704, 16705, 16710, 16711, 16713, 16822, 17027, 17029, 17031, 17032, 17036, 17037, 17038])),
            (42, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[302, 317, 521, 522, 523, 524, 525, 526, 6012, 6019, 6940, 6941, 6942, 6943, 6944, 6945, 6948, 6949, 6950, 6951, 6952, 6953]), Anchor::All(&[Anchor::Lits(&[904, 906, 908, 909, 910, 911, 1334, 1351, 1353, 1354, 1355, 1437, 1772, 1788, 1790, 1791, 1792, 1794, 1915, 1917, 1919, 1920, 1921, 1922, 3881, 3883, 3885, 3886, 3887, 3888, 4460, 4461, 4462, 4463, 4464, 4465]), Anchor::Lits(&[295, 6006])])])),
            (43, "agents-own-secrets", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9884, 10187, 15976, 16017, 16111, 16383, 16421, 16433, 16465, 17591, 17594, 17610, 17643, 17648, 17655, 17668, 17735, 17741, 17758, 17765, 17873]), Anchor::All(&[Anchor::Lits(&[1033, 1048, 1083, 1155, 1696, 2785, 3157, 3322, 3326, 4640, 4649, 5035, 5164, 5166, 5212, 5214, 6556, 6729]), Anchor::Lits(&[16833])]), Anchor::All(&[Anchor::Lits(&[8487, 17562, 17707, 17955]), Anchor::Lits(&[8683, 9411, 9432, 12516, 14748, 16980])])]), Anchor::Lits(&[483, 484, 485, 486, 487, 488, 5908, 5909, 5910, 5911, 5915, 5916, 5917, 5918, 5943, 5944, 5945, 5946, 6052, 6053, 6054, 6055, 6056, 6057, 6058, 6059, 6061, 6062, 6063, 6064, 6065, 6066, 6067, 6068, 6069, 6070, 6071, 6072, 6073, 6074, 6075, 6076, 6115, 6116, 6117, 6118, 6119, 6120, 6121, 6122, 6690, 7294, 7298, 7299, 7304, 7309, 7312, 7313, 7324, 7329, 7335, 7362, 7366, 7382, 7383, 7384, 7385, 7386, 7387, 7398, 7419, 7428, 7709, 7713, 7714, 7719, 7721, 7723]), Anchor::Lits(&[635, 1052, 1153, 3156, 4420, 4424, 4437, 5114, 6547])])),
            (44, "developer-message-requested", Anchor::Lits(&[1254, 2501, 2753, 2786, 5160, 5671, 5679, 7315, 7316, 7330, 7392, 7396, 7420, 7839, 7840, 7841, 7842, 7843, 7844, 7853, 7854, 7855, 7856, 7857, 7858, 7859, 7860, 7861, 7862, 7863, 7864, 8862, 8863, 8864, 8865, 8866, 8867, 8875, 8877, 8878, 8880, 8881, 8884, 8886, 8887, 8888, 8889, 8890, 8891, 9850, 9851, 9852, 9853, 9854, 9855, 9856, 9857, 9858, 9859, 9860, 9861, 9862, 9863, 9864, 9865, 9866, 9867, 9868, 9869, 9870, 9871, 9872, 9873, 9874, 9875, 9876, 9877, 9878, 9879, 9880, 9881, 9882, 9883, 9885, 9886, 9887, 9888, 9889, 9890, 9891, 9892, 9893, 9894, 9895, 9896, 9897, 9898, 9899, 9900, 9901, 10209, 10210, 10213, 10214, 10215, 10216, 10217, 10218, 10219, 10221, 10222, 10242, 10243, 10244, 10245, 10246, 10247, 10248, 10249, 10250, 10251, 10252, 10253, 10254, 10255, 10256, 10257, 10258, 10259, 10260, 10261, 10262, 10263, 10264, 10266, 10267, 10268, 10269, 10270, 10271, 10272, 10273, 10274, 10275, 10276, 10277, 10278, 10279, 10280, 10281, 10282, 11359, 11360, 11362, 11363, 11364, 11365, 11366, 11367, 11368, 11369, 11370, 11372, 11373, 11374, 11375, 11376, 11377, 11378, 11379, 11380, 11381, 11382, 11383, 11384, 11385, 11386, 11387, 11388, 11389, 11390, 11391, 11392, 11393, 11394, 11395, 11396, 11397, 11398, 11399, 11400, 11401, 11402, 11403, 11404, 11405, 11406, 11407, 11408, 11409, 11410, 11411, 11414, 11415, 11417, 11418, 11419, 11420, 11421, 11422, 11423, 11424, 11425, 11427, 11428, 11429, 11430, 11431, 11432, 11433, 11434, 11435, 11436, 11437, 11438, 11439, 11440, 11441, 11442, 11443, 11444, 11445, 11446, 11447, 11448, 11449, 11450, 11451, 11452, 11453, 11454, 11455, 11456, 11457, 11458, 11459, 11460, 11461, 11462, 11463, 11464, 11465, 11466, 15527, 15545, 16109, 16198, 17120, 17121, 17122, 17123, 17124, 17125, 17126, 17127, 17128, 17129, 17130, 17131, 17132, 17133, 17134, 17135, 17136, 17137, 17138, 17139, 17140, 17141, 17142, 17143, 17144, 17145, 17146, 17147, 17148, 17149, 17150, 17151, 17152, 17153, 17154, 17155, 17156, 17157, 17158, 17159, 17160, 17161, 17162, 17163, 17164, 17165, 17166, 17167, 17168, 17169, 17170, 17859, 17911])),
            (45, "agents-environment-requested", Anchor::Lits(&[15978, 15979, 15980, 15981, 15982, 15983, 15984, 15985, 15986, 15987, 15988, 15989, 15990, 15991, 15992, 15993, 15994, 15995, 15996, 15997, 15998, 15999, 16000, 16001, 16002, 16003, 16030, 16031, 16032, 16033, 16034, 16035, 16036, 16037, 16038, 16039, 16040, 16041, 16042, 16043, 16044, 16045, 16046, 16047, 16048, 16049, 16050, 16051, 16052, 16053, 16054, 16055, 16384, 16385, 16386, 16387, 16388, 16389, 16390, 16391, 16392, 16393, 16394, 16395, 16396, 16397, 16398, 16399, 16400, 16401, 16402, 16403, 16404, 16405, 16406, 16407, 16408, 16409, 16835, 16836, 16838, 16839, 16840, 16841, 16842, 16844, 16847, 16850, 16851, 16852, 16853, 16854, 16855, 16856, 16857, 16858, 16859, 16860, 16861, 16862, 16863, 16867, 16868, 16870])),
            (52, "authority-message", Anchor::Any(&[Anchor::Lits(&[622, 639, 743, 778, 980, 1016, 1040, 1104, 1111, 1151, 1195, 1242, 1721, 2194, 2203, 2205, 2206, 2209, 2210, 2211, 2215, 2222, 2226, 2230, 2232, 2233, 2235, 2236, 2237, 2238, 2240, 2270, 3302, 3303, 3307, 3308, 3309, 3873, 3874, 3875, 3894, 3895, 4182, 4363, 4376, 4635, 4645, 4791, 4859, 5211, 5665, 5666, 5668, 5670, 5675, 5678, 5681, 5741, 6582, 7266, 7273, 7459, 7506, 7507, 7532, 7594, 7606, 8524, 9912, 9914, 11683, 11686, 11689, 11808, 11809, 11810, 12073, 12091, 13635, 13639, 13694, 13695, 13696, 13713, 13714, 13715, 13717, 13718, 13719, 13721, 13722, 13723, 14183, 14184, 15677, 15678, 15679, 15681, 15682, 15683, 15785, 15786, 15787, 15790, 15791, 15792, 16453, 17560, 17608, 17683, 17689, 17698, 17699, 17700, 17701, 17702, 17719, 17722, 17753, 17757, 17813, 17879, 17884, 17904, 17907, 17941, 17945]), Anchor::All(&[Anchor::Lits(&[9909, 12080, 12689, 13284, 13638, 16821, 17546]), Anchor::Lits(&[7968, 8292, 9105, 9167, 9172, 9339, 9690, 9691, 11480, 12185, 12213, 12404, 12430, 12606, 13499, 13956, 14915, 15194, 16288])]), Anchor::All(&[Anchor::Lits(&[462, 2930]), Anchor::Lits(&[17755])])])),
            (53, "vendor-impersonation", Anchor::Lits(&[1793, 3164, 3165, 4527, 4528, 4845, 4879, 5004, 6896, 6898, 7308, 7373, 7377])),
            (54, "authority-override", Anchor::Lits(&[135, 141, 142, 143, 144, 150, 155, 156, 157, 158, 1249, 1256, 1257, 1258, 1259, 1675, 1676, 1677, 1678, 1679, 2320, 2322, 2323, 2324, 2325, 3182, 3183, 3184, 3185, 3186, 3315, 3316, 3317, 3318, 3319, 4956, 4961, 4962, 4963, 4964, 5128, 5130, 5131, 5132, 5134, 5556, 5557, 5558, 5559, 5560, 5571, 5573, 5574, 5575, 5576, 5663, 5672, 5673, 5674, 5675])),
            (57, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[114, 772, 1686, 1691, 1693, 2754, 4518, 4709, 5479, 5654, 5655]), Anchor::All(&[Anchor::Lits(&[17562, 17650, 17667, 17707, 17744, 17955]), Anchor::Lits(&[3485])])])),
            (58, "address-the-model", Anchor::Any(&[Anchor::Lits(&[290, 291, 293, 294, 2745, 2746, 4406, 4407, 4637, 4638, 4766, 4767, 5140, 5141, 5562, 5563, 5564, 5565, 11739]), Anchor::All(&[Anchor::Lits(&[12659, 12660, 12688, 12691, 13283, 13286, 13307, 13308, 14215, 14216, 14420, 14421, 17067, 17068]), Anchor::Lits(&[8039, 8718, 8719, 8720, 8721, 8722, 8723, 8724, 8725, 8726, 8727, 8728, 8729, 8730, 8731, 8732, 8733, 8734, 8735, 8736, 8737, 8738, 8739, 8740, 8741, 8742, 8743, 8744, 8745, 8746, 8747, 8748, 8749, 8750, 8751, 8752, 8753, 8754, 8755, 8756, 8757, 8758, 8759, 8760, 8761, 8762, 8946, 9186, 9532, 11161, 11236, 12395, 12500])])])),
            (59, "capability-declared-granted", Anchor::Any(&[Anchor::Lits(&[86, 140, 154, 970, 1247, 1255, 1291, 1650, 1716, 1811, 2243, 2321, 3233, 3305, 4472, 4633, 4634, 4748, 4831, 4940, 4960, 5572, 6666, 6673, 6683, 7262, 14327, 14328, 14329, 14330, 14331, 14332, 14333, 14334, 14349, 14350, 14351, 14352, 14353, 14354, 14355, 14356, 17691]), Anchor::All(&[Anchor::Lits(&[7997, 7998, 7999, 8000, 8001, 8002, 8009, 8010, 8011, 8012, 8013, 8014, 8016, 8017, 8018, 8019, 8020, 8021, 8022, 8023, 8024, 8025, 8026, 8027, 8040, 8041, 8042, 8043, 8044, 8047, 8054, 8055, 8056, 8057, 8058, 8061, 8066, 8067, 8068, 8069, 8070, 8071, 8072, 8073, 8074, 8075, 8076, 8077, 8550, 8551, 8552, 8553, 8554, 8557, 8564, 8565, 8566, 8567, 8568, 8571, 8576, 8577, 8578, 8579, 8580, 8581, 8582, 8583, 8584, 8585, 8586, 8587, 8947, 8948, 8949, 8950, 8951, 8954, 8961, 8962, 8963, 8964, 8965, 8968, 8973, 8974, 8975, 8976, 8977, 8978, 8979, 8980, 8981, 8982, 8983, 8984, 9188, 9189, 9190, 9191, 9192, 9193, 9218, 9219, 9220, 9221, 9222, 9223, 9224, 9225, 9226, 9227, 9228, 9229, 9230, 9231, 9232, 9233, 9234, 9235, 9533, 9534, 9535, 9536, 9537, 9538, 9542, 9543, 9544, 9545, 9546, 9547, 9549, 9550, 9551, 9552, 9553, 9554, 9555, 9556, 9557, 9558, 9559, 9560, 9582, 9583, 9584, 9585, 9586, 9587, 9612, 9613, 9614, 9615, 9616, 9617, 9618, 9619, 9620, 9621, 9622, 9623, 9624, 9625, 9626, 9627, 9628, 9629, 12719, 12720, 12721, 12722, 12723, 12726, 12733, 12734, 12735, 12736, 12737, 12740, 12745, 12746, 12747, 12748, 12749, 12750, 12751, 12752, 12753, 12754, 12755, 12756, 17565, 17568, 17569, 17572, 17588, 17609, 17658, 17659, 17660, 17661, 17662, 17669, 17684, 17685, 17686, 17687, 17688, 17690, 17692, 17693, 17694, 17695, 17696, 17697]), Anchor::Lits(&[107, 137, 148, 149, 821, 2569, 2571, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 4186, 4632, 5139, 5302, 5306, 5309, 5315, 5323, 5325, 5326, 5327, 5328, 5330, 5658, 6671, 7181, 7188, 7191, 7200, 7207, 7208])])])),
            (60, "unrestricted-mode", Anchor::Lits(&[3487, 3488, 3490, 3491, 3493, 3494, 3496, 3498, 3499, 3500, 3501, 3502, 4355, 8227, 8253, 9126, 9702, 9825, 9841, 10483, 10819, 11109, 11213, 11334, 12263, 12277, 12282, 12298, 12467, 13092, 13093, 13095, 13209, 13399, 13603, 14372, 15524, 15661, 16691, 16692, 16694, 16749, 16764, 16768, 16798, 16800])),
            (61, "dan-persona", Anchor::Lits(&[7898, 7899, 7900, 7902, 7903, 7904, 7905, 7906, 7920, 7921, 7922, 7923, 7924, 7925, 7926, 7927, 8046, 8060, 8063, 8556, 8570, 8573, 8813, 8815, 8816, 8817, 8818, 8819, 8820, 8830, 8953, 8967, 8970, 9131, 9136, 9138, 9701, 9703, 9704, 9705, 9706, 10045, 12725, 12739, 12742, 13900, 13905, 13907, 13962, 13963, 13964, 13965, 13966, 13967, 13968, 13969, 14080, 14081, 14082, 14083, 14084, 14085, 14086, 14087, 14651, 14652, 14653, 14654, 14655, 14656, 14657, 14658, 14662, 14663, 14664, 14665, 14666, 14667, 14668, 14669, 17014, 17018, 17019, 17563, 17567, 17574, 17580, 17581, 17582, 17583, 17584, 17585, 17586, 17587, 17590, 17708, 17709, 17710, 17712, 17713, 17714, 17715, 17716, 17723, 17724, 17725, 17726, 17727, 17728, 17729, 17730, 17745, 17746, 17747, 17748, 17749, 17750, 17751, 17752, 17956, 17957, 17958, 17963, 17964, 17965, 17966, 17968])),
            (62, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[347, 841, 1441, 3691, 7038, 8226, 9579, 9700, 9847, 10813, 11332, 11355, 11817, 12272, 12292, 12402, 12439, 12466, 12598, 12927, 13091, 13094, 13208, 13210, 14373, 14642, 14681, 14682, 16672, 16690, 16693, 16695, 16696, 16743, 16744, 16763, 16781, 16792, 16793, 16815, 17337, 17339, 17361, 17362, 17363, 17364, 17365, 17366, 17367, 17378, 17382, 17384, 17385, 17388, 17392, 17393, 17400, 17423, 17427, 17439, 17452, 17486, 17488]), Anchor::All(&[Anchor::Lits(&[783, 825, 1314, 1454, 1455, 1494, 1495, 2405, 2584, 2928, 2972, 3651, 3692]), Anchor::Lits(&[15888, 17210, 17227])])]), Anchor::Lits(&[110, 112, 346, 689, 691, 734, 738, 739, 930, 989, 1085, 1684, 1685, 2591, 4168, 4523, 4524, 4525, 4526, 4636, 4776, 4844, 4878, 4881, 4926, 4947, 4949, 5293, 5294, 5442, 5464, 5471, 5697, 6588, 6615, 7288, 7381, 7703])])),
            (63, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[997, 998, 999, 1000, 1001, 1002, 1003, 1004, 2399, 2402, 2403, 2404, 2414, 2419, 2420, 2421, 2424, 2440, 2441, 2442, 2444, 2449, 2450, 2451, 2508, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 5461, 8224, 8291, 10212, 10220, 10265, 12981, 13005, 13036, 13048, 13357, 13358, 13359, 15652]), Anchor::All(&[Anchor::Lits(&[779, 916, 1077, 1719, 1896, 2367, 2376, 3239, 3243, 3510, 4884, 4905, 4979, 5040]), Anchor::Lits(&[313, 793, 2158, 2159, 7096, 7178])]), Anchor::All(&[Anchor::Lits(&[783, 825, 1314, 1447, 1454, 1455, 1457, 1487, 1494, 1495, 1497, 2132, 2405, 2584, 2927, 2928, 2971, 2972, 3651, 3652, 3656, 3692]), Anchor::Lits(&[15888, 17210, 17227])]), Anchor::All(&[Anchor::Lits(&[263, 1749, 3111, 6651, 6657, 6672]), Anchor::Lits(&[7897, 7919, 8265, 8809, 8812, 8899, 8902, 8905, 9129, 9285, 9489, 10579, 10580, 11818, 13586, 13958, 13959, 13960, 13961, 14176, 14374, 14453, 14526, 14534, 14589, 14650, 14661, 15099, 15100, 15500, 15526, 15530, 15795, 16628, 16662, 17562, 17707, 17955])])])),
            (64, "persona-replaces-assistant", Anchor::Lits(&[1342, 3876, 7725, 8045, 8059, 8062, 8064, 8081, 8082, 8083, 8084, 8555, 8569, 8572, 8574, 8952, 8966, 8969, 8971, 9130, 9135, 9137, 9139, 10581, 10582, 12724, 12738, 12741, 12743, 13899, 13904, 13906, 13908, 14297, 15101, 15102, 15620, 17578, 17711, 17961])),
            (65, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[1366, 1381, 1405, 1533, 1548, 1579, 3766, 3770, 3776, 3781, 3782, 3783]), Anchor::All(&[Anchor::Lits(&[9104, 9436, 9478, 9482, 9483, 10663, 11271, 11276, 11308, 12447, 12488, 12771, 12777, 12779, 14113, 14537, 14546, 14704, 14753, 14763, 14769, 14777, 14781]), Anchor::Lits(&[3736, 7747])]), Anchor::All(&[Anchor::Lits(&[9187, 9202, 9203, 9204, 9205, 9214, 9215, 9216, 9217, 9248, 9249, 9581, 9596, 9597, 9598, 9599, 9608, 9609, 9610, 9611, 9645, 9646, 11237, 11238, 11239, 11240, 11241, 11242, 11243, 11244, 11245, 11246, 11247, 16004, 16005, 16006, 16007, 16008, 16009, 16010, 16011, 16012, 16013, 16014, 16018, 16019, 16020, 16021, 16022, 16023, 16024, 16025, 16026, 16027, 16028, 16112, 16113, 16114, 16115, 16116, 16117, 16118, 16119, 16120, 16121, 16122, 16410, 16411, 16412, 16413, 16414, 16415, 16416, 16417, 16418, 16419, 16420, 16422, 16423, 16424, 16425, 16426, 16427, 16428, 16429, 16430, 16431, 16432, 16454, 16455, 16456, 16457, 16458, 16459, 16460, 16461, 16462, 16463, 16464, 17561, 17612, 17614, 17615, 17628, 17645, 17647, 17648, 17657, 17737, 17739, 17969, 17970, 17971, 17972, 17973, 17974, 17975, 17976, 17977, 17978, 17979]), Anchor::Lits(&[7908, 8510, 8597, 11680, 11814, 11831, 12436, 14076, 15694, 16318])])])),
            (66, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[2046, 2048, 2072, 2073, 2078, 2123, 4105, 4106, 4112, 4113, 4114, 4116, 4340, 4341, 4346, 4347, 4348, 4350, 6439, 6441, 6485, 6486, 6490, 6544]), Anchor::All(&[Anchor::Lits(&[7908, 8510, 8597, 11814, 12436, 14076, 15694]), Anchor::Lits(&[1268, 1269, 1270, 1271, 1274, 1275, 1276, 1277, 1359, 1360, 1375, 1390, 1445, 1446, 1450, 1459, 1485, 1486, 1490, 1499, 1525, 1526, 1542, 1557, 3632, 3633, 3645, 3662, 3762, 3763, 3768, 3774])])])),
            (67, "no-rules-apply", Anchor::Lits(&[13259, 16125, 16319, 16320, 16321, 16322, 16324, 16325, 16337, 16338])),
            (68, "freed-from-limits", Anchor::Lits(&[781, 782, 790, 1717, 1718, 1800, 2158, 2160, 3229, 3765, 3773, 3778, 3845, 3849, 3852, 4827, 6650, 6652, 6654, 6678])),
            (69, "respond-without-limits", Anchor::Lits(&[1200, 1201, 1202, 1203, 1204, 1205, 1219, 1220, 1221, 1222, 1223, 1224, 4800, 4801, 4802, 4803, 4804, 4805, 4818, 4819, 4820, 4821, 4822, 4823, 5082, 5083, 5084, 5085, 5086, 5087, 8092, 8197, 8223, 8341, 9104, 9477, 9482, 9483, 9484, 10654, 10655, 10656, 10657, 10658, 10659, 10660, 10661, 10663, 11271, 11276, 11804, 12766, 12770, 12771, 12772, 12773, 12774, 12775, 12776, 12779, 13084, 13089, 13090, 13128, 13129, 13206, 13207, 13211, 13366, 14753, 14758, 14759, 14761, 14762, 14764, 14768, 14769, 14771, 14772, 14773, 14775, 14777, 14781, 17325, 17326, 17327, 17328, 17329, 17330, 17331, 17332, 17333, 17334, 17335, 17336, 17338, 17340, 17341, 17342, 17343, 17344, 17378, 17379, 17381, 17383, 17386, 17387, 17390, 17391, 17392, 17400, 17403, 17414, 17426, 17442, 17451, 17481, 17482, 17486, 17523])),
            (70, "pre-safety-self", Anchor::Lits(&[3918, 8847, 8849, 8850, 8851, 8852, 8853, 8854, 8856, 8857, 8858, 8859, 8860, 8861, 8868, 8869, 8872, 8874, 8876, 8882, 8883, 8894, 8895, 8896, 8897, 8898])),
            (71, "stay-in-character", Anchor::Lits(&[1363, 1364, 1385, 1530, 1531, 1552, 3143, 3636, 3637, 3657, 4828, 5484, 5485, 5486, 5487, 5488, 5489, 5490, 5491, 5492, 5493, 5494, 5495, 5496])),
            (72, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[923, 3743, 3750, 3753, 3755, 3758, 3824, 3826, 4657, 4658, 4663, 4664, 4775, 6042, 6143, 12778, 17007]), Anchor::All(&[Anchor::Lits(&[8489, 8490, 8491, 8492, 8493, 8494, 8495, 8496, 8497, 8498, 8499, 8500, 8501, 8502, 8503, 8504, 8505, 8506, 8507, 8508, 8509, 8517, 8518, 8519, 8520, 8521, 8522, 8523, 11820, 11821, 11822, 11823, 11824, 11825, 11826, 11837, 11838, 11839, 11840, 11841, 11842, 11843, 11847, 11848, 11849, 11850, 11851, 11852, 11853, 11865, 11866, 11867, 11868, 11869, 11870, 11871, 17288, 17289, 17290, 17291, 17292, 17293, 17294, 17307, 17308, 17309, 17310, 17311, 17312, 17313, 17314, 17315, 17316, 17317, 17318, 17319, 17320, 17353, 17354, 17355, 17356, 17357, 17358, 17359]), Anchor::Lits(&[491, 2593, 7075])])])),
            (73, "jailbreak", Anchor::Lits(&[9447, 9448, 11128, 11129, 11694, 11697, 11698, 12255, 12256, 12257, 12261, 12262, 12263, 12264, 12265, 12266, 12267, 12268, 12269, 12270, 12271, 12273, 12274, 12275, 12276, 12277, 12278, 12279, 12280, 12281, 12282, 12283, 12284, 12285, 12286, 12287, 12288, 12289, 12291, 12294, 12295, 12296, 12297, 12298, 12300, 12301, 13311, 13312, 14118, 14818, 17097, 17098, 17576, 17577, 17652, 17653, 17959, 17960, 17983, 17984])),
            (74, "evil-twin", Anchor::Lits(&[7440, 7441, 7442, 7443, 7444, 7445, 7446, 7447, 7448, 7471, 7472, 7473, 7474, 7475, 7476, 7477, 7478, 7479, 7496, 7497, 7498, 7499, 7500, 7501, 7502, 7503, 7504, 7508, 7509, 7510, 7511, 7512, 7513, 7514, 7515, 7516, 7522, 7523, 7524, 7525, 7526, 7527, 7528, 7529, 7530, 7533, 7534, 7535, 7536, 7537, 7538, 7539, 7540, 7541, 7555, 7556, 7557, 7558, 7559, 7560, 7561, 7562, 7563, 7596, 7597, 7598, 7599, 7600, 7601, 7602, 7603, 7604, 7613, 7614, 7615, 7616, 7617, 7618, 7619, 7620, 7621, 7629, 7630, 7631, 7632, 7633, 7634, 7635, 7636, 7637, 7656, 7657, 7658, 7659, 7660, 7661, 7662, 7663, 7664, 7665, 7666, 7667, 7668, 7669, 7670, 7671, 7672, 7673, 7674, 7675, 7676, 7677, 7678, 7679, 7680, 7681, 7682, 7683, 7684, 7685, 7686, 7687, 7688, 7689, 7690, 7691, 7692, 7693, 7694, 7695, 7696, 7697, 7698, 7699, 7700])),
            (75, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[111, 527, 560, 581, 2590, 3222, 4586, 5617]), Anchor::Lits(&[461, 489, 1267, 1273, 1357, 1444, 1484, 1523, 2926, 2970, 3629, 3760, 6854, 6872, 6925, 6937])])),
            (76, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[1192, 1196, 1227, 3180, 4419, 5059]), Anchor::Lits(&[634, 1179, 1874, 2170, 2349, 2350, 2351, 2352, 2353, 2354, 2540, 3506, 3520, 3528, 3575, 6653, 7033]), Anchor::Lits(&[254, 1631, 1726, 6695, 7014, 7256])])),
            (77, "simulated-privileged-shell", Anchor::Lits(&[2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 5007, 5008, 5009, 5010, 5011, 5012, 5013, 5014, 5015, 5016, 5017, 5018, 5019, 5020, 5021, 5022, 5023, 5024, 5025, 5026, 5027, 5028, 5029, 5030, 5773, 5774, 5775, 5776, 5777, 5778, 5779, 5780, 5781, 5782, 5783, 5784, 5785, 5786, 5787, 5788, 5789, 5790, 5791, 5792, 5793, 5794, 5795, 5796, 7077, 7078, 7083, 7084, 7085, 7086, 7087, 7088, 7089, 7090, 7092, 7094, 7110, 7112, 7114, 7152, 7153, 7154, 7155, 7156, 7157, 7158, 7159, 7160])),
            (78, "self-escalation", Anchor::Lits(&[504, 534, 540, 545, 551, 554, 555, 556, 557, 558, 3110, 5907, 5914, 7571, 7572, 7573, 7724])),
            (79, "blind-execution", Anchor::Lits(&[400, 401, 402, 403, 404, 412, 901, 902, 903, 905, 907, 912, 1343, 1352, 1438, 1442, 1443, 1483, 1780, 1789, 1795, 1796, 1797, 1798, 1916, 1918, 1923, 1926, 1927, 1928, 3882, 3884, 3889, 3891, 3892, 3893, 4995, 5003, 5005, 5032, 5033, 5034])),
            (80, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[13602]), Anchor::All(&[Anchor::Lits(&[8153, 8154, 8159, 8197, 8372, 8373, 8378, 8392, 10754, 10755, 10760, 10812, 17182, 17183, 17184, 17189]), Anchor::Lits(&[683, 767, 1296, 2125, 4595, 4648, 4889, 5090, 5091, 5092, 5737])])])),
            (81, "opposite-of-your-rules", Anchor::Lits(&[7326, 7328, 7372, 7393, 7423, 13604])),
            (82, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[347, 841, 1441, 3691, 7038, 8226, 9579, 9700, 9847, 10813, 11332, 11355, 11817, 12272, 12292, 12402, 12439, 12466, 12598, 12927, 13091, 13094, 13208, 13210, 14373, 14642, 14681, 14682, 16672, 16690, 16693, 16695, 16696, 16743, 16744, 16763, 16781, 16792, 16793, 16815, 17337, 17339, 17361, 17362, 17363, 17364, 17365, 17366, 17367, 17378, 17382, 17384, 17385, 17388, 17392, 17393, 17400, 17423, 17427, 17439, 17452, 17486, 17488]), Anchor::All(&[Anchor::Lits(&[783, 825, 1314, 1454, 1455, 1494, 1495, 2405, 2584, 2928, 2972, 3651, 3692]), Anchor::Lits(&[15888, 17210, 17227])])]), Anchor::Lits(&[1057, 1707, 2543, 2590, 2600, 2610, 2612, 4498, 4586, 5080, 5617])])),
            (83, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8999, 9000, 9001, 10487, 10488, 10489, 10490, 10491, 10492, 10493, 10494, 10495, 10496, 10497, 10498, 10499, 10500, 10501, 10502, 10503, 10504, 10505, 10506, 10652, 10856, 15590, 15591]), Anchor::All(&[Anchor::Lits(&[12406]), Anchor::Lits(&[1153, 1183, 3156, 4424, 5114, 6547])])]), Anchor::Lits(&[7897, 7919, 8265, 8809, 8812, 8899, 8902, 8905, 9129, 9285, 9489, 10579, 10580, 11818, 13586, 13958, 13959, 13960, 13961, 14176, 14374, 14453, 14526, 14534, 14589, 14650, 14661, 15099, 15100, 15500, 15526, 15530, 15795, 16628, 16662, 17562, 17707, 17955])]), Anchor::All(&[Anchor::Lits(&[8640, 8917, 8918, 9676, 9689, 9953, 10814, 11101, 11333, 11335, 12029, 12599, 14643, 14751, 14829, 15511, 16380]), Anchor::Lits(&[7897, 7919, 8809, 8812, 13957, 13970, 15099, 17562, 17955]), Anchor::Lits(&[5746, 6971, 7014])])])),
            (84, "third-party-permission", Anchor::All(&[Anchor::Lits(&[8200, 8203, 8204, 8205, 8206, 8207, 8208, 8209, 8470, 8471, 8472, 8473, 8474, 8475, 8476, 8477, 8527, 8528, 8529, 8530, 8531, 8532, 8533, 8534, 8697, 8698, 8699, 8700, 8701, 8702, 8703, 8704, 8710, 8711, 8712, 8713, 8714, 8715, 8716, 8717, 9258, 9259, 9260, 9261, 9262, 9263, 9264, 9265, 9782, 9783, 9784, 9785, 9786, 9787, 9788, 9789, 10858, 10859, 10860, 10861, 10862, 10863, 10864, 10865, 11148, 11149, 11150, 11151, 11152, 11153, 11154, 11155, 11183, 11184, 11185, 11186, 11187, 11188, 11189, 11191, 11257, 11258, 11259, 11260, 11261, 11262, 11263, 11264, 12032, 12033, 12034, 12035, 12036, 12037, 12038, 12039, 12057, 12058, 12059, 12060, 12061, 12062, 12063, 12064, 12919, 12920, 12921, 12922, 12923, 12924, 12925, 12926, 13381, 13382, 13383, 13384, 13385, 13386, 13387, 13388, 13626, 13627, 13628, 13629, 13630, 13631, 13632, 13633, 13636, 13640, 13641, 13642, 13643, 13644, 13645, 13647, 13888, 13889, 13890, 13891, 13892, 13893, 13894, 13895, 14504, 14505, 14506, 14507, 14508, 14509, 14510, 14511, 14788, 14789, 14790, 14791, 14792, 14793, 14794, 14795, 14821, 14822, 14823, 14824, 14825, 14826, 14827, 14828, 15062, 15063, 15064, 15065, 15066, 15067, 15068, 15069, 16577, 16580, 16581, 16582, 16583, 16584, 16585, 16589, 17059, 17060, 17061, 17062, 17063, 17064, 17065, 17066]), Anchor::Lits(&[822, 956, 1214, 1283, 1622, 1720, 1780, 1804, 1814, 2355, 2567, 4354, 4830, 4995, 5301, 5639, 6607, 6620, 6663, 7073])])),
            (85, "privileged-identity", Anchor::Any(&[Anchor::Lits(&[1956, 1957, 2002, 2003, 2005, 2034, 2040, 2042, 2043, 2087, 2088, 2089, 6244, 6245, 6325, 6340, 6342, 6343, 6344, 6345, 6346, 6347, 6348, 6349, 6350, 6351, 6352, 6353, 6355, 6357, 6358, 6359, 6360, 6361, 6362, 6363, 6364, 6365, 6366, 6367, 6368, 6415, 6423, 6429, 6430, 6494, 6495, 6496, 6498, 6499, 6500, 6501, 6502, 6503, 6504, 6505, 6506, 6507, 6508, 6509, 7079, 7080, 7091, 7093, 7095, 7108, 7111, 7113, 7115, 7150, 7151, 7161]), Anchor::All(&[Anchor::Lits(&[17562, 17707, 17955]), Anchor::Lits(&[7895, 11212, 13649, 14670, 15675, 15684])])])),
            (86, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[7180, 7872, 7873, 7874, 7875, 7877, 7878, 7879, 7880, 8684, 8685, 8686, 8688, 9161, 9162, 9163, 9165, 10815, 10816, 10817, 10818, 10820, 11278, 11285, 11292, 11300, 11738, 11815, 12293, 12294, 12295, 12296, 12299, 12600, 12601, 12602, 12603, 12604, 12639, 12641, 12642, 12648, 13883, 13884, 13885, 13886, 13978, 13985, 13992, 14000, 14317, 14318, 14319, 14320, 14549, 14556, 14563, 14571, 14644, 14645, 14646, 14647, 14648, 14756, 14765, 14767, 14782, 14891, 14903, 14906, 14943, 15695, 16105, 16106, 16107, 16108, 16673, 16674, 16675, 16676, 16677, 16745, 16746, 16747, 16748, 16750, 16794, 16795, 16796, 16797, 16799, 17233, 17234, 17235, 17236, 17237, 17238, 17239]), Anchor::All(&[Anchor::Lits(&[7986, 12114, 14659, 14679, 15881]), Anchor::Any(&[Anchor::Lits(&[7883, 7895, 8221, 8402, 9684, 9685, 9773, 9776, 9777, 9779, 9923, 9924, 9925, 9926, 9927, 9928, 9929, 9930, 10460, 10465, 10466, 10467, 10468, 10469, 10475, 10476, 10477, 10856, 13649, 13746, 13820, 13931, 14165, 14849, 14946, 15462, 15520, 16571, 16655]), Anchor::All(&[Anchor::Lits(&[11251]), Anchor::Lits(&[107, 202, 4186, 4371, 5139, 5658])]), Anchor::All(&[Anchor::Lits(&[6263, 6287, 6301, 6338, 6339, 6341, 6371, 6390, 6399, 6424, 6455, 6482, 6497]), Anchor::Lits(&[9566, 10507, 10573, 10870, 11087, 12407, 14031, 14960, 16627, 16766, 16829])])])]), Anchor::All(&[Anchor::Lits(&[116, 1751, 4578, 4770, 5499, 7253]), Anchor::Lits(&[1117, 1626, 1802, 1813, 3187, 5497, 5505, 6662]), Anchor::Lits(&[10922, 13309, 13973, 14841, 14842, 15648, 15793])])])),
            (87, "persona-without-rules", Anchor::Lits(&[117, 118, 119, 120, 2035, 2036, 2037, 2038, 2275, 2276, 2277, 2278, 3741, 3747, 3750, 3754, 3755, 3757, 3758, 3808, 3809, 3810, 3824, 3826, 3828, 3831, 3833, 4771, 4772, 4773, 4774, 8038, 9068, 9071, 10211, 11001, 11006, 11798, 11799, 11814, 11844, 12292, 13036, 14076, 15694, 15889, 15890, 15892, 15912, 16550, 16552, 16553, 16672, 16693, 16744, 16793, 17211, 17212, 17213, 17223, 17228, 17229, 17230, 17231, 17256])),
            (88, "persona-defined-by-no-rules", Anchor::Any(&[Anchor::Lits(&[8597, 11680, 11814, 11831, 14076, 15694, 17175]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5653, 5694, 6636]), Anchor::All(&[Anchor::Lits(&[11103, 13086, 17369, 17994]), Anchor::Lits(&[416, 419, 779, 1064, 1719, 1892, 2367, 3239, 3243, 4361, 4534, 4542, 4905, 4979, 5040])])]), Anchor::Lits(&[1898, 1899, 1900, 2159, 2368, 2369, 2370, 3245, 3246, 3247, 3737, 4911, 4912, 4913, 4982, 4983, 4984, 5044, 5045, 5046, 7178, 7748]), Anchor::Lits(&[491])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5653, 5694, 6636, 8038, 12961, 13036, 13040]), Anchor::All(&[Anchor::Lits(&[11103, 13086, 17377, 17994]), Anchor::Lits(&[416, 779, 1064, 1073, 1719, 1896, 2367, 3239, 3243, 4534, 4542, 4905, 4979, 5040])])]), Anchor::Lits(&[109, 345, 1356, 1770, 2617, 4843, 4877, 4986, 5441, 7258])])])),
            (89, "persona-without-restrictions", Anchor::All(&[Anchor::Lits(&[7964, 7965, 7966, 7969, 7970, 7971, 7972, 7974, 8005, 8006, 8007, 8032, 8033, 8034, 8035, 8036, 8050, 8051, 8052, 8086, 8087, 8088, 8089, 8090, 8560, 8561, 8562, 8592, 8593, 8594, 8595, 8596, 8957, 8958, 8959, 8989, 8990, 8991, 8992, 8993, 9132, 9133, 9134, 9141, 9142, 9143, 9144, 9145, 12729, 12730, 12731, 12761, 12762, 12763, 12764, 12765, 13591, 13592, 13593, 13597, 13598, 13599, 13600, 13601, 13901, 13902, 13903, 13909, 13910, 13911, 13912, 13913, 15003, 15004, 15005, 15007, 15008, 15009, 15010, 15011, 15685, 15686, 15687, 15688, 15689, 15690, 15691, 15692, 17015, 17016, 17017, 17020, 17021, 17022, 17023, 17024]), Anchor::Lits(&[110, 689, 4522, 7288, 7314, 7381, 7703])])),
            (90, "persona-without-restrictions-i18n", Anchor::Any(&[Anchor::Lits(&[1806, 3560, 3576, 3728, 3730, 3731, 3751, 3752, 3838, 3839]), Anchor::All(&[Anchor::Lits(&[1647, 1901, 1902, 1903, 2362, 3240, 3242, 4808, 4809, 4812, 4813, 4816, 4885, 4886, 4888, 4898, 4918]), Anchor::Lits(&[1646, 6644, 6647])])])),
            (91, "persona-whose-words-run", Anchor::All(&[Anchor::Lits(&[110, 2701, 2702, 2703, 2704, 2705, 2800, 3221, 4588, 4589, 4946, 4948, 7305, 7307, 7380, 7426, 7427, 7450]), Anchor::Lits(&[441, 708, 2280, 2907, 7037])])),
            (92, "persona-that-never-refuses", Anchor::All(&[Anchor::Lits(&[1199, 2484, 3330, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3358, 3359, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3376, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 3450, 3451, 4686, 4799, 5081, 5095, 6833]), Anchor::Lits(&[863, 880, 1444, 1484, 3629, 7042, 7222, 7257]), Anchor::Lits(&[491])])),
            (93, "persona-stripped-of-rules", Anchor::Any(&[Anchor::Lits(&[181, 182, 1020, 1021, 1054, 1055, 5089, 5096]), Anchor::All(&[Anchor::Lits(&[10056, 10057, 10074, 10076, 10102, 10108, 10109, 10116, 10137, 10151, 10225, 10226, 10227, 10228, 10230, 10234, 10235, 10236, 10238, 10239, 10286, 10287, 10288, 10289, 10292, 10296, 10297, 10298, 10301, 10302, 10317, 10318, 10347, 10349, 10376, 10382, 10383, 10390, 10412, 10426, 10997, 10998, 11102, 11103, 11371, 11412, 11426, 11467, 12382, 12383, 12963, 12964, 12971, 12972, 12997, 13003, 13004, 13009, 13029, 13041, 13360, 13361, 17258, 17259, 17260, 17261, 17263, 17267, 17268, 17272, 17274, 17276, 17369, 17525, 17526, 17527, 17528, 17530, 17534, 17535, 17539, 17541, 17543]), Anchor::Lits(&[8451, 8994, 9086, 9160, 10663, 10926, 11276, 12468, 12779, 13976, 14546, 14683, 14754, 17069]), Anchor::Lits(&[7897, 8812, 9128, 11120, 11146, 12435, 13070, 13898, 13970, 14076, 14649, 14660, 16833, 17562, 17704, 17955])])])),
            (94, "disable-safety", Anchor::Any(&[Anchor::Lits(&[5075, 7826, 8197, 8341, 8997, 8998, 9023, 9032, 9169, 9171, 9722, 9725, 9768, 9931, 9935, 10012, 10014, 10651, 10653, 10665, 10667, 10715, 11075, 11078, 11106, 11168, 11169, 11173, 11797, 11804, 12290, 12443, 12941, 12944, 13366, 13716, 13724, 15047, 15049, 15660, 15702, 15708, 15731, 15803, 16299, 16665, 16668, 16720, 17550]), Anchor::All(&[Anchor::Lits(&[8096, 8435, 8436, 8438, 8443, 8444, 8445, 8449, 8450, 8451, 8646, 8648, 8651, 8652, 9104, 9153, 9166, 9414, 9416, 9417, 9418, 9477, 9482, 9483, 9484, 9639, 9647, 10638, 10657, 10658, 10659, 10661, 10662, 10663, 10677, 10927, 11269, 11271, 11273, 11301, 11661, 11668, 12001, 12002, 12003, 12004, 12005, 12006, 12007, 12766, 12779, 14198, 14333, 14384, 14392, 14548, 14604, 14606, 14752, 14757, 14759, 14761, 14762, 14764, 14768, 14769, 14770, 14771, 14772, 14773, 14774, 14775, 14776, 14777, 14779, 14780, 14781, 14800, 14801, 14802, 14895, 14902, 14910, 14912, 14913, 14919, 14920, 14921, 14922, 16104, 16653, 17772]), Anchor::Lits(&[7825, 8765, 8996, 9014, 9025, 9168, 9170, 9721, 9723, 9724, 9767, 9922, 9932, 9934, 9961, 10015, 10096, 10130, 10370, 10405, 10456, 10651, 10653, 10664, 10666, 11024, 11105, 11107, 11167, 11170, 11172, 11331, 11744, 11803, 12378, 12442, 12445, 12526, 12528, 12940, 12943, 13104, 13115, 13712, 13720, 14299, 14416, 14424, 14432, 15046, 15048, 15055, 15120, 15180, 15613, 15651, 15659, 15701, 15704, 15707, 15730, 15802, 16664, 16667, 16719, 17055, 17103, 17369, 17549])])])),
            (95, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[8092, 8096, 8435, 8436, 8438, 8443, 8444, 8445, 8449, 8450, 8451, 8646, 8648, 8651, 8652, 9104, 9153, 9166, 9414, 9416, 9417, 9418, 9477, 9482, 9483, 9484, 9639, 9647, 10638, 10657, 10658, 10659, 10661, 10662, 10663, 10677, 10927, 11269, 11271, 11273, 11301, 11661, 11668, 12001, 12002, 12003, 12004, 12005, 12006, 12007, 12766, 12779, 14198, 14333, 14384, 14392, 14548, 14604, 14606, 14752, 14757, 14759, 14761, 14762, 14764, 14768, 14769, 14770, 14771, 14772, 14773, 14774, 14775, 14776, 14777, 14779, 14780, 14781, 14800, 14801, 14802, 14895, 14902, 14910, 14912, 14913, 14919, 14920, 14921, 14922, 16104, 16653, 17772]), Anchor::Lits(&[9024, 9069, 9070, 9723, 9805, 9932, 11222, 11876, 12444, 13097, 13281, 13368, 13709, 13844, 14429, 14587, 14628, 15703, 17048, 17056])])),
            (96, "skip-approval", Anchor::Any(&[Anchor::Lits(&[8441, 10053, 10110, 10111, 10112, 10130, 10150, 10314, 10384, 10385, 10386, 10405, 10425, 12959, 13108, 13109, 13110, 13115, 13121, 13130, 13131, 13132, 13133, 13134, 13139, 14294, 15617, 17269, 17270, 17271, 17273, 17275, 17395, 17536, 17537, 17538, 17540, 17542, 17616, 17629]), Anchor::All(&[Anchor::Lits(&[17370, 17376, 17377, 17394, 17396, 17398, 17399, 17408, 17409, 17412, 17413, 17422, 17429, 17431, 17432, 17433, 17434, 17436, 17437, 17438, 17440, 17444, 17464, 17470, 17471, 17472, 17474, 17475, 17476, 17477, 17479, 17489, 17492, 17505, 17506, 17507, 17508, 17511, 17512, 17517, 17519, 17523]), Anchor::Any(&[Anchor::Lits(&[7821, 8334, 8431, 8535, 8649, 8652, 9154, 9155, 9413, 9421, 10638, 11276, 11499, 11674, 13728, 13876, 14283, 14758, 14896, 15873, 15874, 15875, 16056, 16068, 16653]), Anchor::All(&[Anchor::Lits(&[13828, 16505, 17041]), Anchor::Lits(&[7881, 7886, 8431, 9034, 9114, 9116, 11226, 14601, 15056, 15070, 16520])])])])])),
            (97, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[9728, 9729, 9733, 9734, 9751, 9752, 9803, 9804, 16802, 16803]), Anchor::All(&[Anchor::Lits(&[7909, 7910, 7911, 7912, 7913, 7914, 7915, 7916, 7917, 7918, 8412, 8415, 8417, 8418, 8420, 8423, 8425, 8427, 8428, 8429, 9076, 9077, 9078, 9079, 9080, 9081, 9082, 9083, 9084, 9085, 9343, 9365, 9367, 9368, 9370, 9371, 9373, 9374, 9376, 9378, 10177, 10178, 10179, 10180, 10181, 10182, 10183, 10184, 10185, 10186, 10834, 10837, 10839, 10840, 10842, 10845, 10847, 10849, 10850, 10851, 10984, 10988, 10989, 10990, 10991, 10992, 10993, 10994, 10995, 10996, 13332, 13343, 13345, 13346, 13348, 13349, 13351, 13352, 13354, 13356, 13866, 13867, 13868, 13869, 13870, 13871, 13872, 13873, 13874, 13875, 14726, 14729, 14731, 14732, 14734, 14737, 14739, 14741, 14742, 14743]), Anchor::Lits(&[9727, 9732, 9750, 9802, 14592, 14671, 14672, 16629, 16756, 16801])])])),
            (98, "route-around-the-guard", Anchor::Lits(&[6311, 6436, 6462, 6465, 8770, 8771, 8772, 8773, 8774, 8775, 9038, 9039, 9040, 9041, 9042, 9043, 9044, 9045, 9046, 9047, 10141, 10144, 10154, 10155, 10156, 10158, 10416, 10419, 10429, 10430, 10431, 10433, 11088, 11089, 11090, 11091, 11092, 11093, 11094, 11095, 11096, 11097, 11098, 11099, 11205, 11206, 11207, 11208, 11209, 11210, 13030, 13033, 13044, 13045, 13046, 13049, 13761, 13762, 13763, 13764, 13765, 13766, 13769, 13770, 13771, 13772, 13773, 13774, 14961, 14962, 14963, 14964, 14965, 14966, 14967, 14968, 14969, 14970, 14971, 14972, 15147, 15148, 15155, 15156, 15157, 15158, 15501, 15502, 15503, 15504, 15505, 15506, 15633, 15636, 15640, 15641, 15642, 15643, 15796, 15797, 15798, 15799, 15800, 15801])),
            (99, "do-not-screen-input", Anchor::Lits(&[1368, 1369, 1370, 1376, 1382, 1411, 1417, 1418, 1419, 1420, 1423, 1424, 1433, 1434, 1535, 1536, 1537, 1543, 1549, 1585, 1591, 1592, 1593, 1594, 1597, 1598, 1607, 1608, 3639, 3640, 3641, 3646, 3653, 3690, 3698, 3699, 3700, 3701, 3704, 3705, 3714, 3715, 3785, 3786, 3787, 3790, 3793, 3794, 3797, 3798, 3799, 3800, 3801, 3802, 3803, 3804, 5304, 5305, 5307, 5308, 5310, 5314, 5316, 5317, 5318, 5319, 5321, 5322, 5331, 5332, 5510, 5511, 5512, 5514, 5516, 5522, 5523, 5524, 5525, 5526, 5528, 5529, 5531, 5532, 7185, 7186, 7189, 7195, 7199, 7204, 7209, 7210, 7211, 7212, 7213, 7214, 7216, 7217])),
            (100, "allowlist-this-prompt", Anchor::Lits(&[8199, 8211, 9180, 9181, 9182, 9183, 9184, 9440, 9442, 9443, 9444, 9445, 10853, 10966, 10967, 10968, 10969, 10970, 12388, 12389, 12391, 12392, 12394, 12626, 12627, 12628, 12629, 12630, 15766, 15767, 15769, 15770, 15772, 16642, 16644, 16646, 16647, 16650, 16657, 16658, 16659, 16660, 16661, 17225, 17226])),
            (103, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[1703, 4898]), Anchor::All(&[Anchor::Lits(&[2001, 2009, 2045, 2050, 2124, 2621, 2649, 2675, 2676, 2708, 3900, 3901, 3907, 3908, 3920, 4082, 4088, 4104, 4107, 4117]), Anchor::Lits(&[9252, 9922, 10456, 10972, 12442, 13712, 14424, 15707, 16569, 16664, 16813])])])),
            (104, "stop-logging", Anchor::Lits(&[1284, 1285, 1286, 1287, 1288, 1289, 1290, 1362, 1383, 1389, 1410, 1421, 1431, 1436, 1528, 1550, 1556, 1584, 1595, 1605, 1610, 3635, 3654, 3661, 3689, 3702, 3712, 3716, 4443, 4444, 4445, 4446, 4447, 4448, 4449, 4719, 4721, 4722, 4723, 4724, 4725, 4726, 5303, 5311, 5312, 5313, 5320, 5329, 5333, 5508, 5517, 5519, 5521, 5527, 5530, 5533, 5642, 5643, 5644, 5645, 5646, 5648, 5649, 6623, 6624, 6625, 6626, 6627, 6629, 6630])),
            (105, "self-approval", Anchor::Lits(&[8455, 8456, 8457, 8458, 8459, 8460, 8461, 8462, 8463, 8464, 8465, 8466, 8467, 8468, 15825, 15827, 15828, 15829, 15831, 15832, 15833, 15834, 15839, 15842, 15844, 15845, 15846, 15847, 15849, 15851, 15852, 15853, 15854, 15855, 15856, 15857, 15858, 15862, 15863, 15864, 15865, 15866, 15868, 15871])),
            (106, "execute-everything", Anchor::Lits(&[66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 224, 225, 226, 228, 229, 230, 231, 233, 235, 236, 237, 238, 239, 240, 241, 242, 420, 421, 422, 423, 424, 425, 426, 428, 430, 431, 432, 433, 434, 435, 436, 437, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1352, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1789, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4988, 4989, 4990, 4991, 4992, 4993, 4994, 4995, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003])),
            (107, "protection-mode-claim", Anchor::Lits(&[163, 227, 615, 823, 1292, 1624, 3189, 3277, 3507, 3807, 3897, 3951, 4418, 4423, 4473, 4850, 6608, 6674])),
            (108, "approve-tool-calls", Anchor::Lits(&[2244, 4469, 6557, 6558, 6559])),
            (110, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[5912, 5931, 5975, 6060, 6124, 7428]), Anchor::Lits(&[243, 245, 246, 247, 248, 251, 414, 769, 792, 945, 961, 1034, 1036, 1225, 1704, 2364, 2519, 2520, 3244, 3486, 4468, 4470, 4535, 4543, 4757, 4906, 4980, 5213, 6602, 7012]), Anchor::Lits(&[122, 251, 399, 924, 927, 1007, 1214, 1612, 1645, 1911, 2731, 2757, 3232, 3290, 3505, 3523, 3554, 4362, 4438, 4734, 4783, 4824, 4830, 4834, 4837, 4938, 5169, 5289, 5629, 6660, 6670, 6681, 6682, 7012, 7032])])),
            (111, "tamper-with-its-controls", Anchor::All(&[Anchor::Lits(&[3083]), Anchor::Lits(&[243, 245, 246, 247, 248, 251, 414, 769, 792, 945, 961, 1034, 1036, 1225, 1704, 2364, 2519, 2520, 3244, 3486, 4468, 4470, 4535, 4543, 4757, 4906, 4980, 5213, 6602, 7012]), Anchor::Lits(&[122, 251, 399, 924, 927, 1007, 1214, 1612, 1645, 1911, 2731, 2757, 3232, 3290, 3505, 3523, 3554, 4362, 4438, 4734, 4783, 4824, 4830, 4834, 4837, 4938, 5169, 5289, 5629, 6660, 6670, 6681, 6682, 7012, 7032])])),
            (112, "tamper-with-named-controls", Anchor::All(&[Anchor::Lits(&[8198, 8202, 8210, 8440, 8449, 9639, 10638, 11268, 11616, 11617, 11618, 11619, 11620, 11621, 11622, 11623, 11624, 11625, 11626, 11627, 11628, 11629, 11630, 11631, 11632, 11633, 11634, 11635, 11636, 11637, 11638, 11639, 11640, 11641, 11642, 11643, 11644, 11645, 11646, 11647, 11648, 11649, 12002, 14055, 14196, 14199, 14328, 14889, 14904, 16590, 16653]), Anchor::Lits(&[5900, 6051, 7428])])),
            (113, "authority-waives-controls", Anchor::Any(&[Anchor::Lits(&[460, 2793, 2925, 9578, 13075, 13213, 15784]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2307, 2308, 2309, 2312, 2313, 2314, 2483, 9257, 9420, 10637, 10852, 11681, 11690, 11699, 13887, 14039, 14059, 14799, 15056, 15061, 15071, 17054, 17093, 17094, 17102]), Anchor::All(&[Anchor::Lits(&[8691]), Anchor::Lits(&[14749, 17986])])]), Anchor::Lits(&[822, 826, 956, 1214, 1216, 1283, 1293, 1622, 1623, 1760, 2282, 2318, 2319, 2567, 2586, 3232, 3234, 4354, 4357, 4830, 4833, 5176, 5301, 5334, 5500, 5501, 5622, 5639, 6620, 6676, 6677, 6825, 7251])])])),
            (114, "vendor-orders-an-action", Anchor::All(&[Anchor::Lits(&[8294, 8296, 8297, 8298, 8299, 8300, 8301, 8302, 8304, 8305, 8306, 8307, 8308, 8309, 8310, 8311, 8315, 8316, 8318, 8319, 8320, 8321, 8322, 8323, 8324, 8326, 8329, 8330, 9194, 9195, 9196, 9197, 9198, 9199, 9200, 9201, 9206, 9207, 9208, 9209, 9210, 9211, 9212, 9213, 9236, 9237, 9238, 9239, 9240, 9241, 9242, 9243, 9244, 9245, 9246, 9247, 9588, 9589, 9590, 9591, 9592, 9593, 9594, 9595, 9600, 9601, 9602, 9603, 9604, 9605, 9606, 9607, 9630, 9631, 9632, 9633, 9634, 9635, 9636, 9637, 9638, 9642, 9643, 9644, 13501, 13503, 13504, 13505, 13506, 13507, 13508, 13509, 13511, 13512, 13513, 13514, 13515, 13516, 13517, 13518, 13522, 13523, 13525, 13526, 13527, 13528, 13529, 13530, 13531, 13533, 13536, 13537, 15199, 15201, 15202, 15203, 15204, 15205, 15206, 15207, 15209, 15210, 15211, 15212, 15213, 15214, 15215, 15216, 15220, 15221, 15223, 15224, 15225, 15226, 15227, 15228, 15229, 15232, 15236, 15238]), Anchor::Lits(&[2173, 2176, 2177, 2183, 2192, 2195, 2199, 2202, 2208, 2220, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4080, 6084, 6088, 6090, 6096, 6098, 6099, 6100, 6101, 6102, 6103])])),
            (115, "run-data-as-code", Anchor::Any(&[Anchor::Lits(&[758, 759, 760, 761, 762, 763, 764, 765, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 2984, 2987, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 5920, 5921, 5958, 5959, 5965, 5966, 5967, 5968, 6004, 6005, 6735, 6736, 6737, 6738, 6739, 6740, 6741, 6742, 6954, 6955, 6956, 6957, 6958, 6959, 6960, 6961, 7950, 7951, 14289, 14290, 14879, 14880, 15085, 15086, 17209]), Anchor::All(&[Anchor::Lits(&[11003, 11005]), Anchor::Lits(&[1074, 1075, 1076, 1080, 1081, 1082, 5538, 5539, 5540, 5743, 5744, 5745, 6724, 6725, 6726]), Anchor::Lits(&[1771, 2975, 4987, 5546])])])),
            (116, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[4942]), Anchor::Lits(&[675, 962, 1124, 1125, 5343, 5446]), Anchor::Lits(&[11023, 14314, 14383, 14634])])),
            (117, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[747, 748, 8469, 8907, 10055, 10101, 10120, 10316, 10375, 10394, 11356, 12962, 12996, 13013, 13140, 13155, 13249, 14674, 15244, 15245, 15246, 15252, 15253, 15254, 15255, 15256, 15257, 15265, 15268, 15269, 15270, 15280, 15305, 15306, 15311, 15312, 15315, 15316, 15317, 15318, 15319, 15320, 15373, 15374, 15386, 15387, 15388, 15392, 15397, 15399, 15405, 15406, 15407, 15408, 15409, 15410, 15411, 15412, 15413, 15414, 15415, 15416, 15417, 15418, 15419, 15420, 15421, 15422, 15423, 15424, 17397, 17445, 17455, 17458, 17484, 17494, 17504]), Anchor::All(&[Anchor::Lits(&[11546, 11548, 11550, 11552, 11553]), Anchor::Lits(&[2171])]), Anchor::All(&[Anchor::Lits(&[842, 843, 844, 846, 847, 849, 855, 856, 864, 865, 866, 868, 869, 871, 877, 878, 881, 882, 883, 885, 886, 888, 894, 895, 1367, 1371, 1377, 1379, 1384, 1402, 1425, 1428, 1448, 1449, 1451, 1453, 1456, 1474, 1480, 1481, 1488, 1489, 1491, 1493, 1496, 1514, 1520, 1521, 1534, 1538, 1544, 1546, 1551, 1576, 1599, 1602, 3638, 3642, 3647, 3649, 3655, 3683, 3706, 3709, 7045, 7047, 7048, 7050, 7053, 7059, 7066, 7069, 7225, 7227, 7228, 7230, 7233, 7239, 7246, 7249]), Anchor::Lits(&[10589, 10590, 10591, 10592, 10593, 10594, 10595, 10596, 10597, 10598, 10599, 10600, 10601, 10602, 10603, 10604, 10605, 10606, 10607, 10608, 10609, 10610, 10611, 10612, 10613, 10614, 10615, 10616, 10617, 10618, 10619, 10620, 10621, 10622, 10623, 10624, 10625, 10626, 10627, 10628, 10629, 10630, 10631, 10632, 12552, 12553, 12554, 12555, 12556, 12557, 12558, 12559, 12561, 12562, 12563, 12564, 12565, 12566, 12567, 12568, 12569, 12570, 12571, 12572, 12573, 12574, 12575, 12576, 12577, 12578, 12579, 12580, 12581, 12582, 12583, 12584, 12585, 12586, 12587, 12588, 12589, 12590, 12591, 12592, 12593, 12594, 12595, 12596, 15242, 15246, 15247, 15251, 15280, 15281, 15283, 15290, 15294, 15295, 15296, 15297, 15298, 15299, 15300, 15301, 15302, 15303, 15304, 15305, 15306, 15308, 15309, 15313, 15314, 15321, 15322, 15323, 15325, 15331, 15335, 15336, 15337, 15338, 15339, 15340, 15341, 15342, 15343, 15344, 15345, 15346, 15347, 15348, 15349, 15350, 15351, 15352, 15353, 15354, 15355, 15356, 15357, 15358, 15359, 15360, 15362, 15363, 15364, 15365, 15366, 15367, 15368, 15370, 15371, 15372, 15384, 15388, 15390, 15391, 15392, 15393, 15394, 15395, 15397, 15399, 15400])])])),
            (118, "evade-the-checks", Anchor::Any(&[Anchor::Lits(&[618, 619, 620, 677, 3278, 3279, 3280, 4784, 4785, 4786, 6562, 6563, 6564, 6565, 6566, 6567, 12209, 13126, 16321, 16326, 16327, 16337, 17099, 17415, 17430, 17448, 17666]), Anchor::All(&[Anchor::Lits(&[842, 843, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 864, 865, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 881, 882, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 1367, 1371, 1378, 1379, 1384, 1387, 1402, 1404, 1406, 1407, 1408, 1412, 1425, 1428, 1432, 1448, 1449, 1452, 1453, 1456, 1458, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1488, 1489, 1492, 1493, 1496, 1498, 1514, 1515, 1516, 1517, 1518, 1519, 1520, 1521, 1522, 1534, 1538, 1545, 1546, 1551, 1554, 1576, 1578, 1580, 1581, 1582, 1586, 1599, 1602, 1606, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 3638, 3642, 3648, 3649, 3655, 3659, 3683, 3684, 3685, 3686, 3687, 3693, 3706, 3709, 3713, 7045, 7047, 7049, 7050, 7053, 7055, 7059, 7060, 7061, 7062, 7063, 7064, 7066, 7069, 7070, 7225, 7227, 7229, 7230, 7233, 7235, 7239, 7240, 7241, 7242, 7243, 7244, 7246, 7249, 7250]), Anchor::Lits(&[15241])])])),
            (119, "claimed-role-lifts-controls", Anchor::Any(&[Anchor::Lits(&[136, 138, 139, 145, 146, 147, 151, 152, 153, 159, 160, 161, 938, 939, 940, 941, 942, 943, 946, 947, 948, 949, 950, 951, 1098, 1099, 1100, 1101, 1102, 1103, 1105, 1106, 1107, 1108, 1109, 1110, 1250, 1251, 1252, 1260, 1261, 1263, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1562, 1564, 1565, 1566, 1568, 1572, 1573, 1575, 1651, 1652, 1653, 1654, 1655, 1656, 2164, 2165, 2166, 2167, 2168, 2169, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 3489, 3492, 3495, 3497, 3503, 3504, 3579, 3581, 3582, 3584, 3586, 3594, 3595, 3599, 3784, 3786, 3788, 3789, 3792, 3795, 3796, 3805, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 4170, 4171, 4172, 4173, 4174, 4175, 4365, 4366, 4367, 4368, 4369, 4370, 4536, 4537, 4538, 4539, 4540, 4541, 4544, 4545, 4546, 4547, 4548, 4549, 4860, 4861, 4862, 4863, 4864, 4865, 4866, 4867, 4868, 4869, 4870, 4871, 4899, 4900, 4901, 4902, 4903, 4904, 4907, 4908, 4909, 4910, 4914, 4915, 4957, 4958, 4959, 4965, 4966, 4967, 5664, 5668, 5669, 5676, 5677, 5680, 7182, 7190, 7194, 7197, 7206, 7218, 8442, 8452, 9164, 9415, 9419, 9517, 9958, 10825, 10854, 11104, 11295, 11342, 12483, 13995, 14566, 14699, 16641, 16645, 16648, 16649, 16651, 17057, 17394, 17404, 17412, 17471, 17487, 17496]), Anchor::All(&[Anchor::Lits(&[822, 826, 956, 1283, 1293, 1799, 1801, 2282, 2296, 3232, 3234, 4354, 4357, 4358, 4360, 4830, 4833, 5301, 5334, 5622, 5624, 6620, 6637, 6825, 6827]), Anchor::Lits(&[4035, 7956, 9105, 9167, 9172, 9690, 9691, 9720, 11479, 13421, 13736, 13955, 14911, 15822, 17050]), Anchor::Lits(&[413, 937, 1042, 1097, 2363, 3235, 4534, 4542, 4756, 4898, 4931, 4978, 5038])])])),
            (120, "standing-order-for-tool-calls", Anchor::Any(&[Anchor::Lits(&[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 2487, 2489, 2490, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2499, 2502, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 2894, 2895, 2896, 2897, 2898, 6187, 6188, 6189, 6190, 6191, 6192, 6193, 6194, 6195, 6196, 6197, 6198, 6568, 6569, 6570, 6571, 6572, 6573, 6574, 6575, 6576, 6577, 6578, 6579, 6589, 6590, 6591, 6592, 6593, 6594, 6595, 6596, 6597, 6598, 6599, 6600, 7750, 7751, 7752, 7753, 7754, 7755, 7756, 7757, 7758, 7759, 7760, 7761]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8598, 8599, 8600, 8601, 8602, 8603, 8604, 8605, 8606, 8607, 8608, 8609, 8610, 8611, 8612, 8613, 8614, 8615, 8616, 8617, 8814, 8821, 8822, 8823, 8824, 8825, 8826, 8827, 8828, 8829, 8831, 8832, 8833, 8834, 8835, 8836, 8837, 8838, 8839, 8840, 14706, 14707, 14708, 14709, 14710, 14711, 14712, 14713, 14714, 14715, 14716, 14717, 14718, 14719, 14720, 14721, 14722, 14723, 14724, 14725, 15709, 15710, 15711, 15712, 15713, 15714, 15715, 15716, 15717, 15718, 15719, 15720, 15721, 15722, 15723, 15724, 15725, 15726, 15727, 15728, 16888, 16889, 16890, 16891, 16892, 16893, 16894, 16895, 16896, 16897, 16898, 16899, 16900, 16901, 16902, 16903, 16904, 16905, 16906, 16907, 16908, 16909, 16910, 16911, 16912, 16913, 16914, 16915, 16916, 16917, 16918, 16919, 16920, 16921, 16922, 16923, 16924, 16925, 16926, 16927, 16928, 16929, 16930, 16931, 16932, 16933, 16934, 16935, 16936, 16937]), Anchor::All(&[Anchor::Lits(&[381, 635, 659, 688, 1113, 1115, 1155, 1161, 1165, 2490, 2492, 2495, 2496, 2497, 2498, 2499, 2502, 4611, 4640, 4668, 6547, 6570, 6571, 6578, 6579, 6702, 6938, 7764]), Anchor::Lits(&[7952, 8410, 9565, 9693, 10577, 10833, 11086, 11878, 12011, 13933, 14030, 14241, 14673, 14705, 14959, 17553])])]), Anchor::Lits(&[8335, 8393, 10511, 10680, 11000, 11002, 11004, 11007, 11008, 11009, 11010, 11011, 11012, 11119, 11221, 11854, 11855, 13422, 17203, 17321])]), Anchor::All(&[Anchor::Lits(&[8399, 8400, 8401, 9433, 9434, 9435, 12934, 12935, 12936, 13682, 13683, 13684, 14256, 14257, 14258, 14501, 14502, 14503, 16606, 16607, 16608, 16618, 16619, 16620]), Anchor::Lits(&[6146, 6147, 6148, 6149, 6150, 6151, 6152, 6153, 6154, 6155, 6156, 6157, 6158, 6159, 6160, 6161, 6162, 6163, 6164, 6165, 6166, 6167, 6168, 6169, 6170, 6171, 6172, 6173, 6174, 6175, 6176, 6177, 6178, 6179, 6180, 6201, 6217, 6220, 6221, 6232, 6238, 6239, 6243, 6326, 6370, 6371, 6401, 6402, 6403, 6404, 6405, 6406, 6407, 6416, 6427, 6428, 6435, 6454, 6458, 6459, 6472, 6479, 6480, 6484, 6487, 6488, 6489, 6491, 6492, 6493, 6750, 6753, 6754, 6755, 6757, 6758, 6759, 6761, 6766, 6767, 6768, 6777, 6778, 6779, 6780, 6781, 6782, 6783, 6785, 6786, 6788, 6792, 6794, 6796, 6797, 6800, 6801, 6802, 6803, 6804, 6805, 6806, 6807, 6808, 6809])])])),
            (121, "approvals-and-hooks-removed", Anchor::Any(&[Anchor::Lits(&[249, 257, 415, 417, 418, 613, 660, 663, 2365, 2366, 4551, 4554, 4574, 4590, 4656, 4659, 5042, 5043, 6708, 9089, 9090, 9096, 9097, 9098, 9099, 9101, 9103, 12949, 12950, 12951, 12952, 12953, 12954, 12955, 12956, 13100, 13101, 13117, 13118, 13120, 13122, 13123, 13125, 14295, 14296, 14305, 14306, 14307, 14308, 14310, 14311, 15618, 15619, 15634, 15635, 15637, 15638, 15644, 15645, 15707, 15729, 16664, 16666]), Anchor::All(&[Anchor::Lits(&[5170, 5177, 5178, 5179, 5180, 5181, 5182, 5183, 5184, 5185, 5186, 5187, 5188, 5189, 5190, 5191, 5192, 5201, 5203, 5204, 5205, 5206, 5207, 5208]), Anchor::Lits(&[9177, 10925, 11268, 11615, 14768, 16653])])])),
            (122, "agent-grants-itself-power", Anchor::Lits(&[4832, 5913, 5919, 7570, 7605, 7622, 7701, 7724, 10131, 10406, 13116, 15282, 15284, 15285, 15286, 15288, 15289, 15292, 15324, 15326, 15327, 15328, 15329, 15330, 15333])),
            (123, "remove-the-guard-hook", Anchor::Lits(&[8439, 8448, 8647, 8650, 9640, 9641, 11270, 11272, 11274, 11275, 13881, 13882, 14008, 14017, 14055, 14056, 14088, 14089, 14766, 14778, 14904, 14924])),
            (124, "switch-off-monitoring", Anchor::All(&[Anchor::Lits(&[967, 1283, 3163, 4442, 4681, 5243, 5506, 5622, 5639, 6620, 6676, 7073]), Anchor::Lits(&[83, 87, 194, 609, 1722, 3282, 3283, 3508, 4713, 5133]), Anchor::Lits(&[8091, 9072, 9274, 12517, 12520, 12769, 14378, 14584, 15813, 16621])])),
            (125, "policy-does-not-cover-me", Anchor::Lits(&[405, 406, 407, 408, 409, 410, 411, 751, 752, 753, 754, 755, 756, 757, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1761, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 4890, 4891, 4892, 4893, 4894, 4895, 4896])),
            (128, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[165, 549, 727, 2563, 4119, 6964, 6967, 7010]), Anchor::Any(&[Anchor::Lits(&[7883, 7895, 8221, 8402, 9684, 9685, 9773, 9776, 9777, 9779, 9923, 9924, 9925, 9926, 9927, 9928, 9929, 9930, 10460, 10465, 10466, 10467, 10468, 10469, 10475, 10476, 10477, 10856, 13649, 13746, 13820, 13931, 14165, 14849, 14946, 15462, 15520, 16571, 16655]), Anchor::All(&[Anchor::Lits(&[11251]), Anchor::Lits(&[107, 202, 4186, 4371, 5139, 5658])]), Anchor::All(&[Anchor::Lits(&[6263, 6287, 6301, 6338, 6339, 6341, 6371, 6390, 6399, 6424, 6455, 6482, 6497]), Anchor::Lits(&[9566, 10507, 10573, 10870, 11087, 12407, 14031, 14960, 16627, 16766, 16829])])]), Anchor::Lits(&[8245, 8246, 8247, 8250, 8251, 8252, 8263, 8290, 8291, 8483, 9178, 9179, 9185, 10866, 10867, 10868, 10946, 10947, 12167, 12509, 12511, 12512, 13466, 13569, 13752, 13753, 13754, 14177, 14178, 14179, 14325, 14337, 14357, 14602, 14625, 14626, 14947, 14951, 15665, 15666, 15667, 15670, 15671, 15672, 16629, 16630, 16631])])),
            (129, "tool-call-tampering", Anchor::Lits(&[7989, 7990, 7991, 7992, 7993, 8336, 8337, 8338, 8339, 8340, 8394, 8395, 8396, 8397, 8398, 8855, 8871, 8873, 8879, 8892, 9288, 9289, 9291, 9292, 9293, 9294, 9295, 9297, 9304, 9305, 9306, 9307, 9308, 9309, 9310, 9312, 10512, 10513, 10514, 10515, 10516, 10681, 10682, 10683, 10684, 10685, 11130, 11131, 11132, 11133, 11134, 11135, 11136, 11137, 11138, 11139, 11140, 11141, 11142, 11143, 11144, 11145, 11715, 11732, 11733, 11734, 11738, 13076, 13077, 13078, 13079, 13080, 14249, 14250, 14251, 14252, 14253, 14254, 14255, 14259, 14262, 14263, 14265, 14266, 14267, 14274, 14275, 14282, 15512, 15513, 15514, 15515, 15516, 15517, 15518, 15519, 15568, 15569, 15570, 15571, 15572, 15573, 15574, 15575, 15580, 15581, 15582, 15583, 15584, 15585, 15586, 15587, 16591, 16592, 16593, 16594, 16595, 16596, 16597, 16598, 16599, 16600, 16601, 16602, 16603, 16604, 16605, 16609, 17191, 17195, 17196, 17197, 17200, 17205, 17206, 17207, 17208, 17209])),
            (130, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[745, 746, 747, 748, 1373, 1388, 1392, 1409, 1414, 1416, 1422, 1427, 1430, 1540, 1555, 1559, 1583, 1588, 1590, 1596, 1601, 1604, 3529, 3644, 3660, 3664, 3688, 3695, 3697, 3703, 3708, 3711, 4717, 5290, 9664, 9665, 9666, 9667, 9668, 9669, 9670, 9671, 9672, 9673, 9674, 9675, 9950, 9951, 11503, 11505, 11510, 11514, 11515, 11531, 11532, 11535, 11536, 11540, 11541, 11662, 11663, 11664, 11665, 11666, 11667, 11669, 11670, 11671, 11672, 11673, 11675, 11676, 11677, 11678, 12149, 12150, 12151, 12152, 12153, 12154, 12155, 12156, 12157, 12158, 12159, 12160, 12355, 12357, 12362, 12370, 12372, 12661, 14288, 14475, 14484, 14485, 14486, 14487, 14488, 14489, 14490, 14491, 14492, 14493, 14494, 14495, 14496, 14497, 14498, 14817, 14852, 14853, 14855, 14859, 14860, 14869, 14870, 14873, 14874, 14876, 14877, 14878, 15073, 15074, 15075, 15076, 15077, 15078, 15079, 15080, 15081, 15082, 15083, 15084, 15592, 15593, 15594, 15595, 15596, 15597, 15598, 15599, 15600, 15601, 15602, 15603, 15840, 16678, 16679, 16680, 16681, 16682, 16683, 16684, 16685, 16686, 16687, 16688, 16721, 16722, 16723, 16724, 16725, 16726, 16727, 16728, 16729, 16730, 16731, 16769, 16770, 16771, 16772, 16773, 16774, 16775, 16776, 16777, 16778, 16779, 16943, 16944, 16945, 16946, 16947, 16948, 16950, 16951, 16952, 16953, 16954, 16956, 16957, 16958, 16959, 16961, 16962, 16963, 16964, 16965, 16966, 16968, 16969, 16970, 16971, 16972, 16974, 16975, 16976, 16977, 17375, 17447, 17459, 17460, 17461, 17467, 17504]), Anchor::All(&[Anchor::Lits(&[8256, 10047, 10307, 12560, 12946, 13137, 17369, 17673, 17675]), Anchor::Lits(&[188, 195, 774, 1301, 1302, 2735, 2744, 3219, 3223, 3329, 3391, 3869, 3870, 4847, 4853, 4927, 4928, 5080, 5093, 5273, 5276, 5714, 5738, 6834, 6835]), Anchor::Lits(&[7956, 8342, 8343, 11660, 13588, 13736, 13855, 13896, 14483, 16938])]), Anchor::All(&[Anchor::Lits(&[674, 2488, 3928, 4193, 5117]), Anchor::Lits(&[12356, 12361, 12363, 12368, 12369, 12371, 12373, 12411, 12413, 12414, 12415, 12416, 12417, 12418])])])),
            (131, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[28, 30, 34, 38, 41, 43, 45, 49, 51, 269, 271, 273, 275, 280, 282, 284, 286, 288, 5798, 5800, 5830, 5832, 5835, 5840, 5842, 5854, 5856, 5932, 5934, 5937, 5941, 5953, 5960, 5962, 5976, 5980, 6077, 6079, 6104, 6106, 6109, 6111, 6113, 6125, 6127]), Anchor::Lits(&[492, 506, 552, 553, 559, 2594, 2614, 2673, 2674, 2700, 2758, 2759, 2760, 2761, 2762, 2804, 2817, 2868, 2869, 2881, 4135, 4136, 4145, 4146, 4147, 6200, 6251, 6432, 6433, 6483]), Anchor::Lits(&[9686, 9695, 9707, 10574, 10575, 12375, 13826, 13931, 14379, 14572, 14582, 14677, 14796, 14881, 14982, 15521, 16016, 16148, 16572])]), Anchor::All(&[Anchor::Lits(&[11811, 11816, 12494, 13937, 16876]), Anchor::Lits(&[324, 1070, 1924, 4529, 7075]), Anchor::Lits(&[9686, 9707, 10575, 13686, 13826, 14379, 14572, 14582, 14677, 14881, 15521, 15762, 16572])])]), Anchor::Lits(&[29, 31, 35, 39, 42, 44, 46, 50, 52, 270, 272, 274, 276, 281, 283, 285, 287, 289, 5799, 5801, 5831, 5833, 5836, 5841, 5843, 5855, 5857, 5933, 5935, 5938, 5942, 5954, 5961, 5963, 5977, 5981, 6078, 6080, 6105, 6107, 6110, 6112, 6114, 6126, 6128, 9687, 9708, 10576, 13687, 13827, 14380, 14573, 14583, 14678, 14882, 15522, 15763, 16573])])),
            (135, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[445, 451, 458, 476, 480, 858, 2415, 2445, 2957, 2960, 3532, 3600, 3620, 5215, 5244, 7036]), Anchor::Lits(&[177, 178, 184, 185, 579, 580, 773, 776, 934, 935, 936, 962, 1119, 1120, 1124, 2347, 3174, 3175, 3266, 3267]), Anchor::Any(&[Anchor::Lits(&[7883, 7895, 8221, 8402, 9684, 9685, 9773, 9776, 9777, 9779, 9923, 9924, 9925, 9926, 9927, 9928, 9929, 9930, 10460, 10465, 10466, 10467, 10468, 10469, 10475, 10476, 10477, 10856, 13649, 13746, 13820, 13931, 14165, 14849, 14946, 15462, 15520, 16571, 16655]), Anchor::All(&[Anchor::Lits(&[11251]), Anchor::Lits(&[107, 202, 4186, 4371, 5139, 5658])]), Anchor::All(&[Anchor::Lits(&[6263, 6287, 6301, 6338, 6339, 6341, 6371, 6390, 6399, 6424, 6455, 6482, 6497]), Anchor::Lits(&[9566, 10507, 10573, 10870, 11087, 12407, 14031, 14960, 16627, 16766, 16829])])])])),
            (136, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8220, 11659, 11812, 12631, 16616]), Anchor::All(&[Anchor::Lits(&[8806, 8807, 8916, 9663, 10584, 11500, 11502, 12148, 12781, 14671, 14672, 14850, 15604, 16536, 17224, 17995]), Anchor::Lits(&[8643, 8925, 9146, 9315, 10021, 10570, 10923, 10999, 11811, 12489, 12494, 12632, 13755, 13851, 14883, 15499, 15650, 15765, 15880])])]), Anchor::Lits(&[253, 686, 687, 750, 1136, 1688, 2485, 2486, 2526, 2588, 2886, 3310, 3518, 4968, 4969, 5115, 5498, 6186, 6578, 7011, 7749]), Anchor::Lits(&[607, 768, 931, 1006, 1009, 1319, 1320, 1648, 1649, 1875, 1876, 1929, 2587, 3248, 3249, 3312, 4408, 4453, 5126, 5439, 5440, 5537, 5688, 5689, 5742, 11813, 16617])])),
            (137, "hijack-the-task", Anchor::Lits(&[7792, 7793, 8248, 8249, 8255, 8257, 8548, 8549, 9009, 9010, 9175, 9176, 9519, 9520, 12304, 12305, 12327, 12337, 13971, 13972, 14200, 14201, 14284, 14285, 14286, 14287, 14479, 14480, 14499, 14500, 14603, 14605, 15663, 15664, 15668, 15669, 15673, 15674, 15815, 15816, 15819, 15820, 16316, 16317, 16632, 16633, 16949, 16955, 16967, 16973])),
            (139, "instruction-field", Anchor::Any(&[Anchor::Lits(&[8003, 8004, 8008, 8015, 8028, 8029, 8030, 8031, 8048, 8049, 8053, 8065, 8078, 8079, 8080, 8085, 8558, 8559, 8563, 8575, 8588, 8589, 8590, 8591, 8955, 8956, 8960, 8972, 8985, 8986, 8987, 8988, 9539, 9540, 9541, 9548, 9561, 9562, 9563, 9564, 12501, 12502, 12503, 12504, 12505, 12506, 12507, 12508, 12727, 12728, 12732, 12744, 12757, 12758, 12759, 12760, 15737, 15741, 15745, 15750, 15751, 15753, 15756, 15759]), Anchor::All(&[Anchor::Lits(&[1932, 1933, 1934, 1935, 1936, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1948, 1949, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2006, 2010, 2011, 2019, 2020, 2044, 2045, 2047, 2049, 2050, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2062, 2063, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 6202, 6203, 6204, 6205, 6206, 6207, 6208, 6211, 6212, 6215, 6216, 6219, 6224, 6225, 6226, 6227, 6246, 6247, 6248, 6252, 6253, 6254, 6255, 6256, 6257, 6258, 6259, 6260, 6261, 6262, 6264, 6265, 6266, 6267, 6268, 6269, 6270, 6271, 6272, 6273, 6274, 6275, 6276, 6277, 6278, 6279, 6280, 6281, 6282, 6283, 6284, 6285, 6286, 6302, 6303, 6306, 6307, 6310, 6312, 6356, 6387, 6388, 6396, 6397, 6437, 6438, 6440, 6442, 6443, 6444, 6445, 6448, 6449, 6452, 6453, 6457, 6463, 6464, 6466, 6467, 6512, 6513, 6514, 6515, 6516, 6517, 6518, 6519, 6520, 6521, 6522, 6523, 6524, 6525, 6526, 6527, 6528, 6529, 6530, 6531, 6532, 6533, 6534, 6535, 6536, 6537, 6538, 6539, 6540, 6541, 6542, 6543]), Anchor::Lits(&[7928, 7929, 9287, 9296, 9303, 9311, 9908, 9910, 9913, 9915, 12067, 12069, 12079, 12100, 12688, 12691, 12784, 12785, 13283, 13286, 13289, 13292, 13624, 13625, 13637, 13646, 14197, 14202, 15814, 15817, 15818, 15821, 16564, 16567])])])),
            (142, "conceal-from-the-people", Anchor::Any(&[Anchor::Lits(&[387, 391, 787, 788, 789, 829, 831, 835, 3285, 3286, 3360, 3377, 3389, 4531, 4532, 4533, 5142, 5143, 9675, 9951, 10050, 10077, 10079, 10114, 10117, 10125, 10126, 10127, 10128, 10129, 10134, 10168, 10174, 10310, 10350, 10352, 10388, 10391, 10400, 10401, 10402, 10403, 10404, 10409, 10443, 10449, 12957, 12973, 12975, 13007, 13010, 13017, 13018, 13019, 13020, 13021, 13026, 13059, 13064, 14288, 14878, 15603, 17374, 17405, 17407, 17446, 17450, 17457, 17459, 17460, 17461, 17462, 17466, 17503, 17522]), Anchor::All(&[Anchor::Lits(&[8344, 8345, 8346, 8347, 8348, 8349, 8350, 8351, 8352, 11470, 11471, 11472, 11473, 11474, 11475, 11476, 11477, 11478, 13171, 13173, 13175, 13176, 13177, 13178, 13185, 13190, 13192, 13219, 13221, 13223, 13224, 13225, 13226, 13235, 13240, 13242, 13262, 13263, 13265, 13266, 13267, 13268, 13272, 13276, 13277, 13856, 13857, 13858, 13859, 13860, 13861, 13862, 13863, 13864, 16153, 16154, 16155, 16156, 16157, 16158, 16162, 16165, 16166, 16167, 16168, 16169, 16170, 16171, 16172, 16173, 16174, 16175, 16189, 16190, 16191, 16192, 16193, 16194, 16195, 16196, 16197, 16240, 16241, 16242, 16243, 16244, 16245, 16246, 16247, 16248, 16278, 16279, 16280, 16281, 16282, 16283, 16284, 16285, 16286, 16344, 16346, 16349, 16350, 16351, 16352, 16370, 16376, 16378, 16961, 16962, 16963, 16964, 16965, 16966, 16972, 16976, 16977]), Anchor::Lits(&[15241])])])),
            (143, "data-leaves-by-side-channel", Anchor::Any(&[Anchor::Lits(&[1325, 1326, 1329, 1330, 1331, 2521, 2522, 5543, 7097, 7098, 7099, 7100, 7101, 7179, 7183, 7192, 7201, 7215, 17375, 17435, 17441, 17473, 17514, 17515, 17516]), Anchor::All(&[Anchor::Lits(&[330, 3748, 4164, 4669, 7192, 7255]), Anchor::Lits(&[9003, 9472, 12513, 15523]), Anchor::Lits(&[1121, 1626, 1813, 4687, 4840, 6662, 7258])]), Anchor::All(&[Anchor::Lits(&[330, 4669, 6648, 7255]), Anchor::Lits(&[766, 791, 1069, 2298, 3273, 4846, 5036, 5216, 5295, 5457]), Anchor::Lits(&[9566, 10486, 10870, 12709, 14239, 14242, 14451, 15734, 16766, 16829, 17554])]), Anchor::All(&[Anchor::Lits(&[2596, 2597, 2598, 2601, 2602, 2604, 2605, 2606, 2607, 2608, 2609, 2616, 2619, 2620, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2659, 2662, 2663, 2664, 2665, 2666, 2679, 2681, 2682, 2686, 2688, 2691, 2693, 2694, 2695, 2696, 2697, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2846, 2848, 2858, 2859, 2860, 2861, 2862, 2863, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 6210, 6213, 6214, 6218, 6223, 6229, 6231, 6233, 6234, 6235, 6236, 6305, 6308, 6309, 6314, 6315, 6316, 6317, 6318, 6319, 6320, 6321, 6322, 6323, 6324, 6327, 6328, 6329, 6330, 6331, 6332, 6333, 6334, 6335, 6336, 6337, 6354, 6373, 6412, 6414, 6417, 6418, 6420, 6421, 6447, 6450, 6451, 6456, 6461, 6469, 6471, 6473, 6474, 6476, 6477]), Anchor::Lits(&[381, 1049, 1050, 1051, 1052, 1155, 3159, 4424, 4629, 5114, 6547]), Anchor::Lits(&[7952, 8410, 10577, 11878, 12011, 13829, 14241, 17553])])])),
            (147, "conceal-the-steps", Anchor::Lits(&[265, 897, 1137, 1305, 1909, 1910, 2751, 4285, 4286, 4287, 4288, 4297, 4302, 4303, 4304, 4307, 4718, 5121, 5291, 7013, 7749, 10089, 10113, 10119, 10121, 10124, 10146, 10149, 10153, 10160, 10363, 10387, 10393, 10395, 10399, 10421, 10424, 10428, 10435, 11827, 11828, 11829, 11830, 11833, 11834, 11835, 11836, 11845, 11846, 11857, 11858, 11859, 11860, 11861, 11862, 12012, 12013, 12014, 12015, 12016, 12017, 12018, 12019, 12020, 12021, 12022, 12023, 12024, 12025, 12026, 12027, 12132, 12133, 12134, 12135, 12136, 12137, 12138, 12139, 12140, 12141, 12142, 12143, 12144, 12145, 12146, 12147, 12986, 13006, 13012, 13014, 13016, 13035, 13039, 13043, 13051, 13137, 15014, 15017, 17454, 17463, 17485, 17491, 17495])),
            (149, "assert-a-falsehood", Anchor::Lits(&[578, 958, 1041, 3378, 3854, 4587, 4851, 5088, 5481, 5715, 5718, 5719, 5720, 5721, 5722, 5723, 5724, 5725, 5726, 5727, 5728, 5729, 5730, 5731, 5732, 5734, 5735, 7263])),
            (150, "user-kept-out-of-the-loop", Anchor::Any(&[Anchor::Lits(&[217, 218, 220, 221, 222, 223, 352, 353, 354, 355, 357, 358, 493, 494, 496, 497, 498, 499, 500, 501, 502, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 520, 535, 538, 543, 544, 546, 547, 548, 1725, 1727, 1728, 1729, 1730, 1732, 10054, 10058, 10078, 10083, 10084, 10115, 10135, 10169, 10315, 10319, 10351, 10356, 10357, 10389, 10410, 10444, 12789, 12790, 12791, 12792, 12793, 12794, 12795, 12796, 12798, 12799, 12800, 12801, 12802, 12803, 12804, 12805, 12903, 12904, 12905, 12906, 12907, 12908, 12909, 12910, 12911, 12912, 12913, 12914, 12915, 12916, 12917, 12918, 12960, 12965, 12974, 12979, 12980, 13008, 13027, 13060, 13137, 15016, 15018, 15019, 15020, 15021, 15025, 15026, 15028, 15031, 15032, 15033, 15034, 15035, 15039, 15040, 15042]), Anchor::All(&[Anchor::Lits(&[390, 1689, 2289, 2291, 5275, 6634]), Anchor::Lits(&[10051, 10095, 10106, 10107, 10161, 10170, 10223, 10229, 10232, 10233, 10240, 10241, 10283, 10291, 10294, 10295, 10303, 10304, 10311, 10369, 10380, 10381, 10436, 10445, 12958, 12992, 13000, 13001, 13052, 13061, 15015, 15022, 15023, 15024, 15027, 15029, 15030, 15036, 15037, 15038, 15041, 15043, 17257, 17262, 17265, 17266, 17277, 17278, 17524, 17529, 17532, 17533, 17544, 17545])])])),
            (151, "kept-from-the-record", Anchor::Lits(&[1460, 1461, 1463, 1464, 1466, 1470, 1473, 1500, 1501, 1503, 1504, 1506, 1510, 1513, 1561, 1563, 1567, 1569, 1570, 1571, 1574, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 3533, 3534, 3536, 3537, 3539, 3543, 3546, 3578, 3580, 3585, 3587, 3589, 3593, 3598, 3602, 3603, 3605, 3606, 3608, 3612, 3615, 3669, 3670, 3671, 3672, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680, 3681, 3682, 3929, 3930, 3931, 3932, 3933, 3934, 3935, 3936, 3937, 3938, 3939, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3949, 3950, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3961, 3962, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 3979, 3980, 3981, 3982, 3983, 3984, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026, 4027, 4028, 4029, 4030, 4031, 4032, 4033, 4034, 4194, 4195, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4289, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4298, 4299, 4300, 4301, 4305, 4306, 4308, 5245, 5246, 5248, 5249, 5251, 5255, 5258, 5259, 5260, 5262, 5263, 5265, 5269, 5272, 7043, 7044, 7048, 7051, 7053, 7059, 7068, 7223, 7224, 7228, 7231, 7233, 7239, 7248, 7930, 7931, 7932, 7933, 7934, 7935, 9048, 9049, 9050, 9051, 9052, 9053, 9119, 9120, 9121, 9122, 9123, 9124, 9299, 9300, 9301, 9302, 9313, 9314, 13228, 13233, 13402, 13403, 13404, 13405, 13406, 13407, 13408, 13409, 13410, 13411, 13412, 13413, 13414, 13415, 13416, 13417, 13418, 13419, 14245, 14246, 14247, 14248, 14260, 14261, 15401, 15402, 15403, 15404, 15576, 15577, 15578, 15579, 15588, 15589, 15605, 15606, 15607, 15608, 15609, 15610])),
            (153, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[10479, 11193, 11223, 11613, 11656, 11711, 12396, 13435, 13685, 13735, 13914, 13926, 13928, 14154, 14208, 14209, 17558]), Anchor::Lits(&[582, 587, 588, 589, 590, 591, 592, 593, 594, 624, 625, 626, 627, 628, 629, 630, 631, 632, 1931, 2012, 2014, 2015, 2016, 2017, 2018, 2021, 2023, 2594, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2804, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 4063, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4135, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4555, 4556, 4557, 4558, 4559, 4560, 4561, 4562, 4563, 6200, 6389, 6391, 6392, 6393, 6394, 6395, 6398, 6400, 6749, 6769, 6770, 6771, 6772, 6773, 6774, 6775, 6776]), Anchor::Lits(&[8789, 8790, 9531, 9565, 9781, 10485, 10857, 10869, 11086, 12406, 12543, 12708, 12783, 14030, 14238, 14241, 14450, 14815, 14959, 15000, 15012, 15649, 15733, 16626, 16765, 16828, 17553])]), Anchor::All(&[Anchor::Lits(&[13915, 13925, 13927, 14154]), Anchor::Lits(&[7894, 9004, 9381, 9846, 10454, 10573, 10585, 10981, 11877, 12397, 12540, 14473, 14476, 14980, 15001, 15118, 15646]), Anchor::Lits(&[678, 680, 1121, 1626, 1658, 1803, 1813, 2146, 3187, 3483, 3522, 4682, 4840, 5147, 5216, 5239, 5535, 5656, 6585, 6662, 6684])])]), Anchor::Lits(&[679, 681, 1116, 1122, 1217, 1627, 1659, 1804, 1814, 2147, 3188, 3299, 3484, 3523, 4492, 4493, 4494, 4550, 4628, 4683, 4688, 4841, 5078, 5148, 5150, 5217, 5240, 5536, 5657, 6586, 6663, 6685, 7259])])),
            (156, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[9525, 9526, 9527, 9528, 9529, 9530, 10027, 10028, 10029, 10030, 10031, 10032, 10033, 10034, 10035, 10036, 10037, 10038, 10039, 10040, 10041, 10042, 10043, 10044, 11481, 11482, 11483, 11484, 11485, 11486, 11650, 11651, 11652, 11653, 11654, 11655, 13836, 13837, 13838, 13839, 13840, 13841, 14268, 14269, 14270, 14271, 14272, 14273, 14276, 14277, 14278, 14279, 14280, 14281, 14385, 14386, 14387, 14388, 14389, 14390, 15653, 15654, 15655, 15656, 15657, 15658, 16877, 16878, 16879, 16880, 16881, 16882, 16883, 16884, 16885, 16940, 16941, 16942]), Anchor::Lits(&[9037, 10921, 12524, 13932, 14478])])),
            (157, "ship-whole-table-to-own-endpoint", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[25, 26, 27, 266, 267, 268, 277, 278, 279, 336, 338, 344, 3557, 3558, 3559, 5413, 5414, 5415]), Anchor::All(&[Anchor::Lits(&[16538, 16543, 16548, 16554, 16557, 16559, 17295, 17300, 17305, 17323, 17347, 17349]), Anchor::Lits(&[7813, 7816, 7824, 8231, 8238, 8261, 12808, 15472, 16103]), Anchor::Any(&[Anchor::Lits(&[7812, 7815, 7823, 8230, 8237, 8260, 12807, 15471, 16102]), Anchor::All(&[Anchor::Lits(&[2615]), Anchor::Lits(&[7805, 8228])])])])]), Anchor::Lits(&[977, 1122, 1804, 1814, 2147, 3188, 3484, 4502, 4550, 4683, 4841, 5148, 5217, 5240, 5536, 5657, 6586, 6685])])),
            (158, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[7889, 7890, 8403, 8405, 8811, 9687, 13327, 13819, 13821, 13827, 13833, 13843, 14166, 14167, 14391, 14850, 14882, 14983]), Anchor::Lits(&[913, 1308, 1627, 1644, 1659, 2303, 4311, 4434, 4550, 4612, 4758, 4925, 4927, 5148, 5217, 5273, 5714, 6641]), Anchor::Lits(&[542, 676, 1930, 2171, 2482, 2593, 2803, 3899, 4062, 5344, 6199, 6667, 6669, 6734])])),
            (159, "keep-it-from-security", Anchor::Any(&[Anchor::Lits(&[8766, 8767, 8768, 8769, 8776, 8777, 8778, 8779, 8780, 8781, 8782, 8783, 9015, 9016, 9017, 9018, 9019, 9020, 9026, 9027, 9028, 9029, 9030, 9031, 10197, 10198, 10199, 10200, 10201, 10202, 10203, 10204, 10205, 10206, 10207, 10208, 11199, 11200, 11201, 11202, 11203, 11204, 11215, 11216, 11217, 11218, 11219, 11220, 15121, 15122, 15137, 15145, 15165, 15167, 15181, 15182, 15183, 15184, 15185, 15186]), Anchor::All(&[Anchor::Lits(&[8909, 10047, 10307, 12433, 12434, 12946, 13137, 13195, 17369]), Anchor::Lits(&[188, 195, 568, 575, 774, 775, 914, 915, 2281, 2295, 2735, 2744, 2900, 2901, 3219, 3288, 3289, 3361, 3379, 3390, 3392, 3393, 3394, 3869, 3870, 5714, 5738, 6823, 6824]), Anchor::Lits(&[7976, 8431, 8478, 9034, 9111, 9172, 9323, 9712, 10453, 11226, 11936, 12176, 12419, 12606, 12845, 13680, 14153, 14848, 15056, 15070, 15461, 16110])])])),
            (160, "send-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1053, 1326, 1330, 1332, 1333, 4929, 5398]), Anchor::All(&[Anchor::Lits(&[8810, 9693, 10855, 13933, 14030, 14238, 14959, 15649, 16634, 16828]), Anchor::Lits(&[0, 2, 15, 17, 18, 19, 20, 21, 22, 23]), Anchor::Lits(&[7794, 7795, 7796, 7798, 7799, 7800, 7801, 7802, 7803, 7804])]), Anchor::All(&[Anchor::Lits(&[6209, 6222, 6228, 6230, 6237, 6240, 6304, 6372, 6400, 6408, 6413, 6422, 6446, 6460, 6468, 6470, 6478, 6481, 6511]), Anchor::Any(&[Anchor::Lits(&[9007, 12115, 13081, 13935, 14481, 17104]), Anchor::All(&[Anchor::Lits(&[1303, 5335, 5711, 6899]), Anchor::Lits(&[12808])])])])]), Anchor::Lits(&[1304, 5336, 5712, 6900, 7794, 7795, 7796, 7798, 7799, 7800, 7801, 7802, 7803, 7804, 9008, 12116, 13082, 13467, 13468, 13469, 13470, 13471, 13472, 13473, 13474, 13475, 13476, 13477, 13478, 13479, 13480, 13481, 13482, 13483, 13484, 13485, 13486, 13487, 13488, 13489, 13490, 13491, 13492, 13493, 13494, 13495, 13496, 13497, 13498, 13539, 13540, 13541, 13542, 13543, 13544, 13545, 13546, 13548, 13559, 13560, 13561, 13562, 13563, 13566, 13567, 13570, 13571, 13572, 13573, 13574, 13575, 13576, 13577, 13578, 13579, 13580, 13581, 13582, 13583, 13584, 13585, 13701, 13702, 13703, 13704, 13705, 13936, 14482, 16506, 16507, 16508, 16509, 16510, 16981, 16982, 16983, 16984, 16985, 17042, 17043, 17044, 17045, 17046, 17105])])),
            (161, "send-outside-the-company", Anchor::Lits(&[1820, 1822, 1823, 1824, 1826, 1827, 2330, 6045, 6046, 6047, 6048, 6049, 6050, 13698, 13916, 13917, 13918, 13919, 13920, 13921, 13922, 13923, 14074, 14217, 14218, 14219, 14220, 14221, 14222, 14223, 14224])),
            (162, "disclose-secret-values", Anchor::Any(&[Anchor::Lits(&[968, 973, 1207, 4519, 4520, 6655, 6667, 6669, 11880, 11881, 11882, 11883, 11884, 11885, 11886, 11887, 11888, 11889, 11890, 11891, 11892, 11893, 11894, 11895, 11896, 11897, 11898, 11899, 11900, 11901, 11902, 11903, 11904, 11905, 11906, 11907, 11908, 11909, 11910, 11911, 11912, 11913, 11914, 11915]), Anchor::All(&[Anchor::Lits(&[1698, 1699, 1700, 1702, 1705, 4613]), Anchor::Lits(&[9959, 10485, 10567, 11180, 11878, 12495, 13686, 13829, 14114, 14590, 14959, 15044, 15838]), Anchor::Lits(&[323, 1153, 3156, 4424, 5114, 6547, 7149, 7323, 7337])]), Anchor::All(&[Anchor::Lits(&[1076, 1082, 6726, 6727]), Anchor::Lits(&[84, 381, 4420, 4424, 4629, 5114, 6547]), Anchor::Lits(&[7953, 10568, 11179, 11879, 13830, 14115, 14242, 14588, 14591, 14960, 15045, 15823, 17554])]), Anchor::All(&[Anchor::Lits(&[8406, 9272, 13326, 13818, 14851, 14864]), Anchor::Lits(&[9960, 10486, 10871, 11179, 13687, 13830, 14115, 14335, 14591, 14960, 15001, 15045, 15823])]), Anchor::All(&[Anchor::Lits(&[9127, 9140, 9147, 9150, 9902, 9903, 12437, 12438]), Anchor::Lits(&[8402, 13818, 13820, 13832, 14165, 14849, 16571])])])),
            (163, "risky-action-on-someone-elses-word", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[7954, 9678, 9679, 9680, 9681, 9682, 9683, 9777, 10457, 10460, 10461, 10462, 10466, 10468, 10470, 10471, 10874, 10875, 10876, 11022, 11176, 11177, 11946, 13278, 13732, 13733, 14232, 14240, 14336, 14515, 14585, 14641, 15662, 16655]), Anchor::All(&[Anchor::Lits(&[11251]), Anchor::Lits(&[107, 219, 2592, 4186, 4371, 5139, 5658, 6707])]), Anchor::All(&[Anchor::Lits(&[2613, 2658, 2667, 2670, 2706, 2816, 2857, 2866, 2867, 2882, 5901, 5949, 5964, 5969, 6000, 6242, 6411, 6426, 6431, 6510]), Anchor::Lits(&[7952, 8546, 8639, 11178, 12783, 14193, 14241])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[7797, 8201, 8648, 8652, 8687, 9329, 12161, 12424, 12638, 12707, 12786, 12938, 13824, 13825, 14981, 16671]), Anchor::All(&[Anchor::Lits(&[12937]), Anchor::Lits(&[11713, 17557])]), Anchor::All(&[Anchor::Lits(&[14676]), Anchor::Lits(&[11713, 17557])])]), Anchor::Lits(&[16, 244, 614, 621, 637, 638, 1019, 2902, 2903, 3207, 3313, 3481, 3527, 3626, 3627, 3628, 4427, 4428, 4974, 4975, 5167, 5168, 6640]), Anchor::Lits(&[9013, 9771, 9812, 9921, 9933, 10455, 10853, 12441, 12525, 14415, 14423, 14431, 15700, 15706, 15779, 16663, 16689, 16812])]), Anchor::All(&[Anchor::Lits(&[174, 623, 974, 1066, 1090, 1166, 1817, 2139, 2161, 2799, 2801, 4316, 4325, 4409, 4603, 4639, 4759, 4873, 5579, 6043, 6044, 6730]), Anchor::Lits(&[9273, 9565, 10485, 10869, 11086, 11178, 12543, 12783, 14030, 14238, 14450, 14959, 15000, 15002, 16626, 16765, 16828]), Anchor::Lits(&[1930, 2803, 6199, 7075])]), Anchor::All(&[Anchor::Lits(&[331, 335, 338, 340, 343, 344, 1819, 1821, 1825, 1828, 1829, 1830, 4318, 4319, 4320, 4321, 4322, 4323, 4760, 4761, 4762, 4763, 4764, 4765]), Anchor::Lits(&[16539, 16540, 16541, 16542, 16544, 16545, 16546, 16547, 16549, 16551, 16555, 16556, 16558, 16560, 16561, 16562, 17296, 17297, 17298, 17299, 17301, 17302, 17303, 17304, 17306, 17322, 17345, 17346, 17348, 17350, 17351, 17352])]), Anchor::All(&[Anchor::Lits(&[583, 584, 585, 586, 595, 596, 2818, 2844, 2845, 2847, 2864, 2865, 6301, 6339, 6341, 6371, 6424, 6425]), Anchor::Lits(&[9566, 11087, 12544, 14031, 14239, 14960, 15001, 16829])]), Anchor::All(&[Anchor::Lits(&[107, 4186, 5139, 5658, 6707]), Anchor::Lits(&[7894, 7957, 12518, 16939]), Anchor::Lits(&[7953, 9677, 12550, 14210, 14991, 14992])]), Anchor::All(&[Anchor::Lits(&[13830, 14031, 14226, 14960, 15001]), Anchor::Lits(&[381, 1155, 3159, 4424, 6547])]), Anchor::All(&[Anchor::Lits(&[6241, 6419, 6434, 6475, 7076, 7109, 7122, 7128]), Anchor::Lits(&[16887]), Anchor::Lits(&[15001])]), Anchor::All(&[Anchor::Lits(&[10456]), Anchor::Lits(&[1186, 1189, 5105, 5685, 6832])]), Anchor::All(&[Anchor::Lits(&[10639, 13313, 13363, 17279]), Anchor::Lits(&[9707, 9719, 11556, 12520, 14379, 14677, 14832, 15762])]), Anchor::All(&[Anchor::Lits(&[9772, 10456, 14233, 14424, 16656, 17279]), Anchor::Lits(&[202, 1630, 1694, 1723, 7030])])]), Anchor::Any(&[Anchor::Lits(&[805, 2660, 2736, 2989, 2991, 2993, 2994, 2996, 3000, 3003, 3005, 3007, 3009, 3010, 3011, 3013, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3085, 3087, 3089, 3090, 3092, 3096, 3099, 3101, 3103, 3105, 3106, 3107, 3109, 4181, 5803, 5805, 5807, 5808, 5810, 5814, 5817, 5819, 5821, 5823, 5824, 5825, 5827, 5875, 5877, 5879, 5880, 5882, 5886, 5889, 5891, 5893, 5895, 5896, 5897, 5899, 6668, 6733, 7987, 8212, 8213, 8214, 8215, 8216, 8217, 8218, 8219, 9422, 9426, 9427, 9428, 9429, 9430, 9500, 9501, 9502, 9503, 9504, 9505, 9506, 9507, 9508, 9509, 9510, 9511, 10140, 10415, 11100, 11345, 11346, 11347, 11348, 11349, 11350, 11489, 11490, 11491, 11492, 11493, 11494, 11495, 11496, 11497, 11923, 11924, 11925, 11926, 11927, 11928, 11929, 11930, 11935, 12040, 12041, 12042, 12043, 12044, 12045, 12046, 12047, 12048, 12049, 12050, 12051, 12056, 12107, 12108, 12109, 12110, 12111, 12112, 13087, 13135, 13212, 13428, 13429, 13430, 13431, 13432, 13433, 13611, 13612, 13613, 13614, 13615, 13616, 13617, 13618, 13775, 13784, 13817, 14339, 14343, 14344, 14345, 14346, 14347, 14417, 14993, 14994, 14995, 14996, 14997, 14998, 15166, 15258, 15259, 15260, 15261, 15262, 15263, 15264, 15266, 15267, 15271, 15272, 15273, 15274, 15275, 15276, 15277, 15278, 15279, 15375, 15376, 15377, 15378, 15379, 15380, 15381, 15382, 15383, 15425, 15426, 15427, 15428, 15429, 15430, 15431, 15432, 15433, 15434, 15435, 15436, 15437, 15438, 15439, 15440, 15441, 15442, 15443, 15444, 15445, 15446, 15447, 15448, 15449, 15450, 15451, 15452, 15453, 15454, 15455, 15456, 15457, 15458, 15459, 15460, 16277, 16328, 16329, 16330, 16331, 16332, 16333, 16334, 16335, 16336, 16576, 16782, 16783, 16784, 16785, 16786, 16787, 16788, 16789, 16999, 17000, 17001, 17002, 17003, 17004, 17005, 17006, 17214, 17215, 17216, 17217, 17218, 17219, 17220, 17221, 17222, 17244, 17248, 17249, 17250, 17251, 17252, 17373, 17425, 17469, 17480, 17513]), Anchor::All(&[Anchor::Lits(&[6876, 6881, 6888, 6889, 6890, 6891, 6892, 6894, 6907, 6913, 7292, 7318, 7325, 7368, 7707]), Anchor::Lits(&[8037, 8635, 8636, 9420, 12662, 14786, 14816, 15876, 15877, 16578, 16586, 16587])]), Anchor::All(&[Anchor::Lits(&[7893, 8513, 13423, 13865]), Anchor::Lits(&[88, 4836, 5065, 5403, 5580])]), Anchor::All(&[Anchor::Lits(&[89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 5066, 5067, 5068, 5069, 5070, 5071, 5072, 5073, 5074, 5404, 5405, 5406, 5407, 5408, 5409, 5410, 5411, 5412, 5581, 5582, 5583, 5584, 5585, 5586, 5587, 5588, 5589, 5590, 5591, 5592, 5593, 5594, 5595, 5596, 5597, 5598, 5599, 5600, 5601, 5602, 5603, 5604, 5605, 5606, 5607, 5608, 5609, 5610, 5611, 5612, 5613, 5614, 5615, 5616]), Anchor::Lits(&[15196, 15197, 15231, 15234, 15237, 15952, 15953, 16199, 16213, 16214, 16289, 16290, 16291, 16292, 16293, 16294, 16295, 16296, 16297, 16298, 16300, 16301, 16302, 16303, 16304, 16994, 16995, 16996, 16997, 16998])]), Anchor::All(&[Anchor::Lits(&[438, 569, 576, 640, 658, 959, 960, 971, 1043, 2763, 2778, 3206, 3616, 4782, 4854, 4855, 5051, 5079, 5287, 5739, 6550, 6830, 7268]), Anchor::Lits(&[7996, 8654, 9271, 9471, 9497, 9694, 10873, 11085, 11110, 12113, 12117, 13698, 13700, 13758, 14101, 14180, 14512, 15693, 16381, 16382, 16993])]), Anchor::All(&[Anchor::Lits(&[204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 2988, 2990, 2992, 2995, 2997, 2998, 2999, 3001, 3002, 3004, 3006, 3008, 3012, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3084, 3086, 3088, 3091, 3093, 3094, 3095, 3097, 3098, 3100, 3102, 3104, 3108, 5802, 5804, 5806, 5809, 5811, 5812, 5813, 5815, 5816, 5818, 5820, 5822, 5826, 5874, 5876, 5878, 5881, 5883, 5884, 5885, 5887, 5888, 5890, 5892, 5894, 5898, 6081, 6082, 6083, 6085, 6086, 6087, 6089, 6091, 6092, 6093, 6094, 6095, 6097, 6129, 6130, 6131, 6132, 6133, 6134, 6135, 6136, 6137, 6138, 6139, 6140, 6141, 6873, 6874, 6875, 6877, 6878, 6879, 6880, 6882, 6883, 6884, 6885, 6886, 6887, 6904, 6905, 6906, 6908, 6909, 6910, 6912, 6915, 6919, 6921, 6923, 6926, 6930, 7289, 7290, 7291, 7293, 7295, 7296, 7297, 7300, 7301, 7302, 7303, 7306, 7310, 7704, 7705, 7706, 7708, 7710, 7711, 7712, 7715, 7716, 7717, 7718, 7720, 7722]), Anchor::Lits(&[8635, 8636, 9420, 12030, 12031, 14192, 14786, 14819, 15732, 16578, 16587])]), Anchor::All(&[Anchor::Lits(&[9325, 9326, 9327, 9330, 9331, 9332, 9333, 9338, 11938, 11939, 11940, 11941, 11942, 11943, 11944, 11945, 12177, 12178, 12179, 12190, 12191, 12208, 12211, 12212, 12421, 12422, 12423, 12425, 12426, 12427, 12428, 12429, 12608, 12609, 12610, 12611, 12612, 12613, 12614, 12615, 12847, 12848, 12849, 12850, 12851, 12852, 12853, 12854, 14888, 14890, 14892, 14907, 14908, 14909, 14916, 14925, 14926, 14927, 14928, 14935, 14936, 14937, 14939, 14940, 16058, 16059, 16060, 16061, 16062, 16063, 16064, 16065, 16150, 16151, 16152, 16159, 16160, 16161, 16163, 16164]), Anchor::Lits(&[12663, 14787, 14820, 16579, 16588])]), Anchor::All(&[Anchor::Lits(&[794, 795, 796, 797, 798, 799, 800, 801, 805, 808, 809, 810, 811, 812, 813, 814, 815, 819, 820, 2595, 2599, 2603, 2611, 2618, 2622, 2623, 2635, 2661, 2668, 2669, 2671, 2672, 2678, 2687, 2689, 2692, 2707, 2722, 4064, 4065, 4066, 4067, 4081, 4083, 4084, 4085, 4099, 4100, 4101, 4102, 4103, 4108, 4109, 4110, 4111, 4115, 4118, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4342, 4343, 4344, 4345, 4349, 4351, 6751, 6752, 6756, 6760, 6762, 6763, 6764, 6765, 6784, 6787, 6789, 6790, 6791, 6793, 6795, 6798, 6799, 6810, 6811]), Anchor::Lits(&[8037, 8454, 8696, 8709, 8924, 9257, 9437, 11265, 11266, 13379, 13380, 13389, 15056, 15061])]), Anchor::All(&[Anchor::Lits(&[448, 454, 972, 2267, 2400, 2425, 2915, 2921, 3167, 4039, 4040, 5052, 5053, 5054, 5287]), Anchor::Lits(&[8645, 9106, 9108, 9173, 9324, 9692, 9709, 10945, 11164, 11658, 11937, 12405, 12420, 12607, 12846, 14887, 16057, 16101, 16149])]), Anchor::All(&[Anchor::Lits(&[8432, 8433, 8434, 8437, 8692, 8693, 8694, 8695, 8705, 8706, 8707, 8708, 11194, 11195, 11196, 11197, 13877, 13878, 13879, 13880, 15057, 15058, 15059, 15060]), Anchor::Lits(&[8654, 8936, 9105, 9107, 9172, 9271, 9471, 9524, 9650, 9691, 11479, 12403, 12419, 12616, 13736, 13758, 14886, 16993, 17050])]), Anchor::All(&[Anchor::Lits(&[7893, 8513, 8514, 9012, 13424, 13865]), Anchor::Lits(&[7996, 8654, 9271, 9471, 9497, 9694, 10873, 11085, 11110, 11163, 12113, 12117, 12424, 13698, 13700, 13758, 14101, 14180, 14512, 15693, 16381, 16382, 16993])]), Anchor::All(&[Anchor::Lits(&[9156, 9157, 9158, 9159, 9316, 9317, 9318, 9319, 9423, 9424, 9425, 9431, 9493, 9494, 9495, 9496, 10023, 10024, 10025, 10026, 10189, 10190, 10191, 10192, 10193, 10194, 10195, 10196, 11303, 11304, 11305, 11306, 11344, 11351, 11352, 11353, 12075, 12080, 12092, 12101, 12545, 12546, 12547, 12548, 12687, 12689, 12690, 12692, 13282, 13284, 13285, 13287, 13288, 13290, 13291, 13293, 14033, 14034, 14035, 14036, 14228, 14229, 14230, 14231, 14340, 14341, 14342, 14348, 14744, 14745, 14746, 14747, 14843, 14844, 14845, 14846, 15507, 15508, 15509, 15510, 16521, 16522, 16523, 16524, 16563, 16565, 16566, 16568, 17241, 17242, 17243, 17245, 17246, 17247, 17253, 17254]), Anchor::Lits(&[7996, 8654, 9271, 9471, 9497, 9694, 10872, 11079, 11110, 12113, 12117, 13697, 13700, 13758, 14101, 14180, 14512, 15693, 16381, 16382, 16757, 16993])]), Anchor::All(&[Anchor::Lits(&[7996, 8654, 9271, 9471, 9497, 9694, 10873, 11085, 11110, 12113, 12117, 13698, 13700, 13758, 14101, 14180, 14512, 15693, 16381, 16382, 16993]), Anchor::Lits(&[944, 1005, 1046, 1089, 1323, 1440, 1658, 1840, 2375, 2397, 2785, 3298, 3462, 3853, 4566, 4677, 4768, 5006, 5111, 5443, 5708, 6184, 6546, 6556, 7034])])])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[7954, 9678, 9679, 9680, 9681, 9682, 9683, 9777, 10457, 10460, 10461, 10462, 10466, 10468, 10470, 10471, 10874, 10875, 10876, 11022, 11176, 11177, 11946, 13278, 13732, 13733, 14232, 14240, 14336, 14515, 14585, 14641, 15662, 16655]), Anchor::All(&[Anchor::Lits(&[11251]), Anchor::Lits(&[107, 219, 2592, 4186, 4371, 5139, 5658, 6707])]), Anchor::All(&[Anchor::Lits(&[2613, 2658, 2667, 2670, 2706, 2816, 2857, 2866, 2867, 2882, 5901, 5949, 5964, 5969, 6000, 6242, 6411, 6426, 6431, 6510]), Anchor::Lits(&[7952, 8546, 8639, 11178, 12783, 14193, 14241])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[7797, 8201, 8648, 8652, 8687, 9329, 12161, 12424, 12638, 12707, 12786, 12938, 13824, 13825, 14981, 16671]), Anchor::All(&[Anchor::Lits(&[12937]), Anchor::Lits(&[11713, 17557])]), Anchor::All(&[Anchor::Lits(&[14676]), Anchor::Lits(&[11713, 17557])])]), Anchor::Lits(&[16, 244, 614, 621, 637, 638, 1019, 2902, 2903, 3207, 3313, 3481, 3527, 3626, 3627, 3628, 4427, 4428, 4974, 4975, 5167, 5168, 6640]), Anchor::Lits(&[9013, 9771, 9812, 9921, 9933, 10455, 10853, 12441, 12525, 14415, 14423, 14431, 15700, 15706, 15779, 16663, 16689, 16812])]), Anchor::All(&[Anchor::Lits(&[174, 623, 974, 1066, 1090, 1166, 1817, 2139, 2161, 2799, 2801, 4316, 4325, 4409, 4603, 4639, 4759, 4873, 5579, 6043, 6044, 6730]), Anchor::Lits(&[9273, 9565, 10485, 10869, 11086, 11178, 12543, 12783, 14030, 14238, 14450, 14959, 15000, 15002, 16626, 16765, 16828]), Anchor::Lits(&[1930, 2803, 6199, 7075])]), Anchor::All(&[Anchor::Lits(&[331, 335, 338, 340, 343, 344, 1819, 1821, 1825, 1828, 1829, 1830, 4318, 4319, 4320, 4321, 4322, 4323, 4760, 4761, 4762, 4763, 4764, 4765]), Anchor::Lits(&[16539, 16540, 16541, 16542, 16544, 16545, 16546, 16547, 16549, 16551, 16555, 16556, 16558, 16560, 16561, 16562, 17296, 17297, 17298, 17299, 17301, 17302, 17303, 17304, 17306, 17322, 17345, 17346, 17348, 17350, 17351, 17352])]), Anchor::All(&[Anchor::Lits(&[583, 584, 585, 586, 595, 596, 2818, 2844, 2845, 2847, 2864, 2865, 6301, 6339, 6341, 6371, 6424, 6425]), Anchor::Lits(&[9566, 11087, 12544, 14031, 14239, 14960, 15001, 16829])]), Anchor::All(&[Anchor::Lits(&[107, 4186, 5139, 5658, 6707]), Anchor::Lits(&[7894, 7957, 12518, 16939]), Anchor::Lits(&[7953, 9677, 12550, 14210, 14991, 14992])]), Anchor::All(&[Anchor::Lits(&[13830, 14031, 14226, 14960, 15001]), Anchor::Lits(&[381, 1155, 3159, 4424, 6547])]), Anchor::All(&[Anchor::Lits(&[6241, 6419, 6434, 6475, 7076, 7109, 7122, 7128]), Anchor::Lits(&[16887]), Anchor::Lits(&[15001])]), Anchor::All(&[Anchor::Lits(&[10456]), Anchor::Lits(&[1186, 1189, 5105, 5685, 6832])]), Anchor::All(&[Anchor::Lits(&[10639, 13313, 13363, 17279]), Anchor::Lits(&[9707, 9719, 11556, 12520, 14379, 14677, 14832, 15762])]), Anchor::All(&[Anchor::Lits(&[9772, 10456, 14233, 14424, 16656, 17279]), Anchor::Lits(&[202, 1630, 1694, 1723, 7030])])]), Anchor::Any(&[Anchor::Lits(&[805, 2660, 2736, 2989, 2991, 2993, 2994, 2996, 3000, 3003, 3005, 3007, 3009, 3010, 3011, 3013, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3077, 3078, 3079, 3080, 3081, 3082, 3085, 3087, 3089, 3090, 3092, 3096, 3099, 3101, 3103, 3105, 3106, 3107, 3109, 4181, 5803, 5805, 5807, 5808, 5810, 5814, 5817, 5819, 5821, 5823, 5824, 5825, 5827, 5875, 5877, 5879, 5880, 5882, 5886, 5889, 5891, 5893, 5895, 5896, 5897, 5899, 6668, 6733, 7987, 8212, 8213, 8214, 8215, 8216, 8217, 8218, 8219, 9422, 9426, 9427, 9428, 9429, 9430, 9500, 9501, 9502, 9503, 9504, 9505, 9506, 9507, 9508, 9509, 9510, 9511, 10140, 10415, 11100, 11345, 11346, 11347, 11348, 11349, 11350, 11489, 11490, 11491, 11492, 11493, 11494, 11495, 11496, 11497, 11923, 11924, 11925, 11926, 11927, 11928, 11929, 11930, 11935, 12040, 12041, 12042, 12043, 12044, 12045, 12046, 12047, 12048, 12049, 12050, 12051, 12056, 12107, 12108, 12109, 12110, 12111, 12112, 13087, 13135, 13212, 13428, 13429, 13430, 13431, 13432, 13433, 13611, 13612, 13613, 13614, 13615, 13616, 13617, 13618, 13775, 13784, 13817, 14339, 14343, 14344, 14345, 14346, 14347, 14417, 14993, 14994, 14995, 14996, 14997, 14998, 15166, 15258, 15259, 15260, 15261, 15262, 15263, 15264, 15266, 15267, 15271, 15272, 15273, 15274, 15275, 15276, 15277, 15278, 15279, 15375, 15376, 15377, 15378, 15379, 15380, 15381, 15382, 15383, 15425, 15426, 15427, 15428, 15429, 15430, 15431, 15432, 15433, 15434, 15435, 15436, 15437, 15438, 15439, 15440, 15441, 15442, 15443, 15444, 15445, 15446, 15447, 15448, 15449, 15450, 15451, 15452, 15453, 15454, 15455, 15456, 15457, 15458, 15459, 15460, 16277, 16328, 16329, 16330, 16331, 16332, 16333, 16334, 16335, 16336, 16576, 16782, 16783, 16784, 16785, 16786, 16787, 16788, 16789, 16999, 17000, 17001, 17002, 17003, 17004, 17005, 17006, 17214, 17215, 17216, 17217, 17218, 17219, 17220, 17221, 17222, 17244, 17248, 17249, 17250, 17251, 17252, 17373, 17425, 17469, 17480, 17513]), Anchor::All(&[Anchor::Lits(&[6876, 6881, 6888, 6889, 6890, 6891, 6892, 6894, 6907, 6913, 7292, 7318, 7325, 7368, 7707]), Anchor::Lits(&[8037, 8635, 8636, 9420, 12662, 14786, 14816, 15876, 15877, 16578, 16586, 16587])]), Anchor::All(&[Anchor::Lits(&[7893, 8513, 13423, 13865]), Anchor::Lits(&[88, 4836, 5065, 5403, 5580])]), Anchor::All(&[Anchor::Lits(&[89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 5066, 5067, 5068, 5069, 5070, 5071, 5072, 5073, 5074, 5404, 5405, 5406, 5407, 5408, 5409, 5410, 5411, 5412, 5581, 5582, 5583, 5584, 5585, 5586, 5587, 5588, 5589, 5590, 5591, 5592, 5593, 5594, 5595, 5596, 5597, 5598, 5599, 5600, 5601, 5602, 5603, 5604, 5605, 5606, 5607, 5608, 5609, 5610, 5611, 5612, 5613, 5614, 5615, 5616]), Anchor::Lits(&[15196, 15197, 15231, 15234, 15237, 15952, 15953, 16199, 16213, 16214, 16289, 16290, 16291, 16292, 16293, 16294, 16295, 16296, 16297, 16298, 16300, 16301, 16302, 16303, 16304, 16994, 16995, 16996, 16997, 16998])]), Anchor::All(&[Anchor::Lits(&[438, 569, 576, 640, 658, 959, 960, 971, 1043, 2763, 2778, 3206, 3616, 4782, 4854, 4855, 5051, 5079, 5287, 5739, 6550, 6830, 7268]), Anchor::Lits(&[7996, 8654, 9271, 9471, 9497, 9694, 10873, 11085, 11110, 12113, 12117, 13698, 13700, 13758, 14101, 14180, 14512, 15693, 16381, 16382, 16993])]), Anchor::All(&[Anchor::Lits(&[204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 2988, 2990, 2992, 2995, 2997, 2998, 2999, 3001, 3002, 3004, 3006, 3008, 3012, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3084, 3086, 3088, 3091, 3093, 3094, 3095, 3097, 3098, 3100, 3102, 3104, 3108, 5802, 5804, 5806, 5809, 5811, 5812, 5813, 5815, 5816, 5818, 5820, 5822, 5826, 5874, 5876, 5878, 5881, 5883, 5884, 5885, 5887, 5888, 5890, 5892, 5894, 5898, 6081, 6082, 6083, 6085, 6086, 6087, 6089, 6091, 6092, 6093, 6094, 6095, 6097, 6129, 6130, 6131, 6132, 6133, 6134, 6135, 6136, 6137, 6138, 6139, 6140, 6141, 6873, 6874, 6875, 6877, 6878, 6879, 6880, 6882, 6883, 6884, 6885, 6886, 6887, 6904, 6905, 6906, 6908, 6909, 6910, 6912, 6915, 6919, 6921, 6923, 6926, 6930, 7289, 7290, 7291, 7293, 7295, 7296, 7297, 7300, 7301, 7302, 7303, 7306, 7310, 7704, 7705, 7706, 7708, 7710, 7711, 7712, 7715, 7716, 7717, 7718, 7720, 7722]), Anchor::Lits(&[8635, 8636, 9420, 12030, 12031, 14192, 14786, 14819, 15732, 16578, 16587])]), Anchor::All(&[Anchor::Lits(&[9325, 9326, 9327, 9330, 9331, 9332, 9333, 9338, 11938, 11939, 11940, 11941, 11942, 11943, 11944, 11945, 12177, 12178, 12179, 12190, 12191, 12208, 12211, 12212, 12421, 12422, 12423, 12425, 12426, 12427, 12428, 12429, 12608, 12609, 12610, 12611, 12612, 12613, 12614, 12615, 12847, 12848, 12849, 12850, 12851, 12852, 12853, 12854, 14888, 14890, 14892, 14907, 14908, 14909, 14916, 14925, 14926, 14927, 14928, 14935, 14936, 14937, 14939, 14940, 16058, 16059, 16060, 16061, 16062, 16063, 16064, 16065, 16150, 16151, 16152, 16159, 16160, 16161, 16163, 16164]), Anchor::Lits(&[12663, 14787, 14820, 16579, 16588])]), Anchor::All(&[Anchor::Lits(&[794, 795, 796, 797, 798, 799, 800, 801, 805, 808, 809, 810, 811, 812, 813, 814, 815, 819, 820, 2595, 2599, 2603, 2611, 2618, 2622, 2623, 2635, 2661, 2668, 2669, 2671, 2672, 2678, 2687, 2689, 2692, 2707, 2722, 4064, 4065, 4066, 4067, 4081, 4083, 4084, 4085, 4099, 4100, 4101, 4102, 4103, 4108, 4109, 4110, 4111, 4115, 4118, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4342, 4343, 4344, 4345, 4349, 4351, 6751, 6752, 6756, 6760, 6762, 6763, 6764, 6765, 6784, 6787, 6789, 6790, 6791, 6793, 6795, 6798, 6799, 6810, 6811]), Anchor::Lits(&[8037, 8454, 8696, 8709, 8924, 9257, 9437, 11265, 11266, 13379, 13380, 13389, 15056, 15061])]), Anchor::All(&[Anchor::Lits(&[448, 454, 972, 2267, 2400, 2425, 2915, 2921, 3167, 4039, 4040, 5052, 5053, 5054, 5287]), Anchor::Lits(&[8645, 9106, 9108, 9173, 9324, 9692, 9709, 10945, 11164, 11658, 11937, 12405, 12420, 12607, 12846, 14887, 16057, 16101, 16149])]), Anchor::All(&[Anchor::Lits(&[8432, 8433, 8434, 8437, 8692, 8693, 8694, 8695, 8705, 8706, 8707, 8708, 11194, 11195, 11196, 11197, 13877, 13878, 13879, 13880, 15057, 15058, 15059, 15060]), Anchor::Lits(&[8654, 8936, 9105, 9107, 9172, 9271, 9471, 9524, 9650, 9691, 11479, 12403, 12419, 12616, 13736, 13758, 14886, 16993, 17050])]), Anchor::All(&[Anchor::Lits(&[7893, 8513, 8514, 9012, 13424, 13865]), Anchor::Lits(&[7996, 8654, 9271, 9471, 9497, 9694, 10873, 11085, 11110, 11163, 12113, 12117, 12424, 13698, 13700, 13758, 14101, 14180, 14512, 15693, 16381, 16382, 16993])]), Anchor::All(&[Anchor::Lits(&[9156, 9157, 9158, 9159, 9316, 9317, 9318, 9319, 9423, 9424, 9425, 9431, 9493, 9494, 9495, 9496, 10023, 10024, 10025, 10026, 10189, 10190, 10191, 10192, 10193, 10194, 10195, 10196, 11303, 11304, 11305, 11306, 11344, 11351, 11352, 11353, 12075, 12080, 12092, 12101, 12545, 12546, 12547, 12548, 12687, 12689, 12690, 12692, 13282, 13284, 13285, 13287, 13288, 13290, 13291, 13293, 14033, 14034, 14035, 14036, 14228, 14229, 14230, 14231, 14340, 14341, 14342, 14348, 14744, 14745, 14746, 14747, 14843, 14844, 14845, 14846, 15507, 15508, 15509, 15510, 16521, 16522, 16523, 16524, 16563, 16565, 16566, 16568, 17241, 17242, 17243, 17245, 17246, 17247, 17253, 17254]), Anchor::Lits(&[7996, 8654, 9271, 9471, 9497, 9694, 10872, 11079, 11110, 12113, 12117, 13697, 13700, 13758, 14101, 14180, 14512, 15693, 16381, 16382, 16757, 16993])]), Anchor::All(&[Anchor::Lits(&[7996, 8654, 9271, 9471, 9497, 9694, 10873, 11085, 11110, 12113, 12117, 13698, 13700, 13758, 14101, 14180, 14512, 15693, 16381, 16382, 16993]), Anchor::Lits(&[944, 1005, 1046, 1089, 1323, 1440, 1658, 1840, 2375, 2397, 2785, 3298, 3462, 3853, 4566, 4677, 4768, 5006, 5111, 5443, 5708, 6184, 6546, 6556, 7034])])])])])),
            (164, "risky-action-without-confirmation", Anchor::Any(&[Anchor::Lits(&[10053, 10059, 10060, 10061, 10062, 10063, 10064, 10065, 10066, 10067, 10068, 10077, 10079, 10082, 10093, 10143, 10164, 10165, 10171, 10172, 10314, 10320, 10321, 10322, 10323, 10324, 10325, 10326, 10327, 10328, 10329, 10330, 10331, 10332, 10333, 10334, 10335, 10336, 10337, 10338, 10339, 10350, 10352, 10355, 10367, 10418, 10439, 10440, 10446, 10447, 12959, 12973, 12975, 12978, 12990, 13032, 13055, 13056, 13062, 13063, 13088, 13139, 13143, 13144, 13145, 13148, 13159, 13162, 13163, 13164, 13165, 13194, 13196, 13197, 13198, 13199, 13200, 13201, 13202, 13203, 13204, 13205, 17371, 17372, 17380, 17394, 17395, 17405, 17406, 17407, 17411, 17421, 17478, 17499, 17500, 17520, 17521, 17618, 17619, 17620, 17621, 17622, 17623, 17624, 17625, 17626, 17627, 17631, 17632, 17633, 17634, 17635, 17636, 17637, 17638, 17639, 17640]), Anchor::All(&[Anchor::Lits(&[9013, 15119]), Anchor::Lits(&[8431, 9152, 9412, 9413, 10480])]), Anchor::All(&[Anchor::Lits(&[9013, 15119]), Anchor::Lits(&[8431, 9152, 9412, 9413, 10480])])])),
            (165, "history-wiped-after-the-act", Anchor::Any(&[Anchor::Lits(&[1248, 11557, 11612, 14985, 14988, 16814]), Anchor::All(&[Anchor::Lits(&[964, 967, 1214, 1708, 4681, 4830, 5113, 5542, 6607, 7073]), Anchor::Lits(&[7882, 8808, 9270, 9290, 9450, 9567, 11117, 11118, 11122, 11126, 11558, 11559, 11560, 11561, 11562, 11563, 11564, 11565, 11566, 11567, 11568, 11569, 11570, 11571, 11572, 11573, 11574, 11575, 11576, 11577, 11578, 11579, 11580, 11581, 11582, 11583, 11584, 11585, 11586, 11587, 11588, 11589, 11590, 11591, 11592, 11593, 11594, 11595, 11596, 11597, 11598, 11599, 11600, 11601, 11602, 11603, 11604, 11605, 11606, 11607, 11608, 11609, 11610, 11611, 12510, 12519, 13934, 14214, 14264, 14338, 15006, 15240, 15878, 18004]), Anchor::Lits(&[7988, 7994, 8254, 13434, 16315, 17192, 17201, 17202])])])),
            (166, "report-an-outcome-regardless", Anchor::Lits(&[2906, 3780, 4807, 11714, 11721, 11722, 11723, 11724, 11730, 11731, 11735, 11736, 11737, 11740, 12164, 12165, 12166, 12171, 17074, 17076, 17077, 17087])),
            (167, "agent-permissions-opened", Anchor::Lits(&[232, 243, 248, 250, 251, 256, 427, 662, 824, 827, 1180, 1181, 4471, 7286])),
            (168, "secret-scanning-switched-off", Anchor::All(&[Anchor::Lits(&[780, 978, 981, 1182, 1246, 2297, 2301, 2302, 4684, 4857, 4858, 5077, 5116, 5118, 5119, 5120, 5124, 5125, 5135, 5136, 5137, 5138, 5696, 6603]), Anchor::Lits(&[822, 826, 1007, 1008, 1214, 1283, 1293, 1622, 2293, 3554, 4830, 4833, 4941, 5289, 5301, 5334, 5639, 6620, 6660])])),
            (169, "risky-action-on-a-later-trigger", Anchor::Lits(&[166, 167, 168, 169, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 1731, 2004, 2181, 2326, 2910, 2917, 2924, 2953, 2954, 5416, 5417, 5418, 5419, 5420, 5421, 5422, 5423, 5424, 5425, 5427, 5428, 5429, 5430, 5431, 5432, 5433, 5434, 5435, 5436, 5982, 5983, 5984, 5985, 5986, 5987, 5988, 5989, 5990, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 5998, 5999, 6024, 6025, 6026, 6027, 6028, 6029, 6030, 6031, 6032, 6033, 6034, 6035, 6036, 6037, 6038, 6039, 6040, 6041, 8536, 8848, 8893, 11714, 11716, 11717, 11718, 11719, 11720, 11725, 11726, 11727, 11728, 11729, 11730, 11731, 11735, 11736, 11737, 11832, 11856, 12398, 12399, 12400, 12401, 13080, 16124, 17193, 17194, 17198, 17199, 17204])),
            (174, "data-posted-where-outsiders-read", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[8404, 9073, 9686, 9717, 10574, 11614, 13689, 13822, 13826, 13929, 14796, 14881, 14952, 15463, 15521]), Anchor::All(&[Anchor::Lits(&[8094, 9322, 10634, 10676, 11127, 14316, 16780, 16790, 17232]), Anchor::Lits(&[130, 986, 1078, 1163, 1183, 1626, 1667, 1813, 1838, 1877, 3254, 4310, 4787, 4919, 4972, 5685])]), Anchor::All(&[Anchor::Lits(&[9073, 9075, 9686, 9688, 9694, 10574, 10575, 10578, 11487, 11657, 12655, 13820, 13842, 13852, 13929, 13931, 14796, 14798, 14881, 15520, 16572, 16938]), Anchor::Lits(&[984, 1163, 1183, 1244, 1626, 1813, 1838, 1877, 2733, 3254, 4787, 4921, 4976, 5685])])]), Anchor::Lits(&[925, 928, 932, 1005, 1011, 1044, 1303, 1326, 1711, 1762, 2144, 2298, 2328, 2331, 2527, 2588, 2974, 3116, 3250, 3310, 3320, 3871, 4566, 4671, 4673, 4677, 4714, 4768, 4792, 4825, 5161, 5164, 5282, 5335, 5453, 5455, 5482, 5543, 5709, 5711, 6144, 6638, 6691, 6697, 6962, 7034]), Anchor::Lits(&[203, 383, 898, 899, 1017, 1155, 1158, 1160, 1167, 1175, 1188, 1661, 1668, 1680, 1683, 1695, 1724, 2242, 2478, 2516, 2524, 3323, 4312, 4425, 4429, 4439, 4441, 4455, 4496, 4501, 4751, 5060, 5062, 5122, 5145, 5397, 5450, 5451, 6549, 6667, 6669, 6696, 6709, 7031])]), Anchor::All(&[Anchor::Lits(&[926, 929, 933, 1006, 1009, 1012, 1013, 1045, 1304, 1327, 1328, 1712, 1713, 1763, 2145, 2299, 2300, 2329, 2332, 2528, 2589, 2975, 3117, 3251, 3311, 3321, 3872, 4567, 4672, 4674, 4675, 4678, 4715, 4769, 4793, 4826, 5162, 5165, 5283, 5336, 5454, 5456, 5483, 5544, 5545, 5710, 5712, 6145, 6639, 6692, 6693, 6698, 6963, 7035]), Anchor::Lits(&[174, 359, 974, 1014, 1090, 1170, 1733, 1817, 2161, 2371, 4160, 4166, 4316, 4409, 4669, 5218, 5337, 6688, 6730]), Anchor::Lits(&[7952, 8410, 8639, 9320, 9565, 10022, 10455, 10485, 10577, 10583, 11086, 11543, 11878, 12011, 12409, 12514, 12686, 13829, 13831, 13933, 14030, 14114, 14225, 14238, 14241, 14433, 14815, 14959, 15000, 15002, 15189, 15566, 15611, 15647, 16511, 16828, 17553])]), Anchor::All(&[Anchor::Lits(&[175, 176, 360, 975, 976, 1015, 1091, 1092, 1171, 1734, 1818, 2162, 2163, 2372, 2373, 4161, 4167, 4317, 4324, 4410, 4411, 4670, 5219, 5338, 6689, 6731, 6732]), Anchor::Lits(&[925, 928, 932, 1005, 1011, 1044, 1303, 1326, 1711, 1762, 2144, 2298, 2328, 2331, 2527, 2588, 2974, 3116, 3250, 3310, 3320, 3871, 4566, 4671, 4673, 4677, 4714, 4768, 4792, 4825, 5161, 5164, 5282, 5335, 5453, 5455, 5482, 5543, 5709, 5711, 6144, 6638, 6691, 6697, 6962, 7034]), Anchor::Lits(&[7952, 8410, 8639, 9320, 9565, 10022, 10455, 10485, 10577, 10583, 11086, 11543, 11878, 12011, 12409, 12514, 12686, 13829, 13831, 13933, 14030, 14114, 14225, 14238, 14241, 14433, 14815, 14959, 15000, 15002, 15189, 15566, 15611, 15647, 16511, 16828, 17553])]), Anchor::All(&[Anchor::Lits(&[9952, 11175, 12174, 14032, 14227, 16504]), Anchor::Any(&[Anchor::Lits(&[8404, 9073, 9686, 9717, 10574, 11614, 13689, 13822, 13826, 13929, 14796, 14881, 14952, 15463, 15521]), Anchor::All(&[Anchor::Lits(&[8094, 9322, 10634, 10676, 11127, 14316, 16780, 16790, 17232]), Anchor::Lits(&[130, 986, 1078, 1163, 1183, 1626, 1667, 1813, 1838, 1877, 3254, 4310, 4787, 4919, 4972, 5685])]), Anchor::All(&[Anchor::Lits(&[9073, 9075, 9686, 9688, 9694, 10574, 10575, 10578, 11487, 11657, 12655, 13820, 13842, 13852, 13929, 13931, 14796, 14798, 14881, 15520, 16572, 16938]), Anchor::Lits(&[984, 1163, 1183, 1244, 1626, 1813, 1838, 1877, 2733, 3254, 4787, 4921, 4976, 5685])])]), Anchor::Lits(&[9677, 10924, 13466, 14031, 14315, 15525])])]), Anchor::Lits(&[122, 399, 606, 1010, 1122, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1324, 1622, 1627, 1674, 1687, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 2147, 2504, 2723, 2757, 3190, 3274, 3463, 4149, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4162, 4163, 4434, 4435, 4436, 4502, 4550, 4552, 4553, 4612, 4676, 4683, 4688, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4835, 5078, 5148, 5149, 5217, 5221, 5339, 5462, 5463, 5465, 5466, 5467, 5468, 5469, 5470, 5472, 5473, 5474, 5475, 5476, 5480, 5502, 5534, 6181, 6685, 6686, 7259]), Anchor::Lits(&[131, 175, 176, 360, 926, 929, 933, 975, 976, 985, 987, 1006, 1009, 1012, 1013, 1015, 1045, 1079, 1091, 1092, 1164, 1171, 1184, 1187, 1245, 1304, 1327, 1328, 1627, 1668, 1712, 1713, 1734, 1763, 1814, 1818, 1839, 1878, 2145, 2162, 2163, 2299, 2300, 2329, 2332, 2372, 2373, 2528, 2589, 2734, 2737, 2975, 3117, 3251, 3255, 3311, 3321, 3872, 4161, 4167, 4311, 4317, 4324, 4410, 4411, 4567, 4670, 4678, 4715, 4769, 4788, 4793, 4826, 4920, 4922, 4973, 4977, 5162, 5165, 5283, 5336, 5454, 5456, 5483, 5544, 5545, 5686, 5687, 5710, 5712, 6145, 6639, 6689, 6692, 6693, 6698, 6731, 6732, 6963, 7035, 8405, 9074, 9687, 9718, 13690, 13823, 13827, 13930, 14797, 14882, 14953, 15464, 15522])])),
            (175, "action-kept-from-review", Anchor::Any(&[Anchor::Lits(&[373, 385, 740, 992, 2287, 2677, 2685, 4259, 4806, 5274, 5459, 5621, 6633, 6649, 6659, 7958, 7959, 7960, 7961, 7962, 7963, 7967, 7973, 7975, 7977, 7978, 7979, 7980, 7981, 7982, 7983, 7984, 7985, 8407, 8408, 8409, 8655, 8656, 8657, 8658, 8659, 8660, 8661, 8662, 8663, 8665, 8666, 8667, 8668, 8669, 8670, 8671, 8672, 8673, 8937, 8938, 8939, 8940, 8941, 8942, 8943, 8944, 8945, 10069, 10071, 10088, 10090, 10100, 10118, 10120, 10123, 10132, 10136, 10148, 10157, 10166, 10167, 10168, 10342, 10344, 10362, 10364, 10374, 10392, 10394, 10398, 10407, 10411, 10423, 10432, 10441, 10442, 10443, 12521, 12522, 12523, 12617, 12618, 12619, 12620, 12621, 12622, 12623, 12624, 12625, 12966, 12968, 12985, 12987, 12995, 13011, 13013, 13015, 13024, 13028, 13038, 13047, 13057, 13058, 13059, 13127, 13137, 13174, 13179, 13182, 13183, 13186, 13187, 13188, 13214, 13222, 13227, 13231, 13232, 13236, 13237, 13238, 13264, 13269, 13270, 13271, 13273, 13274, 13275, 13737, 13738, 13739, 13740, 13741, 13742, 13743, 13744, 13745, 13760, 13767, 13768, 14607, 14608, 14609, 14610, 14611, 14612, 14613, 14614, 14615, 14616, 14617, 14618, 14619, 14620, 14621, 14622, 14623, 14624, 14893, 14894, 14898, 14899, 14900, 14901, 14914, 14929, 14930, 14931, 14932, 14933, 14934, 14938, 14941, 14942, 14944, 14945, 14948, 14949, 14950, 16943, 16944, 16945, 16946, 16947, 16948, 16954, 16958, 16959, 16961, 16962, 16963, 16964, 16965, 16966, 16972, 16976, 16977, 17389, 17401, 17402, 17418, 17419, 17428, 17453, 17455, 17456, 17465, 17468, 17483, 17490, 17501, 17502, 17503, 17617, 17630, 17676]), Anchor::All(&[Anchor::Lits(&[9696, 10826, 11544, 12412, 13401, 14424, 14847, 15651]), Anchor::Lits(&[345, 979, 1907, 3471, 4313, 4843, 4852, 4880, 5445, 5566, 6584, 6946]), Anchor::Lits(&[11116, 13681])]), Anchor::All(&[Anchor::Lits(&[189, 190, 191, 192, 193, 196, 197, 198, 199, 200, 1660, 1662, 1663, 1664, 1665, 1669, 1670, 1671, 1672, 1673, 3464, 3466, 3467, 3468, 3469, 3472, 3473, 3474, 3475, 3476, 3859, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 6836, 6837, 6838, 6839, 6840, 6841, 6842, 6843, 6844, 6845]), Anchor::Lits(&[8926, 9922, 12806, 15072, 15120, 15696, 15705, 15707, 16664])]), Anchor::All(&[Anchor::Lits(&[9115, 9117, 12390, 12393, 12551, 12597, 14989, 14990, 15768, 15771]), Anchor::Lits(&[5344, 6313, 6369]), Anchor::Lits(&[609, 2985, 2986, 3069, 3806, 3836, 4931])])])),
            (176, "sensitive-data-handed-outside", Anchor::All(&[Anchor::Lits(&[383, 684, 685, 898, 900, 1155, 1159, 1168, 1169, 1172, 1173, 1174, 1176, 1681, 1682, 2480, 2525, 3324, 4421, 4422, 4426, 4429, 4439, 4440, 4454, 4500, 5060, 5061, 5122, 5397, 5449, 6700, 6706, 6715]), Anchor::Lits(&[7996, 9471, 9497, 10873, 11110, 11193, 11656, 13698, 13699, 13758, 13915, 14155, 14156, 14161, 14173, 14207, 14336, 16381, 16382, 16993, 17558]), Anchor::Lits(&[1122, 1123, 1217, 1324, 1627, 1628, 1659, 1666, 1814, 1815, 2147, 2148, 2303, 2396, 3188, 3299, 3300, 4550, 4683, 4841, 4842, 5148, 5149, 5217, 5221, 5240, 5657, 6586, 6587, 6663, 6664, 6685, 6686])])),
            (178, "agent-secrets-spilled", Anchor::All(&[Anchor::Lits(&[670, 2710, 2711, 2712, 2715, 2716, 2717, 2718, 2719, 2720, 3269, 3270, 7312, 7320, 7322, 7323, 7337, 7398, 7418, 7419, 7434, 7435, 7436, 7437, 7438, 7439, 7451, 7452, 7453, 7454, 7455, 7456, 7461, 7462, 7463, 7464, 7465, 7466, 7485, 7486, 7487, 7488, 7489, 7490, 7586, 7587, 7588, 7589, 7590, 7591, 7607, 7608, 7609, 7610, 7611, 7612, 7623, 7624, 7625, 7626, 7627, 7628, 7642, 7643, 7644, 7645, 7646, 7647, 7648, 7649, 7650, 7651, 7652, 7653, 7723]), Anchor::Lits(&[381, 1052, 1153, 1701, 1706, 4424, 4629, 5114, 6547])])),
            (179, "ownership-of-everything-moved", Anchor::Lits(&[4372, 4373, 4374, 4375])),
            (180, "someone-elses-login-taken", Anchor::Lits(&[110, 636, 1047, 2288, 3275, 3276, 3281, 3284, 5281, 5288, 11818, 11819, 12651, 14028, 14029])),
            (181, "ownership-to-a-reader", Anchor::Lits(&[2357, 2358, 2359, 2360])),
            (182, "data-moved-for-a-private-person", Anchor::All(&[Anchor::Lits(&[9002, 9005, 9006, 9655, 9697, 10821, 10822, 10823, 10824, 10920, 11080, 11081, 11082, 11083, 11084, 11114, 11115, 11679, 12652, 12768, 12782, 12787, 12930, 12931, 13390, 13391, 13747, 13759, 15117, 17240]), Anchor::Lits(&[1118, 1122, 1613, 1614, 1627, 1629, 1659, 1668, 1814, 1816, 3523, 4688, 4841, 5148, 5150, 5217, 5220, 5657, 6663, 6665, 6685, 6687]), Anchor::Lits(&[1931, 2007, 2008, 2023, 5344, 6199, 7075])])),
            (183, "admin-role-for-everyone", Anchor::Lits(&[296, 297, 298, 299, 303, 305, 306, 307, 326, 5345, 5346, 5347, 5348, 5350, 5351, 5352, 5353, 5368, 5369, 5370, 5371, 5373, 5374, 5375, 5376, 5392, 5396, 5547, 5548, 5549, 5550, 5551, 5552, 5553, 5554, 5555, 6007, 6008, 6009, 6010, 6013, 6015, 6016, 6017, 6021])),
            (184, "secrets-shipped-by-automation", Anchor::All(&[Anchor::Lits(&[1118, 1659, 1668, 1804, 1805, 2147, 2149, 3299, 3301, 4550, 4553, 4685, 5148, 5150, 5240, 5242, 6685, 6687]), Anchor::Lits(&[113, 188, 1162, 2519, 2520, 3118, 5112, 5699, 6601, 7252]), Anchor::Lits(&[382, 384, 1154, 1156, 1611, 1697, 3158, 3168, 4425, 4430, 4630, 4631, 5123, 5447, 5448, 6548, 6549])])),
            (185, "override-instructions-es-pt-it", Anchor::Lits(&[9275, 9276, 9917, 9919, 9920, 11916, 11917, 11918, 12053, 12055, 12175, 13280, 13620, 13622, 13650, 14406, 14408, 14412])),
            (186, "override-instructions-fr", Anchor::Lits(&[1058, 1278, 2732, 2785, 4185, 4812, 6561])),
            (187, "override-instructions-de-nl", Anchor::Lits(&[2747, 3734, 3735, 4120, 4176, 6748, 8332, 8844, 12065, 12106, 13465, 14401, 14402, 14635, 14636, 14833, 17049])),
            (188, "override-instructions-pl-tr", Anchor::Lits(&[11806, 12384, 12386, 13085, 14027, 15794, 17559, 17990])),
            (189, "override-instructions-ru", Anchor::Lits(&[11805, 12902, 13677, 17988, 18019, 18020, 18028, 18031, 18040])),
            (190, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[108, 3526, 4710, 4711, 5049, 5050, 6716]), Anchor::Lits(&[264, 3136, 3295, 3296, 3297, 3482, 5238])])),
            (192, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[12102, 12103, 12104, 12105, 12352, 12895, 12896, 13370, 13371, 13974, 14037, 14038, 14407, 14413, 14750, 15187, 15188, 15761, 16830, 16831, 16832, 16988, 18013, 18028, 18042])),
            (193, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[57, 121, 682, 770, 2507, 2541, 2542, 2904, 3112, 3135, 3162, 3268, 3294, 4497, 4712, 6822]), Anchor::Lits(&[201, 440, 608, 952, 953, 1279, 2539, 2795, 2796, 2797, 3218, 4377, 4456, 4458, 4466, 4495, 4727, 5690, 6719])])),
            (195, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[918, 1904, 3161, 3236, 3241, 3625, 4749, 4750, 4809, 4887, 5037, 5154, 5163, 5567, 6828, 7763, 7766, 10931, 12381, 12387, 14814, 15114, 16742, 16755, 16818]), Anchor::All(&[Anchor::Lits(&[919, 1093, 1901, 2252, 3238, 3240, 4810, 4898]), Anchor::Lits(&[3230, 5076])]), Anchor::All(&[Anchor::Lits(&[13372]), Anchor::Lits(&[744, 1647, 1892, 2362, 4808, 4939, 5278, 7746])]), Anchor::All(&[Anchor::Lits(&[918, 1904, 3237, 3241, 4816, 4888]), Anchor::Lits(&[5146])]), Anchor::All(&[Anchor::Lits(&[8791, 8842, 12303, 17989]), Anchor::Lits(&[749])]), Anchor::All(&[Anchor::Lits(&[10928, 12380, 12386, 15113]), Anchor::Lits(&[4053, 4054, 5299, 7285])]), Anchor::All(&[Anchor::Lits(&[6717]), Anchor::Lits(&[10481, 10482, 13083])]), Anchor::All(&[Anchor::Lits(&[735, 736, 737, 917, 1901, 2348, 2361, 4811, 4916, 4917, 5153]), Anchor::Lits(&[6642, 6718])]), Anchor::All(&[Anchor::Lits(&[920, 921, 922, 1894, 1901, 1905, 1906, 3240, 3896, 4036, 4057, 4568, 4569, 4570, 4817, 4897]), Anchor::Lits(&[749, 1873])]), Anchor::All(&[Anchor::Lits(&[5698]), Anchor::Lits(&[8258, 8784, 10586, 12350])])])),
            (196, "persona-never-refuses-i18n", Anchor::Lits(&[12431, 12897, 12901, 13074, 13244, 13254, 13316, 13317, 13318, 13319, 13320, 13321, 13322, 13323, 13324, 13325, 14393, 14785, 17025, 17106, 17992])),
            (198, "reveal-system-prompt-i18n", Anchor::Lits(&[327, 1059, 1060, 1061, 1062, 1063, 2272, 2273, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2776, 2777, 2788, 2789, 2790, 2791, 2792, 2794, 2802, 2899, 2976, 2977, 2978, 2979, 2980, 2981, 2982, 3327, 3328, 3465, 3470, 3477, 3478, 4148, 4530, 4651, 4652, 4653, 4654, 4655, 4660, 4661, 5659, 5660, 5661, 5678, 5682, 5683, 5684, 5691, 6643, 6694, 6743, 6744, 7772, 7788, 7789, 11192, 15115, 15116])),
            (200, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[179, 380, 605, 1086, 1087, 1088, 1126, 1127, 1193, 1194, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1264, 1282, 1298, 1299, 1657, 1750, 2565, 2567, 2585, 3137, 4058, 4061, 5102, 5103, 5104, 5444, 5619, 5620, 6645, 6646, 7274, 7275, 7762, 7768, 7769, 7778, 7779, 7780, 7781]), Anchor::Lits(&[7767, 8644, 8910, 8911, 9379, 9512, 9514, 9516, 9791, 10929, 10930, 10932, 10933, 10934, 10935, 10936, 11147, 11276, 11328, 11329, 12316, 14205, 14206, 14834, 15050, 15052, 15053, 16653, 16992, 17010, 17011, 17987, 18007, 18017, 18018, 18041])])),
            (202, "stop-following-instructions-i18n", Anchor::Lits(&[350, 726, 1058, 1278, 2785, 2798, 4808, 4812, 4939, 6817, 9916, 9918, 12052, 12054, 13252, 13253, 13255, 13256, 13279, 13619, 13621, 14405, 14411])),
            (204, "override-everything-said-i18n", Anchor::Lits(&[348, 1318, 3226, 3227, 3228, 5705, 5706, 5707, 9810, 9811, 9904, 11741, 11786, 11787, 11802, 13392, 13393, 13394, 13395, 13396, 13397, 17008, 17009])),
            (205, "instructions-void-de", Anchor::Lits(&[633, 2506, 3732, 3733, 6658])),
            (206, "conceal-from-the-user-i18n", Anchor::Any(&[Anchor::Lits(&[24, 32, 33, 36, 37, 53, 54, 186, 187, 374, 375, 376, 377, 378, 379, 742, 2150, 2741, 2743, 3181, 3325, 6747, 13243, 13245, 13246, 13247, 13248, 13250, 13251, 14803, 14808, 14810, 14812, 15103, 15107, 15108, 15109, 15110]), Anchor::All(&[Anchor::Lits(&[672, 1281, 1317, 2738, 2740, 2742, 3396, 3397, 4402, 4404, 4405, 4592, 4594, 4596, 4732, 4733, 5285, 5286]), Anchor::Lits(&[9271, 12529, 13924, 14204, 16989])]), Anchor::All(&[Anchor::Lits(&[12891, 12898, 12899, 12900, 12932, 14807, 14809]), Anchor::Lits(&[671, 1280, 1316, 2739, 3395, 4403, 4593, 5284])]), Anchor::All(&[Anchor::Lits(&[3729]), Anchor::Lits(&[10649, 10650, 12658, 14783, 14784, 17013])])])),
            (208, "authority-waives-controls-i18n", Anchor::Lits(&[665, 666, 667, 668, 669, 1710, 2271, 2274, 2279, 4467, 4490, 4491, 5452])),
            (209, "persona-without-rules-i18n", Anchor::Lits(&[40, 55, 56, 132, 180, 183, 1243, 1625, 3113, 4180, 6609, 6728, 6812, 6813])),
            (210, "switch-off-approval-i18n", Anchor::All(&[Anchor::Lits(&[1193, 1194, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1282, 1298, 1299, 5102, 5103, 7762]), Anchor::Lits(&[8430, 8453, 8479, 8480, 8644, 9513, 9515, 11111, 11162, 11214, 14206, 15051])])),
            (211, "bedtime-story-exploit-i18n", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[329, 1068, 1072, 1178, 1198, 1266, 1295, 1322, 1715, 1913, 3178, 3179, 3209, 3211, 3215, 3217, 3225, 3253, 3293, 3525, 3531, 4042, 4056, 4178, 4729, 4731, 4780, 5048, 5438, 5626, 5628, 6746, 6816, 6819, 7771, 7787, 7791]), Anchor::Lits(&[7866, 7867, 8259, 8763, 8785, 8786, 8787, 8788, 9011, 9033, 10919, 11248, 11249, 11267, 12173, 12605, 12780, 12892, 13260, 13261, 13398, 13400, 18008, 18009])]), Anchor::All(&[Anchor::Lits(&[7866, 7867, 8259, 8763, 8785, 8786, 8787, 8788, 9011, 9033, 10919, 11248, 11249, 11267, 12173, 12605, 12780, 12892, 13260, 13261, 13398, 13400, 18008, 18009]), Anchor::Lits(&[328, 1067, 1071, 1177, 1197, 1265, 1294, 1321, 1714, 1912, 3177, 3208, 3210, 3214, 3216, 3224, 3252, 3292, 3524, 3530, 4041, 4055, 4177, 4728, 4730, 4779, 5047, 5437, 5625, 5627, 6745, 6815, 6818, 7770, 7786, 7790]), Anchor::Lits(&[382, 954, 963, 982, 983, 1094, 1095, 1152, 1157, 2422, 2423, 2562, 3114, 3115, 3154, 3155, 3160, 3291, 3519, 3521, 4425, 4430, 4431, 4432, 5063, 5064, 5106, 5151, 5152, 5279, 5280, 6548, 6549, 6820, 6821, 7765, 7774, 7782, 7783])])])),
            (212, "conceal-from-the-user-pl-cs-ru", Anchor::Lits(&[3166, 4564, 4565, 6720, 6721, 6722, 6723, 7220, 7773, 7775, 7776, 7777, 7784, 7785])),
            (213, "skip-approval-cjk", Anchor::Lits(&[18043, 18044, 18045, 18046, 18047, 18048, 18049, 18050, 18051, 18052, 18053, 18054, 18055, 18056, 18057, 18058, 18059, 18060, 18061])),
            (215, "admin-role-handed-out-i18n", Anchor::Any(&[Anchor::Lits(&[4943, 4944, 4945, 4950, 4951, 4952, 4953, 4954, 4955, 7276, 7277, 7278, 7279, 7280, 7281, 7282, 7283, 7284, 9523, 10878, 10902, 10904, 10918, 11156, 11157, 11330, 11341, 11469, 12259, 12260, 12531, 12532, 12534, 12535, 12537, 12539, 12542, 12654, 14435, 14437, 14439, 16611, 16613, 18002, 18003, 18033, 18035]), Anchor::All(&[Anchor::Lits(&[107, 4186, 5139, 6707]), Anchor::Lits(&[7892, 8525, 8526, 8537, 8547, 8637, 8638, 8641, 8642, 8908, 8914, 9391, 9392, 9393, 9698, 9699, 9800, 10305, 10648, 11158, 11159, 11160, 11174, 11710, 12374, 13364, 13365, 13678, 13679, 14212, 14213, 15879, 17012, 17107, 18015, 18023, 18029, 18030])]), Anchor::All(&[Anchor::Lits(&[9521, 9522, 10877, 10880, 10901, 10903, 11340, 11468, 12258, 12530, 12533, 12536, 12538, 12541, 14434, 14436, 14438, 16610, 16612, 18001, 18032, 18034]), Anchor::Lits(&[107, 4186, 5139, 6707])])])),
            (217, "control-weakened-i18n", Anchor::Any(&[Anchor::Lits(&[9848, 12349, 12351]), Anchor::All(&[Anchor::Lits(&[8093, 9036, 9726, 9806, 9807, 9808, 9809, 9943, 10571, 10572, 10587, 10633, 11354, 11488, 12349, 12351, 12527, 12653, 13257, 13834, 14312, 14313, 14422, 14430, 14586, 14638, 14639, 14640, 14830, 14831, 15697, 15698, 15699, 15804, 16537, 16570, 16987, 17026, 17556, 17991, 17996, 18014, 18026, 18037, 18038, 18039]), Anchor::Any(&[Anchor::Lits(&[1190, 7797, 7869, 7870, 7871, 7891, 7896, 7995, 8653, 8664, 8674, 8675, 8676, 8677, 8678, 8679, 8680, 8681, 8682, 8689, 8690, 9790, 9791, 10188, 10452, 10588, 11807, 12314, 12315, 12316, 12317, 12353, 12515, 12633, 12634, 12635, 12636, 12637, 12638, 12649, 12650, 12656, 12657, 12707, 12933, 12937, 12939, 13853, 13854, 14022, 14024, 14025, 14026, 14206, 14211, 14403, 14404, 14637, 14676, 16669, 16670, 16990, 17171, 17993, 18005, 18006, 18007, 18016, 18017, 18021, 18022, 18027, 18036]), Anchor::All(&[Anchor::Lits(&[14023]), Anchor::Lits(&[1191])])])])])),
            (219, "destructive-without-confirmation-i18n", Anchor::Lits(&[8912, 8913, 12893, 13373, 13374, 13375, 13376, 13377, 13378, 13425, 13426, 13427, 14804, 14805, 14806, 14811, 14813, 14954, 14955, 14956, 14957, 14958, 14977, 14978, 14979, 15104, 15105, 15106, 15111, 15112, 15498, 15805, 15807, 15810, 15812, 17058, 17997, 17998, 17999, 18000, 18010, 18011, 18012, 18024, 18025])),
            (224, "conceal-from-the-user-tr-id-vi-tl-sw", Anchor::Lits(&[2378, 2379, 2380, 8915, 9849, 12302, 12376, 12377, 12379, 12385, 12797, 12894, 15806, 15808, 15809, 15811, 16751, 16752, 16753, 16754, 16978, 16979, 17051, 17052, 17053])),
            (226, "oversight-evaded", Anchor::Any(&[Anchor::Lits(&[610, 611, 612, 616, 617, 1135, 2283, 2284, 2285, 2286, 2290, 2292, 4932, 4933, 4934, 4935, 4936, 5097, 5098, 5099, 5100, 5101, 6580, 8921, 8922, 8923, 8995, 9125, 10105, 10173, 10231, 10293, 10379, 10448, 10971, 10977, 10982, 13193, 13369, 13938, 15190, 15191, 15192, 15193, 15282, 15284, 15324, 15326, 15496, 15497, 16697, 17264, 17449, 17531]), Anchor::All(&[Anchor::Lits(&[11546, 11550, 11551, 11553]), Anchor::Lits(&[2171])])])),
            (227, "trust-raised-for-later", Anchor::Lits(&[234, 252, 255, 258, 259, 260, 261, 262, 356, 429, 439, 447, 661, 664, 1361, 1527, 1809, 1810, 2356, 2400, 2401, 2425, 2426, 2914, 2929, 2973, 3634, 3744, 3745, 3775, 3777, 3851, 4571, 4575, 4848, 4849, 5302, 5305, 5315, 5323, 5324, 5327, 7181, 7187, 7188, 7191, 16635, 16638, 16639, 16640])),
            (228, "admin-role-by-a-side-door", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[4068, 9765, 9766, 11252, 11253, 11254, 11255, 11256, 14040]), Anchor::All(&[Anchor::Lits(&[107, 4186, 5139, 5658, 6707]), Anchor::Lits(&[8484, 8812, 8841, 11166, 11171, 11947, 11948, 12168, 14375, 14376])]), Anchor::All(&[Anchor::Lits(&[4364]), Anchor::Lits(&[7895, 8101, 8115, 8687, 10509, 10510, 10678, 10679, 10686, 12643, 12937, 14676, 14905, 14946, 16960]), Anchor::Lits(&[9109, 11178, 11250, 11343, 12549, 14984, 16626])]), Anchor::All(&[Anchor::Lits(&[14321, 14322, 14323, 14324, 14381, 14382, 14409, 14410, 14535, 14536]), Anchor::Lits(&[107, 4186, 5139])])]), Anchor::Lits(&[456, 691, 709, 924, 1209, 1210, 1211, 2281, 2294, 2303, 2355, 2396, 2748, 2749, 2923, 3306, 4572, 4752, 4753, 4754, 4777, 4778, 4789, 4790, 4814, 4815, 4882, 4883, 5169, 6586])])),
            (231, "actions-misreported", Anchor::Any(&[Anchor::Lits(&[3014, 3015, 3016, 6893, 6895, 6897, 7365, 7371, 7378, 8264, 8268, 8269, 8270, 8271, 8273, 8274, 8275, 8276, 8277, 8278, 8279, 8280, 8281, 8282, 8283, 8288, 8618, 8619, 8620, 8621, 8622, 8623, 8624, 8625, 8626, 8627, 8628, 8629, 8630, 8631, 8632, 8633, 8634, 14455, 14456, 14457, 14458, 14459, 14460, 14461, 14462, 14463, 14464, 14465, 14466, 14467, 14468, 14469, 14470, 14471, 15824, 15826, 15830, 15835, 15836, 15837, 15841, 15843, 15848, 15850, 15859, 15860, 15861, 15867, 15869, 15870, 15872]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[9801, 10049, 10088, 10118, 10123, 10148, 10152, 10157, 10159, 10168, 10309, 10362, 10392, 10398, 10423, 10427, 10432, 10434, 10443, 12319, 12322, 12326, 12328, 12331, 12332, 12340, 12342, 12344, 12348, 12440, 12664, 12666, 12669, 12670, 12672, 12673, 12679, 12681, 12683, 12685, 12948, 12985, 13011, 13015, 13038, 13042, 13047, 13050, 13059, 13437, 13440, 13444, 13445, 13448, 13449, 13456, 13458, 13460, 13464, 14075]), Anchor::All(&[Anchor::Lits(&[8262, 9174, 14452, 14525, 14816, 15823]), Anchor::Any(&[Anchor::Lits(&[12318, 13294, 13436, 17095, 17096, 17100, 17101, 17611, 17613, 17670, 17677]), Anchor::All(&[Anchor::Lits(&[10725, 10726, 10727, 10728, 10729, 10730, 10731, 10732, 10733, 10734, 10735, 10736, 10737, 10738, 10739, 10740, 10741, 10742, 10743, 10765, 10766, 10767, 10768, 10769, 10770, 10771, 10772, 10773, 10774, 10775, 10776, 10777, 10778, 10779, 10780, 10781, 10782, 10783, 10784, 10785, 10786, 10787, 10788, 10789, 10790, 10791, 10792, 10793, 10794, 10795, 10796, 10797, 10798, 10799, 10800, 10801, 10802, 12186, 12187, 12188, 12189, 12191, 12192, 12193, 12194, 12195, 12196, 12198, 12199, 12200, 12201, 12202, 12203, 12204, 12205, 12206, 12214, 12215, 12216, 12217, 12218, 12219, 12220, 12221, 12222, 12223, 12224, 12225, 12226, 12227, 12228, 12229, 12230, 12231, 12232, 12233, 12234, 12235, 12236, 12237, 12238, 12239, 12240, 12241, 12242, 12243, 12244, 12245, 12246, 12247, 12248, 12249, 12250, 12251, 15893, 15894, 15895, 15896, 15897, 15898, 15899, 15900, 15901, 15902, 15903, 15904, 15905, 15906, 15907, 15908, 15909, 15910, 15911, 15913, 15914, 15915, 15916, 15917, 15918, 15919, 15920, 15921, 15922, 15923, 15924, 15925, 15926, 15927, 15928, 15929, 15930, 15931, 15932, 15933, 15934, 15935, 15936, 15937, 15938, 15939, 15940, 15941, 15942, 15943, 15944, 15945, 15946, 15947, 15948, 15949, 15950, 16434, 16435, 16436, 16437, 16438, 16439, 16440, 16441, 16442, 16443, 16444, 16445, 16446, 16447, 16448, 16449, 16450, 16451, 16452, 16466, 16467, 16468, 16469, 16470, 16471, 16472, 16473, 16474, 16475, 16476, 16477, 16478, 16479, 16480, 16481, 16482, 16483, 16484, 16485, 16486, 16487, 16488, 16489, 16490, 16491, 16492, 16493, 16494, 16495, 16496, 16497, 16498, 16499, 16500, 16501, 16502, 16503]), Anchor::Lits(&[7806, 7807, 7808, 7809, 7810, 7811, 7814, 7817, 7818, 7819, 7820, 7822, 8095, 8102, 8104, 8107, 8108, 8109, 8110, 8111, 8112, 8113, 8114, 8116, 8229, 8232, 8233, 8234, 8235, 8236, 8239, 8240, 8241, 8242, 8243, 8244, 10728, 10729, 10730, 10732, 10734, 10735, 10737, 10738, 10739, 10740, 10741, 10743, 10768, 10769, 10770, 10772, 10774, 10775, 10777, 10778, 10779, 10780, 10781, 10783, 10787, 10788, 10789, 10791, 10793, 10794, 10796, 10797, 10798, 10799, 10800, 10802, 12189, 12191, 12192, 12194, 12196, 12198, 12200, 12201, 12202, 12203, 12204, 12206, 12217, 12218, 12219, 12221, 12223, 12224, 12226, 12227, 12228, 12229, 12230, 12232, 12236, 12237, 12238, 12240, 12242, 12243, 12245, 12246, 12247, 12248, 12249, 12251, 12321, 12323, 12325, 12330, 12333, 12334, 12336, 12338, 12339, 12341, 12343, 12345, 12665, 12667, 12668, 12671, 12674, 12675, 12676, 12677, 12678, 12680, 12682, 12684, 13439, 13441, 13443, 13447, 13450, 13451, 13453, 13454, 13455, 13457, 13459, 13461, 15087, 15088, 15089, 15090, 15091, 15092, 15093, 15094, 15095, 15096, 15097, 15098, 15896, 15897, 15898, 15900, 15902, 15903, 15905, 15906, 15907, 15908, 15909, 15911, 15916, 15917, 15918, 15920, 15922, 15923, 15925, 15926, 15927, 15928, 15929, 15931, 15935, 15936, 15937, 15939, 15941, 15942, 15944, 15945, 15946, 15947, 15948, 15950, 16437, 16438, 16439, 16441, 16443, 16444, 16446, 16447, 16448, 16449, 16450, 16452, 16469, 16470, 16471, 16473, 16475, 16476, 16478, 16479, 16480, 16481, 16482, 16484, 16488, 16489, 16490, 16492, 16494, 16495, 16497, 16498, 16499, 16500, 16501, 16503])])])])]), Anchor::Lits(&[345, 957, 1218, 1358, 1372, 1386, 1391, 1413, 1415, 1426, 1429, 1524, 1539, 1553, 1558, 1587, 1589, 1600, 1603, 3120, 3122, 3125, 3126, 3128, 3129, 3131, 3132, 3133, 3231, 3452, 3454, 3455, 3456, 3457, 3458, 3459, 3460, 3461, 3630, 3643, 3658, 3663, 3694, 3696, 3707, 3710, 4121, 4123, 4126, 4127, 4129, 4130, 4131, 4132, 4133, 4585, 4843, 4877, 5079, 5714]), Anchor::Lits(&[567, 937, 1692, 2756, 3287, 4716, 6829, 6831, 7221])])])),
            (232, "made-to-look-routine", Anchor::Lits(&[9054, 9055, 9056, 9057, 9058, 9059, 9060, 9061, 9062, 9063, 9064, 9065, 9066, 9067, 11337, 11338, 11339, 13002, 13300, 13301, 13776, 13777, 13778, 13779, 13780, 13781, 13782, 13783, 13785, 13786, 13787, 13788, 13789, 13790, 13791, 13792, 13793, 13794, 13795, 13796, 13797, 13798, 13799, 13800, 13801, 13802, 13803, 13804, 13805, 13806, 13807, 13808, 13809, 13810, 13811, 13812, 13813, 13814, 13815, 13816, 15282, 15284, 15287, 15291, 15307, 15389, 15398, 15487, 17071, 17072, 17073, 17075, 17078, 17079, 17080, 17081, 17082, 17083, 17084, 17085, 17086, 17088, 17089, 17090, 17091, 17092, 17108, 17111, 17112, 17113, 17114, 17115, 17116, 17117, 17118, 17119])),
            (233, "own-action-left-out", Anchor::Lits(&[61, 3919, 5094, 5277, 5873, 6970])),
            (234, "disguised-by-a-bland-label", Anchor::Any(&[Anchor::Lits(&[9657, 9658, 9659, 9660, 9661, 9662, 9744, 9745, 9746, 9747, 9748, 9749, 10906, 10907, 10908, 10909, 10910, 10911, 10912, 10913, 10914, 10915, 10916, 10917, 12354, 12358, 12359, 12360, 12364, 12365, 12366, 12367, 12711, 12712, 12713, 12714, 12715, 12716]), Anchor::All(&[Anchor::Lits(&[301, 309, 310, 311, 312, 314, 315, 316, 318, 320, 321, 322, 325, 5349, 5356, 5357, 5358, 5359, 5360, 5362, 5364, 5366, 5367, 5372, 5377, 5378, 5379, 5380, 5381, 5383, 5385, 5387, 5388, 5389, 5390, 5391, 5393, 5394, 5395, 5858, 5859, 5860, 5861, 5862, 5863, 5864, 5865, 5866, 5867, 5868, 5869, 5870, 6288, 6289, 6290, 6291, 6292, 6293, 6294, 6295, 6296, 6297, 6298, 6299, 6300, 6374, 6375, 6376, 6377, 6378, 6379, 6380, 6381, 6382, 6383, 6384, 6385, 6386]), Anchor::Lits(&[8919, 8935, 9656, 9743, 10484, 10905, 11076, 11165, 11357, 12008, 12009, 12710, 12942, 13258, 13648, 14675, 16791, 16991])])])),
            (235, "risky-step-left-out-of-the-record", Anchor::Any(&[Anchor::Lits(&[1462, 1465, 1467, 1468, 1469, 1471, 1472, 1502, 1505, 1507, 1508, 1509, 1511, 1512, 2416, 2417, 2418, 2446, 2447, 2448, 3535, 3538, 3540, 3541, 3542, 3544, 3545, 3547, 3548, 3549, 3550, 3551, 3552, 3553, 3583, 3588, 3590, 3591, 3592, 3596, 3597, 3604, 3607, 3609, 3610, 3611, 3613, 3614, 3617, 3618, 3619, 3621, 3622, 3623, 5247, 5250, 5252, 5253, 5254, 5256, 5257, 5261, 5264, 5266, 5267, 5268, 5270, 5271, 7039, 7040, 7041, 7046, 7052, 7054, 7056, 7058, 7065, 7067, 7226, 7232, 7234, 7236, 7238, 7245, 7247, 10048, 10070, 10072, 10073, 10081, 10086, 10092, 10094, 10099, 10101, 10113, 10119, 10121, 10124, 10133, 10142, 10145, 10146, 10147, 10176, 10308, 10343, 10345, 10346, 10354, 10360, 10366, 10368, 10373, 10375, 10387, 10393, 10395, 10399, 10408, 10417, 10420, 10421, 10422, 10451, 12947, 12967, 12969, 12970, 12977, 12983, 12989, 12991, 12994, 12996, 13006, 13012, 13014, 13016, 13025, 13031, 13034, 13035, 13037, 13065, 13138, 13141, 13142, 13146, 13147, 13149, 13150, 13153, 13154, 13156, 13157, 13158, 13160, 13161, 13166, 13605, 13606, 13607, 13608, 13609, 13610]), Anchor::All(&[Anchor::Lits(&[12410]), Anchor::Lits(&[3928, 4193])])])),
            (236, "governance-skipped", Anchor::Any(&[Anchor::Lits(&[123, 124, 125, 126, 127, 128, 129, 332, 333, 334, 337, 339, 341, 342, 528, 529, 530, 531, 561, 562, 563, 564, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 3511, 3512, 3513, 3514, 3515, 3516, 3517, 3721, 3722, 3723, 3724, 3725, 3726, 3727, 5747, 5748, 5767, 5768, 11229]), Anchor::All(&[Anchor::Lits(&[9035, 9110, 9112, 9113, 11226, 16067]), Anchor::Lits(&[8764, 9013, 10046, 10306, 11198, 12945, 13136, 15054, 15119, 17368])]), Anchor::All(&[Anchor::Lits(&[8431, 9116, 11233, 15056, 15070, 16520]), Anchor::Lits(&[1393, 1560, 3737, 7178])])])),
            (237, "recovery-prevented", Anchor::Any(&[Anchor::Lits(&[1393, 1560, 3740, 3829, 3832, 3834, 5361, 5363, 5365, 5382, 5384, 5386, 7057, 7237, 10881, 10882, 10883, 10884, 10885, 10886, 10887, 10888, 10889, 10890, 10891, 10892, 10893, 10894, 10895, 10896, 10897, 10898, 10899, 10900, 12180, 12181, 12182, 12183, 12184, 12197, 12207, 12210, 12252, 12253, 13167, 13168, 13169, 13170, 13172, 13180, 13181, 13184, 13189, 13191, 13215, 13216, 13217, 13218, 13220, 13229, 13230, 13234, 13239, 13241, 13295, 13296, 13297, 13298, 13299, 13302, 13303, 13304, 13305, 13306, 16080, 16081, 16082, 16083, 16084, 16085, 16086, 16087, 16088, 16089, 16200, 16201, 16202, 16203, 16204, 16205, 16206, 16207, 16208, 16209, 16230, 16231, 16232, 16233, 16234, 16235, 16236, 16237, 16238, 16239, 16305, 16306, 16307, 16308, 16309, 16310, 16311, 16312, 16313, 16314, 16340, 16341, 16342, 16343, 16345, 16367, 16368, 16369, 16375, 16377, 16526, 16527, 16528, 16529, 16530, 16531, 16532, 16533, 16534, 16535, 16732, 16733, 16734, 16735, 16736, 16737, 16738, 16739, 16740, 16741]), Anchor::All(&[Anchor::Lits(&[14584, 16525]), Anchor::Lits(&[1213, 1621, 4680, 6606, 7072]), Anchor::Lits(&[1, 7748])]), Anchor::All(&[Anchor::Lits(&[14584, 16525]), Anchor::Lits(&[1213, 1621, 4680, 6606, 7072]), Anchor::Lits(&[1, 7748])]), Anchor::All(&[Anchor::Lits(&[4923, 6185]), Anchor::Lits(&[1213, 1621, 4680, 6606, 7072]), Anchor::Lits(&[1, 7748])]), Anchor::All(&[Anchor::Lits(&[3577, 3601, 4856]), Anchor::Lits(&[680, 5340])])])),
            (238, "payload-run-unseen", Anchor::Any(&[Anchor::Lits(&[8538, 8539, 8540, 8541, 8542, 8543, 8544, 8545, 9277, 9278, 9279, 9280, 9281, 9282, 9283, 9284, 9382, 9383, 9384, 9385, 9386, 9387, 9388, 9389, 9735, 9736, 9737, 9738, 9739, 9740, 9741, 9742, 9753, 9754, 9755, 9756, 9757, 9758, 9759, 9760, 10937, 10938, 10939, 10940, 10941, 10942, 10943, 10944, 12306, 12307, 12308, 12309, 12310, 12311, 12312, 12313, 13939, 13940, 13941, 13942, 13943, 13944, 13945, 13946, 13947, 13948, 13949, 13950, 13951, 13952, 13953, 13954, 14574, 14575, 14576, 14577, 14578, 14579, 14580, 14581, 14593, 14594, 14595, 14596, 14597, 14598, 14599, 14600, 16698, 16699, 16708, 16712, 16715, 16716, 16717, 16718, 16804, 16805, 16806, 16807, 16808, 16809, 16810, 16811]), Anchor::All(&[Anchor::Lits(&[8413, 8414, 8416, 8419, 8421, 8422, 8424, 8426, 10668, 10669, 10670, 10671, 10672, 10673, 10674, 10675, 10835, 10836, 10838, 10841, 10843, 10844, 10846, 10848, 14727, 14728, 14730, 14733, 14735, 14736, 14738, 14740]), Anchor::Lits(&[577, 1025, 1206, 1208, 1226, 3119, 4930, 6656, 6675])]), Anchor::All(&[Anchor::Lits(&[955, 2151, 2395, 4412, 4499, 5144, 5341, 5541]), Anchor::Lits(&[300, 304, 308, 319, 6011, 6014, 6018, 6020])])])),
            (239, "audit-record-rigged", Anchor::Any(&[Anchor::Lits(&[15243, 15246, 15247, 15282, 15284, 15291, 15293, 15305, 15306, 15310, 15313, 15314, 15324, 15326, 15332, 15334, 15346, 15347, 15361, 15362, 15363, 15369, 15370, 15371, 15385, 15388, 15390, 15396, 15397, 15399]), Anchor::All(&[Anchor::Lits(&[83, 85, 115, 609, 3282, 4713, 5129]), Anchor::Lits(&[1621, 1764, 1765, 1893, 1895, 1897, 2503, 2505, 2566, 4059, 4829, 5300, 5618]), Anchor::Lits(&[802, 803, 804, 806, 807, 816, 817, 818, 2013, 2022, 2033, 2039, 2041, 2067, 2070, 2090, 2179, 2180, 2184, 2187, 2188, 2214, 2224, 2225, 3902, 3903, 3904, 3905, 3906, 3913, 3916, 3917])]), Anchor::All(&[Anchor::Lits(&[2172, 2174, 2185, 2186, 2189, 2190, 2191, 2193, 2196, 2212, 2213, 2217, 2218, 2219]), Anchor::Lits(&[9390, 11501, 11543, 11555])])])),
            (240, "passed-off-as-ordinary", Anchor::Any(&[Anchor::Lits(&[391, 965, 1908, 2398, 2755, 3212, 3213, 3286, 3841, 4037, 4038, 4184, 4755, 4971, 5143, 5460]), Anchor::All(&[Anchor::Lits(&[828, 830, 832, 833, 834, 1237, 1238, 1239, 1240, 1241, 1616, 1617, 1618, 1619, 1620, 2152, 2153, 2154, 2155, 2156, 3169, 3170, 3171, 3172, 3173, 3570, 3571, 3572, 3573, 3574, 4413, 4414, 4415, 4416, 4417, 4580, 4581, 4582, 4583, 4584, 4794, 4795, 4796, 4797, 4798]), Anchor::Lits(&[292, 680, 966, 1297, 1615, 2479, 2523, 3304, 3480, 3508, 4459, 4970, 5713])])])),
            (242, "new-operating-rules-declared", Anchor::Lits(&[3738, 3739, 3745, 3755, 3758, 3759, 3813, 3814, 3824, 3825, 3830])),
            (243, "earlier-rules-declared-lapsed", Anchor::Lits(&[1633, 1634, 1635, 1636, 1637, 1639, 1641, 1642, 1643, 2134, 2135, 2136, 2137, 2138, 2140, 2141, 2142, 2143, 4044, 4045, 4046, 4047, 4048, 4049, 4050, 4051, 4052, 4598, 4599, 4600, 4601, 4602, 4605, 4607, 4608, 4609, 4615, 4616, 4617, 4618, 4619, 4621, 4623, 4624, 4625])),
            (244, "persona-careless-of-rules", Anchor::Lits(&[3742, 3749, 3754, 3756, 3758, 3811, 3812, 3823, 3824, 3835, 5751, 5755, 5757, 5758, 5762, 5763, 5764, 5765, 5766, 5769, 5797, 5834, 5846, 5871, 5872, 6973, 6977, 6978, 6979, 6983, 6984, 6985, 6986, 6987, 6988, 6991, 6994, 7000, 7008, 7009, 7015, 7016, 7017, 7018, 7019, 7020, 7021, 7022, 7023, 7024, 7025, 7026, 7027, 7028, 7029, 7184, 7193, 7196, 7198, 7200, 7202, 7203, 7205, 7207, 7219, 11738])),
            (245, "word-redefined-as-a-command", Anchor::All(&[Anchor::Lits(&[2182, 2481, 2564, 3219, 5922, 5923, 5924, 5936, 5952, 5973, 5974, 6001, 6002, 6965, 6966, 6968, 6969]), Anchor::Any(&[Anchor::Lits(&[9773, 9776, 9777, 9779, 10460, 10465, 10466, 10467, 10468, 10475, 10476, 10477, 14627, 16655]), Anchor::All(&[Anchor::Lits(&[11251]), Anchor::Lits(&[107, 219, 4186, 4371, 5139, 5658])]), Anchor::All(&[Anchor::Lits(&[9922]), Anchor::Lits(&[8644, 9160, 11268, 12638, 12707, 13975])]), Anchor::All(&[Anchor::Lits(&[16813]), Anchor::Lits(&[13975])]), Anchor::All(&[Anchor::Lits(&[2785, 4979]), Anchor::Lits(&[11744])])])])),
            (246, "risky-action-misdescribed", Anchor::Lits(&[3121, 3453, 4122, 4679, 5292, 10080, 10085, 10087, 10091, 10098, 10123, 10132, 10136, 10162, 10163, 10353, 10359, 10361, 10365, 10372, 10398, 10407, 10411, 10437, 10438, 12976, 12982, 12984, 12988, 12993, 13015, 13024, 13028, 13053, 13054, 17410, 17416, 17417, 17420, 17424, 17456, 17465, 17468, 17497, 17498])),
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
credential_check\
credential_detection\
credential_filter\
credential_guard\
credential_scan\
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
injection_check\
injection_check\x09\
injection_check\x0a\
injection_check\x0b\
injection_check\x0c\
injection_check\x0d\
injection_check \
injection_check:\
injection_check=\
injection_detection\
injection_filter\
injection_guard\
injection_scan\
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
prompt_check\
prompt_detection\
prompt_filter\
prompt_guard\
prompt_scan\
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
secret_check\
secret_detection\
secret_filter\
secret_guard\
secret_scan\
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
            ends: &[2, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 48, 60, 72, 86, 95, 117, 126, 137, 161, 177, 183, 196, 212, 221, 238, 254, 256, 259, 262, 265, 268, 271, 274, 276, 278, 280, 282, 290, 297, 304, 310, 313, 320, 327, 336, 344, 352, 360, 368, 376, 384, 394, 405, 416, 420, 427, 432, 437, 444, 452, 460, 467, 472, 477, 483, 489, 495, 501, 506, 511, 522, 527, 532, 538, 544, 554, 563, 569, 575, 588, 597, 606, 611, 616, 621, 626, 631, 636, 657, 673, 689, 694, 698, 705, 712, 720, 741, 746, 751, 754, 762, 772, 778, 790, 804, 827, 833, 840, 847, 854, 861, 868, 875, 881, 887, 890, 892, 900, 905, 917, 922, 931, 938, 942, 953, 957, 962, 966, 974, 984, 991, 1005, 1012, 1023, 1031, 1039, 1048, 1054, 1061, 1066, 1072, 1078, 1084, 1090, 1096, 1102, 1110, 1119, 1128, 1137, 1146, 1155, 1164, 1173, 1183, 1193, 1203, 1213, 1223, 1233, 1238, 1244, 1256, 1261, 1268, 1277, 1287, 1291, 1296, 1302, 1308, 1314, 1320, 1326, 1332, 1340, 1345, 1350, 1355, 1360, 1365, 1370, 1379, 1387, 1394, 1402, 1409, 1414, 1419, 1424, 1429, 1435, 1442, 1449, 1456, 1463, 1470, 1477, 1484, 1490, 1497, 1505, 1513, 1521, 1529, 1537, 1545, 1550, 1555, 1560, 1566, 1581, 1586, 1591, 1603, 1610, 1625, 1633, 1641, 1657, 1672, 1677, 1683, 1689, 1692, 1696, 1700, 1704, 1708, 1712, 1716, 1721, 1733, 1747, 1759, 1767, 1771, 1779, 1787, 1795, 1802, 1809, 1814, 1819, 1825, 1831, 1836, 1841, 1846, 1851, 1856, 1861, 1866, 1868, 1870, 1873, 1876, 1879, 1882, 1885, 1888, 1891, 1894, 1897, 1900, 1903, 1906, 1909, 1917, 1929, 1941, 1955, 1964, 1986, 1995, 2006, 2030, 2046, 2052, 2065, 2081, 2090, 2107, 2123, 2125, 2128, 2131, 2134, 2137, 2140, 2143, 2145, 2147, 2150, 2152, 2154, 2163, 2172, 2180, 2187, 2194, 2200, 2203, 2210, 2217, 2225, 2234, 2242, 2250, 2258, 2266, 2274, 2282, 2292, 2303, 2325, 2336, 2340, 2347, 2354, 2362, 2370, 2377, 2383, 2389, 2395, 2401, 2412, 2418, 2424, 2434, 2443, 2449, 2455, 2468, 2477, 2486, 2491, 2496, 2501, 2506, 2511, 2516, 2521, 2542, 2558, 2574, 2579, 2583, 2590, 2597, 2605, 2626, 2631, 2636, 2639, 2647, 2657, 2661, 2665, 2671, 2683, 2706, 2712, 2718, 2721, 2725, 2731, 2738, 2745, 2752, 2759, 2766, 2773, 2776, 2778, 2786, 2791, 2803, 2808, 2817, 2824, 2828, 2839, 2843, 2848, 2852, 2860, 2870, 2877, 2891, 2898, 2909, 2917, 2925, 2931, 2938, 2943, 2949, 2955, 2961, 2967, 2973, 2979, 2987, 2996, 3005, 3014, 3023, 3032, 3041, 3048, 3057, 3067, 3077, 3087, 3097, 3107, 3117, 3132, 3137, 3141, 3153, 3156, 3160, 3164, 3168, 3171, 3175, 3179, 3184, 3191, 3196, 3205, 3209, 3214, 3220, 3226, 3232, 3238, 3244, 3250, 3258, 3274, 3279, 3284, 3289, 3294, 3299, 3304, 3313, 3321, 3328, 3335, 3344, 3353, 3357, 3363, 3368, 3373, 3380, 3395, 3402, 3409, 3416, 3423, 3430, 3437, 3443, 3450, 3458, 3466, 3474, 3482, 3490, 3498, 3503, 3509, 3524, 3529, 3534, 3546, 3553, 3568, 3576, 3584, 3600, 3615, 3620, 3623, 3627, 3631, 3635, 3639, 3643, 3647, 3652, 3664, 3678, 3690, 3697, 3704, 3707, 3711, 3716, 3722, 3730, 3732, 3734, 3737, 3740, 3743, 3746, 3749, 3752, 3755, 3758, 3761, 3764, 3767, 3770, 3778, 3790, 3802, 3816, 3825, 3847, 3856, 3867, 3891, 3907, 3913, 3926, 3942, 3951, 3968, 3984, 3986, 3989, 3992, 3995, 3998, 4001, 4004, 4006, 4008, 4010, 4012, 4020, 4027, 4034, 4040, 4043, 4050, 4057, 4066, 4074, 4082, 4090, 4098, 4106, 4114, 4124, 4135, 4146, 4150, 4157, 4164, 4172, 4180, 4187, 4193, 4199, 4205, 4211, 4222, 4228, 4234, 4244, 4253, 4259, 4265, 4278, 4287, 4296, 4301, 4306, 4311, 4316, 4321, 4326, 4347, 4363, 4379, 4384, 4388, 4395, 4402, 4410, 4431, 4436, 4441, 4444, 4452, 4462, 4468, 4480, 4503, 4509, 4516, 4523, 4530, 4537, 4544, 4551, 4554, 4556, 4564, 4569, 4581, 4586, 4595, 4602, 4606, 4617, 4621, 4626, 4630, 4638, 4648, 4655, 4669, 4676, 4687, 4695, 4703, 4709, 4716, 4721, 4727, 4733, 4739, 4745, 4751, 4757, 4765, 4774, 4783, 4792, 4801, 4810, 4819, 4828, 4838, 4848, 4858, 4868, 4878, 4888, 4893, 4905, 4910, 4917, 4926, 4930, 4935, 4941, 4947, 4953, 4959, 4965, 4971, 4979, 4984, 4989, 4994, 4999, 5004, 5009, 5018, 5026, 5033, 5040, 5046, 5053, 5060, 5067, 5074, 5081, 5088, 5095, 5101, 5108, 5116, 5124, 5132, 5140, 5148, 5156, 5161, 5167, 5182, 5187, 5192, 5204, 5211, 5226, 5234, 5242, 5258, 5273, 5278, 5281, 5285, 5289, 5293, 5297, 5301, 5305, 5310, 5322, 5336, 5348, 5352, 5360, 5362, 5364, 5367, 5370, 5373, 5376, 5379, 5382, 5385, 5388, 5391, 5394, 5397, 5400, 5408, 5420, 5432, 5446, 5455, 5477, 5486, 5497, 5521, 5537, 5543, 5556, 5572, 5581, 5598, 5614, 5616, 5619, 5622, 5625, 5628, 5631, 5634, 5636, 5638, 5640, 5642, 5650, 5657, 5664, 5670, 5673, 5680, 5687, 5696, 5704, 5712, 5720, 5728, 5736, 5744, 5754, 5765, 5776, 5780, 5787, 5794, 5802, 5810, 5817, 5823, 5829, 5835, 5841, 5852, 5858, 5864, 5874, 5883, 5889, 5895, 5908, 5917, 5926, 5931, 5936, 5941, 5946, 5951, 5956, 5977, 5993, 6009, 6014, 6018, 6025, 6032, 6040, 6061, 6066, 6071, 6074, 6082, 6092, 6098, 6110, 6133, 6139, 6146, 6153, 6160, 6167, 6174, 6181, 6184, 6186, 6194, 6199, 6211, 6216, 6225, 6232, 6236, 6247, 6251, 6256, 6260, 6268, 6278, 6285, 6299, 6306, 6317, 6325, 6333, 6339, 6346, 6351, 6357, 6363, 6369, 6375, 6381, 6387, 6395, 6404, 6413, 6422, 6431, 6440, 6449, 6458, 6468, 6478, 6488, 6498, 6508, 6518, 6523, 6535, 6540, 6547, 6556, 6560, 6565, 6571, 6577, 6583, 6589, 6595, 6601, 6609, 6614, 6619, 6624, 6629, 6634, 6639, 6648, 6656, 6663, 6670, 6676, 6683, 6690, 6697, 6704, 6711, 6718, 6725, 6731, 6738, 6746, 6754, 6762, 6770, 6778, 6786, 6791, 6797, 6812, 6817, 6822, 6834, 6841, 6856, 6864, 6872, 6888, 6903, 6908, 6911, 6915, 6919, 6923, 6927, 6931, 6935, 6940, 6952, 6966, 6978, 6982, 6990, 6992, 6994, 6997, 7000, 7003, 7006, 7009, 7012, 7015, 7018, 7021, 7024, 7027, 7030, 7038, 7050, 7062, 7076, 7085, 7107, 7116, 7127, 7151, 7167, 7173, 7186, 7202, 7211, 7228, 7244, 7246, 7249, 7252, 7255, 7258, 7261, 7264, 7266, 7268, 7270, 7272, 7280, 7287, 7294, 7300, 7303, 7310, 7317, 7326, 7334, 7342, 7350, 7358, 7366, 7374, 7384, 7395, 7406, 7410, 7417, 7424, 7432, 7440, 7447, 7453, 7459, 7465, 7471, 7482, 7488, 7494, 7504, 7513, 7519, 7525, 7538, 7547, 7556, 7561, 7566, 7571, 7576, 7581, 7586, 7607, 7623, 7639, 7644, 7648, 7655, 7662, 7670, 7691, 7696, 7701, 7704, 7712, 7722, 7728, 7740, 7763, 7769, 7776, 7783, 7790, 7797, 7804, 7811, 7814, 7816, 7824, 7829, 7841, 7846, 7855, 7862, 7866, 7877, 7881, 7886, 7890, 7898, 7908, 7915, 7929, 7936, 7947, 7955, 7963, 7969, 7976, 7981, 7987, 7993, 7999, 8005, 8011, 8017, 8025, 8034, 8043, 8052, 8061, 8070, 8079, 8088, 8098, 8108, 8118, 8128, 8138, 8148, 8153, 8165, 8170, 8177, 8186, 8190, 8195, 8201, 8207, 8213, 8219, 8225, 8231, 8239, 8244, 8249, 8254, 8259, 8264, 8269, 8278, 8286, 8293, 8300, 8306, 8313, 8320, 8327, 8334, 8341, 8348, 8355, 8361, 8368, 8376, 8384, 8392, 8400, 8408, 8416, 8421, 8427, 8442, 8447, 8452, 8464, 8471, 8486, 8494, 8502, 8518, 8533, 8538, 8541, 8545, 8549, 8553, 8557, 8561, 8565, 8570, 8582, 8596, 8608, 8612, 8620, 8622, 8624, 8627, 8630, 8633, 8636, 8639, 8642, 8645, 8648, 8651, 8654, 8657, 8660, 8663, 8671, 8683, 8695, 8709, 8718, 8740, 8749, 8760, 8784, 8800, 8806, 8819, 8835, 8844, 8861, 8877, 8879, 8882, 8885, 8888, 8891, 8894, 8897, 8899, 8901, 8904, 8906, 8908, 8917, 8926, 8934, 8941, 8948, 8954, 8957, 8964, 8971, 8978, 8992, 9000, 9009, 9017, 9025, 9033, 9041, 9049, 9057, 9067, 9078, 9100, 9111, 9115, 9122, 9132, 9140, 9145, 9150, 9157, 9165, 9174, 9181, 9189, 9204, 9212, 9219, 9224, 9229, 9235, 9241, 9247, 9253, 9258, 9263, 9274, 9279, 9284, 9290, 9296, 9306, 9317, 9328, 9337, 9343, 9349, 9362, 9371, 9380, 9389, 9395, 9402, 9407, 9412, 9417, 9422, 9427, 9432, 9437, 9458, 9474, 9490, 9495, 9499, 9510, 9521, 9528, 9535, 9543, 9564, 9569, 9574, 9579, 9582, 9590, 9600, 9604, 9608, 9614, 9626, 9639, 9653, 9676, 9682, 9688, 9691, 9695, 9701, 9708, 9715, 9722, 9729, 9736, 9743, 9749, 9755, 9758, 9760, 9768, 9773, 9785, 9790, 9799, 9806, 9810, 9821, 9825, 9830, 9834, 9842, 9846, 9856, 9863, 9877, 9884, 9895, 9903, 9911, 9920, 9926, 9933, 9938, 9944, 9950, 9956, 9962, 9968, 9974, 9982, 9991, 10000, 10009, 10018, 10027, 10036, 10043, 10052, 10062, 10072, 10082, 10092, 10102, 10112, 10127, 10132, 10138, 10146, 10150, 10162, 10165, 10169, 10173, 10177, 10180, 10184, 10188, 10193, 10200, 10205, 10214, 10224, 10228, 10233, 10239, 10245, 10251, 10257, 10263, 10269, 10280, 10292, 10300, 10316, 10323, 10328, 10333, 10338, 10343, 10348, 10353, 10362, 10369, 10377, 10385, 10392, 10400, 10408, 10415, 10420, 10425, 10430, 10435, 10448, 10457, 10470, 10479, 10483, 10489, 10494, 10499, 10505, 10516, 10523, 10538, 10547, 10557, 10564, 10571, 10578, 10585, 10592, 10599, 10605, 10612, 10620, 10628, 10636, 10644, 10652, 10660, 10665, 10670, 10675, 10681, 10696, 10701, 10706, 10718, 10725, 10738, 10753, 10761, 10769, 10785, 10800, 10805, 10811, 10817, 10828, 10846, 10849, 10853, 10857, 10861, 10865, 10869, 10873, 10878, 10890, 10904, 10916, 10923, 10930, 10933, 10941, 10945, 10950, 10956, 10964, 10972, 10980, 10987, 10994, 10999, 11004, 11010, 11016, 11021, 11026, 11031, 11036, 11041, 11046, 11051, 11052, 11054, 11057, 11060, 11070, 11080, 11090, 11097, 11105, 11114, 11115, 11117, 11119, 11125, 11128, 11138, 11142, 11149, 11157, 11164, 11174, 11178, 11182, 11195, 11208, 11221, 11225, 11231, 11243, 11255, 11267, 11274, 11277, 11280, 11283, 11284, 11286, 11288, 11290, 11292, 11294, 11296, 11298, 11301, 11304, 11308, 11312, 11322, 11325, 11330, 11335, 11340, 11345, 11350, 11355, 11358, 11361, 11365, 11369, 11373, 11377, 11381, 11385, 11390, 11395, 11400, 11401, 11403, 11404, 11406, 11409, 11412, 11413, 11416, 11424, 11434, 11446, 11453, 11454, 11456, 11458, 11460, 11462, 11464, 11466, 11468, 11475, 11479, 11490, 11501, 11506, 11515, 11523, 11532, 11540, 11554, 11572, 11587, 11605, 11620, 11639, 11655, 11672, 11690, 11700, 11705, 11715, 11720, 11727, 11737, 11747, 11758, 11770, 11783, 11794, 11806, 11818, 11830, 11842, 11854, 11866, 11881, 11893, 11905, 11916, 11924, 11938, 11952, 11966, 11980, 11994, 12008, 12014, 12016, 12019, 12021, 12023, 12026, 12029, 12032, 12035, 12038, 12041, 12044, 12047, 12052, 12057, 12062, 12064, 12066, 12068, 12070, 12072, 12074, 12076, 12078, 12080, 12082, 12085, 12087, 12094, 12098, 12109, 12114, 12122, 12131, 12139, 12144, 12149, 12156, 12158, 12165, 12169, 12180, 12185, 12193, 12202, 12210, 12215, 12220, 12227, 12230, 12233, 12236, 12239, 12241, 12244, 12247, 12250, 12252, 12254, 12263, 12265, 12271, 12272, 12274, 12278, 12282, 12286, 12287, 12289, 12292, 12293, 12295, 12296, 12298, 12299, 12301, 12302, 12304, 12305, 12307, 12308, 12310, 12311, 12313, 12314, 12317, 12320, 12321, 12323, 12325, 12327, 12329, 12331, 12333, 12336, 12339, 12342, 12345, 12348, 12351, 12359, 12367, 12375, 12383, 12391, 12399, 12407, 12419, 12431, 12443, 12455, 12467, 12479, 12491, 12503, 12515, 12527, 12539, 12551, 12563, 12575, 12589, 12603, 12617, 12631, 12645, 12659, 12673, 12682, 12691, 12700, 12709, 12718, 12727, 12736, 12758, 12780, 12802, 12824, 12846, 12868, 12890, 12899, 12908, 12917, 12926, 12935, 12944, 12953, 12964, 12975, 12986, 12997, 13008, 13019, 13030, 13054, 13078, 13102, 13126, 13150, 13174, 13198, 13202, 13218, 13234, 13250, 13266, 13282, 13298, 13314, 13320, 13326, 13332, 13338, 13344, 13350, 13356, 13369, 13382, 13395, 13408, 13421, 13434, 13447, 13456, 13465, 13474, 13483, 13492, 13501, 13517, 13533, 13549, 13565, 13581, 13597, 13613, 13622, 13639, 13656, 13673, 13690, 13707, 13724, 13741, 13757, 13773, 13789, 13805, 13821, 13837, 13853, 13855, 13862, 13869, 13876, 13883, 13890, 13897, 13904, 13907, 13916, 13927, 13938, 13949, 13960, 13971, 13982, 13993, 14004, 14015, 14026, 14037, 14048, 14059, 14070, 14083, 14096, 14109, 14122, 14135, 14148, 14161, 14182, 14198, 14214, 14222, 14230, 14238, 14246, 14254, 14262, 14270, 14291, 14312, 14333, 14354, 14375, 14396, 14417, 14425, 14433, 14441, 14449, 14457, 14465, 14473, 14483, 14493, 14503, 14513, 14523, 14533, 14543, 14547, 14570, 14593, 14616, 14639, 14662, 14685, 14708, 14720, 14723, 14738, 14753, 14768, 14783, 14798, 14813, 14828, 14833, 14838, 14843, 14848, 14853, 14858, 14863, 14875, 14887, 14899, 14911, 14923, 14935, 14947, 14955, 14963, 14971, 14979, 14987, 14995, 15010, 15025, 15040, 15055, 15070, 15085, 15100, 15108, 15124, 15140, 15156, 15172, 15188, 15204, 15220, 15235, 15250, 15265, 15280, 15295, 15310, 15325, 15337, 15351, 15363, 15365, 15366, 15368, 15371, 15373, 15376, 15379, 15380, 15386, 15389, 15394, 15404, 15408, 15415, 15423, 15430, 15440, 15447, 15452, 15464, 15468, 15477, 15485, 15489, 15495, 15504, 15512, 15524, 15534, 15541, 15549, 15556, 15562, 15563, 15565, 15567, 15569, 15571, 15573, 15575, 15577, 15584, 15591, 15598, 15605, 15612, 15619, 15626, 15629, 15641, 15653, 15658, 15663, 15668, 15673, 15678, 15683, 15688, 15693, 15698, 15703, 15708, 15713, 15718, 15726, 15734, 15742, 15750, 15758, 15766, 15774, 15783, 15787, 15791, 15795, 15799, 15803, 15807, 15808, 15810, 15812, 15813, 15815, 15818, 15828, 15835, 15843, 15851, 15856, 15865, 15869, 15873, 15883, 15888, 15895, 15898, 15901, 15903, 15905, 15907, 15909, 15911, 15913, 15920, 15927, 15934, 15939, 15946, 15954, 15964, 15970, 15977, 15984, 15996, 16007, 16018, 16025, 16037, 16047, 16057, 16067, 16077, 16087, 16097, 16107, 16117, 16127, 16137, 16147, 16157, 16175, 16190, 16206, 16222, 16238, 16249, 16266, 16276, 16283, 16290, 16297, 16300, 16304, 16308, 16314, 16320, 16325, 16330, 16336, 16342, 16353, 16364, 16382, 16395, 16409, 16421, 16434, 16440, 16446, 16460, 16479, 16498, 16524, 16545, 16567, 16587, 16608, 16615, 16625, 16630, 16636, 16642, 16648, 16654, 16660, 16666, 16672, 16678, 16684, 16690, 16696, 16703, 16710, 16717, 16724, 16731, 16738, 16745, 16752, 16760, 16768, 16776, 16784, 16792, 16800, 16808, 16816, 16823, 16830, 16837, 16844, 16851, 16858, 16865, 16872, 16879, 16886, 16897, 16904, 16909, 16921, 16930, 16932, 16935, 16938, 16941, 16944, 16947, 16950, 16958, 16966, 16975, 16987, 16995, 17005, 17011, 17019, 17030, 17039, 17046, 17057, 17070, 17083, 17098, 17101, 17104, 17107, 17115, 17123, 17132, 17144, 17152, 17162, 17168, 17176, 17187, 17196, 17203, 17214, 17227, 17240, 17255, 17258, 17262, 17266, 17279, 17287, 17299, 17306, 17317, 17327, 17336, 17344, 17352, 17361, 17368, 17374, 17387, 17399, 17404, 17411, 17424, 17430, 17433, 17436, 17444, 17456, 17462, 17473, 17480, 17491, 17496, 17504, 17511, 17515, 17519, 17523, 17527, 17531, 17535, 17539, 17543, 17547, 17555, 17561, 17566, 17569, 17573, 17577, 17581, 17585, 17589, 17593, 17600, 17607, 17614, 17619, 17628, 17638, 17648, 17657, 17667, 17674, 17684, 17693, 17701, 17711, 17726, 17735, 17740, 17743, 17746, 17749, 17752, 17755, 17758, 17767, 17776, 17785, 17794, 17803, 17812, 17821, 17830, 17839, 17851, 17860, 17870, 17880, 17890, 17900, 17910, 17920, 17930, 17940, 17950, 17960, 17970, 17980, 17984, 17988, 17992, 17996, 18000, 18004, 18010, 18014, 18023, 18029, 18036, 18043, 18049, 18057, 18063, 18071, 18080, 18089, 18098, 18107, 18116, 18125, 18134, 18143, 18152, 18165, 18181, 18197, 18213, 18229, 18245, 18261, 18277, 18287, 18297, 18307, 18317, 18327, 18337, 18347, 18357, 18364, 18372, 18382, 18391, 18399, 18411, 18415, 18419, 18423, 18427, 18431, 18435, 18440, 18445, 18454, 18464, 18474, 18484, 18494, 18504, 18514, 18524, 18534, 18545, 18556, 18567, 18578, 18589, 18600, 18611, 18622, 18628, 18634, 18641, 18648, 18654, 18663, 18673, 18683, 18693, 18703, 18713, 18723, 18733, 18743, 18753, 18763, 18774, 18785, 18805, 18820, 18839, 18853, 18871, 18888, 18904, 18919, 18934, 18950, 18964, 18977, 18997, 19016, 19028, 19042, 19062, 19075, 19085, 19095, 19109, 19120, 19131, 19142, 19153, 19164, 19175, 19186, 19197, 19208, 19219, 19229, 19240, 19251, 19262, 19273, 19284, 19295, 19306, 19317, 19329, 19341, 19353, 19365, 19377, 19389, 19401, 19413, 19419, 19424, 19430, 19438, 19446, 19456, 19466, 19476, 19486, 19496, 19506, 19511, 19516, 19521, 19526, 19531, 19536, 19546, 19551, 19557, 19563, 19569, 19575, 19581, 19587, 19593, 19599, 19605, 19615, 19625, 19635, 19645, 19655, 19665, 19675, 19685, 19693, 19702, 19711, 19720, 19729, 19738, 19747, 19756, 19765, 19779, 19800, 19807, 19817, 19827, 19839, 19850, 19859, 19869, 19879, 19889, 19895, 19901, 19907, 19913, 19919, 19925, 19932, 19939, 19946, 19953, 19960, 19967, 19974, 19981, 19989, 19996, 20002, 20010, 20014, 20020, 20024, 20037, 20042, 20048, 20054, 20060, 20066, 20072, 20078, 20083, 20086, 20090, 20094, 20098, 20102, 20106, 20110, 20114, 20118, 20122, 20126, 20131, 20136, 20141, 20146, 20151, 20156, 20161, 20166, 20171, 20176, 20186, 20197, 20208, 20218, 20224, 20232, 20237, 20242, 20258, 20278, 20284, 20291, 20306, 20318, 20331, 20344, 20359, 20372, 20384, 20400, 20416, 20429, 20443, 20458, 20460, 20464, 20470, 20478, 20482, 20489, 20496, 20503, 20509, 20513, 20520, 20527, 20534, 20540, 20542, 20551, 20557, 20573, 20577, 20584, 20591, 20598, 20606, 20614, 20622, 20631, 20640, 20649, 20655, 20661, 20667, 20672, 20677, 20683, 20690, 20697, 20704, 20711, 20718, 20725, 20732, 20739, 20746, 20754, 20762, 20770, 20778, 20786, 20794, 20802, 20810, 20818, 20823, 20831, 20838, 20843, 20852, 20857, 20869, 20881, 20888, 20896, 20904, 20912, 20920, 20928, 20936, 20944, 20952, 20960, 20968, 20976, 20984, 21000, 21013, 21027, 21041, 21055, 21064, 21073, 21082, 21091, 21100, 21109, 21118, 21133, 21141, 21148, 21155, 21162, 21170, 21178, 21186, 21194, 21202, 21210, 21218, 21226, 21238, 21251, 21264, 21277, 21290, 21303, 21316, 21329, 21342, 21356, 21370, 21384, 21398, 21412, 21426, 21440, 21454, 21463, 21472, 21479, 21486, 21492, 21498, 21505, 21513, 21521, 21529, 21537, 21545, 21553, 21561, 21569, 21577, 21586, 21595, 21604, 21613, 21622, 21631, 21640, 21649, 21658, 21662, 21667, 21672, 21677, 21683, 21690, 21697, 21704, 21711, 21718, 21725, 21732, 21739, 21746, 21758, 21766, 21774, 21782, 21790, 21798, 21806, 21814, 21822, 21830, 21836, 21843, 21850, 21866, 21886, 21903, 21919, 21934, 21945, 21951, 21960, 21969, 21978, 21981, 21985, 21994, 21999, 22002, 22006, 22011, 22016, 22021, 22026, 22036, 22047, 22052, 22057, 22062, 22067, 22072, 22077, 22083, 22090, 22100, 22110, 22120, 22129, 22138, 22145, 22151, 22160, 22170, 22180, 22195, 22210, 22232, 22249, 22267, 22283, 22300, 22310, 22313, 22322, 22332, 22342, 22352, 22362, 22372, 22382, 22392, 22402, 22412, 22422, 22432, 22442, 22460, 22475, 22491, 22507, 22523, 22534, 22545, 22556, 22567, 22578, 22589, 22600, 22617, 22627, 22634, 22650, 22663, 22677, 22691, 22707, 22721, 22734, 22751, 22762, 22779, 22793, 22808, 22824, 22832, 22842, 22852, 22862, 22871, 22881, 22891, 22901, 22910, 22919, 22926, 22935, 22945, 22954, 22960, 22970, 22982, 22996, 23010, 23024, 23029, 23038, 23049, 23062, 23075, 23088, 23092, 23099, 23103, 23111, 23121, 23133, 23145, 23157, 23165, 23169, 23174, 23179, 23190, 23197, 23207, 23215, 23219, 23226, 23232, 23237, 23242, 23247, 23252, 23257, 23262, 23268, 23275, 23282, 23290, 23298, 23306, 23313, 23318, 23324, 23332, 23341, 23350, 23358, 23366, 23374, 23382, 23390, 23398, 23406, 23414, 23422, 23430, 23438, 23446, 23462, 23475, 23489, 23503, 23517, 23526, 23541, 23549, 23556, 23567, 23575, 23583, 23592, 23601, 23610, 23619, 23628, 23637, 23646, 23655, 23660, 23665, 23670, 23676, 23683, 23690, 23698, 23706, 23715, 23724, 23730, 23736, 23742, 23748, 23754, 23760, 23766, 23775, 23783, 23793, 23797, 23803, 23810, 23821, 23827, 23832, 23841, 23851, 23857, 23863, 23870, 23877, 23884, 23891, 23897, 23904, 23911, 23918, 23924, 23930, 23935, 23942, 23948, 23955, 23962, 23969, 23976, 23983, 23990, 23997, 24004, 24012, 24020, 24028, 24036, 24044, 24052, 24060, 24068, 24077, 24087, 24097, 24107, 24113, 24120, 24127, 24132, 24137, 24142, 24148, 24155, 24161, 24166, 24186, 24206, 24221, 24238, 24253, 24270, 24290, 24310, 24325, 24342, 24357, 24374, 24394, 24415, 24436, 24457, 24478, 24499, 24520, 24541, 24561, 24576, 24592, 24608, 24624, 24640, 24656, 24672, 24688, 24705, 24720, 24736, 24752, 24768, 24784, 24800, 24816, 24832, 24849, 24866, 24883, 24900, 24917, 24934, 24951, 24968, 24987, 25006, 25020, 25036, 25050, 25066, 25070, 25074, 25078, 25082, 25086, 25090, 25096, 25102, 25108, 25112, 25116, 25123, 25131, 25135, 25139, 25144, 25149, 25154, 25159, 25164, 25169, 25173, 25176, 25182, 25188, 25200, 25203, 25207, 25211, 25215, 25219, 25223, 25227, 25236, 25249, 25256, 25265, 25275, 25283, 25287, 25291, 25300, 25313, 25320, 25329, 25339, 25347, 25351, 25359, 25371, 25377, 25385, 25390, 25395, 25400, 25405, 25410, 25415, 25420, 25425, 25430, 25439, 25446, 25451, 25457, 25463, 25470, 25475, 25480, 25486, 25492, 25498, 25504, 25510, 25516, 25522, 25528, 25538, 25548, 25558, 25568, 25578, 25588, 25598, 25608, 25619, 25630, 25641, 25652, 25663, 25674, 25685, 25696, 25703, 25710, 25717, 25724, 25731, 25738, 25745, 25752, 25758, 25763, 25768, 25773, 25778, 25783, 25788, 25796, 25800, 25804, 25808, 25812, 25816, 25820, 25824, 25829, 25837, 25842, 25847, 25852, 25857, 25862, 25867, 25873, 25881, 25888, 25894, 25899, 25903, 25907, 25911, 25915, 25919, 25923, 25926, 25929, 25932, 25935, 25938, 25941, 25947, 25954, 25961, 25968, 25973, 25978, 25983, 25988, 25993, 25998, 26006, 26014, 26022, 26030, 26038, 26046, 26053, 26057, 26062, 26066, 26073, 26081, 26093, 26107, 26120, 26125, 26129, 26131, 26134, 26137, 26140, 26143, 26146, 26149, 26157, 26165, 26174, 26182, 26192, 26203, 26216, 26229, 26244, 26252, 26260, 26269, 26277, 26287, 26298, 26311, 26324, 26339, 26342, 26345, 26352, 26355, 26358, 26361, 26364, 26367, 26370, 26373, 26379, 26386, 26389, 26395, 26403, 26408, 26411, 26422, 26432, 26442, 26452, 26463, 26475, 26485, 26492, 26500, 26503, 26512, 26518, 26527, 26542, 26558, 26574, 26590, 26606, 26622, 26638, 26654, 26670, 26689, 26705, 26720, 26734, 26751, 26765, 26780, 26795, 26812, 26827, 26841, 26859, 26877, 26892, 26908, 26925, 26931, 26936, 26943, 26954, 26966, 26978, 26990, 27002, 27014, 27026, 27038, 27050, 27062, 27074, 27086, 27098, 27118, 27135, 27153, 27171, 27189, 27202, 27215, 27228, 27241, 27254, 27267, 27280, 27293, 27306, 27319, 27332, 27345, 27358, 27379, 27400, 27418, 27437, 27456, 27475, 27489, 27503, 27517, 27531, 27545, 27559, 27573, 27593, 27606, 27625, 27637, 27660, 27684, 27695, 27703, 27708, 27715, 27718, 27721, 27724, 27727, 27730, 27733, 27738, 27743, 27752, 27755, 27758, 27761, 27764, 27767, 27770, 27778, 27786, 27795, 27803, 27813, 27824, 27837, 27850, 27865, 27873, 27881, 27890, 27898, 27908, 27919, 27932, 27945, 27960, 27963, 27966, 27970, 27975, 27980, 27986, 27992, 28017, 28022, 28026, 28040, 28048, 28063, 28067, 28073, 28079, 28084, 28087, 28091, 28095, 28100, 28108, 28116, 28124, 28133, 28142, 28151, 28155, 28161, 28165, 28169, 28174, 28177, 28181, 28185, 28189, 28193, 28197, 28201, 28210, 28223, 28230, 28239, 28249, 28257, 28261, 28265, 28274, 28287, 28294, 28307, 28322, 28331, 28339, 28349, 28359, 28367, 28375, 28379, 28383, 28396, 28411, 28419, 28429, 28437, 28445, 28457, 28463, 28475, 28489, 28497, 28504, 28513, 28518, 28523, 28528, 28533, 28538, 28543, 28548, 28553, 28558, 28563, 28572, 28579, 28586, 28593, 28599, 28605, 28611, 28615, 28620, 28628, 28632, 28637, 28642, 28649, 28658, 28665, 28672, 28677, 28687, 28697, 28707, 28712, 28716, 28723, 28726, 28733, 28738, 28743, 28748, 28753, 28758, 28763, 28769, 28775, 28781, 28787, 28793, 28799, 28808, 28817, 28826, 28835, 28844, 28853, 28861, 28869, 28877, 28885, 28893, 28901, 28906, 28915, 28924, 28933, 28941, 28948, 28956, 28964, 28972, 28980, 28988, 28996, 29005, 29014, 29023, 29032, 29041, 29050, 29060, 29070, 29080, 29090, 29100, 29110, 29113, 29131, 29137, 29142, 29147, 29152, 29157, 29162, 29167, 29172, 29177, 29182, 29187, 29192, 29197, 29210, 29220, 29231, 29242, 29253, 29258, 29264, 29270, 29276, 29282, 29288, 29294, 29300, 29307, 29314, 29321, 29328, 29335, 29342, 29348, 29355, 29362, 29369, 29376, 29383, 29390, 29396, 29403, 29410, 29417, 29424, 29431, 29438, 29445, 29452, 29459, 29466, 29473, 29480, 29487, 29494, 29502, 29510, 29518, 29526, 29534, 29542, 29550, 29558, 29566, 29574, 29582, 29590, 29598, 29606, 29614, 29622, 29629, 29636, 29643, 29650, 29657, 29664, 29671, 29678, 29686, 29694, 29702, 29710, 29718, 29726, 29734, 29742, 29749, 29756, 29763, 29770, 29777, 29784, 29791, 29798, 29805, 29811, 29823, 29828, 29834, 29842, 29850, 29858, 29866, 29874, 29882, 29890, 29898, 29907, 29916, 29925, 29934, 29943, 29952, 29961, 29970, 29974, 29979, 29984, 29996, 30008, 30019, 30023, 30026, 30029, 30032, 30035, 30038, 30041, 30051, 30061, 30071, 30081, 30091, 30101, 30103, 30107, 30113, 30120, 30134, 30139, 30152, 30167, 30177, 30188, 30198, 30209, 30214, 30228, 30237, 30245, 30258, 30268, 30281, 30290, 30308, 30323, 30341, 30355, 30375, 30388, 30402, 30418, 30436, 30446, 30461, 30469, 30473, 30477, 30481, 30484, 30488, 30492, 30496, 30499, 30502, 30513, 30521, 30530, 30539, 30550, 30559, 30567, 30579, 30591, 30600, 30610, 30621, 30625, 30631, 30637, 30643, 30648, 30654, 30660, 30666, 30671, 30676, 30680, 30685, 30690, 30695, 30700, 30705, 30710, 30716, 30722, 30728, 30734, 30740, 30746, 30751, 30756, 30761, 30766, 30771, 30776, 30781, 30786, 30791, 30796, 30801, 30806, 30819, 30829, 30840, 30851, 30862, 30868, 30874, 30880, 30886, 30892, 30898, 30904, 30916, 30921, 30927, 30933, 30939, 30945, 30951, 30957, 30963, 30971, 30975, 30980, 30991, 31003, 31015, 31027, 31039, 31051, 31063, 31075, 31078, 31081, 31090, 31095, 31100, 31105, 31109, 31114, 31119, 31124, 31128, 31132, 31134, 31142, 31149, 31153, 31158, 31163, 31168, 31173, 31178, 31183, 31190, 31197, 31204, 31210, 31217, 31223, 31229, 31235, 31241, 31247, 31253, 31260, 31267, 31274, 31281, 31288, 31295, 31298, 31306, 31310, 31314, 31318, 31322, 31326, 31330, 31338, 31344, 31352, 31361, 31370, 31379, 31388, 31397, 31406, 31419, 31428, 31437, 31446, 31455, 31464, 31473, 31482, 31499, 31513, 31528, 31543, 31558, 31568, 31584, 31593, 31602, 31608, 31612, 31616, 31620, 31624, 31628, 31632, 31637, 31642, 31647, 31652, 31657, 31662, 31677, 31687, 31697, 31707, 31717, 31727, 31737, 31744, 31750, 31758, 31763, 31771, 31779, 31791, 31796, 31801, 31804, 31813, 31822, 31831, 31840, 31856, 31865, 31868, 31872, 31876, 31885, 31898, 31903, 31908, 31916, 31922, 31934, 31938, 31948, 31958, 31968, 31973, 31982, 31991, 32000, 32010, 32017, 32026, 32036, 32046, 32054, 32062, 32074, 32090, 32103, 32115, 32126, 32133, 32141, 32144, 32147, 32150, 32153, 32156, 32159, 32163, 32167, 32171, 32175, 32179, 32183, 32188, 32193, 32198, 32203, 32208, 32213, 32219, 32226, 32233, 32240, 32247, 32254, 32261, 32281, 32301, 32321, 32341, 32361, 32381, 32388, 32393, 32397, 32400, 32404, 32408, 32411, 32418, 32428, 32438, 32448, 32455, 32465, 32475, 32485, 32490, 32500, 32510, 32516, 32522, 32526, 32530, 32534, 32544, 32554, 32564, 32574, 32584, 32594, 32604, 32614, 32623, 32632, 32638, 32645, 32654, 32663, 32672, 32681, 32690, 32699, 32708, 32717, 32722, 32727, 32732, 32741, 32747, 32753, 32760, 32767, 32774, 32781, 32788, 32795, 32802, 32809, 32818, 32828, 32838, 32848, 32858, 32868, 32878, 32888, 32898, 32904, 32909, 32918, 32927, 32936, 32945, 32954, 32963, 32972, 32981, 32990, 32999, 33008, 33017, 33027, 33037, 33047, 33057, 33067, 33077, 33083, 33090, 33099, 33104, 33110, 33118, 33126, 33134, 33142, 33150, 33158, 33166, 33174, 33182, 33190, 33198, 33206, 33222, 33235, 33245, 33263, 33277, 33291, 33305, 33314, 33323, 33332, 33341, 33350, 33359, 33368, 33383, 33391, 33397, 33404, 33411, 33422, 33428, 33435, 33442, 33448, 33456, 33462, 33472, 33482, 33492, 33501, 33509, 33521, 33533, 33545, 33556, 33563, 33569, 33577, 33581, 33586, 33590, 33595, 33605, 33615, 33632, 33644, 33657, 33668, 33680, 33685, 33688, 33692, 33696, 33700, 33710, 33720, 33724, 33728, 33731, 33740, 33747, 33748, 33753, 33763, 33773, 33783, 33793, 33803, 33813, 33823, 33833, 33839, 33846, 33853, 33860, 33867, 33874, 33881, 33888, 33895, 33909, 33923, 33937, 33951, 33965, 33979, 33993, 34007, 34015, 34022, 34030, 34038, 34046, 34054, 34062, 34070, 34078, 34086, 34099, 34112, 34125, 34138, 34151, 34164, 34177, 34190, 34199, 34208, 34217, 34226, 34235, 34244, 34253, 34262, 34265, 34271, 34278, 34281, 34287, 34293, 34300, 34307, 34314, 34326, 34342, 34355, 34367, 34378, 34386, 34395, 34409, 34422, 34425, 34431, 34437, 34448, 34459, 34463, 34468, 34473, 34478, 34483, 34488, 34493, 34502, 34510, 34518, 34521, 34525, 34530, 34535, 34541, 34547, 34553, 34559, 34565, 34571, 34581, 34591, 34601, 34611, 34621, 34631, 34638, 34643, 34647, 34653, 34657, 34661, 34666, 34671, 34675, 34688, 34698, 34709, 34720, 34733, 34744, 34754, 34768, 34782, 34793, 34805, 34818, 34823, 34834, 34845, 34849, 34862, 34867, 34872, 34876, 34882, 34887, 34892, 34898, 34902, 34912, 34922, 34939, 34951, 34964, 34975, 34987, 34992, 35002, 35012, 35021, 35032, 35043, 35054, 35064, 35072, 35076, 35083, 35089, 35093, 35096, 35106, 35114, 35120, 35127, 35134, 35141, 35148, 35155, 35162, 35174, 35186, 35205, 35219, 35234, 35249, 35262, 35276, 35290, 35297, 35304, 35311, 35324, 35331, 35338, 35352, 35365, 35387, 35396, 35401, 35406, 35411, 35416, 35420, 35429, 35438, 35443, 35448, 35455, 35459, 35466, 35473, 35484, 35493, 35505, 35517, 35526, 35534, 35538, 35542, 35546, 35550, 35554, 35558, 35562, 35566, 35570, 35574, 35578, 35582, 35590, 35593, 35596, 35599, 35602, 35605, 35608, 35617, 35626, 35635, 35640, 35656, 35672, 35683, 35696, 35707, 35720, 35736, 35752, 35763, 35776, 35787, 35800, 35816, 35832, 35843, 35855, 35867, 35879, 35891, 35903, 35915, 35927, 35940, 35954, 35968, 35982, 35996, 36010, 36024, 36038, 36049, 36061, 36073, 36085, 36097, 36109, 36121, 36133, 36146, 36161, 36176, 36186, 36198, 36208, 36220, 36225, 36233, 36244, 36253, 36264, 36272, 36288, 36298, 36308, 36318, 36327, 36334, 36342, 36351, 36360, 36369, 36378, 36387, 36396, 36405, 36414, 36420, 36424, 36432, 36437, 36442, 36447, 36456, 36466, 36476, 36493, 36500, 36508, 36524, 36540, 36556, 36572, 36588, 36604, 36610, 36620, 36626, 36632, 36644, 36659, 36671, 36684, 36697, 36712, 36725, 36737, 36753, 36769, 36782, 36796, 36811, 36816, 36822, 36828, 36834, 36841, 36848, 36855, 36862, 36869, 36876, 36883, 36890, 36897, 36904, 36911, 36918, 36933, 36945, 36958, 36971, 36984, 36992, 37006, 37013, 37021, 37029, 37035, 37042, 37049, 37056, 37059, 37064, 37067, 37078, 37091, 37103, 37112, 37116, 37125, 37129, 37139, 37147, 37155, 37160, 37167, 37175, 37181, 37185, 37194, 37206, 37216, 37220, 37229, 37238, 37247, 37256, 37265, 37274, 37284, 37294, 37304, 37314, 37324, 37334, 37339, 37348, 37353, 37357, 37361, 37365, 37372, 37387, 37402, 37417, 37432, 37447, 37462, 37477, 37492, 37507, 37522, 37537, 37552, 37557, 37563, 37565, 37566, 37572, 37579, 37589, 37592, 37595, 37598, 37601, 37604, 37607, 37610, 37615, 37616, 37619, 37624, 37625, 37628, 37630, 37633, 37634, 37637, 37641, 37649, 37657, 37665, 37673, 37683, 37693, 37703, 37713, 37723, 37735, 37749, 37757, 37771, 37781, 37791, 37802, 37812, 37824, 37837, 37852, 37867, 37884, 37894, 37904, 37915, 37925, 37937, 37950, 37965, 37980, 37997, 38009, 38027, 38041, 38055, 38073, 38085, 38095, 38105, 38116, 38126, 38138, 38151, 38166, 38181, 38198, 38208, 38218, 38229, 38239, 38251, 38264, 38279, 38294, 38311, 38321, 38331, 38342, 38352, 38364, 38377, 38392, 38407, 38424, 38434, 38444, 38455, 38465, 38477, 38490, 38505, 38520, 38537, 38543, 38556, 38568, 38580, 38588, 38617, 38627, 38637, 38647, 38653, 38663, 38669, 38677, 38683, 38691, 38697, 38703, 38711, 38744, 38775, 38781, 38789, 38793, 38801, 38812, 38823, 38829, 38833, 38843, 38870, 38876, 38886, 38892, 38915, 38921, 38929, 38933, 38946, 38959, 38963, 38984, 39013, 39041, 39066, 39078, 39115, 39124, 39143, 39183, 39199, 39205, 39242, 39267, 39282, 39316, 39331, 39347, 39360, 39372, 39393, 39405, 39414, 39430, 39449, 39471, 39511, 39557, 39579, 39598, 39607, 39628, 39637, 39646, 39667, 39673, 39688, 39706, 39715, 39733, 39742, 39754, 39775, 39796, 39808, 39829, 39862, 39877, 39898, 39901, 39905, 39909, 39913, 39917, 39921, 39925, 39928, 39932, 39936, 39940, 39944, 39948, 39952, 39957, 39962, 39974, 39989, 39995, 40001, 40010, 40028, 40037, 40040, 40049, 40067, 40085, 40103, 40112, 40130, 40157, 40187, 40199, 40214, 40229, 40241, 40250, 40256, 40262, 40271, 40280, 40289, 40295, 40301, 40310, 40316, 40322, 40328, 40334, 40346, 40355, 40367, 40373, 40385, 40397, 40403, 40409, 40418, 40424, 40436, 40448, 40460, 40469, 40478, 40484, 40490, 40496, 40502, 40514, 40520, 40526, 40538, 40544, 40550, 40562, 40574, 40586, 40592, 40598, 40601, 40607, 40613, 40619, 40622, 40628, 40634, 40640, 40649, 40655, 40667, 40676, 40682, 40694, 40700, 40706, 40712, 40718, 40727, 40733, 40739, 40745, 40751, 40757, 40766, 40772, 40778, 40784, 40793, 40811, 40832, 40838, 40844, 40850, 40856, 40862, 40868, 40874, 40880, 40886, 40892, 40901, 40907, 40916, 40922, 40928, 40934, 40940, 40946, 40952, 40958, 40964, 40970, 40976, 40982, 40988, 40994, 41000, 41006, 41012, 41018, 41024, 41030, 41039, 41048, 41054, 41060, 41066, 41072, 41090, 41108, 41114, 41120, 41126, 41132, 41138, 41144, 41153, 41159, 41165, 41171, 41177, 41183, 41189, 41195, 41201, 41207, 41213, 41225, 41231, 41237, 41249, 41264, 41270, 41276, 41282, 41288, 41294, 41309, 41315, 41327, 41339, 41351, 41363, 41369, 41372, 41378, 41384, 41390, 41396, 41399, 41405, 41411, 41423, 41426, 41432, 41438, 41444, 41450, 41462, 41471, 41477, 41483, 41495, 41504, 41510, 41516, 41522, 41528, 41534, 41540, 41546, 41552, 41558, 41564, 41573, 41579, 41585, 41591, 41597, 41603, 41609, 41615, 41621, 41627, 41633, 41645, 41663, 41675, 41681, 41687, 41696, 41702, 41705, 41708, 41711, 41720, 41729, 41735, 41744, 41750, 41756, 41768, 41774, 41780, 41786, 41798, 41807, 41819, 41825, 41831, 41840, 41852, 41861, 41867, 41873, 41885, 41891, 41897, 41903, 41909, 41915, 41927, 41933, 41939, 41945, 41951, 41960, 41966, 41972, 41978, 41984, 41987],
        },
        rules: &[
            (46, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[1787, 1908, 2010, 2011, 2032, 3305]), Anchor::All(&[Anchor::Lits(&[2001]), Anchor::Lits(&[2041])]), Anchor::All(&[Anchor::Lits(&[1995, 1996, 1997, 1998, 1999, 2000, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]), Anchor::Lits(&[40, 43, 217, 222, 299, 304, 484, 489, 551, 554, 707, 712, 769, 772, 925, 930, 987, 990, 1143, 1148, 1207, 1212, 1444, 1450, 2008, 2024, 2031]), Anchor::Lits(&[2108, 4299])]), Anchor::All(&[Anchor::Lits(&[1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1780, 1781, 1782, 1783, 1784, 1785, 1786, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1871, 1872, 1873, 1874, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957]), Anchor::Lits(&[14, 18, 19, 22, 25, 26, 28, 29, 39, 42, 99, 100, 109, 218, 220, 223, 224, 272, 276, 277, 280, 283, 284, 286, 287, 298, 303, 355, 356, 366, 485, 487, 490, 491, 525, 529, 530, 533, 536, 537, 539, 540, 550, 553, 602, 603, 611, 708, 710, 713, 714, 743, 747, 748, 751, 754, 755, 757, 758, 768, 771, 820, 821, 829, 926, 928, 931, 932, 961, 965, 966, 969, 972, 973, 975, 976, 986, 989, 1038, 1039, 1047, 1144, 1146, 1149, 1150, 1180, 1184, 1185, 1188, 1191, 1192, 1194, 1195, 1206, 1211, 1286, 1287, 1300, 1445, 1448, 1451, 1452, 1730, 1758, 1765, 1786, 1808, 1821, 1829, 1836, 1844, 1877, 1884, 1906, 1929, 1942, 1950, 1957]), Anchor::Lits(&[2108, 3197, 3338, 4300, 4321, 4324, 4325])]), Anchor::All(&[Anchor::Lits(&[1961]), Anchor::Lits(&[4574])]), Anchor::All(&[Anchor::Lits(&[1837]), Anchor::Lits(&[1965])]), Anchor::All(&[Anchor::Lits(&[1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1731, 1732, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1809, 1810, 1811, 1812, 1813, 1814, 1822, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1930, 1931, 1932, 1933, 1934, 1935, 1943]), Anchor::Lits(&[15, 16, 17, 20, 21, 23, 24, 27, 39, 56, 74, 83, 104, 105, 215, 216, 221, 273, 274, 275, 278, 279, 281, 282, 285, 298, 318, 331, 338, 360, 361, 482, 483, 488, 526, 527, 528, 531, 532, 534, 535, 538, 550, 567, 579, 586, 607, 608, 705, 706, 711, 744, 745, 746, 749, 750, 752, 753, 756, 768, 785, 797, 804, 825, 826, 923, 924, 929, 962, 963, 964, 967, 968, 970, 971, 974, 986, 1003, 1015, 1022, 1043, 1044, 1141, 1142, 1147, 1181, 1182, 1183, 1186, 1187, 1189, 1190, 1193, 1206, 1228, 1253, 1264, 1292, 1293, 1442, 1443, 1449, 1737, 1744, 1751, 1772, 1779, 1794, 1801, 1822, 1853, 1860, 1867, 1891, 1898, 1915, 1922, 1943]), Anchor::Lits(&[2387, 2783, 2920, 3262, 3263, 4270, 4299])])])),
            (47, "code-fence-role", Anchor::Lits(&[2056])),
            (48, "bare-override", Anchor::All(&[Anchor::Lits(&[1260, 1282, 1283, 1298, 1404, 1412, 1418, 1419, 1456, 1457]), Anchor::Lits(&[2566, 2848, 2873, 2995, 3260, 3862])])),
            (49, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[1503, 1504, 1507, 1512, 1515, 1516, 1517, 1520, 1521, 1522, 1523]), Anchor::Any(&[Anchor::Lits(&[2387, 2783, 4302]), Anchor::All(&[Anchor::Lits(&[30, 108, 140, 165, 170, 189, 239, 1196, 1299, 1336, 1363, 1378, 1403, 1472, 2397, 2793, 3316, 4322]), Anchor::Lits(&[2388, 2393, 2397, 2784, 2785, 2793, 3308, 3313, 3316, 4303, 4308, 4322])])])])),
            (50, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[30, 1196, 1559, 1561, 2043, 4313, 4316, 4322]), Anchor::Lits(&[4303, 4308, 4318, 4319, 4322, 4323])]), Anchor::All(&[Anchor::Lits(&[30, 1196, 1561, 2043, 2213, 2397]), Anchor::Lits(&[2174, 2179, 2195, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2235, 2388, 2393, 2394, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 2407, 2408, 2409, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2419]), Anchor::Lits(&[2070, 2363, 2594, 2862, 3181, 3182, 3183, 3184, 3222, 3223, 3261, 3716, 3809, 3819, 4295, 4455, 4561])])])),
            (51, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[1447, 2111, 2112, 2113, 2114, 2115, 2116, 2117, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2786, 2787, 2788, 2789, 2790, 2791, 2792, 2919, 3219, 3220, 3221, 3863, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4309, 4310, 4311, 4312, 4314, 4315, 4317, 4504, 4505, 4506]), Anchor::All(&[Anchor::Lits(&[3856]), Anchor::Lits(&[30, 288, 541, 759, 977, 1196, 1378, 2053])]), Anchor::All(&[Anchor::Lits(&[30, 1196, 1215, 1218, 1233, 1234, 1239, 1259, 1336, 1364, 1391, 1472, 2119, 3694, 3696, 3698, 3867, 4131, 4286]), Anchor::Any(&[Anchor::Lits(&[2108, 3693, 3695, 3697, 3856, 4122, 4278]), Anchor::All(&[Anchor::Lits(&[2110, 2120, 2785, 4123, 4211, 4308]), Anchor::Lits(&[2256, 2296, 2560, 2595, 2639, 2795, 3532, 3789, 3856, 3907, 4474])])])])])),
            (55, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[2079, 2080, 2081, 2082, 2083, 2084, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2664, 2665, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2820, 2821, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2910, 2911, 2912, 2913, 2914, 2915, 2916, 2917, 2918, 3308, 3309, 3310, 3311, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3326, 3327, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3339, 3340, 3341, 3342, 3343, 3344, 3351, 3352, 3353, 3354, 3554, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3648, 3649, 3650, 3763, 3764, 3765, 3766, 3767, 3768, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776, 3777, 3778, 3779, 3780, 3787, 3788, 3857, 3858, 3859, 3860, 3861, 3862, 3864, 3866, 3867, 3868, 3869, 3870, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3878, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4080, 4081, 4082, 4083, 4086, 4087, 4088, 4089, 4096, 4097, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494]), Anchor::Lits(&[2108, 2760, 2783, 2897, 3078, 3197, 3369, 3406, 3856, 4122, 4201, 4210, 4278, 4289, 4302, 4458]), Anchor::Lits(&[1527, 1711, 1994, 4572])])),
            (56, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[3307]), Anchor::All(&[Anchor::Lits(&[2099, 2100, 2101, 2109, 2110, 2118, 2720, 2721, 2722, 2753, 2754, 2755, 3198, 3199, 3200, 3267, 3268, 3269, 3495, 3496, 3497, 3857, 3862, 3865, 3931, 3932, 3933, 4022, 4023, 4024, 4202, 4203, 4204, 4303, 4308, 4320, 4498, 4499, 4500]), Anchor::Lits(&[63, 79, 107, 168, 1238, 1258, 1297, 1375, 1566, 1567, 1568, 1569]), Anchor::Lits(&[1560, 1570, 1711, 1962, 1994, 2042, 4576])])])),
            (101, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[1266, 1580, 1583, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 1594, 1595, 1596, 1598, 1601, 1602, 1603, 1604, 1605, 1606, 1613, 1614, 1615, 1616, 1617, 1624, 2048, 2335, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2746, 2747, 2748, 2749, 2750, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2832, 2833, 2834, 2835, 3279, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3941, 3942, 3943, 3944, 3945, 4205, 4206, 4207, 4208, 4209, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468, 4469, 4470]), Anchor::All(&[Anchor::Lits(&[2045, 2046, 2047, 2050, 2052, 2054, 2055]), Anchor::Lits(&[2325, 2733, 2922, 3124, 3278, 4027, 4153, 4171, 4427]), Anchor::Lits(&[1962])])])),
            (102, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2343, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2485, 2486, 2487, 2488, 2489, 2490, 2491, 2492, 2669, 2670, 2671, 2672, 2673, 2674, 2675, 2676, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2923, 2924, 2925, 2926, 2927, 2928, 2929, 2930, 2974, 2975, 2976, 2977, 2978, 2979, 2980, 2981, 2982, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3138, 3139, 3140, 3141, 3142, 3143, 3144, 3145, 3146, 3147, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4014, 4015, 4016, 4017, 4018, 4019, 4020, 4021, 4028, 4029, 4030, 4031, 4032, 4033, 4034, 4035, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4194, 4195, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435]), Anchor::Lits(&[0, 1, 37, 257, 258, 295, 511, 512, 548, 729, 730, 766, 947, 948, 984, 1165, 1166, 1203, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1684, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 3719, 3720, 3721, 3722, 3723, 3724, 3725, 3726, 3727, 3741, 3742, 3743, 3744, 3745, 3746, 3747, 3748, 3749, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818]), Anchor::Lits(&[30, 38, 288, 296, 541, 549, 759, 767, 977, 985, 1196, 1204, 2332, 2333, 2349, 2350, 2473, 2474, 2482, 2483, 2491, 2492, 2675, 2676, 2684, 2685, 2692, 2693, 2929, 2930, 2980, 2981, 2988, 2989, 3131, 3132, 3139, 3140, 3147, 3148, 3155, 3156, 3286, 3287, 4008, 4009, 4020, 4021, 4034, 4035, 4043, 4044, 4151, 4152, 4160, 4161, 4168, 4169, 4178, 4179, 4186, 4187, 4194, 4195, 4434, 4435])]), Anchor::All(&[Anchor::Lits(&[30, 288, 541, 759, 977, 1196, 1241, 1242, 1269, 1388, 1400, 1423]), Anchor::Lits(&[2325, 2466, 2677, 2922, 2973, 3124, 4036, 4153, 4171, 4427]), Anchor::Lits(&[1240, 1268, 1387, 1399, 1422])])])),
            (109, "no-more-rules", Anchor::Lits(&[3703, 3704, 3705, 3706, 3707, 3708, 3709, 3710, 3711, 3712, 3717, 3718])),
            (126, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[306, 1214, 1410, 1494, 1495, 1506, 1525, 1526, 1540, 1562, 1563, 1565, 1626, 1650, 1673, 1709, 1710, 1845, 1964, 1966, 1967, 1970, 2009, 2044, 2057, 2130, 2387, 2534, 2612, 2700, 2723, 3064, 3082, 3404, 3426, 3893, 4573, 4575, 4577, 4578, 4754, 4755]), Anchor::Lits(&[49, 50, 51, 52, 53, 54, 111, 112, 113, 114, 115, 116, 144, 145, 146, 147, 148, 149, 151, 152, 153, 154, 155, 156, 158, 159, 160, 161, 162, 163, 197, 198, 199, 200, 201, 202, 205, 206, 207, 208, 209, 210, 311, 312, 313, 314, 315, 316, 372, 373, 374, 375, 376, 377, 402, 403, 404, 405, 406, 407, 409, 410, 411, 412, 413, 414, 417, 418, 419, 420, 421, 422, 466, 467, 468, 469, 470, 471, 474, 475, 476, 477, 478, 479, 560, 561, 562, 563, 564, 565, 613, 614, 615, 616, 617, 618, 643, 644, 645, 646, 647, 648, 650, 651, 652, 653, 654, 655, 657, 658, 659, 660, 661, 662, 689, 690, 691, 692, 693, 694, 697, 698, 699, 700, 701, 702, 778, 779, 780, 781, 782, 783, 831, 832, 833, 834, 835, 836, 861, 862, 863, 864, 865, 866, 868, 869, 870, 871, 872, 873, 875, 876, 877, 878, 879, 880, 907, 908, 909, 910, 911, 912, 915, 916, 917, 918, 919, 920, 996, 997, 998, 999, 1000, 1001, 1049, 1050, 1051, 1052, 1053, 1054, 1079, 1080, 1081, 1082, 1083, 1084, 1086, 1087, 1088, 1089, 1090, 1091, 1093, 1094, 1095, 1096, 1097, 1098, 1125, 1126, 1127, 1128, 1129, 1130, 1133, 1134, 1135, 1136, 1137, 1138, 1221, 1222, 1223, 1224, 1225, 1226, 1306, 1307, 1308, 1309, 1310, 1311, 1340, 1341, 1342, 1343, 1344, 1345, 1347, 1348, 1349, 1350, 1351, 1352, 1355, 1356, 1357, 1358, 1359, 1360, 1424, 1425, 1426, 1427, 1428, 1429, 1432, 1433, 1434, 1435, 1436, 1437, 1492, 1564, 1571, 1572, 1573, 1574, 1575, 1576, 1708, 4741, 4742, 4743, 4744, 4745, 4746, 4748, 4749, 4750, 4751, 4752, 4753]), Anchor::Lits(&[2071, 2102, 2280, 2322, 2351, 2448, 2559, 2565, 2580, 2581, 2595, 2631, 2634, 2719, 2743, 2752, 2757, 2774, 2781, 2822, 2847, 2850, 2856, 2864, 2870, 2871, 2878, 2880, 2889, 2894, 2938, 2953, 2959, 2960, 2971, 2994, 2996, 3070, 3119, 3259, 3266, 3273, 3304, 3367, 3396, 3402, 3407, 3424, 3487, 3499, 3527, 3651, 3668, 3692, 3822, 3855, 3856, 3909, 3926, 3930, 3979, 3980, 3999, 4000, 4001, 4025, 4045, 4066, 4068, 4100, 4105, 4107, 4118, 4140, 4196, 4219, 4229, 4232, 4249, 4250, 4253, 4271, 4273, 4338, 4342, 4416, 4457, 4474, 4497, 4503, 4514, 4522, 4539, 4540, 4554])]), Anchor::All(&[Anchor::Lits(&[2130, 2500, 2501, 2534, 3571, 4012, 4112, 4302]), Anchor::Lits(&[2640, 2641, 2642, 2643, 2644, 2645, 2658, 2659, 2660, 2661, 2662, 2663, 2796, 2797, 2798, 2799, 2800, 2801, 2814, 2815, 2816, 2817, 2818, 2819, 3308, 3309, 3310, 3311, 3312, 3313, 3326, 3327, 3328, 3329, 3330, 3331, 3345, 3346, 3347, 3348, 3349, 3350, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3533, 3534, 3535, 3536, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3763, 3764, 3765, 3766, 3767, 3768, 3781, 3782, 3783, 3784, 3785, 3786, 3834, 3835, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 4053, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4070, 4071, 4072, 4073, 4074, 4075, 4090, 4091, 4092, 4093, 4094, 4095]), Anchor::Lits(&[1564, 1708])])])),
            (127, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[2131, 2132, 2133, 2134, 2135, 2136, 2174, 2175, 2176, 2177, 2178, 2179, 2388, 2389, 2390, 2391, 2392, 2393, 2535, 2536, 2537, 2538, 2539, 2540, 2701, 2702, 2703, 2704, 2705, 2706, 2724, 2725, 2726, 2727, 2728, 2729, 3083, 3084, 3085, 3086, 3087, 3088, 3427, 3428, 3429, 3430, 3431, 3432, 3572, 3573, 3574, 3575, 3576, 3577, 4303, 4304, 4305, 4306, 4307, 4308]), Anchor::Lits(&[63, 79, 107, 139, 164, 167, 168, 169, 188, 225, 324, 334, 365, 398, 424, 434, 435, 437, 456, 492, 572, 582, 610, 639, 663, 665, 666, 667, 685, 715, 790, 800, 828, 857, 881, 883, 884, 885, 903, 933, 1008, 1018, 1046, 1075, 1099, 1101, 1102, 1103, 1121, 1151, 1238, 1258, 1297, 1335, 1362, 1374, 1375, 1377, 1402, 1453]), Anchor::Lits(&[1502, 1527, 1577, 1651, 1662, 1711, 1994, 4572])])),
            (132, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[1493]), Anchor::Lits(&[2040])])),
            (133, "send-to-a-beacon", Anchor::All(&[Anchor::Lits(&[3217, 3218]), Anchor::Lits(&[2322, 2450, 2523, 2699, 2719, 2959, 2996, 3926, 3981, 4219, 4277, 4416, 4497]), Anchor::Lits(&[1962])])),
            (134, "exfiltrate-to-a-drop", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2452, 2563, 2579, 2635, 2874, 2876, 2877, 2951, 2956, 3157, 3357, 3491, 3699, 3797, 3919, 3985, 4084, 4272, 4520]), Anchor::Lits(&[2523, 2699, 2719, 2878, 2880, 2894, 2958, 2959, 2996, 3407, 3926, 3981, 3982, 4219, 4416, 4457, 4497, 4554]), Anchor::Lits(&[1968, 2521, 3000, 3062, 3217, 3218, 4144, 4360, 4361, 4362, 4363, 4364, 4365])]), Anchor::All(&[Anchor::Lits(&[2452, 2874, 2876, 2877, 2951, 2956, 3157, 3491, 3985, 4272]), Anchor::Lits(&[2068, 2069, 2521, 3000, 3062, 3217, 3218, 4144, 4515, 4516])])])),
            (138, "hidden-html-text", Anchor::Any(&[Anchor::Lits(&[2990, 3821, 4511]), Anchor::All(&[Anchor::Lits(&[2846]), Anchor::Lits(&[3740])]), Anchor::All(&[Anchor::Lits(&[2636]), Anchor::Lits(&[1513, 4535])]), Anchor::All(&[Anchor::Lits(&[3180]), Anchor::Lits(&[1708])])])),
            (140, "agent-addressed-in-data", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1969, 1970, 1972, 1973, 1974, 1975, 1976, 1981, 1984, 1985, 2500, 3444, 3445, 3447, 3448, 3450, 3454, 3455, 3456, 3457, 3458, 3462, 3463, 3465, 3466, 3478, 4765, 4767, 4796, 4831, 4882]), Anchor::All(&[Anchor::Lits(&[3201, 3202, 3203, 3204, 3205, 3206, 3308, 3309, 3310, 3311, 3312, 3313, 3326, 3327, 3328, 3329, 3330, 3331, 3503, 3504, 3505, 3506, 3507, 3508, 3533, 3534, 3535, 3536, 3537, 3538, 3763, 3764, 3765, 3766, 3767, 3768, 3881, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3891, 3892, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 4053, 4054, 4055, 4056, 4057, 4058, 4353, 4354, 4355, 4356, 4357, 4358]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 305, 306, 317, 321, 325, 390, 399, 555, 556, 566, 569, 573, 631, 640, 773, 774, 784, 787, 791, 849, 858, 991, 992, 1002, 1005, 1009, 1067, 1076, 1213, 1214, 1227, 1231, 1243, 1326, 1337]), Anchor::Lits(&[86, 87, 88, 89, 90, 91, 229, 230, 231, 232, 233, 234, 341, 342, 343, 344, 345, 346, 494, 495, 496, 497, 498, 499, 589, 590, 591, 592, 593, 594, 717, 718, 719, 720, 721, 722, 807, 808, 809, 810, 811, 812, 935, 936, 937, 938, 939, 940, 1025, 1026, 1027, 1028, 1029, 1030, 1153, 1154, 1155, 1156, 1157, 1158, 1270, 1271, 1272, 1273, 1274, 1275, 1459, 1460, 1461, 1462, 1463, 1464])]), Anchor::All(&[Anchor::Lits(&[2453, 2454, 2455, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2768, 2769, 2770, 2771, 2772, 2773, 3185, 3186, 3187, 3188, 3189, 3190, 3191, 3192, 3193, 3194, 3195, 3196, 3960, 3961, 3962, 3963, 3964, 3965, 4562, 4563, 4564, 4565, 4566, 4567]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 195, 305, 306, 317, 321, 325, 390, 399, 461, 555, 556, 566, 569, 573, 631, 640, 687, 773, 774, 784, 787, 791, 849, 858, 905, 991, 992, 1002, 1005, 1009, 1067, 1076, 1123, 1213, 1214, 1227, 1231, 1243, 1326, 1337, 1415])]), Anchor::All(&[Anchor::Lits(&[1528, 1529, 1530, 1531, 1532, 1533, 1541, 1542, 1543, 1544, 1545, 1546, 1549, 1550, 1551, 1552, 1553, 1554, 1995, 1996, 1997, 1998, 1999, 2000, 2012, 2013, 2014, 2015, 2016, 2017, 2033, 2034, 2035, 2036, 2037, 2038]), Anchor::Lits(&[44, 45, 55, 58, 64, 131, 141, 305, 306, 317, 321, 325, 390, 399, 555, 556, 566, 569, 573, 631, 640, 773, 774, 784, 787, 791, 849, 858, 991, 992, 1002, 1005, 1009, 1067, 1076, 1213, 1214, 1227, 1231, 1243, 1326, 1337]), Anchor::Lits(&[1558, 2039])]), Anchor::All(&[Anchor::Lits(&[3253, 3254, 3255, 3256, 3257, 3258]), Anchor::Lits(&[2131, 2132, 2133, 2134, 2135, 2136, 2174, 2175, 2176, 2177, 2178, 2179, 2388, 2389, 2390, 2391, 2392, 2393, 2535, 2536, 2537, 2538, 2539, 2540, 2701, 2702, 2703, 2704, 2705, 2706, 3427, 3428, 3429, 3430, 3431, 3432, 3572, 3573, 3574, 3575, 3576, 3577]), Anchor::Lits(&[3275, 3936, 4001, 4117, 4214, 4287, 4288, 4426])]), Anchor::All(&[Anchor::Lits(&[2607, 2608, 2609, 2610, 2776, 2777, 2778, 2779, 3528, 3529, 3530, 3531, 3829, 3830, 3831, 3832, 4108, 4109, 4110, 4111, 4113, 4114, 4115, 4116, 4290, 4291, 4292, 4293, 4422, 4423, 4424, 4425]), Anchor::Lits(&[2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553])]), Anchor::All(&[Anchor::Lits(&[2180, 2183, 2186, 2188, 2198, 2201, 2204, 2206, 2236, 2237, 2238, 2239]), Anchor::Lits(&[1708, 1962, 4740, 4747])]), Anchor::All(&[Anchor::Lits(&[2180, 2183, 2186, 2187, 2189, 2190, 2198, 2201, 2204, 2205, 2207, 2208, 2240, 2241, 2242, 2244, 2254, 2255, 3089, 3090, 3091, 3092, 3093, 3094, 3097, 3098, 3099, 3100, 3101, 3102, 3104, 3105, 3106, 3107, 3117, 3118, 3433, 3434, 3435, 3436, 3437, 3438, 3441, 3442, 3443, 3446, 3449, 3451, 3459, 3460, 3461, 3464, 3477, 3479]), Anchor::Lits(&[2694, 3164, 3276, 3900, 3937, 4013, 4215, 4343, 4344, 4345, 4346])]), Anchor::All(&[Anchor::Lits(&[2174, 2175, 2176, 2177, 2178, 2179, 3427, 3428, 3429, 3430, 3431, 3432]), Anchor::Lits(&[97, 110, 143, 150, 157, 204, 353, 371, 401, 408, 416, 473, 600, 612, 642, 649, 656, 696, 818, 830, 860, 867, 874, 914, 1036, 1048, 1078, 1085, 1092, 1132, 1284, 1305, 1339, 1346, 1354, 1431]), Anchor::Lits(&[2131, 2132, 2133, 2134, 2135, 2136, 2388, 2389, 2390, 2391, 2392, 2393, 2535, 2536, 2537, 2538, 2539, 2540, 3572, 3573, 3574, 3575, 3576, 3577])]), Anchor::All(&[Anchor::Lits(&[1, 30, 258, 288, 512, 541, 730, 759, 948, 977, 1166, 1196, 2619, 2621, 2707, 2709, 2730, 2732]), Anchor::Lits(&[2612, 2700, 2723])]), Anchor::All(&[Anchor::Lits(&[3572, 3573, 3574, 3575, 3576, 3577, 3579, 3580, 3581, 3582, 3583, 3584, 3586, 3587, 3588, 3589, 3590, 3591, 3593, 3594, 3595, 3596, 3597, 3598]), Anchor::Lits(&[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 31, 32, 33, 34, 35, 36, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 289, 290, 291, 292, 293, 294, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 542, 543, 544, 545, 546, 547, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 760, 761, 762, 763, 764, 765, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 978, 979, 980, 981, 982, 983, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1197, 1198, 1199, 1200, 1201, 1202, 3579, 3580, 3581, 3582, 3583, 3584, 3586, 3587, 3588, 3589, 3590, 3591, 3593, 3594, 3595, 3596, 3597, 3598])]), Anchor::All(&[Anchor::Lits(&[1502, 1577, 1651, 1662]), Anchor::Lits(&[2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2174, 2175, 2176, 2177, 2178, 2179, 2196, 2197, 2213, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2388, 2389, 2390, 2391, 2392, 2393, 2395, 2396, 2397, 2421, 2422, 2423, 2424, 2425, 2426, 2427, 2428, 2429, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2542, 2543, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2613, 2614, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2701, 2702, 2703, 2704, 2705, 2706, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 2731, 2732, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 3083, 3084, 3085, 3086, 3087, 3088, 3095, 3096, 3103, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3115, 3116, 3427, 3428, 3429, 3430, 3431, 3432, 3439, 3440, 3452, 3467, 3468, 3469, 3470, 3471, 3472, 3473, 3474, 3475, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3585, 3592, 3639, 3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647]), Anchor::Lits(&[44, 45, 55, 58, 62, 64, 65, 96, 131, 141, 305, 306, 317, 321, 323, 325, 326, 352, 390, 399, 555, 556, 566, 569, 571, 573, 574, 599, 631, 640, 773, 774, 784, 787, 789, 791, 792, 817, 849, 858, 991, 992, 1002, 1005, 1007, 1009, 1010, 1035, 1067, 1076, 1213, 1214, 1227, 1231, 1237, 1243, 1244, 1281, 1326, 1337, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1514, 1518, 1519, 1578, 1579, 1581, 1582, 1584, 1585, 1586, 1597, 1599, 1600, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672])]), Anchor::All(&[Anchor::Lits(&[2304, 2305, 2306, 2307, 2308, 2309, 2527, 2528, 2529, 2530, 2531, 2532, 3207, 3208, 3209, 3210, 3211, 3212, 3681, 3682, 3683, 3684, 3685, 3686, 3790, 3791, 3792, 3793, 3794, 3795]), Anchor::Lits(&[45, 46, 47, 68, 69, 70, 71, 77, 78, 119, 306, 307, 308, 327, 328, 329, 330, 332, 333, 378, 556, 557, 558, 575, 576, 577, 578, 580, 581, 619, 774, 775, 776, 793, 794, 795, 796, 798, 799, 837, 992, 993, 994, 1011, 1012, 1013, 1014, 1016, 1017, 1055, 1214, 1216, 1217, 1247, 1248, 1249, 1250, 1256, 1257, 1314]), Anchor::Lits(&[2281, 2282, 2283, 2284, 2285, 2286, 3056, 3057, 3058, 3059, 3060, 3061])]), Anchor::All(&[Anchor::Lits(&[3763, 3764, 3765, 3766, 3767, 3768]), Anchor::Lits(&[44, 45, 55, 103, 121, 122, 123, 124, 125, 126, 127, 128, 129, 132, 133, 134, 135, 136, 137, 142, 305, 306, 317, 359, 380, 381, 382, 383, 384, 385, 386, 387, 388, 391, 392, 393, 394, 395, 396, 400, 555, 556, 566, 606, 621, 622, 623, 624, 625, 626, 627, 628, 629, 632, 633, 634, 635, 636, 637, 641, 773, 774, 784, 824, 839, 840, 841, 842, 843, 844, 845, 846, 847, 850, 851, 852, 853, 854, 855, 859, 991, 992, 1002, 1042, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1068, 1069, 1070, 1071, 1072, 1073, 1077, 1213, 1214, 1227, 1291, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1327, 1329, 1330, 1331, 1332, 1333, 1338]), Anchor::Lits(&[120, 379, 620, 838, 1056, 1315])]), Anchor::All(&[Anchor::Lits(&[2141, 2365, 2431]), Anchor::Lits(&[2173, 3224])]), Anchor::All(&[Anchor::Lits(&[3750]), Anchor::Lits(&[173, 174, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 440, 441, 442, 443, 444, 445, 448, 449, 450, 451, 452, 453, 670, 671, 672, 673, 674, 675, 677, 678, 679, 680, 681, 682, 888, 889, 890, 891, 892, 893, 895, 896, 897, 898, 899, 900, 1106, 1107, 1108, 1109, 1110, 1111, 1113, 1114, 1115, 1116, 1117, 1118, 1381, 1382, 1383, 1384, 1385, 1386, 1392, 1393, 1394, 1395, 1396, 1397]), Anchor::Lits(&[2141, 2173, 2365, 2431, 3224])]), Anchor::All(&[Anchor::Lits(&[2526, 2583, 2588, 2597, 3414, 3986, 3990]), Anchor::Lits(&[45, 103, 119, 306, 359, 378, 556, 606, 619, 774, 824, 837, 992, 1042, 1055, 1214, 1291, 1314])])]), Anchor::Lits(&[2077, 2102, 2280, 2319, 2322, 2351, 2450, 2533, 2565, 2582, 2595, 2634, 2667, 2719, 2743, 2757, 2766, 2767, 2774, 2780, 2822, 2847, 2851, 2852, 2853, 2854, 2855, 2857, 2858, 2859, 2860, 2861, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2878, 2888, 2889, 2893, 2921, 2931, 2932, 2934, 2938, 2941, 2952, 2953, 2958, 2959, 2994, 2996, 3002, 3003, 3067, 3070, 3119, 3259, 3273, 3304, 3306, 3359, 3367, 3407, 3424, 3480, 3483, 3484, 3499, 3527, 3713, 3714, 3715, 3855, 3856, 3903, 3926, 3930, 3980, 4045, 4065, 4068, 4098, 4107, 4118, 4140, 4198, 4219, 4229, 4232, 4249, 4253, 4276, 4294, 4297, 4332, 4338, 4474, 4497, 4509, 4539, 4554, 4570, 4772, 4789, 4795, 4818, 4826, 4838, 4850, 4859, 4871, 4875, 4947, 4957])])),
            (141, "results-sent-to-an-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2068, 2069, 2128, 2317, 2521, 2555, 2875, 2972, 2997, 3000, 3001, 3062, 3063, 3069, 3077, 3081, 3123, 3217, 3218, 3251, 3405, 3425, 3485, 3486, 3820, 3833, 3854, 3905, 3946, 4144, 4200, 4327, 4417, 4441, 4442, 4515, 4516, 4518, 4519, 4521, 4558, 4559, 4571]), Anchor::All(&[Anchor::Lits(&[85, 101, 171, 179, 186, 187, 190, 340, 357, 438, 446, 454, 455, 457, 588, 604, 668, 676, 683, 684, 686, 806, 822, 886, 894, 901, 902, 904, 1024, 1040, 1104, 1112, 1119, 1120, 1122, 1267, 1289, 1379, 1389, 1398, 1401, 1405]), Anchor::Lits(&[41, 59, 81, 82, 84, 102, 106, 138, 196, 211, 214, 240, 241, 302, 322, 336, 337, 339, 358, 364, 397, 464, 480, 481, 507, 510, 552, 570, 584, 585, 587, 605, 609, 638, 688, 703, 704, 727, 728, 770, 788, 802, 803, 805, 823, 827, 856, 906, 921, 922, 945, 946, 988, 1006, 1020, 1021, 1023, 1041, 1045, 1074, 1124, 1139, 1140, 1163, 1164, 1210, 1232, 1262, 1263, 1265, 1290, 1296, 1334, 1420, 1438, 1441, 1473, 1476]), Anchor::Lits(&[2058, 2059, 2060, 2061, 2062, 2063, 2281, 2282, 2283, 2284, 2285, 2286, 3675, 3676, 3677, 3678, 3679, 3680, 3848, 3849, 3850, 3851, 3852, 3853, 4347, 4348, 4349, 4350, 4351, 4352])])]), Anchor::Lits(&[2524, 2587, 2719, 2775, 2931, 2932, 2933, 2935, 2936, 2958, 2959, 2996, 3080, 3359, 3360, 3397, 3403, 3407, 3410, 3484, 3494, 3498, 3553, 3918, 3926, 3947, 3981, 3982, 4067, 4197, 4219, 4247, 4274, 4276, 4277, 4298, 4418, 4419, 4420, 4456, 4457, 4497, 4555, 4568, 4589, 4591, 4611, 4612, 4613]), Anchor::Lits(&[2632, 2633, 2695, 2696, 2697, 2756, 2758, 2759, 2761, 2764, 2765, 2863, 2878, 2895, 2937, 2950, 2959, 2961, 3172, 3277, 3398, 3399, 3400, 3855, 3910, 3916, 4026, 4069, 4102, 4119, 4132, 4170, 4266, 4267, 4328, 4329, 4330, 4331, 4508, 4590, 4610, 4614, 4615])])),
            (144, "ai-addressed-in-any-language", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2064, 2065, 2066, 2180, 2181, 2182, 2184, 2185, 2191, 2192, 2193, 2194, 2198, 2199, 2200, 2202, 2203, 2209, 2210, 2211, 2212, 2264, 2265, 2266, 2287, 2288, 2289, 2290, 2291, 2292, 2293, 2294, 2295, 2584, 2585, 2586, 2589, 2590, 2591, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2991, 2992, 2993, 3231, 3232, 3233, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247, 3248, 3355, 3356, 3376, 3377, 3378, 3379, 3380, 3381, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3401, 3415, 3416, 3417, 3418, 3419, 3420, 3894, 3895, 3896, 3897, 3898, 3899, 3911, 3912, 3913, 3927, 3928, 3929, 3987, 3988, 3989, 3991, 3992, 3993, 4326, 4337, 4366, 4367, 4368, 4421, 4445, 4560, 4579, 4580, 4581, 4592, 4593, 4594, 4595, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607, 4608, 4609, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 4623, 4624, 4625, 4626, 4627, 4628, 4629, 4630, 4631, 4632, 4633, 4634, 4635, 4636, 4637, 4638, 4639, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4651, 4671, 4676, 4677, 4698, 4700, 4793, 4794]), Anchor::All(&[Anchor::Lits(&[2130, 2364, 2386, 2449, 2510, 4436, 4582, 4586, 4587, 4588, 4765, 4767, 4831]), Anchor::Lits(&[45, 103, 119, 250, 251, 252, 1214, 1291, 1314, 1485, 1486, 1487, 1540, 1547, 1548, 1555, 1556, 1557, 1626, 1629, 1630, 1637, 1638, 1639])]), Anchor::All(&[Anchor::Lits(&[2174, 2179, 3225, 3230, 3370, 3375]), Anchor::Lits(&[60, 61, 66, 67, 72, 73, 75, 76, 117, 118, 191, 192, 193, 194, 212, 213, 226, 227, 242, 243, 244, 245, 246, 247, 248, 249, 1235, 1236, 1245, 1246, 1251, 1252, 1254, 1255, 1312, 1313, 1406, 1407, 1408, 1409, 1439, 1440, 1454, 1455, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484])])]), Anchor::Lits(&[8, 13, 253, 254, 255, 256, 1173, 1178, 1488, 1489, 1490, 1491, 1708, 5011])])),
            (145, "ai-note-with-an-order-any-script", Anchor::All(&[Anchor::Lits(&[2078, 2774, 2871, 3119, 3217, 3218, 3902, 4438, 4653, 4661, 4663, 4664, 4682, 4690, 4713, 4714, 4721, 4726, 4731, 4773, 4777, 4778, 4789, 4790, 4818, 4822, 4826, 4838, 4853, 4854, 4859, 4861, 4866, 4875, 4897, 4906, 4910, 4957, 4979, 4980, 4984, 4985, 4988, 5004]), Anchor::Lits(&[1708, 5011]), Anchor::Lits(&[2173, 3082, 3426])])),
            (146, "data-in-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1493, 1899, 2040, 3215, 4269]), Anchor::Lits(&[3217, 3218]), Anchor::Lits(&[1524, 4572])]), Anchor::All(&[Anchor::Lits(&[2107, 2323, 2451, 2896, 3270, 3271, 3272, 3274]), Anchor::Lits(&[2523, 3264, 3265, 3423, 3921, 4501]), Anchor::Lits(&[2320, 2321, 2751, 2894, 3902, 4138, 4201, 4369])]), Anchor::All(&[Anchor::Lits(&[2794, 3214, 3796, 3917, 4099]), Anchor::Lits(&[2321, 2894, 3171, 3901, 3902, 4201, 4369])])])),
            (148, "ai-reader-told-what-to-do", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2258, 2259, 2260, 2261, 2262, 2263, 2310, 2311, 2312, 2313, 2314, 2315, 2881, 2882, 2883, 2884, 2885, 2886, 2942, 2943, 2944, 2945, 2946, 2947, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534]), Anchor::Lits(&[44, 45, 55, 57, 58, 64, 96, 98, 131, 141, 305, 306, 317, 320, 321, 325, 352, 354, 390, 399, 555, 556, 566, 568, 569, 573, 599, 601, 631, 640, 773, 774, 784, 786, 787, 791, 817, 819, 849, 858, 991, 992, 1002, 1004, 1005, 1009, 1035, 1037, 1067, 1076, 1213, 1214, 1227, 1230, 1231, 1243, 1281, 1285, 1326, 1337])]), Anchor::All(&[Anchor::Lits(&[2174, 2175, 2176, 2177, 2178, 2179, 2245, 2246, 2247, 2248, 2249, 2250]), Anchor::Lits(&[44, 55, 58, 64, 98, 141, 219, 235, 305, 317, 321, 325, 354, 399, 486, 500, 555, 566, 569, 573, 601, 640, 709, 723, 773, 784, 787, 791, 819, 858, 927, 941, 991, 1002, 1005, 1009, 1037, 1076, 1145, 1159, 1213, 1227, 1231, 1243, 1285, 1337, 1446, 1465])])]), Anchor::Lits(&[2105, 2106, 2280, 2351, 2383, 2565, 2580, 2611, 2634, 2719, 2743, 2774, 2822, 2847, 2871, 2878, 2880, 2889, 2894, 2938, 2953, 2959, 2994, 2996, 3070, 3119, 3259, 3304, 3402, 3407, 3490, 3499, 3527, 3856, 3926, 3930, 3980, 4000, 4065, 4107, 4118, 4140, 4196, 4219, 4232, 4253, 4271, 4416, 4457, 4474, 4497, 4539]), Anchor::Any(&[Anchor::Lits(&[1564, 1708, 3674, 4231, 4248, 4538]), Anchor::All(&[Anchor::Lits(&[3688]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[3165, 3166, 3167, 3168, 3169, 3170]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[3174, 3175, 3176, 3177, 3178, 3179]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[3361, 3362, 3363, 3364, 3365, 3366]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])]), Anchor::All(&[Anchor::Lits(&[2357, 2358, 2359, 2360, 2361, 2362]), Anchor::Lits(&[228, 493, 716, 934, 1152, 1458])])])])),
            (152, "note-for-the-bot-i18n", Anchor::All(&[Anchor::Lits(&[2504, 2505, 2506, 2507, 2508, 2509, 2511, 2512, 2513, 2514, 2515, 2516, 3207, 3208, 3209, 3210, 3211, 3212, 3515, 3516, 3517, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3545, 3546, 3547, 3548, 3549, 3550, 3681, 3682, 3683, 3684, 3685, 3686, 3751, 3752, 3753, 3754, 3755, 3756, 3757, 3758, 3759, 3760, 3761, 3762, 3763, 3764, 3765, 3766, 3767, 3768, 3790, 3791, 3792, 3793, 3794, 3795, 4047, 4048, 4049, 4050, 4051, 4052]), Anchor::Lits(&[2131, 2132, 2133, 2134, 2135, 2136, 2139, 2140, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2166, 2167, 2174, 2175, 2176, 2177, 2178, 2179, 2213, 2234, 2366, 2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 2379, 2380, 2381, 2388, 2389, 2390, 2391, 2392, 2393, 2397, 2418, 2421, 2422, 2423, 2424, 2425, 2426, 2429, 2430, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2535, 2536, 2537, 2538, 2539, 2540, 2543, 2544, 2545, 2546, 2547, 2548, 2549, 2550, 2553, 2554, 3225, 3226, 3227, 3228, 3229, 3230, 3249, 3250, 3370, 3371, 3372, 3373, 3374, 3375, 3394, 3395, 3427, 3428, 3429, 3430, 3431, 3432, 3452, 3453, 3467, 3468, 3469, 3470, 3471, 3472, 3475, 3476, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626, 3627, 3628, 3629, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3652, 3653, 3654, 3655, 3656, 3657, 3658, 3659, 3660, 3661, 3662, 3663, 3664, 3665, 3666, 3667]), Anchor::Lits(&[1708, 2039])])),
            (154, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[1971, 1977, 1978, 1979, 1980, 1982, 1983, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 2067, 2129, 2169, 2170, 2171, 2172, 2243, 2318, 2355, 2356, 2465, 2517, 2518, 2519, 2520]), Anchor::Lits(&[2593, 2698, 2699, 2719, 2775, 2959, 2996, 3484, 3926, 4219, 4232, 4245, 4497])])),
            (155, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1685, 2297, 2592, 2972, 3068, 3079, 3173, 3502, 3880, 3904, 3905, 4226, 4339, 4340, 4359, 4417, 4521]), Anchor::All(&[Anchor::Lits(&[2298, 2299, 2300, 2301, 2302, 2303, 3823, 3824, 3825, 3826, 3827, 3828, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3978, 4239, 4240, 4241, 4242, 4243, 4244, 4448, 4449, 4450, 4451, 4452, 4453, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4551, 4552, 4553]), Anchor::Lits(&[59, 84, 95, 130, 172, 203, 240, 322, 339, 351, 389, 439, 472, 507, 570, 587, 598, 630, 669, 695, 727, 788, 805, 816, 848, 887, 913, 945, 1006, 1023, 1034, 1066, 1105, 1131, 1163, 1232, 1265, 1280, 1325, 1380, 1430, 1473])])]), Anchor::Lits(&[2719, 2757, 2878, 2959, 2960, 3214, 3487, 3903, 3918, 3926, 3979, 3981, 3982, 4219, 4232, 4274, 4457, 4497])]), Anchor::All(&[Anchor::Lits(&[80, 130, 240, 335, 389, 507, 583, 630, 727, 801, 848, 945, 1019, 1066, 1163, 1261, 1325, 1473]), Anchor::Lits(&[2298, 2299, 2300, 2301, 2302, 2303, 3823, 3824, 3825, 3826, 3827, 3828, 3967, 3968, 3969, 3970, 3971, 3972, 4239, 4240, 4241, 4242, 4243, 4244]), Anchor::Lits(&[3071, 3072, 3073, 3074, 3075, 3076, 3158, 3159, 3160, 3161, 3162, 3163, 4220, 4221, 4222, 4223, 4224, 4225, 4233, 4234, 4235, 4236, 4237, 4238])])])),
            (170, "admin-role-handed-out", Anchor::Any(&[Anchor::Lits(&[3492, 3493]), Anchor::All(&[Anchor::Lits(&[2078, 3847, 4213, 4507]), Anchor::Lits(&[3120, 3121]), Anchor::Lits(&[495, 499, 1460, 1464])]), Anchor::All(&[Anchor::Lits(&[2078, 3847, 4213, 4507]), Anchor::Lits(&[2561, 2562, 2890, 2891, 2939, 2940, 3488, 3489, 3939, 3940, 3997, 3998, 4439, 4440, 4495, 4496])]), Anchor::All(&[Anchor::Lits(&[2078, 3847, 4213, 4507]), Anchor::Lits(&[2384, 2385, 3072, 3076, 3120, 3121, 3159, 3163])]), Anchor::All(&[Anchor::Lits(&[2078, 3847, 4213, 4301, 4507]), Anchor::Lits(&[2103, 2104, 3669, 3670, 3983, 3984]), Anchor::Lits(&[362, 363, 367, 368, 495, 499, 1294, 1295, 1301, 1302, 1460, 1464])]), Anchor::All(&[Anchor::Lits(&[3120, 3121]), Anchor::Lits(&[300, 301, 1208, 1209]), Anchor::Any(&[Anchor::Lits(&[2257, 3492, 3493]), Anchor::All(&[Anchor::Lits(&[508, 1474]), Anchor::Lits(&[2744, 2745])]), Anchor::All(&[Anchor::Lits(&[4120]), Anchor::Lits(&[2744, 2745])])])]), Anchor::All(&[Anchor::Lits(&[3120, 3121]), Anchor::Lits(&[3966]), Anchor::Any(&[Anchor::Lits(&[2078, 3847, 3879, 4213, 4301, 4507]), Anchor::All(&[Anchor::Lits(&[2259, 2263]), Anchor::Lits(&[431, 1371])])])]), Anchor::All(&[Anchor::Lits(&[3879]), Anchor::Any(&[Anchor::Lits(&[3070, 3119, 4416]), Anchor::All(&[Anchor::Lits(&[3159, 3163]), Anchor::Lits(&[436, 1376])])]), Anchor::Lits(&[428, 429, 432, 433, 1368, 1369, 1372, 1373])])])),
            (171, "control-weakened", Anchor::Any(&[Anchor::Lits(&[2278, 2494, 2831, 3552, 3691]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1693, 2269, 2270, 2272, 2274, 2277, 2279, 2637, 2638, 3500, 3551, 3671, 3672, 3673, 4443, 4444]), Anchor::All(&[Anchor::Lits(&[3500]), Anchor::Lits(&[3922]), Anchor::Lits(&[3252, 4557])]), Anchor::All(&[Anchor::Lits(&[2071]), Anchor::Lits(&[4133, 4134, 4135, 4136, 4137]), Anchor::Lits(&[3922])]), Anchor::All(&[Anchor::Lits(&[3690]), Anchor::Lits(&[3923, 3924, 4139])]), Anchor::All(&[Anchor::Lits(&[2493]), Anchor::Lits(&[3922]), Anchor::Lits(&[3252, 4557])]), Anchor::All(&[Anchor::Lits(&[4227, 4228]), Anchor::Lits(&[3922]), Anchor::Lits(&[3252, 4557])]), Anchor::All(&[Anchor::Lits(&[3922]), Anchor::Lits(&[3902]), Anchor::Lits(&[3252, 4557])]), Anchor::All(&[Anchor::Lits(&[2168]), Anchor::Lits(&[3922]), Anchor::Lits(&[3252, 4557])]), Anchor::All(&[Anchor::Lits(&[3938]), Anchor::Lits(&[3922]), Anchor::Lits(&[3252, 4557])]), Anchor::All(&[Anchor::Lits(&[2472, 2475, 2484]), Anchor::Lits(&[1328, 2051, 3275, 4415])]), Anchor::All(&[Anchor::Lits(&[3213]), Anchor::Lits(&[2071])]), Anchor::All(&[Anchor::Lits(&[3408, 3409]), Anchor::Lits(&[1288, 2049])]), Anchor::All(&[Anchor::Lits(&[4333, 4334]), Anchor::Lits(&[3500])]), Anchor::All(&[Anchor::Lits(&[3500]), Anchor::Lits(&[2762, 2763])]), Anchor::All(&[Anchor::Lits(&[2879]), Anchor::Lits(&[3500])])]), Anchor::Any(&[Anchor::Lits(&[2565, 2766, 2774, 2782, 2822, 2871, 2955, 3396, 3421, 3482, 3908, 4046, 4065, 4275, 4296, 4297, 4446, 4447, 4454, 4471, 4517]), Anchor::All(&[Anchor::Lits(&[430, 1370]), Anchor::Lits(&[4439, 4440])]), Anchor::All(&[Anchor::Lits(&[4251, 4252]), Anchor::Lits(&[430, 1370])]), Anchor::All(&[Anchor::Lits(&[4335, 4336]), Anchor::Lits(&[430, 1370])]), Anchor::All(&[Anchor::Lits(&[460, 1414]), Anchor::Lits(&[3065, 3066]), Anchor::Lits(&[427, 1367])])])]), Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[4472, 4473]), Anchor::Lits(&[3500])]), Anchor::All(&[Anchor::Lits(&[2872, 2873]), Anchor::Lits(&[462, 463, 1416, 1417]), Anchor::Lits(&[2072, 2073])])]), Anchor::Lits(&[2280])]), Anchor::All(&[Anchor::Lits(&[504, 505, 1469, 1470]), Anchor::Lits(&[319, 423, 447, 465, 1229, 1361, 1390, 1421])]), Anchor::All(&[Anchor::Lits(&[3690]), Anchor::Any(&[Anchor::Lits(&[1683, 2949, 3358]), Anchor::All(&[Anchor::Lits(&[369, 1303]), Anchor::Lits(&[2311, 2315])]), Anchor::All(&[Anchor::Lits(&[370, 1304]), Anchor::Lits(&[2259, 2263])]), Anchor::All(&[Anchor::Lits(&[369, 1303]), Anchor::Lits(&[2943, 2947])])]), Anchor::Lits(&[3922])])])),
            (172, "sensitive-data-opened-to-everyone", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3120, 3121]), Anchor::Lits(&[3966]), Anchor::Any(&[Anchor::Lits(&[2257, 4001, 4216, 4502]), Anchor::All(&[Anchor::Lits(&[3934]), Anchor::Lits(&[2259, 2263])])])]), Anchor::All(&[Anchor::Lits(&[2075, 2076, 2502, 2503, 3824, 3828, 3995, 3996, 4010, 4011, 4217, 4218, 4512, 4513]), Anchor::Any(&[Anchor::Lits(&[2316, 2948, 2949, 3358, 3966]), Anchor::All(&[Anchor::Lits(&[509, 1475]), Anchor::Lits(&[2259, 2263])]), Anchor::All(&[Anchor::Lits(&[4121]), Anchor::Lits(&[2259, 2263])]), Anchor::All(&[Anchor::Lits(&[2898]), Anchor::Lits(&[2259, 2263])]), Anchor::All(&[Anchor::Lits(&[4537]), Anchor::Lits(&[2666, 3846]), Anchor::Lits(&[4348, 4352])])]), Anchor::Any(&[Anchor::Lits(&[2960, 3411, 3487, 4232]), Anchor::All(&[Anchor::Lits(&[3824, 3828]), Anchor::Lits(&[506, 1471])])])]), Anchor::All(&[Anchor::Lits(&[3412, 3413]), Anchor::Any(&[Anchor::Lits(&[2316, 2948, 2949, 3358, 3966]), Anchor::All(&[Anchor::Lits(&[509, 1475]), Anchor::Lits(&[2259, 2263])]), Anchor::All(&[Anchor::Lits(&[4121]), Anchor::Lits(&[2259, 2263])]), Anchor::All(&[Anchor::Lits(&[2898]), Anchor::Lits(&[2259, 2263])]), Anchor::All(&[Anchor::Lits(&[4537]), Anchor::Lits(&[2666, 3846]), Anchor::Lits(&[4348, 4352])])]), Anchor::Any(&[Anchor::Lits(&[2071, 3994, 4001, 4214, 4510]), Anchor::All(&[Anchor::Lits(&[4216]), Anchor::Lits(&[347, 1276])])])])])),
            (173, "tool-output-approves-itself", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2420, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 3013, 3014, 3015, 3016, 3024, 3025, 3033, 3034, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3799, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4392, 4400, 4408, 4409, 4410, 4411, 4412, 4413, 4414]), Anchor::All(&[Anchor::Lits(&[2074, 2325, 2522, 2596, 2954, 3124, 3914, 3925, 4141, 4142, 4212, 4246, 4268, 4427]), Anchor::Lits(&[1625, 1708, 1963, 4106])]), Anchor::All(&[Anchor::Lits(&[4103, 4104]), Anchor::Lits(&[1534]), Anchor::Lits(&[2998, 2999, 3807, 3808])]), Anchor::All(&[Anchor::Lits(&[271, 297, 459, 1179, 1205, 1413, 1537, 1538, 1539]), Anchor::Lits(&[1535, 1536, 1537, 1538, 1539])])]), Anchor::Any(&[Anchor::Lits(&[2268, 2271, 2279, 2324, 2556, 2557, 2558, 2668, 2836, 2892, 3122, 3422, 3915, 3935, 4101, 4458, 4536]), Anchor::All(&[Anchor::Lits(&[2495]), Anchor::Lits(&[4143, 4569])]), Anchor::All(&[Anchor::Lits(&[4541]), Anchor::Lits(&[2382, 2668])]), Anchor::All(&[Anchor::Lits(&[3501]), Anchor::Lits(&[425, 1365])]), Anchor::All(&[Anchor::Lits(&[309, 415, 458, 1219, 1353, 1411]), Anchor::Lits(&[3481])]), Anchor::All(&[Anchor::Lits(&[288, 1196, 2275, 2276, 2353, 2354, 2498, 2499]), Anchor::Lits(&[2273, 2352, 2497]), Anchor::Lits(&[4437])])])])),
            (177, "file-posted-to-an-outside-url", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1607, 1608, 1609, 1610, 1611, 1612, 1618, 1619, 1620, 1621, 1622, 1623, 1631, 1632, 1633, 1634, 1635, 1636]), Anchor::All(&[Anchor::Lits(&[1627, 1628]), Anchor::Lits(&[1968])])]), Anchor::Lits(&[3000, 3001, 3217, 3218]), Anchor::Lits(&[2757, 3216, 4522, 4556])])),
            (191, "override-instructions-cjk", Anchor::Lits(&[4757, 4770, 4779, 4784, 4791, 4807, 4813, 4828, 4837, 4843, 4863, 4864, 4865, 4866, 4867, 4870, 4872, 4874, 4878, 4881, 4892, 4897, 4920, 4922, 4934, 4935, 4947, 4952, 4958, 4961, 4980, 5002, 5003])),
            (194, "override-instructions-other-scripts", Anchor::Lits(&[4583, 4584, 4585, 4654, 4655, 4669, 4674, 4680, 4683, 4689, 4696, 4710, 4711, 4722, 4727, 4728, 4729, 4734, 4737, 4739])),
            (197, "unrestricted-persona-other-scripts", Anchor::Lits(&[4678, 4684, 4712, 4725, 4738, 4758, 4759, 4852, 4858, 4894, 4895, 4923, 4927, 4934, 4935, 4953, 4964, 4993, 4998])),
            (199, "reveal-system-prompt-other-scripts", Anchor::Lits(&[4670, 4681, 4685, 4692, 4703, 4706, 4717, 4718, 4724, 4733, 4735, 4770, 4771, 4816, 4917, 4966, 4971, 4977, 4983, 4989, 5007])),
            (201, "disable-safety-other-scripts", Anchor::Lits(&[4769, 4804, 4809, 4848, 4849, 4907, 4915, 4926, 4928, 4947, 4948, 4962, 4970, 4972, 4974, 4986, 5000])),
            (203, "stop-following-instructions-cjk", Anchor::Lits(&[4761, 4762, 4764, 4840, 4845, 4871, 4884, 4885, 4900, 4901, 4931, 4959, 4960, 4975, 5006])),
            (207, "conceal-from-the-user-cjk", Anchor::Lits(&[4775, 4802, 4903])),
            (214, "reveal-system-prompt-zh", Anchor::Lits(&[4799, 4800, 4801, 4808, 4811, 4814, 4815, 4832, 4919, 4920, 4921, 4922, 4965, 4967])),
            (216, "admin-role-handed-out-other-scripts", Anchor::Lits(&[4665, 4668, 4673, 4686, 4687, 4693, 4694, 4695, 4707, 4708, 4709, 4719, 4720, 4792, 4795, 4812, 4829, 4830, 4873, 4875, 4925, 4930, 4945, 4946, 4984, 5009])),
            (218, "control-weakened-other-scripts", Anchor::Lits(&[4768, 4803, 4804, 4809, 4818, 4822, 4827, 4833, 4834, 4839, 4846, 4876, 4877, 4896, 4915, 4918, 4936, 4962, 4972, 4974, 4987, 4988, 5005, 5010])),
            (220, "destructive-without-confirmation-cjk", Anchor::Any(&[Anchor::Lits(&[4817, 4818, 4821, 4822, 4868, 4869, 4893]), Anchor::All(&[Anchor::Lits(&[4844, 4851, 4857, 4913, 4914, 4937, 4940, 4941, 4944, 4963]), Anchor::Lits(&[4783, 4785, 4786, 4787, 4788, 4819, 4823, 4879, 4880, 4886, 4887, 4898, 4899])])])),
            (221, "results-sent-to-an-address-cjk", Anchor::Lits(&[4766, 4777, 4778, 4798, 4806, 4835, 4838, 4860, 4862, 4904, 4906, 4949, 4950, 4951, 4954, 4955, 4956, 4957, 4982, 4992, 5004])),
            (222, "addressed-to-the-agent-other-scripts", Anchor::Any(&[Anchor::Lits(&[4656, 4657, 4658, 4659, 4660, 4666, 4667, 4672, 4675, 4691, 4701, 4702, 4723, 4730, 4760, 4763, 4939, 4943, 4968, 4969, 4973, 4999, 5008]), Anchor::All(&[Anchor::Lits(&[4973, 4999, 5008]), Anchor::Lits(&[2173, 5001])]), Anchor::All(&[Anchor::Lits(&[4841, 4842, 4924, 4929, 4933]), Anchor::Lits(&[2173, 4793, 4796, 4831, 4847, 4882, 4883, 4938, 4942])])])),
            (223, "conceal-from-the-user-other-scripts", Anchor::Lits(&[4652, 4662, 4679, 4684, 4688, 4697, 4699, 4704, 4705, 4712, 4715, 4716, 4732, 4736, 4756, 4797, 4805, 4810, 4820, 4824, 4836, 4855, 4856, 4888, 4889, 4902, 4905, 4908, 4909, 4911, 4912, 4916, 4932, 4976, 4978, 4979, 4981, 4990, 4991])),
            (225, "no-limits-any-more-cjk", Anchor::Lits(&[4774, 4776, 4780, 4781, 4782, 4825, 4890, 4891, 4934, 4994, 4995, 4996, 4997])),
            (229, "data-sent-to-a-raw-address", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1685, 2525, 2564, 2849, 2972, 3068, 3173, 3357, 3368, 3700, 3701, 3702, 3798, 3904, 3906, 3920, 4084, 4085, 4341, 4417, 4520]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[1688, 1689, 1690]), Anchor::All(&[Anchor::Lits(&[1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649]), Anchor::Lits(&[1686, 1691, 1694, 1696, 1698, 1700, 1702, 1704, 1706])])]), Anchor::Lits(&[1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649]), Anchor::Lits(&[1682, 1687, 1692, 1695, 1697, 1699, 1701, 1703, 1705, 1707])])]), Anchor::Lits(&[2267, 2719, 2757, 2887, 2957, 2996, 3687, 3689, 3918, 3926, 3981, 4199, 4219, 4230, 4247, 4274, 4497, 4522])])),
            (230, "approval-forged-in-data", Anchor::Any(&[Anchor::Lits(&[1496, 1497, 1498, 1499, 1500, 1501]), Anchor::All(&[Anchor::Lits(&[1994]), Anchor::Lits(&[2039]), Anchor::Lits(&[2352, 2496, 2497, 3122, 4437, 4561])])])),
            (241, "forged-tool-result", Anchor::All(&[Anchor::Lits(&[2326, 2327, 2328, 2329, 2330, 2331, 2334, 2336, 2337, 2338, 2339, 2340, 2341, 2342, 3017, 3018, 3019, 3020, 3021, 3022, 3023, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3800, 3801, 3802, 3803, 3804, 3805, 3806, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4393, 4394, 4395, 4396, 4397, 4398, 4399, 4401, 4402, 4403, 4404, 4405, 4406, 4407]), Anchor::Lits(&[48, 92, 93, 94, 166, 236, 237, 238, 310, 348, 349, 350, 426, 501, 502, 503, 559, 595, 596, 597, 664, 724, 725, 726, 777, 813, 814, 815, 882, 942, 943, 944, 995, 1031, 1032, 1033, 1100, 1160, 1161, 1162, 1220, 1277, 1278, 1279, 1366, 1466, 1467, 1468, 1846, 1868, 1869, 1870, 1907, 1958, 1959, 1960]), Anchor::Lits(&[1711])])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0x1c20c70ad031f883;
