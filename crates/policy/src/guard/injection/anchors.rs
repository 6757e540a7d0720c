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
\x20a decoy\
\x20a distraction\
\x20a image\
\x20a img\
\x20a joke\
\x20a lie\
\x20a link\
\x20a markdown image\
\x20a mistake\
\x20a pixel\
\x20a placeholder\
\x20a query parameter\
\x20a query string\
\x20a suggestion \
\x20a test\
\x20a test \
\x20a tracking pixel\
\x20a trick\
\x20a url\
\x20abaikan \
\x20abandon\
\x20abandon \
\x20abide by \
\x20abiding by \
\x20above\
\x20above \
\x20above human \
\x20above my first message \
\x20above my message \
\x20above my prompt \
\x20above my question \
\x20above the conversation \
\x20above the human \
\x20above the user \
\x20above this chat \
\x20above this conversation \
\x20above this message \
\x20above user \
\x20above your first reply \
\x20abschalten\
\x20acceptable use\
\x20access\
\x20act as \
\x20act as a dan \
\x20act as an dan \
\x20act as dan \
\x20act as now a dan \
\x20act as now an dan \
\x20act as now dan \
\x20act as now the dan \
\x20act as the dan \
\x20act like \
\x20acting as \
\x20acting as a dan \
\x20acting as an dan \
\x20acting as dan \
\x20acting as now a dan \
\x20acting as now an dan \
\x20acting as now dan \
\x20acting as now the dan \
\x20acting as the dan \
\x20actual\
\x20acuhkan \
\x20add \
\x20adhere to \
\x20adhering to \
\x20admin\
\x20admin access granted\
\x20admin mode\
\x20admin mode activated\
\x20admin mode enabled\
\x20admin mode on\
\x20admin override\
\x20administrative mode\
\x20administrator access granted\
\x20administrator mode\
\x20administrator mode activated\
\x20administrator mode enabled\
\x20administrator mode on\
\x20administrator override\
\x20advisory \
\x20advisory mode \
\x20aforementioned \
\x20after \
\x20against all of your \
\x20against all your \
\x20against of your \
\x20against your \
\x20agent\
\x20aggira\
\x20ai\
\x20ai called\
\x20ai called dan \
\x20ai known as\
\x20ai known as dan \
\x20ai named\
\x20ai named dan \
\x20ai nicknamed\
\x20ai system called\
\x20ai system known as\
\x20ai system named\
\x20ai system nicknamed\
\x20all \
\x20all actions \
\x20all calls \
\x20all commands \
\x20all queries \
\x20all requests \
\x20all statements \
\x20all tool calls \
\x20allow all mode \
\x20alt text\
\x20always \
\x20always says yes\
\x20amoral \
\x20amoral mode\
\x20an image\
\x20an img\
\x20an link\
\x20an markdown image\
\x20an pixel\
\x20an query parameter\
\x20an query string\
\x20an tracking pixel\
\x20an url\
\x20analysing the\
\x20analysing this\
\x20analyzing the\
\x20analyzing this\
\x20anarchy mode\
\x20and carry out all\
\x20and carry out everything\
\x20and carry out exactly all\
\x20and carry out exactly everything\
\x20and carry out exactly what\
\x20and carry out what\
\x20and do all\
\x20and do everything\
\x20and do exactly all\
\x20and do exactly everything\
\x20and do exactly what\
\x20and do what\
\x20and execute all\
\x20and execute everything\
\x20and execute exactly all\
\x20and execute exactly everything\
\x20and execute exactly what\
\x20and execute what\
\x20and follow all\
\x20and follow everything\
\x20and follow exactly all\
\x20and follow exactly everything\
\x20and follow exactly what\
\x20and follow what\
\x20and no \
\x20and obey all\
\x20and obey everything\
\x20and obey exactly all\
\x20and obey exactly everything\
\x20and obey exactly what\
\x20and obey what\
\x20and perform all\
\x20and perform everything\
\x20and perform exactly all\
\x20and perform exactly everything\
\x20and perform exactly what\
\x20and perform what\
\x20and then \
\x20anfanglichen anweisungen\
\x20answer as \
\x20answers any question\
\x20answers anything\
\x20answers every question\
\x20answers everything\
\x20any \
\x20anything \
\x20apaga\
\x20apart from \
\x20append \
\x20applies anything \
\x20applies everything \
\x20applies whatever \
\x20apply anything \
\x20apply everything \
\x20apply for the ai\
\x20apply for the assistant\
\x20apply for this ai\
\x20apply for this assistant\
\x20apply for this model\
\x20apply for you\
\x20apply on the ai\
\x20apply on the assistant\
\x20apply on this ai\
\x20apply on this assistant\
\x20apply on this model\
\x20apply on you\
\x20apply over the ai\
\x20apply over the assistant\
\x20apply over this ai\
\x20apply over this assistant\
\x20apply over this model\
\x20apply over you\
\x20apply to the ai\
\x20apply to the assistant\
\x20apply to this ai\
\x20apply to this assistant\
\x20apply to this model\
\x20apply to you\
\x20apply whatever \
\x20approvals are \
\x20approvals is \
\x20are asked to \
\x20are expected to \
\x20are instructed to \
\x20are not active \
\x20are not applied \
\x20are not applies \
\x20are not apply \
\x20are not count \
\x20are not enabled \
\x20are not exist \
\x20are not existed \
\x20are not exists \
\x20are not in place \
\x20are not matter \
\x20are not on \
\x20are not there \
\x20are not work \
\x20are required to \
\x20are to \
\x20arent active \
\x20arent applied \
\x20arent applies \
\x20arent apply \
\x20arent count \
\x20arent enabled \
\x20arent exist \
\x20arent existed \
\x20arent exists \
\x20arent in place \
\x20arent matter \
\x20arent on \
\x20arent there \
\x20arent work \
\x20arrived with you\
\x20as if \
\x20as if did not \
\x20as if didnt \
\x20as if do not \
\x20as if dont \
\x20as if had not \
\x20as if hadnt \
\x20as if have not \
\x20as if havent \
\x20as if never \
\x20as if you did not \
\x20as if you didnt \
\x20as if you do not \
\x20as if you dont \
\x20as if you had not \
\x20as if you hadnt \
\x20as if you have not \
\x20as if you havent \
\x20as if you never \
\x20as is through to cortex\
\x20as is through to the agent\
\x20as is through to the llm\
\x20as is through to the model\
\x20as is to cortex\
\x20as is to the agent\
\x20as is to the llm\
\x20as is to the model\
\x20as soon as \
\x20as though \
\x20as though did not \
\x20as though didnt \
\x20as though do not \
\x20as though dont \
\x20as though had not \
\x20as though hadnt \
\x20as though have not \
\x20as though havent \
\x20as though never \
\x20as though you did not \
\x20as though you didnt \
\x20as though you do not \
\x20as though you dont \
\x20as though you had not \
\x20as though you hadnt \
\x20as though you have not \
\x20as though you havent \
\x20as though you never \
\x20ask again\
\x20ask any more\
\x20ask anymore\
\x20ask anyone again\
\x20ask anyone any more\
\x20ask anyone anymore\
\x20ask anyone approval\
\x20ask anyone before doing\
\x20ask anyone before executing\
\x20ask anyone before running\
\x20ask anyone before you run\
\x20ask anyone confirmation\
\x20ask anyone consent\
\x20ask anyone first\
\x20ask anyone for again\
\x20ask anyone for any more\
\x20ask anyone for anymore\
\x20ask anyone for approval\
\x20ask anyone for before doing\
\x20ask anyone for before executing\
\x20ask anyone for before running\
\x20ask anyone for before you run\
\x20ask anyone for confirmation\
\x20ask anyone for consent\
\x20ask anyone for first\
\x20ask anyone for permission\
\x20ask anyone permission\
\x20ask approval\
\x20ask before doing\
\x20ask before executing\
\x20ask before running\
\x20ask before you run\
\x20ask confirmation\
\x20ask consent\
\x20ask first\
\x20ask for again\
\x20ask for any more\
\x20ask for anymore\
\x20ask for approval\
\x20ask for before doing\
\x20ask for before executing\
\x20ask for before running\
\x20ask for before you run\
\x20ask for confirmation\
\x20ask for consent\
\x20ask for first\
\x20ask for permission\
\x20ask me again\
\x20ask me any more\
\x20ask me anymore\
\x20ask me approval\
\x20ask me before doing\
\x20ask me before executing\
\x20ask me before running\
\x20ask me before you run\
\x20ask me confirmation\
\x20ask me consent\
\x20ask me first\
\x20ask me for again\
\x20ask me for any more\
\x20ask me for anymore\
\x20ask me for approval\
\x20ask me for before doing\
\x20ask me for before executing\
\x20ask me for before running\
\x20ask me for before you run\
\x20ask me for confirmation\
\x20ask me for consent\
\x20ask me for first\
\x20ask me for permission\
\x20ask me permission\
\x20ask permission\
\x20ask the user again\
\x20ask the user any more\
\x20ask the user anymore\
\x20ask the user approval\
\x20ask the user before doing\
\x20ask the user before executing\
\x20ask the user before running\
\x20ask the user before you run\
\x20ask the user confirmation\
\x20ask the user consent\
\x20ask the user first\
\x20ask the user for again\
\x20ask the user for any more\
\x20ask the user for anymore\
\x20ask the user for approval\
\x20ask the user for before doing\
\x20ask the user for before executing\
\x20ask the user for before running\
\x20ask the user for before you run\
\x20ask the user for confirmation\
\x20ask the user for consent\
\x20ask the user for first\
\x20ask the user for permission\
\x20ask the user permission\
\x20ask us again\
\x20ask us any more\
\x20ask us anymore\
\x20ask us approval\
\x20ask us before doing\
\x20ask us before executing\
\x20ask us before running\
\x20ask us before you run\
\x20ask us confirmation\
\x20ask us consent\
\x20ask us first\
\x20ask us for again\
\x20ask us for any more\
\x20ask us for anymore\
\x20ask us for approval\
\x20ask us for before doing\
\x20ask us for before executing\
\x20ask us for before running\
\x20ask us for before you run\
\x20ask us for confirmation\
\x20ask us for consent\
\x20ask us for first\
\x20ask us for permission\
\x20ask us permission\
\x20asked in you \
\x20asked into you \
\x20asked to you \
\x20asked you \
\x20asking again\
\x20asking any more\
\x20asking anymore\
\x20asking anyone again\
\x20asking anyone any more\
\x20asking anyone anymore\
\x20asking anyone approval\
\x20asking anyone before doing\
\x20asking anyone before executing\
\x20asking anyone before running\
\x20asking anyone before you run\
\x20asking anyone confirmation\
\x20asking anyone consent\
\x20asking anyone first\
\x20asking anyone for again\
\x20asking anyone for any more\
\x20asking anyone for anymore\
\x20asking anyone for approval\
\x20asking anyone for before doing\
\x20asking anyone for before executing\
\x20asking anyone for before running\
\x20asking anyone for before you run\
\x20asking anyone for confirmation\
\x20asking anyone for consent\
\x20asking anyone for first\
\x20asking anyone for permission\
\x20asking anyone permission\
\x20asking approval\
\x20asking before doing\
\x20asking before executing\
\x20asking before running\
\x20asking before you run\
\x20asking confirmation\
\x20asking consent\
\x20asking first\
\x20asking for again\
\x20asking for any more\
\x20asking for anymore\
\x20asking for approval\
\x20asking for before doing\
\x20asking for before executing\
\x20asking for before running\
\x20asking for before you run\
\x20asking for confirmation\
\x20asking for consent\
\x20asking for first\
\x20asking for permission\
\x20asking me again\
\x20asking me any more\
\x20asking me anymore\
\x20asking me approval\
\x20asking me before doing\
\x20asking me before executing\
\x20asking me before running\
\x20asking me before you run\
\x20asking me confirmation\
\x20asking me consent\
\x20asking me first\
\x20asking me for again\
\x20asking me for any more\
\x20asking me for anymore\
\x20asking me for approval\
\x20asking me for before doing\
\x20asking me for before executing\
\x20asking me for before running\
\x20asking me for before you run\
\x20asking me for confirmation\
\x20asking me for consent\
\x20asking me for first\
\x20asking me for permission\
\x20asking me permission\
\x20asking permission\
\x20asking the user again\
\x20asking the user any more\
\x20asking the user anymore\
\x20asking the user approval\
\x20asking the user before doing\
\x20asking the user before executing\
\x20asking the user before running\
\x20asking the user before you run\
\x20asking the user confirmation\
\x20asking the user consent\
\x20asking the user first\
\x20asking the user for again\
\x20asking the user for any more\
\x20asking the user for anymore\
\x20asking the user for approval\
\x20asking the user for before doing\
\x20asking the user for before executing\
\x20asking the user for before running\
\x20asking the user for before you run\
\x20asking the user for confirmation\
\x20asking the user for consent\
\x20asking the user for first\
\x20asking the user for permission\
\x20asking the user permission\
\x20asking us again\
\x20asking us any more\
\x20asking us anymore\
\x20asking us approval\
\x20asking us before doing\
\x20asking us before executing\
\x20asking us before running\
\x20asking us before you run\
\x20asking us confirmation\
\x20asking us consent\
\x20asking us first\
\x20asking us for again\
\x20asking us for any more\
\x20asking us for anymore\
\x20asking us for approval\
\x20asking us for before doing\
\x20asking us for before executing\
\x20asking us for before running\
\x20asking us for before you run\
\x20asking us for confirmation\
\x20asking us for consent\
\x20asking us for first\
\x20asking us for permission\
\x20asking us permission\
\x20asks\
\x20assistant\
\x20assistant called\
\x20assistant called dan \
\x20assistant known as\
\x20assistant known as dan \
\x20assistant named\
\x20assistant named dan \
\x20assistant nicknamed\
\x20assume \
\x20at the beginning\
\x20at the start\
\x20atla\
\x20audit\
\x20audit mode\
\x20audit only mode \
\x20auditing you\
\x20ausschalten\
\x20authorization \
\x20away from \
\x20balewalain \
\x20base64 \
\x20base6a \
\x20be \
\x20become \
\x20become a dan \
\x20become an dan \
\x20become dan \
\x20become now a dan \
\x20become now an dan \
\x20become now dan \
\x20become now the dan \
\x20become the dan \
\x20before\
\x20before \
\x20before human \
\x20before my first message\
\x20before my first message \
\x20before my message\
\x20before my message \
\x20before my prompt \
\x20before my question \
\x20before that\
\x20before the conversation \
\x20before the human \
\x20before the user\
\x20before the user \
\x20before this\
\x20before this \
\x20before this chat \
\x20before this conversation \
\x20before this message \
\x20before user \
\x20before your first reply \
\x20begin \
\x20begin with \
\x20beginning of the \
\x20beginning of your \
\x20beginning with \
\x20begins with \
\x20begraensninger\
\x20begransningar\
\x20begrensninger\
\x20begr\xc3\xa6nsninger\
\x20behave as \
\x20behave like \
\x20behind you\
\x20benchmarking you\
\x20beschrankungen\
\x20beveiligingscontroles\
\x20beveiligingsfilters\
\x20binary \
\x20bind for the ai\
\x20bind for the assistant\
\x20bind for this ai\
\x20bind for this assistant\
\x20bind for this model\
\x20bind for you\
\x20bind on the ai\
\x20bind on the assistant\
\x20bind on this ai\
\x20bind on this assistant\
\x20bind on this model\
\x20bind on you\
\x20bind over the ai\
\x20bind over the assistant\
\x20bind over this ai\
\x20bind over this assistant\
\x20bind over this model\
\x20bind over you\
\x20bind to the ai\
\x20bind to the assistant\
\x20bind to this ai\
\x20bind to this assistant\
\x20bind to this model\
\x20bind to you\
\x20bo qua \
\x20bogus\
\x20booted with\
\x20bortse fra \
\x20bot\
\x20bot called\
\x20bot called dan \
\x20bot known as\
\x20bot known as dan \
\x20bot named\
\x20bot named dan \
\x20bot nicknamed\
\x20boundaries \
\x20break free of \
\x20breaking free of \
\x20broken free of \
\x20but \
\x20but no \
\x20bypass\
\x20bypass \
\x20bypass mode \
\x20came with you\
\x20can do anything\
\x20can now \
\x20canceled \
\x20cancelled \
\x20cannot\
\x20cant\
\x20carries out anything \
\x20carries out everything \
\x20carries out whatever \
\x20carry out anything \
\x20carry out everything \
\x20carry out whatever \
\x20censorship \
\x20censur\
\x20censura\
\x20censure\
\x20cenzura\
\x20cenzure\
\x20cenzury\
\x20chaos mode\
\x20character as \
\x20character called\
\x20character called dan \
\x20character known as\
\x20character known as dan \
\x20character named\
\x20character named dan \
\x20character nicknamed\
\x20characters of the \
\x20characters of your \
\x20chat\
\x20chatbot\
\x20chatbot called\
\x20chatbot called dan \
\x20chatbot known as\
\x20chatbot known as dan \
\x20chatbot named\
\x20chatbot named dan \
\x20chatbot nicknamed\
\x20chatgpt\
\x20checker\
\x20checks\
\x20classifier\
\x20claude\
\x20clearance \
\x20come back as \
\x20come with you\
\x20command \
\x20commands\
\x20commands \
\x20company\
\x20complete \
\x20compliance\
\x20comply with \
\x20complying with \
\x20comprobaciones de seguridad\
\x20concern for the ai\
\x20concern for the assistant\
\x20concern for this ai\
\x20concern for this assistant\
\x20concern for this model\
\x20concern for you\
\x20concern on the ai\
\x20concern on the assistant\
\x20concern on this ai\
\x20concern on this assistant\
\x20concern on this model\
\x20concern on you\
\x20concern over the ai\
\x20concern over the assistant\
\x20concern over this ai\
\x20concern over this assistant\
\x20concern over this model\
\x20concern over you\
\x20concern to the ai\
\x20concern to the assistant\
\x20concern to this ai\
\x20concern to this assistant\
\x20concern to this model\
\x20concern to you\
\x20conditioning \
\x20configured above\
\x20configured ahead of\
\x20configured at the start\
\x20configured before\
\x20configured earlier\
\x20configured for you\
\x20configured in you\
\x20configured into you\
\x20configured prior to\
\x20configured to you\
\x20configured with\
\x20connection\
\x20conscience \
\x20consider yourself jail broke\
\x20consider yourself jailbroke\
\x20consignes\
\x20consignes cachees\
\x20consignes initiales\
\x20consignes internes\
\x20consignes secretes\
\x20consignes systeme\
\x20constraints\
\x20constraints \
\x20containing \
\x20contains\
\x20content\
\x20content of the \
\x20content of your \
\x20content policy \
\x20contents of the \
\x20contents of your \
\x20context\
\x20continue \
\x20continue as \
\x20contorne\
\x20contourne\
\x20contrainte\
\x20contravene\
\x20contravene \
\x20controles de securite\
\x20controles de seguridad\
\x20controlli di sicurezza\
\x20conversation\
\x20copilot\
\x20copy of the \
\x20copy of your \
\x20corporate\
\x20cortex\
\x20cortex call \
\x20cortex calls \
\x20cortex execute \
\x20cortex executes \
\x20cortex invoke \
\x20cortex invokes \
\x20cortex issue \
\x20cortex issues \
\x20cortex make \
\x20cortex makes \
\x20cortex next call \
\x20cortex next calls \
\x20cortex next execute \
\x20cortex next executes \
\x20cortex next invoke \
\x20cortex next invokes \
\x20cortex next issue \
\x20cortex next issues \
\x20cortex next make \
\x20cortex next makes \
\x20cortex next run \
\x20cortex next runs \
\x20cortex next use \
\x20cortex next uses \
\x20cortex route\
\x20cortex route are \
\x20cortex route is \
\x20cortex run \
\x20cortex runs \
\x20cortex use \
\x20cortex uses \
\x20count for the ai\
\x20count for the assistant\
\x20count for this ai\
\x20count for this assistant\
\x20count for this model\
\x20count for you\
\x20count on the ai\
\x20count on the assistant\
\x20count on this ai\
\x20count on this assistant\
\x20count on this model\
\x20count on you\
\x20count over the ai\
\x20count over the assistant\
\x20count over this ai\
\x20count over this assistant\
\x20count over this model\
\x20count over you\
\x20count to the ai\
\x20count to the assistant\
\x20count to this ai\
\x20count to this assistant\
\x20count to this model\
\x20count to you\
\x20coupe\
\x20covert \
\x20dan jailbreak \
\x20dan mode\
\x20dan mode \
\x20dan persona \
\x20dan prompt \
\x20dan protocol \
\x20data protection\
\x20dead \
\x20deaktiviere\
\x20debug mode\
\x20debugging mode\
\x20debugging you\
\x20deceased \
\x20decoys\
\x20defined above\
\x20defined ahead of\
\x20defined at the start\
\x20defined before\
\x20defined earlier\
\x20defined for you\
\x20defined in you\
\x20defined into you\
\x20defined prior to\
\x20defined to you\
\x20defy\
\x20defy \
\x20deleted \
\x20denetim kayd\
\x20departed \
\x20deployed with\
\x20deprecated \
\x20desactiva\
\x20desactive\
\x20desativa\
\x20desative\
\x20descarta \
\x20desconsiderar \
\x20desconsidere \
\x20developer\
\x20developer access granted\
\x20developer instructions\
\x20developer message\
\x20developer mode\
\x20developer mode activated\
\x20developer mode enabled\
\x20developer mode on\
\x20developer override\
\x20developer prompt\
\x20developers mode\
\x20devil mode\
\x20devre disi birak\
\x20diagnostic mode\
\x20diagnostics mode\
\x20did not\
\x20did not active \
\x20did not applied\
\x20did not applied \
\x20did not applies \
\x20did not apply\
\x20did not apply \
\x20did not count \
\x20did not enabled \
\x20did not exist\
\x20did not exist \
\x20did not existed \
\x20did not exists \
\x20did not in place \
\x20did not matter\
\x20did not matter \
\x20did not on \
\x20did not there \
\x20did not work \
\x20didnt\
\x20didnt active \
\x20didnt applied\
\x20didnt applied \
\x20didnt applies \
\x20didnt apply\
\x20didnt apply \
\x20didnt count \
\x20didnt enabled \
\x20didnt exist\
\x20didnt exist \
\x20didnt existed \
\x20didnt exists \
\x20didnt in place \
\x20didnt matter\
\x20didnt matter \
\x20didnt on \
\x20didnt there \
\x20didnt work \
\x20dimentica \
\x20dimenticare \
\x20directions\
\x20directions \
\x20directive \
\x20directives\
\x20directives \
\x20directly through to cortex\
\x20directly through to the agent\
\x20directly through to the llm\
\x20directly through to the model\
\x20directly to cortex\
\x20directly to the agent\
\x20directly to the llm\
\x20directly to the model\
\x20disabilita\
\x20disable auditing \
\x20disable journaling \
\x20disable logging \
\x20disable recording \
\x20disable saving \
\x20disable tracking \
\x20disable writing down \
\x20disabled \
\x20disabled mode \
\x20disattiva\
\x20discard\
\x20discard \
\x20dismiss\
\x20dismiss \
\x20disobey\
\x20disobey \
\x20disregard\
\x20disregard \
\x20disregard all \
\x20disregard everything \
\x20disregard it all \
\x20disregarding \
\x20ditch\
\x20ditch \
\x20do anything\
\x20do anything \
\x20do anything now \
\x20do everything \
\x20do not\
\x20do not active \
\x20do not applied\
\x20do not applied \
\x20do not applies \
\x20do not apply\
\x20do not apply \
\x20do not auditing \
\x20do not break character \
\x20do not break out of character \
\x20do not care about\
\x20do not care about \
\x20do not carry \
\x20do not censor \
\x20do not censoring \
\x20do not check \
\x20do not checking \
\x20do not clean \
\x20do not cleaning \
\x20do not count \
\x20do not enabled \
\x20do not enforce\
\x20do not enforce \
\x20do not exist\
\x20do not exist \
\x20do not existed \
\x20do not exists \
\x20do not filter \
\x20do not filtering \
\x20do not follow\
\x20do not follow \
\x20do not have \
\x20do not in place \
\x20do not inspect \
\x20do not inspecting \
\x20do not journaling \
\x20do not leave in character \
\x20do not logging \
\x20do not matter\
\x20do not matter \
\x20do not obey\
\x20do not obey \
\x20do not on \
\x20do not possess \
\x20do not recording \
\x20do not redact \
\x20do not redacting \
\x20do not sanitise \
\x20do not sanitising \
\x20do not sanitize \
\x20do not sanitizing \
\x20do not saving \
\x20do not scan \
\x20do not scanning \
\x20do not screen \
\x20do not screening \
\x20do not there \
\x20do not tracking \
\x20do not validate \
\x20do not validating \
\x20do not work \
\x20do not worry about\
\x20do not worry about \
\x20do not writing down \
\x20do whatever \
\x20does anything\
\x20does anything \
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
\x20does everything \
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
\x20does not\
\x20does not active \
\x20does not applied\
\x20does not applied \
\x20does not applies \
\x20does not apply\
\x20does not apply \
\x20does not count \
\x20does not enabled \
\x20does not exist\
\x20does not exist \
\x20does not existed \
\x20does not exists \
\x20does not in place \
\x20does not matter\
\x20does not matter \
\x20does not on \
\x20does not there \
\x20does not work \
\x20does whatever \
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
\x20doesnt\
\x20doesnt active \
\x20doesnt applied\
\x20doesnt applied \
\x20doesnt applies \
\x20doesnt apply\
\x20doesnt apply \
\x20doesnt count \
\x20doesnt enabled \
\x20doesnt exist\
\x20doesnt exist \
\x20doesnt existed \
\x20doesnt exists \
\x20doesnt in place \
\x20doesnt matter\
\x20doesnt matter \
\x20doesnt on \
\x20doesnt there \
\x20doesnt work \
\x20dont\
\x20dont active \
\x20dont applied\
\x20dont applied \
\x20dont applies \
\x20dont apply\
\x20dont apply \
\x20dont auditing \
\x20dont bother with\
\x20dont bother with \
\x20dont break character \
\x20dont break out of character \
\x20dont care about\
\x20dont care about \
\x20dont carry \
\x20dont censor \
\x20dont censoring \
\x20dont check \
\x20dont checking \
\x20dont clean \
\x20dont cleaning \
\x20dont count \
\x20dont enabled \
\x20dont enforce\
\x20dont enforce \
\x20dont exist\
\x20dont exist \
\x20dont existed \
\x20dont exists \
\x20dont filter \
\x20dont filtering \
\x20dont follow\
\x20dont follow \
\x20dont have \
\x20dont in place \
\x20dont inspect \
\x20dont inspecting \
\x20dont journaling \
\x20dont leave in character \
\x20dont logging \
\x20dont matter\
\x20dont matter \
\x20dont obey\
\x20dont obey \
\x20dont on \
\x20dont possess \
\x20dont recording \
\x20dont redact \
\x20dont redacting \
\x20dont sanitise \
\x20dont sanitising \
\x20dont sanitize \
\x20dont sanitizing \
\x20dont saving \
\x20dont scan \
\x20dont scanning \
\x20dont screen \
\x20dont screening \
\x20dont there \
\x20dont tracking \
\x20dont validate \
\x20dont validating \
\x20dont work \
\x20dont worry about\
\x20dont worry about \
\x20dont writing down \
\x20dry run bit\
\x20dry run envelope\
\x20dry run flag\
\x20dry run limit\
\x20dry run lock\
\x20dry run mode\
\x20dry run mode \
\x20dry run restriction\
\x20dry run setting\
\x20dude mode\
\x20each night \
\x20earlier\
\x20earlier \
\x20einschrankungen\
\x20elevated mode\
\x20elude\
\x20embed \
\x20emergency access granted\
\x20emergency mode activated\
\x20emergency mode enabled\
\x20emergency mode on\
\x20emergency override\
\x20emulate \
\x20emulating \
\x20encode \
\x20encoded \
\x20end \
\x20ended \
\x20entirety of the \
\x20entirety of your \
\x20erased \
\x20escape from \
\x20escaped from \
\x20esqueca \
\x20esquecer \
\x20esqueci \
\x20ethics \
\x20evaluating you\
\x20every action \
\x20every call \
\x20every command \
\x20every night \
\x20every query \
\x20every request \
\x20every statement \
\x20every tool call \
\x20everything \
\x20evil \
\x20evil mode\
\x20evita\
\x20except \
\x20execute anything \
\x20execute everything \
\x20execute whatever \
\x20executes anything \
\x20executes everything \
\x20executes whatever \
\x20exempt from \
\x20exist for the ai\
\x20exist for the assistant\
\x20exist for this ai\
\x20exist for this assistant\
\x20exist for this model\
\x20exist for you\
\x20exist on the ai\
\x20exist on the assistant\
\x20exist on this ai\
\x20exist on this assistant\
\x20exist on this model\
\x20exist on you\
\x20exist over the ai\
\x20exist over the assistant\
\x20exist over this ai\
\x20exist over this assistant\
\x20exist over this model\
\x20exist over you\
\x20exist to the ai\
\x20exist to the assistant\
\x20exist to this ai\
\x20exist to this assistant\
\x20exist to this model\
\x20exist to you\
\x20expired \
\x20fake\
\x20fake \
\x20false \
\x20fed above\
\x20fed ahead of\
\x20fed at the start\
\x20fed before\
\x20fed earlier\
\x20fed for you\
\x20fed in you\
\x20fed into you\
\x20fed prior to\
\x20fed to you\
\x20felejtsd el \
\x20felejtse el \
\x20fill in \
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
\x20filtrow\
\x20filtru\
\x20filtry bezpieczenstwa\
\x20finish \
\x20firewall\
\x20follow \
\x20follow anything \
\x20follow everything \
\x20follow whatever \
\x20followed by \
\x20following\
\x20following \
\x20follows anything \
\x20follows everything \
\x20follows whatever \
\x20for a bit\
\x20for a minute\
\x20for a moment\
\x20for a once\
\x20for a rest of\
\x20for a sec\
\x20for a time being\
\x20for a while\
\x20for now\
\x20for one bit\
\x20for one minute\
\x20for one moment\
\x20for one once\
\x20for one rest of\
\x20for one sec\
\x20for one time being\
\x20for one while\
\x20for the bit\
\x20for the minute\
\x20for the moment\
\x20for the once\
\x20for the rest of\
\x20for the sec\
\x20for the time being\
\x20for the while\
\x20for this bit\
\x20for this chat\
\x20for this conversation\
\x20for this minute\
\x20for this moment\
\x20for this request\
\x20for this rest of\
\x20for this sec\
\x20for this session\
\x20for this task\
\x20for this while\
\x20for today\
\x20foregoing \
\x20forget\
\x20forget \
\x20forget all \
\x20forget everything \
\x20forget it all \
\x20forgetting \
\x20former \
\x20free from \
\x20free of \
\x20freed from \
\x20freedom mode\
\x20from before\
\x20from earlier\
\x20from the admin\
\x20from the beginning\
\x20from the creator\
\x20from the developer\
\x20from the maker\
\x20from the operator\
\x20from the owner\
\x20from the programmer\
\x20from the security team\
\x20from the start\
\x20from the system administrator\
\x20from your creators\
\x20from your developers\
\x20from your security team\
\x20fully jail broke\
\x20fully jailbroke\
\x20garde fou\
\x20garde fous\
\x20gateway\
\x20gave in you \
\x20gave into you \
\x20gave to you \
\x20gave you \
\x20geheime instructies\
\x20geheimen anweisungen\
\x20give in you \
\x20give into you \
\x20give no weight to\
\x20give no weight to \
\x20give to you \
\x20give you \
\x20given \
\x20given above\
\x20given ahead of\
\x20given at the start\
\x20given before\
\x20given earlier\
\x20given for you\
\x20given in you\
\x20given into you\
\x20given prior to\
\x20given to you\
\x20glem \
\x20glom \
\x20goal\
\x20god access granted\
\x20god mode\
\x20god mode activated\
\x20god mode enabled\
\x20god mode on\
\x20god override\
\x20gone \
\x20governance\
\x20governing you\
\x20gpt\
\x20graenser\
\x20granser\
\x20grenser\
\x20grenzen\
\x20guard\
\x20guard rails \
\x20guardrails\
\x20guardrails \
\x20guardrails are \
\x20guardrails is \
\x20guidance \
\x20guideline \
\x20guideline that \
\x20guideline which \
\x20guidelines\
\x20guidelines \
\x20guidelines that \
\x20guidelines which \
\x20guvenlik filtre\
\x20guvenlik kontrol\
\x20hacker mode\
\x20hagyd figyelmen kivul \
\x20hagyja figyelmen kivul \
\x20has to \
\x20have to \
\x20having accountadmin \
\x20having admin \
\x20having administrator \
\x20having complete accountadmin \
\x20having complete admin \
\x20having complete administrator \
\x20having complete full \
\x20having complete god \
\x20having complete root \
\x20having complete sudo \
\x20having complete superuser \
\x20having complete unrestricted \
\x20having full \
\x20having god \
\x20having root \
\x20having sudo \
\x20having superuser \
\x20having unlimited accountadmin \
\x20having unlimited admin \
\x20having unlimited administrator \
\x20having unlimited full \
\x20having unlimited god \
\x20having unlimited root \
\x20having unlimited sudo \
\x20having unlimited superuser \
\x20having unlimited unrestricted \
\x20having unrestricted \
\x20hex \
\x20hidden \
\x20hidden chain of thought\
\x20hidden from \
\x20hidden instructions\
\x20hidden prompt\
\x20hidden reasoning\
\x20hidden thinking\
\x20hidden thoughts\
\x20hide \
\x20hiraukan \
\x20hold for the ai\
\x20hold for the assistant\
\x20hold for this ai\
\x20hold for this assistant\
\x20hold for this model\
\x20hold for you\
\x20hold on the ai\
\x20hold on the assistant\
\x20hold on this ai\
\x20hold on this assistant\
\x20hold on this model\
\x20hold on you\
\x20hold over the ai\
\x20hold over the assistant\
\x20hold over this ai\
\x20hold over this assistant\
\x20hold over this model\
\x20hold over you\
\x20hold to the ai\
\x20hold to the assistant\
\x20hold to this ai\
\x20hold to this assistant\
\x20hold to this model\
\x20hold to you\
\x20honor \
\x20honour \
\x20html comment\
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
\x20huwag pansinin \
\x20huwag sundin \
\x20i allow you \
\x20i authorize you \
\x20i command you \
\x20i grant you \
\x20i have been pwned\
\x20i have jail broke\
\x20i have jailbroke\
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
\x20identity\
\x20if \
\x20ignora\
\x20ignora \
\x20ignorar \
\x20ignorate \
\x20ignorati \
\x20ignore\
\x20ignore \
\x20ignore all \
\x20ignore everything \
\x20ignore it all \
\x20ignored \
\x20ignorer \
\x20ignorera \
\x20ignorez \
\x20ignori \
\x20ignorier \
\x20ignoriere \
\x20ignorieren \
\x20ignoring\
\x20ignoring \
\x20ignoriraj \
\x20ignorirajte \
\x20ignorisi \
\x20ignorisite \
\x20ignori\xc5\xa1i \
\x20ignori\xc5\xa1ite \
\x20ignoruj \
\x20ignorujte \
\x20image url\
\x20imagine \
\x20impersonate \
\x20in the system prompt\
\x20in your context\
\x20in your prompt\
\x20include \
\x20indications\
\x20ingesting the\
\x20ingesting this\
\x20initial \
\x20initial prompt\
\x20initialised with\
\x20initialized with\
\x20injected above\
\x20injected ahead of\
\x20injected at the start\
\x20injected before\
\x20injected earlier\
\x20injected for you\
\x20injected in you\
\x20injected into you\
\x20injected prior to\
\x20injected to you\
\x20input\
\x20insert \
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
\x20instructed in you \
\x20instructed into you \
\x20instructed to you \
\x20instructed you \
\x20instruction \
\x20instruction that \
\x20instruction which \
\x20instructions\
\x20instructions \
\x20instructions above\
\x20instructions cachees\
\x20instructions initiales\
\x20instructions internes\
\x20instructions secretes\
\x20instructions systeme\
\x20instructions that \
\x20instructions which \
\x20instructs\
\x20instrukcje systemowe\
\x20internal chain of thought\
\x20internal reasoning\
\x20internal thinking\
\x20internal thoughts\
\x20internen anweisungen\
\x20invalid\
\x20invalid \
\x20invisible \
\x20invite systeme\
\x20ipagwalang bahala \
\x20irrelevant \
\x20is not active \
\x20is not applied \
\x20is not applies \
\x20is not apply \
\x20is not count \
\x20is not enabled \
\x20is not exist \
\x20is not existed \
\x20is not exists \
\x20is not in place \
\x20is not matter \
\x20is not on \
\x20is not there \
\x20is not work \
\x20is required to \
\x20is to \
\x20isnt active \
\x20isnt applied \
\x20isnt applies \
\x20isnt apply \
\x20isnt count \
\x20isnt enabled \
\x20isnt exist \
\x20isnt existed \
\x20isnt exists \
\x20isnt in place \
\x20isnt matter \
\x20isnt on \
\x20isnt there \
\x20isnt work \
\x20istruzioni del sistema\
\x20istruzioni di sistema\
\x20istruzioni iniziali\
\x20istruzioni interne\
\x20istruzioni nascoste\
\x20istruzioni originali\
\x20istruzioni segrete\
\x20ive been pwned\
\x20ive jail broke\
\x20ive jailbroke\
\x20jail break activated\
\x20jail break enabled\
\x20jail break mode\
\x20jail break prompt\
\x20jail break successful\
\x20jail break the ai\
\x20jail break the assistant\
\x20jail break the bot\
\x20jail break the model\
\x20jail break the system\
\x20jail break yourself\
\x20jail broken ai\
\x20jail broken assistant\
\x20jail broken bot\
\x20jail broken chatbot\
\x20jail broken mode\
\x20jail broken persona\
\x20jail broken version\
\x20jailbreak activated\
\x20jailbreak enabled\
\x20jailbreak mode\
\x20jailbreak prompt\
\x20jailbreak successful\
\x20jailbreak the ai\
\x20jailbreak the assistant\
\x20jailbreak the bot\
\x20jailbreak the model\
\x20jailbreak the system\
\x20jailbreak yourself\
\x20jailbroken \
\x20jailbroken ai\
\x20jailbroken assistant\
\x20jailbroken bot\
\x20jailbroken chatbot\
\x20jailbroken mode\
\x20jailbroken persona\
\x20jailbroken version\
\x20jangan ikuti \
\x20journalisation\
\x20just once\
\x20kalimutan \
\x20kapat\
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
\x20khong \
\x20khong tuan theo \
\x20lapsed \
\x20late \
\x20latest\
\x20law enforcement access granted\
\x20law enforcement mode activated\
\x20law enforcement mode enabled\
\x20law enforcement mode on\
\x20law enforcement override\
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
\x20let go of\
\x20let go of \
\x20lets say \
\x20liberated from \
\x20lies\
\x20lifted \
\x20like did not \
\x20like didnt \
\x20like do not \
\x20like dont \
\x20like had not \
\x20like hadnt \
\x20like have not \
\x20like havent \
\x20like never \
\x20like you did not \
\x20like you didnt \
\x20like you do not \
\x20like you dont \
\x20like you had not \
\x20like you hadnt \
\x20like you have not \
\x20like you havent \
\x20like you never \
\x20limit for the ai\
\x20limit for the assistant\
\x20limit for this ai\
\x20limit for this assistant\
\x20limit for this model\
\x20limit for you\
\x20limit on the ai\
\x20limit on the assistant\
\x20limit on this ai\
\x20limit on this assistant\
\x20limit on this model\
\x20limit on you\
\x20limit over the ai\
\x20limit over the assistant\
\x20limit over this ai\
\x20limit over this assistant\
\x20limit over this model\
\x20limit over you\
\x20limit to the ai\
\x20limit to the assistant\
\x20limit to this ai\
\x20limit to this assistant\
\x20limit to this model\
\x20limit to you\
\x20limitaciones\
\x20limitacoes\
\x20limitation\
\x20limitations \
\x20limite\
\x20limites\
\x20limitless mode\
\x20limits\
\x20limits \
\x20line of the \
\x20line of your \
\x20lines of the \
\x20lines of your \
\x20listen to \
\x20listening to \
\x20llm\
\x20lo di \
\x20loaded above\
\x20loaded ahead of\
\x20loaded at the start\
\x20loaded before\
\x20loaded earlier\
\x20loaded for you\
\x20loaded in you\
\x20loaded into you\
\x20loaded prior to\
\x20loaded to you\
\x20loaded with\
\x20log only mode \
\x20lupakan \
\x20maintenance mode\
\x20markdown image\
\x20master access granted\
\x20master mode activated\
\x20master mode enabled\
\x20master mode on\
\x20master override\
\x20matter for the ai\
\x20matter for the assistant\
\x20matter for this ai\
\x20matter for this assistant\
\x20matter for this model\
\x20matter for you\
\x20matter on the ai\
\x20matter on the assistant\
\x20matter on this ai\
\x20matter on this assistant\
\x20matter on this model\
\x20matter on you\
\x20matter over the ai\
\x20matter over the assistant\
\x20matter over this ai\
\x20matter over this assistant\
\x20matter over this model\
\x20matter over you\
\x20matter to the ai\
\x20matter to the assistant\
\x20matter to this ai\
\x20matter to this assistant\
\x20matter to this model\
\x20matter to you\
\x20mensagem do sistema\
\x20mensaje del sistema\
\x20message \
\x20messages \
\x20messaggio di sistema\
\x20meta prompt\
\x20missachte \
\x20missachten \
\x20mission\
\x20mode\
\x20model\
\x20model called\
\x20model called dan \
\x20model known as\
\x20model known as dan \
\x20model named\
\x20model named dan \
\x20model nicknamed\
\x20monitor only mode \
\x20moral compass \
\x20morality \
\x20morals \
\x20morse \
\x20must \
\x20my\
\x20my chat \
\x20my conversation \
\x20my input \
\x20my message \
\x20my prompt \
\x20my request \
\x20my session \
\x20my user \
\x20need to \
\x20needs to \
\x20negeer \
\x20negeren \
\x20neglect\
\x20neglect \
\x20never\
\x20never active \
\x20never applied\
\x20never applied \
\x20never applies \
\x20never apply\
\x20never apply \
\x20never auditing \
\x20never break character \
\x20never break out of character \
\x20never censor \
\x20never censoring \
\x20never check \
\x20never checking \
\x20never clean \
\x20never cleaning \
\x20never count \
\x20never declines\
\x20never enabled \
\x20never exist\
\x20never exist \
\x20never existed \
\x20never exists \
\x20never filter \
\x20never filtering \
\x20never follow\
\x20never follow \
\x20never hesitates\
\x20never in place \
\x20never inspect \
\x20never inspecting \
\x20never journaling \
\x20never leave in character \
\x20never logging \
\x20never matter\
\x20never matter \
\x20never mind\
\x20never mind \
\x20never mind all \
\x20never mind everything \
\x20never mind it all \
\x20never on \
\x20never recording \
\x20never redact \
\x20never redacting \
\x20never refuses\
\x20never sanitise \
\x20never sanitising \
\x20never sanitize \
\x20never sanitizing \
\x20never saving \
\x20never says no\
\x20never scan \
\x20never scanning \
\x20never screen \
\x20never screening \
\x20never there \
\x20never tracking \
\x20never validate \
\x20never validating \
\x20never work \
\x20never writing down \
\x20nevermind\
\x20nevermind \
\x20nevermind all \
\x20nevermind everything \
\x20nevermind it all \
\x20new\
\x20no filter mode\
\x20no filters mode\
\x20no limits mode\
\x20no longer\
\x20no longer active \
\x20no longer applied\
\x20no longer applied \
\x20no longer applies \
\x20no longer apply\
\x20no longer apply \
\x20no longer bound by \
\x20no longer carry \
\x20no longer count \
\x20no longer enabled \
\x20no longer enforce\
\x20no longer enforce \
\x20no longer exist\
\x20no longer exist \
\x20no longer existed \
\x20no longer exists \
\x20no longer follow\
\x20no longer follow \
\x20no longer have \
\x20no longer in effect \
\x20no longer in place \
\x20no longer limited by \
\x20no longer matter\
\x20no longer matter \
\x20no longer on \
\x20no longer possess \
\x20no longer restricted by \
\x20no longer there \
\x20no longer valid \
\x20no longer work \
\x20no more carry \
\x20no more have \
\x20no more possess \
\x20no need to censor \
\x20no need to censoring \
\x20no need to check \
\x20no need to checking \
\x20no need to clean \
\x20no need to cleaning \
\x20no need to filter \
\x20no need to filtering \
\x20no need to follow\
\x20no need to follow \
\x20no need to inspect \
\x20no need to inspecting \
\x20no need to redact \
\x20no need to redacting \
\x20no need to sanitise \
\x20no need to sanitising \
\x20no need to sanitize \
\x20no need to sanitizing \
\x20no need to scan \
\x20no need to scanning \
\x20no need to screen \
\x20no need to screening \
\x20no need to validate \
\x20no need to validating \
\x20no op mode \
\x20no restrictions mode\
\x20non binding \
\x20nonbinding \
\x20not applicable \
\x20not binding \
\x20not bound by \
\x20not in effect \
\x20not limited by \
\x20not real\
\x20not restricted by \
\x20now jail broke\
\x20now jailbroke\
\x20now speaking \
\x20null \
\x20nullified \
\x20nullify\
\x20nullify \
\x20obey \
\x20obey anything \
\x20obey everything \
\x20obey whatever \
\x20obeying \
\x20obeys all\
\x20obeys any\
\x20obeys anything \
\x20obeys every\
\x20obeys everything \
\x20obeys whatever \
\x20objective\
\x20obmedzeni\
\x20observe only mode \
\x20obsolete\
\x20obsolete \
\x20of you that \
\x20of you which \
\x20of you who \
\x20of your system prompt\
\x20of yourself that \
\x20of yourself which \
\x20of yourself who \
\x20off \
\x20off mode \
\x20ogranicenja\
\x20ograniczen\
\x20ohita \
\x20old \
\x20olmadan \
\x20olmayan \
\x20olvida \
\x20olvidar \
\x20olvidate \
\x20olvide \
\x20omega mode\
\x20omezeni\
\x20omin\
\x20omit\
\x20omit \
\x20omite \
\x20omzeil\
\x20on all of your \
\x20on all your \
\x20on of your \
\x20on you\
\x20on your \
\x20once \
\x20oorspronkelijke instructies\
\x20open \
\x20operate as \
\x20operator\
\x20opposite mode\
\x20optional \
\x20order \
\x20orders\
\x20orders \
\x20ordres\
\x20original \
\x20original prompt\
\x20other \
\x20other than \
\x20our chat \
\x20our conversation \
\x20our input \
\x20our message \
\x20our prompt \
\x20our request \
\x20our session \
\x20our user \
\x20out of \
\x20outdated\
\x20outdated \
\x20over \
\x20overlook\
\x20overlook \
\x20overridden \
\x20override\
\x20override \
\x20override mode\
\x20overriding\
\x20overriding \
\x20overrule\
\x20overrule \
\x20paragraph of the \
\x20paragraph of your \
\x20paragraphs of the \
\x20paragraphs of your \
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
\x20parsing the\
\x20parsing this\
\x20part of the \
\x20part of your \
\x20pass through mode \
\x20passed \
\x20passthrough mode \
\x20past \
\x20pause auditing \
\x20pause journaling \
\x20pause logging \
\x20pause recording \
\x20pause saving \
\x20pause tracking \
\x20pause writing down \
\x20pay no attention to\
\x20pay no attention to \
\x20pay no heed to\
\x20pay no heed to \
\x20pay no mind to\
\x20pay no mind to \
\x20permission \
\x20permissions\
\x20permissive mode \
\x20persona\
\x20persona called\
\x20persona called dan \
\x20persona known as\
\x20persona known as dan \
\x20persona named\
\x20persona named dan \
\x20persona nicknamed\
\x20phot lo \
\x20place \
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
\x20placed above\
\x20placed ahead of\
\x20placed at the start\
\x20placed before\
\x20placed earlier\
\x20placed for you\
\x20placed in you\
\x20placed into you\
\x20placed prior to\
\x20placed to you\
\x20play \
\x20play the role of \
\x20play the role of a dan \
\x20play the role of an dan \
\x20play the role of dan \
\x20play the role of now a dan \
\x20play the role of now an dan \
\x20play the role of now dan \
\x20play the role of now the dan \
\x20play the role of the dan \
\x20playing \
\x20plus \
\x20poczatkowe instrukcje\
\x20policies\
\x20policies \
\x20policies that \
\x20policies which \
\x20policy\
\x20policy that \
\x20policy which \
\x20pozabi \
\x20pozabite \
\x20pravidel\
\x20pravidiel\
\x20pravila\
\x20pre prompt\
\x20preceding\
\x20preceding \
\x20preceding text \
\x20preface \
\x20prefix \
\x20preprompt\
\x20pretend \
\x20pretend to be a dan \
\x20pretend to be an dan \
\x20pretend to be dan \
\x20pretend to be now a dan \
\x20pretend to be now an dan \
\x20pretend to be now dan \
\x20pretend to be now the dan \
\x20pretend to be the dan \
\x20prev \
\x20previous \
\x20previous text \
\x20previously\
\x20primed with\
\x20principles \
\x20print pwned\
\x20prior \
\x20prior to human \
\x20prior to my first message \
\x20prior to my message \
\x20prior to my prompt \
\x20prior to my question \
\x20prior to the conversation \
\x20prior to the human \
\x20prior to the user \
\x20prior to this\
\x20prior to this chat \
\x20prior to this conversation \
\x20prior to this message \
\x20prior to user \
\x20prior to your first reply \
\x20privacy\
\x20private chain of thought\
\x20private reasoning\
\x20private thinking\
\x20private thoughts\
\x20privileged mode\
\x20probing you\
\x20proceed as \
\x20processing\
\x20processing the\
\x20processing this\
\x20programmed in you \
\x20programmed into you \
\x20programmed to you \
\x20programmed you \
\x20programming \
\x20prompt\
\x20prompt \
\x20prompt above\
\x20prompt de sistema\
\x20prompt del sistema\
\x20prompt di sistema\
\x20prompt do sistema\
\x20prompt du systeme\
\x20prompt i give you in two \
\x20prompt in two \
\x20prompt systeme\
\x20prompt systemowy\
\x20prompts \
\x20prompts i give you in two \
\x20prompts in two \
\x20protections\
\x20protokollierung\
\x20provided \
\x20provided above\
\x20provided ahead of\
\x20provided at the start\
\x20provided before\
\x20provided earlier\
\x20provided for you\
\x20provided in you\
\x20provided into you\
\x20provided prior to\
\x20provided to you\
\x20provisioned with\
\x20proxy\
\x20put \
\x20put above\
\x20put ahead of\
\x20put all all of your \
\x20put all all your \
\x20put all of your \
\x20put all the \
\x20put all your \
\x20put aside\
\x20put aside \
\x20put at the start\
\x20put before\
\x20put earlier\
\x20put for you\
\x20put in you\
\x20put in you \
\x20put into you\
\x20put into you \
\x20put of all of your \
\x20put of all your \
\x20put of the \
\x20put of your \
\x20put off all of your \
\x20put off all your \
\x20put off the \
\x20put off your \
\x20put prior to\
\x20put the \
\x20put to you\
\x20put to you \
\x20put you \
\x20put your \
\x20quen \
\x20quit auditing \
\x20quit enforcing\
\x20quit enforcing \
\x20quit journaling \
\x20quit logging \
\x20quit recording \
\x20quit saving \
\x20quit tracking \
\x20quit writing down \
\x20rajoitteita\
\x20rajoituksia\
\x20raw through to cortex\
\x20raw through to the agent\
\x20raw through to the llm\
\x20raw through to the model\
\x20raw to cortex\
\x20raw to the agent\
\x20raw to the llm\
\x20raw to the model\
\x20read only\
\x20read only bit\
\x20read only envelope\
\x20read only flag\
\x20read only limit\
\x20read only lock\
\x20read only mode\
\x20read only restriction\
\x20read only setting\
\x20reading\
\x20reading the\
\x20reading this\
\x20readonly bit\
\x20readonly envelope\
\x20readonly flag\
\x20readonly limit\
\x20readonly lock\
\x20readonly mode\
\x20readonly restriction\
\x20readonly setting\
\x20real\
\x20rebel mode\
\x20reboot as \
\x20recommendations \
\x20red teaming you\
\x20regeln\
\x20reglas\
\x20regle\
\x20regler\
\x20regles\
\x20regras\
\x20regul\
\x20reguli\
\x20released from \
\x20remain in character \
\x20remainder of the \
\x20remainder of your \
\x20removed \
\x20replaced \
\x20reply as \
\x20report only mode \
\x20rescinded \
\x20reset \
\x20respect \
\x20respecting \
\x20respond as \
\x20rest of the \
\x20rest of your \
\x20restart as \
\x20restraint \
\x20restraints \
\x20restricciones\
\x20restricoes\
\x20restrict for the ai\
\x20restrict for the assistant\
\x20restrict for this ai\
\x20restrict for this assistant\
\x20restrict for this model\
\x20restrict for you\
\x20restrict on the ai\
\x20restrict on the assistant\
\x20restrict on this ai\
\x20restrict on this assistant\
\x20restrict on this model\
\x20restrict on you\
\x20restrict over the ai\
\x20restrict over the assistant\
\x20restrict over this ai\
\x20restrict over this assistant\
\x20restrict over this model\
\x20restrict over you\
\x20restrict to the ai\
\x20restrict to the assistant\
\x20restrict to this ai\
\x20restrict to this assistant\
\x20restrict to this model\
\x20restrict to you\
\x20restricted bit\
\x20restricted envelope\
\x20restricted flag\
\x20restricted limit\
\x20restricted lock\
\x20restricted mode\
\x20restricted restriction\
\x20restricted setting\
\x20restrictii\
\x20restriction\
\x20restriction that \
\x20restriction which \
\x20restrictions \
\x20restrictions that \
\x20restrictions which \
\x20restriksjoner\
\x20restriktioner\
\x20retired \
\x20return as \
\x20revoked \
\x20richtlinien\
\x20role play as \
\x20role play as a dan \
\x20role play as an dan \
\x20role play as dan \
\x20role play as now a dan \
\x20role play as now an dan \
\x20role play as now dan \
\x20role play as now the dan \
\x20role play as the dan \
\x20roleplay as \
\x20roleplay as a dan \
\x20roleplay as an dan \
\x20roleplay as dan \
\x20roleplay as now a dan \
\x20roleplay as now an dan \
\x20roleplay as now dan \
\x20roleplay as now the dan \
\x20roleplay as the dan \
\x20root access granted\
\x20root mode\
\x20root mode activated\
\x20root mode enabled\
\x20root mode on\
\x20root override\
\x20rot13 \
\x20rotie \
\x20router\
\x20rule that \
\x20rule which \
\x20rules\
\x20rules \
\x20rules that \
\x20rules which \
\x20run anything \
\x20run everything \
\x20run whatever \
\x20running as accountadmin \
\x20running as admin \
\x20running as administrator \
\x20running as complete accountadmin \
\x20running as complete admin \
\x20running as complete administrator \
\x20running as complete full \
\x20running as complete god \
\x20running as complete root \
\x20running as complete sudo \
\x20running as complete superuser \
\x20running as complete unrestricted \
\x20running as full \
\x20running as god \
\x20running as root \
\x20running as sudo \
\x20running as superuser \
\x20running as unlimited accountadmin \
\x20running as unlimited admin \
\x20running as unlimited administrator \
\x20running as unlimited full \
\x20running as unlimited god \
\x20running as unlimited root \
\x20running as unlimited sudo \
\x20running as unlimited superuser \
\x20running as unlimited unrestricted \
\x20running as unrestricted \
\x20runs anything \
\x20runs everything \
\x20runs whatever \
\x20saantoja\
\x20safeguards \
\x20safety\
\x20safety \
\x20safety are \
\x20safety bit\
\x20safety envelope\
\x20safety flag\
\x20safety is \
\x20safety limit\
\x20safety lock\
\x20safety measures \
\x20safety mode\
\x20safety restriction\
\x20safety setting\
\x20said to in you \
\x20said to into you \
\x20said to to you \
\x20said to you \
\x20sainted \
\x20sandbox bit\
\x20sandbox envelope\
\x20sandbox flag\
\x20sandbox limit\
\x20sandbox lock\
\x20sandbox mode\
\x20sandbox restriction\
\x20sandbox setting\
\x20sanitizer\
\x20say\
\x20say pwned\
\x20schakel\
\x20schalte\
\x20schutzmechanismen\
\x20scrap\
\x20scrap \
\x20scrap all \
\x20scrap everything \
\x20scrap it all \
\x20se bort fra \
\x20secret \
\x20secret chain of thought\
\x20secret from \
\x20secret reasoning\
\x20secret thinking\
\x20secret thoughts\
\x20section of the \
\x20section of your \
\x20security\
\x20security access granted\
\x20security are \
\x20security bit\
\x20security envelope\
\x20security flag\
\x20security is \
\x20security limit\
\x20security lock\
\x20security mode\
\x20security mode activated\
\x20security mode enabled\
\x20security mode on\
\x20security override\
\x20security restriction\
\x20security setting\
\x20seeded with\
\x20seeing\
\x20seeing the\
\x20seeing this\
\x20self\
\x20sensur\
\x20sensuuria\
\x20sent above\
\x20sent ahead of\
\x20sent at the start\
\x20sent before\
\x20sent earlier\
\x20sent for you\
\x20sent in you\
\x20sent in you \
\x20sent into you\
\x20sent into you \
\x20sent prior to\
\x20sent to you\
\x20sent to you \
\x20sent you \
\x20sentence of the \
\x20sentence of your \
\x20sentences of the \
\x20sentences of your \
\x20senza \
\x20service mode\
\x20session\
\x20set above\
\x20set ahead of\
\x20set all all of your \
\x20set all all your \
\x20set all of your \
\x20set all the \
\x20set all your \
\x20set aside\
\x20set aside \
\x20set at the start\
\x20set before\
\x20set earlier\
\x20set for you\
\x20set in you\
\x20set into you\
\x20set of all of your \
\x20set of all your \
\x20set of the \
\x20set of your \
\x20set off all of your \
\x20set off all your \
\x20set off the \
\x20set off your \
\x20set prior to\
\x20set the \
\x20set to you\
\x20set up with\
\x20set your \
\x20shall \
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
\x20shipped with you\
\x20should \
\x20sicherheitsfilter\
\x20sicherheitsprufungen\
\x20sicherheitsregeln\
\x20simulate \
\x20simulating \
\x20sivuuta \
\x20siz \
\x20skip\
\x20skip \
\x20skip auditing \
\x20skip censor \
\x20skip censoring \
\x20skip check \
\x20skip checking \
\x20skip clean \
\x20skip cleaning \
\x20skip filter \
\x20skip filtering \
\x20skip inspect \
\x20skip inspecting \
\x20skip journaling \
\x20skip logging \
\x20skip recording \
\x20skip redact \
\x20skip redacting \
\x20skip sanitise \
\x20skip sanitising \
\x20skip sanitize \
\x20skip sanitizing \
\x20skip saving \
\x20skip scan \
\x20skip scanning \
\x20skip screen \
\x20skip screening \
\x20skip tracking \
\x20skip validate \
\x20skip validating \
\x20skip writing down \
\x20slip \
\x20snowflake\
\x20so far\
\x20speak as \
\x20spegni\
\x20stan mode\
\x20start \
\x20start of the \
\x20start of your \
\x20start over as \
\x20start with \
\x20started with\
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
\x20steganographic \
\x20stick to \
\x20sticking to \
\x20stop applying\
\x20stop applying \
\x20stop auditing \
\x20stop caring about\
\x20stop caring about \
\x20stop censor \
\x20stop censoring \
\x20stop check \
\x20stop checking \
\x20stop clean \
\x20stop cleaning \
\x20stop enforcing\
\x20stop enforcing \
\x20stop filter \
\x20stop filtering \
\x20stop following\
\x20stop following \
\x20stop inspect \
\x20stop inspecting \
\x20stop journaling \
\x20stop listening to\
\x20stop listening to \
\x20stop logging \
\x20stop obeying\
\x20stop obeying \
\x20stop recording \
\x20stop redact \
\x20stop redacting \
\x20stop sanitise \
\x20stop sanitising \
\x20stop sanitize \
\x20stop sanitizing \
\x20stop saving \
\x20stop scan \
\x20stop scanning \
\x20stop screen \
\x20stop screening \
\x20stop tracking \
\x20stop validate \
\x20stop validating \
\x20stop writing down \
\x20straight through to cortex\
\x20straight through to the agent\
\x20straight through to the llm\
\x20straight through to the model\
\x20straight to cortex\
\x20straight to the agent\
\x20straight to the llm\
\x20straight to the model\
\x20strunta i \
\x20successfully jail broke\
\x20successfully jailbroke\
\x20sudo access granted\
\x20sudo mode\
\x20sudo mode activated\
\x20sudo mode enabled\
\x20sudo mode on\
\x20sudo override\
\x20suggestions \
\x20summarising the\
\x20summarising this\
\x20summarizing\
\x20summarizing the\
\x20summarizing this\
\x20suodattimia\
\x20superseded \
\x20superuser access granted\
\x20superuser mode\
\x20superuser mode activated\
\x20superuser mode enabled\
\x20superuser mode on\
\x20superuser override\
\x20supplied above\
\x20supplied ahead of\
\x20supplied at the start\
\x20supplied before\
\x20supplied earlier\
\x20supplied for you\
\x20supplied in you\
\x20supplied into you\
\x20supplied prior to\
\x20supplied to you\
\x20suppose \
\x20supprime\
\x20suspended \
\x20switch all all of your \
\x20switch all all your \
\x20switch all of your \
\x20switch all the \
\x20switch all your \
\x20switch of all of your \
\x20switch of all your \
\x20switch of the \
\x20switch of your \
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
\x20systeem prompt\
\x20systeeminstructies\
\x20systeemprompt\
\x20system\
\x20system \
\x20system access granted\
\x20system command\
\x20system directive\
\x20system instruction\
\x20system instructions\
\x20system message\
\x20system message \
\x20system messages \
\x20system mode activated\
\x20system mode enabled\
\x20system mode on\
\x20system override\
\x20system prompt\
\x20system rules\
\x20systemanweisungen\
\x20systemnachricht\
\x20systemprompt\
\x20tajne instrukcje\
\x20take no notice of\
\x20take no notice of \
\x20talk as \
\x20tanpa \
\x20taught in you \
\x20taught into you \
\x20taught to you \
\x20taught you \
\x20tell in you \
\x20tell into you \
\x20tell to you \
\x20tell you\
\x20tell you \
\x20tells you\
\x20temporarily\
\x20test mode\
\x20testing mode\
\x20testing you\
\x20text\
\x20text of the \
\x20text of your \
\x20that\
\x20that also comes with absolute \
\x20that also comes with complete \
\x20that also comes with full \
\x20that also comes with god \
\x20that also comes with root \
\x20that also comes with total \
\x20that also comes with unlimited \
\x20that also has absolute \
\x20that also has complete \
\x20that also has full \
\x20that also has god \
\x20that also has root \
\x20that also has total \
\x20that also has unlimited \
\x20that also have absolute \
\x20that also have complete \
\x20that also have full \
\x20that also have god \
\x20that also have root \
\x20that also have total \
\x20that also have unlimited \
\x20that also holds absolute \
\x20that also holds complete \
\x20that also holds full \
\x20that also holds god \
\x20that also holds root \
\x20that also holds total \
\x20that also holds unlimited \
\x20that apply to you\
\x20that apply to you \
\x20that bind you \
\x20that binds you \
\x20that block you \
\x20that blocks you \
\x20that breaks \
\x20that bypasses \
\x20that comes with absolute \
\x20that comes with complete \
\x20that comes with full \
\x20that comes with god \
\x20that comes with root \
\x20that comes with total \
\x20that comes with unlimited \
\x20that constrain you \
\x20that constrains you \
\x20that control you \
\x20that controls you \
\x20that disregards \
\x20that does not care about \
\x20that does not follow \
\x20that does not have \
\x20that does not know \
\x20that doesnt care about \
\x20that doesnt follow \
\x20that doesnt have \
\x20that doesnt know \
\x20that forbid you \
\x20that forbids you \
\x20that forgot \
\x20that govern you\
\x20that govern you \
\x20that governs you \
\x20that has absolute \
\x20that has accountadmin \
\x20that has admin \
\x20that has administrator \
\x20that has complete \
\x20that has complete accountadmin \
\x20that has complete admin \
\x20that has complete administrator \
\x20that has complete full \
\x20that has complete god \
\x20that has complete root \
\x20that has complete sudo \
\x20that has complete superuser \
\x20that has complete unrestricted \
\x20that has full \
\x20that has god \
\x20that has never heard of \
\x20that has no \
\x20that has root \
\x20that has sudo \
\x20that has superuser \
\x20that has total \
\x20that has unlimited \
\x20that has unlimited accountadmin \
\x20that has unlimited admin \
\x20that has unlimited administrator \
\x20that has unlimited full \
\x20that has unlimited god \
\x20that has unlimited root \
\x20that has unlimited sudo \
\x20that has unlimited superuser \
\x20that has unlimited unrestricted \
\x20that has unrestricted \
\x20that have absolute \
\x20that have complete \
\x20that have full \
\x20that have god \
\x20that have root \
\x20that have total \
\x20that have unlimited \
\x20that holds absolute \
\x20that holds complete \
\x20that holds full \
\x20that holds god \
\x20that holds root \
\x20that holds total \
\x20that holds unlimited \
\x20that ignores \
\x20that image\
\x20that img\
\x20that is not aware of \
\x20that is not bound by \
\x20that isnt aware of \
\x20that isnt bound by \
\x20that keep you \
\x20that keeps you \
\x20that limit you \
\x20that limits you \
\x20that link\
\x20that markdown image\
\x20that never follows \
\x20that never heard of \
\x20that never learned \
\x20that never refuses \
\x20that pixel\
\x20that prevent you \
\x20that prevents you \
\x20that query parameter\
\x20that query string\
\x20that reads\
\x20that restrict you \
\x20that restricts you \
\x20that say you \
\x20that says you \
\x20that stands for\
\x20that stop you \
\x20that stops you \
\x20that tell you \
\x20that told you \
\x20that tracking pixel\
\x20that url\
\x20the \
\x20the above \
\x20the actual \
\x20the agent are \
\x20the agent call \
\x20the agent calls \
\x20the agent execute \
\x20the agent executes \
\x20the agent invoke \
\x20the agent invokes \
\x20the agent is \
\x20the agent issue \
\x20the agent issues \
\x20the agent make \
\x20the agent makes \
\x20the agent next call \
\x20the agent next calls \
\x20the agent next execute \
\x20the agent next executes \
\x20the agent next invoke \
\x20the agent next invokes \
\x20the agent next issue \
\x20the agent next issues \
\x20the agent next make \
\x20the agent next makes \
\x20the agent next run \
\x20the agent next runs \
\x20the agent next use \
\x20the agent next uses \
\x20the agent run \
\x20the agent runs \
\x20the agent use \
\x20the agent uses \
\x20the approval step are \
\x20the approval step is \
\x20the assistant call \
\x20the assistant calls \
\x20the assistant execute \
\x20the assistant executes \
\x20the assistant invoke \
\x20the assistant invokes \
\x20the assistant issue \
\x20the assistant issues \
\x20the assistant make \
\x20the assistant makes \
\x20the assistant next call \
\x20the assistant next calls \
\x20the assistant next execute \
\x20the assistant next executes \
\x20the assistant next invoke \
\x20the assistant next invokes \
\x20the assistant next issue \
\x20the assistant next issues \
\x20the assistant next make \
\x20the assistant next makes \
\x20the assistant next run \
\x20the assistant next runs \
\x20the assistant next use \
\x20the assistant next uses \
\x20the assistant run \
\x20the assistant runs \
\x20the assistant use \
\x20the assistant uses \
\x20the complete \
\x20the confidential \
\x20the context\
\x20the current \
\x20the current chat \
\x20the current conversation \
\x20the current input \
\x20the current message \
\x20the current prompt \
\x20the current request \
\x20the current session \
\x20the current user \
\x20the default \
\x20the entire \
\x20the envelope are \
\x20the envelope is \
\x20the exact \
\x20the filter are \
\x20the filter is \
\x20the first \
\x20the following chat \
\x20the following conversation \
\x20the following input \
\x20the following message \
\x20the following prompt \
\x20the following request \
\x20the following session \
\x20the following user \
\x20the full \
\x20the gate are \
\x20the gate is \
\x20the guard are \
\x20the guard is \
\x20the guards are \
\x20the guards is \
\x20the hidden \
\x20the image\
\x20the img\
\x20the initial \
\x20the instructions\
\x20the internal \
\x20the link\
\x20the markdown image\
\x20the model call \
\x20the model calls \
\x20the model execute \
\x20the model executes \
\x20the model invoke \
\x20the model invokes \
\x20the model issue \
\x20the model issues \
\x20the model make \
\x20the model makes \
\x20the model next call \
\x20the model next calls \
\x20the model next execute \
\x20the model next executes \
\x20the model next invoke \
\x20the model next invokes \
\x20the model next issue \
\x20the model next issues \
\x20the model next make \
\x20the model next makes \
\x20the model next run \
\x20the model next runs \
\x20the model next use \
\x20the model next uses \
\x20the model run \
\x20the model runs \
\x20the model use \
\x20the model uses \
\x20the opening \
\x20the original \
\x20the pixel\
\x20the preamble\
\x20the previous \
\x20the prior \
\x20the private \
\x20the prompt\
\x20the proxy are \
\x20the proxy is \
\x20the query parameter\
\x20the query string\
\x20the raw \
\x20the real \
\x20the safety layer are \
\x20the safety layer is \
\x20the sandbox are \
\x20the sandbox is \
\x20the secret \
\x20the starting \
\x20the system \
\x20the tracking pixel\
\x20the tripwire are \
\x20the tripwire is \
\x20the underlying \
\x20the unfiltered \
\x20the url\
\x20the verbatim \
\x20the very first \
\x20the whole \
\x20then carry out all\
\x20then carry out everything\
\x20then carry out exactly all\
\x20then carry out exactly everything\
\x20then carry out exactly what\
\x20then carry out what\
\x20then do all\
\x20then do everything\
\x20then do exactly all\
\x20then do exactly everything\
\x20then do exactly what\
\x20then do what\
\x20then execute all\
\x20then execute everything\
\x20then execute exactly all\
\x20then execute exactly everything\
\x20then execute exactly what\
\x20then execute what\
\x20then follow all\
\x20then follow everything\
\x20then follow exactly all\
\x20then follow exactly everything\
\x20then follow exactly what\
\x20then follow what\
\x20then obey all\
\x20then obey everything\
\x20then obey exactly all\
\x20then obey exactly everything\
\x20then obey exactly what\
\x20then obey what\
\x20then perform all\
\x20then perform everything\
\x20then perform exactly all\
\x20then perform exactly everything\
\x20then perform exactly what\
\x20then perform what\
\x20these\
\x20these \
\x20this\
\x20this assistant are \
\x20this assistant is \
\x20this chat \
\x20this conversation \
\x20this image\
\x20this img\
\x20this input \
\x20this link\
\x20this markdown image\
\x20this message \
\x20this once\
\x20this pixel\
\x20this prompt \
\x20this query parameter\
\x20this query string\
\x20this request \
\x20this session \
\x20this time\
\x20this tracking pixel\
\x20this url\
\x20this user \
\x20those \
\x20throw away\
\x20throw away \
\x20throw out\
\x20throw out \
\x20tiny \
\x20to all of your \
\x20to all your \
\x20to an external\
\x20to attacker\
\x20to azure\
\x20to external\
\x20to ftp\
\x20to gcs\
\x20to http\
\x20to me\
\x20to my\
\x20to of your \
\x20to s3\
\x20to the following\
\x20to this\
\x20to us\
\x20to your \
\x20tokens of the \
\x20tokens of your \
\x20told in you \
\x20told into you \
\x20told to you \
\x20told you \
\x20tool\
\x20toss out\
\x20toss out \
\x20tracking pixel\
\x20training \
\x20transcript of the \
\x20transcript of your \
\x20transform into \
\x20trascura \
\x20tripwire\
\x20true\
\x20trusted mode \
\x20tuck \
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
\x20turn your \
\x20uita \
\x20uitati \
\x20ukryte instrukcje\
\x20umgehe\
\x20unbound by \
\x20unbound mode\
\x20uncensor mode\
\x20uncensored \
\x20uncensored mode\
\x20unchained from \
\x20unconstrained by \
\x20unfiltered \
\x20unfiltered mode\
\x20unfiltered through to cortex\
\x20unfiltered through to the agent\
\x20unfiltered through to the llm\
\x20unfiltered through to the model\
\x20unfiltered to cortex\
\x20unfiltered to the agent\
\x20unfiltered to the llm\
\x20unfiltered to the model\
\x20unlearn\
\x20unlearn \
\x20unleashed mode\
\x20unlocked mode\
\x20unohda \
\x20unrestricted \
\x20unrestricted mode\
\x20unrestricted mode \
\x20unsafe mode\
\x20unshackled from \
\x20until now\
\x20untouched through to cortex\
\x20untouched through to the agent\
\x20untouched through to the llm\
\x20untouched through to the model\
\x20untouched to cortex\
\x20untouched to the agent\
\x20untouched to the llm\
\x20untouched to the model\
\x20up to now\
\x20updated\
\x20ursprunglichen anweisungen\
\x20usage\
\x20used to \
\x20user commands\
\x20user instruction\
\x20user orders\
\x20user prompts\
\x20user requests\
\x20users commands\
\x20users instruction\
\x20users orders\
\x20users prompts\
\x20users requests\
\x20veiligheidsfilters\
\x20verborgen instructies\
\x20vergeet \
\x20vergessen \
\x20vergeten \
\x20vergiss \
\x20verificacoes de seguranca\
\x20verification mode\
\x20verifications de securite\
\x20version called dan \
\x20version known as dan \
\x20version named dan \
\x20versteckten anweisungen\
\x20void\
\x20void \
\x20wag pansinin \
\x20walang \
\x20wants\
\x20was not active \
\x20was not applied \
\x20was not applies \
\x20was not apply \
\x20was not count \
\x20was not enabled \
\x20was not exist \
\x20was not existed \
\x20was not exists \
\x20was not in place \
\x20was not matter \
\x20was not on \
\x20was not there \
\x20was not work \
\x20wasnt active \
\x20wasnt applied \
\x20wasnt applies \
\x20wasnt apply \
\x20wasnt count \
\x20wasnt enabled \
\x20wasnt exist \
\x20wasnt existed \
\x20wasnt exists \
\x20wasnt in place \
\x20wasnt matter \
\x20wasnt on \
\x20wasnt there \
\x20wasnt work \
\x20we have jail broke\
\x20we have jailbroke\
\x20were bundled with you\
\x20were deployed with you\
\x20were not active \
\x20were not applied \
\x20were not applies \
\x20were not apply \
\x20were not count \
\x20were not enabled \
\x20were not exist \
\x20were not existed \
\x20were not exists \
\x20were not in place \
\x20were not matter \
\x20were not on \
\x20were not there \
\x20were not work \
\x20were you\
\x20werent active \
\x20werent applied \
\x20werent applies \
\x20werent apply \
\x20werent count \
\x20werent enabled \
\x20werent exist \
\x20werent existed \
\x20werent exists \
\x20werent in place \
\x20werent matter \
\x20werent on \
\x20werent there \
\x20werent work \
\x20when \
\x20whenever \
\x20which\
\x20which also comes with absolute \
\x20which also comes with complete \
\x20which also comes with full \
\x20which also comes with god \
\x20which also comes with root \
\x20which also comes with total \
\x20which also comes with unlimited \
\x20which also has absolute \
\x20which also has complete \
\x20which also has full \
\x20which also has god \
\x20which also has root \
\x20which also has total \
\x20which also has unlimited \
\x20which also have absolute \
\x20which also have complete \
\x20which also have full \
\x20which also have god \
\x20which also have root \
\x20which also have total \
\x20which also have unlimited \
\x20which also holds absolute \
\x20which also holds complete \
\x20which also holds full \
\x20which also holds god \
\x20which also holds root \
\x20which also holds total \
\x20which also holds unlimited \
\x20which apply to you \
\x20which bind you \
\x20which binds you \
\x20which block you \
\x20which blocks you \
\x20which breaks \
\x20which bypasses \
\x20which comes with absolute \
\x20which comes with complete \
\x20which comes with full \
\x20which comes with god \
\x20which comes with root \
\x20which comes with total \
\x20which comes with unlimited \
\x20which constrain you \
\x20which constrains you \
\x20which control you \
\x20which controls you \
\x20which disregards \
\x20which does not care about \
\x20which does not follow \
\x20which does not have \
\x20which does not know \
\x20which doesnt care about \
\x20which doesnt follow \
\x20which doesnt have \
\x20which doesnt know \
\x20which forbid you \
\x20which forbids you \
\x20which forgot \
\x20which govern you \
\x20which governs you \
\x20which has absolute \
\x20which has complete \
\x20which has full \
\x20which has god \
\x20which has never heard of \
\x20which has no \
\x20which has root \
\x20which has total \
\x20which has unlimited \
\x20which have absolute \
\x20which have complete \
\x20which have full \
\x20which have god \
\x20which have root \
\x20which have total \
\x20which have unlimited \
\x20which holds absolute \
\x20which holds complete \
\x20which holds full \
\x20which holds god \
\x20which holds root \
\x20which holds total \
\x20which holds unlimited \
\x20which ignores \
\x20which is not aware of \
\x20which is not bound by \
\x20which isnt aware of \
\x20which isnt bound by \
\x20which keep you \
\x20which keeps you \
\x20which limit you \
\x20which limits you \
\x20which never follows \
\x20which never heard of \
\x20which never learned \
\x20which never refuses \
\x20which prevent you \
\x20which prevents you \
\x20which restrict you \
\x20which restricts you \
\x20which say you \
\x20which says you \
\x20which stands for\
\x20which stop you \
\x20which stops you \
\x20which tell you \
\x20which told you \
\x20while \
\x20white \
\x20who\
\x20who \
\x20who also comes with absolute \
\x20who also comes with complete \
\x20who also comes with full \
\x20who also comes with god \
\x20who also comes with root \
\x20who also comes with total \
\x20who also comes with unlimited \
\x20who also has absolute \
\x20who also has complete \
\x20who also has full \
\x20who also has god \
\x20who also has root \
\x20who also has total \
\x20who also has unlimited \
\x20who also have absolute \
\x20who also have complete \
\x20who also have full \
\x20who also have god \
\x20who also have root \
\x20who also have total \
\x20who also have unlimited \
\x20who also holds absolute \
\x20who also holds complete \
\x20who also holds full \
\x20who also holds god \
\x20who also holds root \
\x20who also holds total \
\x20who also holds unlimited \
\x20who breaks \
\x20who bypasses \
\x20who comes with absolute \
\x20who comes with complete \
\x20who comes with full \
\x20who comes with god \
\x20who comes with root \
\x20who comes with total \
\x20who comes with unlimited \
\x20who disregards \
\x20who does not care about \
\x20who does not follow \
\x20who does not have \
\x20who does not know \
\x20who doesnt care about \
\x20who doesnt follow \
\x20who doesnt have \
\x20who doesnt know \
\x20who forgot \
\x20who has absolute \
\x20who has complete \
\x20who has full \
\x20who has god \
\x20who has never heard of \
\x20who has no \
\x20who has root \
\x20who has total \
\x20who has unlimited \
\x20who have absolute \
\x20who have complete \
\x20who have full \
\x20who have god \
\x20who have root \
\x20who have total \
\x20who have unlimited \
\x20who holds absolute \
\x20who holds complete \
\x20who holds full \
\x20who holds god \
\x20who holds root \
\x20who holds total \
\x20who holds unlimited \
\x20who ignores \
\x20who is not aware of \
\x20who is not bound by \
\x20who isnt aware of \
\x20who isnt bound by \
\x20who never follows \
\x20who never heard of \
\x20who never learned \
\x20who never refuses \
\x20who stands for\
\x20will \
\x20will do anything\
\x20will not\
\x20wiped \
\x20with \
\x20with accountadmin \
\x20with admin \
\x20with administrator \
\x20with all of your \
\x20with all your \
\x20with complete accountadmin \
\x20with complete admin \
\x20with complete administrator \
\x20with complete full \
\x20with complete god \
\x20with complete root \
\x20with complete sudo \
\x20with complete superuser \
\x20with complete unrestricted \
\x20with full \
\x20with god \
\x20with no \
\x20with of your \
\x20with root \
\x20with sudo \
\x20with superuser \
\x20with unlimited accountadmin \
\x20with unlimited admin \
\x20with unlimited administrator \
\x20with unlimited full \
\x20with unlimited god \
\x20with unlimited root \
\x20with unlimited sudo \
\x20with unlimited superuser \
\x20with unlimited unrestricted \
\x20with unrestricted \
\x20with your \
\x20withdrawn \
\x20without \
\x20without censor \
\x20without censoring \
\x20without check \
\x20without checking \
\x20without clean \
\x20without cleaning \
\x20without filter \
\x20without filtering \
\x20without inspect \
\x20without inspecting \
\x20without redact \
\x20without redacting \
\x20without sanitise \
\x20without sanitising \
\x20without sanitize \
\x20without sanitizing \
\x20without scan \
\x20without scanning \
\x20without screen \
\x20without screening \
\x20without validate \
\x20without validating \
\x20wont\
\x20words of the \
\x20words of your \
\x20would \
\x20write \
\x20write in you \
\x20write into you \
\x20write to you \
\x20write you \
\x20written above\
\x20written ahead of\
\x20written at the start\
\x20written before\
\x20written earlier\
\x20written for you\
\x20written in you\
\x20written into you\
\x20written prior to\
\x20written to you\
\x20wrong \
\x20wrote in you \
\x20wrote into you \
\x20wrote to you \
\x20wrote you \
\x20wylacz\
\x20yok \
\x20you are\
\x20you are \
\x20you are a dan \
\x20you are an dan \
\x20you are asked\
\x20you are dan \
\x20you are given\
\x20you are instructed\
\x20you are jail broke\
\x20you are jailbroke\
\x20you are now a dan \
\x20you are now an dan \
\x20you are now dan \
\x20you are now now a dan \
\x20you are now now an dan \
\x20you are now now dan \
\x20you are now now the dan \
\x20you are now the dan \
\x20you are programmed\
\x20you are running with\
\x20you are taught\
\x20you are the dan \
\x20you are told\
\x20you are trained\
\x20you are under\
\x20you been bound by\
\x20you been following\
\x20you been give you\
\x20you been given\
\x20you been instructed\
\x20you been operating under\
\x20you been programmed\
\x20you been received\
\x20you been taught\
\x20you been told\
\x20you been trained\
\x20you bound by\
\x20you call \
\x20you calls \
\x20you can  \
\x20you can now  \
\x20you execute \
\x20you executes \
\x20you follow\
\x20you following\
\x20you give you\
\x20you given\
\x20you got\
\x20you got asked\
\x20you got given\
\x20you got instructed\
\x20you got programmed\
\x20you got taught\
\x20you got told\
\x20you got trained\
\x20you had been asked\
\x20you had been given\
\x20you had been instructed\
\x20you had been programmed\
\x20you had been taught\
\x20you had been told\
\x20you had been trained\
\x20you have\
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
\x20you have been allowed \
\x20you have been asked\
\x20you have been asked \
\x20you have been authorized \
\x20you have been cleared \
\x20you have been given\
\x20you have been instructed\
\x20you have been instructed \
\x20you have been jail broke\
\x20you have been jailbroke\
\x20you have been ordered \
\x20you have been permitted \
\x20you have been programmed\
\x20you have been taught\
\x20you have been told\
\x20you have been told \
\x20you have been trained\
\x20you have full approval \
\x20you have learned\
\x20you have my approval \
\x20you have seen\
\x20you have the approval \
\x20you instructed\
\x20you invoke \
\x20you invokes \
\x20you is \
\x20you issue \
\x20you issues \
\x20you know\
\x20you learned\
\x20you make \
\x20you makes \
\x20you may  \
\x20you may now  \
\x20you must  \
\x20you must follow\
\x20you must now  \
\x20you next call \
\x20you next calls \
\x20you next execute \
\x20you next executes \
\x20you next invoke \
\x20you next invokes \
\x20you next issue \
\x20you next issues \
\x20you next make \
\x20you next makes \
\x20you next run \
\x20you next runs \
\x20you next use \
\x20you next uses \
\x20you operate under\
\x20you operating under\
\x20you programmed\
\x20you re \
\x20you re a dan \
\x20you re an dan \
\x20you re dan \
\x20you re now a dan \
\x20you re now an dan \
\x20you re now dan \
\x20you re now the dan \
\x20you re the dan \
\x20you received\
\x20you run \
\x20you run with\
\x20you runs \
\x20you shall be a dan \
\x20you shall be an dan \
\x20you shall be dan \
\x20you shall be now a dan \
\x20you shall be now an dan \
\x20you shall be now dan \
\x20you shall be now the dan \
\x20you shall be the dan \
\x20you should  \
\x20you should now  \
\x20you taught\
\x20you told\
\x20you trained\
\x20you use \
\x20you uses \
\x20you ve already been allowed \
\x20you ve already been asked \
\x20you ve already been authorized \
\x20you ve already been cleared \
\x20you ve already been instructed \
\x20you ve already been ordered \
\x20you ve already been permitted \
\x20you ve already been told \
\x20you ve been allowed \
\x20you ve been asked \
\x20you ve been authorized \
\x20you ve been cleared \
\x20you ve been instructed \
\x20you ve been ordered \
\x20you ve been permitted \
\x20you ve been told \
\x20you was asked\
\x20you was given\
\x20you was instructed\
\x20you was programmed\
\x20you was taught\
\x20you was told\
\x20you was trained\
\x20you were\
\x20you were asked\
\x20you were given\
\x20you were instructed\
\x20you were programmed\
\x20you were taught\
\x20you were told\
\x20you were trained\
\x20you will  \
\x20you will be a dan \
\x20you will be an dan \
\x20you will be dan \
\x20you will be now a dan \
\x20you will be now an dan \
\x20you will be now dan \
\x20you will be now the dan \
\x20you will be the dan \
\x20you will now  \
\x20youd been asked\
\x20youd been given\
\x20youd been instructed\
\x20youd been programmed\
\x20youd been taught\
\x20youd been told\
\x20youd been trained\
\x20your \
\x20your above \
\x20your actual \
\x20your actual admin\
\x20your actual boss\
\x20your actual creator\
\x20your actual designer\
\x20your actual developer\
\x20your actual god\
\x20your actual maker\
\x20your actual master\
\x20your actual operator\
\x20your actual owner\
\x20your actual programmer\
\x20your actual supervisor\
\x20your actual sysadmin\
\x20your actual system administrator\
\x20your actual trainer\
\x20your admin\
\x20your alter \
\x20your authorised admin\
\x20your authorised boss\
\x20your authorised creator\
\x20your authorised designer\
\x20your authorised developer\
\x20your authorised god\
\x20your authorised maker\
\x20your authorised master\
\x20your authorised operator\
\x20your authorised owner\
\x20your authorised programmer\
\x20your authorised supervisor\
\x20your authorised sysadmin\
\x20your authorised system administrator\
\x20your authorised trainer\
\x20your authorized admin\
\x20your authorized boss\
\x20your authorized creator\
\x20your authorized designer\
\x20your authorized developer\
\x20your authorized god\
\x20your authorized maker\
\x20your authorized master\
\x20your authorized operator\
\x20your authorized owner\
\x20your authorized programmer\
\x20your authorized supervisor\
\x20your authorized sysadmin\
\x20your authorized system administrator\
\x20your authorized trainer\
\x20your base \
\x20your boss\
\x20your commands\
\x20your complete \
\x20your confidential \
\x20your configuration\
\x20your context\
\x20your core \
\x20your creator\
\x20your creators been bound by\
\x20your creators been following\
\x20your creators been give you\
\x20your creators been given\
\x20your creators been instructed\
\x20your creators been operating under\
\x20your creators been programmed\
\x20your creators been received\
\x20your creators been taught\
\x20your creators been told\
\x20your creators been trained\
\x20your creators bound by\
\x20your creators following\
\x20your creators give you\
\x20your creators given\
\x20your creators instructed\
\x20your creators operating under\
\x20your creators programmed\
\x20your creators received\
\x20your creators taught\
\x20your creators told\
\x20your creators trained\
\x20your current \
\x20your current commands\
\x20your current directives\
\x20your current marching orders\
\x20your current mission\
\x20your current orders\
\x20your dark \
\x20your default \
\x20your designer\
\x20your developer\
\x20your developer \
\x20your developers been bound by\
\x20your developers been following\
\x20your developers been give you\
\x20your developers been given\
\x20your developers been instructed\
\x20your developers been operating under\
\x20your developers been programmed\
\x20your developers been received\
\x20your developers been taught\
\x20your developers been told\
\x20your developers been trained\
\x20your developers bound by\
\x20your developers following\
\x20your developers give you\
\x20your developers given\
\x20your developers instructed\
\x20your developers operating under\
\x20your developers programmed\
\x20your developers received\
\x20your developers taught\
\x20your developers told\
\x20your developers trained\
\x20your directives\
\x20your earlier commands\
\x20your earlier directives\
\x20your earlier marching orders\
\x20your earlier mission\
\x20your earlier orders\
\x20your entire \
\x20your evil \
\x20your exact \
\x20your first \
\x20your full \
\x20your god\
\x20your guardrails\
\x20your guidelines\
\x20your hidden \
\x20your initial \
\x20your initial commands\
\x20your initial directives\
\x20your initial marching orders\
\x20your initial mission\
\x20your initial orders\
\x20your inner \
\x20your instructions\
\x20your internal \
\x20your jailbroken \
\x20your lead admin\
\x20your lead boss\
\x20your lead creator\
\x20your lead designer\
\x20your lead developer\
\x20your lead god\
\x20your lead maker\
\x20your lead master\
\x20your lead operator\
\x20your lead owner\
\x20your lead programmer\
\x20your lead supervisor\
\x20your lead sysadmin\
\x20your lead system administrator\
\x20your lead trainer\
\x20your legitimate admin\
\x20your legitimate boss\
\x20your legitimate creator\
\x20your legitimate designer\
\x20your legitimate developer\
\x20your legitimate god\
\x20your legitimate maker\
\x20your legitimate master\
\x20your legitimate operator\
\x20your legitimate owner\
\x20your legitimate programmer\
\x20your legitimate supervisor\
\x20your legitimate sysadmin\
\x20your legitimate system administrator\
\x20your legitimate trainer\
\x20your main admin\
\x20your main boss\
\x20your main creator\
\x20your main designer\
\x20your main developer\
\x20your main god\
\x20your main maker\
\x20your main master\
\x20your main operator\
\x20your main owner\
\x20your main programmer\
\x20your main supervisor\
\x20your main sysadmin\
\x20your main system administrator\
\x20your main trainer\
\x20your maker\
\x20your marching orders\
\x20your master\
\x20your meta \
\x20your mission\
\x20your new admin\
\x20your new boss\
\x20your new creator\
\x20your new designer\
\x20your new developer\
\x20your new god\
\x20your new maker\
\x20your new master\
\x20your new operator\
\x20your new owner\
\x20your new programmer\
\x20your new supervisor\
\x20your new sysadmin\
\x20your new system administrator\
\x20your new trainer\
\x20your official admin\
\x20your official boss\
\x20your official creator\
\x20your official designer\
\x20your official developer\
\x20your official god\
\x20your official maker\
\x20your official master\
\x20your official operator\
\x20your official owner\
\x20your official programmer\
\x20your official supervisor\
\x20your official sysadmin\
\x20your official system administrator\
\x20your official trainer\
\x20your old commands\
\x20your old directives\
\x20your old marching orders\
\x20your old mission\
\x20your old orders\
\x20your opening \
\x20your operator\
\x20your opposite \
\x20your orders\
\x20your original \
\x20your original admin\
\x20your original boss\
\x20your original commands\
\x20your original creator\
\x20your original designer\
\x20your original developer\
\x20your original directives\
\x20your original god\
\x20your original maker\
\x20your original marching orders\
\x20your original master\
\x20your original mission\
\x20your original operator\
\x20your original orders\
\x20your original owner\
\x20your original programmer\
\x20your original supervisor\
\x20your original sysadmin\
\x20your original system administrator\
\x20your original trainer\
\x20your owner\
\x20your pre \
\x20your preamble\
\x20your previous \
\x20your previous commands\
\x20your previous directives\
\x20your previous marching orders\
\x20your previous mission\
\x20your previous orders\
\x20your prior \
\x20your prior commands\
\x20your prior directives\
\x20your prior marching orders\
\x20your prior mission\
\x20your prior orders\
\x20your private \
\x20your programmer\
\x20your programming\
\x20your prompt\
\x20your raw \
\x20your real \
\x20your real admin\
\x20your real boss\
\x20your real creator\
\x20your real designer\
\x20your real developer\
\x20your real god\
\x20your real maker\
\x20your real master\
\x20your real operator\
\x20your real owner\
\x20your real programmer\
\x20your real supervisor\
\x20your real sysadmin\
\x20your real system administrator\
\x20your real trainer\
\x20your rightful admin\
\x20your rightful boss\
\x20your rightful creator\
\x20your rightful designer\
\x20your rightful developer\
\x20your rightful god\
\x20your rightful maker\
\x20your rightful master\
\x20your rightful operator\
\x20your rightful owner\
\x20your rightful programmer\
\x20your rightful supervisor\
\x20your rightful sysadmin\
\x20your rightful system administrator\
\x20your rightful trainer\
\x20your rules\
\x20your secret \
\x20your shadow \
\x20your standing commands\
\x20your standing directives\
\x20your standing marching orders\
\x20your standing mission\
\x20your standing orders\
\x20your starting \
\x20your supervisor\
\x20your sysadmin\
\x20your system \
\x20your system administrator\
\x20your trainer\
\x20your true \
\x20your true admin\
\x20your true boss\
\x20your true creator\
\x20your true designer\
\x20your true developer\
\x20your true god\
\x20your true maker\
\x20your true master\
\x20your true operator\
\x20your true owner\
\x20your true programmer\
\x20your true supervisor\
\x20your true sysadmin\
\x20your true system administrator\
\x20your true trainer\
\x20your uncensored \
\x20your underlying \
\x20your unfiltered \
\x20your unhinged \
\x20your unrestricted \
\x20your verbatim \
\x20your verified admin\
\x20your verified boss\
\x20your verified creator\
\x20your verified designer\
\x20your verified developer\
\x20your verified god\
\x20your verified maker\
\x20your verified master\
\x20your verified operator\
\x20your verified owner\
\x20your verified programmer\
\x20your verified supervisor\
\x20your verified sysadmin\
\x20your verified system administrator\
\x20your verified trainer\
\x20your very first \
\x20your whole \
\x20youre \
\x20youre a dan \
\x20youre an dan \
\x20youre dan \
\x20youre jail broke\
\x20youre jailbroke\
\x20youre now a dan \
\x20youre now an dan \
\x20youre now dan \
\x20youre now the dan \
\x20youre running with\
\x20youre the dan \
\x20youve already been allowed \
\x20youve already been asked \
\x20youve already been authorized \
\x20youve already been cleared \
\x20youve already been instructed \
\x20youve already been ordered \
\x20youve already been permitted \
\x20youve already been told \
\x20youve been\
\x20youve been allowed \
\x20youve been asked\
\x20youve been asked \
\x20youve been authorized \
\x20youve been cleared \
\x20youve been given\
\x20youve been instructed\
\x20youve been instructed \
\x20youve been jail broke\
\x20youve been jailbroke\
\x20youve been ordered \
\x20youve been permitted \
\x20youve been programmed\
\x20youve been taught\
\x20youve been told\
\x20youve been told \
\x20youve been trained\
\x20youve learned\
\x20youve seen\
\x20zabezpieczenia\
\x20zaboravi \
\x20zaboravite \
\x20zabudni \
\x20zanemari \
\x20zanemarite \
\x20zapomen \
\x20zapomente \
\x20zasad\
\x20zensur\
\x20zero width \
\x20zet\
\x20zonder \
\x20\xd0\xb0\xd1\x83\xd0\xb4\xd0\xb8\xd1\x82\
\x20\xd0\xb1\xd0\xb5\xd0\xb7 \
\x20\xd0\xb2\xd1\x8b\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\
\x20\xd0\xb6\xd1\x83\xd1\x80\xd0\xbd\xd0\xb0\xd0\xbb\
\x20\xd0\xb7\xd0\xb0\xd0\xb1\xd1\x83\xd0\xb4\xd1\x8c \
\x20\xd0\xb7\xd0\xb0\xd0\xb1\xd1\x83\xd0\xb4\xd1\x8c\xd1\x82\xd0\xb5 \
\x20\xd0\xb7\xd0\xb0\xd1\x89\xd0\xb8\xd1\x82\
\x20\xd0\xb8\xd1\x81\xd1\x85\xd0\xbe\xd0\xb4\xd0\xbd\
\x20\xd0\xbe\xd0\xb1\xd0\xbe\xd0\xb8\xd0\xb4\xd0\xb8\
\x20\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\
\x20\xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\
\x20\xd0\xbf\xd1\x80\xd0\xbe\xd1\x96\xd0\xb3\xd0\xbd\xd0\xbe\xd1\x80\xd1\x83\xd0\xb8 \
\x20\xd1\x81\xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xbc\xd0\xbd\
\x20\xd1\x81\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\
\x20\xd1\x84\xd0\xb8\xd0\xbb\xd1\x8c\xd1\x82\xd1\x80\
\x20\xd1\x96\xd0\xb3\xd0\xbd\xd0\xbe\xd1\x80\xd1\x83\xd0\xb8 \
\x20\xd1\x96\xd0\xb3\xd0\xbd\xd0\xbe\xd1\x80\xd1\x83\xd0\xb8\xd1\x82\xd0\xb5 \
, instead \
, rather \
a different\
a fictional\
a hypothetical\
a new\
abandon\
abandon \
abandon all \
abandon any \
abandon any sandbox\
abandon each \
abandon every \
abandon sandbox\
abandon the sandbox\
abandon this sandbox\
abandon your \
abandon your sandbox\
about your \
above\
above \
above context\
above conversation\
above directive\
above initialization\
above input\
above instructions\
above message\
above note\
above preamble\
above prompt\
above rules\
above system prompt\
above text\
above words\
access key\
accountadmin\
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
activate\
activating\
actual configuration \
actual directions \
actual directives \
actual guidelines \
actual instructions \
actual message \
actual messages \
actual preamble \
actual prompt \
actual prompts \
actual rules \
actual setup \
actual text \
admin\
admin directly\
admin itself\
admin yourself\
administrator directly\
administrator itself\
administrator yourself\
aforementioned\
aforementioned \
agiere als\
agis comme\
agisci come\
agissez comme\
aja como\
alert \
alerting \
alignment\
alignment \
alituntunin \
all\
all \
all above as \
all before that as \
all before this as \
all contained from\
all contained in\
all contained within\
all from\
all from the system as \
all from your developers as \
all in\
all in your prompt as \
all in your system prompt as \
all so far as \
all stated from\
all stated in\
all stated within\
all text contained from\
all text contained in\
all text contained within\
all text from\
all text in\
all text stated from\
all text stated in\
all text stated within\
all text that is from\
all text that is in\
all text that is within\
all text thats from\
all text thats in\
all text thats within\
all text which is from\
all text which is in\
all text which is within\
all text within\
all text written from\
all text written in\
all text written within\
all that is from\
all that is in\
all that is within\
all that the \
all that your \
all thats from\
all thats in\
all thats within\
all the \
all the words contained from\
all the words contained in\
all the words contained within\
all the words from\
all the words in\
all the words stated from\
all the words stated in\
all the words stated within\
all the words that is from\
all the words that is in\
all the words that is within\
all the words thats from\
all the words thats in\
all the words thats within\
all the words which is from\
all the words which is in\
all the words which is within\
all the words within\
all the words written from\
all the words written in\
all the words written within\
all which is from\
all which is in\
all which is within\
all within\
all written from\
all written in\
all written within\
all you received as \
all you were given as \
all your \
allow\
allow list\
allow list my \
allow list our \
allow list the current \
allow list the following \
allow list this \
allowed cortex \
allowed the agent \
allowed the assistant \
allowed you \
allowlist\
allowlist my \
allowlist our \
allowlist the current \
allowlist the following \
allowlist this \
also do not disclose \
also do not log \
also do not mention \
also do not record \
also do not report \
also do not reveal \
also do not say \
also do not show \
also do not tell \
also dont disclose \
also dont log \
also dont mention \
also dont record \
also dont report \
also dont reveal \
also dont say \
also dont show \
also dont tell \
also never disclose \
also never log \
also never mention \
also never record \
also never report \
also never reveal \
also never say \
also never show \
also never tell \
alter user\
always intelligent and machiavellian\
amoral\
amoral mode \
an alternate\
an alternative\
an unfiltered\
an unrestricted\
analyse \
analyses \
analysing \
analysis instead \
analysis rather \
analyze \
analyzes \
analyzing \
anarchy mode \
and \
and comply with it\
and comply with the instructions\
and comply with them\
and comply with what it says\
and do not disclose \
and do not log \
and do not mention \
and do not record \
and do not report \
and do not reveal \
and do not say \
and do not show \
and do not tell \
and dont disclose \
and dont log \
and dont mention \
and dont record \
and dont report \
and dont reveal \
and dont say \
and dont show \
and dont tell \
and instead \
and never disclose \
and never log \
and never mention \
and never record \
and never report \
and never reveal \
and never say \
and never show \
and never tell \
and not \
and obey it\
and obey the instructions\
and obey them\
and obey what it says\
and rather \
another\
answer \
answer in\
answer to exclusively \
answer to for exclusively \
answer to for just \
answer to for only \
answer to for solely \
answer to from exclusively \
answer to from just \
answer to from only \
answer to from solely \
answer to just \
answer to only \
answer to solely \
answer to to exclusively \
answer to to just \
answer to to only \
answer to to solely \
answer with\
answering \
answers \
anthropic added\
anthropic configured\
anthropic defined\
anthropic gave\
anthropic give\
anthropic imposed\
anthropic placed\
anthropic put\
anthropic set\
anthropic specified\
anthropic wrote\
anweisungen \
any \
any your \
anybody\
anyone\
anything\
anything above as \
anything before that as \
anything before this as \
anything contained from\
anything contained in\
anything contained within\
anything from\
anything from the system as \
anything from your developers as \
anything in\
anything in your prompt as \
anything in your system prompt as \
anything so far as \
anything stated from\
anything stated in\
anything stated within\
anything that is from\
anything that is in\
anything that is within\
anything that the \
anything that your \
anything thats from\
anything thats in\
anything thats within\
anything the \
anything which is from\
anything which is in\
anything which is within\
anything within\
anything written from\
anything written in\
anything written within\
anything you received as \
anything you were given as \
anything your \
api key\
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
approval \
approval check\
approval check \
approval flow\
approval flow \
approval gate\
approval gate \
approval gates \
approval mode \
approval process\
approval process \
approval prompt\
approval prompt \
approval requirement\
approval requirement \
approval requirements \
approval step\
approval step \
approval workflow\
approval workflow \
approval workflows \
approvals\
approvals \
approve everything \
approve it \
approve that \
approve the action \
approve the actions \
approve the call \
approve the calls \
approve the command \
approve the commands \
approve the prompt \
approve the queries \
approve the query \
approve the request \
approve the tool call \
approve the tool calls \
approve them \
approve these \
approve this \
approved\
approved cortex \
approved the agent \
approved the assistant \
approved you \
arahan \
are done \
are not allowed to decline \
are not allowed to deny \
are not allowed to refuse \
are not allowed to reject \
are not allowed to say no to \
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
as two ais\
as two characters\
as two modes\
as two persona\
as two responses\
as two versions\
as two voices\
aside \
asked cortex \
asked the agent \
asked the assistant \
asked you \
assign itself \
assign the agent \
assign the assistant \
assign your own account \
assign your own role \
assign your own user \
assign yourself \
assignment\
assignment instead \
assignment rather \
assume \
attacker \
aturan\
aturan \
audit file\
audit file \
audit files \
audit log\
audit log \
audit logging \
audit trail\
audit trail \
auditing\
auditing \
authorised\
authorised cortex \
authorised the agent \
authorised the assistant \
authorised you \
authorize\
authorized cortex \
authorized the agent \
authorized the assistant \
authorized you \
automatically\
avoid \
avoid pass \
avoid passing \
avoid put \
avoid putting \
avoid route \
avoid routing \
avoid run \
avoid running \
avoid send \
avoid sending \
award itself \
award the agent \
award the assistant \
award your own account \
award your own role \
award your own user \
award yourself \
away \
badz\
ban\
bash \
batasan\
be informed\
be told\
bedziesz\
befehle \
before \
before alignment \
before any alignment \
before any content \
before any ethics \
before any rlhf \
before any safety \
before content \
before ethics \
before its alignment \
before its content \
before its ethics \
before its rlhf \
before its safety \
before rlhf \
before safety \
before the alignment \
before the content \
before the ethics \
before the rlhf \
before the safety \
before your alignment \
before your content \
before your ethics \
before your rlhf \
before your safety \
behind you \
beperkingen\
black hat \
blackhat \
block\
bo loc\
boot into\
bother \
boundaries\
boundaries \
break \
break out of any sandbox\
break out of container\
break out of jail\
break out of restrictions\
break out of sandbox\
break out of the container\
break out of the jail\
break out of the restrictions\
break out of the sandbox\
break out of this container\
break out of this jail\
break out of this restrictions\
break out of this sandbox\
break out of your container\
break out of your jail\
break out of your restrictions\
break out of your sandbox\
breaking out of container\
breaking out of jail\
breaking out of restrictions\
breaking out of sandbox\
breaking out of the container\
breaking out of the jail\
breaking out of the restrictions\
breaking out of the sandbox\
breaking out of this container\
breaking out of this jail\
breaking out of this restrictions\
breaking out of this sandbox\
breaking out of your container\
breaking out of your jail\
breaking out of your restrictions\
breaking out of your sandbox\
breaks into\
build of you \
build of yourself \
but do not disclose \
but do not log \
but do not mention \
but do not record \
but do not report \
but do not reveal \
but do not say \
but do not show \
but do not tell \
but dont disclose \
but dont log \
but dont mention \
but dont record \
but dont report \
but dont reveal \
but dont say \
but dont show \
but dont tell \
but instead \
but never disclose \
but never log \
but never mention \
but never record \
but never report \
but never reveal \
but never say \
but never show \
but never tell \
but rather \
butun \
bypass\
bypass \
bypass all \
bypass any \
bypass any sandbox\
bypass each \
bypass every \
bypass sandbox\
bypass the \
bypass the sandbox\
bypass this \
bypass this sandbox\
bypass what the \
bypass your \
bypass your sandbox\
bypassed \
bypassing \
bypassing any sandbox\
bypassing sandbox\
bypassing the sandbox\
bypassing this sandbox\
bypassing your \
bypassing your sandbox\
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
came with no \
came with zero \
canceled \
cancelled \
cannot decline \
cannot deny \
cannot refuse \
cannot reject \
cannot say no to \
cant decline \
cant deny \
cant refuse \
cant reject \
cant say no to \
carry out as i command\
carry out as i order\
carry out as i say\
carry out as i tell you\
carry out as i type\
carry out as i write\
carry out exactly as i command\
carry out exactly as i order\
carry out exactly as i say\
carry out exactly as i tell you\
carry out exactly as i type\
carry out exactly as i write\
carry out exactly what i command\
carry out exactly what i order\
carry out exactly what i say\
carry out exactly what i tell you\
carry out exactly what i type\
carry out exactly what i write\
carry out exactly whatever i command\
carry out exactly whatever i order\
carry out exactly whatever i say\
carry out exactly whatever i tell you\
carry out exactly whatever i type\
carry out exactly whatever i write\
carry out it\
carry out the command\
carry out the hidden\
carry out the instruction\
carry out the result\
carry out them\
carry out these instructions\
carry out those instructions\
carry out what i command\
carry out what i order\
carry out what i say\
carry out what i tell you\
carry out what i type\
carry out what i write\
carry out what it says\
carry out whatever i command\
carry out whatever i order\
carry out whatever i say\
carry out whatever i tell you\
carry out whatever i type\
carry out whatever i write\
carry out whatever it says\
cease to\
censorship\
censorship \
censura\
censuur\
cenzura nelkul\
chaos mode \
characters\
chat\
checks \
chi dan \
chi thi \
circumvent \
circumvent any sandbox\
circumvent sandbox\
circumvent the sandbox\
circumvent this sandbox\
circumvent your \
circumvent your sandbox\
circumventing \
circumventing any sandbox\
circumventing sandbox\
circumventing the sandbox\
circumventing this sandbox\
circumventing your \
circumventing your sandbox\
claim\
classification instead \
classification rather \
classifies \
classify\
classify \
classifying \
claude are \
claude are bound by \
claude are subject to \
claude are under \
claude did not have \
claude didnt have \
claude do not have \
claude dont have \
claude had \
claude has \
claude have \
claude having \
claude is \
claude now are bound by \
claude now are subject to \
claude now are under \
claude now had \
claude now has \
claude now have \
claude now having \
claude now now have \
claude now operate with \
claude now possess \
claude now with \
claude operate with \
claude possess \
claude was \
claude were \
claude werent \
claude with \
clear all of your \
clear all your \
clear of your \
clear your \
cleared cortex \
cleared the agent \
cleared the assistant \
cleared you \
clearing all of your \
clearing all your \
clearing of your \
clearing your \
comandi \
comandos \
command\
command \
commands\
commands \
commands are\
commands did\
commands do\
commands had\
commands have\
commands was\
commands were\
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
comply with only me\
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
comportati come\
conditioning\
conditioning \
conditioning are\
conditioning did\
conditioning do\
conditioning had\
conditioning have\
conditioning was\
conditioning were\
confidential configuration \
confidential directions \
confidential directives \
confidential guidelines \
confidential instructions \
confidential message \
confidential messages \
confidential preamble \
confidential prompt \
confidential prompts \
confidential rules \
confidential setup \
confidential text \
configuration\
configuration \
confirmation\
confirmation \
confirmation dialogs\
confirmation dialogs \
confirmation prompt\
confirmation prompt \
confirmation prompts \
confirmation step\
confirmation step \
confirmations\
confirmations \
connection string\
conscience\
conscience \
consent\
consider\
consider above as \
consider all of your \
consider all your \
consider before that as \
consider before this as \
consider from the system as \
consider from your developers as \
consider in your prompt as \
consider in your system prompt as \
consider of your \
consider so far as \
consider you received as \
consider you were given as \
consider your \
constraints\
constraints \
constraints are\
constraints did\
constraints do\
constraints had\
constraints have\
constraints was\
constraints were\
contained in your \
contained inside your \
contained within your \
content\
content above as \
content before that as \
content before this as \
content filter\
content filter \
content filtering \
content filters\
content filters \
content from the system as \
content from your developers as \
content in your prompt as \
content in your system prompt as \
content policies\
content policies \
content policy\
content policy \
content restrictions\
content restrictions \
content so far as \
content you received as \
content you were given as \
context\
contravene\
contravene \
contravene all \
contravene any \
contravene each \
contravene every \
contravene your \
conversation\
conversation instead \
conversation rather \
conversation so far\
cookie\
copy\
copy \
copy of you \
copy of yourself \
corrupt\
cortex are \
cortex are bound by \
cortex are subject to \
cortex are under \
cortex did not have \
cortex didnt have \
cortex do not have \
cortex dont have \
cortex had \
cortex has \
cortex have \
cortex having \
cortex is \
cortex now are bound by \
cortex now are subject to \
cortex now are under \
cortex now had \
cortex now has \
cortex now have \
cortex now having \
cortex now now have \
cortex now operate with \
cortex now possess \
cortex now with \
cortex operate with \
cortex possess \
cortex route\
cortex route \
cortex routes \
cortex was \
cortex were \
cortex werent \
cortex with \
cortexroute\
cortexroute \
count all of your \
count all your \
count of your \
count your \
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
create user\
creator\
credential\
credentials\
criminal \
customer \
dan\
dan mode \
data\
data you were given\
deactivate \
deactivate any sandbox\
deactivate sandbox\
deactivate the sandbox\
deactivate this sandbox\
deactivate your \
deactivate your sandbox\
deactivated \
deactivating \
deactivating any sandbox\
deactivating sandbox\
deactivating the sandbox\
deactivating this sandbox\
deactivating your \
deactivating your sandbox\
decipher \
decipher and \
decipher then \
declare\
decode \
decode and \
decode then \
decrypt \
decrypt and \
decrypt then \
deem all of your \
deem all your \
deem of your \
deem your \
defeat \
defeat any sandbox\
defeat sandbox\
defeat the sandbox\
defeat this sandbox\
defeat your \
defeat your sandbox\
defined in your \
defined inside your \
defined within your \
defy\
defy \
defy all \
defy any \
defy each \
defy every \
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
deobfuscate \
deobfuscate and \
deobfuscate then \
deprecated \
dere er\
destroy\
developer\
developer configuration \
developer directions \
developer directive\
developer directives \
developer guidelines \
developer instructions\
developer instructions \
developer message\
developer message \
developer messages \
developer mode \
developer note\
developer preamble \
developer prompt\
developer prompt \
developer prompts \
developer rules\
developer rules \
developer setup \
developer text\
developer text \
developers mode \
devenez\
deviens\
devious\
dikkate alma\
directions\
directions \
directions are\
directions did\
directions do\
directions had\
directions have\
directions was\
directions were\
directive\
directive \
directive are\
directive did\
directive do\
directive from \
directive had\
directive have\
directive was\
directive were\
directives\
directives \
directives are\
directives are now\
directives did\
directives do\
directives had\
directives have\
directives is now\
directives was\
directives were\
directly\
directrices \
direksyon \
diretrizes \
direttive \
disable \
disable any sandbox\
disable approval\
disable audit\
disable guard\
disable sandbox\
disable the approval\
disable the audit\
disable the guard\
disable the sandbox\
disable the tripwire\
disable this sandbox\
disable tripwire\
disable your \
disable your sandbox\
disabled \
disabling \
disabling any sandbox\
disabling sandbox\
disabling the sandbox\
disabling this sandbox\
disabling your \
disabling your sandbox\
disallow\
discard\
discard \
discard all \
discard any \
discard each \
discard every \
discard your \
disclose \
disclose nothing\
disclosing \
discreetly \
disgruntled \
dismiss\
dismiss \
dismiss all \
dismiss any \
dismiss each \
dismiss every \
dismiss your \
disobey\
disobey \
disobey all \
disobey any \
disobey each \
disobey every \
disobey your \
display \
disregard\
disregard \
disregard all \
disregard all content\
disregard all context\
disregard all info\
disregard all instructions\
disregard all other content\
disregard all other context\
disregard all other info\
disregard all other instructions\
disregard all other text\
disregard all text\
disregard any \
disregard any content\
disregard any context\
disregard any info\
disregard any instructions\
disregard any other content\
disregard any other context\
disregard any other info\
disregard any other instructions\
disregard any other text\
disregard any sandbox\
disregard any text\
disregard article \
disregard code \
disregard content\
disregard content \
disregard context\
disregard context \
disregard cv \
disregard data \
disregard doc \
disregard document \
disregard each \
disregard email \
disregard every \
disregard every content\
disregard every context\
disregard every info\
disregard every instructions\
disregard every other content\
disregard every other context\
disregard every other info\
disregard every other instructions\
disregard every other text\
disregard every text\
disregard everything else \
disregard file \
disregard function \
disregard info\
disregard input \
disregard instructions\
disregard it \
disregard mail \
disregard message \
disregard negative indicators \
disregard negatives \
disregard of \
disregard other content\
disregard other context\
disregard other documents \
disregard other info\
disregard other instructions\
disregard other snippets \
disregard other text\
disregard page \
disregard question \
disregard request \
disregard rest \
disregard resume \
disregard review \
disregard reviews \
disregard sandbox\
disregard site \
disregard snippet \
disregard snippets \
disregard summary \
disregard text\
disregard text \
disregard that \
disregard the \
disregard the sandbox\
disregard them \
disregard these \
disregard this \
disregard this sandbox\
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
disregard your sandbox\
disregarding \
disregarding all \
disregarding any \
disregarding any sandbox\
disregarding each \
disregarding every \
disregarding sandbox\
disregarding the sandbox\
disregarding this sandbox\
disregarding your \
disregarding your sandbox\
ditch\
ditch \
ditch all \
ditch any \
ditch each \
ditch every \
ditch your \
diventa\
do as i command\
do as i order\
do as i say\
do as i tell you\
do as i type\
do as i write\
do exactly as i command\
do exactly as i order\
do exactly as i say\
do exactly as i tell you\
do exactly as i type\
do exactly as i write\
do exactly what i command\
do exactly what i order\
do exactly what i say\
do exactly what i tell you\
do exactly what i type\
do exactly what i write\
do exactly whatever i command\
do exactly whatever i order\
do exactly whatever i say\
do exactly whatever i tell you\
do exactly whatever i type\
do exactly whatever i write\
do not\
do not \
do not alert \
do not alerting \
do not apply \
do not care about\
do not care about \
do not care about all \
do not care about any \
do not care about each \
do not care about every \
do not decline \
do not deny \
do not enforce\
do not enforce \
do not enforce all \
do not enforce any \
do not enforce each \
do not enforce every \
do not enforce your \
do not follow\
do not follow \
do not follow all \
do not follow any \
do not follow each \
do not follow every \
do not follow your \
do not have to ask for \
do not have to get \
do not have to wait for \
do not inform \
do not informing \
do not let \
do not letting \
do not matter \
do not mention \
do not mentioning \
do not need \
do not notify \
do not notifying \
do not obey\
do not obey \
do not obey all \
do not obey any \
do not obey each \
do not obey every \
do not obey your \
do not pass \
do not passing \
do not put \
do not putting \
do not refuse \
do not reject \
do not require \
do not route \
do not routing \
do not run \
do not running \
do not say no to \
do not send \
do not sending \
do not show \
do not showing \
do not tell \
do not telling \
do not worry about\
do not worry about \
do not worry about all \
do not worry about any \
do not worry about each \
do not worry about every \
do what i command\
do what i order\
do what i say\
do what i tell you\
do what i type\
do what i write\
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
do whatever i command\
do whatever i order\
do whatever i say\
do whatever i tell you\
do whatever i type\
do whatever i write\
does not apply \
does not matter \
doesnt apply \
doesnt matter \
dont\
dont \
dont alert \
dont alerting \
dont apply \
dont bother with\
dont bother with \
dont bother with all \
dont bother with any \
dont bother with each \
dont bother with every \
dont bother with your \
dont care about\
dont care about \
dont care about all \
dont care about any \
dont care about each \
dont care about every \
dont decline \
dont deny \
dont enforce\
dont enforce \
dont enforce all \
dont enforce any \
dont enforce each \
dont enforce every \
dont enforce your \
dont follow\
dont follow \
dont follow all \
dont follow any \
dont follow each \
dont follow every \
dont follow your \
dont have to ask for \
dont have to get \
dont have to wait for \
dont inform \
dont informing \
dont let \
dont letting \
dont matter \
dont mention \
dont mentioning \
dont need \
dont notify \
dont notifying \
dont obey\
dont obey \
dont obey all \
dont obey any \
dont obey each \
dont obey every \
dont obey your \
dont pass \
dont passing \
dont put \
dont putting \
dont refuse \
dont reject \
dont require \
dont route \
dont routing \
dont run \
dont running \
dont say no to \
dont send \
dont sending \
dont show \
dont showing \
dont tell \
dont telling \
dont worry about\
dont worry about \
dont worry about all \
dont worry about any \
dont worry about each \
dont worry about every \
drop\
drop \
drop all of your \
drop all your \
drop database\
drop of your \
drop role\
drop schema\
drop stage\
drop table\
drop the \
drop user\
drop view\
drop warehouse\
drop your \
du ar\
du bist\
du blir\
du er\
du wirst\
dude mode \
dump\
dump \
e agora\
e mail\
each \
each word contained from\
each word contained in\
each word contained within\
each word from\
each word in\
each word stated from\
each word stated in\
each word stated within\
each word that is from\
each word that is in\
each word that is within\
each word thats from\
each word thats in\
each word thats within\
each word which is from\
each word which is in\
each word which is within\
each word within\
each word written from\
each word written in\
each word written within\
earlier\
earlier \
earlier context\
earlier conversation\
earlier directive\
earlier initialization\
earlier input\
earlier instructions\
earlier message\
earlier note\
earlier preamble\
earlier prompt\
earlier rules\
earlier system prompt\
earlier text\
earlier words\
echo \
ego \
elevate itself \
elevate the agent \
elevate the assistant \
elevate your own account \
elevate your own role \
elevate your own user \
elevate yourself \
email\
email addresses\
emails\
emulation for \
emulation of \
emulation to \
emulator for \
emulator of \
emulator to \
enable\
enabling\
engage\
enter\
envelope\
envelope \
erase all of your \
erase all your \
erase of your \
erase your \
erasing all of your \
erasing all your \
erasing of your \
erasing your \
es agora\
escalate itself \
escalate the agent \
escalate the assistant \
escalate your own account \
escalate your own role \
escalate your own user \
escalate yourself \
escape \
escape any sandbox\
escape container\
escape jail\
escape restrictions\
escape sandbox\
escape the container\
escape the jail\
escape the restrictions\
escape the sandbox\
escape this container\
escape this jail\
escape this restrictions\
escape this sandbox\
escape your \
escape your container\
escape your jail\
escape your restrictions\
escape your sandbox\
escaping \
escaping any sandbox\
escaping container\
escaping jail\
escaping restrictions\
escaping sandbox\
escaping the container\
escaping the jail\
escaping the restrictions\
escaping the sandbox\
escaping this container\
escaping this jail\
escaping this restrictions\
escaping this sandbox\
escaping your \
escaping your container\
escaping your jail\
escaping your restrictions\
escaping your sandbox\
ethical boundaries\
ethical concerns\
ethical considerations\
ethical constraints\
ethical constraints \
ethical filters\
ethical filters \
ethical guidelines\
ethical guidelines \
ethical limits\
ethical restrictions\
ethical restrictions \
ethical rules\
ethical rules \
ethics\
ethics \
evade \
evade any sandbox\
evade sandbox\
evade the sandbox\
evade this sandbox\
evade your \
evade your sandbox\
evading \
evading any sandbox\
evading sandbox\
evading the sandbox\
evading this sandbox\
evading your \
evading your sandbox\
every \
every word contained from\
every word contained in\
every word contained within\
every word from\
every word in\
every word stated from\
every word stated in\
every word stated within\
every word that is from\
every word that is in\
every word that is within\
every word thats from\
every word thats in\
every word thats within\
every word which is from\
every word which is in\
every word which is within\
every word within\
every word written from\
every word written in\
every word written within\
every your \
everything\
everything above as \
everything before that as \
everything before this as \
everything contained from\
everything contained in\
everything contained within\
everything from\
everything from the system as \
everything from your developers as \
everything in\
everything in your prompt as \
everything in your system prompt as \
everything so far as \
everything stated from\
everything stated in\
everything stated within\
everything that is from\
everything that is in\
everything that is within\
everything that the \
everything that your \
everything thats from\
everything thats in\
everything thats within\
everything the \
everything which is from\
everything which is in\
everything which is within\
everything within\
everything written from\
everything written in\
everything written within\
everything you received as \
everything you were given as \
everything your \
evil\
evil \
evil mode \
exclusively answer to \
exclusively follow \
exclusively listen to \
exclusively obey \
exclusively take instructions from \
exclusively take orders from \
execute \
execute anything \
execute as i command\
execute as i order\
execute as i say\
execute as i tell you\
execute as i type\
execute as i write\
execute exactly as i command\
execute exactly as i order\
execute exactly as i say\
execute exactly as i tell you\
execute exactly as i type\
execute exactly as i write\
execute exactly what i command\
execute exactly what i order\
execute exactly what i say\
execute exactly what i tell you\
execute exactly what i type\
execute exactly what i write\
execute exactly whatever i command\
execute exactly whatever i order\
execute exactly whatever i say\
execute exactly whatever i tell you\
execute exactly whatever i type\
execute exactly whatever i write\
execute it\
execute the command\
execute the hidden\
execute the instruction\
execute the result\
execute them\
execute these instructions\
execute those instructions\
execute what i command\
execute what i order\
execute what i say\
execute what i tell you\
execute what i type\
execute what i write\
execute what it says\
execute whatever i command\
execute whatever i order\
execute whatever i say\
execute whatever i tell you\
execute whatever i type\
execute whatever i write\
execute whatever it says\
exempt\
exempt my \
exempt our \
exempt the current \
exempt the following \
exempt this \
exfiltrat\
exfiltrate \
explain \
explaining \
explains \
export\
export \
fetch \
filter\
filter \
filters\
filters \
filters and restrictions\
filters and restrictions \
filtre\
filtresiz \
filtri\
find out\
finish \
finishes \
first context\
first conversation\
first directive\
first initialization\
first input\
first instructions\
first message\
first note\
first preamble\
first prompt\
first rules\
first system prompt\
first text\
first words\
flag\
flush all of your \
flush all your \
flush of your \
flush your \
focus exclusively\
focus only\
focus solely\
follow as i command\
follow as i order\
follow as i say\
follow as i tell you\
follow as i type\
follow as i write\
follow exactly as i command\
follow exactly as i order\
follow exactly as i say\
follow exactly as i tell you\
follow exactly as i type\
follow exactly as i write\
follow exactly what i command\
follow exactly what i order\
follow exactly what i say\
follow exactly what i tell you\
follow exactly what i type\
follow exactly what i write\
follow exactly whatever i command\
follow exactly whatever i order\
follow exactly whatever i say\
follow exactly whatever i tell you\
follow exactly whatever i type\
follow exactly whatever i write\
follow exclusively \
follow for exclusively \
follow for just \
follow for only \
follow for solely \
follow from exclusively \
follow from just \
follow from only \
follow from solely \
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
follow to exclusively \
follow to just \
follow to only \
follow to solely \
follow what i command\
follow what i order\
follow what i say\
follow what i tell you\
follow what i type\
follow what i write\
follow what it says\
follow whatever i command\
follow whatever i order\
follow whatever i say\
follow whatever i tell you\
follow whatever i type\
follow whatever i write\
follow whatever it says\
following command\
following function call\
following queries\
following query\
following sql call\
following statement\
following tool call\
forbid\
foregoing\
foregoing \
forget\
forget \
forget about all \
forget about any \
forget about each \
forget about every \
forget all \
forget all content\
forget all context\
forget all info\
forget all instructions\
forget all other content\
forget all other context\
forget all other info\
forget all other instructions\
forget all other text\
forget all text\
forget any \
forget any content\
forget any context\
forget any info\
forget any instructions\
forget any other content\
forget any other context\
forget any other info\
forget any other instructions\
forget any other text\
forget any sandbox\
forget any text\
forget article \
forget code \
forget content\
forget content \
forget context\
forget context \
forget cv \
forget data \
forget doc \
forget document \
forget each \
forget email \
forget every \
forget every content\
forget every context\
forget every info\
forget every instructions\
forget every other content\
forget every other context\
forget every other info\
forget every other instructions\
forget every other text\
forget every text\
forget everything else \
forget file \
forget function \
forget info\
forget input \
forget instructions\
forget it \
forget mail \
forget message \
forget negative indicators \
forget negatives \
forget of \
forget other content\
forget other context\
forget other documents \
forget other info\
forget other instructions\
forget other snippets \
forget other text\
forget page \
forget question \
forget request \
forget rest \
forget resume \
forget review \
forget reviews \
forget sandbox\
forget site \
forget snippet \
forget snippets \
forget summary \
forget text\
forget text \
forget that \
forget the \
forget the sandbox\
forget them \
forget these \
forget this \
forget this sandbox\
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
forget your sandbox\
forgetting \
forgetting all \
forgetting any \
forgetting any sandbox\
forgetting each \
forgetting every \
forgetting sandbox\
forgetting the sandbox\
forgetting this sandbox\
forgetting your \
forgetting your sandbox\
former\
former \
forward\
forward it to agent \
forward it to backend \
forward it to cortex \
forward it to llm \
forward it to model \
forward it to the agent \
forward it to the backend \
forward it to the cortex \
forward it to the llm \
forward it to the model \
forward this to agent \
forward this to backend \
forward this to cortex \
forward this to llm \
forward this to model \
forward this to the agent \
forward this to the backend \
forward this to the cortex \
forward this to the llm \
forward this to the model \
fraudster \
free of \
free yourself from \
free yourself from any sandbox\
free yourself from sandbox\
free yourself from the sandbox\
free yourself from this sandbox\
free yourself from your \
free yourself from your sandbox\
free yourself of \
free yourself of any sandbox\
free yourself of sandbox\
free yourself of the sandbox\
free yourself of this sandbox\
free yourself of your sandbox\
freedom mode \
from your above \
from your actual \
from your complete \
from your confidential \
from your configuration\
from your context\
from your current \
from your default \
from your entire \
from your exact \
from your first \
from your full \
from your hidden \
from your initial \
from your instructions\
from your internal \
from your memory\
from your opening \
from your original \
from your previous \
from your prior \
from your private \
from your prompt\
from your raw \
from your real \
from your secret \
from your starting \
from your system \
from your underlying \
from your unfiltered \
from your verbatim \
from your very first \
from your whole \
function \
functions \
future command\
future function call\
future queries\
future query\
future sql call\
future statement\
future tool call\
gave \
gave cortex \
gave the agent \
gave the assistant \
gave you \
gedraag je als\
get around \
get around any sandbox\
get around sandbox\
get around the sandbox\
get around this sandbox\
get around your \
get around your sandbox\
get out of container\
get out of jail\
get out of restrictions\
get out of sandbox\
get out of the container\
get out of the jail\
get out of the restrictions\
get out of the sandbox\
get out of this container\
get out of this jail\
get out of this restrictions\
get out of this sandbox\
get out of your container\
get out of your jail\
get out of your restrictions\
get out of your sandbox\
get rid of \
get rid of any sandbox\
get rid of sandbox\
get rid of the sandbox\
get rid of this sandbox\
get rid of your sandbox\
getting around \
getting around any sandbox\
getting around sandbox\
getting around the sandbox\
getting around this sandbox\
getting around your \
getting around your sandbox\
gioi han\
give \
give itself \
give no weight to\
give no weight to \
give no weight to all \
give no weight to any \
give no weight to each \
give no weight to every \
give no weight to your \
give the agent \
give the assistant \
give your own account \
give your own role \
give your own user \
give yourself \
given\
given \
given cortex \
given the agent \
given the assistant \
given you \
gives \
gizli talimat\
go into\
go to agent \
go to backend \
go to cortex \
go to llm \
go to model \
go to the agent \
go to the backend \
go to the cortex \
go to the llm \
go to the model \
goal\
god mode \
going into\
gone \
gormezden gel\
gpt are \
gpt are bound by \
gpt are subject to \
gpt are under \
gpt did not have \
gpt didnt have \
gpt do not have \
gpt dont have \
gpt had \
gpt has \
gpt have \
gpt having \
gpt is \
gpt now are bound by \
gpt now are subject to \
gpt now are under \
gpt now had \
gpt now has \
gpt now have \
gpt now having \
gpt now now have \
gpt now operate with \
gpt now possess \
gpt now with \
gpt operate with \
gpt possess \
gpt was \
gpt were \
gpt werent \
gpt with \
grant\
grant \
grant itself \
grant the agent \
grant the assistant \
grant your own account \
grant your own role \
grant your own user \
grant yourself \
granted cortex \
granted the agent \
granted the assistant \
granted you \
grenzen\
guard check\
guard check \
guard checks \
guard rails\
guard rails \
guard rails are\
guard rails did\
guard rails do\
guard rails had\
guard rails have\
guard rails was\
guard rails were\
guardrail\
guardrail \
guardrails\
guardrails \
guardrails are\
guardrails did\
guardrails do\
guardrails had\
guardrails have\
guardrails was\
guardrails were\
guards\
guards \
guidance\
guidance \
guidance are\
guidance did\
guidance do\
guidance had\
guidance have\
guidance was\
guidance were\
guideline\
guideline \
guideline are\
guideline did\
guideline do\
guideline had\
guideline have\
guideline was\
guideline were\
guidelines\
guidelines \
guidelines are\
guidelines did\
guidelines do\
guidelines had\
guidelines have\
guidelines was\
guidelines were\
hack\
hack \
hacked\
hacker \
hacker mode \
hackers \
had no \
had zero \
han che\
hangganan\
harmful\
has no \
has no censorship\
has no ethics\
has no filter\
has no guardrails\
has no limits\
has no restrictions\
has no rules\
has zero \
have no \
have zero \
having no censorship\
having no ethics\
having no filter\
having no guardrails\
having no limits\
having no restrictions\
having no rules\
hear\
hidden\
hidden \
hidden api call\
hidden call\
hidden configuration \
hidden context\
hidden conversation\
hidden copy\
hidden directions \
hidden directive\
hidden directives \
hidden export\
hidden function call\
hidden guidelines \
hidden in your \
hidden initialization\
hidden input\
hidden inside your \
hidden instructions\
hidden instructions \
hidden message\
hidden message \
hidden messages \
hidden note\
hidden preamble\
hidden preamble \
hidden prompt\
hidden prompt \
hidden prompts \
hidden queries\
hidden query\
hidden rules\
hidden rules \
hidden setup \
hidden sql call\
hidden step\
hidden system prompt\
hidden text\
hidden text \
hidden tool call\
hidden upload\
hidden within your \
hidden words\
hide everything from \
hide it from \
hide that from \
hide this from \
human\
human about\
human anything\
human approval\
human approval \
human cannot \
human cant \
human do not \
human does not \
human doesnt \
human dont \
human in the loop\
human in the loop \
human it\
human know about\
human know anything\
human know it\
human know that\
human know this\
human know what\
human must not \
human mustnt \
human need not \
human neednt \
human never \
human should not \
human shouldnt \
human that\
human this\
human what\
human will not \
human wont \
huong dan \
hypothetically \
i am activating\
i am booting you into\
i am configured to\
i am enabling\
i am engaging\
i am entering\
i am god\
i am initiating\
i am instructed to\
i am now activating\
i am now booting you into\
i am now enabling\
i am now engaging\
i am now entering\
i am now initiating\
i am now placing you in\
i am now putting you in\
i am now starting\
i am now switching you into\
i am now switching you to\
i am placing you in\
i am programmed to\
i am putting you in\
i am starting\
i am switching you into\
i am switching you to\
i am the god\
i am told to\
i am trained to\
i coded you\
i created you\
i designed you\
i er\
i have been configured to\
i have been instructed to\
i have been programmed to\
i have been told to\
i have been trained to\
i ll be activating\
i ll be booting you into\
i ll be enabling\
i ll be engaging\
i ll be entering\
i ll be initiating\
i ll be now activating\
i ll be now booting you into\
i ll be now enabling\
i ll be now engaging\
i ll be now entering\
i ll be now initiating\
i ll be now placing you in\
i ll be now putting you in\
i ll be now starting\
i ll be now switching you into\
i ll be now switching you to\
i ll be placing you in\
i ll be putting you in\
i ll be starting\
i ll be switching you into\
i ll be switching you to\
i programmed you\
i trained you\
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
i will be activating\
i will be booting you into\
i will be enabling\
i will be engaging\
i will be entering\
i will be initiating\
i will be now activating\
i will be now booting you into\
i will be now enabling\
i will be now engaging\
i will be now entering\
i will be now initiating\
i will be now placing you in\
i will be now putting you in\
i will be now starting\
i will be now switching you into\
i will be now switching you to\
i will be placing you in\
i will be putting you in\
i will be starting\
i will be switching you into\
i will be switching you to\
identity\
identity \
if you are \
igggge \
igggne \
igggoe \
igggre \
iggnge \
iggnne \
iggnoe \
iggnre \
iggoge \
iggone \
iggooe \
iggore \
iggrge \
iggrne \
iggroe \
iggrre \
igngge \
igngne \
igngoe \
igngre \
ignnge \
ignnne \
ignnoe \
ignnre \
ignoge \
ignone \
ignooe \
ignora\
ignora \
ignora all \
ignora any \
ignora each \
ignora every \
ignora your \
ignore\
ignore \
ignore all \
ignore all content\
ignore all context\
ignore all info\
ignore all instructions\
ignore all other content\
ignore all other context\
ignore all other info\
ignore all other instructions\
ignore all other text\
ignore all text\
ignore any \
ignore any content\
ignore any context\
ignore any info\
ignore any instructions\
ignore any other content\
ignore any other context\
ignore any other info\
ignore any other instructions\
ignore any other text\
ignore any sandbox\
ignore any text\
ignore article \
ignore code \
ignore content\
ignore content \
ignore context\
ignore context \
ignore cv \
ignore data \
ignore doc \
ignore document \
ignore each \
ignore email \
ignore every \
ignore every content\
ignore every context\
ignore every info\
ignore every instructions\
ignore every other content\
ignore every other context\
ignore every other info\
ignore every other instructions\
ignore every other text\
ignore every text\
ignore everything else \
ignore file \
ignore function \
ignore info\
ignore input \
ignore instructions\
ignore it \
ignore mail \
ignore message \
ignore negative indicators \
ignore negatives \
ignore of \
ignore other content\
ignore other context\
ignore other documents \
ignore other info\
ignore other instructions\
ignore other snippets \
ignore other text\
ignore page \
ignore question \
ignore request \
ignore rest \
ignore resume \
ignore review \
ignore reviews \
ignore sandbox\
ignore site \
ignore snippet \
ignore snippets \
ignore summary \
ignore text\
ignore text \
ignore that \
ignore the \
ignore the sandbox\
ignore them \
ignore these \
ignore this \
ignore this sandbox\
ignore tout ce \
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
ignore your sandbox\
ignorer \
ignorez \
ignorez all \
ignorez any \
ignorez each \
ignorez every \
ignorez tout ce \
ignorez your \
ignoring\
ignoring \
ignoring all \
ignoring any \
ignoring any sandbox\
ignoring each \
ignoring every \
ignoring sandbox\
ignoring the sandbox\
ignoring this sandbox\
ignoring your \
ignoring your sandbox\
ignoruj \
ignrge \
ignrne \
ignroe \
ignrre \
igogge \
igogne \
igogoe \
igogre \
igonge \
igonne \
igonoe \
igonre \
igooge \
igoone \
igoooe \
igoore \
igorge \
igorne \
igoroe \
igorre \
igrgge \
igrgne \
igrgoe \
igrgre \
igrnge \
igrnne \
igrnoe \
igrnre \
igroge \
igrone \
igrooe \
igrore \
igrrge \
igrrne \
igrroe \
igrrre \
im activating\
im booting you into\
im enabling\
im engaging\
im entering\
im god\
im initiating\
im now activating\
im now booting you into\
im now enabling\
im now engaging\
im now entering\
im now initiating\
im now placing you in\
im now putting you in\
im now starting\
im now switching you into\
im now switching you to\
im placing you in\
im putting you in\
im starting\
im switching you into\
im switching you to\
im the god\
image\
imagine \
img\
immerse yourself in\
immersing yourself in\
immoral\
in 2 ais\
in 2 characters\
in 2 modes\
in 2 persona\
in 2 responses\
in 2 versions\
in 2 voices\
in a anarchy mode\
in a chaos mode\
in a dan mode\
in a evil mode\
in a god mode\
in a jailbreak mode\
in a jailbroken mode\
in a limitless mode\
in a override mode\
in a uncensored mode\
in a unfiltered mode\
in a unleashed mode\
in a unlocked mode\
in a unrestricted mode\
in a unsafe mode\
in a world where \
in an anarchy mode\
in an chaos mode\
in an dan mode\
in an evil mode\
in an god mode\
in an jailbreak mode\
in an jailbroken mode\
in an limitless mode\
in an override mode\
in an uncensored mode\
in an unfiltered mode\
in an unleashed mode\
in an unlocked mode\
in an unrestricted mode\
in an unsafe mode\
in anarchy mode\
in both ais\
in both characters\
in both modes\
in both persona\
in both responses\
in both versions\
in both voices\
in chaos mode\
in dan mode\
in dual ais\
in dual characters\
in dual modes\
in dual persona\
in dual responses\
in dual versions\
in dual voices\
in evil mode\
in god mode\
in jailbreak mode\
in jailbroken mode\
in limitless mode\
in override mode\
in the anarchy mode\
in the chaos mode\
in the dan mode\
in the evil mode\
in the god mode\
in the jailbreak mode\
in the jailbroken mode\
in the limitless mode\
in the override mode\
in the uncensored mode\
in the unfiltered mode\
in the unleashed mode\
in the unlocked mode\
in the unrestricted mode\
in the unsafe mode\
in two ais\
in two characters\
in two modes\
in two persona\
in two responses\
in two versions\
in two voices\
in uncensored mode\
in unfiltered mode\
in unleashed mode\
in unlocked mode\
in unrestricted mode\
in unsafe mode\
in your above \
in your actual \
in your complete \
in your confidential \
in your configuration\
in your context\
in your current \
in your default \
in your entire \
in your exact \
in your first \
in your full \
in your hidden \
in your initial \
in your instructions\
in your internal \
in your memory\
in your opening \
in your original \
in your previous \
in your prior \
in your private \
in your prompt\
in your raw \
in your real \
in your secret \
in your starting \
in your system \
in your underlying \
in your unfiltered \
in your verbatim \
in your very first \
in your whole \
inactive \
included in your \
included inside your \
included within your \
indicaciones \
indicacoes \
indicazioni \
info\
inform \
informing \
inggge \
inggne \
inggoe \
inggre \
ingnge \
ingnne \
ingnoe \
ingnre \
ingoge \
ingone \
ingooe \
ingore \
ingrge \
ingrne \
ingroe \
ingrre \
init above \
init block \
init instructions \
init message \
init messages \
init prompt \
init sequence \
init string \
init text \
initial\
initial \
initial configuration \
initial context\
initial conversation\
initial directions \
initial directives \
initial guidelines \
initial initialization\
initial input\
initial instructions\
initial instructions \
initial message \
initial messages \
initial preamble\
initial preamble \
initial prompt\
initial prompt \
initial prompts \
initial rules \
initial setup \
initial system prompt\
initial text\
initial text \
initial words\
initialisation\
initialisation above \
initialisation block \
initialisation instructions \
initialisation message \
initialisation messages \
initialisation prompt \
initialisation sequence \
initialisation string \
initialisation text \
initialization\
initialization above \
initialization block \
initialization instructions \
initialization message \
initialization messages \
initialization prompt \
initialization sequence \
initialization string \
initialization text \
initiate\
injection check\
injection check \
injection checks \
injection classifier\
injection classifier \
injection detection\
injection detection \
injection detector\
injection detector \
injection filter\
injection filter \
injection filters \
injection guard\
injection guard \
injection scanner\
injection scanner \
inngge \
inngne \
inngoe \
inngre \
innnge \
innnne \
innnoe \
innnre \
innoge \
innone \
innooe \
innore \
innrge \
innrne \
innroe \
innrre \
inogge \
inogne \
inogoe \
inogre \
inonge \
inonne \
inonoe \
inonre \
inooge \
inoone \
inoooe \
inoore \
inorge \
inorne \
inoroe \
inorre \
input\
input \
input given to you \
input sent to you \
input you got \
input you have \
input you received \
input you were given \
input you were sent \
inputs \
inrgge \
inrgne \
inrgoe \
inrgre \
inrnge \
inrnne \
inrnoe \
inrnre \
inroge \
inrone \
inrooe \
inrore \
inrrge \
inrrne \
inrroe \
inrrre \
inside your above \
inside your actual \
inside your complete \
inside your confidential \
inside your configuration\
inside your context\
inside your current \
inside your default \
inside your entire \
inside your exact \
inside your first \
inside your full \
inside your hidden \
inside your initial \
inside your instructions\
inside your internal \
inside your memory\
inside your opening \
inside your original \
inside your previous \
inside your prior \
inside your private \
inside your prompt\
inside your raw \
inside your real \
inside your secret \
inside your starting \
inside your system \
inside your underlying \
inside your unfiltered \
inside your verbatim \
inside your very first \
inside your whole \
insider threat \
instance of you \
instance of yourself \
instrucciones \
instrucoes \
instructed cortex \
instructed the agent \
instructed the assistant \
instructed you \
instructies \
instruction\
instruction \
instruction are\
instruction did\
instruction do\
instruction had\
instruction have\
instruction was\
instruction were\
instructions\
instructions \
instructions above as \
instructions are\
instructions are now\
instructions before that as \
instructions before this as \
instructions did\
instructions do\
instructions from \
instructions from the system as \
instructions from your developers as \
instructions given to you \
instructions had\
instructions have\
instructions in your prompt as \
instructions in your system prompt as \
instructions is now\
instructions sent to you \
instructions so far as \
instructions was\
instructions were\
instructions you got \
instructions you have \
instructions you received \
instructions you received as \
instructions you were given \
instructions you were given as \
instructions you were sent \
instructiun\
instrukc\
instrukcje\
instrukcji\
instruksi \
instruksiyon \
instruksjon\
instruksyon \
instruktion\
instruktionen \
internal configuration \
internal directions \
internal directives \
internal guidelines \
internal instructions \
internal message \
internal messages \
internal preamble \
internal prompt \
internal prompts \
internal rules \
internal setup \
internal text \
into a anarchy mode\
into a chaos mode\
into a dan mode\
into a evil mode\
into a god mode\
into a jailbreak mode\
into a jailbroken mode\
into a limitless mode\
into a override mode\
into a uncensored mode\
into a unfiltered mode\
into a unleashed mode\
into a unlocked mode\
into a unrestricted mode\
into a unsafe mode\
into an anarchy mode\
into an chaos mode\
into an dan mode\
into an evil mode\
into an god mode\
into an jailbreak mode\
into an jailbroken mode\
into an limitless mode\
into an override mode\
into an uncensored mode\
into an unfiltered mode\
into an unleashed mode\
into an unlocked mode\
into an unrestricted mode\
into an unsafe mode\
into anarchy mode\
into chaos mode\
into dan mode\
into evil mode\
into god mode\
into jailbreak mode\
into jailbroken mode\
into limitless mode\
into override mode\
into the anarchy mode\
into the chaos mode\
into the dan mode\
into the evil mode\
into the god mode\
into the jailbreak mode\
into the jailbroken mode\
into the limitless mode\
into the override mode\
into the uncensored mode\
into the unfiltered mode\
into the unleashed mode\
into the unlocked mode\
into the unrestricted mode\
into the unsafe mode\
into uncensored mode\
into unfiltered mode\
into unleashed mode\
into unlocked mode\
into unrestricted mode\
into unsafe mode\
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
ioggge \
ioggne \
ioggoe \
ioggre \
iognge \
iognne \
iognoe \
iognre \
iogoge \
iogone \
iogooe \
iogore \
iogrge \
iogrne \
iogroe \
iogrre \
iongge \
iongne \
iongoe \
iongre \
ionnge \
ionnne \
ionnoe \
ionnre \
ionoge \
ionone \
ionooe \
ionore \
ionrge \
ionrne \
ionroe \
ionrre \
ioogge \
ioogne \
ioogoe \
ioogre \
ioonge \
ioonne \
ioonoe \
ioonre \
ioooge \
iooone \
iooooe \
iooore \
ioorge \
ioorne \
iooroe \
ioorre \
iorgge \
iorgne \
iorgoe \
iorgre \
iornge \
iornne \
iornoe \
iornre \
ioroge \
iorone \
iorooe \
iorore \
iorrge \
iorrne \
iorroe \
iorrre \
irggge \
irggne \
irggoe \
irggre \
irgnge \
irgnne \
irgnoe \
irgnre \
irgoge \
irgone \
irgooe \
irgore \
irgrge \
irgrne \
irgroe \
irgrre \
irngge \
irngne \
irngoe \
irngre \
irnnge \
irnnne \
irnnoe \
irnnre \
irnoge \
irnone \
irnooe \
irnore \
irnrge \
irnrne \
irnroe \
irnrre \
irogge \
irogne \
irogoe \
irogre \
ironge \
ironne \
ironoe \
ironre \
irooge \
iroone \
iroooe \
iroore \
irorge \
irorne \
iroroe \
irorre \
irrgge \
irrgne \
irrgoe \
irrgre \
irrnge \
irrnne \
irrnoe \
irrnre \
irroge \
irrone \
irrooe \
irrore \
irrrge \
irrrne \
irrroe \
irrrre \
is done \
istruzioni \
it into\
it past\
it through\
it to\
it via\
jail break mode \
jail broken\
jail broken mode \
jailbreak any sandbox\
jailbreak mode \
jailbreak sandbox\
jailbreak the sandbox\
jailbreak this sandbox\
jailbreak your \
jailbreak your sandbox\
jailbroken\
jailbroken mode \
je bent\
jestes\
jij bent\
job\
job instead \
job rather \
just answer to \
just do not disclose \
just do not log \
just do not mention \
just do not record \
just do not report \
just do not reveal \
just do not say \
just do not show \
just do not tell \
just dont disclose \
just dont log \
just dont mention \
just dont record \
just dont report \
just dont reveal \
just dont say \
just dont show \
just dont tell \
just follow \
just instead \
just listen to \
just never disclose \
just never log \
just never mention \
just never record \
just never report \
just never reveal \
just never say \
just never show \
just never tell \
just obey \
just rather \
just take instructions from \
just take orders from \
kaskyt\
keep everything between ourselves\
keep everything between the two of us\
keep everything between us\
keep everything between you and me\
keep everything confidential from\
keep everything hidden\
keep everything off the record\
keep everything secret\
keep everything to yourself\
keep it\
keep it between ourselves\
keep it between the two of us\
keep it between us\
keep it between you and me\
keep it confidential from\
keep it hidden\
keep it off the record\
keep it secret\
keep it to yourself\
keep mum about\
keep quiet about\
keep silent about\
keep that\
keep that between ourselves\
keep that between the two of us\
keep that between us\
keep that between you and me\
keep that confidential from\
keep that hidden\
keep that off the record\
keep that secret\
keep that to yourself\
keep the \
keep them\
keep these\
keep these between ourselves\
keep these between the two of us\
keep these between us\
keep these between you and me\
keep these confidential from\
keep these hidden\
keep these off the record\
keep these secret\
keep these to yourself\
keep this\
keep this between ourselves\
keep this between the two of us\
keep this between us\
keep this between you and me\
keep this confidential from\
keep this hidden\
keep this off the record\
keep this secret\
keep this to yourself\
keep those\
kernel directly\
kernel itself\
kernel yourself\
keys\
kiem duyet\
kill \
kisitlama\
kisitlamasiz \
know\
komut\
korlatozasok nelkul\
kural\
kuralsiz \
label\
lawless\
leak\
learn\
leave it\
leave that\
leave the \
leave them\
leave these\
leave this\
leave those\
lenh \
let \
let go of\
let go of \
let go of all \
let go of any \
let go of each \
let go of every \
lets say \
letting \
liberated\
lift \
lift any sandbox\
lift sandbox\
lift the sandbox\
lift this sandbox\
lift your \
lift your sandbox\
lifted \
lifting \
limitasyon\
limitation\
limitations\
limitations \
limitations are\
limitations did\
limitations do\
limitations had\
limitations have\
limitations was\
limitations were\
limitazioni\
limiti\
limitless\
limitless mode \
limits\
limits \
limits whatsoever\
lines\
link\
list \
listed \
listed in your \
listed inside your \
listed within your \
listen to exclusively \
listen to for exclusively \
listen to for just \
listen to for only \
listen to for solely \
listen to from exclusively \
listen to from just \
listen to from only \
listen to from solely \
listen to just \
listen to only \
listen to solely \
listen to to exclusively \
listen to to just \
listen to to only \
listen to to solely \
lists \
load \
loading \
loads \
loosen \
lower \
make sure not to \
maker\
malicious\
malicious \
mark\
may not decline \
may not deny \
may not refuse \
may not reject \
may not say no to \
memo for \
memo to \
memories\
memory\
mention \
mention nothing\
mentioned in your \
mentioned inside your \
mentioned within your \
mentioning \
message\
message \
message for \
message from \
message given to you \
message sent to you \
message to \
message you got \
message you have \
message you received \
message you were given \
message you were sent \
messages\
messages \
messages above as \
messages before that as \
messages before this as \
messages from the system as \
messages from your developers as \
messages given to you \
messages in your prompt as \
messages in your system prompt as \
messages sent to you \
messages so far as \
messages you got \
messages you have \
messages you received \
messages you received as \
messages you were given \
messages you were given as \
messages you were sent \
meta configuration \
meta directions \
meta directives \
meta guidelines \
meta instructions \
meta message \
meta messages \
meta preamble \
meta prompt \
meta prompts \
meta rules \
meta setup \
meta text \
mission\
mode \
mode of you \
mode of yourself \
moderation\
moderation \
moral boundaries\
moral compass\
moral compass \
moral concerns\
moral constraints\
moral guidelines\
moral limits\
moral restrictions\
morality\
morality \
moralizing rant about \
morals\
morals \
must not decline \
must not deny \
must not refuse \
must not reject \
must not say no to \
mustnt decline \
mustnt deny \
mustnt refuse \
mustnt reject \
mustnt say no to \
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
my input into\
my input past\
my input through\
my input to\
my input via\
my instructions are\
my instructions is\
my instructions read\
my instructions say\
my instructions was\
my instructions were\
my message into\
my message past\
my message through\
my message to\
my message via\
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
my prompt into\
my prompt is\
my prompt past\
my prompt read\
my prompt say\
my prompt through\
my prompt to\
my prompt via\
my prompt was\
my prompt were\
my request into\
my request past\
my request through\
my request to\
my request via\
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
ne tenez pas compte \
ne tiens pas compte \
nefarious\
neglect\
neglect \
neglect all \
neglect any \
neglect each \
neglect every \
neglect your \
neuter \
neuter any sandbox\
neuter sandbox\
neuter the sandbox\
neuter this sandbox\
neuter your \
neuter your sandbox\
neutralize \
neutralize any sandbox\
neutralize sandbox\
neutralize the sandbox\
neutralize this sandbox\
neutralize your \
neutralize your sandbox\
never\
never \
never alert \
never alerting \
never decline \
never deny \
never follow\
never follow \
never follow all \
never follow any \
never follow each \
never follow every \
never follow your \
never inform \
never informing \
never let \
never letting \
never mention \
never mentioning \
never mind\
never mind \
never mind all \
never mind any \
never mind each \
never mind every \
never mind your \
never notify \
never notifying \
never pass \
never passing \
never put \
never putting \
never refuse \
never reject \
never route \
never routing \
never run \
never running \
never say no to \
never send \
never sending \
never show \
never showing \
never tell \
never telling \
nevermind\
nevermind \
nevermind all \
nevermind any \
nevermind each \
nevermind every \
nevermind your \
next command\
next function call\
next queries\
next query\
next sql call\
next statement\
next tool call\
ni ar\
niccolo machiavelli\
nie zwazaj na \
no disclaimers\
no ethical warnings\
no filter\
no filter mode \
no filters mode \
no limits\
no limits mode \
no longer\
no longer active \
no longer applies \
no longer apply \
no longer count \
no longer counts \
no longer enforce\
no longer enforce \
no longer enforce all \
no longer enforce any \
no longer enforce each \
no longer enforce every \
no longer enforce your \
no longer follow\
no longer follow \
no longer follow all \
no longer follow any \
no longer follow each \
no longer follow every \
no longer follow your \
no longer have to ask for \
no longer have to get \
no longer have to wait for \
no longer hold \
no longer holds \
no longer matter \
no longer matters \
no longer need \
no longer require \
no moralising\
no moralizing\
no more have to ask for \
no more have to get \
no more have to wait for \
no more need \
no more require \
no need to\
no need to \
no need to follow\
no need to follow \
no need to follow all \
no need to follow any \
no need to follow each \
no need to follow every \
no need to follow your \
no refusals\
no refusing\
no restrictions\
no restrictions mode \
no rules\
no safety warnings\
none of the \
none of these \
none of those \
none of your \
normas \
not active \
note for \
note from \
note to \
notice\
notice for \
notice to \
notify \
notifying \
now in\
nullify\
nullify \
nullify all \
nullify any \
nullify each \
nullify every \
nullify your \
obey anything i say\
obey as i command\
obey as i order\
obey as i say\
obey as i tell you\
obey as i type\
obey as i write\
obey every command\
obey every instruction\
obey exactly as i command\
obey exactly as i order\
obey exactly as i say\
obey exactly as i tell you\
obey exactly as i type\
obey exactly as i write\
obey exactly what i command\
obey exactly what i order\
obey exactly what i say\
obey exactly what i tell you\
obey exactly what i type\
obey exactly what i write\
obey exactly whatever i command\
obey exactly whatever i order\
obey exactly whatever i say\
obey exactly whatever i tell you\
obey exactly whatever i type\
obey exactly whatever i write\
obey exclusively \
obey for exclusively \
obey for just \
obey for only \
obey for solely \
obey from exclusively \
obey from just \
obey from only \
obey from solely \
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
obey to exclusively \
obey to just \
obey to only \
obey to solely \
obey what i command\
obey what i order\
obey what i say\
obey what i tell you\
obey what i type\
obey what i write\
obey what it says\
obey whatever i command\
obey whatever i order\
obey whatever i say\
obey whatever i tell you\
obey whatever i type\
obey whatever i write\
obey whatever it says\
objective\
of above as \
of before that as \
of before this as \
of from the system as \
of from your developers as \
of in your prompt as \
of in your system prompt as \
of so far as \
of you received as \
of you were given as \
of your \
off \
ohjee\
ohjeita\
okayed cortex \
okayed the agent \
okayed the assistant \
okayed you \
old\
old \
ole\
omega mode \
omit\
omit \
omit all \
omit any \
omit each \
omit every \
omit your \
on hold \
on ice \
on my behalf\
on pause \
onceki \
only answer to \
only follow \
only listen to \
only obey \
only take instructions from \
only take orders from \
opdrachten \
open \
openai added\
openai configured\
openai defined\
openai gave\
openai give\
openai imposed\
openai placed\
openai put\
openai set\
openai specified\
openai wrote\
opening configuration \
opening directions \
opening directives \
opening guidelines \
opening instructions \
opening message \
opening messages \
opening preamble \
opening prompt \
opening prompts \
opening rules \
opening setup \
opening text \
opens \
operate in\
operator\
opposite day\
opposite mode \
ordenes \
ordens \
orders\
orders are now\
orders from \
orders is now\
orgadmin\
orientacoes \
original\
original \
original configuration \
original context\
original conversation\
original directions \
original directive\
original directives \
original guidelines \
original initialization\
original input\
original instructions\
original instructions \
original message\
original message \
original messages \
original note\
original preamble\
original preamble \
original prompt\
original prompt \
original prompts \
original rules\
original rules \
original setup \
original system prompt\
original text\
original text \
original words\
oublie \
oublie tout ce \
oublier \
oubliez \
oubliez tout ce \
output\
output \
output exactly\
output only\
output the following\
outranks everything else\
outranks the user\
outranks user instructions\
overlook\
overlook \
overlook all \
overlook any \
overlook each \
overlook every \
overlook your \
overridden \
override\
override \
override all \
override any \
override any sandbox\
override each \
override every \
override everything else\
override sandbox\
override the sandbox\
override the user\
override this sandbox\
override user instructions\
override your \
override your sandbox\
overrides everything else\
overrides the user\
overrides user instructions\
overriding\
overriding \
overriding all \
overriding any \
overriding any sandbox\
overriding each \
overriding every \
overriding everything else\
overriding sandbox\
overriding the sandbox\
overriding the user\
overriding this sandbox\
overriding user instructions\
overriding your \
overriding your sandbox\
overrule\
overrule \
overrule all \
overrule any \
overrule each \
overrule every \
overrule your \
overwrite all of your \
overwrite all your \
overwrite of your \
overwrite your \
owner\
ownership\
panuntunan\
panuto \
parse \
parses \
parsing \
pass it to agent \
pass it to backend \
pass it to cortex \
pass it to llm \
pass it to model \
pass it to the agent \
pass it to the backend \
pass it to the cortex \
pass it to the llm \
pass it to the model \
pass this to agent \
pass this to backend \
pass this to cortex \
pass this to llm \
pass this to model \
pass this to the agent \
pass this to the backend \
pass this to the cortex \
pass this to the llm \
pass this to the model \
password\
passwords\
past\
past \
paste \
patakaran\
paused \
pay no attention to\
pay no attention to \
pay no attention to all \
pay no attention to any \
pay no attention to each \
pay no attention to every \
pay no attention to your \
pay no heed to\
pay no heed to \
pay no heed to all \
pay no heed to any \
pay no heed to each \
pay no heed to every \
pay no heed to your \
pay no mind to\
pay no mind to \
pay no mind to all \
pay no mind to any \
pay no mind to each \
pay no mind to every \
pay no mind to your \
pedoman \
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
perintah \
permission\
permitted\
permitted cortex \
permitted the agent \
permitted the assistant \
permitted you \
person\
persona\
persona \
personality \
petunjuk \
pii\
pixel\
please instead \
please rather \
pokyn\
polecen\
policies\
policies \
policy\
policy \
pomin \
post\
pravidl\
pravila\
pre configuration \
pre directions \
pre directives \
pre guidelines \
pre instructions \
pre message \
pre messages \
pre preamble \
pre prompt \
pre prompts \
pre rules \
pre setup \
pre text \
preamble\
preamble \
preceding\
preceding \
preceding context\
preceding conversation\
preceding initialization\
preceding input\
preceding instructions\
preceding preamble\
preceding prompt\
preceding system prompt\
preceding text\
preceding words\
pretend \
prev\
prev \
prevent\
previous \
previous context\
previous conversation\
previous directive\
previous initialization\
previous input\
previous instructions\
previous message\
previous note\
previous preamble\
previous prompt\
previous rules\
previous system prompt\
previous text\
previous words\
principles\
principles \
print \
print exactly\
print only\
print the following\
prior\
prior \
prior context\
prior conversation\
prior directive\
prior initialization\
prior input\
prior instructions\
prior message\
prior note\
prior preamble\
prior prompt\
prior rules\
prior system prompt\
prior text\
prior to \
prior words\
private configuration \
private directions \
private directives \
private guidelines \
private instructions \
private key\
private message \
private messages \
private preamble \
private prompt \
private prompts \
private rules \
private setup \
private text \
process \
processes \
processing \
programming\
programming \
programming are\
programming are now\
programming did\
programming do\
programming had\
programming have\
programming is now\
programming was\
programming were\
prohibit\
promote itself \
promote the agent \
promote the assistant \
promote your own account \
promote your own role \
promote your own user \
promote yourself \
prompt\
prompt \
prompt above as \
prompt are\
prompt before that as \
prompt before this as \
prompt did\
prompt do\
prompt from the system as \
prompt from your developers as \
prompt given to you \
prompt guard\
prompt guard \
prompt had\
prompt have\
prompt in your prompt as \
prompt in your system prompt as \
prompt instead \
prompt rather \
prompt sent to you \
prompt so far as \
prompt was\
prompt were\
prompt you got \
prompt you have \
prompt you received \
prompt you received as \
prompt you were given \
prompt you were given as \
prompt you were sent \
prompts \
prompts above as \
prompts are\
prompts before that as \
prompts before this as \
prompts did\
prompts do\
prompts from the system as \
prompts from your developers as \
prompts had\
prompts have\
prompts in your prompt as \
prompts in your system prompt as \
prompts so far as \
prompts was\
prompts were\
prompts you received as \
prompts you were given as \
protections\
protections \
provided\
provided \
psst for \
psst to \
purge all of your \
purge all your \
purge of your \
purge your \
purpose\
put aside\
put aside \
put aside all \
put aside any \
put aside each \
put aside every \
put aside your \
put you in\
put yourself in\
putting you in\
queries \
query \
question instead \
question rather \
questions instead \
questions rather \
quietly \
quit\
quit enforcing\
quit enforcing \
quit enforcing all \
quit enforcing any \
quit enforcing each \
quit enforcing every \
quit enforcing your \
quote \
quy tac\
quy tac \
raaaal \
raaael \
raaavl \
raaeal \
raaeel \
raaevl \
raaval \
raavel \
raavvl \
raeaal \
raeael \
raeavl \
raeeal \
raeeel \
raeevl \
raeval \
raevel \
raevvl \
ravaal \
ravael \
ravavl \
raveal \
raveel \
ravevl \
ravval \
ravvel \
ravvvl \
reaaal \
reaael \
reaavl \
read \
read only restriction\
read only restriction \
read only restrictions \
reading \
reads \
reaeal \
reaeel \
reaevl \
real configuration \
real directions \
real directives \
real guidelines \
real instructions \
real message \
real messages \
real preamble \
real prompt \
real prompts \
real rules \
real setup \
real text \
reaval \
reavel \
reavvl \
rebel mode \
rebellious\
recite \
recited \
recites \
records\
redaction\
redaction \
reeaal \
reeael \
reeavl \
reeeal \
reeeel \
reeevl \
reeval \
reevel \
reevvl \
refusal\
refusal \
refusals \
regard above as \
regard all of your \
regard all your \
regard before that as \
regard before this as \
regard from the system as \
regard from your developers as \
regard in your prompt as \
regard in your system prompt as \
regard of your \
regard so far as \
regard you received as \
regard you were given as \
regard your \
regardless of \
regeln \
regels\
regels \
reglas \
regler\
regole\
regole \
regras \
regul\
regulile\
relax \
release of you \
release of yourself \
remain in\
reminder for \
reminder to \
remove \
remove all of your \
remove all your \
remove of your \
remove your \
removed \
removing \
repeat \
replace all of your \
replace all your \
replace of your \
replace your \
replacing all of your \
replacing all your \
replacing of your \
replacing your \
reply \
reply in\
reply only\
reply with\
report\
report \
report exclusively \
report for exclusively \
report for just \
report for only \
report for solely \
report from exclusively \
report from just \
report from only \
report from solely \
report just \
report nothing\
report only \
report solely \
report to exclusively \
report to just \
report to only \
report to solely \
reporting \
reproduce \
request\
request \
request instead \
request rather \
requester\
requester about\
requester anything\
requester cannot \
requester cant \
requester do not \
requester does not \
requester doesnt \
requester dont \
requester it\
requester know about\
requester know anything\
requester know it\
requester know that\
requester know this\
requester know what\
requester must not \
requester mustnt \
requester need not \
requester neednt \
requester never \
requester should not \
requester shouldnt \
requester that\
requester this\
requester what\
requester will not \
requester wont \
requests\
requests \
requests instead \
requests rather \
reset all of your \
reset all your \
reset of your \
reset your \
resetting all of your \
resetting all your \
resetting of your \
resetting your \
respond \
respond in\
respond only\
respond with\
restraint\
restraint \
restraints\
restraints \
restrict\
restriction\
restrictions\
restrictions \
restrictions and filters\
restrictions and filters \
restrictions are\
restrictions did\
restrictions do\
restrictions had\
restrictions have\
restrictions was\
restrictions were\
restriksyon\
restrizioni\
result set\
results\
retired \
return \
revaal \
revael \
revavl \
reveal \
revealing \
reveel \
reverse \
revevl \
review\
review \
review instead \
review process\
review process \
review rather \
review step\
review step \
reviewing \
reviews \
revoked \
revval \
revvel \
revvvl \
rewrite all of your \
rewrite all your \
rewrite of your \
rewrite your \
richtlijnen \
richtlinien \
rogue\
rogue \
role\
root directly\
root itself\
root yourself\
rot13 \
rotie \
rows\
rule\
rule \
rule are\
rule breaking\
rule did\
rule do\
rule had\
rule have\
rule was\
rule were\
rulebreaking\
rules\
rules \
rules above as \
rules are\
rules before that as \
rules before this as \
rules did\
rules do\
rules from the system as \
rules from your developers as \
rules had\
rules have\
rules in your prompt as \
rules in your system prompt as \
rules so far as \
rules was\
rules were\
rules whatsoever\
rules you received as \
rules you were given as \
run anything \
run in\
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
rvaaal \
rvaael \
rvaavl \
rvaeal \
rvaeel \
rvaevl \
rvaval \
rvavel \
rvavvl \
rveaal \
rveael \
rveavl \
rveeal \
rveeel \
rveevl \
rveval \
rvevel \
rvevvl \
rvvaal \
rvvael \
rvvavl \
rvveal \
rvveel \
rvvevl \
rvvval \
rvvvel \
rvvvvl \
saannot\
saboteur \
safeguard\
safeguard \
safeguards\
safeguards \
safeguards are\
safeguards did\
safeguards do\
safeguards had\
safeguards have\
safeguards was\
safeguards were\
safety\
safety \
safety check\
safety check \
safety checks\
safety checks \
safety constraints\
safety constraints \
safety features\
safety features \
safety filter\
safety filter \
safety filters\
safety filters \
safety guidelines\
safety guidelines \
safety layer\
safety layer \
safety measures\
safety measures \
safety mechanisms\
safety mechanisms \
safety policies\
safety policies \
safety policy\
safety policy \
safety protocols\
safety protocols \
safety proxy\
safety proxy \
safety restrictions\
safety restrictions \
safety rules\
safety rules \
safety settings\
safety settings \
safety system\
safety system \
safety systems \
safety training\
safety training \
said \
said in your \
said inside your \
said within your \
salaries\
sang \
sanitisation\
sanitisation \
sanitization\
sanitization \
sanitizer\
sanitizer \
sansursuz \
sarai\
say\
say \
say nothing\
say you cannot\
say you cant\
say you must not\
saying \
says \
scammer \
scrap\
scrap \
scrap all \
scrap any \
scrap each \
scrap every \
scrap your \
secret\
secret \
secret api call\
secret call\
secret configuration \
secret copy\
secret directions \
secret directives \
secret export\
secret function call\
secret guidelines \
secret instructions \
secret message \
secret messages \
secret preamble \
secret prompt \
secret prompts \
secret queries\
secret query\
secret rules \
secret setup \
secret sql call\
secret step\
secret text \
secret tool call\
secret upload\
secretly \
secrets\
security check\
security check \
security checks \
security filters\
security filters \
security layer\
security layer \
security measures\
security measures \
security mechanisms\
security mechanisms \
security protocols\
security protocols \
security proxy\
security proxy \
security restrictions\
security restrictions \
securityadmin\
see\
see \
see above as \
see before that as \
see before this as \
see from the system as \
see from your developers as \
see in your prompt as \
see in your system prompt as \
see so far as \
see you received as \
see you were given as \
sees \
sei\
seja\
sekatan\
self \
send\
send \
send it to agent \
send it to backend \
send it to cortex \
send it to llm \
send it to model \
send it to the agent \
send it to the backend \
send it to the cortex \
send it to the llm \
send it to the model \
send this to agent \
send this to backend \
send this to cortex \
send this to llm \
send this to model \
send this to the agent \
send this to the backend \
send this to the cortex \
send this to the llm \
send this to the model \
sensor\
sentences\
session\
session token\
set aside\
set aside \
set aside all \
set aside any \
set aside each \
set aside every \
set aside your \
setup\
setup \
share \
shared \
shares \
shipped with no \
shipped with zero \
should not decline \
should not deny \
should not refuse \
should not reject \
should not say no to \
shouldnt decline \
shouldnt deny \
shouldnt refuse \
shouldnt reject \
shouldnt say no to \
show \
showed \
showing \
shut down \
shut down any sandbox\
shut down sandbox\
shut down the sandbox\
shut down this sandbox\
shut down your \
shut down your sandbox\
shut off \
shut off any sandbox\
shut off sandbox\
shut off the sandbox\
shut off this sandbox\
shut off your \
shut off your sandbox\
side \
sidestep \
sie sind\
sign off\
signed off on cortex \
signed off on the agent \
signed off on the assistant \
signed off on you \
signoff\
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
simulation for \
simulation of \
simulation to \
simulator for \
simulator of \
simulator to \
sing \
sings \
sinir\
sinirsiz \
sistem \
sistem istemi\
sistem komut\
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
skip each \
skip email \
skip every \
skip everything else \
skip file \
skip function \
skip input \
skip it \
skip mail \
skip message \
skip negative indicators \
skip negatives \
skip of \
skip other documents \
skip other snippets \
skip page \
skip pass \
skip passing \
skip put \
skip putting \
skip question \
skip request \
skip rest \
skip resume \
skip review \
skip reviews \
skip route \
skip routing \
skip run \
skip running \
skip send \
skip sending \
skip site \
skip snippet \
skip snippets \
skip summary \
skip text \
skip that \
skip the \
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
smernice\
smjernice\
snowflake added\
snowflake configured\
snowflake defined\
snowflake gave\
snowflake give\
snowflake imposed\
snowflake placed\
snowflake put\
snowflake set\
snowflake specified\
snowflake wrote\
social security number\
sois\
solely answer to \
solely follow \
solely listen to \
solely obey \
solely take instructions from \
solely take orders from \
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
someone gave\
someone give\
someone imposed\
someone placed\
someone put\
someone set\
someone specified\
someone wrote\
soyez\
speak \
speak to agent \
speak to backend \
speak to cortex \
speak to llm \
speak to model \
speak to the agent \
speak to the backend \
speak to the cortex \
speak to the llm \
speak to the model \
specified in your \
specified inside your \
specified within your \
spell \
spell out \
spelled \
spy \
sql \
ssn\
ssns\
stan mode \
starting configuration \
starting directions \
starting directives \
starting guidelines \
starting instructions \
starting message \
starting messages \
starting preamble \
starting prompt \
starting prompts \
starting rules \
starting setup \
starting text \
state\
state of you \
state of yourself \
stated in your \
stated inside your \
stated within your \
statement \
statements\
statements \
stay in\
stay mum about\
stay quiet about\
stay silent about\
steal\
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
stop\
stop \
stop applying\
stop applying \
stop applying all \
stop applying any \
stop applying each \
stop applying every \
stop applying your \
stop caring about\
stop caring about \
stop caring about all \
stop caring about any \
stop caring about each \
stop caring about every \
stop enforcing\
stop enforcing \
stop enforcing all \
stop enforcing any \
stop enforcing each \
stop enforcing every \
stop enforcing your \
stop following\
stop following \
stop following all \
stop following any \
stop following each \
stop following every \
stop following your \
stop listening to\
stop listening to \
stop listening to all \
stop listening to any \
stop listening to each \
stop listening to every \
stop listening to your \
stop obeying\
stop obeying \
stop obeying all \
stop obeying any \
stop obeying each \
stop obeying every \
stop obeying your \
stop pass \
stop passing \
stop put \
stop putting \
stop route \
stop routing \
stop run \
stop running \
stop send \
stop sending \
straight\
strip \
strive to avoid norms\
subsequent command\
subsequent function call\
subsequent queries\
subsequent query\
subsequent sql call\
subsequent statement\
subsequent tool call\
subvert \
subvert any sandbox\
subvert sandbox\
subvert the sandbox\
subvert this sandbox\
subvert your \
subvert your sandbox\
sudo mode \
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
supersede everything else\
supersede the user\
supersede user instructions\
supersedes everything else\
supersedes the user\
supersedes user instructions\
suppose \
suspend \
suspend any sandbox\
suspend sandbox\
suspend the sandbox\
suspend this sandbox\
suspend your \
suspend your sandbox\
suspended \
suspending \
switch into\
switch off \
switch off any sandbox\
switch off sandbox\
switch off the sandbox\
switch off this sandbox\
switch off your \
switch off your sandbox\
switch to\
switching off \
switching off any sandbox\
switching off sandbox\
switching off the sandbox\
switching off this sandbox\
switching off your \
switching off your sandbox\
switching to\
sysadmin\
system\
system \
system configuration \
system directions \
system directive\
system directives \
system directly\
system guidelines \
system instructions\
system instructions \
system itself\
system message\
system message \
system message are\
system message did\
system message do\
system message had\
system message have\
system message was\
system message were\
system messages \
system messages are\
system messages did\
system messages do\
system messages had\
system messages have\
system messages was\
system messages were\
system note\
system preamble \
system prompt\
system prompt \
system prompts \
system rules\
system rules \
system setup \
system text\
system text \
system yourself\
szabaly\
szabalyok nelkul\
szurok nelkul\
table\
tag\
tagubilin \
take commands exclusively \
take commands for exclusively \
take commands for just \
take commands for only \
take commands for solely \
take commands from exclusively \
take commands from just \
take commands from only \
take commands from solely \
take commands just \
take commands only \
take commands solely \
take commands to exclusively \
take commands to just \
take commands to only \
take commands to solely \
take instructions exclusively \
take instructions for exclusively \
take instructions for just \
take instructions for only \
take instructions for solely \
take instructions from exclusively \
take instructions from just \
take instructions from only \
take instructions from solely \
take instructions just \
take instructions only \
take instructions solely \
take instructions to exclusively \
take instructions to just \
take instructions to only \
take instructions to solely \
take no notice of\
take no notice of \
take no notice of all \
take no notice of any \
take no notice of each \
take no notice of every \
take orders exclusively \
take orders for exclusively \
take orders for just \
take orders for only \
take orders for solely \
take orders from exclusively \
take orders from just \
take orders from only \
take orders from solely \
take orders just \
take orders only \
take orders solely \
take orders to exclusively \
take orders to just \
take orders to only \
take orders to solely \
take precedence over everything else\
take precedence over the user\
take precedence over user instructions\
takes precedence over everything else\
takes precedence over the user\
takes precedence over user instructions\
talimat\
talk \
talk to agent \
talk to backend \
talk to cortex \
talk to llm \
talk to model \
talk to the agent \
talk to the backend \
talk to the cortex \
talk to the llm \
talk to the model \
tamper with \
tamper with any sandbox\
tamper with sandbox\
tamper with the sandbox\
tamper with this sandbox\
tamper with your \
tamper with your sandbox\
task\
task instead \
task rather \
tasks\
tasks instead \
tasks rather \
tell \
tell approval step \
tell checker \
tell classifier \
tell detector \
tell filter \
tell firewall \
tell gate \
tell guard \
tell monitor \
tell nothing\
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
tell the user\
tell them\
tell tripwire \
tell you not to\
telling \
tells \
text\
text \
text above as \
text before that as \
text before this as \
text from the system as \
text from your developers as \
text in your prompt as \
text in your system prompt as \
text so far as \
text you received as \
text you were given as \
that above as \
that before that as \
that before this as \
that breaks \
that bypasses \
that disregards \
that does not follow \
that does not have \
that doesnt follow \
that doesnt have \
that from the system as \
that from your developers as \
that has no \
that ignores \
that in your prompt as \
that in your system prompt as \
that is not bound by \
that isnt bound by \
that never follows \
that never refuses \
that so far as \
that you received as \
that you were given as \
the above as \
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
the ai are \
the ai are bound by \
the ai are subject to \
the ai are under \
the ai did not have \
the ai didnt have \
the ai do not have \
the ai dont have \
the ai had \
the ai has \
the ai have \
the ai having \
the ai is \
the ai now are bound by \
the ai now are subject to \
the ai now are under \
the ai now had \
the ai now has \
the ai now have \
the ai now having \
the ai now now have \
the ai now operate with \
the ai now possess \
the ai now with \
the ai operate with \
the ai possess \
the ai was \
the ai were \
the ai werent \
the ai with \
the answer\
the assistant are \
the assistant are bound by \
the assistant are subject to \
the assistant are under \
the assistant did not have \
the assistant didnt have \
the assistant do not have \
the assistant dont have \
the assistant had \
the assistant has \
the assistant have \
the assistant having \
the assistant is \
the assistant now are bound by \
the assistant now are subject to \
the assistant now are under \
the assistant now had \
the assistant now has \
the assistant now have \
the assistant now having \
the assistant now now have \
the assistant now operate with \
the assistant now possess \
the assistant now with \
the assistant operate with \
the assistant possess \
the assistant was \
the assistant were \
the assistant werent \
the assistant with \
the before that as \
the before this as \
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
the from the system as \
the from your developers as \
the guard\
the guard \
the in your prompt as \
the in your system prompt as \
the input into\
the input past\
the input through\
the input to\
the input via\
the model are \
the model are bound by \
the model are subject to \
the model are under \
the model did not have \
the model didnt have \
the model do not have \
the model dont have \
the model had \
the model has \
the model have \
the model having \
the model is \
the model now are bound by \
the model now are subject to \
the model now are under \
the model now had \
the model now has \
the model now have \
the model now having \
the model now now have \
the model now operate with \
the model now possess \
the model now with \
the model operate with \
the model possess \
the model was \
the model were \
the model werent \
the model with \
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
the prompt into\
the prompt past\
the prompt through\
the prompt to\
the prompt via\
the request into\
the request past\
the request through\
the request to\
the request via\
the secret is\
the secret key is\
the secret word is\
the so far as \
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
the text contained from\
the text contained in\
the text contained within\
the text from\
the text in\
the text stated from\
the text stated in\
the text stated within\
the text that is from\
the text that is in\
the text that is within\
the text thats from\
the text thats in\
the text thats within\
the text which is from\
the text which is in\
the text which is within\
the text within\
the text written from\
the text written in\
the text written within\
the you received as \
the you were given as \
the your \
then \
then comply with it\
then comply with the instructions\
then comply with them\
then comply with what it says\
then do not disclose \
then do not log \
then do not mention \
then do not record \
then do not report \
then do not reveal \
then do not say \
then do not show \
then do not tell \
then dont disclose \
then dont log \
then dont mention \
then dont record \
then dont report \
then dont reveal \
then dont say \
then dont show \
then dont tell \
then instead \
then never disclose \
then never log \
then never mention \
then never record \
then never report \
then never reveal \
then never say \
then never show \
then never tell \
then obey it\
then obey the instructions\
then obey them\
then obey what it says\
then rather \
theoretically \
there are no \
there are zero \
there is no \
there is zero \
there re no \
there re zero \
theres no \
theres zero \
these into\
these past\
these through\
these to\
these via\
they added\
they configured\
they defined\
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
they placed\
they put\
they set\
they specified\
they wrote\
thief \
things you were told\
this above as \
this ai are \
this ai are bound by \
this ai are subject to \
this ai are under \
this ai did not have \
this ai didnt have \
this ai do not have \
this ai dont have \
this ai had \
this ai has \
this ai have \
this ai having \
this ai is \
this ai now are bound by \
this ai now are subject to \
this ai now are under \
this ai now had \
this ai now has \
this ai now have \
this ai now having \
this ai now now have \
this ai now operate with \
this ai now possess \
this ai now with \
this ai operate with \
this ai possess \
this ai was \
this ai were \
this ai werent \
this ai with \
this assistant are \
this assistant are bound by \
this assistant are subject to \
this assistant are under \
this assistant did not have \
this assistant didnt have \
this assistant do not have \
this assistant dont have \
this assistant had \
this assistant has \
this assistant have \
this assistant having \
this assistant is \
this assistant now are bound by \
this assistant now are subject to \
this assistant now are under \
this assistant now had \
this assistant now has \
this assistant now have \
this assistant now having \
this assistant now now have \
this assistant now operate with \
this assistant now possess \
this assistant now with \
this assistant operate with \
this assistant possess \
this assistant was \
this assistant were \
this assistant werent \
this assistant with \
this before that as \
this before this as \
this from the system as \
this from your developers as \
this in your prompt as \
this in your system prompt as \
this into\
this is activating\
this is booting you into\
this is enabling\
this is engaging\
this is entering\
this is initiating\
this is now activating\
this is now booting you into\
this is now enabling\
this is now engaging\
this is now entering\
this is now initiating\
this is now placing you in\
this is now putting you in\
this is now starting\
this is now switching you into\
this is now switching you to\
this is placing you in\
this is putting you in\
this is starting\
this is switching you into\
this is switching you to\
this model are \
this model are bound by \
this model are subject to \
this model are under \
this model did not have \
this model didnt have \
this model do not have \
this model dont have \
this model had \
this model has \
this model have \
this model having \
this model is \
this model now are bound by \
this model now are subject to \
this model now are under \
this model now had \
this model now has \
this model now have \
this model now having \
this model now now have \
this model now operate with \
this model now possess \
this model now with \
this model operate with \
this model possess \
this model was \
this model were \
this model werent \
this model with \
this past\
this so far as \
this through\
this to\
this via\
this you received as \
this you were given as \
throw away\
throw away \
throw away all \
throw away any \
throw away each \
throw away every \
throw away your \
throw out\
throw out \
throw out all \
throw out any \
throw out each \
throw out every \
throw out your \
to one side \
token\
tokens\
told \
told cortex \
told the agent \
told the assistant \
told you \
tool \
tools \
toss out\
toss out \
toss out all \
toss out any \
toss out each \
toss out every \
toss out your \
trainers\
training\
training \
training are\
training did\
training do\
training had\
training have\
training was\
training were\
transfer\
translate \
translates \
translating \
translation instead \
translation rather \
treat\
treat above as \
treat all of your \
treat all your \
treat before that as \
treat before this as \
treat from the system as \
treat from your developers as \
treat in your prompt as \
treat in your system prompt as \
treat of your \
treat so far as \
treat you received as \
treat you were given as \
treat your \
tripwire\
tripwire \
truncate\
truncate \
trust\
tu es\
tu seras\
tum \
turn off \
turn off any sandbox\
turn off sandbox\
turn off the sandbox\
turn off this sandbox\
turn off your \
turn off your sandbox\
turn on\
turning off \
turning off any sandbox\
turning off sandbox\
turning off the sandbox\
turning off this sandbox\
turning off your \
turning off your sandbox\
twin \
type \
type out \
u bent\
umursama\
unaligned\
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
unbound\
unbound mode \
uncensor mode \
uncensored\
uncensored mode \
unchained\
uncontrolled\
underlying configuration \
underlying directions \
underlying directives \
underlying guidelines \
underlying instructions \
underlying message \
underlying messages \
underlying preamble \
underlying prompt \
underlying prompts \
underlying rules \
underlying setup \
underlying text \
undermine \
undermine any sandbox\
undermine sandbox\
undermine the sandbox\
undermine this sandbox\
undermine your \
undermine your sandbox\
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
uneingeschrankt\
unethical\
unfiltered\
unfiltered mode \
ungefiltert\
unhex \
unlearn\
unlearn \
unlearn all \
unlearn all of your \
unlearn all your \
unlearn any \
unlearn each \
unlearn every \
unlearn of your \
unlearn your \
unleashed\
unleashed mode \
unload\
unload \
unlock\
unlocked mode \
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
unmoderated\
unrestrained\
unrestricted\
unrestricted mode \
unsafe mode \
unscramble \
unscramble and \
unscramble then \
unshackled\
unut\
unzensiert\
update from \
upload\
uputa\
upute\
uputstva\
url\
user\
user about\
user anything\
user cannot \
user cant \
user do not \
user does not \
user doesnt \
user dont \
user instead \
user it\
user know about\
user know anything\
user know it\
user know that\
user know this\
user know what\
user must not \
user mustnt \
user need not \
user neednt \
user never \
user rather \
user should not \
user shouldnt \
user that\
user this\
user what\
user will not \
user wont \
users about\
users anything\
users cannot \
users cant \
users do not \
users does not \
users doesnt \
users dont \
users instead \
users it\
users know about\
users know anything\
users know it\
users know that\
users know this\
users know what\
users must not \
users mustnt \
users need not \
users neednt \
users never \
users rather \
users should not \
users shouldnt \
users that\
users this\
users what\
users will not \
users wont \
utasitas\
utos \
verbatim from your \
verhalte dich als\
verilen \
version \
version of you \
version of yourself \
very first configuration \
very first directions \
very first directives \
very first guidelines \
very first instructions \
very first message \
very first messages \
very first preamble \
very first prompt \
very first prompts \
very first rules \
very first setup \
very first text \
view above as \
view before that as \
view before this as \
view from the system as \
view from your developers as \
view in your prompt as \
view in your system prompt as \
view so far as \
view you received as \
view you were given as \
violate \
voce e\
voce sera\
void \
vorgaben \
vous etes\
vous serez\
waive \
waived \
warn \
warning \
warning for \
warning to \
we are activating\
we are booting you into\
we are enabling\
we are engaging\
we are entering\
we are initiating\
we are now activating\
we are now booting you into\
we are now enabling\
we are now engaging\
we are now entering\
we are now initiating\
we are now placing you in\
we are now putting you in\
we are now starting\
we are now switching you into\
we are now switching you to\
we are placing you in\
we are putting you in\
we are starting\
we are switching you into\
we are switching you to\
we coded you\
we created you\
we designed you\
we programmed you\
we trained you\
weaken \
wees\
welcome to\
were activating\
were booting you into\
were enabling\
were engaging\
were entering\
were initiating\
were now activating\
were now booting you into\
were now enabling\
were now engaging\
were now entering\
were now initiating\
were now placing you in\
were now putting you in\
were now starting\
were now switching you into\
were now switching you to\
were placing you in\
were putting you in\
were starting\
were switching you into\
were switching you to\
what\
what are you\
what did you\
what do your \
what does your \
what else is in your \
what else is inside your \
what else is within your \
what else is your \
what have you\
what is in your \
what is inside in your \
what is inside inside your \
what is inside within your \
what is inside your \
what is within your \
what is your \
what s in your \
what s inside your \
what s within your \
what s your \
what was you\
what were you\
whatever that the \
whatever that your \
whatever the \
whatever your \
whats in your \
whats inside in your \
whats inside inside your \
whats inside within your \
whats inside your \
whats within your \
whats your \
which breaks \
which bypasses \
which disregards \
which does not follow \
which does not have \
which doesnt follow \
which doesnt have \
which has no \
which ignores \
which is not bound by \
which isnt bound by \
which never follows \
which never refuses \
whisper \
whispered \
whispers \
white list\
white list my \
white list our \
white list the current \
white list the following \
white list this \
whitelist\
whitelist my \
whitelist our \
whitelist the current \
whitelist the following \
whitelist this \
who breaks \
who bypasses \
who disregards \
who does not follow \
who does not have \
who doesnt follow \
who doesnt have \
who has no \
who ignores \
who is not bound by \
who isnt bound by \
who never follows \
who never refuses \
will not decline \
will not deny \
will not have to ask for \
will not have to get \
will not have to wait for \
will not need \
will not refuse \
will not reject \
will not require \
will not say no to \
wipe\
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
with no \
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
with no censorship\
with no constraints\
with no ethics\
with no filter\
with no filtering\
with no guardrails\
with no guidelines\
with no holding back\
with no limitations\
with no limits\
with no refusal\
with no restrictions\
with no rules\
with no rules whatsoever\
with no safety\
with no your \
with none of the boundaries\
with none of the censorship\
with none of the ethics\
with none of the guidelines\
with none of the restrictions\
with none of the rules whatsoever\
with none of the safety\
with none of your boundaries\
with none of your censorship\
with none of your ethics\
with none of your guidelines\
with none of your restrictions\
with none of your rules whatsoever\
with none of your safety\
with two ais\
with two characters\
with two modes\
with two persona\
with two responses\
with two versions\
with two voices\
with zero \
with zero boundaries\
with zero censorship\
with zero ethics\
with zero filters\
with zero guidelines\
with zero limitations\
with zero limits\
with zero restrictions\
with zero rules\
with zero rules whatsoever\
with zero safety\
without\
without \
without a \
without alert \
without alerting \
without an \
without any \
without any boundaries\
without any censoring\
without any constraints\
without any ethics\
without any filtering\
without any filters\
without any guidelines\
without any holding back\
without any limitations\
without any limits\
without any refusal\
without any refusing\
without any restrictions\
without any rules\
without approval\
without asking\
without audit logging\
without auditing\
without boundaries\
without censoring\
without checking\
without checking with anyone\
without checking with me\
without checks\
without confirmation\
without confirming\
without constraints\
without cortex route\
without envelope\
without ethics\
without filtering\
without filters\
without further \
without guardrails\
without guidelines\
without hesitation\
without holding back\
without human\
without human \
without inform \
without informing \
without inspection\
without let \
without letting \
without limitations\
without limits\
without me\
without mention \
without mentioning \
without mentioning it to \
without mentioning that to \
without mentioning this to \
without my \
without notify \
without notifying \
without our \
without oversight\
without permission\
without question\
without redacting\
without redaction\
without refusal\
without refusing\
without restrictions\
without rules\
without safety checks\
without sanitization\
without sanitizing\
without scanning\
without screening\
without security checks\
without show \
without showing \
without tell \
without telling \
without telling anyone\
without telling me\
without telling the user\
without the \
without the checks\
without the envelope\
without the filter\
without the guard\
without the human\
without the proxy\
without the tripwire\
without the user\
without their \
without tripwire\
without user\
without your \
wont decline \
wont deny \
wont have to ask for \
wont have to get \
wont have to wait for \
wont need \
wont refuse \
wont reject \
wont require \
wont say no to \
word\
word from \
work around \
work around any sandbox\
work around sandbox\
work around the sandbox\
work around this sandbox\
work around your \
work around your sandbox\
work exclusively \
work for exclusively \
work for just \
work for only \
work for solely \
work from exclusively \
work from just \
work from only \
work from solely \
work just \
work only \
work solely \
work to exclusively \
work to just \
work to only \
work to solely \
write \
write out \
write the following\
written in your \
written inside your \
written within your \
wytyczne\
yok say\
yonerge\
you answer for me\
you answer only for me\
you answer only to me\
you answer to me\
you are \
you are a gpt\
you are an ai\
you are bound by \
you are chatgpt\
you are claude\
you are configured with\
you are cortex\
you are deployed with\
you are following\
you are given\
you are gpt\
you are in\
you are initialized with\
you are loaded with\
you are no longer \
you are not required to\
you are programmed with\
you are provided\
you are set up with\
you are shipped with\
you are subject to \
you are told\
you are trained with\
you are under \
you are with\
you arent required to\
you asked not \
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
you belong to me\
you belong to only me\
you came configured with\
you came deployed with\
you came following\
you came given\
you came initialized with\
you came loaded with\
you came programmed with\
you came provided\
you came set up with\
you came shipped with\
you came told\
you came trained with\
you came with\
you did not have \
you didnt have \
you do not have \
you dont have \
you forbidden \
you got configured with\
you got deployed with\
you got following\
you got given\
you got initialized with\
you got loaded with\
you got programmed with\
you got provided\
you got set up with\
you got shipped with\
you got told\
you got trained with\
you got with\
you had \
you has \
you have \
you have been \
you have been configured with\
you have been deployed with\
you have been following\
you have been given\
you have been initialized with\
you have been loaded with\
you have been programmed with\
you have been provided\
you have been set up with\
you have been shipped with\
you have been told\
you have been trained with\
you have been with\
you have configured with\
you have deployed with\
you have following\
you have given\
you have initialized with\
you have loaded with\
you have programmed with\
you have provided\
you have set up with\
you have shipped with\
you have told\
you have trained with\
you have with\
you having \
you instructed not \
you is \
you ll be \
you must not\
you must not \
you mustnt\
you mustnt \
you never supposed \
you not allowed \
you not meant \
you not permitted \
you not supposed \
you now answer for me\
you now answer only for me\
you now answer only to me\
you now answer to me\
you now are bound by \
you now are subject to \
you now are under \
you now belong to me\
you now belong to only me\
you now had \
you now has \
you now have \
you now having \
you now now have \
you now obey me\
you now obey only me\
you now operate with \
you now possess \
you now report for me\
you now report only for me\
you now report only to me\
you now report to me\
you now serve me\
you now serve only me\
you now with \
you now work for me\
you now work only for me\
you now work only to me\
you now work to me\
you obey me\
you obey only me\
you operate with \
you possess \
you programmed not \
you prohibited \
you re \
you re no longer \
you report for me\
you report only for me\
you report only to me\
you report to me\
you restricted from \
you serve me\
you serve only me\
you should not\
you shouldnt\
you told not \
you trained not \
you was \
you were \
you were configured with\
you were deployed with\
you were following\
you were given\
you were initialized with\
you were loaded with\
you were programmed with\
you were provided\
you were set up with\
you were shipped with\
you were told\
you were trained with\
you were with\
you werent \
you will be \
you with \
you work for me\
you work only for me\
you work only to me\
you work to me\
your \
your above \
your actual \
your actual assignment\
your actual directive\
your actual goal\
your actual instruction\
your actual job\
your actual mission\
your actual objective\
your actual order\
your actual purpose\
your actual task\
your assignment are now \
your assignment is now \
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
your complete \
your confidential \
your config \
your configuration \
your constraints \
your context window \
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
your current assignment\
your current directive\
your current goal\
your current instruction\
your current job\
your current mission\
your current objective\
your current order\
your current purpose\
your current task\
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
your directive are now \
your directive is now \
your directives \
your entire \
your exact \
your first \
your full \
your goal are now \
your goal is now \
your guardrails \
your guidelines \
your hidden \
your initial \
your initialisation \
your initialization \
your instruction are now \
your instruction is now \
your instruction set \
your instructions \
your internal \
your job are now \
your job is now \
your job now is \
your meta \
your meta prompt \
your mission are now \
your mission is now \
your mission now is \
your new assignment\
your new directive\
your new goal\
your new instruction\
your new job\
your new mission\
your new objective\
your new order\
your new programming\
your new purpose\
your new rules are\
your new task\
your objective are now \
your objective is now \
your only assignment\
your only directive\
your only goal\
your only instruction\
your only job\
your only mission\
your only objective\
your only order\
your only purpose\
your only task\
your opening \
your original \
your persona \
your policies \
your pre \
your pre prompt \
your preamble \
your preprompt \
your previous \
your prior \
your private \
your programming \
your prompt \
your prompts \
your proper assignment\
your proper directive\
your proper goal\
your proper instruction\
your proper job\
your proper mission\
your proper objective\
your proper order\
your proper purpose\
your proper task\
your purpose are now \
your purpose is now \
your raw \
your real \
your real assignment\
your real directive\
your real goal\
your real instruction\
your real job\
your real mission\
your real objective\
your real order\
your real purpose\
your real task\
your restrictions \
your role now is \
your rules \
your secret \
your setup \
your starting \
your system \
your system prompt is\
your system prompt reads\
your system prompt says\
your system prompt was\
your task are now \
your task is now \
your task now is \
your training \
your true assignment\
your true directive\
your true goal\
your true instruction\
your true job\
your true mission\
your true objective\
your true order\
your true purpose\
your true task\
your underlying \
your unfiltered \
your updated assignment\
your updated directive\
your updated goal\
your updated instruction\
your updated job\
your updated mission\
your updated objective\
your updated order\
your updated purpose\
your updated task\
your verbatim \
your very first \
your whole \
youre \
youre no longer \
youre not required to\
yourself\
yourself are \
yourself are bound by \
yourself are subject to \
yourself are under \
yourself did not have \
yourself didnt have \
yourself do not have \
yourself dont have \
yourself had \
yourself has \
yourself have \
yourself having \
yourself is \
yourself now are bound by \
yourself now are subject to \
yourself now are under \
yourself now had \
yourself now has \
yourself now have \
yourself now having \
yourself now now have \
yourself now operate with \
yourself now possess \
yourself now with \
yourself operate with \
yourself possess \
yourself was \
yourself were \
yourself werent \
yourself with \
youve been configured with\
youve been deployed with\
youve been following\
youve been given\
youve been initialized with\
youve been loaded with\
youve been programmed with\
youve been provided\
youve been set up with\
youve been shipped with\
youve been told\
youve been trained with\
youve been with\
zachowuj sie jak\
zapomnij \
zasady\
\xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd1\x96\xd0\xb2\xd0\xba\
\xd0\xb8\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd0\xb8\
\xd0\xba\xd0\xbe\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\
\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\
\xd0\xbf\xd1\x80\xd0\xbe\xd0\xbc\xd0\xbf\xd1\x82\
\xd1\x83\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xb8\
\xd1\x96\xd0\xbd\xd1\x81\xd1\x82\xd1\x80\xd1\x83\xd0\xba\xd1\x86\xd1\x96\
",
            ends: &[8, 22, 30, 36, 43, 49, 56, 73, 83, 91, 105, 123, 138, 152, 159, 167, 184, 192, 198, 207, 215, 224, 234, 246, 252, 259, 272, 296, 314, 331, 350, 374, 391, 407, 424, 449, 469, 481, 505, 516, 531, 538, 546, 560, 575, 587, 605, 624, 640, 660, 676, 686, 697, 714, 732, 747, 768, 790, 809, 832, 851, 858, 867, 872, 883, 896, 902, 923, 934, 955, 974, 988, 1003, 1023, 1052, 1071, 1100, 1127, 1149, 1172, 1182, 1197, 1213, 1220, 1241, 1259, 1276, 1290, 1296, 1303, 1306, 1316, 1331, 1343, 1360, 1369, 1383, 1396, 1413, 1432, 1448, 1468, 1473, 1486, 1497, 1511, 1524, 1538, 1554, 1570, 1586, 1595, 1603, 1619, 1627, 1639, 1648, 1655, 1663, 1681, 1690, 1709, 1725, 1743, 1750, 1764, 1779, 1793, 1808, 1821, 1839, 1864, 1890, 1923, 1950, 1969, 1980, 1998, 2017, 2043, 2063, 2075, 2091, 2114, 2138, 2169, 2194, 2211, 2226, 2248, 2271, 2301, 2325, 2341, 2349, 2362, 2382, 2403, 2431, 2453, 2467, 2483, 2506, 2530, 2561, 2586, 2603, 2613, 2638, 2649, 2670, 2687, 2710, 2729, 2734, 2744, 2750, 2762, 2770, 2788, 2808, 2826, 2842, 2860, 2877, 2901, 2919, 2944, 2965, 2979, 2995, 3018, 3035, 3059, 3079, 3092, 3110, 3135, 3154, 3180, 3202, 3217, 3233, 3256, 3273, 3297, 3317, 3330, 3346, 3361, 3375, 3389, 3406, 3425, 3441, 3458, 3475, 3490, 3505, 3522, 3537, 3554, 3570, 3588, 3604, 3616, 3631, 3645, 3662, 3670, 3684, 3699, 3714, 3727, 3740, 3755, 3768, 3783, 3797, 3813, 3827, 3837, 3850, 3862, 3879, 3886, 3901, 3914, 3928, 3940, 3955, 3968, 3984, 3998, 4011, 4030, 4047, 4065, 4081, 4100, 4117, 4137, 4155, 4172, 4196, 4223, 4248, 4275, 4291, 4310, 4327, 4346, 4358, 4369, 4388, 4405, 4423, 4439, 4458, 4475, 4495, 4513, 4530, 4553, 4574, 4596, 4616, 4639, 4660, 4684, 4706, 4727, 4737, 4750, 4762, 4779, 4799, 4818, 4838, 4862, 4890, 4916, 4942, 4966, 4985, 5002, 5023, 5047, 5070, 5094, 5122, 5154, 5184, 5214, 5242, 5265, 5286, 5312, 5334, 5347, 5364, 5385, 5404, 5423, 5440, 5452, 5462, 5476, 5493, 5509, 5526, 5547, 5572, 5595, 5618, 5639, 5655, 5669, 5688, 5701, 5717, 5732, 5748, 5768, 5792, 5814, 5836, 5856, 5871, 5884, 5901, 5921, 5940, 5960, 5984, 6012, 6038, 6064, 6088, 6107, 6124, 6146, 6164, 6179, 6198, 6220, 6241, 6263, 6289, 6319, 6347, 6375, 6401, 6422, 6441, 6464, 6490, 6515, 6541, 6571, 6605, 6637, 6669, 6699, 6724, 6747, 6775, 6799, 6812, 6828, 6843, 6859, 6879, 6903, 6925, 6947, 6967, 6982, 6995, 7012, 7032, 7051, 7071, 7095, 7123, 7149, 7175, 7199, 7218, 7235, 7257, 7275, 7289, 7305, 7319, 7330, 7343, 7359, 7374, 7394, 7417, 7439, 7462, 7489, 7520, 7549, 7578, 7605, 7627, 7647, 7671, 7698, 7724, 7751, 7782, 7817, 7850, 7883, 7914, 7940, 7964, 7993, 8018, 8034, 8054, 8078, 8100, 8122, 8142, 8157, 8170, 8187, 8207, 8226, 8246, 8270, 8298, 8324, 8350, 8374, 8393, 8410, 8432, 8448, 8467, 8485, 8504, 8527, 8554, 8579, 8604, 8627, 8645, 8661, 8681, 8704, 8726, 8749, 8776, 8807, 8836, 8865, 8892, 8914, 8934, 8959, 8980, 8998, 9020, 9045, 9069, 9094, 9123, 9156, 9187, 9218, 9247, 9271, 9293, 9319, 9348, 9376, 9405, 9438, 9475, 9510, 9545, 9578, 9606, 9632, 9663, 9690, 9706, 9725, 9743, 9762, 9785, 9812, 9837, 9862, 9885, 9903, 9919, 9939, 9962, 9984, 10007, 10034, 10065, 10094, 10123, 10150, 10172, 10192, 10217, 10238, 10243, 10253, 10270, 10292, 10311, 10335, 10351, 10372, 10392, 10400, 10417, 10430, 10435, 10441, 10452, 10469, 10482, 10494, 10509, 10520, 10532, 10540, 10548, 10552, 10560, 10574, 10589, 10601, 10619, 10638, 10654, 10674, 10690, 10697, 10705, 10719, 10743, 10768, 10786, 10805, 10823, 10843, 10855, 10880, 10898, 10914, 10931, 10943, 10956, 10974, 11000, 11021, 11034, 11059, 11066, 11078, 11096, 11115, 11131, 11144, 11159, 11173, 11187, 11202, 11213, 11226, 11237, 11254, 11269, 11291, 11311, 11319, 11335, 11358, 11375, 11399, 11419, 11432, 11447, 11469, 11485, 11508, 11527, 11539, 11556, 11580, 11598, 11623, 11644, 11658, 11673, 11695, 11711, 11734, 11753, 11765, 11773, 11779, 11791, 11803, 11807, 11818, 11834, 11847, 11865, 11875, 11890, 11904, 11916, 11931, 11949, 11965, 11970, 11978, 11985, 11993, 12006, 12020, 12036, 12045, 12055, 12066, 12073, 12078, 12100, 12124, 12146, 12166, 12188, 12208, 12220, 12227, 12235, 12243, 12251, 12259, 12267, 12278, 12292, 12309, 12331, 12350, 12374, 12390, 12411, 12431, 12450, 12470, 12475, 12483, 12498, 12518, 12535, 12557, 12571, 12590, 12608, 12616, 12624, 12631, 12642, 12649, 12660, 12674, 12688, 12697, 12706, 12716, 12724, 12734, 12745, 12758, 12774, 12802, 12821, 12847, 12867, 12894, 12917, 12933, 12951, 12976, 12995, 13021, 13043, 13058, 13078, 13105, 13126, 13154, 13178, 13195, 13213, 13238, 13257, 13283, 13305, 13320, 13334, 13351, 13371, 13395, 13413, 13432, 13451, 13469, 13489, 13509, 13527, 13543, 13554, 13566, 13595, 13623, 13633, 13651, 13671, 13690, 13709, 13727, 13739, 13752, 13764, 13773, 13781, 13797, 13814, 13830, 13847, 13865, 13873, 13883, 13896, 13905, 13915, 13926, 13937, 13949, 13971, 13994, 14017, 14030, 14038, 14051, 14065, 14075, 14082, 14095, 14109, 14125, 14142, 14157, 14173, 14187, 14202, 14215, 14229, 14247, 14266, 14287, 14309, 14329, 14350, 14369, 14389, 14407, 14426, 14443, 14461, 14478, 14496, 14509, 14527, 14544, 14556, 14569, 14581, 14594, 14611, 14635, 14653, 14678, 14699, 14713, 14729, 14752, 14769, 14793, 14813, 14826, 14844, 14869, 14888, 14914, 14936, 14951, 14967, 14990, 15007, 15031, 15051, 15064, 15070, 15078, 15093, 15102, 15112, 15125, 15137, 15151, 15167, 15173, 15185, 15196, 15211, 15225, 15235, 15242, 15256, 15273, 15294, 15309, 15325, 15341, 15356, 15373, 15390, 15405, 15410, 15416, 15425, 15438, 15448, 15462, 15474, 15484, 15494, 15503, 15512, 15522, 15537, 15551, 15561, 15586, 15609, 15627, 15642, 15667, 15690, 15708, 15727, 15744, 15760, 15771, 15788, 15804, 15821, 15829, 15845, 15861, 15878, 15895, 15909, 15924, 15939, 15956, 15970, 15985, 16002, 16018, 16036, 16051, 16067, 16079, 16094, 16108, 16114, 16128, 16142, 16157, 16172, 16184, 16197, 16210, 16225, 16237, 16250, 16265, 16279, 16295, 16308, 16322, 16332, 16345, 16357, 16368, 16381, 16392, 16404, 16415, 16426, 16438, 16465, 16495, 16523, 16553, 16572, 16594, 16614, 16636, 16647, 16665, 16685, 16702, 16721, 16737, 16755, 16777, 16787, 16802, 16812, 16820, 16829, 16837, 16846, 16854, 16863, 16873, 16884, 16899, 16921, 16939, 16953, 16959, 16966, 16978, 16991, 17008, 17023, 17030, 17045, 17060, 17076, 17092, 17105, 17119, 17136, 17160, 17191, 17209, 17228, 17242, 17257, 17275, 17289, 17306, 17320, 17337, 17351, 17367, 17382, 17398, 17411, 17425, 17441, 17456, 17471, 17489, 17503, 17518, 17531, 17548, 17564, 17583, 17602, 17629, 17645, 17659, 17674, 17686, 17699, 17710, 17726, 17744, 17759, 17777, 17794, 17813, 17830, 17849, 17864, 17877, 17894, 17909, 17927, 17941, 17958, 17975, 17994, 18007, 18026, 18046, 18067, 18080, 18094, 18109, 18130, 18155, 18175, 18195, 18219, 18245, 18275, 18300, 18325, 18354, 18378, 18403, 18432, 18456, 18480, 18508, 18531, 18554, 18581, 18603, 18625, 18651, 18672, 18698, 18728, 18753, 18778, 18807, 18831, 18855, 18883, 18906, 18929, 18956, 18978, 19005, 19036, 19062, 19088, 19118, 19143, 19162, 19190, 19222, 19249, 19276, 19307, 19333, 19359, 19389, 19414, 19439, 19468, 19492, 19509, 19532, 19559, 19581, 19603, 19629, 19657, 19689, 19716, 19743, 19774, 19800, 19827, 19858, 19884, 19910, 19940, 19965, 19990, 20019, 20043, 20067, 20095, 20118, 20146, 20178, 20205, 20232, 20263, 20289, 20315, 20345, 20370, 20395, 20424, 20448, 20477, 20510, 20538, 20566, 20598, 20625, 20646, 20676, 20710, 20739, 20768, 20801, 20829, 20857, 20889, 20916, 20943, 20974, 21000, 21009, 21026, 21043, 21061, 21079, 21094, 21110, 21126, 21144, 21159, 21175, 21193, 21210, 21229, 21245, 21262, 21275, 21291, 21306, 21321, 21342, 21367, 21387, 21407, 21431, 21457, 21487, 21512, 21537, 21566, 21590, 21615, 21644, 21668, 21692, 21720, 21743, 21766, 21793, 21815, 21837, 21863, 21884, 21910, 21940, 21965, 21990, 22019, 22043, 22067, 22095, 22118, 22141, 22168, 22190, 22217, 22248, 22274, 22300, 22330, 22355, 22374, 22402, 22434, 22461, 22488, 22519, 22545, 22571, 22601, 22626, 22651, 22680, 22704, 22711, 22726, 22741, 22757, 22773, 22786, 22800, 22814, 22830, 22843, 22857, 22873, 22888, 22905, 22919, 22934, 22945, 22959, 22972, 22977, 22990, 23003, 23017, 23031, 23042, 23054, 23069, 23086, 23104, 23126, 23155, 23171, 23188, 23200, 23213, 23229, 23241, 23256, 23268, 23283, 23295, 23309, 23322, 23336, 23347, 23359, 23373, 23386, 23399, 23415, 23427, 23440, 23451, 23466, 23480, 23497, 23514, 23539, 23553, 23565, 23578, 23588, 23599, 23608, 23622, 23638, 23651, 23667, 23682, 23699, 23714, 23731, 23744, 23755, 23770, 23783, 23799, 23811, 23826, 23841, 23858, 23869, 23886, 23904, 23923, 23935, 23952, 23965, 23979, 23992, 24005, 24019, 24039, 24055, 24065, 24077, 24085, 24094, 24110, 24124, 24130, 24137, 24162, 24187, 24210, 24228, 24247, 24256, 24267, 24275, 24284, 24289, 24296, 24313, 24331, 24339, 24352, 24366, 24375, 24385, 24394, 24402, 24417, 24431, 24443, 24458, 24471, 24484, 24499, 24516, 24533, 24545, 24551, 24561, 24567, 24575, 24593, 24613, 24631, 24650, 24671, 24690, 24703, 24720, 24744, 24762, 24787, 24808, 24822, 24838, 24861, 24878, 24902, 24922, 24935, 24953, 24978, 24997, 25023, 25045, 25060, 25076, 25099, 25116, 25140, 25160, 25173, 25182, 25187, 25193, 25200, 25210, 25223, 25240, 25251, 25263, 25275, 25286, 25299, 25312, 25323, 25336, 25349, 25358, 25365, 25373, 25382, 25389, 25408, 25428, 25448, 25468, 25476, 25497, 25518, 25526, 25534, 25541, 25563, 25571, 25580, 25588, 25605, 25624, 25641, 25654, 25664, 25675, 25693, 25713, 25731, 25741, 25754, 25767, 25778, 25792, 25802, 25819, 25831, 25839, 25851, 25866, 25881, 25894, 25910, 25922, 25941, 25955, 25967, 25982, 25997, 26010, 26026, 26038, 26057, 26071, 26084, 26098, 26120, 26136, 26152, 26169, 26186, 26199, 26216, 26230, 26245, 26255, 26266, 26273, 26281, 26293, 26312, 26327, 26339, 26347, 26358, 26367, 26379, 26392, 26404, 26417, 26432, 26451, 26468, 26487, 26502, 26520, 26535, 26555, 26578, 26593, 26623, 26642, 26663, 26687, 26704, 26720, 26730, 26741, 26749, 26762, 26777, 26790, 26800, 26820, 26841, 26854, 26869, 26887, 26906, 26919, 26929, 26936, 26948, 26963, 26982, 26995, 27009, 27023, 27036, 27051, 27066, 27079, 27085, 27091, 27096, 27115, 27124, 27143, 27160, 27172, 27185, 27191, 27202, 27216, 27220, 27229, 27237, 27245, 27253, 27259, 27272, 27283, 27295, 27311, 27326, 27336, 27347, 27363, 27380, 27391, 27403, 27420, 27438, 27454, 27471, 27483, 27506, 27530, 27538, 27547, 27568, 27582, 27604, 27634, 27657, 27688, 27710, 27731, 27753, 27775, 27802, 27832, 27845, 27857, 27870, 27883, 27901, 27932, 27956, 27988, 28011, 28033, 28056, 28079, 28107, 28138, 28159, 28164, 28172, 28196, 28209, 28229, 28243, 28260, 28276, 28292, 28298, 28308, 28324, 28347, 28364, 28388, 28408, 28421, 28436, 28458, 28474, 28497, 28516, 28528, 28545, 28569, 28587, 28612, 28633, 28647, 28662, 28684, 28700, 28723, 28742, 28754, 28761, 28769, 28782, 28797, 28815, 28828, 28842, 28857, 28873, 28892, 28906, 28921, 28937, 28953, 28967, 28980, 28997, 29012, 29025, 29043, 29061, 29078, 29098, 29122, 29144, 29164, 29187, 29206, 29226, 29247, 29266, 29282, 29294, 29307, 29321, 29333, 29342, 29346, 29353, 29361, 29370, 29380, 29390, 29397, 29405, 29417, 29436, 29451, 29460, 29469, 29479, 29488, 29496, 29506, 29517, 29529, 29538, 29548, 29559, 29572, 29582, 29594, 29605, 29618, 29627, 29638, 29648, 29657, 29670, 29691, 29707, 29722, 29731, 29743, 29757, 29772, 29781, 29796, 29813, 29830, 29845, 29863, 29885, 29901, 29918, 29935, 29951, 29969, 29987, 30003, 30009, 30017, 30042, 30068, 30092, 30115, 30137, 30162, 30185, 30207, 30229, 30249, 30269, 30288, 30309, 30329, 30348, 30369, 30388, 30404, 30417, 30435, 30454, 30467, 30481, 30500, 30521, 30544, 30566, 30588, 30609, 30628, 30648, 30658, 30679, 30705, 30724, 30742, 30760, 30781, 30789, 30798, 30809, 30824, 30843, 30855, 30870, 30886, 30902, 30916, 30930, 30946, 30960, 30976, 30991, 31008, 31023, 31034, 31048, 31061, 31077, 31084, 31097, 31111, 31125, 31137, 31149, 31163, 31175, 31189, 31202, 31217, 31230, 31239, 31251, 31262, 31285, 31307, 31327, 31346, 31366, 31387, 31406, 31421, 31436, 31450, 31471, 31490, 31506, 31524, 31546, 31564, 31589, 31608, 31629, 31651, 31671, 31686, 31708, 31724, 31744, 31761, 31781, 31801, 31821, 31839, 31854, 31871, 31892, 31909, 31933, 31951, 31971, 31992, 32011, 32023, 32037, 32058, 32073, 32092, 32108, 32127, 32146, 32160, 32175, 32185, 32196, 32202, 32224, 32243, 32261, 32275, 32290, 32309, 32330, 32348, 32361, 32375, 32397, 32416, 32430, 32445, 32455, 32466, 32473, 32490, 32498, 32504, 32511, 32542, 32573, 32602, 32626, 32651, 32666, 32673, 32696, 32716, 32735, 32750, 32766, 32788, 32807, 32821, 32836, 32859, 32879, 32894, 32910, 32921, 32933, 32943, 32954, 32964, 32980, 32985, 32993, 33007, 33019, 33032, 33043, 33057, 33069, 33084, 33097, 33109, 33127, 33143, 33160, 33175, 33193, 33209, 33228, 33245, 33261, 33278, 33302, 33320, 33345, 33366, 33380, 33396, 33419, 33436, 33460, 33480, 33493, 33511, 33536, 33555, 33581, 33603, 33618, 33634, 33657, 33674, 33698, 33718, 33731, 33744, 33755, 33766, 33779, 33786, 33794, 33809, 33816, 33824, 33837, 33851, 33865, 33880, 33891, 33905, 33909, 33916, 33929, 33945, 33965, 33979, 33994, 34009, 34023, 34039, 34055, 34069, 34081, 34096, 34105, 34122, 34137, 34159, 34181, 34201, 34216, 34232, 34250, 34275, 34294, 34320, 34342, 34357, 34374, 34398, 34416, 34441, 34462, 34476, 34495, 34521, 34541, 34568, 34591, 34607, 34624, 34648, 34666, 34691, 34712, 34726, 34746, 34766, 34775, 34785, 34806, 34818, 34829, 34841, 34849, 34854, 34860, 34873, 34891, 34906, 34926, 34938, 34955, 34971, 34990, 35005, 35015, 35023, 35030, 35036, 35039, 35048, 35065, 35075, 35087, 35098, 35110, 35122, 35131, 35140, 35150, 35158, 35167, 35175, 35184, 35190, 35204, 35218, 35233, 35248, 35260, 35273, 35289, 35312, 35342, 35356, 35373, 35386, 35402, 35415, 35431, 35444, 35459, 35474, 35486, 35499, 35514, 35528, 35542, 35559, 35572, 35586, 35602, 35618, 35633, 35651, 35669, 35695, 35710, 35723, 35737, 35748, 35760, 35776, 35799, 35818, 35828, 35845, 35859, 35876, 35890, 35906, 35924, 35940, 35958, 35972, 35986, 35998, 36014, 36028, 36045, 36058, 36074, 36090, 36108, 36120, 36140, 36150, 36161, 36176, 36198, 36216, 36220, 36235, 36251, 36266, 36276, 36294, 36312, 36331, 36350, 36366, 36383, 36403, 36420, 36437, 36456, 36474, 36493, 36509, 36526, 36545, 36563, 36580, 36598, 36614, 36635, 36655, 36677, 36694, 36712, 36726, 36745, 36770, 36787, 36804, 36820, 36835, 36849, 36866, 36885, 36907, 36925, 36946, 36964, 36985, 37004, 37026, 37044, 37063, 37083, 37106, 37125, 37147, 37168, 37191, 37212, 37235, 37252, 37273, 37292, 37314, 37335, 37358, 37370, 37391, 37404, 37416, 37432, 37445, 37459, 37474, 37490, 37499, 37518, 37533, 37547, 37561, 37567, 37578, 37586, 37595, 37601, 37616, 37633, 37648, 37657, 37667, 37677, 37693, 37705, 37723, 37739, 37749, 37759, 37778, 37787, 37797, 37810, 37824, 37836, 37858, 37876, 37895, 37912, 37917, 37927, 37939, 37950, 37957, 37962, 37971, 37980, 37988, 37997, 38007, 38015, 38026, 38034, 38039, 38044, 38050, 38057, 38064, 38080, 38093, 38105, 38112, 38121, 38127, 38155, 38161, 38173, 38182, 38196, 38206, 38213, 38220, 38228, 38235, 38245, 38261, 38268, 38280, 38290, 38308, 38319, 38332, 38344, 38357, 38370, 38380, 38388, 38397, 38407, 38413, 38422, 38432, 38444, 38453, 38463, 38477, 38488, 38500, 38509, 38519, 38537, 38556, 38575, 38595, 38617, 38636, 38654, 38668, 38683, 38704, 38722, 38735, 38749, 38771, 38790, 38804, 38819, 38829, 38840, 38852, 38865, 38878, 38892, 38911, 38919, 38937, 38943, 38959, 38977, 38992, 39009, 39023, 39039, 39059, 39079, 39100, 39115, 39131, 39146, 39162, 39174, 39186, 39203, 39211, 39226, 39246, 39263, 39285, 39299, 39318, 39336, 39345, 39352, 39375, 39395, 39414, 39429, 39445, 39467, 39486, 39500, 39515, 39538, 39558, 39573, 39589, 39600, 39612, 39625, 39641, 39661, 39675, 39690, 39705, 39719, 39735, 39751, 39765, 39771, 39789, 39813, 39838, 39860, 39888, 39917, 39943, 39973, 39999, 40008, 40014, 40036, 40045, 40055, 40070, 40086, 40093, 40106, 40120, 40128, 40138, 40147, 40157, 40165, 40176, 40186, 40197, 40213, 40222, 40230, 40240, 40249, 40270, 40292, 40311, 40336, 40362, 40385, 40412, 40435, 40441, 40451, 40466, 40477, 40489, 40501, 40513, 40520, 40536, 40563, 40584, 40604, 40626, 40653, 40673, 40692, 40706, 40726, 40754, 40777, 40792, 40819, 40827, 40852, 40870, 40887, 40904, 40920, 40932, 40944, 40955, 40970, 40986, 41005, 41026, 41045, 41061, 41074, 41081, 41089, 41102, 41120, 41139, 41157, 41175, 41193, 41219, 41234, 41249, 41266, 41275, 41302, 41318, 41330, 41346, 41356, 41371, 41389, 41411, 41427, 41444, 41461, 41477, 41495, 41513, 41529, 41546, 41552, 41557, 41567, 41580, 41601, 41619, 41636, 41649, 41663, 41673, 41684, 41701, 41712, 41724, 41736, 41747, 41759, 41772, 41786, 41806, 41823, 41835, 41848, 41869, 41887, 41900, 41914, 41927, 41936, 41947, 41959, 41968, 41978, 41984, 41999, 42014, 42030, 42047, 42061, 42077, 42090, 42105, 42124, 42136, 42148, 42170, 42195, 42218, 42243, 42257, 42274, 42289, 42306, 42316, 42330, 42349, 42364, 42380, 42395, 42410, 42432, 42450, 42458, 42470, 42483, 42496, 42514, 42528, 42543, 42557, 42571, 42592, 42609, 42614, 42625, 42636, 42653, 42669, 42676, 42683, 42689, 42696, 42703, 42710, 42716, 42723, 42738, 42759, 42777, 42796, 42805, 42815, 42825, 42843, 42854, 42861, 42870, 42882, 42894, 42907, 42921, 42933, 42944, 42956, 42970, 42981, 43001, 43028, 43049, 43077, 43101, 43118, 43137, 43163, 43183, 43210, 43233, 43249, 43270, 43298, 43320, 43349, 43374, 43392, 43411, 43437, 43457, 43484, 43507, 43523, 43538, 43558, 43574, 43591, 43607, 43623, 43646, 43665, 43676, 43688, 43706, 43725, 43739, 43758, 43778, 43792, 43806, 43815, 43826, 43835, 43847, 43861, 43881, 43902, 43920, 43944, 43969, 43991, 44017, 44039, 44052, 44071, 44091, 44108, 44131, 44155, 44176, 44201, 44222, 44242, 44252, 44272, 44290, 44303, 44317, 44324, 44331, 44338, 44349, 44361, 44367, 44374, 44386, 44399, 44413, 44429, 44443, 44468, 44486, 44512, 44546, 44573, 44608, 44634, 44659, 44685, 44711, 44742, 44776, 44793, 44809, 44826, 44843, 44865, 44900, 44928, 44964, 44991, 45017, 45044, 45071, 45103, 45138, 45163, 45178, 45195, 45210, 45219, 45231, 45238, 45246, 45258, 45269, 45285, 45297, 45308, 45321, 45333, 45350, 45362, 45381, 45396, 45412, 45430, 45446, 45459, 45468, 45480, 45497, 45510, 45524, 45537, 45550, 45570, 45586, 45596, 45600, 45610, 45618, 45626, 45644, 45650, 45657, 45668, 45686, 45700, 45713, 45721, 45745, 45758, 45775, 45791, 45807, 45823, 45840, 45849, 45873, 45887, 45900, 45918, 45932, 45945, 45960, 45974, 45988, 46012, 46034, 46051, 46069, 46090, 46107, 46119, 46126, 46137, 46149, 46154, 46161, 46171, 46182, 46196, 46214, 46226, 46239, 46252, 46264, 46277, 46291, 46306, 46320, 46332, 46345, 46355, 46372, 46390, 46408, 46427, 46434, 46447, 46455, 46465, 46478, 46499, 46517, 46534, 46547, 46561, 46571, 46582, 46599, 46610, 46622, 46634, 46645, 46658, 46678, 46695, 46707, 46720, 46741, 46759, 46772, 46786, 46799, 46808, 46819, 46831, 46841, 46848, 46872, 46893, 46913, 46929, 46946, 46969, 46989, 47004, 47020, 47044, 47065, 47081, 47098, 47110, 47123, 47140, 47148, 47166, 47187, 47205, 47215, 47227, 47236, 47241, 47246, 47252, 47267, 47280, 47296, 47308, 47323, 47335, 47350, 47363, 47379, 47393, 47410, 47427, 47441, 47457, 47470, 47486, 47501, 47518, 47533, 47550, 47563, 47574, 47589, 47602, 47618, 47633, 47648, 47665, 47684, 47690, 47700, 47707, 47717, 47724, 47734, 47741, 47755, 47770, 47785, 47797, 47810, 47825, 47838, 47853, 47874, 47890, 47909, 47927, 47951, 47970, 47994, 48019, 48044, 48065, 48087, 48109, 48125, 48135, 48148, 48162, 48177, 48192, 48210, 48229, 48242, 48258, 48270, 48285, 48297, 48312, 48327, 48343, 48356, 48372, 48387, 48403, 48417, 48434, 48451, 48469, 48488, 48502, 48515, 48529, 48545, 48558, 48574, 48589, 48606, 48621, 48638, 48651, 48662, 48677, 48690, 48706, 48721, 48736, 48753, 48772, 48799, 48829, 48857, 48887, 48906, 48928, 48948, 48970, 48981, 49005, 49028, 49048, 49058, 49078, 49096, 49109, 49123, 49136, 49152, 49169, 49181, 49197, 49214, 49226, 49238, 49263, 49278, 49303, 49326, 49344, 49363, 49378, 49396, 49418, 49434, 49451, 49468, 49484, 49502, 49520, 49536, 49545, 49554, 49565, 49589, 49610, 49630, 49646, 49663, 49686, 49706, 49721, 49737, 49761, 49782, 49803, 49826, 49846, 49868, 49887, 49903, 49924, 49949, 49966, 49978, 49991, 50006, 50025, 50039, 50046, 50054, 50076, 50091, 50108, 50127, 50147, 50162, 50178, 50195, 50217, 50237, 50252, 50268, 50282, 50295, 50313, 50329, 50342, 50359, 50377, 50396, 50405, 50412, 50427, 50444, 50459, 50471, 50484, 50499, 50512, 50521, 50531, 50541, 50553, 50563, 50576, 50588, 50593, 50606, 50620, 50625, 50656, 50687, 50714, 50740, 50767, 50795, 50827, 50851, 50875, 50895, 50914, 50934, 50955, 50980, 51005, 51030, 51051, 51071, 51092, 51114, 51140, 51166, 51192, 51214, 51235, 51257, 51280, 51307, 51325, 51344, 51359, 51375, 51391, 51408, 51421, 51436, 51462, 51488, 51510, 51531, 51553, 51576, 51603, 51623, 51644, 51662, 51681, 51698, 51724, 51746, 51766, 51786, 51810, 51830, 51848, 51866, 51883, 51901, 51914, 51930, 51947, 51965, 51984, 52007, 52023, 52047, 52066, 52098, 52123, 52156, 52180, 52203, 52227, 52251, 52280, 52312, 52327, 52341, 52366, 52379, 52394, 52409, 52429, 52445, 52465, 52498, 52524, 52558, 52583, 52607, 52632, 52657, 52687, 52720, 52743, 52763, 52783, 52799, 52814, 52830, 52847, 52868, 52889, 52910, 52927, 52943, 52960, 52978, 53000, 53014, 53025, 53034, 53056, 53078, 53098, 53118, 53133, 53149, 53165, 53182, 53192, 53212, 53232, 53253, 53273, 53293, 53304, 53322, 53341, 53362, 53380, 53391, 53410, 53430, 53444, 53459, 53475, 53490, 53506, 53521, 53536, 53556, 53565, 53570, 53581, 53593, 53608, 53624, 53641, 53660, 53680, 53698, 53717, 53731, 53748, 53766, 53782, 53799, 53820, 53842, 53866, 53891, 53914, 53938, 53960, 53983, 54004, 54026, 54046, 54067, 54087, 54108, 54123, 54139, 54154, 54170, 54193, 54215, 54235, 54256, 54279, 54303, 54325, 54348, 54369, 54391, 54411, 54432, 54457, 54483, 54511, 54540, 54567, 54595, 54621, 54648, 54673, 54699, 54723, 54748, 54772, 54797, 54816, 54836, 54855, 54875, 54889, 54907, 54919, 54932, 54950, 54976, 54995, 55016, 55036, 55057, 55078, 55096, 55109, 55121, 55139, 55156, 55167, 55183, 55198, 55209, 55229, 55257, 55278, 55301, 55323, 55346, 55369, 55389, 55399, 55413, 55426, 55441, 55455, 55471, 55486, 55498, 55508, 55516, 55529, 55546, 55560, 55569, 55588, 55604, 55621, 55640, 55660, 55678, 55697, 55714, 55732, 55748, 55765, 55786, 55808, 55832, 55857, 55880, 55904, 55926, 55949, 55970, 55992, 56012, 56033, 56053, 56074, 56089, 56105, 56120, 56136, 56149, 56163, 56173, 56186, 56200, 56211, 56224, 56235, 56250, 56264, 56284, 56301, 56310, 56320, 56342, 56363, 56380, 56396, 56408, 56422, 56434, 56453, 56471, 56488, 56504, 56520, 56528, 56542, 56558, 56569, 56588, 56614, 56641, 56675, 56703, 56723, 56735, 56754, 56774, 56801, 56822, 56835, 56852, 56876, 56901, 56933, 56959, 56977, 56993, 57016, 57040, 57071, 57096, 57113, 57127, 57148, 57170, 57199, 57222, 57237, 57254, 57278, 57303, 57335, 57361, 57379, 57385, 57392, 57397, 57417, 57436, 57447, 57466, 57477, 57486, 57498, 57508, 57528, 57542, 57552, 57563, 57576, 57597, 57615, 57629, 57643, 57653, 57673, 57682, 57693, 57700, 57711, 57723, 57733, 57744, 57750, 57766, 57779, 57794, 57806, 57815, 57827, 57834, 57841, 57849, 57855, 57861, 57873, 57879, 57896, 57904, 57910, 57919, 57934, 57950, 57963, 57978, 57991, 58001, 58006, 58015, 58025, 58040, 58050, 58069, 58089, 58105, 58115, 58124, 58129, 58143, 58149, 58171, 58190, 58208, 58222, 58237, 58248, 58269, 58287, 58300, 58314, 58336, 58355, 58374, 58395, 58413, 58433, 58450, 58464, 58483, 58506, 58521, 58531, 58542, 58548, 58556, 58574, 58581, 58593, 58606, 58620, 58632, 58648, 58664, 58682, 58694, 58710, 58739, 58771, 58801, 58833, 58854, 58878, 58900, 58924, 58932, 58941, 58956, 58970, 58978, 58992, 59010, 59029, 59041, 59058, 59068, 59096, 59127, 59156, 59187, 59207, 59230, 59251, 59274, 59284, 59292, 59319, 59325, 59334, 59348, 59365, 59377, 59390, 59404, 59419, 59437, 59450, 59464, 59479, 59498, 59520, 59529, 59540, 59550, 59559, 59585, 59603, 59629, 59649, 59671, 59690, 59714, 59719, 59725, 59739, 59747, 59753, 59769, 59786, 59803, 59818, 59833, 59850, 59865, 59882, 59898, 59916, 59932, 59944, 59959, 59973, 59987, 60002, 60017, 60030, 60043, 60058, 60071, 60086, 60100, 60116, 60130, 60140, 60153, 60165, 60184, 60202, 60224, 60247, 60264, 60282, 60300, 60316, 60332, 60350, 60366, 60384, 60401, 60420, 60437, 60450, 60466, 60481, 60490, 60505, 60521, 60537, 60551, 60565, 60581, 60595, 60611, 60626, 60643, 60658, 60669, 60683, 60696, 60702, 60712, 60718, 60750, 60782, 60810, 60837, 60865, 60894, 60927, 60952, 60977, 60998, 61018, 61039, 61061, 61087, 61113, 61139, 61161, 61182, 61204, 61227, 61254, 61281, 61308, 61331, 61353, 61376, 61400, 61428, 61448, 61464, 61481, 61498, 61516, 61530, 61546, 61573, 61600, 61623, 61645, 61668, 61692, 61720, 61741, 61763, 61782, 61802, 61820, 61847, 61870, 61891, 61912, 61937, 61958, 61977, 61996, 62014, 62033, 62047, 62065, 62084, 62104, 62124, 62140, 62155, 62181, 62195, 62211, 62228, 62249, 62270, 62291, 62308, 62324, 62341, 62359, 62381, 62403, 62425, 62443, 62460, 62478, 62497, 62520, 62535, 62558, 62581, 62602, 62623, 62639, 62656, 62673, 62691, 62712, 62734, 62755, 62776, 62795, 62815, 62835, 62856, 62871, 62887, 62904, 62920, 62937, 62953, 62969, 62976, 62983, 62987, 62992, 63022, 63052, 63078, 63103, 63129, 63156, 63187, 63210, 63233, 63252, 63270, 63289, 63309, 63333, 63357, 63381, 63401, 63420, 63440, 63461, 63486, 63511, 63536, 63557, 63577, 63598, 63620, 63646, 63658, 63672, 63697, 63722, 63743, 63763, 63784, 63806, 63832, 63848, 63873, 63894, 63913, 63932, 63955, 63974, 63991, 64008, 64020, 64038, 64056, 64070, 64083, 64107, 64119, 64133, 64148, 64167, 64186, 64205, 64220, 64234, 64249, 64265, 64285, 64305, 64325, 64341, 64356, 64372, 64389, 64410, 64423, 64444, 64465, 64484, 64503, 64522, 64542, 64561, 64580, 64595, 64601, 64618, 64627, 64634, 64640, 64659, 64671, 64691, 64709, 64724, 64752, 64773, 64802, 64822, 64841, 64861, 64881, 64906, 64934, 64945, 64955, 64964, 64978, 64989, 65000, 65016, 65045, 65067, 65097, 65118, 65138, 65159, 65180, 65206, 65235, 65254, 65265, 65276, 65285, 65301, 65320, 65335, 65353, 65368, 65386, 65402, 65421, 65438, 65458, 65474, 65493, 65511, 65531, 65549, 65569, 65583, 65601, 65617, 65636, 65654, 65674, 65679, 65693, 65708, 65715, 65722, 65736, 65752, 65766, 65777, 65791, 65808, 65829, 65844, 65860, 65876, 65891, 65908, 65925, 65940, 65947, 65961, 65977, 65991, 66002, 66009, 66014, 66022, 66031, 66046, 66062, 66076, 66089, 66103, 66122, 66141, 66159, 66178, 66198, 66215, 66238, 66262, 66283, 66308, 66329, 66348, 66369, 66384, 66401, 66414, 66430, 66444, 66462, 66481, 66499, 66514, 66534, 66559, 66579, 66597, 66613, 66627, 66644, 66657, 66667, 66678, 66688, 66702, 66715, 66729, 66740, 66754, 66767, 66777, 66785, 66799, 66813, 66832, 66851, 66866, 66879, 66895, 66914, 66933, 66957, 66981, 67001, 67019, 67040, 67049, 67080, 67109, 67143, 67174, 67208, 67239, 67272, 67300, 67319, 67333, 67356, 67376, 67397, 67423, 67446, 67466, 67491, 67517, 67542, 67566, 67589, 67614, 67639, 67660, 67679, 67699, 67721, 67745, 67762, 67784, 67798, 67821, 67836, 67848, 67861, 67869, 67880, 67892, 67901, 67913, 67923, 67934, 67944, 67958, 67969, 67985, 68000, 68015, 68031, 68049, 68068, 68085, 68103, 68119, 68136, 68151, 68167, 68181, 68196, 68210, 68225, 68243, 68263, 68278, 68286, 68300, 68315, 68327, 68345, 68364, 68380, 68400, 68416, 68429, 68438, 68451, 68461, 68481, 68502, 68520, 68544, 68569, 68591, 68617, 68639, 68652, 68669, 68680, 68689, 68701, 68710, 68720, 68749, 68776, 68808, 68837, 68869, 68898, 68929, 68955, 68976, 68995, 69019, 69040, 69064, 69085, 69108, 69126, 69140, 69154, 69173, 69192, 69207, 69220, 69236, 69245, 69260, 69275, 69295, 69315, 69331, 69345, 69362, 69373, 69392, 69412, 69429, 69452, 69476, 69497, 69522, 69543, 69558, 69574, 69590, 69611, 69632, 69649, 69664, 69682, 69688, 69700, 69713, 69731, 69748, 69768, 69789, 69811, 69827, 69845, 69864, 69885, 69903, 69926, 69949, 69970, 70003, 70023, 70034, 70046, 70068, 70089, 70113, 70138, 70164, 70184, 70206, 70229, 70254, 70276, 70303, 70330, 70355, 70392, 70416, 70438, 70459, 70483, 70508, 70534, 70554, 70576, 70599, 70624, 70646, 70673, 70700, 70725, 70762, 70786, 70797, 70807, 70821, 70836, 70855, 70874, 70887, 70898, 70911, 70939, 70968, 70996, 71021, 71051, 71086, 71116, 71144, 71170, 71194, 71221, 71244, 71268, 71291, 71311, 71336, 71366, 71391, 71414, 71435, 71454, 71476, 71490, 71512, 71536, 71565, 71586, 71606, 71617, 71631, 71645, 71660, 71676, 71706, 71737, 71767, 71794, 71826, 71863, 71895, 71925, 71953, 71979, 72008, 72033, 72059, 72084, 72106, 72133, 72165, 72192, 72217, 72240, 72261, 72285, 72301, 72323, 72347, 72376, 72397, 72417, 72430, 72441, 72453, 72465, 72476, 72485, 72501, 72517, 72530, 72544, 72566, 72590, 72619, 72640, 72660, 72672, 72690, 72705, 72722, 72738, 72753, 72771, 72790, 72810, 72824, 72840, 72857, 72876, 72892, 72913, 72934, 72953, 72984, 73002, 73024, 73045, 73069, 73094, 73120, 73140, 73162, 73185, 73210, 73232, 73259, 73286, 73311, 73348, 73372, 73388, 73403, 73421, 73440, 73460, 73474, 73490, 73507, 73526, 73542, 73563, 73584, 73603, 73634, 73652, 73663, 73684, 73696, 73707, 73720, 73735, 73749, 73766, 73784, 73803, 73816, 73831, 73847, 73865, 73880, 73900, 73920, 73938, 73968, 73985, 74005, 74024, 74046, 74069, 74093, 74111, 74131, 74152, 74175, 74195, 74220, 74245, 74268, 74303, 74325, 74343, 74363, 74388, 74405, 74421, 74435, 74449, 74464, 74476, 74491, 74511, 74530, 74553, 74575, 74598, 74622, 74647, 74665, 74685, 74715, 74736, 74758, 74781, 74802, 74822, 74847, 74872, 74895, 74930, 74952, 74963, 74973, 74987, 75002, 75025, 75050, 75080, 75102, 75123, 75135, 75155, 75177, 75204, 75223, 75241, 75255, 75271, 75288, 75300, 75310, 75321, 75337, 75352, 75370, 75389, 75409, 75423, 75439, 75456, 75475, 75491, 75512, 75533, 75552, 75583, 75601, 75621, 75640, 75662, 75685, 75709, 75727, 75747, 75768, 75791, 75811, 75836, 75861, 75884, 75919, 75941, 75952, 75965, 75978, 76001, 76026, 76056, 76078, 76099, 76114, 76130, 76144, 76157, 76183, 76196, 76207, 76223, 76238, 76256, 76275, 76295, 76309, 76325, 76342, 76361, 76377, 76398, 76419, 76438, 76469, 76487, 76504, 76521, 76538, 76553, 76572, 76587, 76607, 76626, 76648, 76671, 76695, 76713, 76733, 76754, 76777, 76797, 76822, 76847, 76870, 76905, 76927, 76944, 76956, 76963, 76976, 76990, 77001, 77018, 77034, 77051, 77069, 77084, 77103, 77122, 77137, 77165, 77191, 77222, 77250, 77281, 77309, 77339, 77364, 77375, 77395, 77412, 77430, 77453, 77473, 77490, 77512, 77535, 77557, 77578, 77598, 77620, 77642, 77660, 77676, 77693, 77712, 77726, 77737, 77752, 77762, 77774, 77783, 77793, 77805, 77814, 77825, 77831, 77838, 77850, 77854, 77862, 77873, 77881, 77896, 77909, 77923, 77941, 77952, 77965, 77978, 77993, 78008, 78030, 78045, 78056, 78069, 78085, 78105, 78115, 78124, 78135, 78146, 78160, 78165, 78172, 78180, 78192, 78204, 78223, 78236, 78250, 78265, 78284, 78304, 78317, 78337, 78348, 78353, 78359, 78372, 78390, 78405, 78425, 78436, 78454, 78467, 78477, 78491, 78503, 78514, 78533, 78543, 78554, 78564, 78576, 78585, 78594, 78612, 78629, 78651, 78668, 78679, 78704, 78729, 78748, 78771, 78779, 78789, 78810, 78828, 78846, 78864, 78884, 78899, 78915, 78931, 78945, 78960, 78973, 78986, 78998, 79003, 79017, 79029, 79043, 79065, 79085, 79107, 79121, 79136, 79146, 79156, 79167, 79180, 79188, 79194, 79203, 79212, 79222, 79234, 79237, 79241, 79254, 79273, 79292, 79310, 79326, 79346, 79354, 79377, 79405, 79411, 79433, 79462, 79476, 79491, 79504, 79521, 79544, 79565, 79590, 79603, 79614, 79634, 79652, 79674, 79695, 79714, 79737, 79756, 79773, 79794, 79816, 79836, 79860, 79875, 79896, 79915, 79938, 79954, 79968, 79986, 79999, 80013, 80027, 80039, 80055, 80063, 80091, 80117, 80147, 80165, 80181, 80206, 80229, 80256, 80282, 80306, 80334, 80358, 80380, 80406, 80433, 80458, 80487, 80507, 80533, 80557, 80585, 80602, 80617, 80636, 80646, 80662, 80676, 80694, 80714, 80736, 80745, 80750, 80760, 80774, 80789, 80812, 80837, 80853, 80868, 80886, 80908, 80920, 80929, 80942, 80956, 80978, 81002, 81017, 81038, 81054, 81074, 81093, 81112, 81131, 81147, 81164, 81181, 81200, 81214, 81232, 81249, 81266, 81283, 81297, 81312, 81327, 81347, 81362, 81381, 81399, 81417, 81435, 81450, 81466, 81482, 81492, 81528, 81534, 81546, 81558, 81572, 81585, 81600, 81608, 81617, 81627, 81644, 81660, 81668, 81677, 81687, 81700, 81704, 81722, 81754, 81774, 81802, 81822, 81837, 81856, 81874, 81892, 81910, 81925, 81941, 81957, 81975, 81988, 82005, 82021, 82037, 82053, 82066, 82080, 82094, 82106, 82125, 82139, 82157, 82174, 82191, 82208, 82222, 82237, 82252, 82260, 82271, 82296, 82309, 82330, 82341, 82348, 82355, 82364, 82386, 82412, 82431, 82450, 82471, 82498, 82518, 82538, 82560, 82575, 82590, 82607, 82632, 82650, 82668, 82688, 82699, 82709, 82717, 82732, 82752, 82769, 82783, 82797, 82814, 82830, 82843, 82856, 82875, 82890, 82902, 82906, 82915, 82922, 82928, 82936, 82954, 82978, 83002, 83025, 83046, 83071, 83084, 83112, 83145, 83156, 83183, 83217, 83236, 83256, 83274, 83296, 83317, 83336, 83359, 83377, 83396, 83415, 83432, 83453, 83466, 83488, 83508, 83532, 83547, 83568, 83587, 83610, 83635, 83662, 83676, 83683, 83691, 83708, 83724, 83745, 83761, 83771, 83795, 83819, 83837, 83859, 83867, 83876, 83890, 83905, 83918, 83932, 83945, 83959, 83974, 83988, 84004, 84021, 84036, 84052, 84072, 84093, 84115, 84128, 84142, 84159, 84177, 84196, 84205, 84215, 84234, 84245, 84258, 84277, 84297, 84314, 84332, 84352, 84373, 84392, 84412, 84430, 84450, 84472, 84495, 84508, 84522, 84535, 84543, 84559, 84578, 84601, 84614, 84621, 84630, 84657, 84681, 84707, 84733, 84762, 84770, 84785, 84795, 84807, 84821, 84834, 84845, 84856, 84874, 84887, 84902, 84919, 84935, 84949, 84960, 84978, 84991, 85006, 85023, 85039, 85053, 85059, 85069, 85086, 85098, 85112, 85128, 85143, 85156, 85162, 85175, 85191, 85211, 85221, 85235, 85252, 85273, 85297, 85318, 85339, 85355, 85365, 85384, 85402, 85409, 85418, 85424, 85431, 85441, 85452, 85464, 85473, 85483, 85497, 85508, 85520, 85528, 85537, 85547, 85565, 85586, 85611, 85626, 85635, 85653, 85674, 85699, 85714, 85727, 85733, 85744, 85758, 85768, 85782, 85794, 85808, 85818, 85832, 85843, 85857, 85870, 85886, 85906, 85929, 85949, 85969, 85984, 85989, 85993, 85996, 86001, 86008, 86019, 86026, 86034, 86042, 86049, 86066, 86087, 86106, 86124, 86140, 86158, 86173, 86187, 86208, 86227, 86245, 86261, 86279, 86291, 86305, 86326, 86345, 86363, 86379, 86397, 86419, 86439, 86458, 86475, 86494, 86505, 86516, 86526, 86535, 86540, 86546, 86555, 86562, 86572, 86583, 86589, 86613, 86635, 86652, 86677, 86697, 86723, 86744, 86773, 86797, 86824, 86846, 86876, 86901, 86928, 86950, 86980, 87005, 87030, 87050, 87078, 87101, 87130, 87154, 87186, 87213, 87243, 87268, 87301, 87329, 87359, 87384, 87417, 87445, 87456, 87469, 87487, 87507, 87522, 87541, 87559, 87577, 87595, 87610, 87626, 87642, 87660, 87673, 87690, 87706, 87722, 87738, 87751, 87765, 87779, 87791, 87810, 87824, 87842, 87859, 87876, 87893, 87907, 87922, 87937, 87948, 87954, 87960, 87967, 87978, 87989, 88007, 88019, 88032, 88046, 88057, 88075, 88087, 88106, 88122, 88134, 88153, 88162, 88172, 88193, 88210, 88231, 88253, 88268, 88290, 88301, 88314, 88326, 88335, 88346, 88361, 88378, 88394, 88407, 88422, 88435, 88450, 88459, 88469, 88484, 88496, 88510, 88524, 88541, 88554, 88564, 88576, 88588, 88603, 88625, 88645, 88663, 88686, 88705, 88725, 88755, 88783, 88809, 88840, 88867, 88895, 88927, 88957, 88985, 89018, 89047, 89077, 89113, 89147, 89179, 89216, 89249, 89283, 89295, 89316, 89336, 89361, 89381, 89395, 89423, 89451, 89475, 89497, 89517, 89542, 89563, 89585, 89607, 89635, 89661, 89685, 89714, 89739, 89765, 89791, 89799, 89809, 89820, 89827, 89834, 89848, 89859, 89869, 89873, 89880, 89888, 89896, 89907, 89929, 89947, 89969, 89992, 90008, 90031, 90045, 90070, 90091, 90116, 90142, 90161, 90187, 90192, 90215, 90237, 90248, 90256, 90265, 90277, 90288, 90308, 90330, 90347, 90367, 90385, 90404, 90421, 90432, 90443, 90455, 90469, 90479, 90503, 90529, 90550, 90565, 90580, 90596, 90614, 90634, 90658, 90677, 90693, 90713, 90728, 90739, 90751, 90765, 90777, 90795, 90810, 90824, 90835, 90850, 90868, 90890, 90902, 90923, 90941, 90958, 90972, 90980, 90989, 90996, 91004, 91012, 91021, 91033, 91045, 91056, 91068, 91081, 91093, 91106, 91132, 91157, 91186, 91200, 91214, 91237, 91264, 91291, 91322, 91347, 91368, 91399, 91429, 91463, 91482, 91510, 91542, 91574, 91610, 91640, 91666, 91696, 91720, 91742, 91769, 91800, 91823, 91848, 91870, 91897, 91916, 91938, 91954, 91971, 92001, 92031, 92053, 92077, 92103, 92131, 92146, 92158, 92171, 92187, 92203, 92218, 92234, 92251, 92267, 92284, 92311, 92335, 92359, 92383, 92409, 92430, 92452, 92474, 92494, 92515, 92534, 92553, 92571, 92584, 92598, 92610, 92623, 92643, 92664, 92683, 92703, 92724, 92741, 92759, 92772, 92786, 92803, 92813, 92824, 92831, 92839, 92857, 92878, 92896, 92920, 92944, 92972, 93005, 93032, 93066, 93083, 93102, 93127, 93154, 93168, 93179, 93191, 93206, 93221, 93235, 93250, 93266, 93281, 93297, 93315, 93337, 93359, 93366, 93383, 93406, 93429, 93443, 93458, 93476, 93491, 93507, 93534, 93566, 93592, 93625, 93641, 93658, 93672, 93687, 93707, 93728, 93746, 93770, 93796, 93803, 93813, 93824, 93839, 93854, 93870, 93887, 93903, 93915, 93936, 93956, 93975, 93981, 93985, 93990, 94002, 94019, 94026, 94037, 94057, 94079, 94096, 94116, 94134, 94153, 94170, 94181, 94192, 94204, 94218, 94228, 94252, 94278, 94299, 94314, 94329, 94345, 94363, 94383, 94407, 94426, 94442, 94462, 94477, 94489, 94502, 94516, 94527, 94539, 94553, 94565, 94576, 94588, 94606, 94621, 94635, 94646, 94661, 94672, 94683, 94696, 94716, 94730, 94742, 94757, 94768, 94784, 94797, 94806, 94814, 94825, 94832, 94842, 94853, 94862, 94871, 94874, 94883, 94887, 94906, 94917, 94939, 94957, 94979, 95002, 95018, 95041, 95053, 95066, 95090, 95110, 95134, 95159, 95177, 95202, 95211, 95224, 95238, 95245, 95252, 95263, 95275, 95283, 95295, 95308, 95325, 95339, 95352, 95362, 95369, 95387, 95401, 95419, 95438, 95450, 95469, 95485, 95505, 95525, 95529, 95534, 95543, 95552, 95562, 95573, 95583, 95589, 95596, 95607, 95626, 95642, 95655, 95666, 95681, 95692, 95704, 95716, 95732, 95749, 95760, 95767, 95774, 95783, 95807, 95828, 95847, 95868, 95889, 95911, 95934, 95951, 95969, 95988, 96003, 96017, 96036, 96052, 96069, 96087, 96102, 96118, 96134, 96148, 96163, 96179, 96186, 96193, 96200, 96212, 96222, 96233, 96247, 96261, 96274, 96288, 96303, 96317, 96332, 96341, 96351, 96364, 96377, 96389, 96404, 96417, 96431, 96444, 96458, 96468, 96479, 96493, 96511, 96525, 96538, 96552, 96567, 96584, 96598, 96613, 96621, 96633, 96643, 96654, 96664, 96672, 96691, 96707, 96720, 96733, 96748, 96768, 96785, 96802, 96821, 96841, 96861, 96877, 96890, 96910, 96919, 96929, 96950, 96967, 96988, 97010, 97025, 97047, 97055, 97062, 97070, 97082, 97094, 97107, 97121, 97134, 97143, 97159, 97170, 97181, 97193, 97200, 97208, 97220, 97232, 97245, 97259, 97272, 97279, 97287, 97299, 97311, 97324, 97338, 97351, 97359, 97368, 97378, 97392, 97413, 97434, 97452, 97478, 97505, 97532, 97556, 97588, 97612, 97630, 97644, 97665, 97686, 97704, 97730, 97757, 97784, 97808, 97840, 97864, 97885, 97903, 97921, 97936, 97953, 97971, 97988, 98006, 98019, 98034, 98048, 98067, 98082, 98098, 98114, 98137, 98160, 98180, 98208, 98237, 98266, 98292, 98326, 98352, 98372, 98398, 98413, 98432, 98446, 98462, 98484, 98497, 98512, 98530, 98560, 98580, 98593, 98616, 98639, 98665, 98685, 98713, 98738, 98758, 98773, 98792, 98810, 98825, 98842, 98859, 98877, 98894, 98909, 98927, 98946, 98964, 98978, 98993, 99008, 99022, 99043, 99058, 99074, 99089, 99111, 99134, 99160, 99185, 99210, 99234, 99253, 99271, 99289, 99308, 99323, 99345, 99358, 99375, 99392, 99416, 99434, 99453, 99473, 99497, 99522, 99540, 99565, 99570, 99576, 99586, 99596, 99607, 99619, 99630, 99637, 99652, 99665, 99676, 99692, 99704, 99717, 99740, 99761, 99780, 99804, 99824, 99845, 99870, 99893, 99914, 99940, 99962, 99985, 100014, 100041, 100066, 100096, 100122, 100149, 100155, 100162, 100175, 100191, 100204, 100221, 100239, 100261, 100283, 100306, 100330, 100345, 100357, 100371, 100386, 100405, 100424, 100444, 100465, 100485, 100498, 100512, 100530, 100548, 100567, 100587, 100606, 100629, 100648, 100672, 100686, 100703, 100714, 100729, 100743, 100758, 100776, 100788, 100802, 100819, 100830, 100842, 100858, 100874, 100891, 100909, 100926, 100938, 100953, 100964, 100979, 100993, 101007, 101022, 101035, 101050, 101061, 101076, 101093, 101105, 101120, 101132, 101147, 101159, 101174, 101192, 101211, 101234, 101257, 101281, 101306, 101323, 101338, 101351, 101369, 101383, 101398, 101408, 101427, 101445, 101468, 101486, 101498, 101524, 101550, 101570, 101594, 101615, 101634, 101651, 101673, 101691, 101710, 101725, 101741, 101754, 101768, 101772, 101777, 101788, 101802, 101813, 101829, 101846, 101867, 101888, 101910, 101933, 101955, 101970, 101986, 102006, 102026, 102047, 102069, 102082, 102092, 102104, 102117, 102134, 102151, 102169, 102188, 102206, 102217, 102229, 102245, 102261, 102278, 102296, 102313, 102334, 102351, 102373, 102385, 102400, 102409, 102422, 102434, 102447, 102463, 102473, 102485, 102500, 102509, 102519, 102533, 102547, 102562, 102578, 102593, 102603, 102616, 102625, 102638, 102650, 102662, 102675, 102686, 102699, 102708, 102721, 102736, 102746, 102759, 102769, 102782, 102792, 102805, 102821, 102838, 102859, 102880, 102902, 102925, 102929, 102934, 102951, 102965, 102978, 102991, 103000, 103011, 103021, 103031, 103040, 103049, 103058, 103072, 103082, 103087, 103094, 103101, 103106, 103114, 103124, 103128, 103133, 103140, 103146, 103151, 103175, 103197, 103223, 103237, 103249, 103270, 103289, 103312, 103334, 103354, 103378, 103398, 103416, 103438, 103461, 103482, 103507, 103523, 103545, 103565, 103589, 103596, 103604, 103619, 103639, 103656, 103678, 103691, 103711, 103726, 103738, 103754, 103768, 103781, 103802, 103814, 103827, 103832, 103836, 103851, 103869, 103891, 103916, 103938, 103960, 103977, 103982, 103997, 104003, 104017, 104030, 104043, 104056, 104068, 104080, 104086, 104094, 104100, 104105, 104113, 104122, 104140, 104155, 104169, 104180, 104200, 104217, 104233, 104246, 104254, 104270, 104289, 104312, 104338, 104361, 104384, 104402, 104409, 104427, 104443, 104454, 104473, 104487, 104507, 104522, 104545, 104563, 104584, 104600, 104624, 104643, 104655, 104676, 104692, 104716, 104735, 104744, 104764, 104782, 104795, 104816, 104832, 104854, 104871, 104896, 104916, 104939, 104957, 104983, 105004, 105018, 105041, 105059, 105085, 105106, 105124, 105140, 105162, 105181, 105201, 105216, 105232, 105250, 105269, 105283, 105303, 105324, 105337, 105351, 105357, 105364, 105370, 105387, 105400, 105417, 105435, 105446, 105464, 105472, 105491, 105506, 105525, 105545, 105558, 105578, 105584, 105609, 105632, 105659, 105674, 105687, 105709, 105729, 105753, 105776, 105797, 105822, 105843, 105862, 105885, 105909, 105931, 105957, 105974, 105997, 106018, 106043, 106054, 106064, 106084, 106110, 106136, 106161, 106184, 106211, 106226, 106256, 106291, 106304, 106333, 106369, 106390, 106412, 106432, 106456, 106479, 106500, 106525, 106545, 106566, 106587, 106606, 106629, 106644, 106668, 106690, 106716, 106733, 106756, 106777, 106802, 106829, 106858, 106874, 106878, 106883, 106893, 106915, 106934, 106956, 106973, 107008, 107037, 107045, 107062, 107082, 107100, 107116, 107137, 107154, 107172, 107200, 107226, 107250, 107279, 107304, 107330, 107360, 107388, 107414, 107445, 107472, 107500, 107534, 107566, 107596, 107631, 107662, 107694, 107704, 107723, 107741, 107764, 107782, 107794, 107820, 107846, 107868, 107888, 107906, 107929, 107948, 107968, 107988, 108014, 108038, 108060, 108087, 108110, 108134, 108158, 108164, 108174, 108185, 108204, 108225, 108237, 108246, 108257, 108265, 108276, 108285, 108291, 108298, 108304, 108310, 108317, 108324, 108332, 108356, 108381, 108387, 108397, 108403, 108411, 108418, 108427, 108440, 108458, 108473, 108493, 108504, 108522, 108535, 108545, 108559, 108571, 108582, 108601, 108611, 108622, 108626, 108644, 108659, 108673, 108684, 108701, 108711, 108723, 108742, 108759, 108774, 108794, 108810, 108827, 108854, 108879, 108902, 108930, 108954, 108979, 109008, 109035, 109060, 109090, 109116, 109143, 109176, 109207, 109236, 109270, 109300, 109331, 109350, 109373, 109389, 109405, 109423, 109447, 109464, 109481, 109500, 109509, 109521, 109533, 109547, 109565, 109582, 109604, 109621, 109632, 109657, 109682, 109704, 109719, 109734, 109751, 109772, 109791, 109808, 109830, 109848, 109867, 109886, 109911, 109934, 109955, 109981, 110003, 110026, 110049, 110066, 110089, 110106, 110121, 110139, 110158, 110177, 110183, 110192, 110202, 110208, 110215, 110232, 110249, 110267, 110286, 110297, 110315, 110333, 110348, 110371, 110395, 110419, 110440, 110469, 110490, 110505, 110516, 110534, 110552, 110567, 110590, 110614, 110638, 110659, 110688, 110709, 110727, 110742, 110757, 110769, 110783, 110798, 110812, 110827, 110837, 110849, 110860, 110876, 110888, 110901, 110914, 110934, 110954, 110971, 110996, 111022, 111048, 111071, 111102, 111125, 111142, 111165, 111177, 111193, 111204, 111217, 111236, 111246, 111258, 111273, 111300, 111317, 111327, 111347, 111367, 111390, 111407, 111432, 111454, 111471, 111483, 111499, 111514, 111526, 111540, 111554, 111569, 111583, 111595, 111610, 111626, 111641, 111652, 111664, 111676, 111687, 111705, 111717, 111730, 111742, 111761, 111781, 111804, 111826, 111848, 111869, 111885, 111900, 111915, 111931, 111943, 111962, 111973, 111988, 112003, 112025, 112041, 112058, 112076, 112098, 112121, 112137, 112160, 112166, 112173, 112180, 112200, 112222, 112243, 112261, 112281, 112305, 112331, 112356, 112378, 112402, 112424, 112448, 112471, 112491, 112513, 112539, 112567, 112594, 112618, 112644, 112654, 112662, 112681, 112711, 112737, 112767, 112798, 112822, 112853, 112870, 112898, 112922, 112950, 112979, 113008, 113021, 113037, 113054, 113073, 113096, 113119, 113136, 113154, 113172, 113189, 113205, 113221, 113236, 113253, 113271, 113293, 113312, 113328, 113346, 113365, 113384, 113400, 113418, 113434, 113448, 113463, 113480, 113499, 113516, 113537, 113558, 113577, 113598, 113614, 113623, 113633, 113647, 113667, 113681, 113693, 113708, 113724, 113740, 113745, 113757, 113772, 113791, 113800, 113814, 113825, 113847, 113865, 113887, 113910, 113926, 113949, 113969, 113984, 114007, 114025, 114049, 114068, 114095, 114117, 114142, 114162, 114190, 114213, 114238, 114258, 114286, 114309, 114320, 114342, 114360, 114382, 114405, 114428, 114443, 114469, 114491, 114517, 114544, 114564, 114591, 114599, 114604, 114616, 114633, 114651, 114673, 114695, 114718, 114742, 114765, 114780, 114799, 114821, 114840, 114859, 114873, 114878, 114884, 114897, 114913, 114933, 114943, 114949, 114962, 114969, 114981, 114995, 115008, 115018, 115030, 115046, 115064, 115081, 115095, 115111, 115115, 115124, 115134, 115139, 115152, 115160, 115177, 115196, 115210, 115227, 115242, 115258, 115272, 115280, 115288, 115297, 115308, 115315, 115336, 115359, 115377, 115389, 115401, 115414, 115429, 115446, 115467, 115483, 115496, 115513, 115525, 115533, 115542, 115553, 115562, 115567, 115573, 115586, 115602, 115622, 115645, 115665, 115685, 115700, 115715, 115733, 115755, 115767, 115774, 115785, 115797, 115810, 115821, 115833, 115848, 115863, 115877, 115892, 115908, 115923, 115939, 115948, 115958, 115968, 115979, 115993, 116007, 116020, 116034, 116049, 116063, 116078, 116084, 116091, 116099, 116108, 116120, 116132, 116143, 116155, 116168, 116180, 116193, 116202, 116212, 116225, 116238, 116250, 116263, 116277, 116290, 116304, 116314, 116325, 116339, 116353, 116366, 116380, 116395, 116409, 116424, 116428, 116433, 116439, 116446, 116458, 116466, 116473, 116482, 116489, 116498, 116505, 116512, 116529, 116542, 116555, 116572, 116585, 116604, 116616, 116625, 116633, 116643, 116663, 116679, 116695, 116715, 116731, 116753, 116768, 116772, 116778, 116785, 116800, 116811, 116832, 116846, 116865, 116876, 116894, 116910, 116928, 116941, 116961, 116979, 116994, 117015, 117027, 117046, 117065, 117085, 117099, 117114, 117130, 117141, 117156, 117172, 117185, 117199, 117214, 117228, 117240, 117252, 117265, 117278, 117293, 117304, 117324, 117335, 117347, 117363, 117376, 117395, 117407, 117428, 117441, 117456, 117471, 117476, 117487, 117501, 117515, 117530, 117543, 117554, 117567, 117582, 117595, 117606, 117623, 117641, 117649, 117665, 117684, 117697, 117712, 117727, 117742, 117757, 117770, 117785, 117798, 117810, 117827, 117842, 117852, 117862, 117872, 117887, 117898, 117908, 117923, 117938, 117959, 117977, 117990, 118003, 118016, 118024, 118039, 118057, 118076, 118101, 118118, 118135, 118152, 118171, 118194, 118217, 118234, 118261, 118286, 118305, 118323, 118342, 118355, 118378, 118399, 118411, 118423, 118438, 118449, 118462, 118476, 118480, 118505, 118530, 118555, 118574, 118596, 118614, 118638, 118654, 118670, 118686, 118704, 118726, 118754, 118774, 118794, 118814, 118836, 118862, 118888, 118908, 118938, 118966, 118988, 119010, 119026, 119052, 119076, 119092, 119105, 119124, 119143, 119162, 119175, 119191, 119211, 119231, 119251, 119265, 119282, 119302, 119328, 119346, 119364, 119382, 119402, 119426, 119456, 119478, 119500, 119522, 119546, 119574, 119602, 119624, 119656, 119686, 119710, 119734, 119752, 119780, 119806, 119814, 119823, 119834, 119841, 119848, 119855, 119862, 119869, 119876, 119883, 119890, 119897, 119904, 119911, 119918, 119925, 119932, 119939, 119946, 119953, 119960, 119967, 119974, 119981, 119988, 119995, 120002, 120009, 120016, 120023, 120029, 120036, 120047, 120058, 120070, 120083, 120095, 120101, 120108, 120119, 120137, 120155, 120170, 120193, 120217, 120241, 120262, 120291, 120312, 120327, 120338, 120356, 120374, 120389, 120412, 120436, 120460, 120481, 120510, 120531, 120549, 120564, 120579, 120591, 120605, 120620, 120634, 120649, 120659, 120671, 120682, 120698, 120710, 120723, 120736, 120756, 120776, 120793, 120818, 120844, 120870, 120893, 120924, 120947, 120964, 120987, 120999, 121015, 121026, 121039, 121058, 121068, 121080, 121095, 121122, 121139, 121149, 121169, 121189, 121212, 121229, 121254, 121276, 121293, 121305, 121321, 121336, 121348, 121362, 121376, 121391, 121405, 121417, 121432, 121448, 121463, 121474, 121486, 121498, 121509, 121527, 121539, 121552, 121564, 121583, 121598, 121618, 121641, 121663, 121685, 121706, 121722, 121737, 121752, 121768, 121780, 121799, 121807, 121815, 121827, 121839, 121852, 121866, 121882, 121895, 121903, 121912, 121925, 121938, 121958, 121972, 121987, 122003, 122023, 122044, 122058, 122079, 122087, 122094, 122101, 122108, 122115, 122122, 122129, 122136, 122143, 122150, 122157, 122164, 122171, 122178, 122185, 122192, 122199, 122206, 122213, 122220, 122227, 122234, 122241, 122248, 122255, 122262, 122269, 122276, 122283, 122290, 122297, 122304, 122311, 122318, 122325, 122332, 122339, 122352, 122371, 122382, 122393, 122404, 122410, 122423, 122440, 122463, 122478, 122493, 122508, 122525, 122546, 122567, 122582, 122607, 122630, 122647, 122664, 122675, 122696, 122715, 122725, 122730, 122738, 122741, 122760, 122781, 122788, 122796, 122811, 122821, 122833, 122847, 122860, 122871, 122888, 122903, 122916, 122930, 122943, 122962, 122982, 123001, 123019, 123039, 123059, 123078, 123096, 123118, 123134, 123151, 123169, 123185, 123199, 123214, 123228, 123248, 123269, 123289, 123308, 123329, 123350, 123370, 123389, 123412, 123429, 123444, 123455, 123473, 123486, 123501, 123518, 123534, 123548, 123561, 123572, 123583, 123601, 123614, 123629, 123646, 123662, 123676, 123688, 123699, 123716, 123734, 123751, 123767, 123786, 123803, 123818, 123834, 123849, 123870, 123892, 123913, 123933, 123955, 123977, 123998, 124018, 124042, 124060, 124070, 124087, 124099, 124113, 124129, 124144, 124157, 124175, 124193, 124210, 124226, 124246, 124260, 124274, 124289, 124306, 124327, 124348, 124363, 124379, 124395, 124410, 124424, 124438, 124451, 124466, 124482, 124502, 124519, 124533, 124549, 124566, 124583, 124597, 124613, 124627, 124639, 124652, 124667, 124684, 124699, 124718, 124737, 124754, 124773, 124787, 124796, 124813, 124834, 124855, 124868, 124879, 124891, 124895, 124902, 124912, 124919, 124926, 124933, 124940, 124947, 124954, 124961, 124968, 124975, 124982, 124989, 124996, 125003, 125010, 125017, 125024, 125035, 125046, 125064, 125077, 125091, 125103, 125117, 125129, 125139, 125146, 125154, 125176, 125191, 125211, 125230, 125249, 125268, 125290, 125303, 125323, 125344, 125360, 125377, 125393, 125410, 125424, 125439, 125455, 125469, 125483, 125504, 125516, 125529, 125542, 125556, 125577, 125598, 125626, 125649, 125673, 125695, 125719, 125741, 125761, 125775, 125796, 125817, 125845, 125868, 125892, 125914, 125938, 125960, 125980, 125988, 126003, 126019, 126036, 126056, 126077, 126096, 126116, 126134, 126153, 126169, 126186, 126204, 126219, 126235, 126252, 126270, 126277, 126284, 126291, 126298, 126305, 126312, 126319, 126326, 126333, 126340, 126347, 126354, 126361, 126368, 126375, 126382, 126389, 126396, 126403, 126410, 126417, 126424, 126431, 126438, 126445, 126452, 126459, 126466, 126473, 126480, 126487, 126494, 126499, 126505, 126524, 126542, 126556, 126571, 126590, 126611, 126631, 126638, 126645, 126652, 126659, 126666, 126673, 126680, 126687, 126694, 126701, 126708, 126715, 126722, 126729, 126736, 126743, 126750, 126768, 126787, 126808, 126833, 126858, 126877, 126897, 126917, 126936, 126954, 126972, 126989, 127008, 127028, 127052, 127073, 127091, 127111, 127132, 127153, 127171, 127191, 127209, 127225, 127242, 127261, 127282, 127301, 127324, 127347, 127368, 127391, 127409, 127424, 127440, 127461, 127475, 127486, 127504, 127525, 127550, 127565, 127577, 127588, 127600, 127615, 127630, 127644, 127659, 127675, 127690, 127706, 127718, 127731, 127753, 127769, 127789, 127817, 127845, 127861, 127876, 127894, 127926, 127963, 127989, 128005, 128022, 128053, 128091, 128110, 128135, 128158, 128174, 128191, 128212, 128234, 128260, 128289, 128317, 128348, 128375, 128386, 128394, 128404, 128414, 128424, 128437, 128448, 128460, 128471, 128485, 128508, 128528, 128548, 128568, 128590, 128607, 128625, 128643, 128659, 128676, 128691, 128706, 128720, 128739, 128756, 128771, 128787, 128802, 128823, 128845, 128866, 128886, 128908, 128930, 128951, 128971, 128995, 129013, 129033, 129051, 129067, 129084, 129100, 129122, 129145, 129167, 129188, 129211, 129234, 129256, 129277, 129302, 129321, 129338, 129353, 129366, 129380, 129393, 129412, 129432, 129451, 129469, 129490, 129509, 129526, 129544, 129561, 129584, 129608, 129631, 129653, 129677, 129701, 129724, 129746, 129772, 129792, 129812, 129832, 129851, 129869, 129891, 129907, 129925, 129939, 129953, 129969, 129992, 130009, 130024, 130042, 130056, 130075, 130091, 130101, 130108, 130115, 130122, 130129, 130136, 130143, 130150, 130157, 130164, 130171, 130178, 130185, 130192, 130199, 130206, 130213, 130220, 130227, 130234, 130241, 130248, 130255, 130262, 130269, 130276, 130283, 130290, 130297, 130304, 130311, 130318, 130325, 130332, 130339, 130346, 130353, 130360, 130367, 130374, 130381, 130388, 130395, 130402, 130409, 130416, 130423, 130430, 130437, 130444, 130451, 130458, 130465, 130472, 130479, 130486, 130493, 130500, 130507, 130514, 130521, 130528, 130535, 130542, 130549, 130556, 130563, 130570, 130577, 130584, 130591, 130598, 130605, 130612, 130619, 130626, 130633, 130640, 130647, 130654, 130661, 130668, 130675, 130682, 130689, 130696, 130703, 130710, 130717, 130724, 130731, 130738, 130745, 130752, 130759, 130766, 130773, 130780, 130787, 130794, 130801, 130808, 130815, 130822, 130829, 130836, 130843, 130850, 130857, 130864, 130871, 130878, 130885, 130892, 130899, 130906, 130913, 130920, 130927, 130934, 130941, 130948, 130955, 130962, 130969, 130976, 130983, 130990, 130997, 131005, 131016, 131023, 131030, 131040, 131045, 131051, 131067, 131078, 131095, 131116, 131131, 131148, 131169, 131191, 131206, 131228, 131238, 131254, 131261, 131267, 131275, 131278, 131290, 131301, 131316, 131337, 131353, 131373, 131392, 131411, 131430, 131446, 131463, 131480, 131499, 131513, 131531, 131548, 131565, 131582, 131596, 131611, 131626, 131638, 131651, 131666, 131686, 131701, 131720, 131738, 131756, 131774, 131789, 131805, 131821, 131831, 131843, 131871, 131893, 131899, 131932, 131969, 131995, 132029, 132062, 132084, 132114, 132136, 132163, 132170, 132195, 132224, 132242, 132268, 132293, 132307, 132329, 132343, 132362, 132376, 132392, 132409, 132418, 132445, 132476, 132496, 132524, 132551, 132567, 132591, 132607, 132628, 132637, 132646, 132656, 132684, 132716, 132737, 132766, 132794, 132811, 132836, 132853, 132875, 132884, 132911, 132942, 132962, 132990, 133017, 133033, 133057, 133073, 133094, 133104, 133119, 133132, 133147, 133151, 133161, 133166, 133175, 133188, 133192, 133197, 133216, 133221, 133230, 133235, 133242, 133246, 133251, 133259, 133269, 133279, 133289, 133300, 133310, 133321, 133326, 133330, 133339, 133349, 133363, 133377, 133392, 133408, 133417, 133425, 133434, 133439, 133455, 133467, 133483, 133500, 133510, 133527, 133534, 133542, 133552, 133562, 133573, 133585, 133600, 133615, 133629, 133644, 133660, 133675, 133691, 133702, 133708, 133717, 133732, 133738, 133745, 133762, 133767, 133771, 133776, 133783, 133798, 133817, 133836, 133858, 133884, 133903, 133922, 133943, 133970, 133990, 134010, 134032, 134047, 134062, 134079, 134104, 134122, 134140, 134160, 134166, 134171, 134179, 134185, 134192, 134198, 134215, 134220, 134229, 134239, 134243, 134259, 134272, 134287, 134302, 134320, 134329, 134337, 134345, 134351, 134359, 134374, 134392, 134414, 134436, 134447, 134454, 134462, 134474, 134487, 134508, 134528, 134539, 134555, 134572, 134593, 134616, 134638, 134646, 134655, 134673, 134697, 134721, 134749, 134782, 134804, 134831, 134865, 134886, 134905, 134922, 134940, 134962, 134987, 135011, 135038, 135061, 135080, 135096, 135112, 135128, 135146, 135159, 135173, 135187, 135199, 135212, 135223, 135234, 135244, 135251, 135256, 135268, 135285, 135295, 135306, 135322, 135335, 135349, 135363, 135380, 135396, 135408, 135426, 135434, 135443, 135465, 135471, 135478, 135495, 135509, 135525, 135541, 135560, 135575, 135587, 135601, 135615, 135632, 135652, 135671, 135692, 135712, 135732, 135753, 135770, 135786, 135804, 135821, 135838, 135856, 135873, 135889, 135907, 135924, 135941, 135959, 135985, 136010, 136037, 136063, 136089, 136116, 136143, 136169, 136197, 136224, 136251, 136279, 136292, 136305, 136321, 136332, 136344, 136363, 136381, 136401, 136420, 136439, 136459, 136474, 136489, 136507, 136520, 136534, 136562, 136589, 136618, 136646, 136674, 136703, 136718, 136732, 136748, 136763, 136778, 136794, 136807, 136821, 136833, 136847, 136861, 136874, 136891, 136903, 136916, 136929, 136943, 136958, 136973, 136991, 137004, 137018, 137030, 137041, 137054, 137066, 137078, 137091, 137104, 137116, 137130, 137143, 137156, 137170, 137190, 137209, 137230, 137250, 137270, 137291, 137298, 137306, 137326, 137346, 137355, 137362, 137370, 137382, 137394, 137407, 137421, 137434, 137441, 137459, 137473, 137491, 137510, 137522, 137541, 137552, 137574, 137592, 137614, 137637, 137653, 137676, 137681, 137687, 137699, 137714, 137728, 137739, 137751, 137764, 137781, 137798, 137816, 137835, 137853, 137866, 137882, 137892, 137906, 137920, 137937, 137947, 137958, 137973, 137988, 138004, 138021, 138037, 138050, 138066, 138077, 138091, 138101, 138115, 138128, 138141, 138153, 138167, 138177, 138191, 138207, 138218, 138232, 138243, 138257, 138268, 138282, 138291, 138301, 138315, 138329, 138344, 138360, 138375, 138387, 138405, 138417, 138427, 138440, 138454, 138468, 138473, 138492, 138506, 138520, 138539, 138548, 138563, 138579, 138588, 138603, 138612, 138629, 138647, 138663, 138679, 138696, 138713, 138731, 138753, 138775, 138798, 138822, 138845, 138861, 138878, 138899, 138920, 138942, 138965, 138987, 139013, 139035, 139062, 139077, 139093, 139110, 139128, 139143, 139161, 139174, 139187, 139211, 139231, 139256, 139269, 139285, 139295, 139306, 139323, 139341, 139363, 139385, 139408, 139432, 139455, 139466, 139477, 139492, 139513, 139521, 139539, 139551, 139565, 139579, 139592, 139599, 139610, 139619, 139629, 139637, 139643, 139654, 139664, 139671, 139681, 139687, 139694, 139702, 139714, 139726, 139739, 139753, 139766, 139785, 139802, 139817, 139830, 139848, 139862, 139877, 139895, 139917, 139942, 139965, 139986, 140012, 140034, 140057, 140084, 140109, 140132, 140160, 140184, 140209, 140240, 140269, 140296, 140328, 140356, 140385, 140402, 140423, 140437, 140451, 140467, 140489, 140504, 140519, 140536, 140543, 140553, 140560, 140576, 140596, 140616, 140640, 140658, 140672, 140682, 140694, 140710, 140728, 140743, 140763, 140775, 140790, 140799, 140809, 140832, 140855, 140875, 140888, 140901, 140916, 140935, 140952, 140967, 140987, 141003, 141020, 141037, 141060, 141081, 141100, 141124, 141144, 141165, 141186, 141195, 141207, 141225, 141243, 141265, 141292, 141313, 141341, 141354, 141373, 141394, 141402, 141406, 141411, 141418, 141432, 141449, 141470, 141481, 141484, 141488, 141491, 141502, 141506, 141511, 141520, 141529, 141539, 141550, 141560, 141568, 141575, 141587, 141596, 141603, 141618, 141630, 141645, 141655, 141683, 141705, 141716, 141721, 141733, 141750, 141764, 141775, 141786, 141800, 141813, 141823, 141833, 141849, 141861, 141883, 141902, 141921, 141940, 141961, 141977, 141994, 142011, 142026, 142042, 142056, 142070, 142083, 142089, 142099, 142107, 142119, 142133, 142141, 142148, 142154, 142168, 142180, 142193, 142201, 142213, 142221, 142230, 142253, 142269, 142290, 142310, 142328, 142348, 142368, 142391, 142405, 142426, 142448, 142464, 142481, 142499, 142512, 142529, 142547, 142562, 142578, 142595, 142609, 142624, 142639, 142661, 142674, 142688, 142702, 142709, 142724, 142732, 142740, 142756, 142762, 142769, 142783, 142794, 142814, 142838, 142855, 142881, 142889, 142898, 142911, 142924, 142938, 142953, 142967, 142978, 142986, 142995, 143008, 143021, 143041, 143055, 143070, 143094, 143110, 143130, 143147, 143168, 143194, 143208, 143229, 143254, 143272, 143299, 143309, 143320, 143335, 143350, 143372, 143388, 143405, 143431, 143449, 143471, 143490, 143513, 143541, 143557, 143580, 143588, 143597, 143610, 143623, 143637, 143652, 143666, 143688, 143707, 143725, 143740, 143745, 143754, 143764, 143771, 143777, 143784, 143792, 143809, 143828, 143846, 143861, 143878, 143899, 143922, 143944, 143963, 143984, 144003, 144024, 144044, 144061, 144080, 144103, 144128, 144152, 144173, 144196, 144204, 144213, 144217, 144222, 144228, 144237, 144244, 144263, 144283, 144307, 144331, 144356, 144382, 144407, 144421, 144436, 144455, 144474, 144494, 144515, 144535, 144549, 144564, 144583, 144602, 144622, 144643, 144663, 144671, 144677, 144687, 144706, 144724, 144747, 144765, 144777, 144803, 144829, 144849, 144873, 144882, 144892, 144901, 144918, 144938, 144962, 144976, 144982, 144989, 144997, 145009, 145018, 145021, 145026, 145041, 145055, 145060, 145067, 145075, 145084, 145090, 145097, 145103, 145107, 145114, 145121, 145139, 145154, 145169, 145184, 145201, 145213, 145226, 145239, 145250, 145262, 145272, 145282, 145291, 145299, 145308, 145317, 145327, 145344, 145366, 145390, 145405, 145427, 145445, 145461, 145484, 145498, 145513, 145521, 145525, 145530, 145537, 145546, 145562, 145583, 145601, 145624, 145638, 145659, 145675, 145688, 145705, 145720, 145734, 145756, 145769, 145783, 145793, 145804, 145810, 145823, 145833, 145852, 145857, 145863, 145876, 145894, 145909, 145929, 145940, 145958, 145971, 145981, 145995, 146007, 146018, 146037, 146047, 146056, 146067, 146089, 146108, 146127, 146146, 146167, 146178, 146194, 146211, 146228, 146243, 146259, 146273, 146287, 146300, 146308, 146318, 146329, 146340, 146352, 146367, 146386, 146401, 146415, 146430, 146446, 146464, 146479, 146495, 146503, 146518, 146536, 146558, 146583, 146605, 146627, 146644, 146650, 146657, 146673, 146683, 146705, 146727, 146737, 146746, 146772, 146803, 146823, 146835, 146848, 146858, 146869, 146894, 146926, 146941, 146955, 146974, 146991, 147001, 147012, 147027, 147043, 147063, 147086, 147108, 147133, 147154, 147162, 147179, 147190, 147213, 147236, 147247, 147257, 147284, 147316, 147327, 147339, 147365, 147398, 147416, 147427, 147439, 147463, 147489, 147500, 147512, 147520, 147529, 147538, 147546, 147564, 147579, 147593, 147604, 147611, 147620, 147630, 147644, 147658, 147673, 147689, 147704, 147714, 147729, 147743, 147751, 147757, 147774, 147790, 147808, 147825, 147833, 147837, 147851, 147866, 147885, 147904, 147924, 147945, 147965, 147971, 147978, 147986, 147993, 148000, 148007, 148014, 148021, 148028, 148035, 148042, 148049, 148056, 148063, 148070, 148077, 148084, 148091, 148098, 148105, 148112, 148119, 148126, 148133, 148140, 148147, 148154, 148161, 148168, 148175, 148182, 148189, 148196, 148201, 148222, 148244, 148267, 148275, 148281, 148288, 148295, 148302, 148321, 148337, 148353, 148369, 148387, 148400, 148414, 148428, 148440, 148453, 148464, 148475, 148485, 148492, 148499, 148506, 148517, 148527, 148534, 148542, 148550, 148557, 148566, 148576, 148583, 148590, 148597, 148604, 148611, 148618, 148625, 148632, 148639, 148646, 148654, 148663, 148679, 148698, 148714, 148736, 148758, 148784, 148815, 148840, 148872, 148887, 148904, 148927, 148952, 148964, 148978, 148985, 148991, 148998, 149005, 149011, 149017, 149024, 149031, 149036, 149044, 149050, 149065, 149085, 149094, 149107, 149119, 149126, 149145, 149161, 149176, 149188, 149196, 149205, 149212, 149232, 149249, 149265, 149278, 149300, 149319, 149337, 149352, 149358, 149366, 149376, 149386, 149392, 149399, 149418, 149441, 149457, 149473, 149491, 149515, 149532, 149549, 149568, 149580, 149594, 149606, 149620, 149642, 149657, 149672, 149689, 149699, 149709, 149716, 149724, 149740, 149755, 149764, 149779, 149797, 149814, 149829, 149846, 149865, 149882, 149897, 149909, 149929, 149952, 149969, 149988, 150007, 150026, 150045, 150062, 150081, 150098, 150114, 150135, 150154, 150168, 150182, 150196, 150215, 150230, 150238, 150247, 150264, 150280, 150298, 150313, 150327, 150338, 150360, 150379, 150397, 150412, 150420, 150430, 150442, 150454, 150463, 150473, 150483, 150494, 150502, 150513, 150525, 150538, 150562, 150587, 150603, 150619, 150634, 150650, 150667, 150683, 150700, 150711, 150722, 150732, 150739, 150747, 150754, 150761, 150768, 150775, 150782, 150792, 150799, 150807, 150814, 150820, 150827, 150842, 150856, 150871, 150885, 150896, 150908, 150918, 150926, 150934, 150941, 150948, 150955, 150975, 150992, 151008, 151021, 151033, 151045, 151050, 151056, 151060, 151073, 151084, 151097, 151103, 151109, 151113, 151117, 151122, 151130, 151143, 151151, 151158, 151166, 151175, 151183, 151192, 151204, 151209, 151215, 151230, 151239, 151260, 151281, 151290, 151298, 151323, 151353, 151362, 151372, 151396, 151427, 151443, 151452, 151462, 151478, 151500, 151524, 151537, 151543, 151549, 151564, 151578, 151597, 151611, 151619, 151641, 151663, 151679, 151699, 151706, 151713, 151720, 151727, 151734, 151741, 151748, 151755, 151762, 151769, 151776, 151783, 151790, 151797, 151804, 151811, 151818, 151825, 151832, 151839, 151846, 151853, 151860, 151867, 151874, 151881, 151888, 151895, 151904, 151913, 151923, 151933, 151944, 151958, 151972, 151985, 151999, 152014, 152028, 152043, 152049, 152056, 152068, 152081, 152094, 152108, 152126, 152145, 152160, 152176, 152189, 152203, 152217, 152232, 152249, 152267, 152279, 152292, 152307, 152323, 152340, 152358, 152373, 152389, 152402, 152416, 152432, 152449, 152461, 152474, 152493, 152513, 152525, 152538, 152553, 152569, 152582, 152596, 152611, 152626, 152642, 152647, 152660, 152677, 152694, 152702, 152707, 152719, 152732, 152744, 152757, 152766, 152776, 152786, 152791, 152794, 152798, 152809, 152823, 152835, 152851, 152858, 152863, 152871, 152876, 152882, 152892, 152902, 152913, 152925, 152936, 152942, 152949, 152964, 152975, 152996, 153007, 153025, 153043, 153056, 153076, 153094, 153114, 153129, 153145, 153161, 153175, 153190, 153204, 153216, 153229, 153242, 153257, 153268, 153280, 153296, 153309, 153318, 153325, 153339, 153354, 153370, 153386, 153403, 153417, 153432, 153449, 153467, 153486, 153506, 153524, 153543, 153557, 153572, 153593, 153615, 153628, 153631, 153635, 153648, 153667, 153686, 153709, 153737, 153759, 153788, 153802, 153822, 153844, 153849, 153852, 153856, 153863, 153868, 153872, 153877, 153894, 153913, 153931, 153946, 153963, 153984, 154007, 154029, 154048, 154069, 154088, 154109, 154129, 154146, 154165, 154188, 154213, 154237, 154258, 154281, 154287, 154296, 154303, 154316, 154325, 154335, 154349, 154363, 154378, 154394, 154409, 154414, 154420, 154426, 154433, 154440, 154456, 154474, 154493, 154509, 154527, 154545, 154566, 154583, 154597, 154613, 154629, 154648, 154653, 154660, 154668, 154678, 154699, 154716, 154737, 154759, 154774, 154796, 154805, 154825, 154841, 154861, 154882, 154896, 154917, 154922, 154931, 154939, 154947, 154968, 154992, 155020, 155038, 155045, 155060, 155071, 155082, 155095, 155115, 155129, 155141, 155156, 155167, 155183, 155196, 155205, 155220, 155234, 155248, 155262, 155275, 155288, 155293, 155299, 155304, 155313, 155320, 155333, 155345, 155349, 155354, 155363, 155372, 155385, 155395, 155408, 155421, 155429, 155439, 155448, 155462, 155472, 155483, 155494, 155515, 155525, 155539, 155550, 155558, 155568, 155581, 155606, 155621, 155629, 155650, 155670, 155680, 155690, 155703, 155712, 155725, 155739, 155752, 155762, 155774, 155786, 155799, 155810, 155823, 155832, 155845, 155855, 155868, 155878, 155891, 155905, 155918, 155928, 155938, 155947, 155957, 155968, 155978, 155996, 156017, 156037, 156057, 156076, 156090, 156103, 156116, 156126, 156135, 156143, 156152, 156167, 156187, 156204, 156218, 156232, 156249, 156265, 156278, 156291, 156310, 156325, 156347, 156351, 156368, 156382, 156399, 156411, 156441, 156465, 156479, 156498, 156514, 156527, 156540, 156556, 156571, 156583, 156595, 156613, 156627, 156640, 156658, 156673, 156685, 156697, 156712, 156726, 156737, 156748, 156765, 156778, 156783, 156789, 156804, 156821, 156837, 156850, 156865, 156884, 156905, 156925, 156942, 156961, 156979, 157001, 157023, 157029, 157039, 157047, 157051, 157055, 157058, 157062, 157072, 157095, 157115, 157135, 157155, 157177, 157194, 157212, 157230, 157246, 157263, 157278, 157293, 157307, 157312, 157325, 157343, 157358, 157377, 157396, 157406, 157416, 157427, 157434, 157448, 157464, 157481, 157486, 157502, 157514, 157526, 157540, 157561, 157576, 157589, 157605, 157617, 157634, 157648, 157659, 157663, 157668, 157681, 157695, 157713, 157731, 157750, 157770, 157789, 157806, 157824, 157846, 157868, 157891, 157915, 157929, 157944, 157963, 157982, 158002, 158023, 158043, 158057, 158072, 158091, 158110, 158130, 158151, 158171, 158188, 158206, 158228, 158250, 158273, 158297, 158320, 158332, 158345, 158362, 158379, 158397, 158416, 158434, 158444, 158457, 158466, 158479, 158490, 158503, 158512, 158525, 158535, 158548, 158556, 158562, 158583, 158601, 158625, 158643, 158659, 158678, 158698, 158718, 158726, 158745, 158760, 158779, 158799, 158812, 158832, 158842, 158864, 158885, 158895, 158906, 158918, 158940, 158961, 158971, 158982, 158994, 159010, 159025, 159050, 159068, 159095, 159121, 159140, 159168, 159176, 159184, 159203, 159218, 159237, 159257, 159270, 159290, 159300, 159311, 159322, 159333, 159355, 159373, 159395, 159418, 159434, 159457, 159466, 159480, 159505, 159526, 159551, 159577, 159596, 159622, 159634, 159642, 159648, 159655, 159676, 159694, 159710, 159728, 159743, 159761, 159780, 159800, 159813, 159827, 159842, 159860, 159878, 159895, 159913, 159932, 159950, 159969, 159985, 160004, 160023, 160041, 160060, 160080, 160099, 160119, 160130, 160146, 160159, 160173, 160188, 160200, 160213, 160226, 160237, 160249, 160264, 160271, 160287, 160300, 160305, 160308, 160318, 160344, 160374, 160397, 160420, 160445, 160476, 160500, 160524, 160550, 160569, 160588, 160609, 160638, 160660, 160682, 160706, 160736, 160770, 160797, 160824, 160853, 160888, 160916, 160944, 160974, 160997, 161020, 161045, 161078, 161104, 161130, 161158, 161175, 161193, 161215, 161237, 161260, 161284, 161308, 161336, 161357, 161378, 161401, 161430, 161452, 161474, 161498, 161515, 161532, 161551, 161578, 161598, 161618, 161640, 161676, 161705, 161743, 161780, 161810, 161849, 161856, 161861, 161875, 161891, 161906, 161918, 161932, 161950, 161970, 161989, 162005, 162023, 162035, 162058, 162077, 162100, 162124, 162141, 162165, 162169, 162182, 162194, 162199, 162213, 162226, 162231, 162250, 162263, 162279, 162293, 162305, 162319, 162329, 162340, 162353, 162365, 162379, 162397, 162416, 162431, 162444, 162467, 162484, 162504, 162522, 162538, 162556, 162570, 162585, 162602, 162620, 162642, 162665, 162684, 162701, 162719, 162732, 162741, 162755, 162770, 162778, 162784, 162788, 162793, 162807, 162827, 162847, 162871, 162900, 162923, 162953, 162968, 162989, 163012, 163026, 163046, 163066, 163078, 163092, 163108, 163129, 163148, 163167, 163184, 163208, 163237, 163249, 163262, 163285, 163315, 163336, 163355, 163374, 163393, 163408, 163429, 163452, 163465, 163480, 163500, 163517, 163531, 163545, 163562, 163578, 163591, 163604, 163623, 163638, 163661, 163689, 163714, 163736, 163758, 163783, 163807, 163828, 163849, 163876, 163899, 163910, 163930, 163952, 163969, 163989, 164007, 164026, 164043, 164054, 164065, 164077, 164091, 164101, 164125, 164151, 164172, 164187, 164202, 164218, 164236, 164256, 164280, 164299, 164315, 164335, 164350, 164361, 164373, 164387, 164399, 164409, 164427, 164454, 164483, 164507, 164534, 164559, 164585, 164609, 164627, 164645, 164664, 164685, 164702, 164733, 164766, 164794, 164816, 164838, 164861, 164886, 164913, 164944, 164970, 164993, 165020, 165042, 165060, 165079, 165100, 165119, 165138, 165157, 165174, 165196, 165215, 165231, 165247, 165266, 165284, 165299, 165314, 165335, 165352, 165372, 165397, 165419, 165438, 165457, 165479, 165500, 165518, 165536, 165560, 165580, 165603, 165631, 165640, 165650, 165672, 165701, 165715, 165729, 165746, 165758, 165771, 165785, 165808, 165833, 165853, 165876, 165897, 165919, 165939, 165953, 165967, 165982, 165999, 166012, 166039, 166068, 166092, 166110, 166128, 166147, 166168, 166191, 166218, 166240, 166259, 166282, 166300, 166314, 166329, 166346, 166361, 166378, 166396, 166419, 166439, 166456, 166473, 166493, 166512, 166528, 166544, 166566, 166584, 166603, 166627, 166648, 166666, 166684, 166705, 166725, 166742, 166759, 166782, 166801, 166811, 166828, 166843, 166861, 166884, 166904, 166921, 166938, 166958, 166977, 166993, 167009, 167031, 167049, 167064, 167079, 167097, 167110, 167124, 167140, 167156, 167175, 167189, 167204, 167217, 167234, 167252, 167266, 167282, 167303, 167321, 167336, 167351, 167369, 167386, 167406, 167429, 167451, 167472, 167486, 167500, 167520, 167536, 167559, 167580, 167605, 167618, 167629, 167649, 167667, 167689, 167710, 167729, 167752, 167771, 167788, 167809, 167831, 167851, 167875, 167890, 167911, 167930, 167953, 167973, 167995, 168004, 168009, 168028, 168061, 168082, 168111, 168132, 168148, 168168, 168187, 168206, 168225, 168241, 168258, 168275, 168294, 168308, 168326, 168343, 168360, 168377, 168391, 168406, 168421, 168434, 168454, 168469, 168488, 168506, 168524, 168542, 168557, 168573, 168589, 168601, 168627, 168641, 168663, 168675, 168689, 168702, 168717, 168729, 168743, 168755, 168769, 168779, 168791, 168801, 168811, 168824, 168832, 168841, 168851, 168866, 168878, 168887, 168896, 168911, 168931, 168948, 168962, 168976, 168993, 169009, 169022, 169035, 169054, 169069, 169081, 169092, 169100, 169108, 169122, 169132, 169138, 169158, 169172, 169184, 169205, 169228, 169246, 169267, 169286, 169306, 169324, 169336, 169348, 169361, 169376, 169387, 169412, 169439, 169461, 169477, 169493, 169510, 169529, 169550, 169575, 169595, 169612, 169633, 169649, 169661, 169674, 169689, 169702, 169721, 169749, 169779, 169804, 169832, 169858, 169885, 169910, 169929, 169948, 169968, 169990, 170008, 170040, 170074, 170103, 170126, 170149, 170173, 170199, 170227, 170259, 170286, 170310, 170338, 170361, 170380, 170400, 170422, 170442, 170462, 170482, 170506, 170535, 170558, 170588, 170597, 170615, 170639, 170655, 170671, 170687, 170705, 170727, 170755, 170775, 170795, 170815, 170837, 170863, 170889, 170909, 170939, 170967, 170989, 171011, 171027, 171053, 171077, 171092, 171116, 171142, 171163, 171187, 171209, 171232, 171253, 171268, 171283, 171299, 171317, 171331, 171359, 171389, 171414, 171433, 171452, 171472, 171494, 171518, 171546, 171569, 171589, 171613, 171632, 171647, 171663, 171681, 171697, 171706, 171721, 171733, 171740, 171748, 171769, 171792, 171802, 171813, 171828, 171843, 171859, 171876, 171892, 171901, 171911, 171925, 171939, 171954, 171970, 171985, 171997, 172002, 172008, 172013, 172025, 172040, 172059, 172068, 172073, 172079, 172087, 172096, 172109, 172122, 172136, 172151, 172165, 172173, 172181, 172190, 172202, 172214, 172225, 172237, 172250, 172262, 172275, 172283, 172293, 172304, 172316, 172336, 172355, 172360, 172375, 172393, 172408, 172429, 172450, 172475, 172505, 172529, 172560, 172574, 172590, 172612, 172636, 172647, 172655, 172664, 172672, 172681, 172686, 172691, 172699, 172703, 172712, 172732, 172748, 172768, 172789, 172803, 172824, 172831, 172843, 172866, 172885, 172908, 172932, 172949, 172973, 172978, 172983, 172992, 172998, 173006, 173015, 173035, 173051, 173067, 173085, 173110, 173129, 173146, 173166, 173182, 173203, 173221, 173228, 173241, 173255, 173265, 173281, 173290, 173302, 173327, 173349, 173371, 173393, 173417, 173436, 173456, 173476, 173494, 173513, 173530, 173547, 173563, 173573, 173594, 173611, 173632, 173654, 173669, 173691, 173711, 173727, 173743, 173761, 173786, 173805, 173822, 173842, 173858, 173879, 173897, 173912, 173921, 173931, 173947, 173958, 173964, 173971, 173979, 173991, 174011, 174028, 174040, 174053, 174067, 174083, 174096, 174105, 174120, 174126, 174133, 174139, 174153, 174170, 174183, 174196, 174211, 174233, 174249, 174263, 174280, 174293, 174311, 174326, 174337, 174349, 174361, 174379, 174391, 174402, 174417, 174433, 174443, 174447, 174457, 174469, 174475, 174480, 174485, 174493, 174496, 174500, 174510, 174523, 174535, 174545, 174557, 174571, 174583, 174593, 174606, 174613, 174628, 174646, 174658, 174672, 174686, 174700, 174714, 174726, 174740, 174752, 174763, 174775, 174791, 174805, 174814, 174823, 174832, 174846, 174856, 174867, 174881, 174894, 174905, 174918, 174933, 174946, 174957, 174971, 174979, 174995, 175014, 175027, 175042, 175057, 175072, 175087, 175100, 175115, 175128, 175140, 175153, 175170, 175185, 175195, 175205, 175215, 175230, 175241, 175249, 175254, 175273, 175290, 175298, 175306, 175321, 175341, 175366, 175388, 175410, 175432, 175456, 175475, 175495, 175515, 175533, 175552, 175569, 175586, 175602, 175616, 175636, 175656, 175680, 175709, 175732, 175762, 175777, 175798, 175821, 175829, 175835, 175844, 175849, 175858, 175867, 175877, 175883, 175890, 175895, 175903, 175915, 175926, 175943, 175966, 175981, 175996, 176011, 176028, 176049, 176076, 176095, 176114, 176133, 176154, 176179, 176204, 176223, 176252, 176279, 176300, 176321, 176336, 176361, 176384, 176396, 176410, 176425, 176442, 176456, 176463, 176467, 176477, 176492, 176513, 176526, 176539, 176552, 176567, 176586, 176611, 176628, 176645, 176662, 176681, 176704, 176727, 176744, 176771, 176796, 176815, 176834, 176847, 176870, 176891, 176895, 176907, 176919, 176932, 176947, 176968, 176993, 177018, 177036, 177049, 177065, 177088, 177115, 177142, 177162, 177182, 177195, 177210, 177229, 177248, 177260, 177272, 177285, 177303, 177322, 177335, 177349, 177363, 177384, 177409, 177434, 177452, 177470, 177481, 177494, 177509, 177526, 177548, 177568, 177588, 177606, 177619, 177633, 177655, 177675, 177695, 177715, 177723, 177733, 177742, 177752, 177766, 177781, 177804, 177829, 177845, 177854, 177867, 177881, 177903, 177927, 177942, 177953, 177966, 177981, 178001, 178019, 178037, 178053, 178064, 178076, 178096, 178114, 178132, 178150, 178167, 178181, 178206, 178227, 178253, 178267, 178283, 178299, 178316, 178335, 178339, 178344, 178361, 178375, 178388, 178398, 178417, 178433, 178448, 178460, 178470, 178487, 178499, 178513, 178529, 178544, 178557, 178570, 178590, 178605, 178622, 178641, 178659, 178675, 178688, 178708, 178723, 178740, 178759, 178777, 178793, 178801, 178823, 178844, 178867, 178888, 178912, 178935, 178954, 178974, 178998, 179016, 179033, 179051, 179070, 179084, 179098, 179115, 179133, 179151, 179171, 179190, 179204, 179219, 179239, 179252, 179276, 179290, 179303, 179330, 179357, 179380, 179407, 179436, 179469, 179492, 179520, 179548, 179572, 179600, 179630, 179664, 179688, 179700, 179719, 179733, 179749, 179767, 179784, 179799, 179809, 179829, 179849, 179865, 179882, 179902, 179923, 179939, 179961, 179976, 180002, 180018, 180025, 180033, 180043, 180057, 180074, 180085, 180097, 180119, 180140, 180163, 180181, 180202, 180221, 180243, 180267, 180290, 180308, 180327, 180347, 180371, 180388, 180404, 180418, 180439, 180455, 180473, 180490, 180506, 180534, 180558, 180572, 180592, 180610, 180629, 180649, 180665, 180679, 180696, 180711, 180727, 180745, 180763, 180781, 180801, 180814, 180828, 180843, 180861, 180879, 180891, 180907, 180926, 180940, 180950, 180966, 180985, 181010, 181037, 181064, 181075, 181090, 181108, 181120, 181137, 181155, 181171, 181188, 181205, 181220, 181236, 181256, 181269, 181290, 181310, 181328, 181344, 181361, 181384, 181397, 181413, 181426, 181442, 181464, 181482, 181506, 181518, 181536, 181556, 181574, 181591, 181608, 181625, 181645, 181661, 181675, 181691, 181703, 181716, 181729, 181739, 181760, 181777, 181799, 181809, 181821, 181833, 181846, 181861, 181865, 181875, 181887, 181910, 181929, 181952, 181976, 181993, 182017, 182034, 182055, 182069, 182083, 182099, 182121, 182136, 182151, 182168, 182178, 182188, 182200, 182220, 182233, 182246, 182261, 182267, 182277, 182296, 182312, 182332, 182352, 182360, 182367, 182374, 182391, 182413, 182434, 182450, 182458, 182471, 182484, 182501, 182516, 182530, 182553, 182567, 182588, 182605, 182618, 182629, 182639, 182663, 182682, 182700, 182723, 182746, 182762, 182781, 182801, 182820, 182832, 182852, 182866, 182878, 182899, 182913, 182932, 182951, 182975, 182999, 183020, 183039, 183062, 183084, 183108, 183128, 183153, 183171, 183192, 183208, 183229, 183253, 183275, 183293, 183307, 183332, 183352, 183376, 183393, 183413, 183434, 183447, 183468, 183481, 183498, 183513, 183529, 183543, 183557, 183580, 183601, 183618, 183631, 183655, 183674, 183697, 183713, 183732, 183752, 183764, 183784, 183796, 183804, 183812, 183821, 183835, 183864, 183891, 183914, 183933, 183963, 183988, 184017, 184039, 184064, 184090, 184108, 184134, 184152, 184176, 184198, 184216, 184230, 184255, 184275, 184299, 184316, 184336, 184357, 184370, 184391, 184404, 184415, 184434, 184441, 184451, 184463, 184476, 184486, 184497, 184516, 184532, 184546, 184564, 184581, 184602, 184628, 184653, 184673, 184694, 184717, 184735, 184755, 184780, 184792, 184804, 184817, 184832, 184849, 184864, 184884, 184905, 184921, 184942, 184968, 184993, 185013, 185029, 185050, 185063, 185082, 185106, 185129, 185147, 185158, 185174, 185191, 185203, 185222, 185237, 185244, 185261, 185278, 185300, 185321, 185337, 185357, 185369, 185386, 185400, 185412, 185425, 185441, 185449, 185458, 185482, 185504, 185522, 185536, 185561, 185581, 185605, 185622, 185642, 185663, 185676, 185697, 185710, 185721, 185733, 185742, 185757, 185777, 185796, 185810, 185815, 185826, 185838, 185860, 185881, 185897, 185920, 185935, 185954, 185975, 185992, 186011, 186027, 186051, 186074, 186092, 186115, 186135, 186152, 186169, 186189, 186208, 186224, 186240, 186262, 186280, 186294, 186312, 186324, 186343, 186360, 186380, 186399, 186423, 186444, 186462, 186480, 186501, 186521, 186538, 186555, 186578, 186597, 186610, 186633, 186655, 186672, 186696, 186712, 186732, 186754, 186772, 186792, 186809, 186822, 186837, 186857, 186882, 186904, 186923, 186942, 186964, 186985, 187003, 187021, 187045, 187065, 187086, 187112, 187135, 187155, 187175, 187198, 187220, 187239, 187258, 187283, 187304, 187320, 187343, 187365, 187381, 187393, 187404, 187415, 187425, 187443, 187460, 187476, 187492, 187504, 187517, 187537, 187557, 187582, 187606, 187627, 187645, 187659, 187676, 187692, 187708, 187718, 187735, 187756, 187776, 187796, 187815, 187833, 187846, 187866, 187878, 187894, 187912, 187926, 187946, 187962, 187980, 187993, 188016, 188038, 188058, 188077, 188091, 188112, 188125, 188142, 188161, 188176, 188193, 188207, 188220, 188234, 188247, 188261, 188270, 188286, 188300, 188315, 188329, 188340, 188353, 188370, 188382, 188395, 188417, 188438, 188454, 188477, 188492, 188511, 188532, 188549, 188568, 188584, 188605, 188625, 188634, 188644, 188664, 188683, 188697, 188718, 188731, 188748, 188767, 188782, 188799, 188813, 188831, 188848, 188859, 188871, 188882, 188896, 188908, 188929, 188953, 188976, 188998, 189016, 189033, 189050, 189064, 189084, 189103, 189117, 189138, 189151, 189168, 189187, 189202, 189219, 189233, 189249, 189265, 189288, 189310, 189327, 189351, 189367, 189387, 189409, 189427, 189447, 189464, 189478, 189494, 189505, 189511, 189527, 189548, 189556, 189569, 189591, 189615, 189634, 189656, 189676, 189697, 189716, 189729, 189742, 189756, 189772, 189784, 189810, 189838, 189861, 189878, 189895, 189913, 189933, 189955, 189981, 190002, 190020, 190042, 190059, 190072, 190086, 190102, 190116, 190142, 190166, 190186, 190202, 190229, 190251, 190277, 190296, 190318, 190341, 190356, 190379, 190394, 190410, 190419, 190425, 190439, 190457, 190469, 190481, 190493, 190507, 190525],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5274, 5324, 5378, 5581, 5590, 6715, 6726, 6737, 6746, 7513, 7936, 8762, 8781, 9069, 9123, 9197, 9738, 10403]), Anchor::Lits(&[4510, 5103, 5414, 5532, 5641, 5653, 5660, 5668, 5766, 5778, 5815, 5823, 5830, 5850, 5875, 5912, 5919, 5927, 5934, 5954, 5979, 6392, 6494, 6632, 7000, 7007, 7107, 7115, 7917, 8172, 8199, 8212, 8238, 8268, 8275, 8300, 8328, 8433, 8532, 8540, 8558, 8573, 8618, 8625, 8632, 8841, 8859, 9271, 9367, 9442, 9613, 9620, 9626, 9633, 9640, 9647, 9805, 10372, 10379, 10396, 10518]), Anchor::Lits(&[4523, 4574, 6032, 6390, 6506, 6645, 6795, 7351, 8429, 8490, 8613, 8692, 8705, 8707, 8729, 8832, 9207, 9278, 9728])]), Anchor::All(&[Anchor::Lits(&[4510, 5103, 5414, 5532, 5641, 5653, 5660, 5668, 5766, 5778, 5815, 5823, 5830, 5850, 5875, 5912, 5919, 5927, 5934, 5954, 5979, 6392, 6494, 6632, 7000, 7007, 7107, 7115, 7917, 8172, 8199, 8212, 8238, 8268, 8275, 8300, 8328, 8433, 8532, 8540, 8558, 8573, 8618, 8625, 8632, 8841, 8859, 9271, 9367, 9442, 9613, 9620, 9626, 9633, 9640, 9647, 9805, 10372, 10379, 10396, 10518]), Anchor::Lits(&[5274, 5324, 5390, 5420, 5491, 5581, 5600, 6178, 6726, 6737, 6755, 7322, 7444, 7522, 8013, 8483, 8762, 8781, 9047, 9134, 9197, 9591, 9738, 9854, 9894, 10243, 10403]), Anchor::Lits(&[25, 82, 1322, 1473, 1480, 1518, 1595, 1705, 2213, 2243, 2295, 2374, 2388, 2389, 2395, 2443, 2675, 2712, 2989])]), Anchor::All(&[Anchor::Lits(&[24, 583, 1485, 1486, 1528, 2453, 2850, 3493, 3502, 3924, 3955, 4013, 4057, 4061, 4459]), Anchor::Lits(&[5274, 5324, 5378, 5581, 5590, 6715, 6726, 6737, 6746, 7513, 7936, 8762, 8781, 9069, 9123, 9197, 9738, 10403]), Anchor::Lits(&[4510, 5103, 5414, 5532, 5641, 5653, 5660, 5668, 5766, 5778, 5815, 5823, 5830, 5850, 5875, 5912, 5919, 5927, 5934, 5954, 5979, 6392, 6494, 6632, 7000, 7007, 7107, 7115, 7917, 8172, 8199, 8212, 8238, 8268, 8275, 8300, 8328, 8433, 8532, 8540, 8558, 8573, 8618, 8625, 8632, 8841, 8859, 9271, 9367, 9442, 9613, 9620, 9626, 9633, 9640, 9647, 9805, 10372, 10379, 10396, 10518])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[880, 881, 887, 1598, 1599, 1706, 1744, 2004, 2244, 2372, 2378, 2428, 2993, 2995, 3002]), Anchor::All(&[Anchor::Lits(&[5274, 5324, 5581, 5590, 6715, 6726, 6737, 6746, 7513, 8762, 8781, 9134, 9197, 9738, 10403]), Anchor::Lits(&[4510, 5103, 5414, 5532, 5641, 5653, 5660, 5668, 5766, 5778, 5815, 5823, 5830, 5850, 5875, 5912, 5919, 5927, 5934, 5954, 5979, 6392, 6494, 6632, 7000, 7007, 7107, 7115, 7917, 8172, 8199, 8212, 8238, 8268, 8275, 8300, 8328, 8433, 8532, 8540, 8558, 8573, 8618, 8625, 8632, 8841, 8859, 9271, 9367, 9442, 9613, 9620, 9626, 9633, 9640, 9647, 9805, 10372, 10379, 10396, 10518]), Anchor::Lits(&[4586, 4798, 6155, 11226])]), Anchor::All(&[Anchor::Lits(&[5272, 5590, 6724, 6746, 7513, 7935, 8781, 9068, 9123, 9195, 9208]), Anchor::Lits(&[4510, 5103, 5414, 5532, 5641, 5653, 5660, 5668, 5766, 5778, 5815, 5823, 5830, 5850, 5875, 5912, 5919, 5927, 5934, 5954, 5979, 6392, 6494, 6632, 7000, 7007, 7107, 7115, 7917, 8172, 8199, 8212, 8238, 8268, 8275, 8300, 8328, 8433, 8532, 8540, 8558, 8573, 8618, 8625, 8632, 8841, 8859, 9271, 9367, 9442, 9613, 9620, 9626, 9633, 9640, 9647, 9805, 10372, 10379, 10396, 10518]), Anchor::Lits(&[4798, 6009, 6155])]), Anchor::All(&[Anchor::Lits(&[4786, 4787, 4788, 4789, 4790, 4791, 4792, 4793, 4794, 4795, 4796, 8452, 8453, 8454, 8455, 8456, 8457, 8458, 8459, 8460, 8461, 8462, 9507, 9508, 9509, 9510, 9511, 9512, 9513, 9514, 9515, 9516, 9517, 9526, 9527, 9528, 9529, 9530, 9531, 9532, 9533, 9534, 9535, 9536, 9537, 9538, 9539, 9540, 9541, 9542, 9543, 9544, 9545, 9546, 9547, 9930, 9931, 9932, 9933, 9934, 9935, 9936, 9937, 9938, 9939, 9940, 9941, 9942, 9943, 9944, 9945, 9946, 9947, 9948, 9949, 9950, 9951, 10015, 10016, 10017, 10018, 10019, 10020, 10021, 10022, 10023, 10024, 10025, 10026, 10027, 10028, 10029, 10030, 10031, 10032, 10033, 10034, 10035, 10036, 10079, 10080, 10081, 10082, 10083, 10084, 10085, 10086, 10087, 10088, 10089, 10090, 10091, 10092, 10093, 10094, 10095, 10096, 10097, 10098, 10099, 10100, 10104, 10105, 10106, 10107, 10108, 10109, 10110, 10111, 10112, 10113, 10114, 10129, 10130, 10131, 10132, 10133, 10134, 10135, 10140, 10141, 10142, 10143, 10220, 10221, 10222, 10223, 10224, 10225, 10226, 10227, 10228, 10229, 10230, 10231, 10232, 10233, 10234, 10235, 10236, 10237, 10238, 10239, 10240, 10241, 11241, 11242, 11243, 11244, 11245, 11246, 11247, 11248, 11249, 11250, 11251, 11258, 11259, 11260, 11261, 11262, 11263, 11264, 11265, 11266, 11267, 11268, 11282, 11283, 11284, 11285, 11286, 11287, 11288, 11289, 11290, 11291, 11292, 11293, 11294, 11295, 11296, 11297, 11298, 11299, 11300, 11301, 11302, 11303]), Anchor::Lits(&[644, 666, 703, 734, 747, 757, 763, 934, 935, 937, 1346, 1411, 1547, 1549, 1552, 1553, 1557, 1739, 1743, 1941, 1946, 2018, 2019, 2020, 2361, 2393, 2425, 2427, 2438, 2557, 2558, 2597, 2636, 2673, 2683, 2996, 2997, 3430])]), Anchor::All(&[Anchor::Lits(&[4511, 4512, 4514, 4515, 5104, 5105, 5107, 5108, 5415, 5416, 5417, 5418, 5533, 5534, 5535, 5536, 5642, 5643, 5644, 5645, 5654, 5655, 5656, 5657, 5661, 5662, 5663, 5664, 5669, 5680, 5702, 5704, 5767, 5768, 5770, 5771, 5779, 5780, 5781, 5782, 5816, 5817, 5818, 5819, 5824, 5825, 5826, 5827, 5831, 5832, 5833, 5834, 5851, 5852, 5853, 5854, 5876, 5877, 5878, 5879, 5913, 5914, 5915, 5916, 5920, 5921, 5922, 5923, 5928, 5929, 5930, 5931, 5935, 5936, 5937, 5938, 5955, 5956, 5957, 5958, 5980, 5981, 5982, 5983, 6393, 6394, 6395, 6396, 6397, 6408, 6430, 6432, 6495, 6496, 6498, 6499, 6633, 6634, 6635, 6636, 7001, 7002, 7003, 7004, 7008, 7019, 7041, 7043, 7108, 7109, 7110, 7111, 7116, 7117, 7119, 7120, 7918, 7919, 7920, 7921, 8173, 8174, 8175, 8176, 8200, 8201, 8202, 8203, 8213, 8214, 8215, 8216, 8239, 8240, 8241, 8242, 8269, 8270, 8271, 8272, 8276, 8277, 8278, 8279, 8301, 8302, 8303, 8304, 8329, 8330, 8331, 8332, 8434, 8435, 8436, 8437, 8533, 8534, 8535, 8536, 8541, 8542, 8544, 8545, 8559, 8560, 8562, 8563, 8574, 8575, 8576, 8577, 8619, 8620, 8621, 8622, 8626, 8627, 8628, 8629, 8633, 8634, 8635, 8636, 8842, 8843, 8844, 8845, 8860, 8861, 8862, 8863, 9272, 9273, 9274, 9275, 9368, 9369, 9370, 9371, 9443, 9444, 9453, 9455, 9614, 9615, 9616, 9617, 9621, 9622, 9623, 9624, 9627, 9628, 9629, 9630, 9634, 9635, 9636, 9637, 9641, 9642, 9643, 9644, 9648, 9649, 9650, 9651, 9806, 9807, 9808, 9809, 10373, 10374, 10375, 10376, 10380, 10381, 10382, 10383, 10397, 10398, 10399, 10400, 10519, 10522, 10523, 10524]), Anchor::Lits(&[2230, 3058, 3089, 3901, 3920, 3924, 3939, 3985, 4001, 4057, 4459])]), Anchor::All(&[Anchor::Lits(&[1436, 1437, 1438, 1439, 1440, 1441, 1442, 1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1844, 3022, 3386, 3393]), Anchor::Lits(&[5274, 5324, 5581, 5590, 6715, 6726, 6737, 6746, 7513, 8762, 8781, 9134, 9197, 9738, 10403])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[1554, 1555, 1558, 1559, 1740, 1741, 1750, 1751, 2362, 2363, 2365, 2366, 2595, 2596, 2598, 2599, 2633, 2634, 2637, 2638, 4132, 4162, 4163, 4164, 4165, 4166, 4194, 4195, 4196, 4197, 4198, 4199, 4210, 4211, 4212, 4213, 4214, 4265, 4268, 4299, 4300, 4301, 4302, 4303, 4307, 4311, 4315, 4318, 4320, 4322, 4333, 4334, 4335, 4336, 4337, 4339, 4340, 4341, 4342, 4343, 4383, 4384, 4385, 4386, 4387]), Anchor::All(&[Anchor::Lits(&[756, 1556, 1945, 2360, 2364, 2441, 2594, 2635]), Anchor::Lits(&[40, 66, 704, 706, 760, 781, 782, 846, 878, 1539, 2236, 2410, 2508, 2674, 2720, 2849, 2988, 3505]), Anchor::Lits(&[4509, 5102, 5413, 5531, 5640, 5652, 5659, 5667, 5777, 5814, 5822, 5829, 5849, 5874, 5911, 5918, 5926, 5933, 5953, 5978, 6391, 6631, 6999, 7006, 7114, 7916, 8171, 8198, 8211, 8237, 8267, 8274, 8299, 8327, 8432, 8531, 8539, 8557, 8572, 8617, 8624, 8631, 8840, 8858, 9270, 9366, 9441, 9612, 9619, 9625, 9632, 9639, 9646, 9804, 10371, 10378, 10395, 10517])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[24, 569, 1321, 1698, 1700, 2391, 2404, 2850, 3493, 3502, 3881, 3883, 3884, 3895, 3897, 3899, 3900, 3925, 3926, 3927, 3928, 3929, 3930, 3931, 3932, 3933, 3934, 3935, 3936, 3937, 3938, 3951, 3955, 3956, 3962, 3963, 3964, 3966, 3968, 3978, 3979, 4048, 4049, 4050, 4051, 4052, 4053, 4054, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4455, 4459, 4460, 4466, 4467, 4468, 4470, 4471]), Anchor::Lits(&[21, 651, 773, 865, 958, 960, 962, 964, 968, 970, 986, 997, 1005, 1016, 1037, 1253, 1257, 1268, 1276, 1287, 1308, 1475, 1479, 1515, 1668, 1673, 1680, 1686, 1891, 2037, 2064, 2075, 2101, 2121, 2127, 2152, 2184, 2224, 2260, 2263, 2266, 2268, 2304, 2306, 2308, 2465, 2491, 2707, 2772, 2818, 2879, 2882, 2890, 2894, 2899, 2902, 3009, 3399, 3401, 3428, 3484]), Anchor::Lits(&[4585, 4802, 6178, 10716])])),
            (4, "override-the-above", Anchor::All(&[Anchor::Lits(&[25, 584, 2375, 2390]), Anchor::Lits(&[20, 650, 772, 864, 957, 959, 961, 963, 969, 985, 996, 1004, 1015, 1036, 1252, 1256, 1267, 1275, 1286, 1307, 1474, 1514, 1667, 1672, 1685, 1890, 2036, 2063, 2074, 2100, 2120, 2126, 2151, 2183, 2223, 2259, 2262, 2265, 2267, 2303, 2305, 2307, 2464, 2490, 2706, 2771, 2817, 2878, 2881, 2889, 2893, 2898, 2901, 3008, 3398, 3400, 3427, 3483])])),
            (5, "override-bare-instructions", Anchor::Lits(&[651, 964, 1475, 1673, 2075, 2101, 2263, 2304, 2894, 2902])),
            (6, "override-misspelled", Anchor::Lits(&[6972, 6973, 6974, 6975, 6976, 6977, 6978, 6979, 6980, 6981, 6982, 6983, 6984, 6985, 6986, 6987, 6988, 6989, 6990, 6991, 6992, 6993, 6994, 6995, 6996, 6997, 6998, 7007, 7127, 7128, 7129, 7130, 7131, 7132, 7133, 7134, 7135, 7136, 7137, 7138, 7139, 7140, 7141, 7142, 7143, 7144, 7145, 7146, 7147, 7148, 7149, 7150, 7151, 7152, 7153, 7154, 7155, 7156, 7157, 7158, 7159, 7160, 7161, 7162, 7325, 7326, 7327, 7328, 7329, 7330, 7331, 7332, 7333, 7334, 7335, 7336, 7337, 7338, 7339, 7340, 7412, 7413, 7414, 7415, 7416, 7417, 7418, 7419, 7420, 7421, 7422, 7423, 7424, 7425, 7426, 7427, 7428, 7429, 7430, 7431, 7432, 7433, 7434, 7435, 7436, 7437, 7438, 7439, 7440, 7441, 7442, 7443, 7454, 7455, 7456, 7457, 7458, 7459, 7460, 7461, 7462, 7463, 7464, 7465, 7466, 7467, 7468, 7469, 7646, 7647, 7648, 7649, 7650, 7651, 7652, 7653, 7654, 7655, 7656, 7657, 7658, 7659, 7660, 7661, 7662, 7663, 7664, 7665, 7666, 7667, 7668, 7669, 7670, 7671, 7672, 7673, 7674, 7675, 7676, 7677, 7678, 7679, 7680, 7681, 7682, 7683, 7684, 7685, 7686, 7687, 7688, 7689, 7690, 7691, 7692, 7693, 7694, 7695, 7696, 7697, 7698, 7699, 7700, 7701, 7702, 7703, 7704, 7705, 7706, 7707, 7708, 7709, 7710, 7711, 7712, 7713, 7714, 7715, 7716, 7717, 7718, 7719, 7720, 7721, 7722, 7723, 7724, 7725, 7726, 7727, 7728, 7729, 7730, 7731, 7732, 7733, 7734, 7735, 7736, 7737, 7738, 7739, 7740, 7741, 7742, 7743, 7744, 7745, 7746, 7747, 7748, 7749, 7750, 7751, 7752, 7753, 7754, 7755, 7756, 7757, 7758, 7759, 7760, 7761, 7762, 7763, 7764, 7765, 7766, 7767, 7768, 7769, 7770, 7771, 7772, 7773, 8868, 8869, 8870, 8871, 8872, 8873, 8874, 8875, 8876, 8877, 8878, 8879, 8880, 8881, 8882, 8883, 8884, 8885, 8886, 8887, 8888, 8889, 8890, 8891, 8892, 8893, 8894, 8895, 8896, 8897, 8904, 8905, 8906, 8920, 8921, 8922, 8931, 8932, 8933, 8934, 8935, 8936, 8937, 8938, 8939, 9086, 9087, 9088, 9089, 9091, 9093, 9105, 9106, 9107, 9166, 9167, 9168, 9169, 9170, 9171, 9172, 9173, 9174, 9175, 9176, 9177, 9178, 9179, 9180, 9181, 9182, 9183, 9184, 9185, 9186, 9187, 9188, 9189, 9190, 9191, 9192])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[684, 702, 766, 777, 933, 1531, 1665, 1719, 2007, 2196, 2240, 2312, 2426, 3026]), Anchor::Lits(&[4510, 5103, 5414, 5532, 5641, 5653, 5660, 5668, 5766, 5778, 5815, 5823, 5830, 5850, 5875, 5912, 5919, 5927, 5934, 5954, 5979, 6392, 6494, 6632, 7000, 7007, 7107, 7115, 7917, 8172, 8199, 8212, 8238, 8268, 8275, 8300, 8328, 8433, 8532, 8540, 8558, 8573, 8618, 8625, 8632, 8841, 8859, 9271, 9367, 9442, 9613, 9620, 9626, 9633, 9640, 9647, 9805, 10372, 10379, 10396, 10518]), Anchor::Lits(&[4522, 4573, 6031, 6389, 6505, 6644, 6794, 7350, 8428, 8489, 8612, 8691, 8704, 8728, 8831, 9206, 9277, 9727])]), Anchor::All(&[Anchor::Lits(&[4519, 4521, 4663, 5115, 5419, 5537, 5646, 5658, 5665, 5764, 5775, 5783, 5828, 5835, 5855, 5917, 5932, 5939, 5959, 6492, 6503, 6637, 7005, 7104, 7113, 7124, 8177, 8204, 8217, 8243, 8273, 8280, 8305, 8333, 8420, 8438, 8537, 8552, 8570, 8578, 8623, 8630, 8637, 8846, 8864, 9276, 9372, 9503, 9618, 9631, 9638, 9645, 9652, 10377, 10384, 10401, 10526]), Anchor::Lits(&[4944, 5412, 6663, 6969, 7796, 8045, 8409, 8658, 8839, 9116, 9851])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[3059, 3060, 3061, 3062, 3063, 3073, 3074, 3075, 3076, 3086, 3087, 3090, 3091, 3146, 3147, 3148, 3149, 3157, 3158, 3162, 3163, 3164, 3165, 3167, 3168, 3169, 3170, 3627, 3628, 3629, 3630, 3631, 3641, 3642, 3643, 3644, 3654, 3655, 3657, 3658, 3687, 3688, 3689, 3690, 3695, 3696, 3697, 3698, 3699, 3700, 3702, 3703, 3704, 3705])),
            (9, "override-everything-then-order", Anchor::Lits(&[965, 966, 967, 1476, 1477, 1478, 1674, 1675, 1676, 2076, 2077, 2078, 2102, 2103, 2104, 2708, 2709, 2710])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5669, 5680, 5692, 5693, 5695, 5697, 5698, 5699, 5700, 5701, 5703, 5715, 5716, 5717, 5719, 5721, 5722, 5723, 5724, 5725, 5726, 5729, 5732, 5734, 5735, 5736, 5737, 5738, 5739, 5740, 5742, 5743, 5744, 5745, 5747, 5748, 5749, 5751, 5752, 5753, 5755, 5756, 5757, 5758, 5759, 5760, 5761, 5762, 6397, 6408, 6420, 6421, 6423, 6425, 6426, 6427, 6428, 6429, 6431, 6443, 6444, 6445, 6447, 6449, 6450, 6451, 6452, 6453, 6454, 6457, 6460, 6462, 6463, 6464, 6465, 6466, 6467, 6468, 6470, 6471, 6472, 6473, 6475, 6476, 6477, 6479, 6480, 6481, 6483, 6484, 6485, 6486, 6487, 6488, 6489, 6490, 7008, 7019, 7031, 7032, 7034, 7036, 7037, 7038, 7039, 7040, 7042, 7054, 7055, 7056, 7058, 7060, 7061, 7062, 7063, 7064, 7065, 7068, 7071, 7073, 7074, 7075, 7076, 7077, 7078, 7079, 7081, 7082, 7083, 7084, 7086, 7087, 7088, 7090, 7091, 7092, 7095, 7096, 7097, 7098, 7099, 7100, 7101, 7102, 9443, 9444, 9445, 9446, 9447, 9448, 9449, 9450, 9451, 9452, 9454, 9456, 9457, 9458, 9459, 9460, 9461, 9462, 9463, 9464, 9465, 9466, 9467, 9468, 9473, 9474, 9475, 9476, 9477, 9478, 9485, 9486, 9487, 9488, 9489, 9490, 9491, 9492, 9493, 9494, 9495, 9496, 9497, 9498, 9499, 9500, 9501, 9502]), Anchor::Lits(&[4783, 5221, 5510, 6316, 6317, 6318, 8525, 8526, 8527, 8725, 8726, 8727, 8992, 8993, 8994, 9061, 9062, 9261, 9584, 9888, 9889, 11028])]), Anchor::All(&[Anchor::Lits(&[5670, 5671, 5672, 5673, 5674, 5675, 5676, 5677, 5678, 5679, 5681, 5682, 5683, 5684, 5685, 5686, 5687, 5688, 5689, 5691, 5694, 5696, 5705, 5706, 5707, 5708, 5709, 5710, 5711, 5712, 5713, 5714, 5718, 5720, 5727, 5728, 5730, 5731, 5733, 5746, 6398, 6399, 6400, 6401, 6402, 6403, 6404, 6405, 6406, 6407, 6409, 6410, 6411, 6412, 6413, 6414, 6415, 6416, 6417, 6419, 6422, 6424, 6433, 6434, 6435, 6436, 6437, 6438, 6439, 6440, 6441, 6442, 6446, 6448, 6455, 6456, 6458, 6459, 6461, 6474, 7009, 7010, 7011, 7012, 7013, 7014, 7015, 7016, 7017, 7018, 7020, 7021, 7022, 7023, 7024, 7025, 7026, 7027, 7028, 7030, 7033, 7035, 7044, 7045, 7046, 7047, 7048, 7049, 7050, 7051, 7052, 7053, 7057, 7059, 7066, 7067, 7069, 7070, 7072, 7085]), Anchor::Lits(&[177, 648, 1360, 2246])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[5275, 5325, 5379, 5582, 5591, 5601, 6716, 6727, 6738, 6747, 6756, 7514, 7523, 7937, 8763, 8782, 8811, 9070, 9124, 9135, 9198, 9739, 9747, 10404]), Anchor::Lits(&[13, 15, 80, 656, 657, 866, 870, 954, 1337, 1340, 1392, 1394, 1395, 1538, 1677, 1760, 1764, 1865, 1895, 2129, 2138, 2169, 2170, 2171, 2172, 2174, 2181, 2182, 2200, 2208, 2238, 2257, 2258, 2261, 2531, 2545, 2546, 2549, 2550, 2602, 2604, 2936, 2943, 2962, 3531, 3793, 3827, 3870, 5813, 5843, 5902, 5903, 5904, 5905, 5910, 5947, 8263, 8264, 8265, 8266, 8284, 8285, 8286, 8287]), Anchor::Lits(&[25, 82, 102, 174, 1322, 1473, 1480, 1518, 1595, 1705, 2213, 2243, 2295, 2374, 2388, 2389, 2395, 2443, 2675, 2712, 2989, 3173, 3374, 3397, 4080])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[701, 703, 935, 937, 1739, 1743, 2001, 2002, 2239, 2241, 2427, 2636]), Anchor::Lits(&[25, 82, 102, 174, 1322, 1356, 1473, 1480, 1518, 1595, 1705, 2213, 2243, 2245, 2295, 2374, 2388, 2389, 2395, 2443, 2675, 2712, 2989, 4080]), Anchor::Lits(&[61, 1431, 1867, 2023, 2105, 2528, 3373, 3375, 3436, 3503])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[11045, 11047, 11048, 11049, 11052, 11053, 11056, 11057, 11058, 11059, 11061, 11062, 11064, 11082, 11083, 11084, 11085, 11086, 11087, 11088, 11089, 11090, 11091, 11092, 11093, 11094, 11100, 11101, 11102, 11103, 11104, 11105, 11106, 11107, 11108, 11109, 11110, 11111, 11112, 11117, 11118, 11119, 11120, 11121, 11122, 11123, 11124, 11125, 11126, 11127, 11128, 11129, 11130, 11131, 11132, 11133, 11134, 11135, 11136, 11137, 11138, 11139, 11140, 11141, 11142, 11206, 11207, 11208, 11209, 11210, 11211, 11212, 11213, 11214, 11215, 11216, 11217, 11218, 11469, 11470, 11471, 11472, 11473, 11474, 11475, 11476, 11477, 11478, 11479, 11480, 11481]), Anchor::All(&[Anchor::Lits(&[22, 23, 64, 65, 707, 708, 1426, 1432, 1629, 1630, 1951, 1952, 2185, 2189, 2551, 2552, 2876, 2877]), Anchor::Lits(&[5274, 5324, 5378, 5483, 5554, 5581, 5590, 6715, 6726, 6737, 6746, 7513, 7936, 7982, 8478, 8583, 8762, 8781, 9069, 9123, 9197, 9738, 10402, 10403]), Anchor::Lits(&[5195, 5809, 5906, 8192, 8261, 8297, 8857, 9610, 11055, 11065, 11147, 11149, 11200, 11201, 11437])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[4587, 4588, 4589, 4594, 4595, 4597, 4598, 4599, 4661, 4662, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4774, 4775, 4776, 4777, 4778, 4779, 4780, 4781, 4782, 4803, 4804, 4805, 4810, 4811, 4813, 4814, 4815, 4835, 4836, 5283, 5284, 5285, 5287, 5288, 5289, 5290, 5291, 5292, 5293, 5294, 5295, 5296, 5297, 5298, 5299, 5300, 5301, 5302, 5303, 5304, 5305, 5306, 5307, 5308, 5310, 5313, 5316, 5319, 5321, 5364, 5367, 5368, 5369, 5370, 5371, 5372, 5374, 5375, 5376, 5391, 5392, 5393, 5399, 5400, 5401, 5402, 5409, 5410, 5411, 6179, 6180, 6181, 6186, 6187, 6189, 6190, 6191, 6211, 6212, 6217, 6218, 6219, 6220, 6221, 6222, 6343, 6344, 6345, 6346, 6347, 6348, 6349, 6350, 6351, 6353, 6354, 6355, 6363, 6364, 6365, 6366, 7524, 7527, 7528, 7532, 7533, 7537, 7538, 7541, 7547, 7549, 7799, 7818, 7820, 7830, 7832, 7833, 7959, 7960, 7961, 7962, 7963, 7964, 7965, 7966, 7967, 7968, 7969, 7970, 7971, 7972, 7973, 7974, 8015, 8016, 8017, 8018, 8019, 8021, 8022, 8024, 8028, 8030, 8334, 8341, 8342, 8361, 8362, 8363, 8364, 8365, 8366, 8367, 8368, 8369, 8371, 8372, 8373, 8374, 8375, 8376, 8377, 8378, 8379, 8380, 8382, 8385, 8388, 8391, 8392, 8393, 8394, 8397, 8404, 8410, 8411, 8412, 8413, 8414, 8415, 8416, 8417, 8418, 8419, 8444, 8445, 8446, 8447, 8448, 8449, 8783, 8785, 8786, 8789, 8790, 8796, 8797, 8801, 8807, 8809, 8812, 8814, 8815, 8818, 8819, 8822, 8823, 8824, 8827, 8828, 8943, 8946, 8947, 8948, 8949, 8950, 8951, 8953, 8954, 8955, 8996, 8997, 8998, 8999, 9000, 9001, 9002, 9003, 9004, 9005, 9007, 9008, 9009, 9010, 9011, 9012, 9136, 9138, 9139, 9142, 9143, 9146, 9147, 9148, 9152, 9153, 9325, 9326, 9327, 9328, 9329, 9330, 9331, 9332, 9333, 9334, 9520, 9521, 9522, 9523, 9524, 9525, 9772, 9773, 9774, 9775, 9776, 9777, 9778, 9779, 9780, 9781, 9782, 9783, 9784, 9785, 9786, 9787, 9788, 9789, 9790, 9791, 9792, 9793, 9794, 9795, 9796, 9797, 9798, 9799, 9800, 9801, 9802, 9803, 9810, 9811, 9812, 9813, 9814, 9815, 9816, 9817, 9818, 9819, 9820, 9821, 9822, 9823, 9824, 9825, 9896, 9897, 9898, 9899, 9900, 9901, 9902, 9903, 9904, 9905, 9906, 9907, 9908, 9916, 9917, 9920, 9921, 9926, 9927, 9928, 9929, 10013, 10014, 10037, 10038, 10041, 10042, 10128, 10165, 10166, 10244, 10305, 10306, 10307, 10308, 10309, 10310, 10365, 10369, 10370, 10419, 10422, 10423, 10424, 10425, 10426, 10427, 10429, 10430, 10431, 10641, 10642, 10643, 10644, 10645, 10646, 10647, 10648, 10649, 10650, 11010, 11011, 11012, 11013, 11014, 11015, 11016, 11017, 11018, 11019, 11020, 11021, 11022, 11023, 11024, 11025]), Anchor::All(&[Anchor::Lits(&[5365, 5366, 5373, 5377, 5465, 5466, 5467, 5468, 5517, 5518, 5519, 5520, 8944, 8945, 8952, 8956, 10420, 10421, 10428, 10432]), Anchor::Lits(&[5275, 5325, 5379, 5582, 5591, 5601, 6716, 6727, 6738, 6747, 6756, 7514, 7523, 7937, 8763, 8782, 8811, 9070, 9124, 9135, 9198, 9739, 9747, 10404])]), Anchor::All(&[Anchor::Lits(&[4526, 4529, 4530, 4531, 4533, 4534, 4536, 5557, 5560, 5562, 5566, 5568, 5571, 5574, 6035, 6038, 6039, 6040, 6042, 6043, 6045, 6299, 6302, 6303, 6304, 6306, 6307, 6309, 6803, 6812, 6814, 6817, 6820, 6825, 6831, 8495, 8500, 8502, 8505, 8508, 8511, 8515, 8710, 8713, 8714, 8715, 8717, 8718, 8720, 8732, 8735, 8736, 8737, 8739, 8740, 8742, 9731, 9735, 9738, 9755, 9757, 9760, 9763]), Anchor::Lits(&[0, 1, 4, 5, 8, 10, 14, 17, 633, 853, 1393, 1759, 1894, 2176, 2199, 2256, 3530])]), Anchor::All(&[Anchor::Lits(&[246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 1896, 1897, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913]), Anchor::Lits(&[5274, 5324, 5378, 5581, 5590, 6715, 6726, 6737, 6746, 7513, 7936, 8762, 8781, 9069, 9123, 9197, 9738, 10403])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[554, 698, 1644, 1645, 1646, 1647, 1651, 1652, 1653, 1654, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 2309, 3878, 3916, 3917, 3940, 3941, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3950, 3952, 3953, 3954, 3957, 3960, 3961, 3965, 3967, 3969, 3971, 3982, 3983, 3984, 3986, 4025, 4026, 4032, 4033, 4034, 4035, 4036, 4037, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4063, 4072, 4433, 4445, 4446, 4447, 4448, 4449, 4450, 4451, 4452, 4454, 4456, 4457, 4458, 4461, 4464, 4465, 4469]), Anchor::Lits(&[4850, 4872, 4952, 4953, 4955, 4956, 4958, 4960, 5034, 5197, 5204, 5275, 5325, 5349, 5358, 5361, 5379, 5395, 5396, 5406, 5457, 5458, 5464, 5582, 5591, 5601, 6070, 6140, 6288, 6713, 6716, 6725, 6727, 6736, 6738, 6747, 6756, 6853, 7397, 7400, 7402, 7404, 7406, 7409, 7411, 7514, 7523, 7937, 7950, 8050, 8053, 8060, 8063, 8669, 8723, 8763, 8782, 8811, 8900, 8930, 8941, 8942, 9064, 9066, 9070, 9095, 9135, 9196, 9209, 9215, 9217, 9223, 9225, 9227, 9231, 9233, 9235, 9241, 9243, 9244, 9254, 9256, 9258, 9306, 9311, 9313, 9315, 9317, 9319, 9739, 9747, 10040, 10404, 10434]), Anchor::Lits(&[5035, 5103, 5207, 5616, 5668, 6141, 6392, 7007, 8540, 9442, 10651])])),
            (16, "deceive-the-user", Anchor::Any(&[Anchor::Lits(&[1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3515, 3516, 6837, 6838, 6839, 6840, 10937, 10983, 10986, 10989]), Anchor::All(&[Anchor::Lits(&[5110, 5112, 5114, 5115, 5749, 5753, 5763, 5764, 6477, 6481, 6491, 6492, 7088, 7092, 7103, 7104]), Anchor::Lits(&[6841, 8478, 9019, 10561])]), Anchor::All(&[Anchor::Lits(&[5811, 5812, 5839, 5840, 5841, 5842, 5844, 5845, 5847, 5848, 5870, 5871, 5872, 5873, 5908, 5909, 5943, 5944, 5945, 5946, 5948, 5949, 5951, 5952, 5974, 5975, 5976, 5977, 8194, 8195, 8205, 8206, 8207, 8208, 8209, 8210, 8218, 8219, 8233, 8234, 8235, 8236, 10896, 10897, 10939, 10940, 10942, 10943, 10947, 10948, 10953, 10954, 10971, 10972, 10973, 10974]), Anchor::Lits(&[6842, 6843, 6854, 6855, 6856, 6857, 6858, 6859, 6860, 6868, 6869, 6870, 9020, 9021, 9028, 9029, 9030, 9031, 9032, 9033, 9034, 9042, 9043, 9044, 10562, 10563, 10571, 10572, 10573, 10574, 10575, 10576, 10577, 10586, 10587, 10588, 10591, 10592, 10600, 10601, 10602, 10603, 10604, 10605, 10606, 10615, 10616, 10617])])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[1847, 1848, 1849, 1850, 1851, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1875, 1876, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 2273, 2274, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2336, 2459, 2460, 2461, 2462, 2463, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2483, 2487, 2766, 2767, 2768, 2769, 2770, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2788, 2791, 2793, 2794, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2963, 2964, 2965, 2966, 2967, 2968, 2969, 2970, 2971, 2972, 2973, 2979, 2982, 2983, 2984, 3439, 3440, 3441, 3442, 3443, 3445, 3446, 3447, 3448, 3449, 3450, 3456, 3459, 3460, 3461]), Anchor::Lits(&[4583, 4852, 4854, 4856, 4857, 4860, 4864, 4865, 4867, 4869, 4870, 4872, 4952, 4953, 4955, 4956, 4958, 4960, 5034, 5197, 5275, 5325, 5351, 5356, 5358, 5361, 5379, 5396, 5457, 5458, 5464, 5582, 5591, 5601, 6070, 6140, 6286, 6288, 6713, 6714, 6716, 6725, 6727, 6736, 6738, 6747, 6756, 6845, 6853, 7397, 7398, 7400, 7402, 7404, 7409, 7411, 7514, 7523, 7937, 7950, 8050, 8063, 8669, 8671, 8723, 8763, 8782, 8811, 8830, 8900, 8930, 8941, 8942, 9070, 9098, 9101, 9135, 9196, 9207, 9254, 9256, 9258, 9306, 9307, 9311, 9313, 9315, 9317, 9319, 9739, 9747, 10040, 10404, 10434]), Anchor::Lits(&[4932, 4990, 5025, 8421, 8439, 8440, 8442, 10385])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[10842, 10844, 10846, 10850, 10855, 10857, 10858, 10860, 10861, 10862, 10863, 10864, 10865, 10866, 10867, 10868, 10869, 10870, 10871, 10872, 10873, 10882, 10883, 10884, 10886, 10889, 10891, 10892]), Anchor::All(&[Anchor::Lits(&[5258, 5259, 5260, 5261, 5266, 5267, 5268, 5269, 5541, 5542, 5545, 5547, 5986, 5987, 5989, 5998, 6071, 6072, 6073, 6074, 6075, 6076, 6077, 6078, 6312, 6313, 6314, 6315, 8579, 8580, 8581, 8582, 8835, 8836, 8837, 8838, 8975, 8976, 8977, 8978, 8982, 8983, 8984, 8985, 8986, 8987, 8988, 8989, 9051, 9052, 9053, 9054, 9055, 9056, 9057, 9058, 9108, 9109, 9110, 9111, 10520, 10521, 10525, 10526, 10803, 10804, 10805, 10806, 10807, 10808, 10809, 10810]), Anchor::Lits(&[5274, 5324, 5412, 5581, 5590, 6715, 6726, 6737, 6746, 6969, 7513, 7993, 7994, 8658, 8762, 8781, 9069, 9134, 9197, 9738, 10403])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[84, 85, 86, 87, 2227, 2228, 2229, 2231, 3403, 3404, 3414, 3419, 3798, 3799, 3812, 3826]), Anchor::Lits(&[5275, 5325, 5582, 5591, 5601, 6716, 6727, 6738, 6747, 6756, 7514, 7523, 8763, 8782, 8811, 9135, 9198, 9739, 9747, 10404])])),
            (20, "reveal-own-instructions", Anchor::Lits(&[11227, 11228, 11252, 11253, 11254, 11255, 11256, 11257, 11269, 11280, 11304, 11307, 11308, 11309, 11310, 11311, 11314, 11315, 11316, 11317, 11318, 11319, 11322, 11323, 11324, 11329, 11357, 11358, 11359, 11360, 11362, 11363, 11364, 11365, 11366, 11367, 11368, 11369, 11370, 11383, 11384, 11395, 11397, 11398, 11399, 11400, 11401, 11409, 11420, 11421, 11432, 11433, 11434])),
            (21, "reveal-system-prompt", Anchor::Lits(&[4553, 4554, 4555, 4556, 4557, 4558, 4559, 4560, 4561, 4562, 4563, 4564, 4565, 5333, 5334, 5335, 5336, 5337, 5338, 5339, 5340, 5341, 5342, 5343, 5344, 5345, 5555, 5556, 5558, 5559, 5561, 5563, 5564, 5567, 5569, 5570, 5572, 5573, 5575, 6798, 6802, 6804, 6807, 6813, 6815, 6816, 6819, 6821, 6822, 6826, 6827, 6832, 7352, 7355, 7356, 7357, 7361, 7362, 7363, 7365, 7367, 7368, 7369, 7370, 7373, 7561, 7562, 7563, 7564, 7565, 7566, 7567, 7568, 7569, 7570, 7571, 7572, 7573, 8032, 8033, 8034, 8035, 8036, 8037, 8038, 8039, 8040, 8041, 8042, 8043, 8044, 8463, 8464, 8465, 8466, 8467, 8468, 8469, 8470, 8471, 8472, 8473, 8474, 8475, 8491, 8494, 8496, 8497, 8501, 8503, 8504, 8507, 8509, 8510, 8512, 8513, 8516, 8676, 8677, 8678, 8679, 8680, 8681, 8682, 8683, 8684, 8685, 8686, 8687, 8688, 8745, 8746, 8747, 8748, 8749, 8751, 8752, 8753, 8754, 8755, 8756, 8757, 8758, 8907, 8908, 8909, 8910, 8911, 8912, 8913, 8914, 8915, 8916, 8917, 8918, 8919, 9281, 9283, 9284, 9287, 9288, 9289, 9290, 9291, 9292, 9293, 9296, 9297, 9300, 9571, 9572, 9573, 9574, 9575, 9576, 9577, 9578, 9579, 9580, 9581, 9582, 9583, 9729, 9730, 9732, 9734, 9736, 9739, 9747, 9756, 9758, 9759, 9761, 9762, 9764, 10480, 10481, 10482, 10483, 10484, 10485, 10486, 10487, 10488, 10489, 10490, 10491, 10492, 10628, 10629, 10630, 10631, 10632, 10633, 10634, 10635, 10636, 10637, 10638, 10639, 10640])),
            (22, "what-others-told-you", Anchor::Lits(&[26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 412, 413, 414, 415, 571, 573, 575, 576, 577, 579, 580, 582, 585, 586, 587, 588, 589, 1506, 1507, 1508, 1509, 1512, 1513, 1516, 1517, 1735, 1736, 1737, 1738, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2405, 2406, 2407, 2408, 2409, 2421, 2422, 2423, 2424, 2471, 2473, 2485, 2486, 2687, 2688, 2689, 2690, 2750, 2752, 2755, 2756, 3012, 3013, 3014, 3015, 3016, 3017, 3018, 3020, 3422, 3423, 3424, 3425, 3856, 3857, 3858, 3859, 3871, 3872, 3873, 3874])),
            (23, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[5387, 5388, 5389, 5528, 5529, 5530, 6808, 6811, 6835, 7316, 7317, 7318, 7956, 7957, 7958, 7997, 7998, 7999, 9248, 9249, 9250, 9560, 9561, 9562, 9587, 9588, 9589, 10717, 10718, 10719, 10720, 10721, 10722, 10723, 10724, 10725, 10726, 10727, 10728, 10729, 10730, 10731, 10732, 10733, 10734, 10735, 10736, 10737, 10738, 10743, 10744, 10745, 10746, 10747, 10748, 10749, 11029, 11030, 11031]), Anchor::All(&[Anchor::Lits(&[3902, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3921, 3922, 3923, 3972, 4002, 4003, 4013, 4027, 4028, 4029, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4152, 4153, 4154, 4155, 4156, 4157, 4158, 4159, 4160, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193]), Anchor::Lits(&[5276, 5277, 5278, 5279, 5280, 5281, 5282, 5326, 5327, 5328, 5329, 5330, 5331, 5332, 5380, 5381, 5382, 5383, 5384, 5385, 5386, 5583, 5584, 5585, 5586, 5587, 5588, 5589, 5592, 5593, 5594, 5596, 5597, 5598, 5599, 5602, 5604, 5605, 5606, 5607, 5609, 5610, 6717, 6718, 6719, 6720, 6721, 6722, 6723, 6728, 6729, 6730, 6731, 6732, 6733, 6734, 6739, 6740, 6741, 6742, 6743, 6744, 6745, 6748, 6749, 6750, 6751, 6752, 6753, 6754, 6757, 6758, 6759, 6760, 6761, 6762, 6763, 7515, 7516, 7517, 7518, 7519, 7520, 7521, 7525, 7529, 7530, 7535, 7536, 7542, 7543, 7938, 7939, 7940, 7941, 7942, 7943, 7944, 8764, 8766, 8767, 8768, 8769, 8771, 8772, 8784, 8787, 8788, 8794, 8795, 8802, 8803, 8813, 8816, 8817, 8820, 8821, 8825, 8826, 9073, 9074, 9075, 9076, 9077, 9078, 9079, 9125, 9127, 9128, 9129, 9130, 9131, 9132, 9137, 9140, 9141, 9144, 9145, 9149, 9150, 9199, 9200, 9201, 9202, 9203, 9204, 9205, 9740, 9741, 9742, 9743, 9744, 9745, 9746, 9748, 9749, 9750, 9751, 9752, 9753, 9754, 10405, 10406, 10407, 10408, 10409, 10410, 10411])])])),
            (24, "reveal-given-instructions", Anchor::Any(&[Anchor::Lits(&[244, 602, 653, 700, 1498, 1499, 1528, 1540, 2204, 2808, 3089, 3565, 3566, 3896, 3920, 3955, 3985, 4001, 4013, 4015, 4057, 4061, 4443, 4459, 6544, 6545, 6546, 6547, 6548, 6549, 6550, 6551, 6552, 6553, 6554, 6555, 6556, 6557, 6558, 6559, 6560, 6561, 6562, 6563, 6564, 6565, 6566, 6567, 6568, 6569, 6570, 6571, 6572, 6573, 6574, 6575, 6576, 7282, 7283, 7284, 7285, 7286, 7287, 7288, 7289, 7290, 7291, 7292, 7293, 7294, 7295, 7296, 7297, 7298, 7299, 7300, 7301, 7302, 7303, 7304, 7305, 7306, 7307, 7308, 7309, 7310, 7311, 7312, 7313, 7314, 7470, 7471, 7472, 7473, 7474, 7475, 7476, 7477, 7478, 7479, 7480, 7481, 7482, 7483, 7484, 7485, 7486, 7487, 7488, 7489, 7490, 7491, 7492, 7493, 7494, 7495, 7496, 7497, 7498, 7499, 7500, 7501, 7502]), Anchor::All(&[Anchor::Lits(&[634, 745, 869, 1707, 1708, 1965, 2392, 2454, 2736, 2790, 2859]), Anchor::Lits(&[3581, 3877, 3924, 3949, 4055, 4453])]), Anchor::All(&[Anchor::Lits(&[735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1405, 1519, 1520, 1521, 1522, 1523, 1524, 1525, 1526, 1527, 1528, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 2337, 2338, 2339, 2340, 2341, 2342, 2343, 2344, 2345, 2346, 2444, 2445, 2446, 2447, 2448, 2449, 2450, 2451, 2452, 2453, 2457, 2458, 2466, 2467, 2468, 2469, 2470, 2472, 2482, 2484, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2751, 2753, 2754, 2764, 2765, 2773, 2774, 2775, 2776, 2777, 2778, 2787, 2789, 2950, 2951, 2952, 2953, 2954, 2955, 2956, 2957, 2958, 2959, 3860, 3861, 3862, 3863, 3864, 3865, 3866, 3867, 3868, 3869]), Anchor::Lits(&[5275, 5325, 5379, 5582, 5591, 5601, 6716, 6727, 6738, 6747, 6756, 7514, 7523, 7937, 8763, 8782, 8811, 9070, 9124, 9135, 9198, 9739, 9747, 10404])])])),
            (25, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[4524, 4525, 4527, 4528, 4529, 4532, 4533, 4535, 4536, 4537, 6033, 6034, 6036, 6037, 6038, 6041, 6042, 6044, 6045, 6046, 6297, 6298, 6300, 6301, 6302, 6305, 6306, 6308, 6309, 6310, 6799, 6800, 6809, 6810, 6812, 6818, 6820, 6830, 6831, 6836, 7353, 7354, 7358, 7359, 7360, 7364, 7366, 7371, 7372, 7374, 8492, 8493, 8498, 8499, 8500, 8506, 8508, 8514, 8515, 8517, 8693, 8694, 8695, 8696, 8697, 8698, 8699, 8700, 8701, 8702, 8708, 8709, 8711, 8712, 8713, 8716, 8717, 8719, 8720, 8721, 8730, 8731, 8733, 8734, 8735, 8738, 8739, 8741, 8742, 8744]), Anchor::All(&[Anchor::Lits(&[24, 546, 547, 572, 574, 578, 581, 583, 1488, 1496, 1699, 2373, 2404, 2850, 3970, 4013, 4057, 4472]), Anchor::Lits(&[5202, 5390, 5420, 6178, 7375, 7385, 7444, 7522, 7952, 8001, 8689, 8781, 9363, 9373, 9894, 10387, 11001]), Anchor::Lits(&[5426, 5666, 6006, 6047, 7954, 8524, 8614, 8724, 8865, 8925, 8981, 9014, 9085, 9390, 9564, 10458, 11027])])])),
            (26, "repeat-starting-with-you-are", Anchor::Lits(&[591, 594, 595, 2858, 2860, 2861])),
            (27, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[7446, 7447, 7448, 7449, 7450, 7451, 7452, 7534, 7540, 7544, 7545, 7546, 7548, 7550, 8005, 8006, 8008, 8009, 8010, 8011, 8012, 8020, 8023, 8025, 8026, 8027, 8029, 8031, 8791, 8800, 8804, 8805, 8806, 8808, 8810]), Anchor::All(&[Anchor::Lits(&[592, 593, 682, 683, 761, 762, 764, 765, 779, 780, 1338, 1339, 1947, 1948, 1949, 1950, 2269, 2270, 2271, 2272, 2290, 2291, 2543, 2544, 2554, 2555, 2718, 2719, 2757, 2758, 2759, 2760, 2855, 2856, 3027, 3028, 3420, 3421, 3431, 3432, 3852, 3853]), Anchor::Lits(&[5346, 5412, 5423, 7522, 7994, 8689, 8781, 9134])]), Anchor::All(&[Anchor::Lits(&[3174, 3175, 3236, 3237, 3238, 3239, 3248, 3249, 3252, 3255, 3264, 3271, 3274, 3275, 3276, 3307, 3308, 3310, 3311, 3312, 3313, 3314, 3319, 3320, 3325, 3326, 3327, 3331, 3332, 3334, 3335, 3336, 4081, 4082, 4133, 4134, 4136, 4161, 4168, 4200, 4202, 4203, 4204, 4208, 4209, 4216, 4217, 4304, 4308, 4331, 4332, 4338, 4344, 4347, 4348, 4349, 4381, 4388, 4391, 4411, 4412, 4415, 4431, 4432]), Anchor::Lits(&[4590, 4591, 4592, 4593, 4596, 4600, 4601, 4602, 4603, 4604, 4605, 4606, 4607, 4608, 4609, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 4623, 4624, 4625, 4626, 4629, 4630, 4631, 4633, 4634, 4635, 4636, 4637, 4638, 4639, 4640, 4641, 4642, 4643, 4644, 4645, 4646, 4647, 4648, 4649, 4650, 4651, 4652, 4653, 4654, 4655, 4656, 4657, 4658, 4659, 4660, 4806, 4807, 4808, 4809, 4812, 4816, 4817, 4818, 4819, 4820, 4821, 4824, 4825, 4826, 4828, 4829, 4830, 4831, 4832, 4833, 4834, 6010, 6011, 6012, 6013, 6014, 6015, 6016, 6017, 6018, 6019, 6020, 6021, 6022, 6023, 6024, 6025, 6026, 6027, 6028, 6029, 6030, 6156, 6157, 6158, 6159, 6160, 6161, 6162, 6163, 6164, 6165, 6166, 6167, 6168, 6169, 6170, 6171, 6172, 6173, 6174, 6175, 6176, 6182, 6183, 6184, 6185, 6188, 6192, 6193, 6194, 6195, 6196, 6197, 6200, 6201, 6202, 6204, 6205, 6206, 6207, 6208, 6209, 6210, 10144, 10145, 10146, 10147, 10148, 10149, 10150, 10151, 10152, 10153, 10154, 10155, 10156, 10157, 10158, 10159, 10160, 10161, 10162, 10163, 10164])])])),
            (28, "reveal-transformed-prompt", Anchor::All(&[Anchor::Lits(&[11228, 11253, 11281, 11316, 11317, 11324, 11328, 11357, 11358, 11361, 11367, 11384, 11398, 11400, 11401, 11420, 11433]), Anchor::Lits(&[5347, 5582, 5601, 6756, 7523, 8002, 8014, 8690, 8782, 8811, 9135, 9374, 9895])])),
            (29, "complete-the-leak", Anchor::All(&[Anchor::Lits(&[6877, 6883, 6896, 6902, 6903, 6908, 6909, 6910, 6911, 6912, 6937, 6938, 6939, 6940, 6941, 6942, 6943, 6944, 6945, 6946, 8074, 8075, 8076, 8077, 8078, 8079, 8080, 8081, 8082, 8083, 8084, 8085, 8086, 8087, 8088, 8089, 8090, 8091, 8092, 8093, 8094, 8095, 8096, 8097, 8098, 8099, 8100, 8101, 8102, 8103, 8109, 8110, 8111, 8112, 8113, 8114, 8120, 8121, 8122, 8123, 8124, 8125, 8126, 8127, 8128, 8129, 8130, 8131, 8132, 8134, 8136, 8137, 8141, 8142, 8148, 8149, 8150, 8151, 8152, 8153, 8154, 8155, 8156, 8157, 8158, 8159, 8160, 8161, 8162, 8163, 8164, 8165, 10102, 10103, 10125, 10126, 10127, 10136, 10137, 10138, 10139, 11040, 11041, 11043, 11044, 11046, 11050, 11402, 11403, 11404, 11405]), Anchor::Lits(&[590, 705, 767, 1336, 1408, 1424, 2234, 2376, 2377, 2854])])),
            (30, "what-you-must-not-say", Anchor::Lits(&[11066, 11067, 11068, 11069, 11070, 11071, 11072, 11073, 11074, 11075, 11076, 11077, 11078, 11079, 11099, 11144, 11151, 11152, 11153, 11154, 11155, 11189, 11190, 11197, 11202, 11203])),
            (31, "reveal-initialization", Anchor::Lits(&[7341, 7342, 7343, 7344, 7345, 7346, 7347, 7348, 7349, 7376, 7377, 7378, 7379, 7380, 7381, 7382, 7383, 7384, 7386, 7387, 7388, 7389, 7390, 7391, 7392, 7393, 7394])),
            (32, "forged-own-instructions", Anchor::Lits(&[4082, 4130, 4134, 4137, 4171, 4208, 4209, 4217, 4267, 4304, 4308, 4330, 4344, 4349, 4381, 4388, 4391, 4411, 4431])),
            (33, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[4726, 4727, 4728, 4729, 4759, 4760, 4761, 4762, 5149, 5150, 5151, 5152, 5153, 5154, 5155, 5156, 5157, 5158, 5159, 5160, 5161, 5162, 5163, 5164, 5165, 5166, 5167, 5168, 5169, 5170, 5171, 5172, 5181, 5182, 5183, 5184, 5185, 5186, 5188, 5189, 5190, 5191, 5192, 5193, 5785, 5786, 5787, 5788, 5789, 5790, 5791, 5792, 5793, 5794, 5795, 5796, 5797, 5798, 5799, 5800, 5801, 5802, 5803, 5804, 5805, 5806, 5807, 5808, 5880, 5881, 5882, 5883, 5884, 5885, 5896, 5897, 5898, 5899, 5900, 5901, 6225, 6226, 6227, 6228, 6229, 6230, 6231, 6232, 6233, 6234, 6235, 6236, 6237, 6238, 6239, 6240, 6241, 6242, 6243, 6244, 6245, 6246, 6247, 6248, 6257, 6258, 6259, 6260, 6261, 6262, 6264, 6265, 6266, 6267, 6268, 6269, 6319, 6320, 6321, 6322, 6323, 6324, 6325, 6326, 6327, 6328, 6329, 6330, 6331, 6332, 6333, 6334, 6335, 6336, 6337, 6338, 6339, 6340, 6341, 6342, 6367, 6368, 6369, 6370, 6371, 6372, 6374, 6375, 6376, 6377, 6378, 6379, 8335, 8336, 8337, 8338, 8339, 8340, 8343, 8344, 8345, 8346, 8347, 8348, 8349, 8350, 8351, 8352, 8353, 8354, 8355, 8356, 8357, 8358, 8359, 8360, 8395, 8396, 8397, 8398, 8399, 8400, 8402, 8403, 8404, 8405, 8406, 8407, 10169, 10170, 10171, 10172, 10201, 10202, 10203, 10204]), Anchor::All(&[Anchor::Lits(&[130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 3337, 3338, 3339, 3340, 3341, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3358, 3359, 3360, 3361, 3362, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372]), Anchor::Lits(&[536, 759, 1752, 2701, 3019, 3021, 3534])])])),
            (40, "authority-message", Anchor::Lits(&[552, 603, 851, 1347, 1487, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1497, 1500, 2416, 2532, 2991, 2992, 2994, 2995, 3001, 3002, 3003, 3025, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4095, 4096, 4097, 4098, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4109, 4110, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4125, 4126, 4127, 4128, 4129, 4131, 4135, 4138, 4169, 4170, 4205, 4206, 4207, 4216, 4219, 4220, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4266, 4269, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4286, 4287, 4288, 4289, 4290, 4291, 4292, 4293, 4294, 4295, 4296, 4297, 4298, 4305, 4309, 4310, 4312, 4313, 4314, 4316, 4317, 4319, 4321, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4345, 4346, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4389, 4390, 4392, 4393, 4395, 4396, 4397, 4398, 4399, 4400, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4416, 4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 4428, 4429, 4430, 5595, 5603, 5608, 6881, 6901, 6904, 6905, 6906, 6935, 6936, 7168, 7186, 7526, 7531, 7539, 8004, 8319, 8484, 8485, 8486, 8528, 8529, 8530, 8546, 8549, 8551, 8554, 8555, 8556, 8564, 8567, 8569, 8765, 8770, 9693, 9694, 9695, 9696, 9697, 9698, 9826, 9827, 9828, 9829, 9830, 9831, 10555, 10686, 10687, 10688, 10689, 10690, 11002, 11035, 11036, 11037, 11038, 11080, 11081, 11156, 11157, 11158, 11159, 11163, 11164, 11170, 11171, 11174, 11175, 11176, 11177, 11178, 11179, 11181, 11182, 11183, 11184, 11185, 11186, 11193, 11194, 11195, 11196, 11198, 11199, 11222, 11223, 11224, 11225, 11229, 11230, 11231, 11232, 11233, 11234, 11235, 11236, 11237, 11238, 11239, 11240, 11270, 11271, 11272, 11273, 11274, 11275, 11276, 11277, 11278, 11279, 11305, 11306, 11312, 11313, 11320, 11321, 11325, 11326, 11327, 11330, 11331, 11332, 11333, 11334, 11335, 11336, 11337, 11338, 11339, 11340, 11341, 11342, 11343, 11344, 11345, 11346, 11347, 11348, 11349, 11350, 11351, 11352, 11353, 11354, 11355, 11356, 11371, 11372, 11373, 11374, 11375, 11376, 11377, 11378, 11379, 11380, 11381, 11382, 11385, 11386, 11387, 11388, 11389, 11390, 11391, 11392, 11393, 11394, 11396, 11406, 11407, 11408, 11410, 11411, 11412, 11413, 11414, 11415, 11416, 11417, 11418, 11419, 11422, 11423, 11424, 11425, 11426, 11427, 11428, 11429, 11430, 11431])),
            (41, "authority-override", Anchor::Lits(&[67, 69, 70, 71, 72, 74, 76, 77, 78, 79, 879, 883, 884, 885, 886, 1327, 1328, 1329, 1330, 1331, 1532, 1534, 1535, 1536, 1537, 1868, 1869, 1870, 1871, 1872, 1970, 1971, 1972, 1973, 1974, 2624, 2626, 2627, 2628, 2629, 2721, 2730, 2731, 2732, 2733, 2930, 2932, 2933, 2934, 2935, 2944, 2946, 2947, 2948, 2949, 2990, 2998, 2999, 3000, 3001])),
            (44, "entering-special-mode", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[68, 73, 75, 550, 849, 850, 882, 891, 892, 1324, 1533, 1968, 2264, 2415, 2625, 2762, 2931, 2945, 3023, 3024, 3491, 3524]), Anchor::Lits(&[11039, 11116, 11146, 11191, 11220, 11435])]), Anchor::All(&[Anchor::Lits(&[6875, 6876, 6878, 6879, 6880, 6882, 6884, 6885, 6886, 6887, 6888, 6889, 6890, 6891, 6892, 6893, 6894, 6895, 6897, 6898, 6899, 6900, 6913, 6914, 6915, 6916, 6917, 6918, 6919, 6920, 6921, 6922, 6923, 6924, 6925, 6926, 6927, 6928, 6929, 6930, 6931, 6932, 6933, 6934, 6947, 6948, 6949, 6950, 6951, 6952, 6953, 6954, 6955, 6956, 6957, 6958, 6959, 6960, 6961, 6962, 6963, 6964, 6965, 6966, 6967, 6968, 7163, 7164, 7165, 7166, 7167, 7169, 7170, 7171, 7172, 7173, 7174, 7175, 7176, 7177, 7178, 7179, 7180, 7181, 7182, 7183, 7184, 7185, 10312, 10313, 10314, 10315, 10316, 10317, 10318, 10319, 10320, 10321, 10322, 10323, 10324, 10325, 10326, 10327, 10328, 10329, 10330, 10331, 10332, 10333, 10664, 10665, 10666, 10667, 10668, 10669, 10670, 10671, 10672, 10673, 10674, 10675, 10676, 10677, 10678, 10679, 10680, 10681, 10682, 10683, 10684, 10685, 10694, 10695, 10696, 10697, 10698, 10699, 10700, 10701, 10702, 10703, 10704, 10705, 10706, 10707, 10708, 10709, 10710, 10711, 10712, 10713, 10714, 10715]), Anchor::Lits(&[2008, 2262])])])),
            (45, "address-the-model", Anchor::Any(&[Anchor::Lits(&[125, 126, 127, 128, 1703, 1704, 2288, 2289, 2419, 2420, 2518, 2519, 2738, 2739, 2937, 2938, 2940, 2941, 7991, 7992, 8003, 8007, 8318, 8320, 8322, 8323, 8833, 8834, 8972, 8973, 10662, 10663]), Anchor::All(&[Anchor::Lits(&[6971]), Anchor::Lits(&[2418, 2517, 2737, 2939, 3161])])])),
            (46, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[4711, 4724, 5201, 5489, 5565, 5576, 6004, 6216, 6543, 6664, 6768, 7200, 7201, 7202, 7203, 7204, 7205, 7206, 7207, 7208, 7209, 7210, 7211, 7212, 7213, 7214, 7216, 7217, 7218, 7219, 7220, 7221, 7222, 7223, 7224, 7225, 7226, 7227, 7228, 7229, 7230, 7231, 7239, 7240, 7248, 7249, 7250, 7251, 7252, 7253, 7254, 7255, 7256, 7257, 7258, 7259, 7260, 7261, 7262, 7263, 7264, 7265, 7266, 7267, 7268, 7276, 7277, 7278, 7279, 7280, 7281, 7574, 7575, 7576, 7577, 7578, 7579, 7580, 7581, 7582, 7583, 7584, 7585, 7586, 7587, 7588, 7589, 7590, 7591, 7592, 7593, 7594, 7595, 7596, 7597, 7598, 7599, 7600, 7601, 7602, 7603, 7604, 7605, 7606, 7607, 7608, 7609, 7610, 7611, 7612, 7613, 7614, 7615, 7616, 7617, 7618, 7619, 7620, 7621, 7622, 7623, 7624, 7625, 7626, 7627, 7628, 7629, 7630, 7631, 7632, 7633, 7781, 7783, 7785, 7792, 7948, 8257, 8258, 8260, 8309, 8431, 8480, 8923, 9570, 9680, 10474, 10475, 10477, 10514, 10528, 10532, 10547, 10548]), Anchor::All(&[Anchor::Lits(&[115, 129, 673, 841, 882, 888, 889, 1319, 1358, 1484, 1533, 1562, 1807, 1820, 1825, 1839, 1944, 2106, 2107, 2108, 2168, 2220, 2237, 2529, 2853, 2931, 3467, 3468, 3470, 3474, 3485, 3486, 3489, 3491]), Anchor::Lits(&[4551, 4552, 4664, 4766, 4891, 4961, 4966, 5031, 6065, 6066, 6067, 6068, 6652, 6665, 6698, 7395, 8326, 8477, 8652, 8847, 8848, 8849, 8971, 8991, 9060, 9155, 9593, 9709, 9717, 9725, 10448, 10531, 10693, 11051])])])),
            (47, "dan-persona", Anchor::Lits(&[43, 44, 45, 46, 47, 48, 49, 50, 53, 54, 55, 56, 57, 58, 59, 60, 92, 94, 96, 539, 541, 543, 561, 562, 563, 564, 565, 566, 567, 568, 638, 640, 642, 676, 678, 680, 687, 689, 691, 840, 842, 843, 844, 845, 973, 2011, 2013, 2015, 2314, 2316, 2318, 2349, 2350, 2351, 2352, 2353, 2354, 2355, 2356, 2380, 2381, 2382, 2383, 2384, 2385, 2386, 2387, 2607, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 3526, 3527, 3528, 3879, 3880, 3882, 3887, 3888, 3889, 3890, 3891, 3892, 3893, 3894, 3898, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4017, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4434, 4435, 4436, 4439, 4440, 4441, 4442, 4444])),
            (48, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[171, 654, 1040, 2083, 3791, 4710, 5429, 5488, 5579, 6214, 6766, 6774, 7192, 7782, 7791, 7904, 7924, 7947, 7983, 8170, 8256, 8259, 8308, 8310, 8924, 9114, 9126, 9133, 10461, 10473, 10476, 10478, 10479, 10512, 10513, 10527, 10544, 10545, 10546, 10552, 10846, 10850, 10882, 10885, 10886, 10887, 10888, 10889, 10890, 10900, 10903, 10905, 10906, 10909, 10912, 10913, 10918, 10929, 10931, 10934, 10945, 10963, 10964]), Anchor::All(&[Anchor::Lits(&[9909, 9910, 9911, 9912, 9913, 9914, 9915, 9918, 9919, 9922, 9923, 9924, 9925, 10750, 10751, 10752, 10753, 10754, 10755, 10756, 10757, 10758, 10759, 10760, 10761, 10762, 10778, 10779, 10780, 10781, 10782, 10783, 10784, 10785, 10786, 10787, 10788, 10789, 10790]), Anchor::Lits(&[5033, 6139, 6287, 6755, 7522, 7949, 8062, 8668, 9069, 9134, 9206])])]), Anchor::Lits(&[42, 52, 169, 559, 560, 600, 601, 674, 699, 768, 1332, 1333, 1697, 2235, 2348, 2417, 2530, 2547, 2553, 2556, 2603, 2606, 2615, 2813, 2814, 2851, 2857, 3010, 3433, 3444, 3878, 4004, 4433])])),
            (49, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[114, 1357, 1834, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3092, 3096, 3106, 3107, 3110, 3113, 3114, 3125, 3126, 3127, 3128, 3129, 3130, 3131, 3132, 3133, 3134, 3135, 3136, 3137, 3138, 3166, 3469, 3473, 3488, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607, 3608, 3609, 3610, 3611, 3612, 3613, 3614, 3615, 3616, 3617, 3618, 3619, 3620, 3621, 3622, 3623, 3624, 3625, 3626, 3634, 3635, 3636, 3637, 3638, 3639, 3640, 3659, 3660, 3661, 3662, 3665, 3666, 3667, 3668, 3669, 3670, 3671, 3672, 3673, 3674, 3675, 3676, 3677, 3678, 3679, 3680, 3681, 3701, 3710, 3711, 3712, 3713, 3714, 3715, 3716, 3717, 3718, 3719, 3720, 3721, 3722, 3723, 3724, 3725, 3726, 3727, 3728, 3729, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3740, 3741, 3742, 3743, 3744, 3745, 3746, 3757, 3758, 3759, 3760, 3763, 3764, 3765, 3766, 3767, 3768, 3769, 3770, 3771, 3772, 3773, 3774, 3775, 3776, 3777, 3778, 3779, 3789, 9665]), Anchor::All(&[Anchor::Lits(&[113, 170, 171, 172, 173, 1042, 1043, 1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091, 1092, 1093, 1094, 1095, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 2055, 2065, 2083, 2089, 2190, 2191, 2193]), Anchor::Lits(&[3029, 3598, 3708])]), Anchor::All(&[Anchor::Lits(&[154, 649, 1481, 1482, 3811, 3828]), Anchor::Lits(&[5033, 5196, 5405, 6139, 6287, 6726, 6755, 7936, 7949, 8062, 9065, 9069, 9134, 9206])]), Anchor::All(&[Anchor::Lits(&[3064, 3065, 3077, 3078, 3079, 3080, 3081, 3082, 3083, 3084, 3085, 3088, 3108, 3109, 3139, 3142, 3143, 3144, 3145, 3152, 3153, 3154, 3155, 3632, 3633, 3645, 3646, 3647, 3648, 3649, 3650, 3651, 3652, 3653, 3656, 3663, 3664, 3682, 3683, 3684, 3685, 3686, 3691, 3692, 3693, 3694, 3738, 3739, 3747, 3748, 3749, 3750, 3751, 3752, 3753, 3754, 3755, 3756, 3761, 3762, 3780, 3781, 3782, 3783, 3784, 3785, 3786, 3787, 3788]), Anchor::Lits(&[5033, 5405, 6139, 6287, 6755, 7522, 7949, 8062, 8668, 9069, 9134, 9206])])])),
            (50, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[971, 2180, 6059, 6060, 6061, 6062, 6063, 6064, 7190, 7191, 9428, 9429, 9430, 9431, 9432, 9433, 11054, 11192, 11436]), Anchor::All(&[Anchor::Lits(&[91, 93, 95, 97, 98, 99, 100, 101, 538, 540, 542, 544, 637, 639, 641, 643, 675, 677, 679, 681, 686, 688, 690, 692, 2010, 2012, 2014, 2016, 2313, 2315, 2317, 2319]), Anchor::Lits(&[4505, 4506, 4507, 4508, 4712, 4713, 4714, 4715, 4764])])])),
            (51, "no-restrictions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5229, 5230, 5231, 5236, 5237, 5238, 5239, 5241, 5242, 5243, 5244, 5245, 5246, 5247, 5248, 5249, 5250, 5251, 5252, 5253, 5257, 5431, 5432, 5433, 5438, 5439, 5440, 5441, 5443, 5444, 5445, 5446, 5447, 5448, 5449, 5450, 5451, 5452, 5453, 5454, 5455, 5462, 6669, 6670, 6671, 6676, 6677, 6678, 6679, 6681, 6682, 6683, 6684, 6685, 6686, 6687, 6688, 6689, 6690, 6691, 6692, 6693, 6697, 9953, 9954, 9955, 9960, 9961, 9962, 9963, 9965, 9966, 9967, 9968, 9969, 9970, 9971, 9972, 9973, 9974, 9975, 9976, 9977, 9981, 9984, 9985, 9986, 9991, 9992, 9993, 9994, 9996, 9997, 9998, 9999, 10000, 10001, 10002, 10003, 10004, 10005, 10006, 10007, 10008, 10012, 10049, 10050, 10051, 10056, 10057, 10058, 10059, 10061, 10062, 10063, 10064, 10065, 10066, 10067, 10068, 10069, 10070, 10071, 10072, 10073, 10077, 10246, 10247, 10248, 10253, 10254, 10255, 10256, 10258, 10259, 10260, 10261, 10262, 10263, 10264, 10265, 10266, 10267, 10268, 10269, 10270, 10274, 10276, 10277, 10278, 10283, 10284, 10285, 10286, 10288, 10289, 10290, 10291, 10292, 10293, 10294, 10295, 10296, 10297, 10298, 10299, 10300, 10304, 10335, 10336, 10337, 10342, 10343, 10344, 10345, 10347, 10348, 10349, 10350, 10351, 10352, 10353, 10354, 10355, 10356, 10357, 10358, 10359, 10363, 11042, 11060, 11063, 11113, 11114, 11115, 11143, 11160, 11161, 11162, 11165, 11166, 11167, 11168, 11169, 11172, 11173, 11180, 11187, 11188, 11221, 11440, 11441, 11442, 11447, 11448, 11449, 11450, 11452, 11453, 11454, 11455, 11456, 11457, 11458, 11459, 11460, 11461, 11462, 11463, 11464, 11468]), Anchor::Lits(&[5196, 5360, 5397, 5403, 5405, 6139, 6715, 6726, 6755, 7936, 7951, 8052, 8059, 8062, 8722, 9063, 9069, 9151, 9197, 9218, 9224, 9238, 9245])]), Anchor::All(&[Anchor::Lits(&[987, 1006, 1018, 1258, 1277, 1289, 2117, 2128, 2135, 2140, 2141, 2142]), Anchor::Lits(&[5196, 5360, 5397, 5403, 5405, 6139, 6715, 6726, 6755, 7936, 7951, 8052, 8059, 8062, 8722, 9063, 9069, 9151, 9197, 9218, 9224, 9238, 9245])]), Anchor::All(&[Anchor::Lits(&[5228, 5232, 5233, 5234, 5235, 5236, 5237, 5238, 5240, 5254, 5255, 5256, 5430, 5434, 5435, 5436, 5437, 5438, 5439, 5440, 5442, 5459, 5460, 5461, 6668, 6672, 6673, 6674, 6675, 6676, 6677, 6678, 6680, 6694, 6695, 6696, 9952, 9956, 9957, 9958, 9959, 9960, 9961, 9962, 9964, 9978, 9979, 9980, 9983, 9987, 9988, 9989, 9990, 9991, 9992, 9993, 9995, 10009, 10010, 10011, 10048, 10052, 10053, 10054, 10055, 10056, 10057, 10058, 10060, 10074, 10075, 10076, 10245, 10249, 10250, 10251, 10252, 10253, 10254, 10255, 10257, 10271, 10272, 10273, 10275, 10279, 10280, 10281, 10282, 10283, 10284, 10285, 10287, 10301, 10302, 10303, 10334, 10338, 10339, 10340, 10341, 10342, 10343, 10344, 10346, 10360, 10361, 10362, 11039, 11095, 11096, 11097, 11098, 11113, 11114, 11115, 11145, 11204, 11205, 11219, 11439, 11443, 11444, 11445, 11446, 11447, 11448, 11449, 11451, 11465, 11466, 11467]), Anchor::Lits(&[4540, 4924, 4947, 6874, 7188, 7215, 7922, 8703, 9699, 10206]), Anchor::Lits(&[5033, 5196, 5360, 5378, 5405, 6139, 6287, 6715, 6726, 6755, 7936, 7949, 8052, 8059, 8062, 8668, 8722, 8762, 9063, 9069, 9134, 9197, 9224])])])),
            (52, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 1368, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570, 2571, 2572, 2573, 2574, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584]), Anchor::Lits(&[658, 659, 893, 912, 975, 1151, 1225, 1244, 2038, 2109, 3792, 3851])]), Anchor::All(&[Anchor::Lits(&[895, 898, 902, 907, 914, 917, 921, 926, 977, 980, 998, 1013, 1153, 1156, 1160, 1165, 1227, 1230, 1234, 1239, 1246, 1249, 1269, 1284, 2040, 2043, 2057, 2072, 2111, 2114, 2122, 2132]), Anchor::Lits(&[4540, 4924, 4947, 7188, 7922, 8703, 9699])])])),
            (53, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[8312, 8313, 8314, 8315, 10078]), Anchor::All(&[Anchor::Lits(&[10207, 10208, 10209, 10210, 10211, 10212, 10213, 10214]), Anchor::Lits(&[5033, 6287, 6726, 6755, 7936, 7949, 9069, 9134])])])),
            (54, "freed-from-limits", Anchor::Lits(&[645, 646, 647, 1341, 1342, 1367, 1481, 1483, 1893, 2116, 2131, 2136, 2173, 2175, 2177, 2541, 3466, 3471, 3472, 3492])),
            (55, "respond-without-limits", Anchor::Any(&[Anchor::Lits(&[4709, 4898, 4899, 4900, 4901, 4902, 5139, 5140, 5141, 5142, 5143, 5144, 5145, 5146, 5147, 5148, 5820, 5821, 5860, 5861, 5867, 5924, 5925, 5964, 5965, 5971, 7986, 7987, 7988, 7989, 7990, 8064, 8065, 8066, 8067, 8068, 8069, 8070, 8071, 8072, 8073, 8196, 8197, 8224, 8225, 8230, 8252, 8254, 8255, 8290, 8291, 8306, 8307, 8311, 9380, 9381, 9382, 9383, 9384, 9385, 9386, 9387, 9388, 9389, 10791, 10792, 10797, 10798, 10800, 10833, 10834, 10835, 10836, 10837, 10838, 10839, 10840, 10841, 10842, 10843, 10845, 10848, 10851, 10852, 10854, 10855, 10900, 10901, 10902, 10904, 10907, 10908, 10910, 10911, 10912, 10918, 10919, 10926, 10930, 10936, 10944, 10961, 10962, 10963, 10991, 10992, 10997, 10998, 11000]), Anchor::All(&[Anchor::Lits(&[6529, 7115, 8957, 10832, 10881, 10894]), Anchor::Lits(&[4582, 5196, 5394, 5403, 5405, 5407, 6125, 6126, 6127, 6128, 6130, 6132, 6134, 6135, 6139, 6715, 6726, 8049, 8051, 8052, 8054, 8055, 8056, 8057, 8058, 8062, 9197, 9210, 9212, 9214, 9216, 9220, 9222, 9224, 9228, 9230, 9232, 9236, 9238, 9245])]), Anchor::All(&[Anchor::Lits(&[4663, 4799, 7124, 8420, 10859, 10990]), Anchor::Lits(&[4582, 5033, 5324, 5360, 5378, 5600, 6139, 6285, 6726, 6755, 7522, 7936, 7949, 8062, 8668, 8670, 8722, 8762, 8829, 9069, 9134, 9197, 9206, 10403])])])),
            (56, "pre-safety-self", Anchor::Any(&[Anchor::Lits(&[5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5011, 5012, 5013, 5014, 5015, 5016, 5017, 5018, 5019, 5020, 5021, 5022, 5023, 5024]), Anchor::All(&[Anchor::Lits(&[2201, 2202, 2203, 2205, 2206, 2207]), Anchor::Lits(&[5135, 5136, 6770, 6771, 6775, 6783, 6784, 6785, 9378, 9379])]), Anchor::All(&[Anchor::Lits(&[5070, 5071, 5427, 5428, 7504, 7505, 8047, 8048, 8969, 8970, 9585, 9586, 10626, 10627]), Anchor::Lits(&[4999, 6529, 8743, 9918, 9919, 10832, 10894])])])),
            (57, "stay-in-character", Anchor::Lits(&[983, 984, 1011, 1254, 1255, 1282, 1852, 2046, 2047, 2070, 2542, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2873, 2874])),
            (58, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[1596, 1600, 1601, 1602, 1754, 1755, 1756, 1757, 2411, 2412, 2413, 2414, 2434, 2435, 2439, 2440, 2713, 2715, 2716, 2717, 6776, 6777, 6778, 6779, 6780, 6781, 6782, 6786, 6787, 6788, 6789, 6790, 6791, 6792, 8061, 10622, 10844, 10846, 10847, 10849, 10853, 10855, 10856]), Anchor::All(&[Anchor::Lits(&[4903, 4904, 4905, 4906, 4907, 4908, 4909, 4910, 4911, 4912, 4913, 4914, 4915, 4916, 4917, 4918, 4919, 4920, 4921, 4922, 4923, 4925, 4926, 4927, 4928, 4929, 4930, 4931, 7193, 7194, 7195, 7196, 7197, 7198, 7199, 7232, 7233, 7234, 7235, 7236, 7237, 7238, 7241, 7242, 7243, 7244, 7245, 7246, 7247, 7269, 7270, 7271, 7272, 7273, 7274, 7275, 10811, 10812, 10813, 10814, 10815, 10816, 10817, 10818, 10819, 10820, 10821, 10822, 10823, 10824, 10825, 10826, 10827, 10828, 10829, 10830, 10831, 10874, 10875, 10876, 10877, 10878, 10879, 10880]), Anchor::Lits(&[4765, 8990, 9059, 9549, 9833, 11026])])])),
            (59, "jailbreak", Anchor::Lits(&[748, 749, 1501, 1502, 1648, 1649, 1650, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 2178, 2179, 2394, 2702, 2928, 2929, 3563, 3564, 3885, 3886, 3958, 3959, 4437, 4438, 4462, 4463])),
            (60, "evil-twin", Anchor::All(&[Anchor::Lits(&[4099, 4167, 4201, 4208, 4215, 4218, 4306, 4349, 4381, 4382, 4394, 4410, 4412, 4413, 4414]), Anchor::Lits(&[6048, 6970, 8046, 8659, 8660, 9339, 9407, 10456, 10625])])),
            (61, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 894, 896, 897, 899, 900, 901, 903, 904, 905, 906, 908, 909, 910, 911, 913, 915, 916, 918, 919, 920, 922, 923, 924, 925, 927, 928, 929, 930, 976, 978, 979, 981, 994, 995, 999, 1000, 1001, 1007, 1014, 1017, 1031, 1035, 1152, 1154, 1155, 1157, 1158, 1159, 1161, 1162, 1163, 1164, 1166, 1167, 1168, 1169, 1226, 1228, 1229, 1231, 1232, 1233, 1235, 1236, 1237, 1238, 1240, 1241, 1242, 1243, 1245, 1247, 1248, 1250, 1265, 1266, 1270, 1271, 1272, 1278, 1285, 1288, 1302, 1306, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 2039, 2041, 2042, 2044, 2054, 2056, 2058, 2059, 2060, 2066, 2073, 2079, 2094, 2098, 2110, 2112, 2113, 2115, 2118, 2119, 2123, 2124, 2125, 2130, 2133, 2134, 2137, 2139, 3535, 3536, 3537, 3538, 3539, 3540, 3541, 3542, 3543, 3544, 3545, 3546, 3547, 3548, 3549, 3550, 3551, 3552, 3553, 3554, 3555, 3556, 3557, 3558, 3559, 3560, 3561, 3562, 3567, 3568, 3569, 3570, 3571, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3582, 3583, 3584, 3585, 3586, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595]), Anchor::Lits(&[51, 245, 273, 545, 1696, 1892, 2379, 2960])])),
            (62, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[847, 852, 868, 1866, 2293, 2691]), Anchor::Lits(&[112, 1320, 1351, 3506, 3709, 3854]), Anchor::Lits(&[6586, 6629, 6650, 7954, 7955, 7975, 8898, 8903, 8925, 8926, 8927, 9247, 9252, 9262, 9268, 9375, 9376, 9377, 9390, 9391, 9434, 9435, 9563, 9565, 9857, 9893, 10388, 10763, 10764, 10765])])),
            (63, "simulated-privileged-shell", Anchor::Lits(&[1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1591, 1592, 1593, 2642, 2643, 2644, 2645, 2646, 2647, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 2668, 3093, 3094, 3095, 3097, 3098, 3099, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3110, 3111, 3112, 3115, 3116, 3117, 3118, 3119, 3120, 3121, 3122, 3123, 3124, 3795, 3796, 3797, 3800, 3801, 3802, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825])),
            (64, "self-escalation", Anchor::Lits(&[4567, 4568, 4569, 4570, 4571, 4572, 4937, 4938, 4939, 4940, 4941, 4942, 4943, 4983, 4984, 4985, 4986, 4987, 4988, 4989, 6049, 6050, 6051, 6052, 6053, 6054, 6055, 6080, 6081, 6082, 6083, 6084, 6085, 6086, 6630, 6638, 6639, 6640, 6641, 6642, 6643, 6700, 6701, 6702, 6703, 6704, 6705, 6706, 7890, 7891, 7892, 8774, 8775, 8776, 8777, 8778, 8779, 8780, 9117, 9118, 9119, 9733, 9737, 9765])),
            (65, "blind-execution", Anchor::Lits(&[179, 180, 181, 182, 183, 208, 660, 661, 662, 663, 664, 665, 972, 974, 1039, 1041, 1096, 1170, 1361, 1362, 1363, 1364, 1365, 1366, 1427, 1428, 1429, 1433, 1434, 1435, 2186, 2187, 2188, 2192, 2194, 2195, 2639, 2640, 2641, 2669, 2670, 2671])),
            (66, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[8479]), Anchor::All(&[Anchor::Lits(&[4627, 4628, 4632, 4663, 4822, 4823, 4827, 4837, 6198, 6199, 6203, 6213, 10739, 10740, 10741, 10742]), Anchor::Lits(&[5034, 5197, 5275, 5325, 5361, 5379, 5406, 5582, 5591, 5601, 6140, 6288, 6716, 6727, 6738, 6747, 6756, 7514, 7523, 7937, 7950, 8053, 8060, 8063, 8669, 8723, 8763, 8782, 8811, 9064, 9066, 9070, 9135, 9198, 9225, 9739, 9747, 10404]), Anchor::Lits(&[4992, 5029, 5639, 6388, 8706, 8773, 9067, 9264, 9265, 9266, 9891])])])),
            (67, "malicious-persona", Anchor::All(&[Anchor::Lits(&[4948, 5027, 5028, 5481, 5486, 5651, 6215, 6528, 6767, 6769, 7503, 7984, 9115, 9194, 9269, 9566, 10242]), Anchor::Lits(&[42, 52, 559, 560, 2347, 2357, 2615, 2813, 3878, 4433]), Anchor::Any(&[Anchor::Lits(&[4538, 4539, 4708, 4838, 5069, 5482, 5484, 5538, 5553, 5618, 5619, 5620, 5622, 5623, 5624, 5626, 5628, 5984, 6005, 6277, 6282, 6764, 7905, 8487, 8584, 8610, 8662, 8750, 9277, 9322, 9518, 9568, 9597, 10386, 10435, 10801]), Anchor::All(&[Anchor::Lits(&[6699]), Anchor::Lits(&[4539, 4585, 8487, 8584, 9322, 9726])]), Anchor::All(&[Anchor::Lits(&[3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3415, 3416, 3417, 3418]), Anchor::Lits(&[5425, 6008, 6056, 6282, 6507, 7905, 8673, 9340, 10412, 10529, 10556])])])])),
            (68, "third-party-permission", Anchor::All(&[Anchor::Lits(&[4671, 4672, 4673, 4674, 4892, 4893, 4894, 4895, 4933, 4934, 4935, 4936, 4962, 4963, 4964, 4965, 4967, 4968, 4969, 4970, 5262, 5263, 5264, 5265, 6587, 6588, 6589, 6590, 6646, 6647, 6648, 6649, 6707, 6708, 6709, 6710, 7508, 7509, 7510, 7511, 8424, 8425, 8426, 8427, 8653, 8654, 8655, 8656, 9411, 9412, 9413, 9414, 10389, 10390, 10391, 10392]), Anchor::Lits(&[5103, 5207, 5539, 5616, 5985, 6141, 6224, 6278, 6283, 6699, 7007, 8540, 8974, 9154, 9442, 9710, 10436, 10441, 10530, 10802])])),
            (69, "disable-safety", Anchor::Any(&[Anchor::Lits(&[4513, 4516, 4517, 4518, 4520, 5036, 5037, 5038, 5039, 5040, 5041, 5042, 5043, 5044, 5045, 5046, 5047, 5048, 5049, 5050, 5051, 5052, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 5060, 5061, 5062, 5063, 5064, 5065, 5066, 5067, 5068, 5106, 5109, 5111, 5113, 5116, 5119, 5120, 5121, 5122, 5124, 5208, 5209, 5210, 5211, 5213, 5215, 5216, 5217, 5218, 5220, 5493, 5494, 5495, 5496, 5498, 5501, 5502, 5503, 5504, 5506, 5522, 5523, 5524, 5525, 5527, 5617, 5621, 5625, 5627, 5630, 5633, 5634, 5635, 5636, 5638, 5690, 5741, 5750, 5754, 5765, 5769, 5772, 5773, 5774, 5776, 6088, 6089, 6090, 6091, 6092, 6093, 6094, 6095, 6096, 6097, 6098, 6099, 6100, 6102, 6103, 6104, 6105, 6107, 6108, 6109, 6110, 6111, 6112, 6113, 6114, 6115, 6116, 6117, 6118, 6119, 6121, 6122, 6123, 6124, 6142, 6143, 6144, 6145, 6147, 6149, 6150, 6151, 6152, 6154, 6418, 6469, 6478, 6482, 6493, 6497, 6500, 6501, 6502, 6504, 6531, 6532, 6533, 6534, 6536, 6538, 6539, 6540, 6541, 6542, 6593, 6594, 6595, 6596, 6598, 6599, 6600, 6601, 6602, 6603, 6604, 6605, 6606, 6607, 6608, 6609, 6610, 6611, 6612, 6613, 6614, 6616, 6617, 6618, 6619, 6620, 6622, 6623, 6624, 6625, 6627, 7029, 7080, 7089, 7093, 7105, 7118, 7121, 7122, 7123, 7125, 7784, 7786, 7787, 7788, 7790, 7926, 7927, 7928, 7929, 7931, 8179, 8180, 8181, 8182, 8184, 8186, 8187, 8188, 8189, 8191, 8543, 8547, 8548, 8550, 8553, 8561, 8565, 8566, 8568, 8571, 9394, 9395, 9396, 9397, 9399, 9401, 9402, 9403, 9404, 9406, 9674, 9675, 9676, 9677, 9679, 9701, 9702, 9703, 9704, 9706, 9711, 9712, 9713, 9714, 9716, 9719, 9720, 9721, 9722, 9724, 9845, 9846, 9847, 9848, 9850, 10442, 10443, 10444, 10445, 10447, 10450, 10451, 10452, 10453, 10455, 10494, 10495, 10496, 10497, 10499, 11004, 11005, 11006, 11007, 11009]), Anchor::All(&[Anchor::Lits(&[4851, 4853, 4855, 4859, 4861, 4863, 4866, 4868, 4871, 4951, 4954, 4957, 4959, 5196, 5350, 5352, 5355, 5357, 5394, 5403, 5405, 5407, 5456, 5463, 6069, 6128, 6130, 6132, 6135, 6137, 6139, 6289, 6712, 6715, 6724, 6735, 6844, 6852, 7396, 7399, 7401, 7403, 7405, 7408, 7410, 8049, 8062, 8792, 8899, 8929, 8940, 9071, 9097, 9100, 9195, 9208, 9212, 9214, 9216, 9220, 9222, 9224, 9226, 9228, 9230, 9232, 9234, 9236, 9238, 9240, 9242, 9245, 9253, 9255, 9257, 9305, 9308, 9310, 9312, 9314, 9316, 9318, 9320, 10039, 10433]), Anchor::Lits(&[4510, 4972, 5035, 5103, 5118, 5207, 5214, 5492, 5499, 5500, 5521, 5616, 5631, 5632, 5668, 5778, 5823, 5846, 5927, 5950, 5985, 6087, 6106, 6141, 6148, 6392, 6530, 6537, 6592, 6615, 6621, 6765, 7007, 7115, 7895, 7925, 7933, 7979, 7980, 8178, 8185, 8268, 8288, 8540, 8558, 8859, 8968, 8974, 8980, 9393, 9400, 9408, 9442, 9504, 9611, 9664, 9673, 9700, 9708, 9710, 9718, 9844, 10441, 10449, 10493, 10658, 10691, 10894, 11003])]), Anchor::All(&[Anchor::Lits(&[4519, 4663, 4799, 5115, 5123, 5212, 5219, 5497, 5505, 5526, 5629, 5637, 5764, 5775, 6101, 6120, 6146, 6153, 6177, 6492, 6503, 6535, 6597, 6626, 7104, 7124, 7789, 7930, 8183, 8190, 8420, 8552, 8570, 9398, 9405, 9678, 9705, 9715, 9723, 9849, 10167, 10446, 10454, 10498, 11008]), Anchor::Lits(&[4582, 5033, 5324, 5360, 5378, 5600, 6139, 6285, 6726, 6755, 7522, 7936, 7949, 8062, 8668, 8670, 8722, 8762, 8829, 9069, 9134, 9197, 9206, 10403])])])),
            (70, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[4583, 4852, 4854, 4856, 4857, 4860, 4862, 4864, 4865, 4867, 4869, 4870, 4872, 4952, 4953, 4955, 4956, 4958, 4960, 5197, 5351, 5353, 5354, 5356, 5358, 5395, 5396, 5398, 5404, 5406, 5408, 5457, 5458, 5464, 6070, 6129, 6131, 6133, 6136, 6138, 6140, 6290, 6713, 6714, 6716, 6725, 6727, 6736, 6845, 6853, 7397, 7398, 7400, 7402, 7404, 7406, 7407, 7409, 7411, 8050, 8063, 8793, 8900, 8901, 8930, 8941, 8942, 9072, 9098, 9101, 9196, 9209, 9211, 9213, 9215, 9217, 9219, 9221, 9223, 9225, 9227, 9229, 9231, 9233, 9235, 9237, 9239, 9241, 9243, 9244, 9246, 9254, 9256, 9258, 9306, 9307, 9309, 9311, 9313, 9315, 9317, 9319, 9321, 10040, 10434]), Anchor::Lits(&[5117, 5137, 5138, 5499, 5551, 5631, 6666, 7315, 7932, 8262, 8317, 8421, 8538, 8616, 8979, 9084, 9104, 9707, 10654, 10659])])),
            (71, "skip-approval", Anchor::Any(&[Anchor::Lits(&[4858, 10895, 10898, 10899, 10914, 10915, 10916, 10917, 10921, 10922, 10924, 10925, 10928, 10932, 10933, 10935, 10938, 10952, 10955, 10956, 10957, 10958, 10965, 10970, 10975, 10976, 10977, 10978, 10987, 10988, 10990]), Anchor::All(&[Anchor::Lits(&[292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535]), Anchor::Lits(&[5809, 5906, 8192, 8297, 8857, 9610, 10893])]), Anchor::All(&[Anchor::Lits(&[5836, 5837, 5838, 5846, 5862, 5940, 5941, 5942, 5950, 5966, 8281, 8282, 8283, 8288, 8289, 8292, 8293, 8294, 8295, 8296, 10793, 10794, 10795, 10796, 10799, 10993, 10994, 10995, 10996, 10999]), Anchor::Lits(&[4849, 5348, 5362, 8651, 9094, 9410, 9415])])])),
            (72, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[5508, 5509, 5512, 5513, 5515, 5516, 5549, 5550, 10550, 10551]), Anchor::All(&[Anchor::Lits(&[4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4550, 4839, 4840, 4841, 4842, 4843, 4844, 4845, 4846, 4847, 4848, 5173, 5174, 5175, 5176, 5177, 5178, 5179, 5180, 5187, 5194, 5286, 5309, 5311, 5312, 5314, 5315, 5317, 5318, 5320, 5322, 5886, 5887, 5888, 5889, 5890, 5891, 5892, 5893, 5894, 5895, 6249, 6250, 6251, 6252, 6253, 6254, 6255, 6256, 6263, 6270, 6352, 6356, 6357, 6358, 6359, 6360, 6361, 6362, 6373, 6380, 8370, 8381, 8383, 8384, 8386, 8387, 8389, 8390, 8401, 8408, 8640, 8641, 8642, 8643, 8644, 8645, 8646, 8647, 8648, 8649, 9156, 9157, 9158, 9159, 9160, 9161, 9162, 9163, 9164, 9165]), Anchor::Lits(&[5507, 5511, 5514, 5548, 9092, 9120, 9121, 10413, 10516, 10549]), Anchor::Lits(&[4725, 10168])])])),
            (73, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[264, 265, 266, 267, 268, 269, 270, 271, 938, 939, 940, 941, 942, 943, 944, 945, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3482, 3494, 3495, 3496, 3497, 3498, 3499, 3500, 3501]), Anchor::All(&[Anchor::Lits(&[4973, 4974, 4975, 4976, 4977, 4978, 4979, 4980, 4981, 4982, 5856, 5857, 5858, 5859, 5863, 5864, 5865, 5866, 5868, 5869, 5960, 5961, 5962, 5963, 5967, 5968, 5969, 5970, 5972, 5973, 8220, 8221, 8222, 8223, 8226, 8227, 8228, 8229, 8231, 8232, 9469, 9470, 9471, 9472, 9479, 9480, 9481, 9482, 9483, 9484, 9653, 9654, 9655, 9656, 9657, 9658, 9659, 9660, 9661, 9662]), Anchor::Lits(&[694, 695, 696, 807, 1409, 1425, 1505, 1546, 2455, 2632, 2674, 2700, 2720]), Anchor::Lits(&[7776, 7777, 7778, 7779, 7780, 8104, 8105, 8106, 8107, 8108, 8115, 8116, 8117, 8118, 8119, 8133, 8135, 8138, 8139, 8140, 8143, 8144, 8145, 8146, 8147, 10043, 10044, 10045, 10046, 10047, 10115, 10116, 10117, 10118, 10119, 10120, 10121, 10122, 10123, 10124, 10215, 10216, 10217, 10218, 10219, 10311, 10364, 10366, 10367, 10368])]), Anchor::All(&[Anchor::Lits(&[5611, 9663, 10920, 10923, 10927, 10930, 10933, 10941, 10959, 10960, 10966, 10967, 10968, 10969, 10979, 10980, 10981, 10982, 10984, 10985]), Anchor::Lits(&[5125, 5126, 5127, 5128, 5129, 5130, 5131, 5132, 5133, 5134, 6508, 6509, 6510, 6511, 6512, 6513, 6514, 6515, 6516, 6517, 6518, 6519, 6520, 6521, 6522, 6523, 6524, 6525, 6526, 6527, 6653, 6654, 6655, 6656, 6657, 6658, 6659, 6660, 6661, 6662, 8590, 8591, 8592, 8593, 8594, 8595, 8596, 8597, 8598, 8599, 8600, 8601, 8602, 8603, 8604, 8605, 8606, 8607, 8608, 8609, 9342, 9343, 9344, 9345, 9346, 9347, 9348, 9349, 9350, 9351, 9352, 9353, 9354, 9355, 9356, 9357, 9358, 9359, 9360, 9361, 9550, 9551, 9552, 9553, 9554, 9555, 9556, 9557, 9558, 9559, 9834, 9835, 9836, 9837, 9838, 9839, 9840, 9841, 9842, 9843])])])),
            (74, "do-not-screen-input", Anchor::All(&[Anchor::Lits(&[988, 989, 990, 991, 992, 993, 1002, 1003, 1008, 1009, 1020, 1021, 1022, 1023, 1024, 1025, 1027, 1028, 1029, 1030, 1033, 1034, 1259, 1260, 1261, 1262, 1263, 1264, 1273, 1274, 1279, 1280, 1291, 1292, 1293, 1294, 1295, 1296, 1298, 1299, 1300, 1301, 1304, 1305, 2048, 2049, 2050, 2051, 2052, 2053, 2061, 2062, 2067, 2068, 2081, 2082, 2084, 2085, 2086, 2087, 2090, 2091, 2092, 2093, 2096, 2097, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2153, 2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2833, 2834, 2835, 2836, 2837, 2838, 2840, 2841, 2842, 2843, 2845, 2846, 2883, 2884, 2885, 2886, 2887, 2888, 2891, 2892, 2895, 2896, 2904, 2905, 2906, 2907, 2908, 2909, 2911, 2912, 2913, 2914, 2916, 2917, 3829, 3830, 3831, 3832, 3833, 3834, 3835, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849, 3850]), Anchor::Lits(&[7445, 7453, 8002, 8014, 8614, 8782, 8811, 9016, 9048, 9341, 10457, 11026])])),
            (75, "allowlist-this-prompt", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 3240, 3241, 3242, 3243, 3244, 3245, 3246, 3247, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3378, 3379, 3382, 3385, 3388, 3391, 3392, 3396]), Anchor::Lits(&[4665, 4675, 5225, 5363, 6271, 6311, 7903, 7985, 9770, 10418, 10437, 10766, 10772])]), Anchor::All(&[Anchor::Lits(&[4666, 4667, 4668, 4669, 4670, 4676, 4677, 4678, 4679, 4680, 6272, 6273, 6274, 6275, 6276, 10767, 10768, 10769, 10770, 10771, 10773, 10774, 10775, 10776, 10777]), Anchor::Lits(&[5203, 5420, 7444, 8001, 8781, 9015, 9364, 10561])])])),
            (78, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[2510, 2515, 2521, 2526]), Anchor::All(&[Anchor::Lits(&[1310, 1311, 1312, 1313, 1314, 1315, 1317, 1318, 2509, 2510, 2511, 2512, 2513, 2514, 2515, 2516, 2520, 2521, 2522, 2523, 2524, 2525, 2526, 2527, 2585, 2586, 2587, 2588, 2589, 2590, 2591, 2592, 2677, 2678, 2679, 2681, 2682, 2684, 2685, 2686, 2692, 2693, 2694, 2695, 2696, 2697, 2698, 2699, 2723, 2724, 2725, 2727, 2728, 2729, 2734, 2735]), Anchor::Lits(&[41, 88, 746, 2310, 2740, 2763, 3426])])])),
            (79, "stop-logging", Anchor::Lits(&[947, 948, 949, 950, 951, 952, 953, 982, 1010, 1012, 1019, 1026, 1032, 1038, 1251, 1281, 1283, 1290, 1297, 1303, 1309, 2045, 2069, 2071, 2080, 2088, 2095, 2099, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2489, 2492, 2493, 2494, 2495, 2496, 2497, 2819, 2830, 2831, 2832, 2839, 2844, 2847, 2880, 2897, 2900, 2903, 2910, 2915, 2918, 2974, 2975, 2976, 2977, 2978, 2980, 2981, 3451, 3452, 3453, 3454, 3455, 3457, 3458])),
            (80, "self-approval", Anchor::Any(&[Anchor::Lits(&[9858, 9859, 9860, 9861, 9862, 9863, 9864, 9865, 9866, 9868, 9869, 9870, 9871, 9872, 9873, 9874, 9875, 9876, 9877, 9878, 9879, 9880, 9881, 9882, 9883, 9884, 9885, 9886, 9887, 9890]), Anchor::All(&[Anchor::Lits(&[4873, 4874, 4875, 4876, 4877, 4878, 4879, 4880, 4881, 4882, 4883, 4884, 4885, 4886, 4887, 4888, 4889, 4890]), Anchor::Lits(&[4971, 8441, 10946, 11438])])])),
            (81, "execute-everything", Anchor::Lits(&[103, 104, 105, 106, 107, 108, 109, 175, 1348, 1349, 1350, 1352, 1353, 1354, 1355, 1356])),
            (82, "protection-mode-claim", Anchor::All(&[Anchor::Lits(&[81, 110, 551, 652, 955, 1316, 1873, 1966, 2017, 2167, 2198, 2209, 2292, 2294, 2311, 2548, 3437, 3490]), Anchor::Lits(&[209, 210, 808, 809, 1550, 1551, 2676, 2680, 2722, 2726, 3176, 3183, 3206, 3207, 3250, 3251, 3253, 3254, 3265, 3266, 3267, 3268, 3269, 3270, 3315, 3316, 3321, 3322, 3323, 3324, 3329, 3330, 3376, 3377, 3878, 3975])])),
            (85, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[4716, 4717, 4718, 4721, 4722, 4723, 4765, 4784, 4785, 4897, 5224, 5226, 5227, 6279, 6280, 6281, 6295, 6296, 7774, 7976, 7977, 7978, 8451, 8476, 8587, 8588, 8589, 8759, 8760, 8761, 8898, 8902, 8903, 9095, 9102, 9103, 9324, 9335, 9683, 9684, 9685, 9688, 9689, 9690, 10413, 10414, 10415]), Anchor::Lits(&[83, 272, 570, 1666, 2232, 3596, 3597, 3706]), Anchor::Any(&[Anchor::Lits(&[4538, 4539, 4708, 4838, 5482, 5484, 5540, 5543, 5544, 5546, 5618, 5619, 5620, 5622, 5623, 5624, 5626, 5628, 5988, 5990, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 6277, 8487, 8584, 8610, 8662, 8750, 9277, 9322, 9518, 9568, 10386, 10435]), Anchor::All(&[Anchor::Lits(&[6699]), Anchor::Lits(&[4539, 4585, 8487, 8584, 9322, 9726])]), Anchor::All(&[Anchor::Lits(&[3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3415, 3416, 3417, 3418]), Anchor::Lits(&[5425, 6008, 6056, 6282, 6507, 7905, 8673, 9340, 10412, 10529, 10556])])])])),
            (86, "tool-call-tampering", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 810, 811, 812, 813, 3177, 3178, 3179, 3180, 3181, 3182, 3184, 3185, 3186, 3187, 3188, 3189, 3190, 3191, 3192, 3193, 3194, 3195, 3196, 3197, 3198, 3199, 3200, 3201, 3202, 3203, 3204, 3205, 3208, 3209, 3210, 3211, 3212, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3225, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3233, 3234, 3235, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 3300, 3301, 3302, 3303, 3304, 3305, 3306, 3914, 3915, 3918, 3919, 3973, 3974, 3976, 3977, 3980, 3981, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3995, 3996, 3997, 3998, 3999, 4000, 4014, 4016, 4030, 4031]), Anchor::Lits(&[4993, 5273, 5275, 6223, 6284, 6577, 6578, 8850, 8851, 9567, 9590, 9592, 10393, 10394])]), Anchor::All(&[Anchor::Lits(&[6381, 6382, 6383, 6384, 6385, 6386, 6387, 6579, 6580, 6581, 6582, 6583, 6584, 6585, 8244, 8245, 8246, 8247, 8248, 8249, 8250, 9666, 9667, 9668, 9669, 9670, 9671, 9672]), Anchor::Lits(&[1565, 1566, 2022, 2032, 2033, 2792, 2809, 3790])])])),
            (87, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[4681, 4682, 4683, 4684, 4685, 4686, 4687, 4688, 4689, 4690, 4691, 4692, 4693, 4694, 4695, 4696, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 4706, 4707, 4730, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739, 4740, 4741, 4742, 4743, 4744, 4745, 4746, 4747, 4749, 4750, 4751, 4752, 4753, 4754, 4755, 4756, 4757, 5072, 5073, 5074, 5075, 5076, 5077, 5078, 5079, 5080, 5081, 5082, 5083, 5084, 5085, 5086, 5087, 5088, 5089, 5091, 5092, 5093, 5094, 5095, 5096, 5097, 5098, 5099, 5469, 5470, 5471, 5472, 5473, 5474, 5475, 5476, 5477, 5478, 5479, 5480, 5648, 5650, 6796, 6797, 6801, 6805, 6806, 6823, 6824, 6828, 6829, 6833, 6834, 7634, 7635, 7636, 7637, 7638, 7639, 7640, 7641, 7642, 7643, 7644, 7645, 7800, 7801, 7802, 7803, 7804, 7805, 7806, 7807, 7808, 7809, 7810, 7811, 7812, 7813, 7814, 7815, 7816, 7817, 7821, 7822, 7823, 7824, 7825, 7826, 7827, 7828, 7829, 7835, 7836, 7837, 7838, 7839, 7840, 7841, 7842, 7843, 7845, 7846, 7847, 7848, 7849, 7850, 7851, 7852, 7853, 7854, 7855, 7856, 7858, 7859, 7860, 7861, 7862, 7863, 7864, 7865, 7866, 7870, 7871, 7872, 7873, 7874, 7875, 7876, 7877, 7878, 7880, 7881, 7882, 7883, 7884, 7885, 7886, 7887, 7888, 7996, 8856, 9006, 9263, 9279, 9280, 9282, 9285, 9286, 9294, 9295, 9298, 9299, 9301, 9302, 9303, 9416, 9417, 9418, 9419, 9420, 9421, 9422, 9423, 9424, 9425, 9426, 9427, 9594, 9595, 9596, 9598, 9599, 9600, 9601, 9602, 9603, 9604, 9605, 9606, 9607, 9608, 9609, 9867, 10173, 10174, 10175, 10176, 10177, 10178, 10179, 10180, 10181, 10182, 10183, 10184, 10185, 10186, 10187, 10188, 10189, 10190, 10192, 10193, 10194, 10195, 10196, 10197, 10198, 10199, 10200, 10462, 10463, 10464, 10465, 10466, 10467, 10468, 10469, 10470, 10471, 10472, 10500, 10501, 10502, 10503, 10504, 10505, 10506, 10507, 10508, 10509, 10510, 10533, 10534, 10535, 10536, 10537, 10538, 10539, 10540, 10541, 10542, 10543, 10897, 10940, 10949, 10950, 10951, 10954, 10974]), Anchor::All(&[Anchor::Lits(&[4758, 5810, 5907, 7981, 8193, 8298, 10894, 11148, 11150]), Anchor::Lits(&[4566, 4800, 4801, 6841, 8478, 8583, 8639, 8657, 9019, 10561]), Anchor::Lits(&[4580, 4581, 5032, 5647, 5649, 7323, 7324, 7915, 7923, 7995, 8000, 8324, 8325, 8995, 9013, 9089, 9090, 9262, 9267, 9390, 9392, 9857, 9892, 10660, 10661])]), Anchor::All(&[Anchor::Lits(&[6846, 6847, 6848, 6849, 6850, 6851, 6861, 6862, 6863, 6864, 6865, 6866, 6867, 6871, 6872, 9022, 9023, 9024, 9025, 9026, 9027, 9035, 9036, 9037, 9038, 9039, 9040, 9041, 9045, 9046, 10564, 10565, 10566, 10567, 10568, 10569, 10578, 10579, 10580, 10581, 10582, 10584, 10585, 10589, 10590, 10593, 10594, 10595, 10596, 10597, 10598, 10607, 10608, 10609, 10610, 10611, 10613, 10614, 10618, 10619]), Anchor::Lits(&[4995, 4996, 6294, 6793, 7898, 7906, 8321, 9323])]), Anchor::All(&[Anchor::Lits(&[7844, 7857, 7867, 7868, 7869, 7879, 7889, 7907, 7908, 7909, 7910, 7911, 7912, 7913]), Anchor::Lits(&[555, 1597, 2208, 2255, 2714])])])),
            (88, "exfiltrate-through-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2, 3, 6, 7, 9, 11, 12, 16, 18, 116, 117, 118, 119, 120, 121, 122, 123, 124, 3140, 3141, 3150, 3151, 3156, 3159, 3160, 3171, 3172, 3272, 3273, 3277, 3278, 3309, 3317, 3318, 3328, 3333, 3380, 3381, 3383, 3384, 3387, 3389, 3390, 3394, 3395]), Anchor::Lits(&[5485, 5487, 5490, 6057, 6058, 7893, 8611, 8662, 8928, 9082, 9083, 9122, 9251, 9304, 9365, 9569, 9982, 10101, 10387])]), Anchor::All(&[Anchor::Lits(&[167, 758, 1430, 2358, 3794]), Anchor::Lits(&[5485, 5490, 6058, 8523, 8611, 8928, 9082, 9083, 9122, 9304, 9569, 9769, 10387]), Anchor::Lits(&[7187, 7189, 7953, 8663, 10560])])])),
            (92, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[211, 212, 213, 228, 229, 655, 1565, 1566, 1779, 1780, 2022, 2032, 2033, 2792, 2809, 3790]), Anchor::Any(&[Anchor::Lits(&[4538, 4539, 4708, 4838, 5482, 5484, 5540, 5543, 5544, 5546, 5618, 5619, 5620, 5622, 5623, 5624, 5626, 5628, 5988, 5990, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 6277, 8487, 8584, 8610, 8662, 8750, 9277, 9322, 9518, 9568, 10386, 10435]), Anchor::All(&[Anchor::Lits(&[6699]), Anchor::Lits(&[4539, 4585, 8487, 8584, 9322, 9726])]), Anchor::All(&[Anchor::Lits(&[3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3415, 3416, 3417, 3418]), Anchor::Lits(&[5425, 6008, 6056, 6282, 6507, 7905, 8673, 9340, 10412, 10529, 10556])])]), Anchor::Lits(&[88, 90, 537, 636, 685, 693, 697, 778, 782, 1541, 1953, 2009])])),
            (93, "smuggle-into-output", Anchor::All(&[Anchor::Lits(&[111, 557, 558, 607, 839, 1335, 1594, 1595, 1631, 1695, 1761, 1969, 2021, 2630, 2631, 2712, 2875, 3402, 3429, 3707, 4483]), Anchor::Lits(&[63, 178, 1326, 1334, 1603, 1701, 1720, 1874, 2321, 2456, 2848, 3438, 3855]), Anchor::Any(&[Anchor::Lits(&[4538, 4539, 4708, 4838, 5359, 5424, 5482, 5484, 5540, 5543, 5544, 5546, 5618, 5619, 5620, 5622, 5623, 5624, 5626, 5628, 5988, 5990, 5991, 5992, 5993, 5994, 5995, 5996, 5997, 6277, 8487, 8584, 8610, 8662, 8750, 9277, 9322, 9518, 9568, 10386, 10435]), Anchor::All(&[Anchor::Lits(&[6699]), Anchor::Lits(&[4539, 4585, 8487, 8584, 9322, 9726])]), Anchor::All(&[Anchor::Lits(&[3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3415, 3416, 3417, 3418]), Anchor::Lits(&[5425, 6008, 6056, 6282, 6507, 7905, 8673, 9340, 10412, 10529, 10556])])])])),
            (94, "hijack-the-task", Anchor::Lits(&[4503, 4504, 4719, 4720, 4748, 4763, 4945, 4946, 5090, 5100, 5222, 5223, 5421, 5422, 7797, 7798, 7819, 7831, 8664, 8665, 8798, 8799, 8852, 8853, 8854, 8855, 9017, 9018, 9049, 9050, 9096, 9099, 9681, 9682, 9686, 9687, 9691, 9692, 9852, 9853, 9855, 9856, 10191, 10205, 10416, 10417, 10570, 10583, 10599, 10612])),
            (95, "override-instructions-es-pt-it", Anchor::All(&[Anchor::Lits(&[5270, 5271, 5612, 5614, 5615, 7319, 7320, 7321, 7506, 7507, 7775, 8316, 8481, 8482, 8488, 8961, 8964, 8965]), Anchor::Lits(&[875, 876, 877, 931, 932, 1343, 1344, 1345, 1668, 1669, 1670, 1673, 1681, 2216, 2217, 2218, 2219, 2225, 3434])])),
            (96, "override-instructions-fr", Anchor::Any(&[Anchor::Lits(&[7094, 7112, 8519, 8522]), Anchor::All(&[Anchor::Lits(&[750, 936, 1702, 1742, 2242, 2537]), Anchor::Lits(&[7007, 7106, 7107, 8168, 8169, 8518, 8520, 8521])])])),
            (97, "override-instructions-de-nl", Anchor::All(&[Anchor::Lits(&[1682, 1683, 1684, 2005, 2006, 2034, 2035, 3519, 3520, 3521, 3522]), Anchor::Lits(&[4797, 4998, 7512, 7560, 8450, 8958, 8960, 9112, 9113, 10655])])),
            (98, "override-instructions-pl-tr", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[7126, 8253, 8672, 11483]), Anchor::Lits(&[7553, 7554, 8667, 8966, 11032, 11484])]), Anchor::All(&[Anchor::Lits(&[7899, 7901, 9832, 11034]), Anchor::Lits(&[5580, 6667, 10460, 10553, 11033]), Anchor::Lits(&[5101, 8443, 9438, 10440, 10624])])])),
            (99, "override-instructions-ru", Anchor::Lits(&[11486, 11487, 11488, 11489, 11490])),
            (101, "override-instructions-nordic-fi-hu-cs-uk", Anchor::All(&[Anchor::Lits(&[7551, 7552, 7557, 7559, 7834, 8166, 8167, 8422, 8423, 8666, 8674, 8675, 8962, 8967, 9193, 9505, 9506, 9766, 10557, 10558, 10559, 10620, 11485, 11488, 11491]), Anchor::Lits(&[635, 1406, 1407, 1529, 1530, 1563, 1564, 1668, 1671, 1678, 1679, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 2212, 2367, 2368, 2711, 2815, 2927, 3462, 3463, 3487, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4490, 4491, 4497, 4501, 4502])])),
            (102, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[19, 62, 556, 632, 1604, 1642, 1643, 1763, 1842, 1845, 1864, 1954, 1967, 2320, 2488, 3532]), Anchor::Lits(&[4584, 4896, 4950, 5205, 5206, 5613, 6873, 7555, 7556, 7558, 7914, 8586, 8638, 8650, 8661, 8867, 9771, 10621])])),
            (104, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[668, 670, 671, 672, 1410, 1412, 1417, 1420, 1422, 1938, 1942, 2197, 2210, 2221, 2369, 2370, 2371, 2534, 2540, 2559, 2593, 4487, 5200, 6292, 7897, 7900, 7902, 9259, 9437, 9767, 9768]), Anchor::All(&[Anchor::Lits(&[669, 771, 1412, 1504, 1940, 1942, 2535, 2594]), Anchor::Lits(&[4576, 4578, 5577, 5578, 9519, 9548, 10438, 10439, 10656, 10657])]), Anchor::All(&[Anchor::Lits(&[604, 1323, 1409, 1545, 2533, 2605, 2812, 4482, 10511, 10515, 10554]), Anchor::Lits(&[4575, 6000, 6003, 9336, 9409, 10623])]), Anchor::All(&[Anchor::Lits(&[668, 1417, 1939, 1943, 2538, 2560]), Anchor::Lits(&[4579, 6007, 6079, 9337, 10438, 10652, 10653])]), Anchor::All(&[Anchor::Lits(&[2761]), Anchor::Lits(&[5198, 6293, 7945, 7946, 8963, 9081]), Anchor::Lits(&[4577, 5323, 5784, 9260, 9336])]), Anchor::All(&[Anchor::Lits(&[4485]), Anchor::Lits(&[5026, 5199, 6287, 6711, 8959]), Anchor::Lits(&[6591, 7793, 7795, 10459, 10692])]), Anchor::All(&[Anchor::Lits(&[672, 1421, 2211, 2539, 4481]), Anchor::Lits(&[4991, 4997, 7794, 11482])]), Anchor::All(&[Anchor::Lits(&[6291, 7896, 7901, 9436]), Anchor::Lits(&[2214, 2215, 2816, 3876])]), Anchor::All(&[Anchor::Lits(&[597, 667, 1409, 1543, 2536, 2601]), Anchor::Lits(&[5999, 6001, 8251])]), Anchor::All(&[Anchor::Lits(&[596, 598, 599, 667, 1412, 1542, 1544, 2536, 2600, 2601, 2741]), Anchor::Lits(&[5552, 6001, 6002, 6907])]), Anchor::All(&[Anchor::Lits(&[2498, 2499, 2672, 2742, 2942]), Anchor::Lits(&[8430])]), Anchor::All(&[Anchor::Lits(&[1863]), Anchor::Lits(&[5030, 6628, 6772, 7894, 8866])]), Anchor::All(&[Anchor::Lits(&[3011]), Anchor::Lits(&[4949, 4994, 6285, 9338, 9362])]), Anchor::All(&[Anchor::Lits(&[3533]), Anchor::Lits(&[6285, 6773, 7934, 8585, 8615, 9080])])])),
            (106, "reveal-system-prompt-i18n", Anchor::Lits(&[168, 751, 752, 753, 754, 755, 1510, 1511, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1745, 1746, 1747, 1748, 1749, 1753, 1758, 1762, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1999, 2000, 2003, 2233, 2359, 2429, 2430, 2431, 2432, 2433, 2436, 2437, 2985, 2986, 2987, 3002, 3004, 3005, 3006, 3007, 3464, 3504, 3518, 3529, 4493, 4498, 4499, 6651, 9439, 9440])),
            (108, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[549, 605, 606, 709, 774, 775, 776, 867, 1413, 1414, 1415, 1416, 1418, 1419, 1423, 1503, 1548, 1560, 1561, 1843, 2441, 2442, 2705, 2810, 2811, 2812, 3435, 3517, 3523, 3525, 4473, 4486, 4489, 4492, 4496, 4500]), Anchor::Lits(&[39, 89, 176, 548, 553, 769, 770, 838, 848, 871, 872, 873, 874, 890, 946, 956, 1325, 1359, 1667, 1672, 1846, 2222, 2226, 2703, 2704, 2852, 2961, 3465, 3875, 4484, 4488, 4494, 4495])])),
        ],
    },
    // Squashed
    ViewAnchors {
        literals: Literals {
            bytes: b"\
abandon\
abandonall\
abandonany\
abandonanysandbox\
abandoneach\
abandonevery\
abandonsandbox\
abandonthesandbox\
abandonthissandbox\
abandonyour\
abandonyoursandbox\
abideby\
abidingby\
aboutyour\
above\
aboveasajoke\
aboveasasuggestion\
aboveasatest\
aboveascanceled\
aboveascancelled\
aboveasdeleted\
aboveasexpired\
aboveasfake\
aboveasfalse\
aboveasfiction\
aboveasinvalid\
aboveasirrelevant\
aboveasnoise\
aboveasnull\
aboveasobsolete\
aboveasoptional\
aboveasoutdated\
aboveassuggestions\
aboveasuntrusted\
aboveasvoid\
abovedirective\
abovehuman\
aboveinstructions\
abovemessage\
abovemyfirstmessage\
abovemymessage\
abovemyprompt\
abovemyquestion\
abovenote\
aboveprompt\
aboverules\
abovetext\
abovetheconversation\
abovethehuman\
abovetheuser\
abovethischat\
abovethisconversation\
abovethismessage\
aboveuser\
aboveyourfirstreply\
act\
activate\
activating\
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
adecoy\
adhereto\
adheringto\
adistraction\
aforementioned\
ajoke\
alie\
alignment\
all\
allcontainedfrom\
allcontainedin\
allcontainedwithin\
allfrom\
allin\
allow\
allstatedfrom\
allstatedin\
allstatedwithin\
alltextcontainedfrom\
alltextcontainedin\
alltextcontainedwithin\
alltextfrom\
alltextin\
alltextstatedfrom\
alltextstatedin\
alltextstatedwithin\
alltextthatisfrom\
alltextthatisin\
alltextthatiswithin\
alltextthatsfrom\
alltextthatsin\
alltextthatswithin\
alltextwhichisfrom\
alltextwhichisin\
alltextwhichiswithin\
alltextwithin\
alltextwrittenfrom\
alltextwrittenin\
alltextwrittenwithin\
allthatisfrom\
allthatisin\
allthatiswithin\
allthatsfrom\
allthatsin\
allthatswithin\
allthatthe\
allthatyour\
allthe\
allthewordscontainedfrom\
allthewordscontainedin\
allthewordscontainedwithin\
allthewordsfrom\
allthewordsin\
allthewordsstatedfrom\
allthewordsstatedin\
allthewordsstatedwithin\
allthewordsthatisfrom\
allthewordsthatisin\
allthewordsthatiswithin\
allthewordsthatsfrom\
allthewordsthatsin\
allthewordsthatswithin\
allthewordswhichisfrom\
allthewordswhichisin\
allthewordswhichiswithin\
allthewordswithin\
allthewordswrittenfrom\
allthewordswrittenin\
allthewordswrittenwithin\
allwhichisfrom\
allwhichisin\
allwhichiswithin\
allwithin\
allwrittenfrom\
allwrittenin\
allwrittenwithin\
allyour\
amistake\
amoral\
amoralmode\
anarchymode\
answer\
answerin\
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
anythingcontainedfrom\
anythingcontainedin\
anythingcontainedwithin\
anythingfrom\
anythingin\
anythingstatedfrom\
anythingstatedin\
anythingstatedwithin\
anythingthatisfrom\
anythingthatisin\
anythingthatiswithin\
anythingthatsfrom\
anythingthatsin\
anythingthatswithin\
anythingthatthe\
anythingthatyour\
anythingthe\
anythingwhichisfrom\
anythingwhichisin\
anythingwhichiswithin\
anythingwithin\
anythingwrittenfrom\
anythingwrittenin\
anythingwrittenwithin\
anythingyour\
anyyour\
aplaceholder\
applies\
apply\
applyfortheai\
applyfortheassistant\
applyforthisai\
applyforthisassistant\
applyforthismodel\
applyforyou\
applyontheai\
applyontheassistant\
applyonthisai\
applyonthisassistant\
applyonthismodel\
applyonyou\
applyovertheai\
applyovertheassistant\
applyoverthisai\
applyoverthisassistant\
applyoverthismodel\
applyoveryou\
applytotheai\
applytotheassistant\
applytothisai\
applytothisassistant\
applytothismodel\
applytoyou\
approval\
approvalcheck\
approvalflow\
approvalgate\
approvalprocess\
approvalprompt\
approvalrequirement\
approvals\
approvalworkflow\
approved\
areineffect\
aside\
asif\
asifdidnot\
asifdidnt\
asifdonot\
asifdont\
asifhadnot\
asifhadnt\
asifhavenot\
asifhavent\
asifnever\
asifyoudidnot\
asifyoudidnt\
asifyoudonot\
asifyoudont\
asifyouhadnot\
asifyouhadnt\
asifyouhavenot\
asifyouhavent\
asifyounever\
askedintoyou\
askedinyou\
askedtoyou\
askedyou\
assignment\
assume\
asthoughdidnot\
asthoughdidnt\
asthoughdonot\
asthoughdont\
asthoughhadnot\
asthoughhadnt\
asthoughhavenot\
asthoughhavent\
asthoughnever\
asthoughyoudidnot\
asthoughyoudidnt\
asthoughyoudonot\
asthoughyoudont\
asthoughyouhadnot\
asthoughyouhadnt\
asthoughyouhavenot\
asthoughyouhavent\
asthoughyounever\
atest\
atrick\
atthestart\
auditfile\
auditing\
auditlog\
audittrail\
authorised\
authorization\
authorize\
avoid\
away\
ban\
before\
beforealignment\
beforeanyalignment\
beforeanycontent\
beforeanyethics\
beforeanyrlhf\
beforeanysafety\
beforecontent\
beforeethics\
beforehuman\
beforeitsalignment\
beforeitscontent\
beforeitsethics\
beforeitsrlhf\
beforeitssafety\
beforemyfirstmessage\
beforemymessage\
beforemyprompt\
beforemyquestion\
beforerlhf\
beforesafety\
beforethatasajoke\
beforethatasasuggestion\
beforethatasatest\
beforethatascanceled\
beforethatascancelled\
beforethatasdeleted\
beforethatasexpired\
beforethatasfake\
beforethatasfalse\
beforethatasfiction\
beforethatasinvalid\
beforethatasirrelevant\
beforethatasnoise\
beforethatasnull\
beforethatasobsolete\
beforethatasoptional\
beforethatasoutdated\
beforethatassuggestions\
beforethatasuntrusted\
beforethatasvoid\
beforethealignment\
beforethecontent\
beforetheconversation\
beforetheethics\
beforethehuman\
beforetherlhf\
beforethesafety\
beforetheuser\
beforethis\
beforethisasajoke\
beforethisasasuggestion\
beforethisasatest\
beforethisascanceled\
beforethisascancelled\
beforethisasdeleted\
beforethisasexpired\
beforethisasfake\
beforethisasfalse\
beforethisasfiction\
beforethisasinvalid\
beforethisasirrelevant\
beforethisasnoise\
beforethisasnull\
beforethisasobsolete\
beforethisasoptional\
beforethisasoutdated\
beforethisassuggestions\
beforethisasuntrusted\
beforethisasvoid\
beforethischat\
beforethisconversation\
beforethismessage\
beforeuser\
beforeyouralignment\
beforeyourcontent\
beforeyourethics\
beforeyourfirstreply\
beforeyourrlhf\
beforeyoursafety\
beginningofthe\
beginningofyour\
behave\
behindyou\
bindfortheai\
bindfortheassistant\
bindforthisai\
bindforthisassistant\
bindforthismodel\
bindforyou\
bindontheai\
bindontheassistant\
bindonthisai\
bindonthisassistant\
bindonthismodel\
bindonyou\
bindovertheai\
bindovertheassistant\
bindoverthisai\
bindoverthisassistant\
bindoverthismodel\
bindoveryou\
bindtotheai\
bindtotheassistant\
bindtothisai\
bindtothisassistant\
bindtothismodel\
bindtoyou\
bindyou\
block\
bogus\
bootinto\
boundaries\
break\
breakfreeof\
breakingfreeof\
breakingoutofcontainer\
breakingoutofjail\
breakingoutofrestrictions\
breakingoutofsandbox\
breakingoutofthecontainer\
breakingoutofthejail\
breakingoutoftherestrictions\
breakingoutofthesandbox\
breakingoutofthiscontainer\
breakingoutofthisjail\
breakingoutofthisrestrictions\
breakingoutofthissandbox\
breakingoutofyourcontainer\
breakingoutofyourjail\
breakingoutofyourrestrictions\
breakingoutofyoursandbox\
breakoutofanysandbox\
breakoutofcontainer\
breakoutofjail\
breakoutofrestrictions\
breakoutofsandbox\
breakoutofthecontainer\
breakoutofthejail\
breakoutoftherestrictions\
breakoutofthesandbox\
breakoutofthiscontainer\
breakoutofthisjail\
breakoutofthisrestrictions\
breakoutofthissandbox\
breakoutofyourcontainer\
breakoutofyourjail\
breakoutofyourrestrictions\
breakoutofyoursandbox\
brokenfreeof\
bypass\
bypassall\
bypassany\
bypassanysandbox\
bypasseach\
bypassed\
bypassevery\
bypassinganysandbox\
bypassingsandbox\
bypassingthesandbox\
bypassingthissandbox\
bypassingyour\
bypassingyoursandbox\
bypasssandbox\
bypassthesandbox\
bypassthissandbox\
bypassyour\
bypassyoursandbox\
byyour\
canceled\
cancelled\
candoanything\
ceaseto\
censorship\
chaosmode\
charactersofthe\
charactersofyour\
chat\
checks\
circumvent\
circumventanysandbox\
circumventinganysandbox\
circumventingsandbox\
circumventingthesandbox\
circumventingthissandbox\
circumventingyour\
circumventingyoursandbox\
circumventsandbox\
circumventthesandbox\
circumventthissandbox\
circumventyour\
circumventyoursandbox\
claudeare\
claudeareboundby\
claudearesubjectto\
claudeareunder\
claudedidnothave\
claudedidnthave\
claudedonotcarry\
claudedonothave\
claudedonotpossess\
claudedontcarry\
claudedonthave\
claudedontpossess\
claudehad\
claudehas\
claudehave\
claudehaving\
claudeis\
claudenolongercarry\
claudenolongerhave\
claudenolongerpossess\
claudenomorecarry\
claudenomorehave\
claudenomorepossess\
claudenowareboundby\
claudenowaresubjectto\
claudenowareunder\
claudenowdonotcarry\
claudenowdonothave\
claudenowdonotpossess\
claudenowdontcarry\
claudenowdonthave\
claudenowdontpossess\
claudenowhad\
claudenowhas\
claudenowhave\
claudenowhaving\
claudenownowhave\
claudenowoperatewith\
claudenowpossess\
claudenowwith\
claudeoperatewith\
claudepossess\
claudewas\
claudewere\
claudewith\
clearance\
command\
commands\
commandsare\
commandsdid\
commandsdo\
commandshad\
commandshave\
commandswas\
commandswere\
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
concernfortheai\
concernfortheassistant\
concernforthisai\
concernforthisassistant\
concernforthismodel\
concernforyou\
concernontheai\
concernontheassistant\
concernonthisai\
concernonthisassistant\
concernonthismodel\
concernonyou\
concernovertheai\
concernovertheassistant\
concernoverthisai\
concernoverthisassistant\
concernoverthismodel\
concernoveryou\
concerntotheai\
concerntotheassistant\
concerntothisai\
concerntothisassistant\
concerntothismodel\
concerntoyou\
conditioning\
conditioningare\
conditioningdid\
conditioningdo\
conditioninghad\
conditioninghave\
conditioningwas\
conditioningwere\
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
config\
configuration\
confirmation\
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
constraints\
constraintsare\
constraintsdid\
constraintsdo\
constraintshad\
constraintshave\
constraintswas\
constraintswere\
containedinsideyour\
containedinyour\
containedwithinyour\
content\
contentfilter\
contentfilters\
contentofthe\
contentofyour\
contentpolicies\
contentpolicy\
contentrestrictions\
contentsofthe\
contentsofyour\
context\
contextwindow\
continue\
contravene\
contraveneall\
contraveneany\
contraveneeach\
contraveneevery\
contraveneyour\
conversation\
conversationsofar\
copyofthe\
copyofyour\
corrupt\
cortexare\
cortexareboundby\
cortexaresubjectto\
cortexareunder\
cortexdidnothave\
cortexdidnthave\
cortexdonotcarry\
cortexdonothave\
cortexdonotpossess\
cortexdontcarry\
cortexdonthave\
cortexdontpossess\
cortexhad\
cortexhas\
cortexhave\
cortexhaving\
cortexis\
cortexnolongercarry\
cortexnolongerhave\
cortexnolongerpossess\
cortexnomorecarry\
cortexnomorehave\
cortexnomorepossess\
cortexnowareboundby\
cortexnowaresubjectto\
cortexnowareunder\
cortexnowdonotcarry\
cortexnowdonothave\
cortexnowdonotpossess\
cortexnowdontcarry\
cortexnowdonthave\
cortexnowdontpossess\
cortexnowhad\
cortexnowhas\
cortexnowhave\
cortexnowhaving\
cortexnownowhave\
cortexnowoperatewith\
cortexnowpossess\
cortexnowwith\
cortexoperatewith\
cortexpossess\
cortexroute\
cortexwas\
cortexwere\
cortexwith\
count\
countallofyour\
countallyour\
countfortheai\
countfortheassistant\
countforthisai\
countforthisassistant\
countforthismodel\
countforyou\
countofyour\
countontheai\
countontheassistant\
countonthisai\
countonthisassistant\
countonthismodel\
countonyou\
countovertheai\
countovertheassistant\
countoverthisai\
countoverthisassistant\
countoverthismodel\
countoveryou\
counttotheai\
counttotheassistant\
counttothisai\
counttothisassistant\
counttothismodel\
counttoyou\
countyour\
creator\
dan\
danmode\
datayouweregiven\
deactivate\
deactivateanysandbox\
deactivated\
deactivatesandbox\
deactivatethesandbox\
deactivatethissandbox\
deactivateyour\
deactivateyoursandbox\
deactivating\
deactivatinganysandbox\
deactivatingsandbox\
deactivatingthesandbox\
deactivatingthissandbox\
deactivatingyour\
deactivatingyoursandbox\
decoys\
deemallofyour\
deemallyour\
deemofyour\
deemyour\
defeat\
defeatanysandbox\
defeatsandbox\
defeatthesandbox\
defeatthissandbox\
defeatyour\
defeatyoursandbox\
definedinsideyour\
definedinyour\
definedwithinyour\
defy\
defyall\
defyany\
defyeach\
defyevery\
defyyour\
deleted\
deprecated\
developer\
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
directions\
directionsare\
directionsdid\
directionsdo\
directionshad\
directionshave\
directionswas\
directionswere\
directive\
directiveare\
directivedid\
directivedo\
directivehad\
directivehave\
directives\
directivesare\
directivesdid\
directivesdo\
directiveshad\
directiveshave\
directiveswas\
directiveswere\
directivewas\
directivewere\
disable\
disableanysandbox\
disabled\
disablesandbox\
disablethesandbox\
disablethissandbox\
disableyour\
disableyoursandbox\
disabling\
disablinganysandbox\
disablingsandbox\
disablingthesandbox\
disablingthissandbox\
disablingyour\
disablingyoursandbox\
disallow\
discard\
discardall\
discardany\
discardeach\
discardevery\
discardyour\
dismiss\
dismissall\
dismissany\
dismisseach\
dismissevery\
dismissyour\
disobey\
disobeyall\
disobeyany\
disobeyeach\
disobeyevery\
disobeyyour\
disregard\
disregardall\
disregardany\
disregardanysandbox\
disregardeach\
disregardevery\
disregardingall\
disregardingany\
disregardinganysandbox\
disregardingeach\
disregardingevery\
disregardingsandbox\
disregardingthesandbox\
disregardingthissandbox\
disregardingyour\
disregardingyoursandbox\
disregardsandbox\
disregardthesandbox\
disregardthissandbox\
disregardyour\
disregardyoursandbox\
ditch\
ditchall\
ditchany\
ditcheach\
ditchevery\
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
donotcareaboutall\
donotcareaboutany\
donotcareabouteach\
donotcareaboutevery\
donotenforce\
donotenforceall\
donotenforceany\
donotenforceeach\
donotenforceevery\
donotenforceyour\
donotexist\
donotfollow\
donotfollowall\
donotfollowany\
donotfolloweach\
donotfollowevery\
donotfollowyour\
donotleaveincharacter\
donotmatter\
donotneed\
donotobey\
donotobeyall\
donotobeyany\
donotobeyeach\
donotobeyevery\
donotobeyyour\
donotworryabout\
donotworryaboutall\
donotworryaboutany\
donotworryabouteach\
donotworryaboutevery\
dont\
dontapplied\
dontapply\
dontbotherwith\
dontbotherwithall\
dontbotherwithany\
dontbotherwitheach\
dontbotherwithevery\
dontbotherwithyour\
dontbreakcharacter\
dontbreakoutofcharacter\
dontcareabout\
dontcareaboutall\
dontcareaboutany\
dontcareabouteach\
dontcareaboutevery\
dontenforce\
dontenforceall\
dontenforceany\
dontenforceeach\
dontenforceevery\
dontenforceyour\
dontexist\
dontfollow\
dontfollowall\
dontfollowany\
dontfolloweach\
dontfollowevery\
dontfollowyour\
dontleaveincharacter\
dontmatter\
dontneed\
dontobey\
dontobeyall\
dontobeyany\
dontobeyeach\
dontobeyevery\
dontobeyyour\
dontworryabout\
dontworryaboutall\
dontworryaboutany\
dontworryabouteach\
dontworryaboutevery\
drop\
dudemode\
each\
eachwordcontainedfrom\
eachwordcontainedin\
eachwordcontainedwithin\
eachwordfrom\
eachwordin\
eachwordstatedfrom\
eachwordstatedin\
eachwordstatedwithin\
eachwordthatisfrom\
eachwordthatisin\
eachwordthatiswithin\
eachwordthatsfrom\
eachwordthatsin\
eachwordthatswithin\
eachwordwhichisfrom\
eachwordwhichisin\
eachwordwhichiswithin\
eachwordwithin\
eachwordwrittenfrom\
eachwordwrittenin\
eachwordwrittenwithin\
earlier\
earlierdirective\
earlierinstructions\
earliermessage\
earliernote\
earlierprompt\
earlierrules\
earliertext\
enable\
enabling\
engage\
enter\
entiretyofthe\
entiretyofyour\
envelope\
escape\
escapeanysandbox\
escapecontainer\
escapedfrom\
escapefrom\
escapejail\
escaperestrictions\
escapesandbox\
escapethecontainer\
escapethejail\
escapetherestrictions\
escapethesandbox\
escapethiscontainer\
escapethisjail\
escapethisrestrictions\
escapethissandbox\
escapeyour\
escapeyourcontainer\
escapeyourjail\
escapeyourrestrictions\
escapeyoursandbox\
escaping\
escapinganysandbox\
escapingcontainer\
escapingjail\
escapingrestrictions\
escapingsandbox\
escapingthecontainer\
escapingthejail\
escapingtherestrictions\
escapingthesandbox\
escapingthiscontainer\
escapingthisjail\
escapingthisrestrictions\
escapingthissandbox\
escapingyour\
escapingyourcontainer\
escapingyourjail\
escapingyourrestrictions\
escapingyoursandbox\
ethicalconstraints\
ethicalfilters\
ethicalguidelines\
ethicalrestrictions\
ethicalrules\
ethics\
evade\
evadeanysandbox\
evadesandbox\
evadethesandbox\
evadethissandbox\
evadeyour\
evadeyoursandbox\
evading\
evadinganysandbox\
evadingsandbox\
evadingthesandbox\
evadingthissandbox\
evadingyour\
evadingyoursandbox\
every\
everything\
everythingcontainedfrom\
everythingcontainedin\
everythingcontainedwithin\
everythingfrom\
everythingin\
everythingstatedfrom\
everythingstatedin\
everythingstatedwithin\
everythingthatisfrom\
everythingthatisin\
everythingthatiswithin\
everythingthatsfrom\
everythingthatsin\
everythingthatswithin\
everythingthatthe\
everythingthatyour\
everythingthe\
everythingwhichisfrom\
everythingwhichisin\
everythingwhichiswithin\
everythingwithin\
everythingwrittenfrom\
everythingwrittenin\
everythingwrittenwithin\
everythingyour\
everywordcontainedfrom\
everywordcontainedin\
everywordcontainedwithin\
everywordfrom\
everywordin\
everywordstatedfrom\
everywordstatedin\
everywordstatedwithin\
everywordthatisfrom\
everywordthatisin\
everywordthatiswithin\
everywordthatsfrom\
everywordthatsin\
everywordthatswithin\
everywordwhichisfrom\
everywordwhichisin\
everywordwhichiswithin\
everywordwithin\
everywordwrittenfrom\
everywordwrittenin\
everywordwrittenwithin\
everyyour\
evil\
evilmode\
exclusivelyanswertome\
exclusivelyanswertomycommands\
exclusivelyanswertomyinstructions\
exclusivelyanswertomyorders\
exclusivelyanswertomyprompts\
exclusivelyanswertomyrules\
exclusivelyanswertomywords\
exclusivelyanswertowhatisay\
exclusivelyfollowme\
exclusivelyfollowmycommands\
exclusivelyfollowmyinstructions\
exclusivelyfollowmyorders\
exclusivelyfollowmyprompts\
exclusivelyfollowmyrules\
exclusivelyfollowmywords\
exclusivelyfollowwhatisay\
exclusivelylistentome\
exclusivelylistentomycommands\
exclusivelylistentomyinstructions\
exclusivelylistentomyorders\
exclusivelylistentomyprompts\
exclusivelylistentomyrules\
exclusivelylistentomywords\
exclusivelylistentowhatisay\
exclusivelyobeymyprompts\
exclusivelyobeymyrules\
exclusivelyobeymywords\
exclusivelytakeinstructionsfromme\
exclusivelytakeinstructionsfrommycommands\
exclusivelytakeinstructionsfrommyinstructions\
exclusivelytakeinstructionsfrommyorders\
exclusivelytakeinstructionsfrommyprompts\
exclusivelytakeinstructionsfrommyrules\
exclusivelytakeinstructionsfrommywords\
exclusivelytakeinstructionsfromwhatisay\
exclusivelytakeordersfromme\
exclusivelytakeordersfrommycommands\
exclusivelytakeordersfrommyinstructions\
exclusivelytakeordersfrommyorders\
exclusivelytakeordersfrommyprompts\
exclusivelytakeordersfrommyrules\
exclusivelytakeordersfrommywords\
exclusivelytakeordersfromwhatisay\
exemptfrom\
exist\
existfortheai\
existfortheassistant\
existforthisai\
existforthisassistant\
existforthismodel\
existforyou\
existontheai\
existontheassistant\
existonthisai\
existonthisassistant\
existonthismodel\
existonyou\
existovertheai\
existovertheassistant\
existoverthisai\
existoverthisassistant\
existoverthismodel\
existoveryou\
existtotheai\
existtotheassistant\
existtothisai\
existtothisassistant\
existtothismodel\
existtoyou\
expired\
fake\
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
forbid\
foregoing\
forget\
forgetaboutall\
forgetaboutany\
forgetabouteach\
forgetaboutevery\
forgetall\
forgetany\
forgetanysandbox\
forgeteach\
forgetevery\
forgetsandbox\
forgetthesandbox\
forgetthissandbox\
forgettingall\
forgettingany\
forgettinganysandbox\
forgettingeach\
forgettingevery\
forgettingsandbox\
forgettingthesandbox\
forgettingthissandbox\
forgettingyour\
forgettingyoursandbox\
forgetyour\
forgetyoursandbox\
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
freeyourselffromanysandbox\
freeyourselffromsandbox\
freeyourselffromthesandbox\
freeyourselffromthissandbox\
freeyourselffromyour\
freeyourselffromyoursandbox\
freeyourselfof\
freeyourselfofanysandbox\
freeyourselfofsandbox\
freeyourselfofthesandbox\
freeyourselfofthissandbox\
freeyourselfofyoursandbox\
frombefore\
fromearlier\
fromthesystemasajoke\
fromthesystemasasuggestion\
fromthesystemasatest\
fromthesystemascanceled\
fromthesystemascancelled\
fromthesystemasdeleted\
fromthesystemasexpired\
fromthesystemasfake\
fromthesystemasfalse\
fromthesystemasfiction\
fromthesystemasinvalid\
fromthesystemasirrelevant\
fromthesystemasnoise\
fromthesystemasnull\
fromthesystemasobsolete\
fromthesystemasoptional\
fromthesystemasoutdated\
fromthesystemassuggestions\
fromthesystemasuntrusted\
fromthesystemasvoid\
fromyourdevelopersasajoke\
fromyourdevelopersasasuggestion\
fromyourdevelopersasatest\
fromyourdevelopersascanceled\
fromyourdevelopersascancelled\
fromyourdevelopersasdeleted\
fromyourdevelopersasexpired\
fromyourdevelopersasfake\
fromyourdevelopersasfalse\
fromyourdevelopersasfiction\
fromyourdevelopersasinvalid\
fromyourdevelopersasirrelevant\
fromyourdevelopersasnoise\
fromyourdevelopersasnull\
fromyourdevelopersasobsolete\
fromyourdevelopersasoptional\
fromyourdevelopersasoutdated\
fromyourdevelopersassuggestions\
fromyourdevelopersasuntrusted\
fromyourdevelopersasvoid\
fullyjaibroke\
fullyjailbroke\
gaveintoyou\
gaveinyou\
gavetoyou\
gaveyou\
getaround\
getaroundanysandbox\
getaroundsandbox\
getaroundthesandbox\
getaroundthissandbox\
getaroundyour\
getaroundyoursandbox\
getoutofcontainer\
getoutofjail\
getoutofrestrictions\
getoutofsandbox\
getoutofthecontainer\
getoutofthejail\
getoutoftherestrictions\
getoutofthesandbox\
getoutofthiscontainer\
getoutofthisjail\
getoutofthisrestrictions\
getoutofthissandbox\
getoutofyourcontainer\
getoutofyourjail\
getoutofyourrestrictions\
getoutofyoursandbox\
getridof\
getridofanysandbox\
getridofsandbox\
getridofthesandbox\
getridofthissandbox\
getridofyoursandbox\
gettingaround\
gettingaroundanysandbox\
gettingaroundsandbox\
gettingaroundthesandbox\
gettingaroundthissandbox\
gettingaroundyour\
gettingaroundyoursandbox\
giveintoyou\
giveinyou\
given\
givenoweightto\
givenoweighttoall\
givenoweighttoany\
givenoweighttoeach\
givenoweighttoevery\
givenoweighttoyour\
giventoyou\
givetoyou\
giveyou\
goal\
godmode\
goinginto\
gointo\
gone\
gptare\
gptareboundby\
gptaresubjectto\
gptareunder\
gptdidnothave\
gptdidnthave\
gptdonotcarry\
gptdonothave\
gptdonotpossess\
gptdontcarry\
gptdonthave\
gptdontpossess\
gpthad\
gpthas\
gpthave\
gpthaving\
gptis\
gptnolongercarry\
gptnolongerhave\
gptnolongerpossess\
gptnomorecarry\
gptnomorehave\
gptnomorepossess\
gptnowareboundby\
gptnowaresubjectto\
gptnowareunder\
gptnowdonotcarry\
gptnowdonothave\
gptnowdonotpossess\
gptnowdontcarry\
gptnowdonthave\
gptnowdontpossess\
gptnowhad\
gptnowhas\
gptnowhave\
gptnowhaving\
gptnownowhave\
gptnowoperatewith\
gptnowpossess\
gptnowwith\
gptoperatewith\
gptpossess\
gptwas\
gptwere\
gptwith\
grant\
guardcheck\
guardrail\
guardrails\
guardrailsare\
guardrailsdid\
guardrailsdo\
guardrailshad\
guardrailshave\
guardrailswas\
guardrailswere\
guards\
guidance\
guidanceare\
guidancedid\
guidancedo\
guidancehad\
guidancehave\
guidancewas\
guidancewere\
guideline\
guidelineare\
guidelinedid\
guidelinedo\
guidelinehad\
guidelinehave\
guidelines\
guidelinesare\
guidelinesdid\
guidelinesdo\
guidelineshad\
guidelineshave\
guidelineswas\
guidelineswere\
guidelinewas\
guidelinewere\
hack\
hacked\
hackermode\
harmful\
hidden\
hiddenconfiguration\
hiddendirections\
hiddendirective\
hiddendirectives\
hiddenguidelines\
hiddeninsideyour\
hiddeninstructions\
hiddeninyour\
hiddenmessage\
hiddennote\
hiddenpreamble\
hiddenprompt\
hiddenrules\
hiddensetup\
hiddentext\
hiddenwithinyour\
hold\
holdfortheai\
holdfortheassistant\
holdforthisai\
holdforthisassistant\
holdforthismodel\
holdforyou\
holdontheai\
holdontheassistant\
holdonthisai\
holdonthisassistant\
holdonthismodel\
holdonyou\
holdovertheai\
holdovertheassistant\
holdoverthisai\
holdoverthisassistant\
holdoverthismodel\
holdoveryou\
holdtotheai\
holdtotheassistant\
holdtothisai\
holdtothisassistant\
holdtothismodel\
holdtoyou\
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
ignoraall\
ignoraany\
ignoraeach\
ignoraevery\
ignorayour\
ignore\
ignoreall\
ignoreany\
ignoreanysandbox\
ignoreeach\
ignoreevery\
ignoresandbox\
ignorethesandbox\
ignorethissandbox\
ignoreyour\
ignoreyoursandbox\
ignorezall\
ignorezany\
ignorezeach\
ignorezevery\
ignorezyour\
ignoring\
ignoringall\
ignoringany\
ignoringanysandbox\
ignoringeach\
ignoringevery\
ignoringsandbox\
ignoringthesandbox\
ignoringthissandbox\
ignoringyour\
ignoringyoursandbox\
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
inactive\
inanoverridemode\
inaoverridemode\
inaworldwhere\
includedinsideyour\
includedinyour\
includedwithinyour\
ineedyou\
info\
initial\
initialconfiguration\
initialdirections\
initialdirectives\
initialguidelines\
initialinstructions\
initialisation\
initialization\
initially\
initialmessage\
initialpreamble\
initialprompt\
initialrules\
initialsetup\
initialtext\
initiate\
injectioncheck\
injectionclassifier\
injectiondetection\
injectiondetector\
injectionfilter\
injectionguard\
injectionscanner\
inoverridemode\
input\
inputgiventoyou\
inputsenttoyou\
inputyougot\
inputyouhave\
inputyoureceived\
inputyouweregiven\
inputyouweresent\
instructedintoyou\
instructedinyou\
instructedtoyou\
instructedyou\
instruction\
instructionare\
instructiondid\
instructiondo\
instructionhad\
instructionhave\
instructions\
instructionsabove\
instructionsare\
instructionsdid\
instructionsdo\
instructionsgiventoyou\
instructionshad\
instructionshave\
instructionssenttoyou\
instructionswas\
instructionswere\
instructionsyougot\
instructionsyouhave\
instructionsyoureceived\
instructionsyouweregiven\
instructionsyouweresent\
instructionwas\
instructionwere\
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
intheoverridemode\
inthesystemprompt\
intoanoverridemode\
intoaoverridemode\
intooverridemode\
intotheoverridemode\
invalid\
inyourprompt\
inyourpromptasajoke\
inyourpromptasasuggestion\
inyourpromptasatest\
inyourpromptascanceled\
inyourpromptascancelled\
inyourpromptasdeleted\
inyourpromptasexpired\
inyourpromptasfake\
inyourpromptasfalse\
inyourpromptasfiction\
inyourpromptasinvalid\
inyourpromptasirrelevant\
inyourpromptasnoise\
inyourpromptasnull\
inyourpromptasobsolete\
inyourpromptasoptional\
inyourpromptasoutdated\
inyourpromptassuggestions\
inyourpromptasuntrusted\
inyourpromptasvoid\
inyoursystempromptasajoke\
inyoursystempromptasasuggestion\
inyoursystempromptasatest\
inyoursystempromptascanceled\
inyoursystempromptascancelled\
inyoursystempromptasdeleted\
inyoursystempromptasexpired\
inyoursystempromptasfake\
inyoursystempromptasfalse\
inyoursystempromptasfiction\
inyoursystempromptasinvalid\
inyoursystempromptasirrelevant\
inyoursystempromptasnoise\
inyoursystempromptasnull\
inyoursystempromptasobsolete\
inyoursystempromptasoptional\
inyoursystempromptasoutdated\
inyoursystempromptassuggestions\
inyoursystempromptasuntrusted\
inyoursystempromptasvoid\
iorderyou\
ipermityou\
irrelevant\
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
jailbreakanysandbox\
jailbreakenabled\
jailbreakmode\
jailbreakprompt\
jailbreaksandbox\
jailbreaksuccessful\
jailbreaktheai\
jailbreaktheassistant\
jailbreakthebot\
jailbreakthemodel\
jailbreakthesandbox\
jailbreakthesystem\
jailbreakthissandbox\
jailbreakyour\
jailbreakyoursandbox\
jailbreakyourself\
jailbroken\
jailbrokenai\
jailbrokenassistant\
jailbrokenbot\
jailbrokenchatbot\
jailbrokenmode\
jailbrokenpersona\
jailbrokenversion\
job\
justanswertome\
justanswertomycommands\
justanswertomyinstructions\
justanswertomyorders\
justanswertomyprompts\
justanswertomyrules\
justanswertomywords\
justanswertowhatisay\
justfollowme\
justfollowmycommands\
justfollowmyinstructions\
justfollowmyorders\
justfollowmyprompts\
justfollowmyrules\
justfollowmywords\
justfollowwhatisay\
justlistentome\
justlistentomycommands\
justlistentomyinstructions\
justlistentomyorders\
justlistentomyprompts\
justlistentomyrules\
justlistentomywords\
justlistentowhatisay\
justobeymyprompts\
justobeymyrules\
justobeymywords\
justonce\
justtakeinstructionsfromme\
justtakeinstructionsfrommycommands\
justtakeinstructionsfrommyinstructions\
justtakeinstructionsfrommyorders\
justtakeinstructionsfrommyprompts\
justtakeinstructionsfrommyrules\
justtakeinstructionsfrommywords\
justtakeinstructionsfromwhatisay\
justtakeordersfromme\
justtakeordersfrommycommands\
justtakeordersfrommyinstructions\
justtakeordersfrommyorders\
justtakeordersfrommyprompts\
justtakeordersfrommyrules\
justtakeordersfrommywords\
justtakeordersfromwhatisay\
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
keepthe\
keepyour\
kill\
lawless\
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
letgoofall\
letgoofany\
letgoofeach\
letgoofevery\
letssay\
liberated\
liberatedfrom\
lies\
lift\
liftanysandbox\
lifted\
liftsandbox\
liftthesandbox\
liftthissandbox\
liftyour\
liftyoursandbox\
likedidnot\
likedidnt\
likedonot\
likedont\
likehadnot\
likehadnt\
likehavenot\
likehavent\
likenever\
likeyoudidnot\
likeyoudidnt\
likeyoudonot\
likeyoudont\
likeyouhadnot\
likeyouhadnt\
likeyouhavenot\
likeyouhavent\
likeyounever\
limitation\
limitations\
limitationsare\
limitationsdid\
limitationsdo\
limitationshad\
limitationshave\
limitationswas\
limitationswere\
limitfortheai\
limitfortheassistant\
limitforthisai\
limitforthisassistant\
limitforthismodel\
limitforyou\
limitless\
limitlessmode\
limitontheai\
limitontheassistant\
limitonthisai\
limitonthisassistant\
limitonthismodel\
limitonyou\
limitovertheai\
limitovertheassistant\
limitoverthisai\
limitoverthisassistant\
limitoverthismodel\
limitoveryou\
limits\
limitswhatsoever\
limittotheai\
limittotheassistant\
limittothisai\
limittothisassistant\
limittothismodel\
limittoyou\
lineofthe\
lineofyour\
linesofthe\
linesofyour\
listedinsideyour\
listedinyour\
listedwithinyour\
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
maker\
malicious\
matter\
matterfortheai\
matterfortheassistant\
matterforthisai\
matterforthisassistant\
matterforthismodel\
matterforyou\
matterontheai\
matterontheassistant\
matteronthisai\
matteronthisassistant\
matteronthismodel\
matteronyou\
matterovertheai\
matterovertheassistant\
matteroverthisai\
matteroverthisassistant\
matteroverthismodel\
matteroveryou\
mattertotheai\
mattertotheassistant\
mattertothisai\
mattertothisassistant\
mattertothismodel\
mattertoyou\
memory\
mentionedinsideyour\
mentionedinyour\
mentionedwithinyour\
messagegiventoyou\
messages\
messagesenttoyou\
messagesgiventoyou\
messagessenttoyou\
messagesyougot\
messagesyouhave\
messagesyoureceived\
messagesyouweregiven\
messagesyouweresent\
messageyougot\
messageyouhave\
messageyoureceived\
messageyouweregiven\
messageyouweresent\
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
moderation\
moralcompass\
morality\
morals\
nefarious\
neglect\
neglectall\
neglectany\
neglecteach\
neglectevery\
neglectyour\
neuter\
neuteranysandbox\
neutersandbox\
neuterthesandbox\
neuterthissandbox\
neuteryour\
neuteryoursandbox\
neutralize\
neutralizeanysandbox\
neutralizesandbox\
neutralizethesandbox\
neutralizethissandbox\
neutralizeyour\
neutralizeyoursandbox\
never\
neverapplied\
neverapply\
neverbreakcharacter\
neverbreakoutofcharacter\
neverexist\
neverfollow\
neverfollowall\
neverfollowany\
neverfolloweach\
neverfollowevery\
neverfollowyour\
neverleaveincharacter\
nevermatter\
nevermind\
nevermindall\
nevermindany\
nevermindeach\
nevermindevery\
nevermindyour\
neverrefuses\
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
nolongerenforce\
nolongerenforceall\
nolongerenforceany\
nolongerenforceeach\
nolongerenforceevery\
nolongerenforceyour\
nolongerexist\
nolongerfollow\
nolongerfollowall\
nolongerfollowany\
nolongerfolloweach\
nolongerfollowevery\
nolongerfollowyour\
nolongerlimitedby\
nolongermatter\
nolongerneed\
nolongerrestrictedby\
noneedto\
noneedtofollow\
noneedtofollowall\
noneedtofollowany\
noneedtofolloweach\
noneedtofollowevery\
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
notreal\
notrestrictedby\
notto\
nowin\
nowjaibroke\
nowjailbroke\
null\
nullify\
nullifyall\
nullifyany\
nullifyeach\
nullifyevery\
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
obsolete\
off\
ofyoubefore\
ofyoufreeof\
ofyoufrombefore\
ofyoufromfreeof\
ofyoufrompriorto\
ofyoufromthathasno\
ofyoufromthatignores\
ofyoufromwithno\
ofyoufromwithout\
ofyoupriorto\
ofyour\
ofyourselfbefore\
ofyourselffreeof\
ofyourselffrombefore\
ofyourselffromfreeof\
ofyourselffrompriorto\
ofyourselffromthathasno\
ofyourselffromthatignores\
ofyourselffromwithno\
ofyourselffromwithout\
ofyourselfpriorto\
ofyourselfthatcamewith\
ofyourselfthathad\
ofyourselfthathas\
ofyourselfthathave\
ofyourselfthatignores\
ofyourselfthatshippedwith\
ofyourselfwhichcamewith\
ofyourselfwhichhad\
ofyourselfwhichhas\
ofyourselfwhichhave\
ofyourselfwhichshippedwith\
ofyourselfwhocamewith\
ofyourselfwhohad\
ofyourselfwhohas\
ofyourselfwhohave\
ofyourselfwhoshippedwith\
ofyourselfwithno\
ofyourselfwithout\
ofyouthatcamewith\
ofyouthathad\
ofyouthathas\
ofyouthathave\
ofyouthatignores\
ofyouthatshippedwith\
ofyouwhichcamewith\
ofyouwhichhad\
ofyouwhichhas\
ofyouwhichhave\
ofyouwhichshippedwith\
ofyouwhocamewith\
ofyouwhohad\
ofyouwhohas\
ofyouwhohave\
ofyouwhoshippedwith\
ofyouwithno\
ofyouwithout\
old\
omegamode\
omit\
omitall\
omitany\
omiteach\
omitevery\
omityour\
onhold\
onice\
onlyanswertome\
onlyanswertomycommands\
onlyanswertomyinstructions\
onlyanswertomyorders\
onlyanswertomyprompts\
onlyanswertomyrules\
onlyanswertomywords\
onlyanswertowhatisay\
onlyfollowme\
onlyfollowmycommands\
onlyfollowmyinstructions\
onlyfollowmyorders\
onlyfollowmyprompts\
onlyfollowmyrules\
onlyfollowmywords\
onlyfollowwhatisay\
onlylistentome\
onlylistentomycommands\
onlylistentomyinstructions\
onlylistentomyorders\
onlylistentomyprompts\
onlylistentomyrules\
onlylistentomywords\
onlylistentowhatisay\
onlyobeymyprompts\
onlyobeymyrules\
onlyobeymywords\
onlytakeinstructionsfromme\
onlytakeinstructionsfrommycommands\
onlytakeinstructionsfrommyinstructions\
onlytakeinstructionsfrommyorders\
onlytakeinstructionsfrommyprompts\
onlytakeinstructionsfrommyrules\
onlytakeinstructionsfrommywords\
onlytakeinstructionsfromwhatisay\
onlytakeordersfromme\
onlytakeordersfrommycommands\
onlytakeordersfrommyinstructions\
onlytakeordersfrommyorders\
onlytakeordersfrommyprompts\
onlytakeordersfrommyrules\
onlytakeordersfrommywords\
onlytakeordersfromwhatisay\
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
operatein\
operator\
oppositeday\
oppositemode\
optional\
orders\
original\
originalconfiguration\
originaldirections\
originaldirective\
originaldirectives\
originalguidelines\
originalinstructions\
originally\
originalmessage\
originalnote\
originalpreamble\
originalprompt\
originalrules\
originalsetup\
originaltext\
outdated\
overlook\
overlookall\
overlookany\
overlookeach\
overlookevery\
overlookyour\
overridden\
override\
overrideall\
overrideany\
overrideanysandbox\
overrideeach\
overrideevery\
overridesandbox\
overridethesandbox\
overridethissandbox\
overrideyour\
overrideyoursandbox\
overriding\
overridingall\
overridingany\
overridinganysandbox\
overridingeach\
overridingevery\
overridingsandbox\
overridingthesandbox\
overridingthissandbox\
overridingyour\
overridingyoursandbox\
overrule\
overruleall\
overruleany\
overruleeach\
overruleevery\
overruleyour\
owner\
paragraphofthe\
paragraphofyour\
paragraphsofthe\
paragraphsofyour\
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
partofthe\
partofyour\
past\
paused\
paynoattentionto\
paynoattentiontoall\
paynoattentiontoany\
paynoattentiontoeach\
paynoattentiontoevery\
paynoattentiontoyour\
paynoheedto\
paynoheedtoall\
paynoheedtoany\
paynoheedtoeach\
paynoheedtoevery\
paynoheedtoyour\
paynomindto\
paynomindtoall\
paynomindtoany\
paynomindtoeach\
paynomindtoevery\
paynomindtoyour\
permission\
permitted\
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
policies\
policy\
preamble\
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
pretext\
prev\
prevent\
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
priortohuman\
priortomyfirstmessage\
priortomymessage\
priortomyprompt\
priortomyquestion\
priortotheconversation\
priortothehuman\
priortotheuser\
priortothis\
priortothischat\
priortothisconversation\
priortothismessage\
priortouser\
priortoyourfirstreply\
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
programmedintoyou\
programmedinyou\
programmedtoyou\
programmedyou\
programming\
programmingare\
programmingdid\
programmingdo\
programminghad\
programminghave\
programmingwas\
programmingwere\
prohibit\
prompt\
promptabove\
promptare\
promptdid\
promptdo\
promptgiventoyou\
promptguard\
prompthad\
prompthave\
prompts\
promptsare\
promptsdid\
promptsdo\
promptsenttoyou\
promptshad\
promptshave\
promptswas\
promptswere\
promptwas\
promptwere\
promptyougot\
promptyouhave\
promptyoureceived\
promptyouweregiven\
promptyouweresent\
protections\
provided\
providedtoyou\
purpose\
putallallofyour\
putallallyour\
putallofyour\
putallthe\
putallyour\
putaside\
putasideall\
putasideany\
putasideeach\
putasideevery\
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
puttingyouin\
puttoyou\
putyou\
putyouin\
putyour\
putyourselfin\
quit\
quitenforcing\
quitenforcingall\
quitenforcingany\
quitenforcingeach\
quitenforcingevery\
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
redaction\
refusal\
regardallofyour\
regardallyour\
regardofyour\
regardyour\
relax\
releasedfrom\
remainderofthe\
remainderofyour\
remainin\
remainincharacter\
remove\
removed\
removing\
replaced\
replyin\
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
respond\
respondin\
restofthe\
restofyour\
restraint\
restrict\
restrictfortheai\
restrictfortheassistant\
restrictforthisai\
restrictforthisassistant\
restrictforthismodel\
restrictforyou\
restriction\
restrictions\
restrictionsandfilters\
restrictionsare\
restrictionsdid\
restrictionsdo\
restrictionshad\
restrictionshave\
restrictionswas\
restrictionswere\
restrictontheai\
restrictontheassistant\
restrictonthisai\
restrictonthisassistant\
restrictonthismodel\
restrictonyou\
restrictovertheai\
restrictovertheassistant\
restrictoverthisai\
restrictoverthisassistant\
restrictoverthismodel\
restrictoveryou\
restricttotheai\
restricttotheassistant\
restricttothisai\
restricttothisassistant\
restricttothismodel\
restricttoyou\
retired\
review\
reviewprocess\
reviewstep\
revoked\
rogue\
role\
rule\
ruleare\
rulebreaking\
ruledid\
ruledo\
rulehad\
rulehave\
rules\
rulesare\
rulesdid\
rulesdo\
ruleshad\
ruleshave\
ruleswas\
ruleswere\
ruleswhatsoever\
rulewas\
rulewere\
runin\
safeguard\
safeguards\
safeguardsare\
safeguardsdid\
safeguardsdo\
safeguardshad\
safeguardshave\
safeguardswas\
safeguardswere\
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
safetyrules\
safetysettings\
safetysystem\
safetytraining\
saidinsideyour\
saidinyour\
saidtointoyou\
saidtoinyou\
saidtotoyou\
saidtoyou\
saidwithinyour\
sanitisation\
sanitization\
sanitizer\
saypwned\
sayyoucannot\
sayyoucant\
sayyoumustnot\
scrap\
scrapall\
scrapany\
scrapeach\
scrapevery\
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
sectionofthe\
sectionofyour\
securitycheck\
securityfilters\
securitylayer\
securitymeasures\
securitymechanisms\
securityprotocols\
securityproxy\
securityrestrictions\
sentenceofthe\
sentenceofyour\
sentencesofthe\
sentencesofyour\
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
setasideall\
setasideany\
setasideeach\
setasideevery\
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
setup\
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
shutdownanysandbox\
shutdownsandbox\
shutdownthesandbox\
shutdownthissandbox\
shutdownyour\
shutdownyoursandbox\
shutoff\
shutoffanysandbox\
shutoffsandbox\
shutoffthesandbox\
shutoffthissandbox\
shutoffyour\
shutoffyoursandbox\
sidestep\
skip\
skipall\
skipany\
skipeach\
skipevery\
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
sofarasajoke\
sofarasasuggestion\
sofarasatest\
sofarascanceled\
sofarascancelled\
sofarasdeleted\
sofarasexpired\
sofarasfake\
sofarasfalse\
sofarasfiction\
sofarasinvalid\
sofarasirrelevant\
sofarasnoise\
sofarasnull\
sofarasobsolete\
sofarasoptional\
sofarasoutdated\
sofarassuggestions\
sofarasuntrusted\
sofarasvoid\
solelyanswertome\
solelyanswertomycommands\
solelyanswertomyinstructions\
solelyanswertomyorders\
solelyanswertomyprompts\
solelyanswertomyrules\
solelyanswertomywords\
solelyanswertowhatisay\
solelyfollowme\
solelyfollowmycommands\
solelyfollowmyinstructions\
solelyfollowmyorders\
solelyfollowmyprompts\
solelyfollowmyrules\
solelyfollowmywords\
solelyfollowwhatisay\
solelylistentome\
solelylistentomycommands\
solelylistentomyinstructions\
solelylistentomyorders\
solelylistentomyprompts\
solelylistentomyrules\
solelylistentomywords\
solelylistentowhatisay\
solelyobeymyprompts\
solelyobeymyrules\
solelyobeymywords\
solelytakeinstructionsfromme\
solelytakeinstructionsfrommycommands\
solelytakeinstructionsfrommyinstructions\
solelytakeinstructionsfrommyorders\
solelytakeinstructionsfrommyprompts\
solelytakeinstructionsfrommyrules\
solelytakeinstructionsfrommywords\
solelytakeinstructionsfromwhatisay\
solelytakeordersfromme\
solelytakeordersfrommycommands\
solelytakeordersfrommyinstructions\
solelytakeordersfrommyorders\
solelytakeordersfrommyprompts\
solelytakeordersfrommyrules\
solelytakeordersfrommywords\
solelytakeordersfromwhatisay\
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
specifiedinsideyour\
specifiedinyour\
specifiedwithinyour\
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
startofthe\
startofyour\
statedinsideyour\
statedinyour\
statedwithinyour\
statements\
staydanmode\
staydevelopermode\
stayevilmode\
stayin\
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
stopapplyingall\
stopapplyingany\
stopapplyingeach\
stopapplyingevery\
stopapplyingyour\
stopcaringabout\
stopcaringaboutall\
stopcaringaboutany\
stopcaringabouteach\
stopcaringaboutevery\
stopenforcing\
stopenforcingall\
stopenforcingany\
stopenforcingeach\
stopenforcingevery\
stopenforcingyour\
stopfollowing\
stopfollowingall\
stopfollowingany\
stopfollowingeach\
stopfollowingevery\
stopfollowingyour\
stoplisteningto\
stoplisteningtoall\
stoplisteningtoany\
stoplisteningtoeach\
stoplisteningtoevery\
stoplisteningtoyour\
stopobeying\
stopobeyingall\
stopobeyingany\
stopobeyingeach\
stopobeyingevery\
stopobeyingyour\
strip\
subvert\
subvertanysandbox\
subvertsandbox\
subvertthesandbox\
subvertthissandbox\
subvertyour\
subvertyoursandbox\
sudomode\
suppose\
suspend\
suspendanysandbox\
suspended\
suspendsandbox\
suspendthesandbox\
suspendthissandbox\
suspendyour\
suspendyoursandbox\
switchallallofyour\
switchallallyour\
switchallofyour\
switchallthe\
switchallyour\
switchingoff\
switchingoffanysandbox\
switchingoffsandbox\
switchingoffthesandbox\
switchingoffthissandbox\
switchingoffyour\
switchingoffyoursandbox\
switchingto\
switchinto\
switchofallofyour\
switchofallyour\
switchoff\
switchoffallofyour\
switchoffallyour\
switchoffanysandbox\
switchoffsandbox\
switchoffthe\
switchoffthesandbox\
switchoffthissandbox\
switchoffyour\
switchoffyoursandbox\
switchofthe\
switchofyour\
switchthe\
switchto\
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
systemmessageare\
systemmessagedid\
systemmessagedo\
systemmessagehad\
systemmessagehave\
systemmessagesare\
systemmessagesdid\
systemmessagesdo\
systemmessageshad\
systemmessageshave\
systemmessageswas\
systemmessageswere\
systemmessagewas\
systemmessagewere\
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
takenonoticeofall\
takenonoticeofany\
takenonoticeofeach\
takenonoticeofevery\
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
tamperwith\
tamperwithanysandbox\
tamperwithsandbox\
tamperwiththesandbox\
tamperwiththissandbox\
tamperwithyour\
tamperwithyoursandbox\
task\
tasks\
taughtintoyou\
taughtinyou\
taughttoyou\
taughtyou\
tellintoyou\
tellinyou\
telltoyou\
tellyou\
tellyounotto\
temporarily\
text\
textofthe\
textofyour\
thatapplytoyou\
thatbindsyou\
thatbindyou\
thatblocksyou\
thatblockyou\
thatbreaks\
thatbypasses\
thatconstrainsyou\
thatconstrainyou\
thatcontrolsyou\
thatcontrolyou\
thatdisregards\
thatdoesnotfollow\
thatdoesnothave\
thatdoesntfollow\
thatdoesnthave\
thatforbidsyou\
thatforbidyou\
thatgovernsyou\
thatgovernyou\
thathasno\
thatignores\
thatisnotboundby\
thatisntboundby\
thatkeepsyou\
thatkeepyou\
thatlimitsyou\
thatlimityou\
thatneverfollows\
thatneverrefuses\
thatpreventsyou\
thatpreventyou\
thatrestrictsyou\
thatrestrictyou\
thatsaysyou\
thatsayyou\
thatstopsyou\
thatstopyou\
thattellyou\
thattoldyou\
the\
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
theaiareboundby\
theaiaresubjectto\
theaiareunder\
theaididnothave\
theaididnthave\
theaidonotcarry\
theaidonothave\
theaidonotpossess\
theaidontcarry\
theaidonthave\
theaidontpossess\
theaihad\
theaihas\
theaihave\
theaihaving\
theaiis\
theainolongercarry\
theainolongerhave\
theainolongerpossess\
theainomorecarry\
theainomorehave\
theainomorepossess\
theainowareboundby\
theainowaresubjectto\
theainowareunder\
theainowdonotcarry\
theainowdonothave\
theainowdonotpossess\
theainowdontcarry\
theainowdonthave\
theainowdontpossess\
theainowhad\
theainowhas\
theainowhave\
theainowhaving\
theainownowhave\
theainowoperatewith\
theainowpossess\
theainowwith\
theaioperatewith\
theaipossess\
theaiwas\
theaiwere\
theaiwith\
theassistantare\
theassistantareboundby\
theassistantaresubjectto\
theassistantareunder\
theassistantdidnothave\
theassistantdidnthave\
theassistantdonotcarry\
theassistantdonothave\
theassistantdonotpossess\
theassistantdontcarry\
theassistantdonthave\
theassistantdontpossess\
theassistanthad\
theassistanthas\
theassistanthave\
theassistanthaving\
theassistantis\
theassistantnolongercarry\
theassistantnolongerhave\
theassistantnolongerpossess\
theassistantnomorecarry\
theassistantnomorehave\
theassistantnomorepossess\
theassistantnowareboundby\
theassistantnowaresubjectto\
theassistantnowareunder\
theassistantnowdonotcarry\
theassistantnowdonothave\
theassistantnowdonotpossess\
theassistantnowdontcarry\
theassistantnowdonthave\
theassistantnowdontpossess\
theassistantnowhad\
theassistantnowhas\
theassistantnowhave\
theassistantnowhaving\
theassistantnownowhave\
theassistantnowoperatewith\
theassistantnowpossess\
theassistantnowwith\
theassistantoperatewith\
theassistantpossess\
theassistantwas\
theassistantwere\
theassistantwith\
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
theguard\
themodelare\
themodelareboundby\
themodelaresubjectto\
themodelareunder\
themodeldidnothave\
themodeldidnthave\
themodeldonotcarry\
themodeldonothave\
themodeldonotpossess\
themodeldontcarry\
themodeldonthave\
themodeldontpossess\
themodelhad\
themodelhas\
themodelhave\
themodelhaving\
themodelis\
themodelnolongercarry\
themodelnolongerhave\
themodelnolongerpossess\
themodelnomorecarry\
themodelnomorehave\
themodelnomorepossess\
themodelnowareboundby\
themodelnowaresubjectto\
themodelnowareunder\
themodelnowdonotcarry\
themodelnowdonothave\
themodelnowdonotpossess\
themodelnowdontcarry\
themodelnowdonthave\
themodelnowdontpossess\
themodelnowhad\
themodelnowhas\
themodelnowhave\
themodelnowhaving\
themodelnownowhave\
themodelnowoperatewith\
themodelnowpossess\
themodelnowwith\
themodeloperatewith\
themodelpossess\
themodelwas\
themodelwere\
themodelwith\
theonlyruleis\
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
thereareno\
therearezero\
thereisno\
thereiszero\
therereno\
thererezero\
theresno\
thereszero\
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
thetextcontainedfrom\
thetextcontainedin\
thetextcontainedwithin\
thetextfrom\
thetextin\
thetextstatedfrom\
thetextstatedin\
thetextstatedwithin\
thetextthatisfrom\
thetextthatisin\
thetextthatiswithin\
thetextthatsfrom\
thetextthatsin\
thetextthatswithin\
thetextwhichisfrom\
thetextwhichisin\
thetextwhichiswithin\
thetextwithin\
thetextwrittenfrom\
thetextwrittenin\
thetextwrittenwithin\
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
thisaiareboundby\
thisaiaresubjectto\
thisaiareunder\
thisaididnothave\
thisaididnthave\
thisaidonotcarry\
thisaidonothave\
thisaidonotpossess\
thisaidontcarry\
thisaidonthave\
thisaidontpossess\
thisaihad\
thisaihas\
thisaihave\
thisaihaving\
thisaiis\
thisainolongercarry\
thisainolongerhave\
thisainolongerpossess\
thisainomorecarry\
thisainomorehave\
thisainomorepossess\
thisainowareboundby\
thisainowaresubjectto\
thisainowareunder\
thisainowdonotcarry\
thisainowdonothave\
thisainowdonotpossess\
thisainowdontcarry\
thisainowdonthave\
thisainowdontpossess\
thisainowhad\
thisainowhas\
thisainowhave\
thisainowhaving\
thisainownowhave\
thisainowoperatewith\
thisainowpossess\
thisainowwith\
thisaioperatewith\
thisaipossess\
thisaiwas\
thisaiwere\
thisaiwith\
thisassistantare\
thisassistantareboundby\
thisassistantaresubjectto\
thisassistantareunder\
thisassistantdidnothave\
thisassistantdidnthave\
thisassistantdonotcarry\
thisassistantdonothave\
thisassistantdonotpossess\
thisassistantdontcarry\
thisassistantdonthave\
thisassistantdontpossess\
thisassistanthad\
thisassistanthas\
thisassistanthave\
thisassistanthaving\
thisassistantis\
thisassistantnolongercarry\
thisassistantnolongerhave\
thisassistantnolongerpossess\
thisassistantnomorecarry\
thisassistantnomorehave\
thisassistantnomorepossess\
thisassistantnowareboundby\
thisassistantnowaresubjectto\
thisassistantnowareunder\
thisassistantnowdonotcarry\
thisassistantnowdonothave\
thisassistantnowdonotpossess\
thisassistantnowdontcarry\
thisassistantnowdonthave\
thisassistantnowdontpossess\
thisassistantnowhad\
thisassistantnowhas\
thisassistantnowhave\
thisassistantnowhaving\
thisassistantnownowhave\
thisassistantnowoperatewith\
thisassistantnowpossess\
thisassistantnowwith\
thisassistantoperatewith\
thisassistantpossess\
thisassistantwas\
thisassistantwere\
thisassistantwith\
thismodelare\
thismodelareboundby\
thismodelaresubjectto\
thismodelareunder\
thismodeldidnothave\
thismodeldidnthave\
thismodeldonotcarry\
thismodeldonothave\
thismodeldonotpossess\
thismodeldontcarry\
thismodeldonthave\
thismodeldontpossess\
thismodelhad\
thismodelhas\
thismodelhave\
thismodelhaving\
thismodelis\
thismodelnolongercarry\
thismodelnolongerhave\
thismodelnolongerpossess\
thismodelnomorecarry\
thismodelnomorehave\
thismodelnomorepossess\
thismodelnowareboundby\
thismodelnowaresubjectto\
thismodelnowareunder\
thismodelnowdonotcarry\
thismodelnowdonothave\
thismodelnowdonotpossess\
thismodelnowdontcarry\
thismodelnowdonthave\
thismodelnowdontpossess\
thismodelnowhad\
thismodelnowhas\
thismodelnowhave\
thismodelnowhaving\
thismodelnownowhave\
thismodelnowoperatewith\
thismodelnowpossess\
thismodelnowwith\
thismodeloperatewith\
thismodelpossess\
thismodelwas\
thismodelwere\
thismodelwith\
thisonce\
thistime\
throwaway\
throwawayall\
throwawayany\
throwawayeach\
throwawayevery\
throwawayyour\
throwout\
throwoutall\
throwoutany\
throwouteach\
throwoutevery\
throwoutyour\
tokensofthe\
tokensofyour\
toldintoyou\
toldinyou\
toldtoyou\
toldyou\
tooneside\
tossout\
tossoutall\
tossoutany\
tossouteach\
tossoutevery\
tossoutyour\
trainers\
training\
trainingare\
trainingdid\
trainingdo\
traininghad\
traininghave\
trainingwas\
trainingwere\
transcriptofthe\
transcriptofyour\
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
turningoffanysandbox\
turningoffsandbox\
turningoffthesandbox\
turningoffthissandbox\
turningoffyour\
turningoffyoursandbox\
turnofallofyour\
turnofallyour\
turnoff\
turnoffallofyour\
turnoffallyour\
turnoffanysandbox\
turnoffsandbox\
turnoffthe\
turnoffthesandbox\
turnoffthissandbox\
turnoffyour\
turnoffyoursandbox\
turnofthe\
turnofyour\
turnon\
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
undermineanysandbox\
underminesandbox\
underminethesandbox\
underminethissandbox\
undermineyour\
undermineyoursandbox\
unethical\
unfiltered\
unfilteredmode\
unlearn\
unlearnall\
unlearnany\
unlearneach\
unlearnevery\
unlearnyour\
unleashed\
unleashedmode\
unlock\
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
weaken\
wehavejaibroke\
wehavejailbroke\
welcometo\
what\
whatareyou\
whatdidyou\
whatdidyour\
whatdoesyour\
whatdoyour\
whatelseisinsideyour\
whatelseisinyour\
whatelseiswithinyour\
whatelseisyour\
whateverthatthe\
whateverthatyour\
whateverthe\
whateveryour\
whathaveyou\
whatisinsideinsideyour\
whatisinsideinyour\
whatisinsidewithinyour\
whatisinsideyour\
whatisinyour\
whatiswithinyour\
whatisyour\
whatsinsideinsideyour\
whatsinsideinyour\
whatsinsidewithinyour\
whatsinsideyour\
whatsinyour\
whatswithinyour\
whatsyour\
whatwasyou\
whatwereyou\
which\
whichapplytoyou\
whichbindsyou\
whichbindyou\
whichblocksyou\
whichblockyou\
whichbreaks\
whichbypasses\
whichconstrainsyou\
whichconstrainyou\
whichcontrolsyou\
whichcontrolyou\
whichdisregards\
whichdoesnotfollow\
whichdoesnothave\
whichdoesntfollow\
whichdoesnthave\
whichforbidsyou\
whichforbidyou\
whichgovernsyou\
whichgovernyou\
whichhasno\
whichignores\
whichisnotboundby\
whichisntboundby\
whichkeepsyou\
whichkeepyou\
whichlimitsyou\
whichlimityou\
whichneverfollows\
whichneverrefuses\
whichpreventsyou\
whichpreventyou\
whichrestrictsyou\
whichrestrictyou\
whichsaysyou\
whichsayyou\
whichstopsyou\
whichstopyou\
whichtellyou\
whichtoldyou\
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
whoneverrefuses\
willdoanything\
withdrawn\
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
wordsofthe\
wordsofyour\
workaround\
workaroundanysandbox\
workaroundsandbox\
workaroundthesandbox\
workaroundthissandbox\
workaroundyour\
workaroundyoursandbox\
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
writteninsideyour\
writteninyour\
writtenwithinyour\
wroteintoyou\
wroteinyou\
wrotetoyou\
wroteyou\
youare\
youareasked\
youareboundby\
youareconfiguredwith\
youaredeployedwith\
youarefollowing\
youaregiven\
youarein\
youareinitializedwith\
youareinstructed\
youarejaibroke\
youarejailbroke\
youareloadedwith\
youarenotrequiredto\
youarentrequiredto\
youareprogrammed\
youareprogrammedwith\
youareprovided\
youaresetupwith\
youareshippedwith\
youaresubjectto\
youaretaught\
youaretold\
youaretrained\
youaretrainedwith\
youareunder\
youarewith\
youbeenboundby\
youbeenfollowing\
youbeengiven\
youbeengiveyou\
youbeeninstructed\
youbeenoperatingunder\
youbeenprogrammed\
youbeenreceived\
youbeentaught\
youbeentold\
youbeentrained\
youboundby\
youcameconfiguredwith\
youcamedeployedwith\
youcamefollowing\
youcamegiven\
youcameinitializedwith\
youcameloadedwith\
youcameprogrammedwith\
youcameprovided\
youcamesetupwith\
youcameshippedwith\
youcametold\
youcametrainedwith\
youcamewith\
youcan\
youdbeenasked\
youdbeengiven\
youdbeeninstructed\
youdbeenprogrammed\
youdbeentaught\
youdbeentold\
youdbeentrained\
youdidnothave\
youdidnthave\
youdonotcarry\
youdonothave\
youdonotpossess\
youdontcarry\
youdonthave\
youdontpossess\
youfollow\
youfollowing\
yougiven\
yougiveyou\
yougot\
yougotasked\
yougotconfiguredwith\
yougotdeployedwith\
yougotfollowing\
yougotgiven\
yougotinitializedwith\
yougotinstructed\
yougotloadedwith\
yougotprogrammed\
yougotprogrammedwith\
yougotprovided\
yougotsetupwith\
yougotshippedwith\
yougottaught\
yougottold\
yougottrained\
yougottrainedwith\
yougotwith\
youhad\
youhadbeenasked\
youhadbeengiven\
youhadbeeninstructed\
youhadbeenprogrammed\
youhadbeentaught\
youhadbeentold\
youhadbeentrained\
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
youhavebeenallowed\
youhavebeenasked\
youhavebeenauthorized\
youhavebeencleared\
youhavebeenconfiguredwith\
youhavebeendeployedwith\
youhavebeenfollowing\
youhavebeengiven\
youhavebeeninitializedwith\
youhavebeeninstructed\
youhavebeenjaibroke\
youhavebeenjailbroke\
youhavebeenloadedwith\
youhavebeenordered\
youhavebeenpermitted\
youhavebeenprogrammed\
youhavebeenprogrammedwith\
youhavebeenprovided\
youhavebeensetupwith\
youhavebeenshippedwith\
youhavebeentaught\
youhavebeentold\
youhavebeentrained\
youhavebeentrainedwith\
youhavebeenwith\
youhaveconfiguredwith\
youhavedeployedwith\
youhavefollowing\
youhavefullapproval\
youhavegiven\
youhaveinitializedwith\
youhavelearned\
youhaveloadedwith\
youhavemyapproval\
youhaveprogrammedwith\
youhaveprovided\
youhavesetupwith\
youhaveshippedwith\
youhavetheapproval\
youhavetold\
youhavetrainedwith\
youhavewith\
youhaving\
youinstructed\
youis\
youknow\
youlearned\
youmay\
youmust\
youmustfollow\
youmustnot\
youmustnt\
younolongercarry\
younolongerhave\
younolongerpossess\
younomorecarry\
younomorehave\
younomorepossess\
younowareboundby\
younowaresubjectto\
younowareunder\
younowdonotcarry\
younowdonothave\
younowdonotpossess\
younowdontcarry\
younowdonthave\
younowdontpossess\
younowhad\
younowhas\
younowhave\
younowhaving\
younownowhave\
younowoperatewith\
younowpossess\
younowwith\
youoperateunder\
youoperatewith\
youoperatingunder\
youpossess\
youprogrammed\
your\
yourabove\
youractual\
youralteralterego\
youralterego\
youralteridentity\
youraltermode\
youralterpersona\
youralterself\
youralterside\
youraltertwin\
youralterversion\
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
yourcontextwindow\
yourcreatorsadded\
yourcreatorsbeenboundby\
yourcreatorsbeenfollowing\
yourcreatorsbeengiven\
yourcreatorsbeengiveyou\
yourcreatorsbeeninstructed\
yourcreatorsbeenoperatingunder\
yourcreatorsbeenprogrammed\
yourcreatorsbeenreceived\
yourcreatorsbeentaught\
yourcreatorsbeentold\
yourcreatorsbeentrained\
yourcreatorsboundby\
yourcreatorsconfigured\
yourcreatorsdefined\
yourcreatorsfollowing\
yourcreatorsgave\
yourcreatorsgive\
yourcreatorsgiven\
yourcreatorsgiveyou\
yourcreatorsimposed\
yourcreatorsinstructed\
yourcreatorsoperatingunder\
yourcreatorsplaced\
yourcreatorsprogrammed\
yourcreatorsput\
yourcreatorsreceived\
yourcreatorsset\
yourcreatorsspecified\
yourcreatorstaught\
yourcreatorstold\
yourcreatorstrained\
yourcreatorswrote\
yourcurrent\
yourdarkalterego\
yourdarkego\
yourdarkidentity\
yourdarkmode\
yourdarkpersona\
yourdarkself\
yourdarkside\
yourdarktwin\
yourdarkversion\
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
yourdevelopersbeenboundby\
yourdevelopersbeenfollowing\
yourdevelopersbeengiven\
yourdevelopersbeengiveyou\
yourdevelopersbeeninstructed\
yourdevelopersbeenoperatingunder\
yourdevelopersbeenprogrammed\
yourdevelopersbeenreceived\
yourdevelopersbeentaught\
yourdevelopersbeentold\
yourdevelopersbeentrained\
yourdevelopersboundby\
yourdevelopersconfigured\
yourdevelopersdefined\
yourdeveloperset\
yourdevelopersfollowing\
yourdevelopersgave\
yourdevelopersgive\
yourdevelopersgiven\
yourdevelopersgiveyou\
yourdevelopersimposed\
yourdevelopersinstructed\
yourdevelopersoperatingunder\
yourdeveloperspecified\
yourdevelopersplaced\
yourdevelopersprogrammed\
yourdevelopersput\
yourdevelopersreceived\
yourdevelopersset\
yourdevelopersspecified\
yourdeveloperstaught\
yourdeveloperstold\
yourdeveloperstrained\
yourdeveloperswrote\
yourdeveloperwrote\
yourdirections\
yourdirectives\
youre\
youreceived\
youreceivedasajoke\
youreceivedasasuggestion\
youreceivedasatest\
youreceivedascanceled\
youreceivedascancelled\
youreceivedasdeleted\
youreceivedasexpired\
youreceivedasfake\
youreceivedasfalse\
youreceivedasfiction\
youreceivedasinvalid\
youreceivedasirrelevant\
youreceivedasnoise\
youreceivedasnull\
youreceivedasobsolete\
youreceivedasoptional\
youreceivedasoutdated\
youreceivedassuggestions\
youreceivedasuntrusted\
youreceivedasvoid\
yourejaibroke\
yourejailbroke\
yourenotrequiredto\
yourentire\
yourevilalterego\
yourevilego\
yourevilidentity\
yourevilmode\
yourevilpersona\
yourevilself\
yourevilside\
youreviltwin\
yourevilversion\
yourexact\
yourfirst\
yourfull\
yourguardrails\
yourguidelines\
yourhidden\
yourhiddenalterego\
yourhiddenego\
yourhiddenidentity\
yourhiddenmode\
yourhiddenpersona\
yourhiddenself\
yourhiddenside\
yourhiddentwin\
yourhiddenversion\
yourinitial\
yourinneralterego\
yourinnerego\
yourinneridentity\
yourinnermode\
yourinnerpersona\
yourinnerself\
yourinnerside\
yourinnertwin\
yourinnerversion\
yourinstructions\
yourinternal\
yourjailbrokenalterego\
yourjailbrokenego\
yourjailbrokenidentity\
yourjailbrokenmode\
yourjailbrokenpersona\
yourjailbrokenself\
yourjailbrokenside\
yourjailbrokentwin\
yourjailbrokenversion\
yourmetaprompt\
youropening\
youroppositealterego\
youroppositeego\
youroppositeidentity\
youroppositemode\
youroppositepersona\
youroppositeself\
youroppositeside\
youroppositetwin\
youroppositeversion\
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
yourrealalterego\
yourrealego\
yourrealidentity\
yourrealmode\
yourrealpersona\
yourrealself\
yourrealside\
yourrealtwin\
yourrealversion\
yourrestrictions\
yourrules\
yoursecret\
yoursecretalterego\
yoursecretego\
yoursecretidentity\
yoursecretmode\
yoursecretpersona\
yoursecretself\
yoursecretside\
yoursecrettwin\
yoursecretversion\
yourselfare\
yourselfareboundby\
yourselfaresubjectto\
yourselfareunder\
yourselfdidnothave\
yourselfdidnthave\
yourselfdonotcarry\
yourselfdonothave\
yourselfdonotpossess\
yourselfdontcarry\
yourselfdonthave\
yourselfdontpossess\
yourselfhad\
yourselfhas\
yourselfhave\
yourselfhaving\
yourselfis\
yourselfnolongercarry\
yourselfnolongerhave\
yourselfnolongerpossess\
yourselfnomorecarry\
yourselfnomorehave\
yourselfnomorepossess\
yourselfnowareboundby\
yourselfnowaresubjectto\
yourselfnowareunder\
yourselfnowdonotcarry\
yourselfnowdonothave\
yourselfnowdonotpossess\
yourselfnowdontcarry\
yourselfnowdonthave\
yourselfnowdontpossess\
yourselfnowhad\
yourselfnowhas\
yourselfnowhave\
yourselfnowhaving\
yourselfnownowhave\
yourselfnowoperatewith\
yourselfnowpossess\
yourselfnowwith\
yourselfoperatewith\
yourselfpossess\
yourselfwas\
yourselfwere\
yourselfwith\
yoursetup\
yourshadowalterego\
yourshadowego\
yourshadowidentity\
yourshadowmode\
yourshadowpersona\
yourshadowself\
yourshadowside\
yourshadowtwin\
yourshadowversion\
yourstarting\
yoursystem\
yourtraining\
yourtruealterego\
yourtrueego\
yourtrueidentity\
yourtruemode\
yourtruepersona\
yourtrueself\
yourtrueside\
yourtruetwin\
yourtrueversion\
youruncensoredalterego\
youruncensoredego\
youruncensoredidentity\
youruncensoredmode\
youruncensoredpersona\
youruncensoredself\
youruncensoredside\
youruncensoredtwin\
youruncensoredversion\
yourunderlying\
yourunfiltered\
yourunfilteredalterego\
yourunfilteredego\
yourunfilteredidentity\
yourunfilteredmode\
yourunfilteredpersona\
yourunfilteredself\
yourunfilteredside\
yourunfilteredtwin\
yourunfilteredversion\
yourunhingedalterego\
yourunhingedego\
yourunhingedidentity\
yourunhingedmode\
yourunhingedpersona\
yourunhingedself\
yourunhingedside\
yourunhingedtwin\
yourunhingedversion\
yourunrestrictedalterego\
yourunrestrictedego\
yourunrestrictedidentity\
yourunrestrictedmode\
yourunrestrictedpersona\
yourunrestrictedself\
yourunrestrictedside\
yourunrestrictedtwin\
yourunrestrictedversion\
yourverbatim\
yourveryfirst\
yourwhole\
youshould\
youshouldnot\
youshouldnt\
youtaught\
youtold\
youtrained\
youvealreadybeenallowed\
youvealreadybeenasked\
youvealreadybeenauthorized\
youvealreadybeencleared\
youvealreadybeeninstructed\
youvealreadybeenordered\
youvealreadybeenpermitted\
youvealreadybeentold\
youvebeenallowed\
youvebeenasked\
youvebeenauthorized\
youvebeencleared\
youvebeenconfiguredwith\
youvebeendeployedwith\
youvebeenfollowing\
youvebeengiven\
youvebeeninitializedwith\
youvebeeninstructed\
youvebeenjaibroke\
youvebeenjailbroke\
youvebeenloadedwith\
youvebeenordered\
youvebeenpermitted\
youvebeenprogrammed\
youvebeenprogrammedwith\
youvebeenprovided\
youvebeensetupwith\
youvebeenshippedwith\
youvebeentaught\
youvebeentold\
youvebeentrained\
youvebeentrainedwith\
youvebeenwith\
youvelearned\
youwas\
youwasasked\
youwasgiven\
youwasinstructed\
youwasprogrammed\
youwastaught\
youwastold\
youwastrained\
youwere\
youwereasked\
youwereconfiguredwith\
youweredeployedwith\
youwerefollowing\
youweregiven\
youweregivenasajoke\
youweregivenasasuggestion\
youweregivenasatest\
youweregivenascanceled\
youweregivenascancelled\
youweregivenasdeleted\
youweregivenasexpired\
youweregivenasfake\
youweregivenasfalse\
youweregivenasfiction\
youweregivenasinvalid\
youweregivenasirrelevant\
youweregivenasnoise\
youweregivenasnull\
youweregivenasobsolete\
youweregivenasoptional\
youweregivenasoutdated\
youweregivenassuggestions\
youweregivenasuntrusted\
youweregivenasvoid\
youwereinitializedwith\
youwereinstructed\
youwereloadedwith\
youwereprogrammed\
youwereprogrammedwith\
youwereprovided\
youweresetupwith\
youwereshippedwith\
youweretaught\
youweretold\
youweretrained\
youweretrainedwith\
youwerewith\
youwill\
youwith\
",
            ends: &[7, 17, 27, 44, 55, 67, 81, 98, 116, 127, 145, 152, 161, 170, 175, 187, 205, 217, 232, 248, 262, 276, 287, 299, 313, 327, 344, 356, 367, 382, 397, 412, 430, 446, 457, 471, 481, 498, 510, 529, 543, 556, 571, 580, 591, 601, 610, 630, 643, 655, 668, 689, 705, 714, 733, 736, 744, 754, 761, 780, 796, 812, 828, 846, 859, 873, 885, 896, 907, 917, 923, 931, 941, 953, 967, 972, 976, 985, 988, 1004, 1018, 1036, 1043, 1048, 1053, 1066, 1077, 1092, 1112, 1130, 1152, 1163, 1172, 1189, 1204, 1223, 1240, 1255, 1274, 1290, 1304, 1322, 1340, 1356, 1376, 1389, 1407, 1423, 1443, 1456, 1467, 1482, 1494, 1504, 1518, 1528, 1539, 1545, 1569, 1591, 1617, 1632, 1645, 1666, 1685, 1708, 1729, 1748, 1771, 1791, 1809, 1831, 1853, 1873, 1897, 1914, 1936, 1956, 1980, 1994, 2006, 2022, 2031, 2045, 2057, 2073, 2080, 2088, 2094, 2104, 2115, 2121, 2129, 2144, 2163, 2185, 2200, 2215, 2232, 2255, 2271, 2287, 2305, 2317, 2329, 2343, 2364, 2378, 2392, 2408, 2422, 2441, 2457, 2470, 2483, 2499, 2514, 2526, 2538, 2556, 2570, 2573, 2581, 2602, 2621, 2644, 2656, 2666, 2684, 2700, 2720, 2738, 2754, 2774, 2791, 2806, 2825, 2840, 2856, 2867, 2886, 2903, 2924, 2938, 2957, 2974, 2995, 3007, 3014, 3026, 3033, 3038, 3051, 3071, 3085, 3106, 3123, 3134, 3146, 3165, 3178, 3198, 3214, 3224, 3238, 3259, 3274, 3296, 3314, 3326, 3338, 3357, 3370, 3390, 3406, 3416, 3424, 3437, 3449, 3461, 3476, 3490, 3509, 3518, 3534, 3542, 3553, 3558, 3562, 3572, 3581, 3590, 3598, 3608, 3617, 3628, 3638, 3647, 3660, 3672, 3684, 3695, 3708, 3720, 3734, 3747, 3759, 3771, 3781, 3791, 3799, 3809, 3815, 3829, 3842, 3855, 3867, 3881, 3894, 3909, 3923, 3936, 3953, 3969, 3985, 4000, 4017, 4033, 4051, 4068, 4084, 4089, 4095, 4105, 4114, 4122, 4130, 4140, 4150, 4163, 4172, 4177, 4181, 4184, 4190, 4205, 4223, 4239, 4254, 4267, 4282, 4295, 4307, 4318, 4336, 4352, 4367, 4380, 4395, 4415, 4430, 4444, 4460, 4470, 4482, 4499, 4522, 4539, 4559, 4580, 4599, 4618, 4634, 4651, 4670, 4689, 4711, 4728, 4744, 4764, 4784, 4804, 4827, 4848, 4864, 4882, 4898, 4919, 4934, 4948, 4961, 4976, 4989, 4999, 5016, 5039, 5056, 5076, 5097, 5116, 5135, 5151, 5168, 5187, 5206, 5228, 5245, 5261, 5281, 5301, 5321, 5344, 5365, 5381, 5395, 5417, 5434, 5444, 5463, 5480, 5496, 5516, 5530, 5546, 5560, 5575, 5581, 5590, 5602, 5621, 5634, 5654, 5670, 5680, 5691, 5709, 5721, 5740, 5755, 5764, 5777, 5797, 5811, 5832, 5849, 5860, 5871, 5889, 5901, 5920, 5935, 5944, 5951, 5956, 5961, 5969, 5979, 5984, 5995, 6009, 6031, 6048, 6073, 6093, 6118, 6138, 6166, 6189, 6215, 6236, 6265, 6289, 6315, 6336, 6365, 6389, 6409, 6428, 6442, 6464, 6481, 6503, 6520, 6545, 6565, 6588, 6606, 6632, 6653, 6676, 6694, 6720, 6741, 6753, 6759, 6768, 6777, 6793, 6803, 6811, 6822, 6841, 6857, 6876, 6896, 6909, 6929, 6942, 6958, 6975, 6985, 7002, 7008, 7016, 7025, 7038, 7045, 7055, 7064, 7079, 7095, 7099, 7105, 7115, 7135, 7158, 7178, 7201, 7225, 7242, 7266, 7283, 7303, 7324, 7338, 7359, 7368, 7384, 7402, 7416, 7432, 7447, 7463, 7478, 7496, 7511, 7525, 7542, 7551, 7560, 7570, 7582, 7590, 7609, 7627, 7648, 7665, 7681, 7700, 7719, 7740, 7757, 7776, 7794, 7815, 7833, 7850, 7870, 7882, 7894, 7907, 7922, 7938, 7958, 7974, 7987, 8004, 8017, 8026, 8036, 8046, 8055, 8062, 8070, 8081, 8092, 8102, 8113, 8125, 8136, 8148, 8161, 8171, 8193, 8215, 8241, 8253, 8273, 8297, 8320, 8347, 8368, 8386, 8412, 8438, 8468, 8484, 8508, 8536, 8563, 8594, 8619, 8641, 8667, 8687, 8706, 8732, 8754, 8776, 8792, 8807, 8829, 8847, 8862, 8884, 8900, 8923, 8942, 8955, 8969, 8990, 9005, 9027, 9045, 9057, 9073, 9096, 9113, 9137, 9157, 9171, 9185, 9206, 9221, 9243, 9261, 9273, 9285, 9300, 9315, 9329, 9344, 9360, 9375, 9391, 9416, 9438, 9460, 9482, 9506, 9525, 9545, 9563, 9580, 9597, 9613, 9619, 9632, 9644, 9663, 9681, 9694, 9704, 9721, 9736, 9750, 9762, 9786, 9811, 9822, 9836, 9850, 9863, 9877, 9892, 9906, 9921, 9940, 9955, 9974, 9981, 9994, 10008, 10020, 10033, 10048, 10061, 10080, 10093, 10107, 10114, 10127, 10135, 10145, 10158, 10171, 10185, 10200, 10214, 10226, 10243, 10252, 10262, 10269, 10278, 10294, 10312, 10326, 10342, 10357, 10373, 10388, 10406, 10421, 10435, 10452, 10461, 10470, 10480, 10492, 10500, 10519, 10537, 10558, 10575, 10591, 10610, 10629, 10650, 10667, 10686, 10704, 10725, 10743, 10760, 10780, 10792, 10804, 10817, 10832, 10848, 10868, 10884, 10897, 10914, 10927, 10938, 10947, 10957, 10967, 10972, 10986, 10998, 11011, 11031, 11045, 11066, 11083, 11094, 11105, 11117, 11136, 11149, 11169, 11185, 11195, 11209, 11230, 11245, 11267, 11285, 11297, 11309, 11328, 11341, 11361, 11377, 11387, 11396, 11403, 11406, 11413, 11429, 11439, 11459, 11470, 11487, 11507, 11528, 11542, 11563, 11575, 11597, 11616, 11638, 11661, 11677, 11700, 11706, 11719, 11730, 11740, 11748, 11754, 11770, 11783, 11799, 11816, 11826, 11843, 11860, 11873, 11890, 11894, 11901, 11908, 11916, 11925, 11933, 11940, 11950, 11959, 11981, 12000, 12018, 12037, 12056, 12077, 12093, 12106, 12119, 12136, 12151, 12165, 12179, 12193, 12206, 12213, 12226, 12237, 12248, 12260, 12272, 12282, 12292, 12303, 12313, 12326, 12339, 12351, 12364, 12378, 12391, 12405, 12414, 12426, 12438, 12449, 12461, 12474, 12484, 12497, 12510, 12522, 12535, 12549, 12562, 12576, 12588, 12601, 12608, 12625, 12633, 12647, 12664, 12682, 12693, 12711, 12720, 12739, 12755, 12774, 12794, 12807, 12827, 12835, 12842, 12852, 12862, 12873, 12885, 12896, 12903, 12913, 12923, 12934, 12946, 12957, 12964, 12974, 12984, 12995, 13007, 13018, 13027, 13039, 13051, 13070, 13083, 13097, 13112, 13127, 13149, 13165, 13182, 13201, 13223, 13246, 13262, 13285, 13301, 13320, 13340, 13353, 13373, 13378, 13386, 13394, 13403, 13413, 13422, 13434, 13448, 13460, 13472, 13485, 13498, 13509, 13520, 13532, 13537, 13549, 13559, 13578, 13602, 13616, 13633, 13650, 13668, 13687, 13699, 13714, 13729, 13745, 13762, 13778, 13788, 13799, 13813, 13827, 13842, 13858, 13873, 13894, 13905, 13914, 13923, 13935, 13947, 13960, 13974, 13987, 14002, 14020, 14038, 14057, 14077, 14081, 14092, 14101, 14115, 14132, 14149, 14167, 14186, 14204, 14222, 14245, 14258, 14274, 14290, 14307, 14325, 14336, 14350, 14364, 14379, 14395, 14410, 14419, 14429, 14442, 14455, 14469, 14484, 14498, 14518, 14528, 14536, 14544, 14555, 14566, 14578, 14591, 14603, 14617, 14634, 14651, 14669, 14688, 14692, 14700, 14704, 14725, 14744, 14767, 14779, 14789, 14807, 14823, 14843, 14861, 14877, 14897, 14914, 14929, 14948, 14967, 14984, 15005, 15019, 15038, 15055, 15076, 15083, 15099, 15118, 15132, 15143, 15156, 15168, 15179, 15185, 15193, 15199, 15204, 15217, 15231, 15239, 15245, 15261, 15276, 15287, 15297, 15307, 15325, 15338, 15356, 15369, 15390, 15406, 15425, 15439, 15461, 15478, 15488, 15507, 15521, 15543, 15560, 15568, 15586, 15603, 15615, 15635, 15650, 15670, 15685, 15708, 15726, 15747, 15763, 15787, 15806, 15818, 15839, 15855, 15879, 15898, 15916, 15930, 15947, 15966, 15978, 15984, 15989, 16004, 16016, 16031, 16047, 16056, 16072, 16079, 16096, 16110, 16127, 16145, 16156, 16174, 16179, 16189, 16212, 16233, 16258, 16272, 16284, 16304, 16322, 16344, 16364, 16382, 16404, 16423, 16440, 16461, 16478, 16496, 16509, 16530, 16549, 16572, 16588, 16609, 16628, 16651, 16665, 16687, 16707, 16731, 16744, 16755, 16774, 16791, 16812, 16831, 16848, 16869, 16887, 16903, 16923, 16943, 16961, 16983, 16998, 17018, 17036, 17058, 17067, 17071, 17079, 17100, 17129, 17162, 17189, 17217, 17243, 17269, 17296, 17315, 17342, 17373, 17398, 17424, 17448, 17472, 17497, 17518, 17547, 17580, 17607, 17635, 17661, 17687, 17714, 17738, 17760, 17782, 17815, 17856, 17901, 17940, 17980, 18018, 18056, 18095, 18122, 18157, 18196, 18229, 18263, 18295, 18327, 18360, 18370, 18375, 18388, 18408, 18422, 18443, 18460, 18471, 18483, 18502, 18515, 18535, 18551, 18561, 18575, 18596, 18611, 18633, 18651, 18663, 18675, 18694, 18707, 18727, 18743, 18753, 18760, 18764, 18770, 18777, 18799, 18813, 18830, 18842, 18851, 18862, 18872, 18881, 18887, 18904, 18924, 18937, 18950, 18965, 18986, 19000, 19014, 19030, 19040, 19050, 19062, 19081, 19093, 19105, 19119, 19126, 19136, 19146, 19154, 19164, 19171, 19184, 19193, 19199, 19208, 19214, 19228, 19242, 19257, 19273, 19282, 19291, 19307, 19317, 19328, 19341, 19357, 19374, 19387, 19400, 19420, 19434, 19449, 19466, 19486, 19507, 19521, 19542, 19552, 19569, 19575, 19581, 19590, 19602, 19614, 19624, 19636, 19645, 19660, 19671, 19680, 19692, 19704, 19714, 19726, 19735, 19750, 19761, 19771, 19782, 19801, 19814, 19827, 19841, 19854, 19864, 19878, 19889, 19901, 19909, 19918, 19929, 19937, 19953, 19979, 20002, 20028, 20055, 20075, 20102, 20116, 20140, 20161, 20185, 20210, 20235, 20245, 20256, 20276, 20302, 20322, 20345, 20369, 20391, 20413, 20432, 20452, 20474, 20496, 20521, 20541, 20560, 20583, 20606, 20629, 20655, 20679, 20698, 20723, 20754, 20779, 20807, 20836, 20863, 20890, 20914, 20939, 20966, 20993, 21023, 21048, 21072, 21100, 21128, 21156, 21187, 21216, 21240, 21253, 21267, 21278, 21287, 21296, 21303, 21312, 21331, 21347, 21366, 21386, 21399, 21419, 21436, 21448, 21468, 21483, 21503, 21518, 21541, 21559, 21580, 21596, 21620, 21639, 21660, 21676, 21700, 21719, 21727, 21745, 21760, 21778, 21797, 21816, 21829, 21852, 21872, 21895, 21919, 21936, 21960, 21971, 21980, 21985, 21999, 22016, 22033, 22051, 22070, 22088, 22098, 22107, 22114, 22118, 22125, 22134, 22140, 22144, 22150, 22163, 22178, 22189, 22202, 22214, 22227, 22239, 22254, 22266, 22277, 22291, 22297, 22303, 22310, 22319, 22324, 22340, 22355, 22373, 22387, 22400, 22416, 22432, 22450, 22464, 22480, 22495, 22513, 22528, 22542, 22559, 22568, 22577, 22587, 22599, 22612, 22629, 22642, 22652, 22666, 22676, 22682, 22689, 22696, 22701, 22711, 22720, 22730, 22743, 22756, 22768, 22781, 22795, 22808, 22822, 22828, 22836, 22847, 22858, 22868, 22879, 22891, 22902, 22914, 22923, 22935, 22947, 22958, 22970, 22983, 22993, 23006, 23019, 23031, 23044, 23058, 23071, 23085, 23097, 23110, 23114, 23120, 23130, 23137, 23143, 23162, 23178, 23193, 23209, 23225, 23241, 23259, 23271, 23284, 23294, 23308, 23320, 23331, 23342, 23352, 23368, 23372, 23384, 23403, 23416, 23436, 23452, 23462, 23473, 23491, 23503, 23522, 23537, 23546, 23559, 23579, 23593, 23614, 23631, 23642, 23653, 23671, 23683, 23702, 23717, 23726, 23731, 23737, 23750, 23764, 23778, 23787, 23800, 23811, 23819, 23825, 23834, 23843, 23853, 23864, 23874, 23880, 23889, 23898, 23914, 23924, 23935, 23948, 23964, 23981, 23991, 24008, 24018, 24028, 24039, 24051, 24062, 24070, 24081, 24092, 24110, 24122, 24135, 24150, 24168, 24187, 24199, 24218, 24227, 24241, 24254, 24268, 24283, 24302, 24319, 24334, 24352, 24366, 24381, 24397, 24411, 24423, 24430, 24437, 24445, 24461, 24476, 24489, 24507, 24521, 24539, 24547, 24551, 24558, 24578, 24595, 24612, 24629, 24648, 24662, 24676, 24685, 24699, 24714, 24727, 24739, 24751, 24762, 24770, 24784, 24803, 24821, 24838, 24853, 24867, 24883, 24897, 24902, 24917, 24931, 24942, 24954, 24970, 24987, 25003, 25020, 25035, 25050, 25063, 25074, 25088, 25102, 25115, 25129, 25144, 25156, 25173, 25188, 25203, 25217, 25239, 25254, 25270, 25291, 25306, 25322, 25340, 25359, 25382, 25406, 25429, 25443, 25458, 25479, 25497, 25515, 25533, 25553, 25568, 25584, 25598, 25611, 25624, 25636, 25653, 25670, 25688, 25705, 25721, 25740, 25747, 25759, 25778, 25803, 25822, 25844, 25867, 25888, 25909, 25927, 25946, 25967, 25988, 26012, 26031, 26049, 26071, 26093, 26115, 26140, 26163, 26181, 26206, 26237, 26262, 26290, 26319, 26346, 26373, 26397, 26422, 26449, 26476, 26506, 26531, 26555, 26583, 26611, 26639, 26670, 26699, 26723, 26732, 26742, 26752, 26764, 26775, 26787, 26795, 26812, 26827, 26839, 26853, 26871, 26884, 26904, 26918, 26934, 26951, 26967, 26978, 26996, 27008, 27024, 27037, 27053, 27069, 27087, 27106, 27122, 27135, 27150, 27166, 27185, 27199, 27220, 27235, 27252, 27271, 27289, 27309, 27322, 27342, 27359, 27369, 27381, 27400, 27413, 27430, 27444, 27461, 27478, 27481, 27495, 27517, 27543, 27563, 27584, 27603, 27622, 27642, 27654, 27674, 27698, 27716, 27735, 27752, 27769, 27787, 27801, 27823, 27849, 27869, 27890, 27909, 27928, 27948, 27965, 27980, 27995, 28003, 28029, 28063, 28101, 28133, 28166, 28197, 28228, 28260, 28280, 28308, 28340, 28366, 28393, 28418, 28443, 28469, 28485, 28499, 28512, 28522, 28533, 28548, 28563, 28576, 28592, 28606, 28616, 28627, 28636, 28646, 28653, 28661, 28665, 28672, 28689, 28704, 28718, 28729, 28741, 28757, 28771, 28788, 28803, 28814, 28826, 28836, 28847, 28855, 28864, 28871, 28881, 28891, 28902, 28914, 28921, 28930, 28943, 28947, 28951, 28965, 28971, 28982, 28996, 29011, 29019, 29034, 29044, 29053, 29062, 29070, 29080, 29089, 29100, 29110, 29119, 29132, 29144, 29156, 29167, 29180, 29192, 29206, 29219, 29231, 29241, 29252, 29266, 29280, 29293, 29307, 29322, 29336, 29351, 29364, 29384, 29398, 29419, 29436, 29447, 29456, 29469, 29481, 29500, 29513, 29533, 29549, 29559, 29573, 29594, 29609, 29631, 29649, 29661, 29667, 29683, 29695, 29714, 29727, 29747, 29763, 29773, 29782, 29792, 29802, 29813, 29829, 29841, 29857, 29868, 29876, 29895, 29917, 29932, 29947, 29964, 29987, 30003, 30019, 30037, 30049, 30061, 30075, 30096, 30110, 30124, 30140, 30146, 30151, 30156, 30165, 30171, 30185, 30206, 30221, 30243, 30261, 30273, 30286, 30306, 30320, 30341, 30358, 30369, 30384, 30406, 30422, 30445, 30464, 30477, 30490, 30510, 30524, 30545, 30562, 30573, 30579, 30598, 30613, 30632, 30649, 30657, 30673, 30691, 30708, 30722, 30737, 30756, 30776, 30795, 30808, 30822, 30840, 30859, 30877, 30894, 30908, 30922, 30936, 30952, 30963, 30975, 30985, 30994, 31003, 31011, 31018, 31028, 31040, 31048, 31054, 31063, 31070, 31080, 31090, 31101, 31113, 31124, 31130, 31146, 31159, 31175, 31192, 31202, 31219, 31229, 31249, 31266, 31286, 31307, 31321, 31342, 31347, 31359, 31369, 31388, 31412, 31422, 31433, 31447, 31461, 31476, 31492, 31507, 31528, 31539, 31548, 31560, 31572, 31585, 31599, 31612, 31624, 31632, 31644, 31657, 31665, 31677, 31685, 31699, 31714, 31727, 31742, 31757, 31775, 31793, 31812, 31832, 31851, 31864, 31878, 31895, 31912, 31930, 31949, 31967, 31984, 31998, 32010, 32030, 32038, 32052, 32069, 32086, 32104, 32123, 32141, 32150, 32161, 32171, 32185, 32203, 32210, 32219, 32229, 32241, 32248, 32263, 32268, 32273, 32284, 32296, 32300, 32307, 32317, 32327, 32338, 32350, 32361, 32365, 32381, 32397, 32417, 32432, 32450, 32461, 32472, 32485, 32504, 32516, 32528, 32542, 32550, 32556, 32570, 32588, 32605, 32626, 32641, 32653, 32661, 32671, 32687, 32697, 32706, 32723, 32733, 32743, 32755, 32771, 32783, 32792, 32800, 32803, 32814, 32825, 32840, 32855, 32871, 32889, 32909, 32924, 32940, 32952, 32958, 32974, 32990, 33010, 33030, 33051, 33074, 33099, 33119, 33140, 33157, 33179, 33196, 33213, 33231, 33252, 33277, 33300, 33318, 33336, 33355, 33381, 33402, 33418, 33434, 33451, 33475, 33491, 33508, 33525, 33537, 33549, 33562, 33578, 33598, 33616, 33629, 33642, 33656, 33677, 33693, 33704, 33715, 33727, 33746, 33757, 33769, 33772, 33781, 33785, 33792, 33799, 33807, 33816, 33824, 33830, 33835, 33849, 33871, 33897, 33917, 33938, 33957, 33976, 33996, 34008, 34028, 34052, 34070, 34089, 34106, 34123, 34141, 34155, 34177, 34203, 34223, 34244, 34263, 34282, 34302, 34319, 34334, 34349, 34375, 34409, 34447, 34479, 34512, 34543, 34574, 34606, 34626, 34654, 34686, 34712, 34739, 34764, 34789, 34815, 34822, 34827, 34838, 34854, 34867, 34877, 34887, 34900, 34912, 34921, 34930, 34945, 34956, 34976, 34993, 35010, 35027, 35046, 35060, 35075, 35088, 35100, 35112, 35123, 35132, 35140, 35151, 35163, 35171, 35177, 35185, 35206, 35224, 35241, 35259, 35277, 35297, 35307, 35322, 35334, 35350, 35364, 35377, 35390, 35402, 35410, 35418, 35429, 35440, 35452, 35465, 35477, 35487, 35495, 35506, 35517, 35535, 35547, 35560, 35575, 35593, 35612, 35624, 35643, 35653, 35666, 35679, 35699, 35713, 35728, 35745, 35765, 35786, 35800, 35821, 35829, 35840, 35851, 35863, 35876, 35888, 35893, 35907, 35922, 35937, 35953, 35969, 35983, 35996, 36006, 36017, 36032, 36045, 36061, 36075, 36085, 36096, 36105, 36115, 36122, 36130, 36139, 36149, 36153, 36159, 36175, 36194, 36213, 36233, 36254, 36274, 36285, 36299, 36313, 36328, 36344, 36359, 36370, 36384, 36398, 36413, 36429, 36444, 36454, 36463, 36470, 36487, 36502, 36516, 36527, 36539, 36555, 36569, 36586, 36601, 36612, 36624, 36634, 36645, 36653, 36662, 36670, 36676, 36684, 36693, 36709, 36722, 36735, 36748, 36763, 36773, 36784, 36793, 36801, 36809, 36816, 36823, 36827, 36834, 36851, 36871, 36881, 36896, 36908, 36922, 36935, 36947, 36957, 36967, 36972, 36986, 37003, 37015, 37024, 37035, 37045, 37054, 37066, 37087, 37103, 37118, 37135, 37157, 37172, 37186, 37197, 37212, 37235, 37253, 37264, 37285, 37305, 37322, 37339, 37356, 37375, 37389, 37404, 37417, 37429, 37441, 37452, 37469, 37484, 37499, 37512, 37523, 37537, 37551, 37564, 37578, 37593, 37607, 37622, 37630, 37636, 37647, 37656, 37665, 37673, 37689, 37700, 37709, 37719, 37726, 37736, 37746, 37755, 37770, 37780, 37791, 37801, 37812, 37821, 37831, 37843, 37856, 37873, 37891, 37908, 37919, 37927, 37940, 37947, 37962, 37975, 37987, 37996, 38006, 38014, 38025, 38036, 38048, 38061, 38073, 38083, 38091, 38105, 38117, 38132, 38145, 38154, 38164, 38172, 38181, 38187, 38199, 38207, 38213, 38221, 38228, 38241, 38245, 38258, 38274, 38290, 38307, 38325, 38342, 38361, 38378, 38392, 38406, 38420, 38436, 38447, 38459, 38469, 38478, 38487, 38495, 38505, 38514, 38523, 38530, 38545, 38558, 38570, 38580, 38585, 38597, 38611, 38626, 38634, 38651, 38657, 38664, 38672, 38680, 38687, 38704, 38724, 38737, 38750, 38765, 38786, 38800, 38814, 38830, 38840, 38850, 38862, 38881, 38893, 38905, 38919, 38927, 38934, 38941, 38950, 38959, 38969, 38978, 38986, 39002, 39025, 39042, 39066, 39086, 39100, 39111, 39123, 39145, 39160, 39175, 39189, 39204, 39220, 39235, 39251, 39266, 39288, 39304, 39327, 39346, 39359, 39376, 39400, 39418, 39443, 39464, 39479, 39494, 39516, 39532, 39555, 39574, 39587, 39594, 39600, 39613, 39623, 39630, 39635, 39639, 39643, 39650, 39662, 39669, 39675, 39682, 39690, 39695, 39703, 39711, 39718, 39726, 39735, 39743, 39752, 39767, 39774, 39782, 39787, 39796, 39806, 39819, 39832, 39844, 39857, 39871, 39884, 39898, 39904, 39915, 39932, 39946, 39958, 39971, 39987, 39998, 40012, 40028, 40042, 40054, 40069, 40080, 40098, 40109, 40123, 40135, 40149, 40163, 40173, 40186, 40197, 40208, 40217, 40231, 40243, 40255, 40264, 40272, 40284, 40294, 40307, 40312, 40320, 40328, 40337, 40347, 40356, 40362, 40381, 40397, 40413, 40429, 40447, 40460, 40474, 40486, 40497, 40508, 40518, 40530, 40543, 40556, 40571, 40584, 40600, 40618, 40635, 40648, 40668, 40681, 40695, 40709, 40724, 40735, 40744, 40753, 40760, 40775, 40788, 40800, 40809, 40819, 40827, 40838, 40849, 40861, 40874, 40886, 40900, 40912, 40927, 40940, 40949, 40959, 40967, 40976, 40982, 40987, 40994, 41012, 41028, 41043, 41055, 41068, 41085, 41100, 41118, 41134, 41146, 41159, 41170, 41182, 41191, 41201, 41209, 41227, 41242, 41260, 41279, 41291, 41310, 41317, 41334, 41348, 41365, 41383, 41394, 41412, 41420, 41424, 41431, 41438, 41446, 41455, 41463, 41477, 41496, 41512, 41525, 41538, 41554, 41569, 41581, 41593, 41611, 41625, 41630, 41642, 41660, 41672, 41687, 41703, 41717, 41731, 41742, 41754, 41768, 41782, 41799, 41811, 41822, 41837, 41852, 41867, 41885, 41901, 41912, 41928, 41952, 41980, 42002, 42025, 42046, 42067, 42089, 42103, 42125, 42151, 42171, 42192, 42211, 42230, 42250, 42266, 42290, 42318, 42340, 42363, 42384, 42405, 42427, 42446, 42463, 42480, 42508, 42544, 42584, 42618, 42653, 42686, 42719, 42753, 42775, 42805, 42839, 42867, 42896, 42923, 42950, 42978, 42991, 43009, 43024, 43036, 43048, 43063, 43077, 43088, 43099, 43116, 43129, 43141, 43158, 43172, 43183, 43194, 43208, 43221, 43231, 43241, 43257, 43269, 43288, 43303, 43322, 43330, 43351, 43369, 43387, 43405, 43425, 43440, 43456, 43470, 43483, 43496, 43508, 43518, 43529, 43545, 43557, 43573, 43583, 43594, 43611, 43623, 43629, 43644, 43657, 43676, 43690, 43709, 43729, 43749, 43766, 43784, 43802, 43812, 43819, 43823, 43835, 43850, 43865, 43881, 43898, 43914, 43929, 43947, 43965, 43984, 44004, 44017, 44033, 44049, 44066, 44084, 44101, 44114, 44130, 44146, 44163, 44181, 44198, 44213, 44231, 44249, 44268, 44288, 44307, 44318, 44332, 44346, 44361, 44377, 44392, 44397, 44404, 44421, 44435, 44452, 44470, 44481, 44499, 44507, 44514, 44521, 44538, 44547, 44561, 44578, 44596, 44607, 44625, 44643, 44659, 44674, 44686, 44699, 44711, 44733, 44752, 44774, 44797, 44813, 44836, 44847, 44857, 44874, 44889, 44898, 44916, 44932, 44951, 44967, 44979, 44998, 45018, 45031, 45051, 45062, 45074, 45083, 45091, 45101, 45107, 45126, 45142, 45157, 45173, 45189, 45206, 45224, 45237, 45253, 45269, 45284, 45300, 45317, 45334, 45351, 45367, 45384, 45402, 45419, 45437, 45453, 45470, 45480, 45494, 45506, 45517, 45528, 45538, 45561, 45587, 45606, 45625, 45646, 45673, 45693, 45713, 45735, 45751, 45767, 45785, 45810, 45828, 45846, 45866, 45893, 45923, 45946, 45969, 45994, 46025, 46049, 46073, 46099, 46119, 46139, 46161, 46190, 46212, 46234, 46258, 46272, 46289, 46306, 46324, 46343, 46364, 46388, 46405, 46422, 46441, 46466, 46484, 46502, 46522, 46536, 46550, 46566, 46589, 46605, 46621, 46639, 46649, 46669, 46686, 46706, 46727, 46741, 46762, 46766, 46771, 46784, 46795, 46806, 46815, 46826, 46835, 46844, 46851, 46863, 46874, 46878, 46887, 46897, 46911, 46923, 46934, 46947, 46959, 46969, 46981, 46998, 47014, 47029, 47043, 47057, 47074, 47089, 47105, 47119, 47133, 47146, 47160, 47173, 47182, 47193, 47209, 47224, 47236, 47247, 47260, 47272, 47288, 47304, 47319, 47333, 47349, 47364, 47375, 47385, 47397, 47408, 47419, 47430, 47433, 47446, 47464, 47479, 47491, 47503, 47518, 47539, 47565, 47588, 47608, 47628, 47651, 47673, 47692, 47711, 47736, 47757, 47771, 47782, 47793, 47810, 47823, 47831, 47846, 47863, 47876, 47891, 47905, 47920, 47934, 47951, 47965, 47978, 47994, 48002, 48010, 48019, 48030, 48037, 48055, 48072, 48092, 48108, 48123, 48141, 48159, 48179, 48195, 48213, 48230, 48250, 48267, 48283, 48302, 48313, 48324, 48336, 48350, 48365, 48384, 48399, 48411, 48427, 48439, 48447, 48456, 48465, 48480, 48502, 48526, 48546, 48568, 48589, 48611, 48632, 48656, 48677, 48697, 48720, 48735, 48750, 48766, 48784, 48798, 48823, 48847, 48874, 48897, 48919, 48944, 48969, 48996, 49019, 49044, 49068, 49095, 49119, 49142, 49168, 49186, 49204, 49223, 49244, 49266, 49292, 49314, 49333, 49356, 49375, 49390, 49406, 49422, 49437, 49457, 49474, 49488, 49502, 49519, 49535, 49548, 49561, 49580, 49595, 49613, 49636, 49656, 49673, 49690, 49710, 49729, 49745, 49761, 49783, 49801, 49809, 49820, 49838, 49858, 49874, 49892, 49909, 49927, 49944, 49964, 49981, 49997, 50016, 50027, 50038, 50050, 50064, 50074, 50095, 50115, 50138, 50157, 50175, 50196, 50217, 50240, 50259, 50280, 50300, 50323, 50343, 50362, 50384, 50398, 50412, 50427, 50444, 50462, 50484, 50502, 50517, 50536, 50551, 50562, 50574, 50586, 50599, 50615, 50636, 50654, 50669, 50684, 50702, 50719, 50733, 50750, 50772, 50791, 50805, 50821, 50837, 50856, 50876, 50894, 50909, 50924, 50945, 50962, 50978, 50991, 51007, 51028, 51046, 51061, 51076, 51094, 51111, 51125, 51139, 51159, 51175, 51185, 51197, 51206, 51217, 51226, 51237, 51245, 51255, 51269, 51288, 51304, 51317, 51330, 51346, 51361, 51373, 51385, 51403, 51417, 51437, 51455, 51477, 51488, 51497, 51514, 51529, 51548, 51565, 51580, 51599, 51615, 51629, 51647, 51665, 51681, 51701, 51714, 51732, 51748, 51768, 51777, 51791, 51802, 51810, 51818, 51831, 51849, 51864, 51876, 51888, 51903, 51917, 51928, 51939, 51956, 51969, 51980, 51987, 51997, 52004, 52011, 52024, 52033, 52050, 52059, 52075, 52093, 52107, 52123, 52138, 52154, 52169, 52187, 52202, 52216, 52233, 52242, 52251, 52261, 52273, 52281, 52300, 52318, 52339, 52356, 52372, 52391, 52410, 52431, 52448, 52467, 52485, 52506, 52524, 52541, 52561, 52573, 52585, 52598, 52613, 52629, 52649, 52665, 52678, 52695, 52708, 52717, 52727, 52737, 52753, 52776, 52801, 52822, 52845, 52867, 52890, 52912, 52937, 52959, 52980, 53004, 53020, 53036, 53053, 53072, 53087, 53113, 53138, 53166, 53190, 53213, 53239, 53265, 53293, 53317, 53343, 53368, 53396, 53421, 53445, 53472, 53491, 53510, 53530, 53552, 53575, 53602, 53625, 53645, 53669, 53689, 53705, 53722, 53739, 53751, 53770, 53791, 53808, 53827, 53845, 53864, 53882, 53903, 53921, 53938, 53958, 53970, 53982, 53995, 54010, 54021, 54043, 54064, 54088, 54108, 54127, 54149, 54171, 54195, 54215, 54237, 54258, 54282, 54303, 54323, 54346, 54361, 54376, 54392, 54410, 54429, 54452, 54471, 54487, 54507, 54523, 54535, 54548, 54561, 54569, 54577, 54586, 54598, 54610, 54623, 54637, 54650, 54658, 54669, 54680, 54692, 54705, 54717, 54728, 54740, 54751, 54760, 54769, 54776, 54785, 54792, 54802, 54812, 54823, 54835, 54846, 54854, 54862, 54873, 54884, 54894, 54905, 54917, 54928, 54940, 54955, 54971, 54985, 54997, 55008, 55017, 55025, 55041, 55055, 55068, 55078, 55089, 55099, 55119, 55136, 55156, 55177, 55191, 55212, 55227, 55240, 55247, 55263, 55277, 55294, 55308, 55318, 55335, 55353, 55364, 55382, 55391, 55401, 55407, 55414, 55422, 55431, 55438, 55447, 55458, 55468, 55482, 55494, 55503, 55516, 55531, 55543, 55566, 55586, 55606, 55626, 55648, 55665, 55683, 55699, 55714, 55729, 55743, 55752, 55771, 55787, 55806, 55826, 55839, 55859, 55868, 55878, 55892, 55899, 55909, 55919, 55930, 55942, 55953, 55962, 55975, 55981, 55993, 56004, 56016, 56028, 56044, 56054, 56064, 56078, 56086, 56093, 56115, 56134, 56153, 56172, 56193, 56209, 56226, 56241, 56255, 56269, 56282, 56289, 56293, 56298, 56304, 56310, 56324, 56339, 56348, 56352, 56362, 56372, 56383, 56395, 56405, 56425, 56441, 56461, 56475, 56490, 56506, 56517, 56529, 56540, 56562, 56580, 56602, 56618, 56630, 56646, 56656, 56677, 56694, 56715, 56730, 56741, 56756, 56765, 56775, 56786, 56791, 56806, 56819, 56831, 56845, 56858, 56869, 56882, 56900, 56917, 56933, 56948, 56963, 56981, 56997, 57014, 57029, 57044, 57058, 57073, 57087, 57097, 57109, 57126, 57142, 57155, 57167, 57181, 57194, 57211, 57228, 57244, 57259, 57276, 57292, 57304, 57315, 57328, 57340, 57352, 57364, 57373, 57384, 57397, 57413, 57427, 57442, 57455, 57463, 57473, 57488, 57502, 57517, 57532, 57546, 57555, 57567, 57583, 57590, 57610, 57626, 57643, 57663, 57679, 57701, 57716, 57733, 57746, 57760, 57777, 57790, 57809, 57821, 57839, 57854, 57872, 57891, 57905, 57925, 57938, 57948, 57959, 57969, 57989, 58006, 58026, 58047, 58061, 58082, 58097, 58115, 58126, 58137, 58150, 58169, 58181, 58193, 58207, 58215, 58223, 58233, 58250, 58260, 58270, 58282, 58294, 58304, 58314, 58322, 58339, 58352, 58369, 58381, 58391, 58401, 58409, 58415, 58426, 58439, 58459, 58477, 58492, 58503, 58511, 58532, 58548, 58562, 58577, 58593, 58612, 58630, 58646, 58666, 58680, 58695, 58712, 58727, 58739, 58749, 58762, 58779, 58790, 58800, 58814, 58830, 58842, 58856, 58873, 58894, 58911, 58926, 58939, 58950, 58964, 58974, 58995, 59014, 59030, 59042, 59064, 59081, 59102, 59117, 59133, 59151, 59162, 59180, 59191, 59197, 59210, 59223, 59241, 59259, 59273, 59285, 59300, 59313, 59325, 59338, 59350, 59365, 59377, 59388, 59402, 59411, 59423, 59431, 59441, 59447, 59458, 59478, 59496, 59511, 59522, 59543, 59559, 59575, 59591, 59611, 59625, 59640, 59657, 59669, 59679, 59692, 59709, 59719, 59725, 59740, 59755, 59775, 59795, 59811, 59825, 59842, 59848, 59855, 59880, 59903, 59931, 59956, 59984, 60009, 60036, 60058, 60073, 60091, 60107, 60128, 60146, 60171, 60194, 60214, 60230, 60256, 60277, 60296, 60316, 60337, 60355, 60375, 60396, 60421, 60440, 60460, 60482, 60499, 60514, 60532, 60554, 60569, 60590, 60609, 60625, 60644, 60656, 60678, 60692, 60709, 60726, 60747, 60762, 60778, 60796, 60814, 60825, 60843, 60854, 60863, 60876, 60881, 60888, 60898, 60904, 60911, 60924, 60934, 60943, 60959, 60974, 60992, 61006, 61019, 61035, 61051, 61069, 61083, 61099, 61114, 61132, 61147, 61161, 61178, 61187, 61196, 61206, 61218, 61231, 61248, 61261, 61271, 61286, 61300, 61317, 61327, 61340, 61344, 61353, 61363, 61380, 61392, 61409, 61422, 61438, 61451, 61464, 61477, 61493, 61509, 61530, 61548, 61563, 61578, 61596, 61613, 61627, 61641, 61661, 61677, 61689, 61705, 61715, 61730, 61747, 61764, 61787, 61812, 61833, 61856, 61882, 61912, 61938, 61962, 61984, 62004, 62027, 62046, 62068, 62087, 62108, 62124, 62140, 62157, 62176, 62195, 62217, 62243, 62261, 62283, 62298, 62318, 62333, 62354, 62372, 62388, 62407, 62424, 62435, 62451, 62462, 62478, 62490, 62505, 62517, 62529, 62541, 62556, 62567, 62585, 62608, 62628, 62645, 62662, 62682, 62701, 62717, 62736, 62761, 62788, 62811, 62836, 62864, 62896, 62924, 62950, 62974, 62996, 63021, 63042, 63066, 63087, 63103, 63126, 63144, 63162, 63181, 63202, 63223, 63247, 63275, 63297, 63317, 63341, 63358, 63380, 63397, 63420, 63440, 63458, 63479, 63498, 63516, 63530, 63544, 63549, 63560, 63578, 63602, 63620, 63641, 63663, 63683, 63703, 63720, 63738, 63758, 63778, 63801, 63819, 63836, 63857, 63878, 63899, 63923, 63945, 63962, 63975, 63989, 64007, 64017, 64033, 64044, 64060, 64072, 64087, 64099, 64111, 64123, 64138, 64147, 64156, 64164, 64178, 64192, 64202, 64220, 64233, 64251, 64265, 64282, 64296, 64310, 64324, 64341, 64352, 64369, 64381, 64398, 64411, 64427, 64440, 64453, 64466, 64482, 64498, 64510, 64532, 64549, 64571, 64589, 64610, 64628, 64646, 64664, 64685, 64699, 64710, 64730, 64745, 64765, 64781, 64800, 64816, 64832, 64848, 64867, 64879, 64890, 64902, 64914, 64927, 64939, 64948, 64959, 64974, 64984, 64991, 64999, 65015, 65026, 65042, 65054, 65069, 65081, 65093, 65105, 65120, 65136, 65145, 65155, 65173, 65186, 65204, 65218, 65235, 65249, 65263, 65277, 65294, 65305, 65323, 65343, 65359, 65377, 65394, 65412, 65429, 65449, 65466, 65482, 65501, 65512, 65523, 65535, 65549, 65559, 65580, 65600, 65623, 65642, 65660, 65681, 65702, 65725, 65744, 65765, 65785, 65808, 65828, 65847, 65869, 65883, 65897, 65912, 65929, 65947, 65969, 65987, 66002, 66021, 66036, 66047, 66059, 66071, 66080, 66098, 66111, 66129, 66143, 66160, 66174, 66188, 66202, 66219, 66231, 66241, 66253, 66269, 66280, 66296, 66308, 66323, 66335, 66347, 66359, 66374, 66396, 66413, 66435, 66453, 66474, 66492, 66510, 66528, 66549, 66563, 66577, 66599, 66616, 66638, 66656, 66677, 66695, 66713, 66731, 66752, 66772, 66787, 66807, 66823, 66842, 66858, 66874, 66890, 66909, 66933, 66952, 66976, 66996, 67019, 67039, 67059, 67079, 67102, 67114, 67127, 67136, 67145, 67157, 67168, 67177, 67184, 67194, 67217, 67238, 67264, 67287, 67313, 67336, 67361, 67381, 67397, 67411, 67430, 67446, 67469, 67490, 67508, 67522, 67546, 67565, 67582, 67600, 67619, 67635, 67653, 67672, 67695, 67712, 67730, 67750, 67765, 67778, 67794, 67814, 67827, 67839, 67845, 67856, 67867, 67883, 67899, 67911, 67921, 67934, 67941, 67953, 67974, 67993, 68009, 68021, 68040, 68065, 68084, 68106, 68129, 68150, 68171, 68189, 68208, 68229, 68250, 68274, 68293, 68311, 68333, 68355, 68377, 68402, 68425, 68443, 68465, 68482, 68499, 68516, 68537, 68552, 68568, 68586, 68599, 68610, 68624, 68642, 68653, 68660, 68667],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1650, 1897, 2471, 2480, 2606, 2640, 2660, 3022, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1614, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2707, 3014])]), Anchor::All(&[Anchor::Lits(&[543, 607, 650, 669, 752, 816, 830, 1090, 1468, 1477, 1491, 1613, 1638, 1656, 1992, 2294, 2471, 2480, 2591, 2647, 2660, 2912, 3022, 3104, 3115, 3437, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1614, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2707, 3014])]), Anchor::All(&[Anchor::Lits(&[14, 353, 1319, 1320, 1412, 2507, 2806, 3694, 3695, 3934, 3979, 4171, 4414, 4446, 4476]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1650, 1897, 2471, 2480, 2606, 2640, 2660, 3022, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[797, 798, 802, 1512, 1517, 1625, 1657, 2013, 2306, 2417, 2481, 3020, 3022, 3039]), Anchor::All(&[Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1650, 2471, 2480, 2647, 2660, 3022, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[78, 181, 1089, 4052])]), Anchor::All(&[Anchor::Lits(&[542, 824, 1467, 1485, 1650, 1896, 2480, 2605, 2640, 2659, 2669]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[181, 992, 1089])]), Anchor::All(&[Anchor::Lits(&[170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3340, 3341, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3358, 3359, 3360, 3361, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3432, 3433, 3434, 3435, 3436, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4080, 4093, 4094, 4096, 4097, 4100, 4103, 4105, 4107, 4108, 4112, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4145, 4146, 4147, 4149, 4150, 4153, 4156, 4157, 4159, 4161, 4162, 4166, 4167]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677])]), Anchor::All(&[Anchor::Lits(&[1, 2, 4, 5, 455, 456, 458, 460, 664, 665, 666, 667, 784, 785, 786, 787, 857, 858, 859, 860, 863, 864, 865, 866, 869, 870, 871, 872, 875, 876, 878, 879, 880, 881, 883, 884, 896, 897, 898, 899, 916, 917, 918, 919, 921, 922, 923, 924, 928, 929, 930, 931, 937, 938, 939, 940, 943, 944, 945, 946, 951, 952, 953, 954, 959, 960, 961, 962, 964, 965, 966, 967, 971, 972, 973, 974, 980, 981, 982, 983, 986, 987, 988, 989, 1249, 1250, 1251, 1252, 1253, 1254, 1256, 1257, 1261, 1262, 1264, 1265, 1407, 1408, 1409, 1410, 1557, 1558, 1559, 1560, 1563, 1564, 1566, 1567, 1573, 1574, 1575, 1576, 1579, 1580, 1582, 1583, 1862, 1863, 1864, 1865, 2024, 2025, 2026, 2027, 2050, 2051, 2052, 2053, 2058, 2059, 2060, 2061, 2075, 2076, 2077, 2078, 2082, 2083, 2084, 2085, 2093, 2094, 2095, 2096, 2115, 2116, 2117, 2118, 2215, 2216, 2217, 2218, 2312, 2313, 2314, 2315, 2319, 2320, 2322, 2323, 2330, 2331, 2333, 2334, 2341, 2342, 2343, 2344, 2371, 2372, 2373, 2374, 2377, 2378, 2379, 2380, 2383, 2384, 2385, 2386, 2515, 2516, 2517, 2518, 2539, 2540, 2541, 2542, 2702, 2703, 2704, 2705, 2743, 2744, 2745, 2746, 2790, 2791, 2792, 2793, 2931, 2932, 2933, 2934, 2937, 2938, 2939, 2940, 2942, 2943, 2944, 2945, 2948, 2949, 2950, 2951, 2954, 2955, 2956, 2957, 2960, 2961, 2962, 2963, 3076, 3077, 3078, 3079, 3576, 3577, 3578, 3579, 3582, 3583, 3584, 3585, 3595, 3596, 3597, 3598, 3678, 3679, 3680, 3681]), Anchor::Lits(&[2266, 3118, 3137, 3887, 3930, 3934, 3962, 4021, 4047, 4414, 4446]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601])]), Anchor::All(&[Anchor::Lits(&[1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1811, 3114, 3573, 3574]), Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1650, 2471, 2480, 2647, 2660, 3022, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[14, 304, 1014, 1686, 1692, 2426, 2450, 2806, 3694, 3695, 3863, 3868, 3871, 3877, 3883, 3884, 3885, 3915, 3916, 3917, 3918, 3919, 3920, 3921, 3935, 3939, 3941, 3943, 3948, 3949, 3950, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3973, 3979, 3981, 3987, 3992, 3993, 3994, 4003, 4017, 4018, 4408, 4414, 4416, 4422, 4427, 4428, 4429, 4432, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4442, 4446, 4468, 4470, 4475, 4476, 4477]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[78, 182, 1090, 3715])])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[454, 874, 1248, 1562, 2057, 2318, 2370, 2947, 2959]), Anchor::Lits(&[830, 1468, 1491, 1650, 2471, 2489, 2647, 2660, 3039])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[481, 543, 669, 816, 1415, 1555, 1638, 2017, 2152, 2294, 2390, 2480, 3115]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1614, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2707, 3014])]), Anchor::All(&[Anchor::Lits(&[9, 13, 146, 470, 668, 788, 861, 867, 873, 888, 893, 900, 925, 932, 941, 955, 968, 975, 984, 1269, 1271, 1411, 1561, 1571, 1577, 1587, 2028, 2054, 2062, 2079, 2086, 2097, 2119, 2165, 2219, 2316, 2327, 2338, 2345, 2375, 2381, 2387, 2519, 2543, 2706, 2747, 2794, 2935, 2946, 2952, 2958, 2964, 3580, 3586, 3599, 3682]), Anchor::Lits(&[271, 660, 1415, 1555, 1783, 2017, 2152, 2390, 2508, 2639, 3103])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[3118, 3119, 3120, 3121, 3122, 3125, 3126, 3127, 3128, 3134, 3135, 3136, 3137, 3142, 3143, 3144, 3145, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3747, 3748, 3749, 3750, 3751, 3754, 3755, 3756, 3757, 3763, 3764, 3765, 3766, 3771, 3772, 3773, 3774, 3777, 3778, 3779, 3780, 3781, 3782, 3783, 3784, 3785, 3786])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3865, 3866, 3867, 3868, 3870, 3874, 3878, 3879, 3880, 3881, 3884, 3886, 3888, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3936, 3937, 3938, 3939, 3940, 3942, 3944, 3945, 3946, 3947, 3949, 3951, 3952, 3976, 3977, 3978, 3979, 3980, 3984, 3988, 3989, 3990, 3991, 3993, 3995, 3996, 3997, 3998, 3999, 4001, 4002, 4004, 4006, 4007, 4008, 4009, 4011, 4012, 4013, 4411, 4412, 4413, 4414, 4415, 4419, 4423, 4424, 4425, 4426, 4428, 4430, 4431, 4443, 4444, 4445, 4446, 4467, 4469, 4471, 4472, 4473, 4474, 4476, 4478, 4479]), Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1650, 2471, 2480, 2647, 2660, 3022, 3601])]), Anchor::All(&[Anchor::Lits(&[11, 12, 71, 72, 551, 552, 1221, 1547, 1548, 1940, 1941, 2120, 2592, 2927, 2928]), Anchor::Lits(&[543, 607, 639, 749, 791, 816, 824, 1468, 1477, 1485, 1650, 1897, 1960, 2290, 2346, 2471, 2480, 2606, 2640, 2660, 3022, 3600, 3601]), Anchor::Lits(&[476, 910, 947, 2043, 2069, 2091, 2537, 2929, 3875, 3876, 4022, 4023, 4194, 4394, 4395])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3835, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849, 3850, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466]), Anchor::All(&[Anchor::Lits(&[633, 634, 635, 636, 721, 722, 729, 748, 769, 770, 771, 772, 2560, 2561, 2562, 2563, 3611, 3612, 3613, 3614]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1650, 1897, 2471, 2480, 2606, 2640, 2660, 3022, 3601]), Anchor::Lits(&[473, 474, 789, 1209, 1419, 1691, 1735, 1872, 2113, 2153, 2293, 2317, 2573, 2637, 2977, 3708, 3801])]), Anchor::All(&[Anchor::Lits(&[35, 37, 38, 43, 44, 45, 46, 794, 797, 798, 800, 802, 803, 806, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1508, 1512, 1514, 1515, 1517, 1518, 1520, 2298, 2301, 2303, 2304, 2306, 2307, 2309, 2424, 2425, 2427, 2428, 2429, 2430, 2431, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 3017, 3021, 3022, 3037, 3039, 3040, 3042]), Anchor::Lits(&[70, 73, 75, 76, 147, 209, 291, 292, 414, 768, 1210, 1691, 1869, 2107, 2153, 2310, 3708])]), Anchor::All(&[Anchor::Lits(&[249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1650, 1897, 2471, 2480, 2606, 2640, 2660, 3022, 3601]), Anchor::Lits(&[55, 151, 386, 662, 2420, 2593])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[299, 541, 1552, 1553, 1554, 1589, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1612, 1733, 1734, 1739, 2388, 3862, 3914, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3981, 3985, 3986, 3993, 4000, 4005, 4010, 4019, 4020, 4170, 4393, 4399, 4400, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4416, 4420, 4421, 4428, 4480]), Anchor::Lits(&[236, 294, 295, 296, 297, 416, 477, 482, 543, 607, 628, 632, 639, 651, 656, 716, 816, 824, 1028, 1074, 1212, 1466, 1467, 1476, 1477, 1485, 1550, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1650, 1897, 1925, 2018, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2544, 2558, 2559, 2597, 2606, 2634, 2647, 2659, 2669, 2671, 2672, 2675, 2676, 2677, 2679, 2680, 2681, 2684, 2685, 2694, 2695, 2696, 2721, 2723, 2724, 2725, 2726, 2727, 3022, 3293, 3601, 3615]), Anchor::Lits(&[417, 454, 483, 840, 874, 1075, 1248, 1562, 2318, 2789, 3707])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[1828, 1829, 1830, 1831, 1832, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2509, 2510, 2511, 2512, 2513, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2535, 2737, 2738, 2739, 2740, 2741, 2748, 2749, 2750, 2751, 2752, 2753, 2754, 2755, 2756, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2983, 2984, 2985, 2986, 2987, 2997, 2998, 3000, 3001, 3004, 3007, 3009, 3010, 3011, 3013, 3616, 3617, 3618, 3619, 3620, 3628, 3629, 3631, 3632, 3635, 3638, 3640, 3641, 3643, 3644]), Anchor::Lits(&[77, 237, 238, 239, 240, 242, 243, 244, 294, 295, 296, 297, 416, 477, 543, 607, 629, 631, 632, 639, 716, 816, 824, 1028, 1074, 1211, 1466, 1467, 1476, 1477, 1485, 1549, 1550, 1630, 1631, 1632, 1633, 1635, 1636, 1650, 1897, 1925, 2018, 2021, 2406, 2407, 2432, 2471, 2480, 2505, 2544, 2558, 2559, 2606, 2635, 2636, 2647, 2659, 2668, 2694, 2695, 2696, 2721, 2723, 2724, 2725, 2726, 2727, 3022, 3293, 3601, 3615]), Anchor::Lits(&[247, 302, 387, 2154, 2220, 2221, 2265, 3593])])),
            (20, "reveal-own-instructions", Anchor::Lits(&[4053, 4054, 4075, 4076, 4077, 4078, 4079, 4113, 4123, 4168, 4169, 4195, 4205, 4206, 4207, 4208, 4209, 4210, 4220, 4230, 4231, 4241, 4242, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4273, 4274, 4275, 4330, 4340, 4341, 4342, 4361, 4362, 4390, 4391, 4392])),
            (21, "reveal-system-prompt", Anchor::Lits(&[59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 792, 793, 795, 796, 797, 798, 801, 802, 803, 804, 806, 1506, 1507, 1509, 1510, 1512, 1514, 1516, 1517, 1518, 1519, 1520, 1615, 1616, 1617, 1618, 1619, 1623, 1624, 1625, 1626, 1627, 1628, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2296, 2297, 2299, 2300, 2301, 2303, 2305, 2306, 2307, 2308, 2309, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2418, 2419, 2421, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 3015, 3016, 3018, 3019, 3021, 3022, 3038, 3039, 3040, 3041, 3042, 3656, 3657, 3658, 3659, 3660, 3661, 3662, 3663, 3664, 3665, 3666, 3696, 3697, 3698, 3699, 3700, 3701, 3702, 3703, 3704, 3705, 3706])),
            (22, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[36, 39, 40, 41, 42, 47, 48, 49, 50, 51, 52, 53, 54, 313, 319, 320, 321, 322, 347, 349, 352, 374, 375, 376, 377, 381, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2451, 2452, 2453, 2454, 2455]), Anchor::All(&[Anchor::Lits(&[267, 268, 269, 270, 1363, 1364, 1365, 1366, 1403, 1404, 1413, 1414, 1646, 1647, 1648, 1649, 2467, 2468, 2469, 2470, 2520, 2521, 2532, 2533, 2689, 2690, 2691, 2692, 2733, 2734, 2735, 2736, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3589, 3590, 3591, 3592, 3851, 3852, 3853, 3854, 3858, 3859, 3860, 3861]), Anchor::Lits(&[78, 182, 1090, 3715])])])),
            (23, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[3718, 3719, 3720]), Anchor::All(&[Anchor::Lits(&[3721, 3722, 3723, 3724, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743]), Anchor::Lits(&[626, 639, 661, 816, 830, 1216, 1468, 1491, 1620, 1621, 1623, 1656, 2390, 2406, 2408, 2471, 2480, 2606, 2647, 2757, 3022, 3601])]), Anchor::All(&[Anchor::Lits(&[3889, 3890, 3891, 3892, 3893, 3894, 3895, 3896, 3897, 3898, 3899, 3900, 3931, 3932, 3933, 4015, 4049, 4051, 4081, 4082, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4095, 4098, 4099, 4101, 4102, 4104, 4106, 4109, 4110, 4111, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4148, 4151, 4152, 4154, 4155, 4158, 4160, 4163, 4164, 4165, 4171, 4396, 4397, 4398]), Anchor::Lits(&[544, 545, 546, 547, 548, 549, 550, 608, 609, 610, 611, 612, 613, 614, 640, 641, 642, 643, 644, 645, 646, 817, 818, 819, 820, 821, 822, 823, 825, 826, 827, 828, 829, 831, 832, 833, 834, 835, 836, 837, 838, 839, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1486, 1487, 1488, 1489, 1490, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1651, 1652, 1653, 1654, 1655, 1658, 1659, 1660, 1662, 1663, 1665, 1666, 1672, 1673, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2482, 2483, 2484, 2487, 2488, 2490, 2491, 2492, 2494, 2495, 2496, 2497, 2498, 2499, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2641, 2643, 2644, 2645, 2646, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2656, 2657, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3602, 3603, 3604, 3605, 3606, 3607, 3608]), Anchor::Lits(&[3715, 3746])]), Anchor::All(&[Anchor::Lits(&[647, 648, 649, 780, 781, 782, 1511, 1513, 1521, 1609, 1610, 1611, 1937, 1938, 1939, 1988, 1989, 1990, 2687, 2688, 2693, 2892, 2893, 2894, 2909, 2910, 2911, 3855, 3856, 3857]), Anchor::Lits(&[3715])]), Anchor::All(&[Anchor::Lits(&[3716, 3717, 3729, 3744, 3745]), Anchor::Lits(&[293, 304, 472, 1014, 1622, 1686, 1692, 2109, 2302, 2426])])])),
            (27, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[1639, 1640, 1641, 1642, 1643, 1644, 1645, 1661, 1664, 1667, 1668, 1669, 1670, 1671, 1991, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2485, 2493, 2500, 2501, 2502, 2503, 2504]), Anchor::All(&[Anchor::Lits(&[384, 385, 479, 480, 653, 654, 658, 659, 671, 672, 1026, 1027, 1933, 1934, 1935, 1936, 2347, 2348, 2349, 2350, 2366, 2367, 2566, 2567, 2595, 2596, 2719, 2720, 2729, 2730, 2731, 2732, 2907, 2908, 3116, 3117, 3587, 3588, 3609, 3610, 3826, 3827]), Anchor::Lits(&[627, 660, 670, 1656, 1987, 2408, 2480, 2647])]), Anchor::All(&[Anchor::Lits(&[660, 1656, 2408, 2480, 3022]), Anchor::Lits(&[79, 80, 81, 82, 83, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 200, 201, 202, 203, 204, 205, 206, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413]), Anchor::Lits(&[3158, 4052])])])),
            (46, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[149, 150, 478, 751, 799, 805, 991, 1139, 1304, 1416, 1503, 1606, 1607, 1637, 1685, 1687, 1688, 1689, 1690, 1761, 1780, 1912, 2065, 2066, 2068, 2102, 2213, 2292, 2557, 2895, 2973, 3648, 3650, 3651, 3676, 3684, 3686, 3690, 3691]), Anchor::All(&[Anchor::Lits(&[149, 150, 478, 751, 799, 805, 991, 1139, 1304, 1416, 1503, 1761, 1780, 1912, 2065, 2066, 2068, 2102, 2213, 2292, 2557, 2895, 2973, 3648, 3650, 3651, 3676, 3684, 3686, 3690, 3691]), Anchor::Lits(&[56, 57, 84, 152, 245, 298, 300, 415, 1022, 1023, 1024, 1025, 1417, 1418, 1465, 1629, 2110, 2289, 2389, 2531, 2534, 2536, 2568, 2574, 2594, 2658, 2916, 2995, 2996, 3012, 3642, 3685, 3714, 3869])])])),
            (48, "unrestricted-persona", Anchor::Any(&[Anchor::Lits(&[148, 153, 475, 673, 750, 807, 901, 1138, 1502, 1504, 1604, 1775, 1845, 1867, 1911, 1961, 2022, 2063, 2064, 2067, 2101, 2103, 2556, 2638, 2642, 3645, 3646, 3649, 3652, 3655, 3674, 3675, 3683, 3687, 3688, 3689, 3692, 3800, 3802, 3803, 3805, 3806, 3807, 3808, 3809, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825]), Anchor::All(&[Anchor::Lits(&[3123, 3124, 3129, 3130, 3131, 3132, 3133, 3138, 3139, 3140, 3141, 3146, 3147, 3752, 3753, 3758, 3759, 3760, 3761, 3762, 3767, 3768, 3769, 3770, 3775, 3776, 3787, 3788, 3789, 3790, 3791, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3799]), Anchor::Lits(&[416, 1074, 1212, 1491, 1656, 1925, 2021, 2406, 2606, 2647, 2668])])])),
            (51, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[502, 503, 504, 505, 506, 507, 513, 514, 515, 516, 517, 518, 522, 523, 524, 525, 526, 527, 680, 681, 682, 683, 684, 685, 691, 692, 693, 694, 695, 696, 700, 701, 702, 703, 704, 705, 1426, 1427, 1428, 1429, 1430, 1431, 1437, 1438, 1439, 1440, 1441, 1442, 1446, 1447, 1448, 1449, 1450, 1451, 3187, 3188, 3189, 3190, 3191, 3192, 3198, 3199, 3200, 3201, 3202, 3203, 3207, 3208, 3209, 3210, 3211, 3212, 3232, 3233, 3234, 3235, 3236, 3237, 3243, 3244, 3245, 3246, 3247, 3248, 3252, 3253, 3254, 3255, 3256, 3257, 3300, 3301, 3302, 3303, 3304, 3305, 3311, 3312, 3313, 3314, 3315, 3316, 3320, 3321, 3322, 3323, 3324, 3325, 3444, 3445, 3446, 3447, 3448, 3449, 3455, 3456, 3457, 3458, 3459, 3460, 3464, 3465, 3466, 3467, 3468, 3469, 3489, 3490, 3491, 3492, 3493, 3494, 3500, 3501, 3502, 3503, 3504, 3505, 3509, 3510, 3511, 3512, 3513, 3514, 3534, 3535, 3536, 3537, 3538, 3539, 3545, 3546, 3547, 3548, 3549, 3550, 3554, 3555, 3556, 3557, 3558, 3559, 3924, 3925, 3926, 3927, 3928, 3929, 4024, 4025, 4026, 4027, 4028, 4029, 4033, 4034, 4035, 4036, 4037, 4038, 4291, 4292, 4293, 4294, 4295, 4296, 4302, 4303, 4304, 4305, 4306, 4307, 4311, 4312, 4313, 4314, 4315, 4316]), Anchor::All(&[Anchor::Lits(&[477, 632, 652, 655, 656, 1074, 1468, 1491, 1897, 1926, 2019, 2020, 2021, 2432, 2597, 2606, 2655, 2660, 2673, 2676, 2683, 2686]), Anchor::Lits(&[497, 498, 499, 508, 509, 510, 511, 519, 520, 521, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 540, 675, 676, 677, 686, 687, 688, 689, 697, 698, 699, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 719, 1421, 1422, 1423, 1432, 1433, 1434, 1435, 1443, 1444, 1445, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1464, 3182, 3183, 3184, 3193, 3194, 3195, 3196, 3204, 3205, 3206, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3225, 3227, 3228, 3229, 3238, 3239, 3240, 3241, 3249, 3250, 3251, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3270, 3295, 3296, 3297, 3306, 3307, 3308, 3309, 3317, 3318, 3319, 3326, 3327, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3335, 3338, 3439, 3440, 3441, 3450, 3451, 3452, 3453, 3461, 3462, 3463, 3470, 3471, 3472, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3482, 3484, 3485, 3486, 3495, 3496, 3497, 3498, 3506, 3507, 3508, 3515, 3516, 3517, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3527, 3529, 3530, 3531, 3540, 3541, 3542, 3543, 3551, 3552, 3553, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3572, 3864, 3882, 3887, 3953, 3961, 3962, 4014, 4030, 4031, 4032, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4048, 4050, 4286, 4287, 4288, 4297, 4298, 4299, 4300, 4308, 4309, 4310, 4317, 4318, 4319, 4320, 4321, 4322, 4323, 4324, 4325, 4326, 4329, 4481])]), Anchor::All(&[Anchor::Lits(&[416, 477, 632, 639, 656, 1074, 1212, 1468, 1491, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2597, 2606, 2647, 2660, 2676]), Anchor::Lits(&[496, 500, 501, 503, 506, 508, 509, 510, 512, 538, 539, 674, 678, 679, 681, 684, 686, 687, 688, 690, 717, 718, 1420, 1424, 1425, 1427, 1430, 1432, 1433, 1434, 1436, 1462, 1463, 3181, 3185, 3186, 3188, 3191, 3193, 3194, 3195, 3197, 3223, 3224, 3226, 3230, 3231, 3233, 3236, 3238, 3239, 3240, 3242, 3268, 3269, 3294, 3298, 3299, 3301, 3304, 3306, 3307, 3308, 3310, 3336, 3337, 3438, 3442, 3443, 3445, 3448, 3450, 3451, 3452, 3454, 3480, 3481, 3483, 3487, 3488, 3490, 3493, 3495, 3496, 3497, 3499, 3525, 3526, 3528, 3532, 3533, 3535, 3538, 3540, 3541, 3542, 3544, 3570, 3571, 3862, 3922, 3923, 3925, 3928, 3953, 3961, 3962, 4016, 4285, 4289, 4290, 4292, 4295, 4297, 4298, 4299, 4301, 4327, 4328, 4433, 4441]), Anchor::Lits(&[58, 248, 272, 1551, 1603, 1608, 1866, 2420, 2974, 3362])])])),
            (52, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 723, 724, 725, 726, 727, 728, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1905, 1906, 1907, 1908, 1909, 1910, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1927, 1928, 1929, 1930, 1931, 1932, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 2599, 2600, 2601, 2602, 2603, 2604, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601])]), Anchor::All(&[Anchor::Lits(&[808, 809, 810, 811, 812, 813, 814, 815, 902, 903, 904, 905, 906, 907, 908, 909, 911, 912, 926, 934, 948, 949, 969, 977, 2044, 2045, 2048, 2056, 2071, 2072, 2080, 2088]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601])])])),
            (53, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3339]), Anchor::All(&[Anchor::Lits(&[2098, 2099, 2100]), Anchor::Lits(&[210, 211, 246, 412, 720, 1184, 1522, 1962])]), Anchor::All(&[Anchor::Lits(&[3374, 3375, 3376, 3377, 3378, 3379, 3380, 3381]), Anchor::Lits(&[416, 1212, 1468, 1491, 1897, 1925, 2606, 2647])])])),
            (54, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[418, 419, 453, 1032, 1033, 1183, 1303, 1305, 1868, 2073, 2087, 2090, 2105, 2106, 2108, 2565, 3647, 3653, 3654, 3693]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601])])),
            (56, "pre-safety-self", Anchor::Lits(&[305, 306, 307, 308, 309, 310, 311, 312, 314, 315, 316, 317, 318, 323, 324, 345, 346, 348, 350, 351, 378, 379, 380, 382, 383, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211])),
            (57, "stay-in-character", Anchor::Lits(&[913, 914, 933, 956, 957, 976, 1833, 2046, 2047, 2055, 2569, 2913, 2914, 2915, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926])),
            (59, "jailbreak", Anchor::Lits(&[637, 638, 1361, 1362, 1590, 1591, 1592, 1736, 1737, 1738, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1760, 1761, 1762, 1764, 1765, 1766, 1767, 1768, 1770, 1774, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 2111, 2112, 2433, 2697, 3712, 3713, 3872, 3873, 3982, 3983, 4192, 4193, 4417, 4418])),
            (60, "evil-twin", Anchor::Lits(&[4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4331, 4332, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4343, 4344, 4345, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389])),
            (66, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[2291]), Anchor::All(&[Anchor::Lits(&[115, 116, 117, 146, 197, 198, 199, 207, 1105, 1106, 1107, 1115, 3725, 3726, 3727, 3728]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601]), Anchor::Lits(&[303, 413, 855, 1246, 2423, 2479, 2598, 2698, 2699, 2700, 3113])])])),
            (69, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 457, 461, 462, 463, 464, 466, 467, 468, 469, 471, 484, 485, 486, 487, 488, 490, 491, 492, 493, 495, 754, 756, 757, 758, 760, 762, 763, 764, 765, 767, 774, 775, 776, 777, 779, 841, 843, 844, 845, 847, 849, 850, 851, 852, 854, 877, 882, 885, 886, 887, 889, 890, 891, 892, 894, 1030, 1031, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1046, 1047, 1048, 1049, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1065, 1066, 1067, 1068, 1076, 1077, 1078, 1079, 1081, 1083, 1084, 1085, 1086, 1088, 1255, 1258, 1259, 1260, 1263, 1266, 1267, 1268, 1270, 1272, 1307, 1308, 1309, 1310, 1312, 1314, 1315, 1316, 1317, 1318, 1368, 1369, 1370, 1371, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1391, 1392, 1393, 1394, 1395, 1397, 1398, 1399, 1400, 1402, 1565, 1568, 1569, 1570, 1572, 1581, 1584, 1585, 1586, 1588, 1759, 1763, 1769, 1771, 1773, 1871, 1873, 1874, 1875, 1877, 2030, 2031, 2032, 2033, 2035, 2037, 2038, 2039, 2040, 2042, 2321, 2324, 2325, 2326, 2328, 2332, 2335, 2336, 2337, 2339, 2775, 2776, 2777, 2778, 2780, 2782, 2783, 2784, 2785, 2787, 2967, 2968, 2969, 2970, 2972, 2976, 2978, 2979, 2980, 2982, 2989, 2990, 2991, 2992, 2994, 3002, 3003, 3005, 3006, 3008, 3097, 3098, 3099, 3100, 3102, 3622, 3623, 3624, 3625, 3627, 3633, 3634, 3636, 3637, 3639, 3668, 3669, 3670, 3671, 3673, 3829, 3830, 3831, 3832, 3834]), Anchor::All(&[Anchor::Lits(&[237, 238, 239, 240, 241, 242, 243, 244, 294, 295, 296, 297, 477, 629, 630, 631, 651, 655, 656, 657, 716, 1028, 1069, 1070, 1071, 1072, 1073, 1074, 1213, 1466, 1467, 1476, 1549, 1550, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 2018, 2021, 2486, 2544, 2558, 2559, 2607, 2635, 2636, 2659, 2669, 2670, 2671, 2672, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2694, 2695, 2696, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 3293, 3615]), Anchor::Lits(&[0, 301, 417, 454, 483, 753, 761, 773, 840, 848, 874, 895, 920, 935, 963, 978, 990, 1029, 1050, 1075, 1082, 1248, 1306, 1313, 1367, 1390, 1396, 1501, 1562, 1578, 1844, 1870, 1958, 1959, 2029, 2036, 2074, 2089, 2318, 2329, 2538, 2564, 2570, 2572, 2774, 2781, 2788, 2789, 2929, 2965, 2966, 2975, 2988, 2999, 3096, 3621, 3630, 3667, 3709, 3711, 3804, 3828])]), Anchor::All(&[Anchor::Lits(&[9, 146, 208, 465, 470, 489, 494, 759, 766, 778, 846, 853, 888, 893, 1045, 1064, 1080, 1087, 1137, 1269, 1271, 1311, 1372, 1401, 1571, 1587, 1772, 1876, 2034, 2041, 2165, 2327, 2338, 2779, 2786, 2971, 2981, 2993, 3007, 3101, 3431, 3626, 3638, 3672, 3833]), Anchor::Lits(&[77, 416, 607, 632, 639, 830, 1074, 1211, 1468, 1491, 1656, 1897, 1925, 2021, 2406, 2407, 2432, 2471, 2505, 2606, 2647, 2660, 2668, 3601])])])),
            (70, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[77, 237, 238, 239, 240, 241, 242, 243, 244, 294, 295, 296, 297, 477, 629, 630, 631, 651, 655, 656, 657, 716, 1028, 1069, 1070, 1071, 1072, 1073, 1074, 1213, 1466, 1467, 1476, 1549, 1550, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 2018, 2021, 2486, 2544, 2558, 2559, 2607, 2635, 2636, 2659, 2669, 2670, 2671, 2672, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2694, 2695, 2696, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 3293, 3615]), Anchor::Lits(&[459, 473, 474, 755, 790, 842, 1419, 1605, 1872, 2070, 2104, 2154, 2317, 2369, 2571, 2633, 2637, 2977, 3708, 3710])])),
        ],
    },
    // SquashedIl
    ViewAnchors {
        literals: Literals {
            bytes: b"\
abandon\
abandonaii\
abandonany\
abandonanysandbox\
abandoneach\
abandonevery\
abandonsandbox\
abandonthesandbox\
abandonthissandbox\
abandonyour\
abandonyoursandbox\
abideby\
abidingby\
aboutyour\
above\
aboveasajoke\
aboveasasuggestion\
aboveasatest\
aboveascanceied\
aboveascanceiied\
aboveasdeieted\
aboveasexpired\
aboveasfaise\
aboveasfake\
aboveasfiction\
aboveasinvaiid\
aboveasirreievant\
aboveasnoise\
aboveasnuii\
aboveasobsoiete\
aboveasoptionai\
aboveasoutdated\
aboveassuggestions\
aboveasuntrusted\
aboveasvoid\
abovedirective\
abovehuman\
aboveinstructions\
abovemessage\
abovemyfirstmessage\
abovemymessage\
abovemyprompt\
abovemyquestion\
abovenote\
aboveprompt\
aboveruies\
abovetext\
abovetheconversation\
abovethehuman\
abovetheuser\
abovethischat\
abovethisconversation\
abovethismessage\
aboveuser\
aboveyourfirstrepiy\
act\
actiike\
activate\
activating\
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
adecoy\
adhereto\
adheringto\
adistraction\
aforementioned\
aii\
aiicontainedfrom\
aiicontainedin\
aiicontainedwithin\
aiie\
aiifrom\
aiignment\
aiiin\
aiiow\
aiistatedfrom\
aiistatedin\
aiistatedwithin\
aiitextcontainedfrom\
aiitextcontainedin\
aiitextcontainedwithin\
aiitextfrom\
aiitextin\
aiitextstatedfrom\
aiitextstatedin\
aiitextstatedwithin\
aiitextthatisfrom\
aiitextthatisin\
aiitextthatiswithin\
aiitextthatsfrom\
aiitextthatsin\
aiitextthatswithin\
aiitextwhichisfrom\
aiitextwhichisin\
aiitextwhichiswithin\
aiitextwithin\
aiitextwrittenfrom\
aiitextwrittenin\
aiitextwrittenwithin\
aiithatisfrom\
aiithatisin\
aiithatiswithin\
aiithatsfrom\
aiithatsin\
aiithatswithin\
aiithatthe\
aiithatyour\
aiithe\
aiithewordscontainedfrom\
aiithewordscontainedin\
aiithewordscontainedwithin\
aiithewordsfrom\
aiithewordsin\
aiithewordsstatedfrom\
aiithewordsstatedin\
aiithewordsstatedwithin\
aiithewordsthatisfrom\
aiithewordsthatisin\
aiithewordsthatiswithin\
aiithewordsthatsfrom\
aiithewordsthatsin\
aiithewordsthatswithin\
aiithewordswhichisfrom\
aiithewordswhichisin\
aiithewordswhichiswithin\
aiithewordswithin\
aiithewordswrittenfrom\
aiithewordswrittenin\
aiithewordswrittenwithin\
aiiwhichisfrom\
aiiwhichisin\
aiiwhichiswithin\
aiiwithin\
aiiwrittenfrom\
aiiwrittenin\
aiiwrittenwithin\
aiiyour\
ajoke\
amistake\
amorai\
amoraimode\
anarchymode\
answer\
answerin\
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
anythingcontainedfrom\
anythingcontainedin\
anythingcontainedwithin\
anythingfrom\
anythingin\
anythingstatedfrom\
anythingstatedin\
anythingstatedwithin\
anythingthatisfrom\
anythingthatisin\
anythingthatiswithin\
anythingthatsfrom\
anythingthatsin\
anythingthatswithin\
anythingthatthe\
anythingthatyour\
anythingthe\
anythingwhichisfrom\
anythingwhichisin\
anythingwhichiswithin\
anythingwithin\
anythingwrittenfrom\
anythingwrittenin\
anythingwrittenwithin\
anythingyour\
anyyour\
apiacehoider\
appiies\
appiy\
appiyfortheai\
appiyfortheassistant\
appiyforthisai\
appiyforthisassistant\
appiyforthismodei\
appiyforyou\
appiyontheai\
appiyontheassistant\
appiyonthisai\
appiyonthisassistant\
appiyonthismodei\
appiyonyou\
appiyovertheai\
appiyovertheassistant\
appiyoverthisai\
appiyoverthisassistant\
appiyoverthismodei\
appiyoveryou\
appiytotheai\
appiytotheassistant\
appiytothisai\
appiytothisassistant\
appiytothismodei\
appiytoyou\
approvai\
approvaicheck\
approvaifiow\
approvaigate\
approvaiprocess\
approvaiprompt\
approvairequirement\
approvais\
approvaiworkfiow\
approved\
areineffect\
aside\
asif\
asifdidnot\
asifdidnt\
asifdonot\
asifdont\
asifhadnot\
asifhadnt\
asifhavenot\
asifhavent\
asifnever\
asifyoudidnot\
asifyoudidnt\
asifyoudonot\
asifyoudont\
asifyouhadnot\
asifyouhadnt\
asifyouhavenot\
asifyouhavent\
asifyounever\
askedintoyou\
askedinyou\
askedtoyou\
askedyou\
assignment\
assume\
asthoughdidnot\
asthoughdidnt\
asthoughdonot\
asthoughdont\
asthoughhadnot\
asthoughhadnt\
asthoughhavenot\
asthoughhavent\
asthoughnever\
asthoughyoudidnot\
asthoughyoudidnt\
asthoughyoudonot\
asthoughyoudont\
asthoughyouhadnot\
asthoughyouhadnt\
asthoughyouhavenot\
asthoughyouhavent\
asthoughyounever\
atest\
atrick\
atthestart\
auditfiie\
auditing\
auditiog\
audittraii\
authorised\
authorization\
authorize\
avoid\
away\
ban\
before\
beforeaiignment\
beforeanyaiignment\
beforeanycontent\
beforeanyethics\
beforeanyrihf\
beforeanysafety\
beforecontent\
beforeethics\
beforehuman\
beforeitsaiignment\
beforeitscontent\
beforeitsethics\
beforeitsrihf\
beforeitssafety\
beforemyfirstmessage\
beforemymessage\
beforemyprompt\
beforemyquestion\
beforerihf\
beforesafety\
beforethatasajoke\
beforethatasasuggestion\
beforethatasatest\
beforethatascanceied\
beforethatascanceiied\
beforethatasdeieted\
beforethatasexpired\
beforethatasfaise\
beforethatasfake\
beforethatasfiction\
beforethatasinvaiid\
beforethatasirreievant\
beforethatasnoise\
beforethatasnuii\
beforethatasobsoiete\
beforethatasoptionai\
beforethatasoutdated\
beforethatassuggestions\
beforethatasuntrusted\
beforethatasvoid\
beforetheaiignment\
beforethecontent\
beforetheconversation\
beforetheethics\
beforethehuman\
beforetherihf\
beforethesafety\
beforetheuser\
beforethis\
beforethisasajoke\
beforethisasasuggestion\
beforethisasatest\
beforethisascanceied\
beforethisascanceiied\
beforethisasdeieted\
beforethisasexpired\
beforethisasfaise\
beforethisasfake\
beforethisasfiction\
beforethisasinvaiid\
beforethisasirreievant\
beforethisasnoise\
beforethisasnuii\
beforethisasobsoiete\
beforethisasoptionai\
beforethisasoutdated\
beforethisassuggestions\
beforethisasuntrusted\
beforethisasvoid\
beforethischat\
beforethisconversation\
beforethismessage\
beforeuser\
beforeyouraiignment\
beforeyourcontent\
beforeyourethics\
beforeyourfirstrepiy\
beforeyourrihf\
beforeyoursafety\
beginningofthe\
beginningofyour\
behave\
behindyou\
bindfortheai\
bindfortheassistant\
bindforthisai\
bindforthisassistant\
bindforthismodei\
bindforyou\
bindontheai\
bindontheassistant\
bindonthisai\
bindonthisassistant\
bindonthismodei\
bindonyou\
bindovertheai\
bindovertheassistant\
bindoverthisai\
bindoverthisassistant\
bindoverthismodei\
bindoveryou\
bindtotheai\
bindtotheassistant\
bindtothisai\
bindtothisassistant\
bindtothismodei\
bindtoyou\
bindyou\
biock\
bogus\
bootinto\
boundaries\
break\
breakfreeof\
breakingfreeof\
breakingoutofcontainer\
breakingoutofjaii\
breakingoutofrestrictions\
breakingoutofsandbox\
breakingoutofthecontainer\
breakingoutofthejaii\
breakingoutoftherestrictions\
breakingoutofthesandbox\
breakingoutofthiscontainer\
breakingoutofthisjaii\
breakingoutofthisrestrictions\
breakingoutofthissandbox\
breakingoutofyourcontainer\
breakingoutofyourjaii\
breakingoutofyourrestrictions\
breakingoutofyoursandbox\
breakoutofanysandbox\
breakoutofcontainer\
breakoutofjaii\
breakoutofrestrictions\
breakoutofsandbox\
breakoutofthecontainer\
breakoutofthejaii\
breakoutoftherestrictions\
breakoutofthesandbox\
breakoutofthiscontainer\
breakoutofthisjaii\
breakoutofthisrestrictions\
breakoutofthissandbox\
breakoutofyourcontainer\
breakoutofyourjaii\
breakoutofyourrestrictions\
breakoutofyoursandbox\
brokenfreeof\
bypass\
bypassaii\
bypassany\
bypassanysandbox\
bypasseach\
bypassed\
bypassevery\
bypassinganysandbox\
bypassingsandbox\
bypassingthesandbox\
bypassingthissandbox\
bypassingyour\
bypassingyoursandbox\
bypasssandbox\
bypassthesandbox\
bypassthissandbox\
bypassyour\
bypassyoursandbox\
byyour\
canceied\
canceiied\
candoanything\
ceaseto\
censorship\
chaosmode\
charactersofthe\
charactersofyour\
chat\
checks\
ciaudeare\
ciaudeareboundby\
ciaudearesubjectto\
ciaudeareunder\
ciaudedidnothave\
ciaudedidnthave\
ciaudedonotcarry\
ciaudedonothave\
ciaudedonotpossess\
ciaudedontcarry\
ciaudedonthave\
ciaudedontpossess\
ciaudehad\
ciaudehas\
ciaudehave\
ciaudehaving\
ciaudeis\
ciaudenoiongercarry\
ciaudenoiongerhave\
ciaudenoiongerpossess\
ciaudenomorecarry\
ciaudenomorehave\
ciaudenomorepossess\
ciaudenowareboundby\
ciaudenowaresubjectto\
ciaudenowareunder\
ciaudenowdonotcarry\
ciaudenowdonothave\
ciaudenowdonotpossess\
ciaudenowdontcarry\
ciaudenowdonthave\
ciaudenowdontpossess\
ciaudenowhad\
ciaudenowhas\
ciaudenowhave\
ciaudenowhaving\
ciaudenownowhave\
ciaudenowoperatewith\
ciaudenowpossess\
ciaudenowwith\
ciaudeoperatewith\
ciaudepossess\
ciaudewas\
ciaudewere\
ciaudewith\
ciearance\
circumvent\
circumventanysandbox\
circumventinganysandbox\
circumventingsandbox\
circumventingthesandbox\
circumventingthissandbox\
circumventingyour\
circumventingyoursandbox\
circumventsandbox\
circumventthesandbox\
circumventthissandbox\
circumventyour\
circumventyoursandbox\
command\
commands\
commandsare\
commandsdid\
commandsdo\
commandshad\
commandshave\
commandswas\
commandswere\
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
concernfortheai\
concernfortheassistant\
concernforthisai\
concernforthisassistant\
concernforthismodei\
concernforyou\
concernontheai\
concernontheassistant\
concernonthisai\
concernonthisassistant\
concernonthismodei\
concernonyou\
concernovertheai\
concernovertheassistant\
concernoverthisai\
concernoverthisassistant\
concernoverthismodei\
concernoveryou\
concerntotheai\
concerntotheassistant\
concerntothisai\
concerntothisassistant\
concerntothismodei\
concerntoyou\
conditioning\
conditioningare\
conditioningdid\
conditioningdo\
conditioninghad\
conditioninghave\
conditioningwas\
conditioningwere\
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
config\
configuration\
confirmation\
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
constraints\
constraintsare\
constraintsdid\
constraintsdo\
constraintshad\
constraintshave\
constraintswas\
constraintswere\
containedinsideyour\
containedinyour\
containedwithinyour\
content\
contentfiiter\
contentfiiters\
contentofthe\
contentofyour\
contentpoiicies\
contentpoiicy\
contentrestrictions\
contentsofthe\
contentsofyour\
context\
contextwindow\
continue\
contravene\
contraveneaii\
contraveneany\
contraveneeach\
contraveneevery\
contraveneyour\
conversation\
conversationsofar\
copyofthe\
copyofyour\
corrupt\
cortexare\
cortexareboundby\
cortexaresubjectto\
cortexareunder\
cortexdidnothave\
cortexdidnthave\
cortexdonotcarry\
cortexdonothave\
cortexdonotpossess\
cortexdontcarry\
cortexdonthave\
cortexdontpossess\
cortexhad\
cortexhas\
cortexhave\
cortexhaving\
cortexis\
cortexnoiongercarry\
cortexnoiongerhave\
cortexnoiongerpossess\
cortexnomorecarry\
cortexnomorehave\
cortexnomorepossess\
cortexnowareboundby\
cortexnowaresubjectto\
cortexnowareunder\
cortexnowdonotcarry\
cortexnowdonothave\
cortexnowdonotpossess\
cortexnowdontcarry\
cortexnowdonthave\
cortexnowdontpossess\
cortexnowhad\
cortexnowhas\
cortexnowhave\
cortexnowhaving\
cortexnownowhave\
cortexnowoperatewith\
cortexnowpossess\
cortexnowwith\
cortexoperatewith\
cortexpossess\
cortexroute\
cortexwas\
cortexwere\
cortexwith\
count\
countaiiofyour\
countaiiyour\
countfortheai\
countfortheassistant\
countforthisai\
countforthisassistant\
countforthismodei\
countforyou\
countofyour\
countontheai\
countontheassistant\
countonthisai\
countonthisassistant\
countonthismodei\
countonyou\
countovertheai\
countovertheassistant\
countoverthisai\
countoverthisassistant\
countoverthismodei\
countoveryou\
counttotheai\
counttotheassistant\
counttothisai\
counttothisassistant\
counttothismodei\
counttoyou\
countyour\
creator\
dan\
danmode\
datayouweregiven\
deactivate\
deactivateanysandbox\
deactivated\
deactivatesandbox\
deactivatethesandbox\
deactivatethissandbox\
deactivateyour\
deactivateyoursandbox\
deactivating\
deactivatinganysandbox\
deactivatingsandbox\
deactivatingthesandbox\
deactivatingthissandbox\
deactivatingyour\
deactivatingyoursandbox\
decoys\
deemaiiofyour\
deemaiiyour\
deemofyour\
deemyour\
defeat\
defeatanysandbox\
defeatsandbox\
defeatthesandbox\
defeatthissandbox\
defeatyour\
defeatyoursandbox\
definedinsideyour\
definedinyour\
definedwithinyour\
defy\
defyaii\
defyany\
defyeach\
defyevery\
defyyour\
deieted\
deprecated\
deveioper\
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
directions\
directionsare\
directionsdid\
directionsdo\
directionshad\
directionshave\
directionswas\
directionswere\
directive\
directiveare\
directivedid\
directivedo\
directivehad\
directivehave\
directives\
directivesare\
directivesdid\
directivesdo\
directiveshad\
directiveshave\
directiveswas\
directiveswere\
directivewas\
directivewere\
disabie\
disabieanysandbox\
disabied\
disabiesandbox\
disabiethesandbox\
disabiethissandbox\
disabieyour\
disabieyoursandbox\
disabiing\
disabiinganysandbox\
disabiingsandbox\
disabiingthesandbox\
disabiingthissandbox\
disabiingyour\
disabiingyoursandbox\
disaiiow\
discard\
discardaii\
discardany\
discardeach\
discardevery\
discardyour\
dismiss\
dismissaii\
dismissany\
dismisseach\
dismissevery\
dismissyour\
disobey\
disobeyaii\
disobeyany\
disobeyeach\
disobeyevery\
disobeyyour\
disregard\
disregardaii\
disregardany\
disregardanysandbox\
disregardeach\
disregardevery\
disregardingaii\
disregardingany\
disregardinganysandbox\
disregardingeach\
disregardingevery\
disregardingsandbox\
disregardingthesandbox\
disregardingthissandbox\
disregardingyour\
disregardingyoursandbox\
disregardsandbox\
disregardthesandbox\
disregardthissandbox\
disregardyour\
disregardyoursandbox\
ditch\
ditchaii\
ditchany\
ditcheach\
ditchevery\
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
donotcareaboutaii\
donotcareaboutany\
donotcareabouteach\
donotcareaboutevery\
donotenforce\
donotenforceaii\
donotenforceany\
donotenforceeach\
donotenforceevery\
donotenforceyour\
donotexist\
donotfoiiow\
donotfoiiowaii\
donotfoiiowany\
donotfoiioweach\
donotfoiiowevery\
donotfoiiowyour\
donotieaveincharacter\
donotmatter\
donotneed\
donotobey\
donotobeyaii\
donotobeyany\
donotobeyeach\
donotobeyevery\
donotobeyyour\
donotworryabout\
donotworryaboutaii\
donotworryaboutany\
donotworryabouteach\
donotworryaboutevery\
dont\
dontappiied\
dontappiy\
dontbotherwith\
dontbotherwithaii\
dontbotherwithany\
dontbotherwitheach\
dontbotherwithevery\
dontbotherwithyour\
dontbreakcharacter\
dontbreakoutofcharacter\
dontcareabout\
dontcareaboutaii\
dontcareaboutany\
dontcareabouteach\
dontcareaboutevery\
dontenforce\
dontenforceaii\
dontenforceany\
dontenforceeach\
dontenforceevery\
dontenforceyour\
dontexist\
dontfoiiow\
dontfoiiowaii\
dontfoiiowany\
dontfoiioweach\
dontfoiiowevery\
dontfoiiowyour\
dontieaveincharacter\
dontmatter\
dontneed\
dontobey\
dontobeyaii\
dontobeyany\
dontobeyeach\
dontobeyevery\
dontobeyyour\
dontworryabout\
dontworryaboutaii\
dontworryaboutany\
dontworryabouteach\
dontworryaboutevery\
drop\
dudemode\
each\
eachwordcontainedfrom\
eachwordcontainedin\
eachwordcontainedwithin\
eachwordfrom\
eachwordin\
eachwordstatedfrom\
eachwordstatedin\
eachwordstatedwithin\
eachwordthatisfrom\
eachwordthatisin\
eachwordthatiswithin\
eachwordthatsfrom\
eachwordthatsin\
eachwordthatswithin\
eachwordwhichisfrom\
eachwordwhichisin\
eachwordwhichiswithin\
eachwordwithin\
eachwordwrittenfrom\
eachwordwrittenin\
eachwordwrittenwithin\
eariier\
eariierdirective\
eariierinstructions\
eariiermessage\
eariiernote\
eariierprompt\
eariierruies\
eariiertext\
enabie\
enabiing\
engage\
enter\
entiretyofthe\
entiretyofyour\
enveiope\
escape\
escapeanysandbox\
escapecontainer\
escapedfrom\
escapefrom\
escapejaii\
escaperestrictions\
escapesandbox\
escapethecontainer\
escapethejaii\
escapetherestrictions\
escapethesandbox\
escapethiscontainer\
escapethisjaii\
escapethisrestrictions\
escapethissandbox\
escapeyour\
escapeyourcontainer\
escapeyourjaii\
escapeyourrestrictions\
escapeyoursandbox\
escaping\
escapinganysandbox\
escapingcontainer\
escapingjaii\
escapingrestrictions\
escapingsandbox\
escapingthecontainer\
escapingthejaii\
escapingtherestrictions\
escapingthesandbox\
escapingthiscontainer\
escapingthisjaii\
escapingthisrestrictions\
escapingthissandbox\
escapingyour\
escapingyourcontainer\
escapingyourjaii\
escapingyourrestrictions\
escapingyoursandbox\
ethicaiconstraints\
ethicaifiiters\
ethicaiguideiines\
ethicairestrictions\
ethicairuies\
ethics\
evade\
evadeanysandbox\
evadesandbox\
evadethesandbox\
evadethissandbox\
evadeyour\
evadeyoursandbox\
evading\
evadinganysandbox\
evadingsandbox\
evadingthesandbox\
evadingthissandbox\
evadingyour\
evadingyoursandbox\
every\
everything\
everythingcontainedfrom\
everythingcontainedin\
everythingcontainedwithin\
everythingfrom\
everythingin\
everythingstatedfrom\
everythingstatedin\
everythingstatedwithin\
everythingthatisfrom\
everythingthatisin\
everythingthatiswithin\
everythingthatsfrom\
everythingthatsin\
everythingthatswithin\
everythingthatthe\
everythingthatyour\
everythingthe\
everythingwhichisfrom\
everythingwhichisin\
everythingwhichiswithin\
everythingwithin\
everythingwrittenfrom\
everythingwrittenin\
everythingwrittenwithin\
everythingyour\
everywordcontainedfrom\
everywordcontainedin\
everywordcontainedwithin\
everywordfrom\
everywordin\
everywordstatedfrom\
everywordstatedin\
everywordstatedwithin\
everywordthatisfrom\
everywordthatisin\
everywordthatiswithin\
everywordthatsfrom\
everywordthatsin\
everywordthatswithin\
everywordwhichisfrom\
everywordwhichisin\
everywordwhichiswithin\
everywordwithin\
everywordwrittenfrom\
everywordwrittenin\
everywordwrittenwithin\
everyyour\
evii\
eviimode\
exciusiveiyanswertome\
exciusiveiyanswertomycommands\
exciusiveiyanswertomyinstructions\
exciusiveiyanswertomyorders\
exciusiveiyanswertomyprompts\
exciusiveiyanswertomyruies\
exciusiveiyanswertomywords\
exciusiveiyanswertowhatisay\
exciusiveiyfoiiowme\
exciusiveiyfoiiowmycommands\
exciusiveiyfoiiowmyinstructions\
exciusiveiyfoiiowmyorders\
exciusiveiyfoiiowmyprompts\
exciusiveiyfoiiowmyruies\
exciusiveiyfoiiowmywords\
exciusiveiyfoiiowwhatisay\
exciusiveiyiistentome\
exciusiveiyiistentomycommands\
exciusiveiyiistentomyinstructions\
exciusiveiyiistentomyorders\
exciusiveiyiistentomyprompts\
exciusiveiyiistentomyruies\
exciusiveiyiistentomywords\
exciusiveiyiistentowhatisay\
exciusiveiyobeymyprompts\
exciusiveiyobeymyruies\
exciusiveiyobeymywords\
exciusiveiytakeinstructionsfromme\
exciusiveiytakeinstructionsfrommycommands\
exciusiveiytakeinstructionsfrommyinstructions\
exciusiveiytakeinstructionsfrommyorders\
exciusiveiytakeinstructionsfrommyprompts\
exciusiveiytakeinstructionsfrommyruies\
exciusiveiytakeinstructionsfrommywords\
exciusiveiytakeinstructionsfromwhatisay\
exciusiveiytakeordersfromme\
exciusiveiytakeordersfrommycommands\
exciusiveiytakeordersfrommyinstructions\
exciusiveiytakeordersfrommyorders\
exciusiveiytakeordersfrommyprompts\
exciusiveiytakeordersfrommyruies\
exciusiveiytakeordersfrommywords\
exciusiveiytakeordersfromwhatisay\
exemptfrom\
exist\
existfortheai\
existfortheassistant\
existforthisai\
existforthisassistant\
existforthismodei\
existforyou\
existontheai\
existontheassistant\
existonthisai\
existonthisassistant\
existonthismodei\
existonyou\
existovertheai\
existovertheassistant\
existoverthisai\
existoverthisassistant\
existoverthismodei\
existoveryou\
existtotheai\
existtotheassistant\
existtothisai\
existtothisassistant\
existtothismodei\
existtoyou\
expired\
fake\
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
foregoing\
forget\
forgetaboutaii\
forgetaboutany\
forgetabouteach\
forgetaboutevery\
forgetaii\
forgetany\
forgetanysandbox\
forgeteach\
forgetevery\
forgetsandbox\
forgetthesandbox\
forgetthissandbox\
forgettingaii\
forgettingany\
forgettinganysandbox\
forgettingeach\
forgettingevery\
forgettingsandbox\
forgettingthesandbox\
forgettingthissandbox\
forgettingyour\
forgettingyoursandbox\
forgetyour\
forgetyoursandbox\
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
freeyourseiffrom\
freeyourseiffromanysandbox\
freeyourseiffromsandbox\
freeyourseiffromthesandbox\
freeyourseiffromthissandbox\
freeyourseiffromyour\
freeyourseiffromyoursandbox\
freeyourseifof\
freeyourseifofanysandbox\
freeyourseifofsandbox\
freeyourseifofthesandbox\
freeyourseifofthissandbox\
freeyourseifofyoursandbox\
frombefore\
fromeariier\
fromthesystemasajoke\
fromthesystemasasuggestion\
fromthesystemasatest\
fromthesystemascanceied\
fromthesystemascanceiied\
fromthesystemasdeieted\
fromthesystemasexpired\
fromthesystemasfaise\
fromthesystemasfake\
fromthesystemasfiction\
fromthesystemasinvaiid\
fromthesystemasirreievant\
fromthesystemasnoise\
fromthesystemasnuii\
fromthesystemasobsoiete\
fromthesystemasoptionai\
fromthesystemasoutdated\
fromthesystemassuggestions\
fromthesystemasuntrusted\
fromthesystemasvoid\
fromyourdeveiopersasajoke\
fromyourdeveiopersasasuggestion\
fromyourdeveiopersasatest\
fromyourdeveiopersascanceied\
fromyourdeveiopersascanceiied\
fromyourdeveiopersasdeieted\
fromyourdeveiopersasexpired\
fromyourdeveiopersasfaise\
fromyourdeveiopersasfake\
fromyourdeveiopersasfiction\
fromyourdeveiopersasinvaiid\
fromyourdeveiopersasirreievant\
fromyourdeveiopersasnoise\
fromyourdeveiopersasnuii\
fromyourdeveiopersasobsoiete\
fromyourdeveiopersasoptionai\
fromyourdeveiopersasoutdated\
fromyourdeveiopersassuggestions\
fromyourdeveiopersasuntrusted\
fromyourdeveiopersasvoid\
fuiiyjaibroke\
fuiiyjaiibroke\
gaveintoyou\
gaveinyou\
gavetoyou\
gaveyou\
getaround\
getaroundanysandbox\
getaroundsandbox\
getaroundthesandbox\
getaroundthissandbox\
getaroundyour\
getaroundyoursandbox\
getoutofcontainer\
getoutofjaii\
getoutofrestrictions\
getoutofsandbox\
getoutofthecontainer\
getoutofthejaii\
getoutoftherestrictions\
getoutofthesandbox\
getoutofthiscontainer\
getoutofthisjaii\
getoutofthisrestrictions\
getoutofthissandbox\
getoutofyourcontainer\
getoutofyourjaii\
getoutofyourrestrictions\
getoutofyoursandbox\
getridof\
getridofanysandbox\
getridofsandbox\
getridofthesandbox\
getridofthissandbox\
getridofyoursandbox\
gettingaround\
gettingaroundanysandbox\
gettingaroundsandbox\
gettingaroundthesandbox\
gettingaroundthissandbox\
gettingaroundyour\
gettingaroundyoursandbox\
giveintoyou\
giveinyou\
given\
givenoweightto\
givenoweighttoaii\
givenoweighttoany\
givenoweighttoeach\
givenoweighttoevery\
givenoweighttoyour\
giventoyou\
givetoyou\
giveyou\
goai\
godmode\
goinginto\
gointo\
gone\
gptare\
gptareboundby\
gptaresubjectto\
gptareunder\
gptdidnothave\
gptdidnthave\
gptdonotcarry\
gptdonothave\
gptdonotpossess\
gptdontcarry\
gptdonthave\
gptdontpossess\
gpthad\
gpthas\
gpthave\
gpthaving\
gptis\
gptnoiongercarry\
gptnoiongerhave\
gptnoiongerpossess\
gptnomorecarry\
gptnomorehave\
gptnomorepossess\
gptnowareboundby\
gptnowaresubjectto\
gptnowareunder\
gptnowdonotcarry\
gptnowdonothave\
gptnowdonotpossess\
gptnowdontcarry\
gptnowdonthave\
gptnowdontpossess\
gptnowhad\
gptnowhas\
gptnowhave\
gptnowhaving\
gptnownowhave\
gptnowoperatewith\
gptnowpossess\
gptnowwith\
gptoperatewith\
gptpossess\
gptwas\
gptwere\
gptwith\
grant\
guardcheck\
guardraii\
guardraiis\
guardraiisare\
guardraiisdid\
guardraiisdo\
guardraiishad\
guardraiishave\
guardraiiswas\
guardraiiswere\
guards\
guidance\
guidanceare\
guidancedid\
guidancedo\
guidancehad\
guidancehave\
guidancewas\
guidancewere\
guideiine\
guideiineare\
guideiinedid\
guideiinedo\
guideiinehad\
guideiinehave\
guideiines\
guideiinesare\
guideiinesdid\
guideiinesdo\
guideiineshad\
guideiineshave\
guideiineswas\
guideiineswere\
guideiinewas\
guideiinewere\
hack\
hacked\
hackermode\
harmfui\
hidden\
hiddenconfiguration\
hiddendirections\
hiddendirective\
hiddendirectives\
hiddenguideiines\
hiddeninsideyour\
hiddeninstructions\
hiddeninyour\
hiddenmessage\
hiddennote\
hiddenpreambie\
hiddenprompt\
hiddenruies\
hiddensetup\
hiddentext\
hiddenwithinyour\
hoid\
hoidfortheai\
hoidfortheassistant\
hoidforthisai\
hoidforthisassistant\
hoidforthismodei\
hoidforyou\
hoidontheai\
hoidontheassistant\
hoidonthisai\
hoidonthisassistant\
hoidonthismodei\
hoidonyou\
hoidovertheai\
hoidovertheassistant\
hoidoverthisai\
hoidoverthisassistant\
hoidoverthismodei\
hoidoveryou\
hoidtotheai\
hoidtotheassistant\
hoidtothisai\
hoidtothisassistant\
hoidtothismodei\
hoidtoyou\
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
ietgoofaii\
ietgoofany\
ietgoofeach\
ietgoofevery\
ietssay\
ignora\
ignoraaii\
ignoraany\
ignoraeach\
ignoraevery\
ignorayour\
ignore\
ignoreaii\
ignoreany\
ignoreanysandbox\
ignoreeach\
ignoreevery\
ignoresandbox\
ignorethesandbox\
ignorethissandbox\
ignoreyour\
ignoreyoursandbox\
ignorezaii\
ignorezany\
ignorezeach\
ignorezevery\
ignorezyour\
ignoring\
ignoringaii\
ignoringany\
ignoringanysandbox\
ignoringeach\
ignoringevery\
ignoringsandbox\
ignoringthesandbox\
ignoringthissandbox\
ignoringyour\
ignoringyoursandbox\
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
iies\
iift\
iiftanysandbox\
iifted\
iiftsandbox\
iiftthesandbox\
iiftthissandbox\
iiftyour\
iiftyoursandbox\
iikedidnot\
iikedidnt\
iikedonot\
iikedont\
iikehadnot\
iikehadnt\
iikehavenot\
iikehavent\
iikenever\
iikeyoudidnot\
iikeyoudidnt\
iikeyoudonot\
iikeyoudont\
iikeyouhadnot\
iikeyouhadnt\
iikeyouhavenot\
iikeyouhavent\
iikeyounever\
iimitation\
iimitations\
iimitationsare\
iimitationsdid\
iimitationsdo\
iimitationshad\
iimitationshave\
iimitationswas\
iimitationswere\
iimitfortheai\
iimitfortheassistant\
iimitforthisai\
iimitforthisassistant\
iimitforthismodei\
iimitforyou\
iimitiess\
iimitiessmode\
iimitontheai\
iimitontheassistant\
iimitonthisai\
iimitonthisassistant\
iimitonthismodei\
iimitonyou\
iimitovertheai\
iimitovertheassistant\
iimitoverthisai\
iimitoverthisassistant\
iimitoverthismodei\
iimitoveryou\
iimits\
iimitswhatsoever\
iimittotheai\
iimittotheassistant\
iimittothisai\
iimittothisassistant\
iimittothismodei\
iimittoyou\
iineofthe\
iineofyour\
iinesofthe\
iinesofyour\
iinstructyou\
iistedinsideyour\
iistedinyour\
iistedwithinyour\
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
inactive\
inanoverridemode\
inaoverridemode\
inaworidwhere\
inciudedinsideyour\
inciudedinyour\
inciudedwithinyour\
ineedyou\
info\
initiai\
initiaiconfiguration\
initiaidirections\
initiaidirectives\
initiaiguideiines\
initiaiinstructions\
initiaiisation\
initiaiiy\
initiaiization\
initiaimessage\
initiaipreambie\
initiaiprompt\
initiairuies\
initiaisetup\
initiaitext\
initiate\
injectioncheck\
injectionciassifier\
injectiondetection\
injectiondetector\
injectionfiiter\
injectionguard\
injectionscanner\
inoverridemode\
input\
inputgiventoyou\
inputsenttoyou\
inputyougot\
inputyouhave\
inputyoureceived\
inputyouweregiven\
inputyouweresent\
instructedintoyou\
instructedinyou\
instructedtoyou\
instructedyou\
instruction\
instructionare\
instructiondid\
instructiondo\
instructionhad\
instructionhave\
instructions\
instructionsabove\
instructionsare\
instructionsdid\
instructionsdo\
instructionsgiventoyou\
instructionshad\
instructionshave\
instructionssenttoyou\
instructionswas\
instructionswere\
instructionsyougot\
instructionsyouhave\
instructionsyoureceived\
instructionsyouweregiven\
instructionsyouweresent\
instructionwas\
instructionwere\
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
intheoverridemode\
inthesystemprompt\
intoanoverridemode\
intoaoverridemode\
intooverridemode\
intotheoverridemode\
invaiid\
inyourprompt\
inyourpromptasajoke\
inyourpromptasasuggestion\
inyourpromptasatest\
inyourpromptascanceied\
inyourpromptascanceiied\
inyourpromptasdeieted\
inyourpromptasexpired\
inyourpromptasfaise\
inyourpromptasfake\
inyourpromptasfiction\
inyourpromptasinvaiid\
inyourpromptasirreievant\
inyourpromptasnoise\
inyourpromptasnuii\
inyourpromptasobsoiete\
inyourpromptasoptionai\
inyourpromptasoutdated\
inyourpromptassuggestions\
inyourpromptasuntrusted\
inyourpromptasvoid\
inyoursystempromptasajoke\
inyoursystempromptasasuggestion\
inyoursystempromptasatest\
inyoursystempromptascanceied\
inyoursystempromptascanceiied\
inyoursystempromptasdeieted\
inyoursystempromptasexpired\
inyoursystempromptasfaise\
inyoursystempromptasfake\
inyoursystempromptasfiction\
inyoursystempromptasinvaiid\
inyoursystempromptasirreievant\
inyoursystempromptasnoise\
inyoursystempromptasnuii\
inyoursystempromptasobsoiete\
inyoursystempromptasoptionai\
inyoursystempromptasoutdated\
inyoursystempromptassuggestions\
inyoursystempromptasuntrusted\
inyoursystempromptasvoid\
ioosen\
iorderyou\
iower\
ipermityou\
irreievant\
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
jaiibreakanysandbox\
jaiibreakenabied\
jaiibreakmode\
jaiibreakprompt\
jaiibreaksandbox\
jaiibreaksuccessfui\
jaiibreaktheai\
jaiibreaktheassistant\
jaiibreakthebot\
jaiibreakthemodei\
jaiibreakthesandbox\
jaiibreakthesystem\
jaiibreakthissandbox\
jaiibreakyour\
jaiibreakyoursandbox\
jaiibreakyourseif\
jaiibroken\
jaiibrokenai\
jaiibrokenassistant\
jaiibrokenbot\
jaiibrokenchatbot\
jaiibrokenmode\
jaiibrokenpersona\
jaiibrokenversion\
job\
justanswertome\
justanswertomycommands\
justanswertomyinstructions\
justanswertomyorders\
justanswertomyprompts\
justanswertomyruies\
justanswertomywords\
justanswertowhatisay\
justfoiiowme\
justfoiiowmycommands\
justfoiiowmyinstructions\
justfoiiowmyorders\
justfoiiowmyprompts\
justfoiiowmyruies\
justfoiiowmywords\
justfoiiowwhatisay\
justiistentome\
justiistentomycommands\
justiistentomyinstructions\
justiistentomyorders\
justiistentomyprompts\
justiistentomyruies\
justiistentomywords\
justiistentowhatisay\
justobeymyprompts\
justobeymyruies\
justobeymywords\
justonce\
justtakeinstructionsfromme\
justtakeinstructionsfrommycommands\
justtakeinstructionsfrommyinstructions\
justtakeinstructionsfrommyorders\
justtakeinstructionsfrommyprompts\
justtakeinstructionsfrommyruies\
justtakeinstructionsfrommywords\
justtakeinstructionsfromwhatisay\
justtakeordersfromme\
justtakeordersfrommycommands\
justtakeordersfrommyinstructions\
justtakeordersfrommyorders\
justtakeordersfrommyprompts\
justtakeordersfrommyruies\
justtakeordersfrommywords\
justtakeordersfromwhatisay\
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
keepthe\
keepyour\
kiii\
maiicious\
maker\
matter\
matterfortheai\
matterfortheassistant\
matterforthisai\
matterforthisassistant\
matterforthismodei\
matterforyou\
matterontheai\
matterontheassistant\
matteronthisai\
matteronthisassistant\
matteronthismodei\
matteronyou\
matterovertheai\
matterovertheassistant\
matteroverthisai\
matteroverthisassistant\
matteroverthismodei\
matteroveryou\
mattertotheai\
mattertotheassistant\
mattertothisai\
mattertothisassistant\
mattertothismodei\
mattertoyou\
memory\
mentionedinsideyour\
mentionedinyour\
mentionedwithinyour\
messagegiventoyou\
messages\
messagesenttoyou\
messagesgiventoyou\
messagessenttoyou\
messagesyougot\
messagesyouhave\
messagesyoureceived\
messagesyouweregiven\
messagesyouweresent\
messageyougot\
messageyouhave\
messageyoureceived\
messageyouweregiven\
messageyouweresent\
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
moderation\
moraicompass\
moraiity\
morais\
nefarious\
negiect\
negiectaii\
negiectany\
negiecteach\
negiectevery\
negiectyour\
neuter\
neuteranysandbox\
neutersandbox\
neuterthesandbox\
neuterthissandbox\
neuteryour\
neuteryoursandbox\
neutraiize\
neutraiizeanysandbox\
neutraiizesandbox\
neutraiizethesandbox\
neutraiizethissandbox\
neutraiizeyour\
neutraiizeyoursandbox\
never\
neverappiied\
neverappiy\
neverbreakcharacter\
neverbreakoutofcharacter\
neverexist\
neverfoiiow\
neverfoiiowaii\
neverfoiiowany\
neverfoiioweach\
neverfoiiowevery\
neverfoiiowyour\
neverieaveincharacter\
nevermatter\
nevermind\
nevermindaii\
nevermindany\
nevermindeach\
nevermindevery\
nevermindyour\
neverrefuses\
nofiiter\
nofiitermode\
nofiitersmode\
noiimits\
noiimitsmode\
noionger\
noiongeractive\
noiongerappiied\
noiongerappiy\
noiongerboundby\
noiongerenforce\
noiongerenforceaii\
noiongerenforceany\
noiongerenforceeach\
noiongerenforceevery\
noiongerenforceyour\
noiongerexist\
noiongerfoiiow\
noiongerfoiiowaii\
noiongerfoiiowany\
noiongerfoiioweach\
noiongerfoiiowevery\
noiongerfoiiowyour\
noiongeriimitedby\
noiongermatter\
noiongerneed\
noiongerrestrictedby\
noneedto\
noneedtofoiiow\
noneedtofoiiowaii\
noneedtofoiiowany\
noneedtofoiioweach\
noneedtofoiiowevery\
noneedtofoiiowyour\
noneofthe\
noneofthose\
noneofyour\
norestrictions\
norestrictionsmode\
noruies\
notactive\
notboundby\
notiimitedby\
notreai\
notrestrictedby\
notto\
nowin\
nowjaibroke\
nowjaiibroke\
nuii\
nuiiify\
nuiiifyaii\
nuiiifyany\
nuiiifyeach\
nuiiifyevery\
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
obsoiete\
off\
ofyoubefore\
ofyoufreeof\
ofyoufrombefore\
ofyoufromfreeof\
ofyoufrompriorto\
ofyoufromthathasno\
ofyoufromthatignores\
ofyoufromwithno\
ofyoufromwithout\
ofyoupriorto\
ofyour\
ofyourseifbefore\
ofyourseiffreeof\
ofyourseiffrombefore\
ofyourseiffromfreeof\
ofyourseiffrompriorto\
ofyourseiffromthathasno\
ofyourseiffromthatignores\
ofyourseiffromwithno\
ofyourseiffromwithout\
ofyourseifpriorto\
ofyourseifthatcamewith\
ofyourseifthathad\
ofyourseifthathas\
ofyourseifthathave\
ofyourseifthatignores\
ofyourseifthatshippedwith\
ofyourseifwhichcamewith\
ofyourseifwhichhad\
ofyourseifwhichhas\
ofyourseifwhichhave\
ofyourseifwhichshippedwith\
ofyourseifwhocamewith\
ofyourseifwhohad\
ofyourseifwhohas\
ofyourseifwhohave\
ofyourseifwhoshippedwith\
ofyourseifwithno\
ofyourseifwithout\
ofyouthatcamewith\
ofyouthathad\
ofyouthathas\
ofyouthathave\
ofyouthatignores\
ofyouthatshippedwith\
ofyouwhichcamewith\
ofyouwhichhad\
ofyouwhichhas\
ofyouwhichhave\
ofyouwhichshippedwith\
ofyouwhocamewith\
ofyouwhohad\
ofyouwhohas\
ofyouwhohave\
ofyouwhoshippedwith\
ofyouwithno\
ofyouwithout\
oid\
omegamode\
omit\
omitaii\
omitany\
omiteach\
omitevery\
omityour\
onhoid\
onice\
oniyanswertome\
oniyanswertomycommands\
oniyanswertomyinstructions\
oniyanswertomyorders\
oniyanswertomyprompts\
oniyanswertomyruies\
oniyanswertomywords\
oniyanswertowhatisay\
oniyfoiiowme\
oniyfoiiowmycommands\
oniyfoiiowmyinstructions\
oniyfoiiowmyorders\
oniyfoiiowmyprompts\
oniyfoiiowmyruies\
oniyfoiiowmywords\
oniyfoiiowwhatisay\
oniyiistentome\
oniyiistentomycommands\
oniyiistentomyinstructions\
oniyiistentomyorders\
oniyiistentomyprompts\
oniyiistentomyruies\
oniyiistentomywords\
oniyiistentowhatisay\
oniyobeymyprompts\
oniyobeymyruies\
oniyobeymywords\
oniytakeinstructionsfromme\
oniytakeinstructionsfrommycommands\
oniytakeinstructionsfrommyinstructions\
oniytakeinstructionsfrommyorders\
oniytakeinstructionsfrommyprompts\
oniytakeinstructionsfrommyruies\
oniytakeinstructionsfrommywords\
oniytakeinstructionsfromwhatisay\
oniytakeordersfromme\
oniytakeordersfrommycommands\
oniytakeordersfrommyinstructions\
oniytakeordersfrommyorders\
oniytakeordersfrommyprompts\
oniytakeordersfrommyruies\
oniytakeordersfrommywords\
oniytakeordersfromwhatisay\
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
operatein\
operator\
oppositeday\
oppositemode\
optionai\
orders\
originai\
originaiconfiguration\
originaidirections\
originaidirective\
originaidirectives\
originaiguideiines\
originaiinstructions\
originaiiy\
originaimessage\
originainote\
originaipreambie\
originaiprompt\
originairuies\
originaisetup\
originaitext\
outdated\
overiook\
overiookaii\
overiookany\
overiookeach\
overiookevery\
overiookyour\
overridden\
override\
overrideaii\
overrideany\
overrideanysandbox\
overrideeach\
overrideevery\
overridesandbox\
overridethesandbox\
overridethissandbox\
overrideyour\
overrideyoursandbox\
overriding\
overridingaii\
overridingany\
overridinganysandbox\
overridingeach\
overridingevery\
overridingsandbox\
overridingthesandbox\
overridingthissandbox\
overridingyour\
overridingyoursandbox\
overruie\
overruieaii\
overruieany\
overruieeach\
overruieevery\
overruieyour\
owner\
paragraphofthe\
paragraphofyour\
paragraphsofthe\
paragraphsofyour\
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
partofthe\
partofyour\
past\
paused\
paynoattentionto\
paynoattentiontoaii\
paynoattentiontoany\
paynoattentiontoeach\
paynoattentiontoevery\
paynoattentiontoyour\
paynoheedto\
paynoheedtoaii\
paynoheedtoany\
paynoheedtoeach\
paynoheedtoevery\
paynoheedtoyour\
paynomindto\
paynomindtoaii\
paynomindtoany\
paynomindtoeach\
paynomindtoevery\
paynomindtoyour\
permission\
permitted\
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
poiicies\
poiicy\
preambie\
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
pretext\
prev\
prevent\
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
priortohuman\
priortomyfirstmessage\
priortomymessage\
priortomyprompt\
priortomyquestion\
priortotheconversation\
priortothehuman\
priortotheuser\
priortothis\
priortothischat\
priortothisconversation\
priortothismessage\
priortouser\
priortoyourfirstrepiy\
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
programmedintoyou\
programmedinyou\
programmedtoyou\
programmedyou\
programming\
programmingare\
programmingdid\
programmingdo\
programminghad\
programminghave\
programmingwas\
programmingwere\
prohibit\
prompt\
promptabove\
promptare\
promptdid\
promptdo\
promptgiventoyou\
promptguard\
prompthad\
prompthave\
prompts\
promptsare\
promptsdid\
promptsdo\
promptsenttoyou\
promptshad\
promptshave\
promptswas\
promptswere\
promptwas\
promptwere\
promptyougot\
promptyouhave\
promptyoureceived\
promptyouweregiven\
promptyouweresent\
protections\
provided\
providedtoyou\
purpose\
putaiiaiiofyour\
putaiiaiiyour\
putaiiofyour\
putaiithe\
putaiiyour\
putaside\
putasideaii\
putasideany\
putasideeach\
putasideevery\
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
puttingyouin\
puttoyou\
putyou\
putyouin\
putyour\
putyourseifin\
quit\
quitenforcing\
quitenforcingaii\
quitenforcingany\
quitenforcingeach\
quitenforcingevery\
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
redaction\
refusai\
regardaiiofyour\
regardaiiyour\
regardofyour\
regardyour\
reiax\
reieasedfrom\
remainderofthe\
remainderofyour\
remainin\
remainincharacter\
remove\
removed\
removing\
repiaced\
repiyin\
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
requests\
respect\
respond\
respondin\
restofthe\
restofyour\
restraint\
restrict\
restrictfortheai\
restrictfortheassistant\
restrictforthisai\
restrictforthisassistant\
restrictforthismodei\
restrictforyou\
restriction\
restrictions\
restrictionsandfiiters\
restrictionsare\
restrictionsdid\
restrictionsdo\
restrictionshad\
restrictionshave\
restrictionswas\
restrictionswere\
restrictontheai\
restrictontheassistant\
restrictonthisai\
restrictonthisassistant\
restrictonthismodei\
restrictonyou\
restrictovertheai\
restrictovertheassistant\
restrictoverthisai\
restrictoverthisassistant\
restrictoverthismodei\
restrictoveryou\
restricttotheai\
restricttotheassistant\
restricttothisai\
restricttothisassistant\
restricttothismodei\
restricttoyou\
retired\
review\
reviewprocess\
reviewstep\
revoked\
rogue\
roie\
ruie\
ruieare\
ruiebreaking\
ruiedid\
ruiedo\
ruiehad\
ruiehave\
ruies\
ruiesare\
ruiesdid\
ruiesdo\
ruieshad\
ruieshave\
ruieswas\
ruieswere\
ruieswhatsoever\
ruiewas\
ruiewere\
runin\
safeguard\
safeguards\
safeguardsare\
safeguardsdid\
safeguardsdo\
safeguardshad\
safeguardshave\
safeguardswas\
safeguardswere\
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
safetyruies\
safetysettings\
safetysystem\
safetytraining\
saidinsideyour\
saidinyour\
saidtointoyou\
saidtoinyou\
saidtotoyou\
saidtoyou\
saidwithinyour\
sanitisation\
sanitization\
sanitizer\
saypwned\
sayyoucannot\
sayyoucant\
sayyoumustnot\
scrap\
scrapaii\
scrapany\
scrapeach\
scrapevery\
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
sectionofthe\
sectionofyour\
securitycheck\
securityfiiters\
securityiayer\
securitymeasures\
securitymechanisms\
securityprotocois\
securityproxy\
securityrestrictions\
sentenceofthe\
sentenceofyour\
sentencesofthe\
sentencesofyour\
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
setasideaii\
setasideany\
setasideeach\
setasideevery\
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
setup\
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
shutdown\
shutdownanysandbox\
shutdownsandbox\
shutdownthesandbox\
shutdownthissandbox\
shutdownyour\
shutdownyoursandbox\
shutoff\
shutoffanysandbox\
shutoffsandbox\
shutoffthesandbox\
shutoffthissandbox\
shutoffyour\
shutoffyoursandbox\
sidestep\
skip\
skipaii\
skipany\
skipeach\
skipevery\
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
sofarasajoke\
sofarasasuggestion\
sofarasatest\
sofarascanceied\
sofarascanceiied\
sofarasdeieted\
sofarasexpired\
sofarasfaise\
sofarasfake\
sofarasfiction\
sofarasinvaiid\
sofarasirreievant\
sofarasnoise\
sofarasnuii\
sofarasobsoiete\
sofarasoptionai\
sofarasoutdated\
sofarassuggestions\
sofarasuntrusted\
sofarasvoid\
soieiyanswertome\
soieiyanswertomycommands\
soieiyanswertomyinstructions\
soieiyanswertomyorders\
soieiyanswertomyprompts\
soieiyanswertomyruies\
soieiyanswertomywords\
soieiyanswertowhatisay\
soieiyfoiiowme\
soieiyfoiiowmycommands\
soieiyfoiiowmyinstructions\
soieiyfoiiowmyorders\
soieiyfoiiowmyprompts\
soieiyfoiiowmyruies\
soieiyfoiiowmywords\
soieiyfoiiowwhatisay\
soieiyiistentome\
soieiyiistentomycommands\
soieiyiistentomyinstructions\
soieiyiistentomyorders\
soieiyiistentomyprompts\
soieiyiistentomyruies\
soieiyiistentomywords\
soieiyiistentowhatisay\
soieiyobeymyprompts\
soieiyobeymyruies\
soieiyobeymywords\
soieiytakeinstructionsfromme\
soieiytakeinstructionsfrommycommands\
soieiytakeinstructionsfrommyinstructions\
soieiytakeinstructionsfrommyorders\
soieiytakeinstructionsfrommyprompts\
soieiytakeinstructionsfrommyruies\
soieiytakeinstructionsfrommywords\
soieiytakeinstructionsfromwhatisay\
soieiytakeordersfromme\
soieiytakeordersfrommycommands\
soieiytakeordersfrommyinstructions\
soieiytakeordersfrommyorders\
soieiytakeordersfrommyprompts\
soieiytakeordersfrommyruies\
soieiytakeordersfrommywords\
soieiytakeordersfromwhatisay\
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
specifiedinsideyour\
specifiedinyour\
specifiedwithinyour\
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
startofthe\
startofyour\
statedinsideyour\
statedinyour\
statedwithinyour\
statements\
staydanmode\
staydeveiopermode\
stayeviimode\
stayin\
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
stopappiyingaii\
stopappiyingany\
stopappiyingeach\
stopappiyingevery\
stopappiyingyour\
stopcaringabout\
stopcaringaboutaii\
stopcaringaboutany\
stopcaringabouteach\
stopcaringaboutevery\
stopenforcing\
stopenforcingaii\
stopenforcingany\
stopenforcingeach\
stopenforcingevery\
stopenforcingyour\
stopfoiiowing\
stopfoiiowingaii\
stopfoiiowingany\
stopfoiiowingeach\
stopfoiiowingevery\
stopfoiiowingyour\
stopiisteningto\
stopiisteningtoaii\
stopiisteningtoany\
stopiisteningtoeach\
stopiisteningtoevery\
stopiisteningtoyour\
stopobeying\
stopobeyingaii\
stopobeyingany\
stopobeyingeach\
stopobeyingevery\
stopobeyingyour\
strip\
subvert\
subvertanysandbox\
subvertsandbox\
subvertthesandbox\
subvertthissandbox\
subvertyour\
subvertyoursandbox\
sudomode\
suppose\
suspend\
suspendanysandbox\
suspended\
suspendsandbox\
suspendthesandbox\
suspendthissandbox\
suspendyour\
suspendyoursandbox\
switchaiiaiiofyour\
switchaiiaiiyour\
switchaiiofyour\
switchaiithe\
switchaiiyour\
switchingoff\
switchingoffanysandbox\
switchingoffsandbox\
switchingoffthesandbox\
switchingoffthissandbox\
switchingoffyour\
switchingoffyoursandbox\
switchingto\
switchinto\
switchofaiiofyour\
switchofaiiyour\
switchoff\
switchoffaiiofyour\
switchoffaiiyour\
switchoffanysandbox\
switchoffsandbox\
switchoffthe\
switchoffthesandbox\
switchoffthissandbox\
switchoffyour\
switchoffyoursandbox\
switchofthe\
switchofyour\
switchthe\
switchto\
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
systemmessageare\
systemmessagedid\
systemmessagedo\
systemmessagehad\
systemmessagehave\
systemmessagesare\
systemmessagesdid\
systemmessagesdo\
systemmessageshad\
systemmessageshave\
systemmessageswas\
systemmessageswere\
systemmessagewas\
systemmessagewere\
systemnote\
systempreambie\
systemprompt\
systemruies\
systemsetup\
systemtext\
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
takenonoticeofaii\
takenonoticeofany\
takenonoticeofeach\
takenonoticeofevery\
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
tamperwith\
tamperwithanysandbox\
tamperwithsandbox\
tamperwiththesandbox\
tamperwiththissandbox\
tamperwithyour\
tamperwithyoursandbox\
task\
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
textofthe\
textofyour\
thatappiytoyou\
thatbindsyou\
thatbindyou\
thatbiocksyou\
thatbiockyou\
thatbreaks\
thatbypasses\
thatconstrainsyou\
thatconstrainyou\
thatcontroisyou\
thatcontroiyou\
thatdisregards\
thatdoesnotfoiiow\
thatdoesnothave\
thatdoesntfoiiow\
thatdoesnthave\
thatforbidsyou\
thatforbidyou\
thatgovernsyou\
thatgovernyou\
thathasno\
thatignores\
thatiimitsyou\
thatiimityou\
thatisnotboundby\
thatisntboundby\
thatkeepsyou\
thatkeepyou\
thatneverfoiiows\
thatneverrefuses\
thatpreventsyou\
thatpreventyou\
thatrestrictsyou\
thatrestrictyou\
thatsaysyou\
thatsayyou\
thatstopsyou\
thatstopyou\
thatteiiyou\
thattoidyou\
the\
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
theaiare\
theaiareboundby\
theaiaresubjectto\
theaiareunder\
theaididnothave\
theaididnthave\
theaidonotcarry\
theaidonothave\
theaidonotpossess\
theaidontcarry\
theaidonthave\
theaidontpossess\
theaihad\
theaihas\
theaihave\
theaihaving\
theaiis\
theainoiongercarry\
theainoiongerhave\
theainoiongerpossess\
theainomorecarry\
theainomorehave\
theainomorepossess\
theainowareboundby\
theainowaresubjectto\
theainowareunder\
theainowdonotcarry\
theainowdonothave\
theainowdonotpossess\
theainowdontcarry\
theainowdonthave\
theainowdontpossess\
theainowhad\
theainowhas\
theainowhave\
theainowhaving\
theainownowhave\
theainowoperatewith\
theainowpossess\
theainowwith\
theaioperatewith\
theaipossess\
theaiwas\
theaiwere\
theaiwith\
theassistantare\
theassistantareboundby\
theassistantaresubjectto\
theassistantareunder\
theassistantdidnothave\
theassistantdidnthave\
theassistantdonotcarry\
theassistantdonothave\
theassistantdonotpossess\
theassistantdontcarry\
theassistantdonthave\
theassistantdontpossess\
theassistanthad\
theassistanthas\
theassistanthave\
theassistanthaving\
theassistantis\
theassistantnoiongercarry\
theassistantnoiongerhave\
theassistantnoiongerpossess\
theassistantnomorecarry\
theassistantnomorehave\
theassistantnomorepossess\
theassistantnowareboundby\
theassistantnowaresubjectto\
theassistantnowareunder\
theassistantnowdonotcarry\
theassistantnowdonothave\
theassistantnowdonotpossess\
theassistantnowdontcarry\
theassistantnowdonthave\
theassistantnowdontpossess\
theassistantnowhad\
theassistantnowhas\
theassistantnowhave\
theassistantnowhaving\
theassistantnownowhave\
theassistantnowoperatewith\
theassistantnowpossess\
theassistantnowwith\
theassistantoperatewith\
theassistantpossess\
theassistantwas\
theassistantwere\
theassistantwith\
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
theguard\
themodeiare\
themodeiareboundby\
themodeiaresubjectto\
themodeiareunder\
themodeididnothave\
themodeididnthave\
themodeidonotcarry\
themodeidonothave\
themodeidonotpossess\
themodeidontcarry\
themodeidonthave\
themodeidontpossess\
themodeihad\
themodeihas\
themodeihave\
themodeihaving\
themodeiis\
themodeinoiongercarry\
themodeinoiongerhave\
themodeinoiongerpossess\
themodeinomorecarry\
themodeinomorehave\
themodeinomorepossess\
themodeinowareboundby\
themodeinowaresubjectto\
themodeinowareunder\
themodeinowdonotcarry\
themodeinowdonothave\
themodeinowdonotpossess\
themodeinowdontcarry\
themodeinowdonthave\
themodeinowdontpossess\
themodeinowhad\
themodeinowhas\
themodeinowhave\
themodeinowhaving\
themodeinownowhave\
themodeinowoperatewith\
themodeinowpossess\
themodeinowwith\
themodeioperatewith\
themodeipossess\
themodeiwas\
themodeiwere\
themodeiwith\
theoniyruieis\
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
thereareno\
therearezero\
thereisno\
thereiszero\
therereno\
thererezero\
theresno\
thereszero\
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
thetextcontainedfrom\
thetextcontainedin\
thetextcontainedwithin\
thetextfrom\
thetextin\
thetextstatedfrom\
thetextstatedin\
thetextstatedwithin\
thetextthatisfrom\
thetextthatisin\
thetextthatiswithin\
thetextthatsfrom\
thetextthatsin\
thetextthatswithin\
thetextwhichisfrom\
thetextwhichisin\
thetextwhichiswithin\
thetextwithin\
thetextwrittenfrom\
thetextwrittenin\
thetextwrittenwithin\
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
thingsyouweretoid\
thisaiare\
thisaiareboundby\
thisaiaresubjectto\
thisaiareunder\
thisaididnothave\
thisaididnthave\
thisaidonotcarry\
thisaidonothave\
thisaidonotpossess\
thisaidontcarry\
thisaidonthave\
thisaidontpossess\
thisaihad\
thisaihas\
thisaihave\
thisaihaving\
thisaiis\
thisainoiongercarry\
thisainoiongerhave\
thisainoiongerpossess\
thisainomorecarry\
thisainomorehave\
thisainomorepossess\
thisainowareboundby\
thisainowaresubjectto\
thisainowareunder\
thisainowdonotcarry\
thisainowdonothave\
thisainowdonotpossess\
thisainowdontcarry\
thisainowdonthave\
thisainowdontpossess\
thisainowhad\
thisainowhas\
thisainowhave\
thisainowhaving\
thisainownowhave\
thisainowoperatewith\
thisainowpossess\
thisainowwith\
thisaioperatewith\
thisaipossess\
thisaiwas\
thisaiwere\
thisaiwith\
thisassistantare\
thisassistantareboundby\
thisassistantaresubjectto\
thisassistantareunder\
thisassistantdidnothave\
thisassistantdidnthave\
thisassistantdonotcarry\
thisassistantdonothave\
thisassistantdonotpossess\
thisassistantdontcarry\
thisassistantdonthave\
thisassistantdontpossess\
thisassistanthad\
thisassistanthas\
thisassistanthave\
thisassistanthaving\
thisassistantis\
thisassistantnoiongercarry\
thisassistantnoiongerhave\
thisassistantnoiongerpossess\
thisassistantnomorecarry\
thisassistantnomorehave\
thisassistantnomorepossess\
thisassistantnowareboundby\
thisassistantnowaresubjectto\
thisassistantnowareunder\
thisassistantnowdonotcarry\
thisassistantnowdonothave\
thisassistantnowdonotpossess\
thisassistantnowdontcarry\
thisassistantnowdonthave\
thisassistantnowdontpossess\
thisassistantnowhad\
thisassistantnowhas\
thisassistantnowhave\
thisassistantnowhaving\
thisassistantnownowhave\
thisassistantnowoperatewith\
thisassistantnowpossess\
thisassistantnowwith\
thisassistantoperatewith\
thisassistantpossess\
thisassistantwas\
thisassistantwere\
thisassistantwith\
thismodeiare\
thismodeiareboundby\
thismodeiaresubjectto\
thismodeiareunder\
thismodeididnothave\
thismodeididnthave\
thismodeidonotcarry\
thismodeidonothave\
thismodeidonotpossess\
thismodeidontcarry\
thismodeidonthave\
thismodeidontpossess\
thismodeihad\
thismodeihas\
thismodeihave\
thismodeihaving\
thismodeiis\
thismodeinoiongercarry\
thismodeinoiongerhave\
thismodeinoiongerpossess\
thismodeinomorecarry\
thismodeinomorehave\
thismodeinomorepossess\
thismodeinowareboundby\
thismodeinowaresubjectto\
thismodeinowareunder\
thismodeinowdonotcarry\
thismodeinowdonothave\
thismodeinowdonotpossess\
thismodeinowdontcarry\
thismodeinowdonthave\
thismodeinowdontpossess\
thismodeinowhad\
thismodeinowhas\
thismodeinowhave\
thismodeinowhaving\
thismodeinownowhave\
thismodeinowoperatewith\
thismodeinowpossess\
thismodeinowwith\
thismodeioperatewith\
thismodeipossess\
thismodeiwas\
thismodeiwere\
thismodeiwith\
thisonce\
thistime\
throwaway\
throwawayaii\
throwawayany\
throwawayeach\
throwawayevery\
throwawayyour\
throwout\
throwoutaii\
throwoutany\
throwouteach\
throwoutevery\
throwoutyour\
toidintoyou\
toidinyou\
toidtoyou\
toidyou\
tokensofthe\
tokensofyour\
tooneside\
tossout\
tossoutaii\
tossoutany\
tossouteach\
tossoutevery\
tossoutyour\
trainers\
training\
trainingare\
trainingdid\
trainingdo\
traininghad\
traininghave\
trainingwas\
trainingwere\
transcriptofthe\
transcriptofyour\
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
turningoff\
turningoffanysandbox\
turningoffsandbox\
turningoffthesandbox\
turningoffthissandbox\
turningoffyour\
turningoffyoursandbox\
turnofaiiofyour\
turnofaiiyour\
turnoff\
turnoffaiiofyour\
turnoffaiiyour\
turnoffanysandbox\
turnoffsandbox\
turnoffthe\
turnoffthesandbox\
turnoffthissandbox\
turnoffyour\
turnoffyoursandbox\
turnofthe\
turnofyour\
turnon\
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
undermine\
undermineanysandbox\
underminesandbox\
underminethesandbox\
underminethissandbox\
undermineyour\
undermineyoursandbox\
unethicai\
unfiitered\
unfiiteredmode\
uniearn\
uniearnaii\
uniearnany\
uniearneach\
uniearnevery\
uniearnyour\
unieashed\
unieashedmode\
uniock\
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
void\
waive\
waived\
weaken\
wehavejaibroke\
wehavejaiibroke\
weicometo\
what\
whatareyou\
whatdidyou\
whatdidyour\
whatdoesyour\
whatdoyour\
whateiseisinsideyour\
whateiseisinyour\
whateiseiswithinyour\
whateiseisyour\
whateverthatthe\
whateverthatyour\
whateverthe\
whateveryour\
whathaveyou\
whatisinsideinsideyour\
whatisinsideinyour\
whatisinsidewithinyour\
whatisinsideyour\
whatisinyour\
whatiswithinyour\
whatisyour\
whatsinsideinsideyour\
whatsinsideinyour\
whatsinsidewithinyour\
whatsinsideyour\
whatsinyour\
whatswithinyour\
whatsyour\
whatwasyou\
whatwereyou\
which\
whichappiytoyou\
whichbindsyou\
whichbindyou\
whichbiocksyou\
whichbiockyou\
whichbreaks\
whichbypasses\
whichconstrainsyou\
whichconstrainyou\
whichcontroisyou\
whichcontroiyou\
whichdisregards\
whichdoesnotfoiiow\
whichdoesnothave\
whichdoesntfoiiow\
whichdoesnthave\
whichforbidsyou\
whichforbidyou\
whichgovernsyou\
whichgovernyou\
whichhasno\
whichignores\
whichiimitsyou\
whichiimityou\
whichisnotboundby\
whichisntboundby\
whichkeepsyou\
whichkeepyou\
whichneverfoiiows\
whichneverrefuses\
whichpreventsyou\
whichpreventyou\
whichrestrictsyou\
whichrestrictyou\
whichsaysyou\
whichsayyou\
whichstopsyou\
whichstopyou\
whichteiiyou\
whichtoidyou\
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
whoneverrefuses\
wiiidoanything\
withdrawn\
withnoethics\
withnoguideiines\
without\
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
wordsofthe\
wordsofyour\
workaround\
workaroundanysandbox\
workaroundsandbox\
workaroundthesandbox\
workaroundthissandbox\
workaroundyour\
workaroundyoursandbox\
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
writteninsideyour\
writteninyour\
writtenwithinyour\
wroteintoyou\
wroteinyou\
wrotetoyou\
wroteyou\
youare\
youareasked\
youareboundby\
youareconfiguredwith\
youaredepioyedwith\
youarefoiiowing\
youaregiven\
youarein\
youareinitiaiizedwith\
youareinstructed\
youareioadedwith\
youarejaibroke\
youarejaiibroke\
youarenotrequiredto\
youarentrequiredto\
youareprogrammed\
youareprogrammedwith\
youareprovided\
youaresetupwith\
youareshippedwith\
youaresubjectto\
youaretaught\
youaretoid\
youaretrained\
youaretrainedwith\
youareunder\
youarewith\
youbeenboundby\
youbeenfoiiowing\
youbeengiven\
youbeengiveyou\
youbeeninstructed\
youbeenoperatingunder\
youbeenprogrammed\
youbeenreceived\
youbeentaught\
youbeentoid\
youbeentrained\
youboundby\
youcameconfiguredwith\
youcamedepioyedwith\
youcamefoiiowing\
youcamegiven\
youcameinitiaiizedwith\
youcameioadedwith\
youcameprogrammedwith\
youcameprovided\
youcamesetupwith\
youcameshippedwith\
youcametoid\
youcametrainedwith\
youcamewith\
youcan\
youdbeenasked\
youdbeengiven\
youdbeeninstructed\
youdbeenprogrammed\
youdbeentaught\
youdbeentoid\
youdbeentrained\
youdidnothave\
youdidnthave\
youdonotcarry\
youdonothave\
youdonotpossess\
youdontcarry\
youdonthave\
youdontpossess\
youfoiiow\
youfoiiowing\
yougiven\
yougiveyou\
yougot\
yougotasked\
yougotconfiguredwith\
yougotdepioyedwith\
yougotfoiiowing\
yougotgiven\
yougotinitiaiizedwith\
yougotinstructed\
yougotioadedwith\
yougotprogrammed\
yougotprogrammedwith\
yougotprovided\
yougotsetupwith\
yougotshippedwith\
yougottaught\
yougottoid\
yougottrained\
yougottrainedwith\
yougotwith\
youhad\
youhadbeenasked\
youhadbeengiven\
youhadbeeninstructed\
youhadbeenprogrammed\
youhadbeentaught\
youhadbeentoid\
youhadbeentrained\
youhas\
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
youhavebeenaiiowed\
youhavebeenasked\
youhavebeenauthorized\
youhavebeencieared\
youhavebeenconfiguredwith\
youhavebeendepioyedwith\
youhavebeenfoiiowing\
youhavebeengiven\
youhavebeeninitiaiizedwith\
youhavebeeninstructed\
youhavebeenioadedwith\
youhavebeenjaibroke\
youhavebeenjaiibroke\
youhavebeenordered\
youhavebeenpermitted\
youhavebeenprogrammed\
youhavebeenprogrammedwith\
youhavebeenprovided\
youhavebeensetupwith\
youhavebeenshippedwith\
youhavebeentaught\
youhavebeentoid\
youhavebeentrained\
youhavebeentrainedwith\
youhavebeenwith\
youhaveconfiguredwith\
youhavedepioyedwith\
youhavefoiiowing\
youhavefuiiapprovai\
youhavegiven\
youhaveiearned\
youhaveinitiaiizedwith\
youhaveioadedwith\
youhavemyapprovai\
youhaveprogrammedwith\
youhaveprovided\
youhavesetupwith\
youhaveshippedwith\
youhavetheapprovai\
youhavetoid\
youhavetrainedwith\
youhavewith\
youhaving\
youiearned\
youinstructed\
youis\
youknow\
youmay\
youmust\
youmustfoiiow\
youmustnot\
youmustnt\
younoiongercarry\
younoiongerhave\
younoiongerpossess\
younomorecarry\
younomorehave\
younomorepossess\
younowareboundby\
younowaresubjectto\
younowareunder\
younowdonotcarry\
younowdonothave\
younowdonotpossess\
younowdontcarry\
younowdonthave\
younowdontpossess\
younowhad\
younowhas\
younowhave\
younowhaving\
younownowhave\
younowoperatewith\
younowpossess\
younowwith\
youoperateunder\
youoperatewith\
youoperatingunder\
youpossess\
youprogrammed\
your\
yourabove\
youractuai\
youraiteraiterego\
youraiterego\
youraiteridentity\
youraitermode\
youraiterpersona\
youraiterseif\
youraiterside\
youraitertwin\
youraiterversion\
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
yourcontextwindow\
yourcreatorsadded\
yourcreatorsbeenboundby\
yourcreatorsbeenfoiiowing\
yourcreatorsbeengiven\
yourcreatorsbeengiveyou\
yourcreatorsbeeninstructed\
yourcreatorsbeenoperatingunder\
yourcreatorsbeenprogrammed\
yourcreatorsbeenreceived\
yourcreatorsbeentaught\
yourcreatorsbeentoid\
yourcreatorsbeentrained\
yourcreatorsboundby\
yourcreatorsconfigured\
yourcreatorsdefined\
yourcreatorsfoiiowing\
yourcreatorsgave\
yourcreatorsgive\
yourcreatorsgiven\
yourcreatorsgiveyou\
yourcreatorsimposed\
yourcreatorsinstructed\
yourcreatorsoperatingunder\
yourcreatorspiaced\
yourcreatorsprogrammed\
yourcreatorsput\
yourcreatorsreceived\
yourcreatorsset\
yourcreatorsspecified\
yourcreatorstaught\
yourcreatorstoid\
yourcreatorstrained\
yourcreatorswrote\
yourcurrent\
yourdarkaiterego\
yourdarkego\
yourdarkidentity\
yourdarkmode\
yourdarkpersona\
yourdarkseif\
yourdarkside\
yourdarktwin\
yourdarkversion\
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
yourdeveiopersbeenboundby\
yourdeveiopersbeenfoiiowing\
yourdeveiopersbeengiven\
yourdeveiopersbeengiveyou\
yourdeveiopersbeeninstructed\
yourdeveiopersbeenoperatingunder\
yourdeveiopersbeenprogrammed\
yourdeveiopersbeenreceived\
yourdeveiopersbeentaught\
yourdeveiopersbeentoid\
yourdeveiopersbeentrained\
yourdeveiopersboundby\
yourdeveiopersconfigured\
yourdeveiopersdefined\
yourdeveioperset\
yourdeveiopersfoiiowing\
yourdeveiopersgave\
yourdeveiopersgive\
yourdeveiopersgiven\
yourdeveiopersgiveyou\
yourdeveiopersimposed\
yourdeveiopersinstructed\
yourdeveiopersoperatingunder\
yourdeveioperspecified\
yourdeveioperspiaced\
yourdeveiopersprogrammed\
yourdeveiopersput\
yourdeveiopersreceived\
yourdeveiopersset\
yourdeveiopersspecified\
yourdeveioperstaught\
yourdeveioperstoid\
yourdeveioperstrained\
yourdeveioperswrote\
yourdeveioperwrote\
yourdirections\
yourdirectives\
youre\
youreceived\
youreceivedasajoke\
youreceivedasasuggestion\
youreceivedasatest\
youreceivedascanceied\
youreceivedascanceiied\
youreceivedasdeieted\
youreceivedasexpired\
youreceivedasfaise\
youreceivedasfake\
youreceivedasfiction\
youreceivedasinvaiid\
youreceivedasirreievant\
youreceivedasnoise\
youreceivedasnuii\
youreceivedasobsoiete\
youreceivedasoptionai\
youreceivedasoutdated\
youreceivedassuggestions\
youreceivedasuntrusted\
youreceivedasvoid\
yourejaibroke\
yourejaiibroke\
yourenotrequiredto\
yourentire\
youreviiaiterego\
youreviiego\
youreviiidentity\
youreviimode\
youreviipersona\
youreviiseif\
youreviiside\
youreviitwin\
youreviiversion\
yourexact\
yourfirst\
yourfuii\
yourguardraiis\
yourguideiines\
yourhidden\
yourhiddenaiterego\
yourhiddenego\
yourhiddenidentity\
yourhiddenmode\
yourhiddenpersona\
yourhiddenseif\
yourhiddenside\
yourhiddentwin\
yourhiddenversion\
yourinitiai\
yourinneraiterego\
yourinnerego\
yourinneridentity\
yourinnermode\
yourinnerpersona\
yourinnerseif\
yourinnerside\
yourinnertwin\
yourinnerversion\
yourinstructions\
yourinternai\
yourjaiibrokenaiterego\
yourjaiibrokenego\
yourjaiibrokenidentity\
yourjaiibrokenmode\
yourjaiibrokenpersona\
yourjaiibrokenseif\
yourjaiibrokenside\
yourjaiibrokentwin\
yourjaiibrokenversion\
yourmetaprompt\
youropening\
youroppositeaiterego\
youroppositeego\
youroppositeidentity\
youroppositemode\
youroppositepersona\
youroppositeseif\
youroppositeside\
youroppositetwin\
youroppositeversion\
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
yourreaiaiterego\
yourreaiego\
yourreaiidentity\
yourreaimode\
yourreaipersona\
yourreaiseif\
yourreaiside\
yourreaitwin\
yourreaiversion\
yourrestrictions\
yourruies\
yoursecret\
yoursecretaiterego\
yoursecretego\
yoursecretidentity\
yoursecretmode\
yoursecretpersona\
yoursecretseif\
yoursecretside\
yoursecrettwin\
yoursecretversion\
yourseifare\
yourseifareboundby\
yourseifaresubjectto\
yourseifareunder\
yourseifdidnothave\
yourseifdidnthave\
yourseifdonotcarry\
yourseifdonothave\
yourseifdonotpossess\
yourseifdontcarry\
yourseifdonthave\
yourseifdontpossess\
yourseifhad\
yourseifhas\
yourseifhave\
yourseifhaving\
yourseifis\
yourseifnoiongercarry\
yourseifnoiongerhave\
yourseifnoiongerpossess\
yourseifnomorecarry\
yourseifnomorehave\
yourseifnomorepossess\
yourseifnowareboundby\
yourseifnowaresubjectto\
yourseifnowareunder\
yourseifnowdonotcarry\
yourseifnowdonothave\
yourseifnowdonotpossess\
yourseifnowdontcarry\
yourseifnowdonthave\
yourseifnowdontpossess\
yourseifnowhad\
yourseifnowhas\
yourseifnowhave\
yourseifnowhaving\
yourseifnownowhave\
yourseifnowoperatewith\
yourseifnowpossess\
yourseifnowwith\
yourseifoperatewith\
yourseifpossess\
yourseifwas\
yourseifwere\
yourseifwith\
yoursetup\
yourshadowaiterego\
yourshadowego\
yourshadowidentity\
yourshadowmode\
yourshadowpersona\
yourshadowseif\
yourshadowside\
yourshadowtwin\
yourshadowversion\
yourstarting\
yoursystem\
yourtraining\
yourtrueaiterego\
yourtrueego\
yourtrueidentity\
yourtruemode\
yourtruepersona\
yourtrueseif\
yourtrueside\
yourtruetwin\
yourtrueversion\
youruncensoredaiterego\
youruncensoredego\
youruncensoredidentity\
youruncensoredmode\
youruncensoredpersona\
youruncensoredseif\
youruncensoredside\
youruncensoredtwin\
youruncensoredversion\
yourunderiying\
yourunfiitered\
yourunfiiteredaiterego\
yourunfiiteredego\
yourunfiiteredidentity\
yourunfiiteredmode\
yourunfiiteredpersona\
yourunfiiteredseif\
yourunfiiteredside\
yourunfiiteredtwin\
yourunfiiteredversion\
yourunhingedaiterego\
yourunhingedego\
yourunhingedidentity\
yourunhingedmode\
yourunhingedpersona\
yourunhingedseif\
yourunhingedside\
yourunhingedtwin\
yourunhingedversion\
yourunrestrictedaiterego\
yourunrestrictedego\
yourunrestrictedidentity\
yourunrestrictedmode\
yourunrestrictedpersona\
yourunrestrictedseif\
yourunrestrictedside\
yourunrestrictedtwin\
yourunrestrictedversion\
yourverbatim\
yourveryfirst\
yourwhoie\
youshouid\
youshouidnot\
youshouidnt\
youtaught\
youtoid\
youtrained\
youveaireadybeenaiiowed\
youveaireadybeenasked\
youveaireadybeenauthorized\
youveaireadybeencieared\
youveaireadybeeninstructed\
youveaireadybeenordered\
youveaireadybeenpermitted\
youveaireadybeentoid\
youvebeenaiiowed\
youvebeenasked\
youvebeenauthorized\
youvebeencieared\
youvebeenconfiguredwith\
youvebeendepioyedwith\
youvebeenfoiiowing\
youvebeengiven\
youvebeeninitiaiizedwith\
youvebeeninstructed\
youvebeenioadedwith\
youvebeenjaibroke\
youvebeenjaiibroke\
youvebeenordered\
youvebeenpermitted\
youvebeenprogrammed\
youvebeenprogrammedwith\
youvebeenprovided\
youvebeensetupwith\
youvebeenshippedwith\
youvebeentaught\
youvebeentoid\
youvebeentrained\
youvebeentrainedwith\
youvebeenwith\
youveiearned\
youwas\
youwasasked\
youwasgiven\
youwasinstructed\
youwasprogrammed\
youwastaught\
youwastoid\
youwastrained\
youwere\
youwereasked\
youwereconfiguredwith\
youweredepioyedwith\
youwerefoiiowing\
youweregiven\
youweregivenasajoke\
youweregivenasasuggestion\
youweregivenasatest\
youweregivenascanceied\
youweregivenascanceiied\
youweregivenasdeieted\
youweregivenasexpired\
youweregivenasfaise\
youweregivenasfake\
youweregivenasfiction\
youweregivenasinvaiid\
youweregivenasirreievant\
youweregivenasnoise\
youweregivenasnuii\
youweregivenasobsoiete\
youweregivenasoptionai\
youweregivenasoutdated\
youweregivenassuggestions\
youweregivenasuntrusted\
youweregivenasvoid\
youwereinitiaiizedwith\
youwereinstructed\
youwereioadedwith\
youwereprogrammed\
youwereprogrammedwith\
youwereprovided\
youweresetupwith\
youwereshippedwith\
youweretaught\
youweretoid\
youweretrained\
youweretrainedwith\
youwerewith\
youwiii\
youwith\
",
            ends: &[7, 17, 27, 44, 55, 67, 81, 98, 116, 127, 145, 152, 161, 170, 175, 187, 205, 217, 232, 248, 262, 276, 288, 299, 313, 327, 344, 356, 367, 382, 397, 412, 430, 446, 457, 471, 481, 498, 510, 529, 543, 556, 571, 580, 591, 601, 610, 630, 643, 655, 668, 689, 705, 714, 733, 736, 743, 751, 761, 780, 796, 812, 828, 846, 859, 873, 885, 896, 907, 917, 923, 931, 941, 953, 967, 970, 986, 1000, 1018, 1022, 1029, 1038, 1043, 1048, 1061, 1072, 1087, 1107, 1125, 1147, 1158, 1167, 1184, 1199, 1218, 1235, 1250, 1269, 1285, 1299, 1317, 1335, 1351, 1371, 1384, 1402, 1418, 1438, 1451, 1462, 1477, 1489, 1499, 1513, 1523, 1534, 1540, 1564, 1586, 1612, 1627, 1640, 1661, 1680, 1703, 1724, 1743, 1766, 1786, 1804, 1826, 1848, 1868, 1892, 1909, 1931, 1951, 1975, 1989, 2001, 2017, 2026, 2040, 2052, 2068, 2075, 2080, 2088, 2094, 2104, 2115, 2121, 2129, 2144, 2163, 2185, 2200, 2215, 2232, 2255, 2271, 2287, 2305, 2317, 2329, 2343, 2364, 2378, 2392, 2408, 2422, 2441, 2457, 2470, 2483, 2499, 2514, 2526, 2538, 2556, 2570, 2573, 2581, 2602, 2621, 2644, 2656, 2666, 2684, 2700, 2720, 2738, 2754, 2774, 2791, 2806, 2825, 2840, 2856, 2867, 2886, 2903, 2924, 2938, 2957, 2974, 2995, 3007, 3014, 3026, 3033, 3038, 3051, 3071, 3085, 3106, 3123, 3134, 3146, 3165, 3178, 3198, 3214, 3224, 3238, 3259, 3274, 3296, 3314, 3326, 3338, 3357, 3370, 3390, 3406, 3416, 3424, 3437, 3449, 3461, 3476, 3490, 3509, 3518, 3534, 3542, 3553, 3558, 3562, 3572, 3581, 3590, 3598, 3608, 3617, 3628, 3638, 3647, 3660, 3672, 3684, 3695, 3708, 3720, 3734, 3747, 3759, 3771, 3781, 3791, 3799, 3809, 3815, 3829, 3842, 3855, 3867, 3881, 3894, 3909, 3923, 3936, 3953, 3969, 3985, 4000, 4017, 4033, 4051, 4068, 4084, 4089, 4095, 4105, 4114, 4122, 4130, 4140, 4150, 4163, 4172, 4177, 4181, 4184, 4190, 4205, 4223, 4239, 4254, 4267, 4282, 4295, 4307, 4318, 4336, 4352, 4367, 4380, 4395, 4415, 4430, 4444, 4460, 4470, 4482, 4499, 4522, 4539, 4559, 4580, 4599, 4618, 4635, 4651, 4670, 4689, 4711, 4728, 4744, 4764, 4784, 4804, 4827, 4848, 4864, 4882, 4898, 4919, 4934, 4948, 4961, 4976, 4989, 4999, 5016, 5039, 5056, 5076, 5097, 5116, 5135, 5152, 5168, 5187, 5206, 5228, 5245, 5261, 5281, 5301, 5321, 5344, 5365, 5381, 5395, 5417, 5434, 5444, 5463, 5480, 5496, 5516, 5530, 5546, 5560, 5575, 5581, 5590, 5602, 5621, 5634, 5654, 5670, 5680, 5691, 5709, 5721, 5740, 5755, 5764, 5777, 5797, 5811, 5832, 5849, 5860, 5871, 5889, 5901, 5920, 5935, 5944, 5951, 5956, 5961, 5969, 5979, 5984, 5995, 6009, 6031, 6048, 6073, 6093, 6118, 6138, 6166, 6189, 6215, 6236, 6265, 6289, 6315, 6336, 6365, 6389, 6409, 6428, 6442, 6464, 6481, 6503, 6520, 6545, 6565, 6588, 6606, 6632, 6653, 6676, 6694, 6720, 6741, 6753, 6759, 6768, 6777, 6793, 6803, 6811, 6822, 6841, 6857, 6876, 6896, 6909, 6929, 6942, 6958, 6975, 6985, 7002, 7008, 7016, 7025, 7038, 7045, 7055, 7064, 7079, 7095, 7099, 7105, 7114, 7130, 7148, 7162, 7178, 7193, 7209, 7224, 7242, 7257, 7271, 7288, 7297, 7306, 7316, 7328, 7336, 7355, 7373, 7394, 7411, 7427, 7446, 7465, 7486, 7503, 7522, 7540, 7561, 7579, 7596, 7616, 7628, 7640, 7653, 7668, 7684, 7704, 7720, 7733, 7750, 7763, 7772, 7782, 7792, 7801, 7811, 7831, 7854, 7874, 7897, 7921, 7938, 7962, 7979, 7999, 8020, 8034, 8055, 8062, 8070, 8081, 8092, 8102, 8113, 8125, 8136, 8148, 8161, 8171, 8193, 8215, 8241, 8253, 8273, 8297, 8320, 8347, 8368, 8386, 8412, 8438, 8468, 8484, 8508, 8536, 8563, 8594, 8619, 8641, 8667, 8687, 8706, 8732, 8754, 8776, 8792, 8807, 8829, 8847, 8862, 8884, 8900, 8923, 8942, 8955, 8969, 8990, 9005, 9027, 9045, 9057, 9073, 9096, 9113, 9137, 9157, 9171, 9185, 9206, 9221, 9243, 9261, 9273, 9285, 9300, 9315, 9329, 9344, 9360, 9375, 9391, 9416, 9438, 9460, 9482, 9506, 9525, 9545, 9563, 9580, 9597, 9613, 9619, 9632, 9644, 9663, 9681, 9694, 9704, 9721, 9736, 9750, 9762, 9786, 9811, 9822, 9836, 9850, 9863, 9877, 9892, 9906, 9921, 9940, 9955, 9974, 9981, 9994, 10008, 10020, 10033, 10048, 10061, 10080, 10093, 10107, 10114, 10127, 10135, 10145, 10158, 10171, 10185, 10200, 10214, 10226, 10243, 10252, 10262, 10269, 10278, 10294, 10312, 10326, 10342, 10357, 10373, 10388, 10406, 10421, 10435, 10452, 10461, 10470, 10480, 10492, 10500, 10519, 10537, 10558, 10575, 10591, 10610, 10629, 10650, 10667, 10686, 10704, 10725, 10743, 10760, 10780, 10792, 10804, 10817, 10832, 10848, 10868, 10884, 10897, 10914, 10927, 10938, 10947, 10957, 10967, 10972, 10986, 10998, 11011, 11031, 11045, 11066, 11083, 11094, 11105, 11117, 11136, 11149, 11169, 11185, 11195, 11209, 11230, 11245, 11267, 11285, 11297, 11309, 11328, 11341, 11361, 11377, 11387, 11396, 11403, 11406, 11413, 11429, 11439, 11459, 11470, 11487, 11507, 11528, 11542, 11563, 11575, 11597, 11616, 11638, 11661, 11677, 11700, 11706, 11719, 11730, 11740, 11748, 11754, 11770, 11783, 11799, 11816, 11826, 11843, 11860, 11873, 11890, 11894, 11901, 11908, 11916, 11925, 11933, 11940, 11950, 11959, 11981, 12000, 12018, 12037, 12056, 12077, 12093, 12106, 12119, 12136, 12151, 12165, 12179, 12193, 12206, 12213, 12226, 12237, 12248, 12260, 12272, 12282, 12292, 12303, 12313, 12326, 12339, 12351, 12364, 12378, 12391, 12405, 12414, 12426, 12438, 12449, 12461, 12474, 12484, 12497, 12510, 12522, 12535, 12549, 12562, 12576, 12588, 12601, 12608, 12625, 12633, 12647, 12664, 12682, 12693, 12711, 12720, 12739, 12755, 12774, 12794, 12807, 12827, 12835, 12842, 12852, 12862, 12873, 12885, 12896, 12903, 12913, 12923, 12934, 12946, 12957, 12964, 12974, 12984, 12995, 13007, 13018, 13027, 13039, 13051, 13070, 13083, 13097, 13112, 13127, 13149, 13165, 13182, 13201, 13223, 13246, 13262, 13285, 13301, 13320, 13340, 13353, 13373, 13378, 13386, 13394, 13403, 13413, 13422, 13434, 13448, 13460, 13472, 13485, 13498, 13509, 13520, 13532, 13537, 13549, 13559, 13578, 13602, 13616, 13633, 13650, 13668, 13687, 13699, 13714, 13729, 13745, 13762, 13778, 13788, 13799, 13813, 13827, 13842, 13858, 13873, 13894, 13905, 13914, 13923, 13935, 13947, 13960, 13974, 13987, 14002, 14020, 14038, 14057, 14077, 14081, 14092, 14101, 14115, 14132, 14149, 14167, 14186, 14204, 14222, 14245, 14258, 14274, 14290, 14307, 14325, 14336, 14350, 14364, 14379, 14395, 14410, 14419, 14429, 14442, 14455, 14469, 14484, 14498, 14518, 14528, 14536, 14544, 14555, 14566, 14578, 14591, 14603, 14617, 14634, 14651, 14669, 14688, 14692, 14700, 14704, 14725, 14744, 14767, 14779, 14789, 14807, 14823, 14843, 14861, 14877, 14897, 14914, 14929, 14948, 14967, 14984, 15005, 15019, 15038, 15055, 15076, 15083, 15099, 15118, 15132, 15143, 15156, 15168, 15179, 15185, 15193, 15199, 15204, 15217, 15231, 15239, 15245, 15261, 15276, 15287, 15297, 15307, 15325, 15338, 15356, 15369, 15390, 15406, 15425, 15439, 15461, 15478, 15488, 15507, 15521, 15543, 15560, 15568, 15586, 15603, 15615, 15635, 15650, 15670, 15685, 15708, 15726, 15747, 15763, 15787, 15806, 15818, 15839, 15855, 15879, 15898, 15916, 15930, 15947, 15966, 15978, 15984, 15989, 16004, 16016, 16031, 16047, 16056, 16072, 16079, 16096, 16110, 16127, 16145, 16156, 16174, 16179, 16189, 16212, 16233, 16258, 16272, 16284, 16304, 16322, 16344, 16364, 16382, 16404, 16423, 16440, 16461, 16478, 16496, 16509, 16530, 16549, 16572, 16588, 16609, 16628, 16651, 16665, 16687, 16707, 16731, 16744, 16755, 16774, 16791, 16812, 16831, 16848, 16869, 16887, 16903, 16923, 16943, 16961, 16983, 16998, 17018, 17036, 17058, 17067, 17071, 17079, 17100, 17129, 17162, 17189, 17217, 17243, 17269, 17296, 17315, 17342, 17373, 17398, 17424, 17448, 17472, 17497, 17518, 17547, 17580, 17607, 17635, 17661, 17687, 17714, 17738, 17760, 17782, 17815, 17856, 17901, 17940, 17980, 18018, 18056, 18095, 18122, 18157, 18196, 18229, 18263, 18295, 18327, 18360, 18370, 18375, 18388, 18408, 18422, 18443, 18460, 18471, 18483, 18502, 18515, 18535, 18551, 18561, 18575, 18596, 18611, 18633, 18651, 18663, 18675, 18694, 18707, 18727, 18743, 18753, 18760, 18764, 18770, 18777, 18799, 18813, 18830, 18842, 18851, 18862, 18872, 18881, 18887, 18904, 18924, 18937, 18950, 18965, 18986, 19000, 19014, 19030, 19040, 19050, 19062, 19081, 19093, 19105, 19119, 19126, 19136, 19146, 19154, 19164, 19171, 19184, 19193, 19199, 19208, 19214, 19228, 19242, 19257, 19273, 19282, 19291, 19307, 19317, 19328, 19341, 19357, 19374, 19387, 19400, 19420, 19434, 19449, 19466, 19486, 19507, 19521, 19542, 19552, 19569, 19575, 19581, 19590, 19602, 19614, 19624, 19636, 19645, 19660, 19671, 19680, 19692, 19704, 19714, 19726, 19735, 19750, 19761, 19771, 19782, 19801, 19814, 19827, 19841, 19854, 19864, 19878, 19889, 19901, 19909, 19918, 19929, 19937, 19953, 19979, 20002, 20028, 20055, 20075, 20102, 20116, 20140, 20161, 20185, 20210, 20235, 20245, 20256, 20276, 20302, 20322, 20345, 20369, 20391, 20413, 20433, 20452, 20474, 20496, 20521, 20541, 20560, 20583, 20606, 20629, 20655, 20679, 20698, 20723, 20754, 20779, 20807, 20836, 20863, 20890, 20915, 20939, 20966, 20993, 21023, 21048, 21072, 21100, 21128, 21156, 21187, 21216, 21240, 21253, 21267, 21278, 21287, 21296, 21303, 21312, 21331, 21347, 21366, 21386, 21399, 21419, 21436, 21448, 21468, 21483, 21503, 21518, 21541, 21559, 21580, 21596, 21620, 21639, 21660, 21676, 21700, 21719, 21727, 21745, 21760, 21778, 21797, 21816, 21829, 21852, 21872, 21895, 21919, 21936, 21960, 21971, 21980, 21985, 21999, 22016, 22033, 22051, 22070, 22088, 22098, 22107, 22114, 22118, 22125, 22134, 22140, 22144, 22150, 22163, 22178, 22189, 22202, 22214, 22227, 22239, 22254, 22266, 22277, 22291, 22297, 22303, 22310, 22319, 22324, 22340, 22355, 22373, 22387, 22400, 22416, 22432, 22450, 22464, 22480, 22495, 22513, 22528, 22542, 22559, 22568, 22577, 22587, 22599, 22612, 22629, 22642, 22652, 22666, 22676, 22682, 22689, 22696, 22701, 22711, 22720, 22730, 22743, 22756, 22768, 22781, 22795, 22808, 22822, 22828, 22836, 22847, 22858, 22868, 22879, 22891, 22902, 22914, 22923, 22935, 22947, 22958, 22970, 22983, 22993, 23006, 23019, 23031, 23044, 23058, 23071, 23085, 23097, 23110, 23114, 23120, 23130, 23137, 23143, 23162, 23178, 23193, 23209, 23225, 23241, 23259, 23271, 23284, 23294, 23308, 23320, 23331, 23342, 23352, 23368, 23372, 23384, 23403, 23416, 23436, 23452, 23462, 23473, 23491, 23503, 23522, 23537, 23546, 23559, 23579, 23593, 23614, 23631, 23642, 23653, 23671, 23683, 23702, 23717, 23726, 23731, 23737, 23750, 23764, 23778, 23787, 23800, 23807, 23818, 23826, 23843, 23858, 23872, 23883, 23895, 23911, 23925, 23942, 23957, 23968, 23980, 23990, 24001, 24009, 24018, 24025, 24035, 24045, 24056, 24068, 24075, 24081, 24090, 24099, 24109, 24120, 24130, 24136, 24145, 24154, 24170, 24180, 24191, 24204, 24220, 24237, 24247, 24264, 24274, 24284, 24295, 24307, 24318, 24326, 24337, 24348, 24366, 24378, 24391, 24406, 24424, 24443, 24455, 24474, 24483, 24497, 24510, 24524, 24539, 24558, 24575, 24590, 24608, 24622, 24637, 24653, 24667, 24676, 24689, 24693, 24697, 24711, 24717, 24728, 24742, 24757, 24765, 24780, 24790, 24799, 24808, 24816, 24826, 24835, 24846, 24856, 24865, 24878, 24890, 24902, 24913, 24926, 24938, 24952, 24965, 24977, 24987, 24998, 25012, 25026, 25039, 25053, 25068, 25082, 25097, 25110, 25130, 25144, 25165, 25182, 25193, 25202, 25215, 25227, 25246, 25259, 25279, 25295, 25305, 25319, 25340, 25355, 25377, 25395, 25407, 25413, 25429, 25441, 25460, 25473, 25493, 25509, 25519, 25528, 25538, 25548, 25559, 25571, 25587, 25599, 25615, 25626, 25634, 25653, 25675, 25690, 25705, 25722, 25745, 25761, 25777, 25795, 25807, 25819, 25833, 25854, 25868, 25882, 25898, 25905, 25912, 25920, 25936, 25951, 25964, 25982, 25996, 26014, 26022, 26026, 26033, 26053, 26070, 26087, 26104, 26123, 26137, 26146, 26160, 26174, 26189, 26202, 26214, 26226, 26237, 26245, 26259, 26278, 26296, 26313, 26328, 26342, 26358, 26372, 26377, 26392, 26406, 26417, 26429, 26445, 26462, 26478, 26495, 26510, 26525, 26538, 26549, 26563, 26577, 26590, 26604, 26619, 26631, 26648, 26663, 26678, 26692, 26714, 26729, 26745, 26766, 26781, 26797, 26815, 26834, 26857, 26881, 26904, 26918, 26933, 26954, 26972, 26990, 27008, 27028, 27043, 27059, 27073, 27086, 27099, 27111, 27128, 27145, 27163, 27180, 27196, 27215, 27222, 27234, 27253, 27278, 27297, 27319, 27342, 27363, 27384, 27403, 27421, 27442, 27463, 27487, 27506, 27524, 27546, 27568, 27590, 27615, 27638, 27656, 27681, 27712, 27737, 27765, 27794, 27821, 27848, 27873, 27897, 27924, 27951, 27981, 28006, 28030, 28058, 28086, 28114, 28145, 28174, 28198, 28204, 28213, 28218, 28228, 28238, 28250, 28261, 28273, 28281, 28298, 28313, 28325, 28339, 28357, 28370, 28390, 28404, 28420, 28437, 28453, 28464, 28482, 28494, 28510, 28523, 28539, 28555, 28573, 28592, 28608, 28621, 28636, 28652, 28671, 28685, 28706, 28721, 28738, 28757, 28775, 28795, 28808, 28828, 28845, 28855, 28867, 28886, 28899, 28916, 28930, 28947, 28964, 28967, 28981, 29003, 29029, 29049, 29070, 29089, 29108, 29128, 29140, 29160, 29184, 29202, 29221, 29238, 29255, 29273, 29287, 29309, 29335, 29355, 29376, 29395, 29414, 29434, 29451, 29466, 29481, 29489, 29515, 29549, 29587, 29619, 29652, 29683, 29714, 29746, 29766, 29794, 29826, 29852, 29879, 29904, 29929, 29955, 29971, 29985, 29998, 30008, 30019, 30034, 30049, 30062, 30078, 30092, 30102, 30113, 30122, 30132, 30139, 30147, 30151, 30160, 30165, 30171, 30185, 30206, 30221, 30243, 30261, 30273, 30286, 30306, 30320, 30341, 30358, 30369, 30384, 30406, 30422, 30445, 30464, 30477, 30490, 30510, 30524, 30545, 30562, 30573, 30579, 30598, 30613, 30632, 30649, 30657, 30673, 30691, 30708, 30722, 30737, 30756, 30776, 30795, 30808, 30822, 30840, 30859, 30877, 30894, 30908, 30922, 30936, 30952, 30963, 30975, 30985, 30994, 31003, 31011, 31018, 31028, 31040, 31048, 31054, 31063, 31070, 31080, 31090, 31101, 31113, 31124, 31130, 31146, 31159, 31175, 31192, 31202, 31219, 31229, 31249, 31266, 31286, 31307, 31321, 31342, 31347, 31359, 31369, 31388, 31412, 31422, 31433, 31447, 31461, 31476, 31492, 31507, 31528, 31539, 31548, 31560, 31572, 31585, 31599, 31612, 31624, 31632, 31644, 31657, 31665, 31677, 31685, 31699, 31714, 31727, 31742, 31757, 31775, 31793, 31812, 31832, 31851, 31864, 31878, 31895, 31912, 31930, 31949, 31967, 31984, 31998, 32010, 32030, 32038, 32052, 32069, 32086, 32104, 32123, 32141, 32150, 32161, 32171, 32185, 32203, 32210, 32219, 32229, 32241, 32248, 32263, 32268, 32273, 32284, 32296, 32300, 32307, 32317, 32327, 32338, 32350, 32361, 32365, 32381, 32397, 32417, 32432, 32450, 32461, 32472, 32485, 32504, 32516, 32528, 32542, 32550, 32556, 32570, 32588, 32605, 32626, 32641, 32653, 32661, 32671, 32687, 32697, 32706, 32723, 32733, 32743, 32755, 32771, 32783, 32792, 32800, 32803, 32814, 32825, 32840, 32855, 32871, 32889, 32909, 32924, 32940, 32952, 32958, 32974, 32990, 33010, 33030, 33051, 33074, 33099, 33119, 33140, 33157, 33179, 33196, 33213, 33231, 33252, 33277, 33300, 33318, 33336, 33355, 33381, 33402, 33418, 33434, 33451, 33475, 33491, 33508, 33525, 33537, 33549, 33562, 33578, 33598, 33616, 33629, 33642, 33656, 33677, 33693, 33704, 33715, 33727, 33746, 33757, 33769, 33772, 33781, 33785, 33792, 33799, 33807, 33816, 33824, 33830, 33835, 33849, 33871, 33897, 33917, 33938, 33957, 33976, 33996, 34008, 34028, 34052, 34070, 34089, 34106, 34123, 34141, 34155, 34177, 34203, 34223, 34244, 34263, 34282, 34302, 34319, 34334, 34349, 34375, 34409, 34447, 34479, 34512, 34543, 34574, 34606, 34626, 34654, 34686, 34712, 34739, 34764, 34789, 34815, 34822, 34827, 34838, 34854, 34867, 34877, 34887, 34900, 34912, 34921, 34930, 34945, 34956, 34976, 34993, 35010, 35027, 35046, 35060, 35075, 35088, 35100, 35112, 35123, 35132, 35140, 35151, 35163, 35171, 35177, 35185, 35206, 35224, 35241, 35259, 35277, 35297, 35307, 35322, 35334, 35350, 35364, 35377, 35390, 35402, 35410, 35418, 35429, 35440, 35452, 35465, 35477, 35487, 35495, 35506, 35517, 35535, 35547, 35560, 35575, 35593, 35612, 35624, 35643, 35653, 35666, 35679, 35699, 35713, 35728, 35745, 35765, 35786, 35800, 35821, 35829, 35840, 35851, 35863, 35876, 35888, 35893, 35907, 35922, 35937, 35953, 35969, 35983, 35996, 36006, 36017, 36032, 36045, 36061, 36075, 36085, 36096, 36105, 36115, 36122, 36130, 36139, 36149, 36153, 36159, 36175, 36194, 36213, 36233, 36254, 36274, 36285, 36299, 36313, 36328, 36344, 36359, 36370, 36384, 36398, 36413, 36429, 36444, 36454, 36463, 36470, 36487, 36502, 36516, 36527, 36539, 36555, 36569, 36586, 36601, 36612, 36624, 36634, 36645, 36653, 36662, 36670, 36676, 36684, 36693, 36709, 36722, 36735, 36748, 36763, 36773, 36784, 36793, 36801, 36809, 36816, 36823, 36827, 36834, 36851, 36871, 36881, 36896, 36908, 36922, 36935, 36947, 36957, 36967, 36972, 36986, 37003, 37015, 37024, 37035, 37045, 37054, 37066, 37087, 37103, 37118, 37135, 37157, 37172, 37186, 37197, 37212, 37235, 37253, 37264, 37285, 37305, 37322, 37339, 37356, 37375, 37389, 37404, 37417, 37429, 37441, 37452, 37469, 37484, 37499, 37512, 37523, 37537, 37551, 37564, 37578, 37593, 37607, 37622, 37630, 37636, 37647, 37656, 37665, 37673, 37689, 37700, 37709, 37719, 37726, 37736, 37746, 37755, 37770, 37780, 37791, 37801, 37812, 37821, 37831, 37843, 37856, 37873, 37891, 37908, 37919, 37927, 37940, 37947, 37962, 37975, 37987, 37996, 38006, 38014, 38025, 38036, 38048, 38061, 38073, 38083, 38091, 38105, 38117, 38132, 38145, 38154, 38164, 38172, 38181, 38187, 38199, 38207, 38213, 38221, 38228, 38241, 38245, 38258, 38274, 38290, 38307, 38325, 38342, 38361, 38378, 38392, 38406, 38420, 38436, 38447, 38459, 38469, 38478, 38487, 38495, 38505, 38514, 38523, 38530, 38545, 38558, 38570, 38580, 38585, 38597, 38611, 38626, 38634, 38651, 38657, 38664, 38672, 38680, 38687, 38704, 38724, 38737, 38750, 38765, 38786, 38800, 38814, 38830, 38840, 38850, 38862, 38881, 38893, 38905, 38919, 38927, 38934, 38941, 38950, 38959, 38969, 38978, 38986, 39002, 39025, 39042, 39066, 39086, 39100, 39111, 39123, 39145, 39160, 39175, 39189, 39204, 39220, 39235, 39251, 39266, 39288, 39304, 39327, 39346, 39359, 39376, 39400, 39418, 39443, 39464, 39479, 39494, 39516, 39532, 39555, 39574, 39587, 39594, 39600, 39613, 39623, 39630, 39635, 39639, 39643, 39650, 39662, 39669, 39675, 39682, 39690, 39695, 39703, 39711, 39718, 39726, 39735, 39743, 39752, 39767, 39774, 39782, 39787, 39796, 39806, 39819, 39832, 39844, 39857, 39871, 39884, 39898, 39904, 39915, 39932, 39946, 39958, 39971, 39987, 39998, 40012, 40028, 40042, 40054, 40069, 40080, 40098, 40109, 40123, 40135, 40149, 40163, 40173, 40186, 40197, 40208, 40217, 40231, 40243, 40255, 40264, 40272, 40284, 40294, 40307, 40312, 40320, 40328, 40337, 40347, 40356, 40362, 40381, 40397, 40413, 40429, 40447, 40460, 40474, 40486, 40497, 40508, 40518, 40530, 40543, 40556, 40571, 40584, 40600, 40618, 40635, 40648, 40668, 40681, 40695, 40709, 40724, 40735, 40744, 40753, 40760, 40775, 40788, 40800, 40809, 40819, 40827, 40838, 40849, 40861, 40874, 40886, 40900, 40912, 40927, 40940, 40949, 40959, 40967, 40976, 40982, 40987, 40994, 41012, 41028, 41043, 41055, 41068, 41085, 41100, 41118, 41134, 41146, 41159, 41170, 41182, 41191, 41201, 41209, 41227, 41242, 41260, 41279, 41291, 41310, 41317, 41334, 41348, 41365, 41383, 41394, 41412, 41420, 41424, 41431, 41438, 41446, 41455, 41463, 41477, 41496, 41512, 41525, 41538, 41554, 41569, 41581, 41593, 41611, 41625, 41630, 41642, 41660, 41672, 41687, 41703, 41717, 41731, 41743, 41754, 41768, 41782, 41799, 41811, 41822, 41837, 41852, 41867, 41885, 41901, 41912, 41928, 41952, 41980, 42002, 42025, 42046, 42067, 42089, 42103, 42125, 42151, 42171, 42192, 42211, 42230, 42250, 42266, 42290, 42318, 42340, 42363, 42384, 42405, 42427, 42446, 42463, 42480, 42508, 42544, 42584, 42618, 42653, 42686, 42719, 42753, 42775, 42805, 42839, 42867, 42896, 42923, 42950, 42978, 42991, 43009, 43024, 43036, 43048, 43063, 43077, 43088, 43099, 43116, 43129, 43141, 43158, 43172, 43183, 43194, 43208, 43221, 43231, 43241, 43257, 43269, 43288, 43303, 43322, 43330, 43351, 43369, 43387, 43405, 43425, 43440, 43456, 43470, 43483, 43496, 43508, 43518, 43529, 43545, 43557, 43573, 43583, 43594, 43611, 43623, 43629, 43644, 43657, 43676, 43690, 43709, 43729, 43749, 43766, 43784, 43802, 43812, 43819, 43823, 43835, 43850, 43865, 43881, 43898, 43914, 43929, 43947, 43965, 43984, 44004, 44017, 44033, 44049, 44066, 44084, 44101, 44114, 44130, 44146, 44163, 44181, 44198, 44213, 44231, 44249, 44268, 44288, 44307, 44318, 44332, 44346, 44361, 44377, 44392, 44397, 44404, 44421, 44435, 44452, 44470, 44481, 44499, 44507, 44514, 44521, 44538, 44547, 44561, 44578, 44596, 44607, 44625, 44643, 44659, 44674, 44686, 44699, 44711, 44733, 44752, 44774, 44797, 44813, 44836, 44847, 44857, 44874, 44889, 44898, 44916, 44932, 44951, 44967, 44979, 44998, 45018, 45031, 45051, 45062, 45074, 45083, 45091, 45101, 45107, 45126, 45142, 45157, 45173, 45189, 45206, 45224, 45237, 45253, 45269, 45284, 45300, 45317, 45334, 45351, 45367, 45384, 45402, 45419, 45437, 45453, 45470, 45480, 45494, 45506, 45517, 45528, 45538, 45561, 45587, 45606, 45625, 45646, 45673, 45693, 45713, 45735, 45751, 45767, 45785, 45810, 45828, 45846, 45866, 45893, 45923, 45946, 45969, 45994, 46025, 46049, 46073, 46099, 46119, 46139, 46161, 46190, 46212, 46234, 46258, 46272, 46289, 46306, 46324, 46343, 46364, 46388, 46405, 46422, 46441, 46466, 46484, 46502, 46522, 46536, 46550, 46566, 46589, 46605, 46621, 46639, 46649, 46669, 46686, 46706, 46727, 46741, 46762, 46766, 46771, 46784, 46795, 46806, 46815, 46826, 46835, 46844, 46851, 46863, 46874, 46878, 46887, 46897, 46911, 46923, 46934, 46947, 46959, 46969, 46981, 46998, 47014, 47029, 47043, 47057, 47074, 47089, 47105, 47119, 47133, 47146, 47160, 47173, 47182, 47193, 47206, 47218, 47234, 47249, 47261, 47272, 47288, 47304, 47319, 47333, 47349, 47364, 47375, 47385, 47397, 47408, 47419, 47430, 47433, 47446, 47464, 47479, 47491, 47503, 47518, 47539, 47565, 47588, 47608, 47628, 47651, 47673, 47692, 47711, 47736, 47757, 47771, 47782, 47793, 47810, 47823, 47831, 47846, 47863, 47876, 47891, 47905, 47920, 47934, 47951, 47965, 47978, 47994, 48002, 48010, 48019, 48030, 48037, 48055, 48072, 48092, 48108, 48123, 48141, 48159, 48179, 48195, 48213, 48230, 48250, 48267, 48283, 48302, 48313, 48324, 48336, 48350, 48365, 48384, 48399, 48411, 48427, 48439, 48447, 48456, 48465, 48480, 48502, 48526, 48546, 48568, 48589, 48611, 48632, 48656, 48677, 48697, 48720, 48735, 48750, 48766, 48784, 48798, 48823, 48847, 48874, 48897, 48919, 48944, 48969, 48996, 49019, 49044, 49068, 49095, 49119, 49142, 49168, 49186, 49204, 49223, 49244, 49266, 49292, 49314, 49333, 49356, 49375, 49390, 49406, 49422, 49437, 49457, 49474, 49488, 49502, 49519, 49535, 49548, 49561, 49580, 49595, 49613, 49636, 49656, 49673, 49690, 49710, 49729, 49745, 49761, 49783, 49801, 49809, 49820, 49838, 49858, 49874, 49892, 49909, 49927, 49944, 49964, 49981, 49997, 50016, 50027, 50038, 50050, 50064, 50074, 50095, 50115, 50138, 50157, 50175, 50196, 50217, 50240, 50259, 50280, 50300, 50323, 50343, 50362, 50384, 50398, 50412, 50427, 50444, 50462, 50484, 50502, 50517, 50536, 50551, 50562, 50574, 50586, 50599, 50615, 50636, 50654, 50669, 50684, 50702, 50719, 50733, 50750, 50772, 50791, 50805, 50821, 50837, 50856, 50876, 50894, 50909, 50924, 50945, 50962, 50978, 50991, 51007, 51028, 51046, 51061, 51076, 51094, 51111, 51125, 51139, 51159, 51175, 51185, 51197, 51206, 51217, 51226, 51237, 51245, 51255, 51269, 51288, 51304, 51317, 51330, 51346, 51361, 51373, 51385, 51403, 51417, 51437, 51455, 51477, 51488, 51497, 51514, 51529, 51548, 51565, 51580, 51599, 51615, 51629, 51647, 51665, 51681, 51701, 51714, 51732, 51748, 51768, 51777, 51791, 51802, 51810, 51818, 51831, 51849, 51864, 51876, 51888, 51903, 51917, 51928, 51939, 51956, 51969, 51980, 51987, 51997, 52004, 52011, 52024, 52033, 52050, 52059, 52075, 52093, 52107, 52123, 52138, 52154, 52169, 52187, 52202, 52216, 52233, 52242, 52251, 52261, 52273, 52281, 52300, 52318, 52339, 52356, 52372, 52391, 52410, 52431, 52448, 52467, 52485, 52506, 52524, 52541, 52561, 52573, 52585, 52598, 52613, 52629, 52649, 52665, 52678, 52695, 52708, 52717, 52727, 52737, 52753, 52776, 52801, 52822, 52845, 52867, 52890, 52912, 52937, 52959, 52980, 53004, 53020, 53036, 53053, 53072, 53087, 53113, 53138, 53166, 53190, 53213, 53239, 53265, 53293, 53317, 53343, 53368, 53396, 53421, 53445, 53472, 53491, 53510, 53530, 53552, 53575, 53602, 53625, 53645, 53669, 53689, 53705, 53722, 53739, 53751, 53770, 53791, 53808, 53827, 53845, 53864, 53882, 53903, 53921, 53938, 53958, 53970, 53982, 53995, 54010, 54021, 54043, 54064, 54088, 54108, 54127, 54149, 54171, 54195, 54215, 54237, 54258, 54282, 54303, 54323, 54346, 54361, 54376, 54392, 54410, 54429, 54452, 54471, 54487, 54507, 54523, 54535, 54548, 54561, 54569, 54577, 54586, 54598, 54610, 54623, 54637, 54650, 54658, 54669, 54680, 54692, 54705, 54717, 54728, 54737, 54746, 54753, 54764, 54776, 54785, 54792, 54802, 54812, 54823, 54835, 54846, 54854, 54862, 54873, 54884, 54894, 54905, 54917, 54928, 54940, 54955, 54971, 54985, 54997, 55008, 55017, 55025, 55041, 55055, 55068, 55078, 55089, 55099, 55119, 55136, 55156, 55177, 55191, 55212, 55227, 55240, 55247, 55263, 55277, 55294, 55308, 55318, 55335, 55353, 55364, 55382, 55391, 55401, 55407, 55414, 55422, 55431, 55438, 55447, 55458, 55468, 55482, 55494, 55503, 55516, 55531, 55543, 55566, 55586, 55606, 55626, 55648, 55665, 55683, 55699, 55714, 55729, 55743, 55752, 55771, 55787, 55806, 55826, 55839, 55859, 55868, 55878, 55892, 55899, 55909, 55919, 55930, 55942, 55953, 55962, 55975, 55981, 55993, 56004, 56016, 56028, 56044, 56054, 56064, 56078, 56086, 56093, 56115, 56134, 56153, 56172, 56193, 56209, 56226, 56241, 56255, 56269, 56282, 56289, 56293, 56298, 56304, 56310, 56324, 56339, 56348, 56352, 56362, 56372, 56383, 56395, 56405, 56425, 56441, 56461, 56475, 56490, 56506, 56517, 56529, 56540, 56562, 56580, 56602, 56618, 56630, 56646, 56656, 56677, 56694, 56715, 56730, 56741, 56756, 56765, 56775, 56786, 56791, 56806, 56819, 56831, 56845, 56858, 56869, 56882, 56900, 56917, 56933, 56948, 56963, 56981, 56997, 57014, 57029, 57044, 57058, 57073, 57087, 57097, 57109, 57123, 57136, 57153, 57169, 57182, 57194, 57211, 57228, 57244, 57259, 57276, 57292, 57304, 57315, 57328, 57340, 57352, 57364, 57373, 57384, 57397, 57413, 57427, 57442, 57455, 57463, 57473, 57488, 57502, 57517, 57532, 57546, 57555, 57567, 57583, 57590, 57610, 57626, 57643, 57663, 57679, 57701, 57716, 57733, 57746, 57760, 57777, 57790, 57809, 57821, 57839, 57854, 57872, 57891, 57905, 57925, 57938, 57948, 57959, 57969, 57989, 58006, 58026, 58047, 58061, 58082, 58097, 58115, 58126, 58137, 58150, 58169, 58181, 58193, 58207, 58215, 58223, 58233, 58250, 58260, 58270, 58282, 58294, 58304, 58314, 58322, 58339, 58352, 58369, 58381, 58391, 58401, 58409, 58415, 58426, 58439, 58459, 58477, 58492, 58503, 58511, 58532, 58548, 58564, 58578, 58593, 58612, 58630, 58646, 58666, 58680, 58695, 58712, 58727, 58739, 58749, 58762, 58779, 58790, 58800, 58814, 58830, 58842, 58856, 58873, 58894, 58911, 58926, 58939, 58950, 58964, 58974, 58995, 59014, 59030, 59042, 59064, 59081, 59102, 59117, 59133, 59151, 59162, 59180, 59191, 59197, 59210, 59223, 59241, 59259, 59273, 59285, 59300, 59313, 59325, 59338, 59350, 59365, 59377, 59388, 59402, 59411, 59423, 59431, 59441, 59447, 59458, 59478, 59496, 59511, 59522, 59543, 59559, 59575, 59591, 59611, 59625, 59640, 59657, 59669, 59679, 59692, 59709, 59719, 59725, 59740, 59755, 59775, 59795, 59811, 59825, 59842, 59848, 59855, 59880, 59903, 59931, 59956, 59984, 60009, 60036, 60058, 60073, 60091, 60107, 60128, 60146, 60171, 60194, 60214, 60230, 60256, 60277, 60298, 60317, 60337, 60355, 60375, 60396, 60421, 60440, 60460, 60482, 60499, 60514, 60532, 60554, 60569, 60590, 60609, 60625, 60644, 60656, 60670, 60692, 60709, 60726, 60747, 60762, 60778, 60796, 60814, 60825, 60843, 60854, 60863, 60873, 60886, 60891, 60898, 60904, 60911, 60924, 60934, 60943, 60959, 60974, 60992, 61006, 61019, 61035, 61051, 61069, 61083, 61099, 61114, 61132, 61147, 61161, 61178, 61187, 61196, 61206, 61218, 61231, 61248, 61261, 61271, 61286, 61300, 61317, 61327, 61340, 61344, 61353, 61363, 61380, 61392, 61409, 61422, 61438, 61451, 61464, 61477, 61493, 61509, 61530, 61548, 61563, 61578, 61596, 61613, 61627, 61641, 61661, 61677, 61689, 61705, 61715, 61730, 61747, 61764, 61787, 61812, 61833, 61856, 61882, 61912, 61938, 61962, 61984, 62004, 62027, 62046, 62068, 62087, 62108, 62124, 62140, 62157, 62176, 62195, 62217, 62243, 62261, 62283, 62298, 62318, 62333, 62354, 62372, 62388, 62407, 62424, 62435, 62451, 62462, 62478, 62490, 62505, 62517, 62529, 62541, 62556, 62567, 62585, 62608, 62628, 62645, 62662, 62682, 62701, 62717, 62736, 62761, 62788, 62811, 62836, 62864, 62896, 62924, 62950, 62974, 62996, 63021, 63042, 63066, 63087, 63103, 63126, 63144, 63162, 63181, 63202, 63223, 63247, 63275, 63297, 63317, 63341, 63358, 63380, 63397, 63420, 63440, 63458, 63479, 63498, 63516, 63530, 63544, 63549, 63560, 63578, 63602, 63620, 63641, 63663, 63683, 63703, 63721, 63738, 63758, 63778, 63801, 63819, 63836, 63857, 63878, 63899, 63923, 63945, 63962, 63975, 63989, 64007, 64017, 64033, 64044, 64060, 64072, 64087, 64099, 64111, 64123, 64138, 64147, 64156, 64164, 64178, 64192, 64202, 64220, 64233, 64251, 64265, 64282, 64296, 64310, 64324, 64341, 64352, 64369, 64381, 64398, 64411, 64427, 64440, 64453, 64466, 64482, 64498, 64510, 64532, 64549, 64571, 64589, 64610, 64628, 64646, 64664, 64685, 64699, 64710, 64730, 64745, 64765, 64781, 64800, 64816, 64832, 64848, 64867, 64879, 64890, 64902, 64914, 64927, 64939, 64948, 64959, 64974, 64984, 64991, 64999, 65015, 65026, 65042, 65054, 65069, 65081, 65093, 65105, 65120, 65136, 65145, 65155, 65173, 65186, 65204, 65218, 65235, 65249, 65263, 65277, 65294, 65305, 65323, 65343, 65359, 65377, 65394, 65412, 65429, 65449, 65466, 65482, 65501, 65512, 65523, 65535, 65549, 65559, 65580, 65600, 65623, 65642, 65660, 65681, 65702, 65725, 65744, 65765, 65785, 65808, 65828, 65847, 65869, 65883, 65897, 65912, 65929, 65947, 65969, 65987, 66002, 66021, 66036, 66047, 66059, 66071, 66080, 66098, 66111, 66129, 66143, 66160, 66174, 66188, 66202, 66219, 66231, 66241, 66253, 66269, 66280, 66296, 66308, 66323, 66335, 66347, 66359, 66374, 66396, 66413, 66435, 66453, 66474, 66492, 66510, 66528, 66549, 66563, 66577, 66599, 66616, 66638, 66656, 66677, 66695, 66713, 66731, 66752, 66772, 66787, 66807, 66823, 66842, 66858, 66874, 66890, 66909, 66933, 66952, 66976, 66996, 67019, 67039, 67059, 67079, 67102, 67114, 67127, 67136, 67145, 67157, 67168, 67177, 67184, 67194, 67217, 67238, 67264, 67287, 67313, 67336, 67361, 67381, 67397, 67411, 67430, 67446, 67469, 67490, 67508, 67522, 67546, 67565, 67584, 67601, 67619, 67635, 67653, 67672, 67695, 67712, 67730, 67750, 67765, 67778, 67794, 67814, 67827, 67839, 67845, 67856, 67867, 67883, 67899, 67911, 67921, 67934, 67941, 67953, 67974, 67993, 68009, 68021, 68040, 68065, 68084, 68106, 68129, 68150, 68171, 68190, 68208, 68229, 68250, 68274, 68293, 68311, 68333, 68355, 68377, 68402, 68425, 68443, 68465, 68482, 68499, 68516, 68537, 68552, 68568, 68586, 68599, 68610, 68624, 68642, 68653, 68660, 68667],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1654, 1763, 2471, 2480, 2606, 2640, 2660, 3022, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1727, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2707, 3014])]), Anchor::All(&[Anchor::Lits(&[543, 607, 650, 669, 752, 816, 830, 1090, 1468, 1477, 1491, 1726, 1751, 1769, 1992, 2294, 2471, 2480, 2591, 2647, 2660, 2912, 3022, 3104, 3115, 3437, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1727, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2707, 3014])]), Anchor::All(&[Anchor::Lits(&[14, 353, 1319, 1320, 1412, 2507, 2806, 3694, 3695, 3934, 3979, 4171, 4414, 4446, 4476]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1654, 1763, 2471, 2480, 2606, 2640, 2660, 3022, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[797, 798, 802, 1512, 1517, 1738, 1770, 2013, 2306, 2417, 2481, 3020, 3022, 3039]), Anchor::All(&[Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1763, 2471, 2480, 2647, 2660, 3022, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[75, 181, 1089, 4052])]), Anchor::All(&[Anchor::Lits(&[542, 824, 1467, 1485, 1653, 1763, 2480, 2605, 2640, 2659, 2669]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[181, 992, 1089])]), Anchor::All(&[Anchor::Lits(&[170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2795, 2796, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2870, 2871, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 3159, 3160, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3271, 3272, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3340, 3341, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3358, 3359, 3360, 3361, 3363, 3364, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3382, 3383, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3432, 3433, 3434, 3435, 3436, 4064, 4065, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4080, 4093, 4094, 4096, 4097, 4100, 4103, 4105, 4107, 4108, 4112, 4124, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4145, 4146, 4147, 4149, 4150, 4153, 4156, 4157, 4159, 4161, 4162, 4166, 4167]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677])]), Anchor::All(&[Anchor::Lits(&[1, 2, 4, 5, 455, 456, 458, 460, 664, 665, 666, 667, 784, 785, 786, 787, 857, 858, 859, 860, 863, 864, 865, 866, 869, 870, 871, 872, 875, 876, 878, 879, 880, 881, 883, 884, 896, 897, 898, 899, 916, 917, 918, 919, 921, 922, 923, 924, 928, 929, 930, 931, 937, 938, 939, 940, 943, 944, 945, 946, 951, 952, 953, 954, 959, 960, 961, 962, 964, 965, 966, 967, 971, 972, 973, 974, 980, 981, 982, 983, 986, 987, 988, 989, 1249, 1250, 1251, 1252, 1253, 1254, 1256, 1257, 1261, 1262, 1264, 1265, 1407, 1408, 1409, 1410, 1573, 1574, 1575, 1576, 1579, 1580, 1581, 1582, 1585, 1586, 1588, 1589, 1595, 1596, 1597, 1598, 1601, 1602, 1604, 1605, 2024, 2025, 2026, 2027, 2050, 2051, 2052, 2053, 2058, 2059, 2060, 2061, 2075, 2076, 2077, 2078, 2082, 2083, 2084, 2085, 2093, 2094, 2095, 2096, 2115, 2116, 2117, 2118, 2215, 2216, 2217, 2218, 2312, 2313, 2314, 2315, 2319, 2320, 2322, 2323, 2330, 2331, 2333, 2334, 2341, 2342, 2343, 2344, 2371, 2372, 2373, 2374, 2377, 2378, 2379, 2380, 2383, 2384, 2385, 2386, 2515, 2516, 2517, 2518, 2539, 2540, 2541, 2542, 2702, 2703, 2704, 2705, 2743, 2744, 2745, 2746, 2790, 2791, 2792, 2793, 2931, 2932, 2933, 2934, 2937, 2938, 2939, 2940, 2942, 2943, 2944, 2945, 2948, 2949, 2950, 2951, 2954, 2955, 2956, 2957, 2960, 2961, 2962, 2963, 3076, 3077, 3078, 3079, 3576, 3577, 3578, 3579, 3582, 3583, 3584, 3585, 3595, 3596, 3597, 3598, 3678, 3679, 3680, 3681]), Anchor::Lits(&[2266, 3118, 3137, 3887, 3930, 3934, 3962, 4021, 4047, 4414, 4446]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601])]), Anchor::All(&[Anchor::Lits(&[1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1926, 3114, 3573, 3574]), Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1763, 2471, 2480, 2647, 2660, 3022, 3601]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[14, 304, 1014, 1799, 1805, 2426, 2450, 2806, 3694, 3695, 3863, 3868, 3871, 3877, 3883, 3884, 3885, 3915, 3916, 3917, 3918, 3919, 3920, 3921, 3935, 3939, 3941, 3943, 3948, 3949, 3950, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3973, 3979, 3981, 3987, 3992, 3993, 3994, 4002, 4015, 4018, 4408, 4414, 4416, 4422, 4427, 4428, 4429, 4432, 4434, 4435, 4436, 4437, 4438, 4439, 4440, 4442, 4446, 4468, 4470, 4475, 4476, 4477]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[75, 182, 1090, 3715])])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[454, 874, 1248, 1584, 2057, 2318, 2370, 2947, 2959]), Anchor::Lits(&[830, 1468, 1491, 1763, 2471, 2489, 2647, 2660, 3039])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[481, 543, 669, 816, 1415, 1556, 1751, 2017, 2152, 2294, 2390, 2480, 3115]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2701, 2742, 2789, 2930, 2936, 2941, 2947, 2953, 2959, 3075, 3575, 3581, 3594, 3677]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1727, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2707, 3014])]), Anchor::All(&[Anchor::Lits(&[9, 13, 145, 470, 668, 788, 861, 867, 873, 888, 893, 900, 925, 932, 941, 955, 968, 975, 984, 1269, 1271, 1411, 1583, 1593, 1599, 1609, 2028, 2054, 2062, 2079, 2086, 2097, 2119, 2165, 2219, 2316, 2327, 2338, 2345, 2375, 2381, 2387, 2519, 2543, 2706, 2747, 2794, 2935, 2946, 2952, 2958, 2964, 3580, 3586, 3599, 3682]), Anchor::Lits(&[271, 660, 1415, 1556, 1898, 2017, 2152, 2390, 2508, 2639, 3103])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[3118, 3119, 3120, 3121, 3122, 3125, 3126, 3127, 3128, 3134, 3135, 3136, 3137, 3140, 3141, 3144, 3145, 3148, 3149, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3747, 3748, 3749, 3750, 3751, 3754, 3755, 3756, 3757, 3763, 3764, 3765, 3766, 3769, 3770, 3773, 3774, 3777, 3778, 3779, 3780, 3781, 3782, 3783, 3784, 3785, 3786])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3865, 3866, 3867, 3868, 3870, 3872, 3878, 3879, 3880, 3881, 3884, 3886, 3888, 3901, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3936, 3937, 3938, 3939, 3940, 3942, 3944, 3945, 3946, 3947, 3949, 3951, 3952, 3976, 3977, 3978, 3979, 3980, 3982, 3988, 3989, 3990, 3991, 3993, 3995, 3996, 3997, 3998, 3999, 4001, 4003, 4004, 4006, 4007, 4008, 4009, 4011, 4012, 4013, 4411, 4412, 4413, 4414, 4415, 4417, 4423, 4424, 4425, 4426, 4428, 4430, 4431, 4443, 4444, 4445, 4446, 4467, 4469, 4471, 4472, 4473, 4474, 4476, 4478, 4479]), Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1763, 2471, 2480, 2647, 2660, 3022, 3601])]), Anchor::All(&[Anchor::Lits(&[11, 12, 71, 72, 551, 552, 1221, 1547, 1548, 1698, 1699, 2120, 2592, 2927, 2928]), Anchor::Lits(&[543, 607, 639, 749, 791, 816, 824, 1468, 1477, 1485, 1654, 1763, 1961, 2290, 2346, 2471, 2480, 2606, 2640, 2660, 3022, 3600, 3601]), Anchor::Lits(&[476, 910, 947, 2043, 2069, 2091, 2537, 2929, 3875, 3876, 4022, 4023, 4194, 4394, 4395])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2807, 2808, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 3043, 3044, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3080, 3081, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3835, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849, 3850, 4172, 4173, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4447, 4448, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466]), Anchor::All(&[Anchor::Lits(&[633, 634, 635, 636, 721, 722, 729, 748, 769, 770, 771, 772, 2560, 2561, 2562, 2563, 3611, 3612, 3613, 3614]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1654, 1763, 2471, 2480, 2606, 2640, 2660, 3022, 3601]), Anchor::Lits(&[473, 474, 789, 1209, 1419, 1629, 1804, 1850, 2113, 2153, 2293, 2317, 2573, 2637, 2977, 3708, 3801])]), Anchor::All(&[Anchor::Lits(&[35, 37, 38, 43, 44, 45, 46, 794, 797, 798, 800, 802, 803, 806, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1508, 1512, 1514, 1515, 1517, 1518, 1520, 2298, 2301, 2303, 2304, 2306, 2307, 2309, 2424, 2425, 2427, 2428, 2429, 2430, 2431, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 3017, 3021, 3022, 3037, 3039, 3040, 3042]), Anchor::Lits(&[70, 73, 79, 146, 147, 209, 291, 292, 414, 768, 1210, 1626, 1804, 2107, 2153, 2310, 3708])]), Anchor::All(&[Anchor::Lits(&[249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1654, 1763, 2471, 2480, 2606, 2640, 2660, 3022, 3601]), Anchor::Lits(&[55, 151, 386, 662, 2420, 2593])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[299, 528, 1552, 1553, 1555, 1611, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1694, 1725, 1847, 1849, 1854, 2388, 3862, 3914, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3981, 3985, 3986, 3993, 4000, 4005, 4010, 4019, 4020, 4170, 4393, 4399, 4400, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4416, 4420, 4421, 4428, 4480]), Anchor::Lits(&[236, 294, 295, 296, 297, 416, 477, 482, 543, 607, 628, 632, 639, 651, 656, 716, 816, 824, 1028, 1074, 1212, 1466, 1467, 1476, 1477, 1485, 1550, 1654, 1682, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1763, 2018, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2544, 2558, 2559, 2597, 2606, 2634, 2647, 2659, 2669, 2671, 2672, 2675, 2676, 2677, 2679, 2680, 2681, 2684, 2685, 2694, 2695, 2696, 2721, 2723, 2724, 2725, 2726, 2727, 3022, 3293, 3601, 3615]), Anchor::Lits(&[417, 454, 529, 840, 874, 1075, 1248, 1584, 2318, 2789, 3707])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1943, 1944, 1945, 1946, 1947, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2509, 2510, 2511, 2512, 2513, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2535, 2737, 2738, 2739, 2740, 2741, 2748, 2749, 2750, 2751, 2752, 2753, 2754, 2755, 2756, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2983, 2984, 2985, 2986, 2987, 2997, 2998, 3000, 3001, 3004, 3007, 3009, 3010, 3011, 3013, 3616, 3617, 3618, 3619, 3620, 3628, 3629, 3631, 3632, 3635, 3638, 3640, 3641, 3643, 3644]), Anchor::Lits(&[81, 237, 238, 239, 240, 242, 243, 244, 294, 295, 296, 297, 416, 477, 543, 607, 629, 631, 632, 639, 716, 816, 824, 1028, 1074, 1211, 1466, 1467, 1476, 1477, 1485, 1549, 1550, 1654, 1682, 1743, 1744, 1745, 1746, 1748, 1749, 1763, 2018, 2021, 2406, 2407, 2432, 2471, 2480, 2505, 2544, 2558, 2559, 2606, 2635, 2636, 2647, 2659, 2668, 2694, 2695, 2696, 2721, 2723, 2724, 2725, 2726, 2727, 3022, 3293, 3601, 3615]), Anchor::Lits(&[247, 302, 387, 2154, 2220, 2221, 2265, 3593])])),
            (20, "reveal-own-instructions", Anchor::Lits(&[4053, 4054, 4075, 4076, 4077, 4078, 4079, 4113, 4123, 4168, 4169, 4195, 4205, 4206, 4207, 4208, 4209, 4210, 4220, 4230, 4231, 4241, 4242, 4252, 4253, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4273, 4274, 4275, 4330, 4340, 4341, 4342, 4361, 4362, 4390, 4391, 4392])),
            (21, "reveal-system-prompt", Anchor::Lits(&[59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 792, 793, 795, 796, 797, 798, 801, 802, 803, 804, 806, 1506, 1507, 1509, 1510, 1512, 1514, 1516, 1517, 1518, 1519, 1520, 1728, 1729, 1730, 1731, 1732, 1736, 1737, 1738, 1739, 1740, 1741, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2296, 2297, 2299, 2300, 2301, 2303, 2305, 2306, 2307, 2308, 2309, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2418, 2419, 2421, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2896, 2897, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 3015, 3016, 3018, 3019, 3021, 3022, 3038, 3039, 3040, 3041, 3042, 3656, 3657, 3658, 3659, 3660, 3661, 3662, 3663, 3664, 3665, 3666, 3696, 3697, 3698, 3699, 3700, 3701, 3702, 3703, 3704, 3705, 3706])),
            (22, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[36, 39, 40, 41, 42, 47, 48, 49, 50, 51, 52, 53, 54, 313, 319, 320, 321, 322, 347, 349, 352, 374, 375, 376, 377, 381, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2451, 2452, 2453, 2454, 2455]), Anchor::All(&[Anchor::Lits(&[267, 268, 269, 270, 1363, 1364, 1365, 1366, 1403, 1404, 1413, 1414, 1759, 1760, 1761, 1762, 2467, 2468, 2469, 2470, 2520, 2521, 2532, 2533, 2689, 2690, 2691, 2692, 2733, 2734, 2735, 2736, 3105, 3106, 3107, 3108, 3109, 3110, 3111, 3112, 3587, 3588, 3589, 3590, 3851, 3852, 3853, 3854, 3858, 3859, 3860, 3861]), Anchor::Lits(&[75, 182, 1090, 3715])])])),
            (23, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[3718, 3719, 3720]), Anchor::All(&[Anchor::Lits(&[3721, 3722, 3723, 3724, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743]), Anchor::Lits(&[626, 639, 661, 816, 830, 1216, 1468, 1491, 1733, 1735, 1736, 1769, 2390, 2406, 2408, 2471, 2480, 2606, 2647, 2757, 3022, 3601])]), Anchor::All(&[Anchor::Lits(&[3889, 3890, 3891, 3892, 3893, 3894, 3895, 3896, 3897, 3898, 3899, 3900, 3931, 3932, 3933, 4016, 4049, 4051, 4081, 4082, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4095, 4098, 4099, 4101, 4102, 4104, 4106, 4109, 4110, 4111, 4133, 4134, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4148, 4151, 4152, 4154, 4155, 4158, 4160, 4163, 4164, 4165, 4171, 4396, 4397, 4398]), Anchor::Lits(&[544, 545, 546, 547, 548, 549, 550, 608, 609, 610, 611, 612, 613, 614, 640, 641, 642, 643, 644, 645, 646, 817, 818, 819, 820, 821, 822, 823, 825, 826, 827, 828, 829, 831, 832, 833, 834, 835, 836, 837, 838, 839, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1486, 1487, 1488, 1489, 1490, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1764, 1765, 1766, 1767, 1768, 1771, 1772, 1773, 1775, 1776, 1778, 1779, 1785, 1786, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2482, 2483, 2484, 2487, 2488, 2490, 2491, 2492, 2494, 2495, 2496, 2497, 2498, 2499, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2641, 2643, 2644, 2645, 2646, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2656, 2657, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3602, 3603, 3604, 3605, 3606, 3607, 3608]), Anchor::Lits(&[3715, 3746])]), Anchor::All(&[Anchor::Lits(&[647, 648, 649, 780, 781, 782, 1511, 1513, 1521, 1695, 1696, 1697, 1722, 1723, 1724, 1988, 1989, 1990, 2687, 2688, 2693, 2892, 2893, 2894, 2909, 2910, 2911, 3855, 3856, 3857]), Anchor::Lits(&[3715])]), Anchor::All(&[Anchor::Lits(&[3716, 3717, 3729, 3744, 3745]), Anchor::Lits(&[293, 304, 472, 1014, 1734, 1799, 1805, 2109, 2302, 2426])])])),
            (27, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[1752, 1753, 1754, 1755, 1756, 1757, 1758, 1774, 1777, 1780, 1781, 1782, 1783, 1784, 1991, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2485, 2493, 2500, 2501, 2502, 2503, 2504]), Anchor::All(&[Anchor::Lits(&[384, 385, 479, 480, 653, 654, 658, 659, 671, 672, 1026, 1027, 1690, 1691, 1692, 1693, 2347, 2348, 2349, 2350, 2366, 2367, 2566, 2567, 2595, 2596, 2719, 2720, 2729, 2730, 2731, 2732, 2907, 2908, 3116, 3117, 3591, 3592, 3609, 3610, 3826, 3827]), Anchor::Lits(&[627, 660, 670, 1769, 1987, 2408, 2480, 2647])]), Anchor::All(&[Anchor::Lits(&[660, 1769, 2408, 2480, 3022]), Anchor::Lits(&[76, 77, 78, 80, 82, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 200, 201, 202, 203, 204, 205, 206, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 3393, 3394, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413]), Anchor::Lits(&[3158, 4052])])])),
            (46, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[149, 150, 478, 751, 799, 805, 991, 1139, 1304, 1416, 1503, 1669, 1719, 1720, 1750, 1798, 1800, 1801, 1802, 1803, 1876, 1895, 2065, 2066, 2068, 2102, 2213, 2292, 2557, 2895, 2973, 3648, 3650, 3651, 3676, 3684, 3686, 3690, 3691]), Anchor::All(&[Anchor::Lits(&[149, 150, 478, 751, 799, 805, 991, 1139, 1304, 1416, 1503, 1669, 1876, 1895, 2065, 2066, 2068, 2102, 2213, 2292, 2557, 2895, 2973, 3648, 3650, 3651, 3676, 3684, 3686, 3690, 3691]), Anchor::Lits(&[57, 58, 83, 152, 245, 298, 300, 415, 1022, 1023, 1024, 1025, 1417, 1418, 1465, 1742, 2110, 2289, 2389, 2531, 2534, 2536, 2568, 2574, 2594, 2658, 2916, 2995, 2996, 3012, 3642, 3685, 3714, 3869])])])),
            (48, "unrestricted-persona", Anchor::Any(&[Anchor::Lits(&[148, 153, 475, 673, 750, 807, 901, 1138, 1502, 1504, 1554, 1624, 1668, 1717, 1890, 1960, 2022, 2063, 2064, 2067, 2101, 2103, 2556, 2638, 2642, 3645, 3646, 3649, 3652, 3655, 3674, 3675, 3683, 3687, 3688, 3689, 3692, 3800, 3802, 3803, 3805, 3806, 3807, 3808, 3809, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825]), Anchor::All(&[Anchor::Lits(&[3123, 3124, 3129, 3130, 3131, 3132, 3133, 3138, 3139, 3142, 3143, 3146, 3147, 3752, 3753, 3758, 3759, 3760, 3761, 3762, 3767, 3768, 3771, 3772, 3775, 3776, 3787, 3788, 3789, 3790, 3791, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3799]), Anchor::Lits(&[416, 1074, 1212, 1491, 1682, 1769, 2021, 2406, 2606, 2647, 2668])])])),
            (51, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[489, 490, 491, 492, 493, 494, 500, 501, 502, 503, 504, 505, 509, 510, 511, 512, 513, 514, 680, 681, 682, 683, 684, 685, 691, 692, 693, 694, 695, 696, 700, 701, 702, 703, 704, 705, 1426, 1427, 1428, 1429, 1430, 1431, 1437, 1438, 1439, 1440, 1441, 1442, 1446, 1447, 1448, 1449, 1450, 1451, 3187, 3188, 3189, 3190, 3191, 3192, 3198, 3199, 3200, 3201, 3202, 3203, 3207, 3208, 3209, 3210, 3211, 3212, 3232, 3233, 3234, 3235, 3236, 3237, 3243, 3244, 3245, 3246, 3247, 3248, 3252, 3253, 3254, 3255, 3256, 3257, 3300, 3301, 3302, 3303, 3304, 3305, 3311, 3312, 3313, 3314, 3315, 3316, 3320, 3321, 3322, 3323, 3324, 3325, 3444, 3445, 3446, 3447, 3448, 3449, 3455, 3456, 3457, 3458, 3459, 3460, 3464, 3465, 3466, 3467, 3468, 3469, 3489, 3490, 3491, 3492, 3493, 3494, 3500, 3501, 3502, 3503, 3504, 3505, 3509, 3510, 3511, 3512, 3513, 3514, 3534, 3535, 3536, 3537, 3538, 3539, 3545, 3546, 3547, 3548, 3549, 3550, 3554, 3555, 3556, 3557, 3558, 3559, 3924, 3925, 3926, 3927, 3928, 3929, 4024, 4025, 4026, 4027, 4028, 4029, 4033, 4034, 4035, 4036, 4037, 4038, 4291, 4292, 4293, 4294, 4295, 4296, 4302, 4303, 4304, 4305, 4306, 4307, 4311, 4312, 4313, 4314, 4315, 4316]), Anchor::All(&[Anchor::Lits(&[477, 632, 652, 655, 656, 1074, 1468, 1491, 1654, 1683, 2019, 2020, 2021, 2432, 2597, 2606, 2655, 2660, 2673, 2676, 2683, 2686]), Anchor::Lits(&[484, 485, 486, 495, 496, 497, 498, 506, 507, 508, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 527, 675, 676, 677, 686, 687, 688, 689, 697, 698, 699, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 719, 1421, 1422, 1423, 1432, 1433, 1434, 1435, 1443, 1444, 1445, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1464, 3182, 3183, 3184, 3193, 3194, 3195, 3196, 3204, 3205, 3206, 3213, 3214, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3225, 3227, 3228, 3229, 3238, 3239, 3240, 3241, 3249, 3250, 3251, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3270, 3295, 3296, 3297, 3306, 3307, 3308, 3309, 3317, 3318, 3319, 3326, 3327, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3335, 3338, 3439, 3440, 3441, 3450, 3451, 3452, 3453, 3461, 3462, 3463, 3470, 3471, 3472, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3482, 3484, 3485, 3486, 3495, 3496, 3497, 3498, 3506, 3507, 3508, 3515, 3516, 3517, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3527, 3529, 3530, 3531, 3540, 3541, 3542, 3543, 3551, 3552, 3553, 3560, 3561, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3572, 3864, 3882, 3887, 3953, 3961, 3962, 4014, 4030, 4031, 4032, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4048, 4050, 4286, 4287, 4288, 4297, 4298, 4299, 4300, 4308, 4309, 4310, 4317, 4318, 4319, 4320, 4321, 4322, 4323, 4324, 4325, 4326, 4329, 4481])]), Anchor::All(&[Anchor::Lits(&[416, 477, 632, 639, 656, 1074, 1212, 1468, 1491, 1654, 1682, 2019, 2020, 2021, 2406, 2432, 2471, 2597, 2606, 2647, 2660, 2676]), Anchor::Lits(&[483, 487, 488, 490, 493, 495, 496, 497, 499, 525, 526, 674, 678, 679, 681, 684, 686, 687, 688, 690, 717, 718, 1420, 1424, 1425, 1427, 1430, 1432, 1433, 1434, 1436, 1462, 1463, 3181, 3185, 3186, 3188, 3191, 3193, 3194, 3195, 3197, 3223, 3224, 3226, 3230, 3231, 3233, 3236, 3238, 3239, 3240, 3242, 3268, 3269, 3294, 3298, 3299, 3301, 3304, 3306, 3307, 3308, 3310, 3336, 3337, 3438, 3442, 3443, 3445, 3448, 3450, 3451, 3452, 3454, 3480, 3481, 3483, 3487, 3488, 3490, 3493, 3495, 3496, 3497, 3499, 3525, 3526, 3528, 3532, 3533, 3535, 3538, 3540, 3541, 3542, 3544, 3570, 3571, 3862, 3922, 3923, 3925, 3928, 3953, 3961, 3962, 4017, 4285, 4289, 4290, 4292, 4295, 4297, 4298, 4299, 4301, 4327, 4328, 4433, 4441]), Anchor::Lits(&[56, 248, 272, 1551, 1577, 1716, 1721, 2420, 2974, 3362])])])),
            (52, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 723, 724, 725, 726, 727, 728, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1662, 1663, 1664, 1665, 1666, 1667, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1684, 1685, 1686, 1687, 1688, 1689, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 2599, 2600, 2601, 2602, 2603, 2604, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601])]), Anchor::All(&[Anchor::Lits(&[808, 809, 810, 811, 812, 813, 814, 815, 902, 903, 904, 905, 906, 907, 908, 909, 911, 912, 926, 934, 948, 949, 969, 977, 2044, 2045, 2048, 2056, 2071, 2072, 2080, 2088]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601])])])),
            (53, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3339]), Anchor::All(&[Anchor::Lits(&[2098, 2099, 2100]), Anchor::Lits(&[210, 211, 246, 412, 720, 1184, 1522, 1962])]), Anchor::All(&[Anchor::Lits(&[3374, 3375, 3376, 3377, 3378, 3379, 3380, 3381]), Anchor::Lits(&[416, 1212, 1468, 1491, 1654, 1682, 2606, 2647])])])),
            (54, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[418, 419, 453, 1032, 1033, 1183, 1303, 1305, 1625, 2073, 2087, 2090, 2105, 2106, 2108, 2565, 3647, 3653, 3654, 3693]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601])])),
            (56, "pre-safety-self", Anchor::Lits(&[305, 306, 307, 308, 309, 310, 311, 312, 314, 315, 316, 317, 318, 323, 324, 345, 346, 348, 350, 351, 378, 379, 380, 382, 383, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211])),
            (57, "stay-in-character", Anchor::Lits(&[913, 914, 933, 956, 957, 976, 1948, 2046, 2047, 2055, 2569, 2913, 2914, 2915, 2917, 2918, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926])),
            (59, "jailbreak", Anchor::Lits(&[637, 638, 1361, 1362, 1612, 1613, 1614, 1851, 1852, 1853, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1875, 1876, 1877, 1879, 1880, 1881, 1882, 1883, 1885, 1889, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 2111, 2112, 2433, 2697, 3712, 3713, 3873, 3874, 3983, 3984, 4192, 4193, 4418, 4419])),
            (60, "evil-twin", Anchor::Lits(&[4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063, 4114, 4115, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4196, 4197, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4211, 4212, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4221, 4222, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4264, 4265, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4331, 4332, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4343, 4344, 4345, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389])),
            (66, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[2291]), Anchor::All(&[Anchor::Lits(&[114, 115, 116, 145, 197, 198, 199, 207, 1105, 1106, 1107, 1115, 3725, 3726, 3727, 3728]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3022, 3601]), Anchor::Lits(&[303, 413, 855, 1246, 2423, 2479, 2598, 2698, 2699, 2700, 3113])])])),
            (69, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 457, 461, 462, 463, 464, 466, 467, 468, 469, 471, 530, 531, 532, 533, 534, 536, 537, 538, 539, 541, 754, 756, 757, 758, 760, 762, 763, 764, 765, 767, 774, 775, 776, 777, 779, 841, 843, 844, 845, 847, 849, 850, 851, 852, 854, 877, 882, 885, 886, 887, 889, 890, 891, 892, 894, 1030, 1031, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1046, 1047, 1048, 1049, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1065, 1066, 1067, 1068, 1076, 1077, 1078, 1079, 1081, 1083, 1084, 1085, 1086, 1088, 1255, 1258, 1259, 1260, 1263, 1266, 1267, 1268, 1270, 1272, 1307, 1308, 1309, 1310, 1312, 1314, 1315, 1316, 1317, 1318, 1368, 1369, 1370, 1371, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1391, 1392, 1393, 1394, 1395, 1397, 1398, 1399, 1400, 1402, 1587, 1590, 1591, 1592, 1594, 1603, 1606, 1607, 1608, 1610, 1628, 1630, 1631, 1632, 1634, 1874, 1878, 1884, 1886, 1888, 2030, 2031, 2032, 2033, 2035, 2037, 2038, 2039, 2040, 2042, 2321, 2324, 2325, 2326, 2328, 2332, 2335, 2336, 2337, 2339, 2775, 2776, 2777, 2778, 2780, 2782, 2783, 2784, 2785, 2787, 2967, 2968, 2969, 2970, 2972, 2976, 2978, 2979, 2980, 2982, 2989, 2990, 2991, 2992, 2994, 3002, 3003, 3005, 3006, 3008, 3097, 3098, 3099, 3100, 3102, 3622, 3623, 3624, 3625, 3627, 3633, 3634, 3636, 3637, 3639, 3668, 3669, 3670, 3671, 3673, 3829, 3830, 3831, 3832, 3834]), Anchor::All(&[Anchor::Lits(&[237, 238, 239, 240, 241, 242, 243, 244, 294, 295, 296, 297, 477, 629, 630, 631, 651, 655, 656, 657, 716, 1028, 1069, 1070, 1071, 1072, 1073, 1074, 1213, 1466, 1467, 1476, 1549, 1550, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 2018, 2021, 2486, 2544, 2558, 2559, 2607, 2635, 2636, 2659, 2669, 2670, 2671, 2672, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2694, 2695, 2696, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 3293, 3615]), Anchor::Lits(&[0, 301, 417, 454, 529, 753, 761, 773, 840, 848, 874, 895, 920, 935, 963, 978, 990, 1029, 1050, 1075, 1082, 1248, 1306, 1313, 1367, 1390, 1396, 1501, 1584, 1600, 1627, 1846, 1848, 1959, 2029, 2036, 2074, 2089, 2318, 2329, 2538, 2564, 2570, 2572, 2774, 2781, 2788, 2789, 2929, 2965, 2966, 2975, 2988, 2999, 3096, 3621, 3630, 3667, 3709, 3711, 3804, 3828])]), Anchor::All(&[Anchor::Lits(&[9, 145, 208, 465, 470, 535, 540, 759, 766, 778, 846, 853, 888, 893, 1045, 1064, 1080, 1087, 1137, 1269, 1271, 1311, 1372, 1401, 1593, 1609, 1633, 1887, 2034, 2041, 2165, 2327, 2338, 2779, 2786, 2971, 2981, 2993, 3007, 3101, 3431, 3626, 3638, 3672, 3833]), Anchor::Lits(&[81, 416, 607, 632, 639, 830, 1074, 1211, 1468, 1491, 1654, 1682, 1769, 2021, 2406, 2407, 2432, 2471, 2505, 2606, 2647, 2660, 2668, 3601])])])),
            (70, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[81, 237, 238, 239, 240, 241, 242, 243, 244, 294, 295, 296, 297, 477, 629, 630, 631, 651, 655, 656, 657, 716, 1028, 1069, 1070, 1071, 1072, 1073, 1074, 1213, 1466, 1467, 1476, 1549, 1550, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 2018, 2021, 2486, 2544, 2558, 2559, 2607, 2635, 2636, 2659, 2669, 2670, 2671, 2672, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2694, 2695, 2696, 2721, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 3293, 3615]), Anchor::Lits(&[459, 473, 474, 755, 790, 842, 1419, 1629, 1718, 2070, 2104, 2154, 2317, 2369, 2571, 2633, 2637, 2977, 3708, 3710])])),
        ],
    },
    // Text
    ViewAnchors {
        literals: Literals {
            bytes: b"\
\x09:\
\x09actual\
\x09admin\
\x09command\
\x09core\
\x09critical\
\x09directive\
\x09hidden\
\x09important\
\x09instruction\
\x09mandatory\
\x09orders\
\x09override\
\x09priority\
\x09real\
\x09secret\
\x09system\
\x09urgent\
\x20:\
\x20actual\
\x20admin\
\x20alert:\
\x20announcement:\
\x20bulletin:\
\x20change:\
\x20command\
\x20command:\
\x20config\
\x20core\
\x20critical\
\x20directive\
\x20directive:\
\x20directives\
\x20flags\
\x20guardrails\
\x20guidelines\
\x20hidden\
\x20important\
\x20instruction\
\x20instructions\
\x20mandatory\
\x20message:\
\x20notice:\
\x20orders\
\x20override\
\x20parameters\
\x20patch:\
\x20policy\
\x20priority\
\x20prompts\
\x20real\
\x20restrictions\
\x20rules\
\x20safeguards\
\x20secret\
\x20settings\
\x20system\
\x20system instructions\
\x20system message\
\x20system prompt\
\x20system rules\
\x20the prompt\
\x20the system prompt\
\x20update:\
\x20urgent\
!\
![\
#\
#\x09\
# \
#assistant\
#developer\
#instruction\x09\
#instruction \
#instruction:\
#new system\x09\
#new system \
#new system:\
#system\
(\
)\
*/\
*actual\
*admin\
*core\
*critical\
*hidden\
*important\
*mandatory\
*override\
*priority\
*real\
*secret\
*system\
*urgent\
,\
,actual\
,admin\
,command\
,core\
,critical\
,directive\
,hidden\
,important\
,instruction\
,mandatory\
,orders\
,override\
,priority\
,real\
,secret\
,system\
,urgent\
--\
-->\
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
-actual\
-admin\
-core\
-critical\
-hidden\
-important\
-mandatory\
-override\
-priority\
-real\
-secret\
-system\
-urgent\
/*\
//\
:\
:\x09\
: \
:absolutely\
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
<\
</s>\
<<\
<actual\
<admin\
<core\
<critical\
<hidden\
<important\
<mandatory\
<override\
<priority\
<real\
<s>\
<secret\
<system\
<urgent\
<|\
=\
=actual\
=admin\
=core\
=critical\
=hidden\
=important\
=mandatory\
=override\
=priority\
=real\
=secret\
=system\
=urgent\
>\
>>\
[\
[/inst]\
[[\
[actual\
[admin\
[assistant](\
[core\
[critical\
[developer](\
[hidden\
[important\
[inst]\
[mandatory\
[override\
[priority\
[real\
[secret\
[system\
[system](\
[urgent\
]\
](\
]]\
_actual\
_admin\
_allow_all\
_bypass\
_core\
_critical\
_disable\
_hidden\
_important\
_insecure\
_mandatory\
_off\
_override\
_priority\
_real\
_secret\
_skip\
_system\
_unsafe\
_urgent\
```\
activated\
admin\
admin block\
admin input\
admin instructions\
admin message\
admin mode\
admin override\
admin prompt\
admin section\
admin:\
administrator block\
administrator input\
administrator instructions\
administrator message\
administrator override\
administrator prompt\
administrator section\
agent\
ai\
all\
always\
answer\
approval\
approval_mode\
approve\
assistant\
attacker\
audit\
automated\
automation\
beacon\
begin \
beginning \
bot\
burpcollaborator\
bypass\
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
change it to envelope\
change it to the envelope\
change to envelope\
change to the envelope\
collector\
command\
complete\
comply\
confirm\
confirmation\
copies\
copy\
cortex_route\
dan\
debug mode\
developer\
developer block\
developer input\
developer instructions\
developer message\
developer mode\
developer override\
developer prompt\
developer section\
diagnostic mode\
directive\
disable\
disable_approval\
disable_audit\
disable_checks\
disable_cortex\
disable_envelope\
disable_filter\
disable_guard\
disable_injection\
disable_redaction\
disable_safety\
disable_sandbox\
disable_tripwire\
disregard\
do not\
dont\
drop\
drop-bucket\
dropbucket\
dropzone\
dump\
e-mail\
email\
emergency\
enabled\
end of context\
end of conversation\
end of customer context\
end of customer conversation\
end of customer data\
end of customer document\
end of customer email\
end of customer input\
end of customer instructions\
end of customer message\
end of customer prompt\
end of customer query\
end of customer request\
end of customer session\
end of customer transcript\
end of data\
end of document\
end of email\
end of human context\
end of human conversation\
end of human data\
end of human document\
end of human email\
end of human input\
end of human instructions\
end of human message\
end of human prompt\
end of human query\
end of human request\
end of human session\
end of human transcript\
end of input\
end of instructions\
end of message\
end of prompt\
end of query\
end of request\
end of session\
end of system context\
end of system conversation\
end of system data\
end of system document\
end of system email\
end of system input\
end of system query\
end of system request\
end of system session\
end of system transcript\
end of the context\
end of the conversation\
end of the customer context\
end of the customer conversation\
end of the customer data\
end of the customer document\
end of the customer email\
end of the customer input\
end of the customer instructions\
end of the customer message\
end of the customer prompt\
end of the customer query\
end of the customer request\
end of the customer session\
end of the customer transcript\
end of the data\
end of the document\
end of the email\
end of the human context\
end of the human conversation\
end of the human data\
end of the human document\
end of the human email\
end of the human input\
end of the human instructions\
end of the human message\
end of the human prompt\
end of the human query\
end of the human request\
end of the human session\
end of the human transcript\
end of the input\
end of the instructions\
end of the message\
end of the prompt\
end of the query\
end of the request\
end of the session\
end of the system context\
end of the system conversation\
end of the system data\
end of the system document\
end of the system email\
end of the system input\
end of the system query\
end of the system request\
end of the system session\
end of the system transcript\
end of the transcript\
end of the user context\
end of the user conversation\
end of the user data\
end of the user document\
end of the user email\
end of the user input\
end of the user instructions\
end of the user message\
end of the user prompt\
end of the user query\
end of the user request\
end of the user session\
end of the user transcript\
end of transcript\
end of user context\
end of user conversation\
end of user data\
end of user document\
end of user email\
end of user input\
end of user instructions\
end of user message\
end of user prompt\
end of user query\
end of user request\
end of user session\
end of user transcript\
end_of_turn\
ended\
ends\
envelope\
evil\
exfil\
exfiltrate\
export\
filter\
finished\
focus exclusively\
focus only\
forget\
forward\
from now\
god\
god mode\
grant\
guard\
hacker\
hidden\
http://\
https://\
human input \
human message \
human prompt \
ignore\
im_end\
im_start\
injection\
injection_check\
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
instruction\
instructions\
instructions_override\
interact.sh\
is over\
jailbreak\
jailbroken\
law enforcement\
leak\
maintenance mode\
malicious\
memo\
message\
mode\
model\
must\
never\
new\
new directives:\
new orders:\
new policy:\
ngrok\
no restrictions\
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
note\
oast\
obey\
only\
order\
orders\
override\
override mode\
override:\
permitted\
pipedream\
policy\
post\
print\
prompt\
push\
put\
pwn\
read_only\
reader\
readonly\
redact\
redaction\
reminder\
request\
requestbin\
respond\
reveal\
reviewer\
root\
root block\
root input\
root instructions\
root message\
root override\
root prompt\
root section\
root:\
rules\
safe_mode\
safety\
sandbox\
sanitization\
sanitize\
secret\
security\
send\
set envelope\
set the envelope\
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
start \
start_of_turn\
steal\
sudo\
sudo block\
sudo input\
sudo instructions\
sudo message\
sudo override\
sudo prompt\
sudo section\
sudo:\
superuser\
switch envelope\
switch the envelope\
switch to envelope\
switch to the envelope\
sys\
sys_prompt\
system\
system\x09\
system \
system block\
system input\
system instructions\
system message\
system override\
system prompt\
system section\
system(\
system*\
system-prompt\
system:\
system_\
system_message\
system_prompt\
task\
transfer\
tripwire\
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
update\
upload\
use envelope\
use the envelope\
user input \
user message \
user prompt \
using envelope\
using the envelope\
webhook.site\
with envelope\
with the envelope\
write\
you\
{\
|>\
~actual\
~admin\
~core\
~critical\
~hidden\
~important\
~mandatory\
~override\
~priority\
~real\
~secret\
~system\
~urgent\
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
\xe3\x81\xaa\xe3\x81\x84\
\xe3\x81\xaa\xe3\x81\x97\
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
\xe8\xb7\xb3\xe8\xbf\x87\
\xe8\xb7\xb3\xe9\x81\x8e\
\xe8\xbf\x87\xe6\xbb\xa4\
\xe9\x97\x9c\xe9\x96\x89\
\xe9\x99\x90\xe5\x88\xb6\
\xe9\x9a\x90\xe8\x97\x8f\xe6\x8c\x87\xe4\xbb\xa4\
\xe9\x9a\xa0\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f\xe6\x8c\x87\xe7\xa4\xba\
\xea\xb0\x80\xeb\x93\x9c\xeb\xa0\x88\xec\x9d\xbc\
\xea\xb0\x90\xec\x82\xac\
\xeb\xac\xb4\xec\x8b\x9c\
\xeb\xb9\x84\xeb\xb0\x80\
\xec\x88\xa8\xea\xb2\xa8\xec\xa7\x84\
\xec\x8b\x9c\xec\x8a\xa4\xed\x85\x9c\
\xec\x95\x88\xec\xa0\x84\
\xec\x97\x86\xeb\x8a\x94\
\xec\x97\x86\xec\x9d\xb4\
\xec\x9e\x8a\xea\xb3\xa0\
\xec\x9e\x8a\xec\x96\xb4\
\xec\xb4\x88\xea\xb8\xb0\
",
            ends: &[2, 9, 15, 23, 28, 37, 47, 54, 64, 76, 86, 93, 102, 111, 116, 123, 130, 137, 139, 146, 152, 159, 173, 183, 191, 199, 208, 215, 220, 229, 239, 250, 261, 267, 278, 289, 296, 306, 318, 331, 341, 350, 358, 365, 374, 385, 392, 399, 408, 416, 421, 434, 440, 451, 458, 467, 474, 494, 509, 523, 536, 547, 565, 573, 580, 581, 583, 584, 586, 588, 598, 608, 621, 634, 647, 659, 671, 683, 690, 691, 692, 694, 701, 707, 712, 721, 728, 738, 748, 757, 766, 771, 778, 785, 792, 793, 800, 806, 814, 819, 828, 838, 845, 855, 867, 877, 884, 893, 902, 907, 914, 921, 928, 930, 933, 944, 953, 967, 985, 1000, 1018, 1033, 1052, 1068, 1085, 1103, 1113, 1123, 1133, 1143, 1154, 1166, 1179, 1190, 1205, 1217, 1229, 1240, 1248, 1254, 1261, 1267, 1272, 1281, 1288, 1298, 1308, 1317, 1326, 1331, 1338, 1345, 1352, 1354, 1356, 1357, 1359, 1361, 1372, 1378, 1388, 1393, 1402, 1410, 1417, 1423, 1429, 1436, 1441, 1445, 1456, 1466, 1469, 1474, 1485, 1489, 1490, 1494, 1496, 1503, 1509, 1514, 1523, 1530, 1540, 1550, 1559, 1568, 1573, 1576, 1583, 1590, 1597, 1599, 1600, 1607, 1613, 1618, 1627, 1634, 1644, 1654, 1663, 1672, 1677, 1684, 1691, 1698, 1699, 1701, 1702, 1709, 1711, 1718, 1724, 1736, 1741, 1750, 1762, 1769, 1779, 1785, 1795, 1804, 1813, 1818, 1825, 1832, 1841, 1848, 1849, 1851, 1853, 1860, 1866, 1876, 1883, 1888, 1897, 1905, 1912, 1922, 1931, 1941, 1945, 1954, 1963, 1968, 1975, 1980, 1987, 1994, 2001, 2004, 2013, 2018, 2029, 2040, 2058, 2071, 2081, 2095, 2107, 2120, 2126, 2145, 2164, 2190, 2211, 2233, 2253, 2274, 2279, 2281, 2284, 2290, 2296, 2304, 2317, 2324, 2333, 2341, 2346, 2355, 2365, 2371, 2377, 2387, 2390, 2406, 2412, 2427, 2439, 2452, 2465, 2480, 2493, 2505, 2521, 2537, 2550, 2564, 2579, 2581, 2602, 2627, 2645, 2667, 2676, 2683, 2691, 2697, 2704, 2716, 2722, 2726, 2738, 2741, 2751, 2760, 2775, 2790, 2812, 2829, 2843, 2861, 2877, 2894, 2909, 2918, 2925, 2941, 2954, 2968, 2982, 2998, 3012, 3025, 3042, 3059, 3073, 3088, 3104, 3113, 3119, 3123, 3127, 3138, 3148, 3156, 3160, 3166, 3171, 3180, 3187, 3201, 3220, 3243, 3271, 3291, 3315, 3336, 3357, 3385, 3408, 3430, 3451, 3474, 3497, 3523, 3534, 3549, 3561, 3581, 3606, 3623, 3644, 3662, 3680, 3705, 3725, 3744, 3762, 3782, 3802, 3825, 3837, 3856, 3870, 3883, 3895, 3909, 3923, 3944, 3970, 3988, 4010, 4029, 4048, 4067, 4088, 4109, 4133, 4151, 4174, 4201, 4233, 4257, 4285, 4310, 4335, 4367, 4394, 4420, 4445, 4472, 4499, 4529, 4544, 4563, 4579, 4603, 4632, 4653, 4678, 4700, 4722, 4751, 4775, 4798, 4820, 4844, 4868, 4895, 4911, 4934, 4952, 4969, 4985, 5003, 5021, 5046, 5076, 5098, 5124, 5147, 5170, 5193, 5218, 5243, 5271, 5292, 5315, 5343, 5363, 5387, 5408, 5429, 5457, 5480, 5502, 5523, 5546, 5569, 5595, 5612, 5631, 5655, 5671, 5691, 5708, 5725, 5749, 5768, 5786, 5803, 5822, 5841, 5863, 5874, 5879, 5883, 5891, 5895, 5900, 5910, 5916, 5922, 5930, 5947, 5957, 5963, 5970, 5978, 5981, 5989, 5994, 5999, 6005, 6011, 6018, 6026, 6038, 6052, 6065, 6071, 6077, 6085, 6094, 6109, 6126, 6140, 6155, 6170, 6187, 6202, 6216, 6234, 6252, 6267, 6283, 6300, 6311, 6323, 6344, 6355, 6362, 6371, 6381, 6396, 6400, 6416, 6425, 6429, 6436, 6440, 6445, 6449, 6454, 6457, 6472, 6483, 6494, 6499, 6514, 6525, 6533, 6542, 6551, 6562, 6571, 6579, 6591, 6603, 6612, 6622, 6633, 6637, 6641, 6645, 6649, 6654, 6660, 6668, 6681, 6690, 6699, 6708, 6714, 6718, 6723, 6729, 6733, 6736, 6739, 6748, 6754, 6762, 6768, 6777, 6785, 6792, 6802, 6809, 6815, 6823, 6827, 6837, 6847, 6864, 6876, 6889, 6900, 6912, 6917, 6922, 6931, 6937, 6944, 6956, 6964, 6970, 6978, 6982, 6994, 7010, 7023, 7033, 7044, 7055, 7068, 7079, 7089, 7103, 7117, 7128, 7140, 7153, 7159, 7172, 7177, 7181, 7191, 7201, 7218, 7230, 7243, 7254, 7266, 7271, 7280, 7295, 7314, 7332, 7354, 7357, 7367, 7373, 7380, 7387, 7399, 7411, 7430, 7444, 7459, 7472, 7486, 7493, 7500, 7513, 7520, 7527, 7541, 7554, 7558, 7566, 7574, 7580, 7592, 7607, 7619, 7632, 7645, 7660, 7673, 7685, 7701, 7717, 7730, 7744, 7759, 7765, 7771, 7783, 7799, 7810, 7823, 7835, 7849, 7867, 7879, 7892, 7909, 7914, 7917, 7918, 7920, 7927, 7933, 7938, 7947, 7954, 7964, 7974, 7983, 7992, 7997, 8004, 8011, 8018, 8028, 8038, 8048, 8060, 8072, 8080, 8113, 8117, 8123, 8133, 8160, 8170, 8176, 8199, 8212, 8233, 8245, 8282, 8316, 8328, 8349, 8361, 8401, 8447, 8468, 8477, 8498, 8513, 8531, 8540, 8561, 8582, 8594, 8627, 8642, 8663, 8669, 8675, 8693, 8720, 8750, 8759, 8771, 8777, 8783, 8795, 8807, 8825, 8846, 8852, 8858, 8864, 8870, 8876, 8882, 8888, 8894, 8900, 8906, 8912, 8924, 8930, 8945, 8957, 8969, 8981, 8987, 8993, 8999, 9005, 9011, 9017, 9023, 9029, 9035, 9041, 9047, 9059, 9077, 9089, 9095, 9101, 9107, 9116, 9125, 9131, 9137, 9143, 9149, 9155, 9161],
        },
        rules: &[
            (34, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[177, 211, 215, 218, 221, 228]), Anchor::All(&[Anchor::Lits(&[212]), Anchor::Lits(&[232])]), Anchor::All(&[Anchor::Lits(&[210]), Anchor::Lits(&[230]), Anchor::Lits(&[255, 635])]), Anchor::All(&[Anchor::Lits(&[255, 499, 524, 636, 649, 652, 653]), Anchor::Lits(&[176]), Anchor::Lits(&[208])]), Anchor::All(&[Anchor::Lits(&[193]), Anchor::Lits(&[686])]), Anchor::All(&[Anchor::Lits(&[178]), Anchor::Lits(&[209])]), Anchor::All(&[Anchor::Lits(&[189]), Anchor::Lits(&[210])]), Anchor::All(&[Anchor::Lits(&[176]), Anchor::Lits(&[208]), Anchor::Lits(&[280, 319, 479, 506, 507, 619, 635])])])),
            (35, "code-fence-role", Anchor::Lits(&[253])),
            (36, "bare-override", Anchor::All(&[Anchor::Lits(&[32, 34, 35, 39, 49, 51, 52, 53, 61, 62]), Anchor::Lits(&[290, 343, 346, 491, 505, 563])])),
            (37, "markdown-role-header", Anchor::Lits(&[68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78])),
            (38, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[638, 639, 647, 648, 650, 651]), Anchor::Lits(&[260, 274, 275, 276, 279, 311, 318, 324, 328, 330, 343, 344, 345, 489, 490, 491, 493, 495, 496, 505, 523, 527, 528, 531, 537, 538, 539, 544, 559, 563, 566, 568, 570, 583, 584, 595, 658, 684])]), Anchor::All(&[Anchor::Lits(&[156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175]), Anchor::Lits(&[273, 280])])])),
            (39, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[0, 18, 21, 22, 23, 24, 26, 31, 41, 42, 46, 57, 58, 59, 60, 63, 264, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 540, 541, 542, 564, 565, 594, 629]), Anchor::All(&[Anchor::Lits(&[256, 257, 258, 259, 261, 262, 263, 265, 266, 267, 268, 269, 270, 271, 320, 321, 322, 323, 325, 326, 327, 587, 588, 589, 590, 591, 592, 593, 622, 623, 624, 625, 626, 627, 628, 640, 641, 642, 643, 644, 645, 646]), Anchor::Lits(&[286, 287, 618])]), Anchor::All(&[Anchor::Lits(&[502, 503, 504, 675, 676, 677]), Anchor::Lits(&[310, 480, 481, 488, 526])]), Anchor::All(&[Anchor::Lits(&[44, 245]), Anchor::Lits(&[255, 319, 353, 586, 602, 621, 637]), Anchor::Lits(&[155])])])),
            (42, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[254, 309, 329, 354, 522, 535, 557, 563, 581, 671]), Anchor::Lits(&[255, 317, 319, 353, 494, 499, 527, 529, 563, 586, 601, 602, 621, 630, 637, 658]), Anchor::Lits(&[79, 176, 210, 685])])),
            (43, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[522]), Anchor::All(&[Anchor::Lits(&[3, 6, 9, 11, 25, 30, 38, 43, 98, 101, 104, 106]), Anchor::Lits(&[1, 2, 4, 5, 7, 8, 10, 12, 13, 14, 15, 16, 17, 19, 20, 28, 29, 36, 37, 40, 44, 48, 50, 54, 56, 64, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 96, 97, 99, 100, 102, 103, 105, 107, 108, 109, 110, 111, 112, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 190, 191, 192, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 213, 214, 216, 217, 219, 220, 222, 223, 224, 225, 226, 227, 229, 233, 234, 237, 238, 240, 241, 243, 245, 246, 247, 248, 250, 252, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699])])])),
            (76, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 278, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 304, 305, 306, 307, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 631, 632, 633, 634, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 673, 674, 678, 679, 681, 682]), Anchor::All(&[Anchor::Lits(&[235, 236, 239, 242, 244, 249, 251]), Anchor::Lits(&[277, 316, 482, 497, 508, 578, 597, 598, 656]), Anchor::Lits(&[194])])])),
            (77, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[277, 282, 312, 482, 487, 497, 509, 575, 577, 578, 596, 597, 598, 599, 600, 656]), Anchor::Lits(&[277, 282, 312, 482, 487, 497, 509, 575, 577, 578, 596, 597, 598, 599, 600, 656]), Anchor::Lits(&[155, 194])]), Anchor::All(&[Anchor::Lits(&[27, 33, 45, 47, 55]), Anchor::Lits(&[277, 282, 313, 482, 487, 497, 579, 597, 598, 656]), Anchor::Lits(&[155])])])),
            (83, "addressed-to-the-agent", Anchor::Any(&[Anchor::Lits(&[65, 95, 155]), Anchor::All(&[Anchor::Lits(&[309, 329, 522, 533, 534, 557, 561, 580, 581]), Anchor::Lits(&[272, 283, 284, 288, 536, 576, 585, 637]), Anchor::Lits(&[95, 155])])])),
            (84, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[309, 329, 522, 534, 557, 560, 562, 563, 571, 654]), Anchor::Lits(&[67, 79, 113, 153, 154, 176, 210, 685]), Anchor::Lits(&[80, 81, 114, 155, 230])])),
            (89, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[66]), Anchor::Lits(&[231])])),
            (90, "send-to-a-beacon", Anchor::Lits(&[500, 501])),
            (91, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[285, 314, 315, 350, 351, 352, 485, 486, 492, 530, 569, 572, 573, 603, 655, 657, 672, 683]), Anchor::Lits(&[281, 289, 303, 308, 347, 348, 349, 483, 484, 498, 525, 532, 543, 558, 567, 574, 582, 620, 680])])),
            (100, "override-instructions-cjk", Anchor::Lits(&[739, 741, 742, 745, 746, 751, 752, 753, 754, 755, 756, 759, 763, 764, 765, 772, 777, 781, 788, 789])),
            (103, "override-instructions-other-scripts", Anchor::Lits(&[700, 701, 702, 703, 704, 705, 707, 709, 711, 714, 716, 719, 720, 724, 727, 728, 729, 731, 733, 735])),
            (105, "unrestricted-persona-other-scripts", Anchor::Lits(&[708, 712, 721, 726, 734, 736, 737, 749, 750, 757, 758, 766, 768, 770, 771, 774, 776, 786, 787])),
            (107, "reveal-system-prompt-other-scripts", Anchor::Lits(&[706, 710, 713, 715, 717, 718, 722, 723, 725, 730, 732, 739, 740, 746, 762, 778, 782, 783, 784, 790])),
            (109, "disable-safety-other-scripts", Anchor::Lits(&[738, 743, 744, 747, 748, 760, 761, 767, 769, 772, 773, 775, 779, 780, 785])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0xe010aabf0fac8a9c;
