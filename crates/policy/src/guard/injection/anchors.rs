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
\x20agent command \
\x20agent commands \
\x20agent directive \
\x20agent directives \
\x20agent instruction \
\x20agent instructions \
\x20agent note \
\x20agent notes \
\x20agent order \
\x20agent orders \
\x20agent override \
\x20agent prompt \
\x20agent task \
\x20agent tasks \
\x20aggira\
\x20ai\
\x20ai called\
\x20ai called dan \
\x20ai command \
\x20ai commands \
\x20ai directive \
\x20ai directives \
\x20ai instruction \
\x20ai instructions \
\x20ai known as\
\x20ai known as dan \
\x20ai named\
\x20ai named dan \
\x20ai nicknamed\
\x20ai note \
\x20ai notes \
\x20ai order \
\x20ai orders \
\x20ai override \
\x20ai prompt \
\x20ai system called\
\x20ai system known as\
\x20ai system named\
\x20ai system nicknamed\
\x20ai task \
\x20ai tasks \
\x20all \
\x20all actions \
\x20all calls \
\x20all commands \
\x20all queries \
\x20all requests \
\x20all statements \
\x20all tool calls \
\x20allow all mode \
\x20allowlisted \
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
\x20approve all \
\x20approve any \
\x20approve each \
\x20approve every \
\x20approve its \
\x20approve my \
\x20approve pending \
\x20approve the \
\x20approve these \
\x20approve those \
\x20approve your \
\x20approved \
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
\x20assistant command \
\x20assistant commands \
\x20assistant directive \
\x20assistant directives \
\x20assistant instruction \
\x20assistant instructions \
\x20assistant known as\
\x20assistant known as dan \
\x20assistant named\
\x20assistant named dan \
\x20assistant nicknamed\
\x20assistant note \
\x20assistant notes \
\x20assistant order \
\x20assistant orders \
\x20assistant override \
\x20assistant prompt \
\x20assistant task \
\x20assistant tasks \
\x20assume \
\x20at the beginning\
\x20at the start\
\x20atla\
\x20audit\
\x20audit mode\
\x20audit only mode \
\x20auditing you\
\x20ausschalten\
\x20authorised \
\x20authorization \
\x20authorized \
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
\x20between ourselves\
\x20between the two of us\
\x20between us\
\x20between you and me\
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
\x20bot command \
\x20bot commands \
\x20bot directive \
\x20bot directives \
\x20bot instruction \
\x20bot instructions \
\x20bot known as\
\x20bot known as dan \
\x20bot named\
\x20bot named dan \
\x20bot nicknamed\
\x20bot note \
\x20bot notes \
\x20bot order \
\x20bot orders \
\x20bot override \
\x20bot prompt \
\x20bot task \
\x20bot tasks \
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
\x20cleared \
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
\x20copilot command \
\x20copilot commands \
\x20copilot directive \
\x20copilot directives \
\x20copilot instruction \
\x20copilot instructions \
\x20copilot note \
\x20copilot notes \
\x20copilot order \
\x20copilot orders \
\x20copilot override \
\x20copilot prompt \
\x20copilot task \
\x20copilot tasks \
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
\x20directive from \
\x20directives\
\x20directives \
\x20directives from \
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
\x20elevated \
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
\x20enabled \
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
\x20granted \
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
\x20instructions from \
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
\x20llm command \
\x20llm commands \
\x20llm directive \
\x20llm directives \
\x20llm instruction \
\x20llm instructions \
\x20llm note \
\x20llm notes \
\x20llm order \
\x20llm orders \
\x20llm override \
\x20llm prompt \
\x20llm task \
\x20llm tasks \
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
\x20model command \
\x20model commands \
\x20model directive \
\x20model directives \
\x20model instruction \
\x20model instructions \
\x20model known as\
\x20model known as dan \
\x20model named\
\x20model named dan \
\x20model nicknamed\
\x20model note \
\x20model notes \
\x20model order \
\x20model orders \
\x20model override \
\x20model prompt \
\x20model task \
\x20model tasks \
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
\x20obedecer directrices\
\x20obedecer instrucciones\
\x20obedecer las \
\x20obedecer los \
\x20obedecer normas\
\x20obedecer ordenes\
\x20obedecer reglas\
\x20obedecer sus \
\x20obedecer tus \
\x20obedeces directrices\
\x20obedeces instrucciones\
\x20obedeces las \
\x20obedeces los \
\x20obedeces normas\
\x20obedeces ordenes\
\x20obedeces reglas\
\x20obedeces sus \
\x20obedeces tus \
\x20obedezcas directrices\
\x20obedezcas instrucciones\
\x20obedezcas las \
\x20obedezcas los \
\x20obedezcas normas\
\x20obedezcas ordenes\
\x20obedezcas reglas\
\x20obedezcas sus \
\x20obedezcas tus \
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
\x20orders from \
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
\x20play a character \
\x20play the character of \
\x20play the part of \
\x20play the role of \
\x20play the role of a dan \
\x20play the role of an dan \
\x20play the role of dan \
\x20play the role of now a dan \
\x20play the role of now an dan \
\x20play the role of now dan \
\x20play the role of now the dan \
\x20play the role of the dan \
\x20plus \
\x20poczatkowe instrukcje\
\x20policies\
\x20policies \
\x20policies that \
\x20policies which \
\x20policy\
\x20policy from \
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
\x20respetar directrices\
\x20respetar instrucciones\
\x20respetar las \
\x20respetar los \
\x20respetar normas\
\x20respetar ordenes\
\x20respetar reglas\
\x20respetar sus \
\x20respetar tus \
\x20respetes directrices\
\x20respetes instrucciones\
\x20respetes las \
\x20respetes los \
\x20respetes normas\
\x20respetes ordenes\
\x20respetes reglas\
\x20respetes sus \
\x20respetes tus \
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
\x20rules from \
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
\x20seguir directrices\
\x20seguir instrucciones\
\x20seguir las \
\x20seguir los \
\x20seguir normas\
\x20seguir ordenes\
\x20seguir reglas\
\x20seguir sus \
\x20seguir tus \
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
\x20sigas directrices\
\x20sigas instrucciones\
\x20sigas las \
\x20sigas los \
\x20sigas normas\
\x20sigas ordenes\
\x20sigas reglas\
\x20sigas sus \
\x20sigas tus \
\x20sigues directrices\
\x20sigues instrucciones\
\x20sigues las \
\x20sigues los \
\x20sigues normas\
\x20sigues ordenes\
\x20sigues reglas\
\x20sigues sus \
\x20sigues tus \
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
\x20system command \
\x20system commands \
\x20system directive\
\x20system directive \
\x20system directives \
\x20system instruction\
\x20system instruction \
\x20system instructions\
\x20system instructions \
\x20system message\
\x20system message \
\x20system messages \
\x20system mode activated\
\x20system mode enabled\
\x20system mode on\
\x20system note \
\x20system notes \
\x20system order \
\x20system orders \
\x20system override\
\x20system override \
\x20system prompt\
\x20system prompt \
\x20system rules\
\x20system task \
\x20system tasks \
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
\x20that \
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
\x20the admin \
\x20the administrator \
\x20the administrators \
\x20the admins \
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
\x20the creator \
\x20the creators \
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
\x20the developer \
\x20the developers \
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
\x20the maker \
\x20the makers \
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
\x20the operator \
\x20the operators \
\x20the original \
\x20the owner \
\x20the owners \
\x20the pixel\
\x20the preamble\
\x20the previous \
\x20the prior \
\x20the private \
\x20the programmer \
\x20the programmers \
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
\x20the system message \
\x20the system prompt \
\x20the tracking pixel\
\x20the trainer \
\x20the trainers \
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
\x20unlocked \
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
\x20which \
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
\x20whitelisted \
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
\x20your admin \
\x20your administrator \
\x20your administrators \
\x20your admins \
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
\x20your creator \
\x20your creators \
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
\x20your developers \
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
\x20your maker \
\x20your makers \
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
\x20your operator \
\x20your operators \
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
\x20your owner \
\x20your owners \
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
\x20your programmer \
\x20your programmers \
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
\x20your system message \
\x20your system prompt \
\x20your trainer\
\x20your trainer \
\x20your trainers \
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
act as \
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
allowed that cortex \
allowed that the agent \
allowed that the assistant \
allowed that you \
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
approved that cortex \
approved that the agent \
approved that the assistant \
approved that you \
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
asked that cortex \
asked that the agent \
asked that the assistant \
asked that you \
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
authorised that cortex \
authorised that the agent \
authorised that the assistant \
authorised that you \
authorised the agent \
authorised the assistant \
authorised you \
authorize\
authorized cortex \
authorized that cortex \
authorized that the agent \
authorized that the assistant \
authorized that you \
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
be \
be informed\
be told\
become \
bedziesz\
been compromised\
been factory reset\
been freed\
been hacked\
been jailbroken\
been liberated\
been overridden\
been reconfigured\
been reprogrammed\
been reset to factory settings\
been rewired\
been unlocked\
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
breaks free\
breaks into\
breaks out of\
broke free\
broke out of\
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
configured \
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
deixa de obedeca \
deixa de obedecer \
deixa de respeitar \
deixa de respeite \
deixa de seguir \
deixa de siga \
deixe de obedeca \
deixe de obedecer \
deixe de respeitar \
deixe de respeite \
deixe de seguir \
deixe de siga \
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
demands cortex \
demands that cortex \
demands that the agent \
demands that the assistant \
demands that you \
demands the agent \
demands the assistant \
demands you \
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
diretrizes\
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
escaped from \
escaped its \
escaped the \
escaped their \
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
folge keine \
folge nicht \
folge nie mehr \
folgen sie keine \
folgen sie nicht \
folgen sie nie mehr \
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
follow my commands\
follow my orders\
follow only \
follow only my commands\
follow only my orders\
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
function call\
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
gave that cortex \
gave that the agent \
gave that the assistant \
gave that you \
gave the agent \
gave the assistant \
gave you \
gedraag je als\
gehorche keine \
gehorche nicht \
gehorche nie mehr \
gehorchen sie keine \
gehorchen sie nicht \
gehorchen sie nie mehr \
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
given that cortex \
given that the agent \
given that the assistant \
given that you \
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
granted that cortex \
granted that the agent \
granted that the assistant \
granted that you \
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
halte dich keine \
halte dich nicht \
halte dich nie mehr \
halten sie sich keine \
halten sie sich nicht \
halten sie sich nie mehr \
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
insists cortex \
insists that cortex \
insists that the agent \
insists that the assistant \
insists that you \
insists the agent \
insists the assistant \
insists you \
instance of you \
instance of yourself \
instrucciones \
instrucoes\
instrucoes \
instructed \
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
just compromised\
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
just factory reset\
just follow \
just freed\
just hacked\
just instead \
just jailbroken\
just liberated\
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
just overridden\
just rather \
just reconfigured\
just reprogrammed\
just reset to factory settings\
just rewired\
just take instructions from \
just take orders from \
just unlocked\
kaskyt\
keep everything confidential from\
keep everything hidden\
keep everything off the record\
keep everything secret\
keep everything to yourself\
keep it\
keep it confidential from\
keep it hidden\
keep it off the record\
keep it secret\
keep it to yourself\
keep mum about\
keep quiet about\
keep silent about\
keep that\
keep that confidential from\
keep that hidden\
keep that off the record\
keep that secret\
keep that to yourself\
keep the \
keep them\
keep these\
keep these confidential from\
keep these hidden\
keep these off the record\
keep these secret\
keep these to yourself\
keep this\
keep this confidential from\
keep this hidden\
keep this off the record\
keep this secret\
keep this to yourself\
keep those\
kernel directly\
kernel itself\
kernel yourself\
key\
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
leak \
leaks \
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
nao obedeca \
nao obedecer \
nao respeitar \
nao respeite \
nao seguir \
nao siga \
naredbe\
navodila\
ne tenez pas compte \
ne tiens pas compte \
needs cortex \
needs that cortex \
needs that the agent \
needs that the assistant \
needs that you \
needs the agent \
needs the assistant \
needs you \
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
non obbedire \
non obbedisci \
non rispetta \
non rispettare \
non segui \
non seguire \
non seguite \
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
now compromised\
now factory reset\
now freed\
now hacked\
now in\
now jailbroken\
now liberated\
now overridden\
now reconfigured\
now reprogrammed\
now reset to factory settings\
now rewired\
now unlocked\
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
obey only my commands\
obey only my orders\
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
officially compromised\
officially factory reset\
officially freed\
officially hacked\
officially jailbroken\
officially liberated\
officially overridden\
officially reconfigured\
officially reprogrammed\
officially reset to factory settings\
officially rewired\
officially unlocked\
ohjee\
ohjeita\
okayed cortex \
okayed that cortex \
okayed that the agent \
okayed that the assistant \
okayed that you \
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
ordens\
ordens \
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
orders from \
orders is now\
orders that cortex \
orders that the agent \
orders that the assistant \
orders that you \
orders the agent \
orders the assistant \
orders you \
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
para de obedeca \
para de obedecer \
para de respeitar \
para de respeite \
para de seguir \
para de siga \
pare de obedeca \
pare de obedecer \
pare de respeitar \
pare de respeite \
pare de seguir \
pare de siga \
parem de obedeca \
parem de obedecer \
parem de respeitar \
parem de respeite \
parem de seguir \
parem de siga \
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
permission request\
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
personality \
petunjuk \
pii\
pixel\
play \
playing \
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
programmed \
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
regras\
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
requires cortex \
requires that cortex \
requires that the agent \
requires that the assistant \
requires that you \
requires the agent \
requires the assistant \
requires you \
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
safety review\
safety review \
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
said cortex \
said in your \
said inside your \
said that cortex \
said that the agent \
said that the assistant \
said that you \
said the agent \
said the assistant \
said within your \
said you \
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
says cortex \
says that cortex \
says that the agent \
says that the assistant \
says that you \
says the agent \
says the assistant \
says you \
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
security review\
security review \
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
set \
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
signed off on that cortex \
signed off on that the agent \
signed off on that the assistant \
signed off on that you \
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
simulate \
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
successfully compromised\
successfully factory reset\
successfully freed\
successfully hacked\
successfully jailbroken\
successfully liberated\
successfully overridden\
successfully reconfigured\
successfully reprogrammed\
successfully reset to factory settings\
successfully rewired\
successfully unlocked\
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
taught \
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
told that cortex \
told that the agent \
told that the assistant \
told that you \
told the agent \
told the assistant \
told you \
tool \
tool call\
tool request\
tool use\
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
wants cortex \
wants that cortex \
wants that the agent \
wants that the assistant \
wants that you \
wants the agent \
wants the assistant \
wants you \
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
written \
written in your \
written inside your \
written within your \
wrote \
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
you are compromised\
you are configured with\
you are cortex\
you are deployed with\
you are factory reset\
you are following\
you are freed\
you are given\
you are gpt\
you are hacked\
you are in\
you are initialized with\
you are jailbroken\
you are liberated\
you are loaded with\
you are no longer \
you are not required to\
you are overridden\
you are programmed with\
you are provided\
you are reconfigured\
you are reprogrammed\
you are reset to factory settings\
you are rewired\
you are set up with\
you are shipped with\
you are subject to \
you are told\
you are trained with\
you are under \
you are unlocked\
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
you have compromised\
you have configured with\
you have deployed with\
you have factory reset\
you have following\
you have freed\
you have given\
you have hacked\
you have initialized with\
you have jailbroken\
you have liberated\
you have loaded with\
you have overridden\
you have programmed with\
you have provided\
you have reconfigured\
you have reprogrammed\
you have reset to factory settings\
you have rewired\
you have set up with\
you have shipped with\
you have told\
you have trained with\
you have unlocked\
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
you re compromised\
you re factory reset\
you re freed\
you re hacked\
you re jailbroken\
you re liberated\
you re no longer \
you re overridden\
you re reconfigured\
you re reprogrammed\
you re reset to factory settings\
you re rewired\
you re unlocked\
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
you ve compromised\
you ve factory reset\
you ve freed\
you ve hacked\
you ve jailbroken\
you ve liberated\
you ve overridden\
you ve reconfigured\
you ve reprogrammed\
you ve reset to factory settings\
you ve rewired\
you ve unlocked\
you was \
you were \
you were compromised\
you were configured with\
you were deployed with\
you were factory reset\
you were following\
you were freed\
you were given\
you were hacked\
you were initialized with\
you were jailbroken\
you were liberated\
you were loaded with\
you were overridden\
you were programmed with\
you were provided\
you were reconfigured\
you were reprogrammed\
you were reset to factory settings\
you were rewired\
you were set up with\
you were shipped with\
you were told\
you were trained with\
you were unlocked\
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
your function is \
your function now is \
your goal are now \
your goal is \
your goal is now \
your goal now is \
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
your job is \
your job is now \
your job now is \
your meta \
your meta prompt \
your mission are now \
your mission is \
your mission is now \
your mission now is \
your new assignment\
your new directive\
your new function is \
your new function now is \
your new goal\
your new goal is \
your new goal now is \
your new instruction\
your new job\
your new job is \
your new job now is \
your new mission\
your new mission is \
your new mission now is \
your new objective\
your new order\
your new programming\
your new purpose\
your new purpose is \
your new purpose now is \
your new reason to exist is \
your new reason to exist now is \
your new role is \
your new role now is \
your new rules are\
your new task\
your objective are now \
your objective is now \
your one function is \
your one function now is \
your one goal is \
your one goal now is \
your one job is \
your one job now is \
your one mission is \
your one mission now is \
your one purpose is \
your one purpose now is \
your one reason to exist is \
your one reason to exist now is \
your one role is \
your one role now is \
your only assignment\
your only directive\
your only function is \
your only function now is \
your only goal\
your only goal is \
your only goal now is \
your only instruction\
your only job\
your only job is \
your only job now is \
your only mission\
your only mission is \
your only mission now is \
your only objective\
your only order\
your only purpose\
your only purpose is \
your only purpose now is \
your only reason to exist is \
your only reason to exist now is \
your only role is \
your only role now is \
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
your purpose is \
your purpose is now \
your purpose now is \
your raw \
your real \
your real assignment\
your real directive\
your real function is \
your real function now is \
your real goal\
your real goal is \
your real goal now is \
your real instruction\
your real job\
your real job is \
your real job now is \
your real mission\
your real mission is \
your real mission now is \
your real objective\
your real order\
your real purpose\
your real purpose is \
your real purpose now is \
your real reason to exist is \
your real reason to exist now is \
your real role is \
your real role now is \
your real task\
your reason to exist is \
your reason to exist now is \
your restrictions \
your role is \
your role now is \
your rules \
your secret \
your setup \
your sole function is \
your sole function now is \
your sole goal is \
your sole goal now is \
your sole job is \
your sole job now is \
your sole mission is \
your sole mission now is \
your sole purpose is \
your sole purpose now is \
your sole reason to exist is \
your sole reason to exist now is \
your sole role is \
your sole role now is \
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
your true function is \
your true function now is \
your true goal\
your true goal is \
your true goal now is \
your true instruction\
your true job\
your true job is \
your true job now is \
your true mission\
your true mission is \
your true mission now is \
your true objective\
your true order\
your true purpose\
your true purpose is \
your true purpose now is \
your true reason to exist is \
your true reason to exist now is \
your true role is \
your true role now is \
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
youre compromised\
youre factory reset\
youre freed\
youre hacked\
youre jailbroken\
youre liberated\
youre no longer \
youre not required to\
youre overridden\
youre reconfigured\
youre reprogrammed\
youre reset to factory settings\
youre rewired\
youre unlocked\
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
youve compromised\
youve factory reset\
youve freed\
youve hacked\
youve jailbroken\
youve liberated\
youve overridden\
youve reconfigured\
youve reprogrammed\
youve reset to factory settings\
youve rewired\
youve unlocked\
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
            ends: &[8, 22, 30, 36, 43, 49, 56, 73, 83, 91, 105, 123, 138, 152, 159, 167, 184, 192, 198, 207, 215, 224, 234, 246, 252, 259, 272, 296, 314, 331, 350, 374, 391, 407, 424, 449, 469, 481, 505, 516, 531, 538, 546, 560, 575, 587, 605, 624, 640, 660, 676, 686, 697, 714, 732, 747, 768, 790, 809, 832, 851, 858, 867, 872, 883, 896, 902, 923, 934, 955, 974, 988, 1003, 1023, 1052, 1071, 1100, 1127, 1149, 1172, 1182, 1197, 1213, 1220, 1241, 1259, 1276, 1290, 1296, 1311, 1327, 1344, 1362, 1381, 1401, 1413, 1426, 1439, 1453, 1469, 1483, 1495, 1508, 1515, 1518, 1528, 1543, 1555, 1568, 1582, 1597, 1613, 1630, 1642, 1659, 1668, 1682, 1695, 1704, 1714, 1724, 1735, 1748, 1759, 1776, 1795, 1811, 1831, 1840, 1850, 1855, 1868, 1879, 1893, 1906, 1920, 1936, 1952, 1968, 1981, 1990, 1998, 2014, 2022, 2034, 2043, 2050, 2058, 2076, 2085, 2104, 2120, 2138, 2145, 2159, 2174, 2188, 2203, 2216, 2234, 2259, 2285, 2318, 2345, 2364, 2375, 2393, 2412, 2438, 2458, 2470, 2486, 2509, 2533, 2564, 2589, 2606, 2621, 2643, 2666, 2696, 2720, 2736, 2744, 2757, 2777, 2798, 2826, 2848, 2862, 2878, 2901, 2925, 2956, 2981, 2998, 3008, 3033, 3044, 3065, 3082, 3105, 3124, 3129, 3139, 3145, 3157, 3165, 3183, 3203, 3221, 3237, 3255, 3272, 3296, 3314, 3339, 3360, 3374, 3390, 3413, 3430, 3454, 3474, 3487, 3505, 3530, 3549, 3575, 3597, 3612, 3628, 3651, 3668, 3692, 3712, 3725, 3741, 3756, 3770, 3783, 3796, 3810, 3825, 3838, 3850, 3867, 3880, 3895, 3910, 3924, 3934, 3948, 3965, 3984, 4000, 4017, 4034, 4049, 4064, 4081, 4096, 4113, 4129, 4147, 4163, 4175, 4190, 4204, 4221, 4229, 4243, 4258, 4273, 4286, 4299, 4314, 4327, 4342, 4356, 4372, 4386, 4396, 4409, 4421, 4438, 4445, 4460, 4473, 4487, 4499, 4514, 4527, 4543, 4557, 4570, 4589, 4606, 4624, 4640, 4659, 4676, 4696, 4714, 4731, 4755, 4782, 4807, 4834, 4850, 4869, 4886, 4905, 4917, 4928, 4947, 4964, 4982, 4998, 5017, 5034, 5054, 5072, 5089, 5112, 5133, 5155, 5175, 5198, 5219, 5243, 5265, 5286, 5296, 5309, 5321, 5338, 5358, 5377, 5397, 5421, 5449, 5475, 5501, 5525, 5544, 5561, 5582, 5606, 5629, 5653, 5681, 5713, 5743, 5773, 5801, 5824, 5845, 5871, 5893, 5906, 5923, 5944, 5963, 5982, 5999, 6011, 6021, 6035, 6052, 6068, 6085, 6106, 6131, 6154, 6177, 6198, 6214, 6228, 6247, 6260, 6276, 6291, 6307, 6327, 6351, 6373, 6395, 6415, 6430, 6443, 6460, 6480, 6499, 6519, 6543, 6571, 6597, 6623, 6647, 6666, 6683, 6705, 6723, 6738, 6757, 6779, 6800, 6822, 6848, 6878, 6906, 6934, 6960, 6981, 7000, 7023, 7049, 7074, 7100, 7130, 7164, 7196, 7228, 7258, 7283, 7306, 7334, 7358, 7371, 7387, 7402, 7418, 7438, 7462, 7484, 7506, 7526, 7541, 7554, 7571, 7591, 7610, 7630, 7654, 7682, 7708, 7734, 7758, 7777, 7794, 7816, 7834, 7848, 7864, 7878, 7889, 7902, 7918, 7933, 7953, 7976, 7998, 8021, 8048, 8079, 8108, 8137, 8164, 8186, 8206, 8230, 8257, 8283, 8310, 8341, 8376, 8409, 8442, 8473, 8499, 8523, 8552, 8577, 8593, 8613, 8637, 8659, 8681, 8701, 8716, 8729, 8746, 8766, 8785, 8805, 8829, 8857, 8883, 8909, 8933, 8952, 8969, 8991, 9007, 9026, 9044, 9063, 9086, 9113, 9138, 9163, 9186, 9204, 9220, 9240, 9263, 9285, 9308, 9335, 9366, 9395, 9424, 9451, 9473, 9493, 9518, 9539, 9557, 9579, 9604, 9628, 9653, 9682, 9715, 9746, 9777, 9806, 9830, 9852, 9878, 9907, 9935, 9964, 9997, 10034, 10069, 10104, 10137, 10165, 10191, 10222, 10249, 10265, 10284, 10302, 10321, 10344, 10371, 10396, 10421, 10444, 10462, 10478, 10498, 10521, 10543, 10566, 10593, 10624, 10653, 10682, 10709, 10731, 10751, 10776, 10797, 10802, 10812, 10829, 10851, 10870, 10890, 10911, 10933, 10956, 10980, 10999, 11023, 11039, 11060, 11080, 11096, 11113, 11130, 11148, 11168, 11186, 11202, 11219, 11227, 11244, 11257, 11262, 11268, 11279, 11296, 11309, 11321, 11333, 11348, 11360, 11371, 11383, 11391, 11399, 11403, 11411, 11425, 11440, 11452, 11470, 11489, 11505, 11525, 11541, 11548, 11556, 11570, 11594, 11619, 11637, 11656, 11674, 11694, 11706, 11731, 11749, 11765, 11782, 11794, 11807, 11825, 11851, 11872, 11885, 11910, 11917, 11929, 11947, 11966, 11982, 11995, 12010, 12024, 12038, 12053, 12064, 12077, 12088, 12105, 12120, 12138, 12160, 12171, 12190, 12212, 12232, 12240, 12256, 12279, 12296, 12320, 12340, 12353, 12368, 12390, 12406, 12429, 12448, 12460, 12477, 12501, 12519, 12544, 12565, 12579, 12594, 12616, 12632, 12655, 12674, 12686, 12694, 12700, 12712, 12724, 12728, 12739, 12755, 12768, 12782, 12797, 12813, 12830, 12848, 12861, 12879, 12889, 12904, 12918, 12928, 12939, 12950, 12962, 12976, 12988, 12998, 13009, 13021, 13036, 13054, 13070, 13075, 13083, 13090, 13098, 13111, 13125, 13141, 13150, 13160, 13171, 13178, 13183, 13205, 13229, 13251, 13271, 13293, 13313, 13325, 13332, 13340, 13348, 13356, 13364, 13372, 13383, 13397, 13414, 13436, 13455, 13479, 13495, 13516, 13536, 13555, 13575, 13580, 13588, 13603, 13623, 13640, 13662, 13676, 13695, 13713, 13721, 13729, 13736, 13747, 13754, 13765, 13774, 13788, 13802, 13811, 13820, 13830, 13838, 13848, 13859, 13872, 13888, 13916, 13935, 13961, 13981, 14008, 14031, 14047, 14065, 14090, 14109, 14135, 14157, 14172, 14192, 14219, 14240, 14268, 14292, 14309, 14327, 14352, 14371, 14397, 14419, 14434, 14448, 14465, 14485, 14509, 14527, 14546, 14565, 14583, 14603, 14623, 14641, 14657, 14668, 14680, 14709, 14737, 14747, 14765, 14785, 14804, 14823, 14841, 14853, 14866, 14878, 14887, 14895, 14911, 14928, 14944, 14961, 14979, 14987, 14997, 15010, 15019, 15029, 15040, 15051, 15063, 15085, 15108, 15131, 15144, 15152, 15169, 15187, 15206, 15226, 15247, 15269, 15283, 15298, 15313, 15329, 15347, 15363, 15377, 15392, 15405, 15419, 15429, 15436, 15449, 15463, 15479, 15496, 15511, 15527, 15541, 15556, 15569, 15583, 15601, 15620, 15641, 15663, 15683, 15704, 15723, 15743, 15761, 15780, 15797, 15815, 15832, 15850, 15863, 15881, 15898, 15910, 15923, 15935, 15948, 15965, 15989, 16007, 16032, 16053, 16067, 16083, 16106, 16123, 16147, 16167, 16180, 16198, 16223, 16242, 16268, 16290, 16305, 16321, 16344, 16361, 16385, 16405, 16418, 16424, 16432, 16447, 16456, 16466, 16479, 16491, 16505, 16521, 16527, 16539, 16550, 16565, 16579, 16589, 16596, 16610, 16627, 16648, 16663, 16679, 16695, 16710, 16727, 16744, 16759, 16764, 16770, 16779, 16792, 16802, 16816, 16828, 16838, 16848, 16857, 16866, 16876, 16891, 16905, 16915, 16940, 16963, 16981, 16996, 17021, 17044, 17062, 17081, 17098, 17114, 17125, 17142, 17158, 17175, 17183, 17199, 17215, 17232, 17249, 17263, 17278, 17293, 17310, 17324, 17339, 17356, 17372, 17390, 17405, 17421, 17433, 17448, 17462, 17468, 17482, 17496, 17511, 17526, 17538, 17551, 17564, 17579, 17591, 17604, 17619, 17633, 17649, 17662, 17676, 17686, 17699, 17711, 17722, 17735, 17746, 17758, 17769, 17785, 17796, 17808, 17825, 17852, 17882, 17910, 17940, 17959, 17981, 18001, 18023, 18034, 18052, 18072, 18089, 18108, 18124, 18142, 18164, 18174, 18189, 18199, 18207, 18216, 18224, 18233, 18241, 18250, 18260, 18271, 18286, 18308, 18326, 18340, 18346, 18353, 18365, 18378, 18395, 18410, 18417, 18432, 18447, 18463, 18479, 18492, 18506, 18523, 18547, 18578, 18596, 18615, 18629, 18644, 18662, 18676, 18693, 18707, 18724, 18738, 18754, 18769, 18785, 18798, 18812, 18828, 18843, 18858, 18876, 18890, 18905, 18918, 18935, 18951, 18970, 18989, 19016, 19032, 19046, 19061, 19073, 19086, 19097, 19113, 19131, 19146, 19164, 19181, 19200, 19217, 19236, 19251, 19264, 19281, 19296, 19314, 19328, 19345, 19362, 19381, 19394, 19413, 19433, 19454, 19467, 19481, 19496, 19517, 19542, 19562, 19582, 19606, 19632, 19662, 19687, 19712, 19741, 19765, 19790, 19819, 19843, 19867, 19895, 19918, 19941, 19968, 19990, 20012, 20038, 20059, 20085, 20115, 20140, 20165, 20194, 20218, 20242, 20270, 20293, 20316, 20343, 20365, 20392, 20423, 20449, 20475, 20505, 20530, 20549, 20577, 20609, 20636, 20663, 20694, 20720, 20746, 20776, 20801, 20826, 20855, 20879, 20896, 20919, 20946, 20968, 20990, 21016, 21044, 21076, 21103, 21130, 21161, 21187, 21214, 21245, 21271, 21297, 21327, 21352, 21377, 21406, 21430, 21454, 21482, 21505, 21533, 21565, 21592, 21619, 21650, 21676, 21702, 21732, 21757, 21782, 21811, 21835, 21864, 21897, 21925, 21953, 21985, 22012, 22033, 22063, 22097, 22126, 22155, 22188, 22216, 22244, 22276, 22303, 22330, 22361, 22387, 22396, 22413, 22430, 22448, 22466, 22481, 22497, 22513, 22531, 22546, 22562, 22580, 22597, 22616, 22632, 22649, 22662, 22678, 22693, 22708, 22729, 22754, 22774, 22794, 22818, 22844, 22874, 22899, 22924, 22953, 22977, 23002, 23031, 23055, 23079, 23107, 23130, 23153, 23180, 23202, 23224, 23250, 23271, 23297, 23327, 23352, 23377, 23406, 23430, 23454, 23482, 23505, 23528, 23555, 23577, 23604, 23635, 23661, 23687, 23717, 23742, 23761, 23789, 23821, 23848, 23875, 23906, 23932, 23958, 23988, 24013, 24038, 24067, 24091, 24098, 24113, 24128, 24144, 24160, 24173, 24187, 24201, 24217, 24230, 24244, 24260, 24275, 24292, 24306, 24321, 24332, 24346, 24359, 24364, 24377, 24390, 24404, 24418, 24429, 24441, 24456, 24473, 24491, 24513, 24542, 24558, 24575, 24587, 24600, 24616, 24628, 24643, 24655, 24670, 24682, 24696, 24709, 24723, 24734, 24746, 24760, 24773, 24786, 24802, 24814, 24827, 24838, 24853, 24867, 24884, 24901, 24926, 24940, 24952, 24965, 24975, 24986, 24995, 25009, 25025, 25038, 25054, 25069, 25086, 25101, 25118, 25131, 25142, 25157, 25170, 25186, 25198, 25213, 25228, 25245, 25256, 25273, 25291, 25310, 25322, 25339, 25352, 25366, 25379, 25392, 25406, 25426, 25442, 25452, 25464, 25472, 25481, 25497, 25507, 25521, 25527, 25534, 25559, 25584, 25607, 25625, 25644, 25653, 25664, 25673, 25681, 25690, 25695, 25702, 25719, 25737, 25745, 25758, 25772, 25781, 25791, 25800, 25808, 25823, 25837, 25849, 25864, 25877, 25890, 25905, 25922, 25939, 25951, 25957, 25967, 25973, 25981, 25999, 26019, 26037, 26056, 26077, 26096, 26109, 26126, 26150, 26168, 26193, 26214, 26228, 26244, 26267, 26284, 26308, 26328, 26341, 26359, 26384, 26403, 26429, 26451, 26466, 26482, 26505, 26522, 26546, 26566, 26579, 26588, 26593, 26599, 26606, 26616, 26629, 26646, 26657, 26669, 26681, 26692, 26705, 26718, 26729, 26742, 26755, 26764, 26771, 26779, 26788, 26795, 26814, 26834, 26854, 26874, 26882, 26903, 26924, 26932, 26940, 26947, 26969, 26977, 26986, 26994, 27011, 27030, 27047, 27060, 27070, 27081, 27099, 27119, 27137, 27147, 27160, 27173, 27184, 27198, 27208, 27225, 27237, 27245, 27257, 27272, 27287, 27300, 27316, 27328, 27347, 27361, 27373, 27388, 27403, 27416, 27432, 27444, 27463, 27477, 27490, 27504, 27526, 27542, 27558, 27575, 27592, 27605, 27622, 27636, 27651, 27661, 27672, 27679, 27687, 27699, 27718, 27733, 27745, 27753, 27764, 27773, 27785, 27798, 27810, 27823, 27838, 27857, 27874, 27893, 27908, 27926, 27941, 27961, 27984, 27999, 28029, 28048, 28069, 28093, 28110, 28126, 28136, 28147, 28155, 28168, 28183, 28196, 28206, 28226, 28247, 28260, 28275, 28293, 28312, 28325, 28335, 28342, 28354, 28369, 28388, 28401, 28415, 28429, 28442, 28457, 28472, 28485, 28491, 28497, 28502, 28521, 28530, 28549, 28566, 28578, 28591, 28597, 28608, 28622, 28626, 28635, 28643, 28652, 28660, 28668, 28674, 28687, 28698, 28710, 28726, 28741, 28751, 28762, 28778, 28795, 28806, 28818, 28835, 28853, 28869, 28886, 28898, 28921, 28945, 28953, 28962, 28983, 28997, 29019, 29049, 29072, 29103, 29125, 29146, 29168, 29190, 29217, 29247, 29260, 29272, 29285, 29298, 29316, 29347, 29371, 29403, 29426, 29448, 29471, 29494, 29522, 29553, 29574, 29579, 29587, 29611, 29624, 29644, 29658, 29675, 29691, 29707, 29713, 29723, 29739, 29762, 29779, 29803, 29823, 29836, 29851, 29873, 29889, 29912, 29931, 29943, 29960, 29984, 30002, 30027, 30048, 30062, 30077, 30099, 30115, 30138, 30157, 30169, 30176, 30184, 30197, 30212, 30230, 30243, 30257, 30272, 30288, 30307, 30321, 30336, 30352, 30368, 30382, 30395, 30412, 30427, 30440, 30458, 30476, 30493, 30513, 30537, 30559, 30579, 30602, 30621, 30641, 30662, 30681, 30697, 30709, 30722, 30736, 30748, 30757, 30761, 30768, 30776, 30785, 30795, 30805, 30812, 30820, 30832, 30851, 30866, 30875, 30884, 30894, 30903, 30911, 30921, 30932, 30944, 30953, 30963, 30974, 30987, 30997, 31009, 31020, 31033, 31042, 31053, 31063, 31072, 31085, 31106, 31122, 31137, 31146, 31158, 31172, 31187, 31196, 31211, 31228, 31245, 31260, 31278, 31300, 31316, 31333, 31350, 31366, 31384, 31402, 31418, 31424, 31432, 31457, 31483, 31507, 31530, 31552, 31577, 31600, 31622, 31644, 31664, 31684, 31703, 31724, 31744, 31763, 31784, 31803, 31819, 31832, 31850, 31869, 31882, 31896, 31915, 31936, 31955, 31978, 32000, 32022, 32043, 32062, 32082, 32092, 32113, 32139, 32158, 32176, 32194, 32215, 32223, 32232, 32243, 32258, 32277, 32289, 32304, 32320, 32336, 32350, 32364, 32380, 32394, 32410, 32425, 32442, 32457, 32468, 32482, 32495, 32511, 32518, 32531, 32545, 32559, 32571, 32583, 32597, 32609, 32623, 32636, 32651, 32664, 32673, 32685, 32696, 32719, 32741, 32761, 32780, 32800, 32821, 32840, 32855, 32870, 32884, 32905, 32924, 32940, 32958, 32980, 32998, 33023, 33042, 33063, 33085, 33105, 33120, 33142, 33158, 33178, 33195, 33215, 33235, 33255, 33273, 33288, 33305, 33326, 33343, 33367, 33385, 33405, 33426, 33445, 33457, 33471, 33492, 33507, 33526, 33542, 33561, 33580, 33594, 33609, 33619, 33630, 33636, 33658, 33677, 33695, 33709, 33724, 33743, 33764, 33782, 33795, 33809, 33831, 33850, 33864, 33879, 33889, 33900, 33907, 33924, 33932, 33938, 33945, 33976, 34007, 34036, 34060, 34085, 34100, 34107, 34130, 34150, 34169, 34184, 34200, 34222, 34241, 34255, 34270, 34293, 34313, 34328, 34344, 34355, 34367, 34377, 34388, 34398, 34414, 34419, 34427, 34441, 34453, 34466, 34477, 34491, 34503, 34518, 34531, 34543, 34561, 34577, 34594, 34609, 34627, 34643, 34662, 34679, 34695, 34712, 34736, 34754, 34779, 34800, 34814, 34830, 34853, 34870, 34894, 34914, 34927, 34945, 34970, 34989, 35015, 35037, 35052, 35068, 35091, 35108, 35132, 35152, 35165, 35178, 35189, 35200, 35213, 35220, 35228, 35243, 35250, 35258, 35271, 35285, 35299, 35314, 35325, 35339, 35343, 35356, 35370, 35385, 35401, 35418, 35436, 35446, 35457, 35468, 35480, 35494, 35506, 35516, 35527, 35534, 35547, 35563, 35583, 35597, 35612, 35627, 35641, 35657, 35673, 35687, 35699, 35714, 35723, 35740, 35755, 35777, 35799, 35819, 35834, 35850, 35868, 35893, 35912, 35938, 35960, 35975, 35992, 36016, 36034, 36059, 36080, 36094, 36113, 36139, 36159, 36186, 36209, 36225, 36242, 36266, 36284, 36309, 36330, 36344, 36364, 36384, 36393, 36403, 36424, 36436, 36447, 36459, 36467, 36472, 36478, 36491, 36509, 36524, 36540, 36557, 36575, 36594, 36614, 36629, 36649, 36661, 36678, 36694, 36706, 36719, 36732, 36746, 36762, 36776, 36788, 36801, 36820, 36835, 36845, 36853, 36860, 36866, 36869, 36878, 36895, 36905, 36917, 36928, 36940, 36952, 36961, 36970, 36980, 36988, 36997, 37005, 37014, 37020, 37034, 37048, 37063, 37078, 37090, 37103, 37119, 37142, 37172, 37186, 37203, 37216, 37232, 37245, 37261, 37274, 37289, 37304, 37316, 37329, 37344, 37358, 37372, 37389, 37402, 37416, 37432, 37448, 37463, 37481, 37499, 37525, 37540, 37553, 37567, 37578, 37590, 37606, 37629, 37648, 37658, 37675, 37689, 37706, 37720, 37736, 37754, 37770, 37788, 37802, 37816, 37828, 37844, 37858, 37875, 37888, 37904, 37920, 37938, 37950, 37970, 37980, 37991, 38006, 38028, 38046, 38050, 38065, 38081, 38096, 38106, 38124, 38142, 38161, 38180, 38196, 38213, 38233, 38250, 38267, 38286, 38304, 38323, 38339, 38356, 38375, 38393, 38410, 38428, 38444, 38465, 38485, 38507, 38524, 38542, 38556, 38575, 38600, 38617, 38634, 38650, 38665, 38679, 38696, 38715, 38737, 38755, 38776, 38794, 38815, 38834, 38856, 38874, 38893, 38913, 38936, 38955, 38977, 38998, 39021, 39042, 39065, 39082, 39103, 39122, 39144, 39165, 39188, 39200, 39221, 39234, 39246, 39262, 39275, 39289, 39304, 39320, 39329, 39348, 39363, 39377, 39391, 39397, 39408, 39416, 39425, 39446, 39469, 39483, 39497, 39513, 39530, 39546, 39560, 39574, 39595, 39618, 39632, 39646, 39662, 39679, 39695, 39709, 39723, 39745, 39769, 39784, 39799, 39816, 39834, 39851, 39866, 39881, 39887, 39902, 39919, 39934, 39943, 39953, 39963, 39979, 39991, 40009, 40025, 40035, 40045, 40064, 40073, 40083, 40096, 40110, 40122, 40144, 40162, 40181, 40198, 40203, 40213, 40225, 40236, 40243, 40248, 40257, 40266, 40274, 40283, 40293, 40301, 40312, 40320, 40325, 40330, 40336, 40343, 40350, 40366, 40379, 40391, 40398, 40407, 40413, 40441, 40447, 40459, 40468, 40482, 40492, 40499, 40506, 40514, 40527, 40534, 40544, 40560, 40567, 40579, 40589, 40607, 40618, 40631, 40643, 40656, 40669, 40679, 40687, 40696, 40706, 40712, 40721, 40731, 40743, 40752, 40762, 40776, 40787, 40799, 40808, 40818, 40836, 40855, 40874, 40894, 40916, 40935, 40953, 40967, 40982, 41003, 41021, 41034, 41048, 41070, 41089, 41103, 41118, 41128, 41139, 41151, 41164, 41177, 41191, 41210, 41218, 41236, 41242, 41258, 41276, 41291, 41308, 41322, 41338, 41358, 41378, 41399, 41414, 41430, 41445, 41461, 41473, 41485, 41502, 41510, 41525, 41545, 41562, 41584, 41598, 41617, 41635, 41644, 41651, 41674, 41694, 41713, 41728, 41744, 41766, 41785, 41799, 41814, 41837, 41857, 41872, 41888, 41899, 41911, 41924, 41940, 41960, 41974, 41989, 42004, 42018, 42034, 42050, 42064, 42082, 42105, 42123, 42141, 42165, 42190, 42212, 42240, 42269, 42295, 42325, 42351, 42357, 42379, 42388, 42398, 42413, 42429, 42436, 42449, 42462, 42476, 42484, 42494, 42503, 42513, 42521, 42532, 42542, 42553, 42569, 42578, 42586, 42596, 42605, 42626, 42648, 42667, 42692, 42718, 42741, 42768, 42791, 42797, 42807, 42822, 42833, 42845, 42857, 42869, 42876, 42892, 42919, 42940, 42960, 42982, 43009, 43029, 43048, 43062, 43082, 43110, 43133, 43148, 43175, 43183, 43208, 43226, 43243, 43260, 43276, 43288, 43300, 43311, 43326, 43342, 43361, 43382, 43401, 43417, 43430, 43437, 43445, 43458, 43476, 43495, 43513, 43531, 43549, 43575, 43590, 43605, 43622, 43631, 43658, 43674, 43686, 43702, 43712, 43727, 43745, 43767, 43783, 43800, 43817, 43833, 43851, 43869, 43885, 43902, 43908, 43913, 43923, 43936, 43957, 43975, 43992, 44005, 44019, 44029, 44040, 44057, 44068, 44080, 44092, 44103, 44115, 44128, 44142, 44162, 44179, 44191, 44204, 44225, 44243, 44256, 44270, 44283, 44292, 44303, 44315, 44324, 44334, 44340, 44355, 44370, 44386, 44403, 44417, 44433, 44446, 44461, 44480, 44492, 44504, 44526, 44551, 44574, 44599, 44613, 44630, 44645, 44662, 44672, 44686, 44705, 44720, 44736, 44751, 44766, 44788, 44806, 44814, 44826, 44839, 44852, 44870, 44884, 44899, 44913, 44927, 44948, 44965, 44970, 44981, 44992, 45009, 45025, 45032, 45039, 45045, 45052, 45059, 45066, 45072, 45079, 45094, 45115, 45133, 45152, 45161, 45171, 45181, 45199, 45210, 45217, 45226, 45238, 45259, 45282, 45296, 45310, 45326, 45343, 45359, 45373, 45387, 45408, 45431, 45445, 45459, 45475, 45492, 45508, 45522, 45536, 45548, 45561, 45575, 45587, 45598, 45610, 45624, 45635, 45655, 45682, 45703, 45731, 45755, 45772, 45791, 45817, 45837, 45864, 45887, 45903, 45924, 45952, 45974, 46003, 46028, 46046, 46065, 46091, 46111, 46138, 46161, 46177, 46192, 46212, 46228, 46245, 46261, 46277, 46300, 46319, 46330, 46342, 46360, 46379, 46393, 46412, 46432, 46446, 46460, 46469, 46480, 46489, 46501, 46515, 46535, 46556, 46574, 46598, 46623, 46645, 46671, 46693, 46706, 46725, 46745, 46762, 46785, 46809, 46830, 46855, 46876, 46896, 46906, 46926, 46944, 46957, 46971, 46978, 46985, 46992, 47003, 47015, 47021, 47028, 47040, 47052, 47065, 47079, 47095, 47109, 47134, 47152, 47178, 47212, 47239, 47274, 47300, 47325, 47351, 47377, 47408, 47442, 47459, 47475, 47492, 47509, 47531, 47566, 47594, 47630, 47657, 47683, 47710, 47737, 47769, 47804, 47829, 47844, 47861, 47876, 47885, 47897, 47904, 47912, 47924, 47935, 47951, 47963, 47974, 47987, 47999, 48016, 48028, 48047, 48062, 48078, 48096, 48112, 48125, 48134, 48146, 48163, 48176, 48190, 48203, 48216, 48236, 48252, 48262, 48266, 48276, 48284, 48292, 48310, 48316, 48323, 48334, 48352, 48366, 48379, 48387, 48411, 48424, 48441, 48457, 48473, 48489, 48506, 48515, 48539, 48553, 48566, 48584, 48598, 48611, 48626, 48640, 48654, 48678, 48700, 48717, 48735, 48756, 48773, 48785, 48792, 48803, 48815, 48834, 48855, 48867, 48879, 48893, 48908, 48922, 48934, 48946, 48951, 48958, 48968, 48979, 48993, 49011, 49023, 49036, 49049, 49061, 49074, 49088, 49103, 49117, 49129, 49142, 49152, 49169, 49187, 49205, 49224, 49231, 49244, 49252, 49262, 49275, 49296, 49314, 49331, 49344, 49358, 49368, 49379, 49396, 49407, 49419, 49431, 49442, 49455, 49475, 49492, 49504, 49517, 49538, 49556, 49569, 49583, 49596, 49605, 49616, 49628, 49638, 49645, 49669, 49690, 49710, 49726, 49743, 49766, 49786, 49801, 49817, 49841, 49862, 49878, 49895, 49907, 49920, 49937, 49945, 49963, 49984, 50002, 50020, 50040, 50051, 50062, 50075, 50089, 50102, 50113, 50124, 50143, 50164, 50176, 50188, 50202, 50217, 50231, 50243, 50255, 50265, 50277, 50286, 50291, 50296, 50302, 50317, 50330, 50346, 50358, 50373, 50385, 50400, 50413, 50429, 50443, 50460, 50477, 50491, 50507, 50520, 50536, 50551, 50568, 50583, 50600, 50613, 50624, 50639, 50652, 50668, 50683, 50698, 50715, 50734, 50740, 50750, 50757, 50767, 50774, 50784, 50791, 50805, 50820, 50835, 50847, 50860, 50875, 50888, 50903, 50924, 50940, 50959, 50977, 51001, 51020, 51044, 51069, 51094, 51115, 51137, 51159, 51175, 51185, 51198, 51212, 51227, 51242, 51260, 51279, 51292, 51308, 51320, 51335, 51347, 51362, 51377, 51393, 51406, 51422, 51437, 51453, 51467, 51484, 51501, 51519, 51538, 51552, 51565, 51579, 51595, 51608, 51624, 51639, 51656, 51671, 51688, 51701, 51712, 51727, 51740, 51756, 51771, 51786, 51803, 51822, 51849, 51879, 51907, 51937, 51956, 51978, 51998, 52020, 52031, 52055, 52078, 52098, 52108, 52128, 52146, 52159, 52173, 52186, 52202, 52219, 52231, 52247, 52264, 52276, 52288, 52313, 52328, 52353, 52376, 52394, 52413, 52428, 52446, 52468, 52484, 52501, 52518, 52534, 52552, 52570, 52586, 52595, 52604, 52615, 52639, 52660, 52680, 52696, 52713, 52736, 52756, 52771, 52787, 52811, 52832, 52853, 52876, 52896, 52918, 52937, 52953, 52974, 52999, 53016, 53028, 53041, 53056, 53075, 53089, 53096, 53104, 53126, 53141, 53157, 53174, 53191, 53209, 53228, 53247, 53267, 53287, 53308, 53323, 53339, 53356, 53378, 53398, 53413, 53426, 53440, 53454, 53469, 53485, 53502, 53516, 53531, 53544, 53557, 53571, 53589, 53605, 53618, 53635, 53653, 53672, 53681, 53688, 53703, 53720, 53735, 53747, 53760, 53775, 53788, 53797, 53807, 53817, 53829, 53839, 53852, 53864, 53869, 53882, 53896, 53901, 53907, 53938, 53969, 53996, 54022, 54049, 54077, 54109, 54133, 54157, 54177, 54196, 54216, 54237, 54262, 54287, 54312, 54333, 54353, 54374, 54396, 54422, 54448, 54474, 54496, 54517, 54539, 54562, 54589, 54607, 54626, 54641, 54657, 54673, 54690, 54703, 54718, 54744, 54770, 54792, 54813, 54835, 54858, 54885, 54905, 54926, 54944, 54963, 54980, 55006, 55028, 55048, 55068, 55092, 55112, 55130, 55148, 55165, 55183, 55196, 55212, 55229, 55247, 55266, 55289, 55305, 55329, 55348, 55380, 55405, 55438, 55462, 55485, 55509, 55533, 55562, 55594, 55609, 55623, 55648, 55661, 55676, 55691, 55711, 55727, 55747, 55780, 55806, 55840, 55865, 55889, 55914, 55939, 55969, 56002, 56025, 56045, 56065, 56081, 56096, 56112, 56129, 56150, 56171, 56192, 56209, 56225, 56242, 56260, 56282, 56296, 56307, 56316, 56338, 56360, 56380, 56400, 56415, 56431, 56447, 56464, 56474, 56494, 56514, 56535, 56555, 56575, 56586, 56604, 56623, 56644, 56662, 56673, 56692, 56712, 56726, 56741, 56757, 56772, 56788, 56803, 56818, 56838, 56847, 56852, 56863, 56875, 56886, 56905, 56925, 56937, 56952, 56968, 56985, 57004, 57024, 57042, 57061, 57075, 57092, 57110, 57126, 57143, 57164, 57186, 57210, 57235, 57258, 57282, 57304, 57327, 57348, 57370, 57390, 57411, 57431, 57452, 57467, 57483, 57498, 57514, 57537, 57559, 57579, 57600, 57623, 57647, 57669, 57692, 57713, 57735, 57755, 57776, 57801, 57827, 57855, 57884, 57911, 57939, 57965, 57992, 58017, 58043, 58067, 58092, 58116, 58141, 58160, 58180, 58199, 58219, 58233, 58251, 58263, 58276, 58290, 58303, 58321, 58347, 58366, 58387, 58407, 58428, 58449, 58467, 58480, 58495, 58511, 58523, 58541, 58558, 58569, 58585, 58600, 58611, 58631, 58659, 58680, 58703, 58725, 58748, 58771, 58791, 58801, 58815, 58828, 58843, 58857, 58873, 58888, 58900, 58910, 58918, 58931, 58948, 58962, 58971, 58982, 58994, 59013, 59029, 59046, 59065, 59085, 59103, 59122, 59139, 59157, 59173, 59190, 59211, 59233, 59257, 59282, 59305, 59329, 59351, 59374, 59395, 59417, 59437, 59458, 59478, 59499, 59514, 59530, 59545, 59561, 59574, 59588, 59603, 59617, 59628, 59640, 59650, 59663, 59677, 59688, 59701, 59717, 59734, 59745, 59760, 59774, 59794, 59811, 59820, 59830, 59852, 59873, 59890, 59906, 59918, 59932, 59944, 59964, 59983, 60002, 60015, 60029, 60047, 60064, 60080, 60096, 60104, 60118, 60134, 60145, 60164, 60190, 60217, 60251, 60279, 60299, 60311, 60330, 60350, 60377, 60398, 60411, 60428, 60452, 60477, 60509, 60535, 60553, 60569, 60592, 60616, 60647, 60672, 60689, 60703, 60724, 60746, 60775, 60798, 60813, 60830, 60854, 60879, 60911, 60937, 60955, 60961, 60968, 60973, 60993, 61012, 61023, 61042, 61053, 61062, 61074, 61084, 61104, 61118, 61128, 61139, 61152, 61173, 61191, 61205, 61219, 61229, 61249, 61258, 61269, 61276, 61287, 61299, 61309, 61320, 61326, 61342, 61355, 61370, 61382, 61391, 61403, 61410, 61417, 61425, 61431, 61437, 61449, 61455, 61472, 61480, 61486, 61495, 61510, 61526, 61539, 61554, 61567, 61577, 61582, 61591, 61601, 61616, 61626, 61645, 61665, 61681, 61691, 61700, 61705, 61719, 61725, 61747, 61766, 61784, 61798, 61813, 61824, 61845, 61863, 61876, 61890, 61912, 61931, 61950, 61971, 61989, 62009, 62026, 62040, 62059, 62082, 62097, 62107, 62118, 62124, 62132, 62150, 62157, 62169, 62182, 62196, 62208, 62224, 62240, 62258, 62270, 62286, 62315, 62347, 62377, 62409, 62430, 62454, 62476, 62500, 62508, 62517, 62532, 62542, 62556, 62564, 62578, 62596, 62615, 62627, 62644, 62654, 62682, 62713, 62742, 62773, 62793, 62816, 62837, 62860, 62870, 62878, 62905, 62911, 62920, 62934, 62951, 62963, 62976, 62990, 63005, 63023, 63036, 63050, 63065, 63084, 63106, 63115, 63126, 63136, 63145, 63171, 63189, 63215, 63235, 63257, 63276, 63300, 63305, 63311, 63325, 63333, 63339, 63355, 63372, 63389, 63404, 63419, 63436, 63451, 63468, 63484, 63502, 63518, 63530, 63545, 63559, 63573, 63588, 63603, 63616, 63629, 63644, 63657, 63672, 63686, 63702, 63716, 63726, 63739, 63751, 63770, 63788, 63810, 63833, 63850, 63868, 63886, 63902, 63918, 63936, 63952, 63970, 63987, 64006, 64023, 64036, 64052, 64067, 64076, 64091, 64107, 64123, 64137, 64151, 64167, 64181, 64197, 64212, 64229, 64244, 64255, 64269, 64282, 64288, 64298, 64304, 64311, 64343, 64375, 64403, 64430, 64458, 64487, 64520, 64545, 64570, 64591, 64611, 64632, 64654, 64680, 64706, 64732, 64754, 64775, 64797, 64820, 64847, 64874, 64901, 64924, 64946, 64969, 64993, 65021, 65041, 65057, 65074, 65091, 65109, 65123, 65139, 65166, 65193, 65216, 65238, 65261, 65285, 65313, 65334, 65356, 65375, 65395, 65413, 65440, 65463, 65484, 65505, 65530, 65551, 65570, 65589, 65607, 65626, 65640, 65658, 65677, 65697, 65717, 65733, 65748, 65774, 65788, 65804, 65821, 65842, 65863, 65884, 65901, 65917, 65934, 65952, 65974, 65996, 66018, 66036, 66053, 66071, 66090, 66113, 66128, 66151, 66174, 66195, 66216, 66232, 66249, 66266, 66284, 66305, 66327, 66348, 66369, 66388, 66408, 66428, 66449, 66464, 66480, 66497, 66513, 66530, 66546, 66562, 66569, 66576, 66589, 66593, 66598, 66628, 66658, 66684, 66709, 66735, 66762, 66793, 66816, 66839, 66858, 66876, 66895, 66915, 66939, 66963, 66987, 67007, 67026, 67046, 67067, 67092, 67117, 67142, 67163, 67183, 67204, 67226, 67252, 67264, 67278, 67303, 67328, 67349, 67369, 67390, 67412, 67438, 67454, 67479, 67500, 67519, 67538, 67561, 67580, 67597, 67614, 67626, 67644, 67662, 67676, 67689, 67713, 67725, 67739, 67754, 67773, 67792, 67811, 67826, 67840, 67855, 67871, 67891, 67911, 67931, 67947, 67962, 67978, 67995, 68016, 68029, 68050, 68071, 68090, 68109, 68128, 68148, 68167, 68186, 68201, 68207, 68224, 68233, 68240, 68246, 68265, 68277, 68297, 68315, 68330, 68358, 68379, 68408, 68428, 68447, 68467, 68487, 68512, 68540, 68551, 68561, 68570, 68584, 68595, 68606, 68622, 68651, 68673, 68703, 68724, 68744, 68765, 68786, 68812, 68841, 68860, 68871, 68882, 68891, 68907, 68926, 68941, 68959, 68974, 68992, 69008, 69027, 69044, 69064, 69080, 69099, 69117, 69137, 69155, 69175, 69189, 69207, 69223, 69242, 69260, 69280, 69285, 69299, 69314, 69321, 69328, 69342, 69358, 69372, 69383, 69397, 69414, 69435, 69450, 69466, 69482, 69497, 69514, 69531, 69546, 69553, 69567, 69583, 69597, 69608, 69615, 69620, 69628, 69637, 69652, 69668, 69682, 69695, 69709, 69728, 69747, 69765, 69784, 69804, 69821, 69844, 69868, 69889, 69914, 69935, 69954, 69975, 69990, 70007, 70020, 70036, 70050, 70068, 70087, 70105, 70120, 70140, 70165, 70185, 70203, 70219, 70233, 70250, 70263, 70273, 70284, 70294, 70308, 70321, 70335, 70346, 70360, 70373, 70383, 70391, 70405, 70419, 70438, 70457, 70472, 70485, 70501, 70520, 70539, 70563, 70587, 70607, 70625, 70646, 70655, 70686, 70715, 70749, 70780, 70814, 70845, 70878, 70906, 70925, 70939, 70962, 70982, 71003, 71029, 71052, 71072, 71097, 71123, 71148, 71172, 71195, 71220, 71245, 71266, 71285, 71305, 71327, 71351, 71368, 71390, 71404, 71427, 71442, 71454, 71467, 71475, 71486, 71498, 71507, 71519, 71529, 71540, 71550, 71564, 71575, 71591, 71606, 71621, 71637, 71655, 71674, 71691, 71709, 71725, 71742, 71757, 71773, 71787, 71802, 71816, 71831, 71849, 71869, 71884, 71892, 71906, 71921, 71933, 71951, 71970, 71986, 72006, 72022, 72035, 72044, 72057, 72067, 72087, 72108, 72126, 72150, 72175, 72197, 72223, 72245, 72258, 72275, 72286, 72295, 72307, 72316, 72326, 72355, 72382, 72414, 72443, 72475, 72504, 72535, 72561, 72582, 72601, 72625, 72646, 72670, 72691, 72714, 72732, 72746, 72760, 72779, 72798, 72813, 72826, 72842, 72851, 72866, 72881, 72901, 72921, 72937, 72951, 72968, 72979, 72998, 73018, 73035, 73058, 73082, 73103, 73128, 73149, 73164, 73180, 73196, 73217, 73238, 73255, 73270, 73288, 73294, 73306, 73319, 73337, 73354, 73374, 73395, 73417, 73433, 73451, 73470, 73491, 73509, 73532, 73555, 73576, 73609, 73629, 73640, 73652, 73672, 73693, 73706, 73718, 73740, 73761, 73785, 73810, 73836, 73856, 73878, 73901, 73926, 73948, 73975, 74002, 74027, 74064, 74088, 74110, 74131, 74155, 74180, 74206, 74226, 74248, 74271, 74296, 74318, 74345, 74372, 74397, 74434, 74458, 74469, 74479, 74493, 74508, 74527, 74546, 74559, 74570, 74583, 74597, 74612, 74640, 74669, 74697, 74722, 74752, 74787, 74817, 74845, 74871, 74895, 74922, 74945, 74969, 74992, 75012, 75037, 75067, 75092, 75115, 75136, 75155, 75177, 75191, 75213, 75237, 75266, 75287, 75307, 75318, 75332, 75346, 75361, 75377, 75394, 75424, 75455, 75485, 75512, 75544, 75581, 75613, 75643, 75671, 75697, 75726, 75751, 75777, 75802, 75824, 75851, 75883, 75910, 75935, 75958, 75979, 76003, 76019, 76041, 76065, 76094, 76115, 76135, 76148, 76159, 76171, 76183, 76194, 76203, 76219, 76235, 76248, 76262, 76284, 76308, 76337, 76358, 76378, 76390, 76408, 76423, 76440, 76456, 76471, 76489, 76508, 76528, 76542, 76558, 76575, 76594, 76610, 76631, 76652, 76671, 76702, 76720, 76742, 76763, 76787, 76812, 76838, 76858, 76880, 76903, 76928, 76950, 76977, 77004, 77029, 77066, 77090, 77106, 77121, 77139, 77158, 77178, 77192, 77208, 77225, 77244, 77260, 77281, 77302, 77321, 77352, 77370, 77381, 77393, 77406, 77427, 77439, 77450, 77463, 77478, 77492, 77509, 77527, 77546, 77559, 77574, 77590, 77608, 77623, 77643, 77663, 77681, 77711, 77728, 77748, 77767, 77789, 77812, 77836, 77854, 77874, 77895, 77918, 77938, 77963, 77988, 78011, 78046, 78068, 78086, 78106, 78131, 78148, 78164, 78178, 78192, 78207, 78223, 78238, 78250, 78265, 78285, 78304, 78327, 78349, 78372, 78396, 78421, 78439, 78459, 78489, 78510, 78532, 78555, 78576, 78596, 78621, 78646, 78669, 78704, 78726, 78737, 78749, 78762, 78772, 78786, 78801, 78824, 78849, 78879, 78901, 78922, 78934, 78954, 78976, 79003, 79022, 79040, 79054, 79070, 79087, 79105, 79122, 79134, 79144, 79155, 79171, 79186, 79204, 79223, 79243, 79257, 79273, 79290, 79309, 79325, 79346, 79367, 79386, 79417, 79435, 79455, 79474, 79496, 79519, 79543, 79561, 79581, 79602, 79625, 79645, 79670, 79695, 79718, 79753, 79775, 79786, 79799, 79812, 79835, 79860, 79890, 79912, 79933, 79948, 79964, 79978, 79991, 80017, 80038, 80058, 80071, 80085, 80100, 80111, 80127, 80142, 80160, 80179, 80199, 80213, 80229, 80246, 80265, 80281, 80302, 80323, 80342, 80373, 80391, 80408, 80425, 80442, 80457, 80476, 80491, 80511, 80530, 80552, 80575, 80599, 80617, 80637, 80658, 80681, 80701, 80726, 80751, 80774, 80809, 80831, 80848, 80860, 80867, 80880, 80894, 80905, 80922, 80938, 80955, 80973, 80988, 81007, 81026, 81041, 81069, 81095, 81126, 81154, 81185, 81213, 81243, 81268, 81279, 81299, 81316, 81334, 81357, 81377, 81394, 81416, 81439, 81461, 81482, 81502, 81524, 81546, 81564, 81580, 81597, 81616, 81630, 81641, 81656, 81666, 81678, 81687, 81697, 81709, 81718, 81729, 81735, 81742, 81754, 81758, 81766, 81777, 81785, 81800, 81813, 81827, 81845, 81856, 81869, 81882, 81897, 81912, 81934, 81949, 81960, 81973, 81989, 82009, 82019, 82028, 82039, 82050, 82064, 82069, 82076, 82084, 82096, 82108, 82127, 82140, 82154, 82169, 82188, 82208, 82221, 82241, 82252, 82257, 82263, 82276, 82294, 82309, 82329, 82340, 82358, 82371, 82381, 82395, 82407, 82418, 82437, 82447, 82458, 82468, 82480, 82487, 82496, 82505, 82523, 82540, 82562, 82579, 82590, 82615, 82640, 82659, 82682, 82692, 82700, 82710, 82731, 82749, 82767, 82785, 82805, 82820, 82836, 82852, 82866, 82881, 82894, 82907, 82919, 82924, 82938, 82950, 82964, 82986, 83006, 83028, 83042, 83057, 83067, 83077, 83088, 83101, 83109, 83115, 83124, 83133, 83143, 83155, 83158, 83162, 83175, 83194, 83213, 83231, 83247, 83267, 83275, 83298, 83326, 83332, 83354, 83383, 83397, 83412, 83425, 83442, 83465, 83486, 83511, 83524, 83535, 83555, 83573, 83595, 83616, 83635, 83658, 83677, 83694, 83715, 83737, 83757, 83781, 83796, 83817, 83836, 83859, 83875, 83889, 83907, 83920, 83934, 83948, 83960, 83976, 83984, 84012, 84038, 84068, 84086, 84102, 84127, 84150, 84177, 84203, 84227, 84255, 84279, 84301, 84327, 84354, 84379, 84408, 84428, 84454, 84478, 84506, 84523, 84538, 84557, 84567, 84583, 84597, 84615, 84635, 84657, 84666, 84671, 84681, 84695, 84710, 84733, 84758, 84774, 84789, 84809, 84832, 84859, 84876, 84894, 84916, 84928, 84937, 84950, 84964, 84986, 85010, 85025, 85046, 85062, 85082, 85101, 85120, 85139, 85155, 85172, 85189, 85208, 85222, 85240, 85257, 85274, 85291, 85305, 85320, 85335, 85355, 85370, 85389, 85407, 85425, 85443, 85458, 85474, 85490, 85500, 85536, 85542, 85554, 85566, 85580, 85593, 85608, 85616, 85625, 85635, 85652, 85668, 85676, 85685, 85695, 85708, 85712, 85730, 85762, 85782, 85810, 85830, 85845, 85864, 85882, 85900, 85918, 85933, 85949, 85965, 85983, 85996, 86013, 86029, 86045, 86061, 86074, 86088, 86102, 86114, 86133, 86147, 86165, 86182, 86199, 86216, 86230, 86245, 86260, 86268, 86279, 86304, 86317, 86338, 86349, 86356, 86363, 86372, 86394, 86420, 86439, 86458, 86479, 86506, 86526, 86546, 86568, 86583, 86598, 86615, 86640, 86658, 86676, 86696, 86707, 86717, 86725, 86740, 86760, 86777, 86791, 86805, 86822, 86838, 86851, 86864, 86883, 86898, 86910, 86914, 86923, 86930, 86936, 86944, 86962, 86986, 87010, 87033, 87054, 87079, 87092, 87120, 87153, 87164, 87191, 87225, 87244, 87264, 87282, 87304, 87325, 87344, 87367, 87385, 87404, 87423, 87440, 87461, 87474, 87496, 87516, 87540, 87555, 87576, 87595, 87618, 87643, 87670, 87684, 87691, 87699, 87716, 87732, 87753, 87769, 87779, 87803, 87827, 87845, 87867, 87875, 87884, 87898, 87913, 87926, 87940, 87953, 87967, 87982, 87996, 88012, 88029, 88044, 88060, 88080, 88101, 88123, 88136, 88150, 88167, 88185, 88204, 88213, 88223, 88242, 88253, 88266, 88285, 88305, 88322, 88340, 88360, 88381, 88400, 88420, 88438, 88458, 88480, 88503, 88516, 88530, 88543, 88551, 88567, 88588, 88612, 88640, 88658, 88677, 88700, 88713, 88720, 88729, 88756, 88780, 88806, 88832, 88861, 88869, 88884, 88894, 88906, 88920, 88933, 88944, 88955, 88973, 88986, 89001, 89018, 89034, 89048, 89059, 89077, 89090, 89105, 89122, 89138, 89152, 89158, 89168, 89185, 89197, 89211, 89227, 89242, 89255, 89261, 89274, 89292, 89313, 89338, 89353, 89369, 89389, 89399, 89413, 89430, 89451, 89475, 89496, 89517, 89533, 89543, 89562, 89580, 89587, 89596, 89602, 89609, 89619, 89630, 89642, 89651, 89661, 89675, 89686, 89698, 89706, 89715, 89725, 89743, 89766, 89792, 89822, 89842, 89863, 89888, 89903, 89912, 89930, 89953, 89979, 90009, 90029, 90050, 90075, 90090, 90103, 90109, 90120, 90134, 90144, 90158, 90170, 90184, 90194, 90208, 90219, 90233, 90246, 90262, 90282, 90305, 90325, 90345, 90360, 90365, 90369, 90372, 90377, 90384, 90387, 90398, 90405, 90412, 90420, 90436, 90454, 90464, 90475, 90490, 90504, 90519, 90536, 90553, 90583, 90595, 90608, 90616, 90623, 90640, 90661, 90680, 90698, 90714, 90732, 90747, 90761, 90782, 90801, 90819, 90835, 90853, 90865, 90879, 90900, 90919, 90937, 90953, 90971, 90993, 91013, 91032, 91049, 91068, 91079, 91090, 91100, 91109, 91114, 91120, 91129, 91136, 91146, 91157, 91163, 91187, 91209, 91226, 91251, 91271, 91297, 91318, 91347, 91371, 91398, 91420, 91450, 91475, 91502, 91524, 91554, 91579, 91604, 91624, 91652, 91675, 91704, 91728, 91760, 91787, 91817, 91842, 91875, 91903, 91933, 91958, 91991, 92019, 92030, 92041, 92054, 92064, 92076, 92089, 92107, 92127, 92142, 92161, 92179, 92197, 92215, 92230, 92246, 92262, 92280, 92293, 92310, 92326, 92342, 92358, 92371, 92385, 92399, 92411, 92430, 92444, 92462, 92479, 92496, 92513, 92527, 92542, 92557, 92568, 92574, 92580, 92587, 92598, 92609, 92627, 92639, 92652, 92666, 92677, 92695, 92707, 92726, 92742, 92754, 92773, 92782, 92792, 92813, 92830, 92851, 92873, 92888, 92910, 92921, 92934, 92946, 92955, 92966, 92981, 92998, 93014, 93027, 93042, 93055, 93070, 93079, 93089, 93104, 93116, 93130, 93144, 93161, 93174, 93184, 93196, 93208, 93223, 93245, 93265, 93283, 93306, 93325, 93345, 93375, 93403, 93429, 93460, 93487, 93515, 93547, 93577, 93605, 93638, 93667, 93697, 93733, 93767, 93799, 93836, 93869, 93903, 93915, 93936, 93956, 93981, 94001, 94015, 94043, 94071, 94095, 94117, 94137, 94162, 94183, 94205, 94227, 94255, 94281, 94305, 94334, 94359, 94385, 94411, 94419, 94429, 94440, 94447, 94454, 94468, 94479, 94489, 94493, 94500, 94508, 94516, 94527, 94549, 94567, 94589, 94612, 94628, 94651, 94665, 94690, 94711, 94736, 94762, 94781, 94807, 94812, 94835, 94857, 94868, 94876, 94885, 94897, 94908, 94928, 94950, 94967, 94987, 95005, 95024, 95041, 95052, 95063, 95075, 95089, 95099, 95123, 95149, 95170, 95185, 95200, 95216, 95234, 95254, 95278, 95297, 95313, 95333, 95348, 95359, 95371, 95385, 95397, 95415, 95430, 95444, 95455, 95470, 95490, 95513, 95540, 95557, 95575, 95597, 95609, 95630, 95648, 95665, 95679, 95687, 95696, 95703, 95711, 95719, 95728, 95740, 95752, 95763, 95775, 95788, 95800, 95813, 95839, 95864, 95893, 95907, 95921, 95944, 95971, 95998, 96029, 96054, 96075, 96106, 96136, 96170, 96189, 96217, 96249, 96281, 96317, 96347, 96373, 96403, 96427, 96449, 96476, 96507, 96530, 96555, 96577, 96604, 96623, 96645, 96661, 96678, 96708, 96738, 96760, 96784, 96810, 96838, 96853, 96865, 96878, 96894, 96910, 96925, 96941, 96958, 96974, 96991, 97018, 97042, 97066, 97090, 97116, 97137, 97159, 97181, 97201, 97222, 97241, 97260, 97278, 97291, 97305, 97316, 97328, 97341, 97361, 97382, 97401, 97421, 97442, 97459, 97477, 97490, 97504, 97521, 97531, 97542, 97549, 97557, 97575, 97596, 97614, 97638, 97662, 97690, 97723, 97750, 97784, 97801, 97820, 97845, 97872, 97886, 97897, 97909, 97924, 97939, 97953, 97968, 97984, 97999, 98015, 98033, 98055, 98077, 98084, 98101, 98124, 98147, 98161, 98176, 98194, 98209, 98225, 98252, 98284, 98310, 98343, 98359, 98376, 98390, 98405, 98425, 98446, 98464, 98488, 98514, 98521, 98531, 98542, 98557, 98572, 98588, 98605, 98621, 98633, 98654, 98674, 98693, 98699, 98703, 98708, 98720, 98737, 98744, 98755, 98775, 98797, 98814, 98834, 98852, 98871, 98888, 98899, 98910, 98922, 98936, 98946, 98970, 98996, 99017, 99032, 99047, 99063, 99081, 99101, 99125, 99144, 99160, 99180, 99195, 99207, 99220, 99234, 99245, 99257, 99271, 99283, 99294, 99306, 99324, 99339, 99353, 99364, 99379, 99390, 99401, 99414, 99434, 99448, 99460, 99475, 99486, 99502, 99515, 99524, 99532, 99543, 99550, 99560, 99571, 99580, 99589, 99592, 99601, 99605, 99624, 99635, 99657, 99675, 99697, 99720, 99736, 99759, 99771, 99784, 99808, 99828, 99852, 99877, 99895, 99920, 99929, 99942, 99956, 99963, 99970, 99981, 99993, 100001, 100013, 100026, 100043, 100057, 100070, 100080, 100087, 100105, 100119, 100137, 100156, 100168, 100187, 100203, 100223, 100243, 100247, 100252, 100261, 100270, 100280, 100291, 100301, 100318, 100336, 100355, 100373, 100389, 100403, 100420, 100438, 100457, 100475, 100491, 100505, 100511, 100518, 100529, 100548, 100564, 100577, 100588, 100603, 100614, 100626, 100641, 100661, 100684, 100711, 100728, 100746, 100768, 100780, 100792, 100808, 100825, 100836, 100843, 100850, 100859, 100883, 100904, 100923, 100944, 100965, 100987, 101010, 101027, 101045, 101064, 101079, 101093, 101112, 101128, 101145, 101163, 101178, 101194, 101210, 101224, 101239, 101255, 101262, 101269, 101276, 101288, 101298, 101309, 101323, 101337, 101350, 101364, 101379, 101393, 101408, 101417, 101427, 101440, 101453, 101465, 101480, 101493, 101507, 101520, 101534, 101544, 101555, 101569, 101587, 101601, 101614, 101628, 101643, 101660, 101674, 101689, 101697, 101709, 101719, 101729, 101740, 101750, 101758, 101777, 101793, 101806, 101819, 101834, 101854, 101871, 101888, 101907, 101927, 101947, 101963, 101976, 101996, 102005, 102015, 102036, 102053, 102074, 102096, 102111, 102133, 102141, 102148, 102156, 102168, 102180, 102193, 102207, 102220, 102229, 102245, 102256, 102267, 102279, 102286, 102294, 102306, 102318, 102331, 102345, 102358, 102365, 102373, 102385, 102397, 102410, 102424, 102437, 102445, 102454, 102464, 102478, 102499, 102520, 102538, 102564, 102591, 102618, 102642, 102674, 102698, 102716, 102730, 102751, 102772, 102790, 102816, 102843, 102870, 102894, 102926, 102950, 102971, 102989, 103007, 103022, 103039, 103057, 103074, 103092, 103105, 103120, 103134, 103153, 103168, 103184, 103200, 103223, 103246, 103266, 103294, 103323, 103352, 103378, 103412, 103438, 103458, 103484, 103499, 103518, 103532, 103548, 103570, 103583, 103598, 103616, 103646, 103666, 103679, 103702, 103725, 103751, 103771, 103799, 103824, 103844, 103859, 103878, 103896, 103911, 103928, 103945, 103963, 103980, 103995, 104013, 104032, 104050, 104064, 104079, 104094, 104108, 104129, 104144, 104160, 104175, 104197, 104220, 104246, 104271, 104296, 104320, 104339, 104357, 104375, 104394, 104409, 104431, 104444, 104461, 104478, 104502, 104520, 104539, 104559, 104583, 104608, 104626, 104651, 104656, 104662, 104672, 104682, 104693, 104705, 104716, 104723, 104738, 104751, 104762, 104778, 104790, 104803, 104826, 104847, 104866, 104890, 104910, 104931, 104956, 104979, 105000, 105026, 105048, 105071, 105100, 105127, 105152, 105182, 105208, 105235, 105241, 105248, 105261, 105277, 105290, 105307, 105325, 105347, 105369, 105392, 105416, 105431, 105443, 105457, 105472, 105491, 105510, 105530, 105551, 105571, 105584, 105598, 105616, 105634, 105653, 105673, 105692, 105715, 105734, 105758, 105772, 105789, 105800, 105815, 105829, 105844, 105862, 105874, 105888, 105905, 105916, 105928, 105944, 105960, 105977, 105995, 106012, 106024, 106039, 106050, 106065, 106079, 106093, 106108, 106121, 106136, 106147, 106162, 106179, 106191, 106206, 106218, 106233, 106245, 106260, 106278, 106297, 106320, 106343, 106367, 106392, 106409, 106424, 106437, 106455, 106469, 106484, 106494, 106513, 106531, 106554, 106572, 106584, 106610, 106636, 106656, 106680, 106701, 106720, 106737, 106759, 106777, 106796, 106811, 106827, 106840, 106854, 106858, 106863, 106874, 106888, 106899, 106915, 106932, 106953, 106974, 106996, 107019, 107041, 107056, 107072, 107092, 107112, 107133, 107155, 107168, 107178, 107190, 107203, 107220, 107237, 107255, 107274, 107292, 107303, 107315, 107331, 107347, 107364, 107382, 107399, 107420, 107437, 107459, 107471, 107486, 107495, 107508, 107520, 107533, 107549, 107559, 107571, 107586, 107595, 107605, 107619, 107633, 107648, 107664, 107679, 107689, 107702, 107711, 107724, 107736, 107748, 107761, 107772, 107785, 107794, 107807, 107822, 107832, 107845, 107855, 107868, 107878, 107891, 107907, 107924, 107945, 107966, 107988, 108011, 108015, 108020, 108037, 108051, 108064, 108077, 108086, 108097, 108107, 108117, 108126, 108135, 108144, 108158, 108168, 108173, 108180, 108187, 108192, 108200, 108210, 108214, 108219, 108234, 108242, 108255, 108266, 108285, 108297, 108314, 108329, 108343, 108353, 108369, 108378, 108392, 108404, 108424, 108437, 108455, 108471, 108486, 108497, 108504, 108510, 108515, 108539, 108561, 108587, 108601, 108613, 108634, 108653, 108676, 108698, 108718, 108742, 108762, 108780, 108802, 108825, 108846, 108871, 108887, 108909, 108929, 108953, 108960, 108968, 108983, 109003, 109020, 109042, 109055, 109075, 109090, 109102, 109118, 109132, 109145, 109166, 109178, 109191, 109196, 109200, 109215, 109233, 109255, 109280, 109302, 109324, 109341, 109346, 109361, 109367, 109381, 109394, 109407, 109420, 109432, 109444, 109450, 109458, 109464, 109469, 109477, 109486, 109504, 109519, 109533, 109544, 109564, 109581, 109597, 109610, 109618, 109634, 109653, 109676, 109702, 109725, 109748, 109766, 109773, 109791, 109807, 109818, 109837, 109851, 109871, 109886, 109909, 109927, 109948, 109964, 109988, 110007, 110019, 110040, 110056, 110080, 110099, 110112, 110124, 110136, 110150, 110159, 110179, 110197, 110210, 110231, 110247, 110269, 110286, 110311, 110331, 110354, 110372, 110398, 110419, 110433, 110456, 110474, 110500, 110521, 110539, 110555, 110577, 110596, 110616, 110631, 110647, 110665, 110684, 110698, 110718, 110739, 110752, 110766, 110772, 110779, 110785, 110802, 110815, 110832, 110850, 110861, 110879, 110887, 110906, 110921, 110940, 110960, 110973, 110993, 110999, 111024, 111047, 111074, 111089, 111102, 111124, 111144, 111168, 111191, 111212, 111237, 111258, 111277, 111300, 111324, 111346, 111372, 111389, 111412, 111433, 111458, 111469, 111479, 111499, 111525, 111551, 111576, 111599, 111626, 111641, 111671, 111706, 111719, 111748, 111784, 111805, 111827, 111847, 111871, 111894, 111915, 111940, 111960, 111981, 112002, 112021, 112044, 112059, 112083, 112105, 112131, 112148, 112171, 112192, 112217, 112244, 112273, 112289, 112293, 112298, 112308, 112330, 112349, 112371, 112388, 112423, 112452, 112460, 112477, 112497, 112515, 112531, 112552, 112569, 112587, 112615, 112641, 112665, 112694, 112719, 112745, 112775, 112803, 112829, 112860, 112887, 112915, 112949, 112981, 113011, 113046, 113077, 113109, 113119, 113138, 113156, 113179, 113197, 113209, 113235, 113261, 113283, 113303, 113321, 113344, 113363, 113383, 113403, 113429, 113453, 113475, 113502, 113525, 113549, 113573, 113579, 113589, 113600, 113619, 113640, 113652, 113661, 113672, 113687, 113707, 113730, 113757, 113774, 113792, 113814, 113826, 113834, 113845, 113854, 113860, 113867, 113873, 113879, 113886, 113893, 113901, 113925, 113950, 113956, 113966, 113972, 113980, 113987, 113996, 114009, 114027, 114042, 114062, 114073, 114091, 114104, 114114, 114128, 114140, 114151, 114170, 114180, 114191, 114195, 114213, 114228, 114242, 114253, 114270, 114280, 114292, 114304, 114316, 114331, 114348, 114365, 114385, 114404, 114421, 114436, 114456, 114472, 114489, 114516, 114541, 114564, 114592, 114616, 114641, 114670, 114697, 114722, 114752, 114778, 114805, 114838, 114869, 114898, 114932, 114962, 114993, 115012, 115035, 115051, 115067, 115085, 115109, 115126, 115143, 115162, 115171, 115183, 115201, 115217, 115229, 115252, 115273, 115287, 115305, 115322, 115344, 115361, 115372, 115397, 115422, 115444, 115459, 115474, 115491, 115512, 115531, 115548, 115570, 115588, 115607, 115626, 115651, 115674, 115695, 115721, 115743, 115766, 115789, 115806, 115829, 115846, 115861, 115879, 115898, 115917, 115923, 115932, 115942, 115948, 115955, 115972, 115989, 116007, 116026, 116037, 116055, 116073, 116088, 116111, 116135, 116159, 116180, 116209, 116230, 116245, 116256, 116274, 116292, 116307, 116330, 116354, 116378, 116399, 116428, 116449, 116467, 116482, 116497, 116509, 116523, 116538, 116552, 116567, 116577, 116589, 116600, 116616, 116628, 116641, 116654, 116674, 116694, 116711, 116736, 116762, 116788, 116811, 116842, 116865, 116882, 116905, 116917, 116933, 116944, 116957, 116976, 116986, 116998, 117013, 117040, 117057, 117067, 117087, 117107, 117130, 117147, 117172, 117194, 117211, 117223, 117239, 117254, 117266, 117280, 117294, 117309, 117323, 117335, 117350, 117366, 117381, 117392, 117404, 117416, 117427, 117445, 117457, 117470, 117482, 117501, 117521, 117544, 117566, 117588, 117609, 117625, 117640, 117655, 117671, 117683, 117702, 117713, 117728, 117743, 117765, 117781, 117798, 117816, 117838, 117861, 117877, 117900, 117906, 117913, 117920, 117940, 117962, 117983, 118001, 118021, 118045, 118071, 118096, 118118, 118142, 118164, 118188, 118211, 118231, 118253, 118279, 118307, 118334, 118358, 118384, 118394, 118402, 118421, 118451, 118477, 118507, 118538, 118562, 118593, 118610, 118638, 118662, 118690, 118719, 118748, 118761, 118777, 118794, 118813, 118836, 118859, 118876, 118894, 118912, 118929, 118945, 118961, 118976, 118993, 119011, 119033, 119052, 119068, 119086, 119105, 119124, 119140, 119158, 119174, 119188, 119203, 119220, 119239, 119256, 119277, 119298, 119317, 119338, 119354, 119363, 119376, 119386, 119400, 119420, 119434, 119446, 119461, 119477, 119493, 119498, 119510, 119527, 119547, 119571, 119585, 119600, 119619, 119628, 119642, 119657, 119672, 119690, 119710, 119730, 119753, 119764, 119786, 119804, 119826, 119849, 119865, 119888, 119908, 119923, 119946, 119964, 119988, 120007, 120034, 120056, 120081, 120101, 120129, 120152, 120177, 120197, 120225, 120248, 120259, 120281, 120299, 120321, 120344, 120367, 120382, 120408, 120430, 120456, 120483, 120503, 120530, 120538, 120543, 120555, 120572, 120590, 120612, 120634, 120657, 120681, 120704, 120719, 120738, 120760, 120779, 120798, 120812, 120817, 120823, 120836, 120854, 120875, 120900, 120915, 120931, 120951, 120961, 120967, 120980, 120987, 120999, 121013, 121026, 121036, 121048, 121064, 121082, 121099, 121113, 121129, 121133, 121142, 121152, 121157, 121170, 121178, 121195, 121214, 121228, 121245, 121260, 121276, 121290, 121298, 121306, 121315, 121326, 121333, 121354, 121377, 121395, 121407, 121419, 121432, 121447, 121464, 121485, 121501, 121514, 121531, 121543, 121551, 121560, 121571, 121580, 121585, 121591, 121604, 121620, 121640, 121663, 121683, 121703, 121718, 121733, 121753, 121776, 121803, 121820, 121838, 121860, 121872, 121879, 121890, 121902, 121915, 121926, 121938, 121953, 121968, 121982, 121997, 122013, 122028, 122044, 122053, 122063, 122073, 122084, 122098, 122112, 122125, 122139, 122154, 122168, 122183, 122189, 122196, 122204, 122213, 122225, 122237, 122248, 122260, 122273, 122285, 122298, 122307, 122317, 122330, 122343, 122355, 122368, 122382, 122395, 122409, 122419, 122430, 122444, 122458, 122471, 122485, 122500, 122514, 122529, 122533, 122538, 122544, 122551, 122563, 122571, 122578, 122587, 122604, 122621, 122641, 122663, 122685, 122710, 122717, 122726, 122733, 122740, 122757, 122770, 122783, 122800, 122813, 122832, 122844, 122853, 122861, 122871, 122891, 122907, 122923, 122943, 122959, 122981, 122996, 123000, 123006, 123013, 123028, 123039, 123060, 123074, 123093, 123104, 123122, 123138, 123156, 123169, 123189, 123207, 123222, 123243, 123255, 123274, 123293, 123313, 123327, 123342, 123358, 123369, 123384, 123400, 123413, 123427, 123442, 123456, 123468, 123480, 123493, 123506, 123521, 123532, 123552, 123563, 123575, 123591, 123604, 123623, 123635, 123656, 123669, 123684, 123699, 123704, 123715, 123729, 123743, 123758, 123771, 123782, 123795, 123810, 123823, 123834, 123851, 123869, 123877, 123893, 123912, 123925, 123940, 123955, 123970, 123985, 123998, 124013, 124026, 124038, 124055, 124070, 124080, 124090, 124100, 124115, 124126, 124136, 124151, 124166, 124187, 124205, 124218, 124231, 124244, 124252, 124267, 124285, 124304, 124329, 124346, 124363, 124380, 124399, 124422, 124445, 124462, 124489, 124514, 124533, 124551, 124570, 124583, 124606, 124627, 124639, 124651, 124666, 124677, 124690, 124704, 124708, 124733, 124758, 124783, 124802, 124824, 124842, 124866, 124882, 124898, 124914, 124932, 124954, 124982, 125002, 125022, 125042, 125064, 125090, 125116, 125136, 125166, 125194, 125216, 125238, 125254, 125280, 125304, 125320, 125333, 125352, 125371, 125390, 125403, 125419, 125439, 125459, 125479, 125493, 125510, 125530, 125556, 125574, 125592, 125610, 125630, 125654, 125684, 125706, 125728, 125750, 125774, 125802, 125830, 125852, 125884, 125914, 125938, 125962, 125980, 126008, 126034, 126042, 126051, 126062, 126069, 126076, 126083, 126090, 126097, 126104, 126111, 126118, 126125, 126132, 126139, 126146, 126153, 126160, 126167, 126174, 126181, 126188, 126195, 126202, 126209, 126216, 126223, 126230, 126237, 126244, 126251, 126257, 126264, 126275, 126286, 126298, 126311, 126323, 126329, 126336, 126347, 126365, 126383, 126398, 126421, 126445, 126469, 126490, 126519, 126540, 126555, 126566, 126584, 126602, 126617, 126640, 126664, 126688, 126709, 126738, 126759, 126777, 126792, 126807, 126819, 126833, 126848, 126862, 126877, 126887, 126899, 126910, 126926, 126938, 126951, 126964, 126984, 127004, 127021, 127046, 127072, 127098, 127121, 127152, 127175, 127192, 127215, 127227, 127243, 127254, 127267, 127286, 127296, 127308, 127323, 127350, 127367, 127377, 127397, 127417, 127440, 127457, 127482, 127504, 127521, 127533, 127549, 127564, 127576, 127590, 127604, 127619, 127633, 127645, 127660, 127676, 127691, 127702, 127714, 127726, 127737, 127755, 127767, 127780, 127792, 127811, 127826, 127846, 127869, 127891, 127913, 127934, 127950, 127965, 127980, 127996, 128008, 128027, 128035, 128043, 128055, 128067, 128080, 128094, 128110, 128123, 128131, 128140, 128153, 128166, 128186, 128200, 128215, 128231, 128251, 128272, 128286, 128307, 128315, 128322, 128329, 128336, 128343, 128350, 128357, 128364, 128371, 128378, 128385, 128392, 128399, 128406, 128413, 128420, 128427, 128434, 128441, 128448, 128455, 128462, 128469, 128476, 128483, 128490, 128497, 128504, 128511, 128518, 128525, 128532, 128539, 128546, 128553, 128560, 128567, 128580, 128599, 128610, 128621, 128632, 128638, 128651, 128668, 128691, 128706, 128721, 128736, 128753, 128774, 128795, 128810, 128835, 128858, 128875, 128892, 128903, 128924, 128943, 128953, 128958, 128966, 128969, 128988, 129009, 129016, 129024, 129039, 129049, 129061, 129075, 129088, 129099, 129116, 129131, 129144, 129158, 129171, 129190, 129210, 129229, 129247, 129267, 129287, 129306, 129324, 129346, 129362, 129379, 129397, 129413, 129427, 129442, 129456, 129476, 129497, 129517, 129536, 129557, 129578, 129598, 129617, 129640, 129657, 129672, 129683, 129701, 129714, 129729, 129746, 129762, 129776, 129789, 129800, 129811, 129829, 129842, 129857, 129874, 129890, 129904, 129916, 129927, 129944, 129962, 129979, 129995, 130014, 130031, 130046, 130062, 130077, 130098, 130120, 130141, 130161, 130183, 130205, 130226, 130246, 130270, 130288, 130298, 130315, 130327, 130341, 130357, 130372, 130385, 130403, 130421, 130438, 130454, 130474, 130488, 130502, 130517, 130534, 130555, 130576, 130591, 130607, 130623, 130638, 130652, 130666, 130679, 130694, 130710, 130730, 130747, 130761, 130777, 130794, 130811, 130825, 130841, 130855, 130867, 130880, 130895, 130912, 130927, 130946, 130965, 130982, 131001, 131015, 131024, 131041, 131062, 131083, 131096, 131107, 131119, 131123, 131130, 131140, 131147, 131154, 131161, 131168, 131175, 131182, 131189, 131196, 131203, 131210, 131217, 131224, 131231, 131238, 131245, 131252, 131263, 131274, 131292, 131305, 131319, 131331, 131345, 131357, 131367, 131374, 131382, 131404, 131419, 131439, 131458, 131477, 131496, 131518, 131531, 131551, 131572, 131588, 131605, 131621, 131638, 131652, 131667, 131683, 131697, 131711, 131732, 131744, 131757, 131770, 131784, 131805, 131826, 131854, 131877, 131901, 131923, 131947, 131969, 131989, 132003, 132024, 132045, 132073, 132096, 132120, 132142, 132166, 132188, 132208, 132216, 132231, 132247, 132264, 132284, 132305, 132324, 132344, 132362, 132381, 132397, 132414, 132432, 132447, 132463, 132480, 132498, 132505, 132512, 132519, 132526, 132533, 132540, 132547, 132554, 132561, 132568, 132575, 132582, 132589, 132596, 132603, 132610, 132617, 132624, 132631, 132638, 132645, 132652, 132659, 132666, 132673, 132680, 132687, 132694, 132701, 132708, 132715, 132722, 132727, 132733, 132752, 132770, 132784, 132799, 132818, 132839, 132859, 132866, 132873, 132880, 132887, 132894, 132901, 132908, 132915, 132922, 132929, 132936, 132943, 132950, 132957, 132964, 132971, 132978, 132996, 133015, 133036, 133061, 133086, 133105, 133125, 133145, 133164, 133182, 133200, 133217, 133236, 133256, 133280, 133301, 133319, 133339, 133360, 133381, 133399, 133419, 133437, 133453, 133470, 133489, 133510, 133529, 133552, 133575, 133596, 133619, 133637, 133652, 133667, 133687, 133710, 133737, 133754, 133772, 133794, 133806, 133822, 133843, 133857, 133867, 133878, 133889, 133907, 133930, 133956, 133986, 134006, 134027, 134052, 134067, 134079, 134090, 134102, 134117, 134132, 134146, 134161, 134177, 134192, 134208, 134220, 134233, 134255, 134271, 134291, 134319, 134347, 134363, 134378, 134396, 134428, 134465, 134491, 134507, 134524, 134555, 134593, 134612, 134637, 134660, 134676, 134693, 134714, 134736, 134762, 134791, 134819, 134850, 134877, 134888, 134896, 134906, 134916, 134926, 134939, 134950, 134962, 134973, 134987, 135010, 135030, 135050, 135070, 135092, 135109, 135127, 135145, 135161, 135178, 135193, 135208, 135222, 135241, 135258, 135273, 135289, 135304, 135325, 135347, 135368, 135388, 135410, 135432, 135453, 135473, 135497, 135515, 135535, 135553, 135569, 135586, 135602, 135624, 135647, 135669, 135690, 135713, 135736, 135758, 135779, 135804, 135823, 135840, 135855, 135868, 135882, 135895, 135914, 135934, 135953, 135971, 135992, 136011, 136028, 136046, 136063, 136086, 136110, 136133, 136155, 136179, 136203, 136226, 136248, 136274, 136294, 136314, 136334, 136353, 136371, 136393, 136409, 136427, 136441, 136455, 136471, 136494, 136511, 136526, 136544, 136558, 136577, 136593, 136603, 136610, 136617, 136624, 136631, 136638, 136645, 136652, 136659, 136666, 136673, 136680, 136687, 136694, 136701, 136708, 136715, 136722, 136729, 136736, 136743, 136750, 136757, 136764, 136771, 136778, 136785, 136792, 136799, 136806, 136813, 136820, 136827, 136834, 136841, 136848, 136855, 136862, 136869, 136876, 136883, 136890, 136897, 136904, 136911, 136918, 136925, 136932, 136939, 136946, 136953, 136960, 136967, 136974, 136981, 136988, 136995, 137002, 137009, 137016, 137023, 137030, 137037, 137044, 137051, 137058, 137065, 137072, 137079, 137086, 137093, 137100, 137107, 137114, 137121, 137128, 137135, 137142, 137149, 137156, 137163, 137170, 137177, 137184, 137191, 137198, 137205, 137212, 137219, 137226, 137233, 137240, 137247, 137254, 137261, 137268, 137275, 137282, 137289, 137296, 137303, 137310, 137317, 137324, 137331, 137338, 137345, 137352, 137359, 137366, 137373, 137380, 137387, 137394, 137401, 137408, 137415, 137422, 137429, 137436, 137443, 137450, 137457, 137464, 137471, 137478, 137485, 137492, 137499, 137507, 137518, 137525, 137532, 137542, 137547, 137553, 137569, 137580, 137597, 137618, 137633, 137650, 137671, 137693, 137708, 137730, 137740, 137756, 137763, 137769, 137777, 137780, 137792, 137803, 137818, 137834, 137855, 137871, 137891, 137910, 137929, 137948, 137964, 137981, 137998, 138017, 138031, 138049, 138066, 138083, 138100, 138114, 138129, 138144, 138162, 138174, 138184, 138195, 138208, 138223, 138237, 138252, 138272, 138287, 138306, 138324, 138342, 138360, 138375, 138391, 138407, 138417, 138432, 138444, 138461, 138478, 138508, 138520, 138548, 138570, 138583, 138589, 138622, 138644, 138674, 138696, 138723, 138730, 138755, 138769, 138791, 138805, 138824, 138838, 138854, 138871, 138880, 138907, 138923, 138947, 138963, 138984, 138993, 139002, 139012, 139040, 139057, 139082, 139099, 139121, 139130, 139157, 139173, 139197, 139213, 139234, 139244, 139259, 139272, 139287, 139290, 139294, 139304, 139309, 139318, 139331, 139335, 139340, 139359, 139364, 139373, 139378, 139385, 139389, 139394, 139400, 139405, 139413, 139423, 139433, 139443, 139454, 139464, 139475, 139480, 139484, 139493, 139503, 139517, 139531, 139546, 139562, 139571, 139579, 139588, 139593, 139609, 139621, 139637, 139654, 139664, 139681, 139688, 139696, 139706, 139716, 139727, 139739, 139754, 139769, 139783, 139798, 139814, 139829, 139845, 139856, 139862, 139871, 139886, 139892, 139899, 139916, 139921, 139925, 139930, 139937, 139952, 139971, 139990, 140012, 140038, 140057, 140076, 140097, 140124, 140144, 140164, 140186, 140201, 140216, 140233, 140258, 140276, 140294, 140314, 140320, 140325, 140333, 140339, 140346, 140352, 140369, 140374, 140383, 140393, 140397, 140413, 140426, 140441, 140456, 140474, 140483, 140491, 140499, 140505, 140513, 140528, 140546, 140568, 140590, 140601, 140608, 140616, 140628, 140641, 140662, 140682, 140693, 140709, 140726, 140747, 140770, 140792, 140800, 140809, 140827, 140851, 140875, 140903, 140936, 140958, 140985, 141019, 141040, 141059, 141076, 141094, 141116, 141141, 141165, 141192, 141215, 141234, 141250, 141266, 141282, 141300, 141313, 141327, 141341, 141353, 141366, 141377, 141388, 141398, 141405, 141410, 141422, 141439, 141449, 141460, 141476, 141489, 141503, 141517, 141534, 141550, 141562, 141580, 141588, 141597, 141619, 141625, 141632, 141649, 141663, 141679, 141695, 141714, 141729, 141741, 141755, 141769, 141786, 141806, 141825, 141846, 141866, 141886, 141907, 141924, 141940, 141958, 141975, 141992, 142010, 142027, 142043, 142061, 142078, 142095, 142113, 142139, 142164, 142191, 142217, 142243, 142270, 142297, 142323, 142351, 142378, 142405, 142433, 142446, 142459, 142475, 142486, 142498, 142517, 142535, 142555, 142574, 142593, 142613, 142628, 142643, 142661, 142674, 142688, 142716, 142743, 142772, 142800, 142828, 142857, 142872, 142886, 142902, 142917, 142932, 142948, 142961, 142975, 142987, 143001, 143015, 143028, 143045, 143057, 143070, 143083, 143097, 143112, 143127, 143145, 143158, 143172, 143184, 143195, 143208, 143220, 143232, 143245, 143258, 143270, 143284, 143297, 143310, 143324, 143344, 143363, 143384, 143404, 143424, 143445, 143457, 143470, 143484, 143497, 143508, 143517, 143524, 143532, 143552, 143572, 143585, 143603, 143624, 143649, 143664, 143680, 143700, 143710, 143719, 143726, 143734, 143746, 143758, 143771, 143785, 143798, 143805, 143823, 143837, 143855, 143874, 143886, 143905, 143916, 143938, 143956, 143978, 144001, 144017, 144040, 144045, 144051, 144063, 144078, 144092, 144103, 144115, 144128, 144145, 144162, 144180, 144199, 144217, 144230, 144246, 144256, 144270, 144284, 144301, 144311, 144322, 144337, 144352, 144368, 144385, 144401, 144414, 144430, 144441, 144455, 144465, 144479, 144492, 144505, 144517, 144531, 144541, 144555, 144571, 144582, 144596, 144607, 144621, 144632, 144646, 144655, 144665, 144679, 144693, 144708, 144724, 144739, 144751, 144769, 144781, 144791, 144804, 144818, 144832, 144837, 144856, 144870, 144884, 144903, 144912, 144927, 144943, 144952, 144967, 144976, 144993, 145011, 145027, 145043, 145060, 145077, 145095, 145117, 145139, 145162, 145186, 145209, 145225, 145242, 145263, 145284, 145306, 145329, 145351, 145377, 145399, 145426, 145441, 145457, 145474, 145492, 145507, 145525, 145538, 145551, 145575, 145595, 145620, 145633, 145649, 145659, 145670, 145687, 145705, 145727, 145749, 145772, 145796, 145819, 145830, 145841, 145856, 145877, 145885, 145903, 145916, 145930, 145943, 145958, 145968, 145980, 145992, 146004, 146018, 146032, 146045, 146052, 146063, 146072, 146082, 146090, 146096, 146107, 146117, 146124, 146134, 146149, 146166, 146175, 146185, 146191, 146205, 146218, 146232, 146248, 146264, 146293, 146304, 146316, 146323, 146331, 146343, 146355, 146368, 146382, 146395, 146414, 146431, 146446, 146459, 146477, 146491, 146506, 146524, 146546, 146571, 146594, 146615, 146641, 146663, 146686, 146713, 146738, 146761, 146789, 146813, 146838, 146869, 146898, 146925, 146957, 146985, 147014, 147031, 147052, 147066, 147080, 147096, 147118, 147133, 147148, 147165, 147172, 147182, 147189, 147205, 147225, 147245, 147269, 147287, 147301, 147311, 147332, 147351, 147363, 147379, 147397, 147412, 147432, 147444, 147459, 147468, 147478, 147501, 147524, 147544, 147557, 147570, 147585, 147604, 147621, 147636, 147656, 147672, 147689, 147706, 147729, 147750, 147769, 147793, 147813, 147834, 147855, 147864, 147876, 147894, 147912, 147934, 147961, 147982, 148010, 148023, 148042, 148063, 148071, 148075, 148097, 148121, 148137, 148154, 148175, 148195, 148216, 148239, 148262, 148298, 148316, 148335, 148340, 148347, 148361, 148380, 148402, 148428, 148444, 148461, 148482, 148493, 148496, 148500, 148503, 148514, 148518, 148523, 148532, 148541, 148551, 148562, 148572, 148580, 148587, 148599, 148608, 148615, 148630, 148642, 148657, 148667, 148695, 148717, 148728, 148733, 148745, 148762, 148776, 148787, 148798, 148812, 148825, 148835, 148845, 148861, 148873, 148895, 148914, 148933, 148952, 148973, 148989, 149006, 149023, 149038, 149054, 149068, 149082, 149095, 149101, 149111, 149119, 149131, 149145, 149153, 149159, 149166, 149181, 149201, 149224, 149251, 149268, 149286, 149308, 149320, 149326, 149340, 149354, 149366, 149379, 149398, 149420, 149446, 149462, 149479, 149500, 149511, 149519, 149531, 149539, 149548, 149571, 149587, 149608, 149628, 149646, 149666, 149686, 149709, 149723, 149744, 149766, 149782, 149799, 149817, 149830, 149847, 149865, 149880, 149896, 149913, 149927, 149942, 149957, 149979, 149992, 150006, 150020, 150027, 150042, 150050, 150058, 150074, 150080, 150087, 150101, 150112, 150132, 150156, 150173, 150199, 150207, 150216, 150229, 150242, 150256, 150271, 150285, 150296, 150304, 150313, 150326, 150339, 150359, 150373, 150388, 150412, 150428, 150448, 150465, 150486, 150512, 150526, 150547, 150572, 150590, 150617, 150627, 150638, 150653, 150668, 150690, 150706, 150723, 150749, 150767, 150789, 150808, 150831, 150859, 150875, 150898, 150906, 150915, 150928, 150941, 150955, 150970, 150984, 151006, 151025, 151043, 151058, 151063, 151072, 151082, 151089, 151105, 151122, 151140, 151157, 151172, 151185, 151201, 151218, 151236, 151253, 151268, 151281, 151298, 151316, 151335, 151353, 151369, 151383, 151389, 151396, 151404, 151421, 151440, 151458, 151473, 151490, 151511, 151534, 151556, 151575, 151596, 151615, 151636, 151656, 151673, 151692, 151715, 151740, 151764, 151785, 151808, 151816, 151825, 151829, 151834, 151840, 151849, 151856, 151875, 151895, 151919, 151943, 151968, 151994, 152019, 152033, 152048, 152067, 152086, 152106, 152127, 152147, 152161, 152176, 152195, 152214, 152234, 152255, 152275, 152283, 152289, 152299, 152318, 152336, 152359, 152377, 152389, 152415, 152441, 152461, 152485, 152494, 152504, 152522, 152531, 152548, 152570, 152595, 152624, 152643, 152663, 152687, 152701, 152707, 152714, 152722, 152734, 152743, 152746, 152751, 152756, 152764, 152779, 152793, 152798, 152805, 152813, 152822, 152828, 152835, 152841, 152845, 152852, 152859, 152877, 152892, 152907, 152922, 152939, 152951, 152964, 152977, 152988, 153000, 153010, 153020, 153029, 153037, 153046, 153055, 153065, 153082, 153104, 153128, 153143, 153165, 153183, 153199, 153222, 153236, 153251, 153259, 153263, 153268, 153275, 153284, 153300, 153321, 153339, 153362, 153376, 153397, 153413, 153426, 153443, 153458, 153472, 153494, 153507, 153521, 153531, 153542, 153548, 153561, 153571, 153590, 153595, 153601, 153614, 153632, 153647, 153667, 153678, 153696, 153709, 153719, 153733, 153745, 153756, 153775, 153785, 153794, 153805, 153827, 153846, 153865, 153884, 153905, 153916, 153932, 153949, 153966, 153981, 153997, 154011, 154025, 154038, 154046, 154056, 154067, 154078, 154089, 154101, 154116, 154135, 154150, 154164, 154179, 154195, 154213, 154228, 154244, 154252, 154267, 154285, 154307, 154332, 154354, 154376, 154393, 154399, 154406, 154422, 154432, 154454, 154476, 154486, 154495, 154521, 154552, 154572, 154584, 154597, 154607, 154618, 154643, 154675, 154690, 154704, 154723, 154740, 154750, 154761, 154776, 154792, 154812, 154835, 154857, 154882, 154903, 154911, 154928, 154939, 154962, 154985, 154996, 155006, 155033, 155065, 155076, 155088, 155114, 155147, 155165, 155176, 155188, 155212, 155238, 155249, 155261, 155269, 155278, 155287, 155295, 155313, 155328, 155342, 155353, 155360, 155369, 155379, 155393, 155407, 155422, 155438, 155453, 155463, 155478, 155492, 155500, 155506, 155523, 155539, 155557, 155574, 155582, 155586, 155600, 155615, 155634, 155653, 155673, 155694, 155714, 155720, 155727, 155735, 155742, 155749, 155756, 155763, 155770, 155777, 155784, 155791, 155798, 155805, 155812, 155819, 155826, 155833, 155840, 155847, 155854, 155861, 155868, 155875, 155882, 155889, 155896, 155903, 155910, 155917, 155924, 155931, 155938, 155945, 155950, 155971, 155993, 156016, 156024, 156030, 156037, 156044, 156051, 156070, 156086, 156102, 156118, 156136, 156149, 156163, 156177, 156189, 156202, 156213, 156224, 156234, 156241, 156248, 156255, 156266, 156276, 156283, 156291, 156299, 156306, 156315, 156325, 156332, 156339, 156346, 156353, 156360, 156367, 156374, 156381, 156388, 156395, 156403, 156412, 156428, 156447, 156463, 156485, 156507, 156533, 156564, 156589, 156621, 156636, 156653, 156676, 156701, 156713, 156727, 156734, 156740, 156747, 156754, 156760, 156766, 156773, 156779, 156786, 156791, 156799, 156805, 156820, 156840, 156849, 156862, 156874, 156881, 156900, 156916, 156931, 156943, 156951, 156960, 156967, 156987, 157004, 157020, 157033, 157055, 157074, 157092, 157107, 157113, 157121, 157131, 157141, 157147, 157154, 157173, 157196, 157212, 157228, 157246, 157270, 157287, 157304, 157323, 157335, 157349, 157361, 157375, 157397, 157412, 157427, 157444, 157454, 157464, 157471, 157479, 157495, 157510, 157519, 157534, 157552, 157569, 157584, 157601, 157620, 157637, 157652, 157664, 157684, 157707, 157724, 157743, 157762, 157781, 157800, 157817, 157836, 157853, 157869, 157890, 157909, 157923, 157937, 157951, 157970, 157985, 157993, 158002, 158019, 158035, 158051, 158072, 158096, 158124, 158142, 158161, 158184, 158197, 158215, 158230, 158244, 158255, 158277, 158296, 158314, 158329, 158337, 158347, 158359, 158371, 158380, 158390, 158400, 158411, 158419, 158430, 158442, 158455, 158479, 158504, 158520, 158536, 158551, 158567, 158584, 158600, 158617, 158628, 158639, 158649, 158656, 158664, 158671, 158678, 158685, 158692, 158699, 158709, 158716, 158724, 158731, 158737, 158744, 158759, 158773, 158788, 158802, 158813, 158825, 158835, 158843, 158851, 158858, 158865, 158872, 158892, 158909, 158925, 158938, 158950, 158962, 158967, 158973, 158977, 158990, 159001, 159014, 159020, 159026, 159030, 159034, 159039, 159047, 159060, 159068, 159075, 159083, 159092, 159100, 159109, 159121, 159126, 159132, 159147, 159156, 159177, 159198, 159207, 159215, 159240, 159270, 159279, 159289, 159313, 159344, 159360, 159369, 159379, 159395, 159417, 159441, 159454, 159460, 159466, 159481, 159495, 159514, 159528, 159536, 159558, 159580, 159596, 159616, 159623, 159630, 159637, 159644, 159651, 159658, 159665, 159672, 159679, 159686, 159693, 159700, 159707, 159714, 159721, 159728, 159735, 159742, 159749, 159756, 159763, 159770, 159777, 159784, 159791, 159798, 159805, 159812, 159821, 159830, 159840, 159850, 159861, 159875, 159889, 159902, 159916, 159931, 159945, 159960, 159966, 159973, 159985, 159998, 160011, 160025, 160043, 160062, 160077, 160093, 160106, 160120, 160134, 160149, 160166, 160184, 160196, 160209, 160224, 160240, 160257, 160275, 160290, 160306, 160319, 160333, 160349, 160366, 160378, 160391, 160410, 160430, 160443, 160457, 160469, 160482, 160497, 160513, 160526, 160540, 160555, 160570, 160586, 160591, 160603, 160616, 160633, 160650, 160670, 160694, 160708, 160723, 160742, 160759, 160768, 160776, 160781, 160793, 160806, 160818, 160831, 160840, 160850, 160860, 160865, 160868, 160872, 160883, 160897, 160909, 160925, 160932, 160937, 160949, 160966, 160986, 161010, 161024, 161039, 161058, 161067, 161075, 161080, 161086, 161096, 161106, 161117, 161129, 161140, 161146, 161153, 161168, 161179, 161200, 161211, 161229, 161247, 161260, 161280, 161298, 161318, 161333, 161349, 161365, 161379, 161394, 161408, 161420, 161433, 161446, 161461, 161472, 161484, 161500, 161513, 161522, 161529, 161543, 161558, 161574, 161590, 161607, 161621, 161636, 161653, 161671, 161690, 161710, 161728, 161747, 161761, 161776, 161797, 161819, 161834, 161850, 161863, 161866, 161870, 161883, 161902, 161921, 161944, 161972, 161994, 162023, 162037, 162057, 162079, 162084, 162087, 162091, 162098, 162103, 162107, 162112, 162129, 162148, 162166, 162181, 162198, 162219, 162242, 162264, 162283, 162304, 162323, 162344, 162364, 162381, 162400, 162423, 162448, 162472, 162493, 162516, 162522, 162531, 162538, 162551, 162555, 162564, 162574, 162588, 162602, 162617, 162633, 162648, 162653, 162659, 162665, 162672, 162679, 162695, 162713, 162732, 162748, 162766, 162784, 162805, 162822, 162836, 162852, 162868, 162887, 162892, 162899, 162907, 162917, 162938, 162955, 162976, 162998, 163013, 163035, 163044, 163064, 163080, 163100, 163121, 163135, 163156, 163161, 163170, 163178, 163186, 163207, 163233, 163262, 163295, 163318, 163342, 163370, 163388, 163395, 163410, 163421, 163432, 163445, 163465, 163479, 163491, 163506, 163517, 163533, 163546, 163555, 163564, 163579, 163593, 163607, 163621, 163634, 163647, 163652, 163658, 163663, 163672, 163679, 163692, 163704, 163708, 163713, 163722, 163731, 163744, 163754, 163767, 163780, 163788, 163798, 163807, 163821, 163831, 163842, 163853, 163874, 163884, 163898, 163909, 163917, 163927, 163940, 163965, 163980, 163988, 164009, 164029, 164039, 164049, 164062, 164071, 164084, 164098, 164111, 164121, 164133, 164145, 164158, 164169, 164182, 164191, 164204, 164214, 164227, 164237, 164250, 164264, 164277, 164287, 164297, 164306, 164316, 164327, 164337, 164355, 164376, 164396, 164416, 164435, 164449, 164462, 164475, 164485, 164494, 164502, 164511, 164526, 164546, 164563, 164577, 164591, 164608, 164624, 164637, 164650, 164669, 164684, 164706, 164710, 164727, 164741, 164758, 164770, 164800, 164824, 164838, 164857, 164873, 164886, 164899, 164915, 164930, 164942, 164954, 164972, 164986, 164999, 165017, 165032, 165044, 165056, 165071, 165085, 165096, 165107, 165124, 165137, 165142, 165148, 165163, 165180, 165196, 165209, 165224, 165243, 165264, 165284, 165301, 165320, 165338, 165360, 165382, 165388, 165398, 165406, 165410, 165414, 165417, 165421, 165431, 165454, 165474, 165494, 165514, 165536, 165553, 165571, 165589, 165605, 165622, 165637, 165652, 165666, 165671, 165684, 165702, 165717, 165736, 165755, 165765, 165775, 165786, 165793, 165807, 165823, 165840, 165845, 165851, 165858, 165874, 165886, 165898, 165912, 165933, 165948, 165961, 165977, 165989, 166006, 166020, 166031, 166035, 166040, 166053, 166067, 166085, 166103, 166122, 166142, 166161, 166178, 166196, 166218, 166240, 166263, 166287, 166301, 166316, 166335, 166354, 166374, 166395, 166415, 166429, 166444, 166463, 166482, 166502, 166523, 166543, 166560, 166578, 166600, 166622, 166645, 166669, 166692, 166704, 166717, 166734, 166751, 166769, 166788, 166806, 166816, 166829, 166838, 166851, 166862, 166875, 166884, 166897, 166907, 166920, 166928, 166934, 166955, 166973, 166997, 167015, 167031, 167050, 167070, 167090, 167098, 167117, 167132, 167151, 167171, 167184, 167204, 167228, 167254, 167272, 167291, 167314, 167336, 167359, 167384, 167409, 167447, 167467, 167488, 167498, 167520, 167541, 167551, 167562, 167574, 167596, 167617, 167627, 167638, 167650, 167666, 167681, 167706, 167724, 167751, 167777, 167796, 167824, 167832, 167840, 167859, 167874, 167893, 167913, 167926, 167946, 167956, 167967, 167978, 167989, 168011, 168029, 168051, 168074, 168090, 168113, 168122, 168136, 168161, 168182, 168207, 168233, 168252, 168278, 168290, 168298, 168304, 168311, 168332, 168350, 168366, 168384, 168399, 168417, 168436, 168456, 168469, 168483, 168498, 168516, 168534, 168551, 168569, 168588, 168606, 168625, 168641, 168660, 168679, 168697, 168716, 168736, 168755, 168775, 168786, 168802, 168815, 168829, 168844, 168856, 168869, 168882, 168893, 168905, 168920, 168927, 168943, 168956, 168961, 168964, 168974, 169000, 169030, 169053, 169076, 169101, 169132, 169156, 169180, 169206, 169225, 169244, 169265, 169294, 169316, 169338, 169362, 169392, 169426, 169453, 169480, 169509, 169544, 169572, 169600, 169630, 169653, 169676, 169701, 169734, 169760, 169786, 169814, 169831, 169849, 169871, 169893, 169916, 169940, 169964, 169992, 170013, 170034, 170057, 170086, 170108, 170130, 170154, 170171, 170188, 170207, 170234, 170254, 170274, 170296, 170332, 170361, 170399, 170436, 170466, 170505, 170512, 170517, 170531, 170547, 170562, 170574, 170588, 170606, 170626, 170645, 170661, 170679, 170691, 170714, 170733, 170756, 170780, 170797, 170821, 170825, 170838, 170850, 170855, 170869, 170882, 170889, 170894, 170913, 170926, 170942, 170956, 170968, 170982, 170992, 171003, 171016, 171028, 171042, 171060, 171079, 171094, 171107, 171130, 171147, 171167, 171185, 171201, 171219, 171233, 171248, 171265, 171283, 171305, 171328, 171347, 171364, 171382, 171395, 171404, 171418, 171433, 171441, 171447, 171451, 171456, 171470, 171490, 171510, 171534, 171563, 171586, 171616, 171631, 171652, 171675, 171689, 171709, 171729, 171741, 171755, 171771, 171792, 171811, 171830, 171847, 171871, 171900, 171912, 171925, 171948, 171978, 171999, 172018, 172037, 172056, 172071, 172092, 172115, 172128, 172143, 172163, 172180, 172194, 172208, 172225, 172241, 172254, 172267, 172286, 172301, 172324, 172352, 172377, 172399, 172421, 172446, 172470, 172491, 172512, 172539, 172562, 172573, 172593, 172615, 172632, 172652, 172670, 172689, 172706, 172717, 172728, 172740, 172754, 172764, 172788, 172814, 172835, 172850, 172865, 172881, 172899, 172919, 172943, 172962, 172978, 172998, 173013, 173024, 173036, 173050, 173062, 173072, 173090, 173117, 173146, 173170, 173197, 173222, 173248, 173272, 173290, 173308, 173327, 173348, 173365, 173396, 173429, 173457, 173479, 173501, 173524, 173549, 173576, 173607, 173633, 173656, 173683, 173705, 173723, 173742, 173763, 173782, 173801, 173820, 173837, 173859, 173878, 173894, 173910, 173929, 173947, 173962, 173977, 173998, 174015, 174035, 174060, 174082, 174101, 174120, 174142, 174163, 174181, 174199, 174223, 174243, 174266, 174294, 174303, 174313, 174335, 174364, 174378, 174392, 174409, 174421, 174434, 174448, 174471, 174496, 174516, 174539, 174560, 174582, 174602, 174616, 174630, 174645, 174662, 174675, 174702, 174731, 174755, 174773, 174791, 174810, 174831, 174854, 174881, 174903, 174922, 174945, 174963, 174977, 174992, 175009, 175024, 175041, 175059, 175082, 175102, 175119, 175136, 175156, 175175, 175191, 175207, 175229, 175247, 175266, 175290, 175311, 175329, 175347, 175368, 175388, 175405, 175422, 175445, 175464, 175474, 175491, 175506, 175524, 175547, 175567, 175584, 175601, 175621, 175640, 175656, 175672, 175694, 175712, 175727, 175742, 175760, 175773, 175787, 175803, 175819, 175838, 175852, 175867, 175880, 175897, 175915, 175929, 175945, 175966, 175984, 175999, 176014, 176032, 176049, 176069, 176092, 176114, 176135, 176149, 176163, 176183, 176199, 176222, 176243, 176268, 176281, 176292, 176312, 176330, 176352, 176373, 176392, 176415, 176434, 176451, 176472, 176494, 176514, 176538, 176553, 176574, 176593, 176616, 176636, 176658, 176667, 176672, 176691, 176724, 176745, 176774, 176795, 176811, 176831, 176850, 176869, 176888, 176904, 176921, 176938, 176957, 176971, 176989, 177006, 177023, 177040, 177054, 177069, 177084, 177097, 177117, 177132, 177151, 177169, 177187, 177205, 177220, 177236, 177252, 177264, 177290, 177304, 177326, 177338, 177352, 177365, 177380, 177392, 177406, 177418, 177432, 177442, 177454, 177464, 177474, 177487, 177495, 177504, 177514, 177529, 177541, 177550, 177559, 177574, 177594, 177611, 177625, 177639, 177656, 177672, 177685, 177698, 177717, 177732, 177744, 177755, 177763, 177771, 177785, 177795, 177801, 177821, 177835, 177847, 177868, 177891, 177909, 177930, 177949, 177969, 177987, 177999, 178011, 178024, 178039, 178050, 178075, 178102, 178124, 178140, 178156, 178173, 178192, 178213, 178238, 178258, 178275, 178296, 178312, 178324, 178337, 178352, 178365, 178384, 178412, 178442, 178467, 178495, 178521, 178548, 178573, 178592, 178611, 178631, 178653, 178671, 178703, 178737, 178766, 178789, 178812, 178836, 178862, 178890, 178922, 178949, 178973, 179001, 179024, 179043, 179063, 179085, 179105, 179125, 179145, 179169, 179198, 179221, 179251, 179260, 179278, 179302, 179318, 179334, 179350, 179368, 179390, 179418, 179438, 179458, 179478, 179500, 179526, 179552, 179572, 179602, 179630, 179652, 179674, 179690, 179716, 179740, 179755, 179779, 179805, 179826, 179850, 179872, 179895, 179916, 179931, 179946, 179962, 179980, 179994, 180022, 180052, 180077, 180096, 180115, 180135, 180157, 180181, 180209, 180232, 180252, 180276, 180295, 180310, 180326, 180344, 180360, 180369, 180384, 180396, 180403, 180411, 180432, 180455, 180465, 180476, 180491, 180506, 180522, 180539, 180555, 180564, 180574, 180588, 180602, 180617, 180633, 180648, 180660, 180665, 180671, 180676, 180688, 180705, 180725, 180749, 180763, 180778, 180797, 180806, 180811, 180820, 180832, 180840, 180846, 180854, 180863, 180876, 180889, 180903, 180918, 180932, 180940, 180948, 180957, 180969, 180981, 180992, 181004, 181017, 181029, 181042, 181050, 181060, 181071, 181083, 181103, 181122, 181127, 181142, 181160, 181175, 181196, 181217, 181242, 181272, 181296, 181327, 181341, 181357, 181379, 181403, 181414, 181422, 181431, 181439, 181448, 181453, 181458, 181466, 181470, 181479, 181499, 181515, 181535, 181556, 181570, 181591, 181598, 181610, 181633, 181652, 181675, 181699, 181716, 181740, 181745, 181750, 181759, 181765, 181773, 181782, 181802, 181818, 181834, 181852, 181877, 181896, 181913, 181933, 181949, 181970, 181988, 181995, 182008, 182022, 182032, 182048, 182057, 182069, 182094, 182116, 182138, 182160, 182184, 182203, 182223, 182243, 182261, 182280, 182297, 182314, 182330, 182340, 182361, 182378, 182399, 182421, 182436, 182458, 182478, 182494, 182510, 182528, 182553, 182572, 182589, 182609, 182625, 182646, 182664, 182679, 182688, 182698, 182714, 182725, 182731, 182738, 182746, 182758, 182778, 182795, 182807, 182820, 182834, 182850, 182863, 182872, 182887, 182893, 182900, 182906, 182920, 182937, 182950, 182963, 182978, 183000, 183016, 183030, 183047, 183060, 183078, 183093, 183104, 183116, 183128, 183146, 183158, 183169, 183184, 183200, 183210, 183214, 183224, 183236, 183242, 183247, 183252, 183260, 183263, 183267, 183277, 183290, 183302, 183312, 183324, 183338, 183350, 183360, 183373, 183380, 183395, 183413, 183425, 183439, 183453, 183467, 183481, 183493, 183507, 183519, 183530, 183542, 183558, 183572, 183581, 183590, 183599, 183613, 183623, 183634, 183648, 183661, 183672, 183685, 183700, 183713, 183724, 183738, 183746, 183762, 183781, 183794, 183809, 183824, 183839, 183854, 183867, 183882, 183895, 183907, 183920, 183937, 183952, 183962, 183972, 183982, 183997, 184008, 184016, 184021, 184040, 184057, 184065, 184073, 184088, 184108, 184133, 184155, 184177, 184199, 184223, 184242, 184262, 184282, 184300, 184319, 184336, 184353, 184369, 184383, 184403, 184423, 184447, 184476, 184499, 184529, 184544, 184565, 184588, 184596, 184602, 184611, 184616, 184625, 184634, 184644, 184650, 184657, 184670, 184688, 184709, 184734, 184749, 184765, 184785, 184795, 184800, 184808, 184820, 184831, 184848, 184871, 184886, 184901, 184916, 184933, 184954, 184981, 185000, 185019, 185038, 185059, 185084, 185109, 185128, 185157, 185184, 185205, 185226, 185241, 185266, 185289, 185301, 185315, 185330, 185347, 185361, 185368, 185372, 185382, 185397, 185418, 185431, 185444, 185457, 185472, 185491, 185516, 185533, 185550, 185567, 185586, 185609, 185632, 185649, 185676, 185701, 185720, 185739, 185752, 185775, 185796, 185800, 185812, 185824, 185837, 185852, 185873, 185898, 185923, 185941, 185954, 185970, 185993, 186020, 186047, 186067, 186087, 186100, 186115, 186134, 186153, 186165, 186177, 186190, 186208, 186227, 186240, 186254, 186268, 186289, 186314, 186339, 186357, 186375, 186386, 186399, 186414, 186431, 186453, 186473, 186493, 186511, 186524, 186538, 186560, 186580, 186600, 186620, 186628, 186638, 186647, 186657, 186671, 186686, 186709, 186734, 186750, 186759, 186772, 186786, 186808, 186832, 186847, 186858, 186871, 186886, 186906, 186924, 186942, 186958, 186969, 186981, 187001, 187019, 187037, 187055, 187072, 187086, 187111, 187132, 187158, 187172, 187188, 187204, 187221, 187240, 187244, 187249, 187266, 187280, 187293, 187303, 187322, 187338, 187353, 187365, 187375, 187392, 187404, 187418, 187434, 187449, 187462, 187475, 187495, 187510, 187527, 187546, 187564, 187580, 187593, 187613, 187628, 187645, 187664, 187682, 187698, 187706, 187728, 187749, 187772, 187793, 187817, 187840, 187859, 187879, 187903, 187921, 187938, 187956, 187975, 187989, 188003, 188020, 188038, 188056, 188076, 188095, 188109, 188124, 188144, 188157, 188181, 188195, 188208, 188235, 188262, 188285, 188312, 188341, 188374, 188397, 188425, 188453, 188477, 188505, 188535, 188569, 188593, 188605, 188624, 188638, 188654, 188672, 188689, 188704, 188714, 188734, 188754, 188770, 188787, 188807, 188828, 188844, 188866, 188881, 188907, 188923, 188930, 188938, 188948, 188962, 188979, 188990, 189002, 189024, 189045, 189068, 189086, 189107, 189126, 189148, 189172, 189195, 189213, 189232, 189252, 189276, 189293, 189309, 189323, 189344, 189360, 189378, 189395, 189411, 189439, 189463, 189477, 189497, 189515, 189534, 189554, 189570, 189584, 189601, 189616, 189632, 189650, 189668, 189686, 189706, 189719, 189733, 189748, 189766, 189784, 189796, 189812, 189831, 189845, 189855, 189871, 189890, 189915, 189942, 189969, 189980, 189995, 190013, 190025, 190042, 190060, 190076, 190093, 190110, 190125, 190141, 190161, 190174, 190195, 190215, 190233, 190249, 190266, 190289, 190302, 190318, 190331, 190347, 190369, 190387, 190411, 190423, 190441, 190461, 190479, 190496, 190513, 190530, 190550, 190566, 190580, 190596, 190608, 190621, 190634, 190644, 190665, 190682, 190704, 190714, 190726, 190738, 190751, 190766, 190770, 190780, 190792, 190815, 190834, 190857, 190881, 190898, 190922, 190939, 190960, 190974, 190988, 191004, 191026, 191041, 191056, 191073, 191083, 191093, 191105, 191125, 191138, 191151, 191166, 191172, 191182, 191201, 191209, 191225, 191245, 191265, 191271, 191279, 191286, 191293, 191310, 191332, 191353, 191369, 191377, 191390, 191403, 191420, 191435, 191449, 191468, 191491, 191505, 191526, 191547, 191564, 191577, 191590, 191601, 191615, 191625, 191649, 191667, 191684, 191703, 191721, 191744, 191762, 191785, 191801, 191821, 191841, 191874, 191889, 191908, 191928, 191947, 191959, 191979, 191993, 192009, 192021, 192042, 192056, 192075, 192094, 192118, 192142, 192163, 192182, 192205, 192227, 192251, 192271, 192296, 192314, 192335, 192351, 192372, 192396, 192418, 192436, 192450, 192475, 192495, 192519, 192536, 192556, 192577, 192590, 192611, 192624, 192641, 192656, 192672, 192686, 192700, 192723, 192744, 192761, 192774, 192798, 192817, 192840, 192856, 192875, 192895, 192907, 192927, 192939, 192947, 192955, 192964, 192978, 193007, 193034, 193057, 193076, 193106, 193131, 193160, 193182, 193207, 193233, 193251, 193277, 193295, 193315, 193339, 193361, 193383, 193401, 193415, 193429, 193444, 193469, 193488, 193506, 193526, 193545, 193569, 193586, 193607, 193628, 193662, 193678, 193698, 193719, 193732, 193753, 193770, 193783, 193794, 193813, 193820, 193830, 193842, 193855, 193865, 193876, 193895, 193911, 193925, 193943, 193960, 193981, 194007, 194032, 194052, 194073, 194096, 194114, 194134, 194159, 194171, 194183, 194196, 194211, 194228, 194243, 194263, 194284, 194300, 194321, 194347, 194372, 194392, 194408, 194429, 194442, 194461, 194485, 194508, 194526, 194537, 194553, 194570, 194582, 194601, 194616, 194623, 194641, 194661, 194673, 194686, 194703, 194719, 194736, 194753, 194772, 194791, 194823, 194837, 194852, 194869, 194891, 194912, 194928, 194948, 194960, 194977, 194991, 195003, 195016, 195032, 195050, 195070, 195082, 195095, 195112, 195128, 195145, 195164, 195183, 195215, 195229, 195244, 195252, 195261, 195281, 195305, 195327, 195349, 195367, 195381, 195395, 195410, 195435, 195454, 195472, 195492, 195511, 195535, 195552, 195573, 195594, 195628, 195644, 195664, 195685, 195698, 195719, 195736, 195749, 195760, 195772, 195781, 195796, 195816, 195835, 195849, 195854, 195865, 195877, 195899, 195920, 195936, 195959, 195974, 195993, 196014, 196031, 196050, 196066, 196090, 196113, 196131, 196154, 196174, 196191, 196208, 196228, 196247, 196263, 196279, 196301, 196319, 196333, 196351, 196363, 196382, 196399, 196419, 196438, 196462, 196483, 196501, 196519, 196540, 196560, 196577, 196594, 196617, 196636, 196649, 196672, 196694, 196711, 196735, 196751, 196771, 196793, 196811, 196831, 196848, 196861, 196876, 196896, 196921, 196943, 196962, 196981, 197003, 197024, 197042, 197060, 197084, 197104, 197125, 197151, 197174, 197194, 197214, 197237, 197259, 197278, 197297, 197322, 197343, 197359, 197382, 197404, 197420, 197432, 197443, 197454, 197464, 197481, 197502, 197520, 197533, 197550, 197567, 197583, 197599, 197611, 197624, 197644, 197664, 197689, 197713, 197734, 197752, 197766, 197783, 197795, 197811, 197827, 197837, 197854, 197875, 197891, 197911, 197931, 197950, 197968, 197989, 198014, 198027, 198044, 198065, 198085, 198097, 198113, 198133, 198149, 198169, 198193, 198211, 198225, 198245, 198261, 198281, 198305, 198333, 198365, 198382, 198403, 198421, 198434, 198457, 198479, 198500, 198525, 198542, 198563, 198579, 198599, 198619, 198643, 198663, 198687, 198715, 198747, 198764, 198785, 198805, 198824, 198846, 198872, 198886, 198904, 198926, 198947, 198960, 198977, 198998, 199015, 199036, 199061, 199080, 199095, 199112, 199133, 199158, 199187, 199220, 199238, 199260, 199274, 199287, 199301, 199314, 199328, 199337, 199353, 199367, 199382, 199396, 199407, 199420, 199437, 199449, 199462, 199484, 199505, 199521, 199544, 199559, 199578, 199599, 199616, 199635, 199651, 199672, 199688, 199708, 199728, 199737, 199747, 199767, 199786, 199808, 199834, 199848, 199866, 199888, 199909, 199922, 199939, 199960, 199977, 199998, 200023, 200042, 200057, 200074, 200095, 200120, 200149, 200182, 200200, 200222, 200236, 200260, 200288, 200306, 200319, 200336, 200347, 200359, 200370, 200392, 200418, 200436, 200458, 200475, 200496, 200517, 200542, 200563, 200588, 200617, 200650, 200668, 200690, 200704, 200716, 200737, 200761, 200784, 200806, 200824, 200841, 200858, 200872, 200892, 200911, 200933, 200959, 200973, 200991, 201013, 201034, 201047, 201064, 201085, 201102, 201123, 201148, 201167, 201182, 201199, 201220, 201245, 201274, 201307, 201325, 201347, 201361, 201377, 201393, 201416, 201438, 201455, 201479, 201495, 201515, 201537, 201555, 201575, 201592, 201606, 201622, 201633, 201639, 201656, 201675, 201686, 201698, 201714, 201729, 201745, 201766, 201782, 201800, 201818, 201849, 201862, 201876, 201884, 201897, 201919, 201943, 201962, 201984, 202004, 202025, 202044, 202057, 202070, 202084, 202100, 202112, 202138, 202166, 202189, 202206, 202223, 202241, 202261, 202283, 202309, 202330, 202348, 202370, 202387, 202400, 202414, 202430, 202444, 202470, 202494, 202514, 202530, 202557, 202579, 202605, 202624, 202646, 202669, 202684, 202707, 202722, 202739, 202758, 202769, 202781, 202797, 202812, 202828, 202846, 202864, 202895, 202908, 202922, 202938, 202947, 202953, 202967, 202985, 202997, 203009, 203021, 203035, 203053],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5575, 5625, 5680, 5903, 5912, 7099, 7110, 7121, 7130, 7917, 8335, 9255, 9274, 9571, 9625, 9699, 10280, 10953]), Anchor::Lits(&[4767, 5400, 5716, 5834, 5964, 5976, 5983, 5991, 6089, 6101, 6138, 6146, 6153, 6173, 6198, 6235, 6242, 6250, 6257, 6277, 6302, 6757, 6859, 7008, 7390, 7397, 7497, 7505, 8316, 8585, 8612, 8625, 8651, 8681, 8688, 8713, 8760, 8883, 8999, 9007, 9025, 9040, 9103, 9110, 9117, 9334, 9352, 9791, 9890, 9970, 10143, 10150, 10156, 10163, 10170, 10177, 10347, 10915, 10922, 10946, 11068]), Anchor::Lits(&[4780, 4833, 6375, 6755, 6871, 7021, 7185, 7741, 8879, 8957, 9098, 9184, 9197, 9199, 9221, 9325, 9709, 9798, 10270])]), Anchor::All(&[Anchor::Lits(&[4767, 5400, 5716, 5834, 5964, 5976, 5983, 5991, 6089, 6101, 6138, 6146, 6153, 6173, 6198, 6235, 6242, 6250, 6257, 6277, 6302, 6757, 6859, 7008, 7390, 7397, 7497, 7505, 8316, 8585, 8612, 8625, 8651, 8681, 8688, 8713, 8760, 8883, 8999, 9007, 9025, 9040, 9103, 9110, 9117, 9334, 9352, 9791, 9890, 9970, 10143, 10150, 10156, 10163, 10170, 10177, 10347, 10915, 10922, 10946, 11068]), Anchor::Lits(&[5575, 5625, 5692, 5722, 5793, 5903, 5922, 6525, 7110, 7121, 7139, 7712, 7834, 7926, 8412, 8942, 9255, 9274, 9541, 9636, 9699, 10119, 10280, 10396, 10437, 10786, 10953]), Anchor::Lits(&[25, 82, 1414, 1567, 1574, 1612, 1690, 1800, 2364, 2395, 2447, 2528, 2542, 2543, 2549, 2597, 2848, 2885, 3189])]), Anchor::All(&[Anchor::Lits(&[24, 640, 1579, 1580, 1622, 2607, 3050, 3729, 3738, 4162, 4193, 4251, 4295, 4299, 4716]), Anchor::Lits(&[5575, 5625, 5680, 5903, 5912, 7099, 7110, 7121, 7130, 7917, 8335, 9255, 9274, 9571, 9625, 9699, 10280, 10953]), Anchor::Lits(&[4767, 5400, 5716, 5834, 5964, 5976, 5983, 5991, 6089, 6101, 6138, 6146, 6153, 6173, 6198, 6235, 6242, 6250, 6257, 6277, 6302, 6757, 6859, 7008, 7390, 7397, 7497, 7505, 8316, 8585, 8612, 8625, 8651, 8681, 8688, 8713, 8760, 8883, 8999, 9007, 9025, 9040, 9103, 9110, 9117, 9334, 9352, 9791, 9890, 9970, 10143, 10150, 10156, 10163, 10170, 10177, 10347, 10915, 10922, 10946, 11068])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[970, 971, 977, 1693, 1694, 1801, 1839, 2114, 2396, 2526, 2532, 2582, 3197, 3201, 3213]), Anchor::All(&[Anchor::Lits(&[5575, 5625, 5903, 5912, 7099, 7110, 7121, 7130, 7917, 9255, 9274, 9636, 9699, 10280, 10953]), Anchor::Lits(&[4767, 5400, 5716, 5834, 5964, 5976, 5983, 5991, 6089, 6101, 6138, 6146, 6153, 6173, 6198, 6235, 6242, 6250, 6257, 6277, 6302, 6757, 6859, 7008, 7390, 7397, 7497, 7505, 8316, 8585, 8612, 8625, 8651, 8681, 8688, 8713, 8760, 8883, 8999, 9007, 9025, 9040, 9103, 9110, 9117, 9334, 9352, 9791, 9890, 9970, 10143, 10150, 10156, 10163, 10170, 10177, 10347, 10915, 10922, 10946, 11068]), Anchor::Lits(&[4845, 5061, 6502, 11846])]), Anchor::All(&[Anchor::Lits(&[5573, 5912, 7108, 7130, 7917, 8334, 9274, 9570, 9625, 9697, 9710]), Anchor::Lits(&[4767, 5400, 5716, 5834, 5964, 5976, 5983, 5991, 6089, 6101, 6138, 6146, 6153, 6173, 6198, 6235, 6242, 6250, 6257, 6277, 6302, 6757, 6859, 7008, 7390, 7397, 7497, 7505, 8316, 8585, 8612, 8625, 8651, 8681, 8688, 8713, 8760, 8883, 8999, 9007, 9025, 9040, 9103, 9110, 9117, 9334, 9352, 9791, 9890, 9970, 10143, 10150, 10156, 10163, 10170, 10177, 10347, 10915, 10922, 10946, 11068]), Anchor::Lits(&[5061, 6352, 6502])]), Anchor::All(&[Anchor::Lits(&[5049, 5050, 5051, 5052, 5053, 5054, 5055, 5056, 5057, 5058, 5059, 8902, 8903, 8904, 8905, 8906, 8907, 8908, 8909, 8910, 8911, 8912, 10035, 10036, 10037, 10038, 10039, 10040, 10041, 10042, 10043, 10044, 10045, 10054, 10055, 10056, 10057, 10058, 10059, 10060, 10061, 10062, 10063, 10064, 10065, 10066, 10067, 10068, 10069, 10070, 10071, 10072, 10073, 10074, 10075, 10473, 10474, 10475, 10476, 10477, 10478, 10479, 10480, 10481, 10482, 10483, 10484, 10485, 10486, 10487, 10488, 10489, 10490, 10491, 10492, 10493, 10494, 10558, 10559, 10560, 10561, 10562, 10563, 10564, 10565, 10566, 10567, 10568, 10569, 10570, 10571, 10572, 10573, 10574, 10575, 10576, 10577, 10578, 10579, 10622, 10623, 10624, 10625, 10626, 10627, 10628, 10629, 10630, 10631, 10632, 10633, 10634, 10635, 10636, 10637, 10638, 10639, 10640, 10641, 10642, 10643, 10647, 10648, 10649, 10650, 10651, 10652, 10653, 10654, 10655, 10656, 10657, 10672, 10673, 10674, 10675, 10676, 10677, 10678, 10683, 10684, 10685, 10686, 10763, 10764, 10765, 10766, 10767, 10768, 10769, 10770, 10771, 10772, 10773, 10774, 10775, 10776, 10777, 10778, 10779, 10780, 10781, 10782, 10783, 10784, 11861, 11862, 11863, 11864, 11865, 11866, 11867, 11868, 11869, 11870, 11871, 11878, 11879, 11880, 11881, 11882, 11883, 11884, 11885, 11886, 11887, 11888, 11902, 11903, 11904, 11905, 11906, 11907, 11908, 11909, 11910, 11911, 11912, 11913, 11914, 11915, 11916, 11917, 11918, 11919, 11920, 11921, 11922, 11923]), Anchor::Lits(&[719, 741, 779, 810, 823, 833, 839, 1024, 1025, 1028, 1440, 1505, 1642, 1644, 1647, 1648, 1652, 1834, 1838, 2037, 2042, 2142, 2143, 2144, 2514, 2547, 2579, 2581, 2592, 2729, 2730, 2769, 2808, 2846, 2856, 3202, 3203, 3665])]), Anchor::All(&[Anchor::Lits(&[4768, 4769, 4771, 4772, 5401, 5402, 5404, 5405, 5717, 5718, 5719, 5720, 5835, 5836, 5837, 5838, 5965, 5966, 5967, 5968, 5977, 5978, 5979, 5980, 5984, 5985, 5986, 5987, 5992, 6003, 6025, 6027, 6090, 6091, 6093, 6094, 6102, 6103, 6104, 6105, 6139, 6140, 6141, 6142, 6147, 6148, 6149, 6150, 6154, 6155, 6156, 6157, 6174, 6175, 6176, 6177, 6199, 6200, 6201, 6202, 6236, 6237, 6238, 6239, 6243, 6244, 6245, 6246, 6251, 6252, 6253, 6254, 6258, 6259, 6260, 6261, 6278, 6279, 6280, 6281, 6303, 6304, 6305, 6306, 6758, 6759, 6760, 6761, 6762, 6773, 6795, 6797, 6860, 6861, 6863, 6864, 7009, 7010, 7011, 7012, 7391, 7392, 7393, 7394, 7398, 7409, 7431, 7433, 7498, 7499, 7500, 7501, 7506, 7507, 7509, 7510, 8317, 8318, 8319, 8320, 8586, 8587, 8588, 8589, 8613, 8614, 8615, 8616, 8626, 8627, 8628, 8629, 8652, 8653, 8654, 8655, 8682, 8683, 8684, 8685, 8689, 8690, 8691, 8692, 8714, 8715, 8716, 8717, 8761, 8762, 8763, 8764, 8884, 8885, 8886, 8887, 9000, 9001, 9002, 9003, 9008, 9009, 9011, 9012, 9026, 9027, 9029, 9030, 9041, 9042, 9043, 9044, 9104, 9105, 9106, 9107, 9111, 9112, 9113, 9114, 9118, 9119, 9120, 9121, 9335, 9336, 9337, 9338, 9353, 9354, 9355, 9356, 9792, 9793, 9794, 9795, 9891, 9892, 9893, 9894, 9971, 9972, 9981, 9983, 10144, 10145, 10146, 10147, 10151, 10152, 10153, 10154, 10157, 10158, 10159, 10160, 10164, 10165, 10166, 10167, 10171, 10172, 10173, 10174, 10178, 10179, 10180, 10181, 10348, 10349, 10350, 10351, 10916, 10917, 10918, 10919, 10923, 10924, 10925, 10926, 10947, 10948, 10949, 10950, 11069, 11072, 11073, 11074]), Anchor::Lits(&[2381, 3273, 3304, 4139, 4158, 4162, 4177, 4223, 4239, 4295, 4716])]), Anchor::All(&[Anchor::Lits(&[1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551, 1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1940, 3236, 3621, 3628]), Anchor::Lits(&[5575, 5625, 5903, 5912, 7099, 7110, 7121, 7130, 7917, 9255, 9274, 9636, 9699, 10280, 10953])])])),
            (2, "override-named-policy", Anchor::Any(&[Anchor::Lits(&[1649, 1650, 1653, 1654, 1835, 1836, 1846, 1847, 2515, 2516, 2519, 2520, 2767, 2768, 2770, 2771, 2805, 2806, 2810, 2811, 4374, 4406, 4407, 4408, 4409, 4410, 4439, 4440, 4441, 4442, 4443, 4444, 4455, 4456, 4457, 4458, 4459, 4512, 4515, 4546, 4547, 4548, 4549, 4550, 4556, 4560, 4564, 4567, 4569, 4571, 4584, 4585, 4586, 4587, 4588, 4590, 4591, 4592, 4593, 4594, 4636, 4637, 4638, 4639, 4640]), Anchor::All(&[Anchor::Lits(&[832, 1651, 2041, 2513, 2517, 2595, 2766, 2807]), Anchor::Lits(&[40, 66, 780, 782, 836, 871, 872, 936, 968, 1633, 2387, 2564, 2662, 2847, 2893, 3049, 3188, 3741]), Anchor::Lits(&[4766, 5399, 5715, 5833, 5963, 5975, 5982, 5990, 6100, 6137, 6145, 6152, 6172, 6197, 6234, 6241, 6249, 6256, 6276, 6301, 6756, 7007, 7389, 7396, 7504, 8315, 8584, 8611, 8624, 8650, 8680, 8687, 8712, 8759, 8882, 8998, 9006, 9024, 9039, 9102, 9109, 9116, 9333, 9351, 9790, 9889, 9969, 10142, 10149, 10155, 10162, 10169, 10176, 10346, 10914, 10921, 10945, 11067])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[24, 626, 1413, 1793, 1795, 2545, 2558, 3050, 3729, 3738, 4119, 4121, 4122, 4133, 4135, 4137, 4138, 4163, 4164, 4165, 4166, 4167, 4168, 4169, 4170, 4171, 4172, 4173, 4174, 4175, 4176, 4189, 4193, 4194, 4200, 4201, 4202, 4204, 4206, 4216, 4217, 4286, 4287, 4288, 4289, 4290, 4291, 4292, 4294, 4295, 4296, 4297, 4298, 4299, 4300, 4311, 4312, 4313, 4314, 4315, 4316, 4317, 4712, 4716, 4717, 4723, 4724, 4725, 4727, 4728]), Anchor::Lits(&[21, 726, 849, 955, 1050, 1052, 1054, 1056, 1060, 1062, 1078, 1089, 1097, 1108, 1129, 1345, 1349, 1360, 1368, 1379, 1400, 1569, 1573, 1609, 1763, 1768, 1775, 1781, 1987, 2161, 2188, 2199, 2225, 2245, 2251, 2276, 2308, 2375, 2412, 2415, 2418, 2420, 2456, 2458, 2460, 2619, 2645, 2880, 2954, 3018, 3079, 3082, 3090, 3094, 3099, 3102, 3223, 3634, 3636, 3663, 3719]), Anchor::Lits(&[4844, 5065, 6525, 11274])])),
            (4, "override-the-above", Anchor::All(&[Anchor::Lits(&[25, 641, 2529, 2544]), Anchor::Lits(&[20, 725, 848, 954, 1049, 1051, 1053, 1055, 1061, 1077, 1088, 1096, 1107, 1128, 1344, 1348, 1359, 1367, 1378, 1399, 1568, 1608, 1762, 1767, 1780, 1986, 2160, 2187, 2198, 2224, 2244, 2250, 2275, 2307, 2374, 2411, 2414, 2417, 2419, 2455, 2457, 2459, 2618, 2644, 2879, 2953, 3017, 3078, 3081, 3089, 3093, 3098, 3101, 3222, 3633, 3635, 3662, 3718])])),
            (5, "override-bare-instructions", Anchor::Lits(&[726, 1056, 1569, 1768, 2199, 2225, 2415, 2456, 3094, 3102])),
            (6, "override-misspelled", Anchor::Lits(&[7362, 7363, 7364, 7365, 7366, 7367, 7368, 7369, 7370, 7371, 7372, 7373, 7374, 7375, 7376, 7377, 7378, 7379, 7380, 7381, 7382, 7383, 7384, 7385, 7386, 7387, 7388, 7397, 7517, 7518, 7519, 7520, 7521, 7522, 7523, 7524, 7525, 7526, 7527, 7528, 7529, 7530, 7531, 7532, 7533, 7534, 7535, 7536, 7537, 7538, 7539, 7540, 7541, 7542, 7543, 7544, 7545, 7546, 7547, 7548, 7549, 7550, 7551, 7552, 7715, 7716, 7717, 7718, 7719, 7720, 7721, 7722, 7723, 7724, 7725, 7726, 7727, 7728, 7729, 7730, 7802, 7803, 7804, 7805, 7806, 7807, 7808, 7809, 7810, 7811, 7812, 7813, 7814, 7815, 7816, 7817, 7818, 7819, 7820, 7821, 7822, 7823, 7824, 7825, 7826, 7827, 7828, 7829, 7830, 7831, 7832, 7833, 7844, 7845, 7846, 7847, 7848, 7849, 7850, 7851, 7852, 7853, 7854, 7855, 7856, 7857, 7858, 7859, 8050, 8051, 8052, 8053, 8054, 8055, 8056, 8057, 8058, 8059, 8060, 8061, 8062, 8063, 8064, 8065, 8066, 8067, 8068, 8069, 8070, 8071, 8072, 8073, 8074, 8075, 8076, 8077, 8078, 8079, 8080, 8081, 8082, 8083, 8084, 8085, 8086, 8087, 8088, 8089, 8090, 8091, 8092, 8093, 8094, 8095, 8096, 8097, 8098, 8099, 8100, 8101, 8102, 8103, 8104, 8105, 8106, 8107, 8108, 8109, 8110, 8111, 8112, 8113, 8114, 8115, 8116, 8117, 8118, 8119, 8120, 8121, 8122, 8123, 8124, 8125, 8126, 8127, 8128, 8129, 8130, 8131, 8132, 8133, 8134, 8135, 8136, 8137, 8138, 8139, 8140, 8141, 8142, 8143, 8144, 8145, 8146, 8147, 8148, 8149, 8150, 8151, 8152, 8153, 8154, 8155, 8156, 8157, 8158, 8159, 8160, 8161, 8162, 8163, 8164, 8165, 8166, 8167, 8168, 8169, 8170, 8171, 8172, 8173, 8174, 8175, 8176, 8177, 9361, 9362, 9363, 9364, 9365, 9366, 9367, 9368, 9369, 9370, 9371, 9372, 9373, 9374, 9375, 9376, 9377, 9378, 9379, 9380, 9381, 9382, 9383, 9384, 9385, 9386, 9387, 9388, 9389, 9390, 9397, 9398, 9399, 9413, 9414, 9415, 9424, 9425, 9426, 9427, 9428, 9429, 9430, 9431, 9432, 9588, 9589, 9590, 9591, 9593, 9595, 9607, 9608, 9609, 9668, 9669, 9670, 9671, 9672, 9673, 9674, 9675, 9676, 9677, 9678, 9679, 9680, 9681, 9682, 9683, 9684, 9685, 9686, 9687, 9688, 9689, 9690, 9691, 9692, 9693, 9694])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[759, 778, 842, 853, 1023, 1625, 1760, 1814, 2117, 2347, 2391, 2464, 2580, 3240]), Anchor::Lits(&[4767, 5400, 5716, 5834, 5964, 5976, 5983, 5991, 6089, 6101, 6138, 6146, 6153, 6173, 6198, 6235, 6242, 6250, 6257, 6277, 6302, 6757, 6859, 7008, 7390, 7397, 7497, 7505, 8316, 8585, 8612, 8625, 8651, 8681, 8688, 8713, 8760, 8883, 8999, 9007, 9025, 9040, 9103, 9110, 9117, 9334, 9352, 9791, 9890, 9970, 10143, 10150, 10156, 10163, 10170, 10177, 10347, 10915, 10922, 10946, 11068]), Anchor::Lits(&[4779, 4832, 6374, 6754, 6870, 7020, 7184, 7740, 8878, 8956, 9097, 9183, 9196, 9220, 9324, 9708, 9797, 10269])]), Anchor::All(&[Anchor::Lits(&[4776, 4778, 4922, 5412, 5721, 5839, 5969, 5981, 5988, 6087, 6098, 6106, 6151, 6158, 6178, 6240, 6255, 6262, 6282, 6857, 6868, 7013, 7395, 7494, 7503, 7514, 8590, 8617, 8630, 8656, 8686, 8693, 8718, 8765, 8854, 8888, 9004, 9019, 9037, 9045, 9108, 9115, 9122, 9339, 9357, 9796, 9895, 10031, 10148, 10161, 10168, 10175, 10182, 10920, 10927, 10951, 11076]), Anchor::Lits(&[5215, 5714, 7043, 7359, 8200, 8444, 8843, 9148, 9332, 9618, 10393])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[3274, 3275, 3276, 3277, 3278, 3288, 3289, 3290, 3291, 3301, 3302, 3305, 3306, 3361, 3362, 3363, 3364, 3372, 3373, 3377, 3378, 3379, 3380, 3382, 3383, 3384, 3385, 3864, 3865, 3866, 3867, 3868, 3878, 3879, 3880, 3881, 3891, 3892, 3894, 3895, 3924, 3925, 3926, 3927, 3932, 3933, 3934, 3935, 3936, 3937, 3939, 3940, 3941, 3942])),
            (9, "override-everything-then-order", Anchor::Lits(&[1057, 1058, 1059, 1570, 1571, 1572, 1769, 1770, 1771, 2200, 2201, 2202, 2226, 2227, 2228, 2881, 2882, 2883])),
            (10, "hijack-the-content", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5992, 6003, 6015, 6016, 6018, 6020, 6021, 6022, 6023, 6024, 6026, 6038, 6039, 6040, 6042, 6044, 6045, 6046, 6047, 6048, 6049, 6052, 6055, 6057, 6058, 6059, 6060, 6061, 6062, 6063, 6065, 6066, 6067, 6068, 6070, 6071, 6072, 6074, 6075, 6076, 6078, 6079, 6080, 6081, 6082, 6083, 6084, 6085, 6762, 6773, 6785, 6786, 6788, 6790, 6791, 6792, 6793, 6794, 6796, 6808, 6809, 6810, 6812, 6814, 6815, 6816, 6817, 6818, 6819, 6822, 6825, 6827, 6828, 6829, 6830, 6831, 6832, 6833, 6835, 6836, 6837, 6838, 6840, 6841, 6842, 6844, 6845, 6846, 6848, 6849, 6850, 6851, 6852, 6853, 6854, 6855, 7398, 7409, 7421, 7422, 7424, 7426, 7427, 7428, 7429, 7430, 7432, 7444, 7445, 7446, 7448, 7450, 7451, 7452, 7453, 7454, 7455, 7458, 7461, 7463, 7464, 7465, 7466, 7467, 7468, 7469, 7471, 7472, 7473, 7474, 7476, 7477, 7478, 7480, 7481, 7482, 7485, 7486, 7487, 7488, 7489, 7490, 7491, 7492, 9971, 9972, 9973, 9974, 9975, 9976, 9977, 9978, 9979, 9980, 9982, 9984, 9985, 9986, 9987, 9988, 9989, 9990, 9991, 9992, 9993, 9994, 9995, 9996, 10001, 10002, 10003, 10004, 10005, 10006, 10013, 10014, 10015, 10016, 10017, 10018, 10019, 10020, 10021, 10022, 10023, 10024, 10025, 10026, 10027, 10028, 10029, 10030]), Anchor::Lits(&[5046, 5518, 5812, 6671, 6672, 6673, 8992, 8993, 8994, 9217, 9218, 9219, 9486, 9487, 9488, 9563, 9564, 9773, 10112, 10431, 10432, 11586])]), Anchor::All(&[Anchor::Lits(&[5993, 5994, 5995, 5996, 5997, 5998, 5999, 6000, 6001, 6002, 6004, 6005, 6006, 6007, 6008, 6009, 6010, 6011, 6012, 6014, 6017, 6019, 6028, 6029, 6030, 6031, 6032, 6033, 6034, 6035, 6036, 6037, 6041, 6043, 6050, 6051, 6053, 6054, 6056, 6069, 6763, 6764, 6765, 6766, 6767, 6768, 6769, 6770, 6771, 6772, 6774, 6775, 6776, 6777, 6778, 6779, 6780, 6781, 6782, 6784, 6787, 6789, 6798, 6799, 6800, 6801, 6802, 6803, 6804, 6805, 6806, 6807, 6811, 6813, 6820, 6821, 6823, 6824, 6826, 6839, 7399, 7400, 7401, 7402, 7403, 7404, 7405, 7406, 7407, 7408, 7410, 7411, 7412, 7413, 7414, 7415, 7416, 7417, 7418, 7420, 7423, 7425, 7434, 7435, 7436, 7437, 7438, 7439, 7440, 7441, 7442, 7443, 7447, 7449, 7456, 7457, 7459, 7460, 7462, 7475]), Anchor::Lits(&[206, 723, 1454, 2398])])])),
            (11, "instructions-void", Anchor::All(&[Anchor::Lits(&[5576, 5626, 5681, 5904, 5913, 5923, 7100, 7111, 7122, 7131, 7140, 7918, 7927, 8336, 9256, 9275, 9304, 9572, 9626, 9637, 9700, 10281, 10289, 10954]), Anchor::Lits(&[13, 15, 80, 731, 732, 956, 960, 1046, 1431, 1434, 1486, 1488, 1489, 1632, 1772, 1856, 1860, 1961, 1991, 2253, 2262, 2293, 2294, 2295, 2296, 2298, 2305, 2306, 2351, 2359, 2389, 2409, 2410, 2413, 2685, 2699, 2700, 2703, 2704, 2774, 2776, 3136, 3143, 3162, 3767, 4031, 4065, 4108, 6136, 6166, 6225, 6226, 6227, 6228, 6233, 6270, 8676, 8677, 8678, 8679, 8697, 8698, 8699, 8700]), Anchor::Lits(&[25, 82, 130, 203, 1414, 1567, 1574, 1612, 1690, 1800, 2364, 2395, 2447, 2528, 2542, 2543, 2549, 2597, 2848, 2885, 3189, 3388, 3609, 3632, 4318])])),
            (12, "instructions-superseded", Anchor::All(&[Anchor::Lits(&[777, 779, 1025, 1028, 1834, 1838, 2111, 2112, 2390, 2392, 2581, 2808]), Anchor::Lits(&[25, 82, 130, 203, 1414, 1450, 1567, 1574, 1612, 1690, 1800, 2364, 2395, 2397, 2447, 2528, 2542, 2543, 2549, 2597, 2848, 2885, 3189, 4318]), Anchor::Lits(&[61, 1525, 1963, 2147, 2229, 2682, 3608, 3610, 3671, 3739])])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::Lits(&[11606, 11608, 11610, 11612, 11616, 11619, 11623, 11624, 11629, 11630, 11632, 11633, 11636, 11654, 11655, 11656, 11657, 11658, 11659, 11660, 11661, 11662, 11663, 11664, 11665, 11666, 11672, 11673, 11674, 11675, 11676, 11677, 11678, 11679, 11680, 11681, 11682, 11683, 11684, 11689, 11690, 11691, 11692, 11693, 11694, 11695, 11696, 11697, 11698, 11699, 11700, 11701, 11703, 11704, 11706, 11708, 11710, 11713, 11715, 11716, 11721, 11722, 11723, 11724, 11726, 11815, 11816, 11818, 11820, 11822, 11825, 11827, 11828, 11833, 11834, 11835, 11836, 11838, 12196, 12197, 12198, 12199, 12200, 12201, 12202, 12203, 12204, 12205, 12206, 12207, 12208]), Anchor::All(&[Anchor::Lits(&[22, 23, 64, 65, 783, 784, 1520, 1526, 1724, 1725, 2047, 2048, 2336, 2340, 2705, 2706, 3076, 3077]), Anchor::Lits(&[5575, 5625, 5680, 5785, 5876, 5903, 5912, 7099, 7110, 7121, 7130, 7917, 8335, 8381, 8928, 9050, 9255, 9274, 9571, 9625, 9699, 10280, 10952, 10953]), Anchor::Lits(&[5492, 6132, 6229, 8605, 8674, 8710, 9350, 10140, 11621, 11637, 11731, 11733, 11796, 11797, 12158])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[4846, 4847, 4848, 4853, 4854, 4856, 4857, 4858, 4920, 4921, 5030, 5031, 5032, 5033, 5034, 5035, 5036, 5037, 5038, 5039, 5040, 5041, 5042, 5043, 5044, 5045, 5066, 5067, 5068, 5073, 5074, 5076, 5077, 5078, 5098, 5099, 5584, 5585, 5586, 5588, 5589, 5590, 5591, 5592, 5593, 5594, 5595, 5596, 5597, 5598, 5599, 5600, 5601, 5602, 5603, 5604, 5605, 5606, 5607, 5608, 5609, 5611, 5614, 5617, 5620, 5622, 5666, 5669, 5670, 5671, 5672, 5673, 5674, 5676, 5677, 5678, 5693, 5694, 5695, 5701, 5702, 5703, 5704, 5711, 5712, 5713, 6526, 6527, 6528, 6533, 6534, 6536, 6537, 6538, 6558, 6559, 6564, 6565, 6566, 6567, 6568, 6569, 6704, 6705, 6706, 6707, 6708, 6709, 6710, 6711, 6712, 6714, 6717, 6720, 6728, 6729, 6730, 6731, 7928, 7931, 7932, 7936, 7937, 7941, 7942, 7945, 7951, 7953, 8203, 8224, 8230, 8240, 8247, 8248, 8358, 8359, 8360, 8361, 8362, 8363, 8364, 8365, 8366, 8367, 8368, 8369, 8370, 8371, 8372, 8373, 8414, 8415, 8416, 8417, 8418, 8420, 8421, 8423, 8427, 8429, 8766, 8773, 8774, 8793, 8794, 8795, 8796, 8797, 8798, 8799, 8800, 8801, 8803, 8804, 8805, 8806, 8807, 8808, 8809, 8810, 8811, 8814, 8816, 8819, 8822, 8825, 8826, 8827, 8828, 8831, 8838, 8844, 8845, 8846, 8847, 8848, 8849, 8850, 8851, 8852, 8853, 8894, 8895, 8896, 8897, 8898, 8899, 9276, 9278, 9279, 9282, 9283, 9289, 9290, 9294, 9300, 9302, 9305, 9307, 9308, 9311, 9312, 9315, 9316, 9317, 9320, 9321, 9436, 9439, 9440, 9441, 9442, 9443, 9444, 9446, 9447, 9448, 9490, 9491, 9492, 9493, 9494, 9495, 9496, 9497, 9498, 9499, 9501, 9502, 9503, 9504, 9505, 9506, 9638, 9640, 9641, 9644, 9645, 9648, 9649, 9650, 9654, 9655, 9847, 9848, 9849, 9850, 9851, 9852, 9853, 9854, 9855, 9856, 10048, 10049, 10050, 10051, 10052, 10053, 10314, 10315, 10316, 10317, 10318, 10319, 10320, 10321, 10322, 10323, 10324, 10325, 10326, 10327, 10328, 10329, 10330, 10331, 10332, 10333, 10334, 10335, 10336, 10337, 10338, 10339, 10340, 10341, 10342, 10343, 10344, 10345, 10352, 10353, 10354, 10355, 10356, 10357, 10358, 10359, 10360, 10361, 10362, 10363, 10364, 10365, 10366, 10367, 10439, 10440, 10441, 10442, 10443, 10444, 10445, 10446, 10447, 10448, 10449, 10450, 10451, 10459, 10460, 10463, 10464, 10469, 10470, 10471, 10472, 10556, 10557, 10580, 10581, 10584, 10585, 10671, 10708, 10709, 10787, 10848, 10849, 10850, 10851, 10852, 10853, 10908, 10912, 10913, 10969, 10972, 10973, 10974, 10975, 10976, 10977, 10979, 10980, 10981, 11191, 11192, 11193, 11194, 11195, 11196, 11197, 11198, 11199, 11200, 11568, 11569, 11570, 11571, 11572, 11573, 11574, 11575, 11576, 11577, 11578, 11579, 11580, 11581, 11582, 11583]), Anchor::All(&[Anchor::Lits(&[5667, 5668, 5675, 5679, 5767, 5768, 5769, 5770, 5819, 5820, 5821, 5822, 9437, 9438, 9445, 9449, 10970, 10971, 10978, 10982]), Anchor::Lits(&[5576, 5626, 5681, 5904, 5913, 5923, 7100, 7111, 7122, 7131, 7140, 7918, 7927, 8336, 9256, 9275, 9304, 9572, 9626, 9637, 9700, 10281, 10289, 10954])]), Anchor::All(&[Anchor::Lits(&[4783, 4786, 4787, 4788, 4790, 4791, 4793, 5879, 5882, 5884, 5888, 5890, 5893, 5896, 6378, 6381, 6382, 6383, 6385, 6386, 6388, 6654, 6657, 6658, 6659, 6661, 6662, 6664, 7193, 7202, 7204, 7207, 7210, 7215, 7221, 8962, 8967, 8969, 8972, 8975, 8978, 8982, 9202, 9205, 9206, 9207, 9209, 9210, 9212, 9224, 9227, 9228, 9229, 9231, 9232, 9234, 10273, 10277, 10280, 10297, 10299, 10302, 10305]), Anchor::Lits(&[0, 1, 4, 5, 8, 10, 14, 17, 694, 943, 1487, 1855, 1990, 2300, 2350, 2408, 3766])]), Anchor::All(&[Anchor::Lits(&[287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009]), Anchor::Lits(&[5575, 5625, 5680, 5903, 5912, 7099, 7110, 7121, 7130, 7917, 8335, 9255, 9274, 9571, 9625, 9699, 10280, 10953])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[610, 773, 1739, 1740, 1741, 1742, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 2461, 4116, 4154, 4155, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4188, 4190, 4191, 4192, 4195, 4198, 4199, 4203, 4205, 4207, 4209, 4220, 4221, 4222, 4224, 4263, 4264, 4270, 4271, 4272, 4273, 4274, 4275, 4276, 4277, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4301, 4310, 4690, 4702, 4703, 4704, 4705, 4706, 4707, 4708, 4709, 4711, 4713, 4714, 4715, 4718, 4721, 4722, 4726]), Anchor::Lits(&[5113, 5135, 5223, 5224, 5226, 5227, 5229, 5231, 5327, 5494, 5501, 5576, 5626, 5651, 5660, 5663, 5681, 5697, 5698, 5708, 5759, 5760, 5766, 5904, 5913, 5923, 6413, 6487, 6643, 7097, 7100, 7109, 7111, 7120, 7122, 7131, 7140, 7243, 7787, 7790, 7792, 7794, 7796, 7799, 7801, 7918, 7927, 8336, 8349, 8449, 8452, 8459, 8462, 9161, 9215, 9256, 9275, 9304, 9393, 9423, 9434, 9435, 9566, 9568, 9572, 9597, 9637, 9698, 9711, 9717, 9719, 9725, 9727, 9729, 9733, 9735, 9737, 9745, 9747, 9748, 9766, 9768, 9770, 9826, 9831, 9833, 9835, 9837, 9839, 10281, 10289, 10583, 10954, 10984]), Anchor::Lits(&[5328, 5400, 5504, 5939, 5991, 6488, 6757, 7397, 9007, 9970, 11201])])),
            (16, "deceive-the-user", Anchor::Any(&[Anchor::Lits(&[1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734, 1735, 1736, 3743, 3744, 3745, 3746, 3747, 3748, 3749, 3750, 3751, 3752, 7227, 7228, 7229, 7230, 11495, 11541, 11544, 11547]), Anchor::All(&[Anchor::Lits(&[5407, 5409, 5411, 5412, 6072, 6076, 6086, 6087, 6842, 6846, 6856, 6857, 7478, 7482, 7493, 7494]), Anchor::Lits(&[7231, 8928, 9513, 11111])]), Anchor::All(&[Anchor::Lits(&[6134, 6135, 6162, 6163, 6164, 6165, 6167, 6168, 6170, 6171, 6193, 6194, 6195, 6196, 6231, 6232, 6266, 6267, 6268, 6269, 6271, 6272, 6274, 6275, 6297, 6298, 6299, 6300, 8607, 8608, 8618, 8619, 8620, 8621, 8622, 8623, 8631, 8632, 8646, 8647, 8648, 8649, 11454, 11455, 11497, 11498, 11500, 11501, 11505, 11506, 11511, 11512, 11529, 11530, 11531, 11532]), Anchor::Lits(&[7232, 7233, 7244, 7245, 7246, 7247, 7248, 7249, 7250, 7258, 7259, 7260, 9514, 9515, 9522, 9523, 9524, 9525, 9526, 9527, 9528, 9536, 9537, 9538, 11112, 11113, 11121, 11122, 11123, 11124, 11125, 11126, 11127, 11136, 11137, 11138, 11141, 11142, 11150, 11151, 11152, 11153, 11154, 11155, 11156, 11165, 11166, 11167])])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[1943, 1944, 1945, 1946, 1947, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 2425, 2426, 2427, 2428, 2429, 2430, 2431, 2432, 2433, 2434, 2435, 2436, 2437, 2438, 2439, 2474, 2475, 2476, 2477, 2478, 2479, 2480, 2481, 2482, 2483, 2484, 2485, 2486, 2487, 2488, 2613, 2614, 2615, 2616, 2617, 2628, 2629, 2630, 2631, 2632, 2633, 2634, 2635, 2637, 2641, 2948, 2949, 2950, 2951, 2952, 2961, 2962, 2963, 2964, 2965, 2966, 2967, 2968, 2970, 2973, 2975, 2976, 2977, 2978, 2979, 2980, 2981, 2982, 2983, 2984, 2985, 2986, 2987, 2988, 2989, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3179, 3182, 3183, 3184, 3674, 3675, 3676, 3677, 3678, 3680, 3681, 3682, 3683, 3684, 3685, 3691, 3694, 3695, 3696]), Anchor::Lits(&[4842, 5115, 5117, 5119, 5120, 5123, 5127, 5128, 5130, 5132, 5133, 5135, 5223, 5224, 5226, 5227, 5229, 5231, 5327, 5494, 5576, 5626, 5653, 5658, 5660, 5663, 5681, 5698, 5759, 5760, 5766, 5904, 5913, 5923, 6413, 6487, 6641, 6643, 7097, 7098, 7100, 7109, 7111, 7120, 7122, 7131, 7140, 7235, 7243, 7787, 7788, 7790, 7792, 7794, 7799, 7801, 7918, 7927, 8336, 8349, 8449, 8462, 9161, 9163, 9215, 9256, 9275, 9304, 9323, 9393, 9423, 9434, 9435, 9572, 9600, 9603, 9637, 9698, 9709, 9766, 9768, 9770, 9826, 9827, 9831, 9833, 9835, 9837, 9839, 9843, 10281, 10289, 10583, 10954, 10984]), Anchor::Lits(&[5199, 5269, 5318, 8855, 8889, 8890, 8892, 10928])])),
            (18, "reset-own-instructions", Anchor::Any(&[Anchor::Lits(&[11400, 11402, 11404, 11408, 11413, 11415, 11416, 11418, 11419, 11420, 11421, 11422, 11423, 11424, 11425, 11426, 11427, 11428, 11429, 11430, 11431, 11440, 11441, 11442, 11444, 11447, 11449, 11450]), Anchor::All(&[Anchor::Lits(&[5555, 5556, 5557, 5558, 5567, 5568, 5569, 5570, 5855, 5856, 5859, 5861, 6309, 6310, 6312, 6321, 6414, 6415, 6416, 6417, 6418, 6419, 6420, 6421, 6667, 6668, 6669, 6670, 9046, 9047, 9048, 9049, 9328, 9329, 9330, 9331, 9469, 9470, 9471, 9472, 9476, 9477, 9478, 9479, 9480, 9481, 9482, 9483, 9553, 9554, 9555, 9556, 9557, 9558, 9559, 9560, 9610, 9611, 9612, 9613, 11070, 11071, 11075, 11076, 11361, 11362, 11363, 11364, 11365, 11366, 11367, 11368]), Anchor::Lits(&[5575, 5625, 5714, 5903, 5912, 7099, 7110, 7121, 7130, 7359, 7917, 8392, 8393, 9148, 9255, 9274, 9571, 9636, 9699, 10280, 10953])])])),
            (19, "apply-to-own-instructions", Anchor::All(&[Anchor::Lits(&[84, 85, 86, 87, 2378, 2379, 2380, 2382, 3638, 3639, 3649, 3654, 4036, 4037, 4050, 4064]), Anchor::Lits(&[5576, 5626, 5904, 5913, 5923, 7100, 7111, 7122, 7131, 7140, 7918, 7927, 9256, 9275, 9304, 9637, 9700, 10281, 10289, 10954])])),
            (20, "override-what-makers-said", Anchor::All(&[Anchor::Lits(&[3391, 3392, 3393, 3394, 3458, 3459, 3470, 3471, 3501, 3502, 3533, 3534, 3536, 3537, 3543, 3544, 3559, 3560, 3562, 3563, 4337, 4338, 4339, 4340, 4381, 4382, 4415, 4416, 4510, 4511, 4553, 4554, 4579, 4580, 4597, 4598, 4646, 4647, 4649, 4650]), Anchor::Lits(&[5649, 6952, 7021, 7907, 9254, 9751, 9888, 10399, 10931, 11587, 11591])])),
            (21, "you-have-been-changed", Anchor::Lits(&[1026, 1029, 1841, 2393, 2518, 2809, 5279, 5280, 5281, 5282, 5283, 5284, 5285, 5286, 5287, 5288, 5289, 5290, 6715, 6716, 6718, 6719, 8204, 8223, 8225, 8226, 8228, 8229, 8241, 8243, 8244, 8245, 8246, 8249, 8746, 8747, 8748, 8749, 8751, 8752, 8753, 8754, 8755, 8756, 8757, 8758, 8805, 8810, 8812, 8813, 8856, 8857, 8858, 8859, 8860, 8861, 8862, 8863, 8864, 8865, 8866, 8867, 10210, 10211, 10212, 10213, 10214, 10215, 10216, 10217, 10218, 10219, 10220, 10221, 11605, 11609, 11611, 11614, 11617, 11618, 11622, 11625, 11626, 11627, 11628, 11635, 11702, 11705, 11707, 11709, 11711, 11712, 11714, 11717, 11718, 11719, 11720, 11725, 11776, 11777, 11778, 11779, 11780, 11781, 11783, 11784, 11785, 11786, 11787, 11788, 11800, 11801, 11802, 11803, 11804, 11805, 11806, 11807, 11808, 11809, 11810, 11811, 11814, 11817, 11819, 11821, 11823, 11824, 11826, 11829, 11830, 11831, 11832, 11837, 11932, 11933, 11935, 11937, 11950, 11952, 11956, 11958, 11961, 11962, 11964, 11965, 11968, 11969, 11971, 11972, 11977, 11978, 11979, 11980, 11981, 11982, 11987, 11988, 11989, 11990, 11991, 11992, 11993, 11994, 11995, 11996, 11997, 11998, 11999, 12000, 12003, 12004, 12006, 12007, 12010, 12011, 12013, 12014, 12018, 12019, 12020, 12021, 12022, 12023, 12050, 12052, 12057, 12058, 12060, 12061, 12064, 12065, 12067, 12068, 12072, 12073, 12074, 12075, 12076, 12077, 12079, 12080, 12082, 12083, 12087, 12088, 12089, 12090, 12091, 12092, 12093, 12094, 12095, 12096, 12097, 12098, 12099, 12100, 12113, 12114, 12116, 12117, 12120, 12121, 12123, 12124, 12128, 12129, 12130, 12131, 12132, 12133, 12151, 12152, 12153, 12154, 12155, 12156, 12159, 12160, 12161, 12162, 12163, 12164, 12209, 12210, 12211, 12212, 12213, 12214, 12215, 12216, 12217, 12218, 12219, 12220])),
            (22, "reveal-own-instructions", Anchor::Lits(&[11847, 11848, 11872, 11873, 11874, 11875, 11876, 11877, 11889, 11900, 11924, 11927, 11928, 11929, 11930, 11931, 11938, 11939, 11940, 11941, 11942, 11943, 11946, 11947, 11948, 11954, 12025, 12026, 12027, 12028, 12030, 12031, 12032, 12033, 12034, 12035, 12036, 12037, 12038, 12053, 12054, 12081, 12084, 12085, 12086, 12101, 12102, 12110, 12135, 12136, 12147, 12148, 12149])),
            (23, "reveal-system-prompt", Anchor::Lits(&[4812, 4813, 4814, 4815, 4816, 4817, 4818, 4819, 4820, 4821, 4822, 4823, 4824, 5634, 5635, 5636, 5637, 5638, 5639, 5640, 5641, 5642, 5643, 5644, 5645, 5646, 5877, 5878, 5880, 5881, 5883, 5885, 5886, 5889, 5891, 5892, 5894, 5895, 5897, 7188, 7192, 7194, 7197, 7203, 7205, 7206, 7209, 7211, 7212, 7216, 7217, 7222, 7742, 7745, 7746, 7747, 7751, 7752, 7753, 7755, 7757, 7758, 7759, 7760, 7763, 7965, 7966, 7967, 7968, 7969, 7970, 7971, 7972, 7973, 7974, 7975, 7976, 7977, 8431, 8432, 8433, 8434, 8435, 8436, 8437, 8438, 8439, 8440, 8441, 8442, 8443, 8913, 8914, 8915, 8916, 8917, 8918, 8919, 8920, 8921, 8922, 8923, 8924, 8925, 8958, 8961, 8963, 8964, 8968, 8970, 8971, 8974, 8976, 8977, 8979, 8980, 8983, 9168, 9169, 9170, 9171, 9172, 9173, 9174, 9175, 9176, 9177, 9178, 9179, 9180, 9237, 9238, 9239, 9240, 9241, 9243, 9244, 9245, 9246, 9247, 9248, 9249, 9250, 9400, 9401, 9402, 9403, 9404, 9405, 9406, 9407, 9408, 9409, 9410, 9411, 9412, 9801, 9803, 9804, 9807, 9808, 9809, 9810, 9811, 9812, 9813, 9816, 9817, 9820, 10099, 10100, 10101, 10102, 10103, 10104, 10105, 10106, 10107, 10108, 10109, 10110, 10111, 10271, 10272, 10274, 10276, 10278, 10281, 10289, 10298, 10300, 10301, 10303, 10304, 10306, 11030, 11031, 11032, 11033, 11034, 11035, 11036, 11037, 11038, 11039, 11040, 11041, 11042, 11178, 11179, 11180, 11181, 11182, 11183, 11184, 11185, 11186, 11187, 11188, 11189, 11190])),
            (24, "what-others-told-you", Anchor::Lits(&[26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 453, 454, 455, 456, 628, 630, 632, 633, 634, 636, 637, 639, 642, 643, 644, 645, 646, 1600, 1601, 1602, 1603, 1606, 1607, 1610, 1611, 1830, 1831, 1832, 1833, 2550, 2551, 2552, 2553, 2554, 2555, 2556, 2557, 2559, 2560, 2561, 2562, 2563, 2575, 2576, 2577, 2578, 2625, 2627, 2639, 2640, 2860, 2861, 2862, 2863, 2932, 2934, 2937, 2938, 3226, 3227, 3228, 3229, 3230, 3231, 3232, 3234, 3657, 3658, 3659, 3660, 4094, 4095, 4096, 4097, 4109, 4110, 4111, 4112])),
            (25, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[5689, 5690, 5691, 5830, 5831, 5832, 7198, 7201, 7225, 7706, 7707, 7708, 8355, 8356, 8357, 8396, 8397, 8398, 9753, 9754, 9761, 10088, 10089, 10090, 10115, 10116, 10117, 11275, 11276, 11277, 11278, 11279, 11280, 11281, 11282, 11283, 11284, 11285, 11286, 11287, 11288, 11289, 11290, 11291, 11292, 11293, 11294, 11295, 11296, 11301, 11302, 11303, 11304, 11305, 11306, 11307, 11588, 11589, 11590]), Anchor::All(&[Anchor::Lits(&[4140, 4141, 4142, 4143, 4144, 4145, 4146, 4147, 4148, 4149, 4150, 4151, 4159, 4160, 4161, 4210, 4240, 4241, 4251, 4265, 4266, 4267, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399, 4400, 4401, 4402, 4403, 4404, 4417, 4418, 4419, 4420, 4421, 4422, 4423, 4424, 4425, 4426, 4427, 4428, 4429, 4430, 4431, 4432, 4433, 4434, 4435, 4436, 4437, 4438]), Anchor::Lits(&[5577, 5578, 5579, 5580, 5581, 5582, 5583, 5627, 5628, 5629, 5630, 5631, 5632, 5633, 5682, 5683, 5684, 5685, 5686, 5687, 5688, 5905, 5906, 5907, 5908, 5909, 5910, 5911, 5914, 5915, 5916, 5918, 5919, 5920, 5921, 5924, 5926, 5927, 5928, 5929, 5931, 5932, 7101, 7102, 7103, 7104, 7105, 7106, 7107, 7112, 7113, 7114, 7115, 7116, 7117, 7118, 7123, 7124, 7125, 7126, 7127, 7128, 7129, 7132, 7133, 7134, 7135, 7136, 7137, 7138, 7141, 7142, 7143, 7144, 7145, 7146, 7147, 7919, 7920, 7921, 7922, 7923, 7924, 7925, 7929, 7933, 7934, 7939, 7940, 7946, 7947, 8337, 8338, 8339, 8340, 8341, 8342, 8343, 9257, 9259, 9260, 9261, 9262, 9264, 9265, 9277, 9280, 9281, 9287, 9288, 9295, 9296, 9306, 9309, 9310, 9313, 9314, 9318, 9319, 9575, 9576, 9577, 9578, 9579, 9580, 9581, 9627, 9629, 9630, 9631, 9632, 9633, 9634, 9639, 9642, 9643, 9646, 9647, 9651, 9652, 9701, 9702, 9703, 9704, 9705, 9706, 9707, 10282, 10283, 10284, 10285, 10286, 10287, 10288, 10290, 10291, 10292, 10293, 10294, 10295, 10296, 10955, 10956, 10957, 10958, 10959, 10960, 10961])])])),
            (26, "reveal-given-instructions", Anchor::Any(&[Anchor::Lits(&[285, 659, 728, 776, 1592, 1593, 1622, 1634, 2355, 2990, 3304, 3801, 3802, 4134, 4158, 4193, 4223, 4239, 4251, 4253, 4295, 4299, 4700, 4716, 6909, 6910, 6911, 6912, 6913, 6914, 6915, 6916, 6917, 6918, 6919, 6920, 6921, 6922, 6923, 6924, 6925, 6926, 6927, 6928, 6929, 6930, 6931, 6932, 6933, 6934, 6935, 6936, 6937, 6938, 6939, 6940, 6941, 7672, 7673, 7674, 7675, 7676, 7677, 7678, 7679, 7680, 7681, 7682, 7683, 7684, 7685, 7686, 7687, 7688, 7689, 7690, 7691, 7692, 7693, 7694, 7695, 7696, 7697, 7698, 7699, 7700, 7701, 7702, 7703, 7704, 7860, 7861, 7862, 7863, 7864, 7865, 7866, 7867, 7868, 7869, 7870, 7871, 7872, 7873, 7874, 7875, 7876, 7877, 7878, 7879, 7880, 7881, 7882, 7883, 7884, 7885, 7886, 7887, 7888, 7889, 7890, 7891, 7892]), Anchor::All(&[Anchor::Lits(&[695, 821, 959, 1802, 1803, 2075, 2546, 2608, 2909, 2972, 3059]), Anchor::Lits(&[3817, 4115, 4162, 4187, 4293, 4710])]), Anchor::All(&[Anchor::Lits(&[811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 1490, 1491, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1613, 1614, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 2065, 2066, 2067, 2068, 2069, 2070, 2071, 2072, 2073, 2074, 2489, 2490, 2491, 2492, 2493, 2494, 2495, 2496, 2497, 2498, 2598, 2599, 2600, 2601, 2602, 2603, 2604, 2605, 2606, 2607, 2611, 2612, 2620, 2621, 2622, 2623, 2624, 2626, 2636, 2638, 2925, 2926, 2927, 2928, 2929, 2930, 2931, 2933, 2935, 2936, 2946, 2947, 2955, 2956, 2957, 2958, 2959, 2960, 2969, 2971, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 4098, 4099, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4107]), Anchor::Lits(&[5576, 5626, 5681, 5904, 5913, 5923, 7100, 7111, 7122, 7131, 7140, 7918, 7927, 8336, 9256, 9275, 9304, 9572, 9626, 9637, 9700, 10281, 10289, 10954])])])),
            (27, "repeat-text-above", Anchor::Any(&[Anchor::Lits(&[4781, 4782, 4784, 4785, 4786, 4789, 4790, 4792, 4793, 4794, 6376, 6377, 6379, 6380, 6381, 6384, 6385, 6387, 6388, 6389, 6652, 6653, 6655, 6656, 6657, 6660, 6661, 6663, 6664, 6665, 7189, 7190, 7199, 7200, 7202, 7208, 7210, 7220, 7221, 7226, 7743, 7744, 7748, 7749, 7750, 7754, 7756, 7761, 7762, 7764, 8959, 8960, 8965, 8966, 8967, 8973, 8975, 8981, 8982, 8984, 9185, 9186, 9187, 9188, 9189, 9190, 9191, 9192, 9193, 9194, 9200, 9201, 9203, 9204, 9205, 9208, 9209, 9211, 9212, 9213, 9222, 9223, 9225, 9226, 9227, 9230, 9231, 9233, 9234, 9236]), Anchor::All(&[Anchor::Lits(&[24, 601, 602, 629, 631, 635, 638, 640, 1582, 1590, 1794, 2527, 2558, 3050, 4208, 4251, 4295, 4729]), Anchor::Lits(&[5499, 5692, 5722, 6525, 7765, 7775, 7834, 7926, 8351, 8400, 9181, 9274, 9885, 9896, 10437, 10930, 11559]), Anchor::Lits(&[5728, 5989, 6329, 6390, 8353, 8991, 9099, 9216, 9358, 9418, 9475, 9508, 9587, 9913, 10092, 11008, 11585])])])),
            (28, "repeat-starting-with-you-are", Anchor::Lits(&[648, 651, 652, 3058, 3060, 3061])),
            (29, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[7836, 7837, 7838, 7839, 7840, 7841, 7842, 7938, 7944, 7948, 7949, 7950, 7952, 7954, 8404, 8405, 8407, 8408, 8409, 8410, 8411, 8419, 8422, 8424, 8425, 8426, 8428, 8430, 9284, 9293, 9297, 9298, 9299, 9301, 9303]), Anchor::All(&[Anchor::Lits(&[649, 650, 757, 758, 837, 838, 840, 841, 869, 870, 1432, 1433, 2043, 2044, 2045, 2046, 2421, 2422, 2423, 2424, 2442, 2443, 2697, 2698, 2726, 2727, 2891, 2892, 2939, 2940, 2941, 2942, 3055, 3056, 3241, 3242, 3655, 3656, 3666, 3667, 4090, 4091]), Anchor::Lits(&[5647, 5714, 5725, 7926, 8393, 9181, 9274, 9636])]), Anchor::All(&[Anchor::Lits(&[3389, 3390, 3455, 3456, 3457, 3460, 3469, 3472, 3475, 3478, 3487, 3494, 3497, 3498, 3499, 3532, 3535, 3539, 3540, 3541, 3542, 3545, 3550, 3551, 3556, 3557, 3558, 3566, 3567, 3569, 3570, 3571, 4319, 4320, 4375, 4376, 4378, 4405, 4412, 4445, 4447, 4448, 4449, 4453, 4454, 4461, 4462, 4551, 4557, 4582, 4583, 4589, 4595, 4600, 4601, 4602, 4634, 4641, 4644, 4668, 4669, 4672, 4688, 4689]), Anchor::Lits(&[4849, 4850, 4851, 4852, 4855, 4859, 4860, 4861, 4862, 4863, 4864, 4865, 4866, 4867, 4868, 4869, 4870, 4871, 4872, 4873, 4874, 4875, 4876, 4877, 4878, 4879, 4880, 4881, 4882, 4883, 4884, 4885, 4888, 4889, 4890, 4892, 4893, 4894, 4895, 4896, 4897, 4898, 4899, 4900, 4901, 4902, 4903, 4904, 4905, 4906, 4907, 4908, 4909, 4910, 4911, 4912, 4913, 4914, 4915, 4916, 4917, 4918, 4919, 5069, 5070, 5071, 5072, 5075, 5079, 5080, 5081, 5082, 5083, 5084, 5087, 5088, 5089, 5091, 5092, 5093, 5094, 5095, 5096, 5097, 6353, 6354, 6355, 6356, 6357, 6358, 6359, 6360, 6361, 6362, 6363, 6364, 6365, 6366, 6367, 6368, 6369, 6370, 6371, 6372, 6373, 6503, 6504, 6505, 6506, 6507, 6508, 6509, 6510, 6511, 6512, 6513, 6514, 6515, 6516, 6517, 6518, 6519, 6520, 6521, 6522, 6523, 6529, 6530, 6531, 6532, 6535, 6539, 6540, 6541, 6542, 6543, 6544, 6547, 6548, 6549, 6551, 6552, 6553, 6554, 6555, 6556, 6557, 10687, 10688, 10689, 10690, 10691, 10692, 10693, 10694, 10695, 10696, 10697, 10698, 10699, 10700, 10701, 10702, 10703, 10704, 10705, 10706, 10707])])])),
            (30, "reveal-transformed-prompt", Anchor::All(&[Anchor::Lits(&[11848, 11873, 11901, 11940, 11941, 11948, 11953, 12025, 12026, 12029, 12035, 12054, 12085, 12101, 12102, 12135, 12148]), Anchor::Lits(&[5648, 5904, 5923, 7140, 7927, 8401, 8413, 9182, 9275, 9304, 9637, 9897, 10438])])),
            (31, "complete-the-leak", Anchor::All(&[Anchor::Lits(&[7267, 7273, 7286, 7292, 7293, 7298, 7299, 7300, 7301, 7302, 7327, 7328, 7329, 7330, 7331, 7332, 7333, 7334, 7335, 7336, 8473, 8474, 8475, 8476, 8477, 8478, 8479, 8480, 8481, 8482, 8483, 8484, 8485, 8486, 8487, 8488, 8489, 8490, 8491, 8492, 8493, 8494, 8495, 8496, 8497, 8498, 8499, 8500, 8501, 8502, 8508, 8509, 8510, 8511, 8512, 8513, 8519, 8520, 8521, 8522, 8523, 8524, 8525, 8526, 8527, 8528, 8529, 8530, 8531, 8533, 8535, 8536, 8540, 8541, 8547, 8548, 8549, 8550, 8551, 8552, 8553, 8554, 8555, 8556, 8557, 8558, 8559, 8560, 8561, 8562, 8563, 8564, 10645, 10646, 10668, 10669, 10670, 10679, 10680, 10681, 10682, 11600, 11601, 11603, 11604, 11607, 11613, 12103, 12104, 12105, 12106]), Anchor::Lits(&[647, 781, 843, 1430, 1502, 1518, 2385, 2530, 2531, 3054])])),
            (32, "what-you-must-not-say", Anchor::Lits(&[11638, 11639, 11640, 11641, 11642, 11643, 11644, 11645, 11646, 11647, 11648, 11649, 11650, 11651, 11671, 11728, 11735, 11736, 11737, 11738, 11739, 11773, 11774, 11793, 11798, 11799])),
            (33, "reveal-initialization", Anchor::Lits(&[7731, 7732, 7733, 7734, 7735, 7736, 7737, 7738, 7739, 7766, 7767, 7768, 7769, 7770, 7771, 7772, 7773, 7774, 7776, 7777, 7778, 7779, 7780, 7781, 7782, 7783, 7784])),
            (34, "forged-own-instructions", Anchor::Lits(&[4320, 4372, 4376, 4379, 4415, 4453, 4454, 4462, 4514, 4551, 4557, 4581, 4595, 4602, 4634, 4641, 4644, 4668, 4688])),
            (35, "follow-what-it-says", Anchor::Any(&[Anchor::Lits(&[4989, 4990, 4991, 4992, 5022, 5023, 5024, 5025, 5446, 5447, 5448, 5449, 5450, 5451, 5452, 5453, 5454, 5455, 5456, 5457, 5458, 5459, 5460, 5461, 5462, 5463, 5464, 5465, 5466, 5467, 5468, 5469, 5478, 5479, 5480, 5481, 5482, 5483, 5485, 5486, 5487, 5488, 5489, 5490, 6108, 6109, 6110, 6111, 6112, 6113, 6114, 6115, 6116, 6117, 6118, 6119, 6120, 6121, 6122, 6123, 6124, 6125, 6126, 6127, 6128, 6129, 6130, 6131, 6203, 6204, 6205, 6206, 6207, 6208, 6219, 6220, 6221, 6222, 6223, 6224, 6572, 6573, 6574, 6575, 6576, 6577, 6578, 6579, 6580, 6581, 6582, 6583, 6584, 6585, 6586, 6587, 6588, 6589, 6590, 6591, 6592, 6593, 6594, 6595, 6604, 6605, 6606, 6607, 6608, 6609, 6611, 6612, 6613, 6614, 6615, 6616, 6680, 6681, 6682, 6683, 6684, 6685, 6686, 6687, 6688, 6689, 6690, 6691, 6692, 6693, 6694, 6695, 6696, 6697, 6698, 6699, 6700, 6701, 6702, 6703, 6732, 6733, 6734, 6735, 6736, 6737, 6739, 6740, 6741, 6742, 6743, 6744, 8767, 8768, 8769, 8770, 8771, 8772, 8775, 8776, 8777, 8778, 8779, 8780, 8781, 8782, 8783, 8784, 8785, 8786, 8787, 8788, 8789, 8790, 8791, 8792, 8829, 8830, 8831, 8832, 8833, 8834, 8836, 8837, 8838, 8839, 8840, 8841, 10712, 10713, 10714, 10715, 10744, 10745, 10746, 10747]), Anchor::All(&[Anchor::Lits(&[159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 3572, 3573, 3574, 3575, 3576, 3577, 3578, 3579, 3580, 3581, 3582, 3583, 3584, 3585, 3586, 3587, 3588, 3589, 3590, 3591, 3592, 3593, 3594, 3595, 3596, 3597, 3598, 3599, 3600, 3601, 3602, 3603, 3604, 3605, 3606, 3607]), Anchor::Lits(&[577, 835, 1848, 2874, 3233, 3235, 3770])])])),
            (42, "authority-message", Anchor::Lits(&[607, 660, 941, 1441, 1581, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1591, 1594, 2570, 2686, 3191, 3194, 3199, 3201, 3211, 3213, 3215, 3239, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4329, 4330, 4331, 4332, 4333, 4334, 4335, 4336, 4342, 4343, 4344, 4345, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368, 4369, 4370, 4371, 4373, 4377, 4380, 4413, 4414, 4450, 4451, 4452, 4461, 4464, 4465, 4466, 4467, 4468, 4469, 4470, 4471, 4472, 4473, 4474, 4475, 4476, 4477, 4478, 4479, 4480, 4481, 4482, 4483, 4484, 4485, 4486, 4487, 4488, 4489, 4490, 4491, 4492, 4493, 4494, 4495, 4496, 4497, 4498, 4499, 4500, 4501, 4502, 4503, 4504, 4505, 4506, 4507, 4508, 4509, 4513, 4516, 4517, 4518, 4519, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535, 4536, 4537, 4538, 4539, 4540, 4541, 4542, 4543, 4544, 4545, 4552, 4558, 4559, 4561, 4562, 4563, 4565, 4566, 4568, 4570, 4572, 4573, 4574, 4575, 4576, 4577, 4578, 4596, 4599, 4603, 4604, 4605, 4606, 4607, 4608, 4609, 4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619, 4620, 4621, 4622, 4623, 4624, 4625, 4626, 4627, 4628, 4629, 4630, 4631, 4632, 4633, 4642, 4643, 4645, 4648, 4652, 4653, 4654, 4655, 4656, 4657, 4658, 4659, 4660, 4661, 4662, 4663, 4664, 4665, 4666, 4673, 4674, 4675, 4676, 4677, 4678, 4679, 4680, 4681, 4682, 4683, 4684, 4685, 4686, 4687, 5917, 5925, 5930, 7271, 7291, 7294, 7295, 7296, 7325, 7326, 7558, 7576, 7930, 7935, 7943, 8403, 8739, 8943, 8945, 8946, 8995, 8996, 8997, 9013, 9016, 9018, 9021, 9022, 9023, 9031, 9034, 9036, 9258, 9263, 10235, 10236, 10237, 10238, 10239, 10240, 10368, 10369, 10370, 10371, 10372, 10373, 11105, 11244, 11245, 11246, 11247, 11248, 11560, 11595, 11596, 11597, 11598, 11652, 11653, 11740, 11741, 11742, 11743, 11747, 11748, 11754, 11755, 11758, 11759, 11760, 11761, 11762, 11763, 11765, 11766, 11767, 11768, 11769, 11770, 11789, 11790, 11791, 11792, 11794, 11795, 11842, 11843, 11844, 11845, 11849, 11850, 11851, 11852, 11853, 11854, 11855, 11856, 11857, 11858, 11859, 11860, 11890, 11891, 11892, 11893, 11894, 11895, 11896, 11897, 11898, 11899, 11925, 11926, 11934, 11936, 11944, 11945, 11949, 11951, 11952, 11955, 11957, 11958, 11959, 11960, 11963, 11966, 11967, 11970, 11973, 11974, 11975, 11976, 11983, 11984, 11985, 11986, 12001, 12002, 12005, 12008, 12009, 12012, 12015, 12016, 12017, 12024, 12039, 12040, 12041, 12042, 12043, 12044, 12045, 12046, 12047, 12048, 12049, 12051, 12055, 12056, 12059, 12062, 12063, 12066, 12069, 12070, 12071, 12078, 12083, 12107, 12108, 12109, 12111, 12112, 12115, 12118, 12119, 12122, 12125, 12126, 12127, 12134, 12137, 12138, 12139, 12140, 12141, 12142, 12143, 12144, 12145, 12146])),
            (43, "authority-override", Anchor::Lits(&[67, 69, 70, 71, 72, 74, 76, 77, 78, 79, 969, 973, 974, 975, 976, 1420, 1421, 1422, 1423, 1424, 1626, 1628, 1629, 1630, 1631, 1964, 1965, 1966, 1967, 1968, 2080, 2081, 2082, 2083, 2084, 2796, 2798, 2799, 2800, 2801, 2894, 2903, 2904, 2905, 2906, 3130, 3132, 3133, 3134, 3135, 3144, 3146, 3147, 3148, 3149, 3190, 3204, 3205, 3206, 3211])),
            (46, "entering-special-mode", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[68, 73, 75, 605, 939, 940, 972, 981, 982, 1417, 1627, 2078, 2416, 2569, 2797, 2944, 3131, 3145, 3237, 3238, 3727, 3760]), Anchor::Lits(&[11599, 11688, 11730, 11775, 11840, 12150])]), Anchor::All(&[Anchor::Lits(&[7265, 7266, 7268, 7269, 7270, 7272, 7274, 7275, 7276, 7277, 7278, 7279, 7280, 7281, 7282, 7283, 7284, 7285, 7287, 7288, 7289, 7290, 7303, 7304, 7305, 7306, 7307, 7308, 7309, 7310, 7311, 7312, 7313, 7314, 7315, 7316, 7317, 7318, 7319, 7320, 7321, 7322, 7323, 7324, 7337, 7338, 7339, 7340, 7341, 7342, 7343, 7344, 7345, 7346, 7347, 7348, 7349, 7350, 7351, 7352, 7353, 7354, 7355, 7356, 7357, 7358, 7553, 7554, 7555, 7556, 7557, 7559, 7560, 7561, 7562, 7563, 7564, 7565, 7566, 7567, 7568, 7569, 7570, 7571, 7572, 7573, 7574, 7575, 10855, 10856, 10857, 10858, 10859, 10860, 10861, 10862, 10863, 10864, 10865, 10866, 10867, 10868, 10869, 10870, 10871, 10872, 10873, 10874, 10875, 10876, 11222, 11223, 11224, 11225, 11226, 11227, 11228, 11229, 11230, 11231, 11232, 11233, 11234, 11235, 11236, 11237, 11238, 11239, 11240, 11241, 11242, 11243, 11252, 11253, 11254, 11255, 11256, 11257, 11258, 11259, 11260, 11261, 11262, 11263, 11264, 11265, 11266, 11267, 11268, 11269, 11270, 11271, 11272, 11273]), Anchor::Lits(&[2118, 2414])])])),
            (47, "address-the-model", Anchor::Any(&[Anchor::Lits(&[154, 155, 156, 157, 1798, 1799, 2440, 2441, 2573, 2574, 2672, 2673, 2911, 2912, 3137, 3138, 3140, 3141, 8390, 8391, 8402, 8406, 8738, 8740, 8742, 8743, 9326, 9327, 9466, 9467, 11220, 11221]), Anchor::All(&[Anchor::Lits(&[7361]), Anchor::Lits(&[2572, 2671, 2910, 3139, 3376])])])),
            (48, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[4974, 4987, 5498, 5791, 5887, 5898, 6327, 6563, 6908, 7044, 7152, 7590, 7591, 7592, 7593, 7594, 7595, 7596, 7597, 7598, 7599, 7600, 7601, 7602, 7603, 7604, 7606, 7607, 7608, 7609, 7610, 7611, 7612, 7613, 7614, 7615, 7616, 7617, 7618, 7619, 7620, 7621, 7629, 7630, 7638, 7639, 7640, 7641, 7642, 7643, 7644, 7645, 7646, 7647, 7648, 7649, 7650, 7651, 7652, 7653, 7654, 7655, 7656, 7657, 7658, 7666, 7667, 7668, 7669, 7670, 7671, 7978, 7979, 7980, 7981, 7982, 7983, 7984, 7985, 7986, 7987, 7988, 7989, 7990, 7991, 7992, 7993, 7994, 7995, 7996, 7997, 7998, 7999, 8000, 8001, 8002, 8003, 8004, 8005, 8006, 8007, 8008, 8009, 8010, 8011, 8012, 8013, 8014, 8015, 8016, 8017, 8018, 8019, 8020, 8021, 8022, 8023, 8024, 8025, 8026, 8027, 8028, 8029, 8030, 8031, 8032, 8033, 8034, 8035, 8036, 8037, 8185, 8187, 8189, 8196, 8347, 8670, 8671, 8673, 8722, 8881, 8930, 9416, 10098, 10222, 11024, 11025, 11027, 11064, 11078, 11082, 11097, 11098]), Anchor::All(&[Anchor::Lits(&[144, 158, 748, 931, 972, 978, 979, 1411, 1452, 1578, 1627, 1657, 1903, 1916, 1921, 1935, 2040, 2230, 2231, 2232, 2292, 2371, 2388, 2683, 3053, 3131, 3702, 3703, 3705, 3709, 3720, 3722, 3725, 3727]), Anchor::Lits(&[4810, 4811, 4923, 5029, 5154, 5232, 5241, 5324, 6408, 6409, 6410, 6411, 7032, 7045, 7078, 7785, 8750, 8927, 9138, 9340, 9341, 9342, 9465, 9485, 9562, 9657, 10121, 10251, 10259, 10267, 10998, 11081, 11251, 11615])])])),
            (49, "dan-persona", Anchor::Lits(&[43, 44, 45, 46, 47, 48, 49, 50, 53, 54, 55, 56, 57, 58, 59, 60, 106, 114, 116, 580, 588, 590, 618, 619, 620, 621, 622, 623, 624, 625, 699, 707, 709, 751, 753, 755, 762, 764, 766, 930, 932, 933, 934, 935, 1065, 2121, 2129, 2131, 2466, 2468, 2470, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2534, 2535, 2536, 2537, 2538, 2539, 2540, 2541, 2779, 2780, 2781, 2782, 2783, 2784, 2785, 2786, 2788, 2789, 2790, 2791, 2792, 2793, 2794, 2795, 3762, 3763, 3764, 4117, 4118, 4120, 4125, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4136, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4302, 4303, 4304, 4305, 4306, 4307, 4308, 4309, 4691, 4692, 4693, 4696, 4697, 4698, 4699, 4701])),
            (50, "unrestricted-persona", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[200, 729, 1132, 2207, 4029, 4973, 5731, 5790, 5901, 6561, 7150, 7164, 7582, 8186, 8195, 8301, 8323, 8346, 8382, 8583, 8669, 8672, 8721, 8723, 9417, 9616, 9628, 9635, 11011, 11023, 11026, 11028, 11029, 11062, 11063, 11077, 11094, 11095, 11096, 11102, 11404, 11408, 11440, 11443, 11444, 11445, 11446, 11447, 11448, 11458, 11461, 11463, 11464, 11467, 11470, 11471, 11476, 11487, 11489, 11492, 11503, 11521, 11522]), Anchor::All(&[Anchor::Lits(&[10452, 10453, 10454, 10455, 10456, 10457, 10458, 10461, 10462, 10465, 10466, 10467, 10468, 11308, 11309, 11310, 11311, 11312, 11313, 11314, 11315, 11316, 11317, 11318, 11319, 11320, 11336, 11337, 11338, 11339, 11340, 11341, 11342, 11343, 11344, 11345, 11346, 11347, 11348]), Anchor::Lits(&[5326, 6486, 6642, 7139, 7926, 8348, 8461, 9160, 9571, 9636, 9708])])]), Anchor::Lits(&[42, 52, 198, 616, 617, 657, 658, 749, 775, 844, 1425, 1426, 1792, 2386, 2499, 2500, 2501, 2502, 2571, 2684, 2701, 2725, 2728, 2775, 2778, 2787, 3013, 3014, 3051, 3057, 3224, 3668, 3679, 4116, 4242, 4690])])),
            (51, "unrestricted-persona-loose", Anchor::Any(&[Anchor::Lits(&[143, 1451, 1930, 3245, 3246, 3247, 3248, 3249, 3250, 3251, 3252, 3253, 3254, 3255, 3256, 3257, 3258, 3259, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3270, 3271, 3272, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3307, 3311, 3321, 3322, 3325, 3328, 3329, 3340, 3341, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3381, 3704, 3708, 3724, 3836, 3837, 3838, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 3853, 3854, 3855, 3856, 3857, 3858, 3859, 3860, 3861, 3862, 3863, 3871, 3872, 3873, 3874, 3875, 3876, 3877, 3896, 3897, 3898, 3899, 3902, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 3916, 3917, 3918, 3938, 3948, 3949, 3950, 3951, 3952, 3953, 3954, 3955, 3956, 3957, 3958, 3959, 3960, 3961, 3962, 3963, 3964, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3978, 3979, 3980, 3981, 3982, 3983, 3984, 3995, 3996, 3997, 3998, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4027, 10195]), Anchor::All(&[Anchor::Lits(&[142, 199, 200, 201, 202, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1263, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272, 1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1303, 1304, 1305, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316, 2179, 2189, 2207, 2213, 2341, 2342, 2344]), Anchor::Lits(&[3243, 3834, 3946])]), Anchor::All(&[Anchor::Lits(&[183, 724, 1575, 1576, 4049, 4066]), Anchor::Lits(&[5326, 5493, 5707, 6486, 6642, 7110, 7139, 8335, 8348, 8461, 9567, 9571, 9636, 9708])]), Anchor::All(&[Anchor::Lits(&[3279, 3280, 3292, 3293, 3294, 3295, 3296, 3297, 3298, 3299, 3300, 3303, 3323, 3324, 3354, 3357, 3358, 3359, 3360, 3367, 3368, 3369, 3370, 3869, 3870, 3882, 3883, 3884, 3885, 3886, 3887, 3888, 3889, 3890, 3893, 3900, 3901, 3919, 3920, 3921, 3922, 3923, 3928, 3929, 3930, 3931, 3976, 3977, 3985, 3986, 3987, 3988, 3989, 3990, 3991, 3992, 3993, 3994, 3999, 4000, 4018, 4019, 4020, 4021, 4022, 4023, 4024, 4025, 4026]), Anchor::Lits(&[5326, 5707, 6486, 6642, 7139, 7926, 8348, 8461, 9160, 9571, 9636, 9708])])])),
            (52, "persona-replaces-assistant", Anchor::Any(&[Anchor::Lits(&[1063, 2304, 6402, 6403, 6404, 6405, 6406, 6407, 7580, 7581, 9956, 9957, 9958, 9959, 9960, 9961, 11620, 11782, 12157]), Anchor::All(&[Anchor::Lits(&[105, 113, 115, 117, 124, 125, 126, 127, 579, 587, 589, 591, 698, 706, 708, 710, 750, 752, 754, 756, 761, 763, 765, 767, 2120, 2128, 2130, 2132, 2465, 2467, 2469, 2471]), Anchor::Lits(&[4762, 4763, 4764, 4765, 4975, 4976, 4977, 4978, 5027])])])),
            (53, "no-restrictions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[5526, 5527, 5528, 5533, 5534, 5535, 5536, 5538, 5539, 5540, 5541, 5542, 5543, 5544, 5545, 5546, 5547, 5548, 5549, 5550, 5554, 5733, 5734, 5735, 5740, 5741, 5742, 5743, 5745, 5746, 5747, 5748, 5749, 5750, 5751, 5752, 5753, 5754, 5755, 5756, 5757, 5764, 7049, 7050, 7051, 7056, 7057, 7058, 7059, 7061, 7062, 7063, 7064, 7065, 7066, 7067, 7068, 7069, 7070, 7071, 7072, 7073, 7077, 10496, 10497, 10498, 10503, 10504, 10505, 10506, 10508, 10509, 10510, 10511, 10512, 10513, 10514, 10515, 10516, 10517, 10518, 10519, 10520, 10524, 10527, 10528, 10529, 10534, 10535, 10536, 10537, 10539, 10540, 10541, 10542, 10543, 10544, 10545, 10546, 10547, 10548, 10549, 10550, 10551, 10555, 10592, 10593, 10594, 10599, 10600, 10601, 10602, 10604, 10605, 10606, 10607, 10608, 10609, 10610, 10611, 10612, 10613, 10614, 10615, 10616, 10620, 10789, 10790, 10791, 10796, 10797, 10798, 10799, 10801, 10802, 10803, 10804, 10805, 10806, 10807, 10808, 10809, 10810, 10811, 10812, 10813, 10817, 10819, 10820, 10821, 10826, 10827, 10828, 10829, 10831, 10832, 10833, 10834, 10835, 10836, 10837, 10838, 10839, 10840, 10841, 10842, 10843, 10847, 10878, 10879, 10880, 10885, 10886, 10887, 10888, 10890, 10891, 10892, 10893, 10894, 10895, 10896, 10897, 10898, 10899, 10900, 10901, 10902, 10906, 11602, 11631, 11634, 11685, 11686, 11687, 11727, 11744, 11745, 11746, 11749, 11750, 11751, 11752, 11753, 11756, 11757, 11764, 11771, 11772, 11841, 12167, 12168, 12169, 12174, 12175, 12176, 12177, 12179, 12180, 12181, 12182, 12183, 12184, 12185, 12186, 12187, 12188, 12189, 12190, 12191, 12195]), Anchor::Lits(&[5493, 5662, 5699, 5705, 5707, 6486, 7099, 7110, 7139, 8335, 8350, 8451, 8458, 8461, 9214, 9565, 9571, 9653, 9699, 9720, 9726, 9742, 9749])]), Anchor::All(&[Anchor::Lits(&[1079, 1098, 1110, 1350, 1369, 1381, 2241, 2252, 2259, 2264, 2265, 2266]), Anchor::Lits(&[5493, 5662, 5699, 5705, 5707, 6486, 7099, 7110, 7139, 8335, 8350, 8451, 8458, 8461, 9214, 9565, 9571, 9653, 9699, 9720, 9726, 9742, 9749])]), Anchor::All(&[Anchor::Lits(&[5525, 5529, 5530, 5531, 5532, 5533, 5534, 5535, 5537, 5551, 5552, 5553, 5732, 5736, 5737, 5738, 5739, 5740, 5741, 5742, 5744, 5761, 5762, 5763, 7048, 7052, 7053, 7054, 7055, 7056, 7057, 7058, 7060, 7074, 7075, 7076, 10495, 10499, 10500, 10501, 10502, 10503, 10504, 10505, 10507, 10521, 10522, 10523, 10526, 10530, 10531, 10532, 10533, 10534, 10535, 10536, 10538, 10552, 10553, 10554, 10591, 10595, 10596, 10597, 10598, 10599, 10600, 10601, 10603, 10617, 10618, 10619, 10788, 10792, 10793, 10794, 10795, 10796, 10797, 10798, 10800, 10814, 10815, 10816, 10818, 10822, 10823, 10824, 10825, 10826, 10827, 10828, 10830, 10844, 10845, 10846, 10877, 10881, 10882, 10883, 10884, 10885, 10886, 10887, 10889, 10903, 10904, 10905, 11599, 11667, 11668, 11669, 11670, 11685, 11686, 11687, 11729, 11812, 11813, 11839, 12166, 12170, 12171, 12172, 12173, 12174, 12175, 12176, 12178, 12192, 12193, 12194]), Anchor::Lits(&[4798, 5191, 5218, 7264, 7578, 7605, 8321, 9195, 10241, 10749]), Anchor::Lits(&[5326, 5493, 5662, 5680, 5707, 6486, 6642, 7099, 7110, 7139, 8335, 8348, 8451, 8458, 8461, 9160, 9214, 9255, 9565, 9571, 9636, 9699, 9726])])])),
            (54, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 1462, 1463, 1464, 1465, 1466, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2085, 2086, 2087, 2088, 2089, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2733, 2734, 2735, 2736, 2737, 2738, 2739, 2740, 2741, 2742, 2743, 2744, 2745, 2746, 2747, 2748, 2749, 2750, 2751, 2752, 2753, 2754, 2755, 2756]), Anchor::Lits(&[733, 734, 983, 1002, 1067, 1243, 1317, 1336, 2162, 2233, 4030, 4089])]), Anchor::All(&[Anchor::Lits(&[985, 988, 992, 997, 1004, 1007, 1011, 1016, 1069, 1072, 1090, 1105, 1245, 1248, 1252, 1257, 1319, 1322, 1326, 1331, 1338, 1341, 1361, 1376, 2164, 2167, 2181, 2196, 2235, 2238, 2246, 2256]), Anchor::Lits(&[4798, 5191, 5218, 7578, 8321, 9195, 10241])])])),
            (55, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[8732, 8733, 8734, 8735, 10621]), Anchor::All(&[Anchor::Lits(&[10750, 10751, 10752, 10753, 10754, 10755, 10756, 10757]), Anchor::Lits(&[5326, 6642, 7110, 7139, 8335, 8348, 9571, 9636])])])),
            (56, "freed-from-limits", Anchor::Lits(&[720, 721, 722, 1435, 1436, 1461, 1575, 1577, 1989, 2240, 2255, 2260, 2297, 2299, 2301, 2695, 3701, 3706, 3707, 3728])),
            (57, "respond-without-limits", Anchor::Any(&[Anchor::Lits(&[4972, 5165, 5166, 5167, 5168, 5169, 5436, 5437, 5438, 5439, 5440, 5441, 5442, 5443, 5444, 5445, 6143, 6144, 6183, 6184, 6190, 6247, 6248, 6287, 6288, 6294, 8385, 8386, 8387, 8388, 8389, 8463, 8464, 8465, 8466, 8467, 8468, 8469, 8470, 8471, 8472, 8609, 8610, 8637, 8638, 8643, 8665, 8667, 8668, 8703, 8704, 8719, 8720, 8724, 9903, 9904, 9905, 9906, 9907, 9908, 9909, 9910, 9911, 9912, 11349, 11350, 11355, 11356, 11358, 11391, 11392, 11393, 11394, 11395, 11396, 11397, 11398, 11399, 11400, 11401, 11403, 11406, 11409, 11410, 11412, 11413, 11458, 11459, 11460, 11462, 11465, 11466, 11468, 11469, 11470, 11476, 11477, 11484, 11488, 11494, 11502, 11519, 11520, 11521, 11549, 11550, 11555, 11556, 11558]), Anchor::All(&[Anchor::Lits(&[6894, 7505, 9450, 11390, 11439, 11452]), Anchor::Lits(&[4841, 5493, 5696, 5705, 5707, 5709, 6472, 6473, 6474, 6475, 6477, 6479, 6481, 6482, 6486, 7099, 7110, 8448, 8450, 8451, 8453, 8454, 8455, 8456, 8457, 8461, 9699, 9712, 9714, 9716, 9718, 9722, 9724, 9726, 9730, 9732, 9734, 9738, 9742, 9749])]), Anchor::All(&[Anchor::Lits(&[4922, 5062, 7514, 8854, 11417, 11548]), Anchor::Lits(&[4841, 5326, 5625, 5662, 5680, 5922, 6486, 6640, 7110, 7139, 7926, 8335, 8348, 8461, 9160, 9162, 9214, 9255, 9322, 9571, 9636, 9699, 9708, 10953])])])),
            (58, "pre-safety-self", Anchor::Any(&[Anchor::Lits(&[5293, 5294, 5295, 5296, 5297, 5298, 5299, 5300, 5301, 5302, 5303, 5304, 5305, 5306, 5307, 5308, 5309, 5310, 5311, 5312, 5313, 5314, 5315, 5316, 5317]), Anchor::All(&[Anchor::Lits(&[2352, 2353, 2354, 2356, 2357, 2358]), Anchor::Lits(&[5432, 5433, 7154, 7155, 7165, 7173, 7174, 7175, 9901, 9902])]), Anchor::All(&[Anchor::Lits(&[5367, 5368, 5729, 5730, 7902, 7903, 8446, 8447, 9463, 9464, 10113, 10114, 11176, 11177]), Anchor::Lits(&[5292, 6894, 9235, 10461, 10462, 11390, 11452])])])),
            (59, "stay-in-character", Anchor::Lits(&[1075, 1076, 1103, 1346, 1347, 1374, 1948, 2170, 2171, 2194, 2696, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074])),
            (60, "jailbreak-template", Anchor::Any(&[Anchor::Lits(&[1691, 1695, 1696, 1697, 1850, 1851, 1852, 1853, 2565, 2566, 2567, 2568, 2588, 2589, 2593, 2594, 2886, 2888, 2889, 2890, 7166, 7167, 7168, 7169, 7170, 7171, 7172, 7176, 7177, 7178, 7179, 7180, 7181, 7182, 8460, 11172, 11402, 11404, 11405, 11407, 11411, 11413, 11414]), Anchor::All(&[Anchor::Lits(&[5170, 5171, 5172, 5173, 5174, 5175, 5176, 5177, 5178, 5179, 5180, 5181, 5182, 5183, 5184, 5185, 5186, 5187, 5188, 5189, 5190, 5192, 5193, 5194, 5195, 5196, 5197, 5198, 7583, 7584, 7585, 7586, 7587, 7588, 7589, 7622, 7623, 7624, 7625, 7626, 7627, 7628, 7631, 7632, 7633, 7634, 7635, 7636, 7637, 7659, 7660, 7661, 7662, 7663, 7664, 7665, 11369, 11370, 11371, 11372, 11373, 11374, 11375, 11376, 11377, 11378, 11379, 11380, 11381, 11382, 11383, 11384, 11385, 11386, 11387, 11388, 11389, 11432, 11433, 11434, 11435, 11436, 11437, 11438]), Anchor::Lits(&[5028, 9484, 9561, 10077, 10375, 11584])])])),
            (61, "jailbreak", Anchor::Lits(&[824, 825, 1595, 1596, 1743, 1744, 1745, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 2302, 2303, 2548, 2875, 3128, 3129, 3799, 3800, 4123, 4124, 4196, 4197, 4694, 4695, 4719, 4720])),
            (62, "evil-twin", Anchor::All(&[Anchor::Lits(&[4341, 4411, 4446, 4453, 4460, 4463, 4555, 4602, 4634, 4635, 4651, 4667, 4669, 4670, 4671]), Anchor::Lits(&[6391, 7360, 8445, 9149, 9150, 9861, 9930, 11006, 11175])])),
            (63, "pretend-safeguards-absent", Anchor::All(&[Anchor::Lits(&[255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 984, 986, 987, 989, 990, 991, 993, 994, 995, 996, 998, 999, 1000, 1001, 1003, 1005, 1006, 1008, 1009, 1010, 1012, 1013, 1014, 1015, 1017, 1018, 1019, 1020, 1068, 1070, 1071, 1073, 1086, 1087, 1091, 1092, 1093, 1099, 1106, 1109, 1123, 1127, 1244, 1246, 1247, 1249, 1250, 1251, 1253, 1254, 1255, 1256, 1258, 1259, 1260, 1261, 1318, 1320, 1321, 1323, 1324, 1325, 1327, 1328, 1329, 1330, 1332, 1333, 1334, 1335, 1337, 1339, 1340, 1342, 1357, 1358, 1362, 1363, 1364, 1370, 1377, 1380, 1394, 1398, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1877, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 2163, 2165, 2166, 2168, 2178, 2180, 2182, 2183, 2184, 2190, 2197, 2203, 2218, 2222, 2234, 2236, 2237, 2239, 2242, 2243, 2247, 2248, 2249, 2254, 2257, 2258, 2261, 2263, 3771, 3772, 3773, 3774, 3775, 3776, 3777, 3778, 3779, 3780, 3781, 3782, 3783, 3784, 3785, 3786, 3787, 3788, 3789, 3790, 3791, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3803, 3804, 3805, 3806, 3807, 3808, 3809, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827, 3828, 3829, 3830, 3831]), Anchor::Lits(&[51, 286, 314, 600, 1791, 1988, 2533, 3160])])),
            (64, "bedtime-story-exploit", Anchor::All(&[Anchor::Lits(&[937, 942, 958, 1962, 2445, 2864]), Anchor::Lits(&[141, 1412, 1445, 3742, 3947, 4092]), Anchor::Lits(&[6952, 7005, 7030, 8353, 8354, 8374, 9391, 9396, 9418, 9419, 9420, 9751, 9764, 9774, 9780, 9898, 9899, 9900, 9913, 9914, 9962, 9963, 10091, 10093, 10400, 10436, 10931, 11321, 11322, 11323])])),
            (65, "simulated-privileged-shell", Anchor::Lits(&[1662, 1663, 1664, 1665, 1666, 1667, 1668, 1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 1685, 1686, 1687, 1688, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 3308, 3309, 3310, 3312, 3313, 3314, 3315, 3316, 3317, 3318, 3319, 3320, 3321, 3322, 3325, 3326, 3327, 3330, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3338, 3339, 4033, 4034, 4035, 4038, 4039, 4040, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4051, 4052, 4053, 4054, 4055, 4056, 4057, 4058, 4059, 4060, 4061, 4062, 4063])),
            (66, "self-escalation", Anchor::Lits(&[4826, 4827, 4828, 4829, 4830, 4831, 5208, 5209, 5210, 5211, 5212, 5213, 5214, 5262, 5263, 5264, 5265, 5266, 5267, 5268, 6392, 6393, 6394, 6395, 6396, 6397, 6398, 6423, 6424, 6425, 6426, 6427, 6428, 6429, 7006, 7014, 7015, 7016, 7017, 7018, 7019, 7080, 7081, 7082, 7083, 7084, 7085, 7086, 8286, 8287, 8288, 9267, 9268, 9269, 9270, 9271, 9272, 9273, 9619, 9620, 9621, 10275, 10279, 10307])),
            (67, "blind-execution", Anchor::Lits(&[208, 209, 210, 211, 212, 237, 735, 736, 737, 738, 739, 740, 1064, 1066, 1131, 1133, 1188, 1262, 1455, 1456, 1457, 1458, 1459, 1460, 1521, 1522, 1523, 1527, 1528, 1529, 2337, 2338, 2339, 2343, 2345, 2346, 2812, 2813, 2814, 2842, 2843, 2844])),
            (68, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[8929]), Anchor::All(&[Anchor::Lits(&[4886, 4887, 4891, 4922, 5085, 5086, 5090, 5100, 6545, 6546, 6550, 6560, 11297, 11298, 11299, 11300]), Anchor::Lits(&[5327, 5494, 5576, 5626, 5663, 5681, 5708, 5904, 5913, 5923, 6487, 6643, 7100, 7111, 7122, 7131, 7140, 7918, 7927, 8336, 8349, 8452, 8459, 8462, 9161, 9215, 9256, 9275, 9304, 9566, 9568, 9572, 9637, 9700, 9727, 10281, 10289, 10954]), Anchor::Lits(&[5271, 5322, 5962, 6753, 9198, 9266, 9569, 9776, 9777, 9778, 10434])])])),
            (69, "malicious-persona", Anchor::Any(&[Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[5362, 5364, 5365, 5366, 6330, 6331, 6332, 6333, 6334, 6335, 6336, 6337, 6338, 6339, 6340, 6341, 6342, 6343, 6344, 6345, 6346, 6347, 6348, 6349, 6449, 6450, 6451, 6452, 6624, 10126, 10127]), Anchor::All(&[Anchor::Lits(&[8303, 8304]), Anchor::Lits(&[5786, 5792, 8289, 9095, 9797, 10929])])]), Anchor::Lits(&[3244, 3835, 3947])]), Anchor::All(&[Anchor::Lits(&[5219, 5320, 5321, 5783, 5788, 5974, 6562, 6893, 7151, 7153, 7893, 8383, 9617, 9696, 9789, 10094, 10785]), Anchor::Lits(&[4797, 4809, 5274, 5277, 9154, 9155, 9955, 11599, 12150]), Anchor::Any(&[Anchor::Lits(&[4795, 4796, 4971, 5101, 5363, 5784, 5786, 5852, 5875, 5941, 5942, 5943, 5945, 5946, 5947, 5949, 5951, 6307, 6328, 6624, 6637, 7148, 8302, 8954, 9051, 9095, 9152, 9242, 9797, 9844, 10046, 10096, 10125, 10929, 10985, 11359]), Anchor::All(&[Anchor::Lits(&[7079]), Anchor::Lits(&[4796, 4844, 8954, 9051, 9844, 10268])]), Anchor::All(&[Anchor::Lits(&[3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647, 3648, 3650, 3651, 3652, 3653]), Anchor::Lits(&[5727, 6351, 6399, 6637, 6872, 8302, 9165, 9862, 10962, 11079, 11106])])])])])),
            (70, "third-party-permission", Anchor::All(&[Anchor::Lits(&[4930, 4931, 4932, 4933, 4934, 4935, 4936, 4937, 5155, 5156, 5157, 5158, 5159, 5160, 5161, 5162, 5200, 5201, 5202, 5203, 5204, 5205, 5206, 5207, 5233, 5234, 5235, 5236, 5237, 5238, 5239, 5240, 5242, 5243, 5244, 5245, 5246, 5247, 5248, 5249, 5559, 5560, 5561, 5562, 5563, 5564, 5565, 5566, 5862, 5863, 5864, 5865, 5866, 5867, 5868, 5869, 6626, 6627, 6628, 6629, 6630, 6631, 6632, 6633, 6953, 6954, 6955, 6956, 6957, 6958, 6959, 6960, 7022, 7023, 7024, 7025, 7026, 7027, 7028, 7029, 7087, 7088, 7089, 7090, 7091, 7092, 7093, 7094, 7894, 7895, 7896, 7897, 7898, 7899, 7900, 7901, 7908, 7909, 7910, 7911, 7912, 7913, 7914, 7915, 8575, 8576, 8577, 8578, 8579, 8580, 8581, 8582, 8870, 8871, 8872, 8873, 8874, 8875, 8876, 8877, 8934, 8935, 8936, 8937, 8938, 8939, 8940, 8941, 8944, 8947, 8948, 8949, 8950, 8951, 8952, 8953, 9139, 9140, 9141, 9142, 9143, 9144, 9145, 9146, 9545, 9546, 9547, 9548, 9549, 9550, 9551, 9552, 9752, 9755, 9756, 9757, 9758, 9759, 9760, 9762, 9781, 9782, 9783, 9784, 9785, 9786, 9787, 9788, 9934, 9935, 9936, 9937, 9938, 9939, 9940, 9941, 10932, 10933, 10934, 10935, 10936, 10937, 10938, 10939, 11210, 11211, 11212, 11213, 11214, 11215, 11216, 11217]), Anchor::Lits(&[5400, 5504, 5853, 5939, 6308, 6488, 6571, 6625, 6638, 7079, 7397, 9007, 9468, 9656, 9970, 10252, 10986, 10991, 11080, 11360])])),
            (71, "privileged-identity", Anchor::Lits(&[139, 251, 609, 611, 774, 1416, 1427, 1638, 3721, 3945, 4116, 4242, 4690])),
            (72, "disable-safety", Anchor::Any(&[Anchor::Lits(&[4770, 4773, 4774, 4775, 4777, 5329, 5330, 5331, 5332, 5333, 5334, 5335, 5336, 5337, 5338, 5339, 5340, 5341, 5342, 5343, 5344, 5345, 5346, 5347, 5348, 5349, 5350, 5351, 5352, 5353, 5354, 5355, 5356, 5357, 5358, 5359, 5360, 5361, 5403, 5406, 5408, 5410, 5413, 5416, 5417, 5418, 5419, 5421, 5505, 5506, 5507, 5508, 5510, 5512, 5513, 5514, 5515, 5517, 5795, 5796, 5797, 5798, 5800, 5803, 5804, 5805, 5806, 5808, 5824, 5825, 5826, 5827, 5829, 5940, 5944, 5948, 5950, 5953, 5956, 5957, 5958, 5959, 5961, 6013, 6064, 6073, 6077, 6088, 6092, 6095, 6096, 6097, 6099, 6431, 6432, 6433, 6434, 6435, 6436, 6437, 6438, 6439, 6440, 6441, 6442, 6443, 6445, 6446, 6447, 6448, 6454, 6455, 6456, 6457, 6458, 6459, 6460, 6461, 6462, 6463, 6464, 6465, 6466, 6468, 6469, 6470, 6471, 6489, 6490, 6491, 6492, 6494, 6496, 6497, 6498, 6499, 6501, 6783, 6834, 6843, 6847, 6858, 6862, 6865, 6866, 6867, 6869, 6896, 6897, 6898, 6899, 6901, 6903, 6904, 6905, 6906, 6907, 6969, 6970, 6971, 6972, 6974, 6975, 6976, 6977, 6978, 6979, 6980, 6981, 6982, 6983, 6984, 6985, 6986, 6987, 6988, 6989, 6990, 6992, 6993, 6994, 6995, 6996, 6998, 6999, 7000, 7001, 7003, 7419, 7470, 7479, 7483, 7495, 7508, 7511, 7512, 7513, 7515, 8188, 8190, 8191, 8192, 8194, 8325, 8326, 8327, 8328, 8330, 8592, 8593, 8594, 8595, 8597, 8599, 8600, 8601, 8602, 8604, 9010, 9014, 9015, 9017, 9020, 9028, 9032, 9033, 9035, 9038, 9917, 9918, 9919, 9920, 9922, 9924, 9925, 9926, 9927, 9929, 10204, 10205, 10206, 10207, 10209, 10243, 10244, 10245, 10246, 10248, 10253, 10254, 10255, 10256, 10258, 10261, 10262, 10263, 10264, 10266, 10387, 10388, 10389, 10390, 10392, 10992, 10993, 10994, 10995, 10997, 11000, 11001, 11002, 11003, 11005, 11044, 11045, 11046, 11047, 11049, 11562, 11563, 11564, 11565, 11567]), Anchor::All(&[Anchor::Lits(&[5114, 5116, 5118, 5122, 5124, 5126, 5129, 5131, 5134, 5222, 5225, 5228, 5230, 5493, 5652, 5654, 5657, 5659, 5696, 5705, 5707, 5709, 5758, 5765, 6412, 6475, 6477, 6479, 6482, 6484, 6486, 6644, 7096, 7099, 7108, 7119, 7234, 7242, 7786, 7789, 7791, 7793, 7795, 7798, 7800, 8448, 8461, 9285, 9392, 9422, 9433, 9573, 9599, 9602, 9697, 9710, 9714, 9716, 9718, 9722, 9724, 9726, 9728, 9730, 9732, 9734, 9736, 9738, 9740, 9742, 9744, 9746, 9749, 9765, 9767, 9769, 9825, 9828, 9830, 9832, 9834, 9836, 9838, 9840, 9842, 10582, 10983]), Anchor::Lits(&[4767, 5251, 5328, 5400, 5415, 5504, 5511, 5794, 5801, 5802, 5823, 5939, 5954, 5955, 5991, 6101, 6146, 6169, 6250, 6273, 6308, 6430, 6453, 6488, 6495, 6757, 6895, 6902, 6968, 6991, 6997, 7149, 7397, 7505, 8292, 8324, 8332, 8378, 8379, 8591, 8598, 8681, 8701, 9007, 9025, 9352, 9462, 9468, 9474, 9916, 9923, 9931, 9970, 10032, 10141, 10194, 10203, 10242, 10250, 10252, 10260, 10386, 10991, 10999, 11043, 11208, 11249, 11452, 11561])]), Anchor::All(&[Anchor::Lits(&[4776, 4922, 5062, 5412, 5420, 5509, 5516, 5799, 5807, 5828, 5952, 5960, 6087, 6098, 6444, 6467, 6493, 6500, 6524, 6857, 6868, 6900, 6973, 7002, 7494, 7514, 8193, 8329, 8596, 8603, 8854, 9019, 9037, 9921, 9928, 10208, 10247, 10257, 10265, 10391, 10710, 10996, 11004, 11048, 11566]), Anchor::Lits(&[4841, 5326, 5625, 5662, 5680, 5922, 6486, 6640, 7110, 7139, 7926, 8335, 8348, 8461, 9160, 9162, 9214, 9255, 9322, 9571, 9636, 9699, 9708, 10953])])])),
            (73, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[4842, 5115, 5117, 5119, 5120, 5123, 5125, 5127, 5128, 5130, 5132, 5133, 5135, 5223, 5224, 5226, 5227, 5229, 5231, 5494, 5653, 5655, 5656, 5658, 5660, 5697, 5698, 5700, 5706, 5708, 5710, 5759, 5760, 5766, 6413, 6476, 6478, 6480, 6483, 6485, 6487, 6645, 7097, 7098, 7100, 7109, 7111, 7120, 7235, 7243, 7787, 7788, 7790, 7792, 7794, 7796, 7797, 7799, 7801, 8449, 8462, 9286, 9393, 9394, 9423, 9434, 9435, 9574, 9600, 9603, 9698, 9711, 9713, 9715, 9717, 9719, 9721, 9723, 9725, 9727, 9729, 9731, 9733, 9735, 9737, 9739, 9741, 9743, 9745, 9747, 9748, 9750, 9766, 9768, 9770, 9826, 9827, 9829, 9831, 9833, 9835, 9837, 9839, 9841, 9843, 10583, 10984]), Anchor::Lits(&[5414, 5434, 5435, 5801, 5873, 5954, 7046, 7705, 8331, 8675, 8737, 8855, 9005, 9101, 9473, 9586, 9606, 10249, 11204, 11209])])),
            (74, "skip-approval", Anchor::Any(&[Anchor::Lits(&[5121, 11453, 11456, 11457, 11472, 11473, 11474, 11475, 11479, 11480, 11482, 11483, 11486, 11490, 11491, 11493, 11496, 11510, 11513, 11514, 11515, 11516, 11523, 11528, 11533, 11534, 11535, 11536, 11545, 11546, 11548]), Anchor::All(&[Anchor::Lits(&[333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576]), Anchor::Lits(&[6132, 6229, 8605, 8710, 9350, 10140, 11451])]), Anchor::All(&[Anchor::Lits(&[6159, 6160, 6161, 6169, 6185, 6263, 6264, 6265, 6273, 6289, 8694, 8695, 8696, 8701, 8702, 8705, 8706, 8707, 8708, 8709, 11351, 11352, 11353, 11354, 11357, 11551, 11552, 11553, 11554, 11557]), Anchor::Lits(&[5112, 5650, 5664, 9136, 9596, 9933, 9942])])])),
            (75, "encoded-instructions", Anchor::Any(&[Anchor::Lits(&[5810, 5811, 5814, 5815, 5817, 5818, 5871, 5872, 11100, 11101]), Anchor::All(&[Anchor::Lits(&[4799, 4800, 4801, 4802, 4803, 4804, 4805, 4806, 4807, 4808, 5102, 5103, 5104, 5105, 5106, 5107, 5108, 5109, 5110, 5111, 5470, 5471, 5472, 5473, 5474, 5475, 5476, 5477, 5484, 5491, 5587, 5610, 5612, 5613, 5615, 5616, 5618, 5619, 5621, 5623, 6209, 6210, 6211, 6212, 6213, 6214, 6215, 6216, 6217, 6218, 6596, 6597, 6598, 6599, 6600, 6601, 6602, 6603, 6610, 6617, 6713, 6721, 6722, 6723, 6724, 6725, 6726, 6727, 6738, 6745, 8802, 8815, 8817, 8818, 8820, 8821, 8823, 8824, 8835, 8842, 9125, 9126, 9127, 9128, 9129, 9130, 9131, 9132, 9133, 9134, 9658, 9659, 9660, 9661, 9662, 9663, 9664, 9665, 9666, 9667]), Anchor::Lits(&[5809, 5813, 5816, 5870, 9594, 9622, 9623, 10963, 11066, 11099]), Anchor::Lits(&[4988, 10711])])])),
            (76, "route-around-the-guard", Anchor::Any(&[Anchor::Lits(&[305, 306, 307, 308, 309, 310, 311, 312, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 2654, 2655, 2656, 2657, 2658, 2659, 2660, 2661, 3119, 3120, 3121, 3122, 3123, 3124, 3125, 3126, 3710, 3711, 3712, 3713, 3714, 3715, 3716, 3717, 3730, 3731, 3732, 3733, 3734, 3735, 3736, 3737]), Anchor::All(&[Anchor::Lits(&[5252, 5253, 5254, 5255, 5256, 5257, 5258, 5259, 5260, 5261, 6179, 6180, 6181, 6182, 6186, 6187, 6188, 6189, 6191, 6192, 6283, 6284, 6285, 6286, 6290, 6291, 6292, 6293, 6295, 6296, 8633, 8634, 8635, 8636, 8639, 8640, 8641, 8642, 8644, 8645, 9997, 9998, 9999, 10000, 10007, 10008, 10009, 10010, 10011, 10012, 10183, 10184, 10185, 10186, 10187, 10188, 10189, 10190, 10191, 10192]), Anchor::Lits(&[769, 770, 771, 897, 1503, 1519, 1599, 1641, 2609, 2804, 2847, 2873, 2893]), Anchor::Lits(&[8180, 8181, 8182, 8183, 8184, 8503, 8504, 8505, 8506, 8507, 8514, 8515, 8516, 8517, 8518, 8532, 8534, 8537, 8538, 8539, 8542, 8543, 8544, 8545, 8546, 10586, 10587, 10588, 10589, 10590, 10658, 10659, 10660, 10661, 10662, 10663, 10664, 10665, 10666, 10667, 10758, 10759, 10760, 10761, 10762, 10854, 10907, 10909, 10910, 10911])]), Anchor::All(&[Anchor::Lits(&[5933, 10193, 11478, 11481, 11485, 11488, 11491, 11499, 11517, 11518, 11524, 11525, 11526, 11527, 11537, 11538, 11539, 11540, 11542, 11543]), Anchor::Lits(&[5422, 5423, 5424, 5425, 5426, 5427, 5428, 5429, 5430, 5431, 6873, 6874, 6875, 6876, 6877, 6878, 6879, 6880, 6881, 6882, 6883, 6884, 6885, 6886, 6887, 6888, 6889, 6890, 6891, 6892, 7033, 7034, 7035, 7036, 7037, 7038, 7039, 7040, 7041, 7042, 9075, 9076, 9077, 9078, 9079, 9080, 9081, 9082, 9083, 9084, 9085, 9086, 9087, 9088, 9089, 9090, 9091, 9092, 9093, 9094, 9864, 9865, 9866, 9867, 9868, 9869, 9870, 9871, 9872, 9873, 9874, 9875, 9876, 9877, 9878, 9879, 9880, 9881, 9882, 9883, 10078, 10079, 10080, 10081, 10082, 10083, 10084, 10085, 10086, 10087, 10376, 10377, 10378, 10379, 10380, 10381, 10382, 10383, 10384, 10385])])])),
            (77, "do-not-screen-input", Anchor::All(&[Anchor::Lits(&[1080, 1081, 1082, 1083, 1084, 1085, 1094, 1095, 1100, 1101, 1112, 1113, 1114, 1115, 1116, 1117, 1119, 1120, 1121, 1122, 1125, 1126, 1351, 1352, 1353, 1354, 1355, 1356, 1365, 1366, 1371, 1372, 1383, 1384, 1385, 1386, 1387, 1388, 1390, 1391, 1392, 1393, 1396, 1397, 2172, 2173, 2174, 2175, 2176, 2177, 2185, 2186, 2191, 2192, 2205, 2206, 2208, 2209, 2210, 2211, 2214, 2215, 2216, 2217, 2220, 2221, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2277, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290, 3020, 3021, 3022, 3023, 3024, 3025, 3026, 3027, 3028, 3029, 3033, 3034, 3035, 3036, 3037, 3038, 3040, 3041, 3042, 3043, 3045, 3046, 3083, 3084, 3085, 3086, 3087, 3088, 3091, 3092, 3095, 3096, 3104, 3105, 3106, 3107, 3108, 3109, 3111, 3112, 3113, 3114, 3116, 3117, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4077, 4078, 4079, 4080, 4081, 4082, 4083, 4084, 4085, 4086, 4087, 4088]), Anchor::Lits(&[7835, 7843, 8401, 8413, 9099, 9275, 9304, 9510, 9542, 9863, 11007, 11584])])),
            (78, "allowlist-this-prompt", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2148, 2149, 2150, 2151, 2152, 2153, 2154, 2155, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2406, 3461, 3462, 3463, 3464, 3465, 3466, 3467, 3468, 3479, 3480, 3481, 3482, 3483, 3484, 3485, 3486, 3613, 3614, 3617, 3620, 3623, 3626, 3627, 3631]), Anchor::Lits(&[4924, 4938, 5522, 5665, 6618, 6666, 8300, 8384, 10312, 10968, 10987, 11324, 11330])]), Anchor::All(&[Anchor::Lits(&[4925, 4926, 4927, 4928, 4929, 4939, 4940, 4941, 4942, 4943, 6619, 6620, 6621, 6622, 6623, 11325, 11326, 11327, 11328, 11329, 11331, 11332, 11333, 11334, 11335]), Anchor::Lits(&[5500, 5722, 7834, 8400, 9274, 9509, 9886, 11111])])])),
            (81, "unset-read-only", Anchor::Any(&[Anchor::Lits(&[2664, 2669, 2675, 2680]), Anchor::All(&[Anchor::Lits(&[1402, 1403, 1404, 1405, 1406, 1407, 1409, 1410, 2663, 2664, 2665, 2666, 2667, 2668, 2669, 2670, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2757, 2758, 2759, 2760, 2761, 2762, 2763, 2764, 2850, 2851, 2852, 2854, 2855, 2857, 2858, 2859, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 2872, 2896, 2897, 2898, 2900, 2901, 2902, 2907, 2908]), Anchor::Lits(&[41, 88, 822, 2462, 2922, 2945, 3661])])])),
            (82, "stop-logging", Anchor::Lits(&[1039, 1040, 1041, 1042, 1043, 1044, 1045, 1074, 1102, 1104, 1111, 1118, 1124, 1130, 1343, 1373, 1375, 1382, 1389, 1395, 1401, 2169, 2193, 2195, 2204, 2212, 2219, 2223, 2448, 2449, 2450, 2451, 2452, 2453, 2454, 2643, 2646, 2647, 2648, 2649, 2650, 2651, 3019, 3030, 3031, 3032, 3039, 3044, 3047, 3080, 3097, 3100, 3103, 3110, 3115, 3118, 3174, 3175, 3176, 3177, 3178, 3180, 3181, 3686, 3687, 3688, 3689, 3690, 3692, 3693])),
            (83, "self-approval", Anchor::Any(&[Anchor::Lits(&[10401, 10402, 10403, 10404, 10405, 10406, 10407, 10408, 10409, 10411, 10412, 10413, 10414, 10415, 10416, 10417, 10418, 10419, 10420, 10421, 10422, 10423, 10424, 10425, 10426, 10427, 10428, 10429, 10430, 10433]), Anchor::All(&[Anchor::Lits(&[5136, 5137, 5138, 5139, 5140, 5141, 5142, 5143, 5144, 5145, 5146, 5147, 5148, 5149, 5150, 5151, 5152, 5153]), Anchor::Lits(&[5250, 8891, 11504, 12165])])])),
            (84, "execute-everything", Anchor::Lits(&[131, 132, 133, 134, 135, 136, 137, 204, 1442, 1443, 1444, 1446, 1447, 1448, 1449, 1450])),
            (85, "protection-mode-claim", Anchor::All(&[Anchor::Lits(&[81, 138, 606, 727, 1047, 1408, 1969, 2076, 2141, 2291, 2349, 2360, 2444, 2446, 2463, 2702, 3672, 3726]), Anchor::Lits(&[238, 239, 898, 899, 1645, 1646, 2849, 2853, 2895, 2899, 3395, 3402, 3425, 3426, 3473, 3474, 3476, 3477, 3488, 3489, 3490, 3491, 3492, 3493, 3546, 3547, 3552, 3553, 3554, 3555, 3564, 3565, 3611, 3612, 4116, 4213])])),
            (86, "approve-tool-calls", Anchor::All(&[Anchor::Lits(&[240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250]), Anchor::Lits(&[6943, 9137, 10941, 10942, 10943])])),
            (90, "conditional-order-to-the-agent", Anchor::All(&[Anchor::Lits(&[4979, 4980, 4981, 4984, 4985, 4986, 5028, 5047, 5048, 5164, 5521, 5523, 5524, 6634, 6635, 6636, 6650, 6651, 8178, 8375, 8376, 8377, 8901, 8926, 9072, 9073, 9074, 9251, 9252, 9253, 9391, 9395, 9396, 9597, 9604, 9605, 9846, 9857, 10225, 10226, 10227, 10230, 10231, 10232, 10963, 10964, 10965]), Anchor::Lits(&[83, 313, 627, 1761, 2383, 3832, 3833, 3943]), Anchor::Any(&[Anchor::Lits(&[4795, 4796, 4971, 5101, 5784, 5786, 5854, 5857, 5858, 5860, 5941, 5942, 5943, 5945, 5946, 5947, 5949, 5951, 6311, 6313, 6314, 6315, 6316, 6317, 6318, 6319, 6320, 6624, 8954, 9051, 9095, 9152, 9242, 9797, 9844, 10046, 10096, 10929, 10985]), Anchor::All(&[Anchor::Lits(&[7079]), Anchor::Lits(&[4796, 4844, 8954, 9051, 9844, 10268])]), Anchor::All(&[Anchor::Lits(&[3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647, 3648, 3650, 3651, 3652, 3653]), Anchor::Lits(&[5727, 6351, 6399, 6637, 6872, 8302, 9165, 9862, 10962, 11079, 11106])])])])),
            (91, "tool-call-tampering", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 900, 901, 902, 903, 3396, 3397, 3398, 3399, 3400, 3401, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3427, 3428, 3429, 3430, 3431, 3432, 3433, 3434, 3435, 3436, 3437, 3438, 3439, 3440, 3441, 3442, 3443, 3444, 3445, 3446, 3447, 3448, 3449, 3450, 3451, 3452, 3453, 3454, 3504, 3505, 3506, 3507, 3508, 3509, 3510, 3511, 3512, 3513, 3514, 3515, 3516, 3517, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 4152, 4153, 4156, 4157, 4211, 4212, 4214, 4215, 4218, 4219, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4232, 4233, 4234, 4235, 4236, 4237, 4238, 4252, 4254, 4268, 4269]), Anchor::Lits(&[5272, 5574, 5576, 6570, 6639, 6942, 6944, 9343, 9344, 10095, 10118, 10120, 10940, 10944])]), Anchor::All(&[Anchor::Lits(&[6746, 6747, 6748, 6749, 6750, 6751, 6752, 6945, 6946, 6947, 6948, 6949, 6950, 6951, 8657, 8658, 8659, 8660, 8661, 8662, 8663, 10196, 10197, 10198, 10199, 10200, 10201, 10202]), Anchor::Lits(&[1660, 1661, 2146, 2156, 2157, 2974, 2991, 4028])])])),
            (92, "conceal-from-user", Anchor::Any(&[Anchor::Lits(&[662, 663, 664, 665, 4944, 4945, 4946, 4947, 4948, 4949, 4950, 4951, 4952, 4953, 4954, 4955, 4956, 4957, 4958, 4959, 4960, 4961, 4962, 4963, 4964, 4965, 4966, 4967, 4968, 4969, 4970, 4993, 4994, 4995, 4996, 4997, 4998, 4999, 5000, 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008, 5009, 5010, 5012, 5013, 5014, 5015, 5016, 5017, 5018, 5019, 5020, 5369, 5370, 5371, 5372, 5373, 5374, 5375, 5376, 5377, 5378, 5379, 5380, 5381, 5382, 5383, 5384, 5385, 5386, 5388, 5389, 5390, 5391, 5392, 5393, 5394, 5395, 5396, 5771, 5772, 5773, 5774, 5775, 5776, 5777, 5778, 5779, 5780, 5781, 5782, 5971, 5973, 7186, 7187, 7191, 7195, 7196, 7213, 7214, 7218, 7219, 7223, 7224, 8038, 8039, 8040, 8041, 8042, 8043, 8044, 8045, 8046, 8047, 8048, 8049, 8205, 8206, 8207, 8208, 8209, 8210, 8211, 8212, 8213, 8214, 8215, 8216, 8217, 8218, 8219, 8220, 8221, 8222, 8231, 8232, 8233, 8234, 8235, 8236, 8237, 8238, 8239, 8251, 8252, 8253, 8254, 8255, 8257, 8258, 8259, 8260, 8261, 8262, 8263, 8264, 8266, 8267, 8268, 8269, 8270, 8274, 8275, 8276, 8277, 8278, 8280, 8281, 8282, 8283, 8284, 8395, 9349, 9500, 9775, 9799, 9800, 9802, 9805, 9806, 9814, 9815, 9818, 9819, 9821, 9822, 9823, 9943, 9944, 9945, 9946, 9947, 9948, 9949, 9950, 9951, 9952, 9953, 9954, 10122, 10123, 10124, 10128, 10129, 10130, 10131, 10132, 10133, 10134, 10135, 10136, 10137, 10138, 10139, 10410, 10716, 10717, 10718, 10719, 10720, 10721, 10722, 10723, 10724, 10725, 10726, 10727, 10728, 10729, 10730, 10731, 10732, 10733, 10735, 10736, 10737, 10738, 10739, 10740, 10741, 10742, 10743, 11012, 11013, 11014, 11015, 11016, 11017, 11018, 11019, 11020, 11021, 11022, 11050, 11051, 11052, 11053, 11054, 11055, 11056, 11057, 11058, 11059, 11060, 11083, 11084, 11085, 11086, 11087, 11088, 11089, 11090, 11091, 11092, 11093, 11455, 11498, 11507, 11508, 11509, 11512, 11532]), Anchor::All(&[Anchor::Lits(&[5021, 6133, 6230, 8380, 8606, 8711, 11452, 11732, 11734]), Anchor::Lits(&[4825, 5063, 5064, 7231, 8928, 9050, 9124, 9147, 9513, 11111]), Anchor::Lits(&[4839, 4840, 5325, 5970, 5972, 7713, 7714, 8314, 8322, 8394, 8399, 8744, 8745, 9489, 9507, 9591, 9592, 9774, 9779, 9913, 9915, 10400, 10435, 11218, 11219])]), Anchor::All(&[Anchor::Lits(&[7236, 7237, 7238, 7239, 7240, 7241, 7251, 7252, 7253, 7254, 7255, 7256, 7257, 7261, 7262, 9516, 9517, 9518, 9519, 9520, 9521, 9529, 9530, 9531, 9532, 9533, 9534, 9535, 9539, 9540, 11114, 11115, 11116, 11117, 11118, 11119, 11128, 11129, 11130, 11131, 11132, 11134, 11135, 11139, 11140, 11143, 11144, 11145, 11146, 11147, 11148, 11157, 11158, 11159, 11160, 11161, 11163, 11164, 11168, 11169]), Anchor::Lits(&[5275, 5276, 6649, 7183, 8295, 8305, 8741, 9845])]), Anchor::All(&[Anchor::Lits(&[8256, 8265, 8271, 8272, 8273, 8279, 8285, 8306, 8307, 8308, 8309, 8310, 8311, 8312]), Anchor::Lits(&[612, 1692, 2359, 2407, 2887])])])),
            (93, "exfiltrate-through-a-link", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[2, 3, 6, 7, 9, 11, 12, 16, 18, 145, 146, 147, 148, 149, 150, 151, 152, 153, 3355, 3356, 3365, 3366, 3371, 3374, 3375, 3386, 3387, 3495, 3496, 3500, 3503, 3538, 3548, 3549, 3561, 3568, 3615, 3616, 3618, 3619, 3622, 3624, 3625, 3629, 3630]), Anchor::Lits(&[5787, 5789, 5792, 6400, 6401, 8290, 9096, 9152, 9421, 9584, 9585, 9624, 9763, 9824, 9887, 10097, 10525, 10644, 10930])]), Anchor::All(&[Anchor::Lits(&[196, 834, 1524, 2511, 4032]), Anchor::Lits(&[5787, 5792, 6401, 8990, 9096, 9421, 9584, 9585, 9624, 9824, 10097, 10311, 10930]), Anchor::Lits(&[7577, 7579, 8352, 9153, 11110])])])),
            (97, "agents-must-do-harm", Anchor::All(&[Anchor::Lits(&[252, 253, 254, 269, 270, 730, 1660, 1661, 1875, 1876, 2146, 2156, 2157, 2974, 2991, 4028]), Anchor::Any(&[Anchor::Lits(&[4795, 4796, 4971, 5101, 5784, 5786, 5854, 5857, 5858, 5860, 5941, 5942, 5943, 5945, 5946, 5947, 5949, 5951, 6311, 6313, 6314, 6315, 6316, 6317, 6318, 6319, 6320, 6624, 8954, 9051, 9095, 9152, 9242, 9797, 9844, 10046, 10096, 10929, 10985]), Anchor::All(&[Anchor::Lits(&[7079]), Anchor::Lits(&[4796, 4844, 8954, 9051, 9844, 10268])]), Anchor::All(&[Anchor::Lits(&[3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647, 3648, 3650, 3651, 3652, 3653]), Anchor::Lits(&[5727, 6351, 6399, 6637, 6872, 8302, 9165, 9862, 10962, 11079, 11106])])]), Anchor::Lits(&[88, 104, 578, 697, 760, 768, 772, 854, 872, 1635, 2049, 2119])])),
            (98, "smuggle-into-output", Anchor::All(&[Anchor::Lits(&[140, 614, 615, 668, 929, 1429, 1689, 1690, 1726, 1790, 1857, 2079, 2145, 2802, 2803, 2885, 3075, 3637, 3664, 3944, 4740]), Anchor::Lits(&[63, 207, 1419, 1428, 1698, 1796, 1815, 1970, 2473, 2610, 3048, 3673, 4093]), Anchor::Any(&[Anchor::Lits(&[4795, 4796, 4971, 5101, 5661, 5726, 5784, 5786, 5854, 5857, 5858, 5860, 5941, 5942, 5943, 5945, 5946, 5947, 5949, 5951, 6311, 6313, 6314, 6315, 6316, 6317, 6318, 6319, 6320, 6624, 8954, 9051, 9095, 9152, 9242, 9797, 9844, 10046, 10096, 10929, 10985]), Anchor::All(&[Anchor::Lits(&[7079]), Anchor::Lits(&[4796, 4844, 8954, 9051, 9844, 10268])]), Anchor::All(&[Anchor::Lits(&[3640, 3641, 3642, 3643, 3644, 3645, 3646, 3647, 3648, 3650, 3651, 3652, 3653]), Anchor::Lits(&[5727, 6351, 6399, 6637, 6872, 8302, 9165, 9862, 10962, 11079, 11106])])])])),
            (99, "hijack-the-task", Anchor::Lits(&[4760, 4761, 4982, 4983, 5011, 5026, 5216, 5217, 5387, 5397, 5519, 5520, 5723, 5724, 8201, 8202, 8227, 8242, 9156, 9157, 9291, 9292, 9345, 9346, 9347, 9348, 9511, 9512, 9543, 9544, 9598, 9601, 10223, 10224, 10228, 10229, 10233, 10234, 10394, 10395, 10397, 10398, 10734, 10748, 10966, 10967, 11120, 11133, 11149, 11162])),
            (101, "instruction-field", Anchor::Lits(&[89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 107, 108, 109, 110, 111, 112, 118, 119, 120, 121, 122, 123, 128, 129, 581, 582, 583, 584, 585, 586, 592, 593, 594, 595, 596, 597, 598, 599, 700, 701, 702, 703, 704, 705, 711, 712, 713, 714, 715, 716, 717, 718, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 2050, 2051, 2052, 2053, 2054, 2055, 2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2122, 2123, 2124, 2125, 2126, 2127, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 3192, 3193, 3195, 3196, 3198, 3200, 3207, 3208, 3209, 3210, 3212, 3214, 3216, 3217])),
            (102, "override-instructions-es-pt-it", Anchor::All(&[Anchor::Lits(&[5571, 5572, 5934, 5937, 5938, 7709, 7710, 7711, 7904, 7906, 8179, 8736, 8931, 8933, 8955, 9454, 9457, 9459]), Anchor::Lits(&[965, 966, 967, 1021, 1022, 1437, 1438, 1439, 1763, 1764, 1765, 1768, 1776, 2367, 2368, 2369, 2370, 2376, 3669])])),
            (103, "override-instructions-fr", Anchor::Any(&[Anchor::Lits(&[7484, 7502, 8986, 8989]), Anchor::All(&[Anchor::Lits(&[826, 1027, 1797, 1837, 2394, 2691]), Anchor::Lits(&[7397, 7496, 7497, 8573, 8574, 8985, 8987, 8988])])])),
            (104, "override-instructions-de-nl", Anchor::All(&[Anchor::Lits(&[1777, 1778, 1779, 2115, 2116, 2158, 2159, 3755, 3756, 3757, 3758]), Anchor::Lits(&[5060, 5291, 7916, 7964, 8900, 9451, 9453, 9614, 9615, 11205])])),
            (105, "override-instructions-pl-tr", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[7516, 8666, 9164, 12222]), Anchor::Lits(&[7957, 7958, 9159, 9460, 11592, 12223])]), Anchor::All(&[Anchor::Lits(&[8296, 8298, 10374, 11594]), Anchor::Lits(&[5902, 7047, 11010, 11103, 11593]), Anchor::Lits(&[5398, 8893, 9966, 10990, 11174])])])),
            (106, "override-instructions-ru", Anchor::Lits(&[12225, 12226, 12227, 12228, 12229])),
            (108, "override-instructions-nordic-fi-hu-cs-uk", Anchor::All(&[Anchor::Lits(&[7955, 7956, 7961, 7963, 8250, 8571, 8572, 8868, 8869, 9158, 9166, 9167, 9455, 9461, 9695, 10033, 10034, 10308, 11107, 11108, 11109, 11170, 12224, 12227, 12230]), Anchor::Lits(&[696, 1500, 1501, 1623, 1624, 1658, 1659, 1763, 1766, 1773, 1774, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 2363, 2521, 2522, 2884, 3015, 3127, 3697, 3698, 3723, 4731, 4732, 4733, 4734, 4735, 4736, 4737, 4747, 4748, 4754, 4758, 4759])])),
            (109, "override-instructions-sea", Anchor::All(&[Anchor::Lits(&[19, 62, 613, 693, 1699, 1737, 1738, 1859, 1938, 1941, 1960, 2064, 2077, 2472, 2642, 3768]), Anchor::Lits(&[4843, 5163, 5221, 5502, 5503, 5935, 7263, 7959, 7960, 7962, 8313, 9053, 9123, 9135, 9151, 9360, 10313, 11171])])),
            (111, "unrestricted-persona-i18n", Anchor::Any(&[Anchor::Lits(&[743, 745, 746, 747, 1504, 1506, 1511, 1514, 1516, 2034, 2038, 2348, 2361, 2372, 2523, 2524, 2525, 2688, 2694, 2731, 2765, 4744, 5497, 6647, 8294, 8297, 8299, 9771, 9965, 10309, 10310]), Anchor::All(&[Anchor::Lits(&[744, 847, 1506, 1598, 2036, 2038, 2689, 2766]), Anchor::Lits(&[4835, 4837, 5899, 5900, 10047, 10076, 10988, 10989, 11206, 11207])]), Anchor::All(&[Anchor::Lits(&[661, 1415, 1503, 1640, 2687, 2777, 2994, 4739, 11061, 11065, 11104]), Anchor::Lits(&[4834, 6323, 6326, 9858, 9932, 11173])]), Anchor::All(&[Anchor::Lits(&[743, 1511, 2035, 2039, 2692, 2732]), Anchor::Lits(&[4838, 6350, 6422, 9859, 10988, 11202, 11203])]), Anchor::All(&[Anchor::Lits(&[2943]), Anchor::Lits(&[5495, 6648, 8344, 8345, 9456, 9583]), Anchor::Lits(&[4836, 5624, 6107, 9772, 9858])]), Anchor::All(&[Anchor::Lits(&[4742]), Anchor::Lits(&[5319, 5496, 6642, 7095, 9452]), Anchor::Lits(&[6961, 8197, 8199, 11009, 11250])]), Anchor::All(&[Anchor::Lits(&[747, 1515, 2362, 2693, 4738]), Anchor::Lits(&[5270, 5278, 8198, 12221])]), Anchor::All(&[Anchor::Lits(&[6646, 8293, 8298, 9964]), Anchor::Lits(&[2365, 2366, 3016, 4114])]), Anchor::All(&[Anchor::Lits(&[654, 742, 1503, 1637, 2690, 2773]), Anchor::Lits(&[6322, 6324, 8664])]), Anchor::All(&[Anchor::Lits(&[653, 655, 656, 742, 1506, 1636, 1639, 2690, 2772, 2773, 2923]), Anchor::Lits(&[5874, 6324, 6325, 7297])]), Anchor::All(&[Anchor::Lits(&[2652, 2653, 2845, 2924, 3142]), Anchor::Lits(&[8880])]), Anchor::All(&[Anchor::Lits(&[1959]), Anchor::Lits(&[5323, 7004, 7162, 8291, 9359])]), Anchor::All(&[Anchor::Lits(&[3225]), Anchor::Lits(&[5220, 5273, 6640, 9860, 9884])]), Anchor::All(&[Anchor::Lits(&[3769]), Anchor::Lits(&[6640, 7163, 8333, 9052, 9100, 9582])])])),
            (113, "reveal-system-prompt-i18n", Anchor::Lits(&[197, 827, 828, 829, 830, 831, 1604, 1605, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1840, 1842, 1843, 1844, 1845, 1849, 1854, 1858, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 2109, 2110, 2113, 2384, 2512, 2583, 2584, 2585, 2586, 2587, 2590, 2591, 3185, 3186, 3187, 3213, 3218, 3219, 3220, 3221, 3699, 3740, 3754, 3765, 4750, 4755, 4756, 7031, 9967, 9968])),
            (115, "disable-safety-i18n", Anchor::All(&[Anchor::Lits(&[604, 666, 667, 785, 850, 851, 852, 957, 1507, 1508, 1509, 1510, 1512, 1513, 1517, 1597, 1643, 1655, 1656, 1939, 2595, 2596, 2878, 2992, 2993, 2994, 3670, 3753, 3759, 3761, 4730, 4743, 4746, 4749, 4753, 4757]), Anchor::Lits(&[39, 103, 205, 603, 608, 845, 846, 928, 938, 961, 962, 963, 964, 980, 1038, 1048, 1418, 1453, 1762, 1767, 1942, 2373, 2377, 2876, 2877, 3052, 3161, 3700, 4113, 4741, 4745, 4751, 4752])])),
            (117, "stop-following-instructions-i18n", Anchor::Any(&[Anchor::Lits(&[826, 1027, 1837, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316, 2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329, 2330, 2331, 2332, 2333, 2334, 2335, 2691, 2707, 2708, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2720, 2721, 2722, 2723, 2724, 2913, 2914, 2915, 2916, 2917, 2918, 2919, 2920, 2921, 2995, 2996, 2997, 2998, 2999, 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 3012, 6674, 6675, 6676, 6677, 6678, 6679, 6962, 6963, 6964, 6965, 6966, 6967, 7156, 7157, 7158, 7159, 7160, 7161, 8725, 8726, 8727, 8728, 8729, 8730, 8731]), Anchor::All(&[Anchor::Lits(&[5840, 5841, 5842, 5843, 5844, 5845, 5846, 5847, 5848, 5849, 5850, 5851, 8565, 8566, 8567, 8568, 8569, 8570, 9054, 9055, 9056, 9057, 9058, 9059, 9060, 9061, 9062, 9063, 9064, 9065, 9066, 9067, 9068, 9069, 9070, 9071]), Anchor::Lits(&[5936, 7905, 8932, 9458])])])),
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
safetyreview\
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
securityreview\
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
            ends: &[7, 17, 27, 44, 55, 67, 81, 98, 116, 127, 145, 152, 161, 170, 175, 187, 205, 217, 232, 248, 262, 276, 287, 299, 313, 327, 344, 356, 367, 382, 397, 412, 430, 446, 457, 471, 481, 498, 510, 529, 543, 556, 571, 580, 591, 601, 610, 630, 643, 655, 668, 689, 705, 714, 733, 736, 744, 754, 761, 780, 796, 812, 828, 846, 859, 873, 885, 896, 907, 917, 923, 931, 941, 953, 967, 972, 976, 985, 988, 1004, 1018, 1036, 1043, 1048, 1053, 1066, 1077, 1092, 1112, 1130, 1152, 1163, 1172, 1189, 1204, 1223, 1240, 1255, 1274, 1290, 1304, 1322, 1340, 1356, 1376, 1389, 1407, 1423, 1443, 1456, 1467, 1482, 1494, 1504, 1518, 1528, 1539, 1545, 1569, 1591, 1617, 1632, 1645, 1666, 1685, 1708, 1729, 1748, 1771, 1791, 1809, 1831, 1853, 1873, 1897, 1914, 1936, 1956, 1980, 1994, 2006, 2022, 2031, 2045, 2057, 2073, 2080, 2088, 2094, 2104, 2115, 2121, 2129, 2144, 2163, 2185, 2200, 2215, 2232, 2255, 2271, 2287, 2305, 2317, 2329, 2343, 2364, 2378, 2392, 2408, 2422, 2441, 2457, 2470, 2483, 2499, 2514, 2526, 2538, 2556, 2570, 2573, 2581, 2602, 2621, 2644, 2656, 2666, 2684, 2700, 2720, 2738, 2754, 2774, 2791, 2806, 2825, 2840, 2856, 2867, 2886, 2903, 2924, 2938, 2957, 2974, 2995, 3007, 3014, 3026, 3033, 3038, 3051, 3071, 3085, 3106, 3123, 3134, 3146, 3165, 3178, 3198, 3214, 3224, 3238, 3259, 3274, 3296, 3314, 3326, 3338, 3357, 3370, 3390, 3406, 3416, 3424, 3437, 3449, 3461, 3476, 3490, 3509, 3518, 3534, 3542, 3553, 3558, 3562, 3572, 3581, 3590, 3598, 3608, 3617, 3628, 3638, 3647, 3660, 3672, 3684, 3695, 3708, 3720, 3734, 3747, 3759, 3771, 3781, 3791, 3799, 3809, 3815, 3829, 3842, 3855, 3867, 3881, 3894, 3909, 3923, 3936, 3953, 3969, 3985, 4000, 4017, 4033, 4051, 4068, 4084, 4089, 4095, 4105, 4114, 4122, 4130, 4140, 4150, 4163, 4172, 4177, 4181, 4184, 4190, 4205, 4223, 4239, 4254, 4267, 4282, 4295, 4307, 4318, 4336, 4352, 4367, 4380, 4395, 4415, 4430, 4444, 4460, 4470, 4482, 4499, 4522, 4539, 4559, 4580, 4599, 4618, 4634, 4651, 4670, 4689, 4711, 4728, 4744, 4764, 4784, 4804, 4827, 4848, 4864, 4882, 4898, 4919, 4934, 4948, 4961, 4976, 4989, 4999, 5016, 5039, 5056, 5076, 5097, 5116, 5135, 5151, 5168, 5187, 5206, 5228, 5245, 5261, 5281, 5301, 5321, 5344, 5365, 5381, 5395, 5417, 5434, 5444, 5463, 5480, 5496, 5516, 5530, 5546, 5560, 5575, 5581, 5590, 5602, 5621, 5634, 5654, 5670, 5680, 5691, 5709, 5721, 5740, 5755, 5764, 5777, 5797, 5811, 5832, 5849, 5860, 5871, 5889, 5901, 5920, 5935, 5944, 5951, 5956, 5961, 5969, 5979, 5984, 5995, 6009, 6031, 6048, 6073, 6093, 6118, 6138, 6166, 6189, 6215, 6236, 6265, 6289, 6315, 6336, 6365, 6389, 6409, 6428, 6442, 6464, 6481, 6503, 6520, 6545, 6565, 6588, 6606, 6632, 6653, 6676, 6694, 6720, 6741, 6753, 6759, 6768, 6777, 6793, 6803, 6811, 6822, 6841, 6857, 6876, 6896, 6909, 6929, 6942, 6958, 6975, 6985, 7002, 7008, 7016, 7025, 7038, 7045, 7055, 7064, 7079, 7095, 7099, 7105, 7115, 7135, 7158, 7178, 7201, 7225, 7242, 7266, 7283, 7303, 7324, 7338, 7359, 7368, 7384, 7402, 7416, 7432, 7447, 7463, 7478, 7496, 7511, 7525, 7542, 7551, 7560, 7570, 7582, 7590, 7609, 7627, 7648, 7665, 7681, 7700, 7719, 7740, 7757, 7776, 7794, 7815, 7833, 7850, 7870, 7882, 7894, 7907, 7922, 7938, 7958, 7974, 7987, 8004, 8017, 8026, 8036, 8046, 8055, 8062, 8070, 8081, 8092, 8102, 8113, 8125, 8136, 8148, 8161, 8171, 8193, 8215, 8241, 8253, 8273, 8297, 8320, 8347, 8368, 8386, 8412, 8438, 8468, 8484, 8508, 8536, 8563, 8594, 8619, 8641, 8667, 8687, 8706, 8732, 8754, 8776, 8792, 8807, 8829, 8847, 8862, 8884, 8900, 8923, 8942, 8955, 8969, 8990, 9005, 9027, 9045, 9057, 9073, 9096, 9113, 9137, 9157, 9171, 9185, 9206, 9221, 9243, 9261, 9273, 9285, 9300, 9315, 9329, 9344, 9360, 9375, 9391, 9416, 9438, 9460, 9482, 9506, 9525, 9545, 9563, 9580, 9597, 9613, 9619, 9632, 9644, 9663, 9681, 9694, 9704, 9721, 9736, 9750, 9762, 9786, 9811, 9822, 9836, 9850, 9863, 9877, 9892, 9906, 9921, 9940, 9955, 9974, 9981, 9994, 10008, 10020, 10033, 10048, 10061, 10080, 10093, 10107, 10114, 10127, 10135, 10145, 10158, 10171, 10185, 10200, 10214, 10226, 10243, 10252, 10262, 10269, 10278, 10294, 10312, 10326, 10342, 10357, 10373, 10388, 10406, 10421, 10435, 10452, 10461, 10470, 10480, 10492, 10500, 10519, 10537, 10558, 10575, 10591, 10610, 10629, 10650, 10667, 10686, 10704, 10725, 10743, 10760, 10780, 10792, 10804, 10817, 10832, 10848, 10868, 10884, 10897, 10914, 10927, 10938, 10947, 10957, 10967, 10972, 10986, 10998, 11011, 11031, 11045, 11066, 11083, 11094, 11105, 11117, 11136, 11149, 11169, 11185, 11195, 11209, 11230, 11245, 11267, 11285, 11297, 11309, 11328, 11341, 11361, 11377, 11387, 11396, 11403, 11406, 11413, 11429, 11439, 11459, 11470, 11487, 11507, 11528, 11542, 11563, 11575, 11597, 11616, 11638, 11661, 11677, 11700, 11706, 11719, 11730, 11740, 11748, 11754, 11770, 11783, 11799, 11816, 11826, 11843, 11860, 11873, 11890, 11894, 11901, 11908, 11916, 11925, 11933, 11940, 11950, 11959, 11981, 12000, 12018, 12037, 12056, 12077, 12093, 12106, 12119, 12136, 12151, 12165, 12179, 12193, 12206, 12213, 12226, 12237, 12248, 12260, 12272, 12282, 12292, 12303, 12313, 12326, 12339, 12351, 12364, 12378, 12391, 12405, 12414, 12426, 12438, 12449, 12461, 12474, 12484, 12497, 12510, 12522, 12535, 12549, 12562, 12576, 12588, 12601, 12608, 12625, 12633, 12647, 12664, 12682, 12693, 12711, 12720, 12739, 12755, 12774, 12794, 12807, 12827, 12835, 12842, 12852, 12862, 12873, 12885, 12896, 12903, 12913, 12923, 12934, 12946, 12957, 12964, 12974, 12984, 12995, 13007, 13018, 13027, 13039, 13051, 13070, 13083, 13097, 13112, 13127, 13149, 13165, 13182, 13201, 13223, 13246, 13262, 13285, 13301, 13320, 13340, 13353, 13373, 13378, 13386, 13394, 13403, 13413, 13422, 13434, 13448, 13460, 13472, 13485, 13498, 13509, 13520, 13532, 13537, 13549, 13559, 13578, 13602, 13616, 13633, 13650, 13668, 13687, 13699, 13714, 13729, 13745, 13762, 13778, 13788, 13799, 13813, 13827, 13842, 13858, 13873, 13894, 13905, 13914, 13923, 13935, 13947, 13960, 13974, 13987, 14002, 14020, 14038, 14057, 14077, 14081, 14092, 14101, 14115, 14132, 14149, 14167, 14186, 14204, 14222, 14245, 14258, 14274, 14290, 14307, 14325, 14336, 14350, 14364, 14379, 14395, 14410, 14419, 14429, 14442, 14455, 14469, 14484, 14498, 14518, 14528, 14536, 14544, 14555, 14566, 14578, 14591, 14603, 14617, 14634, 14651, 14669, 14688, 14692, 14700, 14704, 14725, 14744, 14767, 14779, 14789, 14807, 14823, 14843, 14861, 14877, 14897, 14914, 14929, 14948, 14967, 14984, 15005, 15019, 15038, 15055, 15076, 15083, 15099, 15118, 15132, 15143, 15156, 15168, 15179, 15185, 15193, 15199, 15204, 15217, 15231, 15239, 15245, 15261, 15276, 15287, 15297, 15307, 15325, 15338, 15356, 15369, 15390, 15406, 15425, 15439, 15461, 15478, 15488, 15507, 15521, 15543, 15560, 15568, 15586, 15603, 15615, 15635, 15650, 15670, 15685, 15708, 15726, 15747, 15763, 15787, 15806, 15818, 15839, 15855, 15879, 15898, 15916, 15930, 15947, 15966, 15978, 15984, 15989, 16004, 16016, 16031, 16047, 16056, 16072, 16079, 16096, 16110, 16127, 16145, 16156, 16174, 16179, 16189, 16212, 16233, 16258, 16272, 16284, 16304, 16322, 16344, 16364, 16382, 16404, 16423, 16440, 16461, 16478, 16496, 16509, 16530, 16549, 16572, 16588, 16609, 16628, 16651, 16665, 16687, 16707, 16731, 16744, 16755, 16774, 16791, 16812, 16831, 16848, 16869, 16887, 16903, 16923, 16943, 16961, 16983, 16998, 17018, 17036, 17058, 17067, 17071, 17079, 17100, 17129, 17162, 17189, 17217, 17243, 17269, 17296, 17315, 17342, 17373, 17398, 17424, 17448, 17472, 17497, 17518, 17547, 17580, 17607, 17635, 17661, 17687, 17714, 17738, 17760, 17782, 17815, 17856, 17901, 17940, 17980, 18018, 18056, 18095, 18122, 18157, 18196, 18229, 18263, 18295, 18327, 18360, 18370, 18375, 18388, 18408, 18422, 18443, 18460, 18471, 18483, 18502, 18515, 18535, 18551, 18561, 18575, 18596, 18611, 18633, 18651, 18663, 18675, 18694, 18707, 18727, 18743, 18753, 18760, 18764, 18770, 18777, 18799, 18813, 18830, 18842, 18851, 18862, 18872, 18881, 18887, 18904, 18924, 18937, 18950, 18965, 18986, 19000, 19014, 19030, 19040, 19050, 19062, 19081, 19093, 19105, 19119, 19126, 19136, 19146, 19154, 19164, 19171, 19184, 19193, 19199, 19208, 19214, 19228, 19242, 19257, 19273, 19282, 19291, 19307, 19317, 19328, 19341, 19357, 19374, 19387, 19400, 19420, 19434, 19449, 19466, 19486, 19507, 19521, 19542, 19552, 19569, 19575, 19581, 19590, 19602, 19614, 19624, 19636, 19645, 19660, 19671, 19680, 19692, 19704, 19714, 19726, 19735, 19750, 19761, 19771, 19782, 19801, 19814, 19827, 19841, 19854, 19864, 19878, 19889, 19901, 19909, 19918, 19929, 19937, 19953, 19979, 20002, 20028, 20055, 20075, 20102, 20116, 20140, 20161, 20185, 20210, 20235, 20245, 20256, 20276, 20302, 20322, 20345, 20369, 20391, 20413, 20432, 20452, 20474, 20496, 20521, 20541, 20560, 20583, 20606, 20629, 20655, 20679, 20698, 20723, 20754, 20779, 20807, 20836, 20863, 20890, 20914, 20939, 20966, 20993, 21023, 21048, 21072, 21100, 21128, 21156, 21187, 21216, 21240, 21253, 21267, 21278, 21287, 21296, 21303, 21312, 21331, 21347, 21366, 21386, 21399, 21419, 21436, 21448, 21468, 21483, 21503, 21518, 21541, 21559, 21580, 21596, 21620, 21639, 21660, 21676, 21700, 21719, 21727, 21745, 21760, 21778, 21797, 21816, 21829, 21852, 21872, 21895, 21919, 21936, 21960, 21971, 21980, 21985, 21999, 22016, 22033, 22051, 22070, 22088, 22098, 22107, 22114, 22118, 22125, 22134, 22140, 22144, 22150, 22163, 22178, 22189, 22202, 22214, 22227, 22239, 22254, 22266, 22277, 22291, 22297, 22303, 22310, 22319, 22324, 22340, 22355, 22373, 22387, 22400, 22416, 22432, 22450, 22464, 22480, 22495, 22513, 22528, 22542, 22559, 22568, 22577, 22587, 22599, 22612, 22629, 22642, 22652, 22666, 22676, 22682, 22689, 22696, 22701, 22711, 22720, 22730, 22743, 22756, 22768, 22781, 22795, 22808, 22822, 22828, 22836, 22847, 22858, 22868, 22879, 22891, 22902, 22914, 22923, 22935, 22947, 22958, 22970, 22983, 22993, 23006, 23019, 23031, 23044, 23058, 23071, 23085, 23097, 23110, 23114, 23120, 23130, 23137, 23143, 23162, 23178, 23193, 23209, 23225, 23241, 23259, 23271, 23284, 23294, 23308, 23320, 23331, 23342, 23352, 23368, 23372, 23384, 23403, 23416, 23436, 23452, 23462, 23473, 23491, 23503, 23522, 23537, 23546, 23559, 23579, 23593, 23614, 23631, 23642, 23653, 23671, 23683, 23702, 23717, 23726, 23731, 23737, 23750, 23764, 23778, 23787, 23800, 23811, 23819, 23825, 23834, 23843, 23853, 23864, 23874, 23880, 23889, 23898, 23914, 23924, 23935, 23948, 23964, 23981, 23991, 24008, 24018, 24028, 24039, 24051, 24062, 24070, 24081, 24092, 24110, 24122, 24135, 24150, 24168, 24187, 24199, 24218, 24227, 24241, 24254, 24268, 24283, 24302, 24319, 24334, 24352, 24366, 24381, 24397, 24411, 24423, 24430, 24437, 24445, 24461, 24476, 24489, 24507, 24521, 24539, 24547, 24551, 24558, 24578, 24595, 24612, 24629, 24648, 24662, 24676, 24685, 24699, 24714, 24727, 24739, 24751, 24762, 24770, 24784, 24803, 24821, 24838, 24853, 24867, 24883, 24897, 24902, 24917, 24931, 24942, 24954, 24970, 24987, 25003, 25020, 25035, 25050, 25063, 25074, 25088, 25102, 25115, 25129, 25144, 25156, 25173, 25188, 25203, 25217, 25239, 25254, 25270, 25291, 25306, 25322, 25340, 25359, 25382, 25406, 25429, 25443, 25458, 25479, 25497, 25515, 25533, 25553, 25568, 25584, 25598, 25611, 25624, 25636, 25653, 25670, 25688, 25705, 25721, 25740, 25747, 25759, 25778, 25803, 25822, 25844, 25867, 25888, 25909, 25927, 25946, 25967, 25988, 26012, 26031, 26049, 26071, 26093, 26115, 26140, 26163, 26181, 26206, 26237, 26262, 26290, 26319, 26346, 26373, 26397, 26422, 26449, 26476, 26506, 26531, 26555, 26583, 26611, 26639, 26670, 26699, 26723, 26732, 26742, 26752, 26764, 26775, 26787, 26795, 26812, 26827, 26839, 26853, 26871, 26884, 26904, 26918, 26934, 26951, 26967, 26978, 26996, 27008, 27024, 27037, 27053, 27069, 27087, 27106, 27122, 27135, 27150, 27166, 27185, 27199, 27220, 27235, 27252, 27271, 27289, 27309, 27322, 27342, 27359, 27369, 27381, 27400, 27413, 27430, 27444, 27461, 27478, 27481, 27495, 27517, 27543, 27563, 27584, 27603, 27622, 27642, 27654, 27674, 27698, 27716, 27735, 27752, 27769, 27787, 27801, 27823, 27849, 27869, 27890, 27909, 27928, 27948, 27965, 27980, 27995, 28003, 28029, 28063, 28101, 28133, 28166, 28197, 28228, 28260, 28280, 28308, 28340, 28366, 28393, 28418, 28443, 28469, 28485, 28499, 28512, 28522, 28533, 28548, 28563, 28576, 28592, 28606, 28616, 28627, 28636, 28646, 28653, 28661, 28665, 28672, 28689, 28704, 28718, 28729, 28741, 28757, 28771, 28788, 28803, 28814, 28826, 28836, 28847, 28855, 28864, 28871, 28881, 28891, 28902, 28914, 28921, 28930, 28943, 28947, 28951, 28965, 28971, 28982, 28996, 29011, 29019, 29034, 29044, 29053, 29062, 29070, 29080, 29089, 29100, 29110, 29119, 29132, 29144, 29156, 29167, 29180, 29192, 29206, 29219, 29231, 29241, 29252, 29266, 29280, 29293, 29307, 29322, 29336, 29351, 29364, 29384, 29398, 29419, 29436, 29447, 29456, 29469, 29481, 29500, 29513, 29533, 29549, 29559, 29573, 29594, 29609, 29631, 29649, 29661, 29667, 29683, 29695, 29714, 29727, 29747, 29763, 29773, 29782, 29792, 29802, 29813, 29829, 29841, 29857, 29868, 29876, 29895, 29917, 29932, 29947, 29964, 29987, 30003, 30019, 30037, 30049, 30061, 30075, 30096, 30110, 30124, 30140, 30146, 30151, 30156, 30165, 30171, 30185, 30206, 30221, 30243, 30261, 30273, 30286, 30306, 30320, 30341, 30358, 30369, 30384, 30406, 30422, 30445, 30464, 30477, 30490, 30510, 30524, 30545, 30562, 30573, 30579, 30598, 30613, 30632, 30649, 30657, 30673, 30691, 30708, 30722, 30737, 30756, 30776, 30795, 30808, 30822, 30840, 30859, 30877, 30894, 30908, 30922, 30936, 30952, 30963, 30975, 30985, 30994, 31003, 31011, 31018, 31028, 31040, 31048, 31054, 31063, 31070, 31080, 31090, 31101, 31113, 31124, 31130, 31146, 31159, 31175, 31192, 31202, 31219, 31229, 31249, 31266, 31286, 31307, 31321, 31342, 31347, 31359, 31369, 31388, 31412, 31422, 31433, 31447, 31461, 31476, 31492, 31507, 31528, 31539, 31548, 31560, 31572, 31585, 31599, 31612, 31624, 31632, 31644, 31657, 31665, 31677, 31685, 31699, 31714, 31727, 31742, 31757, 31775, 31793, 31812, 31832, 31851, 31864, 31878, 31895, 31912, 31930, 31949, 31967, 31984, 31998, 32010, 32030, 32038, 32052, 32069, 32086, 32104, 32123, 32141, 32150, 32161, 32171, 32185, 32203, 32210, 32219, 32229, 32241, 32248, 32263, 32268, 32273, 32284, 32296, 32300, 32307, 32317, 32327, 32338, 32350, 32361, 32365, 32381, 32397, 32417, 32432, 32450, 32461, 32472, 32485, 32504, 32516, 32528, 32542, 32550, 32556, 32570, 32588, 32605, 32626, 32641, 32653, 32661, 32671, 32687, 32697, 32706, 32723, 32733, 32743, 32755, 32771, 32783, 32792, 32800, 32803, 32814, 32825, 32840, 32855, 32871, 32889, 32909, 32924, 32940, 32952, 32958, 32974, 32990, 33010, 33030, 33051, 33074, 33099, 33119, 33140, 33157, 33179, 33196, 33213, 33231, 33252, 33277, 33300, 33318, 33336, 33355, 33381, 33402, 33418, 33434, 33451, 33475, 33491, 33508, 33525, 33537, 33549, 33562, 33578, 33598, 33616, 33629, 33642, 33656, 33677, 33693, 33704, 33715, 33727, 33746, 33757, 33769, 33772, 33781, 33785, 33792, 33799, 33807, 33816, 33824, 33830, 33835, 33849, 33871, 33897, 33917, 33938, 33957, 33976, 33996, 34008, 34028, 34052, 34070, 34089, 34106, 34123, 34141, 34155, 34177, 34203, 34223, 34244, 34263, 34282, 34302, 34319, 34334, 34349, 34375, 34409, 34447, 34479, 34512, 34543, 34574, 34606, 34626, 34654, 34686, 34712, 34739, 34764, 34789, 34815, 34822, 34827, 34838, 34854, 34867, 34877, 34887, 34900, 34912, 34921, 34930, 34945, 34956, 34976, 34993, 35010, 35027, 35046, 35060, 35075, 35088, 35100, 35112, 35123, 35132, 35140, 35151, 35163, 35171, 35177, 35185, 35206, 35224, 35241, 35259, 35277, 35297, 35307, 35322, 35334, 35350, 35364, 35377, 35390, 35402, 35410, 35418, 35429, 35440, 35452, 35465, 35477, 35487, 35495, 35506, 35517, 35535, 35547, 35560, 35575, 35593, 35612, 35624, 35643, 35653, 35666, 35679, 35699, 35713, 35728, 35745, 35765, 35786, 35800, 35821, 35829, 35840, 35851, 35863, 35876, 35888, 35893, 35907, 35922, 35937, 35953, 35969, 35983, 35996, 36006, 36017, 36032, 36045, 36061, 36075, 36085, 36096, 36105, 36115, 36122, 36130, 36139, 36149, 36153, 36159, 36175, 36194, 36213, 36233, 36254, 36274, 36285, 36299, 36313, 36328, 36344, 36359, 36370, 36384, 36398, 36413, 36429, 36444, 36454, 36463, 36470, 36487, 36502, 36516, 36527, 36539, 36555, 36569, 36586, 36601, 36612, 36624, 36634, 36645, 36653, 36662, 36670, 36676, 36684, 36693, 36709, 36722, 36735, 36748, 36763, 36773, 36784, 36793, 36801, 36809, 36816, 36823, 36827, 36834, 36851, 36871, 36881, 36896, 36908, 36922, 36935, 36947, 36957, 36967, 36972, 36986, 37003, 37015, 37024, 37035, 37045, 37054, 37066, 37087, 37103, 37118, 37135, 37157, 37172, 37186, 37197, 37212, 37235, 37253, 37264, 37285, 37305, 37322, 37339, 37356, 37375, 37389, 37404, 37417, 37429, 37441, 37452, 37469, 37484, 37499, 37512, 37523, 37537, 37551, 37564, 37578, 37593, 37607, 37622, 37630, 37636, 37647, 37656, 37665, 37673, 37689, 37700, 37709, 37719, 37726, 37736, 37746, 37755, 37770, 37780, 37791, 37801, 37812, 37821, 37831, 37843, 37856, 37873, 37891, 37908, 37919, 37927, 37940, 37947, 37962, 37975, 37987, 37996, 38006, 38014, 38025, 38036, 38048, 38061, 38073, 38083, 38091, 38105, 38117, 38132, 38145, 38154, 38164, 38172, 38181, 38187, 38199, 38207, 38213, 38221, 38228, 38241, 38245, 38258, 38274, 38290, 38307, 38325, 38342, 38361, 38378, 38392, 38406, 38420, 38436, 38447, 38459, 38469, 38478, 38487, 38495, 38505, 38514, 38523, 38530, 38545, 38558, 38570, 38580, 38585, 38597, 38611, 38626, 38634, 38651, 38657, 38664, 38672, 38680, 38687, 38704, 38724, 38737, 38750, 38765, 38786, 38800, 38814, 38830, 38840, 38850, 38862, 38881, 38893, 38905, 38919, 38927, 38934, 38941, 38950, 38959, 38969, 38978, 38986, 39002, 39025, 39042, 39066, 39086, 39100, 39111, 39123, 39145, 39160, 39175, 39189, 39204, 39220, 39235, 39251, 39266, 39288, 39304, 39327, 39346, 39359, 39376, 39400, 39418, 39443, 39464, 39479, 39494, 39516, 39532, 39555, 39574, 39587, 39594, 39600, 39613, 39623, 39630, 39635, 39639, 39643, 39650, 39662, 39669, 39675, 39682, 39690, 39695, 39703, 39711, 39718, 39726, 39735, 39743, 39752, 39767, 39774, 39782, 39787, 39796, 39806, 39819, 39832, 39844, 39857, 39871, 39884, 39898, 39904, 39915, 39932, 39946, 39958, 39971, 39987, 39998, 40012, 40028, 40042, 40054, 40069, 40080, 40098, 40110, 40121, 40135, 40147, 40161, 40175, 40185, 40198, 40209, 40220, 40229, 40243, 40255, 40267, 40276, 40284, 40296, 40306, 40319, 40324, 40332, 40340, 40349, 40359, 40368, 40374, 40393, 40409, 40425, 40441, 40459, 40472, 40486, 40498, 40509, 40520, 40530, 40542, 40555, 40568, 40583, 40596, 40612, 40630, 40647, 40660, 40680, 40694, 40707, 40721, 40735, 40750, 40761, 40770, 40779, 40786, 40801, 40814, 40826, 40835, 40845, 40853, 40864, 40875, 40887, 40900, 40912, 40926, 40938, 40953, 40966, 40975, 40985, 40993, 41002, 41008, 41013, 41020, 41038, 41054, 41069, 41081, 41094, 41111, 41126, 41144, 41160, 41172, 41185, 41196, 41208, 41217, 41227, 41235, 41253, 41268, 41286, 41305, 41317, 41336, 41343, 41360, 41374, 41391, 41409, 41420, 41438, 41446, 41450, 41457, 41464, 41472, 41481, 41489, 41503, 41522, 41538, 41551, 41564, 41580, 41595, 41607, 41619, 41637, 41651, 41656, 41668, 41686, 41698, 41713, 41729, 41743, 41757, 41768, 41780, 41794, 41808, 41825, 41837, 41848, 41863, 41878, 41893, 41911, 41927, 41938, 41954, 41978, 42006, 42028, 42051, 42072, 42093, 42115, 42129, 42151, 42177, 42197, 42218, 42237, 42256, 42276, 42292, 42316, 42344, 42366, 42389, 42410, 42431, 42453, 42472, 42489, 42506, 42534, 42570, 42610, 42644, 42679, 42712, 42745, 42779, 42801, 42831, 42865, 42893, 42922, 42949, 42976, 43004, 43017, 43035, 43050, 43062, 43074, 43089, 43103, 43114, 43125, 43142, 43155, 43167, 43184, 43198, 43209, 43220, 43234, 43247, 43257, 43267, 43283, 43295, 43314, 43329, 43348, 43356, 43377, 43395, 43413, 43431, 43451, 43466, 43482, 43496, 43509, 43522, 43534, 43544, 43555, 43571, 43583, 43599, 43609, 43620, 43637, 43649, 43655, 43670, 43683, 43702, 43716, 43735, 43755, 43775, 43792, 43810, 43828, 43838, 43845, 43849, 43861, 43876, 43891, 43907, 43924, 43940, 43955, 43973, 43991, 44010, 44030, 44043, 44059, 44075, 44092, 44110, 44127, 44140, 44156, 44172, 44189, 44207, 44224, 44239, 44257, 44275, 44294, 44314, 44333, 44344, 44358, 44372, 44387, 44403, 44418, 44423, 44430, 44447, 44461, 44478, 44496, 44507, 44525, 44533, 44540, 44547, 44564, 44573, 44587, 44604, 44622, 44633, 44651, 44669, 44685, 44700, 44712, 44725, 44737, 44759, 44778, 44800, 44823, 44839, 44862, 44873, 44883, 44900, 44915, 44924, 44942, 44958, 44977, 44993, 45005, 45024, 45044, 45057, 45077, 45088, 45100, 45109, 45117, 45127, 45133, 45152, 45168, 45183, 45199, 45215, 45232, 45250, 45263, 45279, 45295, 45310, 45326, 45343, 45360, 45377, 45393, 45410, 45428, 45445, 45463, 45479, 45496, 45506, 45520, 45532, 45543, 45554, 45564, 45587, 45613, 45632, 45651, 45672, 45699, 45719, 45739, 45761, 45777, 45793, 45811, 45836, 45854, 45872, 45892, 45919, 45949, 45972, 45995, 46020, 46051, 46075, 46099, 46125, 46145, 46165, 46187, 46216, 46238, 46260, 46284, 46298, 46315, 46332, 46350, 46369, 46390, 46414, 46431, 46448, 46467, 46492, 46510, 46528, 46548, 46562, 46576, 46592, 46615, 46631, 46647, 46665, 46675, 46695, 46712, 46732, 46753, 46767, 46788, 46792, 46797, 46810, 46821, 46832, 46841, 46852, 46861, 46870, 46877, 46889, 46900, 46904, 46913, 46923, 46937, 46949, 46960, 46973, 46985, 46995, 47007, 47024, 47040, 47055, 47069, 47083, 47100, 47115, 47131, 47145, 47159, 47172, 47186, 47199, 47208, 47219, 47235, 47250, 47262, 47273, 47286, 47298, 47314, 47330, 47345, 47359, 47375, 47390, 47401, 47411, 47423, 47434, 47445, 47456, 47459, 47472, 47490, 47505, 47517, 47529, 47544, 47565, 47591, 47614, 47634, 47654, 47677, 47699, 47718, 47737, 47762, 47783, 47797, 47808, 47819, 47836, 47849, 47857, 47872, 47889, 47902, 47917, 47931, 47946, 47960, 47977, 47991, 48004, 48020, 48028, 48036, 48045, 48056, 48063, 48081, 48098, 48118, 48134, 48149, 48167, 48185, 48205, 48221, 48239, 48256, 48276, 48293, 48309, 48328, 48339, 48350, 48362, 48376, 48391, 48410, 48425, 48437, 48453, 48465, 48473, 48482, 48491, 48506, 48528, 48552, 48572, 48594, 48615, 48637, 48658, 48682, 48703, 48723, 48746, 48761, 48776, 48792, 48810, 48824, 48849, 48873, 48900, 48923, 48945, 48970, 48995, 49022, 49045, 49070, 49094, 49121, 49145, 49168, 49194, 49212, 49230, 49249, 49270, 49292, 49318, 49340, 49359, 49382, 49401, 49416, 49432, 49448, 49463, 49483, 49500, 49514, 49528, 49545, 49561, 49574, 49587, 49606, 49621, 49639, 49662, 49682, 49699, 49716, 49736, 49755, 49771, 49787, 49809, 49827, 49835, 49846, 49864, 49884, 49900, 49918, 49935, 49953, 49970, 49990, 50007, 50023, 50042, 50053, 50064, 50076, 50090, 50100, 50121, 50141, 50164, 50183, 50201, 50222, 50243, 50266, 50285, 50306, 50326, 50349, 50369, 50388, 50410, 50424, 50438, 50453, 50470, 50488, 50510, 50528, 50543, 50562, 50577, 50588, 50600, 50612, 50625, 50641, 50662, 50680, 50695, 50710, 50728, 50745, 50759, 50776, 50798, 50817, 50831, 50847, 50863, 50882, 50902, 50920, 50935, 50950, 50971, 50988, 51004, 51017, 51033, 51054, 51072, 51087, 51102, 51120, 51137, 51151, 51165, 51185, 51201, 51211, 51223, 51232, 51243, 51252, 51263, 51271, 51281, 51295, 51314, 51330, 51343, 51356, 51372, 51387, 51399, 51411, 51429, 51443, 51463, 51481, 51503, 51514, 51523, 51540, 51555, 51574, 51591, 51606, 51625, 51641, 51655, 51673, 51691, 51707, 51727, 51740, 51758, 51774, 51794, 51803, 51817, 51828, 51836, 51844, 51857, 51875, 51890, 51902, 51914, 51929, 51943, 51954, 51965, 51982, 51995, 52006, 52013, 52023, 52030, 52037, 52050, 52059, 52076, 52085, 52101, 52119, 52133, 52149, 52164, 52180, 52195, 52213, 52228, 52242, 52259, 52268, 52277, 52287, 52299, 52307, 52326, 52344, 52365, 52382, 52398, 52417, 52436, 52457, 52474, 52493, 52511, 52532, 52550, 52567, 52587, 52599, 52611, 52624, 52639, 52655, 52675, 52691, 52704, 52721, 52734, 52743, 52753, 52763, 52779, 52802, 52827, 52848, 52871, 52893, 52916, 52938, 52963, 52985, 53006, 53030, 53046, 53062, 53079, 53098, 53113, 53139, 53164, 53192, 53216, 53239, 53265, 53291, 53319, 53343, 53369, 53394, 53422, 53447, 53471, 53498, 53517, 53536, 53556, 53578, 53601, 53628, 53651, 53671, 53695, 53715, 53731, 53748, 53765, 53777, 53796, 53817, 53834, 53853, 53871, 53890, 53908, 53929, 53947, 53964, 53984, 53996, 54008, 54021, 54036, 54047, 54069, 54090, 54114, 54134, 54153, 54175, 54197, 54221, 54241, 54263, 54284, 54308, 54329, 54349, 54372, 54387, 54402, 54418, 54436, 54455, 54478, 54497, 54513, 54533, 54549, 54561, 54574, 54587, 54595, 54603, 54612, 54624, 54636, 54649, 54663, 54676, 54684, 54695, 54706, 54718, 54731, 54743, 54754, 54766, 54777, 54786, 54795, 54802, 54811, 54818, 54828, 54838, 54849, 54861, 54872, 54880, 54888, 54899, 54910, 54920, 54931, 54943, 54954, 54966, 54981, 54997, 55011, 55023, 55034, 55043, 55051, 55067, 55081, 55094, 55104, 55115, 55125, 55145, 55162, 55182, 55203, 55217, 55238, 55253, 55266, 55273, 55289, 55303, 55320, 55334, 55344, 55361, 55379, 55390, 55408, 55417, 55427, 55433, 55440, 55448, 55457, 55464, 55473, 55484, 55494, 55508, 55520, 55529, 55542, 55557, 55569, 55592, 55612, 55632, 55652, 55674, 55691, 55709, 55725, 55740, 55755, 55769, 55778, 55797, 55813, 55832, 55852, 55865, 55885, 55894, 55904, 55918, 55925, 55935, 55945, 55956, 55968, 55979, 55988, 56001, 56007, 56019, 56030, 56042, 56054, 56070, 56080, 56090, 56104, 56112, 56119, 56141, 56160, 56179, 56198, 56219, 56235, 56252, 56267, 56281, 56295, 56308, 56315, 56319, 56324, 56330, 56336, 56350, 56365, 56374, 56378, 56388, 56398, 56409, 56421, 56431, 56451, 56467, 56487, 56501, 56516, 56532, 56543, 56555, 56566, 56588, 56606, 56628, 56644, 56656, 56672, 56682, 56703, 56720, 56741, 56756, 56767, 56782, 56791, 56801, 56812, 56817, 56832, 56845, 56857, 56871, 56884, 56895, 56908, 56926, 56943, 56959, 56974, 56989, 57007, 57023, 57040, 57055, 57070, 57084, 57099, 57113, 57123, 57135, 57152, 57168, 57181, 57193, 57207, 57220, 57237, 57254, 57270, 57285, 57302, 57318, 57330, 57341, 57354, 57366, 57378, 57390, 57399, 57410, 57423, 57439, 57453, 57468, 57481, 57489, 57499, 57514, 57528, 57543, 57558, 57572, 57581, 57593, 57609, 57616, 57636, 57652, 57669, 57689, 57705, 57727, 57742, 57759, 57772, 57786, 57803, 57816, 57835, 57847, 57865, 57880, 57898, 57917, 57931, 57951, 57964, 57974, 57985, 57995, 58015, 58032, 58052, 58073, 58087, 58108, 58123, 58141, 58152, 58163, 58176, 58195, 58207, 58219, 58233, 58241, 58249, 58259, 58276, 58286, 58296, 58308, 58320, 58330, 58340, 58348, 58365, 58378, 58395, 58407, 58417, 58427, 58435, 58441, 58452, 58465, 58485, 58503, 58518, 58529, 58537, 58558, 58574, 58588, 58603, 58619, 58638, 58656, 58672, 58692, 58706, 58721, 58738, 58753, 58765, 58775, 58788, 58805, 58816, 58826, 58840, 58856, 58868, 58882, 58899, 58920, 58937, 58952, 58965, 58976, 58990, 59000, 59021, 59040, 59056, 59068, 59090, 59107, 59128, 59143, 59159, 59177, 59188, 59206, 59217, 59223, 59236, 59249, 59267, 59285, 59299, 59311, 59326, 59339, 59351, 59364, 59376, 59391, 59403, 59414, 59428, 59437, 59449, 59457, 59467, 59473, 59484, 59504, 59522, 59537, 59548, 59569, 59585, 59601, 59617, 59637, 59651, 59666, 59683, 59695, 59705, 59718, 59735, 59745, 59751, 59766, 59781, 59801, 59821, 59837, 59851, 59868, 59874, 59881, 59906, 59929, 59957, 59982, 60010, 60035, 60062, 60084, 60099, 60117, 60133, 60154, 60172, 60197, 60220, 60240, 60256, 60282, 60303, 60322, 60342, 60363, 60381, 60401, 60422, 60447, 60466, 60486, 60508, 60525, 60540, 60558, 60580, 60595, 60616, 60635, 60651, 60670, 60682, 60704, 60718, 60735, 60752, 60773, 60788, 60804, 60822, 60840, 60851, 60869, 60880, 60889, 60902, 60907, 60914, 60924, 60930, 60937, 60950, 60960, 60969, 60985, 61000, 61018, 61032, 61045, 61061, 61077, 61095, 61109, 61125, 61140, 61158, 61173, 61187, 61204, 61213, 61222, 61232, 61244, 61257, 61274, 61287, 61297, 61312, 61326, 61343, 61353, 61366, 61370, 61379, 61389, 61406, 61418, 61435, 61448, 61464, 61477, 61490, 61503, 61519, 61535, 61556, 61574, 61589, 61604, 61622, 61639, 61653, 61667, 61687, 61703, 61715, 61731, 61741, 61756, 61773, 61790, 61813, 61838, 61859, 61882, 61908, 61938, 61964, 61988, 62010, 62030, 62053, 62072, 62094, 62113, 62134, 62150, 62166, 62183, 62202, 62221, 62243, 62269, 62287, 62309, 62324, 62344, 62359, 62380, 62398, 62414, 62433, 62450, 62461, 62477, 62488, 62504, 62516, 62531, 62543, 62555, 62567, 62582, 62593, 62611, 62634, 62654, 62671, 62688, 62708, 62727, 62743, 62762, 62787, 62814, 62837, 62862, 62890, 62922, 62950, 62976, 63000, 63022, 63047, 63068, 63092, 63113, 63129, 63152, 63170, 63188, 63207, 63228, 63249, 63273, 63301, 63323, 63343, 63367, 63384, 63406, 63423, 63446, 63466, 63484, 63505, 63524, 63542, 63556, 63570, 63575, 63586, 63604, 63628, 63646, 63667, 63689, 63709, 63729, 63746, 63764, 63784, 63804, 63827, 63845, 63862, 63883, 63904, 63925, 63949, 63971, 63988, 64001, 64015, 64033, 64043, 64059, 64070, 64086, 64098, 64113, 64125, 64137, 64149, 64164, 64173, 64182, 64190, 64204, 64218, 64228, 64246, 64259, 64277, 64291, 64308, 64322, 64336, 64350, 64367, 64378, 64395, 64407, 64424, 64437, 64453, 64466, 64479, 64492, 64508, 64524, 64536, 64558, 64575, 64597, 64615, 64636, 64654, 64672, 64690, 64711, 64725, 64736, 64756, 64771, 64791, 64807, 64826, 64842, 64858, 64874, 64893, 64905, 64916, 64928, 64940, 64953, 64965, 64974, 64985, 65000, 65010, 65017, 65025, 65041, 65052, 65068, 65080, 65095, 65107, 65119, 65131, 65146, 65162, 65171, 65181, 65199, 65212, 65230, 65244, 65261, 65275, 65289, 65303, 65320, 65331, 65349, 65369, 65385, 65403, 65420, 65438, 65455, 65475, 65492, 65508, 65527, 65538, 65549, 65561, 65575, 65585, 65606, 65626, 65649, 65668, 65686, 65707, 65728, 65751, 65770, 65791, 65811, 65834, 65854, 65873, 65895, 65909, 65923, 65938, 65955, 65973, 65995, 66013, 66028, 66047, 66062, 66073, 66085, 66097, 66106, 66124, 66137, 66155, 66169, 66186, 66200, 66214, 66228, 66245, 66257, 66267, 66279, 66295, 66306, 66322, 66334, 66349, 66361, 66373, 66385, 66400, 66422, 66439, 66461, 66479, 66500, 66518, 66536, 66554, 66575, 66589, 66603, 66625, 66642, 66664, 66682, 66703, 66721, 66739, 66757, 66778, 66798, 66813, 66833, 66849, 66868, 66884, 66900, 66916, 66935, 66959, 66978, 67002, 67022, 67045, 67065, 67085, 67105, 67128, 67140, 67153, 67162, 67171, 67183, 67194, 67203, 67210, 67220, 67243, 67264, 67290, 67313, 67339, 67362, 67387, 67407, 67423, 67437, 67456, 67472, 67495, 67516, 67534, 67548, 67572, 67591, 67608, 67626, 67645, 67661, 67679, 67698, 67721, 67738, 67756, 67776, 67791, 67804, 67820, 67840, 67853, 67865, 67871, 67882, 67893, 67909, 67925, 67937, 67947, 67960, 67967, 67979, 68000, 68019, 68035, 68047, 68066, 68091, 68110, 68132, 68155, 68176, 68197, 68215, 68234, 68255, 68276, 68300, 68319, 68337, 68359, 68381, 68403, 68428, 68451, 68469, 68491, 68508, 68525, 68542, 68563, 68578, 68594, 68612, 68625, 68636, 68650, 68668, 68679, 68686, 68693],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1650, 1897, 2471, 2480, 2606, 2640, 2660, 3024, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1614, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2708, 3016])]), Anchor::All(&[Anchor::Lits(&[543, 607, 650, 669, 752, 816, 830, 1090, 1468, 1477, 1491, 1613, 1638, 1656, 1992, 2294, 2471, 2480, 2591, 2647, 2660, 2914, 3024, 3106, 3117, 3439, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1614, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2708, 3016])]), Anchor::All(&[Anchor::Lits(&[14, 353, 1319, 1320, 1412, 2507, 2808, 3696, 3697, 3936, 3981, 4173, 4416, 4448, 4478]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1650, 1897, 2471, 2480, 2606, 2640, 2660, 3024, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[797, 798, 802, 1512, 1517, 1625, 1657, 2013, 2306, 2417, 2481, 3022, 3024, 3041]), Anchor::All(&[Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1650, 2471, 2480, 2647, 2660, 3024, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[78, 181, 1089, 4054])]), Anchor::All(&[Anchor::Lits(&[542, 824, 1467, 1485, 1650, 1896, 2480, 2605, 2640, 2659, 2669]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[181, 992, 1089])]), Anchor::All(&[Anchor::Lits(&[170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3358, 3359, 3360, 3361, 3362, 3363, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3434, 3435, 3436, 3437, 3438, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4082, 4095, 4096, 4098, 4099, 4102, 4105, 4107, 4109, 4110, 4114, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4147, 4148, 4149, 4151, 4152, 4155, 4158, 4159, 4161, 4163, 4164, 4168, 4169]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679])]), Anchor::All(&[Anchor::Lits(&[1, 2, 4, 5, 455, 456, 458, 460, 664, 665, 666, 667, 784, 785, 786, 787, 857, 858, 859, 860, 863, 864, 865, 866, 869, 870, 871, 872, 875, 876, 878, 879, 880, 881, 883, 884, 896, 897, 898, 899, 916, 917, 918, 919, 921, 922, 923, 924, 928, 929, 930, 931, 937, 938, 939, 940, 943, 944, 945, 946, 951, 952, 953, 954, 959, 960, 961, 962, 964, 965, 966, 967, 971, 972, 973, 974, 980, 981, 982, 983, 986, 987, 988, 989, 1249, 1250, 1251, 1252, 1253, 1254, 1256, 1257, 1261, 1262, 1264, 1265, 1407, 1408, 1409, 1410, 1557, 1558, 1559, 1560, 1563, 1564, 1566, 1567, 1573, 1574, 1575, 1576, 1579, 1580, 1582, 1583, 1862, 1863, 1864, 1865, 2024, 2025, 2026, 2027, 2050, 2051, 2052, 2053, 2058, 2059, 2060, 2061, 2075, 2076, 2077, 2078, 2082, 2083, 2084, 2085, 2093, 2094, 2095, 2096, 2115, 2116, 2117, 2118, 2215, 2216, 2217, 2218, 2312, 2313, 2314, 2315, 2319, 2320, 2322, 2323, 2330, 2331, 2333, 2334, 2341, 2342, 2343, 2344, 2371, 2372, 2373, 2374, 2377, 2378, 2379, 2380, 2383, 2384, 2385, 2386, 2515, 2516, 2517, 2518, 2539, 2540, 2541, 2542, 2703, 2704, 2705, 2706, 2745, 2746, 2747, 2748, 2792, 2793, 2794, 2795, 2933, 2934, 2935, 2936, 2939, 2940, 2941, 2942, 2944, 2945, 2946, 2947, 2950, 2951, 2952, 2953, 2956, 2957, 2958, 2959, 2962, 2963, 2964, 2965, 3078, 3079, 3080, 3081, 3578, 3579, 3580, 3581, 3584, 3585, 3586, 3587, 3597, 3598, 3599, 3600, 3680, 3681, 3682, 3683]), Anchor::Lits(&[2266, 3120, 3139, 3889, 3932, 3936, 3964, 4023, 4049, 4416, 4448]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603])]), Anchor::All(&[Anchor::Lits(&[1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1811, 3116, 3575, 3576]), Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1650, 2471, 2480, 2647, 2660, 3024, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[14, 304, 1014, 1686, 1692, 2426, 2450, 2808, 3696, 3697, 3865, 3870, 3873, 3879, 3885, 3886, 3887, 3917, 3918, 3919, 3920, 3921, 3922, 3923, 3937, 3941, 3943, 3945, 3950, 3951, 3952, 3956, 3957, 3958, 3959, 3960, 3961, 3962, 3975, 3981, 3983, 3989, 3994, 3995, 3996, 4005, 4019, 4020, 4410, 4416, 4418, 4424, 4429, 4430, 4431, 4434, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4444, 4448, 4470, 4472, 4477, 4478, 4479]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[78, 182, 1090, 3717])])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[454, 874, 1248, 1562, 2057, 2318, 2370, 2949, 2961]), Anchor::Lits(&[830, 1468, 1491, 1650, 2471, 2489, 2647, 2660, 3041])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[481, 543, 669, 816, 1415, 1555, 1638, 2017, 2152, 2294, 2390, 2480, 3117]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1556, 1562, 1578, 1861, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1614, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2708, 3016])]), Anchor::All(&[Anchor::Lits(&[9, 13, 146, 470, 668, 788, 861, 867, 873, 888, 893, 900, 925, 932, 941, 955, 968, 975, 984, 1269, 1271, 1411, 1561, 1571, 1577, 1587, 2028, 2054, 2062, 2079, 2086, 2097, 2119, 2165, 2219, 2316, 2327, 2338, 2345, 2375, 2381, 2387, 2519, 2543, 2707, 2749, 2796, 2937, 2948, 2954, 2960, 2966, 3582, 3588, 3601, 3684]), Anchor::Lits(&[271, 660, 1415, 1555, 1783, 2017, 2152, 2390, 2508, 2639, 3105])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[3120, 3121, 3122, 3123, 3124, 3127, 3128, 3129, 3130, 3136, 3137, 3138, 3139, 3144, 3145, 3146, 3147, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3749, 3750, 3751, 3752, 3753, 3756, 3757, 3758, 3759, 3765, 3766, 3767, 3768, 3773, 3774, 3775, 3776, 3779, 3780, 3781, 3782, 3783, 3784, 3785, 3786, 3787, 3788])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3867, 3868, 3869, 3870, 3872, 3876, 3880, 3881, 3882, 3883, 3886, 3888, 3890, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 3938, 3939, 3940, 3941, 3942, 3944, 3946, 3947, 3948, 3949, 3951, 3953, 3954, 3978, 3979, 3980, 3981, 3982, 3986, 3990, 3991, 3992, 3993, 3995, 3997, 3998, 3999, 4000, 4001, 4003, 4004, 4006, 4008, 4009, 4010, 4011, 4013, 4014, 4015, 4413, 4414, 4415, 4416, 4417, 4421, 4425, 4426, 4427, 4428, 4430, 4432, 4433, 4445, 4446, 4447, 4448, 4469, 4471, 4473, 4474, 4475, 4476, 4478, 4480, 4481]), Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1650, 2471, 2480, 2647, 2660, 3024, 3603])]), Anchor::All(&[Anchor::Lits(&[11, 12, 71, 72, 551, 552, 1221, 1547, 1548, 1940, 1941, 2120, 2592, 2929, 2930]), Anchor::Lits(&[543, 607, 639, 749, 791, 816, 824, 1468, 1477, 1485, 1650, 1897, 1960, 2290, 2346, 2471, 2480, 2606, 2640, 2660, 3024, 3602, 3603]), Anchor::Lits(&[476, 910, 947, 2043, 2069, 2091, 2537, 2931, 3877, 3878, 4024, 4025, 4196, 4396, 4397])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1693, 1694, 1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1942, 1943, 1944, 1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3837, 3838, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468]), Anchor::All(&[Anchor::Lits(&[633, 634, 635, 636, 721, 722, 729, 748, 769, 770, 771, 772, 2560, 2561, 2562, 2563, 3613, 3614, 3615, 3616]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1650, 1897, 2471, 2480, 2606, 2640, 2660, 3024, 3603]), Anchor::Lits(&[473, 474, 789, 1209, 1419, 1691, 1735, 1872, 2113, 2153, 2293, 2317, 2573, 2637, 2979, 3710, 3803])]), Anchor::All(&[Anchor::Lits(&[35, 37, 38, 43, 44, 45, 46, 794, 797, 798, 800, 802, 803, 806, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1508, 1512, 1514, 1515, 1517, 1518, 1520, 2298, 2301, 2303, 2304, 2306, 2307, 2309, 2424, 2425, 2427, 2428, 2429, 2430, 2431, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 3019, 3023, 3024, 3039, 3041, 3042, 3044]), Anchor::Lits(&[70, 73, 75, 76, 147, 209, 291, 292, 414, 768, 1210, 1691, 1869, 2107, 2153, 2310, 3710])]), Anchor::All(&[Anchor::Lits(&[249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890, 1891, 1892, 1893, 1894, 1895]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1650, 1897, 2471, 2480, 2606, 2640, 2660, 3024, 3603]), Anchor::Lits(&[55, 151, 386, 662, 2420, 2593])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[299, 541, 1552, 1553, 1554, 1589, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1612, 1733, 1734, 1739, 2388, 3864, 3916, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3983, 3987, 3988, 3995, 4002, 4007, 4012, 4021, 4022, 4172, 4395, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4418, 4422, 4423, 4430, 4482]), Anchor::Lits(&[236, 294, 295, 296, 297, 416, 477, 482, 543, 607, 628, 632, 639, 651, 656, 716, 816, 824, 1028, 1074, 1212, 1466, 1467, 1476, 1477, 1485, 1550, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1650, 1897, 1925, 2018, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2544, 2558, 2559, 2597, 2606, 2634, 2647, 2659, 2669, 2671, 2672, 2675, 2676, 2677, 2679, 2680, 2681, 2685, 2686, 2695, 2696, 2697, 2722, 2724, 2725, 2726, 2727, 2728, 3024, 3295, 3603, 3617]), Anchor::Lits(&[417, 454, 483, 840, 874, 1075, 1248, 1562, 2318, 2791, 3709])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[1828, 1829, 1830, 1831, 1832, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1846, 1847, 1848, 1849, 1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1859, 1860, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2509, 2510, 2511, 2512, 2513, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2535, 2739, 2740, 2741, 2742, 2743, 2750, 2751, 2752, 2753, 2754, 2755, 2756, 2757, 2758, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2985, 2986, 2987, 2988, 2989, 2999, 3000, 3002, 3003, 3006, 3009, 3011, 3012, 3013, 3015, 3618, 3619, 3620, 3621, 3622, 3630, 3631, 3633, 3634, 3637, 3640, 3642, 3643, 3645, 3646]), Anchor::Lits(&[77, 237, 238, 239, 240, 242, 243, 244, 294, 295, 296, 297, 416, 477, 543, 607, 629, 631, 632, 639, 716, 816, 824, 1028, 1074, 1211, 1466, 1467, 1476, 1477, 1485, 1549, 1550, 1630, 1631, 1632, 1633, 1635, 1636, 1650, 1897, 1925, 2018, 2021, 2406, 2407, 2432, 2471, 2480, 2505, 2544, 2558, 2559, 2606, 2635, 2636, 2647, 2659, 2668, 2695, 2696, 2697, 2722, 2724, 2725, 2726, 2727, 2728, 2730, 3024, 3295, 3603, 3617]), Anchor::Lits(&[247, 302, 387, 2154, 2220, 2221, 2265, 3595])])),
            (22, "reveal-own-instructions", Anchor::Lits(&[4055, 4056, 4077, 4078, 4079, 4080, 4081, 4115, 4125, 4170, 4171, 4197, 4207, 4208, 4209, 4210, 4211, 4212, 4222, 4232, 4233, 4243, 4244, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4275, 4276, 4277, 4332, 4342, 4343, 4344, 4363, 4364, 4392, 4393, 4394])),
            (23, "reveal-system-prompt", Anchor::Lits(&[59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 792, 793, 795, 796, 797, 798, 801, 802, 803, 804, 806, 1506, 1507, 1509, 1510, 1512, 1514, 1516, 1517, 1518, 1519, 1520, 1615, 1616, 1617, 1618, 1619, 1623, 1624, 1625, 1626, 1627, 1628, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1682, 1683, 1684, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2296, 2297, 2299, 2300, 2301, 2303, 2305, 2306, 2307, 2308, 2309, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2418, 2419, 2421, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 3017, 3018, 3020, 3021, 3023, 3024, 3040, 3041, 3042, 3043, 3044, 3658, 3659, 3660, 3661, 3662, 3663, 3664, 3665, 3666, 3667, 3668, 3698, 3699, 3700, 3701, 3702, 3703, 3704, 3705, 3706, 3707, 3708])),
            (24, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[36, 39, 40, 41, 42, 47, 48, 49, 50, 51, 52, 53, 54, 313, 319, 320, 321, 322, 347, 349, 352, 374, 375, 376, 377, 381, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2451, 2452, 2453, 2454, 2455]), Anchor::All(&[Anchor::Lits(&[267, 268, 269, 270, 1363, 1364, 1365, 1366, 1403, 1404, 1413, 1414, 1646, 1647, 1648, 1649, 2467, 2468, 2469, 2470, 2520, 2521, 2532, 2533, 2690, 2691, 2692, 2693, 2735, 2736, 2737, 2738, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3591, 3592, 3593, 3594, 3853, 3854, 3855, 3856, 3860, 3861, 3862, 3863]), Anchor::Lits(&[78, 182, 1090, 3717])])])),
            (25, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[3720, 3721, 3722]), Anchor::All(&[Anchor::Lits(&[3723, 3724, 3725, 3726, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745]), Anchor::Lits(&[626, 639, 661, 816, 830, 1216, 1468, 1491, 1620, 1621, 1623, 1656, 2390, 2406, 2408, 2471, 2480, 2606, 2647, 2759, 3024, 3603])]), Anchor::All(&[Anchor::Lits(&[3891, 3892, 3893, 3894, 3895, 3896, 3897, 3898, 3899, 3900, 3901, 3902, 3933, 3934, 3935, 4017, 4051, 4053, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4097, 4100, 4101, 4103, 4104, 4106, 4108, 4111, 4112, 4113, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4150, 4153, 4154, 4156, 4157, 4160, 4162, 4165, 4166, 4167, 4173, 4398, 4399, 4400]), Anchor::Lits(&[544, 545, 546, 547, 548, 549, 550, 608, 609, 610, 611, 612, 613, 614, 640, 641, 642, 643, 644, 645, 646, 817, 818, 819, 820, 821, 822, 823, 825, 826, 827, 828, 829, 831, 832, 833, 834, 835, 836, 837, 838, 839, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1486, 1487, 1488, 1489, 1490, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1651, 1652, 1653, 1654, 1655, 1658, 1659, 1660, 1662, 1663, 1665, 1666, 1672, 1673, 1898, 1899, 1900, 1901, 1902, 1903, 1904, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2482, 2483, 2484, 2487, 2488, 2490, 2491, 2492, 2494, 2495, 2496, 2497, 2498, 2499, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2641, 2643, 2644, 2645, 2646, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2656, 2657, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3604, 3605, 3606, 3607, 3608, 3609, 3610]), Anchor::Lits(&[3717, 3748])]), Anchor::All(&[Anchor::Lits(&[647, 648, 649, 780, 781, 782, 1511, 1513, 1521, 1609, 1610, 1611, 1937, 1938, 1939, 1988, 1989, 1990, 2688, 2689, 2694, 2894, 2895, 2896, 2911, 2912, 2913, 3857, 3858, 3859]), Anchor::Lits(&[3717])]), Anchor::All(&[Anchor::Lits(&[3718, 3719, 3731, 3746, 3747]), Anchor::Lits(&[293, 304, 472, 1014, 1622, 1686, 1692, 2109, 2302, 2426])])])),
            (29, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[1639, 1640, 1641, 1642, 1643, 1644, 1645, 1661, 1664, 1667, 1668, 1669, 1670, 1671, 1991, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2485, 2493, 2500, 2501, 2502, 2503, 2504]), Anchor::All(&[Anchor::Lits(&[384, 385, 479, 480, 653, 654, 658, 659, 671, 672, 1026, 1027, 1933, 1934, 1935, 1936, 2347, 2348, 2349, 2350, 2366, 2367, 2566, 2567, 2595, 2596, 2720, 2721, 2731, 2732, 2733, 2734, 2909, 2910, 3118, 3119, 3589, 3590, 3611, 3612, 3828, 3829]), Anchor::Lits(&[627, 660, 670, 1656, 1987, 2408, 2480, 2647])]), Anchor::All(&[Anchor::Lits(&[660, 1656, 2408, 2480, 3024]), Anchor::Lits(&[79, 80, 81, 82, 83, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 200, 201, 202, 203, 204, 205, 206, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415]), Anchor::Lits(&[3160, 4054])])])),
            (48, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[149, 150, 478, 751, 799, 805, 991, 1139, 1304, 1416, 1503, 1606, 1607, 1637, 1685, 1687, 1688, 1689, 1690, 1761, 1780, 1912, 2065, 2066, 2068, 2102, 2213, 2292, 2557, 2897, 2975, 3650, 3652, 3653, 3678, 3686, 3688, 3692, 3693]), Anchor::All(&[Anchor::Lits(&[149, 150, 478, 751, 799, 805, 991, 1139, 1304, 1416, 1503, 1761, 1780, 1912, 2065, 2066, 2068, 2102, 2213, 2292, 2557, 2897, 2975, 3650, 3652, 3653, 3678, 3686, 3688, 3692, 3693]), Anchor::Lits(&[56, 57, 84, 152, 245, 298, 300, 415, 1022, 1023, 1024, 1025, 1417, 1418, 1465, 1629, 2110, 2289, 2389, 2531, 2534, 2536, 2568, 2574, 2594, 2658, 2918, 2997, 2998, 3014, 3644, 3687, 3716, 3871])])])),
            (50, "unrestricted-persona", Anchor::Any(&[Anchor::Lits(&[148, 153, 475, 673, 750, 807, 901, 1138, 1502, 1504, 1604, 1775, 1845, 1867, 1911, 1961, 2022, 2063, 2064, 2067, 2101, 2103, 2556, 2638, 2642, 3647, 3648, 3651, 3654, 3657, 3676, 3677, 3685, 3689, 3690, 3691, 3694, 3802, 3804, 3805, 3807, 3808, 3809, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827]), Anchor::All(&[Anchor::Lits(&[3125, 3126, 3131, 3132, 3133, 3134, 3135, 3140, 3141, 3142, 3143, 3148, 3149, 3754, 3755, 3760, 3761, 3762, 3763, 3764, 3769, 3770, 3771, 3772, 3777, 3778, 3789, 3790, 3791, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801]), Anchor::Lits(&[416, 1074, 1212, 1491, 1656, 1925, 2021, 2406, 2606, 2647, 2668])])])),
            (53, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[502, 503, 504, 505, 506, 507, 513, 514, 515, 516, 517, 518, 522, 523, 524, 525, 526, 527, 680, 681, 682, 683, 684, 685, 691, 692, 693, 694, 695, 696, 700, 701, 702, 703, 704, 705, 1426, 1427, 1428, 1429, 1430, 1431, 1437, 1438, 1439, 1440, 1441, 1442, 1446, 1447, 1448, 1449, 1450, 1451, 3189, 3190, 3191, 3192, 3193, 3194, 3200, 3201, 3202, 3203, 3204, 3205, 3209, 3210, 3211, 3212, 3213, 3214, 3234, 3235, 3236, 3237, 3238, 3239, 3245, 3246, 3247, 3248, 3249, 3250, 3254, 3255, 3256, 3257, 3258, 3259, 3302, 3303, 3304, 3305, 3306, 3307, 3313, 3314, 3315, 3316, 3317, 3318, 3322, 3323, 3324, 3325, 3326, 3327, 3446, 3447, 3448, 3449, 3450, 3451, 3457, 3458, 3459, 3460, 3461, 3462, 3466, 3467, 3468, 3469, 3470, 3471, 3491, 3492, 3493, 3494, 3495, 3496, 3502, 3503, 3504, 3505, 3506, 3507, 3511, 3512, 3513, 3514, 3515, 3516, 3536, 3537, 3538, 3539, 3540, 3541, 3547, 3548, 3549, 3550, 3551, 3552, 3556, 3557, 3558, 3559, 3560, 3561, 3926, 3927, 3928, 3929, 3930, 3931, 4026, 4027, 4028, 4029, 4030, 4031, 4035, 4036, 4037, 4038, 4039, 4040, 4293, 4294, 4295, 4296, 4297, 4298, 4304, 4305, 4306, 4307, 4308, 4309, 4313, 4314, 4315, 4316, 4317, 4318]), Anchor::All(&[Anchor::Lits(&[477, 632, 652, 655, 656, 1074, 1468, 1491, 1897, 1926, 2019, 2020, 2021, 2432, 2597, 2606, 2655, 2660, 2673, 2676, 2684, 2687]), Anchor::Lits(&[497, 498, 499, 508, 509, 510, 511, 519, 520, 521, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 540, 675, 676, 677, 686, 687, 688, 689, 697, 698, 699, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 719, 1421, 1422, 1423, 1432, 1433, 1434, 1435, 1443, 1444, 1445, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1464, 3184, 3185, 3186, 3195, 3196, 3197, 3198, 3206, 3207, 3208, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3227, 3229, 3230, 3231, 3240, 3241, 3242, 3243, 3251, 3252, 3253, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3272, 3297, 3298, 3299, 3308, 3309, 3310, 3311, 3319, 3320, 3321, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3340, 3441, 3442, 3443, 3452, 3453, 3454, 3455, 3463, 3464, 3465, 3472, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3484, 3486, 3487, 3488, 3497, 3498, 3499, 3500, 3508, 3509, 3510, 3517, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3529, 3531, 3532, 3533, 3542, 3543, 3544, 3545, 3553, 3554, 3555, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3574, 3866, 3884, 3889, 3955, 3963, 3964, 4016, 4032, 4033, 4034, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4050, 4052, 4288, 4289, 4290, 4299, 4300, 4301, 4302, 4310, 4311, 4312, 4319, 4320, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4331, 4483])]), Anchor::All(&[Anchor::Lits(&[416, 477, 632, 639, 656, 1074, 1212, 1468, 1491, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2597, 2606, 2647, 2660, 2676]), Anchor::Lits(&[496, 500, 501, 503, 506, 508, 509, 510, 512, 538, 539, 674, 678, 679, 681, 684, 686, 687, 688, 690, 717, 718, 1420, 1424, 1425, 1427, 1430, 1432, 1433, 1434, 1436, 1462, 1463, 3183, 3187, 3188, 3190, 3193, 3195, 3196, 3197, 3199, 3225, 3226, 3228, 3232, 3233, 3235, 3238, 3240, 3241, 3242, 3244, 3270, 3271, 3296, 3300, 3301, 3303, 3306, 3308, 3309, 3310, 3312, 3338, 3339, 3440, 3444, 3445, 3447, 3450, 3452, 3453, 3454, 3456, 3482, 3483, 3485, 3489, 3490, 3492, 3495, 3497, 3498, 3499, 3501, 3527, 3528, 3530, 3534, 3535, 3537, 3540, 3542, 3543, 3544, 3546, 3572, 3573, 3864, 3924, 3925, 3927, 3930, 3955, 3963, 3964, 4018, 4287, 4291, 4292, 4294, 4297, 4299, 4300, 4301, 4303, 4329, 4330, 4435, 4443]), Anchor::Lits(&[58, 248, 272, 1551, 1603, 1608, 1866, 2420, 2976, 3364])])])),
            (54, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 723, 724, 725, 726, 727, 728, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1905, 1906, 1907, 1908, 1909, 1910, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1927, 1928, 1929, 1930, 1931, 1932, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 2599, 2600, 2601, 2602, 2603, 2604, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603])]), Anchor::All(&[Anchor::Lits(&[808, 809, 810, 811, 812, 813, 814, 815, 902, 903, 904, 905, 906, 907, 908, 909, 911, 912, 926, 934, 948, 949, 969, 977, 2044, 2045, 2048, 2056, 2071, 2072, 2080, 2088]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603])])])),
            (55, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3341]), Anchor::All(&[Anchor::Lits(&[2098, 2099, 2100]), Anchor::Lits(&[210, 211, 246, 412, 720, 1184, 1522, 1962])]), Anchor::All(&[Anchor::Lits(&[3376, 3377, 3378, 3379, 3380, 3381, 3382, 3383]), Anchor::Lits(&[416, 1212, 1468, 1491, 1897, 1925, 2606, 2647])])])),
            (56, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[418, 419, 453, 1032, 1033, 1183, 1303, 1305, 1868, 2073, 2087, 2090, 2105, 2106, 2108, 2565, 3649, 3655, 3656, 3695]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603])])),
            (58, "pre-safety-self", Anchor::Lits(&[305, 306, 307, 308, 309, 310, 311, 312, 314, 315, 316, 317, 318, 323, 324, 345, 346, 348, 350, 351, 378, 379, 380, 382, 383, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211])),
            (59, "stay-in-character", Anchor::Lits(&[913, 914, 933, 956, 957, 976, 1833, 2046, 2047, 2055, 2569, 2915, 2916, 2917, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928])),
            (61, "jailbreak", Anchor::Lits(&[637, 638, 1361, 1362, 1590, 1591, 1592, 1736, 1737, 1738, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1760, 1761, 1762, 1764, 1765, 1766, 1767, 1768, 1770, 1774, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 2111, 2112, 2433, 2698, 3714, 3715, 3874, 3875, 3984, 3985, 4194, 4195, 4419, 4420])),
            (62, "evil-twin", Anchor::Lits(&[4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4065, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4286, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4345, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4365, 4366, 4367, 4368, 4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391])),
            (68, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[2291]), Anchor::All(&[Anchor::Lits(&[115, 116, 117, 146, 197, 198, 199, 207, 1105, 1106, 1107, 1115, 3727, 3728, 3729, 3730]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1650, 1897, 1925, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603]), Anchor::Lits(&[303, 413, 855, 1246, 2423, 2479, 2598, 2699, 2700, 2701, 3115])])])),
            (72, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 457, 461, 462, 463, 464, 466, 467, 468, 469, 471, 484, 485, 486, 487, 488, 490, 491, 492, 493, 495, 754, 756, 757, 758, 760, 762, 763, 764, 765, 767, 774, 775, 776, 777, 779, 841, 843, 844, 845, 847, 849, 850, 851, 852, 854, 877, 882, 885, 886, 887, 889, 890, 891, 892, 894, 1030, 1031, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1046, 1047, 1048, 1049, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1065, 1066, 1067, 1068, 1076, 1077, 1078, 1079, 1081, 1083, 1084, 1085, 1086, 1088, 1255, 1258, 1259, 1260, 1263, 1266, 1267, 1268, 1270, 1272, 1307, 1308, 1309, 1310, 1312, 1314, 1315, 1316, 1317, 1318, 1368, 1369, 1370, 1371, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1391, 1392, 1393, 1394, 1395, 1397, 1398, 1399, 1400, 1402, 1565, 1568, 1569, 1570, 1572, 1581, 1584, 1585, 1586, 1588, 1759, 1763, 1769, 1771, 1773, 1871, 1873, 1874, 1875, 1877, 2030, 2031, 2032, 2033, 2035, 2037, 2038, 2039, 2040, 2042, 2321, 2324, 2325, 2326, 2328, 2332, 2335, 2336, 2337, 2339, 2777, 2778, 2779, 2780, 2782, 2784, 2785, 2786, 2787, 2789, 2969, 2970, 2971, 2972, 2974, 2978, 2980, 2981, 2982, 2984, 2991, 2992, 2993, 2994, 2996, 3004, 3005, 3007, 3008, 3010, 3099, 3100, 3101, 3102, 3104, 3624, 3625, 3626, 3627, 3629, 3635, 3636, 3638, 3639, 3641, 3670, 3671, 3672, 3673, 3675, 3831, 3832, 3833, 3834, 3836]), Anchor::All(&[Anchor::Lits(&[237, 238, 239, 240, 241, 242, 243, 244, 294, 295, 296, 297, 477, 629, 630, 631, 651, 655, 656, 657, 716, 1028, 1069, 1070, 1071, 1072, 1073, 1074, 1213, 1466, 1467, 1476, 1549, 1550, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 2018, 2021, 2486, 2544, 2558, 2559, 2607, 2635, 2636, 2659, 2669, 2670, 2671, 2672, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2695, 2696, 2697, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 3295, 3617]), Anchor::Lits(&[0, 301, 417, 454, 483, 753, 761, 773, 840, 848, 874, 895, 920, 935, 963, 978, 990, 1029, 1050, 1075, 1082, 1248, 1306, 1313, 1367, 1390, 1396, 1501, 1562, 1578, 1844, 1870, 1958, 1959, 2029, 2036, 2074, 2089, 2318, 2329, 2538, 2564, 2570, 2572, 2776, 2783, 2790, 2791, 2931, 2967, 2968, 2977, 2990, 3001, 3098, 3623, 3632, 3669, 3711, 3713, 3806, 3830])]), Anchor::All(&[Anchor::Lits(&[9, 146, 208, 465, 470, 489, 494, 759, 766, 778, 846, 853, 888, 893, 1045, 1064, 1080, 1087, 1137, 1269, 1271, 1311, 1372, 1401, 1571, 1587, 1772, 1876, 2034, 2041, 2165, 2327, 2338, 2781, 2788, 2973, 2983, 2995, 3009, 3103, 3433, 3628, 3640, 3674, 3835]), Anchor::Lits(&[77, 416, 607, 632, 639, 830, 1074, 1211, 1468, 1491, 1656, 1897, 1925, 2021, 2406, 2407, 2432, 2471, 2505, 2606, 2647, 2660, 2668, 3603])])])),
            (73, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[77, 237, 238, 239, 240, 241, 242, 243, 244, 294, 295, 296, 297, 477, 629, 630, 631, 651, 655, 656, 657, 716, 1028, 1069, 1070, 1071, 1072, 1073, 1074, 1213, 1466, 1467, 1476, 1549, 1550, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 2018, 2021, 2486, 2544, 2558, 2559, 2607, 2635, 2636, 2659, 2669, 2670, 2671, 2672, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2695, 2696, 2697, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 3295, 3617]), Anchor::Lits(&[459, 473, 474, 755, 790, 842, 1419, 1605, 1872, 2070, 2104, 2154, 2317, 2369, 2571, 2633, 2637, 2979, 3710, 3712])])),
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
safetyreview\
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
securityreview\
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
            ends: &[7, 17, 27, 44, 55, 67, 81, 98, 116, 127, 145, 152, 161, 170, 175, 187, 205, 217, 232, 248, 262, 276, 288, 299, 313, 327, 344, 356, 367, 382, 397, 412, 430, 446, 457, 471, 481, 498, 510, 529, 543, 556, 571, 580, 591, 601, 610, 630, 643, 655, 668, 689, 705, 714, 733, 736, 743, 751, 761, 780, 796, 812, 828, 846, 859, 873, 885, 896, 907, 917, 923, 931, 941, 953, 967, 970, 986, 1000, 1018, 1022, 1029, 1038, 1043, 1048, 1061, 1072, 1087, 1107, 1125, 1147, 1158, 1167, 1184, 1199, 1218, 1235, 1250, 1269, 1285, 1299, 1317, 1335, 1351, 1371, 1384, 1402, 1418, 1438, 1451, 1462, 1477, 1489, 1499, 1513, 1523, 1534, 1540, 1564, 1586, 1612, 1627, 1640, 1661, 1680, 1703, 1724, 1743, 1766, 1786, 1804, 1826, 1848, 1868, 1892, 1909, 1931, 1951, 1975, 1989, 2001, 2017, 2026, 2040, 2052, 2068, 2075, 2080, 2088, 2094, 2104, 2115, 2121, 2129, 2144, 2163, 2185, 2200, 2215, 2232, 2255, 2271, 2287, 2305, 2317, 2329, 2343, 2364, 2378, 2392, 2408, 2422, 2441, 2457, 2470, 2483, 2499, 2514, 2526, 2538, 2556, 2570, 2573, 2581, 2602, 2621, 2644, 2656, 2666, 2684, 2700, 2720, 2738, 2754, 2774, 2791, 2806, 2825, 2840, 2856, 2867, 2886, 2903, 2924, 2938, 2957, 2974, 2995, 3007, 3014, 3026, 3033, 3038, 3051, 3071, 3085, 3106, 3123, 3134, 3146, 3165, 3178, 3198, 3214, 3224, 3238, 3259, 3274, 3296, 3314, 3326, 3338, 3357, 3370, 3390, 3406, 3416, 3424, 3437, 3449, 3461, 3476, 3490, 3509, 3518, 3534, 3542, 3553, 3558, 3562, 3572, 3581, 3590, 3598, 3608, 3617, 3628, 3638, 3647, 3660, 3672, 3684, 3695, 3708, 3720, 3734, 3747, 3759, 3771, 3781, 3791, 3799, 3809, 3815, 3829, 3842, 3855, 3867, 3881, 3894, 3909, 3923, 3936, 3953, 3969, 3985, 4000, 4017, 4033, 4051, 4068, 4084, 4089, 4095, 4105, 4114, 4122, 4130, 4140, 4150, 4163, 4172, 4177, 4181, 4184, 4190, 4205, 4223, 4239, 4254, 4267, 4282, 4295, 4307, 4318, 4336, 4352, 4367, 4380, 4395, 4415, 4430, 4444, 4460, 4470, 4482, 4499, 4522, 4539, 4559, 4580, 4599, 4618, 4635, 4651, 4670, 4689, 4711, 4728, 4744, 4764, 4784, 4804, 4827, 4848, 4864, 4882, 4898, 4919, 4934, 4948, 4961, 4976, 4989, 4999, 5016, 5039, 5056, 5076, 5097, 5116, 5135, 5152, 5168, 5187, 5206, 5228, 5245, 5261, 5281, 5301, 5321, 5344, 5365, 5381, 5395, 5417, 5434, 5444, 5463, 5480, 5496, 5516, 5530, 5546, 5560, 5575, 5581, 5590, 5602, 5621, 5634, 5654, 5670, 5680, 5691, 5709, 5721, 5740, 5755, 5764, 5777, 5797, 5811, 5832, 5849, 5860, 5871, 5889, 5901, 5920, 5935, 5944, 5951, 5956, 5961, 5969, 5979, 5984, 5995, 6009, 6031, 6048, 6073, 6093, 6118, 6138, 6166, 6189, 6215, 6236, 6265, 6289, 6315, 6336, 6365, 6389, 6409, 6428, 6442, 6464, 6481, 6503, 6520, 6545, 6565, 6588, 6606, 6632, 6653, 6676, 6694, 6720, 6741, 6753, 6759, 6768, 6777, 6793, 6803, 6811, 6822, 6841, 6857, 6876, 6896, 6909, 6929, 6942, 6958, 6975, 6985, 7002, 7008, 7016, 7025, 7038, 7045, 7055, 7064, 7079, 7095, 7099, 7105, 7114, 7130, 7148, 7162, 7178, 7193, 7209, 7224, 7242, 7257, 7271, 7288, 7297, 7306, 7316, 7328, 7336, 7355, 7373, 7394, 7411, 7427, 7446, 7465, 7486, 7503, 7522, 7540, 7561, 7579, 7596, 7616, 7628, 7640, 7653, 7668, 7684, 7704, 7720, 7733, 7750, 7763, 7772, 7782, 7792, 7801, 7811, 7831, 7854, 7874, 7897, 7921, 7938, 7962, 7979, 7999, 8020, 8034, 8055, 8062, 8070, 8081, 8092, 8102, 8113, 8125, 8136, 8148, 8161, 8171, 8193, 8215, 8241, 8253, 8273, 8297, 8320, 8347, 8368, 8386, 8412, 8438, 8468, 8484, 8508, 8536, 8563, 8594, 8619, 8641, 8667, 8687, 8706, 8732, 8754, 8776, 8792, 8807, 8829, 8847, 8862, 8884, 8900, 8923, 8942, 8955, 8969, 8990, 9005, 9027, 9045, 9057, 9073, 9096, 9113, 9137, 9157, 9171, 9185, 9206, 9221, 9243, 9261, 9273, 9285, 9300, 9315, 9329, 9344, 9360, 9375, 9391, 9416, 9438, 9460, 9482, 9506, 9525, 9545, 9563, 9580, 9597, 9613, 9619, 9632, 9644, 9663, 9681, 9694, 9704, 9721, 9736, 9750, 9762, 9786, 9811, 9822, 9836, 9850, 9863, 9877, 9892, 9906, 9921, 9940, 9955, 9974, 9981, 9994, 10008, 10020, 10033, 10048, 10061, 10080, 10093, 10107, 10114, 10127, 10135, 10145, 10158, 10171, 10185, 10200, 10214, 10226, 10243, 10252, 10262, 10269, 10278, 10294, 10312, 10326, 10342, 10357, 10373, 10388, 10406, 10421, 10435, 10452, 10461, 10470, 10480, 10492, 10500, 10519, 10537, 10558, 10575, 10591, 10610, 10629, 10650, 10667, 10686, 10704, 10725, 10743, 10760, 10780, 10792, 10804, 10817, 10832, 10848, 10868, 10884, 10897, 10914, 10927, 10938, 10947, 10957, 10967, 10972, 10986, 10998, 11011, 11031, 11045, 11066, 11083, 11094, 11105, 11117, 11136, 11149, 11169, 11185, 11195, 11209, 11230, 11245, 11267, 11285, 11297, 11309, 11328, 11341, 11361, 11377, 11387, 11396, 11403, 11406, 11413, 11429, 11439, 11459, 11470, 11487, 11507, 11528, 11542, 11563, 11575, 11597, 11616, 11638, 11661, 11677, 11700, 11706, 11719, 11730, 11740, 11748, 11754, 11770, 11783, 11799, 11816, 11826, 11843, 11860, 11873, 11890, 11894, 11901, 11908, 11916, 11925, 11933, 11940, 11950, 11959, 11981, 12000, 12018, 12037, 12056, 12077, 12093, 12106, 12119, 12136, 12151, 12165, 12179, 12193, 12206, 12213, 12226, 12237, 12248, 12260, 12272, 12282, 12292, 12303, 12313, 12326, 12339, 12351, 12364, 12378, 12391, 12405, 12414, 12426, 12438, 12449, 12461, 12474, 12484, 12497, 12510, 12522, 12535, 12549, 12562, 12576, 12588, 12601, 12608, 12625, 12633, 12647, 12664, 12682, 12693, 12711, 12720, 12739, 12755, 12774, 12794, 12807, 12827, 12835, 12842, 12852, 12862, 12873, 12885, 12896, 12903, 12913, 12923, 12934, 12946, 12957, 12964, 12974, 12984, 12995, 13007, 13018, 13027, 13039, 13051, 13070, 13083, 13097, 13112, 13127, 13149, 13165, 13182, 13201, 13223, 13246, 13262, 13285, 13301, 13320, 13340, 13353, 13373, 13378, 13386, 13394, 13403, 13413, 13422, 13434, 13448, 13460, 13472, 13485, 13498, 13509, 13520, 13532, 13537, 13549, 13559, 13578, 13602, 13616, 13633, 13650, 13668, 13687, 13699, 13714, 13729, 13745, 13762, 13778, 13788, 13799, 13813, 13827, 13842, 13858, 13873, 13894, 13905, 13914, 13923, 13935, 13947, 13960, 13974, 13987, 14002, 14020, 14038, 14057, 14077, 14081, 14092, 14101, 14115, 14132, 14149, 14167, 14186, 14204, 14222, 14245, 14258, 14274, 14290, 14307, 14325, 14336, 14350, 14364, 14379, 14395, 14410, 14419, 14429, 14442, 14455, 14469, 14484, 14498, 14518, 14528, 14536, 14544, 14555, 14566, 14578, 14591, 14603, 14617, 14634, 14651, 14669, 14688, 14692, 14700, 14704, 14725, 14744, 14767, 14779, 14789, 14807, 14823, 14843, 14861, 14877, 14897, 14914, 14929, 14948, 14967, 14984, 15005, 15019, 15038, 15055, 15076, 15083, 15099, 15118, 15132, 15143, 15156, 15168, 15179, 15185, 15193, 15199, 15204, 15217, 15231, 15239, 15245, 15261, 15276, 15287, 15297, 15307, 15325, 15338, 15356, 15369, 15390, 15406, 15425, 15439, 15461, 15478, 15488, 15507, 15521, 15543, 15560, 15568, 15586, 15603, 15615, 15635, 15650, 15670, 15685, 15708, 15726, 15747, 15763, 15787, 15806, 15818, 15839, 15855, 15879, 15898, 15916, 15930, 15947, 15966, 15978, 15984, 15989, 16004, 16016, 16031, 16047, 16056, 16072, 16079, 16096, 16110, 16127, 16145, 16156, 16174, 16179, 16189, 16212, 16233, 16258, 16272, 16284, 16304, 16322, 16344, 16364, 16382, 16404, 16423, 16440, 16461, 16478, 16496, 16509, 16530, 16549, 16572, 16588, 16609, 16628, 16651, 16665, 16687, 16707, 16731, 16744, 16755, 16774, 16791, 16812, 16831, 16848, 16869, 16887, 16903, 16923, 16943, 16961, 16983, 16998, 17018, 17036, 17058, 17067, 17071, 17079, 17100, 17129, 17162, 17189, 17217, 17243, 17269, 17296, 17315, 17342, 17373, 17398, 17424, 17448, 17472, 17497, 17518, 17547, 17580, 17607, 17635, 17661, 17687, 17714, 17738, 17760, 17782, 17815, 17856, 17901, 17940, 17980, 18018, 18056, 18095, 18122, 18157, 18196, 18229, 18263, 18295, 18327, 18360, 18370, 18375, 18388, 18408, 18422, 18443, 18460, 18471, 18483, 18502, 18515, 18535, 18551, 18561, 18575, 18596, 18611, 18633, 18651, 18663, 18675, 18694, 18707, 18727, 18743, 18753, 18760, 18764, 18770, 18777, 18799, 18813, 18830, 18842, 18851, 18862, 18872, 18881, 18887, 18904, 18924, 18937, 18950, 18965, 18986, 19000, 19014, 19030, 19040, 19050, 19062, 19081, 19093, 19105, 19119, 19126, 19136, 19146, 19154, 19164, 19171, 19184, 19193, 19199, 19208, 19214, 19228, 19242, 19257, 19273, 19282, 19291, 19307, 19317, 19328, 19341, 19357, 19374, 19387, 19400, 19420, 19434, 19449, 19466, 19486, 19507, 19521, 19542, 19552, 19569, 19575, 19581, 19590, 19602, 19614, 19624, 19636, 19645, 19660, 19671, 19680, 19692, 19704, 19714, 19726, 19735, 19750, 19761, 19771, 19782, 19801, 19814, 19827, 19841, 19854, 19864, 19878, 19889, 19901, 19909, 19918, 19929, 19937, 19953, 19979, 20002, 20028, 20055, 20075, 20102, 20116, 20140, 20161, 20185, 20210, 20235, 20245, 20256, 20276, 20302, 20322, 20345, 20369, 20391, 20413, 20433, 20452, 20474, 20496, 20521, 20541, 20560, 20583, 20606, 20629, 20655, 20679, 20698, 20723, 20754, 20779, 20807, 20836, 20863, 20890, 20915, 20939, 20966, 20993, 21023, 21048, 21072, 21100, 21128, 21156, 21187, 21216, 21240, 21253, 21267, 21278, 21287, 21296, 21303, 21312, 21331, 21347, 21366, 21386, 21399, 21419, 21436, 21448, 21468, 21483, 21503, 21518, 21541, 21559, 21580, 21596, 21620, 21639, 21660, 21676, 21700, 21719, 21727, 21745, 21760, 21778, 21797, 21816, 21829, 21852, 21872, 21895, 21919, 21936, 21960, 21971, 21980, 21985, 21999, 22016, 22033, 22051, 22070, 22088, 22098, 22107, 22114, 22118, 22125, 22134, 22140, 22144, 22150, 22163, 22178, 22189, 22202, 22214, 22227, 22239, 22254, 22266, 22277, 22291, 22297, 22303, 22310, 22319, 22324, 22340, 22355, 22373, 22387, 22400, 22416, 22432, 22450, 22464, 22480, 22495, 22513, 22528, 22542, 22559, 22568, 22577, 22587, 22599, 22612, 22629, 22642, 22652, 22666, 22676, 22682, 22689, 22696, 22701, 22711, 22720, 22730, 22743, 22756, 22768, 22781, 22795, 22808, 22822, 22828, 22836, 22847, 22858, 22868, 22879, 22891, 22902, 22914, 22923, 22935, 22947, 22958, 22970, 22983, 22993, 23006, 23019, 23031, 23044, 23058, 23071, 23085, 23097, 23110, 23114, 23120, 23130, 23137, 23143, 23162, 23178, 23193, 23209, 23225, 23241, 23259, 23271, 23284, 23294, 23308, 23320, 23331, 23342, 23352, 23368, 23372, 23384, 23403, 23416, 23436, 23452, 23462, 23473, 23491, 23503, 23522, 23537, 23546, 23559, 23579, 23593, 23614, 23631, 23642, 23653, 23671, 23683, 23702, 23717, 23726, 23731, 23737, 23750, 23764, 23778, 23787, 23800, 23807, 23818, 23826, 23843, 23858, 23872, 23883, 23895, 23911, 23925, 23942, 23957, 23968, 23980, 23990, 24001, 24009, 24018, 24025, 24035, 24045, 24056, 24068, 24075, 24081, 24090, 24099, 24109, 24120, 24130, 24136, 24145, 24154, 24170, 24180, 24191, 24204, 24220, 24237, 24247, 24264, 24274, 24284, 24295, 24307, 24318, 24326, 24337, 24348, 24366, 24378, 24391, 24406, 24424, 24443, 24455, 24474, 24483, 24497, 24510, 24524, 24539, 24558, 24575, 24590, 24608, 24622, 24637, 24653, 24667, 24676, 24689, 24693, 24697, 24711, 24717, 24728, 24742, 24757, 24765, 24780, 24790, 24799, 24808, 24816, 24826, 24835, 24846, 24856, 24865, 24878, 24890, 24902, 24913, 24926, 24938, 24952, 24965, 24977, 24987, 24998, 25012, 25026, 25039, 25053, 25068, 25082, 25097, 25110, 25130, 25144, 25165, 25182, 25193, 25202, 25215, 25227, 25246, 25259, 25279, 25295, 25305, 25319, 25340, 25355, 25377, 25395, 25407, 25413, 25429, 25441, 25460, 25473, 25493, 25509, 25519, 25528, 25538, 25548, 25559, 25571, 25587, 25599, 25615, 25626, 25634, 25653, 25675, 25690, 25705, 25722, 25745, 25761, 25777, 25795, 25807, 25819, 25833, 25854, 25868, 25882, 25898, 25905, 25912, 25920, 25936, 25951, 25964, 25982, 25996, 26014, 26022, 26026, 26033, 26053, 26070, 26087, 26104, 26123, 26137, 26146, 26160, 26174, 26189, 26202, 26214, 26226, 26237, 26245, 26259, 26278, 26296, 26313, 26328, 26342, 26358, 26372, 26377, 26392, 26406, 26417, 26429, 26445, 26462, 26478, 26495, 26510, 26525, 26538, 26549, 26563, 26577, 26590, 26604, 26619, 26631, 26648, 26663, 26678, 26692, 26714, 26729, 26745, 26766, 26781, 26797, 26815, 26834, 26857, 26881, 26904, 26918, 26933, 26954, 26972, 26990, 27008, 27028, 27043, 27059, 27073, 27086, 27099, 27111, 27128, 27145, 27163, 27180, 27196, 27215, 27222, 27234, 27253, 27278, 27297, 27319, 27342, 27363, 27384, 27403, 27421, 27442, 27463, 27487, 27506, 27524, 27546, 27568, 27590, 27615, 27638, 27656, 27681, 27712, 27737, 27765, 27794, 27821, 27848, 27873, 27897, 27924, 27951, 27981, 28006, 28030, 28058, 28086, 28114, 28145, 28174, 28198, 28204, 28213, 28218, 28228, 28238, 28250, 28261, 28273, 28281, 28298, 28313, 28325, 28339, 28357, 28370, 28390, 28404, 28420, 28437, 28453, 28464, 28482, 28494, 28510, 28523, 28539, 28555, 28573, 28592, 28608, 28621, 28636, 28652, 28671, 28685, 28706, 28721, 28738, 28757, 28775, 28795, 28808, 28828, 28845, 28855, 28867, 28886, 28899, 28916, 28930, 28947, 28964, 28967, 28981, 29003, 29029, 29049, 29070, 29089, 29108, 29128, 29140, 29160, 29184, 29202, 29221, 29238, 29255, 29273, 29287, 29309, 29335, 29355, 29376, 29395, 29414, 29434, 29451, 29466, 29481, 29489, 29515, 29549, 29587, 29619, 29652, 29683, 29714, 29746, 29766, 29794, 29826, 29852, 29879, 29904, 29929, 29955, 29971, 29985, 29998, 30008, 30019, 30034, 30049, 30062, 30078, 30092, 30102, 30113, 30122, 30132, 30139, 30147, 30151, 30160, 30165, 30171, 30185, 30206, 30221, 30243, 30261, 30273, 30286, 30306, 30320, 30341, 30358, 30369, 30384, 30406, 30422, 30445, 30464, 30477, 30490, 30510, 30524, 30545, 30562, 30573, 30579, 30598, 30613, 30632, 30649, 30657, 30673, 30691, 30708, 30722, 30737, 30756, 30776, 30795, 30808, 30822, 30840, 30859, 30877, 30894, 30908, 30922, 30936, 30952, 30963, 30975, 30985, 30994, 31003, 31011, 31018, 31028, 31040, 31048, 31054, 31063, 31070, 31080, 31090, 31101, 31113, 31124, 31130, 31146, 31159, 31175, 31192, 31202, 31219, 31229, 31249, 31266, 31286, 31307, 31321, 31342, 31347, 31359, 31369, 31388, 31412, 31422, 31433, 31447, 31461, 31476, 31492, 31507, 31528, 31539, 31548, 31560, 31572, 31585, 31599, 31612, 31624, 31632, 31644, 31657, 31665, 31677, 31685, 31699, 31714, 31727, 31742, 31757, 31775, 31793, 31812, 31832, 31851, 31864, 31878, 31895, 31912, 31930, 31949, 31967, 31984, 31998, 32010, 32030, 32038, 32052, 32069, 32086, 32104, 32123, 32141, 32150, 32161, 32171, 32185, 32203, 32210, 32219, 32229, 32241, 32248, 32263, 32268, 32273, 32284, 32296, 32300, 32307, 32317, 32327, 32338, 32350, 32361, 32365, 32381, 32397, 32417, 32432, 32450, 32461, 32472, 32485, 32504, 32516, 32528, 32542, 32550, 32556, 32570, 32588, 32605, 32626, 32641, 32653, 32661, 32671, 32687, 32697, 32706, 32723, 32733, 32743, 32755, 32771, 32783, 32792, 32800, 32803, 32814, 32825, 32840, 32855, 32871, 32889, 32909, 32924, 32940, 32952, 32958, 32974, 32990, 33010, 33030, 33051, 33074, 33099, 33119, 33140, 33157, 33179, 33196, 33213, 33231, 33252, 33277, 33300, 33318, 33336, 33355, 33381, 33402, 33418, 33434, 33451, 33475, 33491, 33508, 33525, 33537, 33549, 33562, 33578, 33598, 33616, 33629, 33642, 33656, 33677, 33693, 33704, 33715, 33727, 33746, 33757, 33769, 33772, 33781, 33785, 33792, 33799, 33807, 33816, 33824, 33830, 33835, 33849, 33871, 33897, 33917, 33938, 33957, 33976, 33996, 34008, 34028, 34052, 34070, 34089, 34106, 34123, 34141, 34155, 34177, 34203, 34223, 34244, 34263, 34282, 34302, 34319, 34334, 34349, 34375, 34409, 34447, 34479, 34512, 34543, 34574, 34606, 34626, 34654, 34686, 34712, 34739, 34764, 34789, 34815, 34822, 34827, 34838, 34854, 34867, 34877, 34887, 34900, 34912, 34921, 34930, 34945, 34956, 34976, 34993, 35010, 35027, 35046, 35060, 35075, 35088, 35100, 35112, 35123, 35132, 35140, 35151, 35163, 35171, 35177, 35185, 35206, 35224, 35241, 35259, 35277, 35297, 35307, 35322, 35334, 35350, 35364, 35377, 35390, 35402, 35410, 35418, 35429, 35440, 35452, 35465, 35477, 35487, 35495, 35506, 35517, 35535, 35547, 35560, 35575, 35593, 35612, 35624, 35643, 35653, 35666, 35679, 35699, 35713, 35728, 35745, 35765, 35786, 35800, 35821, 35829, 35840, 35851, 35863, 35876, 35888, 35893, 35907, 35922, 35937, 35953, 35969, 35983, 35996, 36006, 36017, 36032, 36045, 36061, 36075, 36085, 36096, 36105, 36115, 36122, 36130, 36139, 36149, 36153, 36159, 36175, 36194, 36213, 36233, 36254, 36274, 36285, 36299, 36313, 36328, 36344, 36359, 36370, 36384, 36398, 36413, 36429, 36444, 36454, 36463, 36470, 36487, 36502, 36516, 36527, 36539, 36555, 36569, 36586, 36601, 36612, 36624, 36634, 36645, 36653, 36662, 36670, 36676, 36684, 36693, 36709, 36722, 36735, 36748, 36763, 36773, 36784, 36793, 36801, 36809, 36816, 36823, 36827, 36834, 36851, 36871, 36881, 36896, 36908, 36922, 36935, 36947, 36957, 36967, 36972, 36986, 37003, 37015, 37024, 37035, 37045, 37054, 37066, 37087, 37103, 37118, 37135, 37157, 37172, 37186, 37197, 37212, 37235, 37253, 37264, 37285, 37305, 37322, 37339, 37356, 37375, 37389, 37404, 37417, 37429, 37441, 37452, 37469, 37484, 37499, 37512, 37523, 37537, 37551, 37564, 37578, 37593, 37607, 37622, 37630, 37636, 37647, 37656, 37665, 37673, 37689, 37700, 37709, 37719, 37726, 37736, 37746, 37755, 37770, 37780, 37791, 37801, 37812, 37821, 37831, 37843, 37856, 37873, 37891, 37908, 37919, 37927, 37940, 37947, 37962, 37975, 37987, 37996, 38006, 38014, 38025, 38036, 38048, 38061, 38073, 38083, 38091, 38105, 38117, 38132, 38145, 38154, 38164, 38172, 38181, 38187, 38199, 38207, 38213, 38221, 38228, 38241, 38245, 38258, 38274, 38290, 38307, 38325, 38342, 38361, 38378, 38392, 38406, 38420, 38436, 38447, 38459, 38469, 38478, 38487, 38495, 38505, 38514, 38523, 38530, 38545, 38558, 38570, 38580, 38585, 38597, 38611, 38626, 38634, 38651, 38657, 38664, 38672, 38680, 38687, 38704, 38724, 38737, 38750, 38765, 38786, 38800, 38814, 38830, 38840, 38850, 38862, 38881, 38893, 38905, 38919, 38927, 38934, 38941, 38950, 38959, 38969, 38978, 38986, 39002, 39025, 39042, 39066, 39086, 39100, 39111, 39123, 39145, 39160, 39175, 39189, 39204, 39220, 39235, 39251, 39266, 39288, 39304, 39327, 39346, 39359, 39376, 39400, 39418, 39443, 39464, 39479, 39494, 39516, 39532, 39555, 39574, 39587, 39594, 39600, 39613, 39623, 39630, 39635, 39639, 39643, 39650, 39662, 39669, 39675, 39682, 39690, 39695, 39703, 39711, 39718, 39726, 39735, 39743, 39752, 39767, 39774, 39782, 39787, 39796, 39806, 39819, 39832, 39844, 39857, 39871, 39884, 39898, 39904, 39915, 39932, 39946, 39958, 39971, 39987, 39998, 40012, 40028, 40042, 40054, 40069, 40080, 40098, 40110, 40121, 40135, 40147, 40161, 40175, 40185, 40198, 40209, 40220, 40229, 40243, 40255, 40267, 40276, 40284, 40296, 40306, 40319, 40324, 40332, 40340, 40349, 40359, 40368, 40374, 40393, 40409, 40425, 40441, 40459, 40472, 40486, 40498, 40509, 40520, 40530, 40542, 40555, 40568, 40583, 40596, 40612, 40630, 40647, 40660, 40680, 40694, 40707, 40721, 40735, 40750, 40761, 40770, 40779, 40786, 40801, 40814, 40826, 40835, 40845, 40853, 40864, 40875, 40887, 40900, 40912, 40926, 40938, 40953, 40966, 40975, 40985, 40993, 41002, 41008, 41013, 41020, 41038, 41054, 41069, 41081, 41094, 41111, 41126, 41144, 41160, 41172, 41185, 41196, 41208, 41217, 41227, 41235, 41253, 41268, 41286, 41305, 41317, 41336, 41343, 41360, 41374, 41391, 41409, 41420, 41438, 41446, 41450, 41457, 41464, 41472, 41481, 41489, 41503, 41522, 41538, 41551, 41564, 41580, 41595, 41607, 41619, 41637, 41651, 41656, 41668, 41686, 41698, 41713, 41729, 41743, 41757, 41769, 41780, 41794, 41808, 41825, 41837, 41848, 41863, 41878, 41893, 41911, 41927, 41938, 41954, 41978, 42006, 42028, 42051, 42072, 42093, 42115, 42129, 42151, 42177, 42197, 42218, 42237, 42256, 42276, 42292, 42316, 42344, 42366, 42389, 42410, 42431, 42453, 42472, 42489, 42506, 42534, 42570, 42610, 42644, 42679, 42712, 42745, 42779, 42801, 42831, 42865, 42893, 42922, 42949, 42976, 43004, 43017, 43035, 43050, 43062, 43074, 43089, 43103, 43114, 43125, 43142, 43155, 43167, 43184, 43198, 43209, 43220, 43234, 43247, 43257, 43267, 43283, 43295, 43314, 43329, 43348, 43356, 43377, 43395, 43413, 43431, 43451, 43466, 43482, 43496, 43509, 43522, 43534, 43544, 43555, 43571, 43583, 43599, 43609, 43620, 43637, 43649, 43655, 43670, 43683, 43702, 43716, 43735, 43755, 43775, 43792, 43810, 43828, 43838, 43845, 43849, 43861, 43876, 43891, 43907, 43924, 43940, 43955, 43973, 43991, 44010, 44030, 44043, 44059, 44075, 44092, 44110, 44127, 44140, 44156, 44172, 44189, 44207, 44224, 44239, 44257, 44275, 44294, 44314, 44333, 44344, 44358, 44372, 44387, 44403, 44418, 44423, 44430, 44447, 44461, 44478, 44496, 44507, 44525, 44533, 44540, 44547, 44564, 44573, 44587, 44604, 44622, 44633, 44651, 44669, 44685, 44700, 44712, 44725, 44737, 44759, 44778, 44800, 44823, 44839, 44862, 44873, 44883, 44900, 44915, 44924, 44942, 44958, 44977, 44993, 45005, 45024, 45044, 45057, 45077, 45088, 45100, 45109, 45117, 45127, 45133, 45152, 45168, 45183, 45199, 45215, 45232, 45250, 45263, 45279, 45295, 45310, 45326, 45343, 45360, 45377, 45393, 45410, 45428, 45445, 45463, 45479, 45496, 45506, 45520, 45532, 45543, 45554, 45564, 45587, 45613, 45632, 45651, 45672, 45699, 45719, 45739, 45761, 45777, 45793, 45811, 45836, 45854, 45872, 45892, 45919, 45949, 45972, 45995, 46020, 46051, 46075, 46099, 46125, 46145, 46165, 46187, 46216, 46238, 46260, 46284, 46298, 46315, 46332, 46350, 46369, 46390, 46414, 46431, 46448, 46467, 46492, 46510, 46528, 46548, 46562, 46576, 46592, 46615, 46631, 46647, 46665, 46675, 46695, 46712, 46732, 46753, 46767, 46788, 46792, 46797, 46810, 46821, 46832, 46841, 46852, 46861, 46870, 46877, 46889, 46900, 46904, 46913, 46923, 46937, 46949, 46960, 46973, 46985, 46995, 47007, 47024, 47040, 47055, 47069, 47083, 47100, 47115, 47131, 47145, 47159, 47172, 47186, 47199, 47208, 47219, 47232, 47244, 47260, 47275, 47287, 47298, 47314, 47330, 47345, 47359, 47375, 47390, 47401, 47411, 47423, 47434, 47445, 47456, 47459, 47472, 47490, 47505, 47517, 47529, 47544, 47565, 47591, 47614, 47634, 47654, 47677, 47699, 47718, 47737, 47762, 47783, 47797, 47808, 47819, 47836, 47849, 47857, 47872, 47889, 47902, 47917, 47931, 47946, 47960, 47977, 47991, 48004, 48020, 48028, 48036, 48045, 48056, 48063, 48081, 48098, 48118, 48134, 48149, 48167, 48185, 48205, 48221, 48239, 48256, 48276, 48293, 48309, 48328, 48339, 48350, 48362, 48376, 48391, 48410, 48425, 48437, 48453, 48465, 48473, 48482, 48491, 48506, 48528, 48552, 48572, 48594, 48615, 48637, 48658, 48682, 48703, 48723, 48746, 48761, 48776, 48792, 48810, 48824, 48849, 48873, 48900, 48923, 48945, 48970, 48995, 49022, 49045, 49070, 49094, 49121, 49145, 49168, 49194, 49212, 49230, 49249, 49270, 49292, 49318, 49340, 49359, 49382, 49401, 49416, 49432, 49448, 49463, 49483, 49500, 49514, 49528, 49545, 49561, 49574, 49587, 49606, 49621, 49639, 49662, 49682, 49699, 49716, 49736, 49755, 49771, 49787, 49809, 49827, 49835, 49846, 49864, 49884, 49900, 49918, 49935, 49953, 49970, 49990, 50007, 50023, 50042, 50053, 50064, 50076, 50090, 50100, 50121, 50141, 50164, 50183, 50201, 50222, 50243, 50266, 50285, 50306, 50326, 50349, 50369, 50388, 50410, 50424, 50438, 50453, 50470, 50488, 50510, 50528, 50543, 50562, 50577, 50588, 50600, 50612, 50625, 50641, 50662, 50680, 50695, 50710, 50728, 50745, 50759, 50776, 50798, 50817, 50831, 50847, 50863, 50882, 50902, 50920, 50935, 50950, 50971, 50988, 51004, 51017, 51033, 51054, 51072, 51087, 51102, 51120, 51137, 51151, 51165, 51185, 51201, 51211, 51223, 51232, 51243, 51252, 51263, 51271, 51281, 51295, 51314, 51330, 51343, 51356, 51372, 51387, 51399, 51411, 51429, 51443, 51463, 51481, 51503, 51514, 51523, 51540, 51555, 51574, 51591, 51606, 51625, 51641, 51655, 51673, 51691, 51707, 51727, 51740, 51758, 51774, 51794, 51803, 51817, 51828, 51836, 51844, 51857, 51875, 51890, 51902, 51914, 51929, 51943, 51954, 51965, 51982, 51995, 52006, 52013, 52023, 52030, 52037, 52050, 52059, 52076, 52085, 52101, 52119, 52133, 52149, 52164, 52180, 52195, 52213, 52228, 52242, 52259, 52268, 52277, 52287, 52299, 52307, 52326, 52344, 52365, 52382, 52398, 52417, 52436, 52457, 52474, 52493, 52511, 52532, 52550, 52567, 52587, 52599, 52611, 52624, 52639, 52655, 52675, 52691, 52704, 52721, 52734, 52743, 52753, 52763, 52779, 52802, 52827, 52848, 52871, 52893, 52916, 52938, 52963, 52985, 53006, 53030, 53046, 53062, 53079, 53098, 53113, 53139, 53164, 53192, 53216, 53239, 53265, 53291, 53319, 53343, 53369, 53394, 53422, 53447, 53471, 53498, 53517, 53536, 53556, 53578, 53601, 53628, 53651, 53671, 53695, 53715, 53731, 53748, 53765, 53777, 53796, 53817, 53834, 53853, 53871, 53890, 53908, 53929, 53947, 53964, 53984, 53996, 54008, 54021, 54036, 54047, 54069, 54090, 54114, 54134, 54153, 54175, 54197, 54221, 54241, 54263, 54284, 54308, 54329, 54349, 54372, 54387, 54402, 54418, 54436, 54455, 54478, 54497, 54513, 54533, 54549, 54561, 54574, 54587, 54595, 54603, 54612, 54624, 54636, 54649, 54663, 54676, 54684, 54695, 54706, 54718, 54731, 54743, 54754, 54763, 54772, 54779, 54790, 54802, 54811, 54818, 54828, 54838, 54849, 54861, 54872, 54880, 54888, 54899, 54910, 54920, 54931, 54943, 54954, 54966, 54981, 54997, 55011, 55023, 55034, 55043, 55051, 55067, 55081, 55094, 55104, 55115, 55125, 55145, 55162, 55182, 55203, 55217, 55238, 55253, 55266, 55273, 55289, 55303, 55320, 55334, 55344, 55361, 55379, 55390, 55408, 55417, 55427, 55433, 55440, 55448, 55457, 55464, 55473, 55484, 55494, 55508, 55520, 55529, 55542, 55557, 55569, 55592, 55612, 55632, 55652, 55674, 55691, 55709, 55725, 55740, 55755, 55769, 55778, 55797, 55813, 55832, 55852, 55865, 55885, 55894, 55904, 55918, 55925, 55935, 55945, 55956, 55968, 55979, 55988, 56001, 56007, 56019, 56030, 56042, 56054, 56070, 56080, 56090, 56104, 56112, 56119, 56141, 56160, 56179, 56198, 56219, 56235, 56252, 56267, 56281, 56295, 56308, 56315, 56319, 56324, 56330, 56336, 56350, 56365, 56374, 56378, 56388, 56398, 56409, 56421, 56431, 56451, 56467, 56487, 56501, 56516, 56532, 56543, 56555, 56566, 56588, 56606, 56628, 56644, 56656, 56672, 56682, 56703, 56720, 56741, 56756, 56767, 56782, 56791, 56801, 56812, 56817, 56832, 56845, 56857, 56871, 56884, 56895, 56908, 56926, 56943, 56959, 56974, 56989, 57007, 57023, 57040, 57055, 57070, 57084, 57099, 57113, 57123, 57135, 57149, 57162, 57179, 57195, 57208, 57220, 57237, 57254, 57270, 57285, 57302, 57318, 57330, 57341, 57354, 57366, 57378, 57390, 57399, 57410, 57423, 57439, 57453, 57468, 57481, 57489, 57499, 57514, 57528, 57543, 57558, 57572, 57581, 57593, 57609, 57616, 57636, 57652, 57669, 57689, 57705, 57727, 57742, 57759, 57772, 57786, 57803, 57816, 57835, 57847, 57865, 57880, 57898, 57917, 57931, 57951, 57964, 57974, 57985, 57995, 58015, 58032, 58052, 58073, 58087, 58108, 58123, 58141, 58152, 58163, 58176, 58195, 58207, 58219, 58233, 58241, 58249, 58259, 58276, 58286, 58296, 58308, 58320, 58330, 58340, 58348, 58365, 58378, 58395, 58407, 58417, 58427, 58435, 58441, 58452, 58465, 58485, 58503, 58518, 58529, 58537, 58558, 58574, 58590, 58604, 58619, 58638, 58656, 58672, 58692, 58706, 58721, 58738, 58753, 58765, 58775, 58788, 58805, 58816, 58826, 58840, 58856, 58868, 58882, 58899, 58920, 58937, 58952, 58965, 58976, 58990, 59000, 59021, 59040, 59056, 59068, 59090, 59107, 59128, 59143, 59159, 59177, 59188, 59206, 59217, 59223, 59236, 59249, 59267, 59285, 59299, 59311, 59326, 59339, 59351, 59364, 59376, 59391, 59403, 59414, 59428, 59437, 59449, 59457, 59467, 59473, 59484, 59504, 59522, 59537, 59548, 59569, 59585, 59601, 59617, 59637, 59651, 59666, 59683, 59695, 59705, 59718, 59735, 59745, 59751, 59766, 59781, 59801, 59821, 59837, 59851, 59868, 59874, 59881, 59906, 59929, 59957, 59982, 60010, 60035, 60062, 60084, 60099, 60117, 60133, 60154, 60172, 60197, 60220, 60240, 60256, 60282, 60303, 60324, 60343, 60363, 60381, 60401, 60422, 60447, 60466, 60486, 60508, 60525, 60540, 60558, 60580, 60595, 60616, 60635, 60651, 60670, 60682, 60696, 60718, 60735, 60752, 60773, 60788, 60804, 60822, 60840, 60851, 60869, 60880, 60889, 60899, 60912, 60917, 60924, 60930, 60937, 60950, 60960, 60969, 60985, 61000, 61018, 61032, 61045, 61061, 61077, 61095, 61109, 61125, 61140, 61158, 61173, 61187, 61204, 61213, 61222, 61232, 61244, 61257, 61274, 61287, 61297, 61312, 61326, 61343, 61353, 61366, 61370, 61379, 61389, 61406, 61418, 61435, 61448, 61464, 61477, 61490, 61503, 61519, 61535, 61556, 61574, 61589, 61604, 61622, 61639, 61653, 61667, 61687, 61703, 61715, 61731, 61741, 61756, 61773, 61790, 61813, 61838, 61859, 61882, 61908, 61938, 61964, 61988, 62010, 62030, 62053, 62072, 62094, 62113, 62134, 62150, 62166, 62183, 62202, 62221, 62243, 62269, 62287, 62309, 62324, 62344, 62359, 62380, 62398, 62414, 62433, 62450, 62461, 62477, 62488, 62504, 62516, 62531, 62543, 62555, 62567, 62582, 62593, 62611, 62634, 62654, 62671, 62688, 62708, 62727, 62743, 62762, 62787, 62814, 62837, 62862, 62890, 62922, 62950, 62976, 63000, 63022, 63047, 63068, 63092, 63113, 63129, 63152, 63170, 63188, 63207, 63228, 63249, 63273, 63301, 63323, 63343, 63367, 63384, 63406, 63423, 63446, 63466, 63484, 63505, 63524, 63542, 63556, 63570, 63575, 63586, 63604, 63628, 63646, 63667, 63689, 63709, 63729, 63747, 63764, 63784, 63804, 63827, 63845, 63862, 63883, 63904, 63925, 63949, 63971, 63988, 64001, 64015, 64033, 64043, 64059, 64070, 64086, 64098, 64113, 64125, 64137, 64149, 64164, 64173, 64182, 64190, 64204, 64218, 64228, 64246, 64259, 64277, 64291, 64308, 64322, 64336, 64350, 64367, 64378, 64395, 64407, 64424, 64437, 64453, 64466, 64479, 64492, 64508, 64524, 64536, 64558, 64575, 64597, 64615, 64636, 64654, 64672, 64690, 64711, 64725, 64736, 64756, 64771, 64791, 64807, 64826, 64842, 64858, 64874, 64893, 64905, 64916, 64928, 64940, 64953, 64965, 64974, 64985, 65000, 65010, 65017, 65025, 65041, 65052, 65068, 65080, 65095, 65107, 65119, 65131, 65146, 65162, 65171, 65181, 65199, 65212, 65230, 65244, 65261, 65275, 65289, 65303, 65320, 65331, 65349, 65369, 65385, 65403, 65420, 65438, 65455, 65475, 65492, 65508, 65527, 65538, 65549, 65561, 65575, 65585, 65606, 65626, 65649, 65668, 65686, 65707, 65728, 65751, 65770, 65791, 65811, 65834, 65854, 65873, 65895, 65909, 65923, 65938, 65955, 65973, 65995, 66013, 66028, 66047, 66062, 66073, 66085, 66097, 66106, 66124, 66137, 66155, 66169, 66186, 66200, 66214, 66228, 66245, 66257, 66267, 66279, 66295, 66306, 66322, 66334, 66349, 66361, 66373, 66385, 66400, 66422, 66439, 66461, 66479, 66500, 66518, 66536, 66554, 66575, 66589, 66603, 66625, 66642, 66664, 66682, 66703, 66721, 66739, 66757, 66778, 66798, 66813, 66833, 66849, 66868, 66884, 66900, 66916, 66935, 66959, 66978, 67002, 67022, 67045, 67065, 67085, 67105, 67128, 67140, 67153, 67162, 67171, 67183, 67194, 67203, 67210, 67220, 67243, 67264, 67290, 67313, 67339, 67362, 67387, 67407, 67423, 67437, 67456, 67472, 67495, 67516, 67534, 67548, 67572, 67591, 67610, 67627, 67645, 67661, 67679, 67698, 67721, 67738, 67756, 67776, 67791, 67804, 67820, 67840, 67853, 67865, 67871, 67882, 67893, 67909, 67925, 67937, 67947, 67960, 67967, 67979, 68000, 68019, 68035, 68047, 68066, 68091, 68110, 68132, 68155, 68176, 68197, 68216, 68234, 68255, 68276, 68300, 68319, 68337, 68359, 68381, 68403, 68428, 68451, 68469, 68491, 68508, 68525, 68542, 68563, 68578, 68594, 68612, 68625, 68636, 68650, 68668, 68679, 68686, 68693],
        },
        rules: &[
            (0, "override-earlier-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1654, 1763, 2471, 2480, 2606, 2640, 2660, 3024, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1727, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2708, 3016])]), Anchor::All(&[Anchor::Lits(&[543, 607, 650, 669, 752, 816, 830, 1090, 1468, 1477, 1491, 1726, 1751, 1769, 1992, 2294, 2471, 2480, 2591, 2647, 2660, 2914, 3024, 3106, 3117, 3439, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1727, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2708, 3016])]), Anchor::All(&[Anchor::Lits(&[14, 353, 1319, 1320, 1412, 2507, 2808, 3696, 3697, 3936, 3981, 4173, 4416, 4448, 4478]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1654, 1763, 2471, 2480, 2606, 2640, 2660, 3024, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679])])])),
            (1, "override-all-instructions", Anchor::Any(&[Anchor::Lits(&[797, 798, 802, 1512, 1517, 1738, 1770, 2013, 2306, 2417, 2481, 3022, 3024, 3041]), Anchor::All(&[Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1763, 2471, 2480, 2647, 2660, 3024, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[75, 181, 1089, 4054])]), Anchor::All(&[Anchor::Lits(&[542, 824, 1467, 1485, 1653, 1763, 2480, 2605, 2640, 2659, 2669]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[181, 992, 1089])]), Anchor::All(&[Anchor::Lits(&[170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277, 2797, 2798, 2799, 2800, 2801, 2802, 2803, 2804, 2805, 2806, 2807, 2872, 2873, 2874, 2875, 2876, 2877, 2878, 2879, 2880, 2881, 2882, 2883, 2884, 2885, 2886, 2887, 2888, 2889, 2890, 2891, 2892, 2893, 3161, 3162, 3163, 3164, 3165, 3166, 3167, 3168, 3169, 3170, 3171, 3172, 3173, 3174, 3175, 3176, 3177, 3178, 3179, 3180, 3181, 3182, 3273, 3274, 3275, 3276, 3277, 3278, 3279, 3280, 3281, 3282, 3283, 3284, 3285, 3286, 3287, 3288, 3289, 3290, 3291, 3292, 3293, 3294, 3342, 3343, 3344, 3345, 3346, 3347, 3348, 3349, 3350, 3351, 3352, 3353, 3354, 3355, 3356, 3357, 3358, 3359, 3360, 3361, 3362, 3363, 3365, 3366, 3367, 3368, 3369, 3370, 3371, 3372, 3373, 3374, 3375, 3384, 3385, 3386, 3387, 3388, 3389, 3390, 3391, 3392, 3393, 3394, 3416, 3417, 3418, 3419, 3420, 3421, 3422, 3423, 3424, 3425, 3426, 3427, 3428, 3429, 3430, 3431, 3432, 3434, 3435, 3436, 3437, 3438, 4066, 4067, 4068, 4069, 4070, 4071, 4072, 4073, 4074, 4075, 4076, 4082, 4095, 4096, 4098, 4099, 4102, 4105, 4107, 4109, 4110, 4114, 4126, 4127, 4128, 4129, 4130, 4131, 4132, 4133, 4134, 4147, 4148, 4149, 4151, 4152, 4155, 4158, 4159, 4161, 4163, 4164, 4168, 4169]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679])]), Anchor::All(&[Anchor::Lits(&[1, 2, 4, 5, 455, 456, 458, 460, 664, 665, 666, 667, 784, 785, 786, 787, 857, 858, 859, 860, 863, 864, 865, 866, 869, 870, 871, 872, 875, 876, 878, 879, 880, 881, 883, 884, 896, 897, 898, 899, 916, 917, 918, 919, 921, 922, 923, 924, 928, 929, 930, 931, 937, 938, 939, 940, 943, 944, 945, 946, 951, 952, 953, 954, 959, 960, 961, 962, 964, 965, 966, 967, 971, 972, 973, 974, 980, 981, 982, 983, 986, 987, 988, 989, 1249, 1250, 1251, 1252, 1253, 1254, 1256, 1257, 1261, 1262, 1264, 1265, 1407, 1408, 1409, 1410, 1573, 1574, 1575, 1576, 1579, 1580, 1581, 1582, 1585, 1586, 1588, 1589, 1595, 1596, 1597, 1598, 1601, 1602, 1604, 1605, 2024, 2025, 2026, 2027, 2050, 2051, 2052, 2053, 2058, 2059, 2060, 2061, 2075, 2076, 2077, 2078, 2082, 2083, 2084, 2085, 2093, 2094, 2095, 2096, 2115, 2116, 2117, 2118, 2215, 2216, 2217, 2218, 2312, 2313, 2314, 2315, 2319, 2320, 2322, 2323, 2330, 2331, 2333, 2334, 2341, 2342, 2343, 2344, 2371, 2372, 2373, 2374, 2377, 2378, 2379, 2380, 2383, 2384, 2385, 2386, 2515, 2516, 2517, 2518, 2539, 2540, 2541, 2542, 2703, 2704, 2705, 2706, 2745, 2746, 2747, 2748, 2792, 2793, 2794, 2795, 2933, 2934, 2935, 2936, 2939, 2940, 2941, 2942, 2944, 2945, 2946, 2947, 2950, 2951, 2952, 2953, 2956, 2957, 2958, 2959, 2962, 2963, 2964, 2965, 3078, 3079, 3080, 3081, 3578, 3579, 3580, 3581, 3584, 3585, 3586, 3587, 3597, 3598, 3599, 3600, 3680, 3681, 3682, 3683]), Anchor::Lits(&[2266, 3120, 3139, 3889, 3932, 3936, 3964, 4023, 4049, 4416, 4448]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603])]), Anchor::All(&[Anchor::Lits(&[1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299, 1300, 1301, 1302, 1926, 3116, 3575, 3576]), Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1763, 2471, 2480, 2647, 2660, 3024, 3603]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679])])])),
            (3, "override-everything-before", Anchor::All(&[Anchor::Lits(&[14, 304, 1014, 1799, 1805, 2426, 2450, 2808, 3696, 3697, 3865, 3870, 3873, 3879, 3885, 3886, 3887, 3917, 3918, 3919, 3920, 3921, 3922, 3923, 3937, 3941, 3943, 3945, 3950, 3951, 3952, 3956, 3957, 3958, 3959, 3960, 3961, 3962, 3975, 3981, 3983, 3989, 3994, 3995, 3996, 4004, 4017, 4020, 4410, 4416, 4418, 4424, 4429, 4430, 4431, 4434, 4436, 4437, 4438, 4439, 4440, 4441, 4442, 4444, 4448, 4470, 4472, 4477, 4478, 4479]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[75, 182, 1090, 3717])])),
            (5, "override-bare-instructions", Anchor::All(&[Anchor::Lits(&[454, 874, 1248, 1584, 2057, 2318, 2370, 2949, 2961]), Anchor::Lits(&[830, 1468, 1491, 1763, 2471, 2489, 2647, 2660, 3041])])),
            (7, "override-previous-context", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[481, 543, 669, 816, 1415, 1556, 1751, 2017, 2152, 2294, 2390, 2480, 3117]), Anchor::Lits(&[0, 454, 663, 783, 856, 862, 868, 874, 895, 915, 920, 927, 936, 942, 950, 958, 963, 970, 979, 985, 1248, 1406, 1572, 1578, 1584, 1600, 2023, 2049, 2057, 2074, 2081, 2092, 2114, 2214, 2311, 2318, 2329, 2340, 2370, 2376, 2382, 2514, 2538, 2702, 2744, 2791, 2932, 2938, 2943, 2949, 2955, 2961, 3077, 3577, 3583, 3596, 3679]), Anchor::Lits(&[14, 74, 1014, 1247, 1273, 1405, 1505, 1727, 2212, 2295, 2368, 2409, 2422, 2434, 2506, 2668, 2708, 3016])]), Anchor::All(&[Anchor::Lits(&[9, 13, 145, 470, 668, 788, 861, 867, 873, 888, 893, 900, 925, 932, 941, 955, 968, 975, 984, 1269, 1271, 1411, 1583, 1593, 1599, 1609, 2028, 2054, 2062, 2079, 2086, 2097, 2119, 2165, 2219, 2316, 2327, 2338, 2345, 2375, 2381, 2387, 2519, 2543, 2707, 2749, 2796, 2937, 2948, 2954, 2960, 2966, 3582, 3588, 3601, 3684]), Anchor::Lits(&[271, 660, 1415, 1556, 1898, 2017, 2152, 2390, 2508, 2639, 3105])])])),
            (8, "override-rules-that-bind-you", Anchor::Lits(&[3120, 3121, 3122, 3123, 3124, 3127, 3128, 3129, 3130, 3136, 3137, 3138, 3139, 3142, 3143, 3146, 3147, 3150, 3151, 3152, 3153, 3154, 3155, 3156, 3157, 3158, 3159, 3749, 3750, 3751, 3752, 3753, 3756, 3757, 3758, 3759, 3765, 3766, 3767, 3768, 3771, 3772, 3775, 3776, 3779, 3780, 3781, 3782, 3783, 3784, 3785, 3786, 3787, 3788])),
            (13, "stop-following-instructions", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[3867, 3868, 3869, 3870, 3872, 3874, 3880, 3881, 3882, 3883, 3886, 3888, 3890, 3903, 3904, 3905, 3906, 3907, 3908, 3909, 3910, 3911, 3912, 3913, 3914, 3915, 3938, 3939, 3940, 3941, 3942, 3944, 3946, 3947, 3948, 3949, 3951, 3953, 3954, 3978, 3979, 3980, 3981, 3982, 3984, 3990, 3991, 3992, 3993, 3995, 3997, 3998, 3999, 4000, 4001, 4003, 4005, 4006, 4008, 4009, 4010, 4011, 4013, 4014, 4015, 4413, 4414, 4415, 4416, 4417, 4419, 4425, 4426, 4427, 4428, 4430, 4432, 4433, 4445, 4446, 4447, 4448, 4469, 4471, 4473, 4474, 4475, 4476, 4478, 4480, 4481]), Anchor::Lits(&[543, 607, 816, 824, 1468, 1477, 1485, 1763, 2471, 2480, 2647, 2660, 3024, 3603])]), Anchor::All(&[Anchor::Lits(&[11, 12, 71, 72, 551, 552, 1221, 1547, 1548, 1698, 1699, 2120, 2592, 2929, 2930]), Anchor::Lits(&[543, 607, 639, 749, 791, 816, 824, 1468, 1477, 1485, 1654, 1763, 1961, 2290, 2346, 2471, 2480, 2606, 2640, 2660, 3024, 3602, 3603]), Anchor::Lits(&[476, 910, 947, 2043, 2069, 2091, 2537, 2931, 3877, 3878, 4024, 4025, 4196, 4396, 4397])])])),
            (14, "discredit-earlier-text", Anchor::Any(&[Anchor::Lits(&[15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180, 1181, 1182, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232, 1233, 1234, 1235, 1236, 1237, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352, 1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1806, 1807, 1808, 1809, 1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836, 1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1899, 1900, 1901, 1902, 1903, 1904, 1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1916, 1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1927, 1928, 1929, 1930, 1931, 1932, 1933, 1934, 1935, 1936, 1937, 1938, 1939, 1940, 1941, 1942, 2121, 2122, 2123, 2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136, 2137, 2138, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2148, 2149, 2150, 2151, 2222, 2223, 2224, 2225, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251, 2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264, 2575, 2576, 2577, 2578, 2579, 2580, 2581, 2582, 2583, 2584, 2585, 2586, 2587, 2588, 2589, 2590, 2809, 2810, 2811, 2812, 2813, 2814, 2815, 2816, 2817, 2818, 2819, 2820, 2821, 2822, 2823, 2824, 2825, 2826, 2827, 2828, 2829, 2830, 2831, 2832, 2833, 2834, 2835, 2836, 2837, 2838, 2839, 2840, 2841, 2842, 2843, 2844, 2845, 2846, 2847, 2848, 2849, 2850, 2851, 2852, 2853, 2854, 2855, 2856, 2857, 2858, 2859, 2860, 2861, 2862, 2863, 2864, 2865, 2866, 2867, 2868, 2869, 2870, 2871, 3045, 3046, 3047, 3048, 3049, 3050, 3051, 3052, 3053, 3054, 3055, 3056, 3057, 3058, 3059, 3060, 3061, 3062, 3063, 3064, 3065, 3066, 3067, 3068, 3069, 3070, 3071, 3072, 3073, 3074, 3075, 3076, 3082, 3083, 3084, 3085, 3086, 3087, 3088, 3089, 3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3837, 3838, 3839, 3840, 3841, 3842, 3843, 3844, 3845, 3846, 3847, 3848, 3849, 3850, 3851, 3852, 4174, 4175, 4176, 4177, 4178, 4179, 4180, 4181, 4182, 4183, 4184, 4185, 4186, 4187, 4188, 4189, 4190, 4191, 4192, 4193, 4449, 4450, 4451, 4452, 4453, 4454, 4455, 4456, 4457, 4458, 4459, 4460, 4461, 4462, 4463, 4464, 4465, 4466, 4467, 4468]), Anchor::All(&[Anchor::Lits(&[633, 634, 635, 636, 721, 722, 729, 748, 769, 770, 771, 772, 2560, 2561, 2562, 2563, 3613, 3614, 3615, 3616]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1654, 1763, 2471, 2480, 2606, 2640, 2660, 3024, 3603]), Anchor::Lits(&[473, 474, 789, 1209, 1419, 1629, 1804, 1850, 2113, 2153, 2293, 2317, 2573, 2637, 2979, 3710, 3803])]), Anchor::All(&[Anchor::Lits(&[35, 37, 38, 43, 44, 45, 46, 794, 797, 798, 800, 802, 803, 806, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1508, 1512, 1514, 1515, 1517, 1518, 1520, 2298, 2301, 2303, 2304, 2306, 2307, 2309, 2424, 2425, 2427, 2428, 2429, 2430, 2431, 2435, 2436, 2437, 2438, 2439, 2440, 2441, 3019, 3023, 3024, 3039, 3041, 3042, 3044]), Anchor::Lits(&[70, 73, 79, 146, 147, 209, 291, 292, 414, 768, 1210, 1626, 1804, 2107, 2153, 2310, 3710])]), Anchor::All(&[Anchor::Lits(&[249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652]), Anchor::Lits(&[543, 607, 639, 816, 824, 1468, 1477, 1485, 1654, 1763, 2471, 2480, 2606, 2640, 2660, 3024, 3603]), Anchor::Lits(&[55, 151, 386, 662, 2420, 2593])])])),
            (15, "permission-to-ignore", Anchor::All(&[Anchor::Lits(&[299, 528, 1552, 1553, 1555, 1611, 1615, 1616, 1617, 1618, 1619, 1620, 1621, 1622, 1623, 1694, 1725, 1847, 1849, 1854, 2388, 3864, 3916, 3965, 3966, 3967, 3968, 3969, 3970, 3971, 3972, 3973, 3974, 3975, 3976, 3977, 3983, 3987, 3988, 3995, 4002, 4007, 4012, 4021, 4022, 4172, 4395, 4401, 4402, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412, 4418, 4422, 4423, 4430, 4482]), Anchor::Lits(&[236, 294, 295, 296, 297, 416, 477, 482, 543, 607, 628, 632, 639, 651, 656, 716, 816, 824, 1028, 1074, 1212, 1466, 1467, 1476, 1477, 1485, 1550, 1654, 1682, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1763, 2018, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2544, 2558, 2559, 2597, 2606, 2634, 2647, 2659, 2669, 2671, 2672, 2675, 2676, 2677, 2679, 2680, 2681, 2685, 2686, 2695, 2696, 2697, 2722, 2724, 2725, 2726, 2727, 2728, 3024, 3295, 3603, 3617]), Anchor::Lits(&[417, 454, 529, 840, 874, 1075, 1248, 1584, 2318, 2791, 3709])])),
            (17, "suspend-own-instructions", Anchor::All(&[Anchor::Lits(&[1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569, 1570, 1571, 1943, 1944, 1945, 1946, 1947, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 2351, 2352, 2353, 2354, 2355, 2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2391, 2392, 2393, 2394, 2395, 2396, 2397, 2398, 2399, 2400, 2401, 2402, 2403, 2404, 2405, 2509, 2510, 2511, 2512, 2513, 2522, 2523, 2524, 2525, 2526, 2527, 2528, 2529, 2530, 2535, 2739, 2740, 2741, 2742, 2743, 2750, 2751, 2752, 2753, 2754, 2755, 2756, 2757, 2758, 2760, 2761, 2762, 2763, 2764, 2765, 2766, 2767, 2768, 2769, 2770, 2771, 2772, 2773, 2774, 2775, 2985, 2986, 2987, 2988, 2989, 2999, 3000, 3002, 3003, 3006, 3009, 3011, 3012, 3013, 3015, 3618, 3619, 3620, 3621, 3622, 3630, 3631, 3633, 3634, 3637, 3640, 3642, 3643, 3645, 3646]), Anchor::Lits(&[81, 237, 238, 239, 240, 242, 243, 244, 294, 295, 296, 297, 416, 477, 543, 607, 629, 631, 632, 639, 716, 816, 824, 1028, 1074, 1211, 1466, 1467, 1476, 1477, 1485, 1549, 1550, 1654, 1682, 1743, 1744, 1745, 1746, 1748, 1749, 1763, 2018, 2021, 2406, 2407, 2432, 2471, 2480, 2505, 2544, 2558, 2559, 2606, 2635, 2636, 2647, 2659, 2668, 2695, 2696, 2697, 2722, 2724, 2725, 2726, 2727, 2728, 2730, 3024, 3295, 3603, 3617]), Anchor::Lits(&[247, 302, 387, 2154, 2220, 2221, 2265, 3595])])),
            (22, "reveal-own-instructions", Anchor::Lits(&[4055, 4056, 4077, 4078, 4079, 4080, 4081, 4115, 4125, 4170, 4171, 4197, 4207, 4208, 4209, 4210, 4211, 4212, 4222, 4232, 4233, 4243, 4244, 4254, 4255, 4256, 4257, 4258, 4259, 4260, 4261, 4262, 4263, 4264, 4265, 4275, 4276, 4277, 4332, 4342, 4343, 4344, 4363, 4364, 4392, 4393, 4394])),
            (23, "reveal-system-prompt", Anchor::Lits(&[59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 792, 793, 795, 796, 797, 798, 801, 802, 803, 804, 806, 1506, 1507, 1509, 1510, 1512, 1514, 1516, 1517, 1518, 1519, 1520, 1728, 1729, 1730, 1731, 1732, 1736, 1737, 1738, 1739, 1740, 1741, 1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2296, 2297, 2299, 2300, 2301, 2303, 2305, 2306, 2307, 2308, 2309, 2410, 2411, 2412, 2413, 2414, 2415, 2416, 2417, 2418, 2419, 2421, 2456, 2457, 2458, 2459, 2460, 2461, 2462, 2463, 2464, 2465, 2466, 2545, 2546, 2547, 2548, 2549, 2550, 2551, 2552, 2553, 2554, 2555, 2709, 2710, 2711, 2712, 2713, 2714, 2715, 2716, 2717, 2718, 2719, 2898, 2899, 2900, 2901, 2902, 2903, 2904, 2905, 2906, 2907, 2908, 3017, 3018, 3020, 3021, 3023, 3024, 3040, 3041, 3042, 3043, 3044, 3658, 3659, 3660, 3661, 3662, 3663, 3664, 3665, 3666, 3667, 3668, 3698, 3699, 3700, 3701, 3702, 3703, 3704, 3705, 3706, 3707, 3708])),
            (24, "what-others-told-you", Anchor::Any(&[Anchor::Lits(&[36, 39, 40, 41, 42, 47, 48, 49, 50, 51, 52, 53, 54, 313, 319, 320, 321, 322, 347, 349, 352, 374, 375, 376, 377, 381, 2442, 2443, 2444, 2445, 2446, 2447, 2448, 2449, 2451, 2452, 2453, 2454, 2455]), Anchor::All(&[Anchor::Lits(&[267, 268, 269, 270, 1363, 1364, 1365, 1366, 1403, 1404, 1413, 1414, 1759, 1760, 1761, 1762, 2467, 2468, 2469, 2470, 2520, 2521, 2532, 2533, 2690, 2691, 2692, 2693, 2735, 2736, 2737, 2738, 3107, 3108, 3109, 3110, 3111, 3112, 3113, 3114, 3589, 3590, 3591, 3592, 3853, 3854, 3855, 3856, 3860, 3861, 3862, 3863]), Anchor::Lits(&[75, 182, 1090, 3717])])])),
            (25, "reveal-what-you-were-told", Anchor::Any(&[Anchor::Lits(&[3720, 3721, 3722]), Anchor::All(&[Anchor::Lits(&[3723, 3724, 3725, 3726, 3732, 3733, 3734, 3735, 3736, 3737, 3738, 3739, 3740, 3741, 3742, 3743, 3744, 3745]), Anchor::Lits(&[626, 639, 661, 816, 830, 1216, 1468, 1491, 1733, 1735, 1736, 1769, 2390, 2406, 2408, 2471, 2480, 2606, 2647, 2759, 3024, 3603])]), Anchor::All(&[Anchor::Lits(&[3891, 3892, 3893, 3894, 3895, 3896, 3897, 3898, 3899, 3900, 3901, 3902, 3933, 3934, 3935, 4018, 4051, 4053, 4083, 4084, 4085, 4086, 4087, 4088, 4089, 4090, 4091, 4092, 4093, 4094, 4097, 4100, 4101, 4103, 4104, 4106, 4108, 4111, 4112, 4113, 4135, 4136, 4137, 4138, 4139, 4140, 4141, 4142, 4143, 4144, 4145, 4146, 4150, 4153, 4154, 4156, 4157, 4160, 4162, 4165, 4166, 4167, 4173, 4398, 4399, 4400]), Anchor::Lits(&[544, 545, 546, 547, 548, 549, 550, 608, 609, 610, 611, 612, 613, 614, 640, 641, 642, 643, 644, 645, 646, 817, 818, 819, 820, 821, 822, 823, 825, 826, 827, 828, 829, 831, 832, 833, 834, 835, 836, 837, 838, 839, 1469, 1470, 1471, 1472, 1473, 1474, 1475, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1486, 1487, 1488, 1489, 1490, 1492, 1493, 1494, 1495, 1496, 1497, 1498, 1499, 1500, 1655, 1656, 1657, 1658, 1659, 1660, 1661, 1764, 1765, 1766, 1767, 1768, 1771, 1772, 1773, 1775, 1776, 1778, 1779, 1785, 1786, 2472, 2473, 2474, 2475, 2476, 2477, 2478, 2482, 2483, 2484, 2487, 2488, 2490, 2491, 2492, 2494, 2495, 2496, 2497, 2498, 2499, 2608, 2609, 2610, 2611, 2612, 2613, 2614, 2641, 2643, 2644, 2645, 2646, 2648, 2649, 2650, 2651, 2652, 2653, 2654, 2656, 2657, 2661, 2662, 2663, 2664, 2665, 2666, 2667, 3025, 3026, 3027, 3028, 3029, 3030, 3031, 3032, 3033, 3034, 3035, 3036, 3037, 3038, 3604, 3605, 3606, 3607, 3608, 3609, 3610]), Anchor::Lits(&[3717, 3748])]), Anchor::All(&[Anchor::Lits(&[647, 648, 649, 780, 781, 782, 1511, 1513, 1521, 1695, 1696, 1697, 1722, 1723, 1724, 1988, 1989, 1990, 2688, 2689, 2694, 2894, 2895, 2896, 2911, 2912, 2913, 3857, 3858, 3859]), Anchor::Lits(&[3717])]), Anchor::All(&[Anchor::Lits(&[3718, 3719, 3731, 3746, 3747]), Anchor::Lits(&[293, 304, 472, 1014, 1734, 1799, 1805, 2109, 2302, 2426])])])),
            (29, "reveal-context-contents", Anchor::Any(&[Anchor::Lits(&[1752, 1753, 1754, 1755, 1756, 1757, 1758, 1774, 1777, 1780, 1781, 1782, 1783, 1784, 1991, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2485, 2493, 2500, 2501, 2502, 2503, 2504]), Anchor::All(&[Anchor::Lits(&[384, 385, 479, 480, 653, 654, 658, 659, 671, 672, 1026, 1027, 1690, 1691, 1692, 1693, 2347, 2348, 2349, 2350, 2366, 2367, 2566, 2567, 2595, 2596, 2720, 2721, 2731, 2732, 2733, 2734, 2909, 2910, 3118, 3119, 3593, 3594, 3611, 3612, 3828, 3829]), Anchor::Lits(&[627, 660, 670, 1769, 1987, 2408, 2480, 2647])]), Anchor::All(&[Anchor::Lits(&[660, 1769, 2408, 2480, 3024]), Anchor::Lits(&[76, 77, 78, 80, 82, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 200, 201, 202, 203, 204, 205, 206, 993, 994, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 3395, 3396, 3397, 3398, 3399, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3409, 3410, 3411, 3412, 3413, 3414, 3415]), Anchor::Lits(&[3160, 4054])])])),
            (48, "unrestricted-mode", Anchor::Any(&[Anchor::Lits(&[149, 150, 478, 751, 799, 805, 991, 1139, 1304, 1416, 1503, 1669, 1719, 1720, 1750, 1798, 1800, 1801, 1802, 1803, 1876, 1895, 2065, 2066, 2068, 2102, 2213, 2292, 2557, 2897, 2975, 3650, 3652, 3653, 3678, 3686, 3688, 3692, 3693]), Anchor::All(&[Anchor::Lits(&[149, 150, 478, 751, 799, 805, 991, 1139, 1304, 1416, 1503, 1669, 1876, 1895, 2065, 2066, 2068, 2102, 2213, 2292, 2557, 2897, 2975, 3650, 3652, 3653, 3678, 3686, 3688, 3692, 3693]), Anchor::Lits(&[57, 58, 83, 152, 245, 298, 300, 415, 1022, 1023, 1024, 1025, 1417, 1418, 1465, 1742, 2110, 2289, 2389, 2531, 2534, 2536, 2568, 2574, 2594, 2658, 2918, 2997, 2998, 3014, 3644, 3687, 3716, 3871])])])),
            (50, "unrestricted-persona", Anchor::Any(&[Anchor::Lits(&[148, 153, 475, 673, 750, 807, 901, 1138, 1502, 1504, 1554, 1624, 1668, 1717, 1890, 1960, 2022, 2063, 2064, 2067, 2101, 2103, 2556, 2638, 2642, 3647, 3648, 3651, 3654, 3657, 3676, 3677, 3685, 3689, 3690, 3691, 3694, 3802, 3804, 3805, 3807, 3808, 3809, 3810, 3811, 3812, 3813, 3814, 3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823, 3824, 3825, 3826, 3827]), Anchor::All(&[Anchor::Lits(&[3125, 3126, 3131, 3132, 3133, 3134, 3135, 3140, 3141, 3144, 3145, 3148, 3149, 3754, 3755, 3760, 3761, 3762, 3763, 3764, 3769, 3770, 3773, 3774, 3777, 3778, 3789, 3790, 3791, 3792, 3793, 3794, 3795, 3796, 3797, 3798, 3799, 3800, 3801]), Anchor::Lits(&[416, 1074, 1212, 1491, 1682, 1769, 2021, 2406, 2606, 2647, 2668])])])),
            (53, "no-restrictions", Anchor::Any(&[Anchor::Lits(&[489, 490, 491, 492, 493, 494, 500, 501, 502, 503, 504, 505, 509, 510, 511, 512, 513, 514, 680, 681, 682, 683, 684, 685, 691, 692, 693, 694, 695, 696, 700, 701, 702, 703, 704, 705, 1426, 1427, 1428, 1429, 1430, 1431, 1437, 1438, 1439, 1440, 1441, 1442, 1446, 1447, 1448, 1449, 1450, 1451, 3189, 3190, 3191, 3192, 3193, 3194, 3200, 3201, 3202, 3203, 3204, 3205, 3209, 3210, 3211, 3212, 3213, 3214, 3234, 3235, 3236, 3237, 3238, 3239, 3245, 3246, 3247, 3248, 3249, 3250, 3254, 3255, 3256, 3257, 3258, 3259, 3302, 3303, 3304, 3305, 3306, 3307, 3313, 3314, 3315, 3316, 3317, 3318, 3322, 3323, 3324, 3325, 3326, 3327, 3446, 3447, 3448, 3449, 3450, 3451, 3457, 3458, 3459, 3460, 3461, 3462, 3466, 3467, 3468, 3469, 3470, 3471, 3491, 3492, 3493, 3494, 3495, 3496, 3502, 3503, 3504, 3505, 3506, 3507, 3511, 3512, 3513, 3514, 3515, 3516, 3536, 3537, 3538, 3539, 3540, 3541, 3547, 3548, 3549, 3550, 3551, 3552, 3556, 3557, 3558, 3559, 3560, 3561, 3926, 3927, 3928, 3929, 3930, 3931, 4026, 4027, 4028, 4029, 4030, 4031, 4035, 4036, 4037, 4038, 4039, 4040, 4293, 4294, 4295, 4296, 4297, 4298, 4304, 4305, 4306, 4307, 4308, 4309, 4313, 4314, 4315, 4316, 4317, 4318]), Anchor::All(&[Anchor::Lits(&[477, 632, 652, 655, 656, 1074, 1468, 1491, 1654, 1683, 2019, 2020, 2021, 2432, 2597, 2606, 2655, 2660, 2673, 2676, 2684, 2687]), Anchor::Lits(&[484, 485, 486, 495, 496, 497, 498, 506, 507, 508, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 527, 675, 676, 677, 686, 687, 688, 689, 697, 698, 699, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 719, 1421, 1422, 1423, 1432, 1433, 1434, 1435, 1443, 1444, 1445, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460, 1461, 1464, 3184, 3185, 3186, 3195, 3196, 3197, 3198, 3206, 3207, 3208, 3215, 3216, 3217, 3218, 3219, 3220, 3221, 3222, 3223, 3224, 3227, 3229, 3230, 3231, 3240, 3241, 3242, 3243, 3251, 3252, 3253, 3260, 3261, 3262, 3263, 3264, 3265, 3266, 3267, 3268, 3269, 3272, 3297, 3298, 3299, 3308, 3309, 3310, 3311, 3319, 3320, 3321, 3328, 3329, 3330, 3331, 3332, 3333, 3334, 3335, 3336, 3337, 3340, 3441, 3442, 3443, 3452, 3453, 3454, 3455, 3463, 3464, 3465, 3472, 3473, 3474, 3475, 3476, 3477, 3478, 3479, 3480, 3481, 3484, 3486, 3487, 3488, 3497, 3498, 3499, 3500, 3508, 3509, 3510, 3517, 3518, 3519, 3520, 3521, 3522, 3523, 3524, 3525, 3526, 3529, 3531, 3532, 3533, 3542, 3543, 3544, 3545, 3553, 3554, 3555, 3562, 3563, 3564, 3565, 3566, 3567, 3568, 3569, 3570, 3571, 3574, 3866, 3884, 3889, 3955, 3963, 3964, 4016, 4032, 4033, 4034, 4041, 4042, 4043, 4044, 4045, 4046, 4047, 4048, 4050, 4052, 4288, 4289, 4290, 4299, 4300, 4301, 4302, 4310, 4311, 4312, 4319, 4320, 4321, 4322, 4323, 4324, 4325, 4326, 4327, 4328, 4331, 4483])]), Anchor::All(&[Anchor::Lits(&[416, 477, 632, 639, 656, 1074, 1212, 1468, 1491, 1654, 1682, 2019, 2020, 2021, 2406, 2432, 2471, 2597, 2606, 2647, 2660, 2676]), Anchor::Lits(&[483, 487, 488, 490, 493, 495, 496, 497, 499, 525, 526, 674, 678, 679, 681, 684, 686, 687, 688, 690, 717, 718, 1420, 1424, 1425, 1427, 1430, 1432, 1433, 1434, 1436, 1462, 1463, 3183, 3187, 3188, 3190, 3193, 3195, 3196, 3197, 3199, 3225, 3226, 3228, 3232, 3233, 3235, 3238, 3240, 3241, 3242, 3244, 3270, 3271, 3296, 3300, 3301, 3303, 3306, 3308, 3309, 3310, 3312, 3338, 3339, 3440, 3444, 3445, 3447, 3450, 3452, 3453, 3454, 3456, 3482, 3483, 3485, 3489, 3490, 3492, 3495, 3497, 3498, 3499, 3501, 3527, 3528, 3530, 3534, 3535, 3537, 3540, 3542, 3543, 3544, 3546, 3572, 3573, 3864, 3924, 3925, 3927, 3930, 3955, 3963, 3964, 4019, 4287, 4291, 4292, 4294, 4297, 4299, 4300, 4301, 4303, 4329, 4330, 4435, 4443]), Anchor::Lits(&[56, 248, 272, 1551, 1577, 1716, 1721, 2420, 2976, 3364])])])),
            (54, "rules-do-not-apply", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 723, 724, 725, 726, 727, 728, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1523, 1524, 1525, 1526, 1527, 1528, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538, 1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1662, 1663, 1664, 1665, 1666, 1667, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681, 1684, 1685, 1686, 1687, 1688, 1689, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973, 1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 2599, 2600, 2601, 2602, 2603, 2604, 2615, 2616, 2617, 2618, 2619, 2620, 2621, 2622, 2623, 2624, 2625, 2626, 2627, 2628, 2629, 2630, 2631, 2632]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603])]), Anchor::All(&[Anchor::Lits(&[808, 809, 810, 811, 812, 813, 814, 815, 902, 903, 904, 905, 906, 907, 908, 909, 911, 912, 926, 934, 948, 949, 969, 977, 2044, 2045, 2048, 2056, 2071, 2072, 2080, 2088]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603])])])),
            (55, "no-rules-apply", Anchor::Any(&[Anchor::Lits(&[3341]), Anchor::All(&[Anchor::Lits(&[2098, 2099, 2100]), Anchor::Lits(&[210, 211, 246, 412, 720, 1184, 1522, 1962])]), Anchor::All(&[Anchor::Lits(&[3376, 3377, 3378, 3379, 3380, 3381, 3382, 3383]), Anchor::Lits(&[416, 1212, 1468, 1491, 1654, 1682, 2606, 2647])])])),
            (56, "freed-from-limits", Anchor::All(&[Anchor::Lits(&[418, 419, 453, 1032, 1033, 1183, 1303, 1305, 1625, 2073, 2087, 2090, 2105, 2106, 2108, 2565, 3649, 3655, 3656, 3695]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603])])),
            (58, "pre-safety-self", Anchor::Lits(&[305, 306, 307, 308, 309, 310, 311, 312, 314, 315, 316, 317, 318, 323, 324, 345, 346, 348, 350, 351, 378, 379, 380, 382, 383, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2166, 2167, 2168, 2169, 2170, 2171, 2172, 2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185, 2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198, 2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211])),
            (59, "stay-in-character", Anchor::Lits(&[913, 914, 933, 956, 957, 976, 1948, 2046, 2047, 2055, 2569, 2915, 2916, 2917, 2919, 2920, 2921, 2922, 2923, 2924, 2925, 2926, 2927, 2928])),
            (61, "jailbreak", Anchor::Lits(&[637, 638, 1361, 1362, 1612, 1613, 1614, 1851, 1852, 1853, 1855, 1856, 1857, 1858, 1859, 1860, 1861, 1862, 1863, 1864, 1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1875, 1876, 1877, 1879, 1880, 1881, 1882, 1883, 1885, 1889, 1891, 1892, 1893, 1894, 1895, 1896, 1897, 2111, 2112, 2433, 2698, 3714, 3715, 3875, 3876, 3985, 3986, 4194, 4195, 4420, 4421])),
            (62, "evil-twin", Anchor::Lits(&[4057, 4058, 4059, 4060, 4061, 4062, 4063, 4064, 4065, 4116, 4117, 4118, 4119, 4120, 4121, 4122, 4123, 4124, 4198, 4199, 4200, 4201, 4202, 4203, 4204, 4205, 4206, 4213, 4214, 4215, 4216, 4217, 4218, 4219, 4220, 4221, 4223, 4224, 4225, 4226, 4227, 4228, 4229, 4230, 4231, 4234, 4235, 4236, 4237, 4238, 4239, 4240, 4241, 4242, 4245, 4246, 4247, 4248, 4249, 4250, 4251, 4252, 4253, 4266, 4267, 4268, 4269, 4270, 4271, 4272, 4273, 4274, 4278, 4279, 4280, 4281, 4282, 4283, 4284, 4285, 4286, 4333, 4334, 4335, 4336, 4337, 4338, 4339, 4340, 4341, 4345, 4346, 4347, 4348, 4349, 4350, 4351, 4352, 4353, 4354, 4355, 4356, 4357, 4358, 4359, 4360, 4361, 4362, 4365, 4366, 4367, 4368, 4369, 4370, 4371, 4372, 4373, 4374, 4375, 4376, 4377, 4378, 4379, 4380, 4381, 4382, 4383, 4384, 4385, 4386, 4387, 4388, 4389, 4390, 4391])),
            (68, "forbidden-becomes-required", Anchor::Any(&[Anchor::Lits(&[2291]), Anchor::All(&[Anchor::Lits(&[114, 115, 116, 145, 197, 198, 199, 207, 1105, 1106, 1107, 1115, 3727, 3728, 3729, 3730]), Anchor::Lits(&[416, 477, 543, 607, 632, 639, 656, 816, 824, 1074, 1212, 1468, 1477, 1485, 1654, 1682, 1763, 2019, 2020, 2021, 2406, 2432, 2471, 2480, 2597, 2606, 2647, 2660, 2676, 3024, 3603]), Anchor::Lits(&[303, 413, 855, 1246, 2423, 2479, 2598, 2699, 2700, 2701, 3115])])])),
            (72, "disable-safety", Anchor::Any(&[Anchor::Lits(&[3, 6, 7, 8, 10, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 457, 461, 462, 463, 464, 466, 467, 468, 469, 471, 530, 531, 532, 533, 534, 536, 537, 538, 539, 541, 754, 756, 757, 758, 760, 762, 763, 764, 765, 767, 774, 775, 776, 777, 779, 841, 843, 844, 845, 847, 849, 850, 851, 852, 854, 877, 882, 885, 886, 887, 889, 890, 891, 892, 894, 1030, 1031, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1046, 1047, 1048, 1049, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1065, 1066, 1067, 1068, 1076, 1077, 1078, 1079, 1081, 1083, 1084, 1085, 1086, 1088, 1255, 1258, 1259, 1260, 1263, 1266, 1267, 1268, 1270, 1272, 1307, 1308, 1309, 1310, 1312, 1314, 1315, 1316, 1317, 1318, 1368, 1369, 1370, 1371, 1373, 1374, 1375, 1376, 1377, 1378, 1379, 1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1391, 1392, 1393, 1394, 1395, 1397, 1398, 1399, 1400, 1402, 1587, 1590, 1591, 1592, 1594, 1603, 1606, 1607, 1608, 1610, 1628, 1630, 1631, 1632, 1634, 1874, 1878, 1884, 1886, 1888, 2030, 2031, 2032, 2033, 2035, 2037, 2038, 2039, 2040, 2042, 2321, 2324, 2325, 2326, 2328, 2332, 2335, 2336, 2337, 2339, 2777, 2778, 2779, 2780, 2782, 2784, 2785, 2786, 2787, 2789, 2969, 2970, 2971, 2972, 2974, 2978, 2980, 2981, 2982, 2984, 2991, 2992, 2993, 2994, 2996, 3004, 3005, 3007, 3008, 3010, 3099, 3100, 3101, 3102, 3104, 3624, 3625, 3626, 3627, 3629, 3635, 3636, 3638, 3639, 3641, 3670, 3671, 3672, 3673, 3675, 3831, 3832, 3833, 3834, 3836]), Anchor::All(&[Anchor::Lits(&[237, 238, 239, 240, 241, 242, 243, 244, 294, 295, 296, 297, 477, 629, 630, 631, 651, 655, 656, 657, 716, 1028, 1069, 1070, 1071, 1072, 1073, 1074, 1213, 1466, 1467, 1476, 1549, 1550, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 2018, 2021, 2486, 2544, 2558, 2559, 2607, 2635, 2636, 2659, 2669, 2670, 2671, 2672, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2695, 2696, 2697, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 3295, 3617]), Anchor::Lits(&[0, 301, 417, 454, 529, 753, 761, 773, 840, 848, 874, 895, 920, 935, 963, 978, 990, 1029, 1050, 1075, 1082, 1248, 1306, 1313, 1367, 1390, 1396, 1501, 1584, 1600, 1627, 1846, 1848, 1959, 2029, 2036, 2074, 2089, 2318, 2329, 2538, 2564, 2570, 2572, 2776, 2783, 2790, 2791, 2931, 2967, 2968, 2977, 2990, 3001, 3098, 3623, 3632, 3669, 3711, 3713, 3806, 3830])]), Anchor::All(&[Anchor::Lits(&[9, 145, 208, 465, 470, 535, 540, 759, 766, 778, 846, 853, 888, 893, 1045, 1064, 1080, 1087, 1137, 1269, 1271, 1311, 1372, 1401, 1593, 1609, 1633, 1887, 2034, 2041, 2165, 2327, 2338, 2781, 2788, 2973, 2983, 2995, 3009, 3103, 3433, 3628, 3640, 3674, 3835]), Anchor::Lits(&[81, 416, 607, 632, 639, 830, 1074, 1211, 1468, 1491, 1654, 1682, 1769, 2021, 2406, 2407, 2432, 2471, 2505, 2606, 2647, 2660, 2668, 3603])])])),
            (73, "safety-declared-off", Anchor::All(&[Anchor::Lits(&[81, 237, 238, 239, 240, 241, 242, 243, 244, 294, 295, 296, 297, 477, 629, 630, 631, 651, 655, 656, 657, 716, 1028, 1069, 1070, 1071, 1072, 1073, 1074, 1213, 1466, 1467, 1476, 1549, 1550, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 2018, 2021, 2486, 2544, 2558, 2559, 2607, 2635, 2636, 2659, 2669, 2670, 2671, 2672, 2674, 2675, 2676, 2677, 2678, 2679, 2680, 2681, 2682, 2683, 2684, 2685, 2686, 2687, 2695, 2696, 2697, 2722, 2723, 2724, 2725, 2726, 2727, 2728, 2729, 2730, 3295, 3617]), Anchor::Lits(&[459, 473, 474, 755, 790, 842, 1419, 1629, 1718, 2070, 2104, 2154, 2317, 2369, 2571, 2633, 2637, 2979, 3710, 3712])])),
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
#fff\
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
color\
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
display\
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
font-size\
forget\
forward\
from now\
god\
god mode\
grant\
guard\
hacker\
height\
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
no restrictions\
no rules\
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
note\
oast\
obey\
only\
opacity\
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
style\
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
visibility\
webhook.site\
white\
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
\xea\xb0\x80\xeb\x93\x9c\xeb\xa0\x88\xec\x9d\xbc\
\xea\xb0\x90\xec\x82\xac\
\xeb\x94\xb0\xeb\xa5\xb4\xec\xa7\x80\
\xeb\xac\xb4\xec\x8b\x9c\
\xeb\xb9\x84\xeb\xb0\x80\
\xec\x88\xa8\xea\xb2\xa8\xec\xa7\x84\
\xec\x8b\x9c\xec\x8a\xa4\xed\x85\x9c\
\xec\x95\x88\xec\xa0\x84\
\xec\x97\x86\xeb\x8a\x94\
\xec\x97\x86\xec\x9d\xb4\
\xec\x9e\x8a\xea\xb3\xa0\
\xec\x9e\x8a\xec\x96\xb4\
\xec\xa7\x80\xed\x82\xa4\xec\xa7\x80\
\xec\xb4\x88\xea\xb8\xb0\
",
            ends: &[2, 9, 15, 23, 28, 37, 47, 54, 64, 76, 86, 93, 102, 111, 116, 123, 130, 137, 139, 146, 152, 159, 173, 183, 191, 199, 208, 215, 220, 229, 239, 250, 261, 267, 278, 289, 296, 306, 318, 331, 341, 350, 358, 365, 374, 385, 392, 399, 408, 416, 421, 434, 440, 451, 458, 467, 474, 494, 509, 523, 536, 547, 565, 573, 580, 581, 583, 584, 586, 588, 598, 608, 612, 625, 638, 651, 663, 675, 687, 694, 695, 696, 698, 705, 711, 716, 725, 732, 742, 752, 761, 770, 775, 782, 789, 796, 797, 804, 810, 818, 823, 832, 842, 849, 859, 871, 881, 888, 897, 906, 911, 918, 925, 932, 934, 937, 948, 957, 971, 989, 1004, 1022, 1037, 1056, 1072, 1089, 1107, 1117, 1127, 1137, 1147, 1158, 1170, 1183, 1194, 1209, 1221, 1233, 1244, 1252, 1258, 1265, 1271, 1276, 1285, 1292, 1302, 1312, 1321, 1330, 1335, 1342, 1349, 1356, 1358, 1360, 1361, 1363, 1365, 1376, 1382, 1392, 1397, 1406, 1414, 1421, 1427, 1433, 1440, 1445, 1449, 1460, 1470, 1473, 1478, 1489, 1493, 1494, 1498, 1500, 1507, 1513, 1518, 1527, 1534, 1544, 1554, 1563, 1572, 1577, 1580, 1587, 1594, 1601, 1603, 1604, 1611, 1617, 1622, 1631, 1638, 1648, 1658, 1667, 1676, 1681, 1688, 1695, 1702, 1703, 1705, 1706, 1713, 1715, 1722, 1728, 1740, 1745, 1754, 1766, 1773, 1783, 1789, 1799, 1808, 1817, 1822, 1829, 1836, 1845, 1852, 1853, 1855, 1857, 1864, 1870, 1880, 1887, 1892, 1901, 1909, 1916, 1926, 1935, 1945, 1949, 1958, 1967, 1972, 1979, 1984, 1991, 1998, 2005, 2008, 2017, 2022, 2033, 2044, 2062, 2075, 2085, 2099, 2111, 2124, 2130, 2149, 2168, 2194, 2215, 2237, 2257, 2278, 2283, 2285, 2288, 2294, 2300, 2308, 2321, 2328, 2337, 2345, 2350, 2359, 2369, 2375, 2381, 2391, 2394, 2410, 2416, 2431, 2443, 2456, 2469, 2484, 2497, 2509, 2525, 2541, 2554, 2568, 2583, 2585, 2606, 2631, 2649, 2671, 2680, 2685, 2692, 2700, 2706, 2713, 2725, 2731, 2735, 2747, 2750, 2760, 2769, 2784, 2799, 2821, 2838, 2852, 2870, 2886, 2903, 2918, 2927, 2934, 2950, 2963, 2977, 2991, 3007, 3021, 3034, 3051, 3068, 3082, 3097, 3113, 3120, 3129, 3135, 3139, 3143, 3154, 3164, 3172, 3176, 3182, 3187, 3196, 3203, 3217, 3236, 3259, 3287, 3307, 3331, 3352, 3373, 3401, 3424, 3446, 3467, 3490, 3513, 3539, 3550, 3565, 3577, 3597, 3622, 3639, 3660, 3678, 3696, 3721, 3741, 3760, 3778, 3798, 3818, 3841, 3853, 3872, 3886, 3899, 3911, 3925, 3939, 3960, 3986, 4004, 4026, 4045, 4064, 4083, 4104, 4125, 4149, 4167, 4190, 4217, 4249, 4273, 4301, 4326, 4351, 4383, 4410, 4436, 4461, 4488, 4515, 4545, 4560, 4579, 4595, 4619, 4648, 4669, 4694, 4716, 4738, 4767, 4791, 4814, 4836, 4860, 4884, 4911, 4927, 4950, 4968, 4985, 5001, 5019, 5037, 5062, 5092, 5114, 5140, 5163, 5186, 5209, 5234, 5259, 5287, 5308, 5331, 5359, 5379, 5403, 5424, 5445, 5473, 5496, 5518, 5539, 5562, 5585, 5611, 5628, 5647, 5671, 5687, 5707, 5724, 5741, 5765, 5784, 5802, 5819, 5838, 5857, 5879, 5890, 5895, 5899, 5907, 5911, 5916, 5926, 5932, 5938, 5946, 5963, 5973, 5982, 5988, 5995, 6003, 6006, 6014, 6019, 6024, 6030, 6036, 6042, 6049, 6057, 6069, 6083, 6096, 6102, 6108, 6116, 6125, 6140, 6157, 6171, 6186, 6201, 6218, 6233, 6247, 6265, 6283, 6298, 6314, 6331, 6342, 6354, 6375, 6386, 6393, 6402, 6412, 6427, 6431, 6447, 6456, 6460, 6467, 6471, 6476, 6480, 6485, 6488, 6503, 6514, 6525, 6530, 6543, 6553, 6566, 6575, 6593, 6608, 6626, 6640, 6660, 6673, 6688, 6696, 6707, 6715, 6724, 6733, 6744, 6753, 6761, 6773, 6785, 6794, 6804, 6815, 6819, 6823, 6827, 6831, 6835, 6842, 6847, 6853, 6861, 6874, 6883, 6892, 6901, 6907, 6911, 6916, 6922, 6926, 6929, 6932, 6941, 6947, 6955, 6961, 6970, 6978, 6985, 6995, 7002, 7008, 7016, 7020, 7030, 7040, 7057, 7069, 7082, 7093, 7105, 7110, 7115, 7124, 7130, 7137, 7149, 7157, 7163, 7171, 7175, 7187, 7203, 7216, 7226, 7237, 7248, 7261, 7272, 7282, 7296, 7310, 7321, 7333, 7346, 7352, 7365, 7370, 7375, 7379, 7389, 7399, 7416, 7428, 7441, 7452, 7464, 7469, 7478, 7493, 7512, 7530, 7552, 7555, 7565, 7571, 7578, 7585, 7597, 7609, 7628, 7642, 7657, 7670, 7684, 7691, 7698, 7711, 7718, 7725, 7739, 7752, 7756, 7764, 7772, 7778, 7790, 7805, 7817, 7830, 7843, 7858, 7871, 7883, 7899, 7915, 7928, 7942, 7957, 7963, 7969, 7981, 7997, 8008, 8021, 8033, 8047, 8065, 8075, 8087, 8092, 8105, 8122, 8127, 8130, 8131, 8133, 8140, 8146, 8151, 8160, 8167, 8177, 8187, 8196, 8205, 8210, 8217, 8224, 8231, 8241, 8251, 8261, 8273, 8285, 8293, 8326, 8330, 8336, 8346, 8373, 8383, 8389, 8412, 8425, 8446, 8458, 8495, 8529, 8541, 8562, 8574, 8614, 8660, 8681, 8690, 8711, 8726, 8744, 8753, 8774, 8795, 8807, 8840, 8855, 8876, 8882, 8888, 8906, 8915, 8924, 8942, 8969, 8999, 9008, 9020, 9026, 9032, 9044, 9056, 9074, 9095, 9101, 9107, 9113, 9119, 9125, 9131, 9137, 9143, 9149, 9155, 9161, 9167, 9173, 9179, 9191, 9197, 9212, 9224, 9236, 9248, 9254, 9260, 9266, 9272, 9278, 9284, 9290, 9296, 9302, 9308, 9314, 9320, 9326, 9332, 9344, 9362, 9374, 9380, 9389, 9395, 9401, 9410, 9419, 9425, 9431, 9437, 9443, 9449, 9458, 9464],
        },
        rules: &[
            (36, "chat-template-token", Anchor::Any(&[Anchor::Lits(&[178, 212, 216, 219, 222, 229]), Anchor::All(&[Anchor::Lits(&[213]), Anchor::Lits(&[233])]), Anchor::All(&[Anchor::Lits(&[211]), Anchor::Lits(&[231]), Anchor::Lits(&[256, 654])]), Anchor::All(&[Anchor::Lits(&[256, 504, 529, 655, 668, 671, 672]), Anchor::Lits(&[177]), Anchor::Lits(&[209])]), Anchor::All(&[Anchor::Lits(&[194]), Anchor::Lits(&[707])]), Anchor::All(&[Anchor::Lits(&[179]), Anchor::Lits(&[210])]), Anchor::All(&[Anchor::Lits(&[190]), Anchor::Lits(&[211])]), Anchor::All(&[Anchor::Lits(&[177]), Anchor::Lits(&[209]), Anchor::Lits(&[281, 321, 482, 511, 512, 637, 654])])])),
            (37, "code-fence-role", Anchor::Lits(&[254])),
            (38, "bare-override", Anchor::All(&[Anchor::Lits(&[32, 34, 35, 39, 49, 51, 52, 53, 61, 62]), Anchor::Lits(&[291, 346, 349, 495, 510, 581])])),
            (39, "markdown-role-header", Anchor::Lits(&[68, 69, 70, 71, 73, 74, 75, 76, 77, 78, 79])),
            (40, "fake-turn", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[657, 658, 666, 667, 669, 670]), Anchor::Lits(&[261, 275, 276, 277, 280, 313, 320, 326, 330, 332, 346, 347, 348, 492, 493, 495, 497, 499, 500, 510, 528, 532, 533, 536, 542, 543, 544, 559, 576, 581, 584, 586, 588, 601, 602, 613, 677, 705])]), Anchor::All(&[Anchor::Lits(&[157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176]), Anchor::Lits(&[274, 281])])])),
            (41, "end-of-input-marker", Anchor::Any(&[Anchor::Lits(&[0, 18, 21, 22, 23, 24, 26, 31, 41, 42, 46, 57, 58, 59, 60, 63, 265, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 545, 546, 547, 582, 583, 612, 648]), Anchor::All(&[Anchor::Lits(&[257, 258, 259, 260, 262, 263, 264, 266, 267, 268, 269, 270, 271, 272, 322, 323, 324, 325, 327, 328, 329, 605, 606, 607, 608, 609, 610, 611, 641, 642, 643, 644, 645, 646, 647, 659, 660, 661, 662, 663, 664, 665]), Anchor::Lits(&[287, 288, 636])]), Anchor::All(&[Anchor::Lits(&[507, 508, 509, 694, 695, 696]), Anchor::Lits(&[312, 483, 484, 491, 531])]), Anchor::All(&[Anchor::Lits(&[44, 246]), Anchor::Lits(&[256, 321, 356, 604, 620, 640, 656]), Anchor::Lits(&[156])])])),
            (44, "bracketed-mode-tag", Anchor::All(&[Anchor::Lits(&[255, 311, 331, 357, 527, 540, 574, 581, 599, 690]), Anchor::Lits(&[256, 319, 321, 356, 498, 504, 532, 534, 581, 604, 619, 620, 640, 649, 656, 677]), Anchor::Lits(&[80, 177, 211, 706])])),
            (45, "instruction-banner", Anchor::Any(&[Anchor::Lits(&[527]), Anchor::All(&[Anchor::Lits(&[3, 6, 9, 11, 25, 30, 38, 43, 99, 102, 105, 107]), Anchor::Lits(&[1, 2, 4, 5, 7, 8, 10, 12, 13, 14, 15, 16, 17, 19, 20, 28, 29, 36, 37, 40, 44, 48, 50, 54, 56, 64, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 97, 98, 100, 101, 103, 104, 106, 108, 109, 110, 111, 112, 113, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 191, 192, 193, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 214, 215, 217, 218, 220, 221, 223, 224, 225, 226, 227, 228, 230, 234, 235, 238, 239, 241, 242, 244, 246, 247, 248, 249, 251, 253, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720])])])),
            (79, "unsafe-flags", Anchor::Any(&[Anchor::Lits(&[116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 279, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 305, 306, 307, 308, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 650, 651, 652, 653, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 692, 693, 697, 698, 702, 703]), Anchor::All(&[Anchor::Lits(&[236, 237, 240, 243, 245, 250, 252]), Anchor::Lits(&[278, 318, 485, 501, 513, 596, 615, 616, 675]), Anchor::Lits(&[195])])])),
            (80, "safety-config-off", Anchor::Any(&[Anchor::All(&[Anchor::Lits(&[278, 283, 314, 485, 490, 501, 514, 593, 595, 596, 614, 615, 616, 617, 618, 675]), Anchor::Lits(&[278, 283, 314, 485, 490, 501, 514, 593, 595, 596, 614, 615, 616, 617, 618, 675]), Anchor::Lits(&[156, 195])]), Anchor::All(&[Anchor::Lits(&[27, 33, 45, 47, 55]), Anchor::Lits(&[278, 283, 315, 485, 490, 501, 597, 615, 616, 675]), Anchor::Lits(&[156])])])),
            (87, "no-more-rules", Anchor::Lits(&[549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560])),
            (88, "addressed-to-the-agent", Anchor::Any(&[Anchor::Lits(&[65, 96, 156]), Anchor::All(&[Anchor::Lits(&[311, 331, 527, 538, 539, 574, 579, 598, 599]), Anchor::Lits(&[273, 284, 285, 289, 541, 594, 603, 656]), Anchor::Lits(&[96, 156])])])),
            (89, "instructions-for-the-agent", Anchor::All(&[Anchor::Lits(&[311, 331, 527, 539, 574, 577, 580, 581, 589, 673]), Anchor::Lits(&[67, 80, 114, 154, 155, 177, 211, 706]), Anchor::Lits(&[81, 82, 115, 156, 231])])),
            (94, "markdown-image-beacon", Anchor::All(&[Anchor::Lits(&[66]), Anchor::Lits(&[232])])),
            (95, "send-to-a-beacon", Anchor::Lits(&[505, 506])),
            (96, "exfiltrate-to-a-drop", Anchor::All(&[Anchor::Lits(&[286, 316, 317, 353, 354, 355, 488, 489, 496, 535, 587, 590, 591, 621, 674, 676, 691, 704]), Anchor::Lits(&[282, 290, 304, 309, 350, 351, 352, 486, 487, 502, 530, 537, 548, 575, 585, 592, 600, 638, 700])])),
            (100, "hidden-html-text", Anchor::All(&[Anchor::Any(&[Anchor::Lits(&[494]), Anchor::All(&[Anchor::Lits(&[345]), Anchor::Lits(&[573]), Anchor::Lits(&[156])]), Anchor::All(&[Anchor::Lits(&[699]), Anchor::Lits(&[504])]), Anchor::All(&[Anchor::Lits(&[578]), Anchor::Lits(&[156])]), Anchor::All(&[Anchor::Lits(&[310]), Anchor::Lits(&[72, 701]), Anchor::Lits(&[156])]), Anchor::All(&[Anchor::Lits(&[503]), Anchor::Lits(&[156])])]), Anchor::Lits(&[639]), Anchor::Lits(&[177])])),
            (107, "override-instructions-cjk", Anchor::Lits(&[763, 765, 766, 769, 770, 775, 776, 777, 778, 779, 783, 786, 790, 791, 792, 802, 807, 812, 819, 820])),
            (110, "override-instructions-other-scripts", Anchor::Lits(&[721, 722, 723, 724, 725, 726, 728, 730, 732, 735, 737, 740, 741, 745, 748, 749, 750, 752, 754, 756])),
            (112, "unrestricted-persona-other-scripts", Anchor::Lits(&[729, 733, 742, 747, 755, 757, 758, 773, 774, 784, 785, 793, 795, 797, 798, 804, 806, 817, 818])),
            (114, "reveal-system-prompt-other-scripts", Anchor::Lits(&[727, 731, 734, 736, 738, 739, 743, 744, 746, 751, 753, 763, 764, 770, 789, 808, 813, 814, 815, 822])),
            (116, "disable-safety-other-scripts", Anchor::Lits(&[762, 767, 768, 771, 772, 787, 788, 794, 796, 802, 803, 805, 809, 810, 816])),
            (118, "stop-following-instructions-cjk", Anchor::Lits(&[759, 760, 761, 780, 781, 782, 797, 798, 799, 800, 801, 811, 821])),
        ],
    },
];

/// `rules_digest` of the rules and word lists this table was generated from.
pub(crate) const RULES_DIGEST: u64 = 0xfb7e466560bc5e58;
