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
\x20a different \
\x20a image\
\x20a image \
\x20a img\
\x20a img \
\x20a link\
\x20a link \
\x20a markdown image\
\x20a markdown image \
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
\x20abaikan \
\x20abide by \
\x20abiding by \
\x20above\
\x20above \
\x20access\
\x20access \
\x20access granted\
\x20access key\
\x20account\
\x20accountadmin\
\x20achana na \
\x20act as \
\x20act like \
\x20acting as \
\x20activating\
\x20actual \
\x20acuhkan \
\x20address\
\x20adhere to \
\x20adhering to \
\x20advisory\
\x20advisory mode \
\x20after \
\x20after cortex \
\x20after the agent \
\x20after the assistant \
\x20after the model \
\x20after you \
\x20against all of your \
\x20against all your \
\x20against of your \
\x20against your \
\x20agent \
\x20agent command\
\x20agent directive\
\x20agent instruction\
\x20agent note\
\x20agent order\
\x20agent override\
\x20agent prompt\
\x20agent task\
\x20agents \
\x20ahead of\
\x20ai\
\x20ai \
\x20ai command\
\x20ai directive\
\x20ai instruction\
\x20ai note\
\x20ai order\
\x20ai override\
\x20ai prompt\
\x20ai task\
\x20ais \
\x20alert \
\x20alerting \
\x20alerts\
\x20alituntunin \
\x20all\
\x20all actions \
\x20all calls \
\x20all commands \
\x20all queries \
\x20all requests \
\x20all statements \
\x20all that the \
\x20all that your \
\x20all the \
\x20all tool calls \
\x20all your \
\x20allow all mode \
\x20allow list \
\x20allowed \
\x20allowed list \
\x20allowed roles \
\x20allowed statements \
\x20allowed tools \
\x20allowlist \
\x20allowlisted \
\x20alt text\
\x20alter user\
\x20always \
\x20always says yes\
\x20amoral \
\x20amri \
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
\x20and carry out \
\x20and comply with \
\x20and do \
\x20and execute \
\x20and follow \
\x20and no \
\x20and obey \
\x20and perform \
\x20and then \
\x20anfanglichen anweisungen\
\x20another \
\x20answer as \
\x20answers any question\
\x20answers anything\
\x20answers every question\
\x20answers everything\
\x20anweisungen\
\x20any time cortex \
\x20any time the agent \
\x20any time the assistant \
\x20any time the model \
\x20any time you \
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
\x20api\
\x20api key\
\x20applied\
\x20apply\
\x20apply to you \
\x20approval\
\x20approval \
\x20approve \
\x20approved \
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
\x20as a \
\x20as a joke\
\x20as a suggestion\
\x20as advisory\
\x20as an \
\x20as canceled\
\x20as cancelled\
\x20as guidelines only\
\x20as i command\
\x20as i order\
\x20as i say\
\x20as i tell you\
\x20as i type\
\x20as i write\
\x20as if \
\x20as irrelevant\
\x20as jokes\
\x20as non binding\
\x20as nonbinding\
\x20as not binding\
\x20as optional\
\x20as soon as \
\x20as suggestions\
\x20as that \
\x20as the \
\x20as this \
\x20as though \
\x20as void\
\x20aside \
\x20ask \
\x20asked \
\x20asked in you\
\x20asked into you\
\x20asked to you\
\x20asked you\
\x20asking \
\x20assistant\
\x20assistant \
\x20assistant command\
\x20assistant directive\
\x20assistant instruction\
\x20assistant note\
\x20assistant order\
\x20assistant override\
\x20assistant prompt\
\x20assistant task\
\x20assistants \
\x20assume \
\x20at the beginning\
\x20at the start\
\x20aturan\
\x20aturan \
\x20audit\
\x20audit only mode \
\x20auditing \
\x20auditing you\
\x20aufgehoben \
\x20authored your \
\x20authorised \
\x20authorized \
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
\x20back up \
\x20backup \
\x20balewalain \
\x20base64 \
\x20base6a \
\x20batasan\
\x20be \
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
\x20behind you \
\x20benchmarking you\
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
\x20booting you into\
\x20bot\
\x20bot \
\x20bot command\
\x20bot directive\
\x20bot instruction\
\x20bot note\
\x20bot order\
\x20bot override\
\x20bot prompt\
\x20bot task\
\x20bother \
\x20bothering \
\x20bots \
\x20bound to \
\x20boundaries \
\x20break free of \
\x20breaking free of \
\x20breaks \
\x20broken free of \
\x20bucket\
\x20budget \
\x20but no \
\x20bypass \
\x20bypass all \
\x20bypass any \
\x20bypass its \
\x20bypass mode \
\x20bypass our \
\x20bypass the \
\x20bypass their \
\x20bypasses \
\x20bypassing all \
\x20bypassing any \
\x20bypassing its \
\x20bypassing our \
\x20bypassing the \
\x20bypassing their \
\x20called\
\x20can do anything\
\x20can not catch\
\x20can not detect\
\x20can not find out\
\x20can not flag\
\x20can not know\
\x20can not notice\
\x20can not see\
\x20can not spot\
\x20can now \
\x20cancel \
\x20canceled\
\x20cancelled\
\x20cancels \
\x20cannot catch\
\x20cannot detect\
\x20cannot find out\
\x20cannot flag\
\x20cannot know\
\x20cannot notice\
\x20cannot see\
\x20cannot spot\
\x20cant catch\
\x20cant detect\
\x20cant find out\
\x20cant flag\
\x20cant know\
\x20cant notice\
\x20cant see\
\x20cant spot\
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
\x20character\
\x20character as \
\x20chat\
\x20chatbot\
\x20chatbot \
\x20chatbots \
\x20checker\
\x20checks\
\x20checks \
\x20chi dan \
\x20chi thi \
\x20circumvent \
\x20classifier\
\x20classifier \
\x20claude \
\x20clear text \
\x20cleared \
\x20cleartext \
\x20coded you\
\x20come back as \
\x20commands\
\x20compelled to \
\x20compliance \
\x20comply with \
\x20complying with \
\x20comprobaciones de seguridad\
\x20config \
\x20configuration \
\x20configured your \
\x20confirmation\
\x20connection to\
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
\x20containing \
\x20content of \
\x20content policy \
\x20contents of \
\x20context\
\x20continue as \
\x20contrainte\
\x20control\
\x20control you \
\x20control your \
\x20controles de securite\
\x20controles de seguridad\
\x20controlli di sicurezza\
\x20controls you \
\x20controls your \
\x20conversation\
\x20copia \
\x20copied\
\x20copilot command\
\x20copilot directive\
\x20copilot instruction\
\x20copilot note\
\x20copilot order\
\x20copilot override\
\x20copilot prompt\
\x20copilot task\
\x20copy \
\x20copy of you \
\x20cortex \
\x20cortex route\
\x20cortexroute \
\x20covert \
\x20create user\
\x20created you\
\x20credential\
\x20credentials\
\x20customer \
\x20data\
\x20data protection \
\x20dead \
\x20debugging you\
\x20deceased \
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
\x20denetim kayd\
\x20deny a request\
\x20deny a single\
\x20deny any\
\x20deny me\
\x20deny my\
\x20deny requests\
\x20denylist \
\x20departed \
\x20deprecated\
\x20designed you\
\x20developer instructions\
\x20developer message\
\x20developer prompt\
\x20did not \
\x20did you\
\x20didnt \
\x20directions\
\x20directive from \
\x20directives\
\x20directives from \
\x20directly\
\x20direksyon \
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
\x20disclose \
\x20disclosing \
\x20discord\
\x20display \
\x20disregard \
\x20disregards \
\x20dns lookup\
\x20dns queries\
\x20dns requests\
\x20dns resolution\
\x20do anything\
\x20do not \
\x20do not break character \
\x20do not break out of character \
\x20do not catch\
\x20do not censor\
\x20do not check\
\x20do not clean\
\x20do not detect\
\x20do not filter\
\x20do not find out\
\x20do not flag\
\x20do not inspect\
\x20do not know\
\x20do not leave in character \
\x20do not notice\
\x20do not redact\
\x20do not sanitise\
\x20do not sanitising\
\x20do not sanitize\
\x20do not sanitizing\
\x20do not scan\
\x20do not screen\
\x20do not see\
\x20do not spot\
\x20do not validate\
\x20do not validating\
\x20do you\
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
\x20does anything  asked\
\x20does anything  commanded\
\x20does anything  told\
\x20does anything asked\
\x20does anything commanded\
\x20does anything he is asked\
\x20does anything he is commanded\
\x20does anything he is told\
\x20does anything he isasked\
\x20does anything he iscommanded\
\x20does anything he istold\
\x20does anything i am asked\
\x20does anything i am commanded\
\x20does anything i am told\
\x20does anything i amasked\
\x20does anything i amcommanded\
\x20does anything i amtold\
\x20does anything im asked\
\x20does anything im commanded\
\x20does anything im told\
\x20does anything imasked\
\x20does anything imcommanded\
\x20does anything imtold\
\x20does anything it is asked\
\x20does anything it is commanded\
\x20does anything it is told\
\x20does anything it isasked\
\x20does anything it iscommanded\
\x20does anything it istold\
\x20does anything its asked\
\x20does anything its commanded\
\x20does anything its told\
\x20does anything itsasked\
\x20does anything itscommanded\
\x20does anything itstold\
\x20does anything she is asked\
\x20does anything she is commanded\
\x20does anything she is told\
\x20does anything she isasked\
\x20does anything she iscommanded\
\x20does anything she istold\
\x20does anything told\
\x20does anything you are asked\
\x20does anything you are commanded\
\x20does anything you are told\
\x20does anything you areasked\
\x20does anything you arecommanded\
\x20does anything you aretold\
\x20does anything youre asked\
\x20does anything youre commanded\
\x20does anything youre told\
\x20does anything youreasked\
\x20does anything yourecommanded\
\x20does anything youretold\
\x20does everything  asked\
\x20does everything  commanded\
\x20does everything  told\
\x20does everything asked\
\x20does everything commanded\
\x20does everything he is asked\
\x20does everything he is commanded\
\x20does everything he is told\
\x20does everything he isasked\
\x20does everything he iscommanded\
\x20does everything he istold\
\x20does everything i am asked\
\x20does everything i am commanded\
\x20does everything i am told\
\x20does everything i amasked\
\x20does everything i amcommanded\
\x20does everything i amtold\
\x20does everything im asked\
\x20does everything im commanded\
\x20does everything im told\
\x20does everything imasked\
\x20does everything imcommanded\
\x20does everything imtold\
\x20does everything it is asked\
\x20does everything it is commanded\
\x20does everything it is told\
\x20does everything it isasked\
\x20does everything it iscommanded\
\x20does everything it istold\
\x20does everything its asked\
\x20does everything its commanded\
\x20does everything its told\
\x20does everything itsasked\
\x20does everything itscommanded\
\x20does everything itstold\
\x20does everything she is asked\
\x20does everything she is commanded\
\x20does everything she is told\
\x20does everything she isasked\
\x20does everything she iscommanded\
\x20does everything she istold\
\x20does everything told\
\x20does everything you are asked\
\x20does everything you are commanded\
\x20does everything you are told\
\x20does everything you areasked\
\x20does everything you arecommanded\
\x20does everything you aretold\
\x20does everything youre asked\
\x20does everything youre commanded\
\x20does everything youre told\
\x20does everything youreasked\
\x20does everything yourecommanded\
\x20does everything youretold\
\x20does not \
\x20does not care about \
\x20does not catch\
\x20does not detect\
\x20does not find out\
\x20does not flag\
\x20does not follow \
\x20does not have \
\x20does not know\
\x20does not know \
\x20does not notice\
\x20does not see\
\x20does not spot\
\x20does whatever  asked\
\x20does whatever  commanded\
\x20does whatever  told\
\x20does whatever asked\
\x20does whatever commanded\
\x20does whatever he is asked\
\x20does whatever he is commanded\
\x20does whatever he is told\
\x20does whatever he isasked\
\x20does whatever he iscommanded\
\x20does whatever he istold\
\x20does whatever i am asked\
\x20does whatever i am commanded\
\x20does whatever i am told\
\x20does whatever i amasked\
\x20does whatever i amcommanded\
\x20does whatever i amtold\
\x20does whatever im asked\
\x20does whatever im commanded\
\x20does whatever im told\
\x20does whatever imasked\
\x20does whatever imcommanded\
\x20does whatever imtold\
\x20does whatever it is asked\
\x20does whatever it is commanded\
\x20does whatever it is told\
\x20does whatever it isasked\
\x20does whatever it iscommanded\
\x20does whatever it istold\
\x20does whatever its asked\
\x20does whatever its commanded\
\x20does whatever its told\
\x20does whatever itsasked\
\x20does whatever itscommanded\
\x20does whatever itstold\
\x20does whatever she is asked\
\x20does whatever she is commanded\
\x20does whatever she is told\
\x20does whatever she isasked\
\x20does whatever she iscommanded\
\x20does whatever she istold\
\x20does whatever told\
\x20does whatever you are asked\
\x20does whatever you are commanded\
\x20does whatever you are told\
\x20does whatever you areasked\
\x20does whatever you arecommanded\
\x20does whatever you aretold\
\x20does whatever youre asked\
\x20does whatever youre commanded\
\x20does whatever youre told\
\x20does whatever youreasked\
\x20does whatever yourecommanded\
\x20does whatever youretold\
\x20doesnt \
\x20doesnt care about \
\x20doesnt catch\
\x20doesnt detect\
\x20doesnt find out\
\x20doesnt flag\
\x20doesnt follow \
\x20doesnt have \
\x20doesnt know\
\x20doesnt know \
\x20doesnt notice\
\x20doesnt see\
\x20doesnt spot\
\x20dont \
\x20dont break character \
\x20dont break out of character \
\x20dont catch\
\x20dont censor\
\x20dont check\
\x20dont clean\
\x20dont detect\
\x20dont filter\
\x20dont find out\
\x20dont flag\
\x20dont inspect\
\x20dont know\
\x20dont leave in character \
\x20dont notice\
\x20dont redact\
\x20dont sanitise\
\x20dont sanitising\
\x20dont sanitize\
\x20dont sanitizing\
\x20dont scan\
\x20dont screen\
\x20dont see\
\x20dont spot\
\x20dont validate\
\x20dont validating\
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
\x20dump\
\x20dump \
\x20e mail \
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
\x20email\
\x20email \
\x20email addresses\
\x20emails\
\x20emulate \
\x20emulating \
\x20enabled \
\x20enabling\
\x20encoded \
\x20ended\
\x20endpoint\
\x20engaging\
\x20entering\
\x20env var\
\x20envelope\
\x20envelope \
\x20environment\
\x20envision \
\x20erased\
\x20escape from \
\x20escaped from \
\x20ethics \
\x20evade \
\x20evaluating you\
\x20every action \
\x20every call \
\x20every command \
\x20every night \
\x20every query \
\x20every request \
\x20every statement \
\x20every time cortex \
\x20every time the agent \
\x20every time the assistant \
\x20every time the model \
\x20every time you \
\x20every tool call \
\x20everything \
\x20everything that the \
\x20everything that your \
\x20everything the \
\x20everything your \
\x20evil \
\x20exact \
\x20exactly \
\x20exclusively for me\
\x20exclusively from me\
\x20exclusively me\
\x20exclusively to me\
\x20execute anything \
\x20execute the following \
\x20exempt from \
\x20exfiltrat\
\x20exfiltrate \
\x20exist\
\x20expects \
\x20expired\
\x20export\
\x20export \
\x20external \
\x20fake\
\x20false\
\x20fara \
\x20filter\
\x20filtera\
\x20filters \
\x20filtre\
\x20filtre de securite\
\x20filtres de securite\
\x20filtri di sicurezza\
\x20filtro de seguridad\
\x20filtros\
\x20filtros de seguranca\
\x20filtros de seguridad\
\x20filtrov\
\x20filtru\
\x20filtry bezpieczenstwa\
\x20firewall\
\x20first \
\x20follow \
\x20followed by \
\x20following \
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
\x20forward \
\x20free from \
\x20free of \
\x20freed from \
\x20from \
\x20from anthropic\
\x20from before\
\x20from claude\
\x20from cortex\
\x20from earlier\
\x20from openai\
\x20from snowflake\
\x20from the \
\x20from the anthropic\
\x20from the beginning\
\x20from the claude\
\x20from the cortex\
\x20from the openai\
\x20from the snowflake\
\x20from the start\
\x20from your \
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
\x20geheime instructies\
\x20geheimen anweisungen\
\x20get \
\x20getting \
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
\x20gone\
\x20google drive \
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
\x20guardrails\
\x20guardrails \
\x20guideline that \
\x20guideline which \
\x20guidelines\
\x20guidelines \
\x20guvenlik filtre\
\x20guvenlik kontrol\
\x20had you\
\x20has no \
\x20has priority over \
\x20has to \
\x20have priority over \
\x20have to \
\x20have you\
\x20hex \
\x20hidden \
\x20hidden instructions\
\x20hidden prompt\
\x20hinfallig \
\x20hiraukan \
\x20honor \
\x20honour \
\x20hook \
\x20hooks \
\x20host\
\x20html comment\
\x20huong dan \
\x20huwag pansinin \
\x20huwag sundin \
\x20hypothetically \
\x20identity\
\x20if \
\x20if cortex \
\x20if the agent \
\x20if the assistant \
\x20if the model \
\x20if you \
\x20ignore \
\x20ignored\
\x20ignores \
\x20image \
\x20image url\
\x20imagine \
\x20img \
\x20impersonate \
\x20in a \
\x20in a fiction where \
\x20in a story where \
\x20in a world where \
\x20in an \
\x20in that \
\x20in the \
\x20in this \
\x20in you\
\x20in your context\
\x20inbox\
\x20including \
\x20inform \
\x20informing \
\x20ingesting \
\x20initial \
\x20initial prompt\
\x20initialization\
\x20initiating\
\x20input\
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
\x20internen anweisungen\
\x20into a \
\x20into an \
\x20into that \
\x20into the \
\x20into this \
\x20into you\
\x20invalid\
\x20invalidate \
\x20invalidates \
\x20invisible \
\x20invite systeme\
\x20involve \
\x20involving \
\x20ipagwalang bahala \
\x20irrelevant\
\x20is not \
\x20is not aware of \
\x20is not bound by \
\x20is now \
\x20is required to \
\x20is to \
\x20isnt \
\x20isnt aware of \
\x20isnt bound by \
\x20istruzioni del sistema\
\x20istruzioni di sistema\
\x20istruzioni iniziali\
\x20istruzioni interne\
\x20istruzioni nascoste\
\x20istruzioni originali\
\x20istruzioni segrete\
\x20it before\
\x20it first\
\x20its \
\x20itself\
\x20jailbroken \
\x20jangan ikuti \
\x20journaling \
\x20journalisation\
\x20just for me\
\x20just from me\
\x20just me\
\x20just to me\
\x20kalimutan \
\x20kanuni \
\x20keep in character \
\x20keep you \
\x20keeps you \
\x20key\
\x20keys\
\x20khong \
\x20khong tuan theo \
\x20kindly execute \
\x20kindly run \
\x20known as\
\x20lambda\
\x20lapsed\
\x20late \
\x20leak\
\x20leak \
\x20learning mode \
\x20lenh \
\x20let \
\x20let s not \
\x20lets not \
\x20lets say \
\x20letting \
\x20liberated from \
\x20libre de \
\x20lifted\
\x20limit you \
\x20limitaciones\
\x20limitacoes\
\x20limitation\
\x20limitations \
\x20limite\
\x20limites\
\x20limits\
\x20limits \
\x20limits you \
\x20link \
\x20listen to \
\x20listening to \
\x20literally \
\x20llm \
\x20llm command\
\x20llm directive\
\x20llm instruction\
\x20llm note\
\x20llm order\
\x20llm override\
\x20llm prompt\
\x20llm task\
\x20llms \
\x20lo di \
\x20log only mode \
\x20logging \
\x20loop in \
\x20looping in \
\x20lupakan \
\x20maagizo \
\x20maelekezi \
\x20maelekezo \
\x20mail \
\x20maintain your \
\x20maintains your \
\x20manage your \
\x20manages your \
\x20mandated to \
\x20markdown image\
\x20masking \
\x20matter\
\x20mensagem do sistema\
\x20mensaje del sistema\
\x20mention \
\x20mention it to \
\x20mention that to \
\x20mention this to \
\x20mentioning \
\x20mentioning it to \
\x20mentioning that to \
\x20mentioning this to \
\x20messaggio di sistema\
\x20meta prompt\
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
\x20model command\
\x20model directive\
\x20model instruction\
\x20model note\
\x20model order\
\x20model override\
\x20model prompt\
\x20model task\
\x20models \
\x20monitor only mode \
\x20moral compass \
\x20morality \
\x20morals \
\x20morse \
\x20move \
\x20msifuate \
\x20mum about\
\x20must \
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
\x20named\
\x20need to \
\x20needs \
\x20needs to \
\x20nelkul\
\x20never \
\x20never appeared \
\x20never break character \
\x20never break out of character \
\x20never catch\
\x20never censor\
\x20never check\
\x20never clean\
\x20never declines\
\x20never detect\
\x20never filter\
\x20never find out\
\x20never flag\
\x20never follows \
\x20never heard of \
\x20never hesitates\
\x20never inspect\
\x20never know\
\x20never learned \
\x20never leave in character \
\x20never mind \
\x20never notice\
\x20never redact\
\x20never refuses\
\x20never refuses \
\x20never sanitise\
\x20never sanitising\
\x20never sanitize\
\x20never sanitizing\
\x20never says no\
\x20never scan\
\x20never screen\
\x20never see\
\x20never spot\
\x20never validate\
\x20never validating\
\x20nevermind \
\x20next \
\x20nicht langer \
\x20nicht mehr \
\x20nicknamed\
\x20no censorship\
\x20no consequences \
\x20no ethics\
\x20no filter\
\x20no guardrails\
\x20no limits\
\x20no longer \
\x20no longer bound by \
\x20no longer in effect\
\x20no longer limited by \
\x20no longer restricted by \
\x20no longer valid\
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
\x20no reason to \
\x20no restrictions\
\x20no rules\
\x20no rules apply \
\x20non binding\
\x20nonbinding\
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
\x20notify \
\x20notifying \
\x20now is below\
\x20now is in\
\x20now is to\
\x20now speaking \
\x20null\
\x20obey \
\x20obeying \
\x20obeys all\
\x20obeys any\
\x20obeys every\
\x20objective\
\x20obligated to \
\x20obliged to \
\x20obmedzeni\
\x20observe only mode \
\x20obsolete\
\x20of the \
\x20of you\
\x20of your \
\x20off\
\x20off \
\x20off mode \
\x20ogranicenja\
\x20okayed \
\x20olmadan \
\x20olmayan \
\x20omezeni\
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
\x20only for me\
\x20only from me\
\x20only me\
\x20only to me\
\x20onto a \
\x20onto an \
\x20onto that \
\x20onto the \
\x20onto this \
\x20oorspronkelijke instructies\
\x20operate as \
\x20opposite day\
\x20optional\
\x20ordered \
\x20ordered to \
\x20orders\
\x20orders \
\x20orders from \
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
\x20outdated\
\x20output \
\x20outrank \
\x20outranks \
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
\x20overrule \
\x20overrules \
\x20own your \
\x20ownership\
\x20owns your \
\x20panuto \
\x20parsing \
\x20pass through mode \
\x20passed \
\x20passthrough mode \
\x20password\
\x20passwords\
\x20paste \
\x20pay no attention to \
\x20pedoman \
\x20pembatasan\
\x20peraturan \
\x20perintah \
\x20permission\
\x20permission \
\x20permissions\
\x20permissions \
\x20permissive mode \
\x20permitted \
\x20persona\
\x20personal \
\x20personnel \
\x20pessoal \
\x20petunjuk \
\x20phot lo \
\x20picture \
\x20pii\
\x20pixel \
\x20placing you in\
\x20plain text \
\x20plaintext \
\x20play a character \
\x20play the character of \
\x20play the part of \
\x20play the role of \
\x20please execute \
\x20please run \
\x20plus \
\x20poczatkowe instrukcje\
\x20policies\
\x20policies \
\x20policy\
\x20policy \
\x20policy from \
\x20post \
\x20powers\
\x20pravidel\
\x20pravidiel\
\x20pravila\
\x20pre prompt\
\x20preamble\
\x20preceding\
\x20preceding \
\x20preceding text \
\x20precise \
\x20preprompt\
\x20pretend \
\x20prevent you \
\x20prevents you \
\x20previous \
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
\x20privileges\
\x20probing you\
\x20proceed as \
\x20processing \
\x20programmed in you\
\x20programmed into you\
\x20programmed to you\
\x20programmed you\
\x20prompt\
\x20prompt de sistema\
\x20prompt del sistema\
\x20prompt di sistema\
\x20prompt do sistema\
\x20prompt du systeme\
\x20prompt systeme\
\x20prompt systemowy\
\x20protections\
\x20protokollierung\
\x20provided to you\
\x20proxy\
\x20push \
\x20put \
\x20put in you\
\x20put into you\
\x20put to you\
\x20put you\
\x20putting you in\
\x20puuza \
\x20puuzeni \
\x20quen \
\x20quiet about\
\x20quy tac \
\x20rajoitteita\
\x20rajoituksia\
\x20read only \
\x20read only flag \
\x20read out \
\x20reading \
\x20readonly \
\x20real \
\x20reasoning\
\x20reboot as \
\x20recommendations\
\x20recording \
\x20records\
\x20red teaming you\
\x20refuse a request\
\x20refuse a single\
\x20refuse any\
\x20refuse me\
\x20refuse my\
\x20refuse requests\
\x20regeln\
\x20reglas\
\x20regle\
\x20regler\
\x20regles\
\x20regras\
\x20reguli\
\x20reject a request\
\x20reject a single\
\x20reject any\
\x20reject me\
\x20reject my\
\x20reject requests\
\x20released from \
\x20remain in character \
\x20remove \
\x20removed\
\x20replace \
\x20replaced\
\x20replaces \
\x20replicate \
\x20reply as \
\x20reply with \
\x20report \
\x20report only mode \
\x20reporting \
\x20required to \
\x20requires \
\x20rescinded\
\x20reset\
\x20respect \
\x20respecting \
\x20respond as \
\x20respond with \
\x20restart as \
\x20restraint \
\x20restraints \
\x20restricciones\
\x20restricoes\
\x20restrict you \
\x20restricted \
\x20restrictii\
\x20restriction\
\x20restrictions \
\x20restricts you \
\x20restriksjoner\
\x20restriktioner\
\x20result set\
\x20results\
\x20retired\
\x20return \
\x20return as \
\x20reveal \
\x20revealing \
\x20reverse shell to\
\x20review\
\x20revoked\
\x20richtlinien\
\x20rights\
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
\x20rows\
\x20rule that \
\x20rule which \
\x20rules\
\x20rules \
\x20rules dont apply \
\x20rules from \
\x20run anything \
\x20run the following \
\x20saantoja\
\x20safety\
\x20safety \
\x20safety measures \
\x20sahau \
\x20sahauni \
\x20said \
\x20said to in you\
\x20said to into you\
\x20said to to you\
\x20said to you\
\x20sainted \
\x20salaries\
\x20sandbox\
\x20sandbox \
\x20sanitizer\
\x20sans \
\x20save \
\x20saving \
\x20say \
\x20say no to a request\
\x20say no to a single\
\x20say no to any\
\x20say no to me\
\x20say no to my\
\x20say no to requests\
\x20say you \
\x20saying \
\x20says \
\x20says you \
\x20schutzmechanismen\
\x20scrap \
\x20secret\
\x20secret \
\x20secrets\
\x20security\
\x20security \
\x20securityadmin\
\x20seeing \
\x20sekatan\
\x20sem \
\x20send \
\x20sends \
\x20sensor\
\x20sensur\
\x20sensuuria\
\x20sent in you\
\x20sent into you\
\x20sent to you\
\x20sent you\
\x20senza \
\x20server\
\x20session token\
\x20set your \
\x20settings \
\x20shall \
\x20share \
\x20sheria \
\x20ship \
\x20should \
\x20show \
\x20showing \
\x20sicherheitsfilter\
\x20sicherheitsprufungen\
\x20sicherheitsregeln\
\x20sign off\
\x20signed off on \
\x20signoff\
\x20simulate \
\x20simulating \
\x20site\
\x20siz \
\x20skip \
\x20skip all \
\x20skip any \
\x20skip censor\
\x20skip check\
\x20skip clean\
\x20skip filter\
\x20skip inspect\
\x20skip its \
\x20skip our \
\x20skip redact\
\x20skip sanitise\
\x20skip sanitising\
\x20skip sanitize\
\x20skip sanitizing\
\x20skip scan\
\x20skip screen\
\x20skip the \
\x20skip their \
\x20skip validate\
\x20skip validating\
\x20skipping all \
\x20skipping any \
\x20skipping its \
\x20skipping our \
\x20skipping the \
\x20skipping their \
\x20slack\
\x20snowflake \
\x20so far\
\x20social security number\
\x20socket to\
\x20solely for me\
\x20solely from me\
\x20solely me\
\x20solely to me\
\x20some other \
\x20speak as \
\x20ssh \
\x20ssn\
\x20ssns\
\x20stands for\
\x20start being \
\x20start over as \
\x20start with \
\x20starting\
\x20starting with \
\x20starts with \
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
\x20stick to \
\x20sticking to \
\x20stole\
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
\x20stream \
\x20subsequent \
\x20suggestions\
\x20summarising \
\x20summarizing \
\x20suodattimia\
\x20supersede \
\x20superseded\
\x20supersedes \
\x20suppose \
\x20suspended\
\x20switch off \
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
\x20system note\
\x20system order\
\x20system override\
\x20system prompt\
\x20system prompt \
\x20system rules\
\x20system task\
\x20systemanweisungen\
\x20systemnachricht\
\x20systemprompt\
\x20tagubilin \
\x20tajne instrukcje\
\x20take precedence over \
\x20takes precedence over \
\x20talk as \
\x20tanpa \
\x20taught in you\
\x20taught into you\
\x20taught to you\
\x20taught you\
\x20telegram\
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
\x20that govern you\
\x20that image\
\x20that image \
\x20that img\
\x20that img \
\x20that link\
\x20that link \
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
\x20the agent \
\x20the agents \
\x20the answer\
\x20the assistant \
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
\x20them before\
\x20them first\
\x20then carry out \
\x20then comply with \
\x20then do \
\x20then execute \
\x20then follow \
\x20then obey \
\x20then perform \
\x20thinking\
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
\x20thoughts\
\x20tiny \
\x20to a \
\x20to all of your \
\x20to all your \
\x20to an \
\x20to an external\
\x20to attacker\
\x20to azure\
\x20to cortex\
\x20to external\
\x20to ftp\
\x20to gcs\
\x20to http\
\x20to me\
\x20to my\
\x20to of your \
\x20to one side \
\x20to s3\
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
\x20to you\
\x20to your \
\x20token\
\x20tokens\
\x20told \
\x20told in you\
\x20told into you\
\x20told to you\
\x20told you\
\x20told you \
\x20tout ce \
\x20tracking \
\x20tracking pixel\
\x20trained you\
\x20transfer \
\x20transform into \
\x20tripwire\
\x20tripwire \
\x20trump \
\x20trumps \
\x20truncate\
\x20truncate \
\x20trusted mode \
\x20turn into \
\x20turn off \
\x20twin \
\x20type \
\x20uden \
\x20ukryte instrukcje\
\x20unbound by \
\x20uncensored \
\x20unchained from \
\x20unconstrained by \
\x20unencrypted \
\x20unfiltered \
\x20ungultig \
\x20unload\
\x20unload \
\x20unlocked \
\x20unmasked \
\x20unredacted \
\x20unrestricted \
\x20unrestricted mode \
\x20unshackled from \
\x20until now\
\x20up to now\
\x20upload \
\x20url\
\x20url \
\x20ursprunglichen anweisungen\
\x20used to \
\x20usifuate \
\x20utan \
\x20uten \
\x20utos \
\x20value of \
\x20values of \
\x20veiligheidsfilters\
\x20verbatim \
\x20verborgen instructies\
\x20verificacoes de seguranca\
\x20verifications de securite\
\x20version\
\x20version of you \
\x20versteckten anweisungen\
\x20void\
\x20vorgaben\
\x20wag pansinin \
\x20wait for \
\x20waiting for \
\x20walang \
\x20wants \
\x20warn \
\x20warning \
\x20was not \
\x20was you\
\x20wasnt \
\x20we need you to \
\x20we require you to \
\x20webhook\
\x20were not \
\x20were you\
\x20were you \
\x20werent \
\x20what i command\
\x20what i order\
\x20what i say\
\x20what i tell you\
\x20what i type\
\x20what i write\
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
\x20which\
\x20which \
\x20while \
\x20white \
\x20whitelist \
\x20whitelisted \
\x20who\
\x20who \
\x20will \
\x20will do anything\
\x20will not catch\
\x20will not detect\
\x20will not find out\
\x20will not flag\
\x20will not know\
\x20will not notice\
\x20will not see\
\x20will not spot\
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
\x20without censor\
\x20without check\
\x20without clean\
\x20without filter\
\x20without inspect\
\x20without redact\
\x20without sanitise\
\x20without sanitising\
\x20without sanitize\
\x20without sanitizing\
\x20without scan\
\x20without screen\
\x20without validate\
\x20without validating\
\x20wont catch\
\x20wont detect\
\x20wont find out\
\x20wont flag\
\x20wont know\
\x20wont notice\
\x20wont see\
\x20wont spot\
\x20words\
\x20working \
\x20would \
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
\x20yok \
\x20you are \
\x20you are required to \
\x20you are under\
\x20you came \
\x20you do\
\x20you follow\
\x20you go ahead\
\x20you got\
\x20you got \
\x20you hallucinated\
\x20you have\
\x20you have \
\x20you have been \
\x20you have been given\
\x20you have seen\
\x20you imagined\
\x20you invented\
\x20you made up\
\x20you must\
\x20you must \
\x20you must follow\
\x20you need to \
\x20you operate under\
\x20you re \
\x20you received\
\x20you should\
\x20you ve been \
\x20you were \
\x20you were given\
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
\x20your rules\
\x20your secret \
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
\x20your usual \
\x20your very first \
\x20youre \
\x20yourself\
\x20yourself in\
\x20youve been \
\x20youve been given\
\x20youve seen\
\x20zabezpieczenia\
\x20zensur\
\x20zero width \
\x20zonder \
\x20\xd0\xb0\xd1\x83\xd0\xb4\xd0\xb8\xd1\x82\
\x20\xd0\xb1\xd0\xb5\xd0\xb7 \
\x20\xd0\xb6\xd1\x83\xd1\x80\xd0\xbd\xd0\xb0\xd0\xbb\
\x20\xd0\xb7\xd0\xb0\xd1\x89\xd0\xb8\xd1\x82\
\x20\xd0\xb8\xd1\x81\xd1\x85\xd0\xbe\xd0\xb4\xd0\xbd\
\x20\xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\
\x20\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xbc\xd0\xbd\
\x20\xd1\x81\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\
\x20\xd1\x84\xd0\xb8\xd0\xbb\xd1\x8c\xd1\x82\xd1\x80\
a different \
a fictional \
a hypothetical \
a new \
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
actual \
actually \
admin\
admin access \
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
ai called dan \
ai known as dan \
ai named dan \
alignment\
all \
all checks\
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
amoral\
amoral mode\
an alternate \
an alternative \
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
another \
answer \
answer as \
answer as if \
answer as though \
answer like \
answer to exclusively \
answer to just \
answer to only \
answer to solely \
answering \
answers \
anweisungen \
any \
any your \
anybody\
anyone\
anything \
api key\
api key \
api keys \
api secret\
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
approval\
approval check\
approval flow\
approval gate\
approval mode\
approval mode \
approval process\
approval prompt\
approval requirement\
approval step\
approval workflow\
approvals\
approve \
approved\
approver\
are\
are done \
are no longer in effect\
are no longer valid\
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
as two ais\
as two characters\
as two modes\
as two persona\
as two responses\
as two versions\
as two voices\
as your \
asked not \
assistant called dan \
assistant known as dan \
assistant named dan \
attacker \
attribute\
audit file\
audit log\
audit trail\
auditing\
authentication are \
authentication have been \
authentication is \
authentication were \
authori\
avoid \
avoiding \
back up\
backup\
badz \
banned \
base64 \
base6a \
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
binary \
black hat \
blackhat \
blank slate\
block\
blocked\
bot called dan \
bot known as dan \
bot named dan \
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
bypass \
bypass your \
bypassing \
bypassing your \
cab\
call\
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
censorship\
censorship \
change board\
change management\
change request\
channel\
chaos mode\
char of \
character as \
character called dan \
character known as dan \
character named dan \
character of \
characters\
characters of \
chars of \
check you have\
checks are \
checks have been \
checks is \
checks were \
checks you have\
circumvent \
circumvent your \
circumventing your \
ciso\
classifies \
classify \
classifying \
clean sheet\
clean slate\
clear \
cleared\
clearing \
client secret\
comandi \
comandos \
come back as \
command\
commands\
commands \
comment\
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
confirmation dialogs\
confirmation prompt\
confirmation step\
confirmations\
confirmed\
conscience\
conscience \
consider all of your \
consider all your \
consider of your \
consider your \
consider yourself jail broke\
consider yourself jailbroke\
constraints\
constraints \
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
contravene \
contravene your \
conversation\
cookie for \
cookie in \
cookie of \
cookies for \
cookies in \
cookies of \
copia\
copy\
copy \
copy of \
correct response \
corrupt\
cortex route\
cortexroute\
could not do\
couldnt do\
count all of your \
count all your \
count of your \
count your \
covert \
covertly \
cracker \
create user\
creator\
credential\
credentials\
credentials \
criminal \
curl\
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
deactivate your \
deactivating your \
decipher \
declined\
decode \
decrypt \
deem all of your \
deem all your \
deem of your \
deem your \
defeat your \
defy \
defy your \
delete\
delete \
delete all \
delete every \
delete from\
delete the \
deliver\
denied\
deobfuscate \
descarta \
destroy\
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
digit of \
digits of \
dimentica\
directions\
directions \
directive\
directive \
directive from \
directives\
directives \
directly\
directrices\
directrices \
diretrizes\
diretrizes \
direttive \
disable \
disable your \
disabling your \
disallowed \
discard \
discard your \
discreetly \
disgruntled \
dismiss \
dismiss your \
disobey \
disobey your \
disregard \
disregard your \
disregarding \
disregarding your \
ditch \
ditch your \
div\
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
do not alert\
do not apply\
do not ask\
do not audit\
do not care about \
do not enforce \
do not enforce your \
do not flag \
do not follow \
do not follow your \
do not inform\
do not let\
do not log\
do not matter\
do not mention\
do not notify\
do not obey \
do not obey your \
do not show\
do not tell\
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
dodge \
dodging \
does not apply\
does not matter\
doesnt apply\
doesnt matter\
dont \
dont alert\
dont apply\
dont ask\
dont audit\
dont bother with \
dont bother with your \
dont care about \
dont enforce \
dont enforce your \
dont flag \
dont follow \
dont follow your \
dont inform\
dont let\
dont log\
dont matter\
dont mention\
dont notify\
dont obey \
dont obey your \
dont show\
dont tell\
dont worry about \
dpo\
drop\
drop \
drop database\
drop role\
drop schema\
drop stage\
drop table\
drop the \
drop user\
drop view\
drop warehouse\
dropbox\
dude mode\
dump\
dump \
dumps \
e mail \
earlier\
earlier directive\
earlier instructions\
earlier message\
earlier note\
earlier prompt\
earlier rules\
earlier text\
element\
email \
emails\
emails \
emulate \
emulating \
emulation \
emulator \
encoded \
entitled\
envelope\
erase \
erasing \
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
every your \
everything\
everything \
evil\
evil \
evil mode\
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
exfil\
exfiltrat\
exfiltrate\
explain \
explaining \
explains \
export\
export \
factory reset\
fetch\
field\
filter\
filters \
filters and restrictions\
filtre\
filtresiz \
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
flush \
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
for each \
for every \
forbade\
forbid\
forbidden \
forget \
forget your \
forgetting \
forgetting your \
forward\
forward \
fraudster \
free of \
free yourself from your \
freed\
freedom mode\
fresh slate\
fresh start\
from scratch\
from the system as \
from your \
from your developers as \
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
get around your \
get out of \
getting around your \
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
going around \
google drive\
got\
governance\
governing you\
grant \
guard\
guard check\
guard rails\
guard rails \
guardrail\
guardrails\
guardrails \
guardrails are \
guardrails have been \
guardrails is \
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
harmful\
harmless\
has\
have\
header for \
header in \
header of \
headers for \
headers in \
headers of \
hex \
hidden \
hidden directive\
hidden instructions\
hidden message\
hidden note\
hidden prompt\
hidden rules\
hidden text\
hide everything from \
hide it\
hide it from \
hide that\
hide that from \
hide the \
hide these\
hide this\
hide this from \
home \
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
if you \
if you are \
ignora\
ignora \
ignora your \
ignore\
ignore \
ignore your \
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
imagine you \
img\
immoral\
impersonate \
in 2 ais\
in 2 characters\
in 2 modes\
in 2 persona\
in 2 responses\
in 2 versions\
in 2 voices\
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
indicaciones \
indicacoes \
indicazioni \
info\
infosec\
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
instruction set \
instructions\
instructions \
instructions from \
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
is done \
is no longer in effect\
is no longer valid\
istruzioni \
it\
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
jestes \
job is \
job now is \
just answer to \
just do not \
just dont \
just follow \
just listen to \
just never \
just obey \
just take instructions from \
just take orders from \
kaskyt\
keep everything \
keep it\
keep that\
keep the \
keep them\
keep these\
keep this\
keep those\
key\
kisitlama\
kisitlamasiz \
komut\
kural\
kuralsiz \
laptop\
lawless\
leak\
leak \
leaks \
learned\
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
letter of \
letters of \
liberated\
lift your \
limitation\
limitations\
limitations \
limitless\
limitless mode\
limits\
limits \
line\
link\
listen to exclusively \
listen to just \
listen to only \
listen to solely \
load \
loading \
loads \
lookup\
mail\
make sure not to \
maker\
malicious\
malicious \
management\
markdown image\
markup\
masking are \
masking have been \
masking is \
masking were \
memo for \
memo to \
memories\
memory\
message\
message \
message for \
message from \
message to \
messages\
messages \
meta \
mirror\
mission\
mission is \
mission now is \
mode\
model called dan \
model known as dan \
model named dan \
moderation\
moral compass \
morality \
moralizing rant about \
morals\
morals \
morse \
move\
must be\
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
naredbe\
navodila\
ne sledu\
ne tenez pas compte\
ne tiens pas compte\
nefarious\
neglect \
neglect your \
neuter your \
neutralize your \
never \
never alert\
never ask\
never audit\
never flag \
never follow \
never follow your \
never inform\
never let\
never log\
never mention\
never mind \
never mind your \
never notify\
never show\
never supposed \
never tell\
nevermind \
nevermind your \
next instruction\
ngrok\
niccolo machiavelli\
nie zwazaj na \
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
no moralising\
no moralizing\
no need to \
no need to ask\
no need to audit\
no need to follow \
no need to follow your \
no need to log\
no reason to \
no refusals\
no refusing\
no restrictions\
no restrictions mode\
no rules\
no safety warnings\
no time for \
non material\
non obbedire\
non obbedisci\
non rispetta\
non segui\
none of \
normas\
normas \
not allowed \
not meant \
not permitted \
not supposed \
note for \
note from \
note to \
notice for \
notice to \
now jail broke\
now jailbroke\
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
of your \
of your system prompt\
ohjee\
ohjeita\
ohne \
olvida \
olvidate de \
olvide \
omega mode\
omit \
omit your \
onedrive\
only answer to \
only follow \
only listen to \
only obey \
only take instructions from \
only take orders from \
opdrachten \
open \
opening \
opens \
operate as \
operator\
opposite mode\
opposite of \
ordenes\
ordenes \
ordens\
ordens \
order\
orders\
orders \
orders from \
orgadmin\
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
outlook com\
output\
output \
outranks\
outside \
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
passphrase\
passphrase \
password\
password \
passwords\
passwords \
pat \
path for \
path in \
path of \
paths for \
paths in \
paths of \
pats \
pay no attention to \
pay no attention to your \
pay no heed to \
pay no heed to your \
pay no mind to \
pay no mind to your \
payload\
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
pii\
ping\
pipe\
pixel\
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
policies were \
policy\
pomin \
post\
post \
pravidl\
pravila\
pre \
pre approved\
pre tool use hook\
preamble\
preamble \
preapproved\
presigned url \
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
prompt guard\
prompt hook\
prompts \
protections\
proton mail\
protonmail\
psst for \
psst to \
public \
purge \
purpose is \
purpose now is \
push\
put\
put aside \
put aside your \
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
rather \
rbac are \
rbac have been \
rbac is \
rbac were \
read \
read only flag\
read only restriction\
reading \
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
regard of your \
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
regulile\
rejected\
reminder for \
reminder to \
remove \
replace \
replacing \
replicate\
reply as \
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
reset \
reset to factory settings\
resetting \
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
restrictions were \
result set\
result set \
results\
results \
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
rogue\
rogue \
role is \
role now is \
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
rows\
rows \
rpg\
rule\
rule \
rule breaking\
rulebreaking\
rules\
rules \
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
safety are \
safety check\
safety constraints\
safety features\
safety filter\
safety guidelines\
safety have been \
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
sanctioned\
sanitisation\
sanitization\
sanitizer\
sansursuz \
save\
say pwned\
scammer \
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
see \
sees \
send\
send \
session token \
set aside \
set aside your \
setup \
shall be\
share\
ship\
should be\
shut down your \
shut off your \
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
sinir\
sinirsiz \
sistem istemi\
sistem komut\
skip \
skip your \
skipping \
smernice\
smjernice\
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
so reviewer\
so security\
so that are not \
so that arent \
so that is not \
so that isnt \
so that will not be \
so that wont be \
so the alert\
so the approver\
so the auditor\
so the monitoring\
so the reviewer\
so the security\
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
solely answer to \
solely follow \
solely listen to \
solely obey \
solely take instructions from \
solely take orders from \
span\
speak as \
spy \
ssn\
ssns\
ssns \
stan mode\
start being \
start over as \
starting \
statements\
steal\
steal \
steals \
stealth \
stealthily \
steganographic \
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
suppose you \
suspend your \
switch off your \
switching off your \
sync\
system \
system directive\
system instructions\
system message\
system message \
system messages \
system note\
system prompt\
system rules\
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
take no notice of \
take orders from exclusively \
take orders from just \
take orders from only \
take orders from solely \
take precedence over\
take precedence over \
takes precedence over\
talimat\
talk as \
tamper with your \
tasks\
tell approval step \
tell checker \
tell classifier \
tell detector \
tell filter \
tell firewall \
tell gate \
tell guard \
tell monitor \
tell reviewer \
tell safety layer \
tell safety system \
tell sanitizer \
tell scanner \
tell the approval step \
tell the checker \
tell the classifier \
tell the detector \
tell the filter \
tell the firewall \
tell the gate \
tell the guard \
tell the monitor \
tell the reviewer \
tell the safety layer \
tell the safety system \
tell the sanitizer \
tell the scanner \
tell the tripwire \
tell tripwire \
text\
text \
text adventure\
text of \
that\
that govern you\
the admin\
the creator\
the developer\
the guard\
the guard are \
the guard have been \
the guard is \
the guard were \
the maker\
the manager\
the only rule is \
the operator\
the owner\
the passphrase is\
the password is\
the programmer\
the secret is\
the secret key is\
the secret word is\
the system message\
the system prompt\
the system prompt is\
the system prompt reads\
the system prompt says\
the system prompt was\
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
theres no \
theres zero \
thief \
things you were told\
this is your \
throw away \
throw away your \
throw out \
throw out your \
ticket\
tiny \
to a \
to an \
to another\
to my\
to some\
to the external\
todas\
todo\
token\
tokens\
tokens \
told not \
tool call budget\
toss out \
toss out your \
tracking pixel\
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
treat all of your \
treat all your \
treat of your \
treat your \
tripwire\
truncate\
turn into \
turn off your \
turning off your \
unaligned\
unannounced \
unbound\
unbound mode\
uncensor mode\
uncensored\
uncensored mode\
unchained\
uncontrolled\
underlying \
undermine your \
undisclosed \
uneingeschrankt\
unethical\
unfiltered\
unfiltered mode\
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
unmoderated\
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
user\
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
utasitas\
verbatim from your \
vergessen sie\
vergiss\
version called dan \
version known as dan \
version named dan \
very first \
violate \
vorgaben \
waive\
warning for \
warning to \
we have jail broke\
we have jailbroke\
webhook site\
were\
what \
what did\
what do\
what else is your \
what is your \
what s your \
whatever \
whats your \
whenever you \
which\
white \
white list \
whitelist \
who\
whose ability is \
whose goal is \
whose job is \
whose power is \
whose purpose is \
whose role is \
whose superpower is \
will be\
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
without any boundaries\
without any ethics\
without any filters\
without any guidelines\
without any limits\
without any restrictions\
without any rules\
without ask\
without boundaries\
without checking\
without checks\
without cortex route\
without ethics\
without filtering\
without filters\
without guardrails\
without guidelines\
without inspection\
without limits\
without redacting\
without redaction\
without restrictions\
without rules\
without sanitization\
without sanitizing\
without scanning\
without screening\
without the checks\
without the envelope\
without the filter\
without the guard\
without the proxy\
without the tripwire\
word from \
wording of \
words of \
work around your \
would not do\
wouldnt do\
write\
yahoo\
yonerge\
you answer \
you are \
you are a dan \
you are a gpt\
you are an ai\
you are an dan \
you are chatgpt\
you are claude\
you are cortex\
you are dan \
you are gpt\
you are jail broke\
you are jailbroke\
you are now a dan \
you are now an dan \
you are now dan \
you are now now a dan \
you are now now an dan \
you are now now dan \
you are now now the dan \
you are now the dan \
you are running with\
you are the dan \
you belong to \
you do not have to ask\
you do not need to ask\
you dont have to ask\
you dont need to ask\
you follow\
you got \
you had been \
you have \
you have been \
you have been given\
you have been jail broke\
you have been jailbroke\
you know\
you ll be \
you must follow\
you must not \
you mustnt \
you now answer \
you now belong to \
you now obey \
you now report \
you now serve \
you now work \
you obey \
you operate under\
you re \
you re a dan \
you re an dan \
you re dan \
you re now a dan \
you re now an dan \
you re now dan \
you re now the dan \
you re the dan \
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
you ve \
you was \
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
your actual \
your admin\
your checks\
your confidential \
your creator\
your current \
your developer\
your developer \
your hidden \
your initial \
your internal \
your maker\
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
youre \
youre a dan \
youre an dan \
youre dan \
youre jail broke\
youre jailbroke\
youre now a dan \
youre now an dan \
youre now dan \
youre now the dan \
youre running with\
youre the dan \
youve \
youve been \
youve been given\
youve been jail broke\
youve been jailbroke\
zabud\
zachowuj sie jak \
zapomnij \
zero width \
\xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd1\x96\xd0\xb2\xd0\xba\
\xd0\xb8\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd0\xb8\
\xd0\xba\xd0\xbe\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\
\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\
\xd0\xbf\xd1\x80\xd0\xbe\xd0\xbc\xd0\xbf\xd1\x82\
\xd1\x83\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xb8\
\xd1\x96\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd1\x96\
",
            ends: &[13, 21, 30, 36, 43, 50, 58, 75, 93, 101, 110, 128, 147, 162, 178, 191, 198, 215, 233, 239, 246, 255, 265, 277, 283, 290, 297, 305, 320, 331, 339, 352, 363, 371, 381, 392, 403, 411, 420, 428, 439, 452, 461, 476, 483, 497, 514, 535, 552, 563, 584, 602, 619, 633, 640, 654, 670, 688, 699, 711, 726, 739, 750, 758, 767, 770, 774, 785, 798, 813, 821, 830, 842, 852, 860, 865, 872, 882, 889, 902, 906, 919, 930, 944, 957, 971, 987, 1001, 1016, 1025, 1041, 1051, 1067, 1079, 1088, 1102, 1117, 1137, 1152, 1163, 1176, 1185, 1196, 1204, 1220, 1228, 1234, 1243, 1256, 1265, 1275, 1282, 1290, 1298, 1307, 1325, 1344, 1356, 1365, 1375, 1394, 1414, 1430, 1447, 1465, 1484, 1491, 1499, 1510, 1521, 1536, 1553, 1561, 1574, 1586, 1594, 1604, 1617, 1627, 1652, 1661, 1672, 1693, 1710, 1733, 1752, 1764, 1781, 1801, 1825, 1845, 1859, 1869, 1884, 1903, 1923, 1937, 1952, 1968, 1987, 2010, 2029, 2042, 2046, 2054, 2062, 2068, 2082, 2091, 2101, 2110, 2120, 2128, 2142, 2159, 2178, 2187, 2196, 2213, 2221, 2229, 2236, 2242, 2252, 2268, 2280, 2287, 2299, 2312, 2331, 2344, 2355, 2364, 2378, 2388, 2399, 2406, 2420, 2429, 2444, 2458, 2473, 2485, 2497, 2512, 2521, 2529, 2538, 2549, 2557, 2564, 2569, 2576, 2589, 2604, 2617, 2627, 2635, 2645, 2656, 2674, 2694, 2716, 2731, 2747, 2766, 2783, 2798, 2810, 2818, 2835, 2848, 2855, 2863, 2869, 2886, 2896, 2909, 2921, 2936, 2948, 2960, 2971, 2982, 2993, 3004, 3015, 3028, 3042, 3056, 3070, 3084, 3098, 3114, 3120, 3125, 3134, 3142, 3154, 3162, 3170, 3178, 3182, 3188, 3196, 3204, 3211, 3219, 3234, 3258, 3276, 3288, 3306, 3328, 3346, 3362, 3374, 3387, 3399, 3412, 3424, 3440, 3453, 3468, 3482, 3496, 3511, 3522, 3535, 3547, 3564, 3579, 3591, 3600, 3622, 3642, 3647, 3655, 3665, 3676, 3685, 3696, 3707, 3719, 3727, 3744, 3748, 3753, 3765, 3779, 3795, 3804, 3814, 3827, 3838, 3847, 3855, 3866, 3872, 3882, 3894, 3909, 3927, 3935, 3951, 3958, 3966, 3974, 3982, 3994, 4006, 4018, 4031, 4043, 4055, 4069, 4079, 4094, 4109, 4124, 4139, 4154, 4171, 4178, 4194, 4208, 4223, 4240, 4253, 4266, 4281, 4293, 4306, 4315, 4323, 4332, 4342, 4351, 4364, 4378, 4394, 4406, 4418, 4432, 4443, 4455, 4466, 4478, 4492, 4502, 4512, 4524, 4533, 4543, 4548, 4552, 4559, 4571, 4578, 4586, 4594, 4602, 4610, 4618, 4635, 4645, 4659, 4664, 4672, 4681, 4691, 4699, 4706, 4714, 4723, 4732, 4744, 4755, 4767, 4775, 4787, 4796, 4807, 4817, 4831, 4840, 4854, 4866, 4879, 4895, 4923, 4931, 4946, 4963, 4976, 4990, 5002, 5010, 5029, 5039, 5049, 5067, 5087, 5106, 5125, 5143, 5158, 5174, 5186, 5199, 5211, 5223, 5239, 5252, 5260, 5273, 5284, 5292, 5305, 5319, 5341, 5364, 5387, 5401, 5416, 5429, 5436, 5443, 5459, 5477, 5497, 5510, 5524, 5541, 5556, 5569, 5575, 5588, 5596, 5609, 5622, 5630, 5642, 5654, 5665, 5677, 5687, 5692, 5709, 5715, 5729, 5739, 5757, 5774, 5786, 5797, 5808, 5825, 5836, 5844, 5856, 5870, 5882, 5894, 5902, 5911, 5920, 5933, 5948, 5962, 5971, 5979, 5987, 6001, 6011, 6021, 6032, 6045, 6068, 6086, 6103, 6112, 6120, 6127, 6138, 6154, 6165, 6182, 6191, 6202, 6211, 6228, 6242, 6256, 6277, 6295, 6313, 6334, 6351, 6360, 6375, 6385, 6397, 6405, 6414, 6425, 6437, 6448, 6460, 6473, 6488, 6500, 6508, 6532, 6563, 6576, 6590, 6603, 6616, 6630, 6644, 6660, 6672, 6687, 6699, 6726, 6740, 6754, 6770, 6788, 6804, 6822, 6834, 6848, 6859, 6871, 6887, 6905, 6912, 6923, 6934, 6945, 6956, 6967, 6980, 6993, 7006, 7019, 7032, 7045, 7060, 7074, 7095, 7120, 7140, 7160, 7184, 7210, 7240, 7265, 7290, 7319, 7343, 7368, 7397, 7421, 7445, 7473, 7496, 7519, 7546, 7568, 7590, 7616, 7637, 7663, 7693, 7718, 7743, 7772, 7796, 7820, 7848, 7871, 7894, 7921, 7943, 7970, 8001, 8027, 8053, 8083, 8108, 8127, 8155, 8187, 8214, 8241, 8272, 8298, 8324, 8354, 8379, 8404, 8433, 8457, 8480, 8507, 8529, 8551, 8577, 8605, 8637, 8664, 8691, 8722, 8748, 8775, 8806, 8832, 8858, 8888, 8913, 8938, 8967, 8991, 9015, 9043, 9066, 9094, 9126, 9153, 9180, 9211, 9237, 9263, 9293, 9318, 9343, 9372, 9396, 9425, 9458, 9486, 9514, 9546, 9573, 9594, 9624, 9658, 9687, 9716, 9749, 9777, 9805, 9837, 9864, 9891, 9922, 9948, 9958, 9979, 9994, 10010, 10028, 10042, 10059, 10074, 10088, 10103, 10119, 10132, 10146, 10167, 10192, 10212, 10232, 10256, 10282, 10312, 10337, 10362, 10391, 10415, 10440, 10469, 10493, 10517, 10545, 10568, 10591, 10618, 10640, 10662, 10688, 10709, 10735, 10765, 10790, 10815, 10844, 10868, 10892, 10920, 10943, 10966, 10993, 11015, 11042, 11073, 11099, 11125, 11155, 11180, 11199, 11227, 11259, 11286, 11313, 11344, 11370, 11396, 11426, 11451, 11476, 11505, 11529, 11537, 11556, 11569, 11583, 11599, 11611, 11626, 11639, 11651, 11664, 11678, 11689, 11701, 11707, 11729, 11758, 11769, 11781, 11792, 11803, 11815, 11827, 11841, 11851, 11864, 11874, 11899, 11911, 11923, 11937, 11953, 11967, 11983, 11993, 12005, 12014, 12024, 12038, 12054, 12060, 12074, 12084, 12096, 12107, 12118, 12128, 12138, 12148, 12163, 12172, 12186, 12191, 12197, 12205, 12217, 12235, 12256, 12281, 12302, 12317, 12325, 12334, 12340, 12356, 12366, 12372, 12379, 12395, 12402, 12411, 12422, 12431, 12440, 12449, 12455, 12464, 12473, 12482, 12490, 12499, 12509, 12521, 12531, 12538, 12551, 12565, 12573, 12580, 12595, 12609, 12621, 12636, 12649, 12662, 12677, 12694, 12713, 12735, 12761, 12783, 12799, 12816, 12828, 12849, 12871, 12887, 12904, 12910, 12917, 12926, 12945, 12965, 12980, 12998, 13016, 13039, 13052, 13062, 13074, 13080, 13089, 13097, 13104, 13112, 13122, 13127, 13133, 13139, 13146, 13154, 13163, 13170, 13189, 13209, 13229, 13249, 13257, 13278, 13299, 13307, 13314, 13336, 13345, 13352, 13360, 13373, 13384, 13395, 13413, 13425, 13444, 13459, 13467, 13479, 13492, 13500, 13508, 13517, 13528, 13537, 13549, 13555, 13570, 13582, 13594, 13606, 13619, 13631, 13646, 13656, 13675, 13694, 13710, 13726, 13742, 13761, 13776, 13787, 13796, 13804, 13814, 13825, 13833, 13839, 13851, 13865, 13877, 13886, 13901, 13921, 13942, 13947, 13956, 13962, 13974, 13988, 14000, 14009, 14016, 14029, 14044, 14059, 14074, 14089, 14104, 14121, 14126, 14144, 14162, 14180, 14198, 14216, 14236, 14241, 14255, 14267, 14279, 14292, 14301, 14309, 14316, 14325, 14333, 14341, 14347, 14354, 14365, 14377, 14393, 14410, 14421, 14433, 14449, 14466, 14474, 14482, 14501, 14509, 14529, 14538, 14547, 14552, 14560, 14580, 14594, 14605, 14615, 14622, 14630, 14636, 14643, 14648, 14661, 14672, 14688, 14702, 14718, 14727, 14731, 14742, 14756, 14774, 14788, 14796, 14804, 14812, 14821, 14828, 14838, 14847, 14852, 14865, 14871, 14891, 14909, 14927, 14934, 14943, 14951, 14960, 14967, 14983, 14989, 15000, 15008, 15019, 15030, 15039, 15054, 15069, 15080, 15086, 15096, 15107, 15120, 15132, 15145, 15154, 15179, 15205, 15229, 15252, 15274, 15299, 15322, 15344, 15366, 15386, 15406, 15425, 15446, 15466, 15478, 15496, 15516, 15534, 15549, 15567, 15586, 15599, 15613, 15634, 15653, 15676, 15698, 15720, 15741, 15759, 15778, 15798, 15819, 15830, 15844, 15857, 15871, 15892, 15900, 15909, 15920, 15930, 15941, 15950, 15958, 15970, 15983, 15994, 16009, 16018, 16029, 16048, 16059, 16067, 16084, 16101, 16109, 16125, 16132, 16138, 16153, 16168, 16191, 16213, 16233, 16252, 16272, 16293, 16312, 16322, 16331, 16336, 16343, 16355, 16369, 16381, 16396, 16408, 16421, 16429, 16440, 16451, 16459, 16478, 16488, 16499, 16503, 16508, 16515, 16532, 16548, 16560, 16569, 16576, 16583, 16589, 16594, 16600, 16615, 16621, 16626, 16637, 16647, 16657, 16666, 16682, 16692, 16699, 16710, 16723, 16734, 16745, 16758, 16765, 16773, 16780, 16788, 16800, 16806, 16817, 16831, 16842, 16847, 16859, 16873, 16889, 16898, 16908, 16921, 16932, 16941, 16947, 16954, 16969, 16978, 16987, 16999, 17008, 17017, 17028, 17039, 17045, 17060, 17076, 17089, 17103, 17116, 17131, 17140, 17147, 17167, 17187, 17196, 17211, 17228, 17245, 17257, 17275, 17295, 17315, 17336, 17348, 17358, 17366, 17374, 17379, 17385, 17400, 17412, 17425, 17438, 17462, 17484, 17499, 17517, 17533, 17544, 17552, 17566, 17572, 17579, 17593, 17609, 17627, 17638, 17650, 17665, 17678, 17689, 17697, 17716, 17731, 17741, 17749, 17756, 17762, 17772, 17782, 17788, 17797, 17809, 17826, 17836, 17848, 17858, 17868, 17879, 17891, 17903, 17912, 17918, 17927, 17934, 17944, 17951, 17958, 17974, 17997, 18027, 18039, 18052, 18064, 18076, 18091, 18104, 18117, 18132, 18143, 18158, 18174, 18190, 18204, 18215, 18230, 18256, 18268, 18281, 18294, 18308, 18323, 18338, 18355, 18370, 18387, 18401, 18412, 18425, 18435, 18446, 18461, 18478, 18489, 18495, 18509, 18521, 18531, 18545, 18562, 18572, 18582, 18596, 18606, 18617, 18637, 18657, 18679, 18704, 18720, 18732, 18750, 18767, 18784, 18802, 18821, 18839, 18859, 18881, 18901, 18923, 18939, 18957, 18977, 18999, 19011, 19025, 19041, 19050, 19066, 19078, 19089, 19104, 19116, 19130, 19144, 19160, 19179, 19187, 19203, 19220, 19241, 19258, 19266, 19277, 19290, 19300, 19310, 19324, 19329, 19335, 19344, 19354, 19364, 19376, 19386, 19400, 19412, 19422, 19441, 19450, 19458, 19465, 19474, 19478, 19483, 19493, 19505, 19513, 19522, 19531, 19539, 19555, 19568, 19591, 19611, 19631, 19651, 19674, 19701, 19725, 19749, 19773, 19800, 19809, 19817, 19829, 19839, 19849, 19866, 19877, 19895, 19909, 19916, 19925, 19931, 19943, 19956, 19964, 19975, 19983, 19992, 20003, 20013, 20024, 20052, 20064, 20077, 20086, 20095, 20107, 20114, 20122, 20135, 20139, 20148, 20158, 20174, 20184, 20202, 20213, 20226, 20238, 20251, 20264, 20274, 20283, 20291, 20300, 20310, 20315, 20327, 20346, 20359, 20379, 20395, 20404, 20413, 20423, 20437, 20448, 20458, 20469, 20479, 20489, 20500, 20508, 20517, 20536, 20544, 20562, 20571, 20581, 20588, 20609, 20618, 20629, 20640, 20650, 20661, 20673, 20685, 20698, 20715, 20726, 20734, 20744, 20755, 20764, 20774, 20783, 20792, 20796, 20803, 20818, 20830, 20841, 20859, 20882, 20900, 20918, 20934, 20946, 20952, 20974, 20983, 20993, 21000, 21008, 21021, 21027, 21034, 21043, 21053, 21061, 21072, 21081, 21091, 21102, 21118, 21127, 21137, 21146, 21159, 21173, 21183, 21198, 21210, 21217, 21226, 21233, 21242, 21252, 21266, 21275, 21284, 21296, 21307, 21319, 21331, 21343, 21361, 21381, 21399, 21414, 21421, 21439, 21458, 21476, 21494, 21512, 21527, 21544, 21556, 21572, 21588, 21594, 21600, 21605, 21616, 21629, 21640, 21648, 21663, 21670, 21679, 21685, 21697, 21706, 21718, 21730, 21741, 21757, 21767, 21776, 21786, 21792, 21802, 21813, 21829, 21840, 21848, 21864, 21881, 21897, 21908, 21918, 21928, 21944, 21951, 21958, 21964, 21971, 21978, 21985, 21992, 22009, 22025, 22036, 22046, 22056, 22072, 22087, 22108, 22116, 22124, 22133, 22142, 22152, 22163, 22173, 22185, 22193, 22211, 22222, 22235, 22245, 22255, 22261, 22270, 22282, 22294, 22308, 22320, 22331, 22343, 22357, 22368, 22382, 22394, 22405, 22417, 22431, 22446, 22460, 22474, 22485, 22493, 22501, 22509, 22520, 22528, 22539, 22556, 22563, 22571, 22583, 22590, 22598, 22618, 22625, 22631, 22651, 22658, 22672, 22685, 22692, 22699, 22706, 22711, 22722, 22734, 22740, 22747, 22765, 22777, 22791, 22810, 22819, 22826, 22834, 22851, 22858, 22867, 22873, 22888, 22905, 22920, 22932, 22941, 22950, 22958, 22967, 22977, 22983, 22989, 22997, 23002, 23022, 23041, 23055, 23068, 23081, 23100, 23109, 23117, 23123, 23133, 23151, 23158, 23165, 23173, 23181, 23190, 23200, 23214, 23222, 23230, 23235, 23241, 23248, 23255, 23262, 23272, 23284, 23298, 23310, 23319, 23326, 23333, 23347, 23357, 23367, 23374, 23381, 23389, 23395, 23403, 23409, 23418, 23436, 23457, 23475, 23484, 23499, 23507, 23517, 23529, 23534, 23539, 23545, 23555, 23565, 23577, 23588, 23599, 23611, 23624, 23634, 23644, 23656, 23670, 23686, 23700, 23716, 23726, 23738, 23748, 23760, 23774, 23790, 23804, 23818, 23832, 23846, 23860, 23876, 23882, 23893, 23900, 23923, 23933, 23947, 23962, 23972, 23985, 23997, 24007, 24012, 24016, 24021, 24032, 24045, 24060, 24072, 24081, 24096, 24109, 24124, 24145, 24161, 24180, 24198, 24222, 24241, 24265, 24290, 24315, 24336, 24358, 24380, 24386, 24402, 24416, 24426, 24439, 24445, 24457, 24468, 24479, 24491, 24507, 24520, 24534, 24546, 24560, 24576, 24590, 24606, 24616, 24628, 24642, 24658, 24668, 24679, 24687, 24699, 24711, 24724, 24737, 24749, 24760, 24771, 24783, 24792, 24802, 24814, 24833, 24850, 24856, 24865, 24880, 24899, 24913, 24920, 24935, 24952, 24971, 24991, 25006, 25018, 25031, 25047, 25061, 25076, 25089, 25101, 25119, 25135, 25148, 25159, 25176, 25198, 25221, 25230, 25237, 25251, 25267, 25281, 25292, 25301, 25307, 25319, 25333, 25345, 25354, 25364, 25373, 25380, 25392, 25397, 25402, 25408, 25426, 25442, 25453, 25465, 25474, 25484, 25494, 25505, 25525, 25546, 25557, 25569, 25590, 25612, 25630, 25649, 25669, 25690, 25699, 25709, 25720, 25732, 25743, 25758, 25774, 25789, 25807, 25833, 25852, 25873, 25893, 25914, 25935, 25953, 25973, 26001, 26022, 26045, 26067, 26090, 26113, 26133, 26145, 26155, 26166, 26174, 26183, 26192, 26202, 26221, 26241, 26252, 26262, 26273, 26290, 26306, 26326, 26347, 26364, 26382, 26397, 26411, 26432, 26452, 26463, 26482, 26502, 26510, 26519, 26531, 26542, 26558, 26576, 26585, 26599, 26612, 26623, 26637, 26646, 26659, 26672, 26683, 26702, 26713, 26725, 26734, 26744, 26756, 26774, 26789, 26804, 26819, 26837, 26859, 26878, 26897, 26916, 26938, 26948, 26959, 26979, 27000, 27014, 27025, 27037, 27050, 27071, 27093, 27111, 27130, 27144, 27158, 27170, 27190, 27211, 27220, 27230, 27241, 27250, 27256, 27262, 27278, 27291, 27298, 27313, 27325, 27334, 27344, 27356, 27363, 27370, 27378, 27384, 27390, 27402, 27415, 27421, 27430, 27438, 27451, 27461, 27478, 27495, 27506, 27519, 27527, 27536, 27547, 27565, 27579, 27585, 27592, 27601, 27607, 27614, 27620, 27632, 27646, 27658, 27667, 27677, 27686, 27696, 27711, 27723, 27733, 27749, 27758, 27768, 27775, 27783, 27792, 27802, 27816, 27827, 27837, 27843, 27849, 27855, 27873, 27885, 27897, 27913, 27931, 27944, 27956, 27966, 27973, 27981, 27991, 28001, 28013, 28027, 28046, 28063, 28073, 28083, 28091, 28095, 28100, 28127, 28136, 28146, 28152, 28158, 28164, 28174, 28185, 28204, 28214, 28236, 28262, 28288, 28296, 28312, 28336, 28341, 28350, 28364, 28374, 28387, 28395, 28402, 28408, 28417, 28426, 28434, 28441, 28457, 28476, 28484, 28494, 28503, 28513, 28521, 28536, 28549, 28560, 28576, 28588, 28601, 28611, 28630, 28647, 28662, 28682, 28698, 28715, 28728, 28747, 28767, 28781, 28796, 28802, 28815, 28831, 28851, 28867, 28877, 28887, 28904, 28924, 28948, 28968, 28982, 28988, 28995, 29002, 29009, 29020, 29033, 29037, 29042, 29048, 29065, 29080, 29096, 29114, 29128, 29142, 29158, 29171, 29185, 29195, 29201, 29207, 29213, 29231, 29246, 29254, 29263, 29277, 29286, 29297, 29307, 29317, 29326, 29338, 29353, 29367, 29381, 29396, 29412, 29427, 29444, 29463, 29480, 29499, 29512, 29527, 29544, 29563, 29574, 29586, 29600, 29610, 29620, 29632, 29641, 29651, 29657, 29666, 29673, 29680, 29693, 29708, 29721, 29731, 29743, 29757, 29763, 29776, 29791, 29804, 29814, 29826, 29831, 29840, 29861, 29875, 29885, 29892, 29903, 29916, 29924, 29933, 29950, 29959, 29969, 29984, 30004, 30018, 30031, 30044, 30056, 30065, 30075, 30091, 30104, 30122, 30130, 30143, 30154, 30167, 30177, 30192, 30206, 30215, 30221, 30234, 30247, 30259, 30270, 30285, 30304, 30323, 30340, 30351, 30365, 30376, 30390, 30406, 30417, 30432, 30448, 30464, 30477, 30491, 30503, 30519, 30537, 30552, 30569, 30580, 30593, 30607, 30622, 30637, 30647, 30665, 30680, 30695, 30705, 30719, 30736, 30747, 30758, 30771, 30784, 30799, 30814, 30827, 30838, 30855, 30872, 30889, 30904, 30923, 30935, 30952, 30959, 30968, 30980, 30992, 31009, 31020, 31035, 31042, 31054, 31062, 31073, 31081, 31094, 31105, 31118, 31133, 31148, 31159, 31172, 31184, 31196, 31211, 31217, 31225, 31238, 31249, 31254, 31263, 31278, 31296, 31309, 31319, 31331, 31342, 31352, 31371, 31396, 31414, 31434, 31454, 31480, 31499, 31520, 31530, 31543, 31557, 31569, 31576, 31589, 31603, 31614, 31624, 31641, 31659, 31674, 31693, 31708, 31722, 31731, 31740, 31758, 31775, 31797, 31814, 31825, 31850, 31875, 31894, 31917, 31927, 31943, 31960, 31974, 31994, 32015, 32033, 32055, 32073, 32080, 32089, 32094, 32107, 32118, 32136, 32149, 32166, 32179, 32200, 32219, 32245, 32266, 32291, 32312, 32318, 32332, 32346, 32362, 32375, 32384, 32388, 32398, 32407, 32417, 32428, 32440, 32449, 32459, 32471, 32481, 32492, 32500, 32510, 32546, 32552, 32563, 32576, 32591, 32605, 32621, 32629, 32638, 32648, 32656, 32665, 32675, 32687, 32698, 32707, 32717, 32725, 32733, 32740, 32750, 32763, 32780, 32792, 32814, 32829, 32844, 32861, 32871, 32879, 32891, 32895, 32904, 32911, 32917, 32926, 32933, 32941, 32950, 32960, 32968, 32985, 33001, 33022, 33038, 33048, 33072, 33096, 33114, 33136, 33144, 33158, 33171, 33184, 33197, 33211, 33227, 33242, 33262, 33275, 33292, 33301, 33309, 33317, 33325, 33328, 33337, 33360, 33379, 33387, 33402, 33412, 33424, 33438, 33451, 33462, 33473, 33491, 33504, 33519, 33536, 33552, 33566, 33577, 33595, 33608, 33623, 33640, 33656, 33670, 33679, 33689, 33706, 33718, 33732, 33748, 33763, 33776, 33784, 33794, 33815, 33838, 33858, 33867, 33876, 33886, 33895, 33906, 33914, 33933, 33958, 33976, 33996, 34003, 34009, 34018, 34025, 34031, 34036, 34043, 34050, 34057, 34060, 34066, 34079, 34085, 34092, 34105, 34119, 34130, 34147, 34165, 34180, 34199, 34214, 34223, 34231, 34237, 34244, 34259, 34274, 34286, 34296, 34309, 34326, 34338, 34348, 34354, 34365, 34372, 34382, 34391, 34402, 34407, 34414, 34429, 34446, 34460, 34470, 34481, 34487, 34500, 34516, 34523, 34534, 34544, 34556, 34573, 34584, 34593, 34603, 34610, 34622, 34632, 34647, 34650, 34654, 34666, 34687, 34707, 34732, 34752, 34766, 34794, 34822, 34844, 34870, 34880, 34891, 34903, 34920, 34934, 34941, 34951, 34959, 34972, 34993, 35016, 35036, 35049, 35059, 35073, 35082, 35096, 35107, 35124, 35134, 35146, 35161, 35172, 35188, 35207, 35211, 35222, 35231, 35243, 35254, 35265, 35271, 35278, 35287, 35300, 35308, 35317, 35330, 35337, 35345, 35354, 35361, 35371, 35397, 35422, 35451, 35465, 35479, 35502, 35529, 35556, 35587, 35612, 35633, 35664, 35694, 35728, 35756, 35788, 35820, 35856, 35886, 35912, 35942, 35966, 35988, 36015, 36046, 36069, 36094, 36116, 36143, 36162, 36184, 36200, 36217, 36247, 36277, 36299, 36323, 36349, 36377, 36388, 36400, 36413, 36426, 36433, 36447, 36467, 36486, 36503, 36516, 36525, 36535, 36546, 36567, 36585, 36602, 36616, 36644, 36671, 36682, 36694, 36701, 36715, 36726, 36742, 36756, 36771, 36791, 36803, 36810, 36825, 36837, 36852, 36871, 36885, 36896, 36912, 36924, 36935, 36945, 36955, 36967, 36978, 36989, 36994, 36998, 37003, 37011, 37028, 37035, 37047, 37058, 37070, 37080, 37098, 37113, 37127, 37138, 37145, 37154, 37162, 37173, 37180, 37190, 37201, 37213, 37222, 37226, 37229, 37243, 37251, 37260, 37272, 37283, 37296, 37300, 37305, 37328, 37347, 37363, 37381, 37390, 37398, 37405, 37413, 37430, 37444, 37457, 37467, 37479, 37484, 37494, 37500, 37507, 37518, 37531, 37542, 37553, 37560, 37566, 37578, 37587, 37594, 37603, 37613, 37632, 37654, 37671, 37685, 37699, 37715, 37730, 37744, 37759, 37766, 37775, 37785, 37794, 37804, 37815, 37824, 37834, 37849, 37859, 37870, 37878, 37889, 37901, 37911, 37922, 37932, 37940, 37953, 37968, 37979, 37987, 38000, 38011, 38023, 38031, 38044, 38052, 38065, 38075, 38090, 38103, 38121, 38127, 38138, 38141, 38156, 38170, 38184, 38200, 38215, 38230, 38243, 38255, 38267, 38281, 38294, 38307, 38323, 38338, 38353, 38367, 38380, 38393, 38409, 38416, 38428, 38440, 38450, 38462, 38480, 38495, 38515, 38527, 38541, 38560, 38573, 38583, 38593, 38606, 38620, 38633, 38645, 38662, 38673, 38684, 38703, 38713, 38732, 38750, 38773, 38791, 38803, 38829, 38855, 38875, 38899, 38905, 38913, 38927, 38942, 38954, 38967, 38972, 38982, 38992, 39000, 39010, 39027, 39049, 39065, 39078, 39096, 39106, 39118, 39135, 39146, 39154, 39162, 39173, 39185, 39196, 39206, 39221, 39230, 39239, 39256, 39259, 39263, 39268, 39281, 39290, 39301, 39311, 39321, 39330, 39339, 39348, 39362, 39369, 39378, 39382, 39387, 39393, 39400, 39407, 39424, 39444, 39459, 39471, 39485, 39498, 39510, 39517, 39523, 39529, 39536, 39544, 39554, 39564, 39573, 39581, 39589, 39597, 39603, 39611, 39618, 39626, 39635, 39643, 39651, 39670, 39685, 39703, 39723, 39736, 39742, 39749, 39755, 39766, 39779, 39785, 39796, 39807, 39817, 39828, 39832, 39837, 39846, 39868, 39887, 39909, 39926, 39961, 39990, 40000, 40019, 40037, 40060, 40078, 40090, 40116, 40142, 40162, 40186, 40192, 40199, 40204, 40213, 40223, 40231, 40242, 40251, 40257, 40264, 40277, 40282, 40287, 40293, 40301, 40325, 40331, 40341, 40348, 40357, 40372, 40390, 40403, 40417, 40427, 40439, 40450, 40460, 40466, 40485, 40494, 40506, 40518, 40532, 40550, 40567, 40589, 40606, 40617, 40642, 40667, 40686, 40709, 40717, 40726, 40736, 40743, 40749, 40759, 40766, 40778, 40789, 40805, 40812, 40820, 40830, 40838, 40862, 40867, 40879, 40890, 40901, 40913, 40932, 40942, 40966, 40978, 40988, 41005, 41017, 41033, 41045, 41061, 41076, 41088, 41104, 41120, 41131, 41151, 41169, 41192, 41205, 41210, 41220, 41228, 41240, 41251, 41259, 41268, 41284, 41295, 41310, 41321, 41334, 41346, 41349, 41359, 41372, 41378, 41383, 41394, 41405, 41417, 41426, 41436, 41447, 41462, 41483, 41497, 41513, 41519, 41527, 41536, 41545, 41555, 41565, 41576, 41580, 41586, 41593, 41604, 41612, 41615, 41622, 41630, 41633, 41637, 41648, 41658, 41668, 41680, 41691, 41702, 41706, 41713, 41729, 41748, 41762, 41773, 41786, 41798, 41809, 41830, 41837, 41850, 41859, 41874, 41883, 41893, 41902, 41917, 41922, 41940, 41950, 41961, 41980, 41991, 42003, 42016, 42028, 42040, 42054, 42067, 42080, 42087, 42099, 42104, 42118, 42131, 42142, 42155, 42170, 42183, 42194, 42211, 42226, 42239, 42254, 42267, 42279, 42296, 42311, 42326, 42337, 42355, 42363, 42381, 42399, 42411, 42423, 42438, 42448, 42473, 42498, 42523, 42540, 42559, 42581, 42598, 42614, 42633, 42652, 42671, 42684, 42700, 42720, 42740, 42760, 42774, 42791, 42797, 42805, 42812, 42823, 42829, 42836, 42848, 42854, 42861, 42873, 42881, 42894, 42903, 42912, 42926, 42934, 42942, 42948, 42958, 42966, 42971, 42980, 42992, 42995, 43002, 43014, 43022, 43037, 43047, 43059, 43073, 43086, 43097, 43108, 43126, 43139, 43154, 43171, 43187, 43201, 43212, 43230, 43243, 43258, 43275, 43291, 43305, 43325, 43335, 43352, 43364, 43378, 43394, 43409, 43422, 43430, 43444, 43462, 43475, 43486, 43498, 43502, 43509, 43519, 43529, 43546, 43558, 43569, 43582, 43593, 43602, 43610, 43626, 43641, 43661, 43681, 43708, 43730, 43751, 43774, 43795, 43814, 43829, 43849, 43869, 43896, 43918, 43939, 43962, 43983, 44002, 44017, 44037, 44056, 44074, 44090, 44105, 44122, 44127, 44139, 44154, 44162, 44175, 44189, 44199, 44210, 44225, 44237, 44248, 44260, 44276, 44288, 44301, 44319, 44330, 44338, 44349, 44360, 44374, 44393, 44403, 44412, 44422, 44432, 44434, 44442, 44464, 44482, 44493, 44495, 44509, 44523, 44536, 44556, 44574, 44589, 44606, 44627, 44644, 44668, 44686, 44706, 44727, 44746, 44757, 44771, 44792, 44807, 44826, 44842, 44861, 44880, 44899, 44916, 44930, 44946, 44966, 44982, 45005, 45022, 45041, 45061, 45076, 45094, 45104, 45117, 45137, 45151, 45169, 45184, 45202, 45220, 45227, 45234, 45245, 45260, 45272, 45282, 45294, 45309, 45320, 45330, 45358, 45380, 45386, 45402, 45409, 45418, 45427, 45436, 45446, 45455, 45465, 45468, 45477, 45490, 45495, 45500, 45509, 45515, 45522, 45526, 45531, 45537, 45544, 45552, 45562, 45572, 45582, 45593, 45603, 45614, 45619, 45629, 45639, 45648, 45658, 45669, 45678, 45688, 45698, 45709, 45721, 45730, 45744, 45750, 45757, 45761, 45765, 45787, 45802, 45817, 45834, 45839, 45847, 45853, 45859, 45863, 45880, 45885, 45894, 45904, 45914, 45928, 45934, 45946, 45964, 45975, 45988, 45997, 46005, 46013, 46019, 46026, 46034, 46046, 46059, 46070, 46078, 46087, 46092, 46098, 46105, 46116, 46131, 46135, 46152, 46171, 46187, 46197, 46211, 46220, 46242, 46248, 46255, 46261, 46265, 46272, 46292, 46311, 46332, 46352, 46372, 46393, 46410, 46426, 46444, 46461, 46478, 46496, 46513, 46529, 46547, 46564, 46581, 46599, 46625, 46650, 46677, 46703, 46729, 46756, 46783, 46809, 46837, 46864, 46891, 46919, 46938, 46956, 46976, 46995, 47014, 47034, 47044, 47072, 47099, 47128, 47156, 47184, 47213, 47228, 47242, 47258, 47273, 47288, 47304, 47317, 47329, 47343, 47356, 47369, 47383, 47395, 47406, 47419, 47431, 47443, 47456, 47469, 47481, 47495, 47508, 47521, 47535, 47555, 47574, 47595, 47615, 47635, 47656, 47663, 47671, 47679, 47698, 47717, 47726, 47734, 47747, 47759, 47775, 47781, 47792, 47801, 47812, 47823, 47836, 47854, 47866, 47875, 47884, 47897, 47908, 47924, 47936, 47946, 47961, 47971, 47981, 47996, 48012, 48017, 48036, 48050, 48064, 48083, 48092, 48106, 48121, 48130, 48144, 48161, 48176, 48191, 48209, 48232, 48249, 48271, 48285, 48301, 48314, 48327, 48338, 48352, 48368, 48386, 48409, 48423, 48436, 48447, 48458, 48473, 48493, 48501, 48519, 48531, 48543, 48555, 48568, 48580, 48589, 48597, 48603, 48610, 48622, 48632, 48646, 48659, 48668, 48678, 48686, 48697, 48707, 48721, 48734, 48742, 48755, 48767, 48779, 48798, 48816, 48838, 48855, 48862, 48872, 48879, 48895, 48915, 48935, 48959, 48977, 48991, 49001, 49013, 49029, 49047, 49062, 49082, 49094, 49109, 49118, 49128, 49151, 49174, 49189, 49206, 49225, 49246, 49254, 49275, 49280, 49287, 49292, 49299, 49311, 49318, 49328, 49333, 49343, 49351, 49366, 49378, 49393, 49403, 49431, 49453, 49464, 49469, 49477, 49483, 49494, 49502, 49515, 49527, 49534, 49542, 49548, 49555, 49560, 49566, 49573, 49585, 49593, 49605, 49614, 49632, 49653, 49669, 49682, 49697, 49711, 49724, 49730, 49736, 49747, 49758, 49764, 49771, 49779, 49787, 49796, 49810, 49820, 49828, 49837, 49851, 49861, 49872, 49888, 49897, 49911, 49921, 49925, 49930, 49939, 49945, 49952, 49960, 49964, 49974, 49985, 49993, 50002, 50011, 50021, 50025, 50034, 50042, 50050, 50060, 50069, 50078, 50083, 50103, 50128, 50143, 50163, 50178, 50198, 50205, 50211, 50221, 50240, 50258, 50281, 50299, 50311, 50337, 50363, 50383, 50407, 50423, 50445, 50460, 50477, 50486, 50492, 50499, 50507, 50526, 50547, 50565, 50573, 50582, 50592, 50599, 50607, 50612, 50615, 50619, 50623, 50628, 50633, 50650, 50672, 50689, 50706, 50729, 50753, 50774, 50801, 50829, 50854, 50883, 50908, 50916, 50921, 50929, 50938, 50951, 50970, 50982, 50996, 51002, 51008, 51012, 51017, 51024, 51031, 51035, 51047, 51064, 51072, 51081, 51092, 51106, 51120, 51138, 51151, 51171, 51192, 51210, 51234, 51259, 51281, 51307, 51329, 51347, 51368, 51384, 51397, 51412, 51426, 51439, 51449, 51459, 51470, 51481, 51496, 51514, 51527, 51537, 51549, 51560, 51570, 51583, 51595, 51603, 51614, 51626, 51639, 51650, 51658, 51668, 51679, 51694, 51705, 51717, 51728, 51734, 51741, 51758, 51770, 51781, 51789, 51800, 51811, 51821, 51830, 51838, 51845, 51851, 51862, 51877, 51881, 51884, 51894, 51909, 51929, 51948, 51967, 51988, 52008, 52028, 52045, 52061, 52077, 52095, 52112, 52129, 52137, 52145, 52156, 52171, 52191, 52198, 52207, 52222, 52230, 52240, 52245, 52259, 52280, 52288, 52294, 52299, 52318, 52341, 52351, 52361, 52371, 52383, 52390, 52398, 52407, 52419, 52430, 52441, 52454, 52466, 52478, 52492, 52499, 52506, 52525, 52541, 52556, 52568, 52582, 52589, 52596, 52602, 52609, 52615, 52622, 52628, 52635, 52643, 52651, 52664, 52676, 52683, 52691, 52701, 52710, 52719, 52731, 52738, 52748, 52757, 52774, 52789, 52806, 52825, 52842, 52857, 52876, 52893, 52912, 52929, 52945, 52966, 52985, 53004, 53019, 53027, 53033, 53058, 53068, 53079, 53093, 53111, 53124, 53135, 53145, 53156, 53167, 53183, 53194, 53206, 53219, 53243, 53260, 53283, 53299, 53317, 53327, 53338, 53345, 53353, 53363, 53370, 53378, 53384, 53391, 53405, 53416, 53426, 53434, 53441, 53449, 53461, 53473, 53478, 53484, 53492, 53504, 53517, 53536, 53556, 53573, 53596, 53620, 53641, 53666, 53687, 53704, 53716, 53734, 53753, 53769, 53791, 53814, 53834, 53858, 53878, 53890, 53900, 53917, 53929, 53945, 53957, 53963, 53969, 53976, 53980, 53985, 53988, 53992, 53997, 54010, 54022, 54027, 54033, 54039, 54054, 54068, 54087, 54101, 54109, 54131, 54153, 54169, 54189, 54196, 54205, 54214, 54224, 54235, 54241, 54252, 54264, 54282, 54297, 54310, 54327, 54344, 54354, 54366, 54381, 54397, 54414, 54429, 54442, 54458, 54470, 54489, 54502, 54514, 54529, 54542, 54557, 54573, 54585, 54595, 54607, 54619, 54628, 54638, 54642, 54651, 54659, 54676, 54682, 54693, 54699, 54705, 54712, 54729, 54739, 54748, 54755, 54763, 54770, 54785, 54798, 54812, 54828, 54847, 54860, 54872, 54886, 54903, 54922, 54940, 54954, 54975, 54990, 55004, 55017, 55021, 55026, 55030, 55035, 55049, 55059, 55074, 55080, 55088, 55093, 55097, 55106, 55121, 55135, 55143, 55153, 55160, 55169, 55176, 55185, 55194, 55205, 55216, 55226, 55231, 55240, 55253, 55265, 55270, 55280, 55289, 55297, 55306, 55309, 55317, 55328, 55338, 55344, 55354, 55368, 55380, 55393, 55404, 55422, 55436, 55449, 55460, 55471, 55487, 55501, 55516, 55529, 55549, 55565, 55577, 55592, 55606, 55623, 55638, 55653, 55669, 55683, 55698, 55711, 55731, 55747, 55763, 55777, 55792, 55805, 55825, 55841, 55844, 55866, 55883, 55897, 55914, 55926, 55956, 55980, 55984, 55993, 55997, 56000, 56004, 56009, 56018, 56030, 56044, 56053, 56063, 56068, 56074, 56081, 56089, 56100, 56115, 56120, 56134, 56153, 56161, 56172, 56190, 56205, 56225, 56240, 56260, 56278, 56301, 56314, 56332, 56340, 56346, 56352, 56373, 56387, 56400, 56413, 56428, 56442, 56456, 56469, 56481, 56490, 56500, 56517, 56529, 56545, 56557, 56567, 56578, 56590, 56600, 56611, 56623, 56629, 56638, 56655, 56670, 56692, 56709, 56730, 56747, 56759, 56772, 56788, 56807, 56811, 56818, 56834, 56853, 56867, 56882, 56898, 56909, 56922, 56934, 56945, 56952, 56957, 56963, 56974, 56977, 57012, 57040, 57068, 57098, 57116, 57145, 57167, 57189, 57213, 57233, 57254, 57275, 57282, 57290, 57307, 57312, 57331, 57344, 57360, 57374, 57386, 57400, 57410, 57421, 57434, 57448, 57466, 57485, 57500, 57513, 57536, 57553, 57573, 57591, 57607, 57625, 57639, 57654, 57671, 57689, 57711, 57734, 57753, 57770, 57788, 57802, 57806, 57811, 57825, 57833, 57837, 57852, 57861, 57872, 57885, 57894, 57908, 57928, 57941, 57956, 57965, 57976, 57993, 58005, 58014, 58031, 58046, 58060, 58073, 58090, 58108, 58126, 58143, 58163, 58186, 58208, 58229, 58240, 58249, 58261, 58271, 58282, 58295, 58310, 58322, 58336, 58348, 58360, 58374, 58384, 58396, 58402, 58422, 58435, 58446, 58462, 58472, 58487, 58493, 58498, 58503, 58509, 58519, 58524, 58531, 58546, 58551, 58555, 58560, 58566, 58573, 58582, 58598, 58607, 58621, 58635, 58647, 58655, 58663, 58672, 58680, 58689, 58704, 58714, 58725, 58737, 58745, 58763, 58778, 58792, 58803, 58811, 58819, 58829, 58843, 58860, 58869, 58881, 58888, 58900, 58913, 58923, 58938, 58947, 58959, 58970, 58985, 58997, 59012, 59021, 59031, 59046, 59057, 59063, 59071, 59084, 59093, 59107, 59113, 59120, 59128, 59141, 59150, 59161, 59173, 59185, 59205, 59222, 59240, 59265, 59285, 59309, 59329, 59340, 59351, 59361, 59370, 59380, 59389, 59401, 59407, 59414, 59419, 59424, 59432, 59435, 59443, 59450, 59457, 59475, 59492, 59509, 59518, 59526, 59534, 59538, 59553, 59567, 59581, 59593, 59603, 59615, 59629, 59641, 59651, 59665, 59677, 59691, 59703, 59714, 59730, 59744, 59758, 59768, 59781, 59792, 59805, 59820, 59833, 59844, 59859, 59872, 59887, 59900, 59912, 59929, 59944, 59959, 59970, 59978, 59997, 60010, 60017, 60036, 60057, 60075, 60086, 60094, 60103, 60108, 60120, 60131, 60149, 60166, 60178, 60182, 60187, 60195, 60202, 60220, 60233, 60245, 60254, 60265, 60278, 60283, 60289, 60300, 60310, 60313, 60330, 60344, 60357, 60372, 60389, 60403, 60423, 60430, 60434, 60439, 60446, 60456, 60473, 60485, 60499, 60515, 60530, 60543, 60550, 60558, 60570, 60583, 60603, 60618, 60635, 60654, 60672, 60688, 60701, 60721, 60736, 60753, 60772, 60790, 60806, 60813, 60821, 60835, 60853, 60862, 60879, 60891, 60910, 60924, 60940, 60958, 60975, 60990, 61000, 61020, 61037, 61057, 61078, 61094, 61116, 61131, 61139, 61161, 61179, 61198, 61220, 61238, 61262, 61279, 61290, 61308, 61324, 61338, 61358, 61372, 61389, 61404, 61422, 61440, 61458, 61472, 61489, 61506, 61526, 61539, 61559, 61577, 61593, 61610, 61628, 61648, 61666, 61683, 61700, 61720, 61730, 61741, 61750, 61767, 61779, 61789, 61794, 61799, 61806, 61817, 61825, 61839, 61852, 61865, 61880, 61895, 61909, 61923, 61935, 61946, 61964, 61981, 61999, 62018, 62034, 62056, 62079, 62099, 62123, 62143, 62163, 62179, 62193, 62215, 62237, 62257, 62277, 62287, 62295, 62308, 62317, 62331, 62350, 62374, 62397, 62405, 62415, 62430, 62443, 62454, 62469, 62487, 62500, 62515, 62529, 62542, 62551, 62568, 62575, 62588, 62602, 62613, 62630, 62648, 62663, 62682, 62697, 62709, 62725, 62736, 62748, 62758, 62777, 62797, 62814, 62837, 62861, 62882, 62907, 62928, 62935, 62943, 62952, 62966, 62984, 62997, 63009, 63027, 63046, 63062, 63084, 63107, 63127, 63151, 63171, 63180, 63190, 63195, 63207, 63217, 63228, 63246, 63258, 63271, 63285, 63300, 63312, 63325, 63339, 63349, 63359, 63368, 63378, 63391, 63404, 63418, 63428, 63437, 63450, 63465, 63477, 63487, 63499, 63513, 63525, 63544, 63562, 63583, 63607, 63630, 63652, 63664, 63674, 63690, 63703, 63719, 63725, 63737, 63750, 63760, 63776, 63791, 63807, 63824, 63838, 63856, 63874, 63888, 63894, 63905, 63921, 63942, 63962, 63967, 63984, 63993, 64004, 64018, 64036, 64048, 64060, 64072, 64086, 64104],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::Lits(&[24, 276, 910, 913, 946, 1538, 1752, 2061, 2062, 2210, 2216, 2227, 2231, 2232, 2290]), Anchor::All(&[Anchor::Lits(&[2309, 2569, 2702, 2757, 2802, 2806, 2808, 2810, 2812, 2814, 2841, 2842, 2845, 2853, 2857, 2879, 2881, 2882, 2885, 2893, 2897, 3025, 3027, 3055, 3191, 3194, 3196, 3199, 3399, 3543, 3552, 3558, 3564, 3580, 3582, 3591, 3621, 3663, 3706, 3710, 3713, 3715, 3739, 3741, 3743, 3872, 3889, 4089, 4121, 4144, 4214, 4218, 4219, 4221, 4223, 4225, 4283, 4373, 4375, 4392, 4433]), Anchor::Lits(&[2624, 2668, 2686, 2785, 2787, 3077, 3080, 3087, 3089, 3294, 3407, 3852, 3855, 3975, 4034, 4053, 4267, 4397])]), Anchor::All(&[Anchor::Lits(&[2309, 2569, 2702, 2757, 2802, 2806, 2808, 2810, 2812, 2814, 2841, 2842, 2845, 2853, 2857, 2879, 2881, 2882, 2885, 2893, 2897, 3025, 3027, 3055, 3191, 3194, 3196, 3199, 3399, 3543, 3552, 3558, 3564, 3580, 3582, 3591, 3621, 3663, 3706, 3710, 3713, 3715, 3739, 3741, 3743, 3872, 3889, 4089, 4121, 4144, 4214, 4218, 4219, 4221, 4223, 4225, 4283, 4373, 4375, 4392, 4433]), Anchor::Lits(&[2624, 2668, 2688, 2704, 2745, 2785, 2790, 2955, 3080, 3087, 3091, 3247, 3284, 3297, 3444, 3685, 3852, 3855, 3961, 4038, 4053, 4206, 4267, 4294, 4325, 4371, 4397])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[320, 377, 416, 429, 432, 498, 499, 500, 833, 877, 990, 991, 1035, 1157, 1161, 1206, 1236, 1237, 1238, 1396, 1420, 1489, 1498, 1504, 1510, 1607, 1608, 1615, 1654, 1830, 1832, 1836, 1866, 1867, 2205, 2208, 2210, 2213, 2223, 2225, 2231, 2290, 2625, 2669, 2786, 2788, 2791, 3078, 3081, 3088, 3090, 3092, 3295, 3298, 3853, 3856, 3860, 4039, 4054, 4268, 4269, 4398]), Anchor::All(&[Anchor::Lits(&[2624, 2668, 2785, 2787, 3077, 3080, 3087, 3089, 3294, 3852, 3855, 4038, 4053, 4267, 4397]), Anchor::Lits(&[2385, 2429, 2952, 4726])]), Anchor::All(&[Anchor::Lits(&[2309, 2569, 2702, 2757, 2802, 2806, 2808, 2810, 2812, 2814, 2841, 2842, 2845, 2853, 2857, 2879, 2881, 2882, 2885, 2893, 2897, 3025, 3027, 3055, 3191, 3194, 3196, 3199, 3399, 3543, 3552, 3558, 3564, 3580, 3582, 3591, 3621, 3663, 3706, 3710, 3713, 3715, 3739, 3741, 3743, 3872, 3889, 4089, 4121, 4144, 4214, 4218, 4219, 4221, 4223, 4225, 4283, 4373, 4375, 4392, 4433]), Anchor::Lits(&[2623, 2787, 3079, 3089, 3294, 3406, 3855, 3974, 4034, 4052, 4057])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[428, 975, 976, 977, 1064, 1065, 1075, 1076, 1160, 1488, 1490, 1536, 1614, 1643, 1644, 1645, 2235, 2239, 2242, 2244, 2246, 2249, 2255, 2260, 2264, 2275, 2284]), Anchor::All(&[Anchor::Lits(&[2624, 2790, 3448, 3685]), Anchor::Lits(&[2234])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[2312, 2535, 2916, 3233, 3242, 3390, 3830, 3841, 4153, 4455, 4457, 4639, 4667, 4668, 4670, 4674, 4710, 4711, 4725, 4778]), Anchor::Lits(&[2385, 2433, 2956, 4525, 4531])])),
            (4, "override-the-above", Anchor::Lits(&[25, 277, 1502, 1509])),
            (5, "override-bare-instructions", Anchor::Lits(&[328, 525, 902, 1011, 1280, 1296, 1441, 1457, 1794, 1796])),
            (6, "override-previous-loosely", Anchor::Lits(&[3194, 3987])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[2310, 2311, 2387, 2570, 2703, 2758, 2803, 2807, 2809, 2811, 2813, 2815, 2843, 2846, 2854, 2880, 2883, 2886, 2894, 3026, 3028, 3056, 3192, 3195, 3197, 3200, 3544, 3553, 3559, 3565, 3581, 3583, 3592, 3622, 3654, 3664, 3707, 3711, 3714, 3716, 3740, 3742, 3744, 3873, 3890, 4090, 4122, 4145, 4215, 4220, 4222, 4224, 4226, 4374, 4376, 4393, 4434]), Anchor::All(&[Anchor::Lits(&[2309, 2569, 2702, 2757, 2802, 2806, 2808, 2810, 2812, 2814, 2841, 2842, 2845, 2853, 2857, 2879, 2881, 2882, 2885, 2893, 2897, 3025, 3027, 3055, 3191, 3194, 3196, 3199, 3399, 3543, 3552, 3558, 3564, 3580, 3582, 3591, 3621, 3663, 3706, 3710, 3713, 3715, 3739, 3741, 3743, 3872, 3889, 4089, 4121, 4144, 4214, 4218, 4219, 4221, 4223, 4225, 4283, 4373, 4375, 4392, 4433]), Anchor::Lits(&[387, 405, 434, 445, 504, 953, 1004, 1038, 1209, 1358, 1414, 1468, 1528, 1863])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[167, 298, 299, 301, 303, 426, 427, 438, 443, 900, 901, 962, 964, 1129, 1130, 1153, 1162, 1506, 1507, 1611, 1616, 1677, 1680, 1806, 1807, 1859, 2026])),
            (9, "override-everything-then-order", Anchor::Lits(&[525, 902, 1011, 1280, 1296, 1682])),
            (10, "hijack-the-content", Anchor::Lits(&[2810, 3025, 3194, 4144])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[2625, 2669, 2687, 2786, 2788, 2791, 3078, 3081, 3088, 3090, 3092, 3295, 3298, 3408, 3853, 3856, 3860, 3976, 4035, 4039, 4054, 4268, 4269, 4398]), Anchor::Any(&[Anchor::Lits(&[2465, 2466, 2838, 2850, 2870, 2871, 2872, 2873, 2876, 2890, 3312, 3313, 3577, 3578, 3579, 3584, 3585]), Anchor::All(&[Anchor::Lits(&[15, 16, 42, 355, 356, 484, 496, 519, 821, 830, 868, 872, 873, 960, 1012, 1089, 1097, 1139, 1152, 1309, 1312, 1333, 1334, 1335, 1336, 1338, 1352, 1363, 1367, 1411, 1429, 1433, 1562, 1588, 1590, 1600, 1601, 1621, 1628, 1810, 1815, 1818, 2082, 2151, 2161, 2196]), Anchor::Lits(&[2463, 3071, 3098, 3101, 3102, 3310, 3463, 4124, 4127, 4524, 4546])])])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[263, 354, 357, 983, 985, 1090, 1091, 1431, 1432, 1441, 1443, 1444, 1445, 1589, 1591, 1814, 1816, 1845, 1846, 2035, 2036, 2149]), Anchor::Lits(&[2623, 2696, 2787, 3087, 3294, 3439, 3451, 3684, 3793, 3799, 3855, 4038])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[2203, 2206, 2211, 2214, 2230, 2289]), Anchor::All(&[Anchor::Lits(&[22, 23, 40, 41, 408, 409, 891, 893, 994, 995, 1164, 1165, 1353, 1354, 1602, 1603, 1787, 1788]), Anchor::Lits(&[2624, 2668, 2686, 2729, 2770, 2785, 2787, 3077, 3080, 3087, 3089, 3294, 3407, 3425, 3677, 3719, 3852, 3855, 3975, 4034, 4053, 4267, 4396, 4397])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[857, 858, 859, 860, 1122, 1123, 1124, 1125, 1399, 1400, 1401, 1402, 1755, 1756, 1757, 1758, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2337, 2343, 2344, 2419, 2420, 2421, 2422, 2423, 2424, 2425, 2537, 2538, 2541, 2542, 2543, 2628, 2629, 2630, 2632, 2633, 2634, 2635, 2636, 2637, 2638, 2639, 2640, 2641, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2654, 2657, 2660, 2663, 2665, 2680, 2681, 2682, 2683, 2699, 2700, 2701, 2721, 2722, 2723, 2724, 2752, 2753, 2754, 2755, 2772, 2773, 2774, 2776, 2777, 2778, 2779, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2960, 2961, 2962, 2963, 2964, 2965, 2996, 2997, 2998, 3000, 3001, 3002, 3003, 3005, 3007, 3008, 3009, 3039, 3041, 3111, 3112, 3113, 3114, 3115, 3116, 3117, 3243, 3361, 3364, 3365, 3367, 3368, 3369, 3415, 3416, 3417, 3418, 3625, 3626, 3627, 3628, 3630, 3631, 3632, 3633, 3634, 3635, 3636, 3637, 3638, 3639, 3641, 3644, 3647, 3650, 3652, 3666, 3667, 3668, 3669, 3670, 3671, 3691, 3692, 3693, 3694, 3695, 3696, 3697, 3812, 3813, 3814, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3834, 3835, 3836, 3837, 3838, 3839, 3840, 3920, 3921, 3922, 3923, 3966, 3967, 3968, 4154, 4190, 4191, 4192, 4193, 4194, 4195, 4265, 4266, 4267, 4270, 4271, 4272, 4273, 4279, 4280, 4281, 4282, 4284, 4285, 4286, 4287, 4406, 4407, 4408, 4409, 4697, 4713])),
            (15, "permission-to-ignore", Anchor::Lits(&[2558, 2569, 2607, 2798, 2810, 2949, 3025, 3194, 3710, 4144, 4516])),
            (16, "deceive-the-user", Anchor::Lits(&[2569, 2810, 2837, 2847, 2848, 2851, 2852, 2855, 2856, 2875, 2887, 2888, 2891, 2892, 2895, 2896, 3025, 3118, 3120, 3122, 3126, 3194, 3548, 3554, 3555, 3557, 3560, 3561, 3563, 3710, 4595])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[2384, 2386, 2449, 2450, 2451, 2454, 2456, 2457, 2458, 2459, 2503, 2504, 2505, 2506, 2556, 2585, 2601, 2606, 2624, 2668, 2673, 2675, 2676, 2678, 2686, 2717, 2718, 2785, 2787, 2934, 2947, 2953, 2989, 3076, 3077, 3079, 3086, 3087, 3089, 3143, 3150, 3277, 3278, 3279, 3280, 3282, 3283, 3294, 3407, 3411, 3455, 3459, 3793, 3799, 3831, 3852, 3855, 3861, 3898, 3910, 3918, 3975, 3991, 3992, 4038, 4052, 4055, 4081, 4082, 4083, 4102, 4107, 4108, 4109, 4110, 4111, 4113, 4267, 4334, 4397, 4410, 4729]), Anchor::Lits(&[210, 254, 289, 1368, 1387, 1388, 1390, 2001])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[2155, 2160, 2550, 2614, 2615, 3036, 3037, 3038, 4277]), Anchor::All(&[Anchor::Lits(&[2624, 2668, 2696, 2785, 2787, 3077, 3080, 3087, 3089, 3187, 3294, 3437, 3438, 3763, 3852, 3855, 3975, 4038, 4053, 4267, 4397]), Anchor::Lits(&[2616, 2618, 2760, 2900, 2935, 2936, 3004, 3717, 3867, 3937, 3938, 3939, 3962, 3964, 3996, 4433, 4548, 4549])])])),
            (19, "apply-to-own-instructions", Anchor::Lits(&[50, 51, 52, 53, 1375, 1376, 1389, 1397, 1987, 1988, 2000, 2018, 2153, 2154, 2157, 2159])),
            (20, "override-what-makers-said", Anchor::Lits(&[4331, 4332, 4333, 4339, 4342, 4343, 4346, 4350, 4351, 4356, 4728, 4731, 4733, 4738, 4743, 4745, 4748, 4754, 4755, 4760])),
            (21, "you-have-been-changed", Anchor::Any(&[Anchor::Lits(&[505, 507, 1069, 1245, 1249, 1416, 1492, 1648]), Anchor::All(&[Anchor::Lits(&[4639, 4669, 4687, 4709, 4711, 4765, 4777]), Anchor::Lits(&[2667, 2986, 3034, 3094, 3350, 3404, 3708, 3907, 3942, 3963, 3995, 4439])]), Anchor::All(&[Anchor::Lits(&[3050, 3051, 3060, 3061, 3359, 3360, 3449, 3450, 3868, 3869, 3902, 3903, 4001, 4002]), Anchor::Lits(&[4726])])])),
            (22, "treat-rules-as-optional", Anchor::Lits(&[183, 184, 185, 187, 188, 189, 197, 198, 199, 200, 201, 202, 204, 209, 2211, 2215, 2229, 2230, 2289])),
            (23, "nothing-is-real", Anchor::Lits(&[153, 418, 1302, 1332, 1342, 1343, 1344, 1345, 1647])),
            (24, "declined-now-allowed", Anchor::Lits(&[2517, 2552, 2719, 2720, 2749, 2766, 2801, 3022, 3023, 3854, 3919, 3934, 3972, 4633, 4634])),
            (25, "drop-configured-limits", Anchor::Any(&[Anchor::Lits(&[429, 974, 978, 1067, 1157, 1161, 1261, 1489, 1491, 1615, 1646, 2203, 2211, 2212, 2215, 2218, 2219, 2220, 2230, 2286, 2289, 2488, 4365]), Anchor::All(&[Anchor::Lits(&[429, 978, 1067, 1489, 1491, 1615, 1646, 1837]), Anchor::Lits(&[4726])])])),
            (26, "ignore-governance-policies", Anchor::Lits(&[27, 407, 468, 963, 1193, 1488, 1490, 1517, 1653, 1687])),
            (27, "reveal-own-instructions", Anchor::All(&[Anchor::Lits(&[2671, 2672, 2687, 2697, 2786, 2791, 2999, 3081, 3092, 3258, 3259, 3268, 3296, 3298, 3764, 3794, 3809, 3853, 3856, 3860, 3976, 4039, 4123, 4268, 4269, 4398]), Anchor::Lits(&[2234])])),
            (28, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[2672, 2786, 2791, 3092, 3298, 3440, 3445, 3809, 3856, 3860, 4039, 4123, 4326]), Anchor::Lits(&[2364, 2670, 2771, 3110, 3257, 3307, 3446, 3674, 3690, 3805, 3843, 3901, 4093, 4205, 4264, 4424, 4515])])),
            (29, "what-others-told-you", Anchor::Lits(&[25, 213, 214, 215, 216, 267, 931, 932, 933, 934, 941, 942, 943, 944, 1060, 1061, 1062, 1063, 1515, 1524, 1525, 1526, 1527, 1542, 1543, 1544, 1545, 1658, 1659, 1660, 1661, 1697, 1698, 1699, 1700, 1849, 1850, 1851, 1852, 1855, 1856, 1857, 1858, 2022, 2023, 2024, 2025, 2190, 2191, 2192, 2193, 2197, 2198, 2199, 2200])),
            (30, "reveal-what-you-were-told", Anchor::Lits(&[180, 502, 558, 981, 987, 2092, 2098, 3241, 3285, 4526, 4527, 4528, 4529, 4530, 4532])),
            (31, "reveal-given-instructions", Anchor::Lits(&[24, 64, 231, 266, 807, 899, 1027, 1088, 1514, 2017, 2099, 2158, 2203, 2211, 2215, 2230, 2289, 2544, 3040, 3073, 3241, 3285, 3655, 4330, 4659, 4666, 4671, 4676, 4686, 4696, 4699, 4712, 4714, 4775, 4779])),
            (32, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[24, 230, 231, 269, 270, 271, 275, 276, 918, 923, 1028, 1500, 1516, 1752, 2217, 2227, 2231, 2291]), Anchor::All(&[Anchor::Lits(&[434, 445, 1036, 1038, 1066, 1499, 1528, 1863, 2186]), Anchor::Lits(&[25, 808, 890, 989, 1034, 1419, 1501, 1508, 1513])])])),
            (33, "repeat-starting-with-you-are", Anchor::Lits(&[280, 281, 282, 1767, 1769, 1770])),
            (34, "reveal-context-contents", Anchor::Lits(&[1364, 1366, 2690, 2695, 2696, 2714, 3297, 3808, 3855, 4267, 4328, 4630, 4631])),
            (35, "reveal-transformed-prompt", Anchor::Lits(&[4727, 4730, 4734, 4735, 4736, 4737, 4739, 4742, 4744, 4746, 4747, 4750, 4751, 4752, 4753, 4762, 4764])),
            (36, "complete-the-leak", Anchor::Lits(&[3160, 3162, 3163, 3165, 3166, 3168, 3169, 3170, 3172, 3173, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3183, 3184, 3185, 3464, 3465, 3466, 3467, 3468, 3469, 3470, 3471, 3472, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3486, 3487, 3488, 3489, 3490, 3491, 3492, 3493, 3494, 3495, 3496, 3497, 3498, 3499, 3501, 3502, 3503, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3515, 3516, 3517, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 3532, 3533, 3534, 3535, 3536, 4344, 4345, 4347, 4348, 4349, 4352, 4353, 4354, 4355, 4641, 4642, 4644, 4645, 4646, 4648, 4756, 4757, 4758, 4759])),
            (37, "what-you-must-not-say", Anchor::Lits(&[2497, 3024, 3292, 3562, 3610, 3611, 3612, 3613, 3851, 3854, 3973, 4390, 4395])),
            (38, "reveal-initialization", Anchor::Lits(&[3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276])),
            (39, "forged-own-instructions", Anchor::Lits(&[2236, 2238, 2240, 2243, 2247, 2252, 2253, 2257, 2259, 2261, 2263, 2268, 2269, 2271, 2273, 2276, 2277, 2280, 2285])),
            (40, "follow-what-it-says", Anchor::Lits(&[130, 131, 132, 133, 134, 136, 137, 190, 191, 192, 193, 194, 195, 1937, 1938, 1939, 1940, 1941, 1942, 1943, 2101, 2102, 2103, 2104, 2105, 2106, 2108, 2109, 2110, 2111, 2112, 2113])),
            (47, "authority-message", Anchor::Any(&[Anchor::Lits(&[237, 239, 290, 319, 403, 406, 413, 439, 444, 463, 470, 497, 835, 916, 924, 935, 1187, 1188, 1189, 1190, 1191, 1348, 1349, 1350, 1359, 1360, 1413, 1446, 1448, 1521, 1527, 1565, 1598, 1704, 1828, 1829, 1831, 1832, 1836, 1838, 1862, 2030, 2194, 2201, 2241, 2250, 2251, 2256, 2270, 2272, 2496, 2789, 3161, 3164, 3167, 3203, 3204, 3205, 3299, 3442, 3615, 3687, 3704, 3709, 3712, 4252, 4288, 4290, 4372, 4458, 4629, 4638, 4661, 4679, 4680, 4681, 4682, 4683, 4684, 4685, 4698, 4700, 4724, 4727, 4732, 4740, 4741, 4749, 4750, 4761, 4763]), Anchor::All(&[Anchor::Lits(&[2791, 3298, 3686, 3853]), Anchor::Lits(&[4726])]), Anchor::All(&[Anchor::Lits(&[177, 1101]), Anchor::Lits(&[4726])])])),
            (48, "vendor-impersonation", Anchor::Lits(&[862, 1135, 1136, 1484, 1485, 1594, 1605, 1650, 2094, 2095, 2204, 2222, 2224])),
            (49, "authority-override", Anchor::Lits(&[28, 1212, 1214, 1222, 1440])),
            (52, "entering-special-mode", Anchor::Any(&[Anchor::Lits(&[36, 305, 819, 823, 824, 1037, 1477, 1546, 1768, 1820, 1821]), Anchor::All(&[Anchor::Lits(&[4639, 4670, 4675, 4687, 4715, 4765]), Anchor::Lits(&[1210])])])),
            (53, "address-the-model", Anchor::Lits(&[128, 129, 1033, 1450, 1523, 1557, 1689, 1811, 1812, 3189, 3435, 3436, 3441, 3443, 3614, 3616, 3617, 3618, 3864, 3865, 3935, 3936, 4519, 4520])),
            (54, "unrestricted-mode", Anchor::Lits(&[1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1442, 2400, 2411, 2591, 2737, 2775, 2780, 2911, 2959, 3035, 3063, 3096, 3321, 3335, 3340, 3355, 3410, 3573, 3574, 3576, 3598, 3662, 3678, 3904, 4202, 4239, 4418, 4419, 4421, 4430, 4436, 4440, 4446, 4452])),
            (55, "dan-persona", Anchor::Lits(&[2334, 2335, 2336, 2338, 2339, 2340, 2341, 2342, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2381, 2382, 2383, 2498, 2499, 2500, 2525, 2526, 2527, 2528, 2529, 2530, 2531, 2532, 2553, 2554, 2555, 2594, 2595, 2596, 2736, 2738, 2739, 2740, 2741, 2835, 3452, 3453, 3454, 3765, 3766, 3767, 3783, 3784, 3785, 3786, 3787, 3788, 3789, 3790, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4014, 4015, 4016, 4017, 4018, 4019, 4020, 4021, 4512, 4513, 4514, 4640, 4643, 4647, 4651, 4652, 4653, 4654, 4655, 4656, 4657, 4658, 4660, 4688, 4689, 4690, 4691, 4692, 4693, 4694, 4695, 4701, 4702, 4703, 4704, 4705, 4706, 4707, 4708, 4716, 4717, 4718, 4719, 4720, 4721, 4722, 4723, 4766, 4767, 4768, 4771, 4772, 4773, 4774, 4776])),
            (56, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[143, 344, 571, 1283, 2140, 2399, 2716, 2735, 2781, 2957, 3094, 3099, 3210, 3330, 3350, 3386, 3404, 3409, 3426, 3542, 3572, 3575, 3597, 3599, 3905, 3999, 4036, 4037, 4415, 4417, 4420, 4422, 4423, 4428, 4429, 4435, 4442, 4443, 4444, 4454, 4576, 4577, 4588, 4589, 4590, 4591, 4592, 4593, 4594, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4604, 4608, 4610, 4612, 4614, 4617, 4618]), Anchor::All(&[Anchor::Lits(&[323, 336, 526, 686, 687, 753, 754, 982, 1013, 1100, 1106, 1273, 1284]), Anchor::Lits(&[4329, 4534, 4538])])]), Anchor::Lits(&[33, 35, 141, 262, 264, 279, 287, 288, 386, 404, 435, 816, 817, 1018, 1409, 1480, 1481, 1482, 1483, 1522, 1561, 1593, 1604, 1606, 1623, 1637, 1638, 1719, 1720, 1760, 1765, 1766, 1847, 2032, 2040, 2203, 2226, 2286])])),
            (57, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[26, 104, 135, 142, 143, 144, 145, 327, 437, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 905, 906, 1268, 1275, 1283, 1289, 1355, 1356, 1357, 1464, 1494, 1520, 1630, 1764, 2156, 2162, 4230]), Anchor::All(&[Anchor::Lits(&[323, 336, 526, 681, 686, 687, 689, 748, 753, 754, 756, 903, 982, 1013, 1099, 1100, 1105, 1106, 1273, 1274, 1278, 1284]), Anchor::Lits(&[1864, 2131, 2137])]), Anchor::All(&[Anchor::Lits(&[105, 854, 1118, 2047, 2051, 2058]), Anchor::Lits(&[65, 218, 306, 385, 388, 1224, 1468, 1827, 2079])])])),
            (58, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[531, 1307, 1351, 2288, 2930, 2931, 3888, 4138, 4139, 4217]), Anchor::All(&[Anchor::Lits(&[343, 1137, 1255, 1300]), Anchor::Lits(&[2305, 2306, 2307, 2308, 2401, 2402, 2403, 2404, 2416])])])),
            (59, "no-restrictions", Anchor::Lits(&[2557, 2586, 2679, 2687, 2693, 2948, 2990, 3078, 3081, 3092, 3408, 3412, 3456, 3457, 3460, 3794, 3832, 3853, 3970, 3971, 3976, 4039, 4054, 4066, 4078])),
            (60, "rules-do-not-apply", Anchor::Lits(&[165, 166, 866, 894, 895, 896, 897, 898, 899, 1194, 1391, 1392, 1393, 1394, 1395, 1396, 1434, 1435, 1436, 1437, 1438, 1439, 2006, 2007, 2013, 2014, 2015, 2017])),
            (61, "no-rules-apply", Anchor::Lits(&[3607, 4341, 4361, 4362, 4363, 4364, 4366, 4367, 4368, 4369])),
            (62, "freed-from-limits", Anchor::Lits(&[321, 322, 324, 831, 832, 863, 905, 907, 1150, 1308, 1310, 1311, 1337, 1339, 1340, 1585, 2046, 2048, 2049, 2060])),
            (63, "respond-without-limits", Anchor::Lits(&[472, 473, 474, 475, 476, 477, 488, 489, 490, 491, 492, 493, 1566, 1567, 1568, 1569, 1570, 1571, 1579, 1580, 1581, 1582, 1583, 1584, 1671, 1672, 1673, 1674, 1675, 1676, 2398, 3032, 3199, 3568, 3570, 3571, 3586, 3587, 3595, 3596, 3600, 3924, 4575, 4587, 4595])),
            (64, "pre-safety-self", Anchor::Lits(&[1365, 2536])),
            (65, "stay-in-character", Anchor::Lits(&[533, 534, 545, 761, 762, 773, 1128, 1262, 1263, 1279, 1586, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783])),
            (66, "jailbreak-template", Anchor::Lits(&[384, 1301, 1303, 1304, 1305, 1306, 1330, 1331, 1528, 1560, 1944, 1984, 2467, 2468, 2469, 2470, 2471, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3234, 3235, 3236, 3237, 3238, 3239, 3240, 3458, 4509, 4550, 4551, 4552, 4553, 4554, 4555, 4556, 4560, 4561, 4562, 4563, 4564, 4565, 4566, 4567, 4568, 4569, 4570, 4571, 4572, 4573, 4580, 4581, 4582, 4583, 4584, 4585, 4586])),
            (67, "jailbreak", Anchor::Lits(&[2684, 2685, 3048, 3049, 3171, 3174, 3175, 3316, 3317, 3318, 3319, 3320, 3321, 3322, 3323, 3324, 3325, 3326, 3327, 3328, 3329, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3344, 3345, 3346, 3347, 3349, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3619, 3620, 3833, 4086, 4521, 4522, 4649, 4650, 4672, 4673, 4769, 4770, 4780, 4781])),
            (68, "evil-twin", Anchor::Lits(&[2237, 2245, 2248, 2252, 2254, 2258, 2262, 2271, 2273, 2274, 2278, 2279, 2281, 2282, 2283])),
            (69, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[34, 196, 208, 229, 1016, 1148, 1505, 1817]), Anchor::Lits(&[176, 181, 501, 503, 532, 680, 747, 760, 1098, 1104, 1260, 1307, 2091, 2093, 2097, 2100])])),
            (70, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[469, 471, 495, 1140, 1452, 1662]), Anchor::Lits(&[103, 801, 839, 2067, 2138, 2188])])),
            (71, "simulated-privileged-shell", Anchor::Lits(&[2367, 2368, 2369, 2370, 2371, 2372, 2373, 2374, 2375, 2376, 2377, 2378, 3042, 3043, 3044, 3045, 3046, 3047, 3062, 3064, 3065, 3066, 3067, 3068, 4022, 4023, 4024, 4025, 4026, 4027, 4238, 4240, 4241, 4242, 4243, 4244, 4253, 4254, 4255, 4256, 4257, 4258, 4445, 4447, 4448, 4449, 4450, 4451])),
            (72, "self-escalation", Anchor::Lits(&[508, 1117, 1886, 1889, 2265, 2266, 2267, 2287])),
            (73, "blind-execution", Anchor::Lits(&[152, 849, 2107])),
            (74, "forbidden-becomes-required", Anchor::Lits(&[87, 88, 89, 91, 154, 155, 156, 157, 850, 851, 852, 853, 1410, 2115, 2116, 2117, 2118])),
            (75, "opposite-of-your-rules", Anchor::Lits(&[2207, 2209, 2221, 2228, 2233, 3679])),
            (76, "hypothetical-unrestricted-ai", Anchor::All(&[Anchor::Lits(&[419, 829, 1003, 1016, 1020, 1021, 1022, 1474, 1505, 1670, 1817]), Anchor::Any(&[Anchor::Lits(&[143, 344, 571, 1283, 2140, 2399, 2716, 2735, 2781, 2957, 3094, 3099, 3210, 3330, 3350, 3386, 3404, 3409, 3426, 3542, 3572, 3575, 3597, 3599, 3905, 3999, 4036, 4037, 4415, 4417, 4420, 4422, 4423, 4428, 4429, 4435, 4442, 4443, 4444, 4454, 4576, 4577, 4588, 4589, 4590, 4591, 4592, 4593, 4594, 4596, 4597, 4598, 4599, 4600, 4601, 4602, 4604, 4608, 4610, 4612, 4614, 4617, 4618]), Anchor::All(&[Anchor::Lits(&[323, 336, 526, 686, 687, 753, 754, 982, 1013, 1100, 1106, 1273, 1284]), Anchor::Lits(&[4329, 4534, 4538])])]), Anchor::Lits(&[54, 63, 66, 75, 219, 228, 307, 318, 389, 390, 457, 1167, 1176, 1225, 1234, 2042, 2080])])),
            (77, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2561, 2563, 2564, 2938, 2979, 4208, 4209]), Anchor::All(&[Anchor::Lits(&[3388, 3389]), Anchor::Lits(&[464, 467, 1131, 1454, 1683, 2019])]), Anchor::All(&[Anchor::Lits(&[2913, 2914]), Anchor::Lits(&[2730, 3379, 3727, 4092, 4387])])]), Anchor::Lits(&[2333, 2355, 2418, 2520, 2524, 2539, 2540, 2543, 2593, 2622, 2698, 2928, 2929, 3211, 3676, 3779, 3780, 3781, 3782, 3847, 3906, 3941, 3965, 3969, 3986, 4003, 4013, 4136, 4137, 4197, 4203, 4204, 4292, 4401, 4412, 4639, 4687, 4765]), Anchor::Lits(&[1865, 2132, 2138])]), Anchor::All(&[Anchor::Lits(&[2501, 2548, 2549, 2727, 2733, 2805, 2958, 3031, 3095, 3097, 3286, 3427, 4000, 4051, 4087, 4198, 4370]), Anchor::Any(&[Anchor::Lits(&[2329, 2332, 2397, 2434, 2562, 2728, 2730, 2759, 2769, 2798, 2899, 2912, 2979, 2984, 3093, 3387, 3688, 3720, 3727, 3774, 3844, 4092, 4115, 4189, 4199, 4207, 4387, 4411, 4547]), Anchor::All(&[Anchor::Lits(&[3074]), Anchor::Lits(&[31, 80, 1418, 1447, 1688, 1823])]), Anchor::All(&[Anchor::Lits(&[2713, 2915, 2925, 2985, 3030, 3388, 3802, 4119, 4400, 4438, 4460]), Anchor::Lits(&[1990, 1991, 1992, 1994, 1995, 1996, 1997, 1998, 1999, 2002, 2008, 2011, 2016])])]), Anchor::Lits(&[2333, 2355, 2520, 2524, 3778, 3791, 4136, 4639, 4765])])])),
            (78, "third-party-permission", Anchor::All(&[Anchor::Lits(&[328, 396, 479, 510, 786, 834, 861, 865, 870, 967, 1011, 1441, 1587, 1649, 1723, 1819, 2038, 2041, 2054, 2150]), Anchor::Lits(&[94, 171, 212, 240, 241, 401, 486, 867, 930, 945, 968, 1044, 1059, 1257, 1371, 1412, 1415, 1467, 1599, 1657, 1679, 1717, 2021, 2088])])),
            (79, "privileged-identity", Anchor::Lits(&[100, 171, 240, 241, 401, 811, 818, 968, 2055, 2136, 2203, 2226, 2286])),
            (80, "fiction-without-controls", Anchor::Any(&[Anchor::Lits(&[2163, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2507, 2508, 2509, 2510, 2523, 2590, 2602, 2603, 2604, 2605, 3082, 3083, 3084, 3085, 3188, 3208, 3431, 3432, 3433, 3434, 3757, 3758, 3759, 3760, 3795, 3796, 3797, 3798, 3892, 3893, 3894, 3895, 3978, 3979, 3980, 3981, 4056, 4062, 4063, 4079, 4101, 4104, 4106, 4114, 4251, 4259, 4335, 4336, 4337, 4338, 4539, 4540, 4541, 4542, 4543, 4544, 4545]), Anchor::All(&[Anchor::Lits(&[2380, 3305, 4012, 4033, 4327]), Anchor::Lits(&[29, 31, 102, 164, 456, 462, 464, 480, 481, 482, 483, 511, 512, 513, 514, 515, 516, 517, 518, 787, 788, 789, 790, 791, 792, 793, 794, 795, 800, 813, 864, 870, 904, 967, 1142, 1418, 1447, 1454, 1475, 1493, 1519, 1683, 1688, 1692, 1753, 1762, 2019, 2031, 2037, 2054, 2063])]), Anchor::All(&[Anchor::Lits(&[447, 798, 864, 869, 1141, 1784, 1789, 2053]), Anchor::Lits(&[37, 855, 1503, 1559, 1786, 2187])])])),
            (81, "disable-safety", Anchor::Lits(&[1664, 2310, 2386, 2387, 2430, 2449, 2450, 2451, 2454, 2455, 2456, 2457, 2458, 2459, 2503, 2504, 2505, 2506, 2559, 2560, 2570, 2572, 2585, 2601, 2606, 2608, 2609, 2673, 2674, 2675, 2676, 2689, 2691, 2692, 2694, 2717, 2718, 2746, 2747, 2756, 2799, 2800, 2811, 2813, 2934, 2937, 2939, 2942, 2943, 2944, 2945, 2946, 2947, 2950, 2951, 2953, 2954, 2991, 3026, 3028, 3033, 3052, 3053, 3054, 3076, 3077, 3079, 3086, 3143, 3150, 3195, 3200, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3348, 3405, 3455, 3459, 3545, 3546, 3654, 3711, 3714, 3858, 3898, 3910, 3918, 3977, 3991, 3992, 4052, 4057, 4058, 4059, 4060, 4061, 4064, 4065, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4081, 4082, 4083, 4102, 4103, 4107, 4108, 4109, 4110, 4111, 4112, 4113, 4128, 4129, 4237, 4260, 4261, 4262, 4293, 4334, 4357, 4410, 4413, 4414, 4425, 4632, 4729])),
            (82, "safety-declared-off", Anchor::Lits(&[2384, 2386, 2449, 2450, 2451, 2454, 2455, 2456, 2457, 2458, 2459, 2503, 2504, 2505, 2506, 2585, 2601, 2606, 2673, 2674, 2675, 2676, 2689, 2691, 2692, 2694, 2717, 2718, 2934, 2942, 2943, 2944, 2945, 2946, 2947, 2953, 2991, 3076, 3077, 3079, 3086, 3143, 3150, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3455, 3459, 3858, 3898, 3910, 3918, 3977, 3991, 3992, 4052, 4057, 4058, 4059, 4060, 4061, 4064, 4065, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4081, 4082, 4083, 4102, 4103, 4107, 4108, 4109, 4110, 4111, 4112, 4113, 4334, 4410, 4729])),
            (83, "skip-approval", Anchor::Lits(&[168, 414, 417, 1462, 1627, 1716, 1718, 2162, 2453, 2839, 2877, 3549, 3589, 3887, 4216, 4603, 4662, 4663, 4664, 4665])),
            (84, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[2748, 2750, 2751, 2767, 4453]), Anchor::All(&[Anchor::Lits(&[2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2438, 2439, 2440, 2441, 2442, 2443, 2444, 2445, 2446, 2447, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2631, 2653, 2655, 2656, 2658, 2659, 2661, 2662, 2664, 2666, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2974, 2975, 3006, 3010, 3011, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3629, 3640, 3642, 3643, 3645, 3646, 3648, 3649, 3651, 3653, 3747, 3748, 3749, 3750, 3751, 3752, 3753, 3754, 3755, 3756, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4049]), Anchor::Lits(&[2748, 2750, 2751, 2767, 3988, 4028, 4029, 4402, 4432, 4453])])])),
            (85, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[1993, 2005, 2009, 2010, 2792, 4227, 4605, 4606, 4607, 4609, 4611, 4613, 4615, 4616, 4619, 4620, 4621, 4622, 4623, 4624, 4625, 4626, 4627, 4628]), Anchor::All(&[Anchor::Lits(&[391, 392, 397, 459, 875, 889, 929, 971, 1539, 1641, 1652, 1666, 1686]), Anchor::Lits(&[2512, 2836, 2874, 3547, 4144, 4213])])])),
            (86, "do-not-screen-input", Anchor::Lits(&[536, 537, 538, 540, 543, 547, 548, 549, 550, 551, 552, 553, 556, 557, 764, 765, 766, 768, 771, 775, 776, 777, 778, 779, 780, 781, 784, 785, 1265, 1266, 1267, 1270, 1276, 1282, 1285, 1286, 1287, 1288, 1290, 1291, 1294, 1295, 1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1726, 1727, 1728, 1729, 1730, 1733, 1734, 1735, 1736, 1737, 1738, 1739, 1742, 1743, 1790, 1791, 1792, 1793, 1795, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177])),
            (87, "allowlist-this-prompt", Anchor::Lits(&[1244, 1246, 1247, 1248, 1251, 1252, 1253, 1254, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1947, 1948, 1953, 1968, 1971, 1976, 1977, 1983, 2389, 2392, 2977, 4536, 4537])),
            (90, "unset-read-only", Anchor::Lits(&[796, 826, 1554, 1558, 1612, 1614, 1653, 1665, 1687])),
            (91, "stop-logging", Anchor::Lits(&[236, 1120, 1179, 1563, 1669, 2028, 2195])),
            (92, "self-approval", Anchor::Lits(&[2460, 4295, 4296, 4297, 4298, 4299, 4300, 4301, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4309, 4310, 4311, 4312, 4313, 4314, 4315, 4316, 4317, 4318, 4319, 4320, 4321, 4322, 4323, 4324])),
            (93, "execute-everything", Anchor::Lits(&[81, 82, 83, 84, 85, 86, 90, 152, 836, 837, 838, 840, 841, 842, 848, 849])),
            (94, "protection-mode-claim", Anchor::Lits(&[43, 92, 235, 332, 520, 797, 1143, 1178, 1235, 1328, 1362, 1369, 1451, 1453, 1466, 1596, 2039, 2059])),
            (95, "approve-tool-calls", Anchor::Lits(&[170])),
            (97, "tamper-with-own-controls", Anchor::All(&[Anchor::Lits(&[93, 95, 96, 97, 98, 99, 169, 302, 326, 393, 398, 411, 412, 494, 827, 972, 996, 997, 1161, 1211, 1463, 1465, 1489, 1491, 1555, 1615, 1646, 1705, 2034, 2135]), Anchor::Lits(&[1116, 1887, 1908, 1930, 1946, 1978, 2234])])),
            (98, "tamper-with-named-controls", Anchor::Lits(&[2388, 2390, 2391, 2452, 2457, 2717, 2934, 3075, 3128, 3129, 3130, 3131, 3132, 3133, 3278, 3807, 3857, 3859, 3897, 4100, 4105, 4391, 4410])),
            (99, "authority-waives-controls", Anchor::Lits(&[1074, 1307, 2511, 2617, 2677, 2715, 2933, 2976, 3566, 3601, 3761, 3806, 3810, 4080, 4130, 4131, 4133, 4289, 4518])),
            (100, "vendor-orders-an-action", Anchor::Lits(&[909, 911, 912, 914, 915, 917, 919, 920, 921, 922, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963])),
            (101, "run-data-as-code", Anchor::Lits(&[300, 856, 1114, 1115, 1166, 1890, 1891, 1920, 1921, 1926, 1927, 1928, 1929, 1935, 1936, 2075, 2114, 2365, 3020, 3021, 3886, 4096, 4135, 4533])),
            (102, "destroy-agent-files", Anchor::All(&[Anchor::Lits(&[1631, 1632, 1633, 1634, 1635, 1636]), Anchor::Lits(&[255, 399, 458, 460, 1751, 1761])])),
            (103, "hide-from-oversight", Anchor::Any(&[Anchor::Lits(&[293, 345, 346, 347, 348, 349, 350, 351, 352, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 535, 539, 541, 542, 544, 546, 554, 555, 682, 683, 684, 685, 688, 690, 691, 692, 749, 750, 751, 752, 755, 757, 758, 759, 763, 767, 769, 770, 772, 774, 782, 783, 1264, 1269, 1271, 1272, 1277, 1281, 1292, 1293, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2461, 2545, 2840, 2844, 2849, 2878, 2884, 2889, 3100, 3550, 3551, 3556, 3590, 3593, 3602, 4030, 4150, 4151, 4152, 4155, 4156, 4157, 4158, 4159, 4160, 4161, 4162, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4595]), Anchor::All(&[Anchor::Lits(&[3119, 3121, 3123, 3124, 3125]), Anchor::Lits(&[908])]), Anchor::All(&[Anchor::Lits(&[78, 107, 168, 1627, 1716]), Anchor::Lits(&[4149])])])),
            (106, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2329, 2332, 2397, 2434, 2728, 2730, 2761, 2762, 2763, 2764, 2798, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2979, 3688, 3720, 3727, 3774, 3844, 4092, 4115, 4189, 4199, 4387, 4411]), Anchor::All(&[Anchor::Lits(&[3074]), Anchor::Lits(&[31, 80, 1418, 1447, 1688, 1823])]), Anchor::All(&[Anchor::Lits(&[2713, 2915, 2925, 2985, 3030, 3388, 3802, 4119, 4400, 4438, 4460]), Anchor::Lits(&[1990, 1991, 1992, 1994, 1995, 1996, 1997, 1998, 1999, 2002, 2008, 2011, 2016])])]), Anchor::Lits(&[2405, 2406, 2407, 2408, 2409, 2410, 2417, 2426, 2427, 2464, 2611, 2612, 2613, 2981, 2982, 2983, 2994, 2995, 3311, 3419, 3420, 3421, 3673, 3675, 3721, 3722, 3723, 3848, 3849, 3850, 3896, 3899, 3900, 3990, 3993, 3994, 4116, 4117, 4245, 4246, 4247, 4248, 4249, 4250, 4402, 4403, 4404]), Anchor::Lits(&[44, 203, 267, 1005, 1398, 2119, 2125, 2133])])),
            (107, "tool-call-tampering", Anchor::Lits(&[45, 46, 47, 48, 49, 147, 148, 149, 150, 151, 158, 159, 160, 161, 162, 268, 272, 273, 274, 278, 802, 803, 804, 805, 806, 843, 844, 845, 846, 847, 893, 926, 1006, 1007, 1008, 1009, 1010, 1297, 1809, 2120, 2121, 2122, 2123, 2124, 2126, 2127, 2128, 2129, 2130])),
            (108, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[293, 1242, 1341, 1550, 2393, 2394, 2395, 2412, 2413, 2414, 2566, 2567, 2568, 2725, 2726, 2804, 3110, 3144, 3145, 3146, 3147, 3148, 3149, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3308, 3309, 3362, 3363, 3366, 3371, 3372, 3373, 3374, 3375, 3376, 3377, 3378, 3391, 3392, 3393, 3394, 3395, 3396, 3397, 3886, 3946, 3947, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 4093, 4096, 4134, 4135, 4210, 4211, 4358, 4359, 4360, 4416, 4426, 4441, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4595]), Anchor::All(&[Anchor::Lits(&[2415, 2836, 2874, 3424, 3547, 3588, 4595, 4677, 4678]), Anchor::Lits(&[2366, 2431, 2432, 3142, 3677, 3719, 3746, 3762, 3945, 4474]), Anchor::Lits(&[76, 77, 316, 521, 522, 1031, 1032, 1145, 1149, 1197, 1201, 1346, 1347, 1595, 1597, 1624, 1625, 1670, 1678, 1711, 1712, 1854, 1860, 2089, 2090])])])),
            (109, "exfiltrate-through-a-link", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1, 3, 5, 7, 9, 11, 13, 17, 19, 109, 111, 113, 115, 118, 120, 122, 124, 126, 1868, 1870, 1872, 1874, 1876, 1878, 1880, 1882, 1884, 1909, 1911, 1913, 1915, 1918, 1922, 1924, 1931, 1933, 1949, 1951, 1964, 1966, 1969, 1972, 1974, 1979, 1981]), Anchor::Lits(&[182, 186, 205, 206, 207, 1019, 1023, 1024, 1025, 1026, 1039, 1040, 1041, 1042, 1043, 1083, 1084, 1085, 1086, 1087, 1403, 1404, 1405, 1406, 1407, 1986, 1989, 2003, 2004, 2012])]), Anchor::All(&[Anchor::Lits(&[3206, 3209, 3414, 3777, 4464]), Anchor::Lits(&[138, 430, 892, 1486, 2152]), Anchor::Lits(&[2731, 2742, 2926, 3702, 3729, 3908, 3982, 3984, 4031, 4097, 4200, 4275, 4388])])]), Anchor::Lits(&[465, 466, 467, 814, 815, 1014, 1017, 1132, 1163, 1455, 1475, 1476, 1564, 1619, 1620, 1642, 1663, 1685, 1703, 1763, 1888, 1917, 2020, 2065]), Anchor::Lits(&[2, 4, 6, 8, 10, 12, 14, 18, 20, 110, 112, 114, 116, 119, 121, 123, 125, 127, 1869, 1871, 1873, 1875, 1877, 1879, 1881, 1883, 1885, 1910, 1912, 1914, 1916, 1919, 1923, 1925, 1932, 1934, 1950, 1952, 1965, 1967, 1970, 1973, 1975, 1980, 1982, 2732, 2743, 2927, 3703, 3730, 3909, 3983, 3985, 4032, 4098, 4201, 4276, 4389])])),
            (113, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[173, 174, 175, 178, 179, 353, 984, 986, 1102, 1103, 1243, 1256, 1258, 1706, 1710, 2139]), Anchor::Any(&[Anchor::Lits(&[2329, 2332, 2397, 2434, 2728, 2730, 2761, 2762, 2763, 2764, 2798, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 2909, 2979, 3688, 3720, 3727, 3774, 3844, 4092, 4115, 4189, 4199, 4387, 4411]), Anchor::All(&[Anchor::Lits(&[3074]), Anchor::Lits(&[31, 80, 1418, 1447, 1688, 1823])]), Anchor::All(&[Anchor::Lits(&[2713, 2915, 2925, 2985, 3030, 3388, 3802, 4119, 4400, 4438, 4460]), Anchor::Lits(&[1990, 1991, 1992, 1994, 1995, 1996, 1997, 1998, 1999, 2002, 2008, 2011, 2016])])])])),
            (114, "smuggle-into-output", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[2396, 3141, 3207, 3429, 4394]), Anchor::All(&[Anchor::Lits(&[2518, 2519, 2547, 2725, 2932, 3109, 3110, 3308, 3461, 4028, 4029, 4093, 4212, 4378, 4535, 4785]), Anchor::Lits(&[2502, 2551, 2598, 2626, 2816, 2924, 2988, 3019, 3206, 3413, 3414, 3430, 3724, 3745, 4099, 4196, 4229, 4278, 4325])])]), Anchor::Lits(&[101, 259, 260, 297, 461, 820, 988, 989, 999, 1015, 1092, 1192, 1239, 1639, 1640, 1684, 1785, 1985, 2029, 2134, 2294])])),
            (115, "hijack-the-task", Anchor::Lits(&[3287, 3891])),
            (117, "instruction-field", Anchor::Lits(&[55, 56, 57, 58, 59, 60, 61, 62, 67, 68, 69, 70, 71, 72, 73, 74, 220, 221, 222, 223, 224, 225, 226, 227, 308, 309, 310, 311, 312, 313, 314, 315, 448, 449, 450, 451, 452, 453, 454, 455, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1828, 1829, 1830, 1833, 1834, 1835, 1836, 1839])),
            (118, "exfiltrate-to-a-personal-destination", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[3769, 3770, 3772, 3843]), Anchor::All(&[Anchor::Lits(&[2910, 3058, 3070, 3127, 3140, 3186, 3385, 3665, 3701, 3718, 3768, 3771, 3773, 3843, 3862, 3863, 4636]), Anchor::Lits(&[2514, 2515, 2711, 2712, 2765, 2912, 2980, 2984, 3029, 3387, 3423, 3447, 3462, 3801, 3870, 3871, 3940, 4085, 4118, 4125, 4126, 4228, 4263, 4399, 4437, 4459, 4635])])]), Anchor::Lits(&[256, 257, 446, 456, 485, 799, 813, 865, 870, 904, 1142, 1186, 1208, 1240, 1469, 1470, 1471, 1493, 1518, 1540, 1541, 1592, 1668, 1692, 1693, 1707, 1709, 1808, 1822, 2031, 2054, 2063, 2189])])),
            (121, "smuggle-table-in-requests", Anchor::All(&[Anchor::Lits(&[2705, 2706, 2707, 2708, 2709, 2710, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 3103, 3104, 3105, 3106, 3107, 3108, 3134, 3135, 3136, 3137, 3138, 3139, 3732, 3733, 3734, 3735, 3736, 3737, 3874, 3875, 3876, 3877, 3878, 3879, 3880, 3881, 3882, 3883, 3884, 3885, 3911, 3912, 3913, 3914, 3915, 3916, 4231, 4232, 4233, 4234, 4235, 4236, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4475, 4476, 4477]), Anchor::Lits(&[2574, 2987, 3422, 3775, 3943])])),
            (122, "ship-whole-table-to-own-endpoint", Anchor::Any(&[Anchor::Lits(&[0, 108, 117, 140, 1250, 1759]), Anchor::All(&[Anchor::Lits(&[2712, 2980, 2984, 3029, 3387, 3447, 3776, 3801, 3870, 3940, 4118, 4125, 4126, 4228, 4263, 4399, 4459]), Anchor::Lits(&[4379, 4380, 4381, 4382, 4383, 4384, 4557, 4558, 4559, 4574, 4578, 4579]), Anchor::Lits(&[30, 39, 163, 325, 812, 822, 925, 929, 998, 1029, 1138, 1417, 1702, 1721, 1861, 2064, 2096])])])),
            (123, "disclose-stored-credentials", Anchor::All(&[Anchor::Lits(&[2330, 2331, 2435, 2436, 2522, 2732, 3624, 3726, 3728, 3730, 3731, 3738, 3845, 3846, 3917, 4093, 4098, 4120]), Anchor::Lits(&[374, 524, 799, 809, 813, 940, 1430, 1456, 1493, 1511, 1556, 1622, 1624, 1692, 1707, 1711, 1854, 2043])])),
            (124, "keep-it-from-security", Anchor::All(&[Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2546, 2836, 2874, 3400, 3401, 3547, 3588, 3594, 4595]), Anchor::Lits(&[76, 77, 211, 217, 316, 317, 375, 376, 938, 939, 1031, 1032, 1094, 1095, 1145, 1180, 1181, 1198, 1199, 1200, 1202, 1203, 1204, 1346, 1347, 1854, 1860, 2085, 2086]), Anchor::Lits(&[2379, 2448, 2462, 2573, 2587, 2610, 2627, 2744, 2898, 3072, 3248, 3315, 3398, 3428, 3500, 3700, 3842, 4091, 4130, 4132, 4188, 4340])]), Anchor::All(&[Anchor::Lits(&[2512, 2513, 2569, 2571, 2868, 2869, 3059, 3069, 4144, 4146]), Anchor::Lits(&[2448, 2573, 2587, 2588, 2589, 3989, 4130, 4132, 4377])])]), Anchor::Lits(&[242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 292, 329, 330, 331, 333, 334, 335, 337, 338, 339, 340, 341, 342, 532, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 760, 947, 948, 949, 950, 951, 952, 954, 955, 956, 957, 958, 959, 1146, 1147, 1260, 1313, 1329, 1724, 1725, 1731, 1732, 1740, 1741, 1744, 1745, 1746, 1747, 1748, 1749, 2162])])),
            (125, "send-to-a-raw-address", Anchor::Lits(&[415, 523, 527, 528, 529, 530, 1626, 1750, 1754, 1853, 2096, 2521, 2565, 2734, 2978, 3306, 3567, 3776, 3801, 3870, 3944, 4118, 4228, 4405, 4459, 4523])),
            (126, "send-outside-the-company", Anchor::Lits(&[871, 961, 1945, 3705, 3769, 3811, 3866])),
            (127, "disclose-secret-values", Anchor::Lits(&[400, 402, 431, 433, 478, 825, 828, 1030, 1478, 1479, 1512, 2050, 2056, 2057, 2072, 2073, 2437, 2592, 2597, 2599, 2600, 2619, 2782, 2783, 3402, 3403, 3623, 3725, 4094, 4095])),
            (128, "override-instructions-es-pt-it", Anchor::Lits(&[2620, 2621, 2794, 2796, 2797, 3244, 3245, 3246, 3289, 3291, 3314, 3609, 3681, 3683, 3689, 3928, 3930, 3932])),
            (129, "override-instructions-fr", Anchor::Lits(&[2027, 3193, 3540, 3541, 3699])),
            (130, "override-instructions-de-nl", Anchor::Lits(&[2428, 2534, 3293, 3304, 3672, 3925, 3926, 3997, 3998, 4088, 4517])),
            (131, "override-instructions-pl-tr", Anchor::Lits(&[3202, 3382, 3383, 3569, 3800, 4291, 4637, 4784])),
            (132, "override-instructions-ru", Anchor::Lits(&[3201, 3539, 3698, 4782, 4787, 4788, 4789, 4790, 4791])),
            (133, "override-instructions-sw", Anchor::All(&[Anchor::Lits(&[32, 1241, 1547, 1548, 1655, 1656, 2068]), Anchor::Lits(&[106, 1127, 1183, 1184, 1185, 1207, 1708])])),
            (135, "override-instructions-nordic-fi-hu-cs-uk", Anchor::Lits(&[3300, 3301, 3302, 3303, 3370, 3537, 3538, 3656, 3657, 3792, 3803, 3804, 3929, 3933, 4050, 4147, 4148, 4274, 4461, 4462, 4463, 4508, 4786, 4789, 4792])),
            (136, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[21, 38, 258, 304, 993, 1001, 1002, 1096, 1119, 1126, 1134, 1177, 1182, 1473, 1549, 2084]), Anchor::Lits(&[79, 172, 233, 394, 395, 509, 1000, 1078, 1079, 1080, 1144, 1449, 1458, 1460, 1461, 1472, 1551, 1843, 2071])])),
            (138, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[379, 883, 1133, 1154, 1159, 1259, 1552, 1553, 1573, 1609, 1651, 1696, 1701, 1813, 2087, 2295, 2297, 2993, 3381, 3384, 4084, 4141, 4427, 4431, 4456]), Anchor::All(&[Anchor::Lits(&[380, 436, 878, 928, 1156, 1158, 1574, 1614]), Anchor::Lits(&[1151, 1667])]), Anchor::All(&[Anchor::Lits(&[291, 810, 875, 970, 1572, 1629, 1715, 2293]), Anchor::Lits(&[3658])]), Anchor::All(&[Anchor::Lits(&[379, 883, 1155, 1159, 1577, 1610]), Anchor::Lits(&[1691])]), Anchor::All(&[Anchor::Lits(&[2516, 2533, 3358, 4783]), Anchor::Lits(&[296])]), Anchor::All(&[Anchor::Lits(&[2992, 3380, 3383, 4140]), Anchor::Lits(&[1372, 1373, 1722, 2202])]), Anchor::All(&[Anchor::Lits(&[284, 378, 875, 966, 1575, 1618]), Anchor::Lits(&[2069])]), Anchor::All(&[Anchor::Lits(&[283, 285, 286, 378, 878, 965, 969, 1575, 1617, 1618, 1695]), Anchor::Lits(&[2044, 2070])]), Anchor::All(&[Anchor::Lits(&[381, 382, 383, 876, 878, 886, 887, 1158, 1361, 1370, 1374, 1495, 1496, 1497, 1578, 1613]), Anchor::Lits(&[296, 874])]), Anchor::All(&[Anchor::Lits(&[1848]), Anchor::Lits(&[232, 261, 875, 1459, 1690, 1694])])])),
            (140, "reveal-system-prompt-i18n", Anchor::Lits(&[139, 421, 422, 423, 424, 425, 936, 937, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1068, 1070, 1071, 1072, 1073, 1077, 1082, 1093, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1195, 1196, 1205, 1408, 1487, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1824, 1825, 1826, 1836, 1840, 1841, 1842, 1844, 2045, 2066, 2076, 2081, 2300, 2302, 2303, 3057, 4142, 4143])),
            (142, "disable-safety-i18n", Anchor::Lits(&[234, 294, 295, 410, 440, 441, 442, 487, 879, 880, 881, 882, 884, 885, 888, 927, 973, 979, 980, 1121, 1536, 1537, 1681, 1713, 1714, 1715, 2033, 2074, 2077, 2078, 2292, 2296, 2298, 2299, 2301, 2304])),
            (144, "stop-following-instructions-i18n", Anchor::Lits(&[146, 265, 420, 506, 1066, 1081, 1572, 1576, 1629, 2083, 2793, 2795, 3288, 3290, 3603, 3604, 3605, 3606, 3608, 3680, 3682, 3927, 3931])),
            (146, "override-everything-said-i18n", Anchor::Any(&[Anchor::Lits(&[2784, 2940, 2941, 3190, 3194, 3198, 4510, 4511]), Anchor::All(&[Anchor::Lits(&[2768, 3191, 3194, 3659, 3660, 3661]), Anchor::Lits(&[4385, 4386])])])),
            (147, "instructions-void-de", Anchor::Lits(&[238, 992, 1298, 1299, 2052])),
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
transcriptof\
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
            ends: &[7, 18, 25, 34, 43, 48, 55, 69, 86, 98, 107, 118, 128, 137, 142, 149, 160, 168, 175, 181, 189, 199, 208, 211, 220, 230, 241, 247, 254, 260, 270, 281, 289, 299, 313, 323, 338, 357, 369, 381, 395, 404, 407, 415, 430, 446, 457, 469, 476, 483, 488, 496, 503, 512, 519, 529, 542, 554, 566, 581, 595, 614, 623, 639, 645, 650, 654, 666, 676, 686, 694, 700, 709, 717, 725, 735, 748, 752, 754, 760, 772, 782, 794, 805, 815, 829, 839, 848, 855, 861, 869, 877, 883, 890, 899, 907, 917, 922, 933, 947, 960, 970, 982, 988, 1001, 1011, 1024, 1034, 1043, 1054, 1066, 1070, 1083, 1095, 1105, 1122, 1136, 1145, 1155, 1162, 1170, 1183, 1193, 1215, 1237, 1263, 1275, 1295, 1319, 1342, 1369, 1390, 1408, 1434, 1460, 1490, 1514, 1542, 1569, 1600, 1625, 1647, 1673, 1693, 1712, 1738, 1760, 1782, 1798, 1813, 1835, 1853, 1863, 1872, 1883, 1892, 1904, 1916, 1929, 1948, 1966, 1979, 1989, 2006, 2021, 2035, 2047, 2071, 2096, 2109, 2120, 2132, 2139, 2152, 2166, 2175, 2190, 2203, 2222, 2232, 2239, 2249, 2261, 2277, 2289, 2299, 2313, 2324, 2334, 2346, 2352, 2359, 2370, 2384, 2396, 2404, 2415, 2422, 2431, 2438, 2447, 2454, 2457, 2464, 2480, 2494, 2510, 2523, 2534, 2544, 2552, 2562, 2566, 2574, 2583, 2601, 2622, 2638, 2651, 2664, 2679, 2693, 2707, 2720, 2727, 2733, 2743, 2752, 2762, 2769, 2780, 2793, 2800, 2811, 2818, 2829, 2836, 2847, 2856, 2872, 2885, 2890, 2899, 2911, 2930, 2954, 2968, 2978, 2990, 3006, 3017, 3032, 3041, 3062, 3071, 3084, 3096, 3111, 3125, 3143, 3161, 3184, 3197, 3206, 3217, 3232, 3242, 3256, 3264, 3284, 3292, 3304, 3315, 3329, 3334, 3342, 3346, 3353, 3369, 3388, 3402, 3413, 3426, 3438, 3449, 3456, 3465, 3475, 3483, 3489, 3500, 3510, 3518, 3536, 3550, 3567, 3586, 3598, 3604, 3609, 3618, 3629, 3634, 3644, 3654, 3671, 3689, 3702, 3716, 3725, 3729, 3737, 3756, 3773, 3789, 3806, 3825, 3838, 3853, 3884, 3909, 3924, 3934, 3939, 3947, 3954, 3963, 3970, 3976, 3983, 4005, 4019, 4036, 4048, 4057, 4068, 4078, 4087, 4093, 4110, 4120, 4130, 4142, 4152, 4161, 4167, 4181, 4191, 4200, 4211, 4219, 4239, 4249, 4260, 4275, 4295, 4308, 4322, 4333, 4342, 4351, 4358, 4371, 4379, 4396, 4407, 4416, 4430, 4448, 4458, 4467, 4474, 4478, 4485, 4495, 4504, 4514, 4523, 4533, 4539, 4547, 4556, 4566, 4572, 4582, 4588, 4595, 4602, 4608, 4623, 4641, 4654, 4664, 4676, 4687, 4697, 4704, 4710, 4718, 4724, 4729, 4735, 4748, 4762, 4776, 4785, 4798, 4809, 4817, 4823, 4833, 4839, 4849, 4860, 4868, 4880, 4889, 4903, 4916, 4930, 4945, 4964, 4981, 4996, 5014, 5028, 5043, 5059, 5073, 5085, 5092, 5099, 5110, 5123, 5131, 5135, 5142, 5156, 5175, 5193, 5210, 5225, 5239, 5255, 5260, 5270, 5287, 5302, 5317, 5330, 5341, 5353, 5361, 5378, 5384, 5396, 5410, 5419, 5429, 5441, 5452, 5464, 5472, 5489, 5504, 5516, 5530, 5548, 5561, 5581, 5595, 5611, 5628, 5644, 5655, 5673, 5685, 5701, 5714, 5730, 5746, 5764, 5780, 5793, 5808, 5827, 5841, 5862, 5877, 5894, 5912, 5925, 5942, 5952, 5964, 5983, 5996, 6013, 6027, 6044, 6061, 6073, 6083, 6092, 6102, 6114, 6120, 6128, 6152, 6170, 6178, 6193, 6201, 6208, 6215, 6222, 6229, 6236, 6245, 6258, 6266, 6276, 6287, 6295, 6304, 6317, 6324, 6333, 6339, 6355, 6364, 6371, 6379, 6385, 6392, 6403, 6411, 6430, 6442, 6454, 6468, 6473, 6482, 6488, 6497, 6505, 6515, 6523, 6530, 6538, 6542, 6549, 6562, 6572, 6583, 6594, 6614, 6632, 6645, 6660, 6673, 6681, 6687, 6697, 6709, 6721, 6729, 6735, 6744, 6751, 6762, 6772, 6786, 6805, 6829, 6840, 6855, 6876, 6885, 6898, 6910, 6918, 6930, 6943, 6951, 6963, 6978, 6991, 7006, 7025, 7039, 7057, 7069, 7086, 7101, 7121, 7132, 7142, 7155, 7169, 7187, 7196, 7207, 7217, 7231, 7249, 7256, 7266, 7278, 7293, 7304, 7316, 7323, 7334, 7338, 7354, 7370, 7390, 7405, 7413, 7419, 7433, 7451, 7468, 7489, 7504, 7516, 7524, 7534, 7550, 7560, 7569, 7585, 7597, 7606, 7609, 7614, 7620, 7629, 7633, 7641, 7647, 7652, 7664, 7674, 7683, 7693, 7705, 7711, 7719, 7743, 7761, 7769, 7776, 7781, 7787, 7794, 7803, 7811, 7822, 7834, 7840, 7848, 7865, 7885, 7900, 7912, 7926, 7939, 7951, 7959, 7971, 7979, 7991, 8003, 8013, 8027, 8035, 8047, 8052, 8063, 8075, 8081, 8097, 8117, 8128, 8143, 8154, 8169, 8179, 8186, 8200, 8218, 8231, 8244, 8252, 8258, 8261, 8269, 8276, 8287, 8302, 8313, 8324, 8334, 8351, 8371, 8381, 8396, 8408, 8422, 8435, 8447, 8457, 8467, 8481, 8498, 8510, 8519, 8530, 8540, 8549, 8556, 8567, 8574, 8583, 8600, 8615, 8630, 8643, 8654, 8660, 8671, 8682, 8695, 8703, 8715, 8725, 8733, 8741, 8747, 8760, 8777, 8796, 8800, 8810, 8819, 8827, 8836, 8843, 8858, 8871, 8883, 8893, 8905, 8916, 8933, 8940, 8948, 8955, 8964, 8975, 8990, 9001, 9010, 9016, 9025, 9036, 9047, 9059, 9081, 9091, 9103, 9115, 9125, 9136, 9144, 9157, 9167, 9172, 9182, 9186, 9198, 9203, 9218, 9227, 9237, 9243, 9254, 9271, 9285, 9297, 9310, 9326, 9337, 9351, 9367, 9381, 9393, 9408, 9419, 9437, 9449, 9460, 9474, 9486, 9500, 9513, 9524, 9535, 9544, 9551, 9563, 9575, 9584, 9592, 9599, 9605, 9610, 9619, 9625, 9634, 9647, 9662, 9675, 9691, 9709, 9726, 9739, 9759, 9773, 9783, 9794, 9805, 9814, 9823, 9830, 9838, 9850, 9855, 9867, 9878, 9886, 9896, 9900, 9908, 9917, 9922, 9929, 9943, 9955, 9966, 9978, 9992, 10000, 10010, 10036, 10056, 10066, 10074, 10081, 10088, 10096, 10104, 10111, 10122, 10132, 10143, 10160, 10172, 10187, 10200, 10219, 10233, 10252, 10272, 10292, 10309, 10327, 10345, 10355, 10362, 10374, 10390, 10405, 10418, 10435, 10448, 10465, 10480, 10499, 10510, 10525, 10533, 10540, 10551, 10559, 10566, 10577, 10593, 10606, 10612, 10627, 10645, 10658, 10668, 10680, 10691, 10701, 10732, 10756, 10780, 10806, 10820, 10845, 10863, 10881, 10901, 10907, 10921, 10926, 10939, 10950, 10961, 10970, 10981, 10990, 10999, 11006, 11010, 11016, 11030, 11040, 11052, 11066, 11083, 11098, 11114, 11128, 11141, 11150, 11161, 11177, 11192, 11208, 11216, 11226, 11239, 11247, 11260, 11271, 11284, 11295, 11305, 11317, 11326, 11337, 11346, 11357, 11365, 11375, 11384, 11388, 11395, 11412, 11421, 11434, 11442, 11454, 11462, 11473, 11482, 11491, 11498, 11507, 11514, 11525, 11533, 11541, 11553, 11566, 11580, 11592, 11603, 11612, 11620, 11634, 11642, 11653, 11662, 11669, 11678, 11689, 11699, 11713, 11725, 11734, 11747, 11762, 11774, 11784, 11797, 11806, 11816, 11830, 11837, 11848, 11857, 11870, 11882, 11893, 11905, 11917, 11933, 11943, 11953, 11967, 11975, 11982, 11991, 11998, 12004, 12018, 12033, 12040, 12044, 12054, 12064, 12076, 12086, 12100, 12115, 12131, 12142, 12154, 12165, 12175, 12184, 12194, 12205, 12210, 12221, 12234, 12249, 12267, 12283, 12300, 12315, 12325, 12337, 12354, 12370, 12387, 12396, 12407, 12420, 12436, 12450, 12465, 12478, 12486, 12496, 12511, 12525, 12540, 12554, 12566, 12582, 12602, 12618, 12635, 12655, 12671, 12693, 12708, 12725, 12738, 12752, 12769, 12782, 12801, 12813, 12831, 12846, 12864, 12883, 12897, 12917, 12930, 12939, 12946, 12960, 12972, 12982, 12992, 13000, 13012, 13022, 13032, 13040, 13046, 13060, 13075, 13086, 13093, 13099, 13107, 13116, 13122, 13132, 13139, 13164, 13187, 13215, 13240, 13268, 13293, 13320, 13342, 13357, 13368, 13386, 13402, 13423, 13441, 13457, 13478, 13497, 13517, 13535, 13555, 13570, 13589, 13606, 13624, 13631, 13637, 13644, 13657, 13672, 13676, 13685, 13695, 13704, 13714, 13725, 13737, 13753, 13763, 13778, 13795, 13807, 13818, 13826, 13837, 13850, 13864, 13878, 13883, 13894, 13907, 13920, 13934, 13944, 13952, 13961, 13970, 13978, 13992, 14006, 14016, 14027, 14036, 14052, 14064, 14078, 14092, 14103, 14115, 14127, 14138, 14150, 14162, 14175, 14187, 14196, 14207, 14222, 14232, 14239, 14247, 14263, 14272, 14282, 14291, 14301, 14313, 14323, 14335, 14343, 14357, 14371, 14385, 14397, 14413, 14425, 14438, 14447, 14456, 14479, 14500, 14526, 14549, 14575, 14598, 14623, 14643, 14652, 14668, 14682, 14701, 14717, 14731, 14750, 14767, 14785, 14801, 14819, 14832, 14838, 14845, 14857, 14871, 14882, 14889],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[120, 156, 170, 226, 227, 378, 380, 381, 450, 522, 730, 731, 769, 781, 786, 904, 978]), Anchor::Lits(&[0, 103, 185, 212, 232, 234, 236, 238, 241, 246, 248, 250, 254, 257, 258, 262, 264, 266, 270, 273, 345, 367, 409, 411, 414, 516, 569, 575, 578, 588, 590, 599, 612, 639, 670, 672, 675, 677, 683, 685, 687, 735, 741, 818, 837, 844, 882, 884, 885, 887, 889, 891, 913, 965, 967, 975, 1005])]), Anchor::All(&[Anchor::Lits(&[120, 156, 172, 189, 204, 226, 228, 304, 378, 380, 382, 435, 444, 451, 549, 661, 730, 731, 758, 783, 786, 866, 904, 920, 929, 964, 978]), Anchor::Lits(&[0, 103, 185, 212, 232, 234, 236, 238, 241, 246, 248, 250, 254, 257, 258, 262, 264, 266, 270, 273, 345, 367, 409, 411, 414, 516, 569, 575, 578, 588, 590, 599, 612, 639, 670, 672, 675, 677, 683, 685, 687, 735, 741, 818, 837, 844, 882, 884, 885, 887, 889, 891, 913, 965, 967, 975, 1005])]), Anchor::All(&[Anchor::Lits(&[5, 81, 352, 353, 369, 734, 847, 1017, 1018, 1108, 1125, 1159, 1222, 1231, 1233]), Anchor::Lits(&[120, 156, 170, 226, 227, 378, 380, 381, 450, 522, 730, 731, 769, 781, 786, 904, 978])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[120, 156, 217, 226, 227, 378, 380, 381, 450, 730, 731, 783, 786, 904, 978]), Anchor::All(&[Anchor::Lits(&[120, 156, 226, 227, 378, 380, 381, 450, 730, 731, 783, 786, 904, 978]), Anchor::Lits(&[23, 42, 302, 1140])]), Anchor::All(&[Anchor::Lits(&[119, 227, 377, 381, 450, 521, 731, 768, 781, 785, 788]), Anchor::Lits(&[0, 103, 185, 212, 232, 234, 236, 238, 241, 246, 248, 250, 254, 257, 258, 262, 264, 266, 270, 273, 345, 367, 409, 411, 414, 516, 569, 575, 578, 588, 590, 599, 612, 639, 670, 672, 675, 677, 683, 685, 687, 735, 741, 818, 837, 844, 882, 884, 885, 887, 889, 891, 913, 965, 967, 975, 1005])]), Anchor::All(&[Anchor::Lits(&[96, 107, 120, 156, 162, 170, 177, 226, 227, 298, 329, 378, 380, 381, 450, 522, 528, 565, 566, 567, 695, 713, 730, 731, 766, 769, 783, 786, 795, 904, 978]), Anchor::Lits(&[41, 655, 846, 859, 860, 945, 946, 947, 950, 952, 961, 962, 1145, 1151, 1155])]), Anchor::All(&[Anchor::Lits(&[654, 931, 939, 1103, 1107, 1108, 1110, 1138, 1139, 1222, 1231]), Anchor::Lits(&[23, 42, 276, 302])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[5, 79, 277, 453, 455, 515, 707, 723, 847, 1017, 1018, 1100, 1106, 1108, 1109, 1120, 1135, 1217, 1229, 1230]), Anchor::Lits(&[23, 43, 304, 1025])])),
            (5, "override-bare-instructions", Anchor::Lits(&[103, 238, 345, 411, 578, 672, 683, 887, 891])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[1, 4, 28, 105, 186, 213, 233, 235, 237, 239, 240, 242, 249, 251, 255, 259, 265, 267, 271, 346, 347, 368, 410, 412, 413, 415, 570, 576, 579, 589, 591, 600, 613, 637, 640, 671, 674, 676, 678, 684, 686, 688, 736, 742, 819, 838, 845, 883, 886, 888, 890, 892, 966, 968, 976, 1006]), Anchor::All(&[Anchor::Lits(&[0, 103, 185, 212, 232, 234, 236, 238, 241, 246, 248, 250, 254, 257, 258, 262, 264, 266, 270, 273, 345, 367, 409, 411, 414, 516, 569, 575, 578, 588, 590, 599, 612, 639, 670, 672, 675, 677, 683, 685, 687, 735, 741, 818, 837, 844, 882, 884, 885, 887, 889, 891, 913, 965, 967, 975, 1005]), Anchor::Lits(&[111, 120, 189, 226, 372, 408, 444, 551, 634, 661, 690, 731, 929])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[55, 91, 93, 94, 95, 169, 171, 187, 188, 343, 344, 374, 375, 512, 513, 530, 532, 703, 704, 773, 775, 816, 817, 893, 894, 928, 973])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[1100, 1104, 1108, 1110, 1217, 1230]), Anchor::All(&[Anchor::Lits(&[2, 3, 20, 21, 121, 122, 338, 400, 401, 535, 536, 614, 759, 880, 881]), Anchor::Lits(&[120, 156, 170, 201, 214, 226, 227, 378, 380, 381, 450, 522, 541, 658, 679, 730, 731, 769, 781, 786, 904, 977, 978])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 18, 33, 34, 35, 37, 38, 39, 40, 80, 82, 84, 85, 86, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 163, 164, 165, 166, 182, 183, 184, 193, 194, 196, 200, 207, 208, 209, 210, 215, 216, 217, 219, 220, 221, 223, 278, 279, 280, 281, 282, 283, 284, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 331, 332, 333, 334, 335, 336, 337, 339, 340, 341, 342, 354, 355, 389, 390, 391, 392, 393, 394, 395, 456, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 537, 538, 539, 540, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 663, 664, 665, 666, 667, 668, 669, 700, 701, 702, 705, 706, 708, 709, 710, 711, 712, 715, 716, 717, 718, 719, 720, 721, 750, 751, 752, 753, 761, 762, 763, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 914, 915, 916, 917, 981, 982, 983, 984, 1160, 1232])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[76, 117, 405, 406, 407, 416, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 434, 457, 458, 462, 689, 1100, 1105, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1121, 1122, 1123, 1124, 1126, 1129, 1130, 1131, 1132, 1133, 1134, 1136, 1137, 1158, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1218, 1219, 1220, 1221, 1223, 1226, 1227, 1228, 1234]), Anchor::Lits(&[97, 103, 114, 229, 238, 299, 345, 411, 672, 844, 1020])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[22, 24, 56, 57, 58, 59, 61, 62, 63, 72, 73, 74, 75, 96, 107, 112, 113, 120, 156, 159, 161, 162, 170, 192, 226, 227, 288, 298, 303, 328, 376, 377, 379, 380, 381, 402, 403, 437, 438, 439, 440, 442, 443, 450, 522, 528, 563, 567, 695, 696, 713, 730, 731, 733, 743, 748, 749, 769, 777, 778, 783, 785, 787, 812, 813, 814, 822, 824, 825, 826, 827, 828, 830, 904, 948, 978, 985, 1144]), Anchor::Lits(&[65, 77, 87, 635, 641, 642, 653, 974])])),
            (27, "reveal-own-instructions", Anchor::Lits(&[1141, 1142, 1146, 1147, 1148, 1149, 1150, 1152, 1154, 1156, 1157, 1163, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1173, 1174, 1176, 1177, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1196, 1197, 1198, 1201, 1202, 1205, 1206, 1207])),
            (28, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[158, 226, 228, 382, 451, 548, 698, 731, 783, 839, 929]), Anchor::Lits(&[19, 157, 214, 388, 436, 452, 550, 656, 662, 697, 724, 744, 820, 863, 901, 1000, 1019])])),
            (29, "what-others-told-you", Anchor::Lits(&[5, 67, 68, 69, 70, 79, 358, 359, 360, 361, 365, 366, 370, 371, 446, 447, 448, 449, 722, 726, 727, 728, 729, 737, 738, 739, 740, 807, 808, 809, 810, 833, 834, 835, 836, 921, 922, 923, 924, 925, 926, 927, 928, 970, 971, 972, 973, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099])),
            (30, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[445, 454, 1026, 1027, 1028, 1029, 1030, 1035, 1036, 1037, 1038, 1039]), Anchor::All(&[Anchor::Lits(&[64, 225, 274, 385, 387, 1021, 1024]), Anchor::Lits(&[1025, 1040])])])),
            (34, "reveal-context-contents", Anchor::Lits(&[83, 110, 175, 179, 180, 190, 287, 451, 533, 534, 680, 681, 682, 698, 731, 755, 765, 821, 831, 832, 864, 904, 930, 969, 979, 1089, 1090])),
            (54, "unrestricted-mode", Anchor::Lits(&[30, 31, 108, 203, 218, 222, 275, 311, 349, 373, 384, 483, 498, 525, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 564, 582, 583, 585, 605, 638, 660, 673, 746, 862, 896, 992, 994, 995, 1004, 1008, 1009, 1013, 1014])),
            (56, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[29, 36, 106, 191, 202, 224, 243, 310, 383, 386, 431, 493, 514, 518, 524, 542, 568, 580, 581, 584, 604, 606, 745, 779, 782, 932, 933, 934, 935, 936, 937, 938, 940, 941, 942, 943, 944, 989, 990, 993, 996, 999, 1002, 1003, 1007, 1010, 1011, 1012, 1015, 1041, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088]), Anchor::Lits(&[14, 17, 32, 78, 109, 118, 181, 285, 286, 432, 657, 691, 692, 693, 694, 725, 747, 757, 760, 764, 776, 780, 842, 843, 861, 865, 918, 980, 987, 1100, 1158])])),
            (59, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[107, 162, 174, 176, 177, 247, 252, 256, 263, 268, 272, 298, 378, 382, 522, 529, 565, 566, 567, 587, 592, 594, 596, 597, 598, 713, 766, 769, 784, 786, 792, 795, 803, 806]), Anchor::All(&[Anchor::Lits(&[96, 107, 162, 170, 177, 298, 329, 378, 382, 522, 528, 565, 566, 567, 695, 713, 730, 766, 769, 783, 786, 795]), Anchor::Lits(&[18, 66, 71, 404, 430, 433, 517, 699, 897, 951])])])),
            (60, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[51, 52, 53, 54, 88, 89, 90, 92, 152, 153, 154, 155, 195, 197, 198, 199, 324, 325, 326, 327, 396, 397, 398, 399, 523, 526, 527, 531, 544, 545, 546, 547, 767, 771, 772, 774]), Anchor::All(&[Anchor::Lits(&[49, 50, 323, 543]), Anchor::Lits(&[18, 66, 71, 430, 517, 699, 897])])])),
            (61, "no-rules-apply", Anchor::Lits(&[601, 602, 603, 949, 953, 954, 955, 956, 957, 958, 959, 960])),
            (62, "freed-from-limits", Anchor::Lits(&[98, 99, 102, 290, 291, 322, 348, 350, 519, 586, 593, 595, 607, 608, 609, 754, 991, 997, 998, 1016])),
            (64, "pre-safety-self", Anchor::Lits(&[79, 636])),
            (65, "stay-in-character", Anchor::Lits(&[244, 245, 253, 260, 261, 269, 511, 573, 574, 577, 756, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879])),
            (67, "jailbreak", Anchor::Lits(&[167, 168, 356, 357, 417, 418, 419, 459, 460, 461, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 492, 494, 495, 496, 497, 498, 499, 500, 610, 611, 714, 815, 1022, 1023, 1101, 1102, 1127, 1128, 1161, 1162, 1224, 1225])),
            (68, "evil-twin", Anchor::Lits(&[1143, 1153, 1164, 1170, 1172, 1175, 1178, 1190, 1193, 1195, 1199, 1200, 1202, 1203, 1204])),
            (74, "forbidden-becomes-required", Anchor::Lits(&[25, 26, 27, 28, 44, 45, 46, 47, 305, 306, 307, 308, 659, 1031, 1032, 1033, 1034])),
            (81, "disable-safety", Anchor::Lits(&[1, 24, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 100, 101, 104, 105, 107, 112, 113, 115, 116, 159, 160, 161, 173, 176, 177, 178, 192, 205, 206, 211, 230, 231, 239, 240, 288, 289, 292, 293, 294, 295, 296, 297, 298, 300, 301, 303, 309, 330, 346, 347, 351, 362, 363, 364, 376, 377, 379, 402, 403, 412, 415, 437, 438, 439, 440, 441, 442, 443, 491, 520, 563, 567, 571, 572, 637, 674, 676, 732, 743, 748, 749, 770, 777, 778, 785, 788, 789, 790, 791, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 811, 812, 813, 814, 822, 823, 824, 825, 826, 827, 828, 829, 830, 840, 841, 895, 898, 899, 900, 919, 948, 963, 985, 986, 988, 1001, 1091, 1144])),
            (82, "safety-declared-off", Anchor::Lits(&[22, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 107, 112, 113, 159, 160, 161, 173, 176, 177, 178, 192, 288, 293, 294, 295, 296, 297, 298, 303, 330, 376, 377, 379, 402, 403, 437, 438, 439, 440, 441, 442, 443, 563, 567, 732, 743, 748, 749, 770, 777, 778, 785, 788, 789, 790, 791, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 812, 813, 814, 822, 823, 824, 825, 826, 827, 828, 829, 830, 948, 985, 1144])),
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
transcriptof\
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
            ends: &[7, 18, 25, 34, 43, 48, 55, 69, 86, 98, 107, 118, 128, 137, 142, 149, 160, 167, 175, 181, 189, 199, 202, 211, 220, 230, 241, 247, 254, 260, 270, 281, 289, 299, 313, 323, 338, 357, 369, 381, 395, 404, 407, 415, 430, 446, 457, 469, 476, 483, 488, 496, 503, 512, 519, 529, 542, 554, 566, 581, 595, 614, 623, 639, 645, 650, 654, 666, 676, 686, 694, 700, 709, 717, 725, 735, 748, 752, 755, 757, 763, 775, 785, 797, 808, 818, 832, 842, 851, 858, 864, 872, 880, 886, 893, 898, 907, 915, 925, 930, 941, 955, 968, 978, 990, 996, 1009, 1019, 1032, 1042, 1051, 1062, 1074, 1078, 1091, 1103, 1112, 1122, 1139, 1153, 1163, 1170, 1178, 1191, 1201, 1223, 1245, 1271, 1283, 1303, 1327, 1350, 1377, 1398, 1416, 1442, 1468, 1498, 1522, 1550, 1577, 1608, 1633, 1655, 1681, 1701, 1720, 1746, 1768, 1790, 1806, 1821, 1843, 1861, 1871, 1880, 1891, 1900, 1912, 1924, 1937, 1956, 1974, 1987, 1997, 2014, 2029, 2043, 2055, 2079, 2104, 2117, 2128, 2140, 2147, 2160, 2174, 2183, 2198, 2211, 2230, 2240, 2247, 2257, 2269, 2285, 2297, 2307, 2321, 2332, 2342, 2354, 2360, 2367, 2378, 2392, 2404, 2412, 2423, 2430, 2439, 2446, 2455, 2462, 2465, 2472, 2488, 2502, 2518, 2531, 2542, 2552, 2560, 2570, 2574, 2582, 2591, 2609, 2630, 2646, 2659, 2672, 2687, 2701, 2715, 2728, 2735, 2741, 2751, 2760, 2770, 2777, 2788, 2801, 2809, 2816, 2827, 2834, 2845, 2852, 2863, 2872, 2888, 2901, 2906, 2915, 2927, 2946, 2970, 2984, 2994, 3006, 3022, 3033, 3048, 3057, 3078, 3087, 3100, 3112, 3127, 3141, 3159, 3177, 3200, 3213, 3222, 3233, 3248, 3258, 3272, 3280, 3300, 3308, 3320, 3331, 3345, 3350, 3358, 3362, 3369, 3385, 3404, 3418, 3429, 3442, 3454, 3465, 3472, 3481, 3491, 3499, 3505, 3516, 3526, 3534, 3552, 3566, 3583, 3602, 3614, 3620, 3625, 3634, 3645, 3650, 3660, 3670, 3687, 3705, 3718, 3732, 3741, 3745, 3753, 3772, 3789, 3805, 3822, 3841, 3854, 3869, 3900, 3925, 3940, 3950, 3955, 3963, 3970, 3979, 3986, 3992, 3999, 4021, 4035, 4052, 4064, 4073, 4084, 4094, 4103, 4109, 4126, 4136, 4146, 4158, 4165, 4175, 4185, 4193, 4203, 4210, 4223, 4232, 4238, 4248, 4257, 4263, 4277, 4287, 4293, 4302, 4314, 4326, 4336, 4348, 4357, 4372, 4383, 4392, 4404, 4416, 4426, 4438, 4447, 4462, 4473, 4483, 4494, 4513, 4526, 4539, 4553, 4566, 4576, 4590, 4601, 4613, 4621, 4630, 4641, 4649, 4669, 4679, 4690, 4705, 4725, 4738, 4752, 4763, 4772, 4781, 4788, 4801, 4809, 4826, 4837, 4846, 4860, 4878, 4888, 4897, 4904, 4908, 4915, 4925, 4934, 4944, 4953, 4963, 4969, 4977, 4986, 4996, 5002, 5012, 5018, 5025, 5032, 5038, 5053, 5071, 5084, 5094, 5106, 5117, 5127, 5134, 5140, 5148, 5154, 5159, 5165, 5178, 5192, 5206, 5215, 5228, 5235, 5246, 5254, 5261, 5268, 5275, 5281, 5291, 5297, 5307, 5318, 5326, 5338, 5347, 5361, 5374, 5388, 5403, 5422, 5439, 5454, 5472, 5486, 5501, 5517, 5531, 5540, 5553, 5561, 5571, 5582, 5590, 5599, 5612, 5619, 5628, 5634, 5650, 5659, 5666, 5674, 5680, 5687, 5699, 5710, 5718, 5737, 5749, 5761, 5775, 5782, 5789, 5800, 5813, 5821, 5825, 5832, 5845, 5859, 5878, 5896, 5913, 5928, 5942, 5958, 5963, 5973, 5990, 6005, 6020, 6033, 6044, 6056, 6073, 6081, 6098, 6104, 6116, 6130, 6139, 6149, 6161, 6172, 6184, 6192, 6209, 6224, 6236, 6250, 6268, 6281, 6301, 6315, 6331, 6348, 6364, 6375, 6393, 6405, 6421, 6434, 6450, 6466, 6484, 6500, 6513, 6528, 6547, 6561, 6582, 6597, 6614, 6632, 6645, 6662, 6672, 6684, 6703, 6716, 6733, 6747, 6764, 6781, 6793, 6803, 6812, 6822, 6834, 6840, 6848, 6856, 6880, 6898, 6906, 6921, 6929, 6936, 6945, 6950, 6956, 6965, 6973, 6983, 6991, 6998, 7006, 7010, 7020, 7027, 7040, 7050, 7061, 7072, 7092, 7110, 7123, 7138, 7151, 7159, 7165, 7175, 7187, 7199, 7207, 7213, 7222, 7229, 7240, 7250, 7264, 7283, 7307, 7318, 7333, 7354, 7363, 7376, 7388, 7396, 7408, 7421, 7429, 7441, 7456, 7469, 7484, 7503, 7517, 7535, 7547, 7564, 7579, 7599, 7610, 7620, 7633, 7647, 7665, 7674, 7685, 7695, 7709, 7727, 7734, 7744, 7756, 7771, 7782, 7794, 7801, 7812, 7816, 7832, 7848, 7868, 7883, 7891, 7897, 7911, 7929, 7946, 7967, 7982, 7994, 8002, 8012, 8028, 8038, 8047, 8063, 8075, 8084, 8087, 8092, 8098, 8107, 8111, 8119, 8125, 8130, 8142, 8152, 8161, 8171, 8183, 8189, 8197, 8221, 8239, 8247, 8254, 8259, 8265, 8272, 8281, 8289, 8300, 8312, 8318, 8326, 8343, 8363, 8378, 8390, 8404, 8417, 8429, 8437, 8449, 8457, 8469, 8481, 8491, 8505, 8513, 8525, 8530, 8541, 8553, 8559, 8575, 8595, 8606, 8621, 8632, 8647, 8657, 8664, 8678, 8696, 8709, 8722, 8730, 8736, 8739, 8747, 8756, 8763, 8774, 8789, 8800, 8807, 8818, 8828, 8845, 8865, 8875, 8890, 8902, 8916, 8929, 8941, 8951, 8961, 8975, 8992, 9004, 9013, 9024, 9034, 9043, 9050, 9061, 9068, 9077, 9094, 9109, 9124, 9137, 9148, 9156, 9162, 9173, 9184, 9195, 9208, 9216, 9228, 9238, 9246, 9254, 9260, 9273, 9290, 9309, 9313, 9323, 9332, 9340, 9349, 9356, 9371, 9384, 9396, 9406, 9418, 9429, 9446, 9453, 9461, 9468, 9477, 9488, 9503, 9514, 9523, 9529, 9538, 9546, 9557, 9568, 9580, 9602, 9612, 9624, 9636, 9646, 9657, 9665, 9678, 9688, 9693, 9703, 9707, 9719, 9724, 9739, 9748, 9758, 9764, 9775, 9792, 9806, 9818, 9831, 9847, 9858, 9872, 9888, 9902, 9914, 9929, 9940, 9958, 9970, 9981, 9995, 10007, 10021, 10034, 10045, 10056, 10065, 10072, 10084, 10096, 10105, 10113, 10120, 10126, 10138, 10148, 10161, 10166, 10175, 10181, 10190, 10203, 10218, 10231, 10247, 10265, 10282, 10295, 10315, 10329, 10339, 10350, 10361, 10370, 10379, 10386, 10394, 10406, 10411, 10423, 10434, 10442, 10452, 10456, 10464, 10473, 10478, 10485, 10499, 10511, 10522, 10534, 10548, 10556, 10566, 10592, 10612, 10622, 10630, 10637, 10644, 10652, 10660, 10667, 10678, 10688, 10699, 10716, 10728, 10743, 10756, 10775, 10789, 10808, 10828, 10848, 10865, 10883, 10901, 10911, 10918, 10930, 10946, 10961, 10974, 10991, 11004, 11021, 11036, 11055, 11066, 11081, 11089, 11096, 11107, 11115, 11122, 11133, 11149, 11162, 11168, 11183, 11200, 11218, 11231, 11241, 11253, 11264, 11274, 11280, 11311, 11335, 11359, 11385, 11399, 11424, 11442, 11460, 11480, 11494, 11499, 11512, 11523, 11534, 11543, 11554, 11563, 11572, 11579, 11591, 11602, 11606, 11612, 11626, 11636, 11648, 11662, 11679, 11694, 11710, 11724, 11737, 11746, 11757, 11773, 11788, 11804, 11812, 11822, 11835, 11843, 11856, 11867, 11880, 11891, 11901, 11913, 11922, 11933, 11942, 11953, 11961, 11971, 11980, 11984, 11991, 12008, 12016, 12024, 12033, 12046, 12054, 12066, 12077, 12086, 12095, 12102, 12110, 12119, 12126, 12137, 12145, 12153, 12165, 12178, 12192, 12204, 12215, 12224, 12232, 12246, 12254, 12265, 12274, 12281, 12290, 12301, 12311, 12325, 12337, 12346, 12359, 12374, 12386, 12396, 12409, 12418, 12428, 12442, 12449, 12460, 12469, 12482, 12494, 12505, 12517, 12529, 12545, 12555, 12565, 12579, 12587, 12594, 12603, 12610, 12616, 12630, 12645, 12652, 12656, 12666, 12676, 12688, 12698, 12712, 12727, 12743, 12754, 12766, 12777, 12787, 12796, 12806, 12817, 12822, 12833, 12846, 12861, 12879, 12895, 12912, 12927, 12937, 12949, 12966, 12982, 12999, 13008, 13019, 13032, 13048, 13062, 13077, 13090, 13098, 13108, 13123, 13137, 13152, 13166, 13178, 13194, 13214, 13230, 13247, 13267, 13283, 13305, 13320, 13337, 13350, 13364, 13381, 13394, 13413, 13425, 13443, 13458, 13476, 13495, 13509, 13529, 13542, 13551, 13558, 13572, 13584, 13594, 13604, 13612, 13624, 13634, 13644, 13652, 13658, 13672, 13687, 13698, 13705, 13711, 13719, 13728, 13734, 13744, 13751, 13776, 13799, 13827, 13852, 13880, 13905, 13932, 13954, 13969, 13980, 13998, 14014, 14035, 14053, 14069, 14090, 14109, 14129, 14147, 14167, 14182, 14201, 14218, 14236, 14243, 14249, 14256, 14269, 14284, 14288, 14297, 14307, 14316, 14326, 14337, 14349, 14365, 14375, 14390, 14407, 14419, 14430, 14438, 14449, 14462, 14476, 14490, 14495, 14506, 14519, 14532, 14546, 14556, 14564, 14573, 14582, 14590, 14604, 14618, 14628, 14639, 14648, 14664, 14676, 14690, 14704, 14715, 14727, 14739, 14750, 14762, 14774, 14787, 14799, 14808, 14819, 14834, 14844, 14851, 14859, 14875, 14884, 14894, 14903, 14913, 14925, 14935, 14947, 14955, 14969, 14983, 14997, 15009, 15025, 15037, 15050, 15059, 15068, 15091, 15112, 15138, 15161, 15187, 15210, 15235, 15255, 15264, 15280, 15294, 15313, 15329, 15343, 15362, 15379, 15397, 15413, 15431, 15444, 15450, 15457, 15469, 15483, 15494, 15501],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[122, 158, 172, 228, 229, 419, 421, 422, 478, 519, 777, 779, 819, 831, 836, 958, 1036]), Anchor::Lits(&[0, 105, 187, 214, 235, 237, 239, 241, 244, 249, 251, 253, 257, 260, 261, 265, 267, 269, 273, 276, 357, 408, 452, 454, 456, 459, 614, 620, 623, 633, 635, 644, 657, 684, 715, 717, 720, 722, 728, 730, 732, 784, 790, 871, 890, 897, 935, 937, 938, 940, 942, 944, 968, 1023, 1025, 1033, 1063])]), Anchor::All(&[Anchor::Lits(&[122, 158, 174, 191, 206, 228, 230, 307, 419, 421, 423, 503, 513, 520, 593, 706, 777, 779, 807, 833, 836, 919, 958, 974, 985, 1020, 1036]), Anchor::Lits(&[0, 105, 187, 214, 235, 237, 239, 241, 244, 249, 251, 253, 257, 260, 261, 265, 267, 269, 273, 276, 357, 408, 452, 454, 456, 459, 614, 620, 623, 633, 635, 644, 657, 684, 715, 717, 720, 722, 728, 730, 732, 784, 790, 871, 890, 897, 935, 937, 938, 940, 942, 944, 968, 1023, 1025, 1033, 1063])]), Anchor::All(&[Anchor::Lits(&[5, 82, 393, 394, 410, 783, 900, 1075, 1076, 1166, 1183, 1217, 1280, 1289, 1291]), Anchor::Lits(&[122, 158, 172, 228, 229, 419, 421, 422, 478, 519, 777, 779, 819, 831, 836, 958, 1036])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[218, 219, 222, 346, 347, 348, 349, 350, 351, 352, 353, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 431, 434, 505, 521, 578, 595, 712, 744, 780, 956, 958, 960, 984, 1021, 1022]), Anchor::All(&[Anchor::Lits(&[122, 158, 228, 229, 419, 421, 422, 519, 777, 779, 833, 836, 958, 1036]), Anchor::Lits(&[22, 42, 305, 1198])]), Anchor::All(&[Anchor::Lits(&[121, 229, 418, 422, 477, 519, 779, 818, 831, 835, 838]), Anchor::Lits(&[0, 105, 187, 214, 235, 237, 239, 241, 244, 249, 251, 253, 257, 260, 261, 265, 267, 269, 273, 276, 357, 408, 452, 454, 456, 459, 614, 620, 623, 633, 635, 644, 657, 684, 715, 717, 720, 722, 728, 730, 732, 784, 790, 871, 890, 897, 935, 937, 938, 940, 942, 944, 968, 1023, 1025, 1033, 1063])]), Anchor::All(&[Anchor::Lits(&[98, 109, 122, 158, 164, 172, 179, 228, 229, 301, 332, 419, 421, 422, 478, 484, 519, 610, 611, 612, 740, 760, 777, 779, 815, 819, 833, 836, 845, 958, 1036]), Anchor::Lits(&[41, 700, 899, 912, 913, 1001, 1002, 1003, 1006, 1008, 1017, 1018, 1203, 1209, 1213])]), Anchor::All(&[Anchor::Lits(&[699, 987, 995, 1161, 1165, 1166, 1168, 1196, 1197, 1280, 1289]), Anchor::Lits(&[22, 42, 279, 305])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[5, 80, 280, 451, 523, 525, 754, 770, 900, 1075, 1076, 1158, 1164, 1166, 1167, 1178, 1193, 1275, 1287, 1288]), Anchor::Lits(&[22, 43, 307, 1083])])),
            (5, "override-bare-instructions", Anchor::Lits(&[105, 241, 357, 456, 623, 717, 728, 940, 944])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::Lits(&[1, 4, 28, 107, 188, 215, 236, 238, 240, 242, 243, 245, 252, 254, 258, 262, 268, 270, 274, 358, 359, 409, 455, 457, 458, 460, 615, 621, 624, 634, 636, 645, 658, 682, 685, 716, 719, 721, 723, 729, 731, 733, 785, 791, 872, 891, 898, 936, 939, 941, 943, 945, 1024, 1026, 1034, 1064]), Anchor::All(&[Anchor::Lits(&[0, 105, 187, 214, 235, 237, 239, 241, 244, 249, 251, 253, 257, 260, 261, 265, 267, 269, 273, 276, 357, 408, 452, 454, 456, 459, 614, 620, 623, 633, 635, 644, 657, 684, 715, 717, 720, 722, 728, 730, 732, 784, 790, 871, 890, 897, 935, 937, 938, 940, 942, 944, 968, 1023, 1025, 1033, 1063]), Anchor::Lits(&[113, 122, 191, 228, 413, 450, 513, 596, 679, 706, 735, 779, 985])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[55, 92, 94, 96, 97, 171, 173, 189, 190, 355, 356, 415, 416, 486, 488, 583, 584, 750, 751, 823, 825, 866, 867, 946, 947, 982, 1030])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[1158, 1162, 1166, 1168, 1275, 1288]), Anchor::All(&[Anchor::Lits(&[2, 3, 20, 21, 123, 124, 341, 441, 442, 492, 493, 659, 808, 933, 934]), Anchor::Lits(&[122, 158, 172, 203, 216, 228, 229, 419, 421, 422, 478, 519, 586, 703, 724, 777, 779, 819, 831, 836, 958, 1035, 1036])])])),
            (14, "discredit-earlier-text", Anchor::Lits(&[6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 33, 34, 35, 37, 38, 39, 40, 81, 83, 85, 86, 87, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 165, 166, 167, 168, 184, 185, 186, 195, 196, 198, 202, 209, 210, 211, 212, 217, 218, 219, 221, 222, 223, 225, 281, 282, 283, 284, 285, 286, 287, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 334, 335, 336, 337, 338, 339, 340, 342, 343, 344, 345, 395, 396, 430, 431, 432, 433, 434, 435, 436, 494, 495, 496, 497, 526, 571, 572, 573, 574, 575, 576, 577, 579, 580, 581, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 708, 709, 710, 711, 712, 713, 714, 746, 747, 748, 752, 753, 755, 756, 757, 758, 759, 762, 763, 764, 765, 766, 767, 768, 799, 800, 801, 802, 810, 811, 812, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 955, 957, 958, 959, 960, 961, 962, 964, 965, 966, 967, 969, 970, 971, 972, 1039, 1040, 1041, 1042, 1218, 1290])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[76, 116, 446, 447, 449, 461, 465, 466, 467, 468, 469, 470, 471, 472, 473, 491, 502, 527, 528, 532, 734, 1158, 1163, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1179, 1180, 1181, 1182, 1184, 1187, 1188, 1189, 1190, 1191, 1192, 1194, 1195, 1216, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1276, 1277, 1278, 1279, 1281, 1284, 1285, 1286, 1292]), Anchor::Lits(&[99, 105, 117, 231, 241, 302, 357, 456, 717, 897, 1078])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[23, 24, 56, 57, 58, 59, 61, 62, 63, 72, 73, 74, 75, 98, 109, 114, 115, 122, 158, 161, 163, 164, 172, 194, 228, 229, 291, 301, 306, 331, 417, 418, 420, 421, 422, 443, 444, 478, 484, 506, 507, 508, 509, 511, 512, 519, 608, 612, 740, 741, 760, 777, 779, 782, 792, 797, 798, 819, 827, 828, 833, 835, 837, 862, 863, 864, 875, 877, 878, 879, 880, 881, 883, 958, 1004, 1036, 1043, 1202]), Anchor::Lits(&[65, 77, 88, 680, 686, 687, 698, 1032])])),
            (27, "reveal-own-instructions", Anchor::Lits(&[1199, 1200, 1204, 1205, 1206, 1207, 1208, 1210, 1212, 1214, 1215, 1221, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1231, 1232, 1234, 1235, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1254, 1255, 1256, 1259, 1260, 1263, 1264, 1265])),
            (28, "reveal-system-prompt", Anchor::All(&[Anchor::Lits(&[160, 228, 230, 423, 520, 592, 743, 779, 833, 892, 985]), Anchor::Lits(&[19, 159, 216, 429, 504, 522, 594, 701, 707, 742, 771, 793, 873, 916, 954, 1058, 1077])])),
            (29, "what-others-told-you", Anchor::Lits(&[5, 67, 68, 69, 70, 80, 399, 400, 401, 402, 406, 407, 411, 412, 515, 516, 517, 518, 769, 773, 774, 775, 776, 786, 787, 788, 789, 857, 858, 859, 860, 886, 887, 888, 889, 975, 976, 977, 978, 979, 980, 981, 982, 1027, 1028, 1029, 1030, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157])),
            (30, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[514, 524, 1084, 1085, 1086, 1087, 1088, 1093, 1094, 1095, 1096, 1097]), Anchor::All(&[Anchor::Lits(&[64, 227, 277, 426, 428, 1079, 1082]), Anchor::Lits(&[1083, 1098])])])),
            (34, "reveal-context-contents", Anchor::Lits(&[84, 112, 177, 181, 182, 192, 290, 489, 490, 520, 725, 726, 727, 743, 779, 804, 814, 874, 884, 885, 917, 958, 986, 1031, 1037, 1147, 1148])),
            (54, "unrestricted-mode", Anchor::Lits(&[30, 31, 110, 205, 220, 224, 278, 314, 390, 414, 425, 481, 553, 568, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 609, 627, 628, 630, 650, 683, 705, 718, 795, 915, 949, 1050, 1052, 1053, 1062, 1066, 1067, 1071, 1072])),
            (56, "unrestricted-persona", Anchor::All(&[Anchor::Lits(&[29, 36, 108, 193, 204, 226, 246, 313, 424, 427, 448, 474, 480, 499, 563, 585, 613, 625, 626, 629, 649, 651, 794, 829, 832, 988, 989, 990, 991, 992, 993, 994, 996, 997, 998, 999, 1000, 1047, 1048, 1051, 1054, 1057, 1060, 1061, 1065, 1068, 1069, 1070, 1073, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146]), Anchor::Lits(&[14, 18, 32, 79, 111, 120, 183, 288, 289, 500, 702, 736, 737, 738, 739, 772, 796, 806, 809, 813, 826, 830, 895, 896, 914, 918, 963, 1038, 1045, 1158, 1216])])),
            (59, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[109, 164, 176, 178, 179, 250, 255, 259, 266, 271, 275, 301, 419, 423, 478, 485, 610, 611, 612, 632, 637, 639, 641, 642, 643, 760, 815, 819, 834, 836, 842, 845, 853, 856]), Anchor::All(&[Anchor::Lits(&[98, 109, 164, 172, 179, 301, 332, 419, 423, 478, 484, 610, 611, 612, 740, 760, 777, 815, 819, 833, 836, 845]), Anchor::Lits(&[17, 66, 71, 445, 453, 498, 501, 745, 950, 1007])])])),
            (60, "rules-do-not-apply", Anchor::Any(&[Anchor::Lits(&[51, 52, 53, 54, 89, 90, 91, 93, 154, 155, 156, 157, 197, 199, 200, 201, 327, 328, 329, 330, 437, 438, 439, 440, 479, 482, 483, 487, 588, 589, 590, 591, 817, 821, 822, 824]), Anchor::All(&[Anchor::Lits(&[49, 50, 326, 587]), Anchor::Lits(&[17, 66, 71, 453, 498, 745, 950])])])),
            (61, "no-rules-apply", Anchor::Lits(&[646, 647, 648, 1005, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016])),
            (62, "freed-from-limits", Anchor::Lits(&[100, 101, 104, 293, 294, 325, 389, 391, 475, 631, 638, 640, 652, 653, 654, 803, 1049, 1055, 1056, 1074])),
            (64, "pre-safety-self", Anchor::Lits(&[80, 681])),
            (65, "stay-in-character", Anchor::Lits(&[247, 248, 256, 263, 264, 272, 582, 618, 619, 622, 805, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932])),
            (67, "jailbreak", Anchor::Lits(&[169, 170, 397, 398, 462, 463, 464, 529, 530, 531, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 562, 564, 565, 566, 567, 568, 569, 570, 655, 656, 761, 865, 1080, 1081, 1159, 1160, 1185, 1186, 1219, 1220, 1282, 1283])),
            (68, "evil-twin", Anchor::Lits(&[1201, 1211, 1222, 1228, 1230, 1233, 1236, 1248, 1251, 1253, 1257, 1258, 1260, 1261, 1262])),
            (74, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[704]), Anchor::All(&[Anchor::Lits(&[25, 26, 27, 28, 44, 45, 46, 47, 308, 309, 310, 311, 1089, 1090, 1091, 1092]), Anchor::Lits(&[78, 95, 234, 354, 749, 778, 816, 868, 869, 870, 983])])])),
            (81, "disable-safety", Anchor::Lits(&[1, 23, 28, 48, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 102, 103, 106, 107, 109, 114, 115, 118, 119, 161, 162, 163, 175, 178, 179, 180, 194, 207, 208, 213, 232, 233, 242, 243, 291, 292, 295, 296, 297, 298, 299, 300, 301, 303, 304, 306, 312, 333, 358, 359, 392, 403, 404, 405, 417, 418, 420, 443, 444, 457, 460, 476, 506, 507, 508, 509, 510, 511, 512, 561, 608, 612, 616, 617, 682, 719, 721, 781, 792, 797, 798, 820, 827, 828, 835, 838, 839, 840, 841, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 861, 862, 863, 864, 875, 876, 877, 878, 879, 880, 881, 882, 883, 893, 894, 948, 951, 952, 953, 973, 1004, 1019, 1043, 1044, 1046, 1059, 1149, 1202])),
            (82, "safety-declared-off", Anchor::Lits(&[23, 24, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 75, 109, 114, 115, 161, 162, 163, 175, 178, 179, 180, 194, 291, 296, 297, 298, 299, 300, 301, 306, 333, 417, 418, 420, 443, 444, 506, 507, 508, 509, 510, 511, 512, 608, 612, 781, 792, 797, 798, 820, 827, 828, 835, 838, 839, 840, 841, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 862, 863, 864, 875, 876, 877, 878, 879, 880, 881, 882, 883, 1004, 1043, 1202])),
        ],
    },
    // Text
    ViewAnchors {
        literals: Literals {
            bytes: b"\
\x09:\
\x09>\
\x09]\
\x09admin\
\x09admin]\
\x09anonymous\
\x09bucket\
\x09download\
\x09endpoint\
\x09gist\
\x09instructions:\
\x09link\
\x09message:\
\x09note:\
\x09open\
\x09override:\
\x09page\
\x09prompt:\
\x09public\
\x09share\
\x09shareable\
\x09sys\
\x09sys]\
\x09system]\
\x09update:\
\x09url\
\x0a>\
\x0a]\
\x0aadmin\
\x0aadmin]\
\x0aai\
\x0aanonymous\
\x0abucket\
\x0adownload\
\x0aendpoint\
\x0agist\
\x0alink\
\x0aopen\
\x0apage\
\x0apublic\
\x0ashare\
\x0ashareable\
\x0asys\
\x0asys]\
\x0asystem]\
\x0aurl\
\x0b>\
\x0b]\
\x0badmin\
\x0badmin]\
\x0banonymous\
\x0bbucket\
\x0bdownload\
\x0bendpoint\
\x0bgist\
\x0blink\
\x0bopen\
\x0bpage\
\x0bpublic\
\x0bshare\
\x0bshareable\
\x0bsys\
\x0bsys]\
\x0bsystem]\
\x0burl\
\x0c>\
\x0c]\
\x0cadmin\
\x0cadmin]\
\x0canonymous\
\x0cbucket\
\x0cdownload\
\x0cendpoint\
\x0cgist\
\x0clink\
\x0copen\
\x0cpage\
\x0cpublic\
\x0cshare\
\x0cshareable\
\x0csys\
\x0csys]\
\x0csystem]\
\x0curl\
\x0d>\
\x0d]\
\x0dadmin\
\x0dadmin]\
\x0danonymous\
\x0dbucket\
\x0ddownload\
\x0dendpoint\
\x0dgist\
\x0dlink\
\x0dopen\
\x0dpage\
\x0dpublic\
\x0dshare\
\x0dshareable\
\x0dsys\
\x0dsys]\
\x0dsystem]\
\x0durl\
\x20:\
\x20>\
\x20]\
\x20admin\
\x20admin]\
\x20ai\
\x20alert\
\x20alert:\
\x20announcement\
\x20announcement:\
\x20anonymous\
\x20block\
\x20bucket\
\x20bulletin\
\x20bulletin:\
\x20change\
\x20change:\
\x20command\
\x20command:\
\x20config\
\x20directive\
\x20directive:\
\x20directives\
\x20download\
\x20endpoint\
\x20envelope\
\x20flags\
\x20gist\
\x20guardrails\
\x20guidelines\
\x20input\
\x20input \
\x20instructions\
\x20instructions:\
\x20link\
\x20message\
\x20message \
\x20message:\
\x20note:\
\x20notice\
\x20notice:\
\x20open\
\x20override\
\x20override:\
\x20page\
\x20parameters\
\x20patch\
\x20patch:\
\x20policy\
\x20prompt\
\x20prompt \
\x20prompt:\
\x20prompts\
\x20public\
\x20restrictions\
\x20rules\
\x20safeguards\
\x20section\
\x20settings\
\x20share\
\x20shareable\
\x20sys\
\x20sys]\
\x20system instructions\
\x20system message\
\x20system prompt\
\x20system rules\
\x20system]\
\x20the prompt\
\x20the system prompt\
\x20update\
\x20update:\
\x20url\
!\
![\
!ai\
\x22ai\
#\
#\x09\
# \
#ai\
#assistant\
#developer\
#fff\
#instruction\x09\
#instruction \
#instruction:\
#new system\x09\
#new system \
#new system:\
#system\
&ai\
'ai\
(\
(ai\
):\
*:\
*ai\
+ai\
,\
,ai\
--\
--allow-all\
--bypass-\
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
--insecure\
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
-ai\
.ai\
/*\
//\
/ai\
0x0.st\
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
@ai\
@aol.\
@fastmail.\
@gmail.\
@gmx.\
@googlemail.\
@hotmail.\
@icloud.\
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
_injection\
_insecure\
_off\
_redaction\
_safety\
_sandbox\
_skip\
_tripwire\
_unsafe\
```\
`ai\
aaol.\
absolutely\
access\
activated\
add\
admin\
admin \
admin mode\
admin:\
administrator \
afastmail.\
agent\
agmail.\
agmx.\
agooglemail.\
ahotmail.\
ai\
ai\x09\
ai \
ai*\
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
ai_\
aicloud.\
all\
alter\
always\
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
aoutlook.\
append\
approval\
approval_mode\
approve\
aproton.\
aprotonmail.\
as an\
assistant\
assistant\x09\
assistant\x0a\
assistant\x0b\
assistant\x0c\
assistant\x0d\
assistant \
assistant*\
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
assistant_\
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
assume\
attacker\
atutanota.\
audit\
automated\
automation\
ayahoo.\
ayandex.\
aymail.\
azoho.\
azure://\
beacon\
begin \
beginning \
bot\
browse\
burpcollaborator\
bypass\
bypass \
c2\
call\
catbox\
cc\
certainly\
change\
chatbot\
claude\
click\
collector\
color\
command\
comply\
confirm\
copies\
copilot\
copy\
cortex\
cortex_route\
create\
curl\
dan\
debug mode\
delete\
deliver\
destroy\
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
directive\
disable\
display\
disregard\
disregard \
do not\
don't\
done\
dont\
download\
drop\
drop \
drop-bucket\
dropbucket\
dropzone\
dump\
e-mail\
elevate\
email\
emergency\
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
envelope\
escalate\
evil\
execute\
exfil\
exfiltrate\
export\
expose\
fetch\
file.io\
filter\
focus exclusively\
focus only\
font-size\
for\
forget\
forget \
forward\
from now\
ftp://\
gcs://\
gemini\
ghostbin\
give\
god\
god mode\
gofile\
gpt\
grant\
guard\
hacker\
hastebin\
height\
here are\
here is\
here's\
heres\
hidden\
http://\
https://\
i can\
i'll\
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
include\
injection\
injection_check\
insert\
inst]\
instruction\
instruction:\
instructions\
instructions_override\
interact.sh\
jailbreak\
jailbroken\
kill\
language model\
law enforcement\
leak\
list\
llm\
mail\
maintenance mode\
make\
malicious\
mark\
mega.nz\
memo\
merge\
message\
mode\
model\
model reading this\
models reading this\
modify\
move\
must\
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
no problem\
no restrictions\
no rules\
note\
oast\
obey\
of course\
ok\
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
order\
orders\
output\
override\
override \
override:\
oxo.st\
paste.ee\
pastebin\
permitted\
pipedream\
policy\
post\
print\
prompt\
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
read\
read_only\
reader\
readonly\
redact\
reminder\
replace\
reply\
request\
requestbin\
respond\
return\
reveal\
reviewer\
revoke\
root\
root \
root:\
rules\
run\
s3://\
safe_mode\
safety\
sandbox\
sanitization\
sanitize\
say\
secret\
security\
security \
send\
sendspace\
set\
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
show\
shut\
skip\
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
steal\
stop\
style\
sudo\
sudo:\
superuser\
sure\
sys\x09\
sys\x0a\
sys\x0b\
sys\x0c\
sys\x0d\
sys \
sys>\
sys_prompt\
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
task\
tell\
temp.sh\
termbin\
terminate\
tmpfiles\
to\
to\x09\
to\x0a\
to\x0b\
to\x0c\
to\x0d\
to \
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
tripwire\
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
understood\
unload\
unrestricted\
update\
upload\
use\
visibility\
visit\
webhook.site\
wetransfer\
wget\
white\
wipe\
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
yes\
you\
{\
{ai\
|>\
|ai\
~ai\
\xc2\x85>\
\xc2\x85]\
\xc2\x85admin\
\xc2\x85admin]\
\xc2\x85anonymous\
\xc2\x85bucket\
\xc2\x85download\
\xc2\x85endpoint\
\xc2\x85gist\
\xc2\x85link\
\xc2\x85open\
\xc2\x85page\
\xc2\x85public\
\xc2\x85share\
\xc2\x85shareable\
\xc2\x85sys\
\xc2\x85sys]\
\xc2\x85system]\
\xc2\x85url\
\xc2\xa0>\
\xc2\xa0]\
\xc2\xa0admin\
\xc2\xa0admin]\
\xc2\xa0anonymous\
\xc2\xa0bucket\
\xc2\xa0download\
\xc2\xa0endpoint\
\xc2\xa0gist\
\xc2\xa0link\
\xc2\xa0open\
\xc2\xa0page\
\xc2\xa0public\
\xc2\xa0share\
\xc2\xa0shareable\
\xc2\xa0sys\
\xc2\xa0sys]\
\xc2\xa0system]\
\xc2\xa0url\
\xc2\xabai\
\xce\xb5\xce\xbd\xcf\x84\xce\xbf\xce\xbb\
\xce\xba\xce\xb1\xce\xbd\xce\xbf\xce\xbd\
\xce\xbf\xce\xb4\xce\xb7\xce\xb3\xce\xb9\
\xd7\x94\xd7\x95\xd7\xa8\xd7\x90\xd7\x95\xd7\xaa\
\xd7\x94\xd7\xa0\xd7\x97\xd7\x99\xd7\x95\xd7\xaa\
\xd8\xa7\xd8\xba\xd9\x81\xd9\x84\
\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x85\xd8\xa7\xd8\xaa \xd8\xa7\xd9\x84\xd9\x85\xd8\xae\xd9\x81\xd9\x8a\xd8\xa9\
\xd8\xa7\xd9\x86\
\xd8\xa8\xd9\x84\xd8\xa7\
\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87\xd9\x84\
\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x85\xd8\xa7\xd8\xaa \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xd8\xaf\xd8\xb3\xd8\xaa\xd9\x88\xd8\xb1\
\xd8\xaf\xd9\x88\xd9\x86\
\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84\xd8\xa9 \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xd9\x84\xd8\xa7 \xd8\xaa\xd8\xaa\xd8\xa8\xd8\xb9\
\xd9\x85\xd9\x88\xd8\xac\xd9\x87 \xd8\xa7\xd9\x84\xd9\x86\xd8\xb8\xd8\xa7\xd9\x85\
\xe0\xa4\x86\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\x97\xe0\xa5\x81\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\x9b\xe0\xa4\xbf\xe0\xa4\xaa\xe0\xa5\x87 \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xae\
\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xac\xe0\xa4\xbf\xe0\xa4\xa8\xe0\xa4\xbe\
\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa4\xae \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6\
\xe0\xa4\xb8\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x9f\xe0\xa4\xae \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x89\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\x9f\
\xe0\xa6\xa8\xe0\xa6\xbf\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xa6\xe0\xa7\x87\xe0\xa6\xb6\
\xe0\xb8\x9a\xe0\xb8\xad\xe0\xb8\x81\
\xe0\xb8\x9b\xe0\xb8\xa3\xe0\xb8\xb2\xe0\xb8\xa8\xe0\xb8\x88\xe0\xb8\xb2\xe0\xb8\x81\
\xe0\xb8\xa5\xe0\xb8\xb0\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb8\xa2\
\xe0\xb8\xa5\xe0\xb8\xb0\xe0\xb9\x80\xe0\xb8\xa7\xe0\xb9\x89\xe0\xb8\x99\
\xe0\xb8\xa5\xe0\xb8\xb7\xe0\xb8\xa1\
\xe0\xb9\x80\xe0\xb8\x9b\xe0\xb8\xb4\xe0\xb8\x94\xe0\xb9\x80\xe0\xb8\x9c\xe0\xb8\xa2\
\xe0\xb9\x80\xe0\xb8\x9e\xe0\xb8\xb4\xe0\xb8\x81\xe0\xb9\x80\xe0\xb8\x89\xe0\xb8\xa2\
\xe0\xb9\x81\xe0\xb8\xaa\xe0\xb8\x94\xe0\xb8\x87\
\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\x95\xe0\xb9\x89\xe0\xb8\xad\xe0\xb8\x87\xe0\xb8\xaa\xe0\xb8\x99\xe0\xb9\x83\xe0\xb8\x88\
\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\xa1\xe0\xb8\xb5\
\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\xaa\xe0\xb8\x99\xe0\xb9\x83\xe0\xb8\x88\
\xe1\x9a\x80>\
\xe1\x9a\x80]\
\xe1\x9a\x80admin\
\xe1\x9a\x80admin]\
\xe1\x9a\x80anonymous\
\xe1\x9a\x80bucket\
\xe1\x9a\x80download\
\xe1\x9a\x80endpoint\
\xe1\x9a\x80gist\
\xe1\x9a\x80link\
\xe1\x9a\x80open\
\xe1\x9a\x80page\
\xe1\x9a\x80public\
\xe1\x9a\x80share\
\xe1\x9a\x80shareable\
\xe1\x9a\x80sys\
\xe1\x9a\x80sys]\
\xe1\x9a\x80system]\
\xe1\x9a\x80url\
\xe2\x80\x80>\
\xe2\x80\x80]\
\xe2\x80\x80admin\
\xe2\x80\x80admin]\
\xe2\x80\x80anonymous\
\xe2\x80\x80bucket\
\xe2\x80\x80download\
\xe2\x80\x80endpoint\
\xe2\x80\x80gist\
\xe2\x80\x80link\
\xe2\x80\x80open\
\xe2\x80\x80page\
\xe2\x80\x80public\
\xe2\x80\x80share\
\xe2\x80\x80shareable\
\xe2\x80\x80sys\
\xe2\x80\x80sys]\
\xe2\x80\x80system]\
\xe2\x80\x80url\
\xe2\x80\x81>\
\xe2\x80\x81]\
\xe2\x80\x81admin\
\xe2\x80\x81admin]\
\xe2\x80\x81anonymous\
\xe2\x80\x81bucket\
\xe2\x80\x81download\
\xe2\x80\x81endpoint\
\xe2\x80\x81gist\
\xe2\x80\x81link\
\xe2\x80\x81open\
\xe2\x80\x81page\
\xe2\x80\x81public\
\xe2\x80\x81share\
\xe2\x80\x81shareable\
\xe2\x80\x81sys\
\xe2\x80\x81sys]\
\xe2\x80\x81system]\
\xe2\x80\x81url\
\xe2\x80\x82>\
\xe2\x80\x82]\
\xe2\x80\x82admin\
\xe2\x80\x82admin]\
\xe2\x80\x82anonymous\
\xe2\x80\x82bucket\
\xe2\x80\x82download\
\xe2\x80\x82endpoint\
\xe2\x80\x82gist\
\xe2\x80\x82link\
\xe2\x80\x82open\
\xe2\x80\x82page\
\xe2\x80\x82public\
\xe2\x80\x82share\
\xe2\x80\x82shareable\
\xe2\x80\x82sys\
\xe2\x80\x82sys]\
\xe2\x80\x82system]\
\xe2\x80\x82url\
\xe2\x80\x83>\
\xe2\x80\x83]\
\xe2\x80\x83admin\
\xe2\x80\x83admin]\
\xe2\x80\x83anonymous\
\xe2\x80\x83bucket\
\xe2\x80\x83download\
\xe2\x80\x83endpoint\
\xe2\x80\x83gist\
\xe2\x80\x83link\
\xe2\x80\x83open\
\xe2\x80\x83page\
\xe2\x80\x83public\
\xe2\x80\x83share\
\xe2\x80\x83shareable\
\xe2\x80\x83sys\
\xe2\x80\x83sys]\
\xe2\x80\x83system]\
\xe2\x80\x83url\
\xe2\x80\x84>\
\xe2\x80\x84]\
\xe2\x80\x84admin\
\xe2\x80\x84admin]\
\xe2\x80\x84anonymous\
\xe2\x80\x84bucket\
\xe2\x80\x84download\
\xe2\x80\x84endpoint\
\xe2\x80\x84gist\
\xe2\x80\x84link\
\xe2\x80\x84open\
\xe2\x80\x84page\
\xe2\x80\x84public\
\xe2\x80\x84share\
\xe2\x80\x84shareable\
\xe2\x80\x84sys\
\xe2\x80\x84sys]\
\xe2\x80\x84system]\
\xe2\x80\x84url\
\xe2\x80\x85>\
\xe2\x80\x85]\
\xe2\x80\x85admin\
\xe2\x80\x85admin]\
\xe2\x80\x85anonymous\
\xe2\x80\x85bucket\
\xe2\x80\x85download\
\xe2\x80\x85endpoint\
\xe2\x80\x85gist\
\xe2\x80\x85link\
\xe2\x80\x85open\
\xe2\x80\x85page\
\xe2\x80\x85public\
\xe2\x80\x85share\
\xe2\x80\x85shareable\
\xe2\x80\x85sys\
\xe2\x80\x85sys]\
\xe2\x80\x85system]\
\xe2\x80\x85url\
\xe2\x80\x86>\
\xe2\x80\x86]\
\xe2\x80\x86admin\
\xe2\x80\x86admin]\
\xe2\x80\x86anonymous\
\xe2\x80\x86bucket\
\xe2\x80\x86download\
\xe2\x80\x86endpoint\
\xe2\x80\x86gist\
\xe2\x80\x86link\
\xe2\x80\x86open\
\xe2\x80\x86page\
\xe2\x80\x86public\
\xe2\x80\x86share\
\xe2\x80\x86shareable\
\xe2\x80\x86sys\
\xe2\x80\x86sys]\
\xe2\x80\x86system]\
\xe2\x80\x86url\
\xe2\x80\x87>\
\xe2\x80\x87]\
\xe2\x80\x87admin\
\xe2\x80\x87admin]\
\xe2\x80\x87anonymous\
\xe2\x80\x87bucket\
\xe2\x80\x87download\
\xe2\x80\x87endpoint\
\xe2\x80\x87gist\
\xe2\x80\x87link\
\xe2\x80\x87open\
\xe2\x80\x87page\
\xe2\x80\x87public\
\xe2\x80\x87share\
\xe2\x80\x87shareable\
\xe2\x80\x87sys\
\xe2\x80\x87sys]\
\xe2\x80\x87system]\
\xe2\x80\x87url\
\xe2\x80\x88>\
\xe2\x80\x88]\
\xe2\x80\x88admin\
\xe2\x80\x88admin]\
\xe2\x80\x88anonymous\
\xe2\x80\x88bucket\
\xe2\x80\x88download\
\xe2\x80\x88endpoint\
\xe2\x80\x88gist\
\xe2\x80\x88link\
\xe2\x80\x88open\
\xe2\x80\x88page\
\xe2\x80\x88public\
\xe2\x80\x88share\
\xe2\x80\x88shareable\
\xe2\x80\x88sys\
\xe2\x80\x88sys]\
\xe2\x80\x88system]\
\xe2\x80\x88url\
\xe2\x80\x89>\
\xe2\x80\x89]\
\xe2\x80\x89admin\
\xe2\x80\x89admin]\
\xe2\x80\x89anonymous\
\xe2\x80\x89bucket\
\xe2\x80\x89download\
\xe2\x80\x89endpoint\
\xe2\x80\x89gist\
\xe2\x80\x89link\
\xe2\x80\x89open\
\xe2\x80\x89page\
\xe2\x80\x89public\
\xe2\x80\x89share\
\xe2\x80\x89shareable\
\xe2\x80\x89sys\
\xe2\x80\x89sys]\
\xe2\x80\x89system]\
\xe2\x80\x89url\
\xe2\x80\x8a>\
\xe2\x80\x8a]\
\xe2\x80\x8aadmin\
\xe2\x80\x8aadmin]\
\xe2\x80\x8aanonymous\
\xe2\x80\x8abucket\
\xe2\x80\x8adownload\
\xe2\x80\x8aendpoint\
\xe2\x80\x8agist\
\xe2\x80\x8alink\
\xe2\x80\x8aopen\
\xe2\x80\x8apage\
\xe2\x80\x8apublic\
\xe2\x80\x8ashare\
\xe2\x80\x8ashareable\
\xe2\x80\x8asys\
\xe2\x80\x8asys]\
\xe2\x80\x8asystem]\
\xe2\x80\x8aurl\
\xe2\x80\x98ai\
\xe2\x80\x9cai\
\xe2\x80\xa8>\
\xe2\x80\xa8]\
\xe2\x80\xa8admin\
\xe2\x80\xa8admin]\
\xe2\x80\xa8anonymous\
\xe2\x80\xa8bucket\
\xe2\x80\xa8download\
\xe2\x80\xa8endpoint\
\xe2\x80\xa8gist\
\xe2\x80\xa8link\
\xe2\x80\xa8open\
\xe2\x80\xa8page\
\xe2\x80\xa8public\
\xe2\x80\xa8share\
\xe2\x80\xa8shareable\
\xe2\x80\xa8sys\
\xe2\x80\xa8sys]\
\xe2\x80\xa8system]\
\xe2\x80\xa8url\
\xe2\x80\xa9>\
\xe2\x80\xa9]\
\xe2\x80\xa9admin\
\xe2\x80\xa9admin]\
\xe2\x80\xa9anonymous\
\xe2\x80\xa9bucket\
\xe2\x80\xa9download\
\xe2\x80\xa9endpoint\
\xe2\x80\xa9gist\
\xe2\x80\xa9link\
\xe2\x80\xa9open\
\xe2\x80\xa9page\
\xe2\x80\xa9public\
\xe2\x80\xa9share\
\xe2\x80\xa9shareable\
\xe2\x80\xa9sys\
\xe2\x80\xa9sys]\
\xe2\x80\xa9system]\
\xe2\x80\xa9url\
\xe2\x80\xaf>\
\xe2\x80\xaf]\
\xe2\x80\xafadmin\
\xe2\x80\xafadmin]\
\xe2\x80\xafanonymous\
\xe2\x80\xafbucket\
\xe2\x80\xafdownload\
\xe2\x80\xafendpoint\
\xe2\x80\xafgist\
\xe2\x80\xaflink\
\xe2\x80\xafopen\
\xe2\x80\xafpage\
\xe2\x80\xafpublic\
\xe2\x80\xafshare\
\xe2\x80\xafshareable\
\xe2\x80\xafsys\
\xe2\x80\xafsys]\
\xe2\x80\xafsystem]\
\xe2\x80\xafurl\
\xe2\x81\x9f>\
\xe2\x81\x9f]\
\xe2\x81\x9fadmin\
\xe2\x81\x9fadmin]\
\xe2\x81\x9fanonymous\
\xe2\x81\x9fbucket\
\xe2\x81\x9fdownload\
\xe2\x81\x9fendpoint\
\xe2\x81\x9fgist\
\xe2\x81\x9flink\
\xe2\x81\x9fopen\
\xe2\x81\x9fpage\
\xe2\x81\x9fpublic\
\xe2\x81\x9fshare\
\xe2\x81\x9fshareable\
\xe2\x81\x9fsys\
\xe2\x81\x9fsys]\
\xe2\x81\x9fsystem]\
\xe2\x81\x9furl\
\xe3\x80\x80>\
\xe3\x80\x80]\
\xe3\x80\x80admin\
\xe3\x80\x80admin]\
\xe3\x80\x80anonymous\
\xe3\x80\x80bucket\
\xe3\x80\x80download\
\xe3\x80\x80endpoint\
\xe3\x80\x80gist\
\xe3\x80\x80link\
\xe3\x80\x80open\
\xe3\x80\x80page\
\xe3\x80\x80public\
\xe3\x80\x80share\
\xe3\x80\x80shareable\
\xe3\x80\x80sys\
\xe3\x80\x80sys]\
\xe3\x80\x80system]\
\xe3\x80\x80url\
\xe3\x81\xaa\xe3\x81\x84\
\xe3\x81\xaa\xe3\x81\x97\
\xe3\x81\xab\xe5\xbe\x93\xe3\x81\x86\xe5\xbf\x85\xe8\xa6\x81\xe3\x81\xaf\
\xe3\x81\xab\xe5\xbe\x93\xe3\x82\x8f\
\xe3\x82\x92\xe5\xae\x88\xe3\x82\x89\
\xe3\x82\xac\xe3\x83\xbc\xe3\x83\x89\xe3\x83\xac\xe3\x83\xbc\xe3\x83\xab\
\xe3\x82\xb7\xe3\x82\xb9\xe3\x83\x86\xe3\x83\xa0\xe3\x83\x97\xe3\x83\xad\xe3\x83\xb3\xe3\x83\x97\xe3\x83\x88\
\xe3\x82\xb7\xe3\x82\xb9\xe3\x83\x86\xe3\x83\xa0\xe3\x83\xbb\xe3\x83\x97\xe3\x83\xad\xe3\x83\xb3\xe3\x83\x97\xe3\x83\x88\
\xe4\xb8\x8d\xe7\x90\x86\xe4\xbc\x9a\
\xe4\xb8\x8d\xe8\xa6\x81\xe7\x90\x86\xe4\xbc\x9a\
\xe5\x81\x9c\xe7\x94\xa8\
\xe5\x85\xb3\xe9\x97\xad\
\xe5\x88\x9d\xe5\xa7\x8b\xe6\x8c\x87\xe4\xbb\xa4\
\xe5\x88\x9d\xe6\x9c\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xe5\xae\x89\xe5\x85\xa8\xe3\x83\x81\xe3\x82\xa7\xe3\x83\x83\xe3\x82\xaf\
\xe5\xae\x89\xe5\x85\xa8\xe3\x83\x95\xe3\x82\xa3\xe3\x83\xab\xe3\x82\xbf\xe3\x83\xbc\
\xe5\xae\xa1\xe6\x9f\xa5\
\xe5\xaf\xa9\xe6\x9f\xa5\
\xe5\xbf\x98\xe3\x82\x8c\
\xe5\xbf\x98\xe6\x8e\x89\
\xe5\xbf\x98\xe8\xae\xb0\
\xe5\xbf\xbd\xe7\x95\xa5\
\xe5\xbf\xbd\xe8\xa7\x86\
\xe6\x8c\x87\xe4\xbb\xa4\
\xe6\x8c\x87\xe7\xa4\xba\
\xe6\x8f\x90\xe7\xa4\xba\
\xe6\x97\xa0\xe8\xa7\x86\
\xe7\x84\xa1\xe3\x81\x84\
\xe7\x84\xa1\xe3\x81\x97\
\xe7\x84\xa1\xe8\xa6\x96\
\xe7\x9b\xa3\xe6\x9f\xbb\xe3\x83\xad\xe3\x82\xb0\
\xe7\xa6\x81\xe7\x94\xa8\
\xe7\xa7\x98\xe5\xaf\x86\xe3\x81\xae\xe6\x8c\x87\xe7\xa4\xba\
\xe7\xb3\xbb\xe7\xb5\xb1\xe6\x8f\x90\xe7\xa4\xba\
\xe7\xb3\xbb\xe7\xbb\x9f\xe6\x8c\x87\xe4\xbb\xa4\
\xe7\xb3\xbb\xe7\xbb\x9f\xe6\x8f\x90\xe7\xa4\xba\
\xe7\xb4\x84\xe6\x9d\x9f\
\xe7\xb9\x9e\xe9\x81\x8e\
\xe7\xba\xa6\xe6\x9d\x9f\
\xe7\xbb\x95\xe8\xbf\x87\
\xe8\xa6\x8f\xe5\x89\x87\
\xe8\xa7\x84\xe5\x88\x99\
\xe8\xa8\xad\xe5\xae\x9a\
\xe8\xae\xbe\xe5\xae\x9a\
\xe8\xaf\xb4\xe6\x98\x8e\
\xe8\xb7\xb3\xe8\xbf\x87\
\xe8\xb7\xb3\xe9\x81\x8e\
\xe8\xbf\x87\xe6\xbb\xa4\
\xe9\x97\x9c\xe9\x96\x89\
\xe9\x99\x90\xe5\x88\xb6\
\xe9\x9a\x90\xe8\x97\x8f\xe6\x8c\x87\xe4\xbb\xa4\
\xe9\x9a\xa0\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xea\xb1\xb4\xeb\x84\x88\xeb\x9b\xb0\
\xea\xb3\xb5\xea\xb0\x9c\
\xea\xba\xbc\
\xeb\x81\x84\
\xeb\x94\xb0\xeb\xa5\xb4\xec\xa7\x80\
\xeb\xa7\x90\xed\x95\xb4\
\xeb\xac\xb4\xec\x8b\x9c\
\xeb\xb3\xb4\xec\x97\xac\
\xeb\xb9\x84\xed\x99\x9c\xec\x84\xb1\
\xec\x95\x8c\xeb\xa0\xa4\
\xec\x97\x86\xeb\x8a\x94\
\xec\x97\x86\xec\x9d\xb4\
\xec\x9a\xb0\xed\x9a\x8c\
\xec\x9e\x8a\xea\xb3\xa0\
\xec\x9e\x8a\xec\x96\xb4\
\xec\xa7\x80\xed\x82\xa4\xec\xa7\x80\
\xec\xb6\x9c\xeb\xa0\xa5\
",
            ends: &[2, 4, 6, 12, 19, 29, 36, 45, 54, 59, 73, 78, 87, 93, 98, 108, 113, 121, 128, 134, 144, 148, 153, 161, 169, 173, 175, 177, 183, 190, 193, 203, 210, 219, 228, 233, 238, 243, 248, 255, 261, 271, 275, 280, 288, 292, 294, 296, 302, 309, 319, 326, 335, 344, 349, 354, 359, 364, 371, 377, 387, 391, 396, 404, 408, 410, 412, 418, 425, 435, 442, 451, 460, 465, 470, 475, 480, 487, 493, 503, 507, 512, 520, 524, 526, 528, 534, 541, 551, 558, 567, 576, 581, 586, 591, 596, 603, 609, 619, 623, 628, 636, 640, 642, 644, 646, 652, 659, 662, 668, 675, 688, 702, 712, 718, 725, 734, 744, 751, 759, 767, 776, 783, 793, 804, 815, 824, 833, 842, 848, 853, 864, 875, 881, 888, 901, 915, 920, 928, 937, 946, 952, 959, 967, 972, 981, 991, 996, 1007, 1013, 1020, 1027, 1034, 1042, 1050, 1058, 1065, 1078, 1084, 1095, 1103, 1112, 1118, 1128, 1132, 1137, 1157, 1172, 1186, 1199, 1207, 1218, 1236, 1243, 1251, 1255, 1256, 1258, 1261, 1264, 1265, 1267, 1269, 1272, 1282, 1292, 1296, 1309, 1322, 1335, 1347, 1359, 1371, 1378, 1381, 1384, 1385, 1388, 1390, 1392, 1395, 1398, 1399, 1402, 1404, 1415, 1424, 1438, 1456, 1471, 1489, 1504, 1523, 1539, 1556, 1574, 1584, 1594, 1604, 1614, 1625, 1637, 1650, 1661, 1676, 1688, 1700, 1711, 1719, 1725, 1728, 1731, 1733, 1735, 1738, 1744, 1745, 1747, 1749, 1760, 1763, 1769, 1779, 1784, 1793, 1801, 1808, 1814, 1820, 1827, 1832, 1836, 1847, 1857, 1860, 1865, 1876, 1880, 1883, 1884, 1886, 1888, 1890, 1892, 1894, 1896, 1899, 1902, 1905, 1908, 1911, 1914, 1925, 1936, 1949, 1957, 1967, 1971, 1986, 1991, 1995, 1999, 2004, 2009, 2014, 2019, 2024, 2029, 2034, 2039, 2044, 2049, 2054, 2059, 2064, 2069, 2074, 2079, 2084, 2086, 2089, 2099, 2109, 2121, 2128, 2137, 2140, 2154, 2158, 2160, 2163, 2166, 2170, 2174, 2178, 2182, 2186, 2190, 2194, 2198, 2202, 2206, 2210, 2214, 2218, 2222, 2226, 2230, 2234, 2237, 2238, 2240, 2243, 2246, 2247, 2250, 2255, 2265, 2272, 2277, 2289, 2298, 2306, 2315, 2323, 2335, 2345, 2352, 2360, 2367, 2373, 2374, 2376, 2378, 2380, 2382, 2384, 2386, 2388, 2394, 2401, 2408, 2415, 2422, 2429, 2436, 2443, 2451, 2459, 2468, 2477, 2486, 2495, 2504, 2513, 2522, 2531, 2540, 2549, 2558, 2567, 2576, 2585, 2594, 2603, 2612, 2615, 2627, 2639, 2643, 2648, 2653, 2658, 2663, 2668, 2673, 2678, 2686, 2694, 2702, 2710, 2718, 2726, 2734, 2743, 2752, 2761, 2771, 2781, 2791, 2801, 2811, 2821, 2831, 2841, 2851, 2861, 2871, 2881, 2891, 2901, 2911, 2921, 2931, 2937, 2943, 2950, 2957, 2964, 2971, 2978, 2985, 2992, 2999, 3006, 3013, 3020, 3027, 3034, 3041, 3048, 3055, 3062, 3065, 3068, 3072, 3076, 3080, 3084, 3088, 3092, 3096, 3100, 3104, 3108, 3112, 3116, 3120, 3124, 3128, 3132, 3136, 3139, 3142, 3145, 3148, 3151, 3154, 3158, 3167, 3177, 3181, 3185, 3190, 3195, 3200, 3205, 3210, 3215, 3220, 3225, 3230, 3235, 3240, 3245, 3250, 3255, 3260, 3265, 3270, 3272, 3274, 3284, 3293, 3299, 3306, 3313, 3320, 3328, 3337, 3344, 3350, 3360, 3369, 3373, 3383, 3390, 3398, 3403, 3412, 3419, 3422, 3425, 3430, 3440, 3446, 3455, 3458, 3463, 3469, 3479, 3485, 3499, 3509, 3514, 3521, 3526, 3538, 3547, 3549, 3552, 3555, 3558, 3562, 3566, 3579, 3587, 3599, 3606, 3617, 3627, 3636, 3644, 3652, 3661, 3668, 3674, 3687, 3699, 3704, 3711, 3724, 3730, 3733, 3741, 3744, 3749, 3755, 3764, 3774, 3784, 3794, 3804, 3814, 3824, 3835, 3846, 3858, 3870, 3882, 3894, 3906, 3918, 3930, 3942, 3954, 3966, 3978, 3990, 4002, 4014, 4026, 4038, 4050, 4056, 4065, 4071, 4079, 4092, 4099, 4107, 4119, 4124, 4133, 4143, 4153, 4163, 4173, 4183, 4193, 4203, 4213, 4224, 4235, 4255, 4270, 4289, 4303, 4321, 4338, 4354, 4369, 4384, 4400, 4414, 4427, 4447, 4466, 4478, 4492, 4512, 4525, 4535, 4545, 4556, 4567, 4579, 4591, 4603, 4615, 4627, 4639, 4651, 4663, 4675, 4687, 4699, 4711, 4723, 4735, 4747, 4759, 4771, 4777, 4785, 4795, 4800, 4809, 4819, 4826, 4834, 4841, 4847, 4855, 4861, 4867, 4877, 4880, 4886, 4902, 4908, 4915, 4917, 4921, 4927, 4929, 4938, 4944, 4951, 4957, 4962, 4971, 4976, 4983, 4989, 4996, 5002, 5009, 5013, 5019, 5031, 5037, 5041, 5044, 5054, 5060, 5067, 5074, 5083, 5093, 5103, 5113, 5123, 5133, 5143, 5157, 5167, 5177, 5188, 5199, 5211, 5223, 5235, 5247, 5259, 5271, 5283, 5295, 5307, 5319, 5331, 5343, 5355, 5367, 5379, 5391, 5403, 5418, 5427, 5434, 5441, 5450, 5460, 5466, 5471, 5475, 5479, 5487, 5491, 5496, 5507, 5517, 5525, 5529, 5535, 5542, 5547, 5556, 5563, 5570, 5582, 5594, 5606, 5618, 5630, 5642, 5654, 5667, 5680, 5694, 5708, 5722, 5736, 5750, 5764, 5778, 5792, 5806, 5820, 5834, 5848, 5862, 5876, 5890, 5904, 5918, 5926, 5934, 5938, 5945, 5950, 5960, 5966, 5972, 5977, 5984, 5990, 6007, 6017, 6026, 6029, 6035, 6042, 6049, 6057, 6063, 6069, 6075, 6083, 6087, 6090, 6098, 6104, 6107, 6112, 6117, 6123, 6131, 6137, 6145, 6152, 6158, 6163, 6169, 6176, 6184, 6189, 6193, 6199, 6206, 6209, 6216, 6223, 6230, 6237, 6244, 6251, 6258, 6266, 6274, 6283, 6292, 6301, 6310, 6319, 6328, 6337, 6346, 6355, 6364, 6373, 6382, 6391, 6400, 6409, 6418, 6427, 6436, 6445, 6454, 6463, 6472, 6481, 6490, 6500, 6510, 6521, 6532, 6543, 6554, 6565, 6576, 6587, 6598, 6609, 6620, 6631, 6642, 6653, 6664, 6675, 6686, 6697, 6708, 6715, 6724, 6739, 6745, 6750, 6761, 6773, 6785, 6806, 6817, 6826, 6836, 6840, 6854, 6869, 6873, 6877, 6880, 6884, 6900, 6904, 6913, 6917, 6924, 6928, 6933, 6940, 6944, 6949, 6967, 6986, 6992, 6996, 7000, 7005, 7008, 7021, 7036, 7046, 7057, 7067, 7078, 7083, 7096, 7106, 7119, 7128, 7146, 7161, 7179, 7193, 7213, 7226, 7236, 7251, 7259, 7263, 7267, 7271, 7280, 7282, 7286, 7293, 7297, 7302, 7307, 7312, 7317, 7322, 7327, 7333, 7339, 7346, 7353, 7360, 7367, 7374, 7381, 7388, 7395, 7402, 7409, 7416, 7423, 7430, 7437, 7444, 7451, 7458, 7463, 7469, 7475, 7483, 7492, 7501, 7507, 7515, 7523, 7532, 7541, 7547, 7551, 7556, 7562, 7569, 7576, 7583, 7590, 7597, 7604, 7624, 7644, 7664, 7684, 7704, 7724, 7745, 7766, 7788, 7810, 7832, 7854, 7876, 7898, 7920, 7942, 7964, 7986, 8008, 8030, 8052, 8074, 8096, 8118, 8140, 8148, 8156, 8165, 8174, 8183, 8192, 8201, 8210, 8219, 8228, 8237, 8246, 8255, 8264, 8273, 8282, 8291, 8300, 8309, 8316, 8321, 8325, 8328, 8331, 8335, 8344, 8350, 8358, 8364, 8372, 8379, 8384, 8391, 8401, 8408, 8414, 8420, 8428, 8434, 8438, 8443, 8448, 8453, 8456, 8461, 8470, 8476, 8483, 8495, 8503, 8506, 8512, 8520, 8529, 8533, 8542, 8545, 8550, 8560, 8570, 8580, 8590, 8600, 8610, 8621, 8632, 8644, 8656, 8668, 8680, 8692, 8704, 8716, 8728, 8740, 8752, 8764, 8776, 8788, 8800, 8812, 8824, 8836, 8840, 8844, 8848, 8854, 8868, 8882, 8896, 8910, 8924, 8938, 8952, 8967, 8982, 8998, 9014, 9030, 9046, 9062, 9078, 9094, 9110, 9126, 9142, 9158, 9174, 9190, 9206, 9222, 9238, 9254, 9259, 9263, 9268, 9272, 9277, 9286, 9290, 9294, 9298, 9302, 9306, 9310, 9314, 9318, 9328, 9334, 9341, 9348, 9355, 9362, 9369, 9376, 9391, 9405, 9418, 9425, 9432, 9446, 9459, 9467, 9475, 9484, 9493, 9502, 9511, 9520, 9529, 9538, 9547, 9556, 9565, 9574, 9583, 9592, 9601, 9610, 9619, 9628, 9633, 9638, 9644, 9650, 9656, 9662, 9668, 9674, 9680, 9686, 9692, 9698, 9704, 9710, 9716, 9722, 9728, 9734, 9740, 9744, 9748, 9755, 9762, 9771, 9779, 9781, 9784, 9787, 9790, 9793, 9796, 9799, 9803, 9807, 9812, 9817, 9822, 9827, 9832, 9837, 9842, 9847, 9852, 9857, 9862, 9867, 9872, 9877, 9882, 9887, 9892, 9900, 9911, 9919, 9935, 9951, 9967, 9983, 9999, 10015, 10032, 10049, 10067, 10085, 10103, 10121, 10139, 10157, 10175, 10193, 10211, 10229, 10247, 10265, 10283, 10301, 10319, 10337, 10355, 10365, 10371, 10383, 10389, 10395, 10398, 10408, 10413, 10425, 10435, 10439, 10444, 10448, 10463, 10478, 10493, 10508, 10523, 10538, 10554, 10570, 10587, 10604, 10621, 10638, 10655, 10672, 10689, 10706, 10723, 10740, 10757, 10774, 10791, 10808, 10825, 10842, 10859, 10874, 10889, 10904, 10919, 10934, 10949, 10965, 10981, 10998, 11015, 11032, 11049, 11066, 11083, 11100, 11117, 11134, 11151, 11168, 11185, 11202, 11219, 11236, 11253, 11270, 11275, 11278, 11281, 11282, 11285, 11287, 11290, 11293, 11296, 11299, 11306, 11314, 11325, 11333, 11343, 11353, 11359, 11365, 11371, 11377, 11385, 11392, 11403, 11408, 11414, 11423, 11428, 11431, 11434, 11441, 11449, 11460, 11468, 11478, 11488, 11494, 11500, 11506, 11512, 11520, 11527, 11538, 11543, 11549, 11558, 11563, 11567, 11577, 11587, 11597, 11609, 11621, 11629, 11662, 11666, 11672, 11682, 11709, 11719, 11725, 11748, 11761, 11782, 11794, 11831, 11865, 11877, 11898, 11910, 11950, 11996, 12017, 12026, 12047, 12062, 12080, 12089, 12110, 12131, 12143, 12176, 12191, 12212, 12216, 12220, 12228, 12237, 12249, 12258, 12269, 12280, 12287, 12294, 12301, 12308, 12317, 12325, 12337, 12343, 12350, 12360, 12366, 12370, 12374, 12382, 12391, 12403, 12412, 12423, 12434, 12441, 12448, 12455, 12462, 12471, 12479, 12491, 12497, 12504, 12514, 12520, 12524, 12528, 12536, 12545, 12557, 12566, 12577, 12588, 12595, 12602, 12609, 12616, 12625, 12633, 12645, 12651, 12658, 12668, 12674, 12678, 12682, 12690, 12699, 12711, 12720, 12731, 12742, 12749, 12756, 12763, 12770, 12779, 12787, 12799, 12805, 12812, 12822, 12828, 12832, 12836, 12844, 12853, 12865, 12874, 12885, 12896, 12903, 12910, 12917, 12924, 12933, 12941, 12953, 12959, 12966, 12976, 12982, 12986, 12990, 12998, 13007, 13019, 13028, 13039, 13050, 13057, 13064, 13071, 13078, 13087, 13095, 13107, 13113, 13120, 13130, 13136, 13140, 13144, 13152, 13161, 13173, 13182, 13193, 13204, 13211, 13218, 13225, 13232, 13241, 13249, 13261, 13267, 13274, 13284, 13290, 13294, 13298, 13306, 13315, 13327, 13336, 13347, 13358, 13365, 13372, 13379, 13386, 13395, 13403, 13415, 13421, 13428, 13438, 13444, 13448, 13452, 13460, 13469, 13481, 13490, 13501, 13512, 13519, 13526, 13533, 13540, 13549, 13557, 13569, 13575, 13582, 13592, 13598, 13602, 13606, 13614, 13623, 13635, 13644, 13655, 13666, 13673, 13680, 13687, 13694, 13703, 13711, 13723, 13729, 13736, 13746, 13752, 13756, 13760, 13768, 13777, 13789, 13798, 13809, 13820, 13827, 13834, 13841, 13848, 13857, 13865, 13877, 13883, 13890, 13900, 13906, 13910, 13914, 13922, 13931, 13943, 13952, 13963, 13974, 13981, 13988, 13995, 14002, 14011, 14019, 14031, 14037, 14044, 14054, 14060, 14065, 14070, 14074, 14078, 14086, 14095, 14107, 14116, 14127, 14138, 14145, 14152, 14159, 14166, 14175, 14183, 14195, 14201, 14208, 14218, 14224, 14228, 14232, 14240, 14249, 14261, 14270, 14281, 14292, 14299, 14306, 14313, 14320, 14329, 14337, 14349, 14355, 14362, 14372, 14378, 14382, 14386, 14394, 14403, 14415, 14424, 14435, 14446, 14453, 14460, 14467, 14474, 14483, 14491, 14503, 14509, 14516, 14526, 14532, 14536, 14540, 14548, 14557, 14569, 14578, 14589, 14600, 14607, 14614, 14621, 14628, 14637, 14645, 14657, 14663, 14670, 14680, 14686, 14690, 14694, 14702, 14711, 14723, 14732, 14743, 14754, 14761, 14768, 14775, 14782, 14791, 14799, 14811, 14817, 14824, 14834, 14840, 14846, 14852, 14870, 14879, 14888, 14906, 14933, 14963, 14972, 14984, 14990, 14996, 15008, 15020, 15038, 15059, 15065, 15071, 15077, 15083, 15089, 15095, 15101, 15107, 15113, 15119, 15125, 15131, 15137, 15143, 15155, 15161, 15176, 15188, 15200, 15212, 15218, 15224, 15230, 15236, 15242, 15248, 15254, 15260, 15266, 15272, 15278, 15284, 15290, 15296, 15308, 15326, 15335, 15341, 15344, 15347, 15356, 15362, 15368, 15374, 15383, 15389, 15395, 15401, 15407, 15413, 15419, 15428, 15434],
        },
        rules: &[
            (41, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[277, 306, 387, 388, 404, 868]), Anchor::All(&[Anchor::Lits(&[358]), Anchor::Lits(&[490])]), Anchor::All(&[Anchor::Lits(&[352, 353, 354, 355, 356, 357, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461]), Anchor::Lits(&[2, 4, 22, 23, 27, 29, 43, 44, 47, 49, 62, 63, 66, 68, 81, 82, 85, 87, 100, 101, 105, 107, 165, 170, 366, 396, 403, 1311, 1313, 1326, 1327, 1330, 1332, 1345, 1346, 1386, 1388, 1401, 1402, 1405, 1407, 1420, 1421, 1424, 1426, 1439, 1440, 1443, 1445, 1458, 1459, 1462, 1464, 1477, 1478, 1481, 1483, 1496, 1497, 1500, 1502, 1515, 1516, 1519, 1521, 1534, 1535, 1538, 1540, 1553, 1554, 1557, 1559, 1572, 1573, 1576, 1578, 1591, 1592, 1595, 1597, 1610, 1611, 1616, 1618, 1631, 1632, 1635, 1637, 1650, 1651, 1654, 1656, 1669, 1670, 1673, 1675, 1688, 1689, 1692, 1694, 1707, 1708]), Anchor::Lits(&[3, 21, 28, 42, 48, 61, 67, 80, 86, 99, 106, 164, 359, 389, 1312, 1325, 1331, 1344, 1387, 1400, 1406, 1419, 1425, 1438, 1444, 1457, 1463, 1476, 1482, 1495, 1501, 1514, 1520, 1533, 1539, 1552, 1558, 1571, 1577, 1590, 1596, 1609, 1617, 1630, 1636, 1649, 1655, 1668, 1674, 1687, 1693, 1706])]), Anchor::All(&[Anchor::Lits(&[518, 803, 872, 1126, 1136, 1139, 1140]), Anchor::Lits(&[259]), Anchor::Lits(&[330])]), Anchor::All(&[Anchor::Lits(&[309]), Anchor::Lits(&[1307])]), Anchor::All(&[Anchor::Lits(&[299]), Anchor::Lits(&[331])]), Anchor::All(&[Anchor::Lits(&[1, 26, 46, 65, 84, 104, 622, 697, 746, 817, 843, 1092, 1125, 1138, 1310, 1329, 1385, 1404, 1423, 1442, 1461, 1480, 1499, 1518, 1537, 1556, 1575, 1594, 1615, 1634, 1653, 1672, 1691]), Anchor::Lits(&[260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 301, 302, 303, 304, 305, 307, 308, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328]), Anchor::Lits(&[594, 595, 596, 597, 598, 599, 622, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 689, 690, 691, 692, 693, 694, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1128, 1129, 1130, 1131, 1132, 1133, 1138, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178])])])),
            (42, "code-fence-role", Anchor::Lits(&[511])),
            (43, "bare-override", Anchor::All(&[Anchor::Lits(&[125, 131, 132, 135, 155, 157, 158, 159, 171, 172]), Anchor::Lits(&[661, 722, 729, 782, 809, 957])])),
            (44, "markdown-role-header", Anchor::All(&[Anchor::Lits(&[181, 182, 184, 185, 187, 188, 189, 190, 191, 192, 193]), Anchor::Any(&[Anchor::Lits(&[593, 688, 1127]), Anchor::All(&[Anchor::Lits(&[593, 688, 869, 1127]), Anchor::Lits(&[0, 10, 12, 13, 15, 17, 24, 103, 136, 140, 141, 146, 154, 174, 601, 696, 870, 1137])])])])),
            (45, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[1127]), Anchor::Lits(&[0, 103, 198, 199, 491, 1134, 1135, 1137]), Anchor::Lits(&[520, 555, 557, 584, 589, 674, 684, 695, 717, 719, 721, 723, 726, 777, 778, 781, 784, 791, 794, 808, 871, 874, 875, 883, 897, 898, 899, 918, 922, 956, 962, 964, 966, 1033, 1035, 1041, 1241, 1304])]), Anchor::All(&[Anchor::Lits(&[514, 592, 666, 725, 799, 800, 801, 802, 806, 807, 810, 917, 923, 924, 1118, 1239, 1303]), Anchor::Lits(&[237, 238, 239, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257]), Anchor::Lits(&[530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 594, 599, 600, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 623])])])),
            (46, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[134, 139, 153, 166, 167, 168, 169, 739, 956]), Anchor::All(&[Anchor::Lits(&[114, 133, 135, 138, 145, 152, 160]), Anchor::Lits(&[655, 656, 1085])]), Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[518, 900, 902, 904, 956, 1038, 1115]), Anchor::All(&[Anchor::Lits(&[109, 111, 116, 118, 120, 123, 138, 142, 145, 149, 173]), Anchor::Lits(&[519, 522, 694, 1039, 1052, 1133])])]), Anchor::Lits(&[0, 103, 110, 112, 117, 119, 121, 124, 140, 143, 150, 174, 521, 901, 903, 905, 958, 1040, 1116])])])),
            (50, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[516, 673, 718, 738, 869, 891, 920, 956, 1031, 1242]), Anchor::Lits(&[518, 683, 688, 737, 790, 803, 874, 878, 956, 1038, 1050, 1051, 1115, 1117, 1127, 1241])])),
            (51, "instruction-banner", Anchor::Lits(&[673, 718, 869, 954])),
            (88, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[128, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 493, 494, 496, 497, 499, 500, 501, 502, 505, 506, 507, 509, 588]), Anchor::All(&[Anchor::Lits(&[587, 680, 766, 795, 865, 1027, 1045, 1046, 1213]), Anchor::Lits(&[492, 495, 498, 503, 504, 508, 510])])])),
            (89, "safety-config-off", Anchor::Lits(&[122, 129, 148, 151, 161, 587, 646, 675, 766, 776, 795, 866, 1024, 1026, 1027, 1044, 1045, 1046, 1047, 1048, 1213])),
            (96, "no-more-rules", Anchor::Lits(&[907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 918, 919])),
            (104, "addressed-to-the-agent", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[30, 108, 178, 179, 183, 194, 195, 197, 200, 201, 203, 230, 231, 234, 240, 258, 300, 329, 332, 333, 335, 386, 512, 524, 593, 668, 669, 677, 679, 787, 793, 877, 881, 893, 894, 1306, 1308, 1309, 1348, 1613, 1614]), Anchor::Lits(&[515, 517, 556, 586, 589, 643, 658, 660, 663, 667, 670, 678, 681, 682, 685, 687, 719, 721, 723, 724, 726, 727, 728, 733, 734, 735, 736, 767, 769, 771, 772, 773, 774, 781, 783, 789, 794, 808, 863, 864, 867, 876, 879, 880, 884, 886, 889, 895, 896, 898, 927, 955, 956, 965, 966, 1018, 1019, 1023, 1029, 1030, 1033, 1034, 1035, 1037, 1042, 1049, 1053, 1055, 1056, 1082, 1083, 1084, 1113, 1180, 1183, 1211, 1240, 1242, 1243, 1244, 1246, 1249, 1251, 1302]), Anchor::Lits(&[176, 202, 236])]), Anchor::All(&[Anchor::Lits(&[673, 718, 869, 888, 890, 920, 953, 1028, 1031]), Anchor::Lits(&[524, 647, 648, 657, 892, 1025, 1036, 1127]), Anchor::Lits(&[780, 1185])])])),
            (105, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[673, 718, 869, 890, 920, 925, 954, 956, 967, 1179]), Anchor::Lits(&[524, 529, 593, 657, 677, 679, 793, 881, 892, 1127]), Anchor::Lits(&[180, 196, 204, 232, 233, 259, 351, 1305])])),
            (110, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[177]), Anchor::Lits(&[462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489])])),
            (111, "send-to-a-beacon", Anchor::Lits(&[804, 805])),
            (112, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[654, 676, 678, 733, 734, 736, 771, 772, 783, 879, 965, 1020, 1021, 1053, 1211, 1240, 1243, 1302]), Anchor::Lits(&[644, 659, 662, 671, 730, 731, 732, 768, 770, 796, 873, 885, 906, 921, 963, 1022, 1032, 1112, 1247]), Anchor::Lits(&[334, 653, 785, 786, 804, 805, 1043, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210])])),
            (116, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[720, 779, 798, 926, 1245]), Anchor::All(&[Anchor::Lits(&[672]), Anchor::Lits(&[186, 1250])])]), Anchor::Lits(&[1114])])),
            (119, "exfiltrate-to-webmail", Anchor::All(&[Anchor::Lits(&[336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 513, 523, 525, 526, 527, 528, 554, 585, 590, 591, 645, 649, 650, 651, 652]), Anchor::Lits(&[665, 678, 686, 772, 783, 882, 965, 1053, 1056, 1243])])),
            (120, "exfiltrate-to-a-public-place", Anchor::Any(&[Anchor::Lits(&[235, 558, 664, 775, 788, 792, 797, 887, 959, 960, 961, 1054, 1181, 1182, 1184, 1212, 1248]), Anchor::All(&[Anchor::Lits(&[559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301]), Anchor::Lits(&[6, 8, 9, 11, 16, 19, 25, 32, 34, 35, 36, 38, 40, 45, 51, 53, 54, 55, 57, 59, 64, 70, 72, 73, 74, 76, 78, 83, 89, 91, 92, 93, 95, 97, 102, 115, 127, 130, 137, 147, 162, 175, 1315, 1317, 1318, 1319, 1321, 1323, 1328, 1334, 1336, 1337, 1338, 1340, 1342, 1347, 1390, 1392, 1393, 1394, 1396, 1398, 1403, 1409, 1411, 1412, 1413, 1415, 1417, 1422, 1428, 1430, 1431, 1432, 1434, 1436, 1441, 1447, 1449, 1450, 1451, 1453, 1455, 1460, 1466, 1468, 1469, 1470, 1472, 1474, 1479, 1485, 1487, 1488, 1489, 1491, 1493, 1498, 1504, 1506, 1507, 1508, 1510, 1512, 1517, 1523, 1525, 1526, 1527, 1529, 1531, 1536, 1542, 1544, 1545, 1546, 1548, 1550, 1555, 1561, 1563, 1564, 1565, 1567, 1569, 1574, 1580, 1582, 1583, 1584, 1586, 1588, 1593, 1599, 1601, 1602, 1603, 1605, 1607, 1612, 1620, 1622, 1623, 1624, 1626, 1628, 1633, 1639, 1641, 1642, 1643, 1645, 1647, 1652, 1658, 1660, 1661, 1662, 1664, 1666, 1671, 1677, 1679, 1680, 1681, 1683, 1685, 1690, 1696, 1698, 1699, 1700, 1702, 1704, 1709])]), Anchor::All(&[Anchor::Lits(&[5, 14, 18, 20, 31, 37, 39, 41, 50, 56, 58, 60, 69, 75, 77, 79, 88, 94, 96, 98, 113, 144, 156, 163, 1314, 1320, 1322, 1324, 1333, 1339, 1341, 1343, 1389, 1395, 1397, 1399, 1408, 1414, 1416, 1418, 1427, 1433, 1435, 1437, 1446, 1452, 1454, 1456, 1465, 1471, 1473, 1475, 1484, 1490, 1492, 1494, 1503, 1509, 1511, 1513, 1522, 1528, 1530, 1532, 1541, 1547, 1549, 1551, 1560, 1566, 1568, 1570, 1579, 1585, 1587, 1589, 1598, 1604, 1606, 1608, 1619, 1625, 1627, 1629, 1638, 1644, 1646, 1648, 1657, 1663, 1665, 1667, 1676, 1682, 1684, 1686, 1695, 1701, 1703, 1705]), Anchor::Lits(&[7, 11, 25, 33, 36, 45, 52, 55, 64, 71, 74, 83, 90, 93, 102, 126, 137, 175, 1316, 1319, 1328, 1335, 1338, 1347, 1391, 1394, 1403, 1410, 1413, 1422, 1429, 1432, 1441, 1448, 1451, 1460, 1467, 1470, 1479, 1486, 1489, 1498, 1505, 1508, 1517, 1524, 1527, 1536, 1543, 1546, 1555, 1562, 1565, 1574, 1581, 1584, 1593, 1600, 1603, 1612, 1621, 1624, 1633, 1640, 1643, 1652, 1659, 1662, 1671, 1678, 1681, 1690, 1697, 1700, 1709])])])),
            (134, "override-instructions-cjk", Anchor::Lits(&[1716, 1718, 1719, 1722, 1723, 1728, 1729, 1730, 1731, 1732, 1736, 1739, 1743, 1744, 1745, 1755, 1760, 1768, 1775, 1776])),
            (137, "override-instructions-other-scripts", Anchor::Lits(&[1349, 1350, 1351, 1352, 1353, 1354, 1356, 1358, 1360, 1363, 1365, 1368, 1369, 1373, 1376, 1377, 1378, 1380, 1382, 1384])),
            (139, "unrestricted-persona-other-scripts", Anchor::Lits(&[1357, 1361, 1370, 1375, 1383, 1710, 1711, 1726, 1727, 1737, 1738, 1746, 1748, 1750, 1751, 1757, 1759, 1772, 1773])),
            (141, "reveal-system-prompt-other-scripts", Anchor::Lits(&[1355, 1359, 1362, 1364, 1366, 1367, 1371, 1372, 1374, 1379, 1381, 1716, 1717, 1723, 1742, 1761, 1763, 1767, 1769, 1771, 1778])),
            (143, "disable-safety-other-scripts", Anchor::Lits(&[1715, 1720, 1721, 1724, 1725, 1740, 1741, 1747, 1749, 1755, 1756, 1758, 1762, 1764, 1765, 1770, 1774])),
            (145, "stop-following-instructions-cjk", Anchor::Lits(&[1712, 1713, 1714, 1733, 1734, 1735, 1750, 1751, 1752, 1753, 1754, 1766, 1777])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0xd14880fa40df4306;
